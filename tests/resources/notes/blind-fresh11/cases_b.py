"""Cases 07-12 of blind-fresh11. Everything here is FICTIONAL."""
from cases_a import D, H, S, SU

# ---------------------------------------------------------------------------------------------------------------
# 07 letter of medical necessity from a TMS clinic for a SECOND course, DOCX
F7 = "bright_meadow_tms_lmn_2026-11-16.docx"
c07 = {
    "slug": "07-tms-clinic-lmn-docx",
    "docs": [{"file": F7, "kind": "docx", "content": [
        ("h", "Bright Meadow Neurostimulation (fictional)"),
        ("p", "FICTIONAL LETTER - test data; patient, clinic, plan and numbers are invented. 72 Linden Spur, "
              "Coldwater Hythe (invented). Phone 555-0155. intake@brightmeadow.example"),
        ("p", "November 16, 2026"),
        ("p", "Utilization Management, Cresthaven Health Plan (fictional). Member: Alaric Penhallow-Reyes. "
              "Member ID FICT-CHP-300418. DOB 07/19/1975."),
        ("p", "RE: Letter of medical necessity - repeat course of transcranial magnetic stimulation (CPT 90867, "
              "90868), ICD-10 F33.2"),
        ("p", "To whom it may concern: I am writing to request authorization of a second acute course of TMS for "
              "Mr. Penhallow-Reyes, who has major depressive disorder, recurrent, severe without psychotic features "
              "(F33.2), and stage 3 chronic kidney disease (N18.30), which rules out lithium."),
        ("h", "His first course of TMS"),
        ("p", "He received 36 sessions of 10 Hz left dorsolateral prefrontal rTMS here from 03/06/2024 to "
              "04/24/2024. His PHQ-9 fell from 23 on 03/06/2024 to 6 on 04/24/2024, a remission. He stayed well for "
              "about fourteen months; the depression returned in the summer of 2025 and has not lifted since."),
        ("h", "Medication trials before and after TMS"),
        ("t", [
            ["Medication", "Dose", "When", "Duration", "Result"],
            ["Paxil (paroxetine)", "20-40 mg", "2016-2017", "~10 months", "gained 25 lb; stopped"],
            ["Cymbalta (duloxetine)", "60 mg", "2018", "~5 months", "no improvement"],
            ["Rexulti (brexpiprazole) with Cymbalta", "1 mg", "2018", "8 weeks", "no added benefit"],
            ["Emsam (selegiline patch)", "6 mg/24 h", "06/2020 - 12/2020", "6 months",
             "no meaningful improvement; diet restrictions hard"],
            ["Spravato (esketamine nasal)", "84 mg", "08/2025 - 01/2026", "24 sessions",
             "early response by session 8, then lost effect"],
        ]),
        ("p", "ECT: he attended a consultation in 2019 and declined because of concern about memory. He has not "
              "tried lithium because of his kidney disease. His brother responded to an MAOI, which is part of why "
              "Emsam was chosen."),
        ("h", "Current status"),
        ("p", "On 11/16/2026 his PHQ-9 was 21 and his MADRS 32. He has a history of a suicide attempt by overdose "
              "in 2017; today he reports passive thoughts without plan. He takes no antidepressant at present: "
              "after the Spravato course ended he chose to wait for a decision on TMS."),
        ("p", "We propose a second course of 36 sessions over about 8 weeks, followed by a 6-session taper."),
        ("p", "Sincerely, Cordelia Nash-Ibarra, MD, Medical Director (fictional)"),
    ]}],
    "note": "FICTIONAL case. TMS clinic letter of medical necessity for a repeat course, DOCX. First TMS course 36 "
            "sessions 2024-03-06..2024-04-24: remission, then returned summer 2025 -> relapse (later words decide). "
            "Paroxetine stopped for weight gain -> side_effects. Brexpiprazole with Cymbalta -> augmentation. "
            "Esketamine (Spravato) is kind antidepressant per docs; early response then lost effect -> relapse. "
            "Not rows: ECT (declined), lithium (not tried), brother's MAOI, the proposed second TMS course, and the "
            "Suicidality: "
            "attempt by overdose in 2017 -> attempt (latest-note rule would give passive).",
    "history": [
        H("paroxetine", "SSRI", "antidepressant", "20-40 mg", "2016", "2017", "gained 25 lb; stopped",
          "side_effects", F7, 1, "Paxil (paroxetine) 20-40 mg 2016-2017 ~10 months gained 25 lb; stopped"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2018", "2018", "no improvement", "no_response", F7, 1,
          "Cymbalta (duloxetine) 60 mg 2018 ~5 months no improvement"),
        H("brexpiprazole", "atypical antipsychotic", "augmentation", "1 mg", "2018", "2018", "no added benefit",
          "no_response", F7, 1, "Rexulti (brexpiprazole) with Cymbalta 1 mg 2018 8 weeks no added benefit"),
        H("selegiline", "MAOI", "antidepressant", "6 mg/24 h", "2020-06", "2020-12",
          "no meaningful improvement; diet restrictions hard", "no_response", F7, 1,
          "Emsam (selegiline patch) 6 mg/24 h 06/2020 - 12/2020 6 months no meaningful improvement"),
        H("TMS", "TMS", "neuromodulation", "36 sessions", "2024-03-06", "2024-04-24",
          "a remission. He stayed well for about fourteen months; the depression returned in the summer of 2025",
          "relapse", F7, 1, "the depression returned in the summer of 2025 and has not lifted since."),
        H("esketamine", "NMDA antagonist", "antidepressant", "84 mg", "2025-08", "2026-01",
          "early response by session 8, then lost effect", "relapse", F7, 1,
          "Spravato (esketamine nasal) 84 mg 08/2025 - 01/2026 24 sessions early response by session 8, then lost "
          "effect"),
    ],
    "scales": [
        S("PHQ-9", 23, "2024-03-06", F7, 1, "His PHQ-9 fell from 23 on 03/06/2024 to 6 on 04/24/2024"),
        S("PHQ-9", 6, "2024-04-24", F7, 1, "His PHQ-9 fell from 23 on 03/06/2024 to 6 on 04/24/2024"),
        S("PHQ-9", 21, "2026-11-16", F7, 1, "On 11/16/2026 his PHQ-9 was 21 and his MADRS 32."),
        S("MADRS", 32, "2026-11-16", F7, 1, "On 11/16/2026 his PHQ-9 was 21 and his MADRS 32."),
    ],
    "diagnoses": [
        D("F33.2", F7, 1, "ICD-10 F33.2"),
        D("N18.30", F7, 1, "stage 3 chronic kidney disease (N18.30)"),
    ],
    "suicidality": SU("attempt", F7, 1, "He has a history of a suicide attempt by overdose in 2017"),
}

