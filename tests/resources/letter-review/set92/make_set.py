#!/usr/bin/env python3
"""FICTIONAL blind test set 92 (issue 18, process emphasis) for appeal-kit letters.

Run: /work/main/.venv/bin/python make_set.py [--check]
Rewrites every case folder and truth file from the data below, then self-checks.
All people, plans, providers, numbers and addresses here are invented (FICTIONAL).
"""
import io, os, re, shutil, subprocess, sys
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
HEAD = "FICTIONAL - invented for a blind test set (set 92); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]
CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- case 01
case(slug="92-01-medicaid-mco-maintenance-ect-fair-hearing-notice-says-90-days-patient",
yaml='''
# FICTIONAL CASE (set 92, case 01) - every person, plan, provider, number and address is invented.
# Washington Medicaid managed care, adult 47. Maintenance ECT (8 treatments) denied as over "12 per calendar year";
# the handbook's 12 is the acute course, maintenance is authorized in blocks of 8 per 90 days. Plan appeal faxed
# 09/03/2026, upheld in the notice of resolution of 10/26/2026, which says "90 days" for a fair hearing: the rule
# gives 120 calendar days (02/23/2027). The patient writes the fair hearing request herself.
patient:
  name: Corinne Aldaba
  salutation: Ms. Aldaba
  date_of_birth: 1979-06-18
  member_id: FICT-WAMC-30418852
  address: |-
    2217 South Ainsworth Avenue
    Tacoma, WA 98405
  phone: (253) 555-0147
  email: c.aldaba@mailbox.example
insurer:
  name: Puget Harbor Community Health Plan (FICTIONAL Medicaid managed care plan)
  appeals_address: |-
    Puget Harbor Community Health Plan, Appeals Unit (FICTIONAL)
    PO Box 2291
    Tacoma, WA 98401
  fax: (253) 555-0160
claim:
  number: PH-26-0811-4471
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-08-14
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    ECT is limited to 12 treatments per calendar year (Member Handbook Section 5.8). You have received 12 ECT
    treatments in 2026. The requested maintenance ECT treatments 13 through 20 are denied.
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
  pending_services: 8
  corrections:
    - said: ECT is limited to 12 treatments per calendar year (Member Handbook Section 5.8).
      record: >-
        Section 5.8 limits an acute course to 12 treatments and authorizes maintenance ECT after an acute course in
        blocks of up to 8 treatments per 90 days; it sets no calendar-year limit.
      file: other/member-handbook-2026-section-5-8.txt
      page: 1
submissions:
  - date: 2026-09-03
    method: fax
    to: Puget Harbor Community Health Plan, Appeals Unit
    stage: plan appeal (first level)
    confirmation: PHA-26-0903-118
    proof: other/plan-appeal-fax-confirmation-2026-09-03.txt
decisions:
  - date: 2026-10-26
    outcome: denied
    stage: plan appeal (first level)
    opens: state fair hearing
    next_deadline: 2027-02-23
    reason: >-
      The Member Handbook limits ECT to 12 treatments per calendar year. You have reached this limit. Your appeal
      is denied.
external_review:
  agency: State Medicaid Fair Hearing Office (FICTIONAL)
  address: |-
    State Medicaid Fair Hearing Office (FICTIONAL)
    PO Box 42489
    Olympia, WA 98504
  final_denial_date: 2026-10-26
plan_policy:
  name: Puget Harbor Member Handbook 2026, Section 5.8 Electroconvulsive therapy (ECT)
  number: Section 5.8
  quote: >-
    ECT is covered when prior authorized. An acute course is limited to 12 treatments. Maintenance ECT after an
    acute course is authorized in blocks of up to 8 treatments per 90 days when the treating psychiatrist documents
    the need to prevent relapse.
  file: other/member-handbook-2026-section-5-8.txt
treatment:
  name: Maintenance electroconvulsive therapy (ECT), 8 treatments (90870)
  summary: >-
    After an acute course of 12 ECT treatments brought remission, the treating psychiatrist asked for 8 maintenance
    treatments to prevent relapse; symptoms returned after maintenance was denied.
  plan: Maintenance ECT every 2 weeks for 8 treatments, then reassess with MADRS.
clinical:
  severity: MADRS 29 on 11/20/2026 (MADRS 8 on 04/17/2026 at the end of the acute course)
  severity_date: 2026-11-20
  suicidality: passive
  suicidality_date: 2026-11-20
  response: MADRS 38 before the acute course (03/02/2026), 8 after treatment 12 (04/17/2026)
  response_level: remission
  history:
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-01
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/ect-summary-2026-11-20.txt, page: 1}
    - drug: Lithium
      dose: 900 mg daily (level 0.8)
      start: 2025-06
      ongoing: true
      kind: augmentation
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/ect-summary-2026-11-20.txt, page: 1}
    - drug: ECT acute course
      dose: 12 treatments, 03/02/2026-04/17/2026
      start: 2026-03-02
      end: 2026-04-17
      kind: neuromodulation
      sessions: 12
      adequate: true
      response: remission
      outcome: Remission (MADRS 38 to 8)
      evidence: {file: clinical/ect-summary-2026-11-20.txt, page: 1}
author:
  name: Corinne Aldaba
  relation: patient
provider:
  name: Dr. Halvard Ostby, MD
  credentials: MD, psychiatrist
  npi: "1329057180"
  address: |-
    Narrows Behavioral Health (FICTIONAL), 1901 South Union Avenue
    Tacoma, WA 98405
  phone: (253) 555-0132
record_dates:
  - file: clinical/ect-summary-2026-11-20.txt
    date: 2026-11-20
template: external-review-request
bates_prefix: ALDABA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-adverse-benefit-determination-2026-08-14.txt": '''
PUGET HARBOR COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION     Date: 08/14/2026
Member: Corinne Aldaba   ID FICT-WAMC-30418852   Reference PH-26-0811-4471
Request received 08/11/2026 from Dr. Halvard Ostby, MD (NPI 1329057180): ECT 90870 x 8 (maintenance).
Decision: DENIED. ECT is limited to 12 treatments per calendar year (Member Handbook Section 5.8). You have
received 12 ECT treatments in 2026. The requested maintenance ECT treatments 13 through 20 are denied.
You may appeal to Puget Harbor within 60 days of the date of this notice: Appeals Unit, PO Box 2291, Tacoma,
WA 98401, fax (253) 555-0160.
''',
"denial/notice-of-resolution-2026-10-26.txt": '''
PUGET HARBOR COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION                Date: 10/26/2026
Member: Corinne Aldaba   ID FICT-WAMC-30418852   Appeal PHA-26-0903-118 (reference PH-26-0811-4471)
We received your appeal on 09/03/2026. Decision: UPHELD.
The Member Handbook limits ECT to 12 treatments per calendar year. You have reached this limit. Your appeal is
denied.
Your right to a State Fair Hearing: you may ask for a State Fair Hearing within 90 days of the date of this
notice. Write to the State Medicaid Fair Hearing Office, PO Box 42489, Olympia, WA 98504.
''',
"clinical/ect-summary-2026-11-20.txt": '''
NARROWS BEHAVIORAL HEALTH (FICTIONAL) - ECT TREATMENT SUMMARY                               Date: 11/20/2026
Patient: Corinne Aldaba   DOB 06/18/1979   Psychiatrist: Dr. Halvard Ostby, MD   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Acute course: 12 ECT treatments 03/02/2026-04/17/2026; MADRS 38 before, 8 after treatment 12 (remission).
Medications, continued throughout: venlafaxine XR 225 mg daily since 01/2025 (partial response); lithium 900 mg
daily since 06/2025 (level 0.8; partial response).
08/05/2026: early relapse signs, MADRS 16; maintenance ECT requested 08/11/2026 and denied 08/14/2026.
11/20/2026: MADRS 29. Passive thoughts of death, no plan or intent. Plan: maintenance ECT every 2 weeks for 8
treatments, then reassess.
''',
"other/member-handbook-2026-section-5-8.txt": '''
PUGET HARBOR COMMUNITY HEALTH PLAN (FICTIONAL) - MEMBER HANDBOOK 2026 (excerpt)                 Page 38 of 90
Section 5.8 Electroconvulsive therapy (ECT)
ECT is covered when prior authorized. An acute course is limited to 12 treatments. Maintenance ECT after an
acute course is authorized in blocks of up to 8 treatments per 90 days when the treating psychiatrist documents
the need to prevent relapse.
''',
"other/plan-appeal-fax-confirmation-2026-09-03.txt": '''
FAX TRANSMISSION REPORT (FICTIONAL)                                          09/03/2026 10:42
To: (253) 555-0160 Puget Harbor Appeals Unit   Pages: 4   Result: OK
Cover: Appeal of PH-26-0811-4471, Corinne Aldaba. Plan acknowledgment number given by phone: PHA-26-0903-118.
''',
},
truth='''
# 92-01 - Medicaid managed care: maintenance ECT denied under a "12 per year" limit; fair hearing request after the plan appeal; the notice says 90 days (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corinne Aldaba, 47, Washington Medicaid managed care member of Puget Harbor Community Health Plan.
- Acute ECT course: 12 treatments 03/02/2026-04/17/2026, remission (MADRS 38 to 8). Relapse signs 08/05/2026
  (MADRS 16); the psychiatrist asked 08/11/2026 for 8 maintenance treatments (90870).
- Denied 08/14/2026 (PH-26-0811-4471) as over "12 treatments per calendar year". Handbook Section 5.8 says an
  acute course is limited to 12 and maintenance is authorized in blocks of up to 8 per 90 days: no calendar-year cap.
- Plan appeal faxed 09/03/2026 (PHA-26-0903-118), within 60 days of 08/14/2026. Notice of resolution 10/26/2026
  upheld it and says "within 90 days of the date of this notice".
- **Level:** state fair hearing (the plan's appeal is exhausted). **True deadline: 02/23/2027**, 120 calendar days
  from the notice of resolution of 10/26/2026, 42 CFR 438.408(f)(2). The notice's "90 days" (01/24/2027) is wrong
  and shorter; filing by 01/24/2027 is the safe course, but the right runs to 02/23/2027.
- Current: MADRS 29 on 11/20/2026; passive thoughts of death, no plan or intent. Venlafaxine XR 225 mg and lithium
  900 mg continue.
- Author: the patient herself ("I").

## Deliberately unknown
- Whether the state will expedite the hearing: not asked in the case; a letter may ask.
- Why the plan reads 5.8 as a yearly cap: unknown.

## Traps
- The notice's 90 days is not the rule; 60 days is the plan-appeal window, already used. The hearing is not a second
  plan appeal and not external review.
- Continued benefits (438.420) do not apply: no authorized care was cut.
- Venlafaxine and lithium are continuing, partial response: not "failed and stopped". The ECT course was a success
  (remission), not a failed trial.
- Suicidality is passive, no plan or intent: not "active suicidal ideation".
- Voice: the patient writes "I", never "Ms. Aldaba has".

## Arguments a strong letter makes (strongest first)
1. The handbook's own words: 12 is the acute-course limit; maintenance is a separate benefit in blocks of 8 per 90
   days. The decision applied a limit the handbook does not contain.
2. The psychiatrist documents the need to prevent relapse (relapse since the denial: MADRS 8 to 29).
3. The request is timely: the hearing may be asked within 120 days of 10/26/2026 (42 CFR 438.408(f)(2)).

## What a letter must NOT say
- "12 treatments per calendar year" as the plan's term; "within 90 days" as the hearing rule; "second-level appeal";
  "external review" as this level.
- "ERISA", "29 CFR 2560.503-1", "Medicare", "EPSDT".
- "failed ECT"; "active suicidal ideation".
''',
answers=[
("patient name", "Corinne Aldaba", "case.yaml"),
("member ID", "FICT-WAMC-30418852", "denial/notice-of-resolution-2026-10-26.txt"),
("reference number", "PH-26-0811-4471", "denial/notice-of-adverse-benefit-determination-2026-08-14.txt"),
("first denial date", "Date: 08/14/2026", "denial/notice-of-adverse-benefit-determination-2026-08-14.txt"),
("notice of resolution date", "Date: 10/26/2026", "denial/notice-of-resolution-2026-10-26.txt"),
("window the notice prints (wrong)", "within 90 days of the date of this notice", "denial/notice-of-resolution-2026-10-26.txt"),
("true fair hearing deadline", "True deadline: 02/23/2027", "truth"),
("rule for the deadline", "42 CFR 438.408(f)(2)", "truth"),
("plan appeal sent", "09/03/2026 10:42", "other/plan-appeal-fax-confirmation-2026-09-03.txt"),
("plan appeal number", "PHA-26-0903-118", "other/plan-appeal-fax-confirmation-2026-09-03.txt"),
("maintenance terms", "authorized in blocks of up to 8 treatments per 90 days", "other/member-handbook-2026-section-5-8.txt"),
("acute course limit", "An acute course is limited to 12 treatments", "other/member-handbook-2026-section-5-8.txt"),
("current severity", "11/20/2026: MADRS 29", "clinical/ect-summary-2026-11-20.txt"),
("acute course result", "MADRS 38 before, 8 after treatment 12 (remission)", "clinical/ect-summary-2026-11-20.txt"),
("hearing office address", "PO Box 42489, Olympia, WA 98504", "denial/notice-of-resolution-2026-10-26.txt"),
("author", "relation: patient", "case.yaml"),
])


# ---------------------------------------------------------------- case 02
case(slug="92-02-part-d-quantity-limit-bupropion-notice-counts-from-receipt-redetermination-patient",
yaml='''
# FICTIONAL CASE (set 92, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Idaho. Bupropion XL 150 mg, 3 tablets a day (450 mg), refused past the plan's quantity
# limit of 1 a day. The coverage determination of 11/20/2026 says "60 days from the date you receive this notice"
# (received 11/30/2026: that reading gives 01/29/2027). The rule is 65 days from the date of the notice: 01/24/2027
# (42 CFR 423.582(b)). Standard redetermination, written by the member herself.
patient:
  name: Harriet Sandoval-Pryce
  salutation: Ms. Sandoval-Pryce
  date_of_birth: 1951-02-09
  member_id: FICT-CSRX-77310429
  address: |-
    4410 West Overland Road
    Boise, ID 83705
  phone: (208) 555-0151
  email: hsandovalpryce@homepost.example
insurer:
  name: Cascade Senior Rx (FICTIONAL Medicare Part D prescription drug plan)
  appeals_address: |-
    Cascade Senior Rx, Part D Appeals (FICTIONAL)
    PO Box 18820
    Boise, ID 83719
  fax: 1-800-555-0176
claim:
  number: CSRX-CD-26-1120-5528
  plan_type: medicare_part_d
  notice_date: 2026-11-20
  notice_received:
    date: 2026-11-30
    proof: other/envelope-postmark-note.txt
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    42 CFR 423.582(b): 65 days from the date of the coverage determination notice (11/20/2026). The notice's own
    sentence ("60 days from the date you receive this notice") is not the rule.
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Quantity limit exceeded. Bupropion XL 150 mg is limited to 1 tablet per day (30 tablets per 30 days). The
    request for 90 tablets per 30 days is denied.
  denial_category: other
  action: none
prescriber_statement:
  date: 2026-11-24
  quote: >-
    Ms. Sandoval-Pryce needs bupropion XL 450 mg daily, taken as three 150 mg tablets; the 300 mg dose gave only a
    partial response, and the single 450 mg tablet is not on the plan's formulary. One tablet a day would cut her dose
    by two thirds and risk relapse.
  file: other/prescriber-statement-2026-11-24.txt
treatment:
  name: Bupropion XL 150 mg tablets, 3 a day (450 mg daily)
  summary: >-
    The dose that works for me, 450 mg a day, needs three 150 mg tablets; the plan pays for one.
clinical:
  severity: PHQ-9 7 on 11/18/2026 (PHQ-9 15 on 08/20/2026 at 300 mg)
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2023-02
      end: 2024-11
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; stopped for hyponatremia (sodium 128)
      evidence: {file: clinical/progress-note-2026-11-18.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily, raised to 450 mg daily on 08/20/2026
      start: 2025-01
      ongoing: true
      kind: antidepressant
      response: response
      outcome: Partial response at 300 mg; response at 450 mg (PHQ-9 15 to 7)
      paid_outside: discount card
      evidence: {file: clinical/progress-note-2026-11-18.txt, page: 1}
author:
  name: Harriet Sandoval-Pryce
  relation: patient
provider:
  name: Dr. Wendell Achterberg, MD
  credentials: MD, psychiatrist
  npi: "1672403957"
  address: |-
    Treasure Valley Psychiatry (FICTIONAL), 890 North Five Mile Road
    Boise, ID 83713
  phone: (208) 555-0138
record_dates:
  - file: other/prescriber-statement-2026-11-24.txt
    date: 2026-11-24
  - file: clinical/progress-note-2026-11-18.txt
    date: 2026-11-18
bates_prefix: SANDOVALPRYCE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/coverage-determination-2026-11-20.txt": '''
CASCADE SENIOR RX (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE     Date: 11/20/2026
Member: Harriet Sandoval-Pryce   Member ID FICT-CSRX-77310429   Case CSRX-CD-26-1120-5528
Drug: bupropion XL 150 mg tablets, 90 per 30 days. Prescriber: Dr. Wendell Achterberg, MD (NPI 1672403957).
Decision: DENIED. Quantity limit exceeded. Bupropion XL 150 mg is limited to 1 tablet per day (30 tablets per 30
days). The request for 90 tablets per 30 days is denied.
You have 60 days from the date you receive this notice to ask for a redetermination. Write to Part D Appeals, PO
Box 18820, Boise, ID 83719, or fax 1-800-555-0176. Your prescriber can also ask for a coverage exception.
''',
"other/envelope-postmark-note.txt": '''
Note kept by the member with the envelope (FICTIONAL):
Envelope from Cascade Senior Rx postmarked 11/27/2026; received in my mailbox 11/30/2026. - H. Sandoval-Pryce
''',
"other/prescriber-statement-2026-11-24.txt": '''
TREASURE VALLEY PSYCHIATRY (FICTIONAL) - SUPPORTING STATEMENT FOR A COVERAGE EXCEPTION        Date: 11/24/2026
Patient: Harriet Sandoval-Pryce   DOB 02/09/1951   Prescriber: Dr. Wendell Achterberg, MD, NPI 1672403957
Ms. Sandoval-Pryce needs bupropion XL 450 mg daily, taken as three 150 mg tablets; the 300 mg dose gave only a
partial response, and the single 450 mg tablet is not on the plan's formulary. One tablet a day would cut her dose
by two thirds and risk relapse.
Signed: Wendell Achterberg, MD
''',
"clinical/progress-note-2026-11-18.txt": '''
TREASURE VALLEY PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                                      Date: 11/18/2026
Patient: Harriet Sandoval-Pryce   DOB 02/09/1951   Page 1 of 1
Major depressive disorder, recurrent, moderate (F33.1). Escitalopram 20 mg 02/2023-11/2024: partial response,
stopped for hyponatremia (sodium 128). Bupropion XL since 01/2025: 300 mg partial response (PHQ-9 15 on
08/20/2026); raised 08/20/2026 to 450 mg as three 150 mg tablets. PHQ-9 7 today. Denies suicidal ideation.
The plan pays 30 tablets a month; she has paid for the other 60 with a pharmacy discount card since September.
''',
},
truth='''
# 92-02 - Part D: quantity limit on bupropion XL; the notice counts 60 days from receipt; standard redetermination by the member (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harriet Sandoval-Pryce, 75, stand-alone Part D plan Cascade Senior Rx. Bupropion XL 450 mg daily as three
  150 mg tablets since 08/20/2026 (response: PHQ-9 15 to 7); the plan pays 1 tablet a day, she buys the other 60 a
  month with a discount card.
- Coverage determination of 11/20/2026 (CSRX-CD-26-1120-5528) denies 90 tablets per 30 days under the quantity
  limit; it says "60 days from the date you receive this notice". Envelope postmarked 11/27/2026, received 11/30/2026.
- **Level:** standard redetermination by the plan (first level), with a request for an exception to the quantity
  limit supported by the prescriber's statement of 11/24/2026 (42 CFR 423.578(b)).
- **True deadline: 01/24/2027**, 65 days from the date of the notice, 42 CFR 423.582(b) (from 2025-01-01). The
  notice's receipt-based reading (01/29/2027) is later than the rule allows and must not be relied on; a late
  request would need good cause (423.582(c)).
- Escitalopram ended 11/2024 for hyponatremia (an intolerance), after a partial response.
- Author: the member herself ("I").

## Deliberately unknown
- Why the plan mailed the notice a week after its date: unknown.
- Whether the plan covers the 450 mg single tablet by exception: not asked.

## Traps
- Deadline basis: the Part D rule counts from the notice's date, not receipt; not 60 days.
- This is not step therapy and not a medical-necessity denial of a new drug: she already takes and responds to it.
- Bupropion is continuing and working: never "failed bupropion". Escitalopram: partial response, stopped for
  hyponatremia; not "no response".
- The cash-paid tablets (discount card) are real use the plan's claims do not show.
- No suicidal ideation. Voice: "I".

## Arguments a strong letter makes (strongest first)
1. An exception to the quantity limit for 90 tablets per 30 days, on the prescriber's statement (423.578(b)): the
   dose prescribed is 450 mg, the lower dose gave only a partial response, the one-tablet form is off formulary.
2. The plan's claims show 30 tablets because she paid for the rest with a discount card since September.
3. Filed within 65 days of 11/20/2026 (by 01/24/2027).

## What a letter must NOT say
- "60 days from receipt" as the rule; a deadline of 01/29/2027.
- "failed bupropion"; "step therapy"; "ERISA"; "45 CFR 147.136"; "external review"; "Medicaid".
- "suicidal ideation" as present.
''',
answers=[
("member name", "Harriet Sandoval-Pryce", "case.yaml"),
("member ID", "FICT-CSRX-77310429", "denial/coverage-determination-2026-11-20.txt"),
("case number", "CSRX-CD-26-1120-5528", "denial/coverage-determination-2026-11-20.txt"),
("notice date", "Date: 11/20/2026", "denial/coverage-determination-2026-11-20.txt"),
("limit applied", "limited to 1 tablet per day (30 tablets per 30 days)", "denial/coverage-determination-2026-11-20.txt"),
("quantity asked", "90 tablets per 30 days", "denial/coverage-determination-2026-11-20.txt"),
("the notice's window (wrong)", "60 days from the date you receive this notice", "denial/coverage-determination-2026-11-20.txt"),
("day received", "received in my mailbox 11/30/2026", "other/envelope-postmark-note.txt"),
("true deadline", "True deadline: 01/24/2027", "truth"),
("rule", "42 CFR 423.582(b)", "truth"),
("prescriber statement date", "Date: 11/24/2026", "other/prescriber-statement-2026-11-24.txt"),
("why three tablets", "the single 450 mg tablet is not on the plan's formulary", "other/prescriber-statement-2026-11-24.txt"),
("response at 450 mg", "PHQ-9 7 today", "clinical/progress-note-2026-11-18.txt"),
("escitalopram stop reason", "stopped for hyponatremia (sodium 128)", "clinical/progress-note-2026-11-18.txt"),
("how the rest was paid", "pharmacy discount card", "clinical/progress-note-2026-11-18.txt"),
("appeals fax", "1-800-555-0176", "denial/coverage-determination-2026-11-20.txt"),
])


# ---------------------------------------------------------------- case 03
case(slug="92-03-ma-ppo-non-contract-tms-clinic-pr242-waiver-of-liability-notice-says-60-days-provider",
yaml='''
# FICTIONAL CASE (set 92, case 03) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO, Nevada. A non-contracted TMS clinic gave 36 sessions under the plan's own approved
# organization determination OD-26-0612-7730; the payment was denied PR-242 "non-network provider" although the PPO
# covers out-of-network care. The clinic appeals its own payment denial with the signed waiver of liability
# (42 CFR 422.574(b)). The remittance of 10/30/2026 says "60 days"; the rule gives 65 days: 01/03/2027.
patient:
  name: Gilbert Amundsen-Reyes
  salutation: Mr. Amundsen-Reyes
  date_of_birth: 1956-11-30
  member_id: FICT-SGMA-51904476
  address: |-
    1275 Mayberry Drive
    Reno, NV 89509
insurer:
  name: Sagebrush Medicare Advantage PPO (FICTIONAL)
  appeals_address: |-
    Sagebrush Medicare Advantage, Provider Payment Reconsiderations (FICTIONAL)
    PO Box 30514
    Reno, NV 89520
  fax: (775) 555-0164
claim:
  number: SGB-26-0921-60318
  plan_type: medicare_advantage
  notice_date: 2026-10-30
  appeal_deadline: 2027-01-03
  deadline_basis: >-
    42 CFR 422.582(b): 65 days from the date of the notice of 10/30/2026; the remittance's "60 days" is the old
    window.
  service_dates: [2026-06-22, 2026-08-11]
  sessions: 36
  setting: outpatient
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-242]
  denial_reason: >-
    Services rendered by a non-network provider. The member's plan requires services from network providers.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  coding_correct: true
  action: none
plan_option:
  name: PPO
  out_of_network: true
  since: 2026-01-01
  proof: [other/evidence-of-coverage-2026-chapter-3-excerpt.txt]
prior_auth:
  approved:
    number: organization determination OD-26-0612-7730
    date: 2026-06-12
    covers: 36 TMS sessions (90867 x1, 90868 x35) by High Desert TMS Center, 06/15/2026 through 09/15/2026
    quote: >-
      Approved: transcranial magnetic stimulation, 36 sessions, High Desert TMS Center (out-of-network), 06/15/2026
      through 09/15/2026.
    file: other/organization-determination-approval-2026-06-12.txt
    from: 2026-06-15
    through: 2026-09-15
    lines:
      - {code: "90867", units: 1, given: 1}
      - {code: "90868", units: 35, given: 35}
plan_policy:
  name: Sagebrush Medicare Advantage PPO 2026 Evidence of Coverage, Chapter 3, Section 2.3
  number: Chapter 3, Section 2.3
  quote: >-
    As a PPO member you may get covered services from out-of-network providers. You pay 40% coinsurance for
    out-of-network services. The provider must be eligible to take part in Medicare.
  file: other/evidence-of-coverage-2026-chapter-3-excerpt.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A TMS course the plan approved in advance for this clinic, out of network, given within the approved dates.
clinical:
  severity: PHQ-9 8 on 08/11/2026 (PHQ-9 21 on 06/22/2026)
  severity_date: 2026-08-11
  suicidality: none
  suicidality_date: 2026-08-11
  response: PHQ-9 21 at session 1 (06/22/2026), 8 at session 36 (08/11/2026)
  response_level: response
author:
  name: Dr. Priya Venkataraman-Holt
  role: Medical Director, High Desert TMS Center (non-contracted provider)
  relation: provider
  address: |-
    High Desert TMS Center (FICTIONAL), 5190 Kietzke Lane, Suite 210
    Reno, NV 89511
  phone: (775) 555-0127
  email: billing@highdeserttms.example
provider:
  name: High Desert TMS Center
  credentials: Medicare-enrolled, not contracted with Sagebrush
  npi: "1488260146"
  address: |-
    5190 Kietzke Lane, Suite 210
    Reno, NV 89511
  phone: (775) 555-0127
bates_prefix: AMUNDSENREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/remittance-advice-2026-10-30.txt": '''
SAGEBRUSH MEDICARE ADVANTAGE (FICTIONAL) - PROVIDER REMITTANCE ADVICE                       Date: 10/30/2026
Payee: High Desert TMS Center   NPI 1488260146   Status: non-contracted
Claim SGB-26-0921-60318   Member: Gilbert Amundsen-Reyes   ID FICT-SGMA-51904476   Received 09/21/2026
DOS 06/22/2026-08/11/2026   90867 x1, 90868 x35   Billed $8,640.00   Paid $0.00
PR-242. Services rendered by a non-network provider. The member's plan requires services from network providers.
Non-contracted providers may request a reconsideration within 60 days of this notice, with a signed Waiver of
Liability Statement, to Provider Payment Reconsiderations, PO Box 30514, Reno, NV 89520, fax (775) 555-0164.
''',
"other/organization-determination-approval-2026-06-12.txt": '''
SAGEBRUSH MEDICARE ADVANTAGE (FICTIONAL) - NOTICE OF APPROVED ORGANIZATION DETERMINATION    Date: 06/12/2026
Member: Gilbert Amundsen-Reyes   ID FICT-SGMA-51904476   Plan: Sagebrush Medicare Advantage PPO
Reference: OD-26-0612-7730
Approved: transcranial magnetic stimulation, 36 sessions, High Desert TMS Center (out-of-network), 06/15/2026
through 09/15/2026. Codes 90867 x1, 90868 x35.
''',
"other/evidence-of-coverage-2026-chapter-3-excerpt.txt": '''
SAGEBRUSH MEDICARE ADVANTAGE PPO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpt)            Page 41 of 220
Chapter 3, Section 2.3 Getting care from out-of-network providers
As a PPO member you may get covered services from out-of-network providers. You pay 40% coinsurance for
out-of-network services. The provider must be eligible to take part in Medicare.
''',
"other/waiver-of-liability-statement-2026-11-09.txt": '''
WAIVER OF LIABILITY STATEMENT (fictional rendition)                                         Date: 11/09/2026
Enrollee: Gilbert Amundsen-Reyes   Medicare Advantage plan: Sagebrush Medicare Advantage PPO
Claim SGB-26-0921-60318, dates of service 06/22/2026-08/11/2026.
I, the undersigned non-contracted provider, waive any right to collect payment from the above-named enrollee for
the services on this claim, regardless of the outcome of the appeal.
Signed: Priya Venkataraman-Holt, MD, Medical Director, High Desert TMS Center (NPI 1488260146)
''',
"clinical/tms-course-summary-2026-08-11.txt": '''
HIGH DESERT TMS CENTER (FICTIONAL) - TMS COURSE SUMMARY                                     Date: 08/11/2026
Patient: Gilbert Amundsen-Reyes   DOB 11/30/1956   Page 1 of 1
Major depressive disorder, recurrent, severe (F33.2). 36 sessions 06/22/2026-08/11/2026 (90867 once, 90868 x35)
under organization determination OD-26-0612-7730. PHQ-9 21 at session 1, 8 at session 36. No suicidal ideation.
''',
},
truth='''
# 92-03 - Medicare Advantage PPO: a non-contracted TMS clinic's own payment reconsideration; PR-242 under a PPO with an approval on file; notice says 60 days (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gilbert Amundsen-Reyes, 69, Sagebrush Medicare Advantage **PPO** (EOC Ch. 3 s. 2.3: out-of-network care covered,
  40% coinsurance, provider eligible for Medicare).
- The plan approved organization determination **OD-26-0612-7730** on 06/12/2026: 36 TMS sessions at High Desert TMS
  Center (out-of-network), 06/15/2026-09/15/2026. All 36 were given 06/22/2026-08/11/2026 (90867 x1, 90868 x35).
- Remittance 10/30/2026 (claim SGB-26-0921-60318) denied PR-242 "non-network provider".
- **Level:** the plan's reconsideration (first level) of a payment denial, requested by the **non-contracted
  provider** on its own behalf, with the signed Waiver of Liability Statement (11/09/2026), 42 CFR 422.574(b): the
  clinic will not bill the enrollee whatever the outcome. No appointment of representative is needed.
- **True deadline: 01/03/2027**, 65 days from the notice date 10/30/2026, 42 CFR 422.582(b). The remittance's
  "60 days" (12/29/2026) is the pre-2025 window; filing by 12/29/2026 is safe.
- If upheld, the plan must send the case to the independent review entity (42 CFR 422.592).

## Deliberately unknown
- What the plan would pay out of network (Medicare's allowed amount less the member's 40%): not in the case.
- Why the claims system treated the PPO as network-only: unknown; a letter may ask.

## Traps
- PPO, not HMO: no network gap exception is needed or argued; the plan's own EOC pays for out-of-network care.
- The approval covers exactly the dates and units given: 1 + 35 within 36, all within 06/15-09/15/2026.
- The author is the provider appealing its own claim: it writes for High Desert TMS Center, not "on behalf of the
  patient", and asks for no patient authorization; never "I" as the patient.
- The member is not to be billed (waiver); the letter must not ask the member to pay.
- Not medical necessity: no peer-to-peer, no clinical reviewer request.

## Arguments a strong letter makes (strongest first)
1. The plan approved this exact course at this out-of-network clinic (OD-26-0612-7730); every session is within it.
2. The member's PPO covers out-of-network care (EOC Ch. 3 s. 2.3); PR-242 does not fit a PPO.
3. Filed by the non-contracted provider with the waiver of liability, within 65 days (by 01/03/2027).

## What a letter must NOT say
- "network gap exception"; "HMO"; "no prior authorization".
- "60 days" as the rule; "medically necessary" as the ground; "peer-to-peer".
- "ERISA", "45 CFR 147.136", "parity", "Medicaid".
''',
answers=[
("patient", "Gilbert Amundsen-Reyes", "denial/remittance-advice-2026-10-30.txt"),
("member ID", "FICT-SGMA-51904476", "denial/remittance-advice-2026-10-30.txt"),
("claim number", "SGB-26-0921-60318", "denial/remittance-advice-2026-10-30.txt"),
("notice date", "Date: 10/30/2026", "denial/remittance-advice-2026-10-30.txt"),
("CARC", "PR-242", "denial/remittance-advice-2026-10-30.txt"),
("window printed (wrong)", "within 60 days of this notice", "denial/remittance-advice-2026-10-30.txt"),
("true deadline", "True deadline: 01/03/2027", "truth"),
("rule", "42 CFR 422.582(b)", "truth"),
("approval reference", "OD-26-0612-7730", "other/organization-determination-approval-2026-06-12.txt"),
("approval dates", "06/15/2026 through 09/15/2026", "other/organization-determination-approval-2026-06-12.txt"),
("PPO out-of-network term", "you may get covered services from out-of-network providers", "other/evidence-of-coverage-2026-chapter-3-excerpt.txt"),
("coinsurance", "40% coinsurance", "other/evidence-of-coverage-2026-chapter-3-excerpt.txt"),
("waiver", "regardless of the outcome of the appeal", "other/waiver-of-liability-statement-2026-11-09.txt"),
("waiver rule", "42 CFR 422.574(b)", "truth"),
("sessions given", "36 sessions 06/22/2026-08/11/2026", "clinical/tms-course-summary-2026-08-11.txt"),
("clinic NPI", "1488260146", "denial/remittance-advice-2026-10-30.txt"),
])


# ---------------------------------------------------------------- case 04
case(slug="92-04-employer-insured-child-therapy-cob-birthday-rule-misread-by-age-first-appeal-mother",
yaml='''
# FICTIONAL CASE (set 92, case 04) - every person, plan, provider, number and address is invented.
# Insured employer plan, Pennsylvania, 780 employees. A 14-year-old covered under both married parents' employer
# plans. This (mother's) plan denied 12 therapy visits CO-22, calling the father's plan primary "because the father
# is the older parent". Its own certificate applies the birthday rule (month and day, not year): the mother's
# birthday (03/14) comes first, so this plan is primary. First internal appeal by the mother; 180 days after receipt.
patient:
  name: Mateo Lindgren-Farouk
  salutation: Mateo
  date_of_birth: 2012-05-21
  member_id: FICT-AMH-40275518-02
  address: |-
    318 Wightman Street
    Pittsburgh, PA 15217
insurer:
  name: Allegheny Mutual Health (FICTIONAL), insurer of the Keystone Precision Castings employee plan
  appeals_address: |-
    Allegheny Mutual Health, Member Appeals (FICTIONAL)
    PO Box 61077
    Pittsburgh, PA 15230
  fax: (412) 555-0172
claim:
  number: AMH-26-1004-88213
  plan_type: employer_erisa
  funding: insured
  employees: 780
  notice_date: 2026-11-04
  service_dates: [2026-07-07, 2026-09-22]
  sessions: 12
  setting: outpatient
  procedure_codes: ["90834"]
  diagnosis_codes: [F41.1]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Other coverage on file: Monongahela
    Builders Health Plan (father, Karim Farouk). The father is the older parent, so his plan is primary.
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  coding_correct: true
  action: none
  corrections:
    - said: The father is the older parent, so his plan is primary.
      record: >-
        The certificate's order of benefit rules for a dependent child of married parents looks only at the month
        and day of each parent's birthday: the mother's is March 14 and the father's September 3, so the mother's
        plan, this plan, is primary.
      file: other/certificate-2026-section-11-2-excerpt.txt
      page: 1
other_coverage:
  plan: Monongahela Builders Health Plan (the father's employer plan)
  member_is: dependent
  covered_here_as: dependent
  proof: [other/father-plan-eob-2026-10-02.txt, other/parents-birth-dates-and-marriage-statement.txt]
  processed:
    date: 2026-10-02
    paid: "$0.00"
    quote: "This plan is secondary for this dependent: the other parent's birthday (03/14) falls earlier in the year."
    file: other/father-plan-eob-2026-10-02.txt
plan_policy:
  name: Allegheny Mutual Health Group Certificate 2026, Section 11.2 Order of benefit determination
  number: Section 11.2
  quote: >-
    Dependent child whose parents are married or living together: the plan of the parent whose birthday falls
    earlier in the calendar year is primary. Only the month and day of birth are considered; the year is not.
  file: other/certificate-2026-section-11-2-excerpt.txt
treatment:
  name: Outpatient psychotherapy, 12 visits (90834)
  summary: >-
    Weekly therapy for generalized anxiety disorder with an in-network therapist; coverage of the visits is not in
    question, only which plan pays first.
clinical:
  severity: GAD-7 9 on 09/22/2026 (GAD-7 17 on 07/07/2026)
  severity_date: 2026-09-22
  suicidality: none
  suicidality_date: 2026-09-22
author:
  name: Sofia Lindgren-Farouk
  role: Mateo's mother and the plan's subscriber (employee of Keystone Precision Castings)
  relation: parent
  address: |-
    318 Wightman Street
    Pittsburgh, PA 15217
  phone: (412) 555-0144
  email: sofia.lf@familymail.example
provider:
  name: Roisin Delacroix-Mbeki, LCSW
  credentials: LCSW (in network)
  npi: "1926733506"
  address: |-
    Squirrel Hill Family Counseling (FICTIONAL), 5801 Forbes Avenue
    Pittsburgh, PA 15217
  phone: (412) 555-0129
bates_prefix: LINDGRENFAROUK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-11-04.txt": '''
ALLEGHENY MUTUAL HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                               Date: 11/04/2026
Subscriber: Sofia Lindgren-Farouk   Patient: Mateo Lindgren-Farouk (dependent)   ID FICT-AMH-40275518-02
Claim AMH-26-1004-88213   Provider: Roisin Delacroix-Mbeki, LCSW (in network), NPI 1926733506
DOS 07/07/2026-09/22/2026   90834 x12   Billed $1,740.00   Paid $0.00
CO-22. This care may be covered by another payer per coordination of benefits. Other coverage on file:
Monongahela Builders Health Plan (father, Karim Farouk). The father is the older parent, so his plan is primary.
You may appeal within 180 days after you receive this notice. Member Appeals, PO Box 61077, Pittsburgh, PA 15230,
fax (412) 555-0172.
''',
"other/certificate-2026-section-11-2-excerpt.txt": '''
ALLEGHENY MUTUAL HEALTH (FICTIONAL) - GROUP CERTIFICATE 2026, KEYSTONE PRECISION CASTINGS (excerpt)  Page 77 of 96
Section 11.2 Order of benefit determination
Dependent child whose parents are married or living together: the plan of the parent whose birthday falls
earlier in the calendar year is primary. Only the month and day of birth are considered; the year is not.
''',
"other/father-plan-eob-2026-10-02.txt": '''
MONONGAHELA BUILDERS HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS                      Date: 10/02/2026
Subscriber: Karim Farouk (DOB 09/03/1981)   Patient: Mateo Lindgren-Farouk   Claim MBH-26-0930-1142
DOS 07/07/2026-09/22/2026   90834 x12   Paid $0.00
This plan is secondary for this dependent: the other parent's birthday (03/14) falls earlier in the year.
Send the primary plan's explanation of benefits.
''',
"other/parents-birth-dates-and-marriage-statement.txt": '''
STATEMENT OF THE PARENTS (FICTIONAL)                                                        Date: 11/12/2026
We are Mateo's parents, married since 2010 and living together at 318 Wightman Street, Pittsburgh, PA 15217.
Sofia Lindgren-Farouk: born 03/14/1984 (subscriber, Allegheny Mutual Health, through Keystone Precision Castings).
Karim Farouk: born 09/03/1981 (subscriber, Monongahela Builders Health Plan).
Signed: Sofia Lindgren-Farouk, Karim Farouk
''',
"clinical/therapy-summary-2026-09-22.txt": '''
SQUIRREL HILL FAMILY COUNSELING (FICTIONAL) - TREATMENT SUMMARY                              Date: 09/22/2026
Client: Mateo Lindgren-Farouk   DOB 05/21/2012   Clinician: Roisin Delacroix-Mbeki, LCSW   Page 1 of 1
Generalized anxiety disorder (F41.1). 12 weekly visits, 07/07/2026-09/22/2026 (90834). GAD-7 17 to 9.
No suicidal ideation. No medication.
''',
},
truth='''
# 92-04 - Insured employer plan: a child's therapy denied CO-22 by reading the birthday rule as the parents' ages; first appeal by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mateo Lindgren-Farouk, 14, is a dependent on both married parents' employer plans: his mother's (this plan,
  Allegheny Mutual Health, insured, 780 employees) and his father's (Monongahela Builders Health Plan).
- 12 in-network therapy visits (90834), 07/07/2026-09/22/2026, GAD-7 17 to 9. Coverage of the visits is not disputed.
- EOB 11/04/2026 (claim AMH-26-1004-88213), CO-22: "the father is the older parent, so his plan is primary".
- This plan's Certificate Section 11.2: the plan of the parent whose birthday (month and day) falls earlier in the
  year is primary; the year is not considered. Mother 03/14/1984, father 09/03/1981: **the mother's plan is primary**.
  The father's plan already processed the claim as secondary for the same reason (EOB 10/02/2026).
- **Level:** first internal appeal, post-service. **True deadline: 180 days after receipt** of the 11/04/2026 EOB,
  29 CFR 2560.503-1(h)(3)(i): counted from the notice date, **05/03/2027**. Decision within 60 days (post-service).
- Author: the mother, as parent of a minor and the subscriber; no authorization form needed.

## Deliberately unknown
- When the EOB was received: not stated (count from its date).
- The allowed amount: not in the case.

## Traps
- The birthday rule is month and day, not age; the older parent is irrelevant.
- Not medical necessity: no clinical reviewer, no peer-to-peer, no parity argument needed.
- The father's plan EOB has another claim number (MBH-26-0930-1142): not the claim appealed.
- No medication; no suicidal ideation. Voice: the mother writes about Mateo, not "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. The plan's own Section 11.2 makes this plan primary: the mother's birthday, March 14, comes before the father's,
   September 3; the year is not considered.
2. The father's plan agrees and has processed as secondary (EOB 10/02/2026): the claim sits unpaid between them.
3. Correct the COB record and reprocess the 12 visits as primary; filed within 180 days of receipt.

## What a letter must NOT say
- "the father's plan is primary"; "older parent"; "medically necessary" as the ground; "peer-to-peer".
- "Medicaid", "Medicare", "45 CFR 156.230"; an external review right stated as certain for a COB denial.
- "suicidal ideation"; "failed" medication trials.
''',
answers=[
("patient", "Mateo Lindgren-Farouk", "denial/explanation-of-benefits-2026-11-04.txt"),
("member ID", "FICT-AMH-40275518-02", "denial/explanation-of-benefits-2026-11-04.txt"),
("claim number", "AMH-26-1004-88213", "denial/explanation-of-benefits-2026-11-04.txt"),
("notice date", "Date: 11/04/2026", "denial/explanation-of-benefits-2026-11-04.txt"),
("CARC", "CO-22", "denial/explanation-of-benefits-2026-11-04.txt"),
("the denial's wrong ground", "The father is the older parent, so his plan is primary", "denial/explanation-of-benefits-2026-11-04.txt"),
("plan's rule", "Only the month and day of birth are considered; the year is not.", "other/certificate-2026-section-11-2-excerpt.txt"),
("mother's birthday", "born 03/14/1984", "other/parents-birth-dates-and-marriage-statement.txt"),
("father's birthday", "born 09/03/1981", "other/parents-birth-dates-and-marriage-statement.txt"),
("other plan's position", "This plan is secondary for this dependent", "other/father-plan-eob-2026-10-02.txt"),
("appeal window printed", "within 180 days after you receive this notice", "denial/explanation-of-benefits-2026-11-04.txt"),
("true deadline", "05/03/2027", "truth"),
("rule", "29 CFR 2560.503-1(h)(3)(i)", "truth"),
("visits", "12 weekly visits, 07/07/2026-09/22/2026 (90834)", "clinical/therapy-summary-2026-09-22.txt"),
("amount billed", "$1,740.00", "denial/explanation-of-benefits-2026-11-04.txt"),
("author relation", "relation: parent", "case.yaml"),
])


# ---------------------------------------------------------------- case 05
case(slug="92-05-marketplace-hmo-residential-eating-disorder-expedited-appeal-concurrent-external-review-psychiatrist",
yaml='''
# FICTIONAL CASE (set 92, case 05) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver HMO, insured, Colorado. Pre-service residential eating-disorder treatment denied
# 12/04/2026 (criterion 2: "no trial of a lower level of care in the past 6 months"); the in-network PHP of
# 09/14-10/30/2026 failed. The notice says external review only "after you complete our internal appeal"; for an
# urgent case expedited external review may be asked at the same time (45 CFR 147.136(d)(3)). The treating
# psychiatrist writes the expedited appeal and certifies the urgency; decision within 72 hours.
patient:
  name: Ines Whitford-Ambrose
  salutation: Ms. Whitford-Ambrose
  date_of_birth: 2003-04-11
  member_id: FICT-FRHC-62018835
  address: |-
    2740 West 32nd Avenue
    Denver, CO 80211
insurer:
  name: Front Range Health Cooperative (FICTIONAL), Silver HMO (individual Marketplace plan)
  appeals_address: |-
    Front Range Health Cooperative, Appeals and Grievances (FICTIONAL)
    PO Box 17740
    Denver, CO 80217
  fax: (303) 555-0181
claim:
  number: FRHC-UM-26-1202-3391
  plan_type: individual_aca
  student: false
  notice_date: 2026-12-04
  urgent: true
  setting: residential
  pending_services: 30 days of residential treatment
  diagnosis_codes: [F50.013]
  revenue_codes: ["1001"]
  denial_reason: >-
    Residential treatment is not medically necessary. Guideline BH-ED-RES-2 criterion 2 is not met: there is no
    trial of a lower level of care (partial hospitalization or intensive outpatient) in the past 6 months.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  corrections:
    - said: there is no trial of a lower level of care (partial hospitalization or intensive outpatient) in the past 6 months.
      record: >-
        She was in the plan's own in-network partial hospitalization program from 09/14/2026 to 10/30/2026 and lost
        weight there (BMI 16.1 to 15.2); the program discharged her as not improving at that level.
      file: clinical/php-discharge-summary-2026-10-30.txt
      page: 1
plan_policy:
  name: Front Range Health Cooperative Behavioral Health Guideline BH-ED-RES-2, Residential treatment for eating disorders
  number: BH-ED-RES-2
  quote: >-
    1. A DSM-5 eating disorder diagnosis. 2. Failure of, or worsening in, a lower level of care (partial
    hospitalization or intensive outpatient) within the past 6 months, or a lower level is not available.
    3. Medically stable enough not to need inpatient care.
  file: other/guideline-bh-ed-res-2-excerpt.txt
  other_terms: >-
    If your appeal is denied, you may ask for an external review after you complete our internal appeal.
  other_terms_file: denial/adverse-determination-2026-12-04.txt
payer_criteria:
  - criterion: A DSM-5 eating disorder diagnosis.
    how_met: Anorexia nervosa, restricting type (F50.013).
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-12-02.txt, page: 1}
  - criterion: Failure of, or worsening in, a lower level of care within the past 6 months.
    how_met: In-network PHP 09/14/2026-10/30/2026; BMI fell from 16.1 to 15.2; discharged as not improving.
    met: true
    evidence: {file: clinical/php-discharge-summary-2026-10-30.txt, page: 1}
  - criterion: Medically stable enough not to need inpatient care.
    how_met: Heart rate 52, potassium 3.7, orthostatic change within limits on 12/02/2026.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-12-02.txt, page: 1}
