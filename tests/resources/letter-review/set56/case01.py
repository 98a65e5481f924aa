SLUG = "01-tricare-select-tms-limit-counted-motor-threshold-as-sessions-reconsideration-clinic"

CASE_YAML = r"""
# FICTIONAL CASE (set 56, case 01) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Select, a retired sponsor's spouse, 62. A TMS course of 36 treatment sessions (30 daily, 6 taper) on an
# authorization for 36; the contractor counted the motor threshold determination (90867) and two re-determinations
# (90869) as sessions ("39 sessions billed") and denied the last three taper sessions as over the 36-session limit.
# Its own guideline TG-TMS-2 (rev. 03/01/2026) counts treatment sessions only. The clinic's TMS coordinator asks for
# reconsideration for the clinic, a network provider and a party to its claim.
patient:
  name: Marisol Quintero-Haas
  salutation: Mrs. Quintero-Haas
  date_of_birth: 1964-08-09
  member_id: FICT-DBN-204771593
  address: |-
    77 Live Oak Terrace
    Savannah, GA 31406
  phone: (912) 555-0131
insurer:
  name: Palmetto Crescent Health Services, TRICARE East Region contractor (FICTIONAL)
  appeals_address: |-
    Palmetto Crescent Health Services - Reconsiderations (FICTIONAL)
    PO Box 66120
    Columbia, SC 29260
  fax: (803) 555-0142
claim:
  number: PCH-26-1020-118342
  plan_type: tricare
  notice_date: 2026-11-12
  appeal_deadline: 2027-02-10
  deadline_basis: >-
    Explanation of benefits of 11/12/2026: "You may request a reconsideration within 90 days from the date of this
    notice."
  service_dates: [2026-08-17, 2026-10-09]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868, 90869]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-119]
  denial_reason: >-
    TMS is limited to 36 sessions per course of treatment. 39 sessions billed. Sessions in excess of the limit are
    denied: 90868 on 10/05/2026, 10/07/2026 and 10/09/2026. (CARC 119)
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
  corrections:
    - said: 39 sessions billed.
      record: >-
        The claim billed 36 treatment sessions (90868), one motor threshold determination (90867, 08/17/2026) and two
        motor threshold re-determinations (90869, 09/08/2026 and 09/28/2026): 39 services, 36 of them treatment
        sessions.
      file: clinical/tms-treatment-log-2026.txt
      page: 1
plan_policy:
  name: Palmetto Crescent Health Services TRICARE Medical Coverage Guideline TG-TMS-2 (rev. 03/01/2026)
  number: TG-TMS-2
  quote: >-
    A course of TMS includes up to 30 treatment sessions (90868) over about 6 weeks, followed by up to 6 taper
    sessions over about 3 weeks: no more than 36 treatment sessions per course. The initial motor threshold
    determination (90867) and any motor threshold re-determination (90869) are not treatment sessions and do not
    count toward this limit.
  file: other/coverage-guideline-tg-tms-2-rev-2026-03-01.txt
  limit:
    applied: 36
    current: 36
    course: 36
    unit: treatment sessions (90868)
    applied_unit: TMS services of every code (90867, 90868 and 90869)
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 treatment sessions (90868) with motor threshold determinations
  summary: >-
    A course of 30 daily TMS treatment sessions and 6 taper sessions for recurrent severe major depression, on the
    contractor's own authorization for 36 treatment sessions; the contractor counted the motor threshold
    determinations as treatment sessions.
clinical:
  severity: PHQ-9 22 on 08/17/2026; PHQ-9 7 on 10/09/2026
  severity_date: 2026-10-09
  suicidality: none
  suicidality_date: 2026-10-09
  response: PHQ-9 22 (08/17/2026) to 7 (10/09/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2023-02
      end: 2023-05
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 200 mg
      evidence: {file: clinical/tms-course-summary-2026-10-09.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-01
      end: 2024-04
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 300 mg
      evidence: {file: clinical/tms-course-summary-2026-10-09.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the TMS course
      evidence: {file: clinical/tms-course-summary-2026-10-09.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-02
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-course-summary-2026-10-09.txt, page: 1}
    - drug: TMS course, 2021 (earlier episode, another clinic)
      dose: 30 sessions
      start: 2021-03
      end: 2021-04
      sessions: 30
      kind: neuromodulation
      response: response
      outcome: Response in an earlier episode; not a failed trial
      evidence: {file: clinical/tms-course-summary-2026-10-09.txt, page: 1}
author:
  name: Teodora Blanchett
  role: TMS program coordinator, Lowcountry Neuromodulation Center (the treating clinic)
  relation: provider
  address: |-
    Lowcountry Neuromodulation Center (FICTIONAL), 5400 Abercorn Street, Suite 210
    Savannah, GA 31405
  phone: (912) 555-0136
  email: tms@lowcountry-neuromod.example
provider:
  name: Lowcountry Neuromodulation Center
  credentials: TRICARE network provider
  npi: "1643190279"
  address: |-
    5400 Abercorn Street, Suite 210
    Savannah, GA 31405
  phone: (912) 555-0136
prior_auth:
  approved:
    number: AUTH-26-0811-40027
    date: 2026-08-11
    covers: TMS, up to 36 treatment sessions (90868) with motor threshold determinations, 08/11/2026 through 11/30/2026
    quote: >-
      Approved: TMS course, 90868 up to 36 treatment sessions; 90867 x1 and 90869 as needed. Valid 08/11/2026 -
      11/30/2026.
    file: other/authorization-approval-2026-08-11.txt
    lines:
      - {code: 90868, units: 36, given: 36}
record_dates:
  - file: clinical/tms-course-summary-2026-10-09.txt
    date: 2026-10-09
  - file: clinical/tms-treatment-log-2026.txt
    date: 2026-10-09
bates_prefix: QUINTEROHAAS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-12.txt": """
PALMETTO CRESCENT HEALTH SERVICES (FICTIONAL) - TRICARE EAST REGION
TRICARE EXPLANATION OF BENEFITS                                   Date of notice: 11/12/2026
Beneficiary: Marisol Quintero-Haas   DOB 08/09/1964   DBN FICT-DBN-204771593   Plan: TRICARE Select (retiree family)
Provider: Lowcountry Neuromodulation Center, NPI 1643190279
Claim PCH-26-1020-118342   Received 10/20/2026

