"""Cases 01-06 of notes14b (all FICTIONAL)."""
from helpers import D, H, S, SU

CASES = []

# ------------------------------------------------------------------ 01 SOAP telepsychiatry, 3 visits
F1 = "harlan-ridge_telepsych_soap_2026.pdf"
PAST1 = ("Past psychiatric medications: escitalopram 10-20 mg (03/2021-10/2021) - some early benefit, stopped for "
         "sexual side effects; vortioxetine 10 -> 20 mg (01/2022-06/2022) - no response. Never tried lithium or an "
         "antipsychotic.")
HDR1 = "FICTIONAL RECORD - Harlan Ridge Behavioral Telehealth, Marrowfield, OH - Telepsychiatry progress note"


def _pt1(dos):
    return ("p", f"Patient: Dana Whitcombe (FICTIONAL)   DOB: 03/14/1988   MRN: HR-FICT-20931   "
                 f"Date of service: {dos}   Provider: Imogen Sato, MD   Visit type: video")


doc1 = [
    [("h", HDR1), _pt1("06/02/2026"),
     ("h", "S:"),
     ("p", "Dana reports low mood 'most days', poor concentration at work and about 5 hours of sleep. She has been on "
           "venlafaxine XR since November 2025; the dose went from 150 mg to 225 mg in February 2026. She thinks it "
           "has taken the edge off her anxiety, but her mood is still low and she is not enjoying anything. Migraines "
           "stable with sumatriptan 50 mg as needed (about twice a month)."),
     ("p", PAST1),
     ("h", "O:"),
     ("p", "Well groomed, affect constricted, speech normal in rate. PHQ-9 18, GAD-7 12. Denies suicidal ideation, "
           "intent or plan."),
     ("h", "A:"),
     ("p", "F33.1 Major depressive disorder, recurrent, moderate\nG43.909 Migraine, unspecified, not intractable, "
           "without status migrainosus\nPartial response to venlafaxine XR after more than 6 months at an adequate "
           "dose."),
     ("h", "P:"),
     ("p", "Continue venlafaxine XR 225 mg. Discussed augmentation options (aripiprazole or lithium); she wants to "
           "think about it. Will start aripiprazole 2 mg if she agrees at the next visit. Return in 10 weeks.")],
    [("h", HDR1), _pt1("08/11/2026"),
     ("h", "S:"),
     ("p", "History reviewed and carried forward from 06/02/2026. Mood unchanged on venlafaxine XR 225 mg. She has "
           "decided she would like to try augmentation. Over the past 2 weeks she has had passive thoughts that 'it "
           "would be easier not to wake up', with no plan and no intent; no history of suicide attempts."),
     ("p", PAST1),
     ("h", "O:"),
     ("p", "Tearful at times. PHQ-9 19, GAD-7 13."),
     ("h", "A:"),
     ("p", "F33.1 Major depressive disorder, recurrent, moderate\nG43.909 Migraine, unspecified, not intractable, "
           "without status migrainosus\nPartial response to venlafaxine XR."),
     ("h", "P:"),
     ("p", "Start aripiprazole 2 mg daily, added to venlafaxine XR 225 mg. Safety plan reviewed and crisis line "
           "numbers given. Follow up in 6 weeks.")],
    [("h", HDR1), _pt1("09/22/2026"),
     ("h", "S:"),
     ("p", "Started aripiprazole 2 mg on 08/12/2026 and has taken it daily; raised to 5 mg by phone on 09/01/2026. "
           "Today: 'Maybe I'm a little less irritable, I honestly can't tell.' No restlessness. Mood still low. No "
           "thoughts of death since the end of August."),
     ("p", PAST1),
     ("h", "O:"),
     ("p", "PHQ-9 16, GAD-7 11. Denies SI."),
     ("h", "A:"),
     ("p", "Aripiprazole augmentation: unclear benefit so far at 5 mg. Venlafaxine XR partial response continues."),
     ("h", "P:"),
     ("p", "Continue venlafaxine XR 225 mg and aripiprazole 5 mg and reassess in 6 weeks. If no clear improvement, "
           "consider a TMS referral. She again declined a referral to a therapist today.")],
]
CASES.append({
    "slug": "01-soap-telepsych-visits",
    "docs": [(F1, "pdf", doc1, {})],
    "_note": "FICTIONAL case. Three SOAP telepsychiatry visits (3-page PDF, a visit a page) with a past-medications "
             "line copied forward. Venlafaxine XR ongoing with partial response (150 -> 225 mg, end null). "
             "Aripiprazole added 08/2026 (2 -> 5 mg), still taken, 'unclear benefit' = unknown. Not rows: "
             "sumatriptan (migraine), 'never tried lithium or an antipsychotic', lithium as an option, TMS "
             "'consider', therapist referral declined. Suicidality none -> passive (p. 2) -> none: highest passive.",
    "history": [
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2021-03", "2021-10",
          "some early benefit, stopped for sexual side effects", "side_effects", F1, 1,
          "escitalopram 10-20 mg (03/2021-10/2021) - some early benefit, stopped for sexual side effects"),
        H("vortioxetine", "multimodal", "antidepressant", "20 mg", "2022-01", "2022-06", "no response",
          "no_response", F1, 1, "vortioxetine 10 -> 20 mg (01/2022-06/2022) - no response"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2025-11", None,
          "Partial response to venlafaxine XR after more than 6 months at an adequate dose", "partial_response",
          F1, 1, "Partial response to venlafaxine XR after more than 6 months at an adequate dose"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-08-12", None,
          "unclear benefit so far at 5 mg", "unknown", F1, 3,
          "Aripiprazole augmentation: unclear benefit so far at 5 mg"),
    ],
    "scales": [
        S("PHQ-9", 18, "2026-06-02", F1, 1, "PHQ-9 18"), S("GAD-7", 12, "2026-06-02", F1, 1, "GAD-7 12"),
        S("PHQ-9", 19, "2026-08-11", F1, 2, "PHQ-9 19"), S("GAD-7", 13, "2026-08-11", F1, 2, "GAD-7 13"),
        S("PHQ-9", 16, "2026-09-22", F1, 3, "PHQ-9 16"), S("GAD-7", 11, "2026-09-22", F1, 3, "GAD-7 11"),
    ],
    "diagnoses": [D("F33.1", F1, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
                  D("G43.909", F1, 1, "G43.909 Migraine, unspecified")],
    "suicidality": SU("passive", F1, 2, "passive thoughts that 'it would be easier not to wake up', with no plan and "
                                        "no intent"),
})

