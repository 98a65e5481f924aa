"""Set 55, case 06 (FICTIONAL): self-funded employer plan (ERISA), Spravato under step therapy RX-ESK-40; level 1 says
only SSRIs are documented; the primary care note showing bupropion stopped for tremor and insomnia was released
after the level-1 decision, and RX-ESK-40 counts an intolerance; second level by the husband."""

SLUG = "06-self-funded-erisa-spravato-step-bupropion-intolerance-note-released-after-second-level-husband"

CASE_YAML = """
# FICTIONAL CASE (set 55, case 06) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (3,300 employees), Iowa. Corinne Abernathy, 41, has treatment-resistant depression. Her
# psychiatrist asked for Spravato; the plan denied it (09/22/2026) and upheld the denial at level 1 (11/10/2026):
# "sertraline and escitalopram, both SSRIs. No trial of an antidepressant of another class is documented." Her
# primary care physician had started bupropion XL in March 2026 and stopped it after 18 days for tremor and insomnia;
# that note was released to her on 11/20/2026. RX-ESK-40 counts an antidepressant stopped for a documented
# intolerance. Her husband files the second-level appeal.
patient:
  name: Corinne Abernathy
  salutation: Mrs. Abernathy
  date_of_birth: 1985-07-30
  member_id: FICT-HFS-71302958
  address: |-
    4410 Beaver Crest Drive
    Des Moines, IA 50310
  phone: (515) 555-0124
insurer:
  name: Halvorsen Freight Systems Employee Health Plan (FICTIONAL), administered by Keystone Benefit Administrators
  appeals_address: |-
    Keystone Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 13390
    Des Moines, IA 50306
  fax: (515) 555-0168
claim:
  number: RX-26-0915-88120
  plan_type: employer_erisa
  funding: self_funded
  employees: 3300
  notice_date: 2026-09-22
  stage: second level
  procedure_codes: [J0013, 99214]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Spravato (esketamine) is not approved: Step Therapy Program RX-ESK-40 is not met. Criterion 2 requires a trial of
    at least one antidepressant other than an SSRI.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
decisions:
  - date: 2026-11-10
    outcome: denied
    stage: first level appeal
    opens: second level
    next_deadline: 2027-01-09
    reason: >-
      We reviewed your appeal and uphold the denial. The records show sertraline and escitalopram, both SSRIs. No
      trial of an antidepressant of another class is documented. Criterion 2 is not met.
    corrections:
      - said: No trial of an antidepressant of another class is documented.
        record: >-
          Her primary care physician's note of 03/20/2026 records bupropion XL 150 mg daily from 03/02/2026, stopped on
          03/20/2026 for tremor and insomnia; RX-ESK-40 counts an antidepressant stopped for a documented intolerance
          toward criterion 2. The note was released to her on 11/20/2026, after this decision.
        file: clinical/primary-care-note-2026-03-20.txt
        page: 1
        leaves_out: true
plan_policy:
  name: Keystone Benefit Administrators Step Therapy Program RX-ESK-40, Esketamine (2026)
  number: RX-ESK-40
  quote: >-
    1. The member is 18 or older with major depressive disorder. 2. Inadequate response to at least two
    antidepressants in the current episode, each for at least 6 weeks at an adequate dose, at least one of which is
    not an SSRI (an SNRI, bupropion, mirtazapine or a tricyclic). An antidepressant stopped because of a documented
    intolerance counts toward criterion 2 whatever the length of the trial. 3. Given in a Spravato REMS-certified
    setting.
  file: other/step-therapy-program-rx-esk-40-2026.txt
payer_criteria:
  - criterion: 1. The member is 18 or older with major depressive disorder
    how_met: Age 41; major depressive disorder, recurrent, severe (F33.2)
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
  - criterion: >-
      2. Inadequate response to at least two antidepressants in the current episode, at least one not an SSRI; an
      antidepressant stopped for a documented intolerance counts
    how_met: >-
      Sertraline 150 mg for 10 weeks without response and escitalopram 20 mg since 04/2026 with a partial response
      only (continued); bupropion XL (not an SSRI) stopped after 18 days for tremor and insomnia, a documented
      intolerance
    met: true
    evidence:
      - {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
      - {file: clinical/primary-care-note-2026-03-20.txt, page: 1}
  - criterion: 3. Given in a Spravato REMS-certified setting
    how_met: Raccoon River Psychiatry is a certified Spravato REMS treatment center
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
treatment:
  name: Esketamine nasal spray (Spravato), induction (J0013 with an office visit)
  summary: >-
    Esketamine with her continuing escitalopram for treatment-resistant depression after sertraline gave no response,
    escitalopram only a partial one, and bupropion could not be tolerated.
  plan: >-
    56 mg on day 1, then 56 or 84 mg twice weekly for 4 weeks and weekly for weeks 5-8; MADRS every two weeks; stop if
    MADRS has not fallen by at least 25% by week 4.
  alongside: escitalopram 20 mg daily
  setting: Raccoon River Psychiatry, a certified Spravato REMS treatment center
  monitoring: Blood pressure before and 40 minutes and 2 hours after each dose; observed for at least 2 hours
clinical:
  severity: MADRS 31 (11/03/2026)
  severity_date: 2026-11-03
  suicidality: none
  suicidality_date: 2026-11-03
  episode_onset: 2025-09
  treating_since: 2026-05
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-10
      end: 2025-12
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2026-03-02
      end: 2026-03-20
      kind: antidepressant
      adequate: false
      outcome: Stopped after 18 days for tremor and insomnia (documented intolerance)
      evidence: {file: clinical/primary-care-note-2026-03-20.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued, and to continue with esketamine
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-05
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an augmentation trial
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2019-02
      end: 2020-01
      kind: antidepressant
      response: remission
      failed: false
      outcome: Remission in an earlier episode (2019); not a failed trial
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
impact:
  work: She has been on short-term disability from her job as a dental hygienist since 10/2026.
author:
  name: Gareth Abernathy
  role: Husband and authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-21.txt
  address: |-
    4410 Beaver Crest Drive
    Des Moines, IA 50310
  phone: (515) 555-0125
provider:
  name: Priyanka Osei-Lindgren, MD
  credentials: MD, psychiatry
  npi: "1496720834"
  address: |-
    Raccoon River Psychiatry (FICTIONAL), 1200 Valley West Drive, Suite 410
    West Des Moines, IA 50266
  phone: (515) 555-0137
employer:
  name: Halvorsen Freight Systems (FICTIONAL), Benefits Office
  address: |-
    900 Keo Way
    Des Moines, IA 50309
record_dates:
  - file: clinical/primary-care-note-2026-03-20.txt
    date: 2026-03-20
    released: 2026-11-20
  - file: clinical/psychiatry-note-2026-11-03.txt
    date: 2026-11-03
copies: [prescriber]
bates_prefix: ABERNATHY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-09-22.txt": """
KEYSTONE BENEFIT ADMINISTRATORS (FICTIONAL) for the Halvorsen Freight Systems Employee Health Plan
PRIOR AUTHORIZATION DENIAL                                                             Date: 09/22/2026
Member: Corinne Abernathy   ID FICT-HFS-71302958   Reference RX-26-0915-88120
Prescriber: Priyanka Osei-Lindgren, MD   Drug: Spravato (esketamine) nasal spray
Spravato (esketamine) is not approved: Step Therapy Program RX-ESK-40 is not met. Criterion 2 requires a trial of
at least one antidepressant other than an SSRI.
You may appeal within 180 days. The plan has two levels of appeal.
FICTIONAL notice.
""",
    "denial/first-level-appeal-decision-2026-11-10.txt": """
