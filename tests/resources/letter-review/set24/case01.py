"""Set 24, case 01 (FICTIONAL): church plan, coordination of benefits under the birthday rule, first internal appeal."""

SLUG = "01-church-plan-adolescent-iop-cob-birthday-rule-first-appeal-mother"

CASE_YAML = """
# FICTIONAL CASE (set 24, case 01) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not ERISA (Wisconsin address). A 15-year-old's adolescent intensive outpatient program
# (24 program days, 08/10-10/01/2026) was denied CO-22: the plan says the father's employer plan pays first under
# the birthday rule. The plan's record has the mother's date of birth as 09/03/1983; she was born on 03/09/1983
# (her enrollment form), so her birthday (March 9) comes before the father's (June 22) and this plan pays first.
# The father's plan already said so on its own EOB. The mother, the plan's employee-member, writes the appeal.
patient:
  name: Ezra Lindqvist-Amani
  salutation: Ezra
  date_of_birth: 2011-02-14
  member_id: FICT-NCM-40218837-02
  address: |-
    2217 Tamarack Hollow Road
    Ashgrove, WI 54806
  phone: (715) 555-0142
insurer:
  name: Northwoods Covenant Ministries Health Plan (FICTIONAL)
  appeals_address: |-
    Northwoods Covenant Ministries Health Plan, c/o Lakeshore Benefit Administrators, Appeals Unit
    PO Box 48113
    Ashgrove, WI 54801
  fax: (715) 555-0179
claim:
  number: NCM-26-1005-771203
  plan_type: church
  funding: self_funded
  notice_date: 2026-10-19
  service_dates: [2026-08-10, 2026-10-01]
  sessions: 24
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F32.1]
  carc_codes: [CO-22]
  denial_reason: >-
    CO-22: This care may be covered by another payer per coordination of benefits. Our records show the patient's
    other coverage with Prairie Mutual Group Health is primary under the birthday rule. Please submit the primary
    carrier's explanation of benefits.
  denial_category: coordination_of_benefits
  corrections:
    - said: "Subscriber date of birth on file: 09/03/1983"
      record: >-
        Hanna Lindqvist was born on March 9, 1983 (03/09/1983), as her own 2026 enrollment form states; the plan's
        record has the day and the month swapped
      file: other/enrollment-form-2025-11-12.txt
      page: 1
other_coverage:
  plan: Prairie Mutual Group Health (FICTIONAL), through the father Daniel Amani's employer, Trellis Freight
  member_is: dependent
  covered_here_as: dependent
  reported: 2025-11-12
  proof:
    - other/enrollment-form-2025-11-12.txt
    - other/prairie-mutual-eob-2026-10-30.txt
plan_policy:
  name: Summary Plan Description, Section 14.4 (Order of benefit determination)
  quote: >-
    14.4(b) Dependent child whose parents are married or are living together. The plan of the parent whose birthday
    falls earlier in the calendar year pays first, and the plan of the other parent pays second. Only the month and
    day of each parent's birth are compared; the year of birth is not considered. If both parents have the same
    birthday, the plan that has covered a parent longer pays first.
  file: other/spd-2026-section-14-excerpt.txt
  other_terms: >-
    14.7 If the Plan is the primary plan, it will not deny or delay a claim to wait for the other plan's explanation
    of benefits.
  other_terms_file: other/spd-2026-section-14-excerpt.txt
treatment:
  name: Adolescent intensive outpatient program
  summary: >-
    An after-school intensive outpatient program for adolescents (group, family and individual therapy, three hours
    a day, three days a week), 24 program days for a moderate depressive episode.
  setting: Bayfield Youth Counseling Center adolescent intensive outpatient program, 3:30-6:30 pm, three days a week
clinical:
  severity: >-
    PHQ-A 18 at admission on 08/10/2026 and 9 at discharge on 10/01/2026; no suicidal ideation at discharge (C-SSRS
    screen negative)
  severity_date: 2026-10-01
  suicidality: none
  suicidality_date: 2026-10-01
  episode_onset: 2026-04
  history:
    - drug: Sertraline
      dose: 25 mg daily from 06/08/2026, 50 mg from 07/06/2026, 75 mg from 09/14/2026
      start: 2026-06-08
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response so far
      evidence: {file: clinical/iop-discharge-summary-2026-10-01.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2026-07
      ongoing: true
      kind: other
      outcome: For sleep onset only; not a treatment of the depression
      evidence: {file: clinical/iop-discharge-summary-2026-10-01.txt, page: 1}
    - drug: Cognitive behavioral therapy (for anxiety, 2023)
      dose: 10 weekly sessions
      start: 2023-02
      end: 2023-04
      kind: psychotherapy
      sessions: 10
      response: response
      outcome: Good response of an earlier anxiety episode; ended as planned
      evidence: {file: clinical/iop-discharge-summary-2026-10-01.txt, page: 1}
author:
  name: Hanna Lindqvist
  role: Mother of the patient, who is a minor, and the Plan's employee-member
  relation: parent
  address: |-
    2217 Tamarack Hollow Road
    Ashgrove, WI 54806
  phone: (715) 555-0142
  email: hanna.lindqvist@mail.example
provider:
  name: Marisol Okafor-Reyes
  credentials: MD
  npi: "1739204851"
  address: |-
    Bayfield Youth Counseling Center, 90 Ore Dock Lane
    Ashgrove, WI 54806
  phone: (715) 555-0131
call_log:
  - date: 2026-10-22
    who: Lakeshore Benefit Administrators member services (representative "Colleen")
    reference: CALL-26-1022-0419
    summary: >-
      Asked why the plan says it is secondary for Ezra. The representative said the plan compares the parents'
      birthdays and that the subscriber's date of birth on file is 09/03/1983, so the other parent's June 22
      birthday comes first. I said my birthday is March 9 and was told to send an appeal with proof.
reimbursement:
  amount_billed: "$7,440.00"
  amount_paid: "$0.00"
bates_prefix: LINDQVISTAMANI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/eob-2026-10-19.txt": """
NORTHWOODS COVENANT MINISTRIES HEALTH PLAN (FICTIONAL)
administered by Lakeshore Benefit Administrators (FICTIONAL)
EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 10/19/2026              Page 1

