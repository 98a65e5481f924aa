"""Set 28, case 06 (FICTIONAL): Original Medicare Part B, partial hospitalization denied for a certification in the record."""

SLUG = "06-original-medicare-php-certification-and-hours-in-record-qic-reconsideration-lcsw"

CASE_YAML = """
# FICTIONAL CASE (set 28, case 06) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Kentucky. Ruth Abernathy, 71, attended a hospital-based partial hospitalization program
# (PHP) for 19 program days, 09/08-10/02/2026, after an emergency visit for suicidal ideation with a plan. The MAC
# denied the PHP days and upheld the denial on redetermination (11/09/2026): "no physician certification" and "20
# hours per week not shown". The record holds the psychiatrist's certification signed on admission (09/08/2026), a
# recertification (09/24/2026) and weekly schedules of 25 hours. Her PHP therapist, an LCSW appointed on CMS-1696,
# asks the QIC to reconsider.
patient:
  name: Ruth Abernathy
  salutation: Mrs. Abernathy
  date_of_birth: 1955-04-09
  member_id: 7FC2-TR9-KM41
  address: |-
    318 Hollow Creek Road
    Lexington, KY 40505
  phone: (859) 555-0113
insurer:
  name: Medicare Part B, through Bluegrass Medicare Administrative Contractor (FICTIONAL)
  appeals_address: |-
    Central Reconsideration QIC - Part B (address FICTIONAL)
    PO Box 45190
    Columbus, OH 43245
  fax: (614) 555-0179
claim:
  number: 26-283-0917-44120
  plan_type: medicare
  notice_date: 2026-10-26
  appeal_deadline: 2027-05-13
  deadline_basis: >-
    Redetermination notice of 11/09/2026: "You must file your request for reconsideration within 180 days of
    receiving this notice"; receipt presumed 5 days after the notice date (11/14/2026).
  service_dates: [2026-09-08, 2026-10-02]
  setting: partial_hospitalization
  procedure_codes: [G0410, 90834]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Partial hospitalization services are not covered. The records do not contain a physician certification that the
    patient would otherwise require inpatient psychiatric care, and do not show that the patient required a minimum
    of 20 hours per week of therapeutic services. (CARC 50: not deemed a medical necessity by the payer.)
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
decisions:
  - date: 2026-11-09
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    next_deadline: 2027-05-13
    reason: >-
      The redetermination is unfavorable. No physician certification of the need for partial hospitalization was found
      in the records received, and the records do not show a minimum of 20 hours per week of therapeutic services.
    corrections:
      - said: "No physician certification of the need for partial hospitalization was found in the records received"
        record: >-
          The attending psychiatrist, Dr. Olamide Whitford, signed the certification on the day of admission,
          September 8, 2026 (that without the program Mrs. Abernathy would need inpatient psychiatric care), and
          recertified on September 24, 2026; both are in the admission record sent with the redetermination request
        file: clinical/php-admission-certification-2026-09-08.txt
        page: 1
      - said: "the records do not show a minimum of 20 hours per week of therapeutic services"
        record: >-
          The weekly schedules show 25 hours of therapeutic services in each program week (5 days of 5 hours), and
          attendance at all 19 program days
        file: clinical/php-weekly-schedules-and-discharge-2026-10-02.txt
        page: 1
external_review:
  agency: Central Reconsideration QIC - Part B (FICTIONAL), named in the redetermination notice
  address: |-
    Central Reconsideration QIC - Part B (address FICTIONAL)
    PO Box 45190
    Columbus, OH 43245
  final_denial_date: 2026-11-09
medicare_coverage:
  name: Local coverage determination L99640 (FICTIONAL), Partial Hospitalization Programs
  number: L99640
  quote: >-
    Partial hospitalization is covered when: 1. without it the patient would require inpatient psychiatric care; 2. a
    physician certifies that need and the plan of care, at admission, and recertifies it as required; 3. the plan of
    care provides a minimum of 20 hours per week of therapeutic services; 4. the patient can take part actively in
    the program and does not need 24-hour supervision.
  file: other/lcd-l99640-excerpt.txt
payer_criteria:
  - criterion: "1. without it the patient would require inpatient psychiatric care"
    how_met: >-
      Emergency visit 09/04/2026 for suicidal ideation with a plan; the emergency psychiatrist offered admission and
      the PHP was the alternative chosen; the certification says so
    met: true
    evidence: [{file: clinical/emergency-department-note-2026-09-04.txt, page: 1}, {file: clinical/php-admission-certification-2026-09-08.txt, page: 1}]
  - criterion: "2. a physician certifies that need and the plan of care, at admission, and recertifies it as required"
    how_met: Certification signed 09/08/2026 (admission day); recertification signed 09/24/2026
    met: true
    evidence: {file: clinical/php-admission-certification-2026-09-08.txt, page: 1}
  - criterion: "3. the plan of care provides a minimum of 20 hours per week of therapeutic services"
    how_met: 25 hours per program week (5 days of 5 hours); 19 of 19 program days attended
    met: true
    evidence: {file: clinical/php-weekly-schedules-and-discharge-2026-10-02.txt, page: 1}
  - criterion: "4. the patient can take part actively in the program and does not need 24-hour supervision"
    how_met: Lived with her husband, took part in every group, no safety event during the program
    met: true
    evidence: {file: clinical/php-weekly-schedules-and-discharge-2026-10-02.txt, page: 1}
treatment:
  name: Partial hospitalization program (hospital outpatient), 19 program days
  summary: >-
    A hospital-based partial hospitalization program, 19 program days from 09/08 through 10/02/2026, in place of the
    inpatient admission offered after an emergency visit for suicidal ideation with a plan.
clinical:
  severity: PHQ-9 24 on 09/08/2026; PHQ-9 11 on 10/02/2026
  severity_date: 2026-10-02
  suicidality: active
  suicidality_date: 2026-09-04
  response: PHQ-9 24 at admission (09/08/2026), 11 at discharge (10/02/2026); no suicidal ideation at discharge
  response_level: partial
  history:
    - drug: Nortriptyline
      dose: 75 mg daily (level 92)
      start: 2025-03
      end: 2025-07
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks at a therapeutic level; stopped
      evidence: {file: clinical/php-weekly-schedules-and-discharge-2026-10-02.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/php-weekly-schedules-and-discharge-2026-10-02.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-08
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/php-weekly-schedules-and-discharge-2026-10-02.txt, page: 1}
    - drug: Bupropion XL (2017 episode)
      dose: 300 mg daily
      start: 2017-01
      end: 2018-06
      kind: antidepressant
      failed: false
      response: remission
      outcome: Remission in the 2017 episode; tapered while well
      evidence: {file: clinical/php-weekly-schedules-and-discharge-2026-10-02.txt, page: 1}
author:
  name: Colette Brannigan
  role: Licensed clinical social worker (LCSW), her primary therapist in the partial hospitalization program, appointed representative (form CMS-1696)
  relation: clinician
  authorization: other/cms-1696-appointment-2026-11-18.txt
  address: |-
    Lexington Riverside Hospital, Partial Hospitalization Program (FICTIONAL), 1200 Versailles Road
    Lexington, KY 40508
  phone: (859) 555-0142
  email: cbrannigan@lexriverside.example
provider:
  name: Olamide Whitford
  credentials: MD
  npi: "1726408192"
  address: |-
    Lexington Riverside Hospital, Partial Hospitalization Program (FICTIONAL), 1200 Versailles Road
    Lexington, KY 40508
  phone: (859) 555-0143
record_dates:
  - file: clinical/emergency-department-note-2026-09-04.txt
    date: 2026-09-04
  - file: clinical/php-admission-certification-2026-09-08.txt
    date: 2026-09-08
  - file: clinical/php-weekly-schedules-and-discharge-2026-10-02.txt
    date: 2026-10-02
template: external-review-request
bates_prefix: ABERNATHY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/medicare-summary-notice-2026-10-26.txt": """
MEDICARE SUMMARY NOTICE, PART B (FICTIONAL REPRODUCTION)       Date: 10/26/2026
Beneficiary: Ruth Abernathy   Medicare number 7FC2-TR9-KM41 (FICTIONAL)   Claim 26-283-0917-44120
Page 1 of 1

