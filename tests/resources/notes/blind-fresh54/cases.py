# FICTIONAL cases for blind set 54 (appeal-kit issue 24). Every person, clinic, number and address is invented.
# Document pages are lists of lines: "# " heading, "|a|b|" table row, "~ " handwriting (scan/photo), "" gap.


def R(name, cls, kind, dose, start, end, outcome, oc, text, page=1, file=None):
    return dict(name=name, **{"class": cls}, kind=kind, dose=dose, start=start, end=end, outcome=outcome,
                outcome_class=oc, source=dict(file=file, page=page, text=text))


def S(name, score, date, text, page=1, file=None):
    return dict(name=name, score=score, date=date, source=dict(file=file, page=page, text=text))


def D(code, text, page=1, file=None):
    return dict(code=code, source=dict(file=file, page=page, text=text))


def SU(level, text, page=1, file=None):
    return dict(level=level, source=dict(file=file, page=page, text=text))


CASES = []

# ---------------------------------------------------------------------------------------------------------- 01
CASES.append(dict(
    id="54-01-sjogren-rheumatology-return-visits-pdf",
    note="FICTIONAL case. Rheumatology (Sjogren syndrome) return visits, 2-page PDF. Rows: citalopram 2019-2020 "
         "(dry mouth so bad she could not swallow bread, stopped: side effects), sertraline 03/2021-11/2025 (herself "
         "for about a year, then the low mood came back in 2023 while still taking it: relapse), CBT 12 sessions 2024 "
         "(coping with fatigue better, mood the same: no response), bupropion XL since 12/2025 (about half better "
         "at visit 2: partial, current). Not rows: hydroxychloroquine, pilocarpine, duloxetine only considered for "
         "joint pain, the husband's paroxetine, trazodone 50 mg for sleep.",
    docs=[dict(file="rheum_return_visits.pdf", fmt="pdf", pages=[[
        "# Cobalt Ridge Rheumatology Associates - FICTIONAL record, invented patient",
        "Patient: Delphine Ostrander-Vale (FICTIONAL)   MRN FICT-540117   DOB 04/09/1971",
        "Clinic phone (480) 555-0127   Fax (480) 555-0128",
        "# Return visit 06/11/2026 - Dr. Imogen Thackery, rheumatology",
        "Seen for Sjogren syndrome: dry eyes and mouth, fatigue, joint aches in the hands. Hydroxychloroquine 200 mg "
        "twice daily continues; pilocarpine 5 mg three times daily helps the dry mouth.",
        "Mood history, taken today because her PCP asked us to weigh in on antidepressants and dryness: in 2019 she "
        "was put on citalopram 20 mg. The dry mouth got so bad on it that she could not swallow bread, so it was "
        "stopped in early 2020.",
        "She then took sertraline 100 mg from 03/2021. She felt like herself for about a year, then the low mood "
        "came back in 2023 while she was still taking it every day. It was stopped in 11/2025.",
        "In 2024 she did 12 sessions of CBT with a psychologist. In her words: \"it helped me cope with the "
        "fatigue, but my mood stayed the same.\"",
        "Since 12/2025 she takes bupropion XL, now 300 mg each morning, from her PCP. Too soon for her to judge.",
        "Her husband takes paroxetine; she asked whether it would suit her - not for her, given dryness. Trazodone "
        "50 mg at bedtime is for sleep only. Duloxetine was considered for the joint aches; not started.",
        "PHQ-9 today 16. She denies suicidal ideation, past or present.",
        "|Code|Assessment|",
        "|M35.00|Sjogren syndrome, unspecified|",
        "|F33.1|major depressive disorder, recurrent, moderate|",
        "Plan: continue hydroxychloroquine and pilocarpine; letter to PCP about the dryness of each antidepressant.",
    ], [
        "# Return visit 10/01/2026 - Dr. Imogen Thackery (FICTIONAL)",
        "Dryness steady. Joint aches a little better with warm soaks.",
        "Mood: on bupropion XL 300 mg she says she is \"about half better than in the spring\" and still has low "
        "days most weeks. No dryness from it.",
        "PHQ-9 today 11.",
        "|Medication|Dose|For|",
        "|hydroxychloroquine|200 mg twice daily|Sjogren syndrome|",
        "|pilocarpine|5 mg three times daily|dry mouth|",
        "|bupropion XL|300 mg every morning|depression|",
        "|trazodone|50 mg at bedtime|sleep|",
        "Plan: recheck in 4 months; Schirmer test next visit.",
    ]])],
    history=[
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2020",
          "the dry mouth got so bad that she could not swallow bread, so it was stopped", "side_effects",
          "The dry mouth got so bad on it that she could not swallow bread, so it was stopped in early 2020."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2021-03", "2025-11",
          "felt like herself for about a year, then the low mood came back in 2023 while still taking it", "relapse",
          "She felt like herself for about a year, then the low mood came back in 2023 while she was still taking it every day."),
        R("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2024", "2024",
          "it helped me cope with the fatigue, but my mood stayed the same", "no_response",
          "\"it helped me cope with the fatigue, but my mood stayed the same.\""),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2025-12", None,
          "about half better than in the spring; still has low days most weeks", "partial_response",
          "she says she is \"about half better than in the spring\" and still has low days most weeks.", page=2),
    ],
    scales=[S("PHQ-9", 16, "2026-06-11", "PHQ-9 today 16."), S("PHQ-9", 11, "2026-10-01", "PHQ-9 today 11.", page=2)],
    diagnoses=[D("M35.00", "M35.00 Sjogren syndrome, unspecified"),
               D("F33.1", "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=SU("none", "She denies suicidal ideation, past or present."),
))

