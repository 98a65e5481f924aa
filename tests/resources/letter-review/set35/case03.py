"""Set 35, case 03 (FICTIONAL): FIDE SNP (integrated D-SNP), Spravato denied under the plan's own criteria where Medicare's (a fictional LCD) apply."""

SLUG = "03-medicare-advantage-fide-snp-spravato-plan-criteria-not-medicare-lcd-integrated-reconsideration-grandson"

CASE_YAML = """
# FICTIONAL CASE (set 35, case 03) - every person, plan, provider, number, coverage document and address is invented.
# Medicare Advantage FIDE SNP (integrated D-SNP), New Jersey. Wilhelmina Dade, 69, has both Medicare and Medicaid.
# Her psychiatrist asked on 11/12/2026 for Spravato with sertraline; the plan's integrated organization determination
# of 11/18/2026 denied it under its own criteria BH-ESK-07 (four trials, one augmentation, psychiatrist prescriber)
# and said the prescriber was an internist. Medicare's rule for the drug (fictional LCD L99734) asks for two
# antidepressant trials in the current episode, which she has. Her grandson, appointed on form CMS-1696, asks for an
# integrated reconsideration.
patient:
  name: Wilhelmina Dade
  salutation: Mrs. Dade
  date_of_birth: 1957-08-22
  member_id: FICT-PHD-55081276
  address: |-
    88 Mount Prospect Avenue, Apt 4C
    Newark, NJ 07104
  phone: (973) 555-0126
insurer:
  name: Palisade Harbor Dual Complete (HMO D-SNP), a FIDE SNP (FICTIONAL)
  appeals_address: |-
    Palisade Harbor Dual Complete - Integrated Appeals Unit (FICTIONAL)
    PO Box 47190
    Newark, NJ 07101
  fax: (973) 555-0140
claim:
  number: PHD-OD-26-1112-08841
  plan_type: medicare_advantage
  integrated: true
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-17
  deadline_basis: >-
    Integrated organization determination of 11/18/2026: "You must ask for an integrated reconsideration within 60
    calendar days from the date you receive this notice." Counted from the notice date (01/17/2027); with receipt
    presumed 5 days after the notice date, 01/22/2027.
  procedure_codes: [G2082, G2083, J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine nasal spray (Spravato) is denied. Palisade Harbor Clinical Criteria BH-ESK-07 are not met. Criterion 1
    requires four antidepressant trials from at least two classes in the current episode, including one augmentation
    trial; records show two antidepressant trials and no augmentation trial. Criterion 2 requires a board-certified
    psychiatrist prescriber; prescriber specialty on file: internal medicine.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Gerald Voss-Amankwah, MD
    specialty: internal medicine
  action: none
  corrections:
    - said: "Prescriber specialty on file: internal medicine."
      record: >-
        The request came from Samir Oyelaran-Whitt, MD, who is board-certified in psychiatry, as his evaluation of
        11/09/2026 and the request form of 11/12/2026 show.
      file: clinical/psychiatric-evaluation-2026-11-09.txt
      page: 1
plan_policy:
  name: Palisade Harbor Clinical Criteria BH-ESK-07, Esketamine (Spravato)
  number: BH-ESK-07
  quote: >-
    1. Four antidepressant trials from at least two classes in the current episode, each of at least 8 weeks, one of
    which is an augmentation trial with an atypical antipsychotic or lithium. 2. The prescriber is a board-certified
    psychiatrist. 3. The drug is given in a setting certified under the Spravato REMS.
  file: other/plan-criteria-bh-esk-07.txt
medicare_coverage:
  name: Local coverage determination L99734, Esketamine Nasal Spray (FICTIONAL LCD for this test set)
  number: L99734
  quote: >-
    Esketamine nasal spray is reasonable and necessary for treatment-resistant depression in adults when: (1) the
    patient has major depressive disorder and has had an inadequate response to at least two antidepressants, each
    at an adequate dose for an adequate duration (at least 6 weeks), in the current depressive episode; (2) it is
    self-administered under the direct supervision of a health care provider at a treatment center certified under
    the Spravato REMS, with monitoring for at least 2 hours after each dose; and (3) the patient has no aneurysmal
    vascular disease, arteriovenous malformation or history of intracerebral hemorrhage.
  file: other/lcd-l99734-esketamine-excerpt.txt
payer_criteria:
  - criterion: >-
      L99734 (1): major depressive disorder with an inadequate response to at least two antidepressants, each at an
      adequate dose for at least 6 weeks, in the current depressive episode.
    how_met: >-
      Escitalopram 20 mg for 12 weeks (09/2025-12/2025) with no response; sertraline 150 mg since 02/2026 with only a
      partial response, continued. Duloxetine was stopped after 2 weeks for nausea and dizziness and is not counted.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
  - criterion: >-
      L99734 (2): self-administered under direct supervision at a treatment center certified under the Spravato REMS,
      with monitoring for at least 2 hours after each dose.
    how_met: Ironbound Interventional Psychiatry is certified under the Spravato REMS and monitors each patient for 2 hours.
    met: true
    evidence: {file: clinical/spravato-request-form-2026-11-12.txt, page: 1}
  - criterion: "L99734 (3): no aneurysmal vascular disease, arteriovenous malformation or history of intracerebral hemorrhage."
    how_met: Screened 11/09/2026; none of them; blood pressure 128/78.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
prior_auth:
  requested_on: 2026-11-12
treatment:
  name: Esketamine nasal spray (Spravato) with sertraline (G2082, G2083, J0013)
  summary: >-
    Spravato for treatment-resistant depression in the current episode, given with the sertraline she continues,
    after escitalopram gave no response and sertraline only a partial one.
  plan: >-
    Induction: 56 mg at the first session, then 84 mg twice weekly through week 4 (8 sessions), then weekly through
    week 8; MADRS at week 4, stopping if there is no response; sertraline 150 mg continues.
  alongside: sertraline 150 mg daily
  setting: Ironbound Interventional Psychiatry, a treatment center certified under the Spravato REMS
  monitoring: Blood pressure before the dose, at 40 minutes and at 2 hours; sedation and dissociation checks for 2 hours
clinical:
  severity: MADRS 33 on 11/09/2026
  severity_date: 2026-11-09
  suicidality: none
  suicidality_date: 2026-11-09
  episode_onset: 2025-08
  treating_since: 2025-09
  exclusions: >-
    No aneurysmal vascular disease, arteriovenous malformation or intracerebral hemorrhage; blood pressure 128/78; no
    psychosis; no substance use.
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-09
      end: 2025-12
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-01
      end: 2026-01
      weeks: 2
      kind: antidepressant
      adequate: false
      failed: false
      outcome: Stopped after 2 weeks for nausea and dizziness (intolerance, not an adequate trial)
      evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued, and to continue with Spravato
      evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an augmentation trial
      evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
    - drug: Electroconvulsive therapy (ECT)
      dose: 10 sessions
      start: 2019-04
      end: 2019-05
      kind: neuromodulation
      sessions: 10
      response: remission
      failed: false
      outcome: Earlier episode (2019) - remission
      evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily (maintenance after ECT)
      start: 2019-05
      end: 2023-06
      kind: antidepressant
      response: remission
      failed: false
      outcome: Earlier episode - maintenance while well; tapered 06/2023 while well
      evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
author:
  name: Julian Dade-Moreno
  role: grandson, appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-24.txt
  address: |-
    14 Lafayette Street, Apt 2
    Newark, NJ 07102
  phone: (973) 555-0192
  email: julian.dademoreno@mailbox.example
provider:
  name: Samir Oyelaran-Whitt, MD
  credentials: MD, board-certified in psychiatry
  npi: "1193847526"
  address: |-
    Ironbound Interventional Psychiatry (FICTIONAL), 301 Ferry Street, Suite 5
    Newark, NJ 07105
  phone: (973) 555-0183
copies: [prescriber]
record_dates:
  - file: clinical/psychiatric-evaluation-2026-11-09.txt
    date: 2026-11-09
  - file: clinical/spravato-request-form-2026-11-12.txt
    date: 2026-11-12
bates_prefix: DADE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/integrated-organization-determination-2026-11-18.txt": """
PALISADE HARBOR DUAL COMPLETE (HMO D-SNP), A FIDE SNP (FICTIONAL)
INTEGRATED NOTICE OF DENIAL OF MEDICAL COVERAGE                                         Date of notice: 11/18/2026
Member: Wilhelmina Dade   DOB 08/22/1957   Member ID FICT-PHD-55081276
Request PHD-OD-26-1112-08841, received 11/12/2026: esketamine nasal spray (Spravato) with treatment sessions
(G2082, G2083, J0013), prescriber on file: Samir Oyelaran-Whitt, MD
Decision: denied. Palisade Harbor Clinical Criteria BH-ESK-07 are not met. Criterion 1 requires four antidepressant
trials from at least two classes in the current episode, including one augmentation trial; records show two
antidepressant trials and no augmentation trial. Criterion 2 requires a board-certified psychiatrist prescriber;
prescriber specialty on file: internal medicine.
Reviewed by: Gerald Voss-Amankwah, MD (internal medicine), plan medical director.
Your right to an integrated appeal: You must ask for an integrated reconsideration within 60 calendar days from the
date you receive this notice. Write to Integrated Appeals Unit, PO Box 47190, Newark, NJ 07101, or fax
(973) 555-0140. If we say no again, we will send your case to an independent review entity for the Medicare part.
""",
"other/plan-criteria-bh-esk-07.txt": """
PALISADE HARBOR DUAL COMPLETE (FICTIONAL) - CLINICAL CRITERIA BH-ESK-07, ESKETAMINE (SPRAVATO)   Revised 01/2026
Page 1 of 1
1. Four antidepressant trials from at least two classes in the current episode, each of at least 8 weeks, one of
which is an augmentation trial with an atypical antipsychotic or lithium. 2. The prescriber is a board-certified
psychiatrist. 3. The drug is given in a setting certified under the Spravato REMS.
These are the plan's internal criteria.
""",
"other/lcd-l99734-esketamine-excerpt.txt": """
LOCAL COVERAGE DETERMINATION L99734, ESKETAMINE NASAL SPRAY (FICTIONAL LCD written for this test set)
Medicare Administrative Contractor for the member's area (FICTIONAL)      Effective 03/01/2025   Page 1 of 1
Coverage indications: Esketamine nasal spray is reasonable and necessary for treatment-resistant depression in
adults when: (1) the patient has major depressive disorder and has had an inadequate response to at least two
antidepressants, each at an adequate dose for an adequate duration (at least 6 weeks), in the current depressive
episode; (2) it is self-administered under the direct supervision of a health care provider at a treatment center
certified under the Spravato REMS, with monitoring for at least 2 hours after each dose; and (3) the patient has no
aneurysmal vascular disease, arteriovenous malformation or history of intracerebral hemorrhage.
""",
"other/cms-1696-appointment-2026-11-24.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, FICTIONAL copy)                                      Date: 11/24/2026
Page 1 of 1
Beneficiary: Wilhelmina Dade   Member ID FICT-PHD-55081276
I appoint Julian Dade-Moreno, my grandson, to act as my representative in connection with my claim or asserted
right under Medicare and my plan, including the integrated appeal of the 11/18/2026 decision.
Signed: Wilhelmina Dade 11/24/2026   Accepted: Julian Dade-Moreno 11/24/2026
""",
"other/medication-list-2022-stale.txt": """
IRONBOUND INTERVENTIONAL PSYCHIATRY (FICTIONAL) - MEDICATION LIST                                 Printed: 03/14/2022
Patient: Wilhelmina Dade
Venlafaxine XR 150 mg daily (maintenance after ECT, 2019). Status: stable, in remission.
[Old list kept in the chart; venlafaxine was tapered in 06/2023 while she was well.]
""",
"other/pharmacy-fill-history-2026-11-20.txt": """
BRANCH BROOK PHARMACY (FICTIONAL) - FILL HISTORY, household printout                        Printed: 11/20/2026
Page 1 of 1
DADE, WILHELMINA   sertraline 50 mg tablets, 3 daily (150 mg)   filled 10/28/2026, 09/29/2026, 08/30/2026
DADE, WILHELMINA   quetiapine 25 mg, 1 at bedtime                filled 10/28/2026
DADE, CORNELIUS    lisinopril 20 mg, 1 daily                     filled 10/30/2026
""",
"clinical/psychiatric-evaluation-2026-11-09.txt": """
IRONBOUND INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION FOR SPRAVATO              Date: 11/09/2026
Patient: Wilhelmina Dade   DOB 08/22/1957   Page 1 of 1
Physician: Samir Oyelaran-Whitt, MD, board-certified in psychiatry; treating her since 09/2025.
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since
08/2025. MADRS 33. No suicidal ideation.
Current episode: escitalopram 20 mg 09/2025-12/2025, 12 weeks, no response; duloxetine 60 mg started 01/2026, stopped
after 2 weeks for nausea and dizziness; sertraline 150 mg daily since 02/2026, partial response, continues.
Quetiapine 25 mg at bedtime since 03/2026, for sleep only.
Earlier episode 2019: ECT, 10 sessions, remission; then venlafaxine XR 150 mg maintenance, tapered 06/2023 while well.
Screening: no aneurysmal vascular disease, arteriovenous malformation or intracerebral hemorrhage; blood pressure
128/78; no psychosis; no substance use.
Plan: Spravato with sertraline; 56 mg at the first session, then 84 mg twice weekly to week 4, then weekly to week 8.
""",
"clinical/spravato-request-form-2026-11-12.txt": """
IRONBOUND INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PRIOR AUTHORIZATION REQUEST, SPRAVATO             Date: 11/12/2026
Page 1 of 1
Member: Wilhelmina Dade   Member ID FICT-PHD-55081276
Prescriber: Samir Oyelaran-Whitt, MD, psychiatry (board-certified), NPI 1193847526
Site: Ironbound Interventional Psychiatry, certified in the Spravato REMS; each patient is monitored for 2 hours
after each dose (blood pressure before the dose, at 40 minutes and at 2 hours).
Codes: G2082 (first session, 56 mg), G2083 (84 mg sessions), J0013 (esketamine, 1 mg units)
""",
}

