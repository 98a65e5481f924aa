# FICTIONAL data for set 60, case 07 (Original Medicare Part B: TMS denied under an LCD; no ABN; redetermination).
SLUG = "original-medicare-tms-lcd-four-trials-records-not-sent-no-abn-redetermination-ship-counselor"

CASE_YAML = r'''
# FICTIONAL CASE (set 60, case 07) - every person, contractor, LCD, provider, number and address is invented.
# Original Medicare Part B. Harlan Veski, 72, had a 36-session TMS course 08/03-09/18/2026. The MAC (FICTIONAL)
# denied it (MSN of 11/20/2026): "records show two antidepressant trials; LCD L99930 requires four", and the MSN
# makes him liable although no ABN was given for TMS. The earlier psychiatrist's records (venlafaxine; nortriptyline
# intolerance) were never sent. A SHIP volunteer counselor, appointed on form CMS-1696, asks for redetermination.
patient:
  name: Harlan Veski
  salutation: Mr. Veski
  date_of_birth: 1954-10-19
  member_id: FICT-5VX2-QN8-RT41
  address: |-
    318 Hickory Knoll Road
    Knoxville, TN 37919
  phone: (865) 555-0129
insurer:
  name: Cumberland Medicare Services, Medicare Part B contractor (FICTIONAL)
  appeals_address: |-
    Cumberland Medicare Services - Part B Redeterminations (FICTIONAL)
    PO Box 30874
    Nashville, TN 37230
  fax: (615) 555-0169
claim:
  number: 26-1105-884210
  plan_type: medicare
  notice_date: 2026-11-20
  appeal_deadline: 2027-03-20
  deadline_basis: >-
    Medicare Summary Notice of 11/20/2026: "If you disagree with a coverage decision, file an appeal by March 20,
    2027."
  service_dates: [2026-08-03, 2026-09-18]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-50]
  denial_reason: >-
    The information provided does not support the need for this service. The records show two antidepressant
    trials (sertraline, escitalopram); LCD L99930 requires four. Maximum you may be billed: $6,912.00.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  coding_correct: true
  abn_given: false
  action: none
  corrections:
    - said: The records show two antidepressant trials (sertraline, escitalopram); LCD L99930 requires four.
      record: >-
        The records of his earlier psychiatrist, which were not sent with the claim, show venlafaxine XR 225 mg for
        26 weeks without response (2023) and nortriptyline 75 mg stopped after 5 weeks for orthostatic dizziness
        with a fall (2024): with sertraline and escitalopram, four trials failed or not tolerated, from three
        classes.
      file: [clinical/ridgecrest-psychiatry-records-2023-2024.txt, clinical/tms-evaluation-2026-07-21.txt]
      page: 1
      leaves_out: true
    - said: "Maximum you may be billed: $6,912.00."
      record: >-
        No Advance Beneficiary Notice was given for the TMS course (the practice's statement of 11/25/2026); the
        only ABN in his file, of 03/11/2024, is for a laboratory test.
      file: other/practice-abn-statement-2026-11-25.txt
      page: 1
medicare_coverage:
  name: Local Coverage Determination, Transcranial Magnetic Stimulation for Major Depressive Disorder
  number: L99930
  quote: >-
    1. A diagnosis of severe major depressive disorder. 2. Failure of, or intolerance to, at least four
    antidepressant trials of adequate dose and duration (at least 6 weeks), from at least two different agent
    classes, in the current or a prior episode. 3. A trial of evidence-based psychotherapy of adequate frequency
    and duration without significant improvement. 4. No seizure disorder and no implanted metal in or near the
    head.
  file: other/lcd-l99930-excerpt.txt
payer_criteria:
  - criterion: 1. A diagnosis of severe major depressive disorder.
    how_met: Major depressive disorder, recurrent, severe (F33.2); PHQ-9 22 on 07/21/2026.
    met: true
    evidence: {file: clinical/tms-evaluation-2026-07-21.txt, page: 1}
  - criterion: 2. Failure of, or intolerance to, at least four antidepressant trials of adequate dose and duration (at least 6 weeks), from at least two different agent classes.
    how_met: >-
      Sertraline 150 mg (26 weeks), escitalopram 20 mg (21 weeks) and venlafaxine XR 225 mg (26 weeks) without
      response; nortriptyline 75 mg stopped after 5 weeks for orthostatic dizziness with a fall (intolerance).
      Four trials, three classes (SSRI, SNRI, tricyclic).
    met: true
    evidence:
      - {file: clinical/ridgecrest-psychiatry-records-2023-2024.txt, page: 1}
      - {file: clinical/tms-evaluation-2026-07-21.txt, page: 1}
  - criterion: 3. A trial of evidence-based psychotherapy of adequate frequency and duration without significant improvement.
    how_met: Cognitive behavioral therapy, 20 weekly sessions 09/2024-02/2025, PHQ-9 20 to 19.
    met: true
    evidence: {file: clinical/tms-evaluation-2026-07-21.txt, page: 1}
  - criterion: 4. No seizure disorder and no implanted metal in or near the head.
    how_met: No seizure history; no implanted devices or metal (screening checklist 07/21/2026).
    met: true
    evidence: {file: clinical/tms-evaluation-2026-07-21.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A standard 36-session TMS course for severe recurrent depression after four failed or not tolerated
    antidepressant trials and a course of CBT.
clinical:
  severity: PHQ-9 22 on 07/21/2026; PHQ-9 9 on 09/18/2026
  severity_date: 2026-09-18
  suicidality: none
  suicidality_date: 2026-09-18
  response: PHQ-9 22 (07/21/2026) to 9 (09/18/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2021-03
      end: 2021-09
      kind: antidepressant
      weeks: 26
      adequate: true
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/tms-evaluation-2026-07-21.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2022-01
      end: 2022-06
      kind: antidepressant
      weeks: 21
      adequate: true
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/tms-evaluation-2026-07-21.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2023-02
      end: 2023-08
      kind: antidepressant
      weeks: 26
      adequate: true
      failed: true
      response: none
      outcome: No response (records of Ridgecrest Psychiatry)
      evidence: {file: clinical/ridgecrest-psychiatry-records-2023-2024.txt, page: 1}
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 2024-03
      end: 2024-04
      kind: antidepressant
      weeks: 5
      adequate: false
      outcome: Stopped after 5 weeks for orthostatic dizziness with a fall (intolerance)
      evidence: {file: clinical/ridgecrest-psychiatry-records-2023-2024.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after TMS
      evidence: {file: clinical/tms-evaluation-2026-07-21.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 20 weekly sessions
      start: 2024-09
      end: 2025-02
      kind: psychotherapy
      sessions: 20
      adequate: true
      failed: true
      response: none
      outcome: PHQ-9 20 to 19
      evidence: {file: clinical/tms-evaluation-2026-07-21.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-evaluation-2026-07-21.txt, page: 1}
author:
  name: Odalys Pemberton-Kuri
  role: Volunteer counselor, East Tennessee Medicare Counseling Program (a State Health Insurance Assistance Program), appointed representative
  relation: representative
  address: |-
    East Tennessee Medicare Counseling Program (FICTIONAL), 900 Magnolia Avenue, Suite 12
    Knoxville, TN 37917
  phone: (865) 555-0151
  email: opkuri@etn-ship.example
  authorization: other/cms-1696-appointment-2026-11-24.txt
provider:
  name: Smoky Ridge Psychiatry & Neuromodulation
  credentials: Medicare participating practice; Dr. Ansel Whitcombe, MD, psychiatrist
  npi: "1648952061"
  address: |-
    4410 Kingston Court
    Knoxville, TN 37919
  phone: (865) 555-0137
record_dates:
  - file: clinical/ridgecrest-psychiatry-records-2023-2024.txt
    date: 2024-04-22
    released: 2026-11-23
    submitted: false
  - file: clinical/tms-evaluation-2026-07-21.txt
    date: 2026-07-21
  - file: other/practice-abn-statement-2026-11-25.txt
    date: 2026-11-25
bates_prefix: VESKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/medicare-summary-notice-2026-11-20.txt": r'''
MEDICARE SUMMARY NOTICE - PART B (FICTIONAL SAMPLE)                         Date: November 20, 2026
Harlan Veski   Medicare number FICT-5VX2-QN8-RT41   Processed by Cumberland Medicare Services (FICTIONAL)
Claim 26-1105-884210   Smoky Ridge Psychiatry & Neuromodulation, Dr. Ansel Whitcombe
08/03/2026-09/18/2026   90867 x1, 90868 x35   Amount charged $8,640.00   Medicare approved $0.00
Maximum you may be billed: $6,912.00
Notes: The information provided does not support the need for this service. The records show two antidepressant
trials (sertraline, escitalopram); LCD L99930 requires four.
[Remittance to the provider: group/reason PR-50.]

