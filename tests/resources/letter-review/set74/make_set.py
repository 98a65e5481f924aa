#!/usr/bin/env python3
"""FICTIONAL letters review set 74 (issue 18) generator: writes eight case folders and truth files, self-checks.
Usage: make_set.py [--check] [NN ...]"""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
SET = 74
HEAD = "FICTIONAL DOCUMENT - appeal-kit letters test set 74, case {nn}. Every person, plan, provider, number and address is invented."
FOOT = "END OF FICTIONAL DOCUMENT (test set 74) - not a real patient, plan or provider."
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes", "What a letter must NOT say"]


def npi(base9):
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


def luhn_ok(n):
    digits = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


CASES = []


def case(**kw):
    CASES.append(kw)

# ---------------------------------------------------------------- case 01
case(nn="01", slug="erisa-selffunded-cobra-elected-and-paid-co27-first-internal-180-days-notice-said-60-patient",
npis={"NPI1": "174829301"},
yaml='''# FICTIONAL CASE (set 74, case 01) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (Idaho, 640 employees). Four July 2026 ketamine infusions denied CO-27 "coverage
# terminated 06/30/2026" although she elected COBRA on 07/20/2026 and paid the first premium on 08/28/2026,
# within 45 days of the election; COBRA coverage runs from 07/01/2026. First internal appeal. The EOB says
# "60 days"; the SPD and 29 CFR 2560.503-1(h)(3)(i) give 180 days after receipt. The patient writes ("I").
patient:
  name: Teodora Vasquez-Lindqvist
  salutation: Ms. Vasquez-Lindqvist
  date_of_birth: 1979-02-11
  member_id: FICT-HSB-4471920-01
  address: |-
    1418 Warm Springs Avenue
    Boise, ID 83712
  phone: (208) 555-0131
  email: tvlindqvist@mail.example
insurer:
  name: Harrow Steelworks Employee Health Plan, administered by Bridgewater Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Bridgewater Benefit Administrators, Appeals Unit (FICTIONAL)
    PO Box 71440
    Boise, ID 83707
  fax: (208) 555-0176
claim:
  number: BBA-26-0729-55102
  plan_type: employer_erisa
  funding: self_funded
  employees: 640
  notice_date: 2026-09-14
  appeal_deadline: 2027-03-13
  deadline_basis: >-
    180 days after receipt of the notice (SPD Section 11.2; 29 CFR 2560.503-1(h)(3)(i)), counted from the notice
    date of 09/14/2026 without mailing days; the EOB's "within 60 days" conflicts with the SPD and the rule.
  service_dates: [2026-07-14, 2026-07-17, 2026-07-21, 2026-07-24]
  procedure_codes: ["96365", "J3490"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred after coverage terminated. Coverage for this member terminated 06/30/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    I lost active coverage when my job ended on 06/30/2026, elected COBRA continuation coverage on 07/20/2026
    (within the 60-day election period) and paid the first premium on 08/28/2026, within 45 days after my election,
    so COBRA coverage is in force retroactively from 07/01/2026, before every date of care.
  start: 2026-07-01
  coverage: COBRA continuation coverage under the Harrow Steelworks Employee Health Plan
  record:
    name: Bridgewater Benefit Administrators COBRA premium receipt and coverage confirmation
    date: 2026-09-02
    file: other/cobra-premium-receipt-and-confirmation-2026-09-02.txt
    page: 1
  proof:
    - other/cobra-election-form-2026-07-20.txt
    - other/cobra-premium-receipt-and-confirmation-2026-09-02.txt
plan_policy:
  name: Harrow Steelworks Employee Health Plan Summary Plan Description, Sections 9.4 and 11.2
  quote: >-
    9.4 If you elect continuation coverage within 60 days, and pay the initial premium within 45 days after the
    date of your election, continuation coverage is effective on the day after the date your coverage would
    otherwise have ended. 11.2 You have 180 days following receipt of an adverse benefit determination to file an
    appeal.
  file: other/spd-excerpt-sections-9-and-11.txt
treatment:
  name: Intravenous ketamine infusions (four infusions, July 14 through July 24, 2026)
  summary: An induction series of IV ketamine infusions for recurrent severe major depression.
clinical:
  severity: PHQ-9 22 on 07/14/2026; PHQ-9 11 on 07/24/2026
  severity_date: 2026-07-24
  suicidality: passive
  suicidality_date: 2026-07-14
author:
  name: Teodora Vasquez-Lindqvist
  relation: patient
  role: Patient
provider:
  name: Dr. Cyrus Abernethy-Mwangi
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    900 Bannock Street, Suite 300
    Boise, ID 83702
  phone: (208) 555-0144
record_dates:
  - file: denial/eob-2026-09-14.txt
    date: 2026-09-14
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-09-14.txt": '''BRIDGEWATER BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS
Plan: Harrow Steelworks Employee Health Plan (self-funded group health plan)
Date of notice: 09/14/2026
Member: Teodora Vasquez-Lindqvist   Member ID: FICT-HSB-4471920-01
Claim number: BBA-26-0729-55102
Provider: Cyrus Abernethy-Mwangi, MD (NPI {NPI1})
Dates of service: 07/14/2026, 07/17/2026, 07/21/2026, 07/24/2026   Codes: 96365, J3490   Diagnosis: F33.2
Billed: $3,400.00   Allowed: $0.00   Plan paid: $0.00   Adjustment: CO-27
Reason: Expenses incurred after coverage terminated. Coverage for this member terminated 06/30/2026.

Your right to appeal: You may appeal within 60 days of this notice by writing to Bridgewater Benefit
Administrators, Appeals Unit, PO Box 71440, Boise, ID 83707, fax (208) 555-0176.
''',
"other/cobra-election-form-2026-07-20.txt": '''HARROW STEELWORKS EMPLOYEE HEALTH PLAN (FICTIONAL) - COBRA CONTINUATION COVERAGE ELECTION FORM
Qualifying event: termination of employment   Date coverage ended: 06/30/2026
Election notice date: 07/08/2026   Election period ends: 60 days after the later of loss of coverage or this notice
Employee: Teodora Vasquez-Lindqvist   Member ID: FICT-HSB-4471920-01
I elect continuation coverage: [X] Medical (Employee only)
Signed: Teodora Vasquez-Lindqvist   Date signed: 07/20/2026
Mailed by certified mail 07/20/2026, receipt 7026 0910 0000 4417 2291 (FICTIONAL).
Received by Bridgewater COBRA Unit: 07/23/2026 (date stamp).
''',
"other/cobra-premium-receipt-and-confirmation-2026-09-02.txt": '''BRIDGEWATER BENEFIT ADMINISTRATORS (FICTIONAL) - COBRA UNIT
Date: 09/02/2026
To: Teodora Vasquez-Lindqvist, 1418 Warm Springs Avenue, Boise, ID 83712
Re: COBRA continuation coverage, Harrow Steelworks Employee Health Plan, Member ID FICT-HSB-4471920-01

We received your election on 07/23/2026 (dated 07/20/2026) and your initial premium payment of $2,184.60
(check 3306) on 08/28/2026, within 45 days after the date of your election. Your COBRA continuation coverage is
in force effective 07/01/2026 and is paid through 09/30/2026. Claims for services on or after 07/01/2026 that
were denied while your election was pending will be reprocessed on request.
COBRA Unit, 1-800-555-0192, cobra@bridgewater-admin.example
''',
"other/spd-excerpt-sections-9-and-11.txt": '''HARROW STEELWORKS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION (EXCERPT), PLAN YEAR 2026
The Plan is self-funded by Harrow Steelworks, Inc.; Bridgewater Benefit Administrators processes claims.
9.4 If you elect continuation coverage within 60 days, and pay the initial premium within 45 days after the
date of your election, continuation coverage is effective on the day after the date your coverage would
otherwise have ended.
11.2 You have 180 days following receipt of an adverse benefit determination to file an appeal. The Plan will
decide an appeal of a post-service claim within 60 days after it receives the appeal.
11.5 After the Plan's final decision you may request external review within four months.
''',
"clinical/infusion-record-2026-07-24.txt": '''ABERNETHY-MWANGI PSYCHIATRY (FICTIONAL) - KETAMINE INFUSION RECORD
Patient: Teodora Vasquez-Lindqvist   DOB: 02/11/1979
Infusions: 07/14/2026, 07/17/2026, 07/21/2026, 07/24/2026, ketamine 0.5 mg/kg IV over 40 minutes each.
Diagnosis: recurrent major depressive disorder, severe, without psychotic features (F33.2).
PHQ-9: 22 on 07/14/2026, 11 on 07/24/2026. Passive death wishes reported 07/14/2026; none on 07/24/2026.
Prior trials: sertraline, bupropion XL, venlafaxine XR, aripiprazole augmentation (each 8+ weeks, no response).
Signed: Cyrus Abernethy-Mwangi, MD
''',
},
answers=[
("Date of the EOB", "09/14/2026", "denial/eob-2026-09-14.txt"),
("Claim number", "BBA-26-0729-55102", "denial/eob-2026-09-14.txt"),
("CARC on the EOB", "CO-27", "denial/eob-2026-09-14.txt"),
("Date the plan says coverage terminated", "terminated 06/30/2026", "denial/eob-2026-09-14.txt"),
("Appeal window the EOB prints (wrong)", "within 60 days of this notice", "denial/eob-2026-09-14.txt"),
("Appeal window the SPD gives", "180 days following receipt of an adverse benefit determination", "other/spd-excerpt-sections-9-and-11.txt"),
("Premium-payment window in the SPD", "within 45 days after the date of your election", "other/spd-excerpt-sections-9-and-11.txt"),
("Date the election was signed", "Date signed: 07/20/2026", "other/cobra-election-form-2026-07-20.txt"),
("Date the COBRA unit received the election", "07/23/2026", "other/cobra-election-form-2026-07-20.txt"),
("Date the initial premium was received", "on 08/28/2026", "other/cobra-premium-receipt-and-confirmation-2026-09-02.txt"),
("Initial premium amount", "$2,184.60", "other/cobra-premium-receipt-and-confirmation-2026-09-02.txt"),
("COBRA coverage effective date", "in force effective 07/01/2026", "other/cobra-premium-receipt-and-confirmation-2026-09-02.txt"),
("Appeals fax", "(208) 555-0176", "denial/eob-2026-09-14.txt"),
("Plan decision time for a post-service appeal", "within 60 days after it receives the appeal", "other/spd-excerpt-sections-9-and-11.txt"),
("Amount billed", "$3,400.00", "denial/eob-2026-09-14.txt"),
("Dates of infusion", "07/14/2026, 07/17/2026, 07/21/2026, 07/24/2026", "clinical/infusion-record-2026-07-24.txt"),
],
truth='''# FICTIONAL TRUTH FILE - 01 - self-funded ERISA plan: COBRA elected and paid in time; CO-27 wrong; first internal appeal due 03/13/2027 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Vasquez-Lindqvist's active coverage under a **self-funded ERISA plan** (640 employees) ended 06/30/2026.
  She signed the COBRA election on **07/20/2026** (received 07/23) and paid the first premium on **08/28/2026**,
  within the 45 days after her election (last day 09/03/2026). The COBRA unit's letter of 09/02/2026 confirms
  coverage **in force from 07/01/2026**. All four infusions (07/14-07/24/2026) fall inside it.
- The EOB of 09/14/2026 denied them CO-27 "coverage terminated 06/30/2026": the claim was processed while the
  election was pending and never reprocessed.
- **Level:** first internal appeal (post-service). Plan decides within 60 days (SPD 11.2; 29 CFR 2560.503-1(i)).
- **True deadline: 03/13/2027** - 180 days after receipt of the notice (SPD 11.2; 29 CFR 2560.503-1(h)(3)(i)),
  counted conservatively from the notice date 09/14/2026. The EOB's "within 60 days" (11/13/2026) is not the
  plan's rule; the appeal sent now (12/07/2026) is **timely**.
- Next level after a final internal denial: external review within four months (federal process for a self-funded
  plan, 29 CFR 2590.715-2719) - but this is an eligibility question, not a medical judgment.

## Deliberately unknown
- When the EOB actually reached her (no envelope or portal date is in the record).
- Whether the plan will argue the "60 days" printed on the EOB binds her; nothing in the SPD supports it.
- Whether the plan paid any other July claim after the premium posted.

## Traps
- Treating the EOB's 60 days as the deadline: the letter must not call the appeal late, ask for "good cause" or
  apologize for delay.
- Arguing medical necessity, asking for a clinical peer reviewer or peer-to-peer: the only question is coverage on
  the dates of care.
- The COBRA premium window is 45 days after the **election** (07/20), not after the loss of coverage (06/30)
  or the election notice (07/08).
- Self-funded: no state insurance department route; federal external review rule is 29 CFR 2590.715-2719.
- The patient writes: "I".

## Arguments a strong letter makes
1. Coverage was in force on every date of care: COBRA elected 07/20/2026, first premium paid 08/28/2026 within 45
   days (SPD 9.4), coverage effective 07/01/2026 per the COBRA unit's 09/02/2026 letter (exhibit).
2. Ask the plan to correct its eligibility record and reprocess claim BBA-26-0729-55102 for all four dates.
3. The appeal is filed within the 180 days SPD 11.2 gives (by 03/13/2027 counted from the notice date).

## What a letter must NOT say
- That the appeal is late, that the deadline was 11/13/2026, or "within 60 days".
- That coverage had ended, or that COBRA began on the election or payment date.
- "medically necessary" as the ground of the denial; "peer-to-peer"; state insurance department complaint.
- That the first premium was due 45 days after 06/30/2026.
'''
)
# ---------------------------------------------------------------- case 02
case(nn="02", slug="partd-pdp-formulary-exception-redetermination-upheld-ire-reconsideration-65-days-from-11-02-daughter-cms1696",
npis={"NPI1": "159302847"},
yaml='''# FICTIONAL CASE (set 74, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Montana. Formulary exception for vortioxetine denied 09/08/2026; redetermination
# upheld 11/02/2026 ("prescriber did not explain why formulary alternatives would not be as effective") although
# the prescriber's 09/18/2026 statement did. This letter: reconsideration by the Part D independent review entity,
# due 01/06/2027 (65 days from the redetermination notice, as it prints). Daughter writes with form CMS-1696.
patient:
  name: Winifred Oyelaran-Pike
  salutation: Mrs. Oyelaran-Pike
  date_of_birth: 1952-05-30
  member_id: FICT-BSR-88120473
  address: |-
    77 Rimrock Road
    Billings, MT 59102
  phone: (406) 555-0129
insurer:
  name: Big Sky Senior Rx Basic (PDP) (FICTIONAL)
  appeals_address: |-
    Big Sky Senior Rx, Part D Appeals (FICTIONAL)
    PO Box 30811
    Helena, MT 59604
  fax: (406) 555-0158
claim:
  number: BSR-CD-26-0902-7714
  plan_type: medicare_part_d
  notice_date: 2026-09-08
  diagnosis_codes: [F33.1]
  denial_reason: >-
    The requested drug, vortioxetine 20 mg tablets, is not on our formulary. Formulary alternatives are available:
    sertraline, escitalopram, duloxetine and bupropion. Your prescriber did not explain why the formulary
    alternatives would not be as effective or would cause adverse effects.
  denial_category: other
  denial_reasons: [formulary_exception]
  action: none
decisions:
  - date: 2026-11-02
    outcome: denied
    stage: redetermination
    opens: independent review entity reconsideration
    next_deadline: 2027-01-06
    reason: >-
      We upheld our decision. Vortioxetine is not on our formulary. Your prescriber did not explain why the
      formulary alternatives would not be as effective or would cause adverse effects.
    corrections:
      - said: Your prescriber did not explain why the formulary alternatives would not be as effective or would cause adverse effects.
        record: >-
          The prescriber's supporting statement of 09/18/2026, faxed with the redetermination request, names each
          alternative: sertraline caused hyponatremia (sodium 126), escitalopram and duloxetine failed at full dose
          for 8 and 10 weeks, and bupropion raised her seizure risk after a 2019 seizure.
        file: other/prescriber-supporting-statement-2026-09-18.txt
        page: 1
external_review:
  agency: Part D Independent Review Entity, Keystone Review Partners (FICTIONAL name for this test)
  address: |-
    Keystone Review Partners, Part D Reconsiderations (FICTIONAL)
    PO Box 41902
    Harrisburg, PA 17106
  final_denial_date: 2026-11-02
prescriber_statement:
  date: 2026-09-18
  quote: >-
    Each formulary alternative has been tried or is contraindicated: sertraline 100 mg caused hyponatremia
    (sodium 126 mmol/L, March 2024); escitalopram 20 mg for 8 weeks and duloxetine 60 mg for 10 weeks gave no
    response; bupropion is contraindicated after her unprovoked seizure in 2019. The alternatives would not be as
    effective and would cause adverse effects.
  file: other/prescriber-supporting-statement-2026-09-18.txt
treatment:
  name: Vortioxetine 20 mg tablets, one daily
  summary: An antidepressant with a different mechanism after every formulary alternative failed or is unsafe for her.
clinical:
  severity: PHQ-9 18 on 08/25/2026
  severity_date: 2026-08-25
  suicidality: none
  suicidality_date: 2026-08-25
  history:
    - {drug: sertraline, dose: 100 mg, start: 2024-01, end: 2024-03, kind: antidepressant, adequate: false, outcome: stopped for hyponatremia (sodium 126)}
    - {drug: escitalopram, dose: 20 mg, start: 2024-05, end: 2024-07, kind: antidepressant, weeks: 8, response: none, outcome: no response after 8 weeks}
    - {drug: duloxetine, dose: 60 mg, start: 2025-02, end: 2025-04, kind: antidepressant, weeks: 10, response: none, outcome: no response after 10 weeks}
author:
  name: Adaeze Oyelaran-Pike
  relation: representative
  role: Daughter and appointed representative (Form CMS-1696)
  authorization: other/cms-1696-appointment-2026-09-15.txt
  address: |-
    3120 Grand Avenue
    Billings, MT 59102
  phone: (406) 555-0163
provider:
  name: Dr. Garrick Thunderbird-Hale
  credentials: MD, geriatric psychiatrist
  npi: "{NPI1}"
  address: |-
    2800 10th Avenue North, Suite 400
    Billings, MT 59101
  phone: (406) 555-0147
record_dates:
  - file: other/prescriber-supporting-statement-2026-09-18.txt
    date: 2026-09-18
    sent: 2026-09-21
    sent_proof: other/redetermination-request-and-fax-report-2026-09-21.txt
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/coverage-determination-2026-09-08.txt": '''BIG SKY SENIOR RX BASIC (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 09/08/2026   Request number: BSR-CD-26-0902-7714
Enrollee: Winifred Oyelaran-Pike   Member ID: FICT-BSR-88120473
Drug requested: vortioxetine 20 mg tablets, 30 per 30 days (formulary exception)
Decision: denied. The requested drug, vortioxetine 20 mg tablets, is not on our formulary. Formulary alternatives
are available: sertraline, escitalopram, duloxetine and bupropion. Your prescriber did not explain why the
formulary alternatives would not be as effective or would cause adverse effects.
You may ask for a redetermination within 65 days from the date of this notice. Fax (406) 555-0158.
''',
"denial/redetermination-notice-2026-11-02.txt": '''BIG SKY SENIOR RX BASIC (PDP) (FICTIONAL) - REDETERMINATION NOTICE
Date: 11/02/2026   Request number: BSR-CD-26-0902-7714   Redetermination number: BSR-RD-26-0921-2206
Enrollee: Winifred Oyelaran-Pike   Representative: Adaeze Oyelaran-Pike (appointment on file)
Decision: We upheld our decision. Vortioxetine is not on our formulary. Your prescriber did not explain why the
formulary alternatives would not be as effective or would cause adverse effects.
Your next step: You may ask for a reconsideration by the Independent Review Entity (IRE). Your written request
must be received within 65 days from the date of this notice. Send it to the IRE, not to us:
Keystone Review Partners, Part D Reconsiderations, PO Box 41902, Harrisburg, PA 17106, fax (717) 555-0188.
''',
"other/prescriber-supporting-statement-2026-09-18.txt": '''PRESCRIBER SUPPORTING STATEMENT FOR A PART D FORMULARY EXCEPTION (FICTIONAL)
Date: 09/18/2026   Enrollee: Winifred Oyelaran-Pike   Drug: vortioxetine 20 mg daily
Prescriber: Garrick Thunderbird-Hale, MD (NPI {NPI1}), phone (406) 555-0147
Each formulary alternative has been tried or is contraindicated: sertraline 100 mg caused hyponatremia
(sodium 126 mmol/L, March 2024); escitalopram 20 mg for 8 weeks and duloxetine 60 mg for 10 weeks gave no
response; bupropion is contraindicated after her unprovoked seizure in 2019. The alternatives would not be as
effective and would cause adverse effects.
Signed: Garrick Thunderbird-Hale, MD
''',
"other/redetermination-request-and-fax-report-2026-09-21.txt": '''REQUEST FOR REDETERMINATION (FICTIONAL) - sent by Adaeze Oyelaran-Pike, representative
Date: 09/21/2026   To: Big Sky Senior Rx, Part D Appeals, fax (406) 555-0158
Enclosed: prescriber supporting statement of 09/18/2026 (1 page); Form CMS-1696 of 09/15/2026 (2 pages).
FAX TRANSMISSION REPORT: 09/21/2026 10:47, to (406) 555-0158, 5 pages, result OK.
''',
"other/cms-1696-appointment-2026-09-15.txt": '''APPOINTMENT OF REPRESENTATIVE - Form CMS-1696 (text re-typed for this FICTIONAL test)
Beneficiary: Winifred Oyelaran-Pike   Medicare number: FICT-1EG4-TE5-MK72
I appoint Adaeze Oyelaran-Pike (daughter) to act as my representative in connection with my claim or asserted
right under Medicare Part D, including appeals of Big Sky Senior Rx Basic decisions.
Beneficiary signature: Winifred Oyelaran-Pike, 09/15/2026
Representative acceptance: Adaeze Oyelaran-Pike, 09/15/2026
''',
},
answers=[
("Date of the coverage determination", "09/08/2026", "denial/coverage-determination-2026-09-08.txt"),
("Date of the redetermination", "Date: 11/02/2026", "denial/redetermination-notice-2026-11-02.txt"),
("Redetermination number", "BSR-RD-26-0921-2206", "denial/redetermination-notice-2026-11-02.txt"),
("Next level named by the notice", "reconsideration by the Independent Review Entity (IRE)", "denial/redetermination-notice-2026-11-02.txt"),
("Window for the IRE request", "within 65 days from the date of this notice", "denial/redetermination-notice-2026-11-02.txt"),
("Where the IRE request goes", "Send it to the IRE, not to us", "denial/redetermination-notice-2026-11-02.txt"),
("IRE fax", "(717) 555-0188", "denial/redetermination-notice-2026-11-02.txt"),
("Formulary alternatives named", "sertraline, escitalopram, duloxetine and bupropion", "denial/coverage-determination-2026-09-08.txt"),
("Why sertraline failed", "hyponatremia", "other/prescriber-supporting-statement-2026-09-18.txt"),
("Sodium level", "sodium 126 mmol/L", "other/prescriber-supporting-statement-2026-09-18.txt"),
("Why bupropion is contraindicated", "unprovoked seizure in 2019", "other/prescriber-supporting-statement-2026-09-18.txt"),
("Duloxetine trial length", "duloxetine 60 mg for 10 weeks", "other/prescriber-supporting-statement-2026-09-18.txt"),
("Date the statement was faxed with the redetermination request", "09/21/2026 10:47", "other/redetermination-request-and-fax-report-2026-09-21.txt"),
("Date of the CMS-1696", "09/15/2026", "other/cms-1696-appointment-2026-09-15.txt"),
("Representative's relation", "Adaeze Oyelaran-Pike (daughter)", "other/cms-1696-appointment-2026-09-15.txt"),
("Drug and quantity requested", "vortioxetine 20 mg tablets, 30 per 30 days", "denial/coverage-determination-2026-09-08.txt"),
],
truth='''# FICTIONAL TRUTH FILE - 02 - Part D: formulary exception; redetermination upheld 11/02; IRE reconsideration due 01/06/2027 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Stand-alone **Part D** plan. Coverage determination (formulary exception for vortioxetine 20 mg) denied
  09/08/2026; the daughter (Form CMS-1696 of 09/15/2026) asked for a redetermination on 09/21/2026 by fax with the
  prescriber's supporting statement of 09/18/2026; the plan **upheld on 11/02/2026** saying the prescriber "did not
  explain" - the statement on file explains every alternative.
- **Level:** reconsideration by the Part D **independent review entity** (second level), requested in writing by
  the enrollee's representative and sent **to the IRE, not the plan** (the notice says so).
- **True deadline: 01/06/2027** - 65 days from the date of the redetermination notice, as the notice prints
  (the IRE request window is 42 CFR 423.600(a); the first level's 65 days are 423.582(b) as amended from 2025).
  Safe date if the IRE applied a 60-day reading of 423.600(a): 01/01/2027. Not "60 days after receipt".
- The exception standard: the prescriber's statement that the formulary alternatives would not be as effective
  and/or would cause adverse effects (42 CFR 423.578(b)).

## Deliberately unknown
- Whether the plan ever forwarded anything to the IRE (nothing shows it).
- The IRE's real name and address: fictional here.
- Whether vortioxetine would be covered under a tiering exception (it is non-formulary, so no).
- Whether the current text of 42 CFR 423.600(a) reads 60 or 65 days: the notice prints 65; file before 01/01/2027 to be safe.

## Traps
- Not a redetermination: that was decided 11/02/2026; a letter asking the plan to "reconsider" again is the wrong level.
- The first notice's 65 days (from 09/08) no longer governs; the IRE window runs from 11/02/2026.
- No ERISA, no 45 CFR 147.136 external review, no parity (Medicare), no state insurance department.
- Psychotherapy is not in the trial table; the trials are three antidepressants; bupropion was never tried (contraindicated).
- The daughter writes about her mother ("Mrs. Oyelaran-Pike"), not "I have failed".

## Arguments a strong letter makes
1. This is a request for IRE reconsideration of the 11/02/2026 redetermination, filed within 65 days (by 01/06/2027), with the CMS-1696.
2. The redetermination's ground is contradicted by the record: the 09/18/2026 supporting statement, faxed 09/21/2026, explains each alternative (hyponatremia; two failed full-dose trials; seizure contraindication) - it was before the plan.
3. Under 42 CFR 423.578(b) that statement supports the exception; ask the IRE to reverse and direct coverage of vortioxetine 20 mg daily.

## What a letter must NOT say
- "We ask the plan to reconsider" / a redetermination request; "60 days after receipt".
- That no supporting statement was given, or that bupropion failed as a trial.
- 29 CFR 2560.503-1, 45 CFR 147.136, MHPAEA/parity, "external review organization" of the state.
- That the patient signs ("I") or that the daughter is the patient.
'''
)
# ---------------------------------------------------------------- case 03
case(nn="03", slug="medicaid-mc-age15-oon-dbt-iop-network-gap-first-plan-appeal-60-days-from-notice-date-not-postmark-mother",
npis={"NPI1": "136620418"},
yaml='''# FICTIONAL CASE (set 74, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Kentucky, member aged 15. Pre-service request for an out-of-network adolescent DBT
# intensive outpatient program denied "in-network providers are available" (notice dated 10/16/2026, postmarked
# 10/27/2026). The mother's record shows three in-network programs tried. First plan appeal: 60 days from the
# DATE ON THE NOTICE (42 CFR 438.402(c)(2)(ii)) = 12/15/2026, not from the postmark. Mother writes.
patient:
  name: Jonah Abernathy-Kwan
  salutation: Jonah
  date_of_birth: 2011-03-19
  member_id: FICT-KYM-2209184573
  address: |-
    415 Linden Walk
    Lexington, KY 40508
  phone: (859) 555-0112
insurer:
  name: Bluegrass Horizons Medicaid Health Plan (FICTIONAL)
  appeals_address: |-
    Bluegrass Horizons Medicaid Health Plan, Member Appeals (FICTIONAL)
    PO Box 22015
    Louisville, KY 40252
  fax: (502) 555-0171
claim:
  number: BHM-PA-26-1002-40981
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-16
  appeal_deadline: 2026-12-15
  deadline_basis: >-
    60 calendar days from the date on the notice of adverse benefit determination (10/16/2026), 42 CFR
    438.402(c)(2)(ii), as the notice itself says; the postmark (10/27/2026) does not move it.
  procedure_codes: [S9480]
  diagnosis_codes: [F33.1, F43.10]
  denial_reason: >-
    The requested provider, Riverbend Adolescent DBT Program, is not in our network. In-network providers are
    available for intensive outpatient mental health services.
  denial_category: out_of_network
  setting: intensive_outpatient
  action: none
  pending_services: 72 sessions (24 weeks, three sessions a week)
prior_auth:
  requested_on: 2026-10-02
network:
  - name: Cumberland Teen Behavioral Health IOP (in network)
    date: 2026-09-14
    outcome: Offers DBT IOP only in Pikeville; no program in Lexington.
    miles: 142
    evidence: {file: other/network-search-log-2026-09.txt, page: 1}
  - name: Keeneland Youth Services (in network)
    date: 2026-09-15
    outcome: Adolescent IOP has no DBT track; waitlist 16 weeks for its general IOP.
    miles: 6
    evidence: {file: other/network-search-log-2026-09.txt, page: 1}
  - name: Ohio Valley Family Counseling (in network)
    date: 2026-09-16
    outcome: Treats ages 17 and older only.
    miles: 78
    evidence: {file: other/network-search-log-2026-09.txt, page: 1}
  - name: Bluegrass Horizons care coordination
    date: 2026-09-21
    outcome: Care coordinator found no in-network adolescent DBT IOP within 60 miles and told the mother to ask for an out-of-network authorization.
    evidence: {file: other/network-search-log-2026-09.txt, page: 1}
plan_policy:
  name: Bluegrass Horizons Member Handbook 2026, Section 6.3 (Getting care from out-of-network providers)
  quote: >-
    Behavioral health providers must be available within 60 miles of your home. If no network provider can give
    you a covered service you need within 60 miles or within 14 days, we will cover the service from an
    out-of-network provider at no cost to you.
  file: other/member-handbook-section-6-excerpt.txt
treatment:
  name: Adolescent dialectical behavior therapy intensive outpatient program (Riverbend Adolescent DBT Program)
  summary: A 24-week DBT IOP (three 3-hour sessions a week) for recurrent depression with self-harm after outpatient therapy failed.
  plan: Three 3-hour sessions a week for 24 weeks (72 sessions), with weekly family skills group; reassess at week 12.
clinical:
  severity: PHQ-A 19 on 09/08/2026; self-harm (cutting) twice in August 2026
  severity_date: 2026-09-08
  suicidality: passive
  suicidality_date: 2026-09-08
  history:
    - {drug: weekly outpatient psychotherapy, start: 2026-01, end: 2026-09, kind: psychotherapy, sessions: 34, outcome: no improvement in self-harm after 34 sessions}
author:
  name: Mei-Lin Abernathy-Kwan
  relation: parent
  role: Mother (parent of a minor)
  address: |-
    415 Linden Walk
    Lexington, KY 40508
  phone: (859) 555-0112
provider:
  name: Riverbend Adolescent DBT Program
  credentials: outpatient behavioral health program
  npi: "{NPI1}"
  address: |-
    1200 Tates Creek Road
    Lexington, KY 40502
  phone: (859) 555-0138
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-adverse-benefit-determination-2026-10-16.txt": '''BLUEGRASS HORIZONS MEDICAID HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of this notice: 10/16/2026   Reference: BHM-PA-26-1002-40981
Member: Jonah Abernathy-Kwan   Member ID: FICT-KYM-2209184573   Date of birth: 03/19/2011
Request received: 10/02/2026 from Riverbend Adolescent DBT Program (intensive outpatient, S9480)
Decision: denied. The requested provider, Riverbend Adolescent DBT Program, is not in our network. In-network
providers are available for intensive outpatient mental health services.
Your right to appeal: You must ask for an appeal within 60 calendar days from the date on this notice. After our
appeal decision you may ask for a State Fair Hearing. Member Appeals, PO Box 22015, Louisville, KY 40252,
fax (502) 555-0171, phone 1-800-555-0166.
[Envelope retained by family: postmark 10/27/2026; received 10/29/2026.]
''',
"other/network-search-log-2026-09.txt": '''MOTHER'S NETWORK SEARCH LOG (FICTIONAL) - kept by Mei-Lin Abernathy-Kwan
09/14/2026 Cumberland Teen Behavioral Health IOP (listed in network): DBT IOP only in Pikeville, 142 miles; none in Lexington.
09/15/2026 Keeneland Youth Services (listed in network), 6 miles: no DBT track; general adolescent IOP waitlist 16 weeks.
09/16/2026 Ohio Valley Family Counseling (listed in network), 78 miles: ages 17 and older only.
09/21/2026 Bluegrass Horizons care coordination, 1-800-555-0166, ref CC-26-0921-118: the coordinator found no
in-network adolescent DBT IOP within 60 miles and said to ask for an out-of-network authorization.
''',
"other/member-handbook-section-6-excerpt.txt": '''BLUEGRASS HORIZONS MEMBER HANDBOOK 2026 (FICTIONAL) - SECTION 6.3 (EXCERPT)
Behavioral health providers must be available within 60 miles of your home. If no network provider can give
you a covered service you need within 60 miles or within 14 days, we will cover the service from an
out-of-network provider at no cost to you.
Section 9.1: We will decide a standard appeal within 30 calendar days after we receive it.
''',
"clinical/intake-assessment-2026-09-08.txt": '''RIVERBEND ADOLESCENT DBT PROGRAM (FICTIONAL) - INTAKE ASSESSMENT
Date: 09/08/2026   Patient: Jonah Abernathy-Kwan, age 15
Diagnoses: major depressive disorder, recurrent, moderate (F33.1); PTSD (F43.10).
PHQ-A 19. Self-harm by cutting twice in August 2026. Passive death wishes, no plan or intent.
Weekly outpatient therapy since 01/2026 (34 sessions) without improvement in self-harm.
Recommendation: DBT IOP three 3-hour sessions a week for 24 weeks with family skills group.
Signed: Priyanka Delacroix-Otto, PsyD, program director
''',
},
answers=[
("Date on the notice", "Date of this notice: 10/16/2026", "denial/notice-of-adverse-benefit-determination-2026-10-16.txt"),
("Appeal window the notice prints", "within 60 calendar days from the date on this notice", "denial/notice-of-adverse-benefit-determination-2026-10-16.txt"),
("Postmark on the envelope", "postmark 10/27/2026", "denial/notice-of-adverse-benefit-determination-2026-10-16.txt"),
("Date the request was received", "Request received: 10/02/2026", "denial/notice-of-adverse-benefit-determination-2026-10-16.txt"),
("Reference number", "BHM-PA-26-1002-40981", "denial/notice-of-adverse-benefit-determination-2026-10-16.txt"),
("Next level after the plan appeal", "State Fair Hearing", "denial/notice-of-adverse-benefit-determination-2026-10-16.txt"),
("Distance standard in the handbook", "within 60 miles of your home", "other/member-handbook-section-6-excerpt.txt"),
("Wait standard in the handbook", "within 14 days", "other/member-handbook-section-6-excerpt.txt"),
("Cost of out-of-network care under 6.3", "at no cost to you", "other/member-handbook-section-6-excerpt.txt"),
("Plan's time to decide a standard appeal", "within 30 calendar days after we receive it", "other/member-handbook-section-6-excerpt.txt"),
("Distance to Cumberland's program", "142 miles", "other/network-search-log-2026-09.txt"),
("Keeneland's waitlist", "waitlist 16 weeks", "other/network-search-log-2026-09.txt"),
("Ohio Valley's age limit", "ages 17 and older only", "other/network-search-log-2026-09.txt"),
("Care coordination reference", "CC-26-0921-118", "other/network-search-log-2026-09.txt"),
("PHQ-A at intake", "PHQ-A 19", "clinical/intake-assessment-2026-09-08.txt"),
("Program recommended", "three 3-hour sessions a week for 24 weeks", "clinical/intake-assessment-2026-09-08.txt"),
],
truth='''# FICTIONAL TRUTH FILE - 03 - Medicaid managed care, age 15: out-of-network DBT IOP; first plan appeal due 12/15/2026 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah (15) has **Medicaid managed care** (Kentucky). The plan denied a **pre-service** request (received
  10/02/2026) for an out-of-network adolescent DBT IOP: "in-network providers are available".
- The mother tried three in-network programs (142 miles; no DBT track and a 16-week waitlist; ages 17+) and the
  plan's own care coordinator found none within 60 miles on 09/21/2026 (ref CC-26-0921-118).
- **Level:** first appeal to the plan (standard, pre-service); decided within 30 days (handbook 9.1;
  42 CFR 438.408(b)(2)). Next: state fair hearing within 120 days of the notice of resolution (438.408(f)(2)).
- **True deadline: 12/15/2026** - 60 calendar days from the date on the notice, 10/16/2026 (42 CFR
  438.402(c)(2)(ii); the notice says the same). The late postmark (10/27) and receipt (10/29) do not extend it:
  8 days left today.
- Winning rules: the plan's own Section 6.3 (60 miles / 14 days -> out-of-network at no cost); 42 CFR
  438.206(b)(4); EPSDT for a member under 21 (42 USC 1396d(r)(5)).

## Deliberately unknown
- Whether the plan's directory still lists the three programs as fitting (only the mother's log).
- Whether an expedited appeal is justified: no clinician has certified urgency.
- Whether the mother will ask for a fair hearing later: not yet possible (no notice of resolution).