Line  Date(s)                 Code   Units  Billed      Allowed     Paid      CARC
1     08/17/2026              90867  1      $310.00     $248.00     $198.40
2     09/08/2026              90869  1      $240.00     $192.00     $153.60
3     09/28/2026              90869  1      $240.00     $192.00     $153.60
4     08/17/2026-10/02/2026   90868  33     $9,240.00   $7,392.00   $5,913.60
5     10/05/2026              90868  1      $280.00     $0.00       $0.00     CO-119
6     10/07/2026              90868  1      $280.00     $0.00       $0.00     CO-119
7     10/09/2026              90868  1      $280.00     $0.00       $0.00     CO-119

CARC 119: TMS is limited to 36 sessions per course of treatment. 39 sessions billed. Sessions in excess of the
limit are denied: 90868 on 10/05/2026, 10/07/2026 and 10/09/2026.

Your right to appeal: You may request a reconsideration within 90 days from the date of this notice. Send a
written request with a copy of this notice to Reconsiderations, PO Box 66120, Columbia, SC 29260, or fax
(803) 555-0142.
""",
    "clinical/tms-treatment-log-2026.txt": """
LOWCOUNTRY NEUROMODULATION CENTER (FICTIONAL) - TMS TREATMENT LOG                     Page 1 of 1
Patient: Marisol Quintero-Haas   DOB 08/09/1964   Authorization AUTH-26-0811-40027

08/17/2026  motor threshold determination (90867); treatment session 1 (90868)
08/18/2026 - 09/25/2026  treatment sessions 2-30 (90868), daily on weekdays; no session 09/07/2026 (holiday),
            made up 09/26/2026
