# FICTIONAL data for set 60, case 06 (self-funded ERISA plan: coverage start date wrong in the administrator's file).
SLUG = "self-funded-erisa-iop-coverage-start-wrong-plan-year-rule-first-appeal-program-ur-coordinator"

CASE_YAML = r'''
# FICTIONAL CASE (set 60, case 06) - every person, employer, plan, administrator, program, number and address is
# invented. Self-funded ERISA plan. Desmond Falkenrath, 46, hired 08/17/2026 and enrolled 08/20/2026, attended an
# intensive outpatient program 09/08-09/30/2026. The administrator denied the claim (CO-26) with coverage "on
# file" from 10/01/2026 - the 2025 plan year's waiting rule. The 2026 SPD starts coverage on the first of the
# month after hire: 09/01/2026. The program's utilization review coordinator appeals its own claim.
patient:
  name: Desmond Falkenrath
  salutation: Mr. Falkenrath
  date_of_birth: 1980-03-02
  member_id: FICT-TPC-61190374-01
  address: |-
    2106 Birchwood Lane
    Eau Claire, WI 54701
  phone: (715) 555-0128
insurer:
  name: Tamarack Precision Castings Employee Health Plan, administered by Lakeshore Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Lakeshore Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 51230
    Madison, WI 53705
  fax: (608) 555-0168
claim:
  number: LBA-26-1019-33871
  plan_type: employer_erisa
  funding: self_funded
  employees: 1350
  notice_date: 2026-11-09
  service_dates: [2026-09-08, 2026-09-30]
  sessions: 12
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ['0905']
  diagnosis_codes: [F32.2, F43.10]
  carc_codes: [CO-26]
  denial_reason: >-
    Expenses incurred prior to coverage. Coverage effective date on file: 10/01/2026. (CARC 26)
  denial_category: other
  denial_reasons: [coverage_ended]
  coding_correct: true
  action: none
eligibility:
  why: >-
    Mr. Falkenrath was hired on 08/17/2026 and enrolled on 08/20/2026, within 31 days; under the 2026 Summary Plan
    Description his coverage began on the first day of the month following the date of hire, 09/01/2026. The
    10/01/2026 date on file follows the 2025 plan year's rule (after 30 days of employment), which the 2026 SPD
    replaced.
  start: 2026-09-01
  coverage: Tamarack Precision Castings Employee Health Plan, Employee + Spouse, Medical PPO
  record: {name: Benefits enrollment confirmation, date: 2026-08-20, file: other/benefits-enrollment-confirmation-2026-08-20.txt, page: 1}
  proof:
    - other/benefits-enrollment-confirmation-2026-08-20.txt
    - other/hr-letter-hire-and-coverage-dates-2026-11-16.txt
    - other/lakeshore-family-eob-2026-10-12.txt
plan_policy:
  name: Tamarack Precision Castings Employee Health Plan Summary Plan Description, plan year 2026, Section 3.1 "When coverage begins"
  number: Section 3.1
  quote: >-
    Coverage for a new employee begins on the first day of the month following the date of hire, if the employee
    enrolls within 31 days of the date of hire.
  file: other/spd-2026-section-3-1-excerpt.txt
treatment:
  name: Adult intensive outpatient program, 12 program days, 09/08/2026 through 09/30/2026 (S9480, revenue code 0905)
  summary: >-
    Three-hour program days three times a week for severe depression with posttraumatic stress disorder; the
    denial concerns only the date coverage began.
clinical:
  severity: PHQ-9 21 on 09/08/2026; PHQ-9 12 on 09/30/2026
  severity_date: 2026-09-30
  suicidality: none
  suicidality_date: 2026-09-30
  response: PHQ-9 21 (09/08/2026) to 12 (09/30/2026); PCL-5 58 to 41
  response_level: partial
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/iop-discharge-summary-2026-09-30.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-07
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant or augmentation trial
      evidence: {file: clinical/iop-discharge-summary-2026-09-30.txt, page: 1}
author:
  name: Hollis Ngata-Brenner
  role: Utilization Review and Appeals Coordinator, Chippewa Valley Behavioral Health (the program that gave the care)
  relation: provider
  address: |-
    Chippewa Valley Behavioral Health (FICTIONAL), 715 Riverside Commons
    Eau Claire, WI 54703
  phone: (715) 555-0145
  email: ur-appeals@chippewavalley-bh.example
provider:
  name: Chippewa Valley Behavioral Health
  credentials: network intensive outpatient program
  npi: "1308232473"
  address: |-
    715 Riverside Commons
    Eau Claire, WI 54703
  phone: (715) 555-0145
record_dates:
  - file: clinical/iop-discharge-summary-2026-09-30.txt
    date: 2026-09-30
  - file: other/hr-letter-hire-and-coverage-dates-2026-11-16.txt
    date: 2026-11-16
bates_prefix: FALKENRATH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-11-09.txt": r'''
LAKESHORE BENEFIT ADMINISTRATORS (FICTIONAL), for the Tamarack Precision Castings Employee Health Plan
EXPLANATION OF BENEFITS                                                     Date of notice: 11/09/2026
Member: Desmond Falkenrath   ID FICT-TPC-61190374-01   Provider: Chippewa Valley Behavioral Health, NPI 1308232473
Claim LBA-26-1019-33871
09/08/2026-09/30/2026   S9480 / rev 0905 x 12   Billed $4,560.00   Paid $0.00
CO-26. Expenses incurred prior to coverage. Coverage effective date on file: 10/01/2026.