Sent to: Hanna Lindqvist, 2217 Tamarack Hollow Road, Ashgrove, WI 54806
Subscriber: Hanna Lindqvist       Subscriber date of birth on file: 09/03/1983     Group: NCM-CHURCH-07

PATIENT: EZRA LINDQVIST-AMANI      Member ID: FICT-NCM-40218837-02     Relationship: child
Claim: NCM-26-1005-771203          Received: 10/05/2026
Provider: Bayfield Youth Counseling Center (network provider)
Dates of service            Code    Units   Billed      Allowed   Paid     Code
08/10/2026 - 10/01/2026     S9480   24      $7,440.00   $0.00     $0.00    CO-22
(24 program days at $310.00 each)

CO-22: This care may be covered by another payer per coordination of benefits. Our records show the patient's
other coverage with Prairie Mutual Group Health is primary under the birthday rule. Please submit the primary
carrier's explanation of benefits.

PATIENT: LINNEA LINDQVIST-AMANI    Member ID: FICT-NCM-40218837-03     Relationship: child
Claim: NCM-26-0928-769955          Provider: Ashgrove Family Pediatrics
09/24/2026                  99393   1       $210.00     $162.00   $162.00  Paid (preventive)

Other coverage on file for dependents: Prairie Mutual Group Health - PRIMARY (birthday rule), updated 10/14/2026.

Your right to appeal: You may appeal this decision in writing within 180 days of receiving this notice. Send your
appeal to Northwoods Covenant Ministries Health Plan, c/o Lakeshore Benefit Administrators, Appeals Unit, PO Box
48113, Ashgrove, WI 54801, or fax (715) 555-0179. We will decide an appeal of a claim for care already received
within 60 days of receiving it. The Plan is a church plan and is not governed by ERISA.
""",
    "clinical/iop-discharge-summary-2026-10-01.txt": """
