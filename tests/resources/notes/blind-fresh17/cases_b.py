"""notes17 cases 07-12 (FICTIONAL people, clinics, plans and numbers)."""
from helpers import Case, dx, iso, row, sc, si
from model import Doc, H, L, P, PB, Sp, T

CASES = []

# ------------------------------------------------------------------------------------------------ 07
F7 = "millbrook_np_progress_notes.txt"
hx7 = ("Hx meds: Zoloft '19 -> GI upset, d/c after 3 wk. Celexa 20 2020-21 -> good x ~8 mo then pooped out, "
       "d/c'd 6/21. No meds since. No therapy ever.")
doc7 = [
    L("*** FICTIONAL SAMPLE RECORD - not a real patient ***"),
    L("Millbrook Primary & Behavioral Care (FICT) - 18 Weir St, Millbrook, VT - ph 555-0139"),
    L("Progress notes - behavioral health NP - printed 09/01/2026"),
    L("Pt: ODUYA-KRANZ, Bettina   DOB 02/11/1990   MRN FICT-55821   Ins: Granite Valley Health (FICT)"),
    Sp(),
    L("----- 11/04/2025  F/U MDD (new to me, transfer from Dr. Ng) -- R. Castellane, PMHNP-BC -----"),
    P("S: 35 yo F. Low mood x ~6 mo, anhedonia, poor sleep, decr appetite, poor concentration at work (bank "
      "teller). " + hx7),
    P("O: PHQ9 19, GAD7 14. A&O x3, affect flat, tearful at times."),
    P("SI: denies SI/HI."),
    P("A/P: MDD recurrent, mod (F33.1). GAD (F41.1). Start Lexapro 10 mg qd x 2 wk then 20 mg. Trazodone 50 mg "
      "qhs prn sleep. Pt to look for therapist. RTC 6 wk."),
    Sp(),
    L("----- 12/16/2025  F/U -- R. Castellane, PMHNP-BC -----"),
    P("S: On Lexapro 20 x 4 wk. \"Maybe a little better?\" Sleep same. Mild HA wk 1, resolved. Using trazodone "
      "~2x/wk. Still no therapist - list given again."),
    P("O: PHQ9 17."),
    P("A/P: cont Lexapro 20 mg, reassess 6 wk. " + hx7.replace("Hx meds:", "(Hx meds copied:")[:-1] + ")"),
    Sp(),
    L("----- 01/27/2026  F/U -- R. Castellane, PMHNP-BC -----"),
    P("S: Lexapro 20 x ~10 wk total. \"Honestly no different.\" Energy 2/10, crying spells, missed 3 days work."),
    P("SI: passive \"what's the point\", no plan/intent, future oriented (kids). Safety plan reviewed, 988 given."),
    P("O: PHQ9 18, GAD7 13."),
    P("A/P: no response to Lexapro at adequate dose/duration -> cross-taper to Cymbalta: Lexapro 10 x 1 wk then "
      "off; Cymbalta 30 x 1 wk then 60 qd. RTC 6 wk."),
    Sp(),
    L("----- 03/10/2026  F/U -- R. Castellane, PMHNP-BC -----"),
    P("S: Cymbalta 60 x ~5 wk. Sweats ++ (soaks sheets), nausea most days, can't tolerate. Mood maybe slightly "
      "up? Wants off."),
    P("O: PHQ9 16. BP 138/88."),
    P("A/P: d/c Cymbalta d/t SE - taper 30 x 1 wk then stop. Start Wellbutrin XL 150 qAM, incr to 300 in 4-6 wk "
      "if tol. Rx Remeron 7.5 mg qhs for sleep."),
    Sp(),
    L("----- 04/21/2026  F/U -- R. Castellane, PMHNP-BC -----"),
    P("S: WBT XL 150 x 6 wk, no SE. Off Cymbalta since 3/17, sweats gone. Never filled Remeron - worried re wt "
      "gain, sleeping OK now anyway. Started IPT w/ Dana Feld, LCSW on 4/9, weekly."),
    P("O: PHQ9 15, GAD7 11."),
    P("A/P: incr WBT XL to 300 mg. Cont IPT. RTC 8 wk."),
    Sp(),
    L("----- 06/30/2026  F/U -- R. Castellane, PMHNP-BC -----"),
    P("S: WBT XL 300 x ~8 wk. \"Maybe 40% better\", energy up, back at gym 2x/wk. Still low mood most days, some "
      "anhedonia. IPT going well - working on grief (mom d. 2024). Took 2 of her late mom's old Xanax for a "
      "flight in May - counseled."),
    P("SI: denies."),
    P("O: PHQ9 12, GAD7 9. BP 144/92 (2nd reading)."),
    P("Pt asks about Abilify (saw TV ad) - discussed augmentation options, defer for now, reassess next visit."),
    P("A/P: partial response to WBT XL 300 - cont. Cont IPT. BP elevated x2 - recheck."),
    Sp(),
    L("----- 08/26/2026  F/U -- R. Castellane, PMHNP-BC -----"),
    P("S: IPT finished 8/13 (16 sessions). \"Helped me grieve mom\", mood a bit lighter. WBT XL 300 cont - "
      "partial per pt, no SE."),
    P("O: PHQ9 11. BP 142/90."),
    P("A/P: MDD recurrent mod (F33.1), partial response. Cont WBT XL 300. Consider adding Abilify 2 mg if "
      "plateau. HTN (I10): start HCTZ 12.5 qd. RTC 8 wk."),
    L("--- end of printout (FICTIONAL) ---"),
]
CASES.append(Case(
    "07-np-brief-notes-abbreviations",
    [Doc(F7, "txt", [doc7])],
    "FICTIONAL case. A behavioral-health nurse practitioner's brief progress notes (plain text, seven visits, "
    "heavy abbreviations and brand names: Lexapro, Cymbalta, WBT = Wellbutrin, Remeron, Abilify). The Hx meds "
    "line is copied forward. Rows: Zoloft 2019 GI upset (side_effects); Celexa 2020-06/2021 good then "
    "'pooped out' (relapse); Lexapro 11/2025 - 02/2026 ('maybe a little better?' at 4 weeks, then 'honestly no "
    "different', no response); Cymbalta 01/27 - 03/17/2026 sweats and nausea (side_effects); Wellbutrin XL "
    "since 03/10/2026, partial, ongoing; IPT 04/09 - 08/13/2026, 16 sessions, 'helped me grieve mom, mood a bit "
    "lighter' (partial). Not rows: trazodone 50 mg qhs prn sleep, Remeron 7.5 for sleep never filled, Abilify "
    "asked about / 'consider adding', late mother's Xanax, HCTZ. Suicidality passive (01/27/2026).",
    [
        row("sertraline", "SSRI", "antidepressant", None, "2019", "2019", "GI upset, d/c after 3 wk",
            "side_effects", F7, 1, "Zoloft '19 -> GI upset, d/c after 3 wk"),
        row("citalopram", "SSRI", "antidepressant", "20 mg", "2020", "2021-06",
            "good x ~8 mo then pooped out", "relapse", F7, 1,
            "Celexa 20 2020-21 -> good x ~8 mo then pooped out, d/c'd 6/21"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-11-04", "2026-02",
            "\"Honestly no different\"; no response at adequate dose/duration", "no_response", F7, 1,
            "no response to Lexapro at adequate dose/duration"),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-01-27", "2026-03-17",
            "Sweats ++, nausea most days, can't tolerate; d/c d/t SE", "side_effects", F7, 1,
            "d/c Cymbalta d/t SE"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2026-03-10", None,
            "\"Maybe 40% better\", energy up, still low mood; partial response", "partial_response", F7, 1,
            "partial response to WBT XL 300 - cont"),
        row("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2026-04-09", "2026-08-13",
            "\"Helped me grieve mom\", mood a bit lighter", "partial_response", F7, 1,
            "IPT finished 8/13 (16 sessions). \"Helped me grieve mom\", mood a bit lighter."),
    ],
    [
        sc("PHQ-9", 19, "2025-11-04", F7, 1, "PHQ9 19, GAD7 14"),
        sc("GAD-7", 14, "2025-11-04", F7, 1, "PHQ9 19, GAD7 14"),
        sc("PHQ-9", 17, "2025-12-16", F7, 1, "O: PHQ9 17."),
        sc("PHQ-9", 18, "2026-01-27", F7, 1, "PHQ9 18, GAD7 13"),
        sc("GAD-7", 13, "2026-01-27", F7, 1, "PHQ9 18, GAD7 13"),
        sc("PHQ-9", 16, "2026-03-10", F7, 1, "O: PHQ9 16. BP 138/88."),
        sc("PHQ-9", 15, "2026-04-21", F7, 1, "PHQ9 15, GAD7 11"),
        sc("GAD-7", 11, "2026-04-21", F7, 1, "PHQ9 15, GAD7 11"),
        sc("PHQ-9", 12, "2026-06-30", F7, 1, "PHQ9 12, GAD7 9"),
        sc("GAD-7", 9, "2026-06-30", F7, 1, "PHQ9 12, GAD7 9"),
        sc("PHQ-9", 11, "2026-08-26", F7, 1, "O: PHQ9 11. BP 142/90."),
    ],
    [
        dx("F33.1", F7, 1, "MDD recurrent, mod (F33.1)"),
        dx("F41.1", F7, 1, "GAD (F41.1)"),
        dx("I10", F7, 1, "HTN (I10)"),
    ],
    si("passive", F7, 1, "SI: passive \"what's the point\", no plan/intent"),
))

