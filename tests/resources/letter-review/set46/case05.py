"""Case 05 (FICTIONAL): self-funded ERISA plan; TMS denied for "two antidepressant trials"; the first-level decision
says bupropion was for smoking cessation, but that was a 2019 prescription; the 2026 trial was 300 mg for depression.
Second level, written by the patient."""

SLUG = "05-self-funded-erisa-tms-bupropion-called-smoking-cessation-second-level-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 46, case 05) - every person, plan, employer, provider, number and address is invented.
# A self-funded employer plan under ERISA, 3,100 employees. Priya Vandermolen-Achebe, 38, asked for 36 TMS
# sessions. Policy BH-TMS-12 criterion 2 asks for three antidepressant trials from two classes in the current episode.
# The first denial said two were documented; the first-level decision of 11/24/2026 says bupropion "was prescribed for
# smoking cessation" - true of a 2019 prescription (150 mg), not of the 2026 trial of bupropion XL 300 mg for
# depression. She writes the second-level appeal herself.
patient:
  name: Priya Vandermolen-Achebe
  salutation: Ms. Vandermolen-Achebe
  date_of_birth: 1988-11-02
  member_id: FICT-HLX-60248137
  address: |-
    92 Quarry Hill Drive
    Allentown, PA 18104
  phone: (610) 555-0135
  email: priya.va@mail.example
insurer:
  name: Harrowgate Logistics Employee Health Plan, administered by Keystone Claims Services (FICTIONAL)
  appeals_address: |-
    Keystone Claims Services - Appeals (FICTIONAL)
    PO Box 18840
    Harrisburg, PA 17110
  fax: (717) 555-0183
claim:
  number: KCS-PA-26-1016-72054
  plan_type: employer_erisa
  funding: self_funded
  employees: 3100
  stage: second level
  notice_date: 2026-10-22
  service_dates: [2027-01-04]
  sessions: 36
  pending_services: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-50]
  denial_reason: >-
    TMS is not medically necessary under Medical Policy BH-TMS-12, criterion 2: the records document two
    antidepressant trials in the current episode; three are required.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
plan_policy:
  name: Keystone Claims Services Medical Policy BH-TMS-12, Transcranial Magnetic Stimulation for Major Depression
  number: BH-TMS-12
  quote: >-
    TMS is medically necessary when all of the following are met: 1. A diagnosis of major depressive disorder,
    severe or moderate, confirmed by a standardized rating scale. 2. Lack of adequate response to at least three
    antidepressant trials from at least two different classes, each at an adequate dose for at least 6 weeks, in the
    current episode. 3. A trial of evidence-based psychotherapy of adequate frequency and duration.
  file: other/medical-policy-bh-tms-12-excerpt.txt
payer_criteria:
  - criterion: 1. A diagnosis of major depressive disorder, severe or moderate, confirmed by a standardized rating scale.
    how_met: Major depressive disorder, recurrent, moderate (F33.1); PHQ-9 19 on 09/30/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
  - criterion: >-
      2. Lack of adequate response to at least three antidepressant trials from at least two different classes, each
      at an adequate dose for at least 6 weeks, in the current episode.
    how_met: >-
      Three trials in the current episode (since 06/2025), three classes: escitalopram 20 mg 8 weeks (SSRI, no
      response); bupropion XL 300 mg 10 weeks for depression (NDRI, no response); duloxetine 60 mg since
      07/24/2026 (SNRI, partial response after 9 weeks, continued).
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
  - criterion: 3. A trial of evidence-based psychotherapy of adequate frequency and duration.
    how_met: 14 weekly sessions of cognitive behavioral therapy, 02/2026-05/2026.
    met: true
    evidence: {file: clinical/therapist-summary-2026-09-28.txt, page: 1}
decisions:
  - date: 2026-11-24
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-23
    reason: >-
      Upheld. Only two antidepressant trials are documented in the current episode, escitalopram and duloxetine.
      Bupropion was prescribed for smoking cessation and is not counted as an antidepressant trial.
    corrections:
      - said: Bupropion was prescribed for smoking cessation and is not counted as an antidepressant trial.
        record: >-
          The psychiatry note of 09/30/2026 records bupropion XL 300 mg daily 04/10/2026-06/19/2026 (10 weeks)
          prescribed for depression, with no response; the only smoking-cessation prescription was bupropion SR 150
          mg in 2019, in a primary care note, years before this episode.
        file: clinical/psychiatry-note-2026-09-30.txt
        page: 1
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A standard course of 36 TMS sessions for recurrent depression after three antidepressant trials from three classes
    in the current episode and a course of CBT did not bring remission.
  plan: >-
    36 sessions over about 7 weeks (5 a week for 6 weeks, then a 6-session taper), left dorsolateral prefrontal
    target, PHQ-9 weekly; duloxetine 60 mg continued.
  alongside: duloxetine 60 mg daily
