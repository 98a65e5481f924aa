"""Set 23, case 03 (FICTIONAL): Original Medicare Part B; ten psychotherapy visits with a licensed mental health
counselor denied as "provider not enrolled on the date of service", though the contractor's own approval letter
made her billing privileges effective 01/26/2026; redetermination filed by a SHIP volunteer counselor."""

SLUG = "03-original-medicare-counselor-enrollment-date-redetermination-ship-advocate"

CASE_YAML = """
# FICTIONAL CASE (set 23, case 03) - every person, plan, provider, number and address is invented.
# Original Medicare Part B (Ohio address). Weekly 45-minute psychotherapy (90834) with a licensed professional
# clinical counselor from 02/02/2026. Her Medicare enrollment was approved on 04/09/2026 with billing privileges
# effective 01/26/2026 (the contractor's own letter), but the contractor loaded 04/09/2026, so the MSN of 10/02/2026
# denied the ten visits 02/02-04/06 and paid 04/13-04/27. A volunteer counselor of the state's SHIP files the
# redetermination as the beneficiary's appointed representative (CMS-1696).
patient:
  name: Abigail Thornbury
  salutation: Mrs. Thornbury
  date_of_birth: 1953-03-08
  member_id: FICT-7QW2-HN4-RD61
  address: |-
    1207 Sycamore Landing
    Millbrook Ferry, OH 43068
  phone: (614) 555-0123
insurer:
  name: Original Medicare (Part B), claims processed by Lakeshore Medicare Services (FICTIONAL), the Medicare Administrative Contractor
  appeals_address: |-
    Lakeshore Medicare Services, Part B Redeterminations
    PO Box 182604
    Columbus Reach, OH 43218
  fax: (614) 555-0166
claim:
  number: LMS-26275-004815
  plan_type: medicare
  notice_date: 2026-10-02
  service_dates: [2026-02-02, 2026-02-09, 2026-02-16, 2026-02-23, 2026-03-02, 2026-03-09, 2026-03-16, 2026-03-23, 2026-03-30, 2026-04-06]
  procedure_codes: ["90834"]
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Medicare did not pay for this service because the provider was not enrolled in Medicare on the date you received
    it.
  denial_category: other
  denial_reasons: [other]
  coding_correct: true
  action: none
  corrections:
    - said: the provider was not enrolled in Medicare on the date you received it
      record: >-
        The contractor's own enrollment approval letter of 04/09/2026 says that Ines Montgomery-Vale, LPCC, has
        Medicare billing privileges effective 01/26/2026, before the first of these visits (02/02/2026)
      file: other/medicare-enrollment-approval-2026-04-09.txt
      page: 1
treatment:
  name: Outpatient psychotherapy with a licensed mental health counselor
  summary: >-
    Weekly 45-minute individual psychotherapy sessions (90834) for recurrent major depression, with a licensed
    professional clinical counselor enrolled in Medicare.
clinical:
  severity: PHQ-9 16 and GDS-15 11 on 02/02/2026; PHQ-9 9 on 04/27/2026
  severity_date: 2026-04-27
  suicidality: none
  suicidality_date: 2026-04-27
  history:
    - drug: Citalopram
      dose: 20 mg daily
      start: 2015-04
      end: 2016-06
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode after her husband's surgery; stopped in 2016
      evidence: {file: clinical/counseling-progress-summary-2026-04-27.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily (prescribed by her primary care physician)
      start: 2025-11
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/counseling-progress-summary-2026-04-27.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/counseling-progress-summary-2026-04-27.txt, page: 1}
author:
  name: Lorraine Adebayo-Kerr
  role: Volunteer Medicare counselor, Buckeye Valley Medicare Counseling Program (the state's SHIP), Mrs. Thornbury's appointed representative
  relation: representative
  address: |-
    Buckeye Valley Medicare Counseling Program, 90 Courthouse Square, Room 12
    Millbrook Ferry, OH 43068
  phone: (614) 555-0145
  email: ladebayo-kerr@bvmcp.example
  authorization: other/cms-1696-appointment-2026-11-12.txt
provider:
  name: Ines Montgomery-Vale
  credentials: LPCC
  npi: "1762093486"
  address: |-
    Quiet Harbor Counseling, 44 Kiln Street, Suite B
    Millbrook Ferry, OH 43068
  phone: (614) 555-0158
reimbursement:
  amount_billed: "$1,040.00"
  amount_paid: "$0.00"
bates_prefix: THORNBURY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/medicare-summary-notice-2026-10-02.txt": """
MEDICARE SUMMARY NOTICE FOR PART B (MEDICAL INSURANCE) - FICTIONAL COPY FOR A TEST CASE
Notice date: 10/02/2026                                                                          Page 1

