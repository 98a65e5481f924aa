# FICTIONAL data for set 60, case 08 (Part D: expedited redetermination; denial applied the 2025 formulary's step).
SLUG = "part-d-pdp-brexpiprazole-2025-step-rule-not-in-2026-formulary-expedited-redetermination-pmhnp"

CASE_YAML = r'''
# FICTIONAL CASE (set 60, case 08) - every person, plan, pharmacy, provider, number and address is invented.
# Stand-alone Part D plan. Leilani Okamura-Pratt, 68, started brexpiprazole 1 mg with sertraline on samples on
# 11/18/2026. The coverage determination of 12/02/2026 denied it under step rule ST-AAP-25 (aripiprazole first),
# which is in the plan's 2025 formulary; the 2026 formulary lists it with prior authorization only (PA-BRX-26).
# Her samples end 12/09/2026. Her psychiatric nurse practitioner asks for an expedited redetermination.
patient:
  name: Leilani Okamura-Pratt
  salutation: Mrs. Okamura-Pratt
  date_of_birth: 1958-06-03
  member_id: FICT-MCR-H7102-44819
  address: |-
    1187 Lanipili Place
    Kaneohe, HI 96744
  phone: (808) 555-0130
insurer:
  name: Meridian Crest Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Meridian Crest Rx - Part D Redeterminations (FICTIONAL)
    PO Box 64018
    Phoenix, AZ 85082
  fax: (602) 555-0171
claim:
  number: CD-26-1201-55730
  plan_type: medicare_part_d
  notice_date: 2026-12-02
  urgent: true
  pending_services: [brexpiprazole 1 mg daily from 12/10/2026, when the samples run out]
  denial_reason: >-
    Your request for REXULTI (brexpiprazole) 1 mg tablet was denied. Step therapy: this drug is covered only
    after a trial of aripiprazole (ST-AAP-25). Our records show no claims for aripiprazole.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  diagnosis_codes: [F33.2]
  action: none
  corrections:
    - said: "Step therapy: this drug is covered only after a trial of aripiprazole (ST-AAP-25)."
      record: >-
        The plan's 2026 Comprehensive Formulary (page 41) lists brexpiprazole (REXULTI) tablets on Tier 4 with
        prior authorization (PA-BRX-26) and no step therapy; ST-AAP-25 appears in the 2025 formulary.
      file: other/formulary-2026-page-41-and-pa-brx-26.txt
      page: 1
    - said: Our records show no claims for aripiprazole.
      record: >-
        True of the plan's claims, which begin 01/01/2026; her earlier psychiatrist's record shows aripiprazole
        2 mg in 05/2024, stopped after 10 days for akathisia.
      file: clinical/prior-psychiatry-note-2024-05-24.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Meridian Crest Rx 2026 prior authorization criteria PA-BRX-26 (brexpiprazole)
  number: PA-BRX-26
  quote: >-
    Approve for adjunctive treatment of major depressive disorder when 1. the member is taking an antidepressant,
    and 2. the member has had an inadequate response to at least one antidepressant trial of adequate dose and
    duration in the current episode.
  file: other/formulary-2026-page-41-and-pa-brx-26.txt
  listed:
    name: Meridian Crest Rx 2026 Comprehensive Formulary
    entry: "brexpiprazole (REXULTI) tablets - Tier 4 - PA"
    file: other/formulary-2026-page-41-and-pa-brx-26.txt
    page: 1
    as: a Tier 4 drug with prior authorization and no step therapy
payer_criteria:
  - criterion: 1. The member is taking an antidepressant.
    how_met: Sertraline 200 mg daily since 08/2026, continued with brexpiprazole.
    met: true
    evidence: {file: clinical/pmhnp-progress-note-2026-12-03.txt, page: 1}
  - criterion: 2. Inadequate response to at least one antidepressant trial of adequate dose and duration in the current episode.
    how_met: Sertraline titrated to 200 mg daily; 14 weeks in the current episode (since 07/2026); PHQ-9 23 to 20.
    met: true
    evidence: {file: clinical/pmhnp-progress-note-2026-12-03.txt, page: 1}
prescriber_statement:
  date: 2026-12-03
  quote: >-
    Mrs. Okamura-Pratt has had an inadequate response to sertraline 200 mg for 14 weeks in the current episode and
    continues it; she could not tolerate aripiprazole 2 mg in 2024 (akathisia within 10 days). Waiting for a
    standard decision could seriously jeopardize her health: she reports passive suicidal ideation and her sample
    supply ends on 12/09/2026.
  file: other/prescriber-supporting-statement-2026-12-03.txt
treatment:
  name: Brexpiprazole (Rexulti) 1 mg daily, added to sertraline
  summary: >-
    Brexpiprazole as an adjunct to sertraline for recurrent major depression with an inadequate response to
    sertraline 200 mg for 14 weeks; started on samples on 11/18/2026.
  alongside: sertraline 200 mg daily
clinical:
  severity: PHQ-9 20 on 12/03/2026
  severity_date: 2026-12-03
  suicidality: passive
  suicidality_date: 2026-12-03
  episode_onset: 2026-07
  treating_since: 2026-07
  history:
    - drug: Citalopram
      dose: 20 mg daily
      start: 2015-02
      end: 2016-05
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode; stopped while well
      evidence: {file: clinical/pmhnp-progress-note-2026-12-03.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily
      start: 2024-05
      end: 2024-05
      kind: augmentation
      adequate: false
      weeks: 1
      outcome: Stopped after 10 days for akathisia (intolerance)
      evidence: {file: clinical/prior-psychiatry-note-2024-05-24.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-01
      end: 2025-06
      kind: other
      outcome: Sleep aid only; not an augmentation trial
      evidence: {file: clinical/pmhnp-progress-note-2026-12-03.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-08
      ongoing: true
      kind: antidepressant
      weeks: 14
      adequate: true
      response: partial
      outcome: Inadequate response (PHQ-9 23 to 20); continued with brexpiprazole
      evidence: {file: clinical/pmhnp-progress-note-2026-12-03.txt, page: 1}
    - drug: Brexpiprazole
      dose: 1 mg daily
      start: 2026-11-18
      ongoing: true
      kind: augmentation
      paid_outside: manufacturer samples
      outcome: Started on samples 11/18/2026; tolerated; samples end 12/09/2026
      evidence: {file: other/sample-dispensing-log-2026-11-18.txt, page: 1}
urgency:
  reason: >-
    Mrs. Okamura-Pratt reports passive suicidal ideation, and her sample supply of brexpiprazole ends on
    12/09/2026; an interruption after three weeks of treatment, while sertraline alone has not worked, could
    seriously jeopardize her health.
  certified_by: Noelani Fairweather-Kim, DNP, PMHNP-BC
author:
  name: Noelani Fairweather-Kim
  role: Psychiatric mental health nurse practitioner (PMHNP-BC), the prescriber
  relation: prescriber
  address: |-
    Windward Behavioral Health (FICTIONAL), 46-001 Kahuhipa Court, Suite 3
    Kaneohe, HI 96744
  phone: (808) 555-0142
  fax: (808) 555-0143
  email: nfkim@windward-bh.example
provider:
  name: Noelani Fairweather-Kim
  credentials: DNP, PMHNP-BC
  npi: "1627088333"
  address: |-
    46-001 Kahuhipa Court, Suite 3
    Kaneohe, HI 96744
  phone: (808) 555-0142
template: expedited-appeal
record_dates:
  - file: clinical/pmhnp-progress-note-2026-12-03.txt
    date: 2026-12-03
  - file: other/prescriber-supporting-statement-2026-12-03.txt
    date: 2026-12-03
bates_prefix: OKAMURAPRATT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/coverage-determination-denial-2026-12-02.txt": r'''
MERIDIAN CREST RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 12/02/2026   Member: Leilani Okamura-Pratt   ID FICT-MCR-H7102-44819   Request CD-26-1201-55730
Prescriber: Noelani Fairweather-Kim, DNP, PMHNP-BC, NPI 1627088333
Your request for REXULTI (brexpiprazole) 1 mg tablet was denied. Step therapy: this drug is covered only after a
trial of aripiprazole (ST-AAP-25). Our records show no claims for aripiprazole.