Your appeal rights: You or your authorized representative may appeal within 180 days after you receive this
notice. Write to Appeals Unit, PO Box 51230, Madison, WI 53705, or fax (608) 555-0168. You may ask for copies of
all documents relevant to your claim free of charge.
''',
"other/spd-2026-section-3-1-excerpt.txt": r'''
TAMARACK PRECISION CASTINGS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, PLAN YEAR 2026 (excerpt)
Effective January 1, 2026; replaces all earlier summary plan descriptions.                    Page 9
Section 3.1 When coverage begins
Coverage for a new employee begins on the first day of the month following the date of hire, if the employee
enrolls within 31 days of the date of hire.
''',
"other/spd-2025-section-3-1-excerpt.txt": r'''
TAMARACK PRECISION CASTINGS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, PLAN YEAR 2025 (excerpt)
Section 3.1 When coverage begins                                                              Page 8
Coverage begins on the first day of the month following 30 days of employment.
''',
"other/benefits-enrollment-confirmation-2026-08-20.txt": r'''
TAMARACK PRECISION CASTINGS (FICTIONAL) - BENEFITS ENROLLMENT CONFIRMATION            Date: 08/20/2026
Employee: Desmond Falkenrath   Employee ID 40817   Date of hire: 08/17/2026                     Page 1 of 1
Election: Medical PPO - Employee + Spouse (spouse: Ingrid Falkenrath)
Coverage effective date: 09/01/2026
Enrollment completed 08/20/2026 (within 31 days of hire).
''',
"other/hr-letter-hire-and-coverage-dates-2026-11-16.txt": r'''
TAMARACK PRECISION CASTINGS (FICTIONAL) - HUMAN RESOURCES                               Date: 11/16/2026
To whom it may concern:
Desmond Falkenrath was hired on 08/17/2026 and enrolled in the Employee Health Plan on 08/20/2026. Under the
2026 Summary Plan Description, Section 3.1, his coverage and his wife's began on 09/01/2026. We have asked
Lakeshore Benefit Administrators to correct its eligibility file, which shows 10/01/2026.
Renata Solberg-Akers, Benefits Manager, (715) 555-0146, benefits@tamarack-castings.example
''',
"other/lakeshore-family-eob-2026-10-12.txt": r'''
LAKESHORE BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS                  Date: 10/12/2026
Subscriber: Desmond Falkenrath   Plan: Tamarack Precision Castings Employee Health Plan      Page 1 of 1
Patient: Ingrid Falkenrath (spouse)   09/21/2026   Lakeside Urgent Care   urgent care visit
Billed $165.00   Allowed $148.00   Plan paid $118.00   Patient owes $30.00 (copay)
''',
"clinical/iop-discharge-summary-2026-09-30.txt": r'''
CHIPPEWA VALLEY BEHAVIORAL HEALTH (FICTIONAL) - IOP DISCHARGE SUMMARY                  Date: 09/30/2026
Patient: Desmond Falkenrath   DOB 03/02/1980   Page 1 of 1
Major depressive disorder, single episode, severe (F32.2); posttraumatic stress disorder (F43.10).
Intensive outpatient program 09/08/2026-09/30/2026: 12 program days of 3 hours. PHQ-9 21 to 12; PCL-5 58 to 41.
No suicidal ideation. Escitalopram 20 mg daily since 06/2026, partial response, continued; quetiapine 25 mg at
bedtime for sleep. Registration on 09/08/2026: "insurance card not yet received; coverage verified by phone
with Lakeshore, ref VER-0908-6612."
''',
}

TRUTH = r'''
# 06 - Self-funded employer plan (ERISA): IOP denied as "before coverage" because the administrator applied the 2025 waiting rule; first appeal by the program's utilization review coordinator (FICTIONAL)

All people, employers, plans, administrators, programs, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Falkenrath, 46 (DOB 03/02/1980), was **hired 08/17/2026** by Tamarack Precision Castings (1,350
  employees) and **enrolled 08/20/2026** (Employee + Spouse, Medical PPO) in its **self-funded ERISA** plan,
  administered by Lakeshore Benefit Administrators.
- The **2026 SPD, Section 3.1** (effective 01/01/2026; replaces earlier SPDs): coverage begins **the first day of the
  month following the date of hire** when the employee enrolls within 31 days: **09/01/2026**. The enrollment
  confirmation says **09/01/2026**; HR's letter of 11/16/2026 says the same and that it asked Lakeshore to correct
  its file.
- He attended Chippewa Valley Behavioral Health's **intensive outpatient program 09/08-09/30/2026** (12 program
  days; S9480, revenue code 0905). The EOB of **11/09/2026** (claim **LBA-26-1019-33871**, **CO-26**) says coverage
  on file begins **10/01/2026** - the **2025** SPD's rule (first of the month after 30 days of employment).
