"""Set 34, case 01 (FICTIONAL): Medicare Advantage PPO, TMS, plan's internal criteria where an LCD governs."""

SLUG = "01-medicare-advantage-ppo-tms-internal-four-trial-rule-over-lcd-preservice-reconsideration-psychiatrist"

CASE_YAML = r"""
# FICTIONAL CASE (set 34, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO, Ohio. Walter Ostrowski-Bell, 71, was denied a 36-session TMS course before treatment:
# the plan applied its own policy BH-TMS-05 ("four antidepressant medications ... in the current episode"),
# although Medicare's local coverage determination for the area (fictional L99950) sets the criteria in full
# and asks for two. His treating psychiatrist asks for a standard pre-service reconsideration.
patient:
  name: Walter Ostrowski-Bell
  salutation: Mr. Ostrowski-Bell
  date_of_birth: 1955-08-21
  member_id: FICT-LSA-30418827
  address: |-
    1187 Sandusky Ridge Road
    Mansfield, OH 44903
  phone: (419) 555-0132
insurer:
  name: Lakeshore Senior Advantage PPO (FICTIONAL)
  appeals_address: |-
    Lakeshore Senior Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 60418
    Columbus, OH 43260
  fax: (614) 555-0148
claim:
  number: LSA-OD-26-1118-20931
  plan_type: medicare_advantage
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-28
  deadline_basis: >-
    Notice of Denial of Medical Coverage of 11/24/2026: "You must ask for a reconsideration within 65 calendar
    days from the date of this notice."
  service_dates: [2026-12-14]
  sessions: 36
  setting: outpatient
  pending_services: 36
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Transcranial magnetic stimulation does not meet Lakeshore Clinical Policy BH-TMS-05, criterion 2: the member
    must have failed four antidepressant medications from at least two classes in the current episode. The
    records show three antidepressant medications in the current episode.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Dr. Loretta Brannock-Hale
    specialty: internal medicine
  action: none
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A course of TMS for severe recurrent major depression that has not remitted after adequate trials of an SSRI
    and an SNRI and a current trial of mirtazapine, with an intolerance to duloxetine.
  plan: >-
    Motor threshold determination, then 30 daily sessions over six weeks, followed by 6 taper sessions over three
    weeks; PHQ-9 and MADRS every week; stop if there is no improvement of at least 20 percent in MADRS by session
    20. Mirtazapine continues unchanged during the course.
  setting: Great Lakes Psychiatric Associates (FICTIONAL), outpatient TMS suite
  monitoring: Treating psychiatrist sees him weekly; a certified TMS technician is present for every session.
  alongside: mirtazapine 45 mg at bedtime
clinical:
  severity: PHQ-9 23 and MADRS 32 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2025-09
  treating_since: 2025-09
  exclusions: >-
    No seizure history, no implanted metal or device in or near the head, no psychotic features, no active
    substance use (safety screening of 11/10/2026).
  history:
    - drug: Duloxetine
      dose: 30 mg daily
      start: 2025-09
      end: 2025-09
      weeks: 2
      kind: antidepressant
      adequate: false
      failed: false
      outcome: Stopped after 2 weeks for nausea and a rise in blood pressure; an intolerance, not an adequate trial
      evidence: {file: clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-10
      end: 2026-01
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 200 mg; stopped
      evidence: {file: clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-02
      end: 2026-05
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 225 mg; stopped
      evidence: {file: clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2026-01
      end: 2026-05
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: partial
      outcome: Partial response; sleep and activity scheduling improved, mood did not
      evidence: {file: clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt, page: 2}
    - drug: Mirtazapine
      dose: 45 mg at bedtime
      start: 2026-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response after 20 weeks at 45 mg; continued
      evidence: {file: clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt, page: 2}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-11
      end: 2026-05
      kind: other
      outcome: Sleep aid only, stopped when mirtazapine began; not an antidepressant trial
      evidence: {file: clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt, page: 1}
medicare_coverage:
  name: Local Coverage Determination, Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL)
  number: L99950
  quote: >-
    TMS is considered reasonable and necessary for a patient with a confirmed diagnosis of severe major
    depressive disorder, single or recurrent episode, when all of the following are met: 1. The diagnosis is made
    by a psychiatrist; 2. Resistance to treatment is shown by a lack of clinically significant response to two
    trials of antidepressant medication from at least two different agent classes, each at an adequate dose and
    duration, in the current or a previous episode, or by an inability to tolerate two such agents; 3. A
    depression rating scale is administered before treatment and during the course; 4. There is no
    contraindication, including a seizure disorder or implanted metal in or near the head.
  file: other/lcd-l99950-tms-excerpt.txt
plan_policy:
  name: Lakeshore Clinical Policy BH-TMS-05, Transcranial Magnetic Stimulation
  number: BH-TMS-05
  quote: >-
    2. The member has failed four antidepressant medications from at least two classes, each for at least six
    weeks at an adequate dose, in the current episode.
  file: other/lakeshore-policy-bh-tms-05-excerpt.txt
payer_criteria:
  - criterion: "1. The diagnosis is made by a psychiatrist"
    how_met: Recurrent major depressive disorder, severe, without psychotic features (F33.2), diagnosed by Dr. Farquharson-Ruiz, a board-certified psychiatrist
    met: true
    evidence: {file: clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt, page: 1}
  - criterion: "2. Lack of clinically significant response to two trials of antidepressant medication from at least two different agent classes, at adequate dose and duration"
    how_met: Sertraline 200 mg daily for 12 weeks (SSRI) and venlafaxine XR 225 mg daily for 10 weeks (SNRI), no response to either; mirtazapine 45 mg for 20 weeks, partial response, continues
    met: true
    evidence: {file: clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt, pages: [1, 2]}
  - criterion: "3. A depression rating scale is administered before treatment and during the course"
    how_met: PHQ-9 23 and MADRS 32 on 11/10/2026; the plan measures both every week of the course
    met: true
    evidence: {file: clinical/tms-evaluation-2026-11-10.txt, page: 1}
  - criterion: "4. No contraindication, including a seizure disorder or implanted metal in or near the head"
    how_met: Safety screening of 11/10/2026 found no seizure history and no implanted metal or device
    met: true
    evidence: {file: clinical/tms-evaluation-2026-11-10.txt, page: 1}
impact:
  work: He stopped his part-time bookkeeping for a church food pantry in March 2026.
  daily_life: He no longer drives alone or manages the household accounts; his wife does both.
alternatives:
  - treatment: ECT
    why_not: He declined ECT after memory complaints during his wife's course in 2021; TMS needs no anesthesia.
author:
  name: Dr. Imelda Farquharson-Ruiz
  role: Treating psychiatrist (MD), Great Lakes Psychiatric Associates
  relation: physician
  address: |-
    Great Lakes Psychiatric Associates (FICTIONAL), 420 Park Avenue West, Suite 210
    Mansfield, OH 44906
  phone: (419) 555-0176
  email: ifarquharson@greatlakes-psych.example
  fax: (419) 555-0177
provider:
  name: Dr. Imelda Farquharson-Ruiz
  credentials: MD, board-certified in psychiatry
  npi: "1473029589"
  address: |-
    420 Park Avenue West, Suite 210
    Mansfield, OH 44906
  phone: (419) 555-0176
prior_auth:
  requested_on: 2026-11-12
  reference: LSA-OD-26-1118-20931
record_dates:
  - file: clinical/tms-evaluation-2026-11-10.txt
    date: 2026-11-10
  - file: clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt
    date: 2026-11-10
  - file: clinical/phq9-score-sheet-2026-03-stale.txt
    date: 2026-03-16
bates_prefix: OSTROWSKIBELL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-medical-coverage-2026-11-24.txt": """
LAKESHORE SENIOR ADVANTAGE PPO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE        Date: 11/24/2026
Member: Walter Ostrowski-Bell   DOB 08/21/1955   Member ID FICT-LSA-30418827   Page 1 of 2
Request number: LSA-OD-26-1118-20931   Received: 11/12/2026   Requested by: Dr. Imelda Farquharson-Ruiz, MD
Service requested: transcranial magnetic stimulation, 36 sessions (90867, 90868), to begin 12/14/2026