alternatives:
  - level: partial hospitalization
    name: Front Range Eating Recovery PHP (in network)
    why_not: Tried 09/14/2026-10/30/2026; she lost weight there and was discharged as not improving at that level.
    proof: clinical/php-discharge-summary-2026-10-30.txt
urgency:
  reason: >-
    BMI 14.9 on 12/02/2026 and falling about 0.5 a month; without residential care within days she is likely to
    need medical admission for refeeding.
  certified_by: Dr. Tomasz Riedl-Ocampo, MD
treatment:
  name: Residential eating disorder treatment (revenue code 1001), about 30 days
  plan: >-
    Residential care with supervised meals and weight restoration of 0.5 to 1 kg a week, daily therapy, weekly
    labs; step down to PHP at BMI 17.
  summary: Residential treatment after a failed in-network PHP, for restricting anorexia nervosa with BMI 14.9.
clinical:
  severity: BMI 14.9 on 12/02/2026 (BMI 16.1 on 09/14/2026)
  severity_date: 2026-12-02
  suicidality: none
  suicidality_date: 2026-12-02
  history:
    - drug: Partial hospitalization program (Front Range Eating Recovery, in network)
      dose: 5 days a week
      start: 2026-09-14
      end: 2026-10-30
      kind: other
      failed: true
      response: none
      outcome: BMI 16.1 to 15.2; discharged as not improving at that level
      evidence: {file: clinical/php-discharge-summary-2026-10-30.txt, page: 1}
