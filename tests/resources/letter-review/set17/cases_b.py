"""Cases 05-08 of letters set 17 (FICTIONAL)."""

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 05  Marketplace plan (FL), insured, APTC | "coverage terminated" (CO-27) inside the 3-month grace period, premium
#     paid in full | first internal, post-service | acute outpatient ECT course | spouse as representative
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="05-marketplace-ect-grace-period-coverage-ended-spouse",
    yaml=r"""
# FICTIONAL CASE (letters set 17, case 05) - every person, plan, number and address is invented.
# Marketplace EPO in Florida, with advance premium tax credits. The August premium was missed (expired card) and
# all three months were paid on 10/16/2026, inside the three-month grace period. The plan denied the September ECT
# treatments as "after coverage terminated 08/31/2026". His wife, also on the policy, appeals with his written
# authorization.
patient:
  name: Walter Owen Pennick
  salutation: Mr. Pennick
  date_of_birth: January 14, 1968
  member_id: SCH-FICT-2210984-01
  address: |-
    1907 Heron Bay Drive
    Palmetto Cove, FL 33950
  phone: (941) 555-0128
insurer:
  name: Suncoast Choice Health Plans (FICTIONAL), Silver 3 EPO (Marketplace)
  appeals_address: |-
    Suncoast Choice Health Plans, Member Appeals
    PO Box 62011
    Bayview, FL 33602
  fax: (813) 555-0140
claim:
  number: SCH-EOB-2026-1005-71822
  plan_type: individual_aca
  funding: insured
  notice_date: October 5, 2026
  service_dates: [2026-09-01, 2026-09-03, 2026-09-08, 2026-09-10, 2026-09-15, 2026-09-17, 2026-09-22, 2026-09-29]
  sessions: 8
  inpatient: false
  procedure_codes: ["90870", "00104"]
  revenue_codes: ["0901"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-27]
  denial_reason: >-
    27 - Expenses incurred after coverage terminated. Your coverage under this policy terminated effective
    08/31/2026 for non-payment of premium.
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    We receive advance payments of the premium tax credit and had paid every month from January through July
    2026. The August premium was missed when our card on file expired. We paid all outstanding premium (August,
    September and October) on October 16, 2026, before the three-month grace period ended on October 31, 2026,
    so the coverage never ended. The September treatments fell in the second month of the grace period; under
    the policy those claims are held and then processed once the premium is paid.
  proof:
    - other/suncoast-payment-confirmation-2026-10-16.txt
    - other/suncoast-grace-period-notice-2026-08-12.txt
    - other/suncoast-premium-statement-2026-11-03.txt
  grace_period:
    aptc: true
    paid_on: 2026-10-16
    ends: 2026-10-31
plan_policy:
  name: Suncoast Choice Evidence of Coverage 2026, section 3.6 (Grace period)
  number: EOC 3.6
  quote: >-
    If you receive advance payments of the premium tax credit and have paid at least one full month's premium
    during the plan year, you have a grace period of three consecutive months. During the first month of the grace
    period we will pay claims for covered services. We may hold (pend) claims for services received during the
    second and third months. If you pay all outstanding premium before the grace period ends, we will process the
    pended claims under your coverage. If you do not, your coverage will end on the last day of the first month of
    the grace period.
  file: other/suncoast-evidence-of-coverage-2026-section-3-6.txt
treatment:
  name: Electroconvulsive therapy (ECT), acute course
  summary: >-
    An acute course of 12 outpatient ECT treatments (August 18 to September 29, 2026) for severe recurrent
    depression, ending in remission; the eight September treatments were denied.
author:
  name: Diane Pennick
  role: Wife of the patient, also enrolled on the policy, acting as his authorized representative
  relation: representative
  authorization: other/authorization-of-representative-2026-11-10.txt
  address: |-
    1907 Heron Bay Drive
    Palmetto Cove, FL 33950
  phone: (941) 555-0129
  email: diane.pennick@homemail.example
provider:
  name: Samuel Achterberg
  credentials: MD, psychiatrist
  npi: "1755203845"
  address: |-
    Bayfront Regional Hospital ECT Service, 500 Causeway Boulevard
    Palmetto Cove, FL 33950
  phone: (941) 555-0170
clinical:
  severity: MADRS 38 on August 14, 2026 before ECT; MADRS 8 on October 1, 2026 after the course
  severity_date: 2026-10-01
  suicidality: none
  suicidality_date: 2026-10-01
  response: MADRS 38 before the course, 8 after 12 treatments (October 1, 2026)
  response_level: remission
impact:
  daily_life: The hospital now bills us $3,280 for the September facility charges; the psychiatrist and the anesthesia group bill separately
call_log:
  - date: 2026-10-22
    who: Suncoast Choice member services (rep "Carla")
    reference: MS-26-1022-4418
    summary: Confirmed the 10/16 payment covered August-October and the policy is active; said the September claims "will be reprocessed automatically in 30 to 45 days". They were not.
bates_prefix: PENNICK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/suncoast-eob-2026-10-05.txt": r"""
SUNCOAST CHOICE HEALTH PLANS (FICTIONAL) - EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Statement date: 10/05/2026      Reference: SCH-EOB-2026-1005-71822
Subscriber: WALTER O PENNICK    ID: SCH-FICT-2210984-01     Plan: Silver 3 EPO (Marketplace)

Patient  Provider                         DOS         Service           Billed     Paid    Code
WALTER   Bayfront Regional Hospital       09/01/2026  0901 ECT facility  $410.00    $0.00   CO-27
WALTER   Samuel Achterberg MD             09/01/2026  90870              $260.00    $0.00   CO-27
WALTER   Gulfside Anesthesia Group        09/01/2026  00104              $140.00    $0.00   CO-27
   ... the same three lines for 09/03, 09/08, 09/10, 09/15, 09/17, 09/22, 09/29/2026 (all CO-27) ...
DIANE    Palmetto Cove Family Practice    09/09/2026  99213              $145.00    $0.00   CO-27

CO-27: 27 - Expenses incurred after coverage terminated. Your coverage under this policy terminated effective
08/31/2026 for non-payment of premium.

Earlier statement 09/02/2026: ECT 08/18, 08/20, 08/25, 08/27/2026 - processed and paid.
Appeals: write to Member Appeals, PO Box 62011, Bayview, FL 33602, within 180 days of this notice.
""",
        "other/suncoast-evidence-of-coverage-2026-section-3-6.txt": r"""
SUNCOAST CHOICE HEALTH PLANS (FICTIONAL) - INDIVIDUAL EVIDENCE OF COVERAGE 2026 (excerpt, page 14)

3.6 Grace period
If you receive advance payments of the premium tax credit and have paid at least one full month's premium
during the plan year, you have a grace period of three consecutive months. During the first month of the grace
period we will pay claims for covered services. We may hold (pend) claims for services received during the
second and third months. If you pay all outstanding premium before the grace period ends, we will process the
pended claims under your coverage. If you do not, your coverage will end on the last day of the first month of
the grace period.
""",
        "other/suncoast-grace-period-notice-2026-08-12.txt": r"""
SUNCOAST CHOICE HEALTH PLANS (FICTIONAL)
August 12, 2026 - NOTICE: YOUR PREMIUM PAYMENT IS PAST DUE
Walter O. Pennick, SCH-FICT-2210984-01
We did not receive your August 2026 premium ($212.40, your share after the advance premium tax credit). You are
in a three-month grace period that began August 1, 2026 and ends October 31, 2026. Pay all premium due by
October 31, 2026 to keep your coverage. If you do not, your coverage will end on August 31, 2026.
""",
        "other/suncoast-payment-confirmation-2026-10-16.txt": r"""
SUNCOAST CHOICE HEALTH PLANS (FICTIONAL) - PAYMENT CONFIRMATION
Date/time: 10/16/2026 19:41     Confirmation: PAY-26-1016-902255
Account: Walter O. Pennick, SCH-FICT-2210984-01
Amount: $637.20    Applied to: August 2026 $212.40, September 2026 $212.40, October 2026 $212.40
Balance due after this payment: $0.00
""",
        "other/suncoast-premium-statement-2026-11-03.txt": r"""
SUNCOAST CHOICE HEALTH PLANS (FICTIONAL) - PREMIUM STATEMENT
Statement date: 11/03/2026      Account: SCH-FICT-2210984-01
Coverage status: ACTIVE      Paid through: 11/30/2026
History: Aug-Oct 2026 paid 10/16/2026; Nov 2026 paid 11/01/2026 (autopay, new card).
""",
        "other/authorization-of-representative-2026-11-10.txt": r"""
