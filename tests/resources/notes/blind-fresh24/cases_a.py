"""FICTIONAL set 24, cases 01-05 (every person, clinic, number here is invented)."""
from helpers import D, H, S, SU

CASES = []

# ------------------------------------------------------------------ 01 hospice / palliative team notes (PDF, 2 pages)
F = "larchmere_hospice_idt_notes_okafor-vance.pdf"
s_sert = "Sertraline 100 mg (2021 to late 2022) helped, and she stopped it herself in late 2022 because she felt well again."
s_esc = "Escitalopram 10 mg (06/2025 to 09/2025) added nausea on top of the chemotherapy nausea and she stopped it after three months."
s_dul = "Duloxetine 60 mg since 01/2026 helps the burning in her feet, but she says it has done nothing for her mood."
s_mph = "Methylphenidate 5 mg each morning was added to the duloxetine on 10/05/2026 for low mood and fatigue."
s_pst = "Problem-solving therapy with the team social worker, 4 sessions (09/08/2026 to 09/29/2026): she liked having a list, but her mood stayed as it was."
s_mph2 = "Methylphenidate: brighter in the mornings and able to sit with her grandchildren; mood still low most afternoons. Partial response; continue 5 mg."
s_si = "She says she sometimes wishes it would all be over sooner; no plan and no intent to act."
p1 = [("h", "Larchmere Hospice - Interdisciplinary Team Note (FICTIONAL RECORD)"),
      ("l", "Patient: Adaeze Okafor-Vance (FICTIONAL)   MRN HSP-FICT-2204   Visit: 10/05/2026"),
      ("p", "Diagnoses: C50.919 breast cancer, metastatic; F33.1 recurrent major depression, moderate; G62.0 neuropathy after chemotherapy"),
      ("h", "Mood and prior treatment"),
      ("p", "Reviewed with the patient and her daughter. " + s_sert + " " + s_esc + " " + s_dul),
      ("p", s_pst),
      ("p", "Her husband takes bupropion for his own depression; she has never taken it. Ketamine for pain was raised by the pain team and not started."),
      ("h", "Today"),
      ("p", "PHQ-9 today 18. Pain NRS 6/10 at rest. " + s_si),
      ("p", "Plan: " + s_mph + " Morphine oral solution 5 mg every 2 hours as needed for pain or breathlessness; lorazepam 0.5 mg as needed for anxiety; "
            "mirtazapine 7.5 mg at bedtime for sleep only; haloperidol 0.5 mg as needed for nausea; dexamethasone 4 mg daily.")]
p2 = [("h", "Interdisciplinary Team Note - follow-up 11/09/2026 (FICTIONAL RECORD)"),
      ("p", "Chaplain and social worker visits continue weekly (spiritual care, not therapy)."),
      ("h", "Response"),
      ("p", s_mph2),
      ("p", "PHQ-9 15 on 11/09/2026. Pain NRS 4/10. Denies thoughts of ending her life today."),
      ("p", "Duloxetine continues for the neuropathy. A psychiatry telehealth consult was offered; she would rather not.")]
