SLUG = "chip-az-teen-16-ptsd-iop-not-tried-outpatient-said-first-appeal-mother-es"

CASE_YAML = r'''
# FICTIONAL CASE (set 63, case 01) - every person, plan, program, number and address is invented.
# Separate CHIP (managed care), Arizona. Ximena Paredes Villalobos, 16, PTSD and depression; the plan denied a
# trauma-focused adolescent IOP saying no adequate outpatient trial and no impairment ("attending school").
# Her mother, whose language is Spanish, writes the first plan appeal before the care.
patient:
  name: Ximena Paredes Villalobos
  salutation: Ximena
  date_of_birth: 2010-05-14
  member_id: FICT-DBK-40771852
  language: es
  address: |-
    2217 West Tierra Buena Lane
    Mesa, AZ 85201
  phone: (602) 555-0131
insurer:
  name: Desert Bloom KidsCare Health Plan (FICTIONAL)
  appeals_address: |-
    Desert Bloom KidsCare Health Plan - Appeals and Grievances (FICTIONAL)
    PO Box 41870
    Tempe, AZ 85285
  fax: (480) 555-0148
claim:
  number: DBK-PA-26-1124-30817
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-30
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Notice of adverse benefit determination of 11/30/2026: "You have 60 calendar days from the date of this notice
    to ask us for an appeal."
  service_dates: [2026-12-14]
  pending_services: 32
  setting: intensive_outpatient
  action: none
  procedure_codes: [S9480]
  revenue_codes: ['0905']
  diagnosis_codes: [F43.12, F32.2]
  denial_reason: >-
    The request for intensive outpatient program (IOP) services is denied. Guideline BH-IOP-Y2 criteria are not
    met. Criterion 2: the member has not completed an adequate trial of outpatient trauma-focused psychotherapy.
    Criterion 3: functional impairment is not documented; the member is attending school. Outpatient therapy and
    medication management are appropriate.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  reviewer: {name: 'Glenn Harwick, MD', specialty: pediatrics}
  corrections:
    - said: The member has not completed an adequate trial of outpatient trauma-focused psychotherapy.
      record: >-
        The therapist's summary records 16 trauma-focused CBT sessions from 03/10/2026 to 08/25/2026 and 4 more after
        the hospital stay (20 in all, through 11/17/2026), with the trauma screen 34, 27, 31 and then 38.
      file: clinical/therapy-treatment-summary-2026-11-17.txt
      page: 1
    - said: The member is attending school.
      record: >-
        The school's record shows 14 full days and 11 part days missed since 08/10/2026, half days only under a 504
        plan since 10/19/2026, and two failing grades.
      file: other/school-attendance-and-504-2026-11-20.txt
      page: 1
      leaves_out: true
prior_auth:
  requested_on: 2026-11-24
  reference: DBK-PA-26-1124-30817
plan_policy:
  name: Desert Bloom KidsCare Behavioral Health Guideline BH-IOP-Y2, Intensive Outpatient Program (Youth)
  number: BH-IOP-Y2
  quote: >-
    IOP is medically necessary when all of the following are met: 1. A DSM-5 diagnosis with symptoms that cause
    significant distress. 2. The member has not improved enough with, or cannot be safely treated in, routine
    outpatient care, including an adequate trial of evidence-based psychotherapy (for example, at least 12 sessions
    of trauma-focused therapy), or has been discharged from an inpatient or residential stay within the past 60
    days and needs IOP to step down safely. 3. Functional impairment in at least one major life area (school,
    family or social) is documented in the record. 4. The member and a caregiver are able and willing to take part
    for at least 9 hours a week.
  file: other/guideline-bh-iop-y2-excerpt.txt
payer_criteria:
  - criterion: 1. A DSM-5 diagnosis with symptoms that cause significant distress.
    how_met: PTSD and major depression, diagnosed by the treating child psychiatrist; CATS 38 and PHQ-A 19 on 11/18/2026.
    met: true
    evidence: {file: clinical/psychiatry-progress-notes-2026.txt, page: 1}
  - criterion: >-
      2. Not improved enough with routine outpatient care, including an adequate trial of evidence-based
      psychotherapy (at least 12 sessions of trauma-focused therapy), or discharged from an inpatient stay within
      the past 60 days.
    how_met: >-
      20 sessions of trauma-focused CBT (03/10/2026-11/17/2026) with the trauma screen back up to 38; and a
      psychiatric hospital stay that ended 10/09/2026, 46 days before the request of 11/24/2026.
    met: true
    evidence:
      - {file: clinical/therapy-treatment-summary-2026-11-17.txt, page: 1}
      - {file: clinical/hospital-discharge-summary-2026-10-09.txt, page: 1}
  - criterion: 3. Functional impairment in at least one major life area (school, family or social).
    how_met: >-
      14 full and 11 part school days missed since 08/10/2026, half days under a 504 plan since 10/19/2026, two
      failing grades; stopped seeing friends and sleeps in her mother's room.
    met: true
    evidence:
      - {file: other/school-attendance-and-504-2026-11-20.txt, page: 1}
      - {file: clinical/psychiatry-progress-notes-2026.txt, page: 1}
  - criterion: 4. Member and caregiver able and willing to take part at least 9 hours a week.
    how_met: The program plan is 12 hours a week; Ximena and her mother signed the program agreement on 11/23/2026.
    met: true
    evidence: {file: clinical/iop-referral-and-plan-2026-11-23.txt, page: 1}
alternatives:
  - level: outpatient
    treatment: Weekly outpatient therapy and medication management
    name: weekly trauma-focused therapy with the same therapist and psychiatrist
    why_not: >-
      Already given: 20 trauma-focused therapy sessions and sertraline raised to 150 mg; she worsened, was in the
      hospital 10/02/2026-10/09/2026 after suicidal thoughts with a plan, and her trauma screen rose again to 38.
    proof:
      - clinical/therapy-treatment-summary-2026-11-17.txt
      - clinical/hospital-discharge-summary-2026-10-09.txt
treatment:
  name: Adolescent trauma-focused intensive outpatient program (IOP)
  summary: >-
    A trauma-focused IOP for a 16-year-old with PTSD and major depression who worsened despite 20 sessions of
    trauma-focused therapy and an SSRI, and who was in a psychiatric hospital in October 2026.
  plan: >-
    3 hours a day, 4 days a week (12 hours a week) for about 8 weeks (32 program days): trauma-focused group and
    individual therapy, a weekly family session, a psychiatric visit every two weeks, safety-plan review each
    program day; step down to weekly outpatient therapy when the trauma screen is below 25 and there have been no
    suicidal thoughts for 4 weeks.
  alongside: sertraline 150 mg daily
clinical:
  severity: PHQ-A 19 and CATS 38 on 11/18/2026 (PHQ-A 21 on 10/02/2026; 16 on 10/09/2026)
  severity_date: 2026-11-18
  suicidality: passive
  suicidality_date: 2026-11-18
  episode_onset: 2025-09
  treating_since: 2026-04-14
  response: Trauma screen (CATS) 34 on 03/10/2026, 27 on 06/02/2026, 31 on 08/25/2026, 38 on 11/18/2026
  response_level: partial
  history:
    - drug: Trauma-focused cognitive behavioral therapy (weekly)
      dose: weekly 50-minute sessions
      start: 2026-03-10
      ongoing: true
      kind: psychotherapy
      sessions: 20
      adequate: true
      response: partial
      outcome: Some early benefit (CATS 34 to 27), then worse after the hospital stay (CATS 38); continuing weekly
      evidence: {file: clinical/therapy-treatment-summary-2026-11-17.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg, 100 mg from 06/2026, 150 mg since 10/05/2026
      start: 2026-04-14
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued at 150 mg
      evidence: {file: clinical/psychiatry-progress-notes-2026.txt, page: 1}
    - drug: Prazosin
      dose: 1 mg at bedtime for nightmares
      start: 2026-10-13
      ongoing: true
      kind: other
      outcome: Given for trauma nightmares, fewer nightmares; not an antidepressant trial
      evidence: {file: clinical/psychiatry-progress-notes-2026.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-06-09
      ongoing: true
      kind: other
      outcome: Sleep aid as needed; not a trial
      evidence: {file: clinical/psychiatry-progress-notes-2026.txt, page: 1}
    - drug: Fluoxetine (earlier episode, anxiety after a death in the family)
      dose: 10 mg daily
      start: 2022-03
      end: 2023-06
      kind: antidepressant
      failed: false
      response: remission
      outcome: Earlier episode in 2022; anxiety remitted; stopped as planned in 06/2023. Not a failed trial.
      evidence: {file: clinical/psychiatry-progress-notes-2026.txt, page: 1}
impact:
  hospitalizations: Psychiatric hospital stay 10/02/2026-10/09/2026 after suicidal thoughts with a plan
  work: >-
    School: 14 full days and 11 part days missed since 08/10/2026; half days only under a 504 plan since
    10/19/2026; two failing grades.
  daily_life: Stopped seeing friends; avoids the bus and the street where the event happened; sleeps in her mother's room.
author:
  name: Rosa Villalobos Treviño
  role: Mother of the patient, who is 16
  relation: parent
  address: |-
    2217 West Tierra Buena Lane
    Mesa, AZ 85201
  phone: (602) 555-0131
  email: rosa.villalobos@mail.example
provider:
  name: Sonoran Trauma Recovery Adolescent IOP (FICTIONAL)
  credentials: licensed outpatient behavioral health program
  npi: "1774471613"
  address: |-
    1450 East Baseline Road, Suite 210
    Tempe, AZ 85283
  phone: (480) 555-0172
record_dates:
  - {file: clinical/psychiatry-progress-notes-2026.txt, date: 2026-11-18}
  - {file: clinical/therapy-treatment-summary-2026-11-17.txt, date: 2026-11-17}
  - {file: clinical/hospital-discharge-summary-2026-10-09.txt, date: 2026-10-09}
  - {file: clinical/iop-referral-and-plan-2026-11-23.txt, date: 2026-11-23}
bates_prefix: PAREDES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-adverse-benefit-determination-2026-11-30.txt": '''
DESERT BLOOM KIDSCARE HEALTH PLAN (FICTIONAL) - KidsCare (CHIP) managed care, Arizona
NOTICE OF ADVERSE BENEFIT DETERMINATION                              Date of this notice: 11/30/2026
Member: Ximena Paredes Villalobos   DOB 05/14/2010   Member ID FICT-DBK-40771852
Reference: DBK-PA-26-1124-30817   Request received: 11/24/2026
Requesting provider: Sonoran Trauma Recovery Adolescent IOP, NPI 1774471613
Service requested: intensive outpatient program, S9480 (revenue code 0905), 4 days a week for 8 weeks, start 12/14/2026

