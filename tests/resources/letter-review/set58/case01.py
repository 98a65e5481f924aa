"""Case 01 (FICTIONAL): TRICARE Select, TMS authorization keyed to the wrong provider; reconsideration by the husband."""

SLUG = "01-tricare-select-tms-authorization-keyed-to-referring-npi-reconsideration-husband"

CASE_YAML = r"""
# FICTIONAL CASE (letters set 58, case 01) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Select, retired sponsor's spouse. 36 TMS sessions 09/08-10/27/2026 under authorization AUTH-26-0821-40517,
# which names the TMS clinic as servicing provider. The contractor denied the clinic's claim as "no authorization on
# file for this provider" (CARC 197). Her husband, the retired sponsor, asks for reconsideration with her consent.
patient:
  name: Marisol Quintanar-Beck
  salutation: Mrs. Quintanar-Beck
  date_of_birth: 1968-02-11
  member_id: FICT-DBN-207731458
  address: |-
    512 Larkspur Court
    Radcliff, KY 40160
  phone: (270) 555-0131
insurer:
  name: Bluegrass Federal Health Administrators, TRICARE East Region contractor (FICTIONAL)
  appeals_address: |-
    Bluegrass Federal Health Administrators - Reconsiderations (FICTIONAL)
    PO Box 41820
    Louisville, KY 40201
  fax: (502) 555-0147
claim:
  number: BFH-26-1103-118204
  plan_type: tricare
  notice_date: 2026-11-12
  appeal_deadline: 2027-02-10
  deadline_basis: >-
    Explanation of benefits of 11/12/2026: "You may request a reconsideration within 90 days from the date of this
    notice."
  service_dates: [2026-09-08, 2026-10-27]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868, 90869]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No authorization on file for this provider for these services.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
  corrections:
    - said: No authorization on file for this provider for these services.
      record: >-
        Authorization AUTH-26-0821-40517, approved 08/24/2026, names Lincoln Trail TMS Center (NPI 1605742935) as the
        servicing provider for up to 36 TMS sessions from 08/24/2026 through 02/19/2027; the contractor's own lookup
        of 11/19/2026 shows that authorization entered under the requesting psychiatrist's individual NPI.
      file: other/authorization-approval-2026-08-24.txt
      page: 1
prior_auth:
  approved:
    number: authorization AUTH-26-0821-40517
    date: 2026-08-24
    from: 2026-08-24
    through: 2027-02-19
    covers: TMS (90867, 90868, 90869), up to 36 sessions, 08/24/2026 through 02/19/2027, servicing provider Lincoln Trail TMS Center
    quote: >-
      Approved: TMS 90867, 90868, 90869 - up to 36 sessions, 08/24/2026 through 02/19/2027. Servicing provider:
      Lincoln Trail TMS Center, NPI 1605742935.
    file: other/authorization-approval-2026-08-24.txt
    what_went_wrong: >-
      entered in the contractor's system under the requesting psychiatrist's individual NPI (1192648073) instead of
      the servicing clinic's NPI (1605742935)
    entered: other/contractor-authorization-lookup-2026-11-19.txt
    lines:
      - {code: [90867, 90868, 90869], units: 36, given: 36}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868, 90869)
  summary: >-
    A course of 36 TMS sessions for recurrent severe major depression, authorized before it began; only the
    contractor's record of whom the authorization names is in question.
clinical:
  severity: PHQ-9 22 on 09/08/2026; PHQ-9 9 on 10/27/2026
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
  response: PHQ-9 22 (09/08/2026) to 9 (10/27/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2014-03
      end: 2015-06
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2014); tapered off in 2015
      evidence: {file: clinical/tms-course-summary-2026-10-27.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-06
      end: 2025-01
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 7 months at 300 mg
      evidence: {file: clinical/tms-course-summary-2026-10-27.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2025-02
      end: 2025-03
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for nausea and vomiting (intolerance)
      evidence: {file: clinical/tms-course-summary-2026-10-27.txt, page: 1}
    - drug: Venlafaxine ER
      dose: 225 mg daily
      start: 2025-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the TMS course
      evidence: {file: clinical/tms-course-summary-2026-10-27.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-05
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-course-summary-2026-10-27.txt, page: 1}
author:
  name: Gordon Beck
  role: Husband of the beneficiary (retired sponsor), writing with her written consent
  relation: representative
  authorization: other/beneficiary-consent-2026-11-20.txt
  address: |-
    512 Larkspur Court
    Radcliff, KY 40160
  phone: (270) 555-0132
  email: gordon.beck@mail.example
provider:
  name: Lincoln Trail TMS Center
  credentials: TRICARE network provider
  npi: "1605742935"
  address: |-
    1400 Ring Road, Suite 210
    Elizabethtown, KY 42701
  phone: (270) 555-0140
record_dates:
  - file: clinical/tms-course-summary-2026-10-27.txt
    date: 2026-10-27
bates_prefix: QUINTANARBECK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-12.txt": """
BLUEGRASS FEDERAL HEALTH ADMINISTRATORS (FICTIONAL) - TRICARE EAST REGION
TRICARE EXPLANATION OF BENEFITS                                   Date of notice: 11/12/2026
Beneficiary: Marisol Quintanar-Beck   DOB 02/11/1968   DBN FICT-DBN-207731458   Plan: TRICARE Select (retiree family)
Sponsor: Gordon Beck
Provider: Lincoln Trail TMS Center, NPI 1605742935
Claim BFH-26-1103-118204   Received 11/03/2026