09/08/2026  motor threshold re-determination (90869) after a change of coil; treatment session 16 the same day
09/28/2026  motor threshold re-determination (90869) before taper; taper session 31 (90868) the same day
09/30/2026, 10/01/2026, 10/02/2026  taper sessions 32-34 (90868)
10/05/2026, 10/07/2026, 10/09/2026  taper sessions 35-36 and... see correction below

Correction entered 10/09/2026 by T.B.: taper sessions were 31 (09/28), 32 (09/30), 33 (10/02), 34 (10/05),
35 (10/07), 36 (10/09). 10/01/2026 was a missed visit, not a session. Totals: treatment sessions (90868) 36;
motor threshold determination (90867) 1; re-determinations (90869) 2; services in all 39.
""",
    "clinical/tms-course-summary-2026-10-09.txt": """
LOWCOUNTRY NEUROMODULATION CENTER (FICTIONAL) - TMS COURSE SUMMARY              Date: 10/09/2026
Patient: Marisol Quintero-Haas   DOB 08/09/1964   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 36 treatment sessions (30 daily, 6 taper), 08/17/2026-10/09/2026, left DLPFC, 120% of motor threshold.
PHQ-9 22 at session 1, 7 at session 36. No suicidal ideation at any session.
Medication history: sertraline 200 mg 02/2023-05/2023, 12 weeks, no response; bupropion XL 300 mg 01/2024-04/2024,
10 weeks, no response; venlafaxine XR 225 mg daily since 06/2024, partial response, continued; mirtazapine 7.5 mg
at bedtime for sleep since 02/2025.
Earlier episode: TMS course of 30 sessions at Tidewater Mind Clinic in 03/2021-04/2021, response (PHQ-9 19 to 6);
relapse 2023.
Plan: no further TMS now; continue venlafaxine XR; follow-up monthly.
Signed: Augustin Ferreira-Lowe, MD, treating psychiatrist
""",
    "other/coverage-guideline-tg-tms-2-rev-2026-03-01.txt": """
PALMETTO CRESCENT HEALTH SERVICES (FICTIONAL) - TRICARE MEDICAL COVERAGE GUIDELINE
TG-TMS-2 Transcranial magnetic stimulation          Revision effective 03/01/2026          Page 2 of 4
3. Course limits
A course of TMS includes up to 30 treatment sessions (90868) over about 6 weeks, followed by up to 6 taper
sessions over about 3 weeks: no more than 36 treatment sessions per course. The initial motor threshold
determination (90867) and any motor threshold re-determination (90869) are not treatment sessions and do not
count toward this limit.
Revision history: 03/01/2026 - taper sessions added (up to 6); motor threshold codes excluded from the count.
""",
    "other/coverage-guideline-tg-tms-2-2024-stale.txt": """