CASES.append(dict(
    slug="01-hospice-interdisciplinary-team-notes-pdf",
    docs=[dict(file=F, fmt="pdf", header="FICTIONAL - Larchmere Hospice - not a real patient", pages=[p1, p2])],
    note="FICTIONAL case. Hospice interdisciplinary team notes, 2-page PDF. Rows: sertraline (stopped when well: remission), escitalopram (nausea: side effects), duloxetine (feet better, mood not: no response), problem-solving therapy 4 sessions (no response), methylphenidate added to duloxetine (augmentation; judged p. 2: partial). Not rows: husband's bupropion, ketamine raised, morphine/lorazepam/haloperidol as needed, mirtazapine for sleep, dexamethasone, chaplain visits, psychiatry consult offered.",
    history=[
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2021", "2022", "helped; stopped herself when she felt well again", "remission", F, 1, s_sert),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-06", "2025-09", "added nausea; stopped after three months", "side_effects", F, 1, s_esc),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-01", None, "helps the burning feet; nothing for her mood", "no_response", F, 1, s_dul),
        H("problem-solving therapy", "psychotherapy", "psychotherapy", "4 sessions", "2026-09-08", "2026-09-29", "liked having a list, but her mood stayed as it was", "no_response", F, 1, "her mood stayed as it was"),
        H("methylphenidate", "stimulant", "augmentation", "5 mg each morning", "2026-10-05", None, "brighter in the mornings; mood still low most afternoons. Partial response", "partial_response", F, 2, s_mph2),
    ],
    scales=[S("PHQ-9", 18, "2026-10-05", F, 1, "PHQ-9 today 18"), S("pain NRS", 6, "2026-10-05", F, 1, "Pain NRS 6/10 at rest"),
            S("PHQ-9", 15, "2026-11-09", F, 2, "PHQ-9 15 on 11/09/2026"), S("pain NRS", 4, "2026-11-09", F, 2, "Pain NRS 4/10")],
    diagnoses=[D("C50.919", F, 1, "C50.919 breast cancer"), D("F33.1", F, 1, "F33.1 recurrent major depression"), D("G62.0", F, 1, "G62.0 neuropathy")],
    suicidality=SU("passive", F, 1, s_si)))

# ------------------------------------------------------------------ 02 urgent-care visit (TXT)
F = "quickwell_urgent_care_visit_tran.txt"
s_flx = "Fluoxetine 20 mg 03/2024-09/2024: \"made me jittery and I couldn't sleep, so I quit.\""
s_ven = "Venlafaxine XR 150 mg since 01/2025, still taking: \"about half as bad as before.\""
s_bus = "Buspirone 10 mg three times a day added to the venlafaxine 08/2025-11/2025: \"didn't notice anything.\""
s_cbt = "Telehealth CBT, 10 sessions in spring 2025: helped the panic attacks, but the depression didn't budge."
s_mir = "Mirtazapine 15 mg was prescribed by his PCP in 10/2026 and he never picked it up."
pg = [("h", "QuickWell Urgent Care - Visit Note (FICTIONAL RECORD - not a real patient)"),
      ("l", "Patient: Minh Tran (FICTIONAL)  DOB 04/11/1991  Acct UC-FICT-55810  Date of visit: 11/21/2026"),
      ("h", "Chief complaint"),
      ("p", "Ran out of his anxiety medicine, can't sleep for 4 nights, asking for Xanax. Also a migraine since yesterday."),
      ("h", "History of present illness"),
      ("p", "Depression and panic disorder followed by a PCP. Past and current treatment as he tells it:"),
      ("l", s_flx), ("l", s_ven), ("l", s_bus), ("l", s_cbt),
      ("p", s_mir + " He has been taking his roommate's zolpidem a few nights. Trazodone 50 mg at bedtime for sleep in 2025, stopped."),
      ("h", "Screening"),
      ("l", "PHQ-9 16   GAD-7 15   (completed in triage 11/21/2026)"),
      ("p", "Denies SI/HI. No prior attempts."),
      ("h", "Assessment"),
      ("l", "F33.1 Major depressive disorder, recurrent, moderate"),
      ("l", "F41.0 Panic disorder"),
      ("l", "G43.909 Migraine, unspecified"),
      ("h", "Plan"),
      ("p", "Alprazolam declined at urgent care; hydroxyzine 25 mg every 6 hours as needed for anxiety, #20. Sumatriptan 50 mg for the migraine. "
            "Continue venlafaxine XR 150 mg. Advised to stop the roommate's zolpidem. Follow up with PCP within one week; consider a CBT refresher.")]
