"""FICTIONAL case 01, set 59: Medi-Cal managed care (CA), adult 44, Spanish-speaking, PTSD trauma IOP, pre-service."""

SLUG = "01-medicaid-mco-ca-ptsd-iop-no-hospitalization-said-first-plan-appeal-patient-es"

CASE_YAML = r"""
# FICTIONAL CASE (set 59, case 01) - every person, plan, provider, number and address is invented.
# Medi-Cal managed care (California). Rosa Elena Quintanilla Barrios, 44, Spanish-speaking, asks her plan to
# reverse its pre-service denial of a trauma-focused intensive outpatient program for PTSD. The plan's notice says
# there was no psychiatric hospitalization in the past 12 months and that weekly therapy is enough.
patient:
  name: Rosa Elena Quintanilla Barrios
  salutation: Ms. Quintanilla
  date_of_birth: 1982-05-19
  member_id: FICT-MC-40417729
  language: es
  address: |-
    1187 Olive Grove Lane, Apt 4
    Fresno, CA 93702
  phone: (559) 555-0142
insurer:
  name: Valle Central Health Plan (Medi-Cal managed care plan, FICTIONAL)
  appeals_address: |-
    Valle Central Health Plan - Appeals and Grievances (FICTIONAL)
    PO Box 20418
    Fresno, CA 93778
  fax: (559) 555-0163
claim:
  number: VCH-UM-26-1119-30562
  plan_type: medicaid
  delivery: managed_care
  state: CA
  notice_date: 2026-11-19
  appeal_deadline: 2027-01-18
  deadline_basis: >-
    Notice of Action of 11/19/2026: "You have 60 calendar days from the date of this notice to ask for an appeal
    with Valle Central Health Plan."
  setting: intensive_outpatient
  pending_services: 24 program days
  procedure_codes: [S9480]
  diagnosis_codes: [F43.12, F33.1]
  denial_reason: >-
    Medical necessity for intensive outpatient program (IOP) services is not met under criteria BH-IOP-4. The
    records show no psychiatric hospitalization or emergency visit in the past 12 months. The member is stable with
    weekly outpatient therapy. Routine outpatient treatment is the appropriate level of care.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  reviewer:
    name: Dr. Alan Whitcombe (FICTIONAL)
    specialty: family medicine
  action: none
  corrections:
    - said: The records show no psychiatric hospitalization or emergency visit in the past 12 months.
      record: >-
        She was admitted to St. Alder Behavioral Hospital from 08/03/2026 to 08/11/2026 after an emergency visit
        for suicidal thoughts with a plan, about three and a half months before the request.
      file: clinical/st-alder-discharge-summary-2026-08-11.txt
      page: 1
    - said: The member is stable with weekly outpatient therapy.
      record: >-
        With weekly trauma-focused therapy since 09/08/2026 her PCL-5 went from 64 (09/01/2026) to 59 (10/20/2026)
        and 61 (11/10/2026); she missed 9 work shifts in October and November and had nightly nightmares.
      file: clinical/valley-family-clinic-progress-notes-2026.txt
      page: 2
prior_auth:
  requested_on: 2026-11-12
plan_policy:
  name: Valle Central Health Plan Behavioral Health Criteria BH-IOP-4, Intensive Outpatient Program (2026)
  number: BH-IOP-4
  quote: >-
    IOP is medically necessary when all of the following are met: 1. A DSM-5 diagnosis that is the focus of
    treatment. 2. Moderate or greater impairment in work, home or social functioning. 3. Symptoms have not improved
    with, or need more than, routine outpatient treatment. 4. One of: (a) a psychiatric hospitalization or emergency
    visit within the past 12 months; or (b) a documented risk of hospitalization without a more intensive service.
    5. The member can take part safely in a program that is not 24-hour care.
  file: other/bh-iop-4-criteria-2026.txt
payer_criteria:
  - criterion: "1. A DSM-5 diagnosis that is the focus of treatment"
    how_met: Posttraumatic stress disorder (F43.12), the focus of the program; recurrent major depression (F33.1) beside it
    met: true
    evidence: {file: clinical/valley-family-clinic-progress-notes-2026.txt, page: 1}
  - criterion: "2. Moderate or greater impairment in work, home or social functioning"
    how_met: 9 missed work shifts in October-November 2026; stopped driving after a panic episode; needs her sister to take her children to school
    met: true
    evidence: {file: clinical/valley-family-clinic-progress-notes-2026.txt, page: 2}
  - criterion: "3. Symptoms have not improved with, or need more than, routine outpatient treatment"
    how_met: Weekly trauma-focused therapy since 09/08/2026 (10 sessions) with PCL-5 64 -> 59 -> 61; sertraline 200 mg continued with partial response
    met: true
    evidence: {file: clinical/valley-family-clinic-progress-notes-2026.txt, page: 2}
  - criterion: "4(a). A psychiatric hospitalization or emergency visit within the past 12 months"
    how_met: Emergency visit and admission to St. Alder Behavioral Hospital 08/03/2026-08/11/2026
    met: true
    evidence: {file: clinical/st-alder-discharge-summary-2026-08-11.txt, page: 1}
  - criterion: "5. The member can take part safely in a program that is not 24-hour care"
    how_met: Passive thoughts of death without plan or intent on 11/10/2026; safety plan updated that day; lives with her husband and children
    met: true
    evidence: {file: clinical/safety-plan-2026-11-10.txt, page: 1}
alternatives:
  - treatment: Weekly outpatient psychotherapy (the routine outpatient care the notice names)
    level: outpatient
    why_not: >-
      She has had it weekly since 09/08/2026 (10 sessions of trauma-focused therapy) and her PCL-5 stayed at 59-64,
      with missed work and nightly nightmares; her therapist and psychiatrist both recommend the IOP.
    proof: clinical/valley-family-clinic-progress-notes-2026.txt
treatment:
  name: Trauma-focused intensive outpatient program (IOP), 3 hours a day, 3 days a week, 8 weeks
  summary: >-
    A structured trauma-focused program for PTSD with recurrent depression after a hospitalization in August 2026
    and no adequate improvement with weekly therapy and a continued antidepressant.
  plan: >-
    24 program days over 8 weeks at Sierra Vista Trauma Recovery Center: group skills and trauma processing, weekly
    individual therapy in the program, psychiatric visits every two weeks; PCL-5 and PHQ-9 every two weeks; step
    down to weekly therapy when the PCL-5 is below 45 or after 8 weeks, whichever comes first.
  alongside: sertraline 200 mg daily
clinical:
  severity: PCL-5 61 and PHQ-9 18 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2025-08
  treating_since: 2025-09
  response: PCL-5 64 (09/01/2026), 59 (10/20/2026), 61 (11/10/2026) with weekly therapy and sertraline
  response_level: partial
  history:
    - drug: Paroxetine
      dose: 40 mg daily
      start: 2024-02
      end: 2024-07
      kind: antidepressant
      weeks: 20
      adequate: true
      failed: true
      response: none
      outcome: No response after 20 weeks at 40 mg; stopped
      evidence: {file: clinical/valley-family-clinic-progress-notes-2026.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/valley-family-clinic-progress-notes-2026.txt, page: 1}
    - drug: Prazosin
      dose: 3 mg at bedtime for trauma nightmares
      start: 2026-08
      ongoing: true
      kind: other
      outcome: For nightmares; not an antidepressant trial
      evidence: {file: clinical/st-alder-discharge-summary-2026-08-11.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-09
      end: 2026-06
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/valley-family-clinic-progress-notes-2026.txt, page: 1}
    - drug: Trauma-focused psychotherapy (cognitive processing therapy), weekly
      start: 2026-09-08
      ongoing: true
      kind: psychotherapy
      sessions: 10
      response: partial
      outcome: PCL-5 64 -> 61 after 10 weekly sessions; continuing
      evidence: {file: clinical/valley-family-clinic-progress-notes-2026.txt, page: 2}
impact:
  work: Missed 9 shifts at the packing plant in October and November 2026.
  hospitalizations: St. Alder Behavioral Hospital, 08/03/2026-08/11/2026, after an emergency visit for suicidal thoughts with a plan.
  daily_life: Stopped driving after a panic episode in October 2026; her sister takes the children to school.
author:
  name: Rosa Elena Quintanilla Barrios
  relation: patient
  address: |-
    1187 Olive Grove Lane, Apt 4
    Fresno, CA 93702
  phone: (559) 555-0142
provider:
  name: Sierra Vista Trauma Recovery Center
  credentials: Medi-Cal contracted outpatient mental health program
  npi: "1473920589"
  address: |-
    402 Tulare Street, Suite 210
    Fresno, CA 93721
  phone: (559) 555-0128
record_dates:
  - file: clinical/st-alder-discharge-summary-2026-08-11.txt
    date: 2026-08-11
  - file: clinical/valley-family-clinic-progress-notes-2026.txt
    date: 2026-11-10
  - file: clinical/safety-plan-2026-11-10.txt
    date: 2026-11-10
  - file: clinical/iop-referral-2026-11-12.txt
    date: 2026-11-12
bates_prefix: QUINTANILLA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-action-2026-11-19.txt": """
VALLE CENTRAL HEALTH PLAN (FICTIONAL) - MEDI-CAL MANAGED CARE
NOTICE OF ACTION - DENIAL                                            Date of notice: 11/19/2026
Member: Rosa Elena Quintanilla Barrios   DOB 05/19/1982   Member ID FICT-MC-40417729
Reference: VCH-UM-26-1119-30562   Requested by: Sierra Vista Trauma Recovery Center   Received 11/12/2026
Service requested: intensive outpatient program (S9480), 24 days