We denied this request. Transcranial magnetic stimulation does not meet Lakeshore Clinical Policy BH-TMS-05,
criterion 2: the member must have failed four antidepressant medications from at least two classes in the
current episode. The records show three antidepressant medications in the current episode.

Reviewed by: Dr. Loretta Brannock-Hale, internal medicine.

Page 2 of 2
Your right to appeal: If you disagree, you or your doctor may ask us for a reconsideration. You must ask for a
reconsideration within 65 calendar days from the date of this notice. Your doctor may ask for a standard
reconsideration for you without being appointed as your representative. Send it to Appeals and Grievances,
PO Box 60418, Columbus, OH 43260, or fax (614) 555-0148. If you or your doctor believe that waiting for a standard
decision could seriously harm your health, ask for a fast decision.
""",
    "clinical/tms-evaluation-2026-11-10.txt": """
GREAT LAKES PSYCHIATRIC ASSOCIATES (FICTIONAL) - TMS EVALUATION                    Date: 11/10/2026
Patient: Walter Ostrowski-Bell   DOB 08/21/1955   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode
since 09/2025.
Scores today: PHQ-9 23; MADRS 32. Passive wish not to wake up on most days; denies intent or plan; no attempts.
Safety screening: no seizure history; no implanted metal, stimulator or device in or near the head; no
psychotic features; no alcohol or drug use.
Plan: TMS, motor threshold then 30 daily sessions and 6 taper sessions (36 in all); PHQ-9 and MADRS weekly;
stop if MADRS has not improved by 20 percent at session 20. Continue mirtazapine 45 mg at bedtime.
Imelda Farquharson-Ruiz, MD
""",
    "clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt": """
