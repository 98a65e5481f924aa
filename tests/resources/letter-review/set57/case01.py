"""FICTIONAL - set 57, case 01."""
SLUG = "01-medicaid-mco-tx-ptsd-iop-ended-no-progress-scales-expedited-plan-appeal-patient-es"

CASE_YAML = r'''
# FICTIONAL CASE (set 57, case 01) - every person, plan, program, number and address is invented.
# Texas Medicaid managed care (STAR). Yesenia Paredes Olmos, 31, Spanish-speaking, in a trauma-focused IOP for
# chronic PTSD after an overdose in September. The plan's notice of 11/30/2026 ends the IOP authorization on
# 12/07/2026: "no measurable improvement: PCL-5 remains 64"; "missed sessions". She appeals herself.
patient:
  name: Yesenia Paredes Olmos
  salutation: Ms. Paredes Olmos
  date_of_birth: 1995-02-11
  member_id: FICT-TXM-530118274
  language: es
  address: |-
    1418 Calle Guadalupe, Apt 3
    San Antonio, TX 78207
  phone: (210) 555-0131
insurer:
  name: Alamo Community Health Plan - STAR Medicaid (FICTIONAL)
  appeals_address: |-
    Alamo Community Health Plan - Member Appeals (FICTIONAL)
    PO Box 40218
    San Antonio, TX 78229
  fax: (210) 555-0142
claim:
  number: ACHP-UM-26-1019-08812
  plan_type: medicaid
  delivery: managed_care
  state: TX
  notice_date: 2026-11-30
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Notice of adverse benefit determination of 11/30/2026: "You have 60 days from the date of this letter to ask
    for an appeal."
  service_dates: [2026-12-07, 2026-12-31]
  pending_services: 11
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F43.12, F33.1]
  denial_reason: >-
    Continued stay criteria are not met. The member has shown no measurable improvement: PCL-5 remains 64
    (severe). The member has missed sessions. Treatment can continue at a lower level of care (outpatient
    therapy). Criterion BH-IOP-4.2 (measurable progress toward treatment goals) is not met.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: Dr. Conrad Willet, specialty: family medicine}
  action: end
  action_date: 2026-12-07
  urgent: true
  corrections:
    - said: "PCL-5 remains 64 (severe)."
      record: >-
        The PCL-5 was 64 only at admission on 10/19/2026; the program's weekly scores were 58 on 10/30, 49 on
        11/13, 44 on 11/20 and 41 on 12/02/2026.
      file: clinical/iop-progress-notes-2026-10-19-to-12-02.txt
      page: 2
    - said: "The member has missed sessions."
      record: >-
        She attended 20 of the 21 program days from 10/19 through 12/04/2026; the one absence, 11/11/2026, was
        excused in advance.
      file: other/iop-attendance-roster-2026-10-19-to-12-04.txt
      page: 1
      leaves_out: true
treatment:
  name: Trauma-focused intensive outpatient program (IOP), continued stay (S9480)
  summary: >-
    Continued stay in a trauma-focused intensive outpatient program for chronic PTSD, begun after a hospital stay
    for an intentional overdose, where her symptoms are falling week by week but are not yet at the level at which
    the program steps patients down.
  plan: >-
    Three days a week, three hours a day, through 12/31/2026 (11 more program days): written exposure therapy,
    skills groups and weekly psychiatric visits, with the PCL-5 each Friday. Step down to weekly outpatient
    cognitive processing therapy when the PCL-5 is below 33 on two weekly scores in a row, or on 12/31/2026.
  alongside: sertraline 200 mg daily
clinical:
  severity: PCL-5 41 and PHQ-9 12 on 12/02/2026 (PCL-5 64 and PHQ-9 19 at admission on 10/19/2026)
  severity_date: 2026-12-02
  suicidality: attempt
  suicidality_date: 2026-09-27
  response: >-
    PCL-5 64 (10/19/2026), 58 (10/30), 49 (11/13), 44 (11/20), 41 (12/02/2026); PHQ-9 19 to 12; nightmares from
    six a week to two
  response_level: partial
  episode_onset: 2025-02
  treating_since: 2025-03
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2019-04
      end: 2020-06
      kind: antidepressant
      response: remission
      outcome: Earlier episode (2019-2020); remission, tapered off by plan
      evidence: {file: clinical/psychiatry-medication-history-2026-10-19.txt, page: 1}
    - drug: Cognitive processing therapy
      dose: 12 weekly sessions
      start: 2021-01
      end: 2021-04
      kind: psychotherapy
      sessions: 12
      response: response
      outcome: Earlier episode (2021); PTSD symptoms remitted
      evidence: {file: clinical/psychiatry-medication-history-2026-10-19.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatry-medication-history-2026-10-19.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-03
      end: 2025-09
      kind: other
      outcome: Sleep aid only; stopped for morning grogginess; not an antidepressant trial
      evidence: {file: clinical/psychiatry-medication-history-2026-10-19.txt, page: 1}
    - drug: Weekly outpatient psychotherapy
      dose: weekly individual sessions
      start: 2025-06
      end: 2026-09
      kind: psychotherapy
      response: none
      outcome: Weekly therapy for 15 months preceded the overdose of 09/27/2026
      evidence: {file: clinical/discharge-summary-2026-10-02.txt, page: 1}
    - drug: Prazosin
      dose: 3 mg at bedtime for nightmares
      start: 2026-10
      ongoing: true
      kind: other
      outcome: Started 10/2026 for trauma nightmares; continued
      evidence: {file: clinical/psychiatry-medication-history-2026-10-19.txt, page: 1}
impact:
  work: On unpaid leave from her job as a school cafeteria cook since 09/2026.
  hospitalizations: Inpatient psychiatric stay 09/27/2026 through 10/02/2026 after an intentional overdose.
  daily_life: >-
    Her sister has cared for her 7-year-old daughter on the evenings she cannot manage since September.
alternatives:
  - level: outpatient therapy
    treatment: Weekly outpatient psychotherapy
    why_not: >-
      Weekly outpatient therapy with sertraline from 06/2025 was the care she was in when she overdosed on
      09/27/2026; the hospital's discharge plan called for an intensive outpatient program, not a return to it.
    proof: clinical/discharge-summary-2026-10-02.txt
payer_criteria:
  - criterion: "4.1 The member continues to meet the admission criteria for this level of care."
    how_met: >-
      PCL-5 41 and PHQ-9 12 on 12/02/2026, intentional overdose 09/27/2026, nightmares twice a week; the safety
      plan was revised 11/13/2026.
    met: true
    evidence: {file: clinical/iop-progress-notes-2026-10-19-to-12-02.txt, page: 3}
  - criterion: >-
      4.2 The member is making measurable progress toward treatment goals, or the treatment plan has been
      revised to address a lack of progress.
    how_met: PCL-5 64, 58, 49, 44, 41 from 10/19 to 12/02/2026 (a fall of 23 points).
    met: true
    evidence: {file: clinical/iop-progress-notes-2026-10-19-to-12-02.txt, page: 2}
  - criterion: "4.3 Discharge to a less intensive level of care would likely result in a return of symptoms."
    how_met: >-
      She overdosed while in weekly outpatient therapy; the psychiatrist's letter of 12/03/2026 states that an
      early step-down risks relapse.
    met: true
    evidence: {file: other/psychiatrist-letter-2026-12-03.txt, page: 1}
plan_policy:
  name: Alamo Community Health Plan Behavioral Health Criteria, Intensive Outpatient Continued Stay
  number: BH-IOP-4
  quote: >-
    Continued stay is authorized when all of the following are met: 4.1 The member continues to meet the
    admission criteria for this level of care. 4.2 The member is making measurable progress toward treatment
    goals, or the treatment plan has been revised to address a lack of progress. 4.3 Discharge to a less
    intensive level of care would likely result in a return of symptoms.
  file: other/bh-iop-4-criteria-2026.txt
urgency:
  reason: >-
    The program ends on 12/07/2026 under the notice. She made an intentional overdose on 09/27/2026 while in weekly
    therapy, and stopping the program before her PTSD scores reach the step-down level risks a return of the
    symptoms that led to it.
  certified_by: Dr. Marisol Quintanilla, MD
author:
  name: Yesenia Paredes Olmos
  relation: patient
  address: |-
    1418 Calle Guadalupe, Apt 3
    San Antonio, TX 78207
  phone: (210) 555-0131
provider:
  name: Sendero Trauma Recovery Program
  credentials: Intensive outpatient program, Texas Medicaid network provider
  npi: "1726504487"
  address: |-
    2250 Fredericksburg Road, Suite 410
    San Antonio, TX 78201
  phone: (210) 555-0156
record_dates:
  - file: clinical/iop-progress-notes-2026-10-19-to-12-02.txt
    date: 2026-12-02
  - file: other/psychiatrist-letter-2026-12-03.txt
    date: 2026-12-03
  - file: other/patient-statement-2026-12-05.txt
    date: 2026-12-05
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-adverse-benefit-determination-2026-11-30.txt": """
ALAMO COMMUNITY HEALTH PLAN - STAR MEDICAID (FICTIONAL)
NOTICE OF ADVERSE BENEFIT DETERMINATION                                   Date of this letter: 11/30/2026
Member: Yesenia Paredes Olmos   DOB 02/11/1995   Member ID FICT-TXM-530118274
Authorization ACHP-UM-26-1019-08812   Provider: Sendero Trauma Recovery Program
Service: intensive outpatient program (S9480, revenue code 0905), approved 10/19/2026 through 12/31/2026

We are ending the approval for this service effective 12/07/2026.
Reason: Continued stay criteria are not met. The member has shown no measurable improvement: PCL-5 remains 64
(severe). The member has missed sessions. Treatment can continue at a lower level of care (outpatient therapy).
Criterion BH-IOP-4.2 (measurable progress toward treatment goals) is not met.
Reviewed by: Conrad Willet, MD, Family Medicine, Physician Reviewer.

Your right to appeal: You have 60 days from the date of this letter to ask for an appeal. If you want your
services to continue while we decide, you must ask for an appeal within 10 days of the date of this letter or
before 12/07/2026, whichever is later. You may ask for a fast (expedited) appeal if waiting could seriously harm
your health. After the appeal you may ask for a State Fair Hearing.
Send your appeal to Member Appeals, PO Box 40218, San Antonio, TX 78229, or fax (210) 555-0142.

Si necesita esta carta en espanol, llame a Servicios para Miembros al (210) 555-0140.
""",
"clinical/iop-progress-notes-2026-10-19-to-12-02.txt": """
SENDERO TRAUMA RECOVERY PROGRAM (FICTIONAL) - INTENSIVE OUTPATIENT PROGRAM NOTES
Patient: Yesenia Paredes Olmos   DOB 02/11/1995   Program: trauma-focused IOP, M/W/F 9:00-12:00   Page 1 of 3

10/19/2026 - Admission (Dr. Marisol Quintanilla, MD, psychiatrist; Ana Lucia Ferrer, LCSW, primary therapist)
Referred at discharge from Bexar Ridge Behavioral Hospital (stay 09/27-10/02/2026, intentional overdose).
Chronic PTSD (F43.12) after an assault in 2018; recurrent major depression (F33.1). Interview in Spanish.
PCL-5 64. PHQ-9 19. Nightmares 6 nights a week. Passive death wishes ("ojala no despertara"); no plan or intent.
Safety plan written today. Medications: sertraline 200 mg daily (since 03/2025), prazosin started 1 mg at bedtime.
Goals: PCL-5 below 33 on two weekly scores; nightmares 2 or fewer a week; return to work plan.

10/30/2026 - Week 2 review. PCL-5 58. PHQ-9 17. Prazosin raised to 3 mg. Engaged in groups; passive death
wishes twice this week.

Page 2 of 3
WEEKLY MEASURES (Friday scores)
Date        PCL-5   PHQ-9   Nightmares/week   Suicidal ideation
10/19/2026   64      19          6             passive
10/30/2026   58      17          5             passive
11/06/2026   53      15          4             none
11/13/2026   49      14          3             none
11/20/2026   44      13          2             none
12/02/2026   41      12          2             none

11/13/2026 - Treatment plan revised: written exposure therapy (5 sessions) added after flashbacks on 11/10.
Safety plan reviewed and updated. No suicidal ideation since 11/06/2026.

Page 3 of 3
11/20/2026 - Psychiatry (Dr. Quintanilla). Sleeping 5-6 hours. Sertraline 200 mg continued (partial response
since 2025); prazosin 3 mg continued. Not yet ready for step-down: PCL-5 44, avoids buses and her old route to work.

12/02/2026 - Weekly review. PCL-5 41, PHQ-9 12, nightmares twice this week. Written exposure session 4 of 5.
Team estimate: step-down criteria (PCL-5 below 33 twice) likely by the end of December. Told of the plan's
notice of 11/30/2026; patient tearful, asked for help with an appeal in Spanish.
""",
"clinical/discharge-summary-2026-10-02.txt": """
BEXAR RIDGE BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                          Page 1 of 1
Patient: Yesenia Paredes Olmos   DOB 02/11/1995   Admitted 09/27/2026   Discharged 10/02/2026
Reason for admission: intentional overdose of about 20 hydroxyzine 25 mg tablets on 09/27/2026 with intent to
die, after an anniversary of her 2018 assault; medically cleared in the emergency department.
Outpatient care before admission: weekly individual therapy since 06/2025 and sertraline 200 mg daily (since
03/2025, partial response).
Course: sertraline continued; hydroxyzine stopped and not to be prescribed again; prazosin to be considered
for nightmares.
Discharge plan: trauma-focused intensive outpatient program (Sendero, intake 10/19/2026); a return to weekly
therapy alone is not recommended at this time. Safety plan given; firearms: none in the home.
""",
"clinical/psychiatry-medication-history-2026-10-19.txt": """
SENDERO TRAUMA RECOVERY PROGRAM (FICTIONAL) - PSYCHIATRIC MEDICATION AND TREATMENT HISTORY      Page 1 of 1
Patient: Yesenia Paredes Olmos   DOB 02/11/1995   Taken 10/19/2026 by Dr. Marisol Quintanilla, MD (in Spanish)

Earlier episode (2019-2021, after the 2018 assault):
- fluoxetine 40 mg daily 04/2019-06/2020: remission; tapered off by plan in 06/2020.
- cognitive processing therapy, 12 weekly sessions 01/2021-04/2021: PTSD symptoms remitted.
Current episode (since about 02/2025):
- sertraline 200 mg daily since 03/2025: partial response; continued.
- trazodone 50 mg at bedtime for sleep 03/2025-09/2025: stopped for morning grogginess.
- weekly individual therapy 06/2025-09/2026 (community clinic).
- hydroxyzine 25 mg as needed for anxiety 2026: stopped after the overdose of 09/27/2026.
- prazosin 1 mg at bedtime started 10/19/2026 for nightmares (raised to 3 mg on 10/30/2026).
""",
"clinical/primary-care-visit-2024-03-12.txt": """
WESTSIDE FAMILY CLINIC (FICTIONAL) - PRIMARY CARE VISIT                       Date: 03/12/2024   Page 1 of 1
Patient: Yesenia Paredes Olmos   DOB 02/11/1995
Annual physical. PHQ-9 4. Mood good. History of PTSD, in remission since 2021; no current treatment.
Plan: routine labs; follow up in one year.
""",
"clinical/safety-plan-2026-11-13.txt": """
SENDERO TRAUMA RECOVERY PROGRAM (FICTIONAL) - SAFETY PLAN (updated 11/13/2026)          Page 1 of 1
Patient: Yesenia Paredes Olmos   First written 10/19/2026
Warning signs: the anniversary of the assault; nights without sleep; driving past the old bus stop.
Coping: breathing exercise; call her sister Marisol Paredes; walk with her daughter.
People to call: sister Marisol Paredes (210) 555-0133; program after-hours line (210) 555-0157; 988.
Means: no hydroxyzine at home; medications kept by her sister and given weekly.
Reviewed with patient 11/13/2026: no suicidal ideation since 11/06/2026.
""",
"other/bh-iop-4-criteria-2026.txt": """
ALAMO COMMUNITY HEALTH PLAN (FICTIONAL) - BEHAVIORAL HEALTH CRITERIA 2026                      Page 1 of 1
BH-IOP-4 Intensive Outpatient Program - Continued Stay
Continued stay is authorized when all of the following are met: 4.1 The member continues to meet the
admission criteria for this level of care. 4.2 The member is making measurable progress toward treatment
goals, or the treatment plan has been revised to address a lack of progress. 4.3 Discharge to a less
intensive level of care would likely result in a return of symptoms.
""",
"other/iop-attendance-roster-2026-10-19-to-12-04.txt": """
SENDERO TRAUMA RECOVERY PROGRAM (FICTIONAL) - GROUP B ATTENDANCE, 10/19/2026-12/04/2026       Page 1 of 1
Program days in period: 21 (M/W/F)
Client                         Days attended   Absences (dates)
Alvarado, Teresa                    17          10/23, 11/02, 11/16, 11/30
Paredes Olmos, Yesenia              20          11/11 (excused in advance: daughter's school meeting)
Paredes Ruiz, Yolanda               14          10/21, 10/28, 11/04, 11/09, 11/18, 11/23, 12/02
Stroud, Kayla                       21          -
Villanueva, Dora                    19          11/06, 11/25
Paredes Olmos, Yesenia: 20 of 21 program days attended.
""",
"other/psychiatrist-letter-2026-12-03.txt": """
SENDERO TRAUMA RECOVERY PROGRAM (FICTIONAL)
2250 Fredericksburg Road, Suite 410, San Antonio, TX 78201   (210) 555-0156   NPI 1726504487
12/03/2026                                                                                Page 1 of 1
To Alamo Community Health Plan, Member Appeals
Re: Yesenia Paredes Olmos, DOB 02/11/1995, authorization ACHP-UM-26-1019-08812

I am Ms. Paredes Olmos's treating psychiatrist in the program. Her PCL-5 has fallen from 64 at admission to 41 on
12/02/2026; the score of 64 is the admission score, not a current one. She has attended 20 of 21 program days.
She overdosed on 09/27/2026 while in weekly outpatient therapy, and I expect that ending the program on 12/07/2026,
before she reaches our step-down level, would likely bring back the symptoms that led to that overdose. Waiting for
a standard appeal decision could seriously jeopardize her health; please decide this appeal on an expedited basis.
Your notice is dated 11/30/2026 and ends her care on 12/07/2026, seven days later.
Marisol Quintanilla, MD, psychiatrist, medical director
""",
"other/patient-statement-2026-12-05.txt": """
DECLARACION PERSONAL / PERSONAL STATEMENT - Yesenia Paredes Olmos, 12/05/2026              Page 1 of 1
(Spanish original, with the program's English translation below)
Espanol: El programa me ayuda. Antes tenia pesadillas casi todas las noches; ahora son dos por semana. Quiero
terminar el programa y volver a trabajar.
English: The program is helping me. I used to have nightmares almost every night; now it is two a week. I want to
finish the program and go back to work.
Translated by Ana Lucia Ferrer, LCSW, bilingual therapist, 12/05/2026.
""",
}

TRUTH = r'''
# 01 - Texas Medicaid managed care: a PTSD IOP ended as "no measurable improvement" while the scores fell 23 points; expedited plan appeal by the patient (Spanish-speaking) (FICTIONAL)

