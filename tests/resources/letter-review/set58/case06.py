"""Case 06 (FICTIONAL): Original Medicare treats retiree coverage as current-employment coverage; redetermination by
the granddaughter."""

SLUG = "06-original-medicare-tms-msp-retiree-coverage-read-as-active-redetermination-granddaughter"

CASE_YAML = r"""
# FICTIONAL CASE (letters set 58, case 06) - every person, contractor, employer, provider, number and address is invented.
# Original Medicare Part B. 36 TMS sessions 08/10-10/02/2026 denied: "a group health plan based on current employment
# pays first". Mr. Vukovich-Lamb retired 06/30/2024; his coverage since is his former employer's retiree plan, which
# itself says Medicare pays first. His granddaughter, appointed on form CMS-1696, asks for a redetermination.
patient:
  name: Harold Vukovich-Lamb
  salutation: Mr. Vukovich-Lamb
  date_of_birth: 1955-01-17
  member_id: FICT-7FK2-WN8-RT41
  address: |-
    2218 Poly Drive
    Billings, MT 59102
  phone: (406) 555-0112
insurer:
  name: Medicare Part B - Plains and Peaks Medicare Administrative Contractor (FICTIONAL)
  appeals_address: |-
    Plains and Peaks MAC - Part B Redeterminations (FICTIONAL)
    PO Box 20455
    Fargo, ND 58107
  fax: (701) 555-0149
claim:
  number: "2226314044187"
  plan_type: medicare
  notice_date: 2026-11-10
  service_dates: [2026-08-10, 2026-10-02]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    Medicare does not pay for these services because our records show that a group health plan based on current
    employment pays first. Send the bill to that plan.
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  action: none
  corrections:
    - said: our records show that a group health plan based on current employment pays first
      record: >-
        His former employer's benefits office writes that he retired on 06/30/2024, that his coverage as an active
        employee ended that day, and that since 07/01/2024 he is covered by its retiree medical plan, coverage by
        reason of retirement; the retiree plan's own EOB processes the TMS claim as secondary to Medicare.
      file:
        - other/employer-retirement-coverage-letter-2026-11-20.txt
        - other/retiree-plan-eob-2026-10-20.txt
      page: 1
other_coverage:
  plan: Big Sky Rail Services employee group health plan (his coverage as an active employee)
  member_is: subscriber
  covered_here_as: Medicare beneficiary (Part A and Part B)
  ended: 2024-06-30
  reported: 2026-11-18
  proof:
    - other/employer-retirement-coverage-letter-2026-11-20.txt
    - other/retiree-plan-eob-2026-10-20.txt
  other_says_second: other/retiree-plan-eob-2026-10-20.txt
  employees: 850
call_log:
  - date: 2026-11-18
    who: Benefits Coordination & Recovery Center (Medicare), representative "Marcus"
    reference: BCRC-2611-18-7730
    summary: >-
      Sienna Lamb-Okoro reported that Mr. Vukovich-Lamb retired on 06/30/2024 and that his employer coverage as an
      active employee ended then; the representative opened an update to Medicare's record and said to send the
      employer's letter with the appeal.
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A course of 36 TMS sessions for recurrent severe depression; Medicare's coverage of the course is not questioned,
    only which payer pays first.
clinical:
  severity: PHQ-9 20 on 08/10/2026; PHQ-9 8 on 10/02/2026
  severity_date: 2026-10-02
  suicidality: none
  suicidality_date: 2026-10-02
  response: PHQ-9 20 (08/10/2026) to 8 (10/02/2026)
  response_level: response
  history:
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 1998-05
      end: 1999-09
      kind: antidepressant
      response: response
      outcome: Response in an earlier episode (1998)
      evidence: {file: clinical/tms-treatment-summary-2026-10-02.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-04
      end: 2025-04
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for low sodium, 128 mmol/L (intolerance)
      evidence: {file: clinical/tms-treatment-summary-2026-10-02.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 mg daily
      start: 2025-06
      end: 2025-12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 6 months at 30 mg
      evidence: {file: clinical/tms-treatment-summary-2026-10-02.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continuing (also for knee osteoarthritis pain)
      evidence: {file: clinical/tms-treatment-summary-2026-10-02.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-treatment-summary-2026-10-02.txt, page: 1}
author:
  name: Sienna Lamb-Okoro
  role: Granddaughter of the beneficiary, his appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-17.txt
  address: |-
    85 Lewis Avenue
    Billings, MT 59101
  phone: (406) 555-0118
  email: sienna.lo@mail.example
provider:
  name: Yellowstone Neuromodulation
  credentials: Medicare-enrolled physician practice; Ingrid Solvang-Reyes, MD, psychiatrist
  npi: "1658390244"
  address: |-
    1500 Grand Avenue, Suite 12
    Billings, MT 59102
  phone: (406) 555-0124
record_dates:
  - file: clinical/tms-treatment-summary-2026-10-02.txt
    date: 2026-10-02
bates_prefix: VUKOVICHLAMB
footer_note: FICTIONAL TEST CASE - not a real patient, contractor or provider.
"""

