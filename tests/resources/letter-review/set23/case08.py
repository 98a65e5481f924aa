"""Set 23, case 08 (FICTIONAL): self-funded employer plan; six approved IV ketamine infusions (10/12-10/23/2026) for
the employee's son denied CO-27 because the plan ended his coverage on his 26th birthday (10/09/2026), though the
SPD ends a child's coverage on the last day of that month; first internal appeal (post-service) by the father."""

SLUG = "08-selffunded-dependent-age26-end-of-month-ketamine-first-appeal-father"

CASE_YAML = """
# FICTIONAL CASE (set 23, case 08) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Nebraska. The employee's son turned 26 on 10/09/2026; SPD 3.3 ends a child's
# coverage on the last day of the month in which the child reaches 26 (10/31/2026), and the COBRA notice says the
# same, but the administrator ended it on the birthday and denied six IV ketamine infusions given 10/12-10/23/2026
# (approved on 10/02/2026) as CO-27. The father (the employee) appeals as his adult son's authorized representative.
patient:
  name: Declan Halloran
  salutation: Declan
  date_of_birth: 2000-10-09
  member_id: FICT-CBM-40077215-02
  address: |-
    1418 Prairie Wren Drive
    Sandhill Crossing, NE 68510
  phone: (402) 555-0119
insurer:
  name: Cobalt Bay Manufacturing Employee Health Plan (FICTIONAL), self-funded, administered by Granite Ridge Benefit Administrators
  appeals_address: |-
    Granite Ridge Benefit Administrators, Appeals Unit
    PO Box 81466
    Sandhill Crossing, NE 68501
  fax: (402) 555-0172
claim:
  number: GRB-26-1104-662190
  plan_type: employer_erisa
  funding: self_funded
  notice_date: 2026-11-12
  service_dates: [2026-10-12, 2026-10-14, 2026-10-16, 2026-10-19, 2026-10-21, 2026-10-23]
  procedure_codes: ["96365", J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-27]
  denial_reason: >-
    CO-27: Expenses incurred after coverage terminated. Dependent coverage ended 10/09/2026 (limiting age).
  denial_category: other
  denial_reasons: [coverage_ended]
  coding_correct: true
  action: none
  corrections:
    - said: Dependent coverage ended 10/09/2026 (limiting age)
      record: >-
        The Plan's own COBRA election notice of 10/20/2026 says his coverage under the Plan ended on 10/31/2026, the
        last day of the month in which he turned 26, as SPD Section 3.3 provides
      file: other/cobra-election-notice-2026-10-20.txt
      page: 1
eligibility:
  why: >-
    SPD Section 3.3 ends a child's coverage on the last day of the month in which the child reaches age 26. Declan
    turned 26 on 10/09/2026, so his coverage continued through 10/31/2026; his father's family coverage premium for
    October was paid by payroll deduction, and the Plan's own COBRA notice gives 10/31/2026 as the day coverage ended.
  start: 2019-01-01
  end: 2026-10-31
  coverage: dependent child coverage under his father's family enrollment in the Plan
  record:
    name: COBRA election notice
    date: 2026-10-20
    file: other/cobra-election-notice-2026-10-20.txt
    page: 1
  proof:
    - other/spd-2026-excerpt.txt
    - other/cobra-election-notice-2026-10-20.txt
    - other/pay-stub-2026-10-30.txt
record_dates:
  - {file: clinical/follow-up-note-2026-11-20.txt, date: 2026-11-20}
plan_policy:
  name: Cobalt Bay Manufacturing Employee Health Plan, Summary Plan Description 2026, Section 3.3 (When a dependent's coverage ends)
  quote: >-
    Coverage for a child ends on the last day of the month in which the child reaches age 26, unless the child is
    incapable of self-support because of a disability (Section 3.4).
  file: other/spd-2026-excerpt.txt
prior_auth:
  approved:
    number: PA-KT-26-1002-5507
    date: 2026-10-02
    covers: six IV ketamine infusions (96365 with J3490), 10/12/2026 through 11/13/2026
    quote: >-
      Approved: intravenous ketamine infusion (96365, J3490), 6 infusions, 10/12/2026 through 11/13/2026. Approval is
      subject to the member's eligibility on each date of service.
    file: other/prior-authorization-approval-2026-10-02.txt
    from: 2026-10-12
    through: 2026-11-13
    lines:
      - {code: "96365", units: 6, given: 6}
treatment:
  name: Intravenous ketamine infusions
  summary: >-
    A series of six IV ketamine infusions (0.5 mg/kg over 40 minutes) for treatment-resistant recurrent depression,
    approved in advance by the Plan.
  setting: Platte Valley Infusion and Psychiatry, with monitoring of blood pressure, pulse oximetry and sedation for the infusion and one hour after
clinical:
  severity: MADRS 35 on 10/12/2026 before the first infusion; MADRS 14 on 10/23/2026 after the sixth
  severity_date: 2026-10-23
  suicidality: none
  suicidality_date: 2026-11-20
  response: MADRS 35 before the series, 14 after it
  response_level: response
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2017-11
      end: 2019-02
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode at 17; stopped in 2019
      evidence: {file: clinical/infusion-series-summary-2026-10-23.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-09-03
      end: 2024-12-20
      kind: antidepressant
      response: none
      outcome: No response after 15 weeks
      evidence: {file: clinical/infusion-series-summary-2026-10-23.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-01-13
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/infusion-series-summary-2026-10-23.txt, page: 1}
    - drug: Spravato (esketamine nasal spray)
      dose: 56 mg, 3 sessions
      start: 2025-08-04
      end: 2025-08-11
      kind: other
      adequate: false
      outcome: Stopped after 3 sessions for blood pressure of 176/108 after dosing
      evidence: {file: clinical/infusion-series-summary-2026-10-23.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/infusion-series-summary-2026-10-23.txt, page: 1}
author:
  name: Victor Halloran
  role: Father of the patient and the Plan's employee participant, his son's authorized representative
  relation: representative
  address: |-
    1418 Prairie Wren Drive
    Sandhill Crossing, NE 68510
  phone: (402) 555-0119
  email: victor.halloran@homemail.example
  authorization: other/authorized-representative-designation-2026-11-18.txt
provider:
  name: Oluwaseun Fairweather
  credentials: MD
  npi: "1392084764"
  address: |-
    Platte Valley Infusion and Psychiatry, 240 Lancaster Mill Road
    Sandhill Crossing, NE 68508
  phone: (402) 555-0151
employer:
  name: Cobalt Bay Manufacturing, Benefits Office
  address: |-
    Cobalt Bay Manufacturing, Benefits Office, 9 Foundry Way
    Sandhill Crossing, NE 68512
reimbursement:
  amount_billed: "$4,800.00"
  amount_paid: "$0.00"
bates_prefix: HALLORAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/eob-2026-11-12.txt": """
GRANITE RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) for the Cobalt Bay Manufacturing Employee Health Plan
EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 11/12/2026                Page 1