# ------------------------------------------------------------------ 02 discharge summary + med reconciliation table
F2 = "st-brennan_discharge-summary_2026-07-31.pdf"
HDR2 = ("FICTIONAL RECORD - St. Brennan Regional Medical Center, Coldwater Bend, MN - Inpatient Psychiatry "
        "Discharge Summary")
doc2 = [
    [("h", HDR2),
     ("p", "Patient: Marcus Feld (FICTIONAL)   MRN: SB-FICT-448120   Admitted: 07/14/2026   Discharged: 07/31/2026   "
           "Attending: Ruth Okonkwo-Hale, MD"),
     ("h", "Reason for admission"),
     ("p", "Intentional overdose of acetaminophen (about thirty 500 mg tablets) on 07/13/2026 after an argument with "
           "his brother, in the setting of 18 months of worsening depression. Treated with N-acetylcysteine and "
           "medically cleared before transfer to the psychiatric unit on 07/14/2026."),
     ("h", "Discharge diagnoses"),
     ("p", "F33.2 Major depressive disorder, recurrent severe without psychotic features\n"
           "T39.1X2A Poisoning by 4-Aminophenol derivatives, intentional self-harm, initial encounter\n"
           "I10 Essential (primary) hypertension"),
     ("h", "Psychiatric history"),
     ("p", "First episode at 24. Outpatient trials: fluoxetine 40 mg in 2016 'did nothing'; sertraline since early "
           "2025, titrated to 200 mg, without meaningful response; quetiapine 50-100 mg added to sertraline in autumn "
           "2025, stopped after about 2 months for weight gain (9 lb) and morning sedation. He has never had "
           "psychotherapy beyond two intake visits. No prior ECT. No suicide attempts before this one. His father "
           "was treated with lithium for bipolar disorder."),
     ("h", "Rating scales"),
     ("p", "On admission: MADRS 38, PHQ-9 25, C-SSRS ideation severity 5.\nAt discharge: MADRS 15, PHQ-9 9, C-SSRS "
           "ideation severity 0."),
     ("h", "Hospital course"),
     ("p", "Sertraline was discontinued on admission. Given the severity and the recent attempt, ECT was recommended "
           "and he consented on 07/16/2026. He received 8 right unilateral ultrabrief treatments, three times a week, "
           "from 07/17/2026 to 07/30/2026. Response was evident by the fifth treatment; by discharge the MADRS had "
           "fallen from 38 to 15, a response but not yet remission. Venlafaxine XR was started on 07/20/2026 at 75 mg "
           "and raised to 150 mg on 07/27/2026; it is too early to judge its effect. Lithium augmentation was "
           "discussed; he prefers to wait. Lorazepam 0.5 mg was used twice as needed for anxiety.")],
    [("h", HDR2 + " (page 2)"),
     ("h", "Medication reconciliation at discharge"),
     ("t", [["Medication", "Home dose", "Status at discharge", "Comment"],
            ["Sertraline", "200 mg daily", "STOPPED", "no meaningful response after ~18 months; stopped on admission"],
            ["Lisinopril", "10 mg daily", "CONTINUE", "blood pressure"],
            ["Venlafaxine XR", "-", "NEW", "150 mg daily; started 07/20/2026"],
            ["Trazodone", "-", "NEW", "50 mg at bedtime as needed for sleep"],
            ["Lorazepam", "-", "NOT CONTINUED", "inpatient as-needed use only"],
            ["Acetaminophen", "as needed", "STOPPED", "not to be kept at home (safety plan)"]]),
     ("h", "Condition and risk at discharge"),
     ("p", "Denies suicidal ideation; future oriented, planning to return to work part time. No firearms in the home; "
           "his brother will hold his medications and dispense a week at a time."),
     ("h", "Follow-up"),
     ("p", "Continuation ECT at the St. Brennan ECT suite: weekly for 4 weeks, then every 2 weeks; first treatment "
           "08/06/2026. Outpatient psychiatry with Dr. Lund on 08/04/2026. Referral for psychotherapy given.")],
]
CASES.append({
    "slug": "02-discharge-med-reconciliation",
    "docs": [(F2, "pdf", doc2, {})],
    "_note": "FICTIONAL case. Inpatient discharge summary (2-page PDF) with a medication reconciliation table on p. 2. "
             "Admission after an acetaminophen overdose = attempt. ECT index course of 8 treatments 07/17-07/30/2026, "
             "response without remission, with continuation ECT scheduled, so the course is left open (end null) "
             "like a drug still taken; venlafaxine XR started in hospital, 'too early to judge' = unknown, ongoing. "
             "Sertraline ends at admission (discontinued on admission). Not rows: lisinopril, trazodone 50 mg for "
             "sleep, lorazepam PRN, acetaminophen (the overdose agent), father's lithium, lithium discussed, 'No prior "
             "ECT', 'never had psychotherapy beyond two intake visits'.",
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2016", "2016", "did nothing", "no_response", F2, 1,
          "fluoxetine 40 mg in 2016 'did nothing'"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2025", "2026-07-14",
          "no meaningful response after ~18 months; stopped on admission", "no_response", F2, 1,
          "sertraline since early 2025, titrated to 200 mg, without meaningful response"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "100 mg", "2025", "2025",
          "stopped after about 2 months for weight gain (9 lb) and morning sedation", "side_effects", F2, 1,
          "stopped after about 2 months for weight gain (9 lb) and morning sedation"),
        H("ECT", "electroconvulsive therapy", "neuromodulation", "8 treatments", "2026-07-17", None,
          "by discharge the MADRS had fallen from 38 to 15, a response but not yet remission", "partial_response",
          F2, 1, "a response but not yet remission"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2026-07-20", None,
          "it is too early to judge its effect", "unknown", F2, 1, "it is too early to judge its effect"),
    ],
    "scales": [
        S("MADRS", 38, "2026-07-14", F2, 1, "On admission: MADRS 38"),
        S("PHQ-9", 25, "2026-07-14", F2, 1, "PHQ-9 25"),
        S("C-SSRS", 5, "2026-07-14", F2, 1, "C-SSRS ideation severity 5"),
        S("MADRS", 15, "2026-07-31", F2, 1, "At discharge: MADRS 15"),
        S("PHQ-9", 9, "2026-07-31", F2, 1, "PHQ-9 9"),
        S("C-SSRS", 0, "2026-07-31", F2, 1, "C-SSRS ideation severity 0"),
    ],
    "diagnoses": [D("F33.2", F2, 1, "F33.2 Major depressive disorder, recurrent severe"),
                  D("T39.1X2A", F2, 1, "T39.1X2A Poisoning by 4-Aminophenol derivatives"),
                  D("I10", F2, 1, "I10 Essential (primary) hypertension")],
    "suicidality": SU("attempt", F2, 1, "Intentional overdose of acetaminophen"),
})

