"""FICTIONAL set 24, cases 06-11 (every person, clinic, number here is invented)."""
from helpers import D, H, S, SU

CASES = []

# ------------------------------------------------------------------ 06 oral surgeon medication-history form (image-only scan)
F = "brightwater_oral_surgery_med_history_form_scan.pdf"
r_trin = ["Trintellix", "10 mg", "Yes", "04/2026", "-", "depression - helps some, not all the way"]
r_zol = ["Zoloft", "100 mg", "No", "2022", "2023", "made me shaky + sweaty, quit"]
r_eff = ["Effexor XR", "75 mg", "No", "2023", "2024", "did not help at all"]
r_abi = ["Abilify", "5 mg", "No", "06/2026", "08/2026", "added to Trintellix - gained 15 lb, stopped"]
r_cbt = ["Counseling (CBT)", "12 visits", "No", "2024", "2024", "helped a lot - back to work, felt normal"]
r_wel = ["Wellbutrin", "150 mg", "Yes", "09/2026", "-", "added to Trintellix - too soon to tell"]
p1 = [("h", "BRIGHTWATER ORAL & MAXILLOFACIAL SURGERY - MEDICATION HISTORY (FICTIONAL FORM)"),
      ("l", "Patient: Teodora Marsh (FICTIONAL)   Chart OS-FICT-2290   Date: 11/02/2026"),
      ("l", "Procedure planned: removal of impacted wisdom teeth (K01.1)   Sedation: IV moderate"),
      ("l", "List EVERY medicine you take now or took in the last 5 years:"),
      ("t", [["Medicine", "Dose", "Now?", "Start", "Stop", "What it was for / what happened"],
             r_trin, r_zol, r_eff, r_abi, r_cbt, r_wel,
             ["Ambien", "5 mg", "Yes", "2025", "-", "sleep only, some nights"],
             ["Ibuprofen", "600 mg", "as needed", "", "", "cramps"],
             ["Oxycodone", "5 mg", "No", "", "", "dentist Rx 2024, never filled"],
             ["Birth control", "", "Yes", "", "", ""]]),
      ("l", "Allergies: penicillin (hives).   Medical problems: depression (F33.1), migraines."),
      ("l", "Mother takes lithium - does that matter for sedation?  (I have never taken it.)"),
      ("l", "Staff use: chlorhexidine rinse and amoxicillin not given (allergy); clindamycin 600 mg pre-op."),
      ("l", "Patient signature: T. Marsh        Reviewed by: J.O., DDS (FICTIONAL)")]
CASES.append(dict(
    slug="06-oral-surgery-medication-history-form-scan",
    docs=[dict(file=F, fmt="scan", header="FICTIONAL SAMPLE FORM - invented oral surgery practice", pages=[p1])],
    note="FICTIONAL case. An oral surgeon's patient-filled medication history form, image-only scanned PDF (one page). Rows from the table: vortioxetine (helps some: partial, current), sertraline (shaky, sweaty: side effects), venlafaxine XR (no response), aripiprazole added to Trintellix (weight gain: augmentation, side effects), counseling CBT 12 visits (remission), bupropion added to Trintellix (antidepressant, too soon: unknown). Not rows: Ambien for sleep, ibuprofen as needed, oxycodone never filled, birth control, mother's lithium, clindamycin/chlorhexidine/amoxicillin (procedure). No suicidality statement: null.",
    history=[
        H("vortioxetine", "multimodal", "antidepressant", "10 mg", "2026-04", None, "helps some, not all the way", "partial_response", F, 1, " ".join(r_trin)),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2022", "2023", "made me shaky + sweaty, quit", "side_effects", F, 1, " ".join(r_zol)),
        H("venlafaxine", "SNRI", "antidepressant", "75 mg", "2023", "2024", "did not help at all", "no_response", F, 1, " ".join(r_eff)),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-06", "2026-08", "gained 15 lb, stopped", "side_effects", F, 1, " ".join(r_abi)),
        H("CBT", "psychotherapy", "psychotherapy", "12 visits", "2024", "2024", "helped a lot - back to work, felt normal", "remission", F, 1, " ".join(r_cbt)),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2026-09", None, "added to Trintellix - too soon to tell", "unknown", F, 1, " ".join(r_wel)),
    ],
    scales=[],
    diagnoses=[D("K01.1", F, 1, "(K01.1)"), D("F33.1", F, 1, "depression (F33.1)")],
    suicidality=SU(None)))

