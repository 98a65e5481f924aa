# FICTIONAL case data, letters set 38, case 02. Every person, plan, provider, number and address is invented.
SLUG = "02-original-medicare-maintenance-ect-counted-as-acute-course-qic-reconsideration-guardian"

CASE_YAML = r"""
# FICTIONAL CASE (set 38, case 02) - every person, contractor, provider, number and address is invented.
# Original Medicare Part B (hospital outpatient). Marguerite Halvorsen-Adeyemi, 79, had an acute ECT course of 12
# treatments (04/06-05/15/2026, paid) and then 8 maintenance ECT treatments (05/22-08/07/2026). The Medicare
# contractor denied the 8 as "beyond 12 treatments in an episode" under its (fictional) LCD L99644, and its
# redetermination of 10/14/2026 upheld that. The LCD's own Section B covers maintenance ECT after a response and says
# the acute-course number does not limit it. Her court-appointed guardian asks the QIC for reconsideration.
patient:
  name: Marguerite Halvorsen-Adeyemi
  salutation: Mrs. Halvorsen-Adeyemi
  date_of_birth: 1947-06-02
  member_id: FICT-1FK7-XT2-QM48
  address: |-
    Maple Crest Residence, Apartment 112, 14 Elm Terrace
    Rutland, VT 05701
insurer:
  name: Green Hills Medicare Administrative Services, Medicare Part A/B contractor (FICTIONAL)
  appeals_address: |-
    Green Hills Medicare Administrative Services - Redeterminations (FICTIONAL)
    PO Box 33107
    Hartford, CT 06150
claim:
  number: GHM-26-0819-553104
  plan_type: medicare
  notice_date: 2026-08-24
  service_dates: [2026-05-22, 2026-05-29, 2026-06-05, 2026-06-12, 2026-06-26, 2026-07-10, 2026-07-24, 2026-08-07]
  sessions: 8
  setting: outpatient
  procedure_codes: [90870]
  revenue_codes: ['0901']
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Electroconvulsive therapy (ECT) beyond 12 treatments in an episode of illness is not reasonable and necessary
    (LCD L99644). (CARC 50)
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  coding_correct: true
  action: none
decisions:
  - date: 2026-10-14
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    next_deadline: 2027-04-12
    reason: >-
      The beneficiary received 12 ECT treatments from 04/06/2026 to 05/15/2026. The documentation does not show a new
      episode of illness. Treatments 13 through 20 exceed the number covered for an episode under LCD L99644. The
      denial is upheld.
    corrections:
      - said: Treatments 13 through 20 exceed the number covered for an episode under LCD L99644.
        record: >-
          The 8 treatments were maintenance ECT given after a response to the acute course, under a written
          maintenance plan; LCD L99644 Section B covers maintenance ECT on its own terms and says the number of
          acute-course treatments does not limit it.
        file: other/lcd-l99644-ect-excerpt.txt
        page: 1
        leaves_out: true
external_review:
  agency: Northbridge Reconsiderations, Qualified Independent Contractor, Part A East (FICTIONAL)
  address: |-
    Northbridge Reconsiderations - QIC Part A East (FICTIONAL)
    PO Box 19043
    Pittsburgh, PA 15213
  final_denial_date: 2026-10-14
medicare_coverage:
  name: LCD L99644 Electroconvulsive Therapy (FICTIONAL)
  number: L99644
  quote: >-
    A. Acute course. An acute course of ECT usually consists of 6 to 12 treatments. More than 12 treatments in an
    acute course requires documentation of a partial response and a plan for the remaining treatments. B.
    Continuation and maintenance ECT. ECT given after a response to an acute course, to prevent relapse, is covered
    when the record documents (a) a response to the acute course; (b) a history of relapse after an earlier response,
    or failure of medication alone to prevent relapse; and (c) a planned frequency, usually weekly at first and then
    tapered, with reassessment at least monthly. The number of treatments in the acute course does not limit
    continuation or maintenance ECT.
  file: other/lcd-l99644-ect-excerpt.txt
payer_criteria:
  - criterion: "B(a) a response to the acute course"
    how_met: MADRS 38 on 04/06/2026 to 9 on 05/15/2026, at the end of the 12-treatment acute course
    met: true
    evidence: {file: clinical/ect-acute-course-summary-2026-05-15.txt, page: 1}
  - criterion: "B(b) a history of relapse after an earlier response, or failure of medication alone to prevent relapse"
    how_met: >-
      Remission with ECT in 2022; relapse in 01/2023, four months after ECT stopped, while taking nortriptyline and
      lithium, with a psychiatric hospital stay 02/2023-03/2023
    met: true
    evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
  - criterion: "B(c) a planned frequency, usually weekly at first and then tapered, reassessed at least monthly"
    how_met: Maintenance plan of 05/18/2026 - weekly for four treatments, then every two weeks, MADRS and MoCA monthly
    met: true
    evidence: {file: clinical/maintenance-ect-plan-2026-05-18.txt, page: 1}
treatment:
  name: Maintenance electroconvulsive therapy (ECT), 8 treatments (90870)
  summary: >-
    Maintenance ECT after a response to an acute course, to prevent a relapse like the one that followed her 2022
    course when ECT was stopped.
  plan: >-
    Maintenance ECT weekly for four treatments from May 22, 2026, then every two weeks; MADRS and MoCA monthly;
    nortriptyline 75 mg and lithium 600 mg continued; the interval is lengthened when MADRS stays at 12 or below.
clinical:
  severity: MADRS 38 on 04/06/2026; MADRS 9 on 05/15/2026; MADRS 11 on 08/07/2026
  severity_date: 2026-08-07
  suicidality: none
  suicidality_date: 2026-08-07
  response: MADRS 38 (04/06/2026) to 9 (05/15/2026) after the acute course; 8 to 12 during maintenance (11 on 08/07/2026)
  response_level: response
  episode_onset: 2026-01
  treating_since: 2021-09
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2021-09
      end: 2021-12
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2022-01
      end: 2022-02
      weeks: 4
      kind: antidepressant
      adequate: false
      outcome: Stopped after 4 weeks for low sodium (intolerance), not an adequate trial
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
    - drug: ECT, acute course (2022)
      dose: 10 treatments
      start: 2022-05
      end: 2022-06
      kind: neuromodulation
      sessions: 10
      adequate: true
      failed: false
      response: remission
      outcome: Remission in an earlier episode; ECT stopped 09/2022; relapse 01/2023
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 2022-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with maintenance ECT
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily
      start: 2022-07
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Continued; did not prevent the 2023 relapse
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2023-04
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
impact:
  relapse: Relapsed in 01/2023, four months after a 2022 ECT course ended, while taking nortriptyline and lithium
  hospitalizations: Psychiatric hospital stay 02/2023-03/2023 after that relapse
author:
  name: Theodora Piscopo
  role: Court-appointed guardian of Mrs. Halvorsen-Adeyemi (Green Mountain Guardianship Services)
  relation: representative
  address: |-
    Green Mountain Guardianship Services (FICTIONAL), 88 Merchants Row, Suite 3
    Rutland, VT 05701
  phone: (802) 555-0158
  email: tpiscopo@gm-guardianship.example
  authorization: other/letters-of-guardianship-2025-11-03.txt
provider:
  name: Rutland Valley Hospital, outpatient ECT service
  credentials: Hospital outpatient department
  npi: "1473905283"
  address: |-
    400 Hospital Drive
    Rutland, VT 05701
  phone: (802) 555-0172
record_dates:
  - file: clinical/ect-acute-course-summary-2026-05-15.txt
    date: 2026-05-15
  - file: clinical/psychiatry-note-2026-05-18.txt
    date: 2026-05-18
  - file: clinical/maintenance-ect-plan-2026-05-18.txt
    date: 2026-05-18
  - file: clinical/ect-treatment-log-2026-08-07.txt
    date: 2026-08-07
  - file: clinical/medication-list-2021-stale.txt
    date: 2021-10-02
template: external-review-request
copies: [prescriber]
bates_prefix: HALVORSEN
footer_note: FICTIONAL TEST CASE - not a real patient, contractor or provider.
"""

