"""notes33: the twelve FICTIONAL cases, their records and their expected rows.

Every person, clinic, record number (they contain FICT), address and phone here is invented.
Document pages are lists of lines:
  "# text"        a heading
  "| a | b |"     a table row (the first row of a run is the header row)
  "~text"         (scan and photo only) a handwritten line; "Label: ~entry" prints the label, hand-writes the entry
  ""              a blank line (paragraph break)
  anything else   a paragraph (wrapped)
"""


def R(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": file, "page": page, "text": text}}


def S(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": {"file": file, "page": page, "text": text}}


def D(code, file, page, text):
    return {"code": code, "source": {"file": file, "page": page, "text": text}}


def SU(level, file=None, page=None, text=None):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": {"file": file, "page": page, "text": text}}


CASES = []


def case(slug, note, docs, history, scales, diagnoses, suicidality, exercises):
    CASES.append({"slug": slug, "note": note, "docs": docs, "history": history, "scales": scales,
                  "diagnoses": diagnoses, "suicidality": suicidality, "exercises": exercises})


# ---------------------------------------------------------------- 01 ENT, two visits, 2-page PDF
F = "ent_sinus_clinic_visits.pdf"
case(
    "01-otolaryngology-chronic-rhinosinusitis-visits-pdf",
    "FICTIONAL case. Otolaryngology (ENT) clinic, two visits for chronic rhinosinusitis with a repeated medication "
    "table, 2-page PDF. Rows: sertraline 2019 (jittery, could not sleep, stopped at 5 weeks: side effects), "
    "escitalopram 10 mg 2020 to 03/2025 (worked for years, then 'pooped out' in 2024 while still taken: relapse), "
    "aripiprazole added to duloxetine 06-09/2025 (gained 15 lb, restless, stopped: augmentation, side effects), "
    "duloxetine 60 mg since 03/2025 (cannot tell yet whether it does anything: unknown, current; 90 mg only discussed). "
    "Not rows: mirtazapine 7.5 mg at bedtime for sleep, montelukast, fluticasone, prednisone burst, husband's "
    "zolpidem, nortriptyline for facial pain declined.",
    [{"file": F, "fmt": "pdf", "pages": [[
        "# Cedar Hollow Ear, Nose & Throat Associates - FICTIONAL SAMPLE RECORD",
        "412 Larkspur Row, Millbrook Falls (fictional) - phone 555-0142",
        "Patient: Dolores VARGA-FICT   DOB 02/11/1974   MRN ENT-FICT-55817",
        "# Return visit 08/12/2026 - chronic sinus disease, surgical planning",
        "Mrs. Varga returns for review of her CT sinus. Nasal congestion, facial pressure and loss of smell have "
        "continued despite a 3-week prednisone burst in July. She is tired of 'living with a head full of cement'.",
        "Facial pain/pressure: 6/10 on the numeric rating scale today. SNOT-22: 58.",
        "# Medications reviewed today",
        "| Medication | Dose / directions | Prescriber | Since |",
        "| Fluticasone nasal spray | 2 sprays each nostril daily | ENT | 2023 |",
        "| Montelukast | 10 mg nightly (asthma) | PCP | 2021 |",
        "| Duloxetine | 60 mg daily (depression) | Psychiatry | 03/2025 |",
        "| Mirtazapine | 7.5 mg at bedtime for sleep | PCP | 2024 |",
        "| Prednisone | 40 mg taper, completed 07/2026 | ENT | - |",
        "# Psychiatric history (patient report and psychiatry letter)",
        "Depression since 2019. Sertraline 50 mg in 2019 made her 'jittery and unable to sleep'; she stopped it after "
        "5 weeks. Escitalopram 10 mg, 2020 to 03/2025: 'it worked for years, I felt like me.' During 2024 it 'pooped "
        "out' although she never missed a dose, and her psychiatrist switched her to duloxetine in 03/2025. "
        "Aripiprazole 2 mg was added to duloxetine from 06/2025 to 09/2025; she gained 15 lb and felt restless, and "
        "it was stopped. She admits she took her husband's zolpidem on two nights in June.",
        "PHQ-9 (clinic intake screen) 08/12/2026: 14. Item 9 scored 0; she denies thoughts of harming herself.",
        "# Assessment",
        "J32.9 chronic sinusitis, unspecified. J45.40 moderate persistent asthma, uncomplicated. F33.1 major "
        "depressive disorder, recurrent, moderate (followed by psychiatry).",
        "Plan: endoscopic sinus surgery discussed; she wants to think it over. Nortriptyline for facial pain was "
        "offered and she declined it.",
    ], [
        "# Cedar Hollow Ear, Nose & Throat Associates - FICTIONAL SAMPLE RECORD",
        "Patient: Dolores VARGA-FICT   MRN ENT-FICT-55817",
        "# Return visit 10/21/2026 - pre-operative review",
        "She has decided to proceed with surgery. Facial pain/pressure now 4/10 on the numeric rating scale. "
        "SNOT-22: 49.",
        "# Medications reviewed today",
        "| Medication | Dose / directions | Prescriber | Since |",
        "| Fluticasone nasal spray | 2 sprays each nostril daily | ENT | 2023 |",
        "| Montelukast | 10 mg nightly (asthma) | PCP | 2021 |",
        "| Duloxetine | 60 mg daily (depression) | Psychiatry | 03/2025 |",
        "| Mirtazapine | 7.5 mg at bedtime for sleep | PCP | 2024 |",
        "Mood: her psychiatrist talked about raising the duloxetine to 90 mg in September, but she has not made the "
        "change and remains on 60 mg. Of the duloxetine she says she 'can't tell yet whether it's doing anything.'",
        "PHQ-9 10/21/2026: 12. Denies suicidal ideation.",
        "Assessment unchanged (J32.9, J45.40, F33.1). Surgery booked for 11/30/2026; anesthesia to review "
        "her medications.",
        "Electronically signed: R. Okonkwo-Fict, MD (fictional)",
    ]]}],
    [
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2019", "2019",
          "jittery and unable to sleep; stopped after 5 weeks", "side_effects", F, 1,
          "Sertraline 50 mg in 2019 made her 'jittery and unable to sleep'; she stopped it after 5 weeks."),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2020", "2025-03",
          "worked for years; 'pooped out' during 2024 although she never missed a dose", "relapse", F, 1,
          "During 2024 it 'pooped out' although she never missed a dose"),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2025-06", "2025-09",
          "gained 15 lb and felt restless; stopped", "side_effects", F, 1,
          "Aripiprazole 2 mg was added to duloxetine from 06/2025 to 09/2025; she gained 15 lb and felt restless, "
          "and it was stopped."),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-03", None,
          "can't tell yet whether it's doing anything", "unknown", F, 2,
          "Of the duloxetine she says she 'can't tell yet whether it's doing anything.'"),
    ],
    [
        S("pain NRS", 6, "2026-08-12", F, 1, "Facial pain/pressure: 6/10 on the numeric rating scale today."),
        S("PHQ-9", 14, "2026-08-12", F, 1, "PHQ-9 (clinic intake screen) 08/12/2026: 14."),
        S("pain NRS", 4, "2026-10-21", F, 2, "Facial pain/pressure now 4/10 on the numeric rating scale."),
        S("PHQ-9", 12, "2026-10-21", F, 2, "PHQ-9 10/21/2026: 12."),
    ],
    [
        D("J32.9", F, 1, "J32.9 chronic sinusitis, unspecified."),
        D("J45.40", F, 1, "J45.40 moderate persistent asthma, uncomplicated."),
        D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
    ],
    SU("none", F, 1, "Item 9 scored 0; she denies thoughts of harming herself."),
    "sertraline 2019 'jittery and unable to sleep', stopped (side effects); escitalopram 'pooped out' while taken "
    "(relapse); aripiprazole added to duloxetine, weight and restlessness (augmentation, side effects); duloxetine "
    "'can't tell yet' (unknown, current; 90 mg only talked about, p. 2); mirtazapine 7.5 mg for sleep; montelukast; "
    "husband's zolpidem; nortriptyline declined; med table twice; PHQ-9 and facial pain NRS at both visits; J32.9, "
    "J45.40, F33.1; none",
)

