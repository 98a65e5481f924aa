"""FICTIONAL case 07: school district plan (governmental, insured); adolescent IOP continued stay; state external review asked by the mother."""
SLUG = "07-school-district-plan-adolescent-iop-continued-stay-stale-report-card-external-review-mother"

CASE_YAML = r'''
# FICTIONAL CASE (letters set 50, case 07) - every person, plan, insurer, provider, number and address is invented.
# Governmental plan (a school district's employee plan, insured, 2,300 employees), Montana. Kaia Lindqvist-Morales,
# 16, attended an adolescent IOP from 09/08/2026; days 10-24 (09/29-10/30/2026) were denied as "attending school
# full time and passing all classes; outpatient appropriate". The final internal decision (11/04/2026) quoted the
# spring 2026 report card. Since 09/08 she has been on a half-day modified schedule and was failing two classes. Her
# twin brother's sports physical ("no mental health concerns") is in the family's papers. Her mother asks for
# external review.
patient:
  name: Kaia Lindqvist-Morales
  salutation: Kaia
  date_of_birth: 2010-06-18
  member_id: FICT-BSM-58820441-02
  address: |-
    2119 Strand Avenue
    Missoula, MT 59801
  phone: (406) 555-0133
insurer:
  name: Big Sky Mutual Health (FICTIONAL), insured group plan of Clark Fork Valley School District
  appeals_address: |-
    Big Sky Mutual Health - Appeals (FICTIONAL)
    PO Box 4471
    Helena, MT 59604
  fax: (406) 555-0159
claim:
  number: BSM-26-1012-390027
  plan_type: governmental
  funding: insured
  employees: 2300
  notice_date: 2026-10-12
  appeal_deadline: 2027-03-04
  deadline_basis: >-
    Final internal appeal decision of 11/04/2026: "You may request an external review within 4 months of the date of
    this letter."
  service_dates: [2026-09-29, 2026-10-30]
  sessions: 15
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F32.2, F41.1]
  carc_codes: [CO-50]
  denial_reason: >-
    Continued intensive outpatient treatment is not medically necessary. Criteria BH-IOP-CS-3 not met: the member is
    attending school full time and is passing all classes. Outpatient treatment is appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  not_appealed:
    - date: 2026-09-08 to 2026-09-25
      code: S9480
      why: The first 9 program days were authorized and paid
payer_criteria:
  - criterion: >-
      1. The member continues to have impairment in school, family or social functioning from the condition being
      treated.
    how_met: >-
      Half-day modified school schedule since 09/08/2026 under a 504 plan, failing two classes at the 10/23/2026
      progress report; withdrawn from family meals and friends; PHQ-A 20 on 09/29/2026.
    met: true
    evidence: [{file: other/school-attendance-and-progress-letter-2026-10-26.txt, page: 1}, {file: clinical/iop-progress-summary-2026-10-30.txt, page: 1}]
  - criterion: "2. The member is making progress but is not yet able to be treated at a less intensive level."
    how_met: >-
      PHQ-A 20 (09/29/2026) to 12 (10/30/2026); self-harm urges weekly until mid-October; the team judged weekly
      therapy alone not yet safe until the step-down on 10/30/2026.
    met: true
    evidence: {file: clinical/iop-progress-summary-2026-10-30.txt, page: 1}
  - criterion: "3. The family takes part in treatment."
    how_met: Weekly family sessions with her mother, 7 of 7 attended.
    met: true
    evidence: {file: clinical/iop-progress-summary-2026-10-30.txt, page: 1}
plan_policy:
  name: Big Sky Mutual Health Level of Care Guideline BH-IOP-CS-3, Intensive Outpatient Continued Stay (2026)
  number: BH-IOP-CS-3
  quote: >-
    Continued intensive outpatient treatment is appropriate when all are met: 1. The member continues to have
    impairment in school, family or social functioning from the condition being treated. 2. The member is making
    progress but is not yet able to be treated at a less intensive level. 3. The family takes part in treatment.
  file: other/guideline-bh-iop-cs-3-2026-excerpt.txt
decisions:
  - date: 2026-11-04
    outcome: denied
    stage: final internal appeal
    opens: external review
    next_deadline: 2027-03-04
    reason: >-
      The denial is upheld. The member attends school full time and is passing all classes (report card). Outpatient
      treatment was appropriate from 09/29/2026.
    corrections:
      - said: The member attends school full time and is passing all classes (report card).
        record: >-
          The report card the plan quotes is from spring 2026 (issued 06/05/2026), before this episode. The school's
          letter of 10/26/2026 shows a half-day modified schedule since 09/08/2026 under a 504 plan and failing grades
          in two classes at the 10/23/2026 progress report.
        file: other/school-attendance-and-progress-letter-2026-10-26.txt
        page: 1
external_review:
  agency: Montana state external review office for insured health plans (as named in the final decision)
  address: |-
    State External Review Intake (address as printed on the decision; FICTIONAL)
    PO Box 4009
    Helena, MT 59604
  final_denial_date: 2026-11-04
template: external-review-request
copies: [prescriber]
alternatives:
  - treatment: Outpatient treatment (weekly therapy and medication management)
    level: outpatient
    why_not: >-
      Already tried from March to August 2026 (14 weekly CBT sessions with medication); she worsened and began
      self-harm in August, which is why she was referred to the IOP; she stepped down to it on 10/30/2026 once the
      step-down criteria were met.
    proof: clinical/iop-progress-summary-2026-10-30.txt
treatment:
  name: Adolescent intensive outpatient program (IOP), program days 10-24 (S9480, revenue code 0905)
  summary: >-
    An adolescent intensive outpatient program three afternoons a week, three hours a day, with weekly family
    therapy, for severe depression with anxiety and recent self-harm, until she could step down to weekly therapy.
  plan: >-
    Three afternoons a week, three hours a day, from 09/08/2026, with weekly family sessions; step down to weekly
    outpatient therapy when PHQ-A was below 15 with no self-harm urges for two weeks (done 10/30/2026).
clinical:
  severity: PHQ-A 20 on 09/29/2026; PHQ-A 12 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: passive
  suicidality_date: 2026-09-08
  response: PHQ-A 20 (09/29/2026) to 12 (10/30/2026)
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 30 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/iop-progress-summary-2026-10-30.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily
      start: 2026-03
      end: 2026-04
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for agitation (activation); intolerance
      evidence: {file: clinical/iop-progress-summary-2026-10-30.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/iop-progress-summary-2026-10-30.txt, page: 1}
    - drug: Weekly outpatient CBT
      dose: 14 sessions
      start: 2026-03
      end: 2026-08
      sessions: 14
      kind: psychotherapy
      response: none
      outcome: Weekly therapy March-August 2026; worsened, self-harm in August; referred to the IOP
      evidence: {file: clinical/iop-progress-summary-2026-10-30.txt, page: 1}
author:
  name: Solveig Lindqvist-Morales
  role: Mother of the patient (a minor)
  relation: parent
  address: |-
    2119 Strand Avenue
    Missoula, MT 59801
  phone: (406) 555-0133
  email: solveig.lm@homemail.example
provider:
  name: Bitterroot Youth Behavioral Health
  credentials: Network adolescent intensive outpatient program
  npi: "1918768825"
  address: |-
    3000 Russell Street, Suite 2
    Missoula, MT 59801
  phone: (406) 555-0174
record_dates:
  - file: clinical/iop-progress-summary-2026-10-30.txt
    date: 2026-10-30
  - file: other/school-attendance-and-progress-letter-2026-10-26.txt
    date: 2026-10-26
bates_prefix: LINDQVISTMORALES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/concurrent-review-denial-2026-10-12.txt": '''
BIG SKY MUTUAL HEALTH (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION        Date: 10/12/2026
Member: Kaia Lindqvist-Morales   DOB 06/18/2010   ID FICT-BSM-58820441-02   Claim/reference BSM-26-1012-390027
Group: Clark Fork Valley School District (governmental plan, insured)
Service: adolescent IOP, continued stay from 09/29/2026, Bitterroot Youth Behavioral Health   CARC 50
Continued intensive outpatient treatment is not medically necessary. Criteria BH-IOP-CS-3 not met: the member is
attending school full time and is passing all classes. Outpatient treatment is appropriate.
''',
"denial/final-internal-appeal-decision-2026-11-04.txt": '''
BIG SKY MUTUAL HEALTH (FICTIONAL) - FINAL INTERNAL APPEAL DECISION                 Date: 11/04/2026
Member: Kaia Lindqvist-Morales   Reference BSM-26-1012-390027   Appeal received 10/19/2026
Reviewer: Dana Whitlock-Frye, MD (child and adolescent psychiatry)

The denial is upheld. The member attends school full time and is passing all classes (report card). Outpatient
treatment was appropriate from 09/29/2026.

You may request an external review within 4 months of the date of this letter, through the state external review
office: State External Review Intake, PO Box 4009, Helena, MT 59604 (address as printed; FICTIONAL).
''',
"clinical/iop-progress-summary-2026-10-30.txt": '''
BITTERROOT YOUTH BEHAVIORAL HEALTH (FICTIONAL) - ADOLESCENT IOP PROGRESS AND DISCHARGE SUMMARY   Date: 10/30/2026
Patient: Kaia Lindqvist-Morales   DOB 06/18/2010   Page 1 of 1
Diagnoses: major depressive disorder, single episode, severe (F32.2); generalized anxiety disorder (F41.1).
Program: 24 days, 09/08/2026-10/30/2026, Monday/Wednesday/Thursday afternoons, 3 hours; family session weekly (7 of
7 attended by her mother).
Measures: PHQ-A 22 at admission (09/08), 20 on 09/29, 12 at discharge (10/30). Passive suicidal ideation at admission
on 09/08/2026, no plan; superficial cutting last in 08/2026; self-harm urges weekly until mid-October, none since
10/16/2026.
Medication: sertraline 50 mg 03-04/2026, stopped after 3 weeks for agitation; fluoxetine since 06/2026, now 30 mg,
partial response, continued; melatonin 3 mg for sleep.
Before the IOP: 14 weekly CBT sessions 03-08/2026; worsened. Earlier (2023): 10 sessions of CBT for school anxiety
with good effect (another episode).
Step-down on 10/30/2026 to weekly therapy (PHQ-A below 15, no self-harm urges for two weeks).
''',
"other/school-attendance-and-progress-letter-2026-10-26.txt": '''
CLARK FORK VALLEY HIGH SCHOOL (FICTIONAL) - ATTENDANCE AND PROGRESS LETTER        Date: 10/26/2026
Student: Kaia Lindqvist-Morales, grade 11
Since 09/08/2026 Kaia has attended on a half-day modified schedule (mornings only) under her Section 504 plan, to
allow her afternoon treatment program. At the 10/23/2026 progress report she was failing two classes (chemistry and
U.S. history) and passing three.
- School counselor
''',
"other/report-card-spring-2026-stale.txt": '''
CLARK FORK VALLEY HIGH SCHOOL (FICTIONAL) - REPORT CARD, SPRING SEMESTER 2026     Issued 06/05/2026
Student: Kaia Lindqvist-Morales, grade 10   Attendance: full time   All classes passed.
[Spring 2026, before the current episode and before the half-day schedule.]
''',
"other/guideline-bh-iop-cs-3-2026-excerpt.txt": '''
BIG SKY MUTUAL HEALTH (FICTIONAL) - LEVEL OF CARE GUIDELINE BH-IOP-CS-3 (2026)
Continued intensive outpatient treatment is appropriate when all are met: 1. The member continues to have impairment
in school, family or social functioning from the condition being treated. 2. The member is making progress but is not
yet able to be treated at a less intensive level. 3. The family takes part in treatment.
''',
"other/sports-physical-2026-08-twin-brother.txt": '''
WESTSIDE PEDIATRICS (FICTIONAL) - PRE-PARTICIPATION SPORTS PHYSICAL                Date: 08/12/2026
Patient: Kai Lindqvist-Morales (twin brother), DOB 06/18/2010. Cleared for cross-country. No mental health concerns.
[His record, not Kaia's.]
''',
}

TRUTH = r'''
# 07 - School district plan (governmental, insured): an adolescent IOP continued stay denied on a stale report card; external review asked by the mother (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Kaia Lindqvist-Morales, 16 (DOB 06/18/2010), a dependent in the **Clark Fork Valley School District** employee plan,
  insured by Big Sky Mutual Health (**governmental**, not ERISA; 2,300 employees), attended an adolescent **IOP
  09/08-10/30/2026** (24 days). Days 1-9 were authorized and paid; **days 10-24 (09/29-10/30/2026, 15 days)** were
  denied (CO-50, reference BSM-26-1012-390027): "attending school full time and is passing all classes".
- Final internal decision **11/04/2026** (child and adolescent psychiatrist) upheld, citing "report card": that report
  card is **spring 2026 (issued 06/05/2026)**, before this episode.
- The school's **10/26/2026** letter: **half-day modified schedule since 09/08/2026** (504 plan) and **failing two
  classes** at the 10/23/2026 progress report. PHQ-A **20 (09/29) -> 12 (10/30)**; self-harm urges weekly until
  mid-October; family sessions 7 of 7. All three BH-IOP-CS-3 criteria are met.
- **Rule and stage:** governmental plan: 45 CFR 147.136 (internal claims by reference to the ERISA claims rule;
  external review (c)-(d)); insured, so the **state** external review process; request within **4 months** of the
  final internal decision: **by 03/04/2027**. Parity: 45 CFR 146.136 (unless the plan opted out - not known).
- **Author:** her mother, parent of a minor (no authorization needed); writes about "my daughter" / "Kaia".

## Deliberately unknown
- Whether the plan ever opted out of parity: not in the case; a letter should not rest on parity as certain.
- The amount billed for days 10-24: not in the case; a letter must not state one.
- Whether the external review office will accept records after the decision: not known; send them.

## Traps
- **A stale record quoted as current:** the spring 2026 report card ("full time", "all classes passed").
- **Another person's record:** the sports physical is her **twin brother Kai's**; "no mental health concerns" is his.
- **Not appealed:** days 1-9 (09/08-09/25) were paid.
- **Drug still taken:** fluoxetine continues (partial response) - never "failed" or "stopped"; sertraline stopped after
  3 weeks for activation is an intolerance; melatonin is a sleep aid; weekly CBT is psychotherapy, not a drug trial;
  2023 CBT for school anxiety helped another episode - never a failure.
- **Suicidality:** passive at admission on 09/08/2026 only, with that date; not active, not current. Self-harm last
  08/2026; no urges since 10/16/2026.
- **Care over:** the IOP ended 10/30/2026; nothing continues; no expedited review; the ask is payment.
- **Reviewer:** the final decision's reviewer is a child and adolescent psychiatrist: do not say the reviewer lacked
  the specialty.
- **Wrong law:** no ERISA as governing law, no 29 CFR 2590.715-2719 (self-funded federal route), no Labor
  Department/EBSA, no EPSDT or Medicaid, no CHIP.

## Arguments a strong letter makes (strongest first)
1. The decision rests on a **stale** report card from June 2026; the school's 10/26/2026 letter shows a half-day
   schedule since 09/08 and failing grades - criterion 1 is met; correct the decision.
2. Every BH-IOP-CS-3 criterion was met on each denied day, one by one: impairment (school, family), progress not yet
   enough to step down (PHQ-A 20 -> 12, self-harm urges until mid-October), family taking part (7 of 7); she
   stepped down as planned on 10/30/2026.
3. Ask the external reviewer to reverse the denial and have days 10-24 paid. The school letter (10/26/2026) and the
   discharge summary (10/30/2026) predate the final decision (11/04/2026): the plan could have weighed them; a
   letter must not call them new records written after the decision.

## What a letter must NOT say
- "she attended school full time", "passing all classes" as true in the fall; "no mental health concerns" about Kaia;
  "Kai" as the patient.
- a request to pay days 1-9; "expedited"; "continue the program".
- "failed fluoxetine", "stopped fluoxetine"; sertraline as an adequate trial; "active suicidal ideation"; "current
  suicidal ideation".
- "ERISA governs", "29 CFR 2590.715-2719", "EBSA", "Department of Labor", "EPSDT", "Medicaid".
- "the reviewer was not a child psychiatrist".
'''

ANSWERS = [
    ("plan type", "plan_type: governmental", "case.yaml"),
    ("funding", "funding: insured", "case.yaml"),
    ("reference", "BSM-26-1012-390027", "denial/concurrent-review-denial-2026-10-12.txt"),
    ("criteria named", "Criteria BH-IOP-CS-3 not met", "denial/concurrent-review-denial-2026-10-12.txt"),
    ("final decision's ground", "The member attends school full time and is passing all classes (report card)", "denial/final-internal-appeal-decision-2026-11-04.txt"),
    ("reviewer specialty", "child and adolescent psychiatry", "denial/final-internal-appeal-decision-2026-11-04.txt"),
    ("window", "external review within 4 months of the date of this letter", "denial/final-internal-appeal-decision-2026-11-04.txt"),
    ("deadline", "by 03/04/2027", "truth"),
    ("half-day schedule", "half-day modified schedule (mornings only)", "other/school-attendance-and-progress-letter-2026-10-26.txt"),
    ("failing classes", "failing two classes", "other/school-attendance-and-progress-letter-2026-10-26.txt"),
    ("stale report card", "Issued 06/05/2026", "other/report-card-spring-2026-stale.txt"),
    ("twin brother", "Kai Lindqvist-Morales (twin brother)", "other/sports-physical-2026-08-twin-brother.txt"),
    ("response", "20 on 09/29, 12 at discharge (10/30)", "clinical/iop-progress-summary-2026-10-30.txt"),
    ("family participation", "7 of\n7 attended by her mother", "clinical/iop-progress-summary-2026-10-30.txt"),
    ("intolerance", "stopped after 3 weeks for agitation", "clinical/iop-progress-summary-2026-10-30.txt"),
    ("author", "relation: parent", "case.yaml"),
]
