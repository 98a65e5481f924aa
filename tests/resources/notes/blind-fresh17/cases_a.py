"""notes17 cases 01-06 (FICTIONAL people, clinics, plans and numbers)."""
from helpers import Case, dx, iso, row, sc, si
from model import Doc, H, L, M, P, Sp, T

CASES = []

# ------------------------------------------------------------------------------------------------ 01
F1 = "thornbury_psychiatric_evaluation_2026-10-14.pdf"
hdr1 = ("FICTIONAL SAMPLE RECORD - Thornbury Psychiatric Associates, Alder Falls, OR - tel 555-0127 - "
        "Desmond Arkwright-Pell - MRN FICT-310977")
p1 = [
    H("Outpatient Psychiatric Diagnostic Evaluation"),
    L("Patient: Desmond Arkwright-Pell    DOB: 03/02/1979    Date of evaluation: 10/14/2026"),
    L("Evaluating psychiatrist: Oona Velasquez-Hart, MD    Referred by: Lorne Petrakis, MD (primary care)"),
    L("Sources: patient interview (90 minutes), his wife by phone with his consent, records of Harwick Medical Group"),
    H("Reason for referral", 2),
    P("Mr. Arkwright-Pell is a 47-year-old married software project manager referred by his primary care "
      "physician for a second opinion on a depression that has not lifted despite several medicines, and for "
      "advice on what to try next."),
    H("History of present illness", 2),
    P("He dates the current episode to March 2023, a few weeks after the company he had worked at for eleven "
      "years was sold and his team was dissolved. Over that spring he stopped running, slept poorly, lost about "
      "15 lb and found himself 'going through the motions' with his two children. Dr. Petrakis started "
      "bupropion XL 150 mg in April 2023 and raised it to 300 mg in June 2023. He says it gave him more energy "
      "and he got back to the gym, but the sadness and the sense of dread were exactly the same; he came off it "
      "in October 2023 when he was referred to psychiatry."),
    P("At the psychiatry clinic of Harwick Medical Group, Dr. Sunil Abernethy started venlafaxine XR 75 mg in "
      "November 2023 and titrated it to 225 mg by February 2024. His PHQ-9 was 21 at that first visit in "
      "November 2023. He is clear that venlafaxine has helped: he is less tearful, went back to work full time "
      "in the spring of 2024 and no longer spends weekends in bed. But he still wakes at 4 a.m. most days, takes "
      "little pleasure in anything, and his wife calls him 'a quieter version of himself'. He continues "
      "venlafaxine XR 225 mg daily and does not want to lose what it has given him."),
    P("In June 2024 Dr. Abernethy added aripiprazole 2 mg to the venlafaxine and raised it to 5 mg in July "
      "2024. Within two weeks of the increase he developed an inner restlessness and could not sit through "
      "meetings; the aripiprazole was stopped in August 2024 and the restlessness settled within days."),
    P("Lithium was offered next, but after a discussion of his kidney function (eGFR 68) he decided against "
      "it. He has not had ECT, TMS, esketamine or ketamine. He returned to his PCP's care in 2025 when "
      "Dr. Abernethy retired, and nothing has been changed since."),
    P("Sleep: he takes trazodone 50 mg at bedtime for sleep, which helps him fall asleep but not stay asleep, "
      "and zolpidem 5 mg perhaps twice a month when he travels for work."),
]
p2 = [
    H("Past psychiatric history", 2),
    P("First episode: in his second year of college, after his parents separated. Student health started "
      "fluoxetine 20 mg in the fall of 1998. He took it for about a year, felt 'completely back to normal' by "
      "the spring, and stopped it with the doctor's agreement in late 1999, having been well for months."),
    P("Second episode: 2011, during his divorce. His PCP at the time prescribed sertraline 50 mg in May 2011 "
      "and raised it to 150 mg by the summer. He gave it until October 2011 and noticed no change at all in "
      "his mood at 150 mg, so it was switched to escitalopram."),
    P("Escitalopram 10 mg, then 20 mg, from October 2011 worked well: within two months he was sleeping and "
      "working normally, and he stayed well on it for about two years. In the winter of 2013-14 the low mood "
      "crept back although he was still taking 20 mg every day, and by spring he felt as bad as before. "
      "Escitalopram was stopped in April 2014 and duloxetine started."),
    P("Duloxetine 30 mg, then 60 mg, from April 2014 caused drenching night sweats and urinary hesitancy; he "
      "stopped it after five weeks, in May 2014."),
    P("Rather than another medicine, he then saw a psychologist, Dr. Maren Lindqvist, for cognitive "
      "behavioral therapy: 16 weekly sessions from June to September 2014. He found it practical (thought "
      "records, scheduling activities) and his mood improved somewhat, although he describes the rest of 2014 "
      "as 'flat'. He was then well without treatment from 2015 until 2023. He and his wife had four sessions "
      "of couples counselling in 2019 about parenting, which he does not count as treatment for depression."),
    P("Hospitalizations: none. Suicide attempts: none. Self-harm: none. No history of mania or psychosis."),
    H("Substance use", 2),
    P("Two or three beers a week; no drugs; never smoked. AUDIT-C 2."),
    H("Family history", 2),
    P("His older brother was treated with ECT in 2020 for a psychotic depression and did well. His mother "
      "took lithium for many years for bipolar II disorder. His father drank heavily."),
    H("Medical history and medications", 2),
    P("Hyperlipidemia (E78.5) on atorvastatin 20 mg daily. Chronic kidney disease stage 2 (N18.2), eGFR 68 "
      "in 08/2026, followed by his PCP. No seizures, no head injury. Allergy: sulfa (rash)."),
    P("Current medications: venlafaxine XR 225 mg daily; trazodone 50 mg at bedtime (sleep); zolpidem 5 mg "
      "as needed (travel, about twice a month); atorvastatin 20 mg daily."),
]
p3 = [
    H("Mental status examination", 2),
    P("Neatly dressed, cooperative, good eye contact. Speech normal in rate, low in volume. Mood 'grey'; "
      "affect constricted, reactive to talk of his children. Thought process linear; no delusions or "
      "hallucinations. Cognition grossly intact; insight and judgment good."),
    H("Risk assessment", 2),
    P("He endorses passive thoughts on some days of the past month that his family 'would be better off "
      "without the drag of me', without intent or plan, and he names his children as his reason to live. "
      "C-SSRS screen (past month): wish to be dead only, ideation severity 1; no suicidal behavior in his "
      "lifetime. No firearms at home. Risk judged low; a safety plan was written with him."),
    H("Rating scales", 2),
    L("PHQ-9 today 18    GAD-7 today 12    MADRS (clinician-rated) today 27"),
    H("Assessment", 2),
    P("Major depressive disorder, recurrent, severe without psychotic features (F33.2), with generalized "
      "anxiety disorder (F41.1) and insomnia (G47.00). In the current episode he has had two adequate "
      "antidepressant trials (bupropion, venlafaxine) without remission and an augmentation he could not "
      "tolerate, which meets the usual definition of treatment-resistant depression."),
    H("Plan", 2),
    P("1. Continue venlafaxine XR 225 mg daily. 2. Refer for TMS evaluation. 3. If TMS is not approved, "
      "consider quetiapine XR as augmentation, or low-dose lithium with renal monitoring if he reconsiders. "
      "4. Recommend CBT for insomnia. 5. Return in 4 weeks; PHQ-9 at each visit."),
    Sp(4),
    H("Addendum 10/20/2026", 3),
    P("Records received from Harwick Medical Group: aripiprazole 5 mg discontinued 08/19/2024 because of "
      "akathisia; venlafaxine XR filled monthly since 11/2023 without gaps. No change to the plan."),
    Sp(4),
    L("Electronically signed: Oona Velasquez-Hart, MD, 10/14/2026 16:40 (addendum 10/20/2026 09:12)", "s"),
]
CASES.append(Case(
    "01-psychiatric-evaluation-narrative",
    [Doc(F1, "pdf", [p1, p2, p3], {"header": hdr1, "footer": "Page {p} of {n} - FICTIONAL"})],
    "FICTIONAL case. A psychiatric diagnostic evaluation (3-page PDF) with a long narrative history told out of "
    "order: the current episode first (p. 1: bupropion no_response 'more energy ... sadness the same'; "
    "venlafaxine since 11/2023 partial and still taken; aripiprazole added 06/2024, akathisia, stopped "
    "08/19/2024 per the p. 3 addendum), then past episodes (p. 2: fluoxetine 1998-1999 remission, stopped when "
    "well; sertraline 2011 no change; escitalopram 2011-2014 worked then crept back = relapse; duloxetine 2014 "
    "sweats; CBT 16 sessions 2014 improved somewhat). Not rows: lithium offered and declined, 'has not had ECT, "
    "TMS, esketamine or ketamine', trazodone 50 mg for sleep, zolpidem as needed, couples counselling he does "
    "not count as treatment, brother's ECT, mother's lithium, atorvastatin, planned TMS / quetiapine / CBT-I. "
    "Suicidality passive (C-SSRS 1).",
    [
        row("fluoxetine", "SSRI", "antidepressant", "20 mg", "1998", "1999",
            "felt 'completely back to normal'; stopped when well", "remission", F1, 2,
            "felt 'completely back to normal' by the spring, and stopped it with the doctor's agreement in late 1999"),
        row("sertraline", "SSRI", "antidepressant", "150 mg", "2011-05", "2011-10",
            "noticed no change at all in his mood at 150 mg", "no_response", F1, 2,
            "He gave it until October 2011 and noticed no change at all in his mood at 150 mg"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2011-10", "2014-04",
            "worked well for about two years, then the low mood crept back on 20 mg", "relapse", F1, 2,
            "the low mood crept back although he was still taking 20 mg every day"),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2014-04", "2014-05",
            "drenching night sweats and urinary hesitancy; stopped after five weeks", "side_effects", F1, 2,
            "caused drenching night sweats and urinary hesitancy; he stopped it after five weeks, in May 2014"),
        row("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2014-06", "2014-09",
            "found it practical and his mood improved somewhat", "partial_response", F1, 2,
            "16 weekly sessions from June to September 2014. He found it practical (thought records, scheduling "
            "activities) and his mood improved somewhat"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2023-04", "2023-10",
            "more energy, but the sadness and the sense of dread were exactly the same", "no_response", F1, 1,
            "but the sadness and the sense of dread were exactly the same"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg", "2023-11", None,
            "has helped (less tearful, back at work) but still wakes at 4 a.m. and takes little pleasure; continues",
            "partial_response", F1, 1, "He is clear that venlafaxine has helped"),
        row("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-06", "2024-08-19",
            "inner restlessness (akathisia); stopped", "side_effects", F1, 3,
            "aripiprazole 5 mg discontinued 08/19/2024 because of akathisia"),
    ],
    [
        sc("PHQ-9", 21, "2023-11", F1, 1, "His PHQ-9 was 21 at that first visit in November 2023"),
        sc("PHQ-9", 18, "2026-10-14", F1, 3, "PHQ-9 today 18"),
        sc("GAD-7", 12, "2026-10-14", F1, 3, "GAD-7 today 12"),
        sc("MADRS", 27, "2026-10-14", F1, 3, "MADRS (clinician-rated) today 27"),
        sc("C-SSRS", 1, "2026-10-14", F1, 3, "wish to be dead only, ideation severity 1"),
    ],
    [
        dx("F33.2", F1, 3, "severe without psychotic features (F33.2)"),
        dx("F41.1", F1, 3, "generalized anxiety disorder (F41.1)"),
        dx("G47.00", F1, 3, "insomnia (G47.00)"),
        dx("E78.5", F1, 2, "Hyperlipidemia (E78.5)"),
        dx("N18.2", F1, 2, "Chronic kidney disease stage 2 (N18.2)"),
    ],
    si("passive", F1, 3, "wish to be dead only, ideation severity 1"),
))