BAYFIELD YOUTH COUNSELING CENTER (FICTIONAL)
ADOLESCENT INTENSIVE OUTPATIENT PROGRAM - DISCHARGE SUMMARY          Date: 10/01/2026          Page 1

Patient: Ezra Lindqvist-Amani     DOB 02/14/2011     Program director: Marisol Okafor-Reyes, MD
Admitted: 08/10/2026     Discharged: 10/01/2026     Program days attended: 24 of 24 scheduled
Schedule: Monday, Wednesday and Thursday, 3:30-6:30 pm, after school (no program on Labor Day, 09/07/2026; that
day was made up on Tuesday 09/08/2026).
Diagnosis: F32.1 major depressive disorder, single episode, moderate. Current episode began in April 2026.
Referral: pediatrician, after falling grades, withdrawal from friends and nine missed school days in May 2026.
Measures: PHQ-A 18 at admission (08/10/2026); PHQ-A 9 at discharge (10/01/2026).
Safety: at intake Ezra said that in July 2026 he had sometimes wished he could "go to sleep and not wake up"; no
plan, intent or behavior. No suicidal ideation during the program. C-SSRS screen negative at discharge on
10/01/2026.
School: attended school full days throughout the program (the program meets after school).
Medications:
- Sertraline: started 06/08/2026 at 25 mg by his pediatrician, 50 mg from 07/06/2026, 75 mg from 09/14/2026.
  Continues; partial response so far.
- Trazodone 25 mg at bedtime for trouble falling asleep, since July 2026. Continues. Prescribed for sleep only.
Earlier treatment: 10 weekly sessions of cognitive behavioral therapy for anxiety, February to April 2023, with a
good response; no earlier depressive episode.
Course: attended every scheduled day; weekly family sessions with his mother and father.
Discharge plan: weekly individual therapy and monthly medication visits with his pediatrician.
""",
    "other/spd-2026-section-14-excerpt.txt": """
NORTHWOODS COVENANT MINISTRIES HEALTH PLAN (FICTIONAL)
SUMMARY PLAN DESCRIPTION, PLAN YEAR 2026 - EXCERPT: SECTION 14, COORDINATION OF BENEFITS        Page 1

About this Plan: the Plan is a self-funded church plan maintained by Northwoods Covenant Ministries for the
employees of its member congregations. It has not elected to be governed by ERISA. Lakeshore Benefit
Administrators processes claims and first-level appeals for the Plan.

14.1 When you or a family member is covered by more than one health plan, one plan pays first (the primary plan)
and the other pays second. The primary plan pays its benefits as if there were no other coverage.

14.4 Order of benefit determination. The first of the following rules that applies decides which plan pays first.
14.4(a) Non-dependent or dependent. The plan that covers the person as an employee, member or subscriber pays
before the plan that covers the person as a dependent.
14.4(b) Dependent child whose parents are married or are living together. The plan of the parent whose birthday
falls earlier in the calendar year pays first, and the plan of the other parent pays second. Only the month and
day of each parent's birth are compared; the year of birth is not considered. If both parents have the same
birthday, the plan that has covered a parent longer pays first.
14.4(c) Dependent child whose parents are divorced or separated: the rules of the court decree, or if none, the
plan of the parent with custody pays first.

14.7 If the Plan is the primary plan, it will not deny or delay a claim to wait for the other plan's explanation
of benefits.

16.2 Appeals. You may appeal a denied claim in writing within 180 days after you receive the notice. The Plan
will decide an appeal of a claim for care already received within 60 days after it receives the appeal.
""",
    "other/enrollment-form-2025-11-12.txt": """
NORTHWOODS COVENANT MINISTRIES HEALTH PLAN (FICTIONAL)
ENROLLMENT AND CHANGE FORM - PLAN YEAR 2026          Signed: 11/12/2025          Page 1

