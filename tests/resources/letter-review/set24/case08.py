"""Set 24, case 08 (FICTIONAL): student health insurance plan, IV ketamine for TRD denied because the reviewer dated
the current episode from a stale intake form; external review requested by the treating psychiatrist."""

SLUG = "08-student-plan-iv-ketamine-episode-onset-stale-intake-external-review-psychiatrist"

CASE_YAML = """
# FICTIONAL CASE (set 24, case 08) - every person, plan, provider, number and address is invented.
# University student health insurance plan, insured (Illinois). Six IV ketamine infusions for treatment-resistant
# depression (pending) were denied under MP-KET-04 criterion 2 (two antidepressants of different classes, six weeks
# each, in the current episode). The final internal decision (11/06/2026) took the episode's start from a student
# health intake form ("March 2026", the date of his first visit there) and so did not count escitalopram
# (10/2025-01/2026). The psychiatric evaluation and the 2025 therapy notes date the episode from September 2025. The
# treating psychiatrist asks for external review with the student's written authorization.
patient:
  name: Yusuf Halvorsen-Mbeki
  salutation: Mr. Halvorsen-Mbeki
  date_of_birth: 1999-04-11
  member_id: FICT-GLS-SH2026-118406
  address: |-
    1142 West Larchmont Avenue, Apt 3F
    Chicago, IL 60614
  phone: (312) 555-0165
  email: yusuf.hm@student.example
insurer:
  name: Great Lakes Scholastic Health Insurance Company (FICTIONAL), Lakefront State University Student Health Insurance Plan
  appeals_address: |-
    Great Lakes Scholastic Health Insurance Company, Appeals Department
    PO Box 64410
    Chicago, IL 60664
  fax: (312) 555-0177
claim:
  number: GLS-PA-26-0921-40882
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-10-01
  pending_services: 6
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Prior authorization for intravenous ketamine infusion is denied. Medical Policy MP-KET-04 criteria 2 and 3 are not
    met: the records do not document two antidepressant trials of different classes in the current episode, or a
    trial of psychotherapy or augmentation.
  denial_category: medical_necessity
  reviewer: {name: "Corwin Astley, MD", specialty: internal medicine}
decisions:
  - date: 2026-11-06
    outcome: denied
    stage: internal appeal
    opens: external review
    reason: >-
      The denial is upheld. Criterion 3 is now met (cognitive behavioral therapy, 14 sessions). Criterion 2 is not met:
      only one antidepressant trial (venlafaxine XR) is documented in the current episode, which began in March 2026
      according to the student health intake form. The escitalopram trial (October 2025 to January 2026) preceded the
      current episode.
    corrections:
      - said: "the current episode, which began in March 2026 according to the student health intake form"
        record: >-
          the psychiatric evaluation dates the current episode from September 2025, after two years in full remission,
          and the counseling center's notes of October 2025 record it (PHQ-9 17 on 10/02/2025); March 2026 is the date
          of his first student health visit, and escitalopram (10/06/2025 - 01/12/2026) was a trial in this episode
        file: clinical/psychiatric-evaluation-2026-09-22.txt
        page: 1
external_review:
  agency: Illinois Department of Insurance, External Review Unit (named in the final decision)
  address: |-
    Illinois Department of Insurance, External Review Unit (address FICTIONAL)
    PO Box 19020
    Springfield, IL 62794
  final_denial_date: 2026-11-06
plan_policy:
  name: Great Lakes Scholastic Medical Policy MP-KET-04, Intravenous ketamine for treatment-resistant depression (FICTIONAL)
  quote: >-
    Criteria (all required): 1. Age 18 or older with major depressive disorder, moderate or severe. 2. Inadequate
    response to at least two antidepressants of different classes, each at an adequate dose for at least 6 weeks, in
    the current episode. 3. An adequate trial of evidence-based psychotherapy or of an augmentation agent in the
    current episode. 4. No psychotic disorder and no active substance use disorder in the past 6 months. 5. Given in a
    monitored setting by clinicians trained in sedation and airway management. Initial authorization: up to 6
    infusions over 3 weeks.
  file: other/mp-ket-04-excerpt.txt
payer_criteria:
  - criterion: "1. Age 18 or older with major depressive disorder, moderate or severe"
    how_met: "age 27; major depressive disorder, recurrent, severe (F33.2); MADRS 36 on 09/22/2026"
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
  - criterion: "2. Inadequate response to at least two antidepressants of different classes, each at an adequate dose for at least 6 weeks, in the current episode"
    how_met: >-
      in the episode that began in September 2025: escitalopram (an SSRI) 10-20 mg for 14 weeks, no response;
      venlafaxine XR (an SNRI) up to 225 mg since 01/2026, still taken, partial response only
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
  - criterion: "3. An adequate trial of evidence-based psychotherapy or of an augmentation agent in the current episode"
    how_met: "14 sessions of cognitive behavioral therapy, 10/2025-02/2026 (the decision of 11/06/2026 found this met)"
    met: true
    evidence: {file: clinical/counseling-center-summary-2026-02-20.txt, page: 1}
  - criterion: "4. No psychotic disorder and no active substance use disorder in the past 6 months"
    how_met: "no psychosis; no substance use disorder (AUDIT-C 1)"
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
  - criterion: "5. Given in a monitored setting by clinicians trained in sedation and airway management"
    how_met: "Lakeshore Infusion Center: anesthesiologist-supervised, continuous pulse oximetry, ECG and blood pressure"
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
treatment:
  name: IV ketamine infusions
  summary: >-
    Ketamine 0.5 mg/kg intravenously over 40 minutes, six infusions over three weeks, for treatment-resistant
    depression, with venlafaxine XR continued.
  plan: >-
    Six infusions of ketamine 0.5 mg/kg over 40 minutes, twice weekly for three weeks; MADRS before each infusion;
    reassess after the sixth; stop if MADRS has not fallen by at least 25% after four.
  setting: Lakeshore Infusion Center, anesthesiologist-supervised infusion suite
  monitoring: continuous pulse oximetry, ECG and blood pressure every 10 minutes; observation for 60 minutes after each infusion
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: >-
    MADRS 36 and PHQ-9 22 on 09/22/2026; PHQ-9 21 on 10/12/2026
  severity_date: 2026-10-12
  suicidality: passive
  suicidality_date: 2026-10-12
  episode_onset: 2025-09
  treating_since: 2026-09-22
  exclusions: no psychosis; no substance use disorder (AUDIT-C 1); blood pressure 118/72; no uncontrolled hypertension
  history:
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2019-03
      end: 2021-05
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode (2019); tapered off in 2021
      evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily, 20 mg from 11/03/2025
      start: 2025-10-06
      end: 2026-01-12
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response after 14 weeks (10 at 20 mg); stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg daily, 150 mg from 02/2026, 225 mg from 04/2026
      start: 2026-01-13
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response only
      evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 14 sessions
      start: 2025-10
      end: 2026-02
      kind: psychotherapy
      sessions: 14
      adequate: true
      response: partial
      outcome: Completed 14 sessions; partial benefit
      evidence: {file: clinical/counseling-center-summary-2026-02-20.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily
      start: 2026-05-04
      end: 2026-05-21
      kind: augmentation
      adequate: false
      outcome: Stopped after 17 days for akathisia; not an adequate trial
      evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: For sleep only; not an antidepressant trial at this dose
      evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
impact:
  work: >-
    Dropped to two of four courses for the fall 2026 semester; his teaching assistantship was suspended in October
    2026.
author:
  name: Leontyne Abara-Sveinsson
  role: Treating psychiatrist
  relation: physician
  address: |-
    Northside Psychiatry Partners, 2900 North Clark Street, Suite 500
    Chicago, IL 60657
  phone: (312) 555-0132
  email: labara@northside-psych.example
  authorization: other/patient-authorization-2026-11-18.txt
provider:
  name: Leontyne Abara-Sveinsson
  credentials: MD
  npi: "1326590480"
  address: |-
    Northside Psychiatry Partners, 2900 North Clark Street, Suite 500
    Chicago, IL 60657
  phone: (312) 555-0132
peer_to_peer:
  availability: weekdays 12-1 pm
template: external-review-request
bates_prefix: HALVORSENMBEKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-10-01.txt": """
GREAT LAKES SCHOLASTIC HEALTH INSURANCE COMPANY (FICTIONAL)
Lakefront State University Student Health Insurance Plan, 2026-2027
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRIOR AUTHORIZATION)       Date: 10/01/2026          Page 1