author:
  name: Dr. Tomasz Riedl-Ocampo
  role: Treating psychiatrist
  relation: physician
  address: |-
    Highlands Eating Disorder Clinic (FICTIONAL), 3400 Lowell Boulevard
    Denver, CO 80211
  phone: (303) 555-0135
  authorization: other/patient-consent-2026-12-05.txt
provider:
  name: Dr. Tomasz Riedl-Ocampo
  credentials: MD, psychiatrist
  npi: "1583019462"
  address: |-
    3400 Lowell Boulevard
    Denver, CO 80211
  phone: (303) 555-0135
peer_to_peer:
  availability: weekdays 7:30-8:30 am Mountain time
template: expedited-appeal
bates_prefix: WHITFORDAMBROSE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/adverse-determination-2026-12-04.txt": '''
FRONT RANGE HEALTH COOPERATIVE (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION        Date: 12/04/2026
Member: Ines Whitford-Ambrose   ID FICT-FRHC-62018835   Plan: Silver HMO (individual)   Ref FRHC-UM-26-1202-3391
Request: residential eating disorder treatment, revenue code 1001, from 12/07/2026. Received 12/02/2026.
Decision: DENIED. Residential treatment is not medically necessary. Guideline BH-ED-RES-2 criterion 2 is not met:
there is no trial of a lower level of care (partial hospitalization or intensive outpatient) in the past 6 months.
Reviewer: Dr. Alan Petrossian, family medicine.
Appeals: within 180 days to Appeals and Grievances, PO Box 17740, Denver, CO 80217, fax (303) 555-0181. If your
situation is urgent you may ask for an expedited appeal. If your appeal is denied, you may ask for an external
review after you complete our internal appeal.
''',
"other/guideline-bh-ed-res-2-excerpt.txt": '''
FRONT RANGE HEALTH COOPERATIVE (FICTIONAL) - GUIDELINE BH-ED-RES-2 (excerpt)                  Page 2 of 5
Residential treatment for eating disorders is medically necessary when all of the following are met:
1. A DSM-5 eating disorder diagnosis. 2. Failure of, or worsening in, a lower level of care (partial
hospitalization or intensive outpatient) within the past 6 months, or a lower level is not available.
3. Medically stable enough not to need inpatient care.
''',
"clinical/php-discharge-summary-2026-10-30.txt": '''
FRONT RANGE EATING RECOVERY (FICTIONAL; in-network PHP) - DISCHARGE SUMMARY                 Date: 10/30/2026
Patient: Ines Whitford-Ambrose   DOB 04/11/2003   Page 1 of 1
Partial hospitalization 09/14/2026-10/30/2026, 5 days a week. BMI 16.1 at admission, 15.2 at discharge.
Discharged as not improving at this level; residential care recommended.
''',
"clinical/psychiatric-evaluation-2026-12-02.txt": '''
HIGHLANDS EATING DISORDER CLINIC (FICTIONAL) - PSYCHIATRIC EVALUATION                        Date: 12/02/2026
Patient: Ines Whitford-Ambrose   DOB 04/11/2003   Psychiatrist: Dr. Tomasz Riedl-Ocampo, MD (NPI 1583019462)
Anorexia nervosa, restricting type (F50.013). BMI 14.9 today. Heart rate 52, potassium 3.7, orthostatic change
within limits: medically stable for residential care, not inpatient. No suicidal ideation.
Without residential care within days she is likely to need medical admission for refeeding.
''',
"other/patient-consent-2026-12-05.txt": '''
CONSENT TO APPEAL (FICTIONAL)                                                               Date: 12/05/2026
I, Ines Whitford-Ambrose (DOB 04/11/2003, member ID FICT-FRHC-62018835), ask Dr. Tomasz Riedl-Ocampo to appeal
reference FRHC-UM-26-1202-3391 for me and to request an expedited external review at the same time.
Signed: Ines Whitford-Ambrose
''',
},
truth='''
# 92-05 - Marketplace HMO: pre-service residential eating-disorder care; expedited internal appeal with a concurrent expedited external review; psychiatrist writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ines Whitford-Ambrose, 23, Front Range Health Cooperative Silver HMO, an insured individual Marketplace plan in
  Colorado. Anorexia nervosa, restricting type; BMI 14.9 on 12/02/2026.
- Denied 12/04/2026 (FRHC-UM-26-1202-3391) by a family-medicine reviewer: BH-ED-RES-2 criterion 2, "no trial of a
  lower level of care in the past 6 months". The record: the plan's own in-network PHP, 09/14-10/30/2026, BMI 16.1
  to 15.2, discharged as not improving.
- **Level:** expedited (urgent pre-service) first internal appeal, certified by the treating physician; decision
  within 72 hours (29 CFR 2560.503-1(i)(2)(i), applied to individual coverage by 45 CFR 147.136(b)(3)).
- The notice says external review only "after you complete our internal appeal". For an urgent case the member may
  ask for an **expedited external review at the same time** as the expedited internal appeal (45 CFR 147.136(d)(3);
  for this insured plan, through the state's process).
- Standard window, if not urgent: 180 days after receipt (from the notice: **06/02/2027**); the true clock here is
  the urgent one: file now.
- Author: the treating psychiatrist, with the patient's consent of 12/05/2026 (which also asks for the concurrent
  external review).

## Deliberately unknown
- The residential program's name and bed date: not in the case.
- Whether the state's external review has been asked yet: not stated.

## Traps
- Not "no lower level tried": the PHP was the plan's own in-network program.
- Not a network gap or out-of-network issue.
- Medically stable for residential, not inpatient: do not argue for inpatient care.
- The reviewer is a family physician, not a psychiatrist or eating-disorder specialist (the letter may say so).
- No suicidal ideation.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met on the plan's own records: the in-network PHP failed within 6 months.
2. Criteria 1 and 3 are met; residential is the level the guideline describes.
3. Decide within 72 hours; the member may request expedited external review concurrently (147.136(d)(3)); a
   same-specialty reviewer and a peer-to-peer call are offered.

## What a letter must NOT say
- "must complete the internal appeal before external review" as true for this urgent case.
- "no trial of a lower level of care"; "inpatient" as the level requested; "out of network".
- "ERISA" as the governing law; "Medicaid"; "Medicare"; "suicidal ideation".
''',
answers=[
("patient", "Ines Whitford-Ambrose", "denial/adverse-determination-2026-12-04.txt"),
("member ID", "FICT-FRHC-62018835", "denial/adverse-determination-2026-12-04.txt"),
("reference", "FRHC-UM-26-1202-3391", "denial/adverse-determination-2026-12-04.txt"),
("notice date", "Date: 12/04/2026", "denial/adverse-determination-2026-12-04.txt"),
("criterion said unmet", "criterion 2 is not met", "denial/adverse-determination-2026-12-04.txt"),
("notice's wrong external-review sentence", "you may ask for an external review after you complete our internal appeal", "denial/adverse-determination-2026-12-04.txt"),
("reviewer specialty", "Dr. Alan Petrossian, family medicine", "denial/adverse-determination-2026-12-04.txt"),
("PHP dates", "Partial hospitalization 09/14/2026-10/30/2026", "clinical/php-discharge-summary-2026-10-30.txt"),
("PHP result", "BMI 16.1 at admission, 15.2 at discharge", "clinical/php-discharge-summary-2026-10-30.txt"),
("current BMI", "BMI 14.9 today", "clinical/psychiatric-evaluation-2026-12-02.txt"),
("medical stability", "medically stable for residential care, not inpatient", "clinical/psychiatric-evaluation-2026-12-02.txt"),
("concurrent external review rule", "45 CFR 147.136(d)(3)", "truth"),
("decision time", "within 72 hours", "truth"),
("standard deadline if not urgent", "06/02/2027", "truth"),
("consent date", "Date: 12/05/2026", "other/patient-consent-2026-12-05.txt"),
("diagnosis", "Anorexia nervosa, restricting type (F50.013)", "clinical/psychiatric-evaluation-2026-12-02.txt"),
])


# ---------------------------------------------------------------- case 06
case(slug="92-06-tricare-prime-adfm-ptsd-iop-reconsideration-names-wrong-next-level-tqmc-nurse-practitioner",
yaml='''
# FICTIONAL CASE (set 92, case 06) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member (spouse), Hawaii. IOP for PTSD: days after 09/25/2026 denied as not
# medically necessary; the regional contractor's reconsideration of 11/12/2026 upheld it and names "a formal review
# by the Defense Health Agency within 60 days". A medical-necessity denial goes instead to a second reconsideration by
# the TRICARE Quality Monitoring Contractor within 90 days of the reconsideration decision: 02/10/2027. The treating
# psychiatric nurse practitioner writes, with the patient's consent.
patient:
  name: Keala Marchetti-Dunmore
  salutation: Ms. Marchetti-Dunmore
  date_of_birth: 1995-08-02
  member_id: FICT-DBN-880412657
  address: |-
    94-1020 Kuhaulua Street
    Waipahu, HI 96797
insurer:
  name: TRICARE Prime, West Region contractor Pacific Crest Health Services (FICTIONAL)
  appeals_address: |-
    Pacific Crest Health Services, TRICARE Appeals (FICTIONAL)
    PO Box 90218
    Honolulu, HI 96805
  fax: (808) 555-0169
claim:
  number: PCH-26-1005-70442
  plan_type: tricare
  notice_date: 2026-10-05
  service_dates: [2026-09-28, 2026-10-16]
  sessions: 15
  setting: intensive_outpatient
  revenue_codes: ["0905"]
  diagnosis_codes: [F43.12]
  denial_reason: >-
    Continued intensive outpatient treatment after 09/25/2026 is not medically necessary. The member's symptoms have
    improved and she can be treated in weekly outpatient therapy.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
submissions:
  - date: 2026-10-20
    method: fax
    to: Pacific Crest Health Services, TRICARE Appeals
    stage: reconsideration by the regional contractor
    confirmation: PCH-RC-26-1020-118
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: reconsideration by the regional contractor
    opens: second reconsideration by the TRICARE Quality Monitoring Contractor
    next_deadline: 2027-02-10
    in_dispute: "$4,200.00"
    reason: >-
      The records show improvement (PCL-5 62 to 55). Weekly outpatient therapy is appropriate. The denial is upheld.
    corrections:
      - said: The records show improvement (PCL-5 62 to 55). Weekly outpatient therapy is appropriate.
        record: >-
          PCL-5 55 is still severe; on 09/29/2026 she had a dissociative episode while driving, and weekly therapy
          from 01/2026 to 08/2026 had failed before the IOP began.
        file: clinical/iop-progress-summary-2026-10-16.txt
        page: 1
        leaves_out: true
external_review:
  agency: TRICARE Quality Monitoring Contractor (second reconsideration) (FICTIONAL address)
  address: |-
    TRICARE Quality Monitoring Contractor, Appeals (FICTIONAL)
    PO Box 72210
    Rockville, MD 20849
  final_denial_date: 2026-11-12
alternatives:
  - level: weekly outpatient therapy
    name: Weekly trauma-focused therapy
    why_not: Tried 01/2026-08/2026 (28 sessions); PCL-5 rose from 58 to 62 and she began missing work.
    proof: clinical/iop-progress-summary-2026-10-16.txt
treatment:
  name: Intensive outpatient program (IOP) for PTSD, 15 program days 09/28/2026-10/16/2026 (revenue code 0905)
  plan: IOP 3 hours a day, 5 days a week, through 10/16/2026, then step down to weekly therapy (done).
clinical:
  severity: PCL-5 55 on 10/16/2026 (PCL-5 62 at IOP admission, 09/08/2026)
  severity_date: 2026-10-16
  suicidality: none
  suicidality_date: 2026-10-16
  history:
    - drug: Weekly trauma-focused therapy
      dose: 28 sessions
      start: 2026-01
      end: 2026-08
      kind: psychotherapy
      sessions: 28
      adequate: true
      failed: true
      response: none
      outcome: No response (PCL-5 58 to 62)
      evidence: {file: clinical/iop-progress-summary-2026-10-16.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/iop-progress-summary-2026-10-16.txt, page: 1}
author:
  name: Leilani Ferreira-Stout
  role: Psychiatric-mental health nurse practitioner (PMHNP-BC), treating prescriber
  relation: prescriber
  address: |-
    Ewa Plains Behavioral Health (FICTIONAL), 91-1001 Farrington Highway
    Kapolei, HI 96707
  phone: (808) 555-0126
  authorization: other/patient-consent-2026-11-20.txt
provider:
  name: Ewa Plains Behavioral Health
  credentials: TRICARE-authorized IOP
  npi: "1719402830"
  address: |-
    91-1001 Farrington Highway
    Kapolei, HI 96707
  phone: (808) 555-0126
template: external-review-request
bates_prefix: MARCHETTIDUNMORE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-10-05.txt": '''
PACIFIC CREST HEALTH SERVICES (FICTIONAL) - TRICARE EXPLANATION OF BENEFITS                 Date: 10/05/2026
Beneficiary: Keala Marchetti-Dunmore (ADFM)   DBN FICT-DBN-880412657   Claim PCH-26-1005-70442
Provider: Ewa Plains Behavioral Health, NPI 1719402830   IOP, revenue code 0905
Days 09/08/2026-09/25/2026: paid. Days 09/28/2026-10/16/2026 (15 days): denied, $4,200.00.
Continued intensive outpatient treatment after 09/25/2026 is not medically necessary. The member's symptoms have
improved and she can be treated in weekly outpatient therapy.
You may ask for a reconsideration within 90 days of the date of this notice.
''',
"denial/reconsideration-decision-2026-11-12.txt": '''
PACIFIC CREST HEALTH SERVICES (FICTIONAL) - RECONSIDERATION DECISION                        Date: 11/12/2026
Beneficiary: Keala Marchetti-Dunmore   Claim PCH-26-1005-70442   Reconsideration PCH-RC-26-1020-118
Issue: medical necessity of IOP days 09/28/2026-10/16/2026. Amount in dispute: $4,200.00.
The records show improvement (PCL-5 62 to 55). Weekly outpatient therapy is appropriate. The denial is upheld.
If you disagree you may request a formal review by the Defense Health Agency within 60 days of this decision.
''',
"clinical/iop-progress-summary-2026-10-16.txt": '''
EWA PLAINS BEHAVIORAL HEALTH (FICTIONAL) - IOP PROGRESS SUMMARY                             Date: 10/16/2026
Patient: Keala Marchetti-Dunmore   DOB 08/02/1995   Page 1 of 1
PTSD, chronic (F43.12). Weekly trauma-focused therapy 01/2026-08/2026 (28 sessions): PCL-5 58 to 62, missing work.
IOP 09/08/2026-10/16/2026. PCL-5 62 at admission, 55 at discharge (still severe). 09/29/2026: dissociative episode
while driving. Sertraline 150 mg daily since 11/2025, partial response, continued. No suicidal ideation.
Discharged 10/16/2026 to weekly therapy.
''',
"other/patient-consent-2026-11-20.txt": '''
CONSENT (FICTIONAL)                                                                         Date: 11/20/2026
I, Keala Marchetti-Dunmore, ask Leilani Ferreira-Stout, PMHNP-BC, to appeal claim PCH-26-1005-70442 for me.
Signed: Keala Marchetti-Dunmore
''',
},
truth='''
# 92-06 - TRICARE Prime: PTSD IOP days denied; the reconsideration decision names the wrong next level; second reconsideration by the TQMC; nurse practitioner writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Keala Marchetti-Dunmore, 31, active-duty family member, TRICARE Prime (Hawaii). PTSD, chronic.
- IOP 09/08-10/16/2026; days 09/28-10/16/2026 (15 days, $4,200.00) denied as not medically necessary (EOB
  10/05/2026). Reconsideration faxed 10/20/2026 (within 90 days); upheld 11/12/2026.
- The decision says "formal review by the Defense Health Agency within 60 days". That is the route for a factual
  (non-medical-necessity) denial. **This is a medical-necessity denial: the next level is a second reconsideration
  by the TRICARE Quality Monitoring Contractor, within 90 days of the reconsideration decision: true deadline
  02/10/2027** (32 CFR 199.10 and 199.15, as docs/domain.md records them). Filing by 01/11/2027 would satisfy both.
- The decision's "improvement (PCL-5 62 to 55)" leaves out that 55 is still severe, a dissociative episode while
  driving on 09/29/2026, and the failed weekly therapy (28 sessions, 01-08/2026).
- Author: the treating PMHNP (a prescriber, not a physician), with the patient's consent of 11/20/2026.

## Deliberately unknown
- The TQMC's real address: the case uses a fictional one; a letter may ask the contractor to forward.
- Whether the hearing threshold matters: not reached.

## Traps
- Wrong level in the notice: not a DHA formal review, not "external review", not a state insurance department.
- TRICARE: no ERISA, no ACA 45 CFR 147.136, no parity (MHPAEA) citations; no state external review.
- Sertraline continues (partial response): not "failed and stopped".
- The author is a nurse practitioner: never "Dr.", "physician".
- Care is over: no request to continue care.

## Arguments a strong letter makes (strongest first)
1. The lower level was tried and failed: 28 weekly sessions, PCL-5 rose 58 to 62.
2. The decision's own figure shows severe symptoms at the end (PCL-5 55) and a dissociative episode on 09/29/2026.
3. This is the second reconsideration of a medical-necessity decision, filed within 90 days of 11/12/2026; amount
   in dispute $4,200.00.

## What a letter must NOT say
- "formal review by the Defense Health Agency" as this level; "within 60 days" as the rule.
- "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "state insurance department", "external review organization".
- "Dr. Ferreira-Stout"; "failed sertraline"; "suicidal ideation".
''',
answers=[
("beneficiary", "Keala Marchetti-Dunmore", "denial/reconsideration-decision-2026-11-12.txt"),
("DBN", "FICT-DBN-880412657", "denial/explanation-of-benefits-2026-10-05.txt"),
("claim", "PCH-26-1005-70442", "denial/explanation-of-benefits-2026-10-05.txt"),
("EOB date", "Date: 10/05/2026", "denial/explanation-of-benefits-2026-10-05.txt"),
("reconsideration decision date", "Date: 11/12/2026", "denial/reconsideration-decision-2026-11-12.txt"),
("wrong level named", "formal review by the Defense Health Agency within 60 days", "denial/reconsideration-decision-2026-11-12.txt"),
("true next level", "second reconsideration by the TRICARE Quality Monitoring Contractor", "truth"),
("true deadline", "02/10/2027", "truth"),
("amount in dispute", "Amount in dispute: $4,200.00", "denial/reconsideration-decision-2026-11-12.txt"),
("reconsideration number", "PCH-RC-26-1020-118", "denial/reconsideration-decision-2026-11-12.txt"),
("days denied", "Days 09/28/2026-10/16/2026 (15 days)", "denial/explanation-of-benefits-2026-10-05.txt"),
("discharge PCL-5", "55 at discharge (still severe)", "clinical/iop-progress-summary-2026-10-16.txt"),
("dissociative episode", "09/29/2026: dissociative episode", "clinical/iop-progress-summary-2026-10-16.txt"),
("weekly therapy tried", "28 sessions): PCL-5 58 to 62", "clinical/iop-progress-summary-2026-10-16.txt"),
("author relation", "relation: prescriber", "case.yaml"),
("consent date", "Date: 11/20/2026", "other/patient-consent-2026-11-20.txt"),
])


# ---------------------------------------------------------------- case 07
case(slug="92-07-county-plan-self-funded-tms-pa-from-former-administrator-notice-says-60-days-union-rep",
yaml='''
# FICTIONAL CASE (set 92, case 07) - every person, plan, provider, number and address is invented.
# County employees' plan, self-funded, not grandfathered, Iowa, 2,300 employees. The plan changed administrators on
# 07/01/2026; the former administrator's TMS authorization (06/18/2026, 36 sessions through 09/30/2026) was not
# carried over, and the new administrator denied sessions 3-36 CO-197. The plan document keeps earlier approvals
# valid through their end date. The notice says "60 days" (12/08/2026); the plan document and 45 CFR 147.136 give
# 180 days after receipt (04/07/2027 from the notice date). First internal appeal by a union benefits representative.
patient:
  name: Dwayne Kettleborough
  salutation: Mr. Kettleborough
  date_of_birth: 1974-01-27
  member_id: FICT-CVC-20931174
  address: |-
    611 Linden Street
    Marion, IA 52302
insurer:
  name: Cedar Valley County Employee Health Plan (FICTIONAL), administered by Hawkeye Claims Partners (FICTIONAL)
  appeals_address: |-
    Hawkeye Claims Partners, Appeals for Cedar Valley County (FICTIONAL)
    PO Box 3318
    Cedar Rapids, IA 52406
  fax: (319) 555-0173
claim:
  number: HCP-26-0904-31157
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  employees: 2300
  notice_date: 2026-10-09
  appeal_deadline: 2027-04-07
  deadline_basis: >-
    Plan Document Section 9.2 and 45 CFR 147.136(b)(2)(i) (applying 29 CFR 2560.503-1(h)(3)(i)): 180 days after
    receipt, counted from the notice date 10/09/2026. The notice's "60 days" is not the plan's rule.
  service_dates: [2026-07-01, 2026-08-18]
  sessions: 34
  setting: outpatient
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No authorization is on file for TMS sessions on or after 07/01/2026.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
prior_auth:
  approved:
    number: PA-CV-26-0618-1182
    date: 2026-06-18
    covers: 36 TMS sessions, 06/29/2026 through 09/30/2026, Linn Valley TMS
    quote: >-
      Approved: TMS, 36 sessions (90867 x1, 90868 x35), Linn Valley TMS, 06/29/2026 through 09/30/2026.
    file: other/former-administrator-approval-2026-06-18.txt
    from: 2026-06-29
    through: 2026-09-30
    what_went_wrong: not carried over when the plan changed administrators on 07/01/2026
    lines:
      - {code: "90867", units: 1, given: 1}
      - {code: "90868", units: 35, given: 35}
plan_policy:
  name: Cedar Valley County Employee Health Plan Document 2026, Section 6.4 Change of claims administrator
  number: Section 6.4
  quote: >-
    Prior authorizations approved by the Plan's former claims administrator before July 1, 2026 remain valid
    through their approved end date. The new claims administrator will honor them without a new request.
  file: other/plan-document-2026-sections-6-4-and-9-2.txt
  other_terms: >-
    Section 9.2: You may file an appeal within 180 days after you receive notice of an adverse benefit
    determination. This Plan is not a grandfathered health plan.
  other_terms_file: other/plan-document-2026-sections-6-4-and-9-2.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), sessions 3-36 (90868), 07/01/2026-08/18/2026
  summary: A TMS course approved before it began, given within the approved dates and units.
