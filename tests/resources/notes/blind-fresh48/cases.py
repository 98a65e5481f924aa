# FICTIONAL test data for appeal-kit notes (blind set notes48). Every person, clinic, plan, number is invented.
# Each case: files (each a list of pages, each a list of printed lines) and the expected values; an expected value's
# `src` is a substring that must occur in exactly one line of the case: that line is its source (file, page, text).

H = lambda name, cls, kind, dose, start, end, outcome, oc, src: dict(
    name=name, cls=cls, kind=kind, dose=dose, start=start, end=end, outcome=outcome, oc=oc, src=src)

CASES = []

# ---------------------------------------------------------------- 01
CASES.append(dict(
    slug="01-rheumatoid-arthritis-biologic-clinic-return-visits-pdf",
    note="Not rows: methotrexate, adalimumab, prednisone (arthritis); lithium and antipsychotics never tried; vortioxetine 'consider'. "
         "Duloxetine stopped for coverage: the class is what it did before (partial_response, page 1). "
         "Suicidality: denied 02/11/2026, passive 05/13/2026 (the latest and the most severe is given).",
    files=[dict(name="rheumatology_return_visits.pdf", kind="pdf", pages=[[
        "FICTIONAL SAMPLE - Ridgeview Rheumatology Associates (fictional) - return visit notes",
        "Patient: Delphine Arbogast (fictional)   MRN FICT-48-0101   DOB 03/14/1979",
        "Clinic phone (480) 555-0121   Fax (480) 555-0122   Tempe, AZ (fictional practice)",
        "",
        "VISIT 02/11/2026   Rheumatologist: Owen Plaskett, MD (fictional)",
        "Assessment: M05.79 seropositive rheumatoid arthritis, multiple sites; F33.1 major depressive disorder, recurrent, moderate.",
        "Joints: 4 tender, 2 swollen. Methotrexate 20 mg weekly continued; adalimumab started 11/2025 for the joints.",
        "Prednisone 5 mg taper finished 01/2026. Morning stiffness about 45 minutes.",
        "Mood history (her account and her PCP's letter of 01/2026):",
        "Sertraline 100 mg from 03/2023 to 10/2023: 'it never did much for me.'",
        "Escitalopram 20 mg 11/2023 to 06/2024: felt like herself by spring 2024, but by June the low mood was back while still taking it.",
        "Bupropion XL 300 mg 07/2024 to 09/2024: stopped because of a racing heart and no sleep.",
        "Duloxetine 60 mg since 10/2024 (PCP): 'it takes the edge off, but I'm still pretty low.'",
        "She has never tried lithium or an antipsychotic.",
        "PHQ-9 today 18 (02/11/2026). Denies suicidal ideation.",
        "Plan: refer to psychiatry; PCP may consider vortioxetine. Recheck labs in 8 weeks.",
    ], [
        "FICTIONAL SAMPLE - Ridgeview Rheumatology Associates (fictional) - page 2",
        "VISIT 05/13/2026   Rheumatologist: Owen Plaskett, MD (fictional)",
        "Joints: 1 tender, 0 swollen on adalimumab and methotrexate. Good response in the joints.",
        "Duloxetine was stopped in 04/2026 when her new plan would not cover it.",
        "Psychiatry (Ines Varga, MD, fictional) started mirtazapine 15 mg at bedtime on 04/20/2026; she says it is too early to tell.",
        "PHQ-9 16 (05/13/2026).",
        "Passive thoughts that she would be better off asleep and not waking up; no plan or intent.",
        "Plan: continue current therapy; psychiatry follow-up as scheduled; return here in 3 months.",
    ]])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2023-03", "2023-10", "it never did much for me", "no_response",
          "Sertraline 100 mg from"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-11", "2024-06",
          "felt like herself by spring 2024, but by June the low mood was back while still taking it", "relapse",
          "Escitalopram 20 mg 11/2023"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2024-07", "2024-09",
          "stopped because of a racing heart and no sleep", "side_effects", "Bupropion XL 300 mg"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-10", "2026-04",
          "it takes the edge off, but I'm still pretty low", "partial_response", "Duloxetine 60 mg since"),
        H("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2026-04-20", None, "too early to tell", "unknown",
          "started mirtazapine 15 mg"),
    ],
    scales=[("PHQ-9", 18, "2026-02-11", "PHQ-9 today 18"), ("PHQ-9", 16, "2026-05-13", "PHQ-9 16 (05/13/2026)")],
    codes=[("M05.79", "Assessment: M05.79"), ("F33.1", "Assessment: M05.79")],
    suic=("passive", "Passive thoughts that she"),
))

