"""FICTIONAL case 04, set 59: self-funded ERISA plan (NC), bulimia nervosa PHP continued stay, second level, father."""

SLUG = "04-self-funded-erisa-nc-bulimia-php-continued-stay-two-purges-said-second-level-father"

CASE_YAML = r"""
# FICTIONAL CASE (set 59, case 04) - every person, plan, provider, number and address is invented.
# Self-funded ERISA plan, North Carolina, 2,200 employees. Hannah Joy Brightwater, 23, a dependent, was in an
# eating-disorder partial hospitalization program; the plan ended coverage of the program from 11/02/2026 and the
# first-level appeal upheld it (11/13/2026), saying purging had fallen to twice a week. She stayed in the program to
# 11/27/2026. Her father, the employee, files the second-level appeal with her written authorization.
patient:
  name: Hannah Joy Brightwater
  salutation: Ms. Brightwater
  date_of_birth: 2003-07-21
  member_id: FICT-PTG-55120734-02
  address: |-
    88 Laurel Fork Road
    Hickory, NC 28601
  phone: (828) 555-0135
insurer:
  name: Piedmont Textile Group Employee Health Plan, administered by Carolina Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Carolina Benefit Administrators - Second Level Appeals (FICTIONAL)
    PO Box 31877
    Charlotte, NC 28231
  fax: (704) 555-0168
claim:
  number: CBA-26-1120-88410
  plan_type: employer_erisa
  funding: self_funded
  employees: 2200
  stage: second level
  notice_date: 2026-10-30
  service_dates: [2026-11-02, 2026-11-27]
  sessions: 20
  setting: partial_hospitalization
  procedure_codes: [S0201]
  revenue_codes: ["0913"]
  diagnosis_codes: [F50.23, F33.1]
  denial_reason: >-
    Continued partial hospitalization from 11/02/2026 does not meet Keystone Behavioral Health Criteria ED-PHP-3
    (continued stay). Binge and purge episodes have decreased to 2 per week and there are no medical complications.
    The member can be treated in an intensive outpatient program.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  reviewer:
    name: Dr. Fiona Lasker (FICTIONAL)
    specialty: psychiatry
  action: end
  action_date: 2026-11-02
decisions:
  - date: 2026-11-13
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-12
    reason: >-
      We upheld the denial. Binge and purge episodes decreased to 2 per week and there are no medical
      complications. Intensive outpatient treatment is appropriate.
    corrections:
      - said: Binge and purge episodes decreased to 2 per week
        record: >-
          "2 per week" was her own estimate on the intake call of 11/05/2026; the program's supervised log counted 9
          purges in the week of 11/09-11/15/2026 and 7 in the week of 11/16-11/22/2026.
        file: clinical/harbor-pines-php-supervised-behavior-log-2026-11.txt
        page: 1
      - said: there are no medical complications
        record: >-
          Serum potassium was 3.1 mmol/L on 11/16/2026 and she was given oral potassium; a resting heart rate of 48
          was recorded on 11/17/2026.
        file: clinical/harbor-pines-php-medical-notes-2026-11.txt
        page: 1
plan_policy:
  name: Keystone Behavioral Health Criteria ED-PHP-3, Eating Disorders - Partial Hospitalization, Continued Stay (as adopted by the plan)
  number: ED-PHP-3
  quote: >-
    Continued stay is appropriate when any one of the following is present: (a) binge, purge or restrictive
    behaviors continue at a frequency that has not been interrupted at a lower level of care or in the program; (b)
    medical risk that needs daily monitoring, such as electrolyte abnormalities or a resting heart rate below 50; (c)
    the member cannot eat adequately without structured meal support.
  file: other/keystone-ed-php-3-continued-stay.txt
payer_criteria:
  - criterion: "(a) binge, purge or restrictive behaviors continue at a frequency that has not been interrupted at a lower level of care or in the program"
    how_met: 9 supervised-log purges 11/09-11/15 and 7 in 11/16-11/22/2026; IOP in 08-09/2026 did not interrupt them (5 rising to 12 a week)
    met: true
    evidence: {file: clinical/harbor-pines-php-supervised-behavior-log-2026-11.txt, page: 1}
  - criterion: "(b) medical risk that needs daily monitoring, such as electrolyte abnormalities or a resting heart rate below 50"
    how_met: Potassium 3.1 on 11/16/2026 (oral potassium given); resting heart rate 48 on 11/17/2026
    met: true
    evidence: {file: clinical/harbor-pines-php-medical-notes-2026-11.txt, page: 1}
alternatives:
  - treatment: Intensive outpatient program (the lower level the decisions name)
    level: intensive outpatient
    why_not: >-
      She was in Bridgeway's eating-disorder IOP 08/10/2026-09/25/2026 and purging rose from 5 to 12 a week; she was
      discharged to a higher level. She stepped down to IOP on 11/30/2026 once the program's criteria were met.
    proof: clinical/bridgeway-iop-discharge-summary-2026-09-25.txt
treatment:
  name: Eating-disorder partial hospitalization program (PHP), 6 hours a day, 5 days a week
  summary: >-
    Partial hospitalization for severe bulimia nervosa with purging that weekly IOP did not interrupt, low potassium
    and a slow heart rate, from 11/02/2026 through 11/27/2026 (20 program days).
  plan: >-
    Six hours a day, five days a week at Harbor Pines Eating Disorder Center: two supervised meals a day, bathroom
    monitoring after meals, daily vital signs, labs twice a week, CBT-E groups and individual therapy, family
    session weekly; step down to IOP after two weeks with two or fewer purges and normal potassium.
  alongside: fluoxetine 60 mg daily
clinical:
  severity: 7 supervised-log purges in the week of 11/16-11/22/2026; potassium 3.1 on 11/16/2026; PHQ-9 17
  severity_date: 2026-11-22
  suicidality: none
  suicidality_date: 2026-11-20
  episode_onset: 2025-11
  treating_since: 2026-01
  response: Purges 9 (11/09-11/15), 7 (11/16-11/22), 2 (11/23-11/27/2026); potassium 4.0 by 11/25/2026
  response_level: response
  history:
    - drug: Cognitive behavioral therapy for eating disorders (CBT-E), earlier episode
      start: 2021-02
      end: 2021-08
      kind: psychotherapy
      sessions: 20
      response: remission
      outcome: Remission of the 2021 episode; earlier episode, not a failed treatment
      evidence: {file: clinical/harbor-pines-php-medical-notes-2026-11.txt, page: 1}
    - drug: Fluoxetine
      dose: 60 mg daily
      start: 2026-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response (fewer binges); continued
      evidence: {file: clinical/harbor-pines-php-medical-notes-2026-11.txt, page: 1}
    - drug: Eating-disorder intensive outpatient program
      start: 2026-08-10
      end: 2026-09-25
      kind: other
      failed: true
      response: none
      outcome: Purging rose from 5 to 12 a week; discharged to a higher level
      evidence: {file: clinical/bridgeway-iop-discharge-summary-2026-09-25.txt, page: 1}
impact:
  work: On medical leave from her job as a dental assistant since 10/2026.
  daily_life: Could not eat a meal without purging afterwards before the program.
author:
  name: Leonard Brightwater
  role: Father of the patient and the plan's employee participant, her authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-11-20.txt
  address: |-
    88 Laurel Fork Road
    Hickory, NC 28601
  phone: (828) 555-0136
provider:
  name: Harbor Pines Eating Disorder Center
  credentials: partial hospitalization program
  npi: "1648392011"
  address: |-
    1400 Tate Boulevard SE
    Hickory, NC 28602
  phone: (828) 555-0121
employer:
  name: Piedmont Textile Group, Benefits Office (FICTIONAL)
  address: |-
    600 Mill Race Road
    Conover, NC 28613
record_dates:
  - file: clinical/harbor-pines-php-supervised-behavior-log-2026-11.txt
    date: 2026-11-27
  - file: clinical/harbor-pines-php-medical-notes-2026-11.txt
    date: 2026-11-27
  - file: clinical/bridgeway-iop-discharge-summary-2026-09-25.txt
    date: 2026-09-25
bates_prefix: BRIGHTWATER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/adverse-determination-2026-10-30.txt": """
CAROLINA BENEFIT ADMINISTRATORS (FICTIONAL), for the Piedmont Textile Group Employee Health Plan (self-funded)
NOTICE OF ADVERSE BENEFIT DETERMINATION - CONCURRENT REVIEW                          Date: 10/30/2026
Patient: Hannah Joy Brightwater (dependent)   ID FICT-PTG-55120734-02   Reference CBA-26-1120-88410
Provider: Harbor Pines Eating Disorder Center. Authorized: partial hospitalization 10/26/2026-11/01/2026.
Continued partial hospitalization from 11/02/2026 does not meet Keystone Behavioral Health Criteria ED-PHP-3
(continued stay). Binge and purge episodes have decreased to 2 per week and there are no medical complications.
The member can be treated in an intensive outpatient program.
Reviewer: Dr. Fiona Lasker (FICTIONAL), psychiatry.
You may appeal within 180 days of receiving this notice. The plan has two levels of internal appeal.
""",
    "denial/first-level-appeal-decision-2026-11-13.txt": """
