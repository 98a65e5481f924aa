"""Set 40, case 02 (FICTIONAL): insured employer plan, TMS in August denied as before coverage began; second level; husband."""

SLUG = "02-insured-erisa-tms-coverage-start-first-of-month-after-30-days-second-level-husband"

CASE_YAML = r'''
# FICTIONAL CASE (set 40, case 02) - every person, plan, insurer, employer, provider, number and address is invented.
# Insured employer group plan (Lakeshore Composites, 260 employees; insurer North Star Mutual Health), MN. Ingrid
# Solvang-Marsh, 38, hired 06/15/2026; the certificate starts coverage on the first of the month after 30 days of
# employment: 08/01/2026. The insurer's file says 09/01/2026 (the employer's first enrollment file keyed the date of
# the first premium deduction). Her 16 TMS sessions of 08/10-08/31/2026 were denied CO-26; the first-level appeal
# was denied 11/10/2026 ("eligibility file shows 09/01/2026"). Her husband, as her authorized representative,
# files the second-level appeal.
patient:
  name: Ingrid Solvang-Marsh
  salutation: Mrs. Solvang-Marsh
  date_of_birth: 1988-05-23
  member_id: FICT-NSM-7730194-01
  address: |-
    1146 Lakeview Terrace
    Duluth, MN 55803
  phone: (218) 555-0117
insurer:
  name: North Star Mutual Health Insurance Company (FICTIONAL)
  appeals_address: |-
    North Star Mutual Health - Appeals and Grievances (FICTIONAL)
    PO Box 64420
    St. Paul, MN 55164
  fax: (651) 555-0139
claim:
  number: NSM-26-0915-448201
  plan_type: employer_erisa
  funding: insured
  employees: 260
  notice_date: 2026-09-22
  service_dates: [2026-08-10, 2026-08-31]
  sessions: 16
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-26]
  denial_reason: >-
    Expenses incurred prior to coverage. Our records show coverage effective 09/01/2026. Services before that date
    are not covered. (CARC 26)
  denial_category: other
  denial_reasons: [coverage_ended]
  stage: second level
  action: none
  corrections:
    - said: Our records show coverage effective 09/01/2026.
      record: >-
        She was hired on 06/15/2026 and the certificate starts coverage on the first day of the month after 30 days
        of continuous employment, 08/01/2026; the employer's letter of 10/20/2026 confirms her coverage began
        08/01/2026, and her August pay stub shows the medical premium deducted for August.
      file: other/employer-hr-letter-2026-10-20.txt
      page: 1
eligibility:
  why: >-
    Her coverage began on 08/01/2026 under the certificate's own rule (first of the month after 30 days of
    continuous employment from her 06/15/2026 hire); the employer's first enrollment file gave 09/01/2026, the date
    of her first premium deduction, by mistake, and the employer has confirmed 08/01/2026 in writing.
  start: 2026-08-01
  coverage: group medical coverage under the Lakeshore Composites group policy
  record:
    name: Lakeshore Composites Human Resources letter confirming coverage effective 08/01/2026
    date: 2026-10-20
    file: other/employer-hr-letter-2026-10-20.txt
    page: 1
  proof:
    - other/employer-hr-letter-2026-10-20.txt
    - other/pay-stub-2026-08-14.txt
    - other/certificate-of-coverage-2026-section-2-excerpt.txt
plan_policy:
  name: North Star Mutual Health Group Certificate of Coverage 2026, Section 2.1 "When coverage begins"
  number: Section 2.1
  quote: >-
    For an employee hired after the group's effective date, coverage begins on the first day of the calendar month
    following completion of 30 days of continuous active employment, provided the employee enrolls within 31 days of
    becoming eligible. We rely on the employer's records to determine the date an employee becomes eligible.
  file: other/certificate-of-coverage-2026-section-2-excerpt.txt
  other_terms: >-
    Section 9.3: "If you disagree with our decision on your first appeal, you may request a second-level appeal
    within 60 days of receiving that decision."
  other_terms_file: other/certificate-of-coverage-2026-section-2-excerpt.txt
decisions:
  - date: 2026-11-10
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-09
    reason: >-
      Our eligibility file shows coverage effective 09/01/2026. Services from 08/10/2026 through 08/31/2026 were
      before coverage began. A letter from the employer does not change the eligibility file.
    corrections:
      - said: A letter from the employer does not change the eligibility file.
        record: >-
          The certificate itself says the insurer relies on the employer's records to decide when an employee becomes
          eligible; the employer's record is the HR letter of 10/20/2026 giving 08/01/2026.
        file: other/certificate-of-coverage-2026-section-2-excerpt.txt
        page: 1
prior_auth:
  approved:
    number: prior authorization PA-NSM-26-0806-3317
    date: 2026-08-07
    covers: TMS, up to 36 sessions, 08/10/2026 through 10/09/2026
    quote: "Approved: TMS 90867/90868, up to 36 sessions, 08/10/2026-10/09/2026. Subject to eligibility on the date of service."
    file: other/prior-authorization-approval-2026-08-07.txt
    lines:
      - {code: [90867, 90868], units: 36, given: 36}
treatment:
  name: Transcranial magnetic stimulation (TMS), sessions 1-16 of a 36-session course
  summary: >-
    The first 16 sessions of an approved 36-session TMS course for recurrent major depression; only the date her
    coverage began is in question.
clinical:
  severity: PHQ-9 19 on 08/10/2026; PHQ-9 9 on 09/30/2026
  severity_date: 2026-09-30
  suicidality: none
  suicidality_date: 2026-09-30
  response: PHQ-9 19 (08/10/2026) to 9 (09/30/2026)
  response_level: response
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during TMS
      evidence: {file: clinical/tms-treatment-summary-2026-09-30.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2025-08
      end: 2025-09
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for nausea (intolerance)
      evidence: {file: clinical/tms-treatment-summary-2026-09-30.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/tms-treatment-summary-2026-09-30.txt, page: 1}
author:
  name: Jonas Marsh
  role: Husband and authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-18.txt
  address: |-
    1146 Lakeview Terrace
    Duluth, MN 55803
  phone: (218) 555-0118
provider:
  name: Northshore TMS and Psychiatry
  credentials: network provider
  npi: "1473029589"
  address: |-
    415 East Superior Street, Suite 300
    Duluth, MN 55802
  phone: (218) 555-0163
employer:
  name: Lakeshore Composites, Human Resources (FICTIONAL)
  address: |-
    2400 Harbor Industrial Way
    Duluth, MN 55802
copies: [employer]
record_dates:
  - file: other/employer-hr-letter-2026-10-20.txt
    date: 2026-10-20
    sent: 2026-10-22
    sent_proof: other/fax-confirmation-2026-10-22.txt
  - file: clinical/tms-treatment-summary-2026-09-30.txt
    date: 2026-09-30
bates_prefix: SOLVANGMARSH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/first-level-appeal-decision-2026-11-10.txt": """
NORTH STAR MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - FIRST-LEVEL APPEAL DECISION     Date: 11/10/2026
Member: Ingrid Solvang-Marsh   ID FICT-NSM-7730194-01   Group: Lakeshore Composites   Page 1 of 1
Claim NSM-26-0915-448201, Northshore TMS and Psychiatry, 08/10/2026-08/31/2026, 90867 x1, 90868 x15
Decision: DENIAL UPHELD.
Our eligibility file shows coverage effective 09/01/2026. Services from 08/10/2026 through 08/31/2026 were
before coverage began. A letter from the employer does not change the eligibility file.
If you disagree you may request a second-level appeal within 60 days of receiving this decision. Send it to
Appeals and Grievances, PO Box 64420, St. Paul, MN 55164, or fax (651) 555-0139.
""",
    "denial/explanation-of-benefits-2026-09-22.txt": """
NORTH STAR MUTUAL HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                  Date: 09/22/2026
Member: Ingrid Solvang-Marsh   ID FICT-NSM-7730194-01   Claim NSM-26-0915-448201
08/10/2026-08/31/2026   90867 x1, 90868 x15   Billed $5,440.00   Paid $0.00
CO-26 Expenses incurred prior to coverage. Our records show coverage effective 09/01/2026. Services before that
date are not covered. (CARC 26)
""",
    "clinical/tms-treatment-summary-2026-09-30.txt": """
NORTHSHORE TMS AND PSYCHIATRY (FICTIONAL) - TMS TREATMENT SUMMARY                 Date: 09/30/2026
Patient: Ingrid Solvang-Marsh   DOB 05/23/1988   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, moderate (F33.1).
Course: 36 sessions 08/10/2026-09/30/2026 under PA-NSM-26-0806-3317; sessions 1-16 on 08/10-08/31/2026.
PHQ-9 19 at session 1, 9 at session 36. No suicidal ideation at any session.
Medication: duloxetine 60 mg daily since 11/2025, partial response, continued; mirtazapine 7.5 mg at bedtime for
sleep since 11/2025. Vortioxetine 10 mg 08/2025-09/2025 stopped after 3 weeks for nausea.
Earlier episode 2016: citalopram 20 mg, remission.
""",
    "other/employer-hr-letter-2026-10-20.txt": """
LAKESHORE COMPOSITES (FICTIONAL) - HUMAN RESOURCES                               Date: 10/20/2026
To: North Star Mutual Health, Eligibility and Enrollment   Re: Ingrid Solvang-Marsh, employee ID LC-40912
Page 1 of 1
Ms. Solvang-Marsh was hired on 06/15/2026 as a full-time employee and enrolled in medical coverage on
06/29/2026 (employee and spouse). Under the group policy her coverage began on 08/01/2026, the first day of the
month following 30 days of continuous employment. Our enrollment file of 08/18/2026 listed 09/01/2026 in error:
that is the date of her first premium deduction from a pay period, not her coverage date. Her premium for August
was deducted and remitted with the August group bill. Please correct her effective date to 08/01/2026.
Signed: Colleen Ruud, Benefits Manager. Phone (218) 555-0176, benefits@lakeshore-composites.example
""",
    "other/pay-stub-2026-08-14.txt": """
LAKESHORE COMPOSITES (FICTIONAL) - EARNINGS STATEMENT        Pay period 08/01/2026-08/14/2026   Paid 08/14/2026
Employee: Ingrid Solvang-Marsh   ID LC-40912
Deductions: Medical - employee + spouse (coverage month 08/2026)  $142.60 pre-tax
""",
    "other/certificate-of-coverage-2026-section-2-excerpt.txt": """
NORTH STAR MUTUAL HEALTH (FICTIONAL) - GROUP CERTIFICATE OF COVERAGE 2026 (excerpt)   Lakeshore Composites
Page 1 of 1
Section 2.1 When coverage begins
For an employee hired after the group's effective date, coverage begins on the first day of the calendar month
following completion of 30 days of continuous active employment, provided the employee enrolls within 31 days of
becoming eligible. We rely on the employer's records to determine the date an employee becomes eligible.
Section 9.3 Second-level appeal
If you disagree with our decision on your first appeal, you may request a second-level appeal within 60 days of
receiving that decision.
""",
    "other/offer-letter-2026-05-28-stale.txt": """
LAKESHORE COMPOSITES (FICTIONAL) - OFFER OF EMPLOYMENT                           Date: 05/28/2026
To: Ingrid Solvang-Marsh. Start date 06/15/2026. Benefits: medical coverage begins after a 90-day waiting period.
[The 2025 benefits summary the offer letter drew on; the group policy renewed 01/01/2026 with a 30-day rule.]
""",
    "other/prior-authorization-approval-2026-08-07.txt": """
NORTH STAR MUTUAL HEALTH (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL              Date: 08/07/2026
Member: Ingrid Solvang-Marsh   Provider: Northshore TMS and Psychiatry   Number: PA-NSM-26-0806-3317
Approved: TMS 90867/90868, up to 36 sessions, 08/10/2026-10/09/2026. Subject to eligibility on the date of service.
""",
    "other/fax-confirmation-2026-10-22.txt": """
FAX TRANSMISSION REPORT (FICTIONAL)    10/22/2026 11:02    To: (651) 555-0139 North Star Mutual Health Appeals
Pages: 2   Result: OK   Document: Lakeshore Composites HR letter of 10/20/2026, Solvang-Marsh
""",
    "other/authorized-representative-form-2026-11-18.txt": """
NORTH STAR MUTUAL HEALTH (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION      Signed: 11/18/2026
Member: Ingrid Solvang-Marsh   ID FICT-NSM-7730194-01
I appoint my husband, Jonas Marsh, to act for me in my appeal of claim NSM-26-0915-448201 and to receive my health
information for it.   Signed: Ingrid Solvang-Marsh
""",
    "other/spouse-claim-eob-2026-09-22.txt": """
NORTH STAR MUTUAL HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                  Date: 09/22/2026
Member: Jonas Marsh (spouse)   ID FICT-NSM-7730194-02   Claim NSM-26-0911-440078
08/27/2026   office visit (99213)   Billed $185.00   Paid $0.00   CO-26 Expenses incurred prior to coverage.
""",
}

TRUTH = r'''
# 02 - Insured employer plan: August TMS sessions denied as before coverage began; the certificate's own rule starts coverage 08/01/2026; second-level appeal by her husband (FICTIONAL)

