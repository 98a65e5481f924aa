# FICTIONAL data for set 60, case 05 (student health plan: coordination of benefits, subscriber before dependent).
SLUG = "student-health-plan-dbt-cob-student-is-subscriber-parent-plan-secondary-first-appeal-student-advocate"

CASE_YAML = r'''
# FICTIONAL CASE (set 60, case 05) - every person, plan, insurer, university, provider, number and address is
# invented. A university student health insurance plan (insured, individual market). Ianthe Moravec, 23, a
# graduate student, had a DBT program 09/02-10/28/2026. The plan denied it as "other coverage primary" (CO-22),
# naming her father's employer plan, which covers her as a dependent; the plan's own order-of-benefits rule makes
# the plan covering her as its member pay first, and her father's plan processed her claims as secondary. The
# university's student insurance advocate appeals for her.
patient:
  name: Ianthe Moravec
  salutation: Ms. Moravec
  date_of_birth: 2003-04-11
  member_id: FICT-MASU-80231447
  address: |-
    512 Arroyo Seco Road, Apt 4B
    Albuquerque, NM 87106
  phone: (505) 555-0127
insurer:
  name: Rio Grande Scholastic Life & Health, insurer of the Mesa Alta State University Student Health Insurance Plan (FICTIONAL)
  appeals_address: |-
    Rio Grande Scholastic Life & Health - Appeals (FICTIONAL)
    PO Box 27110
    Albuquerque, NM 87125
  fax: (505) 555-0167
claim:
  number: RGS-26-1104-72260
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-13
  service_dates: [2026-09-02, 2026-10-28]
  sessions: 18
  setting: outpatient
  procedure_codes: [90837, 90853]
  diagnosis_codes: [F60.3, F33.1]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Our records show other coverage:
    Desert Sun Manufacturing Employee PPO. Please submit the claim to the primary plan first. (CARC 22)
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  coding_correct: true
  action: none
plan_policy:
  name: Mesa Alta State University Student Health Insurance Plan Certificate 2026-2027, Section 9.3 "Order of benefit determination"
  number: Section 9.3
  quote: >-
    The plan that covers the person as an employee, member, subscriber or retiree pays before the plan that
    covers the person as a dependent. A covered student is covered under this plan as a member.
  file: other/student-plan-certificate-2026-2027-section-9-3.txt
other_coverage:
  plan: Desert Sun Manufacturing Employee PPO, her father's employer plan
  member_is: dependent
  covered_here_as: member (the covered student)
  reported: 2026-09-10
  proof:
    - other/other-coverage-questionnaire-2026-09-10.txt
    - other/desert-sun-family-eob-2026-10-22.txt
  other_says_second: other/desert-sun-family-eob-2026-10-22.txt
treatment:
  name: Dialectical behavior therapy program, weekly individual therapy and skills group, 18 sessions (90837, 90853)
  summary: >-
    A standard outpatient DBT program for borderline personality disorder with recurrent depression; the denial
    concerns only which plan pays first.
clinical:
  severity: PHQ-9 17 on 08/28/2026; PHQ-9 11 on 10/28/2026
  severity_date: 2026-10-28
  suicidality: passive
  suicidality_date: 2026-08-28
  response: PHQ-9 17 (08/28/2026) to 11 (10/28/2026); self-harm urges weekly to none in October
  response_level: partial
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2024-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/dbt-progress-summary-2026-10-28.txt, page: 1}
    - drug: Cognitive behavioral therapy (weekly)
      dose: 12 sessions
      start: 2024-01
      end: 2024-04
      kind: psychotherapy
      sessions: 12
      response: partial
      outcome: Some benefit; self-harm urges persisted
      evidence: {file: clinical/dbt-progress-summary-2026-10-28.txt, page: 1}
author:
  name: Lucinda Tafoya-Brandt
  role: Student Insurance Advocate, Mesa Alta State University Student Health and Counseling (authorized representative)
  relation: representative
  address: |-
    Student Health and Counseling, Mesa Alta State University (FICTIONAL), 1 University Circle
    Albuquerque, NM 87131
  phone: (505) 555-0150
  email: insurance-advocate@mesaalta-shc.example
  authorization: other/authorized-representative-form-2026-11-19.txt
provider:
  name: Sandia Foothills DBT Center
  credentials: network behavioral health practice
  npi: "1356506497"
  address: |-
    8800 Montgomery Court NE, Suite 5
    Albuquerque, NM 87111
  phone: (505) 555-0139
record_dates:
  - file: clinical/dbt-progress-summary-2026-10-28.txt
    date: 2026-10-28
  - file: other/desert-sun-family-eob-2026-10-22.txt
    date: 2026-10-22
    submitted: false
bates_prefix: MORAVEC
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-11-13.txt": r'''
RIO GRANDE SCHOLASTIC LIFE & HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS          Date of notice: 11/13/2026
Plan: Mesa Alta State University Student Health Insurance Plan 2026-2027   Member: Ianthe Moravec
ID FICT-MASU-80231447   Provider: Sandia Foothills DBT Center, NPI 1356506497   Claim RGS-26-1104-72260
Services 09/02/2026-10/28/2026   90837 x 9, 90853 x 9   Billed $2,430.00   Paid $0.00
CO-22. This care may be covered by another payer per coordination of benefits. Our records show other coverage:
Desert Sun Manufacturing Employee PPO. Please submit the claim to the primary plan first.