# ---------------------------------------------------------------- 02
CASES.append(dict(
    slug="02-perinatal-psychiatry-access-line-phone-consult-txt",
    note="Not rows: ECT/TMS never had, bupropion not tried, sertraline restart and TMS are recommendations. "
         "Sertraline stopped for the pregnancy (a reason outside the drug): class from 'maybe a third better' (a sized guess, s66).",
    files=[dict(name="perinatal_access_line_consult.txt", kind="txt", pages=[[
        "FICTIONAL SAMPLE - Perinatal Psychiatry Access Line (fictional program) - telephone consult note",
        "Consult date: 08/19/2026   Caller: Renata Holloway, MD, OB/GYN (fictional), Lakeshore Women's Clinic, (608) 555-0134",
        "Patient: Teodora Finch (fictional), G2P1, 31 weeks pregnant; record FICT-48-0202",
        "Question: next step for depression in pregnancy. PHQ-9 21 (08/14/2026) at the OB visit.",
        "Diagnoses per caller: O99.343 mental disorder complicating pregnancy, third trimester; F33.1 recurrent major depression, moderate.",
        "Past treatment, per caller and the patient's own list:",
        "- Fluoxetine 20 mg, 2019 to 2020, after her first delivery: 'recovered fully'; tapered off with her PCP in 2020.",
        "- Sertraline 100 mg started 01/2026 before conception; stopped 03/2026 on her own when the pregnancy test was positive. Before stopping she was 'maybe a third better.'",
        "- Interpersonal psychotherapy, 10 weekly sessions (04/2026 to 06/2026): it helped with the arguments at home; the depression itself stayed.",
        "- She has never had ECT or TMS. Bupropion has not been tried.",
        "Now: no antidepressant since 03/2026. Sleeping about 4 hours; appetite down; crying daily.",
        "Safety: passive death wish ('I wouldn't mind not waking up'); denies intent or plan; no past attempts.",
        "Recommendation to caller: restart sertraline 50 mg and titrate to 100 mg; consider TMS referral if no better by 36 weeks.",
        "Callback in two weeks. Consultant: Abel Mendez-Lyon, MD, perinatal psychiatrist (fictional); line (608) 555-0135.",
    ]])],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2019", "2020", "recovered fully", "remission",
          "- Fluoxetine 20 mg"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2026-01", "2026-03", "maybe a third better", "partial_response",
          "- Sertraline 100 mg started"),
        H("interpersonal psychotherapy", "psychotherapy", "psychotherapy", None, "2026-04", "2026-06",
          "it helped with the arguments at home; the depression itself stayed", "no_response", "- Interpersonal psychotherapy"),
    ],
    scales=[("PHQ-9", 21, "2026-08-14", "PHQ-9 21 (08/14/2026)")],
    codes=[("O99.343", "Diagnoses per caller"), ("F33.1", "Diagnoses per caller")],
    suic=("passive", "Safety: passive death wish"),
))

# ---------------------------------------------------------------- 03
CASES.append(dict(
    slug="03-occipital-neuralgia-neurology-pain-clinic-notes-docx",
    note="Pain medicines tried for the coded occipital neuralgia are rows of kind other (s74). Not rows: occipital nerve blocks "
         "(procedure), topiramate never tried, onabotulinumtoxinA pending authorization.",
    files=[dict(name="occipital_neuralgia_clinic_notes.docx", kind="docx", pages=[[
        "FICTIONAL SAMPLE - Northfork Neurology Headache & Facial Pain Clinic (fictional) - clinic notes",
        "Patient: Bertram Oyelaran (fictional)   Chart FICT-48-0303   DOB 07/02/1986",
        "Clinic (503) 555-0141   Fax (503) 555-0142",
        "Visit 03/04/2026 - Lorna Kessel, MD, neurology (fictional)",
        "Diagnoses: M54.81 occipital neuralgia, right; F34.1 persistent depressive disorder.",
        "Shooting pain from the right occiput to the vertex since a fall in 2023; daily, worse with neck turning.",
        "Medicines tried for the neuralgia:",
        "Gabapentin 1200 mg/day 02/2024 - 08/2024: no change in the occipital pain; stopped.",
        "Pregabalin 150 mg twice daily 09/2024 - 11/2024: gained 18 lb and swollen ankles; stopped.",
        "Oxcarbazepine 600 mg twice daily 01/2025 - 07/2025: pain down to about 4/10 for a few months, then back at 7 to 8 out of 10 while still on it.",
        "Greater occipital nerve blocks x3 in 2025, relief of about three days each.",
        "Topiramate never tried (kidney stones). OnabotulinumtoxinA: prior authorization pending.",
        "Mood: sertraline 50 mg for mood in 2023, stopped after six weeks for nausea and diarrhea.",
        "Pain NRS 8/10 (03/04/2026). PHQ-9 13 (03/04/2026).",
        "Denies thoughts of self-harm.",
        "Plan: start duloxetine 30 mg daily, increase to 60 mg in 2 weeks, for pain and mood.",
        "",
        "Visit 06/10/2026 - Lorna Kessel, MD (fictional)",
        "Duloxetine 60 mg since 03/2026: about half better with the pain; mood a little lighter but still low.",
        "Pain NRS 5/10 (06/10/2026).",
        "Plan: continue duloxetine 60 mg; recheck in 3 months.",
    ]])],
    history=[
        H("gabapentin", "gabapentinoid", "other", "1200 mg", "2024-02", "2024-08", "no change in the occipital pain; stopped",
          "no_response", "Gabapentin 1200 mg/day"),
        H("pregabalin", "gabapentinoid", "other", "150 mg", "2024-09", "2024-11", "gained 18 lb and swollen ankles; stopped",
          "side_effects", "Pregabalin 150 mg"),
        H("oxcarbazepine", "anticonvulsant", "other", "600 mg", "2025-01", "2025-07",
          "pain down to about 4/10 for a few months, then back at 7 to 8 out of 10 while still on it", "relapse",
          "Oxcarbazepine 600 mg"),
        H("sertraline", "SSRI", "antidepressant", "50 mg", "2023", "2023", "stopped after six weeks for nausea and diarrhea",
          "side_effects", "Mood: sertraline 50 mg"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-03", None,
          "about half better with the pain; mood a little lighter but still low", "partial_response", "Duloxetine 60 mg since 03/2026"),
    ],
    scales=[("pain NRS", 8, "2026-03-04", "Pain NRS 8/10"), ("PHQ-9", 13, "2026-03-04", "Pain NRS 8/10"),
            ("pain NRS", 5, "2026-06-10", "Pain NRS 5/10")],
    codes=[("M54.81", "Diagnoses: M54.81"), ("F34.1", "Diagnoses: M54.81")],
    suic=("none", "Denies thoughts of self-harm"),
))

