"""Cases 01-06 of blind-fresh11. Everything here is FICTIONAL."""


def H(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": file, "page": page, "text": text}}


def S(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": {"file": file, "page": page, "text": text}}


def D(code, file, page, text):
    return {"code": code, "source": {"file": file, "page": page, "text": text}}


def SU(level, file=None, page=None, text=None):
    return {"level": level, "source": None if file is None else {"file": file, "page": page, "text": text}}


# ---------------------------------------------------------------------------------------------------------------
# 01 EHR problem list + medication history printout, 2-page PDF, dose-change rows of one trial on p. 2
F1 = "larkspur_chart_printout_2026-10-14.pdf"
X = [54, 190, 262, 322, 382]
c01_pages = [
    [
        "# LARKSPUR VALLEY FAMILY HEALTH - CHART SUMMARY (PRINTED 10/14/2026 16:02)",
        "FICTIONAL RECORD for software testing. Larkspur Valley Family Health, 88 Orchard Row, Brennick Falls (invented).",
        "Patient: ORLOW, TAMSIN J     DOB: 04/11/1991     MRN: FICT-40217     PCP: R. Adeyemi-Holt, MD",
        "Insurance: Northgate Mutual Health (fictional)  Member ID FICT-NMH-5521093",
        "",
        "# PROBLEM LIST (ACTIVE)",
        ("row", ["Code", "Description", "Onset", "Status"], [54, 120, 400, 470], True),
        ("row", ["F33.1", "Major depressive disorder, recurrent, moderate", "2019", "Active"], [54, 120, 400, 470]),
        ("row", ["G43.909", "Migraine, unspecified, not intractable", "2012", "Active"], [54, 120, 400, 470]),
        ("row", ["E66.9", "Obesity, unspecified", "2020", "Active"], [54, 120, 400, 470]),
        "",
        "# VITALS / SCREENING 10/14/2026",
        "BP 124/78  HR 72  Wt 212 lb  BMI 33.2",
        "PHQ-9: 16 (10/14/2026)     GAD-7: 11 (10/14/2026)",
        "C-SSRS screener: answered No to all six items. No SI, no behavior.",
        "",
        "# ACTIVE MEDICATIONS",
        "venlafaxine ER 150 mg capsule - take 1 capsule by mouth daily - Start 06/03/2025 - Prescriber Adeyemi-Holt",
        "topiramate 50 mg tablet - 1 tab BID (migraine prevention) - Start 02/2022",
        "",
        "# VISIT NOTE (EXCERPT) 10/14/2026",
        "Depression f/u. Partial benefit on venlafaxine - sleeping better, still low motivation and tearful most days.",
        "Discussed options. Pt not interested in therapy right now (transportation). Lithium never tried.",
        "Sister has done well on Lexapro per pt. Continue venlafaxine ER 150 mg; consider psychiatry e-consult.",
        "Inactive medication history printed on the next page.",
    ],
    [
        "# MEDICATION HISTORY - INACTIVE / DISCONTINUED (ORLOW, TAMSIN J  MRN FICT-40217)",
        "FICTIONAL RECORD. Entries are shown as the EHR stores them: each dose change closes one entry and opens another.",
        "",
        ("row", ["Medication", "Start", "Stop", "Status", "Discontinue reason / comment"], X, True),
        ("row", ["FLUoxetine 20 mg cap", "03/08/2021", "05/10/2021", "Changed", "Dose change"], X),
        ("row", ["FLUoxetine 40 mg cap", "05/10/2021", "08/23/2021", "D/C", "No change in mood per pt after 5 mo"], X),
        ("row", ["buPROPion XL 150 mg", "10/04/2021", "04/18/2022", "D/C", "Pregnancy; pt says it had helped energy some,"], X),
        ("row", ["", "", "", "", "mood still low"], X),
        ("row", ["sertraline 50 mg tab", "09/12/2022", "", "Not taken", "Rx sent - pt never filled (breastfeeding worry)"], X),
        ("row", ["mirtazapine 15 mg tab", "01/09/2023", "03/20/2023", "D/C", "Weight gain 12 lb in 10 wk"], X),
        ("row", ["ARIPiprazole 2 mg tab", "09/15/2025", "11/02/2025", "D/C", "Added to venlafaxine; restless legs/akathisia"], X),
        ("row", ["ondansetron 4 mg ODT", "06/03/2025", "06/20/2025", "Completed", "PRN nausea first weeks of venlafaxine"], X),
        ("row", ["sumatriptan 50 mg", "2014", "2021", "D/C", "Switched to topiramate"], X),
        "",
        "Allergies: penicillin (hives).",
        "End of printout.",
    ],
]
c01 = {
    "slug": "01-ehr-chart-printout",
    "docs": [{"file": F1, "kind": "pdf", "content": c01_pages}],
    "note": "FICTIONAL case. EHR chart printout, 2-page PDF; inactive medication history on p. 2. Fluoxetine is ONE "
            "trial stored as two EHR entries (20 mg then 40 mg): one row, 2021-03-08 to 2021-08-23, no_response. "
            "Bupropion stopped for PREGNANCY: per docs/notes.md a stop for pregnancy decides nothing; the comment says "
            "it had helped energy some, mood still low -> partial_response. Venlafaxine ongoing (end null), its outcome "
            "is on p. 1 (partial). Not rows: sertraline (never filled), ondansetron (PRN, not psychiatric), "
            "sumatriptan/topiramate (migraine), therapy (not interested), lithium (never tried), sister's Lexapro. "
            "C-SSRS answered No to all -> suicidality none (words only, no scale row).",
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2021-03-08", "2021-08-23",
          "No change in mood per pt after 5 mo", "no_response", F1, 2,
          "FLUoxetine 40 mg cap 05/10/2021 08/23/2021 D/C No change in mood per pt after 5 mo"),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2021-10-04", "2022-04-18",
          "Pregnancy; pt says it had helped energy some, mood still low", "partial_response", F1, 2,
          "Pregnancy; pt says it had helped energy some,"),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "15 mg", "2023-01-09", "2023-03-20",
          "Weight gain 12 lb in 10 wk", "side_effects", F1, 2,
          "mirtazapine 15 mg tab 01/09/2023 03/20/2023 D/C Weight gain 12 lb in 10 wk"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2025-09-15", "2025-11-02",
          "Added to venlafaxine; restless legs/akathisia", "side_effects", F1, 2,
          "ARIPiprazole 2 mg tab 09/15/2025 11/02/2025 D/C Added to venlafaxine; restless legs/akathisia"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg daily", "2025-06-03", None,
          "Partial benefit on venlafaxine - sleeping better, still low motivation and tearful most days",
          "partial_response", F1, 1,
          "Partial benefit on venlafaxine - sleeping better, still low motivation and tearful most days."),
    ],
    "scales": [
        S("PHQ-9", 16, "2026-10-14", F1, 1, "PHQ-9: 16 (10/14/2026)"),
        S("GAD-7", 11, "2026-10-14", F1, 1, "GAD-7: 11 (10/14/2026)"),
    ],
    "diagnoses": [
        D("F33.1", F1, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("G43.909", F1, 1, "G43.909 Migraine, unspecified, not intractable"),
        D("E66.9", F1, 1, "E66.9 Obesity, unspecified"),
    ],
    "suicidality": SU("none", F1, 1, "C-SSRS screener: answered No to all six items. No SI, no behavior."),
}