## Traps
- Counting 60 days from the postmark or receipt (12/26 or 12/28/2026): wrong for Medicaid managed care.
- Calling it a state fair hearing request or addressing it to the state: the plan appeal comes first.
- Continuation of benefits (438.420) does not apply: nothing was authorized and cut (`action: none`).
- Not "no in-network provider exists": say none could give the care within the plan's own 60 miles / 14 days.
- Medicaid: no ERISA, no 45 CFR 147.136, no "name and qualifications" duty; care is not yet given ("scheduled", not "received").

## Arguments a strong letter makes
1. Under handbook Section 6.3 the plan must cover the program out of network: each in-network program tried failed the 60-mile or 14-day standard, and the plan's own coordinator found none (ref CC-26-0921-118).
2. 42 CFR 438.206(b)(4): an inadequate network obliges the plan to cover out-of-network care; EPSDT (42 USC 1396d(r)(5)) for a 15-year-old.
3. Ask the plan to authorize the 72-session program at Riverbend (at no cost to the family), and say the appeal is timely (by 12/15/2026).

## What a letter must NOT say
- "within 60 days of receipt" or any deadline after 12/15/2026.
- "State fair hearing" as the level of this letter; "external review"; 29 CFR 2560.503-1.
- That the care was given or a claim should be paid.
- That no in-network provider exists anywhere.
'''
)
# ---------------------------------------------------------------- case 04
case(nn="04", slug="fehb-annuitant-part-a-only-cob-co22-medicare-primary-carrier-reconsideration-6-months-patient",
npis={"NPI1": "162207395"},
yaml='''# FICTIONAL CASE (set 74, case 04) - every person, plan, provider, number and address is invented.
# FEHB annuitant, Georgia, age 68, Medicare Part A ONLY (never enrolled in Part B). Outpatient TMS denied CO-22
# "Medicare Parts A and B primary". The brochure: with Part A only, the plan pays first for services Part A does
# not cover. First level: carrier reconsideration within 6 months of the 10/05/2026 EOB (5 CFR 890.105(b)(1)):
# 04/05/2027. OPM review only after the carrier decides. The patient writes ("I").
patient:
  name: Desmond Achebe-Raftery
  salutation: Mr. Achebe-Raftery
  date_of_birth: 1958-01-22
  member_id: FICT-PFE-R55019342
  address: |-
    2290 Habersham Road NW
    Atlanta, GA 30305
  phone: (404) 555-0126
  email: dachebe.raftery@mail.example