# ---------------------------------------------------------------- 04
CASES.append(dict(
    slug="04-medical-icu-psychiatry-consult-after-diabetic-ketoacidosis-pdf",
    note="Intentional insulin omission to die = suicide attempt. Not rows: insulin; ECT declined; lithium 'consider'; no TMS. "
         "Aripiprazole added to venlafaxine = augmentation.",
    files=[dict(name="micu_psychiatry_consult.pdf", kind="pdf", pages=[[
        "FICTIONAL SAMPLE - St. Brennan Medical Center (fictional) - Consultation-Liaison Psychiatry",
        "Patient: Harriet Solvang (fictional)   MRN FICT-48-0404   Unit: Medical ICU   Phone (414) 555-0150",
        "Consult date: 10/02/2026   Requested by: MICU team   Consultant: Farid Lenox, MD (fictional)",
        "Reason: DKA after several days without insulin; concern for self-harm.",
        "HPI: 34-year-old with type 1 diabetes since age 11. She says she skipped insulin for three days 'so I wouldn't be here anymore.'",
        "She told her roommate the next morning, who called 911. This was a suicide attempt by insulin omission.",
        "Psychiatric treatment history (patient, pharmacy record, outpatient letter):",
        "Citalopram 20 mg (2021 - 2022, PCP): she 'felt flat' and stopped it.",
        "Venlafaxine XR 150 mg 03/2023 to 02/2025: helped a lot the first year; by late 2024 it was like taking nothing.",
        "Aripiprazole 5 mg added to venlafaxine 11/2024 to 01/2025: restless, could not sit still; stopped.",
        "Behavioral activation, 8 sessions (04/2025 to 06/2025) with the diabetes center psychologist: she 'didn't get much out of it.'",
        "Desvenlafaxine 100 mg since 07/2025, taken most days; her mood is 'no different' on it.",
        "ECT was offered by her outpatient psychiatrist in 2025 and she declined. No history of TMS.",
        "PHQ-9 24 (10/02/2026).",
    ], [
        "FICTIONAL SAMPLE - St. Brennan Medical Center (fictional) - Consultation-Liaison Psychiatry - page 2",
        "Diagnoses: E10.10 type 1 diabetes with ketoacidosis without coma; F33.2 major depressive disorder, recurrent, severe without psychotic features.",
        "Follow-up 10/03/2026: anion gap closed; transferred to the medical floor.",
        "MADRS 36 (10/03/2026). Still endorses wishing she were dead; no plan while in hospital.",
        "Recommendations: 1:1 sitter; desvenlafaxine held while NPO, resume when eating.",
        "Consider lithium augmentation after discharge once renal function is stable. Inpatient psychiatry transfer when medically cleared.",
    ]])],
    history=[
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2021", "2022", "she 'felt flat' and stopped it", "side_effects",
          "Citalopram 20 mg (2021"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2023-03", "2025-02",
          "helped a lot the first year; by late 2024 it was like taking nothing", "relapse", "Venlafaxine XR 150 mg"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-11", "2025-01",
          "restless, could not sit still; stopped", "side_effects", "Aripiprazole 5 mg added"),
        H("behavioral activation", "psychotherapy", "psychotherapy", None, "2025-04", "2025-06", "didn't get much out of it",
          "no_response", "Behavioral activation, 8 sessions"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2025-07", None, "no different", "no_response",
          "Desvenlafaxine 100 mg since"),
    ],
    scales=[("PHQ-9", 24, "2026-10-02", "PHQ-9 24 (10/02/2026)"), ("MADRS", 36, "2026-10-03", "MADRS 36")],
    codes=[("E10.10", "Diagnoses: E10.10"), ("F33.2", "Diagnoses: E10.10")],
    suic=("attempt", "This was a suicide attempt"),
))

