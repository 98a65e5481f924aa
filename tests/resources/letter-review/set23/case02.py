"""Set 23, case 02 (FICTIONAL): FEHB annuitant; a TMS course denied CO-22 "Medicare Part B is primary" although her
Part B ended 12/31/2025 (SSA notice) and she told the carrier in January; OPM review, written by the patient."""

SLUG = "02-fehb-annuitant-tms-cob-part-b-ended-opm-review-patient"

CASE_YAML = """
# FICTIONAL CASE (set 23, case 02) - every person, plan, provider, number and address is invented.
# FEHB annuitant, 68, with Medicare Part A only since Part B ended 12/31/2025 (SSA notice of 11/14/2025, sent to the
# carrier 01/20/2026). A 36-treatment TMS course (06/01-07/31/2026, approved in advance by the carrier) was denied
# CO-22 "Medicare Part B is primary"; the carrier's reconsideration (10/29/2026) upheld it on a 2024 questionnaire.
# She asks OPM to review it herself.
patient:
  name: Harriet Vandermolen
  salutation: Ms. Vandermolen
  date_of_birth: 1958-07-22
  member_id: FICT-LWF-R20958817
  address: |-
    61 Orchard Spur Road
    Fallowmere, VA 22630
  phone: (540) 555-0139
  email: h.vandermolen@homemail.example
insurer:
  name: Lanternwood Federal Health Plan (FICTIONAL), administered by Lanternwood Benefit Services
  appeals_address: |-
    Lanternwood Benefit Services, Reconsiderations
    PO Box 70344
    Fallowmere, VA 22631
  fax: (540) 555-0182
claim:
  number: LWF-26-0806-331472
  plan_type: fehb
  notice_date: 2026-08-28
  service_dates: [2026-06-01, 2026-07-31]
  sessions: 36
  procedure_codes: ["90867", "90868", "90869"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    CO-22: This care may be covered by another payer per coordination of benefits. Medicare Part B is primary.
    Please send the Medicare Summary Notice.
  denial_category: coordination_of_benefits
  action: none
other_coverage:
  plan: Medicare Part B
  covered_here_as: annuitant (enrollee, Self and Family)
  ended: 2025-12-31
  reported: 2026-01-20
  proof:
    - other/ssa-part-b-termination-notice-2025-11-14.txt
    - other/fax-confirmation-2026-01-20.txt
plan_policy:
  name: Lanternwood Federal Health Plan 2026 brochure, Section 9 (Coordinating benefits with Medicare)
  quote: >-
    If you have Medicare Part A but not Part B, Medicare pays first only for the services Part A covers. For
    services Part A does not cover, such as physician services and other outpatient care, we pay first; for those
    services we may limit our payment to the amount Medicare would have allowed had you been enrolled in Part B.
  file: other/brochure-2026-section-9-excerpt.txt
prior_auth:
  approved:
    number: PA-26-0519-2207
    date: 2026-05-19
    covers: transcranial magnetic stimulation, up to 36 treatments from 06/01/2026 through 08/31/2026
    quote: >-
      Prior approval PA-26-0519-2207: transcranial magnetic stimulation (90867, 90868, 90869), up to 36
      treatments, 06/01/2026 through 08/31/2026. Benefits are subject to the terms of the brochure, including
      coordination of benefits.
    file: other/prior-approval-2026-05-19.txt
    from: 2026-06-01
    through: 2026-08-31
decisions:
  - date: 2026-10-29
    outcome: denied
    stage: reconsideration
    opens: OPM review
    next_deadline: 2027-01-27
    reason: >-
      Our records show you are enrolled in Medicare Part B (effective 07/01/2023). As an annuitant with Medicare
      Part B, Medicare is your primary payer for outpatient services. You have not sent a Medicare Summary Notice.
      The denial is upheld.
    corrections:
      - said: Our records show you are enrolled in Medicare Part B (effective 07/01/2023)
        record: >-
          The Social Security Administration's notice of 11/14/2025 says her Medicare Part B ends on 12/31/2025 at her
          request, and that her Part A continues; she faxed that notice to the carrier on 01/20/2026
        file: other/ssa-part-b-termination-notice-2025-11-14.txt
        page: 1
external_review:
  agency: United States Office of Personnel Management, Federal Employee Insurance Operations, Health Insurance Group 3
  address: |-
    Office of Personnel Management, Federal Employee Insurance Operations
    Health Insurance Group 3 (address FICTIONAL)
    PO Box 50817
    Washington, DC 20415
  final_denial_date: 2026-10-29
record_dates:
  - {file: other/ssa-part-b-termination-notice-2025-11-14.txt, date: 2025-11-14, sent: 2026-01-20, sent_proof: other/fax-confirmation-2026-01-20.txt}
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    A course of 36 TMS treatments (30 daily, then a 6-treatment taper) for recurrent major depression, approved in
    advance by the carrier.
clinical:
  severity: PHQ-9 22 on 05/11/2026 before TMS; PHQ-9 8 on 07/31/2026 at the end of the course
  severity_date: 2026-07-31
  suicidality: none
  suicidality_date: 2026-07-31
  response: PHQ-9 22 before the course, 8 at its end
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2019-02
      end: 2020-05
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode; tapered off in 2020
      evidence: {file: clinical/tms-course-summary-2026-07-31.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-03-03
      end: 2025-06-27
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response after 16 weeks
      evidence: {file: clinical/tms-course-summary-2026-07-31.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-07-07
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/tms-course-summary-2026-07-31.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (added to venlafaxine XR)
      start: 2025-11-03
      end: 2025-11-24
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia
      evidence: {file: clinical/tms-course-summary-2026-07-31.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-07
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/tms-course-summary-2026-07-31.txt, page: 1}
author:
  name: Harriet Vandermolen
  role: Patient (FEHB annuitant enrollee)
  relation: patient
  address: |-
    61 Orchard Spur Road
    Fallowmere, VA 22630
  phone: (540) 555-0139
  email: h.vandermolen@homemail.example
provider:
  name: Celestine Ambrose-Park
  credentials: MD
  npi: "1325476988"
  address: |-
    Blue Ridge Neuromodulation Clinic, 400 Depot Hill Drive, Suite 2
    Fallowmere, VA 22630
  phone: (540) 555-0150
reimbursement:
  amount_billed: "$10,800.00"
  amount_paid: "$0.00"
template: external-review-request
bates_prefix: VANDERMOLEN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/eob-2026-08-28.txt": """
LANTERNWOOD BENEFIT SERVICES (FICTIONAL) for the Lanternwood Federal Health Plan - High Option
EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 08/28/2026                Page 1

