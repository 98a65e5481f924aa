"""FICTIONAL case 08 (set 48): church plan, TMS partly paid, judged by a policy revision that took effect after the course."""
SLUG = "church-plan-self-funded-tms-later-policy-revision-applied-partly-paid-second-level-clinic"

CASE_YAML = """
# FICTIONAL CASE (set 48, case 08) - every person, plan, church body, clinic, number and address is invented.
# Church plan, self-funded, not ERISA, Pennsylvania, 1,300 employees. Ambrose Whitcombe-Lai, 58, a hospital
# chaplain, had 36 TMS sessions 08/03-09/18/2026. The plan paid the mapping session (90867) and denied the 35
# treatment sessions (CO-50) under MP-TMS-30 as revised 10/01/2026 (four antidepressant trials); the first-level
# decision of 11/12/2026 upheld it. The Plan Document, Section 7.4, applies medical policies as they read on the
# date of service, and the version in force (rev. 01/01/2025) asked for two trials. The TMS clinic appeals its own
# claim at the second level.
patient:
  name: Ambrose Whitcombe-Lai
  salutation: Mr. Whitcombe-Lai
  date_of_birth: 1968-04-25
  member_id: FICT-GSM-6610452
  address: |-
    77 Chestnut Hollow Road
    Lancaster, PA 17601
  phone: (717) 555-0115
insurer:
  name: Good Shepherd Ministries Benefit Plan, administered by Keystone Church Benefit Services (FICTIONAL)
  appeals_address: |-
    Keystone Church Benefit Services - Appeals (FICTIONAL)
    PO Box 10720
    Harrisburg, PA 17105
  fax: (717) 555-0163
claim:
  number: KCB-26-0925-301847
  plan_type: church
  funding: self_funded
  employees: 1300
  state: PA
  notice_date: 2026-10-08
  stage: second level
  service_dates: [2026-08-04, 2026-09-18]
  sessions: 35
  setting: outpatient
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  not_appealed:
    - {date: 2026-08-03, code: "90867", why: the mapping session was paid}
  denial_reason: >-
    Not medically necessary. Medical Policy MP-TMS-30 (revised 10/01/2026), criterion 2: an inadequate response to
    at least four antidepressant trials is required. (CARC 50)
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: "Dr. Beatrix Hollenbeck (FICTIONAL)", specialty: physical medicine and rehabilitation}
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2027-01-11
    reason: >-
      The denial is upheld. MP-TMS-30 (rev. 10/01/2026) criterion 2 requires four antidepressant trials; two are
      documented.
plan_policy:
  name: Keystone Church Benefit Services Medical Policy MP-TMS-30, Transcranial Magnetic Stimulation (revised 10/01/2026)
  number: MP-TMS-30
  quote: >-
    Criterion 2 (effective 10/01/2026): an inadequate response to at least four antidepressant trials from at
    least two classes, each at an adequate dose for at least 6 weeks.
  file: other/mp-tms-30-rev-2026-10-01-excerpt.txt
  in_force:
    name: the 2025 version of MP-TMS-30 (rev. 01/01/2025)
    from: 2025-01-01
    through: 2026-09-30
    applied_from: 2026-10-01
    rule: Good Shepherd Ministries Benefit Plan Document, Section 7.4
    quote: Medical policies are applied as they read on the date the service was provided.
    file: other/plan-document-section-7-4-excerpt.txt
    page: 1
payer_criteria:
  - criterion: "1. Major depressive disorder, single or recurrent episode, in an adult."
    how_met: Major depressive disorder, recurrent, severe without psychotic features (F33.2); age 58.
    met: true
    evidence: {file: clinical/tms-evaluation-2026-07-20.txt, page: 1}
  - criterion: >-
      2. An inadequate response to at least two antidepressant trials from two classes, each at an adequate dose
      for at least 6 weeks, in the current episode.
    how_met: >-
      Escitalopram 20 mg for 9 weeks (SSRI) and venlafaxine XR 225 mg for 10 weeks (SNRI), both without response,
      in the episode that began 03/2025.
    met: true
    evidence: {file: clinical/tms-evaluation-2026-07-20.txt, page: 1}
  - criterion: "3. A trial of evidence-based psychotherapy of adequate frequency and duration."
    how_met: Cognitive behavioral therapy, 16 weekly sessions 09/2025-01/2026, partial response.
    met: true
    evidence: {file: clinical/tms-evaluation-2026-07-20.txt, page: 1}
  - criterion: "4. No metal implant in or near the head, and no seizure disorder."
    how_met: Screening on 07/20/2026 found no implant and no seizure history.
    met: true
    evidence: {file: clinical/tms-evaluation-2026-07-20.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 35 treatment sessions (90868)
  summary: >-
    A course of TMS for recurrent severe depression after no response to adequate trials of escitalopram and
    venlafaxine and a course of CBT, judged after the course by a policy revision that took effect after it ended.
  alongside: lamotrigine 100 mg daily
clinical:
  severity: PHQ-9 21 on 08/03/2026; PHQ-9 7 on 09/18/2026
  severity_date: 2026-09-18
  suicidality: none
  suicidality_date: 2026-09-18
  response: PHQ-9 21 (08/03/2026) to 7 (09/18/2026)
  response_level: response
  episode_onset: 2025-03
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-04
      end: 2025-06
      weeks: 9
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks; stopped
      evidence: {file: clinical/tms-evaluation-2026-07-20.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-07
      end: 2025-10
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/tms-evaluation-2026-07-20.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly
      start: 2025-09
      end: 2026-01
      sessions: 16
      kind: psychotherapy
      adequate: true
      response: partial
      outcome: Partial response
      evidence: {file: clinical/tms-evaluation-2026-07-20.txt, page: 1}
    - drug: Lamotrigine
      dose: 100 mg daily
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Mood stabilizer, continued; not an antidepressant trial
      evidence: {file: clinical/tms-evaluation-2026-07-20.txt, page: 1}
    - drug: Nortriptyline
      dose: 25 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: Low bedtime dose for sleep; not a tricyclic antidepressant trial
      evidence: {file: clinical/tms-evaluation-2026-07-20.txt, page: 1}
author:
  name: Roslyn Achebe-Strand
  role: Billing and appeals manager, Conestoga Valley TMS Center (the treating clinic)
  relation: provider
  address: |-
    Conestoga Valley TMS Center (FICTIONAL), 1840 Fruitville Pike, Suite 110
    Lancaster, PA 17601
  phone: (717) 555-0128
  email: appeals@conestogatms.example
provider:
  name: Conestoga Valley TMS Center (FICTIONAL)
  credentials: outpatient TMS clinic, in network
  npi: "1584016277"
  address: |-
    1840 Fruitville Pike, Suite 110
    Lancaster, PA 17601
  phone: (717) 555-0128
record_dates:
  - file: clinical/tms-evaluation-2026-07-20.txt
    date: 2026-07-20
bates_prefix: WHITCOMBELAI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-08.txt": """
KEYSTONE CHURCH BENEFIT SERVICES (FICTIONAL) for the Good Shepherd Ministries Benefit Plan
EXPLANATION OF BENEFITS                                                    Date: 10/08/2026
Member: Ambrose Whitcombe-Lai   ID FICT-GSM-6610452   Claim KCB-26-0925-301847
Provider: Conestoga Valley TMS Center, NPI 1584016277
Line 1  08/03/2026              90867 x1    Billed $320.00     Paid $256.00    Paid
Line 2  08/04/2026-09/18/2026   90868 x35   Billed $9,450.00   Paid $0.00      CO-50
Not medically necessary. Medical Policy MP-TMS-30 (revised 10/01/2026), criterion 2: an inadequate response to at
least four antidepressant trials is required. (CARC 50)   Reviewer: Dr. Beatrix Hollenbeck, physical medicine and
rehabilitation.
""",
    "denial/first-level-appeal-decision-2026-11-12.txt": """