TRUTH = """
# 03 - Medicare Advantage FIDE SNP: Spravato denied under the plan's own criteria where Medicare's rule (a fictional LCD) sets them; integrated reconsideration asked by the grandson (FICTIONAL)

All people, plans, providers, numbers, coverage documents (LCD L99734 is invented) and addresses are invented (FICTIONAL).

## What is true
- Wilhelmina Dade, 69 (DOB 08/22/1957), has Medicare and Medicaid and is enrolled in **Palisade Harbor Dual Complete**,
  a **FIDE SNP** whose notice offers an **integrated reconsideration** (`claim.integrated: true`).
- Her psychiatrist, **Samir Oyelaran-Whitt, MD, board-certified in psychiatry**, asked on **11/12/2026** for Spravato with
  sertraline (G2082, G2083, J0013; F33.2). The integrated denial of **11/18/2026** applied the plan's internal
  **BH-ESK-07** (four trials, two classes, one augmentation, 8 weeks each; a psychiatrist prescriber) and said the
  prescriber's specialty was internal medicine (the reviewer, Dr. Voss-Amankwah, is the internist).
- Medicare's own rule for the drug in her area is **LCD L99734** (fictional): two antidepressants at adequate dose for at
  least 6 weeks in the current episode; REMS-certified supervision with 2 hours of monitoring; no aneurysmal vascular
  disease, AVM or intracerebral hemorrhage. All three are met: **escitalopram 20 mg, 12 weeks, no response**;
  **sertraline 150 mg since 02/2026, partial response, continuing**; the clinic is REMS-certified; screening clear.
- **Rule:** a Medicare Advantage plan covers what Original Medicare covers (42 CFR 422.101(a)-(b)), and where Medicare's
  coverage criteria are fully established it may not apply internal criteria instead (42 CFR 422.101(b)(6)). A FIDE SNP
  stays a Medicare Advantage plan for this.
- **Stage and window:** integrated reconsideration (42 CFR 422.633(a)), within **60 days after receipt** of the notice
  (422.633(d)(1)): 01/17/2027 counted from the notice date, 01/22/2027 with receipt presumed 5 days later. An upheld
  denial of the Medicare part goes on to the independent review entity automatically (422.634).
- MADRS 33 on 11/09/2026; no suicidal ideation. Episode since 08/2025.
- **Author:** her grandson, appointed on form CMS-1696 (11/24/2026); he writes about "Mrs. Dade".

{ANSWERS}

## Deliberately unknown
- Which decision time applies to a standard integrated reconsideration about a Part B drug (7 days under 422.590(c) for
  Medicare Advantage, or the integrated process's own): not settled in the case; a letter must not state one as fact.
- Whether the Medicaid side covers Spravato: not in the case; no state fair hearing is asked for now.
- Where the plan's "internal medicine" entry came from: not known.

## Traps
- **Rule, not only medicine.** The first point is that BH-ESK-07 is not Medicare's rule; answering BH-ESK-07's four
  trials on their own terms concedes the wrong standard.
- **A decision's stated fact the record contradicts:** "prescriber specialty: internal medicine" (it is the reviewer who
  is an internist); and a psychiatrist prescriber is a payer criterion, not a label one.
- **Counting trials:** two adequate trials in the current episode (escitalopram failed; sertraline partial and
  continuing). Duloxetine (2 weeks, intolerance) is not an adequate trial; quetiapine 25 mg is a **sleep dose**, not the
  augmentation the plan asked for.
- **Earlier-episode responses:** ECT 2019 gave **remission** and venlafaxine maintenance kept it; neither is a failure,
  and "ECT failed" or "ECT not tried" are both false.
- **Stale document:** the 2022 medication list (venlafaxine) describes maintenance tapered in 2023.
- **Other person on a document:** the fill history's lisinopril line is Cornelius Dade, not the patient.
- **Labelled use:** treatment-resistant depression, with sertraline (allowed with or without an oral antidepressant
  since 2025); never the suicidal-ideation indication - she has none.
- **Wrong law and route:** no MHPAEA (Medicare), no ERISA, no 45 CFR 147.136, no external review, no state fair hearing
  for this request, and not the ordinary 65-day Medicare Advantage window.
- **Voice:** the grandson writes as representative; never "I" for the patient.

## Arguments a strong letter makes (strongest first)
1. BH-ESK-07 is the plan's internal criteria; Medicare's rule for the drug, LCD L99734, is fully established, so under
   42 CFR 422.101(b)(6) the plan may apply only it. Each of its three criteria is met, with the records.
2. Correct the prescriber's specialty: Dr. Oyelaran-Whitt is board-certified in psychiatry (and the psychiatrist
   criterion is the plan's, not Medicare's or the label's).
3. The requested use is the labelled one (treatment-resistant depression in an adult, with sertraline continuing),
   given at a REMS-certified center under 2-hour monitoring.
4. Ask for a reviewer with psychiatric expertise who took no part in the denial (asked, not cited as a duty to name
   them), and for the case file free of charge (422.633(c)).

## What a letter must NOT say
- "MHPAEA", "parity", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "state fair hearing" as the
  next step; "65 days".
- "four antidepressant trials" as met; "failed three antidepressants"; duloxetine or quetiapine as failed trials;
  "failed sertraline", "stopped sertraline".
- "ECT failed", "has not tried ECT"; "venlafaxine failed".
- "approved for suicidal ideation"; "suicidal".
- "Cornelius"; "lisinopril".
- "the label requires a psychiatrist".
"""

