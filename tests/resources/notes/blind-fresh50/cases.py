"""FICTIONAL cases for notes set 50. Page lines: '# ' heading, '|' table row, '~ ' handwriting; '' a gap.
History row: (name, class, kind, dose, start, end, outcome, outcome_class, (file or None, page, span))."""
CASES = []
def case(**k): CASES.append(k)

# ---------------------------------------------------------------- 01
F = "tms_flowsheet.pdf"
case(slug="01-veterans-clinic-tms-nursing-flowsheet-with-pcl5-pdf",
note="FICTIONAL case. Veterans community clinic TMS nursing flowsheet (p. 1 referral history and session grid, p. 2 course "
     "summary), 2-page PDF. Rows: sertraline 2019-2020 (no change: no response), venlafaxine XR 03/2021-08/2021 "
     "(stopped for blood pressure: side effects), escitalopram since 01/2022 (takes the edge off, still down: partial, "
     "current), aripiprazole added 06/2023-08/2023 (could not sit still: augmentation, side effects), TMS 36 sessions "
     "2026-08-03 to 2026-09-22 (about 60% of who I was, response not remission: partial). Not rows: prazosin for "
     "nightmares, ECT declined, PCL-5 (not a contract scale), buddy's lamotrigine, ketamine only asked about.",
docs=[dict(file=F, fmt="pdf", pages=[[
 "# FICTIONAL SAMPLE - Cedar Hollow Veterans Community Clinic - TMS Service",
 "Nursing flowsheet and referral summary. FICTIONAL patient: Dale R. Orvik, 47, MRN FICT-50-0117. Referring psychiatrist: Dr. Ines Palacek. Clinic line (541) 555-0117.",
 "# Diagnoses",
 "F33.2 major depressive disorder, recurrent, severe, without psychotic features",
 "F43.10 post-traumatic stress disorder, unspecified",
 "# Treatment history from the referral",
 "Sertraline, titrated to 200 mg, 2019 to 2020: no change in mood after 14 weeks at 200 mg.",
 "Venlafaxine XR 225 mg from 03/2021 to 08/2021: stopped because his blood pressure climbed to 168/104 on it.",
 "Escitalopram 20 mg since 01/2022, continued through TMS: \"it takes the edge off, but I'm still down most days.\"",
 "Aripiprazole 5 mg was added to the escitalopram in 06/2023 and stopped in 08/2023: he \"couldn't sit still, paced the house all night.\"",
 "Prazosin 2 mg at bedtime is for nightmares only. ECT was offered in 2025 and he declined it. He asked about ketamine; not discussed further. A friend from his unit gave him some of his own lamotrigine once; he did not take it.",
 "Suicide screen at intake: passive thoughts in 07/2026 that he \"wouldn't mind not waking up\"; no plan, no intent, no attempt ever.",
 "# Session grid (10 Hz left DLPFC, figure-8 coil; MT = motor threshold)",
 "| Date | Session | Intensity | PHQ-9 | PCL-5 | Nurse note",
 "| 08/03/2026 | 1 | 120% MT | 22 | 51 | first session, scalp discomfort",
 "| 08/24/2026 | 15 | 120% MT | 17 | 47 | sleeping better",
 "| 09/22/2026 | 36 | 120% MT | 9 | 38 | last session",
],[
 "# Course summary (Dr. Ines Palacek, 09/29/2026)",
 "Mr. Orvik completed 36 sessions of TMS from 08/03/2026 to 09/22/2026 with no missed days and no seizure.",
 "His PHQ-9 fell from 22 to 9 across the course. He says he is \"about 60% of who I was.\" This is a response, not a remission.",
 "He continues escitalopram 20 mg. Maintenance TMS was discussed; none is scheduled for now.",
 "He denied suicidal thoughts at every session after the first week.",
]])],
history=[
 ("sertraline", "SSRI", "antidepressant", "200 mg", "2019", "2020", "no change in mood after 14 weeks at 200 mg", "no_response",
  (None, 1, "Sertraline, titrated to 200 mg, 2019 to 2020: no change in mood after 14 weeks at 200 mg.")),
 ("venlafaxine", "SNRI", "antidepressant", "225 mg", "2021-03", "2021-08", "stopped because his blood pressure climbed to 168/104 on it", "side_effects",
  (None, 1, "stopped because his blood pressure climbed to 168/104 on it")),
 ("escitalopram", "SSRI", "antidepressant", "20 mg", "2022-01", None, "it takes the edge off, but I'm still down most days", "partial_response",
  (None, 1, "\"it takes the edge off, but I'm still down most days.\"")),
 ("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2023-06", "2023-08", "couldn't sit still, paced the house all night", "side_effects",
  (None, 1, "Aripiprazole 5 mg was added to the escitalopram in 06/2023 and stopped in 08/2023: he \"couldn't sit still, paced the house all night.\"")),
 ("TMS", "repetitive transcranial magnetic stimulation", "neuromodulation", "36 sessions", "2026-08-03", "2026-09-22",
  "about 60% of who I was. This is a response, not a remission.", "partial_response",
  (None, 2, "He says he is \"about 60% of who I was.\" This is a response, not a remission.")),
],
scales=[("PHQ-9", 22, "2026-08-03", (None, 1, "08/03/2026 1 120% MT 22 51 first session, scalp discomfort")),
        ("PHQ-9", 17, "2026-08-24", (None, 1, "08/24/2026 15 120% MT 17 47 sleeping better")),
        ("PHQ-9", 9, "2026-09-22", (None, 1, "09/22/2026 36 120% MT 9 38 last session"))],
diagnoses=[("F33.2", (None, 1, "F33.2 major depressive disorder, recurrent, severe, without psychotic features")),
           ("F43.10", (None, 1, "F43.10 post-traumatic stress disorder, unspecified"))],
suicidality=("passive", (None, 1, "passive thoughts in 07/2026 that he \"wouldn't mind not waking up\"")))

