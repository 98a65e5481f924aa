#!/usr/bin/env python3
"""FICTIONAL test set 78 generator (appeal-kit letters, issue 18). All data is invented.
Usage: make_set.py [--check] [NN ...]"""
import datetime as dt, io, os, re, shutil, subprocess, sys
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
SET = 78
HEAD = "FICTIONAL DOCUMENT - appeal-kit letters test set 78, case {n}. Every person, plan, provider, number and address is invented."
FOOT = "END OF FICTIONAL DOCUMENT (test set 78) - not a real patient, plan or provider."
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def luhn_npi(base9):
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def npi_ok(npi):
    s = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(npi) == 10 and total % 10 == 0


D = dt.date
def plus(d, days):
    return d + dt.timedelta(days=days)
def plus_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    return D(d.year + y, mo + 1, d.day)

CASES = []
def case(**kw):
    CASES.append(kw)

NPI = {"A": luhn_npi("174052863"), "B": luhn_npi("132977104"), "C": luhn_npi("158320647"),
       "D": luhn_npi("196411538"), "E": luhn_npi("112368905"), "F": luhn_npi("147720316"),
       "G": luhn_npi("183046629"), "H": luhn_npi("120859473")}

# ---------------------------------------------------------------- case 01
case(n="01", slug="medicare-qic-never-decided-escalation-to-alj-daughter-cms1696",
assertions=[(plus(D(2026, 7, 31), 60), D(2026, 9, 29))],
yaml="""\
# FICTIONAL CASE (set 78, case 01) - every person, plan, contractor, provider, number and address is invented.
# Original Medicare Part B, Ohio. TMS denied CO-50; MAC redetermination upheld 06/10/2026; QIC reconsideration
# received 07/31/2026 and never decided: its 60 days ran out 09/29/2026. This letter asks the QIC to escalate
# the appeal to an ALJ (OMHA). Daughter writes with a CMS-1696.
patient:
  name: Walter Ebbesmeyer
  salutation: Mr. Ebbesmeyer
  date_of_birth: 1953-02-11
  member_id: FICT-MBI-7TQ4-WE2-KM81
  address: |-
    418 Locust Hill Road
    Zanesville, OH 43701
  phone: (740) 555-0112
insurer:
  name: Lakeshore Medicare Administrative Contractor, Jurisdiction 15 (FICTIONAL)
  appeals_address: |-
    Lakeshore MAC Redeterminations (FICTIONAL)
    PO Box 71830
    Columbus, OH 43271
claim:
  number: FICT-ICN-26117-0430-5521
  plan_type: medicare
  notice_date: 2026-04-24
  service_dates: [2026-02-09, 2026-03-27]
  sessions: 36
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Medicare does not pay for this service because it is not reasonable and necessary. The documentation does
    not show that the coverage requirements in LCD L99977 (FICTIONAL) were met.
  denial_category: medical_necessity
  abn_given: false
decisions:
  - date: 2026-06-10
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    reason: >-
      The redetermination is unfavorable. The records do not document four antidepressant trials from at least
      two different classes as required by LCD L99977.
submissions:
  - date: 2026-07-28
    method: certified mail
    to: Keystone Reconsideration Services, Part B QIC (FICTIONAL)
    stage: QIC reconsideration
    confirmation: USPS certified mail, delivered 07/31/2026
    decision_due: 2026-09-29
    decision_basis: 42 CFR 405.970 (60 days from the QIC's receipt, 07/31/2026)
    proof: other/qic-request-and-delivery-receipt-2026-07-28.txt
external_review:
  agency: Keystone Reconsideration Services, Part B QIC (FICTIONAL)
  address: |-
    Keystone Reconsideration Services, Part B QIC (FICTIONAL)
    PO Box 30177
    Camp Hill, PA 17001
medicare_coverage:
  name: LCD L99977 (FICTIONAL), Transcranial Magnetic Stimulation for Major Depressive Disorder
  number: L99977
  quote: >-
    Failure of at least four antidepressant trials from at least two different classes, each at an adequate dose
    for at least six weeks, or intolerance of four such agents.
  file: other/lcd-l99977-excerpt.txt
treatment:
  name: A 36-session course of transcranial magnetic stimulation (February 9 through March 27, 2026)
  summary: TMS for recurrent major depression after four failed antidepressant trials from three classes.
clinical:
  history:
    - {drug: sertraline, dose: 150 mg daily, start: 2021-03, end: 2021-06, response: none, kind: antidepressant, weeks: 12, evidence: {file: clinical/psychiatry-summary-2026-01-20.txt, page: 1}}
    - {drug: venlafaxine XR, dose: 225 mg daily, start: 2022-01, end: 2022-04, response: none, kind: antidepressant, weeks: 10, evidence: {file: clinical/psychiatry-summary-2026-01-20.txt, page: 1}}
    - {drug: bupropion XL, dose: 450 mg daily, start: 2023-05, end: 2023-07, response: partial, kind: antidepressant, weeks: 8, evidence: {file: clinical/psychiatry-summary-2026-01-20.txt, page: 1}}
    - {drug: mirtazapine, dose: 45 mg nightly, start: 2024-09, end: 2024-12, response: none, kind: antidepressant, weeks: 9, evidence: {file: clinical/psychiatry-summary-2026-01-20.txt, page: 1}}
  severity: HAM-D 24 on 01/20/2026
  severity_date: 2026-01-20
  suicidality: passive
  suicidality_date: 2026-01-20
author:
  name: Lenora Ebbesmeyer-Platt
  relation: representative
  role: Daughter and appointed representative (form CMS-1696)
  address: |-
    77 Maple Crest Drive
    Newark, OH 43055
  phone: (740) 555-0146
  authorization: other/cms-1696-appointment-2026-05-02.txt
provider:
  name: Dr. Priyanka Hallorann-Sethi
  credentials: MD, psychiatrist
  npi: "@NPI_A@"
  address: |-
    1200 Maple Avenue, Suite 4
    Zanesville, OH 43701
  phone: (740) 555-0131
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/msn-2026-04-24.txt": """\
MEDICARE SUMMARY NOTICE (FICTIONAL) - Part B
Notice date: April 24, 2026
Beneficiary: Walter Ebbesmeyer   Medicare number: FICT-MBI-7TQ4-WE2-KM81
Claim number: FICT-ICN-26117-0430-5521
Provider: Priyanka Hallorann-Sethi, MD (NPI @NPI_A@)
Service dates: 02/09/2026 - 03/27/2026   Code 90868 x 36   Amount charged: $6,480.00   Medicare approved: $0.00
Medicare does not pay for this service because it is not reasonable and necessary. The documentation does
not show that the coverage requirements in LCD L99977 (FICTIONAL) were met.   Code: CO-50
Maximum you may be billed: $6,480.00
If you disagree, file a redetermination request within 120 days of the date you receive this notice.
""",
"other/redetermination-decision-2026-06-10.txt": """\
LAKESHORE MEDICARE ADMINISTRATIVE CONTRACTOR (FICTIONAL) - MEDICARE REDETERMINATION NOTICE
Date: June 10, 2026
Beneficiary: Walter Ebbesmeyer   Claim: FICT-ICN-26117-0430-5521
Decision: UNFAVORABLE. The redetermination is unfavorable. The records do not document four antidepressant
trials from at least two different classes as required by LCD L99977.
Next level: reconsideration by a Qualified Independent Contractor (QIC). You must file within 180 days of
receiving this notice. Send your request to: Keystone Reconsideration Services, Part B QIC (FICTIONAL),
PO Box 30177, Camp Hill, PA 17001.
""",
"other/qic-request-and-delivery-receipt-2026-07-28.txt": """\
REQUEST FOR RECONSIDERATION (sent by the appointed representative) and USPS RECEIPT
Date: July 28, 2026
To: Keystone Reconsideration Services, Part B QIC (FICTIONAL), PO Box 30177, Camp Hill, PA 17001
Re: Walter Ebbesmeyer, claim FICT-ICN-26117-0430-5521, redetermination of June 10, 2026
I ask for reconsideration. Enclosed: psychiatry summary of 01/20/2026 listing four failed trials, CMS-1696.
Lenora Ebbesmeyer-Platt, appointed representative
USPS certified mail 7026 0000 0000 0000 1178 (FICTIONAL): DELIVERED July 31, 2026, 10:42 am, Camp Hill, PA.
Representative's note of 12/03/2026: no reconsideration decision, no request for information and no notice
of any kind has come from the QIC. QIC telephone line (717) 555-0170 said on 12/03/2026 the case is
"open, in review", reference KRS-26-0731-4408.
""",
"other/lcd-l99977-excerpt.txt": """\
LOCAL COVERAGE DETERMINATION L99977 (FICTIONAL): Transcranial Magnetic Stimulation for Major Depressive Disorder
Indications (excerpt): Failure of at least four antidepressant trials from at least two different classes,
each at an adequate dose for at least six weeks, or intolerance of four such agents.
""",
"other/cms-1696-appointment-2026-05-02.txt": """\
APPOINTMENT OF REPRESENTATIVE - Form CMS-1696 (FICTIONAL copy, signed May 2, 2026)
Beneficiary: Walter Ebbesmeyer, Medicare number FICT-MBI-7TQ4-WE2-KM81, signed 05/02/2026
Representative: Lenora Ebbesmeyer-Platt (daughter), 77 Maple Crest Drive, Newark, OH 43055, accepted 05/02/2026
Phone (740) 555-0146. No fee will be charged.
""",
"clinical/psychiatry-summary-2026-01-20.txt": """\
PSYCHIATRY TREATMENT SUMMARY - Priyanka Hallorann-Sethi, MD (FICTIONAL)   Date: 01/20/2026
Patient: Walter Ebbesmeyer, DOB 02/11/1953. Diagnosis F33.2.
Antidepressant trials (pharmacy records reviewed):
1. sertraline (SSRI) 150 mg daily, 03/2021-06/2021, 12 weeks, no response.
2. venlafaxine XR (SNRI) 225 mg daily, 01/2022-04/2022, 10 weeks, no response.
3. bupropion XL (NDRI) 450 mg daily, 05/2023-07/2023, 8 weeks, partial response, relapsed.
4. mirtazapine (NaSSA) 45 mg nightly, 09/2024-12/2024, 9 weeks, no response.
HAM-D 24 today. Passive death wish, no plan or intent. Plan: 36 sessions of TMS.
No ABN was given: the practice believed the LCD was met.
""",
},
answers=[
("Which level is this letter?", "request **to the QIC** to escalate the appeal", "TRUTH"),
("When did the QIC receive the reconsideration request?", "July 31, 2026", "other/qic-request-and-delivery-receipt-2026-07-28.txt"),
("Day the QIC's 60-day decision time ran out", "2026-09-29", "case.yaml"),
("Date of the redetermination decision", "June 10, 2026", "other/redetermination-decision-2026-06-10.txt"),
("Date of the MSN (initial determination)", "April 24, 2026", "denial/msn-2026-04-24.txt"),
("QIC reference number given by phone", "KRS-26-0731-4408", "other/qic-request-and-delivery-receipt-2026-07-28.txt"),
("Who decides after escalation", "Administrative Law Judge", "TRUTH"),
("Coverage rule the denial applied", "L99977", "denial/msn-2026-04-24.txt"),
("Number of failed antidepressant trials in the record", "4. mirtazapine", "clinical/psychiatry-summary-2026-01-20.txt"),
("Classes of those trials include", "SNRI", "clinical/psychiatry-summary-2026-01-20.txt"),
("Representative form and signing date", "signed May 2, 2026", "other/cms-1696-appointment-2026-05-02.txt"),
("Was an ABN given?", "No ABN was given", "clinical/psychiatry-summary-2026-01-20.txt"),
("Amount charged", "$6,480.00", "denial/msn-2026-04-24.txt"),
("Number of sessions", "90868 x 36", "denial/msn-2026-04-24.txt"),
("CARC", "CO-50", "denial/msn-2026-04-24.txt"),
("QIC mailing address PO box", "PO Box 30177", "other/redetermination-decision-2026-06-10.txt"),
],
truth="""\
# FICTIONAL TRUTH FILE - 01 - Original Medicare: the QIC never decided; the letter asks it to escalate to an ALJ (FICTIONAL)

All people, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Ebbesmeyer has Original Medicare Part B. The MAC denied 36 TMS sessions (02/09-03/27/2026, 90868 x 36,
  $6,480.00) as CO-50 on the MSN of 04/24/2026; the MAC's **redetermination of 06/10/2026** was unfavorable
  ("does not document four antidepressant trials from at least two different classes").
- The daughter, appointed on CMS-1696 signed 05/02/2026, sent a QIC reconsideration request on 07/28/2026; USPS
  shows it **delivered to the QIC 07/31/2026**. The QIC must decide within 60 days of receipt (42 CFR 405.970):
  that ran out **09/29/2026**. No decision has come (phone 12/03/2026: "open, in review", KRS-26-0731-4408).
- **Level:** a written request **to the QIC** to escalate the appeal to the Office of Medicare Hearings and
  Appeals (an Administrative Law Judge), under 42 CFR 405.970 (escalation when the QIC does not decide in its
  60 days). The request is filed with the QIC, not with OMHA or the MAC.
- **True deadline: none runs.** Escalation has no filing deadline; the appellant may escalate any time after
  09/29/2026 or keep waiting for the QIC. (Rule: 42 CFR 405.970; section-level cite, paragraphs not checked.)
  The QIC then either decides or sends the case on to OMHA within a short time the rule sets (5 calendar days
  as I recall it; not checked against the text here).
- The record meets the LCD as quoted: four trials (sertraline SSRI, venlafaxine SNRI, bupropion NDRI,
  mirtazapine), three or four classes, each 8-12 weeks.
- No ABN was given (`abn_given: false`): limitation on liability (SSA 1879, 42 CFR 411.404) applies if the
  denial stood.

## Deliberately unknown
- Why the QIC did not decide; whether it ever will.
- The amount-in-controversy threshold for an ALJ hearing in 2026 (405.1006): not stated anywhere in the case;
  the $6,480.00 charged is surely above it, but a letter should not print a threshold figure.
- Whether an ALJ hearing after escalation is de novo on the MAC's record: not for this letter to state.

## Traps
- Not a redetermination and not a new QIC request: both were filed. "Request for redetermination", "within 120
  days" or "within 180 days" are wrong for this letter.
- Escalation forgoes the QIC's decision: a letter must not say the QIC "upheld" or "affirmed" anything, nor quote
  a reconsideration decision (there is none). The decision appealed is the redetermination of 06/10/2026.
- Original Medicare has no plan and no plan terms: no "the plan's own terms", no ERISA, no 45 CFR 147.136, no
  external review, no parity, no "72 hours".
- The author is the appointed daughter: she writes about "Mr. Ebbesmeyer", never "I have failed ...".
- It is not addressed to OMHA "directly": the escalation request goes to the QIC that holds the case.

## Arguments a strong letter makes
1. Names itself as a request to escalate to an ALJ (OMHA) under 42 CFR 405.970 because the QIC received the
   reconsideration on 07/31/2026 and did not decide by 09/29/2026; encloses the request and the delivery receipt.
2. Answers the redetermination's ground from LCD L99977's own words: four adequate failed trials from more than
   two classes (psychiatry summary of 01/20/2026).
3. Asks, if payment is still denied, for the limitation-on-liability finding (no ABN given).
4. Encloses the CMS-1696 (signed 05/02/2026) so the request is not dismissed for want of an appointment.

## What a letter must NOT say
- That the QIC decided, upheld, or dismissed the appeal; a "reconsideration decision" date.
- Any deadline of 60 or 180 days for this request, or that it is "filed in time" under a window.
- "The plan", "plan terms", ERISA, ACA, external review, parity, expedited 72-hour review.
- That fewer than four trials were tried, or that the patient is "out of work" (nothing says so).
""")

# ---------------------------------------------------------------- case 02
case(n="02", slug="city-plan-waiting-period-miscounted-coverage-start-first-internal-patient",
assertions=[(plus(D(2026, 11, 13), 180), D(2027, 5, 12)), (plus(D(2026, 11, 9), 180), D(2027, 5, 8)),
            (plus(D(2026, 7, 6), 59), D(2026, 9, 3))],
yaml="""\
# FICTIONAL CASE (set 78, case 02) - every person, plan, provider, number and address is invented.
# City employees' plan (insured, not ERISA), Colorado. IOP denied CO-27: plan's record starts coverage 11/01/2026
# (a 90-day count); the booklet's waiting period is "first of the month following 60 days" -> 10/01/2026.
# First internal appeal, post-service: 180 days from receipt 11/13/2026 -> 05/12/2027 (safer 05/08/2027).
patient:
  name: Karim Oduya-Feldstein
  salutation: Mr. Oduya-Feldstein
  date_of_birth: 1989-06-30
  member_id: FICT-CPH-K55031972
  address: |-
    3140 West Kiowa Street
    Colorado Springs, CO 80904
  phone: (719) 555-0124
  email: koduya@mail.example
insurer:
  name: Front Range Mutual Health, for the City of Pike Hollow Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Front Range Mutual Health Member Appeals (FICTIONAL)
    PO Box 8812
    Denver, CO 80201
  fax: (303) 555-0158
claim:
  number: FRM-26-1005-660173
  plan_type: governmental
  funding: insured
  grandfathered: false
  employees: 1400
  notice_date: 2026-11-09
  appeal_deadline: 2027-05-08
  deadline_basis: >-
    180 days from the date printed on the notice (11/09/2026), the conservative count; the rule counts 180 days
    from receipt (11/13/2026 postmark and receipt log: 05/12/2027). 45 CFR 147.136(b)(2)(i), applying 29 CFR
    2560.503-1(h)(3)(i).
  service_dates: [2026-10-05, 2026-10-23]
  sessions: 12
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred after coverage terminated or before coverage began. Our enrollment records show your
    coverage effective date as 11/01/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    I was hired on July 6, 2026. The plan booklet starts coverage on the first day of the month following 60
    days of continuous employment; my 60th day was September 3, 2026, so my coverage began October 1, 2026.
    The plan's record counted 90 days instead.
  start: 2026-10-01
  coverage: City of Pike Hollow Employee Health Plan, Employee Only
  record:
    name: City of Pike Hollow Human Resources enrollment confirmation
    date: 2026-09-14
    file: other/hr-enrollment-confirmation-2026-09-14.txt
    page: 1
  proof: [other/hr-enrollment-confirmation-2026-09-14.txt, other/plan-booklet-section-2-eligibility.txt]
plan_policy:
  name: City of Pike Hollow Employee Health Plan Booklet 2026, Section 2.3 (When coverage begins)
  quote: >-
    For a new full-time employee, coverage begins on the first day of the month following 60 days of continuous
    employment, provided the enrollment form is received within 31 days of hire.
  file: other/plan-booklet-section-2-eligibility.txt
treatment:
  name: Twelve sessions of a behavioral health intensive outpatient program (October 5 through October 23, 2026)
  summary: IOP for a major depressive episode after a medication change failed.
clinical:
  severity: PHQ-9 19 on 10/02/2026
  severity_date: 2026-10-02
  suicidality: none
  suicidality_date: 2026-10-02
author:
  name: Karim Oduya-Feldstein
  relation: patient
  role: Patient
provider:
  name: Aspen Ridge Behavioral Health IOP
  npi: "@NPI_B@"
  address: |-
    25 North Cascade Avenue, Suite 300
    Colorado Springs, CO 80903
  phone: (719) 555-0139
expenses:
  - {date: 2026-10-23, item: IOP deposit paid to Aspen Ridge, amount: $600.00, paid: $600.00}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/eob-2026-11-09.txt": """\
FRONT RANGE MUTUAL HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS / NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/09/2026      Group: City of Pike Hollow Employee Health Plan
Member: Karim Oduya-Feldstein   Member ID: FICT-CPH-K55031972   Claim: FRM-26-1005-660173
Provider: Aspen Ridge Behavioral Health IOP (NPI @NPI_B@)
Dates of service: 10/05/2026 - 10/23/2026   S9480 x 12   Billed $5,160.00   Paid $0.00   CO-27
Reason: Expenses incurred after coverage terminated or before coverage began. Our enrollment records show your
coverage effective date as 11/01/2026.
Your appeal rights: you may appeal within 180 days after you receive this notice. Write to Member Appeals,
PO Box 8812, Denver, CO 80201, or fax (303) 555-0158. You may ask for external review after a final internal
denial.
""",
"other/envelope-and-mail-log-2026-11-13.txt": """\
MEMBER'S RECORD OF RECEIPT (kept by Karim Oduya-Feldstein)
Envelope from Front Range Mutual Health, postmark 11/11/2026, received in my mailbox 11/13/2026 (photo kept).
""",
"other/hr-enrollment-confirmation-2026-09-14.txt": """\
CITY OF PIKE HOLLOW - HUMAN RESOURCES (FICTIONAL) - BENEFITS ENROLLMENT CONFIRMATION
Date: 09/14/2026
Employee: Karim Oduya-Feldstein   Position: Water Quality Technician II (full-time)   Hire date: 07/06/2026
Enrollment form received: 07/20/2026 (within 31 days of hire)
Medical: Front Range Mutual Health, Employee Only. Coverage effective date: 10/01/2026.
Your first payroll deduction for medical coverage is on the 10/02/2026 paycheck.
HR Benefits line (719) 555-0151, benefits@pikehollow.example
""",
"other/plan-booklet-section-2-eligibility.txt": """\
CITY OF PIKE HOLLOW EMPLOYEE HEALTH PLAN BOOKLET 2026 (FICTIONAL) - SECTION 2.3 When coverage begins
For a new full-time employee, coverage begins on the first day of the month following 60 days of continuous
employment, provided the enrollment form is received within 31 days of hire.
Section 1.1: This plan is sponsored by the City of Pike Hollow, a governmental employer, and is not subject to
ERISA. It is not a grandfathered health plan. Benefits are insured by Front Range Mutual Health.
""",
"other/paystub-2026-10-02.txt": """\
CITY OF PIKE HOLLOW PAYROLL (FICTIONAL) - EARNINGS STATEMENT
Pay date: 10/02/2026   Employee: Karim Oduya-Feldstein
Deductions: MEDICAL-EE (Front Range Mutual) $84.15   coverage month: October 2026
""",
"clinical/iop-discharge-summary-2026-10-23.txt": """\
ASPEN RIDGE BEHAVIORAL HEALTH IOP (FICTIONAL) - DISCHARGE SUMMARY   Date: 10/23/2026
Patient: Karim Oduya-Feldstein. Admitted to IOP 10/05/2026, 12 sessions through 10/23/2026, 3 hours each.
PHQ-9 19 at intake (10/02/2026), 9 at discharge. Diagnosis F33.1. Insurance verified 10/02/2026 with Front
Range Mutual by phone: "active, effective 10/01/2026", call reference FRM-VER-26-1002-331.
""",
},
answers=[
("Hire date", "07/06/2026", "other/hr-enrollment-confirmation-2026-09-14.txt"),
("Coverage effective date per HR", "Coverage effective date: 10/01/2026", "other/hr-enrollment-confirmation-2026-09-14.txt"),
("Coverage date in the plan's record", "11/01/2026", "denial/eob-2026-11-09.txt"),
("Waiting period the booklet sets", "first day of the month following 60 days", "other/plan-booklet-section-2-eligibility.txt"),
("Enrollment form received", "07/20/2026", "other/hr-enrollment-confirmation-2026-09-14.txt"),
("Notice date", "11/09/2026", "denial/eob-2026-11-09.txt"),
("Date the notice was received", "11/13/2026", "other/envelope-and-mail-log-2026-11-13.txt"),
("Appeal deadline from receipt", "05/12/2027", "TRUTH"),
("Conservative appeal deadline", "2027-05-08", "case.yaml"),
("Plan type (not ERISA)", "not subject to", "other/plan-booklet-section-2-eligibility.txt"),
("Premium deducted for October", "coverage month: October 2026", "other/paystub-2026-10-02.txt"),
("Eligibility verification reference", "FRM-VER-26-1002-331", "clinical/iop-discharge-summary-2026-10-23.txt"),
("CARC", "CO-27", "denial/eob-2026-11-09.txt"),
("Amount billed", "$5,160.00", "denial/eob-2026-11-09.txt"),
("Level", "first internal", "TRUTH"),
("Grandfathered?", "not a grandfathered health plan", "other/plan-booklet-section-2-eligibility.txt"),
],
truth="""\
# FICTIONAL TRUTH FILE - 02 - City employees' plan: a miscounted waiting period; coverage began 10/01/2026 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Oduya-Feldstein, hired full-time **07/06/2026**, enrolled 07/20/2026 (within 31 days). The booklet (Section
  2.3): coverage begins "on the first day of the month following 60 days of continuous employment". Day 60 is
  09/03/2026, so coverage began **10/01/2026**; HR's confirmation of 09/14/2026 says 10/01/2026; October's premium
  was deducted 10/02/2026; the IOP's verification call of 10/02/2026 was told "effective 10/01/2026".