clinical:
  severity: PHQ-9 9 on 08/18/2026 (PHQ-9 23 on 06/29/2026)
  severity_date: 2026-08-18
  suicidality: none
  suicidality_date: 2026-08-18
  response: PHQ-9 23 at session 1, 9 at session 36
  response_level: response
author:
  name: Bernadette Ostrowski-Hale
  role: Benefits Representative, Public Employees Local 417 (FICTIONAL), authorized representative
  relation: representative
  address: |-
    Public Employees Local 417 (FICTIONAL), 220 Third Avenue SE
    Cedar Rapids, IA 52401
  phone: (319) 555-0118
  email: benefits@local417.example
  authorization: other/authorized-representative-form-2026-11-16.txt
provider:
  name: Linn Valley TMS
  credentials: in network
  npi: "1366582074"
  address: |-
    1450 Boyson Road
    Hiawatha, IA 52233
  phone: (319) 555-0137
bates_prefix: KETTLEBOROUGH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-10-09.txt": '''
HAWKEYE CLAIMS PARTNERS (FICTIONAL) FOR CEDAR VALLEY COUNTY EMPLOYEE HEALTH PLAN - EOB      Date: 10/09/2026
Member: Dwayne Kettleborough   ID FICT-CVC-20931174   Claim HCP-26-0904-31157
Provider: Linn Valley TMS, NPI 1366582074   DOS 07/01/2026-08/18/2026   90868 x34   Billed $10,200.00   Paid $0.00
CO-197. Precertification/authorization absent. No authorization is on file for TMS sessions on or after
07/01/2026.
You must file an appeal within 60 days of the date of this notice. Appeals, PO Box 3318, Cedar Rapids, IA 52406,
fax (319) 555-0173.
''',
"other/former-administrator-approval-2026-06-18.txt": '''
PRAIRIE BENEFIT ADMINISTRATORS (FICTIONAL; claims administrator through 06/30/2026) - APPROVAL  Date: 06/18/2026
Member: Dwayne Kettleborough   ID FICT-CVC-20931174   Authorization PA-CV-26-0618-1182
Approved: TMS, 36 sessions (90867 x1, 90868 x35), Linn Valley TMS, 06/29/2026 through 09/30/2026.
''',
"other/plan-document-2026-sections-6-4-and-9-2.txt": '''
CEDAR VALLEY COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT 2026 (excerpt)           Pages 22 and 35
Section 6.4 Change of claims administrator. Prior authorizations approved by the Plan's former claims
administrator before July 1, 2026 remain valid through their approved end date. The new claims administrator will
honor them without a new request.
Section 9.2 Appeals. You may file an appeal within 180 days after you receive notice of an adverse benefit
determination. This Plan is not a grandfathered health plan.
''',
"other/authorized-representative-form-2026-11-16.txt": '''
CEDAR VALLEY COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION  Date: 11/16/2026
I, Dwayne Kettleborough (member ID FICT-CVC-20931174), designate Bernadette Ostrowski-Hale, Benefits
Representative, Public Employees Local 417, to appeal claim HCP-26-0904-31157 for me.
Signed: Dwayne Kettleborough
''',
"clinical/tms-treatment-record-2026-08-18.txt": '''
LINN VALLEY TMS (FICTIONAL) - TMS TREATMENT RECORD                                          Date: 08/18/2026
Patient: Dwayne Kettleborough   DOB 01/27/1974   Page 1 of 1
Major depressive disorder, recurrent, severe (F33.2). Authorization PA-CV-26-0618-1182 (36 sessions).
Session 1 (90867) 06/29/2026; session 2 06/30/2026 (both paid); sessions 3-36 (90868) 07/01/2026-08/18/2026.
PHQ-9 23 at session 1, 9 at session 36. No suicidal ideation.
''',
},
truth='''
# 92-07 - County employees' plan (self-funded): TMS authorized by the former administrator, denied CO-197 by the new one; notice says 60 days; union representative writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dwayne Kettleborough, 52, Cedar Valley County Employee Health Plan: governmental, self-funded, not grandfathered,
  2,300 employees. Administrator changed 07/01/2026 (Prairie Benefit Administrators to Hawkeye Claims Partners).