# ---------------------------------------------------------------- 02 andrology, TXT
F = "mens_health_clinic_notes.txt"
case(
    "02-andrology-low-testosterone-clinic-notes-txt",
    "FICTIONAL case. Men's health (andrology) clinic, two visits for low testosterone, TXT. Rows: paroxetine 20 mg "
    "2016-2017 (killed his sex drive, stopped: side effects), bupropion SR 150 mg twice daily 2018-2020 (took some "
    "of the weight off but never got back to himself; stopped only when insurance changed: partial response), "
    "sertraline 100 mg since 11/2024 ('steady, like the old me' in February, 'the gray is back' since summer "
    "although taken daily: relapse, current). Not rows: testosterone cypionate, anastrozole, tadalafil, clomiphene "
    "only discussed, brother's modafinil, aripiprazole asked about (a friend takes it), talk therapy declined.",
    [{"file": F, "fmt": "txt", "pages": [[
        "# BRIGHTWATER MEN'S HEALTH CLINIC - FICTIONAL SAMPLE RECORD - NOT A REAL PATIENT",
        "77 Tollgate Road, Suite 3, Ashcombe (fictional)  |  phone 555-0167",
        "Patient: Marcus HALVERSEN-FICT   DOB 05/30/1979   Chart MHC-FICT-2290",
        "",
        "# VISIT 1 - 02/18/2026 - new patient, low testosterone",
        "Referred by his PCP for two morning testosterone levels of 212 and 238 ng/dL, low libido, fatigue and "
        "erectile difficulty.",
        "Mood history: paroxetine 20 mg in 2016-2017 'killed my sex drive, which is partly why I'm here' and he "
        "stopped it. Bupropion SR 150 mg twice daily from 2018 to 2020 'took some of the weight off, but I never got "
        "back to myself'; he stopped it in 2020 only because he changed jobs and the new insurance would not cover it. "
        "Sertraline 100 mg since 11/2024, prescribed by his PCP. Today he describes himself as 'steady, like the old "
        "me' on it.",
        "PHQ-9 today: 6. Denies suicidal ideation.",
        "He has tried his brother's modafinil twice for energy; advised not to.",
        "Assessment: E29.1 testicular hypofunction. N52.9 male erectile dysfunction, unspecified. F33.1 major "
        "depressive disorder, recurrent, moderate (on sertraline).",
        "Plan: testosterone cypionate 100 mg IM weekly, self-injected after teaching. Clomiphene was discussed as "
        "an alternative that would spare fertility; he prefers injections. Tadalafil 5 mg daily.",
        "",
        "# VISIT 2 - 11/04/2026 - follow-up",
        "Testosterone 612 ng/dL on weekly injections; estradiol high, anastrozole 0.5 mg twice weekly added in "
        "August. Energy and libido better; he says the testosterone 'helped my energy, not my head.'",
        "Mood: since the summer 'the gray is back' even though he takes the sertraline 100 mg every day. Sleeping "
        "poorly, withdrawing from his kids' games. He asks about adding aripiprazole, which a friend takes; told "
        "to raise it with his PCP or a psychiatrist. Talk therapy was offered again and he declined again.",
        "PHQ-9 today: 15. Denies suicidal ideation, intent or plan.",
        "Assessment: E29.1, N52.9, F33.1 - depression worse.",
        "Plan: continue testosterone and anastrozole; message sent to PCP about the sertraline; psychiatry "
        "referral placed.",
        "Signed: T. Abernathy-Fict, MD (fictional)",
    ]]}],
    [
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2016", "2017",
          "killed my sex drive; stopped", "side_effects", F, 1,
          "paroxetine 20 mg in 2016-2017 'killed my sex drive, which is partly why I'm here' and he stopped it."),
        R("bupropion", "NDRI", "antidepressant", "150 mg twice daily", "2018", "2020",
          "took some of the weight off, but I never got back to myself; stopped because of an insurance change",
          "partial_response", F, 1,
          "Bupropion SR 150 mg twice daily from 2018 to 2020 'took some of the weight off, but I never got back to "
          "myself'"),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2024-11", None,
          "'steady, like the old me' in 02/2026; since the summer 'the gray is back' though taken every day",
          "relapse", F, 1,
          "since the summer 'the gray is back' even though he takes the sertraline 100 mg every day."),
    ],
    [
        S("PHQ-9", 6, "2026-02-18", F, 1, "PHQ-9 today: 6."),
        S("PHQ-9", 15, "2026-11-04", F, 1, "PHQ-9 today: 15."),
    ],
    [
        D("E29.1", F, 1, "E29.1 testicular hypofunction."),
        D("N52.9", F, 1, "N52.9 male erectile dysfunction, unspecified."),
        D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate (on sertraline)."),
    ],
    SU("none", F, 1, "Denies suicidal ideation, intent or plan."),
    "paroxetine 'killed my sex drive', stopped (side effects); bupropion SR 'never got back to myself', stopped for "
    "insurance (partial); sertraline 'like the old me', then 'the gray is back' though taken daily (relapse, "
    "current); testosterone 'helped my energy, not my head'; anastrozole, tadalafil; clomiphene only discussed; "
    "brother's modafinil; aripiprazole asked about; therapy declined; PHQ-9 twice; E29.1, N52.9, F33.1; none",
)

# ---------------------------------------------------------------- 03 prosthetics clinic, DOCX
F = "amputee_clinic_followup_2026-11-10.docx"
case(
    "03-amputee-prosthetics-clinic-follow-up-docx",
    "FICTIONAL case. Amputee and prosthetics clinic (physiatry) follow-up, DOCX with a medication table. Rows: "
    "citalopram 20 mg 05-10/2025 ('no difference at all': no response), mirtazapine 30 mg since 10/2025 for "
    "depression ('like my old self': remission, current), CBT for chronic pain 8 sessions 01-03/2026 (learned to "
    "pace; mood no different: no response). Not rows: amitriptyline 25 mg at night for phantom pain, gabapentin, "
    "mirror therapy for phantom pain, oxycodone after the revision, metformin and others, wife's sertraline.",
    [{"file": F, "fmt": "docx", "header": "FICTIONAL SAMPLE RECORD - Harrow Bend Limb Loss Clinic", "pages": [[
        "# Harrow Bend Rehabilitation - Limb Loss & Prosthetics Clinic (FICTIONAL)",
        "Patient: Gerald OYELARAN-FICT   DOB 09/02/1965   MRN LLC-FICT-40112   Visit: 11/10/2026",
        "Clinician: P. Sandoval-Fict, DO, physiatry (fictional)   Phone 555-0118",
        "# Interval history",
        "Mr. Oyelaran is 18 months out from a left below-knee amputation (05/2025) for a non-healing diabetic "
        "foot wound. He walks with his second socket and a cane, up to 30 minutes at a time. Phantom limb pain "
        "is now 3/10 on the numeric rating scale, much less than last winter.",
        "# Mood",
        "In 06/2025, a month after surgery, he reported passive wishes to be dead ('wished I hadn't woken up from "
        "the operation'), never a plan or intent; today he denies any such thoughts. His PCP started citalopram "
        "20 mg in 05/2025; by 10/2025 he said it made 'no difference at all' and it was stopped. Mirtazapine 30 mg "
        "at night was started in 10/2025 for the depression. He is eating and sleeping again, and today he says "
        "'I feel like my old self.'",
        "He completed 8 sessions of CBT for chronic pain with our pain psychologist (01/2026 to 03/2026). He "
        "learned to pace himself and to plan his walking; his mood was no different afterwards.",
        "PHQ-9 09/2025 (PCP record): 16. PHQ-9 today: 4.",
        "# Current medications",
        "| Medication | Dose | Purpose |",
        "| Mirtazapine | 30 mg at night | depression |",
        "| Amitriptyline | 25 mg at night | phantom limb pain |",
        "| Gabapentin | 600 mg three times daily | phantom limb pain |",
        "| Metformin | 1000 mg twice daily | diabetes |",
        "| Atorvastatin | 40 mg daily | cholesterol |",
        "Oxycodone 5 mg was used for two weeks after the stump revision in 02/2025 and is finished. Mirror therapy "
        "for the phantom pain continues at home, 15 minutes a day. He mentions his wife's sertraline helps her and "
        "wonders if he should take it; we explained it is prescribed for her.",
        "# Diagnoses",
        "Z89.512 acquired absence of left leg below knee. G54.6 phantom limb syndrome with pain. E11.51 type 2 "
        "diabetes with diabetic peripheral angiopathy without gangrene. F32.1 major depressive disorder, single "
        "episode, moderate.",
        "# Plan",
        "New liner ordered. Continue current medications. Return in 3 months.",
    ]]}],
    [
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2025-05", "2025-10",
          "no difference at all; stopped", "no_response", F, 1,
          "by 10/2025 he said it made 'no difference at all' and it was stopped."),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-10", None,
          "eating and sleeping again; 'I feel like my old self'", "remission", F, 1,
          "today he says 'I feel like my old self.'"),
        R("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2026-01", "2026-03",
          "learned to pace himself; his mood was no different afterwards", "no_response", F, 1,
          "He learned to pace himself and to plan his walking; his mood was no different afterwards."),
    ],
    [
        S("pain NRS", 3, "2026-11-10", F, 1, "Phantom limb pain is now 3/10 on the numeric rating scale"),
        S("PHQ-9", 16, "2025-09", F, 1, "PHQ-9 09/2025 (PCP record): 16."),
        S("PHQ-9", 4, "2026-11-10", F, 1, "PHQ-9 today: 4."),
    ],
    [
        D("Z89.512", F, 1, "Z89.512 acquired absence of left leg below knee."),
        D("G54.6", F, 1, "G54.6 phantom limb syndrome with pain."),
        D("E11.51", F, 1, "E11.51 type 2 diabetes with diabetic peripheral angiopathy without gangrene."),
        D("F32.1", F, 1, "F32.1 major depressive disorder, single episode, moderate."),
    ],
    SU("passive", F, 1, "In 06/2025, a month after surgery, he reported passive wishes to be dead"),
    "citalopram 'no difference at all' (no response); mirtazapine 30 mg for depression 'like my old self' (remission, "
    "current); CBT for pain, 8 sessions, paced better, mood no different (no response); amitriptyline and "
    "gabapentin for phantom pain; mirror therapy; oxycodone; wife's sertraline; PHQ-9 09/2025 and today, pain NRS; Z89.512, G54.6, E11.51, F32.1; passive (past)",
)

