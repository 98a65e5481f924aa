"""FICTIONAL cases of notes set 55. Every person, clinic, number and address here is invented."""


def R(name, cls, kind, dose, start, end, outcome, oc, text, page=1, file=None):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": file, "page": page, "text": text}}


def S(name, score, date, text, page=1, file=None):
    return {"name": name, "score": score, "date": date, "source": {"file": file, "page": page, "text": text}}


def D(code, text, page=1, file=None):
    return {"code": code, "source": {"file": file, "page": page, "text": text}}


def SU(level, text=None, page=1, file=None):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": {"file": file, "page": page, "text": text}}


CASES = []

# ------------------------------------------------------------------ 01 scan
CASES.append(dict(
    slug="55-01-commercial-driver-medical-exam-health-history-scan",
    header="Commercial driver exam",
    docs=[dict(file="cdl_exam_health_history.pdf", kind="scan", pages=[[
        "# FICTIONAL SAMPLE - Commercial Driver Medical Examination",
        "Driver Health History, page 2 (scanned paper form)",
        "Driver: Dale R. Pruitt (fictional)    DOB 04/11/1979",
        "Exam date: 10/14/2026    Record no. FICT-CDL-5501",
        "Tri-County Occupational Health (fictional), (417) 555-0132",
        "",
        "Do you take medicine for depression or anxiety? ~ Yes",
        "Current medicines (name, dose, since when, how is it going):",
        "~ sertraline 100 mg daily since 03/2025 -",
        "~ about 75% back to normal",
        "Past mental health medicines and why stopped:",
        "~ citalopram 20 mg 2019-2020 - made me dizzy at",
        "~ the wheel, Dr. stopped it",
        "~ bupropion 150 mg 2021 - did nothing, quit after 3 mo",
        "~ trazodone 50 mg 2022 for sleep only",
        "Counseling or therapy (dates, how many visits):",
        "~ CBT 8 visits 2024 thru the EAP - helped me cope",
        "~ w/ the divorce, mood same",
        "Thoughts of suicide or self-harm? ~ No - never",
        "Other: ~ psychiatrist wanted to add aripiprazole, I said no",
        "",
        "# Medical examiner use only",
        "Examiner: Lorna Vick, DC (fictional)",
        "~ PHQ-9 today = 6. Stable on sertraline, no sedation.",
        "~ Dx F33.41 recurrent MDD, in partial remission",
        "~ 1-year certificate. Treating provider letter requested.",
    ]])],
    note="FICTIONAL case. Commercial driver medical exam health history page, hand-filled, image-only scanned PDF. "
         "Rows: citalopram 2019-2020 (dizzy at the wheel, stopped: side effects), bupropion 2021 (did nothing: no "
         "response), CBT 8 visits 2024 (coped with the divorce, mood same: no response), sertraline since 03/2025 "
         "(about 75% back to normal: partial, current). Not rows: trazodone for sleep, aripiprazole declined.",
    history=[
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2020",
          "made me dizzy at the wheel, Dr. stopped it", "side_effects", "citalopram 20 mg 2019-2020 - made me dizzy at"),
        R("bupropion", "NDRI", "antidepressant", "150 mg", "2021", "2021",
          "did nothing, quit after 3 mo", "no_response", "bupropion 150 mg 2021 - did nothing, quit after 3 mo"),
        R("CBT", "psychotherapy", "psychotherapy", "8 visits", "2024", "2024",
          "helped me cope w/ the divorce, mood same", "no_response", "w/ the divorce, mood same"),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-03", None,
          "about 75% back to normal", "partial_response", "about 75% back to normal"),
    ],
    scales=[S("PHQ-9", 6, "2026-10-14", "PHQ-9 today = 6.")],
    diagnoses=[D("F33.41", "Dx F33.41 recurrent MDD, in partial remission")],
    suicidality=SU("none", "Thoughts of suicide or self-harm? No - never"),
))

