"""Set 28, case 05 (FICTIONAL): state employees' self-funded plan, TMS claim billed with an unspecified diagnosis; corrected claim."""

SLUG = "05-state-employees-self-funded-tms-diagnosis-code-corrected-claim-first-appeal-billing-specialist"

CASE_YAML = """
# FICTIONAL CASE (set 28, case 05) - every person, plan, provider, number and address is invented.
# State employees' health plan, self-funded (governmental), Idaho. Harold Pryce, 44, had 36 TMS sessions
# (07/06-08/24/2026) under a prior authorization approved for F33.2. The clinic's claim carried F32.9 (a default
# from the referral), and the plan denied it (CO-11) on 10/20/2026, saying TMS policy TMS-PA-4 covers F32.2 and F33.2
# only and that no corrected claim was on file. The clinic sent a replacement claim with F33.2 on 10/02/2026,
# accepted by the plan's claims system on 10/03/2026. The clinic's billing specialist, the member's authorized
# representative, files the first internal appeal.
patient:
  name: Harold Pryce
  salutation: Mr. Pryce
  date_of_birth: 1982-06-14
  member_id: FICT-GSP-6604218
  address: |-
    2209 North 15th Street
    Boise, ID 83702
  phone: (208) 555-0128
insurer:
  name: Gem State Public Employees Health Plan (FICTIONAL; claims administered by Sawtooth Benefit Administrators)
  appeals_address: |-
    Sawtooth Benefit Administrators - Appeals, for the Gem State Public Employees Health Plan (address FICTIONAL)
    PO Box 8410
    Boise, ID 83707
  fax: (208) 555-0172
claim:
  number: SBA-26-0915-448120
  plan_type: governmental
  funding: self_funded
  notice_date: 2026-10-20
  appeal_deadline: 2027-04-18
  deadline_basis: >-
    Notice of 10/20/2026: "You may appeal within 180 days after you receive this notice"; counted here from the notice
    date, without mailing days.
  service_dates: [2026-07-06, 2026-08-24]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-11]
  denial_reason: >-
    The diagnosis billed (F32.9, major depressive disorder, single episode, unspecified) is inconsistent with the
    procedure. Medical policy TMS-PA-4 covers TMS for F32.2 and F33.2 only. No corrected claim is on file.
    (CARC 11.)
  denial_category: coding_billing
  denial_reasons: [coding_billing]
  coding_correct: false
  action: none
corrected_claim:
  error: >-
    The original claim carried the diagnosis F32.9, a default the clinic's system took from the referral, instead of
    F33.2, the diagnosis in the psychiatrist's evaluation and on the prior authorization
  resubmission_code: 7
  file: other/corrected-claim-2026-10-02.txt
  lines:
    - code: "90867"
      units: 1
      documented: TMS motor threshold mapping and first treatment on 07/06/2026, diagnosis F33.2
      evidence: {file: clinical/tms-course-summary-2026-08-28.txt, page: 1}
    - code: "90868"
      units: 35
      documented: 35 TMS treatments, 07/07 through 08/24/2026, diagnosis F33.2
      evidence: {file: clinical/tms-course-summary-2026-08-28.txt, page: 1}
  sent: 2026-10-02
  accepted: 2026-10-03
  reference: clearinghouse acceptance report, batch 55107, payer claim control SBA-26-1003-470066
  proof: other/clearinghouse-acceptance-report-2026-10-03.txt
  deadline: 2027-01-02
prior_auth:
  approved:
    number: PA-26-0630-5512
    date: 2026-06-30
    covers: 36 TMS sessions (90867 and 90868), 07/01/2026 through 09/30/2026, diagnosis F33.2
    quote: >-
      Approved: TMS, 36 sessions (90867, 90868), 07/01/2026 through 09/30/2026. Diagnosis: F33.2.
    file: other/prior-authorization-approval-2026-06-30.txt
    from: 2026-07-01
    through: 2026-09-30
    lines:
      - {code: [90867, 90868], units: 36, given: 36}
plan_policy:
  name: Medical policy TMS-PA-4 (transcranial magnetic stimulation) and Provider Manual Section 9.3 (corrected claims)
  number: TMS-PA-4
  quote: >-
    TMS is covered for major depressive disorder, single episode, severe without psychotic features (F32.2) or
    recurrent, severe without psychotic features (F33.2), when prior authorization is approved. Corrected claims:
    submit a replacement claim (frequency code 7) within 180 days of the first date of service on the claim.
  file: other/tms-policy-and-corrected-claims-excerpt.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A 36-session TMS course, 07/06 through 08/24/2026, under prior authorization PA-26-0630-5512 for F33.2; PHQ-9 22 to 8.
clinical:
  severity: PHQ-9 22 on 07/01/2026; PHQ-9 8 on 08/28/2026
  severity_date: 2026-08-28
  suicidality: none
  suicidality_date: 2026-08-28
  response: PHQ-9 22 (07/01/2026) to 8 (08/28/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-02
      end: 2024-05
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 200 mg; stopped
      evidence: {file: clinical/tms-course-summary-2026-08-28.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2024-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after TMS
      evidence: {file: clinical/tms-course-summary-2026-08-28.txt, page: 1}
    - drug: Doxepin
      dose: 10 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/tms-course-summary-2026-08-28.txt, page: 1}
    - drug: Cognitive behavioral therapy
      start: 2025-02
      end: 2025-06
      sessions: 16
      kind: psychotherapy
      adequate: true
      response: partial
      outcome: 16 sessions; partial benefit
      evidence: {file: clinical/tms-course-summary-2026-08-28.txt, page: 1}
author:
  name: Kendra Aldous
  role: Billing and reimbursement specialist, Treasure Valley TMS Center (FICTIONAL); the member's authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-10-27.txt
  address: |-
    Treasure Valley TMS Center (FICTIONAL), 1405 West Main Street, Suite 210
    Boise, ID 83702
  phone: (208) 555-0136
  email: billing@tv-tms.example
provider:
  name: Marisol Etxeberria
  credentials: MD
  npi: "1182609358"
  address: |-
    Treasure Valley TMS Center (FICTIONAL), 1405 West Main Street, Suite 210
    Boise, ID 83702
  phone: (208) 555-0136
record_dates:
  - file: clinical/tms-course-summary-2026-08-28.txt
    date: 2026-08-28
bates_prefix: PRYCE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-20.txt": """
GEM STATE PUBLIC EMPLOYEES HEALTH PLAN (FICTIONAL) - SAWTOOTH BENEFIT ADMINISTRATORS
EXPLANATION OF BENEFITS AND NOTICE OF DENIAL                   Date of this notice: 10/20/2026
Member: Harold Pryce   Member ID FICT-GSP-6604218   Claim: SBA-26-0915-448120 (received 09/15/2026)
Page 1 of 1

