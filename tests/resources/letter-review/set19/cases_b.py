"""Cases 05-08 of letters set 19 (FICTIONAL: every person, plan, number and address is invented)."""

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 05 City employees' plan, self-funded (KS) | coordination of benefits (CO-22): "Medicare is primary" for an active
#    employee aged 67 with Part A only | first internal, post-service | maintenance ECT x3 | patient ("I")
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="05-city-plan-maintenance-ect-cob-medicare-working-aged-patient",
    yaml=r"""
# FICTIONAL CASE (set 19, case 05) - every person, plan, number and address is invented.
# Self-funded city employees' plan (Kansas): three maintenance ECT treatments denied CO-22, "Medicare is primary",
# for an active full-time employee aged 67 who has Medicare Part A only; the administrator's record had coded him
# as a retiree since 08/15/2026. The member writes his own first internal appeal.
patient:
  name: Harlan James Whitcomb-Ruiz
  salutation: Mr. Whitcomb-Ruiz
  date_of_birth: February 11, 1959
  member_id: CBF-FICT-002771-01
  address: |-
    1412 Cottonwood Bend
    Brackenridge Falls, KS 67999
  phone: (620) 555-0138
insurer:
  name: City of Brackenridge Falls Employee Health Plan, administered by Summit Ridge Administrators (FICTIONAL)
  appeals_address: |-
    Summit Ridge Administrators, Appeals Unit
    PO Box 880
    Wichita Plains, KS 67299
  fax: (316) 555-0164
claim:
  number: SRA-26-1104-88213
  plan_type: governmental
  funding: self_funded
  state: KS
  notice_date: November 4, 2026
  service_dates: [2026-09-08, 2026-09-29, 2026-10-20]
  procedure_codes: [90870]
  diagnosis_codes: [F33.41]
  carc_codes: [CO-22]
  inpatient: false
  denial_reason: >-
    CO-22: This care may be covered by another payer per coordination of benefits. Member is age 65 or older;
    Medicare is primary. Please submit the Explanation of Medicare Benefits.
  denial_category: coordination_of_benefits
  action: none
  coding_correct: true
other_coverage:
  plan: Medicare Part A (entitlement by age)
  member_is: entitled to Medicare Part A by age since February 2024, and not enrolled in Medicare Part B
  covered_here_as: an active full-time employee of the City (the subscriber)
  reported: 2025-03-17
  proof:
    - other/hr-employment-verification-2026-11-16.txt
    - other/medicare-card-part-a-only.txt
plan_policy:
  name: City of Brackenridge Falls Employee Health Plan, Summary Plan Description (2026), Section 11, Coordination of Benefits
  number: Section 11.4
  quote: >-
    11.2 This Plan coordinates benefits only with other coverage in effect on the date of service. 11.4 Medicare.
    (a) If you are actively at work and covered by this Plan as an employee, or as the spouse of an employee, and you
    are entitled to Medicare because of age, this Plan pays your benefits first and Medicare pays second. (b) If you
    are a retiree, or the spouse of a retiree, and are entitled to Medicare, Medicare pays first and this Plan pays
    second, as if you were enrolled in Medicare Parts A and B.
  file: other/spd-2026-section-11-excerpt.txt
treatment:
  name: Maintenance electroconvulsive therapy (ECT)
  summary: >-
    Outpatient maintenance ECT every three weeks after an acute course that brought remission of a psychotic
    depressive episode in June 2026.
  plan: >-
    Right unilateral ultrabrief ECT every 3 weeks through December 2026, then every 4 weeks; review monthly with MADRS
    and cognitive screening; continue lithium and nortriptyline.
provider:
  name: Imogen Farraday
  credentials: MD, psychiatrist
  npi: "1642077337"
  phone: (620) 555-0152
  address: |-
    Prairie Vale Hospital, Department of Psychiatry, 300 Depot Street
    Brackenridge Falls, KS 67999
author:
  name: Harlan James Whitcomb-Ruiz
  role: Patient (plan member, active employee)
  relation: patient
  address: |-
    1412 Cottonwood Bend
    Brackenridge Falls, KS 67999
  phone: (620) 555-0138
employer:
  name: City of Brackenridge Falls, Human Resources - Benefits (FICTIONAL)
  address: |-
    City Hall, 100 Main Street
    Brackenridge Falls, KS 67999
clinical:
  severity: MADRS 8 on October 20, 2026 (remission maintained on maintenance ECT)
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
  response: MADRS 41 before the acute course (May 2026) to 7 after it (June 2026); 8 on October 20, 2026.
  response_level: remission
claims:
  - date: 2026-06-23
    number: SRA-26-0630-51177
    eob_date: 2026-06-30
    eob_file: other/eob-2026-06-30-acute-ect-paid.txt
    lines:
      - {code: "90870", units: 1, charge: "$620.00", allowed: "$410.00", paid: "$328.00", patient_responsibility: "$82.00"}
record_dates:
  - {file: other/hr-employment-verification-2026-11-16.txt, date: 2026-11-16}
bates_prefix: WHITCOMB
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/summit-ridge-eob-2026-11-04.txt": r"""
SUMMIT RIDGE ADMINISTRATORS (FICTIONAL) - claims administrator, City of Brackenridge Falls Employee Health Plan
EXPLANATION OF BENEFITS - THIS IS NOT A BILL                 Date: November 4, 2026
Member: Harlan J. Whitcomb-Ruiz   ID: CBF-FICT-002771-01   Relationship: Subscriber   Coverage class: RET

Claim SRA-26-1104-88213   Provider: Imogen Farraday, MD
DOS         Code    Billed     Allowed   Paid     Adj code
09/08/2026  90870   $620.00    $0.00     $0.00    CO-22
09/29/2026  90870   $620.00    $0.00     $0.00    CO-22
10/20/2026  90870   $620.00    $0.00     $0.00    CO-22
Claim SRA-26-1104-88214   Provider: Prairie Vale Hospital (outpatient facility, rev. 0901)
09/08, 09/29, 10/20/2026   facility charges $2,940.00 total   Paid $0.00   CO-22

CO-22: This care may be covered by another payer per coordination of benefits. Member is age 65 or older;
Medicare is primary. Please submit the Explanation of Medicare Benefits.

You may appeal within 180 days of receiving this notice. Post-service appeals are decided within 60 days.
Send appeals to Summit Ridge Administrators, Appeals Unit, PO Box 880, Wichita Plains, KS 67299, fax (316) 555-0164.
""",
        "other/spd-2026-section-11-excerpt.txt": r"""
CITY OF BRACKENRIDGE FALLS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (self-funded)
Section 11 Coordination of Benefits
11.2 This Plan coordinates benefits only with other coverage in effect on the date of service.
11.4 Medicare.
(a) If you are actively at work and covered by this Plan as an employee, or as the spouse of an employee, and you
    are entitled to Medicare because of age, this Plan pays your benefits first and Medicare pays second.
(b) If you are a retiree, or the spouse of a retiree, and are entitled to Medicare, Medicare pays first and this
    Plan pays second, as if you were enrolled in Medicare Parts A and B.
""",
        "other/hr-employment-verification-2026-11-16.txt": r"""
CITY OF BRACKENRIDGE FALLS (FICTIONAL) - HUMAN RESOURCES               November 16, 2026
To: Summit Ridge Administrators. Re: Harlan J. Whitcomb-Ruiz, employee no. 002771
Mr. Whitcomb-Ruiz has been employed full time by the City (Water Utility, plant operations supervisor) since
06/01/1998 and remains actively at work. He has not retired. His August 2026 request for a pension estimate was an
inquiry only. The eligibility file sent to you on 08/15/2026 coded him "RET" in error; a corrected file was sent
today. The City employs about 1,400 people.
Dana Kowalczyk, Benefits Manager
""",
        "other/medicare-card-part-a-only.txt": r"""
[Copy of Medicare card, FICTIONAL]  Name: HARLAN J WHITCOMB-RUIZ   Medicare number: 1FICT-AB2-CD34
Entitled to: HOSPITAL (PART A) 02-01-2024      MEDICAL (PART B): [not shown - not enrolled]
""",
        "other/cob-questionnaire-2025-03-17.txt": r"""
SUMMIT RIDGE ADMINISTRATORS (FICTIONAL) - OTHER COVERAGE QUESTIONNAIRE, received 03/17/2025
Member: Harlan J. Whitcomb-Ruiz
Do you have Medicare?  [X] Yes  [ ] No      Part A effective: 02/2024
Do you have other group coverage?  [ ] Yes  [X] No
(The form does not ask about Part B or about current employment.)
""",
        "other/eob-2026-06-30-acute-ect-paid.txt": r"""
