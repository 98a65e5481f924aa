"""Set 33 case 06 (FICTIONAL): church plan, COB "Medicare primary" for an actively working pastor of 67; ECT."""

SLUG = "06-church-plan-self-funded-ect-cob-medicare-primary-active-pastor-first-appeal-wife"

CASE_YAML = r'''
# FICTIONAL CASE (set 33, case 06) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, has not elected ERISA, Alabama. Rev. Cornelius Ashgrove, 67, a full-time pastor, has
# Medicare Part A by age and no Part B. His 12 outpatient ECT treatments (08/04-09/10/2026) were denied CO-22
# "Medicare is primary; member is retired (eligibility file)". He withdrew a planned retirement in 03/2026 and is
# still actively at work; the plan's own Medicare rule makes it pay first for an active employee; the conference has
# 240 employees. His wife, his authorized representative, writes the first internal appeal.
patient:
  name: Cornelius Ashgrove
  salutation: Rev. Ashgrove
  date_of_birth: 1959-03-30
  member_id: FICT-PFH-20044817-01
  address: |-
    905 Magnolia Terrace
    Tuscaloosa, AL 35401
  phone: (205) 555-0117
insurer:
  name: Piedmont Fellowship Clergy and Lay Employees Health Plan, administered by Cahaba Benefit Services (FICTIONAL)
  appeals_address: |-
    Cahaba Benefit Services - Appeals, for the Piedmont Fellowship Health Plan (FICTIONAL)
    PO Box 2207
    Birmingham, AL 35201
  fax: (205) 555-0172
claim:
  number: CBS-26-1009-66120
  plan_type: church
  funding: self_funded
  employees: 240
  notice_date: 2026-10-09
  appeal_deadline: 2027-04-07
  deadline_basis: >-
    Explanation of benefits of 10/09/2026: "You may appeal within 180 days after you receive this notice"; counted
    here from the notice date.
  service_dates: [2026-08-04, 2026-09-10]
  sessions: 12
  setting: outpatient
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Medicare is primary for members age 65
    and older. Member is retired (eligibility file). Submit the Medicare Summary Notice.
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  action: none
  coding_correct: true
  corrections:
    - said: Member is retired (eligibility file).
      record: >-
        The Conference's letter of 10/21/2026 says Rev. Ashgrove withdrew his retirement notice on 03/12/2026 and has
        worked full time as senior pastor without a break, and is enrolled as an active employee.
      file: other/employer-active-employment-letter-2026-10-21.txt
      page: 1
other_coverage:
  plan: Medicare (Part A by age; no Part B)
  member_is: entitled to Medicare Part A by age 65; not enrolled in Part B
  covered_here_as: active employee (subscriber)
  current_employment: member
  employees: 240
  proof:
    - other/employer-active-employment-letter-2026-10-21.txt
    - other/medicare-entitlement-letter-2024-03-02.txt
plan_policy:
  name: Piedmont Fellowship Health Plan, Plan Document 2026, Section 11.4 "Medicare"
  number: Section 11.4
  quote: >-
    If you are an active employee age 65 or older, or the spouse age 65 or older of an active employee, this Plan
    pays your benefits first and Medicare pays second. If you are a retired employee, Medicare pays first and this
    Plan pays second.
  file: other/plan-document-2026-section-11-excerpt.txt
treatment:
  name: Outpatient acute electroconvulsive therapy (ECT), 12 treatments (90870)
  summary: >-
    An acute course of 12 outpatient ECT treatments for severe recurrent depression; coverage of the care is not in
    dispute, only which payer pays first.
clinical:
  severity: HAM-D 27 on 08/03/2026; HAM-D 9 on 09/10/2026
  severity_date: 2026-09-10
  suicidality: none
  suicidality_date: 2026-08-03
  response: HAM-D 27 (08/03/2026) to 9 (09/10/2026)
  response_level: response
  history:
    - drug: Nortriptyline
      dose: 75 mg daily (level 98 ng/mL)
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during and after ECT
      evidence: {file: clinical/ect-summary-2026-09-10.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/ect-summary-2026-09-10.txt, page: 1}
    - drug: Lithium (augmentation)
      dose: 600 mg daily
      start: 2020-09
      end: 2020-10
      weeks: 5
      kind: augmentation
      adequate: false
      outcome: Stopped after 5 weeks for a rise in creatinine (intolerance)
      evidence: {file: clinical/ect-summary-2026-09-10.txt, page: 1}
    - drug: ECT (2019 episode)
      dose: 10 treatments
      start: 2019-05
      end: 2019-06
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Remission in the 2019 episode; not a failed treatment
      evidence: {file: clinical/ect-summary-2026-09-10.txt, page: 1}
author:
  name: Marguerite Ashgrove
  role: Wife of the member and his authorized representative
  relation: representative
  authorization: other/authorized-representative-2026-10-20.txt
  address: |-
    905 Magnolia Terrace
    Tuscaloosa, AL 35401
  phone: (205) 555-0117
  email: m.ashgrove@mail.example
provider:
  name: Black Warrior Valley Hospital, Outpatient ECT Service
  credentials: hospital outpatient department (in network)
  npi: "1277645390"
  address: |-
    1800 University Boulevard East
    Tuscaloosa, AL 35404
  phone: (205) 555-0132
employer:
  name: Southern Piedmont Conference of the Wesleyan Fellowship - Benefits Office (FICTIONAL)
  address: |-
    40 Cathedral Square
    Birmingham, AL 35203
copies: [employer]
record_dates:
  - file: clinical/ect-summary-2026-09-10.txt
    date: 2026-09-10
bates_prefix: ASHGROVE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-10-09.txt": r'''
CAHABA BENEFIT SERVICES (FICTIONAL), administrator for the Piedmont Fellowship Clergy and Lay Employees Health Plan
(a church plan; self-funded)             EXPLANATION OF BENEFITS                 Date: 10/09/2026
Subscriber: Cornelius Ashgrove   ID FICT-PFH-20044817-01

