SLUG = "04-church-plan-adolescent-php-days-counted-one-for-one-under-2025-spd-first-appeal-mother"

CASE_YAML = """\
# FICTIONAL CASE (letters set 52, case 04) - every person, plan, administrator, provider, number and address is invented.
# Church plan, self-funded, not ERISA, Georgia, 1,400 employees. Elodie Marchetti-Owusu, 14, had a 12-day inpatient
# stay in March 2026 and 26 days of an adolescent partial hospitalization program (10/05-11/09/2026). The plan's
# administrator counted each PHP day as one inpatient day (the 2025 SPD's rule) toward the 30-day yearly limit and
# denied PHP days 19-26; the 2026 SPD counts two PHP days as one inpatient day (12 + 13 = 25 of 30). Her mother, a
# teacher covered by the plan, appeals.
patient:
  name: Elodie Marchetti-Owusu
  salutation: Elodie
  date_of_birth: 2012-03-15
  member_id: FICT-WCG-30418852-02
  address: |-
    77 Magnolia Crest Way
    Macon, GA 31204
  phone: (478) 555-0137
insurer:
  name: Wesleyan Conference of Georgia Employee Benefits Plan, administered by Piedmont Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Piedmont Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 44190
    Atlanta, GA 30336
  fax: (404) 555-0149
claim:
  number: PBA-26-1123-660314
  plan_type: church
  funding: self_funded
  employees: 1400
  notice_date: 2026-11-23
  appeal_deadline: 2027-05-22
  deadline_basis: >-
    Explanation of benefits of 11/23/2026: "You may appeal within 180 days after you receive this notice." Counted
    from the notice date.
  service_dates: [2026-10-29, 2026-11-09]
  sessions: 8
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0912"]
  diagnosis_codes: [F32.2, F41.1]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum reached. Inpatient mental health care is limited to 30 days per calendar year. 30 days used in
    2026: 12 inpatient days and 18 partial hospitalization days. Partial hospitalization days count as inpatient days.
    (CARC 119)
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
plan_policy:
  name: Wesleyan Conference of Georgia Employee Benefits Plan, Summary Plan Description 2026, Section 6.4
  number: Section 6.4
  quote: >-
    Inpatient mental health and substance use disorder care: 30 days per calendar year. Two days of partial
    hospitalization count as one inpatient day toward this limit.
  file: other/spd-2026-section-6-4.txt
  other_terms: >-
    Section 1.3: This Summary Plan Description takes effect January 1, 2026 and replaces the 2025 Summary Plan
    Description for services on and after that date. Section 5.2: Inpatient medical and surgical care: no day limit.
  other_terms_file: other/spd-2026-section-6-4.txt
  other_terms_apply: >-
    Every day of care in this claim is in 2026, so the 2026 Summary Plan Description's two-for-one rule governs it,
    not the 2025 one-for-one rule the denial applied.
  limit:
    applied: 30
    current: 30
    course: 25
    unit: inpatient days
    applied_unit: each partial hospitalization day as one inpatient day
    source:
      name: Summary Plan Description 2025, Section 6.4
      year: 2025
      through: 2025-12-31
      file: other/spd-2025-section-6-4-superseded.txt
      page: 1
treatment:
  name: Adolescent partial hospitalization program (PHP), 26 program days
  summary: >-
    A weekday adolescent partial hospitalization program after a spring inpatient stay, for severe depression and
    anxiety; the eight program days denied (10/29-11/09/2026) are days 19 to 26.
clinical:
  severity: PHQ-A 22 on 10/05/2026; PHQ-A 12 on 11/09/2026
  severity_date: 2026-11-09
  suicidality: none
  suicidality_date: 2026-11-09
  response: PHQ-A 22 (10/05/2026) to 12 (11/09/2026)
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2026-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/php-discharge-summary-2026-11-09.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2026-04
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a trial
      evidence: {file: clinical/php-discharge-summary-2026-11-09.txt, page: 1}
    - drug: School counseling (2023, an earlier episode)
      dose: 8 sessions
      start: 2023-09
      end: 2023-12
      kind: psychotherapy
      sessions: 8
      response: response
      outcome: Response in 2023; not a failed trial
      evidence: {file: clinical/php-discharge-summary-2026-11-09.txt, page: 1}
author:
  name: Francesca Marchetti-Owusu
  role: Mother of the patient (a minor) and the plan's covered employee
  relation: parent
  address: |-
    77 Magnolia Crest Way
    Macon, GA 31204
  phone: (478) 555-0137
  email: fmarchetti@mail.example
provider:
  name: Ocmulgee Adolescent Day Program
  credentials: Partial hospitalization program, Ocmulgee Behavioral Hospital (FICTIONAL)
  npi: "1288446101"
  address: |-
    1450 Riverside Parkway
    Macon, GA 31210
  phone: (478) 555-0181
employer:
  name: Wesleyan Conference of Georgia - Benefits Office (FICTIONAL)
  address: |-
    300 Conference Drive
    Macon, GA 31201
copies: [employer]
record_dates:
  - file: clinical/php-discharge-summary-2026-11-09.txt
    date: 2026-11-09
bates_prefix: MARCHETTIOWUSU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/explanation-of-benefits-2026-11-23.txt": """\
PIEDMONT BENEFIT ADMINISTRATORS (FICTIONAL) for the Wesleyan Conference of Georgia Employee Benefits Plan
EXPLANATION OF BENEFITS                                               Date of notice: 11/23/2026
Employee: Francesca Marchetti-Owusu   Patient: Elodie Marchetti-Owusu (dependent, DOB 03/15/2012)
Claim PBA-26-1123-660314   Provider: Ocmulgee Adolescent Day Program
10/05/2026-10/28/2026  PHP, 18 days (0912, H0035)   Paid
10/29/2026-11/09/2026  PHP, 8 days (0912, H0035)    Billed $5,600.00   Paid $0.00   CO-119
CO-119: Benefit maximum reached. Inpatient mental health care is limited to 30 days per calendar year. 30 days used
in 2026: 12 inpatient days and 18 partial hospitalization days. Partial hospitalization days count as inpatient days.
Other services on this statement: Mateo Marchetti-Owusu (dependent), orthodontic visit 11/02/2026, paid.
You may appeal within 180 days after you receive this notice. Write to the Appeals Unit, PO Box 44190, Atlanta, GA
30336, or fax (404) 555-0149.""",
"other/spd-2026-section-6-4.txt": """\
WESLEYAN CONFERENCE OF GEORGIA EMPLOYEE BENEFITS PLAN - SUMMARY PLAN DESCRIPTION 2026 (FICTIONAL)   Page 1
Section 1.3: This Summary Plan Description takes effect January 1, 2026 and replaces the 2025 Summary Plan
Description for services on and after that date.
Section 5.2: Inpatient medical and surgical care: no day limit.
Section 6.4: Inpatient mental health and substance use disorder care: 30 days per calendar year. Two days of partial
hospitalization count as one inpatient day toward this limit.
This plan is a church plan that has not elected to be covered by ERISA.""",
"other/spd-2025-section-6-4-superseded.txt": """\
WESLEYAN CONFERENCE OF GEORGIA EMPLOYEE BENEFITS PLAN - SUMMARY PLAN DESCRIPTION 2025 (FICTIONAL)   Page 1
Section 6.4: Inpatient mental health and substance use disorder care: 30 days per calendar year. Each day of partial
hospitalization counts as one inpatient day toward this limit.
[Replaced by the 2026 Summary Plan Description for services on and after January 1, 2026.]""",
"clinical/php-discharge-summary-2026-11-09.txt": """\
OCMULGEE ADOLESCENT DAY PROGRAM (FICTIONAL) - DISCHARGE SUMMARY                        Date: 11/09/2026
Patient: Elodie Marchetti-Owusu   DOB 03/15/2012   Attending: Dr. Beatrix Osei-Lindgren, MD   Page 1 of 1
Diagnoses: F32.2 major depressive disorder, single episode, severe; F41.1 generalized anxiety disorder.
Program days: 26 weekdays, 10/05/2026-11/09/2026. Prior care in 2026: inpatient 03/02/2026-03/14/2026 (12 days).
PHQ-A 22 on admission, 12 at discharge. No suicidal ideation at discharge; safety plan reviewed with mother.
Medications: fluoxetine 20 mg daily since 03/2026, partial response, continued; melatonin 3 mg at bedtime for sleep.
History: school counseling 09/2023-12/2023 (8 sessions) with response in an earlier episode.
Discharged to intensive outpatient three afternoons a week.""",
"other/inpatient-eob-2026-04-02.txt": """\
PIEDMONT BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS                  Date: 04/02/2026
Patient: Elodie Marchetti-Owusu   Ocmulgee Behavioral Hospital   Inpatient 03/02/2026-03/14/2026: 12 days, paid.
Inpatient mental health days used in 2026: 12 of 30.""",
}

TRUTH = """\
# 04 - Church plan: adolescent PHP days counted one for one under the 2025 SPD; the 2026 SPD counts two for one (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Elodie Marchetti-Owusu, **14** (DOB 03/15/2012), a dependent of her mother Francesca, a teacher covered by the
  **Wesleyan Conference of Georgia Employee Benefits Plan** (a church plan, self-funded, not ERISA, 1,400 employees).