# ---------------------------------------------------------------------------------------------------------- 02
CASES.append(dict(
    id="54-02-satellite-clinic-tms-course-nurse-handover-notes-txt",
    note="FICTIONAL case. Satellite TMS clinic: intake history and nurse handover notes for a 30-session course, TXT. "
         "Rows: escitalopram 2022 (no change at all after 10 weeks: no response), venlafaxine XR 2023-03/2024 "
         "(sweating and blood pressure up, stopped: side effects), aripiprazole added 09/2023-12/2023 (did not do a "
         "thing: augmentation, no response), mirtazapine since 04/2024 (mood about the same on it: no response, "
         "current), TMS 30 sessions 2026-08-03 to 2026-09-18 (remission, held at the 4-week follow-up). Not rows: "
         "maintenance TMS only discussed, ECT declined, lorazepam held before sessions, the wife's sertraline.",
    docs=[dict(file="tms_course_handover.txt", fmt="txt", pages=[[
        "# MESA VERDE SATELLITE TMS CLINIC - FICTIONAL RECORD (invented patient, invented clinic)",
        "Patient: Ignatius Brandvold (FICTIONAL)   Chart FICT-54-0219   Clinic (505) 555-0164",
        "Referring psychiatrist: Dr. Ysolde Marchetti (FICTIONAL)",
        "# Intake history, 07/27/2026",
        "Escitalopram 20 mg in 2022: no change at all after 10 weeks.",
        "Venlafaxine XR from 03/2023, up to 225 mg. He was sweating through his shirts and his blood pressure went "
        "to 158/96; it was stopped in 03/2024.",
        "Aripiprazole 5 mg was added to the venlafaxine from 09/2023 to 12/2023: \"didn't do a thing for my mood.\"",
        "Mirtazapine 30 mg since 04/2024, continues through the course. Sleeps better; mood about the same on it.",
        "ECT was offered in 2025 and he declined it. His wife takes sertraline (noted because he asked about it).",
        "Lorazepam 0.5 mg PRN is held on treatment mornings.",
        "Baseline MADRS 31 and PHQ-9 21 on 08/03/2026 (session 1).",
        "C-SSRS screen at baseline: passive wish to be dead, no method, no intent; negative from session 10 on.",
        "Diagnosis: F33.2 major depressive disorder, recurrent, severe without psychotic features.",
        "# Nurse handover notes",
        "|Date|Session|Nurse|Note|",
        "|08/03/2026|1|R. Okafor|Motor threshold set. Tolerated. MADRS 31.|",
        "|08/14/2026|10|R. Okafor|Scalp discomfort first minute only. C-SSRS negative.|",
        "|08/28/2026|20|T. Lindqvist|Sleeping and eating better, sees friends again. MADRS 18.|",
        "|09/18/2026|30|T. Lindqvist|Final session. MADRS 9, PHQ-9 6. In remission per Dr. Marchetti.|",
        "# Follow-up call 10/16/2026 (T. Lindqvist)",
        "Four weeks after the last session his mood has held; he says he feels like himself again. Maintenance TMS "
        "was discussed and not scheduled; he will call if symptoms return.",
    ]])],
    history=[
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2022", "2022", "no change at all after 10 weeks",
          "no_response", "Escitalopram 20 mg in 2022: no change at all after 10 weeks."),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2023-03", "2024-03",
          "sweating through his shirts and his blood pressure went to 158/96; it was stopped", "side_effects",
          "He was sweating through his shirts and his blood pressure went to 158/96; it was stopped in 03/2024."),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2023-09", "2023-12",
          "didn't do a thing for my mood", "no_response",
          "\"didn't do a thing for my mood.\""),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024-04", None,
          "sleeps better; mood about the same on it", "no_response",
          "Sleeps better; mood about the same on it."),
        R("TMS", "repetitive transcranial magnetic stimulation", "neuromodulation", "30 sessions", "2026-08-03",
          "2026-09-18", "MADRS 31 -> 9, in remission; mood held four weeks later", "remission",
          "Final session. MADRS 9, PHQ-9 6. In remission per Dr. Marchetti."),
    ],
    scales=[S("MADRS", 31, "2026-08-03", "Baseline MADRS 31 and PHQ-9 21 on 08/03/2026 (session 1)."),
            S("PHQ-9", 21, "2026-08-03", "Baseline MADRS 31 and PHQ-9 21 on 08/03/2026 (session 1)."),
            S("MADRS", 18, "2026-08-28", "08/28/2026 20 T. Lindqvist Sleeping and eating better, sees friends again. MADRS 18."),
            S("MADRS", 9, "2026-09-18", "09/18/2026 30 T. Lindqvist Final session. MADRS 9, PHQ-9 6."),
            S("PHQ-9", 6, "2026-09-18", "09/18/2026 30 T. Lindqvist Final session. MADRS 9, PHQ-9 6.")],
    diagnoses=[D("F33.2", "F33.2 major depressive disorder, recurrent, severe without psychotic features")],
    suicidality=SU("passive", "C-SSRS screen at baseline: passive wish to be dead, no method, no intent"),
))

# ---------------------------------------------------------------------------------------------------------- 03
CASES.append(dict(
    id="54-03-informe-consulta-nefrologia-dialisis-peritoneal-espanol-docx",
    note="FICTIONAL case (MUESTRA FICTICIA). Spanish peritoneal dialysis unit report, DOCX, dates day/month/year. "
         "Rows: sertralina 2021-2022 (mejoró a medias, stopped when she moved: partial), citalopram 02/2023-05/2023 "
         "(QT largo, retirado: side effects), terapia de resolución de problemas 8 sesiones 2024 (recuperada del "
         "todo: remission), mirtazapina 15 mg since 03/2025 (el ánimo sin cambios: no response, current). Not rows: "
         "vortioxetina only proposed, litio never taken, the husband's lorazepam, sevelamer, epoetin.",
    docs=[dict(file="informe_dialisis_peritoneal.docx", fmt="docx",
               header="MUESTRA FICTICIA / FICTIONAL SAMPLE - paciente inventada", pages=[[
        "# Unidad de Diálisis Peritoneal - Hospital Comarcal del Valle Ficticio (MUESTRA FICTICIA)",
        "Paciente: Remedios Alcocer Ybarra (FICTICIA). Historia FICT-54-3310. Teléfono de la unidad (915) 555-0182.",
        "Fecha del informe: 14/10/2026. Nefróloga: Dra. Casilda Urquijo (ficticia).",
        "# Diagnósticos",
        "|Código|Diagnóstico|",
        "|N18.6|enfermedad renal crónica terminal|",
        "|Z99.2|dependencia de diálisis|",
        "|F33.1|trastorno depresivo mayor recurrente, moderado|",
        "# Antecedentes de tratamiento del ánimo",
        "Sertralina 50 mg de 2021 a 2022: según la paciente \"mejoró a medias, me quitó lo peor pero seguía sin "
        "ganas\". La dejó al mudarse de ciudad, no por efectos adversos.",
        "Citalopram 20 mg del 02/2023 al 05/2023: se retiró por QT largo en el electrocardiograma (QTc 498 ms).",
        "Terapia de resolución de problemas con la psicóloga de la unidad, 8 sesiones en 2024: al terminar se "
        "encontraba recuperada del todo.",
        "Mirtazapina 15 mg por la noche desde 03/2025, que sigue tomando. Duerme y come algo mejor, pero el ánimo "
        "sin cambios.",
        "Nunca ha tomado litio. Su marido toma lorazepam; ella no.",
        "# Situación actual",
        "PHQ-9 de hoy: 17. Niega ideación suicida.",
        "Tratamiento renal: sevelamer con las comidas, eritropoyetina semanal, diálisis peritoneal nocturna.",
        "Plan: se plantea cambiar a vortioxetina si psiquiatría lo considera adecuado; revisión en 6 semanas.",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2021", "2022",
          "mejoró a medias, me quitó lo peor pero seguía sin ganas (la dejó al mudarse)", "partial_response",
          "\"mejoró a medias, me quitó lo peor pero seguía sin ganas\""),
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2023-02", "2023-05",
          "se retiró por QT largo en el electrocardiograma (QTc 498 ms)", "side_effects",
          "se retiró por QT largo en el electrocardiograma (QTc 498 ms)"),
        R("problem-solving therapy", "psychotherapy", "psychotherapy", "8 sesiones", "2024", "2024",
          "al terminar se encontraba recuperada del todo", "remission",
          "al terminar se encontraba recuperada del todo"),
        R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2025-03", None,
          "duerme y come algo mejor, pero el ánimo sin cambios", "no_response",
          "Duerme y come algo mejor, pero el ánimo sin cambios."),
    ],
    scales=[S("PHQ-9", 17, "2026-10-14", "PHQ-9 de hoy: 17.")],
    diagnoses=[D("N18.6", "N18.6 enfermedad renal crónica terminal"), D("Z99.2", "Z99.2 dependencia de diálisis"),
               D("F33.1", "F33.1 trastorno depresivo mayor recurrente, moderado")],
    suicidality=SU("none", "Niega ideación suicida."),
))

