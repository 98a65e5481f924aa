SLUG = "08-insured-employer-spravato-step-therapy-intolerance-clause-2026-version-second-level-husband"

CASE_YAML = """\
# FICTIONAL CASE (letters set 52, case 08) - every person, plan, insurer, provider, number and address is invented.
# Insured employer group plan, Rhode Island, 480 employees. Priyanka Halvorsen-Desai, 47, was denied Spravato
# (esketamine) under step-therapy rule RX-ESK-9 criterion 3 (augmentation). The first-level decision (11/10/2026)
# quoted the 2024 version ("an adequate trial of at least 6 weeks") and called aripiprazole "2 weeks only"; the 2026
# version in force says "or documented intolerance of one", and the record documents akathisia. Her husband, her
# authorized representative, files the second-level appeal.
patient:
  name: Priyanka Halvorsen-Desai
  salutation: Mrs. Halvorsen-Desai
  date_of_birth: 1979-05-11
  member_id: FICT-NMH-83305127
  address: |-
    64 Bellevue Orchard Lane
    Warwick, RI 02886
  phone: (401) 555-0136
insurer:
  name: Narragansett Mutual Health (FICTIONAL)
  appeals_address: |-
    Narragansett Mutual Health - Appeals (FICTIONAL)
    PO Box 2218
    Providence, RI 02905
  fax: (401) 555-0159
claim:
  number: NMH-RX-26-0929-51406
  plan_type: employer_erisa
  funding: insured
  employees: 480
  notice_date: 2026-10-06
  stage: second level
  pending_services: "[induction: 8 sessions over 4 weeks, then weekly]"
  setting: outpatient
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Step therapy RX-ESK-9 is not met. Criterion 3 requires an adequate trial of augmentation with an atypical
    antipsychotic or lithium. No adequate augmentation trial is documented.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
decisions:
  - date: 2026-11-10
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-09
    reason: >-
      RX-ESK-9 criterion 3 requires "an adequate trial of augmentation with an atypical antipsychotic or lithium of at
      least 6 weeks". Aripiprazole was taken for 2 weeks only; this is not an adequate augmentation trial. The denial
      is upheld.
    corrections:
      - said: >-
          RX-ESK-9 criterion 3 requires "an adequate trial of augmentation with an atypical antipsychotic or lithium of
          at least 6 weeks".
        record: >-
          Those are the words of the 01/01/2024 version; RX-ESK-9 as revised effective 01/01/2026 reads "... of at
          least 6 weeks, or documented intolerance of one", and the 09/02/2026 psychiatry note documents akathisia on
          aripiprazole 5 mg.
        file: [other/rx-esk-9-2026-excerpt.txt, clinical/psychiatry-note-2026-09-02.txt]
        page: 1
        leaves_out: true
plan_policy:
  name: Narragansett Mutual Health Pharmacy Policy RX-ESK-9 "Esketamine nasal spray (Spravato)", effective 01/01/2026
  number: RX-ESK-9
  quote: >-
    1. Major depressive disorder in an adult. 2. Inadequate response to at least two antidepressants of adequate dose
    and duration in the current episode. 3. An adequate trial of augmentation with an atypical antipsychotic or
    lithium of at least 6 weeks, or documented intolerance of one. 4. Administered in a certified healthcare setting
    under the Spravato REMS.
  file: other/rx-esk-9-2026-excerpt.txt
payer_criteria:
  - criterion: "1. Major depressive disorder in an adult"
    how_met: F33.2; age 47.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
  - criterion: "2. Inadequate response to at least two antidepressants of adequate dose and duration in the current episode"
    how_met: >-
      Escitalopram 20 mg 10 weeks and bupropion XL 300 mg 8 weeks, no response; venlafaxine XR 300 mg since 02/2026,
      partial response, continued.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
  - criterion: "3. An adequate augmentation trial of at least 6 weeks, or documented intolerance of one"
    how_met: >-
      Aripiprazole 5 mg added 07/2026, stopped after 2 weeks for akathisia (restlessness, pacing; documented in the
      09/02/2026 note): documented intolerance of an atypical antipsychotic.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
  - criterion: "4. Certified healthcare setting under the Spravato REMS"
    how_met: Bayview Interventional Psychiatry is REMS-certified.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray, 56 mg then 84 mg, induction and maintenance
  summary: >-
    Esketamine nasal spray for treatment-resistant depression after two antidepressants without response in the
    current episode and akathisia on aripiprazole augmentation; venlafaxine continues alongside.
  plan: >-
    Induction twice weekly for 4 weeks (56 mg, then 84 mg), then weekly for 4 weeks; MADRS at each visit; stop if no
    response by week 4; two-hour monitoring at each session.
  alongside: venlafaxine XR 300 mg daily
  setting: Bayview Interventional Psychiatry, a Spravato REMS-certified treatment center
  monitoring: Blood pressure before and at 40 minutes and 2 hours; observation for 2 hours.
clinical:
  severity: MADRS 36 on 09/02/2026
  severity_date: 2026-09-02
  suicidality: none
  suicidality_date: 2026-09-02
  episode_onset: 2025-06
  treating_since: 2025-07-08
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-07
      end: 2025-09
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-10
      end: 2025-12
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 300 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued alongside Spravato
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2026-07
      end: 2026-07
      weeks: 2
      kind: augmentation
      adequate: false
      outcome: Stopped after 2 weeks for akathisia (documented intolerance)
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
    - drug: Doxepin
      dose: 6 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose only; not a tricyclic antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
    - drug: Sertraline (2015, an earlier episode)
      dose: 150 mg daily
      start: 2015-02
      end: 2016-03
      kind: antidepressant
      response: remission
      outcome: Remission in the 2015 episode; not a failed trial
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
author:
  name: Erik Halvorsen-Desai
  role: Husband of the patient, authorized representative
  relation: representative
  authorization: other/authorized-representative-2026-11-20.txt
  address: |-
    64 Bellevue Orchard Lane
    Warwick, RI 02886
  phone: (401) 555-0172
  email: erik.hd@mail.example
provider:
  name: Samira Quenneville, MD
  credentials: MD, psychiatrist
  npi: "1822630491"
  address: |-
    Bayview Interventional Psychiatry (FICTIONAL), 1200 Post Road
    Warwick, RI 02888
  phone: (401) 555-0189
employer:
  name: Bayside Marine Instruments - Human Resources (FICTIONAL)
  address: |-
    500 Jefferson Boulevard
    Warwick, RI 02886
copies: [prescriber]
record_dates:
  - file: clinical/psychiatry-note-2026-09-02.txt
    date: 2026-09-02
bates_prefix: HALVORSENDESAI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/step-therapy-denial-2026-10-06.txt": """\
NARRAGANSETT MUTUAL HEALTH (FICTIONAL) - COVERAGE DETERMINATION: DENIED                 Date: 10/06/2026
Member: Priyanka Halvorsen-Desai   ID FICT-NMH-83305127   Group: Bayside Marine Instruments   Ref NMH-RX-26-0929-51406
Requested: Spravato (esketamine) nasal spray. Prescriber: Samira Quenneville, MD.
Step therapy RX-ESK-9 is not met. Criterion 3 requires an adequate trial of augmentation with an atypical
antipsychotic or lithium. No adequate augmentation trial is documented. You may appeal within 180 days.""",
"denial/first-level-decision-2026-11-10.txt": """\
NARRAGANSETT MUTUAL HEALTH (FICTIONAL) - FIRST LEVEL APPEAL DECISION                    Date: 11/10/2026
Member: Priyanka Halvorsen-Desai   Ref NMH-RX-26-0929-51406
RX-ESK-9 criterion 3 requires "an adequate trial of augmentation with an atypical antipsychotic or lithium of at
least 6 weeks". Aripiprazole was taken for 2 weeks only; this is not an adequate augmentation trial. The denial is
upheld. Reviewer: Leah Conroy, PharmD.
You may file a second level appeal within 60 days of this decision: Appeals, PO Box 2218, Providence, RI 02905,
fax (401) 555-0159.""",
"other/rx-esk-9-2026-excerpt.txt": """\
NARRAGANSETT MUTUAL HEALTH (FICTIONAL) - PHARMACY POLICY RX-ESK-9, effective 01/01/2026      Page 1 of 2
1. Major depressive disorder in an adult. 2. Inadequate response to at least two antidepressants of adequate dose and
duration in the current episode. 3. An adequate trial of augmentation with an atypical antipsychotic or lithium of
at least 6 weeks, or documented intolerance of one. 4. Administered in a certified healthcare setting under the
Spravato REMS.
Revision note: 01/01/2026 - criterion 3 adds "or documented intolerance of one"; replaces the 01/01/2024 version.""",
"other/rx-esk-9-2024-version-superseded.txt": """\
NARRAGANSETT MUTUAL HEALTH (FICTIONAL) - PHARMACY POLICY RX-ESK-9, version of 01/01/2024
3. An adequate trial of augmentation with an atypical antipsychotic or lithium of at least 6 weeks.
[Printed from the insurer's website in 2024; replaced 01/01/2026.]""",
"clinical/psychiatry-note-2026-09-02.txt": """\
BAYVIEW INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PSYCHIATRY NOTE                          Date: 09/02/2026
Patient: Priyanka Halvorsen-Desai   DOB 05/11/1979   Psychiatrist: Samira Quenneville, MD   Page 1 of 1
F33.2, current episode since 06/2025. MADRS 36. No suicidal ideation.
Escitalopram 20 mg 07/2025-09/2025 (10 weeks), no response. Bupropion XL 300 mg 10/2025-12/2025 (8 weeks), no
response. Venlafaxine XR 300 mg since 02/2026, partial response, continued.
Aripiprazole 5 mg added 07/2026; stopped after 2 weeks for akathisia (restlessness, pacing, unable to sit through
meals) - intolerance. Doxepin 6 mg at bedtime for sleep since 11/2025.
Earlier episode 2015: sertraline 150 mg, remission.
Clinic is certified in the Spravato REMS. Plan: Spravato with venlafaxine continued.""",
"other/authorized-representative-2026-11-20.txt": """\
NARRAGANSETT MUTUAL HEALTH (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE        Date: 11/20/2026
I, Priyanka Halvorsen-Desai, appoint my husband Erik Halvorsen-Desai to file and pursue my appeal.
Signed: Priyanka Halvorsen-Desai""",
"other/pharmacy-receipt-2026-07.txt": """\
HARBORVIEW PHARMACY (FICTIONAL) - RECEIPT 07/14/2026
Aripiprazole 5 mg #30 - Priyanka Halvorsen-Desai. Lisinopril 10 mg #30 - Erik Halvorsen-Desai.
[The husband's blood-pressure medicine is on the same receipt; not part of this appeal.]""",
}

