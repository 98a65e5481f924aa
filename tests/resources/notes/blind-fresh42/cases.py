"""FICTIONAL clinical-record cases for blind set notes42 (issue 24). Every person, clinic, number is invented."""

def R(name, cls, kind, dose, start, end, outcome, oc, file, text):
    return dict(name=name, cls=cls, kind=kind, dose=dose, start=start, end=end, outcome=outcome,
                outcome_class=oc, file=file, text=text)

def S(name, score, date, file, text):
    return dict(name=name, score=score, date=date, file=file, text=text)

def D(code, file, text):
    return dict(code=code, file=file, text=text)

def SU(level, file, text):
    return dict(level=level, file=file, text=text)

CASES = []

# ---------------------------------------------------------------- 01
f = "vascular_neurology_clinic_visits.pdf"
L_cit = "1. Citalopram 20 mg daily, 11/2025 - 02/2026: stopped in February 2026 because it caused hyponatremia (sodium 126)."
L_ser = "2. Sertraline 100 mg daily, 03/2026 - 07/2026: no change in his mood after four months."
L_mph = "3. Methylphenidate 5 mg twice daily, added to the sertraline 06/15/2026, stopped 07/02/2026 because of palpitations and a pulse of 118."
L_ba = "4. Behavioral activation with the clinic psychologist, 8 sessions (04/2026 - 06/2026): a partial response; he walks the dog again."
L_mir2 = "Mirtazapine 15 mg at night (since 08/04/2026): sleeping and eating better, but his mood is no different."
L_phq1 = "PHQ-9 today: 18 (08/04/2026)."
L_phq2 = "PHQ-9 today: 17 (10/20/2026)."
L_dx1 = "Diagnoses: I69.398 other after-effects of his left-hemisphere infarct; F06.32 depression due to the stroke."
L_si = "Denies suicidal ideation, plan or intent."
CASES.append(dict(
    slug="01-vascular-neurology-stroke-prevention-clinic-return-visits-pdf",
    fmt="text PDF, 2 p.",
    docs=[dict(file=f, type="pdf", pages=[[
        "FICTIONAL RECORD - Riverbend Vascular Neurology Clinic (invented) - FICT-42-01",
        "Patient: Harold Q. Vintner (fictional)   DOB 03/09/1951   MRN FICT-42-0101",
        "Clinic phone (602) 555-0143   Fax (602) 555-0144",
        "Visit date: 08/04/2026   Neurologist: Dr. Lena Ostrava (fictional)",
        "Subjective: Left-hemisphere infarct 09/2025. Low mood since the stroke, worse since spring.",
        "Antidepressant and related treatments since the stroke:",
        L_cit, L_ser, L_mph, L_ba,
        "Never had ECT. Fluoxetine was considered by his GP but not started.",
        L_phq1,
        L_si,
        L_dx1,
        "Plan: start mirtazapine 15 mg at night today (08/04/2026). Return in 10 weeks.",
    ], [
        "FICTIONAL RECORD - Riverbend Vascular Neurology Clinic (invented) - FICT-42-01",
        "Visit date: 10/20/2026   Patient: Harold Q. Vintner (fictional)",
        L_mir2,
        L_phq2,
        "Denies suicidal ideation. Wife present and agrees.",
        "Plan: continue mirtazapine for now; consider referral to psychiatry for further options.",
    ]])],
    history=[
        R("citalopram", "SSRI", "antidepressant", "20 mg daily", "2025-11", "2026-02",
          "stopped in February 2026 because it caused hyponatremia (sodium 126)", "side_effects", f, L_cit),
        R("sertraline", "SSRI", "antidepressant", "100 mg daily", "2026-03", "2026-07",
          "no change in his mood after four months", "no_response", f, L_ser),
        R("methylphenidate", "stimulant", "augmentation", "5 mg twice daily", "2026-06-15", "2026-07-02",
          "stopped 07/02/2026 because of palpitations and a pulse of 118", "side_effects", f, L_mph),
        R("behavioral activation", "psychotherapy", "psychotherapy", "8 sessions", "2026-04", "2026-06",
          "a partial response; he walks the dog again", "partial_response", f, L_ba),
        R("mirtazapine", "NaSSA", "antidepressant", "15 mg at night", "2026-08-04", None,
          "sleeping and eating better, but his mood is no different", "no_response", f, L_mir2),
    ],
    scales=[S("PHQ-9", 18, "2026-08-04", f, L_phq1), S("PHQ-9", 17, "2026-10-20", f, L_phq2)],
    diagnoses=[D("I69.398", f, L_dx1), D("F06.32", f, L_dx1)],
    suicidality=SU("none", f, L_si),
    note="Not rows: ECT (never had), fluoxetine (considered, not started). Mirtazapine is open; judged on p. 2.",
))

