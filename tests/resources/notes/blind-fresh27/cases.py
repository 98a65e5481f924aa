"""FICTIONAL clinical records for blind set 27 (issue 24). Every person, clinic, number and place is invented.

A document is {"file", "fmt", "pages": [[line, ...], ...]}; fmt is pdf, scan, docx, txt or jpg (one page a photo).
A line starting "# " is a heading, "|" a table row (cells split on "|"), "~" handwriting (photos, scan), "" a gap.
"""


def R(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": file, "page": page, "text": text}}


def S(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": {"file": file, "page": page, "text": text}}


def D(code, file, page, text):
    return {"code": code, "source": {"file": file, "page": page, "text": text}}


def SU(level, file, page, text):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": {"file": file, "page": page, "text": text}}


CASES = []

# ---------------------------------------------------------------- 01
F = "ms_center_visits_2026.pdf"
CASES.append({
    "slug": "01-multiple-sclerosis-center-return-visits-pdf",
    "note": "FICTIONAL case. Multiple sclerosis center, two return visits (05/2026 and 11/2026), 2-page PDF. Rows: "
            "fluoxetine 2019 (felt numb, stopped: side effects), bupropion XL 2021-2024 (helped, then back in the "
            "hole while still on it: relapse), duloxetine since 09/2025 (p. 2: partly better: partial, current), CBT "
            "01-03/2026 (tools for fatigue, low mood did not shift: no response). Not rows: ocrelizumab, baclofen, "
            "amantadine for fatigue, vitamin D, modafinil only discussed, sertraline suggested in 2022 and never "
            "started, husband's venlafaxine (two capsules taken), aripiprazole only considered.",
    "docs": [{"file": F, "fmt": "pdf", "pages": [[
        "# Lakeshore Multiple Sclerosis Center - Return Visit",
        "FICTIONAL RECORD - all names, numbers and places are invented for software testing.",
        "Patient: Dana R. Whitcombe (FICTIONAL)   DOB 03/14/1979   MRN FICT-MS-20417   Visit: 05/12/2026",
        "Neurologist: Priya Anand, MD (fictional)   Clinic phone 555-0143",
        "",
        "# Interval history",
        "Relapsing MS, diagnosed 2017, no new lesions on the 02/2026 MRI. Main complaints are fatigue by early "
        "afternoon and burning pain in both legs. She also describes low mood, poor concentration and withdrawing "
        "from friends since last winter.",
        "",
        "# Current medications",
        "|Medication|Dose|Purpose",
        "|Ocrelizumab|600 mg IV every 6 months|MS disease-modifying therapy",
        "|Baclofen|10 mg three times daily|spasticity",
        "|Amantadine|100 mg twice daily|MS fatigue",
        "|Duloxetine|60 mg daily (since 09/2025)|depression and leg pain",
        "|Vitamin D3|2000 units daily|supplement",
        "",
        "# Mood history (from patient and PCP records)",
        "- Fluoxetine 20 mg in 2019 from her PCP: she felt 'numb, like the color went out of things' and stopped it "
        "after about three months.",
        "- Bupropion XL 150 mg 2021-2024: helped her energy and focus for a good while; by spring 2024 she was "
        "'back in the hole' while still taking it.",
        "- Her previous neurologist suggested sertraline in 2022; she never started it.",
        "- Duloxetine 60 mg since 09/2025: pain somewhat better; too soon to say about mood.",
        "",
        "# Scores",
        "PHQ-9: 16. Leg pain NRS: 6/10. EDSS 3.0.",
        "Denies suicidal ideation; C-SSRS screen negative.",
        "",
        "# Assessment and plan",
        "G35 multiple sclerosis; F33.1 major depressive disorder, recurrent, moderate; R53.83 other fatigue.",
        "Continue ocrelizumab. Discussed modafinil 100 mg for fatigue; she prefers to wait. Continue duloxetine 60 mg. "
        "Referral to the MS Society telehealth CBT program. Return in 6 months.",
    ], [
        "# Lakeshore Multiple Sclerosis Center - Return Visit",
        "Patient: Dana R. Whitcombe (FICTIONAL)   MRN FICT-MS-20417   Visit: 11/10/2026",
        "",
        "# Interval history",
        "Stable neurologically. Completed the telehealth CBT program: 8 sessions from 01/2026 to 03/2026. She says it "
        "gave her 'useful tools for the fatigue, but the low mood didn't shift.'",
        "In October she ran out of duloxetine for four days and took two of her husband's venlafaxine 75 mg capsules; "
        "advised not to share medicines.",
        "Duloxetine: mood partly better - 'I'm getting out of bed, but I'm not enjoying anything yet.' Leg pain "
        "improved.",
        "",
        "# Scores",
        "PHQ-9: 11. Leg pain NRS: 4/10.",
        "Denies suicidal ideation, no self-harm.",
        "",
        "# Plan",
        "Continue duloxetine 60 mg daily. If mood is not better by the next visit, consider adding aripiprazole 2 mg "
        "with psychiatry. Amantadine and baclofen unchanged. Return in 6 months.",
    ]]}],
    "history": [
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2019", "2019",
          "felt numb, like the color went out of things; stopped after about three months", "side_effects", F, 1,
          "she felt 'numb, like the color went out of things' and stopped it after about three months."),
        R("bupropion", "NDRI", "antidepressant", "150 mg", "2021", "2024",
          "helped energy and focus for a good while; by spring 2024 back in the hole while still taking it",
          "relapse", F, 1, "by spring 2024 she was 'back in the hole' while still taking it."),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-09", None,
          "mood partly better - getting out of bed, not enjoying anything yet", "partial_response", F, 2,
          "Duloxetine: mood partly better - 'I'm getting out of bed, but I'm not enjoying anything yet.'"),
        R("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2026-01", "2026-03",
          "useful tools for the fatigue, but the low mood didn't shift", "no_response", F, 2,
          "'useful tools for the fatigue, but the low mood didn't shift.'"),
    ],
    "scales": [
        S("PHQ-9", 16, "2026-05-12", F, 1, "PHQ-9: 16."),
        S("pain NRS", 6, "2026-05-12", F, 1, "Leg pain NRS: 6/10."),
        S("PHQ-9", 11, "2026-11-10", F, 2, "PHQ-9: 11."),
        S("pain NRS", 4, "2026-11-10", F, 2, "Leg pain NRS: 4/10."),
    ],
    "diagnoses": [
        D("G35", F, 1, "G35 multiple sclerosis"),
        D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("R53.83", F, 1, "R53.83 other fatigue"),
    ],
    "suicidality": SU("none", F, 1, "Denies suicidal ideation; C-SSRS screen negative."),
})

