"""FICTIONAL test-set generator, notes21: cases 07-12. Every person, clinic, plan and number is invented."""
from model import Doc, Page, Title, Sub, Heading, Para, Line, Form, Table, Gap
from helpers import H, S, D, SI

CASES = []


# =====================================================================================================
# 07 a spouse's typed statement in support of the appeal (TXT)
# =====================================================================================================
def case07():
    f = "statement_of_spouse_alvarado-pike.txt"
    paras = [
        "My name is Gregory Alvarado-Pike. Helena and I have been married for 22 years. I am writing because I "
        "have watched her depression for most of that time and I have kept notes, and I want the reviewer to "
        "know what she has already been through. The plan's letter lists her diagnosis as F33.2.",
        "After our son was born in 2008 her OB put her on Zoloft. She took it for about a year and she was "
        "herself again; she stopped it in 2009 when she felt well.",
        "It came back in 2012 when she lost her job. Her doctor put her back on Zoloft, but it didn't work the "
        "second time. She gave it about six months that year and then stopped.",
        "In 2015, when her father was dying, Dr. Haskins started her on Prozac. It didn't do much. She would "
        "say \"I feel the same,\" and after about four months he switched her to Effexor.",
        "The Effexor was better for a while. For about a year she was close to normal. Then it wore off, even "
        "after they raised it to 300 mg, and by 2017 she was as bad as before. She came off it in the fall of "
        "2017 and the withdrawal was awful.",
        "From 2018 to 2020 she saw a therapist, Ms. Duarte, every other week. I believe it was CBT. It helped "
        "her handle things at work. The depression itself stayed.",
        "In 2021 she tried Trintellix. She threw up most mornings and stopped after six weeks.",
        "Since the spring of 2022 she has taken Cymbalta, 60 mg. It takes the edge off. She is up and dressed "
        "most days, but she is not the person she was.",
        "In 2024 she had TMS at the Riverside Brain Health clinic (fictional), 36 sessions from June to August. "
        "For about two months afterwards she was better than I had seen her in years. By Christmas it was "
        "gone.",
        "Her psychiatrist, Dr. Nwosu, now wants her to try Spravato, and the plan said no. That is why I am "
        "writing. He has also mentioned lithium, which she has not tried. Her sister had ECT at the university "
        "hospital and it helped her, but Helena is afraid of it and has said no.",
        "She takes Ambien some nights when she can't sleep, and a thyroid pill every morning. I take Lexapro "
        "myself and it has helped me, so I know these medicines can work for some people. Our son takes "
        "Adderall for ADHD.",
        "In March 2025 she told me she didn't want to wake up in the morning anymore. She has never tried to "
        "hurt herself. At her visit in October her PHQ-9 was 21; she showed me the paper.",
        "I am asking you to approve Spravato for my wife. Please call me if you have any questions.",
    ]
    blocks = [Title("STATEMENT IN SUPPORT OF APPEAL (FICTIONAL SAMPLE)"),
              Line("Member: Helena Alvarado-Pike (FICTIONAL)   Member ID: FICT-88213-04"),
              Line("Written by: Gregory Alvarado-Pike, her husband"),
              Line("Date: November 20, 2026"),
              Line("Re: Crestline Health Plan (fictional) denial of Spravato (esketamine), letter dated 10/28/2026"),
              Gap()]
    blocks += [Para(p) for p in paras]
    blocks += [Line("Gregory Alvarado-Pike"), Line("Phone 555-0163")]
    doc = Doc(f, "txt", [Page(blocks)], header="FICTIONAL SAMPLE - all names, plans and numbers are invented",
              txt_width=88)
    history = [
        H("sertraline", "SSRI", "antidepressant", None, "2008", "2009",
          "took it about a year and she was herself again; stopped in 2009 when she felt well", "remission", f, 1,
          "She took it for about a year and she was herself again; she stopped it in 2009 when she felt well."),
        H("sertraline", "SSRI", "antidepressant", None, "2012", "2012",
          "it didn't work the second time; about six months, then stopped", "no_response", f, 1,
          "Her doctor put her back on Zoloft, but it didn't work the second time."),
        H("fluoxetine", "SSRI", "antidepressant", None, "2015", "2015",
          "It didn't do much. 'I feel the same'; switched to Effexor after about four months", "no_response", f, 1,
          "It didn't do much. She would say \"I feel the same,\""),
        H("venlafaxine", "SNRI", "antidepressant", "300 mg", "2015", "2017",
          "better for a while, close to normal for about a year, then it wore off; as bad as before by 2017",
          "relapse", f, 1, "For about a year she was close to normal. Then it wore off"),
        H("CBT", "psychotherapy", "psychotherapy", "every other week", "2018", "2020",
          "It helped her handle things at work. The depression itself stayed.", "no_response", f, 1,
          "It helped her handle things at work. The depression itself stayed."),
        H("vortioxetine", "serotonin modulator", "antidepressant", None, "2021", "2021",
          "She threw up most mornings and stopped after six weeks.", "side_effects", f, 1,
          "She threw up most mornings and stopped after six weeks."),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2022", None,
          "It takes the edge off ... up and dressed most days, but she is not the person she was",
          "partial_response", f, 1, "She is up and dressed most days, but she is not the person she was."),
        H("TMS", "rTMS", "neuromodulation", "36 sessions", "2024-06", "2024-08",
          "better than in years for about two months afterwards; by Christmas it was gone", "relapse", f, 1,
          "By Christmas it was gone."),
    ]
    scales = [S("PHQ-9", 21, "2026-10", f, 1, "At her visit in October her PHQ-9 was 21")]
    diagnoses = [D("F33.2", f, 1, "The plan's letter lists her diagnosis as F33.2")]
    return dict(
        slug="07-spouse-statement-txt",
        note="FICTIONAL case. A husband's typed statement for his wife's appeal, plain text: the history told "
             "in lay words, brand names and years. Rows: Zoloft 2008-2009 (herself again, stopped when well: "
             "remission); Zoloft again 2012 (didn't work the second time); Prozac 2015 (didn't do much); Effexor "
             "2015-2017 (close to normal a year, then wore off: relapse); CBT 2018-2020 (helped at work, "
             "depression stayed); Trintellix 2021 (vomiting, stopped: side effects); Cymbalta since spring 2022 "
             "(takes the edge off: partial, open); TMS 06-08/2024, 36 sessions (gone by Christmas: relapse). "
             "Not rows: Spravato requested, lithium mentioned and not tried, the sister's ECT (Helena said no), "
             "Ambien some nights, the thyroid pill, the husband's own Lexapro, the son's Adderall.",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("passive", f, 1, "she told me she didn't want to wake up in the morning anymore"),
    )


