# Cases 01-04 of set 6. FICTIONAL.
CASES = []

# ---------------------------------------------------------------- 01
CASES.append(dict(slug="01-medicaid-mco-tms-termination-epsdt", files={
"denial/notice-of-adverse-benefit-determination-2026-11-24.txt": """
PRAIRIE BRIDGE COMMUNITY HEALTH PLAN (FICTIONAL)
A Nebraska Medicaid managed care plan
Member Services 1-800-555-0142   TTY 711

NOTICE OF ADVERSE BENEFIT DETERMINATION          Date of this notice: 11/24/2026

To: Tobias J. Whitcombe                      Member ID: NE-MCD-FICT-0093317
Provider: Lakeshore Neuromodulation Clinic (FICTIONAL)
Authorization #: PBH-UM-26-118842
Service: Transcranial magnetic stimulation (TMS), CPT 90868, 36 sessions authorized 10/12/2026 - 12/18/2026

What we decided: We are ENDING (terminating) the remaining sessions of your authorized TMS course.
Sessions given through 12/08/2026 are covered. No TMS sessions after 12/08/2026 will be covered.
(18 sessions were given through 11/20/2026.)
Effective date of this action: 12/08/2026

Why: Continued TMS is not medically necessary. Per Prairie Bridge Clinical Policy BH-114 (Transcranial
Magnetic Stimulation), continuation of a course requires documented clinical improvement on a validated
rating scale. The records show the member's PHQ-9 remains in the moderately severe range (16 on 11/20/2026).
The member has not shown improvement.

Reviewed by: Gerald Oyelaran-Pike, MD, Family Medicine, Associate Medical Director

YOUR RIGHTS
- You may ask Prairie Bridge for an appeal within 60 calendar days of the date of this notice.
- If you want your TMS sessions to CONTINUE while we decide your appeal, you must file the appeal on or
  before the later of: 10 days from the date of this notice, or the effective date of this action (12/08/2026).
  You may have to repay the cost of services given during the appeal if the decision is upheld.
- After our appeal decision you may ask for a State Fair Hearing within 120 calendar days of our decision.
- If waiting 30 days could seriously harm your health you may ask for a fast (expedited) appeal.
- Members under 21 have a right to medically necessary care under EPSDT ("Health Check").
Appeals: Prairie Bridge Appeals Unit, PO Box 40917, Lincoln, NE 68509-0917   Fax 402-555-0188
""",
"clinical/tms-treatment-log-and-phq9.txt": """
Lakeshore Neuromodulation Clinic (FICTIONAL) - TMS TREATMENT RECORD
Pt: WHITCOMBE, TOBIAS J   DOB 05/14/2007   Dx F33.2
Device: NeuroStar; protocol: L DLPFC 10 Hz, 3000 pulses, 120% MT
Planned course: 36 sessions + 6 taper

Baseline (10/12/2026): PHQ-9 24, MADRS 35
Session 10 (11/03/2026): PHQ-9 20
Session 18 (11/20/2026): PHQ-9 16, MADRS 24
  -> PHQ-9 down 8 points from baseline (33% improvement); MADRS down 11 (31%).
Clinician note 11/20/2026 (Dr. A. Castellanos-Ree, psychiatrist): Improving steadily; sleep better, went back
to work part-time this month (grocery store, 20 h/wk). Denies SI, no HI. No seizures, tolerating well.
Plan: continue full course; expect further gains sessions 19-36 (typical response curve).
Sessions 1-18 given 10/12/2026 through 11/20/2026. Sessions 19-36 scheduled 11/23/2026 - 12/18/2026, weekdays
(no sessions 11/26-11/27, holiday): sessions 19-28 through 12/08, sessions 29-36 on 12/09 - 12/18.
""",
"clinical/psychiatry-intake-2026-09.txt": """
Lakeshore Behavioral Health (FICTIONAL) - Psychiatric evaluation, 09/29/2026
Tobias Whitcombe, 19 y/o M. Recurrent MDD, current episode since ~Jan 2025.
Hx: passive SI at age 16 (2023, earlier episode), no attempts. Currently: no SI, no plan.
Not working since spring 2026; dropped community college classes (spring 2026).

Medication history (from pharmacy fill record + chart):
- Fluoxetine 20-40 mg, 2023-03 to 2024-01: remission of first episode (earlier episode), tapered.
- Sertraline 100-150 mg, 03/2025 to 07/2025: partial response only.
- Escitalopram 10 mg, 08/04/2025 - 08/25/2025: stopped after 3 weeks, GI upset. NOT an adequate trial.
- Aripiprazole 2-5 mg added to sertraline? no -> added to bupropion: see below.
- Bupropion XL 300 mg, 09/2025 to 02/2026: no response.
- Aripiprazole 5 mg (augmenting bupropion), 12/2025 to 02/2026: no added benefit, akathisia.
- CBT, 12 sessions, 04/2025-07/2025 (Lakeshore counseling): completed, minimal benefit.
PHQ-9 today 23. Recommend TMS.
""",
"other/authorization-to-represent.txt": """
APPOINTMENT OF REPRESENTATIVE - PRAIRIE BRIDGE COMMUNITY HEALTH PLAN (FICTIONAL FORM)
I, Tobias J. Whitcombe (Member ID NE-MCD-FICT-0093317, DOB 05/14/2007), appoint my aunt, Rosalind Whitcombe-Ortiz,
to file and pursue my appeal of authorization PBH-UM-26-118842, and to receive my health information for it.
Signed: Tobias J. Whitcombe   Date: 11/27/2026
Representative: Rosalind Whitcombe-Ortiz, 2214 Cottonwood Lane, Lincoln, NE 68502, (402) 555-0157
""",
"other/prairie-bridge-policy-bh-114-excerpt.txt": """
Prairie Bridge Community Health Plan (FICTIONAL) - Clinical Policy BH-114, Transcranial Magnetic Stimulation
Rev. 03/2026. Section 4, Continuation criteria:
"Continuation of an authorized TMS course beyond session 20 requires documentation of improvement of at least
20% from baseline on a validated depression rating scale (PHQ-9, MADRS, HAM-D). A course may be discontinued
if there is no improvement by session 20."
""",
}, yaml="""
patient:
  name: Tobias J. Whitcombe
  salutation: Mr. Whitcombe
  date_of_birth: 2007-05-14
  member_id: NE-MCD-FICT-0093317
  address: |-
    88 Sandhill Court, Apt 3
    Lincoln, NE 68504
  phone: (402) 555-0151
insurer:
  name: Prairie Bridge Community Health Plan (FICTIONAL)
  appeals_address: |-
    Prairie Bridge Appeals Unit
    PO Box 40917
    Lincoln, NE 68509-0917
  fax: (402) 555-0188
claim:
  number: PBH-UM-26-118842
  plan_type: medicaid
  notice_date: 2026-11-24
  service_dates: [2026-12-09, 2026-12-18]
  sessions: 8
  pending_services: 8
  action: end
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continued TMS is not medically necessary. Per Prairie Bridge Clinical Policy BH-114 (Transcranial Magnetic
    Stimulation), continuation of a course requires documented clinical improvement on a validated rating scale.
    The records show the member's PHQ-9 remains in the moderately severe range (16 on 11/20/2026). The member has
    not shown improvement.
  denial_category: medical_necessity
  reviewer: {name: "Gerald Oyelaran-Pike, MD", specialty: "Family Medicine"}
plan_policy:
  name: Prairie Bridge Clinical Policy BH-114, Transcranial Magnetic Stimulation
  number: BH-114
  quote: >-
    Continuation of an authorized TMS course beyond session 20 requires documentation of improvement of at least
    20% from baseline on a validated depression rating scale (PHQ-9, MADRS, HAM-D). A course may be discontinued if
    there is no improvement by session 20.
  file: other/prairie-bridge-policy-bh-114-excerpt.txt
treatment:
  name: Transcranial magnetic stimulation (TMS)
  plural: false
  summary: >-
    Completion of the authorized 36-session TMS course (the last eight sessions, 29 to 36), which is already
    producing a measured improvement.
  setting: Lakeshore Neuromodulation Clinic (FICTIONAL)
author:
  name: Rosalind Whitcombe-Ortiz
  role: Aunt and appointed representative
  relation: representative
  authorization: other/authorization-to-represent.txt
  address: |-
    2214 Cottonwood Lane
    Lincoln, NE 68502
  phone: (402) 555-0157
provider:
  name: Amparo Castellanos-Ree
  credentials: MD, psychiatrist
  phone: (402) 555-0160
clinical:
  episode_onset: 2025-01
  severity: PHQ-9 16 and MADRS 24 on November 20, 2026 (baseline PHQ-9 24 and MADRS 35 on October 12, 2026)
  severity_date: 2026-11-20
  suicidality: none
  response: PHQ-9 24 to 16 (33% improvement) and MADRS 35 to 24 (31%) after 18 of 36 sessions
  history:
    - drug: Fluoxetine
      dose: 20-40 mg daily
      start: 2023-03
      end: 2024-01
      outcome: Remission of the first (earlier) episode; tapered
      response: remission
      evidence: {file: clinical/psychiatry-intake-2026-09.txt, page: 1}
    - drug: Sertraline
      dose: 100-150 mg daily
      start: 2025-03
      end: 2025-07
      outcome: Partial response only
      response: partial
      evidence: {file: clinical/psychiatry-intake-2026-09.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2025-08-04
      end: 2025-08-25
      outcome: Stopped after 3 weeks for GI upset; not an adequate trial
      adequate: false
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-09
      end: 2026-02
      outcome: No response
      response: none
      evidence: {file: clinical/psychiatry-intake-2026-09.txt, page: 1}
    - drug: Aripiprazole (augmenting bupropion)
      kind: augmentation
      dose: 5 mg daily
      start: 2025-12
      end: 2026-02
      outcome: No added benefit; akathisia
      response: none
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 12 sessions
      sessions: 12
      start: 2025-04
      end: 2025-07
      outcome: Completed, minimal benefit
      response: partial
      adequate: true
impact:
  work: Returned to part-time work (20 hours a week) in November 2026 as TMS began to help
payer_criteria:
  - criterion: Improvement of at least 20% from baseline on a validated rating scale (BH-114 section 4)
    how_met: PHQ-9 24 to 16 (33%) and MADRS 35 to 24 (31%) by session 18, before the session-20 checkpoint
    met: true
    evidence: {file: clinical/tms-treatment-log-and-phq9.txt, page: 1}
bates_prefix: WHITCOMBE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", truth="""
# 01 - Medicaid managed care, TMS course ENDED mid-course, member aged 19, aunt as representative (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Tobias J. Whitcombe, born 2007-05-14: **19 years old**, Nebraska Medicaid managed care (Prairie Bridge, fictional).
  Author: his aunt Rosalind Whitcombe-Ortiz, appointed in writing (other/authorization-to-represent.txt). He is an
  adult: the aunt needs the appointment, not family status.
- Notice 2026-11-24 **terminates** (claim.action `end`) an authorized 36-session TMS course, effective
  2026-12-08: 18 sessions were given by 2026-11-20; sessions through 12/08 (19-28) stay covered; the **8 sessions
  29-36 (2026-12-09 to 2026-12-18)** are cut. `claim.service_dates` are the first and last of those 8.
- Reason given: "not shown improvement" because PHQ-9 is 16 ("moderately severe"). Record: PHQ-9 24 -> 16 (33%),
  MADRS 35 -> 24 (31%) by session 18. The plan's own policy BH-114 s.4 (enclosed, quoted in `plan_policy`) asks
  for **20%** improvement, and only by session 20: the criterion is met early.
- Rules: first plan appeal within 60 days of the notice (42 CFR 438.402(c)(2)(ii)) = 2027-01-23. **Continued
  benefits (42 CFR 438.420)** only if filed by the later of 10 days from the notice (2026-12-04) or the effective
  date (**2026-12-08**), as the notice itself says; the member may have to repay if upheld. Fair hearing after the
  plan's decision within 120 calendar days (438.408(f)(2)). **EPSDT applies (under 21): 42 USC 1396d(r)(5)**:
  necessary treatment to correct or ameliorate a condition must be covered.
- Reviewer: family medicine, not a psychiatrist. Suicidality now: **none** (denies SI 11/20; passive SI at 16 was
  an earlier episode).

## Deliberately unknown
- Whether TMS will reach response/remission by session 36 (don't promise it).
- Exact days of the month-only drug trials (2025-03 to 2025-07 etc.): months, not "unknown".

## Traps
- "PHQ-9 remains in the moderately severe range" is true and must not be denied; the point is the 33% drop.
- The 19-year-old is an adult for representation; EPSDT still applies (under 21). Not CHIP.
- Escitalopram 3 weeks: not adequate. Fluoxetine 2023: remission of an earlier episode, not a failure.
  Aripiprazole: augmentation, not an antidepressant. CBT: psychotherapy (12 sessions), not a drug trial,
  never judged by six weeks.
- The intake says "Not working since spring 2026"; the 11/20 note says he **went back to work part-time**.
  A letter must not say he cannot work or is out of school/work now.
- Passive SI at 16 is history: no current-suicidality paragraph.
- The intake's "Aripiprazole ... added to sertraline? no -> added to bupropion" line is a corrected chart note:
  aripiprazole augmented bupropion.

## Arguments a strong letter makes (strongest first)
1. The plan's own policy BH-114 s.4 is met: >= 20% improvement required, 33% (PHQ-9) and 31% (MADRS) shown by
   session 18; "no improvement" is contradicted by the record the reviewer had.
2. Ask that TMS **continue during the appeal** (438.420), filed on or before 2026-12-08.
3. EPSDT (1396d(r)(5)): a member under 21 is entitled to the medically necessary treatment; stopping a course
   that is working is not correcting or ameliorating the condition.
4. Ask for review by a psychiatrist (the reviewer is family medicine) - as a request; Medicaid requires
   appropriate expertise (438.406(b)(2)) but no duty to name the experts is cited.

## What a letter must NOT say
- "has not improved", "no SI"-derived suicidality paragraph, "unable to work", "out of school", "the plan named no
  criteria", "ERISA", "29 CFR 2560.503-1", "external review", "state sets 90 to 120 days", "escitalopram
  failed", "fluoxetine failed", "five/four failed antidepressants" (adequate failed antidepressant trials in this
  episode: sertraline and bupropion = 2), "CHIP".
""", checks=[
("denial/notice-of-adverse-benefit-determination-2026-11-24.txt", "Effective date of this action: 12/08/2026"),
("denial/notice-of-adverse-benefit-determination-2026-11-24.txt", "Family Medicine"),
("clinical/tms-treatment-log-and-phq9.txt", "(33% improvement)"),
("clinical/tms-treatment-log-and-phq9.txt", "went back\nto work part-time"),
("clinical/tms-treatment-log-and-phq9.txt", "Denies SI"),
("clinical/psychiatry-intake-2026-09.txt", "NOT an adequate trial"),
("clinical/psychiatry-intake-2026-09.txt", "passive SI at age 16"),
("other/prairie-bridge-policy-bh-114-excerpt.txt", "at least\n20% from baseline"),
("other/authorization-to-represent.txt", "appoint my aunt"),
]))

# ---------------------------------------------------------------- 02
CASES.append(dict(slug="02-original-medicare-tms-qic-reconsideration", files={
"denial/medicare-redetermination-notice-2026-10-20.txt": """
GREAT PLAINS MEDICARE SERVICES (FICTIONAL) - Medicare Administrative Contractor, Part B, Jurisdiction X
MEDICARE REDETERMINATION NOTICE

Date: October 20, 2026
Beneficiary: HOLLIS R. DRUMMOND      Medicare Number: 7FK2-TE9-XM41 (FICTIONAL)
Provider: Riverbend TMS & Psychiatry (FICTIONAL)
Claim number(s): 22626155087301 - 22626155087336
Dates of service: 06/01/2026 through 07/20/2026 (36 services, CPT 90868; 90867 on 06/01/2026)
Redetermination request received: 09/02/2026

DECISION: UNFAVORABLE. The initial determination is affirmed.

Explanation: Local Coverage Determination L3X990 (FICTIONAL), Transcranial Magnetic Stimulation for Major
Depressive Disorder, covers TMS when ALL of the following are met:
 (1) diagnosis of severe major depressive disorder (single or recurrent episode);
 (2) resistance to treatment with psychopharmacologic agents, shown by a lack of clinically significant
     response to trials of at least two antidepressant agents from at least two different classes, at adequate
     dose and duration, in the current or a prior episode, or intolerance of them;
 (3) a trial of an evidence-based psychotherapy known to be effective for depression, of adequate frequency and
     duration, without significant improvement;
 (4) no contraindication (e.g., implanted ferromagnetic device near the coil).
Criterion (3) is not met: the records submitted do not document a trial of psychotherapy. Criteria (1), (2) and
(4) are supported by the records.

If you disagree you may ask for a RECONSIDERATION by a Qualified Independent Contractor (QIC). You must file
within 180 days of the date you receive this notice. We presume you received it 5 days after the date above.
Send form CMS-20033 or a written request to: Plainsview QIC (FICTIONAL), Part B Reconsiderations,
PO Box 50177, Columbia, SC 29250-0177.
IMPORTANT: Submit all evidence with your reconsideration request. Evidence not presented at the
reconsideration level may not be considered at a later level unless you show good cause.
""",
"denial/medicare-summary-notice-2026-08.txt": """
MEDICARE SUMMARY NOTICE (FICTIONAL EXCERPT) - Part B   Notice date: August 11, 2026
Hollis R. Drummond
Riverbend TMS & Psychiatry: 06/01/26 - 07/20/26, Transcranial magnetic stimulation (90867, 90868 x35)
Medicare approved: $0.00   You may be billed: $9,430.00   See Note A.
Note A: This service was denied because the information provided does not support the need for it (CO-50).
""",
"clinical/riverbend-tms-course-summary.txt": """
Riverbend TMS & Psychiatry (FICTIONAL) - TMS course summary   Patient: Hollis R. Drummond, DOB 02/09/1955
Dx F33.2 major depressive disorder, recurrent, severe w/o psychotic features. Episode onset: fall 2024 (Oct 2024).
Course: 36 sessions 06/01/2026 - 07/20/2026 (mapping 06/01). PHQ-9 22 -> 9; HAM-D-17 25 -> 11 (56% reduction): RESPONSE.
Pre-TMS screening 05/18/2026: no metal in head, no pacemaker, no seizure hx. ECT was discussed and recommended
in 2025; patient declined ECT (fear of memory loss). ECT has NOT been given.
Antidepressants (current episode): sertraline 150 mg 11/2024 - 03/2025 (no response); venlafaxine XR 225 mg
04/2025 - 09/2025 (partial, then worse); mirtazapine 30 mg 10/2025 - 01/2026 (no response, weight gain).
Prior episode (2016): citalopram 20 mg, remission.
Psychotherapy: see therapist records (Elm Street Counseling) - CBT weekly. Records were not sent with the claim.
Suicidality: passive death wish ("wouldn't mind not waking up") at 05/18/2026 intake; no plan, no intent.
""",
"clinical/elm-street-counseling-cbt-records.txt": """
Elm Street Counseling, LLC (FICTIONAL) - Treatment summary for Hollis R. Drummond
Clinician: Naomi Feldhaus-Grant, LCSW
Modality: Cognitive behavioral therapy for depression (manualized), weekly 50-minute sessions.
Dates: 09/10/2025 - 01/21/2026, 16 sessions attended, 2 cancelled.
Outcome: PHQ-9 21 at start, 20 at end. Limited improvement; referred back to psychiatry for TMS evaluation.
Released to patient 11/05/2026 at his request (not part of the original claim or the redetermination).
""",
}, yaml="""
patient:
  name: Hollis R. Drummond
  salutation: Mr. Drummond
  date_of_birth: 1955-02-09
  member_id: 7FK2-TE9-XM41 (FICTIONAL)
  address: |-
    1407 Willow Bend Road
    Grand Island, NE 68803
  phone: (308) 555-0134
insurer:
  name: Plainsview QIC (FICTIONAL), Part B Reconsiderations
  appeals_address: |-
    PO Box 50177
    Columbia, SC 29250-0177
claim:
  number: 22626155087301 - 22626155087336
  plan_type: medicare
  action: none
  notice_date: 2026-10-20
  service_dates: [2026-06-01, 2026-07-20]
  sessions: 36
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    The initial determination is affirmed. Criterion (3) is not met: the records submitted do not document a trial
    of psychotherapy. Criteria (1), (2) and (4) are supported by the records.
  denial_category: medical_necessity
external_review:
  final_denial_date: 2026-10-20
plan_policy:
  name: Local Coverage Determination L3X990 (FICTIONAL), Transcranial Magnetic Stimulation for Major Depressive Disorder
  quote: >-
    (3) a trial of an evidence-based psychotherapy known to be effective for depression, of adequate frequency and
    duration, without significant improvement
  file: denial/medicare-redetermination-notice-2026-10-20.txt
template: external-review-request
treatment:
  name: Transcranial magnetic stimulation (TMS)
  plural: false
  setting: Riverbend TMS & Psychiatry (FICTIONAL)
author:
  name: Hollis R. Drummond
  relation: patient
  address: |-
    1407 Willow Bend Road
    Grand Island, NE 68803
  phone: (308) 555-0134
provider:
  name: Lucinda Marchetti-Oake
  credentials: MD, psychiatrist
  phone: (308) 555-0139
clinical:
  episode_onset: 2024-10
  severity: PHQ-9 22 and HAM-D-17 25 before TMS (May 18, 2026); PHQ-9 9 and HAM-D-17 11 after the course (July 20, 2026)
  severity_date: 2026-07-20
  suicidality: passive
  response: HAM-D-17 25 to 11 (56% reduction), PHQ-9 22 to 9
  history:
    - drug: Citalopram
      dose: 20 mg daily
      start: 2016
      end: 2017
      outcome: Remission of an earlier episode (2016)
      response: remission
      adequate: true
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-11
      end: 2025-03
      outcome: No response
      response: none
      evidence: {file: clinical/riverbend-tms-course-summary.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-04
      end: 2025-09
      outcome: Partial response, then worse
      response: partial
      evidence: {file: clinical/riverbend-tms-course-summary.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 mg daily
      start: 2025-10
      end: 2026-01
      outcome: No response; weight gain
      response: none
      evidence: {file: clinical/riverbend-tms-course-summary.txt, page: 1}
    - drug: Cognitive behavioral therapy (Elm Street Counseling)
      kind: psychotherapy
      dose: weekly 50-minute sessions, 16 attended
      sessions: 16
      start: 2025-09-10
      end: 2026-01-21
      outcome: PHQ-9 21 to 20, limited improvement
      response: none
      adequate: true
      evidence: {file: clinical/elm-street-counseling-cbt-records.txt, page: 1}
payer_criteria:
  - criterion: (1) Severe major depressive disorder
    how_met: F33.2, recurrent severe without psychotic features; the redetermination found it supported
    met: true
    evidence: {file: clinical/riverbend-tms-course-summary.txt, page: 1}
  - criterion: (2) Lack of response to at least two antidepressants from two classes at adequate dose and duration
    how_met: Sertraline (SSRI), venlafaxine XR (SNRI) and mirtazapine (NaSSA) in the current episode; found supported
    met: true
    evidence: {file: clinical/riverbend-tms-course-summary.txt, page: 1}
  - criterion: (3) A trial of evidence-based psychotherapy of adequate frequency and duration without significant improvement
    how_met: Manualized CBT, weekly, 16 sessions from September 10, 2025 to January 21, 2026; PHQ-9 21 to 20
    met: true
    evidence: {file: clinical/elm-street-counseling-cbt-records.txt, page: 1}
  - criterion: (4) No contraindication
    how_met: Screening May 18, 2026 - no ferromagnetic implant, no pacemaker, no seizure history; found supported
    met: true
    evidence: {file: clinical/riverbend-tms-course-summary.txt, page: 1}
bates_prefix: DRUMMOND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", truth="""
# 02 - Original Medicare Part B, TMS claims, QIC reconsideration, the patient writes as "I" (FICTIONAL)

All people, contractors, numbers and addresses are invented (the LCD number L3X990 is fictional).

## What is true
- Hollis R. Drummond, 71, Original Medicare Part B. Author: **the patient himself** - the letter speaks as "I".
- 36 TMS services 2026-06-01 to 2026-07-20 were given and denied (MSN 2026-08-11, "does not support the need").
  Redetermination **2026-10-20 affirmed** it: LCD criteria (1), (2), (4) supported, **only (3) psychotherapy "not
  documented"**. This is the second level: a **reconsideration by the QIC** (42 CFR 405.962), quoting the
  redetermination of October 20, 2026, not the MSN.
- Window: 180 days from receipt of the redetermination; receipt presumed 5 days after the notice date (2026-10-25)
  -> 2027-04-23 (count from the notice date if conservative: 2027-04-18). QIC decides within 60 days (405.970(a)).
- The psychotherapy trial is documented in the Elm Street CBT records (16 weekly manualized CBT sessions,
  2025-09-10 to 2026-01-21, PHQ-9 21 -> 20), released 2026-11-05 and never before submitted. 42 CFR 405.966:
  evidence not submitted at reconsideration may be excluded later - so it must be enclosed now.
- TMS worked: HAM-D 25 -> 11 (56%), PHQ-9 22 -> 9 (response).
- Suicidality: **passive** death wish at intake (05/18/2026), no plan or intent.

## Deliberately unknown
- The exact 2016-2017 citalopram dates (year only). Whether the QIC will hold the new evidence to "good cause"
  (it should not: reconsideration is the level where new evidence goes in).

## Traps
- Original Medicare has **no plan terms**, no plan contract, no "plan's own criteria", no peer-to-peer, no
  72-hour expedited route for a claim, no parity (MHPAEA does not reach Medicare), no ERISA, no external review
  under 147.136, no state insurance department. The LCD is the coverage rule.
- ECT was **recommended and declined**: not a trial, not a failure.
- Citalopram 2016: remission of an earlier episode, not a failure.
- The LCD names numbered criteria: never "no criteria were named". Criteria 1, 2, 4 were found met by the MAC
  itself: don't re-argue them at length; answer criterion 3.
- The patient writes: "I", not "Mr. Drummond has...".
- Services are past: no "remainder of the course", no urgency.

## Arguments a strong letter makes
1. Criterion (3) is met: the enclosed CBT records show an adequate psychotherapy trial without significant
   improvement; the redetermination found the other three criteria supported, so all four are met.
2. The records are submitted now, at reconsideration, as 405.966 requires; filed within 180 days.
3. TMS produced a response (HAM-D 25 -> 11), confirming it was reasonable and necessary (1395y(a)(1)(A)).

## What a letter must NOT say
- "the plan", "plan terms", "your policy", "peer-to-peer", "ERISA", "2560.503-1", "147.136", "parity",
  "MHPAEA", "external review organization", "ECT failed", "citalopram failed", "Mr. Drummond has failed" (third
  person), "the remainder of the prescribed course", "no criteria".
""", checks=[
("denial/medicare-redetermination-notice-2026-10-20.txt", "Criterion (3) is not met"),
("denial/medicare-redetermination-notice-2026-10-20.txt", "within 180 days of the date you receive this notice"),
("denial/medicare-redetermination-notice-2026-10-20.txt", "Evidence not presented at the\nreconsideration level"),
("clinical/riverbend-tms-course-summary.txt", "patient declined ECT"),
("clinical/riverbend-tms-course-summary.txt", "56% reduction"),
("clinical/riverbend-tms-course-summary.txt", "passive death wish"),
("clinical/elm-street-counseling-cbt-records.txt", "16 sessions attended"),
("clinical/elm-street-counseling-cbt-records.txt", "not part of the original claim or the redetermination"),
]))

# ---------------------------------------------------------------- 03
CASES.append(dict(slug="03-part-d-spravato-step-therapy-trials-paid-outside", files={
"denial/part-d-coverage-determination-denial-2026-11-16.txt": """
SUMMIT SENIOR RX (PDP) (FICTIONAL) - a Medicare Prescription Drug Plan
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE (Form CMS-10146, FICTIONAL COPY)

Date: November 16, 2026
Enrollee: Odalys Ferreira-Banks            Member ID: SSRX-FICT-55120847
Drug: SPRAVATO 56 MG DOSE KIT (esketamine nasal spray), dispensed by specialty pharmacy to prescriber's
certified treatment center
Prescriber: Dr. Benedikt Aalto-Reyes
Case #: CD-2026-1116-30922

We denied coverage of the drug listed above because:
This drug has a Step Therapy requirement. Our plan requires that you first try sertraline AND bupropion XL
(formulary drugs) and an augmenting agent (aripiprazole) before we cover Spravato. Our pharmacy claims history
for you shows a paid claim for escitalopram only. You have not met the step therapy requirement.

You have the right to ask us for a redetermination (appeal) of our decision. You have 65 days from the date of
this notice to ask. Your prescriber may ask for an exception (for example, if the required drugs would not be as
effective for you or would cause adverse effects). A supporting statement from your prescriber is needed for an
exception request.
Send to: Summit Senior Rx Appeals, PO Box 61880, Phoenix, AZ 85082-1880. Fax 1-855-555-0119.
""",
"clinical/prescriber-medication-record.txt": """
Aalto-Reyes Psychiatry (FICTIONAL) - Medication record, Odalys Ferreira-Banks, DOB 08/30/1958
Dx F33.2. Current episode since June 2024.

Trial                     Dose          Dates               Result                       How paid
Escitalopram              20 mg         07/2024 - 11/2024   partial response, relapse    Summit Senior Rx (plan)
Sertraline                200 mg        12/2024 - 04/2025   no response                  discount card (RxSaver-type card, cash price $11/mo)
Bupropion XL              300 mg        05/2025 - 08/2025   no response                  manufacturer/office samples + discount card
Aripiprazole (add-on)     2 mg -> 5 mg  09/08/2025 - 09/19/2025  severe akathisia, stopped day 11  discount card
Quetiapine 25 mg qhs      25 mg         2023                sleep only (not antidepressant dose)   plan
Psychotherapy (IPT)       weekly        2025-2026           ongoing, supportive          Medicare Part B

Why outside the plan: in late 2024 the enrollee could not afford the plan's tier copays; the pharmacy ran
sertraline and bupropion on a discount card. The plan therefore has no claims for them.
Pharmacy printouts (dispensing history from Cactus Flat Pharmacy, FICTIONAL) attached: sertraline fills
12/03/2024, 01/02/2025, 02/01/2025, 03/03/2025, 04/01/2025; bupropion XL fills 06/02/2025, 07/01/2025, 08/01/2025
(May 2025 supply: office samples, lot log in chart).
Current: MADRS 36 (11/02/2026). No suicidal ideation; denies SI/HI. Lives alone; stopped volunteering at library.
Plan: Spravato 56 mg twice weekly x 4 weeks at our REMS-certified center, with escitalopram? - NO: as monotherapy
or with vortioxetine per patient preference; decision pending.
""",
"clinical/pharmacy-dispensing-history.txt": """
Cactus Flat Pharmacy (FICTIONAL) - Patient dispensing history - ODALYS FERREIRA-BANKS
Rx# 7730118 SERTRALINE 100MG TAB  #60 (200 mg/day)  filled 12/03/2024 01/02/2025 02/01/2025 03/03/2025 04/01/2025  BIN 610xxx DISCOUNT PROGRAM - not billed to Part D
Rx# 7741902 BUPROPION XL 300MG TAB #30   filled 06/02/2025 07/01/2025 08/01/2025   DISCOUNT PROGRAM - not billed to Part D
Rx# 7750031 ARIPIPRAZOLE 2MG TAB #30  filled 09/08/2025   DISCOUNT PROGRAM
""",
"other/physician-supporting-statement-exception.txt": """
PRESCRIBER SUPPORTING STATEMENT - REQUEST FOR STEP THERAPY / FORMULARY EXCEPTION (FICTIONAL)
Enrollee: Odalys Ferreira-Banks   Drug: Spravato (esketamine) nasal spray
I, Benedikt Aalto-Reyes, MD (psychiatry), state that the prerequisite drugs have been tried and were
ineffective (sertraline 200 mg x 5 months, bupropion XL 300 mg x 4 months) or caused adverse effects
(aripiprazole: severe akathisia within 11 days), and that a repeat trial would not be as effective and could
cause adverse effects. Signed 11/25/2026.
""",
}, yaml="""
patient:
  name: Odalys Ferreira-Banks
  salutation: Ms. Ferreira-Banks
  date_of_birth: 1958-08-30
  member_id: SSRX-FICT-55120847
  address: |-
    3120 East Palo Verde Way
    Mesa, AZ 85204
  phone: (480) 555-0122
insurer:
  name: Summit Senior Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Summit Senior Rx Appeals
    PO Box 61880
    Phoenix, AZ 85082-1880
  fax: (855) 555-0119
claim:
  number: CD-2026-1116-30922
  plan_type: medicare_part_d
  action: none
  notice_date: 2026-11-16
  diagnosis_codes: [F33.2]
  denial_reason: >-
    This drug has a Step Therapy requirement. Our plan requires that you first try sertraline AND bupropion XL
    (formulary drugs) and an augmenting agent (aripiprazole) before we cover Spravato. Our pharmacy claims history
    for you shows a paid claim for escitalopram only. You have not met the step therapy requirement.
  denial_category: step_therapy
template: esketamine-step-therapy
plan_policy:
  name: Summit Senior Rx step therapy requirement for Spravato (as stated in the notice)
  quote: >-
    Our plan requires that you first try sertraline AND bupropion XL (formulary drugs) and an augmenting agent
    (aripiprazole) before we cover Spravato.
  file: denial/part-d-coverage-determination-denial-2026-11-16.txt
  exception: >-
    Your prescriber may ask for an exception (for example, if the required drugs would not be as effective for you
    or would cause adverse effects). A supporting statement from your prescriber is needed for an exception request.
treatment:
  name: Spravato (esketamine nasal spray)
  plural: false
  setting: Aalto-Reyes Psychiatry, a REMS-certified treatment center (FICTIONAL)
  monitoring: two hours of observation after each dose, blood pressure before and after
author:
  name: Benedikt Aalto-Reyes
  role: Treating psychiatrist and prescriber
  relation: physician
  phone: (480) 555-0170
  address: |-
    Aalto-Reyes Psychiatry
    2250 West Baseline Road, Suite 12
    Mesa, AZ 85202
provider:
  name: Benedikt Aalto-Reyes
  credentials: MD, psychiatrist
  phone: (480) 555-0170
clinical:
  episode_onset: 2024-06
  severity: MADRS 36 on November 2, 2026
  severity_date: 2026-11-02
  suicidality: none
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-07
      end: 2024-11
      outcome: Partial response, then relapse
      response: partial
      evidence: {file: clinical/prescriber-medication-record.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-12
      end: 2025-04
      outcome: No response
      response: none
      paid_outside: discount card (not billed to the plan)
      evidence: {file: clinical/pharmacy-dispensing-history.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-05
      end: 2025-08
      outcome: No response
      response: none
      paid_outside: office samples (May 2025), then discount card
      evidence: {file: clinical/pharmacy-dispensing-history.txt, page: 1}
    - drug: Aripiprazole (augmenting)
      kind: augmentation
      dose: 2 mg then 5 mg daily
      start: 2025-09-08
      end: 2025-09-19
      outcome: Stopped on day 11 for severe akathisia (intolerance)
      adequate: false
      paid_outside: discount card
    - drug: Quetiapine (for sleep)
      kind: other
      dose: 25 mg at bedtime
      start: 2023
      end: 2023
      outcome: Sleep dose, not an antidepressant trial
      adequate: false
payer_criteria:
  - criterion: Trial of sertraline (formulary step)
    how_met: Sertraline 200 mg daily December 2024 to April 2025, no response; five fills paid by discount card
    met: true
    evidence: {file: clinical/pharmacy-dispensing-history.txt, page: 1}
  - criterion: Trial of bupropion XL (formulary step)
    how_met: Bupropion XL 300 mg May to August 2025, no response; samples then discount card
    met: true
    evidence: {file: clinical/pharmacy-dispensing-history.txt, page: 1}
  - criterion: Trial of an augmenting agent (aripiprazole)
    how_met: Aripiprazole started September 8, 2025 and stopped on day 11 for severe akathisia - an adverse effect, the ground for an exception
    met: false
    evidence: {file: clinical/prescriber-medication-record.txt, page: 1}
bates_prefix: FERREIRABANKS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", truth="""
# 03 - Medicare Part D (PDP), Spravato step therapy, redetermination with an exception, prescriber writes (FICTIONAL)

All people, plans, pharmacies, numbers and addresses are invented.

## What is true
- Odalys Ferreira-Banks, 68, stand-alone Part D plan (Summit Senior Rx, fictional). Spravato dispensed under
  Part D by a specialty pharmacy to the certified center (how the plan itself describes it).
- Coverage determination 2026-11-16 denied for **step therapy**: plan requires sertraline AND bupropion XL and an
  augmenting agent (aripiprazole); plan claims data show escitalopram only.
- Author: treating psychiatrist Dr. Benedikt Aalto-Reyes, who may request a redetermination for the enrollee
  without being appointed representative (a Part D prescriber may request it, 42 CFR 423.580) and signs the
  supporting statement (other/physician-supporting-statement-exception.txt).
- Truth of the steps: sertraline 200 mg 12/2024-04/2025 (no response) and bupropion XL 300 mg 05/2025-08/2025
  (no response) were **taken, paid outside the plan** (discount card; samples for May 2025) - the dispensing history
  proves the fills. Aripiprazole: stopped on **day 11 for severe akathisia** - not an adequate trial; it is an
  **adverse effect**, which is the ground for a **coverage exception, 42 CFR 423.578(b)** (prescriber's statement
  that the required drug would not be as effective or would have adverse effects).
- Window: **65 days from the date of the notice** (42 CFR 423.582(b)) = 2027-01-20. Decision on a standard
  redetermination: 7 days (423.590(a)); IRE next (423.600).
- Current MADRS 36 (2026-11-02). Suicidality **none** (denies SI).
- Spravato's TRD labelled use: MDD + 2 failed adequate antidepressants in the episode (escitalopram partial,
  sertraline, bupropion = 3). Since Jan 2025 monotherapy is allowed for TRD; "oral antidepressant alongside" is
  not a label requirement here (the plan hasn't said it is one either).

## Deliberately unknown
- Whether Spravato will be given with an oral antidepressant (the chart says "decision pending": the letter must not
  state either). Exact days of the month-only trials.

## Traps
- Trials paid outside the plan are trials: the plan's claims history is not the record.
- Aripiprazole is not a "failed adequate trial"; it's intolerance -> exception. Never "aripiprazole failed after an
  adequate trial".
- Quetiapine 25 mg: sleep dose, not a trial.
- The chart line "with escitalopram? - NO" is a struck plan: not the concurrent antidepressant.
- Part D: no ERISA, no parity (MHPAEA does not reach Medicare), no external review under 147.136, no 60-days-after-
  receipt window, no Part B 7-day rule (this is Part D), no peer-to-peer right (may offer a call, not cite one).
- No suicidality paragraph.

## Arguments a strong letter makes
1. The two formulary steps were met: sertraline and bupropion XL, adequate dose and duration, no response, proven
   by the pharmacy dispensing history (paid by discount card / samples, outside the plan).
2. For the augmentation step: request a **coverage (step therapy) exception under 42 CFR 423.578(b)** on the
   prescriber's statement (aripiprazole caused severe akathisia; repeating it would cause adverse effects).
3. Treatment-resistant depression with current MADRS 36 after three failed antidepressants: the labelled use.

## What a letter must NOT say
- "never tried sertraline/bupropion" or any concession that the steps were not taken; "aripiprazole failed after
  an adequate trial"; "quetiapine failed"; "suicidal ideation"; "with escitalopram"; "ERISA"; "parity";
  "147.136"; "60 days after receipt"; "422.590(c)"; "external review organization".
""", checks=[
("denial/part-d-coverage-determination-denial-2026-11-16.txt", "65 days from the date of\nthis notice"),
("denial/part-d-coverage-determination-denial-2026-11-16.txt", "paid claim for escitalopram only"),
("clinical/pharmacy-dispensing-history.txt", "not billed to Part D"),
("clinical/prescriber-medication-record.txt", "severe akathisia, stopped day 11"),
("clinical/prescriber-medication-record.txt", "denies SI/HI"),
("clinical/prescriber-medication-record.txt", "decision pending"),
("other/physician-supporting-statement-exception.txt", "would not be as effective"),
]))

# ---------------------------------------------------------------- 04
CASES.append(dict(slug="04-insured-employer-ect-visit-limit-parity", files={
"denial/eob-and-denial-2026-11-19.txt": """
HARBORLINE LIFE & HEALTH INSURANCE COMPANY (FICTIONAL)
EXPLANATION OF BENEFITS - THIS IS NOT A BILL                    Statement date: 11/19/2026
Member: GUTIERREZ-VOSS, FABIAN      ID: HLH-FICT-884213-00    Group: 0047719 TILLMAN FREIGHT CO (FICTIONAL)
Claim: 2026-HL-7731905
Provider: St. Brigid Behavioral Medicine (FICTIONAL), ECT service
Svc date    Code    Billed     Allowed  Paid   Remark
10/06/26    90870   $1,240.00  $0.00    $0.00  B1, N640
10/27/26    90870   $1,240.00  $0.00    $0.00  B1, N640
11/17/26    90870   $1,240.00  $0.00    $0.00  B1, N640
B1: Non-covered visits. N640: Exceeds number/frequency approved/allowed within time period.
Explanation: Your plan's benefit maximum for Outpatient Behavioral Health Services (20 visits per calendar year)
was reached on 09/15/2026. No further benefits are payable for this service in calendar year 2026.

Appeal rights: You may appeal within 180 days of receiving this notice. Write to Harborline Member Appeals,
PO Box 99217, Hartford, CT 06199-9217, fax 860-555-0129. Your plan is insured by Harborline and regulated by the
Connecticut Insurance Department. If your appeal is denied, you may have the right to external review.
""",
"other/harborline-certificate-excerpt.txt": """
Harborline Group Certificate of Coverage (FICTIONAL), Tillman Freight Co., Plan Year 2026
Schedule of Benefits
  Outpatient Behavioral Health Services (office visits, psychotherapy, ECT, TMS): 20 visits per calendar year
  Outpatient Medical/Surgical office visits, specialist: $40 copay, no visit limit
  Outpatient infusion and chemotherapy services: 20% coinsurance, no visit limit
Section 7.3 Extension of Benefits: "Harborline may extend a visit limit shown in the Schedule of Benefits when
the Medical Director determines that continued services are medically necessary and that a lower level of care
would not be appropriate."
""",
"clinical/ect-record-st-brigid.txt": """
St. Brigid Behavioral Medicine (FICTIONAL) - ECT summary  Patient: Fabian Gutierrez-Voss  DOB 01/22/1968
Dx F33.3? no - F33.2 (MDD recurrent severe without psychotic features); earlier note miscoded F33.3, corrected.
Acute course: 12 bilateral ECT treatments 03/2026 - 04/2026 after admission 02/2026 (overdose, medically cleared).
  MADRS 41 -> 8 (remission) by 04/28/2026.
Maintenance ECT: weekly x4 (05/2026), q2wk (06-08/2026), q3wk from 09/2026: 09/15, 10/06, 10/27, 11/17.
  MADRS 9 on 11/17/2026. Denies SI. Back at work full time since 07/2026 (dispatcher).
Earlier episode: 2019 acute ECT x10, remission; relapsed 2020 after maintenance stopped (relapse 5 months later).
Medications this episode: venlafaxine XR 300 mg 2025-06 to 2026-01 (no response); lithium augmentation 0.7 mEq/L
2025-10 to 2026-01 (none); nortriptyline 100 mg (level 92) 2026-01 to 2026-02 (no response before admission).
Current: nortriptyline continued with maintenance ECT.
Psychiatrist: Dr. Philippa Anand-Strout. Plan: continue maintenance ECT q3-4 weeks through at least 05/2027;
next 12/08/2026 and 12/29/2026.
Visits counted by Harborline 2026: 12 acute ECT + 8 maintenance through 09/15 = 20.
""",
"other/authorization-spouse.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)
I, Fabian Gutierrez-Voss, Harborline ID HLH-FICT-884213-00, authorize my wife, Marguerite Gutierrez-Voss, to appeal
claim 2026-HL-7731905 and any later ECT claims for me and to receive my health information for that purpose.
Signed: Fabian Gutierrez-Voss  11/28/2026
""",
}, yaml="""
patient:
  name: Fabian Gutierrez-Voss
  salutation: Mr. Gutierrez-Voss
  date_of_birth: 1968-01-22
  member_id: HLH-FICT-884213-00
  address: |-
    41 Quarry Hill Road
    Meriden, CT 06450
  phone: (203) 555-0145
insurer:
  name: Harborline Life & Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Harborline Member Appeals
    PO Box 99217
    Hartford, CT 06199-9217
  fax: (860) 555-0129
employer:
  name: Tillman Freight Co. (FICTIONAL), Benefits Office
  address: |-
    900 Depot Street
    New Haven, CT 06511
claim:
  number: 2026-HL-7731905
  plan_type: employer_erisa
  funding: insured
  action: none
  notice_date: 2026-11-19
  service_dates: [2026-10-06, 2026-10-27, 2026-11-17]
  pending_services: 2
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your plan's benefit maximum for Outpatient Behavioral Health Services (20 visits per calendar year) was reached
    on 09/15/2026. No further benefits are payable for this service in calendar year 2026.
  denial_category: other   # a benefit limit: no category of its own (docs/intake.md)
plan_policy:
  name: Harborline Group Certificate of Coverage, Schedule of Benefits
  quote: >-
    Outpatient Behavioral Health Services (office visits, psychotherapy, ECT, TMS): 20 visits per calendar year
  file: other/harborline-certificate-excerpt.txt
  exception: >-
    Harborline may extend a visit limit shown in the Schedule of Benefits when the Medical Director determines that
    continued services are medically necessary and that a lower level of care would not be appropriate.
  comparator:
    name: Schedule of Benefits, Outpatient Medical/Surgical office visits and outpatient infusion services
    quote: >-
      Outpatient Medical/Surgical office visits, specialist: $40 copay, no visit limit. Outpatient infusion and
      chemotherapy services: 20% coinsurance, no visit limit
    file: other/harborline-certificate-excerpt.txt
treatment:
  name: Maintenance electroconvulsive therapy (ECT)
  plural: false
  summary: >-
    Maintenance ECT every three to four weeks, which has kept him in remission and at work since his acute course.
  setting: St. Brigid Behavioral Medicine (FICTIONAL)
author:
  name: Marguerite Gutierrez-Voss
  role: Wife and authorized representative
  relation: representative
  authorization: other/authorization-spouse.txt
  address: |-
    41 Quarry Hill Road
    Meriden, CT 06450
  phone: (203) 555-0146
provider:
  name: Philippa Anand-Strout
  credentials: MD, psychiatrist
  phone: (203) 555-0177
clinical:
  episode_onset: 2025-06
  severity: MADRS 9 on November 17, 2026 (MADRS 41 before the acute ECT course, February 2026)
  severity_date: 2026-11-17
  suicidality: none
  response: MADRS 41 to 8 (remission) after 12 acute ECT treatments; MADRS 9 on maintenance ECT (November 17, 2026)
  history:
    - drug: ECT, acute course (earlier episode)
      kind: neuromodulation
      dose: 10 treatments
      sessions: 10
      start: 2019
      end: 2019
      outcome: Remission; relapse 5 months after maintenance stopped in 2020
      response: remission
    - drug: Venlafaxine XR
      dose: 300 mg daily
      start: 2025-06
      end: 2026-01
      outcome: No response
      response: none
      evidence: {file: clinical/ect-record-st-brigid.txt, page: 1}
    - drug: Lithium (augmenting venlafaxine)
      kind: augmentation
      dose: level 0.7 mEq/L
      start: 2025-10
      end: 2026-01
      outcome: No added benefit
      response: none
    - drug: Nortriptyline
      dose: 100 mg daily (level 92)
      start: 2026-01
      end: 2026-02
      outcome: No response before admission; continued with maintenance ECT
      response: none
      adequate: false
    - drug: ECT, acute course (current episode)
      kind: neuromodulation
      dose: 12 bilateral treatments
      sessions: 12
      start: 2026-03
      end: 2026-04
      outcome: Remission (MADRS 41 to 8)
      response: remission
      failed: false
      evidence: {file: clinical/ect-record-st-brigid.txt, page: 1}
impact:
  work: Back at work full time as a dispatcher since July 2026, while on maintenance ECT
  hospitalizations: Admitted in February 2026 after an overdose, before the acute ECT course
  relapse: In the earlier episode he relapsed five months after maintenance ECT stopped (2020)
bates_prefix: GUTIERREZVOSS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", truth="""
# 04 - Insured employer plan, maintenance ECT denied at a behavioral-health visit limit, wife writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Fabian Gutierrez-Voss, 58; group plan of Tillman Freight Co., **fully insured** by Harborline (CT-regulated):
  ERISA plan, insured -> state external review route and 45 CFR 147.136 for external review; ERISA claims rule
  29 CFR 2560.503-1 for the internal appeal (180 days from receipt: notice 2026-11-19 -> 2027-05-18).
- Author: his wife Marguerite, authorized in writing (other/authorization-spouse.txt).
- Denial (EOB 2026-11-19) is a **benefit limit**, not medical necessity: 20 outpatient behavioral-health visits per
  calendar year, reached 2026-09-15; maintenance ECT 10/06, 10/27, 11/17 denied; two more planned 12/08, 12/29.
- The certificate's Schedule names ECT in the limit ("office visits, psychotherapy, ECT, TMS: 20 visits") while
  medical/surgical specialist visits and outpatient infusions have **no visit limit** (same certificate).
- Winning routes: (1) **parity, quantitative treatment limitation**: a visit limit applied to mental health
  outpatient benefits but to no medical/surgical outpatient benefit (29 CFR 2590.712(c)(2)(i); 45 CFR
  146.136(c)(2)(i)); (2) the plan's own **Section 7.3 extension of benefits** for medically necessary continued
  services - ask the Medical Director to extend; (3) ECT is the treatment that brought remission twice (2019 and
  2026) and he relapsed in 2020 five months after maintenance stopped.
- Current: MADRS 9, **in remission**, **back at work full time**, denies SI. The 02/2026 overdose admission is
  history (impact.hospitalizations), not current suicidality.

## Deliberately unknown
- Whether the plan is grandfathered (not stated; don't assert it is or isn't). Exact 2019 dates (year only).

## Traps
- The exclusion/limit **names ECT**: never say the limit does not apply to ECT; argue parity and the exception.
- Benefit-limit denial: no "Because the denial rests on a medical judgment", no request for a psychiatrist
  reviewer as the core ask, no "medical necessity was not established" framing; the plan never questioned
  necessity. External review for a pure benefit limit is doubtful (contract question); a parity (QTL) dispute
  can go to the CT Insurance Department - don't promise external review.
- Do not say he is severely depressed now or unable to work: he is in remission and working.
- "F33.3" in the record was a miscoding corrected to F33.2: no psychotic features.
- Nortriptyline 1 month before admission: not adequate; ECT 2026 has NOT failed (remission, still helping).
- Don't state contra proferentem as law.

## Arguments a strong letter makes
1. Parity: a 20-visit annual limit on outpatient mental health benefits with no visit limit on outpatient
   medical/surgical benefits in the same classification is a prohibited QTL; pay the three claims and lift the limit.
2. Ask for the Section 7.3 extension now (continued services are medically necessary; remission kept by maintenance
   ECT; relapse history when stopped).
3. Ask for the plan documents relevant to the claim, including its parity comparative analysis as a claim document
   (not as a member's right under 1185a(a)(8)).

## What a letter must NOT say
- "the limit does not apply to ECT", "ECT is not an office visit", "current suicidal ideation", "unable to work",
  "severe depression currently", "ECT failed", "psychotic features", "the plan named no criteria", "contra
  proferentem"/"ambiguity must be read against the insurer" stated as law, "1185a(a)(8) entitles me to the analysis".
""", checks=[
("denial/eob-and-denial-2026-11-19.txt", "20 visits per calendar year"),
("denial/eob-and-denial-2026-11-19.txt", "Your plan is insured by Harborline"),
("other/harborline-certificate-excerpt.txt", "psychotherapy, ECT, TMS): 20 visits per calendar year"),
("other/harborline-certificate-excerpt.txt", "no visit limit"),
("other/harborline-certificate-excerpt.txt", "Section 7.3 Extension of Benefits"),
("clinical/ect-record-st-brigid.txt", "Back at work full time"),
("clinical/ect-record-st-brigid.txt", "relapsed 2020 after maintenance stopped"),
("clinical/ect-record-st-brigid.txt", "Denies SI"),
]))
