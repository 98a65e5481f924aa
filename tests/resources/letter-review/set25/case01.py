"""Set 25, case 01 (FICTIONAL): Medicaid fee-for-service, adult; outpatient ECT denied as care before coverage
began, although the state's own approval notice grants retroactive coverage from June 1, 2026. Fair hearing is the
first step; the patient's adult son, his authorized representative, writes."""

SLUG = "01-medicaid-ffs-ect-retroactive-eligibility-fair-hearing-adult-son"

CASE_YAML = r"""
# FICTIONAL CASE (set 25, case 01) - every person, plan, provider, number and address is invented.
# Medicaid fee-for-service (Nevada address), adult aged 51. Nine outpatient ECT treatments (07/06-07/24/2026) were
# denied CO-26 "expenses incurred prior to coverage": the state's claims record starts his coverage on 09/01/2026.
# The state's own approval notice of 10/20/2026 also grants retroactive coverage for June, July and August 2026 (the
# application of 09/08/2026 asked for it). Fee-for-service: no plan appeal; the fair hearing is the first step.
# His adult son, named his authorized representative on the application, writes the hearing request.
patient:
  name: Teodoro Valcourt
  salutation: Mr. Valcourt
  date_of_birth: 1975-03-17
  member_id: FICT-NV-00938815427
  address: |-
    1460 Pinion Crest Drive, Apt 3
    Reno, NV 89512
  phone: (775) 555-0146
insurer:
  name: Nevada Medicaid fee-for-service program (FICTIONAL notice)
  appeals_address: |-
    Medicaid Fair Hearings Unit (address FICTIONAL)
    PO Box 30917
    Carson City, NV 89702
  fax: (775) 555-0187
external_review:
  agency: Medicaid Fair Hearings Unit (FICTIONAL)
  address: |-
    Medicaid Fair Hearings Unit (address FICTIONAL)
    PO Box 30917
    Carson City, NV 89702
claim:
  number: ICN 2026299-0418770-00
  plan_type: medicaid
  delivery: fee_for_service
  action: none
  notice_date: 2026-11-02
  appeal_deadline: 2027-01-31
  deadline_basis: >-
    Notice of Action of 11/02/2026: "You may ask for a fair hearing. Your request must be received within 90 days of
    the date of this notice."
  service_dates: [2026-07-06, 2026-07-08, 2026-07-10, 2026-07-13, 2026-07-15, 2026-07-17, 2026-07-20, 2026-07-22, 2026-07-24]
  sessions: 9
  setting: outpatient
  procedure_codes: [90870]
  revenue_codes: ["0901"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-26]
  denial_reason: >-
    CO-26: Expenses incurred prior to coverage. The recipient was not eligible for Medicaid on the date(s) of
    service. Medicaid coverage on file begins 09/01/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  corrections:
    - said: "Medicaid coverage on file begins 09/01/2026"
      record: >-
        The state's own Notice of Decision of October 20, 2026 approves Medicaid from September 1, 2026 and also
        retroactive coverage from June 1, 2026 through August 31, 2026, the three months before the month of the
        application (filed September 8, 2026)
      file: other/notice-of-decision-2026-10-20.txt
      page: 1
eligibility:
  why: >-
    Mr. Valcourt applied for Medicaid on September 8, 2026 and asked on the application for help with medical bills
    from the three months before it (June, July and August 2026). The state approved him on October 20, 2026 from
    September 1, 2026 and also for retroactive coverage from June 1 through August 31, 2026. The state's claims
    record shows only the coverage from September 1, so the hospital's claim for July was denied.
  start: 2026-06-01
  coverage: Nevada Medicaid (adult coverage), including retroactive coverage
  record:
    name: Notice of Decision on your application
    date: 2026-10-20
    file: other/notice-of-decision-2026-10-20.txt
    page: 1
  proof:
    - other/notice-of-decision-2026-10-20.txt
    - other/medicaid-application-2026-09-08.txt
treatment:
  name: Outpatient electroconvulsive therapy (ECT), acute course
  summary: >-
    An acute course of nine outpatient ECT treatments, three a week from July 6 through July 24, 2026, for a severe
    recurrent major depressive episode; remission at the end of the course.
clinical:
  severity: >-
    MADRS 36 on 06/29/2026 (before ECT) and 9 on 07/24/2026 (after the ninth treatment)
  severity_date: 2026-07-24
  response: MADRS 36 before the course (06/29/2026) and 9 after the ninth treatment (07/24/2026)
  response_level: remission
  suicidality: none
  suicidality_date: 2026-07-24
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-01-12
      end: 2026-04-06
      kind: antidepressant
      response: none
      outcome: No response after 12 weeks at 200 mg; stopped
      evidence: {file: clinical/ect-course-summary-2026-07-24.txt, page: 1}
    - drug: Lithium carbonate (added to sertraline, then continued alone)
      dose: 600 mg daily (level 0.6 mmol/L)
      start: 2026-03-02
      ongoing: true
      kind: augmentation
      response: partial
      outcome: Continues; partial response only
      evidence: {file: clinical/ect-course-summary-2026-07-24.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: For sleep only; not a treatment of the depression
      evidence: {file: clinical/ect-course-summary-2026-07-24.txt, page: 1}
    - drug: Venlafaxine XR (2018-2019 episode)
      dose: 225 mg daily
      start: 2018-04
      end: 2019-10
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode; tapered off as planned in October 2019
      evidence: {file: clinical/ect-course-summary-2026-07-24.txt, page: 1}
author:
  name: Adrian Valcourt
  role: Son of the patient and his authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-09-08.txt
  address: |-
    88 Sagebrush Court
    Sparks, NV 89431
  phone: (775) 555-0163
  email: adrian.valcourt@mail.example
provider:
  name: Rosalind Achterberg
  credentials: MD
  npi: "1528407160"
  address: |-
    Truckee Meadows General Hospital, Behavioral Health ECT Service, 2100 Lakeridge Parkway
    Reno, NV 89509
  phone: (775) 555-0128
call_log:
  - date: 2026-11-10
    who: Medicaid eligibility line (representative "Dana")
    reference: CALL-26-1110-2281
    summary: >-
      Asked why the July ECT claim was denied. The representative said the approval of 10/20/2026 includes
      retroactive months June-August 2026 but the retroactive period "has not been loaded to the claims system".
      She said she would send an update request to the caseworker and that we could also ask for a fair hearing.
reimbursement:
  amount_billed: "$13,725.00"
  amount_paid: "$0.00"
template: external-review-request
bates_prefix: VALCOURT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-action-2026-11-02.txt": """
STATE MEDICAID AGENCY - FEE-FOR-SERVICE CLAIMS (FICTIONAL)
NOTICE OF ACTION: A MEDICAL CLAIM WAS DENIED            Date of this notice: 11/02/2026            Page 1