All people, plans, insurers, employers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ingrid Solvang-Marsh, 38 (DOB 05/23/1988), was **hired 06/15/2026** by Lakeshore Composites (260 employees) and
  enrolled 06/29/2026 in its **insured** group plan (North Star Mutual Health), Minnesota.
- **Certificate Section 2.1:** coverage begins the first day of the month after 30 days of continuous employment; the
  insurer "rel[ies] on the employer's records". 30 days from 06/15/2026 ends 07/14/2026, so **coverage began
  08/01/2026**.
- The employer's **HR letter of 10/20/2026** says 08/01/2026 and that 09/01/2026 was a keying error (date of the first
  premium deduction); the **August pay stub** shows the premium deducted for coverage month 08/2026. The HR letter was
  **faxed to the insurer 10/22/2026**, before the first-level decision.
- TMS sessions 1-16 (**08/10/2026-08/31/2026**, 90867 x1, 90868 x15, F33.1) were denied **CO-26** (EOB 09/22/2026);
  the first-level appeal was denied **11/10/2026**. The course had prior authorization **PA-NSM-26-0806-3317**
  (36 sessions, 08/10-10/09/2026), "subject to eligibility".
- **Rule and stage:** second-level appeal under Certificate Section 9.3, **within 60 days of the 11/10/2026 decision:
  by 01/09/2027**; ERISA claims rule, 29 CFR 2560.503-1. External review would follow only for a denial it reaches
  (an eligibility denial that is not a rescission is usually outside it): not promised.
