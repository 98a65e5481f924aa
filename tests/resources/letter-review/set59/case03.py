"""FICTIONAL case 03, set 59: Medicare Advantage HMO (CT), bipolar depression, acute ECT, pre-service reconsideration."""

SLUG = "03-medicare-advantage-ct-bipolar-depression-ect-no-antidepressant-trials-said-reconsideration-psychiatrist"

CASE_YAML = r"""
# FICTIONAL CASE (set 59, case 03) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Connecticut. Gerald Thaddeus Whitlow, 71, has bipolar I disorder, currently depressed,
# after a hospitalization in October 2026. The plan denied an acute ECT course under its internal criteria: "no
# antidepressant trials". His treating psychiatrist asks for a standard pre-service reconsideration.
patient:
  name: Gerald Thaddeus Whitlow
  salutation: Mr. Whitlow
  date_of_birth: 1955-09-14
  member_id: FICT-HLM-77310528
  address: |-
    19 Quarry Hill Road
    Middletown, CT 06457
  phone: (860) 555-0117
insurer:
  name: Harborlight Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Harborlight Health - Medicare Appeals Unit (FICTIONAL)
    PO Box 4410
    Hartford, CT 06146
  fax: (860) 555-0169
claim:
  number: HLM-OD-26-1120-5518
  plan_type: medicare_advantage
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of Denial of Medical Coverage of 11/20/2026: "You must ask for a reconsideration within 65 days from the
    date of this notice."
  setting: outpatient
  pending_services: 12 treatments
  procedure_codes: [90870]
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Harborlight internal coverage criteria MA-ECT-2 are not met. Criterion 2 requires failure of at least two
    antidepressant trials of adequate dose and duration in the current episode. The records document no
    antidepressant trials in the current episode. The request for ECT is denied.
  denial_category: medical_necessity
  reviewer:
    name: Dr. Keith Marlow (FICTIONAL)
    specialty: internal medicine
  action: none
  corrections:
    - said: The records document no antidepressant trials in the current episode.
      leaves_out: true
      record: >-
        True as far as it goes: antidepressants are not given to him because sertraline caused a hypomanic switch in
        2018, the documented reason criterion 2 itself accepts; in this episode he has had quetiapine 300 mg (no
        response) and lurasidone (stopped for akathisia), and lamotrigine 200 mg continues with a partial response.
      file: clinical/river-bend-psychiatry-notes-2025-2026.txt
      page: 1
plan_policy:
  name: Harborlight Health Internal Coverage Criteria MA-ECT-2, Electroconvulsive Therapy (Medicare Advantage, 2026)
  number: MA-ECT-2
  quote: >-
    Acute ECT is covered when 1, 4 and 5 are met and either 2 or 3: 1. A major depressive episode, unipolar or
    bipolar, of severe degree. 2. Failure of at least two antidepressant trials of adequate dose and duration in the
    current episode, or a documented reason antidepressants cannot be given. 3. A good response to ECT in an
    earlier episode, in which case ECT may start without criterion 2. 4. A medical evaluation and anesthesia
    clearance within 30 days before the first treatment. 5. Informed consent.
  file: other/ma-ect-2-internal-criteria-2026.txt
payer_criteria:
  - criterion: "1. A major depressive episode, unipolar or bipolar, of severe degree"
    how_met: Bipolar I disorder, current episode depressed, severe (F31.4); MADRS 36 on 11/12/2026
    met: true
    evidence: {file: clinical/river-bend-psychiatry-notes-2025-2026.txt, page: 2}
  - criterion: "2. Failure of at least two antidepressant trials of adequate dose and duration in the current episode, or a documented reason antidepressants cannot be given"
    how_met: Documented reason - sertraline 100 mg caused a hypomanic switch in 2018; antidepressants are avoided in his bipolar disorder
    met: true
    evidence: {file: clinical/river-bend-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: "3. A good response to ECT in an earlier episode, in which case ECT may start without criterion 2"
    how_met: 10 ECT treatments 03/2019-04/2019 brought remission of a bipolar depressive episode (MADRS 38 to 8)
    met: true
    instead_of: 2
    evidence: {file: clinical/st-brendan-ect-summary-2019-04-26.txt, page: 1}
  - criterion: "4. A medical evaluation and anesthesia clearance within 30 days before the first treatment"
    how_met: Internist's evaluation 11/05/2026 and anesthesia consult 11/11/2026; first treatment planned 12/01/2026 or later
    met: true
    evidence: {file: clinical/pre-ect-medical-and-anesthesia-clearance-2026-11.txt, page: 1}
  - criterion: "5. Informed consent"
    how_met: Consent signed by Mr. Whitlow 11/12/2026 after discussion with his psychiatrist and his wife present
    met: true
    evidence: {file: clinical/river-bend-psychiatry-notes-2025-2026.txt, page: 2}
treatment:
  name: Acute course of electroconvulsive therapy (ECT), up to 12 treatments, three a week
  summary: >-
    Acute ECT for a severe bipolar depressive episode after a hospitalization for suicidal thinking, with no
    response to quetiapine, akathisia on lurasidone, a partial response to lamotrigine, and remission with ECT in
    2019.
  plan: >-
    Right unilateral ultrabrief ECT three times a week at St. Brendan Hospital's ECT service, up to 12 treatments;
    MADRS and a cognitive screen (MoCA) weekly; stop at remission (MADRS 10 or less) or after 12 treatments, or
    earlier for cognitive side effects; lamotrigine 200 mg continued.
  alongside: lamotrigine 200 mg daily
clinical:
  severity: MADRS 36 on 11/12/2026
  severity_date: 2026-11-12
  suicidality: passive
  suicidality_date: 2026-11-12
  episode_onset: 2025-01
  treating_since: 2017-06
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2018-02
      end: 2018-04
      kind: antidepressant
      weeks: 7
      adequate: false
      outcome: Hypomanic switch after 7 weeks (earlier episode); stopped; antidepressants avoided since
      evidence: {file: clinical/river-bend-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Electroconvulsive therapy (earlier episode)
      start: 2019-03
      end: 2019-04
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Remission of the 2019 depressive episode (MADRS 38 to 8); earlier episode
      evidence: {file: clinical/st-brendan-ect-summary-2019-04-26.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily (level 0.5)
      start: 2019-05
      end: 2024-03
      kind: other
      outcome: Maintenance after the 2019 ECT; stopped 03/2024 when kidney function fell (eGFR 41); not a trial in this episode
      evidence: {file: clinical/river-bend-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2024-03
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: Partial response; continued with the ECT
      evidence: {file: clinical/river-bend-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Quetiapine
      dose: 300 mg at bedtime
      start: 2025-02
      end: 2025-06
      kind: other
      weeks: 16
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks at 300 mg; weight gain of 9 kg; stopped
      evidence: {file: clinical/river-bend-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Lurasidone
      dose: 60 mg daily
      start: 2025-07
      end: 2025-08
      kind: other
      weeks: 5
      adequate: false
      outcome: Stopped after 5 weeks for akathisia; not an adequate trial
      evidence: {file: clinical/river-bend-psychiatry-notes-2025-2026.txt, page: 1}
impact:
  hospitalizations: Admitted to St. Brendan Hospital's psychiatric unit 10/06/2026-10/21/2026 for suicidal thinking with a plan.
  daily_life: Stays in bed most of the day; stopped driving and stopped caring for his grandchildren after school.
author:
  name: Dr. Priya Raman-Holt
  role: Treating psychiatrist (MD)
  relation: physician
  address: |-
    River Bend Psychiatry (FICTIONAL), 250 Court Street, Suite 5
    Middletown, CT 06457
  phone: (860) 555-0123
  email: rramanholt@riverbend-psych.example
provider:
  name: Dr. Priya Raman-Holt
  credentials: MD, board-certified psychiatrist
  npi: "1293847566"
  address: |-
    250 Court Street, Suite 5
    Middletown, CT 06457
  phone: (860) 555-0123
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - file: clinical/river-bend-psychiatry-notes-2025-2026.txt
    date: 2026-11-12
  - file: clinical/st-brendan-ect-summary-2019-04-26.txt
    date: 2019-04-26
  - file: clinical/pre-ect-medical-and-anesthesia-clearance-2026-11.txt
    date: 2026-11-11
bates_prefix: WHITLOW
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt": """
HARBORLIGHT MEDICARE ADVANTAGE HMO (FICTIONAL)
NOTICE OF DENIAL OF MEDICAL COVERAGE                                       Date of this notice: 11/20/2026
Member: Gerald Thaddeus Whitlow   Member ID FICT-HLM-77310528   Reference HLM-OD-26-1120-5518
Requested by: Dr. Priya Raman-Holt, MD. Service: acute electroconvulsive therapy (90870), 12 treatments.