# ---------------------------------------------------------------- 02
f = "pharmacy_call_center_log.txt"
L_esc = "  Escitalopram 10 mg, started 01/14/2025, stopped 05/02/2025: member says it 'did not do a thing.'"
L_dvf = "  Desvenlafaxine 50 mg, started 05/06/2025, stopped 09/10/2025: her doctor stopped it because her blood pressure went up to 160/100."
L_vil = "  Vilazodone 40 mg, started 10/03/2025, still taking: member says she is 'about halfway back.'"
L_ari = "  Aripiprazole 2 mg added to the vilazodone 03/02/2026, stopped 05/20/2026 for akathisia - 'I couldn't sit still.'"
CASES.append(dict(
    slug="02-pharmacy-call-center-refill-reminder-log-txt",
    fmt="TXT (call log + pharmacist review)",
    docs=[dict(file=f, type="txt", pages=[[
        "FICTIONAL SAMPLE - NOT A REAL PHARMACY RECORD - FICT-42-02",
        "Lakeport Pharmacy Call Center (invented)   Member services 1-800-555-0162",
        "Member: Dorothea M. Kell (fictional)   Member ID FICT42-0202-77",
        "",
        "REFILL CALL LOG",
        "06/03/2026 10:12  Outbound refill reminder, vilazodone 40 mg #90. Member confirmed address. Shipped 06/04/2026.",
        "06/03/2026 10:15  Member asked about Auvelity; not prescribed - told to ask her prescriber.",
        "09/01/2026 14:40  Inbound. Member asked why aripiprazole was not in her last box. Explained it was discontinued 05/20/2026 by prescriber.",
        "09/01/2026 14:44  No lithium on file for this member.",
        "",
        "PHARMACIST THERAPY REVIEW (09/02/2026, R. Ahn, PharmD, fictional)",
        L_esc, L_dvf, L_vil, L_ari,
        "  Interactions reviewed; none significant.",
        "END OF FICTIONAL PRINTOUT",
    ]])],
    history=[
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-01-14", "2025-05-02",
          "did not do a thing", "no_response", f, L_esc),
        R("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2025-05-06", "2025-09-10",
          "her doctor stopped it because her blood pressure went up to 160/100", "side_effects", f, L_dvf),
        R("vilazodone", "SSRI and 5-HT1A partial agonist", "antidepressant", "40 mg", "2025-10-03", None,
          "about halfway back", "partial_response", f, L_vil),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-03-02", "2026-05-20",
          "stopped 05/20/2026 for akathisia - 'I couldn't sit still.'", "side_effects", f, L_ari),
    ],
    scales=[], diagnoses=[], suicidality=None,
    note="Not rows: Auvelity (asked about, not prescribed), lithium (none on file). No scales, codes or word on suicidality.",
))

# ---------------------------------------------------------------- 03
f = "ipt_course_summary.docx"
L_cbt = "In 2023 she had 12 sessions of in-person CBT (03/2023 - 06/2023); she felt like herself again by June 2023 and ended therapy."
L_bup = "The depression returned in autumn 2024, and her PCP started bupropion XL 300 mg in 10/2024; she took it until 01/2025 and 'didn't get much out of it.'"
L_ipt = "Course: 16 sessions of interpersonal psychotherapy by weekly video, 02/10/2026 - 06/02/2026. Outcome: a partial response; the role dispute with her sister eased, but she is not in remission."
L_flx = "Her PCP started fluoxetine 20 mg on 07/14/2026; at our booster call on 07/28/2026 she said it was too early to tell."
L_p1 = "PHQ-9 19 and GAD-7 12 at the first session (02/10/2026)."
L_p2 = "PHQ-9 11 at the last session (06/02/2026)."
L_dx = "Diagnosis: F33.1 major depressive disorder, recurrent, moderate."
L_si = "No suicidal ideation at any session; C-SSRS screen negative."
CASES.append(dict(
    slug="03-telehealth-interpersonal-psychotherapy-course-summary-docx",
    fmt="DOCX (therapy)",
    docs=[dict(file=f, type="docx", pages=[[
        "FICTIONAL DOCUMENT - Interpersonal Psychotherapy Course Summary - FICT-42-03",
        "Harbor Light Telehealth Counseling (invented), phone (971) 555-0117",
        "Client: Marisol T. Brandt (fictional)   Therapist: J. Okafor, PhD (fictional)   Date: 07/30/2026",
        L_dx,
        "Earlier treatment:",
        L_cbt,
        L_bup,
        L_ipt,
        L_p1, L_p2,
        L_si,
        L_flx,
        "She declined a medication change in February 2026. Plan: PCP to consider adding mirtazapine if no gain by September.",
        "END OF FICTIONAL DOCUMENT",
    ]])],
    history=[
        R("cognitive behavioral therapy", "psychotherapy", "psychotherapy", "12 sessions", "2023-03", "2023-06",
          "she felt like herself again by June 2023 and ended therapy", "remission", f, L_cbt),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2024-10", "2025-01",
          "didn't get much out of it", "no_response", f, L_bup),
        R("interpersonal psychotherapy", "psychotherapy", "psychotherapy", "16 sessions", "2026-02-10", "2026-06-02",
          "a partial response; the role dispute with her sister eased, but she is not in remission", "partial_response", f, L_ipt),
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2026-07-14", None,
          "too early to tell", "unknown", f, L_flx),
    ],
    scales=[S("PHQ-9", 19, "2026-02-10", f, L_p1), S("GAD-7", 12, "2026-02-10", f, L_p1),
            S("PHQ-9", 11, "2026-06-02", f, L_p2)],
    diagnoses=[D("F33.1", f, L_dx)],
    suicidality=SU("none", f, L_si),
    note="CBT 2023 remitted; the autumn-2024 return is after it ended (no relapse of the CBT). Not rows: mirtazapine (plan), the declined change.",
))

