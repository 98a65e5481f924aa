# FICTIONAL test data for appeal-kit notes (blind set notes45). Every person, clinic, number here is invented.
# Each case: docs (file, kind, pages = list of lists of lines) and expected values; each expected value names
# its source line by a unique substring `key` of that line (make_set.py finds the line and its page).


def H(name, cls, kind, dose, start, end, outcome, oc, file, key):
    return dict(name=name, cls=cls, kind=kind, dose=dose, start=start, end=end, outcome=outcome,
                outcome_class=oc, file=file, key=key)


def S(name, score, date, file, key):
    return dict(name=name, score=score, date=date, file=file, key=key)


def D(code, file, key=None):
    return dict(code=code, file=file, key=key or code)


def SU(level, file, key):
    return dict(level=level, file=file, key=key)


CASES = []

# ---------------------------------------------------------------- 01
f = "gi_clinic_return_visits.pdf"
CASES.append(dict(
    slug="01-gastroenterology-ibs-clinic-return-visits-pdf",
    fmt="text PDF, 2 p.",
    not_rows="lithium (never tried), amitriptyline (declined), psychiatry referral (plan)",
    docs=[dict(file=f, kind="pdf", pages=[[
        "FICTIONAL RECORD - Larkfield Digestive Health Clinic (fictional) - not a real patient",
        "Patient: Tessaly Vorn    DOB 04/19/1984    MRN FICT-45-0101",
        "Clinic phone (614) 555-0121    Fax (614) 555-0122",
        "Return visit 03/12/2026 - Dr. P. Okonjo-Hale (fictional)",
        "Dx: K58.0 Irritable bowel syndrome, diarrhea-predominant",
        "Dx: F33.1 Major depressive disorder, recurrent, moderate",
        "Bowel: 3-4 loose stools a day, worse on work days. Weight stable.",
        "Mood history (patient and PCP letter of 02/2026):",
        "- Citalopram 20 mg, 05/2023 - 01/2024: \"no different\" in her mood; tapered off by her PCP.",
        "- Bupropion XL 150 mg, 02/2024 - 04/2024: stopped because she was jittery and could not sleep.",
        "- She has never tried lithium.",
        "PHQ-9 today: 17 (03/12/2026).",
        "Safety: denies SI, no plan or intent.",
        "Plan: start sertraline 50 mg today (03/12/2026), up to 100 mg after 4 weeks, agreed with her PCP.",
        "Consider psychiatry referral if her mood is no better by summer.",
    ], [
        "FICTIONAL RECORD - Larkfield Digestive Health Clinic (fictional) - page 2",
        "Return visit 06/04/2026 - Dr. P. Okonjo-Hale (fictional)",
        "Sertraline 100 mg daily since 04/09/2026.",
        "On the sertraline: \"some better, but not all the way\"; bowel symptoms steady.",
        "PHQ-9 today: 10 (06/04/2026).",
        "Plan: continue sertraline 100 mg. Discussed, and she declined, amitriptyline for the gut.",
        "Return in 3 months.",
    ]])],
    history=[
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2023-05", "2024-01", "no different", "no_response", f, "Citalopram 20 mg"),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2024-02", "2024-04",
          "stopped because she was jittery and could not sleep", "side_effects", f, "Bupropion XL 150 mg"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2026-03-12", None,
          "some better, but not all the way", "partial_response", f, "On the sertraline:"),
    ],
    scales=[S("PHQ-9", 17, "2026-03-12", f, "PHQ-9 today: 17"), S("PHQ-9", 10, "2026-06-04", f, "PHQ-9 today: 10")],
    dx=[D("K58.0", f), D("F33.1", f)],
    sui=SU("none", f, "denies SI"),
))

