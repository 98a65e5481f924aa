SLUG = "marketplace-va-anorexia-bp-php-end-no-purging-14-days-said-expedited-appeal-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 63, case 03) - every person, plan, program, number and address is invented.
# Individual Marketplace Silver PPO, insured, Virginia. Maren Thistlewood, 22, anorexia nervosa, binge-eating/purging
# type, in a partial hospitalization program; on concurrent review the plan ended PHP after 12/04/2026 saying she was
# at 88% of expected weight with no purging in 14 days. She writes her own expedited internal appeal.
patient:
  name: Maren Thistlewood
  salutation: Ms. Thistlewood
  date_of_birth: 2004-02-19
  member_id: FICT-BRC-5530917
  address: |-
    1187 Rugby Road, Apt 3
    Charlottesville, VA 22903
  phone: (434) 555-0109
  email: maren.t@mail.example
insurer:
  name: Blue Ridge Commonwealth Health Plans (FICTIONAL)
  appeals_address: |-
    Blue Ridge Commonwealth Health Plans - Member Appeals (FICTIONAL)
    PO Box 27730
    Richmond, VA 23261
  fax: (804) 555-0155
claim:
  number: BRC-CR-26-1202-88140
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-12-02
  appeal_deadline: 2027-05-31
  deadline_basis: >-
    Notice of 12/02/2026: "You have 180 days from the date you receive this notice to file an appeal"; counted from
    the notice date.
  service_dates: [2026-12-05, 2027-01-08]
  setting: partial_hospitalization
  pending_services: '[PHP program days from 12/05/2026 through the planned step-down about 01/08/2027]'
  action: end
  action_date: 2026-12-04
  urgent: true
  procedure_codes: [H0035]
  revenue_codes: ['0912']
  diagnosis_codes: [F50.029]
  denial_reason: >-
    Continued partial hospitalization is not authorized after 12/04/2026. Guideline ED-PHP-2 continued stay criteria
    are not met: the member is medically stable, weight is 88% of expected body weight, and no purging has been
    reported in the past 14 days. Step down to intensive outpatient (IOP) is appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: 'Douglas Farraday, MD', specialty: internal medicine}
  corrections:
    - said: no purging has been reported in the past 14 days
      record: >-
        The program's nursing and therapy notes record purging on 11/21/2026, 11/26/2026 (reported 11/30) and
        12/01/2026, all within the 14 days before the review of 12/02/2026.
      file: clinical/php-progress-notes-2026-11-02-to-12-01.txt
      page: 1
    - said: weight is 88% of expected body weight
      record: >-
        88.0% was the weight of 11/17/2026; it fell to 87.2% on 11/24 and 86.9% on 12/01/2026.
      file: clinical/php-progress-notes-2026-11-02-to-12-01.txt
      page: 1
    - said: the member is medically stable
      record: >-
        On 11/30/2026 my pulse rose 34 beats a minute on standing, and on 12/01/2026 my potassium was 3.3.
      file: clinical/php-progress-notes-2026-11-02-to-12-01.txt
      page: 1
prior_auth:
  approved:
    number: authorization BRC-UM-26-1102-40217
    date: 2026-11-02
    covers: partial hospitalization, 11/02/2026 through 12/04/2026
    quote: "Partial hospitalization approved 11/02/2026 through 12/04/2026; concurrent review due 12/02/2026."
    file: other/php-authorization-2026-11-02.txt
plan_policy:
  name: Blue Ridge Commonwealth Behavioral Health Guideline ED-PHP-2, Eating Disorders - Partial Hospitalization, Continued Stay
  number: ED-PHP-2
  quote: >-
    Continued partial hospitalization is medically necessary while any of the following is present: (a) weight below
    90% of expected body weight that is not rising each week; (b) binge eating or purging in the past 14 days that
    the member cannot interrupt without the program's daily structure; (c) medical instability, such as orthostatic
    changes or electrolyte abnormalities, that needs daily monitoring.
  file: other/guideline-ed-php-2-excerpt.txt