clinical:
  severity: PHQ-9 19 on 09/30/2026
  severity_date: 2026-09-30
  suicidality: none
  suicidality_date: 2026-09-30
  episode_onset: 2025-06
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-07-01
      end: 2025-08-26
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily (for depression)
      start: 2026-04-10
      end: 2026-06-19
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-07-24
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response after 9 weeks; continued with TMS
      evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-09
      end: 2026-03
      kind: other
      adequate: false
      outcome: Sleep dose only; not an antidepressant or augmentation trial
      evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
    - drug: Cognitive behavioral therapy
      start: 2026-02
      end: 2026-05
      sessions: 14
      kind: psychotherapy
      adequate: true
      response: partial
      outcome: 14 weekly sessions; some benefit, no remission
      evidence: {file: clinical/therapist-summary-2026-09-28.txt, page: 1}
impact:
  work: Reduced to 24 hours a week as a logistics planner since 08/2026.
author:
  name: Priya Vandermolen-Achebe
  relation: patient
  address: |-
    92 Quarry Hill Drive
    Allentown, PA 18104
  phone: (610) 555-0135
  email: priya.va@mail.example
provider:
  name: Dr. Rosalind Ekwueme-Strand, MD
  credentials: MD, psychiatrist
  npi: "1635082179"
  address: |-
    Lehigh Valley Neuromodulation Center (FICTIONAL), 700 Hamilton Street, Suite 4
    Allentown, PA 18101
  phone: (610) 555-0149
employer:
  name: Harrowgate Logistics, Benefits Department (FICTIONAL)
  address: |-
    5 Distribution Way
    Bethlehem, PA 18017
copies: [prescriber]
record_dates:
  - file: clinical/psychiatry-note-2026-09-30.txt
    date: 2026-09-30
  - file: clinical/therapist-summary-2026-09-28.txt
    date: 2026-09-28
  - file: clinical/primary-care-note-2019-03-14.txt
    date: 2019-03-14
bates_prefix: VANDERMOLEN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/prior-authorization-denial-2026-10-22.txt": """
KEYSTONE CLAIMS SERVICES (FICTIONAL) for the HARROWGATE LOGISTICS EMPLOYEE HEALTH PLAN
PRIOR AUTHORIZATION DENIAL                                              Date: 10/22/2026
Member: Priya Vandermolen-Achebe   ID FICT-HLX-60248137   Reference KCS-PA-26-1016-72054
Requested: TMS, 36 sessions (90867, 90868)   CARC 50
TMS is not medically necessary under Medical Policy BH-TMS-12, criterion 2: the records document two antidepressant
trials in the current episode; three are required.
You may appeal within 180 days of receiving this notice.
""",
    "denial/first-level-appeal-decision-2026-11-24.txt": """