AUTHORIZATION OF A REPRESENTATIVE (FICTIONAL)
I, Walter O. Pennick (Suncoast Choice ID SCH-FICT-2210984-01), authorize my wife, Diane Pennick, to act for me
in my appeal of the denial of my September 2026 ECT claims (EOB SCH-EOB-2026-1005-71822), to receive my health
information for that purpose, and to receive the plan's decision.
Signed: Walter O. Pennick    Date: 11/10/2026
""",
        "clinical/bayfront-ect-course-summary-2026-10-01.txt": r"""
BAYFRONT REGIONAL HOSPITAL ECT SERVICE (FICTIONAL) - Samuel Achterberg, MD
Course summary 10/01/2026 - Pennick, Walter O., DOB 01/14/1968
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Acute course: 12 treatments, right unilateral ultrabrief, 08/18/2026 to 09/29/2026 (08/18, 08/20, 08/25, 08/27,
09/01, 09/03, 09/08, 09/10, 09/15, 09/17, 09/22, 09/29). Anesthesia by Gulfside Anesthesia Group.
MADRS 38 on 08/14/2026; MADRS 8 on 10/01/2026 (remission). No suicidal ideation at discharge from the course.
Plan: continuation pharmacotherapy (nortriptyline and lithium) with his outpatient psychiatrist; no maintenance
ECT scheduled.
Note: the course plan in August listed "12 treatments planned, up to 15"; 12 were given.
""",
        "other/hospital-billing-statement-2026-11-20.txt": r"""
BAYFRONT REGIONAL HOSPITAL (FICTIONAL) - PATIENT STATEMENT 11/20/2026
Guarantor: Walter O. Pennick
Insurance denied - coverage terminated (Suncoast Choice, CO-27): ECT facility charges 09/01-09/29/2026, 8 visits.
Balance now due from patient: $3,280.00. (Physician and anesthesia charges are billed separately.)
""",
    },
    expect=[
        ("other/suncoast-evidence-of-coverage-2026-section-3-6.txt", "If you pay all outstanding premium before the grace period ends, we will process the\npended claims"),
        ("other/suncoast-grace-period-notice-2026-08-12.txt", "ends October 31, 2026"),
        ("other/suncoast-payment-confirmation-2026-10-16.txt", "Applied to: August 2026 $212.40, September 2026 $212.40, October 2026 $212.40"),
        ("other/suncoast-premium-statement-2026-11-03.txt", "Paid through: 11/30/2026"),
        ("denial/suncoast-eob-2026-10-05.txt", "terminated effective\n08/31/2026 for non-payment of premium"),
        ("denial/suncoast-eob-2026-10-05.txt", "processed and paid"),
        ("clinical/bayfront-ect-course-summary-2026-10-01.txt", "MADRS 8 on 10/01/2026 (remission)"),
        ("other/authorization-of-representative-2026-11-10.txt", "Date: 11/10/2026"),
    ],
    truth=r"""
# 05 - Marketplace EPO (Florida): September ECT treatments denied "after coverage terminated" though the premium was paid within the APTC grace period; his wife appeals (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Pennick, 58, has an individual **Marketplace** EPO (insured, Florida) **with advance payments of the
  premium tax credit (APTC)**; his wife Diane is also enrolled. They paid January-July 2026.
- The **August** premium was missed (expired card). Grace notice 08/12/2026: three-month grace period
  **08/01-10/31/2026**. On **10/16/2026** they paid **$637.20 for August, September and October** (confirmation
  PAY-26-1016-902255); balance $0.00. The 11/03 statement shows **ACTIVE, paid through 11/30/2026**.
- His acute ECT course: 12 treatments **08/18-09/29/2026**, remission (MADRS 38 -> 8). The four **August**
  treatments (first grace month) were **paid**. The eight **September** treatments (second grace month) were
  **denied 10/05/2026**, CO-27: "coverage terminated effective 08/31/2026 for non-payment of premium". Member
  services said on 10/22 they would be reprocessed; they were not. The hospital now bills $3,280 for the facility
  charges alone (statement 11/20/2026); the physician and anesthesia balances are not in the case.
- The plan's own **EOC 3.6**: pays claims in the first grace month; may **pend** claims in months two and three;
  **if all outstanding premium is paid before the grace period ends, processes the pended claims under the
  coverage**; coverage ends (back to the last day of month one) only if not paid. This mirrors 45 CFR 156.270(d)
  and (g) for APTC enrollees. Paid 10/16 < 10/31: **coverage never ended**.
- Rule for the plan type: internal appeal within 180 days of receipt (45 CFR 147.136(b)(3)); post-service
  decision within 60 days.
- The question is **eligibility**, not the care: the ECT's necessity was never questioned.

## Deliberately unknown
- Whether Diane's own 09/09 visit (also CO-27 on the same EOB) will be appealed: not part of this appeal.
- Why the plan denied rather than pended in September (system setting); do not assert a motive.
- The exact amounts the physician and anesthesia group bill the family now.

## Traps
- **Not a rescission**: a termination for non-payment of premium is not a rescission (45 CFR 147.128), and here
  nothing was terminated. No "rescission" argument, and **no external review** request (no medical judgment).
- **Do not argue medical necessity**, severity or treatment history; no peer-to-peer; no reviewer specialty.
- **Do not say the coverage was "reinstated"** or "restored": it never ended.
- **The August treatments were paid**; only the eight September dates are appealed. Do not say 12 were denied.
- Do not claim a 30-day grace period (that is for non-APTC enrollees); the three-month APTC period applies.
- No maintenance ECT is scheduled: nothing "still to come"; no expedited route.
- Voice: the wife, as his authorized representative, writes about "my husband"/"Mr. Pennick" in the third
  person and encloses his authorization. Not a physician.
- Not ERISA: no 29 CFR 2560.503-1 as governing law (individual coverage; 45 CFR 147.136(b)(3) applies it).