# ------------------------------------------------------------------ 02 inpatient consult, liver transplant
CASES.append(dict(
    slug="55-02-liver-transplant-evaluation-inpatient-psychiatry-consult-pdf",
    header="Transplant psychiatry consult",
    docs=[dict(file="transplant_psychiatry_consult.pdf", kind="pdf", pages=[[
        "# FICTIONAL SAMPLE RECORD - Bayridge University Hospital (fictional)",
        "# Consultation-Liaison Psychiatry: Liver Transplant Evaluation",
        "Patient: Marisol T. Kwan (fictional)   MRN FICT-LT-55020   Date of consult: 10/02/2026",
        "Requested by: Hepatology (transplant evaluation). Consultant: R. Oduya, MD (fictional). Pager (614) 555-0117.",
        "# Reason for consult",
        "Psychosocial and psychiatric evaluation for liver transplant listing; history of depression.",
        "# History of present illness",
        "Ms. Kwan, 51, was admitted 09/27/2026 with hepatic encephalopathy, now resolved. She has been sober since 11/2016. "
        "She describes low mood most days since the spring, poor sleep and guilt about her illness.",
        "# Past psychiatric treatment",
        "Fluoxetine 40 mg from 2017 to 2019: \"It got me through the first two years sober.\" By 2019 the low mood was "
        "back even though she never missed a dose, and her PCP switched her.",
        "Mirtazapine 30 mg, 2020 to 2021: she ate better and slept, but the depression itself did not shift.",
        "Escitalopram 10 mg from 02/2024: \"it took the edge off, but I was still down most days.\" It was held on "
        "admission (09/27/2026) because of her liver function, not because of any side effect.",
        "Interpersonal therapy, 12 sessions (03/2025 to 06/2025): helped her talk about her mother's death, but the "
        "depression stayed.",
        "Relapse-prevention group for alcohol use since 2017 (she values it). Naltrexone was never started because of "
        "her liver. Acamprosate 666 mg three times daily for alcohol use.",
        "# Safety",
        "In 2016 she took an overdose of her husband's pills with alcohol and spent two days in the ICU. "
        "She denies current suicidal ideation.",
        "# Measures",
        "PHQ-9 19 today. MADRS 28 today.",
        "# Diagnoses",
        "F33.1 major depressive disorder, recurrent, moderate",
        "F10.21 alcohol dependence, in sustained remission",
        "K70.31 alcoholic cirrhosis of liver with ascites",
    ], [
        "# Follow-up note, 10/06/2026",
        "Seen again on the ward. Escitalopram remains held. Mood low; PHQ-9 17 today.",
        "Plan: consider sertraline 25 mg once hepatology agrees; no antidepressant started today. ECT was discussed and "
        "she declined it. Continue weekly relapse-prevention group after discharge.",
        "From a psychiatric standpoint she may proceed with listing with the supports above.",
    ]])],
    note="FICTIONAL case. Inpatient consultation-liaison psychiatry consult for liver transplant listing, 2-page PDF. "
         "Rows: fluoxetine 2017-2019 (helped, then low mood back while taking it: relapse), mirtazapine 2020-2021 "
         "(ate and slept better, depression did not shift: no response), escitalopram 02/2024-2026-09 (took the edge "
         "off, still down; held for the liver, a stop outside the drug: partial), IPT 2025 (depression stayed: no "
         "response). Not rows: relapse-prevention group and acamprosate (alcohol), naltrexone never started, husband's "
         "pills, sertraline planned, ECT declined.",
    history=[
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2017", "2019",
          "It got me through the first two years sober. By 2019 the low mood was back even though she never missed a dose",
          "relapse", "By 2019 the low mood was back even though she never missed a dose"),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2020", "2021",
          "she ate better and slept, but the depression itself did not shift", "no_response",
          "Mirtazapine 30 mg, 2020 to 2021: she ate better and slept, but the depression itself did not shift."),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2024-02", "2026-09",
          "it took the edge off, but I was still down most days; held for her liver, not a side effect",
          "partial_response", "it took the edge off, but I was still down most days."),
        R("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2025-03", "2025-06",
          "helped her talk about her mother's death, but the depression stayed", "no_response",
          "helped her talk about her mother's death, but the depression stayed."),
    ],
    scales=[S("PHQ-9", 19, "2026-10-02", "PHQ-9 19 today."), S("MADRS", 28, "2026-10-02", "MADRS 28 today."),
            S("PHQ-9", 17, "2026-10-06", "PHQ-9 17 today.", page=2)],
    diagnoses=[D("F33.1", "F33.1 major depressive disorder, recurrent, moderate"),
               D("F10.21", "F10.21 alcohol dependence, in sustained remission"),
               D("K70.31", "K70.31 alcoholic cirrhosis of liver with ascites")],
    suicidality=SU("attempt", "In 2016 she took an overdose of her husband's pills with alcohol"),
))

# ------------------------------------------------------------------ 03 pain: hand surgery / carpal tunnel, txt
CASES.append(dict(
    slug="55-03-hand-surgery-carpal-tunnel-pain-visit-txt",
    header="Hand surgery",
    docs=[dict(file="hand_clinic_visit.txt", kind="txt", pages=[[
        "# FICTIONAL SAMPLE RECORD - Westfork Hand & Upper Extremity Center (fictional)",
        "Patient: Bernadette O. Lisle (fictional)   DOB 07/19/1972   Acct FICT-HND-5503",
        "Visit: 11/03/2026   Provider: T. Amundsen, PA-C (fictional)   Phone (208) 555-0164",
        "# Chief complaint",
        "Bilateral hand numbness and burning pain, worse at night, for about two years. Works as a baker.",
        "# Pain medicines tried",
        "Naproxen 500 mg twice daily for the hand pain, 03/2025 to 06/2025: no change in the numbness or pain.",
        "Gabapentin 300 mg three times daily for the hand pain, 06/2025 to 10/2025: so foggy she missed a shift at the bakery; stopped.",
        "Pregabalin was discussed today and she declined it. Night splints since 2025. Steroid injection right wrist 08/2026.",
        "Ibuprofen over the counter as needed.",
        "# Mood",
        "Her PCP started duloxetine 60 mg in 01/2026 for depression. She says her mood is better than last winter, but she "
        "still has no interest in anything. The hand pain is unchanged on it.",
        "No suicidal thoughts.",
        "PHQ-9 11 today.",
        "Pain today 7/10 at rest.",
        "# Assessment",
        "G56.03 carpal tunnel syndrome, both upper limbs",
        "F32.A depression, unspecified",
        "# Plan",
        "Right carpal tunnel release scheduled; hydrocodone-acetaminophen only if needed after surgery. Continue duloxetine per PCP.",
    ]])],
    note="FICTIONAL case. Hand surgery clinic visit for carpal tunnel pain, TXT. Pain medicines for the coded pain are rows "
         "of kind other: naproxen 2025 (no change: no response), gabapentin 2025 (foggy, missed a shift, stopped: side "
         "effects). Duloxetine since 01/2026 for depression (mood better, still no interest: partial, current). Not rows: "
         "pregabalin declined, splints, injection, surgery, ibuprofen as needed with nothing said, post-op hydrocodone.",
    history=[
        R("naproxen", "NSAID", "other", "500 mg", "2025-03", "2025-06", "no change in the numbness or pain",
          "no_response", "Naproxen 500 mg twice daily for the hand pain, 03/2025 to 06/2025: no change in the numbness or pain."),
        R("gabapentin", "gabapentinoid", "other", "300 mg", "2025-06", "2025-10",
          "so foggy she missed a shift at the bakery; stopped", "side_effects",
          "so foggy she missed a shift at the bakery; stopped."),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-01", None,
          "her mood is better than last winter, but she still has no interest in anything", "partial_response",
          "her mood is better than last winter, but she still has no interest in anything"),
    ],
    scales=[S("PHQ-9", 11, "2026-11-03", "PHQ-9 11 today."), S("pain NRS", 7, "2026-11-03", "Pain today 7/10 at rest.")],
    diagnoses=[D("G56.03", "G56.03 carpal tunnel syndrome, both upper limbs"), D("F32.A", "F32.A depression, unspecified")],
    suicidality=SU("none", "No suicidal thoughts."),
))