# ---------------------------------------------------------------------------------------------------------------
# 08 pharmacist comprehensive medication review (Part D CMR style), 2-page PDF with fill history on p. 2
F8 = "cmr_pharmacist_review_2026-11-10.pdf"
XF = [54, 200, 262, 330, 372, 424]
c08_pages = [
    [
        "# Comprehensive Medication Review - Summary for Your Doctor",
        "FICTIONAL DOCUMENT - test data only. Pellworth Pharmacy Care Services (invented), 9 Mill Race, Dunmore Vale.",
        "Beneficiary: Harriet Oyelaran-Fisk   DOB 05/03/1958   Plan: Evenfield Rx Part D (fictional) FICT-EV-118204",
        "Review date: 11/10/2026 (telephone, 42 min)   Pharmacist: Tobias Lindqvist-Amadi, PharmD   Tel 555-0133",
        "",
        "# Conditions reviewed",
        "E11.42 Type 2 diabetes mellitus with diabetic polyneuropathy; F32.1 Major depressive disorder, single",
        "episode, moderate; E78.5 Hyperlipidemia, unspecified.",
        "",
        "# What the patient told me about her nerve pain and mood medicines",
        "- Duloxetine 60 mg daily since 03/2025 (for the burning feet and for mood): helps the burning a bit, mood",
        "  'so-so'. Pain 6/10 today. PHQ-9 by phone 11; item 9 answered 0 (no thoughts of being better off dead).",
        "- Gabapentin 300 mg three times a day in 2022: 'didn't touch the pain'; she stopped it herself.",
        "- Pregabalin (Lyrica) 75 mg twice daily 2023-2024: dizzy and fell in the kitchen; prescriber stopped it.",
        "- Amitriptyline 25 mg at bedtime 09/2024 - 01/2025: dry mouth and constipation so bad she quit.",
        "- Tramadol 50 mg three times a day 2024: took the edge off the pain, about a third better; stopped only",
        "  because her plan dropped it from the formulary in 2025.",
        "- Sertraline 50 mg: filled once in 06/2023 but she never took it (worried about side effects).",
        "- Citalopram 20 mg ordered 08/2024: prescription was never picked up (returned to stock).",
        "",
        "# Recommendations to prescriber (Dr. Yusuf Brannagh-Cole, fictional)",
        "1. Could consider topical capsaicin 8% - she declined it at the last podiatry visit; no action.",
        "2. Do not restart tramadol with duloxetine (serotonin syndrome risk).",
        "Pharmacy fill history on page 2.",
    ],
    [
        "# Pharmacy claims / fill history used for this review (FICTIONAL)",
        "Oyelaran-Fisk, H.  FICT-EV-118204   Source: Pellworth and Evenfield claims, 01/2022 - 11/2026",
        "",
        ("row", ["Drug / strength", "First fill", "Last fill", "Fills", "Days sup", "Status"], XF, True),
        ("row", ["GABAPENTIN 300 MG CAP", "02/14/2022", "09/02/2022", "7", "30", "Inactive"], XF),
        ("row", ["SERTRALINE 50 MG TAB", "06/09/2023", "06/09/2023", "1", "30", "Inactive"], XF),
        ("row", ["PREGABALIN 75 MG CAP", "10/20/2023", "04/11/2024", "6", "30", "Inactive"], XF),
        ("row", ["TRAMADOL HCL 50 MG TAB", "05/06/2024", "12/18/2024", "8", "30", "Inactive"], XF),
        ("row", ["CITALOPRAM 20 MG TAB", "08/21/2024", "-", "0", "-", "RTS"], XF),
        ("row", ["AMITRIPTYLINE 25 MG TAB", "09/03/2024", "12/30/2024", "4", "30", "Inactive"], XF),
        ("row", ["DULOXETINE DR 30 MG CAP", "03/04/2025", "03/04/2025", "1", "14", "Inactive"], XF),
        ("row", ["DULOXETINE DR 60 MG CAP", "03/18/2025", "10/29/2026", "19", "30", "Active"], XF),
        ("row", ["METFORMIN ER 500 MG", "01/05/2022", "11/01/2026", "58", "30", "Active"], XF),
        ("row", ["ATORVASTATIN 20 MG TAB", "01/05/2022", "11/01/2026", "58", "30", "Active"], XF),
        "",
        "RTS = returned to stock (never picked up).",
    ],
]
c08 = {
    "slug": "08-pharmacist-cmr",
    "docs": [{"file": F8, "kind": "pdf", "content": c08_pages, "font": "Times-Roman"}],
    "note": "FICTIONAL case. Pharmacist comprehensive medication review (Part D CMR style), 2-page PDF: outcomes in "
            "the p. 1 review, dates in the p. 2 fill table (either page is right for a row; the truth cites the "
            "outcome). Duloxetine for neuropathy and mood stays antidepressant, ongoing, partial_response. "
            "Gabapentin, pregabalin and tramadol are kind other. Tramadol 'about a third better', stopped because of "
            "the formulary: a coverage stop decides nothing -> partial_response. Not rows: sertraline (filled once, "
            "never taken), citalopram (RTS), capsaicin (declined/consider), metformin, atorvastatin. PHQ-9 item 9 "
            "answered 0 -> suicidality none.",
    "history": [
        H("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2025-03", None,
          "helps the burning a bit, mood 'so-so'", "partial_response", F8, 1,
          "Duloxetine 60 mg daily since 03/2025 (for the burning feet and for mood): helps the burning a bit, mood"),
        H("gabapentin", "gabapentinoid", "other", "300 mg three times a day", "2022-02", "2022-09",
          "'didn't touch the pain'; she stopped it herself", "no_response", F8, 1,
          "Gabapentin 300 mg three times a day in 2022: 'didn't touch the pain'; she stopped it herself."),
        H("pregabalin", "gabapentinoid", "other", "75 mg twice daily", "2023-10", "2024-04",
          "dizzy and fell in the kitchen; prescriber stopped it", "side_effects", F8, 1,
          "Pregabalin (Lyrica) 75 mg twice daily 2023-2024: dizzy and fell in the kitchen; prescriber stopped it."),
        H("amitriptyline", "TCA", "antidepressant", "25 mg", "2024-09", "2025-01",
          "dry mouth and constipation so bad she quit", "side_effects", F8, 1,
          "Amitriptyline 25 mg at bedtime 09/2024 - 01/2025: dry mouth and constipation so bad she quit."),
        H("tramadol", "opioid", "other", "50 mg three times a day", "2024-05", "2024-12",
          "took the edge off the pain, about a third better; stopped only because her plan dropped it",
          "partial_response", F8, 1,
          "Tramadol 50 mg three times a day 2024: took the edge off the pain, about a third better; stopped only"),
    ],
    "scales": [
        S("pain NRS", 6, "2026-11-10", F8, 1, "Pain 6/10 today."),
        S("PHQ-9", 11, "2026-11-10", F8, 1, "PHQ-9 by phone 11"),
    ],
    "diagnoses": [
        D("E11.42", F8, 1, "E11.42 Type 2 diabetes mellitus with diabetic polyneuropathy"),
        D("F32.1", F8, 1, "F32.1 Major depressive disorder, single"),
        D("E78.5", F8, 1, "E78.5 Hyperlipidemia, unspecified."),
    ],
    "suicidality": SU("none", F8, 1, "item 9 answered 0 (no thoughts of being better off dead)."),
}

