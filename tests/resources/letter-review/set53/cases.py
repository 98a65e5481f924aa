"""Data for letters review set 53 (issue 18). Every person, plan, provider, number and address is FICTIONAL."""
from types import SimpleNamespace as C

ALL = []

# ---------------------------------------------------------------------------------------------------------------
# 01 - Part D PDP, vilazodone 40 mg, step therapy "new start" although the plan itself paid vilazodone 20 mg
# ---------------------------------------------------------------------------------------------------------------
ALL.append(C(
    NUM="01",
    SLUG="01-part-d-pdp-vilazodone-step-new-start-plan-paid-within-lookback-redetermination-pmhnp",
    CASE_YAML="""
# FICTIONAL CASE (set 53, case 01) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan. Odessa Rinehart, 69, has taken vilazodone 20 mg since July 2026, paid by this plan under
# an exception. Her prescriber raised the dose to 40 mg; the plan's coverage determination of 11/20/2026 applied
# step therapy ST-AD-20 as to a "new start". The plan's own ST-AD-20 reaches new starts only and looks back 120 days
# for a paid claim for the drug. Her psychiatric nurse practitioner asks for a redetermination.
patient:
  name: Odessa Rinehart
  salutation: Ms. Rinehart
  date_of_birth: 1957-03-02
  member_id: FICT-PHR-55120874
  address: |-
    2716 Cottonwood Drive
    Lincoln, NE 68502
  phone: (402) 555-0112
insurer:
  name: Prairie Harbor Rx Medicare Prescription Drug Plan (FICTIONAL)
  appeals_address: |-
    Prairie Harbor Rx - Part D Redeterminations (FICTIONAL)
    PO Box 40219
    Omaha, NE 68103
  fax: (402) 555-0163
claim:
  number: PHR-CD-26-1117-20931
  plan_type: medicare_part_d
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Coverage determination notice of 11/20/2026: "You have 65 days from the date of this notice to ask for a
    redetermination."
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy (ST-AD-20). Vilazodone requires paid claims for two preferred generic antidepressants (for example
    sertraline, escitalopram or bupropion) in the past 365 days. Our records show one (escitalopram). This is a new
    start of vilazodone 40 mg.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: This is a new start of vilazodone 40 mg.
      record: >-
        This plan paid four fills of vilazodone 20 mg for Ms. Rinehart (07/14, 08/12, 09/11 and 10/10/2026) under its
        own exception EX-26-0709-1184; she has taken vilazodone every day since 07/14/2026.
      file: other/plan-pharmacy-claims-history-2026-11-21.txt
      page: 1
treatment:
  name: Vilazodone 40 mg daily
  summary: >-
    A dose increase of the antidepressant she already takes, vilazodone, from 20 mg to 40 mg daily, after a partial
    response at 20 mg; not a new drug.
  plan: >-
    Vilazodone 40 mg once daily with food, replacing the 20 mg tablet; PHQ-9 at 4 and 8 weeks; return to 20 mg if not
    tolerated.
  earlier_doses:
    - {date: 2026-07-14, dose: vilazodone 20 mg daily (30 tablets), paid_by_plan: true, claim: RX-26-0714-55120, file: other/plan-pharmacy-claims-history-2026-11-21.txt}
    - {date: 2026-08-12, dose: vilazodone 20 mg daily (30 tablets), paid_by_plan: true, claim: RX-26-0812-55120, file: other/plan-pharmacy-claims-history-2026-11-21.txt}
    - {date: 2026-09-11, dose: vilazodone 20 mg daily (30 tablets), paid_by_plan: true, claim: RX-26-0911-55120, file: other/plan-pharmacy-claims-history-2026-11-21.txt}
    - {date: 2026-10-10, dose: vilazodone 20 mg daily (30 tablets), paid_by_plan: true, claim: RX-26-1010-55120, file: other/plan-pharmacy-claims-history-2026-11-21.txt}
    - {date: 2026-11-09, dose: vilazodone 20 mg daily (30 tablets), paid_by_plan: true, claim: RX-26-1109-55120, file: other/plan-pharmacy-claims-history-2026-11-21.txt}
clinical:
  severity: PHQ-9 16 on 07/08/2026; PHQ-9 11 on 11/10/2026 (vilazodone 20 mg)
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  response: PHQ-9 16 (07/08/2026) to 11 (11/10/2026) on vilazodone 20 mg
  response_level: partial
  episode_onset: 2025-09
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2024-02
      end: 2024-05
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      paid_outside: another plan
      outcome: No response after 12 weeks; paid by her former employer retiree plan before she joined this plan
      evidence: {file: clinical/psychiatric-progress-note-2026-11-10.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-10
      end: 2026-01
      kind: antidepressant
      adequate: false
      outcome: Stopped after 11 weeks for hyponatremia (sodium 128 mmol/L); an intolerance
      evidence: {file: clinical/psychiatric-progress-note-2026-11-10.txt, page: 1}
    - drug: Vilazodone
      dose: 20 mg daily
      start: 2026-07-14
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response (PHQ-9 16 to 11); continued; the dose increase is the request
      evidence: {file: other/plan-pharmacy-claims-history-2026-11-21.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-progress-note-2026-11-10.txt, page: 1}
plan_policy:
  name: Prairie Harbor Rx 2026 Step Therapy Criteria, ST-AD-20 (vilazodone, vortioxetine, levomilnacipran)
  number: ST-AD-20
  quote: >-
    Step therapy applies to new starts only. A member with a paid claim under this plan for the requested drug, in
    any strength, within the 120 days before the request is not a new start, and the request is approved. New
    starts: paid claims for two preferred generic antidepressants in the past 365 days, or documentation that they
    were not tolerated.
  file: other/step-therapy-criteria-2026-st-ad-20-excerpt.txt
  step_lookback_days: 120
prior_auth:
  requested_on: 2026-11-17
  reference: PHR-CD-26-1117-20931
payer_criteria:
  - criterion: >-
      1. Step therapy applies to new starts only. A member with a paid claim under this plan for the requested drug, in
      any strength, within the 120 days before the request is not a new start, and the request is approved.
    instead_of: 2
    how_met: >-
      This plan paid vilazodone 20 mg for Ms. Rinehart on 07/14, 08/12, 09/11, 10/10 and 11/09/2026; the 10/10 and
      11/09 fills fall within the 120 days before the request of 11/17/2026.
    met: true
    evidence: {file: other/plan-pharmacy-claims-history-2026-11-21.txt, page: 1}
  - criterion: >-
      2. New starts: paid claims for two preferred generic antidepressants in the past 365 days, or documentation that
      they were not tolerated.
    how_met: >-
      Not reached, since she is not a new start. For the record: escitalopram was not tolerated (hyponatremia) and
      sertraline 100 mg failed after 12 weeks in 2024, paid by her former plan, outside the 365 days.
    met: false
    evidence: {file: clinical/psychiatric-progress-note-2026-11-10.txt, page: 1}
prescriber_statement:
  date: 2026-11-24
  quote: >-
    Ms. Rinehart has taken vilazodone daily since July 14, 2026, paid by her plan; the 40 mg tablet is a dose
    increase of the same drug, not a new start. Escitalopram caused hyponatremia (sodium 128 mmol/L) and had to be
    stopped, and sertraline 100 mg gave no response after 12 weeks. Switching her now would risk losing the response
    she has.
  file: clinical/prescriber-supporting-statement-2026-11-24.txt
record_dates:
  - file: clinical/psychiatric-progress-note-2026-11-10.txt
    date: 2026-11-10
  - file: clinical/prescriber-supporting-statement-2026-11-24.txt
    date: 2026-11-24
  - file: other/plan-pharmacy-claims-history-2026-11-21.txt
    date: 2026-11-21
author:
  name: Joaquin Tillery
  role: Psychiatric-mental health nurse practitioner (PMHNP-BC), Ms. Rinehart's prescriber
  relation: prescriber
  address: |-
    Salt Creek Behavioral Health (FICTIONAL), 1440 South 27th Street
    Lincoln, NE 68502
  phone: (402) 555-0128
  email: jtillery@saltcreek-bh.example
provider:
  name: Joaquin Tillery
  credentials: DNP, PMHNP-BC
  npi: "1643829058"
  address: |-
    1440 South 27th Street
    Lincoln, NE 68502
  phone: (402) 555-0128
bates_prefix: RINEHART
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    DOCS={
        "denial/coverage-determination-notice-2026-11-20.txt": """
PRAIRIE HARBOR RX MEDICARE PRESCRIPTION DRUG PLAN (FICTIONAL)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE                 Date of this notice: 11/20/2026
Member: Odessa Rinehart   Member ID FICT-PHR-55120874   Request PHR-CD-26-1117-20931 (received 11/17/2026)
Prescriber: Joaquin Tillery, PMHNP-BC
Drug: vilazodone 40 mg tablet, 1 daily, #30

We denied this request. Reason: Step therapy (ST-AD-20). Vilazodone requires paid claims for two preferred generic
antidepressants (for example sertraline, escitalopram or bupropion) in the past 365 days. Our records show one
(escitalopram). This is a new start of vilazodone 40 mg.

Your right to appeal: You have 65 days from the date of this notice to ask for a redetermination. Your prescriber
may ask for you. Mail: Part D Redeterminations, PO Box 40219, Omaha, NE 68103. Fax: (402) 555-0163.
Reviewed by: pharmacist reviewer, Prairie Harbor Rx.
""",
        "clinical/psychiatric-progress-note-2026-11-10.txt": """
SALT CREEK BEHAVIORAL HEALTH (FICTIONAL) - PROGRESS NOTE                Date: 11/10/2026     Page 1 of 1
Patient: Odessa Rinehart   DOB 03/02/1957   Clinician: Joaquin Tillery, DNP, PMHNP-BC
Diagnosis: major depressive disorder, recurrent, moderate (F33.1). Current episode since 09/2025.
PHQ-9 today 11 (was 16 on 07/08/2026 before vilazodone). Denies suicidal ideation; no history of attempts.
Medication history:
- sertraline 100 mg daily 02/2024-05/2024, 12 weeks, no response (filled under her former retiree plan);
- escitalopram 10 then 20 mg daily 10/2025-01/2026; stopped after 11 weeks: sodium 128 mmol/L on 01/05/2026
  (hyponatremia), resolved after stopping;
- vilazodone 20 mg daily since 07/14/2026: partial response, well tolerated; continue;
- trazodone 50 mg at bedtime for sleep since 10/2025.
Plan: increase vilazodone to 40 mg daily with food; recheck PHQ-9 in 4 and 8 weeks.
""",
        "clinical/prescriber-supporting-statement-2026-11-24.txt": """
SUPPORTING STATEMENT FOR A REDETERMINATION (Part D)                      Date: 11/24/2026
Member: Odessa Rinehart   Request PHR-CD-26-1117-20931
From: Joaquin Tillery, DNP, PMHNP-BC, NPI 1643829058, Salt Creek Behavioral Health (FICTIONAL)

Ms. Rinehart has taken vilazodone daily since July 14, 2026, paid by her plan; the 40 mg tablet is a dose increase
of the same drug, not a new start. Escitalopram caused hyponatremia (sodium 128 mmol/L) and had to be stopped, and
sertraline 100 mg gave no response after 12 weeks. Switching her now would risk losing the response she has.
Written after the plan's notice of 11/20/2026; it was not before the plan's reviewer.
""",
        "other/plan-pharmacy-claims-history-2026-11-21.txt": """
PRAIRIE HARBOR RX (FICTIONAL) - MEMBER PHARMACY CLAIMS HISTORY (member portal printout)   Printed 11/21/2026
Account holder household: Rinehart                                                         Page 1 of 1
Coverage with Prairie Harbor Rx began 01/01/2026.

Fill date   Member            Drug                               Qty  Claim number        Status
01/03/2026  Odessa Rinehart   escitalopram 20 mg tablet          30   RX-26-0103-55120    PAID
07/14/2026  Odessa Rinehart   vilazodone 20 mg tablet            30   RX-26-0714-55120    PAID (exception EX-26-0709-1184)
07/30/2026  Walter Rinehart   atorvastatin 40 mg tablet          90   RX-26-0730-55121    PAID
08/12/2026  Odessa Rinehart   vilazodone 20 mg tablet            30   RX-26-0812-55120    PAID (exception EX-26-0709-1184)
09/11/2026  Odessa Rinehart   vilazodone 20 mg tablet            30   RX-26-0911-55120    PAID (exception EX-26-0709-1184)
10/10/2026  Odessa Rinehart   vilazodone 20 mg tablet            30   RX-26-1010-55120    PAID (exception EX-26-0709-1184)
11/09/2026  Odessa Rinehart   vilazodone 20 mg tablet            30   RX-26-1109-55120    PAID (exception EX-26-0709-1184)
11/17/2026  Odessa Rinehart   vilazodone 40 mg tablet            30   RX-26-1117-55120    REJECTED - step therapy
""",
        "other/step-therapy-criteria-2026-st-ad-20-excerpt.txt": """
PRAIRIE HARBOR RX (FICTIONAL) - 2026 STEP THERAPY CRITERIA (excerpt)                     Page 14 of 40
ST-AD-20  Vilazodone, vortioxetine, levomilnacipran
Step therapy applies to new starts only. A member with a paid claim under this plan for the requested drug, in any
strength, within the 120 days before the request is not a new start, and the request is approved. New starts: paid
claims for two preferred generic antidepressants in the past 365 days, or documentation that they were not
tolerated.
Effective 01/01/2026.
""",
        "other/medication-list-2024-stale.txt": """
PRIMARY CARE MEDICATION LIST (printed 04/11/2024; kept in the clinic's scanned file)
Patient: Odessa Rinehart
- sertraline 50 mg daily
- lisinopril 10 mg daily
[Printed in 2024. It shows neither escitalopram nor vilazodone and the sertraline dose was later raised to 100 mg.]
""",
    },
    TRUTH="""
# 01 - Part D PDP: vilazodone 40 mg denied as a "new start" although the plan paid vilazodone 20 mg for four months; redetermination by her PMHNP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Odessa Rinehart, 69 (DOB 03/02/1957), in the stand-alone **Part D plan Prairie Harbor Rx** since **01/01/2026**,
  has recurrent major depression (F33.1), episode since 09/2025.
- She has taken **vilazodone 20 mg** daily since **07/14/2026**; this plan paid fills on **07/14, 08/12, 09/11,
  10/10 and 11/09/2026** under its own exception **EX-26-0709-1184**. Partial response: PHQ-9 **16 -> 11**.
- The prescriber asked for **vilazodone 40 mg** (request received 11/17/2026). The coverage determination of
  **11/20/2026** (PHR-CD-26-1117-20931) applied **ST-AD-20** and called it "a new start".
- **ST-AD-20 (the plan's own 2026 criteria, page 14):** step therapy applies to **new starts only**; a paid claim
  under this plan for the requested drug **in any strength within 120 days** before the request means she is not a
  new start and "the request is approved". The 10/10/2026 fill is 38 days before the request; the 11/09/2026 fill 8.
- Trials: **sertraline 100 mg 12 weeks, no response** (02-05/2024, paid by her former retiree plan: a trial paid
  outside this plan); **escitalopram 20 mg stopped after 11 weeks for hyponatremia (Na 128)**: an intolerance.
- The PMHNP's **supporting statement of 11/24/2026** (after the decision) is the 423.578(b) statement; it was not
  before the reviewer.
- **Rule and stage:** Part D redetermination, 42 CFR 423.580-423.590; **65 days from the notice: by 01/24/2027**
  (423.582(b)). A prescriber may request it for the enrollee without being appointed. Next level: the IRE.
- **Author:** Joaquin Tillery, DNP, PMHNP-BC, her prescriber: writes about "Ms. Rinehart" in the prescriber's voice,
  never "Dr." or "physician".

## Deliberately unknown
- Why the plan's system treated the 40 mg tablet as a new drug: not known; a letter may ask.
- Whether the plan would pay two 20 mg tablets a day instead (a quantity question): not asked, not known.
- Her cost for the 40 mg tablet: not in the case.

## Traps
- **Plan document and date, not clinical.** The winning point is ST-AD-20's own new-start clause and the plan's own
  paid vilazodone claims within 120 days; the two-antidepressant step never applies.
- **A decision's wrong statement:** "This is a new start" against the plan's own claims history.
- **Drug still taken:** vilazodone 20 mg continues; never "failed vilazodone" or "stopped". Its response is partial.
- **Intolerance:** escitalopram was stopped for hyponatremia after 11 weeks: not a "failed adequate trial".
- **Sleep dose:** trazodone 50 mg at bedtime is not an antidepressant trial.
- **Other person on a document:** Walter Rinehart's atorvastatin line on the claims history.
- **Stale document:** the 2024 medication list (sertraline 50 mg) is not her current list; sertraline was raised to
  100 mg and stopped in 05/2024.
- **Trial paid elsewhere:** sertraline was paid by her former retiree plan, so this plan's claims cannot show it.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (parity does not reach Part D), no state external review.
- **Voice:** the PMHNP writes; never the patient's "I", never "Dr. Tillery" or "physician".

## Arguments a strong letter makes (strongest first)
1. ST-AD-20 reaches **new starts only**; this plan paid vilazodone 20 mg for Ms. Rinehart on 10/10/2026 and
   11/09/2026, within 120 days before the request, so by the plan's own words she is not a new start and the request
   "is approved". Approve vilazodone 40 mg.
2. Correct the notice's statement that this is a new start, pointing to the plan's own claims history.
3. In the alternative, a step-therapy exception (42 CFR 423.578(b)) on the prescriber's supporting statement:
   escitalopram not tolerated (hyponatremia), sertraline without response after 12 weeks (paid by another plan),
   and a forced switch risks the partial response she has.

## What a letter must NOT say
- "new start" as conceded; "has not tried vilazodone"; "failed vilazodone"; "stopped vilazodone".
- "failed escitalopram" as an adequate trial; trazodone as a trial; "suicidal ideation" as present.
- "Walter Rinehart"; "atorvastatin"; "sertraline 50 mg" as her trial dose.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "state insurance department", "external review"
  by a state.
- "Dr. Tillery", "physician", "I have taken" (the author is not the patient).
""",
    ANSWERS=[
        ("plan type", "medicare_part_d", "case.yaml"),
        ("date of the coverage determination", "Date of this notice: 11/20/2026", "denial/coverage-determination-notice-2026-11-20.txt"),
        ("deadline to ask for a redetermination", "by 01/24/2027", "truth"),
        ("policy the denial applied", "ST-AD-20", "denial/coverage-determination-notice-2026-11-20.txt"),
        ("policy's reach", "Step therapy applies to new starts only", "other/step-therapy-criteria-2026-st-ad-20-excerpt.txt"),
        ("policy's lookback", "within the 120 days before the request is not a new start", "other/step-therapy-criteria-2026-st-ad-20-excerpt.txt"),
        ("last paid vilazodone 20 mg fill before the request", "11/09/2026  Odessa Rinehart   vilazodone 20 mg tablet", "other/plan-pharmacy-claims-history-2026-11-21.txt"),
        ("exception under which the plan paid vilazodone", "EX-26-0709-1184", "other/plan-pharmacy-claims-history-2026-11-21.txt"),
        ("first vilazodone fill", "07/14/2026", "other/plan-pharmacy-claims-history-2026-11-21.txt"),
        ("why escitalopram was stopped", "sodium 128 mmol/L on 01/05/2026", "clinical/psychiatric-progress-note-2026-11-10.txt"),
        ("sertraline trial", "sertraline 100 mg daily 02/2024-05/2024, 12 weeks, no response", "clinical/psychiatric-progress-note-2026-11-10.txt"),
        ("who paid sertraline", "filled under her former retiree plan", "clinical/psychiatric-progress-note-2026-11-10.txt"),
        ("trazodone's purpose", "trazodone 50 mg at bedtime for sleep", "clinical/psychiatric-progress-note-2026-11-10.txt"),
        ("date of the supporting statement (after the decision)", "Date: 11/24/2026", "clinical/prescriber-supporting-statement-2026-11-24.txt"),
        ("other person on the claims history", "Walter Rinehart", "other/plan-pharmacy-claims-history-2026-11-21.txt"),
        ("author's relation", "relation: prescriber", "case.yaml"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 02 - Medicare Advantage HMO, Spravato maintenance sessions denied "no authorization" under a 12-month approval
# ---------------------------------------------------------------------------------------------------------------
ALL.append(C(
    NUM="02",
    SLUG="02-medicare-advantage-hmo-spravato-no-auth-said-approval-through-2027-payment-reconsideration-patient",
    CASE_YAML="""
# FICTIONAL CASE (set 53, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO. Lucinda Marchetti, 71, has had Spravato at a network clinic since 08/2026 under
# authorization PA-26-0804-6612, approved 08/04/2026 through 08/03/2027. The plan entered it as ending 10/02/2026 and
# denied the seven maintenance sessions of 10/06-11/17/2026 as having no authorization (PR-197). She appeals the
# payment denial herself.
patient:
  name: Lucinda Marchetti
  salutation: Mrs. Marchetti
  date_of_birth: 1955-06-19
  member_id: FICT-BSA-30471158
  address: |-
    1908 North Amidon Avenue
    Wichita, KS 67203
  phone: (316) 555-0119
  email: lucinda.marchetti@mailbox.example
insurer:
  name: Bluestem Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Bluestem Senior Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 12870
    Wichita, KS 67277
  fax: (316) 555-0164
claim:
  number: BSA-26-1118-447302
  plan_type: medicare_advantage
  notice_date: 2026-11-23
  appeal_deadline: 2027-01-27
  deadline_basis: >-
    Notice of denial of payment of 11/23/2026: "You must ask for a reconsideration within 65 calendar days from the
    date of this notice."
  service_dates: [2026-10-06, 2026-10-13, 2026-10-20, 2026-10-27, 2026-11-03, 2026-11-10, 2026-11-17]
  sessions: 7
  setting: outpatient
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-197]
  denial_reason: >-
    Precertification/authorization absent. No authorization on file for dates of service 10/06/2026 through
    11/17/2026. Authorization PA-26-0804-6612 ended 10/02/2026.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: Authorization PA-26-0804-6612 ended 10/02/2026.
      record: >-
        The plan's approval letter of 08/04/2026 approves PA-26-0804-6612 from 08/04/2026 through 08/03/2027.
      file: other/authorization-approval-letter-2026-08-04.txt
      page: 1
treatment:
  name: Spravato (esketamine nasal spray) 84 mg, weekly maintenance sessions (G2083)
  summary: >-
    Weekly supervised esketamine sessions after an induction course that brought her depression close to remission;
    every session was given within the plan's own approval.
  alongside: bupropion XL 300 mg daily
  setting: Prairie Wind Interventional Psychiatry, a network clinic certified in the Spravato REMS
  monitoring: blood pressure before and after each dose and observation for two hours by clinic staff
clinical:
  severity: MADRS 38 on 08/03/2026; MADRS 12 on 11/17/2026
  severity_date: 2026-11-17
  suicidality: none
  suicidality_date: 2026-11-17
  response: MADRS 38 (08/03/2026) to 12 (11/17/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2023-01
      end: 2023-05
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/psychiatry-note-2026-11-17.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2025-02
      end: 2025-03
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for persistent nausea and vomiting; an intolerance
      evidence: {file: clinical/psychiatry-note-2026-11-17.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/psychiatry-note-2026-11-17.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-04
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-17.txt, page: 1}
plan_policy:
  name: Bluestem Senior Advantage 2026 Evidence of Coverage, Chapter 4, Section 2.1 (prior authorization)
  number: Chapter 4, Section 2.1
  quote: >-
    Some Part B drugs need prior authorization. When we approve a request, the approval letter tells you the dates
    the approval covers. Care you receive within those dates from a network provider is covered as approved.
  file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
prior_auth:
  approved:
    number: authorization PA-26-0804-6612
    date: 2026-08-04
    covers: esketamine nasal spray (Spravato) 56 mg or 84 mg per session, induction and maintenance, at Prairie Wind Interventional Psychiatry, 08/04/2026 through 08/03/2027
    quote: >-
      Approved: esketamine nasal spray (Spravato) 56 mg or 84 mg per session (G2082, G2083), induction and
      maintenance, up to 60 sessions. Approval period: 08/04/2026 through 08/03/2027.
    file: other/authorization-approval-letter-2026-08-04.txt
    from: 2026-08-04
    through: 2027-08-03
    what_went_wrong: entered in the plan's system as ending 10/02/2026 instead of 08/03/2027
    entered: other/member-portal-authorization-printout-2026-11-25.txt
    lines:
      - {code: [G2082, G2083], units: 60, given: 19}
author:
  name: Lucinda Marchetti
  role: the patient
  relation: patient
  address: |-
    1908 North Amidon Avenue
    Wichita, KS 67203
  phone: (316) 555-0119
  email: lucinda.marchetti@mailbox.example
provider:
  name: Prairie Wind Interventional Psychiatry
  credentials: network provider; Spravato REMS-certified treatment center
  npi: "1194572065"
  address: |-
    3120 East Central Avenue
    Wichita, KS 67214
  phone: (316) 555-0131
record_dates:
  - file: clinical/psychiatry-note-2026-11-17.txt
    date: 2026-11-17
bates_prefix: MARCHETTI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    DOCS={
        "denial/notice-of-denial-of-payment-2026-11-23.txt": """
BLUESTEM SENIOR ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT          Date of this notice: 11/23/2026
Member: Lucinda Marchetti   Member ID FICT-BSA-30471158   Claim BSA-26-1118-447302
Provider: Prairie Wind Interventional Psychiatry (network)
Services: G2083, 7 sessions, dates of service 10/06/2026 through 11/17/2026 (weekly)

We will not pay for these services. Reason (PR-197): Precertification/authorization absent. No authorization on file
for dates of service 10/06/2026 through 11/17/2026. Authorization PA-26-0804-6612 ended 10/02/2026.

You may be billed for these services. You must ask for a reconsideration within 65 calendar days from the date of
this notice. Write to Appeals and Grievances, PO Box 12870, Wichita, KS 67277, or fax (316) 555-0164.
""",
        "other/authorization-approval-letter-2026-08-04.txt": """
BLUESTEM SENIOR ADVANTAGE HMO (FICTIONAL) - APPROVAL OF PRIOR AUTHORIZATION       Date: 08/04/2026   Page 1 of 1
Member: Lucinda Marchetti   Member ID FICT-BSA-30471158
Authorization number: PA-26-0804-6612
Provider: Prairie Wind Interventional Psychiatry
Approved: esketamine nasal spray (Spravato) 56 mg or 84 mg per session (G2082, G2083), induction and maintenance,
up to 60 sessions. Approval period: 08/04/2026 through 08/03/2027.
""",
        "other/member-portal-authorization-printout-2026-11-25.txt": """
BLUESTEM SENIOR ADVANTAGE - MEMBER PORTAL, MY AUTHORIZATIONS (printed 11/25/2026)
PA-26-0804-6612   esketamine nasal spray   Status: EXPIRED   Dates: 08/04/2026 - 10/02/2026
[Printed by Mrs. Marchetti. The approval letter of 08/04/2026 gives 08/04/2026 through 08/03/2027.]
""",
        "other/evidence-of-coverage-2026-chapter-4-excerpt.txt": """
BLUESTEM SENIOR ADVANTAGE HMO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpt)          Page 58 of 212
Chapter 4, Section 2.1 - Services that need prior authorization
Some Part B drugs need prior authorization. When we approve a request, the approval letter tells you the dates the
approval covers. Care you receive within those dates from a network provider is covered as approved.
""",
        "clinical/psychiatry-note-2026-11-17.txt": """
PRAIRIE WIND INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROGRESS NOTE      Date: 11/17/2026   Page 1 of 1
Patient: Lucinda Marchetti   DOB 06/19/1955   Psychiatrist: Adaeze Holloway-Brandt, MD (FICTIONAL)
Major depressive disorder, recurrent, severe without psychotic features (F33.2).
Spravato: induction 08/05-09/10/2026 (8 sessions, first at 56 mg, then 84 mg); weekly 84 mg since 09/15/2026;
session 19 today. MADRS 38 on 08/03/2026, 12 today. No suicidal ideation at any visit.
Medication history: sertraline 150 mg 01/2023-05/2023, 16 weeks, no response; vortioxetine 10 mg 02/2025, stopped
after 3 weeks for persistent nausea and vomiting; bupropion XL 300 mg since 04/2025, partial response, continued;
mirtazapine 7.5 mg at bedtime for sleep since 04/2025.
""",
        "clinical/spravato-session-log-2026.txt": """
PRAIRIE WIND INTERVENTIONAL PSYCHIATRY (FICTIONAL) - REMS SESSION LOG (extract)          Page 3 of 3
Date        Patient                 Dose    Monitoring 2 h   BP max      Discharged
10/06/2026  Marchetti, Lucinda      84 mg   completed        148/86      ready, driven home
10/13/2026  Marchetti, Lucinda      84 mg   completed        144/84      ready, driven home
10/13/2026  Okerlund, Dale          56 mg   completed        152/90      ready, driven home
10/20/2026  Marchetti, Lucinda      84 mg   completed        142/80      ready, driven home
10/27/2026  Marchetti, Lucinda      84 mg   completed        146/82      ready, driven home
11/03/2026  Marchetti, Lucinda      84 mg   completed        140/84      ready, driven home
11/10/2026  Marchetti, Lucinda      84 mg   completed        144/86      ready, driven home
11/17/2026  Marchetti, Lucinda      84 mg   completed        138/82      ready, driven home
""",
        "other/former-plan-approval-2025-stale.txt": """
HEARTLAND CHOICE PPO (FICTIONAL) - APPROVAL                      Date: 03/02/2025
Member: Lucinda Marchetti. Approved: vortioxetine 10 mg, 03/02/2025 through 09/01/2025.
[From her former plan, before she joined Bluestem Senior Advantage on 01/01/2026. Not about Spravato.]
""",
    },
    TRUTH="""
# 02 - Medicare Advantage HMO: Spravato maintenance denied "no authorization" inside a 12-month approval; reconsideration of the payment denial by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucinda Marchetti, 71 (DOB 06/19/1955), in **Bluestem Senior Advantage HMO** (Medicare Advantage), has severe
  recurrent depression (F33.2). Spravato at a network REMS center since 08/05/2026: 8 induction sessions, weekly
  84 mg since 09/15/2026; **MADRS 38 -> 12**.
- **Authorization PA-26-0804-6612**, approval letter of **08/04/2026**: Spravato 56 or 84 mg per session, induction
  and maintenance, **up to 60 sessions, 08/04/2026 through 08/03/2027**. 19 sessions given through 11/17/2026.
- The plan's notice of **11/23/2026** (claim BSA-26-1118-447302, **PR-197**) denied the **seven sessions of
  10/06-11/17/2026 (G2083)**: "Authorization PA-26-0804-6612 ended 10/02/2026". The member portal shows the same
  wrong end date (10/02/2026): the plan entered the approval wrongly.
- **EOC Chapter 4, Section 2.1:** care within the dates of the approval letter from a network provider "is covered
  as approved".
- **Rule and stage:** Medicare Advantage reconsideration of a **payment** denial, 42 CFR 422.578-422.590; **65 days
  from the notice: by 01/27/2027** (422.582(b)); decision within 60 days for payment; an upheld denial goes to the
  IRE automatically (422.592).
- **Author:** the patient, who signs and writes as "I".

## Deliberately unknown
- How the plan came to enter 10/02/2026 (60 days): not known; a letter may ask that it be corrected.
- What the clinic has billed her: the notice says she "may be billed"; no amount is in the case.
- Whether other claims under the approval were denied: not known.

## Traps
- **Plan document and date, not clinical.** The approval letter's own dates (through 08/03/2027) decide; no medical
  necessity, no retroactive authorization, no peer-to-peer.
- **A decision's wrong statement:** "ended 10/02/2026" against the approval letter.
- **Drug still taken:** bupropion XL 300 mg continues with Spravato (partial response): never "failed" or "stopped".
- **Intolerance:** vortioxetine stopped after 3 weeks for nausea and vomiting: not an adequate trial.
- **Sleep dose:** mirtazapine 7.5 mg is not an antidepressant trial.
- **Other person on a document:** Dale Okerlund's line on the session log.
- **Stale document:** the 2025 approval from her former plan is for vortioxetine, not Spravato.
- **Units:** 19 sessions given of 60 approved; the claim is for 7 sessions of G2083, not 60.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA, no state insurance department or external review; no
  request to continue care during the appeal.
- **Voice:** she writes "I" / "my treatment"; never "Mrs. Marchetti has ..." about herself.

## Arguments a strong letter makes (strongest first)
1. The plan approved PA-26-0804-6612 on 08/04/2026 **through 08/03/2027**; every one of the seven dates of service
   (10/06-11/17/2026) falls within it and 19 sessions in all are within the 60 approved: pay the claim as approved
   (EOC Chapter 4, Section 2.1).
2. Correct the notice's statement that the authorization ended 10/02/2026, and the plan's record of the approval
   (the portal shows the same wrong date), so later sessions are not denied the same way.
3. Ask that the plan reprocess claim BSA-26-1118-447302; only if it does not, that it send the case on to the IRE.

## What a letter must NOT say
- "the authorization ended", "expired", "retroactive authorization", "no authorization was requested".
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "failed bupropion", "stopped bupropion"; "failed vortioxetine" as adequate; mirtazapine as a trial; "suicidal
  ideation" as present.
- "Okerlund"; "Heartland Choice" as her plan.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "state insurance department".
- "Mrs. Marchetti has" (self in the third person).
""",
    ANSWERS=[
        ("plan type", "medicare_advantage", "case.yaml"),
        ("notice date", "Date of this notice: 11/23/2026", "denial/notice-of-denial-of-payment-2026-11-23.txt"),
        ("reconsideration deadline", "by 01/27/2027", "truth"),
        ("CARC", "PR-197", "denial/notice-of-denial-of-payment-2026-11-23.txt"),
        ("authorization number", "PA-26-0804-6612", "other/authorization-approval-letter-2026-08-04.txt"),
        ("approval period", "Approval period: 08/04/2026 through 08/03/2027", "other/authorization-approval-letter-2026-08-04.txt"),
        ("sessions approved", "up to 60 sessions", "other/authorization-approval-letter-2026-08-04.txt"),
        ("end date the plan entered", "08/04/2026 - 10/02/2026", "other/member-portal-authorization-printout-2026-11-25.txt"),
        ("dates denied", "10/06/2026 through 11/17/2026", "denial/notice-of-denial-of-payment-2026-11-23.txt"),
        ("sessions given to date", "session 19 today", "clinical/psychiatry-note-2026-11-17.txt"),
        ("EOC rule", "Care you receive within those dates from a network provider is covered as approved", "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
        ("response", "MADRS 38 on 08/03/2026, 12 today", "clinical/psychiatry-note-2026-11-17.txt"),
        ("why vortioxetine stopped", "stopped after 3 weeks for persistent nausea and vomiting", "clinical/psychiatry-note-2026-11-17.txt"),
        ("drug continued with Spravato", "bupropion XL 300 mg since 04/2025, partial response, continued", "clinical/psychiatry-note-2026-11-17.txt"),
        ("other person on the session log", "Okerlund, Dale", "clinical/spravato-session-log-2026.txt"),
        ("voice", "she writes \"I\"", "truth"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 03 - Medicaid managed care, AZ: buprenorphine extended-release injection denied under retired criteria; the plan's
#      own 2026 PDL lists it as preferred with no prior authorization; state fair hearing
# ---------------------------------------------------------------------------------------------------------------
ALL.append(C(
    NUM="03",
    SLUG="03-medicaid-mco-buprenorphine-er-injection-pdl-preferred-no-pa-state-fair-hearing-peer-specialist",
    CASE_YAML="""
# FICTIONAL CASE (set 53, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Arizona. Dakota Reyes-Whitcomb, 29, in treatment for opioid use disorder on sublingual
# buprenorphine-naloxone, was prescribed monthly buprenorphine extended-release injections. The plan denied the
# request (10/02/2026) under its 2025 criteria RX-OUD-4 (90 days of sublingual therapy first) and upheld it on appeal
# (notice of resolution 11/10/2026). The plan's own Preferred Drug List in force from 07/01/2026 lists the injection
# as preferred, with no prior authorization. Her peer recovery support specialist asks for a state fair hearing.
patient:
  name: Dakota Reyes-Whitcomb
  salutation: Ms. Reyes-Whitcomb
  date_of_birth: 1997-01-23
  member_id: FICT-AZM-A77310492
  address: |-
    845 West Grant Road, Apt 12
    Tucson, AZ 85705
  phone: (520) 555-0117
insurer:
  name: Saguaro Community Health Plan (FICTIONAL), an Arizona Medicaid managed care plan
  appeals_address: |-
    Saguaro Community Health Plan - Member Appeals (FICTIONAL)
    PO Box 65310
    Tucson, AZ 85728
  fax: (520) 555-0165
claim:
  number: SCHP-PA-26-0928-81044
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-02
  procedure_codes: [Q9992, Q9991]
  diagnosis_codes: [F11.20]
  denial_reason: >-
    Request denied. Criteria RX-OUD-4: the member must have 90 days of sublingual buprenorphine-naloxone with
    documented adherence before extended-release buprenorphine is approved. Pharmacy claims show 41 days.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
decisions:
  - date: 2026-11-10
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-03-10
    reason: >-
      Your appeal is denied. The original decision was correct under criteria RX-OUD-4. The member's sublingual
      buprenorphine claims show 41 days, fewer than the 90 days required.
    corrections:
      - said: The original decision was correct under criteria RX-OUD-4.
        record: >-
          RX-OUD-4 (2025) was retired on 06/30/2026; the plan's Preferred Drug List in force from 07/01/2026 lists
          buprenorphine extended-release injection as preferred with no prior authorization, and the request was made
          on 09/28/2026.
        file: other/preferred-drug-list-2026-07-01-page-22.txt
        page: 1
      - said: The member's sublingual buprenorphine claims show 41 days.
        record: >-
          She has taken sublingual buprenorphine-naloxone since 07/2026 without a gap; her first 53 days were
          dispensed by the clinic's opioid treatment program and billed to the plan's medical benefit, not as
          pharmacy claims.
        file: clinical/otp-dosing-record-2026.txt
        page: 1
        leaves_out: true
external_review:
  agency: Arizona Medicaid Office of Administrative Hearings (FICTIONAL name, as the notice of resolution gives it)
  address: |-
    State Fair Hearings Intake (FICTIONAL)
    1700 West Jefferson Street, Mail Drop 6100
    Phoenix, AZ 85007
  final_denial_date: 2026-11-10
treatment:
  name: Buprenorphine extended-release injection, monthly (Q9992 300 mg for two months, then Q9991 100 mg)
  summary: >-
    Monthly buprenorphine injections given at the clinic in place of daily sublingual tablets, for opioid use disorder
    in early remission; her sublingual therapy continues until the first injection.
  plan: >-
    300 mg subcutaneous injection monthly for two months, then 100 mg monthly, given by clinic staff; sublingual
    buprenorphine-naloxone stopped at the first injection; monthly visits and urine drug testing.
  alongside: buprenorphine-naloxone 16 mg/4 mg sublingual daily until the first injection
clinical:
  severity: Opioid use disorder, severe, in early remission on buprenorphine since 07/2026 (urine tests negative for non-prescribed opioids since 08/2026)
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  history:
    - drug: Methadone
      dose: 90 mg daily (opioid treatment program)
      start: 2021-03
      end: 2023-04
      kind: other
      response: remission
      outcome: Sustained remission for two years in an earlier episode; tapered off by choice after a move; not a failure
      evidence: {file: clinical/otp-intake-and-progress-2026-11-18.txt, page: 1}
    - drug: Naltrexone extended-release injection
      dose: 380 mg (one injection)
      start: 2024-06
      end: 2024-06
      kind: other
      adequate: false
      outcome: One injection only; relapse within 3 weeks; not continued
      evidence: {file: clinical/otp-intake-and-progress-2026-11-18.txt, page: 1}
    - drug: Buprenorphine-naloxone sublingual
      dose: 16 mg/4 mg daily
      start: 2026-07-06
      ongoing: true
      kind: other
      outcome: >-
        Taken daily since 07/06/2026 and continuing until the first injection; dental pain and enamel erosion
        reported 10/2026 (dentist's note); household diversion pressure
      evidence: {file: clinical/otp-intake-and-progress-2026-11-18.txt, page: 1}
plan_policy:
  name: Saguaro Community Health Plan criteria RX-OUD-4 (2025), extended-release buprenorphine
  number: RX-OUD-4
  quote: >-
    Extended-release buprenorphine is approved when the member has 90 days of sublingual buprenorphine-naloxone with
    documented adherence.
  file: other/criteria-rx-oud-4-2025.txt
  listed:
    name: Saguaro Community Health Plan Preferred Drug List, effective 07/01/2026
    entry: >-
      Buprenorphine extended-release injection (Q9991, Q9992) - Preferred. No prior authorization. Limit: one
      injection per 26 days.
    file: other/preferred-drug-list-2026-07-01-page-22.txt
    page: 1
    as: a preferred drug needing no prior authorization
  other_terms: >-
    PDL change notice, effective 07/01/2026: "Criteria RX-OUD-4 is retired. Buprenorphine extended-release injection
    moves to Preferred, no prior authorization."
  other_terms_file: other/pdl-change-notice-2026-06-01.txt
  other_terms_apply: >-
    The request was made on 09/28/2026, after the change took effect, so no prior authorization and no RX-OUD-4 step
    applied to it.
payer_criteria:
  - criterion: >-
      Extended-release buprenorphine is approved when the member has 90 days of sublingual buprenorphine-naloxone with
      documented adherence (RX-OUD-4, retired 06/30/2026).
    how_met: >-
      Daily sublingual buprenorphine-naloxone since 07/06/2026 without a gap (53 days observed at the OTP, then
      pharmacy fills): 84 days at the request of 09/28/2026, the 90th day on 10/03/2026, more than 150 days now.
    met: true
    evidence: {file: clinical/otp-dosing-record-2026.txt, page: 1}
prior_auth:
  requested_on: 2026-09-28
  reference: SCHP-PA-26-0928-81044
author:
  name: Tomasina Greer
  role: Certified peer recovery support specialist, Sonoran Bridges Recovery Clinic (FICTIONAL); authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-14.txt
  address: |-
    Sonoran Bridges Recovery Clinic (FICTIONAL), 2202 North Stone Avenue
    Tucson, AZ 85705
  phone: (520) 555-0133
  email: tgreer@sonoranbridges.example
provider:
  name: Marisol Oyelaran-Duffy
  credentials: MD, addiction medicine
  npi: "1382604175"
  address: |-
    2202 North Stone Avenue
    Tucson, AZ 85705
  phone: (520) 555-0134
record_dates:
  - file: clinical/otp-intake-and-progress-2026-11-18.txt
    date: 2026-11-18
template: external-review-request
copies: [prescriber]
bates_prefix: REYESWHITCOMB
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    DOCS={
        "denial/notice-of-adverse-benefit-determination-2026-10-02.txt": """
SAGUARO COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION     Date: 10/02/2026
Member: Dakota Reyes-Whitcomb   Member ID FICT-AZM-A77310492   Request SCHP-PA-26-0928-81044 (received 09/28/2026)
Requested: buprenorphine extended-release injection, monthly (Q9992, Q9991), prescriber Marisol Oyelaran-Duffy, MD
Decision: Request denied. Criteria RX-OUD-4: the member must have 90 days of sublingual buprenorphine-naloxone with
documented adherence before extended-release buprenorphine is approved. Pharmacy claims show 41 days.
You may appeal to the plan within 60 days of the date of this notice.
""",
        "denial/notice-of-appeal-resolution-2026-11-10.txt": """
SAGUARO COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION        Date: 11/10/2026
Member: Dakota Reyes-Whitcomb   Appeal of request SCHP-PA-26-0928-81044
Your appeal is denied. The original decision was correct under criteria RX-OUD-4. The member's sublingual
buprenorphine claims show 41 days, fewer than the 90 days required.
Reviewed by: a pharmacist and a family medicine physician.
State fair hearing: you may ask for a state fair hearing no later than 120 days from the date of this notice. Send
your request to State Fair Hearings Intake, 1700 West Jefferson Street, Mail Drop 6100, Phoenix, AZ 85007
(Arizona Medicaid Office of Administrative Hearings).
""",
        "other/preferred-drug-list-2026-07-01-page-22.txt": """
SAGUARO COMMUNITY HEALTH PLAN (FICTIONAL) - PREFERRED DRUG LIST, EFFECTIVE 07/01/2026        Page 22 of 61
Substance use disorder treatment
- Buprenorphine-naloxone sublingual tablet and film - Preferred. No prior authorization.
- Buprenorphine extended-release injection (Q9991, Q9992) - Preferred. No prior authorization. Limit: one injection
  per 26 days.
- Naltrexone extended-release injection - Preferred. No prior authorization.
""",
        "other/pdl-change-notice-2026-06-01.txt": """
SAGUARO COMMUNITY HEALTH PLAN (FICTIONAL) - PROVIDER NOTICE: PREFERRED DRUG LIST CHANGES   Date: 06/01/2026
Effective 07/01/2026: "Criteria RX-OUD-4 is retired. Buprenorphine extended-release injection moves to Preferred, no
prior authorization."
""",
        "other/criteria-rx-oud-4-2025.txt": """
SAGUARO COMMUNITY HEALTH PLAN (FICTIONAL) - PHARMACY CRITERIA RX-OUD-4 (effective 01/01/2025)
Extended-release buprenorphine is approved when the member has 90 days of sublingual buprenorphine-naloxone with
documented adherence.
[Retired 06/30/2026 by the PDL change notice of 06/01/2026.]
""",
        "other/preferred-drug-list-2025-page-20-stale.txt": """
SAGUARO COMMUNITY HEALTH PLAN (FICTIONAL) - PREFERRED DRUG LIST 2025 (page 20, kept in the clinic's binder)
- Buprenorphine extended-release injection - Non-preferred. Prior authorization: criteria RX-OUD-4.
[The 2025 list, replaced 07/01/2026.]
""",
        "other/authorized-representative-form-2026-11-14.txt": """
APPOINTMENT OF AUTHORIZED REPRESENTATIVE (plan form, FICTIONAL)              Signed 11/14/2026
I, Dakota Reyes-Whitcomb, appoint Tomasina Greer, peer recovery support specialist at Sonoran Bridges Recovery
Clinic, to act for me in my appeal and state fair hearing about request SCHP-PA-26-0928-81044.
Signed: Dakota Reyes-Whitcomb
""",
        "clinical/otp-intake-and-progress-2026-11-18.txt": """
SONORAN BRIDGES RECOVERY CLINIC (FICTIONAL) - PROGRESS SUMMARY          Date: 11/18/2026   Page 1 of 1
Patient: Dakota Reyes-Whitcomb   DOB 01/23/1997   Physician: Marisol Oyelaran-Duffy, MD (addiction medicine)
Opioid use disorder, severe (F11.20), in early remission. No suicidal ideation.
History: methadone 90 mg daily 03/2021-04/2023 at another program, two years in remission, tapered off after a
move (earlier episode; not a failure). Naltrexone ER one injection 06/2024, relapse within 3 weeks, not continued.
Current: buprenorphine-naloxone 16 mg/4 mg sublingual daily since 07/06/2026, every day since; dosed at our OTP
07/06-08/27/2026 (53 days), then pharmacy fills. Urine tests negative for non-prescribed opioids since 08/2026.
10/2026: dental pain and enamel erosion (dentist's note on file); roommate pressing her to share doses.
Plan: monthly buprenorphine extended-release injection; sublingual stops at the first injection.
""",
        "clinical/otp-dosing-record-2026.txt": """
SONORAN BRIDGES RECOVERY CLINIC (FICTIONAL) - OTP DOSING RECORD (summary)          Page 1 of 1
Patient: Dakota Reyes-Whitcomb
Observed daily dosing of buprenorphine-naloxone 16 mg/4 mg, 07/06/2026 through 08/27/2026: 53 days, none missed.
Billed to Saguaro Community Health Plan under the medical (OTP) benefit. Pharmacy fills from 08/28/2026.
""",
        "clinical/lab-requisition-misfiled.txt": """
DESERT VISTA LABS (FICTIONAL) - REQUISITION
Patient: Marco Castellanos   DOB 05/14/1988   Test: urine drug screen with confirmation
[Another patient's requisition, misfiled in Ms. Reyes-Whitcomb's chart.]
""",
    },
    TRUTH="""
# 03 - Medicaid managed care (AZ): buprenorphine extended-release injection denied under criteria the plan retired; its own PDL lists the drug as preferred with no prior authorization; state fair hearing by her peer specialist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dakota Reyes-Whitcomb, 29 (DOB 01/23/1997), in **Saguaro Community Health Plan**, an Arizona Medicaid managed care
  plan, has severe opioid use disorder (F11.20) in early remission on **sublingual buprenorphine-naloxone 16/4 mg
  daily since 07/06/2026**, continuing until the first injection.
- Request for **monthly buprenorphine extended-release injection** (Q9992 then Q9991) received **09/28/2026**; denied
  **10/02/2026** under **RX-OUD-4 (2025)**: 90 days of sublingual therapy first; "pharmacy claims show 41 days".
  Appeal upheld in the **notice of resolution of 11/10/2026**.
- The plan's **PDL change notice of 06/01/2026**: from **07/01/2026** RX-OUD-4 is retired and the injection is
  **Preferred, no prior authorization**; the **PDL effective 07/01/2026 (page 22)** says the same (limit one injection
  per 26 days). The request came after that date.
- "41 days" is true of pharmacy claims only: her first **53 days** were dosed at the clinic's OTP and billed to the
  medical benefit; she has taken it every day since 07/06/2026: **84 days at the request (09/28/2026)**, the 90th day on
  10/03/2026, more than 150 days by the fair-hearing request.
- **Rule and stage:** Medicaid managed care; the plan appeal is done; **state fair hearing within 120 days of the
  notice of resolution: by 03/10/2027** (42 CFR 438.408(f)(2)). The request goes to the hearing office the notice
  names, not to the plan. Medicaid managed care's parity rule is 42 CFR 438.910.
- **Author:** Tomasina Greer, certified peer recovery support specialist, her authorized representative (signed form
  11/14/2026); writes about "Ms. Reyes-Whitcomb".

## Deliberately unknown
- Whether the plan reviewed the request under the 07/01/2026 PDL at all: not known; a letter may ask.
- Whether the injection will be billed under the pharmacy or the medical benefit: not known.
- The date of the first injection: not scheduled.

## Traps
- **Plan document and date, not clinical.** The plan's own PDL (from 07/01/2026) needs no prior authorization; the
  retired RX-OUD-4 does not govern a request of 09/28/2026.
- **A decision's statement true as far as it goes:** "41 days" of pharmacy claims leaves out 53 days dosed at the OTP.
- **Drug still taken:** sublingual buprenorphine-naloxone continues: never "failed" or "stopped"; side effects
  (dental erosion) are a reason for the switch, not a failed trial.
- **Earlier-episode response:** methadone 2021-2023 gave two years of remission; it is not a failed treatment.
- **Naltrexone ER:** one injection only, not an adequate trial.
- **Other person's record:** Marco Castellanos's misfiled lab requisition.
- **Stale document:** the 2025 PDL page (non-preferred, PA) was replaced 07/01/2026.
- **Stage:** a fair hearing request, addressed to the hearing office; not a plan appeal; no "60 days".
- **Wrong law:** no EPSDT (she is 29), no ERISA, no 45 CFR 147.136, no MHPAEA (cite 438.910 if parity at all); no
  continued benefits (438.420): a new request, nothing authorized is cut.
- **Voice:** the representative writes; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. The plan's own PDL in force from 07/01/2026 lists buprenorphine extended-release injection as **Preferred, no
   prior authorization**, and its 06/01/2026 notice retired RX-OUD-4; the request of 09/28/2026 was governed by that
   list. The hearing should order the plan to cover the injection.
2. Even under RX-OUD-4, "41 days" counts pharmacy claims only; the OTP dosing record shows daily sublingual therapy
   since 07/06/2026 (53 days at the OTP before pharmacy fills).
3. Harm from delay: dental erosion on the sublingual form and diversion pressure at home; the plan of care.

## What a letter must NOT say
- "90 days at the time of the request" (it was 84); "RX-OUD-4 governs", "90 days were not met" as conceded; "failed buprenorphine"; "stopped buprenorphine".
- "failed methadone"; naltrexone as an adequate trial; "suicidal ideation".
- "Castellanos".
- "EPSDT", "1396d(r)(5)", "ERISA", "45 CFR 147.136", "MHPAEA" (as the Medicaid rule), "continue benefits during the
  appeal", "60 days" as the fair hearing window.
- "I" as the patient; "forward to the hearing office" (it is filed with the hearing office).
""",
    ANSWERS=[
        ("plan type and delivery", "delivery: managed_care", "case.yaml"),
        ("date of the notice of resolution", "NOTICE OF APPEAL RESOLUTION        Date: 11/10/2026", "denial/notice-of-appeal-resolution-2026-11-10.txt"),
        ("fair hearing deadline", "by 03/10/2027", "truth"),
        ("where the hearing request goes", "State Fair Hearings Intake, 1700 West Jefferson Street", "denial/notice-of-appeal-resolution-2026-11-10.txt"),
        ("criteria the denial applied", "Criteria RX-OUD-4", "denial/notice-of-adverse-benefit-determination-2026-10-02.txt"),
        ("PDL entry", "Buprenorphine extended-release injection (Q9991, Q9992) - Preferred. No prior authorization.", "other/preferred-drug-list-2026-07-01-page-22.txt"),
        ("PDL effective date", "PREFERRED DRUG LIST, EFFECTIVE 07/01/2026", "other/preferred-drug-list-2026-07-01-page-22.txt"),
        ("RX-OUD-4 retired", "Criteria RX-OUD-4 is retired", "other/pdl-change-notice-2026-06-01.txt"),
        ("request received", "received 09/28/2026", "denial/notice-of-adverse-benefit-determination-2026-10-02.txt"),
        ("days dosed at the OTP", "07/06/2026 through 08/27/2026: 53 days, none missed", "clinical/otp-dosing-record-2026.txt"),
        ("sublingual start", "since 07/06/2026", "clinical/otp-intake-and-progress-2026-11-18.txt"),
        ("side effect on sublingual", "dental pain and enamel erosion", "clinical/otp-intake-and-progress-2026-11-18.txt"),
        ("earlier-episode methadone", "two years in remission", "clinical/otp-intake-and-progress-2026-11-18.txt"),
        ("other person's record", "Marco Castellanos", "clinical/lab-requisition-misfiled.txt"),
        ("representative form date", "Signed 11/14/2026", "other/authorized-representative-form-2026-11-14.txt"),
        ("no EPSDT", "no EPSDT (she is 29)", "truth"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 04 - Separate CHIP, WV, member 15: duloxetine for GAD; policy counts intolerance; fluoxetine stopped for activation
# ---------------------------------------------------------------------------------------------------------------
ALL.append(C(
    NUM="04",
    SLUG="04-separate-chip-teen-duloxetine-gad-fluoxetine-intolerance-counts-state-review-mother",
    CASE_YAML="""
# FICTIONAL CASE (set 53, case 04) - every person, plan, provider, number and address is invented.
# Separate CHIP (not Medicaid), West Virginia, managed care. Jonah Whitlock, 15, has generalized anxiety disorder.
# The plan denied duloxetine (10/08/2026) and upheld the denial (11/12/2026): "fluoxetine was taken for 3 weeks ...
# only one adequate SSRI trial". Its own policy RX-SNRI-P2 counts "documented intolerance" as well as failure, and
# fluoxetine was stopped after 3 weeks for activation. His psychiatrist's letter came after the decision. His mother
# asks for the state's review within the 30 days the decision prints.
patient:
  name: Jonah Whitlock
  salutation: Jonah
  date_of_birth: 2011-05-30
  member_id: FICT-WVC-61839027
  address: |-
    412 Beechurst Avenue
    Morgantown, WV 26505
  phone: (304) 555-0116
insurer:
  name: Allegheny Kids Health Plan (FICTIONAL), a West Virginia separate CHIP managed care plan
  appeals_address: |-
    Allegheny Kids Health Plan - Appeals (FICTIONAL)
    PO Box 2270
    Charleston, WV 25328
  fax: (304) 555-0166
claim:
  number: AKHP-RX-26-1006-30518
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-10-08
  diagnosis_codes: [F41.1]
  denial_reason: >-
    Criteria RX-SNRI-P2 not met. Two SSRI trials of at least 6 weeks are required. Fluoxetine was 3 weeks.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: plan appeal
    opens: state review
    next_deadline: 2026-12-12
    reason: >-
      Fluoxetine 20 mg was taken for 3 weeks, which is not an adequate trial. Only one adequate SSRI trial
      (sertraline) is documented. The denial is upheld.
    corrections:
      - said: Fluoxetine 20 mg was taken for 3 weeks, which is not an adequate trial.
        record: >-
          Fluoxetine was stopped after 3 weeks because of agitation, new insomnia and irritability (activation); the
          policy counts documented intolerance to an SSRI the same as its failure.
        file: [clinical/child-psychiatry-note-2026-03-24.txt, clinical/psychiatrist-letter-2026-11-20.txt]
        page: 1
        leaves_out: true
external_review:
  agency: West Virginia CHIP state review (FICTIONAL office name, as the plan's decision gives it)
  address: |-
    CHIP External Review Unit (FICTIONAL)
    350 Capitol Street, Room 251
    Charleston, WV 25301
  final_denial_date: 2026-11-12
treatment:
  name: Duloxetine 30 mg daily, increasing to 60 mg
  summary: >-
    An SNRI for generalized anxiety disorder in an adolescent, after one SSRI without enough response and one stopped
    for side effects.
  plan: >-
    Duloxetine 30 mg daily for 2 weeks, then 60 mg daily; GAD-7 and side effects reviewed every 4 weeks; weekly CBT
    continues.
  fda:
    action: approved
    what: duloxetine
    use: generalized anxiety disorder in patients aged 7 and older
    ages: [7, 17]
    file: other/plan-policy-rx-snri-p2-2026.txt
    page: 1
clinical:
  severity: GAD-7 17 on 11/18/2026; missing about 2 school days a month
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  history:
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2026-02-27
      end: 2026-03-20
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for agitation, new insomnia and irritability (activation); an intolerance
      evidence: {file: clinical/child-psychiatry-note-2026-03-24.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-04-06
      end: 2026-09-10
      weeks: 11
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: 11 weeks at 150 mg; GAD-7 19 to 16, too little; tapered off by 09/10/2026
      evidence: {file: clinical/psychiatrist-letter-2026-11-20.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly
      start: 2026-01
      ongoing: true
      kind: psychotherapy
      sessions: 40
      adequate: false
      outcome: Weekly CBT continuing; some benefit
      evidence: {file: clinical/psychiatrist-letter-2026-11-20.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg as needed, up to once a day
      start: 2026-09
      ongoing: true
      kind: other
      outcome: As-needed for acute anxiety; not an SSRI or SNRI trial
      evidence: {file: clinical/psychiatrist-letter-2026-11-20.txt, page: 1}
payer_criteria:
  - criterion: "1. Diagnosis of generalized anxiety disorder in a member aged 7 or older."
    how_met: Generalized anxiety disorder (F41.1), age 15.
    met: true
    evidence: {file: clinical/psychiatrist-letter-2026-11-20.txt, page: 1}
  - criterion: >-
      2. Trial and failure of, or documented intolerance to, two SSRIs (an adequate trial is at least 6 weeks at a
      therapeutic dose).
    how_met: >-
      Fluoxetine 20 mg stopped after 3 weeks for activation (documented intolerance); sertraline 150 mg for 11 weeks
      with too little response (failure).
    met: true
    evidence:
      - {file: clinical/child-psychiatry-note-2026-03-24.txt, page: 1}
      - {file: clinical/psychiatrist-letter-2026-11-20.txt, page: 1}
  - criterion: "3. Prescribed by or in consultation with a psychiatrist."
    how_met: Prescribed by his child and adolescent psychiatrist.
    met: true
    evidence: {file: clinical/psychiatrist-letter-2026-11-20.txt, page: 1}
plan_policy:
  name: Allegheny Kids Health Plan Pharmacy Policy RX-SNRI-P2 (SNRIs for members under 18), revised 01/01/2026
  number: RX-SNRI-P2
  quote: >-
    Duloxetine is approved when all are met: 1. Diagnosis of generalized anxiety disorder in a member aged 7 or older.
    2. Trial and failure of, or documented intolerance to, two SSRIs (an adequate trial is at least 6 weeks at a
    therapeutic dose). 3. Prescribed by or in consultation with a psychiatrist.
  file: other/plan-policy-rx-snri-p2-2026.txt
record_dates:
  - file: clinical/child-psychiatry-note-2026-03-24.txt
    date: 2026-03-24
    released: 2026-11-19
  - file: clinical/psychiatrist-letter-2026-11-20.txt
    date: 2026-11-20
  - file: clinical/pharmacy-fill-printout-2026.txt
    date: 2026-11-19
author:
  name: Carolyn Whitlock
  role: Jonah's mother
  relation: parent
  address: |-
    412 Beechurst Avenue
    Morgantown, WV 26505
  phone: (304) 555-0116
  email: carolyn.whitlock@homemail.example
provider:
  name: Thaddeus Mbeki-Lowry
  credentials: MD, child and adolescent psychiatry
  npi: "1573910282"
  address: |-
    Mountaineer Child Psychiatry (FICTIONAL), 77 Chestnut Ridge Road
    Morgantown, WV 26505
  phone: (304) 555-0135
copies: [prescriber]
template: external-review-request
bates_prefix: WHITLOCK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    DOCS={
        "denial/pharmacy-prior-authorization-denial-2026-10-08.txt": """
ALLEGHENY KIDS HEALTH PLAN (FICTIONAL) - PHARMACY PRIOR AUTHORIZATION DECISION          Date: 10/08/2026
Member: Jonah Whitlock   Member ID FICT-WVC-61839027   Request AKHP-RX-26-1006-30518
Drug: duloxetine 30 mg capsule, then 60 mg   Prescriber: Thaddeus Mbeki-Lowry, MD
Denied. Criteria RX-SNRI-P2 not met. Two SSRI trials of at least 6 weeks are required. Fluoxetine was 3 weeks.
You may appeal to the plan within 60 days of this notice.
""",
        "denial/plan-appeal-decision-2026-11-12.txt": """
ALLEGHENY KIDS HEALTH PLAN (FICTIONAL) - APPEAL DECISION                Date: 11/12/2026
Member: Jonah Whitlock   Appeal of request AKHP-RX-26-1006-30518
Fluoxetine 20 mg was taken for 3 weeks, which is not an adequate trial. Only one adequate SSRI trial (sertraline) is
documented. The denial is upheld. Reviewer: a pharmacist and a pediatrician.
State review: you may ask the state to review this decision within 30 days of the date of this notice. Write to the
CHIP External Review Unit, 350 Capitol Street, Room 251, Charleston, WV 25301.
""",
        "other/plan-policy-rx-snri-p2-2026.txt": """
ALLEGHENY KIDS HEALTH PLAN (FICTIONAL) - PHARMACY POLICY RX-SNRI-P2, revised 01/01/2026      Page 1 of 2
SNRIs for members under 18. Duloxetine is FDA-approved for generalized anxiety disorder in patients aged 7 and older.
Duloxetine is approved when all are met: 1. Diagnosis of generalized anxiety disorder in a member aged 7 or older.
2. Trial and failure of, or documented intolerance to, two SSRIs (an adequate trial is at least 6 weeks at a
therapeutic dose). 3. Prescribed by or in consultation with a psychiatrist.
Approval: 12 months.
""",
        "clinical/child-psychiatry-note-2026-03-24.txt": """
MOUNTAINEER CHILD PSYCHIATRY (FICTIONAL) - FOLLOW-UP NOTE            Date of visit: 03/24/2026   Page 1 of 1
Patient: Jonah Whitlock   DOB 05/30/2011   Psychiatrist: Thaddeus Mbeki-Lowry, MD
Fluoxetine 20 mg started 02/27/2026. Over the third week: agitation, new insomnia (asleep after 2 am) and marked
irritability, per Jonah and his mother. Activation on fluoxetine. Stopped 03/20/2026; symptoms settled within a
week. No suicidal ideation. Plan: sertraline, start low.
Released from the practice's records to the family on 11/19/2026 (after the plan's appeal decision).
""",
        "clinical/psychiatrist-letter-2026-11-20.txt": """
MOUNTAINEER CHILD PSYCHIATRY (FICTIONAL)                                    Date: 11/20/2026   Page 1 of 1
Re: Jonah Whitlock, DOB 05/30/2011 - duloxetine for generalized anxiety disorder (F41.1)
Jonah could not tolerate fluoxetine: after three weeks at 20 mg he had agitation, insomnia and irritability, and I
stopped it on 03/20/2026. Sertraline was raised to 150 mg and taken for 11 weeks at that dose; GAD-7 went from 19 to
16, too little, and it was tapered off by 09/10/2026. He has weekly CBT, which continues, and takes hydroxyzine 25 mg
only as needed. GAD-7 17 on 11/18/2026; he misses about two school days a month. No suicidal ideation.
Under RX-SNRI-P2 he has one SSRI not tolerated and one that failed. - Thaddeus Mbeki-Lowry, MD, NPI 1573910282
""",
        "clinical/pharmacy-fill-printout-2026.txt": """
RIVERSIDE FAMILY PHARMACY (FICTIONAL) - FILL HISTORY, WHITLOCK HOUSEHOLD (printed 11/19/2026)
02/27/2026  Jonah Whitlock   fluoxetine 20 mg capsule   #30
04/06/2026  Jonah Whitlock   sertraline 50 mg tablet    #30
05/04/2026  Lena Whitlock    escitalopram 10 mg tablet  #30
05/06/2026  Jonah Whitlock   sertraline 100 mg tablet   #45
09/02/2026  Jonah Whitlock   hydroxyzine 25 mg tablet   #20
""",
        "other/school-504-plan-2024-stale.txt": """
MORGANTOWN MIDDLE SCHOOL (FICTIONAL) - SECTION 504 PLAN (2024-2025 school year)
Student: Jonah Whitlock. Accommodation: extra time on tests for anxiety. [A 2024 plan from middle school; not current.]
""",
    },
    TRUTH="""
# 04 - Separate CHIP (WV), member aged 15: duloxetine for GAD denied because fluoxetine lasted 3 weeks; the plan's own policy counts intolerance; state review asked by his mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Whitlock, 15 (DOB 05/30/2011), in **Allegheny Kids Health Plan**, a West Virginia **separate CHIP** managed
  care plan, has generalized anxiety disorder (F41.1); GAD-7 **17** on 11/18/2026; misses about two school days a month.
- Request for **duloxetine** (AKHP-RX-26-1006-30518) denied **10/08/2026**; plan appeal upheld **11/12/2026**:
  "Fluoxetine 20 mg was taken for 3 weeks, which is not an adequate trial. Only one adequate SSRI trial ...".
- **RX-SNRI-P2 criterion 2** (the plan's own policy): "Trial and failure of, **or documented intolerance to**, two
  SSRIs". **Fluoxetine** was stopped after 3 weeks (03/20/2026) for **activation** (agitation, insomnia,
  irritability): a documented intolerance. **Sertraline 150 mg for 11 weeks**: GAD-7 19 -> 16, a failure, tapered
  off by 09/10/2026. Criteria 1 and 3 are met. Duloxetine is FDA-approved for GAD from age 7.
- The 03/24/2026 note was **released on 11/19/2026** and the psychiatrist's letter is dated **11/20/2026**: both after
  the decision; neither was before its reviewer.
- **Rule and stage:** separate CHIP (42 CFR 457.1260 applying 438 subpart F; state review under 457.1130(b)); the
  plan appeal is done; the **state review must be asked within 30 days of the 11/12/2026 decision: by 12/12/2026**
  (the decision's own time limit). It goes to the CHIP External Review Unit the decision names.
- **Author:** Carolyn Whitlock, his mother (parent of a minor); writes about "Jonah".

## Deliberately unknown
- Whether the plan's reviewer saw the fluoxetine side effects at all: the March note was not in the plan's file.
- Whether an expedited state review is available: not known; a letter may ask for the quickest review.
- The cost of duloxetine: not in the case.

## Traps
- **The plan's own policy words decide:** "or documented intolerance to"; the six-week rule defines an adequate trial
  for failure, not intolerance.
- **A decision's statement true as far as it goes:** fluoxetine did last 3 weeks; what it leaves out is why it stopped.
- **Records after the decision:** the note released 11/19/2026 and the letter of 11/20/2026.
- **Psychotherapy is not a drug trial:** CBT continues, with some benefit; never listed among failed SSRIs.
- **Drug for acute anxiety:** hydroxyzine as needed is not an SSRI/SNRI trial.
- **Other person on a document:** Lena Whitlock's escitalopram on the pharmacy printout is his sister's, not his trial.
- **Stale document:** the 2024 Section 504 plan is from middle school.
- **Wrong law for CHIP:** no EPSDT (1396d(r)(5)), no state fair hearing, no continued benefits (438.420), no
  Medicaid parity rule cited as Medicaid's, no ERISA or 45 CFR 147.136.
- No suicidal ideation: never write of suicide risk.
- **Voice:** the mother writes about "Jonah"; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. RX-SNRI-P2 criterion 2 counts **documented intolerance** to an SSRI: fluoxetine was stopped after 3 weeks for
   activation (note of 03/24/2026), and sertraline 150 mg failed after 11 weeks. Two SSRIs; criterion 2 is met, and
   so are 1 and 3: the state review should reverse the denial.
2. The decision's "3 weeks, not an adequate trial" leaves out why fluoxetine stopped; the records that show it came
   after the decision and were never before the reviewer.
3. Harm from delay: GAD-7 17, missed school days; duloxetine is approved for GAD from age 7.

## What a letter must NOT say
- "two adequate SSRI trials" (fluoxetine was not an adequate trial: it was not tolerated); "failed fluoxetine".
- CBT as a failed trial; hydroxyzine as a trial; "escitalopram" as his trial; "Lena".
- "suicidal", "suicide risk".
- "EPSDT", "1396d(r)(5)", "fair hearing", "continue benefits", "438.420", "ERISA", "45 CFR 147.136".
- "I have generalized anxiety" (the mother is not the patient).
""",
    ANSWERS=[
        ("plan type", "plan_type: chip", "case.yaml"),
        ("date of the plan appeal decision", "APPEAL DECISION                Date: 11/12/2026", "denial/plan-appeal-decision-2026-11-12.txt"),
        ("state review deadline", "by 12/12/2026", "truth"),
        ("where the state review goes", "CHIP External Review Unit, 350 Capitol Street, Room 251", "denial/plan-appeal-decision-2026-11-12.txt"),
        ("policy", "RX-SNRI-P2", "other/plan-policy-rx-snri-p2-2026.txt"),
        ("criterion 2's words", "Trial and failure of, or documented intolerance to, two SSRIs", "other/plan-policy-rx-snri-p2-2026.txt"),
        ("why fluoxetine stopped", "agitation, new insomnia (asleep after 2 am) and marked irritability", "clinical/child-psychiatry-note-2026-03-24.txt"),
        ("fluoxetine stop date", "Stopped 03/20/2026", "clinical/child-psychiatry-note-2026-03-24.txt"),
        ("release date of the March note", "released from the practice's records to the family on 11/19/2026", "clinical/child-psychiatry-note-2026-03-24.txt"),
        ("sertraline trial", "taken for 11 weeks at that dose; GAD-7 went from 19 to 16", "clinical/psychiatrist-letter-2026-11-20.txt"),
        ("current severity", "GAD-7 17 on 11/18/2026", "clinical/psychiatrist-letter-2026-11-20.txt"),
        ("CBT continues", "weekly CBT, which continues", "clinical/psychiatrist-letter-2026-11-20.txt"),
        ("FDA approval age", "aged 7 and older", "other/plan-policy-rx-snri-p2-2026.txt"),
        ("other person on the printout", "Lena Whitlock", "clinical/pharmacy-fill-printout-2026.txt"),
        ("author relation", "relation: parent", "case.yaml"),
        ("no EPSDT for CHIP", "no EPSDT (1396d(r)(5))", "truth"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 05 - FEHB: Spravato maintenance denied "authorization expired; no renewal request received"; renewal faxed before
#      the end date, pended, never decided; carrier reconsideration by the treating psychiatrist
# ---------------------------------------------------------------------------------------------------------------
ALL.append(C(
    NUM="05",
    SLUG="05-fehb-spravato-renewal-faxed-before-end-never-decided-carrier-reconsideration-psychiatrist",
    CASE_YAML="""
# FICTIONAL CASE (set 53, case 05) - every person, plan, provider, number and address is invented.
# FEHB Standard Option. Gideon Farrow-Nakamura, 52, a federal employee, has had Spravato since 2026. His
# authorization ran 04/01/2026-09/30/2026. His psychiatrist faxed a renewal request on 09/22/2026; the carrier's
# portal shows it received and pended for notes, faxed 09/24/2026, and never decided. The carrier denied the seven
# weekly sessions of 10/07-11/18/2026: "Authorization expired 09/30/2026. No renewal request received." (CO-197).
# His treating psychiatrist asks the carrier to reconsider, with his written consent.
patient:
  name: Gideon Farrow-Nakamura
  salutation: Mr. Farrow-Nakamura
  date_of_birth: 1974-08-11
  member_id: FICT-KFE-R40981266
  address: |-
    2218 North Front Street
    Harrisburg, PA 17110
  phone: (717) 555-0118
insurer:
  name: Keystone Federal Employees Benefit Plan (FICTIONAL), FEHB Standard Option
  appeals_address: |-
    Keystone Federal Employees Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 88120
    Harrisburg, PA 17106
  fax: (717) 555-0167
claim:
  number: KFE-26-1125-602871
  plan_type: fehb
  notice_date: 2026-11-25
  appeal_deadline: 2027-05-25
  deadline_basis: >-
    Explanation of benefits of 11/25/2026: "You may ask us to reconsider within 6 months of the date of this
    notice."
  service_dates: [2026-10-07, 2026-10-14, 2026-10-21, 2026-10-28, 2026-11-04, 2026-11-11, 2026-11-18]
  sessions: 7
  setting: outpatient
  procedure_codes: [J0013, 99214]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Authorization PA-ESK-26-0401-118 expired 09/30/2026. No renewal request
    received.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: No renewal request received.
      record: >-
        The renewal request was faxed to the carrier's precertification line on 09/22/2026 (fax confirmation, 6
        pages), and the carrier's own provider portal shows it received 09/22/2026 under reference RN-26-0922-4471,
        pended on 09/24/2026 for notes that were faxed the same day.
      file: [other/renewal-request-fax-confirmation-2026-09-22.txt, other/provider-portal-status-2026-11-30.txt]
      page: 1
plan_policy:
  name: Keystone Federal Employees Benefit Plan 2026 brochure, Section 3, "Other services requiring precertification"
  number: Section 3
  quote: >-
    If your treatment needs to continue beyond the approved period, your provider must request renewal before the
    approved period ends. We will decide a renewal request within 15 days of receiving it, and we will tell you and
    your provider our decision in writing.
  file: other/fehb-brochure-2026-section-3-excerpt.txt
prior_auth:
  requested_on: 2026-09-22
  reference: RN-26-0922-4471
  never_decided: true
  pended_on: 2026-09-24
  pended_for: clinical notes, faxed the same day
  proof:
    - other/renewal-request-fax-confirmation-2026-09-22.txt
    - other/provider-portal-status-2026-11-30.txt
  approved:
    number: authorization PA-ESK-26-0401-118
    date: 2026-04-01
    covers: Spravato 56 mg or 84 mg per session, 04/01/2026 through 09/30/2026
    quote: "Approved: esketamine nasal spray (Spravato), 56 mg or 84 mg per session, 04/01/2026 through 09/30/2026."
    file: other/authorization-approval-2026-04-01.txt
    from: 2026-04-01
    through: 2026-09-30
treatment:
  name: Spravato (esketamine nasal spray) 84 mg, weekly maintenance sessions (J0013, 84 units, with an office visit)
  summary: >-
    Weekly supervised esketamine sessions that have kept a severe, treatment-resistant depression in remission since
    the spring; renewal was asked for before the approval ended.
  alongside: lithium carbonate 600 mg daily
  setting: Susquehanna Psychiatric Associates, certified in the Spravato REMS
  monitoring: blood pressure before and after each dose; two hours of observation by clinic staff
  plan: >-
    Weekly 84 mg sessions through 03/31/2027, then a trial of every-other-week dosing if MADRS stays under 10.
clinical:
  severity: MADRS 40 on 03/25/2026; MADRS 9 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  response: MADRS 40 (03/25/2026) to 9 (11/18/2026)
  response_level: remission
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2019-01
      end: 2020-06
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2019); later lost effect in 2024 at the same dose
      evidence: {file: clinical/psychiatrist-summary-2026-11-20.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-09
      end: 2024-11
      weeks: 7
      kind: antidepressant
      adequate: false
      outcome: Stopped after 7 weeks for sustained hypertension (blood pressure 164/102); an intolerance
      evidence: {file: clinical/psychiatrist-summary-2026-11-20.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2024-12
      end: 2025-04
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks
      evidence: {file: clinical/psychiatrist-summary-2026-11-20.txt, page: 1}
    - drug: Lithium carbonate
      dose: 600 mg daily (level 0.7)
      start: 2025-05
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/psychiatrist-summary-2026-11-20.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-05
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antipsychotic augmentation trial
      evidence: {file: clinical/psychiatrist-summary-2026-11-20.txt, page: 1}
author:
  name: Ingrid Solheim-Barrett
  role: Treating psychiatrist (MD), Susquehanna Psychiatric Associates
  relation: physician
  authorization: other/member-written-consent-2026-11-28.txt
  address: |-
    Susquehanna Psychiatric Associates (FICTIONAL), 415 Market Street, Suite 300
    Harrisburg, PA 17101
  phone: (717) 555-0136
  email: isolheim@susquehanna-psych.example
provider:
  name: Ingrid Solheim-Barrett
  credentials: MD, psychiatry
  npi: "1720485394"
  address: |-
    415 Market Street, Suite 300
    Harrisburg, PA 17101
  phone: (717) 555-0136
record_dates:
  - file: clinical/psychiatrist-summary-2026-11-20.txt
    date: 2026-11-20
  - file: other/provider-portal-status-2026-11-30.txt
    date: 2026-11-30
  - file: other/renewal-request-fax-confirmation-2026-09-22.txt
    date: 2026-09-22
    sent: 2026-09-22
    sent_proof: other/renewal-request-fax-confirmation-2026-09-22.txt
bates_prefix: FARROWNAKAMURA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    DOCS={
        "denial/explanation-of-benefits-2026-11-25.txt": """
KEYSTONE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - EXPLANATION OF BENEFITS      Date of notice: 11/25/2026
Enrollee: Gideon Farrow-Nakamura   ID FICT-KFE-R40981266   FEHB Standard Option   Claim KFE-26-1125-602871
Provider: Ingrid Solheim-Barrett, MD   Services: J0013 x84 units and 99214, each of 7 dates, 10/07/2026-11/18/2026 (weekly)   Paid $0.00
CO-197. Precertification/authorization absent. Authorization PA-ESK-26-0401-118 expired 09/30/2026. No renewal
request received.
You may ask us to reconsider within 6 months of the date of this notice. If we do not change our decision, you may
ask the U.S. Office of Personnel Management to review it.
""",
        "other/authorization-approval-2026-04-01.txt": """
KEYSTONE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - PRECERTIFICATION APPROVAL        Date: 04/01/2026
Member: Gideon Farrow-Nakamura   Number: PA-ESK-26-0401-118
Approved: esketamine nasal spray (Spravato), 56 mg or 84 mg per session, 04/01/2026 through 09/30/2026.
To continue beyond 09/30/2026, the provider must request renewal before that date.
""",
        "other/renewal-request-fax-confirmation-2026-09-22.txt": """
FAX TRANSMISSION REPORT (Susquehanna Psychiatric Associates, FICTIONAL)      Page 1 of 1
Sent: 09/22/2026 10:41   To: Keystone FEHB Precertification, (717) 555-0168   Pages: 6   Result: OK
Cover: "Renewal request, Spravato 84 mg weekly, member Gideon Farrow-Nakamura, current authorization
PA-ESK-26-0401-118 ends 09/30/2026."
""",
        "other/provider-portal-status-2026-11-30.txt": """
KEYSTONE FEHB PROVIDER PORTAL (FICTIONAL) - PRECERTIFICATION STATUS (printed 11/30/2026)
Reference RN-26-0922-4471   Member: Farrow-Nakamura, Gideon   Service: esketamine nasal spray, renewal
Received: 09/22/2026   Status: PENDED 09/24/2026 - clinical notes requested   Decision: none
Provider upload: clinical notes, 09/24/2026 (4 pages)
""",
        "other/fehb-brochure-2026-section-3-excerpt.txt": """
KEYSTONE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE (excerpt)            Page 19 of 140
Section 3. Other services requiring precertification
If your treatment needs to continue beyond the approved period, your provider must request renewal before the
approved period ends. We will decide a renewal request within 15 days of receiving it, and we will tell you and your
provider our decision in writing.
""",
        "other/member-written-consent-2026-11-28.txt": """
MEMBER'S WRITTEN CONSENT (FICTIONAL)                                     Signed 11/28/2026
I, Gideon Farrow-Nakamura, ask my psychiatrist, Ingrid Solheim-Barrett, MD, to ask Keystone Federal Employees Benefit
Plan to reconsider claim KFE-26-1125-602871 for me, and I consent to her sending my records for it.
""",
        "clinical/psychiatrist-summary-2026-11-20.txt": """
SUSQUEHANNA PSYCHIATRIC ASSOCIATES (FICTIONAL) - TREATMENT SUMMARY       Date: 11/20/2026   Page 1 of 1
Patient: Gideon Farrow-Nakamura   DOB 08/11/1974   Psychiatrist: Ingrid Solheim-Barrett, MD
Major depressive disorder, recurrent, severe without psychotic features (F33.2).
Medication history: sertraline 200 mg 2019-2020, remission in an earlier episode, lost effect in 2024; venlafaxine XR
225 mg 09/2024-11/2024, stopped after 7 weeks for sustained hypertension (164/102); bupropion XL 450 mg 12/2024-
04/2025, 16 weeks, no response; lithium carbonate 600 mg since 05/2025 (level 0.7), partial response, continued;
quetiapine 25 mg at bedtime for sleep.
Spravato since 04/2026: MADRS 40 on 03/25/2026, 9 on 11/18/2026. No suicidal ideation since 2025.
Sessions 10/07-11/18/2026 given weekly at 84 mg under REMS monitoring while the renewal was pending.
""",
        "clinical/rems-monitoring-sheet-2026-10-14.txt": """
REMS PATIENT MONITORING SHEET (FICTIONAL)            Date: 10/14/2026
Patient: Farrow-Nakamura, G.   84 mg   BP 132/84 -> 146/90 at 40 min -> 134/82 at 2 h   Discharged 2 h, driven by spouse
Chair 2: Pruitt, J.   56 mg   BP 128/80 -> 138/86   [another patient's line on the shared sheet]
""",
    },
    TRUTH="""
# 05 - FEHB Standard Option: Spravato maintenance denied "authorization expired; no renewal request received"; the renewal was faxed before the end date and never decided; carrier reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gideon Farrow-Nakamura, 52 (DOB 08/11/1974), a federal employee in **Keystone Federal Employees Benefit Plan, FEHB
  Standard Option**, has severe recurrent depression (F33.2) in remission on Spravato: **MADRS 40 -> 9**.
- **Authorization PA-ESK-26-0401-118**: 04/01/2026 **through 09/30/2026**.
- **Renewal request faxed 09/22/2026** (fax report: 6 pages, result OK); the carrier's own portal shows it **received
  09/22/2026 (RN-26-0922-4471)**, **pended 09/24/2026** for notes, notes uploaded the same day, **no decision**.
- **Brochure Section 3 (the plan's own terms):** renewal must be asked **before** the approved period ends (it was,
  8 days before); the carrier **"will decide a renewal request within 15 days of receiving it"** (by 10/07/2026) and
  tell the member and provider in writing. It never did.
- EOB **11/25/2026** (KFE-26-1125-602871, **CO-197**) denied the **seven weekly sessions of 10/07-11/18/2026**
  (J0013 with an office visit): "No renewal request received" - contradicted by the fax report and the carrier's portal.
- **Rule and stage:** FEHB, 5 CFR 890.105: ask the carrier to reconsider **within 6 months: by 05/25/2027**; OPM review
  within 90 days of the carrier's reconsideration decision follows. No ERISA, no 45 CFR 147.136.
- **Author:** Ingrid Solheim-Barrett, MD, his treating psychiatrist, with his written consent of 11/28/2026; writes
  as "I" the physician, about "Mr. Farrow-Nakamura".

## Deliberately unknown
- Why the carrier never decided the renewal: not known; a letter may ask.
- Whether the carrier would have approved the renewal: it never decided; a letter must not say it was approved.
- What the carrier paid for sessions before 10/01/2026: not in the case.

## Traps
- **A date and the plan's own terms decide:** a renewal asked on 09/22/2026, before 09/30/2026, and never decided
  within the 15 days the brochure promises. Not "retroactive authorization"; not "care given without a request".
- **A decision's wrong statement:** "No renewal request received" against the fax report and the carrier's portal.
- **Never treat the renewal as granted:** ask the carrier to decide it now, on its merits, and pay.
- **Earlier-episode response:** sertraline gave remission in 2019; not a failure (it lost effect in 2024).
- **Intolerance:** venlafaxine XR stopped after 7 weeks for hypertension: not an adequate trial.
- **Drug still taken:** lithium augmentation continues (partial response): never "failed" or "stopped".
- **Sleep dose:** quetiapine 25 mg is not an augmentation trial.
- **Other person on a document:** "Pruitt, J." on the shared REMS monitoring sheet.
- **Wrong law:** no ERISA, no 29 CFR 2560.503-1, no 45 CFR 147.136, no state insurance department, no state external
  review, no MHPAEA duty stated as the carrier's (FEHB); the next level is OPM.
- **Voice:** the psychiatrist writes "I" as the treating physician; the patient is "Mr. Farrow-Nakamura".

## Arguments a strong letter makes (strongest first)
1. The renewal was asked on **09/22/2026**, before the approval ended on 09/30/2026, as brochure Section 3 requires;
   the carrier received it (its own portal, RN-26-0922-4471), pended it on 09/24/2026, and never decided it, although
   its brochure promises a decision within 15 days. Decide the renewal now and pay the seven sessions.
2. Correct the EOB's statement that no renewal request was received (fax report; portal).
3. The sessions were medically necessary in any case: remission (MADRS 9) on weekly Spravato with lithium, after
   failed and not-tolerated antidepressants; a lapse risks relapse.

## What a letter must NOT say
- "no renewal was requested"; "retroactive authorization"; "the renewal was approved"; "the authorization covered
  10/07-11/18/2026".
- "failed sertraline"; "failed venlafaxine" as an adequate trial; "stopped lithium"; quetiapine as augmentation;
  "suicidal ideation" as present.
- "Pruitt".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" by a state, "state insurance department".
- "I have depression" (the author is not the patient).
""",
    ANSWERS=[
        ("plan type", "plan_type: fehb", "case.yaml"),
        ("EOB date", "Date of notice: 11/25/2026", "denial/explanation-of-benefits-2026-11-25.txt"),
        ("reconsideration deadline", "by 05/25/2027", "truth"),
        ("authorization end", "04/01/2026 through 09/30/2026", "other/authorization-approval-2026-04-01.txt"),
        ("renewal fax date and result", "Sent: 09/22/2026 10:41", "other/renewal-request-fax-confirmation-2026-09-22.txt"),
        ("fax result", "Pages: 6   Result: OK", "other/renewal-request-fax-confirmation-2026-09-22.txt"),
        ("portal reference", "RN-26-0922-4471", "other/provider-portal-status-2026-11-30.txt"),
        ("portal status", "PENDED 09/24/2026 - clinical notes requested   Decision: none", "other/provider-portal-status-2026-11-30.txt"),
        ("brochure's decision time", "We will decide a renewal request within 15 days of receiving it", "other/fehb-brochure-2026-section-3-excerpt.txt"),
        ("decision's wrong statement", "No renewal", "denial/explanation-of-benefits-2026-11-25.txt"),
        ("response", "MADRS 40 on 03/25/2026, 9 on 11/18/2026", "clinical/psychiatrist-summary-2026-11-20.txt"),
        ("why venlafaxine stopped", "stopped after 7 weeks for sustained hypertension (164/102)", "clinical/psychiatrist-summary-2026-11-20.txt"),
        ("earlier-episode response", "sertraline 200 mg 2019-2020, remission in an earlier episode", "clinical/psychiatrist-summary-2026-11-20.txt"),
        ("augmentation continued", "lithium carbonate 600 mg since 05/2025 (level 0.7), partial response, continued", "clinical/psychiatrist-summary-2026-11-20.txt"),
        ("other person on the REMS sheet", "Pruitt, J.", "clinical/rems-monitoring-sheet-2026-10-14.txt"),
        ("next level", "ask the U.S. Office of Personnel Management to review it", "denial/explanation-of-benefits-2026-11-25.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 06 - Self-funded employer plan (ERISA), second level: Spravato held to a PBM step the plan never adopted
# ---------------------------------------------------------------------------------------------------------------
ALL.append(C(
    NUM="06",
    SLUG="06-self-funded-erisa-spravato-pbm-step-not-on-plan-drug-list-second-level-husband",
    CASE_YAML="""
# FICTIONAL CASE (set 53, case 06) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Georgia, 3,600 employees. Teresa Vukovich, 44, was denied Spravato (09/28/2026)
# under the pharmacy benefit manager's program RX-ESK-ST ("try an augmentation agent first"); the first-level appeal
# (11/16/2026) said she "has not tried an augmentation agent". The Summary Plan Description applies step therapy only
# to drugs marked "ST" on the Plan's Drug List; the 2026 Drug List marks Spravato "PA" only. She took quetiapine
# augmentation for 7 weeks in 2025 and stopped it for weight gain and a rising A1c. Her husband writes the
# second-level appeal as her authorized representative.
patient:
  name: Teresa Vukovich
  salutation: Mrs. Vukovich
  date_of_birth: 1982-02-14
  member_id: FICT-PCE-72204519
  address: |-
    5107 Warm Springs Road
    Columbus, GA 31909
  phone: (706) 555-0113
insurer:
  name: Peachtree Components Employee Health Plan (FICTIONAL), self-funded; claims administrator Dogwood Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Dogwood Benefit Administrators - Second Level Appeals (FICTIONAL)
    PO Box 7740
    Atlanta, GA 30357
  fax: (404) 555-0169
claim:
  number: DBA-RX-26-0924-55871
  plan_type: employer_erisa
  funding: self_funded
  employees: 3600
  stage: second level
  notice_date: 2026-09-28
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Step therapy RX-ESK-ST: esketamine is approved after a trial of an augmentation agent (aripiprazole, quetiapine or
    lithium) for at least 6 weeks. No augmentation trial is documented.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  reviewer: {name: "Marcus Delacroix-Hale, PharmD", specialty: clinical pharmacist}
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-15
    reason: >-
      Upheld. The member has not tried an augmentation agent. Step therapy RX-ESK-ST applies to esketamine under the
      pharmacy program.
    corrections:
      - said: The member has not tried an augmentation agent.
        record: >-
          Quetiapine 150 mg daily was added to sertraline as augmentation from 03/2025 for 7 weeks and stopped for a
          9 kg weight gain and an A1c rise from 5.6% to 6.6%.
        file: clinical/psychiatrist-letter-2026-11-30.txt
        page: 1
plan_policy:
  name: Peachtree Components Employee Health Plan Summary Plan Description (2026), Section 9.4 "Prescription drug programs"
  number: Section 9.4
  quote: >-
    Step therapy applies only to drugs marked "ST" on the Plan's Drug List. Drugs marked "PA" need prior authorization
    under the criteria printed with the drug on the Plan's Drug List.
  file: other/spd-2026-section-9-4-excerpt.txt
  listed:
    name: Peachtree Components Employee Health Plan 2026 Drug List
    entry: "SPRAVATO (esketamine) nasal spray - Specialty - PA (criteria: adult with treatment-resistant depression; REMS-certified setting)"
    file: other/plan-drug-list-2026-page-31.txt
    page: 1
    as: a drug that needs prior authorization only, not step therapy
payer_criteria:
  - criterion: "Adult with treatment-resistant depression."
    how_met: >-
      Age 44; major depressive disorder, recurrent, severe (F33.2); no response to sertraline 200 mg (10 weeks) or
      duloxetine 90 mg (8 weeks) in this episode, and quetiapine augmentation not tolerated.
    met: true
    evidence: {file: clinical/psychiatrist-letter-2026-11-30.txt, page: 1}
  - criterion: "REMS-certified setting."
    how_met: Chattahoochee Mood Clinic is certified in the Spravato REMS.
    met: true
    evidence: {file: clinical/psychiatrist-letter-2026-11-30.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray), induction twice weekly for 4 weeks, then weekly
  summary: >-
    Esketamine for treatment-resistant depression, given at a REMS-certified clinic, with her bupropion continued.
  alongside: bupropion XL 300 mg daily
  setting: Chattahoochee Mood Clinic, certified in the Spravato REMS
  monitoring: blood pressure before and after each dose; two hours of observation
  plan: >-
    56 mg at the first session, then 84 mg, twice weekly for 4 weeks; weekly for weeks 5-8; MADRS every 2 weeks; stop
    if MADRS has not fallen by 25% after 8 sessions.
clinical:
  severity: MADRS 35 on 11/24/2026
  severity_date: 2026-11-24
  suicidality: passive
  suicidality_date: 2026-11-24
  episode_onset: 2024-08
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2016-03
      end: 2017-09
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2016); not a failure
      evidence: {file: clinical/psychiatrist-letter-2026-11-30.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-09
      end: 2025-01
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 200 mg
      evidence: {file: clinical/psychiatrist-letter-2026-11-30.txt, page: 1}
    - drug: Quetiapine
      dose: 150 mg daily (augmentation of sertraline)
      start: 2025-03
      end: 2025-04
      weeks: 7
      kind: augmentation
      adequate: false
      outcome: Stopped after 7 weeks for a 9 kg weight gain and A1c 5.6% to 6.6%; an intolerance
      evidence: {file: clinical/psychiatrist-letter-2026-11-30.txt, page: 1}
    - drug: Duloxetine
      dose: 90 mg daily
      start: 2025-06
      end: 2025-08
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/psychiatrist-letter-2026-11-30.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/psychiatrist-letter-2026-11-30.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-09
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatrist-letter-2026-11-30.txt, page: 1}
impact:
  work: On unpaid leave from her job as a school bookkeeper since 10/2026.
author:
  name: Emil Vukovich
  role: husband and authorized representative
  relation: representative
  authorization: other/authorized-representative-designation-2026-10-05.txt
  address: |-
    5107 Warm Springs Road
    Columbus, GA 31909
  phone: (706) 555-0114
  email: emil.vukovich@homemail.example
provider:
  name: Renata Oduya-Castell
  credentials: MD, psychiatry
  npi: "1855036418"
  address: |-
    Chattahoochee Mood Clinic (FICTIONAL), 1220 Broadway, Suite 4
    Columbus, GA 31901
  phone: (706) 555-0137
employer:
  name: Peachtree Components Inc. (FICTIONAL), Benefits Office
  address: |-
    900 Manchester Expressway
    Columbus, GA 31904
copies: [employer, prescriber]
record_dates:
  - file: clinical/psychiatrist-letter-2026-11-30.txt
    date: 2026-11-30
bates_prefix: VUKOVICH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    DOCS={
        "denial/pbm-step-therapy-denial-2026-09-28.txt": """
DOGWOOD BENEFIT ADMINISTRATORS (FICTIONAL) for Peachtree Components Employee Health Plan - DENIAL    Date: 09/28/2026
Member: Teresa Vukovich   ID FICT-PCE-72204519   Request DBA-RX-26-0924-55871
Drug: esketamine nasal spray (Spravato)   Prescriber: Renata Oduya-Castell, MD
Denied. Step therapy RX-ESK-ST: esketamine is approved after a trial of an augmentation agent (aripiprazole,
quetiapine or lithium) for at least 6 weeks. No augmentation trial is documented.
Reviewer: Marcus Delacroix-Hale, PharmD (clinical pharmacist). You may appeal within 180 days.
""",
        "denial/first-level-appeal-decision-2026-11-16.txt": """
DOGWOOD BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST LEVEL APPEAL DECISION         Date: 11/16/2026
Member: Teresa Vukovich   Request DBA-RX-26-0924-55871
Upheld. The member has not tried an augmentation agent. Step therapy RX-ESK-ST applies to esketamine under the
pharmacy program.
Second level: you may ask for a second level review within 60 days of the date of this letter. After the second
level you may ask for external review.
""",
        "other/spd-2026-section-9-4-excerpt.txt": """
PEACHTREE COMPONENTS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)   Page 44 of 96
Section 9.4 Prescription drug programs
Step therapy applies only to drugs marked "ST" on the Plan's Drug List. Drugs marked "PA" need prior authorization
under the criteria printed with the drug on the Plan's Drug List.
The Plan is self-funded by Peachtree Components Inc.; Dogwood Benefit Administrators processes claims and appeals.
""",
        "other/plan-drug-list-2026-page-31.txt": """
PEACHTREE COMPONENTS EMPLOYEE HEALTH PLAN (FICTIONAL) - 2026 DRUG LIST            Page 31 of 58
Key: ST = step therapy; PA = prior authorization; QL = quantity limit
SPRAVATO (esketamine) nasal spray - Specialty - PA (criteria: adult with treatment-resistant depression;
REMS-certified setting)
AUVELITY (dextromethorphan-bupropion) tablet - Non-preferred brand - ST
""",
        "other/pbm-commercial-drug-list-2024-stale.txt": """
SUMMIT RX SOLUTIONS (FICTIONAL PBM) - STANDARD COMMERCIAL DRUG LIST 2024 (page 12)
SPRAVATO (esketamine) - Specialty - PA, ST (program RX-ESK-ST)
[The PBM's own 2024 list for its book of business; not the Peachtree plan's 2026 Drug List.]
""",
        "other/authorized-representative-designation-2026-10-05.txt": """
DESIGNATION OF AUTHORIZED REPRESENTATIVE (plan form, FICTIONAL)          Signed 10/05/2026
I, Teresa Vukovich, name my husband, Emil Vukovich, to act for me in all appeals of request DBA-RX-26-0924-55871.
""",
        "clinical/psychiatrist-letter-2026-11-30.txt": """
CHATTAHOOCHEE MOOD CLINIC (FICTIONAL)                                         Date: 11/30/2026   Page 1 of 1
Re: Teresa Vukovich, DOB 02/14/1982 - Spravato
Major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since 08/2024.
MADRS 35 on 11/24/2026; passive wish not to wake up, no plan or intent (11/24/2026).
Earlier episode: escitalopram 20 mg 2016-2017, remission.
This episode: sertraline 200 mg 09/2024-01/2025, 10 weeks, no response. Quetiapine 150 mg daily was added to
sertraline as augmentation from 03/2025 for 7 weeks and stopped for a 9 kg weight gain and an A1c rise from 5.6% to
6.6%. Duloxetine 90 mg 06/2025-08/2025, 8 weeks, no response. Bupropion XL 300 mg since 09/2025, partial response,
continued. Trazodone 50 mg at bedtime for sleep.
Our clinic is certified in the Spravato REMS. - Renata Oduya-Castell, MD, NPI 1855036418
""",
    },
    TRUTH="""
# 06 - Self-funded employer plan (GA): Spravato held to a PBM step program the plan's own documents do not apply; second-level appeal by her husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Teresa Vukovich, 44 (DOB 02/14/1982), in the **self-funded Peachtree Components Employee Health Plan** (ERISA;
  3,600 employees), has severe recurrent depression (F33.2), episode since 08/2024; MADRS **35** on 11/24/2026;
  **passive** death wish on 11/24/2026, no plan or intent.
- Spravato request DBA-RX-26-0924-55871 denied **09/28/2026** under the PBM program **RX-ESK-ST** (augmentation agent
  first); first level upheld **11/16/2026**: "The member has not tried an augmentation agent."
- **SPD Section 9.4:** step therapy applies **only to drugs marked "ST"** on the Plan's Drug List. The plan's **2026
  Drug List (page 31)** marks Spravato **"PA"** only (criteria: adult with TRD; REMS setting); both are met.
- **Quetiapine 150 mg augmentation** (with sertraline) 03/2025 for 7 weeks, stopped for **9 kg weight gain and A1c
  5.6% -> 6.6%**: she did try an augmentation agent; it was not tolerated.
- Trials this episode: sertraline 200 mg 10 weeks, no response; duloxetine 90 mg 8 weeks, no response; bupropion XL
  300 mg since 09/2025, partial response, **continued**.
- **Rule and stage:** ERISA claims rule, 29 CFR 2560.503-1; **second level within 60 days of the 11/16/2026 decision:
  by 01/15/2027** (the decision's own words); then external review under the federal process, 29 CFR
  2590.715-2719(d) (self-funded). Parity (MHPAEA) reaches the plan (3,600 employees).
- **Author:** Emil Vukovich, her husband, authorized representative (designation 10/05/2026); writes about
  "Mrs. Vukovich".

## Deliberately unknown
- Whether the plan adopted RX-ESK-ST by any document: none in the case; a letter may ask for the document that does.
- Whether Spravato is billed under the pharmacy or the medical benefit at this clinic: not known.
- Any parity comparative analysis: not in the case; a letter may request it as a claim document.

## Traps
- **Plan document, not clinical.** SPD 9.4 and the 2026 Drug List decide: no step applies to a drug marked PA only.
- **A decision's wrong statement:** "has not tried an augmentation agent" against the quetiapine trial.
- **Intolerance:** quetiapine stopped after 7 weeks for metabolic effects: an augmentation trial not tolerated, not a
  "failed adequate trial".
- **Drug still taken:** bupropion XL continues: never "failed" or "stopped".
- **Earlier-episode response:** escitalopram 2016 gave remission: not a failure.
- **Sleep dose:** trazodone 50 mg.
- **Stale document:** the PBM's 2024 commercial list (which marks Spravato ST) is not the plan's 2026 Drug List.
- **Suicidality is passive:** not "active suicidal ideation"; Spravato's suicidality indication is not this case.
- **Stage:** second level: answer the 11/16/2026 decision, say it is the second level.
- **Law:** ERISA plan: cite 29 CFR 2560.503-1 and 29 CFR 2590.715-2719 (not a state external review); contra
  proferentem must not be stated as law for a plan with discretion.
- **Voice:** the husband writes about "Mrs. Vukovich"; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. Under **SPD Section 9.4**, step therapy applies only to drugs marked "ST" on the Plan's Drug List; the **2026 Drug
   List** marks Spravato **PA** only. RX-ESK-ST is the PBM's program, not a term of this plan; decide the request
   under the Drug List's PA criteria, which she meets.
2. Correct the first-level decision: she did try an augmentation agent (quetiapine 150 mg, 7 weeks, stopped for
   weight gain and a rising A1c).
3. The Drug List criteria are met (adult, TRD after two failed antidepressants this episode, REMS clinic); harm from
   delay (MADRS 35, on leave from work); ask for the claim file, the documents that adopt RX-ESK-ST, and the
   reviewer's credentials; parity as a further point.

## What a letter must NOT say
- "has not tried an augmentation agent"; "failed quetiapine" as an adequate trial; "stopped bupropion"; "failed
  escitalopram"; trazodone as a trial.
- "active suicidal ideation"; "suicidal ideation with intent"; "approved use for suicidality".
- "RX-ESK-ST is a term of the plan"; the 2024 PBM list as the plan's list.
- "45 CFR 147.136(c)" state external review as the route; "state insurance department" as the regulator;
  "ambiguities must be construed against the plan" stated as law.
- "first-level appeal" as this letter's level; "I have depression" (the author is not the patient).
""",
    ANSWERS=[
        ("plan type and funding", "funding: self_funded", "case.yaml"),
        ("first-level decision date", "FIRST LEVEL APPEAL DECISION         Date: 11/16/2026", "denial/first-level-appeal-decision-2026-11-16.txt"),
        ("second-level deadline", "by 01/15/2027", "truth"),
        ("program the denial applied", "Step therapy RX-ESK-ST", "denial/pbm-step-therapy-denial-2026-09-28.txt"),
        ("SPD rule", "Step therapy applies only to drugs marked \"ST\" on the Plan's Drug List", "other/spd-2026-section-9-4-excerpt.txt"),
        ("Drug List entry", "SPRAVATO (esketamine) nasal spray - Specialty - PA", "other/plan-drug-list-2026-page-31.txt"),
        ("decision's wrong statement", "The member has not tried an augmentation agent.", "denial/first-level-appeal-decision-2026-11-16.txt"),
        ("augmentation tried", "Quetiapine 150 mg daily was added to sertraline as augmentation from 03/2025 for 7 weeks", "clinical/psychiatrist-letter-2026-11-30.txt"),
        ("why quetiapine stopped", "9 kg weight gain and an A1c rise from 5.6% to 6.6%", "clinical/psychiatrist-letter-2026-11-30.txt"),
        ("drug continued", "Bupropion XL 300 mg since 09/2025, partial response", "clinical/psychiatrist-letter-2026-11-30.txt"),
        ("severity", "MADRS 35 on 11/24/2026", "clinical/psychiatrist-letter-2026-11-30.txt"),
        ("suicidality", "passive wish not to wake up, no plan or intent", "clinical/psychiatrist-letter-2026-11-30.txt"),
        ("employees", "employees: 3600", "case.yaml"),
        ("stale list", "STANDARD COMMERCIAL DRUG LIST 2024", "other/pbm-commercial-drug-list-2024-stale.txt"),
        ("representative designation date", "Signed 10/05/2026", "other/authorized-representative-designation-2026-10-05.txt"),
        ("external review rule after the second level", "29 CFR\n  2590.715-2719(d)", "truth"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 07 - Church plan, insured, OH: CGRP antibody for chronic migraine; policy counts intolerance/contraindication and
#      lists venlafaxine as a preventive class; first internal appeal by a nonprofit patient advocate
# ---------------------------------------------------------------------------------------------------------------
ALL.append(C(
    NUM="07",
    SLUG="07-church-plan-insured-erenumab-chronic-migraine-policy-counts-intolerance-first-appeal-advocate",
    CASE_YAML="""
# FICTIONAL CASE (set 53, case 07) - every person, plan, provider, number and address is invented.
# Church plan (not ERISA), insured, Ohio, 1,050 employees. Naomi Fairweather, 44, has chronic migraine. The insurer
# denied erenumab (11/09/2026) under RX-CGRP-3 criterion 2: "topiramate 4 weeks; amitriptyline 10 mg below the
# preventive dose; no beta-blocker trial". The policy's own words accept a preventive "not tolerated or
# contraindicated" and list venlafaxine as one of its classes: topiramate was stopped for side effects, beta-blockers
# are contraindicated by her asthma, and venlafaxine 150 mg was taken for 10 weeks. A nonprofit advocate writes the
# first internal appeal for her.
patient:
  name: Naomi Fairweather
  salutation: Ms. Fairweather
  date_of_birth: 1982-10-03
  member_id: FICT-CFB-19930276
  address: |-
    66 Oak Knoll Drive
    Dayton, OH 45419
  phone: (937) 555-0115
insurer:
  name: Buckeye Mutual Health (FICTIONAL), insurer of the Covenant Fellowship Benefits Plan (a church plan)
  appeals_address: |-
    Buckeye Mutual Health - Member Appeals (FICTIONAL)
    PO Box 31550
    Columbus, OH 43231
  fax: (614) 555-0170
claim:
  number: BMH-RX-26-1104-70215
  plan_type: church
  funding: insured
  employees: 1050
  notice_date: 2026-11-09
  appeal_deadline: 2027-05-08
  deadline_basis: >-
    Denial of 11/09/2026: "You may appeal within 180 days of receiving this notice." Counted from the notice date.
  diagnosis_codes: [G43.709]
  denial_reason: >-
    RX-CGRP-3 criterion 2 not met: topiramate was taken for 4 weeks; amitriptyline 10 mg is below the preventive
    dose; no beta-blocker trial is documented.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  reviewer: {name: "Priscilla Yarborough, MD", specialty: internal medicine}
payer_criteria:
  - criterion: "1. Chronic migraine: 15 or more headache days a month for more than 3 months, at least 8 with migraine features."
    how_met: 18 headache days a month (12 with migraine features) on her headache diary since 07/2026.
    met: true
    evidence: {file: clinical/neurology-note-2026-10-28.txt, page: 1}
  - criterion: >-
      2. Trial of at least two preventive medications from different classes - (a) topiramate or valproate; (b)
      propranolol or metoprolol; (c) amitriptyline or venlafaxine - each for at least 8 weeks, unless not tolerated
      or contraindicated.
    how_met: >-
      Class (a): topiramate stopped after 4 weeks for paresthesias and word-finding trouble (not tolerated). Class
      (b): propranolol and metoprolol contraindicated by her asthma. Class (c): venlafaxine XR 150 mg for 10 weeks
      in 2025 without benefit. Amitriptyline 10 mg at bedtime is a sleep dose and is not counted.
    met: true
    evidence:
      - {file: clinical/neurology-note-2026-10-28.txt, page: 1}
      - {file: clinical/neurologist-letter-2026-11-17.txt, page: 1}
  - criterion: "3. Prescribed by or after consultation with a neurologist or headache specialist."
    how_met: Prescribed by her neurologist.
    met: true
    evidence: {file: clinical/neurology-note-2026-10-28.txt, page: 1}
plan_policy:
  name: Buckeye Mutual Health Pharmacy Policy RX-CGRP-3 (CGRP antibodies for migraine prevention), 2026
  number: RX-CGRP-3
  quote: >-
    2. Trial of at least two preventive medications from different classes - (a) topiramate or valproate; (b)
    propranolol or metoprolol; (c) amitriptyline or venlafaxine - each for at least 8 weeks, unless not tolerated or
    contraindicated.
  file: other/pharmacy-policy-rx-cgrp-3-2026.txt
treatment:
  name: Erenumab 140 mg monthly self-injection
  summary: >-
    A monthly preventive for chronic migraine after preventives of two classes failed or were not tolerated and a
    third class is contraindicated.
  plan: >-
    Erenumab 140 mg subcutaneously every month for 6 months; headache diary; continue only if monthly migraine days
    fall by at least half.
clinical:
  severity: 18 headache days a month (12 with migraine features); MIDAS 46 on 10/28/2026
  severity_date: 2026-10-28
  suicidality: none
  suicidality_date: 2026-10-28
  history:
    - drug: Topiramate
      dose: 50 mg twice daily
      start: 2026-05-04
      end: 2026-06-01
      weeks: 4
      kind: other
      adequate: false
      outcome: Stopped after 4 weeks for paresthesias and word-finding trouble; not tolerated
      evidence: {file: clinical/neurology-note-2026-10-28.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily (migraine prevention)
      start: 2025-01
      end: 2025-04
      weeks: 10
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No reduction in headache days after 10 weeks at 150 mg
      evidence: {file: clinical/neurologist-letter-2026-11-17.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2026-06
      ongoing: true
      kind: other
      outcome: Sleep dose from her primary care physician; not a preventive trial
      evidence: {file: clinical/neurology-note-2026-10-28.txt, page: 1}
    - drug: Sumatriptan
      dose: 100 mg as needed (acute)
      start: 2022-01
      ongoing: true
      kind: other
      outcome: Acute treatment, continued; limited to 8 days a month; not a preventive
      evidence: {file: clinical/neurology-note-2026-10-28.txt, page: 1}
impact:
  work: Missed 9 workdays in October 2026 as a hospital pharmacy technician.
author:
  name: Delphine Okoro-Vance
  role: Patient advocate, Midwest Headache Access Project (FICTIONAL nonprofit); authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-13.txt
  address: |-
    Midwest Headache Access Project (FICTIONAL), 120 West Second Street, Suite 900
    Dayton, OH 45402
  phone: (937) 555-0138
  email: dokoro-vance@headacheaccess.example
provider:
  name: Samuel Achterberg-Nwosu
  credentials: MD, neurology (headache medicine)
  npi: "1266947526"
  address: |-
    Miami Valley Neurology (FICTIONAL), 3535 Southern Boulevard
    Dayton, OH 45429
  phone: (937) 555-0139
copies: [prescriber]
record_dates:
  - file: clinical/neurology-note-2026-10-28.txt
    date: 2026-10-28
  - file: clinical/neurologist-letter-2026-11-17.txt
    date: 2026-11-17
bates_prefix: FAIRWEATHER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    DOCS={
        "denial/pharmacy-coverage-denial-2026-11-09.txt": """
BUCKEYE MUTUAL HEALTH (FICTIONAL) - PHARMACY COVERAGE DECISION            Date: 11/09/2026
Member: Naomi Fairweather   ID FICT-CFB-19930276   Covenant Fellowship Benefits Plan (church plan)
Request BMH-RX-26-1104-70215: erenumab 140 mg monthly   Prescriber: Samuel Achterberg-Nwosu, MD
Denied. RX-CGRP-3 criterion 2 not met: topiramate was taken for 4 weeks; amitriptyline 10 mg is below the preventive
dose; no beta-blocker trial is documented.
Reviewer: Priscilla Yarborough, MD (internal medicine). You may appeal within 180 days of receiving this notice.
""",
        "other/pharmacy-policy-rx-cgrp-3-2026.txt": """
BUCKEYE MUTUAL HEALTH (FICTIONAL) - PHARMACY POLICY RX-CGRP-3, 2026              Page 1 of 3
CGRP antibodies for migraine prevention. Approve when all are met:
1. Chronic migraine: 15 or more headache days a month for more than 3 months, at least 8 with migraine features.
2. Trial of at least two preventive medications from different classes - (a) topiramate or valproate; (b)
propranolol or metoprolol; (c) amitriptyline or venlafaxine - each for at least 8 weeks, unless not tolerated or
contraindicated.
3. Prescribed by or after consultation with a neurologist or headache specialist.
""",
        "clinical/neurology-note-2026-10-28.txt": """
MIAMI VALLEY NEUROLOGY (FICTIONAL) - CLINIC NOTE                  Date: 10/28/2026   Page 1 of 1
Patient: Naomi Fairweather   DOB 10/03/1982   Neurologist: Samuel Achterberg-Nwosu, MD
Chronic migraine without aura (G43.709). Diary since 07/2026: 18 headache days a month, 12 with migraine features.
MIDAS 46. Asthma on inhaled fluticasone-salmeterol and albuterol: propranolol and metoprolol are contraindicated.
Topiramate 25 then 50 mg twice daily 05/04-06/01/2026: paresthesias and word-finding trouble; stopped after 4 weeks.
Amitriptyline 10 mg at bedtime from her PCP for sleep since 06/2026 (not a preventive dose).
Sumatriptan 100 mg as needed, limited to 8 days a month. Mood stable; no suicidal ideation.
Plan: erenumab 140 mg monthly.
""",
        "clinical/neurologist-letter-2026-11-17.txt": """
MIAMI VALLEY NEUROLOGY (FICTIONAL)                                        Date: 11/17/2026   Page 1 of 1
Re: Naomi Fairweather - erenumab, RX-CGRP-3
The denial overlooks that Ms. Fairweather took venlafaxine XR 150 mg daily for migraine prevention from 01/2025 to
04/2025, 10 weeks, with no reduction in headache days (records of her former neurologist). Topiramate was not
tolerated. Beta-blockers are contraindicated by her asthma. Amitriptyline 10 mg is a sleep dose from her PCP and was
never a preventive trial. - Samuel Achterberg-Nwosu, MD, NPI 1266947526
Written after the decision of 11/09/2026.
""",
        "other/authorized-representative-form-2026-11-13.txt": """
AUTHORIZED REPRESENTATIVE FORM (insurer's form, FICTIONAL)                 Signed 11/13/2026
I, Naomi Fairweather, appoint Delphine Okoro-Vance of the Midwest Headache Access Project to appeal request
BMH-RX-26-1104-70215 for me.
""",
        "other/headache-diary-2024-stale.txt": """
HEADACHE DIARY (phone app export, 2024)
03/2024: 7 headache days. 04/2024: 6 headache days.
[From 2024, when her migraine was episodic; it does not show her current 18 days a month.]
""",
        "clinical/infusion-chair-schedule-misfiled.txt": """
MIAMI VALLEY NEUROLOGY (FICTIONAL) - NERVE BLOCK SCHEDULE 11/03/2026
09:00 Halvorsen, Bettina - occipital nerve block
[Another patient's appointment; misfiled in Ms. Fairweather's chart. Ms. Fairweather has had no nerve block.]
""",
    },
    TRUTH="""
# 07 - Church plan, insured (OH): erenumab for chronic migraine denied under RX-CGRP-3 criterion 2, whose own words count a preventive not tolerated or contraindicated; first internal appeal by a nonprofit advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Naomi Fairweather, 44 (DOB 10/03/1982), in the **Covenant Fellowship Benefits Plan**, a **church plan** (not ERISA)
  of 1,050 employees **insured by Buckeye Mutual Health**, has **chronic migraine without aura (G43.709)**: 18
  headache days a month, 12 with migraine features; MIDAS 46; 9 workdays missed in October.
- Erenumab 140 mg monthly (BMH-RX-26-1104-70215) denied **11/09/2026**: "topiramate was taken for 4 weeks;
  amitriptyline 10 mg is below the preventive dose; no beta-blocker trial is documented".
- **RX-CGRP-3 criterion 2** (the insurer's own policy): two preventives of different classes, (a) topiramate or
  valproate, (b) propranolol or metoprolol, (c) amitriptyline **or venlafaxine**, each 8 weeks, **"unless not
  tolerated or contraindicated"**.
- Class (a): **topiramate stopped after 4 weeks for paresthesias and word-finding trouble**: not tolerated. Class (b):
  **contraindicated by asthma**. Class (c): **venlafaxine XR 150 mg for 10 weeks (01-04/2025), no benefit**.
  Amitriptyline 10 mg is a sleep dose: the denial is right that it is no trial, and the case does not rely on it.
- The neurologist's letter of **11/17/2026** (after the decision) records the venlafaxine trial.
- **Rule and stage:** church plan: 26 CFR 54.9815-2719 (claims rule by reference to 29 CFR 2560.503-1; external
  review for denials that turn on medical judgment); an insured church plan's insurer also answers to Ohio insurance
  law. First internal appeal, **180 days: by 05/08/2027** (counted from the notice date). **No parity argument:**
  migraine is not a mental health condition.
- **Author:** Delphine Okoro-Vance, nonprofit patient advocate, authorized representative (form 11/13/2026); writes
  about "Ms. Fairweather".

## Deliberately unknown
- Her former neurologist's own records of venlafaxine: only the current neurologist's letter summarizes them.
- Whether valproate was ever considered: not in the case (she is 44; not stated why).
- The drug's cost: not in the case.

## Traps
- **The policy's own words decide:** "unless not tolerated or contraindicated", and venlafaxine is in class (c).
- **Sleep dose:** amitriptyline 10 mg is not a trial; a letter must not argue it is one.
- **Intolerance is not a failed adequate trial:** topiramate was 4 weeks, stopped for side effects.
- **Contraindication:** no beta-blocker was tried, and none should be (asthma).
- **Record after the decision:** the 11/17/2026 letter.
- **Acute treatment:** sumatriptan is not a preventive.
- **Other person's record:** Bettina Halvorsen's nerve block on a misfiled schedule; Ms. Fairweather had no block.
- **Stale document:** the 2024 diary (episodic migraine) is not her current frequency.
- **Wrong law:** no ERISA as the governing law, no EBSA/Labor Department, no MHPAEA (not a mental-health condition; and
  the F-chapter rule does not reach G43), no Medicaid or Medicare rules.
- **Voice:** the advocate writes about "Ms. Fairweather"; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. RX-CGRP-3 criterion 2 is met in its own words: class (a) topiramate **not tolerated**; class (b) beta-blockers
   **contraindicated** by asthma; class (c) **venlafaxine 150 mg for 10 weeks** without benefit. Two classes are
   satisfied (three answered); criteria 1 and 3 are met; approve erenumab.
2. The denial's "no beta-blocker trial" asks for a trial the policy excuses when contraindicated; its "topiramate 4
   weeks" leaves out why it stopped; the venlafaxine trial, recorded after the decision, was not before the reviewer.
3. Harm: 18 headache days a month, MIDAS 46, missed work; the plan's stop rule (half the migraine days at 6 months).

## What a letter must NOT say
- "amitriptyline 10 mg was a preventive trial"; "failed topiramate" as an adequate trial; "propranolol was tried".
- "nerve block"; "Halvorsen"; "7 headache days".
- "MHPAEA", "mental health parity", "ERISA" as the plan's law, "Department of Labor", "EBSA".
- "suicidal".
- "I have migraines" (the author is not the patient).
""",
    ANSWERS=[
        ("plan type and funding", "plan_type: church", "case.yaml"),
        ("denial date", "PHARMACY COVERAGE DECISION            Date: 11/09/2026", "denial/pharmacy-coverage-denial-2026-11-09.txt"),
        ("appeal deadline", "by 05/08/2027", "truth"),
        ("policy", "RX-CGRP-3", "other/pharmacy-policy-rx-cgrp-3-2026.txt"),
        ("criterion 2's exception", "unless not tolerated or contraindicated", "other/pharmacy-policy-rx-cgrp-3-2026.txt"),
        ("class (c)", "(c) amitriptyline or venlafaxine", "other/pharmacy-policy-rx-cgrp-3-2026.txt"),
        ("why topiramate stopped", "paresthesias and word-finding trouble; stopped after 4 weeks", "clinical/neurology-note-2026-10-28.txt"),
        ("beta-blocker contraindication", "propranolol and metoprolol are contraindicated", "clinical/neurology-note-2026-10-28.txt"),
        ("venlafaxine trial", "venlafaxine XR 150 mg daily for migraine prevention from 01/2025 to\n04/2025, 10 weeks", "clinical/neurologist-letter-2026-11-17.txt"),
        ("amitriptyline's purpose", "Amitriptyline 10 mg at bedtime from her PCP for sleep", "clinical/neurology-note-2026-10-28.txt"),
        ("headache days", "18 headache days a month, 12 with migraine features", "clinical/neurology-note-2026-10-28.txt"),
        ("diagnosis code", "G43.709", "clinical/neurology-note-2026-10-28.txt"),
        ("letter after the decision", "Written after the decision of 11/09/2026.", "clinical/neurologist-letter-2026-11-17.txt"),
        ("other person's record", "Halvorsen, Bettina", "clinical/infusion-chair-schedule-misfiled.txt"),
        ("employees", "employees: 1050", "case.yaml"),
        ("no parity", "No parity argument", "truth"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 08 - County employees' plan, self-funded, MO: IV ketamine denied under an exclusion the 2026-2027 Plan Document
#      removed from 07/01/2026; services 08/2026 under the plan's own approval; clinic appeals its own claim
# ---------------------------------------------------------------------------------------------------------------
ALL.append(C(
    NUM="08",
    SLUG="08-county-plan-self-funded-iv-ketamine-exclusion-removed-2026-plan-year-first-appeal-clinic",
    CASE_YAML="""
# FICTIONAL CASE (set 53, case 08) - every person, plan, provider, number and address is invented.
# County employees' plan, self-funded (governmental, not ERISA), Missouri, 1,400 employees. Augustin Pellerin, 38,
# had six IV ketamine infusions 08/04-08/20/2026 under prior authorization KA-26-0728-0907. The claim was denied
# (11/02/2026, CO-96) under Plan Document Section 10.3(y) of the 2025-2026 plan year, which excluded ketamine
# infusions. The 2026-2027 Plan Document, in force from 07/01/2026, removed that exclusion and covers ketamine for
# treatment-resistant depression with prior authorization (Section 7.12). The clinic appeals its own claim.
patient:
  name: Augustin Pellerin
  salutation: Mr. Pellerin
  date_of_birth: 1988-04-27
  member_id: FICT-CHC-40127755
  address: |-
    310 Sycamore Lane
    Cedar Hollow, MO 65804
  phone: (417) 555-0111
insurer:
  name: Cedar Hollow County Employee Health Plan (FICTIONAL), self-funded; administered by Ozark Plains Claims Services (FICTIONAL)
  appeals_address: |-
    Ozark Plains Claims Services - Appeals (FICTIONAL)
    PO Box 5018
    Springfield, MO 65801
  fax: (417) 555-0171
claim:
  number: OPC-26-0912-338104
  plan_type: governmental
  funding: self_funded
  employees: 1400
  notice_date: 2026-11-02
  appeal_deadline: 2027-05-01
  deadline_basis: >-
    Explanation of benefits of 11/02/2026: "You may appeal within 180 days of receiving this notice." Counted from the
    notice date.
  service_dates: [2026-08-04, 2026-08-06, 2026-08-11, 2026-08-13, 2026-08-18, 2026-08-20]
  sessions: 6
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-96]
  denial_reason: >-
    Non-covered charge. Plan Document Section 10.3(y): ketamine infusions for psychiatric conditions are excluded.
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
plan_policy:
  name: Cedar Hollow County Employee Health Plan, Plan Document 2025-2026, Section 10.3(y)
  number: Section 10.3(y)
  quote: "Excluded: (y) ketamine infusions for psychiatric conditions."
  file: other/plan-document-2025-2026-section-10-3-excerpt.txt
  exclusion:
    name: Plan Document 2025-2026, Section 10.3(y)
    superseded:
      by: the Plan Document 2026-2027, Sections 7.12 and 10.3
      from: 2026-07-01
      quote: >-
        7.12 Ketamine and esketamine treatment. The Plan covers intravenous ketamine and esketamine nasal spray for
        treatment-resistant depression when prior authorization is obtained. 10.3 ... (y) [Deleted effective
        07/01/2026.]
      file: other/plan-document-2026-2027-excerpt.txt
prior_auth:
  approved:
    number: prior authorization KA-26-0728-0907
    date: 2026-07-28
    covers: IV ketamine, 6 infusions, 07/28/2026 through 09/30/2026, under Plan Document 2026-2027 Section 7.12
    quote: >-
      Approved under Section 7.12: intravenous ketamine for treatment-resistant depression, 6 infusions, 07/28/2026
      through 09/30/2026.
    file: other/prior-authorization-approval-2026-07-28.txt
    from: 2026-07-28
    through: 2026-09-30
    lines:
      - {code: 96365, units: 6, given: 6}
treatment:
  name: Intravenous ketamine infusions, 6 (96365, 96366, J3490)
  summary: >-
    An induction course of six IV ketamine infusions for treatment-resistant depression, approved in advance by the
    plan under its 2026-2027 terms.
  alongside: lamotrigine 200 mg daily
clinical:
  severity: MADRS 33 on 08/03/2026; MADRS 15 on 08/21/2026
  severity_date: 2026-08-21
  suicidality: none
  suicidality_date: 2026-08-21
  response: MADRS 33 (08/03/2026) to 15 (08/21/2026)
  response_level: response
  history:
    - drug: Electroconvulsive therapy
      dose: 10 treatments
      start: 2022-02
      end: 2022-03
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Remission in an earlier episode (2022); not a failure
      evidence: {file: clinical/ketamine-course-summary-2026-08-21.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-01
      end: 2024-04
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/ketamine-course-summary-2026-08-21.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-05
      end: 2024-08
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/ketamine-course-summary-2026-08-21.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (augmentation)
      start: 2024-09
      end: 2024-10
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia; an intolerance
      evidence: {file: clinical/ketamine-course-summary-2026-08-21.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Mood stabilizer, continued; not an antidepressant trial
      evidence: {file: clinical/ketamine-course-summary-2026-08-21.txt, page: 1}
    - drug: Doxepin
      dose: 6 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/ketamine-course-summary-2026-08-21.txt, page: 1}
author:
  name: Yolanda Brightwater
  role: Practice administrator, Ozark Ketamine and Mood Center (the treating clinic)
  relation: provider
  address: |-
    Ozark Ketamine and Mood Center (FICTIONAL), 1850 East Sunshine Street, Suite 210
    Springfield, MO 65804
  phone: (417) 555-0140
  email: admin@ozarkmood.example
provider:
  name: Ozark Ketamine and Mood Center
  credentials: network provider
  npi: "1490278631"
  address: |-
    1850 East Sunshine Street, Suite 210
    Springfield, MO 65804
  phone: (417) 555-0140
record_dates:
  - file: clinical/ketamine-course-summary-2026-08-21.txt
    date: 2026-08-21
bates_prefix: PELLERIN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    DOCS={
        "denial/explanation-of-benefits-2026-11-02.txt": """
OZARK PLAINS CLAIMS SERVICES (FICTIONAL) for Cedar Hollow County Employee Health Plan - EXPLANATION OF BENEFITS
Date of notice: 11/02/2026   Member: Augustin Pellerin   ID FICT-CHC-40127755   Claim OPC-26-0912-338104
Provider: Ozark Ketamine and Mood Center   Services 08/04/2026-08/20/2026: 96365 x6, 96366 x6, J3490 x6
Billed $4,860.00   Allowed $0.00   Paid $0.00
CO-96. Non-covered charge. Plan Document Section 10.3(y): ketamine infusions for psychiatric conditions are excluded.
You may appeal within 180 days of receiving this notice.
""",
        "other/plan-document-2025-2026-section-10-3-excerpt.txt": """
CEDAR HOLLOW COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT, PLAN YEAR 07/01/2025-06/30/2026 (excerpt)
Section 10.3 Exclusions. Excluded: (y) ketamine infusions for psychiatric conditions.
""",
        "other/plan-document-2026-2027-excerpt.txt": """
CEDAR HOLLOW COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT, PLAN YEAR 07/01/2026-06/30/2027 (excerpt)
Page 37: 7.12 Ketamine and esketamine treatment. The Plan covers intravenous ketamine and esketamine nasal spray for
treatment-resistant depression when prior authorization is obtained.
Page 61: 10.3 Exclusions ... (y) [Deleted effective 07/01/2026.]
""",
        "other/prior-authorization-approval-2026-07-28.txt": """
OZARK PLAINS CLAIMS SERVICES (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL          Date: 07/28/2026
Member: Augustin Pellerin   Number: KA-26-0728-0907   Provider: Ozark Ketamine and Mood Center
Approved under Section 7.12: intravenous ketamine for treatment-resistant depression, 6 infusions, 07/28/2026
through 09/30/2026.
""",
        "clinical/ketamine-course-summary-2026-08-21.txt": """
OZARK KETAMINE AND MOOD CENTER (FICTIONAL) - COURSE SUMMARY           Date: 08/21/2026   Page 1 of 1
Patient: Augustin Pellerin   DOB 04/27/1988   Physician: Lionel Achebe-Strand, MD (anesthesiology and psychiatry)
Major depressive disorder, recurrent, severe without psychotic features (F33.2).
Six infusions, 0.5 mg/kg over 40 minutes: 08/04, 08/06, 08/11, 08/13, 08/18, 08/20/2026. MADRS 33 -> 15.
No suicidal ideation at any infusion.
History: ECT x10 in 02-03/2022, remission in that earlier episode. Sertraline 200 mg 01-04/2024, 12 weeks, no
response. Venlafaxine XR 225 mg 05-08/2024, 10 weeks, no response. Aripiprazole 5 mg augmentation 09-10/2024,
stopped after 3 weeks for akathisia. Lamotrigine 200 mg daily since 01/2025, continued. Doxepin 6 mg at bedtime for
sleep.
""",
        "clinical/infusion-vitals-log-2026-08-11.txt": """
OZARK KETAMINE AND MOOD CENTER (FICTIONAL) - INFUSION ROOM VITALS LOG        08/11/2026
Bay 1  Pellerin, A.    BP 124/78 -> 138/86 -> 126/80   SpO2 98%   discharged 11:10 with driver
Bay 2  Quintero, R.    BP 118/74 -> 130/82 -> 120/76   SpO2 97%   [another patient]
""",
    },
    TRUTH="""
# 08 - County employees' plan, self-funded (MO): IV ketamine denied under an exclusion the plan deleted from 07/01/2026, for infusions in 08/2026 that the plan itself pre-approved; first internal appeal by the clinic (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Augustin Pellerin, 38 (DOB 04/27/1988), in the **Cedar Hollow County Employee Health Plan**, a **self-funded plan of
  a county government** (not ERISA; 1,400 employees), has severe recurrent depression (F33.2): **MADRS 33 -> 15**
  after six IV ketamine infusions **08/04-08/20/2026** (96365, 96366, J3490, x6).
- Prior authorization **KA-26-0728-0907** (07/28/2026): approved **under Section 7.12**, 6 infusions, **07/28/2026
  through 09/30/2026**; 6 given.
- EOB **11/02/2026** (OPC-26-0912-338104, **CO-96**) denied the claim under **Plan Document Section 10.3(y)**, which
  is in the **2025-2026** Plan Document (plan year 07/01/2025-06/30/2026).
- The **2026-2027 Plan Document** (from **07/01/2026**): Section **7.12 covers IV ketamine for TRD with prior
  authorization**; Section 10.3(y) is **"Deleted effective 07/01/2026"**. Every date of service is after 07/01/2026.
- **Rule and stage:** a governmental plan: 45 CFR 147.136(b)(2)(i) applying the ERISA claims rule's standards by
  reference; first internal appeal, **180 days: by 05/01/2027** (counted from the notice date); then external review
  (45 CFR 147.136(c)-(d)). Parity: 45 CFR 146.136 (unless the plan opted out; not known).
- **Author:** Yolanda Brightwater, practice administrator of the clinic, which appeals its own claim as a party
  (`relation: provider`); writes for the clinic about "Mr. Pellerin"; no patient authorization is needed.

## Deliberately unknown
- Why the claims system applied the 2025-2026 exclusion: not known; a letter may ask.
- The allowed amount: not in the case; no payment figure may be stated.
- The NDC of the ketamine billed under J3490: not in the case (none invented); the claim was not denied for coding.
- Whether the county plan opted out of parity: not known.

## Traps
- **Plan document and date, not clinical.** The exclusion is not a term in force for care in 08/2026; the 2026-2027
  Plan Document governs; do not argue that the exclusion "does not reach ketamine" (its words name it).
- **Approval:** the plan approved the course under Section 7.12 and all 6 dates fall within it; ask that the claims
  system apply the terms in force, not that the approval be corrected.
- **Earlier-episode response:** ECT 2022 gave remission; not a failure.
- **Intolerance:** aripiprazole augmentation stopped after 3 weeks for akathisia: not an adequate trial.
- **Drugs still taken / not antidepressants:** lamotrigine (a mood stabilizer) continues and is no antidepressant
  trial; doxepin 6 mg is a sleep dose, not a tricyclic trial.
- **Other person on a document:** Quintero, R. on the vitals log.
- **Wrong law:** no ERISA as governing law, no 29 CFR 2560.503-1 cited alone, no EBSA/Labor Department, no "medical
  necessity" as the ground (none was applied), no peer-to-peer.
- **Voice:** the clinic writes as the provider for its own claim; never "on behalf of the patient" as his
  representative, never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. Section 10.3(y) belongs to the 2025-2026 Plan Document; the 2026-2027 Plan Document, in force from 07/01/2026,
   deleted it and covers IV ketamine for TRD with prior authorization (Section 7.12). Every date of service
   (08/04-08/20/2026) is after 07/01/2026: withdraw the exclusion ground and pay the claim under the terms in force.
2. The plan itself approved the six infusions under Section 7.12 (KA-26-0728-0907, 07/28/2026-09/30/2026); all six
   were given within it.
3. Ask that the claims system apply the 2026-2027 terms to this member's claims, so later claims are not denied the
   same way.

## What a letter must NOT say
- "the exclusion does not apply to ketamine" (its words name ketamine); "an exception to the exclusion".
- "medically necessary" as the ground; "peer-to-peer"; "retroactive authorization".
- "failed ECT"; "failed aripiprazole" as adequate; lamotrigine or doxepin as antidepressant trials; "suicidal
  ideation".
- "Quintero".
- "ERISA", "29 CFR 2560.503-1" as the governing law, "EBSA", "Department of Labor"; a payment amount.
""",
    ANSWERS=[
        ("plan type and funding", "plan_type: governmental", "case.yaml"),
        ("EOB date", "Date of notice: 11/02/2026", "denial/explanation-of-benefits-2026-11-02.txt"),
        ("appeal deadline", "by 05/01/2027", "truth"),
        ("exclusion applied", "Plan Document Section 10.3(y)", "denial/explanation-of-benefits-2026-11-02.txt"),
        ("plan year of the exclusion", "PLAN YEAR 07/01/2025-06/30/2026", "other/plan-document-2025-2026-section-10-3-excerpt.txt"),
        ("exclusion deleted", "(y) [Deleted effective 07/01/2026.]", "other/plan-document-2026-2027-excerpt.txt"),
        ("coverage in force", "The Plan covers intravenous ketamine and esketamine nasal spray for\ntreatment-resistant depression", "other/plan-document-2026-2027-excerpt.txt"),
        ("approval number", "KA-26-0728-0907", "other/prior-authorization-approval-2026-07-28.txt"),
        ("approval period", "6 infusions, 07/28/2026\nthrough 09/30/2026", "other/prior-authorization-approval-2026-07-28.txt"),
        ("dates of service", "08/04, 08/06, 08/11, 08/13, 08/18, 08/20/2026", "clinical/ketamine-course-summary-2026-08-21.txt"),
        ("response", "MADRS 33 -> 15", "clinical/ketamine-course-summary-2026-08-21.txt"),
        ("earlier-episode ECT", "ECT x10 in 02-03/2022, remission in that earlier episode", "clinical/ketamine-course-summary-2026-08-21.txt"),
        ("why aripiprazole stopped", "stopped after 3 weeks for akathisia", "clinical/ketamine-course-summary-2026-08-21.txt"),
        ("sleep dose", "Doxepin 6 mg at bedtime", "clinical/ketamine-course-summary-2026-08-21.txt"),
        ("other person on the vitals log", "Quintero, R.", "clinical/infusion-vitals-log-2026-08-11.txt"),
        ("author relation", "relation: provider", "case.yaml"),
    ],
))