Why we denied: Harborlight internal coverage criteria MA-ECT-2 are not met. Criterion 2 requires failure of at
least two antidepressant trials of adequate dose and duration in the current episode. The records document no
antidepressant trials in the current episode. The request for ECT is denied.
This decision was made by Dr. Keith Marlow (FICTIONAL), internal medicine.

You have the right to ask for a reconsideration. You must ask for a reconsideration within 65 days from the date
of this notice. A doctor may ask for you. Send it to Medicare Appeals Unit, PO Box 4410, Hartford, CT 06146, or fax
(860) 555-0169. If waiting 30 days could seriously harm your health, ask for a fast decision.
""",
    "clinical/river-bend-psychiatry-notes-2025-2026.txt": """
RIVER BEND PSYCHIATRY (FICTIONAL) - PROGRESS NOTES (excerpt)                                    Page 1 of 2
Patient: Gerald Thaddeus Whitlow   DOB 09/14/1955   Psychiatrist: Dr. Priya Raman-Holt, MD (since 06/2017)
Diagnosis: bipolar I disorder; current episode depressed, severe, without psychotic features (F31.4).

Background: 2018 sertraline 100 mg for depression (prior clinician): hypomanic switch after 7 weeks (no sleep,
spending, pressured speech); stopped. Antidepressants avoided since. 2019 severe depressive episode: ECT at St.
Brendan, 10 treatments, remission; lithium 600 mg maintenance (level 0.5) 05/2019-03/2024, stopped when eGFR fell
to 41 (nephrology advice). Lamotrigine started 03/2024, 200 mg daily since 05/2024. Quetiapine 25 mg at bedtime
for sleep 2021-2022 (old prescription, not a treatment trial).
Current episode since 01/2025.
02/11/2025 MADRS 30. Start quetiapine, 300 mg at bedtime from 03/2025.
06/24/2025 MADRS 31 after 16 weeks at 300 mg; no response; gained 9 kg. Stop quetiapine.
07/08/2025 Start lurasidone 20 mg, 60 mg from 07/22.
08/12/2025 Akathisia, cannot sit through meals; lurasidone stopped after 5 weeks.
""" + "\n                                                                             Page 2 of 2\n" + """
01/13/2026 MADRS 27. Lamotrigine 200 mg: partial response (sleep and energy somewhat better). Continue.
05/19/2026 MADRS 29. Continue lamotrigine 200 mg; weekly therapy with Ms. Oyelaran, LCSW.
09/15/2026 MADRS 32. Withdrawn; stopped driving.
10/22/2026 Post-discharge (St. Brendan 10/06-10/21, suicidal thinking with a plan to use his car in the garage;
  car keys now kept by his wife). MADRS 34 at discharge. Continue lamotrigine 200 mg.
