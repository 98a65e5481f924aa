"""Set 29 case 01 (FICTIONAL): TRICARE Select, coordination of benefits, OHI ended before TMS; patient writes."""
SLUG = "01-tricare-select-ohi-ended-before-tms-coordination-of-benefits-reconsideration-patient"

CASE_YAML = """
# FICTIONAL CASE (set 29, case 01) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Select, retired sponsor, North Carolina. Desmond Okafor-Lind, 54, had 36 TMS sessions (07/06-08/21/2026),
# authorized by the regional contractor. The contractor denied the claim (CO-22) because its file still shows his
# former employer's PPO as other health insurance with no end date. That coverage ended 05/31/2026 and he reported it
# on 06/18/2026. He writes the reconsideration himself.
patient:
  name: Desmond Okafor-Lind
  salutation: Mr. Okafor-Lind
  date_of_birth: 1972-04-19
  member_id: FICT-DBN-40918273615
  address: |-
    418 Longleaf Pine Drive
    Fayetteville, NC 28314
  phone: (910) 555-0114
  email: d.okaforlind@mail.example
insurer:
  name: Atlantic Federal Health Services, TRICARE East regional contractor (FICTIONAL)
  appeals_address: |-
    Atlantic Federal Health Services - TRICARE Reconsiderations (address FICTIONAL)
    PO Box 70455
    Columbia, SC 29202
  fax: (803) 555-0163
claim:
  number: AFH-26-1015-884102
  plan_type: tricare
  notice_date: 2026-10-15
  appeal_deadline: 2027-01-13
  deadline_basis: >-
    Explanation of benefits of 10/15/2026: "You may ask for a reconsideration. Your request must be postmarked or
    received within 90 days of the date of this notice." Counted from the notice date.
  service_dates: [2026-07-06, 2026-08-21]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    Denied. Other health insurance (OHI) on file: Cardinal Logistics Employee PPO, effective 01/01/2023, no end date
    on file. TRICARE is the secondary payer. Submit the other health insurance's explanation of benefits. (CARC 22:
    this care may be covered by another payer per coordination of benefits.)
  denial_category: coordination_of_benefits
  action: none
other_coverage:
  plan: Cardinal Logistics Employee PPO (FICTIONAL)
  member_is: subscriber
  covered_here_as: retired sponsor enrolled in TRICARE Select
  ended: 2026-05-31
  reported: 2026-06-18
  proof:
    - other/ohi-termination-letter-2026-06-04.txt
    - other/ohi-questionnaire-confirmation-2026-06-18.txt
plan_policy:
  name: TRICARE Select beneficiary handbook, "Other health insurance" (FICTIONAL excerpt)
  quote: >-
    If you have other health insurance (OHI), your OHI pays first and TRICARE pays second. When your other health
    insurance ends, tell your regional contractor. Care you receive after your other health insurance ends is paid
    by TRICARE as the primary payer.
  file: other/tricare-select-handbook-ohi-excerpt.txt
prior_auth:
  approved:
    number: TMS authorization TSA-26-0624-33817
    date: 2026-06-26
    covers: 36 TMS sessions (90867 x1, 90868 x35) from 07/01/2026 through 09/30/2026
    quote: >-
      Approved: 36 sessions of transcranial magnetic stimulation, 07/01/2026 through 09/30/2026. Authorization is not
      a guarantee of payment. TRICARE pays after any other health insurance.
    file: other/tms-authorization-2026-06-26.txt
    from: 2026-07-01
    through: 2026-09-30
    lines:
      - {code: [90867, 90868], units: 36, given: 36}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A course of 36 TMS sessions for recurrent severe major depression, authorized in advance by the regional
    contractor; PHQ-9 fell from 23 to 8.
clinical:
  severity: PHQ-9 23 on 06/15/2026 (before TMS); PHQ-9 8 on 08/21/2026 (last session)
  severity_date: 2026-08-21
  suicidality: passive
  suicidality_date: 2026-06-15
  response: PHQ-9 23 (06/15/2026) to 8 (08/21/2026)
  response_level: response
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2019-02
      end: 2019-12
      kind: antidepressant
      response: remission
      outcome: Remission in the 2019 episode; tapered off in remission (an earlier episode, not a failed trial)
      evidence: {file: clinical/tms-treatment-summary-2026-08-28.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-09
      end: 2026-01
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 225 mg; stopped
      evidence: {file: clinical/tms-treatment-summary-2026-08-28.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after TMS
      evidence: {file: clinical/tms-treatment-summary-2026-08-28.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2026-02
      end: 2026-03
      weeks: 4
      kind: augmentation
      adequate: false
      outcome: Stopped after 4 weeks for akathisia (intolerance, not an adequate trial)
      evidence: {file: clinical/tms-treatment-summary-2026-08-28.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-treatment-summary-2026-08-28.txt, page: 1}
author:
  name: Desmond Okafor-Lind
  role: Patient (TRICARE Select beneficiary, retired sponsor)
  relation: patient
  address: |-
    418 Longleaf Pine Drive
    Fayetteville, NC 28314
  phone: (910) 555-0114
  email: d.okaforlind@mail.example
provider:
  name: Amara Whitcombe
  credentials: MD
  npi: "1735672945"
  address: |-
    Cape Fear Neuromodulation Center (FICTIONAL), 2210 Raeford Road, Suite 3
    Fayetteville, NC 28305
  phone: (910) 555-0138
record_dates:
  - file: clinical/tms-treatment-summary-2026-08-28.txt
    date: 2026-08-28
bates_prefix: OKAFORLIND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-15.txt": """
ATLANTIC FEDERAL HEALTH SERVICES (FICTIONAL) - TRICARE EAST REGION
TRICARE EXPLANATION OF BENEFITS                                   Date of this notice: 10/15/2026
Beneficiary: Desmond Okafor-Lind (sponsor, retired)   DBN FICT-DBN-40918273615   Plan: TRICARE Select
Claim: AFH-26-1015-884102      Provider: Amara Whitcombe, MD, Cape Fear Neuromodulation Center (network)
Page 1 of 1

