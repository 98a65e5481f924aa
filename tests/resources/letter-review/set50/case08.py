"""FICTIONAL case 08: self-funded employer plan; repeat acute ECT course denied on a mid-course score; federal external review by the treating psychiatrist."""
SLUG = "08-self-funded-employer-repeat-ect-prior-response-midcourse-score-federal-external-review-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (letters set 50, case 08) - every person, plan, administrator, provider, number and address is invented.
# Self-funded employer plan (5,600 employees), Connecticut. Winifred Achebe-Lindgren, 63, relapsed in 06/2026 after
# a 2025 acute ECT course. A repeat course of 12 outpatient ECT treatments was denied before care (BH-ECT-9
# criterion 3: a documented response of at least 50% to a prior course). The final internal decision (10/28/2026)
# read the 2025 course as HAM-D 28 -> 19 (32%): 19 is the session-6 score; the discharge summary shows 28 -> 11 (61%).
# Her treating psychiatrist asks for expedited federal external review.
patient:
  name: Winifred Achebe-Lindgren
  salutation: Mrs. Achebe-Lindgren
  date_of_birth: 1963-02-25
  member_id: FICT-MRE-90417736
  address: |-
    88 Fern Street
    Hartford, CT 06105
  phone: (860) 555-0125
insurer:
  name: Meridian Robotics Employee Health Plan, administered by Long River Plan Services (FICTIONAL)
  appeals_address: |-
    Long River Plan Services - Appeals (FICTIONAL)
    PO Box 230918
    Hartford, CT 06123
  fax: (860) 555-0153
claim:
  number: LRP-UM-26-0930-61180
  plan_type: employer_erisa
  funding: self_funded
  employees: 5600
  urgent: true
  notice_date: 2026-09-30
  appeal_deadline: 2027-02-28
  deadline_basis: >-
    Final internal appeal decision of 10/28/2026: "You may request external review within 4 months after you receive
    this notice." Counted from the decision's date.
  service_dates: [2026-12-08]
  sessions: 12
  pending_services: 12
  setting: outpatient
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Repeat acute ECT is not medically necessary. Guideline BH-ECT-9 criterion 3 is not met: the records do not show
    a response of at least 50% to the prior acute course.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
urgency:
  reason: >-
    She has lost 14 pounds since August, eats one small meal a day, spends most of the day in bed and has stopped
    her own blood-pressure and diabetes medicines twice; waiting the months a standard external review takes could
    seriously jeopardize her life and health.
  certified_by: Rafael Osei-Brandt, MD, treating psychiatrist
payer_criteria:
  - criterion: "1. Major depressive disorder, severe, confirmed by a psychiatrist."
    how_met: Major depressive disorder, recurrent, severe (F33.2); HAM-D 27 on 11/24/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}
  - criterion: "2. Failure of, or intolerance to, at least two antidepressant treatments in the current or a prior episode, or a need for rapid response."
    how_met: >-
      Sertraline and nortriptyline without response (2024), venlafaxine and lithium continued with partial response;
      weight loss and self-neglect need a rapid response.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}
  - criterion: "3. For a repeat acute course: a documented response (at least 50% improvement on a standardized scale) to a prior acute course."
    how_met: >-
      The 2025 course: HAM-D 28 before the first treatment and 11 after the twelfth (61% improvement), per the
      discharge summary of 04/18/2025; the 19 the decision used was the score after treatment 6.
    met: true
    evidence: {file: clinical/ect-discharge-summary-2025-04-18.txt, page: 1}
  - criterion: "4. Medical and anesthesia clearance within 30 days of the first treatment."
    how_met: Anesthesia pre-assessment 11/24/2026; the course starts 12/08/2026 once approved.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}