# ---------------------------------------------------------------------------------------------------------------
# 02 group-practice transfer summary, DOCX, same drug tried in two episodes, Auvelity current
F2 = "summit_hollow_transfer_summary.docx"
c02 = {
    "slug": "02-group-practice-transfer-docx",
    "docs": [{"file": F2, "kind": "docx", "content": [
        ("h", "Summit Hollow Behavioral Associates - Transfer of Care Summary"),
        ("p", "FICTIONAL DOCUMENT (test data). Summit Hollow Behavioral Associates, 410 Quarry Lane, Suite 2, "
              "Alder Crossing (invented). Tel 555-0142. Fax 555-0143."),
        ("p", "Re: Marisol Quenby-Dutt   DOB 02/27/1986   Chart FICT-SHB-7730   Date: November 12, 2026"),
        ("p", "To: Dr. Priya Castellane, Ironwood Psychiatry Group (fictional)"),
        ("p", "Dear Dr. Castellane, thank you for accepting Ms. Quenby-Dutt. I am relocating my practice at the end "
              "of the year and she asked to continue with your group. Below is her course with us since January "
              "2020."),
        ("h", "Diagnoses"),
        ("p", "F33.1 Major depressive disorder, recurrent episode, moderate; F41.1 Generalized anxiety disorder."),
        ("h", "Treatment course"),
        ("t", [
            ["Treatment", "Dates", "Highest dose / size", "What happened"],
            ["Lexapro (escitalopram)", "Jan 2020 - Oct 2020", "20 mg",
             "Remitted by spring; stayed well until the fall, then symptoms crept back despite the same dose"],
            ["Interpersonal therapy (IPT) with our clinician", "Sept - Dec 2021", "14 sessions",
             "Helped her grieve her father; mood lifted somewhat but never fully"],
            ["Lexapro (escitalopram), 2nd trial", "02/2023 - 06/2023", "20 mg",
             "Second try: no benefit this time"],
            ["Pristiq (desvenlafaxine)", "07/2023 - 01/2024", "100 mg",
             "Modest gains; sexual side effects, she asked to stop"],
            ["Seroquel XR (quetiapine) added to Pristiq", "11/2023 - 01/2024", "150 mg",
             "Too groggy in the mornings to drive; stopped"],
            ["Auvelity", "03/2024 - present", "1 tab BID",
             "Better than anything before but not well; still has low days"],
        ]),
        ("h", "Measures"),
        ("t", [
            ["Date", "PHQ-9", "GAD-7"],
            ["01/14/2020", "22", "15"],
            ["09/03/2024", "12", "9"],
            ["11/12/2026", "15", "13"],
        ]),
        ("h", "Safety"),
        ("p", "During the 2020 relapse she had passive suicidal ideation ('I wished I could just disappear'); never a "
              "plan, never an attempt. She currently denies SI."),
        ("h", "Not tried / discussed"),
        ("p", "She has never had ECT or TMS. We discussed Spravato in October 2026; she would like to wait until after "
              "the holidays. Her mother did well on Wellbutrin, which she has not taken. A lithium trial was raised "
              "once and she preferred not to."),
        ("p", "Sincerely, Hollis Varga-Penn, MD (fictional)"),
    ]}],
    "note": "FICTIONAL case. Group-practice transfer summary, DOCX with a treatment table. Escitalopram twice: 2020 "
            "(remitted, then symptoms crept back -> relapse) and a 2nd trial 2023 (no_response): two rows. "
            "Desvenlafaxine: modest gains but stopped for sexual side effects -> side_effects (stop reason decides). "
            "Auvelity = dextromethorphan-bupropion, ongoing, partial_response. Not rows: Spravato (discussed), ECT/TMS "
            "(never), mother's Wellbutrin, lithium (raised, declined). Passive SI in 2020 -> passive.",
    "history": [
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2020-01", "2020-10",
          "Remitted by spring; stayed well until the fall, then symptoms crept back despite the same dose",
          "relapse", F2, 1,
          "Lexapro (escitalopram) Jan 2020 - Oct 2020 20 mg Remitted by spring; stayed well until the fall, then "
          "symptoms crept back despite the same dose"),
        H("IPT", "psychotherapy", "psychotherapy", "14 sessions", "2021-09", "2021-12",
          "Helped her grieve her father; mood lifted somewhat but never fully", "partial_response", F2, 1,
          "Interpersonal therapy (IPT) with our clinician Sept - Dec 2021 14 sessions"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-02", "2023-06",
          "Second try: no benefit this time", "no_response", F2, 1,
          "Lexapro (escitalopram), 2nd trial 02/2023 - 06/2023 20 mg Second try: no benefit this time"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2023-07", "2024-01",
          "Modest gains; sexual side effects, she asked to stop", "side_effects", F2, 1,
          "Pristiq (desvenlafaxine) 07/2023 - 01/2024 100 mg Modest gains; sexual side effects, she asked to stop"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2023-11", "2024-01",
          "Too groggy in the mornings to drive; stopped", "side_effects", F2, 1,
          "Seroquel XR (quetiapine) added to Pristiq 11/2023 - 01/2024 150 mg"),
        H("dextromethorphan-bupropion", "NMDA antagonist / NDRI", "antidepressant", "1 tab BID", "2024-03", None,
          "Better than anything before but not well; still has low days", "partial_response", F2, 1,
          "Auvelity 03/2024 - present 1 tab BID Better than anything before but not well; still has low days"),
    ],
    "scales": [
        S("PHQ-9", 22, "2020-01-14", F2, 1, "01/14/2020 22 15"),
        S("GAD-7", 15, "2020-01-14", F2, 1, "01/14/2020 22 15"),
        S("PHQ-9", 12, "2024-09-03", F2, 1, "09/03/2024 12 9"),
        S("GAD-7", 9, "2024-09-03", F2, 1, "09/03/2024 12 9"),
        S("PHQ-9", 15, "2026-11-12", F2, 1, "11/12/2026 15 13"),
        S("GAD-7", 13, "2026-11-12", F2, 1, "11/12/2026 15 13"),
    ],
    "diagnoses": [
        D("F33.1", F2, 1, "F33.1 Major depressive disorder, recurrent episode, moderate"),
        D("F41.1", F2, 1, "F41.1 Generalized anxiety disorder."),
    ],
    "suicidality": SU("passive", F2, 1, "During the 2020 relapse she had passive suicidal ideation"),
}

