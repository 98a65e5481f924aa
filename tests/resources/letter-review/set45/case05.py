"""Set 45, case 05 (FICTIONAL): self-funded employer plan, second level; four of five approved ketamine infusions for
CRPS denied as duplicates (CO-18) of the first day's; level 1 adds "the precertification allows one infusion".
Written by the employer's benefits specialist as the member's authorized representative."""
SLUG = "05-self-funded-erisa-ketamine-crps-duplicate-denial-distinct-dates-second-level-hr-benefits-rep"

CASE_YAML = """
# FICTIONAL CASE (set 45, case 05) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (MO), 1,850 employees. Declan Oduya-Fairweather, 39, CRPS of the right foot, had five
# IV ketamine infusions 09/14-09/18/2026 under precertification PC-26-0902-6612 (five infusions, 09/14-09/30/2026) at an
# out-of-network clinic he paid up front ($3,750.00). The plan paid 09/14 and denied 09/15-09/18 as duplicates (CO-18);
# the first-level decision (11/16/2026) kept it and added that the precertification "allows one infusion". The
# employer's benefits specialist, his authorized representative, files the second-level appeal.
patient:
  name: Declan Oduya-Fairweather
  salutation: Mr. Oduya-Fairweather
  date_of_birth: 1987-05-30
  member_id: FICT-GFL-55230917
  address: |-
    4419 Flora Place
    St. Louis, MO 63110
  phone: (314) 555-0116
insurer:
  name: Gateway Freight Lines Employee Health Plan, administered by Heartland Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Heartland Benefit Administrators - Second Level Appeals (FICTIONAL)
    PO Box 17330
    Kansas City, MO 64141
  fax: (816) 555-0148
claim:
  number: HBA-26-0921-771045
  plan_type: employer_erisa
  funding: self_funded
  employees: 1850
  notice_date: 2026-10-02
  service_dates: [2026-09-14, 2026-09-15, 2026-09-16, 2026-09-17, 2026-09-18]
  sessions: 5
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.521]
  carc_codes: [CO-18]
  denial_reason: >-
    Exact duplicate claim/service. The services of 09/15/2026-09/18/2026 duplicate services already processed.
    (CARC 18)
  denial_category: coding_billing
  denial_reasons: [coding_billing, prior_authorization]
  coding_correct: true
  action: none
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: first level appeal
    opens: second level appeal
    next_deadline: 2027-01-15
    reason: >-
      The services billed for 09/15/2026 through 09/18/2026 duplicate the services of 09/14/2026 already paid. In
      addition, precertification PC-26-0902-6612 allows one infusion. The denial is upheld.
    corrections:
      - said: The services billed for 09/15/2026 through 09/18/2026 duplicate the services of 09/14/2026 already paid.
        record: >-
          The claim's lines carry five different dates of service, 09/14, 09/15, 09/16, 09/17 and 09/18/2026, one
          infusion each, and the clinic's infusion records show a separate infusion with its own start and stop times
          on each of those days.
        file: other/claim-form-lines-2026-09-21.txt
        page: 1
      - said: Precertification PC-26-0902-6612 allows one infusion.
        record: >-
          The precertification letter of 09/02/2026 approves five infusions from 09/14/2026 through 09/30/2026.
        file: other/precertification-approval-2026-09-02.txt
        page: 1
plan_policy:
  name: Gateway Freight Lines Employee Health Plan Summary Plan Description 2026, Section 9.3 (claim appeals) and Section 5.2 (out-of-network benefits)
  number: SPD 9.3
  quote: >-
    Section 9.3: If your first-level appeal is denied, you may file a second-level appeal within 60 days of the
    first-level decision. Section 5.2: Covered services from out-of-network providers are paid at 60% of the allowed
    amount after the out-of-network deductible.
  file: other/spd-2026-sections-5-and-9-excerpt.txt
prior_auth:
  approved:
    number: precertification PC-26-0902-6612
    date: 2026-09-02
    covers: five outpatient IV ketamine infusions for CRPS, 09/14/2026 through 09/30/2026
    quote: "Approved: outpatient IV ketamine infusion (96365, 96366, J3490), 5 infusions, 09/14/2026 through 09/30/2026, Ozark Infusion and Pain Center (out of network)."
    file: other/precertification-approval-2026-09-02.txt
    from: 2026-09-14
    through: 2026-09-30
    lines:
      - {code: 96365, units: 5, given: 5}
service_lines:
  - {date: 2026-09-14, place_of_service: "11", code: "96365", units: 1, diagnosis_pointers: A, charge: 450.00}
  - {date: 2026-09-14, place_of_service: "11", code: "96366", units: 3, diagnosis_pointers: A, charge: 240.00}
  - {date: 2026-09-14, place_of_service: "11", code: "J3490", units: 1, diagnosis_pointers: A, charge: 60.00, description: ketamine hydrochloride 0.5 mg/kg/hour over 4 hours}
  - {date: 2026-09-15, place_of_service: "11", code: "96365", units: 1, diagnosis_pointers: A, charge: 450.00}
  - {date: 2026-09-15, place_of_service: "11", code: "96366", units: 3, diagnosis_pointers: A, charge: 240.00}
  - {date: 2026-09-15, place_of_service: "11", code: "J3490", units: 1, diagnosis_pointers: A, charge: 60.00, description: ketamine hydrochloride 0.5 mg/kg/hour over 4 hours}
  - {date: 2026-09-16, place_of_service: "11", code: "96365", units: 1, diagnosis_pointers: A, charge: 450.00}
  - {date: 2026-09-16, place_of_service: "11", code: "96366", units: 3, diagnosis_pointers: A, charge: 240.00}
  - {date: 2026-09-16, place_of_service: "11", code: "J3490", units: 1, diagnosis_pointers: A, charge: 60.00, description: ketamine hydrochloride 0.5 mg/kg/hour over 4 hours}
  - {date: 2026-09-17, place_of_service: "11", code: "96365", units: 1, diagnosis_pointers: A, charge: 450.00}
  - {date: 2026-09-17, place_of_service: "11", code: "96366", units: 3, diagnosis_pointers: A, charge: 240.00}
  - {date: 2026-09-17, place_of_service: "11", code: "J3490", units: 1, diagnosis_pointers: A, charge: 60.00, description: ketamine hydrochloride 0.5 mg/kg/hour over 4 hours}
  - {date: 2026-09-18, place_of_service: "11", code: "96365", units: 1, diagnosis_pointers: A, charge: 450.00}
  - {date: 2026-09-18, place_of_service: "11", code: "96366", units: 3, diagnosis_pointers: A, charge: 240.00}
  - {date: 2026-09-18, place_of_service: "11", code: "J3490", units: 1, diagnosis_pointers: A, charge: 60.00, description: ketamine hydrochloride 0.5 mg/kg/hour over 4 hours}
treatment:
  name: Outpatient IV ketamine infusions for complex regional pain syndrome, 5 infusions (96365, 96366, J3490)
  summary: >-
    A five-day course of 4-hour IV ketamine infusions for CRPS of the right lower limb, approved in advance by the plan;
    only the payment of the last four days is in question.
clinical:
  severity: Pain 8/10 with allodynia before the course (09/14/2026); pain 4/10 on 10/19/2026
  severity_date: 2026-10-19
  suicidality: none
  suicidality_date: 2026-10-19
  response: Pain 8/10 to 4/10 five weeks after the course; walking without a crutch
  response_level: partial
  history:
    - drug: Gabapentin
      dose: 600 mg three times daily
      start: 2025-08
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/pain-clinic-note-2026-10-19.txt, page: 1}
    - drug: Nortriptyline
      dose: 10 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a tricyclic trial for pain
      evidence: {file: clinical/pain-clinic-note-2026-10-19.txt, page: 1}
    - drug: Lumbar sympathetic blocks
      dose: 2 blocks
      start: 2026-03-04
      end: 2026-03-25
      kind: other
      response: lost
      outcome: Relief for about a week after each block, then lost
      evidence: {file: clinical/pain-clinic-note-2026-10-19.txt, page: 1}
    - drug: Physical therapy (graded motor imagery and desensitization)
      dose: weekly
      start: 2025-09
      ongoing: true
      kind: other
      response: partial
      outcome: Ongoing with some benefit; not a failed treatment
      evidence: {file: clinical/pain-clinic-note-2026-10-19.txt, page: 1}
expenses:
  - {date: 2026-09-14, item: "Five IV ketamine infusions, 09/14-09/18/2026, paid in advance", amount: 3750.00, paid: 3750.00, reimbursed: 412.50}
reimbursement:
  amount_billed: $3,750.00
  amount_paid: $3,750.00
author:
  name: Janelle Whitcomb
  role: Senior benefits specialist, Gateway Freight Lines (the employer); authorized representative of the member
  relation: representative
  authorization: other/authorized-representative-designation-2026-11-20.txt
  address: |-
    Gateway Freight Lines (FICTIONAL), Human Resources, 900 North Broadway
    St. Louis, MO 63102
  phone: (314) 555-0129
  email: jwhitcomb@gatewayfreight.example
provider:
  name: Ozark Infusion and Pain Center
  credentials: Out-of-network outpatient infusion clinic; attending Tomasz Reinholt, MD, anesthesiology and pain medicine
  npi: "1462839501"
  address: |-
    7710 Clayton Road, Suite 120
    St. Louis, MO 63117
  phone: (314) 555-0138
record_dates:
  - file: clinical/pain-clinic-note-2026-10-19.txt
    date: 2026-10-19
bates_prefix: ODUYAFAIRWEATHER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-02.txt": """
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL) for the Gateway Freight Lines Employee Health Plan
EXPLANATION OF BENEFITS                                                            Date: 10/02/2026
Member: Declan Oduya-Fairweather   ID FICT-GFL-55230917   Claim HBA-26-0921-771045, received 09/21/2026
Provider: Ozark Infusion and Pain Center (out of network)
09/14/2026  96365 x1, 96366 x3, J3490 x1   Billed $750.00   Allowed $687.50   Paid to member $412.50
09/15/2026-09/18/2026  96365, 96366, J3490   Billed $3,000.00   Paid $0.00   CARC 18: Exact duplicate claim/service.
  The services of 09/15/2026-09/18/2026 duplicate services already processed.