plan_policy:
  name: Long River Plan Services Behavioral Health Guideline BH-ECT-9, Electroconvulsive Therapy (2026)
  number: BH-ECT-9
  quote: >-
    Acute ECT is medically necessary when all are met: 1. Major depressive disorder, severe, confirmed by a
    psychiatrist. 2. Failure of, or intolerance to, at least two antidepressant treatments in the current or a prior
    episode, or a need for rapid response. 3. For a repeat acute course: a documented response (at least 50%
    improvement on a standardized scale) to a prior acute course. 4. Medical and anesthesia clearance within 30 days
    of the first treatment.
  file: other/guideline-bh-ect-9-2026-excerpt.txt
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: final internal appeal
    opens: external review
    next_deadline: 2027-02-28
    reason: >-
      The denial is upheld. The prior acute course (2025) showed HAM-D 28 to 19, a 32% improvement, which is not a
      response. Criterion 3 is not met.
    corrections:
      - said: The prior acute course (2025) showed HAM-D 28 to 19, a 32% improvement, which is not a response.
        record: >-
          HAM-D 19 is the score after treatment 6 of 12 (mid-course note of 03/21/2025); the discharge summary of
          04/18/2025 gives HAM-D 11 after treatment 12, a 61% improvement from 28.
        file: [clinical/ect-discharge-summary-2025-04-18.txt, clinical/ect-midcourse-note-2025-03-21.txt]
        page: 1
external_review:
  agency: Independent review organization assigned under the federal external review process (as the decision names it)
  address: |-
    Long River Plan Services - External Review Requests (FICTIONAL)
    PO Box 230918
    Hartford, CT 06123
  final_denial_date: 2026-10-28
template: external-review-request
treatment:
  name: Repeat acute course of outpatient electroconvulsive therapy (ECT), 12 treatments (90870)
  summary: >-
    A second acute course of ECT for a severe relapse of recurrent depression in a woman whose 2025 course brought
    a 61% improvement, with weight loss and self-neglect now.
  plan: >-
    Twelve right unilateral ultrabrief treatments, three a week from 12/08/2026, HAM-D after every third treatment;
    stop at remission (HAM-D 7 or less) or after 12; then continuation ECT to be requested separately.
clinical:
  severity: HAM-D 27 on 11/24/2026
  severity_date: 2026-11-24
  suicidality: passive
  suicidality_date: 2026-11-24
  episode_onset: 2026-06
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-01
      end: 2024-04
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped (prior episode)
      evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}
    - drug: Nortriptyline
      dose: 100 mg daily
      start: 2024-05
      end: 2024-08
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at a therapeutic level; stopped (prior episode)
      evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}
    - drug: ECT, acute course
      dose: 12 treatments
      start: 2025-03
      end: 2025-04
      sessions: 12
      kind: neuromodulation
      adequate: true
      response: response
      outcome: HAM-D 28 to 11 (61% improvement); response in the prior episode - not a failure
      evidence: {file: clinical/ect-discharge-summary-2025-04-18.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 300 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Continued after the 2025 course; partial response; continued
      evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}
    - drug: Lithium
      dose: 900 mg daily (level 0.7)
      start: 2025-04
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Continued after the 2025 course; partial response; continued
      evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}
impact:
  daily_life: >-
    Lost 14 pounds since August 2026; eats one small meal a day; in bed most of the day; twice stopped her own
    blood-pressure and diabetes medicines.
author:
  name: Rafael Osei-Brandt, MD
  role: Treating psychiatrist
  relation: physician
  address: |-
    Capitol Region Psychiatry (FICTIONAL), 100 Retreat Avenue, Suite 410
    Hartford, CT 06106
  phone: (860) 555-0168
  email: rosei-brandt@crpsych.example
  authorization: other/patient-consent-external-review-2026-11-24.txt