GREAT LAKES PSYCHIATRIC ASSOCIATES (FICTIONAL) - MEDICATION HISTORY FROM PROGRESS NOTES
Patient: Walter Ostrowski-Bell   DOB 08/21/1955   Compiled 11/10/2026   Page 1 of 2
Current episode began 09/2025 (sleep loss, withdrawal, hopelessness); first visit here 09/08/2025.
- Duloxetine 30 mg daily, 09/2025: stopped after 2 weeks for nausea and a rise in blood pressure (158/96).
- Sertraline, titrated to 200 mg daily, 10/2025-01/2026: no response after 12 weeks at 200 mg; stopped.
- Trazodone 50 mg at bedtime for sleep, 11/2025-05/2026; stopped when mirtazapine began.
- Venlafaxine XR 225 mg daily, 02/2026-05/2026: no response after 10 weeks at 225 mg; stopped.

Page 2 of 2
- Cognitive behavioral therapy with Ms. Adaeze Whitcombe, LPCC, 16 weekly sessions, 01/2026-05/2026: partial
  response (sleep and activity scheduling better, mood not).
- Mirtazapine 45 mg at bedtime since 06/2026: partial response after 20 weeks at 45 mg; continues.
Earlier episode (2016, treated by his primary care physician): escitalopram 20 mg, remission within 3 months,
stopped in 2018. Not part of the current episode.
""",
    "clinical/phq9-score-sheet-2026-03-stale.txt": """
GREAT LAKES PSYCHIATRIC ASSOCIATES (FICTIONAL) - PHQ-9 SCORE SHEET              Date: 03/16/2026
Patient: Walter Ostrowski-Bell   Page 1 of 1
PHQ-9 total: 12 (the week he began venlafaxine; a higher score was recorded on 11/10/2026).
""",
    "other/lcd-l99950-tms-excerpt.txt": """
LOCAL COVERAGE DETERMINATION L99950 (FICTIONAL) - TRANSCRANIAL MAGNETIC STIMULATION FOR MAJOR DEPRESSIVE
DISORDER. Medicare administrative contractor for Ohio (FICTIONAL). Effective 01/01/2025.   Page 1 of 1
Coverage indications: TMS is considered reasonable and necessary for a patient with a confirmed diagnosis of
severe major depressive disorder, single or recurrent episode, when all of the following are met: 1. The
diagnosis is made by a psychiatrist; 2. Resistance to treatment is shown by a lack of clinically significant
response to two trials of antidepressant medication from at least two different agent classes, each at an
adequate dose and duration, in the current or a previous episode, or by an inability to tolerate two such
agents; 3. A depression rating scale is administered before treatment and during the course; 4. There is no
contraindication, including a seizure disorder or implanted metal in or near the head.
""",
    "other/lakeshore-policy-bh-tms-05-excerpt.txt": """