# ---------------------------------------------------------------------------------------------------------- 04
CASES.append(dict(
    id="54-04-handwritten-adult-day-center-nurse-note-scan",
    note="FICTIONAL case. Adult day center nurse's handwritten note on a printed form, image-only scanned PDF (no "
         "text layer). Rows: nortriptyline 2015-2016 (dizzy, fell twice, stopped: side effects), sertraline 2017-2024 "
         "(did well for years, tapered off with her doctor when well: remission), mirtazapine 15 mg since 06/2026 "
         "(sleeping and eating, mood still the same: no response, current). Not rows: donepezil, the daughter's "
         "citalopram, melatonin, amlodipine; 'ask Dr about trying bupropion' is only a question.",
    docs=[dict(file="day_center_nurse_note.pdf", fmt="scan", pages=[[
        "# WILLOWBEND ADULT DAY CENTER - NURSING NOTE (FICTIONAL FORM, invented client)",
        "Client: Perpetua Hollingshead (FICTIONAL)   ID FICT-54-0773   Date: 11/03/2026",
        "Center phone (317) 555-0139",
        "Reason for note:",
        "~ Family asks for med history for new psychiatrist. Daughter + client give history.",
        "Mood medicines in the past:",
        "~ Nortriptyline 50 mg 2015-2016 - dizzy, fell twice -> Dr stopped it.",
        "~ Sertraline 100 mg 2017 to 2024 - did well for years, tapered off with her Dr when well.",
        "Current medicines:",
        "~ Mirtazapine 15 mg at night since 6/2026 - sleeping + eating, but mood still the same.",
        "~ Donepezil 10 mg, amlodipine 5 mg, melatonin 3 mg (sleep).",
        "~ Daughter takes citalopram - not client's.",
        "Screening today:",
        "~ PHQ-9 = 14",
        "~ Says sometimes wishes she would not wake up. No plan, no intent.",
        "Diagnoses on file:",
        "~ F32.1 depression, moderate   I10 high blood pressure",
        "Follow-up:",
        "~ Ask Dr about trying bupropion? Send copy to family.   RN M. Abernathy (FICTIONAL)",
    ]])],
    history=[
        R("nortriptyline", "TCA", "antidepressant", "50 mg", "2015", "2016", "dizzy, fell twice -> Dr stopped it",
          "side_effects", "Nortriptyline 50 mg 2015-2016 - dizzy, fell twice -> Dr stopped it."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2017", "2024",
          "did well for years, tapered off with her Dr when well", "remission",
          "Sertraline 100 mg 2017 to 2024 - did well for years, tapered off with her Dr when well."),
        R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2026-06", None, "sleeping + eating, but mood still the same",
          "no_response", "Mirtazapine 15 mg at night since 6/2026 - sleeping + eating, but mood still the same."),
    ],
    scales=[S("PHQ-9", 14, "2026-11-03", "PHQ-9 = 14")],
    diagnoses=[D("F32.1", "F32.1 depression, moderate"), D("I10", "I10 high blood pressure")],
    suicidality=SU("passive", "Says sometimes wishes she would not wake up. No plan, no intent."),
))