# ---------------------------------------------------------------------------------------------------------------
# 09 Spanish-language referral letter, DOCX
F9 = "carta_derivacion_psiquiatria.docx"
c09 = {
    "slug": "09-spanish-referral-docx",
    "docs": [{"file": F9, "kind": "docx", "content": [
        ("h", "Centro de Salud Familiar Los Arrayanes (ficticio)"),
        ("p", "DOCUMENTO FICTICIO / FICTIONAL - datos de prueba; pacientes, clínica y números inventados. "
              "Calle Sauce 14, Villa Cardal (ciudad inventada). Tel. 555-0176. derivaciones@arrayanes.example"),
        ("p", "Fecha: 24 de noviembre de 2026"),
        ("p", "Para: Servicio de Psiquiatría, Hospital Monteclaro (ficticio)"),
        ("p", "Paciente: Yolanda Ferreira Boix. Fecha de nacimiento: 14/06/1993. N.º de afiliada FICT-MC-772190."),
        ("p", "Motivo de derivación: depresión mayor recurrente que no ha respondido a varios tratamientos. "
              "Diagnósticos: F33.1 (trastorno depresivo mayor, recurrente, moderado) y F53.0 (depresión posparto, "
              "episodio de 2024)."),
        ("h", "Tratamientos previos"),
        ("p", "1. Sertralina (Zoloft) 50 a 150 mg, de marzo a octubre de 2022: sin mejoría."),
        ("p", "2. Escitalopram 10 mg durante unos cuatro meses en 2023: náuseas intensas, lo dejó ella misma."),
        ("p", "3. Venlafaxina 150 mg de enero a agosto de 2024: mejoró parcialmente (dormía mejor, menos llanto); "
              "la suspendió al quedar embarazada."),
        ("p", "4. Terapia cognitivo-conductual (TCC) con psicóloga del centro, 12 sesiones en otoño de 2024: no "
              "notó cambios en el ánimo."),
        ("p", "5. Fluoxetina 20 mg desde mayo de 2025, la sigue tomando: el ánimo sigue igual de bajo."),
        ("p", "Nunca ha probado litio ni terapia electroconvulsiva. Su madre respondió bien a la paroxetina. Se "
              "podría considerar bupropión, pero preferimos su valoración."),
        ("h", "Situación actual"),
        ("p", "PHQ-9 de 20 el 24/11/2026. Refiere ideación suicida pasiva ('a veces pienso que mi familia estaría "
              "mejor sin mí'), sin plan ni intención, sin intentos previos."),
        ("p", "Atentamente, Dra. Consuelo Ibarguren Sáez, medicina familiar (ficticia)"),
    ]}],
    "note": "FICTIONAL case. Spanish-language referral letter (DOCX). Fechas en español: 'de marzo a octubre de "
            "2022', 'otoño de 2024' -> 2024, 'desde mayo de 2025' ongoing. Escitalopram stopped for nausea -> "
            "side_effects; 'unos cuatro meses en 2023' -> start/end 2023. Venlafaxine improved partly, stopped for "
            "PREGNANCY: per docs a pregnancy stop decides nothing -> partial_response. TCC = CBT, 12 sessions, no "
            "change -> no_response. Not rows: litio, TEC (never), mother's paroxetine, bupropión (could consider). "
            "Passive SI -> passive.",
    "history": [
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2022-03", "2022-10", "sin mejoría", "no_response",
          F9, 1, "1. Sertralina (Zoloft) 50 a 150 mg, de marzo a octubre de 2022: sin mejoría."),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2023", "2023", "náuseas intensas, lo dejó ella misma",
          "side_effects", F9, 1,
          "2. Escitalopram 10 mg durante unos cuatro meses en 2023: náuseas intensas, lo dejó ella misma."),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2024-01", "2024-08",
          "mejoró parcialmente (dormía mejor, menos llanto); la suspendió al quedar embarazada", "partial_response",
          F9, 1, "3. Venlafaxina 150 mg de enero a agosto de 2024: mejoró parcialmente"),
        H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2024", "2024", "no notó cambios en el ánimo",
          "no_response", F9, 1,
          "4. Terapia cognitivo-conductual (TCC) con psicóloga del centro, 12 sesiones en otoño de 2024: no notó "
          "cambios en el ánimo."),
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2025-05", None, "el ánimo sigue igual de bajo",
          "no_response", F9, 1,
          "5. Fluoxetina 20 mg desde mayo de 2025, la sigue tomando: el ánimo sigue igual de bajo."),
    ],
    "scales": [S("PHQ-9", 20, "2026-11-24", F9, 1, "PHQ-9 de 20 el 24/11/2026.")],
    "diagnoses": [
        D("F33.1", F9, 1, "F33.1 (trastorno depresivo mayor, recurrente, moderado)"),
        D("F53.0", F9, 1, "F53.0 (depresión posparto, episodio de 2024)"),
    ],
    "suicidality": SU("passive", F9, 1, "Refiere ideación suicida pasiva"),
}