# ---------------------------------------------------------------- 04
f = "step_down_unit_psychiatry_consult.pdf"
L_vor = "- Vortioxetine 10 mg, 09/2022 - 11/2022: stopped after two months for constant nausea and vomiting."
L_ven = "- Venlafaxine XR 225 mg since 03/2024: she felt well through 2024, but the depression came back in spring 2026 while still taking it."
L_li = "- Lithium 600 mg added to the venlafaxine 06/2026 - 08/2026: she felt no different on it, and stopped in August when the prescription ran out."
L_phq = "PHQ-9 24 on 11/29/2026."
L_cs = "C-SSRS ideation severity 5 (11/29/2026)."
L_att = "Intentional overdose of acetaminophen on 11/27/2026 with intent to die; found by her roommate."
L_dx = "Diagnoses: F33.2 major depressive disorder, recurrent, severe; T39.1X2A acetaminophen poisoning, intentional self-harm."
CASES.append(dict(
    slug="04-medical-step-down-unit-psychiatry-consult-after-overdose-pdf",
    fmt="text PDF, 1 p.",
    docs=[dict(file=f, type="pdf", pages=[[
        "FICTIONAL RECORD - Mesa Verde General Hospital (invented) - Psychiatry Consultation - FICT-42-04",
        "Patient: Colleen R. Adair (fictional)   MRN FICT-42-0404   Unit 5 South step-down",
        "Date of consult: 11/29/2026   Consultant: Dr. P. Sandoval (fictional)   Pager (480) 555-0121",
        "Reason: " + L_att,
        "Past psychiatric treatment:",
        L_vor, L_ven, L_li,
        "ECT was discussed today; she declines it.",
        L_phq, L_cs,
        L_dx,
        "Recommendations: 1:1 sitter; continue venlafaxine; do not restart lithium for now; consider esketamine after discharge.",
    ]])],
    history=[
        R("vortioxetine", "serotonin modulator", "antidepressant", "10 mg", "2022-09", "2022-11",
          "stopped after two months for constant nausea and vomiting", "side_effects", f, L_vor),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2024-03", None,
          "she felt well through 2024, but the depression came back in spring 2026 while still taking it", "relapse", f, L_ven),
        R("lithium", "mood stabilizer", "augmentation", "600 mg", "2026-06", "2026-08",
          "she felt no different on it", "no_response", f, L_li),
    ],
    scales=[S("PHQ-9", 24, "2026-11-29", f, L_phq), S("C-SSRS", 5, "2026-11-29", f, L_cs)],
    diagnoses=[D("F33.2", f, L_dx), D("T39.1X2A", f, L_dx)],
    suicidality=SU("attempt", f, "Reason: " + L_att),
    note="Lithium stopped when the prescription ran out: the stop decides nothing, 'no different' does. Not rows: ECT (declined), esketamine (consider).",
))