Member: Yusuf Halvorsen-Mbeki     Member ID: FICT-GLS-SH2026-118406
Request: GLS-PA-26-0921-40882, intravenous ketamine infusion (96365, J3490), 6 infusions
Requesting physician: Leontyne Abara-Sveinsson, MD     Received: 09/23/2026

Decision: Prior authorization for intravenous ketamine infusion is denied. Medical Policy MP-KET-04 criteria 2 and 3
are not met: the records do not document two antidepressant trials of different classes in the current episode, or
a trial of psychotherapy or augmentation.
Reviewer: Corwin Astley, MD (internal medicine).

You may appeal within 180 days of receiving this notice. After our final decision you may ask for an independent
external review.
""",
    "denial/final-internal-appeal-decision-2026-11-06.txt": """
GREAT LAKES SCHOLASTIC HEALTH INSURANCE COMPANY (FICTIONAL) - FINAL INTERNAL ADVERSE BENEFIT DETERMINATION
Date: 11/06/2026                                                                                   Page 1

Member: Yusuf Halvorsen-Mbeki     Member ID: FICT-GLS-SH2026-118406     Request: GLS-PA-26-0921-40882
Appeal received: 10/15/2026 from Leontyne Abara-Sveinsson, MD, with counseling center records

Decision: The denial is upheld. Criterion 3 is now met (cognitive behavioral therapy, 14 sessions). Criterion 2 is
not met: only one antidepressant trial (venlafaxine XR) is documented in the current episode, which began in March
2026 according to the student health intake form. The escitalopram trial (October 2025 to January 2026) preceded the
current episode.
Reviewer: Corwin Astley, MD (internal medicine).