CASES.append(dict(
    slug="02-urgent-care-visit-anxiety-refill-txt",
    docs=[dict(file=F, fmt="txt", header="FICTIONAL RECORD - QuickWell Urgent Care (invented clinic)", pages=[pg])],
    note="FICTIONAL case. Urgent-care visit note, plain text. Rows: fluoxetine (jittery, quit: side effects), venlafaxine XR (half as bad: partial, current), buspirone added to venlafaxine (augmentation, no response), telehealth CBT 10 sessions (panic helped, depression not: no response). Not rows: mirtazapine never picked up, roommate's zolpidem, trazodone for sleep, alprazolam declined, hydroxyzine as needed, sumatriptan, CBT refresher considered.",
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2024-03", "2024-09", "made me jittery and I couldn't sleep, so I quit", "side_effects", F, 1, s_flx),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2025-01", None, "about half as bad as before", "partial_response", F, 1, s_ven),
        H("buspirone", "anxiolytic", "augmentation", "10 mg three times a day", "2025-08", "2025-11", "didn't notice anything", "no_response", F, 1, s_bus),
        H("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2025", "2025", "helped the panic attacks, but the depression didn't budge", "no_response", F, 1, s_cbt),
    ],
    scales=[S("PHQ-9", 16, "2026-11-21", F, 1, "PHQ-9 16"), S("GAD-7", 15, "2026-11-21", F, 1, "GAD-7 15")],
    diagnoses=[D("F33.1", F, 1, "F33.1 Major depressive disorder"), D("F41.0", F, 1, "F41.0 Panic disorder"), D("G43.909", F, 1, "G43.909 Migraine")],
    suicidality=SU("none", F, 1, "Denies SI/HI.")))

# ------------------------------------------------------------------ 03 occupational health fitness-for-duty (DOCX)
F = "harrowgate_transit_fitness_for_duty_pellegrini.docx"
s_c1 = "Citalopram 20 mg, first course 2020-2021: better within two months; stopped after a year because he was well."
s_c2 = "Citalopram 20 mg again 05/2023-12/2023: \"it didn't work the second time.\""
s_bup = "Bupropion XL 300 mg since 01/2024, current: more energy, mood \"maybe 60 percent.\""
s_ari = "Aripiprazole 2 mg added to the bupropion 09/2024; stopped 11/2024 because restless legs kept him from sitting still in the driver's seat."
s_ba = "Behavioral activation through the EAP, 6 sessions, fall 2024: got him back to the gym; his mood did not change."
s_cbt = "CBT-I for insomnia, 5 sessions, 2025: sleep improved."
pg = [("h", "Harrowgate Regional Transit - Occupational Health Fitness-for-Duty Evaluation (FICTIONAL)"),
      ("t", [["Employee", "Position", "Evaluation date", "File"], ["Luca Pellegrini (FICTIONAL)", "Bus operator", "11/03/2026", "OH-FICT-3391"]]),
      ("h", "Reason for referral"),
      ("p", "Supervisor referral after two late arrivals and an interaction with a passenger. The employee disclosed treatment for depression and asked that it be reviewed for safety-sensitive duty."),
      ("h", "Treatment history (employee report, confirmed with his psychiatrist's letter of 10/28/2026)"),
      ("t", [["Treatment", "Detail"], ["Citalopram", s_c1], ["Citalopram", s_c2], ["Bupropion XL", s_bup], ["Aripiprazole", s_ari], ["Behavioral activation", s_ba], ["CBT-I", s_cbt]]),
      ("p", "Lithium has never been prescribed. Cyclobenzaprine 10 mg for back spasm is prescribed but he does not take it on work days. "
            "He once took a coworker's modafinil on a double shift; advised against it. CPAP for sleep apnea nightly."),
      ("h", "Findings"),
      ("p", "PHQ-9 on 11/03/2026: 11. Has never had suicidal thoughts; none now. Alert, no sedation on exam."),
      ("t", [["Code", "Condition"], ["F33.1", "Recurrent major depression, moderate"], ["G47.33", "Obstructive sleep apnea"]]),
      ("h", "Determination"),
      ("p", "Fit for duty with a 90-day review. Psychiatrist plans to raise the bupropion or add sertraline; nothing changed yet.")]
