# FICTIONAL case 06: Medicare Advantage HMO approved 12 of 36 TMS sessions under its own guideline; the LCD for
# the area covers up to 30 + 6. The treating psychiatrist asks for an expedited pre-service reconsideration.
SLUG = "06-medicare-advantage-tms-partial-approval-internal-criteria-physician"

YAML = """
# FICTIONAL CASE (set 11, case 06) - every person, plan, number and address is invented.
# Medicare Advantage HMO: TMS approved for 12 sessions, 24 denied under the plan's own guideline BH-TMS-12
# ("continuation requires 20% PHQ-9 improvement at session 12"); the local coverage determination covers an acute
# course of up to 30 sessions and 6 taper sessions with no interim threshold (42 CFR 422.101(b)(6)). The treating
# psychiatrist requests an expedited pre-service reconsideration (no CMS-1696 needed: 422.578(c)).
patient:
  name: Wendell Okonkwo-Pruitt
  salutation: Mr. Okonkwo-Pruitt
  date_of_birth: 1952-01-30
  member_id: HSA-FICT-H7781-330912
  address: |-
    604 Tidewater Lane
    Port Calloway, VA 23999
  phone: (757) 555-0118
insurer:
  name: Harborview Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Harborview Senior Advantage - Part C Appeals
    PO Box 33190
    Port Calloway, VA 23998
  fax: (757) 555-0192
claim:
  number: HSA-AUTH-2026-1109-7743
  plan_type: medicare_advantage
  notice_date: 2026-11-13
  sessions: 24
  procedure_codes: ["90868", "90869"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Partially approved. We approved 12 TMS treatment sessions (11/16/2026 - 12/03/2026). We denied 24 sessions.
    Under Harborview guideline BH-TMS-12, initial approval is limited to 12 sessions, and continuation requires at
    least a 20% improvement in PHQ-9 score at session 12.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Hollis Varga-Teague", specialty: geriatric medicine}
  action: reduce
  urgent: true
  pending_services: 24
  appeal_deadline: 2027-01-17
  deadline_basis: >-
    Stated in the notice: "You must ask for a reconsideration within 65 calendar days of the date of this notice."
medicare_coverage:
  name: Local Coverage Determination, Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL)
  number: L99733
  quote: >-
    TMS is covered for severe major depressive disorder with resistance to treatment, shown by a lack of
    clinically significant response to four trials of antidepressant agents from at least two classes in the
    current episode, or a history of response to TMS in a previous episode, or a patient who is a candidate for ECT
    for whom ECT would not be clinically superior. An acute course of up to 30 sessions over 7 weeks, followed by
    up to 6 taper sessions over 3 weeks, is covered.
  file: other/lcd-l99733-excerpt.txt
plan_policy:
  name: Harborview Behavioral Health Guideline, Transcranial Magnetic Stimulation (FICTIONAL)
  number: BH-TMS-12
  quote: >-
    Initial approval is limited to 12 sessions. Continuation to a full course requires at least a 20% improvement in
    PHQ-9 score at session 12 compared with baseline.
  file: other/harborview-bh-tms-12-excerpt.txt
payer_criteria:
  - criterion: Severe major depressive disorder (LCD L99733)
    how_met: Recurrent major depressive disorder, severe (F33.2); PHQ-9 22 on November 9, 2026
    met: true
    evidence: {file: clinical/psychiatry-and-tms-notes-2026.txt, page: 1}
  - criterion: Lack of clinically significant response to four antidepressant trials from at least two classes in the current episode (LCD L99733)
    how_met: Citalopram 20 mg (SSRI), duloxetine 60 mg (SNRI), mirtazapine 30 mg (NaSSA) and bupropion XL 300 mg (NDRI), each 8 weeks or more, since January 2025
    met: true
    evidence: {file: clinical/psychiatry-and-tms-notes-2026.txt, page: 1}
  - criterion: Acute course of up to 30 sessions followed by up to 6 taper sessions (LCD L99733)
    how_met: 36 sessions prescribed in all (30 acute, 6 taper); 12 approved, the other 24 at issue
    met: true
    evidence: {file: clinical/psychiatry-and-tms-notes-2026.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    Completion of a 36-session TMS course (30 acute and 6 taper sessions) for severe recurrent depression after four
    failed antidepressant trials in the current episode; 12 sessions were approved and 24 denied.
  plan: 10 Hz left DLPFC, 36 sessions (30 daily and 6 taper); PHQ-9 weekly; reassess at session 30
  setting: Tidewater Brain Health (FICTIONAL), outpatient TMS clinic, physician-supervised
urgency:
  reason: >-
    Stopping the course after session 12 on December 3 would break off an acute course midway in a severely
    depressed 74-year-old whose eating and self-care have declined; a standard 30-day decision means a gap of
    weeks in daily treatment.
  certified_by: Dr. Nadia Ferreira-Holmgren, MD
author:
  name: Nadia Ferreira-Holmgren
  role: Treating psychiatrist, requesting a pre-service reconsideration for the enrollee
  phone: (757) 555-0147
  relation: physician
provider:
  name: Nadia Ferreira-Holmgren
  credentials: MD, psychiatrist
  npi: "1588203947"
  phone: (757) 555-0147
  address: |-
    Tidewater Brain Health, 18 Quayside Row
    Port Calloway, VA 23999
clinical:
  episode_onset: 2025-01
  treating_since: 2023-05
  severity: PHQ-9 22 on November 9, 2026; PHQ-9 19 at session 10 on December 1, 2026
  severity_date: 2026-12-01
  suicidality: none
  suicidality_date: 2026-12-01
  response: PHQ-9 22 at baseline (November 9, 2026) and 19 after 10 sessions (December 1, 2026)
  history:
    - drug: Citalopram
      dose: 20 mg daily (maximum over age 60)
      start: 2025-02-03
      end: 2025-04-14
      outcome: No response after ten weeks
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-and-tms-notes-2026.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-04-21
      end: 2025-07-07
      outcome: No response after eleven weeks
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-and-tms-notes-2026.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 to 30 mg daily
      start: 2025-07
      end: 2025-10
      outcome: Partial response only at 30 mg after eight weeks; stopped for weight gain
      response: partial
      adequate: true
      evidence: {file: clinical/psychiatry-and-tms-notes-2026.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 to 300 mg daily
      start: 2025-11-03
      end: 2026-01-26
      outcome: No response after twelve weeks
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-and-tms-notes-2026.txt, page: 1}
    - drug: Trazodone
      kind: other
      dose: 25 to 50 mg at bedtime
      start: 2026-02
      outcome: Sleep only; not an antidepressant trial
      adequate: false
      ongoing: true
alternatives:
  - treatment: Electroconvulsive therapy (ECT)
    why_not: He declined ECT after discussion of its memory effects; the LCD does not require ECT first.
impact:
  daily_life: Has stopped cooking for himself and lost 3 kg since September; his daughter now visits daily.
bates_prefix: OKONKWOPRUITT
template: expedited-appeal
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/integrated-denial-notice-2026-11-13.txt": """
HARBORVIEW SENIOR ADVANTAGE HMO (FICTIONAL) - H7781
NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT) - model wording adapted, FICTIONAL       Date: 11/13/2026
Name: Wendell Okonkwo-Pruitt    Member number: HSA-FICT-H7781-330912    Authorization: HSA-AUTH-2026-1109-7743
Requested: Transcranial magnetic stimulation, 36 sessions (90868, 90869), Tidewater Brain Health