# ---------------------------------------------------------------- 02
F = "cocm_care_manager_log.txt"
CASES.append({
    "slug": "02-collaborative-care-manager-registry-log-txt",
    "note": "FICTIONAL case. Collaborative care (primary care behavioral health) care manager's registry log with "
            "psychiatric consultant reviews, TXT. Rows: citalopram 2018-2019 (did well, stopped when better: "
            "remission), sertraline 06-09/2026 (100 mg; 150 mg ordered, never picked up; stopped for nausea and "
            "diarrhea: side effects), behavioral activation 6 sessions (out of the house, mood no different: no "
            "response), escitalopram since 10/01/2026 (about 70 percent of usual self: partial, current). Not rows: "
            "trazodone for sleep, hydroxyzine as needed for anxiety, bupropion augmentation only planned.",
    "docs": [{"file": F, "fmt": "txt", "pages": [[
        "FICTIONAL RECORD - invented for software testing; no real patient.",
        "# Maple Row Family Medicine - Collaborative Care Registry Log",
        "Patient: Teresa M. Ocampo (FICTIONAL)   Registry ID FICT-CC-0388   PCP: Jon Ellery, MD (fictional)",
        "Behavioral health care manager (BHCM): Alana Foss, LCSW (fictional)   Phone 555-0127",
        "Psychiatric consultant: Ruth Kimani, MD (fictional), weekly caseload review",
        "",
        "06/03/2026  BHCM initial assessment. Second episode. First episode 2018: took citalopram 20 mg for about a "
        "year (2018-2019), did well and stopped it when she felt better. PCP started sertraline 50 mg today.",
        "06/03/2026  PHQ-9 18, GAD-7 12. PHQ-9 item 9 'several days': thoughts she would be better off dead; no "
        "plan, no intent, no past attempts. Safety plan written.",
        "06/10/2026  Behavioral activation session 1 of 6 with BHCM. Goal: walk with neighbor three mornings a week.",
        "07/01/2026  Sertraline increased to 100 mg. PHQ-9 15. Item 9: 0.",
        "07/08/2026  Consultant review: partial improvement; if PHQ-9 above 10 in 4 weeks, raise to 150 mg.",
        "08/05/2026  PHQ-9 13. PCP sent sertraline 150 mg to pharmacy.",
        "08/19/2026  Pt never picked up the 150 mg; stays on 100 mg. Reports loose stools.",
        "09/09/2026  BA session 6 of 6 (last). She says BA got her out of the house but her mood is no different.",
        "09/22/2026  Nausea and diarrhea every day for weeks; she stopped sertraline on 09/20/2026.",
        "09/24/2026  Consultant review: switch to escitalopram. If PHQ-9 stays above 10 at 12 weeks, consider "
        "bupropion augmentation.",
        "10/01/2026  Escitalopram 10 mg started. Trazodone 50 mg at bedtime for sleep. Hydroxyzine 25 mg as needed "
        "for anxiety (uses it rarely).",
        "10/29/2026  PHQ-9 9. Tolerating escitalopram.",
        "11/25/2026  PHQ-9 6, GAD-7 7. Item 9: 0. Escitalopram: 'I feel a lot better - about 70 percent of my usual "
        "self.'",
        "11/25/2026  Dx on registry: F32.1 major depressive disorder, single episode, moderate (PCP problem list); "
        "F41.1 generalized anxiety disorder.",
        "11/25/2026  Consultant review: continue escitalopram 10 mg; recheck in 4 weeks.",
    ]]}],
    "history": [
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2018", "2019",
          "did well and stopped it when she felt better", "remission", F, 1,
          "did well and stopped it when she felt better."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2026-06-03", "2026-09-20",
          "nausea and diarrhea every day for weeks; stopped", "side_effects", F, 1,
          "Nausea and diarrhea every day for weeks; she stopped sertraline on 09/20/2026."),
        R("behavioral activation", "psychotherapy", "psychotherapy", "6 sessions", "2026-06-10", "2026-09-09",
          "got her out of the house but her mood is no different", "no_response", F, 1,
          "She says BA got her out of the house but her mood is no different."),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-10-01", None,
          "a lot better - about 70 percent of my usual self", "partial_response", F, 1,
          "Escitalopram: 'I feel a lot better - about 70 percent of my usual self.'"),
    ],
    "scales": [
        S("PHQ-9", 18, "2026-06-03", F, 1, "06/03/2026  PHQ-9 18, GAD-7 12."),
        S("GAD-7", 12, "2026-06-03", F, 1, "06/03/2026  PHQ-9 18, GAD-7 12."),
        S("PHQ-9", 15, "2026-07-01", F, 1, "Sertraline increased to 100 mg. PHQ-9 15."),
        S("PHQ-9", 13, "2026-08-05", F, 1, "08/05/2026  PHQ-9 13."),
        S("PHQ-9", 9, "2026-10-29", F, 1, "10/29/2026  PHQ-9 9."),
        S("PHQ-9", 6, "2026-11-25", F, 1, "11/25/2026  PHQ-9 6, GAD-7 7."),
        S("GAD-7", 7, "2026-11-25", F, 1, "11/25/2026  PHQ-9 6, GAD-7 7."),
    ],
    "diagnoses": [
        D("F32.1", F, 1, "F32.1 major depressive disorder, single episode, moderate"),
        D("F41.1", F, 1, "F41.1 generalized anxiety disorder"),
    ],
    "suicidality": SU("passive", F, 1, "thoughts she would be better off dead; no plan, no intent, no past attempts"),
})

# ---------------------------------------------------------------- 03
F = "admission_h_and_p_2026-11-18.docx"
CASES.append({
    "slug": "03-hospitalist-pneumonia-admission-history-physical-docx",
    "note": "FICTIONAL case. Hospitalist admission history and physical for pneumonia, DOCX with a home-medication "
            "table. Rows: escitalopram 2020-2021 (no help: no response), venlafaxine XR 2022 (sweating and blood "
            "pressure, stopped at six weeks: side effects), mirtazapine 2023-2025 (worked about a year, then slid "
            "back: relapse), lithium 2024 with mirtazapine (tremor, stopped: augmentation, side effects), "
            "vortioxetine since 08/2026 (better but not right yet: partial, current). Not rows: quetiapine now and "
            "then for sleep, melatonin, antibiotics, enoxaparin, tiotropium, atorvastatin, ECT declined 2025. "
            "Overdose attempt 2019.",
    "docs": [{"file": F, "fmt": "docx", "pages": [[
        "# Riverbend Community Hospital - Hospital Medicine Admission H&P",
        "FICTIONAL RECORD - invented for software testing. Patient: Gloria F. Brandt (FICTIONAL), 67 y, "
        "MRN FICT-RCH-55102. Admitted 11/18/2026. Attending: Samuel Oyelaran, MD (fictional), pager 555-0162.",
        "# Chief complaint",
        "Three days of fever, productive cough and shortness of breath.",
        "# Past medical history",
        "COPD on inhalers; hyperlipidemia; major depressive disorder, recurrent, followed by an outpatient "
        "psychiatrist (Dr. Mallory Chen, fictional).",
        "# Psychiatric history (patient and outpatient psychiatry records)",
        "Antidepressant trials: escitalopram 20 mg (2020-2021) 'did nothing for me'; venlafaxine XR up to 150 mg "
        "(2022), stopped after six weeks because of drenching sweats and a blood pressure of 168/96; mirtazapine "
        "30 mg (2023-2025): 'it worked for about a year and then I slid back.' Lithium 300 mg twice daily was added "
        "to mirtazapine in 2024 (level 0.6) and stopped after two months because of a hand tremor.",
        "Current: vortioxetine started 08/2026, raised to 10 mg in 09/2026; she says her mood is 'better but not "
        "right yet.'",
        "Her psychiatrist raised ECT in 2025; she declined.",
        "Overdose of acetaminophen in 2019 (suicide attempt, medical ICU stay). Denies current suicidal ideation or "
        "intent.",
        "# Home medications (reconciled with pharmacy fill history)",
        "|Medication|Dose|Last taken|Inpatient",
        "|Vortioxetine|10 mg daily|11/17 AM|continue",
        "|Quetiapine|25 mg at bedtime as needed|'once in a blue moon' for sleep|hold",
        "|Tiotropium|18 mcg inhaled daily|11/18 AM|continue",
        "|Atorvastatin|40 mg daily|11/17 PM|continue",
        "# Screening",
        "PHQ-9 on admission screen: 8 (11/18/2026).",
        "# Assessment and plan",
        "1. J18.9 pneumonia, unspecified organism: ceftriaxone and azithromycin; sputum culture.",
        "2. J44.1 COPD with acute exacerbation: nebulizers, prednisone 40 mg daily for 5 days.",
        "3. F33.1 major depressive disorder, recurrent, moderate: continue vortioxetine; hold quetiapine.",
        "4. E78.5 hyperlipidemia: continue atorvastatin.",
        "5. Prophylaxis: enoxaparin 40 mg daily. Melatonin 3 mg at bedtime as needed for sleep.",
    ]]}],
    "history": [
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2020", "2021", "did nothing for me",
          "no_response", F, 1, "escitalopram 20 mg (2020-2021) 'did nothing for me'"),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2022", "2022",
          "stopped after six weeks because of drenching sweats and high blood pressure", "side_effects", F, 1,
          "stopped after six weeks because of drenching sweats and a blood pressure of 168/96"),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2023", "2025",
          "worked for about a year and then I slid back", "relapse", F, 1,
          "'it worked for about a year and then I slid back.'"),
        R("lithium", "mood stabilizer", "augmentation", "300 mg twice daily", "2024", "2024",
          "stopped after two months because of a hand tremor", "side_effects", F, 1,
          "stopped after two months because of a hand tremor"),
        R("vortioxetine", "multimodal", "antidepressant", "10 mg", "2026-08", None, "better but not right yet",
          "partial_response", F, 1, "she says her mood is 'better but not right yet.'"),
    ],
    "scales": [S("PHQ-9", 8, "2026-11-18", F, 1, "PHQ-9 on admission screen: 8 (11/18/2026).")],
    "diagnoses": [
        D("J18.9", F, 1, "J18.9 pneumonia, unspecified organism"),
        D("J44.1", F, 1, "J44.1 COPD with acute exacerbation"),
        D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("E78.5", F, 1, "E78.5 hyperlipidemia"),
    ],
    "suicidality": SU("attempt", F, 1, "Overdose of acetaminophen in 2019 (suicide attempt, medical ICU stay)."),
})