CASES.append(dict(
    slug="03-occupational-health-fitness-for-duty-docx",
    docs=[dict(file=F, fmt="docx", header="FICTIONAL - occupational health record, invented employer", pages=[pg])],
    note="FICTIONAL case. Occupational-health fitness-for-duty evaluation, DOCX with a treatment table. Rows: citalopram twice (2020-2021 remission; 2023 no response), bupropion XL (60 percent: partial, current), aripiprazole added to bupropion (restless legs: side effects), behavioral activation 6 sessions (no response). Not rows: CBT-I for insomnia (sleep treatment), lithium never, cyclobenzaprine for the back, coworker's modafinil, CPAP, sertraline planned.",
    history=[
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2020", "2021", "better within two months; stopped after a year because he was well", "remission", F, 1, s_c1),
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2023-05", "2023-12", "it didn't work the second time", "no_response", F, 1, s_c2),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2024-01", None, "more energy, mood maybe 60 percent", "partial_response", F, 1, s_bup),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2024-09", "2024-11", "stopped because restless legs", "side_effects", F, 1, s_ari),
        H("behavioral activation", "psychotherapy", "psychotherapy", "6 sessions", "2024", "2024", "back to the gym; mood did not change", "no_response", F, 1, s_ba),
    ],
    scales=[S("PHQ-9", 11, "2026-11-03", F, 1, "PHQ-9 on 11/03/2026: 11")],
    diagnoses=[D("F33.1", F, 1, "F33.1 Recurrent major depression"), D("G47.33", F, 1, "G47.33 Obstructive sleep apnea")],
    suicidality=SU("none", F, 1, "Has never had suicidal thoughts; none now.")))

# ------------------------------------------------------------------ 04 sports-medicine concussion clinic (PDF, 2 pages)
F = "ridgeback_sports_medicine_concussion_abernathy.pdf"
s_esc = "In high school she took escitalopram 10 mg (2021-2022); it worked and she came off it when she was well."
s_sert1 = "Sertraline 50 mg started today, 09/15/2026, for the depressive symptoms that began after the injury."
s_sert2 = "Sertraline was stopped on 10/20/2026 because of worse headaches and nausea in the first month."
s_cbt = "CBT with the athletics department's sports psychologist, 8 sessions (09/2026-11/2026): mood better, but she still cries after games."
s_flx = "Fluoxetine 10 mg started 10/27/2026; too early to tell."
s_ipt = "IPT with a campus counselor in spring 2024, 10 sessions, for grief after her grandfather died: \"didn't really help, I still felt stuck.\""
s_si = "Sometimes thinks her team would be better off without her; no plan, no intent."
p1 = [("h", "Ridgeback Sports Medicine - Concussion Clinic (FICTIONAL RECORD)"),
      ("l", "Athlete: Kendall Abernathy (FICTIONAL), 20, women's soccer   Chart SM-FICT-7712"),
      ("h", "Visit 1 - 09/15/2026"),
      ("p", "Concussion 08/29/2026 (header in practice). Headache daily, light sensitivity, low mood, crying, poor sleep. "
            "Diagnoses: S06.0X0D concussion, subsequent encounter; G44.309 post-traumatic headache; F32.1 major depressive episode, moderate."),
      ("p", "Mental health history: " + s_esc + " " + s_ipt + " No other antidepressant before this year."),
      ("p", "PHQ-9 14. GAD-7 9. " + s_si),
      ("p", "Plan: " + s_sert1 + " Amitriptyline 10 mg at night for the post-traumatic headache. Vestibular therapy twice weekly. "
            "Melatonin 3 mg for sleep. Ibuprofen as needed, no more than 3 days a week. Refer to sports psychology. "
            "She admits taking a teammate's Adderall to study once; advised not to.")]
