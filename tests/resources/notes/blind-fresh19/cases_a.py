"""notes19 cases 01-06. Every person, facility, plan, number and place here is FICTIONAL."""
from helpers import D, H, S, SI, src, truth
from model import Doc

# ------------------------------------------------------------------------------------------------ case 01


def _days(marks):
    """31 day cells from {day: mark} (day ranges as (a, b): mark)."""
    cells = [""] * 31
    for k, v in marks.items():
        if isinstance(k, tuple):
            for d in range(k[0], k[1] + 1):
                cells[d - 1] = v
        else:
            cells[k - 1] = v
    return cells


def case01():
    slug = "01-nursing-home-mar-and-geripsych-notes"
    hdr = "Cedar Hollow Care & Rehabilitation (FICTIONAL) - 400 Orchard Bend Rd, Larkfield, OH - 555-0142"
    mar = Doc("mar_2026-10_ostrander.pdf", "pdf", landscape=True, font="DejaVuSansCondensed", size=8,
              header=hdr, margin=30)
    mar.title("MEDICATION ADMINISTRATION RECORD - October 2026 - FICTIONAL SAMPLE RECORD", size=11)
    mar.line("Resident: OSTRANDER, Wilhelmina   Room 214-B   MRN FICT-CH-20417   DOB 02/11/1945   "
             "Allergies: penicillin (rash)   Attending: H. Mbeki-Lund, MD", size=7.5)
    mar.line("Diagnoses: F33.1 major depressive disorder, recurrent, moderate; F03.90 dementia, unspecified; "
             "I10 hypertension; E03.9 hypothyroidism; M17.11 osteoarthritis, right knee; N39.0 urinary tract "
             "infection (10/2026)", size=7.5)
    mar.line("SCHEDULED MEDICATIONS  (initials = given; H = held; R = refused; D/C = discontinued, see order)",
             bold=True, size=7.5)
    head = ["Medication / dose / route / frequency", "Start", "Stop", "For", "Hr"] + [str(d) for d in range(1, 32)]
    rows = [head]
    rows.append(["Sertraline 100 mg tab, 1 PO daily", "07/14/2026", "10/14/2026", "Depression", "0900"]
                + _days({(1, 14): "LT", 15: "D/C"}))
    rows.append(["Mirtazapine 7.5 mg (1/2 of 15 mg tab) PO at bedtime", "10/15/2026", "10/28/2026",
                 "Depression, appetite", "2100"] + _days({(15, 28): "RB", 29: "D/C"}))
    rows.append(["Mirtazapine 15 mg tab, 1 PO at bedtime", "10/29/2026", "", "Depression, appetite", "2100"]
                + _days({(29, 31): "RB"}))
    rows.append(["Levothyroxine 50 mcg tab, 1 PO daily before breakfast", "03/18/2025", "", "Hypothyroidism",
                 "0600"] + _days({(1, 31): "KW"}))
    rows.append(["Amlodipine 5 mg tab, 1 PO daily", "03/18/2025", "", "Hypertension", "0900"]
                + _days({(1, 31): "LT", 9: "H", 23: "H"}))
    rows.append(["Donepezil 10 mg tab, 1 PO at bedtime", "03/18/2025", "", "Dementia", "2100"]
                + _days({(1, 31): "RB"}))
    rows.append(["Acetaminophen 325 mg, 2 tabs PO three times daily", "03/18/2025", "", "R knee pain",
                 "0900"] + _days({(1, 31): "LT", 17: "R"}))
    rows.append(["", "", "", "", "1300"] + _days({(1, 31): "MP"}))
    rows.append(["", "", "", "", "1700"] + _days({(1, 31): "MP"}))
    rows.append(["Nitrofurantoin 100 mg cap, 1 PO twice daily x 5 days", "10/20/2026", "10/24/2026", "UTI",
                 "0900"] + _days({(20, 24): "LT"}))
    rows.append(["", "", "", "", "2100"] + _days({(20, 24): "RB"}))
    mar.table(rows, size=7, pad=1.6)
    mar.space(4)
    mar.line("Staff initials: LT = L. Tomasetti, LPN (days); MP = M. Pruitt, LPN (evenings); RB = R. Bellweather, "
             "RN (nights); KW = K. Whitcombe, CMA (early)", size=7.5)
    mar.line("Order 10/14/2026 (J. Trevisani, PMHNP): discontinue sertraline after today's dose; start mirtazapine "
             "7.5 mg at bedtime 10/15/2026; increase to 15 mg on 10/29/2026.", size=7.5)
    mar.page()
    mar.title("MEDICATION ADMINISTRATION RECORD - October 2026 (page 2: as-needed medications and notes)",
              size=11)
    mar.line("Resident: OSTRANDER, Wilhelmina   Room 214-B   MRN FICT-CH-20417", size=7.5)
    mar.line("PRN (AS NEEDED) MEDICATIONS", bold=True, size=8)
    mar.table([
        ["Medication / dose / route", "Start", "For", "Given (date time)", "Reason", "Result (time)", "Init"],
        ["Trazodone 25 mg tab PO at bedtime PRN", "06/02/2026", "insomnia", "10/03 2140",
         "awake, restless", "asleep by 2300", "RB"],
        ["Trazodone 25 mg tab PO at bedtime PRN", "06/02/2026", "insomnia", "10/11 2205",
         "up asking for breakfast", "asleep 2320", "RB"],
        ["Lorazepam 0.5 mg tab PO PRN, max 1 per day", "08/20/2026", "severe anxiety / agitation",
         "10/16 1530", "tearful, pacing, asking for her husband", "calmer 1615", "LT"],
        ["Trazodone 25 mg tab PO at bedtime PRN", "06/02/2026", "insomnia", "10/22 2150",
         "awake, restless", "asleep 2245", "RB"],
        ["Bisacodyl 10 mg suppository PR PRN", "03/18/2025", "no BM x 3 days", "10/26 0800",
         "no BM since 10/23", "BM 1030", "LT"],
    ], size=7.5)
    mar.line("NURSING NOTES ON MAR EXCEPTIONS", bold=True, size=8)
    mar.p("10/09 0900 Amlodipine held: BP 96/58 sitting. Attending notified; recheck 1300 118/66. "
          "10/14 0900 Sertraline given, last dose per order. 10/17 0900 Acetaminophen refused, 'my knee is fine "
          "today.' 10/23 0900 Amlodipine held: BP 98/60. 10/29 2100 Mirtazapine 15 mg first dose given; "
          "resident ate 75% of supper.", size=8)
    mar.p("Weights (monthly): 06/02 127 lb; 07/01 124 lb; 08/03 121 lb; 09/01 118 lb; 10/01 117 lb; 10/30 118 lb.",
          size=8)

    F = mar.filename
    gp = Doc("geripsych_notes_ostrander_2026.pdf", "pdf", font="DejaVuSans", size=9.5,
             header="Silverline Geriatric Psychiatry (FICTIONAL) - visiting service to Cedar Hollow - 555-0167")
    gp.title("Geriatric Psychiatry Consultation and Follow-up Notes - FICTIONAL SAMPLE RECORD", size=13)
    gp.line("Resident: Wilhelmina Ostrander   DOB 02/11/1945   MRN FICT-CH-20417   Facility: Cedar Hollow, room 214-B")
    gp.line("Clinician: Joanne Trevisani, PMHNP-BC   Attending physician: Harold Mbeki-Lund, MD")
    gp.h("Initial consultation - 06/02/2026")
    gp.p("Reason for referral: low mood, tearfulness and poor appetite since her admission for long-term care "
         "on 03/18/2025; weight down 9 lb over three months. Information from Mrs. Ostrander, the nursing staff, "
         "the hospital transfer records and her daughter Ruth (by telephone).")
    gp.p("History: depression was first treated in 2019, the year after her husband died. Her primary care "
         "doctor started citalopram 20 mg in 2019; Ruth says it 'took the edge off.' A cardiologist stopped it in "
         "2023 when her ECG showed a prolonged QTc (512 ms). Bupropion XL 150 mg was tried in its place in late "
         "2023; within about three weeks she was pacing at night and not sleeping, and Ruth stopped it. She has "
         "taken no antidepressant since then.")
    gp.p("She has never had ECT; the family raised it in 2024 and she refused. Ruth takes venlafaxine herself and "
         "asked whether it might suit her mother; we talked about why another drug fits better first.")
    gp.p("Mental status: well groomed, soft-spoken, tearful when speaking of her husband. Mood 'lonesome'. "
         "Oriented to person and place. No psychotic features. PHQ-9 (resident interview) 15 today.")
    gp.p("Safety: asked directly, she says she is 'ready to go whenever the Lord calls me' and some mornings "
         "wishes she had not woken up, but she would never do anything to hurry it. No thoughts of harming "
         "herself, no plan. PHQ-9 item 9 scored 1.")
    gp.p("Assessment: F33.1 major depressive disorder, recurrent, moderate, in a resident with F03.90 dementia, "
         "unspecified (MoCA 17/30 in 04/2025).")
    gp.p("Plan: start sertraline 25 mg daily today; 50 mg after one week; aim for 100 mg. Referral to the "
         "facility psychologist for weekly reminiscence therapy. Trazodone 25 mg at bedtime as needed for "
         "insomnia. Weigh weekly.")
    gp.page()
    gp.h("Follow-up - 09/03/2026")
    gp.p("Sertraline 100 mg daily since 07/14 (started 06/02 at 25 mg, 50 mg from 06/09). Staff report she eats "
         "about half of her meals; weight 118 lb (127 lb in June). Tearful most afternoons, stays in her room "
         "after lunch. PHQ-9 14.")
    gp.p("Reminiscence therapy with Dr. Amara Quist, PsyD, weekly since 08/12/2026: she looks forward to it and "
         "brings her photo albums.")
    gp.p("The attending added lorazepam 0.5 mg as needed on 08/20 for afternoon agitation; used twice. I "
         "recommend keeping it to a minimum (falls).")
    gp.p("Plan: continue sertraline 100 mg and reassess in six weeks; if no better, change to mirtazapine for "
         "appetite and sleep.")
    gp.h("Follow-up - 10/14/2026")
    gp.p("Four months of sertraline, three of them at 100 mg: appetite and weight are still down (116 lb), she "
         "remains tearful and withdrawn, and the PHQ-9 is 15 today against 14 in September. No meaningful "
         "response to sertraline.")
    gp.p("Plan: stop sertraline after today's dose (low dose, short taper not needed). Start mirtazapine 7.5 mg at "
         "bedtime tomorrow, 10/15/2026, and increase to 15 mg on 10/29/2026. Orders written.")
    gp.page()
    gp.h("Follow-up - 11/19/2026")
    gp.p("Mirtazapine 15 mg at bedtime since 10/29 (7.5 mg from 10/15). She is eating most of her meals and her "
         "weight is up to 120 lb; sleeping through the night without the as-needed trazodone. Staff say she is "
         "'a little brighter' and has joined bingo again, though still tearful when her daughter leaves. "
         "PHQ-9 9 today. Partial response so far; continue mirtazapine 15 mg. If she plateaus, consider "
         "22.5 mg in January.")
    gp.p("Reminiscence therapy: Dr. Quist reports that she enjoys the sessions and speaks more about her late "
         "husband, but her withdrawal and tearfulness have not changed over the three months of weekly visits. "
         "Sessions continue.")
    gp.p("Safety: denies any wish to die at present; no thoughts of self-harm.")
    gp.p("Other medicines unchanged: levothyroxine, amlodipine, donepezil, scheduled acetaminophen. "
         "Nitrofurantoin course for the October urinary tract infection completed 10/24.")
    gp.line("Electronically signed: J. Trevisani, PMHNP-BC, 11/19/2026 16:40")
    G = gp.filename
    t = truth(
        "FICTIONAL case. A nursing home's October 2026 medication administration record (landscape PDF, 2 pages, "
        "initials by day, a PRN page) and the visiting geriatric psychiatry NP's notes (3-page PDF). Rows: "
        "citalopram 2019-2023 stopped for a prolonged QTc; bupropion XL late 2023, pacing and insomnia; sertraline "
        "06/02-10/14/2026 (the MAR's 100 mg line starts 07/14, a dose step), no meaningful response (p. 2); "
        "mirtazapine from 10/15/2026, 7.5 then 15 mg as two MAR lines, partial (p. 3); reminiscence therapy weekly "
        "from 08/12/2026, enjoys it but withdrawal unchanged. Not rows: trazodone and lorazepam PRN, "
        "levothyroxine, amlodipine, donepezil, acetaminophen, nitrofurantoin (UTI), bisacodyl, the daughter's "
        "venlafaxine, ECT refused, the 22.5 mg step considered.",
        [
            H("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2023",
              "'took the edge off'; stopped by a cardiologist in 2023 for a prolonged QTc (512 ms)", "side_effects",
              src(G, 1, "A cardiologist stopped it in 2023 when her ECG showed a prolonged QTc (512 ms)")),
            H("bupropion", "NDRI", "antidepressant", "XL 150 mg", "2023", "2023",
              "within about three weeks pacing at night and not sleeping; her daughter stopped it", "side_effects",
              src(G, 1, "within about three weeks she was pacing at night and not sleeping, and Ruth stopped it")),
            H("sertraline", "SSRI", "antidepressant", "100 mg daily", "2026-06-02", "2026-10-14",
              "appetite and weight still down, tearful and withdrawn, PHQ-9 15 against 14: no meaningful response",
              "no_response",
              src(G, 2, "No meaningful response to sertraline")),
            H("mirtazapine", "NaSSA", "antidepressant", "15 mg at bedtime", "2026-10-15", None,
              "eating most meals, weight up, sleeping; 'a little brighter', still tearful; partial response so far",
              "partial_response",
              src(G, 3, "Partial response so far; continue mirtazapine 15 mg")),
            H("reminiscence therapy", "psychotherapy", "psychotherapy", "weekly", "2026-08-12", None,
              "enjoys the sessions, but withdrawal and tearfulness have not changed over three months; continues",
              "no_response",
              src(G, 3, "her withdrawal and tearfulness have not changed over the three months of weekly visits")),
        ],
        [
            S("PHQ-9", 15, "2026-06-02", src(G, 1, "PHQ-9 (resident interview) 15 today")),
            S("PHQ-9", 14, "2026-09-03", src(G, 2, "after lunch. PHQ-9 14.")),
            S("PHQ-9", 15, "2026-10-14", src(G, 2, "the PHQ-9 is 15 today against 14 in September")),
            S("PHQ-9", 9, "2026-11-19", src(G, 3, "PHQ-9 9 today")),
        ],
        [
            D("F33.1", src(F, 1, "F33.1 major depressive disorder, recurrent, moderate")),
            D("F03.90", src(F, 1, "F03.90 dementia, unspecified")),
            D("I10", src(F, 1, "I10 hypertension")),
            D("E03.9", src(F, 1, "E03.9 hypothyroidism")),
            D("M17.11", src(F, 1, "M17.11 osteoarthritis, right knee")),
            D("N39.0", src(F, 1, "N39.0 urinary tract infection")),
        ],
        SI("passive", src(G, 1, "some mornings wishes she had not woken up, but she would never do anything to "
                                "hurry it")),
    )
    return slug, [mar, gp], t


