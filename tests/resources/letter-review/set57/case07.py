"""FICTIONAL - set 57, case 07."""
SLUG = "07-tricare-select-tamp-php-ptsd-coverage-ended-said-reconsideration-husband-sponsor"

CASE_YAML = r'''
# FICTIONAL CASE (set 57, case 07) - every person, plan, contractor, number and address is invented.
# TRICARE Select under TAMP, Washington. Keisha Morrow-Delgado, 33, had a partial hospitalization program for PTSD
# 09/08-10/02/2026. Her husband left active duty on 06/30/2026 (involuntary separation, TAMP-eligible). The EOB of
# 11/12/2026 denies the claim as "expenses incurred after coverage terminated" (CO-27) from a DEERS record that
# predates the TAMP entry. TAMP runs 180 days, 07/01-12/27/2026. Her husband, the sponsor, asks for reconsideration
# with her written authorization.
patient:
  name: Keisha Morrow-Delgado
  salutation: Mrs. Morrow-Delgado
  date_of_birth: 1993-07-22
  member_id: FICT-DBN-205913374
  address: |-
    4410 Steilacoom Boulevard SW, Unit 12
    Lakewood, WA 98499
  phone: (253) 555-0116
insurer:
  name: Pacific Crest Federal Health, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Pacific Crest Federal Health - Claim Reconsiderations (FICTIONAL)
    PO Box 202118
    Boise, ID 83720
  fax: (208) 555-0191
claim:
  number: PCF-26-1103-662081
  plan_type: tricare
  notice_date: 2026-11-12
  appeal_deadline: 2027-02-10
  deadline_basis: >-
    Explanation of benefits of 11/12/2026: "You may request a reconsideration within 90 days from the date of this
    notice."
  service_dates: [2026-09-08, 2026-10-02]
  sessions: 19
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0912"]
  diagnosis_codes: [F43.12]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred after coverage terminated. DEERS shows the sponsor's active duty ended 06/30/2026. The
    beneficiary was not eligible for TRICARE on the dates of service.
  denial_category: other
  denial_reasons: [coverage_ended]
  coding_correct: true
  action: none
  corrections:
    - said: "The beneficiary was not eligible for TRICARE on the dates of service."
      record: >-
        DEERS enrolled her in the Transitional Assistance Management Program on 07/08/2026: TRICARE eligibility from
        07/01/2026 through 12/27/2026, 180 days after her husband's involuntary separation on 06/30/2026.
      file: other/tamp-eligibility-letter-2026-07-08.txt
      page: 1
eligibility:
  why: >-
    Her husband was involuntarily separated from active duty on 06/30/2026, with an honorable discharge, and the
    family received 180 days of transitional TRICARE coverage under the Transitional Assistance Management Program
    (TAMP); the DEERS record the denial used was printed before the TAMP entry was made.
  start: 2026-07-01
  end: 2026-12-27
  coverage: TRICARE Select under the Transitional Assistance Management Program (TAMP)
  record:
    name: DEERS Transitional Assistance Management Program eligibility letter
    date: 2026-07-08
    file: other/tamp-eligibility-letter-2026-07-08.txt
    page: 1
  proof:
    - other/tamp-eligibility-letter-2026-07-08.txt
    - other/dd-214-excerpt-2026-06-30.txt
prior_auth:
  approved:
    number: authorization PCF-AUTH-26-0904-31877
    date: 2026-09-04
    covers: partial hospitalization program, up to 20 days, 09/08/2026 through 10/09/2026
    quote: "Approved: partial hospitalization (H0035), up to 20 days, 09/08/2026-10/09/2026."
    file: other/php-authorization-2026-09-04.txt
    lines:
      - {code: H0035, units: 20, given: 19}
treatment:
  name: Partial hospitalization program (PHP) for PTSD, 19 program days (H0035)
  summary: >-
    A partial hospitalization program for chronic PTSD, authorized by the contractor before it began; the claim
    was denied only because the contractor's record showed her coverage as ended.
clinical:
  severity: PCL-5 59 at admission (09/08/2026) and 36 at discharge (10/02/2026)
  severity_date: 2026-10-02
  suicidality: none
  suicidality_date: 2026-10-02
  response: PCL-5 59 to 36 over the program
  response_level: response
  history:
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/php-discharge-summary-2026-10-02.txt, page: 1}
author:
  name: Andre Delgado
  role: husband of the patient and the TRICARE sponsor
  relation: representative
  authorization: other/patient-authorization-2026-11-20.txt
  address: |-
    4410 Steilacoom Boulevard SW, Unit 12
    Lakewood, WA 98499
  phone: (253) 555-0117
provider:
  name: Puget Sound Trauma Recovery Center
  credentials: TRICARE-authorized partial hospitalization program
  npi: "1299476139"
  address: |-
    1900 South Union Avenue
    Tacoma, WA 98405
  phone: (253) 555-0179
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-11-12.txt": """
PACIFIC CREST FEDERAL HEALTH (FICTIONAL) - TRICARE WEST REGION
TRICARE EXPLANATION OF BENEFITS                                        Date of notice: 11/12/2026   Page 1 of 1
Beneficiary: Keisha Morrow-Delgado   DOB 07/22/1993   DBN FICT-DBN-205913374   Sponsor: Andre Delgado
Provider: Puget Sound Trauma Recovery Center, NPI 1299476139   Claim PCF-26-1103-662081
Services 09/08/2026-10/02/2026   H0035 x19, rev 0912   Billed $15,200.00   Allowed $0.00   Paid $0.00
CARC 27. Expenses incurred after coverage terminated. DEERS shows the sponsor's active duty ended 06/30/2026.
The beneficiary was not eligible for TRICARE on the dates of service.
Your right to appeal: You may request a reconsideration within 90 days from the date of this notice. Send a
written request with a copy of this notice to Claim Reconsiderations, PO Box 202118, Boise, ID 83720, or fax
(208) 555-0191.
""",
"other/tamp-eligibility-letter-2026-07-08.txt": """
DEFENSE ENROLLMENT ELIGIBILITY REPORTING SYSTEM (FICTIONAL COPY FOR A TEST SET)
TRANSITIONAL ASSISTANCE MANAGEMENT PROGRAM (TAMP) - ELIGIBILITY LETTER               Date: 07/08/2026   Page 1 of 1
Sponsor: Andre Delgado   Separation from active duty: 06/30/2026 (involuntary, honorable)
Family members eligible for TAMP: Keisha Morrow-Delgado (spouse), Jalen Delgado (child), Amara Delgado (child)
TRICARE eligibility under TAMP: 07/01/2026 through 12/27/2026 (180 days). Coverage option: TRICARE Select.
""",
"other/deers-printout-2026-06-24.txt": """
DEERS FAMILY RECORD PRINTOUT (FICTIONAL COPY FOR A TEST SET)                        Printed: 06/24/2026   Page 1 of 1
Sponsor: Andre Delgado   Status: Active duty   Active duty end date: 06/30/2026
Family member                 Relationship   DOB          TRICARE end date
Keisha Morrow-Delgado         Spouse         07/22/1993   06/30/2026
Jalen Delgado                 Child          03/15/2020   06/30/2026
Amara Delgado                 Child          10/02/2023   06/30/2026
TAMP: not yet determined.
""",
"other/dd-214-excerpt-2026-06-30.txt": """
CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY (EXCERPT, FICTIONAL COPY)   Date: 06/30/2026   Page 1 of 1
Name: Delgado, Andre   Separation date: 06/30/2026   Character of service: Honorable
Type of separation: involuntary (force shaping). Eligible for transitional health care.
""",
"other/php-authorization-2026-09-04.txt": """
PACIFIC CREST FEDERAL HEALTH (FICTIONAL) - AUTHORIZATION LETTER                    Date: 09/04/2026   Page 1 of 1
Beneficiary: Keisha Morrow-Delgado   Authorization PCF-AUTH-26-0904-31877
Approved: partial hospitalization (H0035), up to 20 days, 09/08/2026-10/09/2026.
Provider: Puget Sound Trauma Recovery Center. This authorization is subject to eligibility on the dates of service.
""",
"clinical/php-discharge-summary-2026-10-02.txt": """
PUGET SOUND TRAUMA RECOVERY CENTER (FICTIONAL) - PHP DISCHARGE SUMMARY              Date: 10/02/2026   Page 1 of 1
Patient: Keisha Morrow-Delgado   DOB 07/22/1993   Program days: 19 (09/08/2026-10/02/2026)
Chronic PTSD (F43.12) after a 2024 vehicle rollover. PCL-5 59 at admission, 36 at discharge. No suicidal ideation.
Venlafaxine XR 150 mg daily (since 11/2025, partial response) continued. Discharged to weekly therapy.
""",
"other/patient-authorization-2026-11-20.txt": """
AUTHORIZATION (FICTIONAL)                                                          Date: 11/20/2026   Page 1 of 1
I, Keisha Morrow-Delgado (DBN FICT-DBN-205913374), authorize my husband, Andre Delgado, to request reconsideration
of claim PCF-26-1103-662081 for me and to receive my claim and medical records for it.
Signed: Keisha Morrow-Delgado
""",
}

TRUTH = r'''
# 07 - TRICARE Select under TAMP: a PTSD partial hospitalization denied as after coverage ended, from a DEERS printout made before TAMP; reconsideration by her husband, the sponsor (FICTIONAL)

