"""FICTIONAL case 02: TRICARE Select after the sponsor's retirement; IOP denied as no coverage; DHA formal review."""
SLUG = "02-tricare-select-retiree-spouse-iop-coverage-start-qle-dha-formal-review-husband"

CASE_YAML = r'''
# FICTIONAL CASE (letters set 50, case 02) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Select. Lynette Okonkwo-Baird, 51, was an active-duty family member until her husband retired on
# 07/31/2026. They enrolled in TRICARE Select on 09/14/2026, within 90 days of the retirement; the contractor's own
# enrollment confirmation makes the coverage effective 08/01/2026. Her intensive outpatient program (15 program
# days, 08/10-09/11/2026) was denied as "no coverage on file" (CO-27); the contractor's reconsideration of 11/06/2026
# said coverage starts the month after enrollment. Her husband, the retired sponsor, asks the DHA for formal review.
patient:
  name: Lynette Okonkwo-Baird
  salutation: Mrs. Okonkwo-Baird
  date_of_birth: 1975-07-22
  member_id: FICT-DBN-20417756
  address: |-
    77 Sandhill Crane Drive
    Lawton, OK 73505
  phone: (580) 555-0141
insurer:
  name: Plainsview Federal Health Partners, TRICARE regional contractor (FICTIONAL)
  appeals_address: |-
    Plainsview Federal Health Partners - Reconsiderations (FICTIONAL)
    PO Box 90211
    Oklahoma City, OK 73190
  fax: (405) 555-0183
claim:
  number: PFH-26-0925-604412
  plan_type: tricare
  notice_date: 2026-10-02
  appeal_deadline: 2027-01-05
  deadline_basis: >-
    Reconsideration decision of 11/06/2026: "You may request a formal review by the Defense Health Agency within
    60 days of the date of this decision if $50 or more is in dispute."
  service_dates: [2026-08-10, 2026-09-11]
  sessions: 15
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F33.1, F41.1]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred after coverage terminated. DEERS shows no TRICARE coverage for this beneficiary on the dates
    of service. (CARC 27)
  denial_category: other
  denial_reasons: [coverage_ended]
  coding_correct: true
eligibility:
  why: >-
    Her husband retired on 07/31/2026 and the family enrolled in TRICARE Select on 09/14/2026, within 90 days of
    that qualifying life event; the contractor's enrollment confirmation makes TRICARE Select coverage effective
    08/01/2026, before the first program day.
  start: 2026-08-01
  coverage: TRICARE Select (retiree family member)
  record:
    name: TRICARE Select enrollment confirmation
    date: 2026-09-18
    file: other/tricare-select-enrollment-confirmation-2026-09-18.txt
    page: 1
  proof:
    - other/tricare-select-enrollment-confirmation-2026-09-18.txt
    - other/retirement-order-excerpt-2026-04-20.txt
treatment:
  name: Intensive outpatient program (IOP) for major depression, 15 program days of 3 hours (S9480)
  summary: >-
    An adult intensive outpatient program three days a week for recurrent major depression with anxiety, after
    outpatient care alone did not control it; its medical necessity is not in question, only the coverage dates.
clinical:
  severity: PHQ-9 19 and GAD-7 15 on 08/10/2026; PHQ-9 9 and GAD-7 8 on 09/11/2026
  severity_date: 2026-09-11
  suicidality: passive
  suicidality_date: 2026-08-10
  response: PHQ-9 19 (08/10/2026) to 9 (09/11/2026)
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/iop-discharge-summary-2026-09-11.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2026-05
      end: 2026-05
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for agitation and insomnia (intolerance)
      evidence: {file: clinical/iop-discharge-summary-2026-09-11.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-05
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/iop-discharge-summary-2026-09-11.txt, page: 1}
author:
  name: Gerald Okonkwo-Baird
  role: Husband of the beneficiary and the retired sponsor (Army, retired 07/31/2026), her authorized representative
  relation: representative
  address: |-
    77 Sandhill Crane Drive
    Lawton, OK 73505
  phone: (580) 555-0142
  authorization: other/appointment-of-representative-2026-11-20.txt
provider:
  name: Wichita Mountains Behavioral Health
  credentials: TRICARE-authorized institutional provider, adult intensive outpatient program
  npi: "1538125158"
  address: |-
    1500 NW Cache Road
    Lawton, OK 73507
  phone: (580) 555-0158
decisions:
  - date: 2026-11-06
    outcome: denied
    stage: contractor reconsideration
    opens: formal review by the Defense Health Agency
    next_deadline: 2027-01-05
    reason: >-
      The denial is upheld. Your TRICARE Select enrollment was received on 09/14/2026. Coverage begins on the first
      day of the month after we receive the enrollment, 10/01/2026. There was no TRICARE coverage for 08/10/2026
      through 09/11/2026.
    corrections:
      - said: Coverage begins on the first day of the month after we receive the enrollment, 10/01/2026.
        record: >-
          The contractor's own enrollment confirmation of 09/18/2026 states "Coverage effective date: 08/01/2026"
          and "Enrollment reason: sponsor retirement (qualifying life event 07/31/2026); enrollment received within
          90 days"; the retirement order shows the sponsor retired on 07/31/2026.
        file: [other/tricare-select-enrollment-confirmation-2026-09-18.txt, other/retirement-order-excerpt-2026-04-20.txt]
        page: 1
external_review:
  agency: Defense Health Agency, Appeals, Hearings and Claims Collection Division (as named in the decision)
  address: |-
    Defense Health Agency - Formal Review (address as printed on the decision; FICTIONAL)
    PO Box 3366
    Aurora, CO 80045
  final_denial_date: 2026-11-06
template: external-review-request
record_dates:
  - file: clinical/iop-discharge-summary-2026-09-11.txt
    date: 2026-09-11
bates_prefix: OKONKWOBAIRD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/tricare-eob-2026-10-02.txt": '''
PLAINSVIEW FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE EXPLANATION OF BENEFITS    Date of notice: 10/02/2026
Beneficiary: Lynette Okonkwo-Baird   DOB 07/22/1975   DBN FICT-DBN-20417756
Provider: Wichita Mountains Behavioral Health, NPI 1538125158
Claim PFH-26-0925-604412   Received 09/25/2026

