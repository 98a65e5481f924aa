"""FICTIONAL case data for notes22, cases 07-12. Every person, clinic, number and place is invented."""
from helpers import row, sc, dx, sui

CASES = []

# ---------------------------------------------------------------- 07 symptom-tracking app export (CSV)
F = "moodtrail_export_2026_lindgren.csv"
R = [
    ["date", "entry_type", "item", "value", "note"],
    ["2025-09-30", "info", "export", "", "FICTIONAL SAMPLE - MoodTrail app export for user 'kari.l' (FICTIONAL); all entries invented"],
    ["2025-10-02", "medication", "sertraline", "50 mg", "started - Dr. Paulsen"],
    ["2025-10-20", "mood", "daily mood", "3", "nauseous every morning"],
    ["2025-11-20", "medication", "sertraline", "stopped", "nausea every day for 7 weeks, quit with doc's ok"],
    ["2026-01-05", "check-in", "PHQ-9", "19", "in-app questionnaire"],
    ["2026-01-05", "check-in", "GAD-7", "14", "in-app questionnaire"],
    ["2026-01-08", "medication", "escitalopram", "10 mg", "started"],
    ["2026-02-05", "medication", "escitalopram", "20 mg", "dose up"],
    ["2026-02-14", "medication", "J's alprazolam", "0.5 mg", "took one of J's before the flight - not mine, not again"],
    ["2026-03-16", "check-in", "PHQ-9", "18", "in-app questionnaire"],
    ["2026-03-20", "medication", "escitalopram", "stopped", "no change at all after 10 weeks"],
    ["2026-03-23", "medication", "bupropion XL", "150 mg", "started"],
    ["2026-04-07", "therapy", "CBT session 1", "", "therapist M. Ocampo, weekly"],
    ["2026-04-20", "medication", "bupropion XL", "300 mg", "dose up"],
    ["2026-05-12", "journal", "", "", "some days I just don't want to be here. not going to do anything. told Ocampo"],
    ["2026-06-01", "check-in", "PHQ-9", "15", "in-app questionnaire"],
    ["2026-06-02", "medication", "bupropion XL", "stopped", "jittery + couldn't sleep for weeks, doc said stop"],
    ["2026-06-05", "medication", "vortioxetine", "10 mg", "started (Trintellix samples)"],
    ["2026-06-30", "therapy", "CBT session 12", "", "last one - learned stuff, mood still the same"],
    ["2026-07-01", "medication", "vortioxetine", "20 mg", "dose up"],
    ["2026-07-15", "medication", "ibuprofen", "400 mg", "cramps, as needed"],
    ["2026-08-10", "journal", "", "", "Dr. P mentioned lithium or abilify if this stalls. not yet"],
    ["2026-09-28", "check-in", "PHQ-9", "10", "in-app questionnaire"],
    ["2026-09-28", "medication", "vortioxetine", "20 mg", "best so far, about 70% of the way back"],
    ["2026-10-01", "medication", "melatonin", "3 mg", "some nights"],
]
CASES.append({
    "slug": "07-symptom-tracking-app-export-csv",
    "docs": [{"file": F, "fmt": "csv", "title": "MoodTrail export", "rows": R}],
    "note": "FICTIONAL case. A mood-tracking app's CSV export (one page): medication start, dose and stop entries with the user's notes, in-app PHQ-9 and GAD-7, therapy sessions and journal lines. Rows: sertraline nausea (side effects); escitalopram 'no change at all' (no response); bupropion XL jittery and sleepless (side effects); vortioxetine current, '70% of the way back' (partial); CBT 12 sessions, 'mood still the same' (no response). Not rows: the partner's alprazolam taken once, lithium or Abilify mentioned, ibuprofen and melatonin as needed. No codes.",
    "history": [
        row("sertraline", "SSRI", "antidepressant", "50 mg", "2025-10-02", "2025-11-20", "nausea every day for 7 weeks, quit", "side_effects", F, 1, "2025-11-20,medication,sertraline,stopped,\"nausea every day for 7 weeks, quit with doc's ok\""),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2026-01-08", "2026-03-20", "no change at all after 10 weeks", "no_response", F, 1, "2026-03-20,medication,escitalopram,stopped,no change at all after 10 weeks"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2026-03-23", "2026-06-02", "jittery + couldn't sleep for weeks, doc said stop", "side_effects", F, 1, "2026-06-02,medication,bupropion XL,stopped,\"jittery + couldn't sleep for weeks, doc said stop\""),
        row("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2026-06-05", None, "best so far, about 70% of the way back", "partial_response", F, 1, "2026-09-28,medication,vortioxetine,20 mg,\"best so far, about 70% of the way back\""),
        row("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2026-04-07", "2026-06-30", "learned stuff, mood still the same", "no_response", F, 1, "2026-06-30,therapy,CBT session 12,,\"last one - learned stuff, mood still the same\""),
    ],
    "scales": [
        sc("PHQ-9", 19, "2026-01-05", F, 1, "2026-01-05,check-in,PHQ-9,19"),
        sc("GAD-7", 14, "2026-01-05", F, 1, "2026-01-05,check-in,GAD-7,14"),
        sc("PHQ-9", 18, "2026-03-16", F, 1, "2026-03-16,check-in,PHQ-9,18"),
        sc("PHQ-9", 15, "2026-06-01", F, 1, "2026-06-01,check-in,PHQ-9,15"),
        sc("PHQ-9", 10, "2026-09-28", F, 1, "2026-09-28,check-in,PHQ-9,10"),
    ],
    "diagnoses": [],
    "suicidality": sui("passive", F, 1, "some days I just don't want to be here. not going to do anything"),
})

