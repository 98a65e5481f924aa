# notes36 cases: FICTIONAL clinical records and their expected `notes` proposals (issue 24).
# Everything here is invented: people, clinics, record numbers (they contain FICT), towns. Phones 555-01xx.
# Document model: a document is {"file", "kind", "pages"}; a page is a list of lines. A line starting "# " is a
# heading, "|" a table row (cells split on "|"), "~" handwriting (scan and photos), anything else a paragraph.
# Truth rows: R (history), S (scale), D (diagnosis code), SU (suicidality). file=None means the case's first document.


def R(name, cls, kind, dose, start, end, outcome, oc, page, text, file=None):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": file, "page": page, "text": text}}


def S(name, score, date, page, text, file=None):
    return {"name": name, "score": score, "date": date, "source": {"file": file, "page": page, "text": text}}


def D(code, page, text, file=None):
    return {"code": code, "source": {"file": file, "page": page, "text": text}}


def SU(level, page=None, text=None, file=None):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": {"file": file, "page": page, "text": text}}


CASES = []


def case(slug, note, docs, history, scales, diagnoses, suicidality, exercises):
    CASES.append({"slug": slug, "note": note, "docs": docs, "history": history, "scales": scales,
                  "diagnoses": diagnoses, "suicidality": suicidality, "exercises": exercises})


# ---------------------------------------------------------------- 01 adult ADHD clinic, 2-page PDF
F01 = "adhd_clinic_visits.pdf"
case(
    "01-adult-adhd-clinic-medication-visits-pdf",
    "FICTIONAL case. Adult ADHD clinic, two medication visits (09/15 and 11/10/2026), 2-page PDF with a medication "
    "table on each page. Rows: fluoxetine 2013-2014 (numbed, stopped: side effects), bupropion XL since 03/2024 (for "
    "mood and attention; like himself, then the low mood back while taking it: relapse, current), behavioral "
    "activation 10 sessions 04-07/2025 (out of the house, mood flat: no response), aripiprazole added 2026-09-16 to "
    "2026-11-02 (legs would not stop: augmentation, side effects). Not rows: methylphenidate and atomoxetine (ADHD), "
    "sertraline never filled, wife's escitalopram, melatonin, vortioxetine and lisdexamfetamine only discussed, "
    "methylphenidate 54 mg only discussed.",
    [{"file": F01, "kind": "pdf", "pages": [[
        "# Northgate Adult Attention Clinic (FICTIONAL) - Medication visit",
        "FICTIONAL SAMPLE RECORD. Patient: Dorian Vell (fictional), 34 y. MRN FICT-01-4471. Visit 09/15/2026. "
        "Clinician: R. Amundsen, PMHNP (fictional). 1400 Quarry Road, Fenwick (fictional). Phone 555-0114.",
        "# Diagnoses",
        "F90.2 attention-deficit hyperactivity disorder, combined type",
        "F33.1 major depressive disorder, recurrent, moderate",
        "# Current medications",
        "|Medication|Dose|Since|For|Prescriber",
        "|Methylphenidate ER|36 mg every morning|01/2025|ADHD|this clinic",
        "|Bupropion XL|300 mg every morning|03/2024|mood and attention|PCP",
        "|Melatonin|3 mg at night|2025|sleep|over the counter",
        "# Interval history",
        "Dorian comes in for his ADHD follow-up and asks to talk about his mood first. Depression since college. "
        "Fluoxetine 20 mg from 2013 to 2014 at student health: \"it numbed everything, I stopped caring about "
        "anything, even the good stuff,\" and he stopped it after about five months.",
        "Bupropion XL was started by his PCP in 03/2024 for both the low mood and his attention, 300 mg since "
        "05/2024. For the mood, \"the first year I felt like myself again.\" Since early 2026 the low mood has come "
        "back although he takes it every morning. Mild dry mouth on bupropion, tolerated.",
        "Behavioral activation with a psychologist, 10 sessions from 04/2025 to 07/2025: \"it got me out of the "
        "house, but the mood itself stayed flat.\"",
        "Atomoxetine 40 mg in 2019, from this clinic, for ADHD: nauseated, stopped after two weeks. Methylphenidate "
        "ER works well for focus at work.",
        "His PCP wrote a prescription for sertraline 50 mg in 11/2025 as an add-on; he never filled it, worried "
        "about \"the numb feeling again.\" His wife takes escitalopram and he asked whether he could try a few of "
        "hers; advised against it.",
        "# Mental status and risk",
        "Tired, low, reactive. Passive thoughts that \"everyone would manage fine without me\" in the past month; "
        "no intent, no plan, no past attempts. Safety plan reviewed.",
        "PHQ-9 today 14. GAD-7 today 8. ASRS part A 5 of 6.",
        "# Plan",
        "Add aripiprazole 2 mg every morning to the bupropion, to start tomorrow. Methylphenidate 54 mg discussed, "
        "not changed today. Return in 8 weeks.",
    ], [
        "# Northgate Adult Attention Clinic (FICTIONAL) - Medication visit",
        "Patient: Dorian Vell (fictional). MRN FICT-01-4471. Visit 11/10/2026. Clinician: R. Amundsen, PMHNP.",
        "# Current medications",
        "|Medication|Dose|Since|For|Prescriber",
        "|Methylphenidate ER|36 mg every morning|01/2025|ADHD|this clinic",
        "|Bupropion XL|300 mg every morning|03/2024|mood and attention|PCP",
        "|Aripiprazole|stopped 11/02/2026|09/16/2026|mood (add-on)|this clinic",
        "|Melatonin|3 mg at night|2025|sleep|over the counter",
        "# Interval history",
        "Aripiprazole was started 09/16/2026 at 2 mg and raised to 5 mg on 10/12/2026. Since the increase: \"I can't "
        "sit through a meeting, my legs won't stop.\" He stopped the aripiprazole on 11/02/2026 because of the "
        "restlessness, which settled within four days.",
        "The bupropion continues; the mood is no better than in September. Focus at work is fine on the "
        "methylphenidate.",
        "# Risk",
        "No thoughts of death or suicide since the last visit, he says. PHQ-9 today 16.",
        "# Plan",
        "Options reviewed: a switch to vortioxetine, or lisdexamfetamine in place of methylphenidate for ADHD; he "
        "will think it over. No change today. Return in 4 weeks.",
    ]]}],
    [
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2013", "2014",
          "it numbed everything, I stopped caring about anything, even the good stuff; he stopped it after about five months",
          "side_effects", 1, "\"it numbed everything, I stopped caring about anything, even the good stuff,\" and he stopped it after about five months"),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2024-03", None,
          "the first year I felt like myself again; since early 2026 the low mood has come back although he takes it every morning",
          "relapse", 1, "Since early 2026 the low mood has come back although he takes it every morning."),
        R("behavioral activation", "psychotherapy", "psychotherapy", "10 sessions", "2025-04", "2025-07",
          "it got me out of the house, but the mood itself stayed flat", "no_response", 1,
          "\"it got me out of the house, but the mood itself stayed flat.\""),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-09-16", "2026-11-02",
          "I can't sit through a meeting, my legs won't stop; stopped because of the restlessness", "side_effects", 2,
          "He stopped the aripiprazole on 11/02/2026 because of the restlessness"),
    ],
    [
        S("PHQ-9", 14, "2026-09-15", 1, "PHQ-9 today 14."),
        S("GAD-7", 8, "2026-09-15", 1, "GAD-7 today 8."),
        S("PHQ-9", 16, "2026-11-10", 2, "PHQ-9 today 16."),
    ],
    [
        D("F90.2", 1, "F90.2 attention-deficit hyperactivity disorder, combined type"),
        D("F33.1", 1, "F33.1 major depressive disorder, recurrent, moderate"),
    ],
    SU("passive", 1, "Passive thoughts that \"everyone would manage fine without me\" in the past month; no intent, no plan"),
    "fluoxetine 2013 \"numbed everything\", stopped (side effects); bupropion XL for mood and attention, \"felt like "
    "myself again\", low mood back while taking it (relapse, current); behavioral activation \"got me out of the "
    "house, but the mood itself stayed flat\" (no response); aripiprazole added, raised, restless legs, stopped "
    "(augmentation, side effects, p. 2); methylphenidate and atomoxetine for ADHD; sertraline never filled; wife's "
    "escitalopram; melatonin; vortioxetine, lisdexamfetamine and methylphenidate 54 mg only discussed; PHQ-9 at both "
    "visits, GAD-7, ASRS; F90.2, F33.1; passive, then none",
)

