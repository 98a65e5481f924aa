"""Cases 07-12 of notes12. Everything here is FICTIONAL."""
from helpers import dx, row, sc, si

CASES = []

# ---------------------------------------------------------------- 07 prior-authorization form filled by a clinic
F7 = "pa_request_spravato_holloway_njoku.pdf"
XP = [0, 92, 150, 205, 258]
CASES.append({
    "slug": "07-spravato-pa-form",
    "note": "FICTIONAL case. A health plan's prior-authorization form for Spravato filled in by the clinic (2-page "
            "PDF, checkboxes and a trials table). Escitalopram 'current' -> end null. Aripiprazole (with "
            "escitalopram, augmentation): early benefit then akathisia, stopped -> side_effects. CBT 16 sessions "
            "2023, minimal benefit -> no_response. Not rows: esketamine (the drug requested, never given), ECT "
            "(offered, declined), TMS (No), lamotrigine (considered 2025, not started), sister's Spravato. "
            "Suicidality passive (ticked box); attempt ticked No.",
    "docs": [{"file": F7, "kind": "pdf", "pages": [
        [
            ("h", "PRAIRIE CREST HEALTH PLAN - PRIOR AUTHORIZATION REQUEST"),
            ("h", "SPRAVATO (esketamine) nasal spray - Behavioral Health Pharmacy"),
            "FICTIONAL - test form, not a real plan. Fax the completed form to 555-0142; questions 555-0143.",
            "Member name: Deborah Holloway-Njoku    Member ID: PCH-FICT-558201    DOB: 07/22/1980",
            "Prescriber: Nils Okafor-Lind, MD (psychiatry)    NPI: 0000000000 (fictional)    Phone: 555-0187",
            "Practice: Juniper Flats Psychiatry, 77 Yarrow St, Dunmore Flats, KS",
            "Request type: [X] Initial   [ ] Continuation          Date of request: 10/28/2026",
            "Diagnosis (ICD-10-CM): F33.2 Major depressive disorder, recurrent severe without psychotic features",
            "Secondary: F41.1 Generalized anxiety disorder",
            "Requested: esketamine 56 mg intranasal twice weekly x 4 weeks (induction), then per label.",
            ("h", "Section A - Clinical criteria"),
            "1. Member is 18 years of age or older?   [X] Yes   [ ] No",
            "2. Current severity (scale, score, date):   PHQ-9 23 on 10/28/2026",
            "3. Has the member tried at least two antidepressants of different classes, each at an adequate dose "
            "for at least 6 weeks, in the current episode?   [X] Yes   [ ] No   List below:",
            ("row", ["Drug", "Dose", "Start", "End", "Outcome"], XP),
            ("row", ["sertraline", "150 mg", "03/2022", "09/2022", "inadequate response"], XP),
            ("row", ["duloxetine", "60 mg", "10/2022", "12/2022", "nausea, GI upset - stopped"], XP),
            ("row", ["bupropion XL", "300 mg", "01/2023", "07/2023", "no response"], XP),
            ("row", ["escitalopram", "20 mg", "02/2024", "current", "partial response, anhedonia persists"], XP),
            ("gap",),
            "4. Augmentation tried?   [X] Yes   [ ] No",
            "If yes: aripiprazole 5 mg with escitalopram, 03/2024 - 06/2024: some early benefit, then akathisia; "
            "stopped",
            "5. Evidence-based psychotherapy?   [X] Yes   [ ] No",
            "If yes: CBT, 16 sessions, 2023, minimal benefit",
            "6. ECT?   [ ] Yes   [X] No   - offered 09/2026, member declined",
            "7. TMS?   [ ] Yes   [X] No",
        ],
        [
            ("h", "Section B - Safety and administration"),
            "Member: Deborah Holloway-Njoku   ID PCH-FICT-558201   (FICTIONAL)",
            "8. Current suicidal ideation?   [X] Passive   [ ] Active   [ ] None",
            "9. History of suicide attempt?   [ ] Yes   [X] No",
            "10. Will esketamine be given with an oral antidepressant?   [X] Yes - escitalopram 20 mg continues",
            "11. Administered at a REMS-certified treatment center?   [X] Yes   [ ] No",
            "12. Current substance use disorder?   [ ] Yes   [X] No",
            ("h", "Clinical summary (optional)"),
            "Recurrent depression since age 24, current episode since late 2021. Four antidepressant trials and one "
            "augmentation in this episode, listed above. Lamotrigine was considered in 2025 but not started. Her "
            "sister did well on Spravato, which is part of why she is asking for it. Passive wishes to be dead most "
            "weeks, no plan or intent; safety plan in place.",
            "I attest that the information above is accurate. Signed: Nils Okafor-Lind, MD    Date: 10/28/2026",
        ],
    ]}],
    "history": [
        row("sertraline", "SSRI", "antidepressant", "150 mg", "2022-03", "2022-09", "inadequate response",
            "no_response", F7, 1, "sertraline 150 mg 03/2022 09/2022 inadequate response"),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2022-10", "2022-12", "nausea, GI upset - stopped",
            "side_effects", F7, 1, "duloxetine 60 mg 10/2022 12/2022 nausea, GI upset - stopped"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2023-01", "2023-07", "no response", "no_response",
            F7, 1, "bupropion XL 300 mg 01/2023 07/2023 no response"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2024-02", None,
            "partial response, anhedonia persists", "partial_response", F7, 1,
            "escitalopram 20 mg 02/2024 current partial response, anhedonia persists"),
        row("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-03", "2024-06",
            "some early benefit, then akathisia; stopped", "side_effects", F7, 1,
            "aripiprazole 5 mg with escitalopram, 03/2024 - 06/2024: some early benefit, then akathisia; stopped"),
        row("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2023", "2023", "minimal benefit",
            "no_response", F7, 1, "CBT, 16 sessions, 2023, minimal benefit"),
    ],
    "scales": [sc("PHQ-9", 23, "2026-10-28", F7, 1, "PHQ-9 23 on 10/28/2026")],
    "diagnoses": [
        dx("F33.2", F7, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features"),
        dx("F41.1", F7, 1, "F41.1 Generalized anxiety disorder"),
    ],
    "suicidality": si("passive", F7, 2, "Current suicidal ideation? [X] Passive"),
})

