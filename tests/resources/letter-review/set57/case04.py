"""FICTIONAL - set 57, case 04."""
SLUG = "04-marketplace-mi-ocd-deep-tms-six-erp-sessions-said-external-review-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 57, case 04) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Michigan. Priya Raman-Holt, 29, severe OCD. The plan denied deep
# TMS for OCD under MP-TMS-OCD-2 criterion 2 (12 ERP sessions); its final internal decision of 10/30/2026 says
# "records document 6 sessions of ERP". The record holds 14 sessions in 2025 and 10 intensive sessions in 2026;
# the 6 are a 2023 intake at another clinic. She asks for external review herself.
patient:
  name: Priya Raman-Holt
  salutation: Ms. Raman-Holt
  date_of_birth: 1997-03-08
  member_id: FICT-MKT-9HB2-204781
  address: |-
    315 Packard Street, Apt 2B
    Ann Arbor, MI 48104
  phone: (734) 555-0125
  email: priya.rh@mailbox.example
insurer:
  name: Great Lakes Individual Health Plans - Silver 3500 (FICTIONAL)
  appeals_address: |-
    Great Lakes Individual Health Plans - Appeals (FICTIONAL)
    PO Box 2207
    Lansing, MI 48909
  fax: (517) 555-0114
claim:
  number: GLI-UM-26-0914-71129
  plan_type: individual_aca
  funding: insured
  state: MI
  notice_date: 2026-09-18
  service_dates: [2027-01-04, 2027-02-12]
  sessions: 29
  pending_services: 29
  setting: outpatient
  procedure_codes: [90867, 90868, 90869]
  diagnosis_codes: [F42.2]
  denial_reason: >-
    Deep transcranial magnetic stimulation for obsessive-compulsive disorder does not meet medical policy
    MP-TMS-OCD-2, criterion 2: an adequate trial of exposure and response prevention (ERP) therapy of at least 12
    sessions.
  denial_category: medical_necessity
  reviewer: {name: Dr. Alan Crowther, specialty: psychiatry}
  action: none
  corrections:
    - said: "Records document 6 sessions of ERP."
      record: >-
        The six sessions are a 2023 intake episode at another clinic, before this course of care. The record holds
        14 weekly ERP sessions from 02/2025 to 06/2025 and 10 intensive ERP sessions from 04/2026 to 05/2026, 24
        in all.
      file:
        - clinical/erp-therapy-summary-2026-11-12.txt
        - other/prior-clinic-intake-2023-06-14.txt
      page: 1
external_review:
  agency: Michigan Department of Insurance and Financial Services
  address: |-
    Michigan Department of Insurance and Financial Services - External Review (address FICTIONAL for this test set)
    PO Box 30220
    Lansing, MI 48909
  final_denial_date: 2026-10-30
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: first internal appeal
    opens: external review
    next_deadline: 2027-02-28
    reason: >-
      The denial is upheld. Records document 6 sessions of ERP. Criterion 2 of MP-TMS-OCD-2 requires at least 12
      sessions.
    corrections:
      - said: "Records document 6 sessions of ERP."
        record: >-
          The six sessions are a 2023 intake episode at another clinic. The record holds 14 weekly ERP sessions from
          02/2025 to 06/2025 and 10 intensive ERP sessions from 04/2026 to 05/2026, 24 in all.
        file:
          - clinical/erp-therapy-summary-2026-11-12.txt
          - other/prior-clinic-intake-2023-06-14.txt
        page: 1
treatment:
  name: Deep transcranial magnetic stimulation (deep TMS) for OCD, 29 sessions
  summary: >-
    A 29-session course of deep TMS with the H7 coil for severe OCD that has not remitted with two SRIs at full
    dose, clomipramine (stopped for fainting), aripiprazole augmentation and 24 sessions of ERP.
  plan: >-
    Twenty-nine sessions over six weeks from 01/04/2027 (five a week), each preceded by an individualized symptom
    provocation; Y-BOCS at baseline, week 3 and week 6; stop if the Y-BOCS has not fallen by at least 20% by
    session 20. ERP continues weekly; fluvoxamine continues.
  alongside: fluvoxamine 300 mg daily
