"""Cases 01-06 of the notes13 set. Everything here is FICTIONAL."""
from helpers import H, S, D, SU

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 01 narrative psychiatric progress notes, 3 visits, PDF with text layer
F1 = "okafor-lind_psychiatry_notes_2026.pdf"
HDR1 = ("FICTIONAL SAMPLE - Birchfall Behavioral Health, 418 Tamarack Row, Larkmoor, OR 97399 - tel 555-0142. "
        "Patient: Marguerite Okafor-Lind   DOB 03/14/1982   MRN BBH-FICT-20817")
CASES.append({
    "slug": "01-narrative-followups",
    "exercises": "narrative (not SOAP) psychiatry follow-ups, 3 pages; sertraline taken twice (remission 2015-2016, "
                 "restarted 03/2023 partial) = two rows; seasons ('spring 2019 to early 2020'); desvenlafaxine "
                 "ongoing partial; aripiprazole added to desvenlafaxine, 2 -> 5 mg by phone, stopped for akathisia; "
                 "'never tried lithium or an antipsychotic'; TMS referral and 'consider lithium' as plans; "
                 "levothyroxine, ondansetron for gastroenteritis; past-trials line copied forward; SI none -> passive "
                 "-> active (thoughts of overdosing, no intent)",
    "docs": [{"file": F1, "fmt": "pdf", "pages": [
        [("p", HDR1), ("sp", 6),
         ("h", "Outpatient Psychiatry - Progress Note"),
         ("p", "Date of service: 02/17/2026. Clinician: Tobias Wrenfield, MD. Visit type: medication follow-up, 30 min."),
         ("p", "Ms. Okafor-Lind is a 44-year-old married schoolteacher with recurrent major depression and generalized "
               "anxiety, returning for follow-up. She says the winter has been hard: she comes home from work and goes "
               "straight to bed, has stopped singing in her church choir and feels 'like I'm behind glass'. Appetite is "
               "poor; sleep is broken, waking at 3-4 a.m. most nights."),
         ("p", "Treatment history, reviewed again today with her and her pharmacy records: sertraline 100 mg from 2015 "
               "to 2016 brought a full remission, and she tapered off it with her PCP in late 2016 while well. She "
               "then took paroxetine 20-40 mg from spring 2019 to early 2020; she felt emotionally flat on it and "
               "gained 12 kg, and she stopped it herself. Bupropion XL 150 mg, then 300 mg, from 06/2020 to 01/2021 "
               "did little for her mood and was stopped. After a relapse, sertraline was restarted in 03/2023 and "
               "raised to 150 mg, this time with a partial response only: sleep and worry eased, but mood and energy "
               "stayed low. It was cross-tapered to desvenlafaxine in 09/2025."),
         ("p", "Current medicines: desvenlafaxine 100 mg daily (since 09/2025, 50 mg for the first month); "
               "levothyroxine 75 mcg daily for hypothyroidism; melatonin 3 mg at night. She describes the first weeks "
               "on desvenlafaxine as 'a little lighter' and nothing more since. She has never tried lithium or an "
               "antipsychotic; she is wary of both because of weight gain."),
         ("p", "Mental status: casually dressed, psychomotor slowing, soft speech, mood 'flat', affect constricted, "
               "thought process linear, no psychotic features. She denies suicidal ideation, intent or plan. "
               "Insight and judgment good."),
         ("p", "Measures today: PHQ-9 20; GAD-7 15."),
         ("p", "Assessment: F33.2 Major depressive disorder, recurrent, severe without psychotic features. "
               "F41.1 Generalized anxiety disorder. E03.9 Hypothyroidism, unspecified (TSH normal in January)."),
         ("p", "Plan: continue desvenlafaxine 100 mg. We talked about augmentation; she wants to think about it. If "
               "there is no change by the next visit, consider adding aripiprazole or a referral for TMS. "
               "Return in 8 weeks."),
         ]
        ,
        [("p", HDR1), ("sp", 6),
         ("h", "Outpatient Psychiatry - Progress Note"),
         ("p", "Date of service: 04/21/2026. Clinician: Tobias Wrenfield, MD."),
         ("p", "Past trials (from 02/17/2026 note): sertraline 2015-2016 remission; paroxetine 2019-2020 stopped "
               "(flat, weight gain); bupropion XL 2020-2021 no benefit; sertraline again 2023-2025, partial."),
         ("p", "Ms. Okafor-Lind is unchanged on desvenlafaxine 100 mg: still low, still withdrawing, missed three "
               "days of work in March. Partial response to desvenlafaxine only, now seven months in. She "
               "has read about aripiprazole and is willing to try a low dose. She says that over the last two weeks "
               "she has had thoughts that her family would be better off without her; no plan or intent, and she "
               "has not acted on them. Safety plan written with her today; her husband is aware."),
         ("p", "Measures today: PHQ-9 19."),
         ("p", "Plan: aripiprazole 2 mg daily added to desvenlafaxine, first dose tonight; call in 4 weeks. "
               "Continue desvenlafaxine 100 mg, levothyroxine. Crisis line numbers given."),
         ],
        [("p", HDR1), ("sp", 6),
         ("h", "Outpatient Psychiatry - Progress Note"),
         ("p", "Date of service: 06/16/2026. Clinician: Tobias Wrenfield, MD."),
         ("p", "Past trials (from 02/17/2026 note): sertraline 2015-2016 remission; paroxetine 2019-2020 stopped "
               "(flat, weight gain); bupropion XL 2020-2021 no benefit; sertraline again 2023-2025, partial."),
         ("p", "Interval: aripiprazole was increased to 5 mg on 05/19/2026 after a phone check-in. In early May she had "
               "a stomach virus and was given ondansetron at urgent care; resolved. Since the increase she describes "
               "an inner restlessness, cannot sit through a lesson plan, and paces in the evening. On exam she shifts "
               "in her chair throughout. This is akathisia. Her mood is a little better (PHQ-9 15 today; GAD-7 13) "
               "but she wants it stopped, and I agree. Aripiprazole discontinued today."),
         ("p", "Risk: she now reports that on two evenings last month she thought about taking all of her stored "
               "pills; no intent, she did not gather them, and she gave the bottles to her husband to keep. Denies "
               "any suicidal behavior. Protective factors: her children, her faith, engaged in care."),
         ("p", "Plan: stop aripiprazole. Continue desvenlafaxine 100 mg. Referral to the Larkmoor TMS program "
               "sent today. If TMS is not approved, consider lithium augmentation. Follow-up in 4 weeks, sooner if "
               "needed."),
         ]]}],
    "note": "FICTIONAL case. Narrative psychiatry follow-ups (3 pages). Sertraline is two rows: 2015-2016 remission "
            "(tapered while well) and restarted 03/2023, partial, cross-tapered 09/2025. Desvenlafaxine ongoing, "
            "partial. Aripiprazole 2 -> 5 mg added to desvenlafaxine 04/21 (started that night; p. 3 confirms it was "
            "taken), stopped 06/16 for akathisia although mood was a little better (the stop decides). Not rows: "
            "levothyroxine, melatonin, ondansetron (gastroenteritis), 'never tried lithium or an antipsychotic', "
            "'consider adding aripiprazole or a referral for TMS' (p. 1 plan; aripiprazole's row comes from p. 2-3), "
            "TMS referral, 'consider lithium augmentation'. Suicidality: none p. 1, passive p. 2, active p. 3 "
            "(thoughts of taking her stored pills, no intent) - highest is active.",
    "history": [
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2015", "2016",
          "brought a full remission, and she tapered off it with her PCP in late 2016 while well", "remission",
          F1, 1, "sertraline 100 mg from 2015 to 2016 brought a full remission"),
        H("paroxetine", "SSRI", "antidepressant", "40 mg", "2019", "2020",
          "she felt emotionally flat on it and gained 12 kg, and she stopped it herself", "side_effects",
          F1, 1, "she felt emotionally flat on it and gained 12 kg, and she stopped it herself"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2020-06", "2021-01",
          "did little for her mood and was stopped", "no_response",
          F1, 1, "did little for her mood and was stopped"),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2023-03", "2025-09",
          "a partial response only: sleep and worry eased, but mood and energy stayed low", "partial_response",
          F1, 1, "this time with a partial response only: sleep and worry eased, but mood and energy stayed low"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg daily", "2025-09", None,
          "Partial response to desvenlafaxine only, now seven months in", "partial_response",
          F1, 2, "Partial response to desvenlafaxine only, now seven months in"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-04-21", "2026-06-16",
          "akathisia; mood a little better but she wants it stopped. Aripiprazole discontinued today", "side_effects",
          F1, 3, "This is akathisia."),
    ],
    "scales": [
        S("PHQ-9", 20, "2026-02-17", F1, 1, "PHQ-9 20"),
        S("GAD-7", 15, "2026-02-17", F1, 1, "GAD-7 15"),
        S("PHQ-9", 19, "2026-04-21", F1, 2, "PHQ-9 19"),
        S("PHQ-9", 15, "2026-06-16", F1, 3, "PHQ-9 15 today"),
        S("GAD-7", 13, "2026-06-16", F1, 3, "GAD-7 13"),
    ],
    "diagnoses": [
        D("F33.2", F1, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        D("F41.1", F1, 1, "F41.1 Generalized anxiety disorder"),
        D("E03.9", F1, 1, "E03.9 Hypothyroidism, unspecified"),
    ],
    "suicidality": SU("active", F1, 3, "she thought about taking all of her stored pills; no intent"),
})