# ------------------------------------------------------------------------------------------------ 02
F2 = "fernhill_cocm_registry_export_2026-09-02.txt"
contacts = [
    ["09/03/2025", "Initial assessment (in person)", "19", "0", "14", "sertraline 50 mg started by PCP today",
     "Enrolled in collaborative care. Agrees to behavioral activation (BA) with BHCM. Item 9 = 0."],
    ["09/17/2025", "Phone", "18", "0", "13", "sertraline 50 mg",
     "BA session 1: activity monitoring. Mild nausea first week, now gone."],
    ["10/01/2025", "Phone", "18", "0", "", "sertraline 100 mg (incr 09/24 per PCP)", "BA session 2: values."],
    ["10/15/2025", "Video", "17", "1", "12", "sertraline 100 mg",
     "BA session 3. Item 9 = 1: passive thoughts 'it would be easier to fall asleep and not wake up', "
     "no plan, no intent. Safety plan updated."],
    ["11/05/2025", "Video", "18", "0", "12", "sertraline 150 mg (incr 10/22)", "BA session 4: scheduling."],
    ["11/19/2025", "Phone", "17", "0", "", "sertraline 150 mg", "BA session 5."],
    ["12/03/2025", "In person", "17", "0", "11", "sertraline 150 mg",
     "BA session 6 (last of module). Did her activity schedule faithfully; mood no different. Case to review."],
    ["12/17/2025", "Phone", "", "", "", "cross-taper: sertraline 100 mg, mirtazapine 15 mg (started 12/12)",
     "Tolerating. Sleep a little better already."],
    ["01/07/2026", "Video", "15", "0", "10", "mirtazapine 15 mg; sertraline off since 12/30", "Sleeping better."],
    ["02/04/2026", "Video", "13", "0", "9", "mirtazapine 30 mg (incr 01/14)", "Appetite back, +2 kg."],
    ["03/04/2026", "In person", "12", "0", "9", "mirtazapine 30 mg",
     "Problem-solving therapy (PST) session 1 with BHCM."],
    ["04/01/2026", "Video", "12", "0", "", "mirtazapine 30 mg", "PST session 3."],
    ["05/06/2026", "Video", "11", "0", "8", "mirtazapine 30 mg", "PST session 5."],
    ["06/10/2026", "In person", "11", "0", "8", "mirtazapine 30 mg", "PST session 6 (final)."],
    ["07/08/2026", "Phone", "12", "0", "", "mirtazapine 30 mg",
     "Aripiprazole 2 mg e-prescribed 06/24 per consultant: not filled (worried about weight and the copay). "
     "Wants to ask PCP about bupropion instead."],
    ["09/02/2026", "Video", "11", "0", "8", "mirtazapine 30 mg",
     "PCP visit 08/26: bupropion XL 150 mg prescribed; she plans to start it after her trip (mid-September). "
     "Husband's lorazepam: took 1 tab before a flight; advised against."],
]
doc2 = [
    L("FICTIONAL SAMPLE RECORD - NOT A REAL PATIENT"),
    H("Fernhill Community Health - Behavioral Health Integration Registry"),
    L("Export: patient treatment summary (collaborative care)    Exported 09/02/2026 16:05 by kparmenter"),
    L("Patient: TENNANT, MARISOL    MRN FICT-20417    DOB 07/19/1988    Payer: Brightwater Health Plan (FICT)"),
    L("PCP: Anders Whitcombe, MD    BHCM: Kiri Parmenter, LCSW    Psychiatric consultant: Hollis Adebayo-Grant, MD"),
    L("Enrolled: 09/03/2025    Status: ACTIVE - treatment to target (PHQ-9 < 5)    Weeks in care: 52"),
    L("Problem list: F33.1 Major depressive disorder, recurrent, moderate | F41.1 Generalized anxiety disorder | "
      "E03.9 Hypothyroidism, unspecified"),
    Sp(),
    H("Enrollment - prior treatment (patient report)", 2),
    L("Antidepressants: citalopram 20 mg 2019-2020 after birth of first child (Dr. Whitcombe) - \"it worked\", "
      "stopped after about a year when well."),
    L("Psychotherapy: none before enrollment.    Psychiatric hospitalization: none.    Suicide attempt: none."),
    L("Other medications: levothyroxine 75 mcg daily (hypothyroidism); hydroxyzine 25 mg as needed for anxiety "
      "(rarely uses)."),
    Sp(),
    H("Contact log", 2),
    T(["Date", "Type", "PHQ-9", "Item 9", "GAD-7", "Treatment at contact", "BHCM note"], contacts, sep=" | "),
    H("Psychiatric consultant - caseload reviews", 2),
    L("12/05/2025 (Dr. Adebayo-Grant): 13 weeks in care. Sertraline titrated to 150 mg, 6 weeks at that dose; "
      "PHQ-9 19 -> 17 (about 10%): non-response."),
    L("    BA module completed (6 sessions), no change in PHQ-9. Recommend: cross-taper sertraline to mirtazapine "
      "15 mg (insomnia, low appetite, weight 52 kg), target 30 mg. Offer problem-solving therapy next."),
    L("04/08/2026 (Dr. Adebayo-Grant): mirtazapine 30 mg x 10 weeks, PHQ-9 17 -> 12 (29%): partial response; "
      "sleep and appetite restored. Continue. Continue PST."),
    L("06/19/2026 (Dr. Adebayo-Grant): PHQ-9 plateau 11-12 for 3 months on mirtazapine 30 mg. PST completed, "
      "6 sessions 03/04-06/10; she found it useful for work stress, PHQ-9 12 -> 11 over the course (minimal change)."),
    L("    Recommend augmentation: aripiprazole 2 mg daily, or add bupropion XL 150 mg as an alternative. PCP to "
      "prescribe."),
    Sp(),
    L("Relapse prevention plan: not yet (target not reached).    Next contact due: 09/30/2026"),
    L("*** END OF EXPORT - FICTIONAL ***"),
]
CASES.append(Case(
    "02-collaborative-care-registry-export",
    [Doc(F2, "txt", [doc2])],
    "FICTIONAL case. A collaborative-care registry export (plain text; the contact log is a pipe-separated "
    "table, one contact a row, with PHQ-9, item 9 and GAD-7 columns) and the psychiatric consultant's caseload "
    "reviews. Citalopram 2019-2020 'it worked', stopped when well = remission. Sertraline 09/03/2025 - "
    "12/30/2025 non-response; behavioral activation 6 sessions, no change; mirtazapine from 12/12/2025, partial, "
    "still taken; problem-solving therapy 6 sessions 03/04-06/10/2026, useful for work stress, minimal change "
    "(no_response). Not rows: aripiprazole e-prescribed and never filled, bupropion prescribed 08/26 but not "
    "started yet, hydroxyzine as needed, levothyroxine, husband's lorazepam. Suicidality passive (item 9 on "
    "10/15/2025).",
    [
        row("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2020",
            "\"it worked\", stopped after about a year when well", "remission", F2, 1,
            "citalopram 20 mg 2019-2020 after birth of first child (Dr. Whitcombe) - \"it worked\", "
            "stopped after about a year when well"),
        row("sertraline", "SSRI", "antidepressant", "150 mg", "2025-09-03", "2025-12-30",
            "PHQ-9 19 -> 17 (about 10%): non-response", "no_response", F2, 1,
            "PHQ-9 19 -> 17 (about 10%): non-response"),
        row("behavioral activation", "psychotherapy", "psychotherapy", "6 sessions", "2025-09-17", "2025-12-03",
            "BA module completed (6 sessions), no change in PHQ-9", "no_response", F2, 1,
            "BA module completed (6 sessions), no change in PHQ-9"),
        row("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-12-12", None,
            "PHQ-9 17 -> 12 (29%): partial response; sleep and appetite restored; plateau 11-12",
            "partial_response", F2, 1, "mirtazapine 30 mg x 10 weeks, PHQ-9 17 -> 12 (29%): partial response"),
        row("problem-solving therapy", "psychotherapy", "psychotherapy", "6 sessions", "2026-03-04", "2026-06-10",
            "useful for work stress, PHQ-9 12 -> 11 over the course (minimal change)", "no_response", F2, 1,
            "she found it useful for work stress, PHQ-9 12 -> 11 over the course (minimal change)"),
    ],
    [sc("PHQ-9", int(c[2]), iso(c[0]), F2, 1, f"{c[0]} | {c[1]} | {c[2]}")
     for c in contacts if c[2]] +
    [sc("GAD-7", int(c[4]), iso(c[0]), F2, 1,
        f"{c[0]} | {c[1]} | {c[2]} | {c[3]} | {c[4]}") for c in contacts if c[4]],
    [
        dx("F33.1", F2, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        dx("F41.1", F2, 1, "F41.1 Generalized anxiety disorder"),
        dx("E03.9", F2, 1, "E03.9 Hypothyroidism, unspecified"),
    ],
    si("passive", F2, 1, "passive thoughts 'it would be easier to fall asleep and not wake up', no plan, no intent"),
))

# ------------------------------------------------------------------------------------------------ 03
F3 = "saltmarsh_erx_history_and_med_list.pdf"
hdr3 = ("FICTIONAL SAMPLE RECORD - Saltmarsh Family & Behavioral Medicine (FICT) - EHR report - "
        "VANTONGEREN, AURELIO - MRN FICT-77120 - DOB 06/14/1968 - printed 04/14/2026")
erx = [
    ["02/05/2024", "escitalopram 10 mg tab, 1 daily", "30", "1", "Bayview Pharmacy #12", "Dispensed 02/05/2024"],
    ["03/11/2024", "escitalopram 20 mg tab, 1 daily", "30", "3", "Bayview Pharmacy #12", "Dispensed 03/12/2024"],
    ["04/15/2024", "trazodone 50 mg tab, 1 at bedtime for sleep", "30", "5", "Bayview Pharmacy #12",
     "Dispensed 04/15/2024"],
    ["07/22/2024", "vortioxetine 10 mg tab, 1 daily", "30", "1", "Bayview Pharmacy #12", "Dispensed 07/24/2024"],
    ["08/26/2024", "vortioxetine 20 mg tab, 1 daily", "30", "4", "Bayview Pharmacy #12", "Dispensed 08/27/2024"],
    ["10/01/2024", "ondansetron 4 mg ODT, 1 every 8 h as needed for nausea", "12", "0", "Bayview Pharmacy #12",
     "Dispensed 10/01/2024"],
    ["01/15/2025", "dextromethorphan-bupropion ER 45-105 mg, 1 daily x 3 d then 1 twice daily", "60", "2",
     "Bayview Pharmacy #12", "Rejected - prior auth required"],
    ["01/21/2025", "(PA for dextromethorphan-bupropion denied by plan; Rx cancelled)", "", "", "",
     "CancelRx accepted"],
    ["01/27/2025", "desvenlafaxine ER 50 mg tab, 1 daily", "30", "1", "Bayview Pharmacy #12",
     "Dispensed 01/28/2025"],
    ["03/10/2025", "desvenlafaxine ER 100 mg tab, 1 daily", "90", "3", "Coastline Mail Rx (FICT)",
     "Dispensed 03/14/2025"],
    ["09/02/2025", "cariprazine 1.5 mg cap, 1 daily (add to desvenlafaxine)", "30", "2", "Bayview Pharmacy #12",
     "Dispensed 09/04/2025"],
    ["11/10/2025", "bupropion XL 150 mg tab, 1 each morning", "30", "2", "Bayview Pharmacy #12",
     "Not dispensed - returned to stock 11/24/2025"],
    ["12/08/2025", "amlodipine 5 mg tab, 1 daily", "90", "3", "Coastline Mail Rx (FICT)", "Dispensed 12/11/2025"],
    ["02/03/2026", "lithium carbonate 300 mg cap, 1 twice daily (add to desvenlafaxine)", "60", "1",
     "Bayview Pharmacy #12", "Dispensed 02/04/2026"],
    ["03/09/2026", "desvenlafaxine ER 100 mg tab, 1 daily", "90", "3", "Coastline Mail Rx (FICT)",
     "Dispensed 03/12/2026"],
]
p3_1 = [
    H("Prescription history - outgoing electronic prescriptions"),
    L("Prescriber for all entries: Noor Halvorsen, PMHNP-BC (NPI on file)    Range: 01/01/2024 - 04/14/2026"),
    T(["Sent", "Medication / sig", "Qty", "Refills", "Pharmacy", "Status"], erx, size=7.2),
    L("Status codes come from the pharmacy's response message. Fill data beyond the first fill are not shown.", "s"),
]
disc = [
    ["escitalopram 20 mg daily", "02/05/2024", "07/22/2024", "Ineffective - no improvement after 10 wk at 20 mg"],
    ["vortioxetine 20 mg daily", "07/22/2024", "01/15/2025",
     "Adverse effect - persistent nausea and vomiting despite ondansetron"],
    ["ondansetron 4 mg ODT as needed", "10/01/2024", "01/15/2025", "No longer needed"],
    ["dextromethorphan-bupropion ER", "01/15/2025", "01/21/2025", "Insurance denied PA - never started"],
    ["cariprazine 1.5 mg daily", "09/02/2025", "11/10/2025", "Patient request - no benefit noticed"],
    ["bupropion XL 150 mg daily", "11/10/2025", "12/01/2025",
     "Never filled - patient preferred not to add another medicine"],
    ["lithium carbonate 300 mg twice daily", "02/03/2026", "03/02/2026",
     "Adverse effect - hand tremor and diarrhea (level 0.5 on 02/17/2026)"],
]
active = [
    ["desvenlafaxine ER 100 mg daily", "01/27/2025", "Major depressive disorder, recurrent (F33.1)"],
    ["trazodone 50 mg at bedtime", "04/15/2024", "Insomnia - sleep only"],
    ["amlodipine 5 mg daily", "2019", "Essential hypertension (I10)"],
    ["omeprazole 20 mg daily", "2021", "Gastro-esophageal reflux disease (K21.9)"],
]
p3_2 = [
    H("Medication list - discontinued medications"),
    T(["Medication", "Start", "Stop", "Discontinue reason"], disc, size=7.8),
    H("Medication list - active medications", 2),
    T(["Medication", "Start", "Indication"], active, size=7.8),
    L("Allergies: no known drug allergies.", "s"),
]
trend = "PHQ-9 trend: 02/05/2024 19; 07/22/2024 18; 01/15/2025 20; 06/10/2025 14; 11/10/2025 13; 03/02/2026 15; 04/14/2026 13"
p3_3 = [
    H("Progress note - medication management, 04/14/2026"),
    L("Noor Halvorsen, PMHNP-BC    Video visit, 25 minutes    Patient at home (Bayview, ME)"),
    P("57-year-old man with major depressive disorder, recurrent, moderate (F33.1), essential hypertension (I10) "
      "and GERD (K21.9), seen for follow-up six weeks after lithium was stopped."),
    P("Desvenlafaxine 100 mg daily since 03/2025: partial response. His energy and concentration are better "
      "and he has kept working, but he is still anhedonic and withdrawn at weekends. He tolerates it and wants "
      "to stay on it. Lithium (added 02/2026) was stopped on 03/02 because of a hand tremor and diarrhea at a "
      "level of 0.5; both have resolved. Cariprazine last fall gave no benefit over ten weeks. He never filled "
      "the bupropion in November. Sleep fair with trazodone 50 mg at bedtime."),
    P("SI: denies; no history of suicide attempts; no firearms. PHQ-9 today 13."),
    L(trend),
    P("Plan: continue desvenlafaxine 100 mg and trazodone 50 mg at bedtime. Discussed TMS: he is interested; "
      "referral placed to a TMS clinic. Discussed esketamine; he would rather try TMS first. Return in 6 weeks."),
    L("Signed: Noor Halvorsen, PMHNP-BC, 04/14/2026", "s"),
]
tr_dates = [("02/05/2024", 19), ("07/22/2024", 18), ("01/15/2025", 20), ("06/10/2025", 14),
            ("11/10/2025", 13), ("03/02/2026", 15), ("04/14/2026", 13)]
CASES.append(Case(
    "03-eprescribing-history-discontinue-reasons",
    [Doc(F3, "pdf", [p3_1, p3_2, p3_3], {"header": hdr3, "footer": "Page {p} of {n}    FICTIONAL", "landscape": True,
                                         "size": 9.5})],
    "FICTIONAL case. An EHR report (3-page PDF): outgoing e-prescriptions with the pharmacies' status (p. 1), "
    "the medication list's discontinued drugs with their discontinue reasons and the active list (p. 2), and "
    "the last visit note (p. 3), which gives the outcome of the still-taken desvenlafaxine (partial). Rows: "
    "escitalopram ineffective; vortioxetine nausea and vomiting; desvenlafaxine partial, ongoing; cariprazine "
    "added to desvenlafaxine, no benefit; lithium added, tremor and diarrhea. Not rows: "
    "dextromethorphan-bupropion (PA denied, never started), bupropion XL (returned to stock, never filled), "
    "trazodone 50 mg for sleep, ondansetron as needed, amlodipine, omeprazole, TMS referral, esketamine "
    "discussed. Suicidality none.",
    [
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2024-02-05", "2024-07-22",
            "Ineffective - no improvement after 10 wk at 20 mg", "no_response", F3, 2,
            "Ineffective - no improvement after 10 wk at 20 mg"),
        row("vortioxetine", "multimodal", "antidepressant", "20 mg", "2024-07-22", "2025-01-15",
            "Adverse effect - persistent nausea and vomiting despite ondansetron", "side_effects", F3, 2,
            "Adverse effect - persistent nausea and vomiting despite ondansetron"),
        row("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2025-01-27", None,
            "partial response: energy and concentration better, still anhedonic", "partial_response", F3, 3,
            "Desvenlafaxine 100 mg daily since 03/2025: partial response"),
        row("cariprazine", "atypical antipsychotic", "augmentation", "1.5 mg", "2025-09-02", "2025-11-10",
            "Patient request - no benefit noticed", "no_response", F3, 2,
            "cariprazine 1.5 mg daily 09/02/2025 11/10/2025 Patient request - no benefit noticed"),
        row("lithium", "mood stabilizer", "augmentation", "300 mg twice daily", "2026-02-03", "2026-03-02",
            "Adverse effect - hand tremor and diarrhea (level 0.5)", "side_effects", F3, 2,
            "Adverse effect - hand tremor and diarrhea (level 0.5 on 02/17/2026)"),
    ],
    [sc("PHQ-9", s, f"{d[6:]}-{d[:2]}-{d[3:5]}", F3, 3, f"{d} {s}") for d, s in tr_dates],
    [
        dx("F33.1", F3, 2, "Major depressive disorder, recurrent (F33.1)"),
        dx("I10", F3, 2, "Essential hypertension (I10)"),
        dx("K21.9", F3, 2, "Gastro-esophageal reflux disease (K21.9)"),
    ],
    si("none", F3, 3, "SI: denies; no history of suicide attempts"),
))