CAROLINA BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST LEVEL APPEAL DECISION                       Date: 11/13/2026
Patient: Hannah Joy Brightwater   Reference CBA-26-1120-88410   Service: partial hospitalization from 11/02/2026
We upheld the denial. Binge and purge episodes decreased to 2 per week and there are no medical complications.
Intensive outpatient treatment is appropriate.
Second level: you may ask for a second level appeal within 60 days of the date of this decision, to Second Level
Appeals, PO Box 31877, Charlotte, NC 28231, fax (704) 555-0168. After the second level you may ask for an external
review.
""",
    "denial/explanation-of-benefits-family-2026-11.txt": """
CAROLINA BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS, statement of 11/30/2026     Page 1 of 1
Employee: Leonard Brightwater   Plan: Piedmont Textile Group Employee Health Plan
Patient                 Date(s)                 Provider                          Billed     Paid   Note
Brightwater, Hannah     10/26/2026-11/01/2026   Harbor Pines Eating Disorder Ctr  $5,250.00  $4,200.00
Brightwater, Hannah     11/02/2026-11/27/2026   Harbor Pines Eating Disorder Ctr  $15,000.00 $0.00    CO-50
Brightwater, Carol      11/04/2026              Catawba Dermatology               $310.00    $188.00
Brightwater, Eli        11/19/2026              Hickory Sports Medicine           $640.00    $402.00
""",
    "clinical/harbor-pines-php-supervised-behavior-log-2026-11.txt": """