Enrollee: Harriet Vandermolen     Member ID: FICT-LWF-R20958817     Enrollment: Self and Family (annuitant)
Other coverage on file: Medicare Part A (07/01/2023); Medicare Part B (07/01/2023)

PATIENT: HARRIET VANDERMOLEN      Claim: LWF-26-0806-331472      Received: 08/06/2026
Provider: Blue Ridge Neuromodulation Clinic (Preferred provider)
Dates of service            Code     Units   Billed       Allowed   Paid    Code
06/01/2026                  90867    1       $400.00      $0.00     $0.00   CO-22
06/02/2026 - 07/31/2026     90868    34      $10,200.00   $0.00     $0.00   CO-22
06/22/2026                  90869    1       $200.00      $0.00     $0.00   CO-22

CO-22: This care may be covered by another payer per coordination of benefits. Medicare Part B is primary. Please
send the Medicare Summary Notice.

PATIENT: GERALD VANDERMOLEN (spouse)     Claim: LWF-26-0811-332905
Provider: Fallowmere Family Dental Surgery     07/29/2026   D0120   $95.00   $95.00   $95.00   Paid

Your right to ask us to reconsider: write to us within 6 months of the date of this notice. See Section 8 of your
brochure.
""",
    "denial/reconsideration-decision-2026-10-29.txt": """
LANTERNWOOD BENEFIT SERVICES (FICTIONAL) for the Lanternwood Federal Health Plan
RECONSIDERATION DECISION                                 Date: 10/29/2026             Page 1

To: Harriet Vandermolen, 61 Orchard Spur Road, Fallowmere, VA 22630
Member ID: FICT-LWF-R20958817     Claim: LWF-26-0806-331472
Your request dated 09/15/2026 asked us to reconsider our denial of transcranial magnetic stimulation by Blue Ridge
Neuromodulation Clinic, dates of service 06/01/2026 through 07/31/2026.

Decision: Our records show you are enrolled in Medicare Part B (effective 07/01/2023). As an annuitant with
Medicare Part B, Medicare is your primary payer for outpatient services. You have not sent a Medicare Summary
Notice. The denial is upheld. (Source of our Medicare information: your Other Coverage Questionnaire dated
03/02/2024.)