KEYSTONE CLAIMS SERVICES (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                     Date: 11/24/2026
Member: Priya Vandermolen-Achebe   Reference KCS-PA-26-1016-72054
Reviewer: board-certified family physician (FICTIONAL).
Upheld. Only two antidepressant trials are documented in the current episode, escitalopram and duloxetine.
Bupropion was prescribed for smoking cessation and is not counted as an antidepressant trial.
You may request a second-level review within 60 days of this letter (by 01/23/2027). After the second level you may
request external review.
""",
    "other/medical-policy-bh-tms-12-excerpt.txt": """
KEYSTONE CLAIMS SERVICES (FICTIONAL) - MEDICAL POLICY BH-TMS-12 (effective 01/01/2026)         Page 2 of 7
TMS is medically necessary when all of the following are met: 1. A diagnosis of major depressive disorder, severe or
moderate, confirmed by a standardized rating scale. 2. Lack of adequate response to at least three antidepressant
trials from at least two different classes, each at an adequate dose for at least 6 weeks, in the current episode.
3. A trial of evidence-based psychotherapy of adequate frequency and duration.
""",
    "clinical/psychiatry-note-2026-09-30.txt": """
LEHIGH VALLEY NEUROMODULATION CENTER (FICTIONAL) - PSYCHIATRY EVALUATION               Date: 09/30/2026
Patient: Priya Vandermolen-Achebe   DOB 11/02/1988   Page 1 of 1
Major depressive disorder, recurrent, moderate (F33.1); current episode since 06/2025. PHQ-9 19. No suicidal ideation.
Current episode: escitalopram 20 mg daily 07/01/2025-08/26/2025, no response after 8 weeks. Bupropion XL 300 mg daily
04/10/2026-06/19/2026 (10 weeks), prescribed for depression, no response. Duloxetine 60 mg daily since 07/24/2026,
partial response, continued. Quetiapine 25 mg at bedtime for sleep 09/2025-03/2026.
Not counted here: bupropion SR 150 mg in 2019 was for smoking cessation (primary care), before this episode.
Plan: TMS, 36 sessions; continue duloxetine 60 mg. - Dr. Rosalind Ekwueme-Strand, MD
""",
    "clinical/therapist-summary-2026-09-28.txt": """
RIVERSIDE COUNSELING GROUP (FICTIONAL) - TREATMENT SUMMARY                              Date: 09/28/2026
Client: Priya Vandermolen-Achebe   Therapist: Marcus Delacroix-Ibe, LPC (FICTIONAL)
14 weekly sessions of cognitive behavioral therapy, 02/2026-05/2026. Some benefit (sleep routine, activity); PHQ-9
stayed above 15. No remission.
""",
    "clinical/primary-care-note-2019-03-14.txt": """
NORTHAMPTON FAMILY PRACTICE (FICTIONAL) - OFFICE VISIT                                  Date: 03/14/2019
Patient: Priya Vandermolen-Achebe   DOB 11/02/1988
Wants to quit smoking. Start bupropion SR 150 mg twice daily for smoking cessation, 8 weeks. Mood: no depressive
symptoms today.
""",
    "other/pharmacy-printout-2026.txt": """
VALLEYMART PHARMACY (FICTIONAL) - PRESCRIPTION HISTORY 2026 (printed 10/02/2026)
VANDERMOLEN-ACHEBE, PRIYA   bupropion XL 300 mg #30   04/10, 05/09, 06/08
VANDERMOLEN-ACHEBE, PRIYA   duloxetine 60 mg #30      07/24, 08/22, 09/21
VANDERMOLEN, ARJUN          bupropion SR 150 mg #60   03/02, 04/01   (household member on the same account)
""",
}

TRUTH = r'''
# 05 - Self-funded ERISA plan: TMS refused for "two trials", the first-level decision calling a 2026 depression trial of bupropion "smoking cessation"; second level by the patient (FICTIONAL)

All people, plans, employers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Priya Vandermolen-Achebe, 38, in a **self-funded ERISA** plan (3,100 employees), asked for **36 TMS sessions**
  (90867, 90868; F33.1), to start 01/04/2027. Denied 10/22/2026 (CO-50) under **BH-TMS-12 criterion 2** (three
  antidepressant trials, two classes, 6 weeks each, current episode).
- The **first-level decision of 11/24/2026** says only escitalopram and duloxetine are documented and that
  "Bupropion was prescribed for smoking cessation". The psychiatry note of 09/30/2026 records **bupropion XL 300 mg
  04/10-06/19/2026 (10 weeks), for depression, no response**; the smoking prescription was **bupropion SR 150 mg in
  2019** (primary care), years before this episode (onset 06/2025).
- Trials in the current episode: escitalopram 20 mg 8 weeks (SSRI, none); bupropion XL 300 mg 10 weeks (NDRI, none);
  duloxetine 60 mg since 07/24/2026 (SNRI, partial after 9 weeks, continued): three trials from three classes, each 6
  weeks or more. Criterion 3: 14 CBT sessions. Criterion 1: PHQ-9 19.
- **Rule and stage:** ERISA, 29 CFR 2560.503-1: the plan's **second level**, within 60 days of the 11/24/2026
  decision: **by 01/23/2027**; then external review under **29 CFR 2590.715-2719** (self-funded). Pre-service: a
  decision within 15 days per level where the plan has two (the letter need not state it). The first-level reviewer
  was a family physician (the decision says so).
- **Author:** the patient, who writes "I".

## Deliberately unknown
- Whether the second-level reviewer will be a psychiatrist: not known; a letter asks for a reviewer with the right
  training (ERISA (h)(3)(iii)).
- Why the reviewer read the 2019 note as the 2026 trial: not known.

## Traps
- **A decision's wrong statement:** "Bupropion was prescribed for smoking cessation" is true of 2019, false of the
  2026 trial; answer with the 09/30/2026 note and say the 2019 prescription was a different one.
- **Stale document:** the 2019 primary care note (smoking cessation, bupropion SR 150 mg) is not a trial and not in
  this episode.
- **Other person on a document:** the pharmacy printout's third line (Arjun Vandermolen, bupropion SR 150 mg, a
  household member) is not hers.
- **Drugs still taken:** duloxetine continues (partial response): an inadequate response, never "failed" or
  "stopped". **Sleep dose:** quetiapine 25 mg is not an augmentation trial.
- **Psychotherapy is not a drug trial:** CBT answers criterion 3, not criterion 2.
- **Session course:** TMS is judged by its sessions, not "six weeks".
- **Suicidality:** none; no urgency.
- **Stage:** a second-level appeal that quotes the 11/24 decision, not the first denial alone.
- **Voice:** "I", never "Ms. Vandermolen-Achebe has failed ...".

## Arguments a strong letter makes (strongest first)
1. The 11/24/2026 decision's reason is wrong on the record: bupropion XL 300 mg, 04/10-06/19/2026, was a 10-week trial
   **for depression** with no response (psychiatry note 09/30/2026); the smoking-cessation prescription was a
   different one in 2019. With it, criterion 2 is met: three trials, three classes, each 6 weeks or more, in the
   current episode.
2. Criteria 1 and 3 are met (PHQ-9 19; 14 CBT sessions): every criterion of BH-TMS-12 is met; approve the 36 sessions.
3. Ask for a reviewer trained in psychiatry (the first was a family physician) and for the documents relied on.
4. Name external review (29 CFR 2590.715-2719) as the next step if upheld.

## What a letter must NOT say
- "bupropion for smoking cessation" as her trial; "bupropion SR 150 mg" as the 2026 trial; "Arjun".
- "failed duloxetine", "stopped duloxetine"; quetiapine as an augmentation trial; CBT among the antidepressant trials.
- "six weeks of TMS"; "suicidal".
- "45 CFR 147.136" as the external-review rule for this self-funded plan (the DOL rule governs).
- "Ms. Vandermolen-Achebe has tried ..." in the third person (she signs).
'''

ANSWERS = [
    ("Plan type and funding", "plan_type: employer_erisa", "case.yaml"),
    ("Decision the second level answers", "FIRST-LEVEL APPEAL DECISION Date: 11/24/2026", "denial/first-level-appeal-decision-2026-11-24.txt"),
    ("Second-level deadline", "within 60 days of this letter (by 01/23/2027)", "denial/first-level-appeal-decision-2026-11-24.txt"),
    ("The decision's wrong statement", "Bupropion was prescribed for smoking cessation", "denial/first-level-appeal-decision-2026-11-24.txt"),
    ("The 2026 bupropion trial", "Bupropion XL 300 mg daily 04/10/2026-06/19/2026 (10 weeks), prescribed for depression, no response", "clinical/psychiatry-note-2026-09-30.txt"),
    ("What the smoking prescription was", "bupropion SR 150 mg twice daily for smoking cessation", "clinical/primary-care-note-2019-03-14.txt"),
    ("Criterion applied", "at least three antidepressant trials from at least two different classes", "other/medical-policy-bh-tms-12-excerpt.txt"),
    ("Episode onset", "current episode since 06/2025", "clinical/psychiatry-note-2026-09-30.txt"),
    ("First trial", "escitalopram 20 mg daily 07/01/2025-08/26/2025, no response after 8 weeks", "clinical/psychiatry-note-2026-09-30.txt"),
    ("Continuing antidepressant", "Duloxetine 60 mg daily since 07/24/2026, partial response, continued", "clinical/psychiatry-note-2026-09-30.txt"),
    ("Sleep dose", "Quetiapine 25 mg at bedtime for sleep", "clinical/psychiatry-note-2026-09-30.txt"),
    ("Psychotherapy", "14 weekly sessions of cognitive behavioral therapy", "clinical/therapist-summary-2026-09-28.txt"),
    ("Severity", "PHQ-9 19", "clinical/psychiatry-note-2026-09-30.txt"),
    ("First-level reviewer's specialty", "board-certified family physician", "denial/first-level-appeal-decision-2026-11-24.txt"),
    ("Another person on a document", "VANDERMOLEN, ARJUN", "other/pharmacy-printout-2026.txt"),
    ("Sessions requested", "TMS, 36 sessions", "denial/prior-authorization-denial-2026-10-22.txt"),
]