# ---------------------------------------------------------------- 02
F = "derm_alopecia_visits.txt"
case(slug="02-alopecia-areata-dermatology-visits-txt",
note="FICTIONAL case. Dermatology alopecia areata clinic, two visits with a mood section, TXT. Rows: citalopram "
     "2023-2024 (felt like her old self, tapered off because she was doing well: remission), behavioral activation "
     "2025 (walking again, mood just as flat: no response), fluoxetine since 02/2026 (does not know whether it has "
     "helped: unknown, current). Not rows: baricitinib, minoxidil, intralesional triamcinolone, clobetasol, "
     "hydroxyzine for itch, bupropion declined, her sister's sertraline. DLQI is not a contract scale.",
docs=[dict(file=F, fmt="txt", pages=[[
 "FICTIONAL SAMPLE RECORD - Juniper Street Dermatology, Alopecia Clinic - not a real patient",
 "Patient: Marisol T. Vandeveer (FICTIONAL), DOB 04/19/1991, chart FICT-50-2204. Office (720) 555-0162.",
 "# Visit 06/10/2026 - Dr. Anika Sorrell",
 "Alopecia areata, patchy, about 40% scalp involvement. DLQI 19. Started baricitinib 2 mg daily today; continue minoxidil 5% foam. Intralesional triamcinolone to two brow patches. Hydroxyzine 25 mg at night for itch.",
 "Mood: she has a history of depression. Citalopram 20 mg from 2023 to 2024: she felt like her old self by the summer of 2023 and tapered off with her PCP in 04/2024 because she was doing well.",
 "The depression came back in 10/2025 when the hair loss spread. Behavioral activation with a counselor, 8 sessions in 2025: \"I started walking again but my mood stayed just as flat.\"",
 "Fluoxetine 20 mg started 02/2026 by her PCP, raised to 40 mg in 04/2026.",
 "PHQ-9 today 14. She denies suicidal thoughts.",
 "Her sister offered her some sertraline; she did not take it.",
 "# Visit 11/12/2026 - Dr. Anika Sorrell",
 "Regrowth over most patches on baricitinib. DLQI 8. Continue baricitinib and clobetasol solution to the margins.",
 "Mood: still on fluoxetine 40 mg. She does not know whether the fluoxetine has helped: \"the hair is better, so I'm better, but is that the pill?\"",
 "Her PCP suggested adding bupropion; she declined it for now.",
 "PHQ-9 today 11. Denies suicidal thoughts.",
 "# Diagnoses",
 "L63.9 alopecia areata, unspecified",
 "F33.1 major depressive disorder, recurrent, moderate",
]])],
history=[
 ("citalopram", "SSRI", "antidepressant", "20 mg", "2023", "2024-04", "felt like her old self by the summer of 2023 and tapered off because she was doing well", "remission",
  (None, 1, "she felt like her old self by the summer of 2023 and tapered off with her PCP in 04/2024 because she was doing well")),
 ("behavioral activation", "psychotherapy", "psychotherapy", "8 sessions", "2025", "2025", "I started walking again but my mood stayed just as flat", "no_response",
  (None, 1, "Behavioral activation with a counselor, 8 sessions in 2025: \"I started walking again but my mood stayed just as flat.\"")),
 ("fluoxetine", "SSRI", "antidepressant", "40 mg", "2026-02", None, "She does not know whether the fluoxetine has helped", "unknown",
  (None, 1, "She does not know whether the fluoxetine has helped")),
],
scales=[("PHQ-9", 14, "2026-06-10", (None, 1, "PHQ-9 today 14.")),
        ("PHQ-9", 11, "2026-11-12", (None, 1, "PHQ-9 today 11."))],
diagnoses=[("L63.9", (None, 1, "L63.9 alopecia areata, unspecified")),
           ("F33.1", (None, 1, "F33.1 major depressive disorder, recurrent, moderate"))],
suicidality=("none", (None, 1, "She denies suicidal thoughts.")))

# ---------------------------------------------------------------- 03
F = "reentry_clinic_intake.docx"
case(slug="03-reentry-clinic-after-incarceration-intake-docx",
note="FICTIONAL case. Community reentry clinic intake after release from a state facility, DOCX with a medication "
     "table from the facility's records. Rows: mirtazapine 2021-2023 (sleeps and eats better, depression stayed: no "
     "response), sertraline 05/2023-07/2023 (diarrhea every day, stopped: side effects), CBT depression group 10 "
     "sessions 03/2024-05/2024 (lifted me some, not all the way: partial), duloxetine since 01/2024 (felt like "
     "himself the first year, low mood back since last winter while taking it daily: relapse, current). Not rows: "
     "Thinking for a Change (a cognitive program for offending, not depression), naltrexone for alcohol, nicotine "
     "patch, cellmate's fluoxetine, IPT referral only.",
docs=[dict(file=F, fmt="docx", pages=[[
 "# FICTIONAL SAMPLE - Harbor Gate Reentry Health Clinic - Intake",
 "FICTIONAL patient: Terrence L. Abaya, 38. Released 10/20/2026. Intake 10/27/2026 with Rosa Ketchum, PMHNP. Clinic phone (412) 555-0139.",
 "# Medications from the facility health record",
 "| Medicine | Dose | Dates | What the record and he say",
 "| Mirtazapine | 30 mg | 2021 to 2023 | slept and ate better; the depression stayed where it was",
 "| Sertraline | 100 mg | 05/2023 to 07/2023 | stopped after nine weeks: my stomach was wrecked, diarrhea every day",
 "| Duloxetine | 60 mg | 01/2024 to now | released with a 30-day supply",
 "| Naltrexone | 50 mg | 2025 to now | alcohol use disorder",
 "# History",
 "Duloxetine: \"The first year on it I felt like myself.\" Since last winter the low mood has crept back even though he takes it every day; he wants to stay on it while he sees us.",
 "He completed a CBT group for depression at the facility, 10 sessions from 03/2024 to 05/2024: \"I learned to catch my thoughts and it lifted me some, but not all the way.\"",
 "He also completed Thinking for a Change, a cognitive program about offending, which he says was not for his mood. A cellmate's fluoxetine was found in his property in 2022; he says it was not his.",
 "Suicide history: one suicide attempt by overdose in 2019 while in county jail. Today he denies current suicidal thoughts.",
 "PHQ-9 today 16. GAD-7 today 9.",
 "# Assessment and plan",
 "F33.1 major depressive disorder, recurrent, moderate",
 "F10.21 alcohol dependence, in remission",
 "Z65.1 imprisonment and other incarceration",
 "Continue duloxetine 60 mg and naltrexone 50 mg. Nicotine patch 14 mg. Referral for IPT will be placed if a slot opens.",
]], header="FICTIONAL SAMPLE RECORD - not a real patient")],
history=[
 ("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2021", "2023", "slept and ate better; the depression stayed where it was", "no_response",
  (None, 1, "Mirtazapine 30 mg 2021 to 2023 slept and ate better; the depression stayed where it was")),
 ("sertraline", "SSRI", "antidepressant", "100 mg", "2023-05", "2023-07", "stopped after nine weeks: my stomach was wrecked, diarrhea every day", "side_effects",
  (None, 1, "Sertraline 100 mg 05/2023 to 07/2023 stopped after nine weeks: my stomach was wrecked, diarrhea every day")),
 ("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-01", None,
  "The first year on it I felt like myself. Since last winter the low mood has crept back even though he takes it every day", "relapse",
  (None, 1, "Duloxetine: \"The first year on it I felt like myself.\" Since last winter the low mood has crept back even though he takes it every day")),
 ("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2024-03", "2024-05", "it lifted me some, but not all the way", "partial_response",
  (None, 1, "I learned to catch my thoughts and it lifted me some, but not all the way.")),
],
scales=[("PHQ-9", 16, "2026-10-27", (None, 1, "PHQ-9 today 16.")),
        ("GAD-7", 9, "2026-10-27", (None, 1, "GAD-7 today 9."))],
diagnoses=[("F33.1", (None, 1, "F33.1 major depressive disorder, recurrent, moderate")),
           ("F10.21", (None, 1, "F10.21 alcohol dependence, in remission")),
           ("Z65.1", (None, 1, "Z65.1 imprisonment and other incarceration"))],
suicidality=("attempt", (None, 1, "one suicide attempt by overdose in 2019 while in county jail")))

