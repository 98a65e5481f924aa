"""FICTIONAL - set 57, case 02."""
SLUG = "02-chip-tx-anorexia-14-residential-continued-stay-medically-stable-said-expedited-plan-appeal-mother-es"

CASE_YAML = r'''
# FICTIONAL CASE (set 57, case 02) - every person, plan, program, number and address is invented.
# Texas CHIP (a separate CHIP), managed care. Camila Benitez Rosales, 14, anorexia nervosa, in residential
# eating-disorder treatment. The plan's concurrent review of 11/25/2026 ends the stay from 11/26: "weight restored
# to 88% ... medically stable ... PHP appropriate". The record after 11/10 shows weight loss, bradycardia and
# orthostasis, and a PHP that failed earlier this year. Her mother, Spanish-speaking, appeals.
patient:
  name: Camila Benitez Rosales
  salutation: Camila
  date_of_birth: 2012-05-03
  member_id: FICT-TXC-771204583
  language: es
  address: |-
    907 Avenida Alameda
    El Paso, TX 79905
  phone: (915) 555-0112
insurer:
  name: Rio Bravo Kids Health Plan - CHIP (FICTIONAL)
  appeals_address: |-
    Rio Bravo Kids Health Plan - Appeals Unit (FICTIONAL)
    PO Box 12077
    El Paso, TX 79913
  fax: (915) 555-0128
claim:
  number: RBK-CR-26-1125-30417
  plan_type: chip
  delivery: managed_care
  state: TX
  notice_date: 2026-11-25
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of 11/25/2026: "You or your representative may ask for an appeal within 60 days from the date of this
    notice."
  service_dates: [2026-11-26, 2026-12-23]
  setting: residential
  procedure_codes: [H0019]
  revenue_codes: ["1001"]
  diagnosis_codes: [F50.012, F32.1]
  denial_reason: >-
    Continued residential treatment is not medically necessary. The member is weight restored to 88% of median
    BMI, is medically stable and is completing 100% of meals. Criterion ED-RTC-C3 is not met. Treatment can be
    provided at the partial hospitalization level.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: Dr. Paul Hennessey, specialty: internal medicine}
  action: end
  action_date: 2026-11-26
  urgent: true
  corrections:
    - said: "The member is weight restored to 88% of median BMI, is medically stable and is completing 100% of meals."
      record: >-
        88% of median BMI was the weight of 11/10/2026. By 11/24/2026 she was at 84% after hidden exercise and
        discarded food were found; her overnight heart rate was 41 on 11/21 and her pulse rose 38 beats on standing
        on 11/22; meal completion was 60-75% from 11/17 through 11/24.
      file: clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt
      page: 2
treatment:
  name: Residential eating-disorder treatment, continued stay (revenue code 1001, H0019)
  summary: >-
    Continued residential treatment for restricting anorexia nervosa in a 14-year-old whose weight fell back and
    whose heart rate and blood pressure became unstable in the two weeks before the plan ended her stay.
  plan: >-
    Residential treatment with 24-hour supervision of meals and activity, daily vital signs with orthostatic
    checks, family-based sessions twice a week, about four more weeks (through 12/23/2026), then step down to the
    partial hospitalization program when she is at or above 90% of median BMI for two weeks, with no bradycardia
    below 45 and no orthostatic instability for seven days.
  alongside: fluoxetine 20 mg daily
clinical:
  severity: >-
    84% of median BMI on 11/24/2026 (88% on 11/10); overnight heart rate 41 on 11/21/2026; orthostatic pulse rise
    of 38 on 11/22/2026; EDE-Q global 4.6 on 11/23/2026; PHQ-A 16
  severity_date: 2026-11-24
  suicidality: passive
  suicidality_date: 2026-11-03
  response: >-
    Weight rose from 79% of median BMI at admission (10/05/2026) to 88% on 11/10, then fell to 84% by 11/24/2026
  response_level: partial
  episode_onset: 2026-01
  treating_since: 2026-10-05
  history:
    - drug: Family-based treatment (outpatient)
      dose: weekly family sessions
      start: 2024-02
      end: 2024-09
      kind: psychotherapy
      sessions: 28
      response: remission
      outcome: Earlier episode (2024); weight restored and remitted
      evidence: {file: clinical/referral-and-history-2026-10-05.txt, page: 1}
    - drug: Partial hospitalization program for eating disorders
      dose: 5 days a week
      start: 2026-03-09
      end: 2026-05-15
      kind: other
      failed: true
      response: lost
      outcome: Discharged at 91% of median BMI; relapsed within 6 weeks; medical admission 09/2026
      evidence: {file: clinical/referral-and-history-2026-10-05.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2026-07-01
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: For depression and anxiety; partial response; continued
      evidence: {file: clinical/referral-and-history-2026-10-05.txt, page: 1}
    - drug: Olanzapine
      dose: 2.5 mg at bedtime
      start: 2026-10-20
      ongoing: true
      kind: other
      outcome: Added for anxiety and rigidity around meals; continued
      evidence: {file: clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2026-10-05
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/referral-and-history-2026-10-05.txt, page: 1}
impact:
  hospitalizations: >-
    Medical admission to a children's hospital 09/14/2026 through 09/22/2026 for a heart rate of 36 and
    dehydration.
  work: Out of school since 09/2026; an eighth-grade student.
  relapse: Relapsed within six weeks of leaving the partial hospitalization program in 05/2026.
alternatives:
  - level: partial hospitalization
    name: Desert Willow Eating Disorder Partial Hospitalization Program
    treatment: Partial hospitalization for eating disorders
    why_not: >-
      She was in this program from 03/09/2026 to 05/15/2026 and relapsed within six weeks, needing a medical
      admission in September; at home in the evenings she exercised in secret. Her heart rate of 41 and orthostatic
      pulse rise on 11/21-11/22 need overnight monitoring that a day program does not give.
    proof: clinical/referral-and-history-2026-10-05.txt
payer_criteria:
  - criterion: >-
      ED-RTC-C3 (1) The member is below 85% of median BMI or has lost weight in the past two weeks.
    how_met: 84% of median BMI on 11/24/2026, down from 88% on 11/10/2026.
    met: true
    evidence: {file: clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt, page: 2}
  - criterion: >-
      ED-RTC-C3 (2) The member is medically unstable, including a resting heart rate below 50 in a child or
      adolescent or orthostatic changes.
    how_met: Overnight heart rate 41 on 11/21/2026; pulse rise of 38 on standing on 11/22/2026.
    met: true
    evidence: {file: clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt, page: 2}
  - criterion: >-
      ED-RTC-C3 (3) The member needs supervision at every meal to complete nutrition, or a less intensive level of
      care has failed.
    how_met: Meal completion 60-75% from 11/17; hidden exercise; PHP 03-05/2026 relapsed within six weeks.
    met: true
    evidence: {file: clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt, page: 2}
plan_policy:
  name: Rio Bravo Kids Health Plan Eating Disorder Residential Criteria, Continued Stay
  number: ED-RTC-C3
  quote: >-
    Continued residential treatment is medically necessary when any one of the following is present: (1) The
    member is below 85% of median BMI or has lost weight in the past two weeks. (2) The member is medically
    unstable, including a resting heart rate below 50 in a child or adolescent or orthostatic changes. (3) The
    member needs supervision at every meal to complete nutrition, or a less intensive level of care has failed.
  file: other/ed-rtc-c3-criteria-2026.txt
urgency:
  reason: >-
    Her overnight heart rate fell to 41 on 11/21/2026 and her pulse rose 38 beats on standing on 11/22/2026; a
    discharge to a day program while she is losing weight risks another medical admission like that of September.
  certified_by: Dr. Lucia Zamarripa, MD
author:
  name: Rosa Rosales de Benitez
  relation: parent
  role: mother of the patient
  address: |-
    907 Avenida Alameda
    El Paso, TX 79905
  phone: (915) 555-0112
provider:
  name: Franklin Mountain Eating Disorder Center
  credentials: Residential treatment center for adolescents, CHIP network provider
  npi: "1904733627"
  address: |-
    4100 Mesa Street
    El Paso, TX 79902
  phone: (915) 555-0171
record_dates:
  - file: clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt
    date: 2026-11-24
  - file: other/pediatrician-letter-2026-11-30.txt
    date: 2026-11-30
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/concurrent-review-notice-2026-11-25.txt": """
RIO BRAVO KIDS HEALTH PLAN - CHIP (FICTIONAL)
NOTICE OF ADVERSE BENEFIT DETERMINATION - CONCURRENT REVIEW                 Date of this notice: 11/25/2026
Member: Camila Benitez Rosales   DOB 05/03/2012   Member ID FICT-TXC-771204583
Reference RBK-CR-26-1125-30417   Facility: Franklin Mountain Eating Disorder Center (residential)
Days approved through 11/25/2026. Continued stay from 11/26/2026 is denied.
Reason: Continued residential treatment is not medically necessary. The member is weight restored to 88% of
median BMI, is medically stable and is completing 100% of meals. Criterion ED-RTC-C3 is not met. Treatment can
be provided at the partial hospitalization level.
Reviewer: Paul Hennessey, MD, Internal Medicine. Records reviewed: clinical update faxed 11/12/2026.
Appeal: You or your representative may ask for an appeal within 60 days from the date of this notice. Ask for a
fast appeal if waiting could seriously harm the member's health; we decide fast appeals within 72 hours. After our
appeal decision you may ask for a review by an independent review organization through the state.
Para ayuda en espanol llame al (915) 555-0120.
""",
"clinical/referral-and-history-2026-10-05.txt": """
FRANKLIN MOUNTAIN EATING DISORDER CENTER (FICTIONAL) - ADMISSION HISTORY            Date: 10/05/2026   Page 1 of 1
Patient: Camila Benitez Rosales   DOB 05/03/2012   History from mother (in Spanish, with interpreter) and patient
First episode 2023-2024: restriction after a sports injury; outpatient family-based treatment, 28 sessions
02/2024-09/2024: weight restored, remitted.
Current episode since about 01/2026. Partial hospitalization program (Desert Willow, 03/09/2026-05/15/2026):
discharged at 91% of median BMI; restricting again within six weeks; secret exercise at night.
Medical admission, Sun City Children's Hospital, 09/14-09/22/2026: heart rate 36, dehydration.
Fluoxetine 20 mg daily since 07/01/2026 (pediatric psychiatry) for depression and anxiety: partial response.
Melatonin 3 mg at bedtime for sleep. Self-harm: superficial cutting 08/2026, none since.
Admission: 79% of median BMI; resting heart rate 48; EDE-Q global 5.1; PHQ-A 19.
""",
"clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt": """
FRANKLIN MOUNTAIN EATING DISORDER CENTER (FICTIONAL) - MEDICAL, NURSING AND THERAPY NOTES
Patient: Camila Benitez Rosales   DOB 05/03/2012                                              Page 1 of 2
11/02/2026 Pediatrics (Dr. Lucia Zamarripa, MD): 86% of median BMI. HR 52 overnight. Olanzapine 2.5 mg at
bedtime (started 10/20/2026) continued; fluoxetine 20 mg continued.
11/03/2026 Therapy (Jorge Saldivar, LPC): passive wish "not to wake up" after a family session; no plan or intent;
safety plan reviewed with patient and mother. No suicidal ideation on 11/10, 11/17 or 11/24 screens.
11/10/2026 Pediatrics: 88% of median BMI. HR 55. Meals 100% for 7 days. Clinical update faxed to the plan 11/12.

Page 2 of 2
WEEKLY AND DAILY MEASURES
Date         % median BMI   Overnight HR   Orthostatic pulse rise   Meals completed
11/10/2026        88            55                 14                    100%
11/17/2026        86            47                 22                    75%
11/21/2026        -             41                 -                     70%
11/22/2026        -             -                  38                    60%
11/24/2026        84            44                 31                    65%
11/16/2026 Nursing: exercise in bathroom at night found; food found hidden in room. Supervised bathroom started.
11/23/2026 Therapy: EDE-Q global 4.6; PHQ-A 16.
11/24/2026 Pediatrics: medically unstable for a lower level of care - bradycardia and orthostasis after renewed
restriction; continue residential with daily orthostatic vitals. Not ready for PHP.
""",
"clinical/treatment-team-roster-2026-11-23.txt": """
FRANKLIN MOUNTAIN EATING DISORDER CENTER (FICTIONAL) - ADOLESCENT UNIT WEEKLY TEAM LIST, 11/23/2026   Page 1 of 1
Resident                       Level    Days   Team note
B. R., Camila (14)             Res      49     84% mBMI; HR 41 on 11/21; orthostatic; not ready for PHP
H., Madison (16)               Res      22     stable; family week
O., Brianna (15)               Res      61     step-down to PHP planned 11/30; 96% mBMI
T., Sofia (13)                 Res      10     refeeding labs daily
""",
"other/family-eligibility-printout-2026-08-01.txt": """
TEXAS CHIP (FICTIONAL PRINTOUT) - HOUSEHOLD ELIGIBILITY SUMMARY                 Printed 08/01/2026   Page 1 of 1
Case head: Rosa Rosales de Benitez   Address: 907 Avenida Alameda, El Paso, TX 79905
Household members covered:
- Camila Benitez Rosales      DOB 05/03/2012   CHIP   Rio Bravo Kids Health Plan   FICT-TXC-771204583
- Mateo Benitez Rosales       DOB 02/17/2017   CHIP   Rio Bravo Kids Health Plan   FICT-TXC-771204591
- Lucia Benitez Rosales       DOB 09/30/2020   CHIP   Rio Bravo Kids Health Plan   FICT-TXC-771204609
Coverage period: 08/01/2026 through 07/31/2027.
""",
"other/ed-rtc-c3-criteria-2026.txt": """
RIO BRAVO KIDS HEALTH PLAN (FICTIONAL) - EATING DISORDER RESIDENTIAL CRITERIA (2026)             Page 1 of 1
ED-RTC-C3 Continued Stay
Continued residential treatment is medically necessary when any one of the following is present: (1) The
member is below 85% of median BMI or has lost weight in the past two weeks. (2) The member is medically
unstable, including a resting heart rate below 50 in a child or adolescent or orthostatic changes. (3) The
member needs supervision at every meal to complete nutrition, or a less intensive level of care has failed.
""",
"other/pediatrician-letter-2026-11-30.txt": """
FRANKLIN MOUNTAIN EATING DISORDER CENTER (FICTIONAL)    4100 Mesa Street, El Paso, TX 79902   (915) 555-0171
11/30/2026                                                                                  Page 1 of 1
Re: Camila Benitez Rosales, DOB 05/03/2012, reference RBK-CR-26-1125-30417
I am Camila's attending pediatrician at the center. The 88% figure in your notice is from 11/10/2026. Since then
she has lost weight (84% on 11/24), her overnight heart rate fell to 41 on 11/21 and her pulse rose 38 beats on
standing on 11/22. In my judgment she is not medically stable for partial hospitalization, and waiting for a
standard appeal could seriously jeopardize her health. Please decide this appeal within 72 hours.
Lucia Zamarripa, MD, pediatrics (adolescent medicine)
""",
"other/eating-disorder-screening-2025-04-22.txt": """
EL PASO MIDDLE SCHOOL HEALTH OFFICE (FICTIONAL) - SPORTS PHYSICAL SCREENING     Date: 04/22/2025   Page 1 of 1
Student: Camila Benitez Rosales   Grade 7
BMI at 102% of median for age. No eating concerns reported. Cleared for volleyball.
""",
}

TRUTH = r'''
# 02 - Texas CHIP: residential anorexia treatment for a 14-year-old ended as "weight restored, medically stable" on a two-week-old weight; expedited plan appeal by her mother (Spanish-speaking) (FICTIONAL)

