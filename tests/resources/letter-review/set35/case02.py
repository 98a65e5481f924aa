"""Set 35, case 02 (FICTIONAL): Medicaid managed care, TMS denied under a 2025 handbook exclusion the 2026 terms replaced; state fair hearing."""

SLUG = "02-medicaid-mco-tms-2025-exclusion-superseded-by-2026-handbook-fair-hearing-psychiatrist"

CASE_YAML = """
# FICTIONAL CASE (set 35, case 02) - every person, plan, provider, number and address is invented.
# Nebraska Medicaid managed care (FICTIONAL plan). Tomasz Brenneke, 44, asked (through his psychiatrist) for prior
# authorization of 36 TMS sessions on 09/22/2026. The plan denied it on 09/29/2026 under its 2025 Member Handbook
# exclusion 6.4(r) and upheld that on 11/13/2026 ("not a covered service under Nebraska Medicaid or this plan";
# medical necessity not reviewed). The 2026-2027 handbook (from 07/01/2026) covers TMS with prior authorization, and
# the state's bulletin 26-14 adds TMS to the state plan from 07/01/2026. His treating psychiatrist asks for a state
# fair hearing with his written authorization.
patient:
  name: Tomasz Brenneke
  salutation: Mr. Brenneke
  date_of_birth: 1982-06-03
  member_id: FICT-NE-77120458
  address: |-
    2231 Vine Street
    Lincoln, NE 68503
  phone: (402) 555-0118
insurer:
  name: Platte Valley Community Health Plan (FICTIONAL), Nebraska Medicaid managed care
  appeals_address: |-
    Platte Valley Community Health Plan - Appeals (FICTIONAL)
    PO Box 81544
    Lincoln, NE 68501
  fax: (402) 555-0163
claim:
  number: PV-PA-26-0922-11873
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-09-29
  procedure_codes: [90867, 90868, 90869]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Transcranial magnetic stimulation (TMS) is not a covered benefit. Member Handbook Section 6.4(r) lists TMS among
    the services the plan does not cover.
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
plan_policy:
  name: Platte Valley Community Health Plan Member Handbook 2025, Section 6.4(r)
  number: Section 6.4(r)
  quote: >-
    Services we do not cover. The plan does not cover: ... (r) transcranial magnetic stimulation (TMS).
  file: other/member-handbook-2025-section-6-4-excerpt.txt
  exclusion:
    name: Member Handbook 2025, Section 6.4(r)
    superseded:
      by: the 2026-2027 Member Handbook, Section 7.3
      from: 2026-07-01
      quote: >-
        Transcranial magnetic stimulation (TMS) for major depressive disorder in members 18 and older is covered with
        prior authorization when the member meets the plan's TMS criteria (Policy BH-TMS-NE-1).
      file: other/member-handbook-2026-2027-section-7-3-excerpt.txt
      state_plan:
        name: Nebraska Medicaid Provider Bulletin 26-14
        file: other/state-medicaid-provider-bulletin-26-14.txt
payer_criteria:
  - criterion: "1. Age 18 or older with major depressive disorder, severe, without psychotic features."
    how_met: Age 44; major depressive disorder, recurrent, severe without psychotic features (F33.2).
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
  - criterion: >-
      2. Inadequate response to at least two antidepressant trials of adequate dose and duration (6 weeks or more)
      in the current episode, or intolerance of them.
    how_met: >-
      Sertraline 200 mg for 12 weeks with no response; mirtazapine 45 mg since 03/2026 with a partial response,
      continued; venlafaxine XR stopped after 3 weeks for a blood pressure rise (intolerance).
    met: true
    evidence: {file: clinical/medication-and-therapy-history-2026-09-18.txt, page: 1}
  - criterion: "3. A trial of evidence-based psychotherapy."
    how_met: 16 sessions of cognitive behavioral therapy, 01/2026-05/2026, partial response.
    met: true
    evidence: {file: clinical/medication-and-therapy-history-2026-09-18.txt, page: 1}
  - criterion: "4. No contraindication to TMS (metal in or near the head, a seizure disorder)."
    how_met: Screened 09/18/2026 - no implanted metal, no seizure history.
    met: true
    evidence: {file: clinical/medication-and-therapy-history-2026-09-18.txt, page: 1}
prior_auth:
  requested_on: 2026-09-22
decisions:
  - date: 2026-11-13
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-03-13
    reason: >-
      The exclusion in Member Handbook Section 6.4(r) applies. TMS is not a covered service under Nebraska Medicaid
      or this plan. Medical necessity was not reviewed.
    corrections:
      - said: TMS is not a covered service under Nebraska Medicaid or this plan.
        record: >-
          Nebraska Medicaid Provider Bulletin 26-14 says the Medicaid state plan covers TMS for adults with major
          depressive disorder, with prior authorization, from 07/01/2026, and the plan's 2026-2027 Member Handbook
          Section 7.3 covers it from the same date.
        file: other/state-medicaid-provider-bulletin-26-14.txt
        page: 1
external_review:
  agency: Nebraska Department of Health and Human Services, Medicaid Fair Hearings (FICTIONAL office)
  address: |-
    Medicaid Fair Hearings (FICTIONAL)
    PO Box 95026
    Lincoln, NE 68509
  final_denial_date: 2026-11-13
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868, 90869)
  summary: >-
    A course of TMS for severe recurrent major depression: in the current episode sertraline gave no response in 12
    weeks, mirtazapine (continued) only a partial response, venlafaxine XR and aripiprazole were not tolerated, and 16
    sessions of CBT helped only in part.
  plan: >-
    36 sessions over about 9 weeks: motor threshold mapping (90867), 30 daily treatment sessions over 6 weeks
    (90868), then 6 taper sessions, with re-mapping when needed (90869); PHQ-9 weekly; stop if there is no response
    by session 20. Mirtazapine continues.
  alongside: mirtazapine 45 mg at bedtime
  setting: Salt Creek Psychiatry TMS suite, Lincoln
clinical:
  severity: PHQ-9 19 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  episode_onset: 2025-10
  treating_since: 2025-11
  exclusions: No implanted metal in or near the head, no seizure history, no psychosis, no active substance use.
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-11
      end: 2026-02
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 200 mg; stopped
      evidence: {file: clinical/medication-and-therapy-history-2026-09-18.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg, raised to 150 mg daily
      start: 2026-02
      end: 2026-03
      weeks: 3
      kind: antidepressant
      adequate: false
      failed: false
      outcome: Stopped after 3 weeks for a blood pressure rise to 152/98 (intolerance, not an adequate trial)
      evidence: {file: clinical/medication-and-therapy-history-2026-09-18.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg at bedtime
      start: 2026-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/medication-and-therapy-history-2026-09-18.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to mirtazapine)
      start: 2026-05
      end: 2026-06
      weeks: 5
      kind: augmentation
      adequate: false
      failed: false
      outcome: Stopped after 5 weeks for akathisia (intolerance)
      evidence: {file: clinical/medication-and-therapy-history-2026-09-18.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-06
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/medication-and-therapy-history-2026-09-18.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2026-01
      end: 2026-05
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: partial
      outcome: Partial response after 16 sessions
      evidence: {file: clinical/medication-and-therapy-history-2026-09-18.txt, page: 1}
    - drug: Citalopram
      dose: 20 mg daily
      start: 2015-03
      end: 2016-01
      kind: antidepressant
      response: remission
      failed: false
      outcome: Earlier episode (2015) - remission; tapered while well
      evidence: {file: clinical/medication-and-therapy-history-2026-09-18.txt, page: 1}
impact:
  work: On unpaid medical leave from his job as a warehouse shift lead since 04/2026.
author:
  name: Ifeoma Castellane-Rudd, MD
  role: treating psychiatrist
  relation: physician
  authorization: other/member-authorization-2026-11-16.txt
  address: |-
    Salt Creek Psychiatry (FICTIONAL), 1410 South 27th Street
    Lincoln, NE 68502
  phone: (402) 555-0171
  email: dr.castellane-rudd@saltcreekpsych.example
provider:
  name: Ifeoma Castellane-Rudd, MD
  credentials: MD, board-certified psychiatrist
  npi: "1729308464"
  address: |-
    Salt Creek Psychiatry (FICTIONAL), 1410 South 27th Street
    Lincoln, NE 68502
  phone: (402) 555-0171
record_dates:
  - file: clinical/medication-and-therapy-history-2026-09-18.txt
    date: 2026-09-18
  - file: clinical/psychiatric-evaluation-2026-11-10.txt
    date: 2026-11-10
template: external-review-request
bates_prefix: BRENNEKE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/notice-of-adverse-benefit-determination-2026-09-29.txt": """
PLATTE VALLEY COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION        Date: 09/29/2026
Member: Tomasz Brenneke   DOB 06/03/1982   Medicaid ID FICT-NE-77120458
Request: prior authorization PV-PA-26-0922-11873, received 09/22/2026, from Ifeoma Castellane-Rudd, MD
Service: transcranial magnetic stimulation (TMS), 90867, 90868, 90869, 36 sessions
Decision: denied. Transcranial magnetic stimulation (TMS) is not a covered benefit. Member Handbook Section 6.4(r)
lists TMS among the services the plan does not cover.
You may appeal to the plan within 60 days of the date of this notice. Write to Appeals, PO Box 81544, Lincoln, NE
68501, or fax (402) 555-0163.
""",
"denial/notice-of-appeal-resolution-2026-11-13.txt": """
PLATTE VALLEY COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION                     Date: 11/13/2026
Member: Tomasz Brenneke   Medicaid ID FICT-NE-77120458   Appeal AP-26-1006-2291 (filed 10/06/2026)
Request: prior authorization PV-PA-26-0922-11873, TMS, 36 sessions
Decision: the denial is upheld. The exclusion in Member Handbook Section 6.4(r) applies. TMS is not a covered
service under Nebraska Medicaid or this plan. Medical necessity was not reviewed.
Your right to a state fair hearing: you may ask for a state fair hearing within 120 calendar days of the date of
this notice, by 03/13/2027. Write to Medicaid Fair Hearings, PO Box 95026, Lincoln, NE 68509 (FICTIONAL address).
""",
"other/member-handbook-2025-section-6-4-excerpt.txt": """
PLATTE VALLEY COMMUNITY HEALTH PLAN (FICTIONAL) - MEMBER HANDBOOK 2025 (excerpt)                  Page 41 of 96
Effective 01/01/2025 through 06/30/2026
Section 6.4 Services we do not cover. The plan does not cover: ... (q) cosmetic surgery; (r) transcranial magnetic
stimulation (TMS); (s) ...
""",
"other/member-handbook-2026-2027-section-7-3-excerpt.txt": """
PLATTE VALLEY COMMUNITY HEALTH PLAN (FICTIONAL) - MEMBER HANDBOOK 2026-2027 (excerpt)             Page 38 of 102
Effective 07/01/2026. This handbook replaces the 2025 Member Handbook.
Section 7.3 Behavioral health services covered with prior authorization
Transcranial magnetic stimulation (TMS) for major depressive disorder in members 18 and older is covered with prior
authorization when the member meets the plan's TMS criteria (Policy BH-TMS-NE-1).
Policy BH-TMS-NE-1 criteria: 1. Age 18 or older with major depressive disorder, severe, without psychotic features.
2. Inadequate response to at least two antidepressant trials of adequate dose and duration (6 weeks or more) in the
current episode, or intolerance of them. 3. A trial of evidence-based psychotherapy. 4. No contraindication to TMS
(metal in or near the head, a seizure disorder). Approval: up to 36 sessions.
Section 6.4, Services we do not cover, no longer lists TMS.
""",
"other/state-medicaid-provider-bulletin-26-14.txt": """
NEBRASKA MEDICAID PROVIDER BULLETIN 26-14 (FICTIONAL bulletin for this test set)                  Date: 05/15/2026
Page 1 of 1
Subject: Coverage of transcranial magnetic stimulation
Effective July 1, 2026, the Medicaid state plan covers transcranial magnetic stimulation (90867, 90868, 90869) for
adults with major depressive disorder, with prior authorization, in fee-for-service and through every Medicaid
managed care plan. Managed care plans must update member materials by July 1, 2026.
""",
"other/member-authorization-2026-11-16.txt": """
AUTHORIZED REPRESENTATIVE FOR MEDICAID APPEALS AND FAIR HEARINGS (state form, FICTIONAL copy)     Date: 11/16/2026
Page 1 of 1
I, Tomasz Brenneke (Medicaid ID FICT-NE-77120458), name Ifeoma Castellane-Rudd, MD, Salt Creek Psychiatry, as my
authorized representative to ask for and pursue a state fair hearing about my request for TMS, and to receive my
records and notices for it.
Signed: Tomasz Brenneke   11/16/2026
""",
"other/pa-fax-batch-log-2026-09-22.txt": """
SALT CREEK PSYCHIATRY (FICTIONAL) - OUTGOING FAX LOG                                               Date: 09/22/2026
Page 1 of 1
14:02  to Platte Valley UM (402) 555-0164   9 pages   OK   PA request TMS - BRENNEKE, T.
14:19  to Platte Valley UM (402) 555-0164   6 pages   OK   PA request Spravato - OSTRANDER, G.
""",
"clinical/medication-and-therapy-history-2026-09-18.txt": """
SALT CREEK PSYCHIATRY (FICTIONAL) - TMS REFERRAL: TREATMENT HISTORY                               Date: 09/18/2026
Patient: Tomasz Brenneke   DOB 06/03/1982   Page 1 of 1
Current episode began 10/2025; in my care since 11/2025.
- Sertraline 200 mg daily, 11/2025-02/2026, 12 weeks, no response; stopped.
- Venlafaxine XR 75 mg, raised to 150 mg, 02/2026-03/2026, stopped after 3 weeks for blood pressure 152/98.
- Mirtazapine 45 mg at bedtime since 03/2026: partial response; continues.
- Aripiprazole 5 mg added 05/2026, stopped 06/2026 after 5 weeks for akathisia.
- Hydroxyzine 25 mg at bedtime for sleep since 06/2026.
- CBT, 16 weekly sessions 01/2026-05/2026, partial response.
Earlier episode 2015: citalopram 20 mg, remission; tapered 01/2016 while well.
TMS screening 09/18/2026: no implanted metal, no seizure history, no psychosis, no substance use.
""",
"clinical/psychiatric-evaluation-2026-11-10.txt": """
SALT CREEK PSYCHIATRY (FICTIONAL) - PSYCHIATRIC FOLLOW-UP                                           Date: 11/10/2026
Patient: Tomasz Brenneke   DOB 06/03/1982   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
PHQ-9 19. Denies suicidal ideation. Sleeping 4-5 hours; off work since 04/2026.
Plan: TMS, 36 sessions (90867 mapping, 90868 daily treatment, 90869 re-mapping as needed), as soon as it is
approved; mirtazapine 45 mg continues.
""",
}

TRUTH = """
# 02 - Medicaid managed care: TMS denied under a 2025 handbook exclusion that the 2026-2027 handbook and the state plan replaced; state fair hearing asked by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers, agency offices and addresses are invented (FICTIONAL).

