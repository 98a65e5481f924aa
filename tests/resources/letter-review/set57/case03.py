"""FICTIONAL - set 57, case 03."""
SLUG = "03-medicare-advantage-hmo-bipolar-depression-ect-two-antidepressants-criterion-expedited-reconsideration-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 57, case 03) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Ohio. Harold Vinterberg, 68, bipolar I depression after a hospital stay with weight loss
# and poor intake. The plan denied outpatient acute ECT (11/27/2026) under its internal MA-ECT-3 criterion 2, "two
# antidepressant trials": "records show one antidepressant trial (bupropion)". The policy's own criterion 3 lets
# ECT start without criterion 2 after a prior response to ECT or with inanition. His psychiatrist asks for an
# expedited pre-service reconsideration.
patient:
  name: Harold Vinterberg
  salutation: Mr. Vinterberg
  date_of_birth: 1958-08-19
  member_id: FICT-MA-4R27-883150
  address: |-
    62 Linden Court
    Dayton, OH 45419
  phone: (937) 555-0118
insurer:
  name: Miami Valley Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Miami Valley Senior Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 3390
    Dayton, OH 45401
  fax: (937) 555-0149
claim:
  number: MVSA-PA-26-1124-55063
  plan_type: medicare_advantage
  notice_date: 2026-11-27
  appeal_deadline: 2027-01-31
  deadline_basis: >-
    Notice of denial of medical coverage of 11/27/2026: "You must ask for a reconsideration within 65 calendar days
    from the date of this notice."
  service_dates: [2026-12-09, 2027-01-15]
  sessions: 12
  pending_services: 12
  setting: outpatient
  procedure_codes: [90870, "00104"]
  diagnosis_codes: [F31.4]
  denial_reason: >-
    The request for electroconvulsive therapy does not meet plan policy MA-ECT-3, criterion 2: failure of at least
    two antidepressant medication trials of adequate dose and duration in the current episode. Records show one
    antidepressant trial (bupropion).
  denial_category: medical_necessity
  reviewer: {name: Dr. Evelyn Marsh, specialty: internal medicine}
  urgent: true
  action: none
treatment:
  name: Outpatient acute electroconvulsive therapy (ECT), 12 treatments (90870)
  summary: >-
    An acute course of ECT for severe bipolar I depression that has not responded to lithium, quetiapine or
    lurasidone, in a man who lost 14 pounds and stopped eating and drinking enough during this episode, and whose
    last depressive episode remitted with ECT in 2019.
  plan: >-
    Twelve right unilateral ultrabrief treatments three times a week from 12/09/2026, under general anesthesia, with
    MADRS and cognitive screening weekly; switch to bilateral placement if there is no response by treatment 6;
    stop after 12 or at remission. Lithium is held on treatment mornings; lamotrigine continues.
  alongside: lamotrigine 200 mg daily