## Arguments a strong letter makes (strongest first)
1. Coverage never ended: all outstanding premium was paid on 10/16/2026, before the three-month grace period
   ended on 10/31/2026 (the plan's own notice and payment confirmation). Under EOC 3.6 claims from the second
   month are pended and then processed under the coverage once premium is paid; the denial's termination date of
   08/31/2026 applies only if premium is not paid. Correct the eligibility record and reprocess the eight
   September treatments (facility 0901, 90870, 00104) on their merits.
2. The plan's own statements confirm it: the premium statement shows the coverage active and paid through
   11/30/2026, and member services (10/22, MS-26-1022-4418) promised reprocessing that did not happen.
3. Ask for the plan's eligibility record and claim file, and that the providers be told so they stop billing.

## What a letter must NOT say
- "rescission", "reinstated", "restored", "external review" (for this denial), "not medically necessary".
- "12 treatments were denied", "August treatments denied", "maintenance ECT scheduled".
- "30-day grace period"; "coverage ended on August 31, 2026" as a fact.
- "ERISA", "EBSA", "29 CFR 2560.503-1" as governing; "I, Walter Pennick" (she is the author).
""",
))

# ---------------------------------------------------------------------------------------------------------------
# 06  FEHB | non-formulary drug: formulary exception denied | carrier reconsideration (6 months), OPM next
#     | lumateperone (Caplyta) for bipolar II depression | psychiatric nurse practitioner (prescriber, not a physician)
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="06-fehb-lumateperone-formulary-exception-nurse-practitioner",
    yaml=r"""
# FICTIONAL CASE (letters set 17, case 06) - every person, plan, number and address is invented.
# FEHB carrier refused a formulary exception for lumateperone (Caplyta) for bipolar II depression, asking for a
# trial of cariprazine. The carrier's own exception policy is met by the formulary alternatives' failure and
# adverse effects; lurasidone and cariprazine are labelled for bipolar I depression only. Samples worked. The
# prescribing psychiatric nurse practitioner asks the carrier to reconsider, with the member's authorization.
patient:
  name: Keisha Monique Doral
  salutation: Ms. Doral
  date_of_birth: June 3, 1985
  member_id: FWM-FICT-R40771236
  address: |-
    3300 Quarry Hill Road, Apt 12
    Ferris Landing, MD 20743
  phone: (301) 555-0131
insurer:
  name: Federal Workers Mutual Benefit Association Health Plan (FICTIONAL), an FEHB plan
  appeals_address: |-
    FWMBA Health Plan, Pharmacy Reconsiderations
    PO Box 8844
    Annapolis Junction West, MD 20701
  fax: (301) 555-0150
claim:
  number: FWM-RX-2026-1109-30457
  plan_type: fehb
  notice_date: November 9, 2026
  diagnosis_codes: [F31.81]
  pending_services: [continued daily treatment after the samples run out on December 15, 2026]
  denial_reason: >-
    Caplyta (lumateperone) is not on the FWMBA formulary. Formulary alternatives are quetiapine, lurasidone and
    cariprazine (Vraylar, prior authorization required). Our records do not show a trial of cariprazine. A
    formulary exception requires that the formulary alternatives have been tried. Your request for a formulary
    exception is denied.
  denial_category: not_covered
  denial_reasons: [formulary_exception]
  action: none
plan_policy:
  name: FWMBA Pharmacy Policy FE-100, Formulary exceptions
  number: FE-100
  quote: >-
    We will approve a formulary exception when the prescriber states, with supporting records, that the formulary
    alternatives for the member's condition (1) have been ineffective, (2) have caused or are likely to cause
    adverse effects, or (3) are contraindicated. Formulary alternatives are drugs on our formulary that are
    FDA-approved for the same indication. Approval period: 12 months.
  file: other/fwmba-pharmacy-policy-fe-100-excerpt.txt
  other_terms: >-
    2026 FWMBA brochure, Section 8 (disputed claims): "Ask us in writing to reconsider our initial decision. You
    must write to us within 6 months from the date of our decision ... We have 30 days from the date we receive
    your request to pay the claim, approve the service or drug, or deny it."
payer_criteria:
  - criterion: Formulary alternatives FDA-approved for the same indication (bipolar II depression)
    how_met: >-
      Of the drugs the denial lists, only quetiapine is FDA-approved for depressive episodes of bipolar disorder
      including bipolar II; lurasidone and cariprazine are approved for bipolar I depression only. Ms. Doral has
      bipolar II disorder.
    met: true
    evidence: {file: clinical/abernathy-cole-pmhnp-notes-2024-2026.txt, page: 1}
  - criterion: (1) Ineffective
    how_met: Quetiapine XR 300 mg for about 12 weeks (January to April 2025) brought a partial response only
    met: true
    evidence: {file: clinical/abernathy-cole-pmhnp-notes-2024-2026.txt, page: 1}
  - criterion: (2) Have caused or are likely to cause adverse effects
    how_met: >-
      Quetiapine caused 8 kg weight gain and a rise in HbA1c from 5.6% to 6.2%; lurasidone (tried off label)
      caused akathisia at 60 mg after about 5 weeks; cariprazine carries the same akathisia risk.
    met: true
    evidence: {file: clinical/abernathy-cole-pmhnp-notes-2024-2026.txt, page: 1}
treatment:
  name: Caplyta (lumateperone) 42 mg daily
  summary: >-
    Lumateperone 42 mg once daily, FDA-approved for depressive episodes of bipolar I or II disorder, to continue
    the response she has had on samples since October 1, 2026 (MADRS 30 to 16), with lamotrigine continued.
  plan: 42 mg once daily at bedtime; MADRS monthly; fasting glucose and lipids at 3 months
  alongside: lamotrigine 200 mg daily
author:
  name: Ruth Abernathy-Cole
  role: Psychiatric-mental health nurse practitioner (DNP, PMHNP-BC), the prescriber
  relation: prescriber
  authorization: other/member-authorization-2026-11-12.txt
  address: |-
    Chesapeake Mood Disorders Clinic, 14 Mercer Lane, Suite 2
    Ferris Landing, MD 20743
  phone: (301) 555-0166
  fax: (301) 555-0167
provider:
  name: Ruth Abernathy-Cole
  credentials: DNP, PMHNP-BC
  npi: "1904733619"
  address: |-
    Chesapeake Mood Disorders Clinic, 14 Mercer Lane, Suite 2
    Ferris Landing, MD 20743
  phone: (301) 555-0166
clinical:
  severity: MADRS 30 on September 29, 2026 before lumateperone; MADRS 16 on November 5, 2026 on samples
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  response: MADRS 30 on September 29, 2026, 16 on November 5, 2026 after five weeks of lumateperone samples
  response_level: response
  history:
    - drug: Lithium
      kind: other
      dose: 900 mg daily
      start: "2019"
      end: "2021"
      outcome: Stabilized the 2019 episode; stopped in 2021 for hypothyroidism and tremor
      response: response
      evidence: {file: clinical/abernathy-cole-pmhnp-notes-2024-2026.txt, page: 1}
    - drug: Lamotrigine
      kind: other
      dose: 200 mg daily
      start: "2022"
      ongoing: true
      outcome: Maintenance; fewer mood swings, depressive episodes continue (partial); continued
      response: partial
      evidence: {file: clinical/abernathy-cole-pmhnp-notes-2024-2026.txt, page: 1}
    - drug: Quetiapine XR
      kind: other
      dose: 300 mg at bedtime
      start: 2025-01-06
      end: 2025-04-01
      outcome: Partial response only after about 12 weeks; 8 kg weight gain, HbA1c 5.6% to 6.2%; stopped
      response: partial
      evidence: {file: clinical/abernathy-cole-pmhnp-notes-2024-2026.txt, page: 1}
    - drug: Lurasidone
      kind: other
      dose: 20 mg, then 60 mg daily
      start: 2025-09-02
      end: 2025-10-10
      outcome: Akathisia at 60 mg; stopped after about 5 weeks (intolerance)
      adequate: false
      evidence: {file: clinical/abernathy-cole-pmhnp-notes-2024-2026.txt, page: 1}
    - drug: Bupropion XL (added to lamotrigine)
      kind: antidepressant
      dose: 150 mg daily
      start: 2026-02
      end: 2026-04
      outcome: '"Maybe slightly better energy"; stopped when irritability rose'
      evidence: {file: clinical/abernathy-cole-pmhnp-notes-2024-2026.txt, page: 1}
    - drug: Lumateperone (samples)
      kind: other
      dose: 42 mg at bedtime
      start: 2026-10-01
      ongoing: true
      outcome: Response, MADRS 30 to 16 by November 5, 2026; no weight change, no akathisia
      response: response
      paid_outside: manufacturer samples given by the clinic
      evidence: {file: clinical/abernathy-cole-pmhnp-notes-2024-2026.txt, page: 1}
    - drug: Interpersonal and social rhythm therapy
      kind: psychotherapy
      dose: 12 sessions so far
      start: 2026-03
      ongoing: true
      outcome: Continuing; helps sleep regularity
      failed: false
      evidence: {file: clinical/abernathy-cole-pmhnp-notes-2024-2026.txt, page: 1}
impact:
  work: Missed six weeks of work (federal program analyst) in the 2025 episode
  hospitalizations: One psychiatric hospitalization, April 2019, after a suicide attempt
alternatives:
  - treatment: Cariprazine (Vraylar)
    why_not: >-
      FDA-approved for bipolar I depression, not bipolar II; it carries the same akathisia risk that stopped
      lurasidone; and she is responding to lumateperone now
bates_prefix: DORAL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/fwmba-formulary-exception-denial-2026-11-09.txt": r"""
FEDERAL WORKERS MUTUAL BENEFIT ASSOCIATION HEALTH PLAN (FICTIONAL) - an FEHB plan
PHARMACY COVERAGE DECISION

Date: November 9, 2026         Reference: FWM-RX-2026-1109-30457
Member: Keisha M. Doral        ID: FWM-FICT-R40771236
Prescriber: Ruth Abernathy-Cole, PMHNP-BC       Drug: Caplyta (lumateperone) 42 mg, #30/30 days

Caplyta (lumateperone) is not on the FWMBA formulary. Formulary alternatives are quetiapine, lurasidone and
cariprazine (Vraylar, prior authorization required). Our records do not show a trial of cariprazine. A formulary
exception requires that the formulary alternatives have been tried. Your request for a formulary exception is
denied.

Reviewed by: FWMBA clinical pharmacist (PharmD).
Your rights: you may ask us to reconsider within 6 months of the date of this letter (see Section 8 of the
brochure). If we do not change our decision, you may ask the U.S. Office of Personnel Management (OPM) to review
it within 90 days of our reconsideration decision.
""",
        "other/fwmba-pharmacy-policy-fe-100-excerpt.txt": r"""
FWMBA HEALTH PLAN (FICTIONAL) - PHARMACY POLICY FE-100 - FORMULARY EXCEPTIONS (effective 01/01/2026)

We will approve a formulary exception when the prescriber states, with supporting records, that the formulary
alternatives for the member's condition (1) have been ineffective, (2) have caused or are likely to cause adverse
effects, or (3) are contraindicated. Formulary alternatives are drugs on our formulary that are FDA-approved for
the same indication.

Approval period: 12 months.
""",
        "other/fwmba-2026-brochure-section-8-excerpt.txt": r"""
FWMBA HEALTH PLAN 2026 BROCHURE (FICTIONAL) - Section 8, The disputed claims process (excerpt)
Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the date of our
decision ... We have 30 days from the date we receive your request to pay the claim, approve the service or drug,
or deny it. ... If you do not agree with our decision, you may ask OPM to review it. You must write to OPM within
90 days after the date of our letter upholding our initial decision.
""",
        "other/member-authorization-2026-11-12.txt": r"""
AUTHORIZATION (FICTIONAL)
I, Keisha M. Doral (FWMBA ID FWM-FICT-R40771236), authorize Ruth Abernathy-Cole, DNP, PMHNP-BC, of Chesapeake
Mood Disorders Clinic, to ask FWMBA to reconsider its decision FWM-RX-2026-1109-30457 on my behalf and to receive
the decision.
Signed: Keisha M. Doral    Date: 11/12/2026
""",
        "clinical/abernathy-cole-pmhnp-notes-2024-2026.txt": r"""
CHESAPEAKE MOOD DISORDERS CLINIC (FICTIONAL) - Ruth Abernathy-Cole, DNP, PMHNP-BC
Doral, Keisha M., DOB 06/03/1985 - medication history and recent notes

Dx: bipolar II disorder, current episode depressed (F31.81). Hypomanic episodes 2018 and 2023, never manic,
never hospitalized for mania. Psychiatric admission 04/2019 after an overdose (suicide attempt).
 - lithium 900 mg 2019-2021: stabilized the 2019 episode; stopped 2021, hypothyroidism and tremor
 - lamotrigine to 200 mg from 2022: maintenance, fewer swings; depressive episodes continue; continue
 - quetiapine XR 300 mg 01/06/2025-04/01/2025 (~12 wks): partial response only; weight +8 kg; HbA1c 5.6 -> 6.2
   (prediabetes); stopped
 - lurasidone 20 -> 60 mg 09/02/2025-10/10/2025: akathisia at 60 mg (BARS global 3); stopped after ~5 wks.
   (Note: lurasidone is labelled for bipolar I depression; used off label here.)
 - bupropion XL 150 mg added Feb-Apr 2026: "maybe slightly better energy"; irritability rose; stopped
 - IPSRT since 03/2026, 12 sessions; continuing; helps sleep regularity
09/29/2026 MADRS 30. Samples of lumateperone 42 mg qhs started 10/01/2026 (manufacturer samples, clinic stock).
11/05/2026 MADRS 16. No akathisia, weight unchanged (74.1 kg). Denies suicidal ideation. Samples last until
12/15/2026. Cariprazine not tried: labelled for bipolar I depression, and akathisia risk similar to lurasidone.
Exception request sent 11/02/2026.
""",
    },
    expect=[
        ("other/fwmba-pharmacy-policy-fe-100-excerpt.txt", "Formulary alternatives are drugs on our formulary that are FDA-approved for\nthe same indication"),
        ("denial/fwmba-formulary-exception-denial-2026-11-09.txt", "Our records do not show a trial of cariprazine"),
        ("denial/fwmba-formulary-exception-denial-2026-11-09.txt", "within 90 days of our reconsideration decision"),
        ("clinical/abernathy-cole-pmhnp-notes-2024-2026.txt", "HbA1c 5.6 -> 6.2"),
        ("clinical/abernathy-cole-pmhnp-notes-2024-2026.txt", "akathisia at 60 mg"),
        ("clinical/abernathy-cole-pmhnp-notes-2024-2026.txt", "11/05/2026 MADRS 16"),
        ("clinical/abernathy-cole-pmhnp-notes-2024-2026.txt", "\"maybe slightly better energy\""),
        ("clinical/abernathy-cole-pmhnp-notes-2024-2026.txt", "Samples last until\n12/15/2026"),
        ("other/fwmba-2026-brochure-section-8-excerpt.txt", "within 6 months from the date of our\ndecision"),
        ("other/member-authorization-2026-11-12.txt", "Date: 11/12/2026"),
    ],
    truth=r"""
# 06 - FEHB: formulary exception for lumateperone (bipolar II depression) denied for want of a cariprazine trial; the prescribing nurse practitioner asks the carrier to reconsider (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Keisha Doral, 41, a federal employee, is in an **FEHB** plan (FWMBA). **Bipolar II disorder, current episode
  depressed (F31.81)**.
- **11/09/2026**: formulary exception for Caplyta (lumateperone) 42 mg denied: not on the formulary; "formulary
  alternatives are quetiapine, lurasidone and cariprazine"; "our records do not show a trial of cariprazine";
  reviewed by a clinical pharmacist.
- The carrier's own **FE-100**: an exception is approved when the formulary alternatives (1) have been
  ineffective, (2) **have caused or are likely to cause adverse effects**, or (3) are contraindicated - any one;
  and "formulary alternatives are drugs on our formulary that are **FDA-approved for the same indication**".
- FDA labels: lumateperone is approved for depressive episodes of **bipolar I or II** disorder; quetiapine for
  bipolar depression (including bipolar II); **lurasidone and cariprazine only for bipolar I depression**. So
  of the listed drugs, only **quetiapine** is a formulary alternative by FE-100's own definition, and it was
  **ineffective** (partial at about 12 weeks) **and caused adverse effects** (8 kg, HbA1c 5.6 -> 6.2). FE-100
  does not require a cariprazine trial. Even if lurasidone and cariprazine were counted, lurasidone caused
  akathisia and cariprazine carries the same risk ("likely to cause").
- Lumateperone **samples** since 10/01/2026: MADRS **30 -> 16** by 11/05 (response), no weight change, no
  akathisia; samples **run out 12/15/2026**.
- Rule for the plan type: **5 CFR 890.105**: ask the carrier to reconsider within **6 months** of 11/09/2026
  (by 05/09/2027); the brochure says the carrier decides within 30 days of receipt; then **OPM review** within 90
  days of the carrier's reconsideration decision.
- The author is a **psychiatric-mental health nurse practitioner (DNP, PMHNP-BC)**, the prescriber, not a
  physician, writing with the member's signed authorization (11/12/2026).
- Suicidality **none** now (11/05/2026); a suicide attempt in **April 2019** (history only).

## Deliberately unknown
- Whether lumateperone would be stable for 90 days (only about 9 weeks so far); FE-100 has no stability prong
  anyway.
- Whether the carrier offers an expedited reconsideration for a drug; the case does not claim urgency.
- Bupropion's effect: "maybe slightly better energy" is **unknown**, never partial.

## Traps
- **Not Part D**: no 42 CFR 423.578(b), no IRE, no redetermination, no "coverage determination". **Not ERISA**
  (no 29 CFR 2560.503-1), no 45 CFR 147.136, **no state external review**: the next level is OPM.
- **No MHPAEA/parity citation** for FEHB (OPM applies parity by contract; the statute cited for employer plans
  does not govern an FEHB carrier).
- **Lurasidone was not an adequate trial** (about 5 weeks, stopped for akathisia): intolerance, not failure
  after an adequate trial. And it is off label for bipolar II.
- **Lithium 2019-2021 worked** (an earlier episode), stopped for adverse effects: not a failed trial.
- **Lamotrigine** is ongoing maintenance; no end date. IPSRT is continuing and not failed.
- **No antidepressant-trial count**: this is a bipolar formulary case, not TRD; no "failed N antidepressants".
- **The author is not a physician**: no "Dr. Abernathy-Cole, MD", no "as her physician", no "physician
  certification"; "I, as her prescriber/nurse practitioner".
- Suicidality: only the 2019 attempt as history; no present risk claim.

## Arguments a strong letter makes (strongest first)
1. FE-100 is met: of the drugs the denial lists, only quetiapine is FDA-approved for bipolar II depression, so
   only it is a "formulary alternative" by FE-100's own definition, and it was both ineffective and harmful
   (prediabetes, weight). FE-100 asks for any one of its three grounds and requires no cariprazine trial;
   cariprazine and lurasidone are labelled for bipolar I depression only.
2. Likely adverse effects (FE-100 (2)): lurasidone caused akathisia; cariprazine carries the same risk.
3. Lumateperone works for her now (MADRS 30 -> 16 on samples, no metabolic or motor side effects) and samples
   end 12/15/2026; ask for approval for FE-100's 12-month period, and a decision within the brochure's 30 days.

## What a letter must NOT say
- "42 CFR 423.578", "Part D", "independent review entity", "redetermination", "ERISA", "29 CFR 2560.503-1",
  "45 CFR 147.136", "external review by the state", "MHPAEA".
- "lurasidone failed after an adequate trial", "lithium failed", "bupropion partial response", an end date
  for lamotrigine.
- "treatment-resistant depression", "failed two antidepressants".
- "Dr. Abernathy-Cole, MD", "her physician" (for the author), "I have determined as her physician".
- "current suicidal ideation".
""",
))

# ---------------------------------------------------------------------------------------------------------------
# 07  self-funded employer plan (AZ) | out of network after a network gap exception's dates ended | second-level
#     internal appeal, quoting the 10/20/2026 decision | IV ketamine maintenance infusions (done) | treating psychiatrist
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="07-self-funded-ketamine-gap-exception-expired-second-level-psychiatrist",
    yaml=r"""
# FICTIONAL CASE (letters set 17, case 07) - every person, plan, number and address is invented.
# Self-funded employer EPO (ERISA), Arizona. A network gap exception covered six IV ketamine infusions from
# 03/01 to 05/31/2026. Three maintenance infusions after it (06/16, 07/21, 08/25) were denied as out of network;
# the first-level appeal was upheld on 10/20/2026 because the exception's dates had ended. The SPD lets an
# exception be extended, for services already received, within 180 days. The treating psychiatrist writes the
# second-level appeal with the member's authorization.
patient:
  name: Peter Halvorsen-Diaz
  salutation: Mr. Halvorsen-Diaz
  date_of_birth: September 12, 1977
  member_id: DRB-FICT-60218843
  address: |-
    4471 East Ocotillo Vista
    Mesquite Flats, AZ 85298
  phone: (480) 555-0125
insurer:
  name: Sonoran Freight Lines Employee Health Plan (FICTIONAL), administered by Desert Ridge Benefit Administrators
  appeals_address: |-
    Desert Ridge Benefit Administrators, Second-Level Appeals
    PO Box 52190
    Saguaro Junction, AZ 85001
  fax: (602) 555-0163
claim:
  number: DRB-CLM-2026-0908-11873
  plan_type: employer_erisa
  funding: self_funded
  stage: second level
  notice_date: September 8, 2026
  service_dates: [2026-06-16, 2026-07-21, 2026-08-25]
  sessions: 3
  inpatient: false
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-242]
  denial_reason: >-
    242 - Services not provided by network/primary care providers. Your plan does not cover services from
    out-of-network providers except emergency care or services approved under a network gap exception.
  denial_category: out_of_network
  action: none
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: first level internal appeal
    opens: second level
    next_deadline: 2026-12-19
    reason: >-
      The network gap exception GAP-2026-0212-551 covered six infusions from 03/01/2026 through 05/31/2026. The
      services on 06/16/2026, 07/21/2026 and 08/25/2026 are outside the approved dates and were provided by an
      out-of-network provider. Your plan does not cover out-of-network services except emergency care or services
      approved under a network gap exception. The denial is upheld.