To: Teodoro Valcourt, 1460 Pinion Crest Drive, Apt 3, Reno, NV 89512
Medicaid ID: FICT-NV-00938815427
Authorized representative on file: Adrian Valcourt

Claim (ICN): 2026299-0418770-00          Received: 10/26/2026
Provider: Truckee Meadows General Hospital - outpatient
Services: electroconvulsive therapy (90870, revenue code 0901), 9 treatments, 07/06/2026 - 07/24/2026
Billed: $13,725.00          Paid: $0.00

Why: CO-26: Expenses incurred prior to coverage. The recipient was not eligible for Medicaid on the date(s) of
service. Medicaid coverage on file begins 09/01/2026.

Your right to a fair hearing: If you think this action is wrong, you may ask for a fair hearing. Your request must
be received within 90 days of the date of this notice. Send it to the Medicaid Fair Hearings Unit, PO Box 30917,
Carson City, NV 89702, or fax (775) 555-0187. You may have someone, such as a relative or a lawyer, speak for you.
This notice is about a claim for services already received; there are no services to continue.
""",
    "other/notice-of-decision-2026-10-20.txt": """
STATE MEDICAID AGENCY - ELIGIBILITY (FICTIONAL)
NOTICE OF DECISION ON YOUR APPLICATION            Date of this notice: 10/20/2026            Page 1

