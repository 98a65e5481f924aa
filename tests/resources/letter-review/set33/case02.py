"""Set 33 case 02 (FICTIONAL): Medicaid managed care, child aged 9, PHP denied as "outpatient appropriate"."""

SLUG = "02-medicaid-mco-child-9-php-outpatient-appropriate-epsdt-first-plan-appeal-father"

CASE_YAML = r'''
# FICTIONAL CASE (set 33, case 02) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Wisconsin. Elias Vantongeren, 9, was referred to a children's partial hospitalization
# program after a crisis visit. The plan denied the pre-service request on 11/20/2026 as "outpatient treatment is
# appropriate; no outpatient therapy in the last 90 days". He has had weekly outpatient therapy since 03/2026.
# His father writes the first plan appeal (60 days).
patient:
  name: Elias Vantongeren
  salutation: Elias
  date_of_birth: 2017-05-03
  member_id: FICT-WI-MA-40917736
  address: |-
    1127 Ridgeview Avenue
    Green Bay, WI 54303
  phone: (920) 555-0118
insurer:
  name: Lakeshore Kids and Families Health Plan, a Medicaid managed care plan (FICTIONAL)
  appeals_address: |-
    Lakeshore Kids and Families Health Plan - Appeals and Grievances (FICTIONAL)
    PO Box 3309
    Green Bay, WI 54307
  fax: (920) 555-0170
claim:
  number: LKF-PA-26-1117-20461
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-19
  deadline_basis: >-
    Notice of adverse benefit determination of 11/20/2026: "You have 60 calendar days from the date of this notice
    to ask for an appeal" (42 CFR 438.402(c)(2)(ii)).
  setting: partial_hospitalization
  pending_services: [partial hospitalization program, 5 days a week for about 4 weeks]
  procedure_codes: [H0035]
  diagnosis_codes: [F34.81, F90.2]
  denial_reason: >-
    Partial hospitalization is not medically necessary. Outpatient treatment is appropriate. Criterion 3 is not met:
    no outpatient therapy in the last 90 days is documented.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  reviewer: {name: "Dr. Walter Pruszynski", specialty: family medicine}
  corrections:
    - said: no outpatient therapy in the last 90 days is documented.
      record: >-
        Weekly outpatient therapy since 03/09/2026, 33 visits, the latest on 11/12/2026, with the therapist's
        summary of 11/13/2026 sent with the request.
      file: clinical/outpatient-therapy-summary-2026-11-13.txt
      page: 1
prior_auth:
  requested_on: 2026-11-17
plan_policy:
  name: Lakeshore Behavioral Health Level of Care Guideline BH-PHP-C1, Partial Hospitalization (under 18)
  number: BH-PHP-C1
  quote: >-
    Partial hospitalization for members under 18 is approved when all are met: 1. a DSM diagnosis that accounts for
    the symptoms; 2. symptoms causing serious impairment in at least two areas (home, school, peers); 3. outpatient
    treatment of adequate intensity in the last 90 days has not been enough, or cannot be used safely; 4. a parent
    or caregiver able to take part in treatment; 5. the member does not need 24-hour inpatient care.
  file: other/guideline-bh-php-c1-excerpt.txt
payer_criteria:
  - criterion: 1. a DSM diagnosis that accounts for the symptoms
    how_met: Disruptive mood dysregulation disorder (F34.81) and ADHD, combined presentation (F90.2)
    met: true
    evidence: {file: clinical/php-referral-2026-11-16.txt, page: 1}
  - criterion: 2. serious impairment in at least two areas (home, school, peers)
    how_met: >-
      Three school suspensions since 09/2026 and a half-day schedule since 10/26/2026; daily outbursts at home with
      property damage; no peer contact outside school
    met: true
    evidence: {file: clinical/php-referral-2026-11-16.txt, page: 1}
  - criterion: 3. outpatient treatment of adequate intensity in the last 90 days has not been enough
    how_met: >-
      Weekly individual and family therapy since 03/09/2026 (33 visits, the latest 11/12/2026) and medication
      management; outbursts rose from 2 to 9 a week
    met: true
    evidence: {file: clinical/outpatient-therapy-summary-2026-11-13.txt, page: 1}
  - criterion: 4. a parent or caregiver able to take part in treatment
    how_met: His father attends every family session and can attend the program's daily parent hour
    met: true
    evidence: {file: clinical/php-referral-2026-11-16.txt, page: 1}
  - criterion: 5. does not need 24-hour inpatient care
    how_met: Crisis team found no need for inpatient care on 11/14/2026; safe at home with a safety plan
    met: true
    evidence: {file: clinical/crisis-visit-2026-11-14.txt, page: 1}
alternatives:
  - treatment: Weekly outpatient therapy (the level the notice calls appropriate)
    level: outpatient
    why_not: >-
      Given weekly since 03/09/2026 (33 visits) with medication management; outbursts rose from 2 to 9 a week and he
      was suspended three times
    proof: clinical/outpatient-therapy-summary-2026-11-13.txt
treatment:
  name: Children's partial hospitalization program (H0035), 5 days a week, about 4 weeks
  summary: >-
    A day program with school, group and family therapy for a 9-year-old whose outbursts have risen despite eight
    months of weekly outpatient therapy.
  plan: 5 days a week, 9 am-3 pm, about 4 weeks, with a daily parent hour; review weekly.
clinical:
  severity: >-
    Outbursts 9 a week (week of 11/09/2026) against 2 a week in 03/2026; 3 suspensions since 09/2026; CGI-S 6 on
    11/16/2026
  severity_date: 2026-11-16
  suicidality: none
  suicidality_date: 2026-11-14
  history:
    - drug: Individual and family therapy (weekly)
      dose: 33 visits
      start: 2026-03
      ongoing: true
      kind: psychotherapy
      sessions: 33
      outcome: Outbursts rose from 2 to 9 a week; continues until the program starts
      evidence: {file: clinical/outpatient-therapy-summary-2026-11-13.txt, page: 1}
    - drug: Guanfacine ER
      dose: 2 mg daily
      start: 2026-04
      ongoing: true
      kind: other
      response: partial
      outcome: Partial response (attention); continued
      evidence: {file: clinical/php-referral-2026-11-16.txt, page: 1}
    - drug: Methylphenidate ER
      dose: 18 mg daily
      start: 2025-09
      end: 2025-11
      weeks: 8
      adequate: false
      kind: other
      outcome: Stopped after 8 weeks for poor appetite and insomnia (intolerance)
      evidence: {file: clinical/php-referral-2026-11-16.txt, page: 1}
    - drug: Melatonin
      dose: 2 mg at bedtime for sleep
      start: 2025-12
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/php-referral-2026-11-16.txt, page: 1}
    - drug: Play therapy (2024, after his grandmother's death)
      dose: 10 visits
      start: 2024-02
      end: 2024-05
      kind: psychotherapy
      sessions: 10
      response: response
      outcome: Good response in that earlier period (grief); not a failed treatment
      evidence: {file: clinical/php-referral-2026-11-16.txt, page: 1}
impact:
  work: Three school suspensions since 09/2026; on a half-day schedule since 10/26/2026
  daily_life: Daily outbursts at home with property damage; his younger sister now sleeps in the parents' room
author:
  name: Pieter Vantongeren
  role: Father of the member (parent of a minor)
  relation: parent
  address: |-
    1127 Ridgeview Avenue
    Green Bay, WI 54303
  phone: (920) 555-0118
  email: pvantongeren@mail.example
provider:
  name: Dr. Simone Achebe-Ward
  credentials: MD, child and adolescent psychiatrist
  npi: "1733194827"
  address: |-
    Northbay Children's Behavioral Health (FICTIONAL), 600 University Avenue
    Green Bay, WI 54302
  phone: (920) 555-0131
record_dates:
  - file: clinical/php-referral-2026-11-16.txt
    date: 2026-11-16
  - file: clinical/outpatient-therapy-summary-2026-11-13.txt
    date: 2026-11-13
  - file: clinical/crisis-visit-2026-11-14.txt
    date: 2026-11-14
copies: [prescriber]
bates_prefix: VANTONGEREN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-20.txt": r'''
LAKESHORE KIDS AND FAMILIES HEALTH PLAN (FICTIONAL) - A MEDICAID MANAGED CARE PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION                                  Date: 11/20/2026
Member: Elias Vantongeren   DOB 05/03/2017   ID FICT-WI-MA-40917736   Reference LKF-PA-26-1117-20461
Request received 11/17/2026 from Northbay Children's Behavioral Health: partial hospitalization (H0035).