clinical:
  severity: MADRS 38 and weight 162 lb on 11/18/2026 (MADRS 41 and 176 lb at hospital admission on 10/12/2026)
  severity_date: 2026-11-18
  suicidality: passive
  suicidality_date: 2026-11-18
  response: MADRS 41 at admission (10/12/2026), 38 at discharge (10/26) and 38 on 11/18/2026
  response_level: none
  episode_onset: 2026-04
  treating_since: 2017-06
  history:
    - drug: Electroconvulsive therapy
      dose: 10 right unilateral treatments
      start: 2019-02
      end: 2019-03
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Earlier episode (2019); remission, MADRS 39 to 8
      evidence: {file: clinical/psychiatry-history-and-visit-2026-11-18.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2022-01
      end: 2022-08
      kind: other
      outcome: Sleep dose only; not a trial for depression
      evidence: {file: clinical/psychiatry-history-and-visit-2026-11-18.txt, page: 1}
    - drug: Lithium carbonate
      dose: 900 mg daily (level 0.8)
      start: 2017-06
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: Maintenance since 2017; continued; no response in this episode at level 0.8
      evidence: {file: clinical/psychiatry-history-and-visit-2026-11-18.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-05-04
      end: 2026-06-22
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 7 weeks; stopped
      evidence: {file: clinical/psychiatry-history-and-visit-2026-11-18.txt, page: 1}
    - drug: Quetiapine
      dose: 300 mg at bedtime
      start: 2026-06-22
      end: 2026-08-31
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: Bipolar depression trial, 10 weeks at 300 mg; no response; stopped
      evidence: {file: clinical/psychiatry-history-and-visit-2026-11-18.txt, page: 1}
    - drug: Lurasidone
      dose: 60 mg daily
      start: 2026-09-01
      end: 2026-09-21
      kind: other
      adequate: false
      outcome: Stopped after 3 weeks for severe akathisia; intolerance, not an adequate trial
      evidence: {file: clinical/psychiatry-history-and-visit-2026-11-18.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2026-10-14
      ongoing: true
      kind: other
      outcome: Started in hospital; titration reached 200 mg on 11/18/2026; too early to judge
      evidence: {file: clinical/hospital-discharge-summary-2026-10-26.txt, page: 1}
impact:
  hospitalizations: >-
    Inpatient psychiatric stay 10/12/2026 through 10/26/2026 for severe bipolar depression with poor oral intake
    and a 14-pound weight loss.
  daily_life: Stays in bed most of the day; his wife prompts every meal; he no longer drives.
payer_criteria:
  - criterion: "1. A diagnosis of a major depressive episode (unipolar or bipolar) of severe intensity."
    how_met: Bipolar I disorder, current episode depressed, severe (F31.4); MADRS 38 on 11/18/2026.
    met: true
    evidence: {file: clinical/psychiatry-history-and-visit-2026-11-18.txt, page: 2}
  - criterion: >-
      2. Failure of at least two antidepressant medication trials of adequate dose and duration in the current
      episode.
    how_met: >-
      In this bipolar episode: bupropion XL 300 mg 7 weeks without response, quetiapine 300 mg 10 weeks without
      response and lithium at a level of 0.8 throughout; lurasidone stopped for akathisia.
    met: false
    evidence: {file: clinical/psychiatry-history-and-visit-2026-11-18.txt, page: 1}
  - criterion: >-
      3. Or: a need for a rapid response (catatonia, inanition, high suicide risk) or a prior response to ECT, in
      which case ECT may start without criterion 2.
    how_met: >-
      Remission with ECT in 2019 (MADRS 39 to 8); inanition in this episode (14-pound loss, poor oral intake,
      inpatient 10/12-10/26/2026).
    met: true
    instead_of: 2
    evidence:
      - {file: clinical/psychiatry-history-and-visit-2026-11-18.txt, page: 1}
      - {file: clinical/hospital-discharge-summary-2026-10-26.txt, page: 1}
  - criterion: "4. A pre-ECT medical and anesthesia evaluation without an unaddressed contraindication."
    how_met: Pre-ECT evaluation 11/20/2026 cleared him; ECG and labs normal.
    met: true
    evidence: {file: clinical/pre-ect-evaluation-2026-11-20.txt, page: 1}
plan_policy:
  name: Miami Valley Senior Advantage Internal Coverage Criteria, Electroconvulsive Therapy
  number: MA-ECT-3
  quote: >-
    ECT is covered when criteria 1, 2 and 4 are met: 1. A diagnosis of a major depressive episode (unipolar or
    bipolar) of severe intensity. 2. Failure of at least two antidepressant medication trials of adequate dose and
    duration in the current episode. 3. Or: a need for a rapid response (catatonia, inanition, high suicide risk)
    or a prior response to ECT, in which case ECT may start without criterion 2. 4. A pre-ECT medical and anesthesia
    evaluation without an unaddressed contraindication.
  file: other/ma-ect-3-internal-criteria-2026.txt
urgency:
  reason: >-
    He lost 14 pounds in this episode and eats only when prompted; a standard 7-day or longer review delays a
    treatment that remitted his last episode, while his intake and weight are still falling.
  certified_by: Dr. Samuel Oduya, MD
author:
  name: Dr. Samuel Oduya, MD
  role: treating psychiatrist
  relation: physician
  address: |-
    Gem City Psychiatric Associates (FICTIONAL), 1800 Far Hills Avenue, Suite 200
    Dayton, OH 45419
  phone: (937) 555-0163
  email: soduya@gemcitypsych.example
provider:
  name: Dr. Samuel Oduya, MD
  credentials: MD, board-certified psychiatrist
  npi: "1348620950"
  address: |-
    1800 Far Hills Avenue, Suite 200
    Dayton, OH 45419
  phone: (937) 555-0163
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - file: clinical/pre-ect-evaluation-2026-11-20.txt
    date: 2026-11-20
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-denial-of-medical-coverage-2026-11-27.txt": """
MIAMI VALLEY SENIOR ADVANTAGE HMO (FICTIONAL)
NOTICE OF DENIAL OF MEDICAL COVERAGE                                        Date of this notice: 11/27/2026
Member: Harold Vinterberg   DOB 08/19/1958   Member ID FICT-MA-4R27-883150   Request MVSA-PA-26-1124-55063
Requested by: Samuel Oduya, MD. Service: electroconvulsive therapy (90870) with anesthesia, 12 treatments.
We denied this request. The request for electroconvulsive therapy does not meet plan policy MA-ECT-3, criterion
2: failure of at least two antidepressant medication trials of adequate dose and duration in the current
episode. Records show one antidepressant trial (bupropion).
Reviewed by Evelyn Marsh, MD (internal medicine).
You have the right to ask us for a reconsideration. You must ask for a reconsideration within 65 calendar days
from the date of this notice. Your doctor may ask for you. If your doctor says waiting could seriously harm your
health, we will give you a fast decision within 72 hours.
""",
"clinical/psychiatry-history-and-visit-2026-11-18.txt": """
GEM CITY PSYCHIATRIC ASSOCIATES (FICTIONAL) - OFFICE VISIT                         Date: 11/18/2026   Page 1 of 2
Patient: Harold Vinterberg   DOB 08/19/1958   Psychiatrist: Samuel Oduya, MD (treating since 06/2017)
Bipolar I disorder; current depressive episode since about 04/2026.
Treatment history:
- 2019 depressive episode: ECT, 10 right unilateral treatments 02-03/2019: remission (MADRS 39 to 8).
- Lithium carbonate 900 mg daily since 06/2017 (level 0.8 on 10/20/2026): maintenance; no response in this
  episode. Continued; held on ECT mornings if ECT is approved.
- Quetiapine 25 mg at bedtime 01/2022-08/2022 for sleep only.
- This episode: bupropion XL 300 mg 05/04/2026-06/22/2026, no response after 7 weeks; quetiapine 300 mg at bedtime
  06/22/2026-08/31/2026, no response after 10 weeks; lurasidone 60 mg 09/01-09/21/2026, stopped for severe
  akathisia; lamotrigine started in hospital 10/14/2026, now 200 mg daily.
Note: in bipolar depression, standard antidepressant trials beyond the bupropion trial are not advised (risk of
switching); the quetiapine and lurasidone trials are the bipolar-depression treatments.

Page 2 of 2
Today: MADRS 38. Weight 162 lb (176 lb in 04/2026). Eats when his wife prompts; fluids about 1 liter a day.
Passive thoughts that he "would be better off not waking"; denies plan or intent. Safety plan reviewed with him
and his wife Joan; firearms removed to his son's house 10/2026.
Assessment: bipolar I disorder, current episode depressed, severe, without psychotic features (F31.4).
Plan: acute ECT (request sent 11/24/2026); pre-ECT evaluation booked 11/20/2026.
""",
"clinical/hospital-discharge-summary-2026-10-26.txt": """
KETTERING VALLEY BEHAVIORAL HEALTH UNIT (FICTIONAL) - DISCHARGE SUMMARY                       Page 1 of 1
Patient: Harold Vinterberg   DOB 08/19/1958   Admitted 10/12/2026   Discharged 10/26/2026
Reason: severe bipolar depression, poor oral intake (weight 176 lb in April to 163 lb), psychomotor slowing.
MADRS 41 at admission, 38 at discharge. IV fluids on 10/13. Lamotrigine started 10/14/2026 (titration).
ECT recommended by the inpatient team; not started in hospital at the patient's wish to first discuss it with
his family; he and his wife have since agreed.
""",
"clinical/pre-ect-evaluation-2026-11-20.txt": """
KETTERING VALLEY ECT SERVICE (FICTIONAL) - PRE-ECT MEDICAL AND ANESTHESIA EVALUATION  Date: 11/20/2026  Page 1 of 1
Patient: Harold Vinterberg   DOB 08/19/1958
History: hypertension (controlled on lisinopril), no cardiac disease. ECG normal sinus rhythm. Labs normal
(sodium 139). Dentition fair. Anesthesia: ASA 2; no contraindication to ECT. Cleared for ECT.
""",
"clinical/ect-suite-schedule-2026-12-09.txt": """
KETTERING VALLEY ECT SERVICE (FICTIONAL) - TENTATIVE SCHEDULE, WEDNESDAY 12/09/2026           Page 1 of 1
07:00  Pruitt, Dorothy       maintenance #14      Dr. Oduya
07:30  Vinterberg, Harold    acute #1 (pending plan approval)   Dr. Oduya
08:00  Galloway, Marcus      acute #7             Dr. Feld
08:30  Yoon, Esther          maintenance #3       Dr. Feld
""",
"other/ma-ect-3-internal-criteria-2026.txt": """
MIAMI VALLEY SENIOR ADVANTAGE (FICTIONAL) - INTERNAL COVERAGE CRITERIA MA-ECT-3 (effective 01/01/2026)  Page 1 of 1
Electroconvulsive therapy
ECT is covered when criteria 1, 2 and 4 are met: 1. A diagnosis of a major depressive episode (unipolar or
bipolar) of severe intensity. 2. Failure of at least two antidepressant medication trials of adequate dose and
duration in the current episode. 3. Or: a need for a rapid response (catatonia, inanition, high suicide risk)
or a prior response to ECT, in which case ECT may start without criterion 2. 4. A pre-ECT medical and anesthesia
evaluation without an unaddressed contraindication.
""",
"other/pharmacy-fill-history-household-2026.txt": """
BUCKEYE FAMILY PHARMACY (FICTIONAL) - FILL HISTORY, ACCOUNT VINTERBERG, 05/2026-11/2026          Page 1 of 1
Patient               Drug                          Fills
Vinterberg, Harold    lithium carbonate 300 mg       6
Vinterberg, Harold    bupropion XL 300 mg            2   (05/04, 06/02)
Vinterberg, Harold    quetiapine 300 mg              3   (06/22, 07/21, 08/19)
Vinterberg, Harold    lurasidone 60 mg               1   (09/01)
Vinterberg, Harold    lamotrigine 100 mg / 200 mg    3
Vinterberg, Joan      sertraline 100 mg              6
Vinterberg, Joan      levothyroxine 75 mcg           6
""",
}

TRUTH = r'''
# 03 - Medicare Advantage HMO: outpatient acute ECT for bipolar I depression denied under "two antidepressant trials"; the policy's own criterion 3 replaces it; expedited pre-service reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Vinterberg, 68 (DOB 08/19/1958), **Medicare Advantage HMO** in Ohio. **Bipolar I disorder, current episode
  depressed, severe** (F31.4), episode since about 04/2026. Treating psychiatrist since 06/2017: Dr. Samuel Oduya.
- Notice of **11/27/2026** denies **12 outpatient acute ECT treatments** (90870, anesthesia) under internal policy
  **MA-ECT-3 criterion 2** ("two antidepressant trials ... current episode"): "Records show one antidepressant trial
  (bupropion)". Reviewer: internal medicine.
- **MA-ECT-3 criterion 3**: "Or: a need for a rapid response (catatonia, inanition, high suicide risk) or a prior
  response to ECT, in which case ECT may start without criterion 2." He has **both**: **ECT remission in 2019**
  (MADRS 39 to 8) and **inanition** (176 to 162 lb, poor intake, IV fluids, inpatient **10/12-10/26/2026**).
  Criteria 1 and 4 are met (MADRS 38 on 11/18; cleared 11/20/2026).
- The bupropion count is true: bupropion XL 300 mg 7 weeks is the only antidepressant in this episode - in bipolar
  depression the other trials were quetiapine 300 mg (10 weeks, no response), lurasidone (3 weeks, **akathisia:
  intolerance**) and lithium (level 0.8, **continued**). Criterion 2 as written is **not met**; the letter argues
  criterion 3 in its place.
- Quetiapine **25 mg in 2022 was a sleep dose**; quetiapine **300 mg in 2026** was a bipolar-depression trial.
  **Lamotrigine 200 mg continues** (too early to judge). Passive thoughts 11/18/2026, no plan; safety plan.
- **Rules:** Medicare Advantage pre-service reconsideration, 65 days from the notice (42 CFR 422.582(b)): **by
  01/31/2027**; expedited (422.584), 72 hours (422.590); a treating physician may ask without being appointed
  (422.578(c)); ECT is not a Part B drug, so the 7-day Part B drug clock does not apply. Upheld denials go to the IRE
  automatically (422.592). Internal coverage criteria are limited by 42 CFR 422.101(b)(6). No parity law (Medicare).
- **Author:** the treating psychiatrist, "I" as treating physician; no CMS-1696 needed for a pre-service request.

## Deliberately unknown
- Whether the reviewer saw the 2019 ECT record: the notice does not say; a letter may say the policy's criterion 3
  was not addressed.
- Whether 12 treatments will suffice: the plan says stop at 12 or remission; no maintenance ECT is requested.
- Original Medicare's coverage rule for ECT: not in the case; the letter argues from MA-ECT-3.

## Traps
- **Do not claim criterion 2 is met** by counting quetiapine, lurasidone or lithium as "antidepressants"; the winning
  point is criterion 3 standing in for it.
- **Sleep dose:** quetiapine 25 mg (2022) is not a trial.
- **Intolerance:** lurasidone (3 weeks, akathisia) is not an adequate trial.
- **Drugs still taken:** lithium and lamotrigine continue - never "failed lithium" as stopped; lithium held only on
  ECT mornings.
- **Earlier-episode response:** ECT in 2019 remitted - a response, the reason ECT is asked for, never a failure.
- **Other people on documents:** the household fill history includes his wife Joan's sertraline and levothyroxine
  (never his trials); the ECT schedule names other patients.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA, no "7 days for a Part B drug".

## Arguments a strong letter makes (strongest first)
1. The plan's own MA-ECT-3 criterion 3 lets ECT start without criterion 2 after a prior response to ECT or with
   inanition; he has both (2019 remission; 14-pound loss, IV fluids, inpatient 10/12-10/26/2026). Criteria 1 and 4
   are met. Approve the 12 treatments.
2. The episode's treatment record: bupropion 7 weeks, quetiapine 300 mg 10 weeks, lithium throughout, lurasidone
   stopped for akathisia; further antidepressants are not advised in bipolar depression.
3. Internal criteria may not be more restrictive than Medicare's rules and must be applied as written
   (422.101(b)(6)); the denial applied criterion 2 and ignored criterion 3.
4. Expedited decision (72 hours) on the physician's statement; peer-to-peer offered.

## What a letter must NOT say
- "criterion 2 is met", "failed two antidepressants", "three antidepressant trials".
- quetiapine 25 mg as a trial; "failed lurasidone" as an adequate trial; "stopped lithium", "failed lamotrigine".
- "ECT failed in 2019"; "Joan's sertraline" or sertraline as his trial; "Pruitt", "Galloway", "Yoon".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "7 calendar days" (Part B drug clock),
  "name and qualifications" as a duty.
'''

ANSWERS = [
    ("denial/notice-of-denial-of-medical-coverage-2026-11-27.txt", "Records show one antidepressant trial (bupropion)"),
    ("denial/notice-of-denial-of-medical-coverage-2026-11-27.txt", "internal medicine"),
    ("other/ma-ect-3-internal-criteria-2026.txt", "in which case ECT may start without criterion 2"),
    ("clinical/psychiatry-history-and-visit-2026-11-18.txt", "remission (MADRS 39 to 8)"),
    ("clinical/psychiatry-history-and-visit-2026-11-18.txt", "Quetiapine 25 mg at bedtime 01/2022-08/2022 for sleep only"),
    ("clinical/psychiatry-history-and-visit-2026-11-18.txt", "stopped for severe\n  akathisia"),
    ("clinical/psychiatry-history-and-visit-2026-11-18.txt", "Weight 162 lb"),
    ("clinical/psychiatry-history-and-visit-2026-11-18.txt", "level 0.8 on 10/20/2026"),
    ("clinical/hospital-discharge-summary-2026-10-26.txt", "IV fluids on 10/13"),
    ("clinical/hospital-discharge-summary-2026-10-26.txt", "Admitted 10/12/2026"),
    ("clinical/pre-ect-evaluation-2026-11-20.txt", "Cleared for ECT"),
    ("clinical/ect-suite-schedule-2026-12-09.txt", "Galloway, Marcus"),
    ("other/pharmacy-fill-history-household-2026.txt", "Vinterberg, Joan      sertraline 100 mg"),
    ("truth", "422.578(c)"),
    ("truth", "by\n  01/31/2027"),
    ("case.yaml", "instead_of: 2"),
]