provider:
  name: Rafael Osei-Brandt, MD
  credentials: Board-certified psychiatrist; ECT attending, Capitol Region Psychiatry
  npi: "1798415828"
  address: |-
    100 Retreat Avenue, Suite 410
    Hartford, CT 06106
  phone: (860) 555-0168
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - file: clinical/psychiatry-note-2026-11-24.txt
    date: 2026-11-24
  - file: clinical/ect-discharge-summary-2025-04-18.txt
    date: 2025-04-18
    submitted: false
  - file: clinical/ect-midcourse-note-2025-03-21.txt
    date: 2025-03-21
bates_prefix: ACHEBELINDGREN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/pre-service-denial-2026-09-30.txt": '''
LONG RIVER PLAN SERVICES (FICTIONAL) for MERIDIAN ROBOTICS EMPLOYEE HEALTH PLAN - ADVERSE BENEFIT DETERMINATION
Date: 09/30/2026   Member: Winifred Achebe-Lindgren   DOB 02/25/1963   ID FICT-MRE-90417736
Reference LRP-UM-26-0930-61180   Request: repeat acute ECT, 12 treatments (90870), Capitol Region Psychiatry
Repeat acute ECT is not medically necessary. Guideline BH-ECT-9 criterion 3 is not met: the records do not show a
response of at least 50% to the prior acute course.
''',
"denial/final-internal-appeal-decision-2026-10-28.txt": '''
LONG RIVER PLAN SERVICES (FICTIONAL) - FINAL INTERNAL APPEAL DECISION              Date: 10/28/2026
Member: Winifred Achebe-Lindgren   Reference LRP-UM-26-0930-61180
Reviewer: Gordon Thistlewood, MD (psychiatry). Records reviewed: ECT treatment notes 03/2025 (sessions 1-6).

The denial is upheld. The prior acute course (2025) showed HAM-D 28 to 19, a 32% improvement, which is not a
response. Criterion 3 is not met.

