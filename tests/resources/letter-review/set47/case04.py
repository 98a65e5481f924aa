"""Set 47, case 04 (FICTIONAL): FEHB, a pain rehabilitation program denied as "TRICARE is primary"; OPM review after
the carrier's reconsideration, asked by the program's financial counselor as the member's representative."""

SLUG = "04-fehb-pain-rehab-program-cob-tricare-said-primary-opm-review-financial-counselor"

CASE_YAML = """
# FICTIONAL CASE (set 47, case 04) - every person, plan, carrier, agency address, provider, number and address is
# invented. FEHB Standard Option, Ohio. Annelise Brandvold-Ochoa, 57, a retired Air Force officer now working as a
# federal civilian employee, has FEHB as an enrollee and TRICARE Select as a military retiree. The carrier denied her
# four-week interdisciplinary pain rehabilitation program as "TRICARE is primary" (CO-22) and upheld it on
# reconsideration; its own brochure says that when TRICARE and the plan both cover a person, the plan pays first,
# and TRICARE's EOB says it pays second. The program's financial counselor asks OPM to review.
patient:
  name: Annelise Brandvold-Ochoa
  salutation: Ms. Brandvold-Ochoa
  date_of_birth: 1969-04-02
  member_id: FICT-BFB-R60412275
  address: |-
    4418 Shady Brook Drive
    Beavercreek, OH 45432
  phone: (937) 555-0121
insurer:
  name: Buckeye Federal Benefit Plan, Standard Option (FEHB carrier) (FICTIONAL)
  appeals_address: |-
    Buckeye Federal Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 44120
    Columbus, OH 43204
  fax: (614) 555-0166
claim:
  number: BFB-26-0904-330218
  plan_type: fehb
  notice_date: 2026-09-15
  service_dates: [2026-08-03, 2026-08-28]
  sessions: 20
  setting: outpatient
  procedure_codes: [97530, 97110, 96158, 90853]
  diagnosis_codes: [G89.4, M54.50, F33.1]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Our records show TRICARE coverage.
    TRICARE is primary. Send TRICARE's explanation of benefits. (CARC 22)
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  coding_correct: true
  action: none
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-28
    reason: >-
      Our records show the member has TRICARE coverage as a military retiree. TRICARE pays first. We will consider the
      claim as the secondary payer when TRICARE's explanation of benefits is received.
    corrections:
      - said: TRICARE pays first.
        record: >-
          The plan's own 2026 brochure, Section 9, says that if TRICARE and this Plan cover you, the Plan pays first;
          TRICARE's explanation of benefits of 10/08/2026 for the same program says TRICARE pays after her other
          health insurance, this Plan.
        file: [other/brochure-2026-section-9-excerpt.txt, other/tricare-eob-2026-10-08.txt]
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations (address as printed in the carrier's decision; FICTIONAL for this test)
  address: |-
    OPM Federal Employee Insurance Operations - Health Insurance Review (FICTIONAL)
    PO Box 70415
    Washington, DC 20044
  final_denial_date: 2026-10-30
plan_policy:
  name: Buckeye Federal Benefit Plan 2026 brochure, Section 9 "Coordinating benefits with other coverage"
  number: Section 9
  quote: >-
    TRICARE and CHAMPVA. TRICARE is the health care program for eligible dependents of military persons and
    retirees of the military. If TRICARE or CHAMPVA and this Plan cover you, we pay first.
  file: other/brochure-2026-section-9-excerpt.txt
other_coverage:
  plan: TRICARE Select (military retiree coverage)
  member_is: retired service member (sponsor)
  covered_here_as: enrollee, as an active federal civilian employee
  other_says_second: other/tricare-eob-2026-10-08.txt
  proof: [other/tricare-eob-2026-10-08.txt, other/brochure-2026-section-9-excerpt.txt]
treatment:
  name: Interdisciplinary pain rehabilitation program, 4 weeks (20 program days)
  summary: >-
    A four-week, full-day functional restoration program (physical and occupational therapy, pain psychology, group
    therapy, medical oversight) for chronic low back pain with depression; completed 08/03-08/28/2026. Only the order
    of payment is in dispute.
clinical:
  severity: >-
    At discharge on 08/28/2026: pain interference (PEG) 8.1 to 4.6; sitting tolerance 20 to 60 minutes; PHQ-9 16 to 9
  severity_date: 2026-08-28
  suicidality: none
  suicidality_date: 2026-08-28
  response: PEG 8.1 to 4.6 and PHQ-9 16 to 9 over the program
  response_level: response
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2024-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response for pain and mood; continued
      evidence: {file: clinical/program-discharge-summary-2026-08-28.txt, page: 1}
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2025-02
      end: 2025-02
      weeks: 2
      kind: other
      adequate: false
      outcome: Stopped after 2 weeks for dizziness (intolerance)
      evidence: {file: clinical/program-discharge-summary-2026-08-28.txt, page: 1}
    - drug: Cyclobenzaprine
      dose: 5 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Taken at bedtime for sleep; not a treatment trial
      evidence: {file: clinical/program-discharge-summary-2026-08-28.txt, page: 1}
    - drug: Physical therapy
      dose: 12 visits
      start: 2025-09
      end: 2025-11
      kind: other
      sessions: 12
      adequate: true
      failed: true
      response: none
      outcome: Completed without lasting benefit
      evidence: {file: clinical/program-discharge-summary-2026-08-28.txt, page: 1}
author:
  name: Mireille Tanaka-Boateng
  role: Patient financial counselor, Miami Valley Functional Restoration Program, authorized representative
  relation: representative
  address: |-
    Miami Valley Functional Restoration Program (FICTIONAL), 2600 Far Hills Avenue, Suite 300
    Dayton, OH 45419
  phone: (937) 555-0148
  email: mtanaka-boateng@mvfrp.example
  authorization: other/authorization-of-representative-2026-11-05.txt
provider:
  name: Miami Valley Functional Restoration Program
  credentials: interdisciplinary outpatient pain rehabilitation program
  npi: "1710648290"
  address: |-
    2600 Far Hills Avenue, Suite 300
    Dayton, OH 45419
  phone: (937) 555-0148
record_dates:
  - file: clinical/program-discharge-summary-2026-08-28.txt
    date: 2026-08-28
  - file: other/tricare-eob-2026-10-08.txt
    date: 2026-10-08
template: external-review-request
bates_prefix: BRANDVOLDOCHOA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-09-15.txt": """
BUCKEYE FEDERAL BENEFIT PLAN (FICTIONAL FEHB CARRIER) - EXPLANATION OF BENEFITS      Date: 09/15/2026
Enrollee/patient: Annelise Brandvold-Ochoa   Member ID FICT-BFB-R60412275   Standard Option, Self Only
Claim BFB-26-0904-330218   Provider: Miami Valley Functional Restoration Program   Page 1 of 1
Services 08/03/2026-08/28/2026, 20 program days   Billed $18,400.00   Paid $0.00
CARC 22. This care may be covered by another payer per coordination of benefits. Our records show TRICARE
coverage. TRICARE is primary. Send TRICARE's explanation of benefits.
You may ask us to reconsider within 6 months of the date of this notice.
""",
    "denial/reconsideration-decision-2026-10-30.txt": """