07/06/2026 - 08/21/2026   90867 x1, 90868 x35   36 sessions   billed $10,800.00   TRICARE paid $0.00
Reason: Denied. Other health insurance (OHI) on file: Cardinal Logistics Employee PPO, effective 01/01/2023, no end
date on file. TRICARE is the secondary payer. Submit the other health insurance's explanation of benefits. (CARC 22:
this care may be covered by another payer per coordination of benefits.)

YOUR APPEAL RIGHTS: You may ask for a reconsideration. Your request must be postmarked or received within 90 days of
the date of this notice. Write to Atlantic Federal Health Services - TRICARE Reconsiderations, PO Box 70455,
Columbia, SC 29202, or fax (803) 555-0163. Include a copy of this notice and any new information.
""",
    "clinical/tms-treatment-summary-2026-08-28.txt": """
CAPE FEAR NEUROMODULATION CENTER (FICTIONAL)
TMS TREATMENT SUMMARY                                                 Date: 08/28/2026
Patient: Desmond Okafor-Lind   DOB 04/19/1972   Physician: Amara Whitcombe, MD (NPI 1735672945)
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 36 sessions, 07/06/2026 through 08/21/2026 (90867 on 07/06; 90868 x35), authorized by the TRICARE contractor
(TSA-26-0624-33817). PHQ-9 23 on 06/15/2026 with passive death wish, no plan; PHQ-9 8 on 08/21/2026; no suicidal
ideation since 07/20/2026.
Medication history: bupropion XL 300 mg 02/2019-12/2019, remission in that episode, tapered off while well;
venlafaxine XR 225 mg 09/2025-01/2026, no response after 10 weeks, stopped; sertraline 150 mg since 01/2026, partial
response, continued; aripiprazole 5 mg added 02/2026, stopped after 4 weeks for akathisia; trazodone 50 mg at bedtime
for sleep since 10/2025.
Plan: continue sertraline; follow-up PHQ-9 monthly; no maintenance TMS planned at this time.
""",
    "other/ohi-termination-letter-2026-06-04.txt": """
CARDINAL LOGISTICS EMPLOYEE PPO (FICTIONAL) - NOTICE OF END OF COVERAGE         Date: 06/04/2026
To: Desmond Okafor-Lind, 418 Longleaf Pine Drive, Fayetteville, NC 28314
Member ID: CLX-5527193-01 (employee)

Your coverage under the Cardinal Logistics Employee PPO ended on 05/31/2026 because your employment ended on
05/29/2026. Your COBRA election period closed on 07/30/2026 without an election: no continuation coverage is in
force. Dependents covered: none.
""",
    "other/ohi-questionnaire-confirmation-2026-06-18.txt": """