All people, plans, programs, numbers and addresses are invented (FICTIONAL).

## What is true
- Yesenia Paredes Olmos, 31 (DOB 02/11/1995), **Texas Medicaid managed care** (STAR, Alamo Community Health Plan),
  Spanish-speaking (`patient.language: es`), in a **trauma-focused IOP** (S9480, revenue code 0905, three days a week)
  approved **10/19/2026-12/31/2026** (authorization ACHP-UM-26-1019-08812). Chronic PTSD (F43.12), recurrent MDD (F33.1).
- Notice of **11/30/2026** ends the approval **effective 12/07/2026** (`claim.action: end`): "PCL-5 remains 64";
  "missed sessions"; "lower level of care (outpatient therapy)"; criterion BH-IOP-4.2. Reviewer: family medicine.
- Record: PCL-5 **64 (10/19, admission), 58, 53, 49, 44, 41 (12/02/2026)**; PHQ-9 19 -> 12; nightmares 6 -> 2 a week;
  treatment plan **revised 11/13/2026** (written exposure therapy added) - either half of criterion 4.2 is met.
- Attendance: **20 of 21** program days; the one absence (11/11) excused. The roster also lists other clients,
  among them **Yolanda Paredes Ruiz**, with seven absences.
- **Intentional overdose 09/27/2026** (hydroxyzine, intent to die) while in **weekly outpatient therapy** and sertraline;
  inpatient 09/27-10/02/2026; discharge plan: IOP, not weekly therapy alone. Passive death wishes at admission and
  through 10/30; **no suicidal ideation since 11/06/2026**. Safety plan written 10/19, updated 11/13.