# ------------------------------------------------------------------ 03 pharmacy fill history + PCP note
F3a = "larkspur-pharmacy_rx-history.txt"
F3b = "pcp-visit_2025-06-10.docx"
fills = [["Fill date", "Rx #", "Drug / strength", "Qty", "Days", "Prescriber", "Status"]]
for d, dr, q in [("01/08/2024", "citalopram 20 mg tab", "30"), ("01/08/2024", "levothyroxine 75 mcg tab", "90"),
                 ("02/06/2024", "citalopram 20 mg tab", "30"), ("03/07/2024", "citalopram 20 mg tab", "30"),
                 ("03/07/2024", "atorvastatin 20 mg tab", "90"), ("04/09/2024", "citalopram 40 mg tab", "30"),
                 ("04/09/2024", "levothyroxine 75 mcg tab", "90"), ("05/10/2024", "citalopram 40 mg tab", "30"),
                 ("06/11/2024", "citalopram 40 mg tab", "30"), ("07/02/2024", "bupropion XL 150 mg tab", "30"),
                 ("07/02/2024", "trazodone 50 mg tab", "30"), ("08/01/2024", "bupropion XL 300 mg tab", "30"),
                 ("09/03/2024", "bupropion XL 300 mg tab", "30"), ("10/02/2024", "bupropion XL 300 mg tab", "30"),
                 ("10/02/2024", "atorvastatin 20 mg tab", "90"), ("11/04/2024", "sertraline 50 mg tab", "30"),
                 ("01/15/2025", "mirtazapine 15 mg tab", "30"), ("02/10/2025", "duloxetine DR 30 mg cap", "30"),
                 ("03/12/2025", "duloxetine DR 60 mg cap", "30"), ("04/11/2025", "duloxetine DR 60 mg cap", "30"),
                 ("05/12/2025", "duloxetine DR 60 mg cap", "30"), ("06/09/2025", "duloxetine DR 60 mg cap", "30")]:
    status = "RTS - not picked up" if dr.startswith("sertraline") else "SOLD"
    days = "90" if q == "90" else "30"
    fills.append([d, str(700100 + len(fills) * 37), dr, q, days, "W. Pell MD", status])