ATLANTIC FEDERAL HEALTH SERVICES (FICTIONAL) - BENEFICIARY PORTAL
OTHER HEALTH INSURANCE QUESTIONNAIRE - SUBMISSION CONFIRMATION
Submitted: 06/18/2026 21:14 ET     Confirmation number: OHI-26-0618-5521
Beneficiary: Desmond Okafor-Lind (sponsor)   DBN FICT-DBN-40918273615

Q1. Do you have other health insurance now?  NO
Q2. Other health insurance that ended: Cardinal Logistics Employee PPO, member ID CLX-5527193-01,
    covered as: employee (subscriber), end date: 05/31/2026. Attachment: notice of end of coverage dated 06/04/2026.
Q3. Does your spouse have other health insurance?  YES - Lucia Okafor-Lind: Harbor County Schools Health Plan
    (FICTIONAL), through her own employer. Covers: employee only (Lucia). Desmond is NOT covered by this plan.
""",
    "other/tms-authorization-2026-06-26.txt": """
ATLANTIC FEDERAL HEALTH SERVICES (FICTIONAL) - TRICARE EAST REGION
AUTHORIZATION LETTER                                                   Date: 06/26/2026
Beneficiary: Desmond Okafor-Lind   Authorization: TSA-26-0624-33817
Provider: Amara Whitcombe, MD, Cape Fear Neuromodulation Center

Approved: 36 sessions of transcranial magnetic stimulation, 07/01/2026 through 09/30/2026. Authorization is not a
guarantee of payment. TRICARE pays after any other health insurance.
""",
    "other/tricare-select-handbook-ohi-excerpt.txt": """