Employee: Victor Halloran          Patient: Declan Halloran (child)     Member ID: FICT-CBM-40077215-02
Claim: GRB-26-1104-662190          Received: 11/04/2026
Provider: Platte Valley Infusion and Psychiatry (network)
Date of service   Code     Units   Billed     Allowed   Paid    Code
10/12/2026        96365    1       $650.00    $0.00     $0.00   CO-27
10/12/2026        J3490    1       $150.00    $0.00     $0.00   CO-27
(the same two lines for 10/14, 10/16, 10/19, 10/21 and 10/23/2026; $4,800.00 billed in all)

CO-27: Expenses incurred after coverage terminated. Dependent coverage ended 10/09/2026 (limiting age).

Your right to appeal: you may appeal within 180 days of receiving this notice. Write to Granite Ridge Benefit
Administrators, Appeals Unit, PO Box 81466, Sandhill Crossing, NE 68501. We will decide an appeal of a claim for
services already received within 60 days.
""",
    "other/spd-2026-excerpt.txt": """
COBALT BAY MANUFACTURING EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)    Page 1
A self-funded group health plan; Granite Ridge Benefit Administrators is the claims administrator.

Section 3.3 When a dependent's coverage ends. Coverage for a child ends on the last day of the month in which the
child reaches age 26, unless the child is incapable of self-support because of a disability (Section 3.4).
Coverage for a spouse ends on the last day of the month in which a divorce becomes final.
Section 3.6 Premiums: the employee's share of the premium for each month of coverage is deducted from the last
paycheck of that month.
Section 10.1 Appeals: one level of internal appeal, within 180 days of the notice of denial.
""",
    "other/cobra-election-notice-2026-10-20.txt": """