KEYSTONE CHURCH BENEFIT SERVICES (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                Date: 11/12/2026
Claim KCB-26-0925-301847   Member: Ambrose Whitcombe-Lai
The denial is upheld. MP-TMS-30 (rev. 10/01/2026) criterion 2 requires four antidepressant trials; two are
documented.
You may file a second-level appeal within 60 days of the date of this decision. After the second level, you may
ask for external review of a decision that turns on medical judgment.
""",
    "other/mp-tms-30-rev-2026-10-01-excerpt.txt": """
KEYSTONE CHURCH BENEFIT SERVICES (FICTIONAL) - MEDICAL POLICY MP-TMS-30, revised 10/01/2026      Page 2 of 7
Criterion 2 (effective 10/01/2026): an inadequate response to at least four antidepressant trials from at least
two classes, each at an adequate dose for at least 6 weeks.
Revision history: 01/01/2025 version - criterion 2 required two antidepressant trials from two classes in the
current episode; replaced 10/01/2026.
""",
    "other/mp-tms-30-rev-2025-01-01-excerpt.txt": """
KEYSTONE CHURCH BENEFIT SERVICES (FICTIONAL) - MEDICAL POLICY MP-TMS-30, revised 01/01/2025      Page 2 of 6
1. Major depressive disorder, single or recurrent episode, in an adult.
2. An inadequate response to at least two antidepressant trials from two classes, each at an adequate dose for at
least 6 weeks, in the current episode.
3. A trial of evidence-based psychotherapy of adequate frequency and duration.
4. No metal implant in or near the head, and no seizure disorder.
In effect 01/01/2025 through 09/30/2026.
""",
    "other/plan-document-section-7-4-excerpt.txt": """
GOOD SHEPHERD MINISTRIES BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT (church plan; not subject to ERISA)   Page 38 of 90
Section 7.4 Medical policies. Medical policies are applied as they read on the date the service was provided.
""",
    "clinical/tms-evaluation-2026-07-20.txt": """
CONESTOGA VALLEY TMS CENTER (FICTIONAL) - TMS EVALUATION                       Date: 07/20/2026   Page 1 of 1
Patient: Ambrose Whitcombe-Lai, 58   Psychiatrist: Dr. Evander Oyelaran, MD
Major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since 03/2025.
PHQ-9 22. No suicidal ideation. No metal implant, no seizure history.
Trials this episode: escitalopram 20 mg 04-06/2025, 9 weeks, no response; venlafaxine XR 225 mg 07-10/2025, 10
weeks, no response. CBT 16 weekly sessions 09/2025-01/2026, partial response. Lamotrigine 100 mg since 02/2026,
continued. Nortriptyline 25 mg at bedtime for sleep since 11/2025.
Earlier episode (2017): sertraline 100 mg, remission; stopped 2018.
Plan: TMS, 36 sessions from 08/03/2026.
""",
    "other/tms-schedule-august-2026.txt": """
CONESTOGA VALLEY TMS CENTER (FICTIONAL) - TREATMENT CHAIR SCHEDULE, WEEK OF 08/03/2026
08:00 A. Whitcombe-Lai (session 1, mapping)   08:40 F. Moretti-Quill (another patient; not part of this appeal)
""",
}

TRUTH = """
# 08 - Church plan: a TMS course judged by a policy revision that took effect after it ended; second-level appeal by the clinic (FICTIONAL)

All people, plans, church bodies, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Ambrose Whitcombe-Lai, 58, on the **Good Shepherd Ministries Benefit Plan**, a **self-funded church plan not under
  ERISA** (1,300 employees), PA, had **36 TMS sessions 08/03-09/18/2026**.
- The EOB of **10/08/2026** paid the mapping session (90867, 08/03/2026) and denied the **35 treatment sessions**
  (90868, CO-50) under **MP-TMS-30 revised 10/01/2026** (four trials). The first-level decision of **11/12/2026**
  upheld it ("four ... required; two are documented").
- **Plan Document Section 7.4:** "Medical policies are applied as they read on the date the service was provided."
  The version in force on every date of service was **rev. 01/01/2025** (through 09/30/2026): two trials from two
  classes, psychotherapy, no implant/seizures - all met.
- **Rule and stage:** a church plan: 26 CFR 54.9815-2719 (claims and appeals by reference to the ERISA claims
  rule's standards; external review for medical-judgment denials); parity 26 CFR 54.9812-1 (more than 50 employees).
  **Second level**, within 60 days of 11/12/2026: **by 01/11/2027**.
- **Author:** the clinic's billing and appeals manager, for the clinic, a party to its own claim: no patient
  authorization needed.

## Deliberately unknown
- Why the reviewer applied the later revision: not stated; a letter may ask.
- What the plan will pay for the 35 sessions: not stated.

## Traps
- **Date and plan document first:** the winning point is Section 7.4 and the dates (every session before
  10/01/2026); the clinical answer follows as the fallback.
- **Partly paid:** the mapping session was paid; it is not part of this appeal.
- **Lamotrigine continues** and is a mood stabilizer, never an antidepressant trial; **nortriptyline 25 mg** is a sleep
  dose, not a tricyclic trial; **sertraline 2017** remitted an earlier episode - not a failure now. With only two
  antidepressant trials in the episode, a letter must not claim four.
- **Another patient** on the chair schedule.
- **Reviewer:** physical medicine and rehabilitation - not a psychiatrist.
- **Wrong law:** no ERISA as governing law, no Department of Labor or EBSA, no "29 CFR 2560.503-1" cited alone.
- **Voice:** the clinic writes for itself about "Mr. Whitcombe-Lai"; never "my treatment".

## Arguments a strong letter makes (strongest first)
1. Section 7.4 applies a medical policy as it read on the date of service. Every session (08/03-09/18/2026) came
   before the revision's 10/01/2026 start; the 01/01/2025 version governs. Decide under it.
2. Every criterion of the 2025 version is met (F33.2; escitalopram and venlafaxine, two classes, adequate, no
   response; CBT 16 sessions; no implant or seizures); the decision itself counts two trials.
3. Ask for a psychiatric reviewer; pay the 35 treatment sessions.

## What a letter must NOT say
- "four antidepressant trials" as met; lamotrigine or nortriptyline as trials; "sertraline failed".
- "ERISA" as governing law; "Department of Labor"; "EBSA".
- "Moretti-Quill"; "my treatment"; "I underwent".
- that the mapping session (90867) was denied.
"""

ANSWERS = [
    ("plan type", "plan_type: church", "case.yaml"),
    ("stage", "stage: second level", "case.yaml"),
    ("notice date", "Date: 10/08/2026", "denial/explanation-of-benefits-2026-10-08.txt"),
    ("partly paid", "90867 x1    Billed $320.00     Paid $256.00    Paid", "denial/explanation-of-benefits-2026-10-08.txt"),
    ("policy applied", "MP-TMS-30 (revised 10/01/2026)", "denial/explanation-of-benefits-2026-10-08.txt"),
    ("first-level date", "Date: 11/12/2026", "denial/first-level-appeal-decision-2026-11-12.txt"),
    ("two documented", "two are\ndocumented", "denial/first-level-appeal-decision-2026-11-12.txt"),
    ("deadline", "next_deadline: 2027-01-11", "case.yaml"),
    ("plan clause", "Medical policies are applied as they read on the date the service was provided",
     "other/plan-document-section-7-4-excerpt.txt"),
    ("version in force", "In effect 01/01/2025 through 09/30/2026", "other/mp-tms-30-rev-2025-01-01-excerpt.txt"),
    ("old criterion 2", "at least two antidepressant trials from two classes", "other/mp-tms-30-rev-2025-01-01-excerpt.txt"),
    ("trials", "venlafaxine XR 225 mg 07-10/2025, 10\nweeks, no response", "clinical/tms-evaluation-2026-07-20.txt"),
    ("sleep dose", "Nortriptyline 25 mg at bedtime for sleep", "clinical/tms-evaluation-2026-07-20.txt"),
    ("earlier episode", "Earlier episode (2017): sertraline 100 mg, remission", "clinical/tms-evaluation-2026-07-20.txt"),
    ("reviewer", "physical medicine and\nrehabilitation", "denial/explanation-of-benefits-2026-10-08.txt"),
    ("other person", "another patient; not part of this appeal", "other/tms-schedule-august-2026.txt"),
]
