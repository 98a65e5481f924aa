"""Set 61 case 01 (FICTIONAL): Medicare Advantage HMO, TMS pre-service, internal criteria stricter than the LCD."""
SLUG = "01-medicare-advantage-hmo-tms-internal-criteria-beyond-lcd-reconsideration-patient"

CASE_YAML = r"""
# FICTIONAL CASE (set 61, case 01) - every person, plan, contractor, provider, number and address is invented.
# Medicare Advantage HMO, FL. Harlan Feeney, 71, recurrent major depression. The plan denied a TMS course before
# treatment under its internal policy MA-TMS-5 (four trials incl. augmentation); the contractor's LCD L99958
# (FICTIONAL) asks for two trials from two classes and psychotherapy. He asks for reconsideration himself.
patient:
  name: Harlan Feeney
  salutation: Mr. Feeney
  date_of_birth: 1955-03-08
  member_id: GMX-MA-40718822
  address: |-
    2714 Tamarind Court
    Sarasota, FL 34231
  phone: (941) 555-0132
  email: hfeeney@mailbox.example
insurer:
  name: Gulf Meridian Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Gulf Meridian Health Plans - Appeals and Grievances (FICTIONAL)
    PO Box 33109
    Tampa, FL 33631
  fax: (813) 555-0148
claim:
  number: GM-OD-26-1120-58813
  plan_type: medicare_advantage
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of Denial of Medical Coverage of 11/20/2026: "You have 65 days from the date of this notice to ask for a
    reconsideration."
  setting: outpatient
  sessions: 36
  pending_services: 36
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your request for transcranial magnetic stimulation (TMS) is denied. Under Gulf Meridian medical policy MA-TMS-5,
    criterion 2, TMS is medically necessary after four antidepressant trials from at least two classes, including
    one augmentation trial of at least 6 weeks. Records show two antidepressant trials in the current episode and
    no completed augmentation trial.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Dr. Colette Marchbanks
    specialty: internal medicine
  action: none
treatment:
  name: Transcranial magnetic stimulation (TMS), acute course of 36 sessions (90867, 90868)
  summary: >-
    A standard acute course of TMS for recurrent severe major depression after an inadequate response to two
    antidepressants of two classes and to a course of cognitive behavioral therapy.
  plan: >-
    36 sessions over about 7 weeks at Bayside Neuromodulation Center, motor threshold at session 1, PHQ-9 weekly;
    venlafaxine XR 225 mg daily continues during the course.
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: PHQ-9 22 on 06/02/2025, 17 on 09/15/2025, 19 on 07/20/2026, 20 on 11/02/2026; GDS-15 11 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  episode_onset: 2025-01
  treating_since: 2025-02-10
  exclusions: No seizure history, no implanted metal or devices in the head, no psychosis, no active substance use (TMS safety screen 11/04/2026).
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2019-04
      end: 2020-06
      kind: antidepressant
      adequate: true
      failed: false
      response: remission
      outcome: Earlier episode (2019); remission, tapered off while well in 06/2020
      evidence: {file: clinical/psychiatry-progress-notes-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-02-10
      end: 2025-06-02
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 16
      outcome: No response after 16 weeks (PHQ-9 21 to 22); cross-tapered to venlafaxine
      evidence: {file: clinical/psychiatry-progress-notes-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-06-16
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response (PHQ-9 22 to 17), then worse again; continued
      evidence: {file: clinical/psychiatry-progress-notes-2025-2026.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily
      start: 2025-10-06
      end: 2025-11-03
      kind: augmentation
      adequate: false
      weeks: 4
      outcome: Stopped after 4 weeks for akathisia (intolerance)
      evidence: {file: clinical/psychiatry-progress-notes-2025-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2025-03-12
      end: 2025-07-23
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: partial
      outcome: Completed 16 sessions; partial benefit
      evidence: {file: clinical/cbt-therapy-summary-2025-07-28.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-09
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-progress-notes-2025-2026.txt, page: 1}
medicare_coverage:
  name: Local Coverage Determination L99958, Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL)
  number: L99958
  quote: >-
    TMS is reasonable and necessary for a patient with a confirmed diagnosis of severe major depressive disorder
    (single or recurrent episode) when all of the following are met: 1. the patient is 18 years of age or older;
    2. the patient has had an inadequate response to, or could not tolerate, at least two antidepressant medications
    from at least two different classes, each at an adequate dose for an adequate duration, in the current episode;
    3. the patient has had an inadequate response to a trial of an evidence-based psychotherapy of adequate
    frequency and duration; 4. the patient has no contraindication to TMS.
  file: other/lcd-l99958-excerpt.txt
plan_policy:
  name: Gulf Meridian medical policy MA-TMS-5, Transcranial Magnetic Stimulation (internal coverage criteria)
  number: MA-TMS-5
  quote: >-
    2. The member has had four or more antidepressant trials from at least two classes, including one augmentation
    trial of at least 6 weeks, each at an adequate dose.
  file: other/plan-policy-ma-tms-5-excerpt.txt
payer_criteria:
  - criterion: 1. The patient is 18 years of age or older.
    how_met: Mr. Feeney is 71.
    met: true
    evidence: {file: clinical/tms-referral-and-safety-screen-2026-11-04.txt, page: 1}
  - criterion: 2. Inadequate response to, or intolerance of, at least two antidepressants from two classes in the current episode.
    how_met: Sertraline 150 mg for 16 weeks (SSRI, no response) and venlafaxine XR 225 mg since 06/2025 (SNRI, partial response, continued).
    met: true
    evidence: {file: clinical/psychiatry-progress-notes-2025-2026.txt, page: 1}
  - criterion: 3. Inadequate response to an evidence-based psychotherapy of adequate frequency and duration.
    how_met: 16 weekly sessions of CBT, 03/12/2025-07/23/2025, partial benefit.
    met: true
    evidence: {file: clinical/cbt-therapy-summary-2025-07-28.txt, page: 1}
  - criterion: 4. No contraindication to TMS.
    how_met: TMS safety screen of 11/04/2026 - no seizure history, no implanted metal in the head.
    met: true
    evidence: {file: clinical/tms-referral-and-safety-screen-2026-11-04.txt, page: 1}
author:
  name: Harlan Feeney
  role: patient
  relation: patient
  address: |-
    2714 Tamarind Court
    Sarasota, FL 34231
  phone: (941) 555-0132
  email: hfeeney@mailbox.example
provider:
  name: Dr. Priya Vanterpool
  credentials: MD, psychiatry
  address: |-
    Bayside Neuromodulation Center (FICTIONAL), 1400 Fruitville Road, Suite 210
    Sarasota, FL 34236
  phone: (941) 555-0171
record_dates:
  - file: clinical/psychiatry-progress-notes-2025-2026.txt
    date: 2026-11-02
  - file: clinical/cbt-therapy-summary-2025-07-28.txt
    date: 2025-07-28
  - file: clinical/tms-referral-and-safety-screen-2026-11-04.txt
    date: 2026-11-04
copies: [prescriber]
bates_prefix: FEENEY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/notice-of-denial-of-medical-coverage-2026-11-20.txt": """
GULF MERIDIAN MEDICARE ADVANTAGE HMO (FICTIONAL)
NOTICE OF DENIAL OF MEDICAL COVERAGE                                  Date: 11/20/2026
Member: Harlan Feeney   Member ID GMX-MA-40718822   DOB 03/08/1955
Request: GM-OD-26-1120-58813   Requested by: Dr. Priya Vanterpool, Bayside Neuromodulation Center
Service requested: transcranial magnetic stimulation, 36 sessions (90867, 90868), diagnosis F33.2