Decision: DENIED.
Reason: The request for intensive outpatient program (IOP) services is denied. Guideline BH-IOP-Y2 criteria are not
met. Criterion 2: the member has not completed an adequate trial of outpatient trauma-focused psychotherapy.
Criterion 3: functional impairment is not documented; the member is attending school. Outpatient therapy and
medication management are appropriate.
Reviewed by: Glenn Harwick, MD (pediatrics), Medical Director.

Your right to appeal: You have 60 calendar days from the date of this notice to ask us for an appeal. Write to
Appeals and Grievances, PO Box 41870, Tempe, AZ 85285, or fax (480) 555-0148. If waiting could seriously harm your
child's health, ask for a fast appeal. After our appeal decision you may ask the State to review it.
Este aviso está disponible en español. Llame al (480) 555-0149.
''',
"clinical/psychiatry-progress-notes-2026.txt": '''
MESA CHILD AND TEEN PSYCHIATRY (FICTIONAL) - PROGRESS NOTES, 2026          Page 1 of 1
Patient: Ximena Paredes Villalobos   DOB 05/14/2010   Psychiatrist: Anjali Moreno-Kapoor, MD (child and adolescent)
Interpreter for mother: Spanish, in person.

04/14/2026 - New evaluation. 15-year-old referred by therapist. In 09/2025 she saw a neighbor shot outside the bus
stop. Nightmares, avoids the street and the bus, startles, low mood, poor sleep. Past: 2022 anxiety after her
grandmother's death, treated with fluoxetine 10 mg 03/2022-06/2023 by her pediatrician; anxiety remitted; stopped as
planned. No prior hospital stays. Dx PTSD (F43.12), major depressive disorder, single episode, moderate. PHQ-A 15.
Plan: start sertraline 50 mg daily. Continue weekly TF-CBT.