# ------------------------------------------------------------------------------------------------ case 02


def case02():
    slug = "02-hand-filled-intake-questionnaire-scan"
    d = Doc("new_patient_questionnaire_scan.pdf", "scan", font="LiberationSans", size=10,
            header="Brightwater Behavioral Health (FICTIONAL) - 88 Quarry Lane, Dunmore Falls, PA - 555-0119",
            hand_font="DejaVuSans-Oblique")
    d.title("NEW PATIENT QUESTIONNAIRE (please print) - FICTIONAL SAMPLE", size=13)
    d.form([("p", "Name:"), ("h", "Kendra Vasquez-Hollis"), ("p", "Today's date:"), ("h", "9/14/2026")])
    d.form([("p", "Date of birth:"), ("h", "3/2/1997"), ("p", "Chart # (office):"), ("h", "FICT-BBH-30988")])
    d.line("What brings you in today?")
    d.form([("h", "depressed most of my life, the meds I'm on only help half way.")], indent=12)
    d.form([("h", "Panic attacks are back since June.")], indent=12)
    d.space(4)
    d.h("1. Medicines for mood, anxiety or sleep - list EVERY one you have ever taken")
    d.table([
        ["Medicine (name)", "About when?", "How long?", "Did it help?", "Why did you stop?"],
        ["Zoloft", "2016 - 2017", "about 1 yr", "yes at first", "quit working after a few months"],
        ["Effexor", "2018", "6 weeks", "not really", "sweating like crazy"],
        ["Wellbutrin", "2019 - 2020", "1 yr", "no", "did nothing"],
        ["Prozac", "2022", "-", "never took it", "couldn't afford, never picked up"],
        ["Lexapro 10 then 20", "Jan 2023 - now", "still on it", "some, half way", "-"],
        ["Abilify 2 mg (w/ Lexapro)", "summer 2023", "2 months", "don't know", "couldn't sit still"],
        ["Xanax .5", "as needed", "-", "for panic", "-"],
        ["melatonin", "most nights", "-", "sleep", "-"],
    ], size=9.5, hand=True)
    d.line("Other medicines you take for any reason (vitamins too):")
    d.form([("h", "Synthroid 75 (thyroid), birth control pill, vitamin D")], indent=12)
    d.page()
    d.h("2. Counseling / therapy")
    d.form([("p", "Have you ever had counseling or therapy?"), ("box", False), ("p", "No"), ("box", True),
            ("p", "Yes")])
    d.form([("p", "What kind?"), ("h", "CBT at the county clinic"), ("p", "When?"), ("h", "2021"),
            ("p", "How many visits?"), ("h", "about 10")])
    d.form([("p", "Did it help?"), ("box", False), ("p", "Yes"), ("box", True), ("p", "Somewhat"),
            ("box", False), ("p", "No")])
    d.h("3. Have you ever had:")
    d.form([("p", "TMS (magnetic stimulation)"), ("box", False), ("p", "Yes"), ("box", True), ("p", "No"),
            ("p", "   ECT (shock treatment)"), ("box", False), ("p", "Yes"), ("box", True), ("p", "No")])
    d.form([("p", "Ketamine or Spravato"), ("box", False), ("p", "Yes"), ("box", True), ("p", "No"),
            ("p", "   Comments:"), ("h", "my cousin did Spravato, it helped her")])
    d.h("4. Family history")
    d.line("Has anyone in your family had depression, anxiety, bipolar disorder or suicide?")
    d.form([("h", "Mom - depression, took Paxil for years. Uncle - bipolar.")], indent=12)
    d.h("5. Safety")
    d.form([("p", "Have you ever tried to hurt or kill yourself?"), ("box", False), ("p", "No"), ("box", True),
            ("p", "Yes")])
    d.form([("p", "If yes, when and what happened?"), ("h", "2017, took a bunch of pills, hospital 3 days")])
    d.form([("p", "In the past month, have you wished you were dead or could go to sleep and not wake up?"),
            ("box", True), ("p", "No"), ("box", False), ("p", "Yes")], size=9.5)
    d.form([("p", "In the past month, have you had thoughts of killing yourself?"), ("box", True), ("p", "No"),
            ("box", False), ("p", "Yes")])
    d.h("6. Alcohol and drugs")
    d.form([("p", "How much do you drink?"), ("h", "2-3 drinks on weekends"), ("p", "Other drugs?"),
            ("h", "none")])
    d.space(6)
    d.rule()
    d.line("FOR OFFICE USE ONLY", bold=True)
    d.form([("p", "PHQ-9 total:"), ("h", "17"), ("p", "GAD-7 total:"), ("h", "13"), ("p", "Reviewed by:"),
            ("h", "D. Okonjo, LCSW"), ("p", "Date:"), ("h", "9/14/26")])
    d.form([("p", "Working diagnoses:"), ("h", "F33.1 MDD recurrent moderate; F41.0 panic disorder")])
    F = d.filename
    t = truth(
        "FICTIONAL case. A new-patient questionnaire the patient filled in by hand, scanned (image-only 2-page "
        "PDF): a medication table in her own words, check boxes, an office-use box. Rows: Zoloft 2016-2017 'yes "
        "at first', 'quit working' (relapse); Effexor 2018 stopped for sweating; Wellbutrin 2019-2020 'did "
        "nothing'; Lexapro 10 then 20 since 01/2023 'some, half way' (partial, open); Abilify 2 mg with the "
        "Lexapro, summer 2023, 'couldn't sit still' (augmentation, side effects); CBT 2021, about 10 visits, "
        "'Somewhat' ticked (partial). Not rows: Prozac never picked up, Xanax as needed, melatonin, Synthroid, "
        "birth control, the cousin's Spravato, mother's Paxil, TMS / ECT / ketamine ticked No. Suicidality: "
        "2017 overdose = attempt.",
        [
            H("sertraline", "SSRI", "antidepressant", None, "2016", "2017",
              "yes at first; quit working after a few months", "relapse",
              src(F, 1, "Zoloft 2016 - 2017 about 1 yr yes at first quit working after a few months")),
            H("venlafaxine", "SNRI", "antidepressant", None, "2018", "2018",
              "not really; stopped after 6 weeks, sweating like crazy", "side_effects",
              src(F, 1, "Effexor 2018 6 weeks not really sweating like crazy")),
            H("bupropion", "NDRI", "antidepressant", None, "2019", "2020", "no; did nothing", "no_response",
              src(F, 1, "Wellbutrin 2019 - 2020 1 yr no did nothing")),
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-01", None, "some, half way; still on it",
              "partial_response",
              src(F, 1, "Lexapro 10 then 20 Jan 2023 - now still on it some, half way")),
            H("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2023", "2023",
              "don't know; stopped after 2 months, couldn't sit still", "side_effects",
              src(F, 1, "Abilify 2 mg (w/ Lexapro) summer 2023 2 months don't know couldn't sit still")),
            H("CBT", "psychotherapy", "psychotherapy", "about 10 visits", "2021", "2021",
              "Did it help? Somewhat", "partial_response",
              src(F, 2, "Did it help? [ ] Yes [X] Somewhat [ ] No")),
        ],
        [
            S("PHQ-9", 17, "2026-09-14", src(F, 2, "PHQ-9 total: 17")),
            S("GAD-7", 13, "2026-09-14", src(F, 2, "GAD-7 total: 13")),
        ],
        [
            D("F33.1", src(F, 2, "F33.1 MDD recurrent moderate")),
            D("F41.0", src(F, 2, "F41.0 panic disorder")),
        ],
        SI("attempt", src(F, 2, "2017, took a bunch of pills, hospital 3 days")),
    )
    return slug, [d], t