Dependent on this statement: Amara Oduya-Fairweather, claim HBA-26-0918-770112, office visit 09/10/2026, paid.
You may appeal within 180 days of receiving this notice.
""",
    "denial/first-level-appeal-decision-2026-11-16.txt": """
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                   Date: 11/16/2026
Member: Declan Oduya-Fairweather   Claim HBA-26-0921-771045   Appeal received 10/20/2026
Decision: The services billed for 09/15/2026 through 09/18/2026 duplicate the services of 09/14/2026 already paid. In
addition, precertification PC-26-0902-6612 allows one infusion. The denial is upheld.
Reviewed by: claims appeal analyst, Heartland Benefit Administrators.
Your right to a second-level appeal: you may file a second-level appeal within 60 days of this decision (Summary Plan
Description, Section 9.3). Send it to Second Level Appeals, PO Box 17330, Kansas City, MO 64141, fax (816) 555-0148.
After the second level you may have the right to an external review of some decisions.
""",
    "other/precertification-approval-2026-09-02.txt": """
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL) - PRECERTIFICATION APPROVAL                         Date: 09/02/2026
Member: Declan Oduya-Fairweather   Number: PC-26-0902-6612
Approved: outpatient IV ketamine infusion (96365, 96366, J3490), 5 infusions, 09/14/2026 through 09/30/2026, Ozark
Infusion and Pain Center (out of network). Diagnosis G90.521. Out-of-network benefits apply.
""",
    "other/claim-form-lines-2026-09-21.txt": """