# ------------------------------------------------------------------------------------------------ 08
F8 = "saarinen_okoro_handwritten_med_list_scan.pdf"
hand = [
    L("FICTIONAL SAMPLE - my medicine list"),
    L("Name: Gwendolyn Saarinen-Okoro      DOB 5/30/1981"),
    L("for Dr. Abernathy-Sole, new patient visit 9/8/2026"),
    Sp(8),
    L("Medicines I have tried for depression:"),
    P("Prozac 20 mg - 2014 - made me jittery and shaky, stopped after 2 weeks"),
    P("Effexor 75 then 150 - 2015 to 2017 - helped for a while, then stopped working"),
    P("Therapy - CBT with Dr. Haas, 12 sessions in 2016 - helped some"),
    P("Wellbutrin XL 300 - 2018 (about 3 months) - did nothing"),
    P("Remeron 15 mg - fall 2018 - too sleepy and hungry, quit after 1 month"),
    P("Trintellix 10 then 20 mg - 2022 to now - a little better, still taking it"),
    P("Abilify 2 mg with the Trintellix - Mar to May 2024 - restless legs, I quit"),
    Sp(6),
    P("Never tried: lithium, MAOIs, TMS, ECT"),
    P("For sleep: trazodone 50 at night (not for depression)"),
    P("Other: metformin (diabetes), lisinopril (blood pressure)"),
    P("My sister gave me some of her Lamictal once - I did not take it"),
]
typed8 = [
    H("Lakemont Behavioral Health (FICT) - New patient intake screening", 2),
    L("FICTIONAL SAMPLE RECORD    Patient: Gwendolyn Saarinen-Okoro    DOB 05/30/1981    Acct FICT-LB-3307"),
    L("Date: 09/08/2026    Screened by: Harriet Mbatha, RN"),
    Sp(6),
    L("Referral diagnosis (from PCP): F33.1 Major depressive disorder, recurrent, moderate"),
    L("Other problems: E11.9 Type 2 diabetes mellitus without complications; I10 Essential hypertension"),
    Sp(6),
    L("PHQ-9 total: 16        GAD-7 total: 11"),
    L("Suicide screen: patient states \"No thoughts of suicide, and I have never tried to hurt myself.\""),
    L("Screen negative; no history of attempts or self-harm."),
    Sp(6),
    L("Medication history: reviewed with the patient from her handwritten list (page 1). Current: vortioxetine"),
    L("20 mg daily, trazodone 50 mg at bedtime, metformin 1000 mg twice daily, lisinopril 10 mg daily."),
    L("Allergies: penicillin (hives)."),
    Sp(6),
    L("Pharmacy check: Trintellix (vortioxetine) 20 mg filled monthly since 2022. Other fills older than 2 years"),
    L("not available from the pharmacy."),
    Sp(6),
    L("Next: psychiatric evaluation with Dr. Abernathy-Sole today at 10:30."),
]
CASES.append(Case(
    "08-scanned-handwritten-medication-list",
    [Doc(F8, "scan", [hand, typed8],
         {"hand_pages": [1], "page_sizes": {1: 14.5}, "ruled": 26, "blur": 0.6, "size": 10,
          "header": "FAX 09/08/2026 08:51  FROM: LAKEMONT BH FRONT DESK 555-0176  TO: MEDICAL RECORDS  P. {p}/{n}  "
                    "(FICTIONAL)"})],
    "FICTIONAL case. A scanned, faxed 2-page image-only PDF: the patient's own handwritten list of medicines "
    "tried on ruled paper (p. 1, handwriting-style font) and the clinic's typed intake screening (p. 2). "
    "Brand names, year-only dates, seasons ('fall 2018' = 2018) and plain outcomes: Prozac jittery (side_effects), "
    "Effexor helped then stopped working (relapse), CBT 12 sessions 'helped some' (partial), Wellbutrin did "
    "nothing, Remeron too sleepy and hungry (side_effects), Trintellix 'a little better, still taking it' "
    "(partial, open), Abilify with the Trintellix Mar-May 2024 restless legs (augmentation, side_effects). Not "
    "rows: 'Never tried: lithium, MAOIs, TMS, ECT', trazodone for sleep, metformin, lisinopril, the sister's "
    "Lamictal she did not take. Suicidality none.",
    [
        row("fluoxetine", "SSRI", "antidepressant", "20 mg", "2014", "2014",
            "made me jittery and shaky, stopped after 2 weeks", "side_effects", F8, 1,
            "Prozac 20 mg - 2014 - made me jittery and shaky, stopped after 2 weeks"),
        row("venlafaxine", "SNRI", "antidepressant", "150 mg", "2015", "2017",
            "helped for a while, then stopped working", "relapse", F8, 1,
            "Effexor 75 then 150 - 2015 to 2017 - helped for a while, then stopped working"),
        row("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2016", "2016", "helped some",
            "partial_response", F8, 1, "Therapy - CBT with Dr. Haas, 12 sessions in 2016 - helped some"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2018", "2018", "did nothing", "no_response", F8, 1,
            "Wellbutrin XL 300 - 2018 (about 3 months) - did nothing"),
        row("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2018", "2018",
            "too sleepy and hungry, quit after 1 month", "side_effects", F8, 1,
            "Remeron 15 mg - fall 2018 - too sleepy and hungry, quit after 1 month"),
        row("vortioxetine", "multimodal", "antidepressant", "20 mg", "2022", None,
            "a little better, still taking it", "partial_response", F8, 1,
            "Trintellix 10 then 20 mg - 2022 to now - a little better, still taking it"),
        row("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2024-03", "2024-05",
            "restless legs, I quit", "side_effects", F8, 1,
            "Abilify 2 mg with the Trintellix - Mar to May 2024 - restless legs, I quit"),
    ],
    [
        sc("PHQ-9", 16, "2026-09-08", F8, 2, "PHQ-9 total: 16"),
        sc("GAD-7", 11, "2026-09-08", F8, 2, "GAD-7 total: 11"),
    ],
    [
        dx("F33.1", F8, 2, "F33.1 Major depressive disorder, recurrent, moderate"),
        dx("E11.9", F8, 2, "E11.9 Type 2 diabetes mellitus without complications"),
        dx("I10", F8, 2, "I10 Essential hypertension"),
    ],
    si("none", F8, 2, "No thoughts of suicide, and I have never tried to hurt myself."),
))