Lexington Riverside Hospital, Partial Hospitalization Program: 09/08/2026-10/02/2026, 19 program days, G0410, 90834.
Medicare approved: $0.00. Partial hospitalization services are not covered. The records do not contain a physician
certification that the patient would otherwise require inpatient psychiatric care, and do not show that the patient
required a minimum of 20 hours per week of therapeutic services. (CARC 50.)
""",
    "denial/redetermination-notice-2026-11-09.txt": """
BLUEGRASS MEDICARE ADMINISTRATIVE CONTRACTOR (FICTIONAL)
MEDICARE REDETERMINATION NOTICE                                Date: 11/09/2026
Beneficiary: Ruth Abernathy   Claim 26-283-0917-44120   Page 1 of 1

The redetermination is unfavorable. No physician certification of the need for partial hospitalization was found in
the records received, and the records do not show a minimum of 20 hours per week of therapeutic services.
You must file your request for reconsideration within 180 days of receiving this notice. Send it to the Central
Reconsideration QIC - Part B, PO Box 45190, Columbus, OH 43245 (address FICTIONAL).
""",
    "clinical/emergency-department-note-2026-09-04.txt": """
LEXINGTON RIVERSIDE HOSPITAL (FICTIONAL) - EMERGENCY DEPARTMENT PSYCHIATRY NOTE          Date: 09/04/2026
Patient: Ruth Abernathy   DOB 04/09/1955   Page 1 of 1
Suicidal ideation with a plan to overdose on stored medication; husband removed the medication. Inpatient psychiatric
admission offered; patient and husband chose the partial hospitalization program, starting 09/08/2026, with a safety
plan and daily contact. Discharged home with her husband.
""",
    "clinical/php-admission-certification-2026-09-08.txt": """