OZARK INFUSION AND PAIN CENTER (FICTIONAL) - COPY OF CLAIM SUBMITTED 09/21/2026 (service lines)        Page 1 of 1
Patient: Declan Oduya-Fairweather   Precertification PC-26-0902-6612   Diagnosis A: G90.521   Place of service 11
Line 1  09/14/2026  96365 x1 $450.00   Line 2  09/14/2026  96366 x3 $240.00   Line 3  09/14/2026  J3490 x1 $60.00
Line 4  09/15/2026  96365 x1 $450.00   Line 5  09/15/2026  96366 x3 $240.00   Line 6  09/15/2026  J3490 x1 $60.00
Line 7  09/16/2026  96365 x1 $450.00   Line 8  09/16/2026  96366 x3 $240.00   Line 9  09/16/2026  J3490 x1 $60.00
Line 10 09/17/2026  96365 x1 $450.00   Line 11 09/17/2026  96366 x3 $240.00   Line 12 09/17/2026  J3490 x1 $60.00
Line 13 09/18/2026  96365 x1 $450.00   Line 14 09/18/2026  96366 x3 $240.00   Line 15 09/18/2026  J3490 x1 $60.00
Total $3,750.00. Infusion log: each day one 4-hour infusion, start 08:30-08:45, stop 12:30-12:50, one per day.
""",
    "clinical/pain-clinic-note-2026-10-19.txt": """