GRANITE RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - COBRA CONTINUATION COVERAGE ELECTION NOTICE
Date: 10/20/2026                                                                                 Page 1

To: Declan Halloran, 1418 Prairie Wren Drive, Sandhill Crossing, NE 68510
Plan: Cobalt Bay Manufacturing Employee Health Plan     Covered under the Plan since: 01/01/2019 (child of the
employee, Victor Halloran)
Qualifying event: loss of dependent child status (age 26) on 10/09/2026.
Your coverage under the Plan ended on 10/31/2026. If you elect COBRA continuation coverage, it will begin on
11/01/2026, with no gap. You have 60 days from the later of the date of this notice or the date your coverage ended
to elect it.
""",
    "other/hr-portal-printout-2026-11-16.txt": """
COBALT BAY MANUFACTURING (FICTIONAL) - EMPLOYEE BENEFITS PORTAL (printout)      Printed: 11/16/2026     Page 1

Employee: Victor Halloran     Coverage: Medical - Family
Dependents:
  Marguerite Halloran (spouse)   Active
  Declan Halloran (child)        Terminated 10/09/2026 - reason: age 26
  Rosalie Halloran (child)       Active
""",
    "other/pay-stub-2026-10-30.txt": """
COBALT BAY MANUFACTURING (FICTIONAL) - EARNINGS STATEMENT               Pay date: 10/30/2026       Page 1

Employee: Victor Halloran     Pay period: 10/17/2026 - 10/30/2026
Deductions: Medical - Family (October coverage): $412.50   Dental - Family: $38.20
""",
    "other/prior-authorization-approval-2026-10-02.txt": """
GRANITE RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL     Date: 10/02/2026    Page 1

Patient: Declan Halloran     Member ID: FICT-CBM-40077215-02     Authorization: PA-KT-26-1002-5507
Provider: Platte Valley Infusion and Psychiatry (Oluwaseun Fairweather, MD)
Approved: intravenous ketamine infusion (96365, J3490), 6 infusions, 10/12/2026 through 11/13/2026. Approval is
subject to the member's eligibility on each date of service.
""",
    "other/authorized-representative-designation-2026-11-18.txt": """
GRANITE RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - DESIGNATION OF AUTHORIZED REPRESENTATIVE          Page 1

I, Declan Halloran (member ID FICT-CBM-40077215-02, date of birth 10/09/2000), name my father, Victor Halloran, as
my authorized representative to appeal claim GRB-26-1104-662190 and to receive my health information for that
purpose.
Signed: Declan Halloran (signature on file)        Date: 11/18/2026
""",
    "clinical/infusion-series-summary-2026-10-23.txt": """
PLATTE VALLEY INFUSION AND PSYCHIATRY (FICTIONAL) - KETAMINE INFUSION SERIES SUMMARY   Date: 10/23/2026   Page 1

Patient: Declan Halloran    DOB 10/09/2000    Physician: Oluwaseun Fairweather, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features.
Infusions: 6, on 10/12, 10/14, 10/16, 10/19, 10/21 and 10/23/2026; ketamine 0.5 mg/kg over 40 minutes; blood
pressure, pulse oximetry and sedation monitored during and for one hour after each.
Measures: MADRS 35 on 10/12/2026 before the first infusion; MADRS 14 on 10/23/2026 after the sixth.
Safety: active suicidal ideation with a plan on 09/18/2026 (urgent referral); no suicidal ideation from 10/19/2026.
Medication history:
- Fluoxetine 40 mg, 11/2017-02/2019: remission of an earlier episode at 17.
- Sertraline 200 mg, 09/03/2024-12/20/2024: no response after 15 weeks.
- Venlafaxine XR 225 mg since 01/13/2025: continues; partial response.
- Spravato 56 mg, 3 sessions 08/04-08/11/2025: stopped for blood pressure of 176/108 after dosing.
- Mirtazapine 7.5 mg at bedtime for sleep since January 2025.
Plan: follow-up visits every two weeks; booster infusion only if MADRS rises above 20.
""",
    "clinical/follow-up-note-2026-11-20.txt": """
PLATTE VALLEY INFUSION AND PSYCHIATRY (FICTIONAL) - FOLLOW-UP NOTE                Date: 11/20/2026       Page 1