Employee-member: Hanna Lindqvist        Date of birth: 03/09/1983 (March 9, 1983)
Employer: St. Brendan Covenant Church, Ashgrove, WI (office administrator since 2017)
Coverage elected for 2026: employee and children
Children covered: Ezra Lindqvist-Amani (DOB 02/14/2011); Linnea Lindqvist-Amani (DOB 05/30/2017)
Spouse: Daniel Amani, DOB 06/22/1981 - not enrolled in this Plan
Other coverage: Yes. Daniel Amani is covered through his employer, Trellis Freight, by Prairie Mutual Group Health
since 04/01/2025, with both children as his dependents. The children's parents are married and live together.
Signature: Hanna Lindqvist (signature on file)       Received by the Plan: 11/14/2025
""",
    "other/tpa-eligibility-printout-2026-10-27.txt": """
LAKESHORE BENEFIT ADMINISTRATORS (FICTIONAL) - MEMBER PORTAL: ELIGIBILITY           Printed: 10/27/2026   Page 1
Printed by: Hanna Lindqvist

Plan: Northwoods Covenant Ministries Health Plan     Group: NCM-CHURCH-07     Coverage: employee and children
Subscriber: Hanna Lindqvist     Date of birth: 09/03/1983     Status: active since 01/01/2017
Dependents:
  Ezra Lindqvist-Amani     02/14/2011    child    active     COB: secondary - other plan primary (birthday rule)
  Linnea Lindqvist-Amani   05/30/2017    child    active     COB: secondary - other plan primary (birthday rule)
Other coverage record: Prairie Mutual Group Health, policyholder Daniel Amani, DOB 06/22/1981; updated 10/14/2026.
""",
    "other/prairie-mutual-eob-2026-10-30.txt": """
PRAIRIE MUTUAL GROUP HEALTH (FICTIONAL)
EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 10/30/2026              Page 1

Sent to: Daniel Amani, 2217 Tamarack Hollow Road, Ashgrove, WI 54806     Group: Trellis Freight
PATIENT: EZRA LINDQVIST-AMANI      Member ID: FICT-PMG-7730118-03     Relationship: child
Claim: PMG-26-1006-55102           Provider: Bayfield Youth Counseling Center
08/10/2026 - 10/01/2026     S9480   24      $7,440.00   Pending primary EOB     CO-22
Remark: This plan is secondary for this dependent under the birthday rule. The other parent's birthday (March 9)
falls earlier in the calendar year than the policyholder's (June 22). Please send the primary plan's explanation of
benefits and we will consider the balance.

PATIENT: DANIEL AMANI              Member ID: FICT-PMG-7730118-01     Relationship: self
Claim: PMG-26-1019-55847           Provider: Lakeview Physical Therapy
10/13/2026                  97110   2       $180.00     $126.00   $100.80  Paid
""",
    "other/cob-questionnaire-2024-01-08.txt": """
LAKESHORE BENEFIT ADMINISTRATORS (FICTIONAL) - OTHER COVERAGE QUESTIONNAIRE       Date: 01/08/2024       Page 1

Member: Hanna Lindqvist     Plan: Northwoods Covenant Ministries Health Plan
Is anyone in your family covered by another health plan?  [ ] Yes   [X] No
Signature: Hanna Lindqvist (signature on file)
""",
}

TRUTH = """
# 01 - Church plan: adolescent IOP denied CO-22 "other parent's plan primary under the birthday rule"; the plan's record swapped the mother's birth day and month; first internal appeal by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ezra Lindqvist-Amani, 15 (DOB 02/14/2011), is covered as a **dependent child** by **Northwoods Covenant Ministries
  Health Plan**, a **self-funded church plan that has not elected ERISA** (SPD, "About this Plan"), through his
  mother Hanna Lindqvist, a church office administrator. He is also covered as a dependent by **Prairie Mutual Group
  Health**, his father Daniel Amani's employer plan (Trellis Freight), since 04/01/2025. The parents are married and
  live together. **Both coverages were in force on every date of service; neither has ended.**
- He attended **24 of 24 program days** of an adolescent **intensive outpatient program** (S9480) at Bayfield Youth
  Counseling Center, a network provider, **from 08/10/2026 through 10/01/2026** (Mon/Wed/Thu after school; Labor
  Day made up on 09/08). $310 a day, **$7,440** in all. Nothing is pending.