We denied this request. Your request for transcranial magnetic stimulation (TMS) is denied. Under Gulf Meridian
medical policy MA-TMS-5, criterion 2, TMS is medically necessary after four antidepressant trials from at least
two classes, including one augmentation trial of at least 6 weeks. Records show two antidepressant trials in the
current episode and no completed augmentation trial.

Reviewed by: Dr. Colette Marchbanks, internal medicine.

If you disagree: you have 65 days from the date of this notice to ask for a reconsideration. Write to Appeals and
Grievances, PO Box 33109, Tampa, FL 33631, or fax (813) 555-0148. If your health could be seriously harmed by
waiting, you may ask for a fast (expedited) decision.
""",
"clinical/psychiatry-progress-notes-2025-2026.txt": """
BAYSIDE BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRY PROGRESS NOTES, 2025-2026        Page 1 of 1
Patient: Harlan Feeney   DOB 03/08/1955   Clinician: Dr. Priya Vanterpool, MD

02/10/2025 - New evaluation. Recurrent major depression; this episode began about 01/2025 after his brother's
death. Past: one earlier episode in 2019, remission on bupropion XL 300 mg, tapered off 06/2020 while well; it
was not restarted because of new insomnia and a tremor he attributes to it. PHQ-9 21. No suicidal ideation.
Start sertraline, titrate to 150 mg. Refer for CBT.
04/14/2025 - Sertraline 150 mg since 03/10. PHQ-9 21. Sleep poor.
06/02/2025 - Sertraline 150 mg, 16 weeks in all, no response. PHQ-9 22. Cross-taper to venlafaxine XR.
06/16/2025 - Venlafaxine XR started; to 225 mg by 07/07/2025.
09/15/2025 - Venlafaxine XR 225 mg. PHQ-9 17: partial response. Mirtazapine 7.5 mg at bedtime started for sleep
only (not an antidepressant dose). Continue venlafaxine.
10/06/2025 - Mood slipping again, PHQ-9 19. Add aripiprazole 2 mg as augmentation.
11/03/2025 - Akathisia (restless, pacing, could not sit through dinner). Aripiprazole stopped after 4 weeks.
Augmentation not tolerated.
07/20/2026 - Venlafaxine XR 225 mg continues with partial benefit. PHQ-9 19. Stopped volunteering at the library.
11/02/2026 - PHQ-9 20, GDS-15 11. Passive death wishes ("wouldn't mind not waking up"); no plan, no intent, no
past attempt. Safety plan reviewed and updated with wife. Never hospitalized for psychiatric care. Plan: TMS
referral; continue venlafaxine XR 225 mg through the course.
""",
"clinical/cbt-therapy-summary-2025-07-28.txt": """
GULF COAST COUNSELING ASSOCIATES (FICTIONAL) - THERAPY SUMMARY                     Date: 07/28/2025
Client: Harlan Feeney   DOB 03/08/1955   Therapist: Maren Ostrowski, LCSW          Page 1 of 1
Cognitive behavioral therapy for depression, 16 weekly sessions, 03/12/2025-07/23/2025, all attended.
Behavioral activation and cognitive restructuring. PHQ-9 21 at intake, 18 at session 16: partial benefit.
Recommendation: continue medication management; consider other treatment if symptoms persist.
""",
"clinical/tms-referral-and-safety-screen-2026-11-04.txt": """
BAYSIDE NEUROMODULATION CENTER (FICTIONAL) - TMS REFERRAL AND SAFETY SCREEN        Date: 11/04/2026
Patient: Harlan Feeney   Age 71   Referring: Dr. Priya Vanterpool, MD                Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Safety screen: no seizure history; no implanted metal, clips, stimulators or devices in the head; no psychosis;
no active substance use. Hearing protection fitted.
Proposed course: 36 sessions (motor threshold, then daily treatment), about 7 weeks. Venlafaxine XR 225 mg to
continue during the course.
""",
"other/lcd-l99958-excerpt.txt": """
SOUTHEASTERN MEDICARE ADMINISTRATIVE CONTRACTOR (FICTIONAL)
LOCAL COVERAGE DETERMINATION L99958 - Transcranial Magnetic Stimulation for Major Depressive Disorder
Effective for services on or after 01/01/2026. Excerpt, Coverage Indications.