We have PARTIALLY APPROVED the medical care listed above.
Partially approved. We approved 12 TMS treatment sessions (11/16/2026 - 12/03/2026). We denied 24 sessions.
Under Harborview guideline BH-TMS-12, initial approval is limited to 12 sessions, and continuation requires at
least a 20% improvement in PHQ-9 score at session 12.
Decision made by: Hollis Varga-Teague, MD, geriatric medicine.

You have the right to ask Harborview to reconsider. You must ask for a reconsideration within 65 calendar days of
the date of this notice. Your doctor can ask for you. If you or your doctor believe that waiting for a standard
decision (30 days) could seriously harm your health, ask for a fast decision (72 hours). If your doctor asks for a
fast reconsideration, we will give you one.
""",
    "clinical/psychiatry-and-tms-notes-2026.txt": """
TIDEWATER BRAIN HEALTH (FICTIONAL) - Dr. N. Ferreira-Holmgren - notes summary
Pt: Okonkwo-Pruitt, Wendell   DOB 01/30/1952   Seen since 05/2023   Dx F33.2
Current episode since Jan 2025.
02/03/25 citalopram 20 mg (max >60 y) -> 04/14/25 no response (10 wks).
04/21/25 duloxetine 30 -> 60 mg -> 07/07/25 no response (11 wks).
Jul-Oct 2025 mirtazapine 15 -> 30 mg: partial only at 8 wks; stopped, +6 kg.
11/03/25 bupropion XL 150 -> 300 mg -> 01/26/26 no response (12 wks).
Since Feb 2026 trazodone 25-50 mg hs, sleep only.
ECT discussed 10/2026: pt declines (memory concerns). Not required by LCD.
11/09/2026 baseline PHQ-9 22. Denies SI. No psychosis. No seizures, no intracranial metal.
Course prescribed: 36 sessions (30 acute daily + 6 taper). Started 11/16/2026.
12/01/2026 (session 10): PHQ-9 19. Tolerating well. Session 12 due 12/03/2026.
""",
    "other/lcd-l99733-excerpt.txt": """