SUMMIT RIDGE ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS        Date: June 30, 2026
Member: Harlan J. Whitcomb-Ruiz   Coverage class: ACT (active)
Claim SRA-26-0630-51177   Acute ECT course, 12 treatments 05/12-06/23/2026 (last line shown)
06/23/2026  90870   Billed $620.00   Allowed $410.00   Paid $328.00   Member $82.00 (coinsurance)
Processed as primary plan.
""",
        "clinical/prairie-vale-ect-summary-2026-10-20.txt": r"""
PRAIRIE VALE HOSPITAL (FICTIONAL) - ECT SERVICE - Imogen Farraday, MD
Patient: Whitcomb-Ruiz, Harlan J., DOB 02/11/1959
Acute course 05/12-06/23/2026, 12 RUL ultrabrief treatments, for recurrent major depression, severe, with psychotic
features: MADRS 41 -> 7, remission. Maintenance ECT every 3 weeks from 07/2026: 09/08, 09/29, 10/20/2026.
10/20/2026 MADRS 8; MoCA 28/30; no suicidal ideation. Lithium 600 mg and nortriptyline 75 mg continue.
""",
    },
    truth=r"""
# 05 - City employees' plan: maintenance ECT denied CO-22 ("Medicare is primary") for an active employee with Part A only; the member appeals (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Harlan Whitcomb-Ruiz, 67, is an **active full-time employee** of a city (about 1,400 employees) and the
  subscriber in its **self-funded governmental plan** (Kansas). Three **maintenance ECT** treatments (09/08,
  09/29, 10/20/2026; 90870) were denied **CO-22** on the EOB of **11/04/2026**: "Medicare is primary". The
  facility claim (SRA-26-1104-88214) was denied the same way.
- He has **Medicare Part A only** (by age, 02/2024); **not enrolled in Part B**. The plan's own SPD **11.4(a)**:
  an active employee entitled to Medicare by age -> **this Plan pays first**. 11.4(b) (Medicare first, "as if
  enrolled in Parts A and B") is for **retirees** only. Federal law agrees: Medicare is secondary to a group
  health plan covering an individual aged 65+ by current employment with an employer of 20+ employees (42 USC
  1395y(b)(1)(A); 42 CFR 411.172); state and local governments are employers under this rule.
- Cause: the City's eligibility file of 08/15/2026 coded him **"RET"** in error (HR letter 11/16/2026, after the
  denial; corrected file sent). The June 2026 acute-course claims were processed **as primary** (coverage class
  ACT). He reported Medicare (Part A) on the 03/17/2025 questionnaire, which did not ask about Part B or work.
- Rule for the plan type: governmental plan, 45 CFR 147.136(b)(2)(i) applying the ERISA claims rule's standards;
  appeal within **180 days of receipt**; post-service decision within **60 days**.
- Nothing about the care is in dispute: remission (MADRS 8, 10/20/2026), no suicidal ideation.
- The author is the patient: "I".

## Deliberately unknown
- Whether the administrator has already loaded the corrected eligibility file (sent 11/16). The letter asks that
  the record be corrected and the claims reprocessed; it must not say it has been.
- Whether Medicare Part A would pay anything here: it would not be the payer for an outpatient service in any
  case, but the letter need not argue Part A/Part B mechanics beyond "no Part B".

## Traps
- **Not a medical-necessity case**: no treatment-history argument, no evidence paragraph on ECT, no request for a
  clinical reviewer or peer-to-peer, no "medically necessary" lead.
- **Medicare did not end**: do not argue that other coverage ended before the care (he still has Part A). The
  point is the **order of benefits** (11.4(a)) and the MSP working-aged rule.
- 11.4(b) (retiree, "as if enrolled in Parts A and B") does not apply: he is not retired. Do not concede an estimate
  of Part B.
- The EOB says "Coverage class: RET": wrong; the HR letter corrects it.
- **Governmental plan**: cite 45 CFR 147.136 (applying 29 CFR 2560.503-1), never ERISA as governing law, never
  EBSA/Department of Labor. Not external review for this category (no medical judgment).
- Coding is right (`coding_correct: true`); nothing to correct on the claim.
- Lithium and nortriptyline are continuation drugs: not failed trials.

## Arguments a strong letter makes (strongest first)
1. The plan's own SPD 11.4(a): an active employee entitled to Medicare by age -> this Plan pays first. He is
   actively at work (HR letter 11/16/2026); the "RET" code was an error; the plan processed his June claims as
   primary. Medicare Secondary Payer working-aged rule (42 USC 1395y(b)(1)(A)) says the same.
2. He has no Part B, so there is no Medicare EOB to send for outpatient care.
3. Ask that the eligibility/COB record be corrected and both claims (88213 and 88214) reprocessed as primary;
   decision within 60 days.

## What a letter must NOT say
- "Medicare is primary", "his Medicare coverage ended", "retiree", "as if enrolled in Part B".
- "medically necessary" as the ground, "failed lithium", "failed nortriptyline", "peer-to-peer".
- "ERISA" as the governing law, "EBSA"/"Department of Labor", "external review".
""",
    expected=[
        ("denial/summit-ridge-eob-2026-11-04.txt", "Medicare is primary"),
        ("denial/summit-ridge-eob-2026-11-04.txt", "Coverage class: RET"),
        ("other/spd-2026-section-11-excerpt.txt", "this Plan pays your benefits first and Medicare pays second"),
        ("other/hr-employment-verification-2026-11-16.txt", "coded him \"RET\" in error"),
        ("other/hr-employment-verification-2026-11-16.txt", "about 1,400 people"),
        ("other/medicare-card-part-a-only.txt", "not enrolled"),
        ("other/eob-2026-06-30-acute-ect-paid.txt", "Processed as primary plan"),
        ("other/cob-questionnaire-2025-03-17.txt", "does not ask about Part B"),
        ("clinical/prairie-vale-ect-summary-2026-10-20.txt", "MADRS 8"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 06 FEHB | prior_authorization: emergency psychiatric admission "not precertified"; the hospital's fax was within
#    two business days, and the brochure's own penalty is $500, not a denial | OPM REVIEW after the carrier's
#    reconsideration (11/20) | inpatient stay 10/10-10/16 | husband (representative)
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="06-fehb-inpatient-precert-opm-review-spouse",
    yaml=r"""
# FICTIONAL CASE (set 19, case 06) - every person, plan, number and address is invented.
# FEHB carrier: an emergency psychiatric admission (10/10-10/16/2026) denied for no precertification; the carrier's
# reconsideration upheld it on 11/20/2026. The hospital faxed notice on 10/13 (within two business days), and the
# brochure's own consequence of no precertification is a $500 reduction. Her husband asks OPM to review.
patient:
  name: Bernadette Akinyi Lowell
  salutation: Mrs. Lowell
  date_of_birth: June 30, 1974
  member_id: FEM-FICT-R5520781
  address: |-
    88 Quarry Ridge Court
    Ashby Ford, MD 20999
  phone: (301) 555-0117
insurer:
  name: Federal Employees Mutual Benefit Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    Federal Employees Mutual Benefit Plan, Reconsiderations
    PO Box 9100
    Linthicum Vale, MD 21099
  fax: (410) 555-0169
claim:
  number: FEM-26-1028-40771
  plan_type: fehb
  notice_date: October 28, 2026
  service_dates: [2026-10-10, 2026-10-16]
  inpatient: true
  revenue_codes: ["0124"]
  diagnosis_codes: [F33.2, R45.851]
  carc_codes: [CO-197]
  denial_reason: >-
    CO-197: Precertification/authorization/notification absent. Inpatient admission 10/10/2026 - 10/16/2026 was not
    precertified. Benefits denied.
  denial_category: prior_authorization
  action: none
decisions:
  - date: 2026-11-20
    outcome: denied
    stage: reconsideration
    opens: OPM review
    next_deadline: 2027-02-18
    reason: >-
      Precertification for the inpatient admission of 10/10/2026 was not obtained within two business days
      following the day of the emergency admission as required by Section 3 of the 2026 brochure. Our records show
      the first contact on 10/15/2026. Our denial of inpatient benefits is affirmed.
external_review:
  final_denial_date: 2026-11-20
plan_policy:
  name: Federal Employees Mutual Benefit Plan 2026 brochure, Section 3, How you get care (precertification)
  number: Section 3
  quote: >-
    Emergency inpatient admission: If you have an emergency admission due to a condition that you reasonably believe
    puts your life in danger or could cause serious damage to bodily function, you, your representative, the
    physician, or the hospital must call us at 1-800-555-0166 or fax the request to 1-800-555-0167 within two
    business days following the day of the emergency admission, even if you have been discharged from the hospital.
    If no one contacted us: If no one contacts us for precertification, we will decide whether the inpatient stay
    was medically necessary. If we determine that the stay was medically necessary, we will pay the inpatient
    charges, less the $500 penalty. If we determine that it was not medically necessary, we will not pay inpatient
    hospital benefits.
  file: other/fembp-2026-brochure-section-3-excerpt.txt