Abigail Thornbury, 1207 Sycamore Landing, Millbrook Ferry, OH 43068     Medicare number: FICT-7QW2-HN4-RD61
Claims processed by: Lakeshore Medicare Services (FICTIONAL)

Claim number LMS-26275-004815 - Quiet Harbor Counseling (Ines Montgomery-Vale, LPCC), received 08/31/2026
Date of service   Service                                          Approved?  Amount charged  Maximum you may be billed
02/02/2026        Psychotherapy, 45 minutes (90834)                No (a)     $104.00          $104.00
02/09/2026        Psychotherapy, 45 minutes (90834)                No (a)     $104.00          $104.00
02/16/2026        Psychotherapy, 45 minutes (90834)                No (a)     $104.00          $104.00
02/23/2026        Psychotherapy, 45 minutes (90834)                No (a)     $104.00          $104.00
03/02/2026        Psychotherapy, 45 minutes (90834)                No (a)     $104.00          $104.00
03/09/2026        Psychotherapy, 45 minutes (90834)                No (a)     $104.00          $104.00
03/16/2026        Psychotherapy, 45 minutes (90834)                No (a)     $104.00          $104.00
03/23/2026        Psychotherapy, 45 minutes (90834)                No (a)     $104.00          $104.00
03/30/2026        Psychotherapy, 45 minutes (90834)                No (a)     $104.00          $104.00
04/06/2026        Psychotherapy, 45 minutes (90834)                No (a)     $104.00          $104.00
04/13/2026        Psychotherapy, 45 minutes (90834)                Yes        $104.00          $17.68
04/20/2026        Psychotherapy, 45 minutes (90834)                Yes        $104.00          $17.68
04/27/2026        Psychotherapy, 45 minutes (90834)                Yes        $104.00          $17.68

(a) Medicare did not pay for this service because the provider was not enrolled in Medicare on the date you
received it.

How to appeal: If you disagree with a coverage or payment decision, you may ask for a redetermination. Your appeal
must be received within 120 days of the date you get this notice. We assume you got this notice 5 days after the
notice date. Send your request to Lakeshore Medicare Services, Part B Redeterminations, PO Box 182604, Columbus
Reach, OH 43218.
""",
    "other/medicare-enrollment-approval-2026-04-09.txt": """
LAKESHORE MEDICARE SERVICES (FICTIONAL) - PROVIDER ENROLLMENT
MEDICARE ENROLLMENT APPROVAL LETTER                       Date: 04/09/2026                      Page 1

To: Ines Montgomery-Vale, LPCC, Quiet Harbor Counseling, 44 Kiln Street, Suite B, Millbrook Ferry, OH 43068
NPI: 1762093486      Specialty: Mental health counselor
We received your enrollment application on 02/25/2026 and have approved it.
Your Medicare billing privileges are effective 01/26/2026. You may submit claims for covered services you furnished
to Medicare beneficiaries on or after that date.
Participation status: participating (you accept assignment on all claims).
""",
    "other/provider-lookup-printout-2026-10-19.txt": """
LAKESHORE MEDICARE SERVICES (FICTIONAL) - PROVIDER ENROLLMENT LOOKUP (printout)      Printed: 10/19/2026  Page 1
Printed by: Buckeye Valley Medicare Counseling Program

Name: MONTGOMERY-VALE, INES     NPI: 1762093486     Specialty: Mental health counselor
Enrollment status: Approved     Enrollment effective date: 04/09/2026
Practice location: 44 Kiln Street, Suite B, Millbrook Ferry, OH 43068
""",
    "other/quiet-harbor-financial-agreement-2026-02-02.txt": """
QUIET HARBOR COUNSELING (FICTIONAL) - FINANCIAL AGREEMENT (intake form)            Dated: 02/02/2026    Page 1

Client: Abigail Thornbury
"Our counselor's Medicare enrollment is in process. We will bill Medicare for your visits once it is approved. If
Medicare does not pay, you agree to pay our fee of $104 per session."
Signed: Abigail Thornbury      02/02/2026
""",
    "other/quiet-harbor-statement-2026-10-20.txt": """
QUIET HARBOR COUNSELING (FICTIONAL) - PATIENT STATEMENT                 Date: 10/20/2026        Page 1

Client: Abigail Thornbury
Sessions 02/02/2026 through 04/06/2026 (10 sessions), denied by Medicare:  $1,040.00
Paid by client (10/23/2026, check 3318):                                   -$260.00
Balance:                                                                   $780.00
Sessions 04/13, 04/20 and 04/27/2026: Medicare paid; your coinsurance of $53.04 was paid 10/23/2026.
""",
    "other/cms-1696-appointment-2026-11-12.txt": """
