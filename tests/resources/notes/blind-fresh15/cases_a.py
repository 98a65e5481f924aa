"""Cases 01-06 of the notes15 set. Everything here is FICTIONAL."""
from helpers import D, H, S, SU

CASES = []

# ------------------------------------------------------------------ 01 narrative progress notes, 3-page PDF
F1 = "vance_psychiatry_progress_notes_2026.pdf"
PAST = ("Past treatment (carried forward from intake, 10/2025): fluoxetine 40 mg in 2019 for about four months, "
        "with no meaningful change. Bupropion XL 300 mg from spring 2021 to December 2021; it helped his energy for "
        "a while and then 'wore off' by the autumn. A course of CBT in 2022 (14 sessions with a therapist in Harmon) "
        "that he found practical, although his mood did not change. He has never tried lithium or an antipsychotic "
        "and has had no ECT or TMS.")
HDR = ("FICTIONAL RECORD - Stillwater Bend Behavioral Health, 410 Quarry Row, Marlow Creek, OR 97999 - "
       "tel 555-0142")
PT = "Patient: Teodor Vance   DOB 02/14/1982   Chart STB-FICT-20417   Clinician: Priya Okafor-Lind, MD"
CASES.append({
    "slug": "01-narrative-progress-notes",
    "docs": [{"file": F1, "fmt": "pdf", "pages": [
        [("p", HDR), ("h", "Psychiatric Progress Note - Date of service: 03/17/2026"), ("p", PT),
         ("p", "Mr. Vance returns for follow-up of recurrent major depression, severe, without psychotic features "
               "(F33.2). He has been on sertraline since October of 2025; the dose was raised from 100 mg to 150 mg "
               "in January and to 200 mg at the last visit on 02/10/2026. He describes the past month as 'a little "
               "less heavy in the mornings' but still spends most weekends in bed and has not returned to the "
               "woodworking he used to enjoy. Sleep 5-6 hours with early waking. Appetite fair."),
         ("p", PAST),
         ("p", "Other medicines: atorvastatin 20 mg daily for hyperlipidemia (E78.5), managed by his PCP."),
         ("p", "Measures: PHQ-9 today 19 (it was 21 in January)."),
         ("p", "Risk: Denies suicidal ideation, intent or plan. No past attempts. No firearms at home."),
         ("p", "Assessment and plan: Early, small gain on sertraline at 200 mg, too soon to judge the top dose. "
               "Continue sertraline 200 mg daily. If there is no further gain by the next visit, will consider "
               "adding aripiprazole. We talked about TMS, which he would like to read more about before deciding. "
               "Return in 6-7 weeks.")],
        [("p", HDR), ("h", "Psychiatric Progress Note - Date of service: 05/05/2026"), ("p", PT),
         ("p", "Sertraline has now been at 200 mg for nearly three months. He notices he is getting to work on "
               "time, but the low mood, guilt and loss of interest are much as before. PHQ-9 17 today. He wants to "
               "try something more."),
         ("p", PAST),
         ("p", "Risk: On bad days he has passive thoughts that his family 'would be better off' without him; no "
               "intent, no plan and no preparatory behavior. C-SSRS ideation severity 1. Protective factors: his "
               "two daughters, his work. Safety plan reviewed and updated."),
         ("p", "Assessment and plan: Partial response to sertraline. After discussing risks (weight, "
               "restlessness, metabolic labs) he agreed to aripiprazole 2 mg daily added to sertraline, started "
               "today. Plan to raise to 5 mg in two weeks if tolerated. Baseline A1c and lipids ordered.")],
        [("p", HDR), ("h", "Psychiatric Progress Note - Date of service: 07/14/2026"), ("p", PT),
         ("p", "Aripiprazole was raised to 5 mg on 05/19 by phone. By mid-June he had developed an inner "
               "restlessness in his legs that kept him pacing at night, consistent with akathisia, and aripiprazole "
               "was stopped on 06/20/2026 after about six weeks. The restlessness resolved within a week. His mood "
               "did not change while he took it."),
         ("p", PAST),
         ("p", "Sertraline 200 mg continues with no further change since the spring: a partial response after "
               "more than eight months of treatment, over five of them at 200 mg. PHQ-9 18 today."),
         ("p", "Risk: Denies active suicidal ideation; passive death wish on two occasions in the past month, "
               "no intent or plan. C-SSRS ideation severity 1. Safety plan in place."),
         ("p", "Assessment and plan: Treatment-resistant course. Refer for TMS evaluation (referral sent today). "
               "Lithium augmentation was discussed; he declined it because of the blood tests. Continue sertraline "
               "200 mg. Return in 4 weeks.")]]}],
    "note": ("FICTIONAL case. Three narrative psychiatric progress notes (3-page PDF, a visit a page) with the same "
             "past-treatment paragraph copied forward on every page. Sertraline since 10/2025, 100 -> 150 -> 200 mg, "
             "still taken with a partial response (end null). Aripiprazole 2 -> 5 mg added to sertraline 05/05/2026, "
             "stopped 06/20/2026 for akathisia (augmentation, side_effects). Not rows: 'will consider adding "
             "aripiprazole' (p. 1 plan, before it was started), TMS discussed then referred, lithium declined, "
             "'never tried lithium or an antipsychotic', 'no ECT or TMS', atorvastatin (hyperlipidemia). "
             "Suicidality none (p. 1) -> passive (pp. 2-3): highest passive."),
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019", "2019", "no meaningful change", "no_response",
          F1, 1, "fluoxetine 40 mg in 2019 for about four months, with no meaningful change"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2021", "2021-12",
          "helped his energy for a while and then 'wore off' by the autumn", "relapse",
          F1, 1, "Bupropion XL 300 mg from spring 2021 to December 2021; it helped his energy for a while and then "
                 "'wore off' by the autumn"),
        H("CBT", "psychotherapy", "psychotherapy", "14 sessions", "2022", "2022",
          "found practical, although his mood did not change", "no_response",
          F1, 1, "A course of CBT in 2022 (14 sessions with a therapist in Harmon) that he found practical, although "
                 "his mood did not change"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2025-10", None,
          "a partial response after more than eight months of treatment", "partial_response",
          F1, 3, "a partial response after more than eight months of treatment"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-05-05", "2026-06-20",
          "akathisia; stopped after about six weeks; mood did not change", "side_effects",
          F1, 3, "consistent with akathisia, and aripiprazole was stopped on 06/20/2026 after about six weeks"),
    ],
    "scales": [
        S("PHQ-9", 21, "2026-01", F1, 1, "PHQ-9 today 19 (it was 21 in January)"),
        S("PHQ-9", 19, "2026-03-17", F1, 1, "PHQ-9 today 19"),
        S("PHQ-9", 17, "2026-05-05", F1, 2, "PHQ-9 17 today"),
        S("C-SSRS", 1, "2026-05-05", F1, 2, "C-SSRS ideation severity 1"),
        S("PHQ-9", 18, "2026-07-14", F1, 3, "PHQ-9 18 today"),
        S("C-SSRS", 1, "2026-07-14", F1, 3, "C-SSRS ideation severity 1"),
    ],
    "diagnoses": [D("F33.2", F1, 1, "(F33.2)"), D("E78.5", F1, 1, "hyperlipidemia (E78.5)")],
    "suicidality": SU("passive", F1, 2, "passive thoughts that his family 'would be better off' without him; no "
                                        "intent, no plan"),
})