# ---------------------------------------------------------------- 04
F = "sickle_cell_clinic_2026-10-21.pdf"
CASES.append({
    "slug": "04-adult-sickle-cell-disease-clinic-visit-pdf",
    "note": "FICTIONAL case. Adult sickle cell disease clinic visit, 1-page PDF. Rows: citalopram 2022 "
            "(palpitations, stopped at six weeks: side effects), sertraline 2023-2025 (worked, well over a year, "
            "stopped on moving: remission; the stop decides nothing), escitalopram since 05/2026 (no different at "
            "10 mg; at 20 mg 'a little lighter, maybe': unknown, current). Not rows: hydroxyurea, L-glutamine, "
            "folic acid, oxycodone, amitriptyline at night for sleep and pain, duloxetine ordered and never "
            "dispensed (prior authorization).",
    "docs": [{"file": F, "fmt": "pdf", "pages": [[
        "# Harbor Valley Adult Sickle Cell Program - Clinic Visit",
        "FICTIONAL RECORD - all people, numbers and places are invented for software testing.",
        "Patient: Keisha L. Marlowe (FICTIONAL)   Age 29   MRN FICT-SC-7781   Date: 10/21/2026",
        "Hematologist: Obinna Eze, MD (fictional)   Program phone 555-0119",
        "",
        "# Since last visit",
        "One pain crisis in August treated at home. Pain today in low back and knees, NRS 7/10. Mood has been low "
        "since 03/2026: tired, crying, not going out.",
        "",
        "# Medications",
        "|Medication|Dose|Notes",
        "|Hydroxyurea|1000 mg daily|disease-modifying",
        "|L-glutamine powder|10 g twice daily|crisis prevention",
        "|Folic acid|1 mg daily|",
        "|Oxycodone|5 mg every 6 hours as needed|pain, opioid agreement on file",
        "|Amitriptyline|25 mg at bedtime|for sleep and pain (since 2023)",
        "|Escitalopram|20 mg daily|depression, see below",
        "",
        "# Depression history",
        "- Citalopram 20 mg in 2022: stopped after six weeks because her heart was racing.",
        "- Sertraline 100 mg 2023-2025: 'The sertraline worked. I was doing well for over a year.' She stopped it "
        "herself when she moved to Ashfield and lost her doctor.",
        "- Escitalopram 10 mg started 05/2026 by her PCP: 'no different at all' at four months; raised to 20 mg on "
        "09/08/2026. Today, after six weeks on 20 mg: 'a little lighter, maybe.'",
        "- In 08/2026 I prescribed duloxetine for pain and mood; the plan required prior authorization and it was "
        "never dispensed.",
        "",
        "# Screening",
        "PHQ-9 05/2026 (PCP): 17. PHQ-9 today: 15.",
        "Passive death wish at times ('if I didn't wake up it would be okay'); no plan, no intent, no prior attempts.",
        "",
        "# Assessment",
        "D57.1 sickle-cell disease without crisis. F33.1 major depressive disorder, recurrent, moderate. "
        "Z79.891 long term (current) use of opiate analgesic.",
        "",
        "# Plan",
        "Continue hydroxyurea. Continue escitalopram 20 mg; referral to program psychologist. Resubmit duloxetine "
        "prior authorization only if escitalopram fails. Return in 3 months.",
    ]]}],
    "history": [
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2022", "2022",
          "stopped after six weeks because her heart was racing", "side_effects", F, 1,
          "Citalopram 20 mg in 2022: stopped after six weeks because her heart was racing."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2023", "2025",
          "the sertraline worked, doing well for over a year; stopped when she moved and lost her doctor",
          "remission", F, 1, "'The sertraline worked. I was doing well for over a year.'"),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2026-05", None,
          "no different at all at 10 mg; after six weeks on 20 mg 'a little lighter, maybe'", "unknown", F, 1,
          "Today, after six weeks on 20 mg: 'a little lighter, maybe.'"),
    ],
    "scales": [
        S("pain NRS", 7, "2026-10-21", F, 1, "NRS 7/10"),
        S("PHQ-9", 17, "2026-05", F, 1, "PHQ-9 05/2026 (PCP): 17."),
        S("PHQ-9", 15, "2026-10-21", F, 1, "PHQ-9 today: 15."),
    ],
    "diagnoses": [
        D("D57.1", F, 1, "D57.1 sickle-cell disease without crisis"),
        D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("Z79.891", F, 1, "Z79.891 long term (current) use of opiate analgesic"),
    ],
    "suicidality": SU("passive", F, 1, "Passive death wish at times ('if I didn't wake up it would be okay')"),
})