# ---------------------------------------------------------------- 02 problem gambling program, TXT
F02 = "gambling_program_notes.txt"
case(
    "02-problem-gambling-treatment-program-notes-txt",
    "FICTIONAL case. Problem gambling outpatient program, intake and two counselor/prescriber notes, TXT. Rows: "
    "sertraline 2019-2020 (did nothing at all: no response), IPT 12 sessions in 2023 (back to herself by the "
    "anniversary: remission), venlafaxine 2021 (up all night, at the casino three nights running, stopped by the "
    "prescriber: side effects), escitalopram since 10/2025 (about a third of the way back, still: partial, current). "
    "Not rows: naltrexone for gambling urges, mirtazapine 15 mg for sleep, brother's lorazepam, bupropion declined, "
    "escitalopram 30 mg only discussed, the program's gambling groups; 'two gambling relapses' are about gambling.",
    [{"file": F02, "kind": "txt", "pages": [[
        "# RIVERBEND PROBLEM GAMBLING PROGRAM (FICTIONAL) - OUTPATIENT RECORD",
        "FICTIONAL SAMPLE RECORD - invented patient and staff. 22 Ferry Lane, Holloway Falls (fictional). Phone 555-0127.",
        "Client: Marisol Okafor-Brandt (fictional), 47 y. Record FICT-02-0918.",
        "# INTAKE ASSESSMENT - 06/08/2026 - counselor T. Lindqvist, LCSW (fictional)",
        "Referred by her PCP after losing about $38,000 in online sports betting and slot play over 18 months. "
        "PGSI 19. Drinks 3-4 glasses of wine on betting nights.",
        "Diagnoses (program psychiatrist, Dr. H. Esterhazy, fictional): F63.0 gambling disorder; F33.1 major "
        "depressive disorder, recurrent, moderate; F10.10 alcohol use disorder, mild.",
        "Depression history: first episode in her twenties, untreated. Sertraline 100 mg from her PCP, 2019 to 2020: "
        "\"did nothing at all,\" stopped after four months.",
        "Venlafaxine XR 150 mg from a walk-in clinic in 2021: \"I felt great on it, too great - I was up all night "
        "and at the casino three nights running.\" The prescriber stopped it after seven weeks. The same doctor "
        "gave mirtazapine 15 mg at bedtime for sleep for a few months.",
        "After her mother died in 2023 she saw a counselor for interpersonal therapy (IPT), 12 sessions in 2023: "
        "\"it got me through the first year; I was back to myself by the anniversary.\"",
        "Current: escitalopram 20 mg daily since 10/2025 (PCP). She says it has \"taken some of the weight off.\"",
        "Suicide risk: in early June, when her husband found the credit card statements, she had thoughts of ending "
        "her life and a plan to drive her car off the Tarrow Bridge; she told her sister instead. No past attempts. "
        "Safety plan written; car keys with her husband for now.",
        "Screens: PHQ-9 19. GAD-7 15. AUDIT-C 6.",
        "Plan: weekly gambling recovery group and relapse-prevention sessions (the program's core); psychiatry for "
        "naltrexone for urges; self-exclusion from the two local casinos; financial counseling referral.",
        "# PSYCHIATRY NOTE - 06/15/2026 - Dr. H. Esterhazy (fictional)",
        "Started naltrexone 50 mg daily for gambling urges. Continue escitalopram 20 mg. Bupropion was suggested for "
        "mood and urges; she declined: \"no more pills for now.\" Takes her brother's lorazepam \"once in a blue "
        "moon\" when she cannot settle; asked her to stop and to return them.",
        "# COUNSELOR NOTE - 08/17/2026 - T. Lindqvist",
        "Two gambling relapses in August (an online casino on her phone, about $600 each time). Urges lower since "
        "naltrexone. Mood: escitalopram \"helps about a third of the way; I'm less heavy in the mornings but "
        "nowhere near right.\" PHQ-9 15. Denies suicidal thoughts since June.",
        "# PSYCHIATRY NOTE - 11/02/2026 - Dr. H. Esterhazy",
        "No gambling since 08/29. Naltrexone continued. Escitalopram 20 mg: still \"about a third better\" than in "
        "June, she says; a response, not a remission. Raising it to 30 mg was discussed and not done (QT and the "
        "label's maximum). We will revisit augmentation next visit.",
        "Risk: denies suicidal ideation. PHQ-9 13. GAD-7 11.",
    ]]}],
    [
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2019", "2020", "did nothing at all; stopped after four months",
          "no_response", 1, "\"did nothing at all,\" stopped after four months."),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2021", "2021",
          "I felt great on it, too great - I was up all night and at the casino three nights running; the prescriber stopped it after seven weeks",
          "side_effects", 1, "I was up all night and at the casino three nights running.\" The prescriber stopped it after seven weeks."),
        R("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2023", "2023",
          "it got me through the first year; I was back to myself by the anniversary", "remission", 1,
          "\"it got me through the first year; I was back to myself by the anniversary.\""),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-10", None,
          "still about a third better than in June; a response, not a remission", "partial_response", 1,
          "still \"about a third better\" than in June, she says; a response, not a remission."),
    ],
    [
        S("PHQ-9", 19, "2026-06-08", 1, "Screens: PHQ-9 19. GAD-7 15."),
        S("GAD-7", 15, "2026-06-08", 1, "Screens: PHQ-9 19. GAD-7 15."),
        S("PHQ-9", 15, "2026-08-17", 1, "PHQ-9 15. Denies suicidal thoughts since June."),
        S("PHQ-9", 13, "2026-11-02", 1, "PHQ-9 13. GAD-7 11."),
        S("GAD-7", 11, "2026-11-02", 1, "PHQ-9 13. GAD-7 11."),
    ],
    [
        D("F63.0", 1, "F63.0 gambling disorder"),
        D("F33.1", 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("F10.10", 1, "F10.10 alcohol use disorder, mild"),
    ],
    SU("active", 1, "she had thoughts of ending her life and a plan to drive her car off the Tarrow Bridge"),
    "sertraline \"did nothing at all\" (no response); venlafaxine \"too great - up all night and at the casino\", "
    "stopped by the prescriber (side effects); IPT after a bereavement \"back to myself by the anniversary\" "
    "(remission); escitalopram \"about a third of the way\", \"a response, not a remission\" (partial, current; 30 mg "
    "only discussed); naltrexone for urges; mirtazapine for sleep; brother's lorazepam; bupropion declined; gambling "
    "groups; \"gambling relapses\"; PHQ-9 x3, GAD-7 x2, PGSI, AUDIT-C; F63.0, F33.1, F10.10; active (plan, June)",
)

# ---------------------------------------------------------------- 03 bone health clinic consult, DOCX
F03 = "bone_health_consult.docx"
case(
    "03-osteoporosis-bone-health-clinic-consult-docx",
    "FICTIONAL case. Bone health (osteoporosis) clinic consult after a wrist fracture, DOCX with a medication table. "
    "Rows: nortriptyline 2008 (dizzy, fell twice, stopped: side effects), mindfulness-based cognitive therapy 8-week "
    "group 03-05/2018 (calmer, not less depressed: no response), citalopram 2019 to 06/2026 (best in years, then "
    "sodium 126, confused and unsteady, stopped: side effects), mirtazapine since 07/2026 (sleeping and eating "
    "better, the gloom the same: no response, current). Not rows: trazodone for sleep, husband's sertraline, "
    "alendronate, levothyroxine, calcium and vitamin D, mirtazapine 45 mg only proposed.",
    [{"file": F03, "kind": "docx", "header": "FICTIONAL SAMPLE RECORD - Larchmere Bone Health Clinic (fictional)",
      "pages": [[
          "# Larchmere Bone Health Clinic (FICTIONAL) - New patient consultation",
          "FICTIONAL SAMPLE RECORD. Patient: Gwendolyn Marsh-Avery (fictional), 67 y, record FICT-03-2290. Seen "
          "10/14/2026 by Dr. P. Okonjo-Hale, endocrinology (fictional). 9 Beacon Row, Larchmere (fictional). Phone "
          "555-0139.",
          "# Reason for referral",
          "Left distal radius fracture after a fall at home in 06/2026. DXA: lumbar spine T-score -2.8. The referring "
          "doctor asks for a fracture-risk review, including her antidepressants and the low sodium at the time of "
          "the fall.",
          "# Assessment codes",
          "M81.0 age-related osteoporosis without current pathological fracture",
          "Z87.310 personal history of healed osteoporosis fracture",
          "E87.1 hypo-osmolality and hyponatremia (06/2026, resolved)",
          "F33.1 major depressive disorder, recurrent, moderate",
          "# Medications",
          "|Medication|Dose|Dates|Purpose|Comment",
          "|Alendronate|70 mg weekly|2024 - now|bone|good adherence",
          "|Citalopram|20 mg daily|2019 - 06/2026|depression|stopped, sodium 126",
          "|Mirtazapine|30 mg at night|07/2026 - now|depression|from PCP",
          "|Trazodone|50 mg at night|2022 - 2024|sleep|no longer taken",
          "|Levothyroxine|75 mcg daily|2011 - now|thyroid|TSH normal",
          "|Calcium + vitamin D|600 mg / 800 IU|2024 - now|bone|",
          "# Depression and its treatment",
          "She has had depression on and off since her forties. In 2008 her family doctor tried nortriptyline 50 mg: "
          "she was dizzy getting up at night and fell twice, so it was stopped after about six weeks.",
          "In the spring of 2018 she did an 8-week mindfulness-based cognitive therapy group (03/2018 to 05/2018) at "
          "the community hospital: \"I was calmer, but not less depressed.\"",
          "Citalopram 20 mg from 2019 had been \"the best I'd felt in years.\" In 06/2026, the week of the fall, her "
          "sodium was 126; she had been \"confused and unsteady,\" and her PCP stopped the citalopram because of the "
          "low sodium. Sodium 138 three weeks later. In 2023, when she ran out of citalopram over a holiday, she took "
          "a few of her husband's sertraline tablets for several days.",
          "Mirtazapine 30 mg at night since 07/2026: she is sleeping and eating better, but \"the gloom is the same "
          "as it was.\" Her PCP proposed raising it to 45 mg; not done yet.",
          "PHQ-9 today 11. She denies thoughts of death or suicide.",
          "# Recommendations",
          "Continue alendronate; consider a switch to denosumab if the next DXA falls further. Fall prevention "
          "assessment with physical therapy. Mirtazapine raises fall risk through sedation: take it early in the "
          "evening. If another SSRI or SNRI is chosen, check sodium at 2 and 4 weeks.",
      ]]}],
    [
        R("nortriptyline", "TCA", "antidepressant", "50 mg", "2008", "2008",
          "dizzy getting up at night and fell twice, so it was stopped after about six weeks", "side_effects", 1,
          "she was dizzy getting up at night and fell twice, so it was stopped after about six weeks."),
        R("mindfulness-based cognitive therapy", "psychotherapy", "psychotherapy", "8 weeks", "2018-03", "2018-05",
          "I was calmer, but not less depressed", "no_response", 1, "\"I was calmer, but not less depressed.\""),
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2026-06",
          "the best I'd felt in years; sodium 126, confused and unsteady; PCP stopped it because of the low sodium",
          "side_effects", 1, "her PCP stopped the citalopram because of the low sodium"),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2026-07", None,
          "sleeping and eating better, but the gloom is the same as it was", "no_response", 1,
          "she is sleeping and eating better, but \"the gloom is the same as it was.\""),
    ],
    [S("PHQ-9", 11, "2026-10-14", 1, "PHQ-9 today 11.")],
    [
        D("M81.0", 1, "M81.0 age-related osteoporosis without current pathological fracture"),
        D("Z87.310", 1, "Z87.310 personal history of healed osteoporosis fracture"),
        D("E87.1", 1, "E87.1 hypo-osmolality and hyponatremia"),
        D("F33.1", 1, "F33.1 major depressive disorder, recurrent, moderate"),
    ],
    SU("none", 1, "She denies thoughts of death or suicide."),
    "nortriptyline 2008 dizzy, fell, stopped (side effects); MBCT group \"calmer, but not less depressed\" (no "
    "response); citalopram \"best in years\", then sodium 126, stopped (side effects over a benefit); mirtazapine "
    "sleep and appetite better, \"the gloom is the same\" (no response, current; 45 mg only proposed); trazodone for "
    "sleep; husband's sertraline; bone and thyroid drugs; denosumab considered; PHQ-9; M81.0, Z87.310, E87.1, F33.1; "
    "none",
)

