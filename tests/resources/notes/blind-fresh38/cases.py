# FICTIONAL test data for appeal-kit `notes` (blind set 38). Every person, clinic, number and place is invented.
# A document is (file, kind, pages); a page is a list of lines: "# " heading, "| a | b" table row (cells split on
# "|"), anything else a paragraph line. kind: pdf, txt, docx, scan (image-only PDF), photos (one JPEG per page).
# Truth rows: R (history), S (scale), D (diagnosis), SU (suicidality); file None = the case's first document.


def R(name, cls, kind, dose, start, end, outcome, oc, text, page=1, file=None):
    return dict(name=name, cls=cls, kind=kind, dose=dose, start=start, end=end, outcome=outcome,
                outcome_class=oc, text=text, page=page, file=file)


def S(name, score, date, text, page=1, file=None):
    return dict(name=name, score=score, date=date, text=text, page=page, file=file)


def D(code, text, page=1, file=None):
    return dict(code=code, text=text, page=page, file=file)


def SU(level, text, page=1, file=None):
    return dict(level=level, text=text, page=page, file=file)


CASES = []

# ---------------------------------------------------------------------------------------------------------- 01
CASES.append(dict(
    slug="01-ketamine-infusion-nursing-flowsheet-pdf",
    summary="Infusion suite nursing flowsheet (text PDF, 2 pages): referral trial list, IV ketamine series log, "
            "follow-up call.",
    docs=[("ketamine_infusion_flowsheet.pdf", "pdf", [[
        "# FICTIONAL SAMPLE - Desert Willow Infusion Suite (fictional clinic) - Nursing Flowsheet",
        "Patient: Marisol Keane-FICT    DOB 04/11/1979    Chart KIS-FICT-2207",
        "Referring psychiatrist: Anselm Ruiz, MD (fictional)    Phone (602) 555-0143    Fax (602) 555-0144",
        "# Pre-series psychiatric summary (10/02/2025)",
        "Diagnosis: F33.2 major depressive disorder, recurrent episode, severe, no psychotic features",
        "Prior treatment trials, as listed on the referral:",
        "- Sertraline 150 mg daily, 01/2022 - 08/2022: \"never did much.\"",
        "- Venlafaxine XR 225 mg daily, 09/2022 - 12/2022: stopped because her blood pressure climbed to 160/100.",
        "- Bupropion XL 300 mg daily, 02/2023 - 03/2025: some energy back, mood still low most days.",
        "- Aripiprazole 2 mg added to the bupropion, 06/2023 - 08/2023: no change in her mood at all.",
        "She has never tried lithium. ECT was discussed by Dr. Ruiz and she declined it.",
        "PHQ-9 22 (10/02/2025).",
        "C-SSRS screen: passive wish to be dead on bad days; no method, no intent, no plan.",
        "Vitals baseline: BP 128/82, HR 76. Ondansetron 4 mg IV available for nausea.",
    ], [
        "# FICTIONAL SAMPLE - Infusion log, IV ketamine series (Chart KIS-FICT-2207)",
        "| Date | No. | Dose | Nursing note",
        "| 10/06/2025 | 1 | 0.5 mg/kg over 40 min | mild dissociation, resolved by discharge",
        "| 10/09/2025 | 2 | 0.5 mg/kg over 40 min | tolerated; BP peak 142/88",
        "| 10/14/2025 | 3 | 0.5 mg/kg over 40 min | tolerated; slept afterwards",
        "| 10/20/2025 | 4 | 0.5 mg/kg over 40 min | tolerated; reports lighter mornings",
        "| 10/28/2025 | 5 | 0.5 mg/kg over 40 min | tolerated",
        "| 11/07/2025 | 6 | 0.5 mg/kg over 40 min | tolerated; \"I feel like myself again\"",
        "Series of 6 infusions completed 11/07/2025. PHQ-9 6 (11/07/2025).",
        "# Follow-up telephone call 12/19/2025 (R. Ostrander, RN, fictional)",
        "Did well for about five weeks after the sixth infusion; by mid-December the heaviness was back.",
        "PHQ-9 19 (12/19/2025). Message left for Dr. Ruiz about a booster series.",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2022-01", "2022-08", "never did much", "no_response",
          "Sertraline 150 mg daily, 01/2022 - 08/2022: \"never did much.\""),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-09", "2022-12",
          "stopped because her blood pressure climbed to 160/100", "side_effects",
          "Venlafaxine XR 225 mg daily, 09/2022 - 12/2022: stopped because her blood pressure climbed to 160/100."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2023-02", "2025-03",
          "some energy back, mood still low most days", "partial_response",
          "Bupropion XL 300 mg daily, 02/2023 - 03/2025: some energy back, mood still low most days."),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2023-06", "2023-08",
          "no change in her mood at all", "no_response",
          "Aripiprazole 2 mg added to the bupropion, 06/2023 - 08/2023: no change in her mood at all."),
        R("ketamine", "NMDA receptor antagonist", "other", "0.5 mg/kg", "2025-10-06", "2025-11-07",
          "Did well for about five weeks after the sixth infusion; by mid-December the heaviness was back",
          "relapse",
          "Did well for about five weeks after the sixth infusion; by mid-December the heaviness was back.", page=2),
    ],
    scales=[
        S("PHQ-9", 22, "2025-10-02", "PHQ-9 22 (10/02/2025)."),
        S("PHQ-9", 6, "2025-11-07", "PHQ-9 6 (11/07/2025).", page=2),
        S("PHQ-9", 19, "2025-12-19", "PHQ-9 19 (12/19/2025).", page=2),
    ],
    diagnoses=[D("F33.2", "F33.2 major depressive disorder, recurrent episode, severe, no psychotic features")],
    suicidality=SU("passive", "C-SSRS screen: passive wish to be dead on bad days; no method, no intent, no plan."),
    traps="lithium never tried; ECT declined; ondansetron (antiemetic); booster series only asked about.",
))