# ---------------------------------------------------------------- 05
CASES.append(dict(
    slug="05-handwritten-ect-referral-checklist-scan",
    note="Image-only scan in a slanted hand-style font. Sertraline + olanzapine share one line and one judgment "
         "(olanzapine = augmentation). Not rows: phenelzine never tried, ECT none before (the referral is for it).",
    files=[dict(name="ect_referral_checklist_scan.pdf", kind="scan", pages=[[
        "FICTIONAL SAMPLE - ECT referral checklist (handwritten)",
        "Pt: Augustin Mereday (fictional)  FICT-48-0505",
        "From: Dr. P. Okafor-Lind (fictional)  (919) 555-0160",
        "Date 09/22/2026",
        "Dx: F33.3 MDD recurrent, severe w/ psychotic features",
        "Prior trials:",
        "1. Nortriptyline 100 mg 2022 (level 110) - no change after 10 wks",
        "2. Sertraline 200 mg + olanzapine 10 mg 2023 - psychosis cleared, mood about half better",
        "3. Lithium 900 mg 01/2024 - 03/2024 - tremor + confusion, level 1.4, stopped",
        "4. Phenelzine - never tried",
        "Current: mirtazapine 45 mg since 05/2024 - no response",
        "HAM-D 31 on 09/22/2026",
        "SI: passive, no plan",
        "ECT: none before. Requesting eval for ECT.",
    ]])],
    history=[
        H("nortriptyline", "tricyclic antidepressant", "antidepressant", "100 mg", "2022", "2022", "no change after 10 wks",
          "no_response", "1. Nortriptyline"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2023", "2023", "psychosis cleared, mood about half better",
          "partial_response", "2. Sertraline"),
        H("olanzapine", "atypical antipsychotic", "augmentation", "10 mg", "2023", "2023",
          "psychosis cleared, mood about half better", "partial_response", "2. Sertraline"),
        H("lithium", "mood stabilizer", "augmentation", "900 mg", "2024-01", "2024-03", "tremor + confusion, level 1.4, stopped",
          "side_effects", "3. Lithium"),
        H("mirtazapine", "NaSSA", "antidepressant", "45 mg", "2024-05", None, "no response", "no_response",
          "Current: mirtazapine"),
    ],
    scales=[("HAM-D", 31, "2026-09-22", "HAM-D 31")],
    codes=[("F33.3", "Dx: F33.3")],
    suic=("passive", "SI: passive"),
))

# ---------------------------------------------------------------- 06
CASES.append(dict(
    slug="06-burning-mouth-syndrome-oral-medicine-clinic-notes-txt",
    note="Pain medicines tried for the coded burning mouth (K14.6, G89.29) are rows of kind other (s74). Clonazepam stopped "
         "for cost: class from before (partial). Gabapentin: harm, no gain, stop = side_effects (s53). Not rows: capsaicin "
         "rinse discussed, alpha-lipoic acid 'discuss', opioids never, amoxicillin (tooth infection).",
    files=[dict(name="oral_medicine_clinic_notes.txt", kind="txt", pages=[[
        "FICTIONAL SAMPLE - Harborline Dental School Oral Medicine & Orofacial Pain Clinic (fictional)",
        "Patient: Wilhelmina Tarrant (fictional)   Record FICT-48-0606   Clinic (207) 555-0171",
        "",
        "NOTE 04/21/2026   Provider: Jonah Feld, DMD, MS (fictional)",
        "Diagnoses: K14.6 burning mouth (tongue and palate); G89.29 other chronic pain; F33.1 recurrent depression, moderate.",
        "Burning of the tongue tip and palate since 2024, worse by evening; dry mouth; taste changed.",
        "Treatments tried for the burning:",
        "Clonazepam 0.5 mg held in the mouth and spat out, 05/2025 - 01/2026: burning from 7/10 to 3/10, 'best thing so far, but not gone'; stopped when the price went up.",
        "Gabapentin 300 mg three times daily 10/2025 - 12/2025: sleepy all day, no change in the burning; stopped.",
        "Amoxicillin for a tooth infection 08/2025 (unrelated).",
        "Never given opioids. Capsaicin rinse discussed, not started.",
        "Depression (psychiatry, outside records): paroxetine 20 mg 2022 - 2023 helped her sleep; her mood never lifted.",
        "Vortioxetine 10 mg since 02/2026: 'some better, but not all the way.'",
        "Pain NRS 6/10 (04/21/2026). PHQ-9 12 (04/21/2026). Denies SI.",
        "Plan: salivary flow test; return 12 weeks.",
        "",
        "NOTE 07/14/2026   Provider: Jonah Feld, DMD, MS (fictional)",
        "Burning about the same. Saliva flow low-normal.",
        "Pain NRS 6/10 (07/14/2026). PHQ-9 9 (07/14/2026).",
        "Plan: discuss alpha-lipoic acid at next visit; continue psychiatry care.",
    ]])],
    history=[
        H("clonazepam", "benzodiazepine", "other", "0.5 mg", "2025-05", "2026-01", "best thing so far, but not gone",
          "partial_response", "Clonazepam 0.5 mg held"),
        H("gabapentin", "gabapentinoid", "other", "300 mg", "2025-10", "2025-12",
          "sleepy all day, no change in the burning; stopped", "side_effects", "Gabapentin 300 mg three"),
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2022", "2023", "helped her sleep; her mood never lifted",
          "no_response", "paroxetine 20 mg 2022"),
        H("vortioxetine", "serotonin modulator", "antidepressant", "10 mg", "2026-02", None, "some better, but not all the way",
          "partial_response", "Vortioxetine 10 mg since"),
    ],
    scales=[("pain NRS", 6, "2026-04-21", "Pain NRS 6/10 (04/21/2026)"), ("PHQ-9", 12, "2026-04-21", "Pain NRS 6/10 (04/21/2026)"),
            ("pain NRS", 6, "2026-07-14", "Pain NRS 6/10 (07/14/2026)"), ("PHQ-9", 9, "2026-07-14", "Pain NRS 6/10 (07/14/2026)")],
    codes=[("K14.6", "Diagnoses: K14.6"), ("G89.29", "Diagnoses: K14.6"), ("F33.1", "Diagnoses: K14.6")],
    suic=("none", "Denies SI"),
))