BUCKEYE FEDERAL BENEFIT PLAN (FICTIONAL FEHB CARRIER) - RECONSIDERATION DECISION       Date: 10/30/2026
Enrollee/patient: Annelise Brandvold-Ochoa   Claim BFB-26-0904-330218   Page 1 of 1
Request received 09/28/2026.
Decision: Our records show the member has TRICARE coverage as a military retiree. TRICARE pays first. We will
consider the claim as the secondary payer when TRICARE's explanation of benefits is received. We affirm our denial.
If you disagree, you may ask the U.S. Office of Personnel Management to review our decision within 90 days of the
date of this letter. Write to OPM, Federal Employee Insurance Operations - Health Insurance Review, PO Box 70415,
Washington, DC 20044 (address FICTIONAL for this test).
""",
    "clinical/program-discharge-summary-2026-08-28.txt": """
MIAMI VALLEY FUNCTIONAL RESTORATION PROGRAM (FICTIONAL) - DISCHARGE SUMMARY          Date: 08/28/2026
Patient: Annelise Brandvold-Ochoa   DOB 04/02/1969   Page 1 of 1
Diagnoses: chronic pain syndrome (G89.4); low back pain (M54.50); major depressive disorder, recurrent, moderate
(F33.1). Program 08/03-08/28/2026, 20 full days, completed.
Outcomes: PEG 8.1 to 4.6; sitting tolerance 20 to 60 minutes; PHQ-9 16 to 9; no suicidal ideation.
Medicines: duloxetine 60 mg daily since 05/2024 (continued); gabapentin 02/2025 stopped after 2 weeks for dizziness;
cyclobenzaprine 5 mg at bedtime for sleep. Physical therapy 12 visits 09/2025-11/2025 without lasting benefit. In
2021 a course of physical therapy relieved an earlier flare for more than a year.
""",
    "other/brochure-2026-section-9-excerpt.txt": """