# ---------------------------------------------------------------------------------------------------------------
# 03 geriatric psychiatry consult in assisted living, TXT narrative, ECT course with remission then relapse
F3 = "geri_psych_consult_2026-11-30.txt"
c03_lines = [
    "FICTIONAL RECORD - TEST DATA ONLY. Persons and facilities below are invented.",
    "",
    "WILLOWMERE GERIATRIC PSYCHIATRY SERVICE (fictional) -- CONSULTATION",
    "Seen at: Tamarack Commons Assisted Living, Apt 214, Lower Pell (invented town)",
    "Patient: Edna Florrie Kaczmarczyk   Age 81   ID FICT-WGP-0093",
    "Date of service: 11/30/2026   Requested by: Dr. Ilse Okafor-Brandt (PCP)",
    "",
    "REASON: Persistent late-life depression; PCP asks about next options and about the prior ECT.",
    "",
    "HISTORY OF PRESENT ILLNESS",
    "Mrs. K is a widowed retired schoolteacher with recurrent depression since her 50s. She was interviewed",
    "with her daughter present (daughter gave most of the dates). Over the last 3 months she has stopped going",
    "to meals, lost 9 lb, and says 'there's no point to the days.' She endorses thinking that 'the Lord could take",
    "me anytime and I'd be fine with it' - no intent, no plan, has never harmed herself.",
    "",
    "PAST PSYCHIATRIC TREATMENT (per daughter, pharmacy printout, Grayhaven records)",
    "Citalopram was started by her PCP in 2018 at 20 mg and capped there because of her age. She says it",
    "'took the edge off' but she never felt back to normal. It was stopped in early 2022 when cardiology found",
    "a prolonged QTc (512 ms) on it.",
    "Mirtazapine 7.5 mg qHS, raised to 15 mg, 03/2022 to 08/2022: ate better and slept, but her mood did not",
    "budge at all. Daughter stopped giving it in August.",
    "Sertraline 25 -> 50 mg from 09/2022; stopped 01/2023 after two falls with hyponatremia (Na 127).",
    "ECT at Grayhaven Hospital (fictional), April-May 2023: 10 right unilateral ultrabrief treatments. She",
    "remitted and went home 'like her old self'. By autumn 2023 the depression was back despite maintenance",
    "medication; maintenance ECT was not arranged (transport).",
    "Bupropion XL 150 mg since 11/2023, still taking: 'a little brighter' per daughter but still withdrawn.",
    "Nortriptyline has never been tried (cardiac history). No psychotherapy beyond a chaplain's visits.",
    "",
    "FAMILY HISTORY: Son treated with ECT in 2010 with good response. No suicides.",
    "",
    "MEDICATIONS NOW: bupropion XL 150 mg qAM, apixaban 5 mg BID, metoprolol 25 mg BID, acetaminophen PRN.",
    "",
    "MEASURES TODAY: PHQ-9 17. GDS-15 11/15. MoCA 24/30.",
    "",
    "ASSESSMENT",
    "F33.2 Major depressive disorder, recurrent, severe without psychotic features",
    "I48.91 Unspecified atrial fibrillation",
    "E87.1 Hypo-osmolality and hyponatremia (history)",
    "Treatment-resistant late-life depression: adequate trials of three antidepressants and an acute ECT course",
    "with remission followed by relapse.",
    "",
    "PLAN",
    "1. Consider low-dose lithium augmentation vs re-referral to Grayhaven for an ECT course with maintenance.",
    "2. Could increase bupropion XL to 300 mg if BP allows - discuss with PCP.",
    "3. Safety: passive death wish only; daughter to keep medications locked. Return 4 weeks.",
    "",
    "Signed: Dr. Anselm Weatherby-Lowe, geriatric psychiatry (fictional)",
]
c03 = {
    "slug": "03-geriatric-consult-txt",
    "docs": [{"file": F3, "kind": "txt", "content": c03_lines}],
    "note": "FICTIONAL case. Geriatric psychiatry consultation, plain text. Citalopram 'took the edge off' but stopped "
            "for QTc prolongation -> side_effects (stop reason decides); 'early 2022' -> 2022. Mirtazapine ate/slept "
            "better but mood did not budge -> no_response, dose step 7.5->15 in one trial. ECT 10 treatments "
            "2023-04..2023-05, remitted then back by autumn -> relapse. Bupropion ongoing, partial_response. Not rows: "
            "nortriptyline (never), lithium and repeat ECT (plan/consider), bupropion 300 (plan, same trial), son's "
            "ECT, chaplain visits, apixaban/metoprolol/acetaminophen. GDS-15 and MoCA are not scales of the contract. "
            "Passive death wish -> passive.",
    "history": [
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2018", "2022",
          "'took the edge off' but she never felt back to normal. It was stopped in early 2022 when cardiology "
          "found a prolonged QTc", "side_effects", F3, 1,
          "It was stopped in early 2022 when cardiology found a prolonged QTc (512 ms) on it."),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "15 mg", "2022-03", "2022-08",
          "ate better and slept, but her mood did not budge at all", "no_response", F3, 1,
          "Mirtazapine 7.5 mg qHS, raised to 15 mg, 03/2022 to 08/2022: ate better and slept, but her mood did not"),
        H("sertraline", "SSRI", "antidepressant", "50 mg", "2022-09", "2023-01",
          "stopped 01/2023 after two falls with hyponatremia (Na 127)", "side_effects", F3, 1,
          "Sertraline 25 -> 50 mg from 09/2022; stopped 01/2023 after two falls with hyponatremia (Na 127)."),
        H("ECT", "ECT", "neuromodulation", "10 treatments", "2023-04", "2023-05",
          "remitted ... By autumn 2023 the depression was back despite maintenance medication", "relapse", F3, 1,
          "By autumn 2023 the depression was back despite maintenance"),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2023-11", None,
          "'a little brighter' per daughter but still withdrawn", "partial_response", F3, 1,
          "Bupropion XL 150 mg since 11/2023, still taking: 'a little brighter' per daughter but still withdrawn."),
    ],
    "scales": [S("PHQ-9", 17, "2026-11-30", F3, 1, "MEASURES TODAY: PHQ-9 17.")],
    "diagnoses": [
        D("F33.2", F3, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        D("I48.91", F3, 1, "I48.91 Unspecified atrial fibrillation"),
        D("E87.1", F3, 1, "E87.1 Hypo-osmolality and hyponatremia (history)"),
    ],
    "suicidality": SU("passive", F3, 1, "'the Lord could take me anytime and I'd be fine with it' - no intent, no plan"),
}

