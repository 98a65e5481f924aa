# FICTIONAL case data, letters set 43, case 06 (issue 18). Every person, plan, provider, number and address is invented.
SLUG = "06-insured-erisa-tms-only-ssris-said-duloxetine-from-rheumatology-second-level-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 43, case 06) - every person, plan, provider, number and address is invented.
# Insured employer group plan (ERISA), Nevada, 540 employees. Gideon Marsh-Talbot, 52, recurrent major depression
# with fibromyalgia. TMS (36 sessions) was denied under BH-TMS-7 criterion 2 (two classes) and upheld at the first
# level: "only SSRIs are documented (sertraline, escitalopram)". His rheumatologist had him on duloxetine (an SNRI)
# up to 120 mg for 14 weeks in this episode, with no mood response; escitalopram was a 2019 earlier episode's
# remission. The treating psychiatrist writes the second-level appeal with his written consent.
patient:
  name: Gideon Marsh-Talbot
  salutation: Mr. Marsh-Talbot
  date_of_birth: 1974-01-19
  member_id: FICT-SSH-662071934
  address: |-
    9025 Sun Mesa Court
    Las Vegas, NV 89134
  phone: (702) 555-0113
insurer:
  name: Silver Sage Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Silver Sage Health Insurance Company - Appeals, Second Level (FICTIONAL)
    PO Box 15502
    Reno, NV 89507
  fax: (775) 555-0162
claim:
  number: SSH-PA-26-0910-52230
  plan_type: employer_erisa
  funding: insured
  employees: 540
  notice_date: 2026-09-15
  stage: second level
  pending_services: 36
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2, M79.7]
  denial_reason: >-
    TMS is not medically necessary. Policy BH-TMS-7 criterion 2 requires failure of at least two antidepressant trials
    from two different classes in the current episode, each at an adequate dose for at least 6 weeks.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: Dr. Lyle Brandt, specialty: family medicine}
decisions:
  - date: 2026-10-29
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-28
    reason: >-
      The denial is upheld. Only SSRIs are documented (sertraline, escitalopram). Criterion 2 of BH-TMS-7 (two
      classes) is not met.
    corrections:
      - said: Only SSRIs are documented (sertraline, escitalopram).
        record: >-
          The rheumatology record shows duloxetine, an SNRI, 60 mg from 02/03/2025 and 120 mg from 03/03/2025, stopped
          05/12/2025 after 14 weeks with no change in his depression; escitalopram was taken in 2019, in an earlier
          episode that remitted, and is not a trial of this episode.
        file: clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt
        page: 2
prior_auth:
  requested_on: 2026-09-10
payer_criteria:
  - criterion: "1. Major depressive disorder, severe (PHQ-9 of 20 or more, or equivalent)."
    how_met: PHQ-9 22 on 11/16/2026; recurrent major depression, severe, without psychotic features.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
  - criterion: "2. Failure of at least two antidepressant trials from two different classes in the current episode, each at an adequate dose for at least 6 weeks."
    how_met: >-
      Duloxetine (SNRI) 120 mg, 14 weeks in 2025, no response; sertraline (SSRI) 150 mg since 06/2025, inadequate
      (partial) response and still taken; aripiprazole augmentation 8 weeks, no response. Episode began 01/2025.
    met: true
    evidence:
      - {file: clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt, page: 2}
      - {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
  - criterion: "3. A trial of evidence-based psychotherapy."
    how_met: Cognitive behavioral therapy, 20 sessions, 03/2025-08/2025, partial benefit.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
  - criterion: "4. No seizure disorder, no implanted metal in or near the head, no active psychosis."
    how_met: Checked at the TMS evaluation; none present.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
plan_policy:
  name: Silver Sage Medical Policy BH-TMS-7, Transcranial Magnetic Stimulation (revised 01/2026)
  number: BH-TMS-7
  quote: >-
    TMS is medically necessary when all of the following are met: 1. Major depressive disorder, severe (PHQ-9 of 20
    or more, or equivalent). 2. Failure of at least two antidepressant trials from two different classes in the
    current episode, each at an adequate dose for at least 6 weeks. 3. A trial of evidence-based psychotherapy.
    4. No seizure disorder, no implanted metal in or near the head, no active psychosis. Approval: up to 36 sessions.
  file: other/bh-tms-7-policy-2026.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A course of up to 36 TMS sessions for recurrent severe major depression after duloxetine and aripiprazole
    augmentation failed and sertraline gave only a partial response in the current episode.
  plan: >-
    36 sessions, 5 a week for 6 weeks then a taper of 6 over 3 weeks, left DLPFC; PHQ-9 weekly; sertraline and
    gabapentin continue; stop if PHQ-9 has not fallen by 20% after 20 sessions.
  alongside: sertraline 150 mg daily
clinical:
  severity: PHQ-9 22 on 11/16/2026; on reduced hours at work since 08/2026
  severity_date: 2026-11-16
  suicidality: passive
  suicidality_date: 2026-11-16
  episode_onset: 2025-01
  treating_since: 2025-06
  history:
    - drug: Duloxetine
      dose: 60 mg daily, then 120 mg daily from 03/03/2025
      start: 2025-02-03
      end: 2025-05-12
      weeks: 14
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      paid_outside: another plan
      outcome: Prescribed by his rheumatologist for fibromyalgia and depression; no change in depression after 14 weeks; stopped
      evidence: {file: clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt, page: 2}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to sertraline)
      start: 2026-01-05
      end: 2026-03-02
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 20 weekly sessions
      start: 2025-03
      end: 2025-08
      kind: psychotherapy
      sessions: 20
      adequate: true
      response: partial
      outcome: Partial benefit; completed
      evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2019-04
      end: 2019-12
      kind: antidepressant
      response: remission
      outcome: Earlier episode (2019), full remission; not a trial of the current episode
      evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep aid at a low dose; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
    - drug: Gabapentin
      dose: 300 mg three times daily for fibromyalgia
      start: 2025-05
      ongoing: true
      kind: other
      outcome: Taken for fibromyalgia pain; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
