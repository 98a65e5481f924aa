# FICTIONAL cases for notes set 52. Every person, clinic, plan and number here is invented.
# A document is pages of lines: "# " heading, "|a|b|" table row, "~ " handwriting (scan, photos), "" a gap.
# A history row: (name, class, kind, dose, start, end, outcome, outcome_class, source span);
# the source file and page are found by make_set.py (the span must be on exactly one page).


def D(file, kind, title, *pages, **kw):
    d = {"file": file, "kind": kind, "title": title, "pages": list(pages)}
    d.update(kw)
    return d


CASES = []

# ---------------------------------------------------------------- 01 sleep neurology, PDF
CASES.append(dict(
    slug="52-01-restless-legs-sleep-neurology-return-visits-pdf",
    note="FICTIONAL case. Sleep and movement neurology return visits for restless legs (PDF, 2 pages) that review "
         "the mood. Rows: sertraline 2022 (did nothing: no response), bupropion 2023 (jittery, no sleep, stopped: "
         "side effects), vortioxetine since 06/2025 (took the edge off, still low: partial, current). Not rows: "
         "gabapentin for restless legs, ferrous sulfate, lithium never tried, TMS declined, aripiprazole and ECT "
         "only planned or refused.",
    docs=[D("sleep_neurology_visits.pdf", "pdf", "Sleep neurology return visits (FICTIONAL)",
            ["# Lakeshore Sleep & Movement Neurology (FICTIONAL)",
             "FICTIONAL SAMPLE RECORD - invented patient, clinicians and clinic. Tel (614) 555-0142, fax (614) 555-0143.",
             "Patient: Marguerite Okonkwo-Hale (fictional)   DOB 04/11/1979   MRN FICT52-0107",
             "# Return visit 03/05/2026 - R. Castellan, MD (fictional)",
             "Reason: restless legs follow-up; mood reviewed at the patient's request.",
             "Legs: symptoms most evenings despite iron. Ferritin 31. Ferrous sulfate 325 mg every other day continues.",
             "Mood: depression since her twenties. Sertraline 100 mg from 03/2022 to 09/2022: \"it did nothing for the mood,\" so her PCP switched her. "
             "Bupropion XL 300 mg was started 01/2023 and stopped 04/2023 because it made her jittery and she could not sleep; her legs were worse on it as well. "
             "Vortioxetine 10 mg was started 06/2025 by her psychiatrist, Dr. Ibsen (fictional), and raised to 20 mg in 09/2025.",
             "She has never tried lithium. She declined a TMS referral for now.",
             "PHQ-9 today 16.",
             "# Assessment",
             "G25.81 restless legs syndrome, not controlled",
             "F33.1 major depressive disorder, recurrent, moderate",
             "E61.1 iron deficiency",
             "# Plan",
             "Start gabapentin 300 mg at bedtime for the restless legs. Continue iron. Return in 6 months."],
            ["# Return visit 09/10/2026 - R. Castellan, MD (fictional)",
             "Legs: restless legs well controlled on gabapentin 300 mg at bedtime since 03/2026; ferritin 88.",
             "Mood: vortioxetine 20 mg since 06/2025; she says it \"took the edge off, but still pretty low.\" PHQ-9 today 12.",
             "Denies suicidal ideation, plan or intent.",
             "# Plan",
             "Continue gabapentin and iron. Continue vortioxetine 20 mg; consider aripiprazole augmentation with her psychiatrist. "
             "She is not interested in ECT. Recheck ferritin in 6 months.",
             "R. Castellan, MD (fictional) - electronically signed 09/10/2026"])],
    history=[
        ("sertraline", "SSRI", "antidepressant", "100 mg", "2022-03", "2022-09", "it did nothing for the mood",
         "no_response", "Sertraline 100 mg from 03/2022 to 09/2022: \"it did nothing for the mood,\""),
        ("bupropion", "NDRI", "antidepressant", "300 mg", "2023-01", "2023-04",
         "stopped because it made her jittery and she could not sleep", "side_effects",
         "Bupropion XL 300 mg was started 01/2023 and stopped 04/2023 because it made her jittery and she could not sleep"),
        ("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2025-06", None,
         "took the edge off, but still pretty low", "partial_response",
         "vortioxetine 20 mg since 06/2025; she says it \"took the edge off, but still pretty low.\""),
    ],
    scales=[("PHQ-9", 16, "2026-03-05", "PHQ-9 today 16."), ("PHQ-9", 12, "2026-09-10", "PHQ-9 today 12.")],
    diagnoses=[("G25.81", "G25.81 restless legs syndrome, not controlled"),
               ("F33.1", "F33.1 major depressive disorder, recurrent, moderate"),
               ("E61.1", "E61.1 iron deficiency")],
    suicidality=("none", "Denies suicidal ideation, plan or intent."),
))

