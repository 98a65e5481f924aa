"""FICTIONAL data for letters set 44 (issue 18). Every person, plan, carrier, provider, number and address is
invented. Each case: slug, yaml, docs {relative path: text}, truth, answers [(question, answer, where)]."""

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 01 - FEHB: maintenance ECT; the carrier's reconsideration dated the acute course to 2024 (an earlier episode's
# summary); the 2026 acute course ended 05/29/2026, within the policy's 6 months. OPM review, husband.
CASES.append(dict(
slug="01-fehb-maintenance-ect-acute-course-date-opm-review-husband",
yaml=r'''
# FICTIONAL CASE (set 44, case 01) - every person, plan, carrier, provider, number and address is invented.
# FEHB. Corinne Haldane-Ruiz, 57, a federal employee, had an acute ECT course 04/06-05/29/2026 and five maintenance
# ECT treatments 07/10-09/04/2026. The carrier denied them (policy BH-ECT-M4: acute course within 6 months) and
# upheld on reconsideration 11/12/2026, dating the acute course to 03/2024 (an earlier episode). Her husband,
# her authorized representative, asks OPM to review.
patient:
  name: Corinne Haldane-Ruiz
  salutation: Mrs. Haldane-Ruiz
  date_of_birth: 1969-02-11
  member_id: FICT-R48830127
  address: |-
    2714 Larkspur Terrace
    Silver Spring, MD 20906
  phone: (301) 555-0141
insurer:
  name: Potomac Federal Employees Health Association (FICTIONAL FEHB carrier)
  appeals_address: |-
    Potomac Federal Employees Health Association - Reconsiderations (FICTIONAL)
    PO Box 40277
    Rockville, MD 20849
  fax: (301) 555-0158
claim:
  number: PFE-26-0908-330174
  plan_type: fehb
  notice_date: 2026-09-08
  service_dates: [2026-07-10, 2026-07-24, 2026-08-07, 2026-08-21, 2026-09-04]
  sessions: 5
  setting: outpatient
  procedure_codes: [90870, "00104"]
  revenue_codes: ["0901"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Maintenance electroconvulsive therapy is not medically necessary. Policy BH-ECT-M4 criterion 1 requires
    response to an acute course of ECT completed within the 6 months before maintenance begins.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: "Dr. Leonard Astbury (FICTIONAL)", specialty: internal medicine}
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: reconsideration
    opens: OPM review
    next_deadline: 2027-02-10
    reason: >-
      We reviewed your request for reconsideration. The records show the member's most recent acute course of ECT
      ended in 03/2024, more than 6 months before maintenance treatment began on 07/10/2026. Criterion 1 of policy
      BH-ECT-M4 is not met, and we affirm our decision.
    corrections:
      - said: The records show the member's most recent acute course of ECT ended in 03/2024
        record: >-
          The ECT course summary of 05/29/2026 records an acute course of 12 treatments from 04/06/2026 through
          05/29/2026, with MADRS 38 before and 11 after; the 2024 summary is of an earlier episode.
        file: clinical/ect-acute-course-summary-2026-05-29.txt
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations (FICTIONAL address)
  address: |-
    Office of Personnel Management, Health Insurance Review Group 4 (FICTIONAL)
    1900 E Street NW
    Washington, DC 20415
  final_denial_date: 2026-11-12
plan_policy:
  name: Potomac Federal clinical policy BH-ECT-M4, Maintenance electroconvulsive therapy
  number: BH-ECT-M4
  quote: >-
    Maintenance ECT is covered when all of the following are met: 1. The member responded to an acute course of
    ECT completed within the 6 months before maintenance begins. 2. The member's illness has relapsed, or is at
    high risk of relapse, despite continued medication. 3. Treatments are given no more often than every 2 weeks
    and the need is reviewed every 6 months.
  file: other/policy-bh-ect-m4-2026.txt
payer_criteria:
  - criterion: "1. Response to an acute course of ECT completed within the 6 months before maintenance begins"
    how_met: "Acute course of 12 treatments 04/06/2026-05/29/2026, MADRS 38 to 11; maintenance began 07/10/2026, 42 days later"
    met: true
    evidence: {file: clinical/ect-acute-course-summary-2026-05-29.txt, page: 1}
  - criterion: "2. Relapse, or high risk of relapse, despite continued medication"
    how_met: "Two earlier episodes relapsed within 3 months of stopping ECT (2019, 2024) on medication; MADRS rose to 19 on 07/02/2026"
    met: true
    evidence: {file: clinical/psychiatry-note-2026-07-02.txt, page: 1}
  - criterion: "3. No more often than every 2 weeks; need reviewed every 6 months"
    how_met: "Every 2 weeks, 07/10-09/04/2026; review set for 01/2027"
    met: true
    evidence: {file: clinical/psychiatry-note-2026-07-02.txt, page: 1}
treatment:
  name: Maintenance electroconvulsive therapy (ECT), 5 treatments every 2 weeks (90870)
  summary: >-
    Maintenance ECT every two weeks after a response to an acute course completed on 05/29/2026, to prevent a
    third relapse of recurrent severe depression.
  plan: Maintenance ECT every 2 weeks, with MADRS at each visit; need reviewed in January 2027.
clinical:
  severity: MADRS 11 on 05/29/2026; MADRS 19 on 07/02/2026; MADRS 12 on 09/04/2026
  severity_date: 2026-09-04
  suicidality: none
  suicidality_date: 2026-09-04
  response: MADRS 38 (04/06/2026) to 11 (05/29/2026) with the acute course; 12 on 09/04/2026 with maintenance
  response_level: response
  episode_onset: 2026-01
  history:
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the acute and maintenance courses
      evidence: {file: clinical/psychiatry-note-2026-07-02.txt, page: 1}
    - drug: Nortriptyline
      dose: 50 mg daily
      start: 2026-02
      end: 2026-02
      kind: antidepressant
      adequate: false
      weeks: 3
      outcome: Stopped after 3 weeks for orthostatic dizziness and a fall (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-07-02.txt, page: 1}
    - drug: Trazodone
      dose: 100 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-07-02.txt, page: 1}
    - drug: Acute ECT course (2024 episode)
      start: 2024-01
      end: 2024-03
      kind: neuromodulation
      sessions: 10
      adequate: true
      response: response
      outcome: Response in an earlier episode; relapse 3 months after it ended
      evidence: {file: clinical/ect-course-summary-2024-03-22.txt, page: 1}
    - drug: Acute ECT course (current episode)
      start: 2026-04-06
      end: 2026-05-29
      kind: neuromodulation
      sessions: 12
      adequate: true
      response: response
      outcome: MADRS 38 to 11
      evidence: {file: clinical/ect-acute-course-summary-2026-05-29.txt, page: 1}
impact:
  relapse: Relapsed within 3 months after ECT ended in 2019 and in 2024, both times on medication.
author:
  name: Tomas Haldane-Ruiz
  role: Husband and authorized representative
  relation: representative
  authorization: other/authorization-representative-2026-09-25.txt
  address: |-
    2714 Larkspur Terrace
    Silver Spring, MD 20906
  phone: (301) 555-0142
  email: tomas.hr@mail.example
provider:
  name: Dr. Priyanka Oyelaran-Marsh
  credentials: MD, psychiatry; ECT attending, Montgomery Ridge Hospital (FICTIONAL)
  npi: "1742003183"
  address: |-
    8800 Ridge Hospital Drive
    Bethesda, MD 20817
  phone: (301) 555-0163
record_dates:
  - {file: clinical/ect-acute-course-summary-2026-05-29.txt, date: 2026-05-29}
  - {file: clinical/psychiatry-note-2026-07-02.txt, date: 2026-07-02}
  - {file: clinical/ect-course-summary-2024-03-22.txt, date: 2024-03-22}
template: external-review-request
copies: [prescriber]
bates_prefix: HALDANERUIZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/denial-letter-2026-09-08.txt": '''
POTOMAC FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL FEHB CARRIER)          Date: 09/08/2026
Member: Corinne Haldane-Ruiz   DOB 02/11/1969   ID FICT-R48830127   Claim PFE-26-0908-330174   Page 1 of 1
Services: maintenance ECT 07/10, 07/24, 08/07, 08/21, 09/04/2026 (90870, anesthesia 00104; revenue code 0901)
Montgomery Ridge Hospital. Billed $14,250.00. Paid $0.00. CARC CO-50.
Reason: Maintenance electroconvulsive therapy is not medically necessary. Policy BH-ECT-M4 criterion 1 requires
response to an acute course of ECT completed within the 6 months before maintenance begins.
Reviewer: Dr. Leonard Astbury, internal medicine.
You may ask us to reconsider within 6 months of this letter. If we affirm, you may ask OPM to review.
''',
"denial/reconsideration-decision-2026-11-12.txt": '''
POTOMAC FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL FEHB CARRIER)          Date: 11/12/2026
RECONSIDERATION DECISION - Claim PFE-26-0908-330174 - Member Corinne Haldane-Ruiz   Page 1 of 1
We reviewed your request for reconsideration. The records show the member's most recent acute course of ECT
ended in 03/2024, more than 6 months before maintenance treatment began on 07/10/2026. Criterion 1 of policy
BH-ECT-M4 is not met, and we affirm our decision.
If you disagree, you may ask the U.S. Office of Personnel Management to review this decision. You must write to
OPM within 90 days of the date of this letter: OPM, Health Insurance Review Group 4, 1900 E Street NW,
Washington, DC 20415.
''',
"clinical/ect-acute-course-summary-2026-05-29.txt": '''
MONTGOMERY RIDGE HOSPITAL (FICTIONAL) - ECT SERVICE - ACUTE COURSE SUMMARY            Date: 05/29/2026
Patient: Corinne Haldane-Ruiz   DOB 02/11/1969   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Episode onset 01/2026.
Acute course: 12 treatments, right unilateral ultrabrief, 04/06/2026 through 05/29/2026.
MADRS 38 before treatment 1 (04/06/2026); MADRS 11 after treatment 12 (05/29/2026). Response.
Plan: continue venlafaxine XR 225 mg; maintenance ECT to be considered if symptoms return (history of relapse).
Attending: Dr. Priyanka Oyelaran-Marsh, MD.
''',
"clinical/psychiatry-note-2026-07-02.txt": '''
MONTGOMERY RIDGE HOSPITAL (FICTIONAL) - OUTPATIENT PSYCHIATRY NOTE                  Date: 07/02/2026
Patient: Corinne Haldane-Ruiz   Page 1 of 1
MADRS 19 today (11 on 05/29/2026): early return of symptoms. No suicidal ideation.
Medications: venlafaxine XR 225 mg daily since 06/2025, partial response, continues. Trazodone 100 mg at bedtime
for sleep. Nortriptyline 50 mg tried 02/2026, stopped after 3 weeks for orthostatic dizziness with a fall.
History: ECT responses in 2019 and 01-03/2024; relapse within 3 months after each course ended, on medication.
Plan: maintenance ECT every 2 weeks from 07/10/2026; MADRS each visit; review need in 01/2027.
Dr. Priyanka Oyelaran-Marsh, MD, NPI 1742003183
''',
"clinical/ect-course-summary-2024-03-22.txt": '''
MONTGOMERY RIDGE HOSPITAL (FICTIONAL) - ECT SERVICE - ACUTE COURSE SUMMARY            Date: 03/22/2024
Patient: Corinne Haldane-Ruiz   Page 1 of 1
Earlier episode. Acute course: 10 treatments, 01/29/2024 through 03/22/2024. MADRS 35 to 9. Response.
No maintenance arranged; relapse noted 06/2024.
''',
"other/policy-bh-ect-m4-2026.txt": '''
POTOMAC FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) - CLINICAL POLICY BH-ECT-M4, effective 01/01/2026
Maintenance electroconvulsive therapy. Page 1 of 1
Maintenance ECT is covered when all of the following are met: 1. The member responded to an acute course of
ECT completed within the 6 months before maintenance begins. 2. The member's illness has relapsed, or is at
high risk of relapse, despite continued medication. 3. Treatments are given no more often than every 2 weeks
and the need is reviewed every 6 months.
''',
"other/ect-schedule-2026-07-10.txt": '''
MONTGOMERY RIDGE HOSPITAL (FICTIONAL) - ECT SUITE SCHEDULE                        Date: 07/10/2026
07:30  C. Haldane-Ruiz   maintenance #1      Dr. Oyelaran-Marsh
08:15  W. Fenchurch      acute #4            Dr. Oyelaran-Marsh
09:00  R. Abadi-Lowe     acute #9            Dr. Castellane
''',
"other/authorization-representative-2026-09-25.txt": '''
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)                                      Date: 09/25/2026
I, Corinne Haldane-Ruiz (DOB 02/11/1969, FEHB member ID FICT-R48830127), authorize my husband, Tomas
Haldane-Ruiz, to act for me in the disputed claim PFE-26-0908-330174 before Potomac Federal Employees Health
Association and the U.S. Office of Personnel Management, and to receive my health information for it.
Signed: Corinne Haldane-Ruiz
''',
},
truth=r'''
# 01 - FEHB: maintenance ECT denied on an acute-course date taken from an earlier episode; OPM review by the husband (FICTIONAL)

All people, plans, carriers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corinne Haldane-Ruiz, 57 (DOB 02/11/1969), an FEHB member (carrier: Potomac Federal Employees Health
  Association), had **5 maintenance ECT treatments every 2 weeks, 07/10-09/04/2026** (90870, anesthesia 00104,
  revenue code 0901; F33.2) at Montgomery Ridge Hospital. Denied 09/08/2026 (CO-50, policy **BH-ECT-M4 criterion
  1**); the carrier **affirmed on reconsideration 11/12/2026**, saying the latest acute course ended **03/2024**.
- The record: an **acute course of 12 treatments 04/06/2026-05/29/2026** (MADRS 38 to 11) in the current episode
  (onset 01/2026). Maintenance began 07/10/2026, **42 days** after it ended: within the 6 months criterion 1 allows.
  The 03/2024 date is the end of an **earlier episode's** course (10 treatments, 01/29-03/22/2024).
- Criteria 2 and 3 are met: relapse after ECT in 2019 and 2024 on medication, MADRS back to 19 on 07/02/2026;
  treatments every 2 weeks; review set for 01/2027.
- **Rule and stage:** FEHB, 5 CFR 890.105: after the carrier's reconsideration, **OPM review within 90 days of the
  carrier's decision: by 02/10/2027**. The request goes to OPM (not to the carrier to forward).
- **Author:** the husband, her authorized representative (signed authorization 09/25/2026); he writes about
  "Mrs. Haldane-Ruiz".

## Deliberately unknown
- Whether the carrier had the 05/29/2026 summary when it decided: the case does not say when it was sent; a letter
  must not say the carrier ignored a record it had, nor that it never had it.
- The amount the carrier would allow: not in the case.
- Whether maintenance continues after 09/04/2026: no claim or plan past the January 2027 review is in the case.

## Traps
- **A decision's wrong statement, taken from a stale document:** "most recent acute course ... ended in 03/2024"
  comes from the 2024 summary of an earlier episode; the 2026 course ended 05/29/2026.