# ------------------------------------------------------------------ 07 fertility clinic psychology consult (DOCX)
F = "cedarbend_fertility_psychology_consult_ashworth.docx"
s_s1 = "Sertraline 50-100 mg from 2019 to 2021 brought her back to herself; she tapered off with her doctor in 2021 while well."
s_bup = "Bupropion XL 150 mg in 2022 made her anxiety \"go through the roof\" within three weeks and she stopped it."
s_ipt = "Interpersonal psychotherapy, 12 sessions in 2023, after her miscarriage: \"I felt like myself again by the end.\""
s_s2 = "Sertraline was restarted at 50 mg in 04/2025 and raised to 100 mg in 01/2026; she is \"maybe 50 percent better\" on it."
s_mbsr = "She took an 8-week mindfulness course through the clinic in 2026 for treatment stress; it helped her cope with injections."
s_cbt7 = "In college (2014) she had 8 sessions of CBT at the counseling center: \"useful skills, but I was still depressed.\""
s_si = "She had one stretch in 2019 of thinking she would be better off dead, never with a plan; none since, none today."
pg = [("h", "Cedarbend Fertility Center - Psychology Consultation (FICTIONAL RECORD)"),
      ("t", [["Patient", "Partner", "Date", "Record"], ["Priya Ashworth (FICTIONAL)", "Daniel Ashworth", "10/14/2026", "FC-FICT-1180"]]),
      ("h", "Reason"),
      ("p", "Routine pre-IVF psychology consult; she asked whether to stay on her antidepressant during treatment."),
      ("h", "Psychiatric history"),
      ("p", s_cbt7 + " " + s_s1 + " " + s_bup + " " + s_ipt + " " + s_s2),
      ("p", s_mbsr + " Her husband takes escitalopram; she has not. Lorazepam 0.5 mg is prescribed as needed before egg retrieval."),
      ("p", s_si),
      ("h", "Reproductive treatment"),
      ("p", "Clomiphene cycles x3 in 2025, letrozole in 2026, progesterone in the luteal phase. IVF planned for 01/2027."),
      ("h", "Screens today"),
      ("t", [["Scale", "Score", "Date"], ["PHQ-9", "10", "10/14/2026"], ["GAD-7", "12", "10/14/2026"]]),
      ("h", "Diagnoses"),
      ("l", "N97.9 Female infertility, unspecified; F33.1 Major depressive disorder, recurrent, moderate; F41.1 Generalized anxiety disorder"),
      ("h", "Recommendations"),
      ("p", "Continue sertraline 100 mg through IVF. Consider adding weekly psychotherapy during the IVF cycle. Reassess after transfer.")]
CASES.append(dict(
    slug="07-fertility-center-psychology-consult-docx",
    docs=[dict(file=F, fmt="docx", header="FICTIONAL - Cedarbend Fertility Center, invented", pages=[pg])],
    note="FICTIONAL case. Fertility-center psychology consult, DOCX. Rows: CBT 8 sessions in college (skills, still depressed: no response), sertraline twice (2019-2021 tapered when well: remission; from 04/2025, 50 percent better: partial, current), bupropion XL (anxiety: side effects), IPT 12 sessions (remission). Not rows: mindfulness course for treatment stress, husband's escitalopram, lorazepam as needed, clomiphene/letrozole/progesterone, planned psychotherapy.",
    history=[
        H("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2014", "2014", "useful skills, but I was still depressed", "no_response", F, 1, s_cbt7),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2019", "2021", "brought her back to herself; tapered off while well", "remission", F, 1, s_s1),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2022", "2022", "anxiety went through the roof; stopped", "side_effects", F, 1, s_bup),
        H("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2023", "2023", "I felt like myself again by the end", "remission", F, 1, s_ipt),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-04", None, "maybe 50 percent better", "partial_response", F, 1, s_s2),
    ],
    scales=[S("PHQ-9", 10, "2026-10-14", F, 1, "PHQ-9 10 10/14/2026"), S("GAD-7", 12, "2026-10-14", F, 1, "GAD-7 12 10/14/2026")],
    diagnoses=[D("N97.9", F, 1, "N97.9 Female infertility"), D("F33.1", F, 1, "F33.1 Major depressive disorder"), D("F41.1", F, 1, "F41.1 Generalized anxiety disorder")],
    suicidality=SU("passive", F, 1, "thinking she would be better off dead, never with a plan")))