- Medicines: **sertraline 200 mg since 03/2025, partial response, continued**; **prazosin 3 mg at bedtime for
  nightmares** (not an antidepressant); trazodone 50 mg for sleep 2025 (sleep dose). Earlier episode: fluoxetine 40 mg
  2019-2020 remission; CPT 12 sessions 2021 remission.
- **Rules:** Medicaid managed care: plan appeal within 60 days of the notice (42 CFR 438.402(c)(2)(ii)): **by
  01/29/2027**; expedited appeal resolved within 72 hours (438.410, 438.408(b)(3)), the provider may ask for it; care
  continues during the appeal when it is filed within 10 days of the notice or before the change takes effect
  (**42 CFR 438.420**) - the letter dated 12/06/2026 is within 10 days of 11/30 and before 12/07. The notice came
  **7 days** before the end of care, fewer than the 10 days of 42 CFR 431.211 (through 438.404(c)(1)). Next level:
  a state fair hearing within 120 days of the plan's resolution (438.408(f)(2)). Medicaid's parity rule is 42 CFR 438.910.
- **Author:** the patient, writing as "I"; the letter stays in English and asks that the decision and notices also be
  sent in Spanish.

## Deliberately unknown
- Whether the reviewer confused her with another client: not known; a letter may point to the scores and attendance
  but must not say the plan looked at Yolanda Paredes Ruiz's file.