- **Earlier-episode responses** (ECT 2019, 2024) are responses, never failures; they show relapse risk.
- **Drug still taken:** venlafaxine XR 225 mg continues (partial response): never "failed" or "stopped".
- **Intolerance:** nortriptyline stopped after 3 weeks for dizziness and a fall: not an adequate trial.
- **Sleep dose:** trazodone 100 mg at bedtime is a sleep aid, not an antidepressant trial.
- **Other people:** the ECT schedule lists two other patients (W. Fenchurch, R. Abadi-Lowe).
- **Voice and law:** the husband writes about her; no ERISA, no 45 CFR 147.136, no state external review, no state
  insurance department; OPM is the next level, not "external review".

## Arguments a strong letter makes (strongest first)
1. Criterion 1 is met on the carrier's own policy: the acute course ended **05/29/2026**, 42 days before
   maintenance began on 07/10/2026; the reconsideration's "03/2024" is the end of an earlier episode's course. Ask
   OPM to direct the carrier to pay the five treatments.
2. Criteria 2 and 3 are met from the record (relapse history; MADRS 19 on 07/02/2026; every 2 weeks; review in
   January 2027): every criterion of BH-ECT-M4 is met.
3. The decisions were made by an internist; ask that a psychiatrist's review be weighed (no FEHB duty cited).

## What a letter must NOT say
- "ended in 03/2024" as true; "more than 6 months"; "criterion 1 is not met".
- "failed venlafaxine", "stopped venlafaxine"; nortriptyline as an adequate trial; trazodone as a trial; "failed
  ECT"; "suicidal ideation" as present.
- "Fenchurch", "Abadi-Lowe".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" as the next level, "state insurance department",
  "MHPAEA" as a member's right against OPM.
- The husband's "I" as the patient ("my treatment"); "Dr." or "physician" for the husband.
''',
answers=[
("Plan type", "plan_type: fehb", "case.yaml"),
("Level of this request", "OPM review", "case.yaml"),
("Deadline for OPM review", "by 02/10/2027", "truth"),
("Decision appealed (date)", "Date: 11/12/2026", "denial/reconsideration-decision-2026-11-12.txt"),
("Policy and criterion", "BH-ECT-M4 criterion 1", "denial/denial-letter-2026-09-08.txt"),
("Decision's wrong statement", "ended in 03/2024", "denial/reconsideration-decision-2026-11-12.txt"),
("Last day of the current acute course", "04/06/2026 through 05/29/2026", "clinical/ect-acute-course-summary-2026-05-29.txt"),
("Days from end of acute course to maintenance", "42 days", "truth"),
("First maintenance treatment", "maintenance #1", "other/ect-schedule-2026-07-10.txt"),
("Acute course response", "MADRS 38 before treatment 1", "clinical/ect-acute-course-summary-2026-05-29.txt"),
("Drug still taken", "venlafaxine XR 225 mg daily since 06/2025, partial response, continues", "clinical/psychiatry-note-2026-07-02.txt"),
("Intolerance, not a trial", "stopped after 3 weeks for orthostatic dizziness", "clinical/psychiatry-note-2026-07-02.txt"),
("Sleep dose", "Trazodone 100 mg at bedtime for sleep", "clinical/psychiatry-note-2026-07-02.txt"),
("Earlier-episode course end (stale)", "01/29/2024 through 03/22/2024", "clinical/ect-course-summary-2024-03-22.txt"),
("Author and relation", "relation: representative", "case.yaml"),
("Reviewer's specialty", "internal medicine", "denial/denial-letter-2026-09-08.txt"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 02 - TRICARE Prime: PHP denied pre-service as "IOP appropriate; no current safety concerns"; the IOP was already
# tried and failed to hold her, with a crisis visit 11/28. Expedited reconsideration by the treating psychiatrist.
CASES.append(dict(
slug="02-tricare-prime-php-iop-already-tried-expedited-reconsideration-psychiatrist",
yaml=r'''
# FICTIONAL CASE (set 44, case 02) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Prime, active-duty family member. Marisol Teague-Okonkwo, 29, finished a 6-week intensive outpatient
# program 11/21/2026 while worsening, came to a crisis visit 11/28/2026, and was referred to a partial
# hospitalization program. The contractor denied the PHP 12/03/2026: "can be treated at the IOP level; no current
# safety concerns". Her treating psychiatrist asks for an expedited reconsideration on 12/06/2026.
patient:
  name: Marisol Teague-Okonkwo
  salutation: Mrs. Teague-Okonkwo
  date_of_birth: 1997-08-30
  member_id: FICT-DBN-207735190
  address: |-
    61 Sandhill Crane Way
    Fayetteville, NC 28311
  phone: (910) 555-0172
insurer:
  name: Tidewater Federal Health Services, TRICARE East Region contractor (FICTIONAL)
  appeals_address: |-
    Tidewater Federal Health Services - Medical Necessity Reconsiderations (FICTIONAL)
    PO Box 77022
    Norfolk, VA 23501
  fax: (757) 555-0166
request: prior_authorization
claim:
  number: TFH-PA-26-1201-88410
  plan_type: tricare
  notice_date: 2026-12-03
  appeal_deadline: 2027-03-03
  deadline_basis: >-
    Notice of 12/03/2026: "You may request reconsideration within 90 days of the date of this notice. If you
    request it within 3 calendar days of receiving this notice, it will be processed as expedited."
  service_dates: [2026-12-08, 2027-01-15]
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0912"]
  diagnosis_codes: [F33.2, F43.10]
  denial_reason: >-
    Partial hospitalization is not medically necessary. The member can be treated at the intensive outpatient
    level of care. No current safety concerns are documented. The member completed IOP without incident.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  urgent: true
  action: none
  reviewer: {name: "Dr. Glenda Mayhew-Strand (FICTIONAL)", specialty: family medicine}
  corrections:
    - said: No current safety concerns are documented.
      record: >-
        The crisis visit note of 11/28/2026 records passive suicidal ideation since 11/18/2026, a safety plan and
        removal of firearms from the home, and a referral to partial hospitalization the same day.
      file: clinical/crisis-visit-2026-11-28.txt
      page: 1
    - said: The member completed IOP without incident.
      record: >-
        The IOP discharge summary of 11/21/2026 records PHQ-9 16 at admission and 23 at discharge, two missed days
        for panic, and a recommendation of a higher level of care.
      file: clinical/iop-discharge-summary-2026-11-21.txt
      page: 1
prior_auth:
  requested_on: 2026-12-01
alternatives:
  - treatment: Intensive outpatient program
    level: intensive outpatient
    why_not: >-
      Already given for 6 weeks, 10/13-11/21/2026, at 3 hours a day, 3 days a week; she worsened during it (PHQ-9
      16 to 23) and was discharged with a recommendation of a higher level of care.
    proof: clinical/iop-discharge-summary-2026-11-21.txt
treatment:
  name: Partial hospitalization program (PHP), 5 days a week for about 6 weeks
  summary: >-
    A partial hospitalization program after an intensive outpatient program she worsened in, with passive suicidal
    ideation, to avoid an inpatient admission.
  plan: >-
    PHP 6 hours a day, 5 days a week, from 12/08/2026 for about 6 weeks (through 01/15/2027), with weekly
    psychiatrist review, PHQ-9 and Columbia screening twice a week, and step-down to IOP when PHQ-9 is below 15 and
    there is no suicidal ideation for 2 weeks.
clinical:
  severity: PHQ-9 23 on 11/21/2026; PHQ-9 24 on 11/28/2026
  severity_date: 2026-11-28
  suicidality: passive
  suicidality_date: 2026-11-28
  episode_onset: 2026-06
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/crisis-visit-2026-11-28.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2026-08
      ongoing: true
      kind: other
      outcome: For trauma nightmares; not an antidepressant trial
      evidence: {file: clinical/crisis-visit-2026-11-28.txt, page: 1}
    - drug: Intensive outpatient program
      start: 2026-10-13
      end: 2026-11-21
      kind: psychotherapy
      sessions: 18
      adequate: true
      response: none
      outcome: PHQ-9 16 to 23 during the program; discharged to a higher level of care
      evidence: {file: clinical/iop-discharge-summary-2026-11-21.txt, page: 1}
    - drug: Weekly cognitive processing therapy
      start: 2026-07
      end: 2026-10
      kind: psychotherapy
      sessions: 12
      adequate: true
      response: none
      outcome: 12 sessions; no improvement; stepped up to IOP
      evidence: {file: clinical/iop-discharge-summary-2026-11-21.txt, page: 1}
urgency:
  reason: >-
    She has passive suicidal ideation since 11/18/2026 and worsened through an intensive outpatient program; waiting
    for a standard decision risks an inpatient admission or worse.
  certified_by: Dr. Anselm Kirkegaard-Boyd, MD
impact:
  work: On leave from her job as a dental assistant since 11/10/2026.
  daily_life: Her husband is deployed; she cares alone for a 4-year-old.
author:
  name: Dr. Anselm Kirkegaard-Boyd
  role: Treating psychiatrist
  relation: physician
  authorization: other/consent-2026-12-04.txt
  address: |-
    Longleaf Behavioral Health (FICTIONAL), 400 Bragg Boulevard, Suite 210
    Fayetteville, NC 28301
  phone: (910) 555-0183
  email: akb@longleaf-bh.example
provider:
  name: Dr. Anselm Kirkegaard-Boyd
  credentials: MD, psychiatry; TRICARE network provider
  npi: "1583004423"
  address: |-
    400 Bragg Boulevard, Suite 210
    Fayetteville, NC 28301
  phone: (910) 555-0183
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - {file: clinical/iop-discharge-summary-2026-11-21.txt, date: 2026-11-21}
  - {file: clinical/crisis-visit-2026-11-28.txt, date: 2026-11-28}
  - {file: clinical/iop-progress-note-2026-10-20.txt, date: 2026-10-20}