p2 = [("h", "Visit 2 - 11/10/2026"),
      ("p", "Headaches fewer since the vestibular work. " + s_sert2 + " " + s_flx),
      ("p", s_cbt),
      ("p", "PHQ-9 12. Denies suicidal thoughts today. Return to play protocol stage 3. Amitriptyline continues for headache. "
            "Psychiatry referral placed for if the fluoxetine does not help.")]
CASES.append(dict(
    slug="04-sports-medicine-concussion-clinic-pdf",
    docs=[dict(file=F, fmt="pdf", header="FICTIONAL - Ridgeback Sports Medicine, invented clinic", pages=[p1, p2])],
    note="FICTIONAL case. Sports-medicine concussion clinic, two visits on a 2-page PDF. Rows: escitalopram in high school (remission), IPT for grief 10 sessions (no response), sertraline started p. 1 and stopped p. 2 (headaches and nausea: side effects), fluoxetine (too early: unknown), CBT with sports psychologist 8 sessions (partial). Not rows: amitriptyline for headache (G44.309), vestibular therapy, melatonin, ibuprofen as needed, teammate's Adderall, psychiatry referral.",
    history=[
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2021", "2022", "it worked and she came off it when she was well", "remission", F, 1, s_esc),
        H("IPT", "psychotherapy", "psychotherapy", "10 sessions", "2024", "2024", "didn't really help, I still felt stuck", "no_response", F, 1, s_ipt),
        H("sertraline", "SSRI", "antidepressant", "50 mg", "2026-09-15", "2026-10-20", "stopped because of worse headaches and nausea", "side_effects", F, 2, s_sert2),
        H("fluoxetine", "SSRI", "antidepressant", "10 mg", "2026-10-27", None, "too early to tell", "unknown", F, 2, s_flx),
        H("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2026-09", "2026-11", "mood better, but she still cries after games", "partial_response", F, 2, s_cbt),
    ],
    scales=[S("PHQ-9", 14, "2026-09-15", F, 1, "PHQ-9 14."), S("GAD-7", 9, "2026-09-15", F, 1, "GAD-7 9."), S("PHQ-9", 12, "2026-11-10", F, 2, "PHQ-9 12.")],
    diagnoses=[D("S06.0X0D", F, 1, "S06.0X0D concussion"), D("G44.309", F, 1, "G44.309 post-traumatic headache"), D("F32.1", F, 1, "F32.1 major depressive episode")],
    suicidality=SU("passive", F, 1, s_si)))

# ------------------------------------------------------------------ 05 geriatric memory clinic consult (serif PDF, 2 pages)
F = "fennimore_memory_clinic_consult_halvorsen.pdf"
s_par = "Paroxetine 20 mg (2015-2018) was stopped by her primary care physician because of constipation and confusion from its anticholinergic effect."
s_ser = "Sertraline 100 mg (2019 to 06/2024) kept her well for years, but in 2023 the low mood came back although she kept taking it."
s_mir = "Mirtazapine 30 mg since 07/2024: she eats and sleeps better, but says she has \"no joy in anything\"; her mood itself is unchanged."
s_ect = "ECT, 10 treatments (02/2025-03/2025): remission, with some word-finding trouble for a few weeks after."
s_ect2 = "Her daughter dates the return of the depression to 12/2025, nine months after the last ECT treatment."
s_nor = "Nortriptyline 50 mg 02/2026-04/2026 was stopped after two falls from dizziness on standing."
s_pst = "Problem-solving therapy at the senior center, 6 sessions in 2026: \"I liked the young woman, but I am the same.\""
p1 = [("h", "Fennimore Geriatric Memory Clinic - Consultation (FICTIONAL)"),
      ("l", "Patient: Ingrid Halvorsen (FICTIONAL), 78   Clinic no. MEM-FICT-0457   Seen 11/18/2026"),
      ("p", "Referred by Dr. Q. Lindqvist (FICTIONAL) to sort depression from an early dementia. Her daughter attends."),
      ("h", "Depression treatment history"),
      ("p", s_par + " " + s_ser + " " + s_mir),
      ("p", s_ect + " Transcranial magnetic stimulation was discussed in 2025 and she declined it. She has never taken lithium."),
      ("p", s_nor),
      ("h", "Other medicines"),
      ("p", "Donepezil 5 mg (started by neurology 2026), amlodipine 5 mg, quetiapine 12.5 mg at bedtime as needed for evening agitation, "
            "her husband's lorazepam \"when she can't settle\", which we advised stopping.")]