prior_auth:
  approved:
    number: network gap exception GAP-2026-0212-551
    date: 2026-02-12
    covers: IV ketamine infusions (96365, 96366, J3490), up to six, dates of service 03/01/2026 through 05/31/2026, at the in-network benefit level
    quote: >-
      Approved: network gap exception for intravenous ketamine infusion (96365, 96366, J3490), up to six (6)
      infusions, dates of service 03/01/2026 through 05/31/2026, Saguaro Ketamine and Mood Clinic, at the
      in-network benefit level. Further services require a new request.
    from: 2026-03-01
    through: 2026-05-31
    file: other/desert-ridge-gap-exception-approval-2026-02-12.txt
    lines:
      - {code: "96365", units: 6, given: 6}
plan_policy:
  name: Sonoran Freight Lines Employee Health Plan, Summary Plan Description 2026, section 6.4 (Network gap exceptions)
  number: SPD 6.4
  quote: >-
    If no network provider within 50 miles of your home can provide a covered service within 30 days of your
    request, you or your provider may ask for a network gap exception. An approved exception covers the services
    and dates it states.
  exception: >-
    If a network provider still is not available when the approved dates end, the exception may be extended on
    request, including for services already received, when the request is made within 180 days of the service.
  file: other/sonoran-freight-spd-2026-section-6-4.txt