# ---------------------------------------------------------------------------------------------------------- 02
CASES.append(dict(
    slug="02-pelvic-floor-physical-therapy-notes-txt",
    summary="Pelvic floor physical therapy evaluation and re-assessment (TXT).",
    docs=[("pelvic_floor_pt_notes.txt", "txt", [[
        "# FICTIONAL SAMPLE - Juniper Lane Pelvic Health Physical Therapy (fictional)",
        "Patient: Dana Whitcombe-FICT    DOB 09/30/1986    MRN JLP-FICT-5521    Clinic phone (503) 555-0127",
        "# Initial evaluation 03/03/2026 (T. Okafor, DPT, fictional)",
        "Referral diagnoses: R10.2 pain in the pelvic and perineal region; F32.1 major depressive disorder, "
        "single episode, moderate.",
        "Pain NRS 7/10 today (03/03/2026), worst with sitting.",
        "Medications per patient: duloxetine 60 mg daily since 11/2025 from her PCP, for mood and pain; "
        "omeprazole 20 mg.",
        "Past medicines: she tried amitriptyline 25 mg at night from 06/2024 to 07/2024; it made her so "
        "constipated that she stopped it after three weeks.",
        "Pain psychology: CBT for chronic pain, 8 sessions, 09/2025 - 11/2025. In her words it \"taught me "
        "skills, but my mood is the same.\"",
        "Her friend takes gabapentin and she asked about it; her PCP has not started it.",
        "Mood: she denies thoughts of self-harm. Plan: pelvic floor down-training 1x/week for 8 weeks.",
        "# Re-assessment 04/14/2026",
        "Pain NRS 4/10 (04/14/2026). Sitting tolerance 45 minutes.",
        "She says the duloxetine has helped about half; she is not out of the depression yet.",
        "Continue plan; her PCP may consider a pelvic floor injection referral if pain plateaus.",
    ]])],
    history=[
        R("amitriptyline", "tricyclic antidepressant", "antidepressant", "25 mg", "2024-06", "2024-07",
          "it made her so constipated that she stopped it after three weeks", "side_effects",
          "Past medicines: she tried amitriptyline 25 mg at night from 06/2024 to 07/2024; it made her so "
          "constipated that she stopped it after three weeks."),
        R("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2025-09", "2025-11",
          "taught me skills, but my mood is the same", "no_response",
          "CBT for chronic pain, 8 sessions, 09/2025 - 11/2025."),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-11", None,
          "the duloxetine has helped about half; she is not out of the depression yet", "partial_response",
          "She says the duloxetine has helped about half; she is not out of the depression yet."),
    ],
    scales=[
        S("pain NRS", 7, "2026-03-03", "Pain NRS 7/10 today (03/03/2026), worst with sitting."),
        S("pain NRS", 4, "2026-04-14", "Pain NRS 4/10 (04/14/2026)."),
    ],
    diagnoses=[D("R10.2", "R10.2 pain in the pelvic and perineal region"),
               D("F32.1", "F32.1 major depressive disorder, single episode, moderate")],
    suicidality=SU("none", "she denies thoughts of self-harm."),
    traps="gabapentin (a friend's, not started); omeprazole; pelvic floor injection only a possible referral.",
))