Decision: DENIED. Medical necessity for intensive outpatient program (IOP) services is not met under criteria
BH-IOP-4. The records show no psychiatric hospitalization or emergency visit in the past 12 months. The member is
stable with weekly outpatient therapy. Routine outpatient treatment is the appropriate level of care.
Reviewed by: Dr. Alan Whitcombe (FICTIONAL), family medicine, physician reviewer.

Your right to appeal: You have 60 calendar days from the date of this notice to ask for an appeal with Valle
Central Health Plan. Write to Appeals and Grievances, PO Box 20418, Fresno, CA 93778, fax (559) 555-0163, or call
Member Services at (559) 555-0160. After our appeal decision you may ask for a State Hearing.
Language help: Si necesita esta carta en espanol, llame al (559) 555-0160. (Spanish-language help line.)
""",
    "clinical/valley-family-clinic-progress-notes-2026.txt": """
VALLEY FAMILY HEALTH CLINIC (FICTIONAL) - BEHAVIORAL HEALTH PROGRESS NOTES (excerpt, 2026)     Page 1 of 2
Patient: Rosa Elena Quintanilla Barrios   DOB 05/19/1982   Interpreter: Spanish, in person
Psychiatrist: Dr. Miriam Castellanos, MD (FICTIONAL)   Therapist: Luis Ortega, LCSW (FICTIONAL)