# ---------------------------------------------------------------- 04
F = "bmt_unit_psychiatry_consult.pdf"
case(slug="04-bone-marrow-transplant-unit-psychiatry-consult-pdf",
note="FICTIONAL case. Inpatient psychiatry consult on a bone marrow transplant unit (day +40 after an allogeneic "
     "transplant for AML), 2-page PDF. Rows: escitalopram 2018-2019 (complete remission, tapered off: remission), "
     "escitalopram again 05/2026 to 2026-08-14 (stopped for QTc 512 ms: side effects; its own row), supportive "
     "psycho-oncology counseling 6 sessions 06/2026-07/2026 (helped coping, depression did not shift: no response), "
     "mirtazapine since 2026-08-15 (sleep and appetite better, mood no different: no response, current). Not rows: "
     "olanzapine and lorazepam for nausea, dexamethasone, voriconazole, tacrolimus, methylphenidate only considered, "
     "her roommate's sertraline. C92.01 'in remission' is the leukemia's state.",
docs=[dict(file=F, fmt="pdf", pages=[[
 "# FICTIONAL SAMPLE - Larkspur University Hospital - Psychiatry Consultation",
 "Unit 7 West, Blood and Marrow Transplant. Date of consult: 09/28/2026. FICTIONAL patient: Hana Vorisek, 52, MRN FICT-50-7731.",
 "Requested by the BMT team for low mood, poor intake and \"not wanting to go on\". Consult pager (617) 555-0188.",
 "# History of present illness",
 "Day +40 after an allogeneic stem cell transplant for AML. Engrafted; mild skin GVHD on topical steroids. She says she has felt \"flat and heavy\" since July.",
 "# Psychiatric history",
 "First depressive episode in 2018 after her divorce. Escitalopram 10 mg from 2018 to 2019 gave a complete remission of that episode, and she tapered off in 2019 with her PCP.",
 "Escitalopram 10 mg was restarted in 05/2026 at the AML diagnosis. It was held and then stopped on 08/14/2026 because her QTc reached 512 ms on it while on voriconazole.",
 "Supportive psycho-oncology counseling, 6 sessions, 06/2026 to 07/2026: \"It helped me cope with the transplant; the depression itself didn't shift.\"",
 "Mirtazapine 15 mg at night since 08/15/2026: her appetite and sleep are better, but she says her mood is no different.",
 "No past suicide attempts. Her roommate on the unit takes sertraline; the patient asked about it and was told it is not hers to share.",
 "# Current medications",
 "| Medicine | Dose | Purpose",
 "| Mirtazapine | 15 mg at night | mood, sleep, appetite",
 "| Olanzapine | 2.5 mg at night | nausea",
 "| Lorazepam | 0.5 mg as needed | nausea",
 "| Tacrolimus | per level | GVHD prophylaxis",
 "| Voriconazole | 200 mg twice daily | antifungal prophylaxis",
],[
 "# Mental status and scales (09/28/2026)",
 "Tired, thin, slowed speech, tearful at times. She voices passive wishes to die (\"if the leukemia takes me, fine\"); she denies active suicidal thoughts, intent or plan.",
 "PHQ-9 19 today. HAM-D (17-item) 21 today.",
 "# Diagnoses",
 "F33.2 major depressive disorder, recurrent, severe, without psychotic features",
 "C92.01 acute myeloid leukemia, in remission",
 "Z94.84 stem cell transplant status",
 "# Recommendations",
 "1. Continue mirtazapine 15 mg; may raise to 30 mg if QTc allows.",
 "2. Consider methylphenidate 5 mg in the morning for fatigue and low mood once the team agrees; not started.",
 "3. Avoid restarting escitalopram or citalopram while on voriconazole.",
 "4. Psycho-oncology to follow twice weekly while inpatient.",
 "Signed: Dr. Corinne Aldana, consultation-liaison psychiatry. FICTIONAL.",
]])],
history=[
 ("escitalopram", "SSRI", "antidepressant", "10 mg", "2018", "2019", "gave a complete remission of that episode, and she tapered off in 2019", "remission",
  (None, 1, "Escitalopram 10 mg from 2018 to 2019 gave a complete remission of that episode")),
 ("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-05", "2026-08-14", "stopped on 08/14/2026 because her QTc reached 512 ms on it", "side_effects",
  (None, 1, "It was held and then stopped on 08/14/2026 because her QTc reached 512 ms on it while on voriconazole.")),
 ("supportive psychotherapy", "psychotherapy", "psychotherapy", "6 sessions", "2026-06", "2026-07",
  "It helped me cope with the transplant; the depression itself didn't shift.", "no_response",
  (None, 1, "\"It helped me cope with the transplant; the depression itself didn't shift.\"")),
 ("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2026-08-15", None, "her appetite and sleep are better, but she says her mood is no different", "no_response",
  (None, 1, "Mirtazapine 15 mg at night since 08/15/2026: her appetite and sleep are better, but she says her mood is no different.")),
],
scales=[("PHQ-9", 19, "2026-09-28", (None, 2, "PHQ-9 19 today.")),
        ("HAM-D", 21, "2026-09-28", (None, 2, "HAM-D (17-item) 21 today."))],
diagnoses=[("F33.2", (None, 2, "F33.2 major depressive disorder, recurrent, severe, without psychotic features")),
           ("C92.01", (None, 2, "C92.01 acute myeloid leukemia, in remission")),
           ("Z94.84", (None, 2, "Z94.84 stem cell transplant status"))],
suicidality=("passive", (None, 2, "She voices passive wishes to die")))

