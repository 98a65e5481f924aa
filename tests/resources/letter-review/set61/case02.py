"""Set 61 case 02 (FICTIONAL): Medicaid managed care, AZ, anorexia nervosa PHP ended; state fair hearing; mother; Spanish."""
SLUG = "02-medicaid-mco-anorexia-php-ended-weight-falling-after-step-down-fair-hearing-mother-es"

CASE_YAML = r"""
# FICTIONAL CASE (set 61, case 02) - every person, plan, provider, number and address is invented.
# Medicaid managed care (AZ). Daniela Ruiz Altamirano, 24, anorexia nervosa. The plan ended her partial
# hospitalization program on 11/08/2026 ("92% of expected body weight, medically stable, no purging reported");
# its appeal decision of 11/18/2026 upheld. Her mother, whose first language is Spanish, asks for a state fair hearing.
patient:
  name: Daniela Ruiz Altamirano
  salutation: Ms. Ruiz Altamirano
  date_of_birth: 2002-05-19
  member_id: SHX-AZ-77105938
  language: es
  address: |-
    4418 West Palo Verde Drive, Apt 12
    Phoenix, AZ 85019
  phone: (602) 555-0139
insurer:
  name: Sonoran Horizons Health Plan (FICTIONAL), Medicaid managed care
  appeals_address: |-
    Sonoran Horizons Health Plan - Member Appeals (FICTIONAL)
    PO Box 52210
    Phoenix, AZ 85072
  fax: (602) 555-0158
claim:
  number: SHX-UM-26-1106-20417
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-06
  setting: partial_hospitalization
  procedure_codes: [H0035]
  diagnosis_codes: [F50.029, F32.1]
  denial_reason: >-
    Continued partial hospitalization is not medically necessary after 11/08/2026. Member weight is restored to
    92% of expected body weight; member is medically stable; no purging reported. Criteria for BH-ED-PHP-2
    criterion 3 are not met. Intensive outpatient program is appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: end
  action_date: 2026-11-08
  pending_services: partial hospitalization 5 days a week from the hearing decision, about 4 weeks
  reviewer:
    name: Dr. Anselm Tierney
    specialty: family medicine
  corrections:
    - said: no purging reported
      record: >-
        The program's note of 11/05/2026 records self-induced vomiting about twice a week, reported in group and
        observed by staff once, the day before the notice.
      file: clinical/php-progress-notes-2026-10-06-to-11-06.txt
      page: 1
decisions:
  - date: 2026-11-18
    outcome: denied
    stage: plan appeal (expedited)
    opens: state fair hearing
    next_deadline: 2027-03-18
    reason: >-
      The decision is upheld. Member remains medically stable and at 92% of expected body weight. No
      compensatory behaviors are documented. Intensive outpatient program remains the appropriate level of care.
    corrections:
      - said: No compensatory behaviors are documented.
        record: >-
          The 11/05/2026 program note documents vomiting about twice a week; the emergency visit of 11/30/2026
          found potassium 3.2.
        file: [clinical/php-progress-notes-2026-10-06-to-11-06.txt, clinical/emergency-department-note-2026-11-30.txt]
        page: 1
      - said: Member remains medically stable and at 92% of expected body weight.
        leaves_out: true
        record: >-
          92% was her weight on 11/06/2026; after the step-down her weight fell to 88% on 11/23 and 86% on
          11/30/2026, when the emergency department found a resting heart rate of 44 and orthostatic dizziness.
        file: [clinical/iop-weekly-notes-2026-11-09-to-12-02.txt, clinical/emergency-department-note-2026-11-30.txt]
        page: 1
external_review:
  agency: Arizona Medicaid Office of Administrative Hearings intake (FICTIONAL address)
  address: |-
    State Fair Hearing Intake (FICTIONAL)
    PO Box 25540
    Phoenix, AZ 85002
  final_denial_date: 2026-11-18
treatment:
  name: Partial hospitalization program for anorexia nervosa (H0035), resumed
  summary: >-
    Resumption of the eating-disorder partial hospitalization program, ended by the plan on 11/08/2026, after her
    weight fell and her heart rate dropped in the intensive outpatient program.
  plan: >-
    Partial hospitalization 5 days a week, 6 hours a day, with supervised meals, weekly weights and labs, until
    weight is back at 95% of expected body weight for 2 weeks without vomiting; then step down to IOP.
alternatives:
  - level: intensive outpatient
    name: Desert Bloom Eating Disorder IOP
    treatment: Intensive outpatient program
    why_not: >-
      Tried from 11/09/2026, 3 evenings a week: her weight fell from 92% to 86% of expected body weight in three
      weeks and she was seen in the emergency department on 11/30/2026 with a heart rate of 44.
    proof: clinical/iop-weekly-notes-2026-11-09-to-12-02.txt
clinical:
  severity: >-
    Expected body weight 92% on 11/06/2026, 90% on 11/16, 88% on 11/23, 86% on 11/30/2026; EDE-Q global 4.8 on
    10/06, 4.1 on 11/05, 4.9 on 12/01/2026; PHQ-9 18 on 10/06, 15 on 11/05, 19 on 12/01/2026
  severity_date: 2026-12-01
  suicidality: none
  suicidality_date: 2026-12-01
  episode_onset: 2026-06
  response: Weight rose from 81% to 92% of expected body weight in the PHP (10/06-11/06/2026), then fell to 86% after it ended
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response for depressive and obsessional symptoms; continued
      evidence: {file: clinical/php-progress-notes-2026-10-06-to-11-06.txt, page: 1}
    - drug: Olanzapine
      dose: 2.5 mg daily
      start: 2026-10-14
      ongoing: true
      kind: other
      outcome: Started in the PHP for anxiety around meals; continued
      evidence: {file: clinical/php-progress-notes-2026-10-06-to-11-06.txt, page: 1}
    - drug: Residential eating-disorder treatment (earlier episode)
      dose: 8 weeks
      start: 2021-02
      end: 2021-04
      kind: other
      response: response
      outcome: Earlier episode (2021); weight restored, stepped to IOP, readmitted within 6 weeks after weight loss
      evidence: {file: clinical/residential-discharge-summary-2021-04-16.txt, page: 1}
    - drug: Partial hospitalization program
      dose: 5 days a week
      start: 2026-10-06
      end: 2026-11-08
      kind: other
      response: partial
      outcome: Weight 81% to 92% of expected body weight; vomiting reduced but continuing; ended by the plan
      evidence: {file: clinical/php-progress-notes-2026-10-06-to-11-06.txt, page: 1}
impact:
  hospitalizations: Medical admission for refeeding 09/22-10/03/2026; emergency department visit 11/30/2026 (heart rate 44)
  relapse: In 2021 she was readmitted within 6 weeks of stepping down from residential care to IOP
  work: On leave from her job as a pharmacy technician since 09/2026
author:
  name: Graciela Altamirano Soto
  role: mother and authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-09.txt
  address: |-
    4418 West Palo Verde Drive, Apt 12
    Phoenix, AZ 85019
  phone: (602) 555-0140
provider:
  name: Dr. Lucinda Forsgren
  credentials: MD, psychiatry, eating disorders
  address: |-
    Desert Bloom Eating Disorder Center (FICTIONAL), 910 East Indian School Road
    Phoenix, AZ 85014
  phone: (602) 555-0177
record_dates:
  - file: clinical/php-progress-notes-2026-10-06-to-11-06.txt
    date: 2026-11-06
  - file: clinical/iop-weekly-notes-2026-11-09-to-12-02.txt
    date: 2026-12-02
  - file: clinical/emergency-department-note-2026-11-30.txt
    date: 2026-11-30
  - file: clinical/residential-discharge-summary-2021-04-16.txt
    date: 2021-04-16
template: external-review-request
copies: [prescriber]
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/notice-of-adverse-benefit-determination-2026-11-06.txt": """
SONORAN HORIZONS HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION      Date: 11/06/2026
Member: Daniela Ruiz Altamirano   ID SHX-AZ-77105938   DOB 05/19/2002
Reference: SHX-UM-26-1106-20417   Service: partial hospitalization (H0035), Desert Bloom Eating Disorder Center
Action: authorization ends 11/08/2026 (concurrent review).