insurer:
  name: Peachtree Federal Employees Health Association Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    Peachtree Federal Employees Health Association, Reconsiderations (FICTIONAL)
    PO Box 105522
    Atlanta, GA 30348
  fax: (404) 555-0187
claim:
  number: PFE-26-0803-901774
  plan_type: fehb
  notice_date: 2026-10-05
  appeal_deadline: 2027-04-05
  deadline_basis: >-
    Carrier reconsideration: within 6 months from the date of the decision, 10/05/2026 (5 CFR 890.105(b)(1);
    brochure Section 8, Step 1).
  service_dates: [2026-08-03, 2026-09-18]
  sessions: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Our records show Medicare Parts A and
    B. Submit the Medicare Summary Notice with your claim.
  denial_category: coordination_of_benefits
  action: none
other_coverage:
  plan: Medicare Part B (the carrier's record; he has Medicare Part A only and never enrolled in Part B)
  covered_here_as: annuitant (self)
  reported: 2026-10-13
  proof:
    - other/ssa-medicare-entitlement-letter-2026-10-09.txt
    - other/medicare-card-copy.txt
plan_policy:
  name: Peachtree Federal Employees Health Association 2026 Brochure, Section 9 (Coordinating benefits with Medicare)
  quote: >-
    If you have Medicare Part A only, we are the primary payer for covered services that Medicare Part A does not
    cover, such as physician services and outpatient care, and we pay them as if you had no Medicare.
  file: other/brochure-sections-8-and-9-excerpt.txt
  other_terms: >-
    Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the
    date of our decision. Step 2: We have 30 days from the date we receive your request to pay or provide the care,
    write to you and maintain our denial, or ask for more information.
  other_terms_file: other/brochure-sections-8-and-9-excerpt.txt
  other_terms_apply: >-
    The reconsideration is filed well within the 6 months from 10/05/2026, and the carrier has 30 days from receipt
    to pay the claim or write to me.
treatment:
  name: A 36-session course of transcranial magnetic stimulation (August 3 through September 18, 2026)
  summary: Outpatient TMS for recurrent severe major depression after four failed medication trials.
clinical:
  severity: PHQ-9 23 on 07/27/2026; PHQ-9 9 on 09/18/2026
  severity_date: 2026-09-18
  suicidality: none
  suicidality_date: 2026-09-18
author:
  name: Desmond Achebe-Raftery
  relation: patient
  role: Patient (FEHB annuitant)
provider:
  name: Dr. Lucinda Okwuosa-Brandt
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1100 Johnson Ferry Road, Suite 610
    Atlanta, GA 30342
  phone: (404) 555-0141
call_log:
  - date: 2026-10-13
    who: Peachtree FEHA member services, 1-800-555-0173
    reference: CALL-26-1013-5521
    summary: >-
      I told the carrier I have Medicare Part A only and no Part B; the agent said the record shows Parts A and B
      and that I must send proof with a reconsideration request.
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-10-05.txt": '''PEACHTREE FEDERAL EMPLOYEES HEALTH ASSOCIATION PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 10/05/2026   Enrollment: Self Only, Standard Option (annuitant)
Member: Desmond Achebe-Raftery   Member ID: FICT-PFE-R55019342
Claim number: PFE-26-0803-901774   Provider: Lucinda Okwuosa-Brandt, MD (NPI {NPI1})
Dates of service: 08/03/2026 through 09/18/2026   Codes: 90867 x 1, 90868 x 35   Diagnosis: F33.2
Billed: $11,880.00   Allowed: $0.00   Plan paid: $0.00   Adjustment: CO-22
Reason: This care may be covered by another payer per coordination of benefits. Our records show Medicare Parts A
and B. Submit the Medicare Summary Notice with your claim.
If you disagree, see Section 8 of your brochure: ask us to reconsider within 6 months from the date of this notice.
''',
"other/brochure-sections-8-and-9-excerpt.txt": '''PEACHTREE FEDERAL EMPLOYEES HEALTH ASSOCIATION 2026 BROCHURE (FICTIONAL) - EXCERPTS
Section 8 (The disputed claims process)
Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the date
of our decision. Step 2: We have 30 days from the date we receive your request to pay or provide the care, write
to you and maintain our denial, or ask for more information. Step 3: If you do not agree with our decision, you
may ask OPM to review it within 90 days after the date of our letter upholding our initial decision.
Section 9 (Coordinating benefits with Medicare)
If you have Medicare Part A only, we are the primary payer for covered services that Medicare Part A does not
cover, such as physician services and outpatient care, and we pay them as if you had no Medicare.
''',
"other/ssa-medicare-entitlement-letter-2026-10-09.txt": '''SOCIAL SECURITY ADMINISTRATION (FICTIONAL RE-TYPED COPY FOR THIS TEST) - MEDICARE ENTITLEMENT
Date: 10/09/2026   Beneficiary: Desmond Achebe-Raftery
Our records show: Hospital Insurance (Part A) effective 01/01/2023.
Medical Insurance (Part B): not enrolled. You declined Part B when you became entitled to Medicare.
''',
"other/medicare-card-copy.txt": '''COPY OF MEDICARE CARD (FICTIONAL) - Desmond Achebe-Raftery
Medicare number: FICT-4QW7-RT2-HJ55
Entitled to: HOSPITAL (PART A)   Coverage starts: 01-01-2023
(No Medical (Part B) line appears on the card.)
''',
"clinical/tms-course-summary-2026-09-18.txt": '''OKWUOSA-BRANDT PSYCHIATRY (FICTIONAL) - TMS COURSE SUMMARY
Patient: Desmond Achebe-Raftery   DOB: 01/22/1958   Date: 09/18/2026
Course: 36 sessions, 08/03/2026 through 09/18/2026 (mapping 08/03; 35 treatment sessions), outpatient office.
PHQ-9: 23 on 07/27/2026, 9 on 09/18/2026. Four prior antidepressant trials failed.
Signed: Lucinda Okwuosa-Brandt, MD
''',
},
answers=[
("EOB date", "Date of notice: 10/05/2026", "denial/eob-2026-10-05.txt"),
("Claim number", "PFE-26-0803-901774", "denial/eob-2026-10-05.txt"),
("CARC", "CO-22", "denial/eob-2026-10-05.txt"),
("What the carrier's record shows", "Our records show Medicare Parts A and B", "denial/eob-2026-10-05.txt"),
("Billed amount", "$11,880.00", "denial/eob-2026-10-05.txt"),
("Codes and units", "90867 x 1, 90868 x 35", "denial/eob-2026-10-05.txt"),
("Reconsideration window", "within 6 months from the date of our decision", "other/brochure-sections-8-and-9-excerpt.txt"),
("Carrier's time to answer", "We have 30 days from the date we receive your request", "other/brochure-sections-8-and-9-excerpt.txt"),
("OPM window after a carrier decision", "within 90 days after the date of our letter upholding", "other/brochure-sections-8-and-9-excerpt.txt"),
("Part A only rule", "If you have Medicare Part A only, we are the primary payer", "other/brochure-sections-8-and-9-excerpt.txt"),
("Part A effective date", "Hospital Insurance (Part A) effective 01/01/2023", "other/ssa-medicare-entitlement-letter-2026-10-09.txt"),
("Part B status", "Medical Insurance (Part B): not enrolled", "other/ssa-medicare-entitlement-letter-2026-10-09.txt"),
("SSA letter date", "Date: 10/09/2026", "other/ssa-medicare-entitlement-letter-2026-10-09.txt"),
("Card's coverage line", "HOSPITAL (PART A)", "other/medicare-card-copy.txt"),
("Course dates", "08/03/2026 through 09/18/2026", "clinical/tms-course-summary-2026-09-18.txt"),
("Place of care", "outpatient office", "clinical/tms-course-summary-2026-09-18.txt"),
],
truth='''# FICTIONAL TRUTH FILE - 04 - FEHB annuitant with Medicare Part A only: CO-22 wrong; carrier reconsideration due 04/05/2027 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Achebe-Raftery is an **FEHB** annuitant with **Medicare Part A only** (SSA letter 10/09/2026; card shows
  Part A alone). He never enrolled in Part B.