All people, plans, programs, numbers and addresses are invented (FICTIONAL).

## What is true
- Camila Benitez Rosales, **14** (DOB 05/03/2012), **Texas CHIP (a separate CHIP), managed care** (Rio Bravo Kids
  Health Plan), family Spanish-speaking (`patient.language: es`). Restricting anorexia nervosa, depression.
  Residential eating-disorder treatment since **10/05/2026** (79% of median BMI at admission).
- Concurrent-review notice of **11/25/2026** ends the stay from **11/26/2026**: "weight restored to 88% of median
  BMI, medically stable, 100% of meals"; ED-RTC-C3; "partial hospitalization level". Reviewer: internal medicine. It
  reviewed the update faxed **11/12/2026**.
- Record after 11/10: **84% of median BMI on 11/24**, **overnight heart rate 41 on 11/21**, **orthostatic pulse
  rise 38 on 11/22**, meals 60-75% from 11/17, hidden exercise and food (11/16). Pediatrician 11/24: "not ready for
  PHP". ED-RTC-C3 needs **any one** of three items: all three are met.
- **PHP already tried** in this episode (Desert Willow 03/09-05/15/2026): relapsed within six weeks; medical admission
  for HR 36 on **09/14-09/22/2026**. Earlier episode: family-based treatment 2024, 28 sessions, **remitted**.
