"""Set 33 case 05 (FICTIONAL): Original Medicare, hospital IOP judged by the PHP's 20 hours; ALJ hearing request."""

SLUG = "05-original-medicare-iop-judged-by-php-20-hours-alj-hearing-adult-daughter"

CASE_YAML = r'''
# FICTIONAL CASE (set 33, case 05) - every person, plan, contractor, provider, number and address is invented.
# Original Medicare Part B, Arizona. Harriet Quillfeather, 71, attended a hospital intensive outpatient program
# (IOP) 08/03-09/25/2026, 12 hours a week. The MAC denied the claim (CO-50) and the QIC upheld it on 10/30/2026,
# both saying the record does not show "at least 20 hours of therapeutic services per week" - the partial
# hospitalization standard. Medicare's IOP standard is 9 hours a week. Her daughter, appointed on CMS-1696, asks for
# an ALJ hearing.
patient:
  name: Harriet Quillfeather
  salutation: Mrs. Quillfeather
  date_of_birth: 1955-06-14
  member_id: 7KQ2-WT5-HM83
  address: |-
    2219 East Calle Ocotillo
    Tucson, AZ 85719
  phone: (520) 555-0115
insurer:
  name: Original Medicare Part B (claims processed by Sonoran Plains Medicare Administrators, FICTIONAL MAC)
  appeals_address: |-
    Office of Medicare Hearings and Appeals - ALJ hearing requests (address as printed in the QIC decision; FICTIONAL)
    PO Box 90401
    Phoenix, AZ 85002
claim:
  number: 26-0811-40277615
  plan_type: medicare
  notice_date: 2026-08-21
  service_dates: [2026-08-03, 2026-09-25]
  sessions: 32
  setting: intensive_outpatient
  procedure_codes: [90853, 90834, G0410]
  revenue_codes: ["0905"]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-50]
  denial_reason: >-
    Not reasonable and necessary. Documentation does not show at least 20 hours of therapeutic services per week.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
decisions:
  - date: 2026-09-28
    outcome: denied
    stage: redetermination
    opens: reconsideration
    reason: >-
      Unfavorable. The medical record shows about 12 hours of program services per week. Program services require at
      least 20 hours of therapeutic services per week.
  - date: 2026-10-30
    outcome: denied
    stage: QIC reconsideration
    opens: ALJ hearing
    next_deadline: 2027-01-03
    reason: >-
      Unfavorable. The beneficiary attended 4 program days per week, about 12 hours per week. The documentation does
      not show at least 20 hours of therapeutic services per week as required for these services.
external_review:
  agency: Office of Medicare Hearings and Appeals (OMHA), administrative law judge hearing
  address: |-
    Office of Medicare Hearings and Appeals (address as printed in the QIC decision; FICTIONAL)
    PO Box 90401
    Phoenix, AZ 85002
  final_denial_date: 2026-10-30
medicare_coverage:
  name: Sonoran Plains Medicare Administrators Billing and Coding Article, Intensive Outpatient Program Services (FICTIONAL)
  number: A99712
  quote: >-
    An intensive outpatient program furnishes a distinct and organized outpatient program of psychiatric services for
    a patient whose physician certifies that the patient requires such services for a minimum of 9 hours per week.
    The 20-hour weekly minimum applies to partial hospitalization, not to intensive outpatient services. Bill IOP
    services on a type of bill 13X with condition code 92.
  file: other/billing-article-a99712-iop-excerpt.txt
payer_criteria:
  - criterion: A physician certifies that the patient requires IOP services for a minimum of 9 hours per week
    how_met: Certification signed 08/03/2026 by the attending psychiatrist; recertification 09/01/2026
    met: true
    evidence: {file: clinical/iop-certification-2026-08-03.txt, page: 1}
  - criterion: Services given under an individualized written plan of treatment
    how_met: Treatment plan of 08/03/2026, reviewed 09/01/2026
    met: true
    evidence: {file: clinical/iop-certification-2026-08-03.txt, page: 1}
  - criterion: At least 9 hours of IOP services per week
    how_met: 4 program days a week, 3 hours a day (12 hours a week), every week 08/03-09/25/2026
    met: true
    evidence: {file: clinical/iop-attendance-and-hours-2026.txt, page: 1}
treatment:
  name: Hospital intensive outpatient program (IOP) for depression, 4 days a week, 08/03-09/25/2026
  summary: >-
    An 8-week hospital IOP, 12 hours a week, for recurrent depression after her husband's death, certified by her
    psychiatrist as needing at least 9 hours a week.
clinical:
  severity: PHQ-9 19 on 08/03/2026; PHQ-9 9 on 09/25/2026
  severity_date: 2026-09-25
  suicidality: passive
  suicidality_date: 2026-08-03
  response: PHQ-9 19 (08/03/2026) to 9 (09/25/2026)
  response_level: response
  history:
    - drug: Mirtazapine
      dose: 30 mg daily
      start: 2026-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during and after the IOP
      evidence: {file: clinical/iop-certification-2026-08-03.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2026-06
      end: 2026-07
      adequate: false
      kind: other
      outcome: Sleep dose only; stopped when mirtazapine helped sleep
      evidence: {file: clinical/iop-certification-2026-08-03.txt, page: 1}
    - drug: Electroconvulsive therapy (2012 episode)
      dose: 10 treatments
      start: 2012-02
      end: 2012-04
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Remission in the 2012 episode; not a failed treatment
      evidence: {file: clinical/iop-certification-2026-08-03.txt, page: 1}
author:
  name: Noreen Quillfeather-Baines
  role: Daughter of the beneficiary, appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-08.txt
  address: |-
    88 North Alvernon Way, Apt 12
    Tucson, AZ 85711
  phone: (520) 555-0129
  email: noreen.qb@mail.example
provider:
  name: Saguaro Regional Hospital Behavioral Health Outpatient Services
  credentials: hospital outpatient department (Medicare-enrolled)
  npi: "1903766248"
  address: |-
    3100 East Grant Road
    Tucson, AZ 85716
  phone: (520) 555-0140
record_dates:
  - file: clinical/iop-certification-2026-08-03.txt
    date: 2026-08-03
  - file: clinical/iop-attendance-and-hours-2026.txt
    date: 2026-09-25
template: external-review-request
copies: [prescriber]
bates_prefix: QUILLFEATHER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/medicare-summary-notice-2026-08-21.txt": r'''
MEDICARE SUMMARY NOTICE (FICTIONAL REPRODUCTION FOR A TEST CASE)                 Notice date: 08/21/2026
Harriet Quillfeather   Medicare Number 7KQ2-WT5-HM83
Saguaro Regional Hospital Behavioral Health Outpatient Services, claim 26-0811-40277615, services from 08/03/2026
Rev 0905: 90853, 90834, G0410 - Medicare paid $0.00 - You may be billed: $0.00 (provider liable pending appeal)
CO-50: Not reasonable and necessary. Documentation does not show at least 20 hours of therapeutic services per week.
''',
    "denial/redetermination-2026-09-28.txt": r'''