# ------------------------------------------------------------------ 02 intake assessment DOCX with trial tables
F2 = "achebe-marr_intake_assessment.docx"
CASES.append({
    "slug": "02-intake-docx-trial-tables",
    "docs": [{"file": F2, "fmt": "docx", "pages": [[
        ("p", "FICTIONAL RECORD - Lakeshore Mood Clinic, 88 Beacon Terrace, Pell Harbor, MI 49999 - 555-0117"),
        ("h", "Comprehensive Psychiatric Intake Assessment"),
        ("p", "Patient: Rosalind Achebe-Marr   DOB 07/30/1988   MRN LMC-FICT-33081   Date of evaluation: 09/09/2026   "
              "Evaluating psychiatrist: Martin Esterházy-Cole, MD"),
        ("h", "Reason for referral"),
        ("p", "Referred by her primary-care physician for treatment-resistant depression and consideration of "
              "next-step treatments, including neuromodulation or esketamine."),
        ("h", "History of present illness"),
        ("p", "Ms. Achebe-Marr is a 38-year-old accountant with recurrent depressive episodes since age 22. The "
              "current episode began in early 2023 and has not lifted. She describes persistent low mood, poor "
              "concentration that is affecting her work, early waking and guilt. She currently takes desvenlafaxine "
              "100 mg daily (since 11/2023); it took the edge off but she has never felt well on it. Worry and "
              "muscle tension are constant."),
        ("h", "Past psychiatric medication trials (reconciled with the patient and her pharmacy record)"),
        ("t", [["Medication", "Max dose", "Approx. dates", "Response", "Reason stopped / comment"],
               ["Citalopram (Celexa)", "40 mg", "2015 - 2016", "Good at first; depression returned at full dose",
                "Switched by PCP"],
               ["Paroxetine (Paxil)", "20 mg", "03/2017 - 04/2017", "Not assessable (3 weeks)",
                "Severe nausea and night sweats"],
               ["Venlafaxine XR (Effexor XR)", "225 mg", "06/2017 - 01/2019", "Partial response",
                "Stopped when she became pregnant"],
               ["Sertraline", "100 mg", "09/2019 - 08/2020", "Minimal", "Stopped by patient: 'didn't do anything'"],
               ["Vilazodone (Viibryd)", "40 mg", "2021", "Maybe slightly better sleep? Unclear",
                "Ran out during a move, not restarted"],
               ["Desvenlafaxine (Pristiq)", "100 mg", "11/2023 - current", "Partial response", "Continuing"],
               ["Lamotrigine (added to desvenlafaxine)", "150 mg", "04/2024 - 10/2024", "No change in mood",
                "Tapered off"],
               ["Lithium", "-", "-", "Never taken", "Offered 2024; she declined (kidney worries)"]], None),
        ("h", "Psychotherapy"),
        ("t", [["Type", "When", "Sessions", "Result"],
               ["Interpersonal therapy (IPT)", "01/2018 - 05/2018", "16", "Some improvement; partial"],
               ["Mindfulness app", "2022", "-", "Self-guided, not a treatment course"]], None),
        ("p", "She has not had TMS, ECT or ketamine or esketamine treatment."),
        ("h", "Other medical history and medicines"),
        ("p", "Asthma, mild persistent (J45.30), on montelukast 10 mg nightly and an albuterol inhaler as needed. "
              "Propranolol 10 mg as needed before presentations (uses it a few times a year). Levonorgestrel IUD."),
        ("h", "Family history"),
        ("p", "Mother: bipolar II disorder, did well for many years on lithium. Maternal uncle: alcohol use disorder."),
        ("h", "Safety assessment"),
        ("p", "One prior suicide attempt in 2016 (overdose of her own medication, medically admitted for two "
              "days, no psychiatric admission). Currently passive ideation ('I wish I could just not exist for a "
              "while'), no intent, no plan, no preparatory behavior. Moderate acute risk; safety plan completed."),
        ("h", "Measures today (09/09/2026)"),
        ("p", "PHQ-9 20. GAD-7 15. MADRS (clinician-rated) 31."),
        ("h", "Diagnoses"),
        ("p", "F33.2 Major depressive disorder, recurrent, severe without psychotic features. F41.1 Generalized "
              "anxiety disorder. Z91.51 Personal history of suicidal behavior. J45.30 Mild persistent asthma, "
              "uncomplicated."),
        ("h", "Plan"),
        ("p", "Continue desvenlafaxine 100 mg for now. Discussed TMS and esketamine; she would like to pursue TMS "
              "first. Will request prior authorization. Lithium augmentation remains an option she does not want. "
              "Return in 3 weeks."),
    ]]}],
    "note": ("FICTIONAL case. Psychiatric intake (DOCX) whose key facts sit in two Word tables. Venlafaxine partial, "
             "stopped for pregnancy (the stop decides nothing: partial_response). Vilazodone 'Maybe slightly better "
             "sleep? Unclear' = unknown (ran out during a move). Lamotrigine 'added to desvenlafaxine' = augmentation. "
             "Desvenlafaxine current, partial (end null). Not rows: lithium (never taken, declined; mother's lithium), "
             "mindfulness app, TMS/ECT/ketamine 'has not had', propranolol PRN, montelukast (asthma), TMS and "
             "esketamine as plans. Suicidality: attempt in 2016 (passive now): highest attempt."),
    "history": [
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2015", "2016",
          "Good at first; depression returned at full dose", "relapse",
          F2, 1, "Citalopram (Celexa) 40 mg 2015 - 2016 Good at first; depression returned at full dose"),
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2017-03", "2017-04",
          "Severe nausea and night sweats", "side_effects",
          F2, 1, "Paroxetine (Paxil) 20 mg 03/2017 - 04/2017 Not assessable (3 weeks) Severe nausea and night sweats"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2017-06", "2019-01",
          "Partial response; stopped when she became pregnant", "partial_response",
          F2, 1, "Venlafaxine XR (Effexor XR) 225 mg 06/2017 - 01/2019 Partial response Stopped when she became pregnant"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2019-09", "2020-08",
          "Minimal; 'didn't do anything'", "no_response",
          F2, 1, "Sertraline 100 mg 09/2019 - 08/2020 Minimal Stopped by patient: 'didn't do anything'"),
        H("vilazodone", "SSRI / 5-HT1A partial agonist", "antidepressant", "40 mg", "2021", "2021",
          "Maybe slightly better sleep? Unclear", "unknown",
          F2, 1, "Vilazodone (Viibryd) 40 mg 2021 Maybe slightly better sleep? Unclear"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2023-11", None, "Partial response",
          "partial_response", F2, 1, "Desvenlafaxine (Pristiq) 100 mg 11/2023 - current Partial response Continuing"),
        H("lamotrigine", "anticonvulsant", "augmentation", "150 mg", "2024-04", "2024-10", "No change in mood",
          "no_response", F2, 1, "Lamotrigine (added to desvenlafaxine) 150 mg 04/2024 - 10/2024 No change in mood"),
        H("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2018-01", "2018-05",
          "Some improvement; partial", "partial_response",
          F2, 1, "Interpersonal therapy (IPT) 01/2018 - 05/2018 16 Some improvement; partial"),
    ],
    "scales": [
        S("PHQ-9", 20, "2026-09-09", F2, 1, "PHQ-9 20."),
        S("GAD-7", 15, "2026-09-09", F2, 1, "GAD-7 15."),
        S("MADRS", 31, "2026-09-09", F2, 1, "MADRS (clinician-rated) 31."),
    ],
    "diagnoses": [
        D("F33.2", F2, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        D("F41.1", F2, 1, "F41.1 Generalized anxiety disorder"),
        D("Z91.51", F2, 1, "Z91.51 Personal history of suicidal behavior"),
        D("J45.30", F2, 1, "J45.30 Mild persistent asthma, uncomplicated"),
    ],
    "suicidality": SU("attempt", F2, 1, "One prior suicide attempt in 2016 (overdose of her own medication"),
})