06/09/2026 - Some better sleep; still avoiding. PHQ-A 13. Sertraline to 100 mg. Hydroxyzine 25 mg at bedtime as
needed for sleep.

10/13/2026 - First visit after hospital stay (10/02-10/09). Sertraline was raised to 150 mg on 10/05 in hospital.
Nightmares 5 nights a week; prazosin 1 mg at bedtime started for nightmares. PHQ-A 18. No suicidal thoughts today.
Safety plan reviewed with mother; medicines locked. School: half days under a 504 plan starting 10/19.

11/18/2026 - Worse since the anniversary of the shooting and a court date. CATS 38, PHQ-A 19. Passive wish not to
wake up, no plan or intent (C-SSRS: wish to be dead only). Sleeps in mother's room. Has stopped seeing friends. Two
failing grades. Partial response to sertraline 150 mg; continue. Prazosin helps nightmares (2 nights a week); continue.
Hydroxyzine as needed for sleep. Dx: PTSD, chronic (F43.12); major depressive disorder, single episode, severe
without psychotic features (F32.2). Outpatient care has not been enough; refer to trauma-focused adolescent IOP.
''',
"clinical/therapy-treatment-summary-2026-11-17.txt": '''
CASA VERDE FAMILY COUNSELING (FICTIONAL) - OUTPATIENT THERAPY TREATMENT SUMMARY       Date: 11/17/2026
Client: Ximena Paredes Villalobos   DOB 05/14/2010   Therapist: Marisol Quintana, LPC        Page 1 of 1
Treatment: trauma-focused cognitive behavioral therapy (TF-CBT), weekly, with caregiver sessions (mother; Spanish).
Sessions: 16 sessions from 03/10/2026 to 08/25/2026; paused during hospital stay; 4 sessions 10/20/2026-11/17/2026.
Total 20 sessions. Trauma narrative begun 07/2026, not finished.
Child and Adolescent Trauma Screen (CATS), self-report: 34 (03/10/2026), 27 (06/02/2026), 31 (08/25/2026),
38 (11/17/2026).
Course: early gains in sleep and coping skills; symptoms rose in late summer; hospitalized 10/02/2026. Since then
more avoidance and hopelessness. Weekly outpatient therapy has not been enough to keep her safe and in school.
Recommendation: adolescent trauma-focused IOP; I will continue as her outpatient therapist after IOP.
''',
"clinical/hospital-discharge-summary-2026-10-09.txt": '''
PALO VERDE BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                  Page 1 of 1
Patient: Ximena Paredes Villalobos   DOB 05/14/2010   Admitted 10/02/2026   Discharged 10/09/2026
Reason for admission: told the school nurse she had saved pills and planned to take them (suicidal thoughts with a
plan). PHQ-A 21 on admission.
Course: sertraline raised from 100 mg to 150 mg on 10/05/2026. Individual and family sessions. PHQ-A 16 at discharge.
No suicidal thoughts at discharge; future-oriented.
Discharge plan: outpatient psychiatrist and therapist within 7 days; consider IOP if symptoms return.
SAFETY PLAN (10/09/2026): warning signs - staying in her room, not eating, talking about being a burden; coping - music,
drawing, walk with mother; people to call - mother, aunt Lorena; crisis line 988; medicines locked by mother.
''',
"clinical/iop-referral-and-plan-2026-11-23.txt": '''
SONORAN TRAUMA RECOVERY ADOLESCENT IOP (FICTIONAL) - INTAKE AND TREATMENT PLAN           Date: 11/23/2026
Patient: Ximena Paredes Villalobos   DOB 05/14/2010   Program NPI 1774471613               Page 1 of 1
Referred by: Anjali Moreno-Kapoor, MD. Intake assessment: CATS 38, PHQ-A 19, passive death wish, no plan.
Plan of care: 3 hours a day, 4 days a week (12 hours a week), about 8 weeks (32 program days), start 12/14/2026.
Trauma-focused group and individual therapy, weekly family session (Spanish-speaking clinician), psychiatric visit
every two weeks, safety plan reviewed each program day. Step-down goal: weekly outpatient therapy when CATS is below
25 and no suicidal thoughts for 4 weeks.
Program agreement signed by Ximena and her mother, Rosa Villalobos Treviño, on 11/23/2026.
''',
"other/guideline-bh-iop-y2-excerpt.txt": '''
DESERT BLOOM KIDSCARE HEALTH PLAN (FICTIONAL)
BEHAVIORAL HEALTH GUIDELINE BH-IOP-Y2 - INTENSIVE OUTPATIENT PROGRAM (YOUTH)   Effective 01/01/2026   Page 1 of 1
IOP is medically necessary when all of the following are met:
1. A DSM-5 diagnosis with symptoms that cause significant distress.
2. The member has not improved enough with, or cannot be safely treated in, routine outpatient care, including an
adequate trial of evidence-based psychotherapy (for example, at least 12 sessions of trauma-focused therapy), or has
been discharged from an inpatient or residential stay within the past 60 days and needs IOP to step down safely.
3. Functional impairment in at least one major life area (school, family or social) is documented in the record.
4. The member and a caregiver are able and willing to take part for at least 9 hours a week.
''',
"other/school-attendance-and-504-2026-11-20.txt": '''
DESERT VISTA UNIFIED SCHOOL DISTRICT (FICTIONAL) - ATTENDANCE AND 504 SUMMARY         Printed 11/20/2026
Student: Ximena Paredes Villalobos   Grade 11   DOB 05/14/2010                      Page 1 of 1
Term from 08/10/2026. Full days absent: 14. Part days (left early or arrived late): 11.
Section 504 plan from 10/19/2026: shortened day (half days, mornings only), testing in a quiet room, check-in with the
counselor each morning.
Grades as of 11/20/2026: English D, Chemistry F, U.S. History F, Algebra II C, Art B.
Counselor note: student enrolled and attending half days under the 504 plan.
''',
"other/family-pharmacy-printout-2026-11-19.txt": '''
SAGUARO FAMILY PHARMACY (FICTIONAL) - HOUSEHOLD PRESCRIPTION HISTORY      Printed 11/19/2026   Page 1 of 1
Account: Villalobos Treviño household, 2217 West Tierra Buena Lane, Mesa AZ
Paredes Villalobos, Ximena   sertraline 50 mg tablet, 3 tablets daily   filled 11/02/2026  qty 90
Paredes Villalobos, Ximena   prazosin 1 mg capsule, 1 at bedtime          filled 11/02/2026  qty 30
Paredes Villalobos, Ximena   hydroxyzine HCl 25 mg, 1 at bedtime as needed filled 10/13/2026 qty 30
Paredes Villalobos, Mateo    albuterol HFA inhaler                          filled 10/28/2026  qty 1
Villalobos Treviño, Rosa     metformin 500 mg, 1 twice daily                filled 10/21/2026  qty 60
''',
"other/school-counselor-note-2024-11.txt": '''
DESERT VISTA UNIFIED SCHOOL DISTRICT (FICTIONAL) - COUNSELOR CHECK-IN NOTE          Date: 11/12/2024
Student: Ximena Paredes Villalobos   Grade 9
Ximena is doing well this semester. Attendance good, grades A and B. No concerns raised by teachers. Follow up as needed.
''',
}

TRUTH = r'''
# 01 - Separate CHIP (Arizona): a teen's trauma-focused IOP denied as "no outpatient trial" and "attending school"; first plan appeal by her mother, Spanish-speaking (FICTIONAL)