OZARK INFUSION AND PAIN CENTER (FICTIONAL) - FOLLOW-UP NOTE                                     Date: 10/19/2026
Patient: Declan Oduya-Fairweather   DOB 05/30/1987   Physician: Tomasz Reinholt, MD   Page 1 of 1
CRPS type I, right lower limb (G90.521), after an ankle fracture in 02/2025 (Budapest criteria met 07/2025).
Five-day ketamine course 09/14-09/18/2026, one 4-hour infusion each day, no adverse events.
Pain 8/10 with allodynia before; today 4/10; walking without a crutch. No suicidal ideation.
Gabapentin 600 mg three times daily since 08/2025, partial relief, continue. Nortriptyline 10 mg at bedtime for
sleep since 10/2025. Lumbar sympathetic blocks 03/04 and 03/25/2026: relief for about a week each, then lost.
Physical therapy (graded motor imagery, desensitization) weekly since 09/2025, ongoing with some benefit.
""",
    "other/spd-2026-sections-5-and-9-excerpt.txt": """
GATEWAY FREIGHT LINES EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)   Pages 22 and 48
Section 5.2: Covered services from out-of-network providers are paid at 60% of the allowed amount after the
out-of-network deductible.
Section 9.3: If your first-level appeal is denied, you may file a second-level appeal within 60 days of the
first-level decision.
The Plan is self-funded by Gateway Freight Lines; Heartland Benefit Administrators processes claims and appeals.
""",
    "other/authorized-representative-designation-2026-11-20.txt": """
DESIGNATION OF AUTHORIZED REPRESENTATIVE (FICTIONAL)                                            Date: 11/20/2026
I, Declan Oduya-Fairweather, member ID FICT-GFL-55230917, designate Janelle Whitcomb, Senior Benefits Specialist,
Gateway Freight Lines, as my authorized representative for the appeal of claim HBA-26-0921-771045, and allow the
plan to share my claim and health information with her for that purpose.   Signed: Declan Oduya-Fairweather
""",
    "other/clinic-price-sheet-2025-stale.txt": """
OZARK INFUSION AND PAIN CENTER (FICTIONAL) - SELF-PAY PRICE SHEET 2025
IV ketamine infusion, 4 hours: $650.00 per infusion. [Replaced 01/01/2026 by the 2026 price of $750.00.]
""",
}

TRUTH = """
# 05 - Self-funded employer plan: four approved ketamine infusions for CRPS denied as duplicates of the first; second-level appeal by the employer's benefits specialist as authorized representative (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Declan Oduya-Fairweather, 39, in the **self-funded Gateway Freight Lines plan** (ERISA; 1,850 employees), CRPS type
  I of the right lower limb (G90.521). **Precertification PC-26-0902-6612 (09/02/2026)** approved **5 infusions,
  09/14/2026 through 09/30/2026**, out of network.
- He had **one 4-hour infusion on each of 09/14, 09/15, 09/16, 09/17 and 09/18/2026** and paid **$3,750.00** in
  advance. The claim (received 09/21) has **15 lines on five different dates**.
- EOB **10/02/2026**: 09/14 paid (**$412.50** to the member); 09/15-09/18 denied **CO-18** as duplicates.
- **First-level decision 11/16/2026**: "duplicate the services of 09/14/2026 already paid" and "precertification ...
  allows one infusion" - both contradicted by the claim lines and the approval.
- **Rule and stage:** ERISA claims rule (29 CFR 2560.503-1); the SPD (Section 9.3) gives a **second-level appeal
  within 60 days of the first-level decision: by 01/15/2027**; a post-service appeal level is decided within 30 days
  when the plan has two levels ((i)(2)(iii)(B)). Claim documents free of charge ((h)(2)(iii)). External review for a
  self-funded plan: 29 CFR 2590.715-2719 - but a pure duplicate-billing denial may not be eligible; not promised.
- **Author:** Janelle Whitcomb, the employer's senior benefits specialist, his **authorized representative**
  (designation 11/20/2026); she writes about "Mr. Oduya-Fairweather".

## Deliberately unknown
- The allowed amount for the four days: the 09/14 line was allowed $687.50 of $750.00; a letter may expect the same
  treatment but must not state what the plan owes.