# ---------------------------------------------------------------- 02
f = "mail_order_dispensing_statement.txt"
CASES.append(dict(
    slug="02-mail-order-pharmacy-90-day-dispensing-statement-txt",
    fmt="TXT (fill table + pharmacist call notes)",
    not_rows="lithium (asked about, not prescribed)",
    docs=[dict(file=f, kind="txt", pages=[[
        "FICTIONAL SAMPLE - Meridale Mail Pharmacy (fictional) - 90-day dispensing statement - not a real member",
        "Member: Oren Castellby    DOB 11/02/1971    Member ID FICT-45-0202",
        "Pharmacy phone 1-800-555-0144    Fax 1-800-555-0145",
        "Statement printed 10/30/2026",
        "Diagnosis on prescriptions: F32.2",
        "",
        "FILLED      DRUG / STRENGTH                 QTY   DAYS   PRESCRIBER",
        "01/08/2025  FLUOXETINE 40 MG CAPSULE         90     90   R. Tamsin MD (fictional)",
        "04/05/2025  FLUOXETINE 40 MG CAPSULE         90     90   R. Tamsin MD (fictional)",
        "07/02/2025  VENLAFAXINE ER 150 MG CAPSULE    90     90   R. Tamsin MD (fictional)",
        "10/01/2025  VENLAFAXINE ER 75 MG CAPSULE    270     90   R. Tamsin MD (fictional)",
        "01/06/2026  VENLAFAXINE ER 75 MG CAPSULE    270     90   R. Tamsin MD (fictional)",
        "01/06/2026  ARIPIPRAZOLE 5 MG TABLET          90     90   R. Tamsin MD (fictional)",
        "04/03/2026  VENLAFAXINE ER 75 MG CAPSULE    270     90   R. Tamsin MD (fictional)",
        "07/01/2026  VENLAFAXINE ER 75 MG CAPSULE    270     90   R. Tamsin MD (fictional)",
        "",
        "PHARMACIST CALL NOTES",
        "06/20/2025  Fluoxetine 40 mg (01/2025 - 06/2025): member says he is \"about the same on it\"; Dr. Tamsin switching to venlafaxine.",
        "10/01/2025  Venlafaxine ER raised to 225 mg a day (3 x 75 mg). Member reports mild nausea, tolerated.",
        "02/09/2026  Aripiprazole 5 mg (started 01/2026): member could not sit still, pacing at night; Dr. Tamsin stopped it 02/06/2026.",
        "07/01/2026  Venlafaxine ER 225 mg (since 07/2025): \"took the edge off, but still pretty low.\"",
        "07/01/2026  Member asked whether lithium might help; prescriber says not now.",
        "Unused aripiprazole returned for disposal 02/12/2026.",
    ]])],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2025-01", "2025-06", "about the same on it", "no_response", f,
          "06/20/2025  Fluoxetine 40 mg"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-01", "2026-02-06",
          "could not sit still, pacing at night; Dr. Tamsin stopped it", "side_effects", f, "02/09/2026  Aripiprazole"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2025-07", None,
          "took the edge off, but still pretty low", "partial_response", f, "07/01/2026  Venlafaxine ER 225 mg"),
    ],
    scales=[],
    dx=[D("F32.2", f)],
    sui=None,
))