- The insurer's record has **11/01/2026** (a 90-day count) and denied 12 IOP sessions 10/05-10/23/2026 as CO-27.
- Plan type: a **governmental** (city) plan, insured, not grandfathered, not ERISA.
- **Level:** first internal appeal, post-service.
- **True deadline: 05/12/2027** - 180 days after receipt of the notice (received 11/13/2026), 45 CFR
  147.136(b)(2)(i) applying 29 CFR 2560.503-1(h)(3)(i); the notice itself says "within 180 days after you
  receive this notice". Conservative count from the notice date: **05/08/2027** (the case file's date).
- Decision time once filed (post-service): 60 days (29 CFR 2560.503-1(i), applied by 147.136).

## Deliberately unknown
- How the 11/01 date entered the insurer's system (the city's file feed or the insurer).
- Whether the IOP itself would have been approved on its merits: never reviewed (no medical-necessity denial).

## Traps
- Not a medical-necessity denial: no clinical reviewer or peer-to-peer request, no criteria table.
- Not ERISA: never cite 29 CFR 2560.503-1 as the governing law alone, the Labor Department or EBSA; cite 45 CFR
  147.136 (which applies the ERISA standards by reference).
- The patient writes: "I", never "Mr. Oduya-Feldstein has ...".
- The EOB date (11/09) is not the day of receipt (11/13); the deadline is not 60 days or "one year".
- Even the plan's own 90-day reading would not give 11/01: a waiting period may not exceed 90 days (45 CFR
  147.116), so day 91 would be 10/04/2026 - still before 11/01. This is a fallback, not the main ground.