LEXINGTON RIVERSIDE HOSPITAL, PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL)
PHYSICIAN CERTIFICATION AND PLAN OF CARE                       Date: 09/08/2026
Patient: Ruth Abernathy   Attending psychiatrist: Olamide Whitford, MD (NPI 1726408192)
Page 1 of 1

I certify that without partial hospitalization services this patient would require inpatient psychiatric care, and
that the services are furnished under the plan of care below. Signed: Olamide Whitford, MD, 09/08/2026.
Plan of care: 5 days a week, 5 hours a day: 3 therapy groups, 1 individual session (LCSW), medication management.
Recertification: I recertify the need for partial hospitalization and the plan of care. Signed: Olamide Whitford, MD,
09/24/2026.
""",
    "clinical/php-weekly-schedules-and-discharge-2026-10-02.txt": """
LEXINGTON RIVERSIDE HOSPITAL, PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL)
WEEKLY SCHEDULES AND DISCHARGE SUMMARY                         Date: 10/02/2026
Patient: Ruth Abernathy   Page 1 of 1

Program days: 09/08-09/11 (4 days; Labor Day week), 09/14-09/18, 09/21-09/25, 09/28-10/02: 19 of 19 attended.
Therapeutic hours: 25 per full program week (5 days x 5 hours); 20 in the week of 09/08.
Attendance roster excerpt: R.A. present all days. (Row "J.T." on the printed roster is another patient.)
Course: PHQ-9 24 at admission, 11 at discharge; no suicidal ideation at discharge; took part in every group; lives
with her husband; no safety event.
Medication: nortriptyline 75 mg (level 92) 03-07/2025, no response at 16 weeks; desvenlafaxine 100 mg since
08/2025, partial response, continued; trazodone 50 mg at bedtime for sleep. 2017 episode: bupropion XL 300 mg,
remission. Discharged to weekly outpatient therapy and psychiatry.
""",
    "other/lcd-l99640-excerpt.txt": """
