"""FICTIONAL clinical records and their expected `notes` proposals (blind set 34).

Every person, clinic, record number, phone and place below is invented.
Document pages are lists of lines: '# ' heading, '| ' table row (cells split on ' | '), '~' handwriting
(images only), anything else a paragraph. Truth rows: R (history), S (scale), D (diagnosis), SU (suicidality).
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

# ---------------------------------------------------------------------------------------------- 01
F = "id_clinic_visits.pdf"
CASES.append(dict(
    slug="01-lyme-infectious-disease-clinic-return-visits-pdf",
    note="FICTIONAL case. Infectious disease clinic, two return visits for post-treatment Lyme symptoms, 2-page PDF "
         "with a repeated medication table. Rows: escitalopram 2019-2020 (felt like herself, tapered off when well: "
         "remission), sertraline 03/2025-04/2025 (jittery, could not sleep, stopped: side effects), bupropion XL since "
         "06/2025 (a third better, not out of it: partial, p. 2; 450 mg only discussed), telehealth CBT 10 sessions "
         "01/2026-04/2026 (learned to pace, depression did not lift: no response). Not rows: doxycycline for Lyme, "
         "gabapentin for nerve pain, trazodone and melatonin for sleep, aripiprazole suggested and never started, the "
         "husband's duloxetine.",
    docs=[dict(file=F, fmt="pdf", pages=[[
        "# FICTIONAL SAMPLE - Larkspur Valley Infectious Disease Associates (fictional)",
        "2290 Quarry Road, Fernholt (fictional town). Phone 555-0141. All names and numbers on this record are invented.",
        "# Return visit - 09/15/2026",
        "Patient: Dana Okafor-Reyes (fictional), DOB 03/22/1982, MRN FICT-ID-20931. Physician: Ansel Whitcombe, MD (fictional).",
        "Reason for visit: persistent fatigue, joint aches and low mood 18 months after treated early disseminated Lyme disease.",
        "# History",
        "Lyme disease was diagnosed in 06/2024 (erythema migrans, positive two-tier serology) and treated with doxycycline "
        "100 mg twice daily for 21 days, completed 07/2024. Since then fatigue, poor concentration and diffuse aches. No new "
        "tick exposure.",
        "Mood: depression since her twenties. A first episode in 2019 was treated by her primary care physician with "
        "escitalopram 10 mg; \"I felt like myself again within two months,\" and after a year of feeling well she tapered "
        "off it with her doctor in 2020.",
        "The depression returned in early 2025. Sertraline 50 mg was started in 03/2025; \"it made me jittery and I couldn't "
        "sleep,\" and she stopped it after five weeks, in 04/2025.",
        "Bupropion XL 300 mg daily since 06/2025, prescribed by her PCP. She also completed 10 sessions of telehealth CBT "
        "(01/2026 to 04/2026): \"I learned to pace myself, but the depression didn't lift.\"",
        "# Current medications",
        "| Medication | Dose | Purpose | Note",
        "| bupropion XL | 300 mg daily | depression | since 06/2025",
        "| gabapentin | 300 mg three times daily | nerve pain, feet | since 11/2025",
        "| trazodone | 50 mg at bedtime | sleep | as needed",
        "| melatonin | 3 mg at bedtime | sleep | OTC",
        "| doxycycline | 100 mg twice daily | Lyme | completed 07/2024",
        "# Assessment",
        "PHQ-9 today: 17. GAD-7 today: 11. Denies suicidal ideation, intent or plan.",
        "A69.20 Lyme disease, unspecified (treated; post-treatment symptoms). R53.83 other fatigue. F33.1 major depressive "
        "disorder, recurrent, moderate.",
        "# Plan",
        "No further antibiotics: repeated or prolonged courses are not indicated. Graded activity. Increasing bupropion XL "
        "to 450 mg was discussed; she prefers to wait. Her PCP suggested adding aripiprazole; she wants to think about it. "
        "Return in 2 months.",
    ], [
        "# Return visit - 11/17/2026",
        "Patient: Dana Okafor-Reyes (fictional), MRN FICT-ID-20931.",
        "Interval: fatigue somewhat better with graded activity; walking 20 minutes most days. She did not start "
        "aripiprazole and the bupropion dose was not changed.",
        "Mood: \"The bupropion has helped. I'd say I'm maybe a third better than before I started it, but I'm not out of "
        "it.\" Her husband takes duloxetine for his back and she asked whether it would help her; I suggested she ask "
        "her psychiatrist.",
        "# Current medications (unchanged)",
        "| Medication | Dose | Purpose | Note",
        "| bupropion XL | 300 mg daily | depression | since 06/2025",
        "| gabapentin | 300 mg three times daily | nerve pain, feet | since 11/2025",
        "| trazodone | 50 mg at bedtime | sleep | as needed",
        "# Assessment",
        "PHQ-9 today: 14. Denies suicidal ideation, intent or plan.",
        "Post-treatment Lyme disease symptoms, slowly improving. Depression, partly treated: referral to psychiatry placed.",
        "# Plan",
        "Continue graded activity. Psychiatry referral. Return in 3 months. Signed: A. Whitcombe, MD (fictional).",
    ]])],
    history=[
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2019", "2020",
          "I felt like myself again within two months; tapered off with her doctor after a year well", "remission", F, 1,
          "escitalopram 10 mg; \"I felt like myself again within two months,\" and after a year of feeling well she "
          "tapered off it with her doctor in 2020."),
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2025-03", "2025-04",
          "it made me jittery and I couldn't sleep; stopped after five weeks", "side_effects", F, 1,
          "Sertraline 50 mg was started in 03/2025; \"it made me jittery and I couldn't sleep,\" and she stopped it "
          "after five weeks, in 04/2025."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2025-06", None,
          "maybe a third better than before I started it, but I'm not out of it", "partial_response", F, 2,
          "I'd say I'm maybe a third better than before I started it, but I'm not out of it."),
        R("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2026-01", "2026-04",
          "I learned to pace myself, but the depression didn't lift", "no_response", F, 1,
          "I learned to pace myself, but the depression didn't lift."),
    ],
    scales=[S("PHQ-9", 17, "2026-09-15", F, 1, "PHQ-9 today: 17."),
            S("GAD-7", 11, "2026-09-15", F, 1, "GAD-7 today: 11."),
            S("PHQ-9", 14, "2026-11-17", F, 2, "PHQ-9 today: 14.")],
    diagnoses=[D("A69.20", F, 1, "A69.20 Lyme disease, unspecified"),
               D("R53.83", F, 1, "R53.83 other fatigue."),
               D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate.")],
    suicidality=SU("none", F, 1, "Denies suicidal ideation, intent or plan."),
))

# ---------------------------------------------------------------------------------------------- 02
F = "couples_therapy_notes.txt"
CASES.append(dict(
    slug="02-couples-therapy-conjoint-session-notes-txt",
    note="FICTIONAL case. Marriage and family therapist's conjoint session notes for a couple, TXT; the husband is the "
         "patient. Rows (his): fluoxetine 2008 (did nothing: no response), venlafaxine XR 02/2023-01/2024 (sweating, "
         "blood pressure up, taken off it: side effects), mirtazapine since 02/2024 (sleeps better, gained weight, "
         "heaviness has not moved, 'about the same': no response, current), behavioral activation 12 sessions "
         "05/2024-08/2024 (about 60% of his old self: partial). Not rows: the couples therapy itself (it treats the "
         "relationship, as the notes say), the wife's sertraline and hydroxyzine, her GAD-7 (not the patient's scale), "
         "lithium declined, zolpidem for sleep, aripiprazole only mentioned.",
    docs=[dict(file=F, fmt="txt", pages=[[
        "FICTIONAL SAMPLE - every name, place and number in these notes is invented.",
        "Cedar Hollow Couples & Family Counseling (fictional), 41 Wren Street, Ashby Falls (fictional). Phone 555-0157.",
        "Clinician: Noreen Castellanos, LMFT (fictional).",
        "Clients: Marcus Hale (fictional), DOB 07/30/1984, chart FICT-CF-5520, and his wife Priya Hale (fictional), "
        "chart FICT-CF-5521. Presenting concern: conflict and distance since Marcus's depression worsened this year.",
        "# Session 4 - 10/06/2026 (conjoint, 55 min)",
        "Background gathered today on Marcus's depression treatment. His psychiatrist, Dr. Elstow (fictional), manages "
        "his medication; these sessions treat the relationship, not his depression.",
        "- College, 2008: fluoxetine for one semester; he says it \"did nothing.\"",
        "- 2023: venlafaxine XR 150 mg from 02/2023; he was \"sweating through my shirts\" and his blood pressure rose, "
        "and his doctor took him off it in 01/2024.",
        "- Since 02/2024: mirtazapine 30 mg at night. He sleeps better and has gained about 15 lb on it, but he says "
        "\"the heaviness hasn't moved.\"",
        "- 2024: 12 sessions of behavioral activation with an individual therapist (05/2024 to 08/2024). \"It got me out "
        "of the house again. I'd say I got back to about 60% of my old self.\"",
        "Marcus said his psychiatrist wants to add lithium; he declined because of the blood tests.",
        "Priya takes sertraline 50 mg and hydroxyzine as needed for her own anxiety; she wondered aloud whether Marcus "
        "should \"just try mine.\" Advised against sharing medication.",
        "Screens today: Marcus PHQ-9 16. Priya GAD-7 12 (her own screen, shared with her consent).",
        "Marcus described passive thoughts that everyone would be better off without him; no intent or plan. Safety "
        "plan reviewed together; Priya is aware and agrees to call if worried.",
        "Working diagnoses for this episode of care: Z63.0 relationship distress with spouse; F33.1 (Marcus, per his "
        "psychiatrist's records).",
        "# Session 5 - 10/20/2026 (conjoint, 50 min)",
        "Worked on a weekly check-in ritual and on repair after arguments. Marcus uses zolpidem 5 mg some nights for "
        "sleep when the mirtazapine is not enough. No change in his medications.",
        "# Session 6 - 11/03/2026 (conjoint, 55 min)",
        "Marcus's PHQ-9 today: 13. He says he is \"about the same\" on the mirtazapine; Dr. Elstow mentioned adding "
        "aripiprazole at their next visit. No thoughts of harming himself this week.",
        "Plan: continue every two weeks; communication goals partially met.",
    ]])],
    history=[
        R("fluoxetine", "SSRI", "antidepressant", None, "2008", "2008", "did nothing", "no_response", F, 1,
          "College, 2008: fluoxetine for one semester; he says it \"did nothing.\""),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2023-02", "2024-01",
          "sweating through my shirts and his blood pressure rose; his doctor took him off it", "side_effects", F, 1,
          "venlafaxine XR 150 mg from 02/2023; he was \"sweating through my shirts\" and his blood pressure rose, "
          "and his doctor took him off it in 01/2024."),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024-02", None,
          "sleeps better, gained weight, the heaviness hasn't moved; about the same", "no_response", F, 1,
          "He says he is \"about the same\" on the mirtazapine;"),
        R("behavioral activation", "psychotherapy", "psychotherapy", "12 sessions", "2024-05", "2024-08",
          "got me out of the house again; about 60% of my old self", "partial_response", F, 1,
          "I'd say I got back to about 60% of my old self."),
    ],
    scales=[S("PHQ-9", 16, "2026-10-06", F, 1, "Marcus PHQ-9 16."),
            S("PHQ-9", 13, "2026-11-03", F, 1, "Marcus's PHQ-9 today: 13.")],
    diagnoses=[D("Z63.0", F, 1, "Z63.0 relationship distress with spouse"),
               D("F33.1", F, 1, "F33.1 (Marcus, per his psychiatrist's records).")],
    suicidality=SU("passive", F, 1, "Marcus described passive thoughts that everyone would be better off without "
                                     "him; no intent or plan."),
))

# ---------------------------------------------------------------------------------------------- 03
F = "ot_functional_evaluation.docx"
CASES.append(dict(
    slug="03-occupational-therapy-return-to-work-evaluation-docx",
    note="FICTIONAL case. Occupational therapist's return-to-work functional evaluation, DOCX with a pharmacy-printout "
         "table. Rows: citalopram 2021-2022 (numbed out, stopped: side effects), nortriptyline 2022-2023 (helped a few "
         "months, then back in the hole: relapse), ECT 9 treatments 10/2025 (stopped for memory gaps: neuromodulation, "
         "side effects), duloxetine since 05/2026 (maybe 70% of where I should be: partial, current). Not rows: "
         "quetiapine 25 mg at bedtime for sleep, atorvastatin, tamsulosin, the occupational therapy itself, lithium "
         "only to be considered.",
    docs=[dict(file=F, fmt="docx", header="FICTIONAL SAMPLE - Brightwater Return-to-Work Therapy (fictional)",
               pages=[[
        "# Occupational Therapy Functional Evaluation (FICTIONAL)",
        "Client: Walter Brennick (fictional), 58. Record FICT-OT-7741. Date of evaluation: 11/04/2026. Therapist: "
        "Joanna Mbeki-Hart, OTR/L (fictional). Brightwater Return-to-Work Therapy, 19 Foundry Street, Kelsey Mills "
        "(fictional). Phone 555-0122.",
        "Referral: return-to-work planning after medical leave for depression since 07/2025. Job: warehouse shift "
        "supervisor (lifting to 25 lb, scheduling, radio communication, 10-hour shifts).",
        "# Health history (referral letter and client report)",
        "Recurrent depression since 2009. Past treatment as listed in Dr. Halvorsen's (fictional) referral letter of "
        "10/2026:",
        "- Citalopram 20 mg, 2021 to 2022: \"it numbed me out, I didn't care about anything,\" so he stopped it.",
        "- Nortriptyline 75 mg, 2022 to 2023: \"it helped for a few months, then I was back in the hole.\"",
        "- ECT, 9 treatments in 10/2025 at Meadowgate Hospital (fictional), stopped after the ninth for memory gaps "
        "that worried his family.",
        "- Duloxetine 60 mg daily since 05/2026, current.",
        "Client's own words today about the duloxetine: \"Maybe 70% of where I should be. Better than last winter, "
        "not all the way.\"",
        "# Current medications (client's pharmacy printout)",
        "| Medication | Dose | Prescriber | Reason",
        "| duloxetine | 60 mg daily | Dr. Halvorsen | depression",
        "| quetiapine | 25 mg at bedtime | Dr. Halvorsen | sleep",
        "| atorvastatin | 40 mg daily | PCP | cholesterol",
        "| tamsulosin | 0.4 mg daily | urology | prostate",
        "# Assessment",
        "Canadian Occupational Performance Measure: performance 4.2, satisfaction 3.8 (client-rated, 1-10). Cognitive "
        "screen: mild slowing on timed tasks; recall of a 5-step work procedure intact after a delay. Standing "
        "tolerance 45 minutes. PHQ-9 (copied from the psychiatrist's note of 10/21/2026): 12.",
        "He denies current thoughts of self-harm. He told me that in 09/2025, before the ECT, he often thought he "
        "would be better off dead, without any plan.",
        "Diagnoses on the referral: F33.1 major depressive disorder, recurrent, moderate; Z56.6 other physical and "
        "mental strain related to work.",
        "# Plan",
        "Graded return: 4-hour shifts for 2 weeks, then 6-hour shifts, then full shifts if tolerated. Energy "
        "conservation, written shift checklists, activity scheduling on rest days. His psychiatrist may consider "
        "adding lithium if his mood plateaus (not started). OT twice weekly for 6 weeks.",
        "Signed: J. Mbeki-Hart, OTR/L (fictional).",
    ]])],
    history=[
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2021", "2022",
          "it numbed me out, I didn't care about anything, so he stopped it", "side_effects", F, 1,
          "Citalopram 20 mg, 2021 to 2022: \"it numbed me out, I didn't care about anything,\" so he stopped it."),
        R("nortriptyline", "TCA", "antidepressant", "75 mg", "2022", "2023",
          "it helped for a few months, then I was back in the hole", "relapse", F, 1,
          "Nortriptyline 75 mg, 2022 to 2023: \"it helped for a few months, then I was back in the hole.\""),
        R("ECT", "electroconvulsive therapy", "neuromodulation", "9 sessions", "2025-10", "2025-10",
          "stopped after the ninth for memory gaps", "side_effects", F, 1,
          "ECT, 9 treatments in 10/2025 at Meadowgate Hospital (fictional), stopped after the ninth for memory gaps "
          "that worried his family."),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-05", None,
          "Maybe 70% of where I should be. Better than last winter, not all the way.", "partial_response", F, 1,
          "Maybe 70% of where I should be."),
    ],
    scales=[S("PHQ-9", 12, "2026-10-21", F, 1, "PHQ-9 (copied from the psychiatrist's note of 10/21/2026): 12.")],
    diagnoses=[D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate;"),
               D("Z56.6", F, 1, "Z56.6 other physical and mental strain related to work.")],
    suicidality=SU("passive", F, 1, "in 09/2025, before the ECT, he often thought he would be better off dead, "
                                     "without any plan."),
))

# ---------------------------------------------------------------------------------------------- 04
F = "crps_clinic_notes.pdf"
CASES.append(dict(
    slug="04-complex-regional-pain-syndrome-clinic-visits-pdf",
    note="FICTIONAL case. CRPS (hand) pain clinic, two visits, 2-page PDF with medication tables. Rows: sertraline "
         "01/2025-06/2025 (did not make a dent: no response), duloxetine since 07/2025 for pain and mood (mood lifted "
         "over the summer, sank again by October while taking it: relapse, p. 2), aripiprazole added 08/12-09/02/2026 "
         "(could not sit still: augmentation, side effects, p. 2). Not rows: gabapentin, pregabalin, prednisone, "
         "stellate ganglion blocks, amitriptyline 10 mg for pain and sleep, ibuprofen, the mother's oxycodone, "
         "esketamine and a spinal cord stimulator only discussed.",
    docs=[dict(file=F, fmt="pdf", pages=[[
        "# FICTIONAL SAMPLE - Northgate Pain & Limb Recovery Clinic (fictional)",
        "CRPS program, 88 Tannery Lane, Millbrook Ford (fictional). Phone 555-0163. Invented record for testing.",
        "# Visit - 09/08/2026",
        "Patient: Lorna Vasquez-Tilden (fictional), 39. MRN FICT-PN-30418. Physician: Rafael Okonkwo-Berg, MD (fictional).",
        "History: complex regional pain syndrome of the right hand after a distal radius fracture in 03/2024. Burning "
        "pain, swelling, color and temperature change, stiffness of the fingers.",
        "Pain treatments so far: gabapentin to 900 mg/day (2024, no benefit); pregabalin 150 mg twice daily (2025, "
        "stopped for dizziness); a 3-week prednisone taper (2024); two stellate ganglion blocks (05/2025, relief for "
        "about a week each); graded motor imagery and mirror therapy with hand therapy (ongoing).",
        "Mood: depression since the injury. Sertraline 100 mg from 01/2025 to 06/2025 \"did not make a dent.\" "
        "Duloxetine 60 mg since 07/2025, chosen for both pain and mood. Her psychiatrist added aripiprazole 2 mg on "
        "08/12/2026.",
        "She admits to taking two of her mother's oxycodone tablets last month on a bad night; advised against it.",
        "| Medication | Dose | For | Since",
        "| duloxetine | 60 mg daily | pain and depression | 07/2025",
        "| aripiprazole | 2 mg daily | depression (added) | 08/12/2026",
        "| amitriptyline | 10 mg at night | pain, sleep | 2025",
        "| ibuprofen | 400 mg as needed | pain | -",
        "Exam: right hand warmer and swollen, shiny skin, allodynia over the dorsum, grip 8 kg (left 26 kg).",
        "Pain NRS 8/10 today. PHQ-9: 18. C-SSRS screen: wish to be dead, yes; active thoughts of killing herself, no.",
        "G90.511 complex regional pain syndrome I of right upper limb. F33.1 major depressive disorder, recurrent, "
        "moderate.",
        "Plan: continue hand therapy; a spinal cord stimulator trial was discussed for next year if there is no "
        "progress (not scheduled). Continue medications. Return in 8 weeks.",
    ], [
        "# Visit - 11/10/2026",
        "Patient: Lorna Vasquez-Tilden (fictional). MRN FICT-PN-30418.",
        "Interval: she stopped the aripiprazole on 09/02/2026 after three weeks: \"I couldn't sit still, I was up and "
        "down all evening.\" Her psychiatrist agreed.",
        "Duloxetine: pain somewhat better. About her mood she says: \"It lifted over the summer, then it sank again by "
        "October, even though I never missed a dose.\"",
        "| Medication | Dose | For | Since",
        "| duloxetine | 60 mg daily | pain and depression | 07/2025",
        "| amitriptyline | 10 mg at night | pain, sleep | 2025",
        "| ibuprofen | 400 mg as needed | pain | -",
        "Pain NRS 6/10 today. PHQ-9: 19. Passive wish to be dead persists; no plan or intent; safety plan updated.",
        "Plan: her psychiatrist is considering an esketamine referral; nothing ordered yet. Continue hand therapy. "
        "Return in 8 weeks.",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-01", "2025-06", "did not make a dent",
          "no_response", F, 1, "Sertraline 100 mg from 01/2025 to 06/2025 \"did not make a dent.\""),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-07", None,
          "It lifted over the summer, then it sank again by October, even though I never missed a dose.",
          "relapse", F, 2,
          "It lifted over the summer, then it sank again by October, even though I never missed a dose."),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-08-12", "2026-09-02",
          "I couldn't sit still, I was up and down all evening; stopped after three weeks", "side_effects", F, 2,
          "she stopped the aripiprazole on 09/02/2026 after three weeks: \"I couldn't sit still, I was up and down all "
          "evening.\""),
    ],
    scales=[S("pain NRS", 8, "2026-09-08", F, 1, "Pain NRS 8/10 today."),
            S("PHQ-9", 18, "2026-09-08", F, 1, "PHQ-9: 18."),
            S("pain NRS", 6, "2026-11-10", F, 2, "Pain NRS 6/10 today."),
            S("PHQ-9", 19, "2026-11-10", F, 2, "PHQ-9: 19.")],
    diagnoses=[D("G90.511", F, 1, "G90.511 complex regional pain syndrome I of right upper limb."),
               D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate.")],
    suicidality=SU("passive", F, 1, "C-SSRS screen: wish to be dead, yes; active thoughts of killing herself, no."),
))

# ---------------------------------------------------------------------------------------------- 05
F = "phone_message_slips_scan.pdf"
CASES.append(dict(
    slug="05-while-you-were-out-phone-message-slips-scan",
    note="FICTIONAL case. Four handwritten 'While you were out' phone message slips from a family practice, scanned "
         "together as an image-only one-page PDF. Rows: paroxetine 20 mg 2026-02-09 to 2026-02-27 (head fog, could "
         "not finish a thought, stopped: side effects), escitalopram 10 mg from 2026-03-23 (feel like my old self: "
         "remission, current). Not rows: vortioxetine prescribed but never picked up (prior authorization, returned "
         "to stock), the wife's lorazepam.",
    docs=[dict(file=F, fmt="scan", pages=[[
        "# FICTIONAL SAMPLE - Riverside Family Medicine (fictional) - phone messages",
        "# WHILE YOU WERE OUT",
        "To: ~Dr. Mendelssohn",
        "Date: ~03/02/2026   Time: 9:40 am",
        "From: ~Gene Paulsen (pt, DOB 1/14/71)   Phone: 555-0172",
        "Message:",
        "~Stopped the paroxetine 20 mg on 2/27 - \"head fog, can't finish a thought.\"",
        "~Was on it since 2/9. Wants something else. Denies SI.",
        "Taken by: ~K.L. RN",
        "# WHILE YOU WERE OUT",
        "To: ~chart / K.L. RN",
        "Date: ~03/04/2026   Time: 12:15 pm",
        "From: ~Dr. Mendelssohn (reply)",
        "Message:",
        "~Start vortioxetine 10 mg daily. e-Rx sent to Elm St pharmacy. Dx F32.1",
        "Taken by: ~K.L. RN",
        "# WHILE YOU WERE OUT",
        "To: ~Dr. Mendelssohn",
        "Date: ~03/20/2026   Time: 4:05 pm",
        "From: ~Elm St Pharmacy (fictional)   Phone: 555-0178",
        "Message:",
        "~Vortioxetine Rx never picked up - insurance wants a PA. Returned to stock.",
        "Taken by: ~D.W.",
        "# WHILE YOU WERE OUT",
        "To: ~Dr. Mendelssohn",
        "Date: ~05/18/2026   Time: 10:30 am",
        "From: ~Gene Paulsen   Phone: 555-0172",
        "Message:",
        "~On escitalopram 10 mg since 3/23 (samples, then filled). \"I feel like my old self.\"",
        "~OK to keep same dose? PHQ-9 by phone = 6. Wife asks if he can take",
        "~her lorazepam for the flight - told no.",
        "Taken by: ~K.L. RN",
    ]])],
    history=[
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2026-02-09", "2026-02-27",
          "head fog, can't finish a thought; stopped", "side_effects", F, 1,
          "Stopped the paroxetine 20 mg on 2/27 - \"head fog, can't finish a thought.\""),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-03-23", None, "I feel like my old self",
          "remission", F, 1,
          "On escitalopram 10 mg since 3/23 (samples, then filled). \"I feel like my old self.\""),
    ],
    scales=[S("PHQ-9", 6, "2026-05-18", F, 1, "PHQ-9 by phone = 6.")],
    diagnoses=[D("F32.1", F, 1, "Dx F32.1")],
    suicidality=SU("none", F, 1, "Denies SI."),
))

# ---------------------------------------------------------------------------------------------- 06
F = "hepatology_notes.txt"
CASES.append(dict(
    slug="06-hepatology-steatotic-liver-clinic-notes-txt",
    note="FICTIONAL case. Hepatology clinic notes (steatotic liver disease), two visits, TXT with repeated medication "
         "lists. Rows: nefazodone 2011 (stopped when liver enzymes rose: side effects), bupropion 2017-2018 (never did "
         "much: no response), sertraline since 2019 (fully well on it: remission, current). Not rows: mirtazapine 15 "
         "mg at bedtime added for sleep (tapered off 10/2026), duloxetine suggested and never started, metformin, "
         "semaglutide, vitamin E.",
    docs=[dict(file=F, fmt="txt", pages=[[
        "FICTIONAL SAMPLE - invented patient, clinic and numbers.",
        "Saltmarsh Liver Clinic (fictional), 7 Ferry Row, Port Amberly (fictional). Phone 555-0184.",
        "Patient: Hector Lindqvist (fictional), 52, male. MRN FICT-LV-66102. Hepatologist: Odile Fairbanks, MD (fictional).",
        "# Clinic visit - 08/12/2026",
        "Referred for steatotic liver disease found on ultrasound; ALT 68, AST 41, platelets 231. FIB-4 1.1. Alcohol: "
        "2-3 drinks a week; AUDIT-C 2.",
        "Medication history reviewed for liver safety:",
        "- Nefazodone (2011, dose not recalled): his psychiatrist stopped it after three months because his liver "
        "enzymes rose.",
        "- Bupropion 300 mg (2017-2018), tried for mood and weight: \"never did much\"; stopped.",
        "- Sertraline 150 mg since 2019 for recurrent depression: \"It's kept me well for years - I'd say I'm fully well "
        "on it.\"",
        "- Mirtazapine 15 mg at bedtime since 2025, added by his PCP for sleep; it may be adding to his weight gain.",
        "His psychiatrist once suggested duloxetine; it was never started, and I would avoid it while his enzymes are "
        "raised.",
        "Medication list today:",
        "    sertraline 150 mg daily",
        "    mirtazapine 15 mg at bedtime",
        "    metformin 1000 mg twice daily",
        "    semaglutide 1 mg weekly",
        "PHQ-9 (clinic screen): 4. No thoughts of self-harm.",
        "Diagnoses: K76.0 fatty (change of) liver, not elsewhere classified; E11.9 type 2 diabetes mellitus without "
        "complications; F33.42 major depressive disorder, recurrent, in full remission.",
        "Plan: weight loss goal 7-10%; vitamin E 800 IU daily started; ask PCP whether mirtazapine can be tapered; "
        "continue sertraline (acceptable at this dose with monitoring). Repeat labs in 3 months.",
        "# Clinic visit - 11/11/2026",
        "Weight down 6 kg. ALT 44. Mirtazapine tapered off by his PCP in 10/2026; sleeping adequately with sleep "
        "hygiene alone.",
        "Medication list today:",
        "    sertraline 150 mg daily",
        "    metformin 1000 mg twice daily",
        "    semaglutide 1 mg weekly",
        "    vitamin E 800 IU daily",
        "PHQ-9 (clinic screen): 3. No thoughts of self-harm.",
        "Plan: continue; elastography in 6 months. Signed: O. Fairbanks, MD (fictional).",
    ]])],
    history=[
        R("nefazodone", "SARI", "antidepressant", None, "2011", "2011",
          "his psychiatrist stopped it after three months because his liver enzymes rose", "side_effects", F, 1,
          "Nefazodone (2011, dose not recalled): his psychiatrist stopped it after three months because his liver "
          "enzymes rose."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2017", "2018", "never did much; stopped",
          "no_response", F, 1,
          "Bupropion 300 mg (2017-2018), tried for mood and weight: \"never did much\"; stopped."),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2019", None,
          "It's kept me well for years - I'd say I'm fully well on it", "remission", F, 1,
          "It's kept me well for years - I'd say I'm fully well on it."),
    ],
    scales=[S("PHQ-9", 4, "2026-08-12", F, 1, "PHQ-9 (clinic screen): 4."),
            S("PHQ-9", 3, "2026-11-11", F, 1, "PHQ-9 (clinic screen): 3.")],
    diagnoses=[D("K76.0", F, 1, "K76.0 fatty (change of) liver"),
               D("E11.9", F, 1, "E11.9 type 2 diabetes mellitus without complications;"),
               D("F33.42", F, 1, "F33.42 major depressive disorder, recurrent, in full remission.")],
    suicidality=SU("none", F, 1, "No thoughts of self-harm."),
))

# ---------------------------------------------------------------------------------------------- 07
F = "neuromuscular_clinic_visit.pdf"
CASES.append(dict(
    slug="07-myasthenia-gravis-neuromuscular-clinic-visit-pdf",
    note="FICTIONAL case. Neuromuscular clinic follow-up for myasthenia gravis, 2-page PDF, reviewing the "
         "psychiatrist's summary for interactions. Rows: fluoxetine 2020-06/2022 (full remission for a year, then the "
         "depression came back while still taking it: relapse), escitalopram 07/2022-03/2024 (about half better, "
         "stopped for a prolonged QTc: side effects), IPT 16 sessions 04/2024-08/2024 (helped her deal with being "
         "sick, the depression stayed: no response), mirtazapine since 04/2024 (some better, not all the way: partial, "
         "p. 2). Not rows: prednisone (mood worse on high doses), pyridostigmine, mycophenolate, alendronate, lithium "
         "and magnesium to be avoided, TMS only considered.",
    docs=[dict(file=F, fmt="pdf", pages=[[
        "# FICTIONAL SAMPLE - Eastbrook Neuromuscular Center (fictional)",
        "12 Lantern Hill Road, Corriveau (fictional). Phone 555-0129. Invented record for software testing.",
        "# Follow-up visit - 10/05/2026",
        "Patient: Ingrid Sato-Marsh (fictional), 47, female. MRN FICT-NM-11873. Neurologist: Thaddeus Ibekwe, MD (fictional).",
        "Generalized myasthenia gravis, acetylcholine receptor antibody positive, diagnosed 2019. Stable on "
        "pyridostigmine and mycophenolate; prednisone being tapered. MG-ADL today 6 (9 in 06/2026).",
        "| Medication | Dose | Indication",
        "| pyridostigmine | 60 mg four times daily | MG",
        "| mycophenolate | 1000 mg twice daily | MG",
        "| prednisone | 20 mg daily, tapering | MG",
        "| mirtazapine | 30 mg at bedtime | depression (psychiatry)",
        "| alendronate | 70 mg weekly | bone protection",
        "Mood: she notes that the higher prednisone doses in the spring made her irritable and tearful. Her "
        "psychiatrist, Dr. Lavoie (fictional), sent a treatment summary dated 09/21/2026, which I reviewed for "
        "interactions with MG:",
        "- Fluoxetine 20 mg, 2020 to 06/2022: full remission for about a year, then the depression came back in early "
        "2022 while she was still taking it, and it was stopped in 06/2022.",
        "- Escitalopram 20 mg, 07/2022 to 03/2024: \"about half better\"; stopped in 03/2024 when an ECG showed a "
        "prolonged QTc (482 ms).",
        "- Interpersonal therapy, 16 sessions (04/2024 to 08/2024): \"It helped me deal with being sick; the "
        "depression stayed.\"",
        "- Mirtazapine 30 mg at bedtime since 04/2024.",
        "HAM-D on 09/21/2026 (Dr. Lavoie): 18.",
    ], [
        "# Follow-up visit - 10/05/2026 (continued)",
        "About the mirtazapine she says: \"Some better, but not all the way there.\"",
        "PHQ-9 today: 15. She denies suicidal ideation.",
        "Interactions: lithium and intravenous magnesium can worsen myasthenic weakness, and I have advised Dr. Lavoie "
        "to avoid them; she takes neither. Dr. Lavoie is considering a TMS referral; there is no contraindication from "
        "the MG side. Beta-blockers and some antibiotics are also to be avoided.",
        "Diagnoses: G70.00 myasthenia gravis without (acute) exacerbation; F33.1 major depressive disorder, recurrent, "
        "moderate.",
        "Plan: continue the prednisone taper by 2.5 mg a month; recheck in 3 months. Signed: T. Ibekwe, MD (fictional).",
    ]])],
    history=[
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2020", "2022-06",
          "full remission for about a year, then the depression came back while she was still taking it",
          "relapse", F, 1,
          "Fluoxetine 20 mg, 2020 to 06/2022: full remission for about a year, then the depression came back in early "
          "2022 while she was still taking it, and it was stopped in 06/2022."),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2022-07", "2024-03",
          "about half better; stopped when an ECG showed a prolonged QTc (482 ms)", "side_effects", F, 1,
          "stopped in 03/2024 when an ECG showed a prolonged QTc (482 ms)."),
        R("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2024-04", "2024-08",
          "It helped me deal with being sick; the depression stayed.", "no_response", F, 1,
          "It helped me deal with being sick; the depression stayed."),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024-04", None,
          "Some better, but not all the way there.", "partial_response", F, 2,
          "Some better, but not all the way there."),
    ],
    scales=[S("HAM-D", 18, "2026-09-21", F, 1, "HAM-D on 09/21/2026 (Dr. Lavoie): 18."),
            S("PHQ-9", 15, "2026-10-05", F, 2, "PHQ-9 today: 15.")],
    diagnoses=[D("G70.00", F, 2, "G70.00 myasthenia gravis without (acute) exacerbation;"),
               D("F33.1", F, 2, "F33.1 major depressive disorder, recurrent, moderate.")],
    suicidality=SU("none", F, 2, "She denies suicidal ideation."),
))

# ---------------------------------------------------------------------------------------------- 08
F = "hardship_psych_evaluation.docx"
CASES.append(dict(
    slug="08-immigration-hardship-psychological-evaluation-docx",
    note="FICTIONAL case. Psychologist's extreme-hardship evaluation for an immigration waiver, DOCX with a testing "
         "table. Rows: amitriptyline 2012 for depression (slept all day, dry mouth, stopped after a month: side "
         "effects), CBT in Spanish 16 sessions 03/2024-07/2024 (helped her let it out, sadness the same: no response), "
         "sertraline since 09/2025, 100 mg (a little, maybe 30 percent: partial, current). Not rows: bupropion offered "
         "and not started, melatonin, the husband's escitalopram, the mother's pills (the 2012 overdose). Not contract "
         "scales: BDI-II, PCL-5.",
    docs=[dict(file=F, fmt="docx", header="FICTIONAL SAMPLE - evaluation prepared for an invented immigration case",
               pages=[[
        "# Psychological Evaluation: Extreme Hardship (FICTIONAL)",
        "Evaluee: Rosa Elvira Quintanilla (fictional), 36, U.S. citizen. Spouse: Julio Quintanilla (fictional), "
        "applicant for a provisional waiver. File FICT-PSY-2218.",
        "Evaluator: Miriam Ashgrove, PsyD (fictional), licensed psychologist, 300 Bellhaven Avenue, Suite 4, Dunmore "
        "Heights (fictional). Phone 555-0190. Interviews on 10/14/2026 and 10/21/2026, in Spanish, 4.5 hours in all; "
        "records reviewed: community clinic notes 2024, primary care notes 2025-2026.",
        "# Relevant history",
        "Ms. Quintanilla grew up in a small town in El Salvador. Her older brother was killed in 2012. Soon after, a "
        "clinic doctor there prescribed amitriptyline 25 mg at night for her depression; she took it for about a "
        "month in 2012 and stopped because \"I slept all day and my mouth was like sand.\"",
        "In 2012 she also took a handful of her mother's pills after the brother's death and was treated at a local "
        "hospital; she has not harmed herself since.",
        "She came to the United States in 2014, married Mr. Quintanilla in 2017, and works as a dental assistant. They "
        "have two children, 7 and 4.",
        "# Mental health treatment in the United States",
        "At the Alameda Street Community Clinic (fictional) she attended cognitive behavioral therapy in Spanish, 16 "
        "sessions from 03/2024 to 07/2024. In her words: \"Me ayudó a desahogarme, pero la tristeza seguía igual\" "
        "(it helped me let it out, but the sadness stayed the same).",
        "Sertraline was started by her primary care physician in 09/2025 at 50 mg and raised to 100 mg in 12/2025; she "
        "takes it daily. She says it has helped \"a little, maybe 30 percent.\"",
        "Her physician offered to add bupropion in 08/2026; she has not started it, fearing side effects.",
        "She uses melatonin 3 mg for sleep. Mr. Quintanilla takes escitalopram 10 mg, prescribed for his own anxiety "
        "since the case began; she does not take it.",
        "# Testing (10/14/2026)",
        "| Measure | Score | Interpretation",
        "| PHQ-9 | 19 | moderately severe depression",
        "| GAD-7 | 16 | severe anxiety",
        "| Beck Depression Inventory-II | 31 | severe range",
        "| PCL-5 | 24 | below a probable-PTSD threshold",
        "# Diagnostic impressions",
        "F33.1 major depressive disorder, recurrent, moderate. F41.1 generalized anxiety disorder. Z65.3 problems "
        "related to other legal circumstances.",
        "Current risk: she reports no current suicidal thoughts; the 2012 overdose is her only attempt.",
        "# Opinion",
        "In my opinion Ms. Quintanilla's depression, only partly treated, would very likely worsen if her husband "
        "were removed, given her history, her two young children and her limited support nearby. Signed: M. "
        "Ashgrove, PsyD (fictional).",
    ]])],
    history=[
        R("amitriptyline", "TCA", "antidepressant", "25 mg", "2012", "2012",
          "I slept all day and my mouth was like sand; stopped after about a month", "side_effects", F, 1,
          "she took it for about a month in 2012 and stopped because \"I slept all day and my mouth was like sand.\""),
        R("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2024-03", "2024-07",
          "Me ayudó a desahogarme, pero la tristeza seguía igual", "no_response", F, 1,
          "Me ayudó a desahogarme, pero la tristeza seguía igual"),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-09", None, "a little, maybe 30 percent",
          "partial_response", F, 1, "She says it has helped \"a little, maybe 30 percent.\""),
    ],
    scales=[S("PHQ-9", 19, "2026-10-14", F, 1, "PHQ-9 19 moderately severe depression"),
            S("GAD-7", 16, "2026-10-14", F, 1, "GAD-7 16 severe anxiety")],
    diagnoses=[D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate."),
               D("F41.1", F, 1, "F41.1 generalized anxiety disorder."),
               D("Z65.3", F, 1, "Z65.3 problems related to other legal circumstances.")],
    suicidality=SU("attempt", F, 1, "In 2012 she also took a handful of her mother's pills after the brother's "
                                     "death and was treated at a local hospital;"),
))

# ---------------------------------------------------------------------------------------------- 09
F = "lymphedema_therapy_notes.txt"
CASES.append(dict(
    slug="09-lymphedema-therapy-evaluation-and-treatment-notes-txt",
    note="FICTIONAL case. Certified lymphedema therapist's evaluation and two treatment notes after breast cancer, "
         "TXT. Rows: citalopram 2010-2013 (lifted the fog completely, came off with her doctor: remission), CBT 8 "
         "sessions in 2024 with a psycho-oncology counselor (fear of recurrence, low mood hangs on: no response), "
         "escitalopram 05/2026-06/2026 (sick to her stomach every morning, stopped: side effects). Not rows: "
         "venlafaxine XR 37.5 mg for hot flashes (mood no different: judged on another condition), anastrozole, "
         "lisinopril. Suicidality: nothing in the record (null).",
    docs=[dict(file=F, fmt="txt", pages=[[
        "FICTIONAL SAMPLE - every person, clinic and number here is invented.",
        "Tidewater Lymphedema & Oncology Rehabilitation (fictional), 5 Chandler Court, Greywell (fictional). Phone 555-0135.",
        "Patient: Beatrice Nkemelu (fictional), 61. MRN FICT-LY-40957. Therapist: Colm Haverty, PT, CLT (fictional).",
        "# Initial evaluation - 10/20/2026",
        "Referral diagnoses: I97.2 postmastectomy lymphedema syndrome, left arm; Z85.3 personal history of malignant "
        "neoplasm of breast; F33.1 major depressive disorder, recurrent, moderate (listed on her oncologist's referral).",
        "History: left breast cancer 2023; mastectomy with axillary node dissection, then radiation. Anastrozole since "
        "2024. Swelling of the left arm since 02/2026, worse in the evening; tightness of rings and sleeves.",
        "Medications (her list):",
        "    anastrozole 1 mg daily - breast cancer",
        "    venlafaxine XR 37.5 mg daily - hot flashes (started by oncology 07/2026)",
        "    lisinopril 10 mg daily - blood pressure",
        "    calcium with vitamin D daily",
        "Mood, which she raised herself: after her divorce she was treated for depression with citalopram 20 mg from "
        "2010 to 2013: \"it lifted the fog completely,\" and she came off it with her doctor.",
        "After the cancer she saw a psycho-oncology counselor for 8 sessions of CBT in 2024: \"we worked on the fear of "
        "it coming back, but the low mood hangs on.\"",
        "Her oncologist started escitalopram 10 mg in 05/2026; she stopped it herself in 06/2026 because she \"felt "
        "sick to my stomach every morning.\"",
        "The venlafaxine has helped the hot flashes; she says her mood is no different on it.",
        "Pain NRS left arm 3/10. PHQ-9 at intake: 11 (her oncologist is aware of the score).",
        "Limb volume (perometer): left arm 18% greater than right. Skin intact, no signs of infection, pitting edema of "
        "the forearm.",
        "Plan: complete decongestive therapy 5 times a week for 3 weeks (manual lymph drainage, multilayer short-stretch "
        "bandaging, remedial exercise, skin care), then compression garment fitting.",
        "# Treatment note - 10/27/2026",
        "Manual lymph drainage and bandaging. Volume difference 13%. She says she is sleeping better with the arm "
        "less heavy.",
        "# Treatment note - 11/06/2026",
        "Volume difference 9%. Measured for a daytime sleeve and glove. We talked about the venlafaxine: oncology may "
        "raise it to 75 mg if the hot flashes return. Home program reviewed.",
    ]])],
    history=[
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2010", "2013",
          "it lifted the fog completely; came off it with her doctor", "remission", F, 1,
          "citalopram 20 mg from 2010 to 2013: \"it lifted the fog completely,\" and she came off it with her doctor."),
        R("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2024", "2024",
          "we worked on the fear of it coming back, but the low mood hangs on", "no_response", F, 1,
          "we worked on the fear of it coming back, but the low mood hangs on."),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-05", "2026-06",
          "felt sick to my stomach every morning; stopped it herself", "side_effects", F, 1,
          "she stopped it herself in 06/2026 because she \"felt sick to my stomach every morning.\""),
    ],
    scales=[S("pain NRS", 3, "2026-10-20", F, 1, "Pain NRS left arm 3/10."),
            S("PHQ-9", 11, "2026-10-20", F, 1, "PHQ-9 at intake: 11")],
    diagnoses=[D("I97.2", F, 1, "I97.2 postmastectomy lymphedema syndrome, left arm;"),
               D("Z85.3", F, 1, "Z85.3 personal history of malignant neoplasm of breast;"),
               D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=SU(None),
))

# ---------------------------------------------------------------------------------------------- 10
F = "informe_medicina_interna.pdf"
CASES.append(dict(
    slug="10-informe-consulta-medicina-interna-lupus-espanol-pdf",
    note="FICTIONAL case (MUESTRA FICTICIA). Spanish internal medicine (systemic autoimmune disease unit) outpatient "
         "report for lupus, 1-page PDF, dates day/month/year. Rows: fluoxetina 2018-2019 (no noté nada: no response), "
         "venlafaxina retard up to 150 mg 2019-2023 (full improvement for a year, worse again in 2022 while taking it: "
         "relapse), group mindfulness-based cognitive therapy 8 sesiones octubre-noviembre 2024 (relaxed her, mood the "
         "same: no response), desvenlafaxina 50 mg since 03/2023 (better than a year ago, not as before: partial, "
         "current; 100 mg only proposed). Not rows: prednisona, hidroxicloroquina, zolpidem for insomnia, aripiprazol "
         "to be considered.",
    docs=[dict(file=F, fmt="pdf", pages=[[
        "# MUESTRA FICTICIA / FICTIONAL SAMPLE",
        "# Hospital Comarcal de Valdeolmos (ficticio) - Servicio de Medicina Interna",
        "Unidad de Enfermedades Autoinmunes Sistémicas. Tel. 555-0116. Todos los nombres y números son inventados.",
        "# Informe de consulta externa - 18/11/2026",
        "Paciente: Marisol Ibarra Cuesta (ficticia), 42 años. NHC FICT-MI-90312. Médica: Dra. Leonor Saldaña Prieto (ficticia).",
        "Motivo: seguimiento de lupus eritematoso sistémico y de depresión recurrente.",
        "# Antecedentes",
        "Lupus diagnosticado en 2016 (artritis, fotosensibilidad, anti-DNA positivo). Brote cutáneo-articular en 2025 "
        "tratado con prednisona 30 mg en pauta descendente, con irritabilidad e insomnio durante el brote.",
        "Depresión recurrente desde 2017, seguida por su médico de familia y por psiquiatría:",
        "- Fluoxetina 20 mg (2018-2019): \"en tres meses no noté nada\"; se retiró.",
        "- Venlafaxina retard hasta 150 mg (2019-2023): mejoría completa durante un año, pero en 2022 volvió a empeorar "
        "pese a tomarla; se retiró en 2023.",
        "- Desvenlafaxina 50 mg desde 03/2023, actual.",
        "- Terapia cognitiva basada en mindfulness en grupo, 8 sesiones (octubre-noviembre de 2024): \"me relajó, pero "
        "el ánimo sigue igual\".",
        "# Tratamiento actual",
        "| Fármaco | Dosis | Indicación",
        "| hidroxicloroquina | 200 mg/día | lupus",
        "| prednisona | 5 mg/día | lupus",
        "| desvenlafaxina | 50 mg/día | depresión",
        "| zolpidem | 5 mg si insomnio | sueño",
        "| calcio + vitamina D | 1 comp./día | protección ósea",
        "# Situación actual",
        "Sin sinovitis. Complemento normal, anti-DNA estable. SLEDAI-2K: 4. Sobre el ánimo con la desvenlafaxina, "
        "refiere: \"Estoy mejor que hace un año, pero no como antes.\" PHQ-9: 14. GAD-7: 9. Refiere ideas pasivas de "
        "muerte en 2022, sin planificación; actualmente niega ideación autolítica.",
        "# Juicio clínico",
        "M32.9 lupus eritematoso sistémico, no especificado. F33.1 trastorno depresivo mayor, recurrente, moderado.",
        "# Plan",
        "Mantener hidroxicloroquina y reducir prednisona a 2,5 mg/día. Psiquiatría propone subir desvenlafaxina a "
        "100 mg y valorar añadir aripiprazol en la próxima visita. Revisión en 4 meses.",
    ]])],
    history=[
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2018", "2019", "en tres meses no noté nada; se retiró",
          "no_response", F, 1, "Fluoxetina 20 mg (2018-2019): \"en tres meses no noté nada\"; se retiró."),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2019", "2023",
          "mejoría completa durante un año, pero en 2022 volvió a empeorar pese a tomarla", "relapse", F, 1,
          "mejoría completa durante un año, pero en 2022 volvió a empeorar pese a tomarla; se retiró en 2023."),
        R("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2023-03", None,
          "Estoy mejor que hace un año, pero no como antes.", "partial_response", F, 1,
          "Estoy mejor que hace un año, pero no como antes."),
        R("mindfulness-based cognitive therapy", "psychotherapy", "psychotherapy", "8 sesiones", "2024-10", "2024-11",
          "me relajó, pero el ánimo sigue igual", "no_response", F, 1, "me relajó, pero el ánimo sigue igual"),
    ],
    scales=[S("PHQ-9", 14, "2026-11-18", F, 1, "PHQ-9: 14."),
            S("GAD-7", 9, "2026-11-18", F, 1, "GAD-7: 9.")],
    diagnoses=[D("M32.9", F, 1, "M32.9 lupus eritematoso sistémico, no especificado."),
               D("F33.1", F, 1, "F33.1 trastorno depresivo mayor, recurrente, moderado.")],
    suicidality=SU("passive", F, 1, "Refiere ideas pasivas de muerte en 2022, sin planificación; actualmente niega "
                                     "ideación autolítica."),
))

# ---------------------------------------------------------------------------------------------- 11
F1, F2 = "receipt_photo_1.jpg", "receipt_photo_2.jpg"
CASES.append(dict(
    slug="11-pharmacy-receipts-with-handwritten-notes-photos",
    note="FICTIONAL case. Two phone photos of pharmacy receipts the patient kept, with his handwritten notes beside "
         "each fill (JPEG, no text layer). Rows: sertraline 50 then 100 mg 2026-01-06 to 2026-03-30 (no change at "
         "all, nothing after 12 weeks: no response), bupropion XL 150 mg 2026-04-02 to 2026-06-15 (jittery and daily "
         "headaches, doctor stopped it: side effects), vilazodone 20 mg since 2026-07-22 (about half better: partial, "
         "current). Not rows: the wife's citalopram on the same receipt, trazodone for sleep, aripiprazole returned "
         "to stock and never picked up. No scales, no codes, nothing on suicidality (null).",
    docs=[dict(file=F1, fmt="photo", pages=[[
        "FICTIONAL SAMPLE - receipts kept by the patient",
        "# ELM & NINTH PHARMACY (FICTIONAL)  555-0193",
        "RX FICT-40211   TREMBLAY, OWEN",
        "SERTRALINE 50 MG TAB   QTY 30",
        "TAKE 1 TABLET BY MOUTH DAILY",
        "FILLED 01/06/2026   COPAY $4.00",
        "~started 1/6. 6 wks - no change at all. Dr upped to 100.",
        "RX FICT-40388   TREMBLAY, OWEN",
        "SERTRALINE 100 MG TAB   QTY 30",
        "FILLED 02/17/2026   COPAY $4.00",
        "~stopped 3/30 - 12 wks, nothing. Felt the same as day 1.",
        "RX FICT-40390   TREMBLAY, CLAIRE",
        "CITALOPRAM 20 MG TAB   QTY 30",
        "FILLED 02/17/2026   COPAY $4.00",
        "~(Claire's, not mine)",
        "RX FICT-40391   TREMBLAY, OWEN",
        "TRAZODONE 50 MG TAB   QTY 30",
        "TAKE 1/2 TO 1 TABLET AT BEDTIME FOR SLEEP",
        "FILLED 02/17/2026   COPAY $4.00",
    ]]), dict(file=F2, fmt="photo", pages=[[
        "FICTIONAL SAMPLE - receipts kept by the patient",
        "# ELM & NINTH PHARMACY (FICTIONAL)  555-0193",
        "RX FICT-40702   TREMBLAY, OWEN",
        "BUPROPION XL 150 MG TAB   QTY 30",
        "TAKE 1 TABLET EVERY MORNING",
        "FILLED 04/02/2026   COPAY $4.00",
        "~4/2 start. By June jittery + headaches every day. Dr stopped it 6/15.",
        "RX FICT-40955   TREMBLAY, OWEN",
        "ARIPIPRAZOLE 2 MG TAB   QTY 30",
        "RETURNED TO STOCK 07/10/2026 - NOT PICKED UP",
        "~didn't get it - $85 even with insurance",
        "RX FICT-41003   TREMBLAY, OWEN",
        "VILAZODONE 20 MG TAB   QTY 30",
        "TAKE 1 TABLET DAILY WITH FOOD",
        "FILLED 07/22/2026   COPAY $10.00",
        "~started 7/22. Sept: about half better. Still on it.",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2026-01-06", "2026-03-30",
          "6 wks - no change at all; stopped 3/30 - 12 wks, nothing. Felt the same as day 1", "no_response", F1, 1,
          "stopped 3/30 - 12 wks, nothing. Felt the same as day 1."),
        R("bupropion", "NDRI", "antidepressant", "150 mg", "2026-04-02", "2026-06-15",
          "By June jittery + headaches every day. Dr stopped it 6/15.", "side_effects", F2, 1,
          "By June jittery + headaches every day. Dr stopped it 6/15."),
        R("vilazodone", "SSRI and 5-HT1A partial agonist", "antidepressant", "20 mg", "2026-07-22", None,
          "Sept: about half better. Still on it.", "partial_response", F2, 1,
          "Sept: about half better. Still on it."),
    ],
    scales=[], diagnoses=[], suicidality=SU(None),
))

# ---------------------------------------------------------------------------------------------- 12
F = "sci_clinic_visits.pdf"
CASES.append(dict(
    slug="12-spinal-cord-injury-rehabilitation-clinic-visits-pdf",
    note="FICTIONAL case. Spinal cord injury (physical medicine and rehabilitation) clinic, two visits, 2-page PDF. "
         "Rows: escitalopram 09/2023-03/2024 (took the edge off, still pretty low: partial), sertraline 06/2024-02/2025 "
         "(felt like himself by Christmas, worn off by February: relapse), TMS 30 sessions 04/2025-05/2025 (no better "
         "after all thirty: neuromodulation, no response), venlafaxine XR since 06/2025 (helps leg pain, mood no "
         "different: no response, current, p. 2). Not rows: nortriptyline 25 mg for neuropathic pain (2024), "
         "baclofen, oxybutynin, gabapentin, the mother's diazepam, aripiprazole only discussed, a ketamine referral "
         "discussed and not placed.",
    docs=[dict(file=F, fmt="pdf", pages=[[
        "# FICTIONAL SAMPLE - Ridgecrest Spinal Cord Injury Clinic (fictional)",
        "Physical medicine and rehabilitation, 640 Millrace Drive, Brackenford (fictional). Phone 555-0148.",
        "# Interval visit - 08/04/2026",
        "Patient: Tobias Ferreira-Lund (fictional), 33, male. MRN FICT-SC-52260. Physiatrist: Helena Marchetti-Osei, "
        "DO (fictional).",
        "T10 complete paraplegia (AIS A) after a motor vehicle crash in 07/2023. Manual wheelchair, independent "
        "transfers. Neurogenic bladder on intermittent catheterization, neurogenic bowel, spasticity of both legs.",
        "| Medication | Dose | For",
        "| baclofen | 20 mg three times daily | spasticity",
        "| oxybutynin | 5 mg three times daily | bladder",
        "| gabapentin | 600 mg three times daily | neuropathic pain",
        "| venlafaxine XR | 150 mg daily | depression",
        "| senna, docusate | nightly | bowel program",
        "Depression since the injury (from his records and today's history):",
        "- Escitalopram 10 mg, started on the inpatient rehabilitation unit in 09/2023 and stopped at home in 03/2024 "
        "when the prescription ran out: \"It took the edge off in rehab, but I was still pretty low.\"",
        "- Sertraline 50 to 150 mg, 06/2024 to 02/2025: \"I got my energy back and felt like myself by Christmas, but by "
        "February it had worn off.\"",
        "- TMS, 30 sessions (04/2025 to 05/2025) at Lakemoor Brain Health (fictional): \"no better after all thirty.\"",
        "- Venlafaxine XR 150 mg since 06/2025.",
        "Nortriptyline 25 mg at night was tried in 2024 for neuropathic pain and stopped for constipation; it was not a "
        "depression trial.",
        "He has been taking his mother's diazepam some nights for spasms; advised to stop, and baclofen adjusted.",
        "Pain NRS (neuropathic, legs) 6/10. PHQ-9: 18.",
    ], [
        "# Interval visit - 11/03/2026",
        "Patient: Tobias Ferreira-Lund (fictional). MRN FICT-SC-52260.",
        "Spasticity better on baclofen 20 mg four times daily. Venlafaxine XR helps the burning leg pain, he says, \"but "
        "my mood is no different.\"",
        "Psychiatry consult of 10/14/2026 (Anand Pillai-Ross, MD, fictional) reviewed: MADRS 27. Psychiatry discussed "
        "adding aripiprazole 2 mg; he wants to wait. A ketamine infusion referral was discussed and not placed.",
        "Pain NRS 7/10. PHQ-9: 17.",
        "He reports thoughts of killing himself over the past month, without a plan or intent. There is a firearm at "
        "home; he agreed to have his brother keep it. Safety plan completed; crisis line number given.",
        "Diagnoses: G82.21 paraplegia, complete; N31.9 neuromuscular dysfunction of bladder, unspecified; F33.2 major "
        "depressive disorder, recurrent, severe without psychotic features.",
        "Plan: continue medications; physical therapy for transfers; urology follow-up. Return in 3 months.",
    ]])],
    history=[
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2023-09", "2024-03",
          "It took the edge off in rehab, but I was still pretty low.", "partial_response", F, 1,
          "It took the edge off in rehab, but I was still pretty low."),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2024-06", "2025-02",
          "felt like myself by Christmas, but by February it had worn off", "relapse", F, 1,
          "I got my energy back and felt like myself by Christmas, but by February it had worn off."),
        R("TMS", "transcranial magnetic stimulation", "neuromodulation", "30 sessions", "2025-04", "2025-05",
          "no better after all thirty", "no_response", F, 1, "no better after all thirty."),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2025-06", None,
          "helps the burning leg pain, but my mood is no different", "no_response", F, 2,
          "but my mood is no different."),
    ],
    scales=[S("pain NRS", 6, "2026-08-04", F, 1, "Pain NRS (neuropathic, legs) 6/10."),
            S("PHQ-9", 18, "2026-08-04", F, 1, "PHQ-9: 18."),
            S("MADRS", 27, "2026-10-14", F, 2, "MADRS 27."),
            S("pain NRS", 7, "2026-11-03", F, 2, "Pain NRS 7/10."),
            S("PHQ-9", 17, "2026-11-03", F, 2, "PHQ-9: 17.")],
    diagnoses=[D("G82.21", F, 2, "G82.21 paraplegia, complete;"),
               D("N31.9", F, 2, "N31.9 neuromuscular dysfunction of bladder, unspecified;"),
               D("F33.2", F, 2, "F33.2 major depressive disorder, recurrent, severe without psychotic features.")],
    suicidality=SU("active", F, 2, "He reports thoughts of killing himself over the past month, without a plan or "
                                    "intent."),
))