PALMETTO CRESCENT HEALTH SERVICES (FICTIONAL) - TRICARE MEDICAL COVERAGE GUIDELINE
TG-TMS-2 Transcranial magnetic stimulation          Revision effective 01/01/2024          Page 2 of 4
3. Course limits
Up to 30 TMS sessions per course. Taper sessions are not covered.
[Superseded by the revision effective 03/01/2026. Printed from the clinic's 2024 binder.]
""",
    "other/authorization-approval-2026-08-11.txt": """
PALMETTO CRESCENT HEALTH SERVICES (FICTIONAL) - AUTHORIZATION APPROVAL           Date: 08/11/2026
Beneficiary: Marisol Quintero-Haas   DBN FICT-DBN-204771593
Number: AUTH-26-0811-40027   Provider: Lowcountry Neuromodulation Center
Approved: TMS course, 90868 up to 36 treatment sessions; 90867 x1 and 90869 as needed. Valid 08/11/2026 -
11/30/2026.
""",
    "other/clinic-schedule-2026-10-09.txt": """
LOWCOUNTRY NEUROMODULATION CENTER (FICTIONAL) - TMS CHAIR SCHEDULE, 10/09/2026
08:00  Quintero-Haas, M.   taper session 36 (90868)
08:40  Pelletier, Warren   treatment session 12 (90868); motor threshold re-determination (90869)
09:20  Okonjo, Beatrice    mapping (90867)
""",
}

TRUTH = r"""
# 01 - TRICARE Select: TMS taper sessions denied as over a 36-session limit by counting motor threshold codes as sessions; reconsideration by the clinic (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Quintero-Haas, 62 (DOB 08/09/1964), the spouse of a retired sponsor in **TRICARE Select**, had a TMS
  course at Lowcountry Neuromodulation Center **08/17/2026-10/09/2026**: **36 treatment sessions (90868)**, 30 daily
  and 6 taper, plus **one motor threshold determination (90867, 08/17/2026)** and **two re-determinations (90869,
  09/08/2026 and 09/28/2026)**: 39 services in all. F33.2. PHQ-9 22 -> 7.
- Authorization **AUTH-26-0811-40027** (08/11/2026): 90868 up to 36 treatment sessions; 90867 x1 and 90869 as
  needed; valid 08/11/2026-11/30/2026. Every date falls within it; 36 given of 36 approved.
- EOB of **11/12/2026**, claim **PCH-26-1020-118342**, **CO-119**: "TMS is limited to 36 sessions per course ... 39
  sessions billed", denying 90868 on **10/05, 10/07 and 10/09/2026** (taper sessions 34-36). 33 other 90868
  sessions and the three motor threshold lines were paid.
- The contractor's own **TG-TMS-2 (rev. 03/01/2026)**: no more than 36 treatment sessions per course; 90867 and 90869
  "are not treatment sessions and do not count toward this limit". Counted as the guideline counts, the course is
  36 of 36: within the limit.
- **Rule and stage:** TRICARE, 32 CFR 199.10: reconsideration by the regional contractor within **90 days of the
  notice: by 02/10/2027**.
- **Author:** the clinic's TMS program coordinator, for the clinic (a network provider and a party to its claim);
  she writes about "Mrs. Quintero-Haas"; no patient authorization is needed.
- Expected answers (question -> answer, where printed):
  1. Claim number -> PCH-26-1020-118342 (denial/explanation-of-benefits-2026-11-12.txt)
  2. Notice date -> 11/12/2026 (denial/explanation-of-benefits-2026-11-12.txt)
  3. Reconsideration deadline -> 02/10/2027 (truth)
  4. CARC -> CO-119 (denial/explanation-of-benefits-2026-11-12.txt)
  5. Dates denied -> 10/05/2026, 10/07/2026 and 10/09/2026 (denial/explanation-of-benefits-2026-11-12.txt)
  6. Treatment sessions billed -> treatment sessions (90868) 36 (clinical/tms-treatment-log-2026.txt)
  7. Motor threshold services -> re-determinations (90869) 2 (clinical/tms-treatment-log-2026.txt)
  8. The guideline's words on motor threshold codes -> are not treatment sessions and do not count toward this limit (other/coverage-guideline-tg-tms-2-rev-2026-03-01.txt)
  9. Guideline revision in force -> Revision effective 03/01/2026 (other/coverage-guideline-tg-tms-2-rev-2026-03-01.txt)
  10. Authorization number -> AUTH-26-0811-40027 (other/authorization-approval-2026-08-11.txt)
  11. Authorization period -> Valid 08/11/2026 - 11/30/2026 (other/authorization-approval-2026-08-11.txt)
  12. Response -> PHQ-9 22 at session 1, 7 at session 36 (clinical/tms-course-summary-2026-10-09.txt)
  13. Drug still taken -> venlafaxine XR 225 mg daily since 06/2024, partial response, continued (clinical/tms-course-summary-2026-10-09.txt)
  14. Sleep dose -> mirtazapine 7.5 mg at bedtime for sleep (clinical/tms-course-summary-2026-10-09.txt)
  15. Plan type -> plan_type: tricare (case.yaml)
  16. Author relation -> relation: provider (case.yaml)

## Deliberately unknown
- Whether the reconsideration decision will treat this as a factual appeal (DHA formal review next) or a
  medical-necessity one (TQMC next): the decision will say; a letter must not name the next level as settled.
- Why the claims system counted every TMS code: not known; a letter may ask that the count be corrected.
- The allowed amount for the three denied sessions: $280.00 billed each; the allowed amount is not stated (the
  paid lines allowed $224.00 a session on average, but a letter must not state a figure the EOB does not give for
  these lines).

## Traps
- **Unit, not medicine.** The winning point is what the limit counts (treatment sessions, 90868), from the
  contractor's own guideline; medical necessity is not questioned.
- **Stale guideline:** the 2024 revision (30 sessions, no taper) is superseded; it must not be quoted as the rule.
- **The treatment log's messy line** ("taper sessions 35-36 and... see correction below") is corrected on the same
  page: the taper sessions were 31-36 on 09/28, 09/30, 10/02, 10/05, 10/07, 10/09; 10/01/2026 was a missed visit.
- **Other people on a document:** the chair schedule of 10/09/2026 lists Warren Pelletier and Beatrice Okonjo.
- **Venlafaxine XR continues** (partial response): never "failed" or "stopped". **Mirtazapine 7.5 mg** is a sleep
  dose, not a trial. The **2021 TMS course** was a response in an earlier episode, never a failure.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no state insurance department, no MHPAEA.
- **Voice:** the clinic writes for itself as a party; never "my treatment", never on the patient's behalf as her
  representative.

## Arguments a strong letter makes, strongest first
1. TG-TMS-2 (rev. 03/01/2026) limits treatment sessions (90868) to 36 and says 90867 and 90869 do not count; the claim
   holds 36 treatment sessions: the limit is met, not exceeded. Reprocess and pay the three 90868 lines of 10/05,
   10/07 and 10/09/2026, and correct the count.
2. The contractor's own authorization AUTH-26-0811-40027 approved 36 treatment sessions with 90867 and 90869 "as
   needed"; all 36 were given within its dates.
3. Correct the EOB's "39 sessions billed": 39 services, 36 of them treatment sessions.

## What a letter must NOT say
- "39 sessions", "exceeded the limit", "over the limit"; asking for an exception beyond the limit.
- "30 sessions" as the limit; "taper sessions are not covered" (the 2024 text).
- "medically necessary" as the ground; "peer-to-peer".
- "failed venlafaxine", "stopped venlafaxine"; mirtazapine as a trial; "failed TMS in 2021".
- "Pelletier", "Okonjo".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA", "state insurance department".
"""

ANSWERS = [
    ("claim number", "PCH-26-1020-118342", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("notice date", "Date of notice: 11/12/2026", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("deadline", "by 02/10/2027", "truth"),
    ("CARC", "CO-119", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("dates denied", "90868 on 10/05/2026, 10/07/2026 and 10/09/2026", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("treatment sessions", "treatment sessions (90868) 36", "clinical/tms-treatment-log-2026.txt"),
    ("re-determinations", "re-determinations (90869) 2", "clinical/tms-treatment-log-2026.txt"),
    ("guideline words", "are not treatment sessions and do not count toward this limit", "other/coverage-guideline-tg-tms-2-rev-2026-03-01.txt"),
    ("revision", "Revision effective 03/01/2026", "other/coverage-guideline-tg-tms-2-rev-2026-03-01.txt"),
    ("authorization", "AUTH-26-0811-40027", "other/authorization-approval-2026-08-11.txt"),
    ("authorization period", "Valid 08/11/2026 - 11/30/2026", "other/authorization-approval-2026-08-11.txt"),
    ("response", "PHQ-9 22 at session 1, 7 at session 36", "clinical/tms-course-summary-2026-10-09.txt"),
    ("drug still taken", "venlafaxine XR 225 mg daily since 06/2024, partial response, continued", "clinical/tms-course-summary-2026-10-09.txt"),
    ("sleep dose", "mirtazapine 7.5 mg at bedtime for sleep", "clinical/tms-course-summary-2026-10-09.txt"),
    ("plan type", "plan_type: tricare", "case.yaml"),
    ("author relation", "relation: provider", "case.yaml"),
]
