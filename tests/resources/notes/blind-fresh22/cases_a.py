"""FICTIONAL case data for notes22, cases 01-06. Every person, clinic, number and place is invented."""
from helpers import row, sc, dx, sui

CASES = []

# ---------------------------------------------------------------- 01 dialysis unit psychosocial notes (PDF)
F = "harborview_dialysis_psychosocial_okafor.pdf"
p1 = [
    ("h", "Harborview Kidney Care - Monthly Psychosocial Note (FICTIONAL)"),
    ("l", "Patient: Delphine Okafor-Reyes (FICTIONAL)   Chart: HKC-FICT-20931   Chair 14, Mon/Wed/Fri 2nd shift"),
    ("l", "Date of note: 09/15/2026   Writer: M. Lindqvist, LCSW (renal social worker)"),
    ("h", "Diagnoses on the unit's problem list"),
    ("l", "N18.6 End stage renal disease; Z99.2 Dependence on renal dialysis; E11.22 Type 2 diabetes with kidney disease"),
    ("l", "F33.1 Major depressive disorder, recurrent, moderate (managed by Dr. Asante, nephrology, with psychiatry by e-consult)"),
    ("h", "Depression history (reviewed with patient and the nephrology chart)"),
    ("p", "Before dialysis, her primary doctor treated a first episode with fluoxetine 20 mg (2020-2021); she recovered fully and stopped it in 2021 with his agreement."),
    ("p", "Sertraline 50 mg (06/2024 to 02/2025) did not change her mood in eight months; nephrology stopped it as ineffective."),
    ("p", "Escitalopram 10 mg (03/2025 to 05/2025): she became dizzy after treatments and fell twice in the parking lot, so it was stopped."),
    ("p", "Mirtazapine 15 mg at night, started 06/2025 for mood and for her poor appetite, continues."),
    ("p", "Bupropion was not tried: nephrology declined it at her kidney function. Her husband takes duloxetine for his back and she asked whether she could try his; told no."),
    ("h", "Today"),
    ("p", "PHQ-9 today 17. Low, tired on non-dialysis days, misses church. She has thought she would be better off not waking up, with no intent or plan; she wants to keep dialyzing for her grandson. Sleeps with trazodone 25 mg some nights (prn)."),
    ("p", "Plan: refer to the unit's chairside CBT program (8 sessions during treatment). Continue mirtazapine."),
]
p2 = [
    ("h", "Monthly Psychosocial Note - 10/13/2026 (FICTIONAL)"),
    ("l", "Patient: Delphine Okafor-Reyes   Chart: HKC-FICT-20931   Writer: M. Lindqvist, LCSW"),
    ("p", "Chairside CBT started 09/21/2026 (session 1 of 8), twice a week during her run. She keeps a thought record on her tablet."),
    ("p", "Medications per nephrology list (copied forward): mirtazapine 15 mg qhs; sevelamer with meals; insulin glargine; trazodone 25 mg qhs prn sleep."),
    ("p", "PHQ-9 today 15. No new thoughts of death since last month; denies intent."),
]
p3 = [
    ("h", "Monthly Psychosocial Note - 11/10/2026 (FICTIONAL)"),
    ("l", "Patient: Delphine Okafor-Reyes   Chart: HKC-FICT-20931   Writer: M. Lindqvist, LCSW"),
    ("p", "Chairside CBT finished 10/14/2026 (8 of 8 sessions). She uses the thought records and likes them, but her mood is the same as before the course."),
    ("p", "Mirtazapine: appetite back, eating most of her renal diet and albumin up; mood only somewhat better, still low most afternoons. Nephrology asked psychiatry by e-consult about a next step."),
    ("p", "PHQ-9 today 14."),
]
CASES.append({
    "slug": "01-dialysis-unit-psychosocial-notes-pdf",
    "docs": [{"file": F, "fmt": "pdf", "title": "Harborview Kidney Care psychosocial notes", "pages": [p1, p2, p3]}],
    "note": "FICTIONAL case. A dialysis unit's renal social worker's monthly psychosocial notes, 3-page PDF (09, 10, 11/2026). Rows: fluoxetine 2020-2021 remission; sertraline no response; escitalopram dizzy and falls (side effects); mirtazapine current, partial (outcome p. 3); chairside CBT 8 sessions, mood the same (no response, outcome p. 3). Not rows: bupropion declined by nephrology, the husband's duloxetine, trazodone prn sleep, sevelamer, insulin.",
    "history": [
        row("fluoxetine", "SSRI", "antidepressant", "20 mg", "2020", "2021", "recovered fully and stopped it in 2021", "remission", F, 1, "fluoxetine 20 mg (2020-2021); she recovered fully and stopped it in 2021"),
        row("sertraline", "SSRI", "antidepressant", "50 mg", "2024-06", "2025-02", "did not change her mood in eight months; stopped as ineffective", "no_response", F, 1, "Sertraline 50 mg (06/2024 to 02/2025) did not change her mood in eight months"),
        row("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-03", "2025-05", "dizzy after treatments and fell twice, so it was stopped", "side_effects", F, 1, "Escitalopram 10 mg (03/2025 to 05/2025): she became dizzy after treatments and fell twice in the parking lot, so it was stopped."),
        row("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2025-06", None, "appetite back; mood only somewhat better, still low most afternoons", "partial_response", F, 3, "Mirtazapine: appetite back, eating most of her renal diet and albumin up; mood only somewhat better"),
        row("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2026-09-21", "2026-10-14", "uses the thought records and likes them, but her mood is the same as before the course", "no_response", F, 3, "She uses the thought records and likes them, but her mood is the same as before the course."),
    ],
    "scales": [
        sc("PHQ-9", 17, "2026-09-15", F, 1, "PHQ-9 today 17."),
        sc("PHQ-9", 15, "2026-10-13", F, 2, "PHQ-9 today 15."),
        sc("PHQ-9", 14, "2026-11-10", F, 3, "PHQ-9 today 14."),
    ],
    "diagnoses": [
        dx("N18.6", F, 1, "N18.6 End stage renal disease"),
        dx("Z99.2", F, 1, "Z99.2 Dependence on renal dialysis"),
        dx("E11.22", F, 1, "E11.22 Type 2 diabetes with kidney disease"),
        dx("F33.1", F, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
    ],
    "suicidality": sui("passive", F, 1, "She has thought she would be better off not waking up, with no intent or plan"),
})

# ---------------------------------------------------------------- 02 veterans' clinic problem-oriented record (PDF)
F = "ridgeview_vcc_problem_oriented_record_brandt.pdf"
p1 = [
    ("h", "Ridgeview Veterans Community Clinic - Problem-Oriented Progress Note (FICTIONAL)"),
    ("l", "Veteran: Tomas Brandt (FICTIONAL)   Record: RVCC-FICT-7741   Visit: 10/06/2026   Clinician: J. Whitcomb, PMHNP"),
    ("h", "Active problem list"),
    ("t", ["#", "Problem", "ICD-10-CM", "Since"]),
    ("t", ["1", "Major depressive disorder, recurrent, severe", "F33.2", "2019"]),
    ("t", ["2", "PTSD, chronic (deployment)", "F43.12", "2011"]),
    ("t", ["3", "Low back pain", "M54.50", "2014"]),
    ("t", ["4", "Nicotine dependence, cigarettes", "F17.210", "2003"]),
    ("t", ["5", "Essential hypertension", "I10", "2018"]),
    ("h", "Problem #1 Depression"),
    ("l", "S: 'Flat, no drive, I sit in the truck in the driveway.' Sleep poor. Wife worried."),
    ("l", "O: PHQ-9 16. C-SSRS screen: ideation severity 2 (non-specific active thoughts, past month); no behavior."),
    ("p", "Antidepressant history: fluoxetine 40 mg 2019-2020, remission, tapered off 2020; fluoxetine again 03/2022-09/2022, it did not work the second time; venlafaxine XR 225 mg 10/2022-08/2023, partial response, stopped for BP 158/100; bupropion XL 300 mg since 09/2023, some energy back but mood still low most days (continuing); aripiprazole 5 mg added to bupropion 02/2024-05/2024, no added benefit and 14 lb weight gain, stopped."),
    ("p", "Behavioral activation with the clinic psychologist, 12 sessions (01/2025-04/2025): improved partly, not in remission."),
    ("p", "Esketamine nasal spray 84 mg twice weekly in the clinic, 8 treatments (06/2025-07/2025): no meaningful change in mood; stopped."),
    ("p", "Never on lithium. TMS discussed today; he is on the regional TMS wait list."),
    ("l", "A/P: continue bupropion XL 300 mg. Safety plan reviewed; firearms stored at his brother's. RTC 4 weeks."),
]
p2 = [
    ("h", "Problem #2 PTSD"),
    ("p", "Prolonged exposure therapy for PTSD (10 sessions, 2021) helped the nightmares. Prazosin 2 mg at bedtime for nightmares continues."),
    ("h", "Problem #3 Low back pain"),
    ("p", "Gabapentin 300 mg three times daily for the back; physical therapy in 2024 helped. Naproxen as needed."),
    ("h", "Problem #4 Nicotine dependence"),
    ("p", "Nicotine patch 21 mg; bupropion is already on board (problem #1). Wants to quit by spring."),
    ("h", "Problem #5 Hypertension"),
    ("p", "Lisinopril 20 mg. BP today 136/84."),
    ("h", "Medications (copied forward from the 08/2026 note)"),
    ("l", "bupropion XL 300 mg qAM; trazodone 50 mg qhs for sleep; prazosin 2 mg qhs; gabapentin 300 mg tid; lisinopril 20 mg; nicotine patch 21 mg"),
    ("l", "Signed J. Whitcomb, PMHNP 10/06/2026 (FICTIONAL)"),
]
CASES.append({
    "slug": "02-veterans-clinic-problem-oriented-record-pdf",
    "docs": [{"file": F, "fmt": "pdf", "title": "Ridgeview VCC problem-oriented record", "pages": [p1, p2]}],
    "note": "FICTIONAL case. A veterans' community clinic's problem-oriented progress note, 2-page PDF: problem list with codes, Problem #1 depression with the antidepressant history in one sentence (p. 1), the other problems and a copied-forward medication list (p. 2). Rows: fluoxetine 2019-2020 remission and 2022 no response (two courses); venlafaxine XR partial then BP (side effects); bupropion XL current partial; aripiprazole augmentation stopped for no benefit and weight; behavioral activation partial; esketamine 8 treatments, no meaningful change. Not rows: lithium never, TMS wait list, prolonged exposure for PTSD, prazosin, gabapentin, physical therapy for the back, nicotine patch, trazodone for sleep, lisinopril, naproxen.",
    "history": [
        row("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019", "2020", "remission, tapered off 2020", "remission", F, 1, "fluoxetine 40 mg 2019-2020, remission, tapered off 2020"),
        row("fluoxetine", "SSRI", "antidepressant", None, "2022-03", "2022-09", "it did not work the second time", "no_response", F, 1, "fluoxetine again 03/2022-09/2022, it did not work the second time"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-10", "2023-08", "partial response, stopped for BP 158/100", "side_effects", F, 1, "venlafaxine XR 225 mg 10/2022-08/2023, partial response, stopped for BP 158/100"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2023-09", None, "some energy back but mood still low most days (continuing)", "partial_response", F, 1, "bupropion XL 300 mg since 09/2023, some energy back but mood still low most days (continuing)"),
        row("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-02", "2024-05", "no added benefit and 14 lb weight gain, stopped", "side_effects", F, 1, "aripiprazole 5 mg added to bupropion 02/2024-05/2024, no added benefit and 14 lb weight gain, stopped"),
        row("esketamine", "NMDA antagonist", "antidepressant", "84 mg", "2025-06", "2025-07", "no meaningful change in mood; stopped", "no_response", F, 1, "Esketamine nasal spray 84 mg twice weekly in the clinic, 8 treatments (06/2025-07/2025): no meaningful change in mood; stopped."),
        row("behavioral activation", "psychotherapy", "psychotherapy", "12 sessions", "2025-01", "2025-04", "improved partly, not in remission", "partial_response", F, 1, "Behavioral activation with the clinic psychologist, 12 sessions (01/2025-04/2025): improved partly, not in remission."),
    ],
    "scales": [
        sc("PHQ-9", 16, "2026-10-06", F, 1, "O: PHQ-9 16."),
        sc("C-SSRS", 2, "2026-10-06", F, 1, "C-SSRS screen: ideation severity 2 (non-specific active thoughts, past month)"),
    ],
    "diagnoses": [
        dx("F33.2", F, 1, "1 Major depressive disorder, recurrent, severe F33.2 2019"),
        dx("F43.12", F, 1, "2 PTSD, chronic (deployment) F43.12 2011"),
        dx("M54.50", F, 1, "3 Low back pain M54.50 2014"),
        dx("F17.210", F, 1, "4 Nicotine dependence, cigarettes F17.210 2003"),
        dx("I10", F, 1, "5 Essential hypertension I10 2018"),
    ],
    "suicidality": sui("active", F, 1, "C-SSRS screen: ideation severity 2 (non-specific active thoughts, past month); no behavior."),
})

# ---------------------------------------------------------------- 03 home-health nurse visit log (TXT)
F = "homehealth_visit_log_pelletier.txt"
pg = [
    ("l", "FICTIONAL SAMPLE - Brightwater Home Health Services - Skilled Nursing Visit Log"),
    ("l", "Patient: Germaine Pelletier (FICTIONAL), 81   Agency ID: BHH-FICT-55102   RN: A. Oduya"),
    ("l", "Diagnoses on the plan of care: Z96.641 presence of right artificial hip joint (after fall 07/2026); F33.1 major depressive disorder, recurrent, moderate; I48.91 atrial fibrillation"),
    ("g",),
    ("l", "=== 09/02/2026 (start of care) ==="),
    ("p", "Med reconciliation with daughter Claire at the kitchen table. Citalopram 20 mg was stopped 08/2026 by cardiology because the ECG showed QTc 489; she had taken it since 2024. Sertraline 25 mg started 08/20/2026 by her PCP in its place. Oxycodone 5 mg as needed for hip pain (took one yesterday). Melatonin 3 mg at bedtime. Apixaban 5 mg twice daily. Lorazepam 0.5 mg as needed, about once a week."),
    ("p", "Past per daughter: escitalopram in 2022, 'no effect at all' after three months; mirtazapine 15 mg in 2023 for the depression, stopped after she fell at night, too sedated. She refused ECT in 2023. Her late husband's donepezil bottles are still in the cabinet; removed with her consent."),
    ("p", "PHQ-9 18. Tearful. Denies thoughts of death or self-harm."),
    ("l", "=== 09/16/2026 ==="),
    ("p", "Sertraline raised to 50 mg on 09/15 by PCP phone order. Home-health social worker (T. Baptiste) begins problem-solving therapy at home, 6 visits planned."),
    ("l", "=== 09/30/2026 ==="),
    ("p", "PHQ-9 14. Walking to mailbox with walker. Problem-solving therapy visit 3 done."),
    ("l", "=== 10/14/2026 ==="),
    ("p", "Meds unchanged (copied forward): sertraline 50 mg, apixaban, melatonin, oxycodone prn, lorazepam prn. Psychiatry e-consult suggested adding bupropion if no better by December."),
    ("l", "=== 10/28/2026 (discharge from skilled nursing) ==="),
    ("p", "Problem-solving therapy finished 10/27 (6 visits). She liked having a plan for the week; her mood is no different, per her and Claire."),
    ("p", "Sertraline: Claire says she is brighter and eating more; still tearful most afternoons. PHQ-9 12. Denies thoughts of death."),
]
CASES.append({
    "slug": "03-home-health-nurse-visit-log-txt",
    "docs": [{"file": F, "fmt": "txt", "title": "Brightwater Home Health visit log", "pages": [pg]}],
    "note": "FICTIONAL case. A home-health skilled-nursing visit log (plain text) for an 81-year-old after a hip replacement, five visits 09-10/2026. Rows: citalopram stopped by cardiology for QTc (side effects); sertraline current partial (outcome at discharge visit); escitalopram 2022 no effect; mirtazapine 2023 stopped after a fall (side effects); problem-solving therapy 6 visits, mood no different. Not rows: ECT refused, the late husband's donepezil, bupropion suggested, oxycodone prn, lorazepam prn, melatonin, apixaban.",
    "history": [
        row("citalopram", "SSRI", "antidepressant", "20 mg", "2024", "2026-08", "stopped by cardiology because the ECG showed QTc 489", "side_effects", F, 1, "Citalopram 20 mg was stopped 08/2026 by cardiology because the ECG showed QTc 489; she had taken it since 2024."),
        row("sertraline", "SSRI", "antidepressant", "50 mg", "2026-08-20", None, "brighter and eating more; still tearful most afternoons", "partial_response", F, 1, "Sertraline: Claire says she is brighter and eating more; still tearful most afternoons."),
        row("escitalopram", "SSRI", "antidepressant", None, "2022", "2022", "'no effect at all' after three months", "no_response", F, 1, "escitalopram in 2022, 'no effect at all' after three months"),
        row("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2023", "2023", "stopped after she fell at night, too sedated", "side_effects", F, 1, "mirtazapine 15 mg in 2023 for the depression, stopped after she fell at night, too sedated"),
        row("problem-solving therapy", "psychotherapy", "psychotherapy", "6 visits", "2026-09", "2026-10-27", "liked having a plan for the week; her mood is no different", "no_response", F, 1, "Problem-solving therapy finished 10/27 (6 visits). She liked having a plan for the week; her mood is no different"),
    ],
    "scales": [
        sc("PHQ-9", 18, "2026-09-02", F, 1, "PHQ-9 18. Tearful."),
        sc("PHQ-9", 14, "2026-09-30", F, 1, "PHQ-9 14. Walking to mailbox"),
        sc("PHQ-9", 12, "2026-10-28", F, 1, "PHQ-9 12. Denies thoughts of death."),
    ],
    "diagnoses": [
        dx("Z96.641", F, 1, "Z96.641 presence of right artificial hip joint"),
        dx("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
        dx("I48.91", F, 1, "I48.91 atrial fibrillation"),
    ],
    "suicidality": sui("none", F, 1, "Denies thoughts of death or self-harm."),
})

# ---------------------------------------------------------------- 04 partial hospitalization program daily notes (PDF)
F = "cedar_php_daily_group_notes_vasquez.pdf"
p1 = [
    ("h", "Cedar Hollow Partial Hospitalization Program - Admission and Daily Notes (FICTIONAL)"),
    ("l", "Patient: Renata Vasquez (FICTIONAL), 34   MRN: CH-FICT-30418   Admitted to PHP: 10/05/2026 (day 1)"),
    ("l", "Diagnoses: F33.2 Major depressive disorder, recurrent severe without psychotic features; F41.1 Generalized anxiety disorder"),
    ("h", "Admission assessment (psychiatrist, 10/05/2026)"),
    ("p", "Stepped down from an emergency visit on 10/03 for thoughts of overdosing on her pills, with no intent and no preparatory act. C-SSRS ideation severity 3 at admission. PHQ-9 22, GAD-7 16."),
    ("p", "Past trials: escitalopram 20 mg 2023-2024, stopped because she 'felt nothing, not even sad' (emotional blunting); bupropion XL 150 mg 06/2025-07/2025, three weeks, panic attacks, stopped; TMS 30 sessions in spring 2024 (03/2024-05/2024), she felt well by May but it had faded by August. Duloxetine 60 mg since 11/2025, current."),
    ("p", "Quetiapine 50 mg at bedtime for sleep only. Her sister's clonazepam was found in her purse and returned to the sister."),
    ("h", "Daily notes, week 1"),
    ("t", ["Day", "Date", "Groups attended", "Clinician note"]),
    ("t", ["1", "10/05", "Orientation; CBT group", "Quiet, tearful."]),
    ("t", ["2", "10/06", "CBT group; DBT skills", "Used a coping card."]),
    ("t", ["3", "10/07", "CBT group; med education", "Duloxetine raised to 90 mg today."]),
    ("t", ["4", "10/08", "CBT group; process group", "Peer shared that clozapine helped him."]),
    ("t", ["5", "10/09", "CBT group; DBT skills", "Brighter in the afternoon."]),
]
p2 = [
    ("h", "Daily notes, weeks 2-3 (FICTIONAL)"),
    ("t", ["Day", "Date", "Groups attended", "Clinician note"]),
    ("t", ["6", "10/12", "CBT group; med education", "Lithium carbonate 300 mg twice daily added to the duloxetine today."]),
    ("t", ["7", "10/13", "CBT group; DBT skills", "Mild thirst."]),
    ("t", ["8", "10/14", "CBT group; process group", "Missed afternoon (lab draw)."]),
    ("t", ["9", "10/15", "CBT group; relapse prevention", "Asked about ECT; not offered at this time."]),
    ("t", ["10", "10/16", "CBT group; DBT skills", "Denies SI today."]),
    ("t", ["11", "10/19", "CBT group; family session", "Mother attended."]),
    ("t", ["12", "10/20", "CBT group; DBT skills", "Lithium level 0.4."]),
    ("t", ["13", "10/21", "CBT group; process group", "Planning return to work."]),
    ("t", ["14", "10/22", "CBT group; med education", "Sleeping 7 hours."]),
    ("t", ["15", "10/23", "CBT group; discharge planning", "Discharge day."]),
]
p3 = [
    ("h", "PHP Discharge Summary - 10/23/2026 (FICTIONAL)"),
    ("l", "Patient: Renata Vasquez   MRN: CH-FICT-30418   Program days: 15 (10/05/2026 - 10/23/2026)"),
    ("p", "CBT-based group therapy daily over the 15 program days, with DBT skills groups: her mood improved partly; she is not in remission. PHQ-9 at discharge 15."),
    ("p", "Duloxetine 90 mg: partial response; continues after discharge. Lithium carbonate 300 mg twice daily (level 0.4): too early to judge; continue and recheck the level in one week."),
    ("p", "Suicidal ideation resolved during the program; safety plan in place. Aftercare: intensive outpatient program intake 10/27; her outpatient psychiatrist may consider esketamine if no better."),
]
CASES.append({
    "slug": "04-partial-hospitalization-daily-group-notes-pdf",
    "docs": [{"file": F, "fmt": "pdf", "title": "Cedar Hollow PHP daily notes", "pages": [p1, p2, p3]}],
    "note": "FICTIONAL case. A partial hospitalization program's admission assessment, daily group-note tables (15 program days) and discharge summary, 3-page PDF. Rows: escitalopram emotional blunting (side effects); bupropion XL panic attacks (side effects); TMS 30 sessions 2024, well by May, faded by August (relapse); duloxetine raised on day 3, partial at discharge (p. 3); lithium added on day 6 (p. 2), too early to judge (p. 3, unknown); the program's CBT-based group therapy, 15 program days, partial (p. 3). Not rows: quetiapine for sleep, the sister's clonazepam, a peer's clozapine, ECT asked about and not offered, esketamine 'may consider', the IOP.",
    "history": [
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2023", "2024", "stopped because she 'felt nothing, not even sad' (emotional blunting)", "side_effects", F, 1, "escitalopram 20 mg 2023-2024, stopped because she 'felt nothing, not even sad' (emotional blunting)"),
        row("bupropion", "NDRI", "antidepressant", "150 mg", "2025-06", "2025-07", "three weeks, panic attacks, stopped", "side_effects", F, 1, "bupropion XL 150 mg 06/2025-07/2025, three weeks, panic attacks, stopped"),
        row("TMS", "neuromodulation", "neuromodulation", "30 sessions", "2024-03", "2024-05", "felt well by May but it had faded by August", "relapse", F, 1, "TMS 30 sessions in spring 2024 (03/2024-05/2024), she felt well by May but it had faded by August"),
        row("duloxetine", "SNRI", "antidepressant", "90 mg", "2025-11", None, "partial response; continues after discharge", "partial_response", F, 3, "Duloxetine 90 mg: partial response; continues after discharge."),
        row("lithium", "mood stabilizer", "augmentation", "300 mg twice daily", "2026-10-12", None, "too early to judge", "unknown", F, 3, "Lithium carbonate 300 mg twice daily (level 0.4): too early to judge"),
        row("CBT", "psychotherapy", "psychotherapy", "15 program days", "2026-10-05", "2026-10-23", "her mood improved partly; she is not in remission", "partial_response", F, 3, "CBT-based group therapy daily over the 15 program days, with DBT skills groups: her mood improved partly; she is not in remission."),
    ],
    "scales": [
        sc("C-SSRS", 3, "2026-10-05", F, 1, "C-SSRS ideation severity 3 at admission."),
        sc("PHQ-9", 22, "2026-10-05", F, 1, "PHQ-9 22, GAD-7 16."),
        sc("GAD-7", 16, "2026-10-05", F, 1, "PHQ-9 22, GAD-7 16."),
        sc("PHQ-9", 15, "2026-10-23", F, 3, "PHQ-9 at discharge 15."),
    ],
    "diagnoses": [
        dx("F33.2", F, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features"),
        dx("F41.1", F, 1, "F41.1 Generalized anxiety disorder"),
    ],
    "suicidality": sui("active", F, 1, "thoughts of overdosing on her pills, with no intent and no preparatory act"),
})

# ---------------------------------------------------------------- 05 genetic counselor's letter (DOCX)
F = "genetic_counseling_letter_haddad.docx"
pg = [
    ("h", "Northbrook Reproductive Genetics - Genetic Counseling Summary Letter"),
    ("l", "FICTIONAL SAMPLE. All names and numbers are invented."),
    ("l", "November 3, 2026"),
    ("l", "Re: Samira Haddad (FICTIONAL), DOB 04/11/1993, Patient ID NRG-FICT-8820"),
    ("p", "Dear Ms. Haddad, thank you for meeting with me today for psychiatric genetic counseling before a planned pregnancy. This letter summarizes what we discussed, for you and for Dr. Feld, your psychiatrist."),
    ("h", "Your family history"),
    ("p", "Your mother has bipolar disorder and has taken lithium for twenty years. Your brother had ECT in 2019 for severe depression and responded. Your maternal aunt did well on sertraline. Your father, who died in 2023, had no psychiatric history."),
    ("h", "Your own history"),
    ("p", "You had your first episode of depression in college. Sertraline 100 mg from 2017 to 2019 brought a full remission, and you tapered off in 2019 when you were well."),
    ("p", "In 2020 the depression returned and you took paroxetine 20 mg (2020 to 2023). It worked well and you felt like yourself; you stopped it in 2023 only because you were planning a pregnancy and had read about paroxetine in early pregnancy."),
    ("p", "Escitalopram 10 mg from 10/2023 to 01/2024 gave no response. Sertraline was restarted in 02/2024 and is now at 150 mg; you described yourself as 'better, but not well' on it."),
    ("p", "Interpersonal psychotherapy, 16 sessions in 2024, helped with the grief over your father's death; the depression itself did not lift."),
    ("p", "You have never taken lithium or any mood stabilizer and have never had a manic or hypomanic episode. Bupropion was discussed with Dr. Feld as a pregnancy-compatible option; you have not started it."),
    ("p", "Your PHQ-9 today was 14. You told me you have never had thoughts of suicide."),
    ("h", "Other medicines"),
    ("p", "Levothyroxine 50 mcg for hypothyroidism and a prenatal vitamin."),
    ("h", "Diagnoses for this visit"),
    ("t", ["Code", "Description"]),
    ("t", ["F33.1", "Major depressive disorder, recurrent, moderate"]),
    ("t", ["Z81.8", "Family history of other mental and behavioral disorders"]),
    ("t", ["Z31.69", "Other general counseling and advice on procreation"]),
    ("t", ["E03.9", "Hypothyroidism"]),
    ("h", "Risk discussion"),
    ("p", "We discussed that depression is common and has many causes, and that your chance of a mood disorder in a child is higher than the general population's because of the family history, but most children in families like yours do not develop bipolar disorder. No genetic test predicts it today."),
    ("l", "With best wishes, Lauren Okonkwo, MS, CGC (FICTIONAL)"),
]
CASES.append({
    "slug": "05-genetic-counselor-letter-docx",
    "docs": [{"file": F, "fmt": "docx", "title": "Northbrook Reproductive Genetics letter", "pages": [pg]}],
    "note": "FICTIONAL case. A psychiatric genetic counselor's summary letter before a planned pregnancy, DOCX, written to the patient. Rows: sertraline 2017-2019 remission and sertraline again from 02/2024, 150 mg, 'better, but not well' (two courses); paroxetine worked well, stopped for pregnancy planning (remission: the stop decides nothing); escitalopram no response; IPT 16 sessions, helped with grief, depression did not lift (no response). Not rows: the mother's lithium, the brother's ECT, the aunt's sertraline, lithium never taken, bupropion discussed, levothyroxine, prenatal vitamin.",
    "history": [
        row("sertraline", "SSRI", "antidepressant", "100 mg", "2017", "2019", "a full remission; tapered off in 2019 when well", "remission", F, 1, "Sertraline 100 mg from 2017 to 2019 brought a full remission, and you tapered off in 2019 when you were well."),
        row("paroxetine", "SSRI", "antidepressant", "20 mg", "2020", "2023", "worked well, felt like yourself; stopped only because planning a pregnancy", "remission", F, 1, "It worked well and you felt like yourself; you stopped it in 2023 only because you were planning a pregnancy"),
        row("escitalopram", "SSRI", "antidepressant", "10 mg", "2023-10", "2024-01", "no response", "no_response", F, 1, "Escitalopram 10 mg from 10/2023 to 01/2024 gave no response."),
        row("sertraline", "SSRI", "antidepressant", "150 mg", "2024-02", None, "'better, but not well'", "partial_response", F, 1, "Sertraline was restarted in 02/2024 and is now at 150 mg; you described yourself as 'better, but not well' on it."),
        row("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2024", "2024", "helped with the grief; the depression itself did not lift", "no_response", F, 1, "Interpersonal psychotherapy, 16 sessions in 2024, helped with the grief over your father's death; the depression itself did not lift."),
    ],
    "scales": [sc("PHQ-9", 14, "2026-11-03", F, 1, "Your PHQ-9 today was 14.")],
    "diagnoses": [
        dx("F33.1", F, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        dx("Z81.8", F, 1, "Z81.8 Family history of other mental and behavioral disorders"),
        dx("Z31.69", F, 1, "Z31.69 Other general counseling and advice on procreation"),
        dx("E03.9", F, 1, "E03.9 Hypothyroidism"),
    ],
    "suicidality": sui("none", F, 1, "You told me you have never had thoughts of suicide."),
})

# ---------------------------------------------------------------- 06 pharmacist prior-authorization worksheet (PDF)
F = "pa_worksheet_trintellix_mbeki.pdf"
p1 = [
    ("h", "Prior Authorization Worksheet - Pharmacy Benefit (FICTIONAL)"),
    ("l", "Plan: Meridian Coast Health Plan (FICTIONAL)   PA case: PA-FICT-2026-118402   Received: 09/18/2026"),
    ("l", "Member: Jonah Mbeki (FICTIONAL)   Member ID: MCH-FICT-660192   DOB: 02/27/1988"),
    ("l", "Prescriber: Dr. N. Castellanos, psychiatry   Phone 555-0142"),
    ("h", "Section A. Drug requested"),
    ("l", "Trintellix (vortioxetine) 10 mg daily, titrate to 20 mg. Quantity 30 / 30 days."),
    ("l", "Diagnosis on request: F33.1 Major depressive disorder, recurrent, moderate"),
    ("h", "Section B. Step therapy: formulary antidepressants (pharmacist review of claims and chart notes)"),
    ("t", ["Drug and dose", "Claims dates", "Days", "Outcome per prescriber notes"]),
    ("t", ["mirtazapine 30 mg", "chart: 2024 (prior plan)", "-", "Gained 20 lb; stopped 09/2024"]),
    ("t", ["escitalopram 20 mg", "01/2025-04/2025", "90", "No response at 12 weeks"]),
    ("t", ["sertraline 150 mg", "05/2025-06/2025", "35", "Diarrhea; stopped at 5 weeks"]),
    ("t", ["bupropion XL 150 mg", "e-Rx 03/2025", "0", "Never filled (cost); not a trial"]),
    ("t", ["duloxetine 60 mg", "07/2025-01/2026", "180", "Partial response, lost by 12/2025"]),
    ("t", ["desvenlafaxine 50 mg", "02/2026-current", "210", "Minimal response; continuing"]),
    ("l", "Step criterion (two formulary antidepressants of adequate dose and duration): MET"),
    ("h", "Section C. Safety screen (from prescriber form)"),
    ("l", "Current suicidal ideation: [ ] Yes [X] No     History of suicide attempt: [ ] Yes [X] No"),
    ("l", "PHQ-9 on 09/14/2026: 20"),
]
p2 = [
    ("h", "Section D. Pharmacist notes (FICTIONAL)"),
    ("p", "09/19/2026: Reviewed the prescriber's attached office note of 09/14/2026. Psychotherapy: CBT, 10 sessions in 2025 (04/2025-07/2025), 'not much help' per the note. The office note also lists hydroxyzine 25 mg as needed for anxiety (no claims in 12 months) and the member's spouse's fluoxetine on the household list, which is not the member's."),
    ("p", "Desvenlafaxine: prescriber plans to stop it when vortioxetine starts; not yet stopped. Member's PHQ-9 was 22 on 06/02/2026 per the note."),
    ("p", "Augmentation not tried; prescriber states the member declined aripiprazole because of his father's weight gain on it."),
    ("l", "Determination: APPROVED 09/19/2026 for 12 months. Reviewer: K. Albright, PharmD (FICTIONAL)"),
]
CASES.append({
    "slug": "06-pharmacist-prior-authorization-worksheet-pdf",
    "docs": [{"file": F, "fmt": "pdf", "title": "PA worksheet, Meridian Coast Health Plan", "pages": [p1, p2]}],
    "note": "FICTIONAL case. A plan pharmacist's prior-authorization worksheet for vortioxetine, 2-page PDF: the request, a step-therapy table from claims and chart notes, a tick-box safety screen (p. 1), the pharmacist's notes (p. 2). Rows: mirtazapine 2024 from the chart, weight gain (side effects); escitalopram no response; sertraline diarrhea (side effects); duloxetine partial then lost (relapse); desvenlafaxine current, minimal response (no response); CBT 10 sessions 'not much help' (p. 2). Not rows: Trintellix requested (approved, not begun), bupropion XL never filled, hydroxyzine as needed, the spouse's fluoxetine, aripiprazole declined (the father's).",
    "history": [
        row("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024", "2024-09", "Gained 20 lb; stopped 09/2024", "side_effects", F, 1, "mirtazapine 30 mg chart: 2024 (prior plan) - Gained 20 lb; stopped 09/2024"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-01", "2025-04", "No response at 12 weeks", "no_response", F, 1, "escitalopram 20 mg 01/2025-04/2025 90 No response at 12 weeks"),
        row("sertraline", "SSRI", "antidepressant", "150 mg", "2025-05", "2025-06", "Diarrhea; stopped at 5 weeks", "side_effects", F, 1, "sertraline 150 mg 05/2025-06/2025 35 Diarrhea; stopped at 5 weeks"),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-07", "2026-01", "Partial response, lost by 12/2025", "relapse", F, 1, "duloxetine 60 mg 07/2025-01/2026 180 Partial response, lost by 12/2025"),
        row("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2026-02", None, "Minimal response; continuing", "no_response", F, 1, "desvenlafaxine 50 mg 02/2026-current 210 Minimal response; continuing"),
        row("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2025-04", "2025-07", "'not much help'", "no_response", F, 2, "CBT, 10 sessions in 2025 (04/2025-07/2025), 'not much help' per the note"),
    ],
    "scales": [
        sc("PHQ-9", 20, "2026-09-14", F, 1, "PHQ-9 on 09/14/2026: 20"),
        sc("PHQ-9", 22, "2026-06-02", F, 2, "Member's PHQ-9 was 22 on 06/02/2026"),
    ],
    "diagnoses": [dx("F33.1", F, 1, "F33.1 Major depressive disorder, recurrent, moderate")],
    "suicidality": sui("none", F, 1, "Current suicidal ideation: [ ] Yes [X] No History of suicide attempt: [ ] Yes [X] No"),
})