If you disagree with our decision, you may ask the Office of Personnel Management (OPM) to review it. You must
write to OPM within 90 days of the date of this letter. Send a copy of this letter, a copy of our initial
decision, and any other documents you want OPM to consider to: Office of Personnel Management, Federal Employee
Insurance Operations, Health Insurance Group 3 (address FICTIONAL), PO Box 50817, Washington, DC 20415.
""",
    "other/ssa-part-b-termination-notice-2025-11-14.txt": """
SOCIAL SECURITY ADMINISTRATION - NOTICE ABOUT YOUR MEDICARE (FICTIONAL COPY FOR A TEST CASE)
Date: 11/14/2025                                                                                  Page 1

Harriet Vandermolen, 61 Orchard Spur Road, Fallowmere, VA 22630
Medicare number: FICT-1EG4-TE5-MK72

We received your request of 10/06/2025 to end your Medicare Part B (medical insurance).
Your Part B coverage will end on 12/31/2025. We will stop charging the Part B premium after that month.
Your Medicare Part A (hospital insurance) is not affected and continues.
If you want Part B again later, you may enroll during a General Enrollment Period; a late enrollment penalty may
apply.
""",
    "other/fax-confirmation-2026-01-20.txt": """
FAX TRANSMISSION REPORT (FICTIONAL)                  Printed: 01/20/2026 2:18 pm        Page 1

From: Fallowmere Public Library business center, (540) 555-0197
To: Lanternwood Benefit Services, Member Services / Other Coverage, fax (540) 555-0184
Pages: 2 (cover sheet + SSA notice of 11/14/2025)
Result: OK - sent 01/20/2026 2:17 pm
Cover sheet note: "Member ID FICT-LWF-R20958817. Please update my other coverage: my Medicare Part B ended
12/31/2025. I have Medicare Part A only. - Harriet Vandermolen"
""",
    "other/brochure-2026-section-9-excerpt.txt": """
LANTERNWOOD FEDERAL HEALTH PLAN (FICTIONAL) - 2026 BROCHURE (excerpt)                  Page 1
A fee-for-service plan with a preferred provider organization, for federal employees and annuitants.

Section 9. Coordinating benefits with Medicare and other coverage
If you are an annuitant and have Medicare Part A and Part B, Medicare pays first for the services it covers, and we
pay second.
If you have Medicare Part A but not Part B, Medicare pays first only for the services Part A covers. For services
Part A does not cover, such as physician services and other outpatient care, we pay first; for those services we
may limit our payment to the amount Medicare would have allowed had you been enrolled in Part B.
Tell us promptly when your other coverage changes.

Section 8. The disputed claims process
Step 1: Ask us in writing to reconsider our initial decision within 6 months of the date of our decision.
Step 2: We will write to you with our decision within 30 days after we receive your request.
Step 3: If you disagree with our decision, you may ask OPM to review it within 90 days after the date of our letter
upholding our initial decision.
""",
    "other/prior-approval-2026-05-19.txt": """
LANTERNWOOD BENEFIT SERVICES (FICTIONAL) - PRIOR APPROVAL NOTICE       Date: 05/19/2026       Page 1

Member: Harriet Vandermolen     Member ID: FICT-LWF-R20958817
Provider: Blue Ridge Neuromodulation Clinic (Celestine Ambrose-Park, MD)
Prior approval PA-26-0519-2207: transcranial magnetic stimulation (90867, 90868, 90869), up to 36 treatments,
06/01/2026 through 08/31/2026. Benefits are subject to the terms of the brochure, including coordination of
benefits.
""",
    "other/other-coverage-questionnaire-2024-03-02.txt": """
LANTERNWOOD BENEFIT SERVICES (FICTIONAL) - OTHER COVERAGE QUESTIONNAIRE           Dated: 03/02/2024    Page 1

Member: Harriet Vandermolen     Member ID: FICT-LWF-R20958817
Do you have Medicare?  [X] Yes
  Part A effective: 07/01/2023     Part B effective: 07/01/2023
Do you have other group coverage?  [ ] Yes  [X] No
Signed: Harriet Vandermolen     03/02/2024
""",
    "clinical/tms-course-summary-2026-07-31.txt": """
BLUE RIDGE NEUROMODULATION CLINIC (FICTIONAL) - TMS COURSE SUMMARY        Date: 07/31/2026        Page 1

