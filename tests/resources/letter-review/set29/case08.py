"""Set 29 case 08 (FICTIONAL): separate CHIP managed care, step therapy for lurasidone; first plan appeal by the psychiatrist."""
SLUG = "08-separate-chip-mco-lurasidone-adolescent-bipolar-depression-step-therapy-first-appeal-psychiatrist"

CASE_YAML = """
# FICTIONAL CASE (set 29, case 08) - every person, plan, provider, number and address is invented.
# Separate CHIP, managed care, Iowa. Nadia Kowalczyk-Ferreira, 15, has bipolar I disorder, current episode depressed.
# Her psychiatrist asked for lurasidone; the plan denied it on 11/18/2026 under step policy RX-ST-BP-03: "quetiapine
# trial was 50 mg only (subtherapeutic)". The 50 mg was her pediatrician's 2024 sleep dose; from 08/2026 she took
# quetiapine 300 mg for 7 weeks, stopped for 8 kg weight gain and triglycerides 310 - a trial the policy counts (at
# least 150 mg for 4 weeks, "or not tolerated"). The treating child and adolescent psychiatrist files the first plan
# appeal with her mother's written consent.
patient:
  name: Nadia Kowalczyk-Ferreira
  salutation: Nadia
  date_of_birth: 2011-06-27
  member_id: FICT-HCH-0092217754
  address: |-
    1608 Grand View Avenue
    Des Moines, IA 50316
  phone: (515) 555-0131
insurer:
  name: Hawkeye Children's Health Plan, CHIP managed care (FICTIONAL)
  appeals_address: |-
    Hawkeye Children's Health Plan - Member Appeals (address FICTIONAL)
    PO Box 10377
    Des Moines, IA 50306
  fax: (515) 555-0181
claim:
  number: RX-PA-26-1112-40981
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-17
  deadline_basis: >-
    Notice of 11/18/2026: "You have 60 days from the date of this notice to ask for an appeal."
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Lurasidone is a non-preferred drug with step therapy (policy RX-ST-BP-03). Step 1 is not met: the quetiapine trial
    on file was 50 mg daily, below the 150 mg required. Please try quetiapine at a therapeutic dose or
    olanzapine/fluoxetine.
  denial_category: step_therapy
  action: none
  corrections:
    - said: the quetiapine trial on file was 50 mg daily, below the 150 mg required
      record: >-
        Quetiapine 50 mg at bedtime was her pediatrician's 2024 sleep prescription. From 08/10/2026 she took quetiapine
        titrated to 300 mg daily (300 mg from 08/24) for 7 weeks, stopped 09/28/2026 for an 8 kg weight gain and
        triglycerides of 310 mg/dL.
      file: clinical/child-psychiatry-note-2026-11-09.txt
      page: 1
prior_auth:
  requested_on: 2026-11-12
  reference: RX-PA-26-1112-40981
plan_policy:
  name: Pharmacy step therapy policy, lurasidone (members 10-17)
  number: RX-ST-BP-03
  quote: >-
    RX-ST-BP-03, lurasidone for bipolar depression, members aged 10 to 17. Step 1: a trial of quetiapine (at least
    150 mg daily for at least 4 weeks) or of olanzapine/fluoxetine, unless the drug is contraindicated or was not
    tolerated. Approve lurasidone when Step 1 is met.
  file: other/step-policy-rx-st-bp-03.txt
payer_criteria:
  - criterion: Bipolar depression in a member aged 10 to 17
    how_met: Bipolar I disorder, current episode depressed, severe (F31.4); age 15.
    met: true
    evidence: {file: clinical/child-psychiatry-note-2026-11-09.txt, page: 1}
  - criterion: >-
      Step 1: a trial of quetiapine (at least 150 mg daily for at least 4 weeks) or of olanzapine/fluoxetine, unless
      the drug is contraindicated or was not tolerated
    how_met: >-
      Quetiapine titrated to 300 mg daily, 08/10-09/28/2026 (300 mg for 5 of the 7 weeks), no improvement in
      depression; stopped for an 8 kg weight gain and triglycerides of 310 mg/dL (not tolerated).
    met: true
    evidence: {file: clinical/child-psychiatry-note-2026-11-09.txt, page: 1}
alternatives:
  - treatment: Olanzapine/fluoxetine
    why_not: >-
      After an 8 kg gain and triglycerides of 310 mg/dL on quetiapine, with a hemoglobin A1c of 6.0%, olanzapine carries
      a greater risk of the same metabolic harm; the fluoxetine in it caused hypomania in 2023.
treatment:
  name: Lurasidone 20 mg daily, increasing to 40 mg (bipolar depression)
  summary: >-
    Lurasidone for bipolar I depression in a 15-year-old, after quetiapine was not tolerated; FDA-approved for bipolar
    depression in patients aged 10 to 17.
  plan: Lurasidone 20 mg with the evening meal, to 40 mg after 1 week (up to 80 mg); weight, lipids and A1c at 12 weeks.
  alongside: lithium 600 mg daily
clinical:
  severity: CDRS-R 68 on 11/09/2026
  severity_date: 2026-11-09
  suicidality: passive
  suicidality_date: 2026-11-09
  episode_onset: 2026-07
  treating_since: 2023-10
  history:
    - drug: Fluoxetine
      dose: 10 mg daily
      start: 2023-05
      end: 2023-09
      kind: antidepressant
      adequate: false
      outcome: Stopped after hypomania (the event that led to the bipolar diagnosis); not a failed antidepressant trial
      evidence: {file: clinical/child-psychiatry-note-2026-11-09.txt, page: 1}
    - drug: Quetiapine (pediatrician)
      dose: 50 mg at bedtime for sleep
      start: 2024-02
      end: 2024-06
      kind: other
      adequate: false
      outcome: Sleep dose from her pediatrician in 2024; not a trial for bipolar depression
      evidence: {file: other/pediatrician-note-2024-02.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily (level 0.8 mmol/L)
      start: 2023-10
      ongoing: true
      kind: other
      outcome: Mood stabilizer; no mania since 2023; continued
      evidence: {file: clinical/child-psychiatry-note-2026-11-09.txt, page: 1}
    - drug: Quetiapine
      dose: 300 mg daily
      start: 2026-08-10
      end: 2026-09-28
      weeks: 7
      kind: other
      adequate: true
      failed: true
      outcome: No improvement in depression; stopped for an 8 kg weight gain and triglycerides of 310 mg/dL (not tolerated)
      evidence: {file: clinical/child-psychiatry-note-2026-11-09.txt, page: 1}
impact:
  daily_life: Attends school half days since 10/2026 with a 504 plan; stopped swim team.
author:
  name: Tomasz Wieczorek-Hale
  role: Treating child and adolescent psychiatrist (MD), with the member's mother's written consent
  relation: physician
  authorization: other/parent-consent-to-appeal-2026-11-20.txt
  address: |-
    Raccoon River Child Psychiatry (FICTIONAL), 1200 Pleasant Street, Suite 410
    Des Moines, IA 50309
  phone: (515) 555-0145
  fax: (515) 555-0149
provider:
  name: Tomasz Wieczorek-Hale
  credentials: MD
  npi: "1461459715"
  address: |-
    Raccoon River Child Psychiatry (FICTIONAL), 1200 Pleasant Street, Suite 410
    Des Moines, IA 50309
  phone: (515) 555-0145
record_dates:
  - file: clinical/child-psychiatry-note-2026-11-09.txt
    date: 2026-11-09
bates_prefix: KOWALCZYK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-18.txt": """
HAWKEYE CHILDREN'S HEALTH PLAN (FICTIONAL) - CHIP MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION (PHARMACY)                  Date of this notice: 11/18/2026
Member: Nadia Kowalczyk-Ferreira   Member ID FICT-HCH-0092217754   Request: RX-PA-26-1112-40981 (received 11/12/2026)
Drug: lurasidone 20 mg tablets   Prescriber: Tomasz Wieczorek-Hale, MD
Page 1 of 1