payer_criteria:
  - criterion: (a) Weight below 90% of expected body weight that is not rising each week.
    how_met: 88.0% on 11/17, 87.2% on 11/24, 86.9% on 12/01/2026 - below 90% and falling for two weeks.
    met: true
    evidence: {file: clinical/php-progress-notes-2026-11-02-to-12-01.txt, page: 1}
  - criterion: (b) Binge eating or purging in the past 14 days that the member cannot interrupt without the program's daily structure.
    how_met: Purging on 11/21, 11/26 and 12/01/2026; each on an evening or weekend outside program hours, at a home meal, or after lunch.
    met: true
    evidence: {file: clinical/php-progress-notes-2026-11-02-to-12-01.txt, page: 1}
  - criterion: (c) Medical instability, such as orthostatic changes or electrolyte abnormalities, that needs daily monitoring.
    how_met: Pulse rise of 34 on standing (11/30/2026); potassium 3.3 (12/01/2026); hospital stay for potassium 2.8 in 08/2026.
    met: true
    evidence:
      - {file: clinical/php-progress-notes-2026-11-02-to-12-01.txt, page: 1}
      - {file: clinical/hospital-discharge-2026-08-18.txt, page: 1}
alternatives:
  - level: intensive outpatient
    treatment: Intensive outpatient program (IOP)
    name: the same center's eating-disorder IOP
    why_not: >-
      I tried it from 09/08/2026 to 10/16/2026: my purging rose to daily and my weight fell from 89% to 84% of
      expected body weight, so I was stepped up to PHP on 11/02/2026.
    proof: clinical/iop-discharge-summary-2026-10-16.txt
treatment:
  name: Partial hospitalization program (PHP) for an eating disorder
  summary: >-
    Continued eating-disorder PHP for anorexia nervosa, binge-eating/purging type, while weight is falling below 90%,
    purging continues and vital signs and potassium are abnormal; the lower level (IOP) was tried this fall and failed.
  plan: >-
    PHP 6 hours a day, 5 days a week: two supervised meals and a snack each day, weekly weight and labs twice a week,
    individual, group and family therapy; step down to IOP when weight is 90% or more and rising for two weeks with no
    purging for 14 days and normal labs (expected about 01/08/2027).
  alongside: fluoxetine 60 mg daily
clinical:
  severity: EDE-Q global 4.1 on 11/30/2026 (4.6 on 11/02/2026); 86.9% of expected body weight on 12/01/2026
  severity_date: 2026-12-01
  suicidality: none
  suicidality_date: 2026-12-01
  episode_onset: 2025-06
  treating_since: 2026-09-08
  response_level: partial
  response: Weight 84.1% (11/02) to 88.0% (11/17), then down to 86.9% (12/01/2026); purging from daily to three times in two weeks
  history:
    - drug: Fluoxetine
      dose: 60 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Fewer binge-purge episodes (about 10 a week to 3 a week); continued
      evidence: {file: clinical/php-progress-notes-2026-11-02-to-12-01.txt, page: 1}
    - drug: Olanzapine
      dose: 2.5 mg at bedtime for anxiety around meals and sleep
      start: 2026-11-09
      ongoing: true
      kind: other
      outcome: Low dose for anxiety and sleep; not a trial
      evidence: {file: clinical/php-progress-notes-2026-11-02-to-12-01.txt, page: 1}
    - drug: Family-based treatment (earlier episode, age 15)
      dose: weekly family sessions
      start: 2019-03
      end: 2019-12
      kind: psychotherapy
      failed: false
      response: remission
      outcome: Earlier episode (restricting type) remitted; not a failure
      evidence: {file: clinical/php-progress-notes-2026-11-02-to-12-01.txt, page: 1}
    - drug: Eating-disorder intensive outpatient program
      dose: 3 hours a day, 4 days a week
      start: 2026-09-08
      end: 2026-10-16
      kind: psychotherapy
      sessions: 22
      adequate: true
      failed: true
      response: none
      outcome: Purging rose to daily and weight fell to 84%; stepped up to PHP
      evidence: {file: clinical/iop-discharge-summary-2026-10-16.txt, page: 1}
impact:
  hospitalizations: Medical admission 08/14/2026-08/18/2026 for potassium 2.8 after purging
  work: I have been on medical leave from my job as a library assistant since 09/2026 and withdrew from two community-college classes
  relapse: My purging came back each time I ate without supervision (11/21, 11/26, 12/01/2026)
urgency:
  reason: >-
    My potassium is low (3.3) and my pulse rises 34 beats on standing while I am still purging and losing weight;
    without the daily monitoring and supervised meals of PHP I risk another hospital admission for a dangerous
    potassium level, as in August 2026.
  certified_by: Priya Castellanos-Reed, MD
