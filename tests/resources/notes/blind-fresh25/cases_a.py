"""FICTIONAL cases 01-06 of blind set 25. Every person, clinic, number and address is invented."""
from helpers import D, H, S, SU

CASES = []


def case(fn):
    CASES.append(fn())
    return fn


@case
def c01():
    f = "lakeshore_endocrine_visits.pdf"
    p1 = [
        "FICTIONAL SAMPLE - Lakeshore Endocrine Associates (fictional), 12 Harbor Rd, Port Vale - 555-0131",
        ("H", "Endocrinology follow-up visit - 09/14/2026"),
        "Patient: Marisol Feeney (fictional)    DOB 03/02/1979    MRN FICT-40817    Seen by: R. Amsel, MD",
        "Reason for visit: hypothyroidism follow-up; she asks about the liothyronine her psychiatrist added.",
        ("H", "History of present illness"),
        "Hashimoto hypothyroidism since 2015 on levothyroxine 112 mcg daily; TSH 2.1 today, well replaced.",
        "Her psychiatrist (Dr. Okafor, fictional) added liothyronine 25 mcg daily to the sertraline in 07/2026",
        "for depression, not for the thyroid; she wants to know whether it is safe with her levothyroxine.",
        "Mood history as she tells it:",
        "- Escitalopram 10 mg 2016-2017: 'felt like myself within two months'; stopped when she felt well.",
        "- Depression returned in 2022. Sertraline started 04/2022, now 200 mg daily, still taking:",
        "  'took the edge off, maybe 40 percent better, but not where I want to be.'",
        "- Bupropion XL 150 mg added 01/2023 to 03/2023: heart racing and shaky hands, so she stopped it.",
        "- Her sister takes venlafaxine and 'swears by it'; Marisol has never taken it.",
        "- Propranolol 10 mg as needed for palpitations during a thyroiditis flare in 2019 (not for mood).",
        ("H", "Screening"),
        "PHQ-9 today: 14.    GAD-7 today: 9.",
        "Suicide screen: denies suicidal ideation, no past attempts.",
        ("H", "Assessment"),
        "E06.3 Autoimmune thyroiditis - euthyroid on replacement.",
        "F33.1 Major depressive disorder, recurrent, moderate - managed by psychiatry.",
        ("H", "Plan"),
        "Continue levothyroxine 112 mcg. Liothyronine 25 mcg is acceptable; TSH and free T4 in 8 weeks.",
        "If liothyronine is not tolerated, Dr. Okafor may consider lithium; that decision is his.",
    ]
    p2 = [
        ("H", "Endocrinology follow-up visit - 11/16/2026"),
        "TSH 0.9 and free T4 normal on levothyroxine 112 mcg plus liothyronine 25 mcg. No palpitations.",
        "Liothyronine (added to sertraline 07/2026): she says it 'didn't do a thing' for her mood.",
        "She is still taking it and will ask Dr. Okafor about stopping it.",
        "Started CBT with a counselor in 09/2026, 6 sessions so far: 'somewhat better, not all the way.'",
        "PHQ-9 today: 15.",
        ("H", "Plan"),
        "Continue both thyroid hormones for now; recheck TSH in 3 months. Return visit in 6 months.",
    ]
    doc = {"file": f, "fmt": "pdf", "pages": [p1, p2]}
    truth = {
        "_note": "FICTIONAL case. Endocrinology visits, 2-page PDF. Rows: escitalopram (stopped when well: remission), "
                 "sertraline (40 percent: partial, current), bupropion XL added (racing heart: side effects), "
                 "liothyronine added to sertraline for depression (augmentation, no response, p. 2), CBT 6 sessions "
                 "(partial, p. 2). Not rows: levothyroxine (thyroid), sister's venlafaxine, propranolol as needed, "
                 "lithium maybe considered.",
        "history": [
            H("escitalopram", "SSRI", "antidepressant", "10 mg", "2016", "2017",
              "felt like myself within two months; stopped when she felt well", "remission", f, 1,
              "Escitalopram 10 mg 2016-2017: 'felt like myself within two months'; stopped when she felt well."),
            H("sertraline", "SSRI", "antidepressant", "200 mg daily", "2022-04", None,
              "took the edge off, maybe 40 percent better, but not where I want to be", "partial_response", f, 1,
              "'took the edge off, maybe 40 percent better, but not where I want to be.'"),
            H("bupropion", "NDRI", "antidepressant", "150 mg", "2023-01", "2023-03",
              "heart racing and shaky hands, so she stopped it", "side_effects", f, 1,
              "Bupropion XL 150 mg added 01/2023 to 03/2023: heart racing and shaky hands, so she stopped it."),
            H("liothyronine", "thyroid hormone", "augmentation", "25 mcg daily", "2026-07", None,
              "didn't do a thing for her mood", "no_response", f, 2,
              "Liothyronine (added to sertraline 07/2026): she says it 'didn't do a thing' for her mood."),
            H("CBT", "psychotherapy", "psychotherapy", "6 sessions", "2026-09", None,
              "somewhat better, not all the way", "partial_response", f, 2,
              "Started CBT with a counselor in 09/2026, 6 sessions so far: 'somewhat better, not all the way.'"),
        ],
        "scales": [
            S("PHQ-9", 14, "2026-09-14", f, 1, "PHQ-9 today: 14."),
            S("GAD-7", 9, "2026-09-14", f, 1, "GAD-7 today: 9."),
            S("PHQ-9", 15, "2026-11-16", f, 2, "PHQ-9 today: 15."),
        ],
        "diagnoses": [D("E06.3", f, 1, "E06.3 Autoimmune thyroiditis"),
                      D("F33.1", f, 1, "F33.1 Major depressive disorder, recurrent, moderate")],
        "suicidality": SU("none", f, 1, "denies suicidal ideation, no past attempts."),
    }
    return {"slug": "01-endocrinology-thyroid-clinic-visits-pdf", "docs": [doc], "truth": truth}