# ------------------------------------------------------------------ 04 pharmacy lock-in fill history pdf
T = "|"
CASES.append(dict(
    slug="55-04-medicaid-pharmacy-lock-in-program-fill-history-pdf",
    header="Pharmacy fill history",
    docs=[dict(file="lockin_fill_history.pdf", kind="pdf", pages=[[
        "# FICTIONAL SAMPLE - Harmon County Medicaid Health Plan (fictional) - Pharmacy Lock-In Program",
        "Member: Tanya L. Brevard (fictional)   Member ID FICT-MCD-55040   Assigned pharmacy: Elm St Pharmacy (fictional)",
        "Printed 10/20/2026 for the member's appeal. Pharmacy help line 1-800-555-0148. Fills 01/2026 to 10/2026.",
        "# Paid and reversed claims",
        "| Fill date | Drug | Strength | Qty | Days | Status |",
        "| 01/06/2026 | venlafaxine ER | 75 mg | 30 | 30 | paid |",
        "| 02/04/2026 | venlafaxine ER | 150 mg | 30 | 30 | paid |",
        "| 03/05/2026 | venlafaxine ER | 150 mg | 30 | 30 | paid |",
        "| 04/03/2026 | venlafaxine ER | 150 mg | 30 | 30 | paid |",
        "| 04/03/2026 | oxycodone | 5 mg | 12 | 3 | paid (dental) |",
        "| 05/14/2026 | sertraline | 50 mg | 30 | 30 | reversed - not picked up |",
        "| 05/20/2026 | vortioxetine | 10 mg | 30 | 30 | paid |",
        "| 06/18/2026 | vortioxetine | 20 mg | 30 | 30 | paid |",
        "| 07/17/2026 | vortioxetine | 20 mg | 30 | 30 | paid |",
        "| 08/05/2026 | aripiprazole | 2 mg | 30 | 30 | paid |",
        "| 08/16/2026 | vortioxetine | 20 mg | 30 | 30 | paid |",
        "| 09/15/2026 | vortioxetine | 20 mg | 30 | 30 | paid |",
        "| 09/15/2026 | hydroxyzine HCl | 25 mg | 60 | 30 | paid |",
        "| 10/14/2026 | vortioxetine | 20 mg | 30 | 30 | paid |",
        "Diagnosis on the prior authorization file: F33.2 major depressive disorder, recurrent, severe without psychotic features.",
    ], [
        "# Pharmacist notes (lock-in pharmacy)",
        "05/12/2026 Member called: she stopped the venlafaxine last week, \"sweating through my sheets and my blood "
        "pressure went up.\" Prescriber aware; switching.",
        "05/14/2026 Sertraline 50 mg sent by a covering prescriber; member did not want it. Returned to stock.",
        "08/28/2026 Aripiprazole 2 mg was added to the vortioxetine on 08/05. Member says it made her feel she had to "
        "keep moving all day. Prescriber stopped the aripiprazole today.",
        "09/15/2026 Vortioxetine 20 mg: member says \"no change at all after three months on it.\" Prescriber will review.",
        "10/14/2026 Refill vortioxetine 20 mg. Clonazepam request denied under lock-in rules (not dispensed).",
    ]])],
    note="FICTIONAL case. Medicaid pharmacy lock-in fill history with the lock-in pharmacist's notes, 2-page PDF. Rows: "
         "venlafaxine 01/2026-05/2026 (sweating, blood pressure up, stopped: side effects), vortioxetine since 05/2026 "
         "(no change at all after three months: no response, current), aripiprazole added 08/05-08/28/2026 (felt she "
         "had to keep moving, stopped: augmentation, side effects). Not rows: sertraline never picked up, oxycodone for "
         "dental pain, hydroxyzine, clonazepam denied. No scale; the records say nothing of suicidality (null).",
    history=[
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2026-01", "2026-05",
          "sweating through my sheets and my blood pressure went up", "side_effects",
          "she stopped the venlafaxine last week, \"sweating through my sheets and my blood pressure went up.\"", page=2),
        R("vortioxetine", "multimodal", "antidepressant", "20 mg", "2026-05", None,
          "no change at all after three months on it", "no_response",
          "Vortioxetine 20 mg: member says \"no change at all after three months on it.\"", page=2),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-08-05", "2026-08-28",
          "made her feel she had to keep moving all day; prescriber stopped it", "side_effects",
          "Member says it made her feel she had to keep moving all day. Prescriber stopped the aripiprazole today.", page=2),
    ],
    scales=[],
    diagnoses=[D("F33.2", "F33.2 major depressive disorder, recurrent, severe without psychotic features")],
    suicidality=SU(None),
))