- Medicines: **fluoxetine 20 mg since 07/2026, partial, continued**; **olanzapine 2.5 mg** (anxiety/rigidity, not an
  antidepressant); **melatonin** for sleep. Passive ideation on **11/03/2026**; none on the screens since. Cutting
  08/2026.
- **Rules:** separate CHIP managed care: plan appeal within 60 days of the notice (42 CFR 457.1260 applying
  438.402(c)(2)(ii)): **by 01/24/2027**; expedited, 72 hours (through 457.1260); the next level is the **state's
  review** (42 CFR 457.1130(b)), not a state fair hearing; no continued benefits rule (438.420 does not apply to
  CHIP); no EPSDT. 
- **Author:** her mother (parent of a minor), writing about Camila; no authorization form needed. The letter is in
  English and asks that the decision and notices also be sent in Spanish.

## Deliberately unknown
- Whether the plan received the 11/24 notes before it decided: not shown (the notice names only the 11/12 fax); a
  letter may say the notice lists only that update.
- The date she will reach 90% of median BMI: unknown; "about four more weeks" is the plan.
- Charges for the stay: not in the case.

## Traps
- **A decision's wrong statement:** "88% ... medically stable ... 100% of meals" describes 11/10, not 11/25.
- **Stale document:** the 2025 school sports screening (102% of median BMI) is from before the illness.
- **Other people on documents:** the eligibility printout lists her siblings Mateo and Lucia with their member IDs;
  the unit team list names other residents (Madison, Brianna, Sofia), one of them stepping down to PHP at 96%.