Decision: denied. Lurasidone is a non-preferred drug with step therapy (policy RX-ST-BP-03). Step 1 is not met: the
quetiapine trial on file was 50 mg daily, below the 150 mg required. Please try quetiapine at a therapeutic dose or
olanzapine/fluoxetine.

You have 60 days from the date of this notice to ask for an appeal. Your doctor may appeal for you with your written
consent. If we do not decide in your favor, you may ask the state for a review of our decision.
""",
    "other/step-policy-rx-st-bp-03.txt": """
HAWKEYE CHILDREN'S HEALTH PLAN (FICTIONAL) - PHARMACY STEP THERAPY POLICY RX-ST-BP-03 (effective 07/01/2026)

RX-ST-BP-03, lurasidone for bipolar depression, members aged 10 to 17. Step 1: a trial of quetiapine (at least
150 mg daily for at least 4 weeks) or of olanzapine/fluoxetine, unless the drug is contraindicated or was not
tolerated. Approve lurasidone when Step 1 is met.
""",
    "clinical/child-psychiatry-note-2026-11-09.txt": """
RACCOON RIVER CHILD PSYCHIATRY (FICTIONAL) - FOLLOW-UP NOTE                                 Date: 11/09/2026
Patient: Nadia Kowalczyk-Ferreira   DOB 06/27/2011   Psychiatrist: Tomasz Wieczorek-Hale, MD (NPI 1461459715)
Page 1 of 1