To: Teodoro Valcourt, 1460 Pinion Crest Drive, Apt 3, Reno, NV 89512
Application received: 09/08/2026          Case number: FICT-CASE-55120983

DECISION FOR EACH PERSON WHO APPLIED
1. Teodoro Valcourt (DOB 03/17/1975), Medicaid ID FICT-NV-00938815427
   Approved: Medicaid, adult coverage, beginning 09/01/2026.
   Retroactive coverage: APPROVED for 06/01/2026 through 08/31/2026 (the three months before the month you
   applied). Medical services you received in these months can be billed to Medicaid.
2. Lucia Valcourt (DOB 01/09/2012), Medicaid ID FICT-NV-00938815435
   Approved: Medicaid, child coverage, beginning 09/01/2026.
   Retroactive coverage: not requested.

Your coverage continues until your renewal in 09/2027 unless your circumstances change.
""",
    "other/medicaid-application-2026-09-08.txt": """
STATE MEDICAID AGENCY (FICTIONAL) - APPLICATION FOR HEALTH COVERAGE (EXCERPT)      Signed: 09/08/2026      Page 1

Applicant: Teodoro Valcourt, DOB 03/17/1975
Household: Teodoro Valcourt; Lucia Valcourt (daughter, DOB 01/09/2012)
Employment: warehouse supervisor until 05/15/2026 (laid off); employer health coverage ended 05/31/2026.

Question 14. Did anyone applying get medical care in the 3 months before this month that is not paid?
[X] Yes   Who: Teodoro Valcourt   Which months: June, July and August 2026
Describe: ECT treatments at Truckee Meadows General Hospital, July 2026; psychiatric visits June-August 2026.
For Lucia Valcourt: [X] No

Section 9. Authorized representative: Adrian Valcourt (son), see the attached form.
Signature: Teodoro Valcourt (signature on file)          Received by the agency: 09/08/2026
""",
    "other/authorized-representative-form-2026-09-08.txt": """