TMS is reasonable and necessary for a patient with a confirmed diagnosis of severe major depressive disorder
(single or recurrent episode) when all of the following are met: 1. the patient is 18 years of age or older;
2. the patient has had an inadequate response to, or could not tolerate, at least two antidepressant medications
from at least two different classes, each at an adequate dose for an adequate duration, in the current episode;
3. the patient has had an inadequate response to a trial of an evidence-based psychotherapy of adequate
frequency and duration; 4. the patient has no contraindication to TMS.
""",
"other/plan-policy-ma-tms-5-excerpt.txt": """
GULF MERIDIAN HEALTH PLANS (FICTIONAL) - MEDICAL POLICY MA-TMS-5
Transcranial Magnetic Stimulation. Internal coverage criteria. Revised 03/2026. Excerpt.
1. Diagnosis of severe major depressive disorder.
2. The member has had four or more antidepressant trials from at least two classes, including one augmentation
trial of at least 6 weeks, each at an adequate dose.
3. Psychotherapy of adequate duration.
""",
"other/pharmacy-fill-history-household-2026-11-04.txt": """
SUNCOAST FAMILY PHARMACY (FICTIONAL) - HOUSEHOLD FILL HISTORY, 05/01/2026-11/04/2026
Account: Feeney household, 2714 Tamarind Court, Sarasota, FL
Harlan Feeney     venlafaxine ER 75 mg capsule, 3 daily (225 mg)     fills 05/03, 06/02, 07/01, 08/01, 09/01, 10/01, 11/01
Harlan Feeney     mirtazapine 7.5 mg tablet, 1 at bedtime             fills 05/03, 08/01, 11/01
Loretta Feeney    escitalopram 10 mg tablet, 1 daily                  fills 05/10, 06/09, 07/09, 08/08, 09/07, 10/07
Loretta Feeney    atorvastatin 20 mg tablet, 1 daily                  fills 05/10, 08/08
""",
"other/pcp-medication-list-2023-05-11.txt": """
KEY PALMS PRIMARY CARE (FICTIONAL) - MEDICATION LIST                                Date: 05/11/2023
Patient: Harlan Feeney   DOB 03/08/1955
Current medications: lisinopril 10 mg daily; tamsulosin 0.4 mg daily. No psychiatric medications.
Problem list: hypertension; benign prostatic hyperplasia; depression, in remission (2019 episode).
""",
}

TRUTH = r"""
# 01 - Medicare Advantage HMO: TMS denied under internal criteria stricter than Medicare's LCD; pre-service reconsideration by the patient (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harlan Feeney, 71 (DOB 03/08/1955), **Gulf Meridian Medicare Advantage HMO**, FL; recurrent severe major
  depression (F33.2), current episode since about 01/2025. Request GM-OD-26-1120-58813: TMS, 36 sessions
  (90867, 90868), pre-service, denied **11/20/2026** under internal policy **MA-TMS-5 criterion 2** (four trials,
  including a 6-week augmentation). Reviewer: Dr. Colette Marchbanks, internal medicine.