# ------------------------------------------------------------------------------------------------ case 03


def case03():
    slug = "03-sleep-clinic-followup-pdf"
    d = Doc("sleep_medicine_followup_2026-11-03.pdf", "pdf", font="LiberationSans", size=10,
            header="Northfield Sleep & Breathing Center (FICTIONAL) - 12 Harrow Court, Elm Crossing, MN - 555-0131")
    d.title("Sleep Medicine Follow-up Visit - FICTIONAL SAMPLE RECORD")
    d.line("Patient: Theresa Lindqvist-Moore   DOB 06/23/1974   MRN FICT-NSB-61270   Date of visit: 11/03/2026")
    d.line("Clinician: Anil Ferreira-Watts, MD (Sleep Medicine)   Referring: Ruth Adeyemi, MD (Psychiatry)")
    d.h("Reason for visit")
    d.p("Three-month follow-up of moderate obstructive sleep apnea on CPAP and of chronic insomnia.")
    d.h("History of present illness")
    d.p("CPAP (auto 6-14 cm H2O) since 07/28/2026 after a home sleep test on 07/09/2026 (AHI 22). Download: "
        "used on 88% of nights, average 6.1 hours, residual AHI 2.1, mask leak acceptable. Daytime sleepiness "
        "better (Epworth 8, was 14). Sleep onset still 45-60 minutes on three or four nights a week; she lies "
        "awake 'running lists'. Insomnia Severity Index 17.")
    d.h("Antidepressants and other medicines relevant to sleep")
    d.p("Reviewed with her today and against Dr. Adeyemi's notes:")
    d.p("- Fluoxetine 20 mg from November 2020 to February 2021: it made her insomnia much worse ('wired at "
        "2 am') and she stopped it; her mood had not changed by then.", indent=10)
    d.p("- Mirtazapine 15 mg at bedtime, prescribed by her primary care doctor for depression from 03/2021: she "
        "slept well on it but gained 25 lb and her mood was no better; stopped in 09/2022 because of the weight "
        "gain.", indent=10)
    d.p("- Interpersonal therapy, 12 sessions in 2023 after her divorce: her mood improved somewhat (PHQ-9 19 "
        "to 13 over the course), and she uses what she learned about the role change.", indent=10)
    d.p("- Vortioxetine (Trintellix), started by Dr. Adeyemi in 03/2025, 20 mg since 05/2025: her mood is "
        "clearly better, 'about 70% of the way back', and it does not disturb her sleep. Continues.", indent=10)
    d.p("- Bupropion XL 150 mg each morning, added to the vortioxetine by Dr. Adeyemi on 08/12/2026 for low "
        "energy; she takes it at 7 am. Too early to say whether it has helped her energy; it has not made sleep "
        "onset worse as far as she can tell.", indent=10)
    d.p("Sleep medicines: trazodone 50-100 mg at bedtime for sleep 2021-2024 (helped her fall asleep, groggy "
        "mornings); doxepin 3 mg for sleep maintenance in 2024, no effect, stopped after a month; zolpidem 5 mg "
        "as needed about twice a week since 2025. Gabapentin 300 mg at bedtime for restless legs since 2024. "
        "Her husband also uses CPAP and takes trazodone.")
    d.p("Mood today: PHQ-9 9 (12 at the 08/04/2026 visit), GAD-7 6. PHQ-9 item 9 scored 0; she denies thoughts "
        "of death or suicide and has never attempted suicide.")
    d.page()
    d.h("Examination")
    d.p("BMI 31.4 (33.0 in July). Neck 15.5 in. Mallampati III. No CPAP pressure marks beyond the bridge of the "
        "nose. Alert, good eye contact, mood 'tired but okay', affect reactive.")
    d.h("Assessment")
    d.p("1. Obstructive sleep apnea, moderate (G47.33): adherent to CPAP with good control; daytime sleepiness "
        "improving.")
    d.p("2. Chronic insomnia, primary (F51.01): sleep-onset type, conditioned arousal and worry; not explained "
        "by the apnea now that it is treated.")
    d.p("3. Major depressive disorder, recurrent, in partial remission (F33.41): treated by Dr. Adeyemi; the "
        "current regimen is sleep-friendly. Bupropion should stay a morning dose.")
    d.p("4. Restless legs syndrome (G25.81): controlled on gabapentin; ferritin 88 in 08/2026.")
    d.h("Plan")
    d.p("- Continue CPAP, same settings; new cushion ordered.", indent=10)
    d.p("- Refer to CBT for insomnia (CBT-I), six sessions with our psychologist; first appointment 12/08/2026.",
        indent=10)
    d.p("- Taper zolpidem to none over four weeks once CBT-I starts.", indent=10)
    d.p("- Discussed suvorexant as an alternative; she prefers to wait for CBT-I.", indent=10)
    d.p("- Letter to Dr. Adeyemi: no change to vortioxetine or bupropion from the sleep standpoint.", indent=10)
    d.p("- Return in 3 months.", indent=10)
    d.line("Electronically signed: A. Ferreira-Watts, MD, 11/03/2026")
    F = d.filename
    t = truth(
        "FICTIONAL case. A sleep clinic's follow-up note (2-page PDF) for OSA and insomnia that reviews the "
        "antidepressants. Rows: fluoxetine 11/2020-02/2021 worsened insomnia, stopped (side effects); mirtazapine "
        "15 mg for depression 03/2021-09/2022, weight gain (side effects); IPT 12 sessions in 2023, mood improved "
        "somewhat (partial); vortioxetine from 03/2025, 20 mg, '70% of the way back' (partial, open); bupropion "
        "XL added 08/12/2026, too early to say (unknown, open). Not rows: trazodone and doxepin 3 mg for sleep, "
        "zolpidem as needed, gabapentin for restless legs, CPAP, husband's CPAP and trazodone, CBT-I referral "
        "and suvorexant discussed (planned).",
        [
            H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2020-11", "2021-02",
              "made her insomnia much worse ('wired at 2 am'); stopped; mood not yet changed", "side_effects",
              src(F, 1, "it made her insomnia much worse ('wired at 2 am') and she stopped it")),
            H("mirtazapine", "NaSSA", "antidepressant", "15 mg at bedtime", "2021-03", "2022-09",
              "slept well but gained 25 lb, mood no better; stopped because of the weight gain", "side_effects",
              src(F, 1, "stopped in 09/2022 because of the weight gain")),
            H("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2023", "2023",
              "her mood improved somewhat (PHQ-9 19 to 13 over the course)", "partial_response",
              src(F, 1, "her mood improved somewhat (PHQ-9 19 to 13 over the course)")),
            H("vortioxetine", "multimodal", "antidepressant", "20 mg", "2025-03", None,
              "mood clearly better, 'about 70% of the way back'; continues", "partial_response",
              src(F, 1, "her mood is clearly better, 'about 70% of the way back'")),
            H("bupropion", "NDRI", "antidepressant", "XL 150 mg", "2026-08-12", None,
              "too early to say whether it has helped her energy", "unknown",
              src(F, 1, "Too early to say whether it has helped her energy")),
        ],
        [
            S("PHQ-9", 9, "2026-11-03", src(F, 1, "Mood today: PHQ-9 9")),
            S("PHQ-9", 12, "2026-08-04", src(F, 1, "12 at the 08/04/2026 visit")),
            S("GAD-7", 6, "2026-11-03", src(F, 1, "GAD-7 6")),
        ],
        [
            D("G47.33", src(F, 2, "Obstructive sleep apnea, moderate (G47.33)")),
            D("F51.01", src(F, 2, "Chronic insomnia, primary (F51.01)")),
            D("F33.41", src(F, 2, "recurrent, in partial remission (F33.41)")),
            D("G25.81", src(F, 2, "Restless legs syndrome (G25.81)")),
        ],
        SI("none", src(F, 1, "she denies thoughts of death or suicide and has never attempted suicide")),
    )
    return slug, [d], t