# ---------------------------------------------------------------------------------------------------------------
# 10 occupational-health return-to-work note, handwritten-style scan, image-only 2-page PDF
F10 = "occ_health_rtw_scan.pdf"
c10_p1 = [
    "# FICTIONAL - TEST DATA - Tollbridge Transit Occupational Health",
    "(invented clinic)  Return-to-work evaluation   DOS 11/19/26",
    "Employee: Caspar Ruehl-Nakamura   ID FICT-TT-50917",
    "Job: bus operator (safety-sensitive)",
    "Off work since 09/28/26 - depression (FMLA)",
    "Reviewed letter from his psychiatrist + pt interview.",
    "Meds now: Remeron 30 qhs - no daytime sedation",
    "  per pt, drove OK in yard test today.",
    "PHQ-9 = 13 (11/19/26)",
    "SI: denies. No hx attempts. No self-harm.",
    "Dx F32.A  Depression, unspecified",
    "Work status: RTW full duty 11/23/26",
    "  -> see p.2 med hx",
]
c10_p2 = [
    "# Med hx (antidepressants) - FICTIONAL",
    "- Zoloft 100mg  2015 x 6 mo - helped, felt",
    "    well, stopped on his own",
    "- Celexa 20 -> 40mg  2021 -> spring 2022",
    "    'no change'",
    "- Wellbutrin XL 300  6/22 - 1/23",
    "    stopped d/t jittery + anxious",
    "- Remeron 30 qhs  3/23 -> now",
    "    mood better, not 100%",
    "- Therapy: never did. EAP offered - declined",
    "- Mother on lithium (bipolar)",
    "Signed: N. Fairweather-Obi, MD (fictional)",
]
c10 = {
    "slug": "10-occ-health-scan",
    "docs": [{"file": F10, "kind": "scanpdf", "content": [c10_p1, c10_p2], "seed": 1011}],
    "note": "FICTIONAL case. Occupational-health return-to-work note, handwritten-style, image-only 2-page PDF "
            "(no text layer; OCR needed). Truth texts are the drawn lines; compare to OCR loosely. Sertraline 2015 "
            "'helped, felt well, stopped on his own' -> remission (start/end 2015). Citalopram 2021 -> spring 2022 "
            "(end 2022) no change -> no_response. Bupropion 6/22-1/23 jittery/anxious -> side_effects. Mirtazapine "
            "3/23 ongoing 'mood better, not 100%' -> partial_response; its p. 1 mention is the current list. Not "
            "rows: therapy (never), EAP (declined), mother's lithium. Suicidality none.",
    "history": [
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2015", "2015", "helped, felt well, stopped on his own",
          "remission", F10, 2, "- Zoloft 100mg 2015 x 6 mo - helped, felt"),
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2021", "2022", "'no change'", "no_response", F10, 2,
          "- Celexa 20 -> 40mg 2021 -> spring 2022 'no change'"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2022-06", "2023-01", "stopped d/t jittery + anxious",
          "side_effects", F10, 2, "- Wellbutrin XL 300 6/22 - 1/23 stopped d/t jittery + anxious"),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "30 mg", "2023-03", None,
          "mood better, not 100%", "partial_response", F10, 2, "- Remeron 30 qhs 3/23 -> now mood better, not 100%"),
    ],
    "scales": [S("PHQ-9", 13, "2026-11-19", F10, 1, "PHQ-9 = 13 (11/19/26)")],
    "diagnoses": [D("F32.A", F10, 1, "Dx F32.A Depression, unspecified")],
    "suicidality": SU("none", F10, 1, "SI: denies. No hx attempts. No self-harm."),
}

