"""Set 28, case 02 (FICTIONAL): Part D PDP, prior authorization for cariprazine read under an old diagnosis."""

SLUG = "02-part-d-pdp-prior-auth-cariprazine-bipolar-depression-old-diagnosis-ire-husband"

CASE_YAML = """
# FICTIONAL CASE (set 28, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Ohio. Patricia Lindqvist, 67, was diagnosed with bipolar I disorder after a manic episode
# (hospital 02/2026); in a severe depressive episode her psychiatrist prescribed cariprazine 1.5 mg. The plan denied
# prior authorization (09/22/2026) as "diagnosis on file: major depressive disorder", applying its adjunctive-MDD
# criterion (two antidepressants); the redetermination (10/29/2026) upheld it, saying the prescriber's records list
# MDD. Her records since 03/2026 say bipolar I, current episode depressed (F31.4), the plan's criterion 3. Her
# husband, appointed on CMS-1696, asks the Part D independent review entity to reconsider.
patient:
  name: Patricia Lindqvist
  salutation: Mrs. Lindqvist
  date_of_birth: 1959-05-11
  member_id: FICT-BMR-5530917264
  address: |-
    418 Orchard Hill Drive
    Zanesville, OH 43701
  phone: (740) 555-0124
insurer:
  name: Buckeye Meridian Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Buckeye Meridian Rx - Part D Appeals (address FICTIONAL)
    PO Box 66120
    Columbus, OH 43266
  fax: (614) 555-0171
claim:
  number: CD-26-0922-301774
  plan_type: medicare_part_d
  notice_date: 2026-09-22
  appeal_deadline: 2027-01-02
  deadline_basis: >-
    Redetermination notice of 10/29/2026: "You must make your request for reconsideration by the Independent Review
    Entity within 65 days from the date of this notice."
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Prior authorization denied. Diagnosis on file: major depressive disorder (F33.2). For adjunctive treatment of
    major depressive disorder, criterion 4 requires an inadequate response to at least two antidepressants in the
    current episode; pharmacy claims show one (sertraline).
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  pending_services: [cariprazine 1.5 mg daily, 30 capsules a month]
decisions:
  - date: 2026-10-29
    outcome: denied
    stage: redetermination
    opens: IRE reconsideration
    next_deadline: 2027-01-02
    reason: >-
      We reviewed your request and the records sent. The prescriber's records list major depressive disorder. The
      request does not meet criterion 4 (two antidepressants in the current episode). Our decision is upheld.
    corrections:
      - said: "The prescriber's records list major depressive disorder"
        record: >-
          The treating psychiatrist's evaluation of March 4, 2026 diagnoses bipolar I disorder, current episode
          depressed, severe, without psychotic features (F31.4), after a manic episode that needed a hospital stay
          from February 16 to February 27, 2026; major depressive disorder (F33.2) appears only on a 2021 primary care
          problem list
        file: clinical/psychiatric-evaluation-2026-03-04.txt
        page: 1
external_review:
  agency: Part D Independent Review Entity named in the redetermination notice (FICTIONAL address)
  address: |-
    Part D Independent Review Entity - Reconsiderations (address FICTIONAL)
    PO Box 91550
    Rochester, NY 14692
  final_denial_date: 2026-10-29
plan_policy:
  name: Buckeye Meridian Rx 2026 Prior Authorization Criteria, PA-CNS-31 (cariprazine)
  number: PA-CNS-31
  quote: >-
    Cariprazine is approved when prescribed for one of the following: 1. schizophrenia; 2. acute manic or mixed
    episodes associated with bipolar I disorder; 3. depressive episodes associated with bipolar I disorder; 4.
    adjunctive treatment of major depressive disorder after an inadequate response to at least two antidepressants in
    the current episode. Approval: 12 months.
  file: other/pa-criteria-cariprazine-2026.txt
prior_auth:
  requested_on: 2026-09-15
payer_criteria:
  - criterion: "3. depressive episodes associated with bipolar I disorder"
    how_met: >-
      Bipolar I disorder diagnosed 03/04/2026 after a manic episode with a hospital stay (02/16-02/27/2026); current
      episode depressed, severe (F31.4), MADRS 31 on 09/15/2026
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-03-04.txt, page: 1}
treatment:
  name: Cariprazine (Vraylar) 1.5 mg daily
  summary: >-
    Cariprazine 1.5 mg daily for a severe depressive episode of bipolar I disorder, after quetiapine was stopped for
    sedation and weight gain; lamotrigine continues.
  plan: Cariprazine 1.5 mg daily, with lamotrigine 200 mg daily continued; review at 4 and 8 weeks; MADRS each visit.
clinical:
  severity: MADRS 31 on 09/15/2026 (severe depressive episode, bipolar I)
  severity_date: 2026-09-15
  suicidality: passive
  suicidality_date: 2026-09-15
  episode_onset: 2026-06
  treating_since: 2026-03-04
  history:
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2026-03
      ongoing: true
      kind: other
      response: partial
      outcome: Mood stabilizer; continued; no mania since starting; depression returned in 06/2026
      evidence: {file: clinical/psychiatric-evaluation-2026-03-04.txt, page: 1}
    - drug: Quetiapine
      dose: 300 mg at bedtime
      start: 2026-06-20
      end: 2026-08-18
      kind: other
      adequate: false
      outcome: Stopped after 8 weeks for sedation and weight gain of 6 kg (intolerance)
      evidence: {file: clinical/psychiatry-follow-up-2026-09-15.txt, page: 1}
    - drug: Sertraline (earlier episode, 2021)
      dose: 100 mg daily
      start: 2021-04
      end: 2023-02
      kind: antidepressant
      failed: false
      response: remission
      outcome: Remission in the 2021 episode under the earlier diagnosis; tapered 02/2023 while well
      evidence: {file: clinical/psychiatric-evaluation-2026-03-04.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-follow-up-2026-09-15.txt, page: 1}
author:
  name: Gordon Lindqvist
  role: Husband of the enrollee and her appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-06.txt
  address: |-
    418 Orchard Hill Drive
    Zanesville, OH 43701
  phone: (740) 555-0124
  email: gordon.lindqvist@mail.example
provider:
  name: Samuel Achterberg
  credentials: MD
  npi: "1549201873"
  address: |-
    Muskingum Valley Psychiatry (FICTIONAL), 1020 Maple Avenue
    Zanesville, OH 43701
  phone: (740) 555-0151
record_dates:
  - file: clinical/psychiatric-evaluation-2026-03-04.txt
    date: 2026-03-04
  - file: clinical/psychiatry-follow-up-2026-09-15.txt
    date: 2026-09-15
template: external-review-request
bates_prefix: LINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/coverage-determination-denial-2026-09-22.txt": """
BUCKEYE MERIDIAN RX (PDP) (FICTIONAL) - A MEDICARE PRESCRIPTION DRUG PLAN
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE        Date of this notice: 09/22/2026
Enrollee: Patricia Lindqvist    Member ID FICT-BMR-5530917264    Case: CD-26-0922-301774
Page 1 of 1