# ---------------------------------------------------------------------------------------------------------------
# 02 medication trial grid, landscape PDF with a table
F2 = "medication_trial_grid_bramhall.pdf"
CASES.append({
    "slug": "02-medication-grid-pdf",
    "exercises": "landscape PDF medication grid (Medication / Indication / Dose / Start / Stop / Response / Reason "
                 "stopped); 'Good, then lost' (relapse); mirtazapine 'added to venlafaxine' (an antidepressant, so "
                 "kind antidepressant); quetiapine and lithium as augmentation rows; duloxetine 'current' partial; "
                 "escitalopram partial but stopped for sexual side effects; propranolol (migraine), hydroxyzine PRN, "
                 "trazodone 50 mg sleep, phenelzine 'not tried'; CBT in the prose under the grid; ECT declined; "
                 "C-SSRS ideation severity 1 (passive); PHQ-9 and MADRS",
    "docs": [{"file": F2, "fmt": "pdf", "landscape": True, "pages": [
        [("p", "FICTIONAL SAMPLE - Quillan Ridge Psychiatry Associates, 77 Fenner Court, Sablewood, MN 55999 - "
               "tel 555-0171 - fax 555-0172"),
         ("h", "Antidepressant and Augmentation Trial Grid (prepared for TMS / esketamine referral)"),
         ("p", "Patient: Desmond Bramhall   DOB 08/02/1989   Member ID QRX-FICT-448201   Prepared 10/28/2026 by "
               "Annika Solberg, PMHNP-BC, from chart review, pharmacy fill data and patient interview."),
         ("p", "Diagnoses: F33.2 Major depressive disorder, recurrent severe without psychotic features; "
               "G43.909 Migraine, unspecified, not intractable, without status migrainosus; "
               "M54.50 Low back pain, unspecified."),
         ("t", [1.35, 1.35, 0.9, 0.65, 0.65, 1.15, 2.2],
          ["Medication", "Indication", "Dose range", "Start", "Stop", "Response", "Reason stopped / comment"],
          [["Citalopram", "MDD", "20-40 mg", "03/2017", "11/2017", "None", "No benefit after 8 wk at 40 mg"],
           ["Escitalopram", "MDD", "10-20 mg", "01/2018", "05/2018", "Partial", "Sexual side effects - pt stopped"],
           ["Venlafaxine XR", "MDD", "75-300 mg", "07/2018", "10/2020", "Good, then lost",
            "Full benefit by late 2018; effect wore off during 2020 despite 300 mg"],
           ["Mirtazapine", "MDD (added to venlafaxine)", "15-30 mg", "03/2020", "10/2020", "None",
            "No mood change; stopped with venlafaxine at switch"],
           ["Vortioxetine", "MDD", "10-20 mg", "11/2020", "06/2021", "None", "8 mo, no meaningful change"],
           ["Quetiapine XR", "Augmentation (added to vortioxetine)", "50-150 mg", "02/2021", "04/2021", "n/a",
            "Daytime sedation, could not work; stopped"],
           ["Duloxetine", "MDD + low back pain", "60-120 mg", "07/2021", "current", "Partial",
            "Back pain better; mood improved ~30%, still depressed"],
           ["Lithium carbonate", "Augmentation (added to duloxetine)", "600-900 mg (level 0.7)", "09/2021",
            "03/2022", "None", "No change in mood at therapeutic level"],
           ["Propranolol", "Migraine prophylaxis", "80 mg", "2019", "current", "n/a", "Neurology"],
           ["Hydroxyzine", "Anxiety PRN", "25 mg PRN", "2022", "current", "n/a", "Uses 1-2x/month"],
           ["Trazodone", "Sleep", "50 mg qhs", "2021", "current", "n/a", "Sleep only"],
           ["Phenelzine", "-", "-", "-", "-", "-", "Not tried (diet, interactions)"],
           ]),
         ("p", "Psychotherapy: CBT with Dr. Kelsey Pruitt, 16 sessions, Sept 2019 - Jan 2020; he learned the skills "
               "but the depression was unchanged. ECT: never; he declines ECT. Ketamine / esketamine: none to date."),
         ("p", "Current severity (10/28/2026): PHQ-9 22; MADRS 31. C-SSRS (10/28/2026): ideation severity 1 (wish to "
               "be dead), no intent, no plan, no suicidal behavior ever."),
         ]]}],
    "note": "FICTIONAL case. One landscape PDF page with a medication grid. Escitalopram: partial, then stopped for "
            "sexual side effects -> side_effects (the stop decides). Venlafaxine 'Good, then lost' -> relapse. "
            "Mirtazapine added to venlafaxine is itself an antidepressant -> kind antidepressant. Quetiapine and "
            "lithium added to an antidepressant -> augmentation. Duloxetine 'current', partial -> end null. CBT 16 "
            "sessions from the prose. Not rows: propranolol (migraine), hydroxyzine PRN, trazodone 50 mg for sleep, "
            "phenelzine 'Not tried', ECT declined, esketamine requested. C-SSRS ideation "
            "severity 1 is a scale row and passive.",
    "history": [
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2017-03", "2017-11", "No benefit after 8 wk at 40 mg",
          "no_response", F2, 1, "Citalopram MDD 20-40 mg 03/2017 11/2017 None No benefit after 8 wk at 40 mg"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2018-01", "2018-05",
          "Partial; Sexual side effects - pt stopped", "side_effects",
          F2, 1, "Escitalopram MDD 10-20 mg 01/2018 05/2018 Partial Sexual side effects - pt stopped"),
        H("venlafaxine", "SNRI", "antidepressant", "300 mg", "2018-07", "2020-10",
          "Good, then lost; effect wore off during 2020 despite 300 mg", "relapse",
          F2, 1, "Good, then lost"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2020-03", "2020-10",
          "None; No mood change; stopped with venlafaxine at switch", "no_response",
          F2, 1, "No mood change; stopped with venlafaxine at switch"),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2020-11", "2021-06",
          "8 mo, no meaningful change", "no_response", F2, 1, "8 mo, no meaningful change"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2021-02", "2021-04",
          "Daytime sedation, could not work; stopped", "side_effects",
          F2, 1, "Daytime sedation, could not work; stopped"),
        H("duloxetine", "SNRI", "antidepressant", "120 mg", "2021-07", None,
          "Partial; mood improved ~30%, still depressed", "partial_response",
          F2, 1, "mood improved ~30%, still depressed"),
        H("lithium", "mood stabilizer", "augmentation", "900 mg (level 0.7)", "2021-09", "2022-03",
          "No change in mood at therapeutic level", "no_response",
          F2, 1, "No change in mood at therapeutic level"),
        H("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2019-09", "2020-01",
          "he learned the skills but the depression was unchanged", "no_response",
          F2, 1, "he learned the skills but the depression was unchanged"),
    ],
    "scales": [
        S("PHQ-9", 22, "2026-10-28", F2, 1, "PHQ-9 22"),
        S("MADRS", 31, "2026-10-28", F2, 1, "MADRS 31"),
        S("C-SSRS", 1, "2026-10-28", F2, 1, "C-SSRS (10/28/2026): ideation severity 1"),
    ],
    "diagnoses": [
        D("F33.2", F2, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features"),
        D("G43.909", F2, 1, "G43.909 Migraine, unspecified"),
        D("M54.50", F2, 1, "M54.50 Low back pain, unspecified"),
    ],
    "suicidality": SU("passive", F2, 1, "ideation severity 1 (wish to be dead), no intent, no plan"),
})