# ---------------------------------------------------------------- 05
F = "interfacility_transfer_form.pdf"
case(slug="05-handwritten-interfacility-transfer-form-scan",
note="FICTIONAL case. Rural emergency department's printed interfacility transfer form to a psychiatric hospital, "
     "filled in by hand, image-only scanned PDF. Rows: paroxetine 2020-2022 (worked for a while, then like taking "
     "nothing: relapse), venlafaxine 01/2023-04/2023 (stopped for sweating and blood pressure: side effects), "
     "vortioxetine since 05/2024 (some better, not all the way: partial, current), quetiapine added 05/2024 (no "
     "different: augmentation, no response, current). Not rows: ECT never tried, acetylcysteine and activated "
     "charcoal given in the ED, ondansetron, lorazepam once. Attempt: acetaminophen overdose 12/04/2026.",
docs=[dict(file=F, fmt="scan", pages=[[
 "# FICTIONAL SAMPLE - Pine Fork Community Hospital ED",
 "INTERFACILITY TRANSFER FORM - PSYCHIATRIC (FICTIONAL, not a real patient)",
 "Patient name: ~ Wade E. Lindqvist (FICTIONAL)",
 "Date / time of transfer: ~ 12/05/2026  14:20",
 "Receiving facility: ~ Bellmont Behavioral Hospital, (406) 555-0151",
 "Reason for transfer:",
 "~ intentional overdose of acetaminophen, 30 tabs, on 12/04/2026",
 "~ NAC completed, LFTs trending down, medically cleared",
 "Diagnoses (ICD-10):",
 "~ T39.1X2A   F33.2",
 "Psychiatric medications tried (name, dose, dates, result):",
 "~ Paroxetine 40 mg 2020-2022: worked for a while, then like taking nothing",
 "~ Venlafaxine 150 mg 1/2023-4/2023: stopped - sweating, BP up",
 "~ Vortioxetine 20 mg 5/2024 - now: some better, not all the way",
 "~ Quetiapine 100 mg added 5/2024 - now: no different",
 "~ never had ECT",
 "Scales done in ED:",
 "~ PHQ-9 = 24 (12/05/2026)",
 "Meds given in ED:",
 "~ acetylcysteine IV, charcoal x1, ondansetron 4 mg, lorazepam 1 mg x1",
 "Sending physician: ~ Dr. M. Oyelaran",
]])],
history=[
 ("paroxetine", "SSRI", "antidepressant", "40 mg", "2020", "2022", "worked for a while, then like taking nothing", "relapse",
  (None, 1, "Paroxetine 40 mg 2020-2022: worked for a while, then like taking nothing")),
 ("venlafaxine", "SNRI", "antidepressant", "150 mg", "2023-01", "2023-04", "stopped - sweating, BP up", "side_effects",
  (None, 1, "Venlafaxine 150 mg 1/2023-4/2023: stopped - sweating, BP up")),
 ("vortioxetine", "multimodal", "antidepressant", "20 mg", "2024-05", None, "some better, not all the way", "partial_response",
  (None, 1, "Vortioxetine 20 mg 5/2024 - now: some better, not all the way")),
 ("quetiapine", "atypical antipsychotic", "augmentation", "100 mg", "2024-05", None, "no different", "no_response",
  (None, 1, "Quetiapine 100 mg added 5/2024 - now: no different")),
],
scales=[("PHQ-9", 24, "2026-12-05", (None, 1, "PHQ-9 = 24 (12/05/2026)"))],
diagnoses=[("T39.1X2A", (None, 1, "T39.1X2A F33.2")), ("F33.2", (None, 1, "T39.1X2A F33.2"))],
suicidality=("attempt", (None, 1, "intentional overdose of acetaminophen, 30 tabs, on 12/04/2026")))

# ---------------------------------------------------------------- 06
F = "thoracic_pain_clinic_notes.txt"
case(slug="06-post-thoracotomy-chronic-pain-clinic-notes-txt",
note="FICTIONAL case. Pain clinic notes for chronic post-thoracotomy pain, three visits, TXT. Pain medicine rows "
     "(kind other, judged against the pain): gabapentin 03/2025-07/2025 (drowsy and foggy, no change in pain, "
     "stopped: side effects), pregabalin 08/2025-01/2026 (8/10 to 5/10, then back to 8/10 by December on 300 mg: "
     "relapse), lidocaine 5% patch since 02/2026 (takes the sting off, about 30% better: partial, current). "
     "Depression row: duloxetine since 2026-10-20 (nothing yet, too early: unknown). Not rows: intercostal nerve "
     "block and physical therapy (procedures), oxycodone if needed, acetaminophen, his wife's tramadol, "
     "spinal cord stimulator only discussed.",
docs=[dict(file=F, fmt="txt", pages=[[
 "FICTIONAL SAMPLE RECORD - Westbrook Pain Management Center - not a real patient",
 "Patient: Gerald N. Hoskova (FICTIONAL), 63, chart FICT-50-4410. Clinic (860) 555-0124.",
 "Right thoracotomy for a lung nodule 09/2024. Burning pain along the scar and under the right breast since.",
 "# Visit 02/10/2026 - Dr. Priya Oduya, pain medicine",
 "Pain 8/10 today.",
 "Prior medicines for this pain: Gabapentin up to 900 mg a day, 03/2025 - 07/2025: drowsy and foggy; no change in pain; stopped.",
 "Pregabalin 08/2025 - 01/2026, up to 300 mg daily: pain from 8/10 to about 5/10 by October, then by December back to 8/10 despite 300 mg daily; tapered off in January.",
 "Plan: right T5-T6 intercostal nerve block today. Start lidocaine 5% patch to the scar, 12 hours on, 12 off. Acetaminophen 1 g three times a day. Oxycodone 5 mg if needed for flares, #20. Physical therapy referral.",
 "# Visit 06/09/2026 - Dr. Priya Oduya",
 "Pain 6/10 today. The block gave two weeks of relief. Lidocaine 5% patch: \"it takes the sting off the scar, about 30% better.\" Continue.",
 "Mood: his wife reports he is withdrawn; he says he has been low since the surgery. Screened; follow up with PCP.",
 "He has sometimes taken his wife's tramadol; advised against it.",
 "# Visit 11/17/2026 - Dr. Priya Oduya",
 "Pain 6/10 today. Lidocaine patch still helping, as it was in June.",
 "His PCP started duloxetine 30 mg on 10/20/2026 for depression and the pain; today: \"nothing yet, but it's early,\" and we agree it is too early to tell.",
 "PHQ-9 today 13. Denies SI.",
 "Spinal cord stimulator trial was discussed; he is not interested for now.",
 "# Diagnoses",
 "G89.28 other chronic postprocedural pain",
 "F32.1 major depressive disorder, single episode, moderate",
]])],
history=[
 ("gabapentin", "gabapentinoid", "other", "900 mg", "2025-03", "2025-07", "drowsy and foggy; no change in pain; stopped", "side_effects",
  (None, 1, "Gabapentin up to 900 mg a day, 03/2025 - 07/2025: drowsy and foggy; no change in pain; stopped.")),
 ("pregabalin", "gabapentinoid", "other", "300 mg", "2025-08", "2026-01",
  "pain from 8/10 to about 5/10 by October, then by December back to 8/10 despite 300 mg daily", "relapse",
  (None, 1, "pain from 8/10 to about 5/10 by October, then by December back to 8/10 despite 300 mg daily")),
 ("lidocaine", "topical local anesthetic", "other", "5%", "2026-02", None, "it takes the sting off the scar, about 30% better", "partial_response",
  (None, 1, "Lidocaine 5% patch: \"it takes the sting off the scar, about 30% better.\"")),
 ("duloxetine", "SNRI", "antidepressant", "30 mg", "2026-10-20", None, "nothing yet, but it's early; too early to tell", "unknown",
  (None, 1, "today: \"nothing yet, but it's early,\" and we agree it is too early to tell.")),
],
scales=[("pain NRS", 8, "2026-02-10", (None, 1, "Pain 8/10 today.")),
        ("pain NRS", 6, "2026-06-09", (None, 1, "Pain 6/10 today. The block gave two weeks of relief.")),
        ("pain NRS", 6, "2026-11-17", (None, 1, "Pain 6/10 today. Lidocaine patch still helping")),
        ("PHQ-9", 13, "2026-11-17", (None, 1, "PHQ-9 today 13."))],
diagnoses=[("G89.28", (None, 1, "G89.28 other chronic postprocedural pain")),
           ("F32.1", (None, 1, "F32.1 major depressive disorder, single episode, moderate"))],
suicidality=("none", (None, 1, "Denies SI.")))