# ---------------------------------------------------------------- 03
f = "wc_psychology_treatment_update.docx"
CASES.append(dict(
    slug="03-workers-compensation-psychologist-treatment-update-docx",
    fmt="DOCX",
    not_rows="TMS (declined)",
    docs=[dict(file=f, kind="docx", pages=[[
        "FICTIONAL - Workers' Compensation Psychological Treatment Update - invented claimant, not a real person",
        "Claimant: Dario Pellaway    Claim no. FICT-45-0303    Employer: Brindle Freight (fictional)",
        "Treating psychologist: L. Abernathy-Ruiz, PhD (fictional)    Phone (503) 555-0133    Fax (503) 555-0134",
        "Report date: 09/22/2026",
        "Injury: crush injury to the left hand at work, 11/2025; back at light duty since 06/2026.",
        "Diagnosis 1: F32.1 Major depressive disorder, single episode, moderate",
        "Diagnosis 2: F41.1 Generalized anxiety disorder",
        "Treatment to date",
        "Cognitive behavioral therapy with me, 16 sessions (01/2026 - 05/2026): improved partly but has not remitted.",
        "Sertraline 100 mg from his PCP (02/2026 - 04/2026): stopped because of sexual side effects and because he \"felt flat\".",
        "Duloxetine 60 mg from his PCP since 05/2026: he says it has him \"about halfway back\".",
        "He declined a referral for TMS in 07/2026.",
        "Measures",
        "PHQ-9 18 on 01/12/2026; GAD-7 14 on 01/12/2026.",
        "PHQ-9 11 on 09/22/2026; GAD-7 9 on 09/22/2026.",
        "Risk: no suicidal ideation reported at any session; denies SI today.",
        "Opinion: not yet at maximum medical improvement; continued care recommended.",
    ]])],
    history=[
        H("cognitive behavioral therapy", "psychotherapy", "psychotherapy", "16 sessions", "2026-01", "2026-05",
          "improved partly but has not remitted", "partial_response", f, "Cognitive behavioral therapy with me"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2026-02", "2026-04",
          "stopped because of sexual side effects and because he \"felt flat\"", "side_effects", f, "Sertraline 100 mg from"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-05", None, "about halfway back", "partial_response", f,
          "Duloxetine 60 mg from"),
    ],
    scales=[S("PHQ-9", 18, "2026-01-12", f, "PHQ-9 18 on"), S("GAD-7", 14, "2026-01-12", f, "GAD-7 14 on"),
            S("PHQ-9", 11, "2026-09-22", f, "PHQ-9 11 on"), S("GAD-7", 9, "2026-09-22", f, "GAD-7 9 on")],
    dx=[D("F32.1", f), D("F41.1", f)],
    sui=SU("none", f, "denies SI today"),
))

# ---------------------------------------------------------------- 04
f = "ward_psychiatry_consult.pdf"
CASES.append(dict(
    slug="04-general-medicine-ward-psychiatry-consult-lithium-toxicity-pdf",
    fmt="text PDF, 1 p.",
    not_rows="bupropion (could consider later), ECT again (hypothetical), lithium restart (advised against)",
    docs=[dict(file=f, kind="pdf", pages=[[
        "FICTIONAL RECORD - Ashgrove General Hospital (fictional) - Psychiatry Consultation - not a real patient",
        "Patient: Wilhelmina Strand    Age 67    MRN FICT-45-0404    Ward 5 East",
        "Consult date 08/14/2026; requested by Medicine, Dr. J. Fairweather (fictional); pager (860) 555-0147",
        "Reason: depression history and medication advice after admission for lithium toxicity.",
        "HPI: recurrent depression since her 40s. Admitted 08/12/2026 confused, with a coarse tremor; lithium level 2.1 mmol/L.",
        "Past and current trials:",
        "- Nortriptyline 75 mg, 2017 - 2018: \"never did much\" for her mood.",
        "- Right unilateral ECT, 10 sessions, 03/2019 - 04/2019: full remission; well for four years after.",
        "- Sertraline 150 mg, 05/2023 - present: \"took the edge off\" but her mood is still low most days.",
        "- Lithium 600 mg added to the sertraline, 06/2024 - 08/2026: lithium stopped on 08/12/2026 for toxicity.",
        "Mental status: slowed, tearful, oriented today.",
        "Safety: passive death wish (\"I wouldn't mind not waking up\"); denies plan or intent.",
        "HAM-D today: 21 (08/14/2026).",
        "Dx: F33.1 Major depressive disorder, recurrent, moderate",
        "Dx: N17.9 Acute kidney injury (per Medicine)",
        "Recommendations: do not restart lithium. Continue sertraline 150 mg. Could consider bupropion later;",
        "if her mood worsens, ECT could be discussed again as an outpatient.",
    ]])],
    history=[
        H("nortriptyline", "TCA", "antidepressant", "75 mg", "2017", "2018", "never did much", "no_response", f,
          "Nortriptyline 75 mg"),
        H("electroconvulsive therapy", "ECT", "neuromodulation", "10 sessions", "2019-03", "2019-04", "full remission",
          "remission", f, "Right unilateral ECT"),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2023-05", None,
          "\"took the edge off\" but her mood is still low most days", "partial_response", f, "- Sertraline 150 mg"),
        H("lithium", "mood stabilizer", "augmentation", "600 mg", "2024-06", "2026-08-12",
          "lithium stopped on 08/12/2026 for toxicity", "side_effects", f, "- Lithium 600 mg"),
    ],
    scales=[S("HAM-D", 21, "2026-08-14", f, "HAM-D today")],
    dx=[D("F33.1", f), D("N17.9", f)],
    sui=SU("passive", f, "passive death wish"),
))

