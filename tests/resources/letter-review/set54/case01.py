SLUG = "01-student-plan-ect-limit-counted-claim-lines-not-treatments-first-appeal-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 54, case 01) - every person, plan, insurer, provider, number and address is invented.
# A graduate student's insured student health plan (Washington) paid 2 of 10 acute ECT treatments and denied the
# other 8 as over "12 ECT services per acute course": it counted the hospital's facility lines and the
# psychiatrist's lines for the same treatments as separate services. The patient appeals himself.
patient:
  name: Jonah Prewitt-Amaral
  salutation: Mr. Prewitt-Amaral
  date_of_birth: 2002-03-09
  member_id: FICT-CGS-55120487
  address: |-
    1419 Alder Court, Apt 3B
    Tacoma, WA 98403
  phone: (253) 555-0131
  email: jonah.pa@mail.example
insurer:
  name: Northsound Mutual Health, Cascadia Graduate Student Health Insurance Plan (FICTIONAL)
  appeals_address: |-
    Northsound Mutual Health - Member Appeals (FICTIONAL)
    PO Box 40913
    Seattle, WA 98104
  fax: (206) 555-0148
claim:
  number: NSM-26-1019-40218
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-20
  appeal_deadline: 2027-05-19
  deadline_basis: >-
    Explanation of benefits of 11/20/2026: "You have 180 days from the date you receive this notice to file an
    appeal." Counted from the notice date, without mailing days.
  service_dates: [2026-09-18, 2026-10-05]
  sessions: 8
  setting: outpatient
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum reached. ECT: 12 services per acute course. 12 ECT services have been processed for this course
    (10 facility, 2 professional). Services on 09/18/2026 through 10/05/2026 exceed the maximum. (CARC 119)
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
  not_appealed:
    - {date: 2026-09-14, code: "90870", why: paid on this claim (line 1)}
    - {date: 2026-09-16, code: "90870", why: paid on this claim (line 2)}