# ---------------------------------------------------------------- 05
F = "handwritten_progress_notes_scan.pdf"
CASES.append({
    "slug": "05-solo-psychiatrist-handwritten-progress-notes-scan",
    "note": "FICTIONAL case. A solo psychiatrist's handwritten-style progress notes, four dated entries on one "
            "scanned page (image-only PDF). Rows: sertraline 2017-2019 (remission, stopped when well), paroxetine "
            "11/2025-03/2026 (no real change), venlafaxine XR from 03/2026 up to 225 mg (better than in a year, "
            "then slipping again since September while on it: relapse, current), aripiprazole 2 mg started "
            "10/28/2026 (augmentation, unknown). Not rows: aripiprazole only raised on 8/19 (same trial, not a "
            "second row), ketamine discussed, wife's zolpidem.",
    "docs": [{"file": F, "fmt": "scan", "pages": [[
        "# Laurel Street Psychiatry - Progress Notes   (FICTIONAL RECORD - for software testing)",
        "Pt: Marcus J. Heller (FICTIONAL)  DOB 7/2/1985  Chart FICT-LSP-214   Dr. Ines Okafor (fictional) 555-0135",
        "",
        "~3/4/26  41 yo M f/u. Paroxetine 40 mg since 11/25 - 'no real change.' Wt up 4 lb.",
        "~PHQ-9 19. Dx F33.1. Plan: taper paroxetine off, start venlafaxine XR 75 mg.",
        "~Pt asks about ketamine - discussed, not now.",
        "",
        "~5/13/26  Venlafaxine XR up to 150 mg on 4/15. 'Some days are better.' PHQ-9 15.",
        "~Denies SI. Sleep poor - using wife's zolpidem some nights, advised to stop.",
        "",
        "~8/19/26  Venlafaxine XR 225 mg since 6/26. 'Better than I've been in a year,",
        "~not all the way.' PHQ-9 10. Add aripiprazole 2 mg? Pt wants to wait.",
        "",
        "~10/28/26  Venlafaxine XR 225 mg. 'Slipping again since Sept.' PHQ-9 17.",
        "~Passive SI - 'what's the point' - no plan, no intent. Safety plan reviewed.",
        "~Started aripiprazole 2 mg daily today.",
        "~Past hx: sertraline 2017-2019 - full remission, stopped by pt 2019 when well.",
    ]]}],
    "history": [
        R("sertraline", "SSRI", "antidepressant", None, "2017", "2019", "full remission, stopped when well",
          "remission", F, 1, "sertraline 2017-2019 - full remission, stopped by pt 2019 when well."),
        R("paroxetine", "SSRI", "antidepressant", "40 mg", "2025-11", "2026-03", "no real change",
          "no_response", F, 1, "Paroxetine 40 mg since 11/25 - 'no real change.'"),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2026-03", None,
          "better than I've been in a year, not all the way; then slipping again since Sept", "relapse", F, 1,
          "'Slipping again since Sept.'"),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-10-28", None, "started today",
          "unknown", F, 1, "Started aripiprazole 2 mg daily today."),
    ],
    "scales": [
        S("PHQ-9", 19, "2026-03-04", F, 1, "PHQ-9 19."),
        S("PHQ-9", 15, "2026-05-13", F, 1, "PHQ-9 15."),
        S("PHQ-9", 10, "2026-08-19", F, 1, "PHQ-9 10."),
        S("PHQ-9", 17, "2026-10-28", F, 1, "PHQ-9 17."),
    ],
    "diagnoses": [D("F33.1", F, 1, "Dx F33.1.")],
    "suicidality": SU("passive", F, 1, "Passive SI - 'what's the point' - no plan, no intent."),
})

# ---------------------------------------------------------------- 06
F = "cf_annual_review_2026.txt"
CASES.append({
    "slug": "06-cystic-fibrosis-annual-review-txt",
    "note": "FICTIONAL case. Adult cystic fibrosis clinic annual review with the team psychologist's section, TXT. "
            "Rows: fluoxetine 2020-2022 (helped a lot, came off after a good year: remission), escitalopram "
            "01-04/2026 (stomach worse, stopped: side effects), ACT 9 sessions 05-09/2026 (helps live with CF, "
            "heaviness in mood unchanged: no response), sertraline since 11/02/2026 (nothing yet at two weeks, "
            "expected: unknown, current). Not rows: CFTR modulator, dornase alfa, azithromycin, pancrelipase, "
            "insulin, lorazepam before bronchoscopy, melatonin, mirtazapine offered and declined.",
    "docs": [{"file": F, "fmt": "txt", "pages": [[
        "FICTIONAL RECORD - invented for software testing; no real patient.",
        "# Northgate Adult Cystic Fibrosis Center - Annual Review 2026",
        "Patient: Hannah E. Pryce (FICTIONAL)   Age 26   MRN FICT-CF-3390   Review date: 11/16/2026",
        "CF physician: Tomas Lindqvist, MD (fictional)   CF psychologist: Dr. Aisha Rahman (fictional)   555-0171",
        "",
        "# CF summary",
        "FEV1 71% predicted (78% last year). Two pulmonary exacerbations this year, one admission (06/2026).",
        "CF-related diabetes on insulin. Weight stable.",
        "",
        "# Medications",
        "  elexacaftor/tezacaftor/ivacaftor - 2 tablets AM, 1 tablet PM",
        "  dornase alfa 2.5 mg nebulized daily",
        "  azithromycin 250 mg three times weekly",
        "  pancrelipase with meals and snacks",
        "  insulin glargine 12 units nightly, lispro per scale",
        "  sertraline 50 mg daily (started 11/02/2026)",
        "  melatonin 3 mg at bedtime for sleep",
        "  lorazepam 0.5 mg before bronchoscopy only (none this year)",
        "",
        "# Mental health screening (annual, per CF guidelines)",
        "PHQ-9: 13 (11/16/2026). Last year: 6 (11/10/2025).",
        "GAD-7: 11 (11/16/2026).",
        "PHQ-9 item 9: 0. Denies thoughts of death or self-harm.",
        "",
        "# Psychologist's section (Dr. Rahman)",
        "History: first depressive episode in college. Fluoxetine 20 mg 2020-2022 'helped a lot'; she came off it in "
        "2022 with her doctor after a good year.",
        "This episode began 12/2025 after her FEV1 fell. Escitalopram 10 mg was started 01/2026; she stopped it in "
        "04/2026: 'my stomach was already bad enough and it made it worse.'",
        "Acceptance and commitment therapy with me, 9 sessions from 05/2026 to 09/2026. She says ACT 'helps me live "
        "with the CF, but the heaviness in my mood hasn't changed at all.'",
        "Mirtazapine was offered for mood and weight; she declined.",
        "Sertraline 50 mg started 11/02/2026 by Dr. Lindqvist; at two weeks she has noticed nothing yet, which is "
        "expected this early.",
        "",
        "# Problem list",
        "E84.0 cystic fibrosis with pulmonary manifestations",
        "E84.8 cystic fibrosis with other manifestations (CF-related diabetes)",
        "F32.1 major depressive disorder, single episode, moderate",
        "F41.1 generalized anxiety disorder",
        "",
        "# Plan",
        "Continue sertraline; psychologist follow-up every 2 weeks; repeat PHQ-9 at the 3-month visit.",
    ]]}],
    "history": [
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2020", "2022",
          "helped a lot; came off it after a good year", "remission", F, 1,
          "Fluoxetine 20 mg 2020-2022 'helped a lot'; she came off it in 2022 with her doctor after a good year."),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-01", "2026-04",
          "my stomach was already bad enough and it made it worse; stopped", "side_effects", F, 1,
          "'my stomach was already bad enough and it made it worse.'"),
        R("acceptance and commitment therapy", "psychotherapy", "psychotherapy", "9 sessions", "2026-05",
          "2026-09", "helps me live with the CF, but the heaviness in my mood hasn't changed at all",
          "no_response", F, 1, "'helps me live with the CF, but the heaviness in my mood hasn't changed at all.'"),
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2026-11-02", None,
          "at two weeks nothing yet, expected this early", "unknown", F, 1,
          "at two weeks she has noticed nothing yet, which is expected this early."),
    ],
    "scales": [
        S("PHQ-9", 13, "2026-11-16", F, 1, "PHQ-9: 13 (11/16/2026)."),
        S("PHQ-9", 6, "2025-11-10", F, 1, "Last year: 6 (11/10/2025)."),
        S("GAD-7", 11, "2026-11-16", F, 1, "GAD-7: 11 (11/16/2026)."),
    ],
    "diagnoses": [
        D("E84.0", F, 1, "E84.0 cystic fibrosis with pulmonary manifestations"),
        D("E84.8", F, 1, "E84.8 cystic fibrosis with other manifestations"),
        D("F32.1", F, 1, "F32.1 major depressive disorder, single episode, moderate"),
        D("F41.1", F, 1, "F41.1 generalized anxiety disorder"),
    ],
    "suicidality": SU("none", F, 1, "PHQ-9 item 9: 0. Denies thoughts of death or self-harm."),
})