# ---------------------------------------------------------------- 08 pain clinic follow-up, CRPS, ketamine series
F8 = "ferreira_lang_pain_followup_2026-11-18.pdf"
CASES.append({
    "slug": "08-pain-clinic-crps",
    "note": "FICTIONAL case. Pain clinic follow-up for CRPS I of the right lower limb (2-page PDF, Times). "
            "Gabapentin (other) stopped 08/2024 for dizziness and fog. Nortriptyline for pain stays antidepressant "
            "(spring 2024 -> 2024). Duloxetine ongoing, ~20% less pain -> partial. Lumbar sympathetic blocks x3 "
            "(04-09/2025), each ~50% relief for ~10 days then back to baseline -> relapse (arguable: earlier writers "
            "have classed short-lived relief as partial). IV racemic ketamine 5 infusions 06/08-06/19/2026, relief "
            "~3 weeks then back -> relapse, kind other. Not rows: pregabalin (declined), spinal cord stimulation "
            "(discussed), mirror therapy (never), tramadol PRN, lidocaine patch (insurance denied, never used), "
            "booster infusion and repeat block (plan), PT referral. Pain NRS: two today, one before and one after "
            "the series, one 'by mid-July' (2026-07).",
    "docs": [{"file": F8, "kind": "pdf", "font": "Times-Roman", "size": 10, "pages": [
        [
            ("h", "BASIN RIDGE PAIN & SPINE - Copper Falls, AZ - Tel 555-0176"),
            "FICTIONAL RECORD - test document, not a real patient.",
            "Patient: Tobias Ferreira-Lang   DOB: 05/19/1987   Date of service: 11/18/2026   Provider: Ines Calloway, MD",
            ("h", "Chief complaint"),
            "Right foot and ankle burning pain, CRPS follow-up; review of the ketamine infusion series.",
            ("h", "History of present illness"),
            "39-year-old warehouse supervisor with CRPS type I of the right lower limb after a right ankle fracture "
            "(ORIF 02/2023). Burning, color change and swelling persist; allodynia to bedsheets. Pain today 7/10 at "
            "rest, 9/10 with weight-bearing. Sleeps 4-5 hours.",
            ("h", "Treatment history"),
            "- Gabapentin started early 2024, titrated to 900 mg TID by June; stopped 08/2024 - dizzy, 'foggy', "
            "fell at work.",
            "- Nortriptyline 25 mg at bedtime, spring 2024, about 6 weeks: dry mouth and constipation, stopped.",
            "- Duloxetine 30 mg from 03/2025, 60 mg since 05/2025, for pain and mood: maybe 20% less pain, mood a "
            "bit better.",
            "- Right L2-L3 lumbar sympathetic blocks x3 (04/2025, 06/2025, 09/2025): each gave about 50% relief "
            "lasting about 10 days, then back to baseline.",
            "- IV ketamine: 5 outpatient infusions 06/08 - 06/19/2026 (0.5 -> 1.0 mg/kg/hr over 4 h). Pre-series "
            "pain 8/10 (06/08/2026), 4/10 after the fifth infusion (06/19/2026). Relief held about 3 weeks; by "
            "mid-July pain was back to 7/10.",
            "- Never tried: pregabalin (declines after gabapentin), mirror therapy. Spinal cord stimulation "
            "discussed 2025; he wants to wait.",
            "Other medications: tramadol 50 mg PRN severe flares (about 4 tablets a week); lidocaine 5% patch was "
            "prescribed but insurance denied it and he never used it.",
        ],
        [
            "Patient: Tobias Ferreira-Lang   DOS 11/18/2026   page 2 of 2   (FICTIONAL)",
            ("h", "Psychological screen"),
            "PHQ-9 14 today. Depression since the injury, followed by his PCP. Denies suicidal ideation; no history "
            "of suicide attempts.",
            ("h", "Examination"),
            "Right foot cooler by 1.8 C, mottled, edema to the ankle, hair loss dorsum; allodynia to light touch; "
            "guarded gait with a cane.",
            ("h", "Assessment"),
            "G90.521 Complex regional pain syndrome I of right lower limb",
            "G89.4 Chronic pain syndrome",
            "F32.1 Major depressive disorder, single episode, moderate",
            ("h", "Plan"),
            "1. Request a booster ketamine infusion (prior authorization pending).",
            "2. Continue duloxetine 60 mg daily.",
            "3. Consider a repeat sympathetic block vs referral for DRG stimulation.",
            "4. Physical therapy referral for graded desensitization.",
            "Ines Calloway, MD - electronically signed 11/18/2026",
        ],
    ]}],
    "history": [
        row("gabapentin", "gabapentinoid", "other", "900 mg TID", "2024", "2024-08",
            "stopped 08/2024 - dizzy, 'foggy', fell at work", "side_effects", F8, 1,
            "stopped 08/2024 - dizzy, 'foggy', fell at work"),
        row("nortriptyline", "TCA", "antidepressant", "25 mg", "2024", "2024",
            "dry mouth and constipation, stopped", "side_effects", F8, 1,
            "Nortriptyline 25 mg at bedtime, spring 2024, about 6 weeks: dry mouth and constipation, stopped."),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-03", None,
            "maybe 20% less pain, mood a bit better", "partial_response", F8, 1,
            "maybe 20% less pain, mood a bit better"),
        row("lumbar sympathetic block", "sympathetic nerve block", "other", "3 blocks", "2025-04", "2025-09",
            "each gave about 50% relief lasting about 10 days, then back to baseline", "relapse", F8, 1,
            "each gave about 50% relief lasting about 10 days, then back to baseline"),
        row("ketamine", "NMDA antagonist (IV racemic)", "other", "5 infusions", "2026-06-08", "2026-06-19",
            "Relief held about 3 weeks; by mid-July pain was back to 7/10", "relapse", F8, 1,
            "Relief held about 3 weeks; by mid-July pain was back to 7/10."),
    ],
    "scales": [
        sc("pain NRS", 7, "2026-11-18", F8, 1, "Pain today 7/10 at rest"),
        sc("pain NRS", 9, "2026-11-18", F8, 1, "9/10 with weight-bearing"),
        sc("pain NRS", 8, "2026-06-08", F8, 1, "pain 8/10 (06/08/2026)"),
        sc("pain NRS", 4, "2026-06-19", F8, 1, "4/10 after the fifth infusion (06/19/2026)"),
        sc("pain NRS", 7, "2026-07", F8, 1, "by mid-July pain was back to 7/10"),
        sc("PHQ-9", 14, "2026-11-18", F8, 2, "PHQ-9 14 today"),
    ],
    "diagnoses": [
        dx("G90.521", F8, 2, "G90.521 Complex regional pain syndrome I of right lower limb"),
        dx("G89.4", F8, 2, "G89.4 Chronic pain syndrome"),
        dx("F32.1", F8, 2, "F32.1 Major depressive disorder, single episode, moderate"),
    ],
    "suicidality": si("none", F8, 2, "Denies suicidal ideation; no history of suicide attempts."),
})