# ---------------------------------------------------------------- 05
f = "sick_call_note_scan.pdf"
CASES.append(dict(
    slug="05-county-detention-handwritten-psychiatry-sick-call-note-scan",
    fmt="scan (image-only PDF, 1 p.)",
    not_rows="fluoxetine (considered for next visit)",
    docs=[dict(file=f, kind="scan", pages=[[
        "FICTIONAL - County Detention Health Services (fictional)",
        "Psychiatry sick call - not a real patient",
        "Pt: Ramon Eastwick   Booking FICT-45-0505",
        "Date 07/09/2026   Clinic ph (520) 555-0152",
        "Hx per pt:",
        "Mirtazapine 30 mg 2024 - 2025 (outside): gained about 30 lb; quit.",
        "Escitalopram 10 mg 02/2026 - 05/2026 (here): \"did nothing\" for mood.",
        "Sleep poor, low energy, guilt.",
        "Denies SI/HI.",
        "PHQ-9 = 16 (07/09/2026)",
        "Dx F32.1 MDD single ep, moderate",
        "Plan: consider fluoxetine 20 mg next visit if labs ok.",
    ]])],
    history=[
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024", "2025", "gained about 30 lb; quit", "side_effects", f,
          "gained about 30 lb"),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-02", "2026-05", "did nothing", "no_response", f,
          "\"did nothing\""),
    ],
    scales=[S("PHQ-9", 16, "2026-07-09", f, "PHQ-9 = 16")],
    dx=[D("F32.1", f)],
    sui=SU("none", f, "Denies SI/HI"),
))

# ---------------------------------------------------------------- 06
f = "pain_clinic_notes.txt"
CASES.append(dict(
    slug="06-post-mastectomy-chest-wall-pain-clinic-notes-txt",
    fmt="TXT (pain)",
    not_rows="lidocaine patches (discussed, not started), nerve block (never had), tramadol (list only)",
    docs=[dict(file=f, kind="txt", pages=[[
        "FICTIONAL SAMPLE - Cedarline Pain Management (fictional) - not a real patient",
        "Patient: Judith Marrowby    DOB 06/30/1969    MRN FICT-45-0606",
        "Phone (919) 555-0161    Fax (919) 555-0162",
        "",
        "VISIT 02/10/2026 - K. Osei, MD (fictional)",
        "Dx 1: G89.29 Other chronic pain - left chest wall pain after mastectomy (2023)",
        "Dx 2: F32.1 Major depressive disorder, single episode, moderate",
        "Medicines tried for the chest wall pain:",
        "  Gabapentin 300 mg three times a day for the pain, 01/2024 - 04/2024: dizzy, fell twice; stopped.",
        "  Pregabalin 75 mg twice a day, 05/2024 - 11/2024: no change in pain (7/10 before and after).",
        "  Duloxetine 60 mg, 12/2024 - current, for pain and mood: pain down from 8/10 to 5/10 and she is \"about half better\" in mood.",
        "Never had a nerve block. Current list also shows tramadol 50 mg as needed.",
        "Pain NRS today: 6/10 (02/10/2026).",
        "Mood: low most days; denies thoughts of self-harm.",
        "Plan: lidocaine patches discussed, not started. Pain psychology referral.",
        "",
        "VISIT 05/12/2026 - K. Osei, MD (fictional)",
        "Pain NRS today: 5/10 (05/12/2026). PHQ-9 12 (05/12/2026).",
        "Duloxetine 60 mg continued.",
    ]])],
    history=[
        H("gabapentin", "gabapentinoid", "other", "300 mg", "2024-01", "2024-04", "dizzy, fell twice; stopped",
          "side_effects", f, "Gabapentin 300 mg"),
        H("pregabalin", "gabapentinoid", "other", "75 mg", "2024-05", "2024-11", "no change in pain", "no_response", f,
          "Pregabalin 75 mg"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-12", None, "about half better", "partial_response", f,
          "Duloxetine 60 mg, 12/2024"),
    ],
    scales=[S("pain NRS", 6, "2026-02-10", f, "Pain NRS today: 6/10"), S("pain NRS", 5, "2026-05-12", f, "Pain NRS today: 5/10"),
            S("PHQ-9", 12, "2026-05-12", f, "Pain NRS today: 5/10")],
    dx=[D("G89.29", f), D("F32.1", f)],
    sui=SU("none", f, "denies thoughts of self-harm"),
))

