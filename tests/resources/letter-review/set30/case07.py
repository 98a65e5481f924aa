"""Case 07 (FICTIONAL): student health plan, psychotherapy claims denied as late; first appeal by the billing coordinator."""

SLUG = "student-health-plan-psychotherapy-timely-filing-277ca-accepted-first-appeal-billing-coordinator"

DATES = ("2026-03-03, 2026-03-10, 2026-03-17, 2026-03-24, 2026-03-31, 2026-04-07, 2026-04-14, 2026-04-21, "
         "2026-04-28, 2026-05-05, 2026-05-12, 2026-05-19")

CASE_YAML = r'''
# FICTIONAL CASE (set 30, case 07) - every person, plan, provider, number and address is invented.
# University student health insurance plan, insured, Michigan (individual coverage). Priyanka Velasquez-Holm, 23, a
# graduate student, had 12 weekly psychotherapy sessions (90834) with an out-of-network therapist, 03/03-05/19/2026.
# The practice sent the claims electronically; the plan's gateway accepted them on 06/22/2026 (277CA). The plan later
# said it had no claim on file, the practice sent them again on 11/04/2026, and the plan denied them (CO-29) as more
# than 90 days after the dates of service. The 2025-2026 certificate gives 180 days. The practice's billing
# coordinator, authorized by the student, writes the first appeal.
patient:
  name: Priyanka Velasquez-Holm
  salutation: Ms. Velasquez-Holm
  date_of_birth: 2003-01-29
  member_id: FICT-GLS-2025-118374
  address: |-
    1120 East Grand River Avenue, Apt. 6
    East Lansing, MI 48823
  phone: (517) 555-0118
insurer:
  name: Great Lakes State University Student Health Insurance Plan, underwritten by Northstar Mutual Life (FICTIONAL)
  appeals_address: |-
    Northstar Mutual Life - Student Plan Appeals (address FICTIONAL)
    PO Box 30455
    Lansing, MI 48909
  fax: (517) 555-0179
claim:
  number: NML-26-1104-529306
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-13
  appeal_deadline: 2027-05-12
  deadline_basis: >-
    Notice of 11/13/2026: "You may appeal within 180 days of receiving this notice"; counted from the notice date.
  service_dates: [DATES]
  sessions: 12
  setting: outpatient
  procedure_codes: [90834]
  diagnosis_codes: [F33.1, F41.1]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claim received 11/04/2026, more than 90 days after the dates of service
    03/03/2026-05/19/2026. (CARC 29)
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  action: none
  corrections:
    - said: Claim received 11/04/2026, more than 90 days after the dates of service
      record: >-
        The plan's own claims gateway accepted the same 12 lines on 06/22/2026 (277CA acceptance, payer claim control
        number NML-26-0622-318840); 11/04/2026 is the date they were sent again after the plan said no claim was on
        file. The 2025-2026 certificate allows 180 days, not 90.
      file: other/clearinghouse-277ca-report-2026-06-22.txt
      page: 1
plan_policy:
  name: Great Lakes State University Student Health Insurance Plan, Certificate of Coverage, Plan Year 2025-2026, Section 9.2 (Proof of loss)
  quote: >-
    Written proof of loss must be given to us within 180 days after the date of service. Failure to give proof within
    that time will not invalidate or reduce a claim if it was not reasonably possible to give proof within that time,
    provided proof is given as soon as reasonably possible and in no event later than one year after the date of
    service.
  file: other/certificate-2025-2026-section-9-excerpt.txt
filing:
  first_submitted: 2026-06-22
  received: 2026-06-22
  proof: other/clearinghouse-277ca-report-2026-06-22.txt
  limit_deadline: 2026-08-30
  method: electronic claim (837P) through the practice's clearinghouse
  sent_to: Northstar Mutual Life claims gateway (payer ID NML77)
  returned: 2026-10-28
  resent: 2026-11-04
call_log:
  - date: 2026-10-28
    who: Northstar Mutual Life provider services representative "Dana", reference CALL-1028-7731
    reference: CALL-1028-7731
    summary: >-
      Asked the status of the 12 claim lines accepted 06/22/2026 (control number NML-26-0622-318840); told no claim
      was on file and to submit again.
treatment:
  name: Individual psychotherapy (90834), weekly, 12 sessions 03/03/2026-05/19/2026
  summary: Weekly individual psychotherapy for recurrent depression and generalized anxiety; PHQ-9 16 to 8 over 12 sessions.
clinical:
  severity: PHQ-9 8 on 05/19/2026 (16 on 03/03/2026)
  severity_date: 2026-05-19
  suicidality: none
  suicidality_date: 2026-05-19
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued (prescribed by the student health center)
      evidence: {file: clinical/therapy-treatment-summary-2026-06-01.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a treatment trial
      evidence: {file: clinical/therapy-treatment-summary-2026-06-01.txt, page: 1}
author:
  name: Rosalind Okafor-Lindgren
  role: Billing coordinator, Red Cedar Counseling Associates (FICTIONAL), the member's authorized representative
  relation: representative
  authorization: other/authorized-representative-and-assignment-2026-03-03.txt
  address: |-
    Red Cedar Counseling Associates (FICTIONAL), 2875 Northwind Drive, Suite 210
    East Lansing, MI 48823
  phone: (517) 555-0149
  email: billing@redcedarcounseling.example
provider:
  name: Matthias Oyelaran-Kerr
  credentials: MA, LPC
  npi: "1544332186"
  address: |-
    Red Cedar Counseling Associates (FICTIONAL), 2875 Northwind Drive, Suite 210
    East Lansing, MI 48823
  phone: (517) 555-0149
record_dates:
  - file: clinical/therapy-treatment-summary-2026-06-01.txt
    date: 2026-06-01
bates_prefix: VELASQUEZHOLM
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''.replace("[DATES]", "[" + DATES + "]")

DOCS = {
    "denial/explanation-of-benefits-2026-11-13.txt": """
NORTHSTAR MUTUAL LIFE (FICTIONAL) - GREAT LAKES STATE UNIVERSITY STUDENT HEALTH INSURANCE PLAN
EXPLANATION OF BENEFITS                                                         Date of this notice: 11/13/2026
Member: Priyanka Velasquez-Holm   Member ID FICT-GLS-2025-118374   Claim: NML-26-1104-529306
Page 1 of 1

Provider: Matthias Oyelaran-Kerr, MA, LPC (out of network)
03/03/2026-05/19/2026   90834   12 sessions   billed $1,800.00   allowed $0.00   paid $0.00
Reason: The time limit for filing has expired. Claim received 11/04/2026, more than 90 days after the dates of
service 03/03/2026-05/19/2026. (CARC 29)

You may appeal within 180 days of receiving this notice. Write to Northstar Mutual Life - Student Plan Appeals,
PO Box 30455, Lansing, MI 48909, or fax (517) 555-0179.
""",
    "other/certificate-2025-2026-section-9-excerpt.txt": """
GREAT LAKES STATE UNIVERSITY STUDENT HEALTH INSURANCE PLAN (FICTIONAL) - CERTIFICATE OF COVERAGE
Plan Year 2025-2026 (08/15/2025 through 08/14/2026), underwritten by Northstar Mutual Life     Page 1 of 1 (page 37)

9.2 Proof of loss. Written proof of loss must be given to us within 180 days after the date of service. Failure to
give proof within that time will not invalidate or reduce a claim if it was not reasonably possible to give proof
within that time, provided proof is given as soon as reasonably possible and in no event later than one year after
the date of service.
9.3 Out-of-network providers may file claims for you when you assign your benefits to them.
""",
    "other/certificate-2024-2025-section-9-excerpt.txt": """
GREAT LAKES STATE UNIVERSITY STUDENT HEALTH INSURANCE PLAN (FICTIONAL) - CERTIFICATE OF COVERAGE
Plan Year 2024-2025 (08/15/2024 through 08/14/2025), underwritten by a former carrier     Page 1 of 1 (page 35)

9.2 Claims must be filed within 90 days after the date of service.
(This is the earlier plan year's certificate; it does not govern services in 2026.)
""",
    "other/clearinghouse-277ca-report-2026-06-22.txt": """
LAKESHORE CLAIMS EXCHANGE (FICTIONAL CLEARINGHOUSE) - 277CA CLAIM ACKNOWLEDGMENT REPORT     Date: 06/22/2026
Submitter: Red Cedar Counseling Associates   Batch 88105   Payer: Northstar Mutual Life (payer ID NML77)
Page 1 of 1

Patient                      Dates of service          Lines  Status                    Payer claim control no.
VELASQUEZ-HOLM, PRIYANKA     03/03/2026-05/19/2026     12     A2 accepted by payer      NML-26-0622-318840
T. R. (another client)       06/02/2026                1      A2 accepted by payer      NML-26-0622-318841
""",
    "other/resubmission-confirmation-2026-11-04.txt": """
LAKESHORE CLAIMS EXCHANGE (FICTIONAL CLEARINGHOUSE) - SUBMISSION CONFIRMATION        Date: 11/04/2026
Submitter: Red Cedar Counseling Associates   Batch 90317   Payer: Northstar Mutual Life (payer ID NML77)
Page 1 of 1

VELASQUEZ-HOLM, PRIYANKA   03/03/2026-05/19/2026   12 lines   sent again after payer reported no claim on file
(original acceptance 06/22/2026, control no. NML-26-0622-318840)
""",
    "clinical/therapy-treatment-summary-2026-06-01.txt": """
RED CEDAR COUNSELING ASSOCIATES (FICTIONAL) - TREATMENT SUMMARY                      Date: 06/01/2026
Client: Priyanka Velasquez-Holm   DOB 01/29/2003   Therapist: Matthias Oyelaran-Kerr, MA, LPC (NPI 1544332186)
Page 1 of 1

Diagnoses: major depressive disorder, recurrent, moderate (F33.1); generalized anxiety disorder (F41.1).
Weekly individual psychotherapy (90834), 12 sessions 03/03-05/19/2026; PHQ-9 16 to 8; GAD-7 15 to 9. No suicidal
ideation at any session. Sertraline 100 mg daily (student health center) since 10/2025, partial response, continued;
hydroxyzine 25 mg at bedtime as needed for sleep. Resumes in the fall term.
""",
    "other/authorized-representative-and-assignment-2026-03-03.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION AND ASSIGNMENT OF BENEFITS (FICTIONAL FORM)
I, Priyanka Velasquez-Holm (Member ID FICT-GLS-2025-118374), assign my plan benefits for services at Red Cedar
Counseling Associates to the practice and name its billing coordinator my authorized representative for claims and
appeals about those services.
Signed: Priyanka Velasquez-Holm      Date: 03/03/2026
Page 1 of 1
""",
}

TRUTH = r'''
# 07 - Student health plan: psychotherapy claims denied as filed late; first appeal by the practice's billing coordinator (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Priyanka Velasquez-Holm, **23** (DOB 01/29/2003), East Lansing, MI, a graduate student, is insured under the
  **Great Lakes State University Student Health Insurance Plan** (Northstar Mutual Life; individual coverage,
  insured), plan year **08/15/2025-08/14/2026**.