- Lakeshore itself **paid his wife's 09/21/2026 urgent-care claim** under the same enrollment (EOB 10/12/2026).
- **Rule and stage:** ERISA claims rule, 29 CFR 2560.503-1 (appeal within 180 days of receipt, (h)(3)(i): by about
  **05/08/2027** from the notice date); documents relevant to the claim on request ((h)(2)(iii), (m)(8)). External
  review (29 CFR 2590.715-2719) reaches rescissions and medical-judgment denials; an eligibility date error is
  neither, so it should not be promised.
- **Author:** the program's utilization review and appeals coordinator, for the program appealing its own claim
  (`relation: provider`); writes about "Mr. Falkenrath"; no patient authorization is needed for that.
- Expected answers (16) are in ANSWERS in case06.py, each checked by make_set.py in the document named.

## Deliberately unknown
- What the plan allows for the program days: not in the case.
- Why Lakeshore kept the 2025 rule: unknown; a letter may ask it to correct its eligibility file.
- Whether other claims of his were denied the same way: not in the case.

## Traps
- **Wrong plan year:** the 2025 SPD page (30 days of employment) is stale; the 2026 SPD replaced it.
- **A date and a plan document decide:** no medical necessity, no clinical reviewer, no peer-to-peer.
- **Other person:** the family EOB is his wife's claim (Ingrid Falkenrath, urgent care): usable only as the
  plan's own processing under the same enrollment, never her health details.
- **The IOP is not inpatient or a stay:** 12 program days; never "admission" or "hospital".
- **Drugs:** escitalopram continues (never failed or stopped); quetiapine 25 mg is a sleep dose, not augmentation.
- **Voice:** the program writes for itself; never "I" as the patient, never "my treatment".
- **External review:** not available for an eligibility date error (not a rescission, no medical judgment).

## Arguments a strong letter makes (strongest first)
1. Under the 2026 SPD Section 3.1 coverage began on 09/01/2026 (hired 08/17, enrolled 08/20, within 31 days); the
   enrollment confirmation and HR's letter show it. Every program day (09/08-09/30) falls within it. Correct the
   eligibility record and reprocess the claim.
2. The 10/01/2026 date follows the 2025 SPD's rule, which the 2026 SPD replaced.
3. The administrator itself paid the spouse's 09/21/2026 claim under the same enrollment, and verified coverage by
   phone on 09/08/2026 (ref VER-0908-6612).
4. Ask for the documents relevant to the claim, including the eligibility record it relied on.

## What a letter must NOT say
- "coverage began 10/01/2026"; "30 days of employment" as the rule in force; "waiting period" as met late.
- "medically necessary" as the ground; "peer-to-peer"; "external review" as available for this denial.
- "Ingrid Falkenrath" with her care; "urgent care visit" details beyond the payment.
- "inpatient"; "hospital stay"; "admitted".
- "failed escitalopram"; quetiapine as a trial; "suicidal ideation".
- "I" as the patient.
'''

ANSWERS = [
    ("Claim number", "LBA-26-1019-33871", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("Date on file", "Coverage effective date on file: 10/01/2026", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("Rule in force", "the first day of the month following the date of hire", "other/spd-2026-section-3-1-excerpt.txt"),
    ("Enrollment window", "within 31 days of the date of hire", "other/spd-2026-section-3-1-excerpt.txt"),
    ("2026 SPD replaces earlier ones", "replaces all earlier summary plan descriptions", "other/spd-2026-section-3-1-excerpt.txt"),
    ("Hire date", "Date of hire: 08/17/2026", "other/benefits-enrollment-confirmation-2026-08-20.txt"),
    ("Enrollment date", "Enrollment completed 08/20/2026", "other/benefits-enrollment-confirmation-2026-08-20.txt"),
    ("Effective date on the confirmation", "Coverage effective date: 09/01/2026", "other/benefits-enrollment-confirmation-2026-08-20.txt"),
    ("Employer's letter", "his coverage and his wife's began on 09/01/2026", "other/hr-letter-hire-and-coverage-dates-2026-11-16.txt"),
    ("Stale rule", "following 30 days of employment", "other/spd-2025-section-3-1-excerpt.txt"),
    ("Plan paid a September claim", "Plan paid $118.00", "other/lakeshore-family-eob-2026-10-12.txt"),
    ("Coverage verified by phone", "ref VER-0908-6612", "clinical/iop-discharge-summary-2026-09-30.txt"),
    ("Program days", "12 program days of 3 hours", "clinical/iop-discharge-summary-2026-09-30.txt"),
    ("Drug still taken", "Escitalopram 20 mg daily since 06/2026, partial response, continued", "clinical/iop-discharge-summary-2026-09-30.txt"),
    ("Sleep dose", "quetiapine 25 mg at", "clinical/iop-discharge-summary-2026-09-30.txt"),
    ("Other person on the EOB", "Patient: Ingrid Falkenrath (spouse)", "other/lakeshore-family-eob-2026-10-12.txt"),
]