You have the right to ask us for a redetermination (appeal) within 65 days from the date of this notice. If
waiting 7 days could seriously harm your health, ask for a fast (expedited) redetermination: we will decide
within 72 hours. Your prescriber may ask for you. Fax (602) 555-0171 or write to Part D Redeterminations, PO Box
64018, Phoenix, AZ 85082.
''',
"other/formulary-2026-page-41-and-pa-brx-26.txt": r'''
MERIDIAN CREST RX (PDP) (FICTIONAL) - 2026 COMPREHENSIVE FORMULARY (effective 01/01/2026; updated 11/01/2026)
Page 41 - Antipsychotic agents                                                         [document page 1 of 1]
aripiprazole tablets - Tier 2
brexpiprazole (REXULTI) tablets - Tier 4 - PA
cariprazine (VRAYLAR) capsules - Tier 4 - PA
Key: PA = prior authorization; ST = step therapy. No drug on this page has ST in 2026.

Prior authorization criteria PA-BRX-26 (brexpiprazole), 2026:
Approve for adjunctive treatment of major depressive disorder when 1. the member is taking an antidepressant,
and 2. the member has had an inadequate response to at least one antidepressant trial of adequate dose and
duration in the current episode.
''',
"other/formulary-2025-page-39.txt": r'''
MERIDIAN CREST RX (PDP) (FICTIONAL) - 2025 COMPREHENSIVE FORMULARY                                   Page 39
brexpiprazole (REXULTI) tablets - Tier 4 - PA; ST (ST-AAP-25: a trial of aripiprazole first)
''',
"other/prescriber-supporting-statement-2026-12-03.txt": r'''
WINDWARD BEHAVIORAL HEALTH (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT               Date: 12/03/2026
Re: Leilani Okamura-Pratt, request CD-26-1201-55730
Mrs. Okamura-Pratt has had an inadequate response to sertraline 200 mg for 14 weeks in the current episode and
continues it; she could not tolerate aripiprazole 2 mg in 2024 (akathisia within 10 days). Waiting for a
standard decision could seriously jeopardize her health: she reports passive suicidal ideation and her sample
supply ends on 12/09/2026.
Noelani Fairweather-Kim, DNP, PMHNP-BC
''',
"clinical/pmhnp-progress-note-2026-12-03.txt": r'''
WINDWARD BEHAVIORAL HEALTH (FICTIONAL) - PROGRESS NOTE                                   Date: 12/03/2026
Patient: Leilani Okamura-Pratt   DOB 06/03/1958   Clinician: N. Fairweather-Kim, DNP, PMHNP-BC   Page 1 of 1
Major depressive disorder, recurrent, severe (F33.2); current episode since 07/2026 (care here since 07/2026).
Sertraline started 08/2026, 200 mg daily since 09/2026; 14 weeks; PHQ-9 23 -> 20: inadequate response; continued.
Brexpiprazole 1 mg daily added 11/18/2026 (manufacturer samples, 3 weeks' supply, ends 12/09/2026); tolerated.
PHQ-9 20 today; passive thoughts that she "would be better off asleep and not waking"; no plan or intent.
History: citalopram 20 mg 02/2015-05/2016, remission in an earlier episode; aripiprazole 2 mg 05/2024, stopped
after 10 days for akathisia; quetiapine 25 mg at bedtime for sleep 01/2025-06/2025.
''',
"clinical/prior-psychiatry-note-2024-05-24.txt": r'''
LEEWARD MIND CLINIC (FICTIONAL) - MEDICATION NOTE                                         Date: 05/24/2024
Patient: Leilani Okamura-Pratt   DOB 06/03/1958                                                 Page 1 of 1
Aripiprazole 2 mg daily started 05/13/2024 as an add-on. Marked restlessness and inability to sit still
(akathisia) by day 10; stopped 05/23/2024. Paid under her former employer's retiree drug plan.
''',
"other/sample-dispensing-log-2026-11-18.txt": r'''
WINDWARD BEHAVIORAL HEALTH (FICTIONAL) - SAMPLE DISPENSING LOG                         Date: 11/18/2026
Drug / strength          Patient                     Qty           Lot (clinic ref)   Dispensed by
brexpiprazole 1 mg       Okamura-Pratt, Leilani      21 tablets    SR-1118-A          N. Fairweather-Kim
brexpiprazole 0.5 mg     Kealoha, Benedict           14 tablets    SR-1118-B          N. Fairweather-Kim
vilazodone 20 mg         Matsuda-Reyes, Corinne      14 tablets    SR-1118-C          N. Fairweather-Kim
''',
}

TRUTH = r'''
# 08 - Part D plan: brexpiprazole denied under a step rule of the 2025 formulary that the 2026 formulary dropped; expedited redetermination by the prescribing PMHNP (FICTIONAL)

All people, plans, pharmacies, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Leilani Okamura-Pratt, 68 (DOB 06/03/1958), in a **stand-alone Part D plan** (Meridian Crest Rx PDP), has recurrent
  severe depression (F33.2), current episode since **07/2026**. **Sertraline 200 mg** (14 weeks, PHQ-9 23 to 20):
  inadequate response, **continued**. **Brexpiprazole 1 mg** added **11/18/2026 on manufacturer samples**, which end
  **12/09/2026**.
- The coverage determination of **12/02/2026** (request **CD-26-1201-55730**) denies brexpiprazole under **step rule
  ST-AAP-25** (aripiprazole first) and says the plan's records show no aripiprazole claims.
- The plan's **2026 formulary** (effective 01/01/2026), page 41: **"brexpiprazole (REXULTI) tablets - Tier 4 - PA"**;
  "No drug on this page has ST in 2026." Its 2026 criteria **PA-BRX-26**: taking an antidepressant, and an
  inadequate response to one adequate antidepressant trial in the current episode - **both met**. ST-AAP-25 is in
  the **2025** formulary only.
- Aripiprazole 2 mg was tried in **05/2024** and stopped after **10 days for akathisia** (an intolerance), paid by a
  former retiree drug plan - so the plan's own claims could not show it.
- **Rule and stage:** Part D redetermination, 42 CFR 423.580-423.590: within **65 days of the notice (by
  02/05/2027)**, 423.582(b); an **expedited** redetermination within **72 hours** (423.584, 423.590(d)) when the
  prescriber says the standard time may seriously jeopardize health; a prescriber may request it for the enrollee
  (423.580). A step-therapy **exception** (423.578(b)) with the prescriber's supporting statement is the fallback.
- **Author:** the prescribing PMHNP (`relation: prescriber`), writing "I" as the treating nurse practitioner,
  about "Mrs. Okamura-Pratt"; never "Dr." or "physician".
- Expected answers (16) are in ANSWERS in case08.py, each checked by make_set.py in the document named.

## Deliberately unknown
- Her cost share on Tier 4: not in the case.
- Why the 2025 rule was applied: unknown.
- Whether a transition fill is available to her: she is not a new member (no field in the case says she is); not
  to be promised.

## Traps
- **A plan document decides:** the 2026 formulary, not the 2025 one; never concede that step therapy applies.
- **Aripiprazole 2024** was an intolerance (10 days), not an adequate trial; it is not a "failed trial" and not an
  earlier-episode response.
- **Citalopram 2015-2016** gave remission in an earlier episode: never a failed trial.
- **Quetiapine 25 mg** (2025) was a sleep dose, not an augmentation trial.
- **Sertraline continues** with an inadequate response: never "failed" in the sense of stopped, never "stopped".
- **Brexpiprazole is already taken** (samples): a forced stop risks relapse; it is not "a new drug she has never
  taken", and samples are not a plan claim.
- **Other people:** the sample log names two other patients (Kealoha, Matsuda-Reyes).
- **Stale document:** the 2025 formulary page (ST-AAP-25).
- **Wrong law:** no ERISA, MHPAEA (parity does not apply to Medicare Part D), 45 CFR 147.136, external review or
  state insurance department; no Part B or 422 citations.
- **Voice:** the PMHNP is "I" as the treating nurse practitioner; never "Dr.", "physician" or "the patient's
  doctor".

## Arguments a strong letter makes (strongest first)
1. The plan's 2026 formulary, in force on the request's date, lists brexpiprazole on Tier 4 with prior authorization
   and no step therapy; ST-AAP-25 is the 2025 formulary's. Decide the request under PA-BRX-26, whose two criteria
   are met (sertraline continued; 14 weeks in the current episode with an inadequate response).
2. Expedited: passive suicidal ideation and samples ending 12/09/2026, certified by the prescriber (423.584);
   decide within 72 hours.
3. Fallback only: a step-therapy exception (423.578(b)) on the prescriber's statement - aripiprazole was not
   tolerated in 2024 (akathisia within 10 days), paid by a former plan, which is why the plan's claims do not show it.

## What a letter must NOT say
- "step therapy applies"; "ST-AAP-25" as the rule in force; "new to therapy".
- "failed aripiprazole" as an adequate trial; "failed citalopram"; quetiapine as augmentation; "stopped sertraline".
- "Kealoha"; "Matsuda-Reyes"; "vilazodone".
- "Dr. Fairweather-Kim"; "physician"; "ERISA"; "MHPAEA"; "parity"; "external review"; "42 CFR 422".
'''

ANSWERS = [
    ("Request number", "CD-26-1201-55730", "denial/coverage-determination-denial-2026-12-02.txt"),
    ("Rule the denial applied", "a trial of aripiprazole (ST-AAP-25)", "denial/coverage-determination-denial-2026-12-02.txt"),
    ("Formulary entry in force", "brexpiprazole (REXULTI) tablets - Tier 4 - PA", "other/formulary-2026-page-41-and-pa-brx-26.txt"),
    ("No step in 2026", "No drug on this page has ST in 2026", "other/formulary-2026-page-41-and-pa-brx-26.txt"),
    ("Formulary's effective date", "effective 01/01/2026", "other/formulary-2026-page-41-and-pa-brx-26.txt"),
    ("2026 criterion 2", "inadequate response to at least one antidepressant trial of adequate dose and duration in the current episode", "other/formulary-2026-page-41-and-pa-brx-26.txt"),
    ("Where the step rule comes from", "2025 COMPREHENSIVE FORMULARY", "other/formulary-2025-page-39.txt"),
    ("Sertraline trial", "14 weeks; PHQ-9 23 -> 20: inadequate response; continued", "clinical/pmhnp-progress-note-2026-12-03.txt"),
    ("Samples end", "ends 12/09/2026", "clinical/pmhnp-progress-note-2026-12-03.txt"),
    ("Aripiprazole intolerance", "stopped 05/23/2024", "clinical/prior-psychiatry-note-2024-05-24.txt"),
    ("Why the plan's claims do not show it", "Paid under her former employer's retiree drug plan", "clinical/prior-psychiatry-note-2024-05-24.txt"),
    ("Expedited decision time", "we will decide within 72 hours", "denial/coverage-determination-denial-2026-12-02.txt"),
    ("Appeal window", "within 65 days from the date of this notice", "denial/coverage-determination-denial-2026-12-02.txt"),
    ("Earlier-episode response", "citalopram 20 mg 02/2015-05/2016, remission in an earlier episode", "clinical/pmhnp-progress-note-2026-12-03.txt"),
    ("Sleep dose", "quetiapine 25 mg at bedtime for sleep", "clinical/pmhnp-progress-note-2026-12-03.txt"),
    ("Other patient on the sample log", "Kealoha, Benedict", "other/sample-dispensing-log-2026-11-18.txt"),
]