@case
def c02():
    f = "community_paramedic_visit_2026-10-03.txt"
    p = [
        "FICTIONAL SAMPLE RECORD - Riverbend Fire District Community Paramedic Program (fictional) - 555-0142",
        "COMMUNITY PARAMEDIC HOME VISIT",
        "Date of visit: 10/03/2026    Patient: Walter Brisco (fictional), 68    Program ID: FICT-CP-2291",
        "Paramedic: J. Tamsin, CP-C (fictional)    Referred by: primary care after two ED visits (COPD, 'low mood,",
        "not eating')",
        ("H", "MEDICATION RECONCILIATION (bottles found in the home)"),
        ("T", [["Medication", "Label says", "Last fill", "Taking?", "Comment"],
               ["Mirtazapine 15 mg", "1 at bedtime", "09/12/2026", "Yes", "since 06/2026; eats more, mood 'a little lighter'"],
               ["Sertraline 50 mg", "1 daily", "02/10/2026", "No", "11/2025-03/2026, 'made my stomach run', stopped"],
               ["Tiotropium 18 mcg", "inhale daily", "09/20/2026", "Yes", "COPD"],
               ["Albuterol HFA", "as needed", "08/30/2026", "Yes", "COPD rescue"],
               ["Trazodone 50 mg", "1/2 at bedtime", "08/02/2026", "Sometimes", "for sleep only"],
               ["Lorazepam 0.5 mg", "wife's bottle", "-", "No", "his wife's, not the patient's"],
               ["Escitalopram 10 mg", "1 daily", "never filled", "No", "prescribed 05/2026, never picked up"]]),
        ("H", "HISTORY"),
        "Per patient and daughter: first depression after his wife's stroke in 2019. Citalopram 20 mg for about",
        "a year (2019-2020): 'it worked, I was fine,' and Dr. Lyle (fictional) tapered him off in 2020.",
        "Problem-solving therapy by video with the clinic's behavioral health nurse, 6 sessions 03/2025-05/2025:",
        "'I did the homework, nothing changed.'",
        "No psychiatric admissions. Never seen a psychiatrist.",
        ("H", "ASSESSMENT TODAY"),
        "Vitals: BP 132/78, HR 88, SpO2 91% on room air, weight 142 lb (down 9 lb since June).",
        "PHQ-9 administered: 17.",
        "Asked directly about suicide: 'some nights I wish I wouldn't wake up'; no plan, no intent. Firearms",
        "removed from the home by his daughter in 2024.",
        "Working problems: J44.9 Chronic obstructive pulmonary disease; F33.1 Major depressive disorder,",
        "recurrent, moderate (per PCP problem list).",
        ("H", "PLAN"),
        "Message PCP: escitalopram was never started - PCP to decide whether to start it or raise the mirtazapine.",
        "Crisis line number given; safety plan reviewed with patient and daughter. Revisit in 2 weeks.",
    ]
    doc = {"file": f, "fmt": "txt", "pages": [p]}
    truth = {
        "_note": "FICTIONAL case. Community paramedic home visit, plain text, with a bottle reconciliation table. "
                 "Rows: mirtazapine 15 mg (a little lighter: partial, current), sertraline (stomach: side effects), "
                 "citalopram 2019-2020 (remission), problem-solving therapy 6 sessions (no response). Not rows: "
                 "trazodone for sleep, wife's lorazepam, escitalopram never picked up, COPD inhalers.",
        "history": [
            H("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2026-06", None,
              "eats more, mood 'a little lighter'", "partial_response", f, 1,
              "Mirtazapine 15 mg 1 at bedtime 09/12/2026 Yes since 06/2026; eats more, mood 'a little lighter'"),
            H("sertraline", "SSRI", "antidepressant", "50 mg", "2025-11", "2026-03",
              "made my stomach run, stopped", "side_effects", f, 1,
              "11/2025-03/2026, 'made my stomach run', stopped"),
            H("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2020",
              "it worked, I was fine; tapered him off in 2020", "remission", f, 1,
              "a year (2019-2020): 'it worked, I was fine,' and Dr. Lyle (fictional) tapered him off in 2020."),
            H("problem-solving therapy", "psychotherapy", "psychotherapy", "6 sessions", "2025-03", "2025-05",
              "I did the homework, nothing changed", "no_response", f, 1,
              "'I did the homework, nothing changed.'"),
        ],
        "scales": [S("PHQ-9", 17, "2026-10-03", f, 1, "PHQ-9 administered: 17.")],
        "diagnoses": [D("J44.9", f, 1, "J44.9 Chronic obstructive pulmonary disease"),
                      D("F33.1", f, 1, "F33.1 Major depressive disorder,")],
        "suicidality": SU("passive", f, 1, "'some nights I wish I wouldn't wake up'; no plan, no intent."),
    }
    return {"slug": "02-community-paramedic-home-visit-txt", "docs": [doc], "truth": truth}