If you disagree with a coverage decision, file an appeal by March 20, 2027. Send it to Cumberland Medicare
Services, Part B Redeterminations, PO Box 30874, Nashville, TN 37230, or fax (615) 555-0169.
''',
"other/lcd-l99930-excerpt.txt": r'''
LOCAL COVERAGE DETERMINATION L99930 (FICTIONAL) - TRANSCRANIAL MAGNETIC STIMULATION FOR MAJOR DEPRESSIVE DISORDER
Contractor: Cumberland Medicare Services (FICTIONAL)      Revision effective 01/01/2026              Page 3
Covered indications - all of:
1. A diagnosis of severe major depressive disorder. 2. Failure of, or intolerance to, at least four
antidepressant trials of adequate dose and duration (at least 6 weeks), from at least two different agent
classes, in the current or a prior episode. 3. A trial of evidence-based psychotherapy of adequate frequency
and duration without significant improvement. 4. No seizure disorder and no implanted metal in or near the
head.
''',
"clinical/tms-evaluation-2026-07-21.txt": r'''
SMOKY RIDGE PSYCHIATRY & NEUROMODULATION (FICTIONAL) - TMS EVALUATION                 Date: 07/21/2026
Patient: Harlan Veski   DOB 10/19/1954   Psychiatrist: Dr. Ansel Whitcombe, MD              Page 1 of 1
Major depressive disorder, recurrent, severe, without psychotic features (F33.2). PHQ-9 22.
Medication trials: sertraline 150 mg 03/2021-09/2021 (26 weeks), no response; escitalopram 20 mg 01/2022-06/2022
(21 weeks), no response; venlafaxine XR and nortriptyline under his previous psychiatrist (Ridgecrest
Psychiatry, 2023-2024; records requested); bupropion XL 300 mg since 06/2024, partial response, continued;
mirtazapine 7.5 mg at bedtime for sleep since 01/2025.
Psychotherapy: CBT, 20 weekly sessions 09/2024-02/2025, PHQ-9 20 to 19.
Screening: no seizure history; no implanted devices or metal. Plan: 36 sessions of TMS.
Addendum 09/18/2026: course completed 08/03/2026-09/18/2026 (36 sessions); PHQ-9 9. No suicidal ideation.
''',
"clinical/ridgecrest-psychiatry-records-2023-2024.txt": r'''
RIDGECREST PSYCHIATRY (FICTIONAL) - MEDICATION RECORD (released 11/23/2026)     Last entry: 04/22/2024
Patient: Harlan Veski   DOB 10/19/1954                                                      Page 1 of 1
02/06/2023  Venlafaxine XR started, titrated to 225 mg daily by 03/2023.
08/14/2023  Venlafaxine XR 225 mg for 26 weeks: no response (PHQ-9 21 -> 20). Tapered off.
03/04/2024  Nortriptyline started, 75 mg daily by 03/2024.
04/08/2024  Orthostatic dizziness; fell at home 04/06/2024. Nortriptyline stopped after 5 weeks (intolerance).
04/22/2024  Transfer of care to Smoky Ridge Psychiatry requested by patient.
''',
"other/practice-abn-statement-2026-11-25.txt": r'''
SMOKY RIDGE PSYCHIATRY & NEUROMODULATION (FICTIONAL) - BILLING OFFICE                  Date: 11/25/2026
Re: Harlan Veski, claim 26-1105-884210                                                       Page 1 of 1
No Advance Beneficiary Notice of Noncoverage (ABN) was given to Mr. Veski for the TMS course of
08/03/2026-09/18/2026. The only ABN in his file is dated 03/11/2024 and concerns a laboratory test.
Records sent with the claim: our evaluation of 07/21/2026 and session notes. The Ridgecrest records were not sent.
Wendell Marsh-Iverson, Billing Manager
''',
"other/abn-2024-03-11-laboratory-test.txt": r'''
ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE (FICTIONAL SAMPLE)                          Dated: 03/11/2024
Patient: Harlan Veski   Item: laboratory test (drug-gene panel)   Estimated cost: $310.00
Option 1 checked. Signed: Harlan Veski.
''',
"other/cms-1696-appointment-2026-11-24.txt": r'''
APPOINTMENT OF REPRESENTATIVE (Form CMS-1696, FICTIONAL SAMPLE)                         Date: 11/24/2026
Beneficiary: Harlan Veski   Medicare number FICT-5VX2-QN8-RT41
I appoint Odalys Pemberton-Kuri, volunteer counselor, East Tennessee Medicare Counseling Program, to act as my
representative in connection with my claim 26-1105-884210 and my appeal of it.
Signed: Harlan Veski   Accepted: Odalys Pemberton-Kuri (no fee)
''',
"other/tms-session-sign-in-2026-08-03.txt": r'''
SMOKY RIDGE PSYCHIATRY & NEUROMODULATION (FICTIONAL) - TMS SIGN-IN SHEET              Date: 08/03/2026
08:00  H. Veski - motor threshold and session 1
09:00  C. Abernathy-Lowe - session 14
10:00  D. Rusk - session 22
''',
}

TRUTH = r'''
# 07 - Original Medicare Part B: a TMS course denied as "two trials" when four failed or were not tolerated, and billed to the patient without an ABN; redetermination by a SHIP counselor (FICTIONAL)