# ------------------------------------------------------------------------------------------------ 09
F9a = "avs_photo_page1.jpg"
F9b = "avs_photo_page2.jpg"
avs1 = [
    H("AFTER VISIT SUMMARY", 1),
    L("FICTIONAL SAMPLE - not a real patient"),
    L("Rupert Langstaff-Imai    DOB 01/22/1985    MRN FICT-90312"),
    L("Visit: 10/02/2026    Oakhaven Behavioral Health (FICT)    Celeste Marchetti, MD"),
    L("Reason for visit: Depression follow-up"),
    Sp(6),
    H("Diagnoses addressed today", 2),
    L("Major depressive disorder, recurrent, moderate (F33.1)", indent=12),
    L("Chronic migraine without aura, not intractable (G43.709)", indent=12),
    Sp(4),
    H("Your scores today", 2),
    L("PHQ-9: 14 (it was 21 on 06/05/2026)        GAD-7: 10", indent=12),
    Sp(4),
    H("Your medication list", 2),
    L("CONTINUE taking these medicines:", "b"),
    L("sertraline 200 mg tablet - take 1 tablet by mouth every day", indent=12),
    L("topiramate 50 mg tablet - take 1 tablet twice a day (migraine prevention)", indent=12),
    L("sumatriptan 50 mg tablet - 1 tablet at the start of a migraine, as needed", indent=12),
    L("START taking these medicines:", "b"),
    L("bupropion XL 150 mg tablet - take 1 tablet every morning (new today)", indent=12),
    L("STOP taking these medicines:", "b"),
    L("mirtazapine 30 mg tablet (reason: weight gain)", indent=12),
    Sp(8),
    L("Questions? Call the clinic at 555-0148. Page 1 of 2", "s"),
]
avs2 = [
    H("Notes from your visit", 1),
    L("FICTIONAL SAMPLE - Rupert Langstaff-Imai - 10/02/2026 - Dr. Marchetti"),
    Sp(4),
    P("We reviewed how your depression treatment has gone so far:"),
    P("- Escitalopram (2021): no help after about 2 months at 20 mg."),
    P("- Venlafaxine XR (2022 to 2023): your mood improved, but it raised your blood pressure to 150/95, so it "
      "was stopped."),
    P("- Sertraline (since 2024, now 200 mg): it has helped some; you still have many low days, so we are "
      "continuing it and adding bupropion."),
    P("- Mirtazapine 30 mg (added in June): it helped your sleep, but you gained 14 lb, so we are stopping it "
      "today."),
    P("- You finished 10 sessions of group CBT (Tuesday evenings, April to June 2026). You said it taught you "
      "useful coping skills, but your mood stayed about the same."),
    P("You told us you have not had any thoughts of hurting yourself."),
    Sp(4),
    H("Next steps", 2),
    P("- Start bupropion XL 150 mg tomorrow morning."),
    P("- We sent a referral to the TMS clinic for an evaluation. They will call you."),
    P("- Come back in 6 weeks. Fill in the PHQ-9 on the portal before the visit."),
    Sp(4),
    P("If you ever have thoughts of suicide, call or text 988 at any time, day or night."),
    L("Page 2 of 2", "s"),
]
CASES.append(Case(
    "09-after-visit-summary-phone-photos",
    [Doc(F9a, "photo", [avs1], {"family": "serif", "size": 11.5}),
     Doc(F9b, "photo", [avs2], {"family": "serif", "size": 11.5})],
    "FICTIONAL case. Two phone photos (JPEG) of a printed after-visit summary: the medication list with "
    "CONTINUE / START / STOP (p. 1 photo) and the doctor's notes to the patient (p. 2 photo). Rows: escitalopram "
    "2021 no help; venlafaxine XR 2022-2023 mood improved but blood pressure rose, stopped (side_effects); "
    "sertraline since 2024, helped some, continued (partial); mirtazapine added in June 2026 to sertraline "
    "(antidepressant), sleep better but 14 lb gained, stopped 10/02/2026 (side_effects); group CBT 10 sessions "
    "April-June 2026, coping skills but mood the same (no_response). Not rows: bupropion XL START (new today, a "
    "plan), TMS referral, topiramate (migraine prevention), sumatriptan as needed. Suicidality none; the 988 "
    "line is general advice.",
    [
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2021", "2021",
            "no help after about 2 months at 20 mg", "no_response", F9b, 1,
            "Escitalopram (2021): no help after about 2 months at 20 mg."),
        row("venlafaxine", "SNRI", "antidepressant", None, "2022", "2023",
            "mood improved, but it raised blood pressure to 150/95, so it was stopped", "side_effects", F9b, 1,
            "your mood improved, but it raised your blood pressure to 150/95, so it was stopped"),
        row("sertraline", "SSRI", "antidepressant", "200 mg", "2024", None,
            "it has helped some; still many low days; continuing", "partial_response", F9b, 1,
            "Sertraline (since 2024, now 200 mg): it has helped some"),
        row("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2026-06", "2026-10-02",
            "helped sleep, but gained 14 lb; stopped", "side_effects", F9b, 1,
            "it helped your sleep, but you gained 14 lb, so we are stopping it today"),
        row("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2026-04", "2026-06",
            "useful coping skills, but mood stayed about the same", "no_response", F9b, 1,
            "You said it taught you useful coping skills, but your mood stayed about the same."),
    ],
    [
        sc("PHQ-9", 14, "2026-10-02", F9a, 1, "PHQ-9: 14 (it was 21 on 06/05/2026)"),
        sc("PHQ-9", 21, "2026-06-05", F9a, 1, "PHQ-9: 14 (it was 21 on 06/05/2026)"),
        sc("GAD-7", 10, "2026-10-02", F9a, 1, "GAD-7: 10"),
    ],
    [
        dx("F33.1", F9a, 1, "Major depressive disorder, recurrent, moderate (F33.1)"),
        dx("G43.709", F9a, 1, "Chronic migraine without aura, not intractable (G43.709)"),
    ],
    si("none", F9b, 1, "You told us you have not had any thoughts of hurting yourself."),
))