CASES.append(case07())


# =====================================================================================================
# 08 Medicare Part D comprehensive medication review: cover letter, to-do list, personal medication list
# =====================================================================================================
def case08():
    f = "mtm_comprehensive_medication_review_brzezinski.pdf"
    p1 = Page([
        Title("Keystone Senior Health Plan (FICTIONAL)"),
        Sub("Medication Therapy Management Program - 300 Foundry Street, Millbrook, PA (fictional) - 555-0129"),
        Gap(6),
        Line("September 15, 2026"),
        Gap(4),
        Line("Walter Brzezinski (FICTIONAL)"),
        Line("22 Linden Court, Millbrook, PA (fictional)"),
        Line("Member ID: FICT-KSH-771204"),
        Gap(6),
        Para("Dear Mr. Brzezinski,"),
        Para("Thank you for talking with me by telephone on September 15, 2026 for a review of all your "
             "medicines. This letter, your Recommended To-Do List and your Medication List are what we talked "
             "about. Keep them, and bring them to your appointments."),
        Para("About your mood: you told me the sertraline your psychiatrist, Dr. Devika Patel, started in May "
             "2024 has helped your mood some, but you still feel low most days. You finished 10 sessions of "
             "problem-solving therapy at the Millbrook Senior Center from February to May 2026; you said it was "
             "\"a real help with getting things done, but the low feeling hangs on.\" Your PHQ-9 with me today "
             "was 14. You said you have had no thoughts of harming yourself."),
        Para("Dr. Patel sent a prescription for vortioxetine (Trintellix) in August. Your plan needs prior "
             "authorization for it, and the pharmacy did not fill it, so you have never taken it. I have sent "
             "Dr. Patel the form."),
        Para("Conditions on file with your plan: F33.1 depression (major depressive disorder, recurrent, "
             "moderate); E11.42 type 2 diabetes with nerve damage in the feet; I10 high blood pressure; N40.1 "
             "enlarged prostate with urinary symptoms."),
        Para("If you have questions, call me at 555-0129, Monday to Friday."),
        Line("Amara Lindqvist, PharmD (fictional)"),
    ])
    p2 = Page([
        Title("Recommended To-Do List", 13),
        Para("Prepared on 09/15/2026 for Walter Brzezinski (FICTIONAL).", italic=True),
        Form("What we talked about:", "Feeling low most days.", 150),
        Form("What I should do:", "Ask Dr. Patel whether adding aripiprazole, which she mentioned in July, could "
                                  "help. Keep taking sertraline every morning.", 150),
        Form("What we talked about:", "Sleep.", 150),
        Form("What I should do:", "Use trazodone only on nights I cannot sleep. Do not take my wife's "
                                  "alprazolam.", 150),
        Form("What we talked about:", "Falls at night.", 150),
        Form("What I should do:", "Use the night light; get up slowly.", 150),
        Gap(8),
        Title("Medication List - medicines I take now", 13),
        Table(["Medicine", "How I use it", "Why I use it", "Prescriber", "Started"], [
            ["Sertraline 100 mg tablet", "1 tablet every morning", "Depression", "Dr. Patel", "05/2024"],
            ["Nortriptyline 25 mg capsule", "1 capsule at bedtime", "Nerve pain in my feet", "Dr. Osterhout",
             "2023"],
            ["Gabapentin 300 mg capsule", "1 capsule three times a day", "Nerve pain in my feet", "Dr. Osterhout",
             "2022"],
            ["Trazodone 50 mg tablet", "1/2 tablet at bedtime when I can't sleep", "Sleep", "Dr. Patel", "2024"],
            ["Metformin 1000 mg tablet", "1 tablet twice a day with meals", "Diabetes", "Dr. Osterhout", "2018"],
            ["Lisinopril 20 mg tablet", "1 tablet every morning", "Blood pressure", "Dr. Osterhout", "2016"],
            ["Tamsulosin 0.4 mg capsule", "1 capsule at bedtime", "Prostate", "Dr. Feld", "2021"],
        ], size=8.5),
    ])
    p3 = Page([
        Title("Medication List - medicines I stopped taking", 13),
        Table(["Medicine", "Dates I used it", "Why I stopped"], [
            ["Paroxetine (Paxil) 20 mg", "1998 to 1999", "It helped; I stopped when I felt better"],
            ["Citalopram 20 mg", "2019 to 2022", "My heart doctor found a long QT on my ECG"],
            ["Mirtazapine 15 mg", "2022 to 2023", "Fell twice at night; too drowsy"],
            ["Bupropion XL 150 mg (added to sertraline)", "03/2026 to 06/2026",
             "Blood pressure went up and I could not sleep"],
            ["Oxycodone 5 mg", "03/2025, one week", "Only for pain after knee surgery"],
        ], size=9),
        Gap(6),
        Heading("Allergies and side effects"),
        Line("Codeine: nausea and vomiting."),
        Gap(6),
        Para("This list was made with you on 09/15/2026 from your answers and your pharmacy records. Bring it to "
             "every appointment and tell your pharmacist about any changes.", italic=True),
    ])
    doc = Doc(f, "pdf", [p1, p2, p3], family="serif", size=10.5,
              header="FICTIONAL SAMPLE - Keystone Senior Health Plan (fictional) - Medication Therapy Management")
    history = [
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "1998", "1999",
          "It helped; I stopped when I felt better", "remission", f, 3,
          "Paroxetine (Paxil) 20 mg 1998 to 1999 It helped; I stopped when I felt better"),
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2022",
          "My heart doctor found a long QT on my ECG", "side_effects", f, 3,
          "Citalopram 20 mg 2019 to 2022 My heart doctor found a long QT on my ECG"),
        H("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2022", "2023",
          "Fell twice at night; too drowsy", "side_effects", f, 3,
          "Mirtazapine 15 mg 2022 to 2023 Fell twice at night; too drowsy"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2024-05", None,
          "has helped your mood some, but you still feel low most days", "partial_response", f, 1,
          "has helped your mood some, but you still feel low most days"),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2026-03", "2026-06",
          "Blood pressure went up and I could not sleep", "side_effects", f, 3,
          "Bupropion XL 150 mg (added to sertraline) 03/2026 to 06/2026 Blood pressure went up and I could not "
          "sleep"),
        H("problem-solving therapy", "psychotherapy", "psychotherapy", "10 sessions", "2026-02", "2026-05",
          "'a real help with getting things done, but the low feeling hangs on'", "no_response", f, 1,
          "a real help with getting things done, but the low feeling hangs on"),
    ]
    scales = [S("PHQ-9", 14, "2026-09-15", f, 1, "Your PHQ-9 with me today was 14")]
    diagnoses = [
        D("F33.1", f, 1, "F33.1 depression"),
        D("E11.42", f, 1, "E11.42 type 2 diabetes with nerve damage in the feet"),
        D("I10", f, 1, "I10 high blood pressure"),
        D("N40.1", f, 1, "N40.1 enlarged prostate with urinary symptoms"),
    ]
    return dict(
        slug="08-medicare-mtm-medication-review-pdf",
        note="FICTIONAL case. A Medicare drug plan pharmacist's comprehensive medication review, 3-page PDF: "
             "cover letter (p. 1), recommended to-do list and current medication list (p. 2), stopped medicines "
             "(p. 3), written to the patient ('you', 'I'). Rows: paroxetine 1998-1999 helped, stopped when "
             "better (remission); citalopram 2019-2022 long QT (side effects); mirtazapine 2022-2023 falls, "
             "drowsy (side effects); sertraline since 05/2024 helped some, still low (partial, open); bupropion "
             "XL added 03-06/2026, BP and insomnia (side effects); problem-solving therapy 10 sessions 02-05/2026 "
             "(helped get things done, low feeling hangs on: no response). Not rows: vortioxetine prescribed but "
             "never filled (prior authorization), aripiprazole mentioned, trazodone for sleep, nortriptyline and "
             "gabapentin for nerve pain in the feet (coded E11.42), the wife's alprazolam, oxycodone after "
             "surgery, metformin, lisinopril, tamsulosin.",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("none", f, 1, "You said you have had no thoughts of harming yourself."),
    )