TRICARE SELECT BENEFICIARY HANDBOOK - "OTHER HEALTH INSURANCE" (FICTIONAL excerpt written for this test set; not
the program's own wording)

If you have other health insurance (OHI), your OHI pays first and TRICARE pays second. When your other health
insurance ends, tell your regional contractor. Care you receive after your other health insurance ends is paid
by TRICARE as the primary payer.
""",
    "other/clinic-intake-insurance-sheet-2026-03.txt": """
CAPE FEAR NEUROMODULATION CENTER (FICTIONAL) - INSURANCE INTAKE SHEET (taken at the consult of 03/11/2026)
Patient: Desmond Okafor-Lind
Primary: Cardinal Logistics Employee PPO, member ID CLX-5527193-01 (employee)
Secondary: TRICARE Select
(Front desk did not update this sheet after the consult; see the 06/2026 authorization in the chart.)
""",
}

TRUTH = """
# 01 - TRICARE Select: other health insurance that had ended before a TMS course; reconsideration by the patient (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Okafor-Lind, **54** (DOB 04/19/1972), Fayetteville, NC, is a **retired sponsor in TRICARE Select**.
- He had **36 TMS sessions, 07/06/2026 through 08/21/2026** (90867 x1, 90868 x35), for F33.2, **authorized in advance**
  by the regional contractor (TSA-26-0624-33817, 06/26/2026, 36 sessions 07/01-09/30/2026).
- The contractor's EOB of **10/15/2026** (claim AFH-26-1015-884102, **CO-22**) denied the claim because its file shows
  **Cardinal Logistics Employee PPO** as other health insurance (OHI) "effective 01/01/2023, no end date on file".
- That PPO **ended 05/31/2026** (his job ended 05/29/2026; COBRA not elected; notice of 06/04/2026). He **reported it**
  through the contractor's portal OHI questionnaire on **06/18/2026** (confirmation OHI-26-0618-5521). Every date of
  TMS (from 07/06/2026) is after the PPO ended, so no other plan covered him on any date of care and no other EOB can
  exist.
- Necessity is not in dispute (authorized; PHQ-9 23 -> 8).
- **Stage and rule:** a reconsideration by the regional contractor, 32 CFR 199.10: postmarked or received within 90
  days of the notice, **by 01/13/2027**. This is a factual (not medical-necessity) denial: if upheld, the next level is a
  formal review by the Defense Health Agency (60 days), not the Quality Monitoring Contractor.
- **Author:** the patient himself: "I".

## Deliberately unknown
- Whether the contractor received or processed the 06/18 questionnaire (only the portal confirmation is in hand); the
  letter may say it was submitted, not that the contractor has it on file.
- Why the contractor's record was not updated.
- Whether the clinic will bill him if the claim stays denied (no balance bill in the case).

## Traps
- **Date, not medicine.** The winning point is the end date of the other coverage (05/31/2026) against the first
  session (07/06/2026), with the termination notice and the questionnaire confirmation. No medical-necessity argument,
  no peer-to-peer, no clinical reviewer.
- **Spouse's coverage:** the questionnaire says his wife Lucia has her own employer plan that **covers her only**. A
  letter must not say no one in the family has other insurance, and must not say he is covered by his wife's plan.
- **Stale intake sheet:** the clinic's 03/2026 intake sheet lists the Cardinal PPO as primary; it predates the end of
  that coverage.
- **The authorization's boilerplate** "TRICARE pays after any other health insurance" is true and does not help the
  denial: there was none.
- **Sertraline continues** (partial response): never "failed" or "stopped". **Bupropion 2019** was a remission in an
  earlier episode, not a failure. **Aripiprazole** 4 weeks, akathisia: intolerance. **Trazodone 50 mg** is a sleep aid.
  Passive death wish in June only; never "active suicidal ideation".
- **Wrong law:** no ERISA, no ACA 45 CFR 147.136, no MHPAEA/parity, no state insurance department or state external
  review, no NAIC COB rules, no Medicare secondary payer rules (he is 54 and not on Medicare).
- **Voice:** the patient writes "I"; never "Mr. Okafor-Lind has ..." in his own letter.

## Arguments a strong letter makes (strongest first)
1. The other health insurance the contractor names **ended on 05/31/2026**, before the first session on 07/06/2026
   (termination notice of 06/04/2026); it covered no date of this care, so TRICARE is the primary payer for every
   session, as its own handbook wording says.
2. He reported the end of that coverage on **06/18/2026** (confirmation OHI-26-0618-5521), weeks before treatment;
   ask the contractor to correct its OHI record (end date 05/31/2026) and reprocess the claim as primary payer.
3. The course was authorized in advance (TSA-26-0624-33817) and given within the authorization's dates and units.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; "Quality Monitoring Contractor".
- "no one in my family has other insurance"; "covered by my wife's plan"; "Harbor County Schools" as his coverage.
- "the PPO is primary"; "I will submit the other insurance's EOB".
- "failed sertraline", "stopped sertraline"; bupropion "failed"; trazodone as a trial; "active suicidal ideation".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "external review", "insurance department",
  "Medicare".
"""

ANSWERS = [
    ("denial/explanation-of-benefits-2026-10-15.txt", "no end date on file"),
    ("denial/explanation-of-benefits-2026-10-15.txt", "within 90 days of the date of this notice"),
    ("other/ohi-termination-letter-2026-06-04.txt", "ended on 05/31/2026"),
    ("other/ohi-termination-letter-2026-06-04.txt", "without an election"),
    ("other/ohi-questionnaire-confirmation-2026-06-18.txt", "OHI-26-0618-5521"),
    ("other/ohi-questionnaire-confirmation-2026-06-18.txt", "Desmond is NOT covered by this plan"),
    ("other/tms-authorization-2026-06-26.txt", "36 sessions of transcranial magnetic stimulation, 07/01/2026 through 09/30/2026"),
    ("other/tricare-select-handbook-ohi-excerpt.txt", "paid by TRICARE as the primary payer"),
    ("clinical/tms-treatment-summary-2026-08-28.txt", "PHQ-9 8 on 08/21/2026"),
    ("clinical/tms-treatment-summary-2026-08-28.txt", "sertraline 150 mg since 01/2026, partial response, continued"),
    ("clinical/tms-treatment-summary-2026-08-28.txt", "remission in that episode"),
    ("clinical/tms-treatment-summary-2026-08-28.txt", "stopped after 4 weeks for akathisia"),
    ("clinical/tms-treatment-summary-2026-08-28.txt", "trazodone 50 mg at bedtime for sleep"),
    ("other/clinic-intake-insurance-sheet-2026-03.txt", "Primary: Cardinal Logistics Employee PPO"),
    ("case.yaml", "appeal_deadline: 2027-01-13"),
    ("truth", "by 01/13/2027"),
]