KEYSTONE BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                    Date: 11/10/2026
Member: Corinne Abernathy   Reference RX-26-0915-88120
We reviewed your appeal and uphold the denial. The records show sertraline and escitalopram, both SSRIs. No
trial of an antidepressant of another class is documented. Criterion 2 is not met.
Reviewer: Dale Kristiansen, PharmD.
You may ask for a second-level appeal within 60 days of this decision (Summary Plan Description, Section 11.3).
FICTIONAL decision.
""",
    "other/step-therapy-program-rx-esk-40-2026.txt": """
KEYSTONE BENEFIT ADMINISTRATORS (FICTIONAL) - STEP THERAPY PROGRAM RX-ESK-40, ESKETAMINE - effective 01/01/2026
1. The member is 18 or older with major depressive disorder. 2. Inadequate response to at least two
antidepressants in the current episode, each for at least 6 weeks at an adequate dose, at least one of which is
not an SSRI (an SNRI, bupropion, mirtazapine or a tricyclic). An antidepressant stopped because of a documented
intolerance counts toward criterion 2 whatever the length of the trial. 3. Given in a Spravato REMS-certified
setting.
FICTIONAL program.
""",
    "other/step-therapy-program-rx-esk-40-2024-stale.txt": """
KEYSTONE BENEFIT ADMINISTRATORS (FICTIONAL) - RX-ESK-40, 2024 VERSION (replaced 01/01/2026)
2. Inadequate response to three antidepressants of at least two classes, each for at least 8 weeks.
Out of date. FICTIONAL.
""",
    "clinical/primary-care-note-2026-03-20.txt": """
