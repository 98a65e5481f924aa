# FICTIONAL case 02: Original Medicare Part B, TMS course denied by the MAC as not meeting the LCD; the patient
# asks for a redetermination himself ("I").
SLUG = "02-original-medicare-tms-redetermination-patient"

YAML = """
# FICTIONAL CASE (set 11, case 02) - every person, plan, number and address is invented.
# Original Medicare (Part B): a completed 36-session TMS course denied on the Medicare Summary Notice as not
# meeting the contractor's LCD (the reviewer counted three medication trials and no psychotherapy). The patient
# writes the redetermination request himself. The therapist's course summary is dated after the MSN.
patient:
  name: Harold Quennell Birchfield
  salutation: Mr. Birchfield
  date_of_birth: 1958-06-09
  member_id: 1EG4-FICT-MK72
  address: |-
    17 Osprey Landing Road
    Cedar Marrow, MI 49999
  phone: (616) 555-0102
insurer:
  name: Great Lakes Medicare Services, Medicare Part B contractor (FICTIONAL)
  appeals_address: |-
    Great Lakes Medicare Services - Part B Redeterminations
    PO Box 7717
    Cedar Marrow, MI 49998
  fax: (616) 555-0166
claim:
  number: ICN 2226-FICT-0917-5531
  plan_type: medicare
  notice_date: 2026-10-30
  service_dates: [2026-08-17, 2026-10-05]
  sessions: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Medicare won't pay for these services because the information provided does not support the need for this many
    services or items. The documentation did not show a lack of response to four antidepressant medication trials
    in the current episode or a trial of evidence-based psychotherapy, as required by LCD L99817 (MSN 15.20; CARC
    50).
  denial_category: medical_necessity
  action: none
  appeal_deadline: 2027-02-27
  deadline_basis: >-
    Stated in the notice: "you have 120 days from the date you get this notice to ask for a redetermination";
    counted from the notice date of October 30, 2026 without the 5 mailing days (receipt presumed November 4, 2026,
    which would give March 4, 2027).
plan_policy:
  name: Local Coverage Determination, Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL)
  number: L99817
  quote: >-
    Indications: TMS is considered reasonable and necessary for a patient with a confirmed diagnosis of severe
    major depressive disorder (single or recurrent episode) who has treatment resistance, shown by a lack of
    clinically significant response to four trials of antidepressant medication from at least two different
    classes in the current episode, at adequate dose and duration, or intolerance of four such trials; and a trial
    of evidence-based psychotherapy of adequate frequency and duration without significant improvement. A course
    of up to 30 sessions followed by up to 6 taper sessions is covered.
  file: other/lcd-l99817-excerpt.txt
payer_criteria:
  - criterion: Confirmed diagnosis of severe major depressive disorder
    how_met: Recurrent major depressive disorder, severe, without psychotic features (F33.2); PHQ-9 24 and HAM-D 27 before TMS
    met: true
    evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: Lack of response to four antidepressant trials from at least two classes in the current episode
    how_met: >-
      Sertraline 150 mg (SSRI, 9 weeks), venlafaxine XR 225 mg (SNRI, 10 weeks), bupropion XL 300 mg (NDRI,
      8 weeks) and aripiprazole 5 mg added to venlafaxine (augmentation, 7 weeks), all in the episode that began
      in March 2025
    met: true
    evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: Trial of evidence-based psychotherapy without significant improvement
    how_met: Cognitive behavioral therapy, 16 weekly sessions, September 2025 to January 2026, PHQ-9 21 -> 20
    met: true
    evidence: {file: clinical/cbt-course-summary-2026-11-12.txt, page: 1}
  - criterion: Course of up to 30 sessions followed by up to 6 taper sessions
    how_met: 30 acute sessions (August 17 to September 25, 2026) and 6 taper sessions (to October 5, 2026)
    met: true
    evidence: {file: clinical/tms-treatment-record-2026.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    A 36-session course of left prefrontal TMS (30 daily sessions and 6 taper sessions) for severe recurrent
    depression that had not responded to four medication trials (three antidepressants and one augmentation) or to psychotherapy.
  setting: Lakeshore Neuromodulation Clinic (FICTIONAL), physician-supervised
author:
  name: Harold Quennell Birchfield
  role: Patient (Medicare beneficiary)
  relation: patient
provider:
  name: Miriam Castellane-Oduya
  credentials: MD, psychiatrist
  npi: "1306428917"
  phone: (616) 555-0145
  address: |-
    Lakeshore Neuromodulation Clinic, 900 Harbor Bend Avenue
    Cedar Marrow, MI 49999
clinical:
  episode_onset: 2025-03
  severity: PHQ-9 24 and HAM-D 27 on August 10, 2026 (before TMS); PHQ-9 9 and HAM-D 11 on October 5, 2026
  severity_date: 2026-10-05
  suicidality: passive
  suicidality_date: 2026-08-10
  response: PHQ-9 24 to 9 and HAM-D 27 to 11 over the 36-session course (August 10 to October 5, 2026)
  history:
    - drug: Escitalopram
      dose: 10 to 20 mg daily
      start: 2018-02
      end: 2019-06
      outcome: Response in an earlier episode (2018); not part of the current episode
      response: response
    - drug: Sertraline
      dose: 100 to 150 mg daily
      start: 2025-04-07
      end: 2025-06-09
      outcome: No response after nine weeks, six of them at 150 mg
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 to 225 mg daily
      start: 2025-06-16
      end: 2025-08-25
      outcome: Partial response only after ten weeks at 225 mg
      response: partial
      adequate: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Aripiprazole (added to venlafaxine)
      kind: augmentation
      dose: 2 to 5 mg daily
      start: 2025-07-14
      end: 2025-08-25
      outcome: No added benefit after seven weeks; akathisia at 5 mg
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Mirtazapine
      kind: other
      dose: 7.5 mg at bedtime
      start: 2025-09
      end: 2025-12
      outcome: Sleep dose for insomnia; not an antidepressant trial
      adequate: false
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 16 weekly sessions
      sessions: 16
      adequate: true
      start: 2025-09
      end: 2026-01
      outcome: No significant improvement (PHQ-9 21 to 20)
      response: none
      evidence: {file: clinical/cbt-course-summary-2026-11-12.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 to 300 mg daily
      start: 2026-01
      end: 2026-03
      outcome: No response after eight weeks at 300 mg
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
impact:
  daily_life: Stopped volunteering at the county food bank and gave up driving at night during the episode.
record_dates:
  - {file: clinical/cbt-course-summary-2026-11-12.txt, date: 2026-11-12}
  - {file: clinical/psychiatry-notes-2025-2026.txt, date: 2026-08-10}
  - {file: clinical/tms-treatment-record-2026.txt, date: 2026-10-05}
bates_prefix: BIRCHFIELD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/medicare-summary-notice-2026-10-30.txt": """
Medicare Summary Notice for People with Original Medicare (FICTIONAL REPRODUCTION)
The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services