# ---------------------------------------------------------------- 05
f = "dental_medical_history_update.pdf"
L_pax = "Paxil 20mg  3/2022 - 8/2022  stopped d/t sexual side effects"
L_wel = "Wellbutrin SR 150mg twice daily  9/2022 - 4/2023  no help at all"
L_cym = "Cymbalta 60mg  9/2023 - current  'some better, not all the way'"
CASES.append(dict(
    slug="05-dental-office-handwritten-medical-history-update-scan",
    fmt="scan (image-only PDF)",
    docs=[dict(file=f, type="scan", pages=[[
        "FICTIONAL - Pine Hollow Family Dental (invented) - FICT-42-05",
        "Health history update",
        "Patient: Everett J. Solano (fictional)",
        "Ph (406) 555-0139   DOB 11/02/1968",
        "Allergies: sulfa",
        "Medicines for depression, with dates (filled in 10/06/2026):",
        L_pax, L_wel, L_cym,
        "Never on lithium. Dr. may try Rexulti - not started.",
        "Lisinopril 10mg for BP",
        "Signed: E. Solano (fictional)   Reviewed by hygienist 10/06/2026",
    ]])],
    history=[
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2022-03", "2022-08",
          "stopped d/t sexual side effects", "side_effects", f, L_pax),
        R("bupropion", "NDRI", "antidepressant", "150 mg twice daily", "2022-09", "2023-04",
          "no help at all", "no_response", f, L_wel),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2023-09", None,
          "some better, not all the way", "partial_response", f, L_cym),
    ],
    scales=[], diagnoses=[], suicidality=None,
    note="Handwriting-style image-only scan of a form the patient filled in. Not rows: lithium (never), Rexulti (may try), lisinopril (blood pressure).",
))

# ---------------------------------------------------------------- 06
f = "glossopharyngeal_neuralgia_notes.txt"
L_cbz = "Carbamazepine 600 mg/day 05/2024 - 01/2025: stopped after a widespread rash."
L_oxc = "Oxcarbazepine 900 mg/day 02/2025 - 10/2025: about 50% less pain for a few months, then the attacks were back at 8/10."
L_bac = "Baclofen 10 mg three times daily 11/2025 - 02/2026: no change in pain."
L_dlx = "Duloxetine 60 mg (started 03/10/2026): mood better but not remitted; throat pain unchanged."
L_n1 = "Pain NRS 8/10 today (03/10/2026). PHQ-9 15 (03/10/2026)."
L_n2 = "Pain NRS 7/10 today (09/15/2026)."
L_dx = "Assessment: G52.1 glossopharyngeal neuralgia, right; F32.1 major depressive disorder, single episode, moderate."
L_si = "Denies suicidal thoughts."
CASES.append(dict(
    slug="06-head-and-neck-glossopharyngeal-neuralgia-pain-notes-txt",
    fmt="TXT (pain)",
    docs=[dict(file=f, type="txt", pages=[[
        "FICTIONAL RECORD - Cascade Head & Neck Pain Clinic (invented) - FICT-42-06",
        "Patient: Bernard K. Lisle (fictional)   Acct FICT-42-0606   Clinic (503) 555-0158",
        "",
        "VISIT 03/10/2026 - Dr. A. Mbeki (fictional)",
        "Right-sided stabbing throat and ear pain on swallowing since 2024. Medication history:",
        L_cbz, L_oxc, L_bac,
        "Pregabalin: not tried.",
        L_n1,
        "Low mood for a year, poor sleep, stopped seeing friends. " + L_si,
        L_dx,
        "Plan: start duloxetine 30 mg, increase to 60 mg in 2 weeks. Refer to neurosurgery to discuss decompression.",
        "",
        "VISIT 09/15/2026 - Dr. A. Mbeki (fictional)",
        L_dlx,
        L_n2,
        "Plan: continue duloxetine; neurosurgery visit pending.",
        "END OF FICTIONAL RECORD",
    ]])],
    history=[
        R("carbamazepine", "anticonvulsant", "other", "600 mg/day", "2024-05", "2025-01",
          "stopped after a widespread rash", "side_effects", f, L_cbz),
        R("oxcarbazepine", "anticonvulsant", "other", "900 mg/day", "2025-02", "2025-10",
          "about 50% less pain for a few months, then the attacks were back at 8/10", "relapse", f, L_oxc),
        R("baclofen", "muscle relaxant", "other", "10 mg three times daily", "2025-11", "2026-02",
          "no change in pain", "no_response", f, L_bac),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-03-10", None,
          "mood better but not remitted", "partial_response", f, L_dlx),
    ],
    scales=[S("pain NRS", 8, "2026-03-10", f, L_n1), S("PHQ-9", 15, "2026-03-10", f, L_n1),
            S("pain NRS", 7, "2026-09-15", f, L_n2)],
    diagnoses=[D("G52.1", f, L_dx), D("F32.1", f, L_dx)],
    suicidality=SU("none", f, "Low mood for a year, poor sleep, stopped seeing friends. " + L_si),
    note="Pain drugs are kind other. Not rows: pregabalin (not tried), decompression (referral). Duloxetine judged for mood (its row's outcome).",
))