CASES.append(case08())


# =====================================================================================================
# 09 IV ketamine clinic: intake, infusion log, follow-ups; image-only scan
# =====================================================================================================
def case09():
    f = "summit_ridge_ketamine_records_thackeray.pdf"
    log = [
        ["1", "02/16/2026", "42 mg", "126/80", "148/92", "4 mg", "33", "mild dissociation, resolved by 30 min"],
        ["2", "02/18/2026", "42 mg", "124/78", "144/90", "4 mg", "30", "nausea at end; tolerated"],
        ["3", "02/20/2026", "42 mg", "130/84", "150/94", "4 mg", "26", "anxious at start; midazolam 1 mg IV"],
        ["4", "02/23/2026", "42 mg", "122/80", "140/88", "4 mg", "21", "\"first good weekend in years\""],
        ["5", "02/25/2026", "42 mg", "126/82", "142/90", "4 mg", "18", "uneventful"],
        ["6", "02/27/2026", "42 mg", "124/80", "146/88", "4 mg", "14", "series complete"],
    ]
    p1 = Page([
        Title("Summit Ridge Ketamine & Wellness (FICTIONAL)"),
        Sub("2250 Quarry Road, Suite B, Alder Falls, CO (fictional) - 555-0151"),
        Heading("New Patient Assessment - 02/09/2026"),
        Form("Patient:", "Owen Thackeray (FICTIONAL), 36, male", 120),
        Form("Referring psychiatrist:", "Helga Sorensen, MD", 120),
        Form("Assessed by:", "Lionel Abernathy, MD (anesthesiology); Carmen Vidal, PMHNP", 120),
        Heading("Psychiatric history"),
        Para("Recurrent major depression since age 19, and chronic PTSD after military service (Afghanistan "
             "2011-2012)."),
        Heading("Prior antidepressant trials"),
        Line("1. Fluoxetine 40 mg, 2017-2018: no effect after three months at 40 mg."),
        Line("2. Escitalopram 20 mg, 2018-2019: emotional blunting (\"I felt nothing at all\"); stopped."),
        Line("3. Desvenlafaxine 100 mg, 2019-2021: partial response; stopped only when he lost his insurance."),
        Line("4. Aripiprazole 5 mg added to desvenlafaxine, 2020: restless, could not sit through a movie; "
             "stopped after 5 weeks."),
        Line("5. Vilazodone 40 mg, 2022-present: \"takes the edge off\"; continues."),
        Gap(5),
        Para("Psychotherapy: EMDR with Dr. Tamsin Reyes in 2021 for his PTSD, 12 sessions; the nightmares became "
             "less frequent. He has not had psychotherapy for depression. No prior ECT, TMS, ketamine or "
             "esketamine. His father's depression was treated with ECT in the 1990s."),
        Para("Other medicines: prazosin 2 mg at bedtime for nightmares; ibuprofen as needed."),
        Heading("Screening"),
        Line("PHQ-9 23    MADRS 35"),
        Line("C-SSRS: wish to be dead in the past month (ideation severity 1); no active ideation; no lifetime "
             "attempts"),
        Line("BP 128/82, BMI 27. No psychosis; no substance use disorder."),
        Heading("Diagnoses"),
        Line("F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        Line("F43.12 Post-traumatic stress disorder, chronic"),
        Heading("Plan"),
        Para("Induction series of six IV ketamine infusions, 0.5 mg/kg over 40 minutes, three a week from "
             "02/16/2026; vilazodone continues. Ondansetron 4 mg IV before each infusion."),
    ])
    p2 = Page([
        Title("IV Ketamine Infusion Log - Induction Series", 13),
        Sub("Racemic ketamine 0.5 mg/kg IV over 40 min; weight 84 kg (42 mg). MADRS rated before each infusion."),
        Table(["Inf", "Date", "Dose", "BP pre", "BP max", "Ondansetron", "MADRS pre", "Notes"], log, size=8.5),
        Gap(6),
        Line("Post-series assessment 03/06/2026: MADRS 11 (67% below baseline): response."),
        Line("Booster 04/10/2026: 42 mg, MADRS pre 15, uneventful."),
        Line("Booster 05/15/2026: 42 mg, MADRS pre 17, uneventful."),
        Gap(6),
        Line("Infusion nurse: R. Okafor, RN. Physician present: L. Abernathy, MD."),
    ])
    p3 = Page([
        Heading("Follow-up - 07/20/2026 (telephone)"),
        Para("Mood slipping again since late June; he skipped the June booster because he could not pay for it. "
             "MADRS 24 by telephone interview. Denies suicidal ideation. Continues vilazodone 40 mg."),
        Heading("Follow-up - 08/03/2026"),
        Para("The response to the February series and the two boosters has not lasted: he is close to where he "
             "started. No further infusions: his plan does not cover them and he cannot pay. Dr. Sorensen has "
             "submitted a prior authorization request for esketamine (Spravato); we have sent our records to "
             "support it. Vilazodone continues with only partial benefit."),
        Gap(8),
        Line("Carmen Vidal, PMHNP (fictional) - signed 08/03/2026"),
    ])
    doc = Doc(f, "scan", [p1, p2, p3], family="sans", size=10,
              header="FICTIONAL RECORD - Summit Ridge Ketamine & Wellness - Owen Thackeray - MRN FICT-SRK-0942")
    history = [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2017", "2018",
          "no effect after three months at 40 mg", "no_response", f, 1,
          "Fluoxetine 40 mg, 2017-2018: no effect after three months at 40 mg."),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2018", "2019",
          "emotional blunting ('I felt nothing at all'); stopped", "side_effects", f, 1,
          "Escitalopram 20 mg, 2018-2019: emotional blunting"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2019", "2021",
          "partial response; stopped only when he lost his insurance", "partial_response", f, 1,
          "Desvenlafaxine 100 mg, 2019-2021: partial response; stopped only when he lost his insurance."),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2020", "2020",
          "restless, could not sit through a movie; stopped after 5 weeks", "side_effects", f, 1,
          "restless, could not sit through a movie; stopped after 5 weeks"),
        H("vilazodone", "SSRI and 5-HT1A partial agonist", "antidepressant", "40 mg", "2022", None,
          "'takes the edge off'; continues with only partial benefit", "partial_response", f, 3,
          "Vilazodone continues with only partial benefit."),
        H("ketamine", "NMDA antagonist (IV)", "other", "6 infusions and 2 boosters, 0.5 mg/kg", "2026-02-16",
          "2026-05-15", "MADRS 33 to 11 after the series (response); the response to the series and the two "
                        "boosters has not lasted", "relapse", f, 3,
          "The response to the February series and the two boosters has not lasted"),
    ]
    scales = [
        S("PHQ-9", 23, "2026-02-09", f, 1, "PHQ-9 23 MADRS 35"),
        S("MADRS", 35, "2026-02-09", f, 1, "PHQ-9 23 MADRS 35"),
        S("C-SSRS", 1, "2026-02-09", f, 1, "(ideation severity 1)"),
    ]
    for r in log:
        m, d, y = r[1].split("/")
        scales.append(S("MADRS", int(r[6]), f"{y}-{m}-{d}", f, 2, " ".join(r)))
    scales += [
        S("MADRS", 11, "2026-03-06", f, 2, "Post-series assessment 03/06/2026: MADRS 11"),
        S("MADRS", 15, "2026-04-10", f, 2, "Booster 04/10/2026: 42 mg, MADRS pre 15"),
        S("MADRS", 17, "2026-05-15", f, 2, "Booster 05/15/2026: 42 mg, MADRS pre 17"),
        S("MADRS", 24, "2026-07-20", f, 3, "MADRS 24 by telephone interview"),
    ]
    diagnoses = [
        D("F33.2", f, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        D("F43.12", f, 1, "F43.12 Post-traumatic stress disorder, chronic"),
    ]
    return dict(
        slug="09-ketamine-clinic-records-scan",
        note="FICTIONAL case. An IV ketamine clinic's records, image-only 3-page scan: new-patient assessment "
             "with a numbered list of prior trials (p. 1), the induction-series infusion log with MADRS before "
             "each infusion and two boosters (p. 2), follow-ups (p. 3). Rows: fluoxetine 2017-2018 no effect; "
             "escitalopram 2018-2019 emotional blunting (side effects); desvenlafaxine 2019-2021 partial, "
             "stopped for lost insurance (partial: the stop decides nothing); aripiprazole added 2020, "
             "restlessness (side effects); vilazodone 2022-present partial (open, judged p. 3); racemic IV "
             "ketamine 02/16-05/15/2026, six infusions and two boosters, response then lost (relapse, p. 3). "
             "Not rows: EMDR for PTSD (coded F43.12), prazosin for nightmares, ibuprofen as needed, ondansetron "
             "and midazolam given with the infusions, the father's ECT, the requested esketamine.",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("passive", f, 1, "C-SSRS: wish to be dead in the past month"),
    )


CASES.append(case09())


# =====================================================================================================
# 10 primary-care after-visit summaries (patient copies), one a page
# =====================================================================================================
def case10():
    f = "after_visit_summaries_abernathy-yu.pdf"

    def top(date):
        return [Title("After Visit Summary"),
                Sub("FICTIONAL SAMPLE - Maple Hollow Family Medicine (fictional) - 88 Mill Pond Road, Easton Falls, "
                    "VT (fictional) - 555-0108"),
                Form("Patient:", "Corinne Abernathy-Yu (FICTIONAL)   DOB 04/02/1997   MRN FICT-MH-40913", 100),
                Form("Visit:", f"{date} with Priscilla Danforth, DO", 100),
                Form("Reason for visit:", "Depression follow-up", 100)]

    p1 = Page(top("01/13/2026") + [
        Heading("Diagnoses addressed today"),
        Line("Major depressive disorder, single episode, moderate (F32.1)"),
        Line("Iron deficiency anemia (D50.9)"),
        Heading("Your scores today"),
        Line("PHQ-9: 18    GAD-7: 12"),
        Heading("Notes from your provider"),
        Para("You have taken citalopram 20 mg since late October and feel no different, so we are stopping it "
             "and starting sertraline. On question 9 you answered \"more than half the days\". You told me these "
             "are thoughts of ending your life, mostly at night, without a plan, and that you would not act on "
             "them. We made a safety plan together; the 988 line is on the back of this page."),
        Para("You told me you took fluoxetine (Prozac) in 2019 for about three weeks and stopped it when you broke "
             "out in hives. Escitalopram from the student health center in 2021-2022 worked well; you stopped "
             "it with their help after a year of feeling well."),
        Heading("STOP taking these medicines"),
        Line("citalopram 20 mg tablet (CeleXA)"),
        Heading("START taking these medicines"),
        Line("sertraline 50 mg tablet (ZOLOFT): take 1 tablet by mouth daily for 7 days, then 2 tablets daily"),
        Heading("CONTINUE taking these medicines"),
        Line("ferrous sulfate 325 mg tablet: 1 tablet daily (for anemia)"),
        Line("ibuprofen 200 mg tablet: as needed for cramps"),
        Heading("Referrals"),
        Line("Behavioral health (therapy): Lantern Counseling (fictional), 555-0131. The wait for a first visit "
             "is about six weeks."),
        Heading("Next appointment"),
        Line("03/24/2026 10:20 AM with Priscilla Danforth, DO"),
    ])
    p2 = Page(top("03/24/2026") + [
        Heading("Diagnoses addressed today"),
        Line("Major depressive disorder, single episode, moderate (F32.1)"),
        Line("Generalized anxiety disorder (F41.1)"),
        Heading("Your scores today"),
        Line("PHQ-9: 14    GAD-7: 10"),
        Heading("Notes from your provider"),
        Para("You have taken sertraline 100 mg since January. You feel somewhat better: you sleep better but are "
             "still low some days. We are increasing it to 150 mg. You started therapy (CBT) at Lantern "
             "Counseling on 03/02. Please do not take your partner's bupropion (Wellbutrin); if we add a "
             "medicine, we will prescribe it for you. You said the thoughts of ending your life have eased and "
             "now come rarely; you still have your safety plan."),
        Heading("CHANGE how you take these medicines"),
        Line("sertraline 50 mg tablet: now take 3 tablets (150 mg) daily (was 2 tablets)"),
        Heading("START taking these medicines"),
        Line("hydroxyzine 25 mg tablet: 1 tablet as needed for anxiety, up to 3 times a day"),
        Heading("CONTINUE taking these medicines"),
        Line("ferrous sulfate 325 mg tablet: 1 tablet daily (for anemia)"),
        Line("ibuprofen 200 mg tablet: as needed for cramps"),
        Heading("Next appointment"),
        Line("07/14/2026 9:40 AM with Priscilla Danforth, DO"),
    ])
    p3 = Page(top("07/14/2026") + [
        Heading("Diagnoses addressed today"),
        Line("Major depressive disorder, single episode, moderate (F32.1)"),
        Line("Generalized anxiety disorder (F41.1)"),
        Heading("Your scores today"),
        Line("PHQ-9: 9    GAD-7: 7"),
        Heading("Notes from your provider"),
        Para("On sertraline 150 mg you feel much better, \"about 80% back to myself\", though not all the way. "
             "You finished 12 sessions of CBT on 06/22; you said it helped a good deal, though you still have "
             "low days. No thoughts of ending your life since April. If your energy stays low you may add "
             "bupropion XL 150 mg; the prescription is at the pharmacy, but start it only after you have talked "
             "with your therapist. Your ferritin is back to normal."),
        Heading("STOP taking these medicines"),
        Line("hydroxyzine 25 mg tablet (you have not needed it)"),
        Line("ferrous sulfate 325 mg tablet (your iron is back to normal)"),
        Heading("START taking these medicines"),
        Line("bupropion XL 150 mg tablet: 1 tablet every morning, only if you decide to add it"),
        Heading("CONTINUE taking these medicines"),
        Line("sertraline 50 mg tablet: 3 tablets (150 mg) daily"),
        Line("ibuprofen 200 mg tablet: as needed for cramps"),
        Heading("Next appointment"),
        Line("10/13/2026 with Priscilla Danforth, DO"),
    ])
    doc = Doc(f, "pdf", [p1, p2, p3], family="sans", size=10,
              header="FICTIONAL SAMPLE - patient copy - Maple Hollow Family Medicine")
    history = [
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2025-10", "2026-01-13",
          "since late October and feel no different, so we are stopping it", "no_response", f, 1,
          "You have taken citalopram 20 mg since late October and feel no different, so we are stopping it"),
        H("fluoxetine", "SSRI", "antidepressant", None, "2019", "2019",
          "about three weeks; stopped it when you broke out in hives", "side_effects", f, 1,
          "stopped it when you broke out in hives"),
        H("escitalopram", "SSRI", "antidepressant", None, "2021", "2022",
          "worked well; stopped with their help after a year of feeling well", "remission", f, 1,
          "Escitalopram from the student health center in 2021-2022 worked well"),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2026-01", None,
          "feel much better, 'about 80% back to myself', though not all the way", "partial_response", f, 3,
          "about 80% back to myself\", though not all the way"),
        H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2026-03-02", "2026-06-22",
          "helped a good deal, though you still have low days", "partial_response", f, 3,
          "it helped a good deal, though you still have low days"),
    ]
    scales = [
        S("PHQ-9", 18, "2026-01-13", f, 1, "PHQ-9: 18 GAD-7: 12"),
        S("GAD-7", 12, "2026-01-13", f, 1, "PHQ-9: 18 GAD-7: 12"),
        S("PHQ-9", 14, "2026-03-24", f, 2, "PHQ-9: 14 GAD-7: 10"),
        S("GAD-7", 10, "2026-03-24", f, 2, "PHQ-9: 14 GAD-7: 10"),
        S("PHQ-9", 9, "2026-07-14", f, 3, "PHQ-9: 9 GAD-7: 7"),
        S("GAD-7", 7, "2026-07-14", f, 3, "PHQ-9: 9 GAD-7: 7"),
    ]
    diagnoses = [
        D("F32.1", f, 1, "Major depressive disorder, single episode, moderate (F32.1)"),
        D("D50.9", f, 1, "Iron deficiency anemia (D50.9)"),
        D("F41.1", f, 2, "Generalized anxiety disorder (F41.1)"),
    ]
    return dict(
        slug="10-primary-care-after-visit-summaries-pdf",
        note="FICTIONAL case. Three primary-care after-visit summaries (patient copies), 3-page PDF, one visit a "
             "page, with STOP / START / CHANGE / CONTINUE lists and notes written to the patient. Rows: "
             "citalopram from late 10/2025, no different, stopped 01/13/2026 (no response); fluoxetine 2019, "
             "hives (side effects); escitalopram 2021-2022, worked, stopped after a year well (remission); "
             "sertraline from 01/2026, 80% back (partial, open; judged p. 3); CBT 03/02-06/22/2026, 12 sessions, "
             "helped a good deal with low days left (partial). Not rows: bupropion XL on the July START list "
             "(only if she decides), the partner's Wellbutrin, hydroxyzine as needed, ibuprofen as needed, ferrous "
             "sulfate (anemia, coded D50.9), the therapy wait-list.",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("active", f, 1, "these are thoughts of ending your life, mostly at night, without a plan"),
    )