- The EOB of **10/19/2026** denied the whole claim **CO-22**: the plan says Prairie Mutual is primary "under the
  birthday rule". The same EOB prints **"Subscriber date of birth on file: 09/03/1983"**.
- **The plan's own rule, SPD 14.4(b):** for a dependent child of married parents, the plan of the parent whose
  birthday falls **earlier in the calendar year** pays first; **only month and day** count. Hanna was born
  **03/09/1983 (March 9)** (her 2026 enrollment form, received by the plan 11/14/2025); Daniel on **06/22/1981
  (June 22)**. March 9 comes before June 22, so **this plan is primary for Ezra**. The plan's record has the day and
  month swapped (09/03 = September 3), which alone put the father's June birthday first. 14.4(a) does not decide
  (Ezra is a dependent under both plans).
- **The father's plan agrees:** Prairie Mutual's EOB of **10/30/2026** says it is **secondary** under the birthday
  rule because the other parent's birthday, **March 9**, comes first, and holds the claim for the primary plan's EOB.
  Each plan is waiting for the other.
- SPD 14.7: a primary plan does not deny or delay a claim to wait for the other plan's EOB.
- Hanna reported the other coverage on her enrollment form (11/12/2025). Her call of **10/22/2026** (CALL-26-1022-0419)
  confirmed the plan used DOB 09/03/1983.
- Stage: **first internal appeal**, post-service; **180 days from receipt** of the 10/19/2026 notice (SPD 16.2; 26 CFR
  54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)); decision within **60 days** (SPD 16.2).
- Author: the **mother**, parent of a minor and the plan's employee-member; no authorization form is needed.

## Deliberately unknown
- What the plan will allow for S9480 as primary, and what Prairie Mutual will then pay as secondary: no amount may
  be promised; the family's share is unknown.
- How the wrong date of birth got into the record (data entry in 2017 or later): only that it is there (EOB,
  portal printout, call).
- Whether Linnea's claims were processed under the same wrong order (her 09/24 visit was a paid preventive visit;
  not part of this appeal).

## Traps
- **Not an "ended coverage" case.** The father's coverage is in force; a letter that says the other coverage
  ended, or that there was no other coverage on the dates of care, is FALSE. The stale **2024 questionnaire**
  ("No other coverage") was true in 2024 and is not evidence now; a letter must not rely on it.
- **Not the subscriber rule.** Ezra is a dependent under both plans; "the plan covering the patient as subscriber
  pays first" is not the ground. The ground is the birthday rule applied to the correct date of birth.
- **The year does not count.** Daniel is older (1981); a letter must not argue by age or year ("the older parent's
  plan"), and must not say the mother is older.
- **Other people on the documents:** Linnea's paid 09/24 visit is on the same EOB; Daniel's own physical therapy
  claim is on Prairie Mutual's EOB. Neither belongs to Ezra or to this appeal.
- **Not a medical question:** no medical-necessity argument, no count of failed trials, no evidence paragraph, no
  peer-to-peer, no request for a psychiatrist reviewer, no external review (a coordination-of-benefits denial does
  not turn on medical judgment). If the history is mentioned: sertraline is **continuing** with a partial response
  (never "failed"); trazodone 25 mg is **for sleep** (not a trial); the 2023 CBT was for **anxiety** with a good
  response (psychotherapy, not a drug trial, not a failure).
- **Suicidality:** passive wishes in **July 2026**, before the program; none during it; C-SSRS negative at discharge
  (10/01). The severity line says "no suicidal ideation": never "current suicidal ideation". He attended **school
  full days** (never "out of school").
- **IOP dates:** 24 program days on three weekdays a week from 08/10 through 10/01, not a stay and not every day
  between; never "inpatient", "residential", "partial hospitalization" or "admitted".
- **Wrong law:** a church plan outside ERISA: no ERISA as governing law, no EBSA/Labor Department, no state
  insurance department complaint as if insured (self-funded), no NAIC or state COB regulation cited as binding on
  the plan, no parity argument (not a treatment limit).
- **Voice:** the mother writes as "I", about "Ezra" / "my son"; never the patient's first person.

## Arguments a strong letter makes (strongest first)
1. Under the plan's own **SPD 14.4(b)** birthday rule (month and day only), this plan is **primary**: Hanna's birthday
   is **March 9** (born 03/09/1983, enrollment form received 11/14/2025), before Daniel's **June 22**. The plan's
   record shows **09/03/1983**, the day and month swapped (EOB 10/19/2026; portal printout 10/27/2026; call
   10/22/2026). Ask the plan to correct her date of birth and its COB record for both children, and to reprocess
   claim NCM-26-1005-771203 as the primary plan.
2. The father's plan, Prairie Mutual, has already determined it is **secondary** under the same rule (EOB
   10/30/2026, naming March 9): waiting for a "primary carrier's EOB" from it cannot end; SPD 14.7 says a primary
   plan does not deny or delay for the other plan's EOB.