Decision: DENIED. Partial hospitalization is not medically necessary. Outpatient treatment is appropriate.
Criterion 3 is not met: no outpatient therapy in the last 90 days is documented. Guideline: BH-PHP-C1.
Reviewer: Dr. Walter Pruszynski, family medicine.

You have 60 calendar days from the date of this notice to ask for an appeal. You may ask for a fast appeal if
waiting could seriously harm the member's health. After our appeal decision you may ask for a State Fair Hearing.
Send your appeal to Appeals and Grievances, PO Box 3309, Green Bay, WI 54307, fax (920) 555-0170.
''',
    "clinical/outpatient-therapy-summary-2026-11-13.txt": r'''
NORTHBAY CHILDREN'S BEHAVIORAL HEALTH (FICTIONAL) - OUTPATIENT THERAPY SUMMARY          Date: 11/13/2026
Client: Elias Vantongeren   DOB 05/03/2017   Therapist: Maren Tollefsrud, LCSW   Page 1 of 1
Weekly individual and family therapy since 03/09/2026: 33 visits, the latest on 11/12/2026.
Outbursts (parent log): about 2 a week in 03/2026; 5 a week in 09/2026; 9 in the week of 11/09/2026.
School: suspensions 09/18, 10/08 and 10/22/2026; half-day schedule since 10/26/2026.
Opinion: weekly outpatient therapy has not been enough; I recommend the partial hospitalization program.
''',
    "clinical/php-referral-2026-11-16.txt": r'''