# ---------------------------------------------------------------- 08 addiction clinic buprenorphine notes (PDF)
F = "stillwater_otp_buprenorphine_notes_quill.pdf"
p1 = [
    ("h", "Stillwater Recovery Clinic - Office-Based Addiction Treatment (FICTIONAL)"),
    ("l", "Patient: Dana Quill (FICTIONAL), 38   MRN: SRC-FICT-41207   Prescriber: R. Amadi, MD (addiction medicine)"),
    ("l", "Dx: F11.20 Opioid dependence, uncomplicated; F33.2 Major depressive disorder, recurrent, severe; F41.1 Generalized anxiety disorder; B18.2 Chronic viral hepatitis C"),
    ("h", "Visit 05/12/2026 - integrated psychiatry intake"),
    ("p", "On buprenorphine-naloxone 16-4 mg daily since 2023, no return to use in 14 months; urine drug screens negative except buprenorphine. Naloxone kit at home."),
    ("p", "Psychiatric history: fluoxetine 40 mg in 2019 worked for a few months and then quit working while she was still taking it; stopped 2019. Sertraline 100 mg 03/2024-09/2024: no help. Mirtazapine 30 mg 10/2024-08/2025 helped her sleep and appetite but her mood was unchanged."),
    ("p", "Duloxetine 60 mg started 09/2025 by her PCP, continues. History: suicide attempt by intentional overdose in 2021 (heroin and pills), ICU stay. Today denies current SI."),
    ("p", "PHQ-9 18; GAD-7 15. Clonidine 0.1 mg as needed for withdrawal-type anxiety. She asks about gabapentin; declined (misuse history)."),
]
p2 = [
    ("h", "Visit 07/21/2026 (FICTIONAL)"),
    ("p", "Relapse prevention group weekly; contingency management vouchers continue. Buprenorphine-naloxone unchanged."),
    ("p", "Duloxetine 60 mg unchanged. Aripiprazole 2 mg added to the duloxetine today for persistent depression. PHQ-9 16."),
    ("p", "Partner started methadone at another program; she worries about his doses at home. Counseled."),
]
p3 = [
    ("h", "Visit 09/29/2026 (FICTIONAL)"),
    ("p", "Aripiprazole was stopped on 08/11 after three weeks: restless legs at night and she could not sit through group. Restlessness gone now."),
    ("p", "Duloxetine 60 mg: 'half of me is back' - sleeping, at work, still flat and crying some evenings. A partial response; continue. PHQ-9 12."),
    ("p", "Plan: refer for CBT for depression at the integrated clinic (wait list); consider raising duloxetine to 90 mg at next visit. HCV treatment with the liver clinic in November."),
]
CASES.append({
    "slug": "08-addiction-clinic-buprenorphine-notes-pdf",
    "docs": [{"file": F, "fmt": "pdf", "title": "Stillwater Recovery Clinic notes", "pages": [p1, p2, p3]}],
    "note": "FICTIONAL case. An office-based addiction treatment clinic's notes for a patient on buprenorphine-naloxone with recurrent depression, 3-page PDF, three visits (05, 07, 09/2026). Rows: fluoxetine 2019 worked then quit working (relapse); sertraline no help; mirtazapine sleep and appetite but mood unchanged (no response); duloxetine from 09/2025, partial (p. 3); aripiprazole added 07/21 (p. 2), stopped 08/11 for restlessness (p. 3, side effects). Not rows: buprenorphine-naloxone (substance use), naloxone kit, clonidine as needed, gabapentin declined, relapse prevention group and contingency management (substance use), the partner's methadone, CBT wait list, duloxetine 90 mg considered, HCV treatment.",
    "history": [
        row("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019", "2019", "worked for a few months and then quit working while she was still taking it", "relapse", F, 1, "fluoxetine 40 mg in 2019 worked for a few months and then quit working while she was still taking it"),
        row("sertraline", "SSRI", "antidepressant", "100 mg", "2024-03", "2024-09", "no help", "no_response", F, 1, "Sertraline 100 mg 03/2024-09/2024: no help."),
        row("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024-10", "2025-08", "helped her sleep and appetite but her mood was unchanged", "no_response", F, 1, "Mirtazapine 30 mg 10/2024-08/2025 helped her sleep and appetite but her mood was unchanged."),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-09", None, "'half of me is back' ... still flat; a partial response", "partial_response", F, 3, "Duloxetine 60 mg: 'half of me is back' - sleeping, at work, still flat and crying some evenings. A partial response; continue."),
        row("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-07-21", "2026-08-11", "stopped after three weeks: restless legs at night, could not sit through group", "side_effects", F, 3, "Aripiprazole was stopped on 08/11 after three weeks: restless legs at night and she could not sit through group."),
    ],
    "scales": [
        sc("PHQ-9", 18, "2026-05-12", F, 1, "PHQ-9 18; GAD-7 15."),
        sc("GAD-7", 15, "2026-05-12", F, 1, "PHQ-9 18; GAD-7 15."),
        sc("PHQ-9", 16, "2026-07-21", F, 2, "PHQ-9 16."),
        sc("PHQ-9", 12, "2026-09-29", F, 3, "PHQ-9 12."),
    ],
    "diagnoses": [
        dx("F11.20", F, 1, "F11.20 Opioid dependence, uncomplicated"),
        dx("F33.2", F, 1, "F33.2 Major depressive disorder, recurrent, severe"),
        dx("F41.1", F, 1, "F41.1 Generalized anxiety disorder"),
        dx("B18.2", F, 1, "B18.2 Chronic viral hepatitis C"),
    ],
    "suicidality": sui("attempt", F, 1, "suicide attempt by intentional overdose in 2021 (heroin and pills), ICU stay"),
})