# ------------------------------------------------------------------ 08 primary care annual visit with depression screen (PDF, 2 pages)
F = "oakhollow_family_medicine_annual_visit_brandt.pdf"
s_cit = "Citalopram 20 mg 2018-2019: felt \"blunted, like a wet blanket\"; stopped."
s_cou = "Counseling with a licensed counselor, 8 sessions in 2019: no change in mood."
s_ven = "Venlafaxine XR 150 mg 2020-2021 put him in remission within three months; he stopped it when he changed insurance and could not afford it."
s_esc = "Escitalopram 10 mg daily since 02/2024 (carried forward on the medication list): he says it has helped \"a bit.\""
s_dul = "Duloxetine 30 mg was tried in 2022 for his back and his mood for six weeks; nausea every morning, stopped."
s_esc2 = "Escitalopram: partial response only after more than two years at 10 mg."
p1 = [("h", "Oakhollow Family Medicine - Annual Wellness Visit (FICTIONAL RECORD)"),
      ("l", "Patient: Gerhard Brandt (FICTIONAL), 55 M   MRN FM-FICT-60021   Date of service: 11/30/2026"),
      ("h", "Medication list (reconciled)"),
      ("t", [["Medication", "Sig", "Status"], ["atorvastatin 40 mg", "daily", "active"], ["lisinopril 20 mg", "daily", "active"],
             ["metformin 1000 mg", "twice daily", "active"], ["escitalopram 10 mg", "daily", "active (since 02/2024)"],
             ["mirtazapine 7.5 mg", "at bedtime for sleep", "active"], ["sildenafil 50 mg", "as needed", "active"]]),
      ("h", "Screening"),
      ("p", "PHQ-2 positive (4), so PHQ-9 given: PHQ-9 17 on 11/30/2026; item 9 scored 1. GAD-7 8. "
            "Prior screens: PHQ-9 6 on 11/24/2025 (last annual visit)."),
      ("p", "On item 9 he describes passive thoughts of not waking up, a few days in the last two weeks; no plan, no intent, no firearms at home."),
      ("h", "Depression history"),
      ("p", s_cit + " " + s_cou + " " + s_ven + " " + s_dul + " " + s_esc)]
p2 = [("h", "Assessment and plan"),
      ("t", [["Code", "Problem"], ["F32.1", "Major depressive disorder, single episode, moderate"], ["E11.9", "Type 2 diabetes"], ["I10", "Hypertension"], ["E78.5", "Hyperlipidemia"]]),
      ("p", s_esc2 + " Increase escitalopram to 20 mg daily. Refer to behavioral health for CBT; he is on the waitlist. "
            "His wife's sertraline is in the house; he has never taken it. Safety plan reviewed. Recheck PHQ-9 in 4 weeks."),
      ("p", "A1c 7.4. Colon cancer screening up to date. Flu vaccine given.")]