# ---------------------------------------------------------------------------------------------------------------
# 03 scanned medication-management flowsheet (image-only PDF) + hospital discharge summary (TXT)
F3 = "cmhc_med_flowsheet_scan.pdf"
F3b = "orrin_falls_regional_discharge_summary.txt"
DC3 = """FICTIONAL SAMPLE - ORRIN FALLS REGIONAL MEDICAL CENTER - BEHAVIORAL HEALTH UNIT
DISCHARGE SUMMARY (dictated 11/19/2026, transcribed 11/20/2026)

PATIENT: MARCHETTI-RUIZ, JOLENE    MRN: OFR-FICT-662017    DOB: 11/30/1996
ADMITTED: 11/12/2026    DISCHARGED: 11/19/2026    ATTENDING: Cornelius Haddad-Pryce, MD
OUTPATIENT PRESCRIBER: D. Achebe, APRN, Harlan Creek CMHC

REASON FOR ADMISSION: Suicidal ideation with a plan. Two days before admission the patient began counting
her venlafaxine capsules and told her roommate she had "enough to not wake up." The roommate brought her
to the emergency department. She had not taken any extra capsules. C-SSRS on admission: ideation severity
4 (active ideation with some intent), no actual attempt, preparatory behavior (counting pills).

HOSPITAL COURSE: Admitted voluntarily. Pills secured by the roommate and disposed of. Venlafaxine XR 225 mg
continued unchanged; per the outpatient record she has had no improvement on it after 3 months. Lithium was
offered again and she declined again because of weight concerns. ECT was discussed; she does not want it at
this time. Hydroxyzine 25 mg PRN anxiety used twice. Nicotine patch 14 mg daily. Attended groups daily.
By day 5 she denied suicidal ideation and was future-oriented (her sister's wedding in January).

SCALES: PHQ-9 24 on admission; PHQ-9 16 at discharge. C-SSRS at discharge: ideation severity 0.

DISCHARGE DIAGNOSES:
1. F33.2 Major depressive disorder, recurrent, severe without psychotic features
2. F41.1 Generalized anxiety disorder
3. F17.210 Nicotine dependence, cigarettes, uncomplicated

DISCHARGE MEDICATIONS: venlafaxine XR 225 mg daily (14-day supply, dispensed by her sister); nicotine
patch 14 mg daily; hydroxyzine 25 mg PRN anxiety.

FOLLOW-UP: D. Achebe, APRN on 11/24/2026. TMS evaluation referral already placed by the outpatient clinic.
Safety plan completed; 988 and the county crisis line given.

Electronically signed: Cornelius Haddad-Pryce, MD 11/20/2026
"""
CASES.append({
    "slug": "03-scanned-flowsheet",
    "exercises": "image-only scanned flowsheet, a visit a row (Date / Regimen at visit / PHQ-9 / SI / Side effects / "
                 "Change made) with an abbreviation legend; fluoxetine 'since 10/24' to a taper at 08/06; bupropion "
                 "added to fluoxetine (antidepressant + antidepressant) and stopped for jitteriness/insomnia; "
                 "venlafaxine cross-started, ongoing, no improvement; sertraline 2022 in a footer line; lithium "
                 "declined; 8 PHQ-9 scores by visit; SI column passive at two visits; a later dictated discharge summary "
                 "(TXT): admission for SI with a plan and preparatory behavior (no attempt), venlafaxine continued, "
                 "lithium and ECT declined, hydroxyzine PRN, nicotine patch, C-SSRS severity 4 -> 0",
    "docs": [{"file": F3, "fmt": "scan", "pages": [
        [("p", "FICTIONAL SAMPLE - Harlan Creek Community Mental Health Center - 12 Depot St, Orrin Falls, KS 67999 - "
               "555-0119"),
         ("h", "MEDICATION MANAGEMENT FLOWSHEET"),
         ("p", "Client: Jolene Marchetti-Ruiz   DOB 11/30/1996   Chart # HC-FICT-30551   Prescriber: D. Achebe, APRN"),
         ("p", "Dx: F33.1 Major depressive disorder, recurrent, moderate;  F41.1 Generalized anxiety disorder"),
         ("p", "Abbrev: FLX fluoxetine, BUP bupropion XL, VLF venlafaxine XR. SI: denies / passive / active."),
         ("t", [0.9, 1.7, 0.6, 0.75, 1.25, 1.9],
          ["Visit date", "Regimen at visit", "PHQ-9", "SI", "Side effects", "Change made"],
          [["01/08/2026", "FLX 20 (since 10/24, PCP)", "18", "denies", "none", "increase FLX 40"],
           ["02/19/2026", "FLX 40", "17", "denies", "mild GI upset", "continue"],
           ["04/02/2026", "FLX 40", "17", "passive", "none", "add BUP 150"],
           ["05/14/2026", "FLX 40, BUP 150", "15", "passive", "insomnia", "increase BUP 300"],
           ["06/25/2026", "FLX 40, BUP 300", "16", "denies", "jittery, insomnia", "d/c BUP (jittery, can't sleep)"],
           ["08/06/2026", "FLX 40", "18", "denies", "none", "taper off FLX - no benefit at 40; start VLF 37.5"],
           ["09/17/2026", "VLF 150", "19", "denies", "nausea wk 1, settled", "continue, increase VLF 225"],
           ["10/29/2026", "VLF 225", "20", "denies", "sweating", "No improvement at 12 wks; refer TMS eval"],
           ]),
         ("sp", 6),
         ("p", "Prior to this clinic (per client): sertraline 2022 for about 3 months, 'made me numb', stopped by "
               "PCP. Lithium offered 10/29 - client declined. Never had psychotherapy beyond 2 intake visits."),
         ("p", "Reviewed D. Achebe, APRN  10/29/2026"),
         ]]},
             {"file": F3b, "fmt": "txt", "text": DC3}],
    "note": "FICTIONAL case. One scanned (image-only) flowsheet page, a visit a row, and a later discharge summary. Fluoxetine from 10/2024 (the "
            "cell 'since 10/24') to the 08/06/2026 taper, no benefit at 40 mg -> no_response. Bupropion added to "
            "fluoxetine (an antidepressant added to an antidepressant -> kind antidepressant), 04/02 to 06/25, "
            "stopped for jitteriness and insomnia -> side_effects. Venlafaxine from 08/06, ongoing, 'No improvement "
            "at 12 wks' -> no_response, end null. Sertraline 2022 from the footer, stopped for emotional numbing -> "
            "side_effects. Not rows: lithium (declined), psychotherapy ('Never had ... beyond 2 intake visits'), "
            "TMS evaluation referral, ECT (does not want it), hydroxyzine PRN, nicotine patch. The venlafaxine nausea "
            "settled (not its outcome). The discharge summary only repeats venlafaxine's outcome, so its row keeps "
            "the flowsheet source. Suicidality: flowsheet passive at 04/02 and 05/14; the 11/12/2026 admission for "
            "SI with a plan and preparatory behavior (counting pills, none taken) is active, not an attempt "
            "(highest: active).",
    "history": [
        H("sertraline", "SSRI", "antidepressant", None, "2022", "2022", "'made me numb', stopped by PCP",
          "side_effects", F3, 1, "sertraline 2022 for about 3 months, 'made me numb', stopped by PCP"),
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2024-10", "2026-08-06",
          "taper off FLX - no benefit at 40", "no_response",
          F3, 1, "taper off FLX - no benefit at 40; start VLF 37.5"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2026-04-02", "2026-06-25",
          "d/c BUP (jittery, can't sleep)", "side_effects", F3, 1, "d/c BUP (jittery, can't sleep)"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2026-08-06", None,
          "No improvement at 12 wks", "no_response", F3, 1, "No improvement at 12 wks; refer TMS eval"),
    ],
    "scales": [
        S("PHQ-9", 18, "2026-01-08", F3, 1, "01/08/2026 FLX 20 (since 10/24, PCP) 18"),
        S("PHQ-9", 17, "2026-02-19", F3, 1, "02/19/2026 FLX 40 17"),
        S("PHQ-9", 17, "2026-04-02", F3, 1, "04/02/2026 FLX 40 17"),
        S("PHQ-9", 15, "2026-05-14", F3, 1, "05/14/2026 FLX 40, BUP 150 15"),
        S("PHQ-9", 16, "2026-06-25", F3, 1, "06/25/2026 FLX 40, BUP 300 16"),
        S("PHQ-9", 18, "2026-08-06", F3, 1, "08/06/2026 FLX 40 18"),
        S("PHQ-9", 19, "2026-09-17", F3, 1, "09/17/2026 VLF 150 19"),
        S("PHQ-9", 20, "2026-10-29", F3, 1, "10/29/2026 VLF 225 20"),
        S("C-SSRS", 4, "2026-11-12", F3b, 1, "C-SSRS on admission: ideation severity 4"),
        S("PHQ-9", 24, "2026-11-12", F3b, 1, "PHQ-9 24 on admission"),
        S("PHQ-9", 16, "2026-11-19", F3b, 1, "PHQ-9 16 at discharge"),
        S("C-SSRS", 0, "2026-11-19", F3b, 1, "C-SSRS at discharge: ideation severity 0"),
    ],
    "diagnoses": [
        D("F33.1", F3, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("F41.1", F3, 1, "F41.1 Generalized anxiety disorder"),
        D("F33.2", F3b, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        D("F17.210", F3b, 1, "F17.210 Nicotine dependence, cigarettes, uncomplicated"),
    ],
    "suicidality": SU("active", F3b, 1, "Suicidal ideation with a plan"),
})

# ---------------------------------------------------------------------------------------------------------------
# 04 PBM claims history (TXT) + letter of medical necessity for Spravato (DOCX)
F4a = "pbm_claims_history_export.txt"
F4b = "LMN_esketamine_Thackeray.docx"
CLAIMS = """FICTIONAL SAMPLE - NOT A REAL MEMBER
MERIDIAN ARCH PHARMACY BENEFIT SERVICES - MEMBER CLAIMS HISTORY (EXPORT)
Member: THACKERAY, LUCIAN R   Member ID: MAP-FICT-7730144   Group: 88120   Run date: 11/16/2026
Period: 01/01/2023 - 11/15/2026   Status: P=paid  R=reversed (not picked up)  J=rejected

Fill date   Drug name / strength                 Qty   Days  Prescriber         Pharmacy            St
----------  -----------------------------------  ----  ----  -----------------  ------------------  --
01/09/2023  ESCITALOPRAM 10 MG TAB                 30    30  OYELARAN, F        GRANTLY DRUG #12    P
02/06/2023  ESCITALOPRAM 20 MG TAB                 30    30  OYELARAN, F        GRANTLY DRUG #12    P
02/06/2023  ATORVASTATIN 20 MG TAB                 90    90  MCALLISTER, J      GRANTLY DRUG #12    P
03/08/2023  ESCITALOPRAM 20 MG TAB                 30    30  OYELARAN, F        GRANTLY DRUG #12    P
04/07/2023  ESCITALOPRAM 20 MG TAB                 30    30  OYELARAN, F        GRANTLY DRUG #12    P
05/09/2023  ESCITALOPRAM 20 MG TAB                 30    30  OYELARAN, F        GRANTLY DRUG #12    P
06/12/2023  SERTRALINE 50 MG TAB                   30    30  OYELARAN, F        GRANTLY DRUG #12    R
06/20/2023  VENLAFAXINE ER 75 MG CAP               30    30  OYELARAN, F        GRANTLY DRUG #12    P
07/19/2023  VENLAFAXINE ER 150 MG CAP              30    30  OYELARAN, F        GRANTLY DRUG #12    P
08/18/2023  VENLAFAXINE ER 75 MG CAP               90    30  OYELARAN, F        GRANTLY DRUG #12    P
09/18/2023  VENLAFAXINE ER 75 MG CAP               90    30  OYELARAN, F        GRANTLY DRUG #12    P
11/02/2023  VENLAFAXINE ER 75 MG CAP               90    30  OYELARAN, F        GRANTLY DRUG #12    P
12/04/2023  VENLAFAXINE ER 75 MG CAP               90    30  OYELARAN, F        GRANTLY DRUG #12    P
01/05/2024  VENLAFAXINE ER 75 MG CAP               90    30  OYELARAN, F        GRANTLY DRUG #12    P
01/05/2024  METFORMIN ER 500 MG TAB               180    90  MCALLISTER, J      GRANTLY DRUG #12    P
03/04/2024  BUPROPION XL 150 MG TAB                30    30  OYELARAN, F        GRANTLY DRUG #12    P
04/03/2024  BUPROPION XL 300 MG TAB                30    30  OYELARAN, F        GRANTLY DRUG #12    P
05/06/2024  BUPROPION XL 300 MG TAB                30    30  OYELARAN, F        GRANTLY DRUG #12    P
06/05/2024  BUPROPION XL 300 MG TAB                30    30  OYELARAN, F        GRANTLY DRUG #12    P
07/08/2024  BUPROPION XL 300 MG TAB                30    30  OYELARAN, F        GRANTLY DRUG #12    P
08/07/2024  BUPROPION XL 300 MG TAB                30    30  OYELARAN, F        GRANTLY DRUG #12    P
08/07/2024  TRAZODONE 50 MG TAB                    30    30  OYELARAN, F        GRANTLY DRUG #12    P
10/14/2024  DULOXETINE DR 30 MG CAP                30    30  OYELARAN, F        GRANTLY DRUG #12    P
11/11/2024  DULOXETINE DR 60 MG CAP                30    30  OYELARAN, F        GRANTLY DRUG #12    P
11/11/2024  ARIPIPRAZOLE 2 MG TAB                  30    30  OYELARAN, F        GRANTLY DRUG #12    J
11/13/2024  ARIPIPRAZOLE 2 MG TAB                  30    30  OYELARAN, F        GRANTLY DRUG #12    P
12/12/2024  ARIPIPRAZOLE 5 MG TAB                  30    30  OYELARAN, F        GRANTLY DRUG #12    P
12/12/2024  DULOXETINE DR 60 MG CAP                30    30  OYELARAN, F        GRANTLY DRUG #12    P
01/13/2025  ARIPIPRAZOLE 5 MG TAB                  30    30  OYELARAN, F        GRANTLY DRUG #12    P
01/13/2025  DULOXETINE DR 60 MG CAP                90    90  OYELARAN, F        GRANTLY DRUG #12    P
04/14/2025  DULOXETINE DR 60 MG CAP                90    90  OYELARAN, F        GRANTLY DRUG #12    P
07/15/2025  DULOXETINE DR 60 MG CAP                90    90  OYELARAN, F        GRANTLY DRUG #12    P
10/13/2025  DULOXETINE DR 60 MG CAP                90    90  OYELARAN, F        GRANTLY DRUG #12    P
01/12/2026  DULOXETINE DR 60 MG CAP                90    90  OYELARAN, F        GRANTLY DRUG #12    P
04/13/2026  DULOXETINE DR 60 MG CAP                90    90  OYELARAN, F        GRANTLY DRUG #12    P
07/13/2026  DULOXETINE DR 60 MG CAP                90    90  OYELARAN, F        GRANTLY DRUG #12    P
10/12/2026  DULOXETINE DR 60 MG CAP                90    90  OYELARAN, F        GRANTLY DRUG #12    P

J = rejected 11/11/2024: prior authorization required (resolved 11/13/2024).
38 claims listed. This export is informational and is not a medical record.
"""
LMN4 = [
    ("p", "FICTIONAL SAMPLE - Grantly Psychiatric Group, 2200 Wexcombe Ave, Suite 4, Grantly, AZ 85999 - tel 555-0158"),
    ("p", "November 16, 2026"),
    ("p", "Meridian Arch Health Plan - Pharmacy Prior Authorization Unit"),
    ("p", "RE: Letter of medical necessity - esketamine (Spravato) nasal spray. Patient: Lucian R. Thackeray, DOB "
          "05/21/1974, Member ID MAP-FICT-7730144."),
    ("p", "To the reviewer:"),
    ("p", "I am Mr. Thackeray's psychiatrist and have treated him since January 2023 for major depressive disorder, "
          "recurrent, severe without psychotic features (F33.2). He also has type 2 diabetes (E11.9) and "
          "hyperlipidemia (E78.5), both managed by his primary care physician. I am requesting coverage of "
          "esketamine nasal spray, given with his oral antidepressant, under the REMS program at our clinic."),
    ("p", "Mr. Thackeray has completed the following adequate trials in this episode, each at an adequate dose for "
          "at least six weeks, confirmed by the enclosed pharmacy claims history:"),
    ("t", [1.4, 1.0, 1.4, 2.8],
     ["Medication", "Maximum dose", "Dates", "Result"],
     [["Escitalopram", "20 mg daily", "Jan 2023 - Jun 2023", "No meaningful response after 4 months at 20 mg"],
      ["Venlafaxine XR", "225 mg daily", "Jun 2023 - Feb 2024",
       "Stopped for sustained hypertension (150/98) on 225 mg; mood had improved only slightly"],
      ["Bupropion XL", "300 mg daily", "Mar 2024 - Sep 2024",
       "Modest early benefit that was lost by the summer; stopped"],
      ["Aripiprazole (added to duloxetine)", "5 mg daily", "Nov 2024 - Feb 2025", "No response; stopped"],
      ["Duloxetine", "60 mg daily", "Oct 2024 - present",
       "Partial response only: PHQ-9 from 24 to 18; continues"],
      ]),
    ("p", "He also completed 12 sessions of cognitive behavioral therapy with a licensed counselor from March to June "
          "2024; he attended every session and did the homework, but his PHQ-9 did not change."),
    ("p", "He has not had ECT: he declined it because of concerns about memory and his work as an engineer. TMS was "
          "approved in 2025, but his job requires travel three weeks a month and he could not attend daily "
          "sessions, so he never began the course."),
    ("p", "Severity: PHQ-9 24 in October 2024, before duloxetine; PHQ-9 18 and MADRS 28 on 11/12/2026. He reports "
          "passive thoughts that he would not mind not waking up; he denies intent or plan and has no history of "
          "suicide attempts."),
    ("p", "He meets the plan's criteria for treatment-resistant depression. Please approve esketamine 56 mg for the "
          "induction phase."),
    ("p", "Sincerely,  Folasade Oyelaran, MD, Board Certified in Psychiatry - NPI 0000000000 (FICTIONAL)"),
]
CASES.append({
    "slug": "04-claims-history-and-lmn",
    "exercises": "PBM claims-history export (TXT, fixed-width, paid/reversed/rejected status, dose changes within one "
                 "drug, refill gaps, non-psychiatric fills) + DOCX letter of medical necessity with a trials table "
                 "holding the outcomes; venlafaxine stopped for hypertension (slight mood gain); bupropion gain lost "
                 "(relapse); aripiprazole 'added to duloxetine' with a rejected then paid claim; sertraline reversed "
                 "(never picked up); trazodone 50 mg; CBT 12 sessions; ECT declined; TMS approved but never begun; "
                 "esketamine requested; PHQ-9 dated by month; passive SI",
    "docs": [{"file": F4a, "fmt": "txt", "text": CLAIMS},
             {"file": F4b, "fmt": "docx", "pages": [LMN4]}],
    "note": "FICTIONAL case. PBM claims export (TXT) and an LMN (DOCX). Outcomes come from the LMN table; the claims "
            "export names the same trials and dates them (the fills agree within a month). Venlafaxine: stopped for "
            "hypertension though mood had improved slightly -> side_effects. Bupropion: early benefit lost -> "
            "relapse. Aripiprazole added to duloxetine -> augmentation (the 11/11/2024 rejected claim is not its "
            "start; the paid fill of 11/13 is). Duloxetine ongoing partial. Not rows: sertraline (claim reversed, "
            "never picked up), atorvastatin, metformin (other conditions), trazodone 50 mg (sleep dose), ECT "
            "(declined), TMS (approved, never begun), esketamine (requested). Suicidality passive.",
    "history": [
        H("escitalopram", "SSRI", "antidepressant", "20 mg daily", "2023-01", "2023-06",
          "No meaningful response after 4 months at 20 mg", "no_response",
          F4b, 1, "No meaningful response after 4 months at 20 mg"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg daily", "2023-06", "2024-02",
          "Stopped for sustained hypertension (150/98) on 225 mg; mood had improved only slightly", "side_effects",
          F4b, 1, "Stopped for sustained hypertension (150/98) on 225 mg"),
        H("bupropion", "NDRI", "antidepressant", "300 mg daily", "2024-03", "2024-09",
          "Modest early benefit that was lost by the summer; stopped", "relapse",
          F4b, 1, "Modest early benefit that was lost by the summer; stopped"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg daily", "2024-11", "2025-02",
          "No response; stopped", "no_response",
          F4b, 1, "Aripiprazole (added to duloxetine) 5 mg daily Nov 2024 - Feb 2025 No response; stopped"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2024-10", None,
          "Partial response only: PHQ-9 from 24 to 18; continues", "partial_response",
          F4b, 1, "Partial response only: PHQ-9 from 24 to 18; continues"),
        H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2024-03", "2024-06",
          "attended every session and did the homework, but his PHQ-9 did not change", "no_response",
          F4b, 1, "but his PHQ-9 did not change"),
    ],
    "scales": [
        S("PHQ-9", 24, "2024-10", F4b, 1, "PHQ-9 24 in October 2024"),
        S("PHQ-9", 18, "2026-11-12", F4b, 1, "PHQ-9 18 and MADRS 28 on 11/12/2026"),
        S("MADRS", 28, "2026-11-12", F4b, 1, "PHQ-9 18 and MADRS 28 on 11/12/2026"),
    ],
    "diagnoses": [
        D("F33.2", F4b, 1, "recurrent, severe without psychotic features (F33.2)"),
        D("E11.9", F4b, 1, "type 2 diabetes (E11.9)"),
        D("E78.5", F4b, 1, "hyperlipidemia (E78.5)"),
    ],
    "suicidality": SU("passive", F4b, 1, "passive thoughts that he would not mind not waking up"),
})

