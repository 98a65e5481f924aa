"""Case 02 (FICTIONAL): Medicare Advantage HMO, July TMS denied as before coverage; reconsideration by the daughter."""

SLUG = "medicare-advantage-hmo-tms-enrollment-effective-date-reconsideration-adult-daughter"

JULY = ("2026-07-07, 2026-07-08, 2026-07-09, 2026-07-10, 2026-07-13, 2026-07-14, 2026-07-15, 2026-07-16, "
        "2026-07-17, 2026-07-20, 2026-07-21, 2026-07-22, 2026-07-23, 2026-07-24, 2026-07-27, 2026-07-28, "
        "2026-07-29, 2026-07-30, 2026-07-31")

CASE_YAML = r'''
# FICTIONAL CASE (set 30, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Illinois. Maureen Tillotson-Reyes turned 65 on 06/14/2026 (Parts A and B from 06/01/2026)
# and enrolled in the plan on 06/18/2026; the plan's own confirmation letter and ID card say coverage began
# 07/01/2026. The plan approved a TMS course on 07/02/2026 and paid the August treatments, but denied the 19 July
# treatments (CO-26) saying coverage begins 08/01/2026. Her daughter, appointed on CMS-1696, asks for reconsideration.
patient:
  name: Maureen Tillotson-Reyes
  salutation: Mrs. Tillotson-Reyes
  date_of_birth: 1961-06-14
  member_id: FICT-LSA-70914426
  address: |-
    5519 North Kenmore Avenue, Apt. 2B
    Chicago, IL 60640
  phone: (773) 555-0119
insurer:
  name: Lakeshore Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Lakeshore Senior Advantage - Appeals and Grievances (address FICTIONAL)
    PO Box 60288
    Chicago, IL 60606
  fax: (312) 555-0172
claim:
  number: LSA-26-1009-283310
  plan_type: medicare_advantage
  notice_date: 2026-10-09
  appeal_deadline: 2026-12-13
  deadline_basis: >-
    Notice of 10/09/2026: "you must ask for a reconsideration within 65 days of the date of this notice"
  service_dates: [JULY]
  sessions: 19
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-26]
  denial_reason: >-
    Expenses incurred prior to coverage. Our records show the member's coverage with Lakeshore Senior Advantage HMO
    begins 08/01/2026. Services from 07/07/2026 through 07/31/2026 were provided before the coverage effective date
    and are not covered. (CARC 26)
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
  corrections:
    - said: Our records show the member's coverage with Lakeshore Senior Advantage HMO begins 08/01/2026.
      record: >-
        The plan's own enrollment confirmation of 06/24/2026 says "Your coverage with Lakeshore Senior Advantage HMO
        begins on 07/01/2026", and the member ID card it issued shows "Effective 07/01/2026".
      file: other/enrollment-confirmation-2026-06-24.txt
      page: 1
eligibility:
  why: >-
    She enrolled on 06/18/2026, in her Initial Enrollment Period, after her Parts A and B began on 06/01/2026; the plan
    confirmed in writing that her coverage began 07/01/2026 and issued a card with that date. The 08/01/2026 date is
    not on any enrollment document.
  start: 2026-07-01
  coverage: Lakeshore Senior Advantage HMO coverage
  record:
    name: Lakeshore Senior Advantage enrollment confirmation letter
    date: 2026-06-24
    file: other/enrollment-confirmation-2026-06-24.txt
    page: 1
  proof: [other/enrollment-confirmation-2026-06-24.txt, other/member-id-card-2026.txt]
prior_auth:
  approved:
    number: PA-26-0702-5561
    date: 2026-07-02
    covers: 36 TMS treatments (90867 x1, 90868 x35) from 07/06/2026 through 09/30/2026
    quote: >-
      Approved: transcranial magnetic stimulation, 36 treatments, 07/06/2026 through 09/30/2026. Approval is subject
      to the member's eligibility on the date of service.
    file: other/tms-authorization-approval-2026-07-02.txt
    from: 2026-07-06
    through: 2026-09-30
    lines:
      - {code: [90867, 90868], units: 36, given: 36}
treatment:
  name: Transcranial magnetic stimulation (TMS), 19 treatments 07/07/2026-07/31/2026 (of a 36-treatment course)
  summary: >-
    A 36-treatment TMS course for recurrent severe depression, approved by the plan on 07/02/2026; PHQ-9 23 before
    it and 9 after it.
clinical:
  severity: PHQ-9 9 on 09/02/2026 (23 on 07/06/2026, before TMS)
  severity_date: 2026-09-02
  suicidality: passive
  suicidality_date: 2026-07-06
  response: PHQ-9 23 (07/06/2026) to 9 (09/02/2026) after 36 treatments
  response_level: response
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during and after TMS
      evidence: {file: clinical/tms-course-summary-2026-09-02.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2023-10
      end: 2024-05
      weeks: 30
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response; stopped
      evidence: {file: clinical/tms-course-summary-2026-09-02.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-02
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-course-summary-2026-09-02.txt, page: 1}
    - drug: Bupropion SR
      dose: 300 mg daily
      start: 2011-04
      end: 2013-01
      kind: antidepressant
      response: remission
      outcome: Remission of the 2011 episode (earlier episode, not a failed trial)
      evidence: {file: clinical/tms-course-summary-2026-09-02.txt, page: 1}
author:
  name: Celeste Tillotson-Reyes
  role: Daughter of the member, appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-10-20.txt
  address: |-
    2210 West Foster Avenue
    Chicago, IL 60625
  phone: (773) 555-0128
  email: celeste.tr@mail.example
provider:
  name: Oduya Fairweather
  credentials: MD
  npi: "1588302715"
  address: |-
    North Shore Neuromodulation Center (FICTIONAL), 1900 West Lawrence Avenue, Suite 5
    Chicago, IL 60640
  phone: (773) 555-0150
record_dates:
  - file: clinical/tms-course-summary-2026-09-02.txt
    date: 2026-09-02
bates_prefix: TILLOTSONREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''.replace("[JULY]", "[" + JULY + "]")

DOCS = {
    "denial/explanation-of-benefits-2026-10-09.txt": """
LAKESHORE SENIOR ADVANTAGE HMO (FICTIONAL) - MEDICARE ADVANTAGE
EXPLANATION OF BENEFITS / NOTICE OF DENIAL OF PAYMENT                        Date of this notice: 10/09/2026
Member: Maureen Tillotson-Reyes   Member ID FICT-LSA-70914426   Claim: LSA-26-1009-283310
Page 1 of 1

Provider: North Shore Neuromodulation Center (in network). Authorization PA-26-0702-5561.
07/07/2026 90867 x1; 07/08/2026-07/31/2026 90868 x18        billed $6,840.00   paid $0.00
Reason: Expenses incurred prior to coverage. Our records show the member's coverage with Lakeshore Senior
Advantage HMO begins 08/01/2026. Services from 07/07/2026 through 07/31/2026 were provided before the coverage
effective date and are not covered. (CARC 26)

(Claim LSA-26-0925-271804, 17 treatments 08/03/2026-08/31/2026, was paid on 09/25/2026.)

If you disagree, you may ask us for a reconsideration. You must ask for a reconsideration within 65 days of the
date of this notice. Write to Lakeshore Senior Advantage - Appeals and Grievances, PO Box 60288, Chicago, IL 60606,
or fax (312) 555-0172.
""",
    "clinical/tms-course-summary-2026-09-02.txt": """
NORTH SHORE NEUROMODULATION CENTER (FICTIONAL) - TMS COURSE SUMMARY                Date: 09/02/2026
Patient: Maureen Tillotson-Reyes   DOB 06/14/1961   Psychiatrist: Oduya Fairweather, MD (NPI 1588302715)
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 36 treatments, 07/07/2026-08/31/2026 (30 daily treatments 07/07-08/17, taper of 6 treatments 08/19-08/31).
First treatment with motor threshold (90867) on 07/07/2026; 90868 thereafter.
PHQ-9 23 on 07/06/2026 (passive wish not to wake up, no plan); PHQ-9 9 on 09/02/2026, no suicidal ideation.
Medications: sertraline 200 mg daily since 09/2024, partial response, continued; venlafaxine XR 225 mg 10/2023-
05/2024, no response; mirtazapine 7.5 mg at bedtime for sleep since 02/2025; bupropion SR 300 mg 2011-2013,
remission of an earlier episode.
""",
    "other/enrollment-confirmation-2026-06-24.txt": """
LAKESHORE SENIOR ADVANTAGE HMO (FICTIONAL)
CONFIRMATION OF ENROLLMENT                                                     Date: 06/24/2026
To: Maureen Tillotson-Reyes, 5519 North Kenmore Avenue, Apt. 2B, Chicago, IL 60640
Page 1 of 1

We received your enrollment request on 06/18/2026 (Initial Enrollment Period). Medicare has confirmed your
enrollment. Your coverage with Lakeshore Senior Advantage HMO begins on 07/01/2026.
Your member ID: FICT-LSA-70914426. Your card is enclosed.
""",
    "other/member-id-card-2026.txt": """
LAKESHORE SENIOR ADVANTAGE HMO (FICTIONAL) - MEMBER ID CARD (copy, front)
Member: MAUREEN TILLOTSON-REYES   ID FICT-LSA-70914426   Effective 07/01/2026
PCP: Uptown Family Medicine (FICTIONAL)   Member services (312) 555-0170
Page 1 of 1
""",
    "other/tms-authorization-approval-2026-07-02.txt": """
LAKESHORE SENIOR ADVANTAGE HMO (FICTIONAL) - NOTICE OF AUTHORIZATION            Date: 07/02/2026
Member: Maureen Tillotson-Reyes   Member ID FICT-LSA-70914426   Authorization: PA-26-0702-5561
Provider: North Shore Neuromodulation Center
Page 1 of 1

Approved: transcranial magnetic stimulation, 36 treatments, 07/06/2026 through 09/30/2026. Approval is subject to the
member's eligibility on the date of service.
""",
    "other/clinic-insurance-verification-2026-06-30.txt": """
NORTH SHORE NEUROMODULATION CENTER (FICTIONAL) - INSURANCE VERIFICATION (front desk)     Date: 06/30/2026
Patient: Maureen Tillotson-Reyes
Page 1 of 1

Coverage on file at intake (05/2026): Prairie State Silver PPO (Marketplace plan), ends 06/30/2026.
Update 06/30/2026: new coverage Lakeshore Senior Advantage HMO from 07/01/2026 (card seen); authorization requested
07/01/2026.
(The first line describes the plan she had before Medicare.)
""",
    "other/tms-treatment-schedule-week-2026-07-06.txt": """
NORTH SHORE NEUROMODULATION CENTER (FICTIONAL) - TREATMENT ROOM SCHEDULE, WEEK OF 07/06/2026
Page 1 of 1

Tue 07/07  09:00  M. Tillotson-Reyes   motor threshold + treatment 1
Tue 07/07  10:00  R. Kowalczyk          treatment 14
Wed 07/08  09:00  M. Tillotson-Reyes   treatment 2
(R. Kowalczyk is another patient.)
""",
    "other/cms-1696-appointment-2026-10-20.txt": """
APPOINTMENT OF REPRESENTATIVE (Form CMS-1696, copy; FICTIONAL)
Beneficiary: Maureen Tillotson-Reyes   Medicare plan member ID FICT-LSA-70914426
I appoint Celeste Tillotson-Reyes (daughter), 2210 West Foster Avenue, Chicago, IL 60625, to act as my
representative in connection with my claim or asserted right under Medicare.
Signed: Maureen Tillotson-Reyes, 10/20/2026.   Accepted: Celeste Tillotson-Reyes, 10/20/2026.
Page 1 of 1
""",
}

TRUTH = r'''
# 02 - Medicare Advantage HMO: July TMS denied as "before coverage"; reconsideration by the adult daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Maureen Tillotson-Reyes, **65** (DOB 06/14/1961), Chicago, IL, has Parts A and B from 06/01/2026 and enrolled in
  **Lakeshore Senior Advantage HMO** (Medicare Advantage) on **06/18/2026**, in her Initial Enrollment Period.