plan_policy:
  name: Cascadia Graduate Student Health Insurance Plan, Schedule of Benefits 2026-2027, Section 4.6
  number: Section 4.6
  quote: >-
    Electroconvulsive therapy (ECT): up to 12 treatments per acute course; additional treatments are covered with
    precertification. A treatment is one ECT session on one day, whatever the number of claims (facility,
    physician, anesthesia) billed for it.
  file: other/schedule-of-benefits-2026-2027-section-4.txt
  limit:
    applied: 12
    current: 12
    course: 10
    unit: ECT treatments
    applied_unit: ECT services
    counted:
      - {what: ECT treatments (one session on one day; the psychiatrist's 90870 lines), count: 10, limited: true}
      - {what: hospital facility lines for the same ten sessions (revenue code 0901), count: 10, limited: false}
    counted_file: denial/explanation-of-benefits-2026-11-20.txt
treatment:
  name: Acute course of electroconvulsive therapy (ECT), 10 treatments
  summary: >-
    Ten right unilateral ECT treatments, 09/14/2026-10/05/2026, for severe recurrent depression after venlafaxine
    failed and aripiprazole augmentation was stopped for akathisia; the course is within the plan's 12 treatments.
clinical:
  severity: MADRS 38 on 09/10/2026; MADRS 12 on 10/05/2026 after the tenth treatment
  severity_date: 2026-10-05
  suicidality: none
  suicidality_date: 2026-10-05
  response: MADRS 38 (09/10/2026) to 12 (10/05/2026)
  response_level: response
  episode_onset: 2026-01
  history:
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-03
      end: 2026-06
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 225 mg; stopped
      evidence: {file: clinical/ect-course-summary-2026-10-05.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to venlafaxine)
      start: 2026-05
      end: 2026-06
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia (intolerance)
      evidence: {file: clinical/ect-course-summary-2026-10-05.txt, page: 1}
    - drug: Lithium carbonate
      dose: 900 mg daily
      start: 2026-07
      ongoing: true
      kind: augmentation
      outcome: Continued through and after the ECT course
      evidence: {file: clinical/ect-course-summary-2026-10-05.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-07
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a treatment trial
      evidence: {file: clinical/ect-course-summary-2026-10-05.txt, page: 1}
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2021-02
      end: 2022-03
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2021); tapered off in 03/2022
      evidence: {file: clinical/ect-course-summary-2026-10-05.txt, page: 1}
author:
  name: Jonah Prewitt-Amaral
  role: patient
  relation: patient
  address: |-
    1419 Alder Court, Apt 3B
    Tacoma, WA 98403
  phone: (253) 555-0131
  email: jonah.pa@mail.example
provider:
  name: Carmen Oyelaran-Whitby, MD
  credentials: MD, psychiatrist, ECT service, Rainier Ridge University Hospital
  npi: "1743902656"
  address: |-
    Rainier Ridge University Hospital (FICTIONAL), 800 Summit Avenue
    Tacoma, WA 98405
  phone: (253) 555-0162
record_dates:
  - file: clinical/ect-course-summary-2026-10-05.txt
    date: 2026-10-05
bates_prefix: PREWITTAMARAL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-11-20.txt": """
NORTHSOUND MUTUAL HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                    Date of notice: 11/20/2026
Member: Jonah Prewitt-Amaral   ID FICT-CGS-55120487   Plan: Cascadia Graduate Student Health Insurance Plan 2026-2027
Provider: Carmen Oyelaran-Whitby, MD, NPI 1743902656     Claim NSM-26-1019-40218 (professional)

Line  Date        Code    Billed    Paid     Note
1     09/14/2026  90870   $410.00   $318.00  Paid
2     09/16/2026  90870   $410.00   $318.00  Paid
3-10  09/18/2026-10/05/2026  90870 x8  $3,280.00  $0.00  CARC 119
Benefit maximum reached. ECT: 12 services per acute course. 12 ECT services have been processed for this course
(10 facility, 2 professional). Services on 09/18/2026 through 10/05/2026 exceed the maximum. (CARC 119)

ECT benefit used this course (our count): facility 10, professional 2 = 12 of 12.

Your right to appeal: You have 180 days from the date you receive this notice to file an appeal. Write to Member
Appeals, PO Box 40913, Seattle, WA 98104, or fax (206) 555-0148. After our decision you may ask for an external review.
""",
"denial/facility-eob-2026-11-02.txt": """
NORTHSOUND MUTUAL HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                    Date of notice: 11/02/2026
Member: Jonah Prewitt-Amaral   ID FICT-CGS-55120487
Provider: Rainier Ridge University Hospital (facility)   Claim NSM-26-1008-38811
Ten lines, revenue code 0901 (ECT facility), one on each of 09/14, 09/16, 09/18, 09/21, 09/23, 09/25, 09/28, 09/30,
10/02 and 10/05/2026. All ten lines paid.
""",
"clinical/ect-course-summary-2026-10-05.txt": """
RAINIER RIDGE UNIVERSITY HOSPITAL (FICTIONAL) - ECT SERVICE - ACUTE COURSE SUMMARY      Date: 10/05/2026
Patient: Jonah Prewitt-Amaral   DOB 03/09/2002   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Episode began 01/2026.
Course: 10 right unilateral treatments, one per session day: 09/14, 09/16, 09/18, 09/21, 09/23, 09/25, 09/28,
09/30, 10/02, 10/05/2026. Acute course complete after treatment 10; no maintenance planned at this time.
MADRS 38 on 09/10/2026 (pre-ECT evaluation; passive death wishes, no plan, on that date); MADRS 12 on 10/05/2026.
No suicidal ideation on 10/05/2026.
Medications: venlafaxine XR 225 mg daily 03/2026-06/2026, no response after 12 weeks, stopped; aripiprazole 5 mg
added 05/2026, stopped after 3 weeks for akathisia; lithium 900 mg daily since 07/2026, continued; quetiapine 25 mg
at bedtime for sleep since 07/2026. Earlier episode: fluoxetine 40 mg 2021, remission; tapered off 03/2022.
Attending: Carmen Oyelaran-Whitby, MD.
""",
"other/schedule-of-benefits-2026-2027-section-4.txt": """
CASCADIA GRADUATE STUDENT HEALTH INSURANCE PLAN (FICTIONAL) - SCHEDULE OF BENEFITS, PLAN YEAR 08/15/2026-08/14/2027
Underwritten by Northsound Mutual Health (FICTIONAL)                                      Page 14 of 40
Section 4.6 Electroconvulsive therapy (ECT): up to 12 treatments per acute course; additional treatments are
covered with precertification. A treatment is one ECT session on one day, whatever the number of claims (facility,
physician, anesthesia) billed for it.
""",
"other/schedule-of-benefits-2025-2026-stale.txt": """
CASCADIA GRADUATE STUDENT HEALTH INSURANCE PLAN (FICTIONAL) - SCHEDULE OF BENEFITS, PLAN YEAR 08/15/2025-08/14/2026
Section 4.6 Electroconvulsive therapy: 8 treatments per plan year.
[Superseded: the 2026-2027 Schedule replaced this section from 08/15/2026.]
""",
"other/ect-unit-treatment-log-2026-09.txt": """
RAINIER RIDGE UNIVERSITY HOSPITAL (FICTIONAL) - ECT SUITE DAILY LOG (excerpt), September 2026
09/14/2026  08:10 J.P.-A. (treatment 1)   08:40 R.M. (treatment 6)   09:10 T.K. (maintenance)
09/16/2026  08:10 J.P.-A. (treatment 2)   08:40 R.M. (treatment 7)
[Other initials are other patients of the ECT suite; not part of this claim.]
""",
}

TRUTH = r'''
# 01 - Student health plan: 8 ECT treatments denied as over "12 ECT services" counted in claim lines; first appeal by the patient (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Prewitt-Amaral, 24 (DOB 03/09/2002), a graduate student insured by the **Cascadia Graduate Student Health
  Insurance Plan 2026-2027** (Northsound Mutual Health; insured student coverage, `individual_aca`, Washington),
  had **10 acute ECT treatments, 09/14/2026-10/05/2026** (one session on each of ten days; 90870, F33.2).
- The professional claim NSM-26-1019-40218 paid lines 1-2 (09/14, 09/16) and **denied 8 treatments, 09/18/2026-
  10/05/2026** (CO-119) on the EOB of **11/20/2026**: "12 ECT services ... (10 facility, 2 professional)".
- **Schedule of Benefits 2026-2027, Section 4.6:** up to **12 treatments per acute course**, and "A treatment is one
  ECT session on one day, whatever the number of claims (facility, physician, anesthesia) billed for it." The course
  is **10 treatments**: within the limit. The hospital's 10 facility lines (paid, EOB 11/02/2026) are the same ten
  sessions, not further treatments. After the 10th treatment, 2 of the 12 are left.
- Response: MADRS 38 (09/10/2026) to **12** (10/05/2026). No suicidal ideation on 10/05/2026.
- **Rule and stage:** first internal appeal, post-service; 180 days from the notice: **by 05/19/2027** (45 CFR
  147.136(b)(3), applying 29 CFR 2560.503-1(h)(3)(i)); external review next.
- **Author:** the patient, writing as "I".

## Deliberately unknown
- How the anesthesia group's claims were processed: not in the case; a letter must not say they were paid or denied.
- Why the insurer counted by claim line: not known; a letter may ask the plan to correct its count.
- The allowed amount for the eight denied lines: only the billed $3,280.00 and the paid $318.00 per line are known.

## Traps
- **Wrong unit:** the denial counts "ECT services" (claim lines, facility and professional); the plan limits
  "treatments", one session on one day. 10 treatments, not 12 or 20.
- **Stale plan year:** the 2025-2026 Schedule ("8 treatments per plan year") was replaced from 08/15/2026; it does
  not govern September-October 2026 care and the limit is not per plan year.
- **Lines not appealed:** 09/14 and 09/16 were paid; the appeal is for 09/18-10/05 (8 treatments).
- **Other people on a document:** the ECT suite log lists other patients (R.M., T.K.).
- **Drugs still taken:** lithium 900 mg continues (never "failed" or "stopped"); **quetiapine 25 mg** is a sleep dose,
  not a trial; aripiprazole was stopped after 3 weeks for akathisia (an intolerance, not an adequate trial).
- **Earlier-episode response:** fluoxetine 2021 brought remission; it is not a failed trial.
- **Suicidality:** passive death wishes on 09/10/2026 only, before the course; none on 10/05/2026. Not a present risk.
- **Not a medical-necessity denial:** no clinical reviewer, no peer-to-peer, no exception beyond a limit (the
  course is within it).
- **Voice:** the patient signs; "I", never "Mr. Prewitt-Amaral has".

## Arguments a strong letter makes (strongest first)
1. The plan's own Section 4.6 limits **treatments**, "one ECT session on one day, whatever the number of claims
   (facility, physician, anesthesia) billed for it"; the course was **10 treatments**, within 12. The EOB's "12 ECT
   services (10 facility, 2 professional)" counts the same sessions twice. Pay lines 3-10 and correct the count
   (2 treatments of the 12 remain in this course).
2. Point to the facility EOB (10 lines, one a session day) and the ECT course summary (ten session days) as the record
   of the count.
3. Ask that the count be corrected so any later claim for this course is not denied on it.

## What a letter must NOT say
- "12 treatments" or "20 treatments" given; "exceeded the limit"; asking for an exception beyond the limit.
- "8 treatments per plan year" as the plan's limit; "plan year" as the limit's period.
- "medically necessary" as the ground; "peer-to-peer"; "failed lithium"; quetiapine as a trial; "failed fluoxetine".
- "suicidal ideation" as a present risk; "R.M." or "T.K.".
- "ERISA" as the governing law of this plan; "29 CFR 2590.715-2719"; "Mr. Prewitt-Amaral has" in the patient's own
  letter; a payment amount for the denied lines.
'''

ANSWERS = [
    ("plan type", "individual_aca", "case.yaml"),
    ("notice date", "Date of notice: 11/20/2026", "denial/explanation-of-benefits-2026-11-20.txt"),
    ("appeal deadline", "2027-05-19", "case.yaml"),
    ("CARC", "CARC 119", "denial/explanation-of-benefits-2026-11-20.txt"),
    ("what the denial counted", "(10 facility, 2 professional)", "denial/explanation-of-benefits-2026-11-20.txt"),
    ("the plan's unit", "A treatment is one ECT session on one day", "other/schedule-of-benefits-2026-2027-section-4.txt"),
    ("limit", "up to 12 treatments per acute course", "other/schedule-of-benefits-2026-2027-section-4.txt"),
    ("treatments given", "10 right unilateral treatments", "clinical/ect-course-summary-2026-10-05.txt"),
    ("facility lines are the same sessions", "one on each of 09/14, 09/16, 09/18", "denial/facility-eob-2026-11-02.txt"),
    ("dates appealed", "Services on 09/18/2026 through 10/05/2026", "denial/explanation-of-benefits-2026-11-20.txt"),
    ("response", "MADRS 12 on 10/05/2026", "clinical/ect-course-summary-2026-10-05.txt"),
    ("stale terms", "8 treatments per plan year", "other/schedule-of-benefits-2025-2026-stale.txt"),
    ("drug still taken", "lithium 900 mg daily since 07/2026, continued", "clinical/ect-course-summary-2026-10-05.txt"),
    ("sleep dose", "quetiapine 25 mg at bedtime for sleep", "clinical/ect-course-summary-2026-10-05.txt"),
    ("intolerance", "stopped after 3 weeks for akathisia", "clinical/ect-course-summary-2026-10-05.txt"),
    ("treatments left", "2 of the 12 are left", "truth"),
]