CASES.append(case10())


# =====================================================================================================
# 11 Spanish clinical psychology report (DOCX)
# =====================================================================================================
def case11():
    f = "informe_psicologia_clinica_almazan.docx"
    p = Page([
        Title("Centro de Psicología Clínica Alameda - MUESTRA FICTICIA / FICTIONAL SAMPLE"),
        Sub("Calle del Olmo 14, 2.º, Valladolid (ficticio) - Tel. 555-0170 - Todos los nombres y datos son "
            "inventados"),
        Heading("Informe de psicología clínica"),
        Form("Paciente:", "Rodrigo Almazán Fuentes (ficticio), 41 años"),
        Form("Fecha del informe:", "14/10/2026"),
        Form("Psicóloga:", "Mariana Ybarra Solís, psicóloga clínica (colegiada FICT-CL-2290)"),
        Form("Destinatario:", "Dr. Aaron Whitfield, psiquiatra (Denver, EE. UU.), a petición del paciente"),
        Form("Nota:", "fechas en formato día/mes/año."),
        Heading("Motivo del informe"),
        Para("El paciente se traslada a Estados Unidos por motivos laborales en noviembre de 2026 y solicita un "
             "informe de su tratamiento para su nuevo psiquiatra."),
        Heading("Diagnóstico"),
        Line("F33.1 Trastorno depresivo recurrente, episodio actual moderado (CIE-10)"),
        Line("K21.9 Enfermedad por reflujo gastroesofágico sin esofagitis"),
        Heading("Antecedentes de tratamiento"),
        Para("Primer episodio en 2018. Su médico de familia le pautó fluoxetina 20 mg de marzo de 2018 a enero de "
             "2019, con remisión completa; se retiró de forma pautada al estar asintomático."),
        Para("En 2021, tras el divorcio, presentó un segundo episodio. El psiquiatra de zona, Dr. Benítez, pautó "
             "escitalopram 15 mg en mayo de 2021; a las diez semanas no había mejoría y lo suspendió en agosto de "
             "2021."),
        Para("En 2021 acudió también a seis sesiones de psicoterapia psicodinámica en un centro privado y la "
             "abandonó porque no notaba ningún cambio."),
        Para("Desde septiembre de 2021 toma duloxetina, 60 mg y desde 2022 90 mg. Refiere mejoría parcial: duerme "
             "mejor y ha vuelto al trabajo, pero persisten la anhedonia y el cansancio."),
        Para("En marzo de 2023 se añadió aripiprazol 2,5 mg a la duloxetina; lo dejó a finales de ese mes por "
             "inquietud intensa (acatisia)."),
        Para("No ha tomado litio ni ha recibido TEC. Su psiquiatra ha comentado la esketamina como opción futura. "
             "Su hermano toma sertralina y a su madre le aplicaron TEC en los años noventa."),
        Para("Medicación actual: duloxetina 90 mg por la mañana; lorazepam 1 mg si precisa (lo usa una o dos "
             "veces al mes); omeprazol 20 mg para el reflujo."),
        Heading("Tratamiento en nuestro centro"),
        Para("Terapia cognitivo-conductual (TCC) individual, quincenal, 16 sesiones, del 12/01/2026 al "
             "28/09/2026: activación conductual, reestructuración cognitiva y prevención de recaídas."),
        Table(["Evaluación", "12/01/2026", "28/09/2026"], [
            ["PHQ-9", "20", "13"],
            ["GAD-7", "11", "8"],
            ["BDI-II", "29", "21"],
        ]),
        Para("Resultado: mejoría parcial del ánimo (PHQ-9 de 20 a 13); ha recuperado actividades, pero no "
             "alcanza la remisión."),
        Heading("Riesgo"),
        Para("Ideación suicida pasiva ocasional (\"a veces pienso que sería mejor no despertar\"), sin plan ni "
             "intención. No hay intentos previos."),
        Heading("Recomendaciones"),
        Para("Continuar la psicoterapia en Estados Unidos (se recomienda TCC o terapia interpersonal) y mantener "
             "la duloxetina. Valorar con su psiquiatra otras opciones de potenciación."),
        Line("Mariana Ybarra Solís (ficticia) - Valladolid, 14/10/2026"),
    ])
    doc = Doc(f, "docx", [p], family="sans", size=10,
              header="MUESTRA FICTICIA / FICTIONAL SAMPLE - Centro de Psicología Clínica Alameda")
    history = [
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2018-03", "2019-01",
          "remisión completa; se retiró de forma pautada al estar asintomático", "remission", f, 1,
          "con remisión completa; se retiró de forma pautada al estar asintomático"),
        H("escitalopram", "SSRI", "antidepressant", "15 mg", "2021-05", "2021-08",
          "a las diez semanas no había mejoría y lo suspendió", "no_response", f, 1,
          "a las diez semanas no había mejoría y lo suspendió en agosto de 2021"),
        H("psychodynamic psychotherapy", "psychotherapy", "psychotherapy", "6 sessions", "2021", "2021",
          "la abandonó porque no notaba ningún cambio", "no_response", f, 1,
          "la abandonó porque no notaba ningún cambio"),
        H("duloxetine", "SNRI", "antidepressant", "90 mg", "2021-09", None,
          "mejoría parcial: duerme mejor y ha vuelto al trabajo, pero persisten la anhedonia y el cansancio",
          "partial_response", f, 1, "Refiere mejoría parcial: duerme mejor y ha vuelto al trabajo"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "2,5 mg", "2023-03", "2023-03",
          "lo dejó a finales de ese mes por inquietud intensa (acatisia)", "side_effects", f, 1,
          "lo dejó a finales de ese mes por inquietud intensa (acatisia)"),
        H("CBT", "psychotherapy", "psychotherapy", "16 sesiones", "2026-01-12", "2026-09-28",
          "mejoría parcial del ánimo (PHQ-9 de 20 a 13); no alcanza la remisión", "partial_response", f, 1,
          "mejoría parcial del ánimo (PHQ-9 de 20 a 13)"),
    ]
    scales = [
        S("PHQ-9", 20, "2026-01-12", f, 1, "PHQ-9 20 13"),
        S("PHQ-9", 13, "2026-09-28", f, 1, "PHQ-9 20 13"),
        S("GAD-7", 11, "2026-01-12", f, 1, "GAD-7 11 8"),
        S("GAD-7", 8, "2026-09-28", f, 1, "GAD-7 11 8"),
    ]
    diagnoses = [
        D("F33.1", f, 1, "F33.1 Trastorno depresivo recurrente, episodio actual moderado"),
        D("K21.9", f, 1, "K21.9 Enfermedad por reflujo gastroesofágico sin esofagitis"),
    ]
    return dict(
        slug="11-informe-psicologia-clinica-espanol-docx",
        note="FICTIONAL case (MUESTRA FICTICIA). A Spanish clinical psychologist's report for the patient's new "
             "US psychiatrist, DOCX, dates day/month/year. Rows: fluoxetina 03/2018-01/2019 remisión completa "
             "(remission); escitalopram 05-08/2021 sin mejoría (no response); psicoterapia psicodinámica 2021, "
             "six sessions, no change (no response); duloxetina from 09/2021, mejoría parcial (partial, open); "
             "aripiprazol 2,5 mg added to duloxetina 03/2023, acatisia (side effects); TCC 12/01-28/09/2026, 16 "
             "sessions, partial (CBT). Not rows: litio and TEC never, esketamina as a future option, the "
             "brother's sertralina, the mother's TEC, lorazepam si precisa, omeprazol (reflux, coded K21.9), "
             "the recommended TCC or interpersonal therapy in the US.",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("passive", f, 1, "Ideación suicida pasiva ocasional"),
    )