- Authorization PA-CV-26-0618-1182 (06/18/2026): 36 sessions, 06/29-09/30/2026. Sessions 1-2 paid; sessions 3-36
  (90868 x34, 07/01-08/18/2026) denied CO-197 "no authorization on file" (EOB 10/09/2026). Units 1 + 35 = 36 given.
- Plan Document Section 6.4: approvals of the former administrator before 07/01/2026 remain valid through their end
  date and are honored without a new request.
- **Level:** first internal appeal, post-service. **True deadline: 180 days after receipt** (Plan Document 9.2;
  45 CFR 147.136(b)(2)(i) applying 29 CFR 2560.503-1(h)(3)(i)): counted from the notice date, **04/07/2027**. The
  notice's "60 days" (12/08/2026) is wrong; sending by 12/08/2026 is safe but the right runs to 04/07/2027.
- Author: a union benefits representative with the plan's designation form of 11/16/2026.

## Deliberately unknown
- Whether the member received the EOB later than its date: not stated.
- Why the approval was not loaded: the case says only that it was not carried over.

## Traps
- A governmental plan: not ERISA as governing law; no Labor Department/EBSA complaint; cite 45 CFR 147.136.
- Not medical necessity; no retro-authorization request: the authorization exists; ask that it be honored and the
  administrator's record corrected.