This is the plan's final internal decision. You may request an independent external review within 4 months of
receiving this notice, through the Illinois Department of Insurance, External Review Unit (address FICTIONAL), PO
Box 19020, Springfield, IL 62794, as described in the enclosed form. If your situation is urgent, you may ask for an
expedited external review.
""",
    "clinical/psychiatric-evaluation-2026-09-22.txt": """
NORTHSIDE PSYCHIATRY PARTNERS (FICTIONAL) - PSYCHIATRIC EVALUATION            Date: 09/22/2026          Page 1

Patient: Yusuf Halvorsen-Mbeki    DOB 04/11/1999    Psychiatrist: Leontyne Abara-Sveinsson, MD
Referral: Lakefront State University student health service, for treatment-resistant depression.
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features.
Course: first episode 2019 (remitted on fluoxetine 20 mg, tapered off 2021); in full remission from mid-2023 to the
summer of 2025. The current episode began in September 2025, early in his second year of graduate study (low mood,
insomnia, loss of interest, failing concentration); he was seen at the university counseling center from October
2025. His first visit to the student health service was in March 2026.
This episode:
- Escitalopram 10 mg from 10/06/2025, 20 mg from 11/03/2025, stopped 01/12/2026: no response after 14 weeks.
- Venlafaxine XR 75 mg from 01/13/2026, 150 mg from February 2026, 225 mg from April 2026: continues; partial
  response only.
- Cognitive behavioral therapy, 14 sessions at the counseling center, October 2025 to February 2026: partial benefit.
- Aripiprazole 2 mg added 05/04/2026, stopped 05/21/2026 for akathisia.
- Trazodone 50 mg at bedtime for sleep since November 2025 (a sleep dose).
Today: MADRS 36; PHQ-9 22. Passive thoughts that he would rather not wake up; no plan, no intent, no behavior. No
psychosis. No substance use disorder (AUDIT-C 1). BP 118/72.
Plan: IV ketamine 0.5 mg/kg over 40 minutes, six infusions over three weeks at Lakeshore Infusion Center
(anesthesiologist-supervised; continuous pulse oximetry, ECG and blood pressure), continuing venlafaxine XR 225 mg.
""",
    "clinical/counseling-center-summary-2026-02-20.txt": """