DOCS = {
    "denial/medicare-summary-notice-2026-11-10.txt": """
MEDICARE SUMMARY NOTICE - PART B (FICTIONAL SAMPLE, issued for Plains and Peaks MAC)      Notice date: 11/10/2026
Harold Vukovich-Lamb   Medicare number FICT-7FK2-WN8-RT41
Claim number 2226314044187   Yellowstone Neuromodulation   Services 08/10/2026-10/02/2026
90867 x1, 90868 x35   Amount charged $9,900.00   Medicare approved $0.00   You may be billed: see below
Notes: Medicare does not pay for these services because our records show that a group health plan based on current
employment pays first. Send the bill to that plan.

How to appeal: file a redetermination request within 120 days of receiving this notice. We presume you received it 5
days after the notice date. Send to Part B Redeterminations, PO Box 20455, Fargo, ND 58107, or fax (701) 555-0149.
""",
    "denial/remittance-advice-excerpt-2026-11-10.txt": """
PLAINS AND PEAKS MAC (FICTIONAL) - PROVIDER REMITTANCE ADVICE (excerpt)               Date: 11/10/2026
Provider: Yellowstone Neuromodulation, NPI 1658390244
Patient: VUKOVICH-LAMB, HAROLD   ICN 2226314044187   DOS 08/10/2026-10/02/2026
Group/CARC: CO-22 (this care may be covered by another payer per coordination of benefits)
RARC: MA04 (secondary payment cannot be considered without the identity of or payment information from the primary
payer)
""",
    "clinical/tms-treatment-summary-2026-10-02.txt": """
YELLOWSTONE NEUROMODULATION (FICTIONAL) - TMS TREATMENT SUMMARY                          Date: 10/02/2026
Patient: Harold Vukovich-Lamb   DOB 01/17/1955   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 36 sessions 08/10/2026-10/02/2026 (30 daily, 6 taper). PHQ-9 20 at start, 8 at the end. No suicidal ideation.
Medications: duloxetine 60 mg daily since 01/2026, partial response, continuing (also helps his knee osteoarthritis
pain); trazodone 25 mg at bedtime for sleep. Past: nortriptyline 75 mg 1998-1999, response in an earlier episode;
sertraline 100 mg 04/2025, stopped after 3 weeks for low sodium (128 mmol/L); mirtazapine 30 mg 06/2025-12/2025, no
response.
Signed: Ingrid Solvang-Reyes, MD
""",
    "other/employer-retirement-coverage-letter-2026-11-20.txt": """
BIG SKY RAIL SERVICES (FICTIONAL) - BENEFITS OFFICE                                       Date: 11/20/2026
To whom it may concern                                                                             Page 1 of 1
Harold Vukovich-Lamb retired from Big Sky Rail Services on 06/30/2024. His coverage under our employee group health
plan as an active employee ended on 06/30/2024. Since 07/01/2024 he and his spouse have been covered under the Big
Sky Rail Services Retiree Medical Plan, which is coverage by reason of retirement, not current employment. Neither he
nor his spouse is currently employed by Big Sky Rail Services. We employ about 850 people.
Signed: Teresa Gullickson, Benefits Manager
""",
    "other/retiree-plan-eob-2026-10-20.txt": """
YELLOWSTONE BENEFIT ADMINISTRATORS (FICTIONAL) for BIG SKY RAIL SERVICES RETIREE MEDICAL PLAN
FAMILY EXPLANATION OF BENEFITS                                                            Date: 10/20/2026
Subscriber: Harold Vukovich-Lamb   Retiree coverage   Page 1 of 1
Patient: Harold Vukovich-Lamb   Yellowstone Neuromodulation   08/10/2026-10/02/2026   TMS   Billed $9,900.00
  Processed as secondary to Medicare. Medicare is primary for retiree coverage. Medicare payment information not
  received. Paid $0.00. Resubmit with the Medicare Summary Notice.
Patient: Doreen Lamb (spouse)   Billings Clinical Laboratory   09/14/2026   lipid panel   Billed $64.00
  Medicare paid $41.20. Plan paid $10.30. You owe $0.00.
""",
    "other/msp-questionnaire-2023-03-14.txt": """
MEDICARE SECONDARY PAYER QUESTIONNAIRE (provider intake copy)                         Date: 03/14/2023
Patient: Harold Vukovich-Lamb
Are you currently employed? Yes - Big Sky Rail Services (about 850 employees).
Do you have group health plan coverage through your current employment? Yes - primary.
""",
    "other/cms-1696-appointment-2026-11-17.txt": """
FORM CMS-1696 - APPOINTMENT OF REPRESENTATIVE (completed copy)                            Date: 11/17/2026
Beneficiary: Harold Vukovich-Lamb   Medicare number FICT-7FK2-WN8-RT41
I appoint Sienna Lamb-Okoro, my granddaughter, to act as my representative in connection with my claim or asserted
right under Title XVIII of the Social Security Act (Medicare) for claim 2226314044187.
Signed: Harold Vukovich-Lamb   Accepted: Sienna Lamb-Okoro, 11/17/2026
""",
}