# ---------------------------------------------------------------------------------------------------------- 03
CASES.append(dict(
    slug="03-primary-care-chronic-care-management-monthly-calls-docx",
    summary="Primary care chronic care management call log (DOCX, one table), 2019-2026 history.",
    docs=[("ccm_call_log.docx", "docx", [[
        "# FICTIONAL SAMPLE - Red Mesa Family Medicine (fictional): Chronic Care Management call log",
        "Patient: Harold Benitez-FICT    DOB 02/17/1961    MRN RMF-FICT-0930    PCP: Lena Pratt, MD (fictional)",
        "Care manager: Ivy Chen, RN (fictional)    Clinic phone (505) 555-0182",
        "Problem list: E11.9 type 2 diabetes mellitus without complications; I10 high blood pressure; "
        "F33.1 major depressive disorder, recurrent, moderate.",
        "Depression history on file: escitalopram 10 mg from 2019 to 2021; he felt like himself on it and "
        "came off it with Dr. Pratt after a good year.",
        "| Date | Topic | Call note",
        "| 03/04/2025 | Mood | Mood dropped again since 02/2025. Dr. Pratt started sertraline 50 mg, "
        "raised to 100 mg on 04/01/2025.",
        "| 09/09/2025 | Mood | PHQ-9 9. He says he is about 70% back. Metformin and lisinopril refilled.",
        "| 01/20/2026 | Mood | PHQ-9 17. The sertraline worked through the summer, then by December he slid "
        "back while still taking it. Sertraline stopped today; mirtazapine 15 mg at night started.",
        "| 03/03/2026 | Mood | Stopped the mirtazapine on 02/28 - \"gained 12 pounds and slept all day.\" "
        "His wife's bupropion is not his; he has never taken it.",
        "| 03/05/2026 | Mood | Vortioxetine 10 mg daily started by Dr. Pratt.",
        "| 04/07/2026 | Mood | Check-in on vortioxetine: \"too early to tell.\" Denies SI.",
    ]])],
    history=[
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2019", "2021",
          "he felt like himself on it and came off it with Dr. Pratt after a good year", "remission",
          "escitalopram 10 mg from 2019 to 2021; he felt like himself on it and came off it with Dr. Pratt "
          "after a good year."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-03-04", "2026-01-20",
          "The sertraline worked through the summer, then by December he slid back while still taking it",
          "relapse",
          "The sertraline worked through the summer, then by December he slid back while still taking it."),
        R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2026-01-20", "2026-02-28",
          "gained 12 pounds and slept all day", "side_effects",
          "Stopped the mirtazapine on 02/28 - \"gained 12 pounds and slept all day.\""),
        R("vortioxetine", "serotonin modulator", "antidepressant", "10 mg", "2026-03-05", None,
          "too early to tell", "unknown",
          "Check-in on vortioxetine: \"too early to tell.\""),
    ],
    scales=[
        S("PHQ-9", 9, "2025-09-09", "09/09/2025 Mood PHQ-9 9."),
        S("PHQ-9", 17, "2026-01-20", "01/20/2026 Mood PHQ-9 17."),
    ],
    diagnoses=[D("E11.9", "E11.9 type 2 diabetes mellitus without complications"),
               D("I10", "I10 high blood pressure"),
               D("F33.1", "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=SU("none", "Denies SI."),
    traps="the wife's bupropion (never taken); metformin, lisinopril.",
))

# ---------------------------------------------------------------------------------------------------------- 04
CASES.append(dict(
    slug="04-pain-psychology-act-group-session-notes-pdf",
    summary="Pain psychology program: intake and ACT group closing note (text PDF, 2 pages).",
    docs=[("pain_psychology_act_notes.pdf", "pdf", [[
        "# FICTIONAL SAMPLE - Tallgrass Spine & Pain Center, Pain Psychology Service (fictional)",
        "Patient: Curtis Amadi-FICT    DOB 12/03/1970    MRN TSP-FICT-7714    Phone (316) 555-0166",
        "# Intake assessment 05/12/2026 (M. Lindqvist, PhD, fictional)",
        "Diagnoses: G89.4 chronic pain syndrome; F33.1 major depressive disorder, recurrent, moderate.",
        "Pain NRS 8/10 (05/12/2026). PHQ-9 16 (05/12/2026).",
        "Medication history (patient and pain physician records):",
        "Nortriptyline 50 mg at night, 02/2023 - 04/2023: dry mouth and a racing heart; his cardiologist "
        "stopped it.",
        "Escitalopram 20 mg, 07/2024 - 03/2025: helped the worry, mood same.",
        "Current: meloxicam 15 mg; tizanidine 4 mg at night. He declines opioids.",
        "A trial of milnacipran was discussed with his pain physician; not started.",
        "Safety: no suicidal ideation, no history of attempts.",
        "Plan: acceptance and commitment therapy (ACT) group, 10 weekly sessions.",
    ], [
        "# FICTIONAL SAMPLE - ACT group closing note 08/18/2026 (Chart TSP-FICT-7714)",
        "Acceptance and commitment therapy (ACT) group, 10 sessions, 05/19/2026 - 08/18/2026; attended 10 of 10.",
        "Goals partially met: he walks 20 minutes daily and is back at part-time work; low mood persists "
        "on some days.",
        "PHQ-9 11 (08/18/2026). Pain NRS 6/10 (08/18/2026).",
        "Next: booster session in three months; pain physician to follow medicines.",
    ]])],
    history=[
        R("nortriptyline", "tricyclic antidepressant", "antidepressant", "50 mg", "2023-02", "2023-04",
          "dry mouth and a racing heart; his cardiologist stopped it", "side_effects",
          "Nortriptyline 50 mg at night, 02/2023 - 04/2023: dry mouth and a racing heart; his cardiologist "
          "stopped it."),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2024-07", "2025-03", "helped the worry, mood same",
          "no_response", "Escitalopram 20 mg, 07/2024 - 03/2025: helped the worry, mood same."),
        R("ACT", "psychotherapy", "psychotherapy", "10 sessions", "2026-05-19", "2026-08-18",
          "Goals partially met", "partial_response",
          "Acceptance and commitment therapy (ACT) group, 10 sessions, 05/19/2026 - 08/18/2026", page=2),
    ],
    scales=[
        S("pain NRS", 8, "2026-05-12", "Pain NRS 8/10 (05/12/2026)."),
        S("PHQ-9", 16, "2026-05-12", "PHQ-9 16 (05/12/2026)."),
        S("PHQ-9", 11, "2026-08-18", "PHQ-9 11 (08/18/2026).", page=2),
        S("pain NRS", 6, "2026-08-18", "Pain NRS 6/10 (08/18/2026).", page=2),
    ],
    diagnoses=[D("G89.4", "G89.4 chronic pain syndrome"),
               D("F33.1", "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=SU("none", "Safety: no suicidal ideation, no history of attempts."),
    traps="milnacipran only discussed; opioids declined; meloxicam, tizanidine.",
))

# ---------------------------------------------------------------------------------------------------------- 05
CASES.append(dict(
    slug="05-paper-admission-medication-reconciliation-form-scan",
    summary="Handwritten admission medication reconciliation form on an orthopedic ward, scanned (image-only PDF).",
    docs=[("admission_med_rec_scan.pdf", "scan", [[
        "# FICTIONAL SAMPLE - St. Brendan's Regional Hospital (fictional) - Admission Medication Reconciliation",
        "Patient: Agnes Moravec-FICT   DOB 06/22/1944   Acct SBR-FICT-33180   Unit 4 West (ortho)",
        "Admit 09/12/2026 after a fall. Dx: S72.001A fracture of the right femoral neck, first encounter;",
        "F32.2 major depressive disorder, single episode, severe.",
        "Source: daughter (Ruth) + pharmacy fill list. Pharmacy phone (412) 555-0119",
        "~HOME MEDS",
        "~mirtazapine 30 mg at bedtime, since 2023 - daughter: 'no better on it, still won't eat or get up'",
        "~amlodipine 5 mg daily;  calcium + vit D",
        "~PAST PSYCH MEDS",
        "~paroxetine 20 mg  2021-2022  stopped - sweating at night, 'couldn't think straight'",
        "~bupropion? pt says 'never took that'",
        "~Psych consult 09/14/2026: PHQ-9 18. SI: denies.",
        "~Reconciled by: K. Duarte, PharmD (fictional) 09/12/2026",
    ]])],
    history=[
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2021", "2022",
          "stopped - sweating at night, 'couldn't think straight'", "side_effects",
          "paroxetine 20 mg 2021-2022 stopped - sweating at night, 'couldn't think straight'"),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2023", None,
          "no better on it, still won't eat or get up", "no_response",
          "mirtazapine 30 mg at bedtime, since 2023 - daughter: 'no better on it, still won't eat or get up'"),
    ],
    scales=[S("PHQ-9", 18, "2026-09-14", "Psych consult 09/14/2026: PHQ-9 18.")],
    diagnoses=[D("S72.001A", "S72.001A fracture of the right femoral neck, first encounter"),
               D("F32.2", "F32.2 major depressive disorder, single episode, severe")],
    suicidality=SU("none", "SI: denies."),
    traps="bupropion never taken; amlodipine, calcium/vitamin D.",
))