@case
def c03():
    f = "second_opinion_letter_Hadley.docx"
    p = [
        "FICTIONAL SAMPLE - Northfield University Mood Disorders Second-Opinion Service (fictional), 555-0157",
        "October 22, 2026",
        "Re: Joanna Hadley (fictional), DOB 07/19/1986, record FICT-MD-5530",
        "Dear Dr. Castellanos (fictional),",
        "Thank you for asking us to see Ms. Hadley for a second opinion on her depression. I saw her today for "
        "ninety minutes with her husband present, and reviewed the pharmacy history and your notes.",
        ("H", "Treatment history"),
        "The trials below are taken from the pharmacy record and her chart, and confirmed with her.",
        ("T", [["Trial", "Dates", "Maximum dose", "Weeks at max", "Result"],
               ["Fluoxetine", "2014 - 2015", "40 mg", "30", "Remission; stopped when well in 2015"],
               ["Fluoxetine", "03/2021 - 08/2021", "60 mg", "12", "No response the second time"],
               ["Venlafaxine XR", "09/2021 - 06/2022", "225 mg", "28", "Partial response per her psychiatrist"],
               ["Quetiapine XR (added to venlafaxine)", "01/2022 - 04/2022", "150 mg", "10",
                "Sedation, 20 lb weight gain; stopped"],
               ["Vortioxetine", "08/2022 - present", "20 mg", "-", "Some benefit, residual symptoms"],
               ["Lithium", "-", "-", "-", "Not tried"],
               ["ECT", "-", "-", "-", "Declined (memory concerns)"]]),
        "She completed 16 sessions of interpersonal psychotherapy between 02/2023 and 06/2023. She found it "
        "'useful for the marriage, but the depression never lifted.'",
        "Her mother had ECT in the 1990s with a good result, which is part of why the family raised it. She takes "
        "zolpidem 5 mg at night for sleep and an oral contraceptive.",
        ("H", "Safety"),
        "In 11/2021 she had active suicidal ideation with a plan and was admitted for five days; there has been "
        "no attempt. Today she reports passive thoughts on bad days, with no intent.",
        ("H", "Examination and scales"),
        "HAM-D (17-item) today: 21. MADRS today: 29.",
        ("H", "Impression"),
        "F33.2 Major depressive disorder, recurrent, severe without psychotic features.",
        "F41.1 Generalized anxiety disorder.",
        "By our count she has had four adequate antidepressant trials, one augmentation and one course of "
        "psychotherapy without lasting remission in the current episode.",
        ("H", "Recommendations"),
        "1. Consider adding lithium to the vortioxetine, aiming for a level of 0.6 to 0.8.",
        "2. If she declines lithium, a course of TMS would be reasonable; esketamine (Spravato) is another option.",
        "3. We would be glad to see her again in three months.",
        "Sincerely, Priya Venkataraman, MD (fictional)",
    ]
    doc = {"file": f, "fmt": "docx", "pages": [p]}
    truth = {
        "_note": "FICTIONAL case. Second-opinion consult letter, DOCX with a trials table. Rows: fluoxetine twice "
                 "(remission 2014-2015; no response 2021), venlafaxine XR (partial), quetiapine XR added "
                 "(augmentation, side effects), vortioxetine (partial, current), IPT 16 sessions (helped the "
                 "marriage, depression persisted: no response). Not rows: lithium not tried, ECT declined, "
                 "mother's ECT, zolpidem for sleep, recommended lithium/TMS/esketamine.",
        "history": [
            H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2014", "2015",
              "Remission; stopped when well in 2015", "remission", f, 1,
              "Fluoxetine 2014 - 2015 40 mg 30 Remission; stopped when well in 2015"),
            H("fluoxetine", "SSRI", "antidepressant", "60 mg", "2021-03", "2021-08",
              "No response the second time", "no_response", f, 1,
              "Fluoxetine 03/2021 - 08/2021 60 mg 12 No response the second time"),
            H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2021-09", "2022-06",
              "Partial response per her psychiatrist", "partial_response", f, 1,
              "Venlafaxine XR 09/2021 - 06/2022 225 mg 28 Partial response per her psychiatrist"),
            H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2022-01", "2022-04",
              "Sedation, 20 lb weight gain; stopped", "side_effects", f, 1,
              "Quetiapine XR (added to venlafaxine) 01/2022 - 04/2022 150 mg 10 Sedation, 20 lb weight gain; stopped"),
            H("vortioxetine", "multimodal", "antidepressant", "20 mg", "2022-08", None,
              "Some benefit, residual symptoms", "partial_response", f, 1,
              "Vortioxetine 08/2022 - present 20 mg - Some benefit, residual symptoms"),
            H("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2023-02", "2023-06",
              "useful for the marriage, but the depression never lifted", "no_response", f, 1,
              "'useful for the marriage, but the depression never lifted.'"),
        ],
        "scales": [S("HAM-D", 21, "2026-10-22", f, 1, "HAM-D (17-item) today: 21."),
                   S("MADRS", 29, "2026-10-22", f, 1, "MADRS today: 29.")],
        "diagnoses": [D("F33.2", f, 1, "F33.2 Major depressive disorder, recurrent, severe"),
                      D("F41.1", f, 1, "F41.1 Generalized anxiety disorder.")],
        "suicidality": SU("active", f, 1, "In 11/2021 she had active suicidal ideation with a plan and was admitted"),
    }
    return {"slug": "03-second-opinion-psychopharmacology-letter-docx", "docs": [doc], "truth": truth}


