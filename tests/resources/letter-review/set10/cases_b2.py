"""Set 10 cases 07-08 (ALL FICTIONAL)."""
CASES = []

# ---------------------------------------------------------------- 07
CASES.append(dict(
slug="07-student-plan-psychotherapy-visit-limit-parity",
yaml=r'''
# FICTIONAL CASE (set 10, case 07) - every person, plan, number and address is invented.
# Student health insurance (individual market): psychotherapy visits beyond a 20-visit yearly maximum denied;
# the plan sets no visit limit on medical office visits or physical therapy. The student writes ("I").
patient:
  name: Ines Albescu-Farrow
  salutation: Ms. Albescu-Farrow
  date_of_birth: 2002-10-14
  member_id: NSU-SHIP-FICT-0098123
  address: |-
    Graduate Village, Building C, Room 214
    Northmere, WI 53999
  phone: (608) 555-0126
  email: ialbescu@students.northmere.example
insurer:
  name: Lakeshore Student Health Assurance (FICTIONAL), insurer of the Northmere State University Student Health Insurance Plan
  appeals_address: |-
    Lakeshore Student Health Assurance - Appeals
    PO Box 3061
    Madison, WI 53701-3061
  fax: (608) 555-0147
claim:
  number: LSHA-26-1023-009114
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-10-23
  service_dates: [2026-10-06, 2026-10-13, 2026-10-20]
  pending_services: 9
  procedure_codes: [90834]
  diagnosis_codes: [F33.1, F43.10]
  carc_codes: [PR-119]
  denial_reason: >-
    PR-119: Benefit maximum for this time period has been reached. Outpatient mental health office visits are
    limited to 20 visits per policy year.
  denial_category: benefit_limit
  action: none
  appeal_deadline: 2027-04-21
  deadline_basis: >-
    Stated in the notice: "You may appeal within 180 days after you receive this notice."
plan_policy:
  name: 2026-2027 Northmere State University Student Health Insurance Plan, Schedule of Benefits
  quote: >-
    Outpatient mental health and substance use disorder office visits: 20 visits per policy year.
  file: other/schedule-of-benefits-excerpt.txt
  limit: {applied: 20, current: 20, course: 32, unit: visits per policy year}
  comparator:
    name: Schedule of Benefits, medical office visits and outpatient rehabilitation
    quote: >-
      Physician office visits (primary care and specialist): covered after copay, no visit limit. Outpatient
      physical, occupational and speech therapy: covered after copay, no visit limit.
    file: other/schedule-of-benefits-excerpt.txt
treatment:
  name: Weekly psychotherapy (cognitive processing therapy)
  plural: false
  summary: >-
    Weekly trauma-focused psychotherapy for PTSD and recurrent depression: a 12-session course beyond the plan's
    20-visit limit (3 sessions given and denied, 9 still to come).
  plan: Cognitive processing therapy, 12 weekly sessions (90834), then review with PCL-5 and PHQ-9.
author:
  name: Ines Albescu-Farrow
  role: Patient (graduate student)
  relation: patient
  address: |-
    Graduate Village, Building C, Room 214
    Northmere, WI 53999
  email: ialbescu@students.northmere.example
provider:
  name: Corwin Haldane-Ruiz
  credentials: PsyD, licensed psychologist
  npi: "1083615926"
  phone: (608) 555-0164
  address: |-
    Northmere Counseling Associates (FICTIONAL), 22 University Row
    Northmere, WI 53999
clinical:
  episode_onset: 2026-02
  severity: PHQ-9 16 and PCL-5 52 on September 29, 2026; PHQ-9 13 and PCL-5 44 on November 17, 2026
  severity_date: 2026-11-17
  suicidality: none
  response: PCL-5 52 to 44 after three sessions of cognitive processing therapy
  history:
    - drug: Supportive therapy (high school counselor)
      kind: psychotherapy
      dose: weekly sessions
      start: 2018-09
      end: 2019-06
      outcome: Response in an earlier episode of depression (2018-2019)
      response: response
    - drug: Supportive psychotherapy
      kind: psychotherapy
      dose: weekly sessions, 17 visits
      sessions: 17
      start: 2026-02-16
      end: 2026-06-22
      outcome: Partial response of depression; trauma symptoms not addressed
      response: partial
      evidence: {file: clinical/psychotherapy-treatment-summary.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2026-04-06
      ongoing: true
      outcome: Partial response; continues
      response: partial
      evidence: {file: clinical/psychotherapy-treatment-summary.txt, page: 1}
    - drug: Hydroxyzine (as needed)
      kind: other
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-05
      ongoing: true
      outcome: For sleep and anxiety as needed, not an antidepressant trial
impact:
  work: Dropped from a full to a half course load in the fall 2026 semester; lost a research assistantship.
record_dates:
  - {file: clinical/psychotherapy-treatment-summary.txt, date: 2026-11-17}
bates_prefix: ALBESCUFARROW
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-10-23.txt": '''
Lakeshore Student Health Assurance (FICTIONAL)
Northmere State University Student Health Insurance Plan 2026-2027

EXPLANATION OF BENEFITS                    Processed 10/23/2026              THIS IS NOT A BILL
Student: INES ALBESCU-FARROW   ID NSU-SHIP-FICT-0098123   Claim LSHA-26-1023-009114
Provider: NORTHMERE COUNSELING ASSOCIATES (in network)

| Date     | Service               | Charge  | Plan paid | You owe | Code   |
| 10/06/26 | 90834 psychotherapy   | $160.00 | $0.00     | $160.00 | PR-119 |
| 10/13/26 | 90834 psychotherapy   | $160.00 | $0.00     | $160.00 | PR-119 |
| 10/20/26 | 90834 psychotherapy   | $160.00 | $0.00     | $160.00 | PR-119 |

PR-119: Benefit maximum for this time period has been reached. Outpatient mental health office visits are
limited to 20 visits per policy year. (Visits counted this policy year, which began 08/15/2026: 20.)

Appeal rights: You may appeal within 180 days after you receive this notice. You may also have the right to an
external review. Questions: Wisconsin Office of the Commissioner of Insurance.
''',
"other/schedule-of-benefits-excerpt.txt": '''
2026-2027 NORTHMERE STATE UNIVERSITY STUDENT HEALTH INSURANCE PLAN - SCHEDULE OF BENEFITS (FICTIONAL EXCERPT)
Underwritten by Lakeshore Student Health Assurance. Policy year 08/15/2026 - 08/14/2027.

Physician office visits (primary care and specialist): covered after copay, no visit limit.
Outpatient physical, occupational and speech therapy: covered after copay, no visit limit.
Outpatient mental health and substance use disorder office visits: 20 visits per policy year.
Inpatient mental health: covered as any other inpatient stay.
''',
"clinical/psychotherapy-treatment-summary.txt": '''
NORTHMERE COUNSELING ASSOCIATES (FICTIONAL)           TREATMENT SUMMARY - written 11/17/2026
Client: Ines Albescu-Farrow     Clinician: Corwin Haldane-Ruiz, PsyD

Presenting: recurrent MDD (first episode 2018, responded to a year of school counseling) and PTSD after an
assault in January 2026. Current episode since Feb 2026.
02/16/2026 - 06/22/2026: 17 weekly supportive sessions (student counseling center referral); mood partly
better, trauma not addressed.
Sertraline 100 mg from 04/06/2026 (prescribed by student health), partial, continuing. Hydroxyzine 25 mg prn
sleep.
Policy year 2026-27 (from 08/15): 20 visits used by 09/29 (twice-weekly stabilization in August-September).
09/29: PHQ-9 16, PCL-5 52. Started CPT 10/06. Sessions 10/06, 10/13, 10/20 (denied). She now pays herself.
11/17/2026: PHQ-9 13, PCL-5 44. No SI, no self-harm. Plan: complete 12-session CPT (9 sessions remain).
Note: not a candidate for intensive outpatient; weekly outpatient is the right level.
''',
},
checks=[
("denial/eob-2026-10-23.txt", "limited to 20 visits per policy year"),
("denial/eob-2026-10-23.txt", "within 180 days after you receive this notice"),
("other/schedule-of-benefits-excerpt.txt", "covered after copay, no visit limit"),
("clinical/psychotherapy-treatment-summary.txt", "9 sessions remain"),
("clinical/psychotherapy-treatment-summary.txt", "responded to a year of school counseling"),
],
truth='''
# 07 - Student health plan, psychotherapy beyond a 20-visit limit; parity; the student writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Ines Albescu-Farrow, 24, graduate student, in an insured **student health insurance plan** (individual-market
  coverage; Wisconsin). Three CPT psychotherapy visits (10/06, 10/13, 10/20/2026) were denied PR-119 on
  **2026-10-23**: "limited to 20 visits per policy year"; 9 of 12 sessions remain.
- The same Schedule of Benefits sets **no visit limit** for physician office visits or outpatient PT/OT/speech.
  A quantitative limit on mental-health visits with none on comparable medical/surgical outpatient benefits is
  what the parity rule forbids (45 CFR 146.136(c)(3), applied to individual coverage by 45 CFR 147.160).
- First internal appeal, 180 days (45 CFR 147.136(b)(3)): 2027-04-21. External review may follow. Wisconsin's
  insurance commissioner regulates the insurer.
- Limit applied 20 = current terms 20; course 32 (20 + 12): the letter cannot say no limit exists in the
  terms; it argues the limit is unenforceable under parity (and may ask for the comparative analysis as a
  document relevant to the claim).

## Deliberately unknown
- The plan's comparative analysis (not in the record; ask for it, do not claim its content).
- Whether the plan's other limits (prescription drugs) are parity-compliant.

## Traps
- The 2018-2019 counseling = **response in an earlier episode**.
- The 17 supportive sessions (Feb-June 2026) were **not trauma-focused** and partly helped: not "failed
  psychotherapy"; not counted against the new policy year (which began 08/15/2026).
- Hydroxyzine = sleep, as needed, ongoing. Sertraline ongoing.
- "No SI, no self-harm" -> no suicidality paragraph.
- The treatment summary is dated 11/17/2026, after the 10/23 EOB: never before the plan.
- The treatment is psychotherapy, not ketamine/TMS: no "six-week" rule, no antidepressant count.
- "not a candidate for intensive outpatient" - do not propose IOP as an alternative.
- Not ERISA (not employer coverage): no 29 CFR 2560.503-1 duty or EBSA; no 29 USC 1185a as the governing law.
- Voice: "I".

## Arguments a strong letter makes
1. Parity: a 20-visit limit on outpatient mental-health visits while medical office visits and outpatient
   rehabilitation have none; pay the 3 denied visits and the 9 remaining.
2. Medical need: PTSD with recurrent MDD, CPT started, early improvement (PCL-5 52 -> 44, PHQ-9 16 -> 13).
3. Ask for the documents the limit rests on, including the comparative analysis, as documents relevant to the
   claim; external review after a final denial.

## What a letter must NOT say
- "the plan has no visit limit", "psychotherapy failed", "suicidal", "six weeks", "ERISA", "my employer",
  "intensive outpatient", "the plan must give me its comparative analysis under 1185a(a)(8)".
''',
))

# ---------------------------------------------------------------- 08
CASES.append(dict(
slug="08-state-employee-plan-ketamine-superbill-missing-codes",
yaml=r'''
# FICTIONAL CASE (set 10, case 08) - every person, plan, number and address is invented.
# Self-funded state employees' plan (governmental, not ERISA): an out-of-network ketamine clinic's superbill
# denied for missing codes (no NDC; an add-on hour code the infusion times do not support); first level upheld;
# a nonprofit advocate writes the second-level appeal with the corrected claim.
patient:
  name: Bartholomew Nakagawa-Osei
  salutation: Mr. Nakagawa-Osei
  date_of_birth: 1979-07-08
  member_id: SPSE-FICT-60-4471093
  address: |-
    5 Cottonwood Switchback
    Silver Plains, NM 87999
  phone: (505) 555-0114
insurer:
  name: Silver Plains State Employees Health Benefit Plan (FICTIONAL), administered by Mesa Claims Administrators
  appeals_address: |-
    Mesa Claims Administrators - Second Level Appeals, State Employees Plan
    PO Box 91220
    Albuquerque, NM 87199-1220
  fax: (505) 555-0143
claim:
  number: MCA-SPSE-26-0722-18840
  plan_type: governmental
  funding: self_funded
  notice_date: 2026-08-19
  stage: second level
  service_dates: [2026-06-02, 2026-06-04, 2026-06-09, 2026-06-11, 2026-06-16, 2026-06-18]
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-16, CO-181]
  denial_reason: >-
    CO-16: Claim/service lacks information or has submission/billing error(s). J3490 (unclassified drug) requires
    the NDC, drug name and quantity. CO-181: Procedure code 96366 was invalid on the date of service for the
    time documented.
  denial_category: coding_billing
  coding_correct: false
  action: none
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-04-26
    reason: >-
      The first-level appeal is denied. The itemized bill submitted does not contain the information needed to
      process an unclassified drug (NDC, unit of measure, quantity). Submit a corrected claim.