# ---------------------------------------------------------------------------------------------------------------
# 11 dictated psychotherapy discharge summary with speech-recognition errors, TXT
F11 = "dictated_discharge_summary_0520.txt"
c11_lines = [
    "FICTIONAL RECORD -- TEST DATA ONLY -- DICTATED BUT NOT PROOFREAD",
    "Rowan Hill Counseling Collective (fictional), 5 Ferrier Walk, Marrow Gate (invented). 555-0194",
    "",
    "PSYCHOTHERAPY DISCHARGE SUMMARY",
    "Client: Philippa Osei-Lindgren   DOB 10/02/1990   Client no. FICT-RH-3318",
    "Therapist: Bastien Aldridge-Kaur, LPC   Dictated 05/20/2026, transcribed by voice software",
    "",
    "Client is a 35-year-old woman who was seen for 14 sessions of cognitive behavioral therapy from February "
    "3rd 2026 through May 12th 2026 period diagnoses F33.1 and F41.1 comma major depressive disorder recurrent "
    "moderate and generalized anxiety disorder period",
    "",
    "Course of treatment colon. She engaged well with behavioral activation and thought records. Her PHQ 9 went "
    "from 19 at intake on 02/03/2026 to 11 at discharge on 05/12/2026 and her GAD 7 from 14 to 9 over the same "
    "dates. This represents a partial response; she continues to have low mood on weekends.",
    "",
    "Risk colon. In March 2026 she disclosed active suicidal ideation with a plan to drive into the reservoir; "
    "a safety plan was completed the same day and she did not need a higher level of care. There is no history "
    "of suicide attempts. At discharge she denies suicidal ideation.",
    "",
    "Prior treatment per client report colon. A previous course of interpersonal therapy in 2021 at another "
    "agency which she says quote didn't really go anywhere end quote. Pro sack in 2016 in college which made "
    "her feel like a zombie so she stopped it after about six weeks. Lexa pro 20 milligrams from 2019 to 2020 "
    "stopped because of emotional blunting. Well butrin XL 300 milligrams since summer of 2024 prescribed by "
    "her primary care physician comma still taking it comma she says it has helped her energy but not her mood.",
    "",
    "She was referred to a mindfulness based cognitive therapy group in 2025 but never attended. Her sister "
    "takes Effexor with good results. We discussed that a medication evaluation with psychiatry would be "
    "reasonable; she may consider adding an augmenting agent.",
    "",
    "Discharge reason colon. Planned termination, goals partly met. Return as needed.",
]
c11 = {
    "slug": "11-dictated-therapy-discharge",
    "docs": [{"file": F11, "kind": "txt", "content": c11_lines}],
    "note": "FICTIONAL case. Psychotherapy discharge summary dictated through voice software and not proofread "
            "(plain text): punctuation spoken ('period', 'colon', 'comma'), 'F 33.1' with a space, drug names split "
            "or misheard: 'Pro sack' = Prozac (fluoxetine), 'Lexa pro' = Lexapro (escitalopram), 'Well butrin' = "
            "Wellbutrin (bupropion). CBT 14 sessions 2026-02-03..2026-05-12 partial_response. IPT 2021 'didn't really "
            "go anywhere' -> no_response. Fluoxetine 2016 'zombie', stopped -> side_effects. Escitalopram emotional "
            "blunting -> side_effects. Bupropion ongoing, energy but not mood -> partial_response. Not rows: MBCT "
            "(never attended), sister's Effexor, augmenting agent (may consider). Diagnoses F33.1 and F41.1. Active SI with plan "
            "(March 2026) -> active, though she denies SI at discharge.",
    "history": [
        H("CBT", "psychotherapy", "psychotherapy", "14 sessions", "2026-02-03", "2026-05-12",
          "This represents a partial response; she continues to have low mood on weekends.", "partial_response",
          F11, 1, "This represents a partial response; she continues to have low mood on weekends."),
        H("IPT", "psychotherapy", "psychotherapy", None, "2021", "2021", "didn't really go anywhere", "no_response",
          F11, 1, "A previous course of interpersonal therapy in 2021 at another agency which she says quote "
                  "didn't really go anywhere end quote."),
        H("fluoxetine", "SSRI", "antidepressant", None, "2016", "2016",
          "made her feel like a zombie so she stopped it after about six weeks", "side_effects", F11, 1,
          "Pro sack in 2016 in college which made her feel like a zombie so she stopped it after about six weeks."),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2019", "2020", "stopped because of emotional blunting",
          "side_effects", F11, 1, "Lexa pro 20 milligrams from 2019 to 2020 stopped because of emotional blunting."),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2024", None,
          "she says it has helped her energy but not her mood", "partial_response", F11, 1,
          "she says it has helped her energy but not her mood."),
    ],
    "scales": [
        S("PHQ-9", 19, "2026-02-03", F11, 1, "from 19 at intake on 02/03/2026"),
        S("PHQ-9", 11, "2026-05-12", F11, 1, "to 11 at discharge on 05/12/2026"),
        S("GAD-7", 14, "2026-02-03", F11, 1, "her GAD 7 from 14 to 9 over the same dates"),
        S("GAD-7", 9, "2026-05-12", F11, 1, "her GAD 7 from 14 to 9 over the same dates"),
    ],
    "diagnoses": [
        D("F33.1", F11, 1, "diagnoses F33.1 and F41.1"),
        D("F41.1", F11, 1, "diagnoses F33.1 and F41.1"),
    ],
    "suicidality": SU("active", F11, 1, "she disclosed active suicidal ideation with a plan to drive into the reservoir"),
}