# ---------------------------------------------------------------------------------------------------------------
# 05 ketamine infusion clinic treatment summary, PDF with an infusion log table
F5 = "ketamine_treatment_summary_Voss.pdf"
KHDR = ("FICTIONAL SAMPLE - Clearwater Bend Infusion Center, 9 Heron Quay, Port Adley, NC 27999 - 555-0133. "
        "Patient: Hannelore Voss   DOB 12/09/1979   Chart CBI-FICT-0904")
CASES.append({
    "slug": "05-ketamine-infusion-summary",
    "exercises": "ketamine clinic treatment summary (PDF, 2 pages): prior trials in a dense prose paragraph "
                 "(sertraline 'did nothing', Lexapro worked then relapsed on it, Effexor stopped for sweating and "
                 "discontinuation symptoms, lithium added to Effexor, ECT stopped at 8 of 12 for memory, Spravato 8 "
                 "sessions stopped for dissociation/BP), vilazodone ongoing no benefit; infusion log table with no "
                 "drug name in its rows (6 infusions, MADRS pre each); follow-up page: benefit lasted ~5 weeks -> "
                 "relapse; diphenhydramine overdose 2019 (attempt; no row for the overdose agent); gabapentin for "
                 "neuropathy; booster plan; 'Cymbalta: never'",
    "docs": [{"file": F5, "fmt": "pdf", "pages": [
        [("p", KHDR), ("sp", 4),
         ("h", "Ketamine Infusion Treatment Summary"),
         ("p", "Referring psychiatrist: Imre Kastellan, MD. Indication: treatment-resistant depression, F33.2 Major "
               "depressive disorder, recurrent severe without psychotic features. Other: E11.40 Type 2 diabetes with "
               "diabetic neuropathy, unspecified."),
         ("p", "Intake 06/29/2026: PHQ-9 23, MADRS 35. Ms. Voss is 46 and has been depressed for most of the last "
               "twelve years. Prior treatment, from her records and her own account: sertraline in 2014 'did "
               "nothing' at 150 mg; Lexapro 20 mg 2015-2016 worked well for several months, then she relapsed in "
               "2016 while still taking it; Effexor XR up to 300 mg 2017-2019, stopped because of heavy sweating and "
               "'brain zaps' whenever a dose was late; lithium was added to Effexor in 2018 (levels 0.6-0.8) with no "
               "added benefit and was stopped after 4 months. ECT in 2021: 8 of a planned 12 treatments, stopped "
               "because of memory problems. Spravato in 2022, 8 sessions, stopped because of marked dissociation "
               "and blood pressure spikes to 180/100. She has never been on Cymbalta. Current antidepressant: "
               "vilazodone 40 mg since 03/2025 with no meaningful benefit; continued during the series. Also "
               "gabapentin 300 mg three times daily for diabetic neuropathy, metformin."),
         ("p", "Safety: one suicide attempt in 2019 (overdose of diphenhydramine), admitted to Harrow General; none "
               "since. At intake she denies current suicidal ideation."),
         ("h", "Infusion log (racemic ketamine IV over 40 min)"),
         ("t", [0.5, 1.0, 1.0, 0.9, 0.9, 3.2],
          ["Inf", "Date", "Dose", "MADRS pre", "BP pre", "Notes"],
          [["1", "07/06/2026", "0.5 mg/kg", "34", "128/80", "mild dissociation, resolved by 60 min"],
           ["2", "07/09/2026", "0.5 mg/kg", "30", "131/84", "nausea - ondansetron 4 mg IV"],
           ["3", "07/13/2026", "0.6 mg/kg", "24", "126/78", "'first good morning in months'"],
           ["4", "07/16/2026", "0.6 mg/kg", "19", "130/82", "tolerated well"],
           ["5", "07/20/2026", "0.75 mg/kg", "16", "134/86", "tolerated well"],
           ["6", "07/24/2026", "0.75 mg/kg", "14", "129/80", "series complete; MADRS 14 = response"],
           ]),
         ("p", "Summary after the series: response (MADRS 35 -> 14, 60% reduction), not remission."),
         ],
        [("p", KHDR), ("sp", 4),
         ("h", "Follow-up visit - 09/14/2026"),
         ("p", "Ms. Voss did well for about five weeks after the last infusion: back at work full time, walking daily. "
               "From the last week of August the benefit wore off, and by early September she was back to where she "
               "started. MADRS today 30; PHQ-9 21. She denies suicidal ideation today."),
         ("p", "Vilazodone 40 mg unchanged. Blood sugar stable."),
         ("p", "Plan: she would like maintenance. We will request a booster infusion and ask her psychiatrist whether "
               "to consider a monoamine oxidase inhibitor. Letter of medical necessity to follow."),
         ("p", "Signed: Ravindra Moyle, MD, anesthesiology - 09/14/2026"),
         ]]}],
    "note": "FICTIONAL case. Ketamine clinic summary, 2 pages. The infusion series (racemic ketamine, kind other) is "
            "one row, 6 infusions 07/06-07/24/2026; its outcome is p. 2's 'benefit wore off' -> relapse. Prior trials "
            "in p. 1 prose: sertraline 2014 no response; escitalopram (Lexapro) 2015-2016 worked then relapsed on it "
            "-> relapse; venlafaxine (Effexor XR) 2017-2019 stopped for sweating and discontinuation symptoms -> "
            "side_effects; lithium added to Effexor 2018, 4 months, no added benefit -> augmentation no_response; ECT "
            "2021, 8 treatments, stopped for memory -> side_effects; esketamine (Spravato) 2022, 8 sessions, "
            "dissociation and BP -> side_effects (kind antidepressant per docs); vilazodone since 03/2025, no "
            "meaningful benefit, ongoing. Not rows: Cymbalta 'never', diphenhydramine (overdose agent), gabapentin "
            "(neuropathy), metformin, ondansetron (infusion nausea), booster infusion and MAOI (plans). "
            "Suicidality: attempt 2019 (highest).",
    "history": [
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2014", "2014", "'did nothing' at 150 mg",
          "no_response", F5, 1, "sertraline in 2014 'did nothing' at 150 mg"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2015", "2016",
          "worked well for several months, then she relapsed in 2016 while still taking it", "relapse",
          F5, 1, "worked well for several months, then she relapsed in 2016 while still taking it"),
        H("venlafaxine", "SNRI", "antidepressant", "300 mg", "2017", "2019",
          "stopped because of heavy sweating and 'brain zaps' whenever a dose was late", "side_effects",
          F5, 1, "stopped because of heavy sweating and 'brain zaps' whenever a dose was late"),
        H("lithium", "mood stabilizer", "augmentation", "levels 0.6-0.8", "2018", "2018",
          "no added benefit and was stopped after 4 months", "no_response",
          F5, 1, "no added benefit and was stopped after 4 months"),
        H("ECT", "electroconvulsive therapy", "neuromodulation", "8 treatments", "2021", "2021",
          "8 of a planned 12 treatments, stopped because of memory problems", "side_effects",
          F5, 1, "8 of a planned 12 treatments, stopped because of memory problems"),
        H("esketamine", "NMDA receptor antagonist", "antidepressant", "8 sessions", "2022", "2022",
          "stopped because of marked dissociation and blood pressure spikes to 180/100", "side_effects",
          F5, 1, "Spravato in 2022, 8 sessions, stopped because of marked dissociation"),
        H("vilazodone", "SSRI/5-HT1A partial agonist", "antidepressant", "40 mg", "2025-03", None,
          "no meaningful benefit; continued during the series", "no_response",
          F5, 1, "vilazodone 40 mg since 03/2025 with no meaningful benefit"),
        H("ketamine", "NMDA receptor antagonist", "other", "6 infusions", "2026-07-06", "2026-07-24",
          "did well for about five weeks after the last infusion; the benefit wore off", "relapse",
          F5, 2, "From the last week of August the benefit wore off"),
    ],
    "scales": [
        S("PHQ-9", 23, "2026-06-29", F5, 1, "Intake 06/29/2026: PHQ-9 23, MADRS 35"),
        S("MADRS", 35, "2026-06-29", F5, 1, "Intake 06/29/2026: PHQ-9 23, MADRS 35"),
        S("MADRS", 34, "2026-07-06", F5, 1, "1 07/06/2026 0.5 mg/kg 34"),
        S("MADRS", 30, "2026-07-09", F5, 1, "2 07/09/2026 0.5 mg/kg 30"),
        S("MADRS", 24, "2026-07-13", F5, 1, "3 07/13/2026 0.6 mg/kg 24"),
        S("MADRS", 19, "2026-07-16", F5, 1, "4 07/16/2026 0.6 mg/kg 19"),
        S("MADRS", 16, "2026-07-20", F5, 1, "5 07/20/2026 0.75 mg/kg 16"),
        S("MADRS", 14, "2026-07-24", F5, 1, "6 07/24/2026 0.75 mg/kg 14"),
        S("MADRS", 30, "2026-09-14", F5, 2, "MADRS today 30"),
        S("PHQ-9", 21, "2026-09-14", F5, 2, "PHQ-9 21"),
    ],
    "diagnoses": [
        D("F33.2", F5, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features"),
        D("E11.40", F5, 1, "E11.40 Type 2 diabetes with diabetic neuropathy, unspecified"),
    ],
    "suicidality": SU("attempt", F5, 1, "one suicide attempt in 2019 (overdose of diphenhydramine)"),
})