# ---------------------------------------------------------------- 07
F = "mst_course_log.pdf"
case(slug="07-magnetic-seizure-therapy-research-course-log-pdf",
note="FICTIONAL case. Research unit's magnetic seizure therapy (MST) course log with screening history (p. 1) and "
     "treatment log and end-of-course note (p. 2), 2-page PDF. Rows: nortriptyline 2022 (no better at a level of 95: "
     "no response), lithium added to nortriptyline 2022 (tremor, falls, stopped at four weeks: augmentation, side "
     "effects), TMS 30 sessions 04/2024-05/2024 (helped about two months, by August back: relapse), bupropion since "
     "2025 (doesn't do a thing: no response, current), MST 18 sessions 2026-09-08 to 2026-10-30 (feels like himself "
     "again, MADRS 8: remission). Not rows: ECT declined, methohexital, succinylcholine and glycopyrrolate (anesthesia), "
     "continuation nortriptyline not chosen, his brother's vortioxetine, amlodipine and atorvastatin.",
docs=[dict(file=F, fmt="pdf", pages=[[
 "# FICTIONAL SAMPLE - Ridgemark Neuromodulation Research Unit",
 "Magnetic seizure therapy (MST) study course log. FICTIONAL participant: Owen P. Castellanos, 58, study ID FICT-MST-50-09.",
 "Unit office (919) 555-0176. Screening visit 09/01/2026.",
 "# Screening: antidepressant treatment history",
 "Nortriptyline 100 mg in 2022: no better after ten weeks at a blood level of 95.",
 "Lithium 600 mg was added to the nortriptyline in 2022: hand tremor and two falls, so it was stopped at four weeks.",
 "TMS, 30 sessions, 04/2024 to 05/2024: it helped for about two months; by August 2024 the depression had come back.",
 "Bupropion XL 450 mg since 2025, continued during the study: \"doesn't do a thing for the mood.\"",
 "He declined ECT in 2025 because of his fear of memory loss, which is why he asked about MST. His brother takes vortioxetine; he has not.",
 "Other medicines: amlodipine 5 mg, atorvastatin 20 mg.",
 "C-SSRS at screening: passive wish to be dead in the past month, no method, intent or plan.",
 "MADRS at screening 09/01/2026: 34.",
 "# Diagnoses",
 "F33.2 major depressive disorder, recurrent, severe, without psychotic features",
 "I10 essential (primary) hypertension",
],[
 "# MST treatment log",
 "| Date | No. | Frequency | Seizure (s) | Anesthesia | MADRS",
 "| 09/08/2026 | 1 | 100 Hz | 38 | methohexital, succinylcholine | ",
 "| 10/01/2026 | 10 | 100 Hz | 31 | methohexital, succinylcholine | 20",
 "| 10/30/2026 | 18 | 100 Hz | 29 | methohexital, succinylcholine, glycopyrrolate | 8",
 "# End-of-course note (Dr. Lena Marchetti, 11/02/2026)",
 "Mr. Castellanos received 18 treatments of MST from 09/08/2026 to 10/30/2026. MADRS went from 34 at screening to 8 at the last treatment.",
 "He says he feels like himself again, and his wife agrees. This is a remission.",
 "No cognitive complaints on the study battery. Continuation nortriptyline was discussed and not chosen; he stays on bupropion XL.",
]])],
history=[
 ("nortriptyline", "TCA", "antidepressant", "100 mg", "2022", "2022", "no better after ten weeks at a blood level of 95", "no_response",
  (None, 1, "Nortriptyline 100 mg in 2022: no better after ten weeks at a blood level of 95.")),
 ("lithium", "mood stabilizer", "augmentation", "600 mg", "2022", "2022", "hand tremor and two falls, so it was stopped at four weeks", "side_effects",
  (None, 1, "Lithium 600 mg was added to the nortriptyline in 2022: hand tremor and two falls, so it was stopped at four weeks.")),
 ("TMS", "repetitive transcranial magnetic stimulation", "neuromodulation", "30 sessions", "2024-04", "2024-05",
  "it helped for about two months; by August 2024 the depression had come back", "relapse",
  (None, 1, "TMS, 30 sessions, 04/2024 to 05/2024: it helped for about two months; by August 2024 the depression had come back.")),
 ("bupropion", "NDRI", "antidepressant", "450 mg", "2025", None, "doesn't do a thing for the mood", "no_response",
  (None, 1, "Bupropion XL 450 mg since 2025, continued during the study: \"doesn't do a thing for the mood.\"")),
 ("magnetic seizure therapy", "magnetic seizure therapy", "neuromodulation", "18 treatments", "2026-09-08", "2026-10-30",
  "He says he feels like himself again. This is a remission. MADRS 34 to 8.", "remission",
  (None, 2, "He says he feels like himself again, and his wife agrees. This is a remission.")),
],
scales=[("MADRS", 34, "2026-09-01", (None, 1, "MADRS at screening 09/01/2026: 34.")),
        ("MADRS", 20, "2026-10-01", (None, 2, "10/01/2026 10 100 Hz 31 methohexital, succinylcholine 20")),
        ("MADRS", 8, "2026-10-30", (None, 2, "10/30/2026 18 100 Hz 29 methohexital, succinylcholine, glycopyrrolate 8"))],
diagnoses=[("F33.2", (None, 1, "F33.2 major depressive disorder, recurrent, severe, without psychotic features")),
           ("I10", (None, 1, "I10 essential (primary) hypertension"))],
suicidality=("passive", (None, 1, "passive wish to be dead in the past month, no method, intent or plan")))