CASES.append(dict(
    slug="08-primary-care-annual-visit-depression-screen-pdf",
    docs=[dict(file=F, fmt="pdf", header="FICTIONAL - Oakhollow Family Medicine, invented practice", pages=[p1, p2])],
    note="FICTIONAL case. Primary-care annual wellness visit with a depression screen, 2-page PDF. Rows: citalopram (blunted: side effects), counseling 8 sessions (no response), venlafaxine XR (remission; stopped for cost, which decides nothing), duloxetine (nausea: side effects), escitalopram (carried-forward med list; 'a bit', judged p. 2 partial, current). Not rows: mirtazapine 7.5 mg for sleep, atorvastatin, lisinopril, metformin, sildenafil, CBT referral (waitlist), wife's sertraline, escitalopram increase planned.",
    history=[
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2018", "2019", "felt blunted, like a wet blanket; stopped", "side_effects", F, 1, s_cit),
        H("counseling", "psychotherapy", "psychotherapy", "8 sessions", "2019", "2019", "no change in mood", "no_response", F, 1, s_cou),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2020", "2021", "in remission within three months; stopped when he could not afford it", "remission", F, 1, s_ven),
        H("duloxetine", "SNRI", "antidepressant", "30 mg", "2022", "2022", "nausea every morning, stopped", "side_effects", F, 1, s_dul),
        H("escitalopram", "SSRI", "antidepressant", "10 mg daily", "2024-02", None, "helped a bit; partial response only", "partial_response", F, 2, s_esc2),
    ],
    scales=[S("PHQ-9", 17, "2026-11-30", F, 1, "PHQ-9 17 on 11/30/2026"), S("GAD-7", 8, "2026-11-30", F, 1, "GAD-7 8."),
            S("PHQ-9", 6, "2025-11-24", F, 1, "PHQ-9 6 on 11/24/2025")],
    diagnoses=[D("F32.1", F, 2, "F32.1 Major depressive disorder"), D("E11.9", F, 2, "E11.9 Type 2 diabetes"), D("I10", F, 2, "I10 Hypertension"), D("E78.5", F, 2, "E78.5 Hyperlipidemia")],
    suicidality=SU("passive", F, 1, "passive thoughts of not waking up")))

# ------------------------------------------------------------------ 09 gastroenterology IBS notes (TXT, three visits)
F = "marlow_gi_associates_visit_notes_odonnell.txt"
s_flx = "fluoxetine 20 mg for most of 2023 - \"no help for my mood at all\""
s_ser9 = "sertraline 100 mg 2021-2022 - \"helped about halfway\" but she gained 25 pounds and switched"
s_cbt = "CBT for depression, 16 sessions (01/2024-05/2024): mood improved, but not all the way"
s_dul = "Duloxetine 60 mg (psychiatrist, 03/2025) stopped 08/2025: the nausea made her IBS flare every day."
s_dvf = "Desvenlafaxine 50 mg (psychiatrist) since 09/2025. Mood \"steady, about 70 percent\"."
s_dvf3 = "Desvenlafaxine continues; she calls her mood \"about 70 percent, not 100\" - partial response per her psychiatrist's letter."
s_amit = "Amitriptyline 10 mg at night for abdominal pain (IBS), raised to 25 mg on 06/03/2026."
v1 = [("h", "VISIT 03/11/2026 - follow-up IBS-D"),
      ("p", "Diagnoses: K58.0 irritable bowel syndrome with diarrhea; F33.1 recurrent major depression, moderate (psychiatry: Dr. R. Faulk, FICTIONAL)."),
      ("p", "Psych history per patient: " + s_ser9 + "; " + s_flx + "; " + s_cbt + ". " + s_dul + " " + s_dvf),
      ("p", "GI meds: loperamide 2 mg as needed; dicyclomine 20 mg as needed for cramps; rifaximin course 02/2026 (bloating better). "
            "Gut-directed hypnotherapy, 7 sessions, completed 01/2026 for IBS: pain days fewer."),
      ("p", "PHQ-9 9, GAD-7 11 today. Denies suicidal ideation."),
      ("h", "VISIT 06/03/2026"),
      ("p", s_amit + " Her mother's citalopram was suggested by a relative; we advised against it."),
      ("h", "VISIT 11/12/2026"),
      ("p", "IBS pain days down to 4 a month on amitriptyline 25 mg. " + s_dvf3 + " GAD-7 11 on 11/12/2026. PHQ-9 8. Denies SI."),
      ("p", "Plan: continue. Psychiatrist considering adding aripiprazole - not started. Low-FODMAP diet review with dietitian.")]