# ---------------------------------------------------------------- 09 neurologist's migraine notes (PDF)
F = "summit_neurology_headache_notes_farrow.pdf"
p1 = [
    ("h", "Summit Neurology Associates - Headache Clinic Note (FICTIONAL)"),
    ("l", "Patient: Imogen Farrow (FICTIONAL), 41   MRN: SNA-FICT-90316   Visit: 08/04/2026   Neurologist: P. Deshmukh, MD"),
    ("l", "Assessment codes: G43.709 Chronic migraine without aura, not intractable; F33.1 Major depressive disorder, recurrent, moderate"),
    ("h", "History of present illness"),
    ("p", "18 headache days a month. Headache pain today 7/10. Rimegepant 75 mg as needed, about 6 doses a month. OnabotulinumtoxinA every 12 weeks since 2025 has cut the severe days by about a third."),
    ("h", "Preventive history (headache)"),
    ("p", "Amitriptyline 25 mg at night for migraine prevention (2024), stopped for dry mouth; topiramate 100 mg (2023) for migraine, word-finding trouble. Neither was given for her mood."),
    ("h", "Psychiatric medicines and treatment (managed by Dr. Ruiz, psychiatry; told for interactions)"),
    ("p", "Fluoxetine 20 mg (2021-2022): it made her headaches much worse and she stopped it; her mood had not changed on it. CBT for depression, 14 sessions in 2023: her mood lifted during the course in the spring of 2023, but the depression was back by the fall. Escitalopram 10 mg 09/2023-12/2024 helped for about a year, then the benefit faded and it was stopped. Duloxetine 60 mg 01/2025 was stopped after two weeks for nausea and vomiting."),
    ("p", "Venlafaxine XR 150 mg since 02/2025 for mood; it may also be helping the headaches a little. PHQ-9 today 11. She denies suicidal ideation."),
    ("p", "She has never had TMS. Her psychiatrist may add aripiprazole; I asked that any change be sent to me."),
]
p2 = [
    ("h", "Headache Clinic Follow-up - 11/03/2026 (FICTIONAL)"),
    ("l", "Patient: Imogen Farrow   MRN: SNA-FICT-90316   Neurologist: P. Deshmukh, MD"),
    ("p", "Headache days down to 11 a month after the fourth Botox cycle. Headache pain today 5/10. Rimegepant as needed, 4 doses in October."),
    ("p", "Mood: on venlafaxine XR 150 mg her mood is 'better but not right' per the patient, and Dr. Ruiz is keeping the dose. No aripiprazole was started. Blood pressure 128/80 on venlafaxine."),
    ("p", "Her daughter (16) was started on sertraline by her pediatrician; no interaction concern for the patient."),
    ("l", "Plan: continue Botox every 12 weeks; rimegepant as needed; return in 4 months."),
]
CASES.append({
    "slug": "09-neurology-migraine-notes-pdf",
    "docs": [{"file": F, "fmt": "pdf", "title": "Summit Neurology headache notes", "pages": [p1, p2]}],
    "note": "FICTIONAL case. A neurologist's headache-clinic notes for chronic migraine that list the psychiatric medicines for interactions, 2-page PDF (08 and 11/2026). Rows: fluoxetine no change in mood and headaches worse, stopped (side effects); CBT 14 sessions 2023, lifted then back (relapse); escitalopram helped about a year then faded (relapse); duloxetine two weeks, nausea (side effects); venlafaxine XR from 02/2025, 'better but not right' (partial, judged on p. 2). Not rows: amitriptyline and topiramate for migraine, Botox, rimegepant as needed, TMS never had, aripiprazole 'may add' and not started, the daughter's sertraline. Headache pain 7/10 and 5/10 are pain NRS rows.",
    "history": [
        row("fluoxetine", "SSRI", "antidepressant", "20 mg", "2021", "2022", "no change in her mood, and her headaches were worse on it; she stopped it", "side_effects", F, 1, "Fluoxetine 20 mg (2021-2022): it made her headaches much worse and she stopped it; her mood had not changed on it."),
        row("CBT", "psychotherapy", "psychotherapy", "14 sessions", "2023", "2023", "mood lifted during the course, but the depression was back by the fall", "relapse", F, 1, "her mood lifted during the course in the spring of 2023, but the depression was back by the fall"),
        row("escitalopram", "SSRI", "antidepressant", "10 mg", "2023-09", "2024-12", "helped for about a year, then the benefit faded and it was stopped", "relapse", F, 1, "Escitalopram 10 mg 09/2023-12/2024 helped for about a year, then the benefit faded and it was stopped."),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-01", "2025-01", "stopped after two weeks for nausea and vomiting", "side_effects", F, 1, "Duloxetine 60 mg 01/2025 was stopped after two weeks for nausea and vomiting."),
        row("venlafaxine", "SNRI", "antidepressant", "150 mg", "2025-02", None, "'better but not right'", "partial_response", F, 2, "on venlafaxine XR 150 mg her mood is 'better but not right' per the patient"),
    ],
    "scales": [
        sc("pain NRS", 7, "2026-08-04", F, 1, "Headache pain today 7/10."),
        sc("PHQ-9", 11, "2026-08-04", F, 1, "PHQ-9 today 11."),
        sc("pain NRS", 5, "2026-11-03", F, 2, "Headache pain today 5/10."),
    ],
    "diagnoses": [
        dx("G43.709", F, 1, "G43.709 Chronic migraine without aura, not intractable"),
        dx("F33.1", F, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
    ],
    "suicidality": sui("none", F, 1, "She denies suicidal ideation."),
})

# ---------------------------------------------------------------- 10 college health center summary (DOCX)
F = "college_health_summary_nakamura.docx"
pg = [
    ("h", "Halvorsen College Student Health and Counseling - Clinical Summary"),
    ("l", "FICTIONAL SAMPLE. Student and staff names and ID numbers are invented."),
    ("l", "Student: Aiko Nakamura (FICTIONAL), age 20   Student ID: HC-FICT-224961   Prepared 10/27/2026 at the student's request for her home psychiatrist"),
    ("h", "Diagnoses"),
    ("t", ["ICD-10-CM", "Diagnosis", "Treated by"]),
    ("t", ["F32.1", "Major depressive disorder, single episode, moderate", "Student Health psychiatry (NP)"]),
    ("t", ["F41.1", "Generalized anxiety disorder", "Counseling Center"]),
    ("t", ["F90.0", "ADHD, predominantly inattentive", "Home psychiatrist (methylphenidate ER 36 mg)"]),
    ("h", "Treatment at Student Health, by semester"),
    ("p", "Fall 2024 (first year): fluoxetine 20 mg started 09/2024. She stopped it on her own in 03/2025 because she felt 'numb' and could not cry at her grandmother's funeral."),
    ("p", "Spring 2025: Counseling Center CBT, 8 sessions (02/2025-04/2025). It helped with the panic attacks; the low mood stayed."),
    ("p", "Sertraline 50 mg started 04/2025, raised to 100 mg in 05/2025. She finished the semester, was well all summer, and we tapered it off in 12/2025 because she had been in remission for six months."),
    ("p", "Fall 2026: the depression returned in September. Sertraline 100 mg was restarted on 09/15/2026; at her 10/27 visit she said it was too soon to know whether it is helping."),
    ("h", "Scores"),
    ("t", ["Date", "PHQ-9", "GAD-7"]),
    ("t", ["09/15/2026", "17", "13"]),
    ("t", ["10/27/2026", "14", "11"]),
    ("h", "Safety"),
    ("p", "In September she had passive wishes to be dead ('I wished I could just not exist for a while'), no plan or intent; by 10/27 these had eased. She denies any past self-harm."),
    ("h", "Other"),
    ("p", "Hydroxyzine 25 mg as needed before exams (used twice this term). She told us her roommate's Adderall was offered to her during finals; she did not take it. A DBT skills group was recommended; the group's wait list is about six weeks."),
    ("l", "Signed: R. Castellano, PMHNP-BC, Student Health (FICTIONAL)"),
]
CASES.append({
    "slug": "10-college-health-center-summary-docx",
    "docs": [{"file": F, "fmt": "docx", "title": "Halvorsen College Student Health summary", "pages": [pg]}],
    "note": "FICTIONAL case. A college student health center's clinical summary by semester, DOCX, with a diagnosis table and a scores table. Rows: fluoxetine stopped for feeling 'numb' (side effects); Counseling Center CBT 8 sessions, helped panic, low mood stayed (no response); sertraline 04/2025-12/2025 remission, and sertraline restarted 09/15/2026, too soon to know (unknown): two courses. Not rows: methylphenidate for ADHD (coded), hydroxyzine as needed, the roommate's Adderall (not taken), the DBT group wait list.",
    "history": [
        row("fluoxetine", "SSRI", "antidepressant", "20 mg", "2024-09", "2025-03", "stopped on her own because she felt 'numb' and could not cry", "side_effects", F, 1, "fluoxetine 20 mg started 09/2024. She stopped it on her own in 03/2025 because she felt 'numb' and could not cry"),
        row("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2025-02", "2025-04", "helped with the panic attacks; the low mood stayed", "no_response", F, 1, "Counseling Center CBT, 8 sessions (02/2025-04/2025). It helped with the panic attacks; the low mood stayed."),
        row("sertraline", "SSRI", "antidepressant", "100 mg", "2025-04", "2025-12", "was well all summer; tapered off in 12/2025 after six months in remission", "remission", F, 1, "Sertraline 50 mg started 04/2025, raised to 100 mg in 05/2025. She finished the semester, was well all summer, and we tapered it off in 12/2025 because she had been in remission for six months."),
        row("sertraline", "SSRI", "antidepressant", "100 mg", "2026-09-15", None, "too soon to know whether it is helping", "unknown", F, 1, "Sertraline 100 mg was restarted on 09/15/2026; at her 10/27 visit she said it was too soon to know whether it is helping."),
    ],
    "scales": [
        sc("PHQ-9", 17, "2026-09-15", F, 1, "09/15/2026 17 13"),
        sc("GAD-7", 13, "2026-09-15", F, 1, "09/15/2026 17 13"),
        sc("PHQ-9", 14, "2026-10-27", F, 1, "10/27/2026 14 11"),
        sc("GAD-7", 11, "2026-10-27", F, 1, "10/27/2026 14 11"),
    ],
    "diagnoses": [
        dx("F32.1", F, 1, "F32.1 Major depressive disorder, single episode, moderate"),
        dx("F41.1", F, 1, "F41.1 Generalized anxiety disorder"),
        dx("F90.0", F, 1, "F90.0 ADHD, predominantly inattentive"),
    ],
    "suicidality": sui("passive", F, 1, "In September she had passive wishes to be dead"),
})

# ---------------------------------------------------------------- 11 faxed handwritten-looking referral (scan)
F = "fax_referral_psychiatry_okonjo.pdf"
p1 = [
    ("h", "FAX COVER - Pinecrest Family Medicine (FICTIONAL)"),
    ("l", "FICTIONAL SAMPLE - all names and numbers invented"),
    ("l", "To: Lakeside Behavioral Health intake   Fax 555-0188"),
    ("l", "From: Dr. H. Sorensen   Fax 555-0131   Phone 555-0130"),
    ("l", "Date: 11/18/2026   Pages: 2 including cover"),
    ("l", "Re: urgent psychiatry referral - Emeka Okonjo (FICTIONAL)"),
    ("g",), ("g",),
    ("l", "Note: pt's wife takes Zoloft - listed on our chart in error before, removed."),
    ("l", "CONFIDENTIAL health information. If received in error call 555-0130."),
]
p2 = [
    ("h", "Referral to Psychiatry (handwritten, FICTIONAL)"),
    ("l", "Pt: Emeka Okonjo   DOB 06/02/1971   Chart PFM-FICT-11873"),
    ("l", "Dx: F33.2 MDD recurrent severe / E11.9 DM2 / I10 HTN"),
    ("l", "Reason: depression not better after 5 meds. PHQ-9 today 21."),
    ("l", "SI: wishes he wouldn't wake up, no plan, no intent. Safety plan given."),
    ("h", "Past antidepressants:"),
    ("l", "1) citalopram 20 mg 2019-2021 - worked, stopped when well"),
    ("l", "2) escitalopram 20 mg 1/23-6/23 - no help"),
    ("l", "3) venlafaxine 150 mg 7/23-3/24 - sweats, BP up -> stopped"),
    ("l", "4) mirtazapine 30 mg 4/24-now - some help, not enough"),
    ("l", "5) quetiapine 150 mg added to mirtazapine 5/25-7/25 - too sedated, gained wt -> stopped"),
    ("g",),
    ("l", "Other meds: metformin 1000 bid, lisinopril 10. Zolpidem 5 prn sleep (rarely)."),
    ("l", "Pt refuses ECT. Please consider TMS or other options."),
    ("l", "Thank you - H. Sorensen MD"),
]
CASES.append({
    "slug": "11-faxed-handwritten-referral-scan",
    "docs": [{"file": F, "fmt": "scan", "title": "Pinecrest Family Medicine fax", "font": "sans", "pages": [p1, p2]}],
    "note": "FICTIONAL case. A faxed primary-care referral to psychiatry in a handwriting-like slanted face, image-only 2-page scan (no text layer): fax cover (p. 1), the referral with a numbered list of five past antidepressants (p. 2). Rows: citalopram remission; escitalopram no help; venlafaxine sweats and BP (side effects); mirtazapine current 'some help, not enough' (partial); quetiapine added to mirtazapine, sedated and weight (augmentation, side effects). Not rows: the wife's Zoloft (cover page), metformin, lisinopril, zolpidem as needed, ECT refused, TMS 'please consider'.",
    "history": [
        row("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2021", "worked, stopped when well", "remission", F, 2, "1) citalopram 20 mg 2019-2021 - worked, stopped when well"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-01", "2023-06", "no help", "no_response", F, 2, "2) escitalopram 20 mg 1/23-6/23 - no help"),
        row("venlafaxine", "SNRI", "antidepressant", "150 mg", "2023-07", "2024-03", "sweats, BP up -> stopped", "side_effects", F, 2, "3) venlafaxine 150 mg 7/23-3/24 - sweats, BP up -> stopped"),
        row("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024-04", None, "some help, not enough", "partial_response", F, 2, "4) mirtazapine 30 mg 4/24-now - some help, not enough"),
        row("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2025-05", "2025-07", "too sedated, gained wt -> stopped", "side_effects", F, 2, "5) quetiapine 150 mg added to mirtazapine 5/25-7/25 - too sedated, gained wt -> stopped"),
    ],
    "scales": [sc("PHQ-9", 21, "2026-11-18", F, 2, "PHQ-9 today 21.")],
    "diagnoses": [
        dx("F33.2", F, 2, "F33.2 MDD recurrent severe"),
        dx("E11.9", F, 2, "E11.9 DM2"),
        dx("I10", F, 2, "I10 HTN"),
    ],
    "suicidality": sui("passive", F, 2, "SI: wishes he wouldn't wake up, no plan, no intent."),
})

# ---------------------------------------------------------------- 12 Spanish mental-health nursing follow-up sheet (TXT)
F = "hoja_seguimiento_enfermeria_salud_mental_ibarra.txt"
pg = [
    ("l", "MUESTRA FICTICIA / FICTIONAL SAMPLE - Centro de Salud Mental Comunitario Valle Alto (FICTICIO)"),
    ("l", "HOJA DE SEGUIMIENTO DE ENFERMERIA DE SALUD MENTAL"),
    ("l", "Paciente: Lucia Ibarra Montes (FICTICIA), 47 anos   N.o historia: CSMVA-FICT-30772   Enfermera referente: P. Garrido"),
    ("l", "Diagnosticos (CIE-10-MC): F33.1 Trastorno depresivo mayor recurrente, moderado; F41.1 Trastorno de ansiedad generalizada"),
    ("g",),
    ("l", "Antecedentes de tratamiento (revisados con la paciente en la primera consulta de enfermeria, 06/05/2026):"),
    ("l", "- Mirtazapina 30 mg, 2020: somnolencia diurna intensa; la dejo al mes."),
    ("l", "- Paroxetina 20 mg, 2021-2022: la dejo por aumento de peso (9 kg)."),
    ("l", "- Venlafaxina 150 mg, 2022-2024: remision completa; se retiro en 2024 por encontrarse bien."),
    ("l", "- Sertralina 100 mg, de marzo a septiembre de 2025: sin respuesta."),
    ("l", "- Duloxetina 60 mg desde octubre de 2025 (actual)."),
    ("l", "- TCC grupal, 10 sesiones (febrero-abril de 2026): le ayudo a organizarse, pero el animo sigue igual."),
    ("l", "- Nunca ha recibido TEC ni EMT. Su madre tomo fluoxetina muchos anos."),
    ("g",),
    ("l", "06/05/2026  PHQ-9: 15. Niega ideacion autolitica. Quetiapina 25 mg si insomnio (la toma 1-2 noches por semana)."),
    ("l", "            Omeprazol 20 mg por reflujo. Educacion sobre higiene del sueno."),
    ("l", "03/06/2026  Refiere mejoria parcial con la duloxetina: duerme mejor y ha vuelto a caminar; persiste la tristeza por las tardes."),
    ("l", "01/07/2026  PHQ-9: 13. Niega ideacion autolitica. Se propone valorar EMT en la proxima cita de psiquiatria."),
    ("l", "            Continua duloxetina 60 mg; mejoria parcial, no remision. Psiquiatria no ha iniciado otro farmaco."),
    ("g",),
    ("l", "Nota: fechas en formato dia/mes/ano."),
]
CASES.append({
    "slug": "12-hoja-seguimiento-enfermeria-salud-mental-espanol-txt",
    "docs": [{"file": F, "fmt": "txt", "title": "Hoja de seguimiento de enfermeria", "pages": [pg]}],
    "note": "FICTIONAL case (MUESTRA FICTICIA). A Spanish community mental-health nursing follow-up sheet, plain text without accents, dates day/month/year: a treatment-history list and three dated entries (06/05, 03/06, 01/07/2026). Rows: mirtazapina daytime sleepiness, stopped after a month (side effects); paroxetina weight gain (side effects); venlafaxina remission; sertralina no response; duloxetina from 10/2025, partial (judged 01/07/2026); TCC grupal 10 sessions, helped organize, mood the same (no response). Not rows: TEC and EMT never had, the mother's fluoxetina, quetiapina 25 mg si insomnio, omeprazol, EMT 'se propone valorar'.",
    "history": [
        row("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2020", "2020", "somnolencia diurna intensa; la dejo al mes", "side_effects", F, 1, "Mirtazapina 30 mg, 2020: somnolencia diurna intensa; la dejo al mes."),
        row("paroxetine", "SSRI", "antidepressant", "20 mg", "2021", "2022", "la dejo por aumento de peso (9 kg)", "side_effects", F, 1, "Paroxetina 20 mg, 2021-2022: la dejo por aumento de peso (9 kg)."),
        row("venlafaxine", "SNRI", "antidepressant", "150 mg", "2022", "2024", "remision completa; se retiro en 2024 por encontrarse bien", "remission", F, 1, "Venlafaxina 150 mg, 2022-2024: remision completa; se retiro en 2024 por encontrarse bien."),
        row("sertraline", "SSRI", "antidepressant", "100 mg", "2025-03", "2025-09", "sin respuesta", "no_response", F, 1, "Sertralina 100 mg, de marzo a septiembre de 2025: sin respuesta."),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-10", None, "mejoria parcial, no remision", "partial_response", F, 1, "Continua duloxetina 60 mg; mejoria parcial, no remision."),
        row("CBT", "psychotherapy", "psychotherapy", "10 sesiones", "2026-02", "2026-04", "le ayudo a organizarse, pero el animo sigue igual", "no_response", F, 1, "TCC grupal, 10 sesiones (febrero-abril de 2026): le ayudo a organizarse, pero el animo sigue igual."),
    ],
    "scales": [
        sc("PHQ-9", 15, "2026-05-06", F, 1, "06/05/2026 PHQ-9: 15."),
        sc("PHQ-9", 13, "2026-07-01", F, 1, "01/07/2026 PHQ-9: 13."),
    ],
    "diagnoses": [
        dx("F33.1", F, 1, "F33.1 Trastorno depresivo mayor recurrente, moderado"),
        dx("F41.1", F, 1, "F41.1 Trastorno de ansiedad generalizada"),
    ],
    "suicidality": sui("none", F, 1, "Niega ideacion autolitica."),
})