# ------------------------------------------------------------------ 03 PBM claims history PDF + portal messages TXT
F3A = "northgate_rx_claims_history.pdf"
F3B = "portal_messages_kimura-oyelaran.txt"
claims = [["Date filled", "Drug / strength", "Qty", "Days", "Prescriber", "Status"]]
for d in ("01/08/2024",):
    claims.append([d, "ESCITALOPRAM 10 MG TAB", "30", "30", "R. Whitcombe", "Paid"])
for d in ("02/05/2024", "03/06/2024", "04/04/2024", "05/06/2024"):
    claims.append([d, "ESCITALOPRAM 20 MG TAB", "30", "30", "R. Whitcombe", "Paid"])
claims.append(["05/28/2024", "DULOXETINE DR 30 MG CAP", "30", "30", "R. Whitcombe", "Paid"])
for d in ("06/25/2024", "07/24/2024", "08/22/2024", "09/20/2024", "10/21/2024", "11/19/2024", "12/18/2024"):
    claims.append([d, "DULOXETINE DR 60 MG CAP", "30", "30", "R. Whitcombe", "Paid"])
claims.append(["01/14/2025", "DULOXETINE DR 60 MG CAP", "30", "30", "R. Whitcombe", "Rejected - refill too soon"])
rows_p1 = claims
claims2 = [["Date filled", "Drug / strength", "Qty", "Days", "Prescriber", "Status"],
           ["02/03/2025", "LEVOMILNACIPRAN ER 40 MG CAP", "30", "30", "R. Whitcombe", "Paid"],
           ["03/04/2025", "LEVOMILNACIPRAN ER 80 MG CAP", "30", "30", "R. Whitcombe", "Paid"],
           ["04/02/2025", "LEVOMILNACIPRAN ER 80 MG CAP", "90", "90", "R. Whitcombe", "Paid"],
           ["06/30/2025", "LEVOMILNACIPRAN ER 80 MG CAP", "30", "30", "R. Whitcombe", "Paid"],
           ["03/04/2025", "METFORMIN ER 500 MG TAB", "180", "90", "A. Delacroix-Poe", "Paid"],
           ["06/02/2025", "METFORMIN ER 500 MG TAB", "180", "90", "A. Delacroix-Poe", "Paid"],
           ["08/11/2025", "VORTIOXETINE 10 MG TAB", "30", "30", "R. Whitcombe", "Rejected - PA required"],
           ["08/14/2025", "MIRTAZAPINE 15 MG TAB", "30", "30", "R. Whitcombe", "Paid"],
           ["09/12/2025", "MIRTAZAPINE 30 MG TAB", "90", "90", "R. Whitcombe", "Paid"],
           ["09/12/2025", "ARIPIPRAZOLE 2 MG TAB", "30", "30", "R. Whitcombe", "Paid"],
           ["09/12/2025", "METFORMIN ER 500 MG TAB", "180", "90", "A. Delacroix-Poe", "Paid"],
           ["12/09/2025", "MIRTAZAPINE 30 MG TAB", "90", "90", "R. Whitcombe", "Paid"],
           ["03/06/2026", "MIRTAZAPINE 30 MG TAB", "90", "90", "R. Whitcombe", "Paid"],
           ["06/03/2026", "MIRTAZAPINE 30 MG TAB", "90", "90", "R. Whitcombe", "Paid"],
           ["09/01/2026", "MIRTAZAPINE 30 MG TAB", "90", "90", "R. Whitcombe", "Paid"]]