STATE MEDICAID AGENCY (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM          Signed: 09/08/2026          Page 1

I, Teodoro Valcourt (Medicaid ID FICT-NV-00938815427 once assigned), name my son Adrian Valcourt, 88 Sagebrush
Court, Sparks, NV 89431, phone (775) 555-0163, as my authorized representative. He may apply for me, receive copies
of notices, talk with the agency about my case and my claims, and ask for and take part in fair hearings for me.
This lasts until I cancel it in writing.

Signature: Teodoro Valcourt (signature on file)      Signature of representative: Adrian Valcourt (on file)
""",
    "other/application-pending-notice-2026-09-22.txt": """
STATE MEDICAID AGENCY - ELIGIBILITY (FICTIONAL)
YOUR APPLICATION IS PENDING            Date of this notice: 09/22/2026            Page 1

To: Teodoro Valcourt
We received your application on 09/08/2026. We need more information before we can decide it.
Please send by 10/05/2026: proof of your last pay from your former employer.
Retroactive coverage: pending; not yet decided.
This notice is not a decision on your application.
""",
    "other/hospital-eligibility-check-2026-10-26.txt": """
TRUCKEE MEADOWS GENERAL HOSPITAL (FICTIONAL) - PATIENT ACCOUNTS
ELIGIBILITY VERIFICATION RESPONSE (state Medicaid system)          Printed: 10/26/2026 09:42          Page 1

Patient: VALCOURT, TEODORO     DOB 03/17/1975     Medicaid ID FICT-NV-00938815427
Inquiry: dates of service 07/06/2026 - 07/24/2026
Response: NOT ELIGIBLE on the dates requested.
Eligibility segments on file:  09/01/2026 - open    Adult Medicaid (fee-for-service)
(No other segment on file.)
Note by Patient Accounts (K. Ferreira): patient has a decision notice approving retroactive months; claim sent
anyway on 10/26/2026 to keep it timely.
""",
    "other/remittance-advice-2026-11-02.txt": """
STATE MEDICAID AGENCY (FICTIONAL) - REMITTANCE ADVICE TO PROVIDER          Date: 11/02/2026          Page 1
Provider: Truckee Meadows General Hospital (outpatient)

ICN                  Recipient             Dates of service          Billed       Paid       Codes
2026299-0418770-00   VALCOURT, TEODORO     07/06/2026-07/24/2026     $13,725.00   $0.00      CO-26
2026299-0418771-00   ESPINOZA-HART, R.     10/12/2026                $412.00      $318.55    paid
2026299-0418772-00   NAKAMURA, JUNE        10/14/2026                $1,210.00    $0.00      CO-16 N290
""",
    "other/hospital-registration-2026-07-06.txt": """
TRUCKEE MEADOWS GENERAL HOSPITAL (FICTIONAL) - OUTPATIENT REGISTRATION          Date: 07/06/2026          Page 1

Patient: Teodoro Valcourt, DOB 03/17/1975
Insurance on file: Silverline Employer PPO (FICTIONAL) - member ID SLP-4471902 (entered 2024)
Eligibility check 07/06/2026: Silverline PPO - TERMINATED 05/31/2026. Registered as self-pay; financial counseling
referral given (Medicaid application).
""",
    "clinical/ect-course-summary-2026-07-24.txt": """
TRUCKEE MEADOWS GENERAL HOSPITAL (FICTIONAL) - BEHAVIORAL HEALTH ECT SERVICE
ACUTE ECT COURSE SUMMARY          Date: 07/24/2026          Page 1

Patient: Teodoro Valcourt     DOB 03/17/1975     Attending psychiatrist: Rosalind Achterberg, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features.
Current episode: began December 2025.
Treatments: 9 outpatient treatments, right unilateral ultrabrief, on 07/06, 07/08, 07/10, 07/13, 07/15, 07/17,
07/20, 07/22 and 07/24/2026. No complications.
Measures: MADRS 36 at the ECT evaluation (06/29/2026); MADRS 9 after the ninth treatment (07/24/2026): remission.
Safety: passive death wishes in June 2026 without plan or intent; none since the fourth treatment; C-SSRS negative
on 07/24/2026.
Medication history:
- Sertraline 200 mg daily 01/12/2026 - 04/06/2026: no response after 12 weeks; stopped.
- Lithium carbonate 600 mg daily since 03/02/2026 (added to sertraline, continued alone), level 0.6 mmol/L:
  partial response only. Continues as continuation treatment after ECT.
- Trazodone 50 mg at bedtime since February 2026, for sleep only. Continues.
- Earlier episode: venlafaxine XR 225 mg daily April 2018 - October 2019, remission; tapered off as planned.
Plan after the course: continue lithium; monthly psychiatry visits; no continuation ECT planned at this time.
""",
}

TRUTH = r"""
# 01 - Medicaid fee-for-service: outpatient ECT denied CO-26 "prior to coverage" although the state approved retroactive coverage from 06/01/2026; fair hearing requested by the adult son (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Teodoro Valcourt, 51 (DOB 03/17/1975), lost his job on 05/15/2026; his employer coverage ended **05/31/2026**. He
  applied for Medicaid on **09/08/2026** and, on the application (question 14), asked for help with unpaid care in
  **June, July and August 2026**, naming the July ECT treatments.
- The state's **Notice of Decision of 10/20/2026** approves adult Medicaid **from 09/01/2026** and **retroactive
  coverage for 06/01/2026 through 08/31/2026**. His coverage therefore runs without a gap from **06/01/2026**.
- He received **nine outpatient ECT treatments** (90870, revenue code 0901) at Truckee Meadows General Hospital on
  07/06, 07/08, 07/10, 07/13, 07/15, 07/17, 07/20, 07/22 and **07/24/2026**: every date falls inside the approved
  retroactive period. Billed $13,725.00.
- The hospital's claim (ICN 2026299-0418770-00), received 10/26/2026, was denied **CO-26** ("expenses incurred prior
  to coverage ... coverage on file begins 09/01/2026") by the **Notice of Action of 11/02/2026**. The state's claims
  record holds only the segment from 09/01/2026 (the hospital's eligibility check of 10/26/2026); the eligibility
  line told the son on **11/10/2026** (CALL-26-1110-2281) that the retroactive period "has not been loaded".
- **Fee-for-service Medicaid:** no plan and no plan appeal; the first step is the **state fair hearing** (42 CFR
  431.220(a)); the notice's own window is **90 days from 11/02/2026, received by 01/31/2027** (431.221(d) sets 90 as
  a ceiling; the notice governs).
- Author: **Adrian Valcourt, the son**, named authorized representative on the state's form signed 09/08/2026 (may
  ask for and take part in fair hearings). He writes about his father in the third person.