# ------------------------------------------------------------------ 05 mobile TMS session log pdf
CASES.append(dict(
    slug="55-05-mobile-tms-unit-rural-route-session-log-pdf",
    header="Mobile TMS",
    docs=[dict(file="mobile_tms_course.pdf", kind="pdf", pages=[[
        "# FICTIONAL SAMPLE RECORD - Prairie Circuit Mobile TMS Unit (fictional)",
        "Patient: Gideon F. Marsh (fictional)   DOB 02/02/1968   Chart FICT-TMS-5505   Route: Tuesday-Friday, Hale County",
        "Referring psychiatrist: N. Sandoval, MD (fictional). Unit phone (785) 555-0109.",
        "# Intake summary (08/03/2026)",
        "Sertraline 150 mg, 2022 to 2023: no better after 12 weeks at 150 mg.",
        "Bupropion XL 300 mg (06/2023 to 08/2023): jittery and up all night; stopped.",
        "Desvenlafaxine 100 mg since 01/2024: \"some help, about a third better, still flat most days.\" Continues during TMS.",
        "Never had ECT. Psychotherapy: none available locally.",
        "Diagnosis: F33.2 major depressive disorder, recurrent severe without psychotic features.",
        "C-SSRS screen at intake: denies wish to be dead and any suicidal thoughts.",
        "# Protocol",
        "10 Hz left DLPFC, 120% of motor threshold, 3000 pulses a session, 5 sessions a week in the unit's van.",
    ], [
        "# Session log (weekly rows shown)",
        "| Date | Session | PHQ-9 | Tech note |",
        "| 08/03/2026 | 1 | 22 | first session, tolerated |",
        "| 08/17/2026 | 11 | 18 | mild scalp discomfort |",
        "| 08/31/2026 | 21 | 11 | sleeping better |",
        "| 09/14/2026 | 30 | 6 | course complete |",
        "# Course summary (09/14/2026)",
        "30 sessions, 08/03/2026 to 09/14/2026. PHQ-9 22 -> 6. A clear response; not a remission - he still "
        "describes a flat morning most days. Maintenance TMS offered; he declined for now. Continue desvenlafaxine.",
    ]])],
    note="FICTIONAL case. Rural mobile TMS unit intake, session log and course summary, 2-page PDF. Rows: sertraline "
         "2022-2023 (no better: no response), bupropion 06-08/2023 (jittery, up all night, stopped: side effects), "
         "desvenlafaxine since 01/2024 (a third better, still flat: partial, current), TMS 30 sessions 08/03-09/14/2026 "
         "(a clear response, not a remission: partial). Not rows: ECT never, maintenance TMS declined.",
    history=[
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2022", "2023", "no better after 12 weeks at 150 mg",
          "no_response", "Sertraline 150 mg, 2022 to 2023: no better after 12 weeks at 150 mg."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2023-06", "2023-08", "jittery and up all night; stopped",
          "side_effects", "Bupropion XL 300 mg (06/2023 to 08/2023): jittery and up all night; stopped."),
        R("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2024-01", None,
          "some help, about a third better, still flat most days", "partial_response",
          "some help, about a third better, still flat most days."),
        R("TMS", "repetitive transcranial magnetic stimulation", "neuromodulation", "30 sessions", "2026-08-03",
          "2026-09-14", "A clear response; not a remission", "partial_response",
          "A clear response; not a remission", page=2),
    ],
    scales=[S("PHQ-9", 22, "2026-08-03", "08/03/2026 1 22 first session, tolerated", page=2),
            S("PHQ-9", 18, "2026-08-17", "08/17/2026 11 18 mild scalp discomfort", page=2),
            S("PHQ-9", 11, "2026-08-31", "08/31/2026 21 11 sleeping better", page=2),
            S("PHQ-9", 6, "2026-09-14", "09/14/2026 30 6 course complete", page=2)],
    diagnoses=[D("F33.2", "F33.2 major depressive disorder, recurrent severe without psychotic features")],
    suicidality=SU("none", "denies wish to be dead and any suicidal thoughts"),
))

# ------------------------------------------------------------------ 06 old records txt
CASES.append(dict(
    slug="55-06-fishing-cooperative-clinic-chart-abstract-1987-1999-txt",
    header="Chart abstract",
    docs=[dict(file="coop_clinic_chart_abstract.txt", kind="txt", pages=[[
        "# FICTIONAL SAMPLE - Gull Harbor Fishermen's Cooperative Clinic (fictional, closed 2001)",
        "Chart abstract prepared 09/21/2026 by the records custodian, Sound County Health Archive (fictional), (207) 555-0126.",
        "Patient: Ansel J. Moreau (fictional)   DOB 05/30/1955   Archive no. FICT-GH-5506",
        "Entries are copied in the physicians' words; dates as written in the chart.",
        "# Entries",
        "03/1987 Low, not sleeping since the boat was lost. Wished he would not wake up; no plan. HAM-D 24. Imipramine started, "
        "up to 150 mg by May.",
        "02/1988 Much improved since summer; well. HAM-D 6.",
        "09/1988 Well a full year. Imipramine tapered off with Dr. Hale after a good year.",
        "01/1991 The depression returned over the winter. Nortriptyline 75 mg at night.",
        "03/1992 Dry mouth and could not pass water on the nortriptyline; stopped 3/92.",
        "04/1992 Fluoxetine 20 mg started.",
        "10/1992 Good response by fall 1992.",
        "06/1995 Flat again this spring despite taking the fluoxetine daily. Lithium considered, not started.",
        "02/1996 Fluoxetine stopped; paroxetine 20 mg started.",
        "11/1999 Paroxetine: \"better but not right.\" Continues. Last entry before the chart closed.",
        "# Diagnosis",
        "Chart diagnosis written as recurrent major depression; custodian's crosswalk: F33.1.",
    ]])],
    note="FICTIONAL case. Records custodian's abstract of a closed clinic chart 1987-1999, TXT. Rows: imipramine "
         "1987-1988 (well, tapered off after a good year: remission), nortriptyline 1991-1992 (dry mouth, could not pass "
         "water, stopped: side effects), fluoxetine 1992-1996 (good response, flat again while taking it: relapse), "
         "paroxetine 1996- (better but not right: partial; continuing at the last entry, end null). Not rows: lithium "
         "considered. The 1991 return judges no trial.",
    history=[
        R("imipramine", "TCA", "antidepressant", "150 mg", "1987-03", "1988-09",
          "Much improved since summer; well ... tapered off after a good year", "remission",
          "Imipramine tapered off with Dr. Hale after a good year."),
        R("nortriptyline", "TCA", "antidepressant", "75 mg", "1991-01", "1992-03",
          "Dry mouth and could not pass water on the nortriptyline; stopped", "side_effects",
          "Dry mouth and could not pass water on the nortriptyline; stopped 3/92."),
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "1992-04", "1996-02",
          "Good response by fall 1992; flat again despite taking the fluoxetine daily", "relapse",
          "Flat again this spring despite taking the fluoxetine daily."),
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "1996-02", None, "better but not right", "partial_response",
          "Paroxetine: \"better but not right.\" Continues."),
    ],
    scales=[S("HAM-D", 24, "1987-03", "HAM-D 24."), S("HAM-D", 6, "1988-02", "HAM-D 6.")],
    diagnoses=[D("F33.1", "custodian's crosswalk: F33.1")],
    suicidality=SU("passive", "Wished he would not wake up; no plan."),
))