# ---------------------------------------------------------------------------------------------------------- 05
CASES.append(dict(
    id="54-05-carbon-copy-prescription-pad-pages-photos",
    note="FICTIONAL case. Two phone photos of a family doctor's carbon-copy prescription pad pages with margin notes, "
         "2009-2016, dates m/d/yy. Rows: fluoxetine 03/2009-09/2009 ('nothing different': no response), paroxetine "
         "10/2009-2011 (felt like her old self, tapered when well: remission), venlafaxine XR 05/2014-07/2014 (BP up, "
         "stopped: side effects), duloxetine 01/2015-02/2016 (good at first, 'back in the hole' by autumn on full dose: "
         "relapse), lithium added 11/2015-01/2016 (tremor and thirst, stopped: augmentation, side effects). Not rows: "
         "the sister's amitriptyline, zolpidem for sleep, 'consider referral for ECT' (a plan).",
    docs=[dict(file="rx_pad_photo_1.jpg", fmt="photo", pages=[[
        "# Dr. Lucius Farnsworth, MD - Family Practice (FICTIONAL)",
        "Prescription copies kept in chart - FICTIONAL patient: Winifred Szabo   Ph (419) 555-0151",
        "~ 3/12/09  fluoxetine 20 mg #30 x2 refills.  HAM-D 22.  Dx F33.1.  No SI.",
        "~ 9/15/09  pt: 'nothing different' on fluoxetine - stop.",
        "~ 10/1/09  paroxetine 20 mg, later 30 mg #30",
        "~ 6/2/10  felt like her old self on paroxetine; cont 30 mg",
        "~ 2011  taper paroxetine, well > 1 yr.",
        "~ zolpidem 5 mg for sleep only. Sister's amitriptyline - not hers.",
    ]]), dict(file="rx_pad_photo_2.jpg", fmt="photo", pages=[[
        "# Dr. Lucius Farnsworth, MD - carbon copies, page 2 (FICTIONAL)",
        "~ 5/6/14  venlafaxine XR 150 mg #30",
        "~ 7/22/14  BP 162/98 on venlafaxine -> stopped.",
        "~ 1/9/15  duloxetine 60 mg #30 x5",
        "~ 3/30/15  much better on duloxetine",
        "~ 10/20/15  'back in the hole' on full dose duloxetine since Sept",
        "~ 11/3/15  add lithium 600 mg",
        "~ 1/12/16  tremor + thirst on lithium -> stopped. Consider referral for ECT.",
        "~ 2/2/16  duloxetine stopped, to psychiatry.",
    ]])],
    history=[
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2009-03-12", "2009-09-15", "'nothing different' on fluoxetine - stop",
          "no_response", "9/15/09 pt: 'nothing different' on fluoxetine - stop."),
        R("paroxetine", "SSRI", "antidepressant", "30 mg", "2009-10-01", "2011",
          "felt like her old self on paroxetine; taper, well > 1 yr", "remission",
          "6/2/10 felt like her old self on paroxetine; cont 30 mg"),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2014-05-06", "2014-07-22",
          "BP 162/98 on venlafaxine -> stopped", "side_effects", "7/22/14 BP 162/98 on venlafaxine -> stopped.",
          file="rx_pad_photo_2.jpg"),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2015-01-09", "2016-02-02",
          "much better, then 'back in the hole' on full dose since Sept", "relapse",
          "10/20/15 'back in the hole' on full dose duloxetine since Sept", file="rx_pad_photo_2.jpg"),
        R("lithium", "mood stabilizer", "augmentation", "600 mg", "2015-11-03", "2016-01-12",
          "tremor + thirst on lithium -> stopped", "side_effects",
          "1/12/16 tremor + thirst on lithium -> stopped.", file="rx_pad_photo_2.jpg"),
    ],
    scales=[S("HAM-D", 22, "2009-03-12", "HAM-D 22.")],
    diagnoses=[D("F33.1", "Dx F33.1.")],
    suicidality=SU("none", "No SI."),
))

# ---------------------------------------------------------------------------------------------------------- 06
CASES.append(dict(
    id="54-06-head-and-neck-surgery-ward-psychiatry-consult-after-laryngectomy-pdf",
    note="FICTIONAL case. Psychiatry consult on a head and neck surgery ward after total laryngectomy (the patient "
         "answers in writing), 2-page PDF. Rows: bupropion SR 2018 (jittery, could not sleep, stopped after two "
         "weeks: side effects), escitalopram 2019-2023 (took the edge off, never fully well: partial), IPT 16 "
         "sessions 2022 (helped with grief, depression persisted: no response), sertraline liquid from 2026-11-20 "
         "(too early to tell: unknown, current). Not rows: mirtazapine considered and not started, haloperidol PRN "
         "for delirium, fentanyl patch for post-operative pain, nicotine patch, the late husband's medicines.",
    docs=[dict(file="ward_psychiatry_consult.pdf", fmt="pdf", pages=[[
        "# St. Aldric Fictional Medical Center - Consultation-Liaison Psychiatry (FICTIONAL record)",
        "Patient: Marguerite Okonkwo-Reyes (FICTIONAL)   MRN FICT-54-8842   Ward 6 West, head and neck surgery",
        "Consult date 11/19/2026. Requested by Dr. Anselm Virtanen, otolaryngology. Pager line (216) 555-0173.",
        "# Reason",
        "Low mood and refusal of tube feeds on day 6 after total laryngectomy for cancer of the larynx. She cannot "
        "speak yet and answered every question in writing on a whiteboard; her answers are quoted.",
        "# Past treatment",
        "Bupropion SR 150 mg in 2018: it made her jittery and she could not sleep, so it was stopped after two weeks.",
        "Escitalopram 10 mg from 2019 to 2023. She wrote: \"it took the edge off but I was never fully well.\" It "
        "was stopped in 2023 before her first radiation course, at the oncologist's request, for drug interactions.",
        "Interpersonal psychotherapy, 16 sessions in 2022 after her husband died: \"it helped me grieve him, but "
        "the depression itself stayed.\"",
        "# Mental status and scales",
        "Alert, oriented, writes clearly and at length. Tearful. PHQ-9 by written answers: 19.",
        "She wrote that before surgery she thought about ending her life by refusing to eat and had that plan "
        "in mind, but did not act on it; she now denies intent and agrees to tube feeds.",
    ], [
        "# Assessment (11/19/2026, FICTIONAL record)",
        "|Code|Problem|",
        "|C32.9|malignant neoplasm of larynx, unspecified|",
        "|F32.2|major depressive disorder, single episode, severe without psychotic features|",
        "|F17.210|nicotine dependence, cigarettes|",
        "# Recommendations",
        "Start sertraline oral solution 50 mg daily via feeding tube. Mirtazapine was considered but not started "
        "because of sedation after surgery. Haloperidol 0.5 mg PRN remains for nighttime agitation (delirium).",
        "Fentanyl patch for post-operative pain and nicotine patch per surgery.",
        "# Follow-up 11/24/2026",
        "Sertraline 50 mg given daily since 11/20/2026. She wrote: \"too early to tell if it is helping.\" "
        "Taking tube feeds. No thoughts of ending her life now.",
    ]])],
    history=[
        R("bupropion", "NDRI", "antidepressant", "150 mg", "2018", "2018",
          "jittery and could not sleep, stopped after two weeks", "side_effects",
          "it made her jittery and she could not sleep, so it was stopped after two weeks."),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2019", "2023",
          "it took the edge off but I was never fully well", "partial_response",
          "\"it took the edge off but I was never fully well.\""),
        R("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2022", "2022",
          "it helped me grieve him, but the depression itself stayed", "no_response",
          "\"it helped me grieve him, but the depression itself stayed.\""),
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2026-11-20", None, "too early to tell if it is helping",
          "unknown", "\"too early to tell if it is helping.\"", page=2),
    ],
    scales=[S("PHQ-9", 19, "2026-11-19", "PHQ-9 by written answers: 19.")],
    diagnoses=[D("C32.9", "C32.9 malignant neoplasm of larynx, unspecified", page=2),
               D("F32.2", "F32.2 major depressive disorder, single episode, severe without psychotic features", page=2),
               D("F17.210", "F17.210 nicotine dependence, cigarettes", page=2)],
    suicidality=SU("active", "before surgery she thought about ending her life by refusing to eat and had that plan in mind"),
))