# ---------------------------------------------------------------- 04 ME/CFS clinic, 2-page PDF
F = "mecfs_clinic_consult_and_followup.pdf"
case(
    "04-chronic-fatigue-me-cfs-specialty-clinic-pdf",
    "FICTIONAL case. ME/CFS specialty clinic consult (p. 1) and follow-up (p. 2), PDF. Rows: fluoxetine 20 mg "
    "2017-2018 (sexual side effects, stopped: side effects), vortioxetine 10 mg 05/2023-01/2024 ('I don't feel any "
    "different': no response), bupropion XL 300 mg since 02/2024 (depression lifted partway, not fully: partial, "
    "current), acceptance and commitment therapy 12 sessions 03-06/2025 (mood better for a while, sank again by "
    "October: relapse). Not rows: low-dose naltrexone and low-dose aripiprazole for fatigue and brain fog (not for "
    "mood), graded exercise therapy 2022 (for fatigue, made her worse), sertraline suggested and declined, "
    "midodrine.",
    [{"file": F, "fmt": "pdf", "pages": [[
        "# Lantern Ridge Fatigue Clinic - FICTIONAL SAMPLE RECORD",
        "Patient: Imogen TRASK-FICT   DOB 12/07/1988   Clinic no. LRF-FICT-0734   Phone 555-0129",
        "# New consultation 09/09/2026",
        "Ms. Trask has had unrelenting fatigue with post-exertional malaise, unrefreshing sleep and orthostatic "
        "intolerance since a viral illness in 2021. A course of graded exercise therapy in 2022 made her fatigue "
        "markedly worse and she stopped after four weeks.",
        "# Mood and its treatment",
        "Depression began before the fatigue, in 2017. Fluoxetine 20 mg (2017-2018) was stopped because of sexual "
        "side effects. Vortioxetine 10 mg from 05/2023 to 01/2024: 'I don't feel any different,' so it was stopped. "
        "Bupropion XL 300 mg since 02/2024: it gave her back some of her mornings and the depression lifted partway, "
        "not fully. A former PCP suggested sertraline in 2022; she declined it.",
        "She completed 12 sessions of acceptance and commitment therapy with a psychologist (03/2025 to 06/2025). "
        "It helped her accept her limits, and her mood was better for a while, but it sank again by October 2025.",
        "PHQ-9 09/09/2026: 13. GAD-7 09/09/2026: 8.",
        "C-SSRS screen (past month): wish to be dead - yes; non-specific active suicidal thoughts - no. She says "
        "'some days I'd rather not wake up,' with no plan or intent. Safety plan reviewed.",
        "# Assessment",
        "G93.32 myalgic encephalomyelitis/chronic fatigue syndrome. F33.1 major depressive disorder, recurrent, "
        "moderate.",
        "# Plan",
        "Pacing within her energy envelope. Start low-dose naltrexone 1.5 mg nightly, titrating to 4.5 mg, for "
        "fatigue and pain. Midodrine 2.5 mg for orthostatic symptoms. Continue bupropion XL 300 mg (managed by her "
        "PCP).",
    ], [
        "# Lantern Ridge Fatigue Clinic - FICTIONAL SAMPLE RECORD",
        "Patient: Imogen TRASK-FICT   Clinic no. LRF-FICT-0734",
        "# Follow-up 11/18/2026 (video)",
        "Low-dose naltrexone at 4.5 mg for six weeks; she reports a little less pain. Aripiprazole 1 mg daily was "
        "added on 10/07/2026 for fatigue and brain fog under our ME/CFS protocol, not for mood; too early to judge.",
        "| Measure | 09/09/2026 | 11/18/2026 |",
        "| PHQ-9 | 13 | 11 |",
        "| GAD-7 | 8 | 7 |",
        "| Hours upright per day | 5 | 6 |",
        "Mood steady on bupropion. Denies suicidal thoughts since the last visit.",
        "Plan: continue naltrexone, aripiprazole 1 mg and midodrine; review in 3 months. G93.32, F33.1.",
        "Signed: H. Vasquez-Fict, MD (fictional)",
    ]]}],
    [
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2017", "2018",
          "stopped because of sexual side effects", "side_effects", F, 1,
          "Fluoxetine 20 mg (2017-2018) was stopped because of sexual side effects."),
        R("vortioxetine", "multimodal", "antidepressant", "10 mg", "2023-05", "2024-01",
          "I don't feel any different; stopped", "no_response", F, 1,
          "Vortioxetine 10 mg from 05/2023 to 01/2024: 'I don't feel any different,' so it was stopped."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2024-02", None,
          "gave her back some of her mornings; the depression lifted partway, not fully", "partial_response", F, 1,
          "it gave her back some of her mornings and the depression lifted partway, not fully."),
        R("acceptance and commitment therapy", "psychotherapy", "psychotherapy", "12 sessions", "2025-03", "2025-06",
          "mood better for a while, but it sank again by October 2025", "relapse", F, 1,
          "her mood was better for a while, but it sank again by October 2025."),
    ],
    [
        S("PHQ-9", 13, "2026-09-09", F, 1, "PHQ-9 09/09/2026: 13."),
        S("GAD-7", 8, "2026-09-09", F, 1, "GAD-7 09/09/2026: 8."),
        S("PHQ-9", 11, "2026-11-18", F, 2, "PHQ-9 13 11"),
        S("GAD-7", 7, "2026-11-18", F, 2, "GAD-7 8 7"),
    ],
    [
        D("G93.32", F, 1, "G93.32 myalgic encephalomyelitis/chronic fatigue syndrome."),
        D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate."),
    ],
    SU("passive", F, 1, "C-SSRS screen (past month): wish to be dead - yes; non-specific active suicidal thoughts - no."),
    "fluoxetine sexual side effects (side effects); vortioxetine 'I don't feel any different' (no response); "
    "bupropion XL 'lifted partway, not fully' (partial, current); ACT 12 sessions, better 'for a while', sank again "
    "(relapse); low-dose naltrexone and aripiprazole 1 mg for fatigue, not mood; graded exercise therapy; sertraline "
    "declined; a two-date measures table (p. 2); PHQ-9, GAD-7; G93.32, F33.1; passive (C-SSRS in words)",
)