Diagnosis: bipolar I disorder, current episode depressed, severe, without psychotic features (F31.4). Under my care
since 10/2023. Current depressive episode since 07/2026. CDRS-R 68 today. Passive thoughts of being better off dead;
no plan, no intent; safety plan with her mother. School half days since 10/2026 (504 plan); stopped swim team.
History: fluoxetine 10 mg 05-09/2023 (pediatrician) led to hypomania - bipolar diagnosis 10/2023. Lithium since 10/2023,
600 mg, level 0.8, no mania since; continue. Quetiapine: started 08/10/2026, 300 mg daily from 08/24/2026, stopped
09/28/2026 (7 weeks): no improvement in depression; weight +8 kg, triglycerides 310 mg/dL, A1c 6.0%. Not tolerated.
(Her pediatrician's quetiapine 50 mg at bedtime for sleep in 2024 was a different, low-dose prescription.)
Plan: lurasidone 20 mg with the evening meal, to 40 mg after 1 week; weight, lipids and A1c at 12 weeks. Olanzapine/
fluoxetine not advised: metabolic risk after the quetiapine gain, and fluoxetine caused hypomania.
""",
    "other/pediatrician-note-2024-02.txt": """
DES MOINES PEDIATRIC ASSOCIATES (FICTIONAL) - VISIT NOTE                                    Date: 02/14/2024
Patient: Nadia Kowalczyk-Ferreira   DOB 06/27/2011
Sleep onset trouble. Start quetiapine 50 mg at bedtime for sleep; review in 3 months. (Stopped 06/2024.)
""",
    "other/pharmacy-claims-history-2026-11.txt": """
HAWKEYE CHILDREN'S HEALTH PLAN (FICTIONAL) - PHARMACY CLAIMS HISTORY (printed 11/13/2026), household view
Nadia Kowalczyk-Ferreira: 02/2024-06/2024 quetiapine 50 mg #30 (paid); lithium carbonate 300 mg #60 monthly since
  10/2023 (paid); 08/10/2026 quetiapine 25 mg #60 titration pack - paid by cash discount card, not this plan;
  08/24/2026 and 09/21/2026 quetiapine 300 mg #30 - paid by cash discount card, not this plan.
Mateo Kowalczyk-Ferreira (brother): methylphenidate ER 36 mg #30 monthly (paid).
""",
    "other/parent-consent-to-appeal-2026-11-20.txt": """
WRITTEN CONSENT (typed copy for this test set)
Member: Nadia Kowalczyk-Ferreira (age 15)   Member ID FICT-HCH-0092217754
I, Renata Kowalczyk-Ferreira, Nadia's mother, consent to Dr. Tomasz Wieczorek-Hale filing an appeal for Nadia about
lurasidone (request RX-PA-26-1112-40981) and acting for her in it.
Signed: Renata Kowalczyk-Ferreira, 11/20/2026.
""",
}

TRUTH = """
# 08 - Separate CHIP managed care: step therapy for lurasidone, a sleep dose taken for the step; first plan appeal by the psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Nadia Kowalczyk-Ferreira, **15** (DOB 06/27/2011), Des Moines, IA, is covered by a **separate CHIP** through a managed
  care plan.
- She has **bipolar I disorder, current episode depressed, severe (F31.4)**; CDRS-R 68; episode since 07/2026; lithium
  600 mg (level 0.8) since 10/2023, no mania since.
- Her psychiatrist asked for **lurasidone** on 11/12/2026; the plan denied it on **11/18/2026** under **RX-ST-BP-03**:
  "the quetiapine trial on file was 50 mg daily, below the 150 mg required".
- The **50 mg** was her **pediatrician's 2024 sleep prescription**. The real trial: **quetiapine 08/10-09/28/2026, 300 mg
  from 08/24 (7 weeks; 5 at 300 mg)**, no improvement, stopped for **+8 kg and triglycerides 310 mg/dL** - it meets
  Step 1 twice over (at least 150 mg for at least 4 weeks, **and** "not tolerated"). Those fills were **paid by a cash
  discount card**, not by the plan, which is why the plan's claims show only the 2024 50 mg.
- Lurasidone is FDA-approved for bipolar depression in patients **aged 10 to 17**: the approved use.
- **Stage and rule:** first plan appeal, **60 days from the notice: by 01/17/2027** (42 CFR 457.1260 applying 438.402
  (c)(2)(ii)); next, the **state's review** (42 CFR 457.1130(b)), not a fair hearing.
- **Author:** the treating **child and adolescent psychiatrist (MD)**, with her mother's written consent (11/20/2026).

## Deliberately unknown
- Whether an expedited appeal would be justified (no certification in the case; none asked).
- Whether the plan's formulary lists other preferred agents beyond the two named.
- The plan's decision time for a standard appeal is not stated in the notice (the letter may cite the managed-care
  rule through 457.1260 or ask; it must not invent a number of days the case does not give).