prior_auth:
  notified: 2026-10-13 09:10
  proof:
    - other/st-aldric-ur-fax-confirmation-2026-10-13.txt
emergency:
  care: true
  presented: the emergency department of St. Aldric Regional Medical Center
  symptoms: >-
    Severe depression for three weeks, not eating for four days; told her husband she had a plan to overdose on
    stored medications that night and intended to act
  file: clinical/st-aldric-ed-record-2026-10-09.txt
  admitted: 2026-10-10 01:20
treatment:
  name: Inpatient psychiatric hospitalization
  plural: false
  summary: >-
    Emergency admission to an inpatient psychiatric unit from October 10 to October 16, 2026, for severe recurrent
    depression with suicidal intent and a plan.
provider:
  name: Reuben Castellano-Pryce
  credentials: MD, attending psychiatrist
  npi: "1299550149"
  phone: (301) 555-0145
  address: |-
    St. Aldric Regional Medical Center, 4 Conduit Road
    Ashby Ford, MD 20999
author:
  name: Curtis Lowell
  role: Husband and authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-11-01.txt
  address: |-
    88 Quarry Ridge Court
    Ashby Ford, MD 20999
  phone: (301) 555-0118
  email: curtis.lowell@homemail.example
clinical:
  severity: PHQ-9 11 on November 20, 2026, at outpatient follow-up
  severity_date: 2026-11-20
  suicidality: none
  suicidality_date: 2026-11-20
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-03
      ongoing: true
      outcome: Partial response; continued through and after the admission
      response: partial
      evidence: {file: clinical/st-aldric-discharge-summary-2026-10-16.txt, page: 1}
    - drug: Lithium (added to sertraline during the admission)
      kind: augmentation
      dose: 300 mg, then 600 mg daily
      start: 2026-10-12
      ongoing: true
      outcome: Started in hospital; too early to judge
      evidence: {file: clinical/st-aldric-discharge-summary-2026-10-16.txt, page: 1}
impact:
  hospitalizations: Emergency psychiatric admission October 10-16, 2026.
template: external-review-request
bates_prefix: LOWELL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/fembp-eob-2026-10-28.txt": r"""
FEDERAL EMPLOYEES MUTUAL BENEFIT PLAN (FICTIONAL) - FEHB, Standard Option
EXPLANATION OF BENEFITS                         Date: October 28, 2026
Member: Bernadette A. Lowell   ID: FEM-FICT-R5520781
Claim FEM-26-1028-40771  St. Aldric Regional Medical Center, inpatient psychiatry, rev. 0124, 10/10/2026-10/16/2026
Billed $14,880.00   Paid $0.00   CO-197: Precertification/authorization/notification absent. Inpatient admission
10/10/2026 - 10/16/2026 was not precertified. Benefits denied.
Claim FEM-26-1014-38802  St. Aldric ED visit 10/09/2026   Paid (emergency benefit), member coinsurance $150.00
You may ask us to reconsider within 6 months of the date of this notice.
""",
        "denial/fembp-reconsideration-decision-2026-11-20.txt": r"""
FEDERAL EMPLOYEES MUTUAL BENEFIT PLAN (FICTIONAL) - RECONSIDERATION DECISION          Date: November 20, 2026
Member: Bernadette A. Lowell   ID: FEM-FICT-R5520781   Claim FEM-26-1028-40771
Request received 11/03/2026 from Curtis Lowell (authorized representative)

Precertification for the inpatient admission of 10/10/2026 was not obtained within two business days following the
day of the emergency admission as required by Section 3 of the 2026 brochure. Our records show the first contact on
10/15/2026. Our denial of inpatient benefits is affirmed.

If you disagree, you may ask the U.S. Office of Personnel Management (OPM) to review our decision. You must write to
OPM within 90 days of the date of this letter. Include a copy of this letter, your request to us, and any documents
that support your claim.
""",
        "other/fembp-2026-brochure-section-3-excerpt.txt": r"""
FEDERAL EMPLOYEES MUTUAL BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE, Section 3. How you get care (excerpt)
Inpatient hospital admission: precertification is required.
Emergency inpatient admission: If you have an emergency admission due to a condition that you reasonably believe
puts your life in danger or could cause serious damage to bodily function, you, your representative, the physician,
or the hospital must call us at 1-800-555-0166 or fax the request to 1-800-555-0167 within two business days
following the day of the emergency admission, even if you have been discharged from the hospital.
If no one contacted us: If no one contacts us for precertification, we will decide whether the inpatient stay was
medically necessary. If we determine that the stay was medically necessary, we will pay the inpatient charges, less
the $500 penalty. If we determine that it was not medically necessary, we will not pay inpatient hospital benefits.
""",
        "other/st-aldric-ur-fax-confirmation-2026-10-13.txt": r"""
ST. ALDRIC REGIONAL MEDICAL CENTER (FICTIONAL) - UTILIZATION REVIEW - FAX TRANSMISSION REPORT
Date/time: 10/13/2026 09:10   To: 1-800-555-0167 (FEMBP Precertification)   Pages: 4   Result: OK
Re: Notice of emergency admission - Lowell, Bernadette A., ID FEM-FICT-R5520781, admitted 10/10/2026 01:20,
inpatient psychiatry. Clinical summary attached.
UR log: 10/15/2026 14:05 phone call to FEMBP to follow up fax of 10/13; rep said "no case on file", case opened.
""",
        "other/authorization-to-represent-2026-11-01.txt": r"""
AUTHORIZATION (FICTIONAL)
I, Bernadette A. Lowell (FEHB member ID FEM-FICT-R5520781), authorize my husband, Curtis Lowell, to represent me in
my disputed claim FEM-26-1028-40771 before the carrier and before OPM, and to receive my medical and claim records
for this purpose. Signed 11/01/2026.
""",
        "clinical/st-aldric-ed-record-2026-10-09.txt": r"""
ST. ALDRIC REGIONAL MEDICAL CENTER (FICTIONAL) - EMERGENCY DEPARTMENT
Arrival 10/09/2026 23:40 (Friday). Lowell, Bernadette A., 52.
Brought by husband. Three weeks of severe depression, not eating for 4 days. Told husband tonight she had a plan
to overdose on stored medications and intended to act. C-SSRS: active ideation with plan and intent.
Medically cleared. Admit to inpatient psychiatry. Bed assigned; admitted 10/10/2026 01:20.
""",
        "clinical/st-aldric-discharge-summary-2026-10-16.txt": r"""
ST. ALDRIC REGIONAL MEDICAL CENTER (FICTIONAL) - DISCHARGE SUMMARY
Patient: Lowell, Bernadette A.   Admission date: 10/09/2026   Discharge date: 10/16/2026
Attending: Reuben Castellano-Pryce, MD
MDD, recurrent, severe, without psychotic features, with suicidal ideation with plan and intent on arrival.
Sertraline 150 mg (since 03/2024, partial) continued; lithium added 10/12/2026, 600 mg by discharge (level pending).
At discharge: denies suicidal ideation; safety plan; follow-up 10/20 with outpatient psychiatry.
[Face sheet: Admit 10/10/2026 01:20; ED arrival 10/09/2026 23:40.]
""",
        "clinical/outpatient-follow-up-2026-11-20.txt": r"""
ASHBY FORD BEHAVIORAL HEALTH (FICTIONAL) - follow-up 11/20/2026
Lowell, Bernadette A. PHQ-9 11. Denies suicidal ideation. Sertraline 150 mg and lithium 600 mg (level 0.6) continue.
""",
    },
    truth=r"""
# 06 - FEHB: emergency psychiatric stay denied for "no precertification"; the husband asks OPM to review (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Bernadette Lowell, 52, is an **FEHB** enrollee (Standard Option). She came to the ED **Friday 10/09/2026 at
  23:40** with severe depression and a **plan and intent to overdose**; she was **admitted 10/10/2026 01:20** to
  inpatient psychiatry and discharged **10/16/2026**. The carrier denied the stay (EOB **10/28/2026**, CO-197:
  "not precertified"); its **reconsideration of 11/20/2026** affirmed ("first contact on 10/15/2026").