- The exact date she will meet step-down criteria: the team's estimate is "by the end of December", no more.
- The program's charges: not in the case.

## Traps
- **A decision's wrong statement:** "PCL-5 remains 64" is the admission score; the latest is 41.
- **"Missed sessions"** is true as far as it goes (one excused absence); the letter says what it leaves out, not
  "the record shows otherwise".
- **Other person on a document:** the roster names Yolanda Paredes Ruiz (similar name, 14 of 21 days) and others.
- **Stale document:** the 2024 primary-care note ("PHQ-9 4", "PTSD in remission") is from before this episode.
- **Drug still taken:** sertraline continues with a partial response - never "failed" or "stopped"; prazosin is for
  nightmares, not an antidepressant trial; trazodone 50 mg was a sleep dose; hydroxyzine was the overdose drug, not a trial.
- **Earlier-episode responses** (fluoxetine 2019-2020, CPT 2021) are responses, not failures.
- **Suicidality:** an attempt on 09/27/2026 (recent history); no suicidal ideation since 11/06/2026: never "currently
  suicidal".
- **Voice:** the patient writes "I"; never "Ms. Paredes Olmos has ..." in her own letter.

## Arguments a strong letter makes (strongest first)
1. Criterion 4.2 is met: the PCL-5 fell from 64 to 41 in six weeks (58, 53, 49, 44, 41), PHQ-9 19 to 12,
   nightmares 6 to 2 a week; and the plan was revised on 11/13/2026 - either half meets 4.2. "PCL-5 remains 64" is the
   admission score (correct it with the progress notes, page 2).