Claim CBS-26-1009-66120   Patient: Cornelius Ashgrove   Black Warrior Valley Hospital   08/04-09/10/2026
90870 x12   Billed $10,200.00   Paid $0.00
CO-22: This care may be covered by another payer per coordination of benefits. Medicare is primary for members
age 65 and older. Member is retired (eligibility file). Submit the Medicare Summary Notice.

Claim CBS-26-0930-61877   Patient: Marguerite Ashgrove (spouse)   Druid City Lab   09/22/2026   80053 x1   Paid

You may appeal within 180 days after you receive this notice. Appeals, PO Box 2207, Birmingham, AL 35201.
''',
    "other/plan-document-2026-section-11-excerpt.txt": r'''
PIEDMONT FELLOWSHIP CLERGY AND LAY EMPLOYEES HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT 2026 (excerpt)   Page 48 of 90
This Plan is a church plan that has not elected to be covered by ERISA.
Section 11.4 Medicare
If you are an active employee age 65 or older, or the spouse age 65 or older of an active employee, this Plan pays
your benefits first and Medicare pays second. If you are a retired employee, Medicare pays first and this Plan pays
second.
''',
    "other/employer-active-employment-letter-2026-10-21.txt": r'''
SOUTHERN PIEDMONT CONFERENCE OF THE WESLEYAN FELLOWSHIP (FICTIONAL) - BENEFITS OFFICE        Date: 10/21/2026
To whom it may concern:                                                                        Page 1 of 1
Rev. Cornelius Ashgrove is employed full time as Senior Pastor of Riverbend Fellowship Church, Tuscaloosa, and has
been continuously since 2004. On 02/01/2026 he gave notice of an intended retirement on 06/30/2026; he withdrew that
notice on 03/12/2026 and has not retired. He is enrolled in the Conference's health plan as an active employee.
The Conference had 240 employees on every working day of 2025 and 2026 to date.
Signed: Delphine Oakhurst, Benefits Director
''',
    "other/retirement-notice-2026-02-01-withdrawn.txt": r'''