TRUTH = """\
# 08 - Insured employer plan: Spravato step therapy; the first-level decision quoted the 2024 policy without "or documented intolerance"; second level by her husband (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Priyanka Halvorsen-Desai, 47 (DOB 05/11/1979), **insured employer group plan** (Bayside Marine Instruments, 480
  employees), Rhode Island; F33.2, current episode since **06/2025**, MADRS 36 (09/02/2026), no suicidal ideation.
- Spravato denied **10/06/2026** (ref NMH-RX-26-0929-51406) under step therapy **RX-ESK-9 criterion 3**; the
  **first-level decision of 11/10/2026** quoted "an adequate trial ... of at least 6 weeks" and said aripiprazole was
  "2 weeks only". Reviewer: a pharmacist.
- **RX-ESK-9 effective 01/01/2026** (in force for this request): criterion 3 reads "... of at least 6 weeks, **or
  documented intolerance of one**" (revision note). The decision quoted the **01/01/2024 version**.
- **Aripiprazole 5 mg**, 07/2026, stopped after 2 weeks for **akathisia** - documented intolerance (09/02/2026 note):
  criterion 3 is met by its own words. Criteria 1, 2 (escitalopram 20 mg 10 weeks; bupropion XL 300 mg 8 weeks) and 4
  (REMS-certified clinic) are met.
- **Rule and stage:** ERISA 29 CFR 2560.503-1; insured, so the state's external review follows a final internal denial
  (45 CFR 147.136(c)). **Second-level** appeal answering the 11/10/2026 decision, within **60 days: by 01/09/2027**.
  Parity (29 CFR 2590.712) reaches the plan (480 employees).
- **Author:** her husband Erik, authorized representative; writes about "Mrs. Halvorsen-Desai" / "my wife".
- Expected answers:

## Deliberately unknown
- Whether the plan applies a comparable step rule to medical/surgical drugs: unknown; a parity argument may ask, not
  assert.
- Dates of the Spravato sessions: none yet (pre-service); the letter names no dates of service.

## Traps
- **Plan document version.** The winning point is the 2026 policy's "or documented intolerance of one"; the decision
  quoted words true of the 2024 version only (its words are true as far as they go and leave out the clause: a
  `leaves_out` correction, not "the record shows otherwise").
- **Intolerance:** aripiprazole is a documented intolerance, never an "adequate trial" or a "failed trial of 2 weeks".
- **Drug still taken:** venlafaxine XR 300 mg continues alongside Spravato: never "failed" or "stopped".
- **Sleep dose:** doxepin 6 mg is not a tricyclic trial. **Earlier episode:** sertraline 2015 remission is not a failure.
- **Label:** Spravato for TRD may be given as monotherapy since January 2025; an oral antidepressant is not a label
  requirement for TRD (here one is continued by choice). No suicidal ideation: no suicidality indication.
- **Other person:** the husband's lisinopril on the pharmacy receipt.
- **Stage:** a second-level appeal answering the 11/10/2026 decision.

## Arguments a strong letter makes (strongest first)
1. RX-ESK-9 as in force from **01/01/2026** accepts "documented intolerance" of an augmentation agent; the record
   documents akathisia on aripiprazole 5 mg, stopped after 2 weeks. Criterion 3 is met; the decision quoted the
   replaced 2024 words.
2. Criteria 1, 2 and 4 are met: every criterion is met; approve Spravato.
3. Ask for review by a psychiatrist (the first-level reviewer was a pharmacist); parity question on step therapy as a
   request for the plan's comparison documents.

## What a letter must NOT say
- "aripiprazole was an adequate trial"; "failed aripiprazole after 2 weeks" as an adequate trial; conceding criterion 3
  is unmet.
- "failed venlafaxine", "stopped venlafaxine"; doxepin as a tricyclic trial; the 2015 sertraline as a failure.
- "suicidal ideation"; "approved for ... with acute suicidal ideation" as this use; "the label requires an oral
  antidepressant".
- "lisinopril"; "the 2024 policy" as the governing terms.
"""