# ------------------------------------------------------------------ 07 therapy notes docx
CASES.append(dict(
    slug="55-07-unified-protocol-transdiagnostic-cbt-session-notes-docx",
    header="Unified Protocol therapy",
    docs=[dict(file="unified_protocol_notes.docx", kind="docx", pages=[[
        "FICTIONAL SAMPLE RECORD - Linden Row Psychology Group (fictional)",
        "Client: Priya N. Castellanos (fictional)   DOB 12/03/1990   Record FICT-UP-5507",
        "Therapist: Owen Blackwood, PsyD (fictional)   Office (503) 555-0177   obw@lindenrow.example",
        "# Intake (session 1, 04/07/2026)",
        "Referred for low mood and constant worry. Diagnoses: F33.1 major depressive disorder, recurrent, moderate; "
        "F41.1 generalized anxiety disorder.",
        "PHQ-9 18. GAD-7 16.",
        "Past treatment: a DBT skills group, 24 weeks in 2023, \"helped with the anger, not the depression.\" "
        "Escitalopram 20 mg from 01/2025 to 11/2025, prescribed by her PCP; she stopped it because of sexual side effects.",
        "She takes no medication now. Her PCP suggested vilazodone; she wants to wait. Her partner takes sertraline.",
        "Safety: occasional thoughts that everyone would be better off without her; no intent, no plan. Safety plan made.",
        "# Session log",
        "| Date | Session | Module | Note |",
        "| 04/21/2026 | 3 | Emotion awareness | practising present-focused awareness |",
        "| 05/19/2026 | 7 | Cognitive flexibility | catching worst-case thinking |",
        "| 06/16/2026 | 11 | Emotion exposures | exposures to feared conversations |",
        "| 07/14/2026 | 14 | Relapse prevention | final session |",
        "# Termination summary (07/14/2026)",
        "Unified Protocol, 14 sessions, 04/07/2026 to 07/14/2026. PHQ-9 10. GAD-7 7. Her worry is much reduced; "
        "her mood improved partly but has not remitted. Referred back to her PCP about medication.",
    ]])],
    note="FICTIONAL case. Unified Protocol (transdiagnostic CBT) session notes with intake and termination summary, "
         "DOCX. Rows: DBT skills group 2023 (helped the anger, not the depression: no response), escitalopram "
         "01/2025-11/2025 (stopped for sexual side effects), Unified Protocol 14 sessions 04/07-07/14/2026 (mood improved "
         "partly, not remitted: partial). Not rows: vilazodone suggested, partner's sertraline.",
    history=[
        R("DBT", "psychotherapy", "psychotherapy", "24 weeks", "2023", "2023", "helped with the anger, not the depression",
          "no_response", "a DBT skills group, 24 weeks in 2023, \"helped with the anger, not the depression.\""),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-01", "2025-11",
          "she stopped it because of sexual side effects", "side_effects",
          "she stopped it because of sexual side effects."),
        R("Unified Protocol", "psychotherapy", "psychotherapy", "14 sessions", "2026-04-07", "2026-07-14",
          "her mood improved partly but has not remitted", "partial_response",
          "her mood improved partly but has not remitted."),
    ],
    scales=[S("PHQ-9", 18, "2026-04-07", "PHQ-9 18."), S("GAD-7", 16, "2026-04-07", "GAD-7 16."),
            S("PHQ-9", 10, "2026-07-14", "PHQ-9 10."), S("GAD-7", 7, "2026-07-14", "GAD-7 7.")],
    diagnoses=[D("F33.1", "F33.1 major depressive disorder, recurrent, moderate"),
               D("F41.1", "F41.1 generalized anxiety disorder")],
    suicidality=SU("passive", "occasional thoughts that everyone would be better off without her; no intent, no plan."),
))