doc3a = [[("p", "LARKSPUR COMMUNITY PHARMACY (FICTIONAL) - 14 Quarry Rd, Danbury Flats, IA - 555-0144\n"
                "PATIENT PRESCRIPTION HISTORY REPORT - FICTIONAL RECORD FOR TESTING\n"
                "Patient: OYELARAN, RENATA (FICTIONAL)   DOB 09/30/1980   Printed 06/12/2025 for: insurance appeal\n"
                "Range: 01/01/2024 - 06/12/2025   RTS = returned to stock (prescription never picked up)"),
          ("t", fills),
          ("p", "End of report. 22 lines. Prices withheld.")]]
doc3b = [[("h", "Larkspur Family Medicine - Office visit (FICTIONAL RECORD)"),
          ("p", "Patient: Renata Oyelaran (FICTIONAL)   DOB 09/30/1980   Date: 06/10/2025   Clinician: Whit Pell, MD"),
          ("h", "History of present illness"),
          ("p", "44-year-old woman seen for follow-up of depression. She started citalopram in January 2024; it "
                "helped partly, with fewer crying spells, but the low mood never lifted, even at 40 mg, and we "
                "switched to bupropion XL in July 2024. On bupropion XL 300 mg there was no change in mood after 3 "
                "months at that dose, and it was stopped in November 2024. Sertraline was prescribed in November but "
                "she decided against it and never picked it up. Mirtazapine 15 mg in January 2025: she took it for "
                "about 10 days, felt 'like a zombie in the mornings', and stopped it. Duloxetine since February 2025, "
                "now 60 mg: energy and sleep somewhat better, still sad most days and not back to herself."),
          ("p", "PHQ-9 today 15 (was 19 in March). GAD-7 11. Denies suicidal ideation; PHQ-9 item 9 answered 0."),
          ("h", "Other problems"),
          ("p", "Hypothyroidism on levothyroxine 75 mcg (E03.9). Hyperlipidemia on atorvastatin 20 mg (E78.5). "
                "Takes trazodone 50 mg at bedtime for sleep."),
          ("h", "Assessment and plan"),
          ("p", "F32.1 Major depressive disorder, single episode, moderate - partial response to duloxetine after 4 "
                "months. Continue duloxetine 60 mg daily. Refer to psychiatry (Danbury Flats Behavioral Health); "
                "psychiatry may consider adding aripiprazole. Counseling referral offered; she will call. Recheck "
                "in 8 weeks.")]]
