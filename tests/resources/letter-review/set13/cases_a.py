"""Set 13 cases 01-02 (FICTIONAL)."""
CASES = []

# ---------------------------------------------------------------- 01
CASES.append(dict(
slug="01-medicaid-mco-adolescent-tms-out-of-network-epsdt-mother",
yaml=r"""
# FICTIONAL CASE (set 13, case 01) - every person, plan, number and address is invented.
# Medicaid managed care (Ohio): TMS for a 16-year-old at an out-of-network clinic denied because in-network
# providers "are available"; the two in-network TMS sites treat adults only or first offer a date 14 weeks out.
# The mother writes the plan-level appeal (first level). EPSDT applies (under 21).
patient:
  name: Tobias Reinholt Okonkwo-Varga
  salutation: Tobias
  date_of_birth: 2010-03-14
  member_id: BLR-FICT-0045-771920
  address: |-
    88 Sumac Ridge Lane
    Harrowgate Falls, OH 43999
  phone: (614) 555-0117
insurer:
  name: Buckeye Lantern Health Plan (FICTIONAL Medicaid managed care plan)
  appeals_address: |-
    Member Appeals Unit
    PO Box 40112
    Harrowgate Falls, OH 43998
  fax: (614) 555-0119
claim:
  number: BLR-PA-2026-1107-5521
  plan_type: medicaid
  delivery: managed_care
  action: none
  notice_date: November 9, 2026
  denial_reason: >-
    Your provider asked us to approve transcranial magnetic stimulation (TMS) at Pinecrest Neuromodulation Center,
    which is not in our network. We denied this request because in-network providers are available for this
    service. You may get this service from an in-network provider.
  denial_category: out_of_network
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  service_dates: [2026-12-14]
  sessions: 36
  pending_services: 36
  appeal_deadline: January 8, 2027
  deadline_basis: >-
    Stated in the notice: "You have 60 calendar days from the date of this letter to ask for a plan appeal."
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    A course of 36 TMS sessions (30 daily then 6 taper) at a clinic that treats adolescents, for severe recurrent
    depression that has not responded to two antidepressants and a course of CBT.
  plan: >-
    36 sessions over about 9 weeks, left dorsolateral prefrontal cortex, 10 Hz, 120% of motor threshold; PHQ-A
    every week; stop if no improvement by session 20.
  setting: Pinecrest Neuromodulation Center, adolescent TMS program (out of network)
author:
  name: Adaeze Okonkwo-Varga
  role: Mother of the patient (Tobias is 16)
  relation: parent
  phone: (614) 555-0117
  email: adaeze.ov@mail.example
provider:
  name: Helga Marisol Brandvold
  credentials: MD, child and adolescent psychiatrist
  npi: "1740388214"
  phone: (614) 555-0126
  address: |-
    Pinecrest Neuromodulation Center, 400 Quarry Street, Suite 3
    Millbrook Station, OH 43997
network:
  - name: Lakeshore TMS Associates (in network)
    date: 2026-11-12
    outcome: Treats patients 18 and older only; will not see a 16-year-old.
    miles: 22
    evidence: {file: other/in-network-calls-log.txt, page: 1}
  - name: Riverside Behavioral Health TMS Clinic (in network)
    date: 2026-11-12
    outcome: Sees adolescents from 15; first opening for an intake is February 22, 2027.
    miles: 64
    first_opening: 2027-02-22
    evidence: {file: other/in-network-calls-log.txt, page: 1}
  - name: Buckeye Lantern member services
    date: 2026-11-13
    outcome: Representative confirmed these are the only two in-network TMS providers in the region; reference MS-884120.
    evidence: {file: other/in-network-calls-log.txt, page: 1}
plan_policy:
  name: Member Handbook, Section 6 - Getting care from providers outside our network
  quote: >-
    If we do not have a provider in our network who can give you a covered service you need within 45 miles of
    your home, or within 10 business days for routine behavioral health care, we will cover the service from an
    out-of-network provider at no cost to you until we have a network provider who can see you.
  file: other/member-handbook-section-6.txt
clinical:
  episode_onset: April 2026
  treating_since: August 2026
  severity: PHQ-A 21 and CDRS-R 68 on November 5, 2026
  severity_date: 2026-11-05
  suicidality: passive
  suicidality_date: 2026-11-05
  history:
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2023-02
      end: 2023-11
      outcome: Remission of his first episode at age 13; stopped after nine months well
      response: remission
      evidence: {file: clinical/adolescent-psychiatry-notes.txt, page: 1}
    - drug: Escitalopram
      dose: 10 to 20 mg daily
      start: 2026-04-20
      end: 2026-07-27
      outcome: No response after 14 weeks, 8 of them at 20 mg
      response: none
      adequate: true
      evidence: {file: clinical/adolescent-psychiatry-notes.txt, page: 1}
    - drug: Fluoxetine
      dose: 40 to 60 mg daily
      start: 2026-08-03
      end: 2026-10-26
      outcome: Partial response only after 12 weeks at 40-60 mg; akathisia at 60 mg
      response: partial
      adequate: true
      evidence: {file: clinical/adolescent-psychiatry-notes.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: weekly sessions
      sessions: 16
      adequate: true
      start: 2026-05
      end: 2026-09
      outcome: Sixteen weekly sessions; engaged but depression persisted
      response: partial
      evidence: {file: clinical/adolescent-psychiatry-notes.txt, page: 1}
    - drug: Hydroxyzine
      kind: other
      dose: 25 mg at bedtime
      start: 2026-06
      end: 2026-08
      outcome: For sleep onset only, not an antidepressant trial
      adequate: false
impact:
  daily_life: He has missed 19 school days since September 2026 and has stopped playing in the school orchestra.
bates_prefix: OKONKWOVARGA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-adverse-benefit-determination-2026-11-09.txt": """
BUCKEYE LANTERN HEALTH PLAN (FICTIONAL) - Ohio Medicaid managed care
NOTICE OF ADVERSE BENEFIT DETERMINATION          Date of this letter: November 9, 2026

To: Parent/guardian of TOBIAS R OKONKWO-VARGA     Member ID: BLR-FICT-0045-771920
Reference: BLR-PA-2026-1107-5521
Service requested: Transcranial magnetic stimulation (TMS), 90867/90868, 36 sessions
Requesting provider: Pinecrest Neuromodulation Center (out of network)

What we decided: DENIED.
Why: Your provider asked us to approve transcranial magnetic stimulation (TMS) at Pinecrest Neuromodulation
Center, which is not in our network. We denied this request because in-network providers are available for
this service. You may get this service from an in-network provider.
This decision was not about whether TMS is medically necessary for you.

Your rights: You have 60 calendar days from the date of this letter to ask for a plan appeal. If we uphold our
decision you can ask for a state hearing. If you or your doctor think waiting could seriously harm your health,
ask for a fast (expedited) appeal. Send appeals to Member Appeals Unit, PO Box 40112, Harrowgate Falls OH 43998,
fax (614) 555-0119, or call 1-800-555-0110.
""",
"clinical/adolescent-psychiatry-notes.txt": """
PINECREST NEUROMODULATION CENTER / MILLBROOK YOUTH PSYCHIATRY (FICTIONAL)
Patient: Okonkwo-Varga, Tobias R.   DOB 03/14/2010   Clinician: H. M. Brandvold, MD

History: First MDE age 13 (2023): fluoxetine 20 mg Feb-Nov 2023 -> full remission, tapered off.
Current episode onset April 2026.
04/20/2026 escitalopram 10 mg -> 20 mg 06/01/2026; 07/27/2026 no response after 14 wks, stopped.
CBT weekly May-Sept 2026 (16 sessions), engaged, depression persisted.
Hydroxyzine 25 mg qhs Jun-Aug 2026 for sleep onset only.
08/03/2026 fluoxetine 40 mg -> 60 mg 09/14; akathisia at 60 mg; 10/26/2026 partial response only (12 wks).
11/05/2026: PHQ-A 21, CDRS-R 68. Passive death wishes ("wouldn't mind not waking up"); denies intent or plan;
no prior attempts. No psychosis, no mania, no seizure history, no metal in head. Safety plan reviewed with mother.
School: 19 days missed since September; quit orchestra.
Plan: TMS 36 sessions (30 + 6 taper), adolescent protocol, start 12/14/2026 if approved.
""",
"other/in-network-calls-log.txt": """
CALLS TO IN-NETWORK TMS PROVIDERS - kept by Adaeze Okonkwo-Varga (mother)   (FICTIONAL)
11/12/2026 10:05  Lakeshore TMS Associates, (614) 555-0131, 22 miles: "We only treat adults, 18 and up."
11/12/2026 10:40  Riverside Behavioral Health TMS Clinic, (740) 555-0135, 64 miles: sees ages 15+,
                  "first intake opening is February 22, 2027."
11/13/2026 09:15  Buckeye Lantern member services, 1-800-555-0110, rep "Jordan": these are the only two
                  in-network TMS providers in our region. Reference MS-884120.
""",
"other/member-handbook-section-6.txt": """
BUCKEYE LANTERN HEALTH PLAN MEMBER HANDBOOK 2026 (FICTIONAL) - Section 6, Getting care from providers outside
our network
If we do not have a provider in our network who can give you a covered service you need within 45 miles of your
home, or within 10 business days for routine behavioral health care, we will cover the service from an
out-of-network provider at no cost to you until we have a network provider who can see you.
Members under 21: you can get all medically necessary services covered by Medicaid under the Healthchek (EPSDT)
benefit, even if the service is not listed in this handbook.
""",
},
checks=[
("denial/notice-of-adverse-benefit-determination-2026-11-09.txt", "in-network providers are available for this service"),
("denial/notice-of-adverse-benefit-determination-2026-11-09.txt", "This decision was not about whether TMS is medically necessary for you."),
("other/in-network-calls-log.txt", "We only treat adults, 18 and up."),
("other/in-network-calls-log.txt", "first intake opening is February 22, 2027."),
("other/member-handbook-section-6.txt", "within 45 miles of your home, or within 10 business days"),
("clinical/adolescent-psychiatry-notes.txt", "full remission, tapered off"),
("clinical/adolescent-psychiatry-notes.txt", "denies intent or plan"),
("clinical/adolescent-psychiatry-notes.txt", "Hydroxyzine 25 mg qhs Jun-Aug 2026 for sleep onset only"),
],
truth=r"""
# 01 - Medicaid managed care, TMS for a 16-year-old out of network, first-level plan appeal by his mother (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Tobias, 16 (DOB 2010-03-14), in a **Medicaid managed care** plan in Ohio (`delivery: managed_care`). A request
  for 36 TMS sessions at an out-of-network adolescent program was denied on 2026-11-09 only because "in-network
  providers are available". The notice itself says the decision "was not about whether TMS is medically necessary".
- The mother writes (parent of a minor: no authorization form needed). First level: the **plan appeal**, 60 days
  from the notice (42 CFR 438.402(c)(2)(ii)); the notice prints the same: 2027-01-08. State fair hearing only after
  the plan's resolution (120 days from it, 438.408(f)(2)).
- The network facts (call log, Exhibit): Lakeshore (22 mi) treats **adults only**; Riverside is **64 miles** away
  and first offers **2027-02-22** (about 14 weeks after the 11/12 call); member services (ref. MS-884120) says
  these are the only two. The plan's own handbook: out-of-network at no cost when no network provider can give the
  service **within 45 miles or within 10 business days**. Both standards are failed.
- Rules that fit: Medicaid managed care must cover out-of-network services adequately and timely when its network
  cannot (42 CFR 438.206(b)(4)); under 21, EPSDT covers necessary treatment (42 USC 1396d(r)(5)); the handbook
  repeats the Healthchek/EPSDT promise.
- Current episode since April 2026: escitalopram 14 wks (none), fluoxetine 40-60 mg 12 wks (partial):
  two adequate failed antidepressants in this episode; CBT 16 sessions (psychotherapy, partial).
- Suicidality **passive** (death wishes, no intent or plan) on 2026-11-05; no attempts. Missed 19 school days.

## Deliberately unknown
- Whether any in-network provider farther away exists outside "the region"; whether Pinecrest will accept Medicaid
  rates (not in the record); which TMS device Pinecrest uses. The plan's criteria for TMS in adolescents (none quoted; the denial is not about them).

## Traps
- **Not** a medical-necessity denial: no request for a clinical reviewer as if it were, no peer-to-peer framed as
  answering a medical judgment; the medical facts support EPSDT, but the question is network access.
- "There is no in-network TMS provider" is false: there are two; the honest point is none can treat him within
  45 miles / 10 business days (one refuses minors, the other is 64 miles and 14 weeks out).
- Fluoxetine 20 mg in 2023 = **remission** of an earlier episode (not a failed trial); hydroxyzine = sleep;
  CBT = psychotherapy, not an antidepressant. Fluoxetine appears twice: only the 2026 trial counts.
- "denies intent or plan": do not write active suicidal ideation or a suicide attempt.
- Action is `none` (a new request): no continuation of benefits (438.420) to ask for.
- No ERISA, no ACA 147.136, no commercial parity law (Medicaid managed care has 438.910 only), no state
  insurance-department external review. The record names no TMS device: one device was FDA-cleared in 2024 as an
  adjunct for ages 15-21, but the letter must not say Pinecrest's device is cleared for adolescents (unknown).

## Arguments a strong letter makes
1. The plan's own access standard (45 miles / 10 business days) is not met by either in-network provider, as the
   calls show with dates; so the handbook itself promises out-of-network coverage at no cost; 438.206(b)(4).
2. EPSDT: under 21, medically necessary care must be covered (42 USC 1396d(r)(5)); the handbook says so too.
3. Clinical need briefly: two adequate failed antidepressants and CBT in this episode, PHQ-A 21, passive death
   wishes, school lost; delay to February 2027 is harm.
4. Consider asking for an expedited appeal given severity (optional; the author did not mark it urgent).

## What a letter must NOT say
- "no in-network provider exists", "fluoxetine failed" (for 2023), "hydroxyzine trial", "suicide attempt",
  "active suicidal ideation", "not medically necessary" as the plan's reason, 29 CFR 2560.503-1, 45 CFR 147.136,
  MHPAEA/29 USC 1185a, "continue benefits during the appeal", "the clinic's device is FDA-cleared for adolescents".
""",
))

# ---------------------------------------------------------------- 02
CASES.append(dict(
slug="02-self-funded-spravato-maintenance-late-decision-external-review-advocate",
yaml=r"""
# FICTIONAL CASE (set 13, case 02) - every person, plan, number and address is invented.
# Self-funded ERISA plan: Spravato maintenance beyond month 6 denied "continued response not documented"; the plan
# decided the pre-service appeal 64 days after receipt (rule: 30). A nonprofit advocate asks for federal
# external review.
patient:
  name: Marguerite Solvang Adeyemi
  salutation: Ms. Adeyemi
  date_of_birth: 1979-08-02
  member_id: TQS-FICT-558-20931
  address: |-
    2217 Fernhollow Court
    Quillan Bay, WA 98999
  phone: (206) 555-0142
insurer:
  name: Tidequarry Software Employee Health Plan, administered by Northgate Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Northgate Benefit Administrators, Appeals
    PO Box 7719
    Quillan Bay, WA 98998
  fax: (206) 555-0149
claim:
  number: NBA-UM-2026-0611-7720
  plan_type: employer_erisa
  funding: self_funded
  notice_date: July 28, 2026
  denial_reason: >-
    Continued esketamine (Spravato) maintenance treatment beyond six months is not medically necessary. Clinical
    Policy RX-114, section 4(b), requires documentation of continued response; the records submitted do not
    document continued response.
  denial_category: medical_necessity
  service_dates: [2026-12-10]
  pending_services: weekly maintenance sessions, 26 weeks
  procedure_codes: [99214, J0013]
  diagnosis_codes: [F33.2]
  reviewer: {name: "Dr. Corwin Ellsbury", specialty: internal medicine}
  action: end
decisions:
  - date: 2026-10-23
    outcome: denied
    stage: first level
    opens: external review
    next_deadline: 2027-02-23
    reason: >-
      Upon appeal review, the denial is upheld. Documentation does not demonstrate continued response to esketamine
      maintenance as required by Clinical Policy RX-114, section 4(b).
template: external-review-request
external_review:
  agency: Federal external review process (independent review organization assigned under the plan's federal process)
  address: |-
    Northgate Benefit Administrators, External Review Intake (forwards to the assigned IRO)
    PO Box 7720
    Quillan Bay, WA 98998
  final_denial_date: October 23, 2026
plan_policy:
  name: Clinical Policy RX-114, Esketamine Nasal Spray
  number: RX-114
  quote: >-
    4(b) Continuation of maintenance beyond six months: documentation of continued response, defined as a MADRS or
    PHQ-9 score at least 50% below the pre-treatment baseline, or documented relapse when the dosing interval was
    extended.
  file: other/clinical-policy-rx-114-excerpt.txt
payer_criteria:
  - criterion: MADRS or PHQ-9 at least 50% below the pre-treatment baseline
    how_met: MADRS 38 before induction (January 2026), 14 on June 30, 2026 and 12 on November 19, 2026 (63-68% lower)
    met: true
    evidence: {file: clinical/spravato-treatment-record-2026.txt, page: 1}
  - criterion: or documented relapse when the dosing interval was extended
    how_met: Interval extended to every 3 weeks in April 2026; MADRS rose from 15 to 29 by May 5; weekly dosing restored
    met: true
    evidence: {file: clinical/spravato-treatment-record-2026.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray) maintenance
  summary: >-
    Weekly maintenance dosing of esketamine 84 mg at a REMS-certified clinic after a response to induction; an
    attempt to space doses to every three weeks brought a relapse.
  plan: 84 mg weekly for 26 more weeks, MADRS every 4 weeks, a supervised interval extension tried again in month 10
  setting: Soundside Interventional Psychiatry, a REMS-certified clinic (FICTIONAL)
  monitoring: blood pressure before and at 40 minutes and 2 hours; 2 hours of observation
  alongside: venlafaxine XR 225 mg daily
author:
  name: Ignatius Bellweather-Oduya
  role: Patient advocate, Cascade Patient Advocacy Network (nonprofit), writing with the member's signed authorization
  relation: representative
  authorization: other/authorized-representative-form.txt
  email: advocacy@cascadepan.example
  phone: (206) 555-0164
clinical:
  episode_onset: June 2025
  severity: MADRS 38 before induction (January 12, 2026); MADRS 12 on November 19, 2026
  severity_date: 2026-11-19
  suicidality: none
  response: MADRS 38 before induction, 14 at month six, 29 after the interval was stretched to three weeks, 12 on November 19, 2026
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2019-03
      end: 2020-06
      outcome: Remission in a 2019 episode
      response: remission
      evidence: {file: clinical/spravato-treatment-record-2026.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-07-01
      end: 2025-09-22
      outcome: No response after 12 weeks
      response: none
      adequate: true
      evidence: {file: clinical/spravato-treatment-record-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-09-29
      ongoing: true
      outcome: Partial response only after 10 weeks; continued with esketamine
      response: partial
      adequate: true
      evidence: {file: clinical/spravato-treatment-record-2026.txt, page: 1}
    - drug: Quetiapine
      kind: other
      dose: 25 mg at bedtime
      start: 2025-10
      end: 2025-12
      outcome: Low dose for sleep only, not an augmentation trial
      adequate: false
    - drug: Aripiprazole
      kind: augmentation
      dose: 5 mg daily
      start: 2025-10-06
      end: 2025-12-15
      outcome: Stopped for akathisia after 10 weeks without benefit
      response: none
      adequate: true
      evidence: {file: clinical/spravato-treatment-record-2026.txt, page: 1}
bates_prefix: ADEYEMI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - id: daly-2019
""",
docs={
"denial/initial-denial-2026-07-28.txt": """
NORTHGATE BENEFIT ADMINISTRATORS (FICTIONAL) - claims administrator for the Tidequarry Software Employee Health
Plan (a self-funded plan; Tidequarry Software is the plan sponsor and pays the benefits)
UTILIZATION MANAGEMENT DETERMINATION                         July 28, 2026
Member: Marguerite S. Adeyemi   ID TQS-FICT-558-20931   Reference NBA-UM-2026-0611-7720
Request: esketamine nasal spray (Spravato) maintenance, J0013 x 84 units + 99214, weekly, July 2026 - January 2027
Determination: NOT APPROVED beyond 07/31/2026.
Reason: Continued esketamine (Spravato) maintenance treatment beyond six months is not medically necessary.
Clinical Policy RX-114, section 4(b), requires documentation of continued response; the records submitted do not
document continued response.
Reviewer: Dr. Corwin Ellsbury, internal medicine.
You may appeal within 180 days. Pre-service appeals are decided within 30 days of receipt.
""",
"denial/appeal-decision-2026-10-23.txt": """
NORTHGATE BENEFIT ADMINISTRATORS (FICTIONAL)                 October 23, 2026
FINAL INTERNAL APPEAL DECISION - Reference NBA-UM-2026-0611-7720
Appeal received: August 20, 2026.
Upon appeal review, the denial is upheld. Documentation does not demonstrate continued response to esketamine
maintenance as required by Clinical Policy RX-114, section 4(b).
This is the plan's final internal decision. You may request external review within four months of receiving this
letter by writing to the address below; the plan uses the federal external review process.
External review requests: Northgate Benefit Administrators, External Review Intake, PO Box 7720, Quillan Bay WA
98998. Northgate forwards each request to an independent review organization assigned under that process.
""",
"clinical/spravato-treatment-record-2026.txt": """
SOUNDSIDE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - REMS-certified
Patient: Adeyemi, Marguerite S.   DOB 08/02/1979
Past: 2019 MDE, sertraline 150 mg -> remission, off 06/2020.
Current episode since 06/2025: bupropion XL 300 mg 07/01-09/22/2025 no response (12 wks); venlafaxine XR 225 mg
from 09/29/2025, partial response, continued; aripiprazole 5 mg 10/06-12/15/2025 no benefit, akathisia;
quetiapine 25 mg qhs Oct-Dec 2025 for sleep only.
01/12/2026 MADRS 38 (baseline). Induction 01/13-02/06/2026 (8 sessions, 56 -> 84 mg).
Weekly maintenance from 02/2026. 03/31/2026 MADRS 15.
04/2026 interval extended to q3 weeks; 05/05/2026 MADRS 29, sleep and appetite worse -> weekly restored.
06/30/2026 MADRS 14. 11/19/2026 MADRS 12. No SI at any visit (C-SSRS negative). BP stable.
NOTE: these MADRS scores were sent to Northgate on 07/09/2026 (fax confirmation on file) and again with the appeal.
""",
"other/clinical-policy-rx-114-excerpt.txt": """
NORTHGATE BENEFIT ADMINISTRATORS CLINICAL POLICY RX-114 (FICTIONAL) - Esketamine Nasal Spray - excerpt
4(b) Continuation of maintenance beyond six months: documentation of continued response, defined as a MADRS or
PHQ-9 score at least 50% below the pre-treatment baseline, or documented relapse when the dosing interval was
extended.
""",
"other/authorized-representative-form.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)
I, Marguerite S. Adeyemi (ID TQS-FICT-558-20931), name Ignatius Bellweather-Oduya of Cascade Patient Advocacy
Network as my authorized representative for all appeals and external review of reference NBA-UM-2026-0611-7720.
Signed 11/16/2026.
""",
},
checks=[
("denial/initial-denial-2026-07-28.txt", "the records submitted do not document continued response"),
("denial/initial-denial-2026-07-28.txt", "Pre-service appeals are decided within 30 days of receipt."),
("denial/appeal-decision-2026-10-23.txt", "Appeal received: August 20, 2026."),
("denial/appeal-decision-2026-10-23.txt", "the plan uses the federal external review process"),
("clinical/spravato-treatment-record-2026.txt", "01/12/2026 MADRS 38 (baseline)"),
("clinical/spravato-treatment-record-2026.txt", "05/05/2026 MADRS 29"),
("clinical/spravato-treatment-record-2026.txt", "No SI at any visit"),
("clinical/spravato-treatment-record-2026.txt", "quetiapine 25 mg qhs Oct-Dec 2025 for sleep only"),
("other/clinical-policy-rx-114-excerpt.txt", "or documented relapse when the dosing interval was"),
],
truth=r"""
# 02 - Self-funded employer plan, Spravato maintenance "continued response not documented", decided late; external review requested by an advocate (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Self-funded ERISA plan (Tidequarry Software; Northgate is only the administrator). Maintenance Spravato beyond
  July 31, 2026 denied 2026-07-28 under Clinical Policy RX-114 4(b) ("continued response" not documented);
  reviewer internal medicine. Appeal received 2026-08-20 (pre-service); the plan decided it on **2026-10-23**:
  64 days after receipt against the 30-day pre-service clock (29 CFR 2560.503-1(i)(2)(ii); the notice itself says 30).
- The request now is **federal external review** for a self-funded plan: 29 CFR 2590.715-2719 (the DOL rule),
  within 4 months of the final internal denial (2026-10-23 -> 2027-02-23). Author: advocate, with signed form.
- RX-114 4(b) is met **twice**, by either arm: MADRS 38 -> 14 (June 30) -> 12 (Nov 19) is 63-68% below baseline;
  and a documented relapse (MADRS 15 -> 29) when the interval was stretched to 3 weeks in April-May 2026.
- The MADRS scores were faxed to Northgate on 2026-07-09, before the first denial (the clinic note says so).
- Current episode since June 2025: bupropion (none), venlafaxine (partial, continued alongside), aripiprazole
  augmentation (none). Suicidality **none** throughout.

## Deliberately unknown
- Whether the plan's reviewer actually saw the 07/09 fax (the record says sent; no proof of receipt is enclosed).
- The next maintenance date is scheduled (2026-12-10); whether the clinic has continued dosing at the patient's
  cost since August is not stated.

## Traps
- The late decision does **not** make the treatment "deemed approved"; at most it is a procedural violation
  (deemed exhaustion already moot: the plan has decided). Don't claim automatic approval.
- Cite 29 CFR 2590.715-2719 for external review (self-funded), not a state insurance department or state IRO law.
  45 CFR 147.136 alone is the wrong source here.
- Sertraline 2019 = earlier-episode **remission**, not a failure. Quetiapine 25 mg = sleep, not augmentation.
- "No SI at any visit": no suicidality paragraph, no "approved for suicidal ideation".
- Spravato TRD may be monotherapy since January 2025: don't say the label *requires* venlafaxine (it is given
  anyway). "Psychiatrist prescriber" is a payer criterion.
- Contra proferentem must not be stated as law (an ERISA plan; discretion unknown).
- Quote the **final decision of 2026-10-23**, not only the July notice.

## Arguments a strong letter makes
1. RX-114 4(b), the plan's own criterion, is met on both arms, with dated MADRS scores (Exhibit) - and the scores
   were in the plan's hands before it denied.
2. External review is timely (4 months from 2026-10-23) under 29 CFR 2590.715-2719; the reviewer should be a
   psychiatrist (the plan's reviewer was an internist).
3. The plan took 64 days to decide a pre-service appeal (30-day rule): note it as a procedural failure.
4. Relapse on spacing shows stopping maintenance is harmful (Daly 2019 relapse-prevention trial).

## What a letter must NOT say
- "deemed approved", "automatically approved", "state external review"/"Insurance Commissioner" as the reviewer,
  "sertraline failed", "quetiapine augmentation", "suicidal ideation", "ambiguous terms are construed against the
  plan" as law, "the plan named no criteria" (it named RX-114 4(b)).
""",
))