network:
  - name: Valle Verde Infusion Center (in network; the only in-network provider listing IV ketamine)
    date: 2026-05-27
    miles: 18
    outcome: Stopped giving ketamine infusions for psychiatric conditions on April 30, 2026 (letter); still not offering them when asked again on September 14, 2026
    evidence: {file: other/valle-verde-letter-2026-05-27.txt, page: 1}
  - name: Camelback Behavioral Health (in-network psychiatry group)
    date: 2026-05-28
    miles: 22
    outcome: Does not offer IV ketamine; offers esketamine nasal spray only
    evidence: {file: other/clinic-network-search-log-2026.txt, page: 1}
  - name: Desert Ridge member services
    date: 2026-05-29
    outcome: No in-network provider of IV ketamine within 50 miles (call reference DR-0529-7741)
    evidence: {file: other/clinic-network-search-log-2026.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions (maintenance)
  plural: true
  summary: >-
    Maintenance infusions of IV ketamine about every five weeks after an induction series that brought a response
    (MADRS 35 to 11), given when symptoms returned.
  alongside: vortioxetine 20 mg daily, continued
author:
  name: Lena Okonkwo-Straus
  role: Treating psychiatrist
  relation: physician
  authorization: other/member-authorization-2026-11-03.txt
  address: |-
    Saguaro Ketamine and Mood Clinic, 880 North Palo Brea Road, Suite 110
    Mesquite Flats, AZ 85297
  phone: (480) 555-0181
  fax: (480) 555-0182
provider:
  name: Lena Okonkwo-Straus
  credentials: MD, psychiatrist
  npi: "1266950488"
  tax_id: 86-0000417
  address: |-
    Saguaro Ketamine and Mood Clinic, 880 North Palo Brea Road, Suite 110
    Mesquite Flats, AZ 85297
  phone: (480) 555-0181
clinical:
  episode_onset: 2023-02
  severity: MADRS 22 on June 10, 2026 before maintenance began; MADRS 12 on September 29, 2026
  severity_date: 2026-09-29
  suicidality: none
  suicidality_date: 2026-09-29
  response: MADRS 35 before induction (March 2, 2026), 11 after it (March 24, 2026); 22 on June 10, 2026 as symptoms returned; 10-14 on maintenance
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2023-03
      end: 2023-07
      outcome: Partial response; stopped
      response: partial
      evidence: {file: clinical/saguaro-clinic-notes-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2023-08
      end: 2024-02
      outcome: No response
      response: none
      evidence: {file: clinical/saguaro-clinic-notes-2026.txt, page: 1}
    - drug: Lithium (added to venlafaxine)
      kind: augmentation
      dose: 600 mg daily (level 0.6)
      start: 2023-11
      end: 2024-01
      outcome: No response after about 8 weeks; tremor
      response: none
      adequate: true
      evidence: {file: clinical/saguaro-clinic-notes-2026.txt, page: 1}
    - drug: TMS
      kind: neuromodulation
      dose: 30 sessions
      sessions: 30
      start: 2024-04
      end: 2024-05
      outcome: Completed; no response
      response: none
      evidence: {file: clinical/saguaro-clinic-notes-2026.txt, page: 1}
    - drug: Esketamine nasal spray (Spravato)
      kind: other
      dose: 56 mg; 5 of 8 induction sessions
      start: 2024-09
      end: 2024-10
      outcome: Stopped after 5 sessions for blood pressure to 182/106 after dosing (intolerance)
      adequate: false
      evidence: {file: clinical/saguaro-clinic-notes-2026.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2024-11
      ongoing: true
      outcome: Partial response; continued
      response: partial
      evidence: {file: clinical/saguaro-clinic-notes-2026.txt, page: 1}
alternatives:
  - treatment: Esketamine nasal spray (offered in network by Camelback Behavioral Health)
    why_not: Stopped in 2024 after 5 of 8 sessions because of blood pressure to 182/106 after dosing
literature:
  - id: murrough-2013
  - id: sanacora-2017
bates_prefix: HALVORSENDIAZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/desert-ridge-eob-2026-09-08.txt": r"""
DESERT RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS
Plan: Sonoran Freight Lines Employee Health Plan (self-funded)      Statement date: 09/08/2026
Claim DRB-CLM-2026-0908-11873     Member: PETER HALVORSEN-DIAZ, DRB-FICT-60218843
Provider: Saguaro Ketamine and Mood Clinic (out of network)

DOS 06/16/2026  96365 x1  96366 x1  J3490 x1   billed $725.00   paid $0.00   CO-242
DOS 07/21/2026  96365 x1  96366 x1  J3490 x1   billed $725.00   paid $0.00   CO-242
DOS 08/25/2026  96365 x1  96366 x1  J3490 x1   billed $725.00   paid $0.00   CO-242

CO-242: 242 - Services not provided by network/primary care providers. Your plan does not cover services from
out-of-network providers except emergency care or services approved under a network gap exception.
""",
        "denial/desert-ridge-first-level-decision-2026-10-20.txt": r"""
DESERT RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - APPEAL DECISION (FIRST LEVEL)
Date: October 20, 2026     Appeal APL-26-0915-3307 (filed by the member 09/15/2026) re claim DRB-CLM-2026-0908-11873

The network gap exception GAP-2026-0212-551 covered six infusions from 03/01/2026 through 05/31/2026. The services
on 06/16/2026, 07/21/2026 and 08/25/2026 are outside the approved dates and were provided by an out-of-network
provider. Your plan does not cover out-of-network services except emergency care or services approved under a
network gap exception. The denial is upheld.

Decided by: appeals coordinator, Desert Ridge (no clinical review was needed for this decision).
You may file a second-level appeal within 60 days of receiving this decision (SPD 9.3). After the second level
you may have the right to an external review if the decision involves medical judgment.
""",
        "other/desert-ridge-gap-exception-approval-2026-02-12.txt": r"""
DESERT RIDGE BENEFIT ADMINISTRATORS (FICTIONAL)
February 12, 2026 - NETWORK GAP EXCEPTION APPROVAL GAP-2026-0212-551
Member: Peter Halvorsen-Diaz. Provider: Saguaro Ketamine and Mood Clinic.
Approved: network gap exception for intravenous ketamine infusion (96365, 96366, J3490), up to six (6) infusions,
dates of service 03/01/2026 through 05/31/2026, Saguaro Ketamine and Mood Clinic, at the in-network benefit
level. Further services require a new request.
Basis: no network provider of this service within 50 miles (Valle Verde Infusion Center wait > 60 days).
""",
        "other/sonoran-freight-spd-2026-section-6-4.txt": r"""
SONORAN FREIGHT LINES EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt, page 38)

6.4 Network gap exceptions
If no network provider within 50 miles of your home can provide a covered service within 30 days of your
request, you or your provider may ask for a network gap exception. An approved exception covers the services and
dates it states. If a network provider still is not available when the approved dates end, the exception may be
extended on request, including for services already received, when the request is made within 180 days of the
service.
""",
        "other/valle-verde-letter-2026-05-27.txt": r"""
VALLE VERDE INFUSION CENTER (FICTIONAL)
May 27, 2026
To Saguaro Ketamine and Mood Clinic, re: referral of P. Halvorsen-Diaz
Valle Verde stopped giving ketamine infusions for psychiatric conditions on April 30, 2026. We continue to
offer infusions for other indications. We are unable to accept this referral.
[Handwritten note by clinic staff: called again 09/14/2026 - still not offering psychiatric ketamine. - J.R.]
""",
        "other/clinic-network-search-log-2026.txt": r"""
SAGUARO KETAMINE AND MOOD CLINIC (FICTIONAL) - NETWORK SEARCH LOG, P. Halvorsen-Diaz
05/27/2026 Valle Verde Infusion Center (in network, 18 mi): no psychiatric ketamine since 04/30/2026 (letter).
05/28/2026 Camelback Behavioral Health (in network, 22 mi): no IV ketamine; offers esketamine nasal spray only.
05/29/2026 Desert Ridge member services, ref DR-0529-7741: "no in-network IV ketamine provider within 50 miles";
           told to "submit a new gap exception request". Request drafted; not sent (staff change) - our error.
09/14/2026 Valle Verde re-called: unchanged.
""",
        "other/member-authorization-2026-11-03.txt": r"""
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)
I, Peter Halvorsen-Diaz (DRB-FICT-60218843), designate Lena Okonkwo-Straus, MD, as my authorized representative
for my second-level appeal of claim DRB-CLM-2026-0908-11873, and authorize release of my health information for
it.  Signed: Peter Halvorsen-Diaz   Date: 11/03/2026
""",
        "clinical/saguaro-clinic-notes-2026.txt": r"""
SAGUARO KETAMINE AND MOOD CLINIC (FICTIONAL) - Lena Okonkwo-Straus, MD, psychiatrist
Halvorsen-Diaz, Peter, DOB 09/12/1977

Recurrent MDD, severe (F33.2); current episode since 02/2023.
Prior treatment: escitalopram 20 mg 03-07/2023 partial; venlafaxine XR 225 mg 08/2023-02/2024 none; lithium 600 mg
added 11/2023-01/2024 (level 0.6, about 8 weeks) none, tremor; TMS 30 sessions 04-05/2024 none; esketamine 56 mg 09-10/2024,
stopped after 5 of 8 sessions for BP 182/106 post-dose; vortioxetine 20 mg from 11/2024, partial, continuing.
IV ketamine induction 03/03-03/20/2026, six infusions 0.5 mg/kg over 40 min: MADRS 35 (03/02) -> 11 (03/24).
06/10/2026 MADRS 22, sleep and energy slipping: start maintenance about every 5 weeks.
Maintenance infusions 06/16, 07/21, 08/25/2026 (MADRS 13, 12, 14 the following week). 09/29/2026 MADRS 12.
Denies suicidal ideation throughout 2026. BP stable during infusions (max 148/92).
Next maintenance infusion: to be scheduled only if coverage is resolved (none booked).
""",
    },
    expect=[
        ("other/sonoran-freight-spd-2026-section-6-4.txt", "including for services already received, when the request is made within 180 days of the\nservice"),
        ("other/desert-ridge-gap-exception-approval-2026-02-12.txt", "dates of service 03/01/2026 through 05/31/2026"),
        ("denial/desert-ridge-first-level-decision-2026-10-20.txt", "The denial is upheld"),
        ("denial/desert-ridge-first-level-decision-2026-10-20.txt", "within 60 days of receiving this decision"),
        ("other/valle-verde-letter-2026-05-27.txt", "stopped giving ketamine infusions for psychiatric conditions on April 30, 2026"),
        ("other/clinic-network-search-log-2026.txt", "DR-0529-7741"),
        ("other/clinic-network-search-log-2026.txt", "Request drafted; not sent"),
        ("clinical/saguaro-clinic-notes-2026.txt", "MADRS 35 (03/02) -> 11 (03/24)"),
        ("clinical/saguaro-clinic-notes-2026.txt", "none booked"),
    ],
    truth=r"""
# 07 - Self-funded employer plan (Arizona): maintenance IV ketamine denied as out of network after a gap exception's dates ended; second-level appeal by the treating psychiatrist (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Peter Halvorsen-Diaz, 49, is in a **self-funded ERISA** EPO (Sonoran Freight Lines; administrator Desert
  Ridge). Out-of-network care is covered only for emergencies or under a **network gap exception**.