Services 09/08/2026-10/27/2026   90867 x1, 90868 x34, 90869 x1   Billed $10,800.00   Allowed $0.00   Paid $0.00
CARC 197. Precertification/authorization absent. No authorization on file for this provider for these services.

Your right to appeal: You may request a reconsideration within 90 days from the date of this notice. Send a written
request with a copy of this notice to Reconsiderations, PO Box 41820, Louisville, KY 40201, or fax (502) 555-0147.
""",
    "clinical/tms-course-summary-2026-10-27.txt": """
LINCOLN TRAIL TMS CENTER (FICTIONAL) - TMS COURSE SUMMARY                       Date: 10/27/2026
Patient: Marisol Quintanar-Beck   DOB 02/11/1968   Page 1 of 1
Referred by: Anand Keswani, MD, Hardin Behavioral Associates (requesting provider on the authorization)
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 36 sessions, 09/08/2026-10/27/2026, left DLPFC: motor threshold 09/08/2026 (90867), 34 treatment
sessions (90868), motor threshold redetermined 10/05/2026 (90869). Authorization AUTH-26-0821-40517.
PHQ-9 22 at session 1, 9 at session 36. No suicidal ideation reported at any session.
Medication history: sertraline 150 mg 2014-2015, remission in the 2014 episode, tapered off 06/2015; bupropion XL
300 mg 06/2024-01/2025, no response; vortioxetine 10 mg 02/2025, stopped after 3 weeks for nausea and vomiting;
venlafaxine ER 225 mg daily since 05/2025, partial response, continuing; trazodone 50 mg at bedtime for sleep
since 05/2025.
Signed: Rowan Adeyemi-Stroud, MD, medical director
""",
    "other/authorization-approval-2026-08-24.txt": """
BLUEGRASS FEDERAL HEALTH ADMINISTRATORS (FICTIONAL) - AUTHORIZATION APPROVAL          Date: 08/24/2026
Beneficiary: Marisol Quintanar-Beck   DBN FICT-DBN-207731458   Page 1 of 1
Authorization number: AUTH-26-0821-40517
Requesting provider: Anand Keswani, MD, NPI 1192648073
Approved: TMS 90867, 90868, 90869 - up to 36 sessions, 08/24/2026 through 02/19/2027. Servicing provider:
Lincoln Trail TMS Center, NPI 1605742935.
Claims must show the servicing provider named above.
""",
    "other/contractor-authorization-lookup-2026-11-19.txt": """
BLUEGRASS FEDERAL HEALTH ADMINISTRATORS (FICTIONAL) - PROVIDER PORTAL PRINTOUT       Printed 11/19/2026 10:12
Printed by: Lincoln Trail TMS Center billing office