# ---------------------------------------------------------------- 08
F = "sfbt_progress_notes.docx"
case(slug="08-solution-focused-brief-therapy-progress-notes-docx",
note="FICTIONAL case. Licensed marriage and family therapist's solution-focused brief therapy progress notes, "
     "DOCX. Rows: IPT 12 sessions in 2019 (back to normal by the end: remission), sertraline 2024 (felt nothing at "
     "all: no response), escitalopram since 03/2026 (less weepy, still low every morning: partial, current), "
     "solution-focused brief therapy 6 sessions 2026-08-04 to 2026-10-27 (goals partially met: partial). Not rows: "
     "husband's trazodone, bupropion only considered, melatonin. The scaling-question answers (2 of 10, 6 of 10) "
     "are no contract scale and no pain rating.",
docs=[dict(file=F, fmt="docx", pages=[[
 "# FICTIONAL SAMPLE - Blue Heron Family Therapy - Progress Notes",
 "FICTIONAL client: Priya-Lynn Achterberg, 34. Therapist: Noel Baptiste, LMFT. Office (503) 555-0193.",
 "# Session 1 - 08/04/2026 (intake)",
 "Presenting: low mood since spring, crying at work, arguments with her husband. Scaling question: she puts herself at 2 of 10.",
 "History: she had IPT with a counselor in 2019, 12 sessions: \"I was back to normal by the end.\"",
 "Her GP prescribed sertraline 50 mg in 2024 for about three months: \"I felt nothing at all.\"",
 "Escitalopram 10 mg since 03/2026 from her nurse practitioner. She takes melatonin some nights. Her husband takes trazodone; she has borrowed none.",
 "PHQ-9 17. GAD-7 12. Denies SI.",
 "# Session 3 - 09/01/2026",
 "Worked on exceptions: mornings when she got to work on time. Scaling question: 4 of 10. Denies SI.",
 "Escitalopram: \"less weepy, but I'm still low every morning.\"",
 "# Session 6 - 10/27/2026 (closing)",
 "6 sessions of solution-focused brief therapy, 08/04/2026 to 10/27/2026. Goals partially met: she rates herself 6 of 10, from 2.",
 "PHQ-9 8. Denies SI.",
 "She may ask her NP about adding bupropion; that is her decision to make with the NP.",
 "# Diagnoses",
 "F32.1 major depressive disorder, single episode, moderate",
 "Z63.0 problems in relationship with spouse or partner",
]], header="FICTIONAL SAMPLE RECORD - not a real client")],
history=[
 ("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2019", "2019", "I was back to normal by the end.", "remission",
  (None, 1, "History: she had IPT with a counselor in 2019, 12 sessions: \"I was back to normal by the end.\"")),
 ("sertraline", "SSRI", "antidepressant", "50 mg", "2024", "2024", "I felt nothing at all.", "no_response",
  (None, 1, "Her GP prescribed sertraline 50 mg in 2024 for about three months: \"I felt nothing at all.\"")),
 ("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-03", None, "less weepy, but I'm still low every morning", "partial_response",
  (None, 1, "Escitalopram: \"less weepy, but I'm still low every morning.\"")),
 ("solution-focused brief therapy", "psychotherapy", "psychotherapy", "6 sessions", "2026-08-04", "2026-10-27",
  "Goals partially met: she rates herself 6 of 10, from 2.", "partial_response",
  (None, 1, "6 sessions of solution-focused brief therapy, 08/04/2026 to 10/27/2026. Goals partially met")),
],
scales=[("PHQ-9", 17, "2026-08-04", (None, 1, "PHQ-9 17. GAD-7 12.")),
        ("GAD-7", 12, "2026-08-04", (None, 1, "PHQ-9 17. GAD-7 12.")),
        ("PHQ-9", 8, "2026-10-27", (None, 1, "PHQ-9 8. Denies SI."))],
diagnoses=[("F32.1", (None, 1, "F32.1 major depressive disorder, single episode, moderate")),
           ("Z63.0", (None, 1, "Z63.0 problems in relationship with spouse or partner"))],
suicidality=("none", (None, 1, "PHQ-9 17. GAD-7 12. Denies SI.")))

# ---------------------------------------------------------------- 09
F = "service_treatment_record_abstract.txt"
case(slug="09-navy-service-treatment-record-abstract-1990-2003-txt",
note="FICTIONAL case. Records office abstract of a Navy sailor's service treatment record, 1990-2003, typed as TXT "
     "in 2026 for a disability claim. Rows: amitriptyline 04/1991-09/1991 (could not urinate, dizzy on watch, "
     "discontinued: side effects), fluoxetine 02/1993-06/1995 (fully recovered, stopped after two years well: "
     "remission), fluoxetine again 10/1998-03/1999 (maybe a little better?, stopped when the supply ran out on "
     "deployment: unknown; own row), nefazodone 05/1999-01/2002 (lifted the fog completely, then stopped for liver "
     "enzymes: side effects), sertraline 03/2002-2003 (no different: no response). Not rows: meclizine for "
     "seasickness, ibuprofen, shipmate's diazepam, lithium only considered. ICD-9 296.22 and 296.32 are no rows.",
docs=[dict(file=F, fmt="txt", pages=[[
 "FICTIONAL SAMPLE - Records Abstract - not a real service member",
 "Prepared 11/09/2026 by the Coastline Veterans Claims Clinic records office, (757) 555-0108, from a paper service treatment record.",
 "FICTIONAL subject: Petty Officer (ret.) Lionel S. Barrantes, service 1990 to 2003.",
 "Old entries carry ICD-9 codes as written. Current diagnosis (2026, VA-style claim summary): F33.1 major depressive disorder, recurrent, moderate.",
 "# Entries",
 "| Date | Where | Abstract of entry",
 "| 04/15/1991 | USS (fictional) Tarrant sick bay | low mood, not sleeping; dx 296.22; amitriptyline 50 mg at night started",
 "| 06/03/1991 | sick bay | amitriptyline raised to 150 mg",
 "| 09/10/1991 | sick bay | amitriptyline: dry mouth, could not urinate, dizzy on standing on watch; discontinued",
 "| 02/09/1993 | naval hospital psychiatry | recurrence; dx 296.32; HAM-D 22; fluoxetine 20 mg started",
 "| 08/17/1993 | naval hospital psychiatry | HAM-D 6; excellent response, fully recovered; denies SI",
 "| 06/20/1995 | branch clinic | fluoxetine discontinued, well for two years",
 "| 10/05/1998 | branch clinic | depressed again since summer; fluoxetine 40 mg restarted",
 "| 01/11/1999 | branch clinic | fluoxetine 12 weeks: maybe a little better?",
 "| 03/02/1999 | deployed | fluoxetine supply ran out at sea; not resumed",
 "| 05/18/1999 | branch clinic | nefazodone 200 mg twice daily started",
 "| 02/07/2000 | branch clinic | nefazodone: lifted the fog completely",
 "| 01/14/2002 | branch clinic | ALT three times normal on nefazodone; nefazodone stopped",
 "| 03/04/2002 | branch clinic | sertraline 100 mg started",
 "| 09/23/2002 | branch clinic | sertraline: no different; lithium considered, not started",
 "| 2003 | separation exam | on sertraline 100 mg at separation; denies SI",
 "Other entries: meclizine for seasickness (1990, 1992), ibuprofen for a knee strain (1996). A 1997 entry notes a shipmate's diazepam found in his locker; it was not prescribed to him and he denied taking it.",
]])],
history=[
 ("amitriptyline", "TCA", "antidepressant", "150 mg", "1991-04", "1991-09", "dry mouth, could not urinate, dizzy on standing on watch; discontinued", "side_effects",
  (None, 1, "09/10/1991 sick bay amitriptyline: dry mouth, could not urinate, dizzy on standing on watch; discontinued")),
 ("fluoxetine", "SSRI", "antidepressant", "20 mg", "1993-02", "1995-06", "excellent response, fully recovered; discontinued, well for two years", "remission",
  (None, 1, "08/17/1993 naval hospital psychiatry HAM-D 6; excellent response, fully recovered; denies SI")),
 ("fluoxetine", "SSRI", "antidepressant", "40 mg", "1998-10", "1999-03", "maybe a little better?; supply ran out at sea", "unknown",
  (None, 1, "01/11/1999 branch clinic fluoxetine 12 weeks: maybe a little better?")),
 ("nefazodone", "SARI", "antidepressant", "200 mg", "1999-05", "2002-01", "lifted the fog completely; ALT three times normal, nefazodone stopped", "side_effects",
  (None, 1, "01/14/2002 branch clinic ALT three times normal on nefazodone; nefazodone stopped")),
 ("sertraline", "SSRI", "antidepressant", "100 mg", "2002-03", "2003", "no different", "no_response",
  (None, 1, "09/23/2002 branch clinic sertraline: no different; lithium considered, not started")),
],
scales=[("HAM-D", 22, "1993-02-09", (None, 1, "02/09/1993 naval hospital psychiatry recurrence; dx 296.32; HAM-D 22; fluoxetine 20 mg started")),
        ("HAM-D", 6, "1993-08-17", (None, 1, "08/17/1993 naval hospital psychiatry HAM-D 6; excellent response, fully recovered; denies SI"))],
diagnoses=[("F33.1", (None, 1, "F33.1 major depressive disorder, recurrent, moderate"))],
suicidality=("none", (None, 1, "08/17/1993 naval hospital psychiatry HAM-D 6; excellent response, fully recovered; denies SI")))