11/12/2026 MADRS 36. Passive wish not to wake up; denies plan or intent. In bed most of the day; no longer watches
  his grandchildren. Discussed ECT given the 2019 remission; consent signed 11/12/2026 with his wife present.
  Medical and anesthesia clearance done. Plan: acute right unilateral ECT, up to 12 treatments; continue
  lamotrigine 200 mg.
""",
    "clinical/st-brendan-ect-summary-2019-04-26.txt": """
ST. BRENDAN HOSPITAL (FICTIONAL) - ECT COURSE SUMMARY                               Date: 04/26/2019   Page 1 of 1
Patient: Gerald T. Whitlow   DOB 09/14/1955
Indication: bipolar I disorder, current episode depressed, severe.
Course: 10 right unilateral treatments 03/18/2019-04/24/2019. MADRS 38 before, 8 after: remission. Mild transient
word-finding trouble, resolved in 2 weeks. Maintenance: lithium.
""",
    "clinical/pre-ect-medical-and-anesthesia-clearance-2026-11.txt": """
MIDDLETOWN INTERNAL MEDICINE (FICTIONAL) AND ST. BRENDAN ANESTHESIA (FICTIONAL) - PRE-ECT CLEARANCE  Page 1 of 1
Patient: Gerald Thaddeus Whitlow   DOB 09/14/1955
11/05/2026 Internist (Dr. Samuel Adeyemi, MD): hypertension controlled (128/76); ECG normal sinus rhythm; eGFR 44,
  stable. No contraindication to ECT.
