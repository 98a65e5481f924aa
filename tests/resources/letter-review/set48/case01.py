"""FICTIONAL case 01 (set 48): student health plan, TMS partly paid, visit limit for psychotherapy applied to TMS."""
SLUG = "student-plan-tms-partly-paid-psychotherapy-visit-limit-applied-first-appeal-mother"

CASE_YAML = """
# FICTIONAL CASE (set 48, case 01) - every person, plan, school, provider, number and address is invented.
# University student health insurance plan (insured, individual market), Ohio. Tamsin Ferreira-Holt, 22, had a
# 36-session TMS course 08/17-10/07/2026. The plan paid the first 14 sessions and denied the other 22 (PR-119) as
# over "20 outpatient behavioral health visits per policy year"; the 2026-2027 Schedule of Benefits limits only
# psychotherapy office visits and puts TMS under outpatient procedures with no visit limit. Her mother appeals
# with Tamsin's signed authorization.
patient:
  name: Tamsin Ferreira-Holt
  salutation: Ms. Ferreira-Holt
  date_of_birth: 2004-05-09
  member_id: FICT-BSU-40218877
  address: |-
    1170 Larkspur Avenue, Apt 2B
    Athens, OH 45701
  phone: (740) 555-0112
  email: tamsin.fh@mail.example
insurer:
  name: Buckeye Scholars Health Plan, administered by Meridian Campus Insurance Company (FICTIONAL)
  appeals_address: |-
    Meridian Campus Insurance Company - Member Appeals (FICTIONAL)
    PO Box 44810
    Columbus, OH 43244
  fax: (614) 555-0173
claim:
  number: MCI-26-1019-208854
  plan_type: individual_aca
  funding: insured
  state: OH
  notice_date: 2026-11-02
  appeal_deadline: 2027-05-01
  deadline_basis: >-
    Explanation of benefits of 11/02/2026: "You have 180 days from the date you receive this notice to file an
    appeal." Counted from the notice date, adding no mailing days.
  service_dates: [2026-09-08, 2026-10-07]
  sessions: 22
  setting: outpatient
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-119]
  denial_reason: >-
    Benefit maximum reached. Your plan covers 20 outpatient behavioral health visits per policy year. 20 visits
    have been used for the 2026-2027 policy year. (CARC 119)
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
plan_policy:
  name: Buckeye Scholars Health Plan 2026-2027 Schedule of Benefits, Outpatient Mental Health and Substance Use
  number: Schedule of Benefits, page 6
  quote: >-
    Policy Year: August 1, 2026 through July 31, 2027. Office visits for individual or group psychotherapy: 20
    visits per Policy Year. Outpatient procedures for mental health conditions, including transcranial magnetic
    stimulation (TMS) and electroconvulsive therapy (ECT): covered as any other outpatient procedure; no visit
    limit applies.
  file: other/schedule-of-benefits-2026-2027-page-6.txt
  limit:
    applied: 20
    current: none
    course: 36
    unit: office visits for individual or group psychotherapy
    applied_unit: outpatient behavioral health visits
    counted:
      - {what: TMS treatment sessions, count: 14, limited: false}
      - {what: individual psychotherapy office visits, count: 6, limited: true}
    counted_file: other/member-portal-benefit-counter-2026-11-03.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), sessions 15-36 of a 36-session course (90868)
  summary: >-
    A 36-session course of TMS for recurrent severe major depression after no response to an adequate sertraline
    trial and only a partial response to escitalopram, which continues; the plan paid sessions 1-14 and denied sessions 15-36 under a visit limit its terms set only for
    psychotherapy office visits.
  alongside: escitalopram 20 mg daily
clinical:
  severity: PHQ-9 22 on 08/17/2026; PHQ-9 9 on 10/07/2026
  severity_date: 2026-10-07
  suicidality: passive
  suicidality_date: 2026-08-17
  response: PHQ-9 22 (08/17/2026) to 9 (10/07/2026)
  response_level: response
  episode_onset: 2024-09
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-10
      end: 2025-03
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 20
      outcome: No response after 20 weeks at 200 mg; stopped
      evidence: {file: clinical/tms-course-summary-2026-10-07.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg daily
      start: 2025-04
      end: 2025-04
      kind: antidepressant
      adequate: false
      weeks: 2
      outcome: Stopped after 2 weeks for raised blood pressure (intolerance); not an adequate trial
      evidence: {file: clinical/tms-course-summary-2026-10-07.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the TMS course
      evidence: {file: clinical/tms-course-summary-2026-10-07.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-05
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-course-summary-2026-10-07.txt, page: 1}
author:
  name: Gwendolyn Ferreira-Holt
  role: Mother and authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-11-05.txt
  address: |-
    52 Quarry Hill Road
    Zanesville, OH 43701
  phone: (740) 555-0139
  email: gwen.ferreiraholt@home.example
provider:
  name: Hocking Valley Neurotherapy (FICTIONAL)
  credentials: TMS clinic, in network
  npi: "1482037151"
  address: |-
    300 Union Street, Suite 4
    Athens, OH 45701
  phone: (740) 555-0148
record_dates:
  - file: clinical/tms-course-summary-2026-10-07.txt
    date: 2026-10-07
bates_prefix: FERREIRAHOLT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-02.txt": """
MERIDIAN CAMPUS INSURANCE COMPANY (FICTIONAL) - BUCKEYE SCHOLARS HEALTH PLAN
EXPLANATION OF BENEFITS                                             Date: 11/02/2026
Member: Tamsin Ferreira-Holt   ID FICT-BSU-40218877   Policy year 2026-2027
Provider: Hocking Valley Neurotherapy, NPI 1482037151      Claim MCI-26-1019-208854