DOCS = {
    "denial/medicare-summary-notice-2026-08-24.txt": """
MEDICARE SUMMARY NOTICE - PART B, HOSPITAL OUTPATIENT (FICTIONAL SAMPLE; NOT A CMS FORM)   Notice date: 08/24/2026
Marguerite Halvorsen-Adeyemi   Medicare number FICT-1FK7-XT2-QM48
Rutland Valley Hospital, claim GHM-26-0819-553104
05/22/2026-08/07/2026   ECT (90870, revenue code 0901) x8   Medicare approved $0.00   Denied.
Reason (CARC 50): Electroconvulsive therapy (ECT) beyond 12 treatments in an episode of illness is not reasonable
and necessary (LCD L99644).
You may ask for a redetermination within 120 days of receiving this notice.
""",
    "denial/redetermination-decision-2026-10-14.txt": """
GREEN HILLS MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - MEDICARE REDETERMINATION NOTICE   Date: 10/14/2026
Beneficiary: Marguerite Halvorsen-Adeyemi   Claim GHM-26-0819-553104   Appellant: Theodora Piscopo, guardian
Decision: unfavorable.
The beneficiary received 12 ECT treatments from 04/06/2026 to 05/15/2026. The documentation does not show a new
episode of illness. Treatments 13 through 20 exceed the number covered for an episode under LCD L99644. The denial
is upheld.
Next step: you may ask for a reconsideration by a Qualified Independent Contractor within 180 days of receiving this
notice. Send your request to Northbridge Reconsiderations, QIC Part A East, PO Box 19043, Pittsburgh, PA 15213.
""",
    "other/lcd-l99644-ect-excerpt.txt": """
LOCAL COVERAGE DETERMINATION L99644 ELECTROCONVULSIVE THERAPY (FICTIONAL)          Effective 01/01/2025   Page 1 of 1
A. Acute course. An acute course of ECT usually consists of 6 to 12 treatments. More than 12 treatments in an acute
course requires documentation of a partial response and a plan for the remaining treatments.
B. Continuation and maintenance ECT. ECT given after a response to an acute course, to prevent relapse, is covered
when the record documents (a) a response to the acute course; (b) a history of relapse after an earlier response,
or failure of medication alone to prevent relapse; and (c) a planned frequency, usually weekly at first and then
tapered, with reassessment at least monthly. The number of treatments in the acute course does not limit
continuation or maintenance ECT.
""",
    "clinical/ect-acute-course-summary-2026-05-15.txt": """
RUTLAND VALLEY HOSPITAL (FICTIONAL) - ECT SERVICE - ACUTE COURSE SUMMARY             Date: 05/15/2026
Patient: Marguerite Halvorsen-Adeyemi   DOB 06/02/1947   Page 1 of 1
Acute course: 12 treatments, 04/06/2026-05/15/2026, right unilateral ultrabrief. MADRS 38 before treatment 1
(passive death wishes, no plan); MADRS 9 after treatment 12; no thoughts of death. MoCA 26 before and after.
Recommendation: maintenance ECT to prevent relapse (see plan of 05/18/2026).
""",
    "clinical/psychiatry-note-2026-05-18.txt": """
RUTLAND VALLEY HOSPITAL (FICTIONAL) - PSYCHIATRY NOTE                                  Date: 05/18/2026
Patient: Marguerite Halvorsen-Adeyemi   DOB 06/02/1947   Treating since 09/2021 (Dr. Anselm Okwuosa, MD)
History: sertraline 100 mg 09/2021-12/2021, 10 weeks, no response. Venlafaxine XR 150 mg 01/2022, stopped after 4
weeks for sodium 128 (intolerance). ECT 05/2022-06/2022, 10 treatments, remission; continuation ECT stopped 09/2022.
Relapse 01/2023, four months after ECT stopped, on nortriptyline 75 mg and lithium 600 mg (both since 07/2022 and
continued now); psychiatric hospital stay 02/2023-03/2023. Trazodone 25 mg at bedtime for sleep since 04/2023.
Current episode since 01/2026; response to the acute course of 04-05/2026.
Assessment: medication alone did not prevent relapse after the 2022 course; maintenance ECT is indicated.
""",
    "clinical/maintenance-ect-plan-2026-05-18.txt": """
RUTLAND VALLEY HOSPITAL (FICTIONAL) - MAINTENANCE ECT PLAN                             Date: 05/18/2026
Patient: Marguerite Halvorsen-Adeyemi   Page 1 of 1
Maintenance ECT weekly for four treatments from 05/22/2026, then every two weeks. MADRS and MoCA monthly. Lengthen
the interval when MADRS stays at 12 or below. Continue nortriptyline 75 mg and lithium 600 mg.
""",
    "clinical/ect-treatment-log-2026-08-07.txt": """
RUTLAND VALLEY HOSPITAL (FICTIONAL) - ECT TREATMENT LOG (maintenance)                  Printed: 08/07/2026
M. Halvorsen-Adeyemi: 05/22 MADRS 10; 05/29; 06/05; 06/12 MADRS 8; 06/26; 07/10 MADRS 12; 07/24; 08/07 MADRS 11.
Same list, other patients (not part of this record): R. Tessaro 05/22 acute #3; J. Whitcombe 05/29 acute #1.
""",
    "clinical/medication-list-2021-stale.txt": """
RUTLAND FAMILY MEDICINE (FICTIONAL) - MEDICATION LIST                                  Printed: 10/02/2021
Patient: Marguerite Halvorsen-Adeyemi
Active: sertraline 100 mg daily; levothyroxine 50 mcg daily. (Printed 10/2021; sertraline stopped 12/2021.)
""",
    "other/letters-of-guardianship-2025-11-03.txt": """
STATE OF VERMONT SUPERIOR COURT, PROBATE DIVISION (FICTIONAL COPY) - LETTERS OF GUARDIANSHIP   Date: 11/03/2025
Docket FICT-PR-2025-0417. Theodora Piscopo, Green Mountain Guardianship Services, is appointed guardian of Marguerite
Halvorsen-Adeyemi, with powers that include consenting to medical treatment and dealing with health insurance and
Medicare on her behalf, including appeals.
""",
}