# ---------------------------------------------------------------------------------------------------------------
# 04 addiction-medicine note, 2-page PDF; buprenorphine/naltrexone are not trials; accidental overdose not an attempt
F4 = "harbor_reach_addiction_med_2026-11-18.pdf"
c04_pages = [
    [
        "# Harbor Reach Recovery Medicine (fictional) - Office-Based Addiction Treatment Progress Note",
        "FICTIONAL - invented patient and clinic for software testing. 21 Tidewater Ct, Port Sallow (invented). 555-0167",
        "Patient: Dorian Achterberg-Moss   DOB 08/30/1988   MRN FICT-HR-22841   DOS: 11/18/2026",
        "Provider: Leontyne Farris, DO (addiction medicine)",
        "",
        "# S:",
        "38M with OUD in sustained remission on buprenorphine and AUD in early remission, here for monthly visit.",
        "No illicit use since 03/2024; UDS today appropriate (+bup, -fentanyl, -opiates). Drinking: none x 7 mo.",
        "Main complaint is mood: 'I'm sober and I still feel like garbage.' Low energy, anhedonia, poor sleep.",
        "",
        "Overdose history: fentanyl overdose 06/2019, revived with naloxone by roommate. He states it was",
        "accidental (thought it was heroin); not a suicide attempt. No other overdoses. Denies ever attempting suicide.",
        "Denies current SI/HI.",
        "",
        "# O:",
        "PHQ-9 19, GAD-7 14 (both today). AUDIT-C 0. Alert, flat affect, linear, no psychosis.",
        "",
        "# Current meds:",
        "- buprenorphine-naloxone 8-2 mg film, 2 films SL daily (since 03/2024)",
        "- naltrexone: stopped 2025 (cannot combine; AUD now managed with counseling)",
        "- Fetzima (levomilnacipran) 80 mg daily - see depression history, p. 2",
        "- trazodone 50 mg qHS PRN sleep",
        "",
        "# A:",
        "F11.21 Opioid use disorder, severe, in remission (ICD-10 F11.21 Opioid dependence, in remission)",
        "F10.21 Alcohol dependence, in remission",
        "F33.1 Major depressive disorder, recurrent, moderate",
        "Depression history and plan continued on page 2.",
    ],
    [
        "# Depression treatment history (Achterberg-Moss, MRN FICT-HR-22841) - FICTIONAL",
        "Psychiatry records from Saltmarsh Community MH (fictional) were reviewed today.",
        "",
        "1) Sertraline 100 mg, 2017-2018: took it on and off while drinking heavily; no benefit he can recall",
        "   other than 'maybe a little less angry' - he calls it useless.",
        "2) Duloxetine 60 mg, 06/2024 to 12/2024: felt better for a couple of months, then right back down.",
        "3) Trintellix (vortioxetine) 10 mg, then 20 mg from 03/2025; stopped 05/2025 for nausea & vomiting.",
        "4) Group CBT for depression here at Harbor Reach, 12 weekly sessions 08/2025 - 10/2025 (attended 11 of 12):",
        "   'learned skills', but his depression scores did not move.",
        "5) Fetzima (levomilnacipran) 40 mg started 06/2025, 80 mg since 08/2025: modest benefit - a few more good",
        "   days a month - but still PHQ-9 high teens.",
        "",
        "Not tried: no prior TMS, no ECT, no augmentation with an antipsychotic or lithium. He asks about ketamine;",
        "we agreed it is not appropriate while he is in early recovery from alcohol. Declined IOP (work schedule).",
        "",
        "# P:",
        "- Continue buprenorphine-naloxone 16-4 mg/day; Rx 28 days.",
        "- Continue Fetzima 80 mg. Refer to psychiatry (Saltmarsh) re augmentation; could consider aripiprazole.",
        "- Recovery group weekly; return 4 weeks.",
        "Signed electronically: L. Farris, DO (fictional)",
    ],
]
c04 = {
    "slug": "04-addiction-medicine-note",
    "docs": [{"file": F4, "kind": "pdf", "content": c04_pages}],
    "note": "FICTIONAL case. Addiction-medicine OBOT note, 2-page PDF; depression trials on p. 2. "
            "Buprenorphine-naloxone and naltrexone (OUD/AUD) are not depression trials: no rows; trazodone 50 mg PRN "
            "sleep: no row. Sertraline 'maybe a little less angry ... useless' -> no_response. Duloxetine better then "
            "back down -> relapse. Vortioxetine 10->20, stopped for nausea -> side_effects. Group CBT 12 sessions, "
            "PHQ-9 unchanged -> no_response. Levomilnacipran ongoing, modest benefit -> partial_response. Not rows: "
            "TMS/ECT/antipsychotic/lithium (not tried), ketamine (asked, not appropriate), IOP (declined), "
            "aripiprazole (could consider). Suicidality: the 2019 overdose is documented as ACCIDENTAL, 'not a suicide "
            "attempt', and he denies ever attempting and current SI -> none (scored so on purpose).",
    "history": [
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2017", "2018",
          "no benefit he can recall other than 'maybe a little less angry' - he calls it useless", "no_response",
          F4, 2, "1) Sertraline 100 mg, 2017-2018: took it on and off while drinking heavily; no benefit he can recall"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-06", "2024-12",
          "felt better for a couple of months, then right back down", "relapse", F4, 2,
          "2) Duloxetine 60 mg, 06/2024 to 12/2024: felt better for a couple of months, then right back down."),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2025-03", "2025-05",
          "stopped 05/2025 for nausea & vomiting", "side_effects", F4, 2,
          "3) Trintellix (vortioxetine) 10 mg, then 20 mg from 03/2025; stopped 05/2025 for nausea & vomiting."),
        H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2025-08", "2025-10",
          "'learned skills', but his depression scores did not move", "no_response", F4, 2,
          "'learned skills', but his depression scores did not move."),
        H("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2025-06", None,
          "modest benefit - a few more good days a month - but still PHQ-9 high teens", "partial_response", F4, 2,
          "5) Fetzima (levomilnacipran) 40 mg started 06/2025, 80 mg since 08/2025: modest benefit - a few more good"),
    ],
    "scales": [
        S("PHQ-9", 19, "2026-11-18", F4, 1, "PHQ-9 19, GAD-7 14 (both today)."),
        S("GAD-7", 14, "2026-11-18", F4, 1, "PHQ-9 19, GAD-7 14 (both today)."),
    ],
    "diagnoses": [
        D("F11.21", F4, 1, "F11.21 Opioid use disorder, severe, in remission"),
        D("F10.21", F4, 1, "F10.21 Alcohol dependence, in remission"),
        D("F33.1", F4, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
    ],
    "suicidality": SU("none", F4, 1, "accidental (thought it was heroin); not a suicide attempt."),
}