LAKESHORE SENIOR ADVANTAGE (FICTIONAL) - CLINICAL POLICY BH-TMS-05, TRANSCRANIAL MAGNETIC STIMULATION
Internal coverage criteria. Last reviewed 04/2026.   Page 1 of 1
TMS is covered when all of the following are met:
1. A diagnosis of major depressive disorder, severe, without psychotic features.
2. The member has failed four antidepressant medications from at least two classes, each for at least six
weeks at an adequate dose, in the current episode.
3. Psychotherapy has been tried.
""",
    "other/pharmacy-fill-history-household-2026-11-05.txt": """
BUCKEYE FAMILY PHARMACY (FICTIONAL) - HOUSEHOLD FILL HISTORY, 05/2026-11/2026        Printed 11/05/2026
Account: Ostrowski-Bell household   Page 1 of 1
Ostrowski-Bell, Walter   mirtazapine 45 mg, #30, filled monthly 06/2026-11/2026
Ostrowski-Bell, Walter   venlafaxine XR 75 mg caps, 3 daily, #90, last filled 04/28/2026
Ostrowski-Bell, Janet    lamotrigine 100 mg, #60, filled monthly
Ostrowski-Bell, Janet    levothyroxine 75 mcg, #30, filled monthly
""",
}

TRUTH = r"""
# 01 - Medicare Advantage PPO: TMS denied under the plan's own four-trial policy where Medicare's LCD sets two; standard pre-service reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). The LCD L99950 is invented.

## What is true
- Walter Ostrowski-Bell, 71 (DOB 08/21/1955), in **Lakeshore Senior Advantage PPO** (Medicare Advantage, Ohio), has
  severe recurrent major depression (F33.2), current episode since **09/2025**. PHQ-9 **23**, MADRS **32** on
  **11/10/2026**; passive death wish, no intent, plan or attempt (`suicidality: passive`, dated 11/10/2026).
- His psychiatrist asked on 11/12/2026 for **36 TMS sessions** (30 + 6 taper) to begin 12/14/2026. The plan's
  notice of **11/24/2026** (LSA-OD-26-1118-20931) denied it under its internal policy **BH-TMS-05 criterion 2**
  ("failed four antidepressant medications ... in the current episode"; "records show three").
- Medicare's **LCD L99950** (fictional) for Ohio sets the criteria in full: two trials from two classes, at adequate
  dose and duration, in the current **or a previous** episode, or intolerance of two. Where Medicare's criteria are
  fully established, a Medicare Advantage plan may not add its own (**42 CFR 422.101(b)(6)**); it must cover what
  Original Medicare covers (422.101(a)-(b)).
- He meets every LCD criterion: psychiatrist's diagnosis; **sertraline 200 mg, 12 weeks, no response** (SSRI) and
  **venlafaxine XR 225 mg, 10 weeks, no response** (SNRI); **mirtazapine 45 mg** since 06/2026, partial response,
  **continuing**; PHQ-9/MADRS before and weekly; no seizure, no metal.
- **Rule and stage:** standard pre-service reconsideration, **42 CFR 422.578-422.590**; 65 days from the notice:
  by **01/28/2027**; a treating physician may ask without appointment (422.578(c)); decided within 30 days
  (pre-service, not a Part B drug); an upheld denial goes to the independent review entity automatically (422.592).
- **Author:** the treating psychiatrist, in her own voice ("I"), about "Mr. Ostrowski-Bell".

## Deliberately unknown
- Whether the plan would also rely on its own criterion 3 (psychotherapy): the notice did not apply it; CBT was
  tried (16 sessions), and a letter need not argue a criterion the notice did not raise.
- Whether the reviewer consulted a psychiatrist: not known; the letter may ask.
- The IRE's decision time, the cost of the course: not in the case.