# ---------------------------------------------------------------- 07
F = "pulmonary_rehab_intake_and_discharge.pdf"
CASES.append({
    "slug": "07-pulmonary-rehabilitation-intake-and-discharge-pdf",
    "note": "FICTIONAL case. Pulmonary rehabilitation program intake (p. 1) and discharge summary (p. 2), 2-page "
            "PDF. Rows: nortriptyline 2015-2017 (worked, stopped by cardiology for an irregular heartbeat: side "
            "effects), citalopram 2018-2020 (never touched it: no response), IPT 2019 12 sessions (mood back to "
            "normal: remission), mirtazapine since 2021 (eats and sleeps better, mood the same: no response, "
            "current, repeated on p. 2). Not rows: inhalers, prednisone bursts, nicotine patch, bupropion for "
            "smoking never filled, the rehab exercise program itself.",
    "docs": [{"file": F, "fmt": "pdf", "pages": [[
        "# St. Brendan Pulmonary Rehabilitation - Program Intake",
        "FICTIONAL RECORD - all names, numbers and places are invented for software testing.",
        "Patient: Walter A. Kosinski (FICTIONAL)   Age 71   MRN FICT-PR-66023   Intake: 09/08/2026",
        "Program physician: Leah Morrow, DO (fictional)   Rehab nurse: Carl Ibsen, RN (fictional)   555-0150",
        "",
        "# Referral",
        "COPD, GOLD 3, two exacerbations this year needing prednisone bursts. Referred for 12 weeks of supervised "
        "exercise and education. Smokes 5 cigarettes a day, down from a pack.",
        "",
        "# Medications",
        "|Medication|Dose|Note",
        "|Tiotropium|2.5 mcg, 2 puffs daily|maintenance",
        "|Budesonide/formoterol|160/4.5, 2 puffs twice daily|maintenance",
        "|Albuterol|2 puffs every 4 hours as needed|rescue",
        "|Nicotine patch|14 mg daily|smoking",
        "|Mirtazapine|15 mg at bedtime (since 2021)|mood and appetite",
        "",
        "# Mood and coping (psychosocial screen)",
        "Widowed 2019. After his wife died he did interpersonal therapy by telephone, 12 sessions in 2019; by the "
        "end he said the grief was lighter and his mood was back to normal.",
        "Nortriptyline 50 mg 2015-2017 from his old family doctor worked until his heart doctor stopped it in 2017 "
        "because of an irregular heartbeat.",
        "Citalopram 20 mg 2018-2020: 'never touched it.'",
        "Mirtazapine 15 mg since 2021: 'I eat better and sleep better, but my mood is the same as it was.'",
        "His PCP wrote bupropion for smoking in 2022; he never filled it. Prednisone makes him irritable.",
        "He said that after his wife died he 'didn't care if he woke up'; none of that since 2020. Denies current "
        "suicidal ideation.",
        "PHQ-9: 14. GAD-7: 10. 6-minute walk 240 m.",
        "Dx: J44.9 chronic obstructive pulmonary disease; F33.1 major depressive disorder, recurrent, moderate; "
        "F17.210 nicotine dependence, cigarettes.",
    ], [
        "# St. Brendan Pulmonary Rehabilitation - Discharge Summary",
        "Patient: Walter A. Kosinski (FICTIONAL)   MRN FICT-PR-66023   Discharge: 11/20/2026",
        "",
        "Completed 24 of 24 sessions. 6-minute walk 240 m -> 315 m. Dyspnea with stairs improved.",
        "Mood: PHQ-9 9 at discharge (14 at intake). He credits the exercise group and getting out of the house.",
        "Medications unchanged from intake, including mirtazapine 15 mg at bedtime.",
        "Still smoking 3 cigarettes a day; declined varenicline.",
        "Recommendations: home walking program; PCP to review mood and smoking; maintenance class twice a week.",
    ]]}],
    "history": [
        R("nortriptyline", "TCA", "antidepressant", "50 mg", "2015", "2017",
          "worked until his heart doctor stopped it because of an irregular heartbeat", "side_effects", F, 1,
          "worked until his heart doctor stopped it in 2017 because of an irregular heartbeat."),
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2018", "2020", "never touched it", "no_response",
          F, 1, "Citalopram 20 mg 2018-2020: 'never touched it.'"),
        R("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2019", "2019",
          "grief lighter, mood back to normal", "remission", F, 1,
          "by the end he said the grief was lighter and his mood was back to normal."),
        R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2021", None,
          "I eat better and sleep better, but my mood is the same as it was", "no_response", F, 1,
          "'I eat better and sleep better, but my mood is the same as it was.'"),
    ],
    "scales": [
        S("PHQ-9", 14, "2026-09-08", F, 1, "PHQ-9: 14."),
        S("GAD-7", 10, "2026-09-08", F, 1, "GAD-7: 10."),
        S("PHQ-9", 9, "2026-11-20", F, 2, "PHQ-9 9 at discharge"),
    ],
    "diagnoses": [
        D("J44.9", F, 1, "J44.9 chronic obstructive pulmonary disease"),
        D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("F17.210", F, 1, "F17.210 nicotine dependence, cigarettes"),
    ],
    "suicidality": SU("passive", F, 1, "He said that after his wife died he 'didn't care if he woke up'"),
})