All people, contractors, LCDs, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harlan Veski, 72 (DOB 10/19/1954), in **Original Medicare Part B**, had **36 TMS sessions 08/03-09/18/2026** (90867
  x1, 90868 x35; F33.2) at Smoky Ridge Psychiatry & Neuromodulation (participating; Dr. Ansel Whitcombe, MD).
- The MSN of **11/20/2026** (claim **26-1105-884210**) denies it: "records show two antidepressant trials
  (sertraline, escitalopram); LCD L99930 requires four", and shows **"Maximum you may be billed: $6,912.00"**
  (PR-50).
- The fictional **LCD L99930** criterion 2 asks for **failure of, or intolerance to, four** trials from two classes,
  in the current **or a prior** episode. The record shows **sertraline (26 weeks), escitalopram (21 weeks) and
  venlafaxine XR 225 mg (26 weeks)** without response, and **nortriptyline 75 mg stopped after 5 weeks for
  orthostatic dizziness with a fall** - an intolerance. Four, from three classes. Criteria 1, 3 (CBT, 20 sessions,
  PHQ-9 20 to 19) and 4 are met too.
- The Ridgecrest records (venlafaxine, nortriptyline) were **never sent** with the claim (released 11/23/2026).
- **No ABN was given for TMS** (practice statement, 11/25/2026); the only ABN (03/11/2024) is for a lab test.
- **Rule and stage:** redetermination by the MAC, 42 CFR 405.940-405.958, within 120 days of receipt (receipt
  presumed 5 days after the notice: 405.942); the MSN prints **March 20, 2027**. Next: QIC reconsideration
  (405.962). Limitation on liability (Social Security Act 1879, 42 USC 1395pp; 42 CFR 411.400-411.406 - from
  memory): without an ABN the beneficiary who did not know is not liable for a denial as not reasonable and
  necessary.