# ---------------------------------------------------------------- 05 endoscopy pre-procedure checklist, scan
F = "endoscopy_preprocedure_checklist_2026-11-18.pdf"
case(
    "05-endoscopy-pre-procedure-nursing-checklist-handwritten-scan",
    "FICTIONAL case. Endoscopy unit pre-procedure nursing checklist filled in by hand, image-only scanned PDF "
    "(1 page). Rows: Zoloft (sertraline) 2019 ('made me sick', stopped: side effects), Lexapro (escitalopram) 20 mg "
    "since 2022 ('helped some, not enough': partial, current), lithium 300 mg twice daily added 03/2026 ('turned it "
    "around - I'm back to normal': augmentation, remission, current). Not rows: trazodone 50 mg at bedtime for sleep, "
    "omeprazole, mother's Xanax taken before procedures, propofol (sedation history).",
    [{"file": F, "fmt": "scan", "pages": [[
        "# NORTHGATE AMBULATORY ENDOSCOPY - PRE-PROCEDURE NURSING CHECKLIST",
        "FICTIONAL SAMPLE FORM - not a real patient",
        "Patient: ~Renata Solberg-Fict     DOB: ~4/22/1970     MRN: ~END-FICT-7731",
        "Date: ~11/18/2026     Procedure: ~colonoscopy + EGD",
        "Indication / Dx: ~Z12.11 screening colon; K21.9 GERD",
        "Allergies: ~NKDA",
        "Pain now (0-10): ~3/10 (upper abd)",
        "# HOME MEDICATIONS (taking now / last dose)",
        "| Medication | Dose | Taking? | Last dose |",
        "| ~Lexapro | ~20 mg daily | ~yes | ~11/18 AM |",
        "| ~Lithium | ~300 mg BID | ~yes | ~11/17 PM |",
        "| ~Trazodone | ~50 mg qhs sleep | ~yes | ~11/17 |",
        "| ~Omeprazole | ~20 mg daily | ~yes | ~11/18 AM |",
        "Past sedation: ~propofol 2021, no problems",
        "Psych hx: ~Depression (F33.1). Zoloft 2019 - 'made me sick' - stopped.",
        "~Lexapro since 2022 - 'helped some, not enough' so lithium added 3/2026",
        "~Pt states lithium 'turned it around - I'm back to normal'.",
        "~Takes mom's Xanax 0.5 before procedures - none today, told not to.",
        "Any thoughts of harming yourself?  [ ] Yes  [X] No",
        "Ride home: ~husband (555-0153)",
        "RN: ~K. Ambrose-Fict RN     Time: ~07:10",
    ]]}],
    [
        R("sertraline", "SSRI", "antidepressant", None, "2019", "2019",
          "made me sick; stopped", "side_effects", F, 1, "Zoloft 2019 - 'made me sick' - stopped."),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2022", None,
          "helped some, not enough", "partial_response", F, 1,
          "Lexapro since 2022 - 'helped some, not enough' so lithium added 3/2026"),
        R("lithium", "mood stabilizer", "augmentation", "300 mg BID", "2026-03", None,
          "turned it around - I'm back to normal", "remission", F, 1,
          "Pt states lithium 'turned it around - I'm back to normal'."),
    ],
    [
        S("pain NRS", 3, "2026-11-18", F, 1, "Pain now (0-10): 3/10 (upper abd)"),
    ],
    [
        D("Z12.11", F, 1, "Z12.11 screening colon"),
        D("K21.9", F, 1, "K21.9 GERD"),
        D("F33.1", F, 1, "Depression (F33.1)."),
    ],
    SU("none", F, 1, "Any thoughts of harming yourself? [ ] Yes [X] No"),
    "Zoloft 'made me sick' (side effects); Lexapro 'helped some, not enough' (partial, current); lithium added "
    "'back to normal' (augmentation, remission, current); trazodone for sleep; omeprazole; mother's Xanax; propofol; "
    "handwritten med table; pain 3/10; Z12.11, K21.9, F33.1; none (ticked No)",
)

# ---------------------------------------------------------------- 06 nurse advice line, TXT
F = "nurse_advice_line_calls.txt"
case(
    "06-nurse-advice-line-triage-call-notes-txt",
    "FICTIONAL case. Health-plan nurse advice line, four telephone triage calls, TXT. Rows: sertraline 100 mg "
    "2021-2022 (felt normal by spring 2021, 'right back in the hole' by early 2022 though taken daily: relapse), "
    "vilazodone 20 mg 2026-08-20 to 2026-09-08 (could not keep anything down, stopped: side effects), venlafaxine "
    "XR 150 mg since 2026-09-22 ('still not me - about 60%': partial, current). Not rows: desvenlafaxine sent to "
    "the pharmacy and never picked up, ondansetron for the nausea, trazodone for sleep, melatonin, her son's "
    "fluoxetine, Spravato asked about.",
    [{"file": F, "fmt": "txt", "pages": [[
        "# SUMMIT VALE HEALTH PLAN - NURSE ADVICE LINE - FICTIONAL SAMPLE RECORD",
        "Member: Alicia DRUMMOND-FICT   DOB 03/08/1984   Member ID SVH-FICT-610284",
        "Callback number on file: 555-0174",
        "",
        "# CALL 1 - 09/03/2026 14:22 - RN J. Petrakis-Fict",
        "Reason: nausea and loose stools on a new antidepressant. Member started vilazodone 10 mg on 08/20 from her "
        "PCP and went up to 20 mg on 08/27 as instructed. Nausea every morning since. No vomiting blood, keeping "
        "fluids down. PHQ-9 by phone: 19. Denies suicidal ideation.",
        "Disposition: home care advice; take with food; message to PCP. PCP replied same day: ondansetron 4 mg as "
        "needed.",
        "",
        "# CALL 2 - 09/10/2026 09:05 - RN J. Petrakis-Fict",
        "Member stopped the vilazodone on her own on 09/08: 'I couldn't keep anything down.' Nausea resolving. She "
        "says the sertraline she took in 2021-2022 'worked great until it didn't': on 100 mg she felt normal by "
        "spring 2021, and by early 2022 she was 'right back in the hole' although she took it every day.",
        "Disposition: PCP message, appointment within 1 week.",
        "",
        "# CALL 3 - 10/15/2026 18:40 - RN M. Obi-Fict",
        "Follow-up call. The PCP sent desvenlafaxine 50 mg to her pharmacy on 09/14; she never picked it up because "
        "the copay was $85. The PCP then started generic venlafaxine XR 75 mg on 09/22. Taking trazodone 50 mg at "
        "bedtime for sleep and melatonin 3 mg. Also asks whether her 15-year-old son's fluoxetine refill can go to "
        "the same pharmacy (yes).",
        "She asks whether she should try 'that nasal spray' (Spravato); advised to discuss with her PCP.",
        "",
        "# CALL 4 - 11/19/2026 11:15 - RN M. Obi-Fict",
        "Venlafaxine XR 150 mg since 10/20. 'I'm sleeping, I'm eating, I'm not crying at work anymore, but I'm still "
        "not me - about 60%.' PHQ-9 by phone: 13.",
        "Suicide risk screen per protocol: passive thoughts last week that 'it would be easier not to wake up'; no "
        "plan, no intent, no access to firearms. Safety plan reviewed; crisis line number given.",
        "Disposition: routine PCP follow-up; behavioral health referral placed. Working diagnoses on the PCP's "
        "referral: F33.1 major depressive disorder, recurrent, moderate; R11.0 nausea.",
    ]]}],
    [
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2021", "2022",
          "felt normal by spring 2021; by early 2022 'right back in the hole' although taken every day",
          "relapse", F, 1,
          "by early 2022 she was 'right back in the hole' although she took it every day."),
        R("vilazodone", "SSRI/5-HT1A partial agonist", "antidepressant", "20 mg", "2026-08-20", "2026-09-08",
          "I couldn't keep anything down; stopped on her own", "side_effects", F, 1,
          "Member stopped the vilazodone on her own on 09/08: 'I couldn't keep anything down.'"),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2026-09-22", None,
          "sleeping, eating, not crying at work, but still not me - about 60%", "partial_response", F, 1,
          "but I'm still not me - about 60%."),
    ],
    [
        S("PHQ-9", 19, "2026-09-03", F, 1, "PHQ-9 by phone: 19."),
        S("PHQ-9", 13, "2026-11-19", F, 1, "PHQ-9 by phone: 13."),
    ],
    [
        D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("R11.0", F, 1, "R11.0 nausea."),
    ],
    SU("passive", F, 1, "passive thoughts last week that 'it would be easier not to wake up'; no plan, no intent"),
    "sertraline 2021-2022 'right back in the hole' though taken (relapse); vilazodone 'couldn't keep anything down', "
    "stopped (side effects); venlafaxine XR 'still not me - about 60%' (partial, current); desvenlafaxine never "
    "picked up; ondansetron; trazodone and melatonin for sleep; son's fluoxetine; Spravato asked about; days "
    "without a year; PHQ-9 by phone twice; F33.1, R11.0; passive",
)