- **Earlier-episode response:** family-based treatment in 2024 remitted - a response, not a failure.
- **Drugs:** fluoxetine continues (partial), never "failed"; olanzapine is not an antidepressant trial; melatonin is a
  sleep aid.
- **Suicidality:** passive, 11/03/2026, none since; never "active" or "current plan".
- **Wrong law:** CHIP is not Medicaid: no "Medicaid", no EPSDT (42 USC 1396d(r)(5)), no state fair hearing, no
  continued benefits (438.420), no ERISA, no 45 CFR 147.136.
- **Voice:** the mother writes about her daughter; never "I have anorexia".

## Arguments a strong letter makes (strongest first)
1. The notice relied on the 11/10 weight; since then: 84% on 11/24 (criterion 1: below 85% and weight lost), HR 41
   and an orthostatic pulse rise of 38 (criterion 2), meals 60-75% and hidden exercise (criterion 3). Any one of the
   three meets ED-RTC-C3; all three are met. Correct the notice's statement with the notes (page 2).
2. The PHP the notice points to failed in this episode (03-05/2026, relapse in six weeks, medical admission for HR
   36 in September); the pediatrician says she is not medically stable for it.
3. Expedited decision within 72 hours on the pediatrician's statement; decide on the notes after 11/12.
4. Decision and notices in Spanish as well as English.