author:
  name: Dr. Farida Nasser-Lowell
  role: Treating psychiatrist (MD)
  relation: physician
  authorization: other/patient-consent-2026-11-18.txt
  address: |-
    Red Rock Psychiatry and TMS (FICTIONAL), 1800 Festival Plaza Drive, Suite 220
    Las Vegas, NV 89135
  phone: (702) 555-0123
  email: fnasser@redrockpsych.example
provider:
  name: Dr. Farida Nasser-Lowell
  credentials: MD, psychiatry
  npi: "1372508642"
  address: |-
    1800 Festival Plaza Drive, Suite 220
    Las Vegas, NV 89135
  phone: (702) 555-0123
peer_to_peer:
  availability: weekdays 12-1 pm Pacific
employer:
  name: Mojave Valley Builders Supply, Human Resources (FICTIONAL)
  address: |-
    600 Industrial Road
    Las Vegas, NV 89102
copies: [employer]
record_dates:
  - file: clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt
    date: 2025-05-12
    released: 2026-11-20
    submitted: false
  - file: clinical/psychiatry-note-2026-11-16.txt
    date: 2026-11-16
bates_prefix: MARSHTALBOT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/denial-letter-2026-09-15.txt": '''
SILVER SAGE HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION    Date: 09/15/2026
Member: Gideon Marsh-Talbot   ID FICT-SSH-662071934   Request SSH-PA-26-0910-52230 (received 09/10/2026)
Service: TMS, 36 sessions (90867, 90868)   Requesting physician: Farida Nasser-Lowell, MD
Decision: TMS is not medically necessary. Policy BH-TMS-7 criterion 2 requires failure of at least two
antidepressant trials from two different classes in the current episode, each at an adequate dose for at least 6
weeks. Reviewer: Dr. Lyle Brandt, MD, family medicine.
You may appeal within 180 days of receiving this notice.
''',
    "denial/first-level-appeal-decision-2026-10-29.txt": '''
SILVER SAGE HEALTH INSURANCE COMPANY (FICTIONAL) - FIRST-LEVEL APPEAL DECISION        Date: 10/29/2026
Member: Gideon Marsh-Talbot   ID FICT-SSH-662071934   Appeal A1-26-0930-7713
Decision: The denial is upheld. Only SSRIs are documented (sertraline, escitalopram). Criterion 2 of BH-TMS-7
(two classes) is not met.
Records reviewed: psychiatry notes 06/2025-09/2026; pharmacy claims 01/2025-09/2026 (sertraline; aripiprazole).
Second level: you may ask for a second-level appeal within 60 days of this decision. A different reviewer, a
board-certified psychiatrist, will decide it. Write to Appeals, Second Level, PO Box 15502, Reno, NV 89507, or fax
(775) 555-0162.
''',
    "clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt": '''
DESERT VIEW RHEUMATOLOGY (FICTIONAL) - OFFICE NOTES (released to Red Rock Psychiatry 11/20/2026)
Patient: Gideon Marsh-Talbot   DOB 01/19/1974   Page 1 of 2
02/03/2025: Fibromyalgia (M79.7); low mood since 01/2025, PHQ-9 19. Start duloxetine 60 mg daily for pain and mood.
Duloxetine was paid by his wife's plan at the time (Cascade Mutual, through 05/31/2025); he joined Silver Sage
06/01/2025.