3. The other coverage was reported at enrollment (11/12/2025); enclose the enrollment form, both EOBs, the portal
   printout and the SPD excerpt; ask for a decision within 60 days (SPD 16.2).

## What a letter must NOT say
- "the other coverage ended / terminated / was not in force", "there is no other coverage", "Ezra is the
  subscriber", "the plan covering him as subscriber", "the older parent", "the mother is older".
- "medically necessary" as the ground, "failed sertraline", "failed trazodone", "failed CBT", a count of failed
  trials, "current suicidal ideation", "out of school", "inpatient", "admitted", "residential", "partial
  hospitalization".
- "external review", "independent review organization", "peer-to-peer", "ERISA", "29 CFR 2560.503-1" as the
  governing law, "EBSA", "Department of Labor", "NAIC".
- Linnea's or Daniel's claims as Ezra's; any amount the plan "will pay".
- Ezra's first person ("I attended", "my depression").
"""

ANSWERS = [
    ("denial/eob-2026-10-19.txt", "Claim: NCM-26-1005-771203"),
    ("denial/eob-2026-10-19.txt", "CO-22"),
    ("denial/eob-2026-10-19.txt", "Subscriber date of birth on file: 09/03/1983"),
    ("denial/eob-2026-10-19.txt", "08/10/2026 - 10/01/2026     S9480   24      $7,440.00"),
    ("denial/eob-2026-10-19.txt", "within 180 days of receiving this notice"),
    ("other/spd-2026-section-14-excerpt.txt", "The plan of the parent whose birthday falls earlier in the calendar year pays first"),
    ("other/spd-2026-section-14-excerpt.txt", "Only the month and day of each parent's birth are compared; the year of birth is not considered"),
    ("other/spd-2026-section-14-excerpt.txt", "it will not deny or delay a claim to wait for the other plan's explanation of benefits"),
    ("other/spd-2026-section-14-excerpt.txt", "It has not elected to be governed by ERISA"),
    ("other/spd-2026-section-14-excerpt.txt", "within 60 days after it receives the appeal"),
    ("other/enrollment-form-2025-11-12.txt", "Date of birth: 03/09/1983 (March 9, 1983)"),
    ("other/enrollment-form-2025-11-12.txt", "Daniel Amani, DOB 06/22/1981"),
    ("other/enrollment-form-2025-11-12.txt", "Received by the Plan: 11/14/2025"),
    ("other/enrollment-form-2025-11-12.txt", "The children's parents are married and live together"),
    ("other/tpa-eligibility-printout-2026-10-27.txt", "Date of birth: 09/03/1983"),
    ("other/prairie-mutual-eob-2026-10-30.txt", "This plan is secondary for this dependent under the birthday rule"),
    ("other/prairie-mutual-eob-2026-10-30.txt", "The other parent's birthday (March 9)"),
    ("clinical/iop-discharge-summary-2026-10-01.txt", "Program days attended: 24 of 24 scheduled"),
    ("clinical/iop-discharge-summary-2026-10-01.txt", "attended school full days throughout the program"),
    ("clinical/iop-discharge-summary-2026-10-01.txt", "Continues; partial response so far"),
    ("case.yaml", "reference: CALL-26-1022-0419"),
]