LOCAL COVERAGE DETERMINATION (FICTIONAL EXCERPT, wording invented for a test set) - L99733
Transcranial Magnetic Stimulation for Major Depressive Disorder
TMS is covered for severe major depressive disorder with resistance to treatment, shown by a lack of
clinically significant response to four trials of antidepressant agents from at least two classes in the
current episode, or a history of response to TMS in a previous episode, or a patient who is a candidate for ECT
for whom ECT would not be clinically superior. An acute course of up to 30 sessions over 7 weeks, followed by
up to 6 taper sessions over 3 weeks, is covered.
""",
    "other/harborview-bh-tms-12-excerpt.txt": """
HARBORVIEW SENIOR ADVANTAGE (FICTIONAL) - BEHAVIORAL HEALTH GUIDELINE BH-TMS-12 (internal), excerpt
Initial approval is limited to 12 sessions. Continuation to a full course requires at least a 20% improvement in
PHQ-9 score at session 12 compared with baseline.
Publicly accessible at: harborview-senior.example/criteria (posted 01/2026).
""",
}

TRUTH = """
# 06 - Medicare Advantage: TMS approved for 12 of 36 sessions under an internal guideline; psychiatrist asks for expedited reconsideration (FICTIONAL)

All people, plans, numbers and addresses are invented, including LCD "L99733". This truth file is FICTIONAL.

## What is true
- Wendell Okonkwo-Pruitt, 74, **Medicare Advantage** HMO. Request for 36 TMS sessions; notice of 2026-11-13
  **partially approved**: 12 sessions (11/16-12/03) approved, **24 denied** under the plan's **internal guideline
  BH-TMS-12** (12-session cap, 20% PHQ-9 improvement at session 12).
- Medicare's own rule (the fictional LCD L99733) fully establishes coverage of an acute course of **up to 30 + 6
  taper** with no interim-response threshold. Where Medicare's coverage criteria are fully established, an MA plan
  may not apply internal criteria that are more restrictive (42 CFR 422.101(b)(6)). His record meets the LCD: four
  adequate failures from four classes (citalopram, duloxetine, mirtazapine 30 mg, bupropion) in the current episode.