- She had **12 weekly psychotherapy sessions (90834)**, **03/03-05/19/2026**, with an **out-of-network** LPC; she
  assigned benefits to the practice (03/03/2026).
- The practice's clearinghouse report shows the 12 lines **accepted by the plan's gateway on 06/22/2026** (277CA, A2,
  control number **NML-26-0622-318840**). On **10/28/2026** a provider-services representative said no claim was on
  file (CALL-1028-7731); the practice sent them again on **11/04/2026**.
- The EOB of **11/13/2026** (claim NML-26-1104-529306, **CO-29**) denied them: "received 11/04/2026, more than 90 days
  after the dates of service".
- The governing **2025-2026 Certificate, Section 9.2**: proof of loss "within **180 days** after the date of service",
  with a not-reasonably-possible clause up to one year. 180 days from the first date (03/03/2026) ends **08/30/2026**;
  the 06/22/2026 submission was 111 days after the first session and 34 days after the last - **in time for every
  line**.
- **Stage and rule:** first internal appeal of individual (student) coverage, 45 CFR 147.136(b)(3); 180 days from the
  notice: **by 05/12/2027**; post-service.
- **Author:** the practice's **billing coordinator**, the member's authorized representative - not a clinician; she
  writes about "Ms. Velasquez-Holm".