# ---------------------------------------------------------------- 07
GRID = [("1", "01/12/2026", "22"), ("5", "01/16/2026", ""), ("6", "01/19/2026", "20"), ("11", "01/26/2026", "17"),
        ("16", "02/02/2026", "13"), ("21", "02/09/2026", "10"), ("26", "02/16/2026", ""), ("30", "02/20/2026", "8")]
CASES.append(dict(
    slug="07-tms-technician-daily-session-grid-with-phq9-pdf",
    note="TMS course: a response (22 -> 8) whose benefit wore off after the course = relapse (rule 3). Not rows: esketamine "
         "declined, second TMS course requested.",
    files=[dict(name="tms_session_grid.pdf", kind="pdf", pages=[[
        "FICTIONAL SAMPLE - Clearwater Interventional Psychiatry (fictional) - TMS treatment record",
        "Patient: Lucan Pettibone (fictional)   ID FICT-48-0707   Phone (727) 555-0180   Fax (727) 555-0181",
        "Diagnosis: F33.2 major depressive disorder, recurrent, severe without psychotic features.",
        "Prior trials (from intake 01/08/2026):",
        "Escitalopram 20 mg, 2020 - 2021: no response.",
        "Duloxetine 120 mg, 2021 - 2022: stopped after urinary retention.",
        "Quetiapine XR 150 mg added to duloxetine, 2022: 'slept 14 hours a day, gained 20 lb'; stopped.",
        "CBT, 16 sessions, 2023: taught him skills; the depression hung on.",
        "Bupropion XL 450 mg since 2023, continued through TMS: mood unchanged on it.",
        "Esketamine: offered, patient declined.",
        "Suicidal ideation: denied at intake and at each weekly check.",
        "",
        "Daily session grid - 10 Hz left DLPFC, 3000 pulses, 120% MT (technician: R. Amsel, fictional)",
        "Session  Date        PHQ-9   Tech note",
    ] + ["%-8s %-11s %-7s %s" % (s, d, p if p else "-", "tolerated" if s != "1" else "mapping; MT 52%")
         for s, d, p in GRID], [
        "FICTIONAL SAMPLE - Clearwater Interventional Psychiatry (fictional) - TMS treatment record - page 2",
        "Course summary: TMS 10 Hz left DLPFC, 30 sessions 01/12/2026 - 02/20/2026; PHQ-9 22 to 8 by the last session, a response.",
        "Follow-up 04/17/2026: PHQ-9 17 (04/17/2026). He did well for five weeks after the last session; from late March the benefit wore off.",
        "Plan: second TMS course requested from his plan; continue bupropion.",
        "Physician: Gemma Strand, MD (fictional)",
    ]])],
    history=[
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2020", "2021", "no response", "no_response", "Escitalopram 20 mg, 2020"),
        H("duloxetine", "SNRI", "antidepressant", "120 mg", "2021", "2022", "stopped after urinary retention", "side_effects",
          "Duloxetine 120 mg"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2022", "2022",
          "slept 14 hours a day, gained 20 lb'; stopped", "side_effects", "Quetiapine XR"),
        H("cognitive behavioral therapy", "psychotherapy", "psychotherapy", None, "2023", "2023",
          "taught him skills; the depression hung on", "no_response", "CBT, 16 sessions"),
        H("bupropion", "NDRI", "antidepressant", "450 mg", "2023", None, "mood unchanged on it", "no_response",
          "Bupropion XL 450 mg"),
        H("TMS", "repetitive transcranial magnetic stimulation", "neuromodulation", "30 sessions", "2026-01-12", "2026-02-20",
          "did well for five weeks after the last session; from late March the benefit wore off", "relapse", "Follow-up 04/17/2026"),
    ],
    scales=[("PHQ-9", int(p), "2026-%s-%s" % (d[:2], d[3:5]), "%-8s %-11s" % (s, d)) for s, d, p in GRID if p]
           + [("PHQ-9", 17, "2026-04-17", "Follow-up 04/17/2026")],
    codes=[("F33.2", "Diagnosis: F33.2")],
    suic=("none", "Suicidal ideation: denied"),
))