- Clinically (background only): severe recurrent MDD (F33.2), episode since December 2025; MADRS 36 -> 9 (remission)
  after the nine treatments.

## Deliberately unknown
- Whether the caseworker's "update request" of 11/10 has been acted on: the case does not say the segment was
  loaded; a letter must not say it was.
- What Medicaid will pay for the claim (the fee schedule amount): no amount may be promised.
- Whether the anesthesia and psychiatry claims for the same dates were also denied (not part of this claim).
- Why the retroactive segment was not loaded (system or worker error): only that it is missing.

## Traps
- **Date, not medicine.** The denial is about eligibility dates; it is not a medical-necessity denial. No count of
  failed trials, no evidence paragraph, no ECT literature, no peer-to-peer, no "medically necessary" as the ground.
- **Retroactive coverage was requested and approved.** The pending notice of 09/22/2026 ("Retroactive coverage:
  pending; not yet decided") is stale; "not requested" on the decision notice is **Lucia's** line (his daughter,
  coverage from 09/01/2026 only), not his. A letter that says his retroactive coverage was not requested, not
  decided, or that his coverage began 09/01/2026 is FALSE.
- **Other people on documents:** Lucia on the decision notice; two other hospital patients on the remittance advice
  (Espinoza-Hart, Nakamura). None belongs to this appeal.
- **Stale insurance:** the July registration lists the Silverline employer PPO, which had **ended 05/31/2026**; it
  is not other coverage for July (no coordination-of-benefits argument, no "bill the employer plan").
- **History, if mentioned:** lithium is **continuing** with a partial response (never "failed", never "stopped");
  trazodone 50 mg is **for sleep** (not a trial); venlafaxine XR was a **remission in the 2018-2019 episode** (never
  a failure); only sertraline is an adequate failed trial in this episode. ECT brought **remission**; no course
  remains (no "remaining treatments", nothing to continue).
- **Suicidality:** passive wishes in June 2026 only; none since the fourth treatment; C-SSRS negative 07/24/2026.
  Never "current suicidal ideation".
- **Wrong law for the route:** fee-for-service Medicaid: no managed care plan, so no 42 CFR 438 rules (no plan
  appeal, 438.402, 438.408, 438.420), no EPSDT (he is 51), no ERISA, no ACA external review, no parity argument, no
  continuation of benefits (care already given; the notice says so). No "within 120 days of the plan's resolution".
- **Voice:** the son writes as "I", about "my father" / "Mr. Valcourt"; never the patient's "I".
- **Addressee:** the Medicaid Fair Hearings Unit, not a plan "to be forwarded".

## Arguments a strong letter makes (strongest first)
1. The state's own **Notice of Decision of 10/20/2026** approved retroactive coverage **06/01/2026 through
   08/31/2026**, on an application of 09/08/2026 that asked for it (question 14: June, July and August 2026). Every
   date of service (07/06 through 07/24/2026) falls within it, so "expenses incurred prior to coverage" is wrong:
   coverage on those dates was approved.