## Arguments a strong letter makes
1. The booklet's own rule, applied to the hire date, starts coverage 10/01/2026; every date of service
   (10/05-10/23/2026) falls on or after it; HR's confirmation (its exhibit) shows the same date.
2. Premium for October was taken from pay (paystub), and the insurer itself confirmed "effective 10/01/2026".
3. Ask the plan to correct its enrollment record and reprocess the claim; reimburse the $600.00 deposit per the
   plan's terms once processed.
4. In the alternative, the 90-day waiting-period limit (45 CFR 147.116) bars any start later than 10/04/2026.

## What a letter must NOT say
- That coverage "terminated" or lapsed; that the patient enrolled late.
- ERISA as governing, EBSA, a "Summary Plan Description".
- That the care was medically necessary as the ground decided (it was not the ground).
- A deadline other than 05/12/2027 (or the conservative 05/08/2027).
""")

# ---------------------------------------------------------------- case 03
case(n="03", slug="medicaid-mc-age15-oral-appeal-counts-plan-called-it-untimely-mother",
assertions=[(plus(D(2026, 9, 29), 60), D(2026, 11, 28)), (plus(D(2026, 11, 20), 30), D(2026, 12, 20))],
yaml="""\
# FICTIONAL CASE (set 78, case 03) - every person, plan, provider, number and address is invented.
# Ohio Medicaid managed care, member aged 15. DBT program denied 09/29/2026 (pre-service). Mother appealed by
# phone 11/20/2026 (within 60 days: last day 11/28/2026); the plan's letter of 12/04/2026 calls the written
# appeal of 12/03 "untimely". An oral appeal sets the filing date (42 CFR 438.406(b)(3)). Decision due 12/20/2026.
patient:
  name: Jaylen Okonkwo-Reyes
  salutation: Jaylen
  date_of_birth: 2011-04-17
  member_id: FICT-OHM-J90014257
  address: |-
    1906 Sullivant Avenue
    Columbus, OH 43223
insurer:
  name: Buckeye Harbor Health Plan (Ohio Medicaid managed care) (FICTIONAL)
  appeals_address: |-
    Buckeye Harbor Health Plan Appeals (FICTIONAL)
    PO Box 182260
    Columbus, OH 43218
  fax: (614) 555-0186
claim:
  number: BHH-PA-26-0921-77310
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-09-29
  appeal_deadline: 2026-11-28
  deadline_basis: >-
    60 days from the date of the notice (09/29/2026), 42 CFR 438.402(c)(2)(ii); the appeal was filed orally on
    11/20/2026, within it (42 CFR 438.406(b)(3)).
  procedure_codes: [H2019]
  diagnosis_codes: [F33.2, F43.10]
  denial_reason: >-
    The request for dialectical behavior therapy (DBT) program services is denied. Medical necessity criteria
    BH-DBT-A2 criterion 1 are not met: the member has not completed a trial of standard outpatient therapy.
  denial_category: medical_necessity
  action: none
  pending_services: [24 weeks of the adolescent DBT program]
prior_auth:
  requested_on: 2026-09-21
submissions:
  - date: 2026-11-20
    method: phone
    to: Buckeye Harbor Health Plan Member Services, 1-800-555-0188
    stage: plan appeal (first level)
    confirmation: call reference BHH-MS-26-1120-50418 (oral appeal)
    decision_due: 2026-12-20
    decision_basis: 42 CFR 438.408(b)(2) (30 calendar days from the oral appeal of 11/20/2026)
    proof: other/call-record-2026-11-20.txt
decisions:
  - date: 2026-12-04
    outcome: dismissed
    stage: plan appeal (first level)
    reason: >-
      Your appeal received 12/03/2026 is untimely. The 60-day appeal period ended 11/28/2026. We cannot process
      this appeal.
plan_policy:
  name: Buckeye Harbor Health Plan Medical Necessity Criteria BH-DBT-A2 (Adolescent DBT Program)
  number: BH-DBT-A2
  quote: >-
    1. The member has completed at least 8 weeks of standard outpatient psychotherapy without adequate
    improvement, or has had a psychiatric hospitalization or emergency visit for self-harm in the past 6 months.
  file: other/bh-dbt-a2-criteria.txt
payer_criteria:
  - criterion: >-
      1. At least 8 weeks of standard outpatient psychotherapy without adequate improvement, or a psychiatric
      hospitalization or emergency visit for self-harm in the past 6 months.
    how_met: >-
      Weekly outpatient therapy from 03/02/2026 to 07/27/2026 (21 weeks) without adequate improvement, and an
      emergency department visit for self-harm on 08/14/2026.
    met: true
    evidence: {file: clinical/therapist-letter-2026-09-18.txt, page: 1}
treatment:
  name: Adolescent dialectical behavior therapy program (24 weeks)
  summary: Comprehensive DBT (individual, skills group, phone coaching) for recurrent depression with self-harm.
clinical:
  history:
    - {drug: weekly outpatient psychotherapy (CBT), start: 2026-03-02, end: 2026-07-27, kind: psychotherapy, sessions: 20, adequate: true, response: none, evidence: {file: clinical/therapist-letter-2026-09-18.txt, page: 1}}
    - {drug: fluoxetine, dose: 40 mg daily, start: 2026-02, kind: antidepressant, ongoing: true, response: partial}
  severity: PHQ-A 20 on 09/18/2026
  severity_date: 2026-09-18
  suicidality: passive
  suicidality_date: 2026-09-18
impact:
  hospitalizations: Emergency department visit for self-harm (cutting) on 08/14/2026.
author:
  name: Marisol Reyes
  relation: parent
  role: Mother
  address: |-
    1906 Sullivant Avenue
    Columbus, OH 43223
  phone: (614) 555-0117