HARBOR PINES EATING DISORDER CENTER (FICTIONAL) - SUPERVISED BEHAVIOR LOG, PHP (weekly totals)   Page 1 of 1
Patient: Hannah Joy Brightwater   DOB 07/21/2003
Intake phone screen 11/05/2026 (by the patient): "maybe 2 times a week now".
Week 10/26-11/01: purges observed or disclosed 11; meals completed 6 of 10
Week 11/02-11/08: purges 10; meals completed 7 of 10
Week 11/09-11/15: purges 9; meals completed 8 of 10
Week 11/16-11/22: purges 7; meals completed 9 of 10
Week 11/23-11/27: purges 2; meals completed 10 of 10
Discharged from PHP 11/27/2026; started IOP 11/30/2026.
""",
    "clinical/harbor-pines-php-medical-notes-2026-11.txt": """
HARBOR PINES EATING DISORDER CENTER (FICTIONAL) - PSYCHIATRY AND MEDICAL NOTES (excerpt)         Page 1 of 1
Patient: Hannah Joy Brightwater   Psychiatrist: Dr. Amara Okonkwo-Reyes, MD (FICTIONAL)
History: bulimia nervosa since age 17; 2021 episode remitted after 20 sessions of CBT-E (02/2021-08/2021).
Current episode since 11/2025. Fluoxetine 60 mg daily since 01/2026 (partial response: fewer binges; purging
unchanged). Recurrent major depression.
10/26/2026 Admission: BMI 20.1; purging 10-12 times a week; potassium 3.4.
11/16/2026 Potassium 3.1 mmol/L: oral potassium 20 mEq twice daily started.
11/17/2026 Resting heart rate 48 (orthostatic rise to 92); daily vitals continued.
11/20/2026 PHQ-9 17. No suicidal thoughts. Continue fluoxetine 60 mg.
11/25/2026 Potassium 4.0. Purges down to 2 this week.
11/27/2026 Discharge from PHP to IOP (criteria for step-down met). Continue fluoxetine 60 mg.
""",
    "clinical/bridgeway-iop-discharge-summary-2026-09-25.txt": """