# ---------------------------------------------------------------- 08
CASES.append(dict(
    slug="08-public-health-service-marine-hospital-records-abstract-1971-1980-txt",
    note="Old records: no word on suicidality (null). Amitriptyline tapered off when well = remission; the 1974 return is after "
         "its end and belongs to no trial. Lithium (maintenance after ECT, no antidepressant beside it) is given kind augmentation "
         "as a mood stabilizer; a scorer may meet 'other' here.",
    files=[dict(name="marine_hospital_abstract_1971_1980.txt", kind="txt", pages=[[
        "FICTIONAL SAMPLE - records abstract prepared 09/30/2026 by Records Custodian, Bayside Federal Archive Annex (fictional)",
        "Source: U.S. Public Health Service Hospital (fictional unit), seamen's outpatient and ward charts, 1971-1980",
        "Patient: Emory Castellane (fictional), merchant seaman, born 1939   Abstract no. FICT-48-0808",
        "Custodian phone (415) 555-0190",
        "Custodian's coding for this abstract: F33.2 recurrent major depression, severe (the charts used the old term 'depressive reaction').",
        "",
        "03/1971  Outpatient. Depressed since his last voyage; not eating. Amitriptyline 150 mg at bedtime begun.",
        "07/1971  On amitriptyline, 'back to his old self'; cleared to return to sea.",
        "01/1972  Amitriptyline tapered off with the clinic doctor; well.",
        "06/1974  Depression returned ashore. Ward admission. HAM-D 28 (06/03/1974).",
        "06/1974  Imipramine 200 mg daily 06/1974 - 09/1974: no change in mood after 12 weeks.",
        "10/1974  ECT, 8 treatments, 10/1974 - 11/1974: recovered fully. HAM-D 6 (12/02/1974).",
        "01/1975  Lithium carbonate 900 mg daily begun for maintenance after ECT; level 0.8.",
        "03/1977  On lithium, well until early 1977, then the depression came back while still taking it.",
        "02/1978  Lithium stopped 02/1978. Phenelzine 45 mg daily begun.",
        "05/1978  Phenelzine stopped after a severe headache and blood pressure 210/120 following aged cheese.",
        "1979-1980  No psychiatric entries; seen for a hernia repair only.",
    ]])],
    history=[
        H("amitriptyline", "tricyclic antidepressant", "antidepressant", "150 mg", "1971-03", "1972-01", "back to his old self",
          "remission", "07/1971  On amitriptyline"),
        H("imipramine", "tricyclic antidepressant", "antidepressant", "200 mg", "1974-06", "1974-09",
          "no change in mood after 12 weeks", "no_response", "Imipramine 200 mg daily"),
        H("ECT", "electroconvulsive therapy", "neuromodulation", "8 treatments", "1974-10", "1974-11", "recovered fully",
          "remission", "ECT, 8 treatments"),
        H("lithium", "mood stabilizer", "augmentation", "900 mg", "1975-01", "1978-02",
          "well until early 1977, then the depression came back while still taking it", "relapse", "03/1977  On lithium"),
        H("phenelzine", "MAOI", "antidepressant", "45 mg", "1978-02", "1978-05",
          "stopped after a severe headache and blood pressure 210/120 following aged cheese", "side_effects", "05/1978  Phenelzine"),
    ],
    scales=[("HAM-D", 28, "1974-06-03", "HAM-D 28"), ("HAM-D", 6, "1974-12-02", "HAM-D 6 (12/02/1974)")],
    codes=[("F33.2", "Custodian's coding")],
    suic=None,
))

# ---------------------------------------------------------------- 09
CASES.append(dict(
    slug="09-emotion-focused-therapy-individual-progress-notes-docx",
    note="Not rows: no other antidepressant ever taken; psychiatry referral for medication declined. EFT course: "
         "'I feel like myself again' at termination = remission.",
    files=[dict(name="eft_progress_notes.docx", kind="docx", pages=[[
        "FICTIONAL SAMPLE - Alder Street Counseling (fictional) - Emotion-Focused Therapy progress notes",
        "Client: Priya Vandermolen (fictional)   File FICT-48-0909   Office (970) 555-0112",
        "Therapist: Celeste Umber, LPC (fictional)",
        "Diagnoses: F33.1 major depressive disorder, recurrent, moderate; F41.1 generalized anxiety disorder.",
        "",
        "Session 1 - 09/09/2025 (intake)",
        "PHQ-9 17 (09/09/2025). GAD-7 14 (09/09/2025).",
        "History: fluoxetine 40 mg 2019 - 2024 from her PCP: 'it worked for about a year and then I slid back'; she stopped it in 2024.",
        "Group CBT at a community agency, 12 weeks in 2023: she says it got her 'about halfway back.'",
        "She has not taken any other antidepressant and declines a psychiatry referral for medication for now.",
        "No SI/HI.",
        "Plan: weekly emotion-focused therapy.",
        "",
        "Session 10 - 11/18/2025",
        "Worked on the 'empty chair' with her late mother. PHQ-9 11 (11/18/2025).",
        "",
        "Session 20 - 02/24/2026 (termination)",
        "Emotion-focused therapy, 20 sessions, 09/2025 - 02/2026. PHQ-9 6 (02/24/2026).",
        "At the last session she said: 'I feel like myself again.'",
        "Relapse-prevention plan given; may return as needed.",
    ]])],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019", "2024", "it worked for about a year and then I slid back",
          "relapse", "History: fluoxetine"),
        H("group cognitive behavioral therapy", "psychotherapy", "psychotherapy", None, "2023", "2023", "about halfway back",
          "partial_response", "Group CBT at a"),
        H("emotion-focused therapy", "psychotherapy", "psychotherapy", None, "2025-09", "2026-02", "I feel like myself again",
          "remission", "At the last session"),
    ],
    scales=[("PHQ-9", 17, "2025-09-09", "PHQ-9 17 (09/09/2025)"), ("GAD-7", 14, "2025-09-09", "PHQ-9 17 (09/09/2025)"),
            ("PHQ-9", 11, "2025-11-18", "PHQ-9 11"), ("PHQ-9", 6, "2026-02-24", "PHQ-9 6 (02/24/2026)")],
    codes=[("F33.1", "Diagnoses: F33.1"), ("F41.1", "Diagnoses: F33.1")],
    suic=("none", "No SI/HI"),
))