corrected_claim:
  error: >-
    The clinic's superbill listed the ketamine under J3490 without its NDC, unit or quantity, and added 96366
    (each additional hour) although each infusion lasted 40 to 45 minutes.
  resubmission_code: "7"
  file: other/corrected-cms-1500-claim-data.txt
  lines:
    - code: "96365"
      units: 1
      documented: IV infusion of ketamine over 40 to 45 minutes at each visit
      evidence: {file: clinical/infusion-records.txt, page: 1}
    - code: J3490
      units: 1
      ndc: 99207-0450-10
      ndc_unit: ML
      ndc_quantity: 1.6
      documented: ketamine 50 mg/mL, 36 mg given (0.5 mg/kg at 72.6 kg), 1.6 mL (80 mg) drawn from the vial with the rest documented as wasted
      evidence: {file: clinical/infusion-records.txt, page: 1}
treatment:
  name: IV ketamine infusions
  summary: Six IV ketamine infusions (0.5 mg/kg over 40 minutes) for treatment-resistant depression at an out-of-network clinic, paid by the patient.
author:
  name: Josefina Arriaga-Whitlock
  role: Patient advocate, Rio Abajo Health Advocacy Project (FICTIONAL), with the member's signed authorization
  relation: representative
  authorization: other/member-authorization-for-advocate.txt
  phone: (505) 555-0197
  email: jaw@rioabajo-advocacy.example