# ---------------------------------------------------------------------------------------------------------------
# 05 adolescent clinic note with parent report, TXT; "lex 10"; father's Lexapro; active SI 2024
F5 = "teen_clinic_visit_2026-11-20.txt"
c05_lines = [
    "*** FICTIONAL CHART NOTE - SOFTWARE TEST DATA - NOT A REAL PATIENT ***",
    "Bramblegate Adolescent & Young Adult Clinic (fictional)  |  3 Kestrel Yard, Oxley Mere (invented)  |  555-0181",
    "",
    "Pt: Jonah Pettigrew-Salas, 16 y/o M     MRN FICT-BAYA-66120     Visit: 11/20/2026",
    "Accompanied by: mother (Ines) and father (Rob) - both in room for first half, pt seen alone for second half",
    "Clinician: Wren Okonjo-Hale, MD (adolescent medicine)",
    "",
    "CC: med follow-up, 'he seems like himself again mostly' (dad)",
    "",
    "HPI / PARENT REPORT:",
    "Mom reviewed the med timeline from her phone notes:",
    "  * Fluoxetine started 9/2024 by his pediatrician at 10 mg, up to 20 mg in Nov. Mom: 'he was less snappy",
    "    by Christmas' but still sleeping all day. Stopped Feb 2025 because of vivid nightmares and agitation.",
    "  * lex 10 (escitalopram 5 mg, then 10) Apr-Sept 2025. Mom: 'no difference at all.'",
    "  * Weekly CBT with the school-based therapist Jan-May 2025, about 16 sessions; he liked her and says it",
    "    helped him 'a little' with getting up for school.",
    "  * Sertraline 50 mg started 10/2025, 100 mg since 01/2026 - current. Dad: 'he's back to gaming with his",
    "    friends and eating dinner with us.' Still irritable most mornings and grades not back to baseline.",
    "Mom asked whether he could try what his cousin takes (Wellbutrin) - explained not needed now.",
    "Dad has depression; he did great on Lexapro years ago.",
    "",
    "CONFIDENTIAL PORTION (pt alone):",
    "Nov 2024 he texted a friend that he wanted to die and had looked up how many pills would be lethal; seen",
    "in the ED that night, safety planned, not admitted. Never acted on it. Today denies SI, denies self-harm.",
    "Vapes nicotine 'sometimes'. No alcohol. Guanfacine ER 2 mg for ADHD, takes it.",
    "",
    "SCREENING: PHQ-9 (teen version read aloud) 8 today. At the Nov 2024 ED visit it was 24 (11/08/2024).",
    "GAD-7 6 today.",
    "",
    "ASSESSMENT:",
    "F32.1 Major depressive disorder, single episode, moderate - improving on sertraline",
    "F90.0 ADHD, predominantly inattentive type",
    "",
    "PLAN:",
    "Continue sertraline 100 mg. If progress stalls, could consider aripiprazole augmentation or a return to",
    "therapy (he declined restarting CBT for now). Recheck 8 weeks.",
]
c05 = {
    "slug": "05-adolescent-clinic-parent-report",
    "docs": [{"file": F5, "kind": "txt", "content": c05_lines}],
    "note": "FICTIONAL case. Adolescent clinic note with parent report, plain text. Fluoxetine helped partly but "
            "stopped for nightmares/agitation -> side_effects. 'lex 10' = escitalopram -> no_response. CBT 16 "
            "sessions helped 'a little' -> partial_response. Sertraline 50->100 one ongoing trial, improved but still "
            "irritable -> partial_response. Not rows: cousin's Wellbutrin (asked), father's Lexapro, aripiprazole "
            "(could consider), CBT restart (declined), guanfacine (ADHD). Suicidality: Nov 2024 wanted to die and "
            "researched a lethal pill count (method) -> active, though he denies SI today (latest-note rule would say "
            "none). The PHQ-9 24 is dated 11/08/2024.",
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2024-09", "2025-02",
          "'he was less snappy by Christmas' but still sleeping all day. Stopped Feb 2025 because of vivid "
          "nightmares and agitation", "side_effects", F5, 1,
          "Stopped Feb 2025 because of vivid nightmares and agitation."),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-04", "2025-09",
          "'no difference at all.'", "no_response", F5, 1,
          "lex 10 (escitalopram 5 mg, then 10) Apr-Sept 2025. Mom: 'no difference at all.'"),
        H("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2025-01", "2025-05",
          "helped him 'a little' with getting up for school", "partial_response", F5, 1,
          "Weekly CBT with the school-based therapist Jan-May 2025, about 16 sessions"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-10", None,
          "'he's back to gaming with his friends and eating dinner with us.' Still irritable most mornings and "
          "grades not back to baseline", "partial_response", F5, 1,
          "Still irritable most mornings and grades not back to baseline."),
    ],
    "scales": [
        S("PHQ-9", 8, "2026-11-20", F5, 1, "PHQ-9 (teen version read aloud) 8 today."),
        S("PHQ-9", 24, "2024-11-08", F5, 1, "At the Nov 2024 ED visit it was 24 (11/08/2024)."),
        S("GAD-7", 6, "2026-11-20", F5, 1, "GAD-7 6 today."),
    ],
    "diagnoses": [
        D("F32.1", F5, 1, "F32.1 Major depressive disorder, single episode, moderate"),
        D("F90.0", F5, 1, "F90.0 ADHD, predominantly inattentive type"),
    ],
    "suicidality": SU("active", F5, 1,
                      "he texted a friend that he wanted to die and had looked up how many pills would be lethal"),
}