author:
  name: Maren Thistlewood
  role: Patient
  relation: patient
  address: |-
    1187 Rugby Road, Apt 3
    Charlottesville, VA 22903
  phone: (434) 555-0109
  email: maren.t@mail.example
provider:
  name: Shenandoah Eating Disorder Center (FICTIONAL)
  credentials: licensed eating-disorder treatment program (PHP and IOP)
  npi: "1253490092"
  address: |-
    410 Emmet Street North
    Charlottesville, VA 22903
  phone: (434) 555-0188
record_dates:
  - {file: clinical/php-progress-notes-2026-11-02-to-12-01.txt, date: 2026-12-01}
  - {file: clinical/iop-discharge-summary-2026-10-16.txt, date: 2026-10-16}
  - {file: clinical/hospital-discharge-2026-08-18.txt, date: 2026-08-18}
bates_prefix: THISTLEWOOD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/concurrent-review-denial-2026-12-02.txt": '''
BLUE RIDGE COMMONWEALTH HEALTH PLANS (FICTIONAL) - Individual Silver PPO (Marketplace), Virginia
NOTICE OF ADVERSE BENEFIT DETERMINATION - CONCURRENT REVIEW                  Date: 12/02/2026
Member: Maren Thistlewood   DOB 02/19/2004   ID FICT-BRC-5530917   Reference BRC-CR-26-1202-88140
Facility: Shenandoah Eating Disorder Center, NPI 1253490092   Level: partial hospitalization (H0035, rev 0912)
Decision: Continued partial hospitalization is not authorized after 12/04/2026. Guideline ED-PHP-2 continued stay
criteria are not met: the member is medically stable, weight is 88% of expected body weight, and no purging has been
reported in the past 14 days. Step down to intensive outpatient (IOP) is appropriate.
Reviewer: Douglas Farraday, MD (internal medicine). Information reviewed: weekly summary dated 11/17/2026.
Appeal rights: You have 180 days from the date you receive this notice to file an appeal. If your health could be
seriously harmed by waiting, ask for an expedited appeal; we will decide within 72 hours. You may ask for an
expedited external review at the same time.
''',
"clinical/php-progress-notes-2026-11-02-to-12-01.txt": '''
SHENANDOAH EATING DISORDER CENTER (FICTIONAL) - PHP PROGRESS NOTES, 11/02/2026-12/01/2026      Page 1 of 1
Patient: Maren Thistlewood   DOB 02/19/2004   Medical director: Priya Castellanos-Reed, MD
History: anorexia nervosa, restricting type, at 15 (2019), remitted with family-based treatment 03-12/2019. Current
episode since 06/2025, binge-eating/purging type (F50.029). Fluoxetine since 08/2025, 60 mg: binge-purge episodes about
10 a week down to about 3 a week (partial). IOP 09/08-10/16/2026 failed (see IOP summary). Medical admission 08/2026.
11/02 Admit to PHP. 84.1% of expected body weight (EBW). EDE-Q global 4.6. Safety plan reviewed (no suicidal
thoughts; plan covers purging urges and who to call).
11/09 Olanzapine 2.5 mg at bedtime for meal anxiety and sleep.
11/10 86.5% EBW.   11/17 88.0% EBW (weekly summary sent to plan).
11/23 Reports purging after a binge at home Saturday evening (11/21).
11/24 87.2% EBW.
11/30 Reports vomiting after Thanksgiving dinner (11/26). Orthostatic: pulse 68 lying, 102 standing (rise 34).
EDE-Q global 4.1.
12/01 86.9% EBW. Staff found evidence of vomiting in the bathroom after lunch; she confirmed. Potassium 3.3 (low).
C-SSRS negative. Plan: continue PHP; recheck potassium 12/03.
''',
"clinical/iop-discharge-summary-2026-10-16.txt": '''
SHENANDOAH EATING DISORDER CENTER (FICTIONAL) - IOP DISCHARGE / STEP-UP SUMMARY        Date: 10/16/2026
Patient: Maren Thistlewood   DOB 02/19/2004                                              Page 1 of 1
IOP 09/08/2026-10/16/2026, 3 hours a day, 4 days a week, 22 program days attended.
Weight 89% EBW at start, 84% at end. Purging rose from about 3 a week to daily. Recommendation: step up to PHP
(started 11/02/2026 when a place opened).
''',
"clinical/hospital-discharge-2026-08-18.txt": '''
ALBEMARLE REGIONAL MEDICAL CENTER (FICTIONAL) - DISCHARGE SUMMARY      Admitted 08/14/2026   Discharged 08/18/2026
Patient: Maren Thistlewood   DOB 02/19/2004                                              Page 1 of 1
Admitted with potassium 2.8 and palpitations after daily vomiting. Potassium replaced; ECG normal at discharge.
Referred to Shenandoah Eating Disorder Center. Safety plan for purging urges given.
''',
"other/guideline-ed-php-2-excerpt.txt": '''
BLUE RIDGE COMMONWEALTH HEALTH PLANS (FICTIONAL) - BEHAVIORAL HEALTH GUIDELINE ED-PHP-2     Page 1 of 1
Eating Disorders - Partial Hospitalization, Continued Stay (effective 01/01/2026)
Continued partial hospitalization is medically necessary while any of the following is present: (a) weight below 90%
of expected body weight that is not rising each week; (b) binge eating or purging in the past 14 days that the member
cannot interrupt without the program's daily structure; (c) medical instability, such as orthostatic changes or
electrolyte abnormalities, that needs daily monitoring.
''',
"other/php-authorization-2026-11-02.txt": '''
BLUE RIDGE COMMONWEALTH HEALTH PLANS (FICTIONAL) - AUTHORIZATION                       Date: 11/02/2026
Member: Maren Thistlewood   Authorization BRC-UM-26-1102-40217
Partial hospitalization approved 11/02/2026 through 12/04/2026; concurrent review due 12/02/2026.
''',
"other/php-meal-group-roster-2026-12-01.txt": '''
SHENANDOAH EATING DISORDER CENTER (FICTIONAL) - PHP LUNCH GROUP, 12/01/2026, TABLE 2
Staff: J. Albrecht, RD
Maren T. - completed 75%        Sofia R. - completed 100%
Kendall W. - completed 50%      Abigail N. - completed 100%
Bathroom check after lunch: see nursing note (Maren T.).
''',
}

TRUTH = r'''
# 03 - Marketplace (Virginia): eating-disorder PHP ended on concurrent review as "88%, no purging in 14 days"; the patient's own expedited appeal (FICTIONAL)