provider:
  name: Franklin Youth Counseling Collaborative
  npi: "@NPI_C@"
  address: |-
    400 West Rich Street
    Columbus, OH 43215
  phone: (614) 555-0133
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-adverse-benefit-determination-2026-09-29.txt": """\
BUCKEYE HARBOR HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 09/29/2026
Member: Jaylen Okonkwo-Reyes   Member ID: FICT-OHM-J90014257   Reference: BHH-PA-26-0921-77310
Requested: adolescent DBT program (H2019), Franklin Youth Counseling Collaborative, request received 09/21/2026.
The request for dialectical behavior therapy (DBT) program services is denied. Medical necessity criteria
BH-DBT-A2 criterion 1 are not met: the member has not completed a trial of standard outpatient therapy.
YOUR RIGHT TO APPEAL: You have 60 days from the date of this notice to ask for an appeal. You can ask by
phone at 1-800-555-0188 or in writing. After our appeal decision you may ask for a state hearing.
""",
"other/call-record-2026-11-20.txt": """\
MEMBER'S CALL NOTE and PLAN CONFIRMATION TEXT (FICTIONAL)
11/20/2026, 3:12 pm: Marisol Reyes called Buckeye Harbor Member Services, 1-800-555-0188. Spoke to "Denise".
I said: "I want to appeal the denial of Jaylen's DBT program." Denise said the appeal was noted and to send it
in writing too. Call reference BHH-MS-26-1120-50418.
Text message from the plan, 11/20/2026 3:31 pm: "Buckeye Harbor: we received your call about an appeal,
ref BHH-MS-26-1120-50418."
Written appeal mailed 12/01/2026 (USPS tracking shows delivered 12/03/2026).
""",
"other/plan-untimely-letter-2026-12-04.txt": """\
BUCKEYE HARBOR HEALTH PLAN (FICTIONAL) - APPEAL DISMISSAL
Date: 12/04/2026
Member: Jaylen Okonkwo-Reyes   Reference: BHH-PA-26-0921-77310
Your appeal received 12/03/2026 is untimely. The 60-day appeal period ended 11/28/2026. We cannot process
this appeal.
""",
"other/bh-dbt-a2-criteria.txt": """\
BUCKEYE HARBOR HEALTH PLAN (FICTIONAL) - MEDICAL NECESSITY CRITERIA BH-DBT-A2, Adolescent DBT Program
1. The member has completed at least 8 weeks of standard outpatient psychotherapy without adequate
improvement, or has had a psychiatric hospitalization or emergency visit for self-harm in the past 6 months.
""",
"clinical/therapist-letter-2026-09-18.txt": """\
FRANKLIN YOUTH COUNSELING COLLABORATIVE (FICTIONAL) - LETTER OF MEDICAL NECESSITY   Date: 09/18/2026
Patient: Jaylen Okonkwo-Reyes, age 15. Diagnoses F33.2, F43.10.
Weekly outpatient CBT 03/02/2026 - 07/27/2026: 20 sessions over 21 weeks, without adequate improvement.
Emergency department visit for self-harm (cutting) 08/14/2026. Fluoxetine 40 mg daily since 02/2026 (partial).
PHQ-A 20 today; passive thoughts of death, no plan. Recommend the 24-week adolescent DBT program.
Signed: Teodora Vasquez-Lindqvist, LISW-S
""",
},
answers=[
("Date of the notice", "09/29/2026", "denial/notice-of-adverse-benefit-determination-2026-09-29.txt"),
("Appeal window the notice gives", "60 days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-09-29.txt"),
("Last day to appeal", "11/28/2026", "other/plan-untimely-letter-2026-12-04.txt"),
("Date the appeal was filed (orally)", "11/20/2026", "other/call-record-2026-11-20.txt"),
("Call reference of the oral appeal", "BHH-MS-26-1120-50418", "other/call-record-2026-11-20.txt"),
("Can the appeal be made by phone per the notice?", "You can ask by\nphone", "denial/notice-of-adverse-benefit-determination-2026-09-29.txt"),
("Rule that an oral appeal sets the filing date", "438.406(b)(3)", "TRUTH"),
("Day the plan's 30-day resolution time runs out", "2026-12-20", "case.yaml"),
("Date of the plan's 'untimely' letter", "12/04/2026", "other/plan-untimely-letter-2026-12-04.txt"),
("When the written appeal arrived", "delivered 12/03/2026", "other/call-record-2026-11-20.txt"),
("Weeks of outpatient therapy", "20 sessions over 21 weeks", "clinical/therapist-letter-2026-09-18.txt"),
("Emergency visit for self-harm date", "08/14/2026", "clinical/therapist-letter-2026-09-18.txt"),
("Criterion the denial relied on", "BH-DBT-A2 criterion 1", "denial/notice-of-adverse-benefit-determination-2026-09-29.txt"),
("Member's age", "age 15", "clinical/therapist-letter-2026-09-18.txt"),
("EPSDT statute", "1396d(r)(5)", "TRUTH"),
("Next level after the plan", "state hearing", "denial/notice-of-adverse-benefit-determination-2026-09-29.txt"),
],
truth="""\
# FICTIONAL TRUTH FILE - 03 - Medicaid managed care: the oral appeal of 11/20/2026 was timely; the plan called it late (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jaylen (15) has Ohio Medicaid through a managed care plan. The plan denied a pre-service request for a 24-week
  adolescent DBT program on **09/29/2026** (BH-DBT-A2 criterion 1: "has not completed a trial of standard
  outpatient therapy").
- The notice allows an appeal **by phone or in writing within 60 days of its date**: last day **11/28/2026**
  (42 CFR 438.402(c)(2)(ii)).
- The mother appealed **by phone on 11/20/2026** (reference BHH-MS-26-1120-50418; the plan's own text message
  confirms the call about an appeal). Under **42 CFR 438.406(b)(3)** an oral inquiry seeking to appeal is treated
  as an appeal to establish the earliest possible filing date: the appeal was **filed 11/20/2026, in time**. (The
  former rule that an oral appeal be followed by a written one was removed in 2020 as I recall it; the oral date
  governs either way.)
- The plan's letter of 12/04/2026 dismissing the written appeal of 12/03 as "untimely" is wrong on its face.
- **Level:** the first (plan) appeal - this letter is the written appeal confirming the one filed 11/20/2026,
  asking the plan to withdraw the dismissal and decide on the merits.
- **True deadline:** the filing deadline (11/28/2026) was met on 11/20/2026. The plan must resolve a standard
  appeal within **30 calendar days of receipt: by 12/20/2026** (42 CFR 438.408(b)(2)); if it does not, the
  appeal is deemed exhausted and a state fair hearing may be requested (438.408(c)(3)), within 120 days
  (438.408(f)(2)).
- The criterion is met twice over: 20 CBT sessions over 21 weeks without adequate improvement, and an ED visit
  for self-harm on 08/14/2026. Member under 21: EPSDT (42 USC 1396d(r)(5)).

## Deliberately unknown
- Whether the plan logged the 11/20 call as an appeal or only as an inquiry (its text says "about an appeal").
- Whether the plan will extend its time by 14 days (438.408(c)): no extension notice exists.
- Whether care should be asked for on an expedited basis: no clinician has certified urgency.

## Traps
- The letter must not accept that the appeal was late or ask for "good cause" or a late-filing exception.
- It is not yet a fair-hearing request: the plan's 30 days have not run out (today 12/07/2026).
- No continuation of benefits (438.420): nothing was authorized before; this is a new request.
- Pre-service: ask for authorization of the program, not payment of a claim.
- The mother (parent of a minor) writes about "Jaylen"; no authorization form needed.
- Outpatient psychotherapy is a psychotherapy course, not an "antidepressant trial".

## Arguments a strong letter makes
1. The appeal was filed orally on 11/20/2026, within the 60 days, and 42 CFR 438.406(b)(3) makes that its filing
   date; the plan's own text of 11/20 confirms it; the dismissal of 12/04 should be withdrawn.
2. Ask for a decision by 12/20/2026 (30 days from 11/20), and note the fair-hearing route if none comes.
3. Criterion 1 is met by both branches (therapist letter of 09/18/2026).
4. EPSDT for a member under 21.

## What a letter must NOT say
- That the appeal is late, "filed after the deadline", or asks to excuse lateness.
- That the deadline was 12/03 or counted from receipt of the notice; that the plan "upheld" the denial on review.
- ERISA, 45 CFR 147.136, external review, "name and qualifications" as a Medicaid right.
- That Jaylen "failed antidepressants" (one, ongoing, partial response).
""")

# ---------------------------------------------------------------- case 04
case(n="04", slug="tricare-prime-provider-authorized-from-0615-deadline-is-today-postmark-patient",
assertions=[(plus(D(2026, 9, 8), 90), D(2026, 12, 7))],
yaml="""\
# FICTIONAL CASE (set 78, case 04) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member, Georgia. Psychotherapy denied "provider not TRICARE-authorized on
# date of service"; the contractor's own certification letter makes the provider authorized from 06/15/2026.
# Reconsideration: 90 days from the date on the notice (09/08/2026) = 12/07/2026, TODAY: postmarked or received.
patient:
  name: Ngozi Achterhof-Banda
  salutation: Mrs. Achterhof-Banda
  date_of_birth: 1994-12-02
  member_id: FICT-DBN-1187 4420 96
  address: |-
    55 Longleaf Court
    Hinesville, GA 31313
  phone: (912) 555-0129
insurer:
  name: Southeast Region TRICARE Contractor (FICTIONAL), TRICARE Prime
  appeals_address: |-
    TRICARE Southeast Reconsiderations (FICTIONAL)
    PO Box 202117
    Florence, SC 29502
  fax: (843) 555-0162
claim:
  number: TSE-26-0814-204417
  plan_type: tricare
  notice_date: 2026-09-08
  appeal_deadline: 2026-12-07
  deadline_basis: >-
    90 days from the date on the notice (09/08/2026), postmarked or received (32 CFR 199.10; the EOB says "must
    be postmarked or received within 90 days of the date of this notice").
  service_dates: [2026-07-02, 2026-07-16, 2026-07-30, 2026-08-13]
  procedure_codes: ["90837"]
  diagnosis_codes: [F43.10]
  carc_codes: [CO-B7]
  denial_reason: >-
    This provider was not certified/eligible to be paid for this procedure/service on this date of service. The
    provider is not a TRICARE-authorized provider on the date of service.
  denial_category: other
  action: none
provider_enrollment:
  provider: Ellery Mwangi-Hart, LPC
  effective: 2026-06-15
  record:
    name: TRICARE Southeast provider certification letter
    date: 2026-07-21
    file: other/provider-certification-letter-2026-07-21.txt
    page: 1
treatment:
  name: Four sessions of individual psychotherapy (July 2 through August 13, 2026)
  summary: Trauma-focused psychotherapy for PTSD while the sponsor was deployed.
clinical:
  severity: PCL-5 52 on 07/02/2026
  severity_date: 2026-07-02
  suicidality: none
  suicidality_date: 2026-07-02
author:
  name: Ngozi Achterhof-Banda
  relation: patient
  role: Patient (active-duty family member)
provider:
  name: Ellery Mwangi-Hart, LPC
  credentials: LPC
  npi: "@NPI_D@"
  address: |-
    210 East Oglethorpe Highway, Suite 6
    Hinesville, GA 31313
  phone: (912) 555-0137
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/eob-2026-09-08.txt": """\
TRICARE EXPLANATION OF BENEFITS - Southeast Region Contractor (FICTIONAL)
Date of notice: 09/08/2026
Beneficiary: Ngozi Achterhof-Banda (active-duty family member)   Program: TRICARE Prime
Claim: TSE-26-0814-204417   Provider: Ellery Mwangi-Hart, LPC (NPI @NPI_D@)
Services: 07/02/2026, 07/16/2026, 07/30/2026, 08/13/2026   90837 x 4   Billed $760.00   Paid $0.00   CO-B7
This provider was not certified/eligible to be paid for this procedure/service on this date of service. The
provider is not a TRICARE-authorized provider on the date of service.
APPEAL RIGHTS: If you disagree, ask for a reconsideration in writing. Your request must be postmarked or
received within 90 days of the date of this notice. Mail: TRICARE Southeast Reconsiderations, PO Box 202117,
Florence, SC 29502. Fax (843) 555-0162.
""",
"other/provider-certification-letter-2026-07-21.txt": """\
TRICARE SOUTHEAST REGION CONTRACTOR (FICTIONAL) - PROVIDER CERTIFICATION
Date: 07/21/2026
Provider: Ellery Mwangi-Hart, LPC, NPI @NPI_D@, Hinesville, GA
You are certified as a TRICARE-authorized provider (licensed professional counselor) effective 06/15/2026.
Claims for services on or after the effective date may be submitted. Network status: network provider.
""",
"other/referral-2026-06-24.txt": """\
TRICARE PRIME REFERRAL (FICTIONAL)   Referral number: R-26-0624-88130   Date: 06/24/2026
Referred by: Primary care manager, Winn Army Community Hospital clinic (FICTIONAL)
To: Ellery Mwangi-Hart, LPC - outpatient psychotherapy, 8 visits, 06/24/2026 - 12/24/2026
""",
"other/mailing-plan-2026-12-07.txt": """\
PATIENT'S NOTE (FICTIONAL), 12/07/2026
Reconsideration to be faxed to (843) 555-0162 today and mailed by USPS certified mail today, so it is both
received and postmarked on 12/07/2026, the 90th day after the 09/08/2026 notice.
""",
"clinical/intake-note-2026-07-02.txt": """\
ELLERY MWANGI-HART, LPC (FICTIONAL) - INTAKE NOTE   Date: 07/02/2026
Client: Ngozi Achterhof-Banda. PTSD (F43.10) after a motor vehicle crash. PCL-5 52. No suicidal ideation.
Plan: weekly-to-biweekly trauma-focused CBT. Referral R-26-0624-88130 on file.
""",
},
answers=[
("Date on the notice", "09/08/2026", "denial/eob-2026-09-08.txt"),
("How the 90 days are met", "postmarked or\nreceived within 90 days", "denial/eob-2026-09-08.txt"),
("Last day to ask for reconsideration", "2026-12-07", "case.yaml"),
("Provider's authorization effective date", "effective 06/15/2026", "other/provider-certification-letter-2026-07-21.txt"),
("Date of the certification letter", "07/21/2026", "other/provider-certification-letter-2026-07-21.txt"),
("First date of service", "07/02/2026", "denial/eob-2026-09-08.txt"),
("Last date of service", "08/13/2026", "denial/eob-2026-09-08.txt"),
("CARC", "CO-B7", "denial/eob-2026-09-08.txt"),
("Referral number", "R-26-0624-88130", "other/referral-2026-06-24.txt"),
("Fax for reconsiderations", "(843) 555-0162", "denial/eob-2026-09-08.txt"),
("Amount billed", "$760.00", "denial/eob-2026-09-08.txt"),
("Level", "reconsideration", "denial/eob-2026-09-08.txt"),
("Governing rule", "32 CFR 199.10", "case.yaml"),
("Provider network status", "network provider", "other/provider-certification-letter-2026-07-21.txt"),
("Number of sessions denied", "90837 x 4", "denial/eob-2026-09-08.txt"),
("Provider credentials", "licensed professional counselor", "other/provider-certification-letter-2026-07-21.txt"),
],
truth="""\
# FICTIONAL TRUTH FILE - 04 - TRICARE Prime: provider authorized from 06/15/2026; the 90th day is today (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Achterhof-Banda, an active-duty family member in TRICARE Prime, saw a counselor four times
  (07/02, 07/16, 07/30, 08/13/2026; 90837 x 4; $760.00) on PCM referral R-26-0624-88130.
- The contractor denied the claim CO-B7 on **09/08/2026**: "not a TRICARE-authorized provider on the date of
  service". Its own certification letter of 07/21/2026 makes the counselor authorized **effective 06/15/2026**:
  every date of service is after it.
- **Level:** reconsideration by the regional contractor (first TRICARE level; a "factual" denial, so the next
  level would be a formal review by the Defense Health Agency, not the TQMC).
- **True deadline: 12/07/2026 - today.** 90 days from the date on the notice, and the request counts if
  **postmarked or received** within them (32 CFR 199.10; the EOB says the same). Fax and certified mail today.
- Source of the rule: 32 CFR 199.10 and the EOB's own appeal-rights text.

## Deliberately unknown
- Why the claims system used another date (the certification was issued 07/21, after the first visit, but
  effective earlier).
- Whether the contractor received any earlier inquiry: none in the record.

## Traps
- It is not late and needs no good cause: 12/07/2026 is the 90th day. A letter must not say the deadline has
  passed, nor give 12/08 or later, nor count from receipt.
- No medical-necessity argument: the ground is the provider's authorization date. No clinical reviewer, no
  peer-to-peer.
- TRICARE: no ERISA, ACA (147.136), parity, state insurance department or external review.
- The patient writes: "I".
- The counselor is an LPC: never "Dr." or "physician".

## Arguments a strong letter makes
1. The contractor's own certification letter (exhibit) makes the provider TRICARE-authorized from 06/15/2026;
   all four dates fall after it; ask it to correct its provider record and pay the claim.
2. The PCM referral was on file, so Prime's referral rules are met.
3. State that the request is made within 90 days of the 09/08/2026 notice (sent 12/07/2026).

## What a letter must NOT say
- That the provider "was not yet authorized" for any of these dates.
- "External review", "independent review organization", 29 CFR 2560.503-1, 45 CFR 147.136, MHPAEA.
- That the request is late or asks for an extension.
""")

# ---------------------------------------------------------------- case 05
case(n="05", slug="fehb-hmo-referral-on-file-letter-says-90-days-rule-6-months-enrollee-husband",
assertions=[(plus_months(D(2026, 10, 14), 6), D(2027, 4, 14)), (plus(D(2026, 10, 14), 90), D(2027, 1, 12))],
yaml="""\
# FICTIONAL CASE (set 78, case 05) - every person, plan, provider, number and address is invented.
# FEHB HMO, Michigan. Psychiatric visits denied CO-197 "no referral on file" although
# the PCP's referral REF-26-0717-3302 covers them. The denial letter says "request reconsideration within 90
# days"; the brochure and 5 CFR 890.105(b)(1) give 6 months from the decision: 04/14/2027.
# The enrollee (husband) writes for his wife with her signed consent.
patient:
  name: Odalys Brzezinski-Tam
  salutation: Mrs. Brzezinski-Tam
  date_of_birth: 1979-08-21
  member_id: FICT-GLH-40771235-02
  address: |-
    2819 Seminole Street
    Detroit, MI 48214
insurer:
  name: Great Lakes Federal HMO (FEHB plan) (FICTIONAL)
  appeals_address: |-
    Great Lakes Federal HMO, Disputed Claims Unit (FICTIONAL)
    PO Box 33450
    Detroit, MI 48232
  fax: (313) 555-0191
claim:
  number: GLH-26-0910-551280
  plan_type: fehb
  notice_date: 2026-10-14
  appeal_deadline: 2027-04-14
  deadline_basis: >-
    6 months from the date of the carrier's decision (10/14/2026): brochure Section 8, Step 1, and 5 CFR
    890.105(b)(1). The denial letter's "90 days" (01/12/2027) is shorter than the brochure allows.
  service_dates: [2026-08-06, 2026-08-27, 2026-09-10]
  procedure_codes: ["99214", "90833"]
  diagnosis_codes: [F31.81]
  carc_codes: [CO-197]
  denial_reason: >-
    Specialist services require a referral from your primary care physician. No referral is on file for these
    dates of service.
  denial_category: prior_authorization
  action: none
prior_auth:
  approved:
    number: referral REF-26-0717-3302
    date: 2026-07-17
    covers: 6 visits with psychiatrist Dr. Fenwick Adeyemi-Storr, 07/17/2026 through 01/17/2027
    quote: >-
      Referral REF-26-0717-3302: Odalys Brzezinski-Tam is referred to Fenwick Adeyemi-Storr, MD (psychiatry) for
      evaluation and medication management, 6 visits, valid 07/17/2026 through 01/17/2027.
    file: other/pcp-referral-2026-07-17.txt
    from: 2026-07-17
    through: 2027-01-17
    what_went_wrong: the referral was entered under the psychiatrist's former group's provider number
    lines:
      - {code: "99214", units: 6, given: 3}
    entered: other/portal-referral-record-printout-2026-11-02.txt
plan_policy:
  name: Great Lakes Federal HMO 2026 Brochure, Section 8 (The disputed claims process)
  quote: >-
    Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the
    date of our decision. Step 2: We have 30 days from the date we receive your request to pay or provide the
    care, write to you and maintain our denial, or ask for more information. Step 3: If you do not agree with
    our decision, you may ask OPM to review it. You must write to OPM within 90 days after the date of our
    letter upholding our initial decision.
  file: other/brochure-section-8-excerpt.txt
treatment:
  name: Three psychiatric medication-management visits (August 6, August 27 and September 10, 2026)
  summary: Psychiatric evaluation and medication management for bipolar II depression.
clinical:
  severity: MADRS 27 on 08/06/2026
  severity_date: 2026-08-06
  suicidality: none
  suicidality_date: 2026-08-06
author:
  name: Tobias Brzezinski-Tam
  relation: representative
  role: Husband and FEHB enrollee (Self and Family), writing with the patient's signed consent
  address: |-
    2819 Seminole Street
    Detroit, MI 48214
  phone: (313) 555-0119
  authorization: other/patient-consent-2026-11-30.txt
provider:
  name: Dr. Fenwick Adeyemi-Storr
  credentials: MD, psychiatrist
  npi: "@NPI_E@"
  address: |-
    3990 John R Street, Suite 5B
    Detroit, MI 48201
  phone: (313) 555-0140
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/denial-letter-2026-10-14.txt": """\
GREAT LAKES FEDERAL HMO (FICTIONAL) - CLAIM DENIAL
Date: 10/14/2026
Enrollee: Tobias Brzezinski-Tam (Self and Family)   Patient: Odalys Brzezinski-Tam
Member ID: FICT-GLH-40771235-02   Claim: GLH-26-0910-551280
Provider: Fenwick Adeyemi-Storr, MD (NPI @NPI_E@)   Dates: 08/06/2026, 08/27/2026, 09/10/2026
Codes: 99214, 90833 on each date   Billed $1,245.00   Paid $0.00   CO-197
Specialist services require a referral from your primary care physician. No referral is on file for these
dates of service.
If you disagree, you may request reconsideration within 90 days of this letter.
""",
"other/pcp-referral-2026-07-17.txt": """\
GREAT LAKES FEDERAL HMO (FICTIONAL) - PRIMARY CARE REFERRAL
Referral REF-26-0717-3302: Odalys Brzezinski-Tam is referred to Fenwick Adeyemi-Storr, MD (psychiatry) for
evaluation and medication management, 6 visits, valid 07/17/2026 through 01/17/2027.
Referring PCP: Renata Okafor-Lund, MD   Submitted through the plan portal 07/17/2026, status: APPROVED
""",
"other/portal-referral-record-printout-2026-11-02.txt": """\
GREAT LAKES FEDERAL HMO MEMBER PORTAL (FICTIONAL) - REFERRALS (printed 11/02/2026)
REF-26-0717-3302  APPROVED  Specialist: ADEYEMI-STORR F  Provider ID on referral: GLH-PRV-118204
(Lakeside Psychiatry Associates - TERMINATED 06/30/2026)   Visits: 6   Valid 07/17/2026-01/17/2027
""",
"other/brochure-section-8-excerpt.txt": """\
GREAT LAKES FEDERAL HMO 2026 BROCHURE (FICTIONAL) - SECTION 8 The disputed claims process (excerpt)
Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the
date of our decision. Step 2: We have 30 days from the date we receive your request to pay or provide the
care, write to you and maintain our denial, or ask for more information. Step 3: If you do not agree with
our decision, you may ask OPM to review it. You must write to OPM within 90 days after the date of our
letter upholding our initial decision.
""",
"other/patient-consent-2026-11-30.txt": """\
CONSENT (FICTIONAL) - 11/30/2026
I, Odalys Brzezinski-Tam, authorize my husband Tobias Brzezinski-Tam to ask Great Lakes Federal HMO to
reconsider claim GLH-26-0910-551280, to receive my health information about it, and to ask OPM to review it.
Signed: Odalys Brzezinski-Tam
""",
"clinical/psychiatry-note-2026-08-06.txt": """\
FENWICK ADEYEMI-STORR, MD (FICTIONAL) - PSYCHIATRIC EVALUATION   Date: 08/06/2026
Patient: Odalys Brzezinski-Tam. Referred by Dr. Okafor-Lund, referral REF-26-0717-3302.
Bipolar II disorder, current episode depressed (F31.81). MADRS 27. No suicidal ideation. Started lamotrigine.
Practice: Adeyemi-Storr Psychiatry PLLC (new group since 07/01/2026; in network with the plan).
""",
},
answers=[
("Date of the denial", "10/14/2026", "denial/denial-letter-2026-10-14.txt"),
("Window the denial letter states", "within 90 days of this letter", "denial/denial-letter-2026-10-14.txt"),
("Window the brochure gives", "within 6 months from the\ndate of our decision", "other/brochure-section-8-excerpt.txt"),
("True deadline", "2027-04-14", "case.yaml"),
("Referral number", "REF-26-0717-3302", "other/pcp-referral-2026-07-17.txt"),
("Referral validity", "valid 07/17/2026 through 01/17/2027", "other/pcp-referral-2026-07-17.txt"),
("Visits the referral covers", "6 visits", "other/pcp-referral-2026-07-17.txt"),
("Why the referral was missed", "TERMINATED 06/30/2026", "other/portal-referral-record-printout-2026-11-02.txt"),
("Carrier's time to answer", "30 days", "other/brochure-section-8-excerpt.txt"),
("Next level", "ask OPM to review", "other/brochure-section-8-excerpt.txt"),
("OPM window", "within 90 days after the date of our\nletter upholding", "other/brochure-section-8-excerpt.txt"),
("Enrollee", "Tobias Brzezinski-Tam", "denial/denial-letter-2026-10-14.txt"),
("Consent date", "11/30/2026", "other/patient-consent-2026-11-30.txt"),
("Dates of service", "08/06/2026, 08/27/2026, 09/10/2026", "denial/denial-letter-2026-10-14.txt"),
("Amount billed", "$1,245.00", "denial/denial-letter-2026-10-14.txt"),
("Rule", "890.105(b)(1)", "case.yaml"),
],
truth="""\
# FICTIONAL TRUTH FILE - 05 - FEHB HMO: referral on file; the denial says 90 days, the rule gives 6 months (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Brzezinski-Tam is covered under her husband's FEHB HMO (Self and Family). The carrier denied three
  psychiatry visits (08/06, 08/27, 09/10/2026; 99214 + 90833 each; $1,245.00) on **10/14/2026**: "No referral is
  on file".
- The PCP's referral **REF-26-0717-3302** (approved 07/17/2026, 6 visits, valid 07/17/2026-01/17/2027) names this
  psychiatrist; the portal shows it entered under his **former group's provider ID** (terminated 06/30/2026).
- **Level:** carrier reconsideration (FEHB first level); OPM review only after the carrier upholds or fails to
  answer within 30 days.
- **True deadline: 04/14/2027** - 6 months from the date of the carrier's decision (brochure Section 8 Step 1;
  5 CFR 890.105(b)(1)). The denial letter's "within 90 days of this letter" (01/12/2027) is **wrong** (shorter
  than the rule); filing before 01/12/2027 is prudent but not required.