Patient: Harriet Vandermolen    DOB 07/22/1958    Physician: Celestine Ambrose-Park, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features.
Course: 36 treatments, 06/01/2026 through 07/31/2026 (30 daily treatments, then a 6-treatment taper); motor
threshold mapped 06/01 and measured again 06/22.
Measures: PHQ-9 22 on 05/11/2026 (before the course); PHQ-9 8 on 07/31/2026.
Safety: no suicidal ideation at any visit (last screened 07/31/2026).
Medication history:
- Escitalopram 20 mg, 02/2019 to 05/2020: remission of an earlier episode; tapered off in 2020.
- Bupropion XL 300 mg, 03/03/2025 to 06/27/2025: no response after 16 weeks.
- Venlafaxine XR 225 mg since 07/07/2025: continues; partial response.
- Aripiprazole 2 mg added to venlafaxine XR, 11/03/2025 to 11/24/2025: stopped after 3 weeks for akathisia.
- Trazodone 50 mg at bedtime for sleep since July 2025: continues.
Plan: continue venlafaxine XR; follow-up visits monthly.
""",
}

TRUTH = """
# 02 - FEHB annuitant: TMS denied "Medicare Part B is primary"; her Part B ended 12/31/2025; OPM review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harriet Vandermolen, 68 (DOB 07/22/1958), federal **annuitant** enrolled Self and Family in the **Lanternwood
  Federal Health Plan, High Option** (an FEHB plan; administrator Lanternwood Benefit Services).
- Medicare: **Part A** since 07/01/2023, continuing. **Part B** from 07/01/2023 **ended 12/31/2025** at her request
  (SSA notice of **11/14/2025**). She faxed the notice to the carrier on **01/20/2026** (fax report: "OK").
- TMS: **36 treatments, 06/01/2026 through 07/31/2026** (90867 x1, 90868 x34, 90869 x1; $10,800 billed), at Blue
  Ridge Neuromodulation Clinic (a Preferred provider), **approved in advance** by the carrier (PA-26-0519-2207, up to
  36 treatments 06/01-08/31/2026, "subject to ... coordination of benefits"). PHQ-9 22 -> 8 (a response).
- EOB **08/28/2026**: all lines CO-22, "Medicare Part B is primary. Please send the Medicare Summary Notice." The EOB
  still lists "Medicare Part B (07/01/2023)" as other coverage.
- Reconsideration decided **10/29/2026** (asked 09/15/2026), upheld on "Our records show you are enrolled in
  Medicare Part B (effective 07/01/2023)", whose source it names: her **Other Coverage Questionnaire of 03/02/2024**
  (stale: true then, not in 2026).
- The **2026 brochure, Section 9**: with Part A but not Part B, Medicare pays first only for services Part A covers;
  for services Part A does not cover (physician and other outpatient care) **the plan pays first**, and may limit its
  payment to what Medicare would have allowed. Outpatient TMS is not a Part A service, so **the plan is the primary
  payer** for this claim. No Medicare Summary Notice can exist: she had no Part B on any date of service.
- Next level: **OPM review**, within **90 days** of the 10/29/2026 letter: **by 01/27/2027** (5 CFR 890.105;
  brochure Section 8 step 3). Author: the patient herself ("I").

## Deliberately unknown
- The amount the plan will pay: the brochure lets it limit payment to the Medicare-allowed amount, which the case
  does not give; no dollar amount may be promised, and "pay the billed charges in full" is not owed.
- Whether the clinic will bill her the difference (not in dispute).
- Why the carrier did not act on the 01/20/2026 fax (only that it was sent and received "OK").

## Traps
- **She still has Medicare Part A.** "She has no Medicare" / "is not a Medicare beneficiary" is FALSE. The point is
  that Part B ended and Part A does not cover outpatient TMS.
- **The decision's stated fact** ("enrolled in Medicare Part B (effective 07/01/2023)") rests on a stale 2024
  questionnaire and is contradicted by SSA's notice; a letter that repeats it as true, or asks Medicare to pay
  first, is FALSE.
- **No Medicare Summary Notice exists** and none can be sent: never "Medicare denied the claim" or "the enclosed
  MSN".
- **Not a medical judgment:** the carrier approved the course in advance and the denial is about the order of
  payment. No medical-necessity argument, no trial count, no evidence paragraph, no peer-to-peer, no reviewer
  specialty request. If history is mentioned: venlafaxine XR is **continuing** with a partial response (never
  "failed"); trazodone 50 mg is a sleep dose (not a trial); escitalopram 2019-20 brought **remission** of an earlier
  episode (never a failure); aripiprazole 3 weeks for akathisia is not an adequate trial.