SOUTHERN PIEDMONT CONFERENCE (FICTIONAL) - NOTICE OF INTENT TO RETIRE                   Dated: 02/01/2026
Employee: Rev. Cornelius Ashgrove. Intended retirement date: 06/30/2026.
[Stamped 03/12/2026: "WITHDRAWN BY EMPLOYEE - no change in status."]
''',
    "other/medicare-entitlement-letter-2024-03-02.txt": r'''
SOCIAL SECURITY ADMINISTRATION NOTICE (content reproduced for a FICTIONAL test case)      Date: 03/02/2024
Cornelius Ashgrove: You are entitled to Medicare Hospital Insurance (Part A) beginning 03/01/2024. You declined
Medical Insurance (Part B) because you have group health coverage based on current employment.
''',
    "other/authorized-representative-2026-10-20.txt": r'''
CAHABA BENEFIT SERVICES (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM                      Signed 10/20/2026
I, Cornelius Ashgrove, authorize my wife, Marguerite Ashgrove, to act for me in the appeal of claim
CBS-26-1009-66120.   Signed: Cornelius Ashgrove
''',
    "clinical/ect-summary-2026-09-10.txt": r'''
BLACK WARRIOR VALLEY HOSPITAL (FICTIONAL) - OUTPATIENT ECT SUMMARY                       Date: 09/10/2026
Patient: Cornelius Ashgrove   DOB 03/30/1959   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2). HAM-D 27 on 08/03/2026 (no
suicidal ideation); 12 bilateral treatments 08/04-09/10/2026; HAM-D 9 on 09/10/2026.
Medication: nortriptyline 75 mg daily since 10/2025 (level 98 ng/mL), partial response, continued; mirtazapine 7.5
mg at bedtime for sleep since 02/2026. Lithium 600 mg 09-10/2020, stopped after 5 weeks for a rise in creatinine.
Earlier episode: ECT 2019, 10 treatments, remission.
''',
}

TRUTH = r'''
# 06 - Church plan, self-funded: ECT denied "Medicare is primary" for an actively working pastor of 67; first appeal by his wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rev. Cornelius Ashgrove, **67** (DOB 03/30/1959), is covered by a **self-funded church plan that has not elected
  ERISA** (Piedmont Fellowship Health Plan) **as an active employee**: full-time senior pastor since 2004. The
  Conference has **240 employees**.
- He has **Medicare Part A by age from 03/01/2024** and **declined Part B** because of his employment-based coverage.
- **12 outpatient ECT treatments 08/04-09/10/2026** (90870, F33.2) were denied **CO-22** on **10/09/2026** (claim
  CBS-26-1009-66120): "Medicare is primary for members age 65 and older. Member is retired (eligibility file)."
- He gave notice of retirement on 02/01/2026 and **withdrew it on 03/12/2026**; he has not retired (employer letter
  10/21/2026).
- **Plan Document Section 11.4**: for an active employee age 65 or older, "this Plan pays your benefits first and
  Medicare pays second". Federal law says the same for a group health plan of an employer with 20 or more employees
  (42 U.S.C. 1395y(b)(1)(A); 42 CFR 411.170(a)(2)); the plan may not take his Medicare entitlement into account.