# ---------------------------------------------------------------- 04 knee osteoarthritis injection clinic, 2-page PDF
F04 = "knee_injection_clinic.pdf"
case(
    "04-knee-osteoarthritis-injection-clinic-visits-pdf",
    "FICTIONAL case. Orthopedic knee osteoarthritis injection clinic, injection visit and follow-up, 2-page PDF. Rows: "
    "imipramine around 1998-1999 (does not remember whether it helped: unknown), escitalopram 2022-2023 (could not "
    "tell any difference: no response), sertraline since 02/2024 (about 70% of his old self, still: partial, "
    "current), quetiapine added in 2024 (gained weight, like walking through mud, stopped after 3 weeks: "
    "augmentation, side effects). Not rows: duloxetine considered for knee pain and not started, triamcinolone "
    "injection, lidocaine, tramadol, diclofenac gel, wife's gabapentin.",
    [{"file": F04, "kind": "pdf", "pages": [[
        "# Westbrook Orthopedics (FICTIONAL) - Knee injection clinic",
        "FICTIONAL SAMPLE RECORD. Patient: Lyle Brannock (fictional), 58 y. Chart FICT-04-7735. Visit 08/05/2026. "
        "Dr. S. Varga-Moreau, sports and joint medicine (fictional). 60 Mill Street, Westbrook (fictional). Phone "
        "555-0142.",
        "# Diagnoses",
        "M17.11 unilateral primary osteoarthritis, right knee",
        "F32.1 major depressive disorder, single episode, moderate",
        "E66.9 obesity, unspecified",
        "# History",
        "Right knee pain for three years, worse on stairs; Kellgren-Lawrence grade 3. Pain today 8/10. Tramadol 50 mg "
        "as needed (about twice a week) and diclofenac gel. He has not been able to walk his dog around the block "
        "since spring, and says the knee \"drags my mood down with it.\"",
        "Depression, from his psychiatrist's letter of 07/2026 (Dr. A. Castellanos, fictional): treated with "
        "imipramine for about a year from 1998, after leaving the army; he does not remember whether it helped. "
        "Escitalopram 10 mg in 2022 to 2023: \"I could not tell any difference.\" Sertraline since 02/2024, now "
        "150 mg. Quetiapine 50 mg was added at night in 2024 and stopped after three weeks: he gained weight and "
        "felt \"like walking through mud every morning.\"",
        "His psychiatrist describes the sertraline as a response without remission; Lyle puts it as \"about 70% of "
        "my old self.\" PHQ-9 at today's intake 12; item 9 answered 0. He denies thoughts of self-harm.",
        "# Medications today",
        "|Medication|Dose|For",
        "|Sertraline|150 mg daily|depression (psychiatrist)",
        "|Tramadol|50 mg as needed|knee pain",
        "|Diclofenac 1% gel|four times daily|knee pain",
        "|Atorvastatin|20 mg daily|cholesterol",
        "# Procedure",
        "Right knee intra-articular injection, lateral approach, under ultrasound: triamcinolone 40 mg with 3 mL 1% "
        "lidocaine. Tolerated well.",
        "# Plan",
        "Duloxetine would help knee pain, but with the sertraline we agreed not to start it; his psychiatrist "
        "agrees. Weight-loss program referral. He has been taking two of his wife's gabapentin at night for the "
        "knee; asked him to stop. Follow-up in 12 weeks.",
    ], [
        "# Westbrook Orthopedics (FICTIONAL) - Knee injection clinic, follow-up",
        "Patient: Lyle Brannock (fictional). Chart FICT-04-7735. Visit 11/04/2026. Dr. S. Varga-Moreau.",
        "# Interval history",
        "The injection gave about eight weeks of relief; pain today 4/10. Walking the dog again on flat ground. No "
        "tramadol in the past month.",
        "# Medications today",
        "|Medication|Dose|For",
        "|Sertraline|150 mg daily|depression (psychiatrist)",
        "|Diclofenac 1% gel|four times daily|knee pain",
        "|Atorvastatin|20 mg daily|cholesterol",
        "# Mood",
        "The sertraline \"still holds\" him at about seventy percent, he says; no change from the summer. PHQ-9 10 "
        "today.",
        "# Plan",
        "Physical therapy for quadriceps strength. A repeat injection is possible from 02/2027 if the pain returns; "
        "review in 3 months. Discussed knee replacement for the future.",
    ]]}],
    [
        R("imipramine", "TCA", "antidepressant", None, "1998", "1999",
          "he does not remember whether it helped", "unknown", 1, "he does not remember whether it helped"),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2022", "2023", "I could not tell any difference",
          "no_response", 1, "Escitalopram 10 mg in 2022 to 2023: \"I could not tell any difference.\""),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2024-02", None,
          "a response without remission; about 70% of my old self; still holds him at about seventy percent",
          "partial_response", 1, "His psychiatrist describes the sertraline as a response without remission"),
        R("quetiapine", "atypical antipsychotic", "augmentation", "50 mg", "2024", "2024",
          "stopped after three weeks: gained weight and felt like walking through mud every morning", "side_effects", 1,
          "Quetiapine 50 mg was added at night in 2024 and stopped after three weeks: he gained weight"),
    ],
    [
        S("pain NRS", 8, "2026-08-05", 1, "Pain today 8/10."),
        S("PHQ-9", 12, "2026-08-05", 1, "PHQ-9 at today's intake 12"),
        S("pain NRS", 4, "2026-11-04", 2, "pain today 4/10."),
        S("PHQ-9", 10, "2026-11-04", 2, "PHQ-9 10 today."),
    ],
    [
        D("M17.11", 1, "M17.11 unilateral primary osteoarthritis, right knee"),
        D("F32.1", 1, "F32.1 major depressive disorder, single episode, moderate"),
        D("E66.9", 1, "E66.9 obesity, unspecified"),
    ],
    SU("none", 1, "He denies thoughts of self-harm."),
    "imipramine 1998 \"does not remember whether it helped\" (unknown); escitalopram \"could not tell any difference\" "
    "(no response); sertraline \"response without remission\", \"about 70% of my old self\" (partial, current, both "
    "pages); quetiapine added, weight and \"walking through mud\", stopped (augmentation, side effects); duloxetine "
    "for knee pain not started; triamcinolone, lidocaine, tramadol, diclofenac, statin; wife's gabapentin; pain NRS "
    "and PHQ-9 at both visits; M17.11, F32.1, E66.9; none",
)