Drug requested: cariprazine 1.5 mg capsule, 30 per 30 days. Prescriber: Samuel Achterberg, MD.
Prior authorization denied. Diagnosis on file: major depressive disorder (F33.2). For adjunctive treatment of major
depressive disorder, criterion 4 requires an inadequate response to at least two antidepressants in the current
episode; pharmacy claims show one (sertraline).
You may ask for a redetermination within 65 days from the date of this notice.
""",
    "denial/redetermination-decision-2026-10-29.txt": """
BUCKEYE MERIDIAN RX (PDP) (FICTIONAL)
REDETERMINATION NOTICE                                         Date of this notice: 10/29/2026
Enrollee: Patricia Lindqvist    Case: CD-26-0922-301774    Page 1 of 1

We reviewed your request and the records sent. The prescriber's records list major depressive disorder. The request
does not meet criterion 4 (two antidepressants in the current episode). Our decision is upheld.
Reviewed by: pharmacist reviewer; physician reviewer, internal medicine.

IF YOU DISAGREE: You must make your request for reconsideration by the Independent Review Entity within 65 days from
the date of this notice. Send it to the Part D Independent Review Entity - Reconsiderations, PO Box 91550,
Rochester, NY 14692 (address FICTIONAL). Someone may ask for you if you appoint them (form CMS-1696).
""",
    "other/pa-criteria-cariprazine-2026.txt": """
BUCKEYE MERIDIAN RX (FICTIONAL) - 2026 PRIOR AUTHORIZATION CRITERIA
PA-CNS-31 cariprazine                                                         Page 1 of 1
Cariprazine is approved when prescribed for one of the following: 1. schizophrenia; 2. acute manic or mixed episodes
associated with bipolar I disorder; 3. depressive episodes associated with bipolar I disorder; 4. adjunctive
treatment of major depressive disorder after an inadequate response to at least two antidepressants in the current
episode. Approval: 12 months.
""",
    "clinical/psychiatric-evaluation-2026-03-04.txt": """
MUSKINGUM VALLEY PSYCHIATRY (FICTIONAL)
PSYCHIATRIC EVALUATION                                         Date: 03/04/2026
Patient: Patricia Lindqvist   DOB 05/11/1959   Psychiatrist: Samuel Achterberg, MD (NPI 1549201873)
Page 1 of 1