# ---------------------------------------------------------------- 07
f = "accelerated_itbs_course_log.pdf"
CASES.append(dict(
    slug="07-accelerated-itbs-neuronavigated-tms-course-log-pdf",
    fmt="text PDF, 2 p.",
    not_rows="ECT (declined)",
    docs=[dict(file=f, kind="pdf", pages=[[
        "FICTIONAL RECORD - Northbay Neuromodulation Center (fictional) - accelerated iTBS course log",
        "Patient: Linus Harrowgate    DOB 09/14/1990    MRN FICT-45-0707",
        "Center phone (415) 555-0171    Fax (415) 555-0172",
        "Referral summary (from Dr. A. Mbeki, fictional psychiatrist)",
        "Dx: F33.2 Major depressive disorder, recurrent, severe without psychotic features",
        "Prior trials:",
        "- Escitalopram 20 mg, 03/2022 - 09/2022: no response.",
        "- Venlafaxine XR 225 mg, 10/2022 - 12/2023: partial response, not remission.",
        "- Aripiprazole 2 mg added to venlafaxine, 06/2023 - 08/2023: akathisia; stopped.",
        "- Offered ECT in 2024 and declined it.",
        "Baseline MADRS 34 (01/12/2026). C-SSRS screen: no ideation in the past month.",
        "Course: accelerated iTBS, 50 sessions (10 a day), 01/12/2026 - 01/16/2026, neuronavigated left DLPFC target.",
    ], [
        "FICTIONAL RECORD - Northbay Neuromodulation Center (fictional) - page 2",
        "Day 5 (01/16/2026), last session: MADRS 9 (01/16/2026). No seizures; mild scalp soreness.",
        "4-week follow-up (02/13/2026): MADRS 5 (02/13/2026). The patient says he \"felt like myself again\".",
        "Course outcome: remission at 4 weeks.",
        "Plan: follow-up visits monthly; call if symptoms return.",
    ]])],
    history=[
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2022-03", "2022-09", "no response", "no_response", f,
          "Escitalopram 20 mg"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-10", "2023-12", "partial response, not remission",
          "partial_response", f, "Venlafaxine XR 225 mg"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2023-06", "2023-08", "akathisia; stopped",
          "side_effects", f, "Aripiprazole 2 mg"),
        H("transcranial magnetic stimulation", "accelerated iTBS", "neuromodulation", "50 sessions", "2026-01-12",
          "2026-01-16", "remission at 4 weeks", "remission", f, "Course outcome"),
    ],
    scales=[S("MADRS", 34, "2026-01-12", f, "Baseline MADRS 34"), S("MADRS", 9, "2026-01-16", f, "MADRS 9"),
            S("MADRS", 5, "2026-02-13", f, "MADRS 5")],
    dx=[D("F33.2", f)],
    sui=SU("none", f, "C-SSRS screen"),
))