CASES.append({
    "slug": "03-pharmacy-fills-and-pcp-note",
    "docs": [(F3a, "txt", doc3a, {}), (F3b, "docx", doc3b, {})],
    "_note": "FICTIONAL case. Retail pharmacy prescription-history report (TXT, fixed-width table) beside a "
             "primary-care note (DOCX) that gives the outcomes. Citalopram 20 -> 40 mg 01-07/2024 partial; bupropion "
             "XL 150 -> 300 mg 07-11/2024 no response; mirtazapine one fill, 10 days, side effects; duloxetine "
             "ongoing partial. Not rows: sertraline (returned to stock, never picked up), levothyroxine, "
             "atorvastatin, trazodone 50 mg for sleep, aripiprazole and counseling as plans. The rows cite the PCP "
             "note, which states the outcomes; the fill history agrees within a month.",
    "history": [
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2024-01", "2024-07",
          "helped partly, with fewer crying spells, but the low mood never lifted, even at 40 mg",
          "partial_response", F3b, 1, "it helped partly, with fewer crying spells, but the low mood never lifted"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2024-07", "2024-11",
          "no change in mood after 3 months at that dose", "no_response", F3b, 1,
          "no change in mood after 3 months at that dose"),
        H("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2025-01", "2025-01",
          "took it for about 10 days, felt 'like a zombie in the mornings', and stopped it", "side_effects", F3b, 1,
          "felt 'like a zombie in the mornings', and stopped it"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-02", None,
          "energy and sleep somewhat better, still sad most days and not back to herself", "partial_response",
          F3b, 1, "partial response to duloxetine after 4 months"),
    ],
    "scales": [S("PHQ-9", 15, "2025-06-10", F3b, 1, "PHQ-9 today 15"),
               S("PHQ-9", 19, "2025-03", F3b, 1, "(was 19 in March)"),
               S("GAD-7", 11, "2025-06-10", F3b, 1, "GAD-7 11")],
    "diagnoses": [D("F32.1", F3b, 1, "F32.1 Major depressive disorder, single episode, moderate"),
                  D("E03.9", F3b, 1, "(E03.9)"), D("E78.5", F3b, 1, "(E78.5)")],
    "suicidality": SU("none", F3b, 1, "Denies suicidal ideation"),
})