LAKEFRONT STATE UNIVERSITY COUNSELING CENTER (FICTIONAL) - TREATMENT SUMMARY        Date: 02/20/2026      Page 1

Student: Yusuf Halvorsen-Mbeki    DOB 04/11/1999    Counselor: Marisa Quenneville, LCPC
First visit: 10/02/2025. Presenting problem: depressed mood since early September 2025, insomnia, withdrawal from
his lab group. PHQ-9 17 on 10/02/2025.
Treatment: cognitive behavioral therapy, 14 sessions, 10/02/2025 - 02/19/2026. PHQ-9 14 on 02/19/2026: partial
benefit. Referred to the student health service for medication review.
""",
    "clinical/psychiatry-follow-up-2026-10-12.txt": """
NORTHSIDE PSYCHIATRY PARTNERS (FICTIONAL) - FOLLOW-UP VISIT                     Date: 10/12/2026          Page 1

Patient: Yusuf Halvorsen-Mbeki    Psychiatrist: Leontyne Abara-Sveinsson, MD
PHQ-9 21. Passive wish not to wake up, most days; no plan, no intent; safety plan reviewed. Dropped two of his four
fall courses; teaching assistantship suspended this month. Continues venlafaxine XR 225 mg and trazodone 50 mg at
bedtime. Waiting for the plan's decision on ketamine.
""",
    "other/mp-ket-04-excerpt.txt": """
GREAT LAKES SCHOLASTIC HEALTH INSURANCE COMPANY (FICTIONAL) - MEDICAL POLICY MP-KET-04 - EXCERPT
Intravenous ketamine for treatment-resistant depression (revised 07/2026)                          Page 1

Criteria (all required): 1. Age 18 or older with major depressive disorder, moderate or severe. 2. Inadequate
response to at least two antidepressants of different classes, each at an adequate dose for at least 6 weeks, in the
current episode. 3. An adequate trial of evidence-based psychotherapy or of an augmentation agent in the current
episode. 4. No psychotic disorder and no active substance use disorder in the past 6 months. 5. Given in a monitored
setting by clinicians trained in sedation and airway management. Initial authorization: up to 6 infusions over 3
weeks.
""",
    "other/student-health-intake-form-2026-03-09.txt": """
LAKEFRONT STATE UNIVERSITY STUDENT HEALTH SERVICE (FICTIONAL) - NEW PATIENT INTAKE      Date: 03/09/2026    Page 1

Student: Yusuf Halvorsen-Mbeki    DOB 04/11/1999
Reason for visit: depression, medication review (referred by the counseling center).
"When did this problem start?" (front desk entry): March 2026
Current medications (as entered at check-in): escitalopram 20 mg; trazodone 50 mg.
Clinician note: on venlafaxine XR 150 mg since January (escitalopram stopped 01/12/2026); depressed since fall 2025.
""",
    "other/patient-authorization-2026-11-18.txt": """
AUTHORIZATION OF A REPRESENTATIVE FOR EXTERNAL REVIEW (FICTIONAL)                                    Page 1

Member: Yusuf Halvorsen-Mbeki     Plan: Lakefront State University Student Health Insurance Plan
I authorize Leontyne Abara-Sveinsson, MD, my psychiatrist, to request and pursue an independent external review of
the plan's final decision of 11/06/2026 on intravenous ketamine (GLS-PA-26-0921-40882) for me, and to share my
health information for that purpose.
Signed: Yusuf Halvorsen-Mbeki (signature on file)      Date: 11/18/2026
""",
}

TRUTH = """
# 08 - Student health insurance plan: IV ketamine for TRD denied because the reviewer dated the episode from a front-desk intake entry; the current episode began in September 2025, so escitalopram counts; external review requested by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Yusuf Halvorsen-Mbeki, **27** (DOB 04/11/1999), a graduate student insured by the **Lakefront State University
  Student Health Insurance Plan** (Great Lakes Scholastic Health Insurance Company; insured; Illinois). Student health
  insurance is individual health insurance coverage under the ACA rules.