# ------------------------------------------------------------------------------------------------ 10
F10 = "letter_of_medical_necessity_esketamine.docx"
sum10 = [
    ["Sertraline (1st course)", "03/2015 - 06/2016", "150 mg", "Full remission; tapered off after a year well"],
    ["Sertraline (2nd course)", "01/2020 - 05/2020", "200 mg", "No response after 16 weeks"],
    ["Desvenlafaxine", "06/2020 - 02/2021", "100 mg", "Stopped for hypertension (152/98)"],
    ["Phenelzine", "04/2021 - 10/2021", "45 mg/day", "No meaningful improvement"],
    ["Bupropion XL", "11/2021 - present", "300 mg", "Partial response; continuing"],
    ["Pramipexole (augmentation)", "01/2023 - 05/2023", "1.5 mg", "Stopped: nausea, sudden sleep episodes"],
    ["Psychodynamic psychotherapy", "2019 - 2022", "about 120 sessions", "Relationships better; depression did not lift"],
]
doc10 = [
    L("FICTIONAL SAMPLE LETTER - all people, plans and numbers are invented", "s"),
    L("Pellegrini-Moss Psychiatry (FICT), 77 Harbor View Road, Suite 3, Saltcoast, RI - tel 555-0117 - fax 555-0118"),
    Sp(),
    L("August 24, 2026"),
    L("Tidewater Mutual Health Plan (FICT) - Pharmacy Appeals Unit - fax 555-0190"),
    L("Re: Imogen Castellanos-Reyes, DOB 06/17/1982, Member ID FICT-TW-882104"),
    L("Request: coverage of esketamine nasal spray (HCPCS J0013) - denial dated 08/12/2026, reference FICT-DN-5531"),
    Sp(),
    P("To the reviewing physician:"),
    P("I am writing as the treating psychiatrist of Ms. Castellanos-Reyes to ask you to reverse the denial of "
      "esketamine for her treatment-resistant major depressive disorder, recurrent, severe without psychotic "
      "features (F33.2). The denial states that she has not tried two antidepressants of different classes in "
      "the current episode. The history below shows that she has, and more."),
    H("Treatment history", 2),
    P("Ms. Castellanos-Reyes was first treated in 2015, when her primary care physician started sertraline in "
      "March 2015. At 150 mg she reached full remission within four months, and after a year of sustained "
      "remission she tapered off it in June 2016."),
    P("When her depression returned in late 2019, sertraline was restarted in January 2020 and raised to 200 mg, "
      "but this time it did not help: after 16 weeks her symptoms were unchanged and it was stopped in May 2020."),
    P("Desvenlafaxine 50 mg, then 100 mg, from June 2020 to February 2021, was stopped when her blood pressure "
      "rose to 152/98 on two readings; she had noticed little change in her mood before it was stopped."),
    P("Phenelzine 15 mg three times daily (45 mg/day), from April to October 2021, taken with the dietary "
      "restrictions, gave no meaningful improvement."),
    P("Since November 2021 she has taken bupropion XL, now 300 mg daily. It has given a partial response: she "
      "works part-time and manages her household, but she remains moderately to severely depressed. She "
      "continues it."),
    P("Pramipexole was added to the bupropion as augmentation in January 2023 and titrated to 1.5 mg at night; "
      "she stopped it in May 2023 because of nausea and two episodes of suddenly falling asleep at her desk."),
    P("She was in weekly psychodynamic psychotherapy with Dr. Lena Okonkwo from 2019 to 2022, about 120 "
      "sessions. It helped her relationships and her understanding of herself, but the depression itself did "
      "not lift."),
    P("Nortriptyline was prescribed in September 2023, but she never started it: her cardiologist advised "
      "against it because of a first-degree AV block (I44.0). Your plan approved TMS in March 2024, but she "
      "could not attend; the nearest center is 70 minutes away and she could not get leave for six weeks of "
      "daily sessions, so she has not had a course. She attended an ECT consultation in May 2024 and declined "
      "it because of the risk to her memory in her work as a court interpreter. She has never taken lithium "
      "or an antipsychotic. Her sister had a good response to esketamine in 2025."),
    H("Summary of trials", 2),
    T(["Treatment", "Dates", "Highest dose / course", "Outcome"], sum10),
    H("Current status", 2),
    P("On 08/20/2026 her MADRS was 32 and her PHQ-9 19. She has passive wishes to be dead most weeks, without a "
      "plan or intent, and she has never made a suicide attempt. She has irritable bowel syndrome (K58.9), "
      "which limits some options."),
    H("Request", 2),
    P("She has failed at least four adequate antidepressant trials from three classes, an augmentation and a "
      "long course of psychotherapy. Esketamine is indicated for treatment-resistant depression, and since "
      "January 2025 its label allows it with or without an oral antidepressant. I ask you to approve the "
      "induction phase (56 mg, then 84 mg, twice weekly for four weeks) and the maintenance phase as the label "
      "describes, under observation in our REMS-certified office."),
    P("Please call me at 555-0117 for a peer-to-peer discussion if anything is unclear."),
    Sp(),
    L("Sincerely,"),
    L("Augustin Pellegrini-Moss, MD, board-certified in psychiatry"),
]
CASES.append(Case(
    "10-letter-of-medical-necessity-docx",
    [Doc(F10, "docx", [doc10])],
    "FICTIONAL case. A psychiatrist's letter of medical necessity for esketamine after a denial (DOCX), with the "
    "treatment history in prose and again in a summary table (one row per trial). Two courses of sertraline: "
    "03/2015 - 06/2016 full remission, tapered off when well (remission), and 01/2020 - 05/2020 no help the "
    "second time (no_response). Desvenlafaxine stopped for hypertension (side_effects); phenelzine no "
    "improvement; bupropion XL since 11/2021 partial, continuing; pramipexole added as augmentation, nausea and "
    "sleep episodes (side_effects); psychodynamic psychotherapy 2019-2022, relationships better but the "
    "depression did not lift (no_response). Not rows: nortriptyline prescribed but never started, TMS approved "
    "but never attended, ECT declined, 'never taken lithium or an antipsychotic', sister's esketamine, the "
    "requested esketamine. Suicidality passive.",
    [
        row("sertraline", "SSRI", "antidepressant", "150 mg", "2015-03", "2016-06",
            "full remission within four months; tapered off after a year of sustained remission", "remission",
            F10, 1, "At 150 mg she reached full remission within four months"),
        row("sertraline", "SSRI", "antidepressant", "200 mg", "2020-01", "2020-05",
            "this time it did not help: after 16 weeks her symptoms were unchanged", "no_response", F10, 1,
            "this time it did not help: after 16 weeks her symptoms were unchanged"),
        row("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2020-06", "2021-02",
            "stopped when her blood pressure rose to 152/98", "side_effects", F10, 1,
            "was stopped when her blood pressure rose to 152/98 on two readings"),
        row("phenelzine", "MAOI", "antidepressant", "45 mg/day", "2021-04", "2021-10",
            "no meaningful improvement", "no_response", F10, 1, "gave no meaningful improvement"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2021-11", None,
            "partial response; remains moderately to severely depressed; continues", "partial_response", F10, 1,
            "It has given a partial response"),
        row("pramipexole", "dopamine agonist", "augmentation", "1.5 mg", "2023-01", "2023-05",
            "nausea and two episodes of suddenly falling asleep", "side_effects", F10, 1,
            "she stopped it in May 2023 because of nausea and two episodes of suddenly falling asleep at her desk"),
        row("psychodynamic psychotherapy", "psychotherapy", "psychotherapy", "about 120 sessions", "2019", "2022",
            "helped her relationships, but the depression itself did not lift", "no_response", F10, 1,
            "It helped her relationships and her understanding of herself, but the depression itself did not lift."),
    ],
    [
        sc("MADRS", 32, "2026-08-20", F10, 1, "On 08/20/2026 her MADRS was 32 and her PHQ-9 19"),
        sc("PHQ-9", 19, "2026-08-20", F10, 1, "On 08/20/2026 her MADRS was 32 and her PHQ-9 19"),
    ],
    [
        dx("F33.2", F10, 1, "severe without psychotic features (F33.2)"),
        dx("I44.0", F10, 1, "first-degree AV block (I44.0)"),
        dx("K58.9", F10, 1, "irritable bowel syndrome (K58.9)"),
    ],
    si("passive", F10, 1, "She has passive wishes to be dead most weeks, without a plan or intent"),
))