# ---------------------------------------------------------------------------------------------------------- 06
CASES.append(dict(
    slug="06-behavioral-activation-telephone-coaching-notes-txt",
    summary="Behavioral activation telephone coaching program notes (TXT).",
    docs=[("ba_coaching_calls.txt", "txt", [[
        "# FICTIONAL SAMPLE - Bright Path Behavioral Activation Coaching Program (fictional)",
        "Participant: Noemi Achterberg-FICT    DOB 05/08/1992    ID BPC-FICT-4410    Line (614) 555-0151",
        "Diagnosis from referring GP: F32.1 major depressive disorder, single episode, moderate.",
        "# Call 1 - 01/08/2026 (coach: P. Galloway, fictional)",
        "PHQ-9 15 (01/08/2026).",
        "Background: fluoxetine 20 mg from 03/2024 to 02/2025 - it helped a bit at first, then nothing.",
        "Interpersonal therapy after her father's death in 2018 (about 12 sessions) helped with the grief; "
        "the depression persisted.",
        "Her GP suggested adding bupropion if this program does not help; she has not started it.",
        "Goal: re-start weekend hiking and one call a week to her sister.",
        "# Calls 2-7 - 01/15/2026 to 03/19/2026",
        "Activity schedules completed most weeks; hiking back on Saturdays.",
        "# Call 8 (closing) - 03/26/2026",
        "Behavioral activation, 8 telephone sessions, 01/08/2026 - 03/26/2026.",
        "PHQ-9 4 (03/26/2026). She says \"I feel like me again.\"",
    ]])],
    history=[
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2024-03", "2025-02",
          "it helped a bit at first, then nothing", "relapse",
          "fluoxetine 20 mg from 03/2024 to 02/2025 - it helped a bit at first, then nothing."),
        R("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2018", "2018",
          "helped with the grief; the depression persisted", "no_response",
          "Interpersonal therapy after her father's death in 2018 (about 12 sessions) helped with the grief; "
          "the depression persisted."),
        R("behavioral activation", "psychotherapy", "psychotherapy", "8 sessions", "2026-01-08", "2026-03-26",
          "I feel like me again", "remission",
          "Behavioral activation, 8 telephone sessions, 01/08/2026 - 03/26/2026."),
    ],
    scales=[
        S("PHQ-9", 15, "2026-01-08", "PHQ-9 15 (01/08/2026)."),
        S("PHQ-9", 4, "2026-03-26", "PHQ-9 4 (03/26/2026)."),
    ],
    diagnoses=[D("F32.1", "F32.1 major depressive disorder, single episode, moderate")],
    suicidality=None,
    traps="bupropion only suggested by the GP, not started.",
))