Continued partial hospitalization is not medically necessary after 11/08/2026. Member weight is restored to 92%
of expected body weight; member is medically stable; no purging reported. Criteria for BH-ED-PHP-2 criterion 3
are not met. Intensive outpatient program is appropriate.
Reviewer: Dr. Anselm Tierney, family medicine.

You may appeal to us within 60 days of the date of this notice. Este aviso esta disponible en espanol; llame a
Servicios para Miembros al (602) 555-0158.
""",
"denial/notice-of-appeal-resolution-2026-11-18.txt": """
SONORAN HORIZONS HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION (EXPEDITED)      Date: 11/18/2026
Member: Daniela Ruiz Altamirano   ID SHX-AZ-77105938   Appeal received 11/10/2026 from Graciela Altamirano Soto
Reference: SHX-UM-26-1106-20417

The decision is upheld. Member remains medically stable and at 92% of expected body weight. No compensatory
behaviors are documented. Intensive outpatient program remains the appropriate level of care.

Your right to a State Fair Hearing: you may ask for a State Fair Hearing no later than 120 calendar days from the
date of this notice. Send your request to State Fair Hearing Intake, PO Box 25540, Phoenix, AZ 85002.
""",
"clinical/php-progress-notes-2026-10-06-to-11-06.txt": """
DESERT BLOOM EATING DISORDER CENTER (FICTIONAL) - PHP PROGRESS NOTES                Page 1 of 1
Patient: Daniela Ruiz Altamirano   DOB 05/19/2002   Psychiatrist: Dr. Lucinda Forsgren, MD
Diagnoses: anorexia nervosa, binge-eating/purging type (F50.029); major depressive disorder,
single episode, moderate (F32.1). This episode began about 06/2026.