claims2 = [claims2[0]] + sorted(claims2[1:], key=lambda r: (r[0][6:], r[0][:5]))
W3 = [0.13, 0.33, 0.07, 0.07, 0.17, 0.23]
F3HDR = [("p", "FICTIONAL - Northgate Rx Benefit Services (mail order and retail claims)  |  Member services 555-0161"),
         ("h", "Member Prescription Claims History"),
         ("p", "Member: Dale Kimura-Oyelaran   Member ID: NRX-FICT-88231-01   DOB 11/02/1979   Period: 01/01/2024 - "
               "10/31/2026   Report run 11/03/2026   Sorted by date filled")]
msgs = """FICTIONAL RECORD - Brookline Hollow Psychiatry patient portal (secure messages, exported 11/03/2026)
Patient: Dale Kimura-Oyelaran   DOB 11/02/1979   Portal ID BHP-FICT-5521
Clinician: Rosamund Whitcombe, PMHNP-BC

--- 06/10/2024 09:14  Dale Kimura-Oyelaran -> R. Whitcombe
Subject: escitalopram
Hi, just letting you know I stopped the escitalopram early this month like we said. Five months, four of them at 20 mg, and honestly it did nothing for me. Already started the duloxetine you sent in.

--- 01/21/2025 16:40  Dale Kimura-Oyelaran -> R. Whitcombe
Subject: duloxetine sweating
The duloxetine made me sweat through my shirts every single day, even in winter. My mood was maybe a bit better on it but I can't go to work like this. I stopped it last week. What now?

--- 01/22/2025 08:05  R. Whitcombe -> Dale Kimura-Oyelaran
Sorry to hear it. Sweating is a known side effect of duloxetine and can be hard to live with. I have sent levomilnacipran (Fetzima) 40 mg to the mail-order pharmacy; we will go to 80 mg after 4 weeks. Please book a video visit in March.

--- 07/29/2025 19:22  Dale Kimura-Oyelaran -> R. Whitcombe
Subject: Fetzima
Five months on Fetzima, no change in my mood at all. I took the last one on Sunday. Can we try something else? No thoughts of hurting myself, I just feel flat.

--- 08/14/2025 11:30  R. Whitcombe -> Dale Kimura-Oyelaran
Visit summary (video) 08/14/2025: PHQ-9 20. Dx F33.1 Major depressive disorder, recurrent, moderate; E11.9 type 2 diabetes without complications (metformin per PCP). Levomilnacipran stopped 07/2025, no response. Vortioxetine was rejected by the plan (prior authorization required); rather than wait we start mirtazapine 15 mg at night, to 30 mg in 4 weeks. Denies SI.

--- 09/12/2025 10:02  R. Whitcombe -> Dale Kimura-Oyelaran
Increasing mirtazapine to 30 mg as planned. I also sent aripiprazole 2 mg as we discussed, to add to the mirtazapine if you decide to go ahead after reading the leaflet.

--- 09/30/2025 21:47  Dale Kimura-Oyelaran -> R. Whitcombe
Subject: Abilify
I picked up the Abilify but after reading about the weight gain I never took any of it. Staying on the mirtazapine for now, sleeping much better.

--- 10/20/2026 14:15  R. Whitcombe -> Dale Kimura-Oyelaran
Visit summary (video) 10/20/2026: On mirtazapine 30 mg for over a year. Partial response on mirtazapine 30 mg: PHQ-9 14 (from 20 in 08/2025); sleep and appetite better, still low most days and not back to work full time. Denies suicidal ideation. Plan: discuss TMS vs esketamine at the next visit; resubmit vortioxetine with the plan's PA form."""
CASES.append({
    "slug": "03-pbm-claims-and-portal-messages",
    "docs": [{"file": F3A, "fmt": "pdf", "size": 9, "pages": [F3HDR + [("t", rows_p1, W3)],
                                                            F3HDR + [("t", claims2, W3),
              ("p", "Status key: Paid = claim paid by the plan; Rejected = claim not paid (reason shown). A paid claim "
                    "shows the drug was dispensed, not that it was taken. Report totals: 30 claims, 28 paid, 2 rejected.")]]},
             {"file": F3B, "fmt": "txt", "pages": [[("pre", msgs)]]}],
    "note": ("FICTIONAL case. A PBM claims history (2-page PDF table, fills by date with strength changes) and an "
             "exported thread of portal messages (TXT) that holds the outcomes. Escitalopram 10 -> 20 mg 01-06/2024, "
             "no response; duloxetine 30 -> 60 mg 05/2024-01/2025, stopped for sweating (a 'maybe a bit better' mood "
             "does not change it: the stop decides, side_effects); levomilnacipran 40 -> 80 mg 02-07/2025, no "
             "response; mirtazapine 15 -> 30 mg since 08/2025, still filled, partial (end null). Not rows: vortioxetine "
             "(claim rejected, PA required, never dispensed), aripiprazole (dispensed once but never taken), "
             "metformin (diabetes), TMS/esketamine as plans. Suicidality: 'No thoughts of hurting myself', "
             "'Denies SI': none."),
    "history": [
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2024-01", "2024-06",
          "Five months, four of them at 20 mg, and honestly it did nothing for me", "no_response",
          F3B, 1, "Five months, four of them at 20 mg, and honestly it did nothing for me"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-05", "2025-01",
          "made me sweat through my shirts every single day; stopped it last week", "side_effects",
          F3B, 1, "The duloxetine made me sweat through my shirts every single day"),
        H("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2025-02", "2025-07",
          "Five months on Fetzima, no change in my mood at all", "no_response",
          F3B, 1, "Five months on Fetzima, no change in my mood at all"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-08", None,
          "Partial response on mirtazapine 30 mg: PHQ-9 14 (from 20 in 08/2025)", "partial_response",
          F3B, 1, "Partial response on mirtazapine 30 mg: PHQ-9 14 (from 20 in 08/2025)"),
    ],
    "scales": [
        S("PHQ-9", 20, "2025-08-14", F3B, 1, "Visit summary (video) 08/14/2025: PHQ-9 20."),
        S("PHQ-9", 14, "2026-10-20", F3B, 1, "PHQ-9 14 (from 20 in 08/2025)"),
    ],
    "diagnoses": [D("F33.1", F3B, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
                  D("E11.9", F3B, 1, "E11.9 type 2 diabetes without complications")],
    "suicidality": SU("none", F3B, 1, "Denies suicidal ideation."),
})