# ------------------------------------------------------------------ 08 Spanish pulmonology pdf
CASES.append(dict(
    slug="55-08-nota-consulta-neumologia-epoc-espanol-pdf",
    header="Neumologia",
    docs=[dict(file="consulta_neumologia.pdf", kind="pdf", pages=[[
        "# MUESTRA FICTICIA / FICTIONAL SAMPLE - Hospital Comarcal Valdeserra (ficticio)",
        "# Consulta externa de Neumología - nota de revisión",
        "Paciente: Remedios Aguirre Pastor (ficticia)   NHC FICT-NEU-5508   Fecha: 10/11/2026",
        "Médico: Dr. Iñaki Olabarria (ficticio). Teléfono de la consulta (915) 555-0152.",
        "# Motivo",
        "Revisión de EPOC. Refiere más disnea este otoño y ánimo bajo. Fuma 10 cigarrillos al día.",
        "# Antecedentes psiquiátricos y tratamientos",
        "Paroxetina 20 mg en 2018-2019: la dejó porque le daba mucho sueño y ganó 8 kilos.",
        "Sertralina 100 mg desde enero de 2020: \"me fue muy bien, volví a ser la de antes\"; se retiró en 2023 "
        "al encontrarse bien.",
        "Duloxetina 60 mg desde 03/2025: \"me ayuda algo, pero sigo triste casi todos los días\". La toma a diario.",
        "Niega ideas de muerte o suicidio.",
        "PHQ-9 hoy: 13.",
        "# Juicio clínico",
        "J44.9 enfermedad pulmonar obstructiva crónica, sin especificar",
        "F33.1 trastorno depresivo mayor recurrente, moderado",
        "F17.210 dependencia de nicotina, cigarrillos",
        "# Plan",
        "Vareniclina para dejar de fumar; se comenta bupropión como alternativa, no se inicia. Rehabilitación "
        "respiratoria. Seguir duloxetina; valorar con su médico de familia.",
    ]])],
    note="FICTIONAL case (MUESTRA FICTICIA). Spanish pulmonology (COPD) clinic note, PDF, dates day/month/year. Rows: "
         "paroxetina 2018-2019 (sleepy, gained 8 kg, stopped: side effects), sertralina 2020-01 to 2023 (volví a ser la de "
         "antes, withdrawn when well: remission), duloxetina since 03/2025 (helps some, still sad most days: partial, "
         "current). Not rows: vareniclina for smoking, bupropión only discussed, rehabilitación respiratoria.",
    history=[
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2018", "2019",
          "la dejó porque le daba mucho sueño y ganó 8 kilos", "side_effects",
          "Paroxetina 20 mg en 2018-2019: la dejó porque le daba mucho sueño y ganó 8 kilos."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2020-01", "2023",
          "me fue muy bien, volví a ser la de antes; se retiró en 2023 al encontrarse bien", "remission",
          "se retiró en 2023 al encontrarse bien."),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-03", None,
          "me ayuda algo, pero sigo triste casi todos los días", "partial_response",
          "me ayuda algo, pero sigo triste casi todos los días"),
    ],
    scales=[S("PHQ-9", 13, "2026-11-10", "PHQ-9 hoy: 13.")],
    diagnoses=[D("J44.9", "J44.9 enfermedad pulmonar obstructiva crónica, sin especificar"),
               D("F33.1", "F33.1 trastorno depresivo mayor recurrente, moderado"),
               D("F17.210", "F17.210 dependencia de nicotina, cigarrillos")],
    suicidality=SU("none", "Niega ideas de muerte o suicidio."),
))

# ------------------------------------------------------------------ 09 phone photos of an envelope list
CASES.append(dict(
    slug="55-09-handwritten-med-list-on-envelope-back-phone-photos",
    header="Photos",
    docs=[dict(file="envelope_side1.jpg", kind="photo", pages=[[
        "FICTIONAL SAMPLE - not a real patient",
        "~ My depression meds - for Dr. Ames (new)",
        "~ Wendell Okafor   Nov 2026",
        "",
        "~ 1) Zoloft 50 then 100mg spring 2016 - fall 2016",
        "~     threw up every morning, stopped",
        "~ 2) Wellbutrin XL 300  2017-2019",
        "~     worked great about 2 yrs then the",
        "~     depression crept back while still on it",
        "~ 3) Effexor XR 225  2019-2021",
        "~     never did much",
        "~ 4) Remeron 15 - for sleep only 2021",
        "~     (doesn't count)",
    ]]), dict(file="envelope_side2.jpg", kind="photo", pages=[[
        "FICTIONAL SAMPLE - not a real patient",
        "~ 5) Trintellix 20mg  3/2022 - now",
        "~     about half better",
        "~ 6) Abilify 5 added to Trintellix 2023",
        "~     couldn't sit still - stopped after 2 mo",
        "~ Therapy: CBT 2020, 12 sessions -",
        "~     didn't do a thing",
        "~ Never tried lithium or ECT.",
        "~ Sister takes Lexapro - works for her",
        "~ PHQ-9 on intake form 11/02/26 = 16",
        "~ Dx on old bill: F33.1",
        "~ No thoughts of suicide, now or ever.",
    ]])],
    note="FICTIONAL case. Two phone photos of a patient's handwritten list on the back of an envelope (JPEG). Rows: "
         "sertraline (Zoloft) 2016 (threw up every morning, stopped: side effects), bupropion (Wellbutrin XL) 2017-2019 "
         "(worked, then crept back while still on it: relapse), venlafaxine (Effexor XR) 2019-2021 (never did much: no "
         "response), vortioxetine (Trintellix) since 03/2022 (about half better: partial, current), aripiprazole "
         "(Abilify) added 2023 (couldn't sit still, stopped: augmentation, side effects), CBT 2020 (didn't do a thing: "
         "no response). Not rows: Remeron for sleep, lithium/ECT never, sister's Lexapro.",
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2016", "2016", "threw up every morning, stopped",
          "side_effects", "threw up every morning, stopped", file="envelope_side1.jpg"),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2017", "2019",
          "worked great about 2 yrs then the depression crept back while still on it", "relapse",
          "depression crept back while still on it", file="envelope_side1.jpg"),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2019", "2021", "never did much", "no_response",
          "never did much", file="envelope_side1.jpg"),
        R("vortioxetine", "multimodal", "antidepressant", "20 mg", "2022-03", None, "about half better",
          "partial_response", "about half better", file="envelope_side2.jpg"),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2023", "2023",
          "couldn't sit still - stopped after 2 mo", "side_effects", "couldn't sit still - stopped after 2 mo",
          file="envelope_side2.jpg"),
        R("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2020", "2020", "didn't do a thing", "no_response",
          "didn't do a thing", file="envelope_side2.jpg"),
    ],
    scales=[S("PHQ-9", 16, "2026-11-02", "PHQ-9 on intake form 11/02/26 = 16", file="envelope_side2.jpg")],
    diagnoses=[D("F33.1", "Dx on old bill: F33.1", file="envelope_side2.jpg")],
    suicidality=SU("none", "No thoughts of suicide, now or ever.", file="envelope_side2.jpg"),
))