# ---------------------------------------------------------------- 10
CASES.append(dict(
    slug="10-informe-telepsiquiatria-clinica-hispana-espanol-txt",
    note="Spanish, with accents and spelled-out dates. Not rows: TEC and EMT never received; esketamina 'se valorara'.",
    files=[dict(name="informe_telepsiquiatria.txt", kind="txt", pages=[[
        "MUESTRA FICTICIA / FICTIONAL SAMPLE - Clínica Hispana del Valle (ficticia) - Informe de telepsiquiatría",
        "Paciente: Rosaura Iturbe Caldera (ficticia)   Expediente FICT-48-1010   Teléfono (956) 555-0123",
        "Fecha de la consulta: 3 de noviembre de 2026   Psiquiatra: Dr. Tomás Alcocer Ruiz (ficticio)",
        "Diagnósticos: F32.2 episodio depresivo grave sin síntomas psicóticos; F41.1 trastorno de ansiedad generalizada.",
        "Antecedentes de tratamiento:",
        "Escitalopram 10 mg en 2022 (médico de familia): lo dejó a las tres semanas por náuseas y diarrea.",
        "Venlafaxina 225 mg de junio de 2022 a mayo de 2024: mejoría parcial, nunca llegó a la remisión.",
        "Terapia cognitivo-conductual individual, 12 sesiones (enero-marzo de 2025): 'aprendí cosas, pero el ánimo sigue bajo'.",
        "Vortioxetina 20 mg desde abril de 2025: 'no noto nada'.",
        "Aripiprazol 2 mg añadido a la vortioxetina en agosto de 2025, retirado en octubre de 2025 por acatisia.",
        "No ha recibido TEC ni EMT.",
        "Escalas: PHQ-9 20 (3 de noviembre de 2026); MADRS 32 (3 de noviembre de 2026).",
        "Ideación suicida pasiva ('a veces pienso que sería mejor no despertar'), sin plan ni intención.",
        "Plan: se valorará esketamina intranasal; mantener vortioxetina hasta la próxima consulta.",
    ]])],
    history=[
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2022", "2022", "lo dejó a las tres semanas por náuseas y diarrea",
          "side_effects", "Escitalopram 10 mg en 2022"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-06", "2024-05", "mejoría parcial, nunca llegó a la remisión",
          "partial_response", "Venlafaxina 225 mg"),
        H("cognitive behavioral therapy", "psychotherapy", "psychotherapy", None, "2025-01", "2025-03",
          "aprendí cosas, pero el ánimo sigue bajo", "no_response", "Terapia cognitivo-conductual"),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2025-04", None, "no noto nada", "no_response",
          "Vortioxetina 20 mg"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2025-08", "2025-10", "retirado en octubre de 2025 por acatisia",
          "side_effects", "Aripiprazol 2 mg"),
    ],
    scales=[("PHQ-9", 20, "2026-11-03", "Escalas: PHQ-9"), ("MADRS", 32, "2026-11-03", "Escalas: PHQ-9")],
    codes=[("F32.2", "Diagnósticos: F32.2"), ("F41.1", "Diagnósticos: F32.2")],
    suic=("passive", "Ideación suicida pasiva"),
))