## What is true
- Tomasz Brenneke, 44 (DOB 06/03/1982), a Nebraska Medicaid member in **Platte Valley Community Health Plan**
  (managed care). His psychiatrist asked for prior authorization of **36 TMS sessions** (90867, 90868, 90869; F33.2) on
  **09/22/2026** (PV-PA-26-0922-11873).
- Notice of **09/29/2026**: denied as not covered, **Member Handbook 2025 Section 6.4(r)**, which names TMS. Plan appeal
  filed 10/06/2026; **notice of appeal resolution 11/13/2026** upheld it: "not a covered service under Nebraska Medicaid
  or this plan. Medical necessity was not reviewed."
- The 2025 handbook ran **through 06/30/2026**. The **2026-2027 Member Handbook, effective 07/01/2026, Section 7.3**
  covers TMS with prior authorization under Policy BH-TMS-NE-1 and no longer lists it in 6.4. **Provider Bulletin
  26-14 (05/15/2026)**: the Medicaid state plan covers TMS for adults with MDD from **07/01/2026**. Both notices came
  after that date, so the 2025 exclusion was not the term in force for this request.
- **Rule:** a managed care plan must furnish services no less in amount, duration and scope than fee-for-service
  Medicaid (42 CFR 438.210(a)(2)); state fair hearing within **120 calendar days** of the notice of resolution (42 CFR
  438.408(f)(2)): **by 03/13/2027**.