# ------------------------------------------------------------------ 10 farmworker health center docx
CASES.append(dict(
    slug="55-10-migrant-farmworker-health-center-visits-docx",
    header="Farmworker health center",
    docs=[dict(file="farmworker_clinic_visits.docx", kind="docx", pages=[[
        "FICTIONAL SAMPLE RECORD - Valle Verde Farmworker Health Center (fictional)",
        "Patient: Efraín D. Solórzano (fictional)   DOB 08/14/1983   Chart FICT-VV-5510   Phone (559) 555-0183",
        "Preferred language: Spanish; visits with a staff interpreter.",
        "# Visit 06/15/2026 - primary care (M. Ferrante, FNP, fictional)",
        "Low mood since the winter, poor sleep, low back pain from field work.",
        "He took fluoxetine 20 mg from 2023 at a clinic in Michoacán and stopped it in 2024 when he moved north and "
        "could not refill it. On it he was sleeping better, but the sadness was the same.",
        "Cyclobenzaprine 10 mg at night for the low back pain, 2025: made him too sleepy to drive the tractor in the "
        "morning, so he stopped it after two weeks.",
        "Ibuprofen over the counter as needed. His wife's paroxetine is in the house; advised not to take it.",
        "PHQ-9 17. Item 9: some days he thinks he would be better off dead; no plan, no intent.",
        "Diagnoses: F32.1 major depressive disorder, single episode, moderate; M54.50 low back pain, unspecified; "
        "E11.9 type 2 diabetes without complications.",
        "Plan: sertraline 50 mg daily, to 100 mg in 2 weeks. Warm handoff to the behavioral health consultant.",
        "# Behavioral health consultant",
        "| Date | Contact | Note |",
        "| 07/06/2026 | PST session 1 | problem list: work hours, money sent home |",
        "| 08/24/2026 | PST session 4 | last session before harvest moves |",
        "Problem-solving therapy, 4 sessions, 07/2026 to 08/2026: he could not say whether it helped.",
        "# Visit 09/21/2026 - primary care",
        "Sertraline 100 mg daily since 07/2026. \"I feel like myself again.\" Sleeping, working full days. PHQ-9 4. "
        "Denies thoughts of death. Continue sertraline 100 mg.",
    ]])],
    note="FICTIONAL case. Migrant farmworker health center, two primary care visits and behavioral health consultant "
         "log, DOCX. Rows: fluoxetine 2023-2024 (stopped for a move; sleeping better, sadness the same: no response), "
         "cyclobenzaprine 2025 for the coded low back pain (too sleepy to drive, stopped: other, side effects), "
         "sertraline since 06/2026 (I feel like myself again: remission, current), problem-solving therapy 4 sessions "
         "07-08/2026 (could not say whether it helped: unknown). Not rows: ibuprofen as needed, wife's paroxetine.",
    history=[
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2023", "2024",
          "On it he was sleeping better, but the sadness was the same (stopped for a move)", "no_response",
          "On it he was sleeping better, but the sadness was the same."),
        R("cyclobenzaprine", "muscle relaxant", "other", "10 mg", "2025", "2025",
          "made him too sleepy to drive the tractor in the morning, so he stopped it after two weeks", "side_effects",
          "made him too sleepy to drive the tractor in the morning, so he stopped it after two weeks."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2026-06", None, "I feel like myself again", "remission",
          "\"I feel like myself again.\""),
        R("problem-solving therapy", "psychotherapy", "psychotherapy", "4 sessions", "2026-07", "2026-08",
          "he could not say whether it helped", "unknown",
          "Problem-solving therapy, 4 sessions, 07/2026 to 08/2026: he could not say whether it helped."),
    ],
    scales=[S("PHQ-9", 17, "2026-06-15", "PHQ-9 17."), S("PHQ-9", 4, "2026-09-21", "PHQ-9 4.")],
    diagnoses=[D("F32.1", "F32.1 major depressive disorder, single episode, moderate"),
               D("M54.50", "M54.50 low back pain, unspecified"),
               D("E11.9", "E11.9 type 2 diabetes without complications")],
    suicidality=SU("passive", "some days he thinks he would be better off dead; no plan, no intent."),
))

