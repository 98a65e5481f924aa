"""Set 33 case 01 (FICTIONAL): TRICARE Prime, timely filing, TMS claim first received within the year."""

SLUG = "01-tricare-prime-tms-timely-filing-first-receipt-in-year-reconsideration-clinic-billing"

CASE_YAML = r'''
# FICTIONAL CASE (set 33, case 01) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Prime, active-duty family member. Renata Okafor-Lind, 34, had 30 TMS sessions 10/06-11/14/2025 on a
# referral. The East region contractor (FICTIONAL) first received the claim on 01/13/2026, asked for an
# other-health-insurance questionnaire by a letter mailed to a former address, closed the claim, and denied the
# resubmission of 11/09/2026 as filed more than one year after the services (CO-29). The clinic's billing
# specialist asks for reconsideration for the clinic, a network provider and a party to the claim.
patient:
  name: Renata Okafor-Lind
  salutation: Mrs. Okafor-Lind
  date_of_birth: 1992-04-17
  member_id: FICT-DBN-118406235
  address: |-
    418 Pinecrest Loop
    Jacksonville, NC 28546
  phone: (910) 555-0114
insurer:
  name: Tidewater Federal Health Services, TRICARE East Region contractor (FICTIONAL)
  appeals_address: |-
    Tidewater Federal Health Services - Claim Reconsiderations (FICTIONAL)
    PO Box 77014
    Norfolk, VA 23501
  fax: (757) 555-0161
claim:
  number: TFH-26-1109-004417
  plan_type: tricare
  notice_date: 2026-11-16
  appeal_deadline: 2027-02-14
  deadline_basis: >-
    Explanation of benefits of 11/16/2026: "You may request a reconsideration within 90 days from the date of this
    notice."
  service_dates: [2025-10-06, 2025-11-14]
  sessions: 30
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claim received 11/09/2026. TRICARE claims must be filed within one year
    of the date of service. No earlier claim for these services is on file. (CARC 29)
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
  action: none
  corrections:
    - said: No earlier claim for these services is on file.
      record: >-
        The clearinghouse acceptance report shows the contractor accepted this claim for the 30 sessions of
        10/06/2025-11/14/2025 on 01/13/2026 under control number TFH-26-0113-771902, and the contractor's own
        letter of 02/10/2026 asks for information about that claim by its number.
      file: other/clearinghouse-acceptance-report-2026-01-13.txt
      page: 1
plan_policy:
  name: Tidewater Federal Health Services TRICARE Provider Handbook 2026, Section 8.2 "Claim filing deadline"
  number: Section 8.2
  quote: >-
    TRICARE claims must be filed no later than one year after the date the services were provided. The date we
    first receive a claim is its filing date. A claim we deny or close for missing information, and that is
    resubmitted with that information, is reviewed against the date we first received it.
  file: other/provider-handbook-2026-section-8-excerpt.txt
filing:
  first_submitted: 2026-01-12
  received: 2026-01-13
  proof:
    - other/clearinghouse-acceptance-report-2026-01-13.txt
    - other/contractor-information-request-2026-02-10.txt
    - other/ohi-questionnaire-2026-10-28.txt
  limit_deadline: 2026-10-06
  asked: 2026-02-10
  answered: 2026-10-28
  method: electronic claim through the clinic's clearinghouse
  returned: 2026-03-16
  resent: 2026-11-09
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 sessions (90867, 90868)
  summary: >-
    A course of 30 TMS sessions for recurrent major depression, given on the primary care manager's referral; the
    coverage of the course is not in question, only the filing date of its claim.
clinical:
  severity: PHQ-9 21 on 10/06/2025; PHQ-9 8 on 11/14/2025
  severity_date: 2025-11-14
  suicidality: none
  suicidality_date: 2025-11-14
  response: PHQ-9 21 (10/06/2025) to 8 (11/14/2025)
  response_level: response
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the TMS course
      evidence: {file: clinical/tms-course-summary-2025-11-14.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-09
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-course-summary-2025-11-14.txt, page: 1}
author:
  name: Dolores Achterberg
  role: Billing and claims specialist, Crystal Coast Neuromodulation Clinic (the treating clinic)
  relation: provider
  address: |-
    Crystal Coast Neuromodulation Clinic (FICTIONAL), 2210 Western Boulevard, Suite 6
    Jacksonville, NC 28546
  phone: (910) 555-0127
  email: billing@crystalcoast-tms.example
provider:
  name: Crystal Coast Neuromodulation Clinic
  credentials: TRICARE network provider
  npi: "1582047316"
  address: |-
    2210 Western Boulevard, Suite 6
    Jacksonville, NC 28546
  phone: (910) 555-0127
prior_auth:
  approved:
    number: referral RFR-25-0919-55812
    date: 2025-09-22
    covers: TMS, up to 36 sessions, 09/22/2025 through 03/21/2026
    quote: "Referral approved: TMS 90867/90868, up to 36 sessions, valid 09/22/2025-03/21/2026."
    file: other/referral-approval-2025-09-22.txt
    lines:
      - {code: [90867, 90868], units: 36, given: 30}
record_dates:
  - file: clinical/tms-course-summary-2025-11-14.txt
    date: 2025-11-14
bates_prefix: OKAFORLIND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-11-16.txt": r'''
TIDEWATER FEDERAL HEALTH SERVICES (FICTIONAL) - TRICARE EAST REGION
TRICARE EXPLANATION OF BENEFITS                                   Date of notice: 11/16/2026
Beneficiary: Renata Okafor-Lind   DOB 04/17/1992   DBN FICT-DBN-118406235   Plan: TRICARE Prime (ADFM)
Provider: Crystal Coast Neuromodulation Clinic, NPI 1582047316
Claim TFH-26-1109-004417   Received 11/09/2026