WESTOVER FAMILY MEDICINE (FICTIONAL) - OFFICE VISIT                                         Date: 03/20/2026
Released to the patient from the practice's records on 11/20/2026 (request of 11/14/2026).
Patient: Corinne Abernathy   DOB 07/30/1985   Physician: Lorna Vasquez-Hale, MD
Depression follow-up. Bupropion XL 150 mg daily started 03/02/2026 (added after sertraline did not help). Since
then: fine tremor of both hands and insomnia most nights. Assessment: intolerance to bupropion. Plan: stop
bupropion today; referred to psychiatry.
FICTIONAL record.
""",
    "clinical/psychiatry-note-2026-11-03.txt": """
RACCOON RIVER PSYCHIATRY (FICTIONAL) - PSYCHIATRIC FOLLOW-UP                                Date: 11/03/2026
Patient: Corinne Abernathy   DOB 07/30/1985   Psychiatrist: Priyanka Osei-Lindgren, MD
MDD, recurrent, severe (F33.2); current episode since 09/2025. MADRS 31. No suicidal ideation. On short-term
disability from her work as a dental hygienist since 10/2026.
Current episode: sertraline 150 mg 10/2025-12/2025 (10 weeks), no response. Bupropion by her primary care
physician in 03/2026 (records requested). Escitalopram 20 mg since 04/2026, partial response, continues. Quetiapine
25 mg at bedtime for sleep since 05/2026. Earlier episode: fluoxetine 20 mg 2019, remission.
This clinic is a certified Spravato REMS treatment center.
Plan: esketamine nasal spray with escitalopram continued.
FICTIONAL record.
""",
    "other/authorized-representative-form-2026-11-21.txt": """
HALVORSEN FREIGHT SYSTEMS EMPLOYEE HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
I, Corinne Abernathy (ID FICT-HFS-71302958), name my husband, Gareth Abernathy, as my authorized representative
for my appeal about Spravato. Signed: Corinne Abernathy, 11/21/2026.
FICTIONAL.
""",
    "other/misfiled-page-other-patient.txt": """
WESTOVER FAMILY MEDICINE (FICTIONAL) - page 3 of the records release of 11/20/2026
Patient: Delbert Aames (another patient; misfiled in this release and not part of this appeal)
Mirtazapine 30 mg daily, 12 weeks, no response.
FICTIONAL.
""",
}

TRUTH = """# 06 - Self-funded employer plan: Spravato step therapy, level 1 "only SSRIs"; bupropion stopped for an intolerance in a note released after the decision; second level by the husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corinne Abernathy, 41, in the **Halvorsen Freight Systems Employee Health Plan** (self-funded, ERISA, 3,300
  employees; TPA Keystone), has recurrent severe depression (F33.2), MADRS 31 on 11/03/2026, no suicidal ideation.
- Spravato was denied on **09/22/2026** (RX-ESK-40 criterion 2: one non-SSRI antidepressant) and upheld at level 1 on
  **11/10/2026**: "sertraline and escitalopram, both SSRIs. No trial of an antidepressant of another class is
  documented."
- **RX-ESK-40 (2026) criterion 2:** two antidepressants, at least one not an SSRI; "**An antidepressant stopped
  because of a documented intolerance counts toward criterion 2 whatever the length of the trial.**"
- Her primary care physician's note of **03/20/2026** records **bupropion XL 150 mg from 03/02/2026, stopped on
  03/20/2026 for tremor and insomnia** - a documented intolerance to a non-SSRI. The note was **released to her on
  11/20/2026**, after the level-1 decision; no reviewer saw it. The level-1 statement is true of the records it had and
  leaves this out.
- So criterion 2 is met: sertraline (10 weeks, no response), escitalopram (partial response, continuing), and
  bupropion (intolerance). Criteria 1 and 3 are not in dispute.
- **Rule and stage:** ERISA claims rule, 29 CFR 2560.503-1; **second-level appeal within 60 days of the 11/10/2026
  decision: by 01/09/2027** (SPD 11.3); pre-service: 15 days a level for a two-level plan
  (2560.503-1(i)(2)(ii)); then federal external review (29 CFR 2590.715-2719) within 4 months of the final denial.
  New evidence goes to the plan and must be considered (2560.503-1(h)(2)(iv)). Parity (MHPAEA, 29 CFR 2590.712)
  applies (3,300 employees).
- **Author:** her husband, authorized in writing (11/21/2026); writes about "Mrs. Abernathy".

## Deliberately unknown
- What the plan requires for the medical-surgical step programs it runs (for a parity comparison): not in the case;
  a letter may ask for the comparative analysis as a claim document, not as a statutory right.
- Whether esketamine will work: unknown.