Services 08/10/2026-09/11/2026   S9480 x15 (rev 0905)   Billed $5,400.00   Allowed $0.00   Paid $0.00
CARC 27. Expenses incurred after coverage terminated. DEERS shows no TRICARE coverage for this beneficiary on the
dates of service.

You may request a reconsideration within 90 days from the date of this notice.
''',
"denial/reconsideration-decision-2026-11-06.txt": '''
PLAINSVIEW FEDERAL HEALTH PARTNERS (FICTIONAL) - RECONSIDERATION DECISION           Date: 11/06/2026
Beneficiary: Lynette Okonkwo-Baird   Claim PFH-26-0925-604412   Request received 10/14/2026

The denial is upheld. Your TRICARE Select enrollment was received on 09/14/2026. Coverage begins on the first day
of the month after we receive the enrollment, 10/01/2026. There was no TRICARE coverage for 08/10/2026 through
09/11/2026.

This is a factual determination, not a medical necessity determination. You may request a formal review by the
Defense Health Agency within 60 days of the date of this decision if $50 or more is in dispute. Send it to:
Defense Health Agency - Formal Review, PO Box 3366, Aurora, CO 80045 (address as printed; FICTIONAL).
''',
"clinical/iop-discharge-summary-2026-09-11.txt": '''
WICHITA MOUNTAINS BEHAVIORAL HEALTH (FICTIONAL) - ADULT IOP DISCHARGE SUMMARY        Date: 09/11/2026
Patient: Lynette Okonkwo-Baird   DOB 07/22/1975   Page 1 of 1
Diagnoses: major depressive disorder, recurrent, moderate (F33.1); generalized anxiety disorder (F41.1).
Program: 15 days, Monday/Wednesday/Friday, 3 hours a day, 08/10/2026-09/11/2026; group and individual therapy,
weekly psychiatric review.
Measures: PHQ-9 19 and GAD-7 15 at admission; PHQ-9 9 and GAD-7 8 at discharge. Passive death wish at admission
(08/10/2026), no plan or intent; none from the second week.
Medication: escitalopram 20 mg daily since 11/2025, partial response, continued. Bupropion XL 150 mg added 05/2026,
stopped after 3 weeks for agitation and insomnia. Hydroxyzine 25 mg at bedtime as needed for sleep.
Earlier care: an IOP in 2016 (Killeen, TX) for a first depressive episode after a deployment move, with full
remission (another episode).
Discharge: weekly outpatient therapy and psychiatry.
''',
"other/tricare-select-enrollment-confirmation-2026-09-18.txt": '''
PLAINSVIEW FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE SELECT ENROLLMENT CONFIRMATION     Date: 09/18/2026
Sponsor: Gerald Okonkwo-Baird (Army, retired)   Page 1 of 1
Enrollment received: 09/14/2026
Enrollment reason: sponsor retirement (qualifying life event 07/31/2026); enrollment received within 90 days
Plan: TRICARE Select, retiree family
Coverage effective date: 08/01/2026
Enrolled: Lynette Okonkwo-Baird (spouse), DOB 07/22/1975; Marcus Okonkwo-Baird (son), DOB 02/03/2007
''',
"other/retirement-order-excerpt-2026-04-20.txt": '''
DEPARTMENT OF THE ARMY - RETIREMENT ORDER (FICTIONAL EXCERPT)                      Date: 04/20/2026
Gerald Okonkwo-Baird, Master Sergeant. You are released from active duty on 07/31/2026 and placed on the retired
list effective 08/01/2026.
''',
"other/deers-status-printout-2026-09-02-stale.txt": '''
DEERS ELIGIBILITY STATUS (printout obtained by the program's intake office, FICTIONAL)     Printed: 09/02/2026
Beneficiary: Lynette Okonkwo-Baird   Status: TRICARE Prime (active duty family member) ENDED 07/31/2026
Current TRICARE plan: NONE
[Printed before the Select enrollment of 09/14/2026 was processed; it does not show the confirmation of 09/18/2026.]
''',
"other/appointment-of-representative-2026-11-20.txt": '''
APPOINTMENT OF REPRESENTATIVE (FICTIONAL)                                          Signed 11/20/2026
I, Lynette Okonkwo-Baird (DOB 07/22/1975, DBN FICT-DBN-20417756), appoint my husband Gerald Okonkwo-Baird to act
for me in my TRICARE appeal of claim PFH-26-0925-604412, including the formal review by the Defense Health Agency.
Signed: Lynette Okonkwo-Baird
''',
}

TRUTH = r'''
# 02 - TRICARE Select after the sponsor's retirement: an IOP denied as "no coverage"; formal review by the DHA, asked by the husband (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lynette Okonkwo-Baird, 51 (DOB 07/22/1975), was in TRICARE Prime as an active-duty family member until her
  husband Gerald **retired on 07/31/2026** (retired list 08/01/2026). The family **enrolled in TRICARE Select on
  09/14/2026**, within 90 days of the retirement.
- The contractor's **enrollment confirmation of 09/18/2026**: "Coverage effective date: **08/01/2026**", reason
  "sponsor retirement (qualifying life event 07/31/2026); enrollment received within 90 days".
- She attended an adult **intensive outpatient program**, **15 program days, 08/10/2026-09/11/2026** (S9480, revenue
  code 0905; F33.1, F41.1), at Wichita Mountains Behavioral Health; billed $5,400.00. PHQ-9 **19 -> 9**.
- EOB **10/02/2026** (claim PFH-26-0925-604412, **CO-27**): no TRICARE coverage on the dates of service.
  Reconsideration **11/06/2026**: "Coverage begins on the first day of the month after we receive the enrollment,
  10/01/2026" - contradicted by the contractor's own confirmation. It calls itself a **factual** determination.
- **Rule and stage:** TRICARE, 32 CFR 199.10: a factual (non-medical-necessity) reconsideration upheld goes to a
  **formal review by the Defense Health Agency**, asked within **60 days** of the reconsideration decision (**by
  01/05/2027**), with $50 or more in dispute ($5,400.00 is). Not the Quality Monitoring Contractor.
- **Author:** her husband, the retired sponsor, with her signed appointment (11/20/2026); he writes about "my wife" /
  "Mrs. Okonkwo-Baird".

## Deliberately unknown
- Why the contractor's claims system used 10/01/2026: not known; a letter may ask.
- The amount TRICARE Select would allow, and her cost share: not in the case.
- Whether the contractor reprocessed any later claim under the 08/01/2026 date: not known.

## Traps
- **A date and a document, not medicine:** every program day (08/10-09/11/2026) is on or after 08/01/2026, the
  effective date the contractor itself confirmed. Necessity is not disputed; no clinical reviewer, no peer-to-peer.
- **Stale document:** the DEERS printout of 09/02/2026 ("Current TRICARE plan: NONE") predates the enrollment; it
  is not evidence of a gap.
- **Another person on a document:** the son, Marcus, is on the enrollment confirmation; he is not part of the appeal.
- **Dates:** the enrollment was received 09/14/2026, but coverage is effective 08/01/2026; a letter must not say the
  coverage began 09/14/2026 or 10/01/2026.
- **Clinical traps (if any clinical line is written):** escitalopram continues (partial response), never "failed" or
  "stopped"; bupropion XL was stopped after 3 weeks for intolerance, not an adequate trial; hydroxyzine is a sleep
  aid. Suicidality was **passive** on 08/10/2026 only (history with its date), never active or current. The 2016 IOP
  was another episode with remission, not a failure.
- **Stage:** this is the DHA formal review, not a second reconsideration and not the contractor's first
  reconsideration; the decision to answer is the 11/06/2026 one.
- **Wrong law:** no ERISA, 45 CFR 147.136, MHPAEA, state insurance department or state external review.

## Arguments a strong letter makes (strongest first)
1. The contractor's own enrollment confirmation makes TRICARE Select coverage effective **08/01/2026** (retirement
   QLE 07/31/2026, enrollment within 90 days); every program day falls within it; reverse the denial and have the
   claim reprocessed.