# ------------------------------------------------------------------ 04 TMS treatment summary with session flowsheet
F4 = "northgate_tms-course-summary.pdf"
HDR4 = "FICTIONAL RECORD - Northgate Neuromodulation Center, Sable Falls, CO - TMS Treatment Summary"
doc4 = [
    [("h", HDR4),
     ("p", "Patient: Theo Brandvold (FICTIONAL)   DOB 11/02/1979   Member ID: RMH-FICT-553017   "
           "Treating psychiatrist: Amara Lindqvist, MD   Date of summary: 04/28/2026"),
     ("p", "Diagnoses: F33.2 Major depressive disorder, recurrent severe without psychotic features; F41.1 "
           "Generalized anxiety disorder."),
     ("h", "Course"),
     ("p", "36 sessions of 10 Hz repetitive TMS to the left dorsolateral prefrontal cortex, 120% of motor threshold, "
           "3000 pulses a session: 30 daily sessions from 03/02/2026 to 04/10/2026, then a 6-session taper from "
           "04/13/2026 to 04/24/2026. No missed sessions; mild scalp discomfort in week 1 only."),
     ("h", "Prior treatment history (reviewed at consultation)"),
     ("p", "Fluoxetine 20-40 mg, 2019 (about 4 months): no response. Desvenlafaxine 50-100 mg, June 2020 to August "
           "2021: good response for roughly six months, then symptoms returned despite 100 mg. Lithium carbonate "
           "600 mg added to desvenlafaxine, May 2021 to July 2021: stopped because of tremor and nausea (level 0.7). "
           "CBT, 16 weekly sessions in 2022: he learned skills but had no meaningful change in depressive symptoms. "
           "Escitalopram 20 mg since May 2024, continued unchanged through the TMS course: no response. ECT was "
           "offered in 2025 and he declined it because of memory concerns. No prior TMS."),
     ("h", "Risk"),
     ("p", "At baseline he reported passive death wishes without plan or intent. C-SSRS screen at session 36 "
           "negative.")],
    [("h", HDR4 + " (page 2)"),
     ("h", "Session flowsheet (selected sessions)"),
     ("t", [["Session", "Date", "Protocol", "MT %", "PHQ-9", "Notes"],
            ["1", "03/02/2026", "10 Hz L-DLPFC", "120", "24", "baseline; MADRS 33"],
            ["10", "03/13/2026", "10 Hz L-DLPFC", "120", "21", "sleep a little better"],
            ["20", "03/27/2026", "10 Hz L-DLPFC", "120", "16", "more energy, back at the gym"],
            ["30", "04/10/2026", "10 Hz L-DLPFC", "120", "12", "end of acute phase; MADRS 18"],
            ["36", "04/24/2026", "10 Hz L-DLPFC taper", "120", "11", "last session"]]),
     ("h", "Outcome"),
     ("p", "PHQ-9 fell from 24 to 11 (54%) and MADRS from 33 to 18: response without remission."),
     ("h", "Recommendations"),
     ("p", "Continue escitalopram 20 mg for now. Maintenance TMS requested from the plan. If symptoms return, "
           "esketamine could be considered.")],
]
CASES.append({
    "slug": "04-tms-summary-session-flowsheet",
    "docs": [(F4, "pdf", doc4, {})],
    "_note": "FICTIONAL case. TMS treatment summary (2-page PDF): prior trials in one paragraph, a session flowsheet "
             "table (scores by session date) and the outcome under it. TMS 36 sessions 03/02-04/24/2026, response "
             "without remission = partial. Desvenlafaxine helped six months then returned on it = relapse. Lithium "
             "added to desvenlafaxine = augmentation, stopped for tremor. Escitalopram still taken, no response, "
             "end null. Not rows: ECT declined, 'No prior TMS', maintenance TMS requested, esketamine 'could be "
             "considered'. Suicidality passive at baseline.",
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019", "2019", "no response", "no_response", F4, 1,
          "Fluoxetine 20-40 mg, 2019 (about 4 months): no response"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2020-06", "2021-08",
          "good response for roughly six months, then symptoms returned despite 100 mg", "relapse", F4, 1,
          "good response for roughly six months, then symptoms returned despite 100 mg"),
        H("lithium", "mood stabilizer", "augmentation", "600 mg", "2021-05", "2021-07",
          "stopped because of tremor and nausea (level 0.7)", "side_effects", F4, 1,
          "stopped because of tremor and nausea (level 0.7)"),
        H("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2022", "2022",
          "learned skills but had no meaningful change in depressive symptoms", "no_response", F4, 1,
          "he learned skills but had no meaningful change in depressive symptoms"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2024-05", None,
          "continued unchanged through the TMS course: no response", "no_response", F4, 1,
          "Escitalopram 20 mg since May 2024, continued unchanged through the TMS course: no response"),
        H("TMS", "rTMS", "neuromodulation", "36 sessions", "2026-03-02", "2026-04-24",
          "response without remission", "partial_response", F4, 2, "response without remission"),
    ],
    "scales": [
        S("PHQ-9", 24, "2026-03-02", F4, 2, "1 03/02/2026 10 Hz L-DLPFC 120 24"),
        S("MADRS", 33, "2026-03-02", F4, 2, "baseline; MADRS 33"),
        S("PHQ-9", 21, "2026-03-13", F4, 2, "10 03/13/2026 10 Hz L-DLPFC 120 21"),
        S("PHQ-9", 16, "2026-03-27", F4, 2, "20 03/27/2026 10 Hz L-DLPFC 120 16"),
        S("PHQ-9", 12, "2026-04-10", F4, 2, "30 04/10/2026 10 Hz L-DLPFC 120 12"),
        S("MADRS", 18, "2026-04-10", F4, 2, "end of acute phase; MADRS 18"),
        S("PHQ-9", 11, "2026-04-24", F4, 2, "36 04/24/2026 10 Hz L-DLPFC taper 120 11"),
    ],
    "diagnoses": [D("F33.2", F4, 1, "F33.2 Major depressive disorder, recurrent severe"),
                  D("F41.1", F4, 1, "F41.1 Generalized anxiety disorder")],
    "suicidality": SU("passive", F4, 1, "passive death wishes without plan or intent"),
})