CASES.append(dict(
    slug="09-gastroenterology-ibs-visit-notes-txt",
    docs=[dict(file=F, fmt="txt", header="FICTIONAL RECORD - Marlow GI Associates (invented) - patient Siobhan O'Donnell (FICTIONAL), MRN GI-FICT-4417", pages=[v1])],
    note="FICTIONAL case. Gastroenterology IBS visit notes (three dated visits), plain text. Rows: sertraline 2021-2022 (halfway, weight gain, switched: side effects), fluoxetine 2023 (no response), CBT 16 sessions (improved, not all the way: partial), duloxetine (nausea, IBS flare: side effects), desvenlafaxine (70 percent: partial, current; judged again at the last visit). Not rows: amitriptyline for IBS pain (K58.0), loperamide/dicyclomine as needed, rifaximin, gut-directed hypnotherapy for IBS, the mother's citalopram, aripiprazole considered, diet.",
    history=[
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2021", "2022", "helped about halfway but she gained 25 pounds and switched", "side_effects", F, 1, s_ser9),
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2023", "2023", "no help for my mood at all", "no_response", F, 1, s_flx),
        H("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2024-01", "2024-05", "mood improved, but not all the way", "partial_response", F, 1, s_cbt),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-03", "2025-08", "the nausea made her IBS flare every day", "side_effects", F, 1, s_dul),
        H("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2025-09", None, "about 70 percent, not 100 - partial response", "partial_response", F, 1, s_dvf3),
    ],
    scales=[S("PHQ-9", 9, "2026-03-11", F, 1, "PHQ-9 9, GAD-7 11 today"), S("GAD-7", 11, "2026-03-11", F, 1, "PHQ-9 9, GAD-7 11 today"),
            S("GAD-7", 11, "2026-11-12", F, 1, "GAD-7 11 on 11/12/2026"), S("PHQ-9", 8, "2026-11-12", F, 1, "PHQ-9 8. Denies SI.")],
    diagnoses=[D("K58.0", F, 1, "K58.0 irritable bowel syndrome"), D("F33.1", F, 1, "F33.1 recurrent major depression")],
    suicidality=SU("none", F, 1, "Denies suicidal ideation.")))

# ------------------------------------------------------------------ 10 nota de clinica rural en espanol (PDF, 2 pages)
F = "clinica_rural_valle_seco_nota_consulta_quintero.pdf"
s_flx = "Fluoxetina 20 mg en 2022 durante cuatro meses: \"no sentí ningún cambio\"."
s_ser1 = "Sertralina de 50 a 100 mg de enero de 2023 a marzo de 2024: mejoró mucho y la dejó cuando se sintió bien."
s_tcc = "Terapia de grupo (TCC) de 6 sesiones en el centro comunitario en 2024: dice que no le ayudó."
s_par = "Paroxetina 20 mg en mayo de 2025: le dio mucho sueño y mareo, y la dejó a finales de ese mismo mes."
s_ser2 = "Reinició sertralina 50 mg en junio de 2026; hoy la sube a 100 mg."
s_ser3 = "Con la sertralina dice que está \"un poco mejor, pero sigo triste casi todo el día\": respuesta parcial."
s_si = "A veces desea no despertar, sin plan ni intención."
p1 = [("h", "Clínica Rural Valle Seco - Nota de consulta (MUESTRA FICTICIA / FICTIONAL SAMPLE)"),
      ("l", "Paciente: Rosalba Quintero (FICTICIA), 46 años   Expediente CRV-FICT-0913"),
      ("l", "Fecha: 12 de noviembre de 2026   Atiende: Lic. enf. y médico de pasantía (ficticios)"),
      ("h", "Motivo de consulta"),
      ("p", "Tristeza, cansancio y falta de sueño desde hace un año; control de diabetes."),
      ("h", "Tratamientos previos para la depresión"),
      ("p", s_flx + " " + s_ser1 + " " + s_tcc + " " + s_par),
      ("p", "Nunca ha recibido terapia electroconvulsiva. Su esposo toma diazepam y a veces ella toma una tableta \"cuando no puede dormir\"; se le aconseja no hacerlo. "
            "Amitriptilina 25 mg por la noche, solo para dormir, desde septiembre de 2026."),
      ("p", s_ser2)]