11/11/2026 Anesthesia consult (Dr. Helena Voss, MD): ASA class II; cleared for ECT under brief general anesthesia.
""",
    "other/ma-ect-2-internal-criteria-2026.txt": """
HARBORLIGHT HEALTH (FICTIONAL) - INTERNAL COVERAGE CRITERIA MA-ECT-2, Electroconvulsive Therapy  Page 1 of 1
Applies to: Medicare Advantage members. Effective 01/01/2026.
Acute ECT is covered when 1, 4 and 5 are met and either 2 or 3: 1. A major depressive episode, unipolar or
bipolar, of severe degree. 2. Failure of at least two antidepressant trials of adequate dose and duration in the
current episode, or a documented reason antidepressants cannot be given. 3. A good response to ECT in an
earlier episode, in which case ECT may start without criterion 2. 4. A medical evaluation and anesthesia
clearance within 30 days before the first treatment. 5. Informed consent.
Evidence summary: available on request.
""",
    "other/ect-service-waitlist-2026-11-13.txt": """
ST. BRENDAN HOSPITAL (FICTIONAL) - ECT SERVICE: OUTPATIENT WAITLIST, printed 11/13/2026          Page 1 of 1
1. Whitlow, Gerald T.    ref. Dr. Raman-Holt    acute course    status: awaiting plan authorization
2. Pelletier, Annette     ref. Dr. Kovac         maintenance     status: scheduled 11/18/2026
3. Nakagawa, Ray          ref. Dr. Raman-Holt    acute course    status: scheduled 11/20/2026
4. Brzezinski, Olga       ref. Dr. Lund          acute course    status: consent pending
First open acute-course slot: 12/01/2026 (Mon/Wed/Fri, 7:30 am).
""",
}

TRUTH = r"""
# 03 - Medicare Advantage HMO (CT): acute ECT for bipolar depression denied as "no antidepressant trials"; standard pre-service reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gerald Thaddeus Whitlow, 71 (DOB 09/14/1955), Harborlight Medicare Advantage HMO (CT), bipolar I disorder,
  current episode depressed, severe (F31.4), episode since 01/2025. Hospitalized **10/06-10/21/2026** (suicidal
  thinking with a plan). MADRS 32 (09/15) -> 34 (10/21) -> **36 (11/12/2026)**; **passive** wish not to wake up on
  11/12/2026, no plan or intent.
- Acute ECT (90870), up to 12 treatments, denied **11/20/2026** (HLM-OD-26-1120-5518) under internal criteria
  **MA-ECT-2** by an **internal medicine** reviewer: "no antidepressant trials in the current episode".
- **The plan's own criteria answer it:** criterion 2 accepts "a documented reason antidepressants cannot be given"
  (sertraline caused a **hypomanic switch in 2018**); and criterion 3 lets ECT start **without criterion 2** after a
  good response to ECT in an earlier episode (**2019: 10 treatments, MADRS 38 -> 8, remission**). Criteria 1, 4, 5 met
  (clearance 11/05 and 11/11/2026; consent 11/12/2026).
- This episode: quetiapine 300 mg 16 weeks, no response (adequate, failed); lurasidone stopped after 5 weeks for
  akathisia (intolerance); **lamotrigine 200 mg continues**, partial response (a mood stabilizer, not an
  antidepressant). Lithium 2019-03/2024 was stopped for kidney function (before this episode; not a failed trial).
  Quetiapine 25 mg 2021-2022 was a sleep dose.
- **Rule and stage:** Medicare Advantage standard pre-service reconsideration, **65 days from the notice (42 CFR
  422.582(b)): by 01/24/2027**; a physician may ask without the member's appointment (422.578(c)); decided within
  30 days (not a Part B drug); an upheld denial goes to the independent review entity automatically (422.592).
  Internal criteria are allowed only where Medicare's are not fully established and must rest on evidence the plan
  makes public (422.101(b)(6)); the notice gives "evidence summary: available on request".