BRIDGEWAY BEHAVIORAL HEALTH (FICTIONAL) - EATING DISORDER IOP DISCHARGE SUMMARY     Date: 09/25/2026   Page 1 of 1
Patient: Hannah Joy Brightwater   IOP 08/10/2026-09/25/2026, 3 evenings a week.
Purging 5 a week at admission, 12 a week at discharge despite meal support. Discharged to a higher level of care
(PHP recommended); wait for a PHP opening until 10/26/2026.
""",
    "other/keystone-ed-php-3-continued-stay.txt": """
KEYSTONE BEHAVIORAL HEALTH CRITERIA (FICTIONAL) - ED-PHP-3 EATING DISORDERS, PARTIAL HOSPITALIZATION  Page 1 of 1
Continued stay.
Continued stay is appropriate when any one of the following is present: (a) binge, purge or restrictive
behaviors continue at a frequency that has not been interrupted at a lower level of care or in the program; (b)
medical risk that needs daily monitoring, such as electrolyte abnormalities or a resting heart rate below 50; (c)
the member cannot eat adequately without structured meal support.
""",
    "other/authorization-to-represent-2026-11-20.txt": """
AUTHORIZATION TO ACT FOR ME IN MY HEALTH PLAN APPEAL                                  Signed 11/20/2026
I, Hannah Joy Brightwater (DOB 07/21/2003), authorize my father, Leonard Brightwater, to file and pursue appeals
for me with the Piedmont Textile Group Employee Health Plan and Carolina Benefit Administrators about my treatment
at Harbor Pines Eating Disorder Center, and to receive my health information for that purpose.
Signed: Hannah Joy Brightwater
""",
}

TRUTH = r"""
# 04 - Self-funded ERISA plan (NC): eating-disorder PHP continued stay denied as "purging 2 a week, no medical complications"; second level by the father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Hannah Joy Brightwater, 23, a dependent on her father's **self-funded ERISA** plan (2,200 employees, NC; TPA
  Carolina Benefit Administrators), bulimia nervosa, severe (F50.23), with recurrent depression (F33.1).
- PHP at Harbor Pines authorized 10/26-11/01/2026; **continued stay denied from 11/02/2026** (notice 10/30/2026;
  reviewer psychiatry); **first level upheld 11/13/2026**. She stayed in the program **11/02-11/27/2026 (20 program
  days)** and stepped down to IOP on 11/30/2026. This is the **second level** (60 days from 11/13: **by 01/12/2027**),
  answering the 11/13 decision.
- **The record contradicts the decisions:** "2 per week" was her own phone estimate on 11/05; the supervised log
  counted **9** purges (11/09-11/15) and **7** (11/16-11/22); **potassium 3.1 on 11/16** (oral potassium) and a
  **resting heart rate of 48 on 11/17**. ED-PHP-3 needs any one of (a)-(c): (a) and (b) are met.
- The lower level named (IOP) was tried **08/10-09/25/2026** and purging rose from 5 to 12 a week.
- Fluoxetine 60 mg since 01/2026 **continues** (partial). The 2021 CBT-E remission is an earlier episode's response.
- By 11/23-11/27 purges fell to 2 and potassium was 4.0: she met the step-down rule then - the letter may say the
  program worked, not that she was unstable to the end.
- **Rule:** ERISA claims rule (29 CFR 2560.503-1); after the second level, **federal external review** for a
  self-funded plan (29 CFR 2590.715-2719), 4 months from the final internal denial. MHPAEA applies (over 50
  employees). The care is over: nothing is left to continue; the plan cut authorized care 3 days after its notice.
- **Author:** the father, as authorized representative of an adult (signed authorization 11/20/2026); he writes about
  "Hannah" / "my daughter" and "Ms. Brightwater".
{ANSWERS}

## Deliberately unknown
- Whether the plan saw the supervised log before 11/13 (it is dated through 11/27): not known; the letter may say it
  is enclosed and ask that it be weighed.
- The plan's allowed amount for the 20 days; whether the PHP bill was $15,000 for all days (EOB) is the billed figure only.
- Whether the plan is grandfathered: not stated (nothing suggests it).