- BH-TMS-NE-1's four criteria are met: age 44, F33.2; **sertraline 200 mg 12 weeks, no response** and **mirtazapine 45 mg
  since 03/2026, partial (continuing)**; venlafaxine XR stopped after 3 weeks (BP 152/98) and aripiprazole after 5 weeks
  (akathisia) - intolerances; **CBT 16 sessions**; no contraindication. PHQ-9 19 on 11/10/2026; no suicidal ideation.
- **Author:** his treating psychiatrist, Dr. Castellane-Rudd, with his signed authorized-representative form; she writes
  "I" as the treating psychiatrist and about "Mr. Brenneke".

{ANSWERS}

## Deliberately unknown
- Whether the plan had updated its systems for the 2026-2027 handbook: not known; a letter may ask.
- Whether the 11/10/2026 evaluation was sent to the plan before 11/13/2026: not known; a letter must not say it was.
- The hearing office's schedule and decision time: not in the case.

## Traps
- **Plan document and date, not a denial of what the exclusion says.** 6.4(r) names TMS; a letter must never say the
  exclusion "does not apply to" or "does not reach" TMS - only that it is not the term in force after 06/30/2026.
- **A decision's stated fact the record contradicts:** "not a covered service under Nebraska Medicaid" against Bulletin
  26-14.