# ---------------------------------------------------------------------------------------------------------------
# 06 psychiatric NP medication-management flowsheet, 2-page PDF table, WBT abbreviation, augmentations
F6 = "pmhnp_flowsheet_kestrel_2024-2026.pdf"
XC = [36, 94, 226, 262, 298, 408]
HDR = ("row", ["Visit", "Regimen at visit", "PHQ-9", "GAD-7", "SE / SI", "Change made"], XC, True)
visits = [
    ("01/08/2025", "sertraline 100 (since 10/24)", 18, 12, "none / denies", "inc sertraline 150"),
    ("03/05/2025", "sertraline 150", 17, 12, "mild GI / denies", "inc sertraline 200"),
    ("05/07/2025", "sertraline 200", 17, 11, "none / denies", "no benefit 12 wk; cross-taper to VEN"),
    ("06/04/2025", "VEN XR 75 (SER off 5/20)", 16, 11, "nausea / denies", "inc VEN 150"),
    ("08/06/2025", "venlafaxine XR 150", 14, 9, "sweats / denies", "inc VEN 225"),
    ("10/01/2025", "venlafaxine XR 225", 12, 8, "BP 148/96 x2 / denies", "HTN on VEN: taper off over 2 wk"),
    ("11/05/2025", "WBT XL 150", 15, 10, "none / denies", "inc WBT 300 in 1 wk"),
    ("01/07/2026", "WBT XL 300", 15, 10, "mild insomnia / denies", "add ARI 2 mg"),
    ("03/04/2026", "WBT XL 300 + ARI 2", 13, 9, "akathisia / denies", "d/c ARI"),
    ("05/06/2026", "WBT XL 300", 15, 10, "none / denies", "add Li 300 BID"),
    ("08/05/2026", "WBT XL 300 + Li 600 (0.6)", 14, 9, "fine tremor / denies", "continue"),
    ("11/04/2026", "WBT XL 300 + Li 600 (0.7)", 16, 11, "tremor / denies", "no clear gain from Li or WBT; refer TMS"),
]