History (from intake 09/2025): PTSD after a workplace assault in 2016; treated in 2017 with 12 sessions of
cognitive processing therapy and in remission until a second assault on her brother's property in 08/2025.
Current episode began 08/2025. Paroxetine 40 mg daily 02/2024-07/2024 (prescribed by her prior doctor for low mood
and sleep), no response after 20 weeks, stopped. Sertraline started 09/2025, 200 mg daily since 12/2025.
Trazodone 50 mg at bedtime for sleep 09/2025-06/2026, stopped (morning grogginess).

04/14/2026 (Dr. Castellanos) PCL-5 62, PHQ-9 17. Sertraline 200 mg: some help with mood, none with nightmares.
06/09/2026 (Dr. Castellanos) PCL-5 57, PHQ-9 15. Partial response. Stop trazodone. Continue sertraline 200 mg.
08/18/2026 (Dr. Castellanos) Post-discharge visit after St. Alder admission 08/03-08/11. Prazosin 3 mg at
  bedtime started in hospital for nightmares; continue. Sertraline 200 mg continued.
09/01/2026 (L. Ortega) PCL-5 64, PHQ-9 19. Starts weekly cognitive processing therapy 09/08/2026.
""" + "\n                                                                             Page 2 of 2\n" + """
10/20/2026 (L. Ortega) Session 7 of weekly CPT. PCL-5 59, PHQ-9 17. Nightmares most nights despite prazosin.
  Missed 5 shifts this month. Stopped driving after a panic episode on the highway 10/11.