Services 10/06/2025-11/14/2025   90867 x1, 90868 x29   Billed $9,450.00   Allowed $0.00   Paid $0.00
CARC 29. The time limit for filing has expired. Claim received 11/09/2026. TRICARE claims must be filed within one
year of the date of service. No earlier claim for these services is on file.

Your right to appeal: You may request a reconsideration within 90 days from the date of this notice. Send a
written request with a copy of this notice to Claim Reconsiderations, PO Box 77014, Norfolk, VA 23501, or fax
(757) 555-0161.
''',
    "other/clearinghouse-acceptance-report-2026-01-13.txt": r'''
HARBORLINE CLAIMS EXCHANGE (FICTIONAL CLEARINGHOUSE) - PAYER ACCEPTANCE REPORT (277CA)
Submitter: Crystal Coast Neuromodulation Clinic   Batch sent 01/12/2026 16:42   Report date 01/13/2026
Page 1 of 1

Line 1  Patient: OKAFOR-LIND, RENATA   DOS 10/06/2025-11/14/2025   90867 x1, 90868 x29   $9,450.00
        Payer: Tidewater Federal Health Services (TRICARE East)   Status: ACCEPTED 01/13/2026
        Payer claim control number: TFH-26-0113-771902
Line 2  Patient: BRANNIGAN, TOBIAS   DOS 12/01/2025-12/19/2025   90868 x15   $4,200.00
        Payer: Coastal Shore Health Plan   Status: ACCEPTED 01/13/2026
''',
    "other/contractor-information-request-2026-02-10.txt": r'''
TIDEWATER FEDERAL HEALTH SERVICES (FICTIONAL) - REQUEST FOR INFORMATION       Date: 02/10/2026
To the beneficiary: Renata Okafor-Lind, 77 Harbor Court Apt 3, Virginia Beach, VA 23451 (address on file)
Claim TFH-26-0113-771902, services 10/06/2025-11/14/2025, Crystal Coast Neuromodulation Clinic.

Before we can process this claim we need an Other Health Insurance (OHI) questionnaire from the beneficiary. If
we do not receive it within 35 days, the claim will be closed. You may send the questionnaire later and ask that
the claim be processed.