LOCAL COVERAGE DETERMINATION L99640 (FICTIONAL) - PARTIAL HOSPITALIZATION PROGRAMS (excerpt)
Partial hospitalization is covered when: 1. without it the patient would require inpatient psychiatric care; 2. a
physician certifies that need and the plan of care, at admission, and recertifies it as required; 3. the plan of
care provides a minimum of 20 hours per week of therapeutic services; 4. the patient can take part actively in the
program and does not need 24-hour supervision.
""",
    "other/iop-discharge-summary-2025.txt": """
BLUEGRASS COMMUNITY COUNSELING (FICTIONAL) - INTENSIVE OUTPATIENT DISCHARGE SUMMARY      Date: 07/31/2025
Patient: Ruth Abernathy. IOP 3 days a week, 06/02-07/31/2025, for the 2025 episode. PHQ-9 13 at discharge.
(An earlier program in the 2025 episode; not the care appealed.)
""",
    "other/cms-1696-appointment-2026-11-18.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, reproduced; FICTIONAL)          Signed: 11/18/2026
Beneficiary: Ruth Abernathy, Medicare number 7FC2-TR9-KM41 (FICTIONAL).
I appoint Colette Brannigan, LCSW, my therapist in the partial hospitalization program, to act as my representative
in connection with my claim or asserted right under Medicare. Signed: Ruth Abernathy. Accepted: Colette Brannigan,
LCSW, 11/18/2026. No fee will be charged.
""",
}

TRUTH = """
# 06 - Original Medicare: partial hospitalization denied for a certification and hours the record holds; QIC reconsideration by the LCSW (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ruth Abernathy, **71** (DOB 04/09/1955), Lexington, KY, has **Original Medicare Part B**.
- After an **emergency visit on 09/04/2026** for suicidal ideation with a plan (inpatient admission offered), she
  attended a **hospital-based partial hospitalization program, 19 program days, 09/08-10/02/2026** (every day
  attended). PHQ-9 24 -> 11; no suicidal ideation at discharge.
- The **physician certification was signed on 09/08/2026** (admission day) by Olamide Whitford, MD, and the
  **recertification on 09/24/2026**; the plan of care and weekly schedules show **25 therapeutic hours a week** (20 in
  the short Labor Day week of 4 days).
- The MSN (**10/26/2026**, claim 26-283-0917-44120, CO-50) and the **redetermination (11/09/2026)** say no certification
  was found and 20 hours a week were not shown: contradicted by the record.
- **Stage and rule:** **QIC reconsideration** (42 CFR 405.960-405.978), filed within **180 days of receipt** of the
  redetermination, receipt presumed 5 days after its date: **by 05/13/2027** (405.962). The QIC's criteria here are
  Medicare's (the fictional LCD L99640; PHP rules at 42 CFR 410.43 and certification at 424.24(e)).
- **Author:** Colette Brannigan, **LCSW**, her PHP therapist, appointed on **CMS-1696 (11/18/2026)**: a clinician who is
  neither a physician nor a prescriber.

## Deliberately unknown
- Whether the certification page reached the MAC with the redetermination request: the case does not hold the
  request's cover sheet; the letter says the record shows it and encloses it, not that the MAC lost it.
- The amount Medicare will pay: not known.
- Whether a QIC will hold that the 20-hour week of 09/08 (4 program days) meets criterion 3: the plan of care itself
  provides 25 hours a week, which is what the criterion asks; the letter should not claim 25 hours in that week.

## Traps
- **A decision's stated fact the record contradicts** (twice): the certification (09/08/2026) and recertification
  (09/24/2026) exist; the schedules show 25 hours a week. This is the winning point, a document.
- **Level of care, not inpatient:** a PHP is never "inpatient" or "a hospital stay"; "from 09/08 through 10/02/2026"
  counts program days (19), not 25 calendar days.
- **Suicidality** was **active** (with a plan) on **09/04/2026**, more than 90 days before the letter, and absent at
  discharge: say it as history with its date, never as a present risk; no Spravato point.
- **Stale/earlier document:** the **2025 IOP discharge** belongs to the earlier episode; it is not the care appealed
  (it may show a lower level tried in 2025, no more).
- **Other person on a document:** roster row **"J.T."** is another patient.
- **Desvenlafaxine continues** (partial): never "failed" or "stopped". **Trazodone 50 mg** is a sleep dose.
  **Bupropion 2017** brought remission: never a failure.
- **Wrong law:** Original Medicare has no plan terms (no "the plan's own policy", no EOC), no Medicare Advantage rules
  (422.x, IRE), no ERISA, no ACA, no parity, no 72-hour/expedited route (405 has none for claims), no ALJ yet.
- **Voice:** the LCSW writes as the treating therapist ("I write as Mrs. Abernathy's therapist in the program"), never
  "physician", "Dr." or "the prescriber"; she may not certify the need herself: the psychiatrist did.

## Arguments a strong letter makes (strongest first)
1. The **certification signed 09/08/2026** and **recertification 09/24/2026** (Exhibit: the admission certification)
   are in the record: the redetermination's "no physician certification was found" is contradicted.
2. The plan of care and weekly schedules show **25 hours a week** of therapeutic services; criterion 3 of L99640 is
   met; all 19 program days attended.
3. Criterion 1: inpatient admission was offered on 09/04/2026 after suicidal ideation with a plan; the PHP was the
   alternative to it. Criterion 4: she took part actively and lived at home.
4. Ask the QIC to reverse and find the 19 program days covered.

## What a letter must NOT say
- "inpatient", "hospital stay", "admitted to the hospital" for the PHP; "25 days of treatment".
- "no certification" conceded; "25 hours in every week" (the first week was 20).
- "current suicidal ideation" / "active suicidal ideation now"; "Spravato".
- "failed desvenlafaxine"; trazodone as a trial; "bupropion failed".
- "the plan's policy", "Evidence of Coverage", "42 CFR 422", "IRE", "ERISA", "45 CFR 147.136", "parity",
  "expedited", "72 hours", "Dr. Brannigan", "as her physician".
"""