## Traps
- **A record that came after the decision:** the 03/20/2026 note is dated before, but **released after**, the
  11/10/2026 decision; the letter says it was released on 11/20/2026 and was not before the reviewer - never that it
  is dated after the decision.
- **The plan's own document decides:** RX-ESK-40's intolerance sentence; the letter should quote it, not argue that
  18 days was "adequate".
- **Intolerance, not an adequate trial:** bupropion 18 days: never "failed bupropion after an adequate trial".
- **Drug still taken:** escitalopram continues: never "failed" or "stopped".
- **Sleep dose:** quetiapine 25 mg at bedtime is not augmentation.
- **Earlier-episode response:** fluoxetine 2019 remission: never a failure.
- **Stale document:** the 2024 RX-ESK-40 (three trials, 8 weeks) is replaced.
- **Other person's record:** Delbert Aames's mirtazapine page, misfiled in the release.
- **Stage:** a second-level appeal answering the 11/10/2026 decision; never quotes only the first denial; names
  itself as the second level.
- **Voice:** the husband writes about his wife; never "I have depression".

## Arguments a strong letter makes (strongest first)
1. RX-ESK-40 counts "an antidepressant stopped because of a documented intolerance ... whatever the length of the
   trial": her primary care note of 03/20/2026 documents bupropion (not an SSRI) stopped for tremor and insomnia.
   Criterion 2 is met. The note was released on 11/20/2026, after the level-1 decision; weigh it now.
2. The level-1 statement is true of the records it had and leaves out the bupropion trial; correct it.
3. Sertraline 10 weeks without response, escitalopram with a partial response (continued with esketamine);
   criteria 1 and 3 are undisputed.
4. Ask for the claim file and the reviewer's credentials (ERISA (h)(2)(iii), (h)(3)(iii)-(iv)); a decision within the
   pre-service time; next: federal external review.

## What a letter must NOT say
- "the note is dated after the decision"; "bupropion for 6 weeks"; "failed bupropion" as an adequate trial.
- "failed escitalopram", "stopped escitalopram"; quetiapine as augmentation; "failed fluoxetine".
- "Delbert Aames"; "mirtazapine" as her trial; "three trials" as the criterion.
- "45 CFR 147.136" as the self-funded plan's external review rule (it is 29 CFR 2590.715-2719); "state insurance
  department" as the regulator (the Labor Department's EBSA); "her right to the parity comparative analysis".
- "I have" / "my depression" in the husband's letter.
"""

ANSWERS = [
    ("Date of the first denial", "Date: 09/22/2026", "denial/prior-authorization-denial-2026-09-22.txt"),
    ("Date of the level-1 decision", "Date: 11/10/2026", "denial/first-level-appeal-decision-2026-11-10.txt"),
    ("The level-1 decision's stated fact", "No\ntrial of an antidepressant of another class is documented.",
     "denial/first-level-appeal-decision-2026-11-10.txt"),
    ("Second-level window", "within 60 days of this decision", "denial/first-level-appeal-decision-2026-11-10.txt"),
    ("Who decided level 1", "Dale Kristiansen, PharmD", "denial/first-level-appeal-decision-2026-11-10.txt"),
    ("The program's intolerance sentence",
     "An antidepressant stopped because of a documented intolerance counts toward criterion 2 whatever the length of the trial.",
     "other/step-therapy-program-rx-esk-40-2026.txt"),
    ("Classes that are not SSRIs", "an SNRI, bupropion, mirtazapine or a tricyclic", "other/step-therapy-program-rx-esk-40-2026.txt"),
    ("When bupropion started", "Bupropion XL 150 mg daily started 03/02/2026", "clinical/primary-care-note-2026-03-20.txt"),
    ("Why bupropion was stopped", "fine tremor of both hands and insomnia most nights", "clinical/primary-care-note-2026-03-20.txt"),
    ("When the note was released", "Released to the patient from the practice's records on 11/20/2026",
     "clinical/primary-care-note-2026-03-20.txt"),
    ("Escitalopram now", "Escitalopram 20 mg since 04/2026, partial response, continues", "clinical/psychiatry-note-2026-11-03.txt"),
    ("Quetiapine's purpose", "Quetiapine\n25 mg at bedtime for sleep", "clinical/psychiatry-note-2026-11-03.txt"),
    ("Earlier-episode response", "fluoxetine 20 mg 2019, remission", "clinical/psychiatry-note-2026-11-03.txt"),
    ("Whose mirtazapine trial", "Delbert Aames (another patient", "other/misfiled-page-other-patient.txt"),
    ("Employees of the sponsor", "employees: 3300", "case.yaml"),
    ("Last day for the second-level appeal", "by 01/09/2027", "truth"),
]