- **Rule and stage:** first internal appeal, post-service; a church plan outside ERISA: 26 CFR 54.9815-2719 (claims
  and appeals by reference to the ERISA claims rule's procedures); **180 days: by 04/07/2027** counted from the notice
  date. No medical judgment is in issue.
- **Author:** his wife, authorized representative (10/20/2026); she writes "my husband" / "Rev. Ashgrove".

## Deliberately unknown
- Whether the plan is grandfathered: not stated (if it is, 54.9815-2719 would not reach it); a letter may cite the
  plan's own appeal procedure without more.
- Whether Medicare Part A pays anything here: outpatient ECT is Part B care, and he has no Part B, so no MSN can
  exist for it; the letter may say he has no Part B, but must not say Medicare "denied" the claim.
- How the eligibility file came to show "retired": not known; the letter may ask the plan to correct it.

## Traps
- **Plan document and dates, not medicine.** The winning point is Section 11.4 with his **active** status: the plan
  pays first. No medical-necessity argument, no clinical reviewer, no peer-to-peer, no external review for a medical
  judgment.
- **A decision's stated fact the record contradicts:** "Member is retired" against the employer letter.
- **Stale document:** the 02/01/2026 notice of intent to retire (withdrawn 03/12/2026).
- **Other person on a document:** the EOB's second claim is **his wife's lab test** (80053); not part of this appeal.
- **No Part B:** asking him to "submit the Medicare Summary Notice" asks for a document that cannot exist for Part B
  care; a letter must not promise one.
- **Drugs:** nortriptyline continues (partial response): never "failed"/"stopped"; **mirtazapine 7.5 mg** is a sleep
  dose, not a trial; lithium was stopped for intolerance after 5 weeks (not an adequate augmentation); **ECT 2019
  remitted** that episode - never a failure. No suicidal ideation.
- **Wrong law:** no ERISA as governing, no Labor Department/EBSA, no 29 CFR 2560.503-1 cited alone; no Medicare
  appeal rules (405.xxx) or Medicare Advantage; no state insurance department for a self-funded plan.

## Arguments a strong letter makes (strongest first)
1. **Plan Document 11.4**: as an active employee age 65 or older, the Plan pays first and Medicare second. Rev.
   Ashgrove is an active employee (employer letter of 10/21/2026; the retirement notice was withdrawn on
   03/12/2026): reprocess the claim as primary payer.
2. The EOB's "Member is retired" is contradicted by the employer's letter; correct the eligibility file.
3. Federal Medicare secondary payer law agrees: a group health plan of an employer with 20 or more employees (240
   here) pays first for a person 65 or older covered through current employment and may not take Medicare
   entitlement into account (42 U.S.C. 1395y(b)(1)(A)).
4. He has no Part B (SSA notice), so there is no Medicare Summary Notice to submit for outpatient ECT.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; external review as of right.
- "retired", "retiree coverage"; "Medicare denied the claim"; an MSN as enclosed or promised.
- Marguerite's lab claim or "80053" as part of this appeal.
- "failed nortriptyline", "stopped nortriptyline", mirtazapine as a trial, "failed ECT"; "suicidal".
- "ERISA", "EBSA", "Department of Labor", "29 CFR 2560.503-1" alone, "42 CFR 405", "Medicare Advantage".
'''

ANSWERS = [
    ("denial/explanation-of-benefits-2026-10-09.txt", "Member is retired (eligibility file)"),
    ("denial/explanation-of-benefits-2026-10-09.txt", "Marguerite Ashgrove (spouse)"),
    ("denial/explanation-of-benefits-2026-10-09.txt", "within 180 days after you receive this notice"),
    ("other/plan-document-2026-section-11-excerpt.txt", "this Plan pays your benefits first and Medicare pays second"),
    ("other/plan-document-2026-section-11-excerpt.txt", "has not elected to be covered by ERISA"),
    ("other/employer-active-employment-letter-2026-10-21.txt", "he withdrew that notice on 03/12/2026"),
    ("other/employer-active-employment-letter-2026-10-21.txt", "240 employees"),
    ("other/retirement-notice-2026-02-01-withdrawn.txt", "WITHDRAWN BY EMPLOYEE"),
    ("other/medicare-entitlement-letter-2024-03-02.txt", "You declined Medical Insurance (Part B)"),
    ("clinical/ect-summary-2026-09-10.txt", "partial response, continued"),
    ("clinical/ect-summary-2026-09-10.txt", "mirtazapine 7.5 mg at bedtime for sleep"),
    ("clinical/ect-summary-2026-09-10.txt", "ECT 2019, 10 treatments, remission"),
    ("clinical/ect-summary-2026-09-10.txt", "stopped after 5 weeks for a rise in creatinine"),
    ("case.yaml", "current_employment: member"),
    ("truth", "by 04/07/2027"),
    ("truth", "26 CFR 54.9815-2719"),
]