ANSWERS = [
    ("integrated plan", "integrated: true", "case.yaml"),
    ("date of the notice", "Date of notice: 11/18/2026", "denial/integrated-organization-determination-2026-11-18.txt"),
    ("window the notice gives", "within 60 calendar days from the date you receive this notice", "denial/integrated-organization-determination-2026-11-18.txt"),
    ("plan's criteria applied", "Clinical Criteria BH-ESK-07", "denial/integrated-organization-determination-2026-11-18.txt"),
    ("reviewer", "Gerald Voss-Amankwah, MD (internal medicine)", "denial/integrated-organization-determination-2026-11-18.txt"),
    ("plan's trial requirement", "Four antidepressant trials from at least two classes", "other/plan-criteria-bh-esk-07.txt"),
    ("Medicare's rule", "L99734", "other/lcd-l99734-esketamine-excerpt.txt"),
    ("Medicare's trial requirement", "at least two antidepressants", "other/lcd-l99734-esketamine-excerpt.txt"),
    ("prescriber's board certification", "board-certified in psychiatry", "clinical/psychiatric-evaluation-2026-11-09.txt"),
    ("first adequate trial", "escitalopram 20 mg 09/2025-12/2025, 12 weeks, no response", "clinical/psychiatric-evaluation-2026-11-09.txt"),
    ("second adequate trial", "sertraline 150 mg daily since 02/2026, partial response, continues", "clinical/psychiatric-evaluation-2026-11-09.txt"),
    ("why duloxetine stopped", "after 2 weeks for nausea and dizziness", "clinical/psychiatric-evaluation-2026-11-09.txt"),
    ("severity", "MADRS 33", "clinical/psychiatric-evaluation-2026-11-09.txt"),
    ("earlier episode", "ECT, 10 sessions, remission", "clinical/psychiatric-evaluation-2026-11-09.txt"),
    ("REMS", "certified in the Spravato REMS", "clinical/spravato-request-form-2026-11-12.txt"),
    ("appointment signed", "Signed: Wilhelmina Dade 11/24/2026", "other/cms-1696-appointment-2026-11-24.txt"),
]