- In 2026: an **inpatient stay 03/02-03/14/2026 (12 days, paid)**, then **26 PHP days 10/05-11/09/2026** (weekdays).
- The EOB of **11/23/2026** (claim PBA-26-1123-660314, **CO-119**) paid PHP days 1-18 and denied **8 PHP days
  10/29-11/09/2026** ($5,600.00), counting 12 inpatient + 18 PHP days = 30, "Partial hospitalization days count as
  inpatient days."
- The **2026 SPD** (in force from 01/01/2026, Section 1.3) Section 6.4: 30 days per calendar year; "**Two days of
  partial hospitalization count as one inpatient day**." 26 PHP days = 13 inpatient days; 12 + 13 = **25 of 30**.
  The one-for-one rule is the **2025 SPD's**, replaced for 2026 services.
- Section 5.2: **no day limit** on inpatient medical and surgical care (a parity question, secondary).
- **Rule and stage:** church plan: 26 CFR 54.9815-2719 (applying 29 CFR 2560.503-1(h)(3)(i)): first internal appeal,
  post-service, **180 days: by 05/22/2027**. Parity 26 CFR 54.9812-1 reaches the plan (more than 50 employees).
- **Author:** her mother (parent of a minor), writing about "Elodie" / "my daughter"; no authorization needed.
- Expected answers:

## Deliberately unknown
- Whether a day limit on mental health care passes the plan's parity analysis (medical inpatient has none): the
  letter may ask for the comparison as a claim document, not assert a finding.
- Whether the plan's external review reaches a counting denial: not said; the letter must not promise it.

## Traps
- **Plan document version, not medicine.** The winning point is the 2026 SPD's two-for-one rule, in force for every
  2026 date; the 2025 SPD's one-for-one rule does not govern.
- **Stale document:** the 2025 SPD Section 6.4 (superseded).
- **Other person:** the brother's orthodontic visit (Mateo Marchetti-Owusu) on the same EOB.
- **Not inpatient:** PHP days are program days, never an "inpatient stay" or "hospital admission"; only the March
  stay was inpatient. The 8 days denied are weekdays 10/29-11/09, not 12 calendar days.
- **Fluoxetine continues** (partial response): never "failed" or "stopped"; **melatonin** is a sleep aid; **2023 school
  counseling** responded in an earlier episode.
- **Wrong law:** no ERISA, no Labor Department or EBSA, no 29 CFR 2590.712 as the plan's parity rule (it is 26 CFR
  54.9812-1 for a church plan).
- **Voice:** the mother writes about her daughter; never "I attended the program".

## Arguments a strong letter makes (strongest first)
1. The 2026 SPD, in force for every date of this care, counts **two PHP days as one inpatient day**: 12 + 13 = **25 of
   30** days. No limit was reached; pay the 8 days.
2. The denial applied the **2025 SPD's** one-for-one rule, replaced from 01/01/2026 (Section 1.3).
3. Secondary: a 30-day limit on mental health inpatient care with none on medical care (Section 5.2) raises a parity
   question under 26 CFR 54.9812-1; ask for the plan's comparison as a claim document.

## What a letter must NOT say
- "30 days used", "the limit was reached", "18 partial hospitalization days count as 18 inpatient days".
- "inpatient" or "hospitalized" for the PHP days; "12 days denied".
- "ERISA", "Department of Labor", "EBSA", "29 CFR 2560.503-1" cited as the governing law.
- "failed fluoxetine", "stopped fluoxetine"; melatonin or the 2023 counseling as a failed trial; present suicidal ideation.
- "Mateo"; "orthodontic".
"""

ANSWERS = [
    ("Plan type", "plan_type: church", "case.yaml"),
    ("Funding", "funding: self_funded", "case.yaml"),
    ("Claim number", "PBA-26-1123-660314", "denial/explanation-of-benefits-2026-11-23.txt"),
    ("CARC", "CO-119", "denial/explanation-of-benefits-2026-11-23.txt"),
    ("Denial's rule", "Partial hospitalization days count as inpatient days", "denial/explanation-of-benefits-2026-11-23.txt"),
    ("Rule in force", "Two days of partial\nhospitalization count as one inpatient day", "other/spd-2026-section-6-4.txt"),
    ("When the 2026 SPD took effect", "takes effect January 1, 2026", "other/spd-2026-section-6-4.txt"),
    ("Superseded rule", "Each day of partial\nhospitalization counts as one inpatient day", "other/spd-2025-section-6-4-superseded.txt"),
    ("Inpatient days earlier in 2026", "12 days, paid", "other/inpatient-eob-2026-04-02.txt"),
    ("PHP days", "Program days: 26 weekdays, 10/05/2026-11/09/2026", "clinical/php-discharge-summary-2026-11-09.txt"),
    ("Correct count", "25 of 30", "truth"),
    ("Medical inpatient limit (parity)", "Inpatient medical and surgical care: no day limit", "other/spd-2026-section-6-4.txt"),
    ("Appeal deadline", "2027-05-22", "case.yaml"),
    ("Author relation", "relation: parent", "case.yaml"),
    ("Drug still taken", "fluoxetine 20 mg daily since 03/2026, partial response, continued", "clinical/php-discharge-summary-2026-11-09.txt"),
    ("Other person on a document", "Mateo Marchetti-Owusu", "denial/explanation-of-benefits-2026-11-23.txt"),
]