NORTHBAY CHILDREN'S BEHAVIORAL HEALTH (FICTIONAL) - REFERRAL TO PARTIAL HOSPITALIZATION   Date: 11/16/2026
Patient: Elias Vantongeren, age 9   Psychiatrist: Dr. Simone Achebe-Ward, MD (NPI 1733194827)   Page 1 of 1
Diagnoses: disruptive mood dysregulation disorder (F34.81); ADHD, combined presentation (F90.2). CGI-S 6.
Impairment: home (daily outbursts, property damage), school (3 suspensions, half days), peers (no contact outside
school).
Medication: guanfacine ER 2 mg daily since 04/2026, partial response (attention), continued; methylphenidate ER
18 mg 09-11/2025, stopped after 8 weeks for poor appetite and insomnia; melatonin 2 mg at bedtime for sleep.
History: play therapy 02-05/2024 after his grandmother's death, 10 visits, good response at that time.
Family: father attends every session and can attend the daily parent hour. No suicidal ideation.
Request: partial hospitalization 5 days a week, about 4 weeks.
''',
    "clinical/crisis-visit-2026-11-14.txt": r'''
BROWN COUNTY CHILDREN'S MOBILE CRISIS TEAM (FICTIONAL) - CRISIS VISIT NOTE          Date: 11/14/2026
Child: Elias Vantongeren, 9. Called by father after a 40-minute outburst (broke a window; no injuries).
Child denies suicidal ideation or wish to die; no self-harm. Does not need inpatient care; safety plan made with
father; urgent referral to partial hospitalization advised.
Also seen on this call: sister Noor Vantongeren, 6, checked for cuts from glass - none found (not a patient of the
program; no follow-up needed).
''',
    "other/guideline-bh-php-c1-excerpt.txt": r'''
LAKESHORE KIDS AND FAMILIES HEALTH PLAN (FICTIONAL) - LEVEL OF CARE GUIDELINE BH-PHP-C1 (excerpt)   Page 2 of 5
Partial hospitalization for members under 18 is approved when all are met: 1. a DSM diagnosis that accounts for the
symptoms; 2. symptoms causing serious impairment in at least two areas (home, school, peers); 3. outpatient
treatment of adequate intensity in the last 90 days has not been enough, or cannot be used safely; 4. a parent or
caregiver able to take part in treatment; 5. the member does not need 24-hour inpatient care.
''',
    "other/school-behavior-plan-page-2025.txt": r'''
GREEN BAY AREA SCHOOLS (FICTIONAL) - INDIVIDUALIZED EDUCATION PROGRAM, page 4 of 11       Dated: 01/15/2025
Student: Elias Vantongeren, grade 2. Behavior: "No behavior intervention plan is needed at this time; behavior is
age-appropriate." (This page is from the 2024-25 school year; a new evaluation is scheduled for 12/2026.)
''',
}

TRUTH = r'''
# 02 - Medicaid managed care, a child of 9: partial hospitalization denied as "outpatient appropriate"; first plan appeal by his father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Elias Vantongeren, **9** (DOB 05/03/2017), Green Bay, WI, is a **Medicaid managed care** member (Lakeshore Kids
  and Families Health Plan). Diagnoses **F34.81** (DMDD) and **F90.2** (ADHD, combined).
- His psychiatrist asked on **11/17/2026** for a children's **partial hospitalization program** (H0035, 5 days a
  week, about 4 weeks). The notice of **11/20/2026** (reference LKF-PA-26-1117-20461) denied it: "Outpatient
  treatment is appropriate. Criterion 3 is not met: no outpatient therapy in the last 90 days is documented."
  Reviewer: a **family medicine** physician.
- The record: **weekly individual and family therapy since 03/09/2026, 33 visits, the latest 11/12/2026**; outbursts
  **2 -> 9 a week**; suspensions 09/18, 10/08, 10/22/2026; half days since 10/26/2026. All five criteria of the plan's
  own **BH-PHP-C1** are met (criterion 3 by the therapy summary; 5 by the crisis note).