APPOINTMENT OF REPRESENTATIVE (content of form CMS-1696) - FICTIONAL COPY FOR A TEST CASE        Page 1

Name of party: Abigail Thornbury      Medicare number: FICT-7QW2-HN4-RD61
I appoint Lorraine Adebayo-Kerr, volunteer counselor of the Buckeye Valley Medicare Counseling Program, to act as my
representative in connection with my claim or asserted right under Title XVIII of the Social Security Act (Medicare)
about claim LMS-26275-004815, and to receive any of my health information for that purpose.
Signature of party: Abigail Thornbury (signature on file)        Date: 11/12/2026
Acceptance: I accept this appointment. I will not charge a fee for representation.
Signature of representative: Lorraine Adebayo-Kerr (signature on file)   Date: 11/12/2026
Relationship to party: volunteer counselor, State Health Insurance Assistance Program
""",
    "clinical/counseling-progress-summary-2026-04-27.txt": """
QUIET HARBOR COUNSELING (FICTIONAL) - PSYCHOTHERAPY PROGRESS SUMMARY        Date: 04/27/2026        Page 1

Client: Abigail Thornbury    DOB 03/08/1953    Counselor: Ines Montgomery-Vale, LPCC
Diagnosis: F33.1 major depressive disorder, recurrent, moderate (after the death of her husband in October 2025).
Sessions: weekly, 45 minutes (90834), from 02/02/2026; 13 sessions to date (02/02 through 04/27/2026).
Measures: PHQ-9 16 and GDS-15 11 on 02/02/2026; PHQ-9 9 on 04/27/2026.
Safety: passive wish "to be with Tom" on 02/02/2026, no plan or intent; no suicidal ideation at any session since
03/09/2026 (last screened 04/27/2026).
Medication (by her primary care physician): sertraline 50 mg daily since November 2025, continues, partial
response; mirtazapine 7.5 mg at bedtime for sleep since November 2025. Earlier episode in 2015-16 remitted on
citalopram 20 mg.
Plan: continue weekly sessions through June 2026, then every two weeks.
""",
}

TRUTH = """
# 03 - Original Medicare: counselor's visits denied "provider not enrolled"; her billing privileges were effective 01/26/2026; redetermination (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Abigail Thornbury, 73 (DOB 03/08/1953), has **Original Medicare Part B** (Ohio address); claims are processed by
  the Medicare Administrative Contractor, Lakeshore Medicare Services.
- Weekly 45-minute psychotherapy (**90834**, $104 a visit) with **Ines Montgomery-Vale, LPCC**, a licensed
  professional clinical counselor, from **02/02/2026**. The ten visits **02/02 through 04/06/2026** ($1,040) are at
  issue; the visits of 04/13, 04/20 and 04/27/2026 on the same notice were **paid** and are not at issue.
- The contractor's own **enrollment approval letter of 04/09/2026**: application received 02/25/2026, approved;
  **billing privileges effective 01/26/2026**; participating. Every visit at issue is after 01/26/2026.
- The **MSN of 10/02/2026** denied the ten visits: "the provider was not enrolled in Medicare on the date you
  received it". The contractor's provider lookup (printed 10/19/2026) shows an enrollment effective date of
  **04/09/2026** - the approval date, not the effective date the approval letter gives: that is where the denials
  come from (the three visits after 04/09 were paid).
- She has paid the practice $260 toward the denied visits (statement 10/20/2026; balance $780).
- Stage: **redetermination** by the contractor, **120 days from receipt** of the MSN; receipt is presumed 5 days
  after the notice date: **by 02/04/2027** (counted without the 5 days: 01/30/2027) (42 CFR 405.942). The
  contractor decides within 60 days (42 CFR 405.950). Next: reconsideration by a QIC (42 CFR 405.962).
- Author: Lorraine Adebayo-Kerr, volunteer counselor of the state's SHIP (Buckeye Valley Medicare Counseling
  Program), appointed representative by form CMS-1696 of **11/12/2026** (no fee). Not a clinician, not a lawyer.

## Deliberately unknown
- Why the contractor loaded the approval date as the effective date (only that its lookup shows 04/09/2026).
- Whether the practice may keep what she paid once Medicare pays (it participates; a refund is to be expected but is
  not in the record): the letter may ask that the visits be paid; it should not promise her a refund amount.
- The Medicare-allowed amount for the ten visits (the MSN shows approved amounts only for the paid three): no
  dollar figure Medicare owes may be stated.

## Traps
- **The decision's stated fact** ("the provider was not enrolled ... on the date you received it") is contradicted
  by the contractor's own approval letter; a letter that concedes she was not enrolled, or asks Medicare to excuse
  it, is FALSE.