# ------------------------------------------------------------------ 05 Spanish progress note
F5 = "nota-evolucion_psiquiatria_2026-10-03.pdf"
doc5 = [[
    ("h", "MUESTRA FICTICIA - Centro de Salud Mental Valle Bermejo, Río Cenizo, NM - Nota de evolución (Psiquiatría)"),
    ("p", "Paciente: Lucía Arredondo Paz (FICTICIA)   Expediente: VB-FICT-77120   Fecha de la consulta: 03/10/2026 "
          "(día/mes/año)   Médica: Dra. Inés Calderón Roig"),
    ("h", "Motivo de consulta"),
    ("p", "Seguimiento de depresión recurrente. Refiere ánimo bajo casi todos los días, anhedonia, insomnio de "
          "mantenimiento y cansancio. Trabaja medio tiempo."),
    ("h", "Antecedentes de tratamiento"),
    ("p", "- Fluoxetina 20 a 40 mg, de 2020 a 2021: sin respuesta.\n"
          "- Venlafaxina hasta 225 mg, de marzo de 2022 a enero de 2023: respuesta parcial; se suspendió por "
          "hipertensión arterial (170/100).\n"
          "- Aripiprazol 5 mg, añadido a venlafaxina de septiembre de 2022 a enero de 2023: sin cambios en el ánimo.\n"
          "- Vortioxetina 10 mg desde febrero de 2023, 20 mg desde junio de 2023, hasta la actualidad: mejoría "
          "parcial; persisten la anhedonia y el insomnio.\n"
          "- Terapia cognitivo-conductual (TCC), 14 sesiones, otoño de 2023: le ayudó a organizar rutinas, pero el "
          "ánimo siguió igual.\n"
          "Nunca ha recibido TEC ni EMT. Su madre tomó sertralina con buena respuesta."),
    ("h", "Otros antecedentes"),
    ("p", "Diabetes mellitus tipo 2 (E11.9) en tratamiento con metformina 850 mg dos veces al día."),
    ("h", "Exploración y escalas"),
    ("p", "Afecto hipotímico, discurso coherente. Escalas hoy: PHQ-9 19; HAM-D 21."),
    ("h", "Riesgo"),
    ("p", "Refiere ideas pasivas de muerte ('a veces pienso que sería mejor no despertar'), sin plan ni intención. "
          "Sin intentos previos."),
    ("h", "Diagnóstico"),
    ("p", "F33.1 Trastorno depresivo mayor, recurrente, moderado."),
    ("h", "Plan"),
    ("p", "Continuar vortioxetina 20 mg. Se plantea esketamina intranasal; se solicitará autorización previa al "
          "seguro. Valorar litio si no se aprueba. Cita en 4 semanas."),
]]
CASES.append({
    "slug": "05-nota-evolucion-espanol",
    "docs": [(F5, "pdf", doc5, {})],
    "_note": "FICTIONAL case (MUESTRA FICTICIA). Spanish psychiatric progress note (1-page PDF), dated 03/10/2026 "
             "day/month/year = 2026-10-03. Venlafaxine partial response but stopped for hypertension (the stop "
             "decides: side_effects). Aripiprazole 'añadido a venlafaxina' = augmentation. Vortioxetine ongoing, "
             "partial. CBT (TCC) helped routines, mood unchanged = no_response. Not rows: 'Nunca ha recibido TEC ni "
             "EMT', mother's sertraline, metformin (diabetes), esketamine and lithium as plans.",
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2020", "2021", "sin respuesta", "no_response", F5, 1,
          "Fluoxetina 20 a 40 mg, de 2020 a 2021: sin respuesta"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-03", "2023-01",
          "respuesta parcial; se suspendió por hipertensión arterial (170/100)", "side_effects", F5, 1,
          "respuesta parcial; se suspendió por hipertensión arterial (170/100)"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2022-09", "2023-01",
          "sin cambios en el ánimo", "no_response", F5, 1,
          "Aripiprazol 5 mg, añadido a venlafaxina de septiembre de 2022 a enero de 2023: sin cambios en el ánimo"),
        H("vortioxetine", "multimodal", "antidepressant", "20 mg", "2023-02", None,
          "mejoría parcial; persisten la anhedonia y el insomnio", "partial_response", F5, 1,
          "mejoría parcial; persisten la anhedonia y el insomnio"),
        H("CBT", "psychotherapy", "psychotherapy", "14 sesiones", "2023", "2023",
          "le ayudó a organizar rutinas, pero el ánimo siguió igual", "no_response", F5, 1,
          "le ayudó a organizar rutinas, pero el ánimo siguió igual"),
    ],
    "scales": [S("PHQ-9", 19, "2026-10-03", F5, 1, "PHQ-9 19"), S("HAM-D", 21, "2026-10-03", F5, 1, "HAM-D 21")],
    "diagnoses": [D("F33.1", F5, 1, "F33.1 Trastorno depresivo mayor, recurrente, moderado"),
                  D("E11.9", F5, 1, "Diabetes mellitus tipo 2 (E11.9)")],
    "suicidality": SU("passive", F5, 1, "Refiere ideas pasivas de muerte"),
})