# ---------------------------------------------------------------------------------------------------------- 07
CASES.append(dict(
    slug="07-tms-motor-threshold-and-treatment-log-pdf",
    summary="TMS clinic: consult with prior trials, motor threshold and session log (text PDF, 2 pages).",
    docs=[("tms_treatment_log.pdf", "pdf", [[
        "# FICTIONAL SAMPLE - Blue Heron Neuromodulation Clinic (fictional) - TMS consult",
        "Patient: Priya Ventresca-FICT    DOB 07/19/1983    Chart BHN-FICT-6051    Phone (919) 555-0108",
        "# Consult 09/08/2026 (S. Adeyemi, MD, fictional)",
        "Diagnosis: F33.2 major depressive disorder, recurrent, severe without psychotic features.",
        "Antidepressant trials:",
        "1. Duloxetine 60 mg, 03/2023 - 04/2023: vomiting most mornings; she stopped it after six weeks.",
        "2. Escitalopram 20 mg, 08/2023 - 06/2024: \"no different on it.\"",
        "3. Lithium 600 mg added to escitalopram, 02/2024 - 06/2024: tremor tolerated; no change in mood.",
        "Ketamine and ECT were discussed; she prefers TMS first.",
        "MADRS 31 (09/08/2026).",
        "C-SSRS (09/08/2026): wish to be dead, no thoughts of a method, no intent (passive ideation).",
        "Plan: left DLPFC 10 Hz rTMS, 36 sessions.",
    ], [
        "# FICTIONAL SAMPLE - TMS treatment log (Chart BHN-FICT-6051)",
        "Motor threshold 09/10/2026: 58% machine output; treatment at 120% MT.",
        "| Session | Date | Pulses | Note",
        "| 1 | 09/10/2026 | 3000 | scalp discomfort, settled",
        "| 10 | 09/23/2026 | 3000 | sleeping better",
        "| 20 | 10/07/2026 | 3000 | tolerated",
        "| 30 | 10/19/2026 | 3000 | tolerated",
        "| 36 | 10/27/2026 | 3000 | course complete",
        "Course summary: rTMS, 36 sessions, 09/10/2026 - 10/27/2026.",
        "MADRS 15 (10/27/2026): a response, but not remission.",
    ]])],
    history=[
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2023-03", "2023-04",
          "vomiting most mornings; she stopped it after six weeks", "side_effects",
          "Duloxetine 60 mg, 03/2023 - 04/2023: vomiting most mornings; she stopped it after six weeks."),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-08", "2024-06", "no different on it",
          "no_response", "Escitalopram 20 mg, 08/2023 - 06/2024: \"no different on it.\""),
        R("lithium", "mood stabilizer", "augmentation", "600 mg", "2024-02", "2024-06",
          "tremor tolerated; no change in mood", "no_response",
          "Lithium 600 mg added to escitalopram, 02/2024 - 06/2024: tremor tolerated; no change in mood."),
        R("TMS", "transcranial magnetic stimulation", "neuromodulation", "36 sessions", "2026-09-10",
          "2026-10-27", "a response, but not remission", "partial_response",
          "MADRS 15 (10/27/2026): a response, but not remission.", page=2),
    ],
    scales=[
        S("MADRS", 31, "2026-09-08", "MADRS 31 (09/08/2026)."),
        S("MADRS", 15, "2026-10-27", "MADRS 15 (10/27/2026)", page=2),
    ],
    diagnoses=[D("F33.2", "F33.2 major depressive disorder, recurrent, severe without psychotic features")],
    suicidality=SU("passive", "wish to be dead, no thoughts of a method, no intent (passive ideation)."),
    traps="ketamine and ECT only discussed.",
))