- **Medical necessity not reviewed:** the criteria are met and can be shown, but the notices never judged them.
- **Stale document:** the 2025 handbook excerpt itself.
- **Other person on a document:** the fax log's second line (G. Ostrander, a Spravato request) is another patient.
- **Drugs:** mirtazapine continues (never "failed"/"stopped"); hydroxyzine is a sleep dose; venlafaxine and aripiprazole
  are intolerances, not adequate trials; citalopram 2015 was an **earlier episode's remission**. CBT is psychotherapy,
  counted as criterion 3, not as an antidepressant trial.
- **Adult, new request:** no EPSDT (he is 44); no continued benefits under 42 CFR 438.420 (nothing was authorized);
  no plan appeal left (done).
- **Wrong law:** no ERISA, no 45 CFR 147.136 or external review, no state insurance department; MHPAEA citations for a
  commercial plan do not govern (Medicaid managed care parity is 42 CFR 438.910, not needed here).
- **Voice:** the psychiatrist writes as the treating physician; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. The exclusion applied comes from the 2025 handbook, which governed only through 06/30/2026; the 2026-2027 Member
   Handbook Section 7.3 (effective 07/01/2026) covers TMS with prior authorization, and both notices are dated after
   that day. The request must be decided under Section 7.3 and Policy BH-TMS-NE-1.