# ------------------------------------------------------------------ 04 IV ketamine summary with infusion flowsheet
F4 = "cedar-hollow_ketamine_treatment_summary.pdf"
C4H = ("FICTIONAL RECORD - Cedar Hollow Infusion Center, 2200 Aspen Mill Rd, Suite 4, Brightwater, CO 80999 - "
       "555-0188 - fax 555-0189")
flow = [["Inf", "Date", "mg/kg", "MADRS pre", "PHQ-9", "BP peak", "Notes"],
        ["1", "09/08/2026", "0.5", "34", "22", "148/90", "mild dissociation, resolved"],
        ["2", "09/10/2026", "0.5", "-", "-", "142/88", "tolerated"],
        ["3", "09/14/2026", "0.6", "27", "-", "150/92", "nausea; ondansetron"],
        ["4", "09/17/2026", "0.6", "-", "-", "146/90", "'lighter in the mornings'"],
        ["5", "09/21/2026", "0.75", "-", "-", "152/94", "tolerated"],
        ["6", "09/24/2026", "0.75", "19", "13", "149/91", "end of induction"],
        ["7 (booster)", "10/20/2026", "0.75", "18", "12", "144/88", "gains held since 09/24"]]
CASES.append({
    "slug": "04-iv-ketamine-summary-flowsheet",
    "docs": [{"file": F4, "fmt": "pdf", "pages": [
        [("p", C4H), ("h", "IV Ketamine Treatment Summary - to the referring psychiatrist"),
         ("p", "Date: 11/02/2026   Re: Marisol Quaye   DOB 05/19/1974   Chart CHI-FICT-0917   Referring: "
               "Anton Lebedev-Sharpe, MD   Treating: Hana Okonkwo-Reyes, MD (anesthesiology)"),
         ("p", "Diagnoses: F33.2 Major depressive disorder, recurrent severe without psychotic features; I10 "
               "Essential hypertension (amlodipine 5 mg, controlled)."),
         ("h", "Treatment history before referral"),
         ("p", "Ms. Quaye has had treatment-resistant depression since 2011. From your letter and our medication "
               "reconciliation: fluoxetine 60 mg from 2011 to 2013 brought a full remission in the first year, but "
               "the depression came back in 2013 while she was still taking it. Duloxetine 120 mg from 2014 to 2015 "
               "gave no response. Quetiapine XR 150 mg was added to duloxetine in spring 2015 for about five "
               "months; a modest gain was outweighed by a 20 lb weight gain and morning sedation, and it was "
               "stopped. Venlafaxine XR, up to 300 mg since 06/2019, continues: a partial benefit only. Esketamine "
               "nasal spray (Spravato) 84 mg, 16 sessions from 01/2026 to 03/2026, was stopped because of marked "
               "dissociation and blood pressure of 180/100 on two treatment days. ECT was recommended in 2016 and "
               "she declined it. She has never had TMS."),
         ("h", "Intake (09/08/2026)"),
         ("p", "C-SSRS: wish to be dead without thoughts of method (ideation severity 1). No history of suicide "
               "attempts. MADRS 34, PHQ-9 22. Plan: six infusions over about three weeks, racemic ketamine 0.5 "
               "mg/kg over 40 minutes, titrated by response and tolerance; venlafaxine continued unchanged.")],
        [("p", C4H), ("h", "Infusion flowsheet (racemic ketamine IV, 96365 with J3490 per infusion)"),
         ("t", flow, [0.13, 0.14, 0.1, 0.12, 0.09, 0.12, 0.3], 8),
         ("h", "Outcome"),
         ("p", "MADRS fell from 34 to 19 over the induction (a 44% reduction): a partial response, short of the 50% "
               "response threshold and well short of remission. She reports getting out of bed most days and "
               "cooking again. By the fourth infusion she denied any wish to be dead, and she has denied suicidal "
               "ideation at every visit since. The booster on 10/20/2026 held the gains (MADRS 18)."),
         ("h", "Recommendations"),
         ("p", "Maintenance infusions every 4-6 weeks continue at our center; next booster booked for 11/24/2026. "
               "Continue venlafaxine XR 300 mg. If the gains fade between boosters, TMS could be considered. "
               "Please let us know of any medication changes.")]]}],
    "note": ("FICTIONAL case. IV ketamine clinic's treatment summary (2-page PDF): prior trials in a paragraph on p. "
             "1, an infusion flowsheet table on p. 2 (MADRS and PHQ-9 in some cells, '-' in others). Fluoxetine "
             "remission then recurrence on it = relapse; quetiapine added to duloxetine = augmentation, stopped for "
             "weight gain/sedation; venlafaxine since 06/2019, partial, still taken (end null); esketamine 16 sessions "
             "stopped for dissociation and BP = side_effects (kind antidepressant); racemic ketamine 7 infusions since "
             "09/08/2026, partial response (kind other), maintenance continues (end null). Not rows: ECT declined, "
             "'never had TMS', TMS 'could be considered', amlodipine (hypertension), ondansetron for nausea. "
             "Suicidality passive (C-SSRS 1 at intake), denies later: highest passive."),
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "60 mg", "2011", "2013",
          "full remission in the first year, but the depression came back in 2013 while she was still taking it",
          "relapse", F4, 1, "the depression came back in 2013 while she was still taking it"),
        H("duloxetine", "SNRI", "antidepressant", "120 mg", "2014", "2015", "no response", "no_response",
          F4, 1, "Duloxetine 120 mg from 2014 to 2015 gave no response"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2015", "2015",
          "a modest gain was outweighed by a 20 lb weight gain and morning sedation, and it was stopped",
          "side_effects", F4, 1, "Quetiapine XR 150 mg was added to duloxetine in spring 2015 for about five months; a modest gain was "
                 "outweighed by a 20 lb weight gain and morning sedation, and it was stopped"),
        H("venlafaxine", "SNRI", "antidepressant", "300 mg", "2019-06", None, "a partial benefit only",
          "partial_response", F4, 1, "continues: a partial benefit only"),
        H("esketamine", "NMDA antagonist (nasal)", "antidepressant", "84 mg, 16 sessions", "2026-01", "2026-03",
          "stopped because of marked dissociation and blood pressure of 180/100", "side_effects",
          F4, 1, "was stopped because of marked dissociation and blood pressure of 180/100"),
        H("ketamine", "NMDA antagonist (IV, off label)", "other", "7 infusions", "2026-09-08", None,
          "a partial response, short of the 50% response threshold", "partial_response",
          F4, 2, "a partial response, short of the 50% response threshold"),
    ],
    "scales": [
        S("C-SSRS", 1, "2026-09-08", F4, 1, "(ideation severity 1)"),
        S("MADRS", 34, "2026-09-08", F4, 2, "1 09/08/2026 0.5 34 22"),
        S("PHQ-9", 22, "2026-09-08", F4, 2, "1 09/08/2026 0.5 34 22"),
        S("MADRS", 27, "2026-09-14", F4, 2, "3 09/14/2026 0.6 27"),
        S("MADRS", 19, "2026-09-24", F4, 2, "6 09/24/2026 0.75 19 13"),
        S("PHQ-9", 13, "2026-09-24", F4, 2, "6 09/24/2026 0.75 19 13"),
        S("MADRS", 18, "2026-10-20", F4, 2, "7 (booster) 10/20/2026 0.75 18 12"),
        S("PHQ-9", 12, "2026-10-20", F4, 2, "7 (booster) 10/20/2026 0.75 18 12"),
    ],
    "diagnoses": [D("F33.2", F4, 1, "F33.2 Major depressive disorder, recurrent severe"),
                  D("I10", F4, 1, "I10 Essential hypertension")],
    "suicidality": SU("passive", F4, 1, "C-SSRS: wish to be dead without thoughts of method (ideation severity 1)"),
})