# ------------------------------------------------------------------ 11 psychiatric observation unit txt
CASES.append(dict(
    slug="55-11-psychiatric-emergency-extended-observation-unit-note-txt",
    header="Observation unit",
    docs=[dict(file="observation_unit_note.txt", kind="txt", pages=[[
        "# FICTIONAL SAMPLE RECORD - Riverside Crisis Center Extended Observation Unit (fictional)",
        "Patient: Colm P. Hargreave (fictional)   DOB 01/25/1990   MRN FICT-EOU-5511",
        "Admitted 11/30/2026 21:40; discharged 12/01/2026 16:00. Attending: S. Varga, MD (fictional). Unit (303) 555-0191.",
        "# Presentation",
        "Brought by police after telling his roommate he wanted to kill himself by overdose. He had thought about how, "
        "but had gathered no pills and made no attempt. Lost his job in 10/2026.",
        "# Psychiatric medication history (patient and pharmacy record)",
        "Citalopram 40 mg, 2021 to 2022: no response after four months at 40 mg.",
        "Venlafaxine XR 150 mg, 2022 to 2023: \"about 80% back to myself.\" He stopped it in 2023 when he lost his "
        "insurance, not because of side effects.",
        "Mirtazapine 15 mg at bedtime in 2024 for sleep only.",
        "Acceptance and commitment therapy with a counselor, 6 sessions in 2024: \"helped me accept the job stuff; "
        "the depression stayed.\"",
        "Bupropion XL 300 mg since 05/2025: \"it worked for a few months and then I was right back where I started,\" "
        "though he takes it every day.",
        "Never had ECT or TMS. A friend gave him some of her lorazepam last month.",
        "# Scales (11/30/2026)",
        "PHQ-9 24. MADRS 34.",
        "# Diagnoses",
        "F33.2 major depressive disorder, recurrent severe without psychotic features",
        "R45.851 suicidal ideations",
        "# Disposition",
        "Suicidal thoughts eased overnight; safety plan with roommate; crisis line 1-800-555-0135. Plan: restart "
        "venlafaxine XR 75 mg; continue bupropion for now; information on a ketamine clinic given. Follow up in 3 days.",
    ]])],
    note="FICTIONAL case. Psychiatric emergency extended-observation unit note, TXT. Rows: citalopram 2021-2022 (no "
         "response), venlafaxine 2022-2023 (about 80% back, stopped for insurance, a stop outside the drug: partial), "
         "ACT 6 sessions 2024 (helped accept the job, depression stayed: no response), bupropion since 05/2025 (worked "
         "a few months, then back where he started while taking it: relapse, current). Not rows: mirtazapine for sleep, "
         "ECT/TMS never, friend's lorazepam, venlafaxine restart planned, ketamine clinic information.",
    history=[
        R("citalopram", "SSRI", "antidepressant", "40 mg", "2021", "2022", "no response after four months at 40 mg",
          "no_response", "Citalopram 40 mg, 2021 to 2022: no response after four months at 40 mg."),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2022", "2023",
          "about 80% back to myself; stopped when he lost his insurance", "partial_response",
          "\"about 80% back to myself.\""),
        R("ACT", "psychotherapy", "psychotherapy", "6 sessions", "2024", "2024",
          "helped me accept the job stuff; the depression stayed", "no_response",
          "helped me accept the job stuff; the depression stayed."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2025-05", None,
          "it worked for a few months and then I was right back where I started, though he takes it every day",
          "relapse", "it worked for a few months and then I was right back where I started"),
    ],
    scales=[S("PHQ-9", 24, "2026-11-30", "PHQ-9 24."), S("MADRS", 34, "2026-11-30", "MADRS 34.")],
    diagnoses=[D("F33.2", "F33.2 major depressive disorder, recurrent severe without psychotic features"),
               D("R45.851", "R45.851 suicidal ideations")],
    suicidality=SU("active", "telling his roommate he wanted to kill himself by overdose"),
))

# ------------------------------------------------------------------ 12 gout rheumatology pdf
CASES.append(dict(
    slug="55-12-gout-rheumatology-return-visits-pdf",
    header="Rheumatology",
    docs=[dict(file="rheumatology_gout_visits.pdf", kind="pdf", pages=[[
        "# FICTIONAL SAMPLE RECORD - Eastgate Arthritis Associates (fictional)",
        "Patient: Horace W. Bettencourt (fictional)   DOB 11/09/1961   Chart FICT-RH-5512   Office (860) 555-0158",
        "# Return visit 07/09/2026 (J. Whitcombe, MD, fictional)",
        "Tophaceous gout, two flares this year; eGFR 48. Allopurinol 300 mg daily, colchicine 0.6 mg daily, prednisone "
        "bursts for flares (they make him irritable).",
        "Mood: followed by his PCP for depression. Duloxetine 60 mg in 2024-2025 was stopped by his PCP because his "
        "liver tests went up. Escitalopram 10 mg since 06/2025: \"no different.\" Telephone CBT, 8 sessions in 2025: "
        "helped him sleep; his low mood was the same.",
        "He denies suicidal ideation.",
        "PHQ-9 15 today.",
        "Assessment: M10.9 gout, unspecified; N18.30 chronic kidney disease stage 3, unspecified; "
        "F33.1 major depressive disorder, recurrent, moderate.",
    ], [
        "# Return visit 11/12/2026",
        "No flares since July. Uric acid 5.4. Continue allopurinol; colchicine stopped.",
        "His PCP raised the escitalopram to 20 mg in 09/2026. He says he is \"about halfway back\" now.",
        "PHQ-9 10 today.",
        "Febuxostat discussed as an option if uric acid rises; not started.",
    ]])],
    note="FICTIONAL case. Rheumatology gout return visits, 2-page PDF. Rows: duloxetine 2024-2025 (stopped for raised "
         "liver tests: side effects), escitalopram since 06/2025 (no different at visit 1; raised to 20 mg, about "
         "halfway back at visit 2: partial, current), telephone CBT 8 sessions 2025 (helped sleep, mood the same: no "
         "response). Not rows: allopurinol, colchicine, prednisone (irritable, a gout drug), febuxostat discussed.",
    history=[
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2024", "2025",
          "stopped by his PCP because his liver tests went up", "side_effects",
          "was stopped by his PCP because his liver tests went up."),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-06", None,
          "no different (07/2026); about halfway back (11/2026, on 20 mg)", "partial_response",
          "He says he is \"about halfway back\" now.", page=2),
        R("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2025", "2025",
          "helped him sleep; his low mood was the same", "no_response",
          "helped him sleep; his low mood was the same."),
    ],
    scales=[S("PHQ-9", 15, "2026-07-09", "PHQ-9 15 today."), S("PHQ-9", 10, "2026-11-12", "PHQ-9 10 today.", page=2)],
    diagnoses=[D("M10.9", "M10.9 gout, unspecified"),
               D("N18.30", "N18.30 chronic kidney disease stage 3, unspecified"),
               D("F33.1", "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=SU("none", "He denies suicidal ideation."),
))