Page 2 of 2
03/03/2025: pain a little better, mood unchanged, PHQ-9 19. Increase duloxetine to 120 mg daily.
05/12/2025: 14 weeks on duloxetine (10 weeks at 120 mg); mood no better, PHQ-9 20; nausea. Stop duloxetine.
Referred to psychiatry. Start gabapentin 300 mg three times daily for fibromyalgia.
[Fax misfile, same transmission: lab result for Ruth Ellery, DOB 07/02/1950 - not this patient.]
''',
    "clinical/psychiatry-note-2026-11-16.txt": '''
RED ROCK PSYCHIATRY AND TMS (FICTIONAL) - PSYCHIATRY NOTE AND TMS EVALUATION       Date: 11/16/2026
Patient: Gideon Marsh-Talbot   DOB 01/19/1974   Page 1 of 1   Psychiatrist: Farida Nasser-Lowell, MD (since 06/2025)
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); fibromyalgia (M79.7).
Current episode since 01/2025. PHQ-9 22. Passive wish to be dead, no plan or intent. Reduced hours at work since
08/2026.
This episode: duloxetine 60-120 mg 02/2025-05/2025 (rheumatology), 14 weeks, no response; sertraline 150 mg daily
since 06/2025, partial response, continued; aripiprazole 5 mg added 01/05/2026-03/02/2026, 8 weeks, no response,
stopped. CBT 20 sessions 03/2025-08/2025, partial benefit. Trazodone 50 mg at bedtime for sleep. Gabapentin 300 mg
three times daily for fibromyalgia.
Earlier episode: 2019, escitalopram 20 mg, full remission by 12/2019.
TMS screen: no seizures, no metal in or near the head, no psychosis.
Plan: TMS 36 sessions; continue sertraline and gabapentin.
''',
    "other/bh-tms-7-policy-2026.txt": '''
SILVER SAGE HEALTH INSURANCE COMPANY (FICTIONAL) - MEDICAL POLICY BH-TMS-7, revised 01/2026      Page 2 of 6
TMS is medically necessary when all of the following are met: 1. Major depressive disorder, severe (PHQ-9 of 20 or
more, or equivalent). 2. Failure of at least two antidepressant trials from two different classes in the current
episode, each at an adequate dose for at least 6 weeks. 3. A trial of evidence-based psychotherapy. 4. No seizure
disorder, no implanted metal in or near the head, no active psychosis. Approval: up to 36 sessions.
''',
    "other/bh-tms-7-policy-2024.txt": '''
SILVER SAGE HEALTH INSURANCE COMPANY (FICTIONAL) - MEDICAL POLICY BH-TMS-7, revised 01/2024      Page 2 of 6
2. Failure of at least four antidepressant trials from two or more classes.
[Superseded by the 01/2026 revision.]
''',
    "other/patient-consent-2026-11-18.txt": '''
AUTHORIZATION TO APPEAL ON MY BEHALF (FICTIONAL)                                 Signed 11/18/2026
I, Gideon Marsh-Talbot (ID FICT-SSH-662071934), authorize Dr. Farida Nasser-Lowell to appeal Silver Sage's denial
of TMS on my behalf and to send my records for it.
Signed: Gideon Marsh-Talbot
''',
}

TRUTH = r'''
# 06 - Insured employer plan: TMS denied "only SSRIs documented" although his rheumatologist gave duloxetine for 14 weeks; second-level appeal by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gideon Marsh-Talbot, 52 (DOB 01/19/1974), insured ERISA plan (Silver Sage; employer of 540), Nevada; recurrent
  major depression, severe (F33.2), current episode since **01/2025**; fibromyalgia (M79.7). PHQ-9 22 on 11/16/2026;
  passive wish to be dead, no plan.
- TMS, 36 sessions, requested 09/10/2026, denied **09/15/2026** (BH-TMS-7 criterion 2), upheld at the first level on
  **10/29/2026**: "Only SSRIs are documented (sertraline, escitalopram)".
- **Duloxetine (SNRI) 60 mg from 02/03/2025, 120 mg from 03/03/2025, stopped 05/12/2025: 14 weeks, no response** -
  prescribed by his rheumatologist and paid by his wife's former plan, so neither in the psychiatry notes the
  reviewer had nor in Silver Sage's claims (he joined 06/01/2025). The rheumatology notes were **released
  11/20/2026**, after the first-level decision; they were not before its reviewer.
- Current-episode trials: duloxetine (SNRI, failed) and sertraline (SSRI, 150 mg since 06/2025, partial, **still
  taken**) - two classes; plus aripiprazole augmentation 8 weeks, no response; CBT 20 sessions. Criteria 1, 3 and 4
  met too.
- **Rule and stage:** second-level internal appeal, pre-service; the decision's own window, **60 days: by
  12/28/2026**; 29 CFR 2560.503-1 (pre-service decisions within 30 days in all; a second level may not be decided
  by the first reviewer, (h)(3)(ii)); insured, so state external review after the final internal denial (45 CFR
  147.136(c)). Parity applies (540 employees).