- Rule: MA pre-service reconsideration, **65 days** from the notice (422.582(b)) -> 2027-01-17; standard 30 days,
  **expedited 72 hours** (422.584, 422.590); a physician's request for expedition must be granted (422.584(c)(2)(ii)).
  The treating physician may request a pre-service reconsideration without a CMS-1696 (422.578(c)). TMS is not a
  Part B drug: the 7-day Part B drug clock does not apply. An upheld denial goes to the IRE automatically.
- The reviewer is **geriatric medicine**, not a psychiatrist. Author: the treating psychiatrist (since 05/2023).

## Deliberately unknown
- The PHQ-9 at session 12 (due 12/03; not in the record). Whether it will reach 20% is unknown.
- Whether Harborview's guideline was posted as MA rules require (the excerpt says "posted 01/2026"; the letter need
  not argue posting).

## Traps
- **PHQ-9 22 -> 19 at session 10 is about 14%**, below the plan's 20%: the letter must not claim the guideline's
  threshold is met. The right argument is that the threshold is not Medicare's.
- **Don't appeal the 12 approved sessions**; only the 24 denied are at issue. Don't call the decision a full denial.
- **Mirtazapine here is an antidepressant trial** (15-30 mg, partial response): it counts; **trazodone** 25-50 mg is
  sleep only (ongoing, not a trial). A letter that drops mirtazapine as a "sleep dose" gets the count wrong (3).
- **ECT declined** is not a contraindication; the LCD's ECT route is one alternative, not a requirement.
- No SI ("Denies SI"): no suicidality paragraph.
- MA: no parity (MHPAEA does not reach Medicare), no ERISA, no state external review, no 438.420; `action: reduce`
  does not mean care continues by law during the appeal.
- No 7-day Part B drug clock; expedited = 72 hours.

## Arguments a strong letter makes
1. BH-TMS-12 is an internal criterion more restrictive than Medicare's fully established LCD L99733 (30 + 6 sessions,
   no interim threshold); 42 CFR 422.101(b)(6) bars applying it. Approve the remaining 24 sessions.
2. The LCD's criteria are met point by point (four failed trials, two or more classes, current episode; severity).
3. Decide within 72 hours: the treating physician certifies that waiting risks serious harm (break in an acute
   course); a psychiatrist should reconsider.

## What a letter must NOT say
- "the 20% improvement threshold is met", "he improved by 20%", "all 36 sessions were denied".
- "mirtazapine (sleep dose)", "three failed trials", "ECT is contraindicated", "suicidal".
- MHPAEA/parity, ERISA, 29 CFR 2560.503-1, "state external review", "within 7 days", "benefits continue during the
  appeal (438.420)".
"""

CHECKS = [
    ("denial/integrated-denial-notice-2026-11-13.txt", "We approved 12 TMS treatment sessions (11/16/2026 - 12/03/2026). We denied 24 sessions."),
    ("denial/integrated-denial-notice-2026-11-13.txt", "within 65 calendar days of the date of this notice"),
    ("denial/integrated-denial-notice-2026-11-13.txt", "Hollis Varga-Teague, MD, geriatric medicine"),
    ("other/lcd-l99733-excerpt.txt", "up to 30 sessions over 7 weeks, followed by up to 6 taper sessions"),
    ("other/harborview-bh-tms-12-excerpt.txt", "at least a 20% improvement in PHQ-9 score at session 12"),
    ("clinical/psychiatry-and-tms-notes-2026.txt", "12/01/2026 (session 10): PHQ-9 19"),
    ("clinical/psychiatry-and-tms-notes-2026.txt", "11/09/2026 baseline PHQ-9 22"),
    ("clinical/psychiatry-and-tms-notes-2026.txt", "Jul-Oct 2025 mirtazapine 15 -> 30 mg: partial only at 8 wks"),
    ("clinical/psychiatry-and-tms-notes-2026.txt", "trazodone 25-50 mg hs, sleep only"),
    ("clinical/psychiatry-and-tms-notes-2026.txt", "pt declines (memory concerns)"),
]

CASE = {"slug": SLUG, "yaml": YAML, "docs": DOCS, "truth": TRUTH, "checks": CHECKS}