# ---------------------------------------------------------------------------------------------------------- 07
CASES.append(dict(
    id="54-07-rural-cooperative-pharmacy-medication-profile-printout-txt",
    note="FICTIONAL case. Rural cooperative pharmacy patient profile printout with fill history and pharmacist notes, "
         "TXT. Rows: sertraline 2025-01-06 to 2025-05-01 (does not help at all; discontinued for no benefit: no "
         "response), vortioxetine 2025-05-01 to 2025-07-15 (vomiting daily, cancelled: side effects), bupropion XL "
         "from 2025-08-04 (feels like herself again: remission, current). Not rows: aripiprazole 2 mg filled but never "
         "started (returned for disposal), trazodone for sleep, metformin, amlodipine, the son's escitalopram on the "
         "family profile. Suicidality null: the printout says nothing of it.",
    docs=[dict(file="pharmacy_profile_printout.txt", fmt="txt", pages=[[
        "# PRAIRIE HOLLOW COOPERATIVE PHARMACY - PATIENT PROFILE (FICTIONAL RECORD, invented patient)",
        "Printed 11/05/2026 for patient request. Pharmacy (785) 555-0196  Fax (785) 555-0197",
        "Patient: Opal Virkkunen (FICTIONAL)  DOB 02/17/1964  Profile FICT-54-6620",
        "Diagnosis codes on file: F33.1, E11.9, I10",
        "Prescriber: Dr. Thaddeus Ilunga (FICTIONAL), Prairie Hollow Family Clinic",
        "# Fill history",
        "|Date|Drug|Strength|Qty|Days|Note|",
        "|01/06/2025|sertraline|50 mg|30|30|new|",
        "|02/04/2025|sertraline|100 mg|30|30|dose up|",
        "|03/31/2025|sertraline|100 mg|30|30||",
        "|05/01/2025|vortioxetine|10 mg|30|30|new|",
        "|06/02/2025|aripiprazole|2 mg|30|30|new|",
        "|06/02/2025|vortioxetine|10 mg|30|30||",
        "|08/04/2025|bupropion XL|150 mg|30|30|new|",
        "|09/02/2025|bupropion XL|300 mg|30|30|dose up|",
        "|11/02/2026|bupropion XL|300 mg|90|90|refill|",
        "|11/02/2026|metformin|1000 mg|180|90|refill|",
        "|11/02/2026|amlodipine|5 mg|90|90|refill|",
        "|11/02/2026|trazodone|50 mg|90|90|for sleep|",
        "# Pharmacist notes",
        "03/31/2025 (R. Bexley, PharmD): pt says the sertraline does not help at all after 12 weeks. Faxed prescriber.",
        "05/01/2025: sertraline discontinued by Dr. Ilunga - no benefit. Vortioxetine started.",
        "06/10/2025: aripiprazole 2 mg never started - pt afraid of weight gain; returned for disposal.",
        "07/15/2025: vortioxetine Rx cancelled by prescriber - vomiting daily per pt.",
        "10/01/2026 (MTM review, R. Bexley): on bupropion XL 300 mg pt says she feels like herself again. PHQ-9 "
        "today 4. Adherent by fill dates.",
        "Family profile: son (separate profile) fills escitalopram - not this patient.",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-01-06", "2025-05-01",
          "does not help at all after 12 weeks; discontinued - no benefit", "no_response",
          "pt says the sertraline does not help at all after 12 weeks."),
        R("vortioxetine", "multimodal", "antidepressant", "10 mg", "2025-05-01", "2025-07-15",
          "Rx cancelled by prescriber - vomiting daily per pt", "side_effects",
          "vortioxetine Rx cancelled by prescriber - vomiting daily per pt."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2025-08-04", None, "feels like herself again",
          "remission", "on bupropion XL 300 mg pt says she feels like herself again."),
    ],
    scales=[S("PHQ-9", 4, "2026-10-01", "PHQ-9 today 4.")],
    diagnoses=[D("F33.1", "Diagnosis codes on file: F33.1, E11.9, I10"),
               D("E11.9", "Diagnosis codes on file: F33.1, E11.9, I10"),
               D("I10", "Diagnosis codes on file: F33.1, E11.9, I10")],
    suicidality=None,
))

# ---------------------------------------------------------------------------------------------------------- 08
CASES.append(dict(
    id="54-08-typed-1979-private-sanatorium-discharge-letter-and-1981-follow-up-pdf",
    note="FICTIONAL case. Typed 1979 discharge letter from a private sanatorium (p. 1, with a 2026 records-office "
         "cover line) and a 1981 follow-up letter (p. 2), PDF. Rows: amitriptyline 1977 (so drowsy she slept through "
         "the day, stopped after five weeks: side effects), imipramine 01/1978-09/1978 (better but not well: partial), "
         "ECT 9 treatments 1979-02-07 to 1979-03-09 (full remission: neuromodulation), phenelzine from 12/1980 ('no "
         "better' at four months: no response, open at the 1981 letter). Not rows: chlordiazepoxide on admission for "
         "agitation, lithium considered and rejected, the mother's ECT in the 1950s. ICD-9 296.2 is not a code row.",
    docs=[dict(file="sanatorium_letters_1979_1981.pdf", fmt="pdf", pages=[[
        "# Records copy - Elmhurst Glen Fictional Health archive (FICTIONAL record, invented patient)",
        "Copied 09/30/2026 at the patient's request. Current problem list (2026): F33.1. Archive (207) 555-0118.",
        "# THE LINDENHOF SANATORIUM (FICTIONAL), Harrow Falls",
        "April 20, 1979",
        "Dear Dr. Quennell,",
        "Re: Mrs. Henrietta Blaisdell-Moss (FICTIONAL), born 1948, admitted February 5, 1979, discharged April 19, 1979.",
        "Mrs. Blaisdell-Moss was admitted after an overdose of her amitriptyline tablets in January 1979, taken "
        "with the intention of dying, at a time when she was no longer meant to be taking them.",
        "Her earlier treatment, as far as we can establish: amitriptyline 150 mg at night in 1977, which made her "
        "so drowsy that she slept through the day, and her mouth was parched; it was stopped after five weeks. "
        "Imipramine was then given from January to September 1978, up to 200 mg a day; she was better on it but "
        "never well, a partial response in our view, and it was withdrawn in September.",
        "On admission her Hamilton rating (HAM-D) was 27 on February 5. Chlordiazepoxide was given for agitation "
        "for the first week only. Lithium was considered and rejected. Her mother had ECT in the 1950s, with "
        "benefit, which she mentioned with some hope.",
        "She had a course of nine electroconvulsive treatments, from February 7 to March 9, 1979. She came into a "
        "full remission; her HAM-D was 5 on April 18, 1979. She leaves on no antidepressant.",
        "Diagnosis (ICD-9): 296.2, depressive psychosis, severe single episode, now remitted.",
        "Yours sincerely, Dr. Augustin Pelletier-Rowe (FICTIONAL), Medical Superintendent",
    ], [
        "# THE LINDENHOF SANATORIUM (FICTIONAL) - outpatient department",
        "June 12, 1981",
        "Dear Dr. Quennell,",
        "Re: Mrs. Henrietta Blaisdell-Moss (FICTIONAL).",
        "I saw Mrs. Blaisdell-Moss again today. She remained well, on no medication, until November 1980, when the "
        "depression returned. I started phenelzine in December 1980 and raised it to 45 mg a day. After four months "
        "on it she says she is \"no better\", and I agree; she is flat, slow, and sleeps badly. She keeps to the "
        "diet. We will give it a little longer before thinking again of ECT.",
        "No suicidal thoughts at present.",
        "Yours sincerely, Dr. Augustin Pelletier-Rowe (FICTIONAL)",
    ]])],
    history=[
        R("amitriptyline", "TCA", "antidepressant", "150 mg", "1977", "1977",
          "so drowsy that she slept through the day, mouth parched; stopped after five weeks", "side_effects",
          "so drowsy that she slept through the day, and her mouth was parched; it was stopped after five weeks."),
        R("imipramine", "TCA", "antidepressant", "200 mg", "1978-01", "1978-09",
          "better on it but never well, a partial response", "partial_response",
          "she was better on it but never well, a partial response in our view"),
        R("ECT", "electroconvulsive therapy", "neuromodulation", "9 treatments", "1979-02-07", "1979-03-09",
          "came into a full remission; HAM-D 27 -> 5", "remission",
          "She came into a full remission; her HAM-D was 5 on April 18, 1979."),
        R("phenelzine", "MAOI", "antidepressant", "45 mg", "1980-12", None,
          "after four months on it she says she is \"no better\"", "no_response",
          "After four months on it she says she is \"no better\", and I agree", page=2),
    ],
    scales=[S("HAM-D", 27, "1979-02-05", "On admission her Hamilton rating (HAM-D) was 27 on February 5."),
            S("HAM-D", 5, "1979-04-18", "her HAM-D was 5 on April 18, 1979.")],
    diagnoses=[D("F33.1", "Current problem list (2026): F33.1.")],
    suicidality=SU("attempt", "admitted after an overdose of her amitriptyline tablets in January 1979, taken with the intention of dying"),
))

# ---------------------------------------------------------------------------------------------------------- 09
CASES.append(dict(
    id="54-09-well-being-therapy-sequential-treatment-session-notes-txt",
    note="FICTIONAL case. Psychologist's session notes for well-being therapy given after CBT (sequential treatment), "
         "TXT. Rows: CBT 16 sessions 01/2025-05/2025 (scores about halved, better but not well: partial), well-being "
         "therapy 8 sessions 2026-06-02 to 2026-09-22 ('fully back', PHQ-9 3: remission), fluoxetine 40 mg since "
         "10/2024 (helps her get out of bed, her mood itself has not changed: no response, current). Not rows: quetiapine "
         "suggested and declined, the partner's venlafaxine, melatonin. Suicidality passive (2023 death wishes).",
    docs=[dict(file="wbt_session_notes.txt", fmt="txt", pages=[[
        "# HARBORLIGHT PSYCHOLOGY GROUP - SESSION NOTES (FICTIONAL RECORD, invented client)",
        "Client: Saoirse Vandermolen (FICTIONAL)   File FICT-54-4471   Office (503) 555-0145",
        "Clinician: Dr. Benedek Arcaro, PsyD (FICTIONAL)",
        "# Background (from intake 06/02/2026)",
        "Diagnosis F33.1, recurrent major depression, moderate. CBT with me, 16 sessions from 01/2025 to 05/2025: "
        "her scores fell by about half; she was better but not well at the end, and residual low mood and poor "
        "sleep stayed.",
        "Fluoxetine 40 mg since 10/2024, prescribed by her psychiatrist. She says \"it helps me get out of bed, but "
        "my mood itself hasn't changed.\" Her psychiatrist suggested adding quetiapine; she declined it.",
        "Her partner takes venlafaxine; she takes melatonin some nights.",
        "Passive death wishes in 2023 (\"I wished I could just not exist\"); none since. No plan or attempt ever.",
        "Plan: well-being therapy, 8 sessions, to work on the residual symptoms.",
        "# Sessions",
        "06/02/2026  WBT 1. Well-being diary introduced. PHQ-9 14, GAD-7 10.",
        "06/23/2026  WBT 3. Notices moments of enjoyment, cuts them short with worry.",
        "07/21/2026  WBT 5. Autonomy and environmental mastery. Sleep a little better.",
        "08/18/2026  WBT 7. Diary shows longer good stretches.",
        "09/22/2026  WBT 8, final. She says she is \"fully back - like before all this.\" PHQ-9 3, GAD-7 4. Denies "
        "suicidal thoughts. Course complete; booster in 3 months.",
    ]])],
    history=[
        R("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2025-01", "2025-05",
          "her scores fell by about half; better but not well at the end", "partial_response",
          "her scores fell by about half; she was better but not well at the end"),
        R("well-being therapy", "psychotherapy", "psychotherapy", "8 sessions", "2026-06-02", "2026-09-22",
          "\"fully back - like before all this.\" PHQ-9 3", "remission",
          "She says she is \"fully back - like before all this.\" PHQ-9 3, GAD-7 4."),
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2024-10", None,
          "it helps me get out of bed, but my mood itself hasn't changed", "no_response",
          "\"it helps me get out of bed, but my mood itself hasn't changed.\""),
    ],
    scales=[S("PHQ-9", 14, "2026-06-02", "PHQ-9 14, GAD-7 10."), S("GAD-7", 10, "2026-06-02", "PHQ-9 14, GAD-7 10."),
            S("PHQ-9", 3, "2026-09-22", "PHQ-9 3, GAD-7 4."), S("GAD-7", 4, "2026-09-22", "PHQ-9 3, GAD-7 4.")],
    diagnoses=[D("F33.1", "Diagnosis F33.1, recurrent major depression, moderate.")],
    suicidality=SU("passive", "Passive death wishes in 2023"),
))

# ---------------------------------------------------------------------------------------------------------- 10
CASES.append(dict(
    id="54-10-primary-care-shared-medical-appointment-diabetes-and-mood-notes-docx",
    note="FICTIONAL case. Primary care shared medical appointment (group visit for diabetes and mood): this member's "
         "individual note, DOCX with a medication table. Rows: duloxetine 02/2024-08/2024 (nausea every morning, he "
         "stopped it: side effects), sertraline 09/2024-10/2025 (worked well for a few months, by summer 2025 like "
         "taking nothing: relapse), behavioral activation in the group, 6 sessions 09/2025-11/2025 (walks daily, mood "
         "no different: no response), escitalopram since 11/2025 ('60% of my old self': partial, current). Not rows: "
         "another group member's bupropion, metformin, semaglutide, atorvastatin, the group's diabetes education.",
    docs=[dict(file="shared_appointment_note.docx", fmt="docx",
               header="FICTIONAL record - invented patient and clinic", pages=[[
        "# Juniper Flats Fictional Family Health - Shared Medical Appointment, individual note (FICTIONAL)",
        "Member: Cornelius Abernethy-Tsosie (FICTIONAL)   MRN FICT-54-2093   Visit 10/14/2026   Clinic (928) 555-0132",
        "Group: Diabetes and Mood, session 9 of 12. Facilitators: Dr. Philippa Novak (FICTIONAL), RN E. Castellanos.",
        "# Individual segment",
        "Duloxetine 60 mg from 02/2024, tried for his mood and his foot tingling: nausea every morning and he "
        "stopped it in 08/2024.",
        "Sertraline up to 150 mg from 09/2024. It worked well for a few months; by summer 2025 it was like taking "
        "nothing. Stopped in 10/2025.",
        "Behavioral activation within this group, 6 sessions from 09/2025 to 11/2025: he walks daily now, but his "
        "mood is no different.",
        "Escitalopram 20 mg since 11/2025. Today: \"I'm about 60% of my old self.\" Still low in the evenings.",
        "Another group member described taking bupropion; he asked about it. Not prescribed to him.",
        "PHQ-9 today 13, GAD-7 8. Denies suicidal thoughts.",
        "|Medication|Dose|Indication|",
        "|escitalopram|20 mg daily|depression|",
        "|metformin|1000 mg twice daily|type 2 diabetes|",
        "|semaglutide|1 mg weekly|type 2 diabetes|",
        "|atorvastatin|40 mg daily|cholesterol|",
        "|Code|Problem|",
        "|E11.9|type 2 diabetes mellitus without complications|",
        "|F33.1|major depressive disorder, recurrent, moderate|",
        "Plan: continue escitalopram; A1c in 6 weeks; group session 10 on 10/28/2026.",
    ]])],
    history=[
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-02", "2024-08",
          "nausea every morning and he stopped it", "side_effects",
          "nausea every morning and he stopped it in 08/2024."),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2024-09", "2025-10",
          "worked well for a few months; by summer 2025 it was like taking nothing", "relapse",
          "It worked well for a few months; by summer 2025 it was like taking nothing."),
        R("behavioral activation", "psychotherapy", "psychotherapy", "6 sessions", "2025-09", "2025-11",
          "he walks daily now, but his mood is no different", "no_response",
          "he walks daily now, but his mood is no different."),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-11", None,
          "I'm about 60% of my old self; still low in the evenings", "partial_response",
          "Today: \"I'm about 60% of my old self.\""),
    ],
    scales=[S("PHQ-9", 13, "2026-10-14", "PHQ-9 today 13, GAD-7 8."),
            S("GAD-7", 8, "2026-10-14", "PHQ-9 today 13, GAD-7 8.")],
    diagnoses=[D("E11.9", "E11.9 type 2 diabetes mellitus without complications"),
               D("F33.1", "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=SU("none", "Denies suicidal thoughts."),
))