- **Another person on the EOB:** Gerald Vandermolen's paid dental claim (07/29/2026) is not part of the appeal.
- **Wrong law:** FEHB: 5 CFR 890.105 and the brochure (OPM's contract). Not ERISA, not 45 CFR 147.136, no external
  review by an IRO, no state insurance department, no Labor Department, no parity as a member's claim, and **not the
  Medicare Secondary Payer working-aged rule** (she is an annuitant, not covered through current employment).
- **Stage:** addressed to OPM (not the carrier "to forward"); it is OPM's review of the carrier's reconsideration.
- **Voice:** "I", "my Medicare Part B"; never "Ms. Vandermolen has ..." in her own signed letter.

## Arguments a strong letter makes (strongest first)
1. Her Medicare Part B **ended 12/31/2025** (SSA notice of 11/14/2025), five months before the first treatment
   (06/01/2026); under the brochure's own Section 9, with Part A but not Part B, the plan **pays first** for
   outpatient care Part A does not cover, which TMS is. Medicare cannot be primary for a claim it has no part in.
2. The carrier was told: she faxed the SSA notice on **01/20/2026** (fax report); its reconsideration rests on her
   **03/02/2024** questionnaire, which was true when signed and is no longer.
3. Ask OPM to direct the carrier to correct its other-coverage record and process the claim as the primary payer,
   under the prior approval PA-26-0519-2207 and the brochure's Part-A-only payment rule.

## What a letter must NOT say
- "enrolled in Medicare Part B" (as of 2026), "Medicare is primary", "Medicare denied", "enclosed Medicare Summary
  Notice", "she has no Medicare", "not entitled to Medicare".
- "pay the full billed amount" as owed; any dollar figure owed.
- "medically necessary" as the ground, "failed venlafaxine", "failed trazodone", "failed escitalopram", a count of
  failed trials, suicidal ideation.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "independent review organization", "state
  insurance department", "Department of Labor"/"EBSA", "42 U.S.C. 1395y(b)(1)(A)" / working-aged rule; anything about
  Gerald's claim.
- "Ms. Vandermolen has ..." in the narrative voice of her own letter.
"""

ANSWERS = [
    ("denial/eob-2026-08-28.txt", "Medicare Part B is primary. Please send the Medicare Summary Notice"),
    ("denial/eob-2026-08-28.txt", "Medicare Part B (07/01/2023)"),
    ("denial/eob-2026-08-28.txt", "06/02/2026 - 07/31/2026     90868    34"),
    ("denial/eob-2026-08-28.txt", "PATIENT: GERALD VANDERMOLEN (spouse)"),
    ("denial/reconsideration-decision-2026-10-29.txt", "Our records show you are enrolled in Medicare Part B (effective 07/01/2023)"),
    ("denial/reconsideration-decision-2026-10-29.txt", "your Other Coverage Questionnaire dated 03/02/2024"),
    ("denial/reconsideration-decision-2026-10-29.txt", "within 90 days of the date of this letter"),
    ("other/ssa-part-b-termination-notice-2025-11-14.txt", "Your Part B coverage will end on 12/31/2025"),
    ("other/ssa-part-b-termination-notice-2025-11-14.txt", "Your Medicare Part A (hospital insurance) is not affected and continues"),
    ("other/fax-confirmation-2026-01-20.txt", "Result: OK - sent 01/20/2026 2:17 pm"),
    ("other/fax-confirmation-2026-01-20.txt", "my Medicare Part B ended 12/31/2025"),
    ("other/brochure-2026-section-9-excerpt.txt", "For services Part A does not cover, such as physician services and other outpatient care, we pay first"),
    ("other/brochure-2026-section-9-excerpt.txt", "within 90 days after the date of our letter"),
    ("other/prior-approval-2026-05-19.txt", "up to 36 treatments, 06/01/2026 through 08/31/2026"),
    ("other/other-coverage-questionnaire-2024-03-02.txt", "Part B effective: 07/01/2023"),
    ("clinical/tms-course-summary-2026-07-31.txt", "36 treatments, 06/01/2026 through 07/31/2026"),
    ("clinical/tms-course-summary-2026-07-31.txt", "PHQ-9 8 on 07/31/2026"),
    ("clinical/tms-course-summary-2026-07-31.txt", "Venlafaxine XR 225 mg since 07/07/2025: continues; partial response"),
    ("clinical/tms-course-summary-2026-07-31.txt", "Trazodone 50 mg at bedtime for sleep"),
    ("clinical/tms-course-summary-2026-07-31.txt", "remission of an earlier episode"),
]