Provider: Treasure Valley TMS Center (Marisol Etxeberria, MD), in network
  07/06/2026 90867 x1; 07/07-08/24/2026 90868 x35   Diagnosis billed: F32.9   billed $10,080.00   paid $0.00
  The diagnosis billed (F32.9, major depressive disorder, single episode, unspecified) is inconsistent with the
  procedure. Medical policy TMS-PA-4 covers TMS for F32.2 and F33.2 only. No corrected claim is on file. (CARC 11.)
You may appeal within 180 days after you receive this notice. Send it to Sawtooth Benefit Administrators - Appeals,
PO Box 8410, Boise, ID 83707, or fax (208) 555-0172.
""",
    "other/corrected-claim-2026-10-02.txt": """
CORRECTED CLAIM (CMS-1500 data, reproduced; FICTIONAL)                     Prepared and sent: 10/02/2026
Claim frequency code 7 (replacement of prior claim); original claim SBA-26-0915-448120.
Patient: Harold Pryce   Member ID FICT-GSP-6604218   Prior authorization PA-26-0630-5512
Diagnosis A: F33.2
Line 1: 07/06/2026  90867  1 unit   pointer A
Line 2: 07/07/2026-08/24/2026  90868  35 units (one per treatment day)   pointer A
Rendering provider: Marisol Etxeberria, MD, NPI 1182609358.
""",
    "other/clearinghouse-acceptance-report-2026-10-03.txt": """
CLEARINGHOUSE ACCEPTANCE REPORT (FICTIONAL REPRODUCTION)                    Batch 55107, run 10/03/2026
Payer: Sawtooth Benefit Administrators
  Pryce, Harold   FICT-GSP-6604218   frequency 7, replaces SBA-26-0915-448120   ACCEPTED 10/03/2026
      payer claim control SBA-26-1003-470066
  Lindgren, Paula   (another patient of the center)   frequency 1   ACCEPTED 10/03/2026