# ---------------------------------------------------------------- 07 spine surgery post-op, 2-page PDF
F = "spine_postop_visits.pdf"
case(
    "07-spine-surgery-postoperative-clinic-visits-pdf",
    "FICTIONAL case. Spine surgery clinic, 2-week and 6-week visits after a lumbar fusion, 2-page PDF. Rows: "
    "escitalopram 10 mg for two months in 2022 ('felt like a zombie', stopped: side effects), TMS 36 sessions "
    "01/2024-03/2024 ('felt human again', well until about August 2024, then slid back: neuromodulation, relapse), "
    "duloxetine 60 mg since 05/2025 from psychiatry ('hasn't touched the depression': no response, current). Not "
    "rows: levomilnacipran only planned, nortriptyline suggested by the pain team and not started, zolpidem in "
    "hospital only, oxycodone, methocarbamol, gabapentin, cyclobenzaprine.",
    [{"file": F, "fmt": "pdf", "pages": [[
        "# Kestrel Point Spine Institute - FICTIONAL SAMPLE RECORD",
        "Patient: Walter BRANNIGAN-FICT   DOB 01/19/1968   MRN KPS-FICT-88203   Phone 555-0183",
        "# Post-operative visit, 2 weeks - 09/01/2026",
        "Status post L4-S1 posterior lumbar fusion on 08/18/2026. Incision clean and dry. Leg pain much improved.",
        "Pain 6/10 (back), 3/10 (left leg). Oswestry Disability Index 52%.",
        "# Medications",
        "| Medication | Dose | Note |",
        "| Oxycodone | 5 mg every 6 h as needed | taper over 2 weeks |",
        "| Methocarbamol | 750 mg three times daily | spasm |",
        "| Gabapentin | 300 mg three times daily | nerve pain |",
        "| Duloxetine | 60 mg daily | depression - psychiatry, since 05/2025 |",
        "Zolpidem 5 mg was given on two nights in hospital only and is not continued. Cyclobenzaprine from before "
        "surgery was stopped in favor of methocarbamol.",
        "# Psychiatric history (from patient and psychiatry notes)",
        "Escitalopram 10 mg for two months in 2022: 'felt like a zombie', so he stopped it. TMS, 36 sessions, "
        "01/2024 to 03/2024: he 'felt human again' and stayed well until about August 2024, then slid back. "
        "Duloxetine since 05/2025.",
        "PHQ-9 09/01/2026: 16.",
        "Assessment: M48.062 spinal stenosis, lumbar region, with neurogenic claudication; Z98.1 arthrodesis "
        "status; F33.1 major depressive disorder, recurrent, moderate.",
    ], [
        "# Kestrel Point Spine Institute - FICTIONAL SAMPLE RECORD",
        "Patient: Walter BRANNIGAN-FICT   MRN KPS-FICT-88203",
        "# Post-operative visit, 6 weeks - 10/13/2026",
        "X-rays: hardware in good position. Walking 20 minutes twice a day. Off oxycodone since 09/15. The pain "
        "team suggested nortriptyline for residual leg pain; he has not started it.",
        "Pain 3/10.",
        "| Medication | Dose | Note |",
        "| Methocarbamol | 750 mg as needed | spasm |",
        "| Gabapentin | 300 mg three times daily | nerve pain |",
        "| Duloxetine | 60 mg daily | depression - psychiatry, since 05/2025 |",
        "Mood: he says the duloxetine 'hasn't touched the depression' in over a year. His psychiatrist plans to "
        "switch him to levomilnacipran once he has recovered from surgery. PHQ-9 10/13/2026: 17.",
        "He said 'some days I wonder if it would be better if I just didn't wake up'; no plan, no intent, no past "
        "attempts. Crisis line number given; psychiatry informed the same day.",
        "Plan: begin outpatient physical therapy; return at 3 months with standing X-rays. M48.062, Z98.1, F33.1.",
        "Signed: L. Farrow-Fict, MD, orthopedic spine surgery (fictional)",
    ]]}],
    [
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2022", "2022",
          "felt like a zombie; stopped after two months", "side_effects", F, 1,
          "Escitalopram 10 mg for two months in 2022: 'felt like a zombie', so he stopped it."),
        R("TMS", "neuromodulation", "neuromodulation", "36 sessions", "2024-01", "2024-03",
          "felt human again; well until about August 2024, then slid back", "relapse", F, 1,
          "he 'felt human again' and stayed well until about August 2024, then slid back."),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-05", None,
          "hasn't touched the depression in over a year", "no_response", F, 2,
          "he says the duloxetine 'hasn't touched the depression' in over a year."),
    ],
    [
        S("pain NRS", 6, "2026-09-01", F, 1, "Pain 6/10 (back), 3/10 (left leg)."),
        S("pain NRS", 3, "2026-09-01", F, 1, "Pain 6/10 (back), 3/10 (left leg)."),
        S("PHQ-9", 16, "2026-09-01", F, 1, "PHQ-9 09/01/2026: 16."),
        S("pain NRS", 3, "2026-10-13", F, 2, "Pain 3/10."),
        S("PHQ-9", 17, "2026-10-13", F, 2, "PHQ-9 10/13/2026: 17."),
    ],
    [
        D("M48.062", F, 1, "M48.062 spinal stenosis, lumbar region, with neurogenic claudication"),
        D("Z98.1", F, 1, "Z98.1 arthrodesis status"),
        D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate."),
    ],
    SU("passive", F, 2, "'some days I wonder if it would be better if I just didn't wake up'; no plan, no intent"),
    "escitalopram 'felt like a zombie' (side effects); TMS 36 sessions, well then slid back (neuromodulation, "
    "relapse); duloxetine 'hasn't touched the depression' (no response, current); levomilnacipran planned; "
    "nortriptyline suggested, not started; zolpidem in hospital; post-op pain drugs; med table on both pages; two "
    "pain scores in one line; ODI; M48.062, Z98.1, F33.1; passive",
)

# ---------------------------------------------------------------- 08 capacity evaluation, DOCX
F = "capacity_evaluation_report.docx"
case(
    "08-guardianship-capacity-evaluation-report-docx",
    "FICTIONAL case. Geriatric psychiatrist's capacity evaluation for a guardianship petition, DOCX. Rows: "
    "citalopram 20 mg 2019-2021 (lowered for a prolonged QTc, stopped: side effects), problem-solving therapy 8 "
    "sessions at home 2020 (whether it helped is hard to say: unknown), mirtazapine 15 mg 2021-2023 (ate and slept "
    "better but mood never moved; stopped after two night falls blamed on it: side effects), sertraline 50 mg "
    "since 02/2024 (in remission since mid-2024: remission, current). Not rows: donepezil, quetiapine prescribed by "
    "urgent care and never given, son's lorazepam, haloperidol once in the ED, GDS-15 and MoCA.",
    [{"file": F, "fmt": "docx", "header": "FICTIONAL SAMPLE RECORD - confidential court evaluation (invented)",
      "pages": [[
        "# Capacity Evaluation - In the Matter of Edith MARLOWE-FICT (FICTIONAL)",
        "Evaluator: N. Castellanos-Fict, MD, geriatric psychiatry (fictional). Date of evaluation: 11/20/2026. "
        "Requested by: Probate Court of Wendmoor County (fictional), case no. PR-FICT-2026-0419. Phone 555-0136.",
        "# Sources",
        "Interview with Mrs. Marlowe (81) at her home, and separately with her daughter Joan and her son Philip; "
        "primary care records 2018-2026; one emergency department record from 2025.",
        "# Psychiatric history",
        "Mrs. Marlowe had no psychiatric care until her husband died in 2019. Her internist started citalopram "
        "20 mg in 2019; it was lowered to 10 mg in 2020 because of a prolonged QTc on her ECG and stopped in 2021.",
        "In 2020 she had 8 sessions of problem-solving therapy at home through a county program. She 'liked the "
        "young man', but whether it helped is hard to say; attendance was irregular.",
        "Mirtazapine 15 mg at night (2021 to 2023): she ate and slept better, but her daughter says 'her mood never "
        "moved.' It was stopped in 2023 after two falls at night that her geriatrician blamed on it.",
        "Sertraline 50 mg since 02/2024. Her depression has been in remission on sertraline since mid-2024 (GDS-15 "
        "today: 3). Joan: 'she's brighter, she's back to doing the crossword and calling her sister.'",
        "In 2025 an urgent care clinician prescribed quetiapine 12.5 mg at night for evening agitation; Joan never "
        "gave it and threw it out. In the emergency department in 03/2025, after a fall, she received a single dose "
        "of haloperidol for confusion. Philip acknowledges giving her one of his own lorazepam tablets last spring.",
        "No history of suicidal thoughts or attempts per Mrs. Marlowe and both children; today she denies any.",
        "# Examination and testing",
        "MoCA 17/30. PHQ-9 (read aloud): 4. She knows her bank and her pension but cannot describe her monthly "
        "bills or her medications.",
        "| Medication (current) | Dose | Prescriber | Purpose |",
        "| Donepezil | 10 mg at night | Neurology | memory |",
        "| Sertraline | 50 mg daily | Geriatrics | depression |",
        "| Amlodipine | 5 mg daily | Geriatrics | blood pressure |",
        "# Diagnoses",
        "G30.1 Alzheimer's disease with late onset. F02.A0 dementia in other diseases, mild, without behavioral or "
        "mood disturbance. F32.5 major depressive disorder, single episode, in full remission. I10 essential "
        "hypertension.",
        "# Opinion",
        "Mrs. Marlowe lacks the capacity to manage her finances but retains capacity to choose where she lives and "
        "to take part in medical decisions with support. A limited guardianship of the estate is recommended.",
    ]]}],
    [
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2021",
          "lowered to 10 mg because of a prolonged QTc on her ECG and stopped", "side_effects", F, 1,
          "it was lowered to 10 mg in 2020 because of a prolonged QTc on her ECG and stopped in 2021."),
        R("problem-solving therapy", "psychotherapy", "psychotherapy", "8 sessions", "2020", "2020",
          "liked the young man, but whether it helped is hard to say", "unknown", F, 1,
          "whether it helped is hard to say"),
        R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2021", "2023",
          "ate and slept better but 'her mood never moved'; stopped after two falls at night blamed on it",
          "side_effects", F, 1,
          "It was stopped in 2023 after two falls at night that her geriatrician blamed on it."),
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2024-02", None,
          "in remission on sertraline since mid-2024", "remission", F, 1,
          "Her depression has been in remission on sertraline since mid-2024"),
    ],
    [
        S("PHQ-9", 4, "2026-11-20", F, 1, "PHQ-9 (read aloud): 4."),
    ],
    [
        D("G30.1", F, 1, "G30.1 Alzheimer's disease with late onset."),
        D("F02.A0", F, 1, "F02.A0 dementia in other diseases, mild, without behavioral or mood disturbance."),
        D("F32.5", F, 1, "F32.5 major depressive disorder, single episode, in full remission."),
        D("I10", F, 1, "I10 essential hypertension."),
    ],
    SU("none", F, 1, "No history of suicidal thoughts or attempts per Mrs. Marlowe and both children"),
    "citalopram lowered then stopped for a prolonged QTc (side effects); problem-solving therapy 'whether it helped "
    "is hard to say' (unknown); mirtazapine better sleep and appetite, mood never moved, stopped after falls (side "
    "effects over no response); sertraline in remission (remission, current); quetiapine prescribed, never given; "
    "haloperidol once; son's lorazepam; donepezil; GDS-15, MoCA; PHQ-9; G30.1, F02.A0, F32.5, I10; none",
)