# ---------------------------------------------------------------- 05 paper consult request + handwritten reply, scan
F05 = "inpatient_consult_scan.pdf"
case(
    "05-paper-inpatient-consult-request-and-psychiatry-reply-scan",
    "FICTIONAL case. Paper inpatient consultation request (printed) with the psychiatrist's handwritten reply, "
    "image-only scanned PDF, 1 page. Rows: paroxetine 2015-2020 (worked well for years, she stopped it when she felt "
    "well: remission), duloxetine 2021-2022 (sick to my stomach every day, stopped: side effects), sertraline since "
    "2023 (not really helping, same as before: no response, current; on the home list, not given in hospital). Not "
    "rows: prednisone for COPD, hydroxyzine, mirtazapine only recommended, ECT declined, albuterol.",
    [{"file": F05, "kind": "scan", "pages": [[
        "# ST. ALDRIC MEMORIAL HOSPITAL (FICTIONAL) - CONSULTATION REQUEST",
        "FICTIONAL SAMPLE FORM. Patient: Wilhelmina Strand (fictional), 62 y. MRN FICT-05-3306. Room 4B-12.",
        "Requesting service: Hospital medicine, Dr. J. Abernathy (fictional). Date: 11/18/2026.",
        "Consult to: Psychiatry. Urgency: routine, within 24 h.",
        "Question: ~ COPD flare, day 3. Tearful, refusing most meals. Hx depression. Please evaluate + advise meds.",
        "# CONSULTANT'S REPLY (handwritten)",
        "~ Seen 11/18/2026. 62F, MDD recurrent, admitted for COPD exacerbation.",
        "~ Paroxetine 40 mg 2015-2020 - 'worked well for years'; she stopped it in 2020 when she felt well.",
        "~ Duloxetine 60 mg 2021-2022 - 'sick to my stomach every day' -> stopped.",
        "~ Sertraline 100 mg 2023 - now: 'not really helping, same as before.'",
        "~ Sertraline is on the home list but NOT given since admission (not reconciled).",
        "~ Prednisone 40 mg for COPD: irritable, not sleeping. Hydroxyzine 25 mg PRN anxiety.",
        "~ PHQ-9 = 17.",
        "~ SI: passive death wish - 'tired of fighting to breathe.' No plan, no intent.",
        "~ ECT raised by family: pt declines.",
        "~ Dx: F33.1 MDD recurrent, moderate; J44.1 COPD w/ acute exacerbation.",
        "~ Rec: 1) resume sertraline 100 mg today. 2) consider mirtazapine 7.5 mg at bedtime for",
        "~ mood, appetite and sleep - discuss with primary team. 3) Will follow. - Dr. M. Quist (fictional), ext 0158",
    ]]}],
    [
        R("paroxetine", "SSRI", "antidepressant", "40 mg", "2015", "2020",
          "worked well for years; she stopped it in 2020 when she felt well", "remission", 1,
          "Paroxetine 40 mg 2015-2020 - 'worked well for years'; she stopped it in 2020 when she felt well."),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2021", "2022", "sick to my stomach every day -> stopped",
          "side_effects", 1, "Duloxetine 60 mg 2021-2022 - 'sick to my stomach every day' -> stopped."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2023", None, "not really helping, same as before",
          "no_response", 1, "Sertraline 100 mg 2023 - now: 'not really helping, same as before.'"),
    ],
    [S("PHQ-9", 17, "2026-11-18", 1, "PHQ-9 = 17.")],
    [
        D("F33.1", 1, "F33.1 MDD recurrent, moderate"),
        D("J44.1", 1, "J44.1 COPD w/ acute exacerbation"),
    ],
    SU("passive", 1, "SI: passive death wish - 'tired of fighting to breathe.' No plan, no intent."),
    "paroxetine \"worked well for years\", stopped when well (remission); duloxetine \"sick to my stomach every day\" "
    "(side effects); sertraline \"not really helping, same as before\" (no response, current although not given in "
    "hospital); prednisone irritability; hydroxyzine PRN; mirtazapine only recommended; ECT declined; PHQ-9; F33.1, "
    "J44.1; passive",
)

# ---------------------------------------------------------------- 06 adult congenital heart disease clinic, TXT
F06 = "achd_clinic_note.txt"
case(
    "06-adult-congenital-heart-disease-clinic-note-txt",
    "FICTIONAL case. Adult congenital heart disease (repaired tetralogy of Fallot) clinic note with a psychotropic "
    "review, TXT. Rows: citalopram 2019-2020 (felt like a person again, stopped by cardiology for QTc 492 ms: side "
    "effects), sertraline 2020-2022 (like my old self, tapered with her psychiatrist after a good two years: "
    "remission), sertraline again since 03/2024 (about half as good as the first time: partial, current; its own "
    "row), CBT by telehealth 12 sessions 05-08/2024 (helped the panic, the depression stayed: no response). Not rows: "
    "metoprolol, trazodone for sleep, mother's fluoxetine, bupropion planned, ondansetron and hydroxyzine avoided.",
    [{"file": F06, "kind": "txt", "pages": [[
        "# CALLOWAY HEART INSTITUTE (FICTIONAL) - ADULT CONGENITAL HEART DISEASE CLINIC",
        "FICTIONAL SAMPLE RECORD. Invented patient and clinicians. 5 Orchard Hill, Calloway (fictional). Phone 555-0163.",
        "Patient: Tamsin Achterberg (fictional), 29 y. MRN FICT-06-5521. Visit date: 10/28/2026.",
        "Attending: Dr. E. Nakashima-Ruiz, ACHD cardiology (fictional).",
        "# DIAGNOSES",
        "Q21.3 tetralogy of Fallot (repaired at 11 months; pulmonary valve replacement 2017)",
        "I45.10 right bundle branch block (unspecified)",
        "F33.1 major depressive disorder, recurrent, moderate",
        "F41.1 generalized anxiety disorder",
        "# INTERVAL HISTORY",
        "Annual visit. Mild exertional fatigue. No syncope. Holter 09/2026: rare PVCs. Echo stable. She asks us to "
        "review her psychiatric medications for the heart, as every year.",
        "# PSYCHOTROPIC REVIEW (for her psychiatrist, Dr. L. Baptiste, fictional)",
        "Citalopram 20 mg, 2019 to 2020: \"I felt like a person again.\" An ECG in 2020 showed a QTc of 492 ms and "
        "this clinic stopped the citalopram; QTc 455 ms a month later.",
        "Sertraline 100 mg, 2020 to 2022: \"like my old self\"; she tapered off it with her psychiatrist in 2022 "
        "after a good two years.",
        "The depression returned in the winter of 2023-2024. Sertraline was restarted in 03/2024 and is now 150 mg. "
        "This time it has been \"about half as good as the first time\"; she works full time but \"the color hasn't "
        "come back.\"",
        "CBT by telehealth, 12 sessions from 05/2024 to 08/2024: \"it helped with the panic attacks; the depression "
        "stayed where it was.\"",
        "Trazodone 25 mg at bedtime for sleep since 2024. Her mother takes fluoxetine and has suggested Tamsin try "
        "it. Her psychiatrist is considering adding bupropion; from the cardiac side there is no objection at "
        "usual doses, with a blood pressure check in a month.",
        "Mood screen today: PHQ-9 10, GAD-7 12. She has never had suicidal thoughts, she says, and has none now.",
        "# MEDICATIONS",
        "  Metoprolol succinate 25 mg daily (PVCs)",
        "  Sertraline 150 mg daily",
        "  Trazodone 25 mg at bedtime (sleep)",
        "  Aspirin 81 mg daily",
        "# ECG TODAY",
        "Sinus rhythm 72, RBBB, QRS 148 ms, QTc 461 ms.",
        "# PLAN",
        "1. Continue metoprolol. 2. QT-prolonging drugs to avoid: citalopram, ondansetron, hydroxyzine at high "
        "doses. 3. Sertraline is acceptable; ECG with any dose change. 4. Bupropion acceptable if chosen. 5. "
        "Cardiac MRI 2027. Return in 12 months.",
    ]]}],
    [
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2020",
          "I felt like a person again; an ECG showed a QTc of 492 ms and this clinic stopped it", "side_effects", 1,
          "An ECG in 2020 showed a QTc of 492 ms and this clinic stopped the citalopram"),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2020", "2022",
          "like my old self; she tapered off it with her psychiatrist in 2022 after a good two years", "remission", 1,
          "\"like my old self\"; she tapered off it with her psychiatrist in 2022 after a good two years."),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2024-03", None,
          "about half as good as the first time; the color hasn't come back", "partial_response", 1,
          "This time it has been \"about half as good as the first time\""),
        R("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2024-05", "2024-08",
          "it helped with the panic attacks; the depression stayed where it was", "no_response", 1,
          "\"it helped with the panic attacks; the depression stayed where it was.\""),
    ],
    [
        S("PHQ-9", 10, "2026-10-28", 1, "PHQ-9 10, GAD-7 12."),
        S("GAD-7", 12, "2026-10-28", 1, "PHQ-9 10, GAD-7 12."),
    ],
    [
        D("Q21.3", 1, "Q21.3 tetralogy of Fallot"),
        D("I45.10", 1, "I45.10 right bundle branch block"),
        D("F33.1", 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("F41.1", 1, "F41.1 generalized anxiety disorder"),
    ],
    SU("none", 1, "She has never had suicidal thoughts, she says, and has none now."),
    "citalopram \"felt like a person again\", stopped for QTc 492 ms (side effects); sertraline \"like my old self\", "
    "tapered when well (remission); sertraline restarted 2024 \"about half as good as the first time\" (partial, "
    "current, its own row); telehealth CBT helped panic, \"the depression stayed\" (no response); recurrence between "
    "the courses; metoprolol, aspirin; trazodone for sleep; mother's fluoxetine; bupropion only considered; QT drugs "
    "to avoid; PHQ-9, GAD-7; Q21.3, I45.10, F33.1, F41.1; none",
)