# ---------------------------------------------------------------- 02 LTC consultant pharmacist, TXT
CASES.append(dict(
    slug="52-02-nursing-facility-consultant-pharmacist-regimen-review-txt",
    note="FICTIONAL case. A consultant pharmacist's monthly medication regimen review in a nursing facility (TXT). "
         "Rows: citalopram 2024 (stopped for a prolonged QTc: side effects), mirtazapine 2024-2025 (sleep and "
         "appetite better, low mood hangs on: no response), sertraline since 02/2025 (about halfway back: partial, "
         "current). Not rows: apixaban, metformin, donepezil, melatonin. Suicidality not mentioned: null.",
    docs=[D("consultant_pharmacist_review.txt", "txt", "Regimen review (FICTIONAL)",
            ["# Consultant Pharmacist Monthly Medication Regimen Review (FICTIONAL)",
             "FICTIONAL SAMPLE - invented resident, facility, prescriber and pharmacist.",
             "Facility: Birchwood Gardens Nursing & Rehabilitation (fictional), Unit 2 West",
             "Pharmacy: Meridian LTC Pharmacy Services (fictional), phone (317) 555-0161, fax (317) 555-0162",
             "Resident: Harold Vasquez-Lindqvist (fictional)   Room 214B   DOB 09/02/1941   ID FICT-LTC-5207",
             "Review date: 10/14/2026   Pharmacist: D. Abernathy, PharmD (fictional)",
             "# Active diagnoses (facility face sheet)",
             "| F33.1 | Major depressive disorder, recurrent, moderate |",
             "| I48.91 | Atrial fibrillation, unspecified |",
             "| E11.9 | Type 2 diabetes mellitus without complications |",
             "| G30.1 | Alzheimer disease with late onset |",
             "# Current medications (MAR, 10/2026)",
             "| Sertraline 100 mg | daily | since 02/2025 | depression |",
             "| Apixaban 5 mg | twice daily | since 2023 | atrial fibrillation |",
             "| Metformin 500 mg | twice daily | since 2019 | diabetes |",
             "| Donepezil 10 mg | at bedtime | since 2024 | memory |",
             "| Melatonin 3 mg | at bedtime | since 2024 | sleep |",
             "# Antidepressant history (admission records, MAR and nursing notes)",
             "- Citalopram 20 mg 02/2024 to 05/2024: discontinued after an ECG showed a prolonged QTc (512 ms); cardiology asked that it not be restarted.",
             "- Mirtazapine 15 mg 06/2024 to 01/2025: sleeping through the night and eating better, but the low mood hangs on per nursing notes; tapered off.",
             "- Sertraline started 02/2025 at 50 mg, increased to 100 mg in 05/2025.",
             "# Assessment",
             "PHQ-9 (staff-assisted) 09/30/2026: 11, down from 18 on 02/03/2025.",
             "Sertraline 100 mg: per the unit psychologist he is \"about halfway back\" to his usual self; still withdrawn in the afternoons.",
             "Fall risk: one fall 08/2026, no injury. A1c 7.1.",
             "# Recommendations to the prescriber",
             "1. No change to sertraline; a gradual dose reduction is not advised at this time.",
             "2. Please consider whether melatonin is still needed.",
             "3. Repeat ECG not required on sertraline unless symptoms.",
             "Prescriber response: Agree with 1-3. (signed, fictional prescriber, 10/16/2026)"],
            colw=[22, 50, 14, 22])],
    history=[
        ("citalopram", "SSRI", "antidepressant", "20 mg", "2024-02", "2024-05",
         "discontinued after an ECG showed a prolonged QTc (512 ms)", "side_effects",
         "Citalopram 20 mg 02/2024 to 05/2024: discontinued after an ECG showed a prolonged QTc (512 ms)"),
        ("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2024-06", "2025-01",
         "sleeping through the night and eating better, but the low mood hangs on", "no_response",
         "Mirtazapine 15 mg 06/2024 to 01/2025: sleeping through the night and eating better, but the low mood hangs on"),
        ("sertraline", "SSRI", "antidepressant", "100 mg", "2025-02", None,
         "about halfway back to his usual self; still withdrawn in the afternoons", "partial_response",
         "Sertraline 100 mg: per the unit psychologist he is \"about halfway back\" to his usual self"),
    ],
    scales=[("PHQ-9", 11, "2026-09-30", "PHQ-9 (staff-assisted) 09/30/2026: 11, down from 18 on 02/03/2025."),
            ("PHQ-9", 18, "2025-02-03", "PHQ-9 (staff-assisted) 09/30/2026: 11, down from 18 on 02/03/2025.")],
    diagnoses=[("F33.1", "F33.1 Major depressive disorder, recurrent, moderate"),
               ("I48.91", "I48.91 Atrial fibrillation, unspecified"),
               ("E11.9", "E11.9 Type 2 diabetes mellitus without complications"),
               ("G30.1", "G30.1 Alzheimer disease with late onset")],
    suicidality=None,
))

# ---------------------------------------------------------------- 03 headache center, DOCX
CASES.append(dict(
    slug="52-03-headache-center-cgrp-prior-authorization-summary-docx",
    note="FICTIONAL case. A headache center's treatment summary for a prior authorization (DOCX) in records coded "
         "for chronic migraine. Rows (kind other, tried for the headaches): topiramate 2024 (tingling, word-finding: "
         "side effects), propranolol 2024-2025 (headache days unchanged: no response), erenumab 2025 (18 -> 11 "
         "days, some better but not all the way: partial; stopped for a coverage change). Antidepressant row: "
         "escitalopram 2023-2024 (felt like herself again, tapered with her psychiatrist: remission). Not rows: "
         "sumatriptan as needed, rimegepant requested, amitriptyline considered and not started. F33.42 is a state, "
         "not an outcome.",
    docs=[D("headache_center_pa_summary.docx", "docx", "Headache center PA summary (FICTIONAL)",
            ["# Summit Headache Center (FICTIONAL) - treatment summary for prior authorization",
             "FICTIONAL SAMPLE - invented patient, clinic and plan. Phone (503) 555-0118, fax (503) 555-0119.",
             "Patient: Priya Castellanos-Whitfield (fictional), DOB 07/22/1988, member ID FICT-HP-44120",
             "Prepared 08/19/2026 by L. Moreau, MD, headache medicine (fictional)",
             "# Diagnoses",
             "G43.709 chronic migraine without aura, not intractable, without status migrainosus",
             "F33.42 major depressive disorder, recurrent, in full remission",
             "# Preventive medicines tried for the headaches",
             "| Medicine | Dose | Dates | Result |",
             "| Topiramate | 100 mg daily | 01/2024 - 05/2024 | stopped: tingling hands, could not find her words; headaches no better |",
             "| Propranolol ER | 80 mg daily | 06/2024 - 01/2025 | headache days unchanged (16 -> 16 per month) |",
             "| Erenumab | 140 mg monthly | 02/2025 - 09/2025 | headache days 18 -> 11 per month; some better, but not all the way |",
             "Erenumab was stopped in 09/2025 only because her employer changed plans; it was not stopped for lack of effect.",
             "Acute treatment: sumatriptan 100 mg as needed, limited to 8 days a month. Amitriptyline was considered but not started because of her daytime sleepiness.",
             "# Mood",
             "Escitalopram 20 mg from 03/2023 to 02/2024 for depression: she \"felt like myself again\" and tapered off it with her psychiatrist. No antidepressant since. She denies suicidal thoughts.",
             "PHQ-9 4 on 08/19/2026.",
             "# Current status and request",
             "Pain NRS 7/10 on headache days at the 08/19/2026 visit; 17 headache days in July 2026 by diary.",
             "Request: rimegepant 75 mg every other day for prevention. Please call (503) 555-0118 with questions.",
             "L. Moreau, MD (fictional)"])],
    history=[
        ("topiramate", "anticonvulsant", "other", "100 mg", "2024-01", "2024-05",
         "stopped: tingling hands, could not find her words; headaches no better", "side_effects",
         "Topiramate 100 mg daily 01/2024 - 05/2024 stopped: tingling hands, could not find her words; headaches no better"),
        ("propranolol", "beta blocker", "other", "80 mg", "2024-06", "2025-01",
         "headache days unchanged (16 -> 16 per month)", "no_response",
         "Propranolol ER 80 mg daily 06/2024 - 01/2025 headache days unchanged (16 -> 16 per month)"),
        ("erenumab", "CGRP antagonist", "other", "140 mg monthly", "2025-02", "2025-09",
         "headache days 18 -> 11 per month; some better, but not all the way", "partial_response",
         "Erenumab 140 mg monthly 02/2025 - 09/2025 headache days 18 -> 11 per month; some better, but not all the way"),
        ("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-03", "2024-02",
         "felt like myself again and tapered off it with her psychiatrist", "remission",
         "Escitalopram 20 mg from 03/2023 to 02/2024 for depression: she \"felt like myself again\" and tapered off it with her psychiatrist."),
    ],
    scales=[("PHQ-9", 4, "2026-08-19", "PHQ-9 4 on 08/19/2026."),
            ("pain NRS", 7, "2026-08-19", "Pain NRS 7/10 on headache days at the 08/19/2026 visit")],
    diagnoses=[("G43.709", "G43.709 chronic migraine without aura, not intractable, without status migrainosus"),
               ("F33.42", "F33.42 major depressive disorder, recurrent, in full remission")],
    suicidality=("none", "She denies suicidal thoughts."),
))