""",
    "other/prior-authorization-approval-2026-06-30.txt": """
SAWTOOTH BENEFIT ADMINISTRATORS (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL       Date: 06/30/2026
Member: Harold Pryce   Authorization PA-26-0630-5512
Approved: TMS, 36 sessions (90867, 90868), 07/01/2026 through 09/30/2026. Diagnosis: F33.2.
""",
    "other/tms-policy-and-corrected-claims-excerpt.txt": """
GEM STATE PUBLIC EMPLOYEES HEALTH PLAN (FICTIONAL) - excerpts
Medical policy TMS-PA-4: TMS is covered for major depressive disorder, single episode, severe without psychotic
features (F32.2) or recurrent, severe without psychotic features (F33.2), when prior authorization is approved.
Provider Manual Section 9.3, Corrected claims: submit a replacement claim (frequency code 7) within 180 days of the
first date of service on the claim.
""",
    "other/referral-form-2026-05.txt": """
PRIMARY CARE REFERRAL (FICTIONAL)                                            05/19/2026
Refer Harold Pryce to Treasure Valley TMS Center for evaluation. Working diagnosis: depression, F32.9.
(Referral from his primary care office before the psychiatric evaluation.)
""",
    "clinical/tms-course-summary-2026-08-28.txt": """
TREASURE VALLEY TMS CENTER (FICTIONAL)
TMS COURSE SUMMARY                                             Date: 08/28/2026
Patient: Harold Pryce   DOB 06/14/1982   Psychiatrist: Marisol Etxeberria, MD (NPI 1182609358)
Page 1 of 1

Diagnosis (psychiatric evaluation of 06/22/2026): major depressive disorder, recurrent, severe without psychotic
features (F33.2); third episode.
Course: motor threshold mapping and first treatment 07/06/2026; 35 further treatments 07/07-08/24/2026; 36 in all,
within authorization PA-26-0630-5512. PHQ-9 22 on 07/01/2026; 8 on 08/28/2026. No suicidal ideation.
History: sertraline 200 mg 02-05/2024, no response at 12 weeks; vortioxetine 20 mg since 07/2024, partial response,
continued; doxepin 10 mg at bedtime for sleep; CBT 16 sessions 02-06/2025, partial benefit.
""",
    "other/authorized-representative-form-2026-10-27.txt": """
DESIGNATION OF AUTHORIZED REPRESENTATIVE (plan form, reproduced; FICTIONAL)        Signed: 10/27/2026
I, Harold Pryce, designate Kendra Aldous, billing and reimbursement specialist at Treasure Valley TMS Center, to appeal
claim SBA-26-0915-448120 for me. Signed: Harold Pryce.
""",
}

TRUTH = """
# 05 - State employees' self-funded plan: TMS claim billed with F32.9; corrected claim; first appeal by the clinic's billing specialist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Pryce, 44 (DOB 06/14/1982), Boise, ID, is in the **Gem State Public Employees Health Plan**, a state
  employees' plan, **self-funded**, claims administered by Sawtooth Benefit Administrators.
- He had **36 TMS sessions**: 90867 on 07/06/2026 and 90868 x35 on 07/07-08/24/2026, under **prior authorization
  PA-26-0630-5512** (36 sessions, 07/01-09/30/2026, **diagnosis F33.2**). PHQ-9 22 -> 8.
- The original claim (received 09/15/2026) carried **F32.9**, taken from the **05/19/2026 referral**; the
  psychiatrist's evaluation (06/22/2026) and the authorization say **F33.2**. `coding_correct: false`.
- A **replacement claim (frequency 7) with F33.2 was sent 10/02/2026 and accepted 10/03/2026** (batch 55107, payer
  claim control SBA-26-1003-470066), within Provider Manual 9.3's 180 days of the first date of service (by
  01/02/2027).
- The **notice of 10/20/2026** (claim SBA-26-0915-448120, CO-11) says "No corrected claim is on file": contradicted by
  the acceptance report, 17 days earlier.
- **Stage and rule:** first internal appeal; a non-federal governmental plan is under the PHS Act claims and appeals
  rule (45 CFR 147.136(b)(2)); 180 days: **by 04/18/2027** counted from the notice date; post-service decision within
  60 days. External review reaches medical-judgment denials; a coding denial is not one.