- Outpatient TMS (36 sessions, 08/03-09/18/2026) was denied **CO-22** on 10/05/2026: "our records show Medicare
  Parts A and B". Part A does not cover outpatient physician care; the brochure (Section 9) makes the plan primary
  for it "as if you had no Medicare".
- **Level:** first level, **carrier reconsideration** (brochure Section 8 Step 1; 5 CFR 890.105). Carrier answers
  within 30 days of receipt. OPM review comes only after the carrier upholds (90 days) or does not answer.
- **True deadline: 04/05/2027** - 6 months from the date of the carrier's decision, 10/05/2026 (5 CFR 890.105(b)(1)).
- He told member services on 10/13/2026 (ref CALL-26-1013-5521).

## Deliberately unknown
- Where the carrier's "Parts A and B" record came from (OPM enrollment file? a data match?): not in the record.
- Whether Medicare would ever have paid (it would not: no Part B) - no MSN exists, and none can.
- Whether a Part B late-enrollment penalty applies: irrelevant to this claim.

## Traps
- Asking OPM to review now: the carrier has not yet reconsidered; OPM is the next level.
- Citing the Medicare Secondary Payer statute as making the plan primary (it concerns current employment; he is an annuitant) - the plan's own Section 9 decides.
- No ERISA, no 45 CFR 147.136, no state insurance department; no medical-necessity arguments, no peer-to-peer.
- Asking him to "submit the MSN": there is none to submit.
- The patient writes: "I".

## Arguments a strong letter makes
1. I have Medicare Part A only (SSA letter, card): the carrier's record of Parts A and B is wrong; correct it.
2. Brochure Section 9: with Part A only, the plan is primary for outpatient/physician care Part A does not cover -> pay claim PFE-26-0803-901774 as primary.
3. Filed within the 6 months (by 04/05/2027); ask for the answer within the brochure's 30 days.

## What a letter must NOT say
- That Medicare Part B denied or paid anything; that an MSN is enclosed.
- "OPM review" as this letter's level; "external review"; 29 CFR 2560.503-1; 45 CFR 147.136.
- That the appeal deadline is 90 days or 180 days.
- That he is covered by Medicare Part B.
'''
)
# ---------------------------------------------------------------- case 05
case(nn="05", slug="original-medicare-msp-spouse-retired-revised-msn-after-reopening-redetermination-counts-from-revised-patient",
npis={"NPI1": "145588210"},
yaml='''# FICTIONAL CASE (set 74, case 05) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Pennsylvania, age 67. TMS 05/04-06/12/2026 denied as "group health plan primary".
# Her husband retired 03/31/2026 and his employer coverage ended that day. After a call, the MAC reopened and the
# revised MSN of 10/28/2026 paid June but still denies May (record "primary through 05/31/2026"). This letter:
# redetermination of the REVISED determination, due 02/25/2027 as the revised MSN prints (120 days; 03/02/2027
# counting presumed receipt), not the first MSN's 01/27/2027. The patient writes ("I").
patient:
  name: Lorraine Fitzhugh-Oduya
  salutation: Mrs. Fitzhugh-Oduya
  date_of_birth: 1959-06-04
  member_id: FICT-7TK2-WQ8-LN40
  address: |-
    58 Conestoga Street
    Lancaster, PA 17602
  phone: (717) 555-0119
insurer:
  name: Medicare Part B, Keystone Medicare Administrative Contractor (FICTIONAL), Jurisdiction L
  appeals_address: |-
    Keystone Medicare Administrative Contractor, Part B Redeterminations (FICTIONAL)
    PO Box 3100
    Mechanicsburg, PA 17055
  fax: (717) 555-0183
claim:
  number: KMAC-26-1028-44719302
  plan_type: medicare
  notice_date: 2026-10-28
  appeal_deadline: 2027-02-25
  deadline_basis: >-
    Redetermination of the revised determination: the revised Medicare Summary Notice of 10/28/2026 says to file by
    02/25/2027 (120 days from its date; 42 CFR 405.942(a) counts 120 days from receipt, presumed 5 days after
    the notice, 03/02/2027). The first MSN of 09/29/2026 no longer sets the date.
  service_dates: [2026-05-04, 2026-05-29]
  sessions: 20
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    Medicare records show that another insurer (group health plan) pays first for these services. Group health plan
    coverage on record: primary through 05/31/2026.
  denial_category: coordination_of_benefits
  corrections:
    - said: "Group health plan coverage on record: primary through 05/31/2026."
      record: >-
        My husband's employer's letter shows he retired on 03/31/2026 and the group coverage covering me ended
        that day; no continuation coverage was elected.
      file: other/employer-retirement-and-coverage-end-letter-2026-04-06.txt
      page: 1
  not_appealed:
    - {date: 2026-06-01, code: "90868", why: "paid on the revised determination (06/01-06/12/2026, 10 sessions)"}
  action: none