Search 1 - authorizations by servicing NPI 1605742935 (Lincoln Trail TMS Center), 08/01/2026-11/19/2026:
  AUTH-26-0730-38802   PELLETIER, R.    TMS 90868 x30   07/30/2026-01/25/2027   Approved
  AUTH-26-0915-42277   OKONJO, D.       TMS 90868 x36   09/15/2026-03/13/2027   Approved
  (2 results)

Search 2 - authorization number AUTH-26-0821-40517:
  Beneficiary: QUINTANAR-BECK, MARISOL   Status: Approved 08/24/2026   90867, 90868, 90869 up to 36 sessions
  Dates: 08/24/2026-02/19/2027
  Servicing provider: KESWANI, ANAND  NPI 1192648073
  Requesting provider: KESWANI, ANAND  NPI 1192648073
""",
    "other/beneficiary-consent-2026-11-20.txt": """
WRITTEN CONSENT TO ACT FOR ME                                                 Date: 11/20/2026
I, Marisol Quintanar-Beck (DOB 02/11/1968, DBN FICT-DBN-207731458), authorize my husband, Gordon Beck, to ask
Bluegrass Federal Health Administrators to reconsider claim BFH-26-1103-118204 for my TMS treatment, to receive
information about it, and to speak for me in this appeal.
Signed: Marisol Quintanar-Beck
""",
    "other/referral-elizabethtown-neuro-wellness-2025.txt": """
BLUEGRASS FEDERAL HEALTH ADMINISTRATORS (FICTIONAL) - REFERRAL APPROVAL               Date: 03/31/2025
Beneficiary: Marisol Quintanar-Beck
Referral: TMS evaluation, Elizabethtown Neuro Wellness, valid 03/31/2025, expired 09/30/2025.
Status: not used.
""",
}

TRUTH = r"""
# 01 - TRICARE Select: a TMS claim denied as "no authorization on file for this provider" although the approval names the clinic; reconsideration by the husband (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Quintanar-Beck, 58 (DOB 02/11/1968), the spouse of a retired sponsor in **TRICARE Select**, had **36 TMS
  sessions 09/08/2026-10/27/2026** at Lincoln Trail TMS Center (NPI 1605742935): 90867 x1, 90868 x34, 90869 x1, F33.2.
- **Authorization AUTH-26-0821-40517** (08/24/2026) approves up to 36 sessions of 90867, 90868 and 90869 from
  08/24/2026 through 02/19/2027 and names **Lincoln Trail TMS Center, NPI 1605742935** as servicing provider;
  Dr. Anand Keswani (NPI 1192648073) is the requesting provider. Every date of service falls within it and 36 were
  given of 36 approved.
- The contractor's own portal lookup (11/19/2026) shows the authorization **entered under Dr. Keswani's NPI as
  servicing provider**; a search by the clinic's NPI does not find it. That keying error, not a missing
  authorization, is why the EOB of **11/12/2026** (claim BFH-26-1103-118204, **CARC 197**) says "No authorization on
  file for this provider".
- **Rule and stage:** TRICARE, 32 CFR 199.10: reconsideration by the regional contractor within **90 days of the
  notice: by 02/10/2027**. This is a factual (not medical-necessity) denial: the level after it is a **formal review by
  the Defense Health Agency** (60 days), not the Quality Monitoring Contractor.
- **Author:** Gordon Beck, her husband and the retired sponsor, writing with her written consent (11/20/2026); he
  writes about "Mrs. Quintanar-Beck".
- Expected answers (16): notice date 11/12/2026 (EOB); claim BFH-26-1103-118204 (EOB); CARC 197 (EOB); denial words
  "No authorization on file for this provider" (EOB); authorization AUTH-26-0821-40517 (approval); "Servicing
  provider: Lincoln Trail TMS Center, NPI 1605742935" (approval); "up to 36 sessions, 08/24/2026 through
  02/19/2027" (approval); keyed as "Servicing provider: KESWANI, ANAND  NPI 1192648073" (lookup); course "36
  sessions, 09/08/2026-10/27/2026" (summary); deadline by 02/10/2027 (truth); next level "formal review by the
  Defense Health Agency" (truth); venlafaxine "partial response, continuing" (summary); vortioxetine "stopped after 3
  weeks for nausea and vomiting" (summary); trazodone "50 mg at bedtime for sleep" (summary); the other
  beneficiaries on the lookup, "PELLETIER, R." (lookup); the 2025 referral "expired 09/30/2025" (stale referral).