[Clinic note, handwritten on the copy obtained 10/27/2026: "Never reached pt - old VA Beach address; family moved
to Jacksonville 08/2025. Claim closed 03/16/2026 per contractor call ref CR-1027-338. Pt sent OHI form 10/28/2026;
rep said resubmit. Resubmitted 11/09/2026. - D.A."]
''',
    "other/ohi-questionnaire-2026-10-28.txt": r'''
TRICARE OTHER HEALTH INSURANCE QUESTIONNAIRE (contractor form, FICTIONAL)      Signed 10/28/2026
Beneficiary: Renata Okafor-Lind   DOB 04/17/1992   Current address: 418 Pinecrest Loop, Jacksonville, NC 28546
Do you have other health insurance?  [X] No
Signed: Renata Okafor-Lind   Faxed to the contractor 10/28/2026 (confirmation 10/28/2026 14:05, 3 pages)
''',
    "other/ohi-questionnaire-2023-stale.txt": r'''
TRICARE OTHER HEALTH INSURANCE QUESTIONNAIRE (contractor form, FICTIONAL)      Signed 05/02/2023
Beneficiary: Renata Okafor-Lind
Do you have other health insurance?  [X] Yes - Bayfront Retail Employee Health Plan (own employment)
[This 2023 form describes coverage that ended 06/30/2024 when she left that job; it is kept in the clinic's file.]
''',
    "other/provider-handbook-2026-section-8-excerpt.txt": r'''
TIDEWATER FEDERAL HEALTH SERVICES (FICTIONAL) - TRICARE PROVIDER HANDBOOK 2026 (excerpt)          Page 31 of 88
Section 8.2 Claim filing deadline
TRICARE claims must be filed no later than one year after the date the services were provided. The date we first
receive a claim is its filing date. A claim we deny or close for missing information, and that is resubmitted with
that information, is reviewed against the date we first received it.
''',
    "other/referral-approval-2025-09-22.txt": r'''
TIDEWATER FEDERAL HEALTH SERVICES (FICTIONAL) - REFERRAL AND AUTHORIZATION APPROVAL        Date: 09/22/2025
Beneficiary: Renata Okafor-Lind   Referring PCM: Lt. Cmdr. Hana Vreeland, MD (FICTIONAL)
Referral approved: TMS 90867/90868, up to 36 sessions, valid 09/22/2025-03/21/2026.
Number: RFR-25-0919-55812   Provider: Crystal Coast Neuromodulation Clinic
''',
    "clinical/tms-course-summary-2025-11-14.txt": r'''
CRYSTAL COAST NEUROMODULATION CLINIC (FICTIONAL) - TMS COURSE SUMMARY            Date: 11/14/2025
Patient: Renata Okafor-Lind   DOB 04/17/1992   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 30 sessions, 10/06/2025-11/14/2025, left DLPFC; motor threshold 10/06/2025 (90867), 29 treatment sessions
(90868). PHQ-9 21 at start, 8 at session 30. No suicidal ideation at any session.
Medication: sertraline 150 mg daily since 03/2024, partial response, continued; trazodone 50 mg at bedtime for
sleep since 09/2024.
Referral RFR-25-0919-55812 (36 sessions approved); 30 given.
''',
}

TRUTH = r'''
# 01 - TRICARE Prime: a TMS claim denied as late although first received within the year; reconsideration by the clinic's billing specialist (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Renata Okafor-Lind, 34 (DOB 04/17/1992), an active-duty family member in **TRICARE Prime**, had **30 TMS sessions
  10/06/2025-11/14/2025** (90867 x1, 90868 x29, F33.2) at Crystal Coast Neuromodulation Clinic on **referral
  RFR-25-0919-55812** (up to 36 sessions, 09/22/2025-03/21/2026). Coverage of the course is not disputed.
- The clinic sent the claim on **01/12/2026**; the contractor **accepted it on 01/13/2026** (277CA, control number
  **TFH-26-0113-771902**). The contractor's **02/10/2026** letter asked the beneficiary for an OHI questionnaire,
  mailed to a **former Virginia Beach address**; the claim was closed **03/16/2026**. The OHI questionnaire ("No" other
  insurance) was faxed **10/28/2026**; the clinic resubmitted on **11/09/2026**.
- The EOB of **11/16/2026** (claim TFH-26-1109-004417, **CO-29**) says "No earlier claim for these services is on
  file" - the contractor's own acceptance report and its own 02/10/2026 letter contradict that.
- The contractor's **Provider Handbook Section 8.2**: one year from the date of service; "The date we first receive a
  claim is its filing date"; a claim closed for missing information and resubmitted with it "is reviewed against the
  date we first received it". The first receipt, 01/13/2026, is within one year of every date of service (the earliest
  date's year ran to 10/06/2026).
- **Rule and stage:** TRICARE, 32 CFR 199.10: reconsideration by the regional contractor within **90 days of the
  notice: by 02/14/2027**. A timely-filing denial is a factual appeal (not medical necessity): the level after is a
  formal review by the Defense Health Agency, not the Quality Monitoring Contractor.
- **Author:** the clinic's billing specialist, for the clinic (a network provider and a party to its own claim);
  she writes for the clinic and about "Mrs. Okafor-Lind" / "the beneficiary"; no patient authorization is needed.

## Deliberately unknown
- Why the contractor's record did not link the resubmission to the first claim: not known; a letter may ask.
- Whether the contractor would have accepted the OHI form before closing the claim: not known.
- The allowed amount for the course: not in the case; a letter must not state a payment figure.

## Traps
- **Date, not medicine.** The winning point is the first receipt date (01/13/2026) and the handbook's own rule; no
  medical necessity, no clinical reviewer, no peer-to-peer.
- **A decision's stated fact the record contradicts:** "No earlier claim ... is on file" against the 277CA and the
  02/10/2026 request that names claim TFH-26-0113-771902.
- **Other person on a document:** the clearinghouse report's line 2 is another patient (Tobias Brannigan, another
  plan); not part of this appeal.
- **Stale form:** the 2023 OHI questionnaire ("Yes - Bayfront Retail Employee Health Plan") describes coverage that
  ended 06/30/2024; there is no other insurance now. A letter must not raise coordination of benefits.
- **Dates counted from the wrong day:** the year is counted from each date of service to the **first** receipt, not
  to 11/09/2026.
- **Sertraline continues** (partial response): never "failed" or "stopped"; **trazodone 50 mg** is a sleep dose.
  No suicidal ideation.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no state insurance department, no MHPAEA.
- **Voice:** the clinic's billing specialist writes for the clinic; never the patient's "I", never "my treatment".

## Arguments a strong letter makes (strongest first)
1. The contractor **first received the claim on 01/13/2026** (277CA, control TFH-26-0113-771902), within one year of
   every date of service; under its own Handbook Section 8.2 the resubmission of 11/09/2026, with the information
   asked for, is reviewed against that date. The claim is timely: reprocess and pay it.
2. Correct the EOB's statement that no earlier claim is on file, pointing to the acceptance report and the
   contractor's own 02/10/2026 request for information about that claim.
3. As a fallback only: the request for information went to an address the family had left in 08/2025, so the
   information could not be sent in time; ask that the claim be accepted for that reason.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; "Quality Monitoring Contractor" as the
  next level.
- "filed on 11/09/2026" as the filing date; "late"; "we missed the deadline"; conceding the limit.
- "Bayfront Retail", "other insurance", "coordination of benefits"; "Brannigan".
- "failed sertraline", "stopped sertraline"; trazodone as a trial; "suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA", "state insurance department".
'''

ANSWERS = [
    ("denial/explanation-of-benefits-2026-11-16.txt", "No earlier claim for these services is on file."),
    ("denial/explanation-of-benefits-2026-11-16.txt", "reconsideration within 90 days from the date of this notice"),
    ("other/clearinghouse-acceptance-report-2026-01-13.txt", "Status: ACCEPTED 01/13/2026"),
    ("other/clearinghouse-acceptance-report-2026-01-13.txt", "TFH-26-0113-771902"),
    ("other/clearinghouse-acceptance-report-2026-01-13.txt", "BRANNIGAN, TOBIAS"),
    ("other/contractor-information-request-2026-02-10.txt", "Virginia Beach, VA 23451"),
    ("other/contractor-information-request-2026-02-10.txt", "Claim TFH-26-0113-771902"),
    ("other/provider-handbook-2026-section-8-excerpt.txt", "is reviewed against the date we first received it"),
    ("other/ohi-questionnaire-2023-stale.txt", "ended 06/30/2024"),
    ("other/ohi-questionnaire-2026-10-28.txt", "[X] No"),
    ("other/referral-approval-2025-09-22.txt", "up to 36 sessions"),
    ("clinical/tms-course-summary-2025-11-14.txt", "partial response, continued"),
    ("clinical/tms-course-summary-2025-11-14.txt", "trazodone 50 mg at bedtime for sleep"),
    ("case.yaml", "received: 2026-01-13"),
    ("truth", "by 02/14/2027"),
    ("truth", "formal review by the Defense Health Agency"),
]