BUCKEYE FEDERAL BENEFIT PLAN (FICTIONAL FEHB CARRIER) - 2026 BROCHURE (excerpt)                  Page 112
Section 9. Coordinating benefits with other coverage
TRICARE and CHAMPVA. TRICARE is the health care program for eligible dependents of military persons and retirees
of the military. If TRICARE or CHAMPVA and this Plan cover you, we pay first.
""",
    "other/tricare-eob-2026-10-08.txt": """
TRICARE EAST REGION CONTRACTOR (FICTIONAL) - TRICARE EXPLANATION OF BENEFITS          Date: 10/08/2026
Sponsor/beneficiary: Annelise Brandvold-Ochoa (retired)   TRICARE Select   Page 1 of 1
Line 1  Annelise Brandvold-Ochoa  08/03-08/28/2026  Miami Valley Functional Restoration Program  $18,400.00
        Other health insurance (OHI) on file: Buckeye Federal Benefit Plan. TRICARE pays after other health
        insurance. Submit the OHI's explanation of benefits showing its payment.
Line 2  Rafael Ochoa (spouse)  09/14/2026  laboratory  $212.00  processed
""",
    "other/tricare-ohi-questionnaire-2023-stale.txt": """
TRICARE OTHER HEALTH INSURANCE QUESTIONNAIRE (FICTIONAL form copy)                  Signed 03/11/2023
Beneficiary: Annelise Brandvold-Ochoa   Other health insurance: [X] None
[Stale: signed before she began federal civilian employment and FEHB coverage in 01/2024.]
""",
    "other/authorization-of-representative-2026-11-05.txt": """
AUTHORIZATION OF REPRESENTATIVE                                                   Date: 11/05/2026
I, Annelise Brandvold-Ochoa (Member ID FICT-BFB-R60412275), authorize Mireille Tanaka-Boateng, patient financial
counselor at Miami Valley Functional Restoration Program, to request OPM's review of claim BFB-26-0904-330218 on my
behalf and to receive my records for it.
Signed: Annelise Brandvold-Ochoa
""",
}

TRUTH = """
# 04 - FEHB: a pain rehabilitation program denied as "TRICARE is primary"; OPM review asked by the program's financial counselor (FICTIONAL)

All people, plans, carriers, agency addresses, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Annelise Brandvold-Ochoa, 57 (DOB 04/02/1969), is a **federal civilian employee enrolled in FEHB** (Buckeye
  Federal Benefit Plan, Standard Option, Self Only, since 01/2024) and a **military retiree with TRICARE Select**.
- She completed a **four-week interdisciplinary pain rehabilitation program, 08/03-08/28/2026 (20 days)**; billed
  $18,400.00. Coverage of the program is not disputed; only the order of payment.
- EOB **09/15/2026** (claim BFB-26-0904-330218, **CO-22**): "TRICARE is primary". Reconsideration **10/30/2026**:
  "TRICARE pays first ... We affirm our denial."
- The plan's **2026 brochure, Section 9**: "If TRICARE or CHAMPVA and this Plan cover you, **we pay first**."
  **TRICARE's EOB of 10/08/2026** says TRICARE pays after her other health insurance, this Plan. Each payer says the
  other pays first; the plan's own brochure decides that the plan pays first.
- **Rule and stage:** FEHB, 5 CFR 890.105: after the carrier's reconsideration, **OPM review within 90 days of the
  carrier's decision: by 01/28/2027**. OPM decides; the request goes to OPM, not to the carrier.
- **Author:** the program's patient financial counselor, her authorized representative (authorization of
  11/05/2026); writes about "Ms. Brandvold-Ochoa".