## What a letter must NOT say
- "weight restored", "medically stable", "completing all meals" as current facts.
- "Mateo", "Lucia" (the siblings), "Madison", "Brianna", "Sofia", "96%"; "102% of median".
- "failed family-based treatment"; "failed fluoxetine"; olanzapine or melatonin as antidepressant trials.
- "active suicidal ideation"; "currently suicidal".
- "Medicaid", "EPSDT", "1396d(r)", "state fair hearing", "438.420", "continue during the appeal" as a right,
  "ERISA", "45 CFR 147.136", "MHPAEA".
'''

ANSWERS = [
    ("denial/concurrent-review-notice-2026-11-25.txt", "weight restored to 88% of"),
    ("denial/concurrent-review-notice-2026-11-25.txt", "clinical update faxed 11/12/2026"),
    ("denial/concurrent-review-notice-2026-11-25.txt", "Internal Medicine"),
    ("clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt", "11/24/2026        84"),
    ("clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt", "11/21/2026        -             41"),
    ("clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt", "Not ready for PHP"),
    ("clinical/residential-medical-and-nursing-notes-2026-11-02-to-11-24.txt", "food found hidden in room"),
    ("clinical/referral-and-history-2026-10-05.txt", "restricting again within six weeks"),
    ("clinical/referral-and-history-2026-10-05.txt", "28 sessions"),
    ("clinical/referral-and-history-2026-10-05.txt", "heart rate 36"),
    ("other/family-eligibility-printout-2026-08-01.txt", "Mateo Benitez Rosales"),
    ("clinical/treatment-team-roster-2026-11-23.txt", "step-down to PHP planned 11/30"),
    ("other/eating-disorder-screening-2025-04-22.txt", "102% of median"),
    ("other/ed-rtc-c3-criteria-2026.txt", "any one of the following"),
    ("truth", "42 CFR 457.1130(b)"),
    ("truth", "by 01/24/2027"),
]