# ------------------------------------------------------------------------------------------------ 04
F4 = "harrow_lake_residential_discharge_summary.docx"
prior4 = [
    ["Paroxetine", "2016 - 2019", "20-40 mg", "Helped at first; stopped because of sexual side effects and a 20 lb weight gain"],
    ["Nortriptyline", "03/2020 - 06/2020", "75 mg (level 92 ng/mL)", "No response after 10 weeks at a therapeutic level"],
    ["Vilazodone", "2021 - 2022", "40 mg", "Partial benefit; stopped because of persistent diarrhea"],
    ["ECT (Ridgeview Behavioral Hospital)", "02/06/2023 - 03/03/2023", "9 bilateral treatments",
     "Remission at discharge; depression returned by June 2023 after she stopped continuation visits"],
    ["Venlafaxine XR", "10/2025 - ", "150 mg", "Partial response before admission (see hospital course)"],
]
meas4 = [
    ["06/08/2026 (admission)", "24", "17", "2"],
    ["06/22/2026", "21", "15", "1"],
    ["07/06/2026", "14", "11", "0"],
    ["07/22/2026 (discharge)", "9", "7", "0"],
]
doc4 = [
    L("FICTIONAL SAMPLE RECORD - Harrow Lake Residential Treatment Center, 12 Tamarack Road, Pine Hollow, MN - "
      "tel 555-0164", "s"),
    H("Residential Treatment Discharge Summary", 1),
    L("Resident: Leontyne Farquharson    DOB: 01/30/1992    Record: FICT-HL-2291"),
    L("Admitted: 06/08/2026    Discharged: 07/23/2026 (45 days)    Attending psychiatrist: Caspar Lindqvist-Oduya, MD"),
    L("Primary therapist: Renata Solberg, PhD    Payer: Northstar Benefit Trust (FICT), self-funded employer plan"),
    H("Reason for admission", 2),
    P("Ms. Farquharson, 34, was referred from Ridgeview Behavioral Hospital after a nine-day inpatient stay that "
      "followed an intentional overdose of acetaminophen on 05/28/2026, taken after an argument with her partner "
      "and several weeks of heavy drinking. She was admitted for residential treatment of recurrent major "
      "depression, post-traumatic stress disorder and alcohol use disorder."),
    H("Discharge diagnoses", 2),
    L("F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
    L("F43.10 Post-traumatic stress disorder, unspecified"),
    L("F10.20 Alcohol use disorder, moderate"),
    L("T14.91XD Suicide attempt, subsequent encounter"),
    H("Prior treatment history (reconciled with outside records)", 2),
    T(["Treatment", "Dates", "Dose / course", "Response / reason stopped"], prior4),
    P("She has never had TMS. She asked about ketamine, which this program does not provide; information about "
      "outpatient clinics was given. Her mother has bipolar disorder treated with lithium, and her brother takes "
      "sertraline."),
    H("Course in the program", 2),
    P("Venlafaxine: she had a partial response before admission, with a PHQ-9 around 17 on 150 mg according to "
      "her outpatient psychiatrist. It was increased to 225 mg on 06/15/2026 with modest further benefit and is "
      "continued at discharge."),
    P("Lithium augmentation: lithium carbonate was started on 06/22/2026 at 300 mg twice daily and increased "
      "to 900 mg/day on 07/01/2026 (level 0.8 mmol/L on 07/10/2026). Her mood lifted clearly over the "
      "following three weeks, PHQ-9 from 21 (06/22) to 9 at discharge: a response, not yet remission. Continued "
      "at discharge; TSH and creatinine normal."),
    P("Cognitive processing therapy (CPT) for PTSD: 12 individual sessions with Dr. Solberg, 06/16/2026 to "
      "07/21/2026. Her PCL-5 fell from 58 to 31 and nightmares from nightly to about twice a week; she feels "
      "less 'frozen', and her depressive symptoms improved alongside. She will continue trauma-focused work as "
      "an outpatient."),
    P("Milieu and group programming (DBT skills, relapse prevention, mindfulness, yoga) daily throughout the "
      "stay."),
    P("Alcohol use disorder: acamprosate 666 mg three times daily was started on 06/09/2026; no cravings "
      "reported since the second week. She attended AA meetings on site."),
    P("Sleep: quetiapine 25 mg at bedtime as needed was used on six nights in the first two weeks and not "
      "after. Hydroxyzine 25 mg as needed for anxiety was used occasionally."),
    H("Measurement-based care", 2),
    T(["Date", "PHQ-9", "GAD-7", "C-SSRS ideation severity"], meas4),
    P("Risk at discharge: no suicidal ideation for the last four weeks (C-SSRS 0); protective factors her "
      "daughter, her job and sobriety; the acetaminophen overdose of 05/28/2026 remains her only attempt. "
      "Safety plan reviewed with her and her sister."),
    H("Discharge medications", 2),
    L("venlafaxine XR 225 mg daily - CONTINUE"),
    L("lithium carbonate 450 mg twice daily - CONTINUE (level in 1 week)"),
    L("acamprosate 666 mg three times daily - CONTINUE"),
    L("hydroxyzine 25 mg as needed for anxiety - CONTINUE"),
    L("quetiapine 25 mg as needed for sleep - STOPPED (not used since week 2)"),
    H("Aftercare", 2),
    P("Intensive outpatient program 3 days a week from 07/27/2026; psychiatrist Dr. Imre Castellan on "
      "08/04/2026; outpatient CPT continuation with a trauma therapist to be arranged. Consider ECT again only "
      "if she relapses; she would prefer not to."),
    L("Caspar Lindqvist-Oduya, MD - electronically signed 07/23/2026", "s"),
]
CASES.append(Case(
    "04-residential-discharge-summary-docx",
    [Doc(F4, "docx", [doc4])],
    "FICTIONAL case. A residential treatment center's discharge summary (DOCX) with a reconciled prior-treatment "
    "table, the course in the program by treatment, and a measures table. Rows: paroxetine 2016-2019 helped at "
    "first, stopped for sexual side effects and weight (side_effects); nortriptyline 2020 no response at a "
    "therapeutic level; vilazodone partial, stopped for diarrhea (side_effects); ECT index course 2023, "
    "remission then returned by June 2023 (relapse); venlafaxine since 10/2025, partial, continued; lithium "
    "augmentation from 06/22/2026, response not remission (partial), continued; cognitive processing therapy "
    "(CPT) 12 sessions, partial. Not rows: milieu/group programming, acamprosate (alcohol), quetiapine 25 mg "
    "as needed for sleep, hydroxyzine as needed, ketamine asked about, never TMS, mother's lithium, brother's "
    "sertraline, ECT only if she relapses (plan). Suicidality attempt (acetaminophen overdose 05/28/2026).",
    [
        row("paroxetine", "SSRI", "antidepressant", "40 mg", "2016", "2019",
            "Helped at first; stopped because of sexual side effects and a 20 lb weight gain", "side_effects",
            F4, 1, "Helped at first; stopped because of sexual side effects and a 20 lb weight gain"),
        row("nortriptyline", "TCA", "antidepressant", "75 mg", "2020-03", "2020-06",
            "No response after 10 weeks at a therapeutic level", "no_response", F4, 1,
            "No response after 10 weeks at a therapeutic level"),
        row("vilazodone", "SSRI/5-HT1A partial agonist", "antidepressant", "40 mg", "2021", "2022",
            "Partial benefit; stopped because of persistent diarrhea", "side_effects", F4, 1,
            "Partial benefit; stopped because of persistent diarrhea"),
        row("ECT", "neuromodulation", "neuromodulation", "9 treatments", "2023-02-06", "2023-03-03",
            "Remission at discharge; depression returned by June 2023", "relapse", F4, 1,
            "Remission at discharge; depression returned by June 2023 after she stopped continuation visits"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg", "2025-10", None,
            "partial response before admission; modest further benefit at 225 mg; continued", "partial_response",
            F4, 1, "Venlafaxine: she had a partial response before admission"),
        row("lithium", "mood stabilizer", "augmentation", "900 mg/day", "2026-06-22", None,
            "PHQ-9 from 21 to 9 at discharge: a response, not yet remission; continued", "partial_response", F4, 1,
            "a response, not yet remission"),
        row("cognitive processing therapy", "psychotherapy", "psychotherapy", "12 sessions", "2026-06-16",
            "2026-07-21", "PCL-5 58 -> 31, nightmares less frequent, depressive symptoms improved alongside",
            "partial_response", F4, 1, "Cognitive processing therapy (CPT) for PTSD: 12 individual sessions"),
    ],
    [sc("PHQ-9", int(m[1]), f"{m[0][6:10]}-{m[0][:2]}-{m[0][3:5]}", F4, 1, " ".join(m)) for m in meas4] +
    [sc("GAD-7", int(m[2]), f"{m[0][6:10]}-{m[0][:2]}-{m[0][3:5]}", F4, 1, " ".join(m)) for m in meas4] +
    [sc("C-SSRS", int(m[3]), f"{m[0][6:10]}-{m[0][:2]}-{m[0][3:5]}", F4, 1, " ".join(m)) for m in meas4],
    [
        dx("F33.2", F4, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        dx("F43.10", F4, 1, "F43.10 Post-traumatic stress disorder, unspecified"),
        dx("F10.20", F4, 1, "F10.20 Alcohol use disorder, moderate"),
        dx("T14.91XD", F4, 1, "T14.91XD Suicide attempt, subsequent encounter"),
    ],
    si("attempt", F4, 1, "intentional overdose of acetaminophen on 05/28/2026"),
))

# ------------------------------------------------------------------------------------------------ 05
F5 = "juniper_ridge_ketamine_record.pdf"
hdr5 = ("FICTIONAL SAMPLE RECORD - Juniper Ridge Infusion Center (FICT), Hartsel Springs, CO - tel 555-0181 - "
        "MBEKI-LAWRENCE, CORNELIUS - ID FICT-JR-4410")
p5_1 = [
    H("Consultation for ketamine infusion therapy - 02/24/2025"),
    L("Consulting physician: Tamsin Okafor-Reyes, MD (anesthesiology)    Referring psychiatrist: Ines Carbajal, MD"),
    H("History", 2),
    P("51-year-old man with recurrent major depression since his thirties, current episode since 2018, referred "
      "for IV ketamine after several failed treatments. He works as a civil engineer and has missed many weeks "
      "of work over the last year."),
    H("Prior treatments (from Dr. Carbajal's letter and the patient)", 3),
    L("- Sertraline 100 -> 200 mg, 2018 to 2019 (about 9 months): no response.", indent=8),
    L("- Bupropion XL 300 -> 450 mg, 2019 to early 2021: more energy, mood unchanged.", indent=8),
    L("- Esketamine (Spravato) 56 mg, then 84 mg, 05/2024 - 09/2024, 18 sessions at a REMS-certified clinic:", indent=8),
    L("  minimal benefit; stopped for lack of benefit. Dissociation and BP up to 165/100 at 84 mg.", indent=8),
    L("- Escitalopram 20 mg since 06/2021 (current): partial response; he continues it.", indent=8),
    P("ECT: consultation in 2023, declined (memory concerns). TMS: not tried, he could not manage daily visits. "
      "His sister has done well on esketamine."),
    H("Medications", 3),
    P("Escitalopram 20 mg daily; lisinopril 20 mg daily (hypertension, I10); hydroxyzine 25 mg at bedtime as "
      "needed for sleep. He has been taking his wife's zolpidem some nights; advised to stop."),
    H("Examination and scales", 3),
    P("BP 134/86, HR 72, BMI 27. Mallampati II. No psychosis, no substance use disorder. MADRS 34, PHQ-9 22, "
      "GAD-7 13. He describes thoughts of driving his car off the canyon road on bad days, without intent and "
      "without a plan to act on them: C-SSRS ideation severity 3. No past attempts. Safety plan in place; his "
      "wife holds the car keys when he is unwell."),
    H("Assessment and plan", 3),
    P("Treatment-resistant major depressive disorder, recurrent, severe without psychotic features (F33.2); "
      "generalized anxiety disorder (F41.1); hypertension (I10). Plan: induction series of six IV ketamine "
      "infusions over 2-3 weeks, 0.5 mg/kg over 40 minutes, titrating to 0.75 mg/kg by response; MADRS and "
      "PHQ-9 before infusions 1, 3 and 6. Billing: CPT 96365, 96366; J3490 (ketamine, NDC on claim). Continue "
      "escitalopram."),
]
s1 = [
    ["1", "03/03/2025", "0.5 mg/kg (46 mg)", "40 min", "132/84", "148/92", "33", "22", "mild dissociation, resolved in 20 min"],
    ["2", "03/05/2025", "0.5 mg/kg (46 mg)", "40 min", "128/80", "144/90", "-", "-", "nausea; ondansetron 4 mg IV"],
    ["3", "03/10/2025", "0.6 mg/kg (55 mg)", "40 min", "130/82", "150/94", "24", "17", "none"],
    ["4", "03/12/2025", "0.6 mg/kg (55 mg)", "40 min", "126/80", "146/90", "-", "-", "none"],
    ["5", "03/17/2025", "0.75 mg/kg (69 mg)", "40 min", "128/84", "152/96", "-", "-", "vivid imagery, pleasant"],
    ["6", "03/19/2025", "0.75 mg/kg (69 mg)", "40 min", "124/80", "148/92", "12", "9",
     "'first time in years I looked forward to a weekend'"],
]
hd5 = ["#", "Date", "Dose", "Time", "BP pre", "BP peak", "MADRS", "PHQ-9", "Notes"]
p5_2 = [
    H("Infusion log - induction series 1"),
    T(hd5, s1, size=7.8),
    P("Series 1 summary: 6 infusions 03/03/2025 - 03/19/2025. MADRS 33 -> 12 (64% reduction): response, not "
      "remission. No serious adverse events. Plan: follow-up at 4 and 8 weeks; a booster if symptoms return."),
    H("Follow-up", 2),
    L("04/16/2025 (clinic): MADRS 11, PHQ-9 8 - maintaining; back at work full time."),
    L("05/14/2025 (telehealth): MADRS 13, PHQ-9 9 - maintaining; some low days around a work deadline."),
]
s2 = [
    ["1", "01/12/2026", "0.5 mg/kg (47 mg)", "40 min", "130/84", "146/90", "31", "20", "mild dissociation"],
    ["2", "01/14/2026", "0.6 mg/kg (56 mg)", "40 min", "128/82", "150/92", "-", "-", "none"],
    ["3", "01/20/2026", "0.75 mg/kg (70 mg)", "40 min", "132/86", "154/96", "22", "15", "nausea; ondansetron 4 mg IV"],
    ["4", "01/22/2026", "0.75 mg/kg (70 mg)", "40 min", "126/80", "148/90", "-", "-", "none"],
    ["5", "01/27/2026", "0.75 mg/kg (70 mg)", "40 min", "128/82", "150/94", "-", "-", "none"],
    ["6", "01/29/2026", "0.75 mg/kg (70 mg)", "40 min", "124/80", "146/92", "18", "12", "calmer, sleeping better"],
]
maint = [["02/26/2026", "0.75 mg/kg", "17"], ["03/26/2026", "0.75 mg/kg", "18"], ["04/23/2026", "0.75 mg/kg", "16"],
         ["05/21/2026", "0.75 mg/kg", "17"]]
p5_3 = [
    L("08/20/2025 (telehealth): the benefit wore off gradually through July; PHQ-9 back to 19, MADRS 29. He asks"),
    L("for a second series; his plan denied the first series (appeal pending), so he will pay himself this time."),
    H("Infusion log - series 2"),
    T(hd5, s2, size=7.8),
    P("Series 2 summary: 6 infusions 01/12/2026 - 01/29/2026. MADRS 31 -> 18 (42% reduction): partial "
      "response, less than after series 1. Maintenance infusions every 4 weeks to hold the gain."),
    H("Maintenance infusions", 2),
    T(["Date", "Dose", "MADRS"], maint, widths=[0.2, 0.2, 0.12], size=8),
    P("05/21/2026 review: partial response holding (MADRS 16-18). Concurrent medications unchanged "
      "(escitalopram 20 mg, lisinopril). No suicidal ideation at any visit since 01/2026 (screened each visit). Plan: continue maintenance "
      "infusions every 4-5 weeks; reassess in 3 months."),
    L("Tamsin Okafor-Reyes, MD", "s"),
]
ket_scales = []
for r in s1 + s2:
    if r[6] != "-":
        d = f"{r[1][6:]}-{r[1][:2]}-{r[1][3:5]}"
        pg = 2 if r in s1 else 3
        span = " ".join(r[:8])
        ket_scales.append(sc("MADRS", int(r[6]), d, F5, pg, span))
        ket_scales.append(sc("PHQ-9", int(r[7]), d, F5, pg, span))
CASES.append(Case(
    "05-ketamine-clinic-infusion-log",
    [Doc(F5, "pdf", [p5_1, p5_2, p5_3], {"header": hdr5, "footer": "Juniper Ridge Infusion Center - page {p}/{n} - FICTIONAL",
                                         "size": 9.5})],
    "FICTIONAL case. A ketamine clinic's record (3-page PDF): consultation with prior treatments (p. 1), the "
    "infusion log of series 1 with MADRS and PHQ-9 columns and its follow-ups (p. 2), and on p. 3 the loss of "
    "series 1's benefit (relapse, told on a later page than the series), series 2's log and its monthly "
    "maintenance infusions (continuing, so series 2 is open; partial). Two rows of racemic ketamine (kind "
    "other). Esketamine 18 sessions, minimal benefit (antidepressant, no_response). Escitalopram since 06/2021, "
    "partial, continued. Not rows: ECT declined, TMS not tried, sister's esketamine, wife's zolpidem, "
    "hydroxyzine as needed, ondansetron with infusions, lisinopril. Suicidality active (C-SSRS 3 at "
    "consultation).",
    [
        row("sertraline", "SSRI", "antidepressant", "200 mg", "2018", "2019", "no response", "no_response", F5, 1,
            "Sertraline 100 -> 200 mg, 2018 to 2019 (about 9 months): no response."),
        row("bupropion", "NDRI", "antidepressant", "450 mg", "2019", "2021", "more energy, mood unchanged",
            "no_response", F5, 1, "Bupropion XL 300 -> 450 mg, 2019 to early 2021: more energy, mood unchanged."),
        row("esketamine", "NMDA antagonist", "antidepressant", "84 mg; 18 sessions", "2024-05", "2024-09",
            "minimal benefit; stopped for lack of benefit", "no_response", F5, 1,
            "minimal benefit; stopped for lack of benefit"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2021-06", None,
            "partial response; he continues it", "partial_response", F5, 1,
            "Escitalopram 20 mg since 06/2021 (current): partial response; he continues it."),
        row("ketamine", "NMDA antagonist (IV)", "other", "6 infusions", "2025-03-03", "2025-03-19",
            "MADRS 33 -> 12, response not remission; the benefit wore off gradually through July", "relapse",
            F5, 3, "the benefit wore off gradually through July; PHQ-9 back to 19, MADRS 29"),
        row("ketamine", "NMDA antagonist (IV)", "other", "6 infusions + monthly maintenance", "2026-01-12", None,
            "MADRS 31 -> 18 (42% reduction): partial response; holding with maintenance", "partial_response", F5, 3,
            "MADRS 31 -> 18 (42% reduction): partial response"),
    ],
    [
        sc("MADRS", 34, "2025-02-24", F5, 1, "MADRS 34, PHQ-9 22, GAD-7 13"),
        sc("PHQ-9", 22, "2025-02-24", F5, 1, "MADRS 34, PHQ-9 22, GAD-7 13"),
        sc("GAD-7", 13, "2025-02-24", F5, 1, "MADRS 34, PHQ-9 22, GAD-7 13"),
        sc("C-SSRS", 3, "2025-02-24", F5, 1, "C-SSRS ideation severity 3"),
    ] + [x for x in ket_scales if x["date"] < "2026"] + [
        sc("MADRS", 11, "2025-04-16", F5, 2, "04/16/2025 (clinic): MADRS 11, PHQ-9 8"),
        sc("PHQ-9", 8, "2025-04-16", F5, 2, "04/16/2025 (clinic): MADRS 11, PHQ-9 8"),
        sc("MADRS", 13, "2025-05-14", F5, 2, "05/14/2025 (telehealth): MADRS 13, PHQ-9 9"),
        sc("PHQ-9", 9, "2025-05-14", F5, 2, "05/14/2025 (telehealth): MADRS 13, PHQ-9 9"),
        sc("PHQ-9", 19, "2025-08-20", F5, 3, "PHQ-9 back to 19, MADRS 29"),
        sc("MADRS", 29, "2025-08-20", F5, 3, "PHQ-9 back to 19, MADRS 29"),
    ] + [x for x in ket_scales if x["date"] > "2026"] + [
        sc("MADRS", int(m[2]), f"{m[0][6:]}-{m[0][:2]}-{m[0][3:5]}", F5, 3, " ".join(m)) for m in maint
    ],
    [
        dx("F33.2", F5, 1, "severe without psychotic features (F33.2)"),
        dx("F41.1", F5, 1, "generalized anxiety disorder (F41.1)"),
        dx("I10", F5, 1, "hypertension (I10)"),
    ],
    si("active", F5, 1, "thoughts of driving his car off the canyon road on bad days, without intent and without a plan"),
))

# ------------------------------------------------------------------------------------------------ 06
F6 = "wrenfield_tms_prior_auth_packet.pdf"
hdr6 = ("FICTIONAL SAMPLE - Wrenfield TMS & Neuromodulation (FICT), Ellery Bay, WA - fax 555-0153 - "
        "Member OYELARAN-STROUD, PHILIPPA - ID FICT-CB-608812")
p6_1 = [
    H("Cobaltline Health (FICT) - Prior Authorization Request: TMS"),
    L("Member: Philippa Oyelaran-Stroud    DOB: 04/09/1987    Member ID: FICT-CB-608812    Group: 44021-FICT"),
    L("Requesting provider: Tobias Ferreira-Lund, MD (psychiatry)    Facility: Wrenfield TMS & Neuromodulation"),
    L("Date of request: 09/15/2026    Requested start: 10/05/2026    Setting: outpatient office"),
    Sp(),
    H("Service requested", 2),
    L("CPT 90867 x 1 (initial mapping and treatment), 90868 x 35, 90869 x 2 (re-determination)    Sessions: 36"),
    L("Primary diagnosis: F33.2    Secondary: F41.1, J45.909"),
    Sp(),
    H("Clinical criteria (check all that apply)", 2),
    L("Current episode severity: PHQ-9 20 (09/15/2026)    HAM-D-17 23 (09/15/2026)"),
    L("Antidepressant trials in current and prior episodes: see Attachment A (6 medications)"),
    L("Evidence-based psychotherapy tried?  [X] Yes  [ ] No    If yes: CBT, 20 sessions, see Attachment A"),
    L("Prior TMS course?  [X] Yes  [ ] No    If yes, dates: 04/03/2023 - 05/22/2023 (see Attachment B)"),
    L("Prior ECT?  [ ] Yes  [X] No"),
    L("Current suicidal ideation?  [ ] None  [X] Passive  [ ] Active with plan or intent"),
    L("Psychotic features?  [ ] Yes  [X] No        Seizure disorder?  [ ] Yes  [X] No"),
    L("Substance use disorder in the last 6 months?  [ ] Yes  [X] No"),
    L("Implanted metal or device in or near the head?  [ ] Yes  [X] No"),
    Sp(),
    L("Attachments: A - medication and psychotherapy trials; B - 2023 TMS course summary; C - clinical summary."),
    Sp(10),
    L("Provider signature: Tobias Ferreira-Lund, MD    Date: 09/15/2026"),
]
trials6 = [
    ["fluoxetine", "40 mg", "01/2019", "06/2019", "21", "NR", "Y", ""],
    ["duloxetine", "60 mg", "08/2019", "09/2019", "5", "INT", "Y", "nausea, sweating"],
    ["venlafaxine XR", "225 mg", "11/2019", "02/2021", "65", "PR", "Y", "switched for persistent low mood"],
    ["quetiapine XR", "150 mg", "06/2020", "12/2020", "26", "INT", "Y", "added to venlafaxine; sedation, +15 lb"],
    ["mirtazapine", "45 mg", "03/2021", "07/2021", "18", "NR", "Y", ""],
    ["vortioxetine", "20 mg", "03/2024", "current", "130", "PR", "Y", "current"],
    ["lithium", "-", "-", "-", "-", "-", "-", "not trialed (patient declined)"],
]
p6_2 = [
    H("Attachment A - Medication and psychotherapy trials"),
    L("Outcome codes: NR = no response; PR = partial response (< 50% improvement); INT = intolerance; "
      "R = remission"),
    T(["Medication", "Max dose", "Start", "Stop", "Weeks", "Outcome", "Adherent", "Comment"], trials6, size=8),
    H("Psychotherapy", 2),
    T(["Type", "Therapist", "Dates", "Sessions", "Outcome"],
      [["CBT", "Priya Wendt, PsyD", "09/2021 - 02/2022", "20", "completed; minimal change (PHQ-9 18 -> 16)"],
       ["DBT", "-", "-", "-", "not done"],
       ["IPT", "-", "-", "-", "not done"]], size=8),
    P("Adherence confirmed by pharmacy fill history for every medication trial above (fills on file). Doses "
      "are the highest reached; weeks are time at or above a minimum effective dose."),
]
wk6 = [["Baseline", "04/03/2023", "1", "21", "24"], ["Week 2", "04/14/2023", "10", "17", ""],
       ["Week 4", "04/28/2023", "20", "11", ""], ["Week 6", "05/12/2023", "30", "6", ""],
       ["End", "05/22/2023", "36", "4", "6"]]
p6_3 = [
    H("Attachment B - Prior TMS course summary (2023)"),
    L("Site: Wrenfield TMS & Neuromodulation    Device: figure-8 coil, neuronavigated    Physician: T. Ferreira-Lund, MD"),
    L("Protocol: left DLPFC, 10 Hz, 120% of motor threshold, 3,000 pulses per session, 5 sessions a week"),
    L("Sessions: 36 (04/03/2023 - 05/22/2023), no missed sessions, no taper"),
    T(["Point", "Date", "Session", "PHQ-9", "HAM-D-17"], wk6, widths=[0.14, 0.16, 0.12, 0.12, 0.14]),
    P("Outcome at the end of the course: PHQ-9 21 -> 4 and HAM-D-17 24 -> 6: remission. Adverse effects: "
      "scalp discomfort in the first week only. C-SSRS at baseline: ideation severity 1 (wish to be dead), "
      "0 at the end of the course."),
    P("Concurrent medication during the course: none (she had stopped mirtazapine in 07/2021 and was taking no "
      "antidepressant)."),
]
p6_4 = [
    H("Attachment C - Clinical summary and medical necessity"),
    L("Tobias Ferreira-Lund, MD - 09/15/2026"),
    P("Ms. Oyelaran-Stroud is a 39-year-old translator with recurrent major depressive disorder, severe without "
      "psychotic features, and generalized anxiety disorder. Her 2023 course of TMS brought a full remission. "
      "She remained well for about ten months; symptoms began to return in early 2024, when her primary care "
      "physician started vortioxetine, and by July 2024 she again met criteria for a major depressive episode. "
      "The gain from the 2023 course was lost."),
    P("Vortioxetine, now 20 mg, has given a partial response over about two and a half years: she works "
      "part-time, but her PHQ-9 today is 20 and her HAM-D-17 is 23. She reports passive thoughts that she "
      "would rather not wake up, with no intent or plan. She has had six adequate medication trials across "
      "episodes, including one augmentation, and 20 sessions of CBT (Attachment A)."),
    P("ECT was discussed; she declines it because of the risk to memory in her work. Esketamine has not been "
      "tried; she would prefer a treatment that already worked for her. Her mother also responded well to TMS "
      "in 2021."),
    P("Because her first course brought a remission that lasted about ten months, a second course of TMS is "
      "the most reasonable next step. I request 36 sessions (left DLPFC, 10 Hz, or iTBS if scheduling "
      "requires), to begin on 10/05/2026, continuing vortioxetine."),
    L("Tobias Ferreira-Lund, MD    tel 555-0152"),
]
CASES.append(Case(
    "06-tms-prior-authorization-packet",
    [Doc(F6, "pdf", [p6_1, p6_2, p6_3, p6_4], {"header": hdr6, "footer": "Page {p} of {n} - FICTIONAL - "
                                               "Cobaltline Health PA request", "size": 9.5})],
    "FICTIONAL case. A TMS prior-authorization packet (4-page PDF): the plan's request form with check boxes "
    "(p. 1), a trials table with outcome codes defined in a legend (NR, PR, INT) and a psychotherapy table "
    "(p. 2), the 2023 TMS course summary (p. 3: remission at the end) and the clinical summary (p. 4), which "
    "tells that the 2023 course's gain was lost by July 2024 (relapse, told on a later page). Rows: fluoxetine "
    "NR; duloxetine INT; venlafaxine PR (switched); quetiapine XR added to venlafaxine, INT (augmentation); "
    "mirtazapine NR; vortioxetine PR, current; CBT 20 sessions minimal change; TMS 36 sessions 2023 relapse. "
    "Not rows: the requested second TMS course, lithium 'not trialed (patient declined)', DBT/IPT 'not done', "
    "'Prior ECT? [X] No', ECT declined, esketamine not tried, mother's TMS. Suicidality passive (form box and "
    "summary; C-SSRS 1 in 2023).",
    [
        row("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019-01", "2019-06", "NR (no response)",
            "no_response", F6, 2, "fluoxetine 40 mg 01/2019 06/2019 21 NR Y"),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2019-08", "2019-09", "INT: nausea, sweating",
            "side_effects", F6, 2, "duloxetine 60 mg 08/2019 09/2019 5 INT Y nausea, sweating"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg", "2019-11", "2021-02",
            "PR (partial response); switched for persistent low mood", "partial_response", F6, 2,
            "venlafaxine XR 225 mg 11/2019 02/2021 65 PR Y switched for persistent low mood"),
        row("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2020-06", "2020-12",
            "INT: sedation, +15 lb", "side_effects", F6, 2,
            "quetiapine XR 150 mg 06/2020 12/2020 26 INT Y added to venlafaxine; sedation, +15 lb"),
        row("mirtazapine", "NaSSA", "antidepressant", "45 mg", "2021-03", "2021-07", "NR (no response)",
            "no_response", F6, 2, "mirtazapine 45 mg 03/2021 07/2021 18 NR Y"),
        row("vortioxetine", "multimodal", "antidepressant", "20 mg", "2024-03", None,
            "partial response over about two and a half years; PHQ-9 20", "partial_response", F6, 4,
            "Vortioxetine, now 20 mg, has given a partial response"),
        row("CBT", "psychotherapy", "psychotherapy", "20 sessions", "2021-09", "2022-02",
            "completed; minimal change (PHQ-9 18 -> 16)", "no_response", F6, 2,
            "CBT Priya Wendt, PsyD 09/2021 - 02/2022 20 completed; minimal change (PHQ-9 18 -> 16)"),
        row("TMS", "rTMS", "neuromodulation", "36 sessions", "2023-04-03", "2023-05-22",
            "remission at the end of the course; well about ten months; the gain was lost by July 2024",
            "relapse", F6, 4, "The gain from the 2023 course was lost."),
    ],
    [
        sc("PHQ-9", 20, "2026-09-15", F6, 1, "PHQ-9 20 (09/15/2026)"),
        sc("HAM-D", 23, "2026-09-15", F6, 1, "HAM-D-17 23 (09/15/2026)"),
    ] + [sc("PHQ-9", int(w[3]), f"{w[1][6:]}-{w[1][:2]}-{w[1][3:5]}", F6, 3, " ".join(x for x in w if x))
         for w in wk6] + [
        sc("HAM-D", 24, "2023-04-03", F6, 3, "Baseline 04/03/2023 1 21 24"),
        sc("HAM-D", 6, "2023-05-22", F6, 3, "End 05/22/2023 36 4 6"),
        sc("C-SSRS", 1, "2023-04-03", F6, 3, "C-SSRS at baseline: ideation severity 1 (wish to be dead)"),
        sc("C-SSRS", 0, "2023-05-22", F6, 3, "0 at the end of the course"),
    ],
    [
        dx("F33.2", F6, 1, "Primary diagnosis: F33.2"),
        dx("F41.1", F6, 1, "Secondary: F41.1, J45.909"),
        dx("J45.909", F6, 1, "Secondary: F41.1, J45.909"),
    ],
    si("passive", F6, 1, "Current suicidal ideation? [ ] None [X] Passive [ ] Active with plan or intent"),
))