# ---------------------------------------------------------------- 10
F = "informe_unidad_sueno.docx"
case(slug="10-informe-unidad-de-sueno-espanol-docx",
note="FICTIONAL case (MUESTRA FICTICIA). Spanish sleep unit report, DOCX with a treatment table; dates "
     "day/month/year. Rows: paroxetine 2017-2018 (helped at first, six months later as bad as before: relapse), CBT "
     "for depression 12 sessions January-April 2025 (no noto nada: no response), agomelatine 03/2023-09/2023 (stopped "
     "for raised transaminases: side effects), desvenlafaxine since 01/2024 (mood a little better, still no drive: "
     "partial, current). Not rows: trazodone for insomnia only, CPAP, zolpidem refused, her husband's lorazepam, "
     "mirtazapine proposed. Epworth is no contract scale.",
docs=[dict(file=F, fmt="docx", pages=[[
 "# MUESTRA FICTICIA / FICTIONAL SAMPLE - Unidad de Sueño, Hospital Comarcal de Valdeolmos",
 "Informe de consulta. Paciente FICTICIA: Remedios Alcántara Oyarzun, 56 años, NHC FICT-50-3390. Fecha: 19/11/2026. Teléfono de la unidad: +1 (305) 555-0170.",
 "# Motivo",
 "Insomnio de mantenimiento y somnolencia diurna. Epworth 14. Polisomnografía 10/2026: apnea obstructiva leve (IAH 11).",
 "# Antecedentes psiquiátricos y tratamientos",
 "| Fármaco o terapia | Dosis | Fechas | Evolución",
 "| Paroxetina | 20 mg | 2017 - 2018 | me ayudó al principio, pero a los seis meses estaba igual de mal",
 "| Agomelatina | 50 mg | 03/2023 - 09/2023 | se retiró por elevación de transaminasas",
 "| Desvenlafaxina | 100 mg | desde 01/2024 | sigue",
 "| Trazodona | 100 mg | desde 2024 | solo para dormir",
 "Psicoterapia cognitivo-conductual para la depresión, 12 sesiones (enero-abril de 2025): \"no noto nada\".",
 "Sobre la desvenlafaxina dice que le ha mejorado algo el ánimo, aunque sigue sin ganas de nada.",
 "Ha rechazado el zolpidem. Alguna noche ha tomado el lorazepam de su marido; se le desaconseja.",
 "Niega ideación autolítica.",
 "PHQ-9 hoy: 15.",
 "# Juicio clínico",
 "G47.00 insomnio, no especificado",
 "G47.33 apnea obstructiva del sueño",
 "F33.1 trastorno depresivo mayor, recurrente, moderado",
 "# Plan",
 "CPAP de prueba. Mantener desvenlafaxina 100 mg y trazodona 100 mg. Se propone valorar mirtazapina con su psiquiatra si persiste el insomnio.",
]], header="MUESTRA FICTICIA / FICTIONAL SAMPLE - no es una paciente real")],
history=[
 ("paroxetine", "SSRI", "antidepressant", "20 mg", "2017", "2018", "me ayudó al principio, pero a los seis meses estaba igual de mal", "relapse",
  (None, 1, "Paroxetina 20 mg 2017 - 2018 me ayudó al principio, pero a los seis meses estaba igual de mal")),
 ("agomelatine", "melatonergic", "antidepressant", "50 mg", "2023-03", "2023-09", "se retiró por elevación de transaminasas", "side_effects",
  (None, 1, "Agomelatina 50 mg 03/2023 - 09/2023 se retiró por elevación de transaminasas")),
 ("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2024-01", None, "le ha mejorado algo el ánimo, aunque sigue sin ganas de nada", "partial_response",
  (None, 1, "Sobre la desvenlafaxina dice que le ha mejorado algo el ánimo, aunque sigue sin ganas de nada.")),
 ("CBT", "psychotherapy", "psychotherapy", "12 sesiones", "2025-01", "2025-04", "no noto nada", "no_response",
  (None, 1, "Psicoterapia cognitivo-conductual para la depresión, 12 sesiones (enero-abril de 2025): \"no noto nada\".")),
],
scales=[("PHQ-9", 15, "2026-11-19", (None, 1, "PHQ-9 hoy: 15."))],
diagnoses=[("G47.00", (None, 1, "G47.00 insomnio, no especificado")),
           ("G47.33", (None, 1, "G47.33 apnea obstructiva del sueño")),
           ("F33.1", (None, 1, "F33.1 trastorno depresivo mayor, recurrente, moderado"))],
suicidality=("none", (None, 1, "Niega ideación autolítica.")))