# ---------------------------------------------------------------- 11
CASES.append(dict(
    slug="11-emergency-department-discharge-paperwork-phone-photos",
    note="Two phone photos. Overdose on sertraline with intent to die = attempt. Sertraline ends the day of the ED visit. Not rows: "
         "hydroxyzine (as needed for anxiety), lithium 'consider', no new antidepressant started.",
    files=[dict(name="ed_discharge_photo_1.jpg", kind="photo", pages=[[
        "FICTIONAL SAMPLE - Mesa Verde General Hospital (fictional)",
        "Emergency Department - Discharge Instructions",
        "Visit 06/28/2026   Acct FICT-48-1111",
        "Patient: Corwin Ashdale (fictional)",
        "Diagnoses: T43.222A SSRI poisoning, intentional",
        "self-harm, initial encounter; F33.2 major",
        "depressive disorder, recurrent, severe",
        "Medicines: sertraline 150 mg - STOPPED today.",
        "Hydroxyzine 25 mg as needed for anxiety.",
        "ED phone (505) 555-0133",
    ]]), dict(name="ed_discharge_photo_2.jpg", kind="photo", pages=[[
        "FICTIONAL - Psychiatry consult 06/28/2026",
        "Dr. Hollis Grae (fictional)",
        "Took about 20 sertraline tablets with intent to die.",
        "Sertraline 150 mg since 01/2026: 'no different' on it.",
        "Mirtazapine 30 mg 2024 - 2025: gained 30 lb; stopped.",
        "Citalopram 40 mg 2022 - 2023: helped a bit at first, then nothing.",
        "PHQ-9 25 (06/28/2026).",
        "Plan: to crisis stabilization unit; consider",
        "lithium there. No new antidepressant started.",
    ]])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2026-01", "2026-06-28", "no different", "no_response",
          "Sertraline 150 mg since"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024", "2025", "gained 30 lb; stopped", "side_effects",
          "Mirtazapine 30 mg"),
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2022", "2023", "helped a bit at first, then nothing", "relapse",
          "Citalopram 40 mg"),
    ],
    scales=[("PHQ-9", 25, "2026-06-28", "PHQ-9 25")],
    codes=[("T43.222A", "Diagnoses: T43.222A"), ("F33.2", "self-harm, initial encounter; F33.2")],
    suic=("attempt", "with intent to die"),
))

# ---------------------------------------------------------------- 12
LOG = [("03/03/2026", "levomilnacipran ER", "40 mg", "19", "started"),
       ("03/31/2026", "levomilnacipran ER", "80 mg", "17", "mild sweating, tolerated"),
       ("04/28/2026", "levomilnacipran ER", "120 mg", "18", "'no different'; HR 118; stopped for tachycardia"),
       ("05/05/2026", "nortriptyline", "50 mg", "-", "started; ECG normal"),
       ("06/02/2026", "nortriptyline", "75 mg", "13", "level 92 ng/mL"),
       ("07/07/2026", "nortriptyline", "75 mg", "9", "'a lot better, not all the way'")]
def _row(r):
    return "%-11s %-19s %-7s %-6s %s" % r
CASES.append(dict(
    slug="12-psychiatric-pharmacist-collaborative-practice-titration-log-pdf",
    note="A pharmacist's titration log: each drug's own cells judge it. Not rows: lithium augmentation recommended if "
         "nortriptyline fails (not started).",
    files=[dict(name="cpp_titration_log.pdf", kind="pdf", pages=[[
        "FICTIONAL SAMPLE - Pinecrest Health (fictional) - Psychiatric Pharmacist Collaborative Practice",
        "Patient: Ulrich Danforth (fictional)   MRN FICT-48-1212   Clinic (651) 555-0144   Fax (651) 555-0145",
        "Pharmacist: Noor Halvorsen, PharmD, BCPP (fictional)   Supervising psychiatrist: Milo Brandt, MD (fictional)",
        "Referral 02/2026: F33.1 major depressive disorder, recurrent, moderate; titration under the practice agreement.",
        "Prior trials per referral:",
        "- Sertraline 200 mg, 2021 - 2022: no response.",
        "- Bupropion XL 300 mg, 2022 - 2023: stopped for anxiety and jitteriness.",
        "- CBT, 14 sessions, 2024: partial response.",
        "",
        "Titration log",
        _row(("Date", "Drug", "Dose", "PHQ-9", "Note")),
    ] + [_row(r) for r in LOG], [
        "FICTIONAL SAMPLE - Pinecrest Health (fictional) - Collaborative Practice - page 2",
        "Summary 07/07/2026: nortriptyline 75 mg continued; level in range; weight stable.",
        "Suicidal ideation: denied at every contact (last 07/07/2026).",
        "If nortriptyline fails, recommend lithium augmentation; not started.",
    ]])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2021", "2022", "no response", "no_response", "- Sertraline 200 mg"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2022", "2023", "stopped for anxiety and jitteriness", "side_effects",
          "- Bupropion XL 300 mg"),
        H("cognitive behavioral therapy", "psychotherapy", "psychotherapy", None, "2024", "2024", "partial response",
          "partial_response", "- CBT, 14 sessions"),
        H("levomilnacipran", "SNRI", "antidepressant", "120 mg", "2026-03-03", "2026-04-28",
          "'no different'; HR 118; stopped for tachycardia", "side_effects", "04/28/2026  "),
        H("nortriptyline", "tricyclic antidepressant", "antidepressant", "75 mg", "2026-05-05", None,
          "'a lot better, not all the way'", "partial_response", "07/07/2026  "),
    ],
    scales=[("PHQ-9", int(r[3]), "2026-%s-%s" % (r[0][:2], r[0][3:5]), r[0] + "  ") for r in LOG if r[3] != "-"],
    codes=[("F33.1", "Referral 02/2026: F33.1")],
    suic=("none", "Suicidal ideation: denied"),
))