# ---------------------------------------------------------------- 08
F = "residential_admission_assessment.docx"
CASES.append({
    "slug": "08-alcohol-residential-program-admission-assessment-docx",
    "note": "FICTIONAL case. Residential alcohol treatment program admission assessment, DOCX with a depression "
            "treatment table. Rows: sertraline 2016-2017 (sexual side effects), bupropion XL 2018-2019 (partial "
            "benefit; stopped taking it while drinking, which decides nothing), desvenlafaxine 2020-2022 (little or no "
            "benefit), TMS 30 sessions 03-05/2023 (responded, relapsed within three months: relapse), escitalopram "
            "2024-now (helps some: partial, current). Not rows: quetiapine 2021 in the table for sleep only, "
            "naltrexone, gabapentin for withdrawal, thiamine, a friend's alprazolam, disulfiram declined, lithium "
            "only considered. C-SSRS ideation severity 1 is a scale row; lifetime actual attempt 2022.",
    "docs": [{"file": F, "fmt": "docx", "pages": [[
        "# Cedar Hollow Recovery Center - Residential Admission Assessment",
        "FICTIONAL RECORD - invented for software testing. Resident: Aaron P. Lindgren (FICTIONAL), 44 y, "
        "record FICT-CH-9021. Admitted 11/02/2026 after medical detox. Assessor: Noemi Vance, PMHNP (fictional), "
        "555-0184.",
        "# Presenting problem",
        "Alcohol use disorder, severe; daily drinking since a job loss in 2025. Depressed mood most days, poor sleep, "
        "guilt. Completed 5 days of detox at Mercy Point (chlordiazepoxide taper, finished 11/01).",
        "# Depression treatment history (patient, pharmacy records and prior psychiatrist)",
        "|Treatment|Dates|Dose|Response",
        "|Sertraline|2016-2017|150 mg|Stopped because of sexual side effects",
        "|Bupropion XL|2018-2019|300 mg|Partial benefit; he stopped taking it during a drinking period",
        "|Desvenlafaxine|2020-2022|100 mg|Little or no benefit",
        "|Quetiapine|2021|50 mg at night|For sleep only",
        "|TMS|03/2023-05/2023|30 sessions|Responded (PHQ-9 21 to 8); relapsed within 3 months after he drank again",
        "|Escitalopram|2024-present|20 mg|Current; patient: 'it helps some'",
        "During detox he took a few of a friend's alprazolam; none since admission. Disulfiram was discussed and he "
        "declined it.",
        "# Current medications",
        "Escitalopram 20 mg daily; naltrexone 50 mg daily (alcohol use disorder); gabapentin 300 mg three times "
        "daily for withdrawal symptoms, to taper; thiamine 100 mg daily.",
        "# Risk assessment",
        "C-SSRS (11/02/2026): ideation severity 1 (wish to be dead), no suicidal behavior in the past 3 months; "
        "lifetime: actual attempt in 2022 (overdose while intoxicated, ICU).",
        "PHQ-9 (11/02/2026): 18. AUDIT 31.",
        "# Diagnoses",
        "F10.20 alcohol use disorder, severe; F33.2 major depressive disorder, recurrent, severe without psychotic "
        "features; Z91.51 personal history of suicidal behavior.",
        "# Plan",
        "Continue escitalopram 20 mg. If depression does not lift with 4 weeks of sobriety, consider lithium "
        "augmentation with the consulting psychiatrist. Individual and group therapy daily.",
    ]]}],
    "history": [
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2016", "2017",
          "stopped because of sexual side effects", "side_effects", F, 1,
          "Sertraline 2016-2017 150 mg Stopped because of sexual side effects"),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2018", "2019",
          "partial benefit; he stopped taking it during a drinking period", "partial_response", F, 1,
          "Bupropion XL 2018-2019 300 mg Partial benefit; he stopped taking it during a drinking period"),
        R("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2020", "2022", "little or no benefit",
          "no_response", F, 1, "Desvenlafaxine 2020-2022 100 mg Little or no benefit"),
        R("TMS", "neuromodulation", "neuromodulation", "30 sessions", "2023-03", "2023-05",
          "responded (PHQ-9 21 to 8); relapsed within 3 months", "relapse", F, 1,
          "TMS 03/2023-05/2023 30 sessions Responded (PHQ-9 21 to 8); relapsed within 3 months after he drank "
          "again"),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2024", None, "it helps some", "partial_response",
          F, 1, "Escitalopram 2024-present 20 mg Current; patient: 'it helps some'"),
    ],
    "scales": [
        S("C-SSRS", 1, "2026-11-02", F, 1, "C-SSRS (11/02/2026): ideation severity 1 (wish to be dead)"),
        S("PHQ-9", 18, "2026-11-02", F, 1, "PHQ-9 (11/02/2026): 18."),
    ],
    "diagnoses": [
        D("F10.20", F, 1, "F10.20 alcohol use disorder, severe"),
        D("F33.2", F, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
        D("Z91.51", F, 1, "Z91.51 personal history of suicidal behavior"),
    ],
    "suicidality": SU("attempt", F, 1, "lifetime: actual attempt in 2022 (overdose while intoxicated, ICU)."),
})

# ---------------------------------------------------------------- 09
F = "pt_plan_of_care_lumbar.txt"
CASES.append({
    "slug": "09-physical-therapy-low-back-plan-of-care-txt",
    "note": "FICTIONAL case. Outpatient physical therapy initial evaluation and plan of care for low back pain, "
            "TXT. Rows: venlafaxine 2024 (made her sick to her stomach, stopped at two weeks: side effects, dose "
            "not known), duloxetine since 07/2026 for pain and mood (mood like her old self: remission, current). "
            "Not rows: cyclobenzaprine at night, meloxicam, gabapentin prescribed and never picked up, husband's "
            "tramadol, an unnamed 'something for nerves', pain neuroscience education and graded activity (PT "
            "care). No note speaks of suicidality: level null.",
    "docs": [{"file": F, "fmt": "txt", "pages": [[
        "FICTIONAL RECORD - invented for software testing; no real patient.",
        "# Brookfield Physical Therapy - Initial Evaluation and Plan of Care",
        "Patient: Renee C. Albright (FICTIONAL)   DOB 09/30/1970   Account FICT-BPT-4470   Eval date: 11/30/2026",
        "Referring: Dr. Paul Nakamura (fictional), family medicine   Therapist: Jess Ortega, PT, DPT (fictional)",
        "Clinic phone 555-0108",
        "",
        "# Subjective",
        "Low back pain for 14 months, worse with sitting and lifting laundry; no leg numbness. Works as a school "
        "bus dispatcher.",
        "Pain NRS now 6/10.",
        "Medications per intake form and patient:",
        "  - meloxicam 15 mg daily",
        "  - cyclobenzaprine 10 mg at bedtime ('helps me sleep')",
        "  - duloxetine 60 mg daily, started by PCP 07/2026 for back pain and low mood",
        "  - gabapentin: prescribed in 09/2026, she never picked it up",
        "  - sometimes takes her husband's tramadol on bad days (advised to discuss with PCP)",
        "Past: venlafaxine in 2024 (dose not known) made her sick to her stomach; stopped after two weeks. Years ago "
        "took 'something for nerves', name not remembered.",
        "Mood: on duloxetine her mood is 'a lot better, like my old self again.' Back pain itself about the same.",
        "",
        "# Objective",
        "Lumbar flexion limited 50%, pain at end range. Hip abductor strength 4-/5 both sides. Oswestry 38%.",
        "",
        "# Assessment",
        "Mechanical low back pain with deconditioning and fear of movement. Good rehab potential.",
        "Treatment diagnoses: M54.50 low back pain, unspecified; M62.81 muscle weakness (generalized). Comorbidity "
        "from referral: F32.A depression, unspecified.",
        "",
        "# Plan of care",
        "2 visits a week for 8 weeks: pain neuroscience education, graded activity, core and hip strengthening, "
        "home program. Goals: sit 60 minutes, lift 15 lb laundry basket, Oswestry under 20%.",
    ]]}],
    "history": [
        R("venlafaxine", "SNRI", "antidepressant", None, "2024", "2024",
          "made her sick to her stomach; stopped after two weeks", "side_effects", F, 1,
          "venlafaxine in 2024 (dose not known) made her sick to her stomach; stopped after two weeks."),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-07", None,
          "mood a lot better, like my old self again", "remission", F, 1,
          "on duloxetine her mood is 'a lot better, like my old self again.'"),
    ],
    "scales": [S("pain NRS", 6, "2026-11-30", F, 1, "Pain NRS now 6/10.")],
    "diagnoses": [
        D("M54.50", F, 1, "M54.50 low back pain, unspecified"),
        D("M62.81", F, 1, "M62.81 muscle weakness (generalized)"),
        D("F32.A", F, 1, "F32.A depression, unspecified"),
    ],
    "suicidality": SU(None, None, None, None),
})