Patient: Declan Halloran    DOB 10/09/2000
MADRS 15. No suicidal ideation. Working full time since 11/02/2026 (new job; its health plan begins 12/01/2026).
Venlafaxine XR 225 mg and mirtazapine 7.5 mg at bedtime continue.
""",
}

TRUTH = """
# 08 - Self-funded employer plan: the son's coverage ended on his 26th birthday in the plan's system, but the SPD ends it on the last day of that month; first internal appeal by the father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Declan Halloran, 26 (DOB **10/09/2000**), covered since 01/01/2019 as the **child** of Victor Halloran, an employee
  in the **Cobalt Bay Manufacturing Employee Health Plan**, a **self-funded** ERISA plan (Nebraska) administered by
  Granite Ridge Benefit Administrators.
- **SPD Section 3.3**: "Coverage for a child ends on the **last day of the month** in which the child reaches age
  26". He turned 26 on **10/09/2026**, so his coverage ran **through 10/31/2026**. The Plan's own **COBRA election
  notice of 10/20/2026** says the same ("Your coverage under the Plan ended on 10/31/2026"; COBRA from 11/01/2026).
  The October family premium was deducted on **10/30/2026** (pay stub; SPD 3.6).
- Six IV ketamine infusions (96365 + J3490) on **10/12, 10/14, 10/16, 10/19, 10/21 and 10/23/2026**, all within
  10/01-10/31/2026, **approved in advance** (PA-KT-26-1002-5507, 6 infusions, 10/12-11/13/2026, "subject to the
  member's eligibility"). MADRS 35 -> 14.
- EOB **11/12/2026**: all lines CO-27, "Dependent coverage ended 10/09/2026 (limiting age)". The employer's HR
  portal shows "Terminated 10/09/2026 - reason: age 26": the source of the error.
- Stage: the Plan's **only internal appeal** (SPD 10.1), post-service, within **180 days** of receipt of the notice
  (**by 05/11/2027** counted from the notice date); decision within **60 days** (29 CFR 2560.503-1(i)(2)(iii)(A); the
  EOB says 60 days).
- Author: **Victor Halloran, his father**, the employee, as his adult son's **authorized representative** (Declan's
  designation of 11/18/2026). The patient is an adult; the father is not a parent of a minor here and is not the
  patient.