# ------------------------------------------------------------------------------------------------ 11
F11 = "bramblewood_therapy_intake_2026-09-22.pdf"
hdr11 = ("FICTIONAL SAMPLE RECORD - Bramblewood Counseling Collaborative (FICT), 5 Orchard Mews, Fenwick, NC - "
         "tel 555-0133 - Client: Solenne Abara-Whitfield")
p11_1 = [
    H("Psychotherapy Intake Assessment"),
    L("Client: Solenne Abara-Whitfield    DOB: 12/05/1997    Intake date: 09/22/2026    Client no. FICT-BW-1186"),
    L("Clinician: Marcus Dellaporta, PsyD (licensed psychologist)    Referral: self, with her PCP's encouragement"),
    H("Presenting concern", 2),
    P("Ms. Abara-Whitfield, 28, a veterinary technician, comes in because 'the low mood never really goes away "
      "and this year it got worse'. Since a move and the end of a relationship in spring 2026 she has been "
      "sleeping ten hours and still tired, has stopped seeing friends, and has had two panic attacks at work. "
      "She says she has been depressed 'on and off since I was sixteen'."),
    H("Previous mental health treatment (client's account)", 2),
    P("At 16 (2014) her school counselor referred her to a community clinic, where she had 8 sessions of CBT "
      "for panic attacks and low mood in the spring of 2014. The breathing and thought-challenging skills "
      "helped her manage the panic, and her mood improved somewhat."),
    P("In 2021, after a breakup and losing her job, she did CBT again by video through her insurer's telehealth "
      "program: 10 sessions from February to May 2021. She says 'it didn't click'; her mood stayed the same "
      "and she stopped booking sessions after the tenth."),
    P("From September to November 2022 she attended a 12-week DBT skills group at Harborview Clinic. She found "
      "the distress-tolerance skills useful and stopped cutting, but the depression itself was unchanged."),
    P("Medication: her PCP, Dr. Yusuf Harrington, prescribed sertraline 50 mg in June 2021; she took it until "
      "February 2022 and stopped because of sexual side effects and feeling 'numb'. Since March 2025 she has "
      "taken escitalopram 10 mg daily. She says it 'takes the edge off': fewer crying spells, but she is still "
      "low most days. Her PHQ-9 at the PCP's office was 23 in March 2025, before escitalopram."),
    P("She has never had EMDR, TMS or any other psychiatric medicine, and has never been hospitalized. She "
      "takes melatonin 3 mg for sleep and sometimes one of her mother's clonazepam tablets before a flight. "
      "Her partner takes bupropion and has suggested she ask about it."),
]
p11_2 = [
    H("Substance use", 2),
    P("Alcohol two or three drinks at weekends; cannabis edibles once a month; no other drugs."),
    H("Family and social history", 2),
    P("Her mother has panic disorder; her father's family has 'a lot of depression'. She lives with her "
      "partner and two cats; her job is stable and she is well regarded there."),
    H("Risk assessment", 2),
    P("She cut her forearms superficially at 15-16 and again in 2022, without suicidal intent, and has not "
      "cut since the DBT group. She has never made a suicide attempt. Currently she has fleeting thoughts "
      "several times a week that 'everyone would be better off without me', with no intent, no plan and no "
      "preparatory behavior. C-SSRS screen: wish to be dead - yes; non-specific active suicidal thoughts - no. "
      "Protective factors: her partner, her pets, her job. Crisis line 988 and the clinic number given."),
    H("Measures", 2),
    L("PHQ-9 today: 18    GAD-7 today: 15"),
    H("Diagnostic impression", 2),
    L("F33.1 Major depressive disorder, recurrent, moderate"),
    L("F41.0 Panic disorder"),
    H("Treatment plan", 2),
    P("Weekly individual therapy: 16 sessions of behavioral activation with CBT components for panic, "
      "starting 09/29/2026. Coordinate with Dr. Harrington about a medication review; she wonders whether the "
      "escitalopram dose could be increased. Consider a DBT refresher group if self-harm urges return. "
      "Re-measure PHQ-9 and GAD-7 every four sessions."),
    L("Marcus Dellaporta, PsyD - signed 09/22/2026"),
]
CASES.append(Case(
    "11-therapy-intake-two-cbt-courses",
    [Doc(F11, "pdf", [p11_1, p11_2], {"header": hdr11, "footer": "Intake assessment - page {p} of {n} - FICTIONAL",
                                       "family": "serif", "size": 10})],
    "FICTIONAL case. A psychologist's intake assessment (2-page PDF, serif) with the client's account of past "
    "treatment. Two courses of CBT: 8 sessions in spring 2014 (panic managed, mood improved somewhat: partial) "
    "and 10 video sessions February-May 2021 ('it didn't click', mood the same: no_response); a DBT skills group "
    "2022 (useful, stopped cutting, depression unchanged: no_response); sertraline 06/2021-02/2022 sexual side "
    "effects; escitalopram since 03/2025 'takes the edge off', still low (partial, open). Not rows: never EMDR "
    "or TMS, melatonin, mother's clonazepam, partner's bupropion, the planned 16 sessions of behavioral "
    "activation, a medication review, a possible DBT refresher. Suicidality passive (self-harm without intent "
    "is not an attempt; C-SSRS in words, no scale row).",
    [
        row("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2014", "2014",
            "helped her manage the panic, and her mood improved somewhat", "partial_response", F11, 1,
            "helped her manage the panic, and her mood improved somewhat"),
        row("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2021-02", "2021-05",
            "'it didn't click'; her mood stayed the same", "no_response", F11, 1,
            "She says 'it didn't click'; her mood stayed the same"),
        row("DBT", "psychotherapy", "psychotherapy", "12 weeks", "2022-09", "2022-11",
            "distress-tolerance skills useful, stopped cutting, but the depression itself was unchanged",
            "no_response", F11, 1, "but the depression itself was unchanged"),
        row("sertraline", "SSRI", "antidepressant", "50 mg", "2021-06", "2022-02",
            "stopped because of sexual side effects and feeling 'numb'", "side_effects", F11, 1,
            "stopped because of sexual side effects and feeling 'numb'"),
        row("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-03", None,
            "'takes the edge off': fewer crying spells, but still low most days", "partial_response", F11, 1,
            "She says it 'takes the edge off': fewer crying spells, but she is still low most days."),
    ],
    [
        sc("PHQ-9", 23, "2025-03", F11, 1, "Her PHQ-9 at the PCP's office was 23 in March 2025"),
        sc("PHQ-9", 18, "2026-09-22", F11, 2, "PHQ-9 today: 18"),
        sc("GAD-7", 15, "2026-09-22", F11, 2, "GAD-7 today: 15"),
    ],
    [
        dx("F33.1", F11, 2, "F33.1 Major depressive disorder, recurrent, moderate"),
        dx("F41.0", F11, 2, "F41.0 Panic disorder"),
    ],
    si("passive", F11, 2, "fleeting thoughts several times a week that 'everyone would be better off without me', "
       "with no intent, no plan"),
))