- **EPSDT:** a Medicaid member under 21 is owed the care necessary to correct or ameliorate a condition
  (42 USC 1396d(r)(5)); the plan's criteria cannot be applied more narrowly than that.
- **Rule and stage:** first plan appeal, 42 CFR 438.402(c)(2)(ii): **60 days from the notice: by 01/19/2027**;
  standard pre-service resolution within 30 days (438.408(b)(2)); expedited available (438.410) if waiting could
  seriously harm him. Then a state fair hearing within 120 days of the plan's resolution (438.408(f)(2)).
- **Author:** his father, parent of a minor: no authorization needed; he writes "I" for himself and "my son" /
  "Elias".

## Deliberately unknown
- Whether a children's IOP exists near Green Bay: not in the case; the letter must not say none exists.
- Whether the plan received the therapy summary with the request: the referral says it was sent; the notice says
  not documented. The letter may say it is enclosed now; it must not accuse the plan of losing it.
- Program start date and cost: not given.

## Traps
- **A decision's stated fact the record contradicts:** "no outpatient therapy in the last 90 days" against 33
  weekly visits to 11/12/2026.
- **Earlier-episode response:** play therapy in 2024 (grief) **worked**; never "failed play therapy".
- **Drugs:** guanfacine continues with a partial response (never "failed"/"stopped"); methylphenidate was stopped for
  **intolerance** after 8 weeks (not a failed trial of efficacy); melatonin is a sleep aid. No antidepressant
  trials exist: a letter must not count any.
- **Other person on a document:** the crisis note also checks his sister **Noor** (6); she is no patient here.
- **Stale document:** the 2025 IEP page ("No behavior intervention plan is needed") is from the 2024-25 school year.
- **No suicidality:** the crisis note says he denies it; never "suicidal", never "risk of suicide".
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no MHPAEA by the ERISA route (Medicaid's parity
  rule is 42 CFR 438.910 if raised at all), no "name and qualifications" as a duty; no continuation of benefits
  (a new request, `action: none`).
- **Voice:** the father writes; never the child's "I".

## Arguments a strong letter makes (strongest first)
1. **Criterion 3 is met** on the plan's own guideline: weekly therapy since 03/09/2026, 33 visits, the latest
   11/12/2026, and the outbursts rose from 2 to 9 a week; the notice's "no outpatient therapy in the last 90 days"
   is contradicted by the therapy summary (enclosed). The outpatient level the notice calls appropriate has been
   tried and has not been enough.
2. Every other criterion of BH-PHP-C1 is met (diagnosis; home, school and peer impairment; father's participation;
   no need for inpatient care), each with its record.
3. **EPSDT**: as a member under 21, Elias is owed the services necessary to ameliorate his condition (42 USC
   1396d(r)(5)).
4. Ask for review by a child and adolescent psychiatrist who took no part in the denial (the first reviewer was in
   family medicine), and for the criteria and records used; consider a fast appeal.

## What a letter must NOT say
- "failed play therapy"; "failed guanfacine", "stopped guanfacine"; "failed antidepressants"; melatonin as a trial.
- "suicidal", "suicide risk", "self-harm"; Noor as a patient; the 2025 IEP as current.
- "no IOP is available"; "the plan lost the records".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "continuation of benefits", "aid paid pending".
- "my" for Elias's own experience in his voice.
'''

ANSWERS = [
    ("denial/notice-of-adverse-benefit-determination-2026-11-20.txt", "no outpatient therapy in the last 90 days is documented"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-20.txt", "Dr. Walter Pruszynski, family medicine"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-20.txt", "60 calendar days from the date of this notice"),
    ("clinical/outpatient-therapy-summary-2026-11-13.txt", "33 visits, the latest on 11/12/2026"),
    ("clinical/outpatient-therapy-summary-2026-11-13.txt", "9 in the week of 11/09/2026"),
    ("clinical/php-referral-2026-11-16.txt", "stopped after 8 weeks for poor appetite and insomnia"),
    ("clinical/php-referral-2026-11-16.txt", "good response at that time"),
    ("clinical/php-referral-2026-11-16.txt", "partial response (attention), continued"),
    ("clinical/crisis-visit-2026-11-14.txt", "denies suicidal ideation"),
    ("clinical/crisis-visit-2026-11-14.txt", "sister Noor Vantongeren"),
    ("clinical/crisis-visit-2026-11-14.txt", "Does not need inpatient care"),
    ("other/school-behavior-plan-page-2025.txt", "No behavior intervention plan is needed"),
    ("other/guideline-bh-php-c1-excerpt.txt", "in the last 90 days has not been enough"),
    ("case.yaml", "date_of_birth: 2017-05-03"),
    ("truth", "by 01/19/2027"),
    ("truth", "42 USC 1396d(r)(5)"),
]