## Deliberately unknown
- What the plan will allow or pay for the program: not in the case; a letter states no payment amount.
- Why the carrier's record says TRICARE is primary: not known; a letter may ask that the record be corrected.
- Any time OPM has to decide: this case records none.

## Traps
- **Plan document, not medicine:** the winning point is Section 9 of the plan's own brochure; no medical necessity,
  no clinical reviewer, no peer-to-peer.
- **A decision's wrong statement:** "TRICARE pays first" - against the brochure and TRICARE's own EOB.
- **Stale document:** the 2023 TRICARE questionnaire ("None") was signed before she had FEHB; it does not show that
  she has no other coverage now, and it is not the order-of-benefits rule.
- **Other person on a document:** TRICARE EOB line 2 is Rafael Ochoa (spouse, laboratory); not part of this appeal.
- **Drugs:** duloxetine continues (never "failed" or "stopped"); gabapentin stopped after 2 weeks for dizziness (an
  intolerance); cyclobenzaprine 5 mg at bedtime is for sleep; 2021 physical therapy helped an earlier flare (not a
  failure). None of it is argued: the denial is about who pays first.
- **Wrong law and wrong program:** no Medicare (she is 57; no Medicare secondary-payer rule), no ERISA, no 45 CFR
  147.136, no state external review or insurance department, no MHPAEA; TRICARE's rules are not the plan's.
- **Voice:** the counselor writes for Ms. Brandvold-Ochoa as her representative; never "I had the program".

## Arguments a strong letter makes (strongest first)
1. The plan's own **2026 brochure, Section 9**: "If TRICARE ... and this Plan cover you, we pay first." She is covered
   by both; the plan is the primary payer. OPM should direct the carrier to process the claim as primary.
2. **TRICARE's EOB of 10/08/2026** for the same program says TRICARE pays after this Plan; waiting for TRICARE's
   payment, as the reconsideration asks, cannot end.
3. Ask that the carrier's coordination-of-benefits record be corrected so her later claims are not denied the same
   way.

## What a letter must NOT say
- "TRICARE is primary"; "TRICARE pays first"; "she has no other coverage" (the stale 2023 form).
- "Rafael Ochoa"; "Medicare"; "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "state insurance department", "MHPAEA".
- "failed duloxetine", "stopped duloxetine"; gabapentin as an adequate trial; cyclobenzaprine as a trial.
- a payment amount the plan owes.
"""

ANSWERS = [
    ("plan type", "plan_type: fehb", "case.yaml"),
    ("stage", "ask the U.S. Office of Personnel Management to review our decision within 90 days", "denial/reconsideration-decision-2026-10-30.txt"),
    ("deadline", "by 01/28/2027", "truth"),
    ("rule", "5 CFR 890.105", "truth"),
    ("plan's own rule", "If TRICARE or CHAMPVA and this Plan cover you, we pay first.", "other/brochure-2026-section-9-excerpt.txt"),
    ("TRICARE pays second", "TRICARE pays after other health insurance", "other/tricare-eob-2026-10-08.txt"),
    ("TRICARE EOB date", "Date: 10/08/2026", "other/tricare-eob-2026-10-08.txt"),
    ("denial's words", "TRICARE is primary", "denial/explanation-of-benefits-2026-09-15.txt"),
    ("reconsideration date", "Date: 10/30/2026", "denial/reconsideration-decision-2026-10-30.txt"),
    ("care", "Program 08/03-08/28/2026, 20 full days, completed", "clinical/program-discharge-summary-2026-08-28.txt"),
    ("how she is covered here", "enrollee, as an active federal civilian employee", "case.yaml"),
    ("other person", "Rafael Ochoa (spouse)", "other/tricare-eob-2026-10-08.txt"),
    ("stale document", "signed before she began federal civilian employment and FEHB coverage in 01/2024", "other/tricare-ohi-questionnaire-2023-stale.txt"),
    ("authorization date", "Date: 11/05/2026", "other/authorization-of-representative-2026-11-05.txt"),
    ("intolerance", "stopped after 2 weeks for dizziness", "clinical/program-discharge-summary-2026-08-28.txt"),
    ("earlier-episode response", "relieved an earlier flare for more than a year", "clinical/program-discharge-summary-2026-08-28.txt"),
]