TRUTH = r"""
# 06 - Original Medicare: TMS denied because Medicare's record still shows current-employment coverage; the beneficiary retired in 2024; redetermination by the granddaughter (FICTIONAL)

All people, contractors, employers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Vukovich-Lamb, 71 (DOB 01/17/1955), in **Original Medicare (Parts A and B)**, had **36 TMS sessions
  08/10/2026-10/02/2026** (90867 x1, 90868 x35; F33.2) at a Medicare-enrolled practice.
- The MSN of **11/10/2026** (claim 2226314044187; provider remittance **CO-22**, MA04) says a **group health plan based
  on current employment pays first**.
- He **retired on 06/30/2024**; his coverage as an active employee **ended 06/30/2024**; since 07/01/2024 he is covered
  by the **Big Sky Rail Services Retiree Medical Plan** - coverage by reason of retirement (employer letter of
  11/20/2026). The retiree plan's own EOB (10/20/2026) processed the TMS claim **as secondary to Medicare**.
- **Rule:** the Medicare Secondary Payer working-aged rule makes an employer plan pay first only for coverage by
  reason of **current employment** (42 U.S.C. 1395y(b)(1)(A); 42 CFR 411.170-411.172); retiree coverage pays after
  Medicare. The current-employment coverage ended before the first date of service, so Medicare is the primary payer.
- His granddaughter reported the retirement to Medicare's BCRC on **11/18/2026** (reference BCRC-2611-18-7730).
- **Rule and stage:** MAC redetermination within **120 days of receipt** (42 CFR 405.942), receipt presumed 5 days
  after the notice: counted from the notice date **by 03/10/2027** (presumed receipt gives 03/15/2027); then QIC
  reconsideration. No plan and no plan terms.
- **Author:** his granddaughter, appointed on **form CMS-1696** (11/17/2026); she writes about "Mr. Vukovich-Lamb".
- Expected answers (16): notice date 11/10/2026 (MSN); claim 2226314044187 (MSN); "based on current employment pays
  first" (MSN); CO-22 (remittance); MA04 (remittance); "retired from Big Sky Rail Services on 06/30/2024" (employer
  letter); "ended on 06/30/2024" (employer letter); "coverage by reason of retirement, not current employment"
  (employer letter); "Processed as secondary to Medicare" (retiree EOB); "Medicare is primary for retiree coverage"
  (retiree EOB); BCRC reference BCRC-2611-18-7730 (case.yaml call log); appointment "FORM CMS-1696" (appointment);
  deadline by 03/10/2027 (truth); duloxetine "partial response, continuing" (summary); sertraline "stopped after 3
  weeks for low sodium" (summary); the 2023 questionnaire's "Are you currently employed? Yes" (stale questionnaire).

## Deliberately unknown
- When Medicare's record will be updated by the BCRC: not known; the letter asks the contractor to process the claim as
  primary on the record enclosed and to correct the record.
- The Medicare-approved amount: not in the case; no payment figure.
- Whether Doreen Lamb has her own Medicare claims affected: not part of this appeal.

## Traps
- **Rule and document, not medicine.** The winning point is retiree coverage versus current employment, with the
  employer's letter and the retiree plan's own EOB; no medical necessity, no LCD argument, no peer-to-peer.
- **Stale document:** the 2023 MSP questionnaire ("currently employed ... primary") was true in 2023; it is why the
  record was wrong, not evidence now.
- **Other person on a document:** the retiree plan's family EOB lists his wife's lab test - not part of this appeal.
- **The 850 employees:** the employer is large, so the working-aged rule **would** apply if he were working - the
  argument is that he is **not**, never that the employer is too small.
- **No plan terms:** Original Medicare has none; a letter must not say "the plan's own terms", nor cite ERISA, MHPAEA
  or 45 CFR 147.136, nor ask for an expedited 72-hour decision.
- **Drugs:** duloxetine continues (partial response) - never "failed"/"stopped"; sertraline was an intolerance
  (hyponatremia) at 3 weeks; trazodone 25 mg is a sleep dose; nortriptyline was a **response in the 1998 episode**.
- **Voice:** the granddaughter writes about her grandfather; never "I retired", "my TMS".

## Arguments a strong letter makes (strongest first)
1. Medicare is the primary payer: the only employer coverage based on current employment **ended 06/30/2024**, before
   every date of service; since 07/01/2024 his employer coverage is retiree coverage, which pays after Medicare
   (42 U.S.C. 1395y(b)(1)(A); 42 CFR 411.170). The employer's letter and the retiree plan's own EOB show it.
2. Correct the MSN's statement and Medicare's secondary-payer record (reported to the BCRC on 11/18/2026) and
   reprocess the claim as the primary payer.

## What a letter must NOT say
- "Big Sky Rail Services has fewer than 20 employees"; "he is still working"; "the group plan should pay first".
- "the plan's own terms", "ERISA", "MHPAEA", "45 CFR 147.136", "72 hours", "external review".
- "Doreen", "lipid panel".
- "failed duloxetine", "stopped duloxetine"; sertraline as an adequate trial; trazodone as a trial; "failed
  nortriptyline"; "suicidal ideation".
- "I retired", "my treatment" (the author is his granddaughter).
"""