# ---------------------------------------------------------------------------------------------------------- 11
CASES.append(dict(
    id="54-11-mood-and-sleep-timing-psychiatry-clinic-chronotherapy-visits-pdf",
    note="FICTIONAL case. Psychiatry clinic for mood and sleep timing (delayed sleep phase), two visits, 2-page PDF. "
         "Rows: nortriptyline 2023 (does not know whether it helped: unknown), sertraline since 06/2024 ('a partial "
         "response, not a remission': partial, current), lamotrigine added 03/2025-06/2025 (rash, stopped: "
         "augmentation, side effects), bright light therapy 11/2025-02/2026 (sleep timing better, mood did not change: "
         "other, no response), one night of wake therapy 2026-10-06 (better next day, gone by the weekend: other, "
         "relapse). Not rows: melatonin 0.5 mg for sleep timing, lithium only discussed, the brother's fluoxetine.",
    docs=[dict(file="chronotherapy_clinic_visits.pdf", fmt="pdf", pages=[[
        "# Northgate Fictional Mood and Sleep Timing Clinic - psychiatry (FICTIONAL record)",
        "Patient: Anneliese Ravensworth (FICTIONAL)   MRN FICT-54-1187   Clinic (612) 555-0109",
        "# Visit 10/05/2026 - Dr. Corentin Mbeki (FICTIONAL)",
        "42-year-old with recurrent depression and a delayed sleep phase since her teens.",
        "Treatment so far:",
        "- Nortriptyline 75 mg through 2023 from a previous psychiatrist; she does not know whether it helped.",
        "- Sertraline since 06/2024, now 200 mg: a partial response, not a remission.",
        "- Lamotrigine added to sertraline from 03/2025 to 06/2025, up to 100 mg; a rash on her chest, so it was "
        "stopped.",
        "- Bright light therapy, 10,000 lux for 30 minutes each morning, 11/2025 to 02/2026: her sleep timing moved "
        "earlier, but her mood did not change.",
        "Melatonin 0.5 mg at 8 pm continues for sleep timing. Her brother takes fluoxetine. Lithium was discussed as "
        "a later option; she would rather not.",
        "HAM-D 21 today.",
        "Passive thoughts last month \"that it would be easier not to be here\"; none today, no plan, no intent.",
        "Plan: one night of wake therapy (total sleep deprivation) on 10/06/2026 in the clinic's evening program, "
        "then phase advance; continue sertraline.",
    ], [
        "# Visit 10/26/2026 - Dr. Corentin Mbeki (FICTIONAL)",
        "Wake therapy was done on 10/06/2026 as planned. She felt clearly better the next day; by the weekend the "
        "improvement was gone.",
        "On sertraline 200 mg: the same partial benefit as before.",
        "HAM-D 19 today.",
        "|Code|Diagnosis|",
        "|F33.1|major depressive disorder, recurrent, moderate|",
        "|G47.21|circadian rhythm sleep disorder, delayed sleep phase type|",
        "Plan: discuss adding a second antidepressant at the next visit; continue melatonin.",
    ]])],
    history=[
        R("nortriptyline", "TCA", "antidepressant", "75 mg", "2023", "2023", "she does not know whether it helped",
          "unknown", "Nortriptyline 75 mg through 2023 from a previous psychiatrist; she does not know whether it helped."),
        R("sertraline", "SSRI", "antidepressant", "200 mg", "2024-06", None, "a partial response, not a remission",
          "partial_response", "Sertraline since 06/2024, now 200 mg: a partial response, not a remission."),
        R("lamotrigine", "mood stabilizer", "augmentation", "100 mg", "2025-03", "2025-06",
          "a rash on her chest, so it was stopped", "side_effects", "a rash on her chest, so it was stopped."),
        R("bright light therapy", "light therapy", "other", "10,000 lux for 30 minutes", "2025-11", "2026-02",
          "her sleep timing moved earlier, but her mood did not change", "no_response",
          "her sleep timing moved earlier, but her mood did not change."),
        R("wake therapy", "chronotherapy", "other", "one night", "2026-10-06", "2026-10-06",
          "felt clearly better the next day; by the weekend the improvement was gone", "relapse",
          "She felt clearly better the next day; by the weekend the improvement was gone.", page=2),
    ],
    scales=[S("HAM-D", 21, "2026-10-05", "HAM-D 21 today."), S("HAM-D", 19, "2026-10-26", "HAM-D 19 today.", page=2)],
    diagnoses=[D("F33.1", "F33.1 major depressive disorder, recurrent, moderate", page=2),
               D("G47.21", "G47.21 circadian rhythm sleep disorder, delayed sleep phase type", page=2)],
    suicidality=SU("passive", "Passive thoughts last month \"that it would be easier not to be here\""),
))