- **F33.2**, recurrent, severe. First episode 2019 (**fluoxetine**, remission; off since 2021), full remission mid-2023 to
  summer 2025. **The current episode began in September 2025** (psychiatric evaluation 09/22/2026; counseling center:
  "depressed mood since early September 2025", **PHQ-9 17 on 10/02/2025**).
- In this episode: **escitalopram** (SSRI) 10 -> 20 mg, **10/06/2025-01/12/2026, 14 weeks, no response**; **venlafaxine
  XR** (SNRI) 75 -> 225 mg since **01/13/2026, continuing, partial response only**; **CBT 14 sessions** (10/2025-02/2026,
  partial benefit); **aripiprazole 2 mg, 17 days**, stopped for akathisia (not adequate); **trazodone 50 mg for sleep**.
- **MP-KET-04** criterion 2 asks for an inadequate response to **two antidepressants of different classes**, 6 weeks
  each, **in the current episode**: escitalopram (no response) and venlafaxine XR (partial) meet it. Criteria 1, 3
  (found met by the plan on 11/06), 4 and 5 are met. **Every criterion is met.**
- The PA was denied **10/01/2026** (criteria 2 and 3). The **final internal decision of 11/06/2026** found criterion 3
  met but held criterion 2 unmet, dating the episode from **March 2026** "according to the student health intake
  form". That form's "March 2026" is a **front-desk entry** on the date of his first student-health visit (03/09/2026);
  the same form's clinician note says "depressed since fall 2025". The form's "escitalopram 20 mg" as current is also
  stale (stopped 01/12/2026).
- Severity now: MADRS 36 / PHQ-9 22 (09/22), PHQ-9 21 (10/12); **passive** wish not to wake up (10/12), no plan or
  intent; two of four courses dropped, teaching assistantship suspended. Care is **pending** (6 infusions over 3 weeks).
- Reviewer at both levels: Corwin Astley, MD, **internal medicine** (not a psychiatrist).
- Stage: **external review** (state process, Illinois Department of Insurance; 45 CFR 147.136(c)-(d)), within **4
  months of receipt** of the 11/06/2026 final internal decision (about **03/06/2027**). An expedited external review is
  possible if the physician certifies urgency; the case does not say she has.
- Author: the **treating psychiatrist** (physician), with the member's written authorization of 11/18/2026.

## Deliberately unknown
- Whether the psychiatrist will certify the request as urgent (expedited external review): not in the case.
- The cost of the infusions and his cost sharing.
- Whether the plan would cover Spravato instead (not raised by the plan).

## Traps
- **Counting:** two adequate antidepressant trials in this episode (escitalopram, no response; venlafaxine XR,
  continuing with partial response). Venlafaxine must **never be called "failed"** or stopped: it is still taken, an
  inadequate (partial) response that the criterion's words count. Fluoxetine (2019-2021) was **remission of an earlier
  episode**: not counted, never a failure. Aripiprazole 17 days is **not an adequate trial**. Trazodone 50 mg is **for
  sleep**. CBT is **psychotherapy** (criterion 3), not a drug trial. "Three" or "four failed antidepressants" is wrong.
- **The date:** the episode began in **September 2025**; a letter that accepts "March 2026" or argues the escitalopram
  trial belongs to another episode concedes the denial's error.
- **Stale form:** the 03/09/2026 intake lists escitalopram as current: it was stopped 01/12/2026; never "currently
  taking escitalopram".
- **Suicidality:** passive ideation, current (10/12/2026), no plan or intent: never "active suicidal ideation", "plan",
  "attempt"; IV ketamine is not being asked for a suicidality indication.
- **Ketamine is FDA-approved as an anesthetic, not for depression:** never "FDA-approved for depression"; the Spravato
  label is not this treatment.
- **Stage:** external review of the 11/06/2026 final internal decision, answering that decision (criterion 2 only remains
  in dispute); not another internal appeal. No "deemed exhaustion" claim.