# ---------------------------------------------------------------- 09 infectious disease, post-Lyme, TXT
F = "id_clinic_post_lyme_notes.txt"
case(
    "09-infectious-disease-post-lyme-clinic-notes-txt",
    "FICTIONAL case. Infectious disease clinic, two visits for symptoms after treated Lyme disease, TXT. Rows: "
    "escitalopram 10 mg 11/2023-02/2024 (nothing at all after three months: no response), venlafaxine XR 150 mg "
    "03/2024-01/2025 (mind came back; stopped herself because she felt fine: remission; the April 2025 return judges "
    "neither course), venlafaxine XR restarted 05/2025, now 225 mg ('maybe a little better, I can't tell': unknown, "
    "current), CBT by video 10 sessions 09-12/2025 (helped a great deal with worry, low mood did not lift: no "
    "response). Not rows: doxycycline, amitriptyline 10 mg at night for sleep and nerve pain (neurology), IVIG "
    "requested elsewhere and declined, naproxen.",
    [{"file": F, "fmt": "txt", "pages": [[
        "# RIVERMEAD INFECTIOUS DISEASES CLINIC - FICTIONAL SAMPLE RECORD (not a real patient)",
        "Patient: Fiona LACHANCE-FICT   DOB 07/14/1982   MRN RID-FICT-31945   Clinic phone 555-0191",
        "",
        "# CONSULT 06/10/2026",
        "Referred for fatigue, joint pain and 'brain fog' after Lyme disease with erythema migrans in 07/2023, "
        "treated with 21 days of doxycycline. Serology consistent with past infection. Joint pain 5/10 on the "
        "numeric rating scale, knees and wrists.",
        "Depression history: escitalopram 10 mg from 11/2023 to 02/2024 did 'nothing at all after three months.' "
        "Venlafaxine XR 150 mg from 03/2024: by summer 2024 'my mind came back.' She stopped it herself in 01/2025 "
        "because she felt fine. The depression came back in April 2025, and venlafaxine XR was restarted in "
        "05/2025; it is now 225 mg.",
        "She had 10 video sessions of CBT (09/2025 to 12/2025). She felt it helped a great deal with the worry; "
        "the low mood did not lift.",
        "Neurology started amitriptyline 10 mg at night in 2025 for sleep and tingling in her feet.",
        "An integrative practitioner requested IVIG in 2025; it was declined by her insurer and is not indicated.",
        "Suicide history: overdose at age 22 (2004), treated in hospital; none since. No current suicidal "
        "ideation.",
        "PHQ-9: 14.",
        "Assessment: A69.20 Lyme disease, unspecified (history); M25.50 pain in unspecified joint; F33.1 major "
        "depressive disorder, recurrent, moderate; F41.1 generalized anxiety disorder.",
        "Plan: no further antibiotics indicated; graded return to activity; naproxen as needed.",
        "",
        "# FOLLOW-UP 11/18/2026",
        "Joint pain 3/10. Fatigue a little better with a steady routine.",
        "On the restarted venlafaxine she says she is 'maybe a little better, I can't tell.' PHQ-9: 12. GAD-7: 9.",
        "Denies suicidal ideation.",
        "Plan: discharge from ID clinic to her PCP; A69.20, M25.50, F33.1, F41.1.",
        "Signed: C. Whitlock-Fict, MD, infectious diseases (fictional)",
    ]]}],
    [
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2023-11", "2024-02",
          "nothing at all after three months", "no_response", F, 1,
          "escitalopram 10 mg from 11/2023 to 02/2024 did 'nothing at all after three months.'"),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2024-03", "2025-01",
          "'my mind came back' by summer 2024; stopped herself because she felt fine", "remission", F, 1,
          "She stopped it herself in 01/2025 because she felt fine."),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2025-05", None,
          "maybe a little better, I can't tell", "unknown", F, 1,
          "On the restarted venlafaxine she says she is 'maybe a little better, I can't tell.'"),
        R("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2025-09", "2025-12",
          "helped a great deal with the worry; the low mood did not lift", "no_response", F, 1,
          "She felt it helped a great deal with the worry; the low mood did not lift."),
    ],
    [
        S("pain NRS", 5, "2026-06-10", F, 1, "Joint pain 5/10 on the numeric rating scale"),
        S("PHQ-9", 14, "2026-06-10", F, 1, "PHQ-9: 14."),
        S("pain NRS", 3, "2026-11-18", F, 1, "Joint pain 3/10."),
        S("PHQ-9", 12, "2026-11-18", F, 1, "PHQ-9: 12."),
        S("GAD-7", 9, "2026-11-18", F, 1, "GAD-7: 9."),
    ],
    [
        D("A69.20", F, 1, "A69.20 Lyme disease, unspecified (history)"),
        D("M25.50", F, 1, "M25.50 pain in unspecified joint"),
        D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("F41.1", F, 1, "F41.1 generalized anxiety disorder."),
    ],
    SU("attempt", F, 1, "Suicide history: overdose at age 22 (2004), treated in hospital; none since."),
    "escitalopram 'nothing at all' (no response); venlafaxine XR stopped when well (remission; the April 2025 "
    "return judges nothing); venlafaxine XR restarted, 'maybe a little better, I can't tell' (unknown, current, own "
    "row); CBT by video helped worry, mood did not lift (no response); amitriptyline for sleep and feet; "
    "doxycycline; IVIG declined; pain NRS, PHQ-9, GAD-7; A69.20, M25.50, F33.1, F41.1; attempt (2004)",
)