## Deliberately unknown
- Why the plan lost the 06/22/2026 submission: not known; a letter must not say why, only ask that the plan find it
  under its control number.
- The plan's allowed amount for out-of-network 90834: not in the case; a letter must not state what will be paid.
- Whether the plan counts the one-year clause from the first or each date of service: not needed (the 180 days were
  met); a letter should not rely on "good cause" first.

## Traps
- **A date, not medicine.** The winning point is the **277CA acceptance of 06/22/2026** against the certificate's
  **180 days**: filed in time. No medical-necessity, no peer-to-peer, no clinical reviewer, no evidence paragraph, no
  treatment table needed.
- **A notice's stated fact the record contradicts:** "received 11/04/2026" (the resubmission date) and "more than 90
  days" (the governing limit is 180).
- **Stale document:** the **2024-2025 certificate** (a former carrier) said 90 days; it does not govern 2026 services.
- **Other person on a document:** the 277CA report lists **T. R.**, another client.
- **Not in network:** never argue the in-network provider contract or say the member cannot be billed; the therapist
  is out of network.
- **Drugs:** sertraline continues (never "failed"); hydroxyzine is a sleep aid. Psychotherapy is the service, not a
  drug trial.
- **Wrong law:** no ERISA as governing (student coverage is individual coverage; cite 45 CFR 147.136(b)(3) if
  anything), no Medicaid/Medicare; external review must not be promised (a filing-limit denial is not a medical
  judgment).