Line  Dates                    Code   Units  Billed      Paid       Note
1     08/17/2026               90867  1      $310.00     $248.00    Paid
2     08/18/2026-09/04/2026    90868  13     $3,380.00   $2,704.00  Paid
3     09/08/2026-10/07/2026    90868  22     $5,720.00   $0.00      PR-119

PR-119: Benefit maximum reached. Your plan covers 20 outpatient behavioral health visits per policy year.
20 visits have been used for the 2026-2027 policy year.

Your right to appeal: You have 180 days from the date you receive this notice to file an appeal. Write to
Member Appeals, PO Box 44810, Columbus, OH 43244, or fax (614) 555-0173.
""",
    "other/schedule-of-benefits-2026-2027-page-6.txt": """
BUCKEYE SCHOLARS HEALTH PLAN (FICTIONAL) - 2026-2027 SCHEDULE OF BENEFITS                  Page 6 of 14
Policy Year: August 1, 2026 through July 31, 2027.

Outpatient Mental Health and Substance Use
- Office visits for individual or group psychotherapy: 20 visits per Policy Year. $20 copay per visit.
- Outpatient procedures for mental health conditions, including transcranial magnetic stimulation (TMS) and
  electroconvulsive therapy (ECT): covered as any other outpatient procedure; no visit limit applies. 20%
  coinsurance after deductible. Prior authorization is not required for TMS at an in-network provider.
""",
    "other/schedule-of-benefits-2025-2026-page-6-stale.txt": """
BUCKEYE SCHOLARS HEALTH PLAN (FICTIONAL) - 2025-2026 SCHEDULE OF BENEFITS                  Page 6 of 13
Policy Year: August 1, 2025 through July 31, 2026.
Outpatient Mental Health and Substance Use: 20 outpatient behavioral health visits per Policy Year, including
psychotherapy, medication management and outpatient procedures such as TMS.
[Kept in the family's file; superseded on August 1, 2026 by the 2026-2027 Schedule.]
""",
    "other/member-portal-benefit-counter-2026-11-03.txt": """
MERIDIAN CAMPUS INSURANCE (FICTIONAL) - MEMBER PORTAL PRINTOUT                 Printed 11/03/2026 19:12
Member: Tamsin Ferreira-Holt   Policy year 2026-2027
Benefit counter: Outpatient BH visits - used 20 of 20
  Detail: TMS treatment (90867/90868) 14; Individual psychotherapy (90834) 6
Other members on this account: none shown.
""",
    "clinical/tms-course-summary-2026-10-07.txt": """
HOCKING VALLEY NEUROTHERAPY (FICTIONAL) - TMS COURSE SUMMARY                  Date: 10/07/2026
Patient: Tamsin Ferreira-Holt   DOB 05/09/2004   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode
since 09/2024.
Course: 36 sessions, 08/17/2026-10/07/2026 (mapping 08/17/2026; 35 treatment sessions). PHQ-9 22 at start, 9 at
session 36. Passive death wishes at intake 08/17/2026, none from week 3.
Medication history: sertraline 200 mg 10/2024-03/2025, no response after 20 weeks, stopped; venlafaxine XR 75 mg
04/2025, stopped after 2 weeks for raised blood pressure; escitalopram 20 mg since 05/2025, partial response,
continued; trazodone 50 mg at bedtime for sleep since 05/2025. Earlier episode at age 15 (2019): fluoxetine 20 mg,
remission, stopped 2020.
Psychotherapy: weekly with her campus counselor (6 visits since 08/2026), continuing.
""",
    "other/authorization-to-represent-2026-11-05.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)                                          Date: 11/05/2026
I, Tamsin Ferreira-Holt (DOB 05/09/2004), member ID FICT-BSU-40218877, authorize my mother, Gwendolyn
Ferreira-Holt, to appeal claim MCI-26-1019-208854 for me and to receive my health information for that purpose.
Signed: Tamsin Ferreira-Holt
""",
}