clinical:
  severity: Y-BOCS 34 on 11/12/2026 (severe)
  severity_date: 2026-11-12
  suicidality: passive
  suicidality_date: 2026-09-09
  response: Y-BOCS 31 before ERP in 02/2025, 28 after it in 06/2025, 34 in 03/2026, 33 after intensive ERP in 05/2026, 34 on 11/12/2026
  response_level: partial
  episode_onset: 2024-10
  treating_since: 2024-11
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2012-09
      end: 2015-06
      kind: antidepressant
      response: response
      outcome: Adolescent episode (2012-2015); response, tapered off
      evidence: {file: clinical/psychiatry-medication-summary-2026-11-05.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-11-04
      end: 2025-02-10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: 14 weeks at 200 mg; no response; stopped
      evidence: {file: clinical/psychiatry-medication-summary-2026-11-05.txt, page: 1}
    - drug: Fluvoxamine
      dose: 300 mg daily
      start: 2025-02-17
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatry-medication-summary-2026-11-05.txt, page: 1}
    - drug: Clomipramine
      dose: 75 mg daily
      start: 2025-09-01
      end: 2025-09-15
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for fainting (orthostatic syncope); intolerance, not an adequate trial
      evidence: {file: clinical/psychiatry-medication-summary-2026-11-05.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (augmentation)
      start: 2025-11-03
      end: 2026-01-12
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: 10 weeks added to fluvoxamine; no response; stopped
      evidence: {file: clinical/psychiatry-medication-summary-2026-11-05.txt, page: 1}
    - drug: Exposure and response prevention (ERP), weekly
      dose: 14 weekly sessions
      start: 2025-02
      end: 2025-06
      kind: psychotherapy
      sessions: 14
      adequate: true
      response: partial
      outcome: Y-BOCS 31 to 28
      evidence: {file: clinical/erp-therapy-summary-2026-11-12.txt, page: 1}
    - drug: Exposure and response prevention (ERP), intensive
      dose: 10 sessions of 3 hours
      start: 2026-04
      end: 2026-05
      kind: psychotherapy
      sessions: 10
      adequate: true
      response: none
      outcome: Y-BOCS 34 to 33
      evidence: {file: clinical/erp-therapy-summary-2026-11-12.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg as needed for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: As needed for sleep; not a trial
      evidence: {file: clinical/psychiatry-medication-summary-2026-11-05.txt, page: 1}
impact:
  work: >-
    Reduced to 20 hours a week as a laboratory technician since 03/2026 because checking rituals take 4 to 5 hours a
    day.
  daily_life: Cannot cook or leave the apartment without hour-long checking of the stove and locks.
payer_criteria:
  - criterion: "1. Severe OCD (Y-BOCS 24 or higher) despite two SRI trials of at least 12 weeks at adequate dose."
    how_met: Y-BOCS 34 on 11/12/2026; sertraline 200 mg 14 weeks; fluvoxamine 300 mg since 02/2025.
    met: true
    evidence: {file: clinical/psychiatry-medication-summary-2026-11-05.txt, page: 1}
  - criterion: "2. An adequate trial of exposure and response prevention (ERP) therapy of at least 12 sessions."
    how_met: 14 weekly ERP sessions in 2025 and 10 intensive ERP sessions in 2026, 24 in all.
    met: true
    evidence: {file: clinical/erp-therapy-summary-2026-11-12.txt, page: 1}
  - criterion: "3. No contraindication to TMS (metal in the head, seizure disorder)."
    how_met: TMS safety screen 11/05/2026 negative.
    met: true
    evidence: {file: clinical/psychiatry-medication-summary-2026-11-05.txt, page: 2}
plan_policy:
  name: Great Lakes Individual Health Plans Medical Policy, Deep TMS for Obsessive-Compulsive Disorder
  number: MP-TMS-OCD-2
  quote: >-
    Deep TMS for OCD is medically necessary when all of the following are met: 1. Severe OCD (Y-BOCS 24 or higher)
    despite two SRI trials of at least 12 weeks at adequate dose. 2. An adequate trial of exposure and response
    prevention (ERP) therapy of at least 12 sessions. 3. No contraindication to TMS (metal in the head, seizure
    disorder).
  file: other/mp-tms-ocd-2-policy-2026.txt
template: external-review-request
author:
  name: Priya Raman-Holt
  relation: patient
  address: |-
    315 Packard Street, Apt 2B
    Ann Arbor, MI 48104
  phone: (734) 555-0125
  email: priya.rh@mailbox.example
provider:
  name: Dr. Helen Okafor-Strand, MD
  credentials: MD, psychiatrist
  npi: "1473905267"
  address: |-
    Huron River Psychiatry (FICTIONAL), 2020 Hogback Road, Suite 5
    Ann Arbor, MI 48105
  phone: (734) 555-0166
record_dates:
  - file: clinical/erp-therapy-summary-2026-11-12.txt
    date: 2026-11-12
  - file: clinical/psychiatry-medication-summary-2026-11-05.txt
    date: 2026-11-05
copies: [prescriber]
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/initial-denial-2026-09-18.txt": """
GREAT LAKES INDIVIDUAL HEALTH PLANS (FICTIONAL) - PRIOR AUTHORIZATION DECISION      Date: 09/18/2026   Page 1 of 1
Member: Priya Raman-Holt   DOB 03/08/1997   Member ID FICT-MKT-9HB2-204781   Request GLI-UM-26-0914-71129
Service: deep TMS for OCD, 29 sessions (90867, 90868, 90869). Requested by Helen Okafor-Strand, MD.
Denied. Deep transcranial magnetic stimulation for obsessive-compulsive disorder does not meet medical policy
MP-TMS-OCD-2, criterion 2: an adequate trial of exposure and response prevention (ERP) therapy of at least 12
sessions. Reviewer: Alan Crowther, MD, psychiatry.
You may appeal within 180 days of receiving this notice.
""",
"denial/final-internal-appeal-decision-2026-10-30.txt": """
GREAT LAKES INDIVIDUAL HEALTH PLANS (FICTIONAL) - FINAL INTERNAL APPEAL DECISION   Date: 10/30/2026   Page 1 of 1
Member: Priya Raman-Holt   Request GLI-UM-26-0914-71129   Appeal received 10/06/2026
The denial is upheld. Records document 6 sessions of ERP. Criterion 2 of MP-TMS-OCD-2 requires at least 12
sessions. Records reviewed: appeal letter; prior clinic intake of 06/14/2023.
This is our final internal decision. You may ask for an independent external review within 4 months of the date
you receive this letter. Send your request to the Michigan Department of Insurance and Financial Services
(FICTIONAL address for this test set: PO Box 30220, Lansing, MI 48909) or use the form enclosed.
""",
"clinical/erp-therapy-summary-2026-11-12.txt": """
LAKESHORE OCD AND ANXIETY CENTER (FICTIONAL) - ERP TREATMENT SUMMARY          Date: 11/12/2026   Page 1 of 1
Patient: Priya Raman-Holt   DOB 03/08/1997   Therapist: Daniel Ferreira, PhD, licensed psychologist
Course 1 (weekly ERP): 14 sessions, 02/10/2025-06/09/2025. Y-BOCS 31 before, 28 after. Hierarchy completed to
level 6 of 10; stalled on stove and lock exposures.
Course 2 (intensive ERP): 10 sessions of 3 hours, 04/13/2026-05/22/2026. Y-BOCS 34 before, 33 after.
Total ERP sessions at this center: 24. Weekly maintenance ERP continues.
11/12/2026: Y-BOCS 34 (obsessions 17, compulsions 17). Checking 4-5 hours a day. Recommend adding deep TMS.
""",
"clinical/psychiatry-medication-summary-2026-11-05.txt": """
HURON RIVER PSYCHIATRY (FICTIONAL) - MEDICATION SUMMARY AND VISIT                Date: 11/05/2026   Page 1 of 2
Patient: Priya Raman-Holt   DOB 03/08/1997   Psychiatrist: Helen Okafor-Strand, MD (since 11/2024)
Adolescent OCD 2012-2015: fluoxetine 40 mg, good response; tapered off 06/2015. Well until 10/2024.
Current episode since 10/2024:
- sertraline 200 mg daily 11/04/2024-02/10/2025 (14 weeks): no response.
- fluvoxamine 300 mg daily since 02/17/2025: partial response; continued.
- clomipramine 75 mg 09/01-09/15/2025: fainted twice (orthostatic); stopped.
- aripiprazole 5 mg added 11/03/2025-01/12/2026 (10 weeks): no response; stopped.
- hydroxyzine 25 mg as needed for sleep since 03/2025.
09/09/2026: passive thought "it would be easier not to be here" after losing full-time hours; no plan; safety plan
written. 11/05/2026: no suicidal ideation.

Page 2 of 2
TMS safety screen 11/05/2026: no metal in the head, no seizure history, no pacemaker. Negative.
Plan: deep TMS (H7 coil), 29 sessions, with ERP continuing; fluvoxamine continues.
""",
"other/prior-clinic-intake-2023-06-14.txt": """
NORTHSIDE COUNSELING COLLECTIVE (FICTIONAL) - INTAKE AND DISCHARGE NOTE     Date: 06/14/2023   Page 1 of 1
Client: Priya Raman-Holt   DOB 03/08/1997
Seen for adjustment after a move (not OCD). 6 sessions of supportive counseling 04/2023-06/2023, which the intake
form coded as "CBT/ERP" by default. Discharged, goals met.
""",
"other/erp-group-sign-in-2026-05-22.txt": """
LAKESHORE OCD AND ANXIETY CENTER (FICTIONAL) - INTENSIVE ERP GROUP SIGN-IN, 05/22/2026       Page 1 of 1
1. Priya R.-H.     session 10 of 10
2. Colin M.        session 4 of 10
3. Avery T.        session 7 of 10
4. Nadia S.        session 10 of 10
""",
"other/mp-tms-ocd-2-policy-2026.txt": """
GREAT LAKES INDIVIDUAL HEALTH PLANS (FICTIONAL) - MEDICAL POLICY MP-TMS-OCD-2 (effective 01/01/2026)  Page 1 of 1
Deep TMS for obsessive-compulsive disorder
Deep TMS for OCD is medically necessary when all of the following are met: 1. Severe OCD (Y-BOCS 24 or higher)
despite two SRI trials of at least 12 weeks at adequate dose. 2. An adequate trial of exposure and response
prevention (ERP) therapy of at least 12 sessions. 3. No contraindication to TMS (metal in the head, seizure
disorder).
""",
}

TRUTH = r'''
# 04 - Marketplace Silver, Michigan: deep TMS for OCD denied as "6 sessions of ERP" counted from a 2023 counseling intake; external review asked by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Priya Raman-Holt, 29 (DOB 03/08/1997), **individual Marketplace Silver plan, insured, Michigan**. Severe OCD (F42.2),
  current episode since 10/2024. Pre-service request for **29 deep TMS sessions** (90867, 90868, 90869) from 01/04/2027.
- Denial **09/18/2026** (MP-TMS-OCD-2 criterion 2, 12 ERP sessions); **final internal decision 10/30/2026**: "Records
  document 6 sessions of ERP", having reviewed only the appeal letter and a **2023 intake** from another clinic.
- The 2023 intake was **supportive counseling for adjustment, not OCD**, coded "CBT/ERP" by default. The OCD center's
  record: **14 weekly ERP sessions (02-06/2025, Y-BOCS 31 to 28)** and **10 intensive ERP sessions (04-05/2026,
  34 to 33)**: **24** in all. Y-BOCS **34 on 11/12/2026**.
- Criteria 1 and 3 met: sertraline 200 mg 14 weeks (no response), **fluvoxamine 300 mg since 02/2025 (partial,
  continued)**; TMS screen negative 11/05/2026. **Clomipramine 2 weeks: stopped for fainting - intolerance.**
  Aripiprazole 5 mg 10 weeks augmentation: no response. Hydroxyzine as needed for sleep. Adolescent episode
  2012-2015: fluoxetine **response**.
- Passive thought 09/09/2026, safety plan; no suicidal ideation 11/05/2026.
- **Rules:** individual coverage: external review within **4 months** of the final internal denial (45 CFR
  147.136(c)-(d)): **by 02/28/2027**, through the state's process (the decision names the Michigan insurance
  department). Parity (45 CFR 146.136 / 42 USC 300gg-26) reaches individual plans. No ERISA (not an employer plan).
- **Author:** the patient, "I".

## Deliberately unknown
- Why the plan reviewed the 2023 intake and not the center's ERP records: not known; the letter may say the
  decision lists only that intake and the appeal letter.
- Whether the plan had the center's summary: it is dated 11/12/2026, after the final decision.
- Whether the state's review or the federal process applies in Michigan: the decision names the state; no more.

## Traps
- **A decision's wrong statement:** "6 sessions of ERP" - the 2023 note is another clinic's counseling for another
  problem (a stale, misleading document).
- **Psychotherapy is not a drug trial:** ERP answers criterion 2; never list ERP among antidepressant failures.
- **Drug still taken:** fluvoxamine continues - never "failed" or "stopped"; clomipramine was an intolerance (2
  weeks), not an adequate trial; hydroxyzine is a sleep aid.
- **Earlier-episode response:** fluoxetine 2012-2015 worked - never a failure in this episode.
- **Other people on a document:** the group sign-in names Colin M., Avery T. and Nadia S.
- **Stage:** external review after the final internal decision; quote the 10/30/2026 decision, not only 09/18.
- **Voice:** the patient writes "I".

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: 24 ERP sessions at the OCD center (14 weekly in 2025, 10 intensive in 2026), with Y-BOCS
   before and after each; the "6 sessions" came from a 2023 counseling intake for adjustment at another clinic,
   coded ERP by default. Correct the final decision's statement.
2. Criteria 1 and 3 are met (Y-BOCS 34; sertraline 14 weeks, fluvoxamine continuing; screen negative); clomipramine
   intolerance and aripiprazole augmentation add to the record.
3. The center's summary of 11/12/2026 was never before the plan's reviewer; the independent reviewer should weigh it.
4. External review is timely (final decision 10/30/2026, by 02/28/2027); parity as a secondary point.

## What a letter must NOT say
- "6 sessions of ERP" as true; "has not completed 12 sessions".
- "failed fluvoxamine", "stopped fluvoxamine"; clomipramine as an adequate trial; hydroxyzine as a trial; "failed
  fluoxetine".
- ERP as an antidepressant or medication trial; "Colin", "Avery", "Nadia".
- "ERISA", "29 CFR 2560.503-1", "employer", "Labor Department", "29 CFR 2590.715-2719".
- "currently suicidal".
'''

ANSWERS = [
    ("denial/final-internal-appeal-decision-2026-10-30.txt", "Records document 6 sessions of ERP"),
    ("denial/final-internal-appeal-decision-2026-10-30.txt", "prior clinic intake of 06/14/2023"),
    ("denial/initial-denial-2026-09-18.txt", "at least 12\nsessions"),
    ("clinical/erp-therapy-summary-2026-11-12.txt", "Total ERP sessions at this center: 24"),
    ("clinical/erp-therapy-summary-2026-11-12.txt", "Y-BOCS 31 before, 28 after"),
    ("clinical/erp-therapy-summary-2026-11-12.txt", "Y-BOCS 34 (obsessions 17, compulsions 17)"),
    ("other/prior-clinic-intake-2023-06-14.txt", "Seen for adjustment after a move (not OCD)"),
    ("other/prior-clinic-intake-2023-06-14.txt", "by default"),
    ("clinical/psychiatry-medication-summary-2026-11-05.txt", "fainted twice (orthostatic); stopped"),
    ("clinical/psychiatry-medication-summary-2026-11-05.txt", "partial response; continued"),
    ("clinical/psychiatry-medication-summary-2026-11-05.txt", "fluoxetine 40 mg, good response"),
    ("clinical/psychiatry-medication-summary-2026-11-05.txt", "Negative"),
    ("other/erp-group-sign-in-2026-05-22.txt", "Colin M."),
    ("other/mp-tms-ocd-2-policy-2026.txt", "at least 12 sessions"),
    ("truth", "by 02/28/2027"),
    ("case.yaml", "final_denial_date: 2026-10-30"),
]