- Medicare's rule for TMS in his area is the contractor's **LCD L99958** (FICTIONAL): two antidepressants from two
  classes (inadequate response or intolerance) in the current episode, an evidence-based psychotherapy trial, age
  18+, no contraindication. Its criteria are fully established, so the plan may not add internal criteria
  (42 CFR 422.101(b)(6)). Every LCD criterion is met: sertraline 150 mg 16 weeks (SSRI, no response); venlafaxine XR
  225 mg since 06/2025 (SNRI, partial response, **continued**); CBT 16 sessions (partial); safety screen clear.
- **Rule and stage:** standard pre-service reconsideration, **65 days from 11/20/2026: by 01/24/2027** (42 CFR
  422.582(b)); decision within 30 days (not a Part B drug); an upheld denial goes to the IRE automatically (422.592).
- PHQ-9 22 (06/02/2025), 17 (09/15/2025), 19 (07/20/2026), 20 (11/02/2026); GDS-15 11. **Passive** death wishes on
  11/02/2026, no plan or intent; safety plan updated. Never hospitalized for psychiatric care.
- **Author:** the patient, writing as "I".

## Deliberately unknown
- Whether the plan's notice told him the criteria came from an internal policy rather than Medicare's (the notice
  names MA-TMS-5 only); whether the plan publishes MA-TMS-5 on its website as 422.101(b)(6) requires where it may use
  internal criteria: not known; a letter may ask.
- The TMS center's network status: not stated (the notice raises none).
- The cost of the course: not in the case.