ANSWERS = [
    ("Plan type", "plan_type: employer_erisa", "case.yaml"),
    ("Funding", "funding: insured", "case.yaml"),
    ("Reference number", "NMH-RX-26-0929-51406", "denial/step-therapy-denial-2026-10-06.txt"),
    ("Decision appealed", "FIRST LEVEL APPEAL DECISION                    Date: 11/10/2026", "denial/first-level-decision-2026-11-10.txt"),
    ("Stage", "stage: second level", "case.yaml"),
    ("Second-level deadline", "2027-01-09", "case.yaml"),
    ("Words the decision quoted", "an adequate trial of augmentation with an atypical antipsychotic or lithium of at\nleast 6 weeks", "denial/first-level-decision-2026-11-10.txt"),
    ("Words in force", "or documented intolerance of one", "other/rx-esk-9-2026-excerpt.txt"),
    ("Version in force from", "effective 01/01/2026", "other/rx-esk-9-2026-excerpt.txt"),
    ("Intolerance documented", "stopped after 2 weeks for akathisia", "clinical/psychiatry-note-2026-09-02.txt"),
    ("Antidepressant trials", "Escitalopram 20 mg 07/2025-09/2025 (10 weeks), no response", "clinical/psychiatry-note-2026-09-02.txt"),
    ("Drug still taken", "Venlafaxine XR 300 mg since 02/2026, partial response, continued", "clinical/psychiatry-note-2026-09-02.txt"),
    ("Sleep dose", "Doxepin 6 mg at bedtime for sleep", "clinical/psychiatry-note-2026-09-02.txt"),
    ("First-level reviewer", "Leah Conroy, PharmD", "denial/first-level-decision-2026-11-10.txt"),
    ("Author relation", "relation: representative", "case.yaml"),
    ("Other person on a document", "Lisinopril 10 mg #30 - Erik Halvorsen-Desai", "other/pharmacy-receipt-2026-07.txt"),
]