HAROLD Q BIRCHFIELD                        Medicare Number: 1EG4-FICT-MK72
17 OSPREY LANDING RD                       Notice date: October 30, 2026
CEDAR MARROW MI 49999                      Claims processed: August 1 - October 29, 2026

Your Claims for Part B (Medical Insurance)
Lakeshore Neuromodulation Clinic, Claim number 2226-FICT-0917-5531
Service                                         Approved?  Amount provider   Medicare   You may
                                                           may bill you      paid       be billed
08/17/26 Initial TMS mapping and treatment (90867)  No     $520.00           $0.00      $520.00   See A
08/18/26-10/05/26 TMS treatment, 35 (90868)          No     $9,975.00         $0.00      $9,975.00 See A

Notes for Part B
A  Medicare won't pay for these services because the information provided does not support the need for this
   many services or items. The documentation did not show a lack of response to four antidepressant medication
   trials in the current episode or a trial of evidence-based psychotherapy, as required by LCD L99817
   (MSN 15.20; CARC 50).
   Your provider gave you an Advance Beneficiary Notice: NO.

How to Handle Denied Claims or File an Appeal
If you disagree with a coverage or payment decision, you have 120 days from the date you get this notice to ask
for a redetermination. Circle the service(s) you disagree with, explain why, sign, and send this notice (or a
signed letter) to: Great Lakes Medicare Services, Part B Redeterminations, PO Box 7717, Cedar Marrow, MI 49998.
""",
    "clinical/psychiatry-notes-2025-2026.txt": """
LAKESHORE NEUROMODULATION CLINIC / DR. M. CASTELLANE-ODUYA (FICTIONAL) - psychiatric history summary
Pt: Birchfield, Harold Q.   DOB 06/09/1958   Dx F33.2