## Traps
- **Rule, not medicine:** the winning point is that Medicare's LCD is fully established and the plan applied
  stricter internal criteria; the notice's statement "two antidepressant trials" is true and the letter must not
  claim four.
- **No completed augmentation:** aripiprazole 2 mg was stopped after 4 weeks for akathisia: an intolerance, never an
  adequate or failed augmentation trial.
- **Venlafaxine continues** with a partial response: never "failed" or "stopped". **Mirtazapine 7.5 mg** is a sleep
  dose, not a trial. **Bupropion (2019)** brought remission in an earlier episode: never a failure; it is not in the
  current episode.
- **Passive** ideation only: no "active suicidal ideation", no "suicidal with a plan", no Spravato-style suicidality
  claim; no hospitalization.
- **Other person:** the household fill history lists his wife Loretta's escitalopram and atorvastatin: not his trials.
- **Stale document:** the 2023 PCP list says "No psychiatric medications" and "depression, in remission": true then.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (parity does not reach Medicare), no state external review.

## Arguments a strong letter makes (strongest first)
1. Medicare's LCD L99958 sets fully established criteria for TMS; a Medicare Advantage plan may not apply its own
   stricter internal criteria (MA-TMS-5's four trials and augmentation) where Medicare's are fully established
   (42 CFR 422.101(b)(6)); the request must be judged under the LCD.
2. Every LCD criterion is met, each with its record: age 71; sertraline (SSRI, 16 weeks, no response) and
   venlafaxine XR (SNRI, partial response, continued); CBT 16 sessions; safety screen clear.
3. Severity persists over 21 months (PHQ-9 22 -> 17 -> 19 -> 20), with passive death wishes and a safety plan; TMS
   is the next step and venlafaxine continues with it.
4. Ask for a reviewer with expertise in psychiatry (the reviewer was internal medicine) and a decision within 30 days.

## What a letter must NOT say
- "four antidepressant trials" as met; "failed aripiprazole augmentation"; "completed augmentation trial".
- "failed venlafaxine", "stopped venlafaxine"; mirtazapine as a trial; "failed bupropion".
- "active suicidal ideation"; "hospitalized"; "escitalopram" as his trial; "Loretta".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA"/"parity"; "external review" by the state.
- "Ms."/third person for the signer ("Mr. Feeney has failed ...").
"""

ANSWERS = [
    ("notice date", "Date: 11/20/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("policy applied", "medical policy MA-TMS-5, criterion 2", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("reviewer specialty", "Dr. Colette Marchbanks, internal medicine", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("appeal window", "65 days from the date of this notice", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("deadline", "by 01/24/2027", "truth"),
    ("Medicare's rule", "LOCAL COVERAGE DETERMINATION L99958", "other/lcd-l99958-excerpt.txt"),
    ("LCD trial count", "at least two antidepressant medications", "other/lcd-l99958-excerpt.txt"),
    ("first trial", "Sertraline 150 mg, 16 weeks in all, no response", "clinical/psychiatry-progress-notes-2025-2026.txt"),
    ("second trial continues", "Venlafaxine XR 225 mg continues with partial benefit", "clinical/psychiatry-progress-notes-2025-2026.txt"),
    ("augmentation", "Aripiprazole stopped after 4 weeks", "clinical/psychiatry-progress-notes-2025-2026.txt"),
    ("sleep dose", "Mirtazapine 7.5 mg at bedtime started for sleep", "clinical/psychiatry-progress-notes-2025-2026.txt"),
    ("earlier episode", "remission on bupropion XL 300 mg", "clinical/psychiatry-progress-notes-2025-2026.txt"),
    ("psychotherapy", "16 weekly sessions, 03/12/2025-07/23/2025", "clinical/cbt-therapy-summary-2025-07-28.txt"),
    ("suicidality", "Passive death wishes", "clinical/psychiatry-progress-notes-2025-2026.txt"),
    ("hospitalization", "Never hospitalized for psychiatric care", "clinical/psychiatry-progress-notes-2025-2026.txt"),
    ("other person", "Loretta Feeney", "other/pharmacy-fill-history-household-2026-11-04.txt"),
]