# ---------------------------------------------------------------- 07 ECT anesthesia records, 2-page PDF
F07 = "ect_anesthesia_record.pdf"
case(
    "07-ect-anesthesia-pre-evaluation-and-session-records-pdf",
    "FICTIONAL case. Anesthesia department's pre-anesthesia evaluation for ECT (p. 1) and its per-session anesthesia "
    "record with the psychiatrist's course summary (p. 2), PDF. Rows: nortriptyline 2023-2024 (no change after three "
    "months at a level of 110: no response), venlafaxine 2024-2025 (about halfway, then by spring 2025 it stopped "
    "working: relapse), lithium added to venlafaxine 2025 (tremor and confusion, stopped after five weeks: "
    "augmentation, side effects), mirtazapine since 08/2025 (no better: no response, current), ECT 10 treatments "
    "2026-09-09 to 2026-10-09 (back to himself, remission). Not rows: methohexital, succinylcholine, glycopyrrolate, "
    "labetalol, propofol, ketamine as the anesthetic at #7, haloperidol once in the ED, lorazepam held, amlodipine; "
    "maintenance ECT offered and declined.",
    [{"file": F07, "kind": "pdf", "pages": [[
        "# Fairhaven General Hospital (FICTIONAL) - Department of Anesthesiology",
        "# Pre-anesthesia evaluation: electroconvulsive therapy (ECT) series",
        "FICTIONAL SAMPLE RECORD. Patient: Ambrose Fennimore (fictional), 71 y, 82 kg. MRN FICT-07-6048. Evaluated "
        "09/08/2026 by Dr. K. Oyelaran, anesthesiology (fictional). 300 Harbor Drive, Fairhaven (fictional). Phone "
        "555-0171.",
        "# Indication (from the psychiatry referral, Dr. B. Lindgren, fictional)",
        "F33.3 major depressive disorder, recurrent, severe with psychotic features. Eating and drinking poorly for "
        "three weeks; believes he is a burden and \"should be gone\"; no plan or intent voiced; no past attempts. "
        "MADRS 38 at referral (09/08/2026).",
        "Treatments before ECT: nortriptyline 75 mg 2023 to 2024, no change after three months at a level of 110; "
        "venlafaxine 225 mg 2024 to 2025, helped him about halfway, then by spring 2025 it stopped working; lithium "
        "600 mg added to venlafaxine in 2025, stopped after five weeks for tremor and confusion; mirtazapine 45 mg "
        "since 08/2025, \"no better.\" One dose of haloperidol in the emergency department in 08/2026 for agitation.",
        "# Other conditions",
        "I10 essential hypertension. G47.33 obstructive sleep apnea, on CPAP. No known drug allergies. Last dental "
        "review 2025: partial upper denture (remove before each treatment).",
        "# Home medications",
        "|Medication|Dose|Instruction for ECT mornings",
        "|Mirtazapine|45 mg at night|continue",
        "|Amlodipine|10 mg daily|take with a sip of water",
        "|Lorazepam|0.5 mg as needed, anxiety|hold the evening before",
        "# Airway and plan",
        "Mallampati II, neck mobility fair. ASA 3. Methohexital 1 mg/kg, succinylcholine 0.75 mg/kg, "
        "glycopyrrolate 0.2 mg; labetalol for systolic pressure above 180. Bite block. CPAP in recovery if needed.",
    ], [
        "# Fairhaven General Hospital (FICTIONAL) - ECT anesthesia record",
        "Patient: Ambrose Fennimore (fictional). MRN FICT-07-6048.",
        "|No.|Date|Methohexital|Succinylcholine|EEG seizure|Notes",
        "|1|09/09/2026|80 mg|60 mg|32 s|RUL ultrabrief",
        "|2|09/11/2026|80 mg|60 mg|28 s|RUL",
        "|3|09/14/2026|80 mg|60 mg|25 s|RUL; labetalol 10 mg",
        "|4|09/16/2026|80 mg|60 mg|21 s|RUL",
        "|5|09/18/2026|80 mg|60 mg|41 s|changed to bilateral",
        "|6|09/21/2026|propofol 80 mg|60 mg|38 s|propofol for agitation on waking at #5",
        "|7|09/23/2026|ketamine 40 mg|60 mg|44 s|ketamine as anesthetic, short seizures",
        "|8|09/28/2026|80 mg|60 mg|36 s|bilateral",
        "|9|10/02/2026|80 mg|60 mg|34 s|bilateral",
        "|10|10/09/2026|80 mg|60 mg|30 s|bilateral; last of the series",
        "No airway events. Recovery uneventful except transient agitation after #5.",
        "# ECT course summary (psychiatry), 10/12/2026 - Dr. B. Lindgren (fictional)",
        "Ten treatments from 09/09/2026 to 10/09/2026, right unilateral ultrabrief then bilateral from #5. MADRS 38 "
        "before the series and 9 on 10/12/2026. He is eating, joking with the nurses, and his wife says he is back to "
        "himself: remission. Maintenance ECT was offered and he declined; he will continue mirtazapine 45 mg, and "
        "nortriptyline at a lower dose as continuation treatment was discussed and not chosen. No suicidal thoughts "
        "since the fourth treatment.",
    ]]}],
    [
        R("nortriptyline", "TCA", "antidepressant", "75 mg", "2023", "2024",
          "no change after three months at a level of 110", "no_response", 1,
          "nortriptyline 75 mg 2023 to 2024, no change after three months at a level of 110"),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2024", "2025",
          "helped him about halfway, then by spring 2025 it stopped working", "relapse", 1,
          "venlafaxine 225 mg 2024 to 2025, helped him about halfway, then by spring 2025 it stopped working"),
        R("lithium", "mood stabilizer", "augmentation", "600 mg", "2025", "2025",
          "stopped after five weeks for tremor and confusion", "side_effects", 1,
          "lithium 600 mg added to venlafaxine in 2025, stopped after five weeks for tremor and confusion"),
        R("mirtazapine", "NaSSA", "antidepressant", "45 mg", "2025-08", None, "no better", "no_response", 1,
          "mirtazapine 45 mg since 08/2025, \"no better.\""),
        R("ECT", "electroconvulsive therapy", "neuromodulation", "10 sessions", "2026-09-09", "2026-10-09",
          "MADRS 38 -> 9; eating, joking with the nurses, his wife says he is back to himself: remission", "remission", 2,
          "his wife says he is back to himself: remission."),
    ],
    [
        S("MADRS", 38, "2026-09-08", 1, "MADRS 38 at referral (09/08/2026)."),
        S("MADRS", 9, "2026-10-12", 2, "MADRS 38 before the series and 9 on 10/12/2026."),
    ],
    [
        D("F33.3", 1, "F33.3 major depressive disorder, recurrent, severe with psychotic features"),
        D("I10", 1, "I10 essential hypertension"),
        D("G47.33", 1, "G47.33 obstructive sleep apnea"),
    ],
    SU("passive", 1, "believes he is a burden and \"should be gone\"; no plan or intent voiced; no past attempts."),
    "nortriptyline \"no change after three months at a level of 110\" (no response); venlafaxine \"about halfway, "
    "then ... stopped working\" (relapse); lithium added, tremor and confusion (augmentation, side effects); "
    "mirtazapine \"no better\" (no response, current); ECT 10 treatments, MADRS 38 -> 9, \"back to himself\" "
    "(neuromodulation, remission, p. 2); anesthesia drugs per session incl. ketamine as the anesthetic at #7 and "
    "propofol; haloperidol once; lorazepam; maintenance ECT declined; continuation nortriptyline discussed only; "
    "MADRS x2; F33.3, I10, G47.33; passive",
)