# ---------------------------------------------------------------- 08
f = "state_hospital_abstract_1968_1975.txt"
CASES.append(dict(
    slug="08-state-hospital-microfilm-records-abstract-1968-1975-txt",
    fmt="TXT (capitals, old records)",
    not_rows="none",
    docs=[dict(file=f, kind="txt", pages=[[
        "FICTIONAL SAMPLE - RECORDS ABSTRACT, EASTMOOR STATE HOSPITAL (FICTIONAL), MICROFILM REEL FICT-45-08",
        "ABSTRACT TYPED 09/2026 FOR THE PATIENT'S FAMILY. RECORDS OFFICE PHONE (717) 555-0181.",
        "PATIENT: AUGUSTINE PELL    BORN 03/03/1931",
        "ADMITTED 10/1968: DEPRESSIVE ILLNESS, RETARDED TYPE. NOT EATING, NOT SLEEPING.",
        "IMIPRAMINE 150 MG DAILY 11/1968 - 03/1969: NO IMPROVEMENT, STILL SLOWED AND WITHDRAWN.",
        "PHENELZINE 45 MG DAILY 04/1969 - 06/1969: SEVERE HEADACHE, B.P. 210/120 AFTER CHEESE; STOPPED.",
        "HAMILTON RATING 27 ON 07/02/1969.",
        "E.C.T., 8 TREATMENTS, 07/1969 - 08/1969: FULL REMISSION.",
        "HAMILTON RATING 6 ON 08/28/1969. DISCHARGED HOME 09/1969.",
        "READMITTED 03/1972, DEPRESSED AGAIN.",
        "AMITRIPTYLINE 150 MG 1972 - 1975: WELL FOR TWO YEARS, THEN SLID BACK WHILE STILL TAKING IT.",
        "LAST ENTRY 1975: TRANSFERRED TO COUNTY OUTPATIENT CLINIC.",
    ]])],
    history=[
        H("imipramine", "TCA", "antidepressant", "150 mg", "1968-11", "1969-03", "NO IMPROVEMENT", "no_response", f,
          "IMIPRAMINE 150 MG"),
        H("phenelzine", "MAOI", "antidepressant", "45 mg", "1969-04", "1969-06",
          "SEVERE HEADACHE, B.P. 210/120 AFTER CHEESE; STOPPED", "side_effects", f, "PHENELZINE 45 MG"),
        H("electroconvulsive therapy", "ECT", "neuromodulation", "8 treatments", "1969-07", "1969-08", "FULL REMISSION",
          "remission", f, "E.C.T., 8 TREATMENTS"),
        H("amitriptyline", "TCA", "antidepressant", "150 mg", "1972", "1975",
          "WELL FOR TWO YEARS, THEN SLID BACK WHILE STILL TAKING IT", "relapse", f, "AMITRIPTYLINE 150 MG"),
    ],
    scales=[S("HAM-D", 27, "1969-07-02", f, "HAMILTON RATING 27"), S("HAM-D", 6, "1969-08-28", f, "HAMILTON RATING 6")],
    dx=[],
    sui=None,
))

# ---------------------------------------------------------------- 09
f = "online_cbt_program_review.docx"
CASES.append(dict(
    slug="09-guided-internet-cbt-program-therapist-end-review-docx",
    fmt="DOCX (therapy)",
    not_rows="sertraline (she may consider it)",
    docs=[dict(file=f, kind="docx", pages=[[
        "FICTIONAL - Brightpath Guided Online CBT (fictional) - therapist end-of-program review - not a real client",
        "Client: Nessa Quillon    Client ID FICT-45-0909    Review date 04/30/2026",
        "Therapist: M. Delacroix-Tan, LPC (fictional)    Program phone 1-888-555-0191",
        "Referral diagnosis: F33.1 Major depressive disorder, recurrent, moderate",
        "Earlier treatment (from her intake form):",
        "Face-to-face CBT, 12 sessions in 2022: helped w/ worry, mood same.",
        "Escitalopram 10 mg from her GP, 2024 - 2025: \"stopped when I felt better.\"",
        "Depression back since 09/2025; she chose an online program.",
        "This program:",
        "Guided internet CBT, 8 modules with weekly therapist messages, 01/2026 - 04/2026: completed 7 of 8 modules; \"I don't feel any different.\"",
        "Measures: PHQ-9 16 (01/08/2026), PHQ-9 15 (04/30/2026).",
        "GAD-7 12 (01/08/2026), GAD-7 11 (04/30/2026).",
        "Risk screen at each module: no thoughts of suicide reported.",
        "Next step: referred back to her GP; she may consider starting sertraline.",
    ]])],
    history=[
        H("cognitive behavioral therapy", "psychotherapy", "psychotherapy", "12 sessions", "2022", "2022",
          "helped w/ worry, mood same", "no_response", f, "Face-to-face CBT"),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2024", "2025", "stopped when I felt better", "remission", f,
          "Escitalopram 10 mg"),
        H("cognitive behavioral therapy", "internet-delivered CBT (guided)", "psychotherapy", "8 modules", "2026-01",
          "2026-04", "I don't feel any different", "no_response", f, "Guided internet CBT"),
    ],
    scales=[S("PHQ-9", 16, "2026-01-08", f, "PHQ-9 16"), S("PHQ-9", 15, "2026-04-30", f, "PHQ-9 15"),
            S("GAD-7", 12, "2026-01-08", f, "GAD-7 12"), S("GAD-7", 11, "2026-04-30", f, "GAD-7 11")],
    dx=[D("F33.1", f)],
    sui=SU("none", f, "no thoughts of suicide"),
))