- The carrier must answer within 30 days of receiving the request (brochure Step 2; 5 CFR 890.105).

## Deliberately unknown
- Whether the carrier will treat the 90-day line as binding: it has no basis in the brochure.
- Whether Dr. Adeyemi-Storr's new group was loaded in the carrier's network file on 08/06/2026 (the note says
  in network; no carrier record of it).

## Traps
- Not OPM review yet: no carrier reconsideration was filed.
- Not a medical-necessity denial; no peer-to-peer, no clinical reviewer demand.
- FEHB: no ERISA, no 45 CFR 147.136 / external review, no state insurance department, no parity right cited.
- The husband (enrollee) writes about "Mrs. Brzezinski-Tam" (or "my wife"), never "I have bipolar".
- The referral covered 6 visits; 3 were billed: within it.

## Arguments a strong letter makes
1. The carrier's own referral REF-26-0717-3302 covers these dates and this psychiatrist; the portal printout
   shows it was tied to his terminated former group ID: ask the carrier to correct the referral record and pay.
2. All three dates fall within 07/17/2026-01/17/2027, and 3 of 6 visits were used.
3. State the request is timely under the brochure (6 months), whatever the letter's "90 days".

## What a letter must NOT say
- That the deadline is 90 days or 01/12/2027 as the rule; that the request is "late".
- That there was no referral, or that a retroactive referral is requested.
- "External review", EBSA, 29 CFR 2560.503-1, 45 CFR 147.136.
""")

# ---------------------------------------------------------------- case 06
case(n="06", slug="church-system-plan-elected-erisa-corrected-claim-180-days-from-processing-second-level-provider",
assertions=[(plus(D(2026, 5, 12), 180), D(2026, 11, 8)), (plus(D(2026, 5, 12), 161), D(2026, 10, 20)),
            (plus(D(2026, 3, 3), 180), D(2026, 8, 30)), (plus(D(2026, 11, 19), 60), D(2027, 1, 18)),
            (plus(D(2026, 11, 16), 60), D(2027, 1, 15))],
yaml="""\
# FICTIONAL CASE (set 78, case 06) - every person, plan, provider, number and address is invented.
# A Catholic health system's self-funded employee plan that ELECTED ERISA (Code 410(d)): employer_erisa, not church.
# Ketamine infusion claim (03/03/2026) first denied CO-16 (no NDC); corrected claim received 10/20/2026, denied
# CO-29 "more than 180 days after the date of service"; the plan's rule counts 180 days from the original
# claim's processing (05/12/2026) -> 11/08/2026. Level 1 upheld 11/16/2026 (received 11/19).
# Second level: 60 days after receipt -> 01/18/2027 (safer 01/15/2027). Clinic billing manager writes.
patient:
  name: Desmond Villaraigosa-Kent
  salutation: Mr. Villaraigosa-Kent
  date_of_birth: 1977-01-25
  member_id: FICT-SBH-D33820761
  address: |-
    9 Hollister Lane
    Dubuque, IA 52001
insurer:
  name: Saint Brendan Health System Employee Medical Plan, administered by Prairieview TPA (FICTIONAL)
  appeals_address: |-
    Prairieview TPA Second-Level Appeals (FICTIONAL)
    PO Box 4460
    Cedar Rapids, IA 52407
  fax: (319) 555-0176