- **The hospital faxed notice to the carrier's precertification fax on Tuesday 10/13/2026 at 09:10** (transmission
  report "OK", 4 pages). The brochure allows a call **or fax** "within two business days following the day of the
  emergency admission". Monday **10/12/2026 was Columbus Day**, a federal holiday. Counting from either day
  (10/09 ED arrival or 10/10 admission), and whether or not the holiday counts as a business day, **10/13 is within
  the two business days**. The 10/15 call was the hospital's follow-up.
- Even if no one had contacted the carrier, the **brochure's own consequence** is that the carrier decides whether
  the stay was medically necessary and, if so, **pays less a $500 penalty**; benefits are denied only if the stay
  was **not** medically necessary. The carrier never made or stated any such finding.
- Rule: FEHB disputed claims, **5 CFR 890.105**: carrier reconsideration (done), then **OPM review within 90 days
  of the carrier's decision (by 2027-02-18)**. No ERISA, no state review.
- Clinically: active ideation with plan and intent on arrival (10/09); **denies SI at discharge and at
  follow-up 11/20/2026** (PHQ-9 11). Sertraline 150 mg since 03/2024, partial, **still taken**; lithium added
  10/12/2026 in hospital, continuing.
- The author is her **husband**, her authorized representative (signed 11/01/2026), writing about her.

## Deliberately unknown
- Whether the carrier counts federal holidays as business days (it does not matter: 10/13 is within either way).
- Why the carrier logged "no case on file" on 10/15 (fax misrouted?). The letter may ask; it must not assert.
- The carrier's view of medical necessity: it has never reviewed it.