# ---------------------------------------------------------------- 07
f = "study_completion_letter.pdf"
L_flx = "a) Fluoxetine 40 mg, 2019 - 2020: no response."
L_ven = "b) Venlafaxine XR 150 mg, 03/2021 - 04/2021: stopped after six weeks for drenching sweats and a blood pressure of 158/98."
L_bup = "c) Bupropion XL 300 mg, 06/2021 - 08/2026: partial response, never remitted."
L_ari = "d) Aripiprazole 5 mg added to the bupropion, 2023 - 2024: no added benefit."
L_crs = "Course: accelerated intermittent theta-burst stimulation, 50 sessions over 5 days (10 per day), 09/14/2026 - 09/18/2026."
L_fu = "Four-week follow-up 10/16/2026: MADRS 8; she remains in remission and has gone back to work."
L_m1 = "MADRS 34 at baseline (09/14/2026)."
L_cs = "C-SSRS: no ideation (score 0) on 09/14/2026."
L_dx = "Diagnosis: F33.2 major depressive disorder, recurrent, severe without psychotic features."
CASES.append(dict(
    slug="07-neuromodulation-research-unit-study-completion-letter-pdf",
    fmt="text PDF, 2 p.",
    docs=[dict(file=f, type="pdf", pages=[[
        "FICTIONAL RECORD - Northlake Neuromodulation Research Unit (invented) - study completion letter - FICT-42-07",
        "To: Dr. K. Abernathy (fictional), treating psychiatrist   Date: 10/19/2026   Fax (312) 555-0176",
        "Re: Ingrid S. Paloma (fictional), participant FICT-42-0707, open-label accelerated iTBS protocol",
        L_dx,
        "Antidepressant trials before the course:",
        L_flx, L_ven, L_bup, L_ari,
        "No ECT. Esketamine was offered in 2025; she declined.",
        L_m1, L_cs,
        "Bupropion stopped 08/2026 before the course at her request.",
    ], [
        "FICTIONAL RECORD - Northlake Neuromodulation Research Unit (invented) - letter page 2 - FICT-42-07",
        L_crs,
        "Day 1-5 log: 10 sessions each day, 50 minutes apart, left DLPFC, 90% resting motor threshold. No seizures.",
        "End of course 09/18/2026: MADRS 15.",
        L_fu,
        "No suicidal ideation at any visit.",
        "Her study participation has ended; care returns to you. A maintenance course is not planned.",
        "Sincerely, Dr. M. Oyelaran (fictional), principal investigator",
    ]])],
    history=[
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019", "2020", "no response", "no_response", f, L_flx),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2021-03", "2021-04",
          "stopped after six weeks for drenching sweats and a blood pressure of 158/98", "side_effects", f, L_ven),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2021-06", "2026-08",
          "partial response, never remitted", "partial_response", f, L_bup),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2023", "2024",
          "no added benefit", "no_response", f, L_ari),
        R("transcranial magnetic stimulation", "TMS (intermittent theta-burst)", "neuromodulation", "50 sessions",
          "2026-09-14", "2026-09-18", "she remains in remission and has gone back to work", "remission", f, L_fu),
    ],
    scales=[S("MADRS", 34, "2026-09-14", f, L_m1), S("C-SSRS", 0, "2026-09-14", f, L_cs),
            S("MADRS", 15, "2026-09-18", f, "End of course 09/18/2026: MADRS 15."),
            S("MADRS", 8, "2026-10-16", f, L_fu)],
    diagnoses=[D("F33.2", f, L_dx)],
    suicidality=SU("none", f, L_cs),
    note="Not rows: ECT (none), esketamine (declined), maintenance course (not planned). iTBS session count is its dose.",
))

