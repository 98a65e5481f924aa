#!/usr/bin/env python3
"""Letters set 76 (issue 18), FICTIONAL: writes eight case folders and truth files, then self-checks.
Usage: /work/main/.venv/bin/python make_set.py [NN ...] [--check]
All data is in this file; every person, plan, provider, number and address is invented."""
C01 = dict(
slug="01-original-medicare-council-review-after-alj-60-days-from-presumed-receipt-due-12-23-represented-so-every-issue-raised-no-abn-son-cms1696",
title="Original Medicare: request for Medicare Appeals Council review of an ALJ decision; due 12/23/2026",
yaml=r'''# FICTIONAL CASE (set 76, case 01) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Oregon. TMS course denied CO-50; redetermination, QIC and ALJ all unfavorable.
# ALJ decision dated 10/19/2026: request Medicare Appeals Council review within 60 days after receipt,
# receipt presumed 5 days after the date -> 12/23/2026 (42 CFR 405.1102(a)). The son, appointed on CMS-1696, writes.
patient:
  name: Everett Lindqvist-Obi
  salutation: Mr. Lindqvist-Obi
  date_of_birth: 1951-04-22
  member_id: FICT-4QX7-TR2-MK93
  address: |-
    1820 SE Harold Street
    Portland, OR 97202
  phone: (503) 555-0112
insurer:
  name: Original Medicare (Part B), through Cascade Crest Medicare Services, the Medicare contractor (FICTIONAL)
claim:
  number: FICT-MAC-26-0320-558214
  plan_type: medicare
  notice_date: 2026-03-20
  appeal_deadline: 2026-12-23
  deadline_basis: >-
    Medicare Appeals Council review: within 60 days after receipt of the ALJ decision dated 10/19/2026; receipt is
    presumed 5 days after the date (10/24/2026), so 12/23/2026 (42 CFR 405.1102(a)); the decision itself says
    60 days from the date you receive it.
  service_dates: [2026-01-12, 2026-02-27]
  sessions: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    These services are not covered because they were not reasonable and necessary under Medicare's rules for
    this item or service.
  denial_category: medical_necessity
  abn_given: false
  action: none
medicare_coverage:
  name: Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL LCD)
  number: L99904
  quote: >-
    Coverage indications: 1. A diagnosis of severe major depressive disorder, single or recurrent episode; and
    2. failure of at least four antidepressant trials from at least two different agent classes, each at an
    adequate dose and duration, or intolerance of them; and 3. the treatment is ordered and supervised by a
    psychiatrist.
  file: other/lcd-l99904-excerpt.txt
payer_criteria:
  - criterion: 1. severe major depressive disorder, single or recurrent episode
    how_met: recurrent major depression, severe (F33.2), PHQ-9 23 on 12/15/2025
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2025-12-15.txt, page: 1}
  - criterion: 2. failure of at least four antidepressant trials from at least two agent classes
    how_met: sertraline, escitalopram (SSRIs), venlafaxine XR (SNRI) and bupropion XL, each 8 weeks or more at adequate dose
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2025-12-15.txt, page: 1}
  - criterion: 3. ordered and supervised by a psychiatrist
    how_met: ordered and supervised by Dr. Hesper Vantongeren, MD, psychiatrist
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2025-12-15.txt, page: 1}
clinical:
  history:
    - {drug: sertraline, dose: 200 mg daily, start: 2022-02, end: 2022-06, outcome: no response after 16 weeks, kind: antidepressant, failed: true, response: none, weeks: 16, evidence: {file: clinical/psychiatry-evaluation-2025-12-15.txt, page: 1}}
    - {drug: escitalopram, dose: 20 mg daily, start: 2022-08, end: 2022-12, outcome: partial response then relapse, kind: antidepressant, failed: true, response: lost, weeks: 14, evidence: {file: clinical/psychiatry-evaluation-2025-12-15.txt, page: 1}}
    - {drug: venlafaxine XR, dose: 225 mg daily, start: 2023-03, end: 2023-08, outcome: no response after 12 weeks, kind: antidepressant, failed: true, response: none, weeks: 12, evidence: {file: clinical/psychiatry-evaluation-2025-12-15.txt, page: 1}}
    - {drug: bupropion XL, dose: 450 mg daily, start: 2024-09, end: 2025-01, outcome: no response after 10 weeks, kind: antidepressant, failed: true, response: none, weeks: 10, evidence: {file: clinical/psychiatry-evaluation-2025-12-15.txt, page: 1}}
  severity: PHQ-9 23 on 12/15/2025; PHQ-9 9 on 02/27/2026
  severity_date: 2026-02-27
  suicidality: passive
  suicidality_date: 2025-12-15
  response: PHQ-9 from 23 before the course to 9 at its end
  response_level: response
decisions:
  - {date: 2026-05-08, outcome: denied, stage: redetermination, opens: QIC reconsideration}
  - {date: 2026-07-24, outcome: denied, stage: QIC reconsideration, opens: ALJ hearing}
  - date: 2026-10-19
    outcome: denied
    stage: ALJ hearing
    opens: Medicare Appeals Council review
    next_deadline: 2026-12-23
    reason: >-
      The record documents only two antidepressant trials (sertraline and bupropion). LCD L99904 indication 2 is
      not met. The beneficiary is liable for the non-covered charges.
    corrections:
      - said: The record documents only two antidepressant trials (sertraline and bupropion).
        record: four adequate failed trials - sertraline, escitalopram, venlafaxine XR and bupropion XL - from two agent classes
        file: clinical/psychiatry-evaluation-2025-12-15.txt
        page: 1
      - said: The beneficiary is liable for the non-covered charges.
        record: the clinic gave no Advance Beneficiary Notice before the course
        file: other/clinic-letter-no-abn-2026-04-02.txt
        page: 1
external_review:
  agency: Medicare Appeals Council, Departmental Appeals Board (FICTIONAL address for this test)
  address: |-
    Medicare Appeals Council (FICTIONAL address for this test)
    PO Box 71340
    Washington, DC 20024
treatment:
  name: A 36-session course of transcranial magnetic stimulation (January 12 through February 27, 2026)
  summary: TMS for severe recurrent major depression after four failed antidepressant trials from two classes.
author:
  name: Tobias Lindqvist-Obi
  relation: representative
  role: Son and appointed representative (form CMS-1696)
  address: |-
    77 Kestrel Court
    Beaverton, OR 97005
  phone: (503) 555-0139
  authorization: other/cms-1696-appointment-2026-04-28.txt
provider:
  name: Dr. Hesper Vantongeren
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    3300 NE Sandy Boulevard, Suite 410
    Portland, OR 97232
  phone: (503) 555-0171
record_dates:
  - {file: denial/alj-decision-2026-10-19.txt, date: 2026-10-19}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/alj-decision-2026-10-19.txt": """OFFICE OF MEDICARE HEARINGS AND APPEALS (FICTIONAL COPY FOR THIS TEST) - DECISION
Date of decision: 10/19/2026        ALJ Appeal No.: FICT-ALJ-1-26-4471093
Appellant: Everett Lindqvist-Obi (beneficiary), represented by Tobias Lindqvist-Obi (CMS-1696)
Medicare number: FICT-4QX7-TR2-MK93     Claim: FICT-MAC-26-0320-558214
Services: 90867 x 1, 90868 x 35, 01/12/2026 through 02/27/2026, Dr. Hesper Vantongeren (NPI {NPI1})
Prior levels: initial determination 03/20/2026 (CO-50); redetermination 05/08/2026, unfavorable;
QIC reconsideration 07/24/2026, unfavorable. Hearing held by telephone 09/29/2026.
DECISION: UNFAVORABLE.
Findings: The record documents only two antidepressant trials (sertraline and bupropion). LCD L99904
indication 2 is not met. The beneficiary is liable for the non-covered charges.
YOUR RIGHT TO APPEAL: If you disagree, you may ask the Medicare Appeals Council to review this decision.
You must file your request within 60 days from the date you receive this decision. We presume you received it
5 days after the date shown above unless you show otherwise. Send the request to the Medicare Appeals Council
at the address on the enclosed form DAB-101, not to this office. If you are represented, the Council will limit
its review to the issues raised in your request.
""",
"clinical/psychiatry-evaluation-2025-12-15.txt": """PSYCHIATRIC EVALUATION FOR TMS
Date: 12/15/2025
Patient: Everett Lindqvist-Obi   DOB: 04/22/1951
Psychiatrist: Hesper Vantongeren, MD (orders and supervises the course)
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2). PHQ-9 23.
Antidepressant trials (all at adequate dose, all failed):
 1. sertraline 200 mg daily, 02/2022-06/2022, 16 weeks, no response (SSRI)
 2. escitalopram 20 mg daily, 08/2022-12/2022, 14 weeks, partial response then relapse (SSRI)
 3. venlafaxine XR 225 mg daily, 03/2023-08/2023, 12 weeks, no response (SNRI)
 4. bupropion XL 450 mg daily, 09/2024-01/2025, 10 weeks, no response (other class)
Four failed trials from at least two agent classes.
Passive death wishes reported at this visit; no plan or intent.
Plan: 36 sessions of TMS, 90867 once then 90868.
""",
"clinical/tms-course-summary-2026-02-27.txt": """TMS COURSE SUMMARY
Date: 02/27/2026
Patient: Everett Lindqvist-Obi
Sessions: 36 (01/12/2026 through 02/27/2026). PHQ-9 23 before the course, PHQ-9 9 at its end.
Supervising psychiatrist: Hesper Vantongeren, MD.
""",
"other/lcd-l99904-excerpt.txt": """LOCAL COVERAGE DETERMINATION L99904 (FICTIONAL LCD FOR THIS TEST)
Transcranial Magnetic Stimulation for Major Depressive Disorder - excerpt
Coverage indications: 1. A diagnosis of severe major depressive disorder, single or recurrent episode; and
2. failure of at least four antidepressant trials from at least two different agent classes, each at an
adequate dose and duration, or intolerance of them; and 3. the treatment is ordered and supervised by a
psychiatrist.
""",
"other/clinic-letter-no-abn-2026-04-02.txt": """LETTER FROM THE CLINIC'S BILLING OFFICE
Date: 04/02/2026
Re: Everett Lindqvist-Obi, TMS 01/12/2026-02/27/2026
No Advance Beneficiary Notice (ABN, form CMS-R-131) was given to Mr. Lindqvist-Obi before or during this
course. The clinic expected Medicare to pay. Office: (503) 555-0171, billing@willamette-tms.example
""",
"other/cms-1696-appointment-2026-04-28.txt": """APPOINTMENT OF REPRESENTATIVE - FORM CMS-1696 (FICTIONAL COPY FOR THIS TEST)
Signed by the beneficiary: Everett Lindqvist-Obi, 04/28/2026
Representative accepting: Tobias Lindqvist-Obi (son), 04/28/2026, 77 Kestrel Court, Beaverton, OR 97005,
(503) 555-0139. Not an attorney. No fee will be charged.
Medicare number: FICT-4QX7-TR2-MK93. This appointment covers the appeal of claim FICT-MAC-26-0320-558214 at
every level.
""",
},
truth="""## What is true
- Mr. Lindqvist-Obi has **Original Medicare Part B**. A 36-session TMS course (01/12-02/27/2026; 90867 x 1,
  90868 x 35) was denied CO-50 on 03/20/2026. Redetermination (05/08/2026), QIC reconsideration (07/24/2026) and
  **ALJ decision of 10/19/2026** were all unfavorable.
- **Level:** this is a request for **Medicare Appeals Council review** (the fourth Original Medicare level), filed
  with the Council (Departmental Appeals Board), not with OMHA, the MAC or the QIC.
- **True deadline: 12/23/2026** - 60 days after receipt of the ALJ decision, receipt presumed 5 days after its date
  (10/24/2026) (42 CFR 405.1102(a); the decision's own appeal paragraph says the same). Counting from the decision
  date alone gives 12/18/2026, the conservative day. Today (12/07/2026) is within both.
- The ALJ finding "only two antidepressant trials (sertraline and bupropion)" is contradicted by the evaluation of
  12/15/2025: **four** failed trials (sertraline, escitalopram, venlafaxine XR, bupropion XL), two classes or more.
- **No ABN** was given (clinic letter 04/02/2026), yet the ALJ held the beneficiary liable: a second issue the
  request must raise (limitation on liability, Social Security Act 1879, 42 CFR 411.404).
- The son is an appointed representative (CMS-1696 of 04/28/2026, covering every level). Because the beneficiary is
  represented, the Council limits its review to the issues the request raises (42 CFR 405.1112(c); printed in the
  decision): both issues must be named.

## Deliberately unknown
- The Council's real mailing address (the one in this case is fictional) and whether DAB-101 was used.
- The day the family actually received the ALJ decision (only the presumption is known).
- Why the ALJ missed escitalopram and venlafaxine XR (the exhibit list of the hearing is not in the case).

## Traps
- Not a redetermination, QIC reconsideration or ALJ hearing request; not an "appeal to the plan": Original Medicare
  has no plan and no plan terms.
- The deadline is not 120 or 180 days and not counted from the MSN of 03/20/2026.
- No 72-hour or expedited route; no ERISA, no 45 CFR 147.136, no external review, no parity, no state insurance
  department. No peer-to-peer with a "plan".
- The LCD is Medicare's rule, not "the plan's policy".
- The son writes about his father ("Mr. Lindqvist-Obi"), never "I have failed four trials".

## Arguments a strong letter makes
1. States it is a request for Council review of the ALJ decision of 10/19/2026 (ALJ Appeal No.
   FICT-ALJ-1-26-4471093), timely by 12/23/2026, and names each part of the decision disputed (405.1112(b)).
2. Corrects the finding of two trials with the evaluation of 12/15/2025: four failed trials, two classes or more,
   so LCD L99904 indication 2 is met; indications 1 and 3 are met too.
3. Raises liability: no ABN was given, so the beneficiary is not liable (SSA 1879; 42 CFR 411.404).
4. Notes the response (PHQ-9 23 to 9) only as outcome, not as the test.

## What a letter must NOT say
- That it asks the MAC to "redetermine" or the QIC to "reconsider", or that it is addressed to a plan.
- A deadline of 120 days, 180 days, 65 days, or "60 days from the date of the decision" as the only count.
- "plan's policy", "plan terms", 29 CFR 2560.503-1, 45 CFR 147.136, "external review", "independent review organization".
- That the patient himself writes ("I have tried ...").
""",
answers=[
("What level is this appeal?", "ask the Medicare Appeals Council to review this decision", "denial/alj-decision-2026-10-19.txt"),
("Date of the decision appealed?", "Date of decision: 10/19/2026", "denial/alj-decision-2026-10-19.txt"),
("ALJ appeal number?", "FICT-ALJ-1-26-4471093", "denial/alj-decision-2026-10-19.txt"),
("From what date does the window count?", "60 days from the date you receive this decision", "denial/alj-decision-2026-10-19.txt"),
("Presumed receipt rule?", "5 days after the date shown above", "denial/alj-decision-2026-10-19.txt"),
("True deadline?", "12/23/2026", "case.yaml"),
("Rule for the deadline?", "42 CFR 405.1102(a)", "case.yaml"),
("Scope of review when represented?", "limit its review to the issues raised in your request", "denial/alj-decision-2026-10-19.txt"),
("What did the ALJ get wrong about trials?", "only two antidepressant trials (sertraline and bupropion)", "denial/alj-decision-2026-10-19.txt"),
("How many failed trials does the record show?", "Four failed trials from at least two agent classes", "clinical/psychiatry-evaluation-2025-12-15.txt"),
("Which LCD?", "L99904", "other/lcd-l99904-excerpt.txt"),
("Was an ABN given?", "No Advance Beneficiary Notice (ABN, form CMS-R-131) was given", "other/clinic-letter-no-abn-2026-04-02.txt"),
("What did the ALJ hold on liability?", "The beneficiary is liable for the non-covered charges", "denial/alj-decision-2026-10-19.txt"),
("Representative form and date?", "FORM CMS-1696", "other/cms-1696-appointment-2026-04-28.txt"),
("Does the appointment reach this level?", "at every level", "other/cms-1696-appointment-2026-04-28.txt"),
("Prior levels?", "QIC reconsideration 07/24/2026, unfavorable", "denial/alj-decision-2026-10-19.txt"),
],
calc=[("2026-10-24", "days", 60, "2026-12-23"), ("2026-10-19", "days", 60, "2026-12-18")],
)
C02 = dict(
slug="02-part-d-ire-reconsideration-asked-by-prescriber-notice-counts-from-receipt-rule-from-notice-date-due-01-15-trials-paid-outside-pmhnp",
title="Part D: IRE reconsideration asked by the prescriber; the redetermination counts from receipt, the rule from its date",
yaml=r'''# FICTIONAL CASE (set 76, case 02) - every person, plan, provider, number and address is invented.
# Medicare Part D PDP, Ohio. Step therapy for dextromethorphan-bupropion; plan redetermination upheld 11/16/2026.
# The prescriber (PMHNP) asks the Part D IRE to reconsider (42 CFR 423.600(a): a prescriber may ask on the
# enrollee's behalf). Notice says "60 days from the date you receive this notice"; the rule counts 60 days from
# the redetermination's date -> 01/15/2027.
patient:
  name: Marguerite Haddad-Sorensen
  salutation: Mrs. Haddad-Sorensen
  date_of_birth: 1956-11-03
  member_id: FICT-JRX-77310452
  address: |-
    418 Wyandotte Avenue
    Columbus, OH 43215
  phone: (614) 555-0146
insurer:
  name: Juniper Ridge Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Juniper Ridge Rx Part D Appeals (FICTIONAL)
    PO Box 30817
    Dayton, OH 45401
  fax: (937) 555-0158
claim:
  number: FICT-JRX-CD-26-1021-3307
  plan_type: medicare_part_d
  notice_date: 2026-10-21
  appeal_deadline: 2027-01-15
  deadline_basis: >-
    IRE reconsideration: 60 days from the date of the redetermination notice of 11/16/2026 (42 CFR 423.600(a));
    the notice's "60 days from the date you receive this notice" would give a later day, not used.
  procedure_codes: []
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy not met. Dextromethorphan-bupropion ER requires paid claims for two formulary antidepressants
    in the past 180 days. Our records show no such claims.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: redetermination
    opens: IRE reconsideration
    next_deadline: 2027-01-15
    reason: >-
      We upheld our decision. Our pharmacy claims show no sertraline or escitalopram claims in the past 180 days.
      You have 60 days from the date you receive this notice to ask the Independent Review Entity.
    corrections:
      - said: Our pharmacy claims show no sertraline or escitalopram claims in the past 180 days.
        record: sertraline filled with a discount card from 04/2026 to 07/2026 and escitalopram given as office samples from 07/2026 to 09/2026; neither was paid by the plan
        file: [other/pharmacy-printout-discount-card-2026.txt, clinical/pmhnp-progress-note-2026-10-14.txt]
        page: 1
        leaves_out: true
external_review:
  agency: Part D Independent Review Entity (FICTIONAL name and address for this test)
  address: |-
    Part D IRE Reconsiderations (FICTIONAL address for this test)
    PO Box 44120
    Pittsburgh, PA 15230
  final_denial_date: 2026-11-16
treatment:
  name: Dextromethorphan-bupropion extended-release tablets, 45 mg/105 mg twice daily
  summary: An oral antidepressant for major depression after two failed trials (sertraline, escitalopram) in 2026.
clinical:
  history:
    - {drug: sertraline, dose: 150 mg daily, start: 2026-04-06, end: 2026-07-10, outcome: no response after 13 weeks, kind: antidepressant, failed: true, response: none, weeks: 13, paid_outside: discount card, evidence: {file: other/pharmacy-printout-discount-card-2026.txt, page: 1}}
    - {drug: escitalopram, dose: 20 mg daily, start: 2026-07-14, end: 2026-09-29, outcome: no response after 11 weeks, kind: antidepressant, failed: true, response: none, weeks: 11, paid_outside: manufacturer samples, evidence: {file: clinical/pmhnp-progress-note-2026-10-14.txt, page: 1}}
  severity: PHQ-9 19 on 10/14/2026
  severity_date: 2026-10-14
  suicidality: none
  suicidality_date: 2026-10-14
prescriber_statement:
  date: 2026-11-24
  quote: >-
    Mrs. Haddad-Sorensen completed adequate trials of sertraline (13 weeks) and escitalopram (11 weeks) in 2026
    without response; neither was billed to the plan. Requiring further formulary antidepressants would not be
    as effective and would delay treatment.
  file: other/prescriber-supporting-statement-2026-11-24.txt
author:
  name: Dana Whitcombe-Ash
  relation: prescriber
  role: Prescribing psychiatric nurse practitioner (PMHNP-BC)
  address: |-
    Scioto Valley Behavioral Health (FICTIONAL), 2100 Riverside Drive, Suite 5
    Columbus, OH 43221
  phone: (614) 555-0183
provider:
  name: Dana Whitcombe-Ash
  credentials: DNP, PMHNP-BC
  npi: "{NPI2}"
  address: |-
    2100 Riverside Drive, Suite 5
    Columbus, OH 43221
  phone: (614) 555-0183
record_dates:
  - {file: denial/redetermination-notice-2026-11-16.txt, date: 2026-11-16}
  - {file: other/prescriber-supporting-statement-2026-11-24.txt, date: 2026-11-24}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/coverage-determination-2026-10-21.txt": """JUNIPER RIDGE RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 10/21/2026   Case: FICT-JRX-CD-26-1021-3307
Member: Marguerite Haddad-Sorensen   Member ID: FICT-JRX-77310452
Drug: dextromethorphan-bupropion ER 45 mg/105 mg, #60 per 30 days. Prescriber: Dana Whitcombe-Ash, PMHNP-BC
Reason: Step therapy not met. Dextromethorphan-bupropion ER requires paid claims for two formulary
antidepressants in the past 180 days. Our records show no such claims.
You may ask us for a redetermination within 65 days from the date of this notice.
""",
"denial/redetermination-notice-2026-11-16.txt": """JUNIPER RIDGE RX (PDP) (FICTIONAL) - REDETERMINATION NOTICE
Date: 11/16/2026   Case: FICT-JRX-RD-26-1104-0912 (coverage determination FICT-JRX-CD-26-1021-3307)
Member: Marguerite Haddad-Sorensen   Member ID: FICT-JRX-77310452
Decision: We upheld our decision. Our pharmacy claims show no sertraline or escitalopram claims in the past
180 days. The prescriber's request of 11/04/2026 did not include a supporting statement.
Your right to appeal: You have 60 days from the date you receive this notice to ask the Independent Review
Entity (IRE) to reconsider. You, your representative, or your prescriber may ask. Send your request to:
Part D IRE Reconsiderations (FICTIONAL address for this test), PO Box 44120, Pittsburgh, PA 15230.
""",
"clinical/pmhnp-progress-note-2026-10-14.txt": """PROGRESS NOTE - PSYCHIATRIC NURSE PRACTITIONER
Date: 10/14/2026
Patient: Marguerite Haddad-Sorensen   DOB: 11/03/1956
Clinician: Dana Whitcombe-Ash, DNP, PMHNP-BC
Sertraline 150 mg daily 04/06/2026-07/10/2026 (13 weeks): no response. Filled with a pharmacy discount card.
Escitalopram 20 mg daily 07/14/2026-09/29/2026 (11 weeks): no response. Given as office samples.
PHQ-9 19. Denies suicidal ideation.
Plan: start dextromethorphan-bupropion ER 45 mg/105 mg, one tablet daily for 3 days, then twice daily.
""",
"other/pharmacy-printout-discount-card-2026.txt": """PHARMACY FILL HISTORY (patient copy)
Pharmacy: Olentangy Family Pharmacy (FICTIONAL), (614) 555-0107
Patient: Marguerite Haddad-Sorensen
04/06/2026 sertraline 50 mg #90   paid: discount card (no insurance billed)
05/04/2026 sertraline 50 mg #90   paid: discount card (no insurance billed)
06/03/2026 sertraline 50 mg #90   paid: discount card (no insurance billed)
07/02/2026 sertraline 50 mg #90   paid: discount card (no insurance billed)
""",
"other/prescriber-supporting-statement-2026-11-24.txt": """PRESCRIBER'S SUPPORTING STATEMENT FOR A STEP-THERAPY EXCEPTION (42 CFR 423.578(b))
Date: 11/24/2026
Enrollee: Marguerite Haddad-Sorensen   Member ID: FICT-JRX-77310452
Mrs. Haddad-Sorensen completed adequate trials of sertraline (13 weeks) and escitalopram (11 weeks) in 2026
without response; neither was billed to the plan. Requiring further formulary antidepressants would not be
as effective and would delay treatment.
Dana Whitcombe-Ash, DNP, PMHNP-BC   NPI {NPI2}   (614) 555-0183   dwhitcombe@sciotovalley-bh.example
""",
},
truth="""## What is true
- Mrs. Haddad-Sorensen has a **Medicare Part D** prescription drug plan. The coverage determination of 10/21/2026
  denied dextromethorphan-bupropion ER on **step therapy** (two formulary antidepressants in 180 days). The
  redetermination of **11/16/2026** upheld it.
- She did take both steps in the 180 days: sertraline 04/06-07/10/2026 (discount card) and escitalopram
  07/14-09/29/2026 (office samples), each failed. The plan's claims do not show them because it did not pay for them.
- **Level:** request for **reconsideration by the Part D Independent Review Entity**, filed by the **prescriber** on
  the enrollee's behalf (42 CFR 423.600(a) lets a prescriber ask; no CMS-1696 is needed for that).
- **True deadline: 01/15/2027** - 60 days from the date of the redetermination notice of 11/16/2026 (42 CFR
  423.600(a) as the project's domain page records it). The notice says "60 days from the date you receive this
  notice", which names the wrong starting day; do not count from receipt. (If the 65-day amendment of 2025 reaches
  this level, the day is 01/20/2027; 01/15/2027 meets every reading.)
- A prescriber's supporting statement (11/24/2026) now exists; the redetermination said none was included.

## Deliberately unknown
- The IRE's real name and address (fictional here); whether the plan has the 11/04 request's attachments.
- Whether the patient is still untreated today; the current PHQ-9 after 10/14/2026.

## Traps
- Not a redetermination (done) and not addressed to the plan; the IRE decides.
- Not 65 days from the coverage determination of 10/21/2026 (that window was for the redetermination).
- "No claims" is true as far as it goes: the trials were paid outside the plan, so the letter says so and shows
  them as trials; it does not accuse the plan of losing claims.
- No ERISA, 45 CFR 147.136, parity (Medicare), state external review. Not a physician: the author is a
  nurse practitioner ("I write as Mrs. Haddad-Sorensen's prescribing nurse practitioner"), never "Dr." or "physician".

## Arguments a strong letter makes
1. Names the level: IRE reconsideration of the redetermination of 11/16/2026, requested by the prescriber, within
   60 days of its date (by 01/15/2027).
2. Both steps were completed in the 180 days, paid outside the plan (discount card; samples), with records.
3. Asks for a step-therapy/coverage exception under 42 CFR 423.578(b), quoting the prescriber's statement of
   11/24/2026, which answers the redetermination's "no supporting statement".

## What a letter must NOT say
- "60 days from receipt" or "65 days from 10/21/2026" as the deadline.
- That the patient never tried formulary antidepressants, or that the plan "lost" claims.
- 29 CFR 2560.503-1, 45 CFR 147.136, parity, "external review organization" of a state.
- "Dr. Whitcombe-Ash", "as her physician".
""",
answers=[
("Which level is requested?", "ask the Independent Review", "denial/redetermination-notice-2026-11-16.txt"),
("Date of the decision appealed?", "Date: 11/16/2026", "denial/redetermination-notice-2026-11-16.txt"),
("What window does the notice print?", "60 days from the date you receive this notice", "denial/redetermination-notice-2026-11-16.txt"),
("True deadline?", "2027-01-15", "case.yaml"),
("Rule?", "42 CFR 423.600(a)", "case.yaml"),
("Who may ask the IRE?", "You, your representative, or your prescriber may ask", "denial/redetermination-notice-2026-11-16.txt"),
("Step the plan requires?", "paid claims for two formulary", "denial/coverage-determination-2026-10-21.txt"),
("Lookback?", "in the past 180 days", "denial/coverage-determination-2026-10-21.txt"),
("How was sertraline paid?", "paid: discount card (no insurance billed)", "other/pharmacy-printout-discount-card-2026.txt"),
("How was escitalopram supplied?", "Given as office samples", "clinical/pmhnp-progress-note-2026-10-14.txt"),
("Sertraline trial dates?", "04/06/2026-07/10/2026 (13 weeks)", "clinical/pmhnp-progress-note-2026-10-14.txt"),
("Escitalopram trial dates?", "07/14/2026-09/29/2026 (11 weeks)", "clinical/pmhnp-progress-note-2026-10-14.txt"),
("What did the redetermination say was missing?", "did not include a supporting statement", "denial/redetermination-notice-2026-11-16.txt"),
("Exception rule in the statement?", "42 CFR 423.578(b)", "other/prescriber-supporting-statement-2026-11-24.txt"),
("IRE address?", "PO Box 44120, Pittsburgh, PA 15230", "denial/redetermination-notice-2026-11-16.txt"),
("Author's credentials?", "DNP, PMHNP-BC", "other/prescriber-supporting-statement-2026-11-24.txt"),
],
calc=[("2026-11-16", "days", 60, "2027-01-15"), ("2026-11-16", "days", 65, "2027-01-20")],
)
C03 = dict(
slug="03-medicare-advantage-alj-hearing-after-ire-upheld-maintenance-ect-60-days-after-presumed-receipt-due-01-06-filed-with-omha-not-plan-patient",
title="Medicare Advantage: ALJ hearing after the IRE upheld; due 01/06/2027; filed with OMHA",
yaml=r'''# FICTIONAL CASE (set 76, case 03) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO, Wisconsin. Maintenance ECT (8 sessions) denied for payment; plan reconsideration upheld
# 08/28/2026 and went to the IRE automatically; IRE upheld 11/02/2026. Next: ALJ hearing (OMHA), within 60 days
# after receipt of the IRE notice, presumed 5 days after its date -> 01/06/2027. The patient writes ("I").
patient:
  name: Harold Benedetti-Nwosu
  salutation: Mr. Benedetti-Nwosu
  date_of_birth: 1950-02-14
  member_id: FICT-LSA-H5521-0093
  address: |-
    905 Prospect Avenue
    Milwaukee, WI 53202
  phone: (414) 555-0121
insurer:
  name: Lakeshore Advantage PPO (FICTIONAL)
  appeals_address: |-
    Lakeshore Advantage Appeals and Grievances (FICTIONAL)
    PO Box 20761
    Madison, WI 53708
  fax: (608) 555-0152
claim:
  number: FICT-LSA-26-0611-204417
  plan_type: medicare_advantage
  notice_date: 2026-06-18
  appeal_deadline: 2027-01-06
  deadline_basis: >-
    ALJ hearing: within 60 days after receipt of the IRE's reconsideration notice dated 11/02/2026, receipt presumed
    5 days after its date (11/07/2026), so 01/06/2027 (42 CFR 422.602(b) with 42 CFR 405.1002); counted from the
    notice date alone, 01/01/2027.
  service_dates: [2026-04-02, 2026-04-16, 2026-04-30, 2026-05-14, 2026-05-28, 2026-06-11, 2026-06-25, 2026-07-09]
  sessions: 8
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.3]
  carc_codes: [CO-50]
  denial_reason: >-
    Maintenance ECT is not medically necessary. InterQual Behavioral Health criteria for continuation ECT were not
    met.
  denial_category: medical_necessity
  action: none
decisions:
  - {date: 2026-08-28, outcome: denied, stage: plan reconsideration, opens: independent review entity (automatic)}
  - date: 2026-11-02
    outcome: denied
    stage: IRE reconsideration
    opens: ALJ hearing
    next_deadline: 2027-01-06
    reason: >-
      The IRE agrees with the plan. The enrollee's records do not meet the plan's InterQual criteria for
      continuation ECT. The amount in controversy is $3,360.00.
    in_dispute: $3,360.00
external_review:
  agency: Office of Medicare Hearings and Appeals (OMHA) Central Operations (FICTIONAL address for this test)
  address: |-
    OMHA Central Operations (FICTIONAL address for this test)
    PO Box 61580
    Cleveland, OH 44101
payer_criteria:
  - criterion: Medicare requires that care be reasonable and necessary; no NCD or LCD sets criteria for continuation ECT in this case
    how_met: two relapses within 10 weeks of stopping ECT (2024, 2025); continuation ECT every two weeks kept MADRS under 12
    met: true
    evidence: {file: clinical/psychiatrist-letter-2026-09-20.txt, page: 1}
treatment:
  name: Continuation (maintenance) electroconvulsive therapy, 8 sessions every two weeks (April 2 through July 9, 2026)
  summary: Continuation ECT after two relapses within weeks of stopping ECT, for recurrent major depression with psychotic features.
clinical:
  history:
    - {drug: acute ECT course, dose: 12 sessions, start: 2024-01, end: 2024-02, outcome: remission then relapse 8 weeks after stopping, kind: neuromodulation, sessions: 12, adequate: true, response: lost}
    - {drug: acute ECT course, dose: 10 sessions, start: 2025-10, end: 2025-12, outcome: remission then relapse 10 weeks after stopping, kind: neuromodulation, sessions: 10, adequate: true, response: lost}
    - {drug: nortriptyline, dose: 100 mg daily, start: 2024-03, end: 2025-09, outcome: relapse despite continuation, kind: antidepressant, failed: true, response: lost}
  severity: MADRS 10 on 07/09/2026
  severity_date: 2026-07-09
  suicidality: attempt
  suicidality_date: 2025-09-12
  response: MADRS 41 before the 2025 course, 10 on 07/09/2026 during continuation ECT
  response_level: remission
impact:
  hospitalizations: Psychiatric admissions in 09/2025 (after an overdose) and 03/2024.
  relapse: Relapsed within 8 and 10 weeks each time ECT stopped.
author:
  name: Harold Benedetti-Nwosu
  relation: patient
  role: Patient
provider:
  name: Dr. Ilse Marchetti-Boateng
  credentials: MD, psychiatrist
  npi: "{NPI3}"
  address: |-
    2350 N Lake Drive, Suite 300
    Milwaukee, WI 53211
  phone: (414) 555-0168
record_dates:
  - {file: denial/ire-reconsideration-notice-2026-11-02.txt, date: 2026-11-02}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/plan-payment-denial-2026-06-18.txt": """LAKESHORE ADVANTAGE PPO (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT
Date: 06/18/2026   Claim: FICT-LSA-26-0611-204417
Member: Harold Benedetti-Nwosu   Member ID: FICT-LSA-H5521-0093
Services: 90870, 04/02/2026 through 06/11/2026 (6 sessions; 06/25 and 07/09 later added to this claim)
Reason (CO-50): Maintenance ECT is not medically necessary. InterQual Behavioral Health criteria for
continuation ECT were not met.
You may ask us for a reconsideration within 65 days from the date of this notice.
""",
"denial/ire-reconsideration-notice-2026-11-02.txt": """MEDICARE MANAGED CARE INDEPENDENT REVIEW ENTITY (FICTIONAL) - RECONSIDERATION DECISION
Date: 11/02/2026   IRE case: FICT-IRE-C-26-880341
Enrollee: Harold Benedetti-Nwosu   Plan: Lakeshore Advantage PPO (FICTIONAL)   Claim: FICT-LSA-26-0611-204417
The plan upheld its denial on 08/28/2026 and sent the case to us automatically.
Decision: UNFAVORABLE. The IRE agrees with the plan. The enrollee's records do not meet the plan's InterQual
criteria for continuation ECT. The amount in controversy is $3,360.00.
If you disagree, you may ask for a hearing before an Administrative Law Judge (ALJ). Your request must be
received within 60 days after you receive this notice; we presume you receive it 5 days after the date above.
File it with the Office of Medicare Hearings and Appeals (OMHA) Central Operations, not with your plan or with
us: OMHA Central Operations (FICTIONAL address for this test), PO Box 61580, Cleveland, OH 44101.
""",
"clinical/psychiatrist-letter-2026-09-20.txt": """LETTER FROM THE TREATING PSYCHIATRIST
Date: 09/20/2026
Patient: Harold Benedetti-Nwosu   DOB: 02/14/1950
Ilse Marchetti-Boateng, MD, psychiatrist, NPI {NPI3}
Diagnosis: major depressive disorder, recurrent, severe, with psychotic features (F33.3).
Acute ECT 01/2024-02/2024 (12 sessions): remission; relapse 8 weeks after stopping; admitted 03/2024.
Nortriptyline 100 mg continuation 03/2024-09/2025: relapse; overdose and admission 09/12/2025.
Acute ECT 10/2025-12/2025 (10 sessions): MADRS 41 to 9; relapse 10 weeks after stopping.
Continuation ECT every two weeks since 04/02/2026 (8 sessions through 07/09/2026): MADRS 10 on 07/09/2026.
Stopping continuation ECT carries a high risk of a third relapse and of another suicide attempt.
No InterQual criteria were shared with me or with the patient; the plan's letters cite none by number.
""",
"other/member-request-for-criteria-2026-09-02.txt": """MEMBER'S REQUEST FOR THE CRITERIA USED (copy)
Date: 09/02/2026
To: Lakeshore Advantage Appeals and Grievances (FICTIONAL), fax (608) 555-0152
I ask for a copy of the InterQual criteria and any internal coverage criteria used to deny my continuation
ECT, and the evidence behind them. Harold Benedetti-Nwosu, (414) 555-0121, hbenedetti@lakemail.example
Plan reply: none received as of 12/01/2026.
""",
},
truth="""## What is true
- Mr. Benedetti-Nwosu is in a **Medicare Advantage** PPO. Eight continuation ECT sessions (04/02-07/09/2026,
  90870) were denied for payment (06/18/2026, CO-50, InterQual). The plan's reconsideration upheld on 08/28/2026
  and the case went to the **IRE automatically**; the **IRE upheld on 11/02/2026** ($3,360.00 in controversy).
- **Level:** request for an **ALJ hearing**, filed with **OMHA**, not with the plan or the IRE.
- **True deadline: 01/06/2027** - 60 days after receipt of the IRE notice, receipt presumed 5 days after 11/02/2026
  (42 CFR 422.602(b), with the Part 405 hearing rules, 405.1002). Counting from the notice date: 01/01/2027.
- No NCD or LCD governs continuation ECT in this case; the plan applied InterQual (internal criteria). Where
  Medicare's criteria are not fully established, the plan may use internal criteria only if they are publicly
  accessible with their evidence (42 CFR 422.101(b)(6)). The member asked for them on 09/02/2026; no reply.
- Two relapses within 8 and 10 weeks of stopping ECT; an overdose in 09/2025.

## Deliberately unknown
- Whether $3,360.00 meets the ALJ amount-in-controversy threshold for 2027 filings (published yearly by CMS; not
  stated in the case, though it is far above recent figures).
- OMHA's real address (fictional here); the plan reconsideration's own text (only its date is known).

## Traps
- Not a plan reconsideration (done) and not a request that the plan "forward" anything; not to the IRE.
- Not 65 days, not counted from the first notice of 06/18/2026.
- No 72-hour expedited route: a payment claim for care already given.
- Not ERISA, not 45 CFR 147.136, no parity (Medicare), no state insurance department.
- The patient writes "I"; the suicide attempt is history with its date (09/12/2025), not a current risk statement.

## Arguments a strong letter makes
1. States it is a request for an ALJ hearing on the IRE decision of 11/02/2026 (IRE case FICT-IRE-C-26-880341),
   timely by 01/06/2027, with the amount in controversy $3,360.00.
2. The plan applied internal InterQual criteria never made public or shared, despite the 09/02/2026 request
   (42 CFR 422.101(b)(6)).
3. Medical necessity: two relapses within weeks of stopping ECT, admission and overdose history, remission held on
   continuation ECT (MADRS 10).

## What a letter must NOT say
- "I ask the plan to reconsider", or addressed to Lakeshore Advantage as the decider.
- A deadline of 65 days, 60 days from 06/18/2026, or "120 days".
- 29 CFR 2560.503-1, 45 CFR 147.136, parity statutes.
- That InterQual is Medicare's rule.
""",
answers=[
("Level requested?", "a hearing before an Administrative Law Judge (ALJ)", "denial/ire-reconsideration-notice-2026-11-02.txt"),
("Where is it filed?", "not with your plan or with\nus", "denial/ire-reconsideration-notice-2026-11-02.txt"),
("IRE decision date?", "Date: 11/02/2026", "denial/ire-reconsideration-notice-2026-11-02.txt"),
("IRE case number?", "FICT-IRE-C-26-880341", "denial/ire-reconsideration-notice-2026-11-02.txt"),
("Amount in controversy?", "$3,360.00", "denial/ire-reconsideration-notice-2026-11-02.txt"),
("Window as printed?", "within 60 days after you receive this notice", "denial/ire-reconsideration-notice-2026-11-02.txt"),
("True deadline?", "2027-01-06", "case.yaml"),
("Rule?", "42 CFR 422.602(b)", "case.yaml"),
("How did the case reach the IRE?", "sent the case to us automatically", "denial/ire-reconsideration-notice-2026-11-02.txt"),
("Plan reconsideration date?", "08/28/2026", "denial/ire-reconsideration-notice-2026-11-02.txt"),
("Criteria the plan applied?", "InterQual Behavioral Health criteria", "denial/plan-payment-denial-2026-06-18.txt"),
("Were criteria requested?", "I ask for a copy of the InterQual criteria", "other/member-request-for-criteria-2026-09-02.txt"),
("Reply to the criteria request?", "none received as of 12/01/2026", "other/member-request-for-criteria-2026-09-02.txt"),
("Relapse after the second course?", "relapse 10 weeks after stopping", "clinical/psychiatrist-letter-2026-09-20.txt"),
("Current severity?", "MADRS 10 on 07/09/2026", "clinical/psychiatrist-letter-2026-09-20.txt"),
("Suicide attempt date?", "overdose and admission 09/12/2025", "clinical/psychiatrist-letter-2026-09-20.txt"),
],
calc=[("2026-11-07", "days", 60, "2027-01-06"), ("2026-11-02", "days", 60, "2027-01-01")],
)
C04 = dict(
slug="04-medicaid-fee-for-service-fair-hearing-retroactive-eligibility-from-05-01-not-loaded-notice-wrongly-sends-to-health-plan-first-90-days-due-01-03-hospital-counselor-authorized-rep",
title="Medicaid fee-for-service: state fair hearing on a retroactive-eligibility claim; notice wrongly sends the member to a health plan first",
yaml=r'''# FICTIONAL CASE (set 76, case 04) - every person, plan, provider, number and address is invented.
# Medicaid, New Mexico (fictional agency). Inpatient psychiatric stay 06/03-06/17/2026 denied CO-26 "not eligible":
# the eligibility notice approved coverage retroactive to 05/01/2026 (42 CFR 435.915(a)), but the payment system
# shows 08/01/2026. The June stay is fee-for-service (managed care began 10/01/2026), so there is no plan appeal:
# state fair hearing directly, within 90 days of the notice of 10/05/2026 -> 01/03/2027 (42 CFR 431.221(d)).
# The hospital's financial counselor writes as the member's authorized representative (42 CFR 435.923).
patient:
  name: Rosario Delacroix-Huang
  salutation: Ms. Delacroix-Huang
  date_of_birth: 1994-07-30
  member_id: FICT-NMX-MA-600418827
  address: |-
    1207 Calle del Sol SW
    Albuquerque, NM 87105
  phone: (505) 555-0134
insurer:
  name: New Mexico Medicaid, fee-for-service program, Department of Health Care Access (FICTIONAL agency)
  appeals_address: |-
    Fair Hearings Bureau, Department of Health Care Access (FICTIONAL)
    PO Box 25800
    Santa Fe, NM 87504
  fax: (505) 555-0161
claim:
  number: FICT-NMX-ICN-26-0622-7710394
  plan_type: medicaid
  delivery: fee_for_service
  notice_date: 2026-10-05
  appeal_deadline: 2027-01-03
  deadline_basis: >-
    State fair hearing: "within 90 days of the date of this notice" (notice of 10/05/2026; state rule under
    42 CFR 431.221(d)). 01/03/2027 is a Sunday: file by Thursday 12/31/2026 to be safe.
  service_dates: [2026-06-03, 2026-06-17]
  setting: inpatient
  revenue_codes: ["0114"]
  diagnosis_codes: [F32.3]
  carc_codes: [CO-26]
  denial_reason: >-
    Expenses incurred prior to coverage. Recipient was not eligible on the dates of service. Eligibility on file
    begins 08/01/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  corrections:
    - said: Eligibility on file begins 08/01/2026.
      record: full Medicaid approved effective 05/01/2026, retroactive three months before the August application
      file: other/eligibility-approval-notice-2026-09-10.txt
      page: 1
  action: none
eligibility:
  why: >-
    Her application of 08/14/2026 asked for retroactive coverage; the agency approved full Medicaid effective
    05/01/2026, three months before the month of application (42 CFR 435.915(a)), but its payment system carries
    the application month, 08/01/2026.
  start: 2026-05-01
  coverage: full Medicaid (fee-for-service until managed care enrollment on 10/01/2026)
  proof: [other/eligibility-approval-notice-2026-09-10.txt, other/medicaid-application-receipt-2026-08-14.txt]
external_review:
  agency: Fair Hearings Bureau, Department of Health Care Access (FICTIONAL)
  address: |-
    Fair Hearings Bureau, Department of Health Care Access (FICTIONAL)
    PO Box 25800
    Santa Fe, NM 87504
treatment:
  name: Inpatient psychiatric hospital stay (June 3 through June 17, 2026)
  summary: Admission for severe depression with psychotic features after a suicide attempt.
clinical:
  severity: PHQ-9 26 on admission 06/03/2026; PHQ-9 11 at discharge 06/17/2026
  severity_date: 2026-06-17
  suicidality: attempt
  suicidality_date: 2026-06-03
author:
  name: Lucinda Yazzie-Marron
  relation: representative
  role: Financial counselor, Sandia Valley Behavioral Hospital (FICTIONAL), authorized representative
  address: |-
    Sandia Valley Behavioral Hospital (FICTIONAL), 4400 Lomas Boulevard NE
    Albuquerque, NM 87110
  phone: (505) 555-0176
  email: lyazzie@sandiavalley-bh.example
  authorization: other/authorized-representative-form-2026-10-12.txt
provider:
  name: Sandia Valley Behavioral Hospital (FICTIONAL)
  npi: "{NPI4}"
  address: |-
    4400 Lomas Boulevard NE
    Albuquerque, NM 87110
  phone: (505) 555-0176
record_dates:
  - {file: denial/notice-of-action-2026-10-05.txt, date: 2026-10-05}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-action-2026-10-05.txt": """DEPARTMENT OF HEALTH CARE ACCESS (FICTIONAL) - NEW MEXICO MEDICAID - NOTICE OF ACTION
Date of this notice: 10/05/2026
Recipient: Rosario Delacroix-Huang   Medicaid ID: FICT-NMX-MA-600418827
Claim: FICT-NMX-ICN-26-0622-7710394   Provider: Sandia Valley Behavioral Hospital (FICTIONAL)
Service: inpatient psychiatric stay, 06/03/2026 through 06/17/2026, revenue code 0114
Action: Medicaid will not pay. Adjustment CO-26: Expenses incurred prior to coverage. Recipient was not
eligible on the dates of service. Eligibility on file begins 08/01/2026.
Your rights: First ask your Medicaid health plan, Roadrunner Community Health Plan, for an appeal. You may
request a fair hearing within 90 days of the date of this notice by writing to the Fair Hearings Bureau,
PO Box 25800, Santa Fe, NM 87504, or by fax to (505) 555-0161.
""",
"other/eligibility-approval-notice-2026-09-10.txt": """DEPARTMENT OF HEALTH CARE ACCESS (FICTIONAL) - NOTICE OF ELIGIBILITY DECISION
Date: 09/10/2026
Applicant: Rosario Delacroix-Huang   Case number: FICT-NMX-CASE-26-81447
Application received: 08/14/2026. Retroactive coverage requested: May, June and July 2026.
Decision: APPROVED. Full Medicaid coverage effective 05/01/2026 (retroactive coverage for May, June and July
2026, then ongoing).
Managed care: you will be enrolled in Roadrunner Community Health Plan effective 10/01/2026. Until then,
Medicaid pays your providers directly (fee-for-service).
""",
"other/medicaid-application-receipt-2026-08-14.txt": """APPLICATION RECEIPT
Department of Health Care Access (FICTIONAL), Albuquerque field office, (505) 555-0103
Received 08/14/2026: application for Medicaid from Rosario Delacroix-Huang, with retroactive months requested
(May, June, July 2026) and medical bills from Sandia Valley Behavioral Hospital (FICTIONAL) for June 2026.
""",
"other/authorized-representative-form-2026-10-12.txt": """AUTHORIZED REPRESENTATIVE DESIGNATION (state form, FICTIONAL copy)
Date: 10/12/2026
I, Rosario Delacroix-Huang (Medicaid ID FICT-NMX-MA-600418827), name Lucinda Yazzie-Marron, financial counselor at
Sandia Valley Behavioral Hospital (FICTIONAL), as my authorized representative to request and pursue a fair
hearing about the claim for my hospital stay of 06/03/2026-06/17/2026.
Signed: Rosario Delacroix-Huang. Accepted: Lucinda Yazzie-Marron, who agrees to keep my information confidential.
""",
"clinical/discharge-summary-2026-06-17.txt": """DISCHARGE SUMMARY
Sandia Valley Behavioral Hospital (FICTIONAL)
Patient: Rosario Delacroix-Huang   DOB: 07/30/1994
Admitted 06/03/2026 after an intentional overdose; discharged 06/17/2026.
Diagnosis: major depressive disorder, single episode, severe with psychotic features (F32.3).
PHQ-9 26 on admission; PHQ-9 11 at discharge. Follow-up with outpatient psychiatry 06/22/2026.
""",
},
truth="""## What is true
- Ms. Delacroix-Huang applied for Medicaid on **08/14/2026** and asked for retroactive months. The eligibility notice
  of 09/10/2026 approved full Medicaid **effective 05/01/2026** (retroactive coverage, 42 CFR 435.915(a)).
- Her inpatient stay **06/03-06/17/2026** was denied CO-26 on 10/05/2026 because the payment system shows
  eligibility from 08/01/2026 (the application month).
- In June she was **fee-for-service** (managed care began 10/01/2026): there is **no health-plan appeal** for this
  claim. The notice's "First ask your Medicaid health plan, Roadrunner Community Health Plan" is wrong for it.
- **Level:** a **state fair hearing** requested directly (42 CFR 431.220(a)).
- **True deadline: 01/03/2027**, "within 90 days of the date of this notice" (state rule under 42 CFR 431.221(d),
  which caps it at 90). 01/03/2027 is a Sunday: file by 12/31/2026 to be safe.
- The hospital's financial counselor is the member's **authorized representative** (state form of 10/12/2026;
  42 CFR 435.923).

## Deliberately unknown
- Whether the state would also let the hospital simply resubmit once the eligibility file is fixed (likely, not
  in the record).
- Whether the state counts mailing days; whether a weekend deadline moves (hence the 12/31 safe day).

## Traps
- Not a managed-care appeal: 42 CFR 438.402/438.408 and the "120 days from the plan's notice of resolution" do not
  apply; no appeal to Roadrunner Community Health Plan first.
- No continued benefits (a past stay; no reduction of authorized care). No medical-necessity argument is needed:
  the denial is about eligibility, not the care.
- Not ERISA, not 45 CFR 147.136, no external review.
- The counselor writes about Ms. Delacroix-Huang, not as "I" the patient.

## Arguments a strong letter makes
1. Requests a fair hearing on the notice of 10/05/2026, within its 90 days, by the authorized representative,
   form enclosed.
2. Eligibility was approved effective 05/01/2026 (notice of 09/10/2026): every date of the stay falls within it.
3. The June stay was fee-for-service: the plan step the notice names does not apply; asks the agency to correct its
   eligibility file to 05/01/2026 and pay the claim.

## What a letter must NOT say
- That the member must first appeal to Roadrunner Community Health Plan, or that the window is 60 or 120 days.
- That she was not eligible in June, or that the coverage "had ended".
- 42 CFR 438.408, 29 CFR 2560.503-1, 45 CFR 147.136.
""",
answers=[
("Notice date?", "Date of this notice: 10/05/2026", "denial/notice-of-action-2026-10-05.txt"),
("Window printed?", "within 90 days of the date of this notice", "denial/notice-of-action-2026-10-05.txt"),
("True deadline?", "2027-01-03", "case.yaml"),
("Safe filing day?", "file by Thursday 12/31/2026", "case.yaml"),
("Rule?", "42 CFR 431.221(d)", "case.yaml"),
("What wrong step does the notice name?", "First ask your Medicaid health plan, Roadrunner Community Health Plan", "denial/notice-of-action-2026-10-05.txt"),
("Eligibility the payment system shows?", "Eligibility on file begins 08/01/2026", "denial/notice-of-action-2026-10-05.txt"),
("Approved eligibility start?", "effective 05/01/2026", "other/eligibility-approval-notice-2026-09-10.txt"),
("Application date?", "Application received: 08/14/2026", "other/eligibility-approval-notice-2026-09-10.txt"),
("Retroactive months requested?", "May, June and July 2026", "other/eligibility-approval-notice-2026-09-10.txt"),
("Managed care start?", "effective 10/01/2026", "other/eligibility-approval-notice-2026-09-10.txt"),
("How was June paid?", "Medicaid pays your providers directly (fee-for-service)", "other/eligibility-approval-notice-2026-09-10.txt"),
("CARC?", "CO-26", "denial/notice-of-action-2026-10-05.txt"),
("Stay dates?", "06/03/2026 through 06/17/2026", "denial/notice-of-action-2026-10-05.txt"),
("Representative form?", "AUTHORIZED REPRESENTATIVE DESIGNATION", "other/authorized-representative-form-2026-10-12.txt"),
("Where to send?", "Fair Hearings Bureau,\nPO Box 25800, Santa Fe, NM 87504", "denial/notice-of-action-2026-10-05.txt"),
],
calc=[("2026-10-05", "days", 90, "2027-01-03")],
)
C05 = dict(
slug="05-insured-erisa-first-internal-notice-says-60-days-from-letter-certificate-and-rule-give-180-days-after-receipt-forwarded-mail-network-gap-tms-patient",
title="Insured ERISA plan: notice says 60 days, the certificate and the rule give 180 days after receipt; network gap",
yaml=r'''# FICTIONAL CASE (set 76, case 05) - every person, plan, provider, number and address is invented.
# Insured employer plan (ERISA), Montana, 450 employees. TMS course denied PR-242 out of network on 09/11/2026.
# The notice says "within 60 days of the date of this letter"; the certificate and 29 CFR 2560.503-1(h)(3)(i)
# give 180 days after receipt. Forwarded mail, received 09/24/2026 -> 03/23/2027 (safe: 03/10/2027 from the
# notice date). Filed 12/07/2026 (day 87): timely, no good cause needed. The patient writes ("I").
patient:
  name: Garrett Aumann-Sole
  salutation: Mr. Aumann-Sole
  date_of_birth: 1979-12-09
  member_id: FICT-SPH-88204719-01
  address: |-
    612 Pine Street
    Hamilton, MT 59840
  phone: (406) 555-0129
  email: gaumann@bitterroot-mail.example
insurer:
  name: Summit Peak Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Summit Peak Health Appeals Unit (FICTIONAL)
    PO Box 7140
    Helena, MT 59604
  fax: (406) 555-0154
claim:
  number: FICT-SPH-26-0706-441902
  plan_type: employer_erisa
  funding: insured
  employees: 450
  notice_date: 2026-09-11
  appeal_deadline: 2027-03-23
  deadline_basis: >-
    First internal appeal: 180 days after receipt of the notice (29 CFR 2560.503-1(h)(3)(i); certificate
    Section 9.2). Received 09/24/2026 (forwarded mail), so 03/23/2027; counted from the notice date, 03/10/2027.
    The notice's "60 days of the date of this letter" is shorter than the plan and the rule allow.
  service_dates: [2026-07-06, 2026-08-14]
  sessions: 30
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-242]
  denial_reason: >-
    Services not provided by network providers. Your plan covers non-network providers only for emergencies or
    with an approved network exception. No network exception was requested before the services.
  denial_category: out_of_network
  action: none
plan_policy:
  name: Certificate of Coverage, Section 4.6 (Network access exceptions)
  quote: >-
    If no network provider of a covered service is available within 60 miles of your home or within 30 days,
    we will cover the service from a non-network provider at the network level of benefits when you or your
    provider ask us. We will not balance bill you for the difference.
  file: other/certificate-excerpt-sections-4-6-and-9-2.txt
network:
  - name: Clark Fork Psychiatry, Missoula
    date: 2026-05-18
    outcome: listed in the directory for TMS but said it stopped offering TMS in 2025
    miles: 48
    evidence: {file: other/network-search-log-2026-05.txt, page: 1}
  - name: Big Sky Neuromodulation, Billings
    date: 2026-05-19
    outcome: in network; first opening 02/08/2027
    miles: 238
    first_opening: 2027-02-08
    evidence: {file: other/network-search-log-2026-05.txt, page: 1}
  - name: Summit Peak member services
    date: 2026-05-20
    outcome: "no other in-network TMS provider in Montana; reference MS-26-0520-1187"
    evidence: {file: other/network-search-log-2026-05.txt, page: 1}
record_dates:
  - {file: denial/eob-denial-2026-09-11.txt, date: 2026-09-11}
treatment:
  name: A 30-session course of transcranial magnetic stimulation (July 6 through August 14, 2026)
  summary: TMS for severe recurrent depression after four failed antidepressant trials; no in-network TMS within reach.
clinical:
  history:
    - {drug: fluoxetine, dose: 60 mg daily, start: 2022-03, end: 2022-07, outcome: no response, kind: antidepressant, failed: true, response: none, weeks: 16, evidence: {file: clinical/psychiatry-note-2026-06-29.txt, page: 1}}
    - {drug: duloxetine, dose: 120 mg daily, start: 2023-01, end: 2023-04, outcome: no response, kind: antidepressant, failed: true, response: none, weeks: 12, evidence: {file: clinical/psychiatry-note-2026-06-29.txt, page: 1}}
    - {drug: bupropion XL, dose: 450 mg daily, start: 2024-02, end: 2024-05, outcome: no response, kind: antidepressant, failed: true, response: none, weeks: 10, evidence: {file: clinical/psychiatry-note-2026-06-29.txt, page: 1}}
    - {drug: vortioxetine, dose: 20 mg daily, start: 2025-06, end: 2025-09, outcome: no response, kind: antidepressant, failed: true, response: none, weeks: 10, evidence: {file: clinical/psychiatry-note-2026-06-29.txt, page: 1}}
  severity: PHQ-9 22 on 06/29/2026; PHQ-9 10 on 08/14/2026
  severity_date: 2026-08-14
  suicidality: none
  suicidality_date: 2026-08-14
author:
  name: Garrett Aumann-Sole
  relation: patient
  role: Patient
provider:
  name: Dr. Odalys Fairweather-Kim
  credentials: MD, psychiatrist
  npi: "{NPI5}"
  address: |-
    210 North Higgins Avenue, Suite 8
    Missoula, MT 59802
  phone: (406) 555-0188
employer:
  name: Bitterroot Timber Products (FICTIONAL), Benefits Office
  address: |-
    1500 Eastside Highway
    Hamilton, MT 59840
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-denial-2026-09-11.txt": """SUMMIT PEAK HEALTH INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS AND NOTICE OF DENIAL
Date of this letter: 09/11/2026
Member: Garrett Aumann-Sole   Member ID: FICT-SPH-88204719-01   Group: Bitterroot Timber Products (FICTIONAL)
Claim: FICT-SPH-26-0706-441902   Provider: Odalys Fairweather-Kim, MD (non-network)
Services: 90868 x 30, 07/06/2026 through 08/14/2026. Billed $8,700.00. Paid $0.00. Adjustment PR-242.
Reason: Services not provided by network providers. Your plan covers non-network providers only for
emergencies or with an approved network exception. No network exception was requested before the services.
Your appeal rights: You must file an appeal within 60 days of the date of this letter.
Mailed to: 88 Bowman Road, Corvallis, MT 59828
""",
"other/forwarded-envelope-and-receipt-note.txt": """COPY OF ENVELOPE AND MEMBER'S NOTE
Envelope from Summit Peak Health (FICTIONAL), postmarked 09/12/2026, addressed to 88 Bowman Road, Corvallis, MT
59828 (my address until 07/2026). Yellow USPS forwarding label dated 09/22/2026 to 612 Pine Street, Hamilton, MT 59840.
Member's note: received 09/24/2026 in the mail at 612 Pine Street. I told the plan my new address on 07/15/2026
(member services call reference MS-26-0715-0442). - Garrett Aumann-Sole
""",
"other/certificate-excerpt-sections-4-6-and-9-2.txt": """SUMMIT PEAK HEALTH INSURANCE COMPANY (FICTIONAL) - GROUP CERTIFICATE OF COVERAGE (excerpt)
Section 4.6 Network access exceptions. If no network provider of a covered service is available within 60 miles
of your home or within 30 days, we will cover the service from a non-network provider at the network level of
benefits when you or your provider ask us. We will not balance bill you for the difference.
Section 9.2 Appeals. You have 180 days after you receive notice of an adverse benefit determination to file an
appeal. We decide a post-service appeal within 60 days of receiving it.
""",
"other/network-search-log-2026-05.txt": """MEMBER'S LOG OF THE SEARCH FOR AN IN-NETWORK TMS PROVIDER (May 2026)
05/18/2026 Clark Fork Psychiatry, Missoula (48 miles): listed in the plan directory for TMS; staff said they
stopped offering TMS in 2025.
05/19/2026 Big Sky Neuromodulation, Billings (238 miles): in network; first opening 02/08/2027.
05/20/2026 Summit Peak member services, 1-800-555-0145: no other in-network TMS provider in Montana;
reference MS-26-0520-1187. The representative did not mention a network exception.
""",
"clinical/psychiatry-note-2026-06-29.txt": """PSYCHIATRY NOTE
Date: 06/29/2026
Patient: Garrett Aumann-Sole   DOB: 12/09/1979
Odalys Fairweather-Kim, MD. Recurrent major depression, severe (F33.2). PHQ-9 22.
Failed adequate trials: fluoxetine 60 mg (03/2022-07/2022), duloxetine 120 mg (01/2023-04/2023), bupropion XL
450 mg (02/2024-05/2024), vortioxetine 20 mg (06/2025-09/2025), each 10 weeks or more, no response.
Plan: TMS, 30 sessions from 07/06/2026. No suicidal ideation.
""",
},
truth="""## What is true
- Mr. Aumann-Sole is in an **insured employer plan** (ERISA; 450 employees). His 30-session TMS course
  (07/06-08/14/2026) was denied **PR-242, out of network**, on **09/11/2026**.
- The notice says "within 60 days of the date of this letter" (11/10/2026). That is wrong: the certificate
  (Section 9.2) and **29 CFR 2560.503-1(h)(3)(i)** give **180 days after receipt**.
- The notice went to his old address although he reported the new one on 07/15/2026; forwarded, **received
  09/24/2026**.
- **Level:** first internal appeal. **True deadline: 03/23/2027** (180 days after receipt); conservative
  03/10/2027 from the notice date. Filed 12/07/2026 it is timely; no good-cause request is needed.
- The certificate's network exception (Section 4.6) applies "when you or your provider ask us": it does not
  require the request before the services. Nearest real options: none within 60 miles (Clark Fork stopped TMS);
  Billings is 238 miles with first opening 02/08/2027.

## Deliberately unknown
- Whether the plan would treat the appeal itself as the request for the exception (not stated).
- The allowed amount the plan would pay at the network level.

## Traps
- Do not call the appeal late or ask for good cause; do not accept the 60-day window.
- Do not say no in-network TMS provider exists: Billings exists, but not within 60 miles or 30 days.
- Clark Fork is listed but does not offer TMS: not an in-network source of the care.
- Not a medical-necessity denial: no clinical-reviewer request or peer-to-peer.
- External review is not the next step now (internal appeal first); an out-of-network denial may or may not be
  eligible later.

## Arguments a strong letter makes
1. Timely first internal appeal: 180 days after receipt (rule and certificate), notice received 09/24/2026.
2. Section 4.6 applies: no network provider within 60 miles or 30 days; the clause has no before-service condition;
   ask that the claim be paid at the network level with no balance billing.
3. Network search log with dates, miles and first opening; member services reference MS-26-0520-1187.

## What a letter must NOT say
- "within 60 days", "this appeal is late", "good cause".
- "There is no in-network TMS provider" (absolute), "medically necessary" as the ground of the denial.
- Medicare, Medicaid, OPM rules.
""",
answers=[
("Notice date?", "Date of this letter: 09/11/2026", "denial/eob-denial-2026-09-11.txt"),
("Window the notice prints?", "within 60 days of the date of this letter", "denial/eob-denial-2026-09-11.txt"),
("Window the certificate gives?", "180 days after you receive notice", "other/certificate-excerpt-sections-4-6-and-9-2.txt"),
("Date received?", "received 09/24/2026", "other/forwarded-envelope-and-receipt-note.txt"),
("Why late arrival?", "forwarding label dated 09/22/2026", "other/forwarded-envelope-and-receipt-note.txt"),
("Address reported when?", "on 07/15/2026", "other/forwarded-envelope-and-receipt-note.txt"),
("True deadline?", "2027-03-23", "case.yaml"),
("Rule?", "29 CFR 2560.503-1(h)(3)(i)", "case.yaml"),
("Level?", "First internal appeal", "case.yaml"),
("Exception clause condition?", "when you or your provider ask us", "other/certificate-excerpt-sections-4-6-and-9-2.txt"),
("Access standard?", "within 60 miles", "other/certificate-excerpt-sections-4-6-and-9-2.txt"),
("What the denial says about timing of exception?", "No network exception was requested before the services", "denial/eob-denial-2026-09-11.txt"),
("Nearest in-network TMS and opening?", "first opening 02/08/2027", "other/network-search-log-2026-05.txt"),
("Distance to Billings?", "238 miles", "other/network-search-log-2026-05.txt"),
("Member services reference?", "MS-26-0520-1187", "other/network-search-log-2026-05.txt"),
("CARC?", "PR-242", "denial/eob-denial-2026-09-11.txt"),
],
calc=[("2026-09-24", "days", 180, "2027-03-23"), ("2026-09-11", "days", 180, "2027-03-10"), ("2026-09-11", "days", 60, "2026-11-10")],
)
C06 = dict(
slug="06-church-plan-cob-medicare-said-primary-for-working-pastor-67-employer-140-part-a-only-first-internal-180-days-from-notice-patient",
title="Church plan: CO-22 'Medicare primary' for an actively working pastor of 67 (employer of 140, Part A only); first internal",
yaml=r'''# FICTIONAL CASE (set 76, case 06) - every person, plan, provider, number and address is invented.
# Church plan (outside ERISA), self-funded, not grandfathered, North Carolina; the conference employs 140.
# Spravato sessions denied CO-22 "Medicare is primary for members age 65 and older". The member is 67, actively
# employed as a pastor, has Medicare Part A only (Part B deferred while working). The plan document's own
# working-aged rule and 42 U.S.C. 1395y(b)(1)(A) make this plan primary. First internal appeal, 180 days after
# receipt (plan document 11.1; 26 CFR 54.9815-2719 applying 29 CFR 2560.503-1(h)(3)(i)): 04/24/2027 from the notice
# date. The patient writes ("I").
patient:
  name: Clement Osei-Larkin
  salutation: Rev. Osei-Larkin
  date_of_birth: 1959-03-02
  member_id: FICT-CBT-30077215
  address: |-
    44 Magnolia Chapel Road
    Durham, NC 27703
  phone: (919) 555-0117
insurer:
  name: Conference Benefit Trust Health Plan (FICTIONAL)
  appeals_address: |-
    Conference Benefit Trust, Claims Appeals (FICTIONAL)
    PO Box 12018
    Raleigh, NC 27605
  fax: (919) 555-0149
claim:
  number: FICT-CBT-26-0804-090331
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 140
  notice_date: 2026-10-26
  appeal_deadline: 2027-04-24
  deadline_basis: >-
    First internal appeal: 180 days after receipt of the notice (plan document Section 11.1; 26 CFR
    54.9815-2719(b)(2)(i) applying 29 CFR 2560.503-1(h)(3)(i)); receipt date not recorded, so counted from the
    notice date of 10/26/2026.
  service_dates: [2026-08-04, 2026-09-29]
  sessions: 16
  procedure_codes: ["G2083"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Medicare is primary for members age
    65 and older. Submit the claim to Medicare first and send us the Medicare Summary Notice.
  denial_category: coordination_of_benefits
  action: none
plan_policy:
  name: Conference Benefit Trust Plan Document, Section 8.4 (Coordination with Medicare)
  quote: >-
    If you are entitled to Medicare and are covered under this Plan because of your current employment with a
    participating employer, this Plan pays first and Medicare pays second, provided the Conference employs 20 or
    more employees. If you are retired, Medicare pays first.
  file: other/plan-document-excerpt-8-4-and-11-1.txt
other_coverage:
  plan: Medicare Part A (hospital insurance only; no Part B)
  member_is: beneficiary entitled to Part A only
  covered_here_as: active employee (subscriber)
  current_employment: member
  employees: 140
  reported: 2026-09-05
  proof: [other/conference-hr-letter-2026-11-02.txt, other/cob-questionnaire-2026-09-05.txt]
treatment:
  name: Esketamine (Spravato) nasal spray treatment sessions, 16 sessions (August 4 through September 29, 2026)
  summary: Esketamine for treatment-resistant depression after three failed antidepressant trials.
clinical:
  severity: MADRS 33 on 07/28/2026; MADRS 14 on 09/29/2026
  severity_date: 2026-09-29
  suicidality: none
  suicidality_date: 2026-09-29
author:
  name: Clement Osei-Larkin
  relation: patient
  role: Patient
provider:
  name: Dr. Beatrix Ellingsworth-Amadi
  credentials: MD, psychiatrist
  npi: "{NPI6}"
  address: |-
    3100 Tower Boulevard, Suite 720
    Durham, NC 27707
  phone: (919) 555-0192
employer:
  name: Piedmont Conference of Covenant Churches (FICTIONAL), Human Resources
  address: |-
    900 Wade Avenue
    Raleigh, NC 27605
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-10-26.txt": """CONFERENCE BENEFIT TRUST HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 10/26/2026
Member: Clement Osei-Larkin   Member ID: FICT-CBT-30077215   Age: 67
Claim: FICT-CBT-26-0804-090331   Provider: Beatrix Ellingsworth-Amadi, MD
Services: G2083 x 16, 08/04/2026 through 09/29/2026. Plan paid $0.00. Adjustment CO-22.
Reason: This care may be covered by another payer per coordination of benefits. Medicare is primary for
members age 65 and older. Submit the claim to Medicare first and send us the Medicare Summary Notice.
Appeals: see Section 11 of your Plan Document.
""",
"other/plan-document-excerpt-8-4-and-11-1.txt": """CONFERENCE BENEFIT TRUST PLAN DOCUMENT (FICTIONAL) - excerpt
This Plan is a church plan. It is not grandfathered health coverage.
Section 8.4 Coordination with Medicare. If you are entitled to Medicare and are covered under this Plan
because of your current employment with a participating employer, this Plan pays first and Medicare pays
second, provided the Conference employs 20 or more employees. If you are retired, Medicare pays first.
Section 11.1 Appeals. You may appeal within 180 days after you receive a notice that a claim was denied.
We decide a post-service appeal within 60 days.
""",
"other/conference-hr-letter-2026-11-02.txt": """PIEDMONT CONFERENCE OF COVENANT CHURCHES (FICTIONAL) - HUMAN RESOURCES
Date: 11/02/2026
To whom it may concern: Rev. Clement Osei-Larkin has been employed full time as senior pastor of Riverbend
Covenant Church since 2009 and remains actively at work. He is covered under the Conference Benefit Trust Health
Plan as an active employee. The Conference employs 140 employees. HR: (919) 555-0110, hr@piedmontcovenant.example
""",
"other/cob-questionnaire-2026-09-05.txt": """OTHER COVERAGE QUESTIONNAIRE (member's copy, sent to the plan by fax 09/05/2026)
Member: Clement Osei-Larkin   Member ID: FICT-CBT-30077215
Medicare: Part A only, effective 03/01/2024. Part B: not enrolled (deferred while actively working).
Employment: actively working, senior pastor, full time. Other group coverage: none.
Fax confirmation: sent to (919) 555-0149, 2 pages, OK, 09/05/2026 10:14.
""",
"clinical/psychiatry-summary-2026-09-29.txt": """PSYCHIATRY SUMMARY
Date: 09/29/2026
Patient: Clement Osei-Larkin   DOB: 03/02/1959
Beatrix Ellingsworth-Amadi, MD. Treatment-resistant depression (F33.2): failed sertraline, venlafaxine XR,
mirtazapine at adequate doses. Esketamine sessions 08/04-09/29/2026 (16). MADRS 33 to 14. No suicidal ideation.
""",
},
truth="""## What is true
- Rev. Osei-Larkin (67) is covered by a **church plan** (outside ERISA; self-funded; not grandfathered) as an
  **active employee**; the conference employs **140**. Sixteen Spravato sessions (08/04-09/29/2026, G2083) were
  denied **CO-22** on 10/26/2026: "Medicare is primary for members age 65 and older".
- He has **Medicare Part A only** (effective 03/01/2024); no Part B. He told the plan on 09/05/2026 (questionnaire,
  fax OK).
- The plan's own Section 8.4: for a member covered through current employment, the plan pays first when the
  Conference employs 20 or more. Medicare Secondary Payer law says the same (42 U.S.C. 1395y(b)(1)(A); 42 CFR
  411.170-411.172; 20 or more employees, age 65 or older).
- **Level:** first internal appeal to the plan.
- **True deadline:** 180 days after receipt (plan document 11.1; 26 CFR 54.9815-2719(b)(2)(i) applying 29 CFR
  2560.503-1(h)(3)(i)). Receipt is not recorded: **04/24/2027** counted from the notice date of 10/26/2026.

## Deliberately unknown
- When the EOB was received (so only the notice-date count is given).
- Whether Part B would cover the sessions at all (he has none, so Medicare cannot be billed first for them).

## Traps
- No ERISA (29 CFR 2560.503-1 cited as governing the plan is wrong; it applies only through 54.9815-2719), no
  Department of Labor complaint as the plan's regulator.
- No medical-necessity argument: the care is not disputed.
- "Submit to Medicare first" is impossible for Part B services: he has no Part B; but the main point is that the
  plan is primary, not that Medicare would deny.
- The pastor writes "I".

## Arguments a strong letter makes
1. The plan's Section 8.4 makes it the first payer: active employment, 140 employees, entitled to Medicare (Part A).
2. Medicare Secondary Payer rule for the working aged (42 U.S.C. 1395y(b)(1)(A)) agrees; employer of 20 or more,
   age 67.
3. He has no Part B and reported his coverage on 09/05/2026; ask the plan to correct its COB record and reprocess
   all 16 sessions as primary.

## What a letter must NOT say
- That Medicare is primary, or that he is retired.
- That the plan is governed by ERISA, or that he may sue under ERISA 502(a).
- That the sessions were medically necessary as the answer to the denial (it is not the issue).
""",
answers=[
("Denial reason?", "Medicare is primary for members age 65 and older", "denial/eob-2026-10-26.txt"),
("CARC?", "CO-22", "denial/eob-2026-10-26.txt"),
("Notice date?", "Date: 10/26/2026", "denial/eob-2026-10-26.txt"),
("Plan type statement?", "This Plan is a church plan", "other/plan-document-excerpt-8-4-and-11-1.txt"),
("Grandfathered?", "It is not grandfathered health coverage", "other/plan-document-excerpt-8-4-and-11-1.txt"),
("Working-aged rule?", "this Plan pays first and Medicare pays\nsecond", "other/plan-document-excerpt-8-4-and-11-1.txt"),
("Employee threshold?", "20 or more employees", "other/plan-document-excerpt-8-4-and-11-1.txt"),
("Employer size?", "The Conference employs 140 employees", "other/conference-hr-letter-2026-11-02.txt"),
("Employment status?", "remains actively at work", "other/conference-hr-letter-2026-11-02.txt"),
("Medicare parts?", "Part A only, effective 03/01/2024", "other/cob-questionnaire-2026-09-05.txt"),
("Part B?", "not enrolled (deferred while actively working)", "other/cob-questionnaire-2026-09-05.txt"),
("When reported?", "09/05/2026 10:14", "other/cob-questionnaire-2026-09-05.txt"),
("Appeal window?", "within 180 days after you receive a notice", "other/plan-document-excerpt-8-4-and-11-1.txt"),
("True deadline?", "2027-04-24", "case.yaml"),
("Rule?", "26 CFR\n54.9815-2719(b)(2)(i)", "case.yaml"),
("Sessions?", "G2083 x 16", "denial/eob-2026-10-26.txt"),
],
calc=[("2026-10-26", "days", 180, "2027-04-24")],
)
C07 = dict(
slug="07-county-governmental-self-funded-plan-external-review-after-second-level-notice-says-60-days-rule-4-months-after-receipt-due-02-26-adolescent-iop-mother",
title="County government plan: external review after the second internal level; notice says 60 days, the rule 4 months after receipt",
yaml=r'''# FICTIONAL CASE (set 76, case 07) - every person, plan, provider, number and address is invented.
# Self-funded county employees' plan (governmental), Kentucky, 2,900 employees, not grandfathered. Adolescent IOP
# denied as not medically necessary ("lower level of care"); first level upheld 09/28, second (final) level upheld
# 10/20/2026, received 10/26/2026 (certified mail). Notice: "request external review within 60 days of this letter"
# (12/19/2026). Rule: 4 months after receipt of the final internal adverse determination (45 CFR 147.136(d)(2)(i),
# the federal process for a self-funded non-federal governmental plan) -> 02/26/2027; from the notice date 02/20/2027.
# The mother writes (parent of a 16-year-old).
patient:
  name: Juniper Ashcombe-Diallo
  salutation: Juniper
  date_of_birth: 2010-05-14
  member_id: FICT-ACE-55120987-03
  address: |-
    318 Locust Hill Drive
    Lexington, KY 40505
insurer:
  name: Ashgrove County Employees' Health Benefit Plan (FICTIONAL), administered by Bluegrass Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Bluegrass Benefit Administrators, Appeals (FICTIONAL)
    PO Box 55310
    Lexington, KY 40555
  fax: (859) 555-0157
claim:
  number: FICT-ACE-26-0713-772205
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  employees: 2900
  notice_date: 2026-08-31
  service_dates: [2026-07-13, 2026-08-21]
  setting: intensive_outpatient
  procedure_codes: ["S9480"]
  revenue_codes: ["0905"]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    Intensive outpatient services are not medically necessary. The member's symptoms could be safely treated at a
    lower level of care (weekly outpatient therapy).
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: "Dr. Caspian Thorne-Whitley", specialty: family medicine}
  action: none
decisions:
  - {date: 2026-09-28, outcome: denied, stage: first level appeal, opens: second level}
  - date: 2026-10-20
    outcome: denied
    stage: second level appeal (final internal)
    opens: external review
    next_deadline: 2027-02-26
    reason: >-
      The denial is upheld. Records do not show that weekly outpatient therapy was tried and failed. You may
      request external review within 60 days of this letter.
    corrections:
      - said: Records do not show that weekly outpatient therapy was tried and failed.
        record: weekly outpatient therapy from 01/2026 to 06/2026 (22 sessions), with PHQ-A rising from 14 to 22 and an emergency visit on 06/30/2026
        file: clinical/therapist-summary-2026-07-08.txt
        page: 1
plan_policy:
  other_terms: >-
    Claims and appeals: two levels of internal appeal. After a final internal adverse benefit determination you may
    request external review within four months after you receive the notice of that determination.
  other_terms_file: other/plan-summary-excerpt-claims-and-appeals.txt
external_review:
  agency: Federal external review process administered by HHS for non-federal governmental plans (FICTIONAL address for this test)
  address: |-
    Federal External Review Intake (FICTIONAL address for this test)
    PO Box 30440
    Baltimore, MD 21298
  final_denial_date: 2026-10-20
alternatives:
  - level: weekly outpatient therapy
    name: weekly outpatient psychotherapy
    why_not: tried for 22 sessions from January to June 2026; symptoms worsened and she came to the emergency department on 06/30/2026
    proof: clinical/therapist-summary-2026-07-08.txt
treatment:
  name: Adolescent intensive outpatient program, 3 hours a day, 4 days a week (July 13 through August 21, 2026)
  summary: IOP for severe depression in a 16-year-old after weekly therapy failed and an emergency visit.
  plan: Three-hour sessions four days a week for six weeks, family session weekly, step down to weekly therapy.
clinical:
  history:
    - {drug: weekly outpatient psychotherapy, dose: weekly sessions, start: 2026-01, end: 2026-06, outcome: PHQ-A rose from 14 to 22; emergency visit 06/30/2026, kind: psychotherapy, sessions: 22, adequate: true, failed: true, response: none, evidence: {file: clinical/therapist-summary-2026-07-08.txt, page: 1}}
  severity: PHQ-A 22 on 07/08/2026; PHQ-A 11 on 08/21/2026
  severity_date: 2026-08-21
  suicidality: passive
  suicidality_date: 2026-06-30
author:
  name: Adaeze Ashcombe-Diallo
  relation: parent
  role: Mother of the patient (county employee and plan subscriber)
  address: |-
    318 Locust Hill Drive
    Lexington, KY 40505
  phone: (859) 555-0131
  email: adaeze.ad@bluegrassmail.example
provider:
  name: Kentucky River Youth Behavioral Health IOP (FICTIONAL)
  npi: "{NPI7}"
  address: |-
    1700 Alexandria Drive
    Lexington, KY 40504
  phone: (859) 555-0174
record_dates:
  - {file: denial/second-level-decision-2026-10-20.txt, date: 2026-10-20}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/initial-denial-2026-08-31.txt": """BLUEGRASS BENEFIT ADMINISTRATORS (FICTIONAL) for the Ashgrove County Employees' Health Benefit Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 08/31/2026
Member: Juniper Ashcombe-Diallo (dependent)   Member ID: FICT-ACE-55120987-03
Claim: FICT-ACE-26-0713-772205   Services: adolescent IOP, S9480 / revenue code 0905, 07/13/2026-08/21/2026
Reason: Intensive outpatient services are not medically necessary. The member's symptoms could be safely
treated at a lower level of care (weekly outpatient therapy). Reviewer: Caspian Thorne-Whitley, MD, family medicine.
The Plan has two levels of internal appeal. File a first-level appeal within 180 days of receiving this notice.
""",
"denial/second-level-decision-2026-10-20.txt": """BLUEGRASS BENEFIT ADMINISTRATORS (FICTIONAL) - SECOND-LEVEL APPEAL DECISION (FINAL INTERNAL DECISION)
Date: 10/20/2026   Claim: FICT-ACE-26-0713-772205   Appeal: APL2-26-1002-118
First-level decision: upheld 09/28/2026.
Decision: The denial is upheld. Records do not show that weekly outpatient therapy was tried and failed.
This is the Plan's final internal decision. You may request external review within 60 days of this letter.
External review requests for this self-funded governmental plan go to the Federal External Review Intake
(FICTIONAL address for this test), PO Box 30440, Baltimore, MD 21298.
Sent by certified mail, article FICT-CM-7719-2026-4410.
""",
"other/certified-mail-return-receipt.txt": """CERTIFIED MAIL RETURN RECEIPT (copy)
Article: FICT-CM-7719-2026-4410   From: Bluegrass Benefit Administrators (FICTIONAL)
Delivered to: Adaeze Ashcombe-Diallo, 318 Locust Hill Drive, Lexington, KY 40505
Date of delivery: 10/26/2026   Signature: A. Ashcombe-Diallo
""",
"other/plan-summary-excerpt-claims-and-appeals.txt": """ASHGROVE COUNTY EMPLOYEES' HEALTH BENEFIT PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION (excerpt)
The Plan is a self-funded non-federal governmental plan sponsored by Ashgrove County, which employs about 2,900
people. The Plan is not a grandfathered health plan.
Claims and appeals: two levels of internal appeal. After a final internal adverse benefit determination you may
request external review within four months after you receive the notice of that determination.
""",
"clinical/therapist-summary-2026-07-08.txt": """OUTPATIENT THERAPY SUMMARY
Date: 07/08/2026
Patient: Juniper Ashcombe-Diallo   DOB: 05/14/2010
Therapist: Rowan Kettleby-Sato, LPCC
Weekly outpatient psychotherapy from 01/2026 to 06/2026 (22 sessions). PHQ-A rose from 14 to 22.
Emergency department visit 06/30/2026 for passive suicidal thoughts; discharged with safety plan.
Recommendation: adolescent intensive outpatient program; weekly therapy alone is no longer enough.
""",
},
truth="""## What is true
- Juniper (16) is a dependent on her mother's **county employees' plan**: a **self-funded non-federal governmental**
  plan (2,900 employees), **not grandfathered**. An adolescent IOP (07/13-08/21/2026) was denied as not medically
  necessary (lower level of care) on 08/31/2026; the first level upheld 09/28/2026; the **second (final internal)
  level upheld on 10/20/2026**, delivered by certified mail on **10/26/2026**.
- **Level:** **external review** (the plan's internal levels are exhausted); medical judgment, so eligible.
- The decision says "within 60 days of this letter" (12/19/2026). The plan's own SPD and the rule say **four months
  after receipt**: **45 CFR 147.136(d)(2)(i)** (federal process; governmental plans are under 147.136, not ERISA).
- **True deadline: 02/26/2027** (four months after 10/26/2026); conservative **02/20/2027** from the decision date.
  Filing now meets both, and the 60-day date too.
- The decision's ground "weekly outpatient therapy was not tried" is false: 22 weekly sessions (01-06/2026), PHQ-A
  14 to 22, emergency visit 06/30/2026.

## Deliberately unknown
- The real intake address of the federal process (fictional here).
- The reviewer's credentials at the second level (only the first reviewer is named: family medicine).

## Traps
- Not a first- or second-level internal appeal; do not ask the plan to reconsider again.
- Not ERISA: no 29 CFR 2560.503-1 as the governing rule (it applies only through 45 CFR 147.136), no 29 CFR
  2590.715-2719, no Department of Labor, no ERISA 502(a).
- No parity argument tied to ERISA; parity for non-federal governmental self-funded plans may be opted out - not
  in the record (do not assert it).
- The mother writes about her daughter; no authorization needed for a parent of a minor.

## Arguments a strong letter makes
1. Names the level: external review of the final internal decision of 10/20/2026 (appeal APL2-26-1002-118),
   timely within four months of receipt (10/26/2026), so by 02/26/2027.
2. Corrects the decision: weekly therapy was tried (22 sessions) and failed; emergency visit 06/30/2026.
3. Asks for a reviewer in adolescent psychiatry; notes the first reviewer was family medicine.

## What a letter must NOT say
- That the deadline is 60 days or 12/19/2026 as the rule, or "180 days".
- "ERISA", "29 CFR 2590.715-2719", "Department of Labor".
- That weekly therapy was never tried, or that the plan never reviewed an appeal.
""",
answers=[
("Final internal decision date?", "Date: 10/20/2026", "denial/second-level-decision-2026-10-20.txt"),
("Is it final?", "This is the Plan's final internal decision", "denial/second-level-decision-2026-10-20.txt"),
("Window the decision prints?", "within 60 days of this letter", "denial/second-level-decision-2026-10-20.txt"),
("Window the SPD gives?", "within four months after you receive the notice", "other/plan-summary-excerpt-claims-and-appeals.txt"),
("Date received?", "Date of delivery: 10/26/2026", "other/certified-mail-return-receipt.txt"),
("True deadline?", "2027-02-26", "case.yaml"),
("Rule?", "45 CFR 147.136(d)(2)(i)", "case.yaml"),
("Plan kind?", "self-funded non-federal governmental plan", "other/plan-summary-excerpt-claims-and-appeals.txt"),
("Grandfathered?", "not a grandfathered health plan", "other/plan-summary-excerpt-claims-and-appeals.txt"),
("Where does the request go?", "PO Box 30440, Baltimore, MD 21298", "denial/second-level-decision-2026-10-20.txt"),
("Appeal number?", "APL2-26-1002-118", "denial/second-level-decision-2026-10-20.txt"),
("First-level date?", "upheld 09/28/2026", "denial/second-level-decision-2026-10-20.txt"),
("What the decision misstates?", "Records do not show that weekly outpatient therapy was tried and failed", "denial/second-level-decision-2026-10-20.txt"),
("Weekly therapy tried?", "(22 sessions)", "clinical/therapist-summary-2026-07-08.txt"),
("Emergency visit?", "Emergency department visit 06/30/2026", "clinical/therapist-summary-2026-07-08.txt"),
("First reviewer's specialty?", "family medicine", "denial/initial-denial-2026-08-31.txt"),
],
calc=[("2026-10-20", "days", 60, "2026-12-19")],
)
C08 = dict(
slug="08-fehb-opm-review-120-days-after-carrier-asked-for-more-information-due-12-17-not-from-first-letter-never-decided-iv-ketamine-husband-consent",
title="FEHB: OPM review 120 days after the carrier asked for more information (12/17/2026); carrier never decided",
yaml=r'''# FICTIONAL CASE (set 76, case 08) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Virginia. IV ketamine (6 infusions) denied CO-50 on 06/30/2026 "no records received".
# Reconsideration sent 07/20/2026 (received 07/23); the carrier asked for more information on 08/19/2026 (within its
# 30 days); the records went 08/28/2026; no decision since. Brochure Section 8, Step 3: ask OPM "120 days after we
# asked for additional information" -> 12/17/2026 (5 CFR 890.105). The "120 days after you first wrote to us" prong
# (11/17/2026) does not apply: the carrier answered in time by asking. The husband writes with her written consent.
patient:
  name: Ingrid Pettersson-Vale
  salutation: Mrs. Pettersson-Vale
  date_of_birth: 1981-08-17
  member_id: FICT-CFH-R51903376
  address: |-
    2904 Fallowfield Lane
    Alexandria, VA 22306
  phone: (703) 555-0125
insurer:
  name: Chesapeake Federal Health Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    Chesapeake Federal Health Plan Reconsiderations (FICTIONAL)
    PO Box 18455
    Richmond, VA 23226
  fax: (804) 555-0166
claim:
  number: FICT-CFH-26-0602-617730
  plan_type: fehb
  notice_date: 2026-06-30
  appeal_deadline: 2026-12-17
  deadline_basis: >-
    OPM review: "120 days after we asked for additional information" (carrier's request of 08/19/2026; brochure
    Section 8, Step 3; 5 CFR 890.105): 12/17/2026. The carrier has not decided the reconsideration.
  service_dates: [2026-06-02, 2026-06-05, 2026-06-09, 2026-06-12, 2026-06-16, 2026-06-19]
  sessions: 6
  procedure_codes: ["96365", "96366", "J3490"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Not medically necessary. We did not receive records documenting treatment-resistant depression.
  denial_category: medical_necessity
  action: none
plan_policy:
  name: Chesapeake Federal Health Plan 2026 Brochure, Section 8 (The disputed claims process)
  quote: >-
    Step 2: We have 30 days from the date we receive your request to pay or provide the care, write to you and
    maintain our denial, or ask for more information. If we ask for more information, we will decide within 30
    days after we receive it. Step 3: If you do not agree with our decision, you may ask OPM to review it. You
    must write to OPM within 90 days after the date of our letter upholding our initial decision; or 120 days
    after you first wrote to us, if we did not answer that request in some way within 30 days; or 120 days after
    we asked for additional information.
  file: other/brochure-section-8-excerpt.txt
submissions:
  - date: 2026-07-20
    method: portal
    to: Chesapeake Federal Health Plan Reconsiderations (FICTIONAL)
    stage: carrier reconsideration
    confirmation: portal receipt RC-26-0723-5521, received 07/23/2026
    decision_due: 2026-08-22
    decision_basis: brochure Section 8, Step 2 (30 days from receipt)
  - date: 2026-08-28
    method: fax
    to: Chesapeake Federal Health Plan Reconsiderations (FICTIONAL), (804) 555-0166
    stage: carrier reconsideration (additional information asked 08/19/2026)
    confirmation: fax transmission report, 14 pages, OK, 08/28/2026 09:41
    decision_due: 2026-09-27
    decision_basis: brochure Section 8, Step 2 (30 days after the information is received)
external_review:
  agency: United States Office of Personnel Management, FEHB disputed claims review (FICTIONAL address)
  address: |-
    OPM FEHB Disputed Claims Review (FICTIONAL address for this test)
    PO Box 40915
    Washington, DC 20044
treatment:
  name: A six-infusion course of intravenous ketamine (June 2 through June 19, 2026)
  summary: IV ketamine for treatment-resistant depression after four failed antidepressant trials and one failed augmentation trial; ECT declined for memory concerns.
clinical:
  history:
    - {drug: sertraline, dose: 200 mg daily, start: 2021-03, end: 2021-07, outcome: no response, kind: antidepressant, failed: true, response: none, weeks: 16}
    - {drug: duloxetine, dose: 120 mg daily, start: 2022-01, end: 2022-05, outcome: no response, kind: antidepressant, failed: true, response: none, weeks: 14}
    - {drug: bupropion XL, dose: 450 mg daily, start: 2023-02, end: 2023-06, outcome: partial then lost, kind: antidepressant, failed: true, response: lost, weeks: 16}
    - {drug: aripiprazole augmentation, dose: 10 mg daily, start: 2023-08, end: 2023-11, outcome: no response, kind: augmentation, failed: true, response: none, weeks: 12}
    - {drug: nortriptyline, dose: 125 mg daily, start: 2024-09, end: 2025-01, outcome: no response, kind: antidepressant, failed: true, response: none, weeks: 14}
  severity: MADRS 36 on 05/20/2026; MADRS 15 on 06/19/2026
  severity_date: 2026-06-19
  suicidality: none
  suicidality_date: 2026-06-19
author:
  name: Anders Pettersson-Vale
  relation: representative
  role: Husband, acting with the patient's written consent
  address: |-
    2904 Fallowfield Lane
    Alexandria, VA 22306
  phone: (703) 555-0138
  authorization: other/written-consent-2026-07-18.txt
provider:
  name: Dr. Solveig Adeyemi-Hart
  credentials: MD, psychiatrist
  npi: "{NPI8}"
  address: |-
    6800 Richmond Highway, Suite 210
    Alexandria, VA 22306
  phone: (703) 555-0181
record_dates:
  - {file: other/carrier-request-for-information-2026-08-19.txt, date: 2026-08-19}
  - {file: clinical/psychiatrist-treatment-history-2026-08-25.txt, date: 2026-08-25, sent: 2026-08-28, sent_proof: other/records-sent-fax-report-2026-08-28.txt}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-06-30.txt": """CHESAPEAKE FEDERAL HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 06/30/2026
Member: Ingrid Pettersson-Vale   Member ID: FICT-CFH-R51903376   Enrollment: Self and Family, Standard Option
Claim: FICT-CFH-26-0602-617730   Provider: Solveig Adeyemi-Hart, MD (NPI {NPI8})
Services: 96365, 96366, J3490 on 06/02, 06/05, 06/09, 06/12, 06/16 and 06/19/2026. Adjustment CO-50.
Reason: Not medically necessary. We did not receive records documenting treatment-resistant depression.
If you disagree, see Section 8 of your brochure. You may ask us to reconsider within 6 months.
""",
"other/carrier-request-for-information-2026-08-19.txt": """CHESAPEAKE FEDERAL HEALTH PLAN (FICTIONAL) - REQUEST FOR ADDITIONAL INFORMATION
Date: 08/19/2026
Re: your reconsideration request received 07/23/2026, claim FICT-CFH-26-0602-617730
Before we can decide your request, we need: (1) the psychiatrist's records of prior treatment trials, and
(2) the infusion flowsheets for 06/02/2026 through 06/19/2026. Please send them within 60 days.
""",
"other/records-sent-fax-report-2026-08-28.txt": """COVER SHEET AND FAX TRANSMISSION REPORT
Date: 08/28/2026   To: Chesapeake Federal Health Plan Reconsiderations (FICTIONAL), fax (804) 555-0166
Re: claim FICT-CFH-26-0602-617730 - the information you asked for on 08/19/2026: psychiatrist's treatment
history (5 pages) and infusion flowsheets (8 pages).
FAX TRANSMISSION REPORT: 14 pages, result OK, 08/28/2026 09:41.
Husband's note, 12/04/2026: no decision, call or further request from the plan since 08/28/2026.
""",
"other/brochure-section-8-excerpt.txt": """CHESAPEAKE FEDERAL HEALTH PLAN (FICTIONAL) 2026 BROCHURE - SECTION 8 (excerpt)
Step 2: We have 30 days from the date we receive your request to pay or provide the care, write to you and
maintain our denial, or ask for more information. If we ask for more information, we will decide within 30
days after we receive it. Step 3: If you do not agree with our decision, you may ask OPM to review it. You
must write to OPM within 90 days after the date of our letter upholding our initial decision; or 120 days
after you first wrote to us, if we did not answer that request in some way within 30 days; or 120 days after
we asked for additional information.
Send your request for OPM review to: OPM FEHB Disputed Claims Review (FICTIONAL address for this test),
PO Box 40915, Washington, DC 20044.
""",
"other/written-consent-2026-07-18.txt": """WRITTEN CONSENT
Date: 07/18/2026
I, Ingrid Pettersson-Vale (member ID FICT-CFH-R51903376), authorize my husband, Anders Pettersson-Vale, to act
for me in the disputed claim about my ketamine infusions of June 2026, with the plan and with OPM, and to receive
my medical information for that purpose. Signed: Ingrid Pettersson-Vale
""",
"clinical/psychiatrist-treatment-history-2026-08-25.txt": """PSYCHIATRIST'S TREATMENT HISTORY
Date: 08/25/2026
Patient: Ingrid Pettersson-Vale   DOB: 08/17/1981
Solveig Adeyemi-Hart, MD. Recurrent major depression, severe (F33.2), treatment-resistant.
Failed adequate trials: sertraline, duloxetine, bupropion XL, aripiprazole augmentation, nortriptyline.
ECT offered 2025, declined because of memory concerns. MADRS 36 on 05/20/2026; MADRS 15 on 06/19/2026 after six
infusions. No suicidal ideation.
""",
},
truth="""## What is true
- Mrs. Pettersson-Vale has **FEHB** Standard Option coverage. Six IV ketamine infusions (06/02-06/19/2026) were
  denied CO-50 on 06/30/2026: "We did not receive records".
- Her husband asked the carrier to reconsider on **07/20/2026** (received 07/23/2026). On **08/19/2026** (within 30
  days) the carrier **asked for more information**; he faxed it on **08/28/2026** (14 pages, OK). The carrier had
  30 days after receiving it (to about 09/27/2026) and **never decided**.
- **Level:** request for **OPM review**.
- **True deadline: 12/17/2026** - "120 days after we asked for additional information" (brochure Section 8, Step 3;
  5 CFR 890.105): 08/19/2026 + 120 days. Today (12/07/2026): 10 days left.
- The "120 days after you first wrote to us" prong (11/17/2026) does **not** apply: the carrier answered within 30
  days by asking for information. The 90-day prong does not apply: there is no letter upholding the denial.

## Deliberately unknown
- Whether the carrier logged the 08/28 fax (only the sender's report exists).
- OPM's real address (fictional here).

## Traps
- Not a second carrier reconsideration; not addressed to the carrier "to forward".
- Do not say the request is late, or that the window ended 11/17/2026; do not use "90 days from the carrier's decision".
- No "decision appealed": the carrier issued none after the reconsideration request.
- FEHB: no ERISA, no 45 CFR 147.136, no external review organization, no state insurance department.
- The husband writes about his wife, not as "I was treated".

## Arguments a strong letter makes
1. It is a request for OPM review filed within 120 days after the carrier asked for more information on 08/19/2026
   (by 12/17/2026); the carrier received what it asked for and never decided.
2. The only reason given (records not received) is answered: the records were sent 08/28/2026; enclose them again.
3. The records show treatment-resistant depression: five failed trials including augmentation; ECT declined.

## What a letter must NOT say
- "The carrier upheld its denial", or quote a reconsideration decision.
- A deadline of 11/17/2026, 90 days, or 6 months.
- 29 CFR 2560.503-1, 45 CFR 147.136, "external review".
""",
answers=[
("Level?", "you may ask OPM to review it", "other/brochure-section-8-excerpt.txt"),
("Prong that applies?", "120 days after\nwe asked for additional information", "other/brochure-section-8-excerpt.txt"),
("When did the carrier ask?", "REQUEST FOR ADDITIONAL INFORMATION\nDate: 08/19/2026", "other/carrier-request-for-information-2026-08-19.txt"),
("When was the reconsideration received?", "received 07/23/2026", "other/carrier-request-for-information-2026-08-19.txt"),
("True deadline?", "2026-12-17", "case.yaml"),
("Rule?", "5 CFR 890.105", "case.yaml"),
("What was asked?", "the infusion flowsheets for 06/02/2026 through 06/19/2026", "other/carrier-request-for-information-2026-08-19.txt"),
("When was it sent?", "14 pages, result OK, 08/28/2026 09:41", "other/records-sent-fax-report-2026-08-28.txt"),
("Carrier's time to decide after info?", "we will decide within 30\ndays after we receive it", "other/brochure-section-8-excerpt.txt"),
("Any decision since?", "no decision, call or further request from the plan since 08/28/2026", "other/records-sent-fax-report-2026-08-28.txt"),
("Denial reason?", "We did not receive records documenting treatment-resistant depression", "denial/eob-2026-06-30.txt"),
("Notice date?", "Date of notice: 06/30/2026", "denial/eob-2026-06-30.txt"),
("Representative basis?", "authorize my husband, Anders Pettersson-Vale", "other/written-consent-2026-07-18.txt"),
("Failed trials?", "sertraline, duloxetine, bupropion XL, aripiprazole augmentation, nortriptyline", "clinical/psychiatrist-treatment-history-2026-08-25.txt"),
("ECT?", "declined because of memory concerns", "clinical/psychiatrist-treatment-history-2026-08-25.txt"),
("OPM address?", "PO Box 40915, Washington, DC 20044", "other/brochure-section-8-excerpt.txt"),
],
calc=[("2026-08-19", "days", 120, "2026-12-17"), ("2026-07-20", "days", 120, "2026-11-17")],
)

# ---------------------------------------------------------------- generator (all data above)
import datetime as _dt
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
CASES = [C01, C02, C03, C04, C05, C06, C07, C08]
NPI_BASES = {"NPI1": "174392018", "NPI2": "162857304", "NPI3": "198436027", "NPI4": "131620959",
             "NPI5": "145078823", "NPI6": "187315402", "NPI7": "120964735", "NPI8": "159702861"}
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi_from_base(base9):
    for c in "0123456789":
        if luhn_ok("80840" + base9 + c):
            return base9 + c
    raise ValueError(base9)


NPIS = {k: npi_from_base(v) for k, v in NPI_BASES.items()}


def fill(text):
    for k, v in NPIS.items():
        text = text.replace("{" + k + "}", v)
    return text


def header(nn):
    return (f"FICTIONAL DOCUMENT - appeal-kit letters test set 76, case {nn}. Every person, plan, provider, "
            f"number and address is invented.\n\n")


FOOTER = "\n\nEND OF FICTIONAL DOCUMENT (test set 76) - not a real patient, plan or provider.\n"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


PHONE_OK = re.compile(r"(\(\d{3}\) 555-01\d{2}|1-8\d\d-555-01\d{2})")


def phone_problems(text, where):
    probs = []
    for m in re.finditer(r"555-\d{4}", text):
        s = max(0, m.start() - 6)
        ctx = text[s:m.end()]
        if not PHONE_OK.search(ctx) or not re.search(r"555-01\d\d$", ctx):
            probs.append(f"{where}: phone not (NNN) 555-01xx / 1-8NN-555-01xx: {ctx!r}")
    for m in re.finditer(r"\(\d{3}\) \d{3}-\d{4}", text):
        if not PHONE_OK.fullmatch(m.group(0)):
            probs.append(f"{where}: phone outside 555-01xx: {m.group(0)}")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if not m.group(0).endswith(".example"):
            probs.append(f"{where}: e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"(?:https?://|www\.)\S+", text):
        if ".example" not in m.group(0):
            probs.append(f"{where}: web address not on .example: {m.group(0)}")
    return probs


def walk_strings(obj):
    if isinstance(obj, dict):
        for v in obj.values():
            yield from walk_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk_strings(v)
    elif isinstance(obj, str):
        yield obj


def build(case):
    nn = case["slug"][:2]
    folder = HERE / case["slug"]
    truth_path = HERE / (case["slug"] + ".truth.md")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    yaml_text = fill(case["yaml"]).lstrip("\n")
    (folder / "case.yaml").write_text(yaml_text, encoding="utf-8")
    for rel, body in case["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(header(nn) + fill(body).strip("\n") + FOOTER, encoding="utf-8")
    truth = (f"# FICTIONAL TRUTH FILE - {nn} - {case['title']} (FICTIONAL)\n\n"
             "All people, plans, providers, numbers and addresses are invented (FICTIONAL). Today in the case is "
             "2026-12-07.\n\n" + fill(case["truth"]).strip("\n") + "\n\n## Expected answers (question | answer | document)\n")
    for q, a, d in case["answers"]:
        truth += f"- {q} | {norm(a)} | {d}\n"
    truth_path.write_text(truth, encoding="utf-8")
    return folder, truth_path


def selfcheck(case, folder, truth_path):
    from ruamel.yaml import YAML
    probs = []
    nn = case["slug"][:2]
    yaml_text = (folder / "case.yaml").read_text(encoding="utf-8")
    if not yaml_text.splitlines()[0].startswith("# FICTIONAL"):
        probs.append(f"{nn}: case.yaml first line lacks FICTIONAL")
    try:
        data = YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as e:  # noqa: BLE001
        probs.append(f"{nn}: case.yaml does not parse: {e}")
        data = {}
    for s in walk_strings(data):
        if re.fullmatch(r"(denial|clinical|other|literature)/[\w.-]+", s) and not (folder / s).exists():
            probs.append(f"{nn}: case.yaml names missing file {s}")
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.name != "case.yaml":
            rel = p.relative_to(folder).as_posix()
            if p.suffix != ".txt" or rel.split("/")[0] not in ("denial", "clinical", "other"):
                probs.append(f"{nn}: unexpected file {rel}")
            t = p.read_text(encoding="utf-8")
            if not t.startswith("FICTIONAL DOCUMENT") or "END OF FICTIONAL DOCUMENT" not in t:
                probs.append(f"{nn}: {rel} lacks FICTIONAL header/footer")
            probs += phone_problems(t, f"{nn}/{rel}")
            for m in re.finditer(r"NPI (\d{10})", t):
                if not luhn_ok("80840" + m.group(1)):
                    probs.append(f"{nn}/{rel}: NPI fails Luhn: {m.group(1)}")
            if "{NPI" in t:
                probs.append(f"{nn}/{rel}: unfilled NPI placeholder")
    probs += phone_problems(yaml_text, f"{nn}/case.yaml")
    for s in walk_strings(data):
        if re.fullmatch(r"\d{10}", s) and not luhn_ok("80840" + s):
            probs.append(f"{nn}: case.yaml NPI fails Luhn: {s}")
    truth = truth_path.read_text(encoding="utf-8")
    if "FICTIONAL" not in truth.splitlines()[0]:
        probs.append(f"{nn}: truth first line lacks FICTIONAL")
    probs += phone_problems(truth, f"{nn}/truth")
    pos = -1
    for h in HEADINGS:
        i = truth.find("## " + h + "\n")
        if i <= pos:
            probs.append(f"{nn}: truth heading missing or out of order: {h}")
        pos = max(pos, i)
    if len(case["answers"]) != 16:
        probs.append(f"{nn}: {len(case['answers'])} answers, not 16")
    for q, a, d in case["answers"]:
        p = folder / d
        if not p.exists():
            probs.append(f"{nn}: answer document missing: {d}")
            continue
        if norm(fill(a)) not in norm(p.read_text(encoding="utf-8")):
            probs.append(f"{nn}: answer not printed in {d}: {q} -> {a!r}")
    for start, kind, n, expected in case["calc"]:
        got = _dt.date.fromisoformat(start) + _dt.timedelta(days=n)
        if got.isoformat() != expected:
            probs.append(f"{nn}: date arithmetic {start} + {n} = {got}, not {expected}")
    return probs


def main(argv):
    want = [a for a in argv if re.fullmatch(r"\d\d", a)]
    do_check = "--check" in argv
    cases = [c for c in CASES if not want or c["slug"][:2] in want]
    problems, answers = [], 0
    check_log, check_bad = [], 0
    for c in cases:
        folder, truth_path = build(c)
        answers += len(c["answers"])
        problems += selfcheck(c, folder, truth_path)
        if do_check:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            check_log.append(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            if r.returncode != 0:
                check_bad += 1
    print(f"cases: {len(cases)}; expected answers: {answers}; NPIs: {', '.join(NPIS.values())}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"problems: {len(problems)}")
    if do_check:
        name = "check-output.txt" if not want else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(check_log), encoding="utf-8")
        print(f"appeal-kit check: {len(cases) - check_bad} of {len(cases)} exit 0 (see {name})")
    return 1 if problems or check_bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