2. Criteria 4.1 and 4.3: still at IOP severity, and she overdosed on 09/27/2026 while in the very outpatient care the
   notice points to; the hospital's discharge plan and the psychiatrist's letter.
3. Attendance 20 of 21, the one absence excused in advance.
4. Continue the IOP during the appeal (438.420: filed within 10 days of the notice and before 12/07); the notice came
   7 days before the end of care, fewer than the 10 days 431.211 requires; expedited decision (72 hours) on the
   psychiatrist's statement.
5. Send the decision and notices in Spanish as well as English.

## What a letter must NOT say
- "PCL-5 remains 64" as current; "no improvement"; "she has not progressed".
- "Yolanda", "Paredes Ruiz", "seven absences", "missed sessions" as a concession beyond the one excused day.
- "failed sertraline", "stopped sertraline"; prazosin, trazodone or hydroxyzine as antidepressant trials; "failed
  fluoxetine"; "PTSD in remission" as current.
- "currently suicidal", "active suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA" as the Medicaid rule, "name and
  qualifications" as a duty; "the state sets between 90 and 120 days".
'''

ANSWERS = [
    ("denial/notice-of-adverse-benefit-determination-2026-11-30.txt", "PCL-5 remains 64"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-30.txt", "effective 12/07/2026"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-30.txt", "Family Medicine"),
    ("clinical/iop-progress-notes-2026-10-19-to-12-02.txt", "12/02/2026   41"),
    ("clinical/iop-progress-notes-2026-10-19-to-12-02.txt", "Treatment plan revised"),
    ("clinical/iop-progress-notes-2026-10-19-to-12-02.txt", "No suicidal ideation since 11/06/2026"),
    ("other/iop-attendance-roster-2026-10-19-to-12-04.txt", "20 of 21 program days attended"),
    ("other/iop-attendance-roster-2026-10-19-to-12-04.txt", "Paredes Ruiz, Yolanda"),
    ("clinical/discharge-summary-2026-10-02.txt", "with intent to die"),
    ("clinical/discharge-summary-2026-10-02.txt", "a return to weekly therapy alone is not recommended"),
    ("clinical/psychiatry-medication-history-2026-10-19.txt", "fluoxetine 40 mg daily 04/2019-06/2020: remission"),
    ("clinical/psychiatry-medication-history-2026-10-19.txt", "for nightmares"),
    ("clinical/primary-care-visit-2024-03-12.txt", "in remission since 2021"),
    ("other/psychiatrist-letter-2026-12-03.txt", "seven days later"),
    ("truth", "42 CFR 438.420"),
    ("case.yaml", "language: es"),
]