# ---------------------------------------------------------------- 08 bereavement program progress summary, DOCX
F08 = "bereavement_progress_summary.docx"
case(
    "08-hospice-bereavement-counseling-progress-summary-docx",
    "FICTIONAL case. Hospice bereavement program counselor's progress summary to the PCP, DOCX with a medication "
    "table. Rows: amitriptyline 1992-1994 (got me right: remission), sertraline since 08/2026 (taken the sharpest "
    "edge off, still does not see the point of the day: partial, current), CBT with a psychologist since 10/2026 (4 "
    "sessions, too early to tell: unknown, current). Not rows: the late wife's escitalopram he has been taking some "
    "nights, zolpidem for sleep, tamsulosin, mirtazapine offered and not chosen, the bereavement group (support, "
    "stated as not depression treatment).",
    [{"file": F08, "kind": "docx", "header": "FICTIONAL SAMPLE RECORD - Kestrel Valley Hospice Bereavement Program (fictional)",
      "pages": [[
          "# Kestrel Valley Hospice (FICTIONAL) - Bereavement Program",
          "# Progress summary to primary care",
          "FICTIONAL SAMPLE RECORD. Client: Cornelius Wapshott (fictional), 74 y, bereavement file FICT-08-1187. "
          "Written 11/20/2026 by A. Merriweather, MSW, bereavement counselor (fictional), for Dr. F. Solberg, "
          "Kestrel Valley Family Practice (fictional). Phone 555-0186.",
          "# Background",
          "Mr. Wapshott's wife Edith died under our hospice care on 05/02/2026 after 51 years of marriage. He joined "
          "the bereavement program on 07/09/2026. This program is bereavement support and is not treatment for "
          "depression; I am writing because his depression has been treated alongside it and you asked for an "
          "update.",
          "# Codes on the referral",
          "F32.1 major depressive disorder, single episode, moderate",
          "F43.81 prolonged grief disorder",
          "Z63.4 disappearance and death of family member",
          "# What he has received",
          "|Support or treatment|Dates|Notes",
          "|Bereavement support group|07/2026 - 09/2026|8 weekly meetings, all attended",
          "|Individual bereavement visits|08/2026 - now|6 so far",
          "|Sertraline (Dr. Solberg)|08/2026 - now|50 mg, 100 mg since 10/2026",
          "|CBT for depression (Dr. R. Hallam, psychologist, fictional)|10/2026 - now|4 sessions so far",
          "|Zolpidem (Dr. Solberg)|06/2026 - now|5 mg at night for sleep",
          "# His earlier depression",
          "After he left the merchant navy he was depressed for a long spell; a doctor in port gave him amitriptyline, "
          "which he took from 1992 to 1994, and he says it \"got me right.\" No further episodes until this year.",
          "# How he is now",
          "He says the sertraline has \"taken the sharpest edge off,\" but he still \"doesn't see the point of the "
          "day\" most mornings. He has been to four CBT sessions; Dr. Hallam and he both say it is too early to "
          "tell. Dr. Solberg offered mirtazapine in 08/2026; he chose sertraline.",
          "He told me on 11/12 that some nights he takes one of Edith's escitalopram tablets, \"because they were "
          "hers.\" We talked about why that is unsafe, and he agreed to bring her remaining medicines to the "
          "pharmacy take-back box; his daughter will go with him.",
          "He has said more than once that he would like to \"go and be with Edie.\" He denies any plan or intent "
          "and has no firearms at home.",
          "PHQ-9: 18 on 07/09/2026 and 13 on 11/12/2026. PG-13-R 41 on 11/12/2026.",
          "# Suggestions",
          "Please review the zolpidem at his age; he also takes tamsulosin, and has had one near-fall at night. We "
          "will continue individual visits monthly through the first anniversary.",
      ]]}],
    [
        R("amitriptyline", "TCA", "antidepressant", None, "1992", "1994", "got me right", "remission", 1,
          "which he took from 1992 to 1994, and he says it \"got me right.\""),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2026-08", None,
          "taken the sharpest edge off, but he still doesn't see the point of the day most mornings",
          "partial_response", 1, "He says the sertraline has \"taken the sharpest edge off,\" but he still \"doesn't see the point of the day\" most mornings."),
        R("CBT", "psychotherapy", "psychotherapy", "4 sessions", "2026-10", None,
          "four CBT sessions; Dr. Hallam and he both say it is too early to tell", "unknown", 1,
          "He has been to four CBT sessions; Dr. Hallam and he both say it is too early to tell."),
    ],
    [
        S("PHQ-9", 18, "2026-07-09", 1, "PHQ-9: 18 on 07/09/2026"),
        S("PHQ-9", 13, "2026-11-12", 1, "13 on 11/12/2026."),
    ],
    [
        D("F32.1", 1, "F32.1 major depressive disorder, single episode, moderate"),
        D("F43.81", 1, "F43.81 prolonged grief disorder"),
        D("Z63.4", 1, "Z63.4 disappearance and death of family member"),
    ],
    SU("passive", 1, "He has said more than once that he would like to \"go and be with Edie.\" He denies any plan or intent"),
    "amitriptyline 1992-1994 \"got me right\" (remission, no dose); sertraline \"taken the sharpest edge off\" but "
    "\"doesn't see the point of the day\" (partial, current, dose 100 mg); CBT 4 sessions \"too early to tell\" "
    "(unknown, current); bereavement group and visits (support, no row); late wife's escitalopram; zolpidem for "
    "sleep; tamsulosin; mirtazapine offered; PHQ-9 x2, PG-13-R; F32.1, F43.81, Z63.4; passive",
)

# ---------------------------------------------------------------- 09 primary care refill request queue, TXT
F09 = "refill_request_queue.txt"
case(
    "09-primary-care-portal-refill-request-queue-txt",
    "FICTIONAL case. Primary care practice's medication refill and portal request queue for one patient, exported "
    "as TXT. Rows: citalopram 2019-2021 (made me feel like a zombie, stopped: side effects), fluoxetine 05/2025 to "
    "03/2026 (still flat, no real change since fall: no response), bupropion XL since 2026-03-03 (I feel normal "
    "again, then the old fog back without a missed dose: relapse, current). Not rows: vortioxetine sent and never "
    "dispensed (prior authorization denied), aripiprazole not picked up and returned to stock, CBT referral on a "
    "waitlist, amitriptyline for migraine prevention, trazodone for sleep, the son's escitalopram, levothyroxine, "
    "sumatriptan, zolpidem refused.",
    [{"file": F09, "kind": "txt", "pages": [[
        "# ASHGROVE FAMILY MEDICINE (FICTIONAL) - RX REQUEST AND PORTAL QUEUE EXPORT",
        "FICTIONAL SAMPLE RECORD - invented patient, staff and pharmacy. 41 Linden Court, Ashgrove (fictional). Phone 555-0192.",
        "Patient: Philippa Quarles (fictional), 44 y. MRN FICT-09-8804. PCP: Dr. N. Thorsby (fictional).",
        "Problem list: F33.1 major depressive disorder, recurrent, moderate | G43.909 migraine, unspecified | "
        "E03.9 hypothyroidism, unspecified",
        "Outside records (2021 transfer): citalopram 20 mg 2019 to 2021 - stopped by the patient, \"made me feel "
        "like a zombie.\" Fluoxetine started here 05/2025, 40 mg since 08/2025.",
        "Refill protocol: antidepressant refills need a PHQ-9 in the past 90 days.",
        "# 2026 QUEUE",
        "01/06/2026  REFILL  fluoxetine 40 mg #90  APPROVED (RN Kessler)  PHQ-9 16, item 9 = 0. RN comment: pt reports "
        "\"still flat, no real change since fall.\" Message routed to PCP.",
        "01/06/2026  REFILL  levothyroxine 88 mcg #90  APPROVED",
        "01/19/2026  PORTAL  Pt asks for \"something stronger for sleep.\" Zolpidem not prescribed (PCP); continue "
        "trazodone 50 mg at bedtime for sleep.",
        "02/10/2026  PORTAL  Pt: \"The fluoxetine is doing nothing for me. Can we switch?\" PCP: taper fluoxetine over "
        "2 weeks, start vortioxetine 10 mg.",
        "02/12/2026  NEW RX  vortioxetine 10 mg #30 sent to Brightway Pharmacy (fictional). Pharmacy reply 02/13: "
        "prior authorization required, not filled.",
        "02/27/2026  PA  vortioxetine prior authorization DENIED (step therapy). Vortioxetine never dispensed.",
        "03/02/2026  PORTAL  PCP: fluoxetine stopped as of this week; switch to bupropion XL instead.",
        "03/03/2026  NEW RX  bupropion XL 150 mg #30 - FILLED 03/03/2026.",
        "03/20/2026  REFILL  sumatriptan 50 mg #9  APPROVED (migraine)",
        "04/14/2026  PORTAL  Pt: \"a bit better, sleeping less in the day.\" PCP: increase bupropion XL to 300 mg.",
        "04/14/2026  REFILL  amitriptyline 10 mg at bedtime #90  APPROVED (migraine prevention, neurology)",
        "05/08/2026  PORTAL  Request to refill escitalopram 10 mg - this is her son's medication, on his own chart; "
        "redirected to his pediatrician.",
        "06/20/2026  REFILL  bupropion XL 300 mg #90  APPROVED  PHQ-9 7, item 9 = 0. RN comment: mood much better, "
        "\"I feel normal again.\"",
        "09/02/2026  PORTAL  Pt: \"The last few weeks the old fog is back, even though I haven't missed a dose of the "
        "bupropion.\" PHQ-9 15, item 9 = 0. Denies thoughts of self-harm.",
        "09/10/2026  NEW RX  aripiprazole 2 mg #30 sent (add-on to bupropion). Pharmacy 09/24: not picked up, "
        "returned to stock.",
        "09/28/2026  PORTAL  Pt: did not start the aripiprazole, \"I can't gain weight right now.\" PCP: referral to "
        "behavioral health for CBT.",
        "10/01/2026  REFERRAL  CBT, Ashgrove Behavioral Health (fictional): patient on waitlist, first opening "
        "01/2027.",
        "11/30/2026  REFILL  bupropion XL 300 mg #90  APPROVED  PHQ-9 14, item 9 = 0.",
    ]]}],
    [
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2021", "stopped by the patient, made me feel like a zombie",
          "side_effects", 1, "citalopram 20 mg 2019 to 2021 - stopped by the patient, \"made me feel like a zombie.\""),
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2025-05", "2026-03",
          "still flat, no real change since fall; the fluoxetine is doing nothing for me", "no_response", 1,
          "\"The fluoxetine is doing nothing for me. Can we switch?\""),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2026-03-03", None,
          "I feel normal again (06/20); the old fog is back, even though I haven't missed a dose (09/02)", "relapse", 1,
          "\"The last few weeks the old fog is back, even though I haven't missed a dose of the bupropion.\""),
    ],
    [
        S("PHQ-9", 16, "2026-01-06", 1, "PHQ-9 16, item 9 = 0."),
        S("PHQ-9", 7, "2026-06-20", 1, "PHQ-9 7, item 9 = 0."),
        S("PHQ-9", 15, "2026-09-02", 1, "PHQ-9 15, item 9 = 0."),
        S("PHQ-9", 14, "2026-11-30", 1, "PHQ-9 14, item 9 = 0."),
    ],
    [
        D("F33.1", 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("G43.909", 1, "G43.909 migraine, unspecified"),
        D("E03.9", 1, "E03.9 hypothyroidism, unspecified"),
    ],
    SU("none", 1, "Denies thoughts of self-harm."),
    "citalopram \"made me feel like a zombie\", stopped (side effects); fluoxetine \"still flat\", \"doing nothing\" "
    "(no response, end 2026-03); bupropion XL \"I feel normal again\", then \"the old fog is back\" without a missed "
    "dose (relapse, current); vortioxetine sent, PA denied, never dispensed; aripiprazole not picked up; CBT "
    "waitlist; amitriptyline for migraine; trazodone for sleep; son's escitalopram; zolpidem refused; four PHQ-9s "
    "with item 9; F33.1, G43.909, E03.9; none",
)

