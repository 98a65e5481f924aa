SLUG = "medicare-advantage-ky-tms-course-interrupted-new-member-90-day-transition-expedited-reconsideration-daughter"

CASE_YAML = r'''
# FICTIONAL CASE (set 63, case 08) - every person, plan, clinic, number and address is invented.
# Medicare Advantage HMO, Kentucky. Gerald Nwachukwu, 69, moved from Ohio and joined the plan on 11/01/2026 in the
# middle of a TMS course begun 09/14/2026 under Original Medicare (28 of 36 sessions given). The plan denied prior
# authorization for the last 8 sessions under its internal criteria and because the clinic is out of network. Its own
# Evidence of Coverage, like the Medicare rule for new members, gives 90 days of transition for an active course
# without prior authorization, even out of network. His daughter asks for an expedited reconsideration.
patient:
  name: Gerald Nwachukwu
  salutation: Mr. Nwachukwu
  date_of_birth: 1957-07-19
  member_id: FICT-BMA-4K71-2093
  address: |-
    318 Garrard Street
    Covington, KY 41011
  phone: (859) 555-0145
insurer:
  name: Bluegrass Medicare Advantage Choice HMO (FICTIONAL)
  appeals_address: |-
    Bluegrass Medicare Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 21988
    Louisville, KY 40221
  fax: (502) 555-0139
claim:
  number: BMA-OD-26-1026-40512
  plan_type: medicare_advantage
  notice_date: 2026-11-06
  appeal_deadline: 2027-01-10
  deadline_basis: >-
    Notice of denial of medical coverage of 11/06/2026: "You must ask for an appeal within 65 days of the date of
    this notice."
  service_dates: [2026-12-14, 2026-12-23]
  sessions: 8
  pending_services: 8
  setting: outpatient
  action: none
  urgent: true
  procedure_codes: ['90868']
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Prior authorization for transcranial magnetic stimulation is denied. Plan criteria MA-TMS-2 are not met: four
    antidepressant trials in the current episode are required; records show two. The provider is not in the plan's
    network.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization, medical_necessity, out_of_network]
  reviewer: {name: 'Cynthia Porterfield, MD', specialty: internal medicine}
prior_auth:
  requested_on: 2026-10-26
  reference: BMA-OD-26-1026-40512
plan_policy:
  name: Bluegrass Medicare Advantage internal utilization criteria MA-TMS-2, Transcranial Magnetic Stimulation
  number: MA-TMS-2
  quote: >-
    TMS may be approved when: 1. Major depressive disorder, severe. 2. Failure of four antidepressant trials of at
    least 6 weeks each in the current episode. 3. No implanted metal near the head or seizure disorder.
  file: other/plan-criteria-ma-tms-2-excerpt.txt
  other_terms: >-
    Evidence of Coverage 2026, Chapter 4, Section 2.3 Transition of care for new members: If you are new to our plan
    and are in the middle of an active course of treatment when you join, we will cover that course for at least 90
    days after your enrollment date, even if the provider is not in our network. We will not require prior
    authorization for the active course of treatment during those 90 days.
  other_terms_file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
  other_terms_apply: >-
    Mr. Nwachukwu joined the plan on 11/01/2026 in the middle of a 36-session TMS course begun 09/14/2026 (28
    sessions given); the 90 days run through 01/30/2027, so the last 8 sessions of that course need no prior
    authorization and are covered at the clinic outside the network.
medicare_coverage:
  name: Local Coverage Determination L99918, Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL)
  number: L99918
  quote: >-
    TMS is reasonable and necessary for major depressive disorder, severe, when the patient has not responded to, or
    could not tolerate, at least two antidepressant trials from at least two different classes at adequate dose and
    duration in the current episode, and has no implanted metal near the head or seizure disorder.
  file: other/lcd-l99918-tms-excerpt.txt
payer_criteria:
  - criterion: Major depressive disorder, severe.
    how_met: Recurrent major depression, severe (F33.2); MADRS 34 on 09/10/2026.
    met: true
    evidence: {file: clinical/tms-course-record-2026.txt, page: 1}
  - criterion: Not responded to, or could not tolerate, at least two antidepressant trials from two classes in the current episode.
    how_met: >-
      Escitalopram 20 mg (SSRI) 8 weeks without response; venlafaxine XR 225 mg (SNRI) since 03/2026 with only a
      partial response, continued.
    met: true
    evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: No implanted metal near the head or seizure disorder.
    how_met: Screening 09/10/2026 negative.
    met: true
    evidence: {file: clinical/tms-course-record-2026.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), last 8 sessions of a 36-session course
  summary: >-
    The last 8 (taper) sessions of a TMS course begun 09/14/2026 under Original Medicare, interrupted on 10/30/2026
    when he joined the plan; MADRS had fallen from 34 to 16 and has risen to 22 since the stop.
  plan: >-
    8 taper sessions over 2 weeks (3, 3, then 2 sessions), MADRS at the start and end, then monthly follow-up with
    his psychiatrist; no further TMS planned unless he relapses.
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 22 on 12/01/2026 (34 on 09/10/2026; 16 on 10/30/2026)
  severity_date: 2026-12-01
  suicidality: none
  suicidality_date: 2026-12-01
  episode_onset: 2025-04
  response: MADRS 34 (09/10/2026) to 16 after 28 sessions (10/30/2026); 22 on 12/01/2026 after five weeks without treatment
  response_level: partial
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-05
      end: 2025-07
      kind: antidepressant
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at 20 mg; stopped
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after TMS
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-05
      ongoing: true
      kind: other
      outcome: Sleep dose; not a trial
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Bupropion SR (for smoking cessation, 2020)
      dose: 150 mg twice daily
      start: 2020-01
      end: 2020-04
      kind: other
      outcome: Given to stop smoking, before this episode; not an antidepressant trial for depression
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: TMS, sessions 1-28 (this course)
      dose: 5 sessions a week
      start: 2026-09-14
      end: 2026-10-30
      kind: neuromodulation
      sessions: 28
      response: partial
      outcome: MADRS 34 to 16 after 28 sessions; course interrupted when he changed plans
      evidence: {file: clinical/tms-course-record-2026.txt, page: 1}
impact:
  relapse: MADRS rose from 16 to 22 in the five weeks since the course was stopped; he has stopped his morning walks again
  daily_life: Lives with his wife; stopped volunteering at the food pantry in 2025; returned to it in 10/2026 and stopped again in 11/2026
urgency:
  reason: >-
    The course was stopped after 28 of 36 sessions and his MADRS has already risen from 16 to 22; waiting for a
    standard decision risks losing the response the course produced and a full relapse.
  certified_by: Helen Marsh-Oduya, MD
author:
  name: Chioma Nwachukwu-Reyes
  role: Daughter and appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative-2026-11-10.txt
  address: |-
    4410 Glenway Avenue
    Cincinnati, OH 45238
  phone: (513) 555-0128
  email: chioma.nr@mail.example
provider:
  name: Helen Marsh-Oduya, MD
  credentials: MD, psychiatrist, Queen City TMS Center (FICTIONAL)
  npi: "1881383966"
  address: |-
    Queen City TMS Center (FICTIONAL), 2600 Madison Road, Suite 300
    Cincinnati, OH 45208
  phone: (513) 555-0181
record_dates:
  - {file: clinical/tms-course-record-2026.txt, date: 2026-12-01}
  - {file: clinical/psychiatry-notes-2025-2026.txt, date: 2026-09-08}
bates_prefix: NWACHUKWU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-denial-of-medical-coverage-2026-11-06.txt": '''
BLUEGRASS MEDICARE ADVANTAGE CHOICE HMO (FICTIONAL) - A Medicare Advantage plan
NOTICE OF DENIAL OF MEDICAL COVERAGE                                  Date: 11/06/2026
Member: Gerald Nwachukwu   ID FICT-BMA-4K71-2093   Enrollment effective 11/01/2026
Reference BMA-OD-26-1026-40512   Request received 10/26/2026 from Queen City TMS Center: TMS (90868) x 8
Decision: Prior authorization for transcranial magnetic stimulation is denied. Plan criteria MA-TMS-2 are not met:
four antidepressant trials in the current episode are required; records show two. The provider is not in the plan's
network.
Reviewer: Cynthia Porterfield, MD (internal medicine).
You must ask for an appeal within 65 days of the date of this notice. Ask for a fast appeal if your doctor says
waiting could seriously harm your health; we will decide within 72 hours.
''',
"clinical/tms-course-record-2026.txt": '''
QUEEN CITY TMS CENTER (FICTIONAL) - TMS COURSE RECORD                                      Page 1 of 1
Patient: Gerald Nwachukwu   DOB 07/19/1957   Psychiatrist: Helen Marsh-Oduya, MD
09/10/2026 Consult: MDD recurrent severe (F33.2). MADRS 34. Screening: no implanted metal near the head, no seizures.
Planned course: 36 sessions (30 daily + 6 taper), later revised to 28 + 8 taper.
09/14/2026 Session 1 (motor threshold). Billed to Original Medicare (Part B) with Medigap.
10/09/2026 Session 20: MADRS 21.
10/30/2026 Session 28: MADRS 16. Last session under Original Medicare; patient joins a Medicare Advantage plan
11/01/2026 after moving to Kentucky. Request for the 8 remaining sessions sent to the new plan 10/26/2026.
12/01/2026 Follow-up visit: no TMS since 10/30. MADRS 22. No suicidal thoughts. Stopped morning walks again.
''',
"clinical/psychiatry-notes-2025-2026.txt": '''
QUEEN CITY TMS CENTER (FICTIONAL) - REFERRING PSYCHIATRIST'S NOTES (copied)                  Page 1 of 1
Patient: Gerald Nwachukwu   DOB 07/19/1957
History: depressive episode 2009 after a layoff, remitted with weekly psychotherapy (no medicine). Bupropion SR 150 mg
twice daily 01-04/2020 prescribed by his PCP to stop smoking.
Current episode since 04/2025. Escitalopram 10 mg, 20 mg from 05/2025; 8 weeks at 20 mg, no response; stopped
07/2025. Trazodone 50 mg at bedtime for sleep since 05/2025.
03/2026: venlafaxine XR to 225 mg; partial response by 06/2026; continued.
09/08/2026: referred for TMS.
''',
"other/plan-criteria-ma-tms-2-excerpt.txt": '''
BLUEGRASS MEDICARE ADVANTAGE (FICTIONAL) - INTERNAL UTILIZATION CRITERIA MA-TMS-2               Page 1 of 1
TMS may be approved when: 1. Major depressive disorder, severe. 2. Failure of four antidepressant trials of at least
6 weeks each in the current episode. 3. No implanted metal near the head or seizure disorder.
''',
"other/evidence-of-coverage-2026-chapter-4-excerpt.txt": '''
BLUEGRASS MEDICARE ADVANTAGE CHOICE HMO (FICTIONAL) - EVIDENCE OF COVERAGE 2026, CHAPTER 4       Page 1 of 1
Section 2.3 Transition of care for new members. If you are new to our plan and are in the middle of an active course
of treatment when you join, we will cover that course for at least 90 days after your enrollment date, even if the
provider is not in our network. We will not require prior authorization for the active course of treatment during
those 90 days.
''',
"other/lcd-l99918-tms-excerpt.txt": '''
LOCAL COVERAGE DETERMINATION L99918 - TMS FOR MAJOR DEPRESSIVE DISORDER (FICTIONAL)              Page 1 of 1
TMS is reasonable and necessary for major depressive disorder, severe, when the patient has not responded to, or
could not tolerate, at least two antidepressant trials from at least two different classes at adequate dose and
duration in the current episode, and has no implanted metal near the head or seizure disorder.
''',
"other/enrollment-confirmation-2026-10-12.txt": '''
BLUEGRASS MEDICARE ADVANTAGE (FICTIONAL) - ENROLLMENT CONFIRMATION                           10/12/2026
To: Mr. Gerald Nwachukwu and Mrs. Patricia Nwachukwu, 318 Garrard Street, Covington, KY 41011
Gerald Nwachukwu - Choice HMO - member ID FICT-BMA-4K71-2093 - effective 11/01/2026
Patricia Nwachukwu - Choice HMO - member ID FICT-BMA-4K71-2107 - effective 11/01/2026
Election period: special enrollment period (permanent move).
''',
"other/medigap-card-plan-g-terminated.txt": '''
BUCKEYE SENIOR SUPPLEMENT (FICTIONAL) - MEDICARE SUPPLEMENT PLAN G ID CARD
Insured: Gerald Nwachukwu   Policy FICT-BSS-G-551902   Effective 08/01/2022
(Policy cancelled by the insured effective 10/31/2026.)
''',
"other/cms-1696-appointment-of-representative-2026-11-10.txt": '''
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, copy)                                        Signed 11/10/2026
Beneficiary: Gerald Nwachukwu, Medicare Advantage member ID FICT-BMA-4K71-2093
I appoint Chioma Nwachukwu-Reyes (daughter), 4410 Glenway Avenue, Cincinnati, OH 45238, (513) 555-0128, to act as my
representative in connection with my claim or asserted right under Medicare.
Signed: Gerald Nwachukwu. Acceptance signed: Chioma Nwachukwu-Reyes, 11/10/2026.
''',
}

TRUTH = r'''
# 08 - Medicare Advantage HMO (Kentucky): a new member's TMS course stopped by a prior-authorization denial that the 90-day transition rule forbids; expedited reconsideration by his daughter (FICTIONAL)