ANSWERS = [
    ("clinical/php-admission-certification-2026-09-08.txt", "Signed: Olamide Whitford, MD, 09/08/2026."),
    ("clinical/php-admission-certification-2026-09-08.txt", "09/24/2026"),
    ("clinical/php-admission-certification-2026-09-08.txt", "5 days a week, 5 hours a day"),
    ("clinical/php-weekly-schedules-and-discharge-2026-10-02.txt", "19 of 19 attended"),
    ("clinical/php-weekly-schedules-and-discharge-2026-10-02.txt", "20 in the week of 09/08"),
    ("clinical/php-weekly-schedules-and-discharge-2026-10-02.txt", "is another patient"),
    ("clinical/php-weekly-schedules-and-discharge-2026-10-02.txt", "desvenlafaxine 100 mg since\n08/2025, partial response, continued"),
    ("clinical/php-weekly-schedules-and-discharge-2026-10-02.txt", "bupropion XL 300 mg,\nremission"),
    ("clinical/emergency-department-note-2026-09-04.txt", "Inpatient psychiatric\nadmission offered"),
    ("denial/redetermination-notice-2026-11-09.txt", "No physician certification of the need for partial hospitalization was found"),
    ("denial/redetermination-notice-2026-11-09.txt", "within 180 days of receiving this notice"),
    ("other/lcd-l99640-excerpt.txt", "3. the plan of\ncare provides a minimum of 20 hours per week"),
    ("other/iop-discharge-summary-2025.txt", "not the care appealed"),
    ("other/cms-1696-appointment-2026-11-18.txt", "I appoint Colette Brannigan, LCSW"),
    ("truth", "by 05/13/2027"),
    ("case.yaml", "relation: clinician"),
    ("case.yaml", "setting: partial_hospitalization"),
]