# ------------------------------------------------------------------------------------------------ case 04


def case04():
    slug = "04-ed-psychiatry-consult-txt"
    d = Doc("ed_psych_consult_2026-07-22.txt", "txt",
            header="Riverbend General Hospital (FICTIONAL) - Emergency Department - FICTIONAL SAMPLE RECORD")
    d.title("PSYCHIATRY CONSULTATION - EMERGENCY DEPARTMENT")
    d.line("Patient: HALVORSEN-ACHEBE, Dmitri    Age/Sex: 34 M    MRN: FICT-RGH-558102")
    d.line("ED arrival: 07/21/2026 22:58 (police)    Consult requested: 07/22/2026 00:40    Seen: 07/22/2026 02:40")
    d.line("Consultant: Sunita Marchetti-Oyelaran, MD (Psychiatry)    Requesting: ED attending T. Brandvold, MD")
    d.line("Sources: patient, his sister Irina (phone), state PDMP and external prescription fill history, "
           "Lakeshore Behavioral discharge summary (03/2022)")
    d.h("CHIEF COMPLAINT")
    d.p("\"I was going to do it tonight.\"")
    d.h("HISTORY OF PRESENT ILLNESS")
    d.p("34-year-old man brought in by police after his sister received a text at 21:10: 'I'm sorry for "
        "everything, take care of Milo.' Police found him in his parked car at the Ashgrove reservoir with a "
        "length of rope he had bought that afternoon. He says he meant to hang himself tonight and was sitting "
        "in the car deciding where when the officers arrived. He did not put the rope around his neck and has "
        "never made a suicide attempt. Low mood, poor sleep, guilt and loss of interest for about four months, "
        "worse since his partner left in June; drinking 4-6 beers most nights since then.")
    d.h("PAST PSYCHIATRIC HISTORY")
    d.p("Depression since his early twenties. Treated by his PCP since 2019. One psychiatric admission, "
        "Lakeshore Behavioral, 03/02/2022 to 03/12/2022 (suicidal ideation without an attempt).")
    d.p("Medication trials (patient and sister; fill history reviewed):")
    d.p("1) Escitalopram 10 then 20 mg, 2019 to 2020, about eight months: \"no effect at all.\" He stopped it.")
    d.p("2) Duloxetine 60 mg from 01/2021: good for about six months, then \"right back where I was\" by fall "
        "2021; continued until the 03/2022 admission, where it was stopped.")
    d.p("3) Venlafaxine XR 150 mg, started in its place during the 03/2022 admission and taken until 11/2022: he "
        "says it \"did nothing\" and stopped it himself.")
    d.p("4) Aripiprazole 5 mg, added to the venlafaxine in the hospital (03/2022): he stopped it about two months "
        "after discharge because he gained 15 lb.")
    d.p("5) Bupropion SR 150 mg twice daily from his PCP since 04/2026. Last fill 07/01/2026 (30 days), but he "
        "admits he stopped taking it around 07/10 \"because it wasn't doing anything.\"")
    d.p("Psychotherapy: six sessions with an employee-assistance counselor in 2023 using a CBT workbook: "
        "\"fine, didn't change much.\"")
    d.p("Never had ECT or TMS. Has read about ketamine and says he \"would try anything\" now.")
    d.p("Other medicines: naltrexone 50 mg daily for alcohol use disorder since 05/2026 (PCP); takes it most "
        "days.")
    d.h("FAMILY HISTORY")
    d.p("Father died by suicide in 2015; he had been treated with lithium for bipolar disorder. Sister with "
        "anxiety.")
    d.h("ED COURSE")
    d.p("Olanzapine 10 mg IM once at 23:50 for agitation in triage (shouting, trying to leave). Lorazepam 1 mg "
        "PO once at 01:30. Calm and cooperative since. Blood alcohol 0.06 g/dL at arrival; acetaminophen and "
        "salicylate negative.")
    d.h("MENTAL STATUS")
    d.p("Unshaven, tired, cooperative. Speech slow. Mood \"empty.\" Affect constricted, tearful about his dog. "
        "Linear. No hallucinations. Insight partial, judgment poor.")
    d.h("RISK ASSESSMENT")
    d.p("C-SSRS (past month): wish to be dead - yes; non-specific active thoughts - yes; method - yes (hanging); "
        "intent - yes; specific plan - yes. Ideation severity 5. Behavior: preparatory act (bought rope "
        "07/21/2026). No lifetime actual, interrupted or aborted attempt. Risk factors: male, alcohol, recent "
        "loss, father's suicide, access to means. Protective: sister, his dog.")
    d.p("PHQ-9 completed in the ED: 24. AUDIT-C 7.")
    d.h("DIAGNOSES")
    d.line("F33.2  Major depressive disorder, recurrent, severe without psychotic features")
    d.line("F10.20 Alcohol use disorder, moderate")
    d.line("R45.851 Suicidal ideation")
    d.h("RECOMMENDATIONS")
    d.p("1. Admit to inpatient psychiatry; emergency hold initiated 07/22/2026 03:15. Constant observation until "
        "transfer.")
    d.p("2. Hold bupropion (not taking it). Recommend the inpatient team start sertraline 50 mg; lithium could "
        "be considered given the family history of suicide; ECT if he does not improve.")
    d.p("3. Continue naltrexone. CIWA monitoring. Thiamine 100 mg daily.")
    d.p("4. Sister to arrange care of his dog; she will remove the rope from the car.")
    d.line("Signed: S. Marchetti-Oyelaran, MD  07/22/2026 03:30")
    F = d.filename
    t = truth(
        "FICTIONAL case. An emergency department psychiatry consult (plain-text EHR export) for a man with a "
        "plan and intent (C-SSRS 5; preparatory act, no attempt = active). Rows: escitalopram 2019-2020 'no "
        "effect'; duloxetine 01/2021-03/2022, good six months then back (relapse); venlafaxine XR 03/2022-11/2022 "
        "'did nothing'; aripiprazole added 03/2022, stopped about two months after discharge for 15 lb (side "
        "effects, augmentation); bupropion SR 04/2026 to about 07/10/2026 'wasn't doing anything' (the fill ran "
        "to 07/31); CBT workbook with an EAP counselor, 6 sessions 2023. Not rows: naltrexone for alcohol use, "
        "olanzapine IM and lorazepam once in the ED, thiamine, father's lithium, ketamine wished for, sertraline / "
        "lithium / ECT recommended.",
        [
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2019", "2020", "\"no effect at all\"; he stopped it",
              "no_response",
              src(F, 1, "Escitalopram 10 then 20 mg, 2019 to 2020, about eight months: \"no effect at all.\"")),
            H("duloxetine", "SNRI", "antidepressant", "60 mg", "2021-01", "2022-03",
              "good for about six months, then \"right back where I was\" by fall 2021", "relapse",
              src(F, 1, "good for about six months, then \"right back where I was\" by fall 2021")),
            H("venlafaxine", "SNRI", "antidepressant", "XR 150 mg", "2022-03", "2022-11",
              "\"did nothing\"; stopped it himself", "no_response",
              src(F, 1, "he says it \"did nothing\" and stopped it himself")),
            H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2022-03", "2022-05",
              "stopped about two months after discharge because he gained 15 lb", "side_effects",
              src(F, 1, "he stopped it about two months after discharge because he gained 15 lb")),
            H("bupropion", "NDRI", "antidepressant", "SR 150 mg twice daily", "2026-04", "2026-07-10",
              "stopped taking it around 07/10 \"because it wasn't doing anything\"", "no_response",
              src(F, 1, "he admits he stopped taking it around 07/10 \"because it wasn't doing anything.\"")),
            H("CBT", "psychotherapy", "psychotherapy", "6 sessions", "2023", "2023",
              "\"fine, didn't change much\"", "no_response",
              src(F, 1, "six sessions with an employee-assistance counselor in 2023 using a CBT workbook")),
        ],
        [
            S("C-SSRS", 5, "2026-07-22", src(F, 1, "Ideation severity 5")),
            S("PHQ-9", 24, "2026-07-22", src(F, 1, "PHQ-9 completed in the ED: 24")),
        ],
        [
            D("F33.2", src(F, 1, "F33.2  Major depressive disorder, recurrent, severe")),
            D("F10.20", src(F, 1, "F10.20 Alcohol use disorder, moderate")),
            D("R45.851", src(F, 1, "R45.851 Suicidal ideation")),
        ],
        SI("active", src(F, 1, "He says he meant to hang himself tonight")),
    )
    return slug, [d], t