# ---------------------------------------------------------------------------------------------------------- 12
CASES.append(dict(
    id="54-12-phantom-limb-pain-amputation-pain-clinic-notes-pdf",
    note="FICTIONAL case. Pain clinic notes for phantom limb pain after an above-knee amputation, 2-page PDF; records "
         "code the pain (G54.6), so pain medicines tried for it are rows of kind other. Rows: gabapentin 03/2025-"
         "08/2025 (no change in the phantom pain: other, no response), pregabalin 09/2025-01/2026 (so dizzy she fell, "
         "stopped: other, side effects), memantine 02/2026-06/2026 (8/10 before, 7/10 after, no real change: other, "
         "no response), sertraline for depression since 06/2025 (about half better: partial, current). Not rows: "
         "mirror therapy and prosthetic training (rehabilitation, not medicines), ketamine infusions proposed and "
         "denied by the plan, acetaminophen as needed, oxycodone only in hospital after the surgery (no trial told), "
         "the husband's tramadol.",
    docs=[dict(file="phantom_pain_clinic_notes.pdf", fmt="pdf", pages=[[
        "# Cedar Basin Fictional Pain Medicine - clinic notes (FICTIONAL record, invented patient)",
        "Patient: Rosalind Eberhardt-Nkemelu (FICTIONAL)   MRN FICT-54-9305   Clinic (801) 555-0186",
        "# Visit 09/14/2026 - Dr. Lazarus Whitcombe (FICTIONAL), pain medicine",
        "Left above-knee amputation in 01/2025 after a crush injury. Burning, cramping phantom pain in the missing "
        "foot since 02/2025. Pain today 8/10.",
        "Medicines tried for the phantom pain:",
        "|Medicine|Dates|Highest dose|What happened|",
        "|gabapentin|03/2025 - 08/2025|2400 mg/day|no change in the phantom pain|",
        "|pregabalin|09/2025 - 01/2026|300 mg/day|so dizzy she fell on her crutches; stopped|",
        "|memantine|02/2026 - 06/2026|20 mg/day|8/10 before, 7/10 after 3 months; she says no real change|",
        "Oxycodone was used only in hospital after the surgery. Acetaminophen as needed. Her husband's tramadol is "
        "in the house; she has not taken it.",
        "Mirror therapy and prosthetic gait training with PT continue, with some help for the cramping.",
        "Mood: depression since the injury. Sertraline 100 mg since 06/2025 from her PCP; she says she is \"about "
        "half better\" in mood, not back to herself. PHQ-9 today 15.",
        "Denies suicidal ideation.",
    ], [
        "# Visit 09/14/2026, continued (FICTIONAL record)",
        "|Code|Diagnosis|",
        "|G54.6|phantom limb syndrome with pain|",
        "|Z89.612|acquired absence of left leg above knee|",
        "|F32.1|major depressive disorder, single episode, moderate|",
        "Plan: a course of ketamine infusions was proposed; the plan denied the request on 09/02/2026 and an appeal "
        "is being prepared. Continue mirror therapy and PT. Continue sertraline per PCP. Return in 6 weeks.",
    ]])],
    history=[
        R("gabapentin", "gabapentinoid", "other", "2400 mg/day", "2025-03", "2025-08", "no change in the phantom pain",
          "no_response", "gabapentin 03/2025 - 08/2025 2400 mg/day no change in the phantom pain"),
        R("pregabalin", "gabapentinoid", "other", "300 mg/day", "2025-09", "2026-01",
          "so dizzy she fell on her crutches; stopped", "side_effects",
          "pregabalin 09/2025 - 01/2026 300 mg/day so dizzy she fell on her crutches; stopped"),
        R("memantine", "NMDA receptor antagonist", "other", "20 mg/day", "2026-02", "2026-06",
          "8/10 before, 7/10 after 3 months; she says no real change", "no_response",
          "memantine 02/2026 - 06/2026 20 mg/day 8/10 before, 7/10 after 3 months; she says no real change"),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-06", None,
          "about half better in mood, not back to herself", "partial_response",
          "she says she is \"about half better\" in mood, not back to herself."),
    ],
    scales=[S("pain NRS", 8, "2026-09-14", "Pain today 8/10."), S("PHQ-9", 15, "2026-09-14", "PHQ-9 today 15.")],
    diagnoses=[D("G54.6", "G54.6 phantom limb syndrome with pain", page=2),
               D("Z89.612", "Z89.612 acquired absence of left leg above knee", page=2),
               D("F32.1", "F32.1 major depressive disorder, single episode, moderate", page=2)],
    suicidality=SU("none", "Denies suicidal ideation."),
))