# ------------------------------------------------------------------ 05 psychiatric discharge summary, 2-page PDF
F5 = "greyfield_bhu_discharge_summary.pdf"
G5 = ("FICTIONAL RECORD - Greyfield Regional Medical Center, Behavioral Health Unit, 1 Larkspur Way, Oakmere, NE "
      "68999 - 555-0133")
CASES.append({
    "slug": "05-inpatient-discharge-summary",
    "docs": [{"file": F5, "fmt": "pdf", "pages": [
        [("p", G5), ("h", "DISCHARGE SUMMARY"),
         ("p", "Patient: Owen Tarrant-Blake   DOB 03/03/1965   MRN GRM-FICT-771204   Admitted: 08/03/2026   "
               "Discharged: 08/27/2026   Attending: Beatrix Olawale-Strand, MD"),
         ("p", "Discharge diagnoses: F33.2 Major depressive disorder, recurrent, severe without psychotic features. "
               "T14.91XA Suicide attempt, initial encounter. N40.1 Benign prostatic hyperplasia with lower urinary "
               "tract symptoms. E78.5 Hyperlipidemia."),
         ("h", "Reason for admission"),
         ("p", "Mr. Tarrant-Blake, 61, was admitted from the emergency department after an interrupted suicide "
               "attempt by hanging at home on 08/02/2026; his wife found him and cut the cord. He had been "
               "increasingly hopeless for four months after a business failure. On admission MADRS 38, PHQ-9 26, "
               "C-SSRS ideation severity 5 (active ideation with plan and intent)."),
         ("h", "Psychiatric history and prior treatment"),
         ("p", "Depressive episodes since his thirties. Per the patient, his wife and the outside pharmacy record: "
               "sertraline at some point in the 2000s (he cannot recall the dose or whether it helped); mirtazapine "
               "45 mg from 2020 to 2021, stopped after he gained 30 lb; venlafaxine XR 225 mg from 2022, continued "
               "up to admission without benefit; nortriptyline 75 mg added to venlafaxine by his PCP in 2023, "
               "stopped after six weeks because of constipation and urinary retention. No prior ECT. No prior "
               "psychiatric admissions. His brother was treated with ECT in the 1990s."),
         ("h", "Hospital course"),
         ("p", "Placed on close observation. Given no response after more than two years, venlafaxine was tapered "
               "off over the first week (08/04-08/10). After consent and anesthesia review, ECT began on 08/07/2026: "
               "9 right unilateral ultrabrief treatments through 08/26/2026, seizure adequacy confirmed on EEG for "
               "each. Mood, sleep and appetite improved from the fourth treatment. Lorazepam 0.5 mg as needed was "
               "used for anxiety on six nights. Lithium as continuation augmentation after ECT was discussed with "
               "him and his wife and left to his outpatient psychiatrist.")],
        [("p", G5), ("h", "DISCHARGE SUMMARY (continued) - Owen Tarrant-Blake - MRN GRM-FICT-771204"),
         ("h", "Condition at discharge"),
         ("p", "At discharge MADRS 14 and PHQ-9 11: a response to ECT (63% reduction) without remission. C-SSRS "
               "ideation severity 0 at discharge; he denies suicidal ideation and intent, is future-oriented, and "
               "firearms have been removed from the home by his son. Safety plan completed with his wife."),
         ("h", "Discharge medications"),
         ("p", "Atorvastatin 40 mg daily. Tamsulosin 0.4 mg daily (BPH). Melatonin 3 mg at bedtime. No "
               "antidepressant at discharge while ECT continues; to be decided by the outpatient psychiatrist."),
         ("h", "Follow-up"),
         ("p", "Continuation ECT weekly for 4 weeks from 09/02/2026, then every other week, at the Greyfield ECT "
               "suite. Outpatient psychiatry (Dr. Ilse Marchbank) on 09/01/2026. Consider lithium or nortriptyline "
               "rechallenge at a low dose after continuation ECT; bupropion is an alternative.")]]}],
    "note": ("FICTIONAL case. Inpatient psychiatric discharge summary (2-page PDF). Attempt by hanging (T14.91XA), "
             "C-SSRS 5 on admission and 0 at discharge: suicidality attempt. Sertraline in 'the 2000s', dose and "
             "effect not recalled = unknown with no dates. Mirtazapine stopped for weight gain. Venlafaxine 2022 to "
             "its taper ending 08/10/2026, no response. Nortriptyline 'added to venlafaxine' is itself an "
             "antidepressant = kind antidepressant, side_effects. ECT 9 RUL UB treatments from 08/07/2026, response "
             "without remission, continuation ECT scheduled = partial_response, end null. Not rows: 'No prior ECT', "
             "brother's ECT, lorazepam PRN, lithium discussed and deferred, 'consider lithium or nortriptyline "
             "rechallenge', bupropion alternative, atorvastatin/tamsulosin/melatonin."),
    "history": [
        H("sertraline", "SSRI", "antidepressant", None, None, None,
          "he cannot recall the dose or whether it helped", "unknown",
          F5, 1, "sertraline at some point in the 2000s (he cannot recall the dose or whether it helped)"),
        H("mirtazapine", "NaSSA", "antidepressant", "45 mg", "2020", "2021", "stopped after he gained 30 lb",
          "side_effects", F5, 1, "mirtazapine 45 mg from 2020 to 2021, stopped after he gained 30 lb"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022", "2026-08-10",
          "continued up to admission without benefit; tapered off given no response", "no_response",
          F5, 1, "Given no response after more than two years, venlafaxine was tapered off over the first week "
                 "(08/04-08/10)"),
        H("nortriptyline", "TCA", "antidepressant", "75 mg", "2023", "2023",
          "stopped after six weeks because of constipation and urinary retention", "side_effects",
          F5, 1, "nortriptyline 75 mg added to venlafaxine by his PCP in 2023, stopped after six weeks because of "
                 "constipation and urinary retention"),
        H("ECT", "neuromodulation", "neuromodulation", "9 treatments", "2026-08-07", None,
          "a response to ECT (63% reduction) without remission; continuation ECT", "partial_response",
          F5, 2, "a response to ECT (63% reduction) without remission"),
    ],
    "scales": [
        S("MADRS", 38, "2026-08-03", F5, 1, "On admission MADRS 38"),
        S("PHQ-9", 26, "2026-08-03", F5, 1, "PHQ-9 26"),
        S("C-SSRS", 5, "2026-08-03", F5, 1, "C-SSRS ideation severity 5"),
        S("MADRS", 14, "2026-08-27", F5, 2, "At discharge MADRS 14"),
        S("PHQ-9", 11, "2026-08-27", F5, 2, "PHQ-9 11"),
        S("C-SSRS", 0, "2026-08-27", F5, 2, "C-SSRS ideation severity 0 at discharge"),
    ],
    "diagnoses": [D("F33.2", F5, 1, "F33.2 Major depressive disorder, recurrent, severe"),
                  D("T14.91XA", F5, 1, "T14.91XA Suicide attempt, initial encounter"),
                  D("N40.1", F5, 1, "N40.1 Benign prostatic hyperplasia"),
                  D("E78.5", F5, 1, "E78.5 Hyperlipidemia")],
    "suicidality": SU("attempt", F5, 1, "interrupted suicide attempt by hanging at home on 08/02/2026"),
})