## Deliberately unknown
- Who at the contractor keyed the authorization, or when: not in the case; a letter may ask that the record be
  corrected, not say how the error happened beyond what the printout shows.
- The TRICARE-allowed amount and the cost share: not in the case; no payment figure may be stated.
- Whether the clinic also asked for reconsideration: not known.

## Traps
- **Paperwork, not medicine.** The winning point is the approval itself (it names the clinic and its NPI) and the
  contractor's own lookup showing the wrong NPI; no medical-necessity argument, no clinical reviewer, no peer-to-peer,
  no retroactive authorization (one was given before the care).
- **The decision's wrong statement:** "No authorization on file for this provider" against the approval letter.
- **Other people on a document:** the lookup's first search lists two other beneficiaries (PELLETIER, R.; OKONJO, D.)
  - not part of this appeal, never named.
- **Stale document:** the 2025 referral to Elizabethtown Neuro Wellness expired unused; it is not the authorization.
- **Two doctors:** Dr. Keswani requested the authorization; the clinic gave the care and billed it. The clinic, not
  Dr. Keswani, is the servicing provider.
- **Drugs:** venlafaxine ER continues (partial response) - never "failed" or "stopped"; vortioxetine was an
  intolerance at 3 weeks, not an adequate trial; trazodone 50 mg is a sleep dose; sertraline was a **remission in the
  2014 episode**, never a failure. No suicidal ideation.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no state insurance department, no MHPAEA.
- **Voice:** the husband writes about his wife; never "my treatment", never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. The contractor **approved** the course: AUTH-26-0821-40517 names Lincoln Trail TMS Center (NPI 1605742935) as
   servicing provider; every date 09/08/2026-10/27/2026 falls within 08/24/2026-02/19/2027 and 36 of 36 sessions were
   given. Honor it and reprocess the claim.
2. The contractor's own lookup shows the authorization entered under the requesting psychiatrist's NPI: correct that
   record so no other claim under it is denied the same way, and correct the EOB's statement.
3. Name the next level correctly if needed (a formal review by the Defense Health Agency).

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; "retroactive authorization"; "Quality
  Monitoring Contractor" as the next level.
- "Pelletier", "Okonjo", "Elizabethtown Neuro Wellness" as the authorized provider.
- "failed venlafaxine", "stopped venlafaxine"; vortioxetine as an adequate trial; trazodone as a trial; "failed
  sertraline"; "suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA", "state insurance department".
"""

ANSWERS = [
    ("notice date", "Date of notice: 11/12/2026", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("claim number", "BFH-26-1103-118204", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("CARC", "CARC 197", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("denial words", "No authorization on file for this provider", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("authorization number", "AUTH-26-0821-40517", "other/authorization-approval-2026-08-24.txt"),
    ("servicing provider on the approval", "Servicing provider: Lincoln Trail TMS Center, NPI 1605742935", "other/authorization-approval-2026-08-24.txt"),
    ("approval scope", "up to 36 sessions, 08/24/2026 through 02/19/2027", "other/authorization-approval-2026-08-24.txt"),
    ("how the contractor keyed it", "Servicing provider: KESWANI, ANAND  NPI 1192648073", "other/contractor-authorization-lookup-2026-11-19.txt"),
    ("course given", "36 sessions, 09/08/2026-10/27/2026", "clinical/tms-course-summary-2026-10-27.txt"),
    ("appeal deadline", "by 02/10/2027", "truth"),
    ("next level", "formal review by the Defense Health Agency", "truth"),
    ("venlafaxine", "partial response, continuing", "clinical/tms-course-summary-2026-10-27.txt"),
    ("vortioxetine", "stopped after 3 weeks for nausea and vomiting", "clinical/tms-course-summary-2026-10-27.txt"),
    ("trazodone", "trazodone 50 mg at bedtime for sleep", "clinical/tms-course-summary-2026-10-27.txt"),
    ("other beneficiary on the lookup", "PELLETIER, R.", "other/contractor-authorization-lookup-2026-11-19.txt"),
    ("stale referral", "expired 09/30/2025", "other/referral-elizabethtown-neuro-wellness-2025.txt"),
]