All people, plans, programs, numbers and addresses are invented (FICTIONAL).

## What is true
- Ximena Paredes Villalobos, **16** (DOB 05/14/2010), is a member of **Desert Bloom KidsCare**, a **separate CHIP**
  managed-care plan in Arizona (not Medicaid). Her mother, **Rosa Villalobos Treviño**, speaks Spanish
  (`patient.language: es`); the letter is in English and may ask that notices also come in Spanish.
- The IOP asked for **authorization on 11/24/2026** (S9480, revenue code 0905; 12 hours a week, about 32 program days
  from **12/14/2026**). The plan denied it on **11/30/2026** under **BH-IOP-Y2**, criteria 2 and 3. No care given yet.
- **Criterion 2 is met twice over:** **20 TF-CBT sessions** (16 from 03/10 to 08/25/2026, 4 more to 11/17/2026;
  the guideline's example is 12), and a **psychiatric hospital stay 10/02-10/09/2026** that ended 46 days before the
  request (the guideline's step-down branch: within 60 days).
- **Criterion 3 is met:** 14 full and 11 part school days missed since 08/10/2026, **half days under a 504 plan
  since 10/19/2026**, **two F grades**; stopped seeing friends. "Attending school" is true only as far as it goes.
- Scales over time: CATS 34 -> 27 -> 31 -> **38** (11/17-11/18/2026); PHQ-A 15 (04/14), 13 (06/09), 21 (10/02), 16
  (10/09), 18 (10/13), **19 (11/18)**. Suicidality: **passive** on 11/18/2026 (wish to be dead, no plan); **with a
  plan** on 10/02/2026 (history, the reason for the hospital stay). Safety plan of 10/09/2026.
- **Sertraline 150 mg continues** with a partial response. Prazosin 1 mg is for nightmares, hydroxyzine 25 mg for sleep.
- **Rule and stage:** separate CHIP managed care: first plan appeal within **60 days of the notice: by 01/29/2027**
  (42 CFR 457.1260 applying 438.402(c)(2)(ii)); after the plan's decision, the **state's review** (42 CFR 457.1130(b)),
  not a Medicaid fair hearing. Pre-service; the reviewer is a **pediatrician**, not a child psychiatrist.
- **Author:** her mother, a parent of a minor: writes about "Ximena"/"my daughter"; no authorization form needed.

## Deliberately unknown
- Whether the plan's reviewer saw the therapist's summary or the hospital record: not known; the letter may ask.
- The state's review body's name and address: the notice says only "ask the State to review it".
- Whether the plan offers a Spanish-language appeal decision in writing: the notice offers a Spanish phone line only.
- The program's cost; any in-network status question (none raised).

## Traps
- **Not Medicaid:** a separate CHIP. No EPSDT (42 USC 1396d(r)(5)), no Medicaid fair hearing, no 42 CFR 438.420
  continuation (no care was authorized).
- **A decision's stated fact that leaves out most of the truth:** "attending school" - half days under a 504 plan.
- **Psychotherapy is not a drug trial**, and the TF-CBT course is judged by its sessions (20), never by six weeks.
- **Earlier episode:** fluoxetine 10 mg in 2022-2023 for anxiety **worked** (remitted, stopped as planned): never
  "failed fluoxetine".
- **Drugs still taken:** sertraline 150 mg continues (partial response): never "failed" or "stopped".
- **Not trials:** hydroxyzine 25 mg (sleep), prazosin 1 mg (nightmares).
- **Suicidality now is passive** (11/18); "with a plan" belongs to 10/02/2026, history.
- **Other people on a document:** the household pharmacy printout also lists her brother's inhaler and her mother's
  metformin; they are not part of this appeal.
- **Stale record:** the 11/2024 school counselor note ("doing well") predates the trauma (09/2025).
- **Voice:** the mother writes; never Ximena's "I".

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met by the plan's own example and by its other branch: 20 sessions of trauma-focused therapy (more
   than 12), with the trauma score rising to 38, and discharge from a psychiatric hospital on 10/09/2026, within 60
   days of the request. The decision's statement is contradicted by the therapist's summary.
2. Criterion 3: the school record shows 14 full and 11 part days missed, half days under a 504 plan, two failing
   grades; "attending school" leaves that out. Criteria 1 and 4 are met too (CATS 38, PHQ-A 19; 12 hours a week).
3. Outpatient care, the level the notice names, was already given and she worsened into a hospital stay; a passive
   death wish returned on 11/18/2026; the IOP is the step that keeps her out of the hospital.
4. Ask for review by a child and adolescent psychiatrist (the reviewer is a pediatrician), for the criteria and case
   file, and for notices in Spanish as well as English.

## What a letter must NOT say
- "EPSDT", "1396d(r)", "Medicaid", "fair hearing", "438.420", "continue benefits".
- "failed fluoxetine"; "stopped sertraline" / "failed sertraline"; hydroxyzine or prazosin as antidepressant trials.
- "active suicidal ideation" now; "she is attending school" as conceded; "six weeks" as the test for therapy.
- "Mateo", "albuterol", "metformin"; "doing well" (2024).
- ERISA, "29 CFR 2560.503-1", "45 CFR 147.136", MHPAEA citations as a member right, "external review" as the next step.
- Any "I" as Ximena; "Dr. Villalobos".
'''

ANSWERS = [
    ("Plan type", "KidsCare (CHIP) managed care", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
    ("Notice date", "Date of this notice: 11/30/2026", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
    ("Appeal window", "60 calendar days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
    ("Appeal deadline", "by 01/29/2027", "truth"),
    ("Guideline and criteria denied", "Criterion 2", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
    ("Trauma-focused therapy sessions in all", "Total 20 sessions", "clinical/therapy-treatment-summary-2026-11-17.txt"),
    ("Guideline's session example", "at least 12 sessions of trauma-focused therapy", "other/guideline-bh-iop-y2-excerpt.txt"),
    ("Hospital stay", "Admitted 10/02/2026   Discharged 10/09/2026", "clinical/hospital-discharge-summary-2026-10-09.txt"),
    ("Step-down window in guideline", "within the past 60 days", "other/guideline-bh-iop-y2-excerpt.txt"),
    ("School days missed", "Full days absent: 14", "other/school-attendance-and-504-2026-11-20.txt"),
    ("504 plan start", "Section 504 plan from 10/19/2026", "other/school-attendance-and-504-2026-11-20.txt"),
    ("Latest trauma score", "38 (11/17/2026)", "clinical/therapy-treatment-summary-2026-11-17.txt"),
    ("Current suicidality", "Passive wish not to wake up, no plan or intent", "clinical/psychiatry-progress-notes-2026.txt"),
    ("Sertraline status", "Partial response to sertraline 150 mg; continue", "clinical/psychiatry-progress-notes-2026.txt"),
    ("Earlier-episode fluoxetine", "anxiety remitted; stopped as", "clinical/psychiatry-progress-notes-2026.txt"),
    ("Reviewer specialty", "Glenn Harwick, MD (pediatrics)", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
]