- **Author:** the treating psychiatrist writes about "Mr. Whitlow" and as "I" for herself.
{ANSWERS}

## Deliberately unknown
- Whether a Medicare national or local coverage determination for ECT exists (none is in the case): a letter must
  not cite one.
- The plan's evidence summary for MA-ECT-2: not in the case; ask for it.
- Whether the 12/01/2026 slot will hold.

## Traps
- **A decision's statement true as far as it goes** ("no antidepressant trials"): the record shows why, and the
  criterion's own alternative clause; a letter must not claim two failed antidepressant trials.
- **Earlier-episode response:** the 2019 ECT remission is a response that qualifies under criterion 3, not a failure.
- **Drug still taken:** lamotrigine continues; never "failed", never an antidepressant.
- **Same drug, two doses:** quetiapine 25 mg (sleep, 2021-2022) vs 300 mg (adequate failed trial, 2025).
- **Intolerance, not a trial:** lurasidone 5 weeks (akathisia); lithium stopped for kidney function.
- **Suicidality in time:** the plan in October is history; now passive.
- **Other people on a document:** the ECT waitlist names three other patients; not part of the appeal.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (parity does not reach Medicare), no state external review.

## Arguments a strong letter makes (strongest first)
1. Under MA-ECT-2's own words criterion 3 is met (2019 ECT remission), so ECT may start without criterion 2; and
   criterion 2 is met anyway by its documented-reason clause (2018 hypomanic switch on sertraline).
2. Criteria 1, 4, 5 met with exhibits; severity and the October hospitalization; the plan of care with stop rules.
3. The reviewer (internal medicine) is not a psychiatrist; ask for reconsideration by a physician with psychiatric
   expertise who took no part in the denial, and for the plan's evidence summary (422.101(b)(6)); offer a
   peer-to-peer call (weekdays 12-1 pm).

## What a letter must NOT say
- "two failed antidepressants", "failed sertraline" as an adequate trial; lamotrigine as "failed" or an antidepressant.
- "lithium failed"; quetiapine 25 mg as a trial; lurasidone as an adequate trial.
- "active suicidal ideation" now; "plan to use his car" as current.
- "Pelletier", "Nakagawa", "Brzezinski".
- "ERISA", "45 CFR 147.136", "MHPAEA", "external review" as the next level, an NCD or LCD number.
"""

ANSWERS = [
    ("Date of the notice", "Date of this notice: 11/20/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("Reference", "HLM-OD-26-1120-5518", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("Appeal window", "within 65 days from the date of this notice", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("Reviewer's specialty", "Dr. Keith Marlow (FICTIONAL), internal medicine", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("Documented reason", "hypomanic switch after 7 weeks", "clinical/river-bend-psychiatry-notes-2025-2026.txt"),
    ("Quetiapine trial", "no response; gained 9 kg", "clinical/river-bend-psychiatry-notes-2025-2026.txt"),
    ("Lurasidone", "lurasidone stopped after 5 weeks", "clinical/river-bend-psychiatry-notes-2025-2026.txt"),
    ("Sleep dose", "Quetiapine 25 mg at bedtime for sleep 2021-2022", "clinical/river-bend-psychiatry-notes-2025-2026.txt"),
    ("Drug continued", "continue lamotrigine 200 mg", "clinical/river-bend-psychiatry-notes-2025-2026.txt"),
    ("Latest MADRS", "11/12/2026 MADRS 36", "clinical/river-bend-psychiatry-notes-2025-2026.txt"),
    ("Current suicidality", "Passive wish not to wake up; denies plan or intent", "clinical/river-bend-psychiatry-notes-2025-2026.txt"),
    ("Hospitalization", "St. Brendan 10/06-10/21", "clinical/river-bend-psychiatry-notes-2025-2026.txt"),
    ("Earlier ECT response", "MADRS 38 before, 8 after: remission", "clinical/st-brendan-ect-summary-2019-04-26.txt"),
    ("Anesthesia clearance", "cleared for ECT under brief general anesthesia", "clinical/pre-ect-medical-and-anesthesia-clearance-2026-11.txt"),
    ("Criterion 3 words", "in which case ECT may start without criterion 2", "other/ma-ect-2-internal-criteria-2026.txt"),
    ("Another person on a document", "Pelletier, Annette", "other/ect-service-waitlist-2026-11-13.txt"),
]