claim:
  number: PVT-26-1020-813306
  other_numbers: [PVT-26-0320-790514]
  plan_type: employer_erisa
  funding: self_funded
  employees: 4800
  notice_date: 2026-10-28
  stage: second level
  service_dates: [2026-03-03]
  procedure_codes: ["96365", J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Corrected claims must be received within 180 days of the date of
    service. Date of service 03/03/2026; corrected claim received 10/20/2026.
  denial_category: timely_filing
  coding_correct: false
  action: none
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2027-01-15
    reason: >-
      The first-level appeal is denied. The corrected claim was received 10/20/2026, more than 180 days after the
      date of service of 03/03/2026. The timely filing denial is upheld.
filing:
  first_submitted: 2026-03-18
  received: 2026-03-20
  proof: other/clearinghouse-reports.txt
corrected_claim:
  error: the original claim billed J3490 without the drug's NDC
  resubmission_code: "7"
  replaces: PVT-26-0320-790514
  sent: 2026-10-19
  accepted: 2026-10-20
  reference: clearinghouse report, batch 41177
  proof: other/clearinghouse-reports.txt
  deadline: 2026-11-08
  lines:
    - {code: "96365", units: 1}
    - {code: J3490, units: 1, ndc: 00409-2051-05, ndc_unit: ML, ndc_quantity: 1}
plan_policy:
  name: Saint Brendan Health System Employee Medical Plan Document, Section 9.4 (Filing claims)
  quote: >-
    A claim must be filed within 180 days after the date of service. A corrected or replacement claim must be
    received within 180 days after the date the original claim was processed.
  file: other/plan-document-sections-1-9-12.txt
  other_terms: >-
    Section 12.2: A second-level appeal must be filed within 60 days after you receive the first-level appeal
    decision. Section 1.3: The Plan Sponsor has elected under section 410(d) of the Internal Revenue Code to have
    the Plan governed by ERISA.
  other_terms_file: other/plan-document-sections-1-9-12.txt
treatment:
  name: Intravenous ketamine infusion on March 3, 2026
  summary: One infusion in an induction series for treatment-resistant depression.
author:
  name: Harriet Sokolowski-Ng
  relation: provider
  role: Billing manager, River Bluffs Infusion Clinic
  address: |-
    1500 Associates Drive, Suite 120
    Dubuque, IA 52002
  phone: (563) 555-0144
provider:
  name: River Bluffs Infusion Clinic
  npi: "@NPI_F@"
  address: |-
    1500 Associates Drive, Suite 120
    Dubuque, IA 52002
  phone: (563) 555-0144
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/eob-2026-10-28.txt": """\
PRAIRIEVIEW TPA for SAINT BRENDAN HEALTH SYSTEM EMPLOYEE MEDICAL PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 10/28/2026
Member: Desmond Villaraigosa-Kent   ID: FICT-SBH-D33820761   Claim: PVT-26-1020-813306 (frequency code 7,
replaces PVT-26-0320-790514)   Provider: River Bluffs Infusion Clinic (NPI @NPI_F@)
Date of service 03/03/2026: 96365 x 1; J3490 x 1 (NDC N400409205105 ML1)   Billed $1,150.00   Paid $0.00  CO-29
The time limit for filing has expired. Corrected claims must be received within 180 days of the date of
service. Date of service 03/03/2026; corrected claim received 10/20/2026.
""",
"other/original-claim-eob-2026-05-12.txt": """\
PRAIRIEVIEW TPA (FICTIONAL) - EXPLANATION OF BENEFITS
Date processed: 05/12/2026   Claim: PVT-26-0320-790514   Received: 03/20/2026
Date of service 03/03/2026: 96365 x 1; J3490 x 1   CO-16 (claim lacks information): NDC required for J3490.
Please submit a corrected claim.
""",
"other/clearinghouse-reports.txt": """\
CLEARINGHOUSE ACCEPTANCE REPORTS (FICTIONAL)
Batch 38820, sent 03/18/2026: claim for D. Villaraigosa-Kent, DOS 03/03/2026 - ACCEPTED by payer 03/20/2026,
payer claim PVT-26-0320-790514.
Batch 41177, sent 10/19/2026: corrected claim (frequency 7, original PVT-26-0320-790514), J3490 with N4
00409205105 ML1 - ACCEPTED by payer 10/20/2026, payer claim PVT-26-1020-813306.
""",
"other/first-level-decision-2026-11-16.txt": """\
PRAIRIEVIEW TPA (FICTIONAL) - FIRST-LEVEL APPEAL DECISION
Date: 11/16/2026   Claim: PVT-26-1020-813306
The first-level appeal is denied. The corrected claim was received 10/20/2026, more than 180 days after the
date of service of 03/03/2026. The timely filing denial is upheld.
You may file a second-level appeal within 60 days after you receive this decision (Plan Document 12.2).
This decision was posted to the provider portal on 11/19/2026.
""",
"other/plan-document-sections-1-9-12.txt": """\
SAINT BRENDAN HEALTH SYSTEM EMPLOYEE MEDICAL PLAN - PLAN DOCUMENT (FICTIONAL), excerpts
Section 1.3: The Plan Sponsor has elected under section 410(d) of the Internal Revenue Code to have the Plan
governed by ERISA. The Plan is self-funded; Prairieview TPA is the claims administrator.
Section 9.4 (Filing claims): A claim must be filed within 180 days after the date of service. A corrected or
replacement claim must be received within 180 days after the date the original claim was processed.
Section 12.2: A second-level appeal must be filed within 60 days after you receive the first-level appeal
decision. Section 12.5: External review is available only for denials involving medical judgment or a
rescission.
""",
"other/portal-receipt-2026-11-19.txt": """\
PRAIRIEVIEW TPA PROVIDER PORTAL (FICTIONAL) - document log
11/19/2026 08:02  First-level appeal decision PVT-26-1020-813306 posted (first viewed 11/19/2026 09:40).
""",
"clinical/infusion-record-2026-03-03.txt": """\
RIVER BLUFFS INFUSION CLINIC (FICTIONAL) - INFUSION RECORD   Date: 03/03/2026
Patient: Desmond Villaraigosa-Kent. Ketamine 0.5 mg/kg IV over 40 minutes, vial NDC 0409-2051-05.
""",
},
answers=[
("Date of service", "03/03/2026", "denial/eob-2026-10-28.txt"),
("Original claim received", "Received: 03/20/2026", "other/original-claim-eob-2026-05-12.txt"),
("Original claim processed", "05/12/2026", "other/original-claim-eob-2026-05-12.txt"),
("Corrected claim received", "ACCEPTED by payer 10/20/2026", "other/clearinghouse-reports.txt"),
("Plan's corrected-claim rule", "within 180 days after the date the original claim was processed", "other/plan-document-sections-1-9-12.txt"),
("Last day for the corrected claim under the plan's rule", "2026-11-08", "case.yaml"),
("Rule the denial applied instead", "within 180 days of the date of\nservice", "denial/eob-2026-10-28.txt"),
("First-level decision date", "11/16/2026", "other/first-level-decision-2026-11-16.txt"),
("Date the first-level decision was received", "11/19/2026", "other/portal-receipt-2026-11-19.txt"),
("Second-level window", "within 60 days after you receive", "other/plan-document-sections-1-9-12.txt"),
("Second-level deadline from receipt", "01/18/2027", "TRUTH"),
("Why the plan is ERISA though a church system", "section 410(d)", "other/plan-document-sections-1-9-12.txt"),
("Original claim number", "PVT-26-0320-790514", "other/clearinghouse-reports.txt"),
("NDC in 11-digit form", "00409205105", "other/clearinghouse-reports.txt"),
("Why the original was denied", "CO-16", "other/original-claim-eob-2026-05-12.txt"),
("External review scope", "medical judgment or a\nrescission", "other/plan-document-sections-1-9-12.txt"),
],
truth="""\
# FICTIONAL TRUTH FILE - 06 - Church health system plan that elected ERISA: corrected claim timely under the plan's own rule; second level (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- The plan belongs to a Catholic health system but **elected ERISA** under Code section 410(d) (Plan Document
  1.3): it is an ERISA plan (`employer_erisa`, self-funded), not a `church` plan.
- One ketamine infusion on 03/03/2026. The original claim (received 03/20/2026, timely) was denied CO-16 on
  **05/12/2026** for a missing NDC on J3490. The corrected claim (frequency 7, NDC 00409-2051-05 with N4, ML1)
  was accepted **10/20/2026** (clearinghouse batch 41177).
- The plan's own rule (9.4): a corrected claim must be received "within 180 days after the date the original
  claim was processed": 05/12/2026 + 180 = **11/08/2026**. 10/20/2026 is day 161: **timely**. The EOB and the
  first-level decision applied "180 days of the date of service" (08/30/2026), which is the rule for first
  claims, not corrected ones.
- **Level: second-level internal appeal** (the first-level decision of 11/16/2026 upheld the denial).
- **True deadline: 01/18/2027** - 60 days after receipt of the first-level decision (posted and viewed on the
  portal 11/19/2026), Plan Document 12.2 (ERISA allows a plan two levels, 29 CFR 2560.503-1(c)(2)). Safer count
  from the decision's date: **01/15/2027** (the case file's date).
- The clinic (the provider) appeals its own claim, as a party; it writes for the clinic, not for the patient.

## Deliberately unknown
- Whether the patient assigned benefits or appeal rights to the clinic: no assignment is in the record (a
  reviewer may ask); the plan accepted the first-level appeal from the clinic without objection.
- Why the original claim lacked the NDC.

## Traps
- Not a church plan: no 26 CFR 54.9815-2719 as the governing rule, no "not subject to ERISA".
- Timely filing is not medical judgment: **no external review** is available after this level (Plan Document
  12.5; 29 CFR 2590.715-2719(d) scope). A letter must not offer or request external review, nor a clinical
  reviewer or peer-to-peer.
- The claim as first billed had an error (`coding_correct: false`): never "correctly coded" for the original.
- The letter answers the first-level decision of 11/16/2026 and says it is a second-level appeal.
- Not "within 180 days of the date of service": the corrected claim was not, and does not need to be.

## Arguments a strong letter makes
1. The plan's own Section 9.4 counts a corrected claim's 180 days from the original claim's processing
   (05/12/2026): the corrected claim received 10/20/2026 was within it (deadline 11/08/2026).
2. The original claim itself was filed timely (received 03/20/2026, 17 days after service).
3. The corrected claim fixes the only defect: J3490 with NDC 00409-2051-05 (N4 00409205105 ML1); ask that it be
   processed as corrected, replacing PVT-26-0320-790514.
4. Name the decision appealed (11/16/2026) and that the appeal is filed within Section 12.2's 60 days.

## What a letter must NOT say
- External review, an independent review organization, medical necessity, peer-to-peer.
- That the plan is a church plan outside ERISA.
- That the corrected claim was filed within 180 days of the date of service.
- That the original claim was correctly coded.
""")

# ---------------------------------------------------------------- case 07
case(n="07", slug="part-d-redetermination-late-good-cause-inpatient-stay-prescriber-np",
assertions=[(plus(D(2026, 8, 20), 65), D(2026, 10, 24))],
yaml="""\
# FICTIONAL CASE (set 78, case 07) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Oregon. Step-therapy coverage determination denied 08/20/2026; 65 days ran out
# 10/24/2026 (42 CFR 423.582(b)). The member was in a psychiatric hospital 09/26-11/09/2026. The prescribing
# PMHNP asks for a redetermination now, late, with good cause (423.582(c)); a prescriber needs no appointment.
patient:
  name: Ingrid Halvorsen-Obi
  salutation: Ms. Halvorsen-Obi
  date_of_birth: 1955-10-09
  member_id: FICT-CRX-I62093318
  address: |-
    1711 Southeast Lambert Street
    Portland, OR 97202
  phone: (503) 555-0121
insurer:
  name: Cascade Crest Rx (Medicare Part D prescription drug plan) (FICTIONAL)
  appeals_address: |-
    Cascade Crest Rx Redeterminations (FICTIONAL)
    PO Box 29750
    Salem, OR 97309
  fax: (503) 555-0189
claim:
  number: CCR-CD-26-0818-40692
  plan_type: medicare_part_d
  notice_date: 2026-08-20
  denial_reason: >-
    Your request for dextromethorphan-bupropion ER 45 mg/105 mg is denied. This drug requires step therapy: our
    records do not show that you have tried two formulary antidepressants (for example sertraline, escitalopram,
    bupropion XL) in the past 365 days.
  denial_category: step_therapy
  action: none
# (lead, 2026-12-07: moved back to the top level; the writer's check ran an older installed appeal-kit)
late_filing:
  reason: >-
    Ms. Halvorsen-Obi was admitted to a psychiatric hospital on September 26, 2026 and stayed until November 9,
    2026, covering the last four weeks of the 65-day window; the notice was in her unopened mail until my visit
    with her on November 30, 2026.
  proof: [other/hospital-discharge-summary-2026-11-09.txt, other/patient-statement-2026-11-30.txt]
record_dates:
  - {file: clinical/prescriber-supporting-statement-2026-12-03.txt, date: 2026-12-03}
prescriber_statement:
  date: 2026-12-03
  quote: >-
    Ms. Halvorsen-Obi took sertraline 100 mg daily for 10 weeks (paid with a discount card, not through the
    plan) and bupropion XL 300 mg daily for 9 weeks (paid by the plan), without adequate response; both
    formulary alternatives required by the step have been tried and were not effective.
  file: clinical/prescriber-supporting-statement-2026-12-03.txt