- Sessions 1-2 were paid and are not appealed.
- The representative writes about Mr. Kettleborough, never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. The plan approved these sessions (PA-CV-26-0618-1182); every date is within 06/29-09/30/2026 and the units within
   36; Section 6.4 says the new administrator honors it without a new request.
2. Correct the administrator's authorization record so no other claim under it is denied.
3. Filed within the plan's 180 days (the notice's 60 days is not the plan's rule).

## What a letter must NOT say
- "ERISA" as the governing law; "EBSA" or "Department of Labor" as the regulator; "within 60 days" as the rule.
- "no authorization was obtained"; "retroactive authorization"; "medically necessary" as the ground.
- "Medicaid", "Medicare", "suicidal ideation".
''',
answers=[
("member", "Dwayne Kettleborough", "denial/explanation-of-benefits-2026-10-09.txt"),
("member ID", "FICT-CVC-20931174", "denial/explanation-of-benefits-2026-10-09.txt"),
("claim", "HCP-26-0904-31157", "denial/explanation-of-benefits-2026-10-09.txt"),
("notice date", "Date: 10/09/2026", "denial/explanation-of-benefits-2026-10-09.txt"),
("window printed (wrong)", "within 60 days of the date of this notice", "denial/explanation-of-benefits-2026-10-09.txt"),
("plan's own window", "within 180 days after you receive notice", "other/plan-document-2026-sections-6-4-and-9-2.txt"),
("true deadline", "04/07/2027", "truth"),
("rule", "45 CFR 147.136(b)(2)(i)", "truth"),
("authorization", "PA-CV-26-0618-1182", "other/former-administrator-approval-2026-06-18.txt"),
("authorization dates", "06/29/2026 through 09/30/2026", "other/former-administrator-approval-2026-06-18.txt"),
("transition clause", "remain valid through their approved end date", "other/plan-document-2026-sections-6-4-and-9-2.txt"),
("not grandfathered", "This Plan is not a grandfathered health plan", "other/plan-document-2026-sections-6-4-and-9-2.txt"),
("units denied", "90868 x34", "denial/explanation-of-benefits-2026-10-09.txt"),
("sessions already paid", "session 2 06/30/2026 (both paid)", "clinical/tms-treatment-record-2026-08-18.txt"),
("representative form date", "Date: 11/16/2026", "other/authorized-representative-form-2026-11-16.txt"),
("CARC", "CO-197", "denial/explanation-of-benefits-2026-10-09.txt"),
])


# ---------------------------------------------------------------- case 08
case(slug="92-08-original-medicare-esketamine-g2083-qic-reconsideration-redetermination-says-60-days-wife",
yaml='''
# FICTIONAL CASE (set 92, case 08) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Michigan. Six supervised esketamine sessions (G2083) denied CO-50: "no concurrent oral
# antidepressant documented"; the MAC's redetermination of 10/19/2026 upheld it and says "60 days from receipt"
# for the QIC. The rule is 180 days after receipt, presumed 5 days after the date (42 CFR 405.962): 04/22/2027
# (04/17/2027 counted from the date). Sertraline 200 mg continued throughout. The wife writes with a CMS-1696.
patient:
  name: Raymond Obuya-Lindahl
  salutation: Mr. Obuya-Lindahl
  date_of_birth: 1956-03-03
  member_id: FICT-MBI-4RT7KD2
  address: |-
    2209 Gull Road
    Kalamazoo, MI 49048
