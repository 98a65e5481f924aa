SLUG = "02-medicaid-ffs-me-age-17-prtf-level-of-care-php-tried-state-fair-hearing-father"

CASE_YAML = r'''
# FICTIONAL CASE (set 31, case 02) - every person, plan, provider, number and address is invented.
# Maine Medicaid fee-for-service (MaineCare), member aged 17. Caleb Thibodeau's psychiatrist asked for admission to a
# psychiatric residential treatment facility (PRTF). The state's review contractor denied it on 11/05/2026: "partial
# hospitalization is the appropriate level; the member has not tried PHP". He attended a PHP 08/10-09/18/2026 and was
# then hospitalized after an overdose (10/21-11/02/2026). An independent team certified the need for PRTF care on
# 10/30/2026. His father asks the state for a fair hearing (fee-for-service: no plan appeal).
patient:
  name: Caleb Thibodeau
  salutation: Caleb
  date_of_birth: 2009-05-14
  member_id: FICT-MC-5820417-33
  address: |-
    86 Pine Street
    Lewiston, ME 04240
  phone: (207) 555-0126
insurer:
  name: MaineCare fee-for-service, Behavioral Health Utilization Review (FICTIONAL review contractor Kennebec Review Partners)
  appeals_address: |-
    Office of Administrative Hearings - Medicaid Fair Hearings (address FICTIONAL)
    11 State House Station (FICTIONAL)
    Augusta, ME 04333
  fax: (207) 555-0184
claim:
  number: KRP-PRTF-26-110577
  plan_type: medicaid
  delivery: fee_for_service
  notice_date: 2026-11-05
  appeal_deadline: 2027-02-03
  deadline_basis: >-
    Notice of 11/05/2026: "You may ask for a fair hearing within 90 days of the date of this notice" (42 CFR
    431.221(d) sets 90 days as the ceiling).
  setting: residential
  pending_services: [admission to a psychiatric residential treatment facility, estimated 90 to 120 days]
  diagnosis_codes: [F33.2, F41.1]
  denial_reason: >-
    The request for psychiatric residential treatment facility (PRTF) admission does not meet MaineCare criteria
    BH-PRTF-2. Criterion 2 is not met: the member has not tried a less restrictive level of care such as partial
    hospitalization. Partial hospitalization (PHP) is the appropriate level of care.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  reviewer: {name: "Harold Benning, MD", specialty: internal medicine}
  urgent: true
  action: none
  corrections:
    - said: "the member has not tried a less restrictive level of care such as partial hospitalization"
      record: "Caleb attended the Androscoggin Youth PHP for 28 program days, 08/10/2026-09/18/2026, and was discharged after two emergency visits for self-harm during the program."
      file: clinical/php-discharge-summary-2026-09-18.txt
      page: 1
plan_policy:
  name: MaineCare Behavioral Health Medical Necessity Criteria BH-PRTF-2 (FICTIONAL), "PRTF admission, members under 21"
  number: BH-PRTF-2
  quote: >-
    Admission to a PRTF is medically necessary when all of the following are met: 1. a DSM-5 diagnosis that is the
    focus of treatment; 2. treatment at a less restrictive level of care (outpatient, intensive outpatient or
    partial hospitalization) has been tried and has not succeeded, or is not safe; 3. the member shows ongoing risk of
    harm to self or others that cannot be managed at a less restrictive level; 4. a certification of need signed by
    an independent team (42 CFR 441.152-441.153).
  file: other/mainecare-bh-prtf-2-criteria.txt
payer_criteria:
  - criterion: "1. a DSM-5 diagnosis that is the focus of treatment"
    how_met: Major depressive disorder, recurrent, severe (F33.2), with generalized anxiety disorder (F41.1)
    met: true
    evidence: {file: clinical/letter-of-medical-necessity-2026-11-01.txt, page: 1}
  - criterion: "2. treatment at a less restrictive level of care has been tried and has not succeeded, or is not safe"
    how_met: >-
      Weekly outpatient therapy since 2024, an IOP (05/2026-06/2026) and a PHP for 28 program days (08/10-09/18/2026),
      ended after two emergency visits for self-harm; then an overdose and an acute admission (10/21-11/02/2026)
    met: true
    evidence:
      - {file: clinical/php-discharge-summary-2026-09-18.txt, page: 1}
      - {file: clinical/letter-of-medical-necessity-2026-11-01.txt, page: 1}
  - criterion: "3. ongoing risk of harm to self that cannot be managed at a less restrictive level"
    how_met: Overdose on 10/21/2026 with intent to die; active suicidal ideation with a plan on 10/30/2026
    met: true
    evidence: {file: clinical/letter-of-medical-necessity-2026-11-01.txt, page: 1}
  - criterion: "4. a certification of need signed by an independent team"
    how_met: Certification of need signed 10/30/2026 by an independent team (physician, LCSW, RN)
    met: true
    evidence: {file: other/certification-of-need-2026-10-30.txt, page: 1}
alternatives:
  - treatment: partial hospitalization
    level: partial hospitalization
    name: Androscoggin Youth Partial Hospitalization Program (FICTIONAL)
    why_not: >-
      Tried 08/10-09/18/2026 (28 program days); discharged after two emergency visits for self-harm during the
      program; the overdose followed four weeks later
    proof: clinical/php-discharge-summary-2026-09-18.txt
treatment:
  name: Psychiatric residential treatment facility (PRTF) admission
  summary: >-
    Residential psychiatric treatment for a 17-year-old with severe recurrent depression after outpatient, IOP and
    PHP care did not keep him safe and an overdose led to an acute admission.
  plan: Admission to Seacoast Youth Residential Treatment Center (FICTIONAL PRTF), estimated 90-120 days, with family therapy weekly
clinical:
  severity: PHQ-A 24 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: attempt
  suicidality_date: 2026-10-21
  history:
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2023-01
      end: 2023-10
      kind: antidepressant
      response: remission
      outcome: Remission of the 2023 episode; tapered in remission (an earlier episode, not a failed trial)
      evidence: {file: clinical/letter-of-medical-necessity-2026-11-01.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-09
      end: 2026-01
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks
      evidence: {file: clinical/letter-of-medical-necessity-2026-11-01.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/letter-of-medical-necessity-2026-11-01.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-09
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antipsychotic or augmentation trial
      evidence: {file: clinical/letter-of-medical-necessity-2026-11-01.txt, page: 1}
    - drug: Outpatient CBT and IOP (psychotherapy)
      dose: weekly CBT since 2024; IOP 3 days a week 05/2026-06/2026
      start: 2024-03
      kind: psychotherapy
      adequate: true
      ongoing: true
      outcome: Continued; did not prevent the 2026 decline
      evidence: {file: clinical/letter-of-medical-necessity-2026-11-01.txt, page: 1}
impact:
  hospitalizations: [acute psychiatric admission 10/21/2026-11/02/2026 after an overdose]
  work: Out of school since 10/21/2026
urgency:
  reason: >-
    Caleb attempted suicide on 10/21/2026 and had active suicidal ideation with a plan on 10/30/2026; he is at home
    between levels of care, and waiting for a standard hearing could seriously jeopardize his life.
  certified_by: Priya Lindgren-Achebe, MD
author:
  name: Marc Thibodeau
  role: Father of the member (parent of a minor)
  relation: parent
  address: |-
    86 Pine Street
    Lewiston, ME 04240
  phone: (207) 555-0126
  email: marc.thibodeau@mail.example
provider:
  name: Priya Lindgren-Achebe
  credentials: MD (child and adolescent psychiatry)
  npi: "1782145902"
  address: |-
    Androscoggin Child and Family Psychiatry (FICTIONAL), 200 Main Street
    Lewiston, ME 04240
  phone: (207) 555-0137
record_dates:
  - file: clinical/letter-of-medical-necessity-2026-11-01.txt
    date: 2026-11-01
  - file: clinical/php-discharge-summary-2026-09-18.txt
    date: 2026-09-18
template: external-review-request
external_review:
  agency: Maine Office of Administrative Hearings, Medicaid Fair Hearings (FICTIONAL office name)
  address: |-
    Office of Administrative Hearings - Medicaid Fair Hearings (address FICTIONAL)
    11 State House Station (FICTIONAL)
    Augusta, ME 04333
bates_prefix: THIBODEAU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-action-2026-11-05.txt": """
MAINECARE (FICTIONAL NOTICE) - BEHAVIORAL HEALTH UTILIZATION REVIEW
Kennebec Review Partners (FICTIONAL contractor for MaineCare fee-for-service)
NOTICE OF DENIAL OF SERVICE                                         Date of this notice: 11/05/2026
Member: Caleb Thibodeau   DOB 05/14/2009   MaineCare ID FICT-MC-5820417-33   Review number KRP-PRTF-26-110577
Requested by: Priya Lindgren-Achebe, MD   Service: PRTF admission (Seacoast Youth Residential Treatment Center)
Page 1 of 1

Decision: DENIED. The request for psychiatric residential treatment facility (PRTF) admission does not meet
MaineCare criteria BH-PRTF-2. Criterion 2 is not met: the member has not tried a less restrictive level of care
such as partial hospitalization. Partial hospitalization (PHP) is the appropriate level of care.
Reviewer: Harold Benning, MD (internal medicine).

YOUR RIGHT TO A FAIR HEARING: You may ask for a fair hearing within 90 days of the date of this notice. Write to the
Office of Administrative Hearings, 11 State House Station, Augusta, ME 04333, or fax (207) 555-0184. If waiting
could seriously jeopardize the member's life or health, you may ask for an expedited hearing.
""",
"other/mainecare-bh-prtf-2-criteria.txt": """
MAINECARE BEHAVIORAL HEALTH MEDICAL NECESSITY CRITERIA (FICTIONAL)
BH-PRTF-2  PRTF admission, members under 21                           Effective 01/01/2026   Page 1 of 1
Admission to a PRTF is medically necessary when all of the following are met: 1. a DSM-5 diagnosis that is the
focus of treatment; 2. treatment at a less restrictive level of care (outpatient, intensive outpatient or
partial hospitalization) has been tried and has not succeeded, or is not safe; 3. the member shows ongoing risk of
harm to self or others that cannot be managed at a less restrictive level; 4. a certification of need signed by
an independent team (42 CFR 441.152-441.153).
Note: for members under 21, services are reviewed under EPSDT as well as under these criteria.
""",
"clinical/php-discharge-summary-2026-09-18.txt": """
ANDROSCOGGIN YOUTH PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL)
DISCHARGE SUMMARY                                                          Date: 09/18/2026
Patient: Caleb Thibodeau   DOB 05/14/2009   Attending: Samuel Ferreira-Lund, MD (NPI 1403922887)
Page 1 of 1
Program dates: 08/10/2026-09/18/2026, 5 days a week, 6 hours a day; 28 program days attended.
Course: two emergency department visits during the program for self-harm (cutting requiring sutures 08/27/2026;
cutting 09/14/2026). PHQ-A 22 at admission, 23 at discharge. No sustained gain.
Reason for discharge: not safe at this level; referred back to outpatient psychiatry with a recommendation to seek
a higher level of care.
Attendance log page also lists: "M.R., 08/10-08/21" (another patient; not Caleb).
""",
"clinical/letter-of-medical-necessity-2026-11-01.txt": """
ANDROSCOGGIN CHILD AND FAMILY PSYCHIATRY (FICTIONAL)
LETTER OF MEDICAL NECESSITY                                                Date: 11/01/2026
Patient: Caleb Thibodeau   DOB 05/14/2009   Psychiatrist: Priya Lindgren-Achebe, MD (NPI 1782145902)
Page 1 of 1
Diagnoses: major depressive disorder, recurrent, severe without psychotic features (F33.2); generalized anxiety
disorder (F41.1).
History: first episode 2023, remission on fluoxetine 20 mg (01/2023-10/2023), tapered in remission. Current episode
since 08/2025: escitalopram 20 mg 09/2025-01/2026, no response after 16 weeks; sertraline 150 mg since 02/2026,
partial response, continued; quetiapine 25 mg at bedtime for sleep since 09/2026. Weekly CBT since 03/2024; IOP
3 days a week 05/2026-06/2026; PHP 08/10-09/18/2026 (two ED visits for self-harm).
10/21/2026: overdose of about 30 sertraline tablets with intent to die; acute inpatient admission 10/21-11/02/2026.
10/30/2026: PHQ-A 24; active suicidal ideation with a plan. Out of school since 10/21/2026.
Opinion: every less restrictive level has been tried this year and none kept him safe. PRTF care is needed now.
""",
"other/certification-of-need-2026-10-30.txt": """
CERTIFICATION OF NEED FOR INPATIENT PSYCHIATRIC SERVICES UNDER AGE 21 (FICTIONAL FORM)
Patient: Caleb Thibodeau   DOB 05/14/2009   MaineCare ID FICT-MC-5820417-33        Date signed: 10/30/2026
Page 1 of 1
The independent team certifies that: ambulatory care resources available in the community do not meet the
patient's treatment needs; proper treatment requires services on an inpatient basis under the direction of a
physician; and the services can reasonably be expected to improve the patient's condition or prevent further
regression.
Team: Ruth Okafor-Hale, MD; Dana Pelletier, LCSW; Joan Marquis, RN (none employed by the PRTF).
""",
"other/school-504-plan-2024.txt": """
LEWISTON MIDDLE SCHOOL (FICTIONAL) - SECTION 504 PLAN                    Dated 09/12/2024
Student: Caleb Thibodeau, grade 8
Page 1 of 1
Accommodations: extended time; check-ins with the counselor. Note: "Caleb is doing well on his current medicine and
attending every day."
""",
}

TRUTH = """# 02 - MaineCare fee-for-service, member aged 17: PRTF denied as "PHP not tried"; state fair hearing by the father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Caleb Thibodeau, **17** (DOB 05/14/2009), Lewiston, ME, has **MaineCare fee-for-service** Medicaid (no managed-care
  plan). His psychiatrist asked for **PRTF admission**; the state's review contractor **denied it on 11/05/2026**
  (KRP-PRTF-26-110577) under **BH-PRTF-2 criterion 2**: "the member has not tried ... partial hospitalization".
- The record contradicts that stated fact: **PHP 08/10-09/18/2026, 28 program days**, discharged "not safe at this
  level" after **two ED visits for self-harm**; also weekly CBT since 03/2024 and **IOP 05-06/2026**.
- **Overdose with intent to die 10/21/2026**; acute admission 10/21-11/02/2026; **active SI with a plan 10/30/2026**;
  PHQ-A 24. Out of school since 10/21/2026.
- **Certification of need** signed 10/30/2026 by an independent team (criterion 4; 42 CFR 441.152).
- **EPSDT** (42 USC 1396d(a)(16), 1396d(r)(5)): for a member under 21, the state must cover inpatient psychiatric
  services under 21 that are necessary to correct or ameliorate the condition; the criteria's own note says EPSDT
  review applies.
- **Stage and rule:** fee-for-service Medicaid: no plan appeal; the **state fair hearing** is the first step (42 CFR
  431.220(a)); notice: **90 days, by 02/03/2027** (431.221(d) ceiling). Expedited hearing may be asked when time could
  jeopardize life or health (the notice says so; 42 CFR 431.224). Reviewer: an **internist**, not a psychiatrist.
- **Author:** the father, parent of a minor ("my son", "Caleb"); no authorization needed.

## Deliberately unknown
- Whether the PRTF has a bed on a given date: not in the case; a letter must not promise a date.
- Maine's own hearing rules beyond the notice: not in the case; cite the notice and federal rules only.
- What an in-person hearing date would be: unknown.

## Traps
- **A decision's stated fact the record contradicts:** "has not tried ... partial hospitalization" - he did, 28 days.
  The letter corrects it with the PHP discharge summary and page.
- **Fee-for-service, not managed care:** no "plan appeal", no 42 CFR 438.* (438.402, 438.408, 438.420 continued
  benefits), no 120-day managed-care hearing window. No continued-benefits request (a new admission, not a cut).
- **Sertraline continues** with a partial response (never "failed"/"stopped"); **quetiapine 25 mg** is a sleep dose,
  not a trial or augmentation; **fluoxetine 2023** brought remission of an earlier episode (never "failed").
  CBT and IOP are psychotherapy/program care, not drug trials.
- **Other person on a document:** "M.R." on the PHP attendance log is another patient.
- **Stale document:** the **2024 504 plan** ("doing well ... attending every day") is two years old; never as current.
- **Suicidality:** an attempt on 10/21/2026 (within 90 days): present risk; the sentence dates it 10/21 (attempt) and
  10/30 (active SI with a plan).
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review by an IRO, no MHPAEA as the ground, no Medicare.
- **Voice:** the father writes "I" for himself and "my son"; never Caleb's "I".

## Arguments a strong letter makes (strongest first)
1. The denial's only unmet criterion, **BH-PRTF-2 criterion 2**, is met: PHP was **tried (08/10-09/18/2026, 28 program
   days) and did not succeed and was not safe**, after outpatient CBT and IOP; the notice's stated fact is wrong
   (PHP discharge summary). Criteria 1, 3 and 4 are met (diagnosis; the 10/21 attempt and 10/30 plan; the 10/30
   certification of need).
2. **EPSDT** (42 USC 1396d(r)(5)): for a member under 21 the state covers care necessary to correct or ameliorate his
   condition; PHP, the level the notice names, already failed.
3. Ask for an **expedited** fair hearing: attempt 10/21/2026, active SI with a plan 10/30/2026 (psychiatrist's
   letter); a standard timeline could jeopardize his life.
4. The reviewer is an internist: ask that a child and adolescent psychiatrist review it.

## What a letter must NOT say
- "has not tried partial hospitalization" or conceding PHP as next step; "PHP is appropriate".
- "plan appeal", "42 CFR 438", "continued benefits", "aid paid pending" as applying; "120 days".
- "failed sertraline", "stopped sertraline"; quetiapine as a trial or augmentation; "failed fluoxetine".
- "M.R." as Caleb; "doing well" / "attending every day" as current.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "independent review organization".
- Caleb's "I" ("my depression").
"""

ANSWERS = [
    ("clinical/php-discharge-summary-2026-09-18.txt", "28 program days attended"),
    ("clinical/php-discharge-summary-2026-09-18.txt", "not safe at this level"),
    ("clinical/php-discharge-summary-2026-09-18.txt", "M.R., 08/10-08/21"),
    ("denial/notice-of-action-2026-11-05.txt", "the member has not tried a less restrictive level of care"),
    ("denial/notice-of-action-2026-11-05.txt", "within 90 days of the date of this notice"),
    ("denial/notice-of-action-2026-11-05.txt", "Harold Benning, MD (internal medicine)"),
    ("denial/notice-of-action-2026-11-05.txt", "you may ask for an expedited hearing"),
    ("other/certification-of-need-2026-10-30.txt", "Date signed: 10/30/2026"),
    ("other/mainecare-bh-prtf-2-criteria.txt", "services are reviewed under EPSDT"),
    ("clinical/letter-of-medical-necessity-2026-11-01.txt", "overdose of about 30 sertraline tablets with intent to die"),
    ("clinical/letter-of-medical-necessity-2026-11-01.txt", "sertraline 150 mg since 02/2026"),
    ("clinical/letter-of-medical-necessity-2026-11-01.txt", "quetiapine 25 mg at bedtime for sleep"),
    ("clinical/letter-of-medical-necessity-2026-11-01.txt", "remission on fluoxetine 20 mg"),
    ("clinical/letter-of-medical-necessity-2026-11-01.txt", "active suicidal ideation with a plan"),
    ("other/school-504-plan-2024.txt", "Dated 09/12/2024"),
    ("truth", "by 02/03/2027"),
]