TRUTH = r"""
# 02 - Original Medicare Part B: maintenance ECT denied as "beyond 12 treatments in an episode"; QIC reconsideration by the court-appointed guardian (FICTIONAL)

All people, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marguerite Halvorsen-Adeyemi, 79 (DOB 06/02/1947), Original Medicare, had an **acute ECT course of 12 treatments
  04/06-05/15/2026** (paid; not on this claim): MADRS 38 -> 9. Then **8 maintenance ECT treatments**, Fridays
  **05/22, 05/29, 06/05, 06/12, 06/26, 07/10, 07/24, 08/07/2026** (90870, revenue code 0901), under a written
  maintenance plan of 05/18/2026.
- The contractor denied the 8 (MSN 08/24/2026, claim **GHM-26-0819-553104**, **CO-50**) as "beyond 12 treatments in
  an episode" under its (fictional) **LCD L99644**; the **redetermination of 10/14/2026** upheld it: "Treatments 13
  through 20 exceed the number covered for an episode".
- **LCD L99644 Section B** covers maintenance ECT after a response when (a) a response, (b) relapse after an
  earlier response or failure of medication alone to prevent relapse and (c) a planned frequency are documented, and
  says "The number of treatments in the acute course does not limit continuation or maintenance ECT." All three are
  documented: (a) MADRS 38 -> 9; (b) 2022 ECT remission, relapse 01/2023 on nortriptyline and lithium, hospital stay
  02-03/2023; (c) weekly x4 then every two weeks, monthly MADRS and MoCA.
- **Rule and stage:** QIC reconsideration, 42 CFR 405.960-405.978: within **180 days of receiving the redetermination**
  (405.962): presumed received 10/19/2026, so **by 04/17/2027**; counted from the notice date, 04/12/2027 (safe).
  Filed with the QIC the notice names (405.964(a)), not through the contractor. The QIC decides within 60 days
  (405.970(a)). The ALJ is the level **after** the QIC, not now.
- **Author:** her court-appointed guardian (letters of guardianship, 11/03/2025, powers include Medicare appeals),
  writing about "Mrs. Halvorsen-Adeyemi".

## Deliberately unknown
- Whether the anesthesia and psychiatrist's professional claims for the same dates were denied: not in the case; a
  letter must not say they were.
- Her MoCA after 08/07/2026: not in the case.
- How many more maintenance treatments she will need: not stated; the plan lengthens the interval by MADRS.

## Traps
- **Rule, not more clinical argument.** The winning point is the LCD's own Section B and its last sentence; the
  denial applied Section A's acute-course count to maintenance treatments.
- **Medicare's rule, not a plan's:** the LCD is Medicare's coverage rule; Original Medicare has no plan, no plan
  terms, no "plan policy".
- **Earlier-episode response:** the 2022 ECT course was a **remission**, not a failure; it is evidence for (b) only
  with the relapse after it stopped.
- **Drugs still taken:** nortriptyline 75 mg and lithium 600 mg continue (never "failed", "stopped"); trazodone
  25 mg is a sleep dose; venlafaxine was an intolerance (4 weeks).
- **Stale document:** the 2021 medication list shows sertraline as active (stopped 12/2021).
- **Other people:** the ECT log lists two other patients (Tessaro, Whitcombe).
- **Suicidality:** passive death wishes on 04/06/2026 only; none since. No present suicidal ideation.
- **Stage/wrong law:** QIC reconsideration, not "redetermination" again and not an ALJ hearing; no 72-hour route;
  no ERISA, 45 CFR 147.136, MHPAEA, external review, state insurance department, plan terms.
- **Voice:** the guardian writes about Mrs. Halvorsen-Adeyemi; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. LCD L99644 Section B covers maintenance ECT after a response and says the acute-course number does not limit it;
   the redetermination counted maintenance treatments as treatments 13-20 of an acute course. Reverse and pay the 8.
2. Each of Section B's three requirements is documented, with exhibits (acute-course summary; psychiatry note of
   05/18/2026; maintenance plan; treatment log with monthly MADRS).
3. The redetermination's "does not show a new episode" is beside the point: maintenance ECT is not a new episode's
   acute course.

## What a letter must NOT say
- "the plan's policy", "plan terms", "Evidence of Coverage"; "ERISA", "45 CFR 147.136", "MHPAEA", "parity",
  "external review", "state insurance department"; "72 hours", "expedited".
- "ALJ hearing" as the request now; "redetermination" as the request now.
- "failed ECT" or "ECT did not work" for 2022; "failed nortriptyline", "stopped lithium"; trazodone as a trial;
  "sertraline is a current medication".
- "suicidal ideation" as present; "Tessaro", "Whitcombe".
- "I" as the patient; "my ECT".
"""