- **Stale form:** the practice's intake financial agreement (02/02/2026) says "Medicare enrollment is in process";
  that was true then and does not mean the visits were outside her billing privileges, which were made effective
  01/26/2026 retroactively. Never quote it as proof she was not enrolled.
- **The provider lookup is the error, not the truth:** "effective 04/09/2026" is the contractor's wrong entry.
- **Only ten visits are at issue**, 02/02-04/06/2026; never "13 visits denied", never the paid visits.
- **Not a medical judgment:** no medical-necessity argument, no evidence paragraph, no literature, no peer-to-peer,
  no trial count. If history is mentioned: sertraline is **continuing** with a partial response (never "failed");
  mirtazapine 7.5 mg is a sleep dose (not a trial); citalopram 2015-16 brought **remission** of an earlier episode.
  The passive wish of 02/02/2026 is history; none since 03/09/2026: never "current suicidal ideation".
- **Original Medicare has no plan:** no "plan terms", "the plan's policy", "the plan's exception process", "medical
  director", peer-to-peer, external review, parity, ERISA, state insurance department; no 72-hour expedited appeal
  of a claim. Not a Medicare Advantage reconsideration (42 CFR 422.578 ff. do not apply).
- **Voice:** the SHIP counselor writes about "Mrs. Thornbury" as her appointed representative; never "I received
  therapy", never as her counselor or clinician (she is not Ines Montgomery-Vale), never "Dr.".

## Arguments a strong letter makes (strongest first)
1. The contractor's own **approval letter of 04/09/2026** made Ines Montgomery-Vale's Medicare billing privileges
   **effective 01/26/2026**; all ten denied visits (**02/02-04/06/2026**) came after that date, so the provider was
   enrolled for them. The only contrary entry is the lookup's "04/09/2026", the approval date, which the letter
   itself distinguishes from the effective date.
2. Ask the contractor to correct its enrollment record to the effective date in its letter and pay the ten visits
   as it paid the three after 04/09/2026 (same service, same counselor, same notice).
3. Enclose the MSN, the approval letter, the lookup printout, the CMS-1696 and the progress summary; ask for the
   decision within 60 days (42 CFR 405.950).

## What a letter must NOT say
- "was not enrolled", "enrollment was pending on the dates of service" (as true), "we ask Medicare to excuse",
  "waiver", "good cause" for lateness (the appeal is on time).
- "13 visits denied", "$1,352 denied".
- "medically necessary" as the ground, "failed sertraline", "failed mirtazapine", a count of failed trials,
  "current suicidal ideation".
- "the plan", "plan terms", "peer-to-peer", "external review", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136",
  "42 CFR 422.", parity, "state insurance department", "expedited (72-hour) appeal".
- "I received", "my therapy" (the author is not the patient); "as her counselor", "Dr. Adebayo-Kerr".
"""

ANSWERS = [
    ("denial/medicare-summary-notice-2026-10-02.txt", "the provider was not enrolled in Medicare on the date you received it"),
    ("denial/medicare-summary-notice-2026-10-02.txt", "04/06/2026        Psychotherapy, 45 minutes (90834)                No (a)"),
    ("denial/medicare-summary-notice-2026-10-02.txt", "04/13/2026        Psychotherapy, 45 minutes (90834)                Yes"),
    ("denial/medicare-summary-notice-2026-10-02.txt", "within 120 days of the date you get this notice"),
    ("denial/medicare-summary-notice-2026-10-02.txt", "We assume you got this notice 5 days after the notice date"),
    ("other/medicare-enrollment-approval-2026-04-09.txt", "Your Medicare billing privileges are effective 01/26/2026"),
    ("other/medicare-enrollment-approval-2026-04-09.txt", "We received your enrollment application on 02/25/2026"),
    ("other/provider-lookup-printout-2026-10-19.txt", "Enrollment effective date: 04/09/2026"),
    ("other/quiet-harbor-financial-agreement-2026-02-02.txt", "Our counselor's Medicare enrollment is in process"),
    ("other/quiet-harbor-statement-2026-10-20.txt", "Balance:                                                                   $780.00"),
    ("other/cms-1696-appointment-2026-11-12.txt", "I will not charge a fee for representation"),
    ("clinical/counseling-progress-summary-2026-04-27.txt", "sertraline 50 mg daily since November 2025, continues, partial"),
    ("clinical/counseling-progress-summary-2026-04-27.txt", "mirtazapine 7.5 mg at bedtime for sleep"),
    ("clinical/counseling-progress-summary-2026-04-27.txt", "Earlier episode in 2015-16 remitted on"),
    ("clinical/counseling-progress-summary-2026-04-27.txt", "no suicidal ideation at any session since 03/09/2026"),
]