11/10/2026 (Dr. Castellanos and L. Ortega, joint visit) Session 10 of weekly CPT. PCL-5 61, PHQ-9 18. Missed 4
  more shifts (9 in October-November). Passive thoughts of death ("it would be easier not to wake up"); denies plan
  or intent; no access to firearms. Safety plan reviewed and updated 11/10/2026. Sister takes the children to
  school. Assessment: partial response to sertraline 200 mg and weekly trauma therapy; PTSD symptoms not improving
  after 10 weekly sessions. Plan: refer to Sierra Vista trauma IOP, 3 hours a day, 3 days a week, 8 weeks;
  continue sertraline 200 mg and prazosin 3 mg; continue weekly CPT until the IOP starts.
""",
    "clinical/st-alder-discharge-summary-2026-08-11.txt": """
ST. ALDER BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                                   Page 1 of 1
Patient: Rosa Elena Quintanilla Barrios   DOB 05/19/1982   MRN SAB-0083317
Admitted 08/03/2026 from the emergency department of Fresno Community Medical Center (FICTIONAL)
Discharged 08/11/2026
Reason for admission: suicidal thoughts with a plan to overdose, after nightmares and flashbacks worsened on the
anniversary of the 2025 assault. Diagnoses: PTSD, chronic (F43.12); major depressive disorder, recurrent (F33.1).
Course: sertraline 200 mg continued; prazosin started and raised to 3 mg at bedtime for trauma nightmares.
Suicidal thinking resolved by day 5. Safety plan written with the patient and her husband.
Discharge plan: follow-up with Dr. Castellanos within 7 days; weekly trauma-focused therapy; consider intensive
outpatient program if symptoms persist.
""",
    "clinical/safety-plan-2026-11-10.txt": """
VALLEY FAMILY HEALTH CLINIC (FICTIONAL) - SAFETY PLAN (Spanish and English)                     Page 1 of 1
Patient: Rosa Elena Quintanilla Barrios   First written 08/11/2026 (St. Alder); reviewed and updated 11/10/2026
Warning signs: nightmares two nights in a row; not eating; staying in bed after the children leave.
Coping: breathing practice; walk with her sister; call her pastor.
People to call: husband Tomas (559) 555-0144; sister Marisol (559) 555-0145.
Professionals: Valley Family Health Clinic (559) 555-0127; 988 Suicide and Crisis Lifeline.
Means safety: medicines kept by her husband in a locked box; no firearms in the home.
Current risk (11/10/2026): passive thoughts of death, denies plan or intent.
""",
    "clinical/iop-referral-2026-11-12.txt": """
SIERRA VISTA TRAUMA RECOVERY CENTER (FICTIONAL) - IOP ADMISSION REQUEST                         Page 1 of 1
Date sent to Valle Central Health Plan: 11/12/2026   NPI 1473920589
Patient: Rosa Elena Quintanilla Barrios   Member ID FICT-MC-40417729
Program: trauma-focused IOP, 3 hours a day, 3 days a week, 8 weeks (24 program days), S9480; first opening
12/14/2026. Referred by Dr. Miriam Castellanos, MD, and Luis Ortega, LCSW.
Reason: PTSD with recurrent depression; hospitalized 08/03-08/11/2026; PCL-5 61 after 10 weekly CPT sessions;
partial response to sertraline 200 mg.
""",
    "other/bh-iop-4-criteria-2026.txt": """
VALLE CENTRAL HEALTH PLAN (FICTIONAL) - BEHAVIORAL HEALTH CRITERIA BH-IOP-4 (effective 01/01/2026)  Page 1 of 1
Intensive Outpatient Program (IOP)
IOP is medically necessary when all of the following are met: 1. A DSM-5 diagnosis that is the focus of
treatment. 2. Moderate or greater impairment in work, home or social functioning. 3. Symptoms have not improved
with, or need more than, routine outpatient treatment. 4. One of: (a) a psychiatric hospitalization or emergency
visit within the past 12 months; or (b) a documented risk of hospitalization without a more intensive service.
5. The member can take part safely in a program that is not 24-hour care.
""",
    "other/pharmacy-family-profile-2026-11-15.txt": """