# ---------------------------------------------------------------- 09 primary-care visits, TXT, stale problem list
F9 = "okonjo_pruitt_family_medicine_visits.txt"
CASES.append({
    "slug": "09-primary-care-visits",
    "note": "FICTIONAL case. Four family-medicine visits in one TXT export. Citalopram started 11/04/2025 at 20 mg, "
            "40 mg from 01/2026, partial response only, tapered off from 04/21/2026 (end 2026-04). The problem "
            "list copied forward on later visits still says 'on citalopram 20 mg' (stale, not a second trial). "
            "Bupropion XL from 04/28/2026, 300 mg from 05/2026, ongoing, partial. Sertraline around 2010, jittery, "
            "stopped after a couple of weeks -> side_effects, no dose. Not rows: counseling (declined), metformin, "
            "atorvastatin, psychiatry referral and mirtazapine ('consider', plan). PHQ-9 item 9 = 1 with a wish not "
            "to wake up -> passive.",
    "docs": [{"file": F9, "kind": "txt", "pages": [[
        "CINDER LAKE FAMILY MEDICINE -- Ashby Mills, IA -- chart export, encounters 11/2025 - 07/2026",
        "FICTIONAL RECORD (test document). Patient: Raymond Okonjo-Pruitt   DOB 01/26/1974   PCP: Hedda Marsh, DO",
        "",
        "===== Encounter 11/04/2025 (office visit) =====",
        "CC: diabetes follow-up; 'down a lot' since his layoff in the summer.",
        "PHQ-9 16. Item 9 scored 1: some days wishes he wouldn't wake up; no plan, no intent, no past attempts. "
        "Safety plan and 988 given.",
        "Hx: took sertraline years ago (around 2010?) - 'made me jittery', stopped it after a couple of weeks; "
        "doesn't recall the dose.",
        "A/P:",
        "1. F32.1 Major depressive disorder, single episode, moderate - start citalopram 20 mg daily. Offered a "
        "counseling referral; declined ('not a talker').",
        "2. E11.9 Type 2 diabetes mellitus without complications - A1c 7.4; continue metformin 1000 mg bid.",
        "3. E78.5 Hyperlipidemia, unspecified - continue atorvastatin 20 mg.",
        "Problem list: Depression - on citalopram 20 mg | T2DM | Hyperlipidemia",
        "",
        "===== Encounter 01/13/2026 (office visit) =====",
        "Citalopram 20 mg x 10 wk: somewhat better, sleeping, still low most days. PHQ-9 13. Denies SI today.",
        "Plan: increase citalopram to 40 mg daily. No ECG needed (age 51, no other QT drugs).",
        "Problem list: Depression - on citalopram 20 mg | T2DM | Hyperlipidemia",
        "",
        "===== Encounter 04/21/2026 (office visit) =====",
        "Citalopram 40 mg since January: mood has plateaued, PHQ-9 14 - partial response only. Side effects none "
        "to speak of. He wants to change: 'it's not doing enough.'",
        "Plan: citalopram 20 mg x 1 week, then stop. Start bupropion XL 150 mg daily after the taper.",
        "Problem list: Depression - on citalopram 20 mg | T2DM | Hyperlipidemia",
        "",
        "===== Encounter 07/07/2026 (office visit) =====",
        "On bupropion XL since 04/28, raised to 300 mg 05/2026 through the portal. 'A bit more get up and go' - "
        "still low most days. PHQ-9 12. Denies SI.",
        "Plan: continue bupropion XL 300 mg. If not better by fall, refer to psychiatry; consider adding "
        "mirtazapine for sleep vs switching.",
        "Problem list: Depression - on citalopram 20 mg | T2DM | Hyperlipidemia",
        "",
        "-- end of export --",
    ]]}],
    "history": [
        row("sertraline", "SSRI", "antidepressant", None, "2010", "2010",
            "'made me jittery', stopped it after a couple of weeks", "side_effects", F9, 1,
            "took sertraline years ago (around 2010?) - 'made me jittery', stopped it after a couple of weeks"),
        row("citalopram", "SSRI", "antidepressant", "40 mg daily", "2025-11-04", "2026-04",
            "mood has plateaued, PHQ-9 14 - partial response only", "partial_response", F9, 1,
            "Citalopram 40 mg since January: mood has plateaued, PHQ-9 14 - partial response only."),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2026-04-28", None,
            "'A bit more get up and go' - still low most days", "partial_response", F9, 1,
            "'A bit more get up and go' - still low most days."),
    ],
    "scales": [
        sc("PHQ-9", 16, "2025-11-04", F9, 1, "PHQ-9 16."),
        sc("PHQ-9", 13, "2026-01-13", F9, 1, "PHQ-9 13. Denies SI today."),
        sc("PHQ-9", 14, "2026-04-21", F9, 1, "mood has plateaued, PHQ-9 14"),
        sc("PHQ-9", 12, "2026-07-07", F9, 1, "PHQ-9 12. Denies SI."),
    ],
    "diagnoses": [
        dx("F32.1", F9, 1, "F32.1 Major depressive disorder, single episode, moderate"),
        dx("E11.9", F9, 1, "E11.9 Type 2 diabetes mellitus without complications"),
        dx("E78.5", F9, 1, "E78.5 Hyperlipidemia, unspecified"),
    ],
    "suicidality": si("passive", F9, 1, "some days wishes he wouldn't wake up; no plan, no intent"),
})