Referred after discharge from Genesis Valley Behavioral Unit (FICTIONAL), stay 02/16-02/27/2026, for a manic episode
(reduced sleep, pressured speech, spending, grandiosity) that followed a dose increase of an over-the-counter
decongestant; no prior manic episode documented.
History: 2021 depressive episode treated by her primary care physician as major depressive disorder (F33.2) with
sertraline 100 mg, 04/2021-02/2023: remission; tapered while well.
Diagnosis today: bipolar I disorder, most recent episode manic, in partial remission; the earlier diagnosis of major
depressive disorder is replaced.
Plan: lamotrigine, titrate to 200 mg daily; no antidepressant monotherapy.
Addendum 09/15/2026 (same record): current episode depressed, severe, without psychotic features (F31.4); see
follow-up note of that date.
""",
    "clinical/psychiatry-follow-up-2026-09-15.txt": """
MUSKINGUM VALLEY PSYCHIATRY (FICTIONAL)
FOLLOW-UP NOTE                                                 Date: 09/15/2026
Patient: Patricia Lindqvist   Psychiatrist: Samuel Achterberg, MD
Page 1 of 1

Bipolar I disorder, current episode depressed, severe, without psychotic features (F31.4). Depressive symptoms since
06/2026 despite lamotrigine 200 mg daily (continued; no mania since it was started). MADRS 31. Passive wish not to wake
up; no plan or intent. Quetiapine 300 mg at bedtime 06/20-08/18/2026: stopped for sedation and 6 kg weight gain.
Trazodone 50 mg at bedtime for sleep since 10/2025.
Plan: cariprazine 1.5 mg daily; prior authorization requested today. Samples given for 14 days (09/15/2026) while
the plan decides. Review at 4 and 8 weeks.
""",
    "other/pcp-problem-list-2021.txt": """
ZANESVILLE FAMILY MEDICINE (FICTIONAL) - PROBLEM LIST PRINTED 05/03/2021
Patient: Patricia Lindqvist. Active problems: major depressive disorder, recurrent, severe (F33.2); hypertension.
(Printed before the 2026 diagnosis of bipolar I disorder.)
""",
    "other/cms-1696-appointment-2026-11-06.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, reproduced; FICTIONAL)          Signed: 11/06/2026
Beneficiary: Patricia Lindqvist, Medicare drug plan member ID FICT-BMR-5530917264.
I appoint Gordon Lindqvist (husband), 418 Orchard Hill Drive, Zanesville, OH 43701, to act as my representative in
connection with my claim or asserted right under Medicare, including Part D appeals.
Signed: Patricia Lindqvist, 11/06/2026. Accepted: Gordon Lindqvist, 11/06/2026. Not a provider; no fee charged.
""",
}