@case
def c04():
    f = "eastgate_id_clinic_notes.pdf"
    p1 = [
        "FICTIONAL SAMPLE - Eastgate Infectious Disease Clinic (fictional), 400 Mill St - 555-0163",
        ("H", "HIV primary care visit - 06/09/2026"),
        "Patient: Darnell Okoye (fictional)    DOB 11/30/1984    Chart FICT-ID-7712    Provider: L. Brandt, NP",
        ("H", "Antiretroviral history"),
        "Efavirenz-based regimen 2017-2019: vivid dreams and low mood, changed in 2019. Since 2019 on",
        "bictegravir/emtricitabine/tenofovir alafenamide, one tablet daily; viral load undetectable today.",
        ("H", "Depression (co-managed with our integrated behavioral health team)"),
        "Paroxetine 20 mg in 2012, years before the HIV diagnosis: 'zapped my sex drive,' stopped after 3 months.",
        "Mirtazapine 15 mg in 2019 for six weeks: 'slept fourteen hours a day,' so he stopped it.",
        "Behavioral activation (social worker), 8 sessions 10/2025-12/2025: 'got me walking, mood about half better.'",
        "Sertraline 100 mg since 02/2025, current: 'not much different.'",
        "His partner takes emtricitabine/tenofovir for PrEP (partner's medicine).",
        "Bupropion was suggested for smoking cessation; he declined it. Nicotine patch 14 mg daily instead.",
        "Trazodone 50 mg at bedtime as needed for sleep.",
        ("H", "Screening"),
        "PHQ-9: 16    GAD-7: 8    PHQ-9 item 9 = 0; denies SI.",
        ("H", "Assessment"),
        "B20 HIV disease, virally suppressed.",
        "F32.1 Major depressive disorder, single episode, moderate.",
        "F17.210 Nicotine dependence, cigarettes.",
        ("H", "Plan"),
        "Behavioral health to review the sertraline; a switch to duloxetine was discussed.",
    ]
    p2 = [
        ("H", "HIV primary care visit - 09/15/2026"),
        "Viral load undetectable. Smoking down to 3 cigarettes a day on the patch.",
        "Sertraline stopped 07/2026 after no benefit in five months; cross-tapered to duloxetine 30 mg,",
        "raised to 60 mg on 08/12/2026.",
        "On duloxetine 60 mg: 'maybe 30 percent better'; he says the tingling in his feet is also easier.",
        "PHQ-9: 11. Denies SI.",
        ("H", "Plan"),
        "Continue duloxetine 60 mg and the bictegravir regimen. Labs in 3 months.",
    ]
    doc = {"file": f, "fmt": "pdf", "pages": [p1, p2]}
    truth = {
        "_note": "FICTIONAL case. HIV clinic visits, 2-page PDF. Rows: paroxetine 2012 (sexual side effects), "
                 "mirtazapine 2019 (oversleeping: side effects), behavioral activation 8 sessions (half: partial), "
                 "sertraline 02/2025-07/2026 (no response, judged p. 2), duloxetine from 07/2026 (30 percent: "
                 "partial, current). Not rows: efavirenz and the antiretrovirals, partner's PrEP, bupropion "
                 "declined, nicotine patch, trazodone as needed for sleep.",
        "history": [
            H("paroxetine", "SSRI", "antidepressant", "20 mg", "2012", "2012",
              "zapped my sex drive, stopped after 3 months", "side_effects", f, 1,
              "Paroxetine 20 mg in 2012, years before the HIV diagnosis: 'zapped my sex drive,' stopped after 3 months."),
            H("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2019", "2019",
              "slept fourteen hours a day, so he stopped it", "side_effects", f, 1,
              "Mirtazapine 15 mg in 2019 for six weeks: 'slept fourteen hours a day,' so he stopped it."),
            H("behavioral activation", "psychotherapy", "psychotherapy", "8 sessions", "2025-10", "2025-12",
              "got me walking, mood about half better", "partial_response", f, 1,
              "Behavioral activation (social worker), 8 sessions 10/2025-12/2025: 'got me walking, mood about half better.'"),
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-02", "2026-07",
              "stopped after no benefit in five months", "no_response", f, 2,
              "Sertraline stopped 07/2026 after no benefit in five months; cross-tapered to duloxetine 30 mg,"),
            H("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-07", None,
              "maybe 30 percent better", "partial_response", f, 2,
              "On duloxetine 60 mg: 'maybe 30 percent better'"),
        ],
        "scales": [S("PHQ-9", 16, "2026-06-09", f, 1, "PHQ-9: 16"),
                   S("GAD-7", 8, "2026-06-09", f, 1, "GAD-7: 8"),
                   S("PHQ-9", 11, "2026-09-15", f, 2, "PHQ-9: 11.")],
        "diagnoses": [D("B20", f, 1, "B20 HIV disease, virally suppressed."),
                      D("F32.1", f, 1, "F32.1 Major depressive disorder, single episode, moderate."),
                      D("F17.210", f, 1, "F17.210 Nicotine dependence, cigarettes.")],
        "suicidality": SU("none", f, 1, "PHQ-9 item 9 = 0; denies SI."),
    }
    return {"slug": "04-hiv-clinic-primary-care-visits-pdf", "docs": [doc], "truth": truth}