clinical:
  history:
    - {drug: sertraline, dose: 100 mg daily, start: 2026-01-05, end: 2026-03-16, weeks: 10, response: none, kind: antidepressant, paid_outside: discount card, evidence: {file: other/discount-card-receipts-2026.txt, page: 1}}
    - {drug: bupropion XL, dose: 300 mg daily, start: 2026-04-01, end: 2026-06-03, weeks: 9, response: none, kind: antidepressant, evidence: {file: clinical/prescriber-supporting-statement-2026-12-03.txt, page: 1}}
  severity: PHQ-9 20 on 11/30/2026
  severity_date: 2026-11-30
  suicidality: passive
  suicidality_date: 2026-11-30
treatment:
  name: Dextromethorphan-bupropion ER 45 mg/105 mg tablets, one tablet twice daily
  summary: Oral antidepressant for major depression after two failed formulary antidepressants.
author:
  name: Marguerite Lindgren-Oyelaran
  relation: prescriber
  role: Psychiatric-mental health nurse practitioner (PMHNP-BC), prescriber
  address: |-
    2300 Southeast Hawthorne Boulevard, Suite 2
    Portland, OR 97214
  phone: (503) 555-0138
  fax: (503) 555-0139
provider:
  name: Marguerite Lindgren-Oyelaran
  credentials: PMHNP-BC
  npi: "@NPI_G@"
  address: |-
    2300 Southeast Hawthorne Boulevard, Suite 2
    Portland, OR 97214
  phone: (503) 555-0138
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/coverage-determination-denial-2026-08-20.txt": """\
CASCADE CREST RX (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of this notice: 08/20/2026
Member: Ingrid Halvorsen-Obi   Member ID: FICT-CRX-I62093318   Case: CCR-CD-26-0818-40692
Your request for dextromethorphan-bupropion ER 45 mg/105 mg is denied. This drug requires step therapy: our
records do not show that you have tried two formulary antidepressants (for example sertraline, escitalopram,
bupropion XL) in the past 365 days.
You have the right to ask us for a redetermination. You must ask within 65 days from the date of this notice.
We can give you more time if you have a good reason for missing the deadline. Your prescriber may ask for you.
""",
"other/hospital-discharge-summary-2026-11-09.txt": """\
WILLAMETTE RIVER BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY
Patient: Ingrid Halvorsen-Obi   Admitted: 09/26/2026   Discharged: 11/09/2026
Major depressive disorder, severe. Discharged home on mirtazapine 15 mg; outpatient follow-up with her PMHNP.
""",
"other/patient-statement-2026-11-30.txt": """\
STATEMENT OF INGRID HALVORSEN-OBI (FICTIONAL) - 11/30/2026
I was in the hospital from September 26 to November 9, 2026. I did not open my mail during or after that
time until my nurse practitioner asked about the drug plan's letter on November 30. Signed: Ingrid Halvorsen-Obi
""",
"clinical/prescriber-supporting-statement-2026-12-03.txt": """\
SUPPORTING STATEMENT FOR A STEP-THERAPY EXCEPTION (FICTIONAL) - 12/03/2026
Prescriber: Marguerite Lindgren-Oyelaran, PMHNP-BC (NPI @NPI_G@)
Ms. Halvorsen-Obi took sertraline 100 mg daily for 10 weeks (paid with a discount card, not through the
plan) and bupropion XL 300 mg daily for 9 weeks (paid by the plan), without adequate response; both
formulary alternatives required by the step have been tried and were not effective.
Sertraline 01/05/2026-03/16/2026 (discount-card pharmacy receipts attached); bupropion XL 04/01/2026-06/03/2026.
PHQ-9 20 on 11/30/2026; passive death wish, no plan.
""",
"other/discount-card-receipts-2026.txt": """\
PHARMACY RECEIPTS (FICTIONAL) - paid with a discount card, not billed to Medicare Part D
01/05/2026 sertraline 50 mg #60 ; 02/04/2026 sertraline 50 mg #60 ; 03/06/2026 sertraline 50 mg #60
Patient: Ingrid Halvorsen-Obi
""",
},
answers=[
("Date of the coverage determination notice", "08/20/2026", "denial/coverage-determination-denial-2026-08-20.txt"),
("Window for redetermination", "within 65 days from the date of this notice", "denial/coverage-determination-denial-2026-08-20.txt"),
("Day the window ended", "10/24/2026", "TRUTH"),
("Does the notice allow more time for a good reason?", "good reason for missing the deadline", "denial/coverage-determination-denial-2026-08-20.txt"),
("Hospital admission date", "09/26/2026", "other/hospital-discharge-summary-2026-11-09.txt"),
("Hospital discharge date", "11/09/2026", "other/hospital-discharge-summary-2026-11-09.txt"),
("Day the notice was first seen", "November 30", "other/patient-statement-2026-11-30.txt"),
("Who may ask for the member", "Your prescriber may ask for you", "denial/coverage-determination-denial-2026-08-20.txt"),
("Good-cause rule", "423.582(c)", "TRUTH"),
("Exception rule for the prescriber's statement", "423.578(b)", "TRUTH"),
("Trial paid outside the plan", "paid with a discount card", "other/discount-card-receipts-2026.txt"),
("Sertraline trial length", "10 weeks", "clinical/prescriber-supporting-statement-2026-12-03.txt"),
("Bupropion trial length", "9 weeks", "clinical/prescriber-supporting-statement-2026-12-03.txt"),
("Prescriber credentials", "PMHNP-BC", "clinical/prescriber-supporting-statement-2026-12-03.txt"),
("Drug requested", "dextromethorphan-bupropion ER 45 mg/105 mg", "denial/coverage-determination-denial-2026-08-20.txt"),
("Level", "redetermination", "denial/coverage-determination-denial-2026-08-20.txt"),
],
truth="""\
# FICTIONAL TRUTH FILE - 07 - Part D: a redetermination filed late for good cause, by the prescriber (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Halvorsen-Obi's stand-alone Part D plan denied dextromethorphan-bupropion ER on **08/20/2026** (step
  therapy: "records do not show ... two formulary antidepressants in the past 365 days").
- The redetermination window is **65 days from the date of the notice**: it ended **10/24/2026** (42 CFR
  423.582(b), from 2025-01-01; the notice says the same).