p2 = [("h", "Evaluación (12 de noviembre de 2026)"),
      ("p", s_ser3 + " PHQ-9 de hoy: 15. " + s_si),
      ("p", "Diagnósticos: F32.1 episodio depresivo moderado; E11.9 diabetes tipo 2."),
      ("h", "Plan"),
      ("p", "Sertralina 100 mg diarios. Metformina 850 mg dos veces al día. Se considera mirtazapina si no mejora en 6 semanas. "
            "Cita con psicología en la cabecera municipal (pendiente). Regresar en 4 semanas.")]
CASES.append(dict(
    slug="10-clinica-rural-nota-consulta-espanol-pdf",
    docs=[dict(file=F, fmt="pdf", header="MUESTRA FICTICIA / FICTIONAL - Clínica Rural Valle Seco (inventada)", pages=[p1, p2])],
    note="FICTIONAL case. A rural clinic's visit note in Spanish (MUESTRA FICTICIA), dates written in words, 2-page PDF. Rows: fluoxetine (no change: no response), sertraline first course 2023-2024 (remission), group CBT 6 sessions (no response), paroxetine (sleepy, dizzy: side effects), sertraline second course from 06/2026 (started p. 1, judged p. 2: partial, current). Not rows: husband's diazepam, amitriptilina for sleep, TEC never, mirtazapina considered, psychology appointment pending, metformina.",
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2022", "2022", "no sentí ningún cambio", "no_response", F, 1, s_flx),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2023-01", "2024-03", "mejoró mucho y la dejó cuando se sintió bien", "remission", F, 1, s_ser1),
        H("CBT", "psychotherapy", "psychotherapy", "6 sesiones", "2024", "2024", "no le ayudó", "no_response", F, 1, s_tcc),
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2025-05", "2025-05", "le dio mucho sueño y mareo, y la dejó", "side_effects", F, 1, s_par),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2026-06", None, "un poco mejor, pero sigo triste casi todo el día: respuesta parcial", "partial_response", F, 2, s_ser3),
    ],
    scales=[S("PHQ-9", 15, "2026-11-12", F, 2, "PHQ-9 de hoy: 15")],
    diagnoses=[D("F32.1", F, 2, "F32.1 episodio depresivo moderado"), D("E11.9", F, 2, "E11.9 diabetes tipo 2")],
    suicidality=SU("passive", F, 2, s_si)))

# ------------------------------------------------------------------ 11 menopause clinic visit note (two phone photos, JPEG)
F1 = "menopause_clinic_note_photo1.jpg"
F2 = "menopause_clinic_note_photo2.jpg"
s_esc = "Escitalopram 10 mg 2017-2018 (postpartum): worked; off after a year, well."
s_ven = "Venlafaxine 75 mg 03/2024-10/2024 for mood: hot flashes eased, mood unchanged."
s_vor = "Vortioxetine 10 mg 01/2025-04/2025: nausea daily; stopped."
s_bup = "Bupropion XL 300 mg since 06/2025: \"better on most days\", still low the week before her period."
s_bup2 = "Bupropion: partial response; continue 300 mg (her psychiatrist manages it)."
ph1 = [("h", "Linden Row Midlife & Menopause Clinic (FICTIONAL) - Visit 09/22/2026"),
       ("l", "Pt: Marisol Eberhart (FICTIONAL), 49   MRN MW-FICT-3305   page 1 of 2"),
       ("l", "Dx: N95.1 menopausal and female climacteric states; F33.1 recurrent MDD, moderate"),
       ("h", "Mood history (pt and psychiatry letter 08/2026)"),
       ("l", s_esc), ("l", s_ven), ("l", s_vor), ("l", s_bup),
       ("l", "Never had ECT or TMS. Sister's fluoxetine \"worked wonders\" for her sister - not taken."),
       ("h", "Vasomotor / sleep"),
       ("l", "Paroxetine 7.5 mg at bedtime for hot flashes since 11/2025 (not for mood)."),
       ("l", "Gabapentin 300 mg at night for night sweats and sleep, started 05/2026."),
       ("l", "CBT for menopause symptoms (group, 6 sessions, 2026): sleep and flushes")]