- **Voice:** the billing coordinator writes "I" for herself; never "I write as her treating therapist", never
  "physician"; never the student's "I".

## Arguments a strong letter makes (strongest first)
1. The claims were **filed on 06/22/2026** and **accepted by the plan's gateway the same day** (277CA, control number
   NML-26-0622-318840), within the **180 days** of Certificate Section 9.2 for every date of service (the earliest
   limit ends 08/30/2026). The 11/04/2026 submission was a resend after the plan said it had no claim on file.
2. The 90-day limit the EOB applied is not in the governing certificate (it was the 2024-2025 plan year's);
   reprocess the 12 lines under the 2025-2026 terms.
3. In the alternative only, the certificate's own clause accepts proof given as soon as reasonably possible within
   one year: the resend came six days after the plan's 10/28 call, within one year of every date.

## What a letter must NOT say
- "filed late", "good cause" as the main ground; "90 days" as the plan's limit; "received 11/04/2026" as the filing date.
- "medically necessary", "peer-to-peer", "external review" promised, "ERISA", "2560.503-1" as governing alone.
- "T. R." as part of this claim; "in network".
- "failed sertraline"; hydroxyzine as a trial; "treating therapist" or "Dr." for the author.
'''

ANSWERS = [
    ("other/clearinghouse-277ca-report-2026-06-22.txt", "A2 accepted by payer      NML-26-0622-318840"),
    ("other/clearinghouse-277ca-report-2026-06-22.txt", "T. R. (another client)"),
    ("other/certificate-2025-2026-section-9-excerpt.txt", "within 180 days after the date of service"),
    ("other/certificate-2025-2026-section-9-excerpt.txt", "Plan Year 2025-2026 (08/15/2025 through 08/14/2026)"),
    ("other/certificate-2024-2025-section-9-excerpt.txt", "Claims must be filed within 90 days after the date of service."),
    ("denial/explanation-of-benefits-2026-11-13.txt", "Claim received 11/04/2026, more than 90 days after the dates of service"),
    ("denial/explanation-of-benefits-2026-11-13.txt", "out of network"),
    ("other/resubmission-confirmation-2026-11-04.txt", "sent again after payer reported no claim on file"),
    ("other/authorized-representative-and-assignment-2026-03-03.txt", "name its billing coordinator my authorized representative"),
    ("clinical/therapy-treatment-summary-2026-06-01.txt", "12 sessions 03/03-05/19/2026; PHQ-9 16 to 8"),
    ("clinical/therapy-treatment-summary-2026-06-01.txt", "Sertraline 100 mg daily (student health center) since 10/2025, partial response, continued"),
    ("case.yaml", "limit_deadline: 2026-08-30"),
    ("case.yaml", "first_submitted: 2026-06-22"),
    ("case.yaml", "CALL-1028-7731"),
    ("truth", "by 05/12/2027"),
    ("truth", "45 CFR 147.136(b)(3)"),
]