# ------------------------------------------------------------------------------------------------ 12
F12 = "valoracion_psiquiatrica_primera_vez.docx"
res12 = [
    ["Fluoxetina", "2016", "20 mg", "Suspendida a las dos semanas por ansiedad intensa e insomnio"],
    ["Escitalopram", "marzo 2019 - febrero 2020", "20 mg", "Sin mejoría"],
    ["Duloxetina", "junio 2020 - agosto 2022", "60 mg", "Buena respuesta el primer año; recaída desde otoño de 2021"],
    ["Litio (agregado a duloxetina)", "enero - junio 2022", "600 mg/día", "Sin beneficio adicional"],
    ["Desvenlafaxina", "octubre 2022 - actual", "100 mg", "Respuesta parcial"],
    ["Terapia interpersonal (TIP)", "febrero - mayo 2024", "10 sesiones", "Mejoró algo el ánimo"],
]
doc12 = [
    L("MUESTRA FICTICIA - paciente, médicos y números inventados (FICTIONAL SAMPLE)", "s"),
    L("Centro de Salud Mental Los Almendros (ficticio) - Av. de los Fresnos 210, San Telmo del Valle - tel. 555-0171"),
    H("Valoración psiquiátrica de primera vez", 1),
    L("Paciente: Rosalba Quintanilla Ferrer    Edad: 51 años    Expediente: FICT-LA-7730"),
    L("Fecha: 14 de octubre de 2026    Médica: Dra. Xiomara Belmonte Ruiz, psiquiatra"),
    L("Referida por: Dr. Emilio Carvajal Soto, medicina familiar"),
    H("Motivo de consulta", 2),
    P("Referida por depresión que no mejora a pesar de varios tratamientos. Refiere tristeza la mayor parte del "
      "día, falta de placer, insomnio de madrugada y cansancio desde hace más de dos años."),
    H("Antecedentes psiquiátricos y tratamientos previos", 2),
    P("Primer episodio en 2016, tras la muerte de su padre. Su médico familiar le indicó fluoxetina 20 mg en "
      "2016; la suspendió a las dos semanas por ansiedad intensa e insomnio."),
    P("Segundo episodio en 2019: escitalopram 10 mg y después 20 mg, de marzo de 2019 a febrero de 2020, sin "
      "mejoría ('no noté ningún cambio')."),
    P("Duloxetina 60 mg desde junio de 2020 hasta agosto de 2022: el primer año respondió bien ('volví a ser "
      "yo'), pero a partir del otoño de 2021 los síntomas regresaron a pesar de mantener la dosis."),
    P("En enero de 2022 se agregó litio 600 mg/día a la duloxetina (litemia 0,7 mEq/L); lo tomó hasta junio "
      "de 2022 sin beneficio adicional."),
    P("Desde octubre de 2022 toma desvenlafaxina 100 mg (actual): respuesta parcial; duerme mejor y volvió a "
      "trabajar medio tiempo, pero persisten la tristeza y la falta de placer."),
    P("Psicoterapia: terapia interpersonal (TIP), 10 sesiones entre febrero y mayo de 2024 con la Psic. Amparo "
      "Lezama; le ayudó con el duelo y el ánimo mejoró algo. En enero de 2024 su PHQ-9 fue de 21."),
    P("En 2023 se le recetó mirtazapina 15 mg, pero nunca la surtió por miedo a subir de peso. Nunca ha "
      "recibido terapia electroconvulsiva (TEC) ni estimulación magnética transcraneal (EMT). Usa clonazepam "
      "0,5 mg por razón necesaria para la ansiedad, una o dos veces al mes."),
    T(["Tratamiento", "Periodo", "Dosis máxima", "Resultado"], res12),
    H("Antecedentes de riesgo", 2),
    P("Intento de suicidio en noviembre de 2018 con sobredosis de clonazepam; hospitalizada tres días. "
      "Actualmente refiere ideación suicida pasiva ('a veces quisiera dormirme y no despertar'), sin plan ni "
      "intención. Factores protectores: sus nietos y su fe."),
    H("Antecedentes médicos y familiares", 2),
    P("Hipotiroidismo (E03.9) en tratamiento con levotiroxina 50 mcg. Su hermana toma sertralina con buen "
      "resultado; su madre tuvo depresión sin tratamiento."),
    H("Escalas", 2),
    L("PHQ-9: 19    HAM-D-17: 22    (14/10/2026)"),
    H("Impresión diagnóstica", 2),
    L("F33.2 Trastorno depresivo mayor, recurrente, grave sin síntomas psicóticos"),
    L("F41.1 Trastorno de ansiedad generalizada"),
    L("E03.9 Hipotiroidismo, no especificado"),
    H("Plan", 2),
    P("Continuar desvenlafaxina 100 mg. Valorar esketamina o EMT según cobertura; considerar potenciación con "
      "aripiprazol. Psicoeducación y plan de seguridad entregado. Cita en 4 semanas."),
    L("Dra. Xiomara Belmonte Ruiz - firma electrónica 14/10/2026"),
]
CASES.append(Case(
    "12-valoracion-psiquiatrica-espanol-docx",
    [Doc(F12, "docx", [doc12], {"docx_font": "Arial"})],
    "FICTIONAL case (MUESTRA FICTICIA). A first psychiatric consultation in Spanish (DOCX), with the history in "
    "prose and again in a summary table (one row per trial). Rows: fluoxetina 2016 stopped at two weeks for "
    "anxiety and insomnia (side_effects); escitalopram 03/2019 - 02/2020 sin mejoría; duloxetina 06/2020 - "
    "08/2022 good first year then symptoms returned (relapse); litio agregado a la duloxetina 01-06/2022 sin "
    "beneficio (augmentation, no_response); desvenlafaxina desde 10/2022, respuesta parcial, actual; terapia "
    "interpersonal (TIP = IPT) 10 sesiones 02-05/2024, mejoró algo (partial). Not rows: mirtazapina recetada y "
    "nunca surtida, 'Nunca ha recibido TEC ni EMT', clonazepam por razón necesaria, levotiroxina, the sister's "
    "sertralina, the plan (esketamina, EMT, aripiprazol). Suicidality attempt (overdose 11/2018; passive "
    "ideation now).",
    [
        row("fluoxetine", "SSRI", "antidepressant", "20 mg", "2016", "2016",
            "la suspendió a las dos semanas por ansiedad intensa e insomnio", "side_effects", F12, 1,
            "la suspendió a las dos semanas por ansiedad intensa e insomnio"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2019-03", "2020-02",
            "sin mejoría ('no noté ningún cambio')", "no_response", F12, 1,
            "de marzo de 2019 a febrero de 2020, sin mejoría"),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2020-06", "2022-08",
            "el primer año respondió bien, pero a partir del otoño de 2021 los síntomas regresaron", "relapse",
            F12, 1, "a partir del otoño de 2021 los síntomas regresaron a pesar de mantener la dosis"),
        row("lithium", "mood stabilizer", "augmentation", "600 mg/día", "2022-01", "2022-06",
            "sin beneficio adicional", "no_response", F12, 1,
            "lo tomó hasta junio de 2022 sin beneficio adicional"),
        row("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2022-10", None,
            "respuesta parcial; persisten la tristeza y la falta de placer", "partial_response", F12, 1,
            "Desde octubre de 2022 toma desvenlafaxina 100 mg (actual): respuesta parcial"),
        row("IPT", "psychotherapy", "psychotherapy", "10 sesiones", "2024-02", "2024-05",
            "le ayudó con el duelo y el ánimo mejoró algo", "partial_response", F12, 1,
            "le ayudó con el duelo y el ánimo mejoró algo"),
    ],
    [
        sc("PHQ-9", 21, "2024-01", F12, 1, "En enero de 2024 su PHQ-9 fue de 21"),
        sc("PHQ-9", 19, "2026-10-14", F12, 1, "PHQ-9: 19 HAM-D-17: 22 (14/10/2026)"),
        sc("HAM-D", 22, "2026-10-14", F12, 1, "PHQ-9: 19 HAM-D-17: 22 (14/10/2026)"),
    ],
    [
        dx("F33.2", F12, 1, "F33.2 Trastorno depresivo mayor, recurrente, grave sin síntomas psicóticos"),
        dx("F41.1", F12, 1, "F41.1 Trastorno de ansiedad generalizada"),
        dx("E03.9", F12, 1, "Hipotiroidismo (E03.9)"),
    ],
    si("attempt", F12, 1, "Intento de suicidio en noviembre de 2018 con sobredosis de clonazepam"),
))