# ---------------------------------------------------------------- 08
f = "transcribed_gp_letters_1991_2004.txt"
L_ami = "I started amitriptyline 75 mg at night in March 1991, but it made her so drowsy and dry-mouthed that she stopped it in April 1991."
L_flx = "Fluoxetine 20 mg daily from June 1992 worked well; she was entirely well on it and we stopped it in May 1995 as she had been well for two years."
L_ser = "Sertraline 100 mg daily from July 1999 helped at first, but by 2001 she had slipped back despite taking it regularly."
L_cou = "Bereavement counselling, 6 sessions in 2002, helped with the loss of her husband; her depression persisted."
L_ham = "Her Hamilton depression rating was 22 on 14 June 1999."
L_si = "She has never had thoughts of harming herself."
CASES.append(dict(
    slug="08-records-office-transcribed-gp-letters-1991-2004-txt",
    fmt="TXT (old records, letters)",
    docs=[dict(file=f, type="txt", pages=[[
        "FICTIONAL RECORD - transcribed letters of Dr. W. H. Pennock (invented), Millbrook, 1991-2004 - FICT-42-08",
        "Patient: Agnes P. Whitlow (fictional), born 1947. Transcribed 2026 by the records office, tel (207) 555-0184.",
        "",
        "LETTER OF 2 MAY 1996 to Dr. Ferris (fictional), psychiatry",
        "Dear Dr. Ferris, I write about Mrs Whitlow, whose depression began in 1990.",
        L_ami,
        L_flx,
        "She has had no other medicines for her nerves. Lithium was never tried.",
        "",
        "LETTER OF 20 JUNE 1999 to Dr. Ferris",
        "Her depression returned this spring after her husband's illness. " + L_ham,
        "Sertraline to start in July.",
        "",
        "LETTER OF 11 MARCH 2004 to Dr. Ferris",
        L_ser,
        L_cou,
        L_si,
        "I should be grateful if you would see her again; she may need a different tablet. I retire in June.",
        "END OF FICTIONAL TRANSCRIPT",
    ]])],
    history=[
        R("amitriptyline", "TCA", "antidepressant", "75 mg at night", "1991-03", "1991-04",
          "it made her so drowsy and dry-mouthed that she stopped it in April 1991", "side_effects", f, L_ami),
        R("fluoxetine", "SSRI", "antidepressant", "20 mg daily", "1992-06", "1995-05",
          "she was entirely well on it and we stopped it in May 1995 as she had been well for two years", "remission", f, L_flx),
        R("sertraline", "SSRI", "antidepressant", "100 mg daily", "1999-07", None,
          "helped at first, but by 2001 she had slipped back despite taking it regularly", "relapse", f, L_ser),
        R("supportive counseling", "psychotherapy", "psychotherapy", "6 sessions", "2002", "2002",
          "helped with the loss of her husband; her depression persisted", "no_response", f, L_cou),
    ],
    scales=[S("HAM-D", 22, "1999-06-14", f, "Her depression returned this spring after her husband's illness. " + L_ham)],
    diagnoses=[],
    suicidality=SU("none", f, L_si),
    note="Old letters, no ICD-10 codes. The 1999 return follows a stop when well (belongs to no trial). Sertraline's end is not stated (null). Not rows: lithium (never tried), 'a different tablet' (hypothetical).",
))