ANSWERS = [
    ("notice date", "Notice date: 11/10/2026", "denial/medicare-summary-notice-2026-11-10.txt"),
    ("claim number", "Claim number 2226314044187", "denial/medicare-summary-notice-2026-11-10.txt"),
    ("denial words", "based on current employment pays first", "denial/medicare-summary-notice-2026-11-10.txt"),
    ("CARC", "CO-22", "denial/remittance-advice-excerpt-2026-11-10.txt"),
    ("RARC", "MA04", "denial/remittance-advice-excerpt-2026-11-10.txt"),
    ("retirement", "retired from Big Sky Rail Services on 06/30/2024", "other/employer-retirement-coverage-letter-2026-11-20.txt"),
    ("active coverage end", "ended on 06/30/2024", "other/employer-retirement-coverage-letter-2026-11-20.txt"),
    ("kind of coverage", "coverage by reason of retirement, not current employment", "other/employer-retirement-coverage-letter-2026-11-20.txt"),
    ("retiree plan processing", "Processed as secondary to Medicare", "other/retiree-plan-eob-2026-10-20.txt"),
    ("retiree plan's words", "Medicare is primary for retiree coverage", "other/retiree-plan-eob-2026-10-20.txt"),
    ("BCRC report", "BCRC-2611-18-7730", "case.yaml"),
    ("appointment form", "FORM CMS-1696", "other/cms-1696-appointment-2026-11-17.txt"),
    ("appeal deadline", "by 03/10/2027", "truth"),
    ("duloxetine", "partial response, continuing", "clinical/tms-treatment-summary-2026-10-02.txt"),
    ("sertraline", "stopped after 3 weeks for low sodium", "clinical/tms-treatment-summary-2026-10-02.txt"),
    ("stale questionnaire", "Are you currently employed? Yes", "other/msp-questionnaire-2023-03-14.txt"),
]