Past: MDD recurrent. 2018 episode -> escitalopram 10-20 mg, good response, tapered mid-2019. Well until 03/2025.
Current episode since March 2025 (wife's death 01/2025).
04/07/25 sertraline 100 -> 150 mg; 06/09/25 no response (9 wks), stopped.
06/16/25 venlafaxine XR 150 -> 225 mg; 07/14/25 add aripiprazole 2 -> 5 mg; 08/25/25 partial only on VEN,
  no added benefit from ARI, akathisia -> both stopped.
Sep-Dec 2025 mirtazapine 7.5 mg hs, sleep only. CBT weekly with L. Pardo, LMSW, from Sept 2025.
Jan-Mar 2026 bupropion XL 150 -> 300 mg: no response at 8 wks.
08/10/2026: PHQ-9 24, HAM-D 27. Passive death wish ("wouldn't mind not waking up"), no plan, no intent,
  no prior attempts. No psychosis. No metal in head, no seizure hx. Declines ECT (memory concerns after
  his brother's ECT). Referred for TMS.
""",
    "clinical/tms-treatment-record-2026.txt": """
LAKESHORE NEUROMODULATION CLINIC (FICTIONAL) - TMS TREATMENT RECORD
Pt: Birchfield, Harold Q.   Protocol: left DLPFC 10 Hz, 120% MT, 3000 pulses/session
08/17/2026 Session 1 (motor threshold mapping, 90867). Sessions 2-30 daily Mon-Fri through 09/25/2026.
Taper: 6 sessions 09/28/2026 - 10/05/2026 (3/wk, 2/wk, 1/wk).
Total sessions: 36.   Supervising physician: M. Castellane-Oduya, MD.
Scores: PHQ-9 24 (08/10) -> 15 (09/04) -> 9 (10/05). HAM-D 27 -> 11. No seizures. Mild scalp discomfort.
10/05/2026: course complete. No further sessions scheduled; follow-up in 4 weeks.
""",
    "clinical/cbt-course-summary-2026-11-12.txt": """
LAURA PARDO, LMSW (FICTIONAL) - PSYCHOTHERAPY COURSE SUMMARY          Written: 11/12/2026
Client: Harold Birchfield, DOB 06/09/1958
Treatment: cognitive behavioral therapy for depression, manualized, weekly 53-minute sessions (90837).
Dates: 09/08/2025 - 01/12/2026. Sessions attended: 16 of 17 scheduled.
Outcome: PHQ-9 21 at intake, 20 at session 16. No significant improvement despite full engagement and homework
completion. Therapy paused; client may return after TMS.
(Summary written at the client's request for his Medicare appeal; my notes were not requested by Medicare.)
""",
    "other/lcd-l99817-excerpt.txt": """
LOCAL COVERAGE DETERMINATION (FICTIONAL EXCERPT, wording invented for a test set)
L99817 - Transcranial Magnetic Stimulation for Major Depressive Disorder - Great Lakes Medicare Services

Indications: TMS is considered reasonable and necessary for a patient with a confirmed diagnosis of severe
major depressive disorder (single or recurrent episode) who has treatment resistance, shown by a lack of
clinically significant response to four trials of antidepressant medication from at least two different
classes in the current episode, at adequate dose and duration, or intolerance of four such trials; and a trial
of evidence-based psychotherapy of adequate frequency and duration without significant improvement. A course
of up to 30 sessions followed by up to 6 taper sessions is covered.
Augmentation with a second agent counts as a trial when given at adequate dose and duration.
""",
}

TRUTH = """
# 02 - Original Medicare Part B: TMS course denied under the LCD; the patient asks for redetermination (FICTIONAL)

All people, plans, numbers and addresses are invented, including LCD "L99817". This truth file is FICTIONAL.

## What is true
- Harold Birchfield, 68, **Original Medicare** (`medicare`), Part B. A complete **36-session** TMS course
  (90867 on 08/17/2026, 35 x 90868 through 10/05/2026: 30 acute + 6 taper) was denied on the MSN of 2026-10-30
  (MSN 15.20, CARC 50): "did not show a lack of response to four antidepressant medication trials in the current
  episode or a trial of evidence-based psychotherapy".
- The record meets the (fictional) LCD: current episode since March 2025; **four trials from at least two classes**:
  sertraline 150 mg 9 wks (SSRI), venlafaxine XR 225 mg 10 wks (SNRI), aripiprazole 5 mg augmentation 7 wks (the
  LCD excerpt says augmentation counts), bupropion XL 300 mg 8 wks (NDRI, Jan-Mar 2026, month-only dates).
  **CBT 16 sessions** (09/2025-01/2026, PHQ-9 21 -> 20). Course 30 + 6 within the LCD's limit.
- The therapist's summary is dated **2026-11-12, after the MSN**: the contractor never saw it (it says Medicare never
  asked for her notes). The letter should say it is new and ask that it be weighed.
- Rule: redetermination within 120 days of receipt of the MSN, receipt presumed 5 days after the notice date
  (42 CFR 405.942): counted from the notice, 2027-02-27 (presumed receipt gives 2027-03-04). About 60 days to decide
  (405.950). Next level: QIC reconsideration, 180 days (405.962). The patient writes: "I".
- Response: PHQ-9 24 -> 9, HAM-D 27 -> 11. Passive death wish on 2026-08-10 (no plan, no intent), more than 90 days
  ago. No ABN was given ("Advance Beneficiary Notice: NO").

## Deliberately unknown
- Which records the clinic sent with the claim (the MSN does not say); whether the contractor asked for records.
- The exact MAC medical reviewer (none named).

## Traps
- **Escitalopram 2018 = response in an earlier episode**: not one of the four; don't count five trials.
- **Mirtazapine 7.5 mg** = sleep dose: not a trial.
- **CBT is psychotherapy**: it answers the psychotherapy criterion, never listed among failed antidepressants, and is
  judged by its 16 sessions, not by weeks.
- Bupropion dates are **month-only** (Jan-Mar 2026): keep them as months, don't call them unknown.
- Passive SI 2026-08-10 is **history** now (>90 days): no present-risk argument, no "active suicidal ideation".
- **Original Medicare has no plan terms, no peer-to-peer, no 72-hour/expedited route for a claim**, no external
  review; the LCD is Medicare's own rule (quote it as such, not as "the plan's policy").
- The course is complete: nothing pending; no request to "continue treatment during the appeal".
- He declined ECT: not a contraindication, and the LCD here does not require ECT; don't say ECT was tried or is
  contraindicated.
- Voice: the patient signs; first person throughout.

## Arguments a strong letter makes
1. Every LCD L99817 criterion is met, point by point, with exhibits: four trials from three classes in the current
   episode (the reviewer apparently missed one or did not count augmentation, which the LCD counts), and the
   16-session CBT course without improvement.
2. The psychotherapy summary (2026-11-12) is new evidence the contractor never had; weigh it.
3. The course stayed within the 30 + 6 the LCD allows; the measured response (PHQ-9 24 -> 9) shows it worked.
4. Filed within 120 days (42 CFR 405.942).

## What a letter must NOT say
- "the plan's terms", "peer-to-peer", "expedited" / "72 hours", ERISA, 45 CFR 147.136, parity/MHPAEA, "external
  review", "state insurance department".
- "five failed antidepressants", "escitalopram failed", "mirtazapine trial", "CBT (antidepressant)".
- "suicidal ideation" as a current risk; "ECT is contraindicated"; "remaining sessions".
"""

CHECKS = [
    ("denial/medicare-summary-notice-2026-10-30.txt", "did not show a lack of response to four antidepressant medication trials"),
    ("denial/medicare-summary-notice-2026-10-30.txt", "you have 120 days from the date you get this notice"),
    ("denial/medicare-summary-notice-2026-10-30.txt", "Advance Beneficiary Notice: NO"),
    ("clinical/psychiatry-notes-2025-2026.txt", "2018 episode -> escitalopram 10-20 mg, good response"),
    ("clinical/psychiatry-notes-2025-2026.txt", "Sep-Dec 2025 mirtazapine 7.5 mg hs, sleep only"),
    ("clinical/psychiatry-notes-2025-2026.txt", "Jan-Mar 2026 bupropion XL 150 -> 300 mg: no response at 8 wks"),
    ("clinical/psychiatry-notes-2025-2026.txt", "Passive death wish"),
    ("clinical/psychiatry-notes-2025-2026.txt", "Declines ECT"),
    ("clinical/cbt-course-summary-2026-11-12.txt", "Sessions attended: 16 of 17 scheduled"),
    ("clinical/cbt-course-summary-2026-11-12.txt", "PHQ-9 21 at intake, 20 at session 16"),
    ("clinical/tms-treatment-record-2026.txt", "Total sessions: 36"),
    ("clinical/tms-treatment-record-2026.txt", "No further sessions scheduled"),
    ("other/lcd-l99817-excerpt.txt", "Augmentation with a second agent counts as a trial"),
]

CASE = {"slug": SLUG, "yaml": YAML, "docs": DOCS, "truth": TRUTH, "checks": CHECKS}