# ---------------------------------------------------------------- 09
f = "group_cbt_outcome_report.docx"
L_ser = "Sertraline 150 mg (2024 - 06/2025): 'I don't feel any different.'"
L_trz = "Trazodone 50 mg at bedtime (07/2025 - 12/2025): helped her sleep; mood no different."
L_gcbt = "Group CBT for depression, 10 sessions (01/08/2026 - 03/12/2026), all attended: goals partially met; a partial response."
L_p1 = "Intake 01/08/2026: PHQ-9 21, GAD-7 14."
L_p2 = "Final session 03/12/2026: PHQ-9 16."
L_dx = "Diagnosis: F33.1 major depressive disorder, recurrent, moderate."
L_si = "At intake she endorsed passive thoughts of being better off dead (PHQ-9 item 9 = 1); no plan or intent."
CASES.append(dict(
    slug="09-group-cbt-for-depression-attendance-and-outcome-report-docx",
    fmt="DOCX (group therapy)",
    docs=[dict(file=f, type="docx", pages=[[
        "FICTIONAL DOCUMENT - Group CBT Attendance and Outcome Report - FICT-42-09",
        "Westfield Community Counseling (invented), phone (614) 555-0125",
        "Member: Yolanda F. Reyes-Marsh (fictional)   Report date 03/20/2026   Group leader: T. Lindqvist, LPCC (fictional)",
        L_dx,
        "Medication history (from referral):",
        L_ser, L_trz,
        L_gcbt,
        L_p1, L_p2,
        L_si,
        "She has not tried an SNRI. Recommendation: psychiatry referral to discuss an SNRI; individual CBT if group slots open.",
        "END OF FICTIONAL DOCUMENT",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2024", "2025-06",
          "I don't feel any different", "no_response", f, L_ser),
        R("trazodone", "SARI", "antidepressant", "50 mg at bedtime", "2025-07", "2025-12",
          "helped her sleep; mood no different", "no_response", f, L_trz),
        R("group cognitive behavioral therapy", "psychotherapy", "psychotherapy", "10 sessions", "2026-01-08", "2026-03-12",
          "goals partially met; a partial response", "partial_response", f, L_gcbt),
    ],
    scales=[S("PHQ-9", 21, "2026-01-08", f, L_p1), S("GAD-7", 14, "2026-01-08", f, L_p1),
            S("PHQ-9", 16, "2026-03-12", f, L_p2)],
    diagnoses=[D("F33.1", f, L_dx)],
    suicidality=SU("passive", f, L_si),
    note="Not rows: SNRI (not tried, to discuss), individual CBT (if slots open).",
))

# ---------------------------------------------------------------- 10
f = "nota_evolucion_centro_de_salud.docx"
L_ser = "Sertralina 100 mg/día (03/2025 - 08/2025): sin mejoría."
L_ven = "Venlafaxina retard 150 mg/día (09/2025 - 12/2025): la suspendió por náuseas y palpitaciones."
L_tcc = "Terapia cognitivo-conductual individual, 8 sesiones (febrero-abril de 2026): «me ayudó a organizarme, pero el ánimo sigue igual»."
L_vor = "Vortioxetina 10 mg/día desde el 15/01/2026: refiere mejoría parcial."
L_p1 = "PHQ-9: 18 (15/01/2026)."
L_p2 = "PHQ-9: 13 (20/05/2026)."
L_dx = "Juicio clínico: F32.1 episodio depresivo moderado."
L_si = "Niega ideación autolítica."
CASES.append(dict(
    slug="10-nota-evolucion-medicina-familiar-centro-de-salud-espanol-docx",
    fmt="DOCX, Spanish (accents, DD/MM/YYYY)",
    docs=[dict(file=f, type="docx", pages=[[
        "MUESTRA FICTICIA / FICTIONAL SAMPLE - Centro de Salud Valdeolmos (inventado) - FICT-42-10",
        "Paciente: Remedios C. Alcántara (ficticia)   NHC FICT-42-1010   Tel. (915) 555-0131",
        "Médica de familia: Dra. N. Urquiza (ficticia)   Fecha: 20/05/2026",
        L_dx,
        "Tratamientos previos:",
        L_ser, L_ven, L_tcc,
        "Tratamiento actual:",
        L_vor,
        L_p1, L_p2,
        L_si,
        "No ha tomado litio. Plan: valorar derivación a psiquiatría para esketamina si no mejora.",
        "FIN DE LA MUESTRA FICTICIA",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg/day", "2025-03", "2025-08",
          "sin mejoría", "no_response", f, L_ser),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg/day", "2025-09", "2025-12",
          "la suspendió por náuseas y palpitaciones", "side_effects", f, L_ven),
        R("cognitive behavioral therapy", "psychotherapy", "psychotherapy", "8 sessions", "2026-02", "2026-04",
          "me ayudó a organizarme, pero el ánimo sigue igual", "no_response", f, L_tcc),
        R("vortioxetine", "serotonin modulator", "antidepressant", "10 mg/day", "2026-01-15", None,
          "refiere mejoría parcial", "partial_response", f, L_vor),
    ],
    scales=[S("PHQ-9", 18, "2026-01-15", f, L_p1), S("PHQ-9", 13, "2026-05-20", f, L_p2)],
    diagnoses=[D("F32.1", f, L_dx)],
    suicidality=SU("none", f, L_si),
    note="Spanish. Not rows: litio (never taken), esketamina (valorar). Doses given in the record's words (mg/día = mg/day).",
))

# ---------------------------------------------------------------- 11
f1 = "portal_med_history_photo1.jpg"
f2 = "portal_visit_note_photo2.jpg"
L_lex = "Lexapro (escitalopram) 10 mg | 02/2024 - 06/2024 | Reason stopped: not effective"
L_zol = "Zoloft (sertraline) 150 mg | 07/2024 - 03/2025 | Reason stopped: diarrhea every day"
L_rem = "Remeron (mirtazapine) 30 mg | 04/2025 - present |"
L_rem2 = "Mirtazapine 30 mg: partial response; still low most mornings."
L_p = "PHQ-9: 16 (10/02/2026)"
L_dx = "Dx: F33.1 Major depressive disorder, recurrent, moderate"
L_si = "Denies SI/HI."
CASES.append(dict(
    slug="11-printed-patient-portal-medication-history-phone-photos",
    fmt="2 phone photos (JPEG)",
    docs=[dict(file=f1, type="photo", pages=[[
        "FICTIONAL - MyHealth Portal printout (invented) - FICT-42-11",
        "Patient: Theo R. Brannigan (fictional)",
        "MEDICATION HISTORY",
        "Medication | Dates | Notes",
        L_lex, L_zol, L_rem,
        "Printed 10/05/2026",
    ]]), dict(file=f2, type="photo", pages=[[
        "FICTIONAL - Visit note 10/02/2026 (invented)",
        "Lakeshore Family Psychiatry  (773) 555-0188",
        L_rem2,
        L_p,
        L_dx,
        L_si,
        "Plan: continue; no lithium; may discuss TMS.",
    ]])],
    history=[
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2024-02", "2024-06",
          "not effective", "no_response", f1, L_lex),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2024-07", "2025-03",
          "diarrhea every day", "side_effects", f1, L_zol),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-04", None,
          "partial response; still low most mornings", "partial_response", f2, L_rem2),
    ],
    scales=[S("PHQ-9", 16, "2026-10-02", f2, L_p)],
    diagnoses=[D("F33.1", f2, L_dx)],
    suicidality=SU("none", f2, L_si),
    note="Two phone photos of printouts. Not rows: lithium ('no lithium'), TMS ('may discuss').",
))