# ---------------------------------------------------------------- 10 Spanish oncology report, DOCX
F = "informe_oncologia_medica.docx"
case(
    "10-informe-clinico-oncologia-medica-espanol-docx",
    "FICTIONAL case (MUESTRA FICTICIA). Spanish medical oncology clinical report during adjuvant chemotherapy, "
    "DOCX, day/month/year dates. Rows: paroxetina 20 mg 2012-2013 ('me dejó como anestesiada', stopped at 3 months: "
    "side effects), sertralina 100 mg 2020 to 03/2026 (well until the diagnosis, 'ya no me hace nada' although taken: "
    "relapse), mirtazapina 30 mg since 04/2026 for depression (mood 'algo mejor pero no del todo': partial, "
    "current), group CBT in psycho-oncology 6 sessions 05-07/2026 (helped with fear of relapse, mood still low: no "
    "response). Not rows: olanzapina 5 mg as an antiemetic, dexametasona, lorazepam if insomnia, her husband's "
    "escitalopram, duloxetina considered for neuropathy and not started, esketamina asked about, oxaliplatino and "
    "capecitabina.",
    [{"file": F, "fmt": "docx", "header": "MUESTRA FICTICIA / FICTIONAL SAMPLE - Hospital Comarcal de Valdeserra",
      "pages": [[
        "# Servicio de Oncología Médica - Hospital Comarcal de Valdeserra (FICTICIO)",
        "INFORME CLÍNICO DE CONSULTA - MUESTRA FICTICIA, paciente inventada",
        "Paciente: Montserrat ALBIOL-FICT   Fecha de nacimiento: 14/03/1970   NHC: VS-FICT-220871",
        "Fecha de la consulta: 12/11/2026   Teléfono del servicio: 555-0125",
        "# Enfermedad actual",
        "Adenocarcinoma de sigma pT3N1, intervenido el 18/03/2026. Quimioterapia adyuvante con capecitabina y "
        "oxaliplatino desde el 20/04/2026; hoy ciclo 8 de 8. Parestesias en manos y pies en relación con el "
        "oxaliplatino. Dolor en los pies: 4/10 en la escala numérica.",
        "# Antecedentes psiquiátricos y tratamientos",
        "Depresión desde 2012. Paroxetina 20 mg (2012-2013): 'me dejó como anestesiada, sin sentir nada'; la dejó "
        "a los 3 meses.",
        "Sertralina 100 mg desde 2020 hasta marzo de 2026: estaba bien, 'como siempre', hasta el diagnóstico; "
        "desde la cirugía 'ya no me hace nada' pese a tomarla a diario.",
        "Mirtazapina 30 mg por la noche desde abril de 2026, pautada por Psiquiatría de Enlace para la depresión: "
        "come y duerme mejor, y refiere el ánimo 'algo mejor pero no del todo'.",
        "Terapia cognitivo-conductual grupal en Psicooncología, 6 sesiones (mayo-julio de 2026): le ayudó mucho "
        "con el miedo a la recaída; el ánimo sigue bajo.",
        "En abril de 2026 refirió pensamientos pasivos de muerte ('a veces pienso que sería mejor no despertar'), "
        "sin plan ni intención. Hoy niega ideación autolítica.",
        "PHQ-9 hoy: 11.",
        "# Tratamiento actual",
        "| Fármaco | Dosis | Indicación |",
        "| Capecitabina | 1000 mg/m2 cada 12 h, días 1-14 | adyuvancia |",
        "| Olanzapina | 5 mg por la noche, días 1-4 | antiemético |",
        "| Dexametasona | 8 mg días 1-3 | antiemético |",
        "| Mirtazapina | 30 mg por la noche | depresión |",
        "| Lorazepam | 1 mg si insomnio | insomnio |",
        "Se valoró duloxetina para la neuropatía por oxaliplatino; no se inició por interacción y preferencia de "
        "la paciente. Pregunta por la esketamina, que leyó en internet; se le explica que no está indicada ahora. "
        "Su marido toma escitalopram.",
        "# Diagnósticos",
        "C18.7 neoplasia maligna de colon sigmoide. G62.0 polineuropatía inducida por fármacos. F33.1 trastorno "
        "depresivo mayor recurrente, moderado.",
        "# Plan",
        "Fin de la adyuvancia. TAC de control en 3 meses. Seguimiento por Psiquiatría de Enlace.",
        "Firmado: Dra. I. Berenguer-Fict, Oncología Médica (ficticia)",
    ]]}],
    [
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2012", "2013",
          "me dejó como anestesiada, sin sentir nada; la dejó a los 3 meses", "side_effects", F, 1,
          "Paroxetina 20 mg (2012-2013): 'me dejó como anestesiada, sin sentir nada'; la dejó a los 3 meses."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2020", "2026-03",
          "estaba bien hasta el diagnóstico; desde la cirugía 'ya no me hace nada' pese a tomarla a diario",
          "relapse", F, 1,
          "desde la cirugía 'ya no me hace nada' pese a tomarla a diario."),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2026-04", None,
          "come y duerme mejor; ánimo 'algo mejor pero no del todo'", "partial_response", F, 1,
          "refiere el ánimo 'algo mejor pero no del todo'."),
        R("CBT", "psychotherapy", "psychotherapy", "6 sesiones", "2026-05", "2026-07",
          "le ayudó mucho con el miedo a la recaída; el ánimo sigue bajo", "no_response", F, 1,
          "le ayudó mucho con el miedo a la recaída; el ánimo sigue bajo."),
    ],
    [
        S("pain NRS", 4, "2026-11-12", F, 1, "Dolor en los pies: 4/10 en la escala numérica."),
        S("PHQ-9", 11, "2026-11-12", F, 1, "PHQ-9 hoy: 11."),
    ],
    [
        D("C18.7", F, 1, "C18.7 neoplasia maligna de colon sigmoide."),
        D("G62.0", F, 1, "G62.0 polineuropatía inducida por fármacos."),
        D("F33.1", F, 1, "F33.1 trastorno depresivo mayor recurrente, moderado."),
    ],
    SU("passive", F, 1, "refirió pensamientos pasivos de muerte ('a veces pienso que sería mejor no despertar'), "
                        "sin plan ni intención."),
    "paroxetina 'como anestesiada', stopped (side effects); sertralina well, then 'ya no me hace nada' though taken "
    "(relapse); mirtazapina 30 mg for depression 'algo mejor pero no del todo' (partial, current); group CBT helped "
    "fear, mood still low (no response); olanzapina as antiemetic; lorazepam if insomnia; duloxetina considered; "
    "esketamina asked about; husband's escitalopram; dd/mm/yyyy; pain NRS, PHQ-9; C18.7, G62.0, F33.1; passive",
)

# ---------------------------------------------------------------- 11 photos of an EHR screen
F1 = "IMG_4471.jpg"
F2 = "IMG_4472.jpg"
case(
    "11-ehr-screen-medication-history-monitor-photos",
    "FICTIONAL case. Two phone photos of a clinic computer screen (an EHR's medication history tab and its "
    "problem list / PHQ-9 flowsheet / last note tab), JPEG. Rows: fluoxetine 2021-03-14 to 2021-06-02, 40 mg "
    "(two order lines; reason stopped 'Ineffective': no response), desvenlafaxine 50 mg 2021-06-02 to 2022-08-30 "
    "('Patient doing well - tapered': remission), desvenlafaxine again 2023-11-03 to 2024-01-05 ('Adverse reaction: "
    "hyperhidrosis': side effects, own row), levomilnacipran 2024-01-05 on, 80 mg (last note: better than in years "
    "but still bad weeks, 'partial response': partial, current). Not rows: aripiprazole ordered and never "
    "dispensed, trazodone for sleep, hydrochlorothiazide, sumatriptan.",
    [{"file": F1, "fmt": "photo", "pages": [[
        "# Medication History - SAMPLE EHR (FICTIONAL)",
        "Patient: PELLEGRINO-FICT, Nadia   DOB 10/03/1981   MRN WHC-FICT-56620",
        "| Medication | Sig | Start | End | Status / reason |",
        "| FLUOXETINE 20 MG CAP | 1 cap daily | 03/14/2021 | 04/20/2021 | Dose change |",
        "| FLUOXETINE 40 MG CAP | 2 caps daily | 04/20/2021 | 06/02/2021 | D/C - Ineffective |",
        "| DESVENLAFAXINE ER 50 MG | 1 tab daily | 06/02/2021 | 08/30/2022 | D/C - Patient doing well, tapered |",
        "| DESVENLAFAXINE ER 50 MG | 1 tab daily | 11/03/2023 | 01/05/2024 | D/C - Adverse reaction: hyperhidrosis |",
        "| LEVOMILNACIPRAN ER 40 MG | 1 cap daily | 01/05/2024 | 03/12/2024 | Dose change |",
        "| LEVOMILNACIPRAN ER 80 MG | 1 cap daily | 03/12/2024 | | Active |",
        "| ARIPIPRAZOLE 2 MG TAB | 1 tab daily | 07/11/2025 | 07/25/2025 | Never dispensed - cancelled |",
        "| TRAZODONE 50 MG TAB | 1/2-1 tab at bedtime prn sleep | 02/02/2022 | | Active |",
        "| HYDROCHLOROTHIAZIDE 25 MG | 1 tab daily | 2019 | | Active |",
        "| SUMATRIPTAN 50 MG | 1 tab prn migraine | 2020 | | Active |",
        "FICTIONAL SAMPLE - printed for patient appeal",
    ]]}, {"file": F2, "fmt": "photo", "pages": [[
        "# Problem List / Flowsheets - SAMPLE EHR (FICTIONAL)",
        "Patient: PELLEGRINO-FICT, Nadia   MRN WHC-FICT-56620",
        "Problems: F33.1 MDD, recurrent, moderate | I10 Hypertension | G43.909 Migraine",
        "| Flowsheet: PHQ-9 | Total | Item 9 |",
        "| 06/10/2025 | 15 | 0 |",
        "| 12/09/2025 | 10 | 0 |",
        "| 06/16/2026 | 8 | 0 |",
        "| 11/24/2026 | 9 | 0 |",
        "C-SSRS screen 11/24/2026: negative",
        "Last note 11/24/2026 (Dr. A. Rinaldi-Fict): Levomilnacipran 80 mg - 'doing better than I have in years, "
        "but I still get bad weeks.' Partial response. Continue.",
    ]]}],
    [
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2021-03-14", "2021-06-02",
          "D/C - Ineffective", "no_response", F1, 1,
          "FLUOXETINE 40 MG CAP 2 caps daily 04/20/2021 06/02/2021 D/C - Ineffective"),
        R("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2021-06-02", "2022-08-30",
          "D/C - Patient doing well, tapered", "remission", F1, 1,
          "DESVENLAFAXINE ER 50 MG 1 tab daily 06/02/2021 08/30/2022 D/C - Patient doing well, tapered"),
        R("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2023-11-03", "2024-01-05",
          "D/C - Adverse reaction: hyperhidrosis", "side_effects", F1, 1,
          "DESVENLAFAXINE ER 50 MG 1 tab daily 11/03/2023 01/05/2024 D/C - Adverse reaction: hyperhidrosis"),
        R("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2024-01-05", None,
          "doing better than I have in years, but I still get bad weeks. Partial response.", "partial_response",
          F2, 1, "but I still get bad weeks.' Partial response."),
    ],
    [
        S("PHQ-9", 15, "2025-06-10", F2, 1, "06/10/2025 15 0"),
        S("PHQ-9", 10, "2025-12-09", F2, 1, "12/09/2025 10 0"),
        S("PHQ-9", 8, "2026-06-16", F2, 1, "06/16/2026 8 0"),
        S("PHQ-9", 9, "2026-11-24", F2, 1, "11/24/2026 9 0"),
    ],
    [
        D("F33.1", F2, 1, "F33.1 MDD, recurrent, moderate"),
        D("I10", F2, 1, "I10 Hypertension"),
        D("G43.909", F2, 1, "G43.909 Migraine"),
    ],
    SU("none", F2, 1, "C-SSRS screen 11/24/2026: negative"),
    "fluoxetine two order lines 20 -> 40 mg 'Ineffective' (no response); desvenlafaxine 'doing well, tapered' "
    "(remission) and again 2023 'hyperhidrosis' (side effects, own row); levomilnacipran 40 -> 80 mg, last note "
    "'Partial response' (partial, current, on the second photo); aripiprazole never dispensed; trazodone prn sleep; "
    "HCTZ, sumatriptan; PHQ-9 flowsheet with item 9; F33.1, I10, G43.909; none",
)