# ---------------------------------------------------------------- 10
F = "derivacion_salud_mental_2026-11-20.docx"
CASES.append({
    "slug": "10-derivacion-atencion-primaria-salud-mental-espanol-docx",
    "note": "FICTIONAL case (MUESTRA FICTICIA). Spanish primary-care referral letter to the community mental health "
            "unit, DOCX, dates day/month/year. Rows: paroxetina 2015-2016 (remision completa), sertralina "
            "01-06/2025 (mejoria parcial, then worse from May while on it: relapse), venlafaxina retard "
            "07/2025-02/2026 (sudoracion y palpitaciones: side effects), TCC 8 sesiones 09-11/2025 (understood "
            "what happens to her, mood the same: no response), mirtazapina since 03/2026 (sleeps better, mood "
            "unchanged: no response, current). Not rows: lorazepam si insomnio, omeprazol, levotiroxina, sister's "
            "diazepam, aripiprazol only proposed, TEC never.",
    "docs": [{"file": F, "fmt": "docx", "pages": [[
        "# Centro de Salud Los Almendros - Informe de derivación a Salud Mental",
        "MUESTRA FICTICIA / FICTIONAL SAMPLE - datos inventados para pruebas de software. Paciente: María José "
        "Ferrer Soto (ficticia), 52 años, NHC FICT-ALM-30577. Médica de familia: Dra. Lucía Pardo (ficticia), "
        "teléfono 555-0139. Fecha: 20/11/2026.",
        "# Motivo de derivación",
        "Episodio depresivo recurrente que no responde a varios tratamientos en atención primaria. Solicito "
        "valoración preferente por Psiquiatría.",
        "# Antecedentes personales",
        "Hipotiroidismo en tratamiento (E03.9). Gastritis crónica. No alergias conocidas.",
        "# Tratamientos previos para la depresión",
        "Primer episodio en 2015: paroxetina 20 mg de 2015 a 2016, con remisión completa; se retiró de forma "
        "pautada en 2016.",
        "Episodio actual desde finales de 2024. Sertralina 100 mg de 01/2025 a 06/2025: mejoría parcial inicial; a "
        "partir de mayo volvió a empeorar pese a tomarla.",
        "Venlafaxina retard 150 mg de 07/2025 a 02/2026: la suspendió por sudoración profusa y palpitaciones.",
        "TCC individual con la psicóloga del centro, 8 sesiones (septiembre-noviembre de 2025): 'me ayudó a entender "
        "lo que me pasa', pero el ánimo sigue igual.",
        "Mirtazapina 30 mg desde 03/2026: duerme mejor, sin cambios en el ánimo.",
        "Nunca ha recibido TEC. En alguna ocasión ha tomado diazepam de su hermana para dormir.",
        "# Tratamiento actual",
        "Mirtazapina 30 mg por la noche. Lorazepam 1 mg por la noche si insomnio. Levotiroxina 75 mcg. Omeprazol 20 mg.",
        "# Exploración y escalas",
        "PHQ-9 (20/11/2026): 20. Hamilton (HAM-D 17 ítems) (20/11/2026): 22.",
        "Ideación autolítica activa sin plan estructurado en las últimas dos semanas; niega intentos previos. "
        "Vive con su marido, que está informado.",
        "# Juicio clínico",
        "F33.2 trastorno depresivo mayor recurrente, grave sin síntomas psicóticos. F41.1 trastorno de ansiedad "
        "generalizada. E03.9 hipotiroidismo.",
        "# Solicitud",
        "Se valoró añadir aripiprazol; lo dejo pendiente de la valoración por Psiquiatría. Derivación preferente.",
    ]]}],
    "history": [
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2015", "2016", "remisión completa", "remission", F, 1,
          "paroxetina 20 mg de 2015 a 2016, con remisión completa"),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-01", "2025-06",
          "mejoría parcial inicial; a partir de mayo volvió a empeorar pese a tomarla", "relapse", F, 1,
          "mejoría parcial inicial; a partir de mayo volvió a empeorar pese a tomarla."),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2025-07", "2026-02",
          "la suspendió por sudoración profusa y palpitaciones", "side_effects", F, 1,
          "la suspendió por sudoración profusa y palpitaciones."),
        R("CBT", "psychotherapy", "psychotherapy", "8 sesiones", "2025-09", "2025-11",
          "me ayudó a entender lo que me pasa, pero el ánimo sigue igual", "no_response", F, 1,
          "'me ayudó a entender lo que me pasa', pero el ánimo sigue igual."),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2026-03", None,
          "duerme mejor, sin cambios en el ánimo", "no_response", F, 1,
          "Mirtazapina 30 mg desde 03/2026: duerme mejor, sin cambios en el ánimo."),
    ],
    "scales": [
        S("PHQ-9", 20, "2026-11-20", F, 1, "PHQ-9 (20/11/2026): 20."),
        S("HAM-D", 22, "2026-11-20", F, 1, "Hamilton (HAM-D 17 ítems) (20/11/2026): 22."),
    ],
    "diagnoses": [
        D("E03.9", F, 1, "Hipotiroidismo en tratamiento (E03.9)."),
        D("F33.2", F, 1, "F33.2 trastorno depresivo mayor recurrente, grave sin síntomas psicóticos."),
        D("F41.1", F, 1, "F41.1 trastorno de ansiedad generalizada."),
    ],
    "suicidality": SU("active", F, 1,
                      "Ideación autolítica activa sin plan estructurado en las últimas dos semanas"),
})