- **Author:** a SHIP volunteer counselor appointed on form **CMS-1696** (11/24/2026); writes about "Mr. Veski".
- Expected answers (16) are in ANSWERS in case07.py, each checked by make_set.py in the document named.

## Deliberately unknown
- What Medicare would approve for the course: not in the case (the $6,912.00 is the MSN's "may be billed" figure).
- Whether the MAC read the other criteria: the MSN names only the trial count.
- Whether the provider would be found liable on appeal: a letter may ask for a liability finding under 1879, not
  state the outcome.

## Traps
- **Bupropion continues** (partial response): an adequate trial, never "failed" or "stopped"; the four failed or not
  tolerated trials do not include it.
- **Nortriptyline** is an intolerance (5 weeks), not a 6-week trial: count it only as the LCD counts intolerance.
- **Mirtazapine 7.5 mg** is a sleep dose, not a trial.
- **CBT** is psychotherapy: never counted among the antidepressant trials.
- **Records never sent:** the Ridgecrest records were not before the MAC; say so, don't say the MAC ignored them.
- **Stale / unrelated document:** the 2024 ABN is for a laboratory test, not TMS.
- **Other people:** the TMS sign-in sheet names two other patients (Abernathy-Lowe, Rusk).
- **Original Medicare has no plan terms:** no "plan's own policy", no MHPAEA (parity does not apply to Medicare),
  no ERISA, no external review, no 72-hour expedited appeal of a claim, no peer-to-peer.
- **Voice:** the counselor writes about Mr. Veski; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. LCD L99930 criterion 2 is met: four trials failed or not tolerated from three classes (sertraline, escitalopram,
   venlafaxine XR; nortriptyline intolerance), the two the MSN did not see being in the Ridgecrest records, never
   sent and now enclosed. Every other criterion is met; ask that the claim be paid.
2. In any case Mr. Veski is not liable: no ABN was given for TMS; ask for a limitation-on-liability finding under
   section 1879 and correction of "Maximum you may be billed".
3. The course worked: PHQ-9 22 to 9.

## What a letter must NOT say
- "failed bupropion"; "stopped bupropion"; mirtazapine or CBT as an antidepressant trial; "five antidepressant
  trials"; nortriptyline as "adequate" or "6 weeks".
- "the plan's policy", "the plan's terms"; "MHPAEA", "parity"; "ERISA"; "external review"; "expedited"; "72 hours".
- "Abernathy-Lowe"; "Rusk".
- "the MAC ignored the records" (they were never sent).
- "I" as the patient; "suicidal ideation".
'''

ANSWERS = [
    ("Claim number", "26-1105-884210", "denial/medicare-summary-notice-2026-11-20.txt"),
    ("What the MSN says the records show", "The records show two antidepressant trials (sertraline, escitalopram)", "denial/medicare-summary-notice-2026-11-20.txt"),
    ("Amount the patient is told he may be billed", "Maximum you may be billed: $6,912.00", "denial/medicare-summary-notice-2026-11-20.txt"),
    ("Appeal by", "file an appeal by March 20, 2027", "denial/medicare-summary-notice-2026-11-20.txt"),
    ("LCD criterion 2", "Failure of, or intolerance to, at least four", "other/lcd-l99930-excerpt.txt"),
    ("LCD counts prior episodes", "in the current or a prior episode", "other/lcd-l99930-excerpt.txt"),
    ("Third failed trial", "Venlafaxine XR 225 mg for 26 weeks: no response", "clinical/ridgecrest-psychiatry-records-2023-2024.txt"),
    ("Intolerance", "Nortriptyline stopped after 5 weeks (intolerance)", "clinical/ridgecrest-psychiatry-records-2023-2024.txt"),
    ("Records not sent", "The Ridgecrest records were not sent", "other/practice-abn-statement-2026-11-25.txt"),
    ("No ABN", "No Advance Beneficiary Notice of Noncoverage (ABN) was given", "other/practice-abn-statement-2026-11-25.txt"),
    ("The old ABN is for", "concerns a laboratory test", "other/practice-abn-statement-2026-11-25.txt"),
    ("Drug still taken", "bupropion XL 300 mg since 06/2024, partial response, continued", "clinical/tms-evaluation-2026-07-21.txt"),
    ("Sleep dose", "mirtazapine 7.5 mg at bedtime for sleep", "clinical/tms-evaluation-2026-07-21.txt"),
    ("Psychotherapy", "CBT, 20 weekly sessions 09/2024-02/2025, PHQ-9 20 to 19", "clinical/tms-evaluation-2026-07-21.txt"),
    ("Response", "PHQ-9 9", "clinical/tms-evaluation-2026-07-21.txt"),
    ("Other patient on the sign-in sheet", "C. Abernathy-Lowe", "other/tms-session-sign-in-2026-08-03.txt"),
]