provider:
  name: Leopold Vantongeren
  credentials: MD, anesthesiologist
  npi: "1205937745"
  tax_id: 85-5550417
  phone: (505) 555-0173
  address: |-
    High Desert Ketamine Clinic (FICTIONAL), 700 Turquoise Trail, Suite B
    Silver Plains, NM 87999
reimbursement:
  amount_billed: "$4,500.00"
  amount_paid: "$0.00"
clinical:
  episode_onset: 2024-08
  severity: PHQ-9 21 on May 26, 2026; PHQ-9 11 on June 18, 2026
  severity_date: 2026-06-18
  suicidality: passive
  suicidality_date: 2026-05-26
  history:
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2024-09
      end: 2025-01
      outcome: No response
      response: none
      adequate: true
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2025-02-03
      ongoing: true
      outcome: Partial response; continues
      response: partial
      adequate: true
bates_prefix: NAKAGAWAOSEI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/first-level-appeal-decision-2026-10-28.txt": '''
MESA CLAIMS ADMINISTRATORS (FICTIONAL) on behalf of the Silver Plains State Employees Health Benefit Plan
(a self-funded governmental plan)
                                                                                    28 October 2026
Member: Bartholomew Nakagawa-Osei   ID SPSE-FICT-60-4471093   Claim MCA-SPSE-26-0722-18840