# ---------------------------------------------------------------- 11
P1 = "mood_chart_october_photo1.jpg"
P2 = "mood_chart_back_med_history_photo2.jpg"
CASES.append({
    "slug": "11-paper-mood-chart-with-med-history-photos",
    "note": "FICTIONAL case. Two phone photos of a clinic-issued paper mood chart: the weekly October-November log "
            "(photo 1) and the patient's handwritten medication history on the back (photo 2), JPEG. Rows: Zoloft "
            "2019-2020 (felt nothing, flat; quit: side effects), Wellbutrin XL 2021 (jittery, couldn't sit still, "
            "stopped at 3 weeks: side effects), Lexapro 2022-2025 (worked two years, then stopped working: "
            "relapse), DBT skills group 2025 (anger better, mood no different: no response), Trintellix since 9/2 "
            "(week 4 'a bit better?', week 8 'better, not there yet': partial, current). Not rows: Ambien for "
            "sleep, boyfriend's Klonopin, Abilify refused.",
    "docs": [
        {"file": P1, "fmt": "jpg", "pages": [[
            "# Westfield Behavioral Health - Weekly Mood & Medication Chart",
            "FICTIONAL SAMPLE - for software testing. Name: ~Jordan T. Bexley (FICTIONAL)",
            "Chart # FICT-WBH-1206   Dx on file: F33.1   Clinic phone 555-0190",
            "|Week of|Mood 1-10|Meds taken|Self-harm thoughts?|Notes",
            "|~9/2|~3|~Trintellix 10 mg (new)|~N|~started today",
            "|~9/30|~4|~Trintellix 10|~N|~a bit better?",
            "|~10/14|~4|~Trintellix 10, Ambien 5 x2|~N|~clinic: PHQ-9 = 15",
            "|~10/28|~6|~Trintellix 10|~N|~better, not there yet",
            "~Dr. wants to add Abilify - I said no.",
        ]]},
        {"file": P2, "fmt": "jpg", "pages": [[
            "# My medication history (for Dr. appointment)",
            "FICTIONAL SAMPLE - for software testing",
            "~Zoloft 50 -> 100 mg 2019-2020 - made me feel nothing, flat. Quit.",
            "~Wellbutrin XL 150 mg 2021 - jittery, couldn't sit still, stopped after 3 wks",
            "~Lexapro 20 mg 2022-2025 - worked great for 2 yrs then stopped working",
            "~DBT skills group 2025, 24 wks - helped w/ anger, mood no different",
            "~Ambien 5 mg - only for sleep",
            "~Took 2 of boyfriend's Klonopin in Sept (don't tell Dr)",
        ]]},
    ],
    "history": [
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2019", "2020", "made me feel nothing, flat. Quit.",
          "side_effects", P2, 1, "Zoloft 50 -> 100 mg 2019-2020 - made me feel nothing, flat. Quit."),
        R("bupropion", "NDRI", "antidepressant", "150 mg", "2021", "2021",
          "jittery, couldn't sit still, stopped after 3 weeks", "side_effects", P2, 1,
          "Wellbutrin XL 150 mg 2021 - jittery, couldn't sit still, stopped after 3 wks"),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2022", "2025",
          "worked great for 2 yrs then stopped working", "relapse", P2, 1,
          "Lexapro 20 mg 2022-2025 - worked great for 2 yrs then stopped working"),
        R("dialectical behavior therapy", "psychotherapy", "psychotherapy", "24 weeks", "2025", "2025",
          "helped with anger, mood no different", "no_response", P2, 1,
          "DBT skills group 2025, 24 wks - helped w/ anger, mood no different"),
        R("vortioxetine", "multimodal", "antidepressant", "10 mg", "2026-09-02", None,
          "a bit better? then better, not there yet", "partial_response", P1, 1,
          "10/28 6 Trintellix 10 N better, not there yet"),
    ],
    "scales": [S("PHQ-9", 15, "2026-10-14", P1, 1, "clinic: PHQ-9 = 15")],
    "diagnoses": [D("F33.1", P1, 1, "Dx on file: F33.1")],
    "suicidality": SU("none", P1, 1, "9/2 3 Trintellix 10 mg (new) N started today"),
})

# ---------------------------------------------------------------- 12
F = "gender_health_followup_2026-11-12.pdf"
CASES.append({
    "slug": "12-gender-affirming-hormone-clinic-followup-pdf",
    "note": "FICTIONAL case. Gender-affirming hormone therapy clinic follow-up, 1-page PDF. Rows: fluoxetine "
            "2018-2019 (helped some; stopped when refills ran out: partial, the stop decides nothing), escitalopram "
            "2021-2023 (felt like myself, tapered: remission), IPT 12 sessions 2025 (mood lifted about halfway: "
            "partial), bupropion XL since 02/2025 (no real change: no response, current). Not rows: estradiol "
            "(mood more stable, not a depression trial), spironolactone, finasteride stopped 2024, roommate's "
            "trazodone, sertraline only planned. Overdose attempt 2015.",
    "docs": [{"file": F, "fmt": "pdf", "pages": [[
        "# Cobalt Street Health - Gender-Affirming Care Clinic Follow-up",
        "FICTIONAL RECORD - all names, numbers and places are invented for software testing.",
        "Patient: Riley S. Navarro (FICTIONAL), she/her   Age 27   MRN FICT-CSH-80931   Visit: 11/12/2026",
        "Clinician: Morgan Adebayo, NP (fictional)   Clinic phone 555-0176",
        "",
        "# Hormone therapy",
        "Estradiol valerate 5 mg IM weekly since 2022; spironolactone 100 mg twice daily. Finasteride stopped in "
        "2024 (hair, not mood). Estradiol level in range. She says her mood is 'more stable' since estradiol, but "
        "the depression is a separate problem.",
        "",
        "# Mental health",
        "Followed by Dr. Evan Holt (fictional), psychiatry. Depression since adolescence.",
        "- Fluoxetine 20 mg 2018-2019: helped some; stopped when she left for college and the refills ran out.",
        "- Escitalopram 10 mg 2021-2023: 'I felt like myself'; tapered off in 2023 with her psychiatrist.",
        "- Interpersonal therapy, 12 sessions in 2025, during a breakup: felt supported; mood lifted about halfway.",
        "- Bupropion XL 300 mg since 02/2025: 'no real change' in mood after months at full dose.",
        "Her roommate gave her a trazodone once for sleep in October.",
        "Suicide attempt at 16 (2015, overdose); no suicidal thoughts since 2020. Denies current ideation.",
        "PHQ-9: 13. GAD-7: 9.",
        "",
        "# Assessment",
        "F64.0 transsexualism (gender incongruence); Z79.890 hormone replacement therapy; F33.1 major depressive "
        "disorder, recurrent, moderate.",
        "",
        "# Plan",
        "Continue estradiol and spironolactone; labs in 3 months. Her psychiatrist may switch bupropion to "
        "sertraline 50 mg; she wants to discuss it with him first. Return in 3 months.",
    ]]}],
    "history": [
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2018", "2019",
          "helped some; stopped when the refills ran out", "partial_response", F, 1,
          "Fluoxetine 20 mg 2018-2019: helped some; stopped when she left for college and the refills ran out."),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2021", "2023", "I felt like myself; tapered off",
          "remission", F, 1, "Escitalopram 10 mg 2021-2023: 'I felt like myself'; tapered off in 2023"),
        R("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2025", "2025",
          "felt supported; mood lifted about halfway", "partial_response", F, 1,
          "felt supported; mood lifted about halfway."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2025-02", None, "no real change in mood",
          "no_response", F, 1, "Bupropion XL 300 mg since 02/2025: 'no real change' in mood"),
    ],
    "scales": [
        S("PHQ-9", 13, "2026-11-12", F, 1, "PHQ-9: 13."),
        S("GAD-7", 9, "2026-11-12", F, 1, "GAD-7: 9."),
    ],
    "diagnoses": [
        D("F64.0", F, 1, "F64.0 transsexualism"),
        D("Z79.890", F, 1, "Z79.890 hormone replacement therapy"),
        D("F33.1", F, 1, "F33.1 major depressive"),
    ],
    "suicidality": SU("attempt", F, 1, "Suicide attempt at 16 (2015, overdose)"),
})