You may request external review within 4 months after you receive this notice. This plan is self-funded; external
review is conducted under the federal process by an independent review organization. Expedited external review is
available if your physician certifies that waiting would seriously jeopardize your life or health.
''',
"clinical/ect-discharge-summary-2025-04-18.txt": '''
CAPITOL REGION PSYCHIATRY ECT SERVICE (FICTIONAL) - ACUTE COURSE DISCHARGE SUMMARY   Date: 04/18/2025
Patient: Winifred Achebe-Lindgren   DOB 02/25/1963   Page 1 of 1
Course: 12 right unilateral ultrabrief treatments, 03/03/2025-04/16/2025.
HAM-D 28 before treatment 1; 19 after treatment 6; 11 after treatment 12 (61% improvement: response).
Continued on venlafaxine XR 300 mg and lithium 900 mg. Relapse signs to watch: appetite, sleep, withdrawal.
[This summary was not sent with the request and was not among the records the plan reviewed (it lists only the
03/2025 treatment notes).]
''',
"clinical/ect-midcourse-note-2025-03-21.txt": '''
CAPITOL REGION PSYCHIATRY ECT SERVICE (FICTIONAL) - TREATMENT NOTE, SESSION 6       Date: 03/21/2025
Patient: Winifred Achebe-Lindgren   HAM-D 19 after treatment 6 (from 28). Improving; continue the course to 12.
''',
"clinical/psychiatry-note-2026-11-24.txt": '''
CAPITOL REGION PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                              Date: 11/24/2026
Patient: Winifred Achebe-Lindgren   DOB 02/25/1963   Psychiatrist: Rafael Osei-Brandt, MD   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2); relapse since 06/2026.
HAM-D 27. Weight down 14 lb since 08/2026; one small meal a day; in bed most of the day; stopped her lisinopril and
metformin twice. Passive wish not to wake up (11/24/2026); no plan or intent.
History: sertraline 150 mg (01-04/2024) and nortriptyline 100 mg (05-08/2024), no response, both stopped (prior
episode); acute ECT 03-04/2025, response (HAM-D 28 to 11); since 04/2025 venlafaxine XR 300 mg and lithium 900 mg
(level 0.7), partial response, both continued. Trazodone 50 mg at bedtime for sleep.
Anesthesia pre-assessment 11/24/2026: cleared. Plan: repeat acute ECT, 12 treatments, from 12/08/2026.
''',
"other/guideline-bh-ect-9-2026-excerpt.txt": '''
LONG RIVER PLAN SERVICES (FICTIONAL) - BEHAVIORAL HEALTH GUIDELINE BH-ECT-9 (2026)
Acute ECT is medically necessary when all are met: 1. Major depressive disorder, severe, confirmed by a psychiatrist.
2. Failure of, or intolerance to, at least two antidepressant treatments in the current or a prior episode, or a
need for rapid response. 3. For a repeat acute course: a documented response (at least 50% improvement on a
standardized scale) to a prior acute course. 4. Medical and anesthesia clearance within 30 days of the first
treatment.
''',
"other/ect-anesthesia-schedule-2025-03-21-another-person.txt": '''
CAPITOL REGION PSYCHIATRY ECT SERVICE (FICTIONAL) - ANESTHESIA SCHEDULE            03/21/2025
07:30 W. Achebe-Lindgren (treatment 6)   07:50 H. Marchbanks (treatment 2)   08:10 P. Oyelowo-Stratton (treatment 9)
''',
"other/patient-consent-external-review-2026-11-24.txt": '''
CONSENT (FICTIONAL)                                                                Signed 11/24/2026
I, Winifred Achebe-Lindgren (ID FICT-MRE-90417736), ask Dr. Rafael Osei-Brandt to request external review of
decision LRP-UM-26-0930-61180 for me and to share my health information for it.
Signed: Winifred Achebe-Lindgren
''',
}

TRUTH = r'''
# 08 - Self-funded employer plan: a repeat acute ECT course denied on a mid-course score; expedited federal external review by the treating psychiatrist (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Winifred Achebe-Lindgren, 63 (DOB 02/25/1963), in the **self-funded** Meridian Robotics Employee Health Plan (5,600
  employees), relapsed in **06/2026** after a **2025 acute ECT course**. A **repeat acute course, 12 treatments
  (90870), from 12/08/2026** was denied **09/30/2026** (reference LRP-UM-26-0930-61180) under **BH-ECT-9 criterion
  3** (a 50% response to a prior course).
- Final internal decision **10/28/2026** (a psychiatrist): "HAM-D 28 to 19, a 32% improvement". The records it
  reviewed were the **03/2025 treatment notes (sessions 1-6)**; **19 is the score after treatment 6**. The
  **discharge summary (04/18/2025)**: HAM-D **28 -> 11** after treatment 12, **61%** - a response. It was not sent
  with the request and not among the records reviewed. All four criteria are met.
- Now: HAM-D **27** (11/24/2026), 14 lb weight loss, one meal a day, stopped her own medicines twice; **passive**
  wish not to wake (11/24/2026), no plan or intent. Venlafaxine XR and lithium continue (partial response).
- **Rule and stage:** ERISA plan, self-funded: external review under the **federal process, 29 CFR 2590.715-2719**
  (not 45 CFR 147.136 alone), within **4 months** of the final internal denial (**by 02/28/2027**); **expedited**
  external review because the treating physician certifies that waiting would seriously jeopardize her life or
  health (the decision itself offers it).
- **Author:** the treating psychiatrist (a physician), with her signed consent; "I" as her psychiatrist, about
  "Mrs. Achebe-Lindgren".

## Deliberately unknown
- Which independent review organization will be assigned: not known; a letter must not name one.
- Why the clinic did not send the discharge summary with the request, or the plan ask for it: not known.
- Whether continuation ECT will be needed after the course: to be requested separately; a letter must not ask for it
  now.

## Traps
- **A number from the wrong page:** 19 is the mid-course score; the course ended at 11. A letter must not say 32%
  or concede that criterion 3 is unmet.