p2 = [("h", "Course since ECT"),
      ("p", s_ect2 + " " + s_pst),
      ("h", "Testing today (11/18/2026)"),
      ("t", [["Measure", "Score"], ["MoCA", "22/30"], ["Geriatric Depression Scale-15", "11"], ["PHQ-9", "13"], ["HAM-D (17)", "19"]]),
      ("p", "No thoughts of death or of harming herself."),
      ("h", "Impression"),
      ("t", [["Code", "Impression"], ["F33.2", "Recurrent major depression, severe, without psychosis"], ["G31.84", "Mild neurocognitive disorder"], ["I10", "Hypertension"]]),
      ("p", "Cognitive complaints are partly depressive. Recommend a repeat ECT course be considered; sertraline rechallenge is an option. Nothing started today.")]
CASES.append(dict(
    slug="05-geriatric-memory-clinic-consult-pdf",
    docs=[dict(file=F, fmt="pdf", serif=True, header="FICTIONAL - Fennimore Geriatric Memory Clinic, invented", pages=[p1, p2])],
    note="FICTIONAL case. Geriatric memory clinic consultation, 2-page serif PDF. Rows: paroxetine (anticholinergic: side effects), sertraline (mood back while taken: relapse), mirtazapine 30 mg (eats and sleeps, mood unchanged: no response, current), ECT 10 treatments (remission p. 1, return told p. 2: relapse), nortriptyline (falls: side effects), problem-solving therapy 6 sessions (no response). Not rows: TMS declined, lithium never, donepezil, amlodipine, quetiapine as needed, husband's lorazepam, repeat ECT and sertraline rechallenge recommended.",
    history=[
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2015", "2018", "stopped because of constipation and confusion from its anticholinergic effect", "side_effects", F, 1, s_par),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2019", "2024-06", "kept her well for years, but in 2023 the low mood came back although she kept taking it", "relapse", F, 1, s_ser),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024-07", None, "eats and sleeps better; no joy; mood unchanged", "no_response", F, 1, s_mir),
        H("ECT", "ECT", "neuromodulation", "10 treatments", "2025-02", "2025-03", "remission; depression returned 12/2025, nine months after the last treatment", "relapse", F, 2, s_ect2),
        H("nortriptyline", "TCA", "antidepressant", "50 mg", "2026-02", "2026-04", "stopped after two falls from dizziness on standing", "side_effects", F, 1, s_nor),
        H("problem-solving therapy", "psychotherapy", "psychotherapy", "6 sessions", "2026", "2026", "I liked the young woman, but I am the same", "no_response", F, 2, s_pst),
    ],
    scales=[S("PHQ-9", 13, "2026-11-18", F, 2, "PHQ-9 13"), S("HAM-D", 19, "2026-11-18", F, 2, "HAM-D (17) 19")],
    diagnoses=[D("F33.2", F, 2, "F33.2 Recurrent major depression"), D("G31.84", F, 2, "G31.84 Mild neurocognitive disorder"), D("I10", F, 2, "I10 Hypertension")],
    suicidality=SU("none", F, 2, "No thoughts of death or of harming herself.")))