## Traps
- **A decision's wrong statement**, twice (frequency; "no medical complications").
- **Other people on a document:** the family EOB lists her mother Carol and brother Eli; not part of the appeal.
- **Stage:** second level: quote the 11/13 decision as the one appealed, name the level.
- **Care already over:** never ask that the PHP "continue" or "remain covered during the appeal"; ask for the 20 days
  to be paid.
- **Drug still taken:** fluoxetine continues - never "failed" or "stopped". **Earlier-episode response:** 2021 CBT-E.
- **Reviewer is a psychiatrist:** a letter must not say the reviewer lacked psychiatric expertise.
- **Wrong law:** 45 CFR 147.136 alone for external review of a self-funded plan; state insurance department external review.

## Arguments a strong letter makes (strongest first)
1. ED-PHP-3 (a) and (b) met on each day denied: supervised purges 9 and 7 a week; potassium 3.1 and heart rate 48,
   with exhibits; correct both statements of the 11/13 decision.
2. The lower level named had been tried (IOP 08-09/2026, purging 5 -> 12); the program stepped her down as soon as its
   rule was met (11/27).
3. Ask for the claim file, the criteria and the reviewers' names and qualifications (ERISA (h)(3)(iv) for this plan);
   ask for payment of 11/02-11/27/2026; note federal external review (29 CFR 2590.715-2719); parity (MHPAEA) as a
   request for the comparative analysis as a claim document, not a member's statutory right.

## What a letter must NOT say
- "2 purges a week" as fact; "no medical complications"; "medically stable throughout".
- "continue coverage during the appeal"; "remaining days".
- "the reviewer is not a psychiatrist".
- "Carol", "Eli", dermatology, sports medicine.
- "failed fluoxetine"; "CBT-E failed".
- "45 CFR 147.136" as the external-review rule for this plan; "state insurance department external review".
"""

ANSWERS = [
    ("First notice date", "Date: 10/30/2026", "denial/adverse-determination-2026-10-30.txt"),
    ("Authorized days", "partial hospitalization 10/26/2026-11/01/2026", "denial/adverse-determination-2026-10-30.txt"),
    ("Decision appealed", "FIRST LEVEL APPEAL DECISION                       Date: 11/13/2026", "denial/first-level-appeal-decision-2026-11-13.txt"),
    ("Second level window", "within 60 days of the date of this decision", "denial/first-level-appeal-decision-2026-11-13.txt"),
    ("Reviewer's specialty", "Dr. Fiona Lasker (FICTIONAL), psychiatry", "denial/adverse-determination-2026-10-30.txt"),
    ("Patient's own estimate", "maybe 2 times a week now", "clinical/harbor-pines-php-supervised-behavior-log-2026-11.txt"),
    ("Purges week 11/09", "Week 11/09-11/15: purges 9", "clinical/harbor-pines-php-supervised-behavior-log-2026-11.txt"),
    ("Purges week 11/16", "Week 11/16-11/22: purges 7", "clinical/harbor-pines-php-supervised-behavior-log-2026-11.txt"),
    ("Discharge and step-down", "Discharged from PHP 11/27/2026; started IOP 11/30/2026", "clinical/harbor-pines-php-supervised-behavior-log-2026-11.txt"),
    ("Potassium", "11/16/2026 Potassium 3.1 mmol/L", "clinical/harbor-pines-php-medical-notes-2026-11.txt"),
    ("Heart rate", "Resting heart rate 48", "clinical/harbor-pines-php-medical-notes-2026-11.txt"),
    ("Drug continued", "Continue fluoxetine 60 mg", "clinical/harbor-pines-php-medical-notes-2026-11.txt"),
    ("Earlier episode", "remitted after 20 sessions of CBT-E", "clinical/harbor-pines-php-medical-notes-2026-11.txt"),
    ("IOP tried", "Purging 5 a week at admission, 12 a week at discharge", "clinical/bridgeway-iop-discharge-summary-2026-09-25.txt"),
    ("Another person on a document", "Brightwater, Carol", "denial/explanation-of-benefits-family-2026-11.txt"),
    ("Authorization", "authorize my father, Leonard Brightwater", "other/authorization-to-represent-2026-11-20.txt"),
]