# ---------------------------------------------------------------- 10 psychotherapy record, DOCX
F10 = "brenneman_therapy_record.docx"
CASES.append({
    "slug": "10-therapy-record-docx",
    "note": "FICTIONAL case. A psychologist's therapy record (DOCX): intake, a measures table by session, session "
            "extracts, termination summary. CBT 14 sessions 05/06-08/26/2026, PHQ-9 20 -> 15, modest improvement "
            "-> partial_response. DBT skills group Feb-Jul 2023, 24 sessions, skills useful but depression "
            "unchanged -> no_response. Venlafaxine (prescribed by the psychiatrist) since 03/2025, 'takes the edge "
            "off', still depressed -> partial. Not rows: EMDR (raised, client prefers later), aripiprazole "
            "('considering'), couples counseling (recommended), TMS evaluation (upcoming), cutting at 16 (self-harm, "
            "not an attempt). Suicidality changes over sessions: passive at intake, ACTIVE at session 7 (thoughts of "
            "driving off an overpass, no intent), denies later -> highest active. Measures table: PHQ-9 x5, GAD-7 "
            "x2 ('-' cells are not scores).",
    "docs": [{"file": F10, "kind": "docx", "pages": [[
        ("h", "Stillwater Psychological Services - Pine Ledge, VT"),
        "FICTIONAL RECORD - test document, not a real client. Tel 555-0154",
        "PSYCHOTHERAPY RECORD SUMMARY (prepared 09/02/2026 at the client's request for his insurer)",
        "Client: Jonah Brenneman   DOB: 10/11/1999   Clinician: Colette Marchetti-Hu, PsyD",
        ("h", "Intake - 05/06/2026"),
        "Referral from his psychiatrist, Dr. Obi, who manages medication. Current medication: venlafaxine XR 225 mg "
        "daily since March 2025 - Jonah says it 'takes the edge off' but he is still depressed most days.",
        "Prior treatment: DBT skills group at Riverside Clinic, 24 weekly sessions, Feb-Jul 2023; completed. He "
        "found the distress-tolerance skills useful for urges; the depression itself was unchanged. No EMDR. No "
        "psychiatric hospitalizations.",
        "Risk: passive SI ('what's the point of any of it'), no plan, no intent. No suicide attempts. Superficial "
        "cutting at age 16, none since.",
        "Diagnoses: F33.1 Major depressive disorder, recurrent, moderate; F41.1 Generalized anxiety disorder.",
        "Plan: individual CBT for depression, weekly, 12-16 sessions; measures every 3-4 sessions.",
        ("h", "Measures"),
        ("table", ["Session", "Date", "PHQ-9", "GAD-7"], [
            ["1 (intake)", "05/06/2026", "20", "14"],
            ["4", "05/27/2026", "19", "-"],
            ["8", "06/24/2026", "17", "-"],
            ["12", "08/05/2026", "15", "-"],
            ["14 (final)", "08/26/2026", "15", "10"],
        ]),
        ("h", "Session notes (extracts)"),
        "Session 3 (05/20/2026): activity scheduling started; passive SI unchanged from intake.",
        "Session 7 (06/17/2026): after a fight with his partner, thoughts of driving his car off the Route 9 "
        "overpass; no intent - 'I wouldn't do that to my mom.' Safety plan updated; Dr. Obi informed the same day.",
        "Session 9 (07/08/2026): denies SI since session 7. EMDR for older trauma raised; he prefers to finish CBT "
        "first.",
        "Session 11 (07/29/2026): Dr. Obi is considering adding aripiprazole; Jonah is undecided.",
        ("h", "Termination summary - 08/26/2026"),
        "14 sessions of individual CBT (05/06/2026 - 08/26/2026). PHQ-9 20 -> 15: modest improvement, still "
        "moderately severe; behavioral activation helped most. Ending by mutual agreement as he begins a TMS "
        "evaluation; he may return. Couples counseling recommended. Denies SI at termination.",
        "Colette Marchetti-Hu, PsyD (licensed psychologist)",
    ]]}],
    "history": [
        row("CBT", "psychotherapy", "psychotherapy", "14 sessions", "2026-05-06", "2026-08-26",
            "PHQ-9 20 -> 15: modest improvement, still moderately severe", "partial_response", F10, 1,
            "PHQ-9 20 -> 15: modest improvement, still moderately severe"),
        row("DBT", "psychotherapy", "psychotherapy", "24 sessions", "2023-02", "2023-07",
            "distress-tolerance skills useful for urges; the depression itself was unchanged", "no_response",
            F10, 1, "the depression itself was unchanged"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg daily", "2025-03", None,
            "'takes the edge off' but he is still depressed most days", "partial_response", F10, 1,
            "venlafaxine XR 225 mg daily since March 2025 - Jonah says it 'takes the edge off' but he is still "
            "depressed most days"),
    ],
    "scales": [
        sc("PHQ-9", 20, "2026-05-06", F10, 1, "1 (intake) 05/06/2026 20 14"),
        sc("GAD-7", 14, "2026-05-06", F10, 1, "1 (intake) 05/06/2026 20 14"),
        sc("PHQ-9", 19, "2026-05-27", F10, 1, "4 05/27/2026 19 -"),
        sc("PHQ-9", 17, "2026-06-24", F10, 1, "8 06/24/2026 17 -"),
        sc("PHQ-9", 15, "2026-08-05", F10, 1, "12 08/05/2026 15 -"),
        sc("PHQ-9", 15, "2026-08-26", F10, 1, "14 (final) 08/26/2026 15 10"),
        sc("GAD-7", 10, "2026-08-26", F10, 1, "14 (final) 08/26/2026 15 10"),
    ],
    "diagnoses": [
        dx("F33.1", F10, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        dx("F41.1", F10, 1, "F41.1 Generalized anxiety disorder"),
    ],
    "suicidality": si("active", F10, 1, "thoughts of driving his car off the Route 9 overpass; no intent"),
})

# ---------------------------------------------------------------- 11 Spanish progress note, PDF
F11 = "nota_evolucion_castillo_ibarra_2026-10-02.pdf"
CASES.append({
    "slug": "11-nota-evolucion-espanol",
    "note": "FICTIONAL case (MUESTRA FICTICIA). Spanish psychiatric progress note, PDF with a text layer. Dates "
            "are day/month/year ('Fecha: 02/10/2026' = 2026-10-02). Paroxetine 2021 stopped for weight gain and "
            "sexual dysfunction; sertraline Jan-Jun 2024 no response; venlafaxine Sep 2024 - Mar 2025 partial; "
            "aripiprazole added to venlafaxine 11/2024, stopped after three weeks for restlessness (augmentation, "
            "end 2024-12); CBT ('TCC') 12 sessions 2023 without significant improvement; vortioxetine since 04/2025 "
            "(20 mg from 07/2025), no change, ongoing. Not rows: ECT/TMS ('Nunca ha recibido'), mother's "
            "fluoxetine, esketamine (discussed, she will think about it), lithium ('Se podría considerar'; does "
            "not want it), levothyroxine, loratadine. Suicidality passive.",
    "docs": [{"file": F11, "kind": "pdf", "pages": [[
        ("h", "CENTRO DE SALUD MENTAL LAS PALMAS ALTAS - San Aurelio, TX - Tel. 555-0193"),
        "MUESTRA FICTICIA - documento de prueba, no corresponde a una paciente real.",
        ("h", "NOTA DE EVOLUCIÓN - PSIQUIATRÍA (consulta externa)"),
        "Paciente: Graciela Castillo Ibarra    Fecha de nacimiento: 14/03/1988    Expediente: LPA-20931",
        "Fecha: 02/10/2026 (día/mes/año)    Médica tratante: Dra. Rebeca Solís Montoya",
        ("h", "Subjetivo"),
        "Acude a control acompañada de su esposo. Refiere ánimo bajo la mayor parte del día, llanto fácil, "
        "insomnio de mantenimiento y poca energía; dejó de ir a la iglesia y al grupo de costura. Dice que 'a "
        "veces quisiera dormirme y no despertar', sin plan ni intención; niega intentos previos.",
        ("h", "Tratamientos previos"),
        "- Paroxetina 20 mg en 2021 (unos 5 meses): la suspendió por aumento de peso y disfunción sexual.",
        "- Sertralina 100 mg de enero a junio de 2024: sin respuesta.",
        "- Venlafaxina 150 mg desde septiembre de 2024 hasta marzo de 2025: respuesta parcial (mejor energía, "
        "persistió la tristeza).",
        "- Se añadió aripiprazol 5 mg a la venlafaxina en noviembre de 2024; lo suspendió a las tres semanas por "
        "inquietud intensa.",
        "- Terapia cognitivo-conductual (TCC), 12 sesiones en 2023: sin mejoría significativa.",
        "- Nunca ha recibido terapia electroconvulsiva ni estimulación magnética transcraneal.",
        "- Antecedentes familiares: su madre tomó fluoxetina con buena respuesta.",
        ("h", "Tratamiento actual"),
        "Vortioxetina 10 mg desde abril de 2025, aumentada a 20 mg en julio de 2025: sin cambios en el ánimo según "
        "la paciente. Toma además levotiroxina 50 mcg (hipotiroidismo) y loratadina.",
        ("h", "Objetivo"),
        "PHQ-9: 19.  HAM-D (17 ítems): 22.  Alerta, orientada, afecto deprimido, sin síntomas psicóticos.",
        ("h", "Diagnóstico"),
        "F33.1 Trastorno depresivo mayor, recurrente, moderado",
        "E03.9 Hipotiroidismo, no especificado",
        ("h", "Plan"),
        "1. Se comentó esketamina intranasal (Spravato); la paciente lo pensará y consultará con su aseguradora.",
        "2. Se podría considerar litio como potenciador; por ahora no lo desea.",
        "3. Continuar vortioxetina 20 mg diarios. Control en 6 semanas.",
        "Dra. Rebeca Solís Montoya - firma electrónica 02/10/2026",
    ]]}],
    "history": [
        row("paroxetine", "SSRI", "antidepressant", "20 mg", "2021", "2021",
            "la suspendió por aumento de peso y disfunción sexual", "side_effects", F11, 1,
            "Paroxetina 20 mg en 2021 (unos 5 meses): la suspendió por aumento de peso y disfunción sexual."),
        row("sertraline", "SSRI", "antidepressant", "100 mg", "2024-01", "2024-06", "sin respuesta", "no_response",
            F11, 1, "Sertralina 100 mg de enero a junio de 2024: sin respuesta."),
        row("venlafaxine", "SNRI", "antidepressant", "150 mg", "2024-09", "2025-03",
            "respuesta parcial (mejor energía, persistió la tristeza)", "partial_response", F11, 1,
            "Venlafaxina 150 mg desde septiembre de 2024 hasta marzo de 2025: respuesta parcial"),
        row("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-11", "2024-12",
            "lo suspendió a las tres semanas por inquietud intensa", "side_effects", F11, 1,
            "Se añadió aripiprazol 5 mg a la venlafaxina en noviembre de 2024; lo suspendió a las tres semanas por "
            "inquietud intensa."),
        row("CBT", "psychotherapy", "psychotherapy", "12 sesiones", "2023", "2023", "sin mejoría significativa",
            "no_response", F11, 1, "Terapia cognitivo-conductual (TCC), 12 sesiones en 2023: sin mejoría "
            "significativa."),
        row("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2025-04", None,
            "sin cambios en el ánimo según la paciente", "no_response", F11, 1,
            "sin cambios en el ánimo según la paciente"),
    ],
    "scales": [
        sc("PHQ-9", 19, "2026-10-02", F11, 1, "PHQ-9: 19."),
        sc("HAM-D", 22, "2026-10-02", F11, 1, "HAM-D (17 ítems): 22."),
    ],
    "diagnoses": [
        dx("F33.1", F11, 1, "F33.1 Trastorno depresivo mayor, recurrente, moderado"),
        dx("E03.9", F11, 1, "E03.9 Hipotiroidismo, no especificado"),
    ],
    "suicidality": si("passive", F11, 1, "'a veces quisiera dormirme y no despertar', sin plan ni intención"),
})

# ---------------------------------------------------------------- 12 letter of medical necessity + photo of a card
F12a = "lmn_iv_ketamine_pemberton_achebe.docx"
F12b = "old_medication_card_photo.jpg"
XC = [0, 70, 190]
CASES.append({
    "slug": "12-lmn-and-card-photo",
    "note": "FICTIONAL case. A letter of medical necessity for IV ketamine (DOCX, with a trials table) and a phone "
            "photo (JPEG, rotated, shadow) of the previous psychiatrist's handwritten medication card. From the "
            "card: citalopram 03/2015-02/2016, well for 8 months then tapered off at her wish -> remission; "
            "fluoxetine 09-10/2017, hives after 3 weeks -> side_effects. From the letter: escitalopram no "
            "response; venlafaxine good response by summer 2020 then lost by winter -> relapse; lithium added to "
            "venlafaxine (augmentation), tremor and TSH rise; ECT 8 treatments stopped early for memory problems "
            "-> side_effects; bupropion ongoing partial; esketamine 16 sessions, transient lift only, no sustained "
            "response -> no_response (esketamine is kind antidepressant). Not rows: racemic ketamine (never; the "
            "request is a plan), trazodone 50 mg for sleep, MAOI (considered, agreed against), card's Zoloft "
            "(sister; 'will consider'), Remeron never filled. Suicidality attempt (overdose 2018).",
    "docs": [
        {"file": F12a, "kind": "docx", "pages": [[
            ("h", "Brightwater Psychiatry Group"),
            "14 Wharf Lane, Hollis Bay, ME - Tel 555-0121 - Fax 555-0122 - FICTIONAL (test document)",
            "November 20, 2026",
            "Coastline Mutual Health, Utilization Management (Behavioral Health)",
            "RE: Sylvie Pemberton-Achebe, DOB 09/05/1982, Member ID CMH-FICT-774102",
            "Letter of medical necessity - intravenous ketamine (CPT 96365, 96366; HCPCS J3490)",
            "To the reviewer:",
            "I am writing on behalf of my patient, Ms. Pemberton-Achebe, whom I have treated since April 2019 for "
            "treatment-resistant major depressive disorder, recurrent, severe without psychotic features (F33.2). "
            "Before she came to me, her previous psychiatrist's medication card (photo enclosed) shows a "
            "citalopram course in 2015 that worked and a brief fluoxetine trial in 2017 stopped for a rash.",
            "Under my care she has had the following treatments:",
            ("table", ["Treatment", "Dose", "Dates", "Outcome"], [
                ["escitalopram", "20 mg daily", "05/2019 - 01/2020", "No response after 8 months"],
                ["venlafaxine XR", "225 mg daily", "03/2020 - 02/2021",
                 "Good response by summer 2020, lost by winter despite adherence"],
                ["lithium carbonate (added to venlafaxine)", "900 mg (level 0.7)", "10/2020 - 01/2021",
                 "Coarse tremor and TSH rise; stopped"],
                ["ECT (right unilateral)", "8 treatments", "04/2022 - 05/2022", "Stopped early for memory problems"],
                ["bupropion XL", "300 mg daily", "06/2023 - present", "Partial: some energy, persistent anhedonia"],
                ["esketamine (Spravato)", "56 mg, then 84 mg", "02/2025 - 05/2025, 16 sessions",
                 "Transient lift for a day or two after each session; no sustained response"],
            ]),
            "She has never received racemic ketamine. She takes trazodone 50 mg at bedtime for sleep, which is not "
            "an antidepressant trial at that dose. An MAOI was considered in 2024, but she and I agreed against it "
            "because of dietary and interaction risks.",
            "Current severity: MADRS 34 and PHQ-9 22 on 11/12/2026. She has chronic passive suicidal ideation and a "
            "history of a suicide attempt by overdose in 2018, which led to her first hospitalization (Z91.51 "
            "Personal history of suicidal behavior).",
            "I request authorization of an induction series of six IV ketamine infusions over two to three weeks, "
            "with reassessment by MADRS after the series. The published evidence and consensus guidance are "
            "enclosed.",
            "Sincerely,",
            "Anselm Kiriakou, MD, Board-certified psychiatrist",
        ]]},
        {"file": F12b, "kind": "photo", "seed": 12, "pages": [[
            ("h", "L. Fairweather, MD - Medication card"),
            "(FICTIONAL - test document)",
            "Pt: Sylvie Pemberton   DOB 09/05/1982",
            ("gap",),
            ("row", ["Date", "Med / dose", "Comment"], XC, "print"),
            ("row", ["03/2015", "Celexa 20 mg", "start"], XC),
            ("row", ["06/2015", "Celexa 20 mg", "much better, back at work"], XC),
            ("row", ["02/2016", "Celexa", "well x 8 mo - taper off, pt wishes"], XC),
            ("row", ["09/2017", "Prozac 20 mg", "start - recurrence"], XC),
            ("row", ["10/2017", "Prozac", "hives on arms after 3 wks - STOP"], XC),
            ("row", ["10/2017", "-", "Zoloft? sister on it - will consider"], XC),
            ("row", ["01/2018", "Remeron 15", "never filled - cost"], XC),
            ("gap",),
            "Transferred care 2019 (moved to Hollis Bay).",
        ]]},
    ],
    "history": [
        row("citalopram", "SSRI", "antidepressant", "20 mg", "2015-03", "2016-02",
            "much better, back at work; well x 8 mo - taper off, pt wishes", "remission", F12b, 1,
            "02/2016 Celexa well x 8 mo - taper off, pt wishes"),
        row("fluoxetine", "SSRI", "antidepressant", "20 mg", "2017-09", "2017-10", "hives on arms after 3 wks - STOP",
            "side_effects", F12b, 1, "10/2017 Prozac hives on arms after 3 wks - STOP"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg daily", "2019-05", "2020-01",
            "No response after 8 months", "no_response", F12a, 1,
            "escitalopram 20 mg daily 05/2019 - 01/2020 No response after 8 months"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg daily", "2020-03", "2021-02",
            "Good response by summer 2020, lost by winter despite adherence", "relapse", F12a, 1,
            "venlafaxine XR 225 mg daily 03/2020 - 02/2021 Good response by summer 2020, lost by winter despite "
            "adherence"),
        row("lithium", "mood stabilizer", "augmentation", "900 mg (level 0.7)", "2020-10", "2021-01",
            "Coarse tremor and TSH rise; stopped", "side_effects", F12a, 1,
            "lithium carbonate (added to venlafaxine) 900 mg (level 0.7) 10/2020 - 01/2021 Coarse tremor and TSH "
            "rise; stopped"),
        row("ECT", "electroconvulsive therapy", "neuromodulation", "8 treatments", "2022-04", "2022-05",
            "Stopped early for memory problems", "side_effects", F12a, 1,
            "ECT (right unilateral) 8 treatments 04/2022 - 05/2022 Stopped early for memory problems"),
        row("bupropion", "NDRI", "antidepressant", "300 mg daily", "2023-06", None,
            "Partial: some energy, persistent anhedonia", "partial_response", F12a, 1,
            "bupropion XL 300 mg daily 06/2023 - present Partial: some energy, persistent anhedonia"),
        row("esketamine", "NMDA antagonist (intranasal)", "antidepressant", "84 mg, 16 sessions", "2025-02",
            "2025-05", "Transient lift for a day or two after each session; no sustained response", "no_response",
            F12a, 1, "esketamine (Spravato) 56 mg, then 84 mg 02/2025 - 05/2025, 16 sessions Transient lift for a "
            "day or two after each session; no sustained response"),
    ],
    "scales": [
        sc("MADRS", 34, "2026-11-12", F12a, 1, "MADRS 34 and PHQ-9 22 on 11/12/2026"),
        sc("PHQ-9", 22, "2026-11-12", F12a, 1, "MADRS 34 and PHQ-9 22 on 11/12/2026"),
    ],
    "diagnoses": [
        dx("F33.2", F12a, 1, "treatment-resistant major depressive disorder, recurrent, severe without psychotic "
           "features (F33.2)"),
        dx("Z91.51", F12a, 1, "Z91.51 Personal history of suicidal behavior"),
    ],
    "suicidality": si("attempt", F12a, 1, "a suicide attempt by overdose in 2018"),
})