- The plan's **enrollment confirmation of 06/24/2026**: "Your coverage with Lakeshore Senior Advantage HMO begins on
  **07/01/2026**"; her **ID card**: "Effective 07/01/2026".
- The plan **approved** TMS (PA-26-0702-5561, **07/02/2026**): 36 treatments, 07/06-09/30/2026, "subject to the
  member's eligibility on the date of service".
- She had **36 TMS treatments, 07/07-08/31/2026** (30 daily to 08/17, taper of 6 to 08/31) with an in-network
  psychiatrist. The plan **paid** the 17 August treatments (claim LSA-26-0925-271804) and **denied the 19 July
  treatments** (claim **LSA-26-1009-283310**, 07/07-07/31, 90867 x1 and 90868 x18, **CO-26**, notice **10/09/2026**):
  "coverage ... begins 08/01/2026".
- PHQ-9 23 -> 9. Medical necessity is not disputed (the plan approved the course).
- **Stage and rule:** reconsideration of a payment denial by a Medicare Advantage plan, 42 CFR 422.578-422.590:
  **65 days from the notice date: by 12/13/2026** (the notice's own sentence); payment reconsideration decided within
  60 days (422.590(b)); an upheld denial goes to the independent review entity automatically (422.592).
- **Author:** her daughter, **appointed representative on CMS-1696** (10/20/2026); she writes "my mother".

## Deliberately unknown
- Why the plan's system holds 08/01/2026 (a late enrollment transaction, a keying error): not known; a letter may ask
  the plan to correct its record, not say why it is wrong.
- Whether the plan's records show any gap in Medicare's own enrollment data: not in the case.
- Whether the provider was paid for July by anyone else: no; the July claim was billed only to this plan. A letter
  must not say the Marketplace plan or Original Medicare paid.

## Traps
- **A date, not medicine.** The winning point is the plan's **own** confirmation letter and ID card: coverage from
  **07/01/2026**; every July date of service (07/07-07/31) falls within it. No medical-necessity argument, no
  peer-to-peer, no clinical reviewer request, no evidence paragraph.
- **The notice's stated fact the record contradicts:** "coverage ... begins 08/01/2026".
- **Approval subject to eligibility:** the 07/02 approval is not the answer to an eligibility denial and must not lead;
  it may be mentioned as consistent with the enrollment.
- **Stale document:** the clinic's insurance verification lists her **Prairie State Silver PPO** (Marketplace), which
  ended 06/30/2026 - not other coverage on any July date; never a coordination-of-benefits argument.
- **Other person on a document:** the treatment schedule lists **R. Kowalczyk**, another patient.
- **Drugs:** sertraline continues with a partial response (never "failed"/"stopped"); mirtazapine 7.5 mg is a sleep
  dose; bupropion SR 2011-2013 brought remission of an earlier episode (never a failure).
- **Suicidality:** passive on 07/06/2026 only (history, with its date), none on 09/02/2026.
- **Wrong law:** no ERISA, 45 CFR 147.136, external review request, state insurance department as the route, parity
  (MHPAEA does not reach Medicare); the IRE is automatic, so the letter must not ask the member to file with it.
- **Voice:** the daughter writes "I" for herself and "my mother"; never the mother's "I".

## Arguments a strong letter makes (strongest first)
1. The plan's own **enrollment confirmation of 06/24/2026** and **ID card** show coverage from **07/01/2026**; all 19
   treatments of 07/07-07/31/2026 fall within it. Correct the enrollment record and pay the claim as the August
   treatments were paid.
2. The notice's "begins 08/01/2026" is contradicted by those records (one sentence, with the exhibits).
3. The plan itself approved the course on 07/02/2026 for 07/06-09/30/2026; with eligibility shown, that approval
   covers the July treatments (supporting point, not the ground).

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "the evidence"; a request for a psychiatrist reviewer.
- "coverage began 08/01/2026"; "before her coverage"; "good cause" for late filing (it is on time).
- "Prairie State" as other coverage; "coordination of benefits"; "Kowalczyk".
- "failed sertraline"; mirtazapine as a trial; "failed bupropion".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA", "parity".
'''

ANSWERS = [
    ("other/enrollment-confirmation-2026-06-24.txt", "Your coverage with Lakeshore Senior Advantage HMO begins on 07/01/2026."),
    ("other/member-id-card-2026.txt", "Effective 07/01/2026"),
    ("denial/explanation-of-benefits-2026-10-09.txt", "coverage with Lakeshore Senior Advantage HMO begins 08/01/2026"),
    ("denial/explanation-of-benefits-2026-10-09.txt", "within 65 days of the date of this notice"),
    ("denial/explanation-of-benefits-2026-10-09.txt", "17 treatments 08/03/2026-08/31/2026, was paid on 09/25/2026"),
    ("other/tms-authorization-approval-2026-07-02.txt", "subject to the member's eligibility on the date of service"),
    ("other/enrollment-confirmation-2026-06-24.txt", "We received your enrollment request on 06/18/2026 (Initial Enrollment Period)"),
    ("clinical/tms-course-summary-2026-09-02.txt", "PHQ-9 23 on 07/06/2026"),
    ("clinical/tms-course-summary-2026-09-02.txt", "sertraline 200 mg daily since 09/2024, partial response, continued"),
    ("clinical/tms-course-summary-2026-09-02.txt", "mirtazapine 7.5 mg at bedtime for sleep"),
    ("clinical/tms-course-summary-2026-09-02.txt", "remission of an earlier episode"),
    ("other/clinic-insurance-verification-2026-06-30.txt", "Prairie State Silver PPO (Marketplace plan), ends 06/30/2026"),
    ("other/tms-treatment-schedule-week-2026-07-06.txt", "R. Kowalczyk"),
    ("other/cms-1696-appointment-2026-10-20.txt", "Form CMS-1696"),
    ("case.yaml", "appeal_deadline: 2026-12-13"),
    ("truth", "422.592"),
]