- **Author:** her husband, Jonas Marsh, her authorized representative (form signed 11/18/2026); he writes about
  "Mrs. Solvang-Marsh".

## Deliberately unknown
- Whether the insurer has already updated its eligibility file after the HR letter: not known; the letter asks.
- The allowed amount of the 16 sessions: not in the case.
- Whether the employer remitted August's premium on time to the day: the HR letter says it was remitted with the
  August bill; no date is given.

## Traps
- **Date, not medicine:** the winning point is the coverage start under the certificate's own rule, with the
  employer's record; no medical necessity, no peer-to-peer, no clinical reviewer.
- **A decision's wrong statement:** "A letter from the employer does not change the eligibility file" - the
  certificate says the insurer relies on the employer's records.
- **Stale document:** the 05/28/2026 offer letter says "90-day waiting period" (from the 2025 summary); the 2026
  certificate sets 30 days. A letter must not count 90 days.
- **Other person's claim:** the spouse's EOB (Jonas Marsh, office visit 08/27/2026) is his claim, not part of this
  appeal.
- **Approval subject to eligibility:** the prior authorization does not by itself prove coverage; it supports that
  the course was approved, and the dates fall within it.
- **Drug still taken:** duloxetine continues (partial response): never "failed" or "stopped". **Intolerance:**
  vortioxetine, 3 weeks, nausea: not an adequate trial. **Sleep dose:** mirtazapine 7.5 mg. **Earlier episode:**
  citalopram 2016 remission, not a failure.