# ---------------------------------------------------------------------------------------------------------- 08
CASES.append(dict(
    slug="08-cardiac-surgery-icu-psychiatry-consult-docx",
    summary="Inpatient psychiatry consult in the cardiac surgery ICU after bypass surgery (DOCX).",
    docs=[("csicu_psychiatry_consult.docx", "docx", [[
        "# FICTIONAL SAMPLE - Lakeshore University Hospital (fictional) - Psychiatry Consultation",
        "Patient: Walter Szabo-FICT    DOB 01/25/1958    MRN LUH-FICT-90412    Unit: cardiac surgery ICU",
        "Date of consult: 11/18/2026. Requested by the cardiac surgery team for low mood after CABG on 11/14/2026.",
        "Consultant: Farah Nwosu, MD (fictional). Pager line (312) 555-0173.",
        "# Past psychiatric treatment",
        "He took sertraline 100 mg from 2015 to 2017; he recovered fully and tapered off in 2017 with his doctor.",
        "Citalopram 40 mg, 03/2020 - 05/2020: stopped because of a long QT on his ECG.",
        "Mirtazapine 15 mg at night since 2021: he sleeps and eats better, but his mood has not changed.",
        "He has never had ECT or psychotherapy.",
        "# Examination",
        "PHQ-9 14 (11/18/2026), given at the bedside. He denies suicidal ideation, plan or intent.",
        "# Assessment",
        "I25.10 coronary artery disease of native vessels without angina; F33.1 major depressive disorder, "
        "recurrent, moderate.",
        "# Recommendations",
        "1. Hold mirtazapine while NPO; resume when taking oral medicines.",
        "2. Consider starting sertraline 50 mg once cleared by cardiology (QTc 452 ms today).",
        "3. Haloperidol is not needed; no delirium on exam.",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2015", "2017",
          "he recovered fully and tapered off in 2017 with his doctor", "remission",
          "He took sertraline 100 mg from 2015 to 2017; he recovered fully and tapered off in 2017 with his "
          "doctor."),
        R("citalopram", "SSRI", "antidepressant", "40 mg", "2020-03", "2020-05",
          "stopped because of a long QT on his ECG", "side_effects",
          "Citalopram 40 mg, 03/2020 - 05/2020: stopped because of a long QT on his ECG."),
        R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2021", None,
          "he sleeps and eats better, but his mood has not changed", "no_response",
          "Mirtazapine 15 mg at night since 2021: he sleeps and eats better, but his mood has not changed."),
    ],
    scales=[S("PHQ-9", 14, "2026-11-18", "PHQ-9 14 (11/18/2026), given at the bedside.")],
    diagnoses=[D("I25.10", "I25.10 coronary artery disease of native vessels without angina"),
               D("F33.1", "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=SU("none", "He denies suicidal ideation, plan or intent."),
    traps="sertraline restart only recommended (no new row); ECT/psychotherapy never had; haloperidol not needed.",
))

# ---------------------------------------------------------------------------------------------------------- 09
CASES.append(dict(
    slug="09-microfilm-chart-printout-1988-2002-txt",
    summary="Old records: a microfilm printout of a 1988-2002 outpatient chart, typed in capitals (TXT).",
    docs=[("microfilm_chart_printout.txt", "txt", [[
        "# FICTIONAL SAMPLE - MICROFILM PRINTOUT - HARBORVIEW COUNTY MENTAL HEALTH CLINIC (FICTIONAL)",
        "PT: LORRAINE FENWICK-FICT   DOB 03/14/1956   CHART HCM-FICT-01873   RECORDS OFFICE (207) 555-0134",
        "DX (1988): ICD-9 296.32 MAJOR DEPRESSION, RECURRENT, MODERATE. CONVERTED 2016 TO ICD-10-CM F33.1.",
        "# MEDICATION / TREATMENT SUMMARY",
        "1988-1989: AMITRIPTYLINE 150 MG HS. NO IMPROVEMENT AFTER 10 WKS ON FULL DOSE.",
        "1990-1993: PHENELZINE 60 MG/D. REMITTED BY 06/1990; TAPERED OFF 1993 WHEN WELL.",
        "02/1998: OVERDOSE OF 30 TABLETS, ADMITTED TO MEDICAL WARD. SUICIDE ATTEMPT.",
        "03/02/1998: HAM-D 27.",
        "ECT, 12 TREATMENTS, 03/1998 - 04/1998. FULL REMISSION AFTER 12 TX; RELAPSED WITHIN 4 MONTHS.",
        "04/20/1998: HAM-D 5.",
        "2001-2002: NEFAZODONE 400 MG/D. D/C 2002 - LIVER ENZYMES ELEVATED.",
        "MAOI RE-TRIAL OFFERED 2002; PT DECLINED. CHART CLOSED 2002 (MOVED OUT OF AREA).",
    ]])],
    history=[
        R("amitriptyline", "tricyclic antidepressant", "antidepressant", "150 mg", "1988", "1989",
          "NO IMPROVEMENT AFTER 10 WKS ON FULL DOSE", "no_response",
          "1988-1989: AMITRIPTYLINE 150 MG HS. NO IMPROVEMENT AFTER 10 WKS ON FULL DOSE."),
        R("phenelzine", "MAOI", "antidepressant", "60 mg", "1990", "1993",
          "REMITTED BY 06/1990; TAPERED OFF 1993 WHEN WELL", "remission",
          "1990-1993: PHENELZINE 60 MG/D. REMITTED BY 06/1990; TAPERED OFF 1993 WHEN WELL."),
        R("ECT", "electroconvulsive therapy", "neuromodulation", "12 treatments", "1998-03", "1998-04",
          "FULL REMISSION AFTER 12 TX; RELAPSED WITHIN 4 MONTHS", "relapse",
          "ECT, 12 TREATMENTS, 03/1998 - 04/1998. FULL REMISSION AFTER 12 TX; RELAPSED WITHIN 4 MONTHS."),
        R("nefazodone", "SARI", "antidepressant", "400 mg", "2001", "2002", "D/C 2002 - LIVER ENZYMES ELEVATED",
          "side_effects", "2001-2002: NEFAZODONE 400 MG/D. D/C 2002 - LIVER ENZYMES ELEVATED."),
    ],
    scales=[S("HAM-D", 27, "1998-03-02", "03/02/1998: HAM-D 27."),
            S("HAM-D", 5, "1998-04-20", "04/20/1998: HAM-D 5.")],
    diagnoses=[D("F33.1", "CONVERTED 2016 TO ICD-10-CM F33.1")],
    suicidality=SU("attempt", "02/1998: OVERDOSE OF 30 TABLETS, ADMITTED TO MEDICAL WARD. SUICIDE ATTEMPT."),
    traps="MAOI re-trial offered and declined; ICD-9 296.32 is on purpose not in the truth (the record converts it).",
))

# ---------------------------------------------------------------------------------------------------------- 10
CASES.append(dict(
    slug="10-informe-alta-unidad-hospitalizacion-breve-espanol-docx",
    summary="Spanish discharge report from a brief-stay psychiatric inpatient unit (DOCX).",
    docs=[("informe_alta_uhb.docx", "docx", [[
        "# MUESTRA FICTICIA / FICTIONAL SAMPLE - Hospital Ribera del Tajo (ficticio) - Unidad de "
        "Hospitalización Breve",
        "INFORME DE ALTA. Paciente: Rocío Almagro-FICT. Fecha de nacimiento: 12/06/1975. "
        "N.º de historia: RDT-FICT-44817.",
        "Ingreso: 5 de octubre de 2026. Alta: 23 de octubre de 2026. Teléfono de la unidad: (915) 555-0122.",
        "# Motivo de ingreso",
        "Ideación autolítica activa con plan estructurado (precipitarse desde su balcón), comunicada a su hermana.",
        "# Antecedentes de tratamiento",
        "Sertralina 150 mg/día de marzo de 2023 a abril de 2024: mejoría parcial, sin llegar a la remisión.",
        "Venlafaxina 225 mg/día de mayo de 2024 a febrero de 2025: la suspendió por palpitaciones y tensión alta.",
        "Litio 800 mg/día como potenciación de marzo de 2025 a septiembre de 2025: sin cambios en el ánimo.",
        "No ha recibido TEC; se ofrecerá si no hay respuesta.",
        "# Evolución",
        "HAM-D 25 el 5 de octubre de 2026.",
        "Desde el 8 de octubre de 2026 se añade quetiapina 150 mg/noche a la vortioxetina 20 mg que tomaba desde "
        "julio de 2026; al alta es pronto para valorar la respuesta.",
        "HAM-D 14 el 23 de octubre de 2026.",
        "# Diagnóstico",
        "F33.2 Trastorno depresivo recurrente, episodio actual grave sin síntomas psicóticos.",
        "# Tratamiento al alta",
        "Vortioxetina 20 mg/día; quetiapina 150 mg por la noche; lorazepam 1 mg si ansiedad.",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2023-03", "2024-04",
          "mejoría parcial, sin llegar a la remisión", "partial_response",
          "Sertralina 150 mg/día de marzo de 2023 a abril de 2024: mejoría parcial, sin llegar a la remisión."),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2024-05", "2025-02",
          "la suspendió por palpitaciones y tensión alta", "side_effects",
          "Venlafaxina 225 mg/día de mayo de 2024 a febrero de 2025: la suspendió por palpitaciones y tensión "
          "alta."),
        R("lithium", "mood stabilizer", "augmentation", "800 mg", "2025-03", "2025-09", "sin cambios en el ánimo",
          "no_response",
          "Litio 800 mg/día como potenciación de marzo de 2025 a septiembre de 2025: sin cambios en el ánimo."),
        R("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2026-07", None,
          "al alta es pronto para valorar la respuesta", "unknown",
          "a la vortioxetina 20 mg que tomaba desde julio de 2026; al alta es pronto para valorar la respuesta."),
        R("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2026-10-08", None,
          "al alta es pronto para valorar la respuesta", "unknown",
          "Desde el 8 de octubre de 2026 se añade quetiapina 150 mg/noche a la vortioxetina 20 mg"),
    ],
    scales=[S("HAM-D", 25, "2026-10-05", "HAM-D 25 el 5 de octubre de 2026."),
            S("HAM-D", 14, "2026-10-23", "HAM-D 14 el 23 de octubre de 2026.")],
    diagnoses=[D("F33.2", "F33.2 Trastorno depresivo recurrente, episodio actual grave sin síntomas psicóticos")],
    suicidality=SU("active", "Ideación autolítica activa con plan estructurado"),
    traps="TEC (ECT) never given, only offered if no response; lorazepam.",
))

# ---------------------------------------------------------------------------------------------------------- 11
CASES.append(dict(
    slug="11-pharmacy-counter-medication-profile-printout-photos",
    summary="Phone photos (2 JPEG) of a community pharmacy's printed medication profile with the pharmacist's "
            "handwritten notes.",
    docs=[("pharmacy_profile_photo_1.jpg", "photos", [[
        "# FICTIONAL SAMPLE - Cedar Row Pharmacy #12 (fictional) - Patient Medication Profile",
        "Patient: Tobias Lindgren-FICT   DOB 10/02/1989   Rx ID CRP-FICT-20771",
        "Printed 12/01/2026   Store phone (651) 555-0190",
        "Dx on file (from prescriber): F33.1 recurrent major depression, moderate",
        "| Drug | Strength | First fill | Last fill",
        "| CITALOPRAM | 20 MG | 01/06/2025 | 04/02/2025",
        "~RPh note 04/2025: pt stopped citalopram - 'felt flat, like a robot'",
        "| BUPROPION XL | 300 MG | 05/05/2025 | 11/03/2025",
        "~RPh note 11/2025: bupropion 'did nothing for me' per pt",
    ]]), ("pharmacy_profile_photo_2.jpg", "photos", [[
        "# FICTIONAL SAMPLE - Cedar Row Pharmacy #12 - profile, page 2 (Rx ID CRP-FICT-20771)",
        "| Drug | Strength | First fill | Last fill",
        "| VORTIOXETINE | 10 MG | 12/01/2025 | 11/20/2026",
        "~RPh note 06/2026: pt on vortioxetine: 'maybe a little better??'",
        "| ATORVASTATIN | 20 MG | 02/10/2024 | 11/20/2026",
        "| OMEPRAZOLE | 20 MG | 03/15/2024 | 10/30/2026",
        "~Prescriber asked about esketamine nasal - not filled here",
    ]])],
    history=[
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2025-01-06", "2025-04-02",
          "pt stopped citalopram - 'felt flat, like a robot'", "side_effects",
          "RPh note 04/2025: pt stopped citalopram - 'felt flat, like a robot'"),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2025-05-05", "2025-11-03", "did nothing for me",
          "no_response", "RPh note 11/2025: bupropion 'did nothing for me' per pt"),
        R("vortioxetine", "serotonin modulator", "antidepressant", "10 mg", "2025-12-01", None,
          "maybe a little better??", "unknown", "RPh note 06/2026: pt on vortioxetine: 'maybe a little better??'",
          file="pharmacy_profile_photo_2.jpg"),
    ],
    scales=[],
    diagnoses=[D("F33.1", "F33.1 recurrent major depression, moderate")],
    suicidality=None,
    traps="esketamine only asked about, not filled; atorvastatin, omeprazole.",
))

# ---------------------------------------------------------------------------------------------------------- 12
CASES.append(dict(
    slug="12-adolescent-to-adult-psychiatry-transition-handoff-pdf",
    summary="Transition-of-care handoff letter from a child and adolescent psychiatrist to an adult clinic "
            "(text PDF, 2 pages).",
    docs=[("transition_handoff_letter.pdf", "pdf", [[
        "# FICTIONAL SAMPLE - Maplewood Child & Adolescent Psychiatry (fictional) - Transition handoff",
        "Prepared 11/10/2026. To: Adult Outpatient Psychiatry, Northgate Behavioral Health (fictional).",
        "Patient: Eli Navarro-Brandt-FICT    DOB 08/14/2007 (age 19)    MRN MCA-FICT-30517",
        "From: Joanna Whitfield, MD (fictional). Office (480) 555-0160.",
        "Diagnoses: F33.1 major depressive disorder, recurrent, moderate; F41.1 generalized anxiety disorder.",
        "# Treatment history",
        "Eli started fluoxetine 20 mg in 09/2021 for a first episode at age 14.",
        "By the spring of 2022 he was back to himself. We stopped it in 06/2023 because he had been well "
        "for a year.",
        "The depression returned in the fall of 2024.",
        "Escitalopram 10 mg, 09/2024 - 01/2025: \"I felt like a zombie,\" so we stopped it.",
        "CBT with our clinic psychologist, 12 sessions, 10/2024 - 01/2025: helped with school stress; "
        "his depression persisted.",
    ], [
        "# FICTIONAL SAMPLE - Transition handoff, page 2 (MRN MCA-FICT-30517)",
        "Sertraline since 02/2025, now 150 mg daily. At the 11/10/2026 visit he said he is \"about 60% "
        "of who I was.\"",
        "PHQ-9 13 (11/10/2026). GAD-7 11 (11/10/2026).",
        "Safety: he endorses a passive death wish on some nights; no intent, no plan; safety plan updated "
        "11/10/2026.",
        "Family therapy was offered and the family declined. Aripiprazole could be considered if the "
        "sertraline stalls.",
        "Please call me with questions.",
    ]])],
    history=[
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2021-09", "2023-06",
          "By the spring of 2022 he was back to himself. We stopped it in 06/2023 because he had been well for "
          "a year.", "remission",
          "By the spring of 2022 he was back to himself. We stopped it in 06/2023 because he had been well "
          "for a year."),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2024-09", "2025-01",
          "I felt like a zombie, so we stopped it", "side_effects",
          "Escitalopram 10 mg, 09/2024 - 01/2025: \"I felt like a zombie,\" so we stopped it."),
        R("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2024-10", "2025-01",
          "helped with school stress; his depression persisted", "no_response",
          "CBT with our clinic psychologist, 12 sessions, 10/2024 - 01/2025: helped with school stress; "
          "his depression persisted."),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2025-02", None, "about 60% of who I was",
          "partial_response",
          "Sertraline since 02/2025, now 150 mg daily. At the 11/10/2026 visit he said he is \"about 60% "
          "of who I was.\"", page=2),
    ],
    scales=[S("PHQ-9", 13, "2026-11-10", "PHQ-9 13 (11/10/2026).", page=2),
            S("GAD-7", 11, "2026-11-10", "GAD-7 11 (11/10/2026).", page=2)],
    diagnoses=[D("F33.1", "F33.1 major depressive disorder, recurrent, moderate"),
               D("F41.1", "F41.1 generalized anxiety disorder")],
    suicidality=SU("passive", "he endorses a passive death wish on some nights; no intent, no plan", page=2),
    traps="family therapy declined; aripiprazole only 'could be considered'.",
))