- Whether the out-of-network deductible was met by 09/14: not shown.
- Whether external review reaches this denial: not known.

## Traps
- **Record and plan document, not medicine.** The win is the five distinct dates and the approval for five; no
  medical-necessity argument, no clinical reviewer, no peer-to-peer.
- **Stage:** a **second-level** appeal answering the **11/16/2026** decision (its words quoted), not the EOB alone.
- **A decision's wrong statements:** "duplicate ... of 09/14" and "allows one infusion".
- **Other person:** Amara Oduya-Fairweather's office visit on the EOB.
- **Stale document:** the 2025 price sheet ($650.00) - the 2026 charge was $750.00 per infusion.
- **Drugs and treatments still under way:** gabapentin continues (partial); PT ongoing with benefit - never failed;
  nortriptyline 10 mg is a sleep dose; sympathetic blocks gave relief then lost.
- **Coding:** the claim was correctly coded; no corrected claim is needed - never "we will submit a corrected claim".
- **Voice:** the employer's benefits specialist is not the plan's fiduciary deciding the claim and not the patient.
- **Wrong law:** no Medicare, Medicaid, 45 CFR 147.136 as the self-funded external review rule, no state insurance
  department complaint (self-funded: the Labor Department, EBSA).

## Arguments a strong letter makes (strongest first)
1. The claim bills **one infusion on each of five different dates** (lines 1-15; infusion log): no line duplicates
   another. Reprocess 09/15-09/18 like 09/14.
2. **PC-26-0902-6612 approved five infusions, 09/14-09/30/2026**: all five dates fall within it and five were given.
   Honor it.
3. Correct both statements of the 11/16/2026 decision; name this a second-level appeal under SPD 9.3.
4. Pay under SPD 5.2's out-of-network benefit, reimbursing the member; ask for the claim file free of charge.

## What a letter must NOT say
- "the claim contained an error", "corrected claim"; "the services were duplicated".
- "medically necessary" as the ground; "peer-to-peer"; "retroactive authorization".
- "one infusion was approved"; "six infusions"; "$650.00".
- "Amara"; "failed gabapentin", "failed physical therapy"; nortriptyline as a trial; "suicidal".
- "Medicare", "Medicaid", "45 CFR 147.136" for this self-funded plan, "state insurance department".
- "I am the patient", "my infusions".
"""

ANSWERS = [
    ("plan funding", "The Plan is self-funded by Gateway Freight Lines", "other/spd-2026-sections-5-and-9-excerpt.txt"),
    ("decision appealed", "FIRST-LEVEL APPEAL DECISION                   Date: 11/16/2026", "denial/first-level-appeal-decision-2026-11-16.txt"),
    ("window", "within 60 days of this decision", "denial/first-level-appeal-decision-2026-11-16.txt"),
    ("deadline", "next_deadline: 2027-01-15", "case.yaml"),
    ("CARC", "CARC 18: Exact duplicate claim/service", "denial/explanation-of-benefits-2026-10-02.txt"),
    ("wrong statement 1", "duplicate the services of 09/14/2026 already paid", "denial/first-level-appeal-decision-2026-11-16.txt"),
    ("wrong statement 2", "allows one infusion", "denial/first-level-appeal-decision-2026-11-16.txt"),
    ("approval", "5 infusions, 09/14/2026 through 09/30/2026", "other/precertification-approval-2026-09-02.txt"),
    ("distinct dates", "Line 13 09/18/2026  96365 x1", "other/claim-form-lines-2026-09-21.txt"),
    ("one per day", "one per day", "other/claim-form-lines-2026-09-21.txt"),
    ("paid first day", "Paid to member $412.50", "denial/explanation-of-benefits-2026-10-02.txt"),
    ("out-of-network benefit", "paid at 60% of the allowed amount", "other/spd-2026-sections-5-and-9-excerpt.txt"),
    ("representative", "designate Janelle Whitcomb, Senior Benefits Specialist", "other/authorized-representative-designation-2026-11-20.txt"),
    ("other person", "Amara Oduya-Fairweather", "denial/explanation-of-benefits-2026-10-02.txt"),
    ("stale price", "Replaced 01/01/2026 by the 2026 price of $750.00", "other/clinic-price-sheet-2025-stale.txt"),
    ("response", "today 4/10; walking without a crutch", "clinical/pain-clinic-note-2026-10-19.txt"),
]