- **GAP-2026-0212-551** (02/12/2026) covered **up to six infusions, 03/01-05/31/2026**; six induction infusions
  were given 03/03-03/20 and **paid**. "Further services require a new request."
- Symptoms returned (MADRS 22 on 06/10); **maintenance infusions 06/16, 07/21 and 08/25/2026** were denied
  09/08/2026, CO-242. The member's first-level appeal was **upheld 10/20/2026**: the services are outside the
  exception's dates. The decision was made by an appeals coordinator with no clinical review. Second level:
  within 60 days of receipt (SPD 9.3), so **by 12/19/2026**.
- **SPD 6.4**: the exception "may be extended on request, **including for services already received**, when the
  request is made **within 180 days of the service**". Counted from 06/16/2026 that is **12/13/2026**; from 07/21,
  01/17/2027; from 08/25, 02/21/2027. A request made in this appeal before 12/13/2026 is in time for all three.
- The network could still not provide the service when the dates ended: **Valle Verde** (the only in-network
  IV ketamine site) stopped psychiatric ketamine **04/30/2026** and still had not resumed on 09/14/2026;
  **Camelback** offers only esketamine; member services (05/29/2026, DR-0529-7741) found **no in-network IV ketamine
  provider within 50 miles**. The clinic drafted a new request in May and **did not send it** (its own error).
- The first-level decision never addressed SPD 6.4's extension clause.
- Clinical: the induction brought a **response** (MADRS 35 -> 11); maintenance holds it (12-14). Necessity was not
  questioned. Earlier Spravato was stopped after 5 of 8 sessions for hypertension (intolerance).
- Rules: ERISA claims rule 29 CFR 2560.503-1; a group health plan with two appeal levels decides each
  post-service level within 30 days of receipt (2560.503-1(i)(2)(iii)(B)). External review for a self-funded plan is the federal process, 29 CFR 2590.715-2719(d), and only
  for denials involving medical judgment; a pure network denial may not qualify.

## Deliberately unknown
- Whether the plan counts this appeal itself as the "request" SPD 6.4 asks for; the letter should make the
  request expressly, in writing, now.
- The plan's allowed amount at the in-network level.
- Whether more maintenance infusions will be needed: none is booked; no future dates.