# ---------------------------------------------------------------------------------------------------------------
# 06 psychiatric intake assessment (DOCX) with a past-trials table, geriatric patient
F6 = "intake_assessment_Pemberton-Hale.docx"
CASES.append({
    "slug": "06-geriatric-intake-docx",
    "exercises": "geriatric psychiatry intake (DOCX) with a past-trials table (Medication / Approx. dates / Max dose / "
                 "Response / Side effects or reason stopped): nortriptyline 1998-1999 remission stopped when well; "
                 "sertraline 'Maybe helped? Pt unsure' (unknown) stopped by a move; escitalopram stopped for QTc; "
                 "bupropion ongoing partial; aripiprazole added to bupropion, stopped for tremor; lithium 'Not tried'; "
                 "problem-solving therapy 8 sessions fall 2024; daughter's ECT; tamsulosin, apixaban, metoprolol; "
                 "'never had ECT or TMS'; passive death wish; PHQ-9 and HAM-D",
    "docs": [{"file": F6, "fmt": "docx", "pages": [[
        ("p", "FICTIONAL SAMPLE - Kestrel Hollow Geriatric Psychiatry, 50 Millrace Lane, Dunmore Heights, VT 05999 - "
              "555-0164"),
        ("h", "Psychiatric Intake Assessment"),
        ("p", "Patient: Ambrose Pemberton-Hale   Age 61   MRN KHG-FICT-1187   Date of assessment: 11/03/2026   "
              "Assessor: Priya Venkataraman, MD"),
        ("p", "Referral: from his cardiologist's nurse practitioner for depression that 'has never really lifted' "
              "since his retirement and his atrial fibrillation diagnosis."),
        ("h", "History of present illness"),
        ("p", "Mr. Pemberton-Hale describes three years of low mood, poor sleep, loss of interest in woodworking and "
              "his grandchildren, and guilt about 'being a burden'. He had one earlier episode in 1998 after a job "
              "loss, which resolved fully with treatment."),
        ("h", "Past psychiatric medication trials"),
        ("t", [1.3, 1.2, 1.0, 1.5, 1.8],
         ["Medication", "Approx. dates", "Max dose", "Response", "Side effects / reason stopped"],
         [["Nortriptyline", "1998 - 1999", "75 mg", "Full remission", "Stopped when well, after about a year"],
          ["Sertraline", "2012", "100 mg", "Maybe helped? Pt unsure", "Moved out of state, did not refill"],
          ["Mirtazapine", "01/2020 - 05/2020", "45 mg", "Slept better; mood unchanged",
           "Stopped - no effect on mood"],
          ["Escitalopram", "2023 - 08/2025", "10 mg (age/QT limit)", "Partial",
           "Stopped - QTc 478 ms on ECG"],
          ["Bupropion SR", "09/2025 - present", "300 mg",
           "Partial: energy better, mood still low", "Continues"],
          ["Aripiprazole", "03/2026 - 06/2026 (added to bupropion)", "5 mg", "Unclear",
           "Stopped - resting tremor of the hands"],
          ["Lithium", "-", "-", "Not tried", "Renal function (eGFR 52)"],
          ["Trazodone", "2024 - present", "50 mg qhs", "For sleep", "-"],
          ]),
        ("h", "Psychotherapy and other treatment"),
        ("p", "Problem-solving therapy, 8 sessions at the Dunmore senior center in fall 2024; he said it 'helped me "
              "organize things' but his mood was unchanged. He has never had ECT or TMS. His daughter had ECT in "
              "2019 and 'got her life back', and he is open to discussing it."),
        ("h", "Medical history and other medicines"),
        ("p", "I48.91 Unspecified atrial fibrillation (apixaban 5 mg twice daily, metoprolol succinate 50 mg); "
              "N40.0 Benign prostatic hyperplasia without lower urinary tract symptoms (tamsulosin 0.4 mg)."),
        ("h", "Mental status and risk"),
        ("p", "Well groomed, slowed, sad affect, soft voice, no psychosis. MoCA 27/30. He describes a passive death "
              "wish ('I'm ready to go whenever God calls me'); he denies active suicidal ideation, intent or plan, and "
              "has never attempted suicide. He owns two hunting rifles; they are in a locked safe and his son holds "
              "the key - discussed and documented."),
        ("h", "Measures"),
        ("p", "PHQ-9 19. HAM-D (17-item) 22. GDS-15 11."),
        ("h", "Assessment"),
        ("p", "F33.1 Major depressive disorder, recurrent, moderate, with an incomplete response to two adequate "
              "antidepressant trials in this episode (escitalopram, bupropion) and one failed augmentation."),
        ("h", "Plan"),
        ("p", "Continue bupropion SR 300 mg. Discuss ECT and TMS at the next visit; consider nortriptyline again "
              "with cardiology input. Return in 3 weeks."),
    ]]}],
    "note": "FICTIONAL case. Intake DOCX with a past-trials table. Nortriptyline 1998-1999 full remission, stopped "
            "when well -> remission. Sertraline 2012 'Maybe helped? Pt unsure', stopped by a move -> unknown (the "
            "move decides nothing). Mirtazapine -> no_response. Escitalopram partial, stopped for QTc prolongation -> "
            "side_effects. Bupropion ongoing partial. Aripiprazole added to bupropion, 'Unclear', stopped for tremor "
            "-> side_effects (the stop decides), augmentation. Problem-solving therapy 8 sessions fall 2024, mood "
            "unchanged -> no_response. Not rows: lithium 'Not tried', trazodone 50 mg for sleep, apixaban, metoprolol, "
            "tamsulosin, daughter's ECT, ECT/TMS 'never had', 'consider nortriptyline again' (plan). Suicidality "
            "passive. MoCA and GDS-15 are not contract scales.",
    "history": [
        H("nortriptyline", "TCA", "antidepressant", "75 mg", "1998", "1999", "Full remission; Stopped when well",
          "remission", F6, 1, "Nortriptyline 1998 - 1999 75 mg Full remission Stopped when well, after about a year"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2012", "2012", "Maybe helped? Pt unsure", "unknown",
          F6, 1, "Sertraline 2012 100 mg Maybe helped? Pt unsure Moved out of state, did not refill"),
        H("mirtazapine", "NaSSA", "antidepressant", "45 mg", "2020-01", "2020-05",
          "Slept better; mood unchanged. Stopped - no effect on mood", "no_response",
          F6, 1, "Mirtazapine 01/2020 - 05/2020 45 mg Slept better; mood unchanged Stopped - no effect on mood"),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2023", "2025-08",
          "Partial; Stopped - QTc 478 ms on ECG", "side_effects",
          F6, 1, "Stopped - QTc 478 ms on ECG"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2025-09", None,
          "Partial: energy better, mood still low", "partial_response",
          F6, 1, "Partial: energy better, mood still low"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-03", "2026-06",
          "Unclear; Stopped - resting tremor of the hands", "side_effects",
          F6, 1, "Stopped - resting tremor of the hands"),
        H("problem-solving therapy", "psychotherapy", "psychotherapy", "8 sessions", "2024", "2024",
          "'helped me organize things' but his mood was unchanged", "no_response",
          F6, 1, "Problem-solving therapy, 8 sessions at the Dunmore senior center in fall 2024"),
    ],
    "scales": [
        S("PHQ-9", 19, "2026-11-03", F6, 1, "PHQ-9 19"),
        S("HAM-D", 22, "2026-11-03", F6, 1, "HAM-D (17-item) 22"),
    ],
    "diagnoses": [
        D("F33.1", F6, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("I48.91", F6, 1, "I48.91 Unspecified atrial fibrillation"),
        D("N40.0", F6, 1, "N40.0 Benign prostatic hyperplasia without lower urinary tract symptoms"),
    ],
    "suicidality": SU("passive", F6, 1, "He describes a passive death wish"),
})