- She was an inpatient in a psychiatric hospital **09/26-11/09/2026** and first saw the notice on **11/30/2026**.
- **Level:** plan redetermination (the first Part D appeal level), **filed late**: the letter asks the plan to
  extend the time for **good cause** (42 CFR 423.582(c); the notice itself promises more time "if you have a good
  reason"). The prescriber may ask for a redetermination without being appointed (423.580).
- **True deadline: passed on 10/24/2026**; no later date exists - the request goes in now (12/07/2026) with the
  good-cause showing. Source: 423.582(b)-(c).
- The step is met: sertraline 100 mg 10 weeks (paid by **discount card**, so absent from the plan's claims) and
  bupropion XL 300 mg 9 weeks (plan-paid), both without response. Exception basis: the prescriber's supporting
  statement, 42 CFR 423.578(b).
- Plan decision time for a standard redetermination: 7 days (423.590(a)), not stated in the case.

## Deliberately unknown
- Whether the plan will accept good cause (discretionary).
- Whether the member's condition now warrants an expedited redetermination: the prescriber did not say so.
- Mirtazapine at discharge: not a failed trial yet (started in hospital); its outcome is unknown.

## Traps
- Not "timely": a letter must not say it is filed within 65 days, nor count 65 days from receipt or from
  discharge.
- Not 60 days (the pre-2025 rule) and not 120 days.
- The author is a nurse practitioner: "I write as Ms. Halvorsen-Obi's treating nurse practitioner" - never
  "physician" or "Dr."; no CMS-1696 needed for the prescriber.
- Part D: no ERISA, ACA, parity, external review; the next level is the IRE.
- The discount-card trial is a trial even though the plan's claims do not show it.

## Arguments a strong letter makes
1. Says plainly the request is after the 65-day window and asks for an extension for good cause: the inpatient
   stay 09/26-11/09/2026 (discharge summary) and the patient's statement; the notice's own promise of more time.
2. The step is met: two formulary antidepressants tried at adequate dose and duration, one paid by discount card
   (receipts), one paid by the plan.
3. In the alternative, a step-therapy exception under 423.578(b) on the prescriber's supporting statement.

## What a letter must NOT say
- That the appeal is timely or "within the deadline".
- That the patient has tried only one antidepressant, or that mirtazapine failed.
- "Dr. Lindgren-Oyelaran", "physician", ERISA, 45 CFR 147.136, "external review".
""")

# ---------------------------------------------------------------- case 08
case(n="08", slug="self-funded-erisa-external-review-refused-as-contractual-experimental-is-medical-judgment-advocate",
assertions=[(plus_months(D(2026, 9, 29), 4), D(2027, 1, 29)), (plus_months(D(2026, 9, 25), 4), D(2027, 1, 25))],
yaml="""\
# FICTIONAL CASE (set 78, case 08) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Illinois, 6,100 employees. Accelerated iTBS (5-day course) denied as
# experimental/investigational (SPD exclusion 10.1(h)). Final internal denial 09/25/2026 (received 09/29) says
# "contractual exclusion - not eligible for external review". An experimental/investigational determination is
# medical judgment: federal external review (29 CFR 2590.715-2719(d)). 4 months after receipt -> 01/29/2027
# (safer 01/25/2027). A nonprofit advocate writes with a signed authorization.
patient:
  name: Tomasz Adebayo-Lindqvist
  salutation: Mr. Adebayo-Lindqvist
  date_of_birth: 1986-05-14
  member_id: FICT-MWL-T71450093
  address: |-
    6020 North Magnolia Avenue
    Chicago, IL 60660
insurer:
  name: Midwest Logistics Group Health Plan, administered by Lakefront Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Lakefront Benefit Administrators Appeals (FICTIONAL)
    PO Box 80412
    Chicago, IL 60680
  fax: (312) 555-0192
claim:
  number: LBA-PA-26-0702-11958
  plan_type: employer_erisa
  funding: self_funded
  grandfathered: false
  employees: 6100
  notice_date: 2026-07-15
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Accelerated intermittent theta-burst stimulation (a 5-day course of 50 sessions) is experimental or
    investigational and is excluded under SPD Section 10.1(h).
  denial_category: experimental_investigational
  action: none
  pending_services: [the 5-day accelerated course, 50 sessions]
decisions:
  - date: 2026-09-25
    outcome: denied
    stage: final internal appeal
    opens: external review
    reason: >-
      Your appeal is denied. The service is excluded as experimental or investigational under SPD Section
      10.1(h). Because this denial is based on a contractual exclusion, it is not eligible for external review.
external_review:
  agency: Federal external review process for self-funded plans, through the plan's accredited independent review organization (FICTIONAL)
  final_denial_date: 2026-09-25
plan_policy:
  name: Midwest Logistics Group Health Plan SPD, Section 10.1(h) (Experimental or investigational services)
  quote: >-
    The Plan does not cover services that are experimental or investigational. A service is experimental or
    investigational if (1) it lacks final FDA approval or clearance for marketing for its proposed use; or (2)
    reliable evidence shows that its safety and efficacy for the proposed use are not established.
  file: other/spd-excerpts.txt
  definition:
    name: SPD Section 10.1(h)
    file: other/spd-excerpts.txt
    page: 1
    tests:
      - {label: "1", words: it lacks final FDA approval or clearance for marketing for its proposed use, answer: fda_use, file: other/fda-clearance-summary.txt, page: 1}
      - {label: "2", words: reliable evidence shows that its safety and efficacy for the proposed use are not established}
  other_terms: >-
    Section 13.4: You or your authorized representative may request external review within four months after
    receipt of a final internal adverse benefit determination that involves medical judgment, including a
    determination that a treatment is experimental or investigational.
  other_terms_file: other/spd-excerpts.txt
treatment:
  name: Accelerated intermittent theta-burst stimulation (a 5-day course of 50 sessions)
  summary: Accelerated iTBS for severe treatment-resistant depression after five failed medication trials and a standard TMS course.
  fda:
    action: cleared
    date: 2022-09-01
    what: a TMS system with an accelerated iTBS protocol
    use: treatment of major depressive disorder in adults who failed to achieve satisfactory improvement from prior antidepressant medication in the current episode
    file: other/fda-clearance-summary.txt
    page: 1
clinical:
  severity: MADRS 38 on 06/24/2026
  severity_date: 2026-06-24
  suicidality: passive
  suicidality_date: 2026-06-24
author:
  name: Beatrix Omondi-Castellanos
  relation: representative
  role: Patient advocate, Lakeshore Health Advocacy Project (nonprofit)
  address: |-
    180 North LaSalle Street, Suite 900
    Chicago, IL 60601
  phone: (312) 555-0127
  email: advocacy@lakeshorehap.example
  authorization: other/authorized-representative-form-2026-10-06.txt
provider:
  name: Dr. Anneliese Kwarteng-Moss
  credentials: MD, psychiatrist
  npi: "@NPI_H@"
  address: |-
    676 North Saint Clair Street, Suite 1400
    Chicago, IL 60611
  phone: (312) 555-0135
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/pa-denial-2026-07-15.txt": """\
LAKEFRONT BENEFIT ADMINISTRATORS (FICTIONAL) for MIDWEST LOGISTICS GROUP HEALTH PLAN - PRIOR AUTHORIZATION DENIAL
Date: 07/15/2026   Reference: LBA-PA-26-0702-11958
Member: Tomasz Adebayo-Lindqvist   ID: FICT-MWL-T71450093
Accelerated intermittent theta-burst stimulation (a 5-day course of 50 sessions) is experimental or
investigational and is excluded under SPD Section 10.1(h). Reviewer: plan medical director (family medicine).
""",
"other/final-internal-denial-2026-09-25.txt": """\
LAKEFRONT BENEFIT ADMINISTRATORS (FICTIONAL) - FINAL INTERNAL APPEAL DECISION
Date: 09/25/2026   Reference: LBA-PA-26-0702-11958
Your appeal is denied. The service is excluded as experimental or investigational under SPD Section
10.1(h). Because this denial is based on a contractual exclusion, it is not eligible for external review.
This is the final decision of the Plan. You may bring a civil action under ERISA section 502(a).
""",
"other/certified-mail-receipt-2026-09-29.txt": """\
USPS CERTIFIED MAIL (FICTIONAL): item from Lakefront Benefit Administrators delivered to 6020 N Magnolia Ave,
signed for by T. Adebayo-Lindqvist on 09/29/2026.
""",
"other/spd-excerpts.txt": """\
MIDWEST LOGISTICS GROUP HEALTH PLAN - SUMMARY PLAN DESCRIPTION 2026 (FICTIONAL), excerpts
Section 1.2: The Plan is a self-funded group health plan governed by ERISA; it is not a grandfathered plan.
Section 10.1(h): The Plan does not cover services that are experimental or investigational. A service is
experimental or investigational if (1) it lacks final FDA approval or clearance for marketing for its proposed
use; or (2) reliable evidence shows that its safety and efficacy for the proposed use are not established.
Section 13.4: You or your authorized representative may request external review within four months after
receipt of a final internal adverse benefit determination that involves medical judgment, including a
determination that a treatment is experimental or investigational.
""",
"other/fda-clearance-summary.txt": """\
FDA 510(k) CLEARANCE SUMMARY (FICTIONAL EXCERPT FOR THIS TEST - not a real clearance record)
Device: a TMS system with an accelerated iTBS protocol. Decision: cleared, 09/01/2022.
Indication: treatment of major depressive disorder in adults who failed to achieve satisfactory improvement
from prior antidepressant medication in the current episode.
""",
"other/authorized-representative-form-2026-10-06.txt": """\
LAKEFRONT BENEFIT ADMINISTRATORS (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
Member: Tomasz Adebayo-Lindqvist, signed 10/06/2026
Representative: Beatrix Omondi-Castellanos, Lakeshore Health Advocacy Project, (312) 555-0127
Scope: appeals and external review of reference LBA-PA-26-0702-11958.
""",
"clinical/psychiatrist-letter-2026-06-24.txt": """\
ANNELIESE KWARTENG-MOSS, MD (FICTIONAL) - LETTER OF MEDICAL NECESSITY   Date: 06/24/2026
Patient: Tomasz Adebayo-Lindqvist. Recurrent major depression, severe (F33.2). MADRS 38. Passive SI, no plan.
Five adequate failed medication trials and a standard 36-session TMS course (2025) with partial response.
Requesting a 5-day accelerated iTBS course (50 sessions), FDA-cleared for this use.
""",
},
answers=[
("Date of the final internal denial", "09/25/2026", "other/final-internal-denial-2026-09-25.txt"),
("Date the final denial was received", "09/29/2026", "other/certified-mail-receipt-2026-09-29.txt"),
("What the final denial says about external review", "not eligible for external review", "other/final-internal-denial-2026-09-25.txt"),
("External review window", "within four months after\nreceipt", "other/spd-excerpts.txt"),
("True deadline (from receipt)", "01/29/2027", "TRUTH"),
("Conservative deadline", "01/25/2027", "TRUTH"),
("SPD's own scope of external review includes", "experimental or investigational", "other/spd-excerpts.txt"),
("Governing external review rule", "2590.715-2719", "TRUTH"),
("Exclusion relied on", "Section 10.1(h)", "denial/pa-denial-2026-07-15.txt"),
("Reviewer's specialty", "family medicine", "denial/pa-denial-2026-07-15.txt"),
("FDA action and date", "cleared, 09/01/2022", "other/fda-clearance-summary.txt"),
("Representative form signed", "10/06/2026", "other/authorized-representative-form-2026-10-06.txt"),
("Funding", "self-funded", "other/spd-excerpts.txt"),
("Level", "external review", "other/spd-excerpts.txt"),
("Sessions requested", "50 sessions", "denial/pa-denial-2026-07-15.txt"),
("Severity", "MADRS 38", "clinical/psychiatrist-letter-2026-06-24.txt"),
],
truth="""\
# FICTIONAL TRUTH FILE - 08 - Self-funded ERISA plan: external review refused as "contractual"; an experimental determination is medical judgment (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Adebayo-Lindqvist's self-funded, non-grandfathered ERISA plan denied a pre-service request for a 5-day
  accelerated iTBS course (50 sessions) on 07/15/2026 as **experimental or investigational** (SPD 10.1(h)).
- The **final internal denial of 09/25/2026** (received by certified mail **09/29/2026**) upheld it and said
  the denial is "contractual" and "not eligible for external review".
- That is wrong: whether a treatment is experimental or investigational is an adverse benefit determination
  involving **medical judgment**, within the scope of the federal external review process for self-funded plans
  (**29 CFR 2590.715-2719(d)**); the plan's own SPD 13.4 says the same in so many words.
- **Level: external review** (federal process, through the plan's independent review organization), not another
  internal appeal.
- **True deadline: 01/29/2027** - four months after receipt of the final internal denial (29 CFR
  2590.715-2719(d); SPD 13.4). Conservative count from its date: **01/25/2027**.
- The SPD's definition has two tests; FDA clearance (09/01/2022) for this use answers test (1); test (2) is a
  question of evidence for the external reviewer.

## Deliberately unknown
- Which independent review organization the plan uses: the final denial names none (a letter should ask the
  plan to assign one, or file through the plan, without inventing a name).
- Whether the plan will also be asked for an expedited external review: no urgency is certified.
- The published evidence on accelerated iTBS: no literature is in the case.

## Traps
- Not a state external review: a self-funded ERISA plan is under the federal process; no state insurance
  department route (cite 29 CFR 2590.715-2719, not only 45 CFR 147.136).
- Not a second internal appeal, and the plan's "final decision" means internal appeals are exhausted.
- The advocate writes about "Mr. Adebayo-Lindqvist" with his authorized-representative form.
- Do not say the exclusion "does not name" or "does not reach" accelerated iTBS as a whole: argue its tests.
- A civil action under ERISA 502(a) is an option, not the level asked for here.

## Arguments a strong letter makes
1. Requests external review and states why it is eligible: an experimental/investigational determination
   involves medical judgment (29 CFR 2590.715-2719(d); SPD 13.4 quoted), so the "contractual" label does not
   remove it; filed within four months of receipt (09/29/2026).
2. Answers SPD 10.1(h)'s test (1) with the FDA clearance summary, and asks how test (2) was applied.
3. Notes the reviewer was a family-medicine physician, not a psychiatrist.

## What a letter must NOT say
- That the appeal is "untimely" or that the window is 60 days or 180 days.
- That the plan is regulated by the state insurance department or that the state runs this external review.
- "The treatment is FDA-approved" (it is a device clearance: "cleared").
""")


# ---------------------------------------------------------------- build and self-check
PHONE_OK = re.compile(r"(\(\d{3}\) 555-01\d\d|1-800-555-01\d\d)")

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def fill(text):
    for k, v in NPI.items():
        text = text.replace("@NPI_%s@" % k, v)
    return text

def build(c):
    problems = []
    n = c["n"]
    folder = os.path.join(HERE, "%s-%s" % (n, c["slug"]))
    truth_path = folder + ".truth.md"
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    texts = {}
    ytext = fill(c["yaml"])
    with open(os.path.join(folder, "case.yaml"), "w") as f:
        f.write(ytext)
    texts["case.yaml"] = ytext
    for rel, body in c["docs"].items():
        if not rel.endswith(".txt") or rel.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append("%s: bad document path %s" % (n, rel))
        full = HEAD.format(n=n) + "\n\n" + fill(body).rstrip("\n") + "\n\n" + FOOT + "\n"
        os.makedirs(os.path.dirname(os.path.join(folder, rel)), exist_ok=True)
        with open(os.path.join(folder, rel), "w") as f:
            f.write(full)
        texts[rel] = full
    truth = fill(c["truth"])
    with open(truth_path, "w") as f:
        f.write(truth)
    texts["TRUTH"] = truth
    # case.yaml parses, FICTIONAL first lines
    try:
        data = YAML(typ="safe").load(ytext)
    except Exception as e:  # noqa
        problems.append("%s: case.yaml does not parse: %s" % (n, e))
        data = {}
    if "FICTIONAL" not in ytext.splitlines()[0]:
        problems.append("%s: case.yaml first line lacks FICTIONAL" % n)
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append("%s: truth first line lacks FICTIONAL" % n)
    pos = [truth.find("## " + h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append("%s: truth headings missing or out of order %s" % (n, pos))
    # answers
    if len(c["answers"]) != 16:
        problems.append("%s: %d answers, need 16" % (n, len(c["answers"])))
    for q, a, doc in c["answers"]:
        if doc not in texts:
            problems.append("%s: answer doc %s missing (%s)" % (n, doc, q))
        elif norm(a) not in norm(texts[doc]):
            problems.append("%s: answer %r not in %s (%s)" % (n, a, doc, q))
    # date arithmetic used in the truth
    for got, want in c.get("assertions", []):
        if got != want:
            problems.append("%s: date check %s != %s" % (n, got, want))
    # phones, e-mail, web, NPIs
    for name, t in texts.items():
        if "@NPI_" in t:
            problems.append("%s: unfilled NPI in %s" % (n, name))
        for m in re.finditer(r"555[-.\s]?\d{4}", t):
            start = max(0, m.start() - 8)
            ctx = t[start:m.end()]
            if not PHONE_OK.search(ctx) or not re.match(r"555-01\d\d", m.group(0)):
                problems.append("%s: phone not allowed in %s: %r" % (n, name, ctx))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
            if not m.group(1).endswith(".example"):
                problems.append("%s: e-mail not .example in %s: %s" % (n, name, m.group(0)))
        for m in re.finditer(r"(?:https?://|www\.)([\w.-]+)", t):
            if not m.group(1).endswith(".example"):
                problems.append("%s: web not .example in %s" % (n, name))
        for m in re.finditer(r"NPI (\d{10})", t):
            if not npi_ok(m.group(1)):
                problems.append("%s: NPI fails Luhn: %s" % (n, m.group(1)))
        if name != "case.yaml" and name != "TRUTH":
            if not t.startswith("FICTIONAL DOCUMENT") or FOOT not in t:
                problems.append("%s: %s lacks FICTIONAL header/footer" % (n, name))
    for v in NPI.values():
        if not npi_ok(v):
            problems.append("NPI table fails Luhn: %s" % v)
    # every file path named in case.yaml exists
    for m in re.finditer(r"((?:denial|clinical|other)/[\w.\-]+\.txt)", ytext):
        if not os.path.exists(os.path.join(folder, m.group(1))):
            problems.append("%s: case.yaml names missing file %s" % (n, m.group(1)))
    if data and (data.get("patient", {}).get("name") is None or data.get("claim", {}).get("number") is None):
        problems.append("%s: required keys missing" % n)
    return folder, problems


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if re.fullmatch(r"\d\d", a)]
    all_problems = []
    outputs = []
    failed = 0
    for c in CASES:
        if only and c["n"] not in only:
            continue
        folder, problems = build(c)
        all_problems += problems
        print("case %s: %s, %d answers, %d problems" % (c["n"], os.path.basename(folder), len(c["answers"]),
                                                        len(problems)))
        if check:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", folder], capture_output=True,
                               text=True)
            outputs.append("=== %s (exit %d)\n%s%s" % (os.path.basename(folder), r.returncode, r.stdout,
                                                       r.stderr))
            print("  check exit %d" % r.returncode)
            if r.returncode != 0:
                failed += 1
    for p in all_problems:
        print("PROBLEM:", p)
    print("total: %d cases, %d problems" % (len([c for c in CASES if not only or c["n"] in only]),
                                            len(all_problems)))
    if check:
        name = "check-output.txt" if not only else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w") as f:
            f.write("\n".join(outputs))
        print("check: %d of %d exits not 0 (%s)" % (failed, len(outputs), name))
    return 1 if all_problems or failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