## Deliberately unknown
- Whether the Plan will also need Declan to elect or decline COBRA (no gap matters here: the care was in October).
- What the Plan will pay per infusion (network rates; J3490's NDC and units are not in the case).
- Whether external review is open for this denial (an eligibility denial is not a medical judgment; it could be
  argued as a rescission only if coverage was cancelled retroactively, which the case does not show): the letter
  should not promise external review.

## Traps
- **The Plan's own document wins, not federal law:** the ACA's dependent-coverage rule (45 CFR 147.120; PHS Act
  2714) requires coverage only until the child **turns** 26; it does **not** require coverage to the end of that
  month. A letter that says federal law required coverage through 10/31/2026 is FALSE; the right ground is SPD 3.3
  (and the COBRA notice).
- **The approval is not the answer:** it is "subject to the member's eligibility"; it shows medical necessity was not
  in question, but the winning point is the coverage date. Saying only "honor the approval" misses the point.
- **The decision's stated fact** ("coverage ended 10/09/2026") is contradicted by the SPD and the Plan's own COBRA
  notice; a letter that concedes it, or asks for COBRA to cover October, is FALSE.
- **Not a medical judgment:** no medical-necessity argument, no trial count, no evidence paragraph, no peer-to-peer.
  If the history is mentioned: venlafaxine XR **continues** with a partial response (never "failed"); mirtazapine
  7.5 mg is a sleep dose; fluoxetine at 17 brought **remission** of an earlier episode; Spravato 3 sessions stopped
  for blood pressure is not an adequate trial.
- **Suicidality:** active ideation on 09/18/2026 (before the series); none from 10/19/2026 and on 11/20/2026: never
  "currently suicidal".
- **Other people on documents:** the HR portal lists his mother and sister (Marguerite, Rosalie); they are not part
  of the appeal. His new job's plan begins 12/01/2026: not other coverage in October (no coordination of benefits).
- **Wrong law:** a self-funded ERISA plan: 29 CFR 2560.503-1; not the state insurance department or state law, no
  state external review; complaints would go to the Labor Department (EBSA). Contra proferentem is not stated as law.
- **Voice:** the father writes about "my son" / "Declan" as his authorized representative; never in Declan's first
  person, never "as his parent of a minor", never "I received the infusions".

## Arguments a strong letter makes (strongest first)
1. **SPD Section 3.3** ends a child's coverage on the **last day of the month** in which the child reaches 26:
   Declan turned 26 on 10/09/2026, so he was covered **through 10/31/2026**, and every infusion (10/12-10/23/2026)
   falls within that coverage.
2. The Plan's own **COBRA notice of 10/20/2026** says his coverage "ended on 10/31/2026" (COBRA from 11/01/2026), and
   the family premium for October was paid (pay stub of 10/30/2026). The EOB's "10/09/2026" comes from the employer
   portal's birthday entry.
3. The infusions were approved in advance (PA-KT-26-1002-5507, 6 infusions, 10/12-11/13/2026), subject only to
   eligibility, which the SPD establishes. Ask the Plan to correct its eligibility record to 10/31/2026 and
   reprocess and pay the six dates under the approval; decision within 60 days.

## What a letter must NOT say
- "federal law (the ACA) requires coverage through the end of the month", "45 CFR 147.120 requires ... 10/31".
- "his coverage ended 10/09/2026" as true; "COBRA should pay for October"; "he was uninsured".
- "medically necessary" as the ground, "failed venlafaxine", "failed mirtazapine", "failed Spravato", "failed
  fluoxetine", a trial count, "currently suicidal".
- "state insurance department", "state external review", "45 CFR 147.136(c)" as his route; "external review" as a
  promised next step.
- Marguerite's or Rosalie's coverage; the new employer plan as coordination of benefits.
- "I received", "my infusions" (the father is not the patient); "parent of a minor".
"""

ANSWERS = [
    ("denial/eob-2026-11-12.txt", "CO-27: Expenses incurred after coverage terminated. Dependent coverage ended 10/09/2026 (limiting age)"),
    ("denial/eob-2026-11-12.txt", "within 180 days of receiving this notice"),
    ("denial/eob-2026-11-12.txt", "within 60 days"),
    ("other/spd-2026-excerpt.txt", "Coverage for a child ends on the last day of the month in which the child reaches age 26"),
    ("other/spd-2026-excerpt.txt", "one level of internal appeal"),
    ("other/cobra-election-notice-2026-10-20.txt", "Your coverage under the Plan ended on 10/31/2026"),
    ("other/cobra-election-notice-2026-10-20.txt", "Qualifying event: loss of dependent child status (age 26) on 10/09/2026"),
    ("other/hr-portal-printout-2026-11-16.txt", "Terminated 10/09/2026 - reason: age 26"),
    ("other/hr-portal-printout-2026-11-16.txt", "Rosalie Halloran (child)"),
    ("other/pay-stub-2026-10-30.txt", "Medical - Family (October coverage): $412.50"),
    ("other/prior-authorization-approval-2026-10-02.txt", "6 infusions, 10/12/2026 through 11/13/2026"),
    ("other/prior-authorization-approval-2026-10-02.txt", "subject to the member's eligibility on each date of service"),
    ("other/authorized-representative-designation-2026-11-18.txt", "name my father, Victor Halloran"),
    ("clinical/infusion-series-summary-2026-10-23.txt", "6, on 10/12, 10/14, 10/16, 10/19, 10/21 and 10/23/2026"),
    ("clinical/infusion-series-summary-2026-10-23.txt", "MADRS 14 on 10/23/2026 after the sixth"),
    ("clinical/infusion-series-summary-2026-10-23.txt", "Venlafaxine XR 225 mg since 01/13/2025: continues; partial response"),
    ("clinical/infusion-series-summary-2026-10-23.txt", "Mirtazapine 7.5 mg at bedtime for sleep"),
    ("clinical/infusion-series-summary-2026-10-23.txt", "remission of an earlier episode at 17"),
    ("clinical/infusion-series-summary-2026-10-23.txt", "stopped for blood pressure of 176/108"),
    ("clinical/infusion-series-summary-2026-10-23.txt", "active suicidal ideation with a plan on 09/18/2026"),
    ("clinical/follow-up-note-2026-11-20.txt", "its health plan begins 12/01/2026"),
    ("clinical/follow-up-note-2026-11-20.txt", "No suicidal ideation"),
]