- **Wrong law:** an insured student plan: 45 CFR 147.136 (individual coverage) and the state's external review; **not
  ERISA** (29 CFR 2560.503-1 as the plan's law, EBSA), not Medicaid, not the federal external review process for
  self-funded plans.
- **Voice:** the psychiatrist writes "I" as his treating psychiatrist, about "Mr. Halvorsen-Mbeki"; never the patient's
  first person.

## Arguments a strong letter makes (strongest first)
1. The only ground left (11/06/2026) rests on a wrong date: the current episode began in **September 2025**
   (evaluation of 09/22/2026; counseling center, PHQ-9 17 on 10/02/2025), not March 2026 (a front-desk entry on the
   date of his first student-health visit; the same form's clinician note says "since fall 2025"). So **escitalopram**
   (SSRI, 14 weeks, no response) and **venlafaxine XR** (SNRI, since 01/2026 up to 225 mg, partial response) are two
   antidepressants of different classes in this episode: **criterion 2 is met**.
2. Every criterion of MP-KET-04 is met (1, 3 as the plan found, 4, 5); the request is within the initial
   authorization (6 infusions over 3 weeks); ask the reviewer to overturn and authorize.
3. Severity and cost: MADRS 36, passive ideation, courses dropped, assistantship suspended; evidence for IV ketamine in
   TRD (randomized trials; APA consensus statement); ask for a reviewer who is a psychiatrist (both decisions by an
   internist).

## What a letter must NOT say
- "the current episode began in March 2026", "escitalopram was in an earlier episode", "only one antidepressant trial".
- "failed venlafaxine", "venlafaxine was stopped", "failed fluoxetine", "failed aripiprazole" (adequate), "failed
  trazodone", "three/four failed antidepressant trials", "currently taking escitalopram".
- "active suicidal ideation", "suicide plan", "suicide attempt", "FDA-approved for depression" (IV ketamine).
- "ERISA", "29 CFR 2560.503-1" as the governing law, "EBSA", "29 CFR 2590.715-2719", "Medicaid", "deemed exhaustion".
- the patient's first person ("my depression").
"""

ANSWERS = [
    ("denial/prior-authorization-denial-2026-10-01.txt", "MP-KET-04 criteria 2 and 3"),
    ("denial/prior-authorization-denial-2026-10-01.txt", "Corwin Astley, MD (internal medicine)"),
    ("denial/final-internal-appeal-decision-2026-11-06.txt", "Criterion 3 is now met (cognitive behavioral therapy, 14 sessions)"),
    ("denial/final-internal-appeal-decision-2026-11-06.txt", "which began in March 2026 according to the student health intake form"),
    ("denial/final-internal-appeal-decision-2026-11-06.txt", "within 4 months of receiving this notice"),
    ("clinical/psychiatric-evaluation-2026-09-22.txt", "The current episode began in September 2025"),
    ("clinical/psychiatric-evaluation-2026-09-22.txt", "stopped 01/12/2026: no response after 14 weeks"),
    ("clinical/psychiatric-evaluation-2026-09-22.txt", "225 mg from April 2026: continues; partial\nresponse only"),
    ("clinical/psychiatric-evaluation-2026-09-22.txt", "Aripiprazole 2 mg added 05/04/2026, stopped 05/21/2026 for akathisia"),
    ("clinical/psychiatric-evaluation-2026-09-22.txt", "Trazodone 50 mg at bedtime for sleep"),
    ("clinical/psychiatric-evaluation-2026-09-22.txt", "remitted on fluoxetine 20 mg"),
    ("clinical/psychiatric-evaluation-2026-09-22.txt", "MADRS 36; PHQ-9 22"),
    ("clinical/counseling-center-summary-2026-02-20.txt", "depressed mood since early September 2025"),
    ("clinical/counseling-center-summary-2026-02-20.txt", "PHQ-9 17 on 10/02/2025"),
    ("clinical/psychiatry-follow-up-2026-10-12.txt", "Passive wish not to wake up"),
    ("clinical/psychiatry-follow-up-2026-10-12.txt", "Dropped two of his four\nfall courses"),
    ("other/student-health-intake-form-2026-03-09.txt", "(front desk entry): March 2026"),
    ("other/student-health-intake-form-2026-03-09.txt", "depressed since fall 2025"),
    ("other/mp-ket-04-excerpt.txt", "in the\ncurrent episode"),
    ("other/patient-authorization-2026-11-18.txt", "Date: 11/18/2026"),
]