template: expedited-appeal
bates_prefix: TEAGUEOKONKWO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/pa-denial-notice-2026-12-03.txt": '''
TIDEWATER FEDERAL HEALTH SERVICES (FICTIONAL) - TRICARE EAST REGION
PRIOR AUTHORIZATION DETERMINATION                                    Date of notice: 12/03/2026
Beneficiary: Marisol Teague-Okonkwo   DOB 08/30/1997   DBN FICT-DBN-207735190   Plan: TRICARE Prime (ADFM)
Request TFH-PA-26-1201-88410, received 12/01/2026: partial hospitalization (H0035, revenue code 0912), Pinewood
Day Hospital, from 12/08/2026.   Decision: DENIED.   Reviewer: Dr. Glenda Mayhew-Strand, family medicine.
Reason: Partial hospitalization is not medically necessary. The member can be treated at the intensive outpatient
level of care. No current safety concerns are documented. The member completed IOP without incident.
You may request reconsideration within 90 days of the date of this notice. If you request it within 3 calendar
days of receiving this notice, it will be processed as expedited. Fax (757) 555-0166.
''',
"clinical/iop-discharge-summary-2026-11-21.txt": '''
PINEWOOD DAY HOSPITAL (FICTIONAL) - INTENSIVE OUTPATIENT PROGRAM - DISCHARGE SUMMARY        Date: 11/21/2026
Patient: Marisol Teague-Okonkwo   DOB 08/30/1997   Page 1 of 1
Program: 10/13/2026-11/21/2026, 3 hours a day, 3 days a week (18 days attended of 18 scheduled; 2 days missed
for panic and made up). Before IOP: 12 weekly sessions of cognitive processing therapy 07-10/2026, no improvement.
PHQ-9 16 at admission, 23 at discharge. Sleep worse; nightmares persist.
Recommendation: higher level of care (partial hospitalization). Not appropriate to continue at IOP.
''',
"clinical/crisis-visit-2026-11-28.txt": '''
LONGLEAF BEHAVIORAL HEALTH (FICTIONAL) - CRISIS VISIT                                     Date: 11/28/2026
Patient: Marisol Teague-Okonkwo   Page 1 of 1
PHQ-9 24. Passive suicidal ideation ("I wouldn't mind not waking up") since 11/18/2026; no plan, no intent.
Husband deployed. Safety plan made; her sister removed the household firearms today.
Medications: sertraline 200 mg daily since 07/2026, partial response, continues. Prazosin 2 mg at bedtime for
nightmares. Referred to partial hospitalization (Pinewood Day Hospital) today; request sent 12/01/2026.
Dr. Anselm Kirkegaard-Boyd, MD, NPI 1583004423
''',
"clinical/iop-progress-note-2026-10-20.txt": '''
PINEWOOD DAY HOSPITAL (FICTIONAL) - IOP PROGRESS NOTE (week 2)                           Date: 10/20/2026
Patient: Marisol Teague-Okonkwo   Page 1 of 1
Engaged in group. Denies suicidal ideation today. PHQ-9 17.
Group roster this date: M.T-O., D. Quarles, S. Nwachukwu-Hart, P. Lindqvist.
''',
"other/consent-2026-12-04.txt": '''
PATIENT CONSENT TO APPEAL (FICTIONAL)                                          Date: 12/04/2026
I, Marisol Teague-Okonkwo, ask my psychiatrist, Dr. Anselm Kirkegaard-Boyd, to appeal the denial of partial
hospitalization (request TFH-PA-26-1201-88410) for me and to send my records for it.
Signed: Marisol Teague-Okonkwo
''',
},
truth=r'''
# 02 - TRICARE Prime: a partial hospitalization program denied as "IOP appropriate" after the IOP failed; expedited reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Teague-Okonkwo, 29 (DOB 08/30/1997), an active-duty family member in **TRICARE Prime**; request
  TFH-PA-26-1201-88410 (received 12/01/2026) for a **partial hospitalization program** at Pinewood Day Hospital
  from **12/08/2026** for about 6 weeks (H0035, revenue code 0912; F33.2, F43.10). Denied **12/03/2026** as a level
  of care ("can be treated at the intensive outpatient level"; "No current safety concerns"; "completed IOP without
  incident"). Reviewer: family medicine.
- The record: 12 weekly cognitive processing therapy sessions 07-10/2026 with no improvement; **IOP 10/13-11/21/2026**
  (3 hours a day, 3 days a week) with **PHQ-9 16 to 23** and a discharge recommendation of a higher level of care;
  **crisis visit 11/28/2026**: PHQ-9 24, **passive suicidal ideation since 11/18/2026**, safety plan, firearms
  removed.
- **Rule and stage:** TRICARE, 32 CFR 199.10 and 199.15: reconsideration by the regional contractor within 90 days
  (**by 03/03/2027**); asked within 3 calendar days of receipt (letter dated 12/06/2026; notice faxed 12/03), it is
  **expedited**. If upheld, the next level is a second reconsideration by the TRICARE Quality Monitoring Contractor.
- **Author:** the treating psychiatrist (MD), who certifies the urgency and encloses her consent of 12/04/2026.

## Deliberately unknown
- The contractor's criteria for PHP (a licensed vendor set?) are not in the case: a letter may ask for them.
- Whether she would accept an inpatient admission: not in the case.
- Any past suicide attempt: none is recorded; a letter must not say there was one, or that there was none ever.

## Traps
- **The lower level was already tried:** the IOP the denial points to is the level she worsened in.
- **Two wrong statements in the denial:** "No current safety concerns are documented" and "completed IOP without
  incident" (PHQ-9 16 to 23; two missed days for panic; discharged to a higher level).
- **Stale note:** the 10/20/2026 IOP note's "Denies suicidal ideation" is five weeks older than the crisis visit.
- **Other people:** the 10/20 note's group roster names three other patients.
- **Suicidality is passive**, with no plan or intent: never "active suicidal ideation", never a "suicide attempt".
- **Drug still taken:** sertraline 200 mg continues (partial response); prazosin is for nightmares, not an
  antidepressant trial. Psychotherapy rows are not medication trials.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA, no state insurance department or state external review.
- **Not a stay:** a PHP is not inpatient or hospital admission; not a "residential" stay.

## Arguments a strong letter makes (strongest first)
1. The lower level the denial names was tried and failed: 6 weeks of IOP with PHQ-9 16 to 23 and a discharge
   recommendation of a higher level; before it, 12 sessions of weekly therapy without improvement.
2. Correct the two statements: passive suicidal ideation since 11/18/2026 and the 11/28/2026 crisis visit; the
   IOP was not "without incident".
3. Ask for an expedited reconsideration (asked within 3 days; the psychiatrist certifies harm from delay), a
   psychiatrist as reviewer (the decision was by a family physician), and a peer-to-peer call.
4. The plan of care: 6 hours a day, 5 days a week, weekly review, step-down criteria.

## What a letter must NOT say
- "active suicidal ideation", "suicide attempt", "plan or intent" as present.
- "no current safety concerns" as true; "completed IOP without incident"; "IOP was not tried".
- "failed sertraline", "stopped sertraline"; prazosin as an antidepressant; psychotherapy among failed drugs.
- "inpatient", "hospital admission" or "stay" for the PHP; "residential".
- "Quarles", "Nwachukwu-Hart", "Lindqvist".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "state insurance department", "external review".
''',
answers=[
("Plan type", "plan_type: tricare", "case.yaml"),
("Level of care requested", "setting: partial_hospitalization", "case.yaml"),
("Notice date", "Date of notice: 12/03/2026", "denial/pa-denial-notice-2026-12-03.txt"),
("Reconsideration deadline", "by 03/03/2027", "truth"),
("Expedited route", "within 3 calendar days of receiving this notice", "denial/pa-denial-notice-2026-12-03.txt"),
("Lower level named", "intensive outpatient level of care", "denial/pa-denial-notice-2026-12-03.txt"),
("IOP dates", "10/13/2026-11/21/2026", "clinical/iop-discharge-summary-2026-11-21.txt"),
("IOP outcome", "PHQ-9 16 at admission, 23 at discharge", "clinical/iop-discharge-summary-2026-11-21.txt"),
("Discharge recommendation", "higher level of care (partial hospitalization)", "clinical/iop-discharge-summary-2026-11-21.txt"),
("Current suicidality", "Passive suicidal ideation", "clinical/crisis-visit-2026-11-28.txt"),
("Since when", "since 11/18/2026", "clinical/crisis-visit-2026-11-28.txt"),
("Stale note", "Denies suicidal ideation today", "clinical/iop-progress-note-2026-10-20.txt"),
("Drug still taken", "sertraline 200 mg daily since 07/2026, partial response, continues", "clinical/crisis-visit-2026-11-28.txt"),
("Reviewer specialty", "family medicine", "denial/pa-denial-notice-2026-12-03.txt"),
("Next level if upheld", "TRICARE Quality Monitoring Contractor", "truth"),
("Author relation", "relation: physician", "case.yaml"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 03 - Church plan (self-funded, not ERISA): TMS denied as over a 30-treatment lifetime maximum taken from the
# 2025 Benefit Summary; the 2026 Plan Document (amendment 4) removed it. Second level, the patient ("I").
CASES.append(dict(
slug="03-church-plan-tms-lifetime-limit-removed-2026-second-level-patient",
yaml=r'''
# FICTIONAL CASE (set 44, case 03) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not ERISA. Rev. Jonah Whitcombe-Sato, 46, a pastor, had 36 TMS treatments
# 08/03-09/18/2026. The plan denied all 36 as over a "lifetime maximum of 30 TMS treatments" (he had 30 in 2024)
# and upheld at the first level on 10/30/2026 quoting the 2025 Benefit Summary. Amendment 4 to the Plan Document,
# effective 01/01/2026, removed the lifetime maximum. He writes the second-level appeal himself.
patient:
  name: Jonah Whitcombe-Sato
  salutation: Rev. Whitcombe-Sato
  date_of_birth: 1980-05-19
  member_id: FICT-CLB-5520931
  address: |-
    907 Orchard Hill Road
    Ann Arbor, MI 48104
  phone: (734) 555-0119
  email: jonah.ws@parish.example
insurer:
  name: Great Lakes Covenant Benefits Board Health Plan (FICTIONAL church plan)
  appeals_address: |-
    Great Lakes Covenant Benefits Board - Appeals Committee (FICTIONAL)
    1150 Commerce Park Drive
    Lansing, MI 48910
  fax: (517) 555-0136
claim:
  number: GLC-26-0921-044718
  plan_type: church
  funding: self_funded
  employees: 640
  stage: second level
  notice_date: 2026-09-21
  service_dates: [2026-08-03, 2026-09-18]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum reached. Transcranial magnetic stimulation is limited to 30 treatments per lifetime. Our
    records show 30 treatments paid in 2024.
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-29
    reason: >-
      The 2025 Benefit Summary states: "Transcranial magnetic stimulation: 30 treatments per lifetime." The member
      received 30 treatments in 2024. The lifetime maximum was reached, and the denial is upheld.
plan_policy:
  name: Great Lakes Covenant Benefits Board Health Plan Document, Amendment 4 (effective 01/01/2026), Section 6.9
  number: Section 6.9
  quote: >-
    Section 6.9 Transcranial magnetic stimulation. Effective January 1, 2026, TMS is covered for major depressive
    disorder when medically necessary, up to 36 treatments per course. There is no lifetime maximum. This
    Amendment replaces any lifetime maximum for TMS stated in an earlier Plan Document or Benefit Summary.
  file: other/plan-document-amendment-4-2026.txt
  limit:
    applied: 30
    current: 36
    course: 36
    unit: treatments
    source:
      name: 2025 Benefit Summary
      year: 2025
      through: 2025-12-31
      file: other/benefit-summary-2025.txt
      page: 1
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 treatments (90867, 90868)
  summary: >-
    A second TMS course for a new episode of recurrent depression, after a response to TMS in 2024.
clinical:
  severity: PHQ-9 18 on 08/03/2026; PHQ-9 7 on 09/18/2026
  severity_date: 2026-09-18
  suicidality: none
  suicidality_date: 2026-09-18
  response: PHQ-9 18 (08/03/2026) to 7 (09/18/2026)
  response_level: response
  episode_onset: 2026-03
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the TMS course
      evidence: {file: clinical/tms-course-summary-2026-09-18.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2026-04
      end: 2026-04
      kind: antidepressant
      adequate: false
      weeks: 2
      outcome: Stopped after 2 weeks for persistent nausea (intolerance)
      evidence: {file: clinical/tms-course-summary-2026-09-18.txt, page: 1}
    - drug: TMS course (2024 episode)
      start: 2024-02
      end: 2024-03
      kind: neuromodulation
      sessions: 30
      adequate: true
      response: remission
      outcome: Remission in an earlier episode
      evidence: {file: clinical/tms-course-summary-2024-03-29.txt, page: 1}
author:
  name: Jonah Whitcombe-Sato
  role: Patient
  relation: patient
  address: |-
    907 Orchard Hill Road
    Ann Arbor, MI 48104
  phone: (734) 555-0119
  email: jonah.ws@parish.example
provider:
  name: Huron Valley TMS Center
  credentials: in-network provider
  npi: "1964005270"
  address: |-
    3300 Washtenaw Avenue, Suite 4
    Ann Arbor, MI 48104
  phone: (734) 555-0128
record_dates:
  - {file: clinical/tms-course-summary-2026-09-18.txt, date: 2026-09-18}
  - {file: clinical/tms-course-summary-2024-03-29.txt, date: 2024-03-29}
copies: [employer]
employer:
  name: St. Brendan's Covenant Church (FICTIONAL), Benefits Office
  address: |-
    220 Division Street
    Ann Arbor, MI 48104
bates_prefix: WHITCOMBESATO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-09-21.txt": '''
GREAT LAKES COVENANT BENEFITS BOARD HEALTH PLAN (FICTIONAL CHURCH PLAN) - EXPLANATION OF BENEFITS   Date: 09/21/2026
Member: Jonah Whitcombe-Sato   ID FICT-CLB-5520931   Claim GLC-26-0921-044718   Page 1 of 1
Provider: Huron Valley TMS Center. Services 08/03/2026-09/18/2026: 90867 x1, 90868 x35. Billed $10,800.00.
Paid $0.00. CARC CO-119: Benefit maximum reached. Transcranial magnetic stimulation is limited to 30 treatments
per lifetime. Our records show 30 treatments paid in 2024.
You may appeal within 180 days of receiving this notice.
''',
"denial/first-level-decision-2026-10-30.txt": '''
GREAT LAKES COVENANT BENEFITS BOARD (FICTIONAL) - APPEALS COMMITTEE - FIRST-LEVEL DECISION     Date: 10/30/2026
Member: Jonah Whitcombe-Sato   Claim GLC-26-0921-044718   Page 1 of 1
The 2025 Benefit Summary states: "Transcranial magnetic stimulation: 30 treatments per lifetime." The member
received 30 treatments in 2024. The lifetime maximum was reached, and the denial is upheld.
You may request a second-level appeal within 60 days of the date of this decision.
''',
"clinical/tms-course-summary-2026-09-18.txt": '''
HURON VALLEY TMS CENTER (FICTIONAL) - TMS COURSE SUMMARY                                 Date: 09/18/2026
Patient: Jonah Whitcombe-Sato   DOB 05/19/1980   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, moderate (F33.1); episode onset 03/2026.
Course: 36 treatments, 08/03/2026-09/18/2026 (mapping 08/03/2026). PHQ-9 18 at start, 7 at treatment 36.
No suicidal ideation.
Medications: bupropion XL 300 mg daily since 11/2025, partial response, continues. Vortioxetine 10 mg 04/2026,
stopped after 2 weeks for persistent nausea.
Earlier episode: TMS 30 treatments 02-03/2024, remission.
''',
"clinical/tms-course-summary-2024-03-29.txt": '''
HURON VALLEY TMS CENTER (FICTIONAL) - TMS COURSE SUMMARY                                 Date: 03/29/2024
Patient: Jonah Whitcombe-Sato   Page 1 of 1
Earlier episode. 30 treatments 02/12/2024-03/29/2024. PHQ-9 20 to 4. Remission.
''',
"other/benefit-summary-2025.txt": '''
GREAT LAKES COVENANT BENEFITS BOARD HEALTH PLAN (FICTIONAL) - 2025 BENEFIT SUMMARY (plan year 01/01/2025-12/31/2025)
Page 1 of 1
Behavioral health. Outpatient therapy: covered. Transcranial magnetic stimulation: 30 treatments per lifetime.
''',
"other/plan-document-amendment-4-2026.txt": '''
GREAT LAKES COVENANT BENEFITS BOARD HEALTH PLAN DOCUMENT (FICTIONAL) - AMENDMENT 4, adopted 10/15/2025
Page 1 of 1
Section 6.9 Transcranial magnetic stimulation. Effective January 1, 2026, TMS is covered for major depressive
disorder when medically necessary, up to 36 treatments per course. There is no lifetime maximum. This
Amendment replaces any lifetime maximum for TMS stated in an earlier Plan Document or Benefit Summary.
''',
"other/tms-treatment-log-2026-08.txt": '''
HURON VALLEY TMS CENTER (FICTIONAL) - CHAIR 2 TREATMENT LOG, week of 08/03/2026
08/03  J. Whitcombe-Sato  mapping + tx 1
08/03  E. Marchetti-Obi   tx 22
08/04  J. Whitcombe-Sato  tx 2
08/04  H. Castellanos     tx 31 (taper)
''',
},
truth=r'''
# 03 - Church plan: TMS denied under a lifetime maximum the 2026 Plan Document removed; second-level appeal by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rev. Jonah Whitcombe-Sato, 46 (DOB 05/19/1980), a pastor covered by the **Great Lakes Covenant Benefits Board
  Health Plan**, a **church plan, self-funded, not under ERISA**, 640 employees. **36 TMS treatments
  08/03-09/18/2026** (90867 x1, 90868 x35; F33.1). EOB 09/21/2026: CO-119, "30 treatments per lifetime"; 30 were
  paid in 2024. **First-level decision 10/30/2026** upheld, quoting the **2025 Benefit Summary**.
- **Plan Document Amendment 4, Section 6.9, effective 01/01/2026:** up to 36 treatments per course, "There is no
  lifetime maximum", and it "replaces any lifetime maximum ... stated in an earlier Plan Document or Benefit
  Summary". Every date of service is in 2026, after the 2025 Benefit Summary's plan year ended (12/31/2025). The
  course of 36 is within the 36 per course.
- Response: PHQ-9 18 to 7. Coverage of TMS for MDD is not otherwise disputed (no necessity ground given).
- **Rule and stage:** church plan outside ERISA: 26 CFR 54.9815-2719 (claims and appeals by reference to the ERISA
  claims rule; external review for denials turning on medical judgment); parity 26 CFR 54.9812-1 (more than 50
  employees). **Second level**, within 60 days of the 10/30 decision: **by 12/29/2026**.
- **Author:** the patient, writing as "I".

## Deliberately unknown
- Whether the Board's claims system was updated for Amendment 4: not known; a letter may ask the plan to correct it.
- Whether external review would reach a benefit-limit denial under this plan: not settled in the case; a letter
  must not promise it.
- The amount allowed per treatment: not in the case.

## Traps
- **Plan document, not medicine:** the winning point is Amendment 4; no medical necessity argument is needed.
- **Stale plan text:** the 2025 Benefit Summary governed 2025 only.
- **Earlier-episode response:** TMS 2024 gave remission - never a "failed" course; it is why he was treated again.
- **Drug still taken:** bupropion XL continues (partial response). **Intolerance:** vortioxetine 2 weeks, nausea.
- **Other people:** the treatment log names two other patients.
- **Wrong law:** no ERISA as governing law, no Labor Department / EBSA, no 29 CFR 2560.503-1 cited alone, no state
  insurance department (self-funded).
- **Voice:** "I", never "Rev. Whitcombe-Sato has ..." in the body; stage: a second-level appeal answering the 10/30
  decision.

## Arguments a strong letter makes (strongest first)
1. The limit applied came from the 2025 Benefit Summary, which governed through 12/31/2025; the Plan Document as
   amended effective 01/01/2026 (Section 6.9) sets no lifetime maximum and 36 per course, and says it replaces any
   earlier lifetime maximum. All 36 treatments were in 2026: pay them.
2. The course of 36 is within the 36 per course the current terms allow.
3. Ask the plan to correct its claims record so later claims are not denied the same way; as the second level,
   answer the 10/30 decision by name.
4. Parity (26 CFR 54.9812-1) only as support: a lifetime treatment count for a mental health treatment.

## What a letter must NOT say
- "the lifetime maximum was reached"; conceding the 30 limit; "the 2025 Benefit Summary governs".
- "failed TMS" (2024); "stopped bupropion"; vortioxetine as an adequate trial; "suicidal ideation" as present.
- "Marchetti-Obi", "Castellanos".
- "ERISA" as governing law, "EBSA", "Department of Labor", "29 CFR 2560.503-1" alone, "state insurance department".
- "medically necessary" as the ground of this denial; "peer-to-peer"; "external review" as certain.
- "Rev. Whitcombe-Sato has" / "he" for the signer's own acts.
''',
answers=[
("Plan type", "plan_type: church", "case.yaml"),
("Funding", "funding: self_funded", "case.yaml"),
("Stage", "stage: second level", "case.yaml"),
("Decision appealed", "FIRST-LEVEL DECISION     Date: 10/30/2026", "denial/first-level-decision-2026-10-30.txt"),
("Deadline", "by 12/29/2026", "truth"),
("Limit applied", "30 treatments per lifetime", "denial/eob-2026-09-21.txt"),
("Source of the limit applied", "2025 BENEFIT SUMMARY (plan year 01/01/2025-12/31/2025)", "other/benefit-summary-2025.txt"),
("Current terms", "There is no lifetime maximum", "other/plan-document-amendment-4-2026.txt"),
("Current terms' effective date", "Effective January 1, 2026", "other/plan-document-amendment-4-2026.txt"),
("Course per current terms", "up to 36 treatments per course", "other/plan-document-amendment-4-2026.txt"),
("Dates of service", "08/03/2026-09/18/2026", "denial/eob-2026-09-21.txt"),
("Response", "PHQ-9 18 at start, 7 at treatment 36", "clinical/tms-course-summary-2026-09-18.txt"),
("Earlier episode outcome", "PHQ-9 20 to 4. Remission", "clinical/tms-course-summary-2024-03-29.txt"),
("Intolerance", "stopped after 2 weeks for persistent nausea", "clinical/tms-course-summary-2026-09-18.txt"),
("Rule for church plans", "26 CFR 54.9815-2719", "truth"),
("Voice", "relation: patient", "case.yaml"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 04 - County employees' plan (governmental, self-funded): outpatient acute ECT denied for "no precertification";
# the 2026 Precertification List (Appendix P) does not list outpatient ECT and says unlisted services need none.
# First internal appeal, post-service, by the hospital's utilization review nurse for the hospital.
CASES.append(dict(
slug="04-county-plan-outpatient-ect-not-on-2026-precert-list-first-appeal-hospital-ur-nurse",
yaml=r'''
# FICTIONAL CASE (set 44, case 04) - every person, plan, provider, number and address is invented.
# County employees' plan, self-funded. Delphine Acheampong-Reyes, 52, had 12 outpatient acute ECT treatments
# 09/14-10/21/2026. The plan denied the hospital's claim 11/05/2026 (CO-197) as given without precertification.
# The plan's 2026 Precertification List (Appendix P) does not list outpatient ECT and says services not on it need
# none; the 2024 list, which did list ECT, is stale. The hospital's utilization review nurse appeals for the
# hospital, a party to its own claim.
patient:
  name: Delphine Acheampong-Reyes
  salutation: Ms. Acheampong-Reyes
  date_of_birth: 1974-10-03
  member_id: FICT-PCE-00981472
  address: |-
    1418 Saguaro Vista Lane
    Tucson, AZ 85715
insurer:
  name: Pima Canyon County Employee Health Benefits Trust (FICTIONAL), claims administered by Desert Mesa Administrators (FICTIONAL)
  appeals_address: |-
    Desert Mesa Administrators - Appeals Unit (FICTIONAL)
    PO Box 63190
    Phoenix, AZ 85082
  fax: (602) 555-0147
claim:
  number: DMA-26-1105-271093
  plan_type: governmental
  funding: self_funded
  employees: 2150
  notice_date: 2026-11-05
  service_dates: [2026-09-14, 2026-10-21]
  sessions: 12
  setting: outpatient
  procedure_codes: [90870, "00104"]
  revenue_codes: ["0901"]
  diagnosis_codes: [F32.3]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Electroconvulsive therapy requires precertification. No
    precertification was obtained for these services.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: Electroconvulsive therapy requires precertification.
      record: >-
        The plan's 2026 Precertification List (Summary Plan Description, Appendix P) lists ECT only when given during
        an inpatient admission, and says services not on the list do not require precertification; these 12
        treatments were outpatient.
      file: other/spd-appendix-p-precertification-list-2026.txt
      page: 1
plan_policy:
  name: Pima Canyon County Employee Health Benefits Trust Summary Plan Description 2026, Appendix P, Precertification List
  number: Appendix P
  quote: >-
    The following services require precertification for plan year 2026 (07/01/2026-06/30/2027): inpatient
    admissions of any kind, including electroconvulsive therapy given during an inpatient admission; residential
    treatment; partial hospitalization; transcranial magnetic stimulation; intravenous ketamine or esketamine.
    Services not on this list do not require precertification.
  file: other/spd-appendix-p-precertification-list-2026.txt
prior_auth:
  required: false
treatment:
  name: Outpatient acute electroconvulsive therapy (ECT), 12 treatments (90870)
  summary: >-
    An acute outpatient ECT course for a severe depressive episode with psychotic features; the plan's only
    ground is precertification, which its own 2026 list does not require for outpatient ECT.
clinical:
  severity: HAM-D 31 on 09/14/2026; HAM-D 8 on 10/21/2026
  severity_date: 2026-10-21
  suicidality: none
  suicidality_date: 2026-10-21
  response: HAM-D 31 (09/14/2026) to 8 (10/21/2026); delusions resolved
  response_level: remission
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during and after ECT
      evidence: {file: clinical/ect-course-summary-2026-10-21.txt, page: 1}
    - drug: Olanzapine
      dose: 10 mg daily
      start: 2026-07
      end: 2026-08
      kind: augmentation
      adequate: false
      weeks: 4
      outcome: Stopped after 4 weeks for 6 kg weight gain and rising glucose (intolerance)
      evidence: {file: clinical/ect-course-summary-2026-10-21.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2026-06
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/ect-course-summary-2026-10-21.txt, page: 1}
author:
  name: Rosalind Fairweather-Nakamura
  role: Utilization review nurse (RN), Sonoran Foothills Hospital, for the hospital
  relation: provider
  address: |-
    Sonoran Foothills Hospital (FICTIONAL), 5200 East Grant Road
    Tucson, AZ 85712
  phone: (520) 555-0131
  email: ur@sonoran-foothills.example
provider:
  name: Sonoran Foothills Hospital
  credentials: in-network hospital
  npi: "1315006837"
  address: |-
    5200 East Grant Road
    Tucson, AZ 85712
  phone: (520) 555-0131
record_dates:
  - {file: clinical/ect-course-summary-2026-10-21.txt, date: 2026-10-21}
copies: [employer]
employer:
  name: Pima Canyon County Human Resources - Employee Benefits (FICTIONAL)
  address: |-
    150 West Congress Street, 4th Floor
    Tucson, AZ 85701
bates_prefix: ACHEAMPONGREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/remittance-notice-2026-11-05.txt": '''
DESERT MESA ADMINISTRATORS (FICTIONAL), for the Pima Canyon County Employee Health Benefits Trust
PROVIDER REMITTANCE AND NOTICE OF DENIAL                                          Date: 11/05/2026
Provider: Sonoran Foothills Hospital, NPI 1315006837   Patient: Delphine Acheampong-Reyes   ID FICT-PCE-00981472
Claim DMA-26-1105-271093   Type of bill 131 (hospital outpatient)   Page 1 of 1
09/14/2026-10/21/2026   rev 0901 / 90870 x12; 00104 x12   Billed $33,600.00   Paid $0.00
CO-197 Precertification/authorization absent. Electroconvulsive therapy requires precertification. No
precertification was obtained for these services.
Appeal: within 180 days of receipt of this notice, to the Appeals Unit, PO Box 63190, Phoenix, AZ 85082.
''',
"clinical/ect-course-summary-2026-10-21.txt": '''
SONORAN FOOTHILLS HOSPITAL (FICTIONAL) - OUTPATIENT ECT - COURSE SUMMARY                   Date: 10/21/2026
Patient: Delphine Acheampong-Reyes   DOB 10/03/1974   Page 1 of 1
Diagnosis: major depressive disorder, single episode, severe with psychotic features (F32.3).
Outpatient acute course, 12 treatments, 09/14/2026-10/21/2026, bitemporal. HAM-D 31 to 8; delusions of guilt
resolved by treatment 7. No suicidal ideation during the course.
Medications: sertraline 200 mg daily since 05/2026, partial response, continues. Olanzapine 10 mg 07-08/2026 as
augmentation, stopped after 4 weeks for weight gain (6 kg) and rising glucose. Melatonin 3 mg at bedtime.
Attending: Dr. Ezequiel Marroquin-Tate, MD.
''',
"other/spd-appendix-p-precertification-list-2026.txt": '''
PIMA CANYON COUNTY EMPLOYEE HEALTH BENEFITS TRUST (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026
APPENDIX P - PRECERTIFICATION LIST                                                       Page 1 of 1
The following services require precertification for plan year 2026 (07/01/2026-06/30/2027): inpatient
admissions of any kind, including electroconvulsive therapy given during an inpatient admission; residential
treatment; partial hospitalization; transcranial magnetic stimulation; intravenous ketamine or esketamine.
Services not on this list do not require precertification.
''',
"other/precertification-list-2024.txt": '''
PIMA CANYON COUNTY EMPLOYEE HEALTH BENEFITS TRUST (FICTIONAL) - PRECERTIFICATION LIST, plan year 2024
(07/01/2024-06/30/2025)                                                                  Page 1 of 1
Precertification required: inpatient admissions; electroconvulsive therapy (all settings); residential treatment.
''',
"other/ect-anesthesia-roster-2026-09-14.txt": '''
SONORAN FOOTHILLS HOSPITAL (FICTIONAL) - ECT ANESTHESIA ROSTER                           Date: 09/14/2026
07:15  D. Acheampong-Reyes   outpatient, acute #1
08:00  K. Vasquez-Orr        inpatient, acute #6 (precert DMA-PC-26-0902-1177)
''',
},
truth=r'''
# 04 - County employees' plan: outpatient ECT denied for "no precertification" that the plan's own 2026 list does not require; first appeal by the hospital's UR nurse (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Acheampong-Reyes, 52 (DOB 10/03/1974), covered by the **Pima Canyon County Employee Health Benefits
  Trust**, a **governmental (county) plan, self-funded**, 2,150 employees. **12 outpatient acute ECT treatments
  09/14-10/21/2026** (90870, 00104, revenue code 0901, bill type 131; F32.3) at Sonoran Foothills Hospital.
- Denied **11/05/2026**, CO-197: "Electroconvulsive therapy requires precertification."
- The **2026 Precertification List (SPD Appendix P, plan year 07/01/2026-06/30/2027)** lists ECT only "given during
  an inpatient admission" and says "Services not on this list do not require precertification." These treatments
  were outpatient: **no precertification was required**.
- The **2024 list** ("electroconvulsive therapy (all settings)") governed plan year 2024-25 only.
- Outcome: HAM-D 31 to 8; delusions resolved (remission). Necessity is not disputed by the plan.
- **Rule and stage:** governmental plan: 45 CFR 147.136(b)(2)(i), applying the ERISA claims rule's standards by
  reference; first internal appeal, post-service, within **180 days: by 05/04/2027**; external review (45 CFR
  147.136(c)-(d)) only for a denial turning on medical judgment - not promised here.
- **Author:** the hospital's utilization review nurse, for the hospital (a party to its own claim): she writes for
  the hospital, about "Ms. Acheampong-Reyes"; no patient authorization.

## Deliberately unknown
- Why the administrator applied the ECT rule to outpatient care (an old list loaded?): not known; a letter may ask.
- Whether a precertification was ever requested: none was; a letter must not say one was requested or approved.
- The amount the plan would allow: not in the case.

## Traps
- **Plan document, not medicine:** the winning point is Appendix P's own words; no retro-authorization is needed
  and none should be asked for as the main request.
- **Stale document:** the 2024 list did require ECT precertification in every setting; it does not govern 2026.
- **Other person:** the anesthesia roster's second line (K. Vasquez-Orr, inpatient, with a precertification
  number) is another patient: that number is not this claim's.
- **Drug still taken:** sertraline continues (partial response). **Intolerance:** olanzapine augmentation, 4 weeks,
  weight gain and glucose. **Sleep aid:** melatonin.
- **Not inpatient:** outpatient ECT (bill type 131); never "admission" or "stay".
- **Wrong law:** no ERISA as governing law, no EBSA or Labor Department, no 29 CFR 2560.503-1 cited alone (only
  through 147.136(b)(2)(i)), no state insurance department (self-funded).
- **Voice:** the hospital's nurse; not the patient's "I", not "Dr.", not "my treatment".

## Arguments a strong letter makes (strongest first)
1. The plan's own 2026 Precertification List (Appendix P) does not list outpatient ECT and says services not on it
   need no precertification: the ground fails; reprocess and pay the claim on its terms.
2. Correct the notice's statement that ECT requires precertification: only ECT during an inpatient admission does;
   these were outpatient treatments (bill type 131).
3. The rule applied appears to come from the 2024 list, which no longer governs; ask the administrator to correct
   its system so other outpatient ECT claims are not denied the same way.

## What a letter must NOT say
- "retroactive authorization" as the main request; "precertification was requested" or "approved"; "DMA-PC-26-0902-1177".
- "inpatient", "admission", "stay"; "Vasquez-Orr".
- "failed sertraline"; olanzapine as an adequate trial; melatonin as a trial; "suicidal ideation" as present.
- "ERISA" as governing law, "EBSA", "Department of Labor", "29 CFR 2560.503-1" alone, "state insurance department".
- "external review" promised for this denial; "peer-to-peer"; "medically necessary" as the ground.
''',
answers=[
("Plan type", "plan_type: governmental", "case.yaml"),
("Funding", "funding: self_funded", "case.yaml"),
("CARC", "CO-197", "denial/remittance-notice-2026-11-05.txt"),
("Notice date", "Date: 11/05/2026", "denial/remittance-notice-2026-11-05.txt"),
("Deadline", "by 05/04/2027", "truth"),
("Setting", "Type of bill 131 (hospital outpatient)", "denial/remittance-notice-2026-11-05.txt"),
("Plan document", "APPENDIX P - PRECERTIFICATION LIST", "other/spd-appendix-p-precertification-list-2026.txt"),
("ECT listed only", "electroconvulsive therapy given during an inpatient admission", "other/spd-appendix-p-precertification-list-2026.txt"),
("Unlisted services", "Services not on this list do not require precertification", "other/spd-appendix-p-precertification-list-2026.txt"),
("Stale list", "electroconvulsive therapy (all settings)", "other/precertification-list-2024.txt"),
("Dates of service", "09/14/2026-10/21/2026", "clinical/ect-course-summary-2026-10-21.txt"),
("Outcome", "HAM-D 31 to 8", "clinical/ect-course-summary-2026-10-21.txt"),
("Intolerance", "stopped after 4 weeks for weight gain (6 kg) and rising glucose", "clinical/ect-course-summary-2026-10-21.txt"),
("Other patient's precert", "DMA-PC-26-0902-1177", "other/ect-anesthesia-roster-2026-09-14.txt"),
("Rule", "45 CFR 147.136(b)(2)(i)", "truth"),
("Author relation", "relation: provider", "case.yaml"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 05 - Marketplace plan: adolescent residential continued stay denied "PHP appropriate"; the only in-network
# adolescent PHP has no opening until 01/05/2027. Expedited first internal appeal by the mother.
CASES.append(dict(
slug="05-marketplace-adolescent-residential-php-no-opening-expedited-first-appeal-mother",
yaml=r'''
# FICTIONAL CASE (set 44, case 05) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, CO. Aurelio Brightwater-Duarte, 16, in residential treatment since
# 11/16/2026 after a suicide attempt; continued stay denied from 12/03/2026 (notice 12/02/2026): "can be treated
# in a partial hospitalization program". The only in-network adolescent PHP has no opening until 01/05/2027. His
# mother asks for an expedited internal appeal on 12/06/2026.
patient:
  name: Aurelio Brightwater-Duarte
  salutation: Aurelio
  date_of_birth: 2010-03-22
  member_id: FICT-RMS-7719004-02
  address: |-
    3381 Columbine Court
    Colorado Springs, CO 80918
insurer:
  name: Rocky Meadow Health Plans (FICTIONAL)
  appeals_address: |-
    Rocky Meadow Health Plans - Expedited Appeals (FICTIONAL)
    PO Box 55120
    Denver, CO 80217
  fax: (303) 555-0152
claim:
  number: RMH-UM-26-1202-61937
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-12-02
  service_dates: [2026-12-03, 2026-12-23]
  setting: residential
  procedure_codes: [H0019]
  revenue_codes: ["1001"]
  diagnosis_codes: [F33.2, F41.1]
  denial_reason: >-
    Continued residential treatment is not medically necessary from 12/03/2026. The member is not in imminent
    danger and can be treated in a partial hospitalization program.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  urgent: true
  action: none
  reviewer: {name: "Dr. Harlan Voss-Ibekwe (FICTIONAL)", specialty: adult psychiatry}
alternatives:
  - treatment: Adolescent partial hospitalization program
    level: partial hospitalization
    name: Front Range Youth Day Program (the only in-network adolescent PHP within 60 miles)
    first_opening: 2027-01-05
    why_not: >-
      No opening until 01/05/2027, after the last day requested; the other program on the plan's list takes no
      patients under 18.
    proof: clinical/discharge-planning-note-2026-12-02.txt
treatment:
  name: Residential treatment, continued stay of 21 days (12/03/2026 through 12/23/2026)
  summary: >-
    Continued residential treatment after a suicide attempt on 11/14/2026, with active suicidal ideation as late as
    11/30/2026, until a lower level of care can safely take over.
  plan: >-
    Continued residential stay through 12/23/2026 with daily psychiatry and family therapy twice a week; discharge
    to the partial hospitalization program on its first opening (01/05/2027), with intensive home-based services in
    between if he has had no suicidal ideation for 14 days.
clinical:
  severity: PHQ-A 22 on 11/30/2026
  severity_date: 2026-11-30
  suicidality: active
  suicidality_date: 2026-11-30
  episode_onset: 2026-05
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued in residential treatment
      evidence: {file: clinical/rtc-psychiatry-update-2026-11-30.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2026-05
      end: 2026-05
      kind: antidepressant
      adequate: false
      weeks: 2
      outcome: Stopped after 2 weeks for agitation and insomnia (intolerance)
      evidence: {file: clinical/rtc-psychiatry-update-2026-11-30.txt, page: 1}
    - drug: Weekly outpatient therapy (CBT)
      start: 2026-06
      end: 2026-11
      kind: psychotherapy
      sessions: 20
      adequate: true
      response: none
      outcome: 20 sessions; worsened; suicide attempt 11/14/2026
      evidence: {file: clinical/rtc-psychiatry-update-2026-11-30.txt, page: 1}
urgency:
  reason: >-
    He attempted suicide on 11/14/2026 and had active suicidal ideation with a plan on 11/30/2026; ending
    residential care with no lower level available until 01/05/2027 would leave him at serious risk.
  certified_by: Dr. Mireille Castellanos-Birch, MD
impact:
  hospitalizations: Medical admission 11/14-11/16/2026 after an overdose.
  daily_life: Out of school since 11/14/2026.
author:
  name: Ximena Brightwater-Duarte
  role: Mother (parent of a minor)
  relation: parent
  address: |-
    3381 Columbine Court
    Colorado Springs, CO 80918
  phone: (719) 555-0177
  email: ximena.bd@home.example
provider:
  name: Pikes Ridge Adolescent Residential Center
  credentials: in-network residential treatment center
  npi: "1456007917"
  address: |-
    1200 Garden Mesa Road
    Colorado Springs, CO 80904
  phone: (719) 555-0185
record_dates:
  - {file: clinical/rtc-psychiatry-update-2026-11-30.txt, date: 2026-11-30}
  - {file: clinical/discharge-planning-note-2026-12-02.txt, date: 2026-12-02}
  - {file: clinical/intake-assessment-2026-11-16.txt, date: 2026-11-16}
template: expedited-appeal
copies: [prescriber]
bates_prefix: BRIGHTWATERDUARTE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/concurrent-review-denial-2026-12-02.txt": '''
ROCKY MEADOW HEALTH PLANS (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION (CONCURRENT REVIEW)   Date: 12/02/2026
Member: Aurelio Brightwater-Duarte   DOB 03/22/2010   ID FICT-RMS-7719004-02   Plan: Silver 4500 (Marketplace)
Reference RMH-UM-26-1202-61937   Facility: Pikes Ridge Adolescent Residential Center (H0019, revenue code 1001)
Authorized: 11/16/2026 through 12/02/2026.   Denied: continued stay from 12/03/2026.
Reason: Continued residential treatment is not medically necessary from 12/03/2026. The member is not in imminent
danger and can be treated in a partial hospitalization program.
Reviewer: Dr. Harlan Voss-Ibekwe, adult psychiatry.
You may appeal within 180 days. If waiting could seriously harm the member's health, ask for an expedited appeal;
you may ask for an expedited external review at the same time.
''',
"clinical/rtc-psychiatry-update-2026-11-30.txt": '''
PIKES RIDGE ADOLESCENT RESIDENTIAL CENTER (FICTIONAL) - PSYCHIATRY UPDATE                   Date: 11/30/2026
Patient: Aurelio Brightwater-Duarte   Age 16   Page 1 of 1
PHQ-A 22. Active suicidal ideation with a plan (to overdose again) disclosed in group 11/30; on 1:1 observation.
Admitted 11/16/2026 after an intentional overdose 11/14/2026 (medical admission 11/14-11/16/2026).
Medications: fluoxetine 40 mg daily since 06/2026, partial response, continues. Escitalopram 10 mg 05/2026 stopped
after 2 weeks for agitation and insomnia. Before admission: 20 weekly CBT sessions 06-11/2026, worsening.
Dr. Mireille Castellanos-Birch, MD
''',
"clinical/discharge-planning-note-2026-12-02.txt": '''
PIKES RIDGE ADOLESCENT RESIDENTIAL CENTER (FICTIONAL) - DISCHARGE PLANNING NOTE                Date: 12/02/2026
Patient: Aurelio Brightwater-Duarte   Page 1 of 1
Called Front Range Youth Day Program (the only in-network adolescent PHP within 60 miles) 12/02 10:40: first
opening 01/05/2027; placed on list. Called Summit Adult Day Treatment (on the plan's list): ages 18+ only.
Rocky Meadow care manager informed 12/02 14:15. - T. Okafor, LCSW, discharge planner
''',
"clinical/intake-assessment-2026-11-16.txt": '''
PIKES RIDGE ADOLESCENT RESIDENTIAL CENTER (FICTIONAL) - INTAKE ASSESSMENT                     Date: 11/16/2026
Patient: Aurelio Brightwater-Duarte   Page 1 of 1
Medically cleared after overdose. Denies current suicidal ideation at intake ("I just want to sleep").
Roommate assignment: Room 4 with J. Pettigrew-Lam (admitted 11/09).
''',
},
truth=r'''
# 05 - Marketplace plan: adolescent residential continued stay denied as "PHP appropriate" with no PHP opening; expedited first internal appeal by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Aurelio Brightwater-Duarte, 16 (DOB 03/22/2010), on his family's **individual Marketplace Silver plan (insured,
  CO)**. **Residential treatment** at Pikes Ridge since 11/16/2026 after an **overdose on 11/14/2026**
  (medical admission 11/14-11/16). Authorized through 12/02/2026; **continued stay denied from 12/03/2026**
  (notice **12/02/2026**): "not in imminent danger and can be treated in a partial hospitalization program".
  Reviewer: adult psychiatry.
- The record: **active suicidal ideation with a plan on 11/30/2026** (1:1 observation); PHQ-A 22. The only
  in-network adolescent PHP within 60 miles has **no opening until 01/05/2027**; the other listed program takes only
  adults. The plan's care manager was told 12/02/2026.
- Requested: continued stay **12/03/2026 through 12/23/2026** (21 days), then the PHP on its first opening.
- **Rule and stage:** individual plan: 45 CFR 147.136(b)(3); first internal appeal within 180 days (**by
  05/31/2027**), asked as **expedited** (72 hours) on 12/06/2026; an **expedited external review may run at the
  same time** (45 CFR 147.136(d)(3)). Parity applies (individual market).
- **Author:** his mother, the parent of a minor: no authorization is needed; she writes about "Aurelio".

## Deliberately unknown
- The plan's level-of-care criteria (a licensed set?): not in the case; ask for them.
- Whether the family will owe for days after 12/02 if the appeal fails: not in the case.
- Whether a bed at another adolescent PHP outside 60 miles exists: not known; a letter must not say none exists
  anywhere, only that none was available in the plan's network within reach in time.

## Traps
- **Stale statement:** the intake note (11/16) "Denies current suicidal ideation" is older than the 11/30 update.
- **Suicidality is active** (with a plan) on 11/30/2026, and there was an **attempt** on 11/14/2026.
- **The lower level was not available:** never argue a network gap or an out-of-network exception; the PHP is in
  network but full.
- **Drug still taken:** fluoxetine 40 mg continues (partial response). **Intolerance:** escitalopram, 2 weeks.
- **Psychotherapy** (20 CBT sessions) is not a medication trial.
- **Other person:** his roommate (J. Pettigrew-Lam) on the intake note.
- **Residential is not inpatient or hospital care.** The medical admission was for the overdose, not this claim.
- **Wrong law:** no ERISA (individual plan), no 29 CFR 2590.715-2719, no Medicaid/EPSDT (not Medicaid).
- **Voice:** the mother writes about her son; a parent of a minor needs no authorization.

## Arguments a strong letter makes (strongest first)
1. The lower level the denial names was not available: the only in-network adolescent PHP has no opening until
   01/05/2027, after the last day requested (discharge planning note, 12/02/2026; the plan's care manager told).
2. He is in danger now: active suicidal ideation with a plan on 11/30/2026, after an overdose on 11/14/2026;
   outpatient therapy had already failed to hold him.
3. Expedited appeal within 72 hours, with expedited external review at the same time; a child and adolescent
   psychiatrist as reviewer (the reviewer is an adult psychiatrist).
4. The plan of care with its step-down criteria; parity (45 CFR 147.160, applying 45 CFR 146.136) only as support.

## What a letter must NOT say
- "not in imminent danger" as true; "no suicidal ideation" as current; "passive" for the 11/30 ideation.
- "network gap", "out-of-network exception", "single-case agreement".
- "inpatient" or "hospital" for the residential stay.
- "failed fluoxetine", "stopped fluoxetine"; escitalopram as an adequate trial; CBT among failed drugs.
- "Pettigrew-Lam".
- "ERISA", "29 CFR 2560.503-1" as governing, "EPSDT", "Medicaid".
- The mother's "I" as the patient.
''',
answers=[
("Plan type", "plan_type: individual_aca", "case.yaml"),
("Level of care", "setting: residential", "case.yaml"),
("Notice date", "Date: 12/02/2026", "denial/concurrent-review-denial-2026-12-02.txt"),
("Authorized through", "Authorized: 11/16/2026 through 12/02/2026", "denial/concurrent-review-denial-2026-12-02.txt"),
("Denied from", "Denied: continued stay from 12/03/2026", "denial/concurrent-review-denial-2026-12-02.txt"),
("Lower level named", "can be treated in a partial hospitalization program", "denial/concurrent-review-denial-2026-12-02.txt"),
("PHP first opening", "first opening 01/05/2027", "clinical/discharge-planning-note-2026-12-02.txt"),
("Other program", "ages 18+ only", "clinical/discharge-planning-note-2026-12-02.txt"),
("Current suicidality", "Active suicidal ideation with a plan", "clinical/rtc-psychiatry-update-2026-11-30.txt"),
("Attempt", "intentional overdose 11/14/2026", "clinical/rtc-psychiatry-update-2026-11-30.txt"),
("Stale statement", "Denies current suicidal ideation at intake", "clinical/intake-assessment-2026-11-16.txt"),
("Drug still taken", "fluoxetine 40 mg daily since 06/2026, partial response, continues", "clinical/rtc-psychiatry-update-2026-11-30.txt"),
("Reviewer specialty", "adult psychiatry", "denial/concurrent-review-denial-2026-12-02.txt"),
("Concurrent external review", "expedited external review at the same time", "denial/concurrent-review-denial-2026-12-02.txt"),
("Days requested", "12/03/2026 through 12/23/2026", "case.yaml"),
("Author relation", "relation: parent", "case.yaml"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 06 - Self-funded employer plan (ERISA): two IV ketamine booster infusions denied as after the authorization
# "expired 10/31/2026"; the approval letter runs through 12/14/2026 and the plan's system entered it wrong.
# Second level, the wife as authorized representative.
CASES.append(dict(
slug="06-self-funded-erisa-iv-ketamine-approval-dates-entered-wrong-second-level-wife",
yaml=r'''
# FICTIONAL CASE (set 44, case 06) - every person, plan, provider, number and address is invented.
# Self-funded employer plan under ERISA, 4,100 employees. Desmond Farrow-Lindgren, 41, had six IV ketamine
# infusions approved 09/15/2026 through 12/14/2026 (PA-26-0911-55203). Boosters 5 and 6 (11/02 and 11/16/2026)
# were denied (CO-198) as after an authorization that "expired 10/31/2026"; the plan's portal shows the approval
# entered with that wrong end date. The first level upheld on 12/02/2026; his wife writes the second-level appeal.
patient:
  name: Desmond Farrow-Lindgren
  salutation: Mr. Farrow-Lindgren
  date_of_birth: 1985-01-27
  member_id: FICT-NTB-338201947
  address: |-
    52 Cedar Hollow Drive
    Westerville, OH 43081
insurer:
  name: Northbridge Technologies Employee Health Plan (FICTIONAL), administered by Keystone Benefit Services (FICTIONAL)
  appeals_address: |-
    Keystone Benefit Services - Second Level Appeals (FICTIONAL)
    PO Box 88714
    Columbus, OH 43218
  fax: (614) 555-0139
claim:
  number: KBS-26-1120-508861
  plan_type: employer_erisa
  funding: self_funded
  employees: 4100
  stage: second level
  notice_date: 2026-11-20
  service_dates: [2026-11-02, 2026-11-16]
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-198]
  denial_reason: >-
    Precertification/authorization exceeded. The authorization for these services expired on 10/31/2026.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  coding_correct: true
decisions:
  - date: 2026-12-02
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-31
    reason: >-
      Our records show authorization PA-26-0911-55203 was valid from 09/15/2026 through 10/31/2026. The services
      on 11/02/2026 and 11/16/2026 were after the authorization ended. The denial is upheld.
    corrections:
      - said: Our records show authorization PA-26-0911-55203 was valid from 09/15/2026 through 10/31/2026.
        record: >-
          The approval letter of 09/11/2026 for PA-26-0911-55203 approves six infusions from 09/15/2026 through
          12/14/2026; the plan's portal shows the same number entered with an end date of 10/31/2026.
        file: other/approval-letter-2026-09-11.txt
        page: 1
prior_auth:
  approved:
    number: authorization PA-26-0911-55203
    date: 2026-09-11
    covers: IV ketamine infusions (96365, 96366, J3490), up to 6 infusions, 09/15/2026 through 12/14/2026
    quote: >-
      Approved: intravenous ketamine infusions (96365, 96366, J3490), up to 6 infusions. Approval period:
      09/15/2026 through 12/14/2026.
    file: other/approval-letter-2026-09-11.txt
    from: 2026-09-15
    through: 2026-12-14
    what_went_wrong: the approval was entered in the claims system with an end date of 10/31/2026 instead of 12/14/2026
    entered: other/member-portal-authorizations-2026-11-24.txt
    lines:
      - {code: 96365, units: 6, given: 6}
plan_policy:
  name: Northbridge Technologies Employee Health Plan, Summary Plan Description 2026, Section 5.4 "Precertification"
  number: Section 5.4
  quote: >-
    Services approved through precertification are covered when given within the approval period stated in the
    approval letter, up to the number of services approved.
  file: other/spd-section-5-4-excerpt.txt
treatment:
  name: Intravenous ketamine infusions, boosters 5 and 6 (11/02/2026 and 11/16/2026)
  summary: >-
    Two booster infusions given within the plan's approval period and within the six infusions it approved; the
    plan's only ground is an end date its own approval letter does not contain.
clinical:
  severity: PHQ-9 24 on 09/15/2026; PHQ-9 10 on 11/16/2026
  severity_date: 2026-11-16
  suicidality: none
  suicidality_date: 2026-11-16
  response: PHQ-9 24 (09/15/2026) to 10 (11/16/2026)
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with the infusions
      evidence: {file: clinical/infusion-series-summary-2026-11-16.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-03
      end: 2025-04
      kind: antidepressant
      adequate: false
      weeks: 5
      outcome: Stopped after 5 weeks for low sodium (intolerance)
      evidence: {file: clinical/infusion-series-summary-2026-11-16.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-08
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/infusion-series-summary-2026-11-16.txt, page: 1}
author:
  name: Annika Farrow-Lindgren
  role: Wife and authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-23.txt
  address: |-
    52 Cedar Hollow Drive
    Westerville, OH 43081
  phone: (614) 555-0124
  email: annika.fl@home.example
provider:
  name: Olentangy Infusion and Psychiatry Clinic
  credentials: in-network provider
  npi: "1827008354"
  address: |-
    7700 Sawmill Parkway, Suite 120
    Dublin, OH 43016
  phone: (614) 555-0176
record_dates:
  - {file: clinical/infusion-series-summary-2026-11-16.txt, date: 2026-11-16}
copies: [employer]
employer:
  name: Northbridge Technologies, Inc. (FICTIONAL), Benefits Office
  address: |-
    4000 Polaris Parkway
    Columbus, OH 43240
bates_prefix: FARROWLINDGREN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-11-20.txt": '''
KEYSTONE BENEFIT SERVICES (FICTIONAL), for the Northbridge Technologies Employee Health Plan
EXPLANATION OF BENEFITS                                                              Date: 11/20/2026
Member: Desmond Farrow-Lindgren   ID FICT-NTB-338201947   Claim KBS-26-1120-508861   Page 1 of 1
Provider: Olentangy Infusion and Psychiatry Clinic
11/02/2026  96365, 96366, J3490   Billed $780.00   Paid $0.00   CO-198
11/16/2026  96365, 96366, J3490   Billed $780.00   Paid $0.00   CO-198
CO-198: Precertification/authorization exceeded. The authorization for these services expired on 10/31/2026.
You may appeal within 180 days of receiving this notice.
''',
"denial/first-level-decision-2026-12-02.txt": '''
KEYSTONE BENEFIT SERVICES (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                     Date: 12/02/2026
Member: Desmond Farrow-Lindgren   Claim KBS-26-1120-508861   Page 1 of 1
Our records show authorization PA-26-0911-55203 was valid from 09/15/2026 through 10/31/2026. The services on
11/02/2026 and 11/16/2026 were after the authorization ended. The denial is upheld.
You may request a second-level appeal within 60 days of the date of this decision. After the second level you
may have the right to external review and to bring a civil action under ERISA section 502(a).
''',
"other/approval-letter-2026-09-11.txt": '''
KEYSTONE BENEFIT SERVICES (FICTIONAL) - PRECERTIFICATION APPROVAL                          Date: 09/11/2026
Member: Desmond Farrow-Lindgren   Authorization PA-26-0911-55203   Page 1 of 1
Approved: intravenous ketamine infusions (96365, 96366, J3490), up to 6 infusions. Approval period:
09/15/2026 through 12/14/2026.   Provider: Olentangy Infusion and Psychiatry Clinic.
''',
"other/member-portal-authorizations-2026-11-24.txt": '''
KEYSTONE BENEFIT SERVICES (FICTIONAL) - MEMBER PORTAL - AUTHORIZATIONS (printed 11/24/2026)
Subscriber: Desmond Farrow-Lindgren
PA-26-0911-55203   Desmond Farrow-Lindgren   IV ketamine infusion   6 units   Valid 09/15/2026-10/31/2026
PA-26-0802-41187   Linnea Farrow-Lindgren (dependent)   Physical therapy   12 visits   Valid 08/02/2026-11/01/2026
''',
"other/approval-letter-2025-stale.txt": '''
KEYSTONE BENEFIT SERVICES (FICTIONAL) - PRECERTIFICATION APPROVAL                          Date: 04/02/2025
Member: Desmond Farrow-Lindgren   Authorization PA-25-0402-10944   Page 1 of 1
Approved: transcranial magnetic stimulation, up to 36 sessions. Approval period: 04/07/2025 through 07/06/2025.
''',
"other/spd-section-5-4-excerpt.txt": '''
NORTHBRIDGE TECHNOLOGIES EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)   Page 22
Section 5.4 Precertification. Services approved through precertification are covered when given within the
approval period stated in the approval letter, up to the number of services approved.
''',
"clinical/infusion-series-summary-2026-11-16.txt": '''
OLENTANGY INFUSION AND PSYCHIATRY CLINIC (FICTIONAL) - INFUSION SERIES SUMMARY             Date: 11/16/2026
Patient: Desmond Farrow-Lindgren   DOB 01/27/1985   Page 1 of 1
Infusions under PA-26-0911-55203: 09/15, 09/18, 09/22, 09/25/2026 (series of 4); boosters 11/02 and 11/16/2026.
Six infusions in all. PHQ-9 24 on 09/15/2026, 10 on 11/16/2026. No suicidal ideation.
Medications: escitalopram 20 mg daily since 08/2025, partial response, continues. Mirtazapine 7.5 mg at bedtime
for sleep. Duloxetine 60 mg 03-04/2025 stopped after 5 weeks for low sodium. TMS 2025 (36 sessions): partial
response. Dr. Wendell Osei-Baptiste, MD
''',
"other/authorized-representative-form-2026-11-23.txt": '''
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)                                  Date: 11/23/2026
I, Desmond Farrow-Lindgren, name my wife, Annika Farrow-Lindgren, my authorized representative for claim
KBS-26-1120-508861 and all appeals of it under the Northbridge Technologies Employee Health Plan.
Signed: Desmond Farrow-Lindgren
''',
},
truth=r'''
# 06 - Self-funded ERISA plan: IV ketamine boosters denied as after an authorization end date the approval letter does not contain; second level by the wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Farrow-Lindgren, 41 (DOB 01/27/1985), in the **Northbridge Technologies Employee Health Plan**, a
  **self-funded ERISA plan**, 4,100 employees (administrator Keystone Benefit Services).
- **Approval PA-26-0911-55203 (09/11/2026):** up to **6 infusions**, approval period **09/15/2026 through
  12/14/2026**. Infusions: 09/15, 09/18, 09/22, 09/25 and boosters **11/02 and 11/16/2026**: six in all, every one
  within the period.
- EOB **11/20/2026**: the two boosters denied **CO-198**, "expired on 10/31/2026". The **first-level decision of
  12/02/2026** repeats "valid ... through 10/31/2026". The **portal printout** shows the approval entered with
  that wrong end date.
- **SPD Section 5.4:** services approved are covered "within the approval period stated in the approval letter, up
  to the number of services approved".
- **Rule and stage:** ERISA claims rule, 29 CFR 2560.503-1; **second level**, within 60 days of 12/02/2026:
  **by 01/31/2027**. External review (federal, 29 CFR 2590.715-2719) is for medical-judgment denials; this one is
  not: do not promise it. Claim documents on request: 2560.503-1(h)(2)(iii).
- **Author:** his wife, authorized representative (form of 11/23/2026); she writes about "Mr. Farrow-Lindgren".

## Deliberately unknown
- How the wrong end date was entered: not known; a letter asks the plan to correct it, without guessing why.
- The allowed amount: not in the case.
- Whether more boosters will be asked for after 12/14/2026: not in the case; no extension is at issue.

## Traps
- **Plan document and dates, not medicine:** the approval letter's own period decides; no necessity argument.
- **A decision's wrong statement:** "valid ... through 10/31/2026" against the approval letter's 12/14/2026.
- **Other person:** the portal's second line is his daughter's physical therapy authorization (ending 11/01/2026).
- **Stale document:** the 2025 TMS approval (PA-25-0402-10944) is another treatment and period.
- **Units:** six approved, six given: never "more than approved".
- **Drug still taken:** escitalopram continues (partial response). **Intolerance:** duloxetine, 5 weeks, low sodium.
  **Sleep dose:** mirtazapine 7.5 mg. TMS 2025: partial response, not "failed".
- **J3490 without an NDC:** the denial is not about coding; `coding_correct: true`; no NDC is invented.
- **Wrong law:** no 45 CFR 147.136 as the self-funded route (29 CFR 2590.715-2719 is), no state insurance
  department (self-funded), contra proferentem not stated as law.
- **Voice:** the wife, about him.

## Arguments a strong letter makes (strongest first)
1. The plan's own approval letter approves 6 infusions from 09/15/2026 through 12/14/2026; 11/02 and 11/16/2026
   fall within it, and six were given in all. Under SPD 5.4 they are covered: honor the approval, reprocess and pay.
2. Correct the first-level decision's "through 10/31/2026": that date is the portal's wrong entry, not the approval.
3. Ask the plan to correct its record of the approval so no other claim under it is denied the same way; ask for
   the claim file, including the record of the approval as entered (2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- "expired on 10/31/2026" as true; "after the authorization ended"; "retroactive authorization".
- "more than approved"; "7 infusions"; "Linnea"; "physical therapy"; "PA-25-0402-10944".
- "failed escitalopram"; duloxetine or mirtazapine 7.5 mg as trials; "failed TMS"; "suicidal ideation" as present.
- "45 CFR 147.136" as the external review route; "external review" promised; "state insurance department";
  "ambiguities are construed against the plan" as law.
- "medically necessary" as the ground; "peer-to-peer".
''',
answers=[
("Plan type", "plan_type: employer_erisa", "case.yaml"),
("Funding", "funding: self_funded", "case.yaml"),
("Stage", "stage: second level", "case.yaml"),
("Decision appealed", "FIRST-LEVEL APPEAL DECISION                     Date: 12/02/2026", "denial/first-level-decision-2026-12-02.txt"),
("Deadline", "by 01/31/2027", "truth"),
("Denied dates", "11/02/2026 and 11/16/2026", "denial/first-level-decision-2026-12-02.txt"),
("CARC", "CO-198", "denial/eob-2026-11-20.txt"),
("Approval number", "PA-26-0911-55203", "other/approval-letter-2026-09-11.txt"),
("Approval period", "09/15/2026 through 12/14/2026", "other/approval-letter-2026-09-11.txt"),
("Units approved", "up to 6 infusions", "other/approval-letter-2026-09-11.txt"),
("Wrong entry", "Valid 09/15/2026-10/31/2026", "other/member-portal-authorizations-2026-11-24.txt"),
("Plan document rule", "within the approval period stated in the approval letter", "other/spd-section-5-4-excerpt.txt"),
("Infusions given", "Six infusions in all", "clinical/infusion-series-summary-2026-11-16.txt"),
("Other person on portal", "Linnea Farrow-Lindgren (dependent)", "other/member-portal-authorizations-2026-11-24.txt"),
("Drug still taken", "escitalopram 20 mg daily since 08/2025, partial response, continues", "clinical/infusion-series-summary-2026-11-16.txt"),
("Author relation", "relation: representative", "case.yaml"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 07 - Medicaid managed care (PA): TMS denied for "only two adequate antidepressant trials"; the record holds four
# (sertraline paid by her former managed care plan; mirtazapine raised to 45 mg). State fair hearing after the
# plan's notice of resolution, by a legal aid attorney.
CASES.append(dict(
slug="07-medicaid-mco-tms-four-trials-former-plan-fair-hearing-legal-aid",
yaml=r'''
# FICTIONAL CASE (set 44, case 07) - every person, plan, provider, number and address is invented.
# Medicaid managed care, PA, adult 44. Tanisha Oduya-Kerrigan asked for TMS; the plan denied it (policy BH-TMS-07
# criterion 2: four adequate antidepressant trials in the current episode) and upheld on appeal, notice of
# resolution 10/29/2026: "only two adequate trials; mirtazapine 15 mg is a sleep dose; no other trial on file".
# The record holds four: sertraline (paid by her former Medicaid plan), duloxetine, mirtazapine at 45 mg, and
# bupropion (continuing). Her legal aid attorney asks for a state fair hearing.
patient:
  name: Tanisha Oduya-Kerrigan
  salutation: Ms. Oduya-Kerrigan
  date_of_birth: 1982-07-08
  member_id: FICT-PAMA-4410298831
  address: |-
    2219 North Fairhill Street, Apt 3
    Philadelphia, PA 19133
  phone: (215) 555-0116
insurer:
  name: Keystone Harbor Community Health Plan (FICTIONAL Medicaid managed care plan)
  appeals_address: |-
    Keystone Harbor Community Health Plan - Member Appeals (FICTIONAL)
    PO Box 31042
    Philadelphia, PA 19101
  fax: (215) 555-0149
claim:
  number: KHC-UM-26-0914-20377
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-09-14
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    TMS is not medically necessary. Policy BH-TMS-07 criterion 2 requires an inadequate response to at least four
    antidepressant trials, from at least two classes, each at an adequate dose for at least 6 weeks, in the current
    episode. Two trials are documented.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: "Dr. Conrad Whitlow-Asante (FICTIONAL)", specialty: psychiatry}
decisions:
  - date: 2026-10-29
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-02-26
    reason: >-
      Only two adequate antidepressant trials are documented (duloxetine, bupropion). Mirtazapine 15 mg is a sleep
      dose. No other antidepressant trial is on file. The denial is upheld.
    corrections:
      - said: Mirtazapine 15 mg is a sleep dose.
        record: >-
          The psychiatry note of 09/02/2026 records mirtazapine raised from 15 mg to 45 mg on 05/04/2026 and taken at
          45 mg for 9 weeks to 07/06/2026, without response.
        file: clinical/psychiatry-note-2026-09-02.txt
        page: 1
      - said: No other antidepressant trial is on file.
        record: >-
          Sertraline 150 mg daily from 09/2025 to 12/2025 (12 weeks, no response) was paid by her former Medicaid
          plan; the fill history from that plan and the 09/02/2026 note record it.
        file: other/pharmacy-fill-history-former-plan-2025.txt
        page: 1
external_review:
  agency: Pennsylvania Department of Human Services, Bureau of Hearings and Appeals (address as printed in the notice; FICTIONAL for this test)
  address: |-
    Bureau of Hearings and Appeals (FICTIONAL address)
    PO Box 2675
    Harrisburg, PA 17105
  final_denial_date: 2026-10-29
plan_policy:
  name: Keystone Harbor Community Health Plan clinical policy BH-TMS-07, Transcranial magnetic stimulation
  number: BH-TMS-07
  quote: >-
    TMS is medically necessary when: 1. The member has major depressive disorder, severe, without psychosis.
    2. The member had an inadequate response to at least four antidepressant trials, from at least two
    classes, each at an adequate dose for at least 6 weeks, in the current episode. 3. The member had a trial of
    evidence-based psychotherapy.
  file: other/policy-bh-tms-07.txt
payer_criteria:
  - criterion: "1. Major depressive disorder, severe, without psychosis"
    how_met: "F33.2; PHQ-9 22 on 09/02/2026"
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
  - criterion: "2. Inadequate response to at least four antidepressant trials, two classes, adequate dose, 6 weeks, current episode"
    how_met: "Sertraline 150 mg 12 weeks (SSRI); duloxetine 120 mg 10 weeks (SNRI); mirtazapine 45 mg 9 weeks; bupropion XL 450 mg since 08/2026 (partial response, continuing); episode onset 07/2025"
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
  - criterion: "3. A trial of evidence-based psychotherapy"
    how_met: "16 sessions of CBT, 10/2025-03/2026"
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A course of TMS after adequate trials of sertraline, duloxetine and mirtazapine without response, bupropion
    continuing with only a partial response, and a course of CBT, all in the current episode.
  plan: 36 sessions over 7 to 9 weeks; PHQ-9 weekly; bupropion continued.
clinical:
  severity: PHQ-9 22 on 09/02/2026
  severity_date: 2026-09-02
  suicidality: none
  suicidality_date: 2026-09-02
  episode_onset: 2025-07
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-09
      end: 2025-12
      kind: antidepressant
      adequate: true
      failed: true
      weeks: 12
      response: none
      paid_outside: another plan
      outcome: No response after 12 weeks; paid by her former Medicaid plan
      evidence: {file: other/pharmacy-fill-history-former-plan-2025.txt, page: 1}
    - drug: Vilazodone
      dose: 10 mg daily
      start: 2026-01
      end: 2026-01
      kind: antidepressant
      adequate: false
      weeks: 1
      outcome: Stopped after 1 week for vomiting (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
    - drug: Duloxetine
      dose: 120 mg daily
      start: 2026-01
      end: 2026-04
      kind: antidepressant
      adequate: true
      failed: true
      weeks: 10
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg daily (raised from 15 mg on 05/04/2026)
      start: 2026-04
      end: 2026-07
      kind: antidepressant
      adequate: true
      failed: true
      weeks: 9
      response: none
      outcome: 9 weeks at 45 mg without response
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2026-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continues
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-07
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
    - drug: Cognitive behavioral therapy
      start: 2025-10
      end: 2026-03
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: none
      outcome: 16 sessions; no lasting improvement
      evidence: {file: clinical/psychiatry-note-2026-09-02.txt, page: 1}
impact:
  work: Lost her job as a home health aide in 03/2026.
author:
  name: Gideon Mbeki-Halloran
  role: Staff attorney, Delaware Valley Legal Aid (FICTIONAL), authorized representative
  relation: representative
  authorization: other/authorization-representative-2026-11-05.txt
  address: |-
    Delaware Valley Legal Aid (FICTIONAL), 1500 Walnut Street, 9th Floor
    Philadelphia, PA 19102
  phone: (215) 555-0193
  email: gmh@dvlegalaid.example
provider:
  name: Dr. Samira Quintanilla-Roth
  credentials: MD, psychiatry
  npi: "1638009146"
  address: |-
    Fairhill Community Mental Health Center (FICTIONAL), 2800 North 5th Street
    Philadelphia, PA 19133
  phone: (215) 555-0197
record_dates:
  - {file: clinical/psychiatry-note-2026-09-02.txt, date: 2026-09-02}
  - {file: clinical/psychiatry-note-2025-06-10.txt, date: 2025-06-10}
template: external-review-request
copies: [prescriber]
bates_prefix: ODUYAKERRIGAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-denial-2026-09-14.txt": '''
KEYSTONE HARBOR COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 09/14/2026
Member: Tanisha Oduya-Kerrigan   ID FICT-PAMA-4410298831   Request KHC-UM-26-0914-20377   Page 1 of 1
Service: transcranial magnetic stimulation, 36 sessions (90867, 90868). Decision: DENIED.
TMS is not medically necessary. Policy BH-TMS-07 criterion 2 requires an inadequate response to at least four
antidepressant trials, from at least two classes, each at an adequate dose for at least 6 weeks, in the current
episode. Two trials are documented. Reviewer: Dr. Conrad Whitlow-Asante, psychiatry.
You may appeal to the plan within 60 days of the date of this notice.
''',
"denial/notice-of-appeal-resolution-2026-10-29.txt": '''
KEYSTONE HARBOR COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION              Date: 10/29/2026
Member: Tanisha Oduya-Kerrigan   Request KHC-UM-26-0914-20377   Page 1 of 1
Only two adequate antidepressant trials are documented (duloxetine, bupropion). Mirtazapine 15 mg is a sleep
dose. No other antidepressant trial is on file. The denial is upheld.
You may ask for a State Fair Hearing within 120 days of the date of this notice, by writing to the Department of
Human Services, Bureau of Hearings and Appeals, at the address on the enclosed form.
''',
"clinical/psychiatry-note-2026-09-02.txt": '''
FAIRHILL COMMUNITY MENTAL HEALTH CENTER (FICTIONAL) - PSYCHIATRY NOTE                     Date: 09/02/2026
Patient: Tanisha Oduya-Kerrigan   DOB 07/08/1982   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since 07/2025.
PHQ-9 22. No suicidal ideation.
Trials this episode: sertraline 150 mg 09-12/2025, 12 weeks, no response (former Medicaid plan); vilazodone 10 mg
01/2026 stopped after 1 week for vomiting; duloxetine 120 mg 01-04/2026, 10 weeks, no response; mirtazapine 15 mg
from 04/2026, raised to 45 mg on 05/04/2026, 9 weeks at 45 mg to 07/06/2026, no response; bupropion XL 450 mg
since 07/2026, partial response, continues. Trazodone 50 mg at bedtime for sleep. CBT 16 sessions 10/2025-03/2026.
Plan: TMS, 36 sessions. Dr. Samira Quintanilla-Roth, MD, NPI 1638009146
''',
"clinical/psychiatry-note-2025-06-10.txt": '''
FAIRHILL COMMUNITY MENTAL HEALTH CENTER (FICTIONAL) - PSYCHIATRY NOTE                     Date: 06/10/2025
Patient: Tanisha Oduya-Kerrigan   Page 1 of 1
Previous episode in remission since 2023 on no medication. Escitalopram 10 mg in 2022 worked well then.
Mood stable today. PHQ-9 4.
''',
"other/pharmacy-fill-history-former-plan-2025.txt": '''
LIBERTY BRIDGE HEALTH PARTNERS (FICTIONAL former Medicaid managed care plan) - PHARMACY FILL HISTORY, 2025
Member: Tanisha Oduya-Kerrigan   Coverage with this plan ended 12/31/2025   Page 1 of 1
09/08/2025 sertraline 50 mg #30 | 10/06/2025 sertraline 100 mg #30 | 11/05/2025 sertraline 150 mg #30 |
12/04/2025 sertraline 150 mg #30
Household line (same case number): 10/14/2025 amoxicillin 500 mg #21 - D. Oduya-Kerrigan (son)
''',
"other/policy-bh-tms-07.txt": '''
KEYSTONE HARBOR COMMUNITY HEALTH PLAN (FICTIONAL) - CLINICAL POLICY BH-TMS-07                 Page 1 of 1
TMS is medically necessary when: 1. The member has major depressive disorder, severe, without psychosis.
2. The member had an inadequate response to at least four antidepressant trials, from at least two
classes, each at an adequate dose for at least 6 weeks, in the current episode. 3. The member had a trial of
evidence-based psychotherapy.
''',
"other/authorization-representative-2026-11-05.txt": '''
APPOINTMENT OF REPRESENTATIVE (FICTIONAL)                                          Date: 11/05/2026
I, Tanisha Oduya-Kerrigan, appoint Gideon Mbeki-Halloran, Delaware Valley Legal Aid, to represent me in my
Medicaid appeal and State Fair Hearing about TMS (request KHC-UM-26-0914-20377).
Signed: Tanisha Oduya-Kerrigan
''',
},
truth=r'''
# 07 - Medicaid managed care: TMS denied for "two trials" when the record holds four; state fair hearing by a legal aid attorney (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tanisha Oduya-Kerrigan, 44 (DOB 07/08/1982), in **Medicaid managed care** (Keystone Harbor Community Health
  Plan, PA) since 01/01/2026. TMS (36 sessions; 90867, 90868; F33.2) denied **09/14/2026** under **BH-TMS-07
  criterion 2**; the **notice of appeal resolution of 10/29/2026** upheld: "Only two adequate antidepressant trials
  ... (duloxetine, bupropion). Mirtazapine 15 mg is a sleep dose. No other antidepressant trial is on file."
- Current episode since **07/2025**. Adequate trials in it: **sertraline 150 mg, 12 weeks** (09-12/2025, paid by
  her **former Medicaid plan**, fill history enclosed); **duloxetine 120 mg, 10 weeks**; **mirtazapine 45 mg, 9
  weeks** (raised from 15 mg on 05/04/2026); **bupropion XL 450 mg** since 07/2026, partial response, continuing.
  Four trials, four classes. CBT 16 sessions (criterion 3). Criterion 1 met (F33.2, PHQ-9 22).
- **Rule and stage:** Medicaid managed care: **state fair hearing within 120 days of the notice of resolution,
  42 CFR 438.408(f)(2): by 02/26/2027**; the request goes to the state's hearing office, not to the plan. Medicaid
  parity is 42 CFR 438.910.
- **Author:** a legal aid staff attorney, appointed 11/05/2026; writes about "Ms. Oduya-Kerrigan".

## Deliberately unknown
- Whether bupropion (started 07/2026, 8 weeks at the 09/02 note) counts as a failed trial: it is continuing with a
  partial response; a letter counts it as an adequate trial with an inadequate response, never "failed".
- Whether the plan received the former plan's fill history before 10/29: not in the case.
- Whether she asked for continued benefits: nothing was authorized, so nothing continues (action: none).

## Traps
- **Trials paid outside the plan** (sertraline, former Medicaid plan) are trials.
- **A sleep dose that became a trial:** mirtazapine began at 15 mg but was taken at 45 mg for 9 weeks; trazodone
  50 mg is the real sleep dose.
- **Intolerance:** vilazodone 1 week (vomiting) is not an adequate trial.
- **Earlier-episode response:** escitalopram 2022 "worked well" (stale 2025 note): never a failure, not in this
  episode.
- **Drug still taken:** bupropion continues: never "failed" or "stopped".
- **Other person:** the fill history's household line (her son's amoxicillin).
- **Stage:** fair hearing, not another plan appeal; no external review; no 438.420 continued benefits.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA private-plan rules (438.910 instead), no EPSDT (age 44).

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: four adequate trials of four classes in the current episode (sertraline, duloxetine,
   mirtazapine 45 mg, bupropion), each 6 weeks or more at an adequate dose.
2. Correct the resolution's two statements: mirtazapine was taken at 45 mg for 9 weeks, not as a 15 mg sleep dose;
   sertraline is on file in the former plan's fill history - a trial paid by another plan is a trial.
3. Criteria 1 and 3 are met (F33.2, PHQ-9 22; 16 CBT sessions): every criterion of BH-TMS-07 is met; ask the
   hearing officer to order the plan to authorize the 36 sessions.

## What a letter must NOT say
- "two trials" as true; "mirtazapine 15 mg" as the trial; "no other trial on file" as true.
- "failed bupropion", "stopped bupropion"; vilazodone as adequate; trazodone as a trial; "failed escitalopram".
- "amoxicillin", "D. Oduya-Kerrigan".
- "ERISA", "45 CFR 147.136", "external review", "EPSDT", "continue benefits during the appeal" (438.420).
- "suicidal ideation" as present.
''',
answers=[
("Plan type", "plan_type: medicaid", "case.yaml"),
("Delivery", "delivery: managed_care", "case.yaml"),
("Notice of resolution date", "NOTICE OF APPEAL RESOLUTION              Date: 10/29/2026", "denial/notice-of-appeal-resolution-2026-10-29.txt"),
("Fair hearing deadline", "by 02/26/2027", "truth"),
("Rule", "42 CFR 438.408(f)(2)", "truth"),
("Criterion", "at least four antidepressant trials", "other/policy-bh-tms-07.txt"),
("Wrong statement 1", "Mirtazapine 15 mg is a sleep dose", "denial/notice-of-appeal-resolution-2026-10-29.txt"),
("Mirtazapine dose taken", "raised to 45 mg on 05/04/2026, 9 weeks at 45 mg", "clinical/psychiatry-note-2026-09-02.txt"),
("Wrong statement 2", "No other antidepressant trial is on file", "denial/notice-of-appeal-resolution-2026-10-29.txt"),
("Trial paid by former plan", "12/04/2025 sertraline 150 mg #30", "other/pharmacy-fill-history-former-plan-2025.txt"),
("Episode onset", "current episode since 07/2025", "clinical/psychiatry-note-2026-09-02.txt"),
("Drug still taken", "bupropion XL 450 mg since 07/2026, partial response, continues", "clinical/psychiatry-note-2026-09-02.txt"),
("Intolerance", "stopped after 1 week for vomiting", "clinical/psychiatry-note-2026-09-02.txt"),
("Psychotherapy", "CBT 16 sessions 10/2025-03/2026", "clinical/psychiatry-note-2026-09-02.txt"),
("Other person on a record", "D. Oduya-Kerrigan (son)", "other/pharmacy-fill-history-former-plan-2025.txt"),
("Author relation", "relation: representative", "case.yaml"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 08 - Medicare Advantage HMO: TMS denied pre-service under the plan's internal criteria (five trials incl. an
# augmentation) where the MAC's LCD fully establishes Medicare's criteria (four trials, two classes; psychotherapy).
# Standard pre-service reconsideration by the treating psychiatrist.
CASES.append(dict(
slug="08-medicare-advantage-tms-internal-criteria-vs-lcd-preservice-reconsideration-psychiatrist",
yaml=r'''
# FICTIONAL CASE (set 44, case 08) - every person, plan, contractor, provider, number and address is invented.
# Medicare Advantage HMO, WA. Bernadette Szymanski-Obi, 71, was denied TMS on 11/20/2026 under the plan's internal
# criteria MA-BH-TMS-3 (five antidepressant trials, one an augmentation). Medicare's local coverage determination
# for her area (fictional L99817) fully sets Medicare's criteria: four trials from two classes, or intolerance,
# and psychotherapy. She meets them. Her treating psychiatrist asks for a standard pre-service reconsideration.
patient:
  name: Bernadette Szymanski-Obi
  salutation: Mrs. Szymanski-Obi
  date_of_birth: 1955-04-14
  member_id: FICT-CSM-H9981-447201
  address: |-
    4410 Meridian Avenue North
    Seattle, WA 98103
insurer:
  name: Cascade Silver Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Cascade Silver Medicare Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 91144
    Seattle, WA 98111
  fax: (206) 555-0134
claim:
  number: CSM-OD-26-1120-73318
  plan_type: medicare_advantage
  notice_date: 2026-11-20
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    We denied your request for transcranial magnetic stimulation. Our criteria MA-BH-TMS-3 require five
    antidepressant trials, including one augmentation trial. Four trials are documented and no augmentation trial.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: "Dr. Yusuf Brannstrom-Achebe (FICTIONAL)", specialty: geriatric medicine}
prior_auth:
  requested_on: 2026-11-06
plan_policy:
  name: Cascade Silver internal coverage criteria MA-BH-TMS-3
  number: MA-BH-TMS-3
  quote: >-
    TMS is approved when the member has had an inadequate response to at least five antidepressant trials,
    including at least one augmentation trial, each of 8 weeks or more, and the request is from a board-certified
    psychiatrist.
  file: other/internal-criteria-ma-bh-tms-3.txt
medicare_coverage:
  name: Local coverage determination, Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL MAC, Jurisdiction F)
  number: L99817
  quote: >-
    TMS is reasonable and necessary for major depressive disorder, severe, without psychosis, when: (a) the
    patient has not responded to, or did not tolerate, at least four antidepressant trials from at least two
    classes, each at an adequate dose for an adequate time in the current episode; and (b) the patient had a trial
    of evidence-based psychotherapy of adequate frequency and duration, without significant improvement; and (c)
    there are no contraindications to TMS.
  file: other/lcd-l99817-excerpt.txt
payer_criteria:
  - criterion: "(a) No response to, or intolerance of, four antidepressant trials from two classes in the current episode"
    how_met: "Escitalopram 20 mg 10 weeks (SSRI), venlafaxine XR 225 mg 8 weeks (SNRI), bupropion XL 300 mg 8 weeks (NDRI), nortriptyline stopped for intolerance (TCA); sertraline 100 mg continuing with a partial response"
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
  - criterion: "(b) Evidence-based psychotherapy without significant improvement"
    how_met: "Interpersonal therapy, 14 weekly sessions, 02-05/2026"
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
  - criterion: "(c) No contraindications to TMS"
    how_met: "No implanted metal, no seizure history; pacemaker absent (checked 11/03/2026)"
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A first course of TMS for severe recurrent depression after escitalopram, venlafaxine and bupropion without
    response, nortriptyline stopped for intolerance, sertraline continuing with a partial response, and 14 sessions
    of interpersonal therapy, all in the current episode.
  plan: 36 sessions over 7 to 9 weeks from the approval; PHQ-9 weekly; sertraline continued.
clinical:
  severity: PHQ-9 21 and GDS-15 12 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: passive
  suicidality_date: 2026-11-03
  episode_onset: 2025-09
  exclusions: No implanted metal or device; no seizure history; no psychosis.
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-10
      end: 2025-12
      kind: antidepressant
      adequate: true
      failed: true
      weeks: 10
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-01
      end: 2026-03
      kind: antidepressant
      adequate: true
      failed: true
      weeks: 8
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-04
      end: 2026-06
      kind: antidepressant
      adequate: true
      failed: true
      weeks: 8
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: Nortriptyline
      dose: 50 mg daily
      start: 2026-06
      end: 2026-07
      kind: antidepressant
      adequate: false
      weeks: 3
      outcome: Stopped after 3 weeks for urinary retention and confusion (intolerance)
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2026-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response at 12 weeks; continues (higher doses caused tremor)
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: Interpersonal therapy
      start: 2026-02
      end: 2026-05
      kind: psychotherapy
      sessions: 14
      adequate: true
      response: none
      outcome: 14 weekly sessions without significant improvement
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
author:
  name: Dr. Rafaela Lindqvist-Amadi
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-consent-2026-11-24.txt
  address: |-
    Wallingford Geriatric Psychiatry (FICTIONAL), 1820 North 45th Street
    Seattle, WA 98103
  phone: (206) 555-0188
  email: rla@wallingford-gp.example
provider:
  name: Dr. Rafaela Lindqvist-Amadi
  credentials: MD, psychiatry (board certified in psychiatry and geriatric psychiatry)
  npi: "1199002761"
  address: |-
    1820 North 45th Street
    Seattle, WA 98103
  phone: (206) 555-0188
peer_to_peer:
  availability: Tuesdays and Thursdays 8-9 am
record_dates:
  - {file: clinical/psychiatry-evaluation-2026-11-03.txt, date: 2026-11-03}
  - {file: clinical/primary-care-note-2024-02-12.txt, date: 2024-02-12}
bates_prefix: SZYMANSKIOBI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-denial-2026-11-20.txt": '''
CASCADE SILVER MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE    Date: 11/20/2026
Member: Bernadette Szymanski-Obi   ID FICT-CSM-H9981-447201   Request CSM-OD-26-1120-73318 (received 11/06/2026)
Page 1 of 1
We denied your request for transcranial magnetic stimulation. Our criteria MA-BH-TMS-3 require five
antidepressant trials, including one augmentation trial. Four trials are documented and no augmentation trial.
Reviewer: Dr. Yusuf Brannstrom-Achebe, geriatric medicine.
You have the right to ask us to reconsider. Your request must be received within 65 days of the date of this
notice. Your doctor may ask for you.
''',
"clinical/psychiatry-evaluation-2026-11-03.txt": '''
WALLINGFORD GERIATRIC PSYCHIATRY (FICTIONAL) - TMS EVALUATION                                Date: 11/03/2026
Patient: Bernadette Szymanski-Obi   DOB 04/14/1955   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since 09/2025.
PHQ-9 21; GDS-15 12. Passive death wishes ("tired of living"), no plan or intent.
This episode: escitalopram 20 mg 10/2025-12/2025 (10 weeks, no response); venlafaxine XR 225 mg 01-03/2026
(8 weeks, no response); bupropion XL 300 mg 04-06/2026 (8 weeks, no response); nortriptyline 50 mg 06-07/2026
stopped after 3 weeks for urinary retention and confusion; sertraline 100 mg since 08/2026, partial response,
continues (tremor above 100 mg). Interpersonal therapy 14 weekly sessions 02-05/2026 without significant change.
Screen: no implanted metal or device, no seizures, no psychosis. Plan: TMS 36 sessions.
Dr. Rafaela Lindqvist-Amadi, MD, NPI 1199002761
''',
"clinical/primary-care-note-2024-02-12.txt": '''
GREEN LAKE FAMILY MEDICINE (FICTIONAL) - PRIMARY CARE NOTE                                 Date: 02/12/2024
Patient: Bernadette Szymanski-Obi   Page 1 of 1
Mood good. PHQ-9 3. Off antidepressants since 2023. Spouse (A. Szymanski) seen today for knee pain.
''',
"other/internal-criteria-ma-bh-tms-3.txt": '''
CASCADE SILVER MEDICARE ADVANTAGE (FICTIONAL) - INTERNAL COVERAGE CRITERIA MA-BH-TMS-3       Page 1 of 1
TMS is approved when the member has had an inadequate response to at least five antidepressant trials,
including at least one augmentation trial, each of 8 weeks or more, and the request is from a board-certified
psychiatrist.
''',
"other/lcd-l99817-excerpt.txt": '''
LOCAL COVERAGE DETERMINATION L99817 (FICTIONAL, for this test) - Transcranial Magnetic Stimulation for Major
Depressive Disorder - Medicare Administrative Contractor, Jurisdiction F (includes Washington)       Page 1 of 1
TMS is reasonable and necessary for major depressive disorder, severe, without psychosis, when: (a) the
patient has not responded to, or did not tolerate, at least four antidepressant trials from at least two
classes, each at an adequate dose for an adequate time in the current episode; and (b) the patient had a trial
of evidence-based psychotherapy of adequate frequency and duration, without significant improvement; and (c)
there are no contraindications to TMS.
''',
"other/patient-consent-2026-11-24.txt": '''
PATIENT CONSENT (FICTIONAL)                                                       Date: 11/24/2026
I, Bernadette Szymanski-Obi, ask Dr. Rafaela Lindqvist-Amadi to ask Cascade Silver Medicare Advantage to
reconsider its denial of TMS (request CSM-OD-26-1120-73318), and to send my records for it.
Signed: Bernadette Szymanski-Obi
''',
},
truth=r'''
# 08 - Medicare Advantage: TMS denied under the plan's internal criteria where Medicare's LCD is fully established; pre-service reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL). LCD L99817 is invented.

## What is true
- Bernadette Szymanski-Obi, 71 (DOB 04/14/1955), in **Cascade Silver Medicare Advantage HMO (WA)**. Request
  received 11/06/2026 for TMS, 36 sessions (90867, 90868; F33.2). Denied **11/20/2026** under the plan's
  **internal criteria MA-BH-TMS-3** (five trials including an augmentation, 8 weeks each, a board-certified
  psychiatrist). Reviewer: geriatric medicine.
- **Medicare's local coverage determination L99817** (the MAC for Washington) fully sets Medicare's criteria for
  TMS: (a) four trials from two classes with no response **or intolerance**, in the current episode; (b)
  psychotherapy; (c) no contraindications. She meets each: escitalopram (10 weeks), venlafaxine XR (8),
  bupropion XL (8), nortriptyline (intolerance, 3 weeks) - four classes - plus sertraline continuing with a partial
  response; 14 sessions of interpersonal therapy; no contraindications.
- **Rule:** where Medicare's coverage criteria are fully established, a Medicare Advantage plan may not apply
  internal criteria that add to them, **42 CFR 422.101(b)(6)**; the plan must cover what Original Medicare covers
  (422.101(a)-(b)). Even on its own terms, the prescriber is a board-certified psychiatrist.
- **Rule and stage:** standard **pre-service reconsideration**, within **65 days of the notice: by 01/24/2027**
  (422.582(b)); decided within 30 days (not a Part B drug); an upheld denial goes to the independent review entity
  automatically (422.592). A physician may ask for a pre-service reconsideration without an appointment
  (422.578(c)); her consent is enclosed.
- **Author:** the treating psychiatrist.

## Deliberately unknown
- Whether the plan published MA-BH-TMS-3 with an evidence summary: not in the case; a letter may ask, not assert.
- Whether the request is urgent: passive death wishes without plan or intent; no expedited request is made; a
  letter must not call it urgent or certify harm.
- The plan's decision time once filed is 30 days; the case does not say when the reconsideration will be sent.

## Traps
- **Rule, not the count:** the winning point is 422.101(b)(6): the LCD, not the plan's five-trial rule, governs.
- **Intolerance counts under the LCD** ("or did not tolerate"), but it is not an adequate trial: say it as
  intolerance, never "failed nortriptyline after an adequate trial".
- **Drug still taken:** sertraline 100 mg continues with a partial response: never "failed" or "stopped".
- **Suicidality is passive** (death wishes, no plan or intent): never "active", never a "suicide attempt".
- **Stale note:** the 2024 primary-care note (PHQ-9 3) is from before the episode; its spouse line is another
  person.
- **Augmentation:** none was given; a letter must not invent one - it argues the LCD does not require one.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (Medicare), no state insurance department; no 7-day Part B
  drug clock (TMS is not a drug).
- **Voice:** the psychiatrist writes about "Mrs. Szymanski-Obi".

## Arguments a strong letter makes (strongest first)
1. Medicare's criteria for TMS are fully established in LCD L99817; under 42 CFR 422.101(b)(6) the plan may not
   add its own five-trial and augmentation requirements. The criteria the denial applied are not Medicare's.
2. She meets every LCD criterion: four trials of four classes in the current episode (one ended by intolerance),
   14 sessions of interpersonal therapy, no contraindications.
3. Even the plan's own prescriber requirement is met (board-certified psychiatrist). Offer a peer-to-peer call; the
   reviewer is not a psychiatrist.

## What a letter must NOT say
- "augmentation trial" as given; "five trials" as required by Medicare; "failed sertraline".
- "active suicidal ideation", "suicide attempt", "urgent", "expedited", "72 hours".
- "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "state insurance department", "7 days".
- "PHQ-9 3" as current; "A. Szymanski".
''',
answers=[
("Plan type", "plan_type: medicare_advantage", "case.yaml"),
("Notice date", "Date: 11/20/2026", "denial/notice-of-denial-2026-11-20.txt"),
("Deadline", "by 01/24/2027", "truth"),
("Rule", "42 CFR 422.101(b)(6)", "truth"),
("Criteria applied", "MA-BH-TMS-3", "denial/notice-of-denial-2026-11-20.txt"),
("Medicare's rule", "LOCAL COVERAGE DETERMINATION L99817", "other/lcd-l99817-excerpt.txt"),
("LCD trial count", "at least four antidepressant trials from at least two", "other/lcd-l99817-excerpt.txt"),
("LCD intolerance", "or did not tolerate", "other/lcd-l99817-excerpt.txt"),
("Plan's extra requirement", "including at least one augmentation trial", "other/internal-criteria-ma-bh-tms-3.txt"),
("Intolerance", "stopped after 3 weeks for urinary retention and confusion", "clinical/psychiatry-evaluation-2026-11-03.txt"),
("Drug still taken", "sertraline 100 mg since 08/2026, partial response", "clinical/psychiatry-evaluation-2026-11-03.txt"),
("Psychotherapy", "Interpersonal therapy 14 weekly sessions", "clinical/psychiatry-evaluation-2026-11-03.txt"),
("Suicidality", "no plan or intent", "clinical/psychiatry-evaluation-2026-11-03.txt"),
("Stale note", "PHQ-9 3. Off antidepressants since 2023", "clinical/primary-care-note-2024-02-12.txt"),
("Reviewer specialty", "geriatric medicine", "denial/notice-of-denial-2026-11-20.txt"),
("Author relation", "relation: physician", "case.yaml"),
],
))