2. The state plan covers TMS from 07/01/2026 (Bulletin 26-14), so the plan must cover it no less than fee-for-service
   Medicaid does (42 CFR 438.210(a)(2)); the resolution's statement that Nebraska Medicaid does not cover it is wrong.
3. On the merits, each BH-TMS-NE-1 criterion is met, with the records; the hearing should order the 36 sessions
   approved.
4. The request is timely (120 days from 11/13/2026: by 03/13/2027).

## What a letter must NOT say
- "the exclusion does not apply to TMS", "6.4(r) does not mention TMS", "TMS is not excluded by the 2025 handbook".
- "EPSDT", "under 21"; "continue benefits during the appeal", "438.420"; "external review"; "ERISA".
- "failed mirtazapine", "stopped mirtazapine"; hydroxyzine or citalopram as a failed trial; venlafaxine or aripiprazole
  as an adequate failed trial; "suicidal".
- "Ostrander"; "Spravato" as this request.
- that the 11/10/2026 evaluation was before the plan when it decided.
"""

ANSWERS = [
    ("plan type", "plan_type: medicaid", "case.yaml"),
    ("delivery", "delivery: managed_care", "case.yaml"),
    ("exclusion applied", "Member Handbook Section 6.4(r)", "denial/notice-of-adverse-benefit-determination-2026-09-29.txt"),
    ("date the prior authorization was asked for", "received 09/22/2026", "denial/notice-of-adverse-benefit-determination-2026-09-29.txt"),
    ("date of the notice of resolution", "Date: 11/13/2026", "denial/notice-of-appeal-resolution-2026-11-13.txt"),
    ("fair hearing deadline", "by 03/13/2027", "denial/notice-of-appeal-resolution-2026-11-13.txt"),
    ("what the resolution says of medical necessity", "Medical necessity was not reviewed", "denial/notice-of-appeal-resolution-2026-11-13.txt"),
    ("last day the 2025 handbook governed", "through 06/30/2026", "other/member-handbook-2025-section-6-4-excerpt.txt"),
    ("date the new handbook governs from", "Effective 07/01/2026", "other/member-handbook-2026-2027-section-7-3-excerpt.txt"),
    ("section that covers TMS now", "Section 7.3", "other/member-handbook-2026-2027-section-7-3-excerpt.txt"),
    ("state bulletin", "Provider Bulletin 26-14", "other/state-medicaid-provider-bulletin-26-14.txt"),
    ("sessions asked for", "TMS, 36 sessions", "clinical/psychiatric-evaluation-2026-11-10.txt"),
    ("sertraline trial", "Sertraline 200 mg daily, 11/2025-02/2026, 12 weeks, no response", "clinical/medication-and-therapy-history-2026-09-18.txt"),
    ("why venlafaxine stopped", "blood pressure 152/98", "clinical/medication-and-therapy-history-2026-09-18.txt"),
    ("earlier episode's response", "citalopram 20 mg, remission", "clinical/medication-and-therapy-history-2026-09-18.txt"),
    ("author", "relation: physician", "case.yaml"),
]