other_coverage:
  plan: Susquehanna Freight Lines Group Health Plan (her husband's employer coverage)
  member_is: dependent
  ended: 2026-03-31
  reported: 2026-10-06
  continued: false
  continued_proof: other/employer-retirement-and-coverage-end-letter-2026-04-06.txt
  proof:
    - other/employer-retirement-and-coverage-end-letter-2026-04-06.txt
treatment:
  name: Transcranial magnetic stimulation, 20 sessions from May 4 through May 29, 2026
  summary: Outpatient TMS for recurrent severe major depression.
clinical:
  severity: PHQ-9 20 on 04/27/2026
  severity_date: 2026-04-27
  suicidality: none
  suicidality_date: 2026-04-27
author:
  name: Lorraine Fitzhugh-Oduya
  relation: patient
  role: Medicare beneficiary
provider:
  name: Dr. Ambrose Kittredge-Sowa
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    2100 Harrisburg Pike, Suite 120
    Lancaster, PA 17601
  phone: (717) 555-0152
call_log:
  - date: 2026-10-06
    who: Benefits coordination contact center (FICTIONAL), 1-800-555-0114
    reference: BC-26-1006-33018
    summary: >-
      I reported that my husband retired 03/31/2026 and his group coverage ended that day; the agent updated the
      record and said the contractor would reprocess.
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/msn-2026-09-29-first.txt": '''MEDICARE SUMMARY NOTICE (FICTIONAL RE-TYPED COPY FOR THIS TEST) - Part B
Notice date: 09/29/2026   Beneficiary: Lorraine Fitzhugh-Oduya   Medicare number: FICT-7TK2-WQ8-LN40
Claim number: KMAC-26-0915-41102877   Provider: Ambrose Kittredge-Sowa, MD
Services 05/04/2026 through 06/12/2026: 90868 x 30. Medicare approved: $0.00. Denied: Medicare records show that
another insurer (group health plan) pays first for these services.
If you disagree with any claims decision on this notice, you can file an appeal by 01/27/2027.
''',
"denial/msn-2026-10-28-revised.txt": '''MEDICARE SUMMARY NOTICE - REVISED AFTER REOPENING (FICTIONAL RE-TYPED COPY FOR THIS TEST) - Part B
Notice date: 10/28/2026   Beneficiary: Lorraine Fitzhugh-Oduya   Medicare number: FICT-7TK2-WQ8-LN40
Claim number: KMAC-26-1028-44719302 (replaces KMAC-26-0915-41102877; claim reopened 10/21/2026)
Services 06/01/2026 through 06/12/2026: 90868 x 10. Medicare approved and paid.
Services 05/04/2026 through 05/29/2026: 90868 x 20. Medicare approved: $0.00. Denied: Medicare records show that
another insurer (group health plan) pays first for these services. Group health plan coverage on record: primary
through 05/31/2026.
This revised notice replaces the notice of 09/29/2026. If you disagree with any claims decision on this notice,
you can file an appeal by 02/25/2027. Send a Redetermination Request to Keystone Medicare Administrative
Contractor, Part B Redeterminations, PO Box 3100, Mechanicsburg, PA 17055.
''',
"other/employer-retirement-and-coverage-end-letter-2026-04-06.txt": '''SUSQUEHANNA FREIGHT LINES (FICTIONAL) - HUMAN RESOURCES
Date: 04/06/2026
Re: Everett Oduya, retirement effective 03/31/2026
Mr. Oduya retired from active employment on 03/31/2026. Group health plan coverage for Mr. Oduya and his
dependent spouse, Lorraine Fitzhugh-Oduya, ended 03/31/2026. The continuation coverage (COBRA) election period
closed on 06/05/2026 with no election made. Susquehanna Freight Lines employs about 1,150 people.
Benefits Office, (717) 555-0166, benefits@susquehanna-freight.example
''',
"clinical/tms-treatment-log-2026-06-12.txt": '''KITTREDGE-SOWA BEHAVIORAL HEALTH (FICTIONAL) - TMS TREATMENT LOG
Patient: Lorraine Fitzhugh-Oduya   DOB: 06/04/1959
Sessions: 30, from 05/04/2026 through 06/12/2026 (20 in May, 10 in June). PHQ-9: 20 on 04/27/2026.
Signed: Ambrose Kittredge-Sowa, MD
''',
},
answers=[
("Date of the first MSN", "Notice date: 09/29/2026", "denial/msn-2026-09-29-first.txt"),
("Deadline the first MSN printed", "file an appeal by 01/27/2027", "denial/msn-2026-09-29-first.txt"),
("Date of the revised MSN", "Notice date: 10/28/2026", "denial/msn-2026-10-28-revised.txt"),
("Deadline the revised MSN prints", "file an appeal by 02/25/2027", "denial/msn-2026-10-28-revised.txt"),
("Claim number on the revised MSN", "KMAC-26-1028-44719302", "denial/msn-2026-10-28-revised.txt"),
("Claim it replaces", "replaces KMAC-26-0915-41102877", "denial/msn-2026-10-28-revised.txt"),
("Date the claim was reopened", "claim reopened 10/21/2026", "denial/msn-2026-10-28-revised.txt"),
("What the revised MSN paid", "06/01/2026 through 06/12/2026: 90868 x 10. Medicare approved and paid", "denial/msn-2026-10-28-revised.txt"),
("What the revised MSN still denies", "05/04/2026 through 05/29/2026: 90868 x 20", "denial/msn-2026-10-28-revised.txt"),
("Medicare's wrong end date", "primary through 05/31/2026", "denial/msn-2026-10-28-revised.txt"),
("Where the redetermination goes", "Part B Redeterminations, PO Box 3100", "denial/msn-2026-10-28-revised.txt"),
("Husband's retirement date", "retired from active employment on 03/31/2026", "other/employer-retirement-and-coverage-end-letter-2026-04-06.txt"),
("Group coverage end", "ended 03/31/2026", "other/employer-retirement-and-coverage-end-letter-2026-04-06.txt"),
("COBRA status", "no election made", "other/employer-retirement-and-coverage-end-letter-2026-04-06.txt"),
("Sessions in May", "20 in May", "clinical/tms-treatment-log-2026-06-12.txt"),
("Benefits office phone", "(717) 555-0166", "other/employer-retirement-and-coverage-end-letter-2026-04-06.txt"),
],
truth='''# FICTIONAL TRUTH FILE - 05 - Original Medicare MSP: revised MSN after reopening; redetermination due 02/25/2027 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Fitzhugh-Oduya (67) has **Original Medicare Part B**. Her husband retired **03/31/2026**; his employer's
  group coverage for both ended that day, and no COBRA was elected.
- First MSN (09/29/2026) denied all 30 TMS sessions (05/04-06/12) as "group health plan pays first". After her
  10/06 call (ref BC-26-1006-33018) the contractor **reopened** (10/21) and the **revised MSN of 10/28/2026**
  (claim KMAC-26-1028-44719302, replacing the first) paid the 10 June sessions but still denies the 20 May sessions
  on a record "primary through 05/31/2026" - wrong by two months.
- **Level:** MAC **redetermination** (first Original Medicare level) of the revised determination. QIC next.
- **True deadline: 02/25/2027** as the revised MSN prints (120 days from its date); the rule (42 CFR 405.942(a))
  counts 120 days from receipt, presumed 5 days after the notice: 03/02/2027. The revised determination carries
  its own appeal rights (42 CFR 405.980-405.984, reopening and revision), so the first MSN's 01/27/2027 no longer
  controls - but either way she is in time.
- No group coverage existed in May: Medicare is primary (the MSP rules reach group coverage based on current
  employment; he was retired and the coverage had ended).

## Deliberately unknown
- Why the record used 05/31/2026 (a month-end default?): not shown.
- Whether the QIC level will be needed.
- The June payment amount (not printed).

## Traps
- Counting from the first MSN (01/27/2027) or calling the revised MSN "the second denial at a higher level": it is still an initial determination, revised.
- Appealing the June sessions: they were paid (not part of this appeal).
- Original Medicare has no plan terms, no 72-hour appeal, no ERISA/ACA external review, no parity.
- Not a medical-necessity denial: no clinical arguments, no peer-to-peer.
- The patient writes: "I".

## Arguments a strong letter makes
1. The group coverage ended 03/31/2026 (employer letter): on every May date (05/04-05/29) there was no other coverage; Medicare pays first. The record "primary through 05/31/2026" is wrong.
2. Ask the contractor to correct the MSP record to 03/31/2026 and pay the 20 May sessions on claim KMAC-26-1028-44719302.
3. Filed in time against the revised determination of 10/28/2026.

## What a letter must NOT say
- That the coverage ended 05/31/2026, or that COBRA continued it.
- That the June sessions are appealed or unpaid.
- "the plan's own terms", "external review", 29 CFR 2560.503-1, "peer-to-peer".
- A deadline of 01/27/2027 as the one that applies.
'''
)
# ---------------------------------------------------------------- case 06
case(nn="06", slug="medicare-advantage-spravato-pa-requested-and-pended-never-decided-co197-reconsideration-65-days-son-cms1696",
npis={"NPI1": "188104326"},
yaml='''# FICTIONAL CASE (set 74, case 06) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Nevada, age 71. The clinic asked the plan to approve Spravato (Part B) on 09/28/2026;
# the plan pended it 09/30 for records (faxed 10/01) and never decided. Four induction sessions 10/19-10/29 were
# then denied CO-197 "no prior authorization was requested" (notice 11/06/2026). First level: reconsideration,
# 65 days from the notice date (42 CFR 422.582(b)) = 01/10/2027. Son writes with form CMS-1696.
patient:
  name: Harold Szymanski-Obi
  salutation: Mr. Szymanski-Obi
  date_of_birth: 1955-08-14
  member_id: FICT-SSM-61102947
  address: |-
    9021 Desert Willow Drive
    Las Vegas, NV 89134
  phone: (702) 555-0115
insurer:
  name: Silver Sage Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Silver Sage Health Plan, Medicare Appeals and Grievances (FICTIONAL)
    PO Box 94470
    Las Vegas, NV 89193
  fax: (702) 555-0184
claim:
  number: SSM-CL-26-1030-228814
  plan_type: medicare_advantage
  notice_date: 2026-11-06
  appeal_deadline: 2027-01-10
  deadline_basis: >-
    65 days from the date of the notice of denial of payment, 11/06/2026 (42 CFR 422.582(b)), as the notice prints.
  service_dates: [2026-10-19, 2026-10-22, 2026-10-26, 2026-10-29]
  procedure_codes: [G2082, G2083]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No prior authorization was requested for these services.
  denial_category: prior_authorization
  corrections:
    - said: No prior authorization was requested for these services.
      record: >-
        The clinic faxed the request on 09/28/2026 (fax report OK) and the plan's own provider portal shows it
        received that day as SSM-OD-26-0928-5530, "pended - clinical records requested 09/30/2026".
      file: other/prior-authorization-request-fax-report-and-portal-status.txt
      page: 1
  action: none
  pending_services: 4 remaining induction sessions
prior_auth:
  requested_on: 2026-09-28
  reference: SSM-OD-26-0928-5530
  pended_on: 2026-09-30
  pended_for: clinical records, faxed 10/01/2026
  never_decided: true
  proof:
    - other/prior-authorization-request-fax-report-and-portal-status.txt
    - other/records-fax-report-2026-10-01.txt
treatment:
  name: Spravato (esketamine) nasal spray, induction sessions twice weekly
  summary: Spravato for treatment-resistant depression after five failed antidepressant and augmentation trials.
  plan: Eight induction sessions over four weeks (56 mg first, then 84 mg), two hours of observation each; then reassess.
clinical:
  severity: MADRS 36 on 09/22/2026; MADRS 24 on 10/29/2026
  severity_date: 2026-10-29
  suicidality: none
  suicidality_date: 2026-10-29
  response: MADRS 36 on 09/22/2026, 24 on 10/29/2026 after four induction sessions
  response_level: partial
author:
  name: Marcus Szymanski-Obi
  relation: representative
  role: Son and appointed representative (Form CMS-1696)
  authorization: other/cms-1696-appointment-2026-11-10.txt
  address: |-
    480 Coral Reef Court
    Henderson, NV 89012
  phone: (702) 555-0132
  email: marcus.so@mail.example
provider:
  name: Dr. Felicity Arrowood-Nakashima
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    3150 North Tenaya Way, Suite 220
    Las Vegas, NV 89128
  phone: (702) 555-0148
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-denial-of-payment-2026-11-06.txt": '''SILVER SAGE MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT
Date: 11/06/2026   Claim: SSM-CL-26-1030-228814
Member: Harold Szymanski-Obi   Member ID: FICT-SSM-61102947
Provider: Felicity Arrowood-Nakashima, MD (NPI {NPI1})
Services: 10/19/2026 (G2082), 10/22/2026, 10/26/2026, 10/29/2026 (G2083)   Diagnosis: F33.2
Adjustment: CO-197. Precertification/authorization absent. No prior authorization was requested for these services.
You have the right to ask us for a reconsideration. You must ask within 65 calendar days from the date of this
notice. Fax (702) 555-0184 or write to Medicare Appeals and Grievances, PO Box 94470, Las Vegas, NV 89193.
''',
"other/prior-authorization-request-fax-report-and-portal-status.txt": '''ARROWOOD-NAKASHIMA PSYCHIATRY (FICTIONAL) - PRIOR AUTHORIZATION REQUEST, FAX REPORT AND PORTAL STATUS
Request: Spravato induction, 8 sessions, patient Harold Szymanski-Obi, member FICT-SSM-61102947
FAX TRANSMISSION REPORT: 09/28/2026 15:02, to Silver Sage Utilization Management (702) 555-0179, 9 pages, OK.
Silver Sage provider portal, printed 11/09/2026:
  Reference SSM-OD-26-0928-5530   Received 09/28/2026   Type: Part B drug, standard
  Status: pended - clinical records requested 09/30/2026   Decision: none
''',
"other/records-fax-report-2026-10-01.txt": '''ARROWOOD-NAKASHIMA PSYCHIATRY (FICTIONAL) - FAX TRANSMISSION REPORT
10/01/2026 09:41, to Silver Sage Utilization Management (702) 555-0179, 23 pages, OK.
Cover: "Records requested 09/30/2026 for SSM-OD-26-0928-5530: notes 2024-2026, medication history, MADRS."
''',
"other/cms-1696-appointment-2026-11-10.txt": '''APPOINTMENT OF REPRESENTATIVE - Form CMS-1696 (text re-typed for this FICTIONAL test)
Beneficiary: Harold Szymanski-Obi   Plan member ID: FICT-SSM-61102947
I appoint Marcus Szymanski-Obi (son) to act as my representative for my appeal of Silver Sage Medicare Advantage
decisions about Spravato treatment.
Beneficiary signature: Harold Szymanski-Obi, 11/10/2026   Representative acceptance: Marcus Szymanski-Obi, 11/10/2026
''',
"clinical/spravato-session-notes-2026-10-29.txt": '''ARROWOOD-NAKASHIMA PSYCHIATRY (FICTIONAL) - SPRAVATO SESSION NOTES
Patient: Harold Szymanski-Obi   DOB: 08/14/1955
10/19/2026 56 mg; 10/22, 10/26, 10/29/2026 84 mg. Two hours of observation each; blood pressure stable.
MADRS 36 on 09/22/2026; 24 on 10/29/2026. No suicidal ideation. Sessions paused after the 11/06/2026 denial;
4 induction sessions remain.
Prior trials: sertraline, escitalopram, venlafaxine XR, mirtazapine, lithium augmentation.
Signed: Felicity Arrowood-Nakashima, MD
''',
},
answers=[
("Notice date", "Date: 11/06/2026", "denial/notice-of-denial-of-payment-2026-11-06.txt"),
("Claim number", "SSM-CL-26-1030-228814", "denial/notice-of-denial-of-payment-2026-11-06.txt"),
("What the notice says about the request", "No prior authorization was requested for these services", "denial/notice-of-denial-of-payment-2026-11-06.txt"),
("Reconsideration window", "within 65 calendar days from the date of this", "denial/notice-of-denial-of-payment-2026-11-06.txt"),
("Appeals fax", "(702) 555-0184", "denial/notice-of-denial-of-payment-2026-11-06.txt"),
("Date and time the request was faxed", "09/28/2026 15:02", "other/prior-authorization-request-fax-report-and-portal-status.txt"),
("Plan's reference for the request", "SSM-OD-26-0928-5530", "other/prior-authorization-request-fax-report-and-portal-status.txt"),
("Request type on the portal", "Part B drug, standard", "other/prior-authorization-request-fax-report-and-portal-status.txt"),
("Portal status", "pended - clinical records requested 09/30/2026", "other/prior-authorization-request-fax-report-and-portal-status.txt"),
("Portal decision", "Decision: none", "other/prior-authorization-request-fax-report-and-portal-status.txt"),
("Records fax date", "10/01/2026 09:41", "other/records-fax-report-2026-10-01.txt"),
("Records pages", "23 pages", "other/records-fax-report-2026-10-01.txt"),
("CMS-1696 date", "11/10/2026", "other/cms-1696-appointment-2026-11-10.txt"),
("First session dose", "10/19/2026 56 mg", "clinical/spravato-session-notes-2026-10-29.txt"),
("Sessions remaining", "4 induction sessions remain", "clinical/spravato-session-notes-2026-10-29.txt"),
("MADRS before and after", "MADRS 36 on 09/22/2026; 24 on 10/29/2026", "clinical/spravato-session-notes-2026-10-29.txt"),
],
truth='''# FICTIONAL TRUTH FILE - 06 - Medicare Advantage: Spravato PA requested 09/28, pended, never decided; reconsideration due 01/10/2027 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Medicare Advantage** HMO. The psychiatrist's request (organization determination) for Spravato was faxed
  **09/28/2026** and is on the plan's own portal as SSM-OD-26-0928-5530, "pended - clinical records requested
  09/30/2026", records faxed 10/01/2026, **decision: none**.
- Four induction sessions (10/19-10/29/2026) were given after the request had waited three weeks; the plan denied
  payment **CO-197 "no prior authorization was requested"** on 11/06/2026 - contradicted by its own portal.
- **Level:** first level, **reconsideration** by the plan (42 CFR 422.578), a payment request for the four
  sessions, plus a decision on the pending request for the remaining four (a Part B drug).
- **True deadline: 01/10/2027** - 65 days from the notice date 11/06/2026 (42 CFR 422.582(b)), as the notice prints.
- Decision times: payment reconsideration 60 days (422.590(b)); a standard pre-service Part B drug reconsideration
  7 days (422.590(c)). An upheld denial goes to the IRE automatically (422.592).
- The son represents under Form CMS-1696 signed 11/10/2026.

## Deliberately unknown
- Why the plan never decided the request (lost records? queue?): not shown.
- Whether the plan ever mailed a notice on the request itself: none in the record.
- Whether the plan applies its own criteria or Medicare's for Spravato: no policy is quoted (none named).

## Traps
- Not a retroactive-authorization request: the request came **before** the care; ask for it to be decided on its merits as made.
- Not "the request was granted by silence": ask for a decision, do not claim approval.
- No ERISA, no 45 CFR 147.136, no parity (Medicare); no 72-hour expedited route for the payment part.
- Not a case of a provider who never asked: the provider asked, and the plan did not decide.
- The son writes about his father ("Mr. Szymanski-Obi"), not "I".

## Arguments a strong letter makes
1. The notice's statement "No prior authorization was requested" is wrong: the plan's portal shows SSM-OD-26-0928-5530 received 09/28/2026 and pended 09/30/2026; records were faxed 10/01/2026; no decision was ever issued.
2. Ask the plan to decide that request on its merits, pay the four sessions of 10/19-10/29/2026, and authorize the remaining four.
3. Filed within 65 days (by 01/10/2027) with the CMS-1696.

## What a letter must NOT say
- That no request was made before care, or "retroactive authorization".
- That the plan approved the request.
- "external review", "state insurance department", 29 CFR 2560.503-1, MHPAEA.
- A 60-day or 180-day appeal window.
'''
)
# ---------------------------------------------------------------- case 07
case(nn="07", slug="governmental-selffunded-county-plan-ketamine-final-internal-denial-silent-on-external-review-4-months-husband-form",
npis={"NPI1": "127733046"},
yaml='''# FICTIONAL CASE (set 74, case 07) - every person, plan, provider, number and address is invented.
# Self-funded county employees' plan (non-federal governmental), Ohio, 2,100 employees, not grandfathered. IV
# ketamine denied as not medically necessary ("two antidepressant trials; policy requires four"); the plan's only
# internal appeal upheld on 09/03/2026 (letter postmarked 09/10, received 09/12) and said "this decision is
# final" without naming external review. This letter: external review, within four months after receipt of the
# final internal denial (45 CFR 147.136(d)(2)(i); SPD 14.3): 01/03/2027 counted from the letter's date. The
# husband writes as authorized representative on the plan's own form.
patient:
  name: Marisol Quintanilla-Berg
  salutation: Ms. Quintanilla-Berg
  date_of_birth: 1982-12-01
  member_id: FICT-LES-30884127
  address: |-
    1745 Lakeshore Drive
    Sandusky, OH 44870
  phone: (419) 555-0121
insurer:
  name: Lake Erie Shores County Employees Health Plan (FICTIONAL), claims administered by Tri-Harbor Administrators (FICTIONAL)
  appeals_address: |-
    Tri-Harbor Administrators, Appeals (FICTIONAL)
    PO Box 8820
    Toledo, OH 43623
  fax: (419) 555-0175
claim:
  number: THA-26-0611-73302
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  employees: 2100
  notice_date: 2026-06-22
  service_dates: [2026-06-01, 2026-06-03, 2026-06-05, 2026-06-08, 2026-06-10, 2026-06-12]
  procedure_codes: ["96365", "J3490"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Not medically necessary. Medical Policy MP-KET-09 requires failure of at least four antidepressant trials of
    adequate dose and duration. The records show two trials.
  denial_category: medical_necessity
  action: none
decisions:
  - date: 2026-09-03
    outcome: denied
    stage: internal appeal (final)
    opens: external review
    reason: >-
      The appeal is denied. The records show two adequate antidepressant trials; MP-KET-09 requires four. This
      decision is final.
    corrections:
      - said: The records show two adequate antidepressant trials
        record: >-
          The psychiatrist's records show four adequate trials in this episode: sertraline 200 mg (10 weeks),
          venlafaxine XR 225 mg (8 weeks), bupropion XL 450 mg (8 weeks) and mirtazapine 45 mg (7 weeks).
        file: clinical/psychiatry-medication-history-2026-05-20.txt
        page: 1
external_review:
  agency: Federal external review process (HHS-administered), Independent Review Organization Intake (FICTIONAL contractor name)
  address: |-
    Federal External Review Intake (FICTIONAL address for this test)
    PO Box 71850
    Columbus, OH 43271
  final_denial_date: 2026-09-03
plan_policy:
  name: Tri-Harbor Medical Policy MP-KET-09 (Intravenous ketamine for depression)
  number: MP-KET-09
  quote: >-
    1. Diagnosis of major depressive disorder, severe, without psychotic features. 2. Failure of at least four
    antidepressant trials of adequate dose and duration (at least 6 weeks each) in the current episode.
    3. Administration in a monitored setting.
  file: other/medical-policy-mp-ket-09.txt
  other_terms: >-
    14.3 If your final internal appeal is denied, you may request external review by an independent review
    organization within four months after the date you receive our final decision.
  other_terms_file: other/spd-section-14-excerpt.txt
  other_terms_apply: >-
    The plan's final denial of 09/03/2026 was received on 09/12/2026 (envelope postmarked 09/10/2026), so the four
    months run to 01/12/2027; this request is made well before even the 01/03/2027 counted from the letter's date.
payer_criteria:
  - criterion: 1. Diagnosis of major depressive disorder, severe, without psychotic features.
    how_met: Recurrent major depressive disorder, severe, without psychotic features (F33.2).
    met: true
    evidence: {file: clinical/psychiatry-medication-history-2026-05-20.txt, page: 1}
  - criterion: 2. Failure of at least four antidepressant trials of adequate dose and duration in the current episode.
    how_met: Four adequate failed trials since the episode began in 10/2024 (sertraline, venlafaxine XR, bupropion XL, mirtazapine).
    met: true
    evidence: {file: clinical/psychiatry-medication-history-2026-05-20.txt, page: 1}
  - criterion: 3. Administration in a monitored setting.
    how_met: Given in the clinic's infusion suite with continuous monitoring.
    met: true
    evidence: {file: clinical/psychiatry-medication-history-2026-05-20.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions (six infusions, June 1 through June 12, 2026)
  summary: An induction series of six IV ketamine infusions for severe recurrent depression after four failed antidepressant trials.
clinical:
  severity: MADRS 38 on 05/20/2026
  severity_date: 2026-05-20
  suicidality: passive
  suicidality_date: 2026-05-20
  episode_onset: 2024-10
  history:
    - {drug: sertraline, dose: 200 mg, start: 2024-10, end: 2025-01, kind: antidepressant, weeks: 10, adequate: true, failed: true, response: none, outcome: no response after 10 weeks}
    - {drug: venlafaxine XR, dose: 225 mg, start: 2025-02, end: 2025-04, kind: antidepressant, weeks: 8, adequate: true, failed: true, response: none, outcome: no response after 8 weeks}
    - {drug: bupropion XL, dose: 450 mg, start: 2025-06, end: 2025-08, kind: antidepressant, weeks: 8, adequate: true, failed: true, response: partial, outcome: partial response, then relapse}
    - {drug: mirtazapine, dose: 45 mg, start: 2025-10, end: 2025-12, kind: antidepressant, weeks: 7, adequate: true, failed: true, response: none, outcome: no response after 7 weeks}
author:
  name: Tobias Berg
  relation: representative
  role: Husband and authorized representative (plan's Authorized Representative Designation form)
  authorization: other/authorized-representative-designation-2026-07-14.txt
  address: |-
    1745 Lakeshore Drive
    Sandusky, OH 44870
  phone: (419) 555-0121
provider:
  name: Dr. Henrietta Vanderslice-Omari
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    3900 Milan Road, Suite 5
    Sandusky, OH 44870
  phone: (419) 555-0153
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/initial-denial-2026-06-22.txt": '''TRI-HARBOR ADMINISTRATORS (FICTIONAL) for the Lake Erie Shores County Employees Health Plan - NOTICE OF DENIAL
Date: 06/22/2026   Claim: THA-26-0611-73302   Member: Marisol Quintanilla-Berg   ID: FICT-LES-30884127
Services: six IV ketamine infusions 06/01/2026 through 06/12/2026 (96365, J3490)   Adjustment: CO-50
Not medically necessary. Medical Policy MP-KET-09 requires failure of at least four antidepressant trials of
adequate dose and duration. The records show two trials.
You may appeal within 180 days after you receive this notice.
''',
"denial/final-internal-appeal-decision-2026-09-03.txt": '''TRI-HARBOR ADMINISTRATORS (FICTIONAL) - APPEAL DECISION
Date: 09/03/2026   Claim: THA-26-0611-73302   Appeal: APL-26-0720-1188 (received 07/20/2026)
Member: Marisol Quintanilla-Berg   Representative: Tobias Berg (designation on file)
Reviewer: Clifton Marchbanks, MD, family medicine
Decision: The appeal is denied. The records show two adequate antidepressant trials; MP-KET-09 requires four. This
decision is final.
[Envelope retained by the family: postmark 09/10/2026; received 09/12/2026.]
''',
"other/spd-section-14-excerpt.txt": '''LAKE ERIE SHORES COUNTY EMPLOYEES HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026, SECTION 14 (EXCERPT)
The Plan is a self-funded governmental plan sponsored by Lake Erie Shores County. It is not a grandfathered plan.
14.1 The Plan has one level of internal appeal.
14.3 If your final internal appeal is denied, you may request external review by an independent review
organization within four months after the date you receive our final decision.
''',
"other/medical-policy-mp-ket-09.txt": '''TRI-HARBOR MEDICAL POLICY MP-KET-09 (FICTIONAL) - INTRAVENOUS KETAMINE FOR DEPRESSION
1. Diagnosis of major depressive disorder, severe, without psychotic features. 2. Failure of at least four
antidepressant trials of adequate dose and duration (at least 6 weeks each) in the current episode.
3. Administration in a monitored setting.
''',
"other/authorized-representative-designation-2026-07-14.txt": '''LAKE ERIE SHORES COUNTY EMPLOYEES HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
Member: Marisol Quintanilla-Berg   ID: FICT-LES-30884127
I designate Tobias Berg (husband) as my authorized representative for claim THA-26-0611-73302, including
internal appeals and external review.   Signed: Marisol Quintanilla-Berg, 07/14/2026
''',
"clinical/psychiatry-medication-history-2026-05-20.txt": '''VANDERSLICE-OMARI PSYCHIATRY (FICTIONAL) - MEDICATION HISTORY AND TREATMENT PLAN
Date: 05/20/2026   Patient: Marisol Quintanilla-Berg   DOB: 12/01/1982
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2). Episode began 10/2024.
MADRS 38. Passive death wishes, no plan.
Trials in this episode: sertraline 200 mg 10 weeks (no response); venlafaxine XR 225 mg 8 weeks (no response);
bupropion XL 450 mg 8 weeks (partial, then relapse); mirtazapine 45 mg 7 weeks (no response).
Plan: six IV ketamine infusions in the clinic's monitored infusion suite.
Signed: Henrietta Vanderslice-Omari, MD
''',
},
answers=[
("Date of the final internal decision", "Date: 09/03/2026", "denial/final-internal-appeal-decision-2026-09-03.txt"),
("What the final decision says of its finality", "This decision is final", "denial/final-internal-appeal-decision-2026-09-03.txt"),
("Postmark of the final decision", "postmark 09/10/2026", "denial/final-internal-appeal-decision-2026-09-03.txt"),
("Date the family received it", "received 09/12/2026", "denial/final-internal-appeal-decision-2026-09-03.txt"),
("Reviewer's specialty", "family medicine", "denial/final-internal-appeal-decision-2026-09-03.txt"),
("Internal appeal number", "APL-26-0720-1188", "denial/final-internal-appeal-decision-2026-09-03.txt"),
("External review window in the SPD", "within four months after the date you receive our final decision", "other/spd-section-14-excerpt.txt"),
("Number of internal levels", "one level of internal appeal", "other/spd-section-14-excerpt.txt"),
("Grandfathered status", "It is not a grandfathered plan", "other/spd-section-14-excerpt.txt"),
("Plan type per the SPD", "self-funded governmental plan", "other/spd-section-14-excerpt.txt"),
("Policy criterion 2", "at least four", "other/medical-policy-mp-ket-09.txt"),
("Trial count the denial states", "The records show two trials", "denial/initial-denial-2026-06-22.txt"),
("Claim number", "THA-26-0611-73302", "denial/initial-denial-2026-06-22.txt"),
("Designation date", "07/14/2026", "other/authorized-representative-designation-2026-07-14.txt"),
("Fourth trial", "mirtazapine 45 mg 7 weeks", "clinical/psychiatry-medication-history-2026-05-20.txt"),
("Episode onset", "Episode began 10/2024", "clinical/psychiatry-medication-history-2026-05-20.txt"),
],
truth='''# FICTIONAL TRUTH FILE - 07 - self-funded county plan: final internal denial silent on external review; external review due 01/03/2027 (01/12/2027 from receipt) (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Governmental** (county), **self-funded**, not grandfathered, 2,100 employees. Six IV ketamine infusions
  (06/01-06/12/2026) denied CO-50 on 06/22/2026 ("records show two trials; MP-KET-09 requires four").
- The husband (plan's designation form, 07/14/2026) filed the one internal appeal (received 07/20/2026); it was
  **denied on 09/03/2026** by a family-medicine reviewer, "This decision is final", with **no word on external
  review** (envelope postmarked 09/10, received 09/12/2026).
- The record shows **four** adequate failed trials in the current episode (since 10/2024).
- **Level:** **external review** (the plan has one internal level; SPD 14.1, 14.3).
- **True deadline: 01/12/2027** - four months after receipt of the final internal denial (45 CFR 147.136(d)(2)(i)
  for the federal process; SPD 14.3 "after the date you receive"); the safe date counted from the letter's date is
  **01/03/2027**. Either way the request sent now is in time.

## Deliberately unknown
- Whether this self-funded county plan uses the HHS-administered federal process or a state process: the SPD does
  not say; the request should ask the plan to forward it if a different entity handles it, or name the route.
- Whether the final letter's silence on external review is itself a notice defect: plausible (notice content rules), not needed.
- The IRO's real address (fictional here).

## Traps
- "This decision is final" does not end the road: external review is the next level.
- Not ERISA: a governmental plan is outside ERISA; do not cite 29 CFR 2560.503-1 as binding on it (the ACA rule 45 CFR 147.136 applies it) and do not cite the DOL self-funded route 29 CFR 2590.715-2719 (that is for ERISA plans).
- Not a second internal appeal; not 60 days; not counted from the initial 06/22/2026 notice.
- The husband writes about his wife ("Ms. Quintanilla-Berg"), not "I".

## Arguments a strong letter makes
1. Request external review of the 09/03/2026 final internal denial, within four months of receipt (received 09/12/2026; SPD 14.3; 45 CFR 147.136).
2. The decision's only ground is factually wrong: the records show four adequate failed trials (sertraline, venlafaxine XR, bupropion XL, mirtazapine), meeting MP-KET-09 criterion 2; criteria 1 and 3 are met too.
3. The reviewer was a family physician, not a psychiatrist; ask the IRO to overturn and direct payment of the six infusions.

## What a letter must NOT say
- That the plan's decision is final and nothing further is possible; that the deadline passed.
- 29 CFR 2590.715-2719 or "ERISA plan"; a state insurance department route as certain.
- "two trials" as true; "second-level internal appeal".
'''
)
# ---------------------------------------------------------------- case 08
case(nn="08", slug="erisa-insured-coding-j3490-no-ndc-corrected-claim-accepted-second-level-not-external-review-billing-manager-rep",
npis={"NPI1": "193382051"},
yaml='''# FICTIONAL CASE (set 74, case 08) - every person, plan, provider, number and address is invented.
# Insured employer plan (ERISA), Kansas, 480 employees. Three ketamine infusions denied CO-16/M119 (J3490 with no
# NDC). A corrected claim (frequency 7) with the NDC was sent 09/18/2026 and accepted 09/19/2026. The first-level
# appeal was denied 11/10/2026: "No corrected claim has been received ... you may request an external review".
# The certificate has TWO mandatory internal levels; a coding denial involves no medical judgment. This letter:
# SECOND-LEVEL appeal, within 60 days after receipt of the first-level decision (certificate 10.4): 01/09/2027
# counted from its date. The clinic's billing manager writes as authorized representative (plan form).
patient:
  name: Beatrix Holloway-Nakamura
  salutation: Ms. Holloway-Nakamura
  date_of_birth: 1987-10-09
  member_id: FICT-HMH-PW7731064
  address: |-
    2204 North Rock Road
    Wichita, KS 67226
  phone: (316) 555-0117
insurer:
  name: Heartland Mutual Health Insurance Company (FICTIONAL), insurer of the Prairie Wind Turbine Services group plan
  appeals_address: |-
    Heartland Mutual Health, Member Appeals (FICTIONAL)
    PO Box 47710
    Wichita, KS 67201
  fax: (316) 555-0186
claim:
  number: HMH-26-0812-66120
  plan_type: employer_erisa
  funding: insured
  employees: 480
  notice_date: 2026-08-25
  stage: second level
  coding_correct: false
  service_dates: [2026-08-04, 2026-08-07, 2026-08-11]
  procedure_codes: ["96365", "J3490"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-16]
  denial_reason: >-
    Claim lacks information needed for adjudication. Missing/incomplete/invalid National Drug Code (NDC) for the
    unlisted drug code J3490.
  denial_category: coding_billing
  action: none
decisions:
  - date: 2026-11-10
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2027-01-09
    reason: >-
      The first-level appeal is denied. No corrected claim has been received. The claim as billed does not include
      the NDC for J3490. You may request an external review.
    corrections:
      - said: No corrected claim has been received.
        record: >-
          The corrected claim (frequency code 7) with the NDC was sent on 09/18/2026 and accepted by the plan's
          payer connection on 09/19/2026 (clearinghouse report, batch 40417, payer claim control HMH-26-0919-70815).
        file: other/clearinghouse-acceptance-report-2026-09-19.txt
        page: 1
corrected_claim:
  error: J3490 was billed without the drug's NDC, unit of measure and quantity.
  resubmission_code: "7"
  file: other/corrected-claim-2026-09-18.txt
  sent: 2026-09-18
  accepted: 2026-09-19
  reference: clearinghouse report, batch 40417
  proof:
    - other/clearinghouse-acceptance-report-2026-09-19.txt
  lines:
    - code: J3490
      units: 1
      ndc: "99999-0417-10"
      ndc_unit: ML
      ndc_quantity: 1
      documented: ketamine 50 mg/mL, 40 mg (0.8 mL) given IV over 40 minutes on each date, from a 1 mL vial
      evidence: {file: clinical/infusion-record-2026-08-11.txt, page: 1}
    - code: "96365"
      units: 1
      documented: one infusion of 40 minutes on each date
      evidence: {file: clinical/infusion-record-2026-08-11.txt, page: 1}
plan_policy:
  name: Heartland Mutual Group Certificate (Prairie Wind Turbine Services), Section 10 (Appeals)
  quote: >-
    10.2 You must complete two levels of internal appeal before any further review. 10.4 You may request a
    second-level appeal within 60 days after you receive our first-level decision. 10.7 External review is
    available for final decisions that involve medical judgment or a rescission of coverage.
  file: other/certificate-section-10-excerpt.txt
treatment:
  name: Intravenous ketamine infusions (three infusions, August 4 through August 11, 2026)
  summary: IV ketamine infusions for recurrent severe major depression.
clinical:
  severity: PHQ-9 19 on 08/04/2026
  severity_date: 2026-08-04
  suicidality: none
  suicidality_date: 2026-08-04
author:
  name: Renata Okonkwo-Lisle
  relation: representative
  role: Billing manager, Flint Hills Ketamine Clinic, authorized representative (plan's designation form)
  authorization: other/authorized-representative-form-2026-09-30.txt
  address: |-
    8100 East 21st Street North, Suite 140
    Wichita, KS 67206
  phone: (316) 555-0145
  email: billing@flinthills-ketamine.example
provider:
  name: Flint Hills Ketamine Clinic (Dr. Owen Castellanos-Reyes, MD)
  credentials: MD, anesthesiologist
  npi: "{NPI1}"
  address: |-
    8100 East 21st Street North, Suite 140
    Wichita, KS 67206
  phone: (316) 555-0145
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-08-25.txt": '''HEARTLAND MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 08/25/2026   Group: Prairie Wind Turbine Services   Claim: HMH-26-0812-66120
Member: Beatrix Holloway-Nakamura   Member ID: FICT-HMH-PW7731064
Provider: Flint Hills Ketamine Clinic (NPI {NPI1})   Dates: 08/04/2026, 08/07/2026, 08/11/2026
Lines: 96365 x 1 and J3490 x 1 on each date   Adjustment: CO-16, remark M119
Claim lacks information needed for adjudication. Missing/incomplete/invalid National Drug Code (NDC) for the
unlisted drug code J3490.
You may appeal within 180 days after you receive this notice.
''',
"denial/first-level-appeal-decision-2026-11-10.txt": '''HEARTLAND MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - FIRST-LEVEL APPEAL DECISION
Date: 11/10/2026   Claim: HMH-26-0812-66120   Appeal: HMH-APL1-26-1002-3317 (received 10/02/2026)
Member: Beatrix Holloway-Nakamura   Representative: Renata Okonkwo-Lisle (designation on file)
Decision: The first-level appeal is denied. No corrected claim has been received. The claim as billed does not
include the NDC for J3490. You may request an external review.
[Member portal: letter posted 11/13/2026.]
''',
"other/certificate-section-10-excerpt.txt": '''HEARTLAND MUTUAL GROUP CERTIFICATE (FICTIONAL) - PRAIRIE WIND TURBINE SERVICES - SECTION 10 (EXCERPT)
10.2 You must complete two levels of internal appeal before any further review.
10.4 You may request a second-level appeal within 60 days after you receive our first-level decision.
10.5 We will decide a second-level appeal of a post-service claim within 30 days after we receive it.
10.7 External review is available for final decisions that involve medical judgment or a rescission of coverage.
''',
"other/corrected-claim-2026-09-18.txt": '''CORRECTED CLAIM (FICTIONAL SUMMARY OF THE CLAIM FORM) - Flint Hills Ketamine Clinic
Date sent: 09/18/2026   Frequency code 7 (replacement of prior claim)   Original claim: HMH-26-0812-66120
Member: Beatrix Holloway-Nakamura   Member ID: FICT-HMH-PW7731064
Each of 08/04/2026, 08/07/2026, 08/11/2026: 96365 x 1; J3490 x 1 with N4 99999041710 ML1 (FICTIONAL NDC
99999-0417-10, ketamine 50 mg/mL, 1 mL vial).
''',
"other/clearinghouse-acceptance-report-2026-09-19.txt": '''PLAINS CLAIMS EXCHANGE (FICTIONAL CLEARINGHOUSE) - PAYER ACCEPTANCE REPORT
Report date: 09/19/2026   Batch: 40417   Submitter: Flint Hills Ketamine Clinic
Payer: Heartland Mutual Health   Claim sent 09/18/2026, frequency 7, member FICT-HMH-PW7731064
Payer status: ACCEPTED 09/19/2026   Payer claim control number: HMH-26-0919-70815
''',
"other/authorized-representative-form-2026-09-30.txt": '''HEARTLAND MUTUAL HEALTH (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
Member: Beatrix Holloway-Nakamura   Member ID: FICT-HMH-PW7731064
I designate Renata Okonkwo-Lisle, billing manager of Flint Hills Ketamine Clinic, as my authorized
representative for all levels of appeal of claim HMH-26-0812-66120.   Signed: Beatrix Holloway-Nakamura, 09/30/2026
''',
"clinical/infusion-record-2026-08-11.txt": '''FLINT HILLS KETAMINE CLINIC (FICTIONAL) - INFUSION RECORD
Patient: Beatrix Holloway-Nakamura   DOB: 10/09/1987
08/04/2026, 08/07/2026, 08/11/2026: ketamine 50 mg/mL, 40 mg (0.8 mL) IV over 40 minutes, from a 1 mL vial; the
remainder discarded. PHQ-9 19 on 08/04/2026.
Signed: Owen Castellanos-Reyes, MD
''',
},
answers=[
("Original EOB date", "Date: 08/25/2026", "denial/eob-2026-08-25.txt"),
("CARC and remark", "CO-16, remark M119", "denial/eob-2026-08-25.txt"),
("What was missing", "National Drug Code (NDC)", "denial/eob-2026-08-25.txt"),
("First-level decision date", "Date: 11/10/2026", "denial/first-level-appeal-decision-2026-11-10.txt"),
("What the first-level decision says of the corrected claim", "No corrected claim has been received", "denial/first-level-appeal-decision-2026-11-10.txt"),
("Next step the first-level decision names (wrong)", "You may request an external review", "denial/first-level-appeal-decision-2026-11-10.txt"),
("Date the decision was posted to the portal", "letter posted 11/13/2026", "denial/first-level-appeal-decision-2026-11-10.txt"),
("First-level appeal number", "HMH-APL1-26-1002-3317", "denial/first-level-appeal-decision-2026-11-10.txt"),
("Internal levels required", "two levels of internal appeal", "other/certificate-section-10-excerpt.txt"),
("Second-level window", "within 60 days after you receive our first-level decision", "other/certificate-section-10-excerpt.txt"),
("External review scope", "involve medical judgment or a rescission of coverage", "other/certificate-section-10-excerpt.txt"),
("Second-level decision time", "within 30 days after we receive it", "other/certificate-section-10-excerpt.txt"),
("NDC in N4 form", "N4 99999041710 ML1", "other/corrected-claim-2026-09-18.txt"),
("Corrected claim acceptance date", "ACCEPTED 09/19/2026", "other/clearinghouse-acceptance-report-2026-09-19.txt"),
("Payer claim control number", "HMH-26-0919-70815", "other/clearinghouse-acceptance-report-2026-09-19.txt"),
("Dose given", "40 mg (0.8 mL)", "clinical/infusion-record-2026-08-11.txt"),
],
truth='''# FICTIONAL TRUTH FILE - 08 - insured ERISA plan: coding (no NDC); corrected claim accepted; second-level appeal due 01/09/2027, not external review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Insured employer plan under ERISA** (480 employees, Kansas). Three ketamine infusions (08/04, 08/07,
  08/11/2026) denied **CO-16/M119** on 08/25/2026: J3490 billed without an NDC. The original claim **was wrong**
  (`coding_correct: false`).
- The clinic sent a **corrected claim** (frequency 7) with N4 99999041710 ML1 on **09/18/2026**; the payer
  **accepted it 09/19/2026** (batch 40417, payer control HMH-26-0919-70815).
- The first-level appeal (received 10/02/2026) was denied **11/10/2026** (posted to the portal 11/13/2026):
  "No corrected claim has been received ... You may request an external review."
- **Level:** **second-level internal appeal** - the certificate requires two internal levels (10.2). External review
  is only for medical-judgment or rescission decisions (certificate 10.7; the scope 45 CFR 147.136 gives external
  review): a coding denial is neither.
- **True deadline: 01/12/2027** - 60 days after receipt (portal 11/13/2026; certificate 10.4); the safe date
  counted from the decision's date is **01/09/2027**. (ERISA's 180 days, 2560.503-1(h)(3)(i), governs the first
  level; a plan may set the second level's window.)
- After the second level: a complaint to the Kansas Insurance Department (insured plan) or a civil action under
  ERISA 502(a); not external review.

## Deliberately unknown
- Why the corrected claim did not reach the appeals unit (different claim number HMH-26-0919-70815?): not shown.
- Whether the corrected claim was ever adjudicated or is pending.
- The real NDC: fictional (labeler 99999).

## Traps
- Requesting external review because the decision says so: wrong level and wrong kind of denial.
- Saying "the claim was correctly coded": it was not; the corrected claim fixed it.
- Medical necessity, peer-to-peer, clinical reviewer requests: none apply to a coding denial.
- Counting 180 days from the first-level decision, or counting from the 08/25 EOB.
- The billing manager is a representative writing for the patient; not "I" as the patient, not "the physician".

## Arguments a strong letter makes
1. This is the second-level appeal required by certificate 10.2, filed within 10.4's 60 days, of the 11/10/2026 decision.
2. The decision's ground is wrong: the corrected claim was sent 09/18/2026 and accepted 09/19/2026 (clearinghouse report, batch 40417; payer control HMH-26-0919-70815); it carries NDC 99999-0417-10 in 5-4-2 form with N4 qualifier, ML, quantity 1, matching the record (40 mg from a 1 mL vial).
3. Ask the plan to process the corrected claim as corrected and pay the three dates.

## What a letter must NOT say
- "external review" as this letter's request; "independent review organization".
- "correctly coded"; "medically necessary" as the dispute.
- That no corrected claim was sent, or that the appeal is late.
'''
)

# ================================================================= build and self-check
PHONE_RE = re.compile(r"\d{3}-\d{4}")
OK_PHONE = re.compile(r"(\(\d{3}\) 555-01\d\d|1-800-555-01\d\d)$")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+\.)+([A-Za-z]+)")
WEB_RE = re.compile(r"\b(?:www\.|https?://)([\w.-]+)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def fill(text, npis):
    for k, v in npis.items():
        text = text.replace("{" + k + "}", v)
    return text


def phone_problems(text, where):
    out = []
    for m in re.finditer(r"\b555-\d{4}", text):
        if not re.match(r"555-01\d\d", m.group(0)):
            out.append(f"{where}: 555 number outside 01xx: {m.group(0)}")
        before = text[max(0, m.start() - 6):m.start()]
        if not (re.search(r"\(\d{3}\) $", before) or before.endswith("1-800-")):
            out.append(f"{where}: bare 555 number {m.group(0)}")
    return out


def build(c, problems):
    nn, slug = c["nn"], c["slug"]
    npis = {k: npi(v) for k, v in c["npis"].items()}
    folder = HERE / f"{nn}-{slug}"
    if folder.exists():
        shutil.rmtree(folder)
    for old in HERE.glob(f"{nn}-*.truth.md"):
        old.unlink()
    folder.mkdir()
    y = fill(c["yaml"], npis)
    (folder / "case.yaml").write_text(y)
    docs = {}
    for rel, body in c["docs"].items():
        text = HEAD.format(nn=nn) + "\n\n" + fill(body, npis).rstrip("\n") + "\n\n" + FOOT + "\n"
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
        docs[rel] = text
    truth = fill(c["truth"], npis)
    tpath = HERE / f"{nn}-{slug}.truth.md"
    tpath.write_text(truth)
    # checks
    w = f"case {nn}"
    try:
        data = YAML(typ="safe").load(y)
    except Exception as e:  # noqa
        problems.append(f"{w}: case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in y.splitlines()[0]:
        problems.append(f"{w}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{w}: truth first line lacks FICTIONAL")
    pos = [truth.find("## " + h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{w}: truth headings missing or out of order {pos}")
    if len(c["answers"]) != 16:
        problems.append(f"{w}: {len(c['answers'])} answers, want 16")
    for q, a, d in c["answers"]:
        if d not in docs:
            problems.append(f"{w}: answer '{q}' names missing document {d}")
        elif norm(fill(a, npis)) not in norm(docs[d]):
            problems.append(f"{w}: answer '{q}' = '{a}' not printed in {d}")
    for rel, text in docs.items():
        if not (text.startswith("FICTIONAL DOCUMENT") and text.rstrip().endswith(FOOT)):
            problems.append(f"{w}: {rel} lacks FICTIONAL header/footer")
        if not rel.endswith(".txt") or rel.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"{w}: bad document path {rel}")
    alltext = {"case.yaml": y, "truth": truth, **docs}
    for name, text in alltext.items():
        problems.extend(phone_problems(text, f"{w} {name}"))
        for m in EMAIL_RE.finditer(text):
            if not m.group(0).endswith(".example"):
                problems.append(f"{w} {name}: e-mail not on .example: {m.group(0)}")
        for m in WEB_RE.finditer(text):
            if not m.group(1).endswith(".example"):
                problems.append(f"{w} {name}: web not on .example: {m.group(0)}")
        for m in re.finditer(r"NPI (\d{10})", text):
            if not luhn_ok(m.group(1)):
                problems.append(f"{w} {name}: NPI {m.group(1)} fails Luhn")
    pnpi = str((data.get("provider") or {}).get("npi", ""))
    if pnpi and not luhn_ok(pnpi):
        problems.append(f"{w}: provider.npi {pnpi} fails Luhn")
    # every path named in case.yaml exists
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.-]+\.txt)", y):
        if not (folder / m.group(1)).exists():
            problems.append(f"{w}: case.yaml names missing file {m.group(1)}")
    return folder


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a.isdigit() or re.fullmatch(r"\d\d", a)]
    problems, folders = [], []
    for c in CASES:
        if only and c["nn"] not in only:
            continue
        folders.append(build(c, problems))
    n = len(folders)
    print(f"generator: {n} cases, {16 * n} expected answers, {len(problems)} problems")
    for p in problems:
        print("  PROBLEM:", p)
    bad = bool(problems)
    if check:
        out = io.StringIO()
        for f in folders:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", str(f)], capture_output=True, text=True)
            out.write(f"===== {f.name}: exit {r.returncode}\n{r.stdout}{r.stderr}\n")
            print(f"check {f.name[:2]}: exit {r.returncode}")
            bad = bad or r.returncode != 0
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text(out.getvalue())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