# ---------------------------------------------------------------------------------------------------------------
# 12 pain consult (post-herpetic neuralgia) with ketamine infusions and an opioid trial, phone photo JPEG
F12 = "pain_consult_photo.jpg"
c12_lines = [
    "# GLENFARNE PAIN & SPINE (fictional) - NEW PATIENT CONSULT",
    "FICTIONAL RECORD - test data. 40 Heron Bank, Castle Ebury (invented). 555-0112",
    "Patient: Wilhelmina Sato-Garvey  DOB 01/25/1961  FICT-GPS-08821",
    "Date: 11/23/2026   Referring: Dr. P. Mendoza-Ash",
    "Dx: B02.29 Postherpetic neuralgia (R T6-T8); G89.29 chronic pain",
    "",
    "HPI: Shingles 01/2024, burning/allodynia R chest wall since.",
    "Pain 7/10 at rest, 9/10 with light touch to the area.",
    "",
    "Prior treatments:",
    "- Nortriptyline 25 -> 50 mg qhs 04/2024 - 07/2024: constipation",
    "  and urinary retention; stopped.",
    "- Pregabalin 150 mg BID 08/2024 - 02/2025: about 25% less pain",
    "  for a few months, then wore off.",
    "- Hydrocodone/APAP 5/325 TID (scheduled) 03/2025 - 06/2025:",
    "  ~20% relief; tapered off for constipation and fogginess.",
    "- IV ketamine 0.5 mg/kg x 6 infusions 09/2025 - 10/2025 (outside",
    "  clinic): about 60% relief for about 5 weeks, then returned.",
    "- Lidocaine 5% patch: insurance denied, never used.",
    "- Never had an intercostal nerve block.",
    "",
    "Plan: consider intercostal block; discussed spinal cord",
    "stimulator trial - pt will think about it. Qutenza declined.",
    "Signed: Anika Thorvaldsen-Reid, MD (fictional)",
]
c12 = {
    "slug": "12-pain-consult-photo",
    "docs": [{"file": F12, "kind": "photo", "content": c12_lines, "seed": 1212}],
    "note": "FICTIONAL case. Phone photo (JPEG) of a printed pain consult: post-herpetic neuralgia. Truth texts are "
            "the drawn lines; OCR will differ a little. Nortriptyline for pain stays antidepressant, side_effects. "
            "Pregabalin 'about 25% less pain for a few months, then wore off' -> relapse (kind other). Hydrocodone/APAP "
            "(name 'hydrocodone-acetaminophen', kind other) ~20% relief, tapered for side effects -> side_effects. "
            "Racemic IV ketamine is kind other per docs: 6 infusions, relief then returned -> relapse. Not rows: "
            "lidocaine patch (insurance denied, never used), intercostal block (never/consider), spinal cord "
            "stimulator (discussed), Qutenza (declined). Pain 7/10 at rest and 9/10 with touch: two pain NRS rows, "
            "both dated 11/23/2026 (docs: each score told with it). The records say nothing about suicidality: "
            "null.",
    "history": [
        H("nortriptyline", "TCA", "antidepressant", "50 mg", "2024-04", "2024-07",
          "constipation and urinary retention; stopped.", "side_effects", F12, 1,
          "- Nortriptyline 25 -> 50 mg qhs 04/2024 - 07/2024: constipation"),
        H("pregabalin", "gabapentinoid", "other", "150 mg BID", "2024-08", "2025-02",
          "about 25% less pain for a few months, then wore off.", "relapse", F12, 1,
          "- Pregabalin 150 mg BID 08/2024 - 02/2025: about 25% less pain for a few months, then wore off."),
        H("hydrocodone-acetaminophen", "opioid", "other", "5/325 TID", "2025-03", "2025-06",
          "~20% relief; tapered off for constipation and fogginess.", "side_effects", F12, 1,
          "~20% relief; tapered off for constipation and fogginess."),
        H("ketamine", "NMDA antagonist", "other", "6 infusions", "2025-09", "2025-10",
          "about 60% relief for about 5 weeks, then returned.", "relapse", F12, 1,
          "clinic): about 60% relief for about 5 weeks, then returned."),
    ],
    "scales": [
        S("pain NRS", 7, "2026-11-23", F12, 1, "Pain 7/10 at rest, 9/10 with light touch to the area."),
        S("pain NRS", 9, "2026-11-23", F12, 1, "Pain 7/10 at rest, 9/10 with light touch to the area."),
    ],
    "diagnoses": [
        D("B02.29", F12, 1, "Dx: B02.29 Postherpetic neuralgia"),
        D("G89.29", F12, 1, "G89.29 chronic pain"),
    ],
    "suicidality": SU(None),
}

CASES = [c07, c08, c09, c10, c11, c12]