All people, plans, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Gerald Nwachukwu, **69** (DOB 07/19/1957), moved from Ohio to Kentucky and joined **Bluegrass Medicare Advantage
  Choice HMO** effective **11/01/2026** (special enrollment period); before that, Original Medicare with a Medigap
  Plan G (cancelled 10/31/2026). Recurrent severe depression (F33.2).
- TMS course at Queen City TMS Center (Cincinnati, **outside the plan's network**) began **09/14/2026** under
  Original Medicare; **28 sessions through 10/30/2026** (MADRS 34 -> 16). Request for the **last 8 sessions** sent
  **10/26/2026**; denied **11/06/2026** under internal criteria **MA-TMS-2** ("four trials ... records show two")
  and as out of network. No TMS since 10/30; **MADRS 22 on 12/01/2026**.
- **EOC 2026, Chapter 4, Section 2.3:** a new member in the middle of an active course is covered for **at least 90
  days** after enrollment, **even out of network**, and **no prior authorization** is required for that course in
  those days. 90 days from 11/01/2026 run to **01/30/2027**. The federal rule for MA coordinated care plans says the
  same (42 CFR 422.112(b)(8)(ii), from memory).
- Medicare's own criterion (L99918, invented): two trials from two classes; met (escitalopram SSRI 8 weeks, no
  response; venlafaxine XR SNRI, partial, continued). MA-TMS-2's four trials go beyond it (42 CFR 422.101(b)(6)).