SONORAN PLAINS MEDICARE ADMINISTRATORS (FICTIONAL MAC) - MEDICARE REDETERMINATION NOTICE        Date: 09/28/2026
Beneficiary: Harriet Quillfeather   Claim 26-0811-40277615 (services 08/03-09/25/2026)
Decision: Unfavorable. The medical record shows about 12 hours of program services per week. Program services
require at least 20 hours of therapeutic services per week.
''',
    "denial/qic-reconsideration-2026-10-30.txt": r'''
DESERT BASIN QUALIFIED INDEPENDENT CONTRACTOR (FICTIONAL QIC) - MEDICARE RECONSIDERATION     Date: 10/30/2026
Beneficiary: Harriet Quillfeather   Claim 26-0811-40277615   Appellant: the beneficiary
Decision: Unfavorable. The beneficiary attended 4 program days per week, about 12 hours per week. The documentation
does not show at least 20 hours of therapeutic services per week as required for these services.
Next step: you may ask for a hearing before an Administrative Law Judge (ALJ) of the Office of Medicare Hearings and
Appeals within 60 days of receiving this decision. We presume you received it 5 days after the date above. The
amount in controversy must meet the threshold for the year. Send the request to: PO Box 90401, Phoenix, AZ 85002
(FICTIONAL address for this test case).
''',
    "clinical/iop-certification-2026-08-03.txt": r'''