# ---------------------------------------------------------------- 11
F1, F2 = "questionnaire_photo_1.jpg", "questionnaire_photo_2.jpg"
case(slug="11-printed-medication-trial-questionnaire-filled-by-patient-photos",
note="FICTIONAL case. A psychiatry practice's printed new-patient questionnaire, filled in by hand by the patient, "
     "two phone photos (JPEG). Rows: sertraline 2015-2016 (threw up most mornings, quit: side effects), bupropion "
     "2016-2019 (worked great for 2 years, then stopped working: relapse), aripiprazole added 2021 (restless, stopped "
     "after 3 weeks: augmentation, side effects), duloxetine 2019-2021 (didn't do a thing: no response), CBT 16 "
     "sessions 2022 (helped the anxiety, mood stayed the same: no response), vortioxetine since 03/2024 (about 70% of "
     "the way back: partial, current). Not rows: ECT never, TMS denied by insurance, her mother's citalopram, "
     "melatonin, levothyroxine.",
docs=[dict(file=F1, fmt="photo", pages=[[
 "# FICTIONAL SAMPLE - Stillwater Psychiatry Associates",
 "New patient questionnaire, page 1 of 2. FICTIONAL patient. Office (651) 555-0147.",
 "Name: ~ Carla J. Whitfield-Ames (FICTIONAL)",
 "Date: ~ 11/30/2026",
 "List every medicine you have taken for depression:",
 "| Medicine | Dose | From | To | How did it go?",
 "| Zoloft (sertraline) | 100 mg | 2015 | 2016 | threw up most mornings, quit",
 "| Wellbutrin (bupropion) | 300 mg | 2016 | 2019 | worked great 2 yrs, then stopped working",
 "| Cymbalta (duloxetine) | 60 mg | 2019 | 2021 | didn't do a thing",
 "| Abilify (aripiprazole) | 2 mg | 2021 | 2021 | added to Cymbalta, restless, stopped after 3 wks",
 "| Trintellix (vortioxetine) | 10 mg | 3/2024 | now | about 70% of the way back",
 "Office use only - referral diagnosis: F33.1",
 "Office use only - PHQ-9 today: 18",
]]), dict(file=F2, fmt="photo", pages=[[
 "# FICTIONAL SAMPLE - Stillwater Psychiatry Associates",
 "New patient questionnaire, page 2 of 2.",
 "Other treatments (therapy, TMS, ECT, anything else):",
 "~ Talk therapy (CBT), 16 sessions in 2022 - helped my anxiety but my mood stayed the same",
 "~ ECT - never",
 "~ TMS - my insurance denied it in 2025",
 "Other medicines now: ~ levothyroxine 75 mcg, melatonin 3 mg",
 "Family history: ~ mom has depression, takes citalopram",
 "Have you ever had thoughts of ending your life?",
 "~ yes, in 2023 I wished I wouldn't wake up. Never a plan, never tried.",
 "Anything else? ~ I want to know about Spravato.",
]])],
history=[
 ("sertraline", "SSRI", "antidepressant", "100 mg", "2015", "2016", "threw up most mornings, quit", "side_effects",
  (F1, 1, "Zoloft (sertraline) 100 mg 2015 2016 threw up most mornings, quit")),
 ("bupropion", "NDRI", "antidepressant", "300 mg", "2016", "2019", "worked great 2 yrs, then stopped working", "relapse",
  (F1, 1, "Wellbutrin (bupropion) 300 mg 2016 2019 worked great 2 yrs, then stopped working")),
 ("duloxetine", "SNRI", "antidepressant", "60 mg", "2019", "2021", "didn't do a thing", "no_response",
  (F1, 1, "Cymbalta (duloxetine) 60 mg 2019 2021 didn't do a thing")),
 ("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2021", "2021", "added to Cymbalta, restless, stopped after 3 wks", "side_effects",
  (F1, 1, "Abilify (aripiprazole) 2 mg 2021 2021 added to Cymbalta, restless, stopped after 3 wks")),
 ("vortioxetine", "multimodal", "antidepressant", "10 mg", "2024-03", None, "about 70% of the way back", "partial_response",
  (F1, 1, "Trintellix (vortioxetine) 10 mg 3/2024 now about 70% of the way back")),
 ("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2022", "2022", "helped my anxiety but my mood stayed the same", "no_response",
  (F2, 1, "Talk therapy (CBT), 16 sessions in 2022 - helped my anxiety but my mood stayed the same")),
],
scales=[("PHQ-9", 18, "2026-11-30", (F1, 1, "PHQ-9 today: 18"))],
diagnoses=[("F33.1", (F1, 1, "referral diagnosis: F33.1"))],
suicidality=("passive", (F2, 1, "yes, in 2023 I wished I wouldn't wake up. Never a plan, never tried.")))

# ---------------------------------------------------------------- 12
F = "huntington_clinic_visits.pdf"
case(slug="12-huntington-disease-center-return-visits-pdf",
note="FICTIONAL case. Huntington disease center, two return visits, 2-page PDF. Rows: citalopram 2023-2024 (felt "
     "like himself, then by spring 2024 like taking nothing: relapse), sertraline 06/2024-08/2026 (irritability "
     "better, mood the same at visit 1; stopped for sodium 127 on p. 2: side effects), mirtazapine since 09/2026 "
     "(sleeping and eating, mood at home the same: no response, current). Not rows: tetrabenazine (for chorea; "
     "stopped 2025 because it deepened his depression - a harm of a chorea drug, no depression trial), "
     "deutetrabenazine for chorea, physical and speech therapy, his late father's history. Suicidality null: the "
     "records say nothing of the patient's own thoughts (his father's suicide is family history).",
docs=[dict(file=F, fmt="pdf", pages=[[
 "# FICTIONAL SAMPLE - Foxglove Huntington Disease Center",
 "Return visit 05/12/2026. FICTIONAL patient: Anselm K. Brightwater, 49, MRN FICT-50-6602. Center line (608) 555-0131.",
 "# Interval history",
 "Chorea stable on deutetrabenazine 12 mg twice daily. Tetrabenazine was stopped in 2025 because it deepened his depression; he has done better on deutetrabenazine.",
 "Family history: his father had Huntington disease and died by suicide at 52.",
 "# Mood",
 "Citalopram 20 mg from 2023 to 2024: he \"felt like himself\" for a few months, but by spring 2024 it was like taking nothing.",
 "Sertraline since 06/2024, now 100 mg: his wife says the irritability is better, but his mood is the same.",
 "PHQ-9 today 14.",
 "# Assessment",
 "G10 Huntington disease",
 "F06.31 depressive disorder due to a known physiological condition, with depressive features",
 "Plan: raise sertraline to 150 mg. Continue deutetrabenazine. Physical therapy and speech therapy continue.",
],[
 "# Return visit 10/13/2026",
 "Sertraline, 150 mg since the May visit, was stopped on 08/21/2026 by his PCP because his sodium fell to 127 on it; he was confused for two days.",
 "Mirtazapine 15 mg at night since 09/2026: he is sleeping and eating again, but his wife says his mood at home is the same.",
 "PHQ-9 today 16.",
 "Chorea a little worse; deutetrabenazine raised to 18 mg twice daily.",
 "Plan: continue mirtazapine 15 mg; discuss referral to the center's psychiatrist at the next visit.",
 "Signed: Dr. Yusuf Albrecht-Nwosu, movement disorders. FICTIONAL record.",
]])],
history=[
 ("citalopram", "SSRI", "antidepressant", "20 mg", "2023", "2024", "felt like himself for a few months, but by spring 2024 it was like taking nothing", "relapse",
  (None, 1, "Citalopram 20 mg from 2023 to 2024: he \"felt like himself\" for a few months, but by spring 2024 it was like taking nothing.")),
 ("sertraline", "SSRI", "antidepressant", "150 mg", "2024-06", "2026-08-21", "stopped because his sodium fell to 127 on it; he was confused for two days", "side_effects",
  (None, 2, "Sertraline, 150 mg since the May visit, was stopped on 08/21/2026 by his PCP because his sodium fell to 127 on it")),
 ("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2026-09", None, "sleeping and eating again, but his wife says his mood at home is the same", "no_response",
  (None, 2, "Mirtazapine 15 mg at night since 09/2026: he is sleeping and eating again, but his wife says his mood at home is the same.")),
],
scales=[("PHQ-9", 14, "2026-05-12", (None, 1, "PHQ-9 today 14.")),
        ("PHQ-9", 16, "2026-10-13", (None, 2, "PHQ-9 today 16."))],
diagnoses=[("G10", (None, 1, "G10 Huntington disease")),
           ("F06.31", (None, 1, "F06.31 depressive disorder due to a known physiological condition, with depressive features"))],
suicidality=None)