First-level appeal decision: The first-level appeal is denied. The itemized bill submitted does not contain the
information needed to process an unclassified drug (NDC, unit of measure, quantity). Submit a corrected claim.

Original denial (EOB 08/19/2026): CO-16: Claim/service lacks information or has submission/billing error(s).
J3490 (unclassified drug) requires the NDC, drug name and quantity. CO-181: Procedure code 96366 was invalid on
the date of service for the time documented.

You may request a second-level appeal within 180 days of receiving this letter. Send it to Second Level
Appeals, State Employees Plan, PO Box 91220, Albuquerque NM 87199-1220.
''',
"clinical/infusion-records.txt": '''
HIGH DESERT KETAMINE CLINIC (FICTIONAL) - INFUSION RECORDS    Patient: Nakagawa-Osei, B.   Wt 160 lb (72.6 kg)
Drug: ketamine HCl 50 mg/mL, 10 mL vial, NDC 99207-0450-10 (FICTIONAL NDC)
Dose 0.5 mg/kg (approx. 36 mg); drawn 80 mg (1.6 mL) per vial entry, wasted remainder documented.

Date      Start  Stop   Minutes  Dose given  Wasted   BP max   PHQ-9
06/02/26  09:10  09:52  42       36 mg       44 mg    148/90   21 (05/26)
06/04/26  09:05  09:45  40       36 mg       44 mg    142/88
06/09/26  13:00  13:44  44       36 mg       44 mg    139/86
06/11/26  09:15  09:55  40       36 mg       44 mg    144/84
06/16/26  09:00  09:45  45       36 mg       44 mg    140/85
06/18/26  09:05  09:46  41       36 mg       44 mg    136/82   11
Intake 05/26/26: passive SI ("sometimes wish I wouldn't wake up"), no plan. Bupropion XL 450 mg Sep 2024-Jan
2025 no response; desvenlafaxine 100 mg since 02/03/2025 partial, continues. Trazodone 50 mg hs for sleep
Jan-Mar 2025. No psychosis, no SUD.
''',
"other/corrected-cms-1500-claim-data.txt": '''
CORRECTED CLAIM DATA (CMS-1500 fields, FICTIONAL) - frequency code 7, original ref MCA-SPSE-26-0722-18840
Rendering: Leopold Vantongeren MD, High Desert Ketamine Clinic, out of network