Your appeal rights: You may appeal within 180 days after you receive this notice. Write to Appeals, PO Box 27110,
Albuquerque, NM 87125, or fax (505) 555-0167. You may also have the right to an external review.
''',
"other/student-plan-certificate-2026-2027-section-9-3.txt": r'''
MESA ALTA STATE UNIVERSITY STUDENT HEALTH INSURANCE PLAN (FICTIONAL) - CERTIFICATE 2026-2027 (excerpt)
Coverage period: 08/15/2026 through 08/14/2027.                                              Page 38
Section 9.3 Order of benefit determination
The plan that covers the person as an employee, member, subscriber or retiree pays before the plan that
covers the person as a dependent. A covered student is covered under this plan as a member.
''',
"other/other-coverage-questionnaire-2026-09-10.txt": r'''
RIO GRANDE SCHOLASTIC LIFE & HEALTH (FICTIONAL) - OTHER COVERAGE QUESTIONNAIRE          Received 09/10/2026
Member: Ianthe Moravec   ID FICT-MASU-80231447
Other coverage: Desert Sun Manufacturing Employee PPO. Subscriber: Pavel Moravec (father).
I am covered under that plan as: [X] a dependent child  [ ] the employee/subscriber.
Signed: Ianthe Moravec, 09/09/2026
''',
"other/desert-sun-family-eob-2026-10-22.txt": r'''
DESERT SUN MANUFACTURING EMPLOYEE PPO (FICTIONAL) - FAMILY EXPLANATION OF BENEFITS    Date: 10/22/2026
Subscriber: Pavel Moravec                                                               Page 1 of 1
Patient             Service date   Provider                       Processed as   Plan paid
Pavel Moravec       10/02/2026     Rio Vista Imaging              primary        $412.00
Tomas Moravec       10/06/2026     Petroglyph Pediatrics          primary        $96.00
Ianthe Moravec      09/02/2026-    Sandia Foothills DBT Center    SECONDARY      $0.00
                    10/14/2026