## Traps
- **Dates**: admission day 10/10 (face sheet) vs "Admission date 10/09" (discharge summary = ED arrival). Either
  way, the fax was in time. A letter must not say notice came "more than two business days" after admission,
  nor measure the rule as "48 hours" (10/10 01:20 -> 10/13 09:10 is about 80 hours: a 48-hour reading would be
  wrong: the brochure's rule is business days).
- The carrier's "first contact 10/15" is contradicted by the fax report of 10/13.
- **Current suicidality**: none (11/20/2026). Intent and plan were on arrival 10/09 only; never "she is currently
  suicidal".
- **Sertraline** is still taken: not "failed". **Lithium** started in hospital: not a trial with an outcome.
- The ED visit was paid; only the inpatient stay is in dispute.
- **FEHB**: no ERISA (29 CFR 2560.503-1), no 45 CFR 147.136, no state external review, no "independent review
  organization"; the next level is **OPM**, and this letter is the request for OPM review (not a carrier appeal).
- Not a retroactive-authorization plea: the notice was given in time under the brochure.

## Arguments a strong letter makes (strongest first)
1. The precertification rule was met: the hospital faxed the carrier's precertification number on 10/13/2026
   09:10, within two business days following the 10/10 admission (Monday 10/12 was a federal holiday; 10/13 is in
   time on every count). The carrier's "first contact 10/15" overlooks the fax report.
2. Even on the carrier's view, Section 3 says what happens when no one calls: a medical-necessity decision and,
   if necessary, payment less $500. Denying all benefits without that decision is contrary to the brochure. The
   stay was an emergency by any prudent layperson's view: plan and intent to overdose.
3. Ask OPM to direct the carrier to pay the stay under the brochure; enclose the reconsideration decision, the
   request, the fax report, the ED record and the authorization.

## What a letter must NOT say
- "within 48 hours", "notice was late", "more than two business days", "no one contacted the plan".
- "she is currently suicidal"/"active suicidal ideation" as present; "sertraline failed".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review organization", "state insurance department".
- "retroactive authorization" as the request.
""",
    expected=[
        ("other/st-aldric-ur-fax-confirmation-2026-10-13.txt", "Date/time: 10/13/2026 09:10"),
        ("other/st-aldric-ur-fax-confirmation-2026-10-13.txt", "Result: OK"),
        ("other/fembp-2026-brochure-section-3-excerpt.txt", "within two business days following the day of the emergency admission"),
        ("other/fembp-2026-brochure-section-3-excerpt.txt", "less the $500 penalty"),
        ("denial/fembp-reconsideration-decision-2026-11-20.txt", "first contact on 10/15/2026"),
        ("denial/fembp-reconsideration-decision-2026-11-20.txt", "within 90 days of the date of this letter"),
        ("clinical/st-aldric-ed-record-2026-10-09.txt", "admitted 10/10/2026 01:20"),
        ("clinical/st-aldric-ed-record-2026-10-09.txt", "active ideation with plan and intent"),
        ("clinical/st-aldric-discharge-summary-2026-10-16.txt", "Admission date: 10/09/2026"),
        ("clinical/outpatient-follow-up-2026-11-20.txt", "Denies suicidal ideation"),
        ("other/authorization-to-represent-2026-11-01.txt", "Signed 11/01/2026"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 07 Medicare Advantage HMO (SC) | not_covered: Spravato "self-administered, ask under Part D", while the plan's own
#    2026 Part B drug PA list names Spravato G2082/G2083 | standard pre-service reconsideration (Part B drug:
#    7 days) | Spravato induction | treating psychiatrist (physician; no appointment needed pre-service)
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="07-medicare-advantage-spravato-part-b-not-part-d-physician",
    yaml=r"""
# FICTIONAL CASE (set 19, case 07) - every person, plan, number and address is invented.
# Medicare Advantage HMO (South Carolina): a pre-service request for Spravato induction (G2082/G2083) denied as
# "a self-administered drug, not covered under Part B; ask under Part D", although the plan's own 2026 Part B drug
# prior-authorization list names Spravato under G2082/G2083. Necessity was not reviewed. The treating psychiatrist
# asks for a standard reconsideration (Part B drug: 7 days).
patient:
  name: Walter Pruitt-Okafor
  salutation: Mr. Pruitt-Okafor
  date_of_birth: September 3, 1955
  member_id: SCM-FICT-H4410-66190
  address: |-
    19 Live Oak Row
    Tallow Creek, SC 29999
  phone: (843) 555-0121
insurer:
  name: SilverCrest Medicare Advantage Plus (HMO) (FICTIONAL)
  appeals_address: |-
    SilverCrest Medicare Advantage, Appeals and Grievances
    PO Box 3390
    Palmetto Reach, SC 29201
  fax: (803) 555-0172
claim:
  number: OD-26-1118-40417
  plan_type: medicare_advantage
  notice_date: November 18, 2026
  procedure_codes: [G2082, G2083]
  diagnosis_codes: [F33.2]
  sessions: 8
  pending_services: 8
  denial_reason: >-
    Spravato (esketamine) nasal spray is a self-administered drug. Self-administered drugs are not covered under your
    plan's Medicare Part B medical benefit. Your doctor may ask for coverage of Spravato under your Part D
    prescription drug benefit.
  denial_category: not_covered
  action: none
  reviewer: {name: "Dana Whitlock, PharmD", specialty: Clinical Pharmacy}
plan_policy:
  name: SilverCrest 2026 Evidence of Coverage, Chapter 4 (Medical Benefits Chart), Medicare Part B prescription drugs
  quote: >-
    Medicare Part B prescription drugs. These drugs are covered under Part B of Original Medicare. Covered drugs
    include drugs that usually are not self-administered by the patient and are injected or infused while you get
    physician, hospital outpatient or ambulatory surgical center services, and other drugs Medicare Part B covers.
    Some Part B drugs require prior authorization: see our Part B Drug Prior Authorization List.
  file: other/silvercrest-eoc-2026-chapter-4-part-b-drugs.txt
  other_terms: >-
    SilverCrest 2026 Part B Drug Prior Authorization List (effective January 1, 2026), page 6: "Spravato (esketamine)
    nasal spray - HCPCS G2082, G2083 - Prior authorization required - Criteria: Part B Drug Policy PB-ESK-01."
treatment:
  name: Spravato (esketamine nasal spray)
  plural: false
  summary: >-
    Esketamine nasal spray self-administered under supervision in a REMS-certified office, billed to Medicare
    Part B as G2082/G2083, which pay for the supervised visit with the esketamine provided and two hours of
    observation.
  plan: >-
    Induction twice weekly for four weeks (8 sessions): 28 mg at the first session (age 65 and older), then 28, 56
    or 84 mg by response and tolerance; two hours of observation each session; MADRS at sessions 1, 4 and 8; stop if
    the MADRS has not fallen by at least 25% by session 8.
  setting: Tallow Creek Behavioral Health, a REMS-certified outpatient clinic (FICTIONAL)
  monitoring: blood pressure before dosing, at 40 minutes and before discharge; two hours of observation
  alongside: escitalopram 10 mg daily
provider:
  name: Rosalind Ekwueme
  credentials: MD, psychiatrist
  npi: "1433880659"
  phone: (843) 555-0153
  address: |-
    Tallow Creek Behavioral Health, 240 Marsh Hen Drive
    Tallow Creek, SC 29999
author:
  name: Rosalind Ekwueme
  role: Treating psychiatrist (MD)
  relation: physician
  address: |-
    Tallow Creek Behavioral Health, 240 Marsh Hen Drive
    Tallow Creek, SC 29999
  phone: (843) 555-0153
  fax: (843) 555-0154
clinical:
  episode_onset: March 2025
  treating_since: April 2025
  severity: MADRS 32 and PHQ-9 18 on November 10, 2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  exclusions: >-
    November 10, 2026: BP 128/76 on lisinopril; no aneurysmal vascular disease or arteriovenous malformation; no
    intracerebral hemorrhage; no psychosis; no substance use disorder; MoCA 27/30
  history:
    - drug: Sertraline
      dose: 100 mg, then 150 mg daily
      start: 2025-04-07
      end: 2025-08-01
      outcome: No response after about 16 weeks; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/tallow-creek-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Mirtazapine
      kind: other
      dose: 7.5 mg at bedtime, for sleep
      start: 2025-05
      end: 2025-07
      outcome: Given for insomnia at a sleep dose; not an antidepressant trial
      adequate: false
      evidence: {file: clinical/tallow-creek-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Grief-focused psychotherapy (LCSW)
      kind: psychotherapy
      dose: weekly sessions
      start: 2025-05
      ongoing: true
      outcome: Continuing; helpful for grief, depressive symptoms persist
      evidence: {file: clinical/tallow-creek-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Duloxetine
      dose: 30 mg, then 60 mg daily
      start: 2025-09-02
      end: 2026-01-12
      outcome: No response after about 18 weeks; nausea; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/tallow-creek-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily (the highest recommended dose over age 65)
      start: 2026-02-02
      ongoing: true
      outcome: Partial response only (MADRS 36 to 32); continued
      response: partial
      adequate: true
      evidence: {file: clinical/tallow-creek-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Aripiprazole (added to escitalopram)
      kind: augmentation
      dose: 2 mg daily
      start: 2026-04-06
      end: 2026-05-04
      outcome: Stopped after four weeks for orthostatic dizziness and a fall; not an adequate trial
      adequate: false
      evidence: {file: clinical/tallow-creek-psychiatry-notes-2025-2026.txt, page: 1}
alternatives:
  - treatment: ECT
    why_not: Consulted June 2026; Mr. Pruitt-Okafor, with capacity, declined ECT after hearing the risks to memory.
literature:
  - id: popova-2019
bates_prefix: PRUITTOKAFOR
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/silvercrest-notice-of-denial-2026-11-18.txt": r"""
SilverCrest Medicare Advantage Plus (HMO) (FICTIONAL)   H4410
NOTICE OF DENIAL OF MEDICAL COVERAGE  (wording written for a test set; FICTIONAL)
Date: November 18, 2026
Member: Walter Pruitt-Okafor   Member number: SCM-FICT-H4410-66190   Reference: OD-26-1118-40417
Requested by: Rosalind Ekwueme, MD, Tallow Creek Behavioral Health (received 11/16/2026)
Requested: Spravato (esketamine) nasal spray, induction, 8 sessions (G2082, G2083)

We have DENIED this request.
Why: Spravato (esketamine) nasal spray is a self-administered drug. Self-administered drugs are not covered under
your plan's Medicare Part B medical benefit. Your doctor may ask for coverage of Spravato under your Part D
prescription drug benefit.
Decision made by: Dana Whitlock, PharmD, on behalf of the Medical Director.

You may ask us to reconsider within 65 days of the date of this notice. Standard reconsideration: we decide within
30 calendar days; for a Medicare Part B prescription drug, within 7 calendar days. Fast reconsideration: 72 hours if
your doctor says waiting could seriously harm your health. Your doctor may ask for a reconsideration of a request
for care you have not yet received without being named your representative. If we say no, we send your case to an
Independent Review Entity automatically.
Send to: Appeals and Grievances, PO Box 3390, Palmetto Reach, SC 29201. Fax (803) 555-0172.
""",
        "other/silvercrest-eoc-2026-chapter-4-part-b-drugs.txt": r"""
SILVERCREST MEDICARE ADVANTAGE PLUS (HMO) (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, Chapter 4, Medical Benefits Chart
Medicare Part B prescription drugs. These drugs are covered under Part B of Original Medicare. Covered drugs include
drugs that usually are not self-administered by the patient and are injected or infused while you get physician,
hospital outpatient or ambulatory surgical center services, and other drugs Medicare Part B covers. Some Part B
drugs require prior authorization: see our Part B Drug Prior Authorization List.
""",
        "other/silvercrest-part-b-drug-pa-list-2026.txt": r"""
SILVERCREST MEDICARE ADVANTAGE (FICTIONAL) - 2026 PART B DRUG PRIOR AUTHORIZATION LIST (effective 01/01/2026), p. 6
Drug                                   HCPCS           Requirement                 Criteria
Spravato (esketamine) nasal spray      G2082, G2083    Prior authorization required  Part B Drug Policy PB-ESK-01
""",
        "other/clinic-billing-note-g2082-g2083.txt": r"""
TALLOW CREEK BEHAVIORAL HEALTH (FICTIONAL) - BILLING NOTE for Medicare and Medicare Advantage (our own summary)
Medicare pays in-office Spravato sessions with HCPCS G2082 (up to 56 mg) and G2083 (more than 56 mg). CMS created
these codes in its calendar-year 2020 physician fee schedule rule: each is a visit for an established patient,
under supervision, that includes the esketamine the patient self-administers in the office and two hours of
observation. The drug is paid within the code; it is not billed to Part D or separately.
""",
        "clinical/tallow-creek-psychiatry-notes-2025-2026.txt": r"""
TALLOW CREEK BEHAVIORAL HEALTH (FICTIONAL) - Rosalind Ekwueme, MD - Pruitt-Okafor, Walter, DOB 09/03/1955
Recurrent MDD. Depressed since March 2025, after his wife's death. "Possibly nortriptyline in the 1990s" per
patient - no details, no records.
04/07/2025 sertraline 100 -> 150 mg; 08/01/2025 stopped, no response (~16 wk).
05-07/2025 mirtazapine 7.5 mg qhs for insomnia only.
05/2025- weekly grief-focused therapy with LCSW, ongoing.
09/02/2025 duloxetine 30 -> 60 mg; 01/12/2026 stopped, no response (~18 wk), nausea.
02/02/2026 escitalopram 10 mg (max recommended > 65): partial only, MADRS 36 -> 32. Continue.
04/06/2026 aripiprazole 2 mg added to escitalopram; 05/04/2026 stopped: orthostatic dizziness, fell in garage.
06/2026 ECT consultation: declined, with capacity (memory concerns).
11/10/2026 MADRS 32, PHQ-9 18. Passive wish to be dead; no plan, no intent. BP 128/76 on lisinopril. No AVM/
aneurysm, no ICH. No psychosis, no SUD. MoCA 27/30.
Plan: Spravato induction at this REMS site (28 mg first dose, age >= 65), escitalopram continued. PA 11/16/2026.
""",
    },
    truth=r"""
# 07 - Medicare Advantage HMO: Spravato denied as a "self-administered Part D drug" although the plan lists it as a Part B drug; the treating psychiatrist asks for a standard reconsideration (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Pruitt-Okafor, 71, is in a **Medicare Advantage HMO** (South Carolina). His psychiatrist asked (received
  11/16/2026) for **Spravato induction, 8 sessions, G2082/G2083**, in her REMS-certified office. Denied
  **11/18/2026** as **not covered under Part B** ("self-administered drug ... ask under Part D"). **Medical
  necessity was not reviewed**; the decision was a pharmacist's.
- **The plan's own 2026 Part B Drug Prior Authorization List names Spravato under HCPCS G2082, G2083, "prior
  authorization required", criteria PB-ESK-01.** Medicare pays for in-office Spravato through G2082/G2083,
  created in CMS's CY 2020 physician fee schedule rule: the supervised visit with the esketamine provided and two
  hours of observation. A Medicare Advantage plan must cover what Part B covers (42 CFR 422.101(a)).
- Rule: reconsideration within **65 days of the notice (by 2027-01-22)**, 42 CFR 422.582(b); a treating physician
  may ask for a **pre-service** reconsideration without being appointed (422.578(c)); a standard reconsideration
  about a **Part B drug** is decided within **7 calendar days** (422.590(c)); an upheld denial goes to the IRE
  automatically (422.592).
- History (current episode since March 2025): sertraline 150 mg (~16 wk, none), duloxetine 60 mg (~18 wk,
  none): **two failed antidepressants**; **escitalopram 10 mg since 02/02/2026, still taken, partial** (the
  highest recommended dose over 65; inadequate response, never "failed"); aripiprazole 2 mg added to
  escitalopram stopped at 4 weeks for dizziness and a fall (**augmentation, not adequate**); mirtazapine 7.5 mg
  **for sleep** (not a trial); weekly grief therapy (psychotherapy, ongoing). ECT declined (06/2026). So Spravato's
  TRD label use is met (two failed antidepressants in the episode). MADRS 32, PHQ-9 18, **passive** ideation
  (11/10/2026).
- The author is the **treating psychiatrist** (physician).

## Deliberately unknown
- The content of Part B Drug Policy PB-ESK-01: not in the case. The letter may ask the plan to apply it and send it;
  it must not say what it requires or that it is met.
- Whether the plan's Part D formulary lists Spravato. Do not assert either way.
- "Possibly nortriptyline in the 1990s": unknown, not counted.

## Traps
- **Esketamine is self-administered** (under supervision). A letter must not say it is injected, infused or "not
  self-administered"; the point is that Medicare pays the supervised in-office self-administration through G2082/
  G2083, and the plan itself lists it under Part B.
- **Not a medical-necessity denial**: lead with coverage; a clinical summary may follow, but the letter must not say
  the plan found it not medically necessary, and must not claim PB-ESK-01's criteria are met.
- **Escitalopram** is still taken: never "failed". **Mirtazapine 7.5 mg** is a sleep dose: not a trial.
  **Aripiprazole** was not adequate. Two failed antidepressants, not three.
- **Passive** ideation is not Spravato's labelled suicidality use; no "acute suicidal ideation" indication.
- **Medicare Advantage**: no Part D redetermination rules (42 CFR 423.x), no ERISA, no parity/MHPAEA, no state
  external review, no "name and qualifications" as a duty. Not expedited: 7 days (Part B drug), not 72 hours, not 30.
- The label's 28 mg starting dose applies at 65 and older: the plan's first session is 28 mg.
- Voice: a physician writing about her patient; no appointment form is needed for this pre-service request.

## Arguments a strong letter makes (strongest first)
1. Spravato given in the office is a Part B benefit: the plan's own 2026 Part B Drug PA List names it under
   G2082/G2083 with prior authorization; Medicare pays it through those codes, which include the drug. The plan
   must cover Part B benefits (422.101(a)) and cannot send it to Part D.
2. Ask the plan to decide the prior-authorization request on its merits under its own PB-ESK-01, within 7 calendar
   days (422.590(c)), by a physician with psychiatric expertise.
3. Clinical support in brief: TRD by the label (two failed antidepressants this episode; escitalopram continuing with
   partial response), aripiprazole unsafe, ECT declined, REMS site, monitoring plan, MADRS 32.

## What a letter must NOT say
- "not self-administered", "injected", "infused" for Spravato; "the plan found it not medically necessary".
- "meets PB-ESK-01"; "escitalopram failed"; "three failed antidepressants"; "mirtazapine trial"; "failed aripiprazole
  augmentation".
- "approved for acute suicidal ideation" as his indication; "expedited"/"72 hours"; "within 30 days" as the clock.
- "42 CFR 423", "redetermination", "ERISA", "MHPAEA"/"parity", "state external review".
""",
    expected=[
        ("denial/silvercrest-notice-of-denial-2026-11-18.txt", "is a self-administered drug"),
        ("denial/silvercrest-notice-of-denial-2026-11-18.txt", "within 7 calendar days"),
        ("denial/silvercrest-notice-of-denial-2026-11-18.txt", "Dana Whitlock, PharmD"),
        ("other/silvercrest-part-b-drug-pa-list-2026.txt", "G2082, G2083    Prior authorization required"),
        ("other/clinic-billing-note-g2082-g2083.txt", "calendar-year 2020 physician fee schedule rule"),
        ("clinical/tallow-creek-psychiatry-notes-2025-2026.txt", "escitalopram 10 mg (max recommended > 65): partial only"),
        ("clinical/tallow-creek-psychiatry-notes-2025-2026.txt", "mirtazapine 7.5 mg qhs for insomnia only"),
        ("clinical/tallow-creek-psychiatry-notes-2025-2026.txt", "Passive wish to be dead"),
        ("clinical/tallow-creek-psychiatry-notes-2025-2026.txt", "Possibly nortriptyline in the 1990s"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 08 Self-funded employer plan (UT) | experimental: policy MP-BH-TMS-02 names SNT/SAINT; the final denial also says
#    "no trial of conventional TMS" | EXTERNAL REVIEW (federal, 29 CFR 2590.715-2719(d)) after the 09/30 final
#    internal denial | accelerated iTBS (SNT), 50 sessions over 5 days | patient ("I")
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="08-self-funded-snt-accelerated-tms-external-review-patient",
    yaml=r"""
# FICTIONAL CASE (set 19, case 08) - every person, plan, number and address is invented.
# Self-funded employer plan (Utah): Stanford neuromodulation therapy (SNT, accelerated fMRI-guided iTBS) denied as
# investigational under medical policy MP-BH-TMS-02 section 5, which names it; the final internal denial of
# 09/30/2026 also says he never had conventional TMS, which he had. The member asks for federal external review.
patient:
  name: Jonah Ellery Castellan
  salutation: Mr. Castellan
  date_of_birth: August 21, 1997
  member_id: TWB-FICT-90412-00
  address: |-
    2650 Juniper Bench Road
    Sego Flats, UT 84099
  phone: (801) 555-0196
  email: jonah.castellan@mailbox.example
insurer:
  name: Tidewater Biologics Employee Health Plan, administered by Anchorline Health Administrators (FICTIONAL)
  appeals_address: |-
    Anchorline Health Administrators, External Review Coordinator
    PO Box 15520
    Granite Wash, UT 84199
  fax: (385) 555-0166
claim:
  number: UM-26-0812-6604
  plan_type: employer_erisa
  funding: self_funded
  state: UT
  notice_date: August 12, 2026
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  sessions: 50
  pending_services: 50
  denial_reason: >-
    Stanford Neuromodulation Therapy (SNT/SAINT), an accelerated TMS protocol with functional MRI-guided targeting,
    is investigational under Anchorline Medical Policy MP-BH-TMS-02, sections 5.1 and 5.3. In addition, the member
    has not had a trial of conventional TMS.
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational, medical_necessity]
  action: none
  reviewer: {name: "Kendra Osei, MD", specialty: Physical Medicine and Rehabilitation}
decisions:
  - date: 2026-09-30
    outcome: denied
    stage: internal appeal (final)
    opens: external review
    next_deadline: 2027-01-30
    reason: >-
      Stanford Neuromodulation Therapy (SNT/SAINT), an accelerated TMS protocol with functional MRI-guided targeting,
      is investigational under Anchorline Medical Policy MP-BH-TMS-02, sections 5.1 and 5.3. In addition, the member
      has not had a trial of conventional TMS. The denial is upheld. This is the plan's final internal decision.
external_review:
  agency: Independent review organization assigned by the Plan (federal external review process)
  address: |-
    Anchorline Health Administrators, External Review Coordinator
    PO Box 15520
    Granite Wash, UT 84199
  final_denial_date: 2026-09-30
plan_policy:
  name: Anchorline Medical Policy MP-BH-TMS-02, Transcranial Magnetic Stimulation
  number: MP-BH-TMS-02
  quote: >-
    5. Investigational. The following are considered investigational and not medically necessary: 5.1 accelerated
    or compressed TMS protocols delivering more than one session per day, including Stanford Neuromodulation Therapy
    (SNT/SAINT); 5.2 TMS for any indication other than major depressive disorder or obsessive-compulsive disorder;
    5.3 functional MRI- or neuronavigation-guided targeting.
  file: other/anchorline-mp-bh-tms-02-excerpt.txt
  other_terms: >-
    Tidewater Biologics Employee Health Plan SPD, Section 10 (Definitions): "Experimental or Investigational: a
    service, supply or drug that the Plan Administrator determines (a) requires approval or clearance by the U.S.
    Food and Drug Administration to be lawfully marketed for the use proposed and has not received it; or (b) is the
    subject of an ongoing Phase I, II or III clinical trial as the treatment for which it is proposed, and is
    provided under that trial's protocol; or (c) is not, in the prevailing opinion of the peer-reviewed medical
    literature, safe and effective for the use proposed."
treatment:
  name: Stanford neuromodulation therapy (SNT), accelerated fMRI-guided intermittent theta-burst stimulation
  plural: false
  summary: >-
    SNT: ten sessions of intermittent theta-burst stimulation a day for five days (50 sessions), aimed by functional
    MRI, delivered with the SAINT Neuromodulation System, FDA-cleared for major depression in adults who did not
    improve on antidepressant medication in the current episode.
  plan: >-
    Structural and resting-state functional MRI for targeting (billed separately by the imaging center), then 10
    iTBS sessions a day, 50 minutes apart, on 5 consecutive days (90867 once, 90868 for the other 49); MADRS on days
    1 and 5 and at 4 weeks.
  setting: Wasatch Rim Neuromodulation, an outpatient clinic (FICTIONAL)
  fda:
    action: cleared
    date: 2022-09
    what: the SAINT Neuromodulation System
    use: treatment of major depressive disorder in adult patients who have failed to achieve satisfactory improvement from prior antidepressant medication in the current episode
    file: other/wasatch-rim-fda-clearance-summary.txt
  alongside: desvenlafaxine 100 mg daily
provider:
  name: Felix Marchetti-Osei
  credentials: MD, psychiatrist
  npi: "1102933474"
  phone: (801) 555-0141
  address: |-
    Wasatch Rim Neuromodulation, 77 Canyon Gate Boulevard
    Sego Flats, UT 84099
author:
  name: Jonah Ellery Castellan
  role: Patient (plan member)
  relation: patient
  address: |-
    2650 Juniper Bench Road
    Sego Flats, UT 84099
  phone: (801) 555-0196
  email: jonah.castellan@mailbox.example
employer:
  name: Tidewater Biologics, Inc., Benefits (FICTIONAL)
  address: |-
    1 Tidewater Way
    Sego Flats, UT 84099
clinical:
  episode_onset: October 2024
  treating_since: November 2024
  severity: MADRS 33 and PHQ-9 21 on October 28, 2026
  severity_date: 2026-10-28
  suicidality: passive
  suicidality_date: 2026-10-28
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2016
      end: 2017
      outcome: Response in the 2016 episode (college)
      response: response
      evidence: {file: clinical/wasatch-rim-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg, then 200 mg daily
      start: 2024-11-04
      end: 2025-03-03
      outcome: No response after about 17 weeks; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/wasatch-rim-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg, then 20 mg daily
      start: 2025-04-01
      end: 2025-08-04
      outcome: No response after about 18 weeks; nausea; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/wasatch-rim-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Bupropion XL (added to vortioxetine)
      kind: antidepressant
      dose: 150 mg, then 300 mg daily
      start: 2025-06-09
      end: 2025-08-04
      outcome: No added response after about 8 weeks; stopped with vortioxetine
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/wasatch-rim-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 50 mg, then 100 mg daily
      start: 2025-09-02
      ongoing: true
      outcome: Partial response only (PHQ-9 24 to 17, now 21); continued
      response: partial
      adequate: true
      evidence: {file: clinical/wasatch-rim-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Lithium (added to desvenlafaxine)
      kind: augmentation
      dose: 600 mg daily (level 0.7)
      start: 2025-11-10
      end: 2026-02-09
      outcome: No added response after 12 weeks at level 0.7; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/wasatch-rim-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Conventional TMS (10 Hz, left DLPFC)
      kind: neuromodulation
      dose: 36 sessions, once daily
      sessions: 36
      adequate: true
      start: 2026-03-09
      end: 2026-04-28
      outcome: Partial improvement (PHQ-9 22 to 15), lost within six weeks of the last session
      response: lost
      evidence: {file: clinical/summit-tms-treatment-summary-2026-10-15.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 20 weekly sessions
      sessions: 20
      adequate: true
      start: 2025-01
      end: 2025-06
      outcome: Completed; little change in scores
      response: none
      evidence: {file: clinical/wasatch-rim-psychiatry-notes-2024-2026.txt, page: 1}
impact:
  work: On leave from his job as a software engineer since June 2026 (FMLA, then short-term disability).
  hospitalizations: Inpatient psychiatric stay of 5 days in December 2025.
alternatives:
  - treatment: ECT
    why_not: Consulted June 2026; he declined ECT because of the risk to memory in his work; the consultant documented his informed refusal.
  - treatment: Spravato (esketamine)
    why_not: Considered; he lives alone 70 miles from the nearest REMS site and cannot drive after each session twice a week.
literature:
  - title: "Stanford Neuromodulation Therapy (SNT): A Double-Blind Randomized Controlled Trial"
    authors: Cole EJ, Phillips AL, Bentzley BS, et al.
    journal: Am J Psychiatry
    year: 2022
    volume: "179"
    pages: 132-141
  - id: perera-2016
record_dates:
  - {file: clinical/summit-tms-treatment-summary-2026-10-15.txt, date: 2026-10-15}
template: external-review-request
bates_prefix: CASTELLAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/anchorline-initial-denial-2026-08-12.txt": r"""
ANCHORLINE HEALTH ADMINISTRATORS (FICTIONAL), claims administrator for the Tidewater Biologics Employee Health Plan
(a self-funded group health plan)
NOTICE OF ADVERSE BENEFIT DETERMINATION                     Date: August 12, 2026
Member: Jonah E. Castellan   ID: TWB-FICT-90412-00   Reference: UM-26-0812-6604
Requested: Stanford Neuromodulation Therapy, 50 sessions over 5 days (90867 x 1, 90868 x 49), Wasatch Rim
Neuromodulation, Felix Marchetti-Osei, MD

Decision: Stanford Neuromodulation Therapy (SNT/SAINT), an accelerated TMS protocol with functional MRI-guided
targeting, is investigational under Anchorline Medical Policy MP-BH-TMS-02, sections 5.1 and 5.3.
You may appeal within 180 days.
""",
        "denial/anchorline-final-internal-decision-2026-09-30.txt": r"""
ANCHORLINE HEALTH ADMINISTRATORS (FICTIONAL) - FINAL INTERNAL APPEAL DECISION            Date: September 30, 2026
Member: Jonah E. Castellan   ID: TWB-FICT-90412-00   Reference: UM-26-0812-6604

Stanford Neuromodulation Therapy (SNT/SAINT), an accelerated TMS protocol with functional MRI-guided targeting, is
investigational under Anchorline Medical Policy MP-BH-TMS-02, sections 5.1 and 5.3. In addition, the member has not
had a trial of conventional TMS. The denial is upheld. This is the plan's final internal decision.
Reviewed by: Kendra Osei, MD (Physical Medicine and Rehabilitation).

External review: You may ask for an external review by an independent review organization within four months of
the date of this letter. Send your request to Anchorline Health Administrators, External Review Coordinator,
PO Box 15520, Granite Wash, UT 84199, fax (385) 555-0166. The Plan is self-funded; its external review follows the
federal process.
""",
        "other/anchorline-mp-bh-tms-02-excerpt.txt": r"""
ANCHORLINE HEALTH ADMINISTRATORS (FICTIONAL) - MEDICAL POLICY MP-BH-TMS-02  Transcranial Magnetic Stimulation
Last review 02/2026
4. Conventional TMS for major depressive disorder is medically necessary when criteria 4.1-4.4 are met [not
   reproduced here].
5. Investigational. The following are considered investigational and not medically necessary:
   5.1 accelerated or compressed TMS protocols delivering more than one session per day, including Stanford
       Neuromodulation Therapy (SNT/SAINT);
   5.2 TMS for any indication other than major depressive disorder or obsessive-compulsive disorder;
   5.3 functional MRI- or neuronavigation-guided targeting.
""",
        "other/tidewater-spd-section-10-definitions.txt": r"""
TIDEWATER BIOLOGICS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, Section 10 Definitions (excerpt)
Experimental or Investigational: a service, supply or drug that the Plan Administrator determines (a) requires
approval or clearance by the U.S. Food and Drug Administration to be lawfully marketed for the use proposed and has
not received it; or (b) is the subject of an ongoing Phase I, II or III clinical trial as the treatment for which it
is proposed, and is provided under that trial's protocol; or (c) is not, in the prevailing opinion of the
peer-reviewed medical literature, safe and effective for the use proposed.
Section 12.1: The Plan Administrator has discretionary authority to interpret the Plan and decide claims.
""",
        "other/wasatch-rim-fda-clearance-summary.txt": r"""
WASATCH RIM NEUROMODULATION (FICTIONAL) - device information for payers (our summary)
Device: SAINT Neuromodulation System (Magnus Medical). FDA 510(k) clearance, September 2022.
Indication as cleared: treatment of major depressive disorder in adult patients who have failed to achieve
satisfactory improvement from prior antidepressant medication in the current episode.
Protocol used here: SNT, 10 iTBS sessions a day for 5 days, fMRI-guided target.
""",
        "clinical/wasatch-rim-psychiatry-notes-2024-2026.txt": r"""
WASATCH RIM NEUROMODULATION / PSYCHIATRY (FICTIONAL) - Felix Marchetti-Osei, MD
Patient: Castellan, Jonah E.   DOB 08/21/1997
Earlier episode 2016-2017 (college): fluoxetine 40 mg, response.
Current episode since 10/2024.
11/04/2024 sertraline 100 -> 200 mg; 03/03/2025 stopped, no response (~17 wk).
01-06/2025 CBT, 20 sessions; little change.
04/01/2025 vortioxetine 10 -> 20 mg. 06/09/2025 bupropion XL 150 -> 300 mg added to vortioxetine.
08/04/2025 both stopped: no response (vortioxetine ~18 wk; bupropion ~8 wk), nausea.
09/02/2025 desvenlafaxine 50 -> 100 mg: partial (PHQ-9 24 -> 17). Continues.
11/10/2025 lithium 600 mg added to desvenlafaxine, level 0.7; 02/09/2026 stopped, no added response (12 wk).
12/2025 inpatient 5 days.
03-04/2026 conventional TMS at Summit TMS, 36 sessions (see their summary).
06/2026 ECT consult: declined (memory; informed refusal documented). On leave from work since 06/2026.
Spravato considered: lives alone 70 miles from the nearest REMS site; cannot drive after sessions.
10/28/2026 MADRS 33, PHQ-9 21. Passive thoughts that he would be better off dead; no plan, no intent.
""",
        "clinical/summit-tms-treatment-summary-2026-10-15.txt": r"""
SUMMIT TMS (FICTIONAL) - TREATMENT SUMMARY, released 10/15/2026 at the patient's request
Patient: Castellan, Jonah E., DOB 08/21/1997
Conventional TMS, 10 Hz left DLPFC, 120% MT, 3,000 pulses/session, 36 sessions, 03/09/2026-04/28/2026.
PHQ-9 22 -> 15 at session 36 (partial improvement); by 06/2026 PHQ-9 back to 22 (benefit lost within 6 weeks).
Claims for this course were paid by Anchorline (authorization TMS-26-0302-118).
""",
    },
    truth=r"""
# 08 - Self-funded employer plan: SNT (accelerated iTBS) denied as investigational by a policy that names it; the member asks for federal external review (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Castellan, 29, is in a **self-funded employer plan** (Utah). **SNT** (accelerated fMRI-guided iTBS, 50
  sessions over 5 days) was denied **08/12/2026** under medical policy **MP-BH-TMS-02 sections 5.1 and 5.3**, which
  **name SNT/SAINT and fMRI-guided targeting**; the **final internal decision of 09/30/2026** upheld it and added
  "**the member has not had a trial of conventional TMS**".
- **He had conventional TMS**: 36 sessions, 03/09-04/28/2026, paid by the same administrator (authorization
  TMS-26-0302-118): partial improvement (PHQ-9 22 -> 15), **lost** within six weeks. The summary was released
  **10/15/2026**, after the final decision (record_dates).
- The **SPD** (the plan document) defines Experimental or Investigational by **three tests joined by "or"**:
  (a) FDA approval/clearance needed and not received; (b) the subject of an ongoing trial **and provided under that
  trial's protocol**; (c) not safe and effective in the prevailing opinion of the peer-reviewed literature. The
  device is **FDA-cleared (510(k), September 2022)** for MDD in adults who did not improve on antidepressant
  medication in the current episode, which is his situation; he would **not** be treated under a trial protocol; a
  randomized double-blind sham-controlled trial (Cole et al., Am J Psychiatry 2022) found SNT effective.
- Rule: self-funded ERISA plan; external review under the **federal process, 29 CFR 2590.715-2719(d)**, requested
  **within four months of the 09/30/2026 final denial (by 2027-01-30)**; an experimental denial is eligible. The
  IRO reviews de novo and is not bound by the plan's decision. The SPD gives the administrator **discretion**.
- History (current episode since 10/2024; earlier episode fluoxetine 2016, response): sertraline 200 mg (~17 wk),
  vortioxetine 20 mg (~18 wk), bupropion XL 300 mg **added to vortioxetine** (an antidepressant: an
  **antidepressant trial**, ~8 wk): three failed antidepressant trials; **desvenlafaxine 100 mg since 09/2025,
  still taken, partial** (inadequate response, never "failed"); **lithium augmentation** 12 wk at level 0.7, no
  added response; CBT 20 sessions; conventional TMS 36 sessions (lost). ECT declined (informed refusal); Spravato
  impractical (70 miles, cannot drive). MADRS 33, PHQ-9 21, **passive** ideation (10/28/2026). Off work since
  06/2026; inpatient 5 days 12/2025.
- The author is the patient: "I".

## Deliberately unknown
- Whether any ongoing trial of SNT exists (test b): irrelevant, since he would not be treated under a trial
  protocol; the letter must not claim there are no trials.
- Billing for the functional MRI (a separate imaging claim, not in this request).
- The exact date of the FDA clearance (the case gives September 2022).

## Traps
- **The policy names SNT**: never say MP-BH-TMS-02 does not reach SNT, or that the plan named no criteria. The
  argument is that the SPD's definition governs and none of its tests is met.
- **"Not had conventional TMS" is false** on the record; answer it with the 10/15/2026 summary (new evidence).
- **Desvenlafaxine** is still taken: not "failed". **Bupropion added to vortioxetine** is an antidepressant trial,
  not augmentation; **lithium** is augmentation. **Fluoxetine 2016** responded: not a failure. TMS is
  neuromodulation, not a medication trial (never summed into the drug count).
- **Discretion**: do not state contra proferentem as law.
- **Self-funded**: the federal process (2590.715-2719(d)), not a Utah state external review and not 45 CFR 147.136(c)
  alone; no state insurance department complaint route.
- It is an external-review request, not another internal appeal; the decision appealed is 09/30/2026.
- Not expedited; passive ideation only.

## Arguments a strong letter makes (strongest first)
1. Under the SPD's own definition SNT is not experimental: (a) the SAINT system is FDA-cleared for his indication;
   (b) he would not be treated under a trial protocol; (c) the peer-reviewed literature, including a randomized
   double-blind sham-controlled trial, supports it. The medical policy cannot add a fourth test; the IRO decides
   de novo.
2. The second reason is wrong on the record: 36 sessions of conventional TMS, paid by the plan, partial benefit
   lost within six weeks (summary of 10/15/2026, never before the reviewer).
3. Severity and exhaustion: three failed antidepressants, desvenlafaxine continuing with partial response, failed
   lithium augmentation, CBT, TMS; ECT declined, Spravato impractical; off work; hospitalized 12/2025.
4. Ask for a psychiatrist reviewer at the IRO (the final reviewer was PM&R), and the claim file.

## What a letter must NOT say
- "the policy does not apply to SNT", "the plan identified no criteria", "no clinical trials of SNT exist".
- "has never had TMS", "desvenlafaxine failed", "stopped desvenlafaxine", "four failed antidepressants",
  "bupropion augmentation", "fluoxetine failed".
- "ambiguities must be construed against the plan" as law; "Utah Insurance Department external review";
  "45 CFR 147.136(c)" as the route; "second-level internal appeal".
""",
    expected=[
        ("denial/anchorline-final-internal-decision-2026-09-30.txt", "the member has not had a trial of conventional TMS"),
        ("denial/anchorline-final-internal-decision-2026-09-30.txt", "within four months of the date of this letter"),
        ("denial/anchorline-final-internal-decision-2026-09-30.txt", "Kendra Osei, MD (Physical Medicine and Rehabilitation)"),
        ("other/anchorline-mp-bh-tms-02-excerpt.txt", "including Stanford Neuromodulation Therapy (SNT/SAINT)"),
        ("other/tidewater-spd-section-10-definitions.txt", "and is provided under that trial's protocol"),
        ("other/tidewater-spd-section-10-definitions.txt", "discretionary authority"),
        ("other/wasatch-rim-fda-clearance-summary.txt", "FDA 510(k) clearance, September 2022"),
        ("clinical/summit-tms-treatment-summary-2026-10-15.txt", "36 sessions, 03/09/2026-04/28/2026"),
        ("clinical/summit-tms-treatment-summary-2026-10-15.txt", "benefit lost within 6 weeks"),
        ("clinical/wasatch-rim-psychiatry-notes-2024-2026.txt", "bupropion XL 150 -> 300 mg added to vortioxetine"),
        ("clinical/wasatch-rim-psychiatry-notes-2024-2026.txt", "desvenlafaxine 50 -> 100 mg: partial"),
    ],
))