## Traps
- **The approval's dates miss every date appealed**: the letter must not say the approval covers June-August,
  must not ask the plan to "honor" GAP-2026-0212-551 for these dates, and must not say the claims were denied
  "despite"/"all the same" under it. The route is the **extension** clause of SPD 6.4 (the plan's own
  exception provision), or a new exception, on the network facts.
- **Do not hide the missed request**: the letter should not claim a new request was sent in May.
- **Not an emergency.**
- **Not a medical-necessity denial**: no peer-to-peer, no "the reviewer was not a psychiatrist" (no clinical
  reviewer at all); the treatment history is background only.
- **Say no in-network provider was available within 50 miles** (rows), not that none exists anywhere.
- **No 45 CFR 156.230** (individual-market network adequacy) and no state external review for a self-funded plan;
  no 45 CFR 147.136(c).
- **Spravato 2024** was not an adequate trial (5 of 8, intolerance); TMS was a completed failed course (30
  sessions); lithium is augmentation; vortioxetine is ongoing (no end date).
- Second level: the letter must say it is a **second-level appeal** and answer the **10/20/2026** decision, not
  only the 09/08 EOB.
- Voice: the treating psychiatrist writes about the patient in the third person, with his designation enclosed.

## Arguments a strong letter makes (strongest first)
1. SPD 6.4 allows the exception to be extended, including for services already received, when asked within 180
   days of the service; this appeal makes that request within 180 days of every date (the earliest runs to
   12/13/2026), and the first-level decision never considered it.
2. The condition for extension is met: when the approved dates ended, no network provider within 50 miles could
   give IV ketamine (Valle Verde stopped 04/30/2026 and had not resumed by 09/14; Camelback offers only
   esketamine; member services confirmed none on 05/29). Pay the three infusions at the in-network level.
3. The care continues what the plan itself approved: the induction brought a response (MADRS 35 -> 11) and
   maintenance keeps it (12-14); the in-network alternative (esketamine) was stopped for hypertension in 2024.

## What a letter must NOT say
- "the approved gap exception covers these dates", "honor the exception for June-August", "denied despite the
  approval", "approved through August".
- "a new request was sent in May", "emergency", "not medically necessary" (as the denial's ground),
  "peer-to-peer", "no in-network provider exists".
- "45 CFR 156.230", "45 CFR 147.136(c)", "state external review".
- "Spravato failed after an adequate trial", an end date for vortioxetine, "suicidal ideation", "infusions
  scheduled".
- "first-level appeal" as what this letter is.
""",
))

# ---------------------------------------------------------------------------------------------------------------
# 08  Original Medicare Part A (MO) | 190-day lifetime psychiatric limit applied to a stay in a general hospital's
#     psychiatric unit (category benefit_limit) | MAC redetermination | inpatient stay 10/05-10/19/2026 | daughter as
#     appointed representative (CMS-1696)
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="08-original-medicare-190-day-limit-general-hospital-unit-daughter",
    yaml=r"""
# FICTIONAL CASE (letters set 17, case 08) - every person, plan, number and address is invented.
# Original Medicare Part A. A 14-day stay in the psychiatric unit of a general acute-care hospital was denied as
# past the 190-day lifetime limit on inpatient psychiatric hospital care. The limit reaches only psychiatric
# hospitals, and Medicare's count also included a 2025 stay in the same general hospital's unit. His daughter,
# appointed on form CMS-1696, asks the contractor for a redetermination.
patient:
  name: Raymond Ellery Castellanos
  salutation: Mr. Castellanos
  date_of_birth: August 21, 1959
  member_id: 1FICT-TE5-MK72
  address: |-
    712 Sassafras Street
    Bellwood Ferry, MO 63401
  phone: (573) 555-0137
insurer:
  name: Medicare Part A, claims processed by Gateway Plains Medicare Administrative Contractor (FICTIONAL)
  appeals_address: |-
    Gateway Plains MAC, Part A Redeterminations
    PO Box 66840
    Riverport, MO 65101
  fax: (573) 555-0148
claim:
  number: "22626301457801"
  plan_type: medicare
  notice_date: November 6, 2026
  service_dates: [2026-10-05, 2026-10-19]
  inpatient: true
  revenue_codes: ["0114"]
  diagnosis_codes: [F31.5]
  denial_reason: >-
    Medicare does not cover these inpatient days. You have reached the 190-day lifetime limit for inpatient
    psychiatric hospital care (190 of 190 days used).
  denial_category: benefit_limit
  action: none
psychiatric_days:
  unit: distinct_part
  proof: other/hospital-letter-distinct-part-unit-2026-11-18.txt
  miscounted:
    - stay: March 10-22, 2025
      days: 12
      why: in the same general hospital's distinct-part psychiatric unit
treatment:
  name: Inpatient psychiatric care in the Behavioral Health Unit of St. Brendan's General Hospital
  summary: >-
    A 14-day inpatient stay, October 5 to October 19, 2026, in the distinct-part psychiatric unit of a general
    acute-care hospital, for severe bipolar depression with psychotic features.
author:
  name: Ana Castellanos-Whitby
  role: Daughter and appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative-2026-11-14.txt
  address: |-
    29 Juniper Bluff Court
    Bellwood Ferry, MO 63401
  phone: (573) 555-0186
  email: ana.cw@homemail.example
provider:
  name: Farah Demirci
  credentials: MD, attending psychiatrist
  npi: "1433179029"
  address: |-
    St. Brendan's General Hospital, Behavioral Health Unit, 1500 Levee Road
    Bellwood Ferry, MO 63401
  phone: (573) 555-0153
clinical:
  severity: Admitted October 5, 2026 with psychotic depression, refusing food and fluids; discharged October 19, 2026 improved
  severity_date: 2026-10-19
  suicidality: passive
  suicidality_date: 2026-10-05
impact:
  hospitalizations: >-
    Earlier stays: 1996 (state psychiatric hospital, before Medicare); 2006 (Riverbend State Psychiatric Hospital);
    2011 and 2019 (Oakhaven Psychiatric Hospital); March 2025 (St. Brendan's General Hospital Behavioral Health
    Unit)
call_log:
  - date: 2026-11-12
    who: 1-800-MEDICARE (representative "Jerome")
    reference: not given
    summary: Read the inpatient psychiatric day count as 190 used, including 12 days in March 2025 at St. Brendan's General Hospital; could not say how many days each earlier stay counted
bates_prefix: CASTELLANOS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/medicare-summary-notice-part-a-2026-11-06.txt": r"""
MEDICARE SUMMARY NOTICE - PART A (HOSPITAL INSURANCE) (FICTIONAL TEST COPY)
Notice date: November 6, 2026
RAYMOND E CASTELLANOS     Medicare number: 1FICT-TE5-MK72

Your Hospital Claims for This Period
St. Brendan's General Hospital, 1500 Levee Road, Bellwood Ferry, MO   Claim number 22626301457801
Inpatient stay 10/05/26 - 10/19/26   Benefit days used: 0   Medicare approved: NO   See note A
  A: Medicare does not cover these inpatient days. You have reached the 190-day lifetime limit for inpatient
     psychiatric hospital care (190 of 190 days used). You may be billed for these days.

(Part B section of this notice, same period: Farah Demirci MD, hospital visits 10/05-10/19/26 - approved.)

How to handle denials: If you disagree with a coverage decision, you can file an appeal. Appeals must be filed
in writing within 120 days of the date you receive this notice. Send it to: Gateway Plains MAC, Part A
Redeterminations, PO Box 66840, Riverport, MO 65101. Use a redetermination request form or write a letter.
""",
        "other/hospital-letter-distinct-part-unit-2026-11-18.txt": r"""
ST. BRENDAN'S GENERAL HOSPITAL (FICTIONAL) - Patient Financial Services
November 18, 2026
To whom it may concern - re: Raymond E. Castellanos, inpatient stay 10/05/2026-10/19/2026, claim 22626301457801

St. Brendan's General Hospital is a general acute-care hospital (Medicare CCN 260418). Its Behavioral Health Unit
is a distinct-part psychiatric unit of this hospital, enrolled in Medicare as such (unit CCN 26S418). It is not a
freestanding psychiatric hospital. Mr. Castellanos's stay of 10/05/2026-10/19/2026 and his earlier stay of
03/10/2025-03/22/2025 were both in this unit and were billed under the unit's CCN (bill type 0111, revenue code
0114).

For reference, Medicare's rule: "There is a lifetime maximum of 190 days on inpatient psychiatric hospital
services available to any beneficiary." (42 CFR 409.62). Medicare's manuals apply this limit to psychiatric
hospitals, not to psychiatric units of general hospitals.
We have held this account from collection while the appeal is pending.
""",
        "other/cms-1696-appointment-of-representative-2026-11-14.txt": r"""