# ------------------------------------------------------------------ 06 scanned TMS completion report (fax)
F6 = "bluewater_tms_completion_report_fax.pdf"
FAXH = "FAX  11/09/2026 15:02  FROM: 555-0176 BLUEWATER NEURO  TO: 555-0190  P. {}/2"
tmst = [["Date", "Session", "PHQ-9", "Comment"],
        ["04/06/2026", "1", "24", "motor threshold 52%; baseline"],
        ["04/17/2026", "10", "19", "scalp discomfort, eased"],
        ["05/01/2026", "20", "12", "sleeping through the night"],
        ["05/15/2026", "30", "5", "taper begins"],
        ["05/22/2026", "36", "4", "course complete"]]
CASES.append({
    "slug": "06-scanned-tms-completion-report",
    "docs": [{"file": F6, "fmt": "scan", "size": 10, "pages": [
        [("p", FAXH.format(1)),
         ("p", "FICTIONAL RECORD - Bluewater Neuromodulation, 17 Pier Street, Fenwick Falls, ME 04999"),
         ("h", "TMS Treatment Completion Report"),
         ("p", "Patient: Ingrid Solvang-Ruiz   DOB 12/01/1996   Acct BWN-FICT-4410"),
         ("p", "Dx: F33.2 MDD, recurrent, severe; F41.1 GAD"),
         ("p", "Protocol: 10 Hz left DLPFC, 120% MT, 3000 pulses. 30 daily sessions then 6 taper sessions."),
         ("p", "Course: 36 sessions, 04/06/2026 to 05/22/2026."),
         ("p", "Prior treatment (from referral):"),
         ("p", "- sertraline 50-150 mg, 2021 to 2022: 'flat, no better'"),
         ("p", "- bupropion XL 300 mg, 2022 to 2023: panic attacks, stopped"),
         ("p", "- aripiprazole 5 mg added to bupropion, 2023, 8 weeks: no benefit, stopped"),
         ("p", "- fluoxetine 40 mg since 09/2023, continues: partial response"),
         ("p", "- never had ECT; ketamine discussed, not covered by her plan"),
         ("p", "Baseline risk: passive SI (wishes she could disappear), no plan, no intent."),
         ("t", tmst, [0.2, 0.14, 0.12, 0.54])],
        [("p", FAXH.format(2)),
         ("p", "FICTIONAL RECORD - Bluewater Neuromodulation - Ingrid Solvang-Ruiz - BWN-FICT-4410"),
         ("h", "Outcome at completion (05/22/2026)"),
         ("p", "PHQ-9 24 -> 4. Remission. Denies SI at completion. Hydroxyzine 25 mg PRN for anxiety, rarely used."),
         ("p", "Plan: continue fluoxetine 40 mg; follow-up in 3 months; maintenance TMS only if symptoms return."),
         ("h", "Addendum 09/14/2026"),
         ("p", "Seen for follow-up. Symptoms returned in August after a job loss: low mood, poor sleep, no energy."),
         ("p", "PHQ-9 17 today. Relapse after TMS remission. Denies SI."),
         ("p", "Plan: request authorization for a repeat TMS course; she is also interested in esketamine."),
         ("p", "Signed: Corinne Abernathy-Vo, MD  09/14/2026")]]}],
    "note": ("FICTIONAL case. Image-only scanned fax (2-page PDF, no text layer) of a TMS completion report with a "
             "session table. TMS 36 sessions 04/06-05/22/2026, remission at completion, relapse in August (the "
             "addendum's 'Relapse after TMS remission' decides: relapse). Prior trials as a dashed list: sertraline "
             "no response; bupropion stopped for panic attacks = side_effects; aripiprazole added to bupropion = "
             "augmentation, no benefit; fluoxetine since 09/2023 continuing, partial (end null). Not rows: 'never had "
             "ECT', ketamine 'discussed, not covered', hydroxyzine PRN, maintenance/repeat TMS and esketamine as "
             "plans. Suicidality passive at baseline, denies later: highest passive."),
    "history": [
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2021", "2022", "'flat, no better'", "no_response",
          F6, 1, "sertraline 50-150 mg, 2021 to 2022: 'flat, no better'"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2022", "2023", "panic attacks, stopped",
          "side_effects", F6, 1, "bupropion XL 300 mg, 2022 to 2023: panic attacks, stopped"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2023", "2023",
          "no benefit, stopped", "no_response",
          F6, 1, "aripiprazole 5 mg added to bupropion, 2023, 8 weeks: no benefit, stopped"),
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2023-09", None, "partial response",
          "partial_response", F6, 1, "fluoxetine 40 mg since 09/2023, continues: partial response"),
        H("TMS", "rTMS", "neuromodulation", "36 sessions", "2026-04-06", "2026-05-22",
          "remission at completion; relapse after TMS remission in August", "relapse",
          F6, 2, "PHQ-9 17 today. Relapse after TMS remission."),
    ],
    "scales": [
        S("PHQ-9", 24, "2026-04-06", F6, 1, "04/06/2026 1 24"),
        S("PHQ-9", 19, "2026-04-17", F6, 1, "04/17/2026 10 19"),
        S("PHQ-9", 12, "2026-05-01", F6, 1, "05/01/2026 20 12"),
        S("PHQ-9", 5, "2026-05-15", F6, 1, "05/15/2026 30 5"),
        S("PHQ-9", 4, "2026-05-22", F6, 1, "05/22/2026 36 4"),
        S("PHQ-9", 17, "2026-09-14", F6, 2, "PHQ-9 17 today."),
    ],
    "diagnoses": [D("F33.2", F6, 1, "F33.2 MDD, recurrent, severe"), D("F41.1", F6, 1, "F41.1 GAD")],
    "suicidality": SU("passive", F6, 1, "Baseline risk: passive SI (wishes she could disappear), no plan, no intent."),
})