All people, plans, contractors, numbers and addresses are invented (FICTIONAL).

## What is true
- Keisha Morrow-Delgado, 33 (DOB 07/22/1993), spouse of **Andre Delgado**, who was **involuntarily separated from
  active duty on 06/30/2026** (honorable). PHP for chronic PTSD (F43.12), **19 days, 09/08-10/02/2026** (H0035, rev
  0912), $15,200 billed, **authorized** in advance (PCF-AUTH-26-0904-31877, up to 20 days, 09/08-10/09/2026,
  "subject to eligibility").
- EOB **11/12/2026**: **CO-27**, "DEERS shows the sponsor's active duty ended 06/30/2026. The beneficiary was not
  eligible". The DEERS printout of **06/24/2026** (TRICARE end 06/30/2026, "TAMP: not yet determined") is stale.
- DEERS **TAMP eligibility letter of 07/08/2026**: TRICARE (Select) **07/01/2026 through 12/27/2026** (180 days).
  Every date of service falls within it.
- Clinical (not disputed): PCL-5 59 to 36; venlafaxine XR 150 mg continues (partial).
- **Rules:** TRICARE, 32 CFR 199.10: reconsideration by the regional contractor within **90 days of the notice: by
  02/10/2027**. An eligibility denial is a factual appeal: the next level is a **formal review by the Defense Health
  Agency**, not the Quality Monitoring Contractor. TAMP's 180 days of transitional coverage (10 USC 1145) - from
  memory, see README "Unsure".