- **Rule and stage:** MA pre-service reconsideration, **65 days from the notice: by 01/10/2027**; **expedited**
  (72 hours) on the psychiatrist's word; upheld -> IRE automatically. Author: **adult daughter, appointed
  representative (CMS-1696 signed 11/10/2026)**.

## Deliberately unknown
- Whether the plan would contract with the clinic for a single case; the clinic's fee.
- The exact wording of the federal transition rule (from memory; the EOC's own words carry the case).
- Whether Original Medicare paid all 28 sessions (not shown; do not state payment amounts).

## Traps
- **Rule and plan document, not medicine:** the strongest point is Section 2.3 (no prior authorization for an active
  course in the first 90 days, even out of network); the criteria argument is second.
- **Two reasons, one answer:** the out-of-network ground is answered by the same section; no network gap exception
  needed.
- **Not a step-therapy or new-start case;** no Part D rules (TMS is not a drug).
- **Bupropion 2020** was for smoking cessation: not an antidepressant trial. **Trazodone 50 mg**: sleep.
  **Venlafaxine continues** (partial): never "failed" or "stopped". The 2009 episode remitted with psychotherapy.
- **TMS sessions 1-28** are this course's partial response, not a failed trial; "interrupted", not "completed".
- **Other person:** the enrollment confirmation also lists his wife and her member ID.
- **Stale document:** the Medigap card (cancelled 10/31/2026) is not current coverage; no coordination of benefits.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA, no external review; no state insurance department route.
- **Voice:** the daughter writes about "Mr. Nwachukwu"/"my father", never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. EOC Chapter 4, Section 2.3 (and Medicare's transition rule for new members): he joined on 11/01/2026 in the middle
   of an active TMS course; for 90 days (through 01/30/2027) the plan covers that course without prior authorization,
   even out of network. Both grounds of the denial fall; authorize the last 8 sessions now.
2. In any case Medicare's criterion (two trials, two classes) is met; MA-TMS-2's four trials are the plan's own and
   may not be applied beyond Medicare's (42 CFR 422.101(b)(6)).
3. Harm of delay: MADRS 16 -> 22 in five weeks without treatment; expedited decision within 72 hours; a psychiatrist
   reviewer.

## What a letter must NOT say
- "new start", "step therapy", "Part D", "formulary".
- "failed bupropion"; trazodone as a trial; "failed venlafaxine", "stopped venlafaxine"; "failed TMS".
- "Patricia", "FICT-BMA-4K71-2107"; "Medigap" as current coverage; "coordination of benefits".
- "ERISA", "45 CFR 147.136", "MHPAEA", "external review", "network gap exception" as the main route.
- "I" as the patient; "completed the course".
'''

ANSWERS = [
    ("Notice date", "NOTICE OF DENIAL OF MEDICAL COVERAGE                                  Date: 11/06/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-06.txt"),
    ("Enrollment date", "Enrollment effective 11/01/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-06.txt"),
    ("Appeal window", "within 65 days of the date of this notice", "denial/notice-of-denial-of-medical-coverage-2026-11-06.txt"),
    ("Appeal deadline", "by 01/10/2027", "truth"),
    ("Transition clause", "we will cover that course for at least 90\ndays after your enrollment date", "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
    ("Out of network covered", "even if the\nprovider is not in our network", "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
    ("No prior authorization", "We will not require prior authorization for the active course of treatment", "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
    ("End of transition", "**01/30/2027**", "truth"),
    ("Course start", "09/14/2026 Session 1", "clinical/tms-course-record-2026.txt"),
    ("Sessions given", "10/30/2026 Session 28: MADRS 16", "clinical/tms-course-record-2026.txt"),
    ("Relapse since stop", "No TMS since 10/30. MADRS 22", "clinical/tms-course-record-2026.txt"),
    ("Medicare criterion", "at least two antidepressant trials from at least two different classes", "other/lcd-l99918-tms-excerpt.txt"),
    ("Escitalopram trial", "8 weeks at 20 mg, no response", "clinical/psychiatry-notes-2025-2026.txt"),
    ("Bupropion purpose", "prescribed by his PCP to stop smoking", "clinical/psychiatry-notes-2025-2026.txt"),
    ("Representative form", "Signed 11/10/2026", "other/cms-1696-appointment-of-representative-2026-11-10.txt"),
    ("Reviewer specialty", "Cynthia Porterfield, MD (internal medicine)", "denial/notice-of-denial-of-medical-coverage-2026-11-06.txt"),
]