@case
def c05():
    f = "paramedical_exam_part_b_scan.pdf"
    p = [
        "FICTIONAL SAMPLE - Meridian Mutual Life (fictional)",
        ("H", "Paramedical Examination - Part B: Medical History"),
        "Applicant: Tobias Lindqvist (fictional)  DOB 04/08/1990  App FICT-LI-30917",
        "Exam date: 08/27/2026   Examiner: C. Ruiz (fictional), 555-0178",
        "12. Ever treated for depression or anxiety?   [X] Yes   [ ] No",
        "12a. Medicines (name, dose, dates, result):",
        ("T", [["Drug", "Dose", "From", "To", "Result"],
               ["Lexapro", "20 mg", "05/2020", "01/2021", "helped at first, then stopped working"],
               ["Cymbalta", "60 mg", "02/2021", "06/2021", "sweats + nausea, quit"],
               ["Wellbutrin XL", "300 mg", "07/2021", "current", "good - back to normal"],
               ["Buspar", "-", "-", "-", "prescribed, never took it"]]),
        "12b. Counseling / therapy?   [X] Yes   [ ] No",
        "     Details: CBT, 10 visits, 2020 - 'helped some'",
        "12c. Other treatment (TMS, ECT, ketamine)?   [X] Yes   [ ] No",
        "     Details: TMS, 30 sessions, 03/2021-05/2021 - better for a couple of",
        "     months, then back to where I started",
        "13. Ever hospitalized for mental health?   [ ] Yes   [X] No",
        "14. Ever attempted suicide or had thoughts of suicide?   [ ] Yes   [X] No",
        "15. Other medicines: lisinopril 10 mg (blood pressure); Ambien 5 mg nightly",
        "     for sleep; ibuprofen as needed",
        "16. Family history: mother - depression, on Zoloft",
        "17. Diagnoses given by your doctor: depression (F32.A); high blood pressure (I10)",
        "Measurements: BP 138/86   pulse 72   height 70 in   weight 191 lb",
        "I certify the answers above are true. Signed: T. Lindqvist (fictional)",
    ]
    doc = {"file": f, "fmt": "scan", "pages": [p]}
    truth = {
        "_note": "FICTIONAL case. Life-insurance paramedical exam Part B, image-only scanned PDF, 1 page. Rows: "
                 "Lexapro (helped then stopped working: relapse), Cymbalta (sweats, nausea: side effects), "
                 "Wellbutrin XL (back to normal: remission, current), CBT 10 visits 2020 (helped some: partial), TMS "
                 "30 sessions 2021 (better for a couple of months, then back: relapse). "
                 "Not rows: Buspar never taken, Ambien for sleep, lisinopril, ibuprofen, mother's Zoloft. "
                 "No scales. Suicide question ticked No.",
        "history": [
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2020-05", "2021-01",
              "helped at first, then stopped working", "relapse", f, 1,
              "Lexapro 20 mg 05/2020 01/2021 helped at first, then stopped working"),
            H("duloxetine", "SNRI", "antidepressant", "60 mg", "2021-02", "2021-06",
              "sweats + nausea, quit", "side_effects", f, 1,
              "Cymbalta 60 mg 02/2021 06/2021 sweats + nausea, quit"),
            H("bupropion", "NDRI", "antidepressant", "300 mg", "2021-07", None,
              "good - back to normal", "remission", f, 1,
              "Wellbutrin XL 300 mg 07/2021 current good - back to normal"),
            H("TMS", "neuromodulation", "neuromodulation", "30 sessions", "2021-03", "2021-05",
              "better for a couple of months, then back to where I started", "relapse", f, 1,
              "Details: TMS, 30 sessions, 03/2021-05/2021 - better for a couple of"),
            H("CBT", "psychotherapy", "psychotherapy", "10 visits", "2020", "2020",
              "helped some", "partial_response", f, 1,
              "Details: CBT, 10 visits, 2020 - 'helped some'"),
        ],
        "scales": [],
        "diagnoses": [D("F32.A", f, 1, "depression (F32.A)"), D("I10", f, 1, "high blood pressure (I10)")],
        "suicidality": SU("none", f, 1, "14. Ever attempted suicide or had thoughts of suicide? [ ] Yes [X] No"),
    }
    return {"slug": "05-life-insurance-paramedical-exam-form-scan", "docs": [doc], "truth": truth}