## Traps
- **Rule, not a count.** The winning point is that the plan's four-trial rule is not Medicare's: the LCD governs;
  arguing "he has four trials" would be false (three adequate antidepressant trials, one intolerance).
- **Duloxetine 30 mg for 2 weeks** was an intolerance, not an adequate trial; it counts only as an intolerance.
- **Mirtazapine continues** (partial response): never "failed" or "stopped".
- **Trazodone 50 mg** was a sleep dose, not an antidepressant trial.
- **Earlier episode:** escitalopram 20 mg in **2016** brought remission; it is not a failed trial (the LCD allows a
  previous episode's trials, but this one responded).
- **Stale score:** PHQ-9 **12** on 03/16/2026 is not the current severity (23 on 11/10/2026).
- **Other person's record:** the household fill history lists **Janet** Ostrowski-Bell's lamotrigine and
  levothyroxine: not his trials.
- **Psychotherapy** (CBT) is not an antidepressant trial.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review request, no parity (MHPAEA does not reach
  Medicare), no "contra proferentem".
- Suicidality is passive: never "active suicidal ideation"; no Spravato language.

## Arguments a strong letter makes, strongest first
1. Medicare's LCD L99950 fully establishes the TMS criteria for Ohio; under 42 CFR 422.101(b)(6) the plan may not
   apply its internal four-trial criterion (BH-TMS-05 criterion 2) in their place. Decide under the LCD.
2. Every LCD criterion is met, criterion by criterion, with exhibits: sertraline and venlafaxine (two classes,
   adequate, no response), mirtazapine ongoing with partial response, duloxetine intolerance as well.
3. Current severity (PHQ-9 23, MADRS 32 on 11/10/2026), passive ideation, loss of function; the treatment plan with
   its stopping rule; ECT declined with reason.
4. The reviewer was an internist; ask that a psychiatrist review the reconsideration.

## What a letter must NOT say
- "four adequate trials", "failed four antidepressants", "failed mirtazapine", "stopped mirtazapine", "failed
  duloxetine" as an adequate trial, "trazodone trial", "failed escitalopram".
- "lamotrigine" or "levothyroxine" as his medications; "PHQ-9 12" as current.
- "active suicidal ideation", "Spravato".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" as his request, "MHPAEA"/"parity".
- "the plan named no criteria" (it quoted BH-TMS-05).
"""

_P = "clinical/psychiatry-progress-notes-2025-09-to-2026-11.txt"
_N = "denial/notice-of-denial-of-medical-coverage-2026-11-24.txt"
ANSWERS = [
    ("date of the notice", "Date: 11/24/2026", _N),
    ("policy the denial applied", "BH-TMS-05", _N),
    ("trials the policy requires", "failed four antidepressant medications", "other/lakeshore-policy-bh-tms-05-excerpt.txt"),
    ("Medicare's rule for the area", "L99950", "other/lcd-l99950-tms-excerpt.txt"),
    ("trials the LCD requires", "two trials of antidepressant medication from at least two different agent classes", "other/lcd-l99950-tms-excerpt.txt"),
    ("appeal deadline", "by **01/28/2027**", "truth"),
    ("regulation on internal criteria", "422.101(b)(6)", "truth"),
    ("sertraline trial", "no response after 12 weeks at 200 mg", _P),
    ("venlafaxine trial", "no response after 10 weeks at 225 mg", _P),
    ("mirtazapine status", "partial response after 20 weeks at 45 mg; continues", _P),
    ("duloxetine", "stopped after 2 weeks for nausea", _P),
    ("trazodone purpose", "Trazodone 50 mg at bedtime for sleep", _P),
    ("earlier episode", "escitalopram 20 mg, remission within 3 months", _P),
    ("current severity", "PHQ-9 23; MADRS 32", "clinical/tms-evaluation-2026-11-10.txt"),
    ("other person on the fill history", "Ostrowski-Bell, Janet", "other/pharmacy-fill-history-household-2026-11-05.txt"),
    ("reviewer's specialty", "Dr. Loretta Brannock-Hale, internal medicine", _N),
]