# ---------------------------------------------------------------- 04 TMS two courses, PDF
CASES.append(dict(
    slug="52-04-tms-first-course-and-retreatment-course-record-pdf",
    note="FICTIONAL case. A TMS practice's record of a first course, its follow-up and a retreatment course (PDF, "
         "2 pages). Rows: fluoxetine 2019-2020 (never did much: no response), venlafaxine 2021-2022 (helped a lot, "
         "then like taking nothing: relapse), aripiprazole added 2022 (restless, pacing: side effects, "
         "augmentation), desvenlafaxine since 01/2023 (no different: no response, current), TMS course 1 36 "
         "sessions 2025 (remission at the end, the benefit wore off from 12/2025: relapse), TMS course 2 30 sessions "
         "2026 (partial response; still low most days). Not rows: ketamine and esketamine discussed only.",
    docs=[D("tms_course_record.pdf", "pdf", "TMS course record (FICTIONAL)",
            ["# Riverbend Interventional Psychiatry - TMS Course Record (FICTIONAL)",
             "FICTIONAL SAMPLE - invented patient, clinicians and practice. Tel (804) 555-0176, fax (804) 555-0177.",
             "Patient: Desmond Aguilar-Frost (fictional)   DOB 10/19/1983   Chart FICT-TMS-2252",
             "# Intake 02/10/2025 - J. Whitcombe, MD (fictional)",
             "Prior trials: fluoxetine 40 mg 2019-2020, \"never did much\"; venlafaxine 225 mg 03/2021 to 06/2022, \"helped a lot at first, then by early 2022 it was like taking nothing\"; "
             "aripiprazole 5 mg added 08/2022 to 11/2022, restless and pacing at night, stopped by his psychiatrist. "
             "Current: desvenlafaxine 100 mg since 01/2023, \"no different\" on it.",
             "F33.2 major depressive disorder, recurrent, severe without psychotic features",
             "F41.1 generalized anxiety disorder",
             "Denies suicidal ideation; no history of attempts.",
             "# Course 1: left DLPFC 10 Hz, 36 sessions, 02/17/2025 - 04/04/2025",
             "| Session | Date | PHQ-9 | Note |",
             "| 1 | 02/17/2025 | 22 | motor threshold set |",
             "| 10 | 03/03/2025 | 17 | mild scalp discomfort |",
             "| 20 | 03/17/2025 | 11 | sleeping better |",
             "| 36 | 04/04/2025 | 4 | course complete |",
             "Course 1 summary: PHQ-9 22 -> 4, remission at the end of course 1."],
            ["# Follow-up and retreatment",
             "07/15/2025: mood has held since the course; PHQ-9 5.",
             "01/20/2026: the benefit of course 1 wore off from December 2025; PHQ-9 19. Retreatment requested and approved.",
             "# Course 2: left DLPFC intermittent theta burst, 30 sessions, 02/09/2026 - 03/20/2026",
             "| Session | Date | PHQ-9 | Note |",
             "| 1 | 02/09/2026 | 19 | threshold rechecked |",
             "| 15 | 02/27/2026 | 14 | |",
             "| 30 | 03/20/2026 | 10 | course complete |",
             "Course 2 summary: PHQ-9 19 -> 10; a partial response; still low most days. Desvenlafaxine 100 mg continues unchanged.",
             "Ketamine and esketamine were discussed as next steps; he wants to think about them.",
             "J. Whitcombe, MD (fictional) - 03/23/2026"])],
    history=[
        ("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019", "2020", "never did much", "no_response",
         "fluoxetine 40 mg 2019-2020, \"never did much\""),
        ("venlafaxine", "SNRI", "antidepressant", "225 mg", "2021-03", "2022-06",
         "helped a lot at first, then by early 2022 it was like taking nothing", "relapse",
         "venlafaxine 225 mg 03/2021 to 06/2022, \"helped a lot at first, then by early 2022 it was like taking nothing\""),
        ("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2022-08", "2022-11",
         "restless and pacing at night, stopped by his psychiatrist", "side_effects",
         "aripiprazole 5 mg added 08/2022 to 11/2022, restless and pacing at night, stopped by his psychiatrist"),
        ("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2023-01", None, "no different", "no_response",
         "desvenlafaxine 100 mg since 01/2023, \"no different\" on it"),
        ("TMS", "repetitive transcranial magnetic stimulation", "neuromodulation", "36 sessions", "2025-02-17",
         "2025-04-04", "PHQ-9 22 -> 4, remission at the end of course 1; the benefit wore off from December 2025",
         "relapse", "the benefit of course 1 wore off from December 2025"),
        ("TMS", "repetitive transcranial magnetic stimulation", "neuromodulation", "30 sessions", "2026-02-09",
         "2026-03-20", "PHQ-9 19 -> 10; a partial response; still low most days", "partial_response",
         "Course 2 summary: PHQ-9 19 -> 10; a partial response; still low most days."),
    ],
    scales=[("PHQ-9", 22, "2025-02-17", "1 02/17/2025 22 motor threshold set"),
            ("PHQ-9", 17, "2025-03-03", "10 03/03/2025 17 mild scalp discomfort"),
            ("PHQ-9", 11, "2025-03-17", "20 03/17/2025 11 sleeping better"),
            ("PHQ-9", 4, "2025-04-04", "36 04/04/2025 4 course complete"),
            ("PHQ-9", 5, "2025-07-15", "07/15/2025: mood has held since the course; PHQ-9 5."),
            ("PHQ-9", 19, "2026-01-20", "wore off from December 2025; PHQ-9 19."),
            ("PHQ-9", 19, "2026-02-09", "1 02/09/2026 19 threshold rechecked"),
            ("PHQ-9", 14, "2026-02-27", "15 02/27/2026 14"),
            ("PHQ-9", 10, "2026-03-20", "30 03/20/2026 10 course complete")],
    diagnoses=[("F33.2", "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
               ("F41.1", "F41.1 generalized anxiety disorder")],
    suicidality=("none", "Denies suicidal ideation; no history of attempts."),
))

# ---------------------------------------------------------------- 05 occupational health form, scan
CASES.append(dict(
    slug="52-05-occupational-health-handwritten-work-status-form-scan",
    note="FICTIONAL case. An occupational health clinic's work status form filled in by hand (image-only PDF, one "
         "page). Rows: fluoxetine 2025 (no better: no response), duloxetine 2025 (stopped, vomiting every morning: "
         "side effects), sertraline since 09/2025 ('a little lighter, maybe': a doubt, unknown, current).",
    docs=[D("work_status_form_scan.pdf", "scan", "Work status form (FICTIONAL)",
            ["# Harbor Point Occupational Health - Work Status Report",
             "FICTIONAL SAMPLE - invented worker, employer and clinic. Tel (410) 555-0127",
             "Employee name:",
             "~ Tomas Reinholt-Baptiste (fictional)",
             "Employer: Tidewater Freight Lines (fictional)     Date of visit:",
             "~ 11/02/2026",
             "Diagnosis / ICD-10:",
             "~ F32.2 major depressive disorder, single episode, severe",
             "~ Z56.3 stressful work schedule",
             "Medications tried (patient and PCP records):",
             "~ fluoxetine 40 mg 1/2025 - 5/2025 - no better",
             "~ duloxetine 60 mg 6/2025 - 8/2025 - stopped,",
             "~ vomiting every morning",
             "~ now sertraline 150 mg since 9/2025 - \"a little lighter, maybe\"",
             "Screening scores:",
             "~ PHQ-9 19 (11/02/2026)",
             "Safety:",
             "~ denies SI / no plan",
             "Work status:",
             "~ off work until 12/07/2026 - re-evaluate in 2 weeks",
             "~ no forklift or night shifts on return",
             "Clinician signature:",
             "~ J. Ferreira-Lott, DO (fictional)"])],
    history=[
        ("fluoxetine", "SSRI", "antidepressant", "40 mg", "2025-01", "2025-05", "no better", "no_response",
         "fluoxetine 40 mg 1/2025 - 5/2025 - no better"),
        ("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-06", "2025-08", "stopped, vomiting every morning",
         "side_effects", "duloxetine 60 mg 6/2025 - 8/2025 - stopped, vomiting every morning"),
        ("sertraline", "SSRI", "antidepressant", "150 mg", "2025-09", None, "a little lighter, maybe", "unknown",
         "sertraline 150 mg since 9/2025 - \"a little lighter, maybe\""),
    ],
    scales=[("PHQ-9", 19, "2026-11-02", "PHQ-9 19 (11/02/2026)")],
    diagnoses=[("F32.2", "F32.2 major depressive disorder, single episode, severe"),
               ("Z56.3", "Z56.3 stressful work schedule")],
    suicidality=("none", "denies SI / no plan"),
))

# ---------------------------------------------------------------- 06 REBT session notes, TXT
CASES.append(dict(
    slug="52-06-rational-emotive-behavior-therapy-session-notes-txt",
    note="FICTIONAL case. A licensed clinical social worker's rational emotive behavior therapy (REBT) session notes "
         "(TXT). Rows: an 8-session CBT group 2023 (did nothing: no response), venlafaxine since 10/2024 (no "
         "different: no response, current), REBT 16 sessions 2025-09-08 to 2026-01-12 (some better, but not all "
         "the way: partial). Not rows: a psychiatry referral and a support group, only planned or declined.",
    docs=[D("rebt_session_notes.txt", "txt", "REBT session notes (FICTIONAL)",
            ["# Clearwater Counseling Associates - REBT Session Notes (FICTIONAL)",
             "FICTIONAL SAMPLE - invented client, therapist and practice. Office (919) 555-0135.",
             "Client: Nadia Ferreira-Olsen (fictional), DOB 12/03/1990. Therapist: K. Obuya, LCSW (fictional)",
             "Diagnoses:",
             "F33.1 major depressive disorder, recurrent, moderate",
             "F41.1 generalized anxiety disorder",
             "# Session 1 - 09/08/2025 (intake)",
             "History: an 8-session CBT group at her college counseling center (04/2023 to 06/2023) \"did nothing\" for her mood. "
             "Venlafaxine 150 mg since 10/2024 from Dr. Haldane (fictional), psychiatry.",
             "PHQ-9 18, GAD-7 14 at intake.",
             "Risk: she wishes she could \"go to sleep and not wake up\"; no plan or intent, no past attempts; safety plan written together.",
             "Plan: weekly REBT; a referral back to psychiatry if there is no change by session 8.",
             "# Session 8 - 11/03/2025",
             "Disputed the demand \"I must never disappoint anyone\" (ABC worksheet). Homework done on 5 of 7 days.",
             "# Session 16 - 01/12/2026 (final)",
             "REBT, 16 sessions 09/08/2025 to 01/12/2026: she is \"some better, but not all the way\"; still low most mornings. PHQ-9 11, GAD-7 8 today.",
             "Venlafaxine 150 mg is unchanged and she still feels \"no different\" on it; she will raise this with Dr. Haldane.",
             "Discharged from individual therapy at her request. She declined a weekly support group for now.",
             "K. Obuya, LCSW (fictional)"])],
    history=[
        ("CBT", "cognitive behavioral therapy", "psychotherapy", "8 sessions", "2023-04", "2023-06", "did nothing",
         "no_response",
         "an 8-session CBT group at her college counseling center (04/2023 to 06/2023) \"did nothing\" for her mood"),
        ("venlafaxine", "SNRI", "antidepressant", "150 mg", "2024-10", None, "still feels no different on it",
         "no_response", "Venlafaxine 150 mg is unchanged and she still feels \"no different\" on it"),
        ("REBT", "rational emotive behavior therapy", "psychotherapy", "16 sessions", "2025-09-08", "2026-01-12",
         "some better, but not all the way; still low most mornings", "partial_response",
         "REBT, 16 sessions 09/08/2025 to 01/12/2026: she is \"some better, but not all the way\""),
    ],
    scales=[("PHQ-9", 18, "2025-09-08", "PHQ-9 18, GAD-7 14 at intake."),
            ("GAD-7", 14, "2025-09-08", "PHQ-9 18, GAD-7 14 at intake."),
            ("PHQ-9", 11, "2026-01-12", "PHQ-9 11, GAD-7 8 today."),
            ("GAD-7", 8, "2026-01-12", "PHQ-9 11, GAD-7 8 today.")],
    diagnoses=[("F33.1", "F33.1 major depressive disorder, recurrent, moderate"),
               ("F41.1", "F41.1 generalized anxiety disorder")],
    suicidality=("passive", "she wishes she could \"go to sleep and not wake up\"; no plan or intent"),
))

# ---------------------------------------------------------------- 07 vascular surgery ward consult, PDF
CASES.append(dict(
    slug="52-07-vascular-surgery-ward-psychiatry-consult-after-amputation-pdf",
    note="FICTIONAL case. A psychiatry consult on a vascular surgery ward after a below-knee amputation (PDF, 2 "
         "pages). Rows: paroxetine 2017-2018 (put on 25 pounds and still cried every day, stopped: side effects), "
         "escitalopram 2019-2023 (amazing for two years, then stopped working while still taking it: relapse), "
         "aripiprazole added 2023 (could not sit still, stopped: side effects, augmentation), mirtazapine since "
         "08/2023 (sleeps better, gained weight, the heaviness hasn't moved: no response, current). Not rows: ECT "
         "declined, TMS never, bupropion, ketamine/esketamine and CBT only recommended, oxycodone after surgery.",
    docs=[D("psychiatry_consult_vascular.pdf", "pdf", "Psychiatry consult (FICTIONAL)",
            ["# Mercy Valley Medical Center - Psychiatry Consultation (FICTIONAL)",
             "FICTIONAL SAMPLE - invented patient, clinicians and hospital. Consult service (505) 555-0150.",
             "Patient: Walter Osei-Brannigan (fictional), 63 y   MRN FICT52-7731   Ward 5 East, vascular surgery",
             "Date of consult: 06/22/2026   Consultant: S. Marchetti, MD (fictional)",
             "Question: low mood after a below-knee amputation; refusing physical therapy on some days.",
             "# History of present illness",
             "Left below-knee amputation on 06/15/2026 for a non-healing foot wound. Oxycodone 5 mg as needed for the stump pain. "
             "He has had depression since 2015, worse since his wife's death in 2022.",
             "# Past psychiatric treatment",
             "Paroxetine 20 mg, 2017 to 2018: \"Put on 25 pounds and still cried every day. Stopped.\"",
             "Escitalopram 20 mg, 2019 to 2023: \"It was amazing for about two years, then it slowly stopped working while I was still taking it.\"",
             "Aripiprazole 5 mg added to escitalopram 03/2023 to 06/2023: he could not sit still, \"like ants under my skin\"; his psychiatrist stopped it.",
             "Mirtazapine 30 mg since 08/2023: he sleeps better and gained weight, but \"the heaviness hasn't moved.\"",
             "He was offered ECT in 2024 and declined. He has never had TMS."],
            ["# Mental status and risk",
             "Unshaven, slowed, sparse speech, mood \"empty,\" affect flat. No psychotic symptoms.",
             "He says \"sometimes I think everyone would be better off without me\"; no plan or intent; no past attempts; no firearms at home.",
             "PHQ-9 21 on 06/22/2026.",
             "# Assessment",
             "F33.2 major depressive disorder, recurrent, severe without psychotic features",
             "Z89.512 acquired absence of left leg below knee",
             "E11.51 type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene",
             "# Recommendations",
             "1. Continue mirtazapine 30 mg at bedtime.",
             "2. Consider adding bupropion XL 150 mg once the surgical team agrees.",
             "3. Outpatient referral for ketamine or esketamine evaluation after discharge.",
             "4. Health psychology to see him on the ward; CBT for adjustment after discharge.",
             "S. Marchetti, MD (fictional) - 06/22/2026 16:40"])],
    history=[
        ("paroxetine", "SSRI", "antidepressant", "20 mg", "2017", "2018",
         "Put on 25 pounds and still cried every day. Stopped.", "side_effects",
         "Paroxetine 20 mg, 2017 to 2018: \"Put on 25 pounds and still cried every day. Stopped.\""),
        ("escitalopram", "SSRI", "antidepressant", "20 mg", "2019", "2023",
         "amazing for about two years, then it slowly stopped working while I was still taking it", "relapse",
         "Escitalopram 20 mg, 2019 to 2023: \"It was amazing for about two years, then it slowly stopped working while I was still taking it.\""),
        ("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2023-03", "2023-06",
         "could not sit still, like ants under my skin; his psychiatrist stopped it", "side_effects",
         "Aripiprazole 5 mg added to escitalopram 03/2023 to 06/2023: he could not sit still, \"like ants under my skin\"; his psychiatrist stopped it."),
        ("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2023-08", None,
         "sleeps better and gained weight, but the heaviness hasn't moved", "no_response",
         "Mirtazapine 30 mg since 08/2023: he sleeps better and gained weight, but \"the heaviness hasn't moved.\""),
    ],
    scales=[("PHQ-9", 21, "2026-06-22", "PHQ-9 21 on 06/22/2026.")],
    diagnoses=[("F33.2", "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
               ("Z89.512", "Z89.512 acquired absence of left leg below knee"),
               ("E11.51", "E11.51 type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene")],
    suicidality=("passive", "He says \"sometimes I think everyone would be better off without me\"; no plan or intent"),
))

# ---------------------------------------------------------------- 08 post-arthroplasty knee pain clinic, DOCX
CASES.append(dict(
    slug="52-08-post-knee-replacement-chronic-pain-clinic-notes-docx",
    note="FICTIONAL case. A pain clinic's notes for chronic pain after a knee replacement (DOCX, one table). Rows "
         "(kind other, tried for the knee pain): gabapentin 2025 (dizzy and foggy; no change in pain; stopped: side "
         "effects), tramadol 2025 (50% relief at first, then the pain was back: relapse), pregabalin since 11/2025 "
         "(8/10 to 5/10, about half better: partial, current). Antidepressant row: citalopram 2021-2022 (did "
         "nothing: no response). Not rows: physical therapy, a genicular nerve block and duloxetine only planned or "
         "declined; acetaminophen.",
    docs=[D("knee_pain_clinic_notes.docx", "docx", "Pain clinic notes (FICTIONAL)",
            ["# Northgate Pain Management (FICTIONAL) - progress notes",
             "FICTIONAL SAMPLE - invented patient, clinicians and clinic. Phone (402) 555-0153, fax (402) 555-0154.",
             "Patient: Evelyn Sato-Marchand (fictional), DOB 05/30/1961, chart FICT-PM-8808",
             "# Visit 03/12/2026 - A. Delacroix, MD, pain medicine (fictional)",
             "Chronic right knee pain since a total knee replacement in 09/2024; orthopedics found no loosening or infection. Acetaminophen 1 g twice daily helps a little.",
             "Diagnoses:",
             "G89.28 other chronic postprocedural pain",
             "M25.561 pain in right knee",
             "Z96.651 presence of right artificial knee joint",
             "F32.1 major depressive disorder, single episode, moderate",
             "Medicines tried for the knee pain:",
             "| Medicine | Dates | How it went |",
             "| Gabapentin 300 mg three times daily | 04/2025 - 07/2025 | dizzy and foggy; no change in pain; stopped |",
             "| Tramadol 50 mg every 6 hours | 08/2025 - 10/2025 | 50% relief at first, after which the pain was back at 8/10 |",
             "| Pregabalin 75 mg twice daily | since 11/2025 | started by her PCP |",
             "Mood: low since the surgery went wrong. Citalopram 20 mg from her PCP in 2021 to 2022 \"did nothing\"; no antidepressant since.",
             "Pain NRS today 8/10. PHQ-9 14.",
             "# Visit 06/18/2026 - A. Delacroix, MD (fictional)",
             "Pregabalin 75 mg twice daily: knee pain down from 8/10 to 5/10, \"about half better\"; still cannot kneel or walk the dog far.",
             "Pain NRS today 5/10. PHQ-9 12 today.",
             "Denies suicidal thoughts.",
             "Plan: continue pregabalin; restart physical therapy; consider a genicular nerve block. Duloxetine was offered for pain and mood; she prefers not to start it.",
             "A. Delacroix, MD (fictional)"])],
    history=[
        ("gabapentin", "gabapentinoid", "other", "300 mg", "2025-04", "2025-07",
         "dizzy and foggy; no change in pain; stopped", "side_effects",
         "Gabapentin 300 mg three times daily 04/2025 - 07/2025 dizzy and foggy; no change in pain; stopped"),
        ("tramadol", "opioid", "other", "50 mg", "2025-08", "2025-10",
         "50% relief at first, after which the pain was back at 8/10", "relapse",
         "Tramadol 50 mg every 6 hours 08/2025 - 10/2025 50% relief at first, after which the pain was back at 8/10"),
        ("pregabalin", "gabapentinoid", "other", "75 mg", "2025-11", None,
         "knee pain down from 8/10 to 5/10, about half better", "partial_response",
         "Pregabalin 75 mg twice daily: knee pain down from 8/10 to 5/10, \"about half better\""),
        ("citalopram", "SSRI", "antidepressant", "20 mg", "2021", "2022", "did nothing", "no_response",
         "Citalopram 20 mg from her PCP in 2021 to 2022 \"did nothing\""),
    ],
    scales=[("pain NRS", 8, "2026-03-12", "Pain NRS today 8/10."), ("PHQ-9", 14, "2026-03-12", "PHQ-9 14."),
            ("pain NRS", 5, "2026-06-18", "Pain NRS today 5/10."), ("PHQ-9", 12, "2026-06-18", "PHQ-9 12 today.")],
    diagnoses=[("G89.28", "G89.28 other chronic postprocedural pain"), ("M25.561", "M25.561 pain in right knee"),
               ("Z96.651", "Z96.651 presence of right artificial knee joint"),
               ("F32.1", "F32.1 major depressive disorder, single episode, moderate")],
    suicidality=("none", "Denies suicidal thoughts."),
))

# ---------------------------------------------------------------- 09 old records abstract, TXT
CASES.append(dict(
    slug="52-09-timber-company-hospital-records-abstract-1958-1966-txt",
    note="FICTIONAL case. A records custodian's typed abstract of an old company hospital chart, 1958-1966, with "
         "present-day codes added by the custodian (TXT). Rows: imipramine 1961 (recovered fully, tapered off: "
         "remission), amitriptyline 1964 (urinary retention, stopped: side effects), phenelzine 1965-1966 (no "
         "different, no benefit: no response), ECT 8 treatments 1966 (himself again: remission). Not rows: rest "
         "cure 1958, lithium discussed never started, chloral hydrate for sleep. Suicidality not recorded: null.",
    docs=[D("records_abstract_1958_1966.txt", "txt", "Records abstract (FICTIONAL)",
            ["# Cascade Timber Company Hospital - Records Abstract 1958-1966 (FICTIONAL)",
             "FICTIONAL SAMPLE - invented patient, hospital, doctors and archive.",
             "Prepared 10/05/2026 by the Records Custodian, Pinecrest Regional Archive (fictional), (541) 555-0172.",
             "Patient: Arvid Lindgren-Tolbert (fictional), born 1931, sawmill hand. Original chart numbers are not reproduced.",
             "Custodian's note: diagnoses were written in words at the time; present-day ICD-10-CM codes are added for the requester.",
             "# 1958",
             "03/1958: admitted two weeks for \"nervous depression\" after a logging accident; rest and chloral hydrate at night. No other treatment.",
             "# 1961",
             "03/02/1961: readmitted, not eating, not sleeping. Hamilton rating 24 on 03/02/1961. Imipramine started by Dr. Voss (fictional), raised to 150 mg daily.",
             "09/14/1961: imipramine 150 mg since March 1961: recovered fully, back at the mill; imipramine tapered off this month.",
             "# 1964",
             "02/1964: depression returned in the winter. Amitriptyline 100 mg daily started 02/1964.",
             "04/1964: amitriptyline stopped after he could not pass water and was admitted overnight for urinary retention.",
             "# 1965-1966",
             "Phenelzine 45 mg daily 05/1965 to 03/1966: \"no different on it,\" per the ward notes; stopped 03/1966 for no benefit.",
             "Lithium was discussed in 03/1966 but never started.",
             "Electroconvulsive treatment, 8 treatments, 04/1966 to 05/1966: well at discharge, \"himself again\" per his wife. Hamilton rating 9 on 05/20/1966.",
             "# Present-day codes added by the custodian",
             "F33.2 major depressive disorder, recurrent, severe without psychotic features (1961-1966 admissions)",
             "R33.0 drug induced retention of urine (04/1964)",
             "Abstract ends. (fictional custodian's initials) PRA"])],
    history=[
        ("imipramine", "TCA", "antidepressant", "150 mg", "1961-03-02", "1961-09",
         "recovered fully, back at the mill; imipramine tapered off", "remission",
         "imipramine 150 mg since March 1961: recovered fully, back at the mill; imipramine tapered off this month."),
        ("amitriptyline", "TCA", "antidepressant", "100 mg", "1964-02", "1964-04",
         "stopped after he could not pass water and was admitted overnight for urinary retention", "side_effects",
         "amitriptyline stopped after he could not pass water and was admitted overnight for urinary retention."),
        ("phenelzine", "MAOI", "antidepressant", "45 mg", "1965-05", "1966-03",
         "no different on it; stopped for no benefit", "no_response",
         "Phenelzine 45 mg daily 05/1965 to 03/1966: \"no different on it,\" per the ward notes; stopped 03/1966 for no benefit."),
        ("ECT", "electroconvulsive therapy", "neuromodulation", "8 sessions", "1966-04", "1966-05",
         "well at discharge, himself again per his wife", "remission",
         "Electroconvulsive treatment, 8 treatments, 04/1966 to 05/1966: well at discharge, \"himself again\" per his wife."),
    ],
    scales=[("HAM-D", 24, "1961-03-02", "Hamilton rating 24 on 03/02/1961."),
            ("HAM-D", 9, "1966-05-20", "Hamilton rating 9 on 05/20/1966.")],
    diagnoses=[("F33.2", "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
               ("R33.0", "R33.0 drug induced retention of urine (04/1964)")],
    suicidality=None,
))

# ---------------------------------------------------------------- 10 Spanish gastroenterology report, DOCX
CASES.append(dict(
    slug="52-10-informe-consulta-digestivo-enfermedad-celiaca-espanol-docx",
    note="FICTIONAL case (MUESTRA FICTICIA). A gastroenterology clinic report in Spanish for celiac disease (DOCX) "
         "with the psychiatric history. Rows: sertraline 2024 (no notaba ningún cambio: no response), venlafaxine "
         "2024-2025 (stopped for heavy sweating and high blood pressure: side effects), group CBT 10 sessions "
         "02-04/2025 (helped at first, as bad as ever since the summer: relapse), mirtazapine since 05/2025 "
         "(partial improvement, still sad most days: partial, current). Not rows: lithium never taken, ECT refused, "
         "esketamine only suggested, iron.",
    docs=[D("informe_digestivo.docx", "docx", "Informe de consulta (FICTICIO)",
            ["# Hospital Comarcal de Valdeoliva (FICTICIO) - Servicio de Aparato Digestivo",
             "MUESTRA FICTICIA / FICTIONAL SAMPLE - paciente, centro y profesionales inventados. Tel. (787) 555-0184.",
             "Paciente: Lucía Benavides Arroyo (ficticia), historia clínica FICT-52-1010, nacida el 14 de febrero de 1985",
             "Fecha del informe: 21 de octubre de 2026. Médica: Dra. Inés Carvajal Ruiz (ficticia)",
             "# Diagnósticos",
             "K90.0 enfermedad celíaca",
             "D50.9 anemia ferropénica, no especificada",
             "F33.1 trastorno depresivo mayor recurrente, episodio moderado",
             "# Evolución digestiva",
             "Diarrea y dolor abdominal menos frecuentes con dieta sin gluten; anticuerpos en descenso. Hierro oral 80 mg diario.",
             "# Antecedentes psiquiátricos (según su psiquiatra y la paciente)",
             "Sertralina 100 mg de febrero a agosto de 2024: \"no notaba ningún cambio\".",
             "Venlafaxina 150 mg de septiembre de 2024 a marzo de 2025: se retiró por sudoración intensa y tensión arterial alta.",
             "Terapia cognitivo-conductual grupal, 10 sesiones (febrero-abril de 2025): \"me ayudó al principio, pero desde el verano estoy igual de mal\".",
             "Mirtazapina 30 mg desde mayo de 2025: mejoría parcial del ánimo y duerme mejor, pero sigue triste casi todos los días.",
             "Nunca ha tomado litio. Se le propuso terapia electroconvulsiva y la rechazó.",
             "PHQ-9 de 15 el 21 de octubre de 2026. Niega ideación suicida.",
             "# Plan",
             "Dieta sin gluten estricta y control con la dietista. Hierro oral tres meses más.",
             "Se sugiere a su psiquiatra valorar esketamina intranasal.",
             "Dra. Inés Carvajal Ruiz (ficticia)"])],
    history=[
        ("sertraline", "SSRI", "antidepressant", "100 mg", "2024-02", "2024-08", "no notaba ningún cambio",
         "no_response", "Sertralina 100 mg de febrero a agosto de 2024: \"no notaba ningún cambio\"."),
        ("venlafaxine", "SNRI", "antidepressant", "150 mg", "2024-09", "2025-03",
         "se retiró por sudoración intensa y tensión arterial alta", "side_effects",
         "Venlafaxina 150 mg de septiembre de 2024 a marzo de 2025: se retiró por sudoración intensa y tensión arterial alta."),
        ("CBT", "cognitive behavioral therapy", "psychotherapy", "10 sessions", "2025-02", "2025-04",
         "me ayudó al principio, pero desde el verano estoy igual de mal", "relapse",
         "Terapia cognitivo-conductual grupal, 10 sesiones (febrero-abril de 2025): \"me ayudó al principio, pero desde el verano estoy igual de mal\"."),
        ("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-05", None,
         "mejoría parcial del ánimo y duerme mejor, pero sigue triste casi todos los días", "partial_response",
         "Mirtazapina 30 mg desde mayo de 2025: mejoría parcial del ánimo y duerme mejor, pero sigue triste casi todos los días."),
    ],
    scales=[("PHQ-9", 15, "2026-10-21", "PHQ-9 de 15 el 21 de octubre de 2026.")],
    diagnoses=[("K90.0", "K90.0 enfermedad celíaca"), ("D50.9", "D50.9 anemia ferropénica, no especificada"),
               ("F33.1", "F33.1 trastorno depresivo mayor recurrente, episodio moderado")],
    suicidality=("none", "Niega ideación suicida."),
))

# ---------------------------------------------------------------- 11 wallet medicine card, photos
CASES.append(dict(
    slug="52-11-handwritten-wallet-medicine-card-front-and-back-photos",
    note="FICTIONAL case. Two phone photos of a patient's handwritten wallet medicine card, front and back (JPEG). "
         "Rows: venlafaxine 2022-2023 (helped at first, then stopped working: relapse), lithium added 2023 (shaky "
         "hands, thirsty, stopped: side effects, augmentation), bupropion since 06/2023 (no change: no response, "
         "current). Not rows: the penicillin allergy. Suicidality not written: null.",
    docs=[D("card_front.jpg", "photo", "card front",
            ["# MY MEDICINE CARD - FICTIONAL SAMPLE",
             "~ Name: Gordon Pemberton-Achebe (fictional)",
             "~ Dx: F33.2 major depression, recurrent, severe",
             "~ Pharmacy (770) 555-0139",
             "~ Allergy: penicillin (rash)",
             "~ NOW: bupropion XL 300 mg since 6/2023",
             "~ \"no change\" - Dr. Lau (fictional) 9/2026"]),
          D("card_back.jpg", "photo", "card back",
            ["# MEDICINES THAT DIDN'T WORK - FICTIONAL",
             "~ venlafaxine 225 mg 5/2022 - 1/2023",
             "~ helped at first, then stopped working",
             "~ lithium 600 mg (added) 2/2023 - 4/2023",
             "~ shaky hands, thirsty all the time - stopped",
             "~ PHQ-9 22 on 3/2/2026"])],
    history=[
        ("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-05", "2023-01",
         "helped at first, then stopped working", "relapse",
         "venlafaxine 225 mg 5/2022 - 1/2023 helped at first, then stopped working"),
        ("lithium", "mood stabilizer", "augmentation", "600 mg", "2023-02", "2023-04",
         "shaky hands, thirsty all the time - stopped", "side_effects",
         "lithium 600 mg (added) 2/2023 - 4/2023 shaky hands, thirsty all the time - stopped"),
        ("bupropion", "NDRI", "antidepressant", "300 mg", "2023-06", None, "no change", "no_response",
         "bupropion XL 300 mg since 6/2023 \"no change\""),
    ],
    scales=[("PHQ-9", 22, "2026-03-02", "PHQ-9 22 on 3/2/2026")],
    diagnoses=[("F33.2", "F33.2 major depression, recurrent, severe")],
    suicidality=None,
))

# ---------------------------------------------------------------- 12 psychiatric hospital-at-home, PDF
CASES.append(dict(
    slug="52-12-psychiatric-hospital-at-home-program-discharge-summary-pdf",
    note="FICTIONAL case. A discharge summary of a psychiatric hospital-at-home program (PDF, 2 pages). Rows: "
         "escitalopram since 05/2025 (a response, but not a remission: partial, current), IPT 12 sessions 2025 "
         "(helped with the divorce; depression persisted: no response), quetiapine added 2025-2026 (slept all day, "
         "mouth like sand, she stopped it: side effects, augmentation), lithium added 08/10/2026 (too early to tell: "
         "unknown, current). Not rows: an MAOI never tried, esketamine and TMS only planned, zolpidem once.",
    docs=[D("hospital_at_home_discharge.pdf", "pdf", "Hospital-at-home discharge summary (FICTIONAL)",
            ["# Crestline Health - Psychiatric Hospital-at-Home Program (FICTIONAL)",
             "FICTIONAL SAMPLE - invented patient, clinicians and program. Program line (208) 555-0191, fax (208) 555-0192.",
             "Patient: Imogen Halvorsen-Duarte (fictional), 44 y   MRN FICT52-4412",
             "Admitted to the home program 08/03/2026; discharged 08/28/2026. Attending: P. Nakashima, MD (fictional)",
             "# Discharge diagnoses",
             "F33.2 major depressive disorder, recurrent, severe without psychotic features",
             "Z63.5 disruption of family by separation and divorce",
             "# Treatment before admission",
             "Escitalopram 20 mg since 05/2025 (her PCP, then psychiatry): \"a response, but not a remission\" per her psychiatrist's letter of 07/2026.",
             "Interpersonal psychotherapy, 12 sessions (06/2025 to 09/2025): helped with the divorce; depression persisted.",
             "Quetiapine 150 mg added 10/2025 to 01/2026: \"I slept all day and my mouth was like sand,\" so she stopped it.",
             "She has not tried lithium before this admission and has never taken an MAOI."],
            ["# Course in the home program",
             "Daily nurse visits and video visits with the attending. MADRS 34 on 08/03/2026 and 27 on 08/28/2026.",
             "On admission she \"wishes she would not wake up\"; no plan, intent or preparatory acts; no past attempts. Safety plan with her sister.",
             "Lithium carbonate 300 mg twice daily added 08/10/2026 (level 0.6 on 08/24/2026); too early to tell whether it is helping.",
             "Zolpidem 5 mg was given once for sleep on 08/05/2026.",
             "# Discharge plan",
             "Continue escitalopram 20 mg and lithium 300 mg twice daily; lithium level and TSH in two weeks.",
             "Referral for esketamine evaluation; consider TMS if esketamine is not covered.",
             "Crisis line (208) 555-0193 at any hour.",
             "P. Nakashima, MD (fictional) - 08/28/2026"])],
    history=[
        ("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-05", None, "a response, but not a remission",
         "partial_response",
         "Escitalopram 20 mg since 05/2025 (her PCP, then psychiatry): \"a response, but not a remission\""),
        ("IPT", "interpersonal psychotherapy", "psychotherapy", "12 sessions", "2025-06", "2025-09",
         "helped with the divorce; depression persisted", "no_response",
         "Interpersonal psychotherapy, 12 sessions (06/2025 to 09/2025): helped with the divorce; depression persisted."),
        ("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2025-10", "2026-01",
         "I slept all day and my mouth was like sand, so she stopped it", "side_effects",
         "Quetiapine 150 mg added 10/2025 to 01/2026: \"I slept all day and my mouth was like sand,\" so she stopped it."),
        ("lithium", "mood stabilizer", "augmentation", "300 mg twice daily", "2026-08-10", None,
         "too early to tell whether it is helping", "unknown",
         "Lithium carbonate 300 mg twice daily added 08/10/2026 (level 0.6 on 08/24/2026); too early to tell whether it is helping."),
    ],
    scales=[("MADRS", 34, "2026-08-03", "MADRS 34 on 08/03/2026 and 27 on 08/28/2026."),
            ("MADRS", 27, "2026-08-28", "MADRS 34 on 08/03/2026 and 27 on 08/28/2026.")],
    diagnoses=[("F33.2", "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
               ("Z63.5", "Z63.5 disruption of family by separation and divorce")],
    suicidality=("passive", "On admission she \"wishes she would not wake up\"; no plan, intent or preparatory acts"),
))
