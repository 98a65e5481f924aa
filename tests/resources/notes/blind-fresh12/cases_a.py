"""Cases 01-06 of notes12. Everything here is FICTIONAL."""
from helpers import dx, row, sc, si

CASES = []

# ---------------------------------------------------------------- 01 SOAP progress notes, 3 visits, copy-forward
F1 = "tennant_progress_notes_2026.pdf"
PAST = [
    "Past psychiatric medications (from intake 01/2025, reviewed):",
    "- fluoxetine 20-40 mg, 2016-2017: helped for about a year, then stopped working",
    "- venlafaxine XR up to 225 mg, Jan-Aug 2019: drenching sweats and BP up, stopped",
    "- Never tried: MAOIs, lithium. No prior ECT or TMS.",
]
HDR1 = [
    ("h", "HARBOR BEND BEHAVIORAL HEALTH - Outpatient Psychiatry     ** FICTIONAL RECORD - test document **"),
    "Patient: Marisol Tennant   DOB: 04/17/1985   MRN: HB-0044129   Provider: Ilse Varga, MD   Willowmere, OR",
]
CASES.append({
    "slug": "01-soap-visit-series",
    "note": "FICTIONAL case. Three SOAP medication-management visits in one PDF (one visit a page), with the past-"
            "medication block copied forward on every page. Sertraline is ONE trial with three dose steps (50 -> 100 "
            "-> 150 mg), ongoing, partial response. Aripiprazole added 3/10, raised to 5 mg 4/14, stopped 5/12 for "
            "akathisia (augmentation). Not rows: lisinopril (HTN), trazodone PRN sleep, MAOIs/lithium 'never tried', "
            "no prior ECT/TMS, lithium discussed then declined, sister's lamotrigine, cousin's Auvelity asked about, "
            "TMS referral, 'will start bupropion' if TMS not approved (plan). Suicidality: passive on p. 2 (highest); "
            "p. 1 and p. 3 deny. BARS is not a contract scale.",
    "docs": [{"file": F1, "kind": "pdf", "pages": [
        HDR1 + [
            "Visit date: 03/10/2026    Visit type: Medication management, 30 min, in person",
            ("h", "S:"),
            "40 y/o F with recurrent MDD, f/u. Reports mood 'flat, like I'm going through the motions.' Sleep better "
            "since the last increase. Energy low, anhedonia persists - no longer enjoys gardening. Working part-time.",
            "Current psychiatric meds: sertraline 150 mg daily (started 01/2025 at 50 mg, 100 mg from 04/2025, "
            "150 mg since 09/2025).",
            "Other meds: lisinopril 10 mg daily (HTN, per PCP); trazodone 50 mg qhs PRN sleep (2-3 nights/wk).",
        ] + PAST + [
            "Family hx: sister with bipolar II, on lamotrigine.",
            ("h", "O:"),
            "Alert, casually dressed, mild psychomotor slowing, affect constricted, thought process linear. No "
            "psychosis. PHQ-9: 21   GAD-7: 12",
            "Suicide risk: denies SI/HI today. No hx of attempts.",
            ("h", "A:"),
            "F33.1 Major depressive disorder, recurrent, moderate - partial response to sertraline: sleep better, "
            "still anhedonic with low drive.",
            "I10 Essential (primary) hypertension - per PCP.",
            ("h", "P:"),
            "1. Continue sertraline 150 mg daily.",
            "2. Add aripiprazole 2 mg daily as augmentation; discussed akathisia; metabolic labs next visit.",
            "3. RTC 8 weeks.   -- Ilse Varga, MD (e-signed 03/10/2026 17:02)",
        ],
        HDR1 + [
            "Visit date: 05/12/2026    Visit type: Medication management, 30 min, in person",
            ("h", "S:"),
            "Started aripiprazole 2 mg on 3/10, raised to 5 mg on 4/14 by phone. Since mid-April feels restless, "
            "'can't sit through a TV show', pacing at night. Mood a little steadier but the restlessness is "
            "intolerable.",
            "On bad nights she has thought she would be better off not waking up; no plan, no intent, no "
            "preparatory behavior. Protective: her two kids, her dog.",
            "Current psychiatric meds: sertraline 150 mg daily; aripiprazole 5 mg daily.",
        ] + PAST + [
            ("h", "O:"),
            "Foot tapping, shifting in chair throughout. BARS global 3. PHQ-9: 19",
            ("h", "A:"),
            "F33.1 MDD, recurrent, moderate. Akathisia on aripiprazole 5 mg.",
            ("h", "P:"),
            "1. Stop aripiprazole today (akathisia).",
            "2. Continue sertraline 150 mg daily.",
            "3. Discussed lithium augmentation vs switching antidepressant; she wants to read about lithium first.",
            "4. Safety plan reviewed and updated; 988 and clinic crisis line given.",
            "5. RTC 6-8 weeks.   -- Ilse Varga, MD (e-signed 05/12/2026 16:45)",
        ],
        HDR1 + [
            "Visit date: 07/21/2026    Visit type: Medication management, 30 min, video",
            ("h", "S:"),
            "Akathisia resolved within a week of stopping aripiprazole. Has read about lithium and does not want it "
            "- 'I can't do the blood draws.' Still only a partial response on sertraline after 18 months: gets "
            "through work, no joy. Her mother asked whether she should try 'what my cousin takes, Auvelity'.",
            "Current psychiatric meds: sertraline 150 mg daily.",
        ] + PAST + [
            ("h", "O:"),
            "PHQ-9: 18   GAD-7: 10. Denies SI, including passive thoughts, for the past month.",
            ("h", "A:"),
            "F33.1 MDD, recurrent, moderate; treatment-resistant (two failed antidepressant trials, current partial "
            "response, failed augmentation).",
            ("h", "P:"),
            "1. Continue sertraline 150 mg daily.",
            "2. Refer for TMS evaluation (Harbor Bend Neuromodulation), consult 08/2026.",
            "3. If TMS is not approved, will start bupropion XL 150 mg as augmentation.",
            "4. RTC after TMS consult.   -- Ilse Varga, MD (e-signed 07/21/2026 12:10)",
        ],
    ]}],
    "history": [
        row("fluoxetine", "SSRI", "antidepressant", "40 mg", "2016", "2017",
            "helped for about a year, then stopped working", "relapse", F1, 1,
            "fluoxetine 20-40 mg, 2016-2017: helped for about a year, then stopped working"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg", "2019-01", "2019-08",
            "drenching sweats and BP up, stopped", "side_effects", F1, 1,
            "venlafaxine XR up to 225 mg, Jan-Aug 2019: drenching sweats and BP up, stopped"),
        row("sertraline", "SSRI", "antidepressant", "150 mg daily", "2025-01", None,
            "partial response to sertraline: sleep better, still anhedonic with low drive", "partial_response", F1, 1,
            "partial response to sertraline: sleep better, still anhedonic with low drive"),
        row("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg daily", "2026-03-10", "2026-05-12",
            "Stop aripiprazole today (akathisia)", "side_effects", F1, 2, "Stop aripiprazole today (akathisia)."),
    ],
    "scales": [
        sc("PHQ-9", 21, "2026-03-10", F1, 1, "PHQ-9: 21"),
        sc("GAD-7", 12, "2026-03-10", F1, 1, "GAD-7: 12"),
        sc("PHQ-9", 19, "2026-05-12", F1, 2, "PHQ-9: 19"),
        sc("PHQ-9", 18, "2026-07-21", F1, 3, "PHQ-9: 18"),
        sc("GAD-7", 10, "2026-07-21", F1, 3, "GAD-7: 10"),
    ],
    "diagnoses": [
        dx("F33.1", F1, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        dx("I10", F1, 1, "I10 Essential (primary) hypertension"),
    ],
    "suicidality": si("passive", F1, 2, "she has thought she would be better off not waking up; no plan, no intent"),
})

# ---------------------------------------------------------------- 02 admission medication reconciliation, DOCX
F2 = "sable_point_admission_med_rec.docx"
CASES.append({
    "slug": "02-admission-med-reconciliation",
    "note": "FICTIONAL case. Inpatient admission medication reconciliation (DOCX): a home-medication table with an "
            "'Admission action' column and a past-trials table. Duloxetine and liothyronine (augmentation) are "
            "discontinued on admission (end = admission date 2026-09-18). 'summer 2023' -> 2023. Not rows: "
            "levothyroxine (hypothyroidism), albuterol, hydroxyzine PRN, omeprazole, quetiapine (prescribed for "
            "sleep, never picked up), lamotrigine never started, lithium declined, mother's sertraline, ECT consult "
            "(planned). Suicidality active (plan to overdose, no attempt; 'No prior suicide attempts'). C-SSRS "
            "ideation severity 5 is a scale row.",
    "docs": [{"file": F2, "kind": "docx", "pages": [[
        ("h", "Sable Point Regional Hospital - Behavioral Health Unit 4 West"),
        "FICTIONAL RECORD - test document, not a real patient. Sable Point, WI.",
        "ADMISSION MEDICATION RECONCILIATION AND PSYCHIATRIC MEDICATION HISTORY",
        "Patient: Renata Oyelaran-Fisk   DOB 11/02/1991   Acct: SP-88213   Admit date: 09/18/2026   "
        "Attending: Tomasz Brandvold, MD",
        "Sources of history: patient, husband, outside pharmacy fill list (Kestrel Drug, Harlow WI), PCP records.",
        ("h", "Reason for admission"),
        "Voluntary admission. Two weeks of worsening depression with suicidal ideation and a specific plan to "
        "overdose on saved-up pills kept in her car; she told her husband on the morning of 09/18/2026 and he "
        "brought her to the ED. No attempt, no rehearsal; the pills were removed by her husband. C-SSRS ideation "
        "severity 5 (active ideation with specific plan and intent) at ED triage. No prior suicide attempts. "
        "PHQ-9 on admission 25.",
        ("h", "Home medications (prior to admission)"),
        ("table", ["Medication", "Dose / route / frequency", "Last dose", "Indication", "Admission action"], [
            ["duloxetine", "60 mg PO daily", "09/17/2026", "depression (since 02/2026)",
             "Discontinue - no meaningful improvement after 7 months"],
            ["liothyronine (Cytomel)", "25 mcg PO daily", "09/17/2026", "augmentation of duloxetine, added 06/2026",
             "Discontinue - no added benefit"],
            ["levothyroxine", "75 mcg PO daily", "09/18/2026", "hypothyroidism", "Continue"],
            ["albuterol HFA", "2 puffs q4h PRN", "09/10/2026", "asthma", "Continue"],
            ["hydroxyzine", "25 mg PO q6h PRN anxiety", "09/16/2026", "anxiety", "Continue PRN"],
            ["omeprazole", "20 mg PO daily", "09/17/2026", "GERD", "Continue"],
            ["quetiapine", "25 mg PO qhs", "not taken", "sleep - prescribed 08/2026, never picked up",
             "Do not continue"],
        ]),
        "Duloxetine course: started 02/2026 at 30 mg, 60 mg from 03/2026; patient and husband both say 'nothing "
        "changed'. Liothyronine added 06/2026 by outpatient psychiatrist.",
        ("h", "Past psychiatric medication and therapy trials"),
        ("table", ["Treatment", "Approx. dates", "Highest dose", "Response", "Reason stopped"], [
            ["citalopram", "2019 - 2020", "40 mg", "minimal benefit", "no response after ~1 year"],
            ["bupropion XL", "Mar 2021 - Nov 2021", "300 mg", "some energy gain", "irritability, insomnia"],
            ["mirtazapine", "summer 2023", "30 mg", "slept well", "ate constantly, gained 20 lb"],
            ["lamotrigine", "-", "-", "never started", "PCP worried about rash"],
            ["CBT (outpatient, weekly)", "Jan - Jun 2022", "~20 sessions", "learned skills, mood unchanged",
             "completed"],
            ["lithium", "-", "-", "not tried", "patient declined when offered in 2024"],
        ]),
        "Family history: mother with depression, did well on sertraline; maternal uncle died by suicide.",
        ("h", "Diagnoses"),
        "F33.2 Major depressive disorder, recurrent severe without psychotic features",
        "E03.9 Hypothyroidism, unspecified",
        "J45.909 Unspecified asthma, uncomplicated",
        "K21.9 Gastro-esophageal reflux disease without esophagitis",
        ("h", "Plan"),
        "ECT consultation requested. Next antidepressant to be chosen after the ECT consult; patient is open to "
        "ECT, not to lithium. Continue levothyroxine. Q15-minute checks.",
        "Reconciled by: Priya Anand-Holt, PharmD, 09/18/2026 16:40",
    ]]}],
    "history": [
        row("citalopram", "SSRI", "antidepressant", "40 mg", "2019", "2020", "minimal benefit; no response after ~1 "
            "year", "no_response", F2, 1, "citalopram 2019 - 2020 40 mg minimal benefit no response after ~1 year"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2021-03", "2021-11",
            "some energy gain; stopped for irritability, insomnia", "side_effects", F2, 1,
            "bupropion XL Mar 2021 - Nov 2021 300 mg some energy gain irritability, insomnia"),
        row("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2023", "2023", "ate constantly, gained 20 lb",
            "side_effects", F2, 1, "mirtazapine summer 2023 30 mg slept well ate constantly, gained 20 lb"),
        row("CBT", "psychotherapy", "psychotherapy", "~20 sessions", "2022-01", "2022-06",
            "learned skills, mood unchanged", "no_response", F2, 1,
            "CBT (outpatient, weekly) Jan - Jun 2022 ~20 sessions learned skills, mood unchanged completed"),
        row("duloxetine", "SNRI", "antidepressant", "60 mg PO daily", "2026-02", "2026-09-18",
            "no meaningful improvement after 7 months", "no_response", F2, 1,
            "duloxetine 60 mg PO daily 09/17/2026 depression (since 02/2026) Discontinue - no meaningful improvement "
            "after 7 months"),
        row("liothyronine", "thyroid hormone", "augmentation", "25 mcg PO daily", "2026-06", "2026-09-18",
            "no added benefit", "no_response", F2, 1,
            "liothyronine (Cytomel) 25 mcg PO daily 09/17/2026 augmentation of duloxetine, added 06/2026 "
            "Discontinue - no added benefit"),
    ],
    "scales": [
        sc("PHQ-9", 25, "2026-09-18", F2, 1, "PHQ-9 on admission 25"),
        sc("C-SSRS", 5, "2026-09-18", F2, 1, "C-SSRS ideation severity 5"),
    ],
    "diagnoses": [
        dx("F33.2", F2, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features"),
        dx("E03.9", F2, 1, "E03.9 Hypothyroidism, unspecified"),
        dx("J45.909", F2, 1, "J45.909 Unspecified asthma, uncomplicated"),
        dx("K21.9", F2, 1, "K21.9 Gastro-esophageal reflux disease without esophagitis"),
    ],
    "suicidality": si("active", F2, 1, "suicidal ideation and a specific plan to overdose on saved-up pills"),
})

# ---------------------------------------------------------------- 03 pharmacy fill history + NP note
F3a = "quillfeather_fill_history.pdf"
F3b = "lund_np_note_2026-11-03.txt"
X = [0, 62, 200, 240, 272, 360]
fills = [
    ("02/07/2022", "ESCITALOPRAM 10 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("03/08/2022", "ESCITALOPRAM 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("03/21/2022", "AMLODIPINE 5 MG TAB", "90", "90", "HALE, R", "Picked up"),
    ("04/06/2022", "ESCITALOPRAM 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("05/05/2022", "ESCITALOPRAM 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("06/03/2022", "ESCITALOPRAM 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("06/30/2022", "ESCITALOPRAM 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("03/14/2024", "SERTRALINE 50 MG TAB", "30", "30", "HALE, R", "Returned to stock"),
    ("04/02/2024", "ATORVASTATIN 20 MG TAB", "90", "90", "HALE, R", "Picked up"),
    ("05/09/2024", "ESCITALOPRAM 10 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("06/07/2024", "ESCITALOPRAM 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("07/08/2024", "ESCITALOPRAM 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("08/06/2024", "ESCITALOPRAM 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("01/13/2025", "VORTIOXETINE 10 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("02/12/2025", "VORTIOXETINE 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("02/12/2025", "ONDANSETRON 4 MG ODT", "10", "5", "LUND, A", "Picked up"),
    ("03/14/2025", "VORTIOXETINE 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("04/13/2025", "VORTIOXETINE 20 MG TAB", "30", "30", "LUND, A", "Picked up"),
    ("06/02/2025", "LEVOMILNACIPRAN ER TITR PACK", "1", "28", "LUND, A", "Picked up"),
    ("06/27/2025", "LEVOMILNACIPRAN ER 40 MG CAP", "30", "30", "LUND, A", "Picked up"),
    ("07/25/2025", "LEVOMILNACIPRAN ER 40 MG CAP", "30", "30", "LUND, A", "Picked up"),
    ("08/24/2025", "LEVOMILNACIPRAN ER 40 MG CAP", "30", "30", "LUND, A", "Picked up"),
    ("09/24/2025", "LEVOMILNACIPRAN ER 40 MG CAP", "90", "90", "LUND, A", "Picked up"),
    ("12/22/2025", "LEVOMILNACIPRAN ER 40 MG CAP", "90", "90", "LUND, A", "Picked up"),
    ("01/05/2026", "AMLODIPINE 5 MG TAB", "90", "90", "HALE, R", "Picked up"),
    ("03/23/2026", "LEVOMILNACIPRAN ER 40 MG CAP", "90", "90", "LUND, A", "Picked up"),
    ("06/19/2026", "LEVOMILNACIPRAN ER 40 MG CAP", "90", "90", "LUND, A", "Picked up"),
    ("09/16/2026", "LEVOMILNACIPRAN ER 40 MG CAP", "90", "90", "LUND, A", "Picked up"),
]
CASES.append({
    "slug": "03-fill-history-and-np-note",
    "note": "FICTIONAL case. A pharmacy fill-history printout (PDF) and the NP note (TXT) that reconstructs the "
            "trials from it. Escitalopram was taken TWICE: Feb-Jul 2022 (remission, stopped because well) and "
            "restarted 05/2024 (no effect by September): two rows. Outcomes come from the note, so the note is the "
            "source; the fill rows name the same trials. Not rows: sertraline (returned to stock, never picked up), "
            "ondansetron (nausea), amlodipine, atorvastatin, psychotherapy (none; declined again), aripiprazole and "
            "TMS (plan), the 80 mg increase ('could increase', plan). PHQ-9 6 in 06/2022 is dated by its month.",
    "docs": [
        {"file": F3a, "kind": "pdf", "size": 8.5, "pages": [[
            ("h", "QUILLFEATHER PHARMACY #0217 - PATIENT PRESCRIPTION HISTORY"),
            "FICTIONAL - test document. 88 Orchard Row, Brannock, NC. Tel 555-0139. Printed 11/02/2026 09:14",
            "Patient: NAKASHIMA-BRIGHT, GERALD   DOB 06/30/1970   Range: 01/01/2022 - 11/01/2026   "
            "Requested by: patient (for insurer)",
            ("gap",),
            ("row", ["Fill date", "Drug / strength", "Qty", "Days", "Prescriber", "Status"], X),
        ] + [("row", list(f), X) for f in fills] + [
            ("gap",),
            "Returned to stock = prescription filled but not picked up within 10 days; claim reversed.",
            "This history lists prescriptions filled at this pharmacy only. Not a medical record.",
        ]]},
        {"file": F3b, "kind": "txt", "pages": [[
            "FICTIONAL RECORD -- Lindqvist Psychiatric Associates, Brannock NC (test document)",
            "PROGRESS NOTE    DOS: 11/03/2026    Patient: Gerald Nakashima-Bright (DOB 06/30/1970)",
            "Clinician: Aurelie Lund, PMHNP-BC    Visit: 40 min, in person",
            "",
            "Reviewed the outside fill history (Quillfeather #0217, printed 11/02/2026) with the patient to "
            "reconstruct his trials for the insurer's TMS request.",
            "",
            "Med history as reconstructed today:",
            " * Escitalopram, first course Feb-Jul 2022 (10 -> 20 mg): full remission by late spring, PHQ-9 6 in "
            "06/2022. He stopped it himself in the summer because he felt well.",
            " * Depression came back over the winter of 2023-24. Restarted escitalopram 05/2024, 20 mg from June: "
            "this time no effect at all by early September, stopped.",
            " * Sertraline was sent in by his PCP 03/2024 but he never picked it up (fill history: returned to "
            "stock).",
            " * Vortioxetine 10 -> 20 mg Jan-May 2025: nausea every day despite ondansetron, stopped.",
            " * Levomilnacipran (Fetzima) 40 mg since 06/2025: more energy, still flat and withdrawn - partial "
            "response.",
            " * No psychotherapy to date; declined a referral again today ('I don't want to rehash things').",
            "",
            "Other meds (PCP): amlodipine 5 mg, atorvastatin 20 mg.",
            "",
            "MSE: tired-appearing, good eye contact, mood 'blah', affect restricted, linear, no psychosis.",
            "PHQ-9 today: 17. Denies suicidal ideation; no history of suicide attempts.",
            "",
            "Dx: F33.1 Major depressive disorder, recurrent, moderate",
            "    I10 Essential (primary) hypertension",
            "    E78.5 Hyperlipidemia, unspecified",
            "",
            "Plan: continue levomilnacipran 40 mg daily; could increase to 80 mg next visit - discuss. Options "
            "reviewed: adding aripiprazole vs TMS; he prefers TMS. Letter of medical necessity for TMS to insurer. "
            "RTC 4 weeks.",
            "-- A. Lund, PMHNP-BC",
        ]]},
    ],
    "history": [
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2022-02-07", "2022-07",
            "full remission by late spring; stopped it himself because he felt well", "remission", F3b, 1,
            "Escitalopram, first course Feb-Jul 2022 (10 -> 20 mg): full remission by late spring"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2024-05", "2024-09",
            "this time no effect at all by early September, stopped", "no_response", F3b, 1,
            "Restarted escitalopram 05/2024, 20 mg from June: this time no effect at all by early September, "
            "stopped."),
        row("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2025-01", "2025-05",
            "nausea every day despite ondansetron, stopped", "side_effects", F3b, 1,
            "Vortioxetine 10 -> 20 mg Jan-May 2025: nausea every day despite ondansetron, stopped."),
        row("levomilnacipran", "SNRI", "antidepressant", "40 mg", "2025-06", None,
            "more energy, still flat and withdrawn - partial response", "partial_response", F3b, 1,
            "Levomilnacipran (Fetzima) 40 mg since 06/2025: more energy, still flat and withdrawn - partial"),
    ],
    "scales": [
        sc("PHQ-9", 6, "2022-06", F3b, 1, "PHQ-9 6 in 06/2022"),
        sc("PHQ-9", 17, "2026-11-03", F3b, 1, "PHQ-9 today: 17"),
    ],
    "diagnoses": [
        dx("F33.1", F3b, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        dx("I10", F3b, 1, "I10 Essential (primary) hypertension"),
        dx("E78.5", F3b, 1, "E78.5 Hyperlipidemia, unspecified"),
    ],
    "suicidality": si("none", F3b, 1, "Denies suicidal ideation; no history of suicide attempts."),
})

# ---------------------------------------------------------------- 04 scanned intake form with a trials table
F4 = "abernathy_cobb_intake_scan.pdf"
XT = [0, 105, 200, 262, 340]
CASES.append({
    "slug": "04-scanned-intake-form",
    "note": "FICTIONAL case. Image-only 2-page PDF (no text layer): a new-patient intake form the patient filled "
            "in (handwriting-style table cells) with the clinician's review on p. 2. 'fall 2018' -> 2018. Effexor: "
            "'no' help and stopped for dizziness -> side_effects (the stop reason decides). Vortioxetine is current; "
            "its outcome ('minimal effect') is in the clinician review on p. 2, its dates on p. 1. CBT 2019 'helped "
            "some ... depression still there' -> partial_response. Not rows: Abilify 'never', lithium never tried, "
            "TMS/ECT ticked No, ketamine/Spravato 'interested, never had'. Suicidality: attempt (2013 overdose). "
            "Truth texts are the drawn lines; compare OCR loosely.",
    "docs": [{"file": F4, "kind": "scan", "seed": 41, "hand": True, "pages": [
        [
            ("h", "TAMARIND CREEK PSYCHIATRY - NEW PATIENT INTAKE"),
            "FICTIONAL - test form. 410 Mesa Arroyo Rd, Fernhollow, NM. Fax 555-0161",
            "Name: Lucas Abernathy-Cobb     DOB: 02/09/1997     Date: 10/06/2026",
            "Referred by: Dr. Halvorsen (PCP)   Insurance: Mesa Verde Health Plan  ID FICT-3329107",
            ("gap",),
            ("h", "Section 4 - Past medication trials (patient completes)"),
            ("row", ["Medication", "When", "Dose", "Helped?", "Why stopped"], XT, "print"),
            ("row", ["Paxil", "2012-2013", "20 mg", "some", "sexual side effects"], XT),
            ("row", ["Wellbutrin", "2014", "150 mg", "no", "didn't help"], XT),
            ("row", ["Effexor", "fall 2018", "75->150", "no", "dizzy, stopped"], XT),
            ("row", ["Abilify", "never", "", "", ""], XT),
            ("row", ["Trintellix", "Feb 2026-now", "20 mg", "not really", "still taking"], XT),
            ("gap",),
            ("h", "Section 5 - Therapy and other treatment"),
            "Have you had counseling or therapy? (x) Yes ( ) No",
            "If yes: CBT with Dr. Ames, 2019, about 12 sessions - helped some with anxiety, depression still there",
            "Prior TMS? ( ) Yes (x) No     Prior ECT? ( ) Yes (x) No",
            "Ketamine or Spravato? interested, never had",
        ],
        [
            ("h", "Section 6 - Safety"),
            "Have you ever tried to kill yourself? (x) Yes ( ) No",
            "If yes, when/how: 2013, took a bottle of Tylenol, ER then 3 days inpatient",
            "Thoughts of suicide in the past month? (x) Yes - sometimes wish I wouldn't wake up, no plan",
            ("gap",),
            ("h", "Section 7 - Questionnaires (scored by staff)"),
            "PHQ-9 total: 22    GAD-7 total: 15    date scored: 10/06/2026",
            ("gap",),
            ("h", "Clinician review - S. Okonkwo-Reyes, MD, 10/06/2026"),
            "Reviewed with pt. Paxil ~1 yr, stopped for sexual SE. Bupropion 150 only ~2 mo. Effexor stopped after "
            "~6 wk at 150 due to dizziness. Vortioxetine 20 mg x 8 mo, minimal effect. Abilify never prescribed. "
            "Lithium never tried.",
            "Dx: F33.2 MDD, recurrent, severe w/o psychotic features; F41.1 GAD.",
            "Hx intentional OD 2013 (Z91.51).",
            "Plan: discuss augmentation options at f/u; pt wants info on Spravato.",
        ],
    ]}],
    "history": [
        row("paroxetine", "SSRI", "antidepressant", "20 mg", "2012", "2013", "some; sexual side effects",
            "side_effects", F4, 1, "Paxil 2012-2013 20 mg some sexual side effects"),
        row("bupropion", "NDRI", "antidepressant", "150 mg", "2014", "2014", "didn't help", "no_response", F4, 1,
            "Wellbutrin 2014 150 mg no didn't help"),
        row("venlafaxine", "SNRI", "antidepressant", "150 mg", "2018", "2018", "dizzy, stopped", "side_effects",
            F4, 1, "Effexor fall 2018 75->150 no dizzy, stopped"),
        row("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2026-02", None,
            "Vortioxetine 20 mg x 8 mo, minimal effect", "no_response", F4, 2,
            "Vortioxetine 20 mg x 8 mo, minimal effect."),
        row("CBT", "psychotherapy", "psychotherapy", "about 12 sessions", "2019", "2019",
            "helped some with anxiety, depression still there", "partial_response", F4, 1,
            "CBT with Dr. Ames, 2019, about 12 sessions - helped some with anxiety, depression still there"),
    ],
    "scales": [
        sc("PHQ-9", 22, "2026-10-06", F4, 2, "PHQ-9 total: 22"),
        sc("GAD-7", 15, "2026-10-06", F4, 2, "GAD-7 total: 15"),
    ],
    "diagnoses": [
        dx("F33.2", F4, 2, "F33.2 MDD, recurrent, severe w/o psychotic features"),
        dx("F41.1", F4, 2, "F41.1 GAD"),
        dx("Z91.51", F4, 2, "Hx intentional OD 2013 (Z91.51)"),
    ],
    "suicidality": si("attempt", F4, 2, "2013, took a bottle of Tylenol, ER then 3 days inpatient"),
})

# ---------------------------------------------------------------- 05 TMS treatment summary + follow-up addendum
F5 = "whitlock_sayed_tms_summary.pdf"
XS = [0, 110, 200, 260]
CASES.append({
    "slug": "05-tms-course-summary",
    "note": "FICTIONAL case. TMS course summary (2-page PDF): 36 sessions 06/01-07/24/2026, response not remission "
            "at the end, then the p. 2 follow-up addendum (10/15/2026) says the symptoms came back -> relapse, "
            "source p. 2. Prior trials listed for the payer: desvenlafaxine partial but STOPPED for blood pressure "
            "-> side_effects; brexpiprazole added to desvenlafaxine (augmentation), weight gain; mirtazapine "
            "ongoing, partial. Not rows: ECT (none), ketamine/esketamine (never), maintenance TMS and Spravato "
            "(plan), lithium (declined). PHQ-9 by session date: six scale rows. Suicidality passive (baseline row).",
    "docs": [{"file": F5, "kind": "pdf", "pages": [
        [
            ("h", "NORTHGATE NEUROMODULATION CENTER - TMS TREATMENT SUMMARY"),
            "FICTIONAL - test document. 1200 Larch Parkway, Cedar Hollow, MN. Tel 555-0128",
            "Patient: Annika Whitlock-Sayed   DOB: 12/01/1973   Referring: Dr. M. Esterhazy   Treating: Dr. P. Quon",
            "Diagnosis: F33.2 Major depressive disorder, recurrent severe without psychotic features",
            ("h", "Course"),
            "Protocol: left DLPFC, 10 Hz, 120% of motor threshold, 3000 pulses (sessions 1-20); iTBS, 600 pulses "
            "(sessions 21-36) for scheduling. Course dates: 06/01/2026 - 07/24/2026. Sessions completed: 36 (30 "
            "acute + 6 taper). No missed sessions. Scalp discomfort in week 1 only.",
            ("h", "Treatment-resistance history (reviewed for prior authorization)"),
            "1. Escitalopram 20 mg, 10/2023 - 03/2024: no response at 20 weeks.",
            "2. Desvenlafaxine 50 -> 100 mg, 04/2024 - 11/2024: partial response; stopped because home BP readings "
            "reached 160/100.",
            "3. Brexpiprazole 1 mg added to desvenlafaxine, 08/2024 - 10/2024: gained 14 lb in 8 weeks, stopped.",
            "4. Mirtazapine 30 mg since 12/2024, continued unchanged during TMS: helps sleep and appetite; mood "
            "still low.",
            "No prior ECT. Has never had ketamine or esketamine.",
            ("h", "Measures"),
            ("row", ["Timepoint", "Date", "PHQ-9", "Comment"], XS),
            ("row", ["Baseline", "06/01/2026", "24", "passive death wishes, no plan"], XS),
            ("row", ["Session 10", "06/12/2026", "20", ""], XS),
            ("row", ["Session 20", "06/26/2026", "15", "death wishes resolved"], XS),
            ("row", ["Session 30", "07/10/2026", "11", ""], XS),
            ("row", ["Session 36 (end)", "07/24/2026", "9", ""], XS),
            ("gap",),
            "Outcome at end of course: response (62% reduction in PHQ-9), not remission.",
            "Signed: Priya Quon, MD, 07/27/2026",
        ],
        [
            ("h", "NORTHGATE NEUROMODULATION CENTER - FOLLOW-UP ADDENDUM"),
            "Patient: Annika Whitlock-Sayed   Date: 10/15/2026   (FICTIONAL)",
            "Clinic follow-up 12 weeks after the TMS course. The gains held through August; since mid-September, "
            "low mood, early waking and withdrawal have come back. PHQ-9 today 17. Denies SI. Still on mirtazapine "
            "30 mg.",
            "Assessment: relapse after TMS response. F33.2.",
            "Plan: request a TMS reintroduction course (payer review); if denied, consider Spravato. Discussed "
            "lithium augmentation; she declined. RTC 4 weeks.",
            "Signed: Priya Quon, MD",
        ],
    ]}],
    "history": [
        row("TMS", "rTMS / iTBS", "neuromodulation", "36 sessions", "2026-06-01", "2026-07-24",
            "response, not remission; since mid-September low mood, early waking and withdrawal have come back",
            "relapse", F5, 2, "since mid-September, low mood, early waking and withdrawal have come back"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-10", "2024-03", "no response at 20 weeks",
            "no_response", F5, 1, "Escitalopram 20 mg, 10/2023 - 03/2024: no response at 20 weeks."),
        row("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2024-04", "2024-11",
            "partial response; stopped because home BP readings reached 160/100", "side_effects", F5, 1,
            "partial response; stopped because home BP readings reached 160/100"),
        row("brexpiprazole", "atypical antipsychotic", "augmentation", "1 mg", "2024-08", "2024-10",
            "gained 14 lb in 8 weeks, stopped", "side_effects", F5, 1,
            "Brexpiprazole 1 mg added to desvenlafaxine, 08/2024 - 10/2024: gained 14 lb in 8 weeks, stopped."),
        row("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024-12", None,
            "helps sleep and appetite; mood still low", "partial_response", F5, 1,
            "helps sleep and appetite; mood still low"),
    ],
    "scales": [
        sc("PHQ-9", 24, "2026-06-01", F5, 1, "Baseline 06/01/2026 24"),
        sc("PHQ-9", 20, "2026-06-12", F5, 1, "Session 10 06/12/2026 20"),
        sc("PHQ-9", 15, "2026-06-26", F5, 1, "Session 20 06/26/2026 15"),
        sc("PHQ-9", 11, "2026-07-10", F5, 1, "Session 30 07/10/2026 11"),
        sc("PHQ-9", 9, "2026-07-24", F5, 1, "Session 36 (end) 07/24/2026 9"),
        sc("PHQ-9", 17, "2026-10-15", F5, 2, "PHQ-9 today 17"),
    ],
    "diagnoses": [
        dx("F33.2", F5, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features"),
    ],
    "suicidality": si("passive", F5, 1, "passive death wishes, no plan"),
})

# ---------------------------------------------------------------- 06 hospital discharge summary with ECT, TXT
F6 = "mcallister_dube_discharge_summary.txt"
CASES.append({
    "slug": "06-discharge-summary-ect",
    "note": "FICTIONAL case. Psychiatric discharge summary (TXT) after an intentional acetaminophen overdose "
            "(suicidality attempt). Sertraline (100 mg from spring 2024, 200 mg since 09/2024) discontinued on "
            "admission for no response: end 2026-02-02. Olanzapine added 06/2025, stopped after 4 weeks for "
            "sedation (augmentation). ECT index course 12 treatments 02/06-03/13/2026: response short of remission "
            "-> partial_response. Nortriptyline started in hospital 02/20/2026, continued at discharge, 'too early "
            "to judge' -> unknown (arguable: a reader may drop it as not yet a trial). Not rows: bupropion "
            "(discussed, never prescribed), lithium (declined), lorazepam PRN, ondansetron, ibuprofen, metformin, "
            "atorvastatin, brother's ECT, continuation ECT (planned). Acetaminophen is the overdose agent, no row. "
            "MADRS and C-SSRS (numbers) on admission and at discharge.",
    "docs": [{"file": F6, "kind": "txt", "pages": [[
        "GREYFIELD MEMORIAL HOSPITAL -- Department of Psychiatry -- Alder Springs, KY",
        "DISCHARGE SUMMARY        *** FICTIONAL RECORD (test document) ***",
        "",
        "Patient: Owen McAllister-Dube      DOB: 08/14/1967      MRN: GM-7730451",
        "Admission date: 02/02/2026         Discharge date: 03/16/2026",
        "Attending: Beatrix Olawale, MD     Dictated 03/16/2026, transcribed 03/17/2026",
        "",
        "DIAGNOSES",
        "Principal: F33.2 Major depressive disorder, recurrent severe without psychotic features",
        "Secondary: T39.1X2A Poisoning by 4-Aminophenol derivatives, intentional self-harm, initial encounter",
        "           E11.9 Type 2 diabetes mellitus without complications",
        "",
        "HISTORY OF PRESENT ILLNESS",
        "58-year-old married machinist admitted to medicine on 01/30/2026 after an intentional overdose of "
        "acetaminophen (about forty 500 mg tablets) taken after three months of worsening depression, insomnia "
        "and hopelessness; treated with N-acetylcysteine, LFTs normalized, transferred to the psychiatric unit "
        "on 02/02/2026.",
        "Outpatient treatment before admission: sertraline, 100 mg from spring 2024 and 200 mg since 09/2024, with "
        "no meaningful response per patient and his outpatient psychiatrist. Olanzapine 5 mg was added to "
        "sertraline in 06/2025 and stopped after 4 weeks because he was sleeping 14 hours a day. Bupropion was "
        "discussed last fall but never prescribed. No prior ECT.",
        "On admission: MADRS 38. C-SSRS ideation severity 5 (wished he had succeeded, would do it again).",
        "",
        "HOSPITAL COURSE",
        "Sertraline was discontinued on admission given no response over nearly two years. ECT was recommended. "
        "After informed consent he received an index course of right unilateral ultrabrief-pulse ECT, 12 "
        "treatments, 02/06/2026 through 03/13/2026. Sleep and appetite improved from the 5th treatment, mood from "
        "the 7th. MADRS at discharge 12: a clear response, short of remission. Post-treatment headaches were "
        "managed with ibuprofen; mild short-term memory complaints are improving.",
        "Nortriptyline was started 02/20/2026 at 25 mg and titrated to 75 mg at bedtime (level 03/11/2026: "
        "96 ng/mL); too early to judge its effect separately from ECT.",
        "Lithium was offered for relapse prevention; he declined.",
        "PRN medications used: lorazepam 0.5 mg (4 doses) for anxiety; ondansetron after ECT.",
        "Family history: a brother was treated with ECT in the 2010s with good effect.",
        "",
        "CONDITION AT DISCHARGE",
        "Denies suicidal ideation, future-oriented, engaged in safety planning with his wife. C-SSRS ideation "
        "severity 0 on 03/16/2026. All medications to be kept in a lockbox held by his wife.",
        "",
        "DISCHARGE MEDICATIONS",
        "nortriptyline 75 mg PO at bedtime; metformin 1000 mg PO twice daily; atorvastatin 40 mg PO daily.",
        "",
        "FOLLOW-UP",
        "Continuation ECT weekly x 4, then every 2 weeks, Greyfield ECT suite, first on 03/20/2026. Outpatient "
        "psychiatry with Dr. Varnum on 03/24/2026; nortriptyline level in 4 weeks. PCP for diabetes.",
        "",
        "Electronically signed: Beatrix Olawale, MD  03/17/2026 08:12",
    ]]}],
    "history": [
        row("sertraline", "SSRI", "antidepressant", "200 mg", "2024", "2026-02-02",
            "no meaningful response; discontinued on admission", "no_response", F6, 1,
            "sertraline, 100 mg from spring 2024 and 200 mg since 09/2024, with no meaningful response"),
        row("olanzapine", "atypical antipsychotic", "augmentation", "5 mg", "2025-06", "2025-07",
            "stopped after 4 weeks because he was sleeping 14 hours a day", "side_effects", F6, 1,
            "Olanzapine 5 mg was added to sertraline in 06/2025 and stopped after 4 weeks because he was sleeping "
            "14 hours a day."),
        row("ECT", "electroconvulsive therapy", "neuromodulation", "12 treatments", "2026-02-06", "2026-03-13",
            "a clear response, short of remission", "partial_response", F6, 1,
            "MADRS at discharge 12: a clear response, short of remission."),
        row("nortriptyline", "TCA", "antidepressant", "75 mg", "2026-02-20", None,
            "too early to judge its effect separately from ECT", "unknown", F6, 1,
            "Nortriptyline was started 02/20/2026 at 25 mg and titrated to 75 mg at bedtime"),
    ],
    "scales": [
        sc("MADRS", 38, "2026-02-02", F6, 1, "On admission: MADRS 38."),
        sc("C-SSRS", 5, "2026-02-02", F6, 1, "C-SSRS ideation severity 5"),
        sc("MADRS", 12, "2026-03-16", F6, 1, "MADRS at discharge 12"),
        sc("C-SSRS", 0, "2026-03-16", F6, 1, "C-SSRS ideation severity 0 on 03/16/2026"),
    ],
    "diagnoses": [
        dx("F33.2", F6, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features"),
        dx("T39.1X2A", F6, 1, "T39.1X2A Poisoning by 4-Aminophenol derivatives, intentional self-harm"),
        dx("E11.9", F6, 1, "E11.9 Type 2 diabetes mellitus without complications"),
    ],
    "suicidality": si("attempt", F6, 1, "after an intentional overdose of acetaminophen"),
})