# ---------------------------------------------------------------- 10
f = "informe_hospital_de_dia.pdf"
CASES.append(dict(
    slug="10-informe-clinico-hospital-de-dia-psiquiatrico-espanol-pdf",
    fmt="text PDF, 1 p., Spanish (DD/MM/YYYY)",
    not_rows="TEC / ECT (rechazada)",
    docs=[dict(file=f, kind="pdf", pages=[[
        "MUESTRA FICTICIA / FICTIONAL SAMPLE - Hospital de Día Psiquiátrico Los Almendros (ficticio)",
        "Paciente: Consuelo Arribas Peña    NHC FICT-45-1010    Teléfono (305) 555-0110",
        "Informe clínico de seguimiento - fecha del informe: 15/09/2026",
        "Diagnóstico: F33.2 Trastorno depresivo mayor recurrente, episodio grave sin síntomas psicóticos",
        "Tratamientos previos y actuales:",
        "- Sertralina 150 mg, marzo 2024 - octubre 2024: no notaba ningún cambio.",
        "- Venlafaxina 225 mg, noviembre 2024 - enero 2025: se retiró por tensión arterial alta y sudoración.",
        "- Vortioxetina 20 mg, desde 02/2025: mejoría parcial, sin remisión.",
        "- Litio 800 mg como potenciación de la vortioxetina, desde 04/2025: sin cambios en el ánimo.",
        "- No se ha probado la TEC; la paciente la rechaza.",
        "Escalas: HAM-D 25 (10/06/2026); HAM-D 18 (15/09/2026).",
        "Riesgo: ideas pasivas de muerte, sin planificación ni intencionalidad.",
        "Plan: continuar asistencia al hospital de día tres días por semana.",
    ]])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2024-03", "2024-10", "no notaba ningún cambio", "no_response",
          f, "Sertralina 150 mg"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2024-11", "2025-01",
          "se retiró por tensión arterial alta y sudoración", "side_effects", f, "Venlafaxina 225 mg"),
        H("vortioxetine", "multimodal antidepressant", "antidepressant", "20 mg", "2025-02", None,
          "mejoría parcial, sin remisión", "partial_response", f, "Vortioxetina 20 mg"),
        H("lithium", "mood stabilizer", "augmentation", "800 mg", "2025-04", None, "sin cambios en el ánimo",
          "no_response", f, "Litio 800 mg"),
    ],
    scales=[S("HAM-D", 25, "2026-06-10", f, "HAM-D 25"), S("HAM-D", 18, "2026-09-15", f, "HAM-D 25")],
    dx=[D("F33.2", f)],
    sui=SU("passive", f, "ideas pasivas de muerte"),
))