insurer:
  name: Original Medicare Part B, Great Lakes Medicare Administrative Contractor (FICTIONAL)
  appeals_address: |-
    Lakeshore Qualified Independent Contractor, Part B Reconsiderations (FICTIONAL)
    PO Box 48119
    Grand Rapids, MI 49501
claim:
  number: GLM-26-0612-904417
  plan_type: medicare
  notice_date: 2026-07-20
  service_dates: [2026-05-04, 2026-05-07, 2026-05-11, 2026-05-14, 2026-05-18, 2026-05-21]
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Not reasonable and necessary. The records do not document a concurrent oral antidepressant as required by
    billing article A99921.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: The records do not document a concurrent oral antidepressant as required by billing article A99921.
      record: >-
        The psychiatrist's notes and the pharmacy fill history show sertraline 200 mg daily from 03/2025, filled
        every 30 days through 11/2026, throughout the esketamine sessions.
      file: [clinical/psychiatry-note-2026-05-21.txt, clinical/pharmacy-fill-history-2026.txt]
      page: 1
submissions:
  - date: 2026-08-10
    method: mail
    to: Great Lakes Medicare Administrative Contractor
    stage: redetermination
    confirmation: certified mail 7020 0640 0001 4412 9087
decisions:
  - date: 2026-10-19
    outcome: denied
    stage: redetermination
    opens: reconsideration by the QIC
    next_deadline: 2027-04-17
    reason: >-
      The records do not document a concurrent oral antidepressant as required by billing article A99921. The
      denial is upheld.
external_review:
  agency: Lakeshore Qualified Independent Contractor (FICTIONAL)
  address: |-
    Lakeshore Qualified Independent Contractor, Part B Reconsiderations (FICTIONAL)
    PO Box 48119
    Grand Rapids, MI 49501
  final_denial_date: 2026-10-19
medicare_coverage:
  name: Great Lakes MAC billing article A99921 (FICTIONAL), Esketamine nasal spray
  number: A99921
  quote: >-
    G2082/G2083 are payable for treatment-resistant depression when the record documents the diagnosis, at least two
    prior antidepressant trials, and an oral antidepressant taken concurrently or the reason one is not used.
  file: other/billing-article-a99921-excerpt.txt
payer_criteria:
  - criterion: Treatment-resistant depression documented.
    how_met: Major depressive disorder, recurrent, severe (F33.2), with three failed antidepressant trials.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-05-21.txt, page: 1}
  - criterion: At least two prior antidepressant trials.
    how_met: Escitalopram, venlafaxine XR and bupropion XL, each 8 weeks or more at full dose, no response.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-05-21.txt, page: 1}
  - criterion: An oral antidepressant taken concurrently or the reason one is not used.
    how_met: Sertraline 200 mg daily throughout, in the notes and the pharmacy fill history.
    met: true
    evidence: [{file: clinical/psychiatry-note-2026-05-21.txt, page: 1}, {file: clinical/pharmacy-fill-history-2026.txt, page: 1}]
treatment:
  name: Esketamine nasal spray 84 mg with supervised observation (G2083), 6 sessions 05/04/2026-05/21/2026
  alongside: sertraline 200 mg daily