def _vrow(v):
    return ("row", [v[0], v[1], str(v[2]), str(v[3]), v[4], v[5]], XC)


c06_pages = [
    [
        "# KESTREL BEND PSYCHIATRIC SERVICES (fictional) - MEDICATION MANAGEMENT FLOWSHEET",
        "FICTIONAL RECORD - invented patient and practice, for software testing only. 555-0129, Harlow Ferry (invented)",
        "Patient: Gideon Ashworth-Tull   DOB 12/02/1979   Acct FICT-KB-90412   Provider: M. Delacroix-Yu, PMHNP-BC",
        "Dx: F33.2 MDD, recurrent, severe w/o psychotic features; F41.1 GAD.",
        "Abbrev: SER sertraline, VEN venlafaxine XR, WBT Wellbutrin (bupropion) XL, ARI aripiprazole, Li lithium carb.",
        "Prior to this practice: sertraline from PCP only; no psychotherapy ever (pt not interested).",
        "",
        HDR,
    ] + [_vrow(v) for v in visits[:5]] + [
        "",
        "Continued on page 2.",
    ],
    [
        "# FLOWSHEET cont. - Ashworth-Tull, G. (FICT-KB-90412) - FICTIONAL",
        "",
        HDR,
    ] + [_vrow(v) for v in visits[5:]] + [
        "",
        "Summary 11/04/2026: 3 antidepressants at adequate dose/duration (SER 200, VEN 225, WBT 300) and 2",
        "augmentations (ARI, Li) without remission. Never had ECT; pt declined esketamine (cannot arrange rides).",
        "Consider TMS - referral to Ridgeline Neurostim (fictional) placed.",
    ],
]
c06_hist = [
    H("sertraline", "SSRI", "antidepressant", "200 mg", "2024-10", "2025-05-20",
      "no benefit 12 wk; cross-taper to VEN", "no_response", F6, 1,
      "05/07/2025 sertraline 200 17 11 none / denies no benefit 12 wk; cross-taper to VEN"),
    H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2025-05", "2025-10",
      "HTN on VEN: taper off over 2 wk", "side_effects", F6, 2,
      "10/01/2025 venlafaxine XR 225 12 8 BP 148/96 x2 / denies HTN on VEN: taper off over 2 wk"),
    H("bupropion", "NDRI", "antidepressant", "300 mg", "2025-11-05", None,
      "no clear gain from Li or WBT", "no_response", F6, 2,
      "no clear gain from Li or WBT; refer TMS"),
    H("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-01-07", "2026-03-04",
      "akathisia; d/c ARI", "side_effects", F6, 2,
      "03/04/2026 WBT XL 300 + ARI 2 13 9 akathisia / denies d/c ARI"),
    H("lithium", "mood stabilizer", "augmentation", "600 mg/day (300 BID)", "2026-05-06", None,
      "no clear gain from Li", "no_response", F6, 2,
      "no clear gain from Li or WBT; refer TMS"),
]
c06_scales = []
for i, v in enumerate(visits):
    p = 1 if i < 5 else 2
    mm, dd, yy = v[0].split("/")
    txt = " ".join([v[0], v[1], str(v[2]), str(v[3])])
    c06_scales.append(S("PHQ-9", v[2], f"{yy}-{mm}-{dd}", F6, p, txt))
    c06_scales.append(S("GAD-7", v[3], f"{yy}-{mm}-{dd}", F6, p, txt))