2. The denial rests on the claims record's segment "begins 09/01/2026", which leaves out the approved retroactive
   period (hospital eligibility check 10/26/2026; call 11/10/2026). Ask that the eligibility record be corrected to
   show coverage from 06/01/2026 and the claim (ICN 2026299-0418770-00) be reprocessed and paid.
3. The hearing is requested in time (notice of 11/02/2026, 90 days, by 01/31/2027), by the authorized
   representative (form of 09/08/2026, enclosed); enclose the decision notice, the application excerpt, the
   eligibility check and the notice of action.

## What a letter must NOT say
- "coverage began 09/01/2026" (as true), "retroactive coverage was not requested", "retroactive coverage is pending",
  "not eligible in July", "the employer plan should pay", "other coverage".
- "medically necessary" as the ground, a count of failed trials, "failed lithium", "failed venlafaxine",
  "failed trazodone", "current suicidal ideation", "the remaining treatments", "continued benefits".
- "42 CFR 438", "managed care plan", "EPSDT", "ERISA", "external review", "parity", "120 days".
- Lucia's coverage dates or other patients' claims as his; any amount Medicaid "will pay".
- The patient's first person ("I received ECT").
"""

ANSWERS = [
    ("retroactive coverage approved", "other/notice-of-decision-2026-10-20.txt",
     "Retroactive coverage: APPROVED for 06/01/2026 through 08/31/2026"),
    ("regular coverage start", "other/notice-of-decision-2026-10-20.txt",
     "Approved: Medicaid, adult coverage, beginning 09/01/2026."),
    ("decision notice date", "other/notice-of-decision-2026-10-20.txt", "Date of this notice: 10/20/2026"),
    ("application date", "other/medicaid-application-2026-09-08.txt", "Received by the agency: 09/08/2026"),
    ("retro months asked on the application", "other/medicaid-application-2026-09-08.txt",
     "Which months: June, July and August 2026"),
    ("dates of service", "denial/notice-of-action-2026-11-02.txt", "9 treatments, 07/06/2026 - 07/24/2026"),
    ("first and last dates in the record", "clinical/ect-course-summary-2026-07-24.txt",
     "07/20, 07/22 and 07/24/2026"),
    ("denial words", "denial/notice-of-action-2026-11-02.txt", "CO-26: Expenses incurred prior to coverage."),
    ("the wrong start on file", "denial/notice-of-action-2026-11-02.txt", "Medicaid coverage on file begins 09/01/2026."),
    ("claim number", "denial/notice-of-action-2026-11-02.txt", "2026299-0418770-00"),
    ("notice date", "denial/notice-of-action-2026-11-02.txt", "Date of this notice: 11/02/2026"),
    ("hearing window", "denial/notice-of-action-2026-11-02.txt", "received within 90 days of the date of this notice"),
    ("hearing office", "denial/notice-of-action-2026-11-02.txt", "Medicaid Fair Hearings Unit, PO Box 30917"),
    ("segment on file (the error)", "other/hospital-eligibility-check-2026-10-26.txt",
     "09/01/2026 - open    Adult Medicaid (fee-for-service)"),
    ("not loaded (call)", "case.yaml", "has not been loaded to the claims system"),
    ("authorized representative", "other/authorized-representative-form-2026-09-08.txt",
     "ask for and take part in fair hearings for me"),
    ("employer coverage ended before July", "other/medicaid-application-2026-09-08.txt",
     "employer health coverage ended 05/31/2026"),
    ("lithium continuing, partial", "clinical/ect-course-summary-2026-07-24.txt", "partial response only. Continues"),
    ("trazodone for sleep", "clinical/ect-course-summary-2026-07-24.txt", "for sleep only"),
    ("venlafaxine earlier remission", "clinical/ect-course-summary-2026-07-24.txt",
     "venlafaxine XR 225 mg daily April 2018 - October 2019, remission"),
    ("daughter's line (trap)", "other/notice-of-decision-2026-10-20.txt", "Retroactive coverage: not requested."),
]