@case
def c06():
    f = "cardiac_rehab_progress_notes.txt"
    p = [
        "FICTIONAL SAMPLE RECORD - Hollis Valley Hospital Cardiac Rehabilitation, Phase II (fictional) - 555-0119",
        "Participant: Gloria Pennington (fictional), 61    Program ID: FICT-CR-0448",
        "Referral: NSTEMI 07/2026, PCI to the LAD 07/24/2026. 36-session program, 3 sessions a week.",
        ("H", "WEEK 1 - 08/04/2026 - INTAKE (exercise physiologist and rehab nurse)"),
        "Cardiac medicines: aspirin 81 mg, ticagrelor 90 mg twice daily, metoprolol succinate 50 mg,",
        "atorvastatin 80 mg.",
        "Mood: sertraline 50 mg started 07/28/2026 in hospital by the consult-liaison psychiatrist",
        "for post-MI depression.",
        "Past depression: fluoxetine 20 mg 2009-2010 after her divorce - 'felt better within a month'; came off it in",
        "2010 when she was well.",
        "Citalopram 20 mg 2018-2019, stopped by her cardiologist in 2019 because of a QTc of 492 ms.",
        "Her cardiologist advised no tricyclics; she has never taken one.",
        "Her daughter suggested St. John's wort; advised against it (interaction with ticagrelor); she never took it.",
        "Melatonin 3 mg at bedtime for sleep.",
        "PHQ-9 at intake: 18. Item 9 scored 1 ('better off dead' on several days); no plan or intent; safety plan done",
        "with the rehab social worker.",
        "Problem list: I25.10 Coronary artery disease of native artery; F33.1 Major depressive disorder, recurrent,",
        "moderate.",
        ("H", "WEEK 4 - 08/25/2026"),
        "Sertraline increased to 100 mg on 08/20/2026 by psychiatry. Walking 25 min on the treadmill.",
        "PHQ-9: 15. Item 9 = 0.",
        ("H", "WEEK 6 - 09/08/2026"),
        "First session of the 'Heart and Mind' CBT group (6 weekly sessions) held in the rehab gym today.",
        ("H", "WEEK 8 - 09/22/2026"),
        "PHQ-9: 9. Sleeping better; tolerating sertraline without GI upset.",
        ("H", "WEEK 12 - 10/20/2026 - PHASE II DISCHARGE"),
        "Sertraline 100 mg, continuing: 'I'm back to myself.' PHQ-9: 4.",
        "Heart and Mind CBT group: 6 of 6 sessions, 09/08/2026 to 10/13/2026; she says 'it helped, I'd say halfway",
        "on its own.'",
        "Zolpidem offered by her PCP for sleep; she declined.",
        "Discharge plan: phase III maintenance gym; continue sertraline with psychiatry.",
    ]
    doc = {"file": f, "fmt": "txt", "pages": [p]}
    truth = {
        "_note": "FICTIONAL case. Cardiac rehabilitation weekly progress notes, plain text. Rows: fluoxetine "
                 "2009-2010 (came off when well: remission), citalopram 2018-2019 (QTc: side effects), sertraline "
                 "from 07/28/2026 (back to myself: remission, continuing), Heart and Mind CBT group 6 sessions "
                 "(halfway: partial). Not rows: cardiac drugs, tricyclics never, St. John's wort never taken, "
                 "melatonin for sleep, zolpidem declined.",
        "history": [
            H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2009", "2010",
              "felt better within a month; came off it in 2010 when she was well", "remission", f, 1,
              "Past depression: fluoxetine 20 mg 2009-2010 after her divorce - 'felt better within a month'; came off it in"),
            H("citalopram", "SSRI", "antidepressant", "20 mg", "2018", "2019",
              "stopped by her cardiologist in 2019 because of a QTc of 492 ms", "side_effects", f, 1,
              "Citalopram 20 mg 2018-2019, stopped by her cardiologist in 2019 because of a QTc of 492 ms."),
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2026-07-28", None,
              "I'm back to myself", "remission", f, 1,
              "Sertraline 100 mg, continuing: 'I'm back to myself.'"),
            H("CBT", "psychotherapy", "psychotherapy", "6 sessions", "2026-09-08", "2026-10-13",
              "it helped, I'd say halfway on its own", "partial_response", f, 1,
              "Heart and Mind CBT group: 6 of 6 sessions, 09/08/2026 to 10/13/2026"),
        ],
        "scales": [S("PHQ-9", 18, "2026-08-04", f, 1, "PHQ-9 at intake: 18."),
                   S("PHQ-9", 15, "2026-08-25", f, 1, "PHQ-9: 15. Item 9 = 0."),
                   S("PHQ-9", 9, "2026-09-22", f, 1, "PHQ-9: 9. Sleeping better"),
                   S("PHQ-9", 4, "2026-10-20", f, 1, "PHQ-9: 4.")],
        "diagnoses": [D("I25.10", f, 1, "I25.10 Coronary artery disease of native artery"),
                      D("F33.1", f, 1, "F33.1 Major depressive disorder, recurrent,")],
        "suicidality": SU("passive", f, 1, "Item 9 scored 1 ('better off dead' on several days); no plan or intent"),
    }
    return {"slug": "06-cardiac-rehabilitation-progress-notes-txt", "docs": [doc], "truth": truth}