# ---------------------------------------------------------------- 10 Spanish heart failure unit report, DOCX
F10 = "informe_unidad_insuficiencia_cardiaca.docx"
case(
    "10-informe-unidad-insuficiencia-cardiaca-espanol-docx",
    "FICTIONAL case (MUESTRA FICTICIA). Spanish heart failure unit outpatient report with a section on mood, DOCX "
    "with a treatment table. Rows: paroxetine 2012-2014 (me fue muy bien, volví a ser yo; la dejó al encontrarse "
    "bien: remission), escitalopram 2022-2023 (no noté ningún cambio: no response), behavioral activation group 6 "
    "sessions 05-06/2025 (salgo más de casa, pero el ánimo igual: no response), sertraline since 03/2025 (me ha "
    "ayudado algo, pero sigo sin ganas de nada: partial, current). Not rows: heart failure drugs, amitriptyline for "
    "back pain and sleep (2018), lormetazepam for insomnia, husband's lorazepam, mirtazapine proposed, citalopram "
    "advised against.",
    [{"file": F10, "kind": "docx", "header": "MUESTRA FICTICIA / FICTIONAL SAMPLE - Hospital Comarcal de Valdemora (ficticio)",
      "pages": [[
          "# Hospital Comarcal de Valdemora (FICTICIO) - Unidad de Insuficiencia Cardiaca",
          "# Informe de consulta externa",
          "MUESTRA FICTICIA / FICTIONAL SAMPLE. Paciente: Remedios Albacete Quintana (ficticia), 69 años. NHC "
          "FICT-10-40219. Fecha de la consulta: 21/10/2026. Cardióloga: Dra. I. Echeverría Soto (ficticia). Teléfono "
          "555-0107.",
          "# Diagnósticos",
          "I50.22 insuficiencia cardiaca sistólica crónica (FEVI 32%)",
          "I25.10 cardiopatía isquémica crónica",
          "F33.1 trastorno depresivo mayor recurrente, episodio moderado",
          "# Tratamiento actual",
          "|Fármaco|Dosis|Desde|Indicación",
          "|Sacubitrilo/valsartán|49/51 mg cada 12 h|2024|insuficiencia cardiaca",
          "|Bisoprolol|5 mg al día|2022|insuficiencia cardiaca",
          "|Dapagliflozina|10 mg al día|2024|insuficiencia cardiaca",
          "|Furosemida|40 mg al día|2022|congestión",
          "|Sertralina|100 mg al día|03/2025|depresión (Atención Primaria)",
          "|Lormetazepam|1 mg por la noche si insomnio|2025|insomnio",
          "# Evolución cardiológica",
          "Clase funcional II de la NYHA, sin ingresos desde 2024. Peso estable. NT-proBNP 1.240 pg/ml (previo "
          "1.810).",
          "# Estado de ánimo (valoración en la unidad)",
          "Antecedentes: primer episodio depresivo en 2012, tras la muerte de su madre; tomó paroxetina 20 mg de 2012 "
          "a 2014: \"me fue muy bien, volví a ser yo\", y la dejó en 2014 al encontrarse bien, de acuerdo con su "
          "médica. En 2018 tomó amitriptilina 25 mg por la noche para un dolor lumbar y para dormir, unos meses.",
          "Escitalopram 10 mg de 2022 a 2023, pautado tras el primer ingreso cardiaco: \"no noté ningún cambio\", y se "
          "retiró.",
          "Sertralina 100 mg desde marzo de 2025. Hoy dice: \"me ha ayudado algo, pero sigo sin ganas de nada.\"",
          "Terapia de activación conductual en grupo, 6 sesiones (mayo-junio de 2025), dentro de la rehabilitación "
          "cardiaca: \"salgo más de casa, pero el ánimo igual.\"",
          "Su marido toma lorazepam y ella reconoce que alguna noche toma uno de los suyos; se le explica que no debe "
          "hacerlo. Niega ideación autolítica.",
          "PHQ-9 hoy: 14.",
          "# Plan",
          "Mantener el tratamiento cardiológico. Se desaconseja el citalopram por el QT. Atención Primaria propone "
          "añadir mirtazapina; pendiente de valorar en su próxima consulta, vigilando el peso. Revisión en la unidad "
          "en 4 meses.",
      ]]}],
    [
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2012", "2014",
          "me fue muy bien, volví a ser yo; la dejó en 2014 al encontrarse bien", "remission", 1,
          "\"me fue muy bien, volví a ser yo\", y la dejó en 2014 al encontrarse bien"),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2022", "2023", "no noté ningún cambio", "no_response", 1,
          "Escitalopram 10 mg de 2022 a 2023, pautado tras el primer ingreso cardiaco: \"no noté ningún cambio\", y se retiró."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-03", None,
          "me ha ayudado algo, pero sigo sin ganas de nada", "partial_response", 1,
          "Hoy dice: \"me ha ayudado algo, pero sigo sin ganas de nada.\""),
        R("behavioral activation", "psychotherapy", "psychotherapy", "6 sesiones", "2025-05", "2025-06",
          "salgo más de casa, pero el ánimo igual", "no_response", 1, "\"salgo más de casa, pero el ánimo igual.\""),
    ],
    [S("PHQ-9", 14, "2026-10-21", 1, "PHQ-9 hoy: 14.")],
    [
        D("I50.22", 1, "I50.22 insuficiencia cardiaca sistólica crónica"),
        D("I25.10", 1, "I25.10 cardiopatía isquémica crónica"),
        D("F33.1", 1, "F33.1 trastorno depresivo mayor recurrente, episodio moderado"),
    ],
    SU("none", 1, "Niega ideación autolítica."),
    "paroxetina \"me fue muy bien, volví a ser yo\", dejada al encontrarse bien (remission); escitalopram \"no noté "
    "ningún cambio\" (no response); sertralina \"me ha ayudado algo, pero sigo sin ganas de nada\" (partial, current, "
    "in the table too); activación conductual en grupo \"salgo más de casa, pero el ánimo igual\" (no response); heart "
    "failure drugs; amitriptilina for back pain and sleep; lormetazepam; husband's lorazepam; mirtazapina proposed; "
    "citalopram advised against; PHQ-9; day/month/year dates; I50.22, I25.10, F33.1; none",
)

# ---------------------------------------------------------------- 11 retired psychiatrist's index cards, 2 photos
F11A, F11B = "index_card_1.jpg", "index_card_2.jpg"
case(
    "11-retired-psychiatrist-index-card-file-photos",
    "FICTIONAL case. Two phone photos of a retired psychiatrist's handwritten index cards (1988-2015), JPEG. Rows: "
    "imipramine 04-11/1988 (dry mouth, could not pass water, stopped: side effects), phenelzine 12/1988 to 1993 "
    "(well for the first time in years, tapered when well: remission), fluoxetine 1996-1999 (about halfway back: "
    "partial), sertraline 2001-2009 (good response, then wearing off from 2008 despite full dose: relapse), "
    "venlafaxine 2009-2010 (no better at 12 weeks: no response), ECT 8 treatments 03-04/2010 (remitted: "
    "neuromodulation, remission). Not rows: wife's sertraline, temazepam for sleep, the 1996 aspirin overdose, "
    "maintenance ECT refused. Codes: 296.32 is ICD-9 (not a row); F33.1 written in 2015.",
    [{"file": F11A, "kind": "photo", "pages": [[
        "# Dr. Ottoline Ferris, psychiatry (FICTIONAL)",
        "FICTIONAL SAMPLE - card file copy",
        "~ GISSING, Harlan  DOB 03/1951  chart FICT-11-0062",
        "~ 4/88 Major depression, recurrent. 296.32",
        "~ HAM-D 26 (4/88)",
        "~ Imipramine 150 mg 4/88 - 11/88: dry mouth,",
        "~ could not pass water -> stopped.",
        "~ Phenelzine 45 mg 12/88 - 1993: 'well for the",
        "~ first time in years.' HAM-D 6 (6/90).",
        "~ Tapered 1993 when well. Diet card given.",
        "~ 1996 recurrence. OD aspirin 5/96 - ICU 3 days.",
        "~ Fluoxetine 20 mg 1996-1999: 'about halfway back.'",
    ]]}, {"file": F11B, "kind": "photo", "pages": [[
        "# Dr. Ottoline Ferris, psychiatry (FICTIONAL)",
        "FICTIONAL SAMPLE - card file copy",
        "~ GISSING, Harlan - card 2",
        "~ Sertraline 200 mg 2001-2009: good response;",
        "~ from 2008 wearing off despite full dose.",
        "~ NB wife Mae also on sertraline - separate scripts!",
        "~ Venlafaxine 225 mg 2009-2010: no better at 12 wks.",
        "~ ECT x 8 (3/2010 - 4/2010): remitted.",
        "~ Maintenance ECT refused. Temazepam 15 mg hs sleep.",
        "~ 2015: F33.1 (ICD-10). No SI since 1996.",
        "~ Records copied for Dr. Yusupova 11/2026.",
    ]]}],
    [
        R("imipramine", "TCA", "antidepressant", "150 mg", "1988-04", "1988-11",
          "dry mouth, could not pass water -> stopped", "side_effects", 1,
          "could not pass water -> stopped.", file=F11A),
        R("phenelzine", "MAOI", "antidepressant", "45 mg", "1988-12", "1993",
          "well for the first time in years; tapered 1993 when well", "remission", 1,
          "Tapered 1993 when well.", file=F11A),
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "1996", "1999", "about halfway back", "partial_response", 1,
          "Fluoxetine 20 mg 1996-1999: 'about halfway back.'", file=F11A),
        R("sertraline", "SSRI", "antidepressant", "200 mg", "2001", "2009",
          "good response; from 2008 wearing off despite full dose", "relapse", 1,
          "from 2008 wearing off despite full dose.", file=F11B),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2009", "2010", "no better at 12 wks", "no_response", 1,
          "Venlafaxine 225 mg 2009-2010: no better at 12 wks.", file=F11B),
        R("ECT", "electroconvulsive therapy", "neuromodulation", "8 sessions", "2010-03", "2010-04", "remitted",
          "remission", 1, "ECT x 8 (3/2010 - 4/2010): remitted.", file=F11B),
    ],
    [
        S("HAM-D", 26, "1988-04", 1, "HAM-D 26 (4/88)", file=F11A),
        S("HAM-D", 6, "1990-06", 1, "HAM-D 6 (6/90).", file=F11A),
    ],
    [D("F33.1", 1, "2015: F33.1 (ICD-10).", file=F11B)],
    SU("attempt", 1, "1996 recurrence. OD aspirin 5/96 - ICU 3 days.", file=F11A),
    "imipramine \"could not pass water -> stopped\" (side effects); phenelzine \"well for the first time in years\", "
    "tapered when well (remission); fluoxetine \"about halfway back\" (partial); sertraline \"good response; from "
    "2008 wearing off despite full dose\" (relapse); venlafaxine \"no better at 12 wks\" (no response); ECT x 8 "
    "\"remitted\" (neuromodulation, remission); wife's sertraline; temazepam for sleep; maintenance ECT refused; "
    "HAM-D 1988 and 1990 (month-dated); ICD-9 296.32 (no code row) and F33.1; attempt (aspirin overdose 1996)",
)