Note for Ianthe Moravec: This plan pays second. The patient's student health plan, which covers her as its
member, pays first. Send us the primary plan's explanation of benefits.
''',
"other/dbt-intake-form-2025.txt": r'''
SANDIA FOOTHILLS DBT CENTER (FICTIONAL) - INTAKE FORM (first contact)                   Dated: 05/20/2025
Client: Ianthe Moravec   Insurance: Desert Sun Manufacturing Employee PPO (father's plan) - only coverage.
[Waitlisted 2025; not seen until 08/28/2026.]
''',
"clinical/dbt-progress-summary-2026-10-28.txt": r'''
SANDIA FOOTHILLS DBT CENTER (FICTIONAL) - PROGRESS SUMMARY                            Date: 10/28/2026
Client: Ianthe Moravec   DOB 04/11/2003   Therapist: Wren Castellanos-Poe, LPCC              Page 1 of 1
Borderline personality disorder (F60.3); major depressive disorder, recurrent, moderate (F33.1).
DBT program from 09/02/2026: weekly individual therapy and weekly skills group, 9 weeks to 10/28/2026.
PHQ-9 17 at intake (08/28/2026; passive thoughts of death, no plan), 11 on 10/28/2026; self-harm urges weekly in
September, none in October. Sertraline 100 mg daily since 10/2024, partial response, continued. Earlier CBT,
12 sessions 01/2024-04/2024, some benefit.
''',
"other/authorized-representative-form-2026-11-19.txt": r'''
RIO GRANDE SCHOLASTIC LIFE & HEALTH (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM      Date: 11/19/2026
Member: Ianthe Moravec (DOB 04/11/2003)
I appoint Lucinda Tafoya-Brandt, Student Insurance Advocate at Mesa Alta State University Student Health and
Counseling, to appeal claim RGS-26-1104-72260 for me and to receive my records for it.
Signed: Ianthe Moravec
''',
}

TRUTH = r'''
# 05 - University student health plan: DBT program denied as "other coverage primary" although the plan covers the student as its member and her father's plan as a dependent; first appeal by the university's student insurance advocate (FICTIONAL)

All people, plans, insurers, universities, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ianthe Moravec, 23 (DOB 04/11/2003), a graduate student, is covered by the **Mesa Alta State University Student
  Health Insurance Plan** (insured; individual-market coverage; 08/15/2026-08/14/2027) **as its member**, and by her
  father's **Desert Sun Manufacturing Employee PPO as a dependent child**.
- She had a **DBT program, 09/02-10/28/2026** (9 weeks: 90837 x 9, 90853 x 9; F60.3, F33.1) at Sandia Foothills DBT
  Center, a network provider.
- The EOB of **11/13/2026** (claim **RGS-26-1104-72260**, **CO-22**) says to submit to "the primary plan first",
  naming the father's plan.
- The student plan's Certificate, **Section 9.3**: the plan covering the person as a member or subscriber pays
  before the plan covering the person as a dependent; "A covered student is covered under this plan as a member."
  So **the student plan pays first**.
- She told the plan on **09/10/2026** (questionnaire) that she is a dependent child on her father's plan. The
  father's plan's family EOB of **10/22/2026** processed her DBT claims **as secondary** and says the student plan
  pays first (this EOB was not sent to the student plan before its decision).
- **Rule and stage:** individual-market coverage: 45 CFR 147.136(b)(3) (the ERISA claims rule's standards by
  reference); first internal appeal within 180 days (by about **05/12/2027** from the notice date); external review
  for denials that turn on medical judgment - this one does not.
- **Author:** the university's student insurance advocate, an authorized representative (form of 11/19/2026);
  writes about "Ms. Moravec".
- Expected answers (16) are in ANSWERS in case05.py, each checked by make_set.py in the document named.

## Deliberately unknown
- What the student plan would pay for the sessions: not in the case.
- Whether the father's plan would pay anything as secondary: not in the case (it paid $0.00 pending the primary).
- Whether New Mexico law adds anything to coordination of benefits for student plans: not in the case; a letter
  should rest on the plan's own Section 9.3.

## Traps
- **A plan document decides, not medicine:** no medical-necessity argument, no reviewer request.
- **Stale document:** the 2025 intake form says the father's plan was her "only coverage" - true in 05/2025, before
  the student plan began on 08/15/2026.
- **Other people:** the family EOB lists her father (Pavel) and brother (Tomas) and their claims.
- **Not "she has no other coverage":** she does; the point is the order, not its absence; never say the father's
  plan ended.
- **Sertraline continues** (partial response): never "failed" or "stopped". CBT 2024 gave some benefit: not a
  failed trial. Passive ideation at intake (08/28/2026) is not present risk to argue.
- **Wrong law:** not ERISA (the student plan is not an employer plan); no Medicare secondary payer rule; no
  birthday rule (that is for children covered by two parents' plans).
- **Voice:** the advocate writes about the student; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. Under the plan's own Section 9.3 the plan that covers her as its member pays before the plan that covers her as a
   dependent: the student plan is primary. Correct the coordination-of-benefits record and reprocess the claim as
   the first payer.
2. The plan was told on 09/10/2026 that she is a dependent on her father's plan; the father's plan itself processed
   her claims as secondary (family EOB of 10/22/2026), so no other plan is paying first.
3. Ask that later DBT claims be processed the same way.

## What a letter must NOT say
- "the father's plan is primary"; "no other coverage"; "the other coverage ended".
- "birthday rule"; "Medicare"; "ERISA"; "29 CFR 2560.503-1" as governing law.
- "Pavel Moravec's claim", "Tomas", "Rio Vista Imaging", "Petroglyph Pediatrics".
- "medically necessary" as the ground; "peer-to-peer".
- "failed sertraline"; "stopped sertraline"; "failed CBT".
'''

ANSWERS = [
    ("Claim number", "RGS-26-1104-72260", "denial/explanation-of-benefits-2026-11-13.txt"),
    ("Other coverage the denial names", "Desert Sun Manufacturing Employee PPO", "denial/explanation-of-benefits-2026-11-13.txt"),
    ("Denial's instruction", "Please submit the claim to the primary plan first", "denial/explanation-of-benefits-2026-11-13.txt"),
    ("Order rule", "pays before the plan that covers the person as a dependent", "other/student-plan-certificate-2026-2027-section-9-3.txt"),
    ("How the student plan covers her", "A covered student is covered under this plan as a member", "other/student-plan-certificate-2026-2027-section-9-3.txt"),
    ("Coverage period", "08/15/2026 through 08/14/2027", "other/student-plan-certificate-2026-2027-section-9-3.txt"),
    ("How the father's plan covers her", "[X] a dependent child", "other/other-coverage-questionnaire-2026-09-10.txt"),
    ("When the plan was told", "Received 09/10/2026", "other/other-coverage-questionnaire-2026-09-10.txt"),
    ("Father's plan's own processing", "This plan pays second", "other/desert-sun-family-eob-2026-10-22.txt"),
    ("Father's plan says who pays first", "The patient's student health plan, which covers her as its member, pays first", "other/desert-sun-family-eob-2026-10-22.txt"),
    ("Program dates", "DBT program from 09/02/2026", "clinical/dbt-progress-summary-2026-10-28.txt"),
    ("Sessions denied", "90837 x 9, 90853 x 9", "denial/explanation-of-benefits-2026-11-13.txt"),
    ("Drug still taken", "Sertraline 100 mg daily since 10/2024, partial response, continued", "clinical/dbt-progress-summary-2026-10-28.txt"),
    ("Stale intake", "only coverage", "other/dbt-intake-form-2025.txt"),
    ("Other person on the family EOB", "Tomas Moravec", "other/desert-sun-family-eob-2026-10-22.txt"),
    ("Response", "PHQ-9 17 at intake", "clinical/dbt-progress-summary-2026-10-28.txt"),
]