CENTRAL VALLEY DRUG (FICTIONAL) - FAMILY MEDICATION PROFILE, printed 11/15/2026                  Page 1 of 1
Account: QUINTANILLA household, 1187 Olive Grove Lane Apt 4, Fresno, CA 93702
QUINTANILLA BARRIOS, ROSA E   sertraline 100 mg tab, 2 daily      last fill 11/02/2026   Medi-Cal Rx
QUINTANILLA BARRIOS, ROSA E   prazosin 1 mg cap, 3 at bedtime     last fill 11/02/2026   Medi-Cal Rx
QUINTANILLA BARRIOS, ROSA E   trazodone 50 mg tab, 1 at bedtime   last fill 05/20/2026   Medi-Cal Rx
QUINTANILLA, TOMAS            lisinopril 20 mg tab, 1 daily       last fill 10/28/2026   employer plan
QUINTANILLA, TOMAS            atorvastatin 40 mg tab, 1 daily     last fill 10/28/2026   employer plan
QUINTANILLA, ISABELA (age 12) fluticasone nasal spray             last fill 09/30/2026   Medi-Cal Rx
""",
    "other/cpt-completion-letter-2017-03-22.txt": """
FRESNO COUNSELING ASSOCIATES (FICTIONAL) - TREATMENT COMPLETION LETTER                Date: 03/22/2017
Client: Rosa Quintanilla Barrios
Ms. Quintanilla completed 12 sessions of cognitive processing therapy for PTSD. Her PCL-5 fell from 55 to 14.
Her symptoms are in remission and no further treatment is needed at this time.
""",
}

TRUTH = r"""
# 01 - Medi-Cal managed care: trauma IOP for PTSD denied as "no hospitalization in 12 months"; first plan appeal by the patient, Spanish-speaking (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosa Elena Quintanilla Barrios, 44 (DOB 05/19/1982), a Medi-Cal member of **Valle Central Health Plan** (managed
  care, CA), speaks Spanish (`patient.language: es`); the letter is in English and asks for the decision in Spanish too.
- Sierra Vista Trauma Recovery Center asked on **11/12/2026** for a **trauma-focused IOP**, 3 hours a day, 3 days a
  week, 8 weeks (24 program days, S9480; first opening 12/14/2026). Denied **11/19/2026** (VCH-UM-26-1119-30562)
  under BH-IOP-4 by a **family medicine** reviewer: "no psychiatric hospitalization or emergency visit in the past 12
  months", "stable with weekly outpatient therapy".
- **The record contradicts both statements:** emergency visit and admission to **St. Alder Behavioral Hospital
  08/03/2026-08/11/2026** (suicidal thoughts with a plan) - criterion 4(a) is met on its own words; with weekly
  cognitive processing therapy since 09/08/2026 (10 sessions) the **PCL-5 went 64 -> 59 -> 61**, PHQ-9 18, 9 missed
  shifts, stopped driving.
- Drugs: **sertraline 200 mg continues** (partial response, taken alongside); **paroxetine 40 mg 02-07/2024**, 20
  weeks, no response (adequate failed trial, from before this episode began 08/2025); **prazosin 3 mg** for nightmares
  (not an antidepressant); **trazodone 50 mg** for sleep, stopped 06/2026 (not a trial).
- Suicidality: **passive** thoughts of death on 11/10/2026, no plan or intent; active ideation with a plan was in
  **August 2026** (history). Safety plan written 08/11/2026, updated 11/10/2026.
- **Rule and stage:** Medicaid managed care, first plan appeal, **60 days from the notice (42 CFR 438.402(c)(2)(ii)):
  by 01/18/2027**; then a State Hearing within 120 days of the plan's resolution (438.408(f)(2)). Pre-service, new
  request: no continuation of benefits issue (`action: none`). Expedited appeal is possible (438.410) but not asked.
  Medicaid parity is 42 CFR 438.910, not MHPAEA's employer rules. The patient is 44: **no EPSDT**.
{ANSWERS}

## Deliberately unknown
- Whether the plan had the St. Alder discharge summary when it decided (the request lists the admission; the summary
  was not attached): not known; a letter may say the record enclosed shows it, not that the plan ignored it.
- Whether Medi-Cal's own criteria or the plan's BH-IOP-4 govern (the plan cites its own): not argued.
- The reviewer's licence or board status beyond "family medicine".

## Traps
- **A decision's wrong statement:** "no psychiatric hospitalization ... in the past 12 months" against an admission
  that ended 3 months before the request. The winning point is clinical but lies in one dated record.