ph2 = [("h", "Linden Row Midlife & Menopause Clinic (FICTIONAL) - 09/22/2026 cont."),
       ("l", "page 2 of 2"),
       ("l", "easier to live with. (Not a depression treatment.)"),
       ("h", "Today"),
       ("l", "PHQ-9 12   GAD-7 7   (both 09/22/2026)"),
       ("l", "Denies thoughts of self-harm or suicide."),
       ("h", "Plan"),
       ("l", s_bup2),
       ("l", "Estradiol 0.05 mg patch twice weekly + micronized progesterone 100 mg nightly: start today."),
       ("l", "Stop paroxetine once the patch controls flushes. Consider adding lithium? - deferred to psychiatry."),
       ("l", "Return 3 months.")]
CASES.append(dict(
    slug="11-menopause-clinic-visit-phone-photos",
    docs=[dict(file=F1, fmt="photo", header="FICTIONAL RECORD - invented clinic - photo 1", pages=[ph1]),
          dict(file=F2, fmt="photo", header="FICTIONAL RECORD - invented clinic - photo 2", pages=[ph2])],
    note="FICTIONAL case. A menopause clinic's visit note photographed as two phone photos (JPEG). Rows: escitalopram postpartum (remission), venlafaxine for mood (flushes eased, mood unchanged: no response), vortioxetine (nausea: side effects), bupropion XL (partial, judged on photo 2, current). Not rows: paroxetine 7.5 mg for hot flashes, gabapentin for night sweats and sleep, CBT for menopause symptoms (not a depression treatment; split across the photos), sister's fluoxetine, ECT/TMS never, estradiol and progesterone, lithium deferred.",
    history=[
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2017", "2018", "worked; off after a year, well", "remission", F1, 1, s_esc),
        H("venlafaxine", "SNRI", "antidepressant", "75 mg", "2024-03", "2024-10", "hot flashes eased, mood unchanged", "no_response", F1, 1, s_ven),
        H("vortioxetine", "multimodal", "antidepressant", "10 mg", "2025-01", "2025-04", "nausea daily; stopped", "side_effects", F1, 1, s_vor),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2025-06", None, "better on most days; partial response", "partial_response", F2, 1, s_bup2),
    ],
    scales=[S("PHQ-9", 12, "2026-09-22", F2, 1, "PHQ-9 12"), S("GAD-7", 7, "2026-09-22", F2, 1, "GAD-7 7")],
    diagnoses=[D("N95.1", F1, 1, "N95.1 menopausal"), D("F33.1", F1, 1, "F33.1 recurrent MDD")],
    suicidality=SU("none", F2, 1, "Denies thoughts of self-harm or suicide.")))

# ------------------------------------------------------------------ 12 post-stroke inpatient rehabilitation discharge (PDF, 2 pages)
F = "westfall_rehab_hospital_discharge_kowalczyk.pdf"
s_nor = "Nortriptyline 75 mg (2012-2014) helped his mood but was stopped after two years for dry mouth and constipation."
s_ect = "ECT, 8 treatments in 2019, brought a remission that lasted until spring 2021, when the depression returned."
s_li = "Lithium 600 mg was added to the escitalopram in 2021 and stopped in 2022 for tremor and a rising creatinine."
s_esc = "Escitalopram 20 mg (2016 to 08/14/2026) gave a partial response for years; it was stopped on 08/14/2026 at the acute hospital because of a sodium of 126."
s_ser = "Sertraline 50 mg was started here on 08/25/2026 for post-stroke depression."
s_ser2 = "Sertraline: PHQ-9 fell from 19 to 11 and he cries less; still flat and withdrawn in the evenings. Partial response; continue."
s_cbt = "CBT with the rehabilitation psychologist, 5 sessions (08/27/2026-09/15/2026): he had trouble remembering the homework, and his mood did not change with it."
s_si = "On admission he said he had thought about ending his life since the stroke, without a plan (C-SSRS 2)."
p1 = [("h", "Westfall Rehabilitation Hospital - Discharge Summary (FICTIONAL RECORD)"),
      ("l", "Patient: Tadeusz Kowalczyk (FICTIONAL), 67   MRN RH-FICT-8870"),
      ("l", "Admitted 08/25/2026   Discharged 09/18/2026"),
      ("h", "Diagnoses"),
      ("t", [["Code", "Diagnosis"], ["I69.351", "Right-sided hemiparesis after ischemic stroke, dominant side"],
             ["F06.32", "Depressive disorder due to stroke, major depressive-like episode"], ["E87.1", "Hyponatremia (resolved)"]]),
      ("h", "Psychiatric history"),
      ("p", "Recurrent depression since his forties. " + s_nor + " " + s_ect + " " + s_li + " " + s_esc),
      ("p", "His wife keeps trazodone for her own sleep; he has not used it. TMS was discussed by psychiatry and is deferred until the stroke is further out."),
      ("h", "Admission"),
      ("p", s_si + " " + s_ser + " Melatonin 3 mg at night for sleep; zolpidem requested by the family and declined.")]