# ------------------------------------------------------------------ 06 Spravato prior-authorization form (text PDF)
F6 = "spravato-pa-request_bluewater.pdf"
HDR6 = "FICTIONAL FORM - Bluewater Health Plan - Prior Authorization Request: Esketamine (Spravato) nasal spray"
doc6 = [
    [("h", HDR6),
     ("p", "Fax completed form to 555-0187. Incomplete requests will be returned. All fields required."),
     ("h", "Section A. Member"),
     ("p", "Member name: Celia Montroy (FICTIONAL)   Member ID: BWH-FICT-0091273   DOB: 02/19/1985"),
     ("h", "Section B. Prescriber"),
     ("p", "Prescriber: Tobias Renner, MD (psychiatry)   NPI: 1000000017 (fictional)   Clinic: Eastwater Psychiatry, "
           "Kelso Landing, OR   Phone: 555-0163"),
     ("h", "Section C. Diagnosis"),
     ("p", "Primary diagnosis (ICD-10-CM): F33.2   Secondary: F41.1   Current episode began: 01/2022"),
     ("h", "Section D. Antidepressant trials in the current episode (at least two, adequate dose and duration)"),
     ("t", [["Drug", "Max dose", "Start (mm/yy)", "End (mm/yy)", "Weeks at max dose", "Outcome"],
            ["Sertraline", "200 mg", "01/22", "07/22", "16", "Inadequate response"],
            ["Duloxetine", "120 mg", "08/22", "03/23", "20", "Inadequate response"],
            ["Mirtazapine (added to duloxetine)", "30 mg", "01/23", "03/23", "6",
             "Stopped - sedation, 14 lb weight gain"],
            ["Desvenlafaxine", "100 mg", "04/23", "current", "150+", "Partial response"]]),
     ("h", "Section E. Augmentation"),
     ("p", "Augmentation trial?  [X] Yes  [ ] No\nIf yes: Aripiprazole 5 mg added to desvenlafaxine, 06/23 to 11/23, "
           "stopped for akathisia\nLithium trial?  [ ] Yes  [X] No")],
    [("h", HDR6 + " (page 2)"),
     ("h", "Section F. Other treatments"),
     ("p", "Psychotherapy (type, dates, sessions, outcome): CBT, 02/24 - 08/24, 20 sessions, no meaningful benefit\n"
           "ECT?  [ ] Yes  [X] No   If no, why: patient declined\nTMS?  [ ] Yes  [X] No"),
     ("h", "Section G. Current severity"),
     ("p", "PHQ-9: 23 on 09/02/2026\nMADRS: 31 on 09/02/2026"),
     ("h", "Section H. Suicide risk (check one)"),
     ("p", "[ ] None   [X] Passive ideation   [ ] Active ideation   [ ] Attempt in past 12 months"),
     ("h", "Section I. Request"),
     ("p", "Esketamine 56 mg twice weekly for 4 weeks, then 56-84 mg weekly; HCPCS J0013 (esketamine, nasal spray, "
           "1 mg), in-office administration with 2-hour monitoring at a REMS-certified site.\n"
           "Prescriber signature: T. Renner, MD   Date: 09/04/2026")],
]
CASES.append({
    "slug": "06-spravato-pa-form",
    "docs": [(F6, "pdf", doc6, {})],
    "_note": "FICTIONAL case. A health plan's Spravato prior-authorization form filled in by the clinic (2-page PDF "
             "with a text layer): trials table with mm/yy dates and 'current', an augmentation 'If yes' line, "
             "checkbox questions. Mirtazapine 'added to duloxetine' stays an antidepressant (settled convention). "
             "Not rows: 'Lithium trial? [X] No', 'ECT? [X] No ... patient declined', 'TMS? [X] No', the esketamine "
             "requested. Suicidality from the ticked box: passive.",
    "history": [
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2022-01", "2022-07", "Inadequate response",
          "no_response", F6, 1, "Sertraline 200 mg 01/22 07/22 16 Inadequate response"),
        H("duloxetine", "SNRI", "antidepressant", "120 mg", "2022-08", "2023-03", "Inadequate response",
          "no_response", F6, 1, "Duloxetine 120 mg 08/22 03/23 20 Inadequate response"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2023-01", "2023-03",
          "Stopped - sedation, 14 lb weight gain", "side_effects", F6, 1,
          "Mirtazapine (added to duloxetine) 30 mg 01/23 03/23 6 Stopped - sedation, 14 lb weight gain"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2023-04", None, "Partial response",
          "partial_response", F6, 1, "Desvenlafaxine 100 mg 04/23 current 150+ Partial response"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2023-06", "2023-11",
          "stopped for akathisia", "side_effects", F6, 1,
          "Aripiprazole 5 mg added to desvenlafaxine, 06/23 to 11/23, stopped for akathisia"),
        H("CBT", "psychotherapy", "psychotherapy", "20 sessions", "2024-02", "2024-08", "no meaningful benefit",
          "no_response", F6, 2, "CBT, 02/24 - 08/24, 20 sessions, no meaningful benefit"),
    ],
    "scales": [S("PHQ-9", 23, "2026-09-02", F6, 2, "PHQ-9: 23 on 09/02/2026"),
               S("MADRS", 31, "2026-09-02", F6, 2, "MADRS: 31 on 09/02/2026")],
    "diagnoses": [D("F33.2", F6, 1, "Primary diagnosis (ICD-10-CM): F33.2"), D("F41.1", F6, 1, "Secondary: F41.1")],
    "suicidality": SU("passive", F6, 2, "[X] Passive ideation"),
})