- **Stage and voice:** a second-level appeal answering the 11/10/2026 decision; the husband writes about his wife.
- **Wrong law:** no Medicare, no 45 CFR 156.270 grace period (not a Marketplace plan, not a premium problem), no
  COBRA.

## Arguments a strong letter makes (strongest first)
1. Under Certificate Section 2.1, hired 06/15/2026, her coverage began **08/01/2026**; every date of service
   (08/10-08/31/2026) falls after it.
2. The employer's own record (HR letter 10/20/2026) gives 08/01/2026 and explains the 09/01/2026 keying error; the
   certificate says the insurer relies on the employer's records; the August premium was deducted (pay stub). Correct
   the eligibility file and reprocess the claim.
3. The HR letter was faxed 10/22/2026, before the first-level decision, and was in the insurer's file.
4. The course was prior-authorized (PA-NSM-26-0806-3317) for these dates.

## What a letter must NOT say
- "90-day waiting period"; "coverage began 09/01/2026" as true; "before coverage began" as conceded.
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "Jonas Marsh's claim", "99213" as part of this appeal.
- "failed duloxetine", "stopped duloxetine"; vortioxetine as an adequate trial; mirtazapine as a trial.
- "grace period", "45 CFR 156.270", "Medicare", "COBRA".
- "I received TMS" / "my treatment" (the husband writes; he did not receive it).
'''

ANSWERS = [
    ("Who writes?", "I appoint my husband, Jonas Marsh", "other/authorized-representative-form-2026-11-18.txt"),
    ("Hire date?", "was hired on 06/15/2026", "other/employer-hr-letter-2026-10-20.txt"),
    ("Certificate rule for the start of coverage?", "coverage begins on the first day of the calendar month following completion of 30 days of continuous active employment", "other/certificate-of-coverage-2026-section-2-excerpt.txt"),
    ("Whose records does the insurer rely on?", "We rely on the employer's records to determine the date an employee becomes eligible", "other/certificate-of-coverage-2026-section-2-excerpt.txt"),
    ("Correct coverage start?", "start: 2026-08-01", "case.yaml"),
    ("What did the employer say about 09/01/2026?", "listed 09/01/2026 in error", "other/employer-hr-letter-2026-10-20.txt"),
    ("August premium?", "Medical - employee + spouse (coverage month 08/2026)", "other/pay-stub-2026-08-14.txt"),
    ("When was the HR letter sent to the insurer?", "10/22/2026 11:02", "other/fax-confirmation-2026-10-22.txt"),
    ("Dates of service denied?", "08/10/2026-08/31/2026", "denial/first-level-appeal-decision-2026-11-10.txt"),
    ("CARC?", "CO-26", "denial/explanation-of-benefits-2026-09-22.txt"),
    ("Decision appealed now?", "FIRST-LEVEL APPEAL DECISION     Date: 11/10/2026", "denial/first-level-appeal-decision-2026-11-10.txt"),
    ("Second-level deadline?", "by 01/09/2027", "truth"),
    ("Stale waiting period?", "begins after a 90-day waiting period", "other/offer-letter-2026-05-28-stale.txt"),
    ("Prior authorization?", "PA-NSM-26-0806-3317", "other/prior-authorization-approval-2026-08-07.txt"),
    ("Duloxetine status?", "duloxetine 60 mg daily since 11/2025, partial response, continued", "clinical/tms-treatment-summary-2026-09-30.txt"),
    ("Whose office visit is on the other EOB?", "Member: Jonas Marsh (spouse)", "other/spouse-claim-eob-2026-09-22.txt"),
]