# ---------------------------------------------------------------- 12 autonomic (POTS) clinic visits, 2-page PDF
F12 = "autonomic_clinic_visits.pdf"
case(
    "12-autonomic-pots-clinic-visits-pdf",
    "FICTIONAL case. Autonomic disorders clinic (POTS, hypermobile Ehlers-Danlos), two visits, 2-page PDF. Rows: "
    "duloxetine 2022 (heart racing at rest, stopped after 3 weeks: side effects), DBT skills group 24 weeks in 2024 "
    "(helped her stop cutting, the depression did not budge: no response), vortioxetine 01/2026 to 2026-09-30 "
    "(lifted mood, not herself, at visit 1; then nausea every day after the increase, stopped: side effects), "
    "bupropion XL since 2026-10-05 (too early to say: unknown, current). Not rows: sertraline 25 mg in 2023 for "
    "orthostatic symptoms (not for mood), midodrine, fludrocortisone, salt tablets, ivabradine only discussed, the "
    "sister's propranolol, ondansetron.",
    [{"file": F12, "kind": "pdf", "pages": [[
        "# Meridian Autonomic Disorders Clinic (FICTIONAL)",
        "FICTIONAL SAMPLE RECORD. Patient: Odalys Penhallow (fictional), 26 y. MRN FICT-12-2157. Visit 07/20/2026. "
        "Dr. C. Whitcombe, autonomic neurology (fictional). 18 Signal Street, Meridian (fictional). Phone 555-0153.",
        "# Diagnoses",
        "G90.A postural orthostatic tachycardia syndrome",
        "Q79.62 hypermobile Ehlers-Danlos syndrome",
        "F33.1 major depressive disorder, recurrent, moderate",
        "F41.1 generalized anxiety disorder",
        "# Autonomic history",
        "Standing heart rate rises by 44 beats per minute at 10 minutes without a fall in pressure. Midodrine 5 mg three times "
        "daily and fludrocortisone 0.1 mg since 2024, salt tablets, compression garments. A previous autonomic "
        "doctor tried sertraline 25 mg in 2023 for the orthostatic symptoms, not for mood: no help with the "
        "dizziness, stopped after two months.",
        "# Mood (treated by her psychiatrist, Dr. V. Anand, fictional)",
        "Duloxetine 30 mg in 2022: \"heart racing at rest,\" stopped after three weeks.",
        "DBT skills group, 24 weeks in 2024: \"it helped me stop cutting; the depression didn't budge.\" No "
        "self-injury since 03/2024.",
        "Vortioxetine 10 mg since 01/2026: \"it lifted my mood, I'm not crying every day now, but I'm not myself.\"",
        "Passive wishes not to wake up this spring; none now, no plan, no intent, no past attempts.",
        "PHQ-9 today 15, GAD-7 13. COMPASS-31 48.",
        "# Plan",
        "Continue midodrine and fludrocortisone. Ivabradine discussed for the tachycardia if the insurer approves it. "
        "Recumbent exercise program. Ondansetron is fine for nausea at low dose (ECG 2026: QTc 428 ms).",
    ], [
        "# Meridian Autonomic Disorders Clinic (FICTIONAL) - follow-up",
        "Patient: Odalys Penhallow (fictional). MRN FICT-12-2157. Visit 10/19/2026. Dr. C. Whitcombe.",
        "# Interval history",
        "Her psychiatrist raised vortioxetine to 20 mg in 08/2026. Since then, nausea \"every single day,\" and she "
        "stopped the vortioxetine herself on 09/30/2026 because of it. Her psychiatrist started bupropion XL 150 mg "
        "on 10/05/2026; too early to say whether it helps her mood, and her heart rate has not risen on it.",
        "Before a job interview in September she took one of her sister's propranolol tablets; advised not to "
        "take other people's medicines.",
        "Standing heart rate rise today 38 beats per minute. PHQ-9 17, GAD-7 14. Denies suicidal thoughts.",
        "# Medications",
        "|Medication|Dose|Since|For",
        "|Midodrine|5 mg three times daily|2024|POTS",
        "|Fludrocortisone|0.1 mg daily|2024|POTS",
        "|Bupropion XL|150 mg daily|10/05/2026|depression (Dr. Anand)",
        "|Sodium chloride tablets|1 g three times daily|2024|POTS",
        "# Plan",
        "Ivabradine approved by the insurer: start 2.5 mg twice daily in two weeks if the heart rate stays above 110 "
        "standing. Return in 3 months.",
    ]]}],
    [
        R("duloxetine", "SNRI", "antidepressant", "30 mg", "2022", "2022", "heart racing at rest, stopped after three weeks",
          "side_effects", 1, "Duloxetine 30 mg in 2022: \"heart racing at rest,\" stopped after three weeks."),
        R("DBT", "psychotherapy", "psychotherapy", "24 weeks", "2024", "2024",
          "it helped me stop cutting; the depression didn't budge", "no_response", 1,
          "\"it helped me stop cutting; the depression didn't budge.\""),
        R("vortioxetine", "multimodal", "antidepressant", "20 mg", "2026-01", "2026-09-30",
          "it lifted my mood ... but I'm not myself (07/20); nausea every single day after the increase to 20 mg, she stopped it because of it",
          "side_effects", 2, "she stopped the vortioxetine herself on 09/30/2026 because of it."),
        R("bupropion", "NDRI", "antidepressant", "150 mg", "2026-10-05", None,
          "too early to say whether it helps her mood", "unknown", 2,
          "too early to say whether it helps her mood"),
    ],
    [
        S("PHQ-9", 15, "2026-07-20", 1, "PHQ-9 today 15, GAD-7 13."),
        S("GAD-7", 13, "2026-07-20", 1, "PHQ-9 today 15, GAD-7 13."),
        S("PHQ-9", 17, "2026-10-19", 2, "PHQ-9 17, GAD-7 14."),
        S("GAD-7", 14, "2026-10-19", 2, "PHQ-9 17, GAD-7 14."),
    ],
    [
        D("G90.A", 1, "G90.A postural orthostatic tachycardia syndrome"),
        D("Q79.62", 1, "Q79.62 hypermobile Ehlers-Danlos syndrome"),
        D("F33.1", 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("F41.1", 1, "F41.1 generalized anxiety disorder"),
    ],
    SU("passive", 1, "Passive wishes not to wake up this spring; none now, no plan, no intent, no past attempts."),
    "duloxetine \"heart racing at rest\", stopped (side effects); DBT \"helped me stop cutting; the depression didn't "
    "budge\" (no response); vortioxetine partial at visit 1, then nausea after the increase and stopped (side "
    "effects, p. 2: the later stop wins); bupropion XL \"too early to say\" (unknown, current); sertraline 25 mg for "
    "orthostatic symptoms (another condition); midodrine, fludrocortisone, salt; ivabradine; sister's propranolol; "
    "ondansetron; PHQ-9 and GAD-7 at both visits, COMPASS-31; G90.A, Q79.62, F33.1, F41.1; passive",
)