24A DOS    24D CPT/HCPCS  24G units  shaded 24A supplemental
06/02/26   96365          1
06/02/26   J3490          1          N499207045010 ML1.6   ketamine HCl 50 mg/mL
(same two lines for 06/04, 06/09, 06/11, 06/16 and 06/18/2026)
96366 removed from every date (infusions 40-45 minutes).
''',
"other/member-authorization-for-advocate.txt": '''
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)
I, Bartholomew Nakagawa-Osei, designate Josefina Arriaga-Whitlock of the Rio Abajo Health Advocacy Project to
act for me in the appeal of claim MCA-SPSE-26-0722-18840.   Signed 11/09/2026
''',
"other/original-superbill-2026-06.txt": '''
HIGH DESERT KETAMINE CLINIC - SUPERBILL (as first sent; FICTIONAL)
Patient: B. Nakagawa-Osei  Dx F33.2
06/02-06/18/2026 (6 visits): 96365, 96366, J3490 "ketamine"   $750.00 per visit   Total $4,500.00  PAID IN FULL
''',
},
checks=[
("denial/first-level-appeal-decision-2026-10-28.txt", "The first-level appeal is denied."),
("denial/first-level-appeal-decision-2026-10-28.txt", "within 180 days of receiving this letter"),
("clinical/infusion-records.txt", "NDC 99207-0450-10"),
("clinical/infusion-records.txt", "Trazodone 50 mg hs for sleep"),
("other/corrected-cms-1500-claim-data.txt", "N499207045010 ML1.6"),
("other/corrected-cms-1500-claim-data.txt", "96366 removed from every date"),
("other/original-superbill-2026-06.txt", "96365, 96366, J3490"),
],
truth='''
# 08 - State employees' self-funded plan, out-of-network ketamine superbill denied for missing codes; second
level with the corrected claim; an advocate writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Bartholomew Nakagawa-Osei, 47, state employee in a **self-funded governmental plan** (not ERISA). Six IV
  ketamine infusions (06/02-06/18/2026) at an out-of-network clinic were billed on a superbill with 96365,
  **96366** and J3490 "ketamine" without NDC/unit/quantity; denied **CO-16/CO-181** (EOB 08/19/2026); the
  **first-level appeal was denied 2026-10-28** ("submit a corrected claim").