## Traps
- **The record, not the plan's claims, decides.** The plan's "50 mg" is the 2024 sleep dose; a sleep dose is not a
  trial. The 2026 quetiapine trial was paid outside the plan (discount card): a trial all the same.
- **Lithium continues** (a mood stabilizer, no mania since 2023): never "failed lithium", never an antidepressant trial.
  **Fluoxetine 2023** caused hypomania: never counted as a failed antidepressant trial, and no letter should suggest
  another antidepressant.
- **Other person on a document:** the household pharmacy history lists her brother's methylphenidate.
- **Olanzapine/fluoxetine:** the step is "quetiapine **or** olanzapine/fluoxetine"; having met it with quetiapine she
  need not try OFC; the letter may say why OFC is not advised, never that the policy requires both.
- **Passive** thoughts only: never "active suicidal ideation"; never a Spravato or ketamine paragraph.
- **Wrong law:** a separate CHIP - **no EPSDT**, no state **fair hearing**, no continued benefits (438.420), no
  Medicaid parity (438.910) cited as Medicaid's; no ERISA, 45 CFR 147.136, MHPAEA for commercial plans; no Part D.
- **Voice:** the psychiatrist writes as her treating physician about "Nadia"; the mother's consent is enclosed.

## Arguments a strong letter makes (strongest first)
1. **Step 1 is met**: quetiapine **300 mg for 7 weeks** (08/10-09/28/2026), no improvement, **not tolerated** (+8 kg,
   triglycerides 310); the policy's own words count both. The notice's "50 mg" is a 2024 sleep dose from her
   pediatrician, not the trial.
2. The trial was paid by a discount card, so it is not in the plan's claims: the record (psychiatry note 11/09/2026)
   documents it; the policy asks for a trial, not a paid claim.
3. Lurasidone is FDA-approved for bipolar depression at ages 10-17; OFC is not advised (metabolic risk; fluoxetine
   hypomania); she is missing school (half days) - approve lurasidone.

## What a letter must NOT say
- "quetiapine 50 mg" as a trial; "she has not tried quetiapine at a therapeutic dose".
- "failed lithium"; "failed fluoxetine" as an antidepressant trial; another antidepressant proposed.
- "the policy requires olanzapine/fluoxetine"; "methylphenidate" or her brother.
- "active suicidal ideation"; "ketamine", "Spravato".
- "EPSDT", "fair hearing", "continued benefits", "438.420", "ERISA", "45 CFR 147.136", "MHPAEA", "Part D".
"""

ANSWERS = [
    ("denial/notice-of-adverse-benefit-determination-2026-11-18.txt", "the quetiapine trial on file was 50 mg daily"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-18.txt", "You have 60 days from the date of this notice"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-18.txt", "ask the state for a review of our decision"),
    ("other/step-policy-rx-st-bp-03.txt", "at least 150 mg daily for at least 4 weeks"),
    ("other/step-policy-rx-st-bp-03.txt", "unless the drug is contraindicated or was not tolerated"),
    ("clinical/child-psychiatry-note-2026-11-09.txt", "300 mg daily from 08/24/2026, stopped 09/28/2026 (7 weeks)"),
    ("clinical/child-psychiatry-note-2026-11-09.txt", "weight +8 kg, triglycerides 310 mg/dL"),
    ("clinical/child-psychiatry-note-2026-11-09.txt", "Lithium since 10/2023"),
    ("clinical/child-psychiatry-note-2026-11-09.txt", "led to hypomania"),
    ("clinical/child-psychiatry-note-2026-11-09.txt", "no plan, no intent"),
    ("other/pediatrician-note-2024-02.txt", "quetiapine 50 mg at bedtime for sleep"),
    ("other/pharmacy-claims-history-2026-11.txt", "paid by cash discount card, not this plan"),
    ("other/pharmacy-claims-history-2026-11.txt", "methylphenidate ER 36 mg"),
    ("other/parent-consent-to-appeal-2026-11-20.txt", "consent to Dr. Tomasz Wieczorek-Hale filing an appeal"),
    ("case.yaml", "delivery: managed_care"),
    ("truth", "by 01/17/2027"),
]