# ---------------------------------------------------------------- 12 neurosurgery trigeminal neuralgia, 2-page PDF
F = "trigeminal_neuralgia_clinic.pdf"
FS = [  # visit date, TN pain NRS, PHQ-9, medication change
    ("06/05/2025", 8, 20, "start vortioxetine 10 mg; oxcarbazepine 600 mg bid"),
    ("09/11/2025", 6, 15, "oxcarbazepine 900 mg bid"),
    ("01/22/2026", 5, 12, "none"),
    ("05/14/2026", 5, 11, "baclofen 10 mg tid added"),
    ("10/22/2026", 4, 11, "none"),
]


def _iso(d):
    m, dd, y = d.split("/")
    return f"{y}-{m}-{dd}"


case(
    "12-neurosurgery-trigeminal-neuralgia-clinic-visits-pdf",
    "FICTIONAL case. Neurosurgery facial pain clinic for trigeminal neuralgia: visit flowsheet and history (p. 1), "
    "last visit note (p. 2), PDF. Rows: citalopram 20 mg 2015-2016 (felt like herself within two months, tapered "
    "off once well: remission), esketamine 56 mg 8 sessions 03-04/2025 (blood pressure 190/105 at session 8, "
    "stopped: antidepressant, side effects), vortioxetine 10 mg since 2025-06-05 judged by no words, only the "
    "flowsheet's PHQ-9 column 20 -> 11 (a 45% fall: partial, current). Not rows: carbamazepine and oxcarbazepine, "
    "baclofen and gabapentin for the neuralgia, nortriptyline for facial pain (neurology, 2023-2024), daughter's "
    "oxycodone, microvascular decompression planned.",
    [{"file": F, "fmt": "pdf", "pages": [[
        "# Brackenfield Neurosurgery - Facial Pain Clinic - FICTIONAL SAMPLE RECORD",
        "Patient: Harriet QUILLFEATHER-FICT   DOB 08/25/1963   MRN BNS-FICT-61357   Phone 555-0159",
        "# Background",
        "Right V2/V3 trigeminal neuralgia since 2023. Carbamazepine 200 mg three times daily (2023-2025) controlled "
        "the attacks but caused hyponatremia; switched to oxcarbazepine in 06/2025. Neurology also tried "
        "nortriptyline 25 mg at night for facial pain in 2023-2024.",
        "Depression: citalopram 20 mg in 2015-2016 after her divorce; she felt like herself within two months, and "
        "her PCP tapered it off in 2016 once she was well. Esketamine 56 mg, 8 sessions in 03/2025 to 04/2025, "
        "stopped after her blood pressure rose to 190/105 at session 8. Vortioxetine since 06/2025 (psychiatry).",
        "In 2024, during the worst attacks, she thought about ending her life and looked up how many carbamazepine "
        "tablets would be lethal; she made no attempt. Safety plan in place since.",
        "# Visit flowsheet",
        "| Visit | TN pain (0-10) | PHQ-9 | Medication change |",
    ] + [f"| {d} | {p} | {q} | {c} |" for d, p, q, c in FS] + [
        "Pain is the average daily facial pain on the numeric rating scale.",
    ], [
        "# Brackenfield Neurosurgery - Facial Pain Clinic - FICTIONAL SAMPLE RECORD",
        "Patient: Harriet QUILLFEATHER-FICT   MRN BNS-FICT-61357",
        "# Visit 10/22/2026",
        "Attacks 2-3 a day, shorter. Sodium normal on oxcarbazepine. MRI shows the superior cerebellar artery "
        "against the right trigeminal root.",
        "She took two of her daughter's oxycodone tablets during a flare in September; advised against it.",
        "Denies current suicidal ideation; the safety plan was reviewed.",
        "Assessment: G50.0 trigeminal neuralgia. F33.1 major depressive disorder, recurrent, moderate. I10 "
        "essential hypertension.",
        "Plan: microvascular decompression discussed and planned for early 2027. Continue oxcarbazepine 900 mg "
        "twice daily, baclofen 10 mg three times daily, gabapentin 300 mg at night, and vortioxetine 10 mg.",
        "Signed: S. Adeyemi-Fict, MD, neurosurgery (fictional)",
    ]]}],
    [
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2015", "2016",
          "felt like herself within two months; tapered off in 2016 once well", "remission", F, 1,
          "she felt like herself within two months, and her PCP tapered it off in 2016 once she was well."),
        R("esketamine", "NMDA receptor antagonist", "antidepressant", "56 mg", "2025-03", "2025-04",
          "stopped after her blood pressure rose to 190/105 at session 8", "side_effects", F, 1,
          "Esketamine 56 mg, 8 sessions in 03/2025 to 04/2025, stopped after her blood pressure rose to 190/105 at "
          "session 8."),
        R("vortioxetine", "multimodal", "antidepressant", "10 mg", "2025-06-05", None,
          "PHQ-9 20 (2025-06-05), 11 (2026-10-22)", "partial_response", F, 1,
          "06/05/2025 8 20 start vortioxetine 10 mg; oxcarbazepine 600 mg bid"),
    ],
    [S("pain NRS", p, _iso(d), F, 1, f"{d} {p} {q}") for d, p, q, c in FS]
    + [S("PHQ-9", q, _iso(d), F, 1, f"{d} {p} {q}") for d, p, q, c in FS],
    [
        D("G50.0", F, 2, "G50.0 trigeminal neuralgia."),
        D("F33.1", F, 2, "F33.1 major depressive disorder, recurrent, moderate."),
        D("I10", F, 2, "I10 essential hypertension."),
    ],
    SU("active", F, 1, "she thought about ending her life and looked up how many carbamazepine tablets would be "
                       "lethal; she made no attempt."),
    "citalopram 'felt like herself', tapered off when well (remission); esketamine 8 sessions stopped for blood "
    "pressure 190/105 (antidepressant, side effects); vortioxetine judged only by the PHQ-9 column 20 -> 11 "
    "(partial, current); carbamazepine, oxcarbazepine, baclofen, gabapentin for the neuralgia; nortriptyline for "
    "facial pain; daughter's oxycodone; MVD planned; 5-row flowsheet with pain NRS and PHQ-9; G50.0, F33.1, I10; "
    "active (2024 method research)",
)