All people, plans, programs, numbers and addresses are invented (FICTIONAL).

## What is true
- Maren Thistlewood, **22** (DOB 02/19/2004), individual **Marketplace** Silver PPO, **insured**, Virginia. Anorexia
  nervosa, binge-eating/purging type (F50.029).
- PHP at Shenandoah Eating Disorder Center from **11/02/2026**, approved through **12/04/2026**
  (BRC-UM-26-1102-40217). On **12/02/2026** the plan ended it after 12/04 under **ED-PHP-2** (any one of (a), (b), (c)).
  The reviewer read only the **11/17/2026 weekly summary**; the reviewer is an internist.
- The record after 11/17: weight **88.0% (11/17) -> 87.2% (11/24) -> 86.9% (12/01)**; purging **11/21, 11/26, 12/01**;
  orthostatic pulse rise **34** (11/30); **potassium 3.3** (12/01). All three criteria are met (one suffices).
- **IOP was tried 09/08-10/16/2026** and failed (89% -> 84%, purging daily): the level the decision names.
- Medical admission **08/14-08/18/2026** (potassium 2.8). No suicidal ideation (C-SSRS negative 12/01). Fluoxetine
  60 mg **continues** (partial). Olanzapine 2.5 mg at bedtime: anxiety and sleep.
- **Rule and stage:** individual market, 45 CFR 147.136(b)(3): first internal appeal, **expedited** (72 hours; care
  under way; a physician, the program's medical director, says waiting risks harm); 180 days from receipt (**by
  05/31/2027** counted from the notice); expedited external review may run at the same time (147.136(d)(3)).
  A plan ending a course it approved must let the appeal be decided before the cut: ask that PHP stay covered.
- **Author:** the patient, "I".

## Deliberately unknown
- Whether the plan will pay PHP days from 12/05 while the appeal is pending; what the program bills her for them.
- Her expected body weight in pounds, and her BMI (not in the record; do not invent).
- Whether Virginia's external review or the federal one applies (not decided by the case).