- **Earlier episode:** 2017 CPT brought remission (the stale 2017 completion letter says "no further treatment is
  needed"); that is an earlier episode's **response**, not a failed trial, and not a reason to deny now.
- **Drug still taken:** sertraline 200 mg continues with partial response - never "failed" or "stopped".
- **Sleep dose / other purpose:** trazodone 50 mg (sleep), prazosin (nightmares) are not antidepressant trials.
- **Suicidality in time:** passive now; the plan to overdose was in August. A letter must not say she has active
  suicidal ideation or a plan now.
- **Other people on documents:** the pharmacy family profile lists her husband (Tomas) and daughter (Isabela) with their
  medicines; the safety plan names her husband and sister. Nothing about them belongs in the letter.
- **Voice:** the patient signs: "I", "my treatment"; never "Ms. Quintanilla has ..." about herself.
- **Language:** the letter stays English; it asks for notices in Spanish as well.

## Arguments a strong letter makes (strongest first)
1. Criterion 4(a) is met on the plan's own words: emergency visit and admission 08/03-08/11/2026 (St. Alder discharge
   summary); correct the notice's statement.
2. Criterion 3: weekly trauma therapy (10 sessions) and sertraline 200 mg have brought only a partial response (PCL-5
   64 -> 61, PHQ-9 18); the lower level named has been tried and is not enough. Correct "stable".
3. Criteria 1, 2 and 5 met from the record (diagnosis; missed work, stopped driving; passive ideation with an updated
   safety plan); the program's plan with its step-down rule.
4. Ask for a psychiatrist's review (the reviewer is family medicine), the criteria and the case file; note the State
   Hearing after the plan's decision; ask for the decision in Spanish as well.

## What a letter must NOT say
- "no hospitalization", "has never been hospitalized"; "stable".
- "failed sertraline", "stopped sertraline"; trazodone or prazosin as an antidepressant trial; "three failed antidepressants".
- "active suicidal ideation" or "a plan to overdose" as current; "2017 therapy failed".
- "Tomas", "Isabela", lisinopril, atorvastatin as hers.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "EPSDT", "MHPAEA" as the employer rule.
- "Ms. Quintanilla has ..." in her own signed letter.
"""

ANSWERS = [
    ("Date of the notice", "Date of notice: 11/19/2026", "denial/notice-of-action-2026-11-19.txt"),
    ("Reference number", "VCH-UM-26-1119-30562", "denial/notice-of-action-2026-11-19.txt"),
    ("Appeal window on the notice", "60 calendar days from the date of this notice", "denial/notice-of-action-2026-11-19.txt"),
    ("Reviewer's specialty", "family medicine", "denial/notice-of-action-2026-11-19.txt"),
    ("Admission date", "Admitted 08/03/2026", "clinical/st-alder-discharge-summary-2026-08-11.txt"),
    ("Discharge date", "Discharged 08/11/2026", "clinical/st-alder-discharge-summary-2026-08-11.txt"),
    ("Latest PCL-5", "PCL-5 61, PHQ-9 18", "clinical/valley-family-clinic-progress-notes-2026.txt"),
    ("Weekly therapy sessions before the request", "Session 10 of weekly CPT", "clinical/valley-family-clinic-progress-notes-2026.txt"),
    ("Antidepressant still taken", "continue sertraline 200 mg and prazosin 3 mg", "clinical/valley-family-clinic-progress-notes-2026.txt"),
    ("Failed earlier trial", "Paroxetine 40 mg daily 02/2024-07/2024", "clinical/valley-family-clinic-progress-notes-2026.txt"),
    ("Sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/valley-family-clinic-progress-notes-2026.txt"),
    ("Current suicidality", "Current risk (11/10/2026): passive thoughts of death, denies plan or intent", "clinical/safety-plan-2026-11-10.txt"),
    ("Program asked for", "3 hours a day, 3 days a week, 8 weeks (24 program days)", "clinical/iop-referral-2026-11-12.txt"),
    ("Criterion 4(a) words", "a psychiatric hospitalization or emergency visit within the past 12 months", "other/bh-iop-4-criteria-2026.txt"),
    ("Another person on a document", "QUINTANILLA, TOMAS", "other/pharmacy-family-profile-2026-11-15.txt"),
    ("Patient's language", "language: es", "case.yaml"),
]
