"""FICTIONAL cases 07-12 of notes23. Every person, clinic, plan, number and place here is invented."""
from helpers import H, S, D, SI
from cases_a import h, p, l, g, t

CASES = []

# ------------------------------------------------------------------ 07 ECT service: consult, treatment log, summary
F07 = "alderbrook_ect_service_holloway.pdf"
_log07 = [
    ("#", "Date", "Electrodes", "Anesthetic", "EEG seizure (s)", "MADRS", "Notes"),
    ("1", "09/14/2026", "RUL UB", "methohexital", "38", "37", "titration"),
    ("2", "09/16/2026", "RUL UB", "methohexital", "41", "", ""),
    ("3", "09/18/2026", "RUL UB", "methohexital", "33", "", "nausea; ondansetron from now"),
    ("4", "09/21/2026", "RUL UB", "methohexital", "29", "31", ""),
    ("5", "09/23/2026", "RUL UB", "methohexital", "22", "", "short seizure"),
    ("6", "09/25/2026", "BT", "ketamine", "45", "", "switched to bitemporal"),
    ("7", "09/28/2026", "BT", "ketamine", "48", "24", ""),
    ("8", "09/30/2026", "BT", "ketamine", "44", "", "headache after; acetaminophen"),
    ("9", "10/02/2026", "BT", "ketamine", "40", "19", ""),
    ("10", "10/07/2026", "BT", "ketamine", "39", "", "misses some recent details"),
    ("11", "10/09/2026", "BT", "ketamine", "42", "16", "last treatment of index course"),
]
CASES.append({
    "slug": "07-ect-service-consult-log-and-summary-pdf",
    "docs": [{
        "file": F07, "fmt": "pdf", "font": "sans", "size": 9.6,
        "header": "Alderbrook University Hospital (FICTIONAL) - ECT Service - MRN FICT-AUH-118204",
        "pages": [[
            h("ECT consultation - 09/08/2026 - FICTIONAL RECORD FOR SOFTWARE TESTING"),
            l("Patient: Beatriz Holloway-Nakamura (FICTIONAL), 52     Referred by: Ruth Abernathy, MD (FICTIONAL)"),
            l("Consultant: Desmond Achebe, MD, ECT service (FICTIONAL)"),
            l("Diagnoses: F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
            l("           G47.33 Obstructive sleep apnea (adult), on CPAP"),
            h("Reason for consultation"),
            p("Second index course of ECT requested for a severe recurrence that has not answered to medication since "
              "07/2024. MADRS today 38. She reports active suicidal ideation without a plan in the past month; C-SSRS "
              "ideation severity 3. No preparatory behavior. Her husband is with her and holds her medicines."),
            h("Treatment history, numbered as in Dr. Abernathy's referral"),
            l("1. Escitalopram 20 mg, 2019-2020: no response after 12 weeks at 20 mg."),
            l("2. Venlafaxine XR 300 mg, 2020-2022: partial response; stopped 06/2022 for sexual side effects and sweating."),
            l("3. Lithium 600 mg (level 0.8) added to the venlafaxine, 02/2022-04/2022: hand tremor; stopped."),
            l("4. Nortriptyline 100 mg (level 112 ng/mL), 08/2022-12/2022: no benefit at a therapeutic level."),
            l("5. ECT, first index course, 01/2024-03/2024: 12 treatments (right unilateral ultrabrief, bitemporal"),
            l("   from treatment 7). Remission: MADRS 36 on 01/09/2024, 8 on 03/12/2024."),
            l("6. Bupropion XL 300 mg since 01/2025 (current), kept through ECT: 'no clear benefit'."),
            g(),
            p("Not tried: MAOIs (she was unwilling to keep the diet) and esketamine (her plan denied it in 2025). She "
              "asked about IV ketamine infusions; they are not offered by this service. Her sister had ECT in the "
              "1990s and did well."),
            h("Assessment and plan"),
            p("Severe recurrent depression with a past remission to ECT. Consent obtained for a second index course, "
              "right unilateral ultrabrief to start, three times a week. Anesthesia consult done; CPAP to be brought on "
              "treatment days."),
        ], [
            h("Index course 2 - treatment log"),
            t(*_log07),
            g(),
            p("Anesthesia: methohexital 1 mg/kg with succinylcholine for treatments 1-5; ketamine 1 mg/kg replaced the "
              "methohexital from treatment 6 because the seizures had shortened. Ondansetron 4 mg IV before each "
              "treatment from treatment 3 for nausea. RUL UB = right unilateral ultrabrief; BT = bitemporal."),
            p("Cognition: Montreal Cognitive Assessment 27/30 at baseline and 25/30 after treatment 11."),
        ], [
            h("Course summary and plan - 10/14/2026"),
            p("Index course 2 (09/14/2026-10/09/2026): 11 treatments, right unilateral ultrabrief for 5, then "
              "bitemporal for 6. MADRS fell from 37 to 16: a response, but not a remission. She misses some details of "
              "the past month; orientation and new learning are intact."),
            p("History in brief: the first course's remission lasted until 07/2024, when the depression returned four "
              "months after the last treatment; continuation ECT had been declined then because of the long drive."),
            p("Bupropion XL 300 mg continues for now; Dr. Abernathy will decide whether to stop it, as it has given no "
              "clear benefit in 20 months."),
            p("No suicidal ideation since the sixth treatment. Plan: continuation ECT weekly for four weeks, then every "
              "two weeks, first session scheduled for 10/16/2026; transport arranged through her plan's benefit."),
            l("Desmond Achebe, MD (FICTIONAL) - 10/14/2026"),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. An ECT service's consultation with a numbered trial list (p. 1), the second index "
                 "course's treatment log (p. 2) and the course summary (p. 3), 3-page PDF. Rows: escitalopram (no "
                 "response), venlafaxine XR (partial, stopped for side effects), lithium added (tremor), nortriptyline "
                 "(no benefit at a level), ECT course 1 2024 (remission p. 1, returned 07/2024 told p. 3: relapse), ECT "
                 "course 2 (11 treatments, response not remission, p. 3), bupropion (current, no clear benefit). Not "
                 "rows: ketamine, methohexital, succinylcholine as anesthesia, ondansetron, acetaminophen, MAOIs and "
                 "esketamine not tried, IV ketamine asked about, the sister's ECT, continuation ECT scheduled.",
        "history": [
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2019", "2020",
              "no response after 12 weeks at 20 mg", "no_response",
              1, "1. Escitalopram 20 mg, 2019-2020: no response after 12 weeks at 20 mg."),
            H("venlafaxine", "SNRI", "antidepressant", "300 mg", "2020", "2022-06",
              "partial response; stopped 06/2022 for sexual side effects and sweating", "side_effects",
              1, "partial response; stopped 06/2022 for sexual side effects and sweating"),
            H("lithium", "mood stabilizer", "augmentation", "600 mg (level 0.8)", "2022-02", "2022-04",
              "hand tremor; stopped", "side_effects",
              1, "added to the venlafaxine, 02/2022-04/2022: hand tremor; stopped."),
            H("nortriptyline", "TCA", "antidepressant", "100 mg", "2022-08", "2022-12",
              "no benefit at a therapeutic level", "no_response",
              1, "4. Nortriptyline 100 mg (level 112 ng/mL), 08/2022-12/2022: no benefit at a therapeutic level."),
            H("ECT", "ECT", "neuromodulation", "12 treatments", "2024-01", "2024-03",
              "remission; the depression returned in 07/2024, four months after the last treatment", "relapse",
              3, "the first course's remission lasted until 07/2024, when the depression returned four months after "
                 "the last treatment"),
            H("ECT", "ECT", "neuromodulation", "11 treatments", "2026-09-14", "2026-10-09",
              "MADRS fell from 37 to 16: a response, but not a remission", "partial_response",
              3, "MADRS fell from 37 to 16: a response, but not a remission."),
            H("bupropion", "NDRI", "antidepressant", "300 mg", "2025-01", None,
              "'no clear benefit'", "no_response",
              1, "6. Bupropion XL 300 mg since 01/2025 (current), kept through ECT: 'no clear benefit'."),
        ],
        "scales": [
            S("MADRS", 38, "2026-09-08", 1, "MADRS today 38."),
            S("C-SSRS", 3, "2026-09-08", 1, "C-SSRS ideation severity 3"),
            S("MADRS", 36, "2024-01-09", 1, "MADRS 36 on 01/09/2024"),
            S("MADRS", 8, "2024-03-12", 1, "8 on 03/12/2024"),
            S("MADRS", 37, "2026-09-14", 2, "1 09/14/2026 RUL UB methohexital 38 37 titration"),
            S("MADRS", 31, "2026-09-21", 2, "4 09/21/2026 RUL UB methohexital 29 31"),
            S("MADRS", 24, "2026-09-28", 2, "7 09/28/2026 BT ketamine 48 24"),
            S("MADRS", 19, "2026-10-02", 2, "9 10/02/2026 BT ketamine 40 19"),
            S("MADRS", 16, "2026-10-09", 2, "11 10/09/2026 BT ketamine 42 16 last treatment of index course"),
        ],
        "diagnoses": [
            D("F33.2", 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
            D("G47.33", 1, "G47.33 Obstructive sleep apnea (adult), on CPAP"),
        ],
        "suicidality": SI("active", 1, "She reports active suicidal ideation without a plan in the past month"),
    },
})

# ------------------------------------------------------------------ 08 aviation medical examiner worksheet (photos)
P08 = ["ame_ssri_status_worksheet_photo1.jpg", "ame_ssri_status_worksheet_photo2.jpg"]
CASES.append({
    "slug": "08-aviation-medical-examiner-ssri-worksheet-photos",
    "docs": [{
        "file": "ame_ssri_status_worksheet", "fmt": "photo", "photo_files": P08, "font": "sans", "size": 11.0,
        "seed": 808,
        "header": "Skyreach Aeromedical (FICTIONAL) - AME office worksheet - FICTIONAL",
        "pages": [[
            h("SSRI status worksheet (office form, not a government form)"),
            l("FICTIONAL RECORD FOR SOFTWARE TESTING"),
            l("Airman: Curtis Ambrose-Lindgren (FICTIONAL), 46"),
            l("Employer: Meridian Regional Air (FICTIONAL), first officer"),
            l("AME: Yolanda Fitch, MD (FICTIONAL)   Visit: 11/18/2026"),
            l("Status today: NOT eligible to fly (symptoms and medication)"),
            g(),
            l("Diagnosis: F33.1 Major depressive disorder, recurrent, moderate"),
            g(),
            l("Medication history (treating psychiatrist's letter of 11/02/2026):"),
            t(("Medication", "Dates", "Dose", "Result"),
              ("Sertraline", "03/2022 - 11/2022", "150 mg", "Partial response; switched for sexual side effects"),
              ("Escitalopram", "12/2022 - present", "20 mg", "Remission 2023-2025; symptoms back 06/2026"),
              ("Aripiprazole", "07/2026 - present", "2 mg", "Added to escitalopram; partial so far"),
              ("Trazodone", "2024", "50 mg", "Sleep only, a few weeks"),
              ("Bupropion", "-", "-", "Not prescribed")),
        ], [
            h("SSRI status worksheet, page 2 - FICTIONAL"),
            l("Psychotherapy, ever?   [X] Yes  [ ] No"),
            l("   CBT, 10 sessions, 01/2023-04/2023: completed; in remission by the end"),
            l("Psychotherapy now?   [ ] Yes  [X] No  (on a waitlist for a new therapist)"),
            l("Hospitalized for mental health, ever?   [ ] Yes  [X] No"),
            l("Suicidal ideation or attempt, ever?   [ ] Yes  [X] No"),
            l("ECT, TMS or ketamine, ever?   [ ] Yes  [X] No"),
            g(),
            l("Scores: HAM-D 21 on 07/08/2026; HAM-D 12 on 10/28/2026 (psychiatrist)."),
            l("PHQ-9 11 on 11/18/2026 (completed in this office)."),
            g(),
            p("Comments: He reported the return of depression within ten days and has not flown since 06/29/2026. "
              "Aripiprazole is not acceptable for flying; his psychiatrist plans to taper it once he is in remission. "
              "He asked whether his wife's bupropion would be acceptable instead; it has never been prescribed to him."),
            l("Y. Fitch, MD (FICTIONAL)"),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. An aviation medical examiner's office worksheet on an airman's antidepressant, two "
                 "phone photos (JPEG). Rows: sertraline 03-11/2022 (partial, switched for sexual side effects), "
                 "escitalopram from 12/2022 (remission 2023-2025, back 06/2026 while taken: relapse), aripiprazole "
                 "added 07/2026 (partial), CBT 10 sessions 01-04/2023 (remission). Not rows: trazodone for sleep, "
                 "bupropion 'Not prescribed' (the wife's), therapy waitlist, ECT/TMS/ketamine ticked No.",
        "history": [
            H("sertraline", "SSRI", "antidepressant", "150 mg", "2022-03", "2022-11",
              "Partial response; switched for sexual side effects", "side_effects",
              1, "Sertraline 03/2022 - 11/2022 150 mg Partial response; switched for sexual side effects"),
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2022-12", None,
              "Remission 2023-2025; symptoms back 06/2026", "relapse",
              1, "Escitalopram 12/2022 - present 20 mg Remission 2023-2025; symptoms back 06/2026"),
            H("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-07", None,
              "Added to escitalopram; partial so far", "partial_response",
              1, "Aripiprazole 07/2026 - present 2 mg Added to escitalopram; partial so far"),
            H("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2023-01", "2023-04",
              "completed; in remission by the end", "remission",
              1, "CBT, 10 sessions, 01/2023-04/2023: completed; in remission by the end", P08[1]),
        ],
        "scales": [
            S("HAM-D", 21, "2026-07-08", 1, "HAM-D 21 on 07/08/2026", P08[1]),
            S("HAM-D", 12, "2026-10-28", 1, "HAM-D 12 on 10/28/2026", P08[1]),
            S("PHQ-9", 11, "2026-11-18", 1, "PHQ-9 11 on 11/18/2026", P08[1]),
        ],
        "diagnoses": [
            D("F33.1", 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        ],
        "suicidality": SI("none", 1, "Suicidal ideation or attempt, ever? [ ] Yes [X] No", P08[1]),
    },
})

# ------------------------------------------------------------------ 09 dermatology isotretinoin monitoring (TXT)
F09 = "summitvale_derm_isotretinoin_visits.txt"
CASES.append({
    "slug": "09-dermatology-isotretinoin-monitoring-visits-txt",
    "docs": [{
        "file": F09, "fmt": "txt",
        "header": "Summitvale Dermatology Partners (FICTIONAL) - chart export - FICTIONAL RECORD FOR SOFTWARE TESTING",
        "pages": [[
            l("Patient: Priya Delacroix-Maddox (FICTIONAL)   DOB 02/11/2004   Chart FICT-SDP-60923"),
            l("Problem list: L70.0 Acne vulgaris | F33.1 Major depressive disorder, recurrent, moderate"),
            h("07/06/2026 - Isotretinoin start visit (Rebecca Sato, MD, FICTIONAL)"),
            p("Severe nodular acne, scarring, failed doxycycline 100 mg (completed 05/2026) and spironolactone 100 mg "
              "(stopped today). Depression history reviewed with a letter from her psychiatrist, Celeste Varga, MD "
              "(FICTIONAL): fluoxetine 20 mg 2021-2022, in remission, tapered off 06/2022 when well; bupropion XL 150 mg "
              "in 2023, stopped after six weeks for hair shedding and anxiety; escitalopram 10 mg in 2024 for three "
              "months, 'didn't feel anything'; sertraline since 11/2025, now 100 mg, 'doing okay'. Dr. Varga agrees "
              "isotretinoin may proceed with a PHQ-9 at every visit."),
            p("PHQ-9 today 7. Denies suicidal ideation. Two forms of contraception confirmed (drospirenone-ethinyl "
              "estradiol and condoms). Isotretinoin 40 mg daily started today. Hydroxyzine 25 mg as needed for "
              "itching. Her sister took isotretinoin in 2019 without problems."),
            h("08/04/2026 - Month 1 (Rebecca Sato, MD)"),
            p("Dry lips, mild nosebleeds. Mood 'a bit lower', sleep fine. PHQ-9 today 9. Denies suicidal ideation. "
              "Lipids and liver tests normal. Continue 40 mg."),
            h("09/02/2026 - Month 2 (Rebecca Sato, MD)"),
            p("Mood worse over three weeks, crying spells, pulling away from friends. PHQ-9 today 14. She has had "
              "fleeting thoughts of not wanting to be here, with no plan or intent. Spoke with Dr. Varga by phone: "
              "isotretinoin is held from today, and Dr. Varga raised sertraline to 150 mg on 09/03/2026."),
            h("10/01/2026 - Month 3, isotretinoin on hold (Rebecca Sato, MD)"),
            p("PHQ-9 today 11. She started a DBT skills group at Dr. Varga's practice on 09/15/2026, weekly. Dr. Varga "
              "mentioned lamotrigine if her mood drops again. Skin holding with topical adapalene."),
            h("11/02/2026 - Month 4 (Rebecca Sato, MD)"),
            p("Mood 'a lot better than in September, maybe 70% back' on sertraline 150 mg. DBT group: 'too early to say, "
              "but I like it.' No thoughts of not wanting to be here since early September. PHQ-9 today 8."),
            p("Plan: with Dr. Varga's agreement, restart isotretinoin at 20 mg on 11/09/2026 with monthly PHQ-9 and a "
              "call to Dr. Varga for any score of 10 or more."),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. A dermatology practice's isotretinoin monitoring visits (TXT chart export), five visits. "
                 "Rows: fluoxetine 2021-06/2022 (remission), bupropion XL 2023 (hair shedding and anxiety: side effects), "
                 "escitalopram 2024 ('didn't feel anything': no response), sertraline from 11/2025, raised 09/03 ('maybe "
                 "70% back': partial), DBT skills group from 09/15/2026 (too early: unknown). Not rows: isotretinoin, "
                 "doxycycline, spironolactone, adapalene (acne), the contraceptive, hydroxyzine as needed, lamotrigine "
                 "mentioned, the sister's isotretinoin.",
        "history": [
            H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2021", "2022-06",
              "in remission, tapered off 06/2022 when well", "remission",
              1, "fluoxetine 20 mg 2021-2022, in remission, tapered off 06/2022 when well"),
            H("bupropion", "NDRI", "antidepressant", "150 mg", "2023", "2023",
              "stopped after six weeks for hair shedding and anxiety", "side_effects",
              1, "bupropion XL 150 mg in 2023, stopped after six weeks for hair shedding and anxiety"),
            H("escitalopram", "SSRI", "antidepressant", "10 mg", "2024", "2024",
              "'didn't feel anything'", "no_response",
              1, "escitalopram 10 mg in 2024 for three months, 'didn't feel anything'"),
            H("sertraline", "SSRI", "antidepressant", "150 mg", "2025-11", None,
              "'a lot better than in September, maybe 70% back'", "partial_response",
              1, "Mood 'a lot better than in September, maybe 70% back' on sertraline 150 mg."),
            H("DBT", "psychotherapy", "psychotherapy", "weekly group", "2026-09-15", None,
              "'too early to say, but I like it.'", "unknown",
              1, "DBT group: 'too early to say, but I like it.'"),
        ],
        "scales": [
            S("PHQ-9", 7, "2026-07-06", 1, "PHQ-9 today 7."),
            S("PHQ-9", 9, "2026-08-04", 1, "PHQ-9 today 9."),
            S("PHQ-9", 14, "2026-09-02", 1, "PHQ-9 today 14."),
            S("PHQ-9", 11, "2026-10-01", 1, "PHQ-9 today 11."),
            S("PHQ-9", 8, "2026-11-02", 1, "PHQ-9 today 8."),
        ],
        "diagnoses": [
            D("L70.0", 1, "L70.0 Acne vulgaris"),
            D("F33.1", 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        ],
        "suicidality": SI("passive", 1, "fleeting thoughts of not wanting to be here, with no plan or intent"),
    },
})

# ------------------------------------------------------------------ 10 refugee health clinic intake (DOCX)
F10 = "riverside_new_arrivals_bh_intake_noorzai.docx"
CASES.append({
    "slug": "10-refugee-health-clinic-behavioral-intake-docx",
    "docs": [{
        "file": F10, "fmt": "docx", "size": 10.5,
        "header": "Riverside New Arrivals Health Clinic (FICTIONAL) - Behavioral health intake - FICTIONAL",
        "pages": [[
            h("Behavioral Health Intake - FICTIONAL record for software testing"),
            l("Patient: Farida Noorzai (FICTIONAL), 39   Clinic no.: FICT-RNA-30875"),
            l("Date: 10/21/2026   Clinician: Samira Haddad, LCSW (FICTIONAL)   PCP: Jamal Ahmadi, MD (FICTIONAL)"),
            l("Interpreter: Dari, by telephone (interpreter ID FICT-4471)"),
            h("Background"),
            p("Ms. Noorzai arrived in the United States in 03/2025 with her husband and three children after two years "
              "in a transit city. Referred by Dr. Ahmadi for depression that has not lifted on medication. She speaks "
              "Dari and some Pashto; she reads a little English."),
            h("Medicines she has taken (her account; she brought two empty boxes)"),
            p("Cipralex 10 mg (escitalopram): prescribed by a clinic doctor in the transit city in 2022 and taken about "
              "eight months. 'It helped me sleep and cry less, but I was still heavy inside.' She stopped it in early "
              "2023 when the clinic closed and she could not buy more."),
            p("Seroxat 20 mg (paroxetine): from a private doctor in 2023. 'My hands shook and I sweated at night,' and "
              "she stopped it after about a month."),
            p("Anafranil (clomipramine), 25 mg and later 75 mg, in 2024 for about three months: 'nothing changed', and "
              "her mouth was dry the whole time."),
            p("Since 06/2025, in the US, sertraline from Dr. Ahmadi, 50 mg and then 100 mg since 09/2025: 'a little "
              "lighter; I can cook for the children again, but the sadness is still there most days.'"),
            p("Trittico (trazodone) tablets a neighbor gave her for sleep, 'a few times'. Her husband also takes "
              "Cipralex, which a relative sends him."),
            h("Therapies"),
            p("Interpersonal psychotherapy group for Dari-speaking women at this clinic, 8 sessions, 03/2026 to "
              "05/2026: 'I am less alone, but the sadness is the same.'"),
            p("Narrative exposure therapy for the trauma (F43.10) with the survivors' program, 10 sessions, 07/2026 to "
              "09/2026; her nightmares are fewer. Prazosin 1 mg at night for nightmares since 07/2026."),
            h("Screening (Dari versions)"),
            t(("Measure", "Score", "Date"),
              ("PHQ-9", "17", "10/21/2026"),
              ("GAD-7", "13", "10/21/2026"),
              ("Refugee Health Screener-15", "28", "10/21/2026")),
            h("Safety"),
            p("In the transit city she often wished God would take her in her sleep; she never made a plan and never "
              "harmed herself. No such thoughts in the past month. No weapons at home."),
            h("Diagnoses"),
            t(("Code", "Description"),
              ("F33.1", "Major depressive disorder, recurrent, moderate"),
              ("F43.10", "Post-traumatic stress disorder, unspecified"),
              ("E55.9", "Vitamin D deficiency, unspecified")),
            h("Plan"),
            p("Continue sertraline 100 mg with Dr. Ahmadi; he may discuss mirtazapine at the next visit. Individual "
              "therapy with an interpreter every two weeks, to begin when a slot opens. Women's support circle on "
              "Thursdays (social, not therapy)."),
            l("Samira Haddad, LCSW (FICTIONAL) - 10/21/2026"),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. A refugee health clinic's interpreter-mediated behavioral health intake (DOCX) with "
                 "brand names from abroad. Rows: escitalopram (Cipralex) 2022-2023 (sleep better, cried less, still "
                 "heavy inside; stopped when the clinic closed: partial, the stop decides nothing), paroxetine (Seroxat) "
                 "2023 (tremor, night sweats: side effects), clomipramine (Anafranil) 2024 (nothing changed: no "
                 "response), sertraline from 06/2025 (a little lighter, sadness still there: partial, current), IPT group "
                 "03-05/2026 (less alone, sadness the same: no response). Not rows: narrative exposure therapy and "
                 "prazosin (PTSD, F43.10), the neighbor's trazodone, the husband's Cipralex, mirtazapine to discuss, the "
                 "planned individual therapy, the support circle.",
        "history": [
            H("escitalopram", "SSRI", "antidepressant", "10 mg", "2022", "2023",
              "'It helped me sleep and cry less, but I was still heavy inside.' Stopped when the clinic closed",
              "partial_response",
              1, "'It helped me sleep and cry less, but I was still heavy inside.'"),
            H("paroxetine", "SSRI", "antidepressant", "20 mg", "2023", "2023",
              "'My hands shook and I sweated at night'; stopped after about a month", "side_effects",
              1, "'My hands shook and I sweated at night,' and she stopped it after about a month."),
            H("clomipramine", "TCA", "antidepressant", "75 mg", "2024", "2024",
              "'nothing changed', and her mouth was dry the whole time", "no_response",
              1, "in 2024 for about three months: 'nothing changed'"),
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-06", None,
              "'a little lighter; I can cook for the children again, but the sadness is still there most days.'",
              "partial_response",
              1, "'a little lighter; I can cook for the children again, but the sadness is still there most days.'"),
            H("IPT", "psychotherapy", "psychotherapy", "8 sessions", "2026-03", "2026-05",
              "'I am less alone, but the sadness is the same.'", "no_response",
              1, "'I am less alone, but the sadness is the same.'"),
        ],
        "scales": [
            S("PHQ-9", 17, "2026-10-21", 1, "PHQ-9 17 10/21/2026"),
            S("GAD-7", 13, "2026-10-21", 1, "GAD-7 13 10/21/2026"),
        ],
        "diagnoses": [
            D("F33.1", 1, "F33.1 Major depressive disorder, recurrent, moderate"),
            D("F43.10", 1, "F43.10 Post-traumatic stress disorder, unspecified"),
            D("E55.9", 1, "E55.9 Vitamin D deficiency, unspecified"),
        ],
        "suicidality": SI("passive", 1, "she often wished God would take her in her sleep; she never made a plan"),
    },
})

# ------------------------------------------------------------------ 11 cardiology consult letter on QTc (PDF, serif)
F11 = "crestmoor_cardiology_consult_szabo.pdf"
CASES.append({
    "slug": "11-cardiology-qtc-consult-letter-pdf",
    "docs": [{
        "file": F11, "fmt": "pdf", "font": "serif", "size": 10.6,
        "header": "Crestmoor Heart & Vascular (FICTIONAL) - consultation letter - FICTIONAL RECORD FOR SOFTWARE TESTING",
        "pages": [[
            l("October 20, 2026"),
            l("Hollis Greer, MD, Psychiatry (FICTIONAL), 40 Alder Row, Suite 2, Brookfield (FICTIONAL)"),
            g(),
            l("Re: Wanda Szabo-Ferreira (FICTIONAL), DOB 08/30/1971, chart FICT-CHV-77102"),
            g(),
            p("Dear Dr. Greer,"),
            p("Thank you for asking me to see Ms. Szabo-Ferreira about palpitations and her QT interval before you "
              "choose her next antidepressant. I saw her today with her husband."),
            p("Her psychiatric medicines, as she and your letter describe them: nortriptyline 50 mg in 2019 caused "
              "palpitations and a resting heart rate of 110 within two weeks, and it was stopped. Mirtazapine 15 to "
              "30 mg in 2023, taken for about three months, did not change her mood."),
            p("Citalopram 40 mg was started in 11/2024. Her mood partly improved, but an ECG on 05/27/2025 showed a "
              "QTc of 496 ms. The dose was lowered to 20 mg and it was stopped on 06/15/2025 when the QTc stayed at 481 "
              "ms."),
            p("She has taken sertraline since 07/2025, now 150 mg. She tells me her mood on it is 'about where I was on "
              "the citalopram, better than nothing but not right'. Your note of 10/02/2026 gives a PHQ-9 of 14."),
            p("Quetiapine 50 mg at night was added to the sertraline by you in 02/2026. I stopped it here on "
              "05/04/2026 because of QTc prolongation to 478 ms and a 9 lb weight gain."),
            p("Other medicines: amlodipine 5 mg for hypertension; metoprolol succinate 25 mg since 06/2026 for "
              "ventricular ectopy; ondansetron, which she was given for a stomach virus in 2025, should be avoided. "
              "Her daughter takes escitalopram and asked whether her mother could try it."),
            p("Holter (06/2026): sinus rhythm, 6% isolated PVCs, no runs. Echocardiogram: normal structure, ejection "
              "fraction 60%. Potassium and magnesium normal."),
        ], [
            h("ECGs reviewed"),
            t(("Date", "Rhythm", "HR", "QTc (ms)", "Psychotropic at the time"),
              ("05/27/2025", "sinus", "78", "496", "citalopram 40 mg"),
              ("06/24/2025", "sinus", "74", "452", "none (citalopram stopped 06/15)"),
              ("04/30/2026", "sinus", "81", "478", "sertraline 150 mg + quetiapine 50 mg"),
              ("06/02/2026", "sinus", "76", "446", "sertraline 150 mg"),
              ("10/20/2026", "sinus", "72", "441", "sertraline 150 mg")),
            h("Impression"),
            l("1. R00.2   Palpitations: benign PVCs; metoprolol has helped."),
            l("2. R94.31  Abnormal electrocardiogram: drug-associated QT prolongation, resolved."),
            l("3. I10     Essential (primary) hypertension, controlled."),
            l("4. F33.1   Major depressive disorder, recurrent, moderate (per your referral)."),
            h("Recommendations"),
            p("From a cardiac standpoint I would avoid higher doses of citalopram or escitalopram, tricyclic "
              "antidepressants and further QT-prolonging antipsychotics. Lithium, which you mentioned, would be "
              "acceptable with a baseline ECG and a repeat after the first level. TMS has no cardiac contraindication. "
              "Esketamine raises blood pressure for an hour or two after a dose and would be acceptable with "
              "monitoring. I am glad to review any ECG you send."),
            p("Sincerely,"),
            l("Anika Varadarajan, MD, FACC (FICTIONAL) - Crestmoor Heart & Vascular (FICTIONAL), 555-0147"),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. A cardiologist's consultation letter about palpitations and the QT interval, written "
                 "to the psychiatrist, with an ECG table (2-page serif PDF). Rows: nortriptyline 2019 (palpitations, "
                 "HR 110, stopped: side effects), mirtazapine 2023 (no change), citalopram 11/2024-06/15/2025 (partly "
                 "improved, stopped for QTc: side effects), sertraline from 07/2025 ('better than nothing but not "
                 "right': partial, current), quetiapine added 02/2026, stopped 05/04/2026 (QTc and weight: side "
                 "effects). Not rows: amlodipine, metoprolol, ondansetron, the daughter's escitalopram, lithium, TMS "
                 "and esketamine discussed. No suicidality in the letter (null).",
        "history": [
            H("nortriptyline", "TCA", "antidepressant", "50 mg", "2019", "2019",
              "caused palpitations and a resting heart rate of 110 within two weeks, and it was stopped",
              "side_effects",
              1, "nortriptyline 50 mg in 2019 caused palpitations and a resting heart rate of 110 within two weeks, and "
                 "it was stopped"),
            H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2023", "2023",
              "taken for about three months, did not change her mood", "no_response",
              1, "taken for about three months, did not change her mood"),
            H("citalopram", "SSRI", "antidepressant", "40 mg", "2024-11", "2025-06-15",
              "mood partly improved, but QTc 496 ms; lowered, then stopped when the QTc stayed at 481 ms",
              "side_effects",
              1, "it was stopped on 06/15/2025 when the QTc stayed at 481 ms"),
            H("sertraline", "SSRI", "antidepressant", "150 mg", "2025-07", None,
              "'about where I was on the citalopram, better than nothing but not right'", "partial_response",
              1, "'about where I was on the citalopram, better than nothing but not right'"),
            H("quetiapine", "atypical antipsychotic", "augmentation", "50 mg", "2026-02", "2026-05-04",
              "stopped because of QTc prolongation to 478 ms and a 9 lb weight gain", "side_effects",
              1, "because of QTc prolongation to 478 ms and a 9 lb weight gain"),
        ],
        "scales": [
            S("PHQ-9", 14, "2026-10-02", 1, "Your note of 10/02/2026 gives a PHQ-9 of 14."),
        ],
        "diagnoses": [
            D("R00.2", 2, "R00.2 Palpitations"),
            D("R94.31", 2, "R94.31 Abnormal electrocardiogram"),
            D("I10", 2, "I10 Essential (primary) hypertension, controlled."),
            D("F33.1", 2, "F33.1 Major depressive disorder, recurrent, moderate"),
        ],
        "suicidality": SI(None),
    },
})

# ------------------------------------------------------------------ 12 Spanish community health center (PDF)
F12 = "centro_salud_valle_sereno_quintanilla.pdf"
CASES.append({
    "slug": "12-centro-salud-comunitario-salud-conductual-espanol-pdf",
    "docs": [{
        "file": F12, "fmt": "pdf", "font": "sans", "size": 9.8,
        "header": "Centro de Salud Comunitario Valle Sereno (FICTICIO) - MUESTRA FICTICIA / FICTIONAL SAMPLE",
        "pages": [[
            h("Salud conductual integrada - Evaluación inicial - 09/14/2026"),
            l("MUESTRA FICTICIA / FICTIONAL SAMPLE. Fechas en formato mes/día/año (EE. UU.)."),
            l("Paciente: Rosa Elvira Quintanilla (FICTICIA), 48 años   Expediente: FICT-VS-48213"),
            l("Consejero: Lic. Tomás Barrera, LCSW (FICTICIO)   Médica: Dra. Inés Carvajal, medicina familiar (FICTICIA)"),
            h("Diagnósticos"),
            l("F33.1   Trastorno depresivo mayor, recurrente, moderado"),
            l("E11.9   Diabetes mellitus tipo 2 sin complicaciones"),
            l("M54.50  Dolor lumbar, no especificado"),
            h("Antecedentes de tratamiento"),
            p("En México, en 2019, tomó fluoxetina 20 mg unos seis meses: 'me sentí bien otra vez', y la dejó por su "
              "cuenta al sentirse recuperada."),
            p("Sertralina 50 mg de 04/2024 a 09/2024, recetada en este centro: le daba diarrea casi a diario y la "
              "suspendió."),
            p("TCC grupal en este centro, 8 sesiones, de 01/2025 a 03/2025: 'aprendí a respirar', pero el ánimo siguió "
              "igual."),
            p("Escitalopram 10 mg desde 02/2026, subido a 20 mg el 06/08/2026 por la Dra. Carvajal."),
            p("Amitriptilina 25 mg por la noche para el dolor de espalda desde 2023 (Dra. Carvajal). Naproxeno 500 mg "
              "si hay dolor. Metformina 1000 mg dos veces al día."),
            p("Su hija toma sertralina. No ha recibido TEC ni EMT."),
            h("Evaluación de hoy"),
            p("Trabaja en el empaque de fruta; duerme mal en temporada. PHQ-9 hoy: 17. GAD-7 hoy: 12. Refiere ideas "
              "de muerte pasivas ('a veces quisiera dormirme y no despertar'), sin plan ni intención. Nunca ha tenido "
              "intentos."),
            h("Plan"),
            p("Se inicia hoy terapia de resolución de problemas (PST) individual con el Lic. Barrera, 6 sesiones cada "
              "dos semanas. Continuar escitalopram 20 mg. Plan de seguridad por escrito."),
        ], [
            h("Salud conductual integrada - Nota de seguimiento - 10/26/2026"),
            l("MUESTRA FICTICIA / FICTIONAL SAMPLE. Paciente: Rosa Elvira Quintanilla (FICTICIA)"),
            p("PST: ha asistido a 3 de 6 sesiones (09/14, 09/28 y 10/12/2026). Dice que le ayuda a organizar los "
              "pendientes y el ánimo está 'un poquito mejor'."),
            p("Escitalopram 20 mg: 'mejor que en agosto, pero todavía lloro casi a diario'. Mejoría parcial, sin "
              "remisión."),
            p("Una vecina le dio clonazepam 0.5 mg por razón necesaria; se le indicó no tomarlo y lo entregó hoy para "
              "desecharlo."),
            p("PHQ-9 hoy: 13. GAD-7 hoy: 10. Niega ideas de muerte en las últimas dos semanas."),
            p("Plan: se propone añadir bupropión si no hay más mejoría en diciembre. Continuar PST."),
            l("Lic. Tomás Barrera, LCSW (FICTICIO) - 10/26/2026"),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case (MUESTRA FICTICIA). A US community health center's integrated behavioral health notes "
                 "in Spanish, 2-page PDF, dates month/day/year as the header says. Rows: fluoxetina 2019 (recovered, "
                 "stopped when well: remission), sertralina 04-09/2024 (diarrhea: side effects), TCC grupal 01-03/2025 "
                 "(learned to breathe, mood the same: no response), escitalopram from 02/2026 (partial, p. 2), PST from "
                 "09/14/2026 (3 of 6 sessions, 'un poquito mejor': partial, p. 2). Not rows: amitriptilina for the back "
                 "(M54.50), naproxeno si hay dolor, metformina, the daughter's sertralina, TEC/EMT never, the "
                 "neighbor's clonazepam, bupropión proposed.",
        "history": [
            H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2019", "2019",
              "'me sentí bien otra vez', y la dejó por su cuenta al sentirse recuperada", "remission",
              1, "'me sentí bien otra vez', y la dejó por su cuenta al sentirse recuperada"),
            H("sertraline", "SSRI", "antidepressant", "50 mg", "2024-04", "2024-09",
              "le daba diarrea casi a diario y la suspendió", "side_effects",
              1, "le daba diarrea casi a diario y la suspendió"),
            H("CBT", "psychotherapy", "psychotherapy", "8 sesiones", "2025-01", "2025-03",
              "'aprendí a respirar', pero el ánimo siguió igual", "no_response",
              1, "'aprendí a respirar', pero el ánimo siguió igual"),
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2026-02", None,
              "'mejor que en agosto, pero todavía lloro casi a diario'. Mejoría parcial, sin remisión",
              "partial_response",
              2, "Mejoría parcial, sin remisión."),
            H("problem-solving therapy", "psychotherapy", "psychotherapy", "3 of 6 sessions", "2026-09-14", None,
              "le ayuda a organizar los pendientes y el ánimo está 'un poquito mejor'", "partial_response",
              2, "le ayuda a organizar los pendientes y el ánimo está 'un poquito mejor'"),
        ],
        "scales": [
            S("PHQ-9", 17, "2026-09-14", 1, "PHQ-9 hoy: 17."),
            S("GAD-7", 12, "2026-09-14", 1, "GAD-7 hoy: 12."),
            S("PHQ-9", 13, "2026-10-26", 2, "PHQ-9 hoy: 13."),
            S("GAD-7", 10, "2026-10-26", 2, "GAD-7 hoy: 10."),
        ],
        "diagnoses": [
            D("F33.1", 1, "F33.1 Trastorno depresivo mayor, recurrente, moderado"),
            D("E11.9", 1, "E11.9 Diabetes mellitus tipo 2 sin complicaciones"),
            D("M54.50", 1, "M54.50 Dolor lumbar, no especificado"),
        ],
        "suicidality": SI("passive", 1, "ideas de muerte pasivas ('a veces quisiera dormirme y no despertar'), sin plan "
                                        "ni intención"),
    },
})