ANSWERS = [
    ("denial/medicare-summary-notice-2026-08-24.txt", "ECT (90870, revenue code 0901) x8"),
    ("denial/redetermination-decision-2026-10-14.txt", "Treatments 13 through 20 exceed the number covered"),
    ("denial/redetermination-decision-2026-10-14.txt", "within 180 days of receiving this"),
    ("other/lcd-l99644-ect-excerpt.txt",
     "The number of treatments in the acute course does not limit continuation or maintenance ECT"),
    ("clinical/ect-acute-course-summary-2026-05-15.txt", "MADRS 9 after treatment 12"),
    ("clinical/psychiatry-note-2026-05-18.txt", "Relapse 01/2023, four months after ECT stopped"),
    ("clinical/maintenance-ect-plan-2026-05-18.txt", "weekly for four treatments from 05/22/2026"),
    ("clinical/ect-treatment-log-2026-08-07.txt", "08/07 MADRS 11"),
    ("other/letters-of-guardianship-2025-11-03.txt", "including appeals"),
    ("case.yaml", "stage: redetermination"),
    ("case.yaml", "final_denial_date: 2026-10-14"),
    ("truth", "by 04/17/2027"),
    ("truth", "04/12/2027 (safe)"),
    ("truth", "The QIC decides within 60 days"),
    ("truth", "the 2022 ECT course was a **remission**, not a failure"),
    ("truth", "trazodone\n  25 mg is a sleep dose"),
]