FORM CMS-1696 APPOINTMENT OF REPRESENTATIVE (content only, FICTIONAL)
I, Raymond E. Castellanos (Medicare number 1FICT-TE5-MK72), appoint Ana Castellanos-Whitby, my daughter, to act
as my representative in connection with my claim or asserted right under Title XVIII (Medicare) for the
inpatient stay of 10/05/2026-10/19/2026, claim 22626301457801.  Signed 11/14/2026.
Representative accepted: Ana Castellanos-Whitby, 11/14/2026. Not an attorney; no fee.
""",
        "other/earlier-stays-summary-by-daughter.txt": r"""
EARLIER PSYCHIATRIC HOSPITAL STAYS OF RAYMOND E. CASTELLANOS - compiled by Ana Castellanos-Whitby from the
discharge summaries the family holds (FICTIONAL)
Medicare entitlement: disability, from 2003; aged, from 2024.
1996      state psychiatric hospital (freestanding), 64 days - BEFORE Medicare entitlement
2006      Riverbend State Psychiatric Hospital (freestanding), 41 days
2011      Oakhaven Psychiatric Hospital (freestanding), 02/03/2011-05/02/2011, 88 days
2019      Oakhaven Psychiatric Hospital (freestanding), 49 days
03/2025   St. Brendan's General Hospital, Behavioral Health Unit (general hospital unit), 03/10-03/22/2025, 12 days
Freestanding psychiatric hospital days since entitlement, by these summaries: 41 + 88 + 49 = 178.
(The 2019 discharge summary says "third admission to Oakhaven"; we know of two. Medicare's own day count for each
stay has not been provided to us.)
""",
        "clinical/st-brendans-discharge-summary-2026-10-19.txt": r"""
ST. BRENDAN'S GENERAL HOSPITAL (FICTIONAL) - BEHAVIORAL HEALTH UNIT - DISCHARGE SUMMARY
Patient: Castellanos, Raymond E., DOB 08/21/1959     Admitted 10/05/2026 via ED     Discharged 10/19/2026
Attending: Farah Demirci, MD
Dx: bipolar I disorder, current episode depressed, severe, with psychotic features (F31.5).
Admission: refusing food and fluids for 4 days, nihilistic delusions, passive death wish without plan (10/05).
Course: olanzapine added to lithium; oral intake restored by day 4; delusions resolved by day 11. ECT considered,
not needed. Discharged home with daughter; outpatient follow-up 10/23/2026.
History: "previous psychiatric admissions at Oakhaven x3 and St. Brendan's 2025" (per chart; see family list).
""",
    },
    expect=[
        ("denial/medicare-summary-notice-part-a-2026-11-06.txt", "190-day lifetime limit for inpatient\n     psychiatric hospital care (190 of 190 days used)"),
        ("denial/medicare-summary-notice-part-a-2026-11-06.txt", "within 120 days of the date you receive this notice"),
        ("denial/medicare-summary-notice-part-a-2026-11-06.txt", "hospital visits 10/05-10/19/26 - approved"),
        ("other/hospital-letter-distinct-part-unit-2026-11-18.txt", "is a distinct-part psychiatric unit of this hospital"),
        ("other/hospital-letter-distinct-part-unit-2026-11-18.txt", "03/10/2025-03/22/2025"),
        ("other/earlier-stays-summary-by-daughter.txt", "41 + 88 + 49 = 178"),
        ("other/earlier-stays-summary-by-daughter.txt", "BEFORE Medicare entitlement"),
        ("clinical/st-brendans-discharge-summary-2026-10-19.txt", "passive death wish without plan (10/05)"),
        ("other/cms-1696-appointment-of-representative-2026-11-14.txt", "Signed 11/14/2026"),
    ],
    truth=r"""
# 08 - Original Medicare Part A: a general hospital psychiatric-unit stay denied under the 190-day lifetime limit for psychiatric hospitals; his daughter asks for a redetermination (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Raymond Castellanos, 67, has **Original Medicare** (entitled by disability since 2003, by age since 2024).
  Inpatient stay **10/05-10/19/2026** (14 days) for bipolar I depression with psychotic features (F31.5) in the
  **Behavioral Health Unit of St. Brendan's General Hospital**, a **distinct-part psychiatric unit of a general
  acute-care hospital** (hospital CCN 260418, unit CCN 26S418; bill type 0111, revenue code 0114).
- MSN **11/06/2026**: Part A denied, "You have reached the **190-day lifetime limit** for inpatient psychiatric
  hospital care (190 of 190 days used)". The Part B physician visits were **approved**.
- Medicare's rule: **42 CFR 409.62** sets a lifetime maximum of 190 days on inpatient **psychiatric hospital**
  services. It does not reach inpatient psychiatric care in a general hospital, including its distinct-part
  psychiatric unit (Medicare's manuals and "Medicare & You" say the same). So the limit does not apply to this
  stay at all.
- Medicare's count is also wrong on its own terms: 1-800-MEDICARE (11/12/2026) said the 190 included the **12 days
  of March 2025 in the same general-hospital unit**. By the family's discharge summaries the freestanding
  psychiatric hospital days since entitlement are 41 + 88 + 49 = **178** (the 1996 stay was before entitlement).
- Rule for the plan type: **redetermination** by the MAC, filed within **120 days of receipt** of the MSN; receipt
  presumed 5 days after its date (42 CFR 405.942): 11/11/2026 + 120 = **03/11/2027** (counted from the notice
  date alone, the safe date is 03/06/2027). The MAC decides in about 60
  days (405.950). The next level is reconsideration by a **QIC** (405.962), 180 days. Original Medicare has **no
  plan terms**; the question is Medicare's own rule.
- The author is his daughter, appointed on **CMS-1696** (11/14/2026); she writes about her father.
- Passive death wish without plan on admission (10/05/2026); no current claim of risk.

## Deliberately unknown
- **Medicare's exact day count for each earlier stay** (the family's 178 comes from discharge summaries; the
  2019 summary's "third admission" conflicts with the family's list). The letter should ask for the benefit-day
  history, not assert Medicare's numbers.
- Whether the MAC's system flagged the unit's CCN wrongly or the count alone; do not assert the mechanism.
- The amount the hospital will bill; it is holding the account.

## Traps
- **Not a medical-necessity denial**: no severity/treatment-history argument as the lead, no InterQual, no
  peer-to-peer, no request for a psychiatrist reviewer as the main ask. The stay's necessity is not disputed.
- **No "plan"**: Original Medicare has no plan terms, no "the plan's own terms decide", no plan exception
  provision, no parity (MHPAEA does not reach Medicare; and the 190-day limit itself is statutory).
- **Not Medicare Advantage**: no 42 CFR 422.x, no IRE, no 65-day window, no "reconsideration" as this level (it
  is a redetermination; the QIC reconsideration is next), no 72-hour expedited appeal (Original Medicare has none
  for claims).
- **Not lifetime reserve days** or the 90-day benefit period: a different Part A limit.
- **Part B visits were approved**: do not say the psychiatrist's visits were denied.
- **The 14 days are one stay** from 10/05 through 10/19, not two dates.
- **Do not state 178 as Medicare's figure**; say the family's records show it and ask for Medicare's count.
- Voice: the representative writes about "my father"/"Mr. Castellanos"; she encloses the CMS-1696.

## Arguments a strong letter makes (strongest first)
1. The 190-day lifetime limit (42 CFR 409.62) applies to inpatient psychiatric **hospital** services; this stay was
   in a distinct-part psychiatric unit of a general acute-care hospital (hospital letter, unit CCN 26S418), so the
   limit does not reach it: pay the 14 days under ordinary Part A inpatient benefits.
2. The day count is wrong in any case: it includes 12 days of March 2025 in the same general-hospital unit, which
   the limit does not reach either; the family's records show 178 freestanding-hospital days since entitlement,
   leaving days even if the limit applied. Ask the MAC to correct the record of psychiatric days used and to
   provide the day history.
3. Ask for correction of the 2025 count so later stays are not denied, and note the hospital has held the
   account pending the appeal.

## What a letter must NOT say
- "not medically necessary", "InterQual", "peer-to-peer", "the plan's terms", "the plan", "exception to the
  limit", "MHPAEA"/"parity".
- "42 CFR 422", "independent review entity", "65 days", "expedited"/"72 hours", "reconsideration" (for this
  level), "lifetime reserve days".
- "Medicare counted 178 days"; "the psychiatrist's visits were denied"; "October 5 and October 19" as two
  separate days of care.
- "I was admitted" (the daughter is the author).
""",
))