p2 = [("h", "Hospital course - mood"),
      ("p", s_ser2),
      ("p", s_cbt),
      ("t", [["Scale", "Admission 08/25/2026", "Discharge 09/18/2026"], ["PHQ-9", "19", "11"], ["C-SSRS", "2", "0"]]),
      ("h", "Discharge medications"),
      ("t", [["Medication", "Instructions"], ["sertraline 50 mg", "daily (mood)"], ["apixaban 5 mg", "twice daily"],
             ["atorvastatin 80 mg", "daily"], ["baclofen 10 mg", "three times a day (spasticity)"], ["melatonin 3 mg", "at bedtime as needed for sleep"]]),
      ("p", "Follow-up: outpatient psychiatry in 2 weeks to consider raising sertraline to 100 mg; outpatient speech and physical therapy.")]
CASES.append(dict(
    slug="12-post-stroke-rehabilitation-discharge-pdf",
    docs=[dict(file=F, fmt="pdf", header="FICTIONAL - Westfall Rehabilitation Hospital, invented", pages=[p1, p2])],
    note="FICTIONAL case. Inpatient rehabilitation hospital discharge summary after a stroke, 2-page PDF. Rows: nortriptyline (helped, stopped for dry mouth: side effects), ECT 8 treatments 2019 (remission lasting to 2021, then returned: relapse), lithium added to escitalopram (tremor, creatinine: augmentation, side effects), escitalopram (partial for years, stopped for hyponatremia: side effects), sertraline started p. 1 judged p. 2 (partial, current), CBT 5 sessions (no response). Not rows: wife's trazodone, TMS deferred, melatonin, zolpidem declined, apixaban, atorvastatin, baclofen, sertraline increase planned, speech/physical therapy.",
    history=[
        H("nortriptyline", "TCA", "antidepressant", "75 mg", "2012", "2014", "helped his mood but stopped for dry mouth and constipation", "side_effects", F, 1, s_nor),
        H("ECT", "ECT", "neuromodulation", "8 treatments", "2019", "2019", "remission that lasted until spring 2021, when the depression returned", "relapse", F, 1, s_ect),
        H("lithium", "mood stabilizer", "augmentation", "600 mg", "2021", "2022", "stopped for tremor and a rising creatinine", "side_effects", F, 1, s_li),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2016", "2026-08-14", "partial response for years; stopped because of a sodium of 126", "side_effects", F, 1, s_esc),
        H("sertraline", "SSRI", "antidepressant", "50 mg", "2026-08-25", None, "PHQ-9 19 to 11, cries less; still flat. Partial response", "partial_response", F, 2, s_ser2),
        H("CBT", "psychotherapy", "psychotherapy", "5 sessions", "2026-08-27", "2026-09-15", "his mood did not change with it", "no_response", F, 2, s_cbt),
    ],
    scales=[S("PHQ-9", 19, "2026-08-25", F, 2, "PHQ-9 19 11"), S("PHQ-9", 11, "2026-09-18", F, 2, "PHQ-9 19 11"),
            S("C-SSRS", 2, "2026-08-25", F, 2, "C-SSRS 2 0"), S("C-SSRS", 0, "2026-09-18", F, 2, "C-SSRS 2 0")],
    diagnoses=[D("I69.351", F, 1, "I69.351 Right-sided hemiparesis"), D("F06.32", F, 1, "F06.32 Depressive disorder due to stroke"), D("E87.1", F, 1, "E87.1 Hyponatremia")],
    suicidality=SU("active", F, 1, "he had thought about ending his life since the stroke, without a plan")))