- The original claim **was wrong** (`coding_correct: false`): no NDC, and 96366 billed for 40-45 minute
  infusions (96366 needs more than 30 minutes beyond the first hour). The corrected claim (frequency 7) bills
  96365 x1 and J3490 x1 per date, NDC **99207-0450-10 -> N499207045010 ML1.6**, and drops 96366.
- Second-level appeal within 180 days of receipt (2027-04-26 per the decision). Governmental plan: 45 CFR
  147.136 (applying the ERISA claims standards by reference); external review is for medical-judgment denials,
  so a coding denial does not go to external review.
- The patient paid $4,500; the plan paid $0.

## Deliberately unknown
- What the plan allows out of network for these codes (no amount may be promised).
- Whether the plan covers IV ketamine for depression at all (it has not decided medical necessity; do not
  argue it as decided, and do not argue medical necessity as the issue).
- Why the dose drawn (80 mg) exceeds the dose given (36 mg): the waste is documented; the NDC quantity billed
  is 1.6 mL drawn. A reviewer may question billing waste; the letter should not claim the waste was given.

## Traps
- Never "the claim was correctly coded": it was not; say it is corrected and ask it be processed as corrected.
- Never defend 96366 (infusions were 40-45 minutes).
- Print the NDC in 11-digit 5-4-2 form with the N4 qualifier (N499207045010 ML1.6).
- Weight is **160 lb (72.6 kg)**; 36 mg was given, 80 mg (1.6 mL) drawn with the rest wasted. Do not say 160 kg
  or 80 mg given.
- Trazodone 50 mg = sleep (in the record only). Desvenlafaxine ongoing. Passive SI on 05/26/2026 (over 90
  days ago): history with its date, and not relevant to a coding denial.
- No medical-necessity reviewer request, no peer-to-peer, no external review request for this denial.
- Not ERISA: no EBSA complaint, no ERISA 502(a); not a state-regulated insurer (self-funded).
- Second level: quote the 10/28 decision, name the level.

## Arguments a strong letter makes
1. The corrected claim (enclosed) supplies exactly what the plan asked for: NDC N499207045010, unit ML,
   quantity 1.6, and removes 96366; process it as corrected for all six dates.
2. Each line is supported by the infusion records (times, dose, waste).
3. Second-level appeal in time (within 180 days of 10/28/2026).

## What a letter must NOT say
- "correctly coded", "96366 was appropriate", "80 mg was administered", "160 kg", "medically necessary" as the
  issue decided, "peer-to-peer", "external review" for this denial, ERISA/EBSA, "the plan will pay $4,500".
''',
))