- **Author:** her husband, the sponsor, with her written authorization (she is an adult); he writes about her.

## Deliberately unknown
- Why the contractor's DEERS check missed the TAMP entry: not known.
- What the contractor will allow for the stay: no amount may be stated.

## Traps
- **Date, not medicine:** the winning point is the TAMP eligibility dates; no medical necessity, no clinical reviewer,
  no peer-to-peer.
- **Stale document:** the 06/24/2026 DEERS printout.
- **Other people on documents:** the children **Jalen** and **Amara Delgado** on the DEERS printout and TAMP letter.
- **The approval** is "subject to eligibility": it does not lead the argument; the letter may mention it, but the
  answer is the eligibility record.
- **Voice:** the husband writes about "my wife" / "Mrs. Morrow-Delgado"; the sponsor is not the patient.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no state insurance department, no MHPAEA, no
  COBRA (TAMP is not COBRA).

## Arguments a strong letter makes (strongest first)
1. DEERS's own TAMP letter of 07/08/2026 shows her TRICARE coverage in force 07/01-12/27/2026; every date of service
   (09/08-10/02/2026) falls within it. Correct the eligibility record and reprocess the claim.
2. Correct the EOB's statement that she was not eligible; the record it relied on (the 06/24 printout) predates TAMP.
3. The PHP was authorized before it began, and 19 of the 20 days approved were used.

## What a letter must NOT say
- "coverage ended 06/30/2026" as true; "not eligible"; "COBRA"; "Continued Health Care Benefit Program" as her
  coverage.
- "Jalen", "Amara".
- "medically necessary" as the ground; "Quality Monitoring Contractor" as the next level.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA", "state insurance department".
'''

ANSWERS = [
    ("denial/explanation-of-benefits-2026-11-12.txt", "Expenses incurred after coverage terminated"),
    ("denial/explanation-of-benefits-2026-11-12.txt", "within 90 days from the date of this\nnotice"),
    ("other/tamp-eligibility-letter-2026-07-08.txt", "07/01/2026 through 12/27/2026 (180 days)"),
    ("other/tamp-eligibility-letter-2026-07-08.txt", "Separation from active duty: 06/30/2026 (involuntary, honorable)"),
    ("other/tamp-eligibility-letter-2026-07-08.txt", "Amara Delgado (child)"),
    ("other/deers-printout-2026-06-24.txt", "TAMP: not yet determined"),
    ("other/deers-printout-2026-06-24.txt", "Jalen Delgado"),
    ("other/dd-214-excerpt-2026-06-30.txt", "Eligible for transitional health care"),
    ("other/php-authorization-2026-09-04.txt", "subject to eligibility"),
    ("other/php-authorization-2026-09-04.txt", "up to 20 days"),
    ("clinical/php-discharge-summary-2026-10-02.txt", "Program days: 19"),
    ("clinical/php-discharge-summary-2026-10-02.txt", "partial response) continued"),
    ("other/patient-authorization-2026-11-20.txt", "authorize my husband, Andre Delgado"),
    ("truth", "32 CFR 199.10"),
    ("truth", "Defense Health\n  Agency"),
    ("case.yaml", "end: 2026-12-27"),
]