SAGUARO REGIONAL HOSPITAL (FICTIONAL) - INTENSIVE OUTPATIENT PROGRAM: PHYSICIAN CERTIFICATION AND PLAN
Date: 08/03/2026   Patient: Harriet Quillfeather   DOB 06/14/1955   Page 1 of 1
Attending psychiatrist: Dr. Esperanza Lindahl-Moreno, MD
Certification: "I certify that this patient requires intensive outpatient services for a minimum of 9 hours per
week." Signed 08/03/2026. Recertified 09/01/2026.
Plan of treatment: group psychotherapy, individual psychotherapy weekly, medication management; 4 days a week,
3 hours a day; reviewed 09/01/2026.
Diagnosis: major depressive disorder, recurrent, moderate (F33.1), after her husband's death (02/2026).
PHQ-9 19; passive wish not to wake up, no plan or intent. Medication: mirtazapine 30 mg daily since 05/2026,
partial response, continued; trazodone 25 mg at bedtime for sleep 06-07/2026, stopped. Earlier episode: ECT 2012,
10 treatments, remission.
''',
    "clinical/iop-attendance-and-hours-2026.txt": r'''
SAGUARO REGIONAL HOSPITAL (FICTIONAL) - IOP ATTENDANCE AND HOURS, 08/03-09/25/2026             Page 1 of 1
Patient: Harriet Quillfeather   Program days Mon, Tue, Thu, Fri, 9:00-12:00 (3 hours a day)
Weeks 1-8: 4 days attended every week; 12 hours a week; 32 program days in all. PHQ-9 9 at discharge 09/25/2026.
Group roster, week 1 (other participants, initials only): R.T., M.O., D.K. - not part of this claim.
''',
    "other/billing-article-a99712-iop-excerpt.txt": r'''
SONORAN PLAINS MEDICARE ADMINISTRATORS (FICTIONAL MAC) - BILLING AND CODING ARTICLE A99712 (excerpt)  Page 2 of 7
Intensive Outpatient Program Services
An intensive outpatient program furnishes a distinct and organized outpatient program of psychiatric services for a
patient whose physician certifies that the patient requires such services for a minimum of 9 hours per week. The
20-hour weekly minimum applies to partial hospitalization, not to intensive outpatient services. Bill IOP services
on a type of bill 13X with condition code 92.
''',
    "other/php-discharge-2023-other-program.txt": r'''
CATALINA FOOTHILLS BEHAVIORAL CENTER (FICTIONAL) - PARTIAL HOSPITALIZATION DISCHARGE, 2023
Patient: Harriet Quillfeather. Partial hospitalization 03/2023, 5 days a week, 20+ hours a week. (An earlier
program at another hospital; not the care in this claim.)
''',
    "other/cms-1696-appointment-2026-11-08.txt": r'''
APPOINTMENT OF REPRESENTATIVE (form CMS-1696 content, reproduced for a FICTIONAL test case)     Signed 11/08/2026
Beneficiary: Harriet Quillfeather, Medicare Number 7KQ2-WT5-HM83, appoints Noreen Quillfeather-Baines (daughter)
to act for her in the appeal of claim 26-0811-40277615. Representative accepts the appointment, 11/08/2026.
''',
}

TRUTH = r'''
# 05 - Original Medicare: a hospital intensive outpatient program judged by the partial hospitalization standard; ALJ hearing request by her daughter (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL); the Medicare number is an
invented MBI-shaped string.

## What is true
- Harriet Quillfeather, 71, Tucson, AZ, has **Original Medicare Part B**. She attended a **hospital intensive
  outpatient program 08/03-09/25/2026**: 4 days a week, 3 hours a day (**12 hours a week**, 32 program days), F33.1.
- Her psychiatrist **certified on 08/03/2026** (recertified 09/01) that she "requires intensive outpatient services
  for a minimum of 9 hours per week"; an individualized plan of treatment exists.
- The MSN of **08/21/2026** (CO-50), the MAC's **redetermination of 09/28/2026** and the **QIC's reconsideration of
  10/30/2026** all say the record does not show "at least 20 hours of therapeutic services per week" - the
  **partial hospitalization** minimum. Medicare's IOP benefit (from 01/01/2024) requires a physician's
  certification of need for a **minimum of 9 hours per week** (42 CFR 410.44 and 424.24(e), as I understand them;
  the fictional MAC article A99712 says the same and that the 20-hour minimum applies to PHP only).
- **Stage and rule:** ALJ hearing at OMHA, 42 CFR 405.1002 and 405.1014: **60 days from receipt of the QIC decision,
  receipt presumed 5 days after 10/30/2026: by 01/03/2027**; the amount in controversy must meet the year's
  threshold. The request goes to OMHA as the QIC decision directs, never to the MAC or QIC.