# ------------------------------------------------------------------------------------------------ case 05


def case05():
    slug = "05-utilization-review-case-notes-docx"
    d = Doc("um_case_notes_FICT-HHP-7730.docx", "docx",
            header="Harborline Health Plan (FICTIONAL) - Behavioral Health Utilization Management")
    d.title("Case Management Notes - FICTIONAL SAMPLE RECORD")
    d.line("Member: Priya Castellanos-Ward   DOB 01/30/1985   Member ID FICT-HHP-7730-21   Case FICT-UM-26-01184")
    d.line("Program: Stillwater Partial Hospitalization Program (FICTIONAL), then its intensive outpatient program")
    d.line("Case manager: Rhea Tanaka-Bell, RN, CCM   Phone 555-0153   Notes in date order; oldest first.")
    medhx = ("Med history (per facility): sertraline 2015-2018, remission, tapered off when well; sertraline "
             "again 09/2025-01/2026, up to 200 mg, no response this time; venlafaxine XR since 01/2026, now "
             "225 mg. CBT 2019, 16 sessions, partial benefit.")
    d.h("03/02/2026 10:14 - Initial review, PHP - R. Tanaka-Bell, RN")
    d.p("Clinical from facility (J. Morrow, LCSW, by phone): 41-year-old with recurrent depression worsening "
        "since 12/2025, off work since 02/09/2026. Passive and intermittent active suicidal ideation without a "
        "plan; C-SSRS ideation severity 2 at PHP intake today. PHQ-9 23. No suicide attempts. Outpatient "
        "psychiatrist Dr. Lionel Feinberg.")
    d.p(medhx)
    d.p("Diagnoses submitted: F33.2 major depressive disorder, recurrent, severe without psychotic features; "
        "F41.1 generalized anxiety disorder.")
    d.p("Determination: PHP criteria met. Authorized 5 days, 03/02-03/06. Next review 03/06.")
    d.h("03/06/2026 14:02 - Concurrent review, PHP - R. Tanaka-Bell, RN")
    d.p("Facility update: attending Dr. Okafor added aripiprazole 2 mg to venlafaxine XR 225 mg today (03/06). "
        "PHQ-9 19. Suicidal ideation passive only. Attends groups 5 days a week.")
    d.p(medhx)
    d.p("Determination: authorized 5 more days, 03/09-03/13.")
    d.h("03/13/2026 11:40 - Concurrent review, PHP - R. Tanaka-Bell, RN")
    d.p("Aripiprazole increased to 5 mg on 03/11. Member reports restlessness since 03/12 ('I can't stop moving "
        "my legs'); facility monitoring for akathisia. PHQ-9 17.")
    d.p(medhx)
    d.p("Determination: authorized through 03/20.")
    d.h("03/20/2026 09:55 - Concurrent review, PHP - R. Tanaka-Bell, RN")
    d.p("Aripiprazole discontinued 03/19 because of akathisia; restlessness resolving. Propranolol 10 mg as "
        "needed was given twice. PHQ-9 15. C-SSRS ideation severity 0 since 03/13.")
    d.p("Facility asked for authorization of TMS. Reviewed with the medical director (Dr. P. Lindahl): "
        "criteria not met (fewer than four adequate medication trials in this episode); TMS denied. Member and "
        "facility told of appeal rights by phone and letter.")
    d.p(medhx)
    d.p("Determination: step-down to IOP approved from 03/23, 3 days a week.")
    d.h("04/06/2026 15:20 - IOP review - R. Tanaka-Bell, RN")
    d.p("IOP 3 days a week since 03/23. Venlafaxine XR 225 mg continued. Dr. Feinberg added lithium carbonate "
        "300 mg twice daily to the venlafaxine today (04/06). PHQ-9 13. Hydroxyzine 25 mg as needed for anxiety; "
        "levothyroxine 88 mcg unchanged.")
    d.p(medhx)
    d.p("Determination: 12 IOP days authorized.")
    d.h("04/27/2026 10:05 - IOP review - R. Tanaka-Bell, RN")
    d.p("Lithium stopped 04/24 for nausea and diarrhea (level 0.5 on 04/17); member does not want to try it again.")
    d.p("Venlafaxine XR 225 mg: member says she is 'better but not myself'; PHQ-9 11. Facility describes a "
        "partial response to venlafaxine. IOP discharge planned for 05/08; weekly outpatient therapy to start.")
    d.p(medhx)
    d.h("05/08/2026 16:30 - Discharge from IOP - R. Tanaka-Bell, RN")
    d.p("Discharged from IOP today. Follow-up with Dr. Feinberg 05/12. Plan: continue venlafaxine XR 225 mg; "
        "Dr. Feinberg may ask again for esketamine or TMS if there is no further gain. Her mother, who had ECT "
        "in the 1990s, urges ECT; the member is not interested. Case closed.")
    F = d.filename
    t = truth(
        "FICTIONAL case. A health plan's utilization-management case notes (DOCX) for a partial hospitalization "
        "and intensive outpatient stay, with the facility's medication history copied into every entry. Rows: "
        "sertraline 2015-2018 remission (tapered when well) and sertraline 09/2025-01/2026 no response (two "
        "courses); venlafaxine XR from 01/2026, 225 mg, 'better but not myself', partial (open); aripiprazole "
        "03/06-03/19/2026 akathisia; lithium 04/06-04/24/2026 nausea and diarrhea (both augmentation); CBT 2019, "
        "16 sessions, partial. Not rows: TMS denied by the plan, esketamine or TMS maybe later, mother's ECT, "
        "propranolol and hydroxyzine as needed, levothyroxine, the PHP and IOP themselves (levels of care).",
        [
            H("sertraline", "SSRI", "antidepressant", None, "2015", "2018", "remission, tapered off when well",
              "remission", src(F, 1, "sertraline 2015-2018, remission, tapered off when well")),
            H("sertraline", "SSRI", "antidepressant", "200 mg", "2025-09", "2026-01",
              "up to 200 mg, no response this time", "no_response",
              src(F, 1, "sertraline again 09/2025-01/2026, up to 200 mg, no response this time")),
            H("venlafaxine", "SNRI", "antidepressant", "XR 225 mg", "2026-01", None,
              "'better but not myself'; PHQ-9 11; a partial response", "partial_response",
              src(F, 1, "Facility describes a partial response to venlafaxine")),
            H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-03-06", "2026-03-19",
              "discontinued because of akathisia", "side_effects",
              src(F, 1, "Aripiprazole discontinued 03/19 because of akathisia")),
            H("lithium", "mood stabilizer", "augmentation", "300 mg twice daily", "2026-04-06", "2026-04-24",
              "stopped for nausea and diarrhea (level 0.5)", "side_effects",
              src(F, 1, "Lithium stopped 04/24 for nausea and diarrhea")),
            H("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2019", "2019", "partial benefit",
              "partial_response", src(F, 1, "CBT 2019, 16 sessions, partial benefit")),
        ],
        [
            S("C-SSRS", 2, "2026-03-02", src(F, 1, "C-SSRS ideation severity 2 at PHP intake today")),
            S("PHQ-9", 23, "2026-03-02", src(F, 1, "PHQ-9 23")),
            S("PHQ-9", 19, "2026-03-06", src(F, 1, "PHQ-9 19. Suicidal ideation passive only")),
            S("PHQ-9", 17, "2026-03-13", src(F, 1, "facility monitoring for akathisia. PHQ-9 17")),
            S("PHQ-9", 15, "2026-03-20", src(F, 1, "was given twice. PHQ-9 15")),
            S("C-SSRS", 0, "2026-03-20", src(F, 1, "C-SSRS ideation severity 0 since 03/13")),
            S("PHQ-9", 13, "2026-04-06", src(F, 1, "to the venlafaxine today (04/06). PHQ-9 13")),
            S("PHQ-9", 11, "2026-04-27", src(F, 1, "'better but not myself'; PHQ-9 11")),
        ],
        [
            D("F33.2", src(F, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features")),
            D("F41.1", src(F, 1, "F41.1 generalized anxiety disorder")),
        ],
        SI("active", src(F, 1, "Passive and intermittent active suicidal ideation without a plan; C-SSRS ideation "
                               "severity 2")),
    )
    return slug, [d], t


# ------------------------------------------------------------------------------------------------ case 06


def case06():
    slug = "06-telepsychiatry-transcript-summaries-pdf"
    hdr = "CloverLink Telepsychiatry (FICTIONAL) - virtual clinic - 555-0177 - FICTIONAL SAMPLE RECORD"
    d = Doc("telepsych_visit_summaries_obuya-fitzgerald.pdf", "pdf", font="DejaVuSans", size=9.5, header=hdr)
    ident = "Patient: Lorraine Obuya-Fitzgerald   DOB 04/04/1979   Chart FICT-CLT-40961   Clinician: Mateo Siddiqui-Krantz, MD"
    note = ("Summary drafted from the visit's transcript by the platform and reviewed, corrected and signed by "
            "the clinician. Quotations are verbatim from the transcript.")
    past = ("Past treatment (carried forward): paroxetine about 2005, about four months, weight gain; citalopram "
            "2012-2014, remission, stopped when well; IV ketamine, six infusions 04/2025-05/2025, a few days of "
            "benefit each time; duloxetine 60 mg early 2024 to 09/2026, no effect on mood.")

    d.title("Video Visit Summary - 09/14/2026", size=13)
    d.line(ident, size=8.5)
    d.p(note, italic=True, size=8.5)
    d.h("Summary")
    d.p("Depression worse since the spring; fibromyalgia pain about the same. She has taken duloxetine 60 mg "
        "since early 2024, started by her rheumatologist for pain and mood. Therapy: behavioral activation with "
        "Ingrid Solberg, LMFT, every other week by video since June 2026.")
    d.h("Key exchanges")
    for ln in [
        "Dr. S: How has the Cymbalta been for your mood?",
        "Patient: Honestly, it hasn't touched my mood. My back pain is maybe a little easier, that's all.",
        "Dr. S: You mentioned Paxil years ago.",
        "Patient: Paxil was in my twenties, around 2005. I gained something like thirty pounds, so I quit after "
        "maybe four months.",
        "Patient: Celexa was the one that worked, 2012 to 2014. I felt normal, so my doctor took me off it, and "
        "I was fine for a couple of years after.",
        "Patient: Last year I paid cash for six ketamine infusions at a clinic in Fallon Ridge, in April and May. "
        "Each one helped for a few days and then it wore off, and after the sixth I stopped.",
        "Patient: My husband is on Wellbutrin and he swears by it.",
        "Dr. S: Have you ever had ECT? Patient: No. I'm not doing shock treatment, no way.",
        "Patient: The trazodone I take maybe twice a week when I can't sleep, the 50.",
    ]:
        d.p(ln, indent=10)
    d.h("Measures")
    d.p("PHQ-9 18. GAD-7 12. C-SSRS screen: no wish to be dead, no suicidal thoughts, no behavior.")
    d.h("Diagnoses")
    d.p("F33.1 major depressive disorder, recurrent, moderate. M79.7 fibromyalgia.")
    d.h("Plan")
    d.p("Cross-taper: start desvenlafaxine (Pristiq) 50 mg on 09/21; the same day lower duloxetine to 30 mg, and "
        "take the last duloxetine dose on 09/27. Continue therapy with Ms. Solberg. Return in four weeks.")

    d.page()
    d.title("Video Visit Summary - 10/12/2026", size=13)
    d.line(ident, size=8.5)
    d.p(note, italic=True, size=8.5)
    d.h("Summary")
    d.p("Cross-taper completed: last duloxetine dose 09/27; desvenlafaxine 50 mg since 09/21.")
    d.p(past)
    d.h("Key exchanges")
    for ln in [
        "Patient: The Pristiq made me a little queasy the first week, then that settled. I can't tell yet if it's "
        "doing anything.",
        "Dr. S: It's early. I'd like to go up to 100 milligrams today.",
        "Patient: My insurance denied the Spravato my old doctor wanted, so that's off the table.",
        "Patient: The activation stuff with Ingrid is getting me out of the house. I walk the dog every morning "
        "now.",
    ]:
        d.p(ln, indent=10)
    d.h("Measures")
    d.p("PHQ-9 16. GAD-7 10. C-SSRS screen negative.")
    d.h("Plan")
    d.p("Increase desvenlafaxine to 100 mg daily from today. Return in four weeks.")

    d.page()
    d.title("Video Visit Summary - 11/09/2026", size=13)
    d.line(ident, size=8.5)
    d.p(note, italic=True, size=8.5)
    d.h("Summary")
    d.p("Desvenlafaxine 100 mg since 10/12. Gabapentin 300 mg three times a day for fibromyalgia continues "
        "(rheumatology).")
    d.p(past)
    d.h("Key exchanges")
    for ln in [
        "Patient: The Pristiq at 100 is helping. I'd say I'm forty percent better. Still not myself.",
        "Dr. S: So a partial response so far. We'll keep the dose and see where you are in January.",
        "Patient: Ingrid and I still do the activation every other week. It has helped me do more, and my mood "
        "is a little better with it.",
    ]:
        d.p(ln, indent=10)
    d.h("Measures")
    d.p("PHQ-9 12. GAD-7 9. C-SSRS screen negative.")
    d.h("Plan")
    d.p("Continue desvenlafaxine 100 mg. If she is less than half better by January, consider adding "
        "aripiprazole 2 mg. Continue behavioral activation. Return in eight weeks.")
    d.line("Signed: M. Siddiqui-Krantz, MD, 11/09/2026")
    F = d.filename
    t = truth(
        "FICTIONAL case. Three telepsychiatry video-visit summaries drafted from transcripts (3-page PDF, a visit "
        "a page), with verbatim patient turns and a past-treatment line carried forward. Rows: paroxetine ~2005, "
        "quit after about four months for weight gain; citalopram 2012-2014, remission, stopped when well; IV "
        "ketamine, six infusions 04-05/2025, a few days of benefit each time (relapse, kind other); "
        "duloxetine early 2024 to 09/27/2026 'hasn't touched my mood' (end on p. 2); desvenlafaxine from "
        "09/21/2026, 100 mg, 'forty percent better', partial (p. 3, open); behavioral activation every other week "
        "since 06/2026, mood 'a little better', partial (open). Not rows: husband's Wellbutrin, ECT refused, "
        "trazodone as needed for sleep, Spravato denied by insurance, gabapentin for fibromyalgia, aripiprazole "
        "considered.",
        [
            H("paroxetine", "SSRI", "antidepressant", None, "2005", "2005",
              "gained about thirty pounds; quit after about four months", "side_effects",
              src(F, 1, "I gained something like thirty pounds, so I quit after maybe four months")),
            H("citalopram", "SSRI", "antidepressant", None, "2012", "2014",
              "the one that worked; felt normal; stopped when well", "remission",
              src(F, 1, "Celexa was the one that worked, 2012 to 2014")),
            H("ketamine", "NMDA antagonist (IV, off label)", "other", "6 infusions", "2025-04", "2025-05",
              "each one helped for a few days and then it wore off", "relapse",
              src(F, 1, "Each one helped for a few days and then it wore off")),
            H("duloxetine", "SNRI", "antidepressant", "60 mg", "2024", "2026-09-27",
              "\"it hasn't touched my mood\"", "no_response",
              src(F, 1, "Honestly, it hasn't touched my mood")),
            H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2026-09-21", None,
              "\"I'd say I'm forty percent better. Still not myself.\"; a partial response so far",
              "partial_response",
              src(F, 3, "I'd say I'm forty percent better. Still not myself.")),
            H("behavioral activation", "psychotherapy", "psychotherapy", "every other week", "2026-06", None,
              "has helped her do more; mood a little better", "partial_response",
              src(F, 3, "It has helped me do more, and my mood is a little better with it")),
        ],
        [
            S("PHQ-9", 18, "2026-09-14", src(F, 1, "PHQ-9 18. GAD-7 12")),
            S("GAD-7", 12, "2026-09-14", src(F, 1, "PHQ-9 18. GAD-7 12")),
            S("PHQ-9", 16, "2026-10-12", src(F, 2, "PHQ-9 16. GAD-7 10")),
            S("GAD-7", 10, "2026-10-12", src(F, 2, "PHQ-9 16. GAD-7 10")),
            S("PHQ-9", 12, "2026-11-09", src(F, 3, "PHQ-9 12. GAD-7 9")),
            S("GAD-7", 9, "2026-11-09", src(F, 3, "PHQ-9 12. GAD-7 9")),
        ],
        [
            D("F33.1", src(F, 1, "F33.1 major depressive disorder, recurrent, moderate")),
            D("M79.7", src(F, 1, "M79.7 fibromyalgia")),
        ],
        SI("none", src(F, 1, "C-SSRS screen: no wish to be dead, no suicidal thoughts, no behavior")),
    )
    return slug, [d], t


CASES = [case01, case02, case03, case04, case05, case06]