- **Author:** treating psychiatrist, "I", with his written consent (11/18/2026).

## Deliberately unknown
- Whether the second-level reviewer will be a psychiatrist: the decision says so; the letter may ask, not assert.
- Whether duloxetine's 120 mg was a "pain dose" in the plan's eyes: the policy sets no class-specific dose; 120 mg
  is the top of the labelled range.
- No date for TMS to start: none is scheduled.

## Traps
- **Earlier-episode response:** escitalopram 2019 remitted; it is neither a current-episode trial nor a failure. The
  first-level decision counted it.
- **Drug from another specialty, paid by another plan:** duloxetine counts as an antidepressant trial; a letter must
  say why the plan's claims do not show it.
- **Released, not dated after:** the rheumatology notes are dated 2025, released 11/20/2026.
- **Drug still taken:** sertraline continues (inadequate response), never "failed" or "stopped".
- **Sleep dose / other class:** trazodone 50 mg is a sleep dose; gabapentin is for fibromyalgia; neither is an
  antidepressant trial. Aripiprazole is augmentation, not a second class of antidepressant.
- **Other person:** the fax misfile (Ruth Ellery's lab result).
- **Stale policy:** BH-TMS-7 revised 01/2024 (four trials) is superseded; the 01/2026 criteria govern.
- **Stage:** second level, answering the 10/29/2026 decision; never "first appeal".
- **Wrong law:** no 29 CFR 2590.715-2719 as the route (insured: the state's), no Medicare/Medicaid rules.
- **Voice:** the psychiatrist writes "I" about "Mr. Marsh-Talbot".

## Arguments a strong letter makes (strongest first)
1. The decision's statement is wrong: the record shows duloxetine, an SNRI, 14 weeks at up to 120 mg in this
   episode (rheumatology notes, released 11/20/2026, never before the reviewer), with no response; with sertraline
   (SSRI), that is two classes. Criterion 2 is met.
2. Every other BH-TMS-7 criterion is met, each with its record; approve the 36 sessions the policy allows.
3. Escitalopram (2019) was an earlier episode's remission and was wrongly counted; ask the second-level psychiatrist
   reviewer to weigh the new records; peer-to-peer offered.

## What a letter must NOT say
- "failed escitalopram", escitalopram as a trial of this episode; "only SSRIs".
- "failed sertraline", "stopped sertraline"; trazodone or gabapentin as an antidepressant trial; aripiprazole as an
  antidepressant class.
- "four antidepressant trials" as the policy's requirement.
- "Ruth Ellery".
- "first-level appeal" for this letter; "active suicidal ideation".
- "Medicare", "Medicaid", "29 CFR 2590.715-2719" as his external review route.
'''

ANSWERS = [
    ("decision's words", "Only SSRIs are documented (sertraline, escitalopram).", "denial/first-level-appeal-decision-2026-10-29.txt"),
    ("second-level window", "within 60 days of this decision", "denial/first-level-appeal-decision-2026-10-29.txt"),
    ("deadline", "by 12/28/2026", "truth"),
    ("duloxetine start", "Start duloxetine 60 mg daily for pain and mood", "clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt"),
    ("duloxetine dose raised", "Increase duloxetine to 120 mg daily", "clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt"),
    ("duloxetine outcome", "14 weeks on duloxetine (10 weeks at 120 mg); mood no better", "clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt"),
    ("paid by other plan", "paid by his wife's plan at the time", "clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt"),
    ("released", "released to Red Rock Psychiatry 11/20/2026", "clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt"),
    ("other person", "Ruth Ellery", "clinical/rheumatology-notes-2025-02-03-to-2025-05-12.txt"),
    ("earlier episode", "2019, escitalopram 20 mg, full remission", "clinical/psychiatry-note-2026-11-16.txt"),
    ("still taken", "sertraline 150 mg daily since 06/2025, partial response, continued", "clinical/psychiatry-note-2026-11-16.txt"),
    ("augmentation", "aripiprazole 5 mg added 01/05/2026-03/02/2026, 8 weeks, no response", "clinical/psychiatry-note-2026-11-16.txt"),
    ("severity", "PHQ-9 22", "clinical/psychiatry-note-2026-11-16.txt"),
    ("criterion 2", "two antidepressant trials from two different classes in the current episode", "other/bh-tms-7-policy-2026.txt"),
    ("stale policy", "Superseded by the 01/2026 revision.", "other/bh-tms-7-policy-2024.txt"),
    ("consent", "authorize Dr. Farida Nasser-Lowell to appeal", "other/patient-consent-2026-11-18.txt"),
]