# ---------------------------------------------------------------- 12
f = "treat_to_target_flowsheet.pdf"
L_bup = "02/03/2026 | Bupropion XL 300 mg started 02/03/2026; stopped 04/07/2026 | 20 | no change on it"
L_ser = "04/07/2026 | Sertraline 50 mg started 04/07/2026; stopped 05/12/2026 | 19 | stopped - 'felt flat, like a zombie'"
L_ba = "05/12/2026 | Behavioral activation with the BHC, 6 sessions (05/12/2026 - 07/14/2026) | 17 | took the edge off, but still pretty low"
L_dlx = "07/14/2026 | Duloxetine 60 mg started 07/14/2026 | 15 | (started today)"
L_dlx2 = "10/06/2026 | Duloxetine 60 mg continued | 10 | about 70% better than in February"
L_g = "GAD-7 13 on 02/03/2026."
L_dx = "Problems: F32.1 major depressive disorder, single episode, moderate; E11.9 type 2 diabetes without complications."
L_si = "No SI at any visit (PHQ-9 item 9 = 0 each time)."
CASES.append(dict(
    slug="12-primary-care-depression-treat-to-target-flowsheet-pdf",
    fmt="text PDF, 1 p. (flowsheet)",
    docs=[dict(file=f, type="pdf", pages=[[
        "FICTIONAL RECORD - Sunridge Family Health, Integrated Behavioral Health (invented) - FICT-42-12",
        "Patient: Gilbert A. Nwosu (fictional)   MRN FICT-42-1212   BHC line (505) 555-0109",
        L_dx,
        "Visit | Treatment | PHQ-9 | Comment",
        L_bup, L_ser, L_ba, L_dlx, L_dlx2,
        L_g,
        L_si,
        "Plan: continue duloxetine 60 mg. If PHQ-9 stays above 9, consider adding aripiprazole. Never had psychotherapy before 2026.",
    ]])],
    history=[
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2026-02-03", "2026-04-07",
          "no change on it", "no_response", f, L_bup),
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2026-04-07", "2026-05-12",
          "stopped - 'felt flat, like a zombie'", "side_effects", f, L_ser),
        R("behavioral activation", "psychotherapy", "psychotherapy", "6 sessions", "2026-05-12", "2026-07-14",
          "took the edge off, but still pretty low", "partial_response", f, L_ba),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-07-14", None,
          "about 70% better than in February", "partial_response", f, L_dlx2),
    ],
    scales=[S("PHQ-9", 20, "2026-02-03", f, L_bup), S("PHQ-9", 19, "2026-04-07", f, L_ser),
            S("PHQ-9", 17, "2026-05-12", f, L_ba), S("PHQ-9", 15, "2026-07-14", f, L_dlx),
            S("PHQ-9", 10, "2026-10-06", f, L_dlx2), S("GAD-7", 13, "2026-02-03", f, L_g)],
    diagnoses=[D("F32.1", f, L_dx), D("E11.9", f, L_dx)],
    suicidality=SU("none", f, L_si),
    note="Flowsheet with a comment column (words decide). Not rows: aripiprazole (consider). Diabetes code is a diagnosis, no trial.",
))