CASES.append(case11())


# =====================================================================================================
# 12 psychiatrist's letter of medical necessity for esketamine, with an enclosed timeline
# =====================================================================================================
def case12():
    f = "letter_of_medical_necessity_lindholm.pdf"
    p1 = Page([
        Title("Clearwater Psychiatric Partners (FICTIONAL)"),
        Sub("610 Beacon Row, Suite 4, Hartwell, NC (fictional) - tel 555-0185 - fax 555-0186"),
        Gap(6),
        Line("November 3, 2026"),
        Gap(4),
        Line("Crestline Health Plan (fictional)"),
        Line("Pharmacy Prior Authorization and Appeals"),
        Line("PO Box 0000, Hartwell, NC (fictional)"),
        Gap(6),
        Line("Re: Beatriz Lindholm (FICTIONAL), DOB 02/14/1995, Member ID FICT-CHP-339018", bold=True),
        Line("Request: Spravato (esketamine) nasal spray - appeal of the denial dated 10/20/2026", bold=True),
        Gap(4),
        Para("To the reviewer:"),
        Para("I am Ms. Lindholm's treating psychiatrist and have seen her since 06/2020. I am writing to ask you "
             "to approve Spravato (esketamine) for her treatment-resistant depression. Your denial states that "
             "she has not tried augmentation and has not completed adequate trials of two antidepressants. Both "
             "statements are incorrect, as the history below and the enclosed timeline show."),
        Para("Diagnoses: F33.2 major depressive disorder, recurrent, severe without psychotic features; F41.1 "
             "generalized anxiety disorder."),
        Para("Current status: on 10/14/2026 her PHQ-9 was 23 and her MADRS 36. On the C-SSRS she reported "
             "active thoughts of suicide with a method in mind but no intent or plan (ideation severity 3); she "
             "has never made an attempt. She has missed 19 days of work since August."),
        Heading("Treatment history"),
        Para("Sertraline was started in 06/2020 and raised to 200 mg; by 01/2021 there had been no meaningful "
             "response after twelve weeks at that dose, and it was stopped."),
        Para("Venlafaxine XR followed from 02/2021, up to 225 mg. She had a partial response by the spring, but "
             "sexual side effects she could not accept led her to stop it in 11/2021."),
        Para("Lithium carbonate was added to the venlafaxine from 06/2021 to 09/2021 (level 0.7 mmol/L): no "
             "additional benefit, and a hand tremor that interfered with her work as a software engineer; it was "
             "stopped."),
        Para("Bupropion XL was started in 12/2021 at 150 mg and raised to 450 mg in 03/2022; its course is "
             "described on the enclosed timeline."),
    ])
    p2 = Page([
        Para("Vortioxetine was started in 09/2022 and has been taken at 20 mg since 11/2022. It has given a "
             "partial response, which is why she continues it, but it is not enough."),
        Para("Cognitive behavioral therapy, weekly, 01/2023 to 07/2023 (24 sessions): she learned skills that "
             "helped her at work, but the depression itself did not change."),
        Para("Transcranial magnetic stimulation, 30 sessions from 02/05/2024 to 03/15/2024: no response; her "
             "ratings did not change."),
        Para("ECT was discussed in 2024. She attended a consultation and declined because of the risk to her "
             "memory in her work. I would raise it again only if esketamine is not approved."),
        Para("Other medicines: zolpidem 5 mg at bedtime as needed for sleep (two or three nights a week); "
             "propranolol 10 mg before presentations for performance anxiety; an etonogestrel implant. Her "
             "mother has done well on Spravato, which is part of why Ms. Lindholm is willing to try it."),
        Heading("Why esketamine is medically necessary"),
        Para("Ms. Lindholm has not responded adequately to four antidepressants (sertraline, venlafaxine XR, "
             "bupropion XL and vortioxetine) at adequate doses and durations, to one augmentation (lithium), to "
             "a course of CBT and to a course of TMS. Esketamine is indicated for treatment-resistant depression "
             "in adults, with an oral antidepressant or, since January 2025, alone. I request approval of "
             "Spravato 56 mg twice weekly for the induction phase, then as labelled. Please approve this "
             "request."),
        Gap(8),
        Line("Wendell Oyama-Fitch, MD (fictional), board-certified psychiatrist"),
        Line("Enclosure: treatment timeline (page 3)"),
    ])
    p3 = Page([
        Title("Enclosure: treatment timeline - Beatriz Lindholm (FICTIONAL)", 13),
        Sub("Prepared by Clearwater Psychiatric Partners (fictional) from the chart, 11/02/2026"),
        Table(["Dates", "Treatment", "Dose", "Result"], [
            ["06/2020 - 01/2021", "sertraline", "200 mg", "no response; stopped"],
            ["02/2021 - 11/2021", "venlafaxine XR", "225 mg", "partial response; stopped for sexual side effects"],
            ["06/2021 - 09/2021", "lithium carbonate (added to venlafaxine XR)", "level 0.7",
             "no added benefit; tremor; stopped"],
            ["12/2021 - 08/2022", "bupropion XL", "450 mg",
             "good response by 04/2022; lost by 08/2022 despite 450 mg; stopped"],
            ["09/2022 - present", "vortioxetine", "20 mg", "partial response; continuing"],
            ["01/2023 - 07/2023", "CBT, weekly", "24 sessions", "coping skills; mood unchanged"],
            ["02/05/2024 - 03/15/2024", "TMS", "30 sessions", "no response"],
        ], size=8.5),
        Gap(6),
        Line("Scores: PHQ-9 23 and MADRS 36 on 10/14/2026; C-SSRS ideation severity 3 on 10/14/2026."),
    ])
    doc = Doc(f, "pdf", [p1, p2, p3], family="serif", size=10.5,
              header="FICTIONAL SAMPLE - Clearwater Psychiatric Partners - Letter of Medical Necessity")
    history = [
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2020-06", "2021-01",
          "no response; stopped", "no_response", f, 3, "06/2020 - 01/2021 sertraline 200 mg no response; stopped"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2021-02", "2021-11",
          "partial response; stopped for sexual side effects", "side_effects", f, 3,
          "02/2021 - 11/2021 venlafaxine XR 225 mg partial response; stopped for sexual side effects"),
        H("lithium", "mood stabilizer", "augmentation", "level 0.7", "2021-06", "2021-09",
          "no added benefit; tremor; stopped", "side_effects", f, 3,
          "06/2021 - 09/2021 lithium carbonate (added to venlafaxine XR) level 0.7 no added benefit; tremor; "
          "stopped"),
        H("bupropion", "NDRI", "antidepressant", "450 mg", "2021-12", "2022-08",
          "good response by 04/2022; lost by 08/2022 despite 450 mg; stopped", "relapse", f, 3,
          "12/2021 - 08/2022 bupropion XL 450 mg good response by 04/2022; lost by 08/2022 despite 450 mg; "
          "stopped"),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2022-09", None,
          "partial response; continuing", "partial_response", f, 3,
          "09/2022 - present vortioxetine 20 mg partial response; continuing"),
        H("CBT", "psychotherapy", "psychotherapy", "24 sessions", "2023-01", "2023-07",
          "coping skills; mood unchanged", "no_response", f, 3,
          "01/2023 - 07/2023 CBT, weekly 24 sessions coping skills; mood unchanged"),
        H("TMS", "rTMS", "neuromodulation", "30 sessions", "2024-02-05", "2024-03-15",
          "no response", "no_response", f, 3, "02/05/2024 - 03/15/2024 TMS 30 sessions no response"),
    ]
    scales = [
        S("PHQ-9", 23, "2026-10-14", f, 1, "on 10/14/2026 her PHQ-9 was 23"),
        S("MADRS", 36, "2026-10-14", f, 1, "on 10/14/2026 her PHQ-9 was 23 and her MADRS 36"),
        S("C-SSRS", 3, "2026-10-14", f, 1, "(ideation severity 3)"),
    ]
    diagnoses = [
        D("F33.2", f, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
        D("F41.1", f, 1, "F41.1 generalized anxiety disorder"),
    ]
    return dict(
        slug="12-letter-of-medical-necessity-esketamine-pdf",
        note="FICTIONAL case. A psychiatrist's letter of medical necessity appealing a Spravato denial, 3-page "
             "serif PDF: the letter's history in prose (p. 1-2) and an enclosed treatment timeline table (p. 3) "
             "that gives the rows (bupropion's outcome only there). Rows: sertraline 06/2020-01/2021 no response; "
             "venlafaxine XR 02-11/2021 partial then sexual side effects (side effects); lithium added 06-09/2021, "
             "no added benefit, tremor (side effects); bupropion XL 12/2021-08/2022 response then lost "
             "(relapse); vortioxetine from 09/2022 partial (open); CBT 01-07/2023 24 sessions mood unchanged; TMS "
             "02/05-03/15/2024 30 sessions no response. Not rows: the requested Spravato, ECT consultation "
             "declined, zolpidem as needed for sleep, propranolol before presentations, the implant, the "
             "mother's Spravato.",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("active", f, 1, "active thoughts of suicide with a method in mind but no intent or plan"),
    )


CASES.append(case12())