- **Author:** Kendra Aldous, the center's billing specialist, the member's **authorized representative** (10/27/2026);
  not a clinician.

## Deliberately unknown
- Why the plan did not match the replacement claim to the original: not in the case; the letter may ask.
- The allowed amounts and what the plan will pay: not known; never "$10,080.00 is owed".
- Whether the plan counts its own 180-day corrected-claim rule from the first or each date of service: only the
  first is quoted; every date is within it either way.

## Traps
- **Document/date, not medicine.** The winning point is the **corrected claim accepted 10/03/2026** (before the
  10/20 notice) with F33.2, the diagnosis the plan itself authorized. No medical-necessity argument, no failed-trial
  count as the ground, no peer-to-peer, no clinical reviewer.
- **Never "correctly coded":** the original claim was wrong (F32.9); the letter says it was corrected.
- **Stale document:** the **referral (F32.9)** is the source of the error and says "working diagnosis"; it is not the
  diagnosis.
- **Other person on a document:** the acceptance report's second line is **another patient (Paula Lindgren)**.
- **Vortioxetine continues** (partial): never "failed". **Doxepin 10 mg** is a sleep dose. **CBT** is psychotherapy,
  not a drug trial.
- **Wrong law:** not ERISA (a governmental plan: no 29 CFR 2560.503-1 as governing, no EBSA/Labor Department
  complaint), no Medicare/Medicaid; no parity argument (the ground is a code); no external review promised.
- **Voice:** the billing specialist writes for the clinic and the member ("Mr. Pryce"); never as a clinician or as the
  patient; never "I treated".

## Arguments a strong letter makes (strongest first)
1. A **replacement claim (frequency 7) with F33.2** was sent 10/02/2026 and **accepted 10/03/2026** (batch 55107,
   control SBA-26-1003-470066): the notice's "No corrected claim is on file" is contradicted by the record.
2. F33.2 is a diagnosis **TMS-PA-4 covers**, the one in the psychiatrist's evaluation and on **PA-26-0630-5512**; all
   36 sessions fall within the authorization's dates and count. Process the claim as corrected.
3. The replacement came within the Provider Manual's 180 days (by 01/02/2027).

## What a letter must NOT say
- "the claim was correctly coded"; "F32.9" as his diagnosis; the referral as the diagnosis.
- "medically necessary" as the ground; "peer-to-peer"; "failed vortioxetine"; doxepin or CBT as a failed drug.
- Paula Lindgren's claim; "$10,080.00 is owed".
- "ERISA", "29 CFR 2560.503-1" as governing, "Department of Labor", "EBSA", "Medicare", "external review" promised.
"""

ANSWERS = [
    ("other/clearinghouse-acceptance-report-2026-10-03.txt", "ACCEPTED 10/03/2026"),
    ("other/clearinghouse-acceptance-report-2026-10-03.txt", "payer claim control SBA-26-1003-470066"),
    ("other/clearinghouse-acceptance-report-2026-10-03.txt", "Lindgren, Paula   (another patient of the center)"),
    ("other/corrected-claim-2026-10-02.txt", "Claim frequency code 7 (replacement of prior claim)"),
    ("other/corrected-claim-2026-10-02.txt", "Diagnosis A: F33.2"),
    ("other/prior-authorization-approval-2026-06-30.txt", "Diagnosis: F33.2."),
    ("other/tms-policy-and-corrected-claims-excerpt.txt", "within 180 days of the first date of service on the claim"),
    ("denial/explanation-of-benefits-2026-10-20.txt", "No corrected claim is on file."),
    ("denial/explanation-of-benefits-2026-10-20.txt", "Diagnosis billed: F32.9"),
    ("other/referral-form-2026-05.txt", "Working diagnosis: depression, F32.9."),
    ("clinical/tms-course-summary-2026-08-28.txt", "vortioxetine 20 mg since 07/2024, partial response"),
    ("clinical/tms-course-summary-2026-08-28.txt", "doxepin 10 mg at bedtime for sleep"),
    ("clinical/tms-course-summary-2026-08-28.txt", "recurrent, severe without psychotic"),
    ("truth", "by 04/18/2027"),
    ("truth", 'Never "correctly coded"'),
    ("case.yaml", "coding_correct: false"),
]