# ---------------------------------------------------------------- 11
f1, f2 = "avs_photo_1.jpg", "avs_photo_2.jpg"
CASES.append(dict(
    slug="11-after-visit-summary-mood-medicine-list-phone-photos",
    fmt="2 phone photos (JPEG)",
    not_rows="lithium (talked about; chose to wait)",
    docs=[dict(file=f1, kind="photo", pages=[[
        "FICTIONAL - Riverside Family Health (fictional) - After Visit Summary",
        "Patient: Kenji Halvorsen   MRN FICT-45-1111",
        "Visit date: 11/03/2026   Clinic (207) 555-0115",
        "Your diagnoses: F32.2 Major depression, single episode, severe",
        "Your medicines for mood, past and present:",
        "Paroxetine 20 mg, 2023 - 2024: stopped - \"head fog, couldn't finish a thought\"",
        "Desvenlafaxine 50 mg, 2024 - 2025: no change in mood",
    ]]), dict(file=f2, kind="photo", pages=[[
        "FICTIONAL - After Visit Summary, page 2 - Kenji Halvorsen",
        "Vilazodone 40 mg, since 10/2026: too early to tell",
        "Your PHQ-9 today: 21 (11/03/2026)",
        "Safety: you told us of thoughts you'd be better off dead, no plan.",
        "We talked about adding lithium; you chose to wait.",
    ]])],
    history=[
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2023", "2024", "head fog, couldn't finish a thought",
          "side_effects", f1, "Paroxetine 20 mg"),
        H("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2024", "2025", "no change in mood", "no_response", f1,
          "Desvenlafaxine 50 mg"),
        H("vilazodone", "SSRI and 5-HT1A partial agonist", "antidepressant", "40 mg", "2026-10", None, "too early to tell",
          "unknown", f2, "Vilazodone 40 mg"),
    ],
    scales=[S("PHQ-9", 21, "2026-11-03", f2, "PHQ-9 today: 21")],
    dx=[D("F32.2", f1)],
    sui=SU("passive", f2, "better off dead"),
))

# ---------------------------------------------------------------- 12
f = "midlife_health_visits.pdf"
CASES.append(dict(
    slug="12-menopause-midlife-womens-health-clinic-visits-pdf",
    fmt="text PDF, 2 p.",
    not_rows="bupropion augmentation (consider)",
    docs=[dict(file=f, kind="pdf", pages=[[
        "FICTIONAL RECORD - Linden Midlife Women's Health (fictional) - not a real patient",
        "Patient: Graciela Dunmore    DOB 02/11/1975    MRN FICT-45-1212",
        "Clinic phone (312) 555-0125    Fax (312) 555-0126",
        "Visit 01/20/2026 - H. Lindqvist, NP (fictional)",
        "Dx: N95.1 Menopausal and female climacteric states",
        "Dx: F33.1 Major depressive disorder, recurrent, moderate",
        "Hot flashes 8-10 a day; night sweats; last period 03/2025.",
        "Mood history: escitalopram 10 mg, 2019 - 2023: \"fully well on it\" for about two years, then the low mood came back while still taking it.",
        "Vortioxetine 10 mg, 05/2023 - 07/2023: threw up most mornings; stopped.",
        "Started desvenlafaxine 50 mg today (01/20/2026) for mood and hot flashes.",
        "PHQ-9 15 (01/20/2026).",
    ], [
        "FICTIONAL RECORD - Linden Midlife Women's Health (fictional) - page 2",
        "Visit 04/28/2026 - H. Lindqvist, NP (fictional)",
        "On the desvenlafaxine 50 mg: hot flashes down to 2-3 a day, but \"my mood hasn't changed at all.\"",
        "PHQ-9 14 (04/28/2026). Denies SI.",
        "Plan: continue desvenlafaxine; consider bupropion augmentation; psychiatry referral placed.",
    ]])],
    history=[
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2019", "2023",
          "\"fully well on it\" for about two years, then the low mood came back while still taking it", "relapse", f,
          "Mood history: escitalopram"),
        H("vortioxetine", "multimodal antidepressant", "antidepressant", "10 mg", "2023-05", "2023-07",
          "threw up most mornings; stopped", "side_effects", f, "Vortioxetine 10 mg"),
        H("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2026-01-20", None,
          "hot flashes down to 2-3 a day, but \"my mood hasn't changed at all.\"", "no_response", f,
          "On the desvenlafaxine"),
    ],
    scales=[S("PHQ-9", 15, "2026-01-20", f, "PHQ-9 15"), S("PHQ-9", 14, "2026-04-28", f, "PHQ-9 14")],
    dx=[D("N95.1", f), D("F33.1", f)],
    sui=SU("none", f, "Denies SI"),
))