## Traps
- **The decision's stated facts are stale:** "88%" was 11/17; "no purging in 14 days" is contradicted three times;
  "medically stable" by the orthostatic pulse and potassium.
- **Lower level already tried:** IOP failed in the fall; not "has not tried IOP".
- **Drugs still taken:** fluoxetine 60 mg continues (partial); olanzapine 2.5 mg is not an antipsychotic trial.
- **Earlier episode:** 2019 family-based treatment worked (remission): never "failed".
- **Suicidality: none.** No harm paragraph about suicidal ideation.
- **Other people:** the lunch-group roster names three other patients.
- **PHP is not inpatient** or a stay in a hospital; say "program", "partial hospitalization".
- **Voice:** the patient writes "I"/"my", never "Ms. Thistlewood has ...".

## Arguments a strong letter makes (strongest first)
1. The guideline needs any one of (a)-(c); the record after 11/17 meets all three: 86.9% and falling, purging on
   11/21, 11/26 and 12/01, pulse rise 34 and potassium 3.3. The decision relied on a two-week-old summary; correct
   each stated fact with its record.
2. The IOP the decision proposes was tried from 09/08 to 10/16/2026 and failed.
3. Urgency: a hospital admission for potassium 2.8 in August; ask for an expedited decision (72 hours), that PHP stay
   covered while the appeal is decided, and for expedited external review at the same time.
4. Ask for review by a psychiatrist or eating-disorder specialist; ask for the criteria and case file; parity as a
   request for documents, not a member's right to the comparative analysis.

## What a letter must NOT say
- "88% of expected body weight" as current; "no purging"; "medically stable" conceded; "has not tried IOP".
- "failed fluoxetine", "stopped fluoxetine"; olanzapine as a trial; "failed family-based treatment".
- "suicidal ideation"; "inpatient"; "hospital stay" for the PHP.
- "Sofia", "Kendall", "Abigail".
- "Medicaid", "Medicare", "ERISA" (an individual plan), "29 CFR 2560.503-1" cited as governing the plan directly.
- "Ms. Thistlewood has" in the patient's own letter.
'''

ANSWERS = [
    ("Decision date", "CONCURRENT REVIEW                  Date: 12/02/2026", "denial/concurrent-review-denial-2026-12-02.txt"),
    ("Last day authorized", "not authorized after 12/04/2026", "denial/concurrent-review-denial-2026-12-02.txt"),
    ("What the reviewer read", "weekly summary dated 11/17/2026", "denial/concurrent-review-denial-2026-12-02.txt"),
    ("Reviewer specialty", "(internal medicine)", "denial/concurrent-review-denial-2026-12-02.txt"),
    ("Guideline's any-one rule", "while any of the following is present", "other/guideline-ed-php-2-excerpt.txt"),
    ("Latest weight", "12/01 86.9% EBW", "clinical/php-progress-notes-2026-11-02-to-12-01.txt"),
    ("Weight the plan used", "11/17 88.0% EBW", "clinical/php-progress-notes-2026-11-02-to-12-01.txt"),
    ("Purging 11/21", "binge at home Saturday evening (11/21)", "clinical/php-progress-notes-2026-11-02-to-12-01.txt"),
    ("Purging 11/26", "vomiting after Thanksgiving dinner (11/26)", "clinical/php-progress-notes-2026-11-02-to-12-01.txt"),
    ("Orthostatic change", "(rise 34)", "clinical/php-progress-notes-2026-11-02-to-12-01.txt"),
    ("Potassium", "Potassium 3.3 (low)", "clinical/php-progress-notes-2026-11-02-to-12-01.txt"),
    ("IOP tried", "IOP 09/08/2026-10/16/2026", "clinical/iop-discharge-summary-2026-10-16.txt"),
    ("Earlier hospital admission", "Admitted with potassium 2.8", "clinical/hospital-discharge-2026-08-18.txt"),
    ("Fluoxetine continues", "Fluoxetine since 08/2025, 60 mg", "clinical/php-progress-notes-2026-11-02-to-12-01.txt"),
    ("Expedited clock", "we will decide within 72 hours", "denial/concurrent-review-denial-2026-12-02.txt"),
    ("Authorization", "approved 11/02/2026 through 12/04/2026", "other/php-authorization-2026-11-02.txt"),
]