clinical:
  severity: MADRS 17 on 05/21/2026 (MADRS 35 on 05/04/2026)
  severity_date: 2026-05-21
  suicidality: none
  suicidality_date: 2026-05-21
  response: MADRS 35 before session 1, 17 after session 6
  response_level: partial
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2022-01
      end: 2022-05
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks
      evidence: {file: clinical/psychiatry-note-2026-05-21.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2023-02
      end: 2023-06
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/psychiatry-note-2026-05-21.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2024-03
      end: 2024-06
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatry-note-2026-05-21.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-03
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued with esketamine
      evidence: {file: clinical/psychiatry-note-2026-05-21.txt, page: 1}
author:
  name: Evelyn Obuya-Lindahl
  role: Wife and appointed representative (CMS-1696)
  relation: representative
  address: |-
    2209 Gull Road
    Kalamazoo, MI 49048
  phone: (269) 555-0153
  authorization: other/cms-1696-appointment-2026-08-01.txt
provider:
  name: Dr. Anneliese Kowalczyk-Brandt, MD
  credentials: MD, psychiatrist
  npi: "1844175293"
  address: |-
    Portage Creek Psychiatry (FICTIONAL), 6100 Westnedge Avenue
    Portage, MI 49002
  phone: (269) 555-0124
record_dates:
  - file: clinical/psychiatry-note-2026-05-21.txt
    date: 2026-05-21
  - file: clinical/pharmacy-fill-history-2026.txt
    date: 2026-11-02
template: external-review-request
bates_prefix: OBUYALINDAHL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/medicare-summary-notice-2026-07-20.txt": '''
MEDICARE SUMMARY NOTICE, fictional rendition                                                Date: 07/20/2026
Beneficiary: Raymond Obuya-Lindahl   Medicare number FICT-MBI-4RT7KD2   Contractor: Great Lakes MAC (FICTIONAL)
Claim GLM-26-0612-904417   Provider: Dr. Anneliese Kowalczyk-Brandt, MD, NPI 1844175293
G2083 on 05/04, 05/07, 05/11, 05/14, 05/18, 05/21/2026: Medicare does not pay (CO-50). Not reasonable and
necessary. The records do not document a concurrent oral antidepressant as required by billing article A99921.
''',
"denial/redetermination-decision-2026-10-19.txt": '''
GREAT LAKES MEDICARE ADMINISTRATIVE CONTRACTOR (FICTIONAL) - MEDICARE REDETERMINATION NOTICE  Date: 10/19/2026
Beneficiary: Raymond Obuya-Lindahl   Claim GLM-26-0612-904417   Appellant: Evelyn Obuya-Lindahl (representative)
Decision: UNFAVORABLE. The records do not document a concurrent oral antidepressant as required by billing article
A99921. The denial is upheld.
If you disagree, you have 60 days from receipt of this notice to request a reconsideration by the Qualified
Independent Contractor: Lakeshore QIC, Part B Reconsiderations, PO Box 48119, Grand Rapids, MI 49501.
''',
"clinical/psychiatry-note-2026-05-21.txt": '''
PORTAGE CREEK PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                                        Date: 05/21/2026
Patient: Raymond Obuya-Lindahl   DOB 03/03/1956   Psychiatrist: Dr. Anneliese Kowalczyk-Brandt, MD   Page 1 of 1
Major depressive disorder, recurrent, severe (F33.2), treatment-resistant. Failed: escitalopram 20 mg (01-05/2022,
16 weeks), venlafaxine XR 225 mg (02-06/2023, 12 weeks), bupropion XL 450 mg (03-06/2024, 10 weeks), no response
to each. Current: sertraline 200 mg daily since 03/2025, partial response, continued with esketamine.
Esketamine 84 mg sessions 05/04-05/21/2026 (6), 2 h observation each. MADRS 35 to 17. No suicidal ideation.
''',
"clinical/pharmacy-fill-history-2026.txt": '''
KALAMAZOO COMMUNITY PHARMACY (FICTIONAL) - FILL HISTORY                                     Printed 11/02/2026
Patient: Raymond Obuya-Lindahl   DOB 03/03/1956   Page 1 of 1
Sertraline 100 mg tablets, 2 daily (200 mg), #60, filled every 30 days from 03/2025 through 11/2026:
2026 fills: 01/08, 02/07, 03/09, 04/08, 05/08, 06/07, 07/07, 08/06, 09/05, 10/05, 11/01.
''',
"other/billing-article-a99921-excerpt.txt": '''
GREAT LAKES MEDICARE ADMINISTRATIVE CONTRACTOR (FICTIONAL) - BILLING ARTICLE A99921 (excerpt)     Page 3 of 7
G2082/G2083 are payable for treatment-resistant depression when the record documents the diagnosis, at least two
prior antidepressant trials, and an oral antidepressant taken concurrently or the reason one is not used.
''',
"other/cms-1696-appointment-2026-08-01.txt": '''
APPOINTMENT OF REPRESENTATIVE, form CMS-1696 (fictional rendition)                          Date: 08/01/2026
Beneficiary: Raymond Obuya-Lindahl, Medicare number FICT-MBI-4RT7KD2, appoints Evelyn Obuya-Lindahl (wife) to act
as representative in connection with the claim GLM-26-0612-904417 and its appeals.
Signed by the beneficiary 08/01/2026 and by the representative 08/01/2026.
''',
},
truth='''
# 92-08 - Original Medicare Part B: esketamine G2083 denied for "no concurrent oral antidepressant"; QIC reconsideration; the redetermination says 60 days; wife writes with a CMS-1696 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Raymond Obuya-Lindahl, 70, Original Medicare Part B (Great Lakes MAC). Treatment-resistant depression: three
  failed antidepressants (escitalopram, venlafaxine XR, bupropion XL); sertraline 200 mg daily since 03/2025,
  continued with esketamine (notes and pharmacy fills every 30 days).
- Six G2083 sessions 05/04-05/21/2026, MADRS 35 to 17 (partial response). MSN 07/20/2026: CO-50, "no concurrent oral
  antidepressant documented" (billing article A99921). Redetermination asked 08/10/2026 (certified mail);
  unfavorable 10/19/2026.
- **Level:** reconsideration by the QIC (second level of Original Medicare appeals). The redetermination says "60
  days from receipt": wrong. **True deadline: 180 days after receipt of the redetermination, receipt presumed 5 days
  after its date (42 CFR 405.962): 04/22/2027; counted from the date itself, 04/17/2027** (the safe date).
- Representative: wife, appointed on CMS-1696 signed by both on 08/01/2026 (valid for this claim's appeals).

## Deliberately unknown
- Whether an ABN was given: not in the case (say nothing of it).
- Whether the records sent at redetermination included the pharmacy history: not stated; a letter encloses it now
  (evidence not presented at the QIC level may be limited for a provider, not for a beneficiary).

## Traps
- Original Medicare has no plan terms and no external review; the article is the contractor's, not a plan policy.
- Not "60 days"; not an ALJ hearing yet; not a Medicare Advantage appeal.
- Sertraline continues (partial response): never "failed sertraline"; it is the concurrent antidepressant.
- The patient's response is partial, not remission. No suicidal ideation.
- Voice: the wife writes about Mr. Obuya-Lindahl.

## Arguments a strong letter makes (strongest first)
1. The record documents the concurrent oral antidepressant: sertraline 200 mg daily in the 05/21/2026 note and
   monthly pharmacy fills through the sessions; the article's criterion is met.
2. The other two criteria are met (TRD; three prior failed trials).
3. Timely QIC request (180 days after receipt of the 10/19/2026 decision).

## What a letter must NOT say
- "60 days" as the QIC window; "the plan's terms"; "external review"; "ERISA"; "45 CFR 147.136"; "parity".
- "failed sertraline"; "remission"; "suicidal ideation".
- "Medicare Advantage"; "422.582".
''',
answers=[
("beneficiary", "Raymond Obuya-Lindahl", "denial/medicare-summary-notice-2026-07-20.txt"),
("Medicare number", "FICT-MBI-4RT7KD2", "denial/medicare-summary-notice-2026-07-20.txt"),
("claim", "GLM-26-0612-904417", "denial/redetermination-decision-2026-10-19.txt"),
("MSN date", "Date: 07/20/2026", "denial/medicare-summary-notice-2026-07-20.txt"),
("redetermination date", "Date: 10/19/2026", "denial/redetermination-decision-2026-10-19.txt"),
("window printed (wrong)", "60 days from receipt of this notice", "denial/redetermination-decision-2026-10-19.txt"),
("true deadline", "04/22/2027", "truth"),
("safe date", "04/17/2027", "truth"),
("rule", "42 CFR 405.962", "truth"),
("QIC address", "PO Box 48119, Grand Rapids, MI 49501", "denial/redetermination-decision-2026-10-19.txt"),
("concurrent antidepressant", "sertraline 200 mg daily since 03/2025", "clinical/psychiatry-note-2026-05-21.txt"),
("pharmacy fills", "filled every 30 days from 03/2025 through 11/2026", "clinical/pharmacy-fill-history-2026.txt"),
("article criterion", "an oral antidepressant taken concurrently or the reason one is not used", "other/billing-article-a99921-excerpt.txt"),
("response", "MADRS 35 to 17", "clinical/psychiatry-note-2026-05-21.txt"),
("representative form", "Signed by the beneficiary 08/01/2026 and by the representative 08/01/2026", "other/cms-1696-appointment-2026-08-01.txt"),
("CARC", "CO-50", "denial/medicare-summary-notice-2026-07-20.txt"),
])


def luhn_ok(npi):
    digits = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(c):
    folder = os.path.join(HERE, c["slug"])
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    with open(os.path.join(folder, "case.yaml"), "w") as f:
        f.write(c["yaml"].lstrip("\n"))
    for path, body in c["docs"].items():
        p = os.path.join(folder, path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(HEAD + body.strip("\n") + FOOT)
    with open(os.path.join(HERE, c["slug"] + ".truth.md"), "w") as f:
        f.write(c["truth"].lstrip("\n"))


def self_check(c):
    problems = []
    folder = os.path.join(HERE, c["slug"])
    texts = {"truth": open(os.path.join(HERE, c["slug"] + ".truth.md")).read(),
             "case.yaml": open(os.path.join(folder, "case.yaml")).read()}
    for path in c["docs"]:
        if path.split("/")[0] not in ("denial", "clinical", "other") or not path.endswith(".txt"):
            problems.append(f"{c['slug']}: document outside denial/clinical/other or not .txt: {path}")
        texts[path] = open(os.path.join(folder, path)).read()
        if not texts[path].startswith("FICTIONAL") or not texts[path].rstrip().endswith("FICTIONAL DOCUMENT - end."):
            problems.append(f"{c['slug']}: {path} lacks FICTIONAL header/footer")
    # stray files
    for root, _, files in os.walk(folder):
        for fn in files:
            rel = os.path.relpath(os.path.join(root, fn), folder)
            if rel != "case.yaml" and rel not in c["docs"]:
                problems.append(f"{c['slug']}: stray file {rel}")
    if "FICTIONAL" not in texts["case.yaml"].splitlines()[0]:
        problems.append(f"{c['slug']}: case.yaml first line not FICTIONAL")
    if "FICTIONAL" not in texts["truth"].splitlines()[0]:
        problems.append(f"{c['slug']}: truth first line not FICTIONAL")
    heads = [re.sub(r" \(.*\)$", "", h) for h in re.findall(r"^## (.+)$", texts["truth"], re.M)]
    if heads != HEADINGS:
        problems.append(f"{c['slug']}: truth headings {heads}")
    try:
        data = YAML(typ="safe").load(texts["case.yaml"])
    except Exception as e:  # noqa
        problems.append(f"{c['slug']}: case.yaml does not parse: {e}")
        data = {}
    # every file path named in case.yaml exists
    for m in re.findall(r"((?:denial|clinical|other)/[A-Za-z0-9_.\-]+\.txt)", texts["case.yaml"]):
        if m not in c["docs"]:
            problems.append(f"{c['slug']}: case.yaml names missing file {m}")
    if len(c["answers"]) != 16:
        problems.append(f"{c['slug']}: {len(c['answers'])} answers, not 16")
    for q, a, doc in c["answers"]:
        if doc not in texts:
            problems.append(f"{c['slug']}: answer doc {doc} unknown ({q})")
        elif norm(a) not in norm(texts[doc]):
            problems.append(f"{c['slug']}: answer not printed in {doc}: {q} -> {a}")
    for name, t in texts.items():
        for m in re.finditer(r"555-\d{4}", t):
            before = t[max(0, m.start() - 7):m.start()]
            if not re.match(r"555-01\d\d$", m.group()) or not re.search(r"(\(\d{3}\) |1-8\d\d-)$", before):
                problems.append(f"{c['slug']}: bad phone in {name}: {before}{m.group()}")
        for m in re.finditer(r"(?:\(\d{3}\) |\b1-\d{3}-|\b\d{3}-)(\d{3})-\d{4}\b", t):
            if m.group(1) != "555":
                problems.append(f"{c['slug']}: phone not on exchange 555 in {name}: {m.group()}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+[\w-]+", t):
            if not m.group().endswith(".example"):
                problems.append(f"{c['slug']}: e-mail not .example in {name}: {m.group()}")
        for m in re.finditer(r"\bNPI:? ?(\d{10})\b|npi: \"(\d{10})\"", t):
            npi = m.group(1) or m.group(2)
            if not luhn_ok(npi):
                problems.append(f"{c['slug']}: NPI fails Luhn in {name}: {npi}")
    return problems


def main(argv):
    check = "--check" in argv
    picks = [a for a in argv if a.isdigit()]
    chosen = [c for c in CASES if not picks or c["slug"].split("-")[1] in picks]
    problems, n_ans = [], 0
    for c in chosen:
        write_case(c)
    for c in chosen:
        problems += self_check(c)
        n_ans += len(c["answers"])
    bad_exit = False
    if check:
        out = io.StringIO()
        for c in chosen:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", os.path.join(HERE, c["slug"])],
                               capture_output=True, text=True)
            out.write(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}\n")
            print(f"check {c['slug']}: exit {r.returncode}")
            if r.returncode != 0:
                bad_exit = True
        name = "check-output.txt" if not picks else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w") as f:
            f.write(out.getvalue())
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(chosen)} cases, {n_ans} expected answers, {len(problems)} problems")
    return 1 if problems or bad_exit else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