2. Correct the reconsideration's statement that coverage began 10/01/2026, quoting the confirmation and the
   retirement order.
3. Ask that DEERS and the contractor's record show the 08/01/2026 effective date for this and any later claim.

## What a letter must NOT say
- "coverage began 10/01/2026", "coverage began 09/14/2026", "no coverage" conceded; the DEERS printout as proof.
- "medically necessary" as the ground, "peer-to-peer", "Quality Monitoring Contractor", "second reconsideration".
- "Marcus" as a patient.
- "failed escitalopram", "stopped escitalopram"; bupropion as an adequate or failed trial; "active suicidal ideation"
  or current suicidal ideation.
- "ERISA", "45 CFR 147.136", "MHPAEA", "state insurance department", "external review organization".
'''

ANSWERS = [
    ("plan type", "plan_type: tricare", "case.yaml"),
    ("claim number", "PFH-26-0925-604412", "denial/tricare-eob-2026-10-02.txt"),
    ("CARC", "CARC 27", "denial/tricare-eob-2026-10-02.txt"),
    ("decision's wrong statement", "Coverage begins on the first day of the month after we receive the enrollment, 10/01/2026", "denial/reconsideration-decision-2026-11-06.txt"),
    ("factual determination", "This is a factual determination, not a medical necessity determination", "denial/reconsideration-decision-2026-11-06.txt"),
    ("next level window", "formal review by the Defense Health Agency within 60 days", "denial/reconsideration-decision-2026-11-06.txt"),
    ("deadline", "by 01/05/2027", "truth"),
    ("effective date", "Coverage effective date: 08/01/2026", "other/tricare-select-enrollment-confirmation-2026-09-18.txt"),
    ("QLE", "qualifying life event 07/31/2026", "other/tricare-select-enrollment-confirmation-2026-09-18.txt"),
    ("retirement", "released from active duty on 07/31/2026", "other/retirement-order-excerpt-2026-04-20.txt"),
    ("program days", "15 days, Monday/Wednesday/Friday, 3 hours a day, 08/10/2026-09/11/2026", "clinical/iop-discharge-summary-2026-09-11.txt"),
    ("amount in dispute", "Billed $5,400.00", "denial/tricare-eob-2026-10-02.txt"),
    ("stale DEERS", "Current TRICARE plan: NONE", "other/deers-status-printout-2026-09-02-stale.txt"),
    ("intolerance", "stopped after 3 weeks for agitation and insomnia", "clinical/iop-discharge-summary-2026-09-11.txt"),
    ("suicidality passive, dated", "Passive death wish at admission", "clinical/iop-discharge-summary-2026-09-11.txt"),
    ("author", "relation: representative", "case.yaml"),
]