10/06/2026 - Admitted to PHP after medical admission for refeeding 09/22-10/03/2026. 81% of expected body
weight. EDE-Q 4.8, PHQ-9 18. Fluoxetine 40 mg daily since 03/2025, partial response, continue.
10/14/2026 - Meal anxiety severe; olanzapine 2.5 mg daily started.
10/22/2026 - 86% of expected body weight. Vomiting after dinner at home 3-4 times a week by her report.
11/05/2026 - 91%. EDE-Q 4.1, PHQ-9 15. Self-induced vomiting about twice a week, reported in group; staff
observed one episode after lunch on 11/04/2026. No suicidal ideation.
11/06/2026 - 92%. Team recommends 3-4 more weeks of PHP: vomiting continues, weight not yet at 95%, and the 2021
episode relapsed after an early step-down. Plan's concurrent review denied continued stay.
""",
"clinical/iop-weekly-notes-2026-11-09-to-12-02.txt": """
DESERT BLOOM EATING DISORDER CENTER (FICTIONAL) - IOP WEEKLY NOTES                  Page 1 of 1
Patient: Daniela Ruiz Altamirano   DOB 05/19/2002   IOP 3 evenings a week since 11/09/2026
11/16/2026 - 90% of expected body weight. Skipping breakfast and lunch at home.
11/23/2026 - 88%. Vomiting most days by her report; mother finds food hidden.
11/30/2026 - 86%. Dizzy at work trial shift; sent to the emergency department (see note).
12/02/2026 - Team: IOP is not holding her. Recommend return to PHP 5 days a week. EDE-Q 4.9 and PHQ-9 19 on
12/01/2026. C-SSRS negative on 12/01/2026. Medical safety plan (when to go to the ED) reviewed with her mother.
""",
"clinical/emergency-department-note-2026-11-30.txt": """
VALLEY CROSSING MEDICAL CENTER (FICTIONAL) - EMERGENCY DEPARTMENT NOTE               Date: 11/30/2026
Patient: Daniela Ruiz Altamirano   DOB 05/19/2002                                        Page 1 of 1
Dizziness and near-fainting at work. Resting heart rate 44; orthostatic: pulse up 31 standing. Potassium 3.2.
Given oral potassium and fluids; discharged to family with follow-up at her eating-disorder program the next
day. Impression: anorexia nervosa with purging, bradycardia and hypokalemia.
""",
"clinical/residential-discharge-summary-2021-04-16.txt": """
MESA VERDE RESIDENTIAL PROGRAM (FICTIONAL) - DISCHARGE SUMMARY                      Date: 04/16/2021
Patient: Daniela Ruiz Altamirano   DOB 05/19/2002                                        Page 1 of 1
Residential treatment 02/19/2021-04/16/2021 (8 weeks) for anorexia nervosa. Goal weight reached. Discharged to
IOP. [Addendum 06/01/2021: readmitted 05/27/2021 after losing 5 kg in IOP within 6 weeks of discharge.]
""",
"other/authorized-representative-form-2026-11-09.txt": """
SONORAN HORIZONS HEALTH PLAN (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE    Signed: 11/09/2026
I, Daniela Ruiz Altamirano (ID SHX-AZ-77105938), name my mother, Graciela Altamirano Soto, to act for me in
appeals and State Fair Hearings about my care. / Nombro a mi madre, Graciela Altamirano Soto, para actuar por mi
en apelaciones y audiencias imparciales estatales.
Signed: Daniela Ruiz Altamirano        Accepted: Graciela Altamirano Soto
""",
"other/medicaid-household-eligibility-notice-2026-07-01.txt": """
ARIZONA MEDICAID ELIGIBILITY NOTICE (FICTIONAL COPY)                                  Date: 07/01/2026
Household: 4418 West Palo Verde Drive, Apt 12, Phoenix, AZ 85019
Graciela Altamirano Soto (head of household)    eligible    renewal 06/30/2027
Daniela Ruiz Altamirano                          eligible    renewal 06/30/2027   plan: Sonoran Horizons
Valeria Ruiz Altamirano, age 15                  eligible    renewal 06/30/2027   plan: Sonoran Horizons
Mateo Ruiz Altamirano, age 11                    eligible    renewal 06/30/2027   plan: Sonoran Horizons
""",
}

TRUTH = r"""
# 02 - Medicaid managed care (AZ): anorexia PHP ended at 92% of expected weight; weight falling after step-down; state fair hearing by the mother, Spanish-speaking (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Daniela Ruiz Altamirano, **24** (DOB 05/19/2002), Medicaid managed care (Sonoran Horizons, FICTIONAL), anorexia
  nervosa, binge-eating/purging type (F50.029), and major depression (F32.1). Medical admission for refeeding
  09/22-10/03/2026; PHP from 10/06/2026 (81% -> 92% of expected body weight).
- The plan **ended the PHP on 11/08/2026** (notice 11/06/2026, concurrent review, `action: end`), citing 92%,
  "medically stable" and "no purging reported"; the **expedited plan appeal** (received 11/10) was upheld on
  **11/18/2026** ("No compensatory behaviors are documented").
- The record contradicts both decisions' stated facts: the 11/05/2026 note records vomiting about twice a week, one
  episode staff-observed on 11/04; after the step-down, **90% (11/16), 88% (11/23), 86% (11/30)**; ED visit
  **11/30/2026**: heart rate 44, orthostatic, potassium 3.2. EDE-Q 4.8 -> 4.1 -> 4.9; PHQ-9 18 -> 15 -> 19.
- Earlier episode: residential 02-04/2021, stepped to IOP, **readmitted 05/27/2021** after weight loss.
- **Fluoxetine 40 mg** continues (partial response); **olanzapine 2.5 mg** since 10/14/2026 continues (not an
  antidepressant). No suicidal ideation (C-SSRS negative 12/01/2026).
- **Rule and stage:** state fair hearing within **120 calendar days of the notice of resolution: by 03/18/2027**
  (42 CFR 438.408(f)(2)). The patient's language is **Spanish**: the letter (in English) asks for the decision and
  notices in Spanish too.
- **Author:** her mother, **authorized representative** (form signed 11/09/2026; the patient is an adult, so the
  mother is not a parent of a minor).

## Deliberately unknown
- Whether benefits could have continued during the appeal: the appeal was filed 11/10, after the 10-day window and
  the date the action took effect is not clear; a letter must not claim benefits were continued or are owed for
  11/09 onward; it may ask.
- Which criteria set BH-ED-PHP-2 comes from and its full text: not enclosed; a letter asks for it.
- Whether the plan received the 11/05 note before 11/18: not known.

## Traps
- **A decision's wrong statement:** "no purging reported" / "No compensatory behaviors are documented" against the
  11/05 note; "medically stable at 92%" is true for 11/06 only: the letter says what it leaves out, not that it was
  false on that day.
- **Level of care, not a hospital:** the PHP is not inpatient or hospital care; the refeeding admission was medical.
- **Drugs still taken:** fluoxetine and olanzapine continue: never "failed" or "stopped".
- **Earlier episode:** the 2021 residential stay brought weight restoration: a response, not a failed treatment;
  what it shows is relapse after an early step-down.
- **Other people:** the household eligibility notice names her sister Valeria and brother Mateo (both minors).
- **Voice:** the mother writes about her daughter; the patient is an adult, not "my minor child"; no "I" as patient.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review by an IRO, no "state sets 90-120 days".
- No suicidal ideation.

## Arguments a strong letter makes (strongest first)
1. What happened after the step-down answers the decision: weight 92% -> 86% in three weeks in the IOP the plan
   named, and an ED visit with bradycardia (44) and hypokalemia (3.2) on 11/30/2026: the lower level was tried and
   did not hold her; PHP is the least intensive safe level.
2. Correct the decisions' stated facts: vomiting about twice a week was documented on 11/05 (staff-observed 11/04);
   "medically stable at 92%" leaves out what followed.
3. The treating team recommended 3-4 more weeks on 11/06 and return to PHP on 12/02; her 2021 episode relapsed within
   6 weeks of an early step-down.
4. Ask the hearing officer to order PHP resumed, and the plan to produce BH-ED-PHP-2 and the reviewer's notes; a
   reviewer with eating-disorder expertise (the reviewer was family medicine). Decision notices in Spanish too.

## What a letter must NOT say
- "inpatient", "hospital stay" for the PHP; "hospitalized in a psychiatric hospital".
- "failed fluoxetine", "stopped olanzapine"; "failed residential treatment".
- "Valeria", "Mateo"; "my daughter, a minor"; "I" as the patient.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review organization"; "within 90 days" for the hearing.
- "suicidal ideation" as present; "benefits were continued".
"""

ANSWERS = [
    ("first notice date", "Date: 11/06/2026", "denial/notice-of-adverse-benefit-determination-2026-11-06.txt"),
    ("PHP end date", "authorization ends 11/08/2026", "denial/notice-of-adverse-benefit-determination-2026-11-06.txt"),
    ("denial's stated fact", "no purging reported", "denial/notice-of-adverse-benefit-determination-2026-11-06.txt"),
    ("resolution date", "Date: 11/18/2026", "denial/notice-of-appeal-resolution-2026-11-18.txt"),
    ("resolution's stated fact", "No compensatory behaviors are documented", "denial/notice-of-appeal-resolution-2026-11-18.txt"),
    ("hearing window", "no later than 120 calendar days from the date of this notice", "denial/notice-of-appeal-resolution-2026-11-18.txt"),
    ("hearing deadline", "by 03/18/2027", "truth"),
    ("purging documented", "Self-induced vomiting about twice a week", "clinical/php-progress-notes-2026-10-06-to-11-06.txt"),
    ("weight after step-down", "11/30/2026 - 86%", "clinical/iop-weekly-notes-2026-11-09-to-12-02.txt"),
    ("ED vitals", "Resting heart rate 44", "clinical/emergency-department-note-2026-11-30.txt"),
    ("potassium", "Potassium 3.2", "clinical/emergency-department-note-2026-11-30.txt"),
    ("earlier relapse", "readmitted 05/27/2021", "clinical/residential-discharge-summary-2021-04-16.txt"),
    ("continued drug", "Fluoxetine 40 mg daily since 03/2025, partial response, continue", "clinical/php-progress-notes-2026-10-06-to-11-06.txt"),
    ("reviewer", "Dr. Anselm Tierney, family medicine", "denial/notice-of-adverse-benefit-determination-2026-11-06.txt"),
    ("language", "language: es", "case.yaml"),
    ("other person", "Valeria Ruiz Altamirano, age 15", "other/medicaid-household-eligibility-notice-2026-07-01.txt"),
]