TRUTH = """
# 01 - Student health plan: TMS sessions 15-36 denied under a visit limit the plan sets only for psychotherapy; first appeal by the mother (FICTIONAL)

All people, plans, schools, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tamsin Ferreira-Holt, 22 (DOB 05/09/2004), an adult student on the **Buckeye Scholars Health Plan** (insured
  student health insurance, individual market: `individual_aca`), had **36 TMS sessions 08/17-10/07/2026**.
- The EOB of **11/02/2026** (claim MCI-26-1019-208854) **paid lines 1-2** (90867 x1 and 90868 x13: sessions 1-14)
  and **denied line 3** (90868 x22, 09/08-10/07/2026, sessions 15-36) with **PR-119**, as over "20 outpatient
  behavioral health visits per policy year". The claim is partly paid; only line 3 is appealed.
- The **2026-2027 Schedule of Benefits** (Policy Year from **August 1, 2026**) limits only "Office visits for
  individual or group psychotherapy: 20 visits per Policy Year"; TMS is an outpatient procedure with **no visit
  limit**. The portal counter's "20 of 20" is **14 TMS sessions + 6 psychotherapy visits**: by the plan's own terms
  only the 6 psychotherapy visits count, leaving 14 of 20.
- **Rule:** 45 CFR 147.136(b)(3) (individual coverage, applying the ERISA claims rule's standards); 180 days from
  the notice: **by 05/01/2027**; then external review within 4 months. Parity (MHPAEA) may be raised for the
  individual market.
- **Author:** her mother, with Tamsin's signed authorization of 11/05/2026 (an adult patient: the authorization is
  needed).

## Deliberately unknown
- Why the claims system counted TMS toward the visit counter (a configuration carried over from 2025-2026 is
  likely but not shown): a letter may ask, not state.
- The amount the plan will pay for line 3: not stated; a letter must not give a figure.

## Traps
- **Plan document, not medicine:** the winning point is the Schedule's wording; the denial did not question need.
- **Stale document:** the 2025-2026 Schedule (through 07/31/2026) did count TMS in 20 visits; every date of service
  is in the 2026-2027 Policy Year. A letter must not quote the stale Schedule as the terms.
- **Partly paid claim:** sessions 1-14 were paid; a letter must not ask for the whole course as if denied, nor say
  "the plan denied the TMS course".
- **Escitalopram continues** (partial response): never "failed" or "stopped". **Trazodone 50 mg** is a sleep dose.
  **Venlafaxine** 2 weeks is an intolerance, not a trial. **Fluoxetine 2019** was an earlier episode's remission,
  not a failure.
- **Suicidality:** passive death wishes at intake 08/17/2026 only; none from week 3 - history, not a present risk.
- **Voice:** the mother writes about "Ms. Ferreira-Holt"; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. The 2026-2027 Schedule limits only psychotherapy office visits; TMS is an outpatient procedure with no visit
   limit. The denial counted "outpatient behavioral health visits", which its terms do not limit. Pay line 3.
2. The plan's own counter shows 14 of the 20 were TMS sessions; only 6 psychotherapy visits count, so 14 remain.
   Correct the counter so later psychotherapy visits are not denied.
3. Every date of service falls in the Policy Year that began 08/01/2026; the 2025-2026 terms do not govern.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "exception to the limit"; "beyond the limit".
- "failed escitalopram", "stopped escitalopram"; trazodone or venlafaxine as a trial; "fluoxetine failed".
- "current suicidal ideation"; "I underwent".
- "29 CFR 2560.503-1" as the governing law; "ERISA plan"; "employer".
"""

ANSWERS = [
    ("plan type", "plan_type: individual_aca", "case.yaml"),
    ("notice date", "Date: 11/02/2026", "denial/explanation-of-benefits-2026-11-02.txt"),
    ("denied line", "09/08/2026-10/07/2026    90868  22", "denial/explanation-of-benefits-2026-11-02.txt"),
    ("paid lines", "08/18/2026-09/04/2026    90868  13", "denial/explanation-of-benefits-2026-11-02.txt"),
    ("CARC", "PR-119", "denial/explanation-of-benefits-2026-11-02.txt"),
    ("what the terms limit", "Office visits for individual or group psychotherapy: 20 visits per Policy Year",
     "other/schedule-of-benefits-2026-2027-page-6.txt"),
    ("TMS limit", "no visit limit applies", "other/schedule-of-benefits-2026-2027-page-6.txt"),
    ("policy year start", "August 1, 2026 through July 31, 2027", "other/schedule-of-benefits-2026-2027-page-6.txt"),
    ("counter breakdown", "TMS treatment (90867/90868) 14; Individual psychotherapy (90834) 6",
     "other/member-portal-benefit-counter-2026-11-03.txt"),
    ("stale schedule", "superseded on August 1, 2026", "other/schedule-of-benefits-2025-2026-page-6-stale.txt"),
    ("deadline", "appeal_deadline: 2027-05-01", "case.yaml"),
    ("response", "PHQ-9 22 at start, 9 at session 36", "clinical/tms-course-summary-2026-10-07.txt"),
    ("still taken", "escitalopram 20 mg since 05/2025, partial response", "clinical/tms-course-summary-2026-10-07.txt"),
    ("sleep dose", "trazodone 50 mg at bedtime for sleep", "clinical/tms-course-summary-2026-10-07.txt"),
    ("author's authority", "authorize my mother, Gwendolyn", "other/authorization-to-represent-2026-11-05.txt"),
    ("must not say", "\"exception to the limit\"", "truth"),
]