TRUTH = """
# 02 - Part D PDP: prior authorization for cariprazine judged under an old diagnosis; IRE reconsideration by the husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Patricia Lindqvist, 67 (DOB 05/11/1959), Zanesville, OH, is in **Buckeye Meridian Rx**, a stand-alone Part D PDP.
- She had a **manic episode with a hospital stay 02/16-02/27/2026**; her psychiatrist diagnosed **bipolar I disorder on
  03/04/2026**, and since 06/2026 she is in a **depressive episode, severe (F31.4)**, MADRS **31** on 09/15/2026.
- **Cariprazine 1.5 mg daily** was requested on 09/15/2026. The plan's **PA-CNS-31** approves it for "3. depressive
  episodes associated with bipolar I disorder" (no antidepressant count in that criterion).
- The **coverage determination (09/22/2026, CD-26-0922-301774)** and the **redetermination (10/29/2026)** judged it
  under criterion **4** (adjunctive treatment of MDD, two antidepressants), saying the diagnosis on file / the
  prescriber's records are MDD. The prescriber's records say bipolar I; MDD (F33.2) is only on a **2021 primary care
  problem list**.
- **Stage and rule:** reconsideration by the **Part D independent review entity** (42 CFR 423.600), requested by the
  enrollee or her representative **within 65 days of the redetermination notice: by 01/02/2027** (the notice says
  so). This is a request for a drug not yet covered (pre-benefit), so it may be expedited if the prescriber says
  waiting could seriously harm her (423.600/423.584 route); the case does not hold such a statement.
- **Author:** her husband, **Gordon Lindqvist**, appointed on **CMS-1696 signed 11/06/2026**; he writes "my wife".

## Deliberately unknown
- Whether the plan had the 03/04/2026 evaluation when it decided (the redetermination says "records sent" without a
  list): not known; a letter must not say the plan had it or ignored it, only that the record shows otherwise.
- The drug's tier and the enrollee's cost: not in the case.
- Response to cariprazine on the 14 days of samples: not recorded; never "she has improved on it".

## Traps
- **A decision's stated fact the record contradicts:** "diagnosis on file: MDD" / "the prescriber's records list MDD".
  The record's diagnosis is bipolar I (03/04/2026; F31.4 since 09/15/2026). The winning point is criterion **3**.
- **Wrong criterion answered:** a letter must not argue two antidepressant trials (criterion 4) as the main point, nor
  count sertraline as a failure: **sertraline (2021-2023) brought remission** in an earlier episode under the old
  diagnosis.
- **Not an exception:** the drug is covered with prior authorization; no formulary or tiering exception, no
  423.578(b) supporting statement needed (it may be mentioned only as a fallback, never as the ground).
- **Lamotrigine continues** (mood stabilizer, partial): never "failed" or an antidepressant trial. **Quetiapine** was
  stopped after 8 weeks for **intolerance** (sedation, weight): not "no response". **Trazodone 50 mg** is a sleep dose.
- **Samples** (14 days from 09/15/2026) are the drug requested, not an earlier trial of another drug.
- **Stale document:** the 2021 problem list (F33.2) is the likely source of the plan's "diagnosis on file".
- **Suicidality passive** (09/15/2026): never "active"; never a Spravato point.
- **Wrong law:** no ERISA, no ACA/45 CFR 147.136, no parity (MHPAEA does not reach Medicare), no Medicare Advantage
  422.x rules, no state external review; the IRE is not "the plan" (do not ask the plan to forward it).
- **Voice:** the husband writes "I" for himself and "my wife"; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. The record shows **bipolar I disorder, current episode depressed (F31.4)**: the psychiatrist's evaluation of
   03/04/2026 (after the 02/16-02/27/2026 manic episode) and the 09/15/2026 note. The decisions' "diagnosis on file:
   MDD" comes from a 2021 problem list and is contradicted.
2. The plan's own **PA-CNS-31 criterion 3** ("depressive episodes associated with bipolar I disorder") is met; criterion
   4's two-antidepressant rule does not apply to this use. Approve for the criteria's 12 months.
3. Severity (MADRS 31, passive death wish), lamotrigine continued, quetiapine stopped for intolerance: the request is
   the prescriber's plan, with review at 4 and 8 weeks.

## What a letter must NOT say
- "major depressive disorder" as her diagnosis; "two failed antidepressants"; "failed sertraline".
- "failed lamotrigine", "stopped lamotrigine"; quetiapine "no response"; trazodone as a trial.
- "formulary exception", "tiering exception" as the request; "the plan had the evaluation and ignored it".
- "ERISA", "45 CFR 147.136", "parity", "MHPAEA", "42 CFR 422", "state external review", "forward to the IRE".
- "active suicidal ideation"; "she is improving on cariprazine".
"""

ANSWERS = [
    ("clinical/psychiatric-evaluation-2026-03-04.txt", "Diagnosis today: bipolar I disorder, most recent episode manic"),
    ("clinical/psychiatric-evaluation-2026-03-04.txt", "stay 02/16-02/27/2026, for a manic episode"),
    ("clinical/psychiatric-evaluation-2026-03-04.txt", "sertraline 100 mg, 04/2021-02/2023: remission"),
    ("clinical/psychiatry-follow-up-2026-09-15.txt", "current episode depressed, severe, without psychotic features (F31.4)"),
    ("clinical/psychiatry-follow-up-2026-09-15.txt", "stopped for sedation and 6 kg weight gain"),
    ("clinical/psychiatry-follow-up-2026-09-15.txt", "Trazodone 50 mg at bedtime for sleep"),
    ("clinical/psychiatry-follow-up-2026-09-15.txt", "Passive wish not to wake up; no plan or intent"),
    ("other/pa-criteria-cariprazine-2026.txt", "3. depressive episodes associated with bipolar I disorder"),
    ("denial/coverage-determination-denial-2026-09-22.txt", "Diagnosis on file: major depressive disorder (F33.2)"),
    ("denial/redetermination-decision-2026-10-29.txt", "The prescriber's records list major depressive disorder"),
    ("denial/redetermination-decision-2026-10-29.txt", "within 65 days from the date of this notice"),
    ("other/pcp-problem-list-2021.txt", "Printed before the 2026 diagnosis of bipolar I disorder."),
    ("other/cms-1696-appointment-2026-11-06.txt", "I appoint Gordon Lindqvist (husband)"),
    ("truth", "by 01/02/2027"),
    ("truth", "no formulary or tiering exception"),
    ("case.yaml", "template: external-review-request"),
]