- **Earlier-episode response:** the 2025 ECT course was a **response**, never a failure; sertraline and nortriptyline
  (2024) failed in the prior episode.
- **Drugs still taken:** venlafaxine XR and lithium continue (partial response) - never "failed" or "stopped";
  trazodone 50 mg is a sleep dose.
- **Other people on a document:** the anesthesia schedule lists H. Marchbanks and P. Oyelowo-Stratton.
- **Suicidality:** passive (11/24/2026), no plan or intent: never "active" or "suicide attempt"; the urgency rests on
  weight loss and self-neglect.
- **Care to come:** the course has not started; it is asked to be approved, never "was given".
- **Reviewer:** the decision's reviewer is a psychiatrist: do not say otherwise.
- **Wrong law:** 45 CFR 147.136 is not the self-funded plan's external-review rule; no state insurance department,
  no state external review; "name and qualifications" of experts may be asked (ERISA (h)(3)(iv)).

## Arguments a strong letter makes (strongest first)
1. Criterion 3 is met: the 2025 course's discharge summary shows HAM-D 28 -> 11 (61%); the decision's 19 is the
   session-6 score from the only notes it reviewed. Correct the decision.
2. Every BH-ECT-9 criterion is met, one by one (severity, two failed trials and the need for rapid response,
   prior response, anesthesia clearance 11/24/2026).
3. Expedited federal external review (29 CFR 2590.715-2719): the treating psychiatrist certifies the urgency (weight
   loss, self-neglect, stopping her own medicines); ask the reviewer to reverse the denial and approve 12 treatments.

## What a letter must NOT say
- "32% improvement" as true; "criterion 3 is not met"; "HAM-D 19 at the end of the course".
- "ECT failed", "did not respond to ECT".
- "failed venlafaxine", "stopped lithium"; trazodone as a trial.
- "active suicidal ideation", "suicide attempt"; "the treatments were given".
- "45 CFR 147.136" as the governing external-review rule; "state insurance department"; "the reviewer was not a
  psychiatrist"; "Marchbanks", "Oyelowo-Stratton".
'''

ANSWERS = [
    ("plan type", "plan_type: employer_erisa", "case.yaml"),
    ("funding", "funding: self_funded", "case.yaml"),
    ("reference", "LRP-UM-26-0930-61180", "denial/pre-service-denial-2026-09-30.txt"),
    ("criterion", "BH-ECT-9 criterion 3 is not met", "denial/pre-service-denial-2026-09-30.txt"),
    ("decision's wrong number", "HAM-D 28 to 19, a 32% improvement", "denial/final-internal-appeal-decision-2026-10-28.txt"),
    ("records reviewed", "ECT treatment notes 03/2025 (sessions 1-6)", "denial/final-internal-appeal-decision-2026-10-28.txt"),
    ("federal process", "external review is conducted under the federal process", "denial/final-internal-appeal-decision-2026-10-28.txt"),
    ("deadline", "by 02/28/2027", "truth"),
    ("true end score", "11 after treatment 12 (61% improvement: response)", "clinical/ect-discharge-summary-2025-04-18.txt"),
    ("mid-course", "HAM-D 19 after treatment 6", "clinical/ect-midcourse-note-2025-03-21.txt"),
    ("current severity", "HAM-D 27", "clinical/psychiatry-note-2026-11-24.txt"),
    ("passive SI", "Passive wish not to wake up (11/24/2026); no plan or intent", "clinical/psychiatry-note-2026-11-24.txt"),
    ("weight loss", "Weight down 14 lb since 08/2026", "clinical/psychiatry-note-2026-11-24.txt"),
    ("clearance", "Anesthesia pre-assessment 11/24/2026: cleared", "clinical/psychiatry-note-2026-11-24.txt"),
    ("other people", "H. Marchbanks", "other/ect-anesthesia-schedule-2025-03-21-another-person.txt"),
    ("author", "relation: physician", "case.yaml"),
]