- **Author:** her daughter, appointed on **CMS-1696** (11/08/2026); she writes "my mother" / "Mrs. Quillfeather".

## Deliberately unknown
- The amount in controversy and the year's threshold: the claim's billed amount is not in the case; the letter must
  not state a figure or say the threshold is met as a number.
- Whether the hospital billed condition code 92 on a 13X bill: not in the record; the letter may not say either way.
- Whether an ALJ hearing will be by video or phone: not known.

## Traps
- **Rule/document, not clinical.** The winning point is that both decisions applied the PHP's 20-hour minimum to an
  IOP, whose standard is 9 hours; she had 12. The hours are **true** as the QIC states them (12 a week): the error is
  the standard, not the fact - a letter must not say the record shows 20 hours.
- **Stale/other program:** the 2023 PHP discharge (another hospital, 20+ hours a week) is not this care.
- **Other people on a document:** the roster initials (R.T., M.O., D.K.).
- **Drugs:** mirtazapine 30 mg continues with a partial response (an antidepressant dose: never "failed"/"stopped");
  trazodone 25 mg was a sleep dose; **ECT 2012 remitted** that episode - never a failure.
- **Suicidality:** passive wish not to wake up on 08/03/2026, no plan; never "active".
- **Wrong law:** no plan terms for Original Medicare ("the plan's own terms" is wrong), no ERISA, no 45 CFR 147.136,
  no MHPAEA (parity does not apply to Medicare), no Medicare Advantage rules (422.xxx), no state insurance department.
- **Stage:** an ALJ hearing request to OMHA answering the **QIC decision of 10/30/2026**, not a redetermination or a
  reconsideration; never "expedited".
- **Voice:** the daughter writes; never the beneficiary's "I".

## Arguments a strong letter makes (strongest first)
1. Every decision judged the IOP by the **partial hospitalization** standard (20 hours a week). Medicare's IOP benefit
   requires a certified need for **at least 9 hours a week**; her psychiatrist certified it on 08/03/2026 and
   recertified it on 09/01/2026, and she received **12 hours a week** every week (attendance record). The QIC's own
   finding ("about 12 hours per week") meets the IOP standard.
2. The other IOP conditions are met: an individualized plan of treatment (08/03/2026, reviewed 09/01/2026), program
   services given as planned; PHQ-9 19 -> 9.
3. Ask the ALJ to find the services covered as IOP services and the claim payable; a decision on the record is
   acceptable if the ALJ agrees, otherwise a hearing.

## What a letter must NOT say
- "20 hours per week were provided", "partial hospitalization" as the care given, the 2023 PHP as this care.
- "the plan's terms", "Evidence of Coverage", "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "42 CFR 422".
- "failed mirtazapine", "stopped mirtazapine", trazodone as a trial, "failed ECT"; "active suicidal ideation".
- "redetermination" or "reconsideration" as what this letter asks; "expedited"; an invented dollar figure.
- R.T., M.O. or D.K. as part of the claim.
'''

ANSWERS = [
    ("denial/medicare-summary-notice-2026-08-21.txt", "at least 20 hours of therapeutic services per week"),
    ("denial/qic-reconsideration-2026-10-30.txt", "about 12 hours per week"),
    ("denial/qic-reconsideration-2026-10-30.txt", "within 60 days of receiving this decision"),
    ("denial/qic-reconsideration-2026-10-30.txt", "We presume you received it 5 days after the date above"),
    ("denial/redetermination-2026-09-28.txt", "Program services require at least 20 hours"),
    ("clinical/iop-certification-2026-08-03.txt", "for a minimum of 9 hours per week"),
    ("clinical/iop-certification-2026-08-03.txt", "Recertified 09/01/2026"),
    ("clinical/iop-certification-2026-08-03.txt", "partial response, continued"),
    ("clinical/iop-certification-2026-08-03.txt", "ECT 2012, 10 treatments, remission"),
    ("clinical/iop-attendance-and-hours-2026.txt", "12 hours a week; 32 program days"),
    ("clinical/iop-attendance-and-hours-2026.txt", "not part of this claim"),
    ("other/billing-article-a99712-iop-excerpt.txt", "The 20-hour weekly minimum applies to partial hospitalization"),
    ("other/php-discharge-2023-other-program.txt", "not the care in this claim"),
    ("other/cms-1696-appointment-2026-11-08.txt", "appoints Noreen Quillfeather-Baines"),
    ("truth", "by 01/03/2027"),
    ("truth", "405.1014"),
]