c06 = {
    "slug": "06-pmhnp-med-flowsheet",
    "docs": [{"file": F6, "kind": "pdf", "content": c06_pages}],
    "note": "FICTIONAL case. PMHNP medication-management flowsheet, 2-page PDF table, one visit a row. Sertraline "
            "started 10/2024 (before the practice), 100->150->200, off 5/20/2025, no_response. Venlafaxine started at "
            "the cross-taper (between 05/07 and 06/04/2025; start 2025-05 accepted within a month), stopped for "
            "hypertension -> side_effects, end 2025-10. WBT = bupropion XL, ongoing, 'no clear gain' -> no_response. "
            "Aripiprazole and lithium are augmentation. Not rows: psychotherapy (never), TMS (referral), ECT (never), esketamine (declined). Scales: PHQ-9 and "
            "GAD-7 at each of 12 visits (24 rows), dated by the visit. SE/SI column 'denies' every visit -> none.",
    "history": c06_hist,
    "scales": c06_scales,
    "diagnoses": [
        D("F33.2", F6, 1, "F33.2 MDD, recurrent, severe w/o psychotic features"),
        D("F41.1", F6, 1, "F41.1 GAD."),
    ],
    "suicidality": SU("none", F6, 1, "none / denies"),
}

CASES = [c01, c02, c03, c04, c05, c06]
