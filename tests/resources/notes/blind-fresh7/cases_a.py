"""Cases 01-06 of blind-fresh7. ALL FICTIONAL: people, clinics, plans, numbers and places are invented."""


def H(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return dict(name=name, **{"class": cls}, kind=kind, dose=dose, start=start, end=end, outcome=outcome,
                outcome_class=oc, source=dict(file=file, page=page, text=text))


def S(name, score, date, file, page, text):
    return dict(name=name, score=score, date=date, source=dict(file=file, page=page, text=text))


def D(code, file, page, text):
    return dict(code=code, source=dict(file=file, page=page, text=text))


def SI(level, file=None, page=None, text=None):
    return dict(level=level, source=None if level is None else dict(file=file, page=page, text=text))


CASES = []

# ------------------------------------------------------------------------------------------------ 01
F1 = "larkspur_eval_2026-10-14.pdf"
CASES.append(dict(
    slug="01-larkspur-narrative-eval",
    note=("Two-page narrative psychiatric evaluation; every trial is in prose on p. 2. Escitalopram tried twice "
          "(2017, partial; 2021, stopped within 3 weeks for blunting) -> two rows. Venlafaxine stopped for lack of "
          "benefit; the taper's dizziness is not the stop reason -> no_response. Sertraline ongoing (end null). "
          "Not rows: bupropion (mother's; 'adding bupropion' discussed), lithium/MAOI (never), ECT (not willing), "
          "levothyroxine (thyroid). 'early 2017' and 'autumn of 2017' -> 2017."),
    docs=[dict(file=F1, fmt="pdf", font="Times-Roman", size=10.5,
               header=["LARKSPUR VALLEY BEHAVIORAL HEALTH - Wendham Falls (FICTIONAL)",
                       "Outpatient Psychiatric Evaluation"],
               pages=[[
                   "Patient: Orla Brennick (FICTIONAL)    DOB: 04/11/1988    Member ID: FICT-LV-20931",
                   "Date of service: October 14, 2026    Clinician: Ines Okafor-Lund, MD (fictional)",
                   "",
                   "## Reason for referral",
                   "Ms. Brennick is a 38-year-old graphic designer referred by her primary care physician for a second "
                   "opinion about ongoing depression despite several medication trials. She says she has 'not felt "
                   "like myself in years'.",
                   "",
                   "## History of present illness",
                   "Low mood most days since at least 2016, worse each winter. She sleeps 10-11 hours and still wakes "
                   "tired, has lost interest in drawing for pleasure, and has been on reduced hours at work since "
                   "July. Appetite is increased. Concentration is poor; she rereads e-mails several times. She "
                   "acknowledges passive thoughts that she would be better off dead on most days of the past month. "
                   "She denies any intent or plan and has never made a suicide attempt. No self-harm. No manic or "
                   "psychotic symptoms. Alcohol: one or two glasses of wine a week. No drug use.",
                   "",
                   "## Medical",
                   "Hypothyroidism on levothyroxine 75 mcg daily (TSH 2.1 in 08/2026). No seizures.",
                   "",
                   "## Current medications",
                   "Sertraline 200 mg daily; levothyroxine 75 mcg daily; vitamin D.",
                   "",
                   "## Measures today",
                   "PHQ-9 = 22. GAD-7 = 16.",
                   "",
                   "## Diagnoses",
                   "F33.2 Major depressive disorder, recurrent, severe without psychotic features",
                   "F41.1 Generalized anxiety disorder",
                   "E03.9 Hypothyroidism, unspecified",
                   "",
                   "(continued on page 2)",
               ], [
                   "Orla Brennick (FICTIONAL) - evaluation 10/14/2026 - page 2",
                   "",
                   "## Past psychiatric treatment",
                   "Her first treatment was with her PCP in early 2017, when she started Lexapro 10 mg, later "
                   "raised to 20 mg. She describes feeling 'maybe 30 percent better' before it plateaued, and she "
                   "and her PCP stopped it in the autumn of 2017 because it was not enough.",
                   "In March 2019 a psychiatrist started venlafaxine XR, titrated to 225 mg daily. She stayed on it "
                   "until October 2019 and it was stopped for lack of benefit; the taper itself was unpleasant "
                   "(dizziness and 'brain zaps') but passed in two weeks.",
                   "In spring 2020 she completed 12 weekly sessions of CBT with a psychologist, which she found "
                   "'useful for skills, but my mood didn't budge'.",
                   "Lexapro was tried a second time in 2021 at 10 mg; she stopped it within three weeks because she "
                   "felt emotionally blunted and 'couldn't cry at my grandmother's funeral'.",
                   "Sertraline was started in January 2022 and increased to 200 mg by April 2022; she remains on it. "
                   "It 'takes the edge off' but she is still clearly depressed.",
                   "Her current psychiatrist added aripiprazole 2 mg to the sertraline in June 2022, increased to "
                   "5 mg in August 2022; it was discontinued in November 2022 after she gained 18 lb.",
                   "",
                   "She has never been on lithium or an MAOI. A previous provider mentioned ECT; she is not willing "
                   "to consider it at this time. Her mother 'did great on Wellbutrin'.",
                   "",
                   "## Assessment and plan",
                   "Recurrent severe depression with at least two adequate antidepressant trials that failed and one "
                   "failed augmentation. We discussed whether adding bupropion might help energy; she would like to "
                   "think about it. Will request TMS. Continue sertraline 200 mg. Return in 4 weeks.",
                   "",
                   "Ines Okafor-Lund, MD (fictional)",
               ]])],
    history=[
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2017", "2017", "'maybe 30 percent better' before it "
          "plateaued ... stopped it in the autumn of 2017 because it was not enough", "partial_response", F1, 2,
          "she and her PCP stopped it in the autumn of 2017 because it was not enough"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg daily", "2019-03", "2019-10",
          "stopped for lack of benefit", "no_response", F1, 2,
          "until October 2019 and it was stopped for lack of benefit"),
        H("CBT", "psychotherapy", "psychotherapy", "12 weekly sessions", "2020", "2020",
          "'useful for skills, but my mood didn't budge'", "no_response", F1, 2,
          "'useful for skills, but my mood didn't budge'"),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2021", "2021",
          "stopped it within three weeks because she felt emotionally blunted", "side_effects", F1, 2,
          "she stopped it within three weeks because she felt emotionally blunted"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2022-01", None,
          "'takes the edge off' but she is still clearly depressed", "partial_response", F1, 2,
          "It 'takes the edge off' but she is still clearly depressed."),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2022-06", "2022-11",
          "discontinued in November 2022 after she gained 18 lb", "side_effects", F1, 2,
          "it was discontinued in November 2022 after she gained 18 lb."),
    ],
    scales=[S("PHQ-9", 22, "2026-10-14", F1, 1, "PHQ-9 = 22."), S("GAD-7", 16, "2026-10-14", F1, 1, "GAD-7 = 16.")],
    diagnoses=[D("F33.2", F1, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
               D("F41.1", F1, 1, "F41.1 Generalized anxiety disorder"),
               D("E03.9", F1, 1, "E03.9 Hypothyroidism, unspecified")],
    suicidality=SI("passive", F1, 1, "acknowledges passive thoughts that she would be better off dead on most days "
                                     "of the past month. She denies any intent or plan"),
))

# ------------------------------------------------------------------------------------------------ 02
F2 = "meridian_grove_ehr_export.pdf"
T = "| "
CASES.append(dict(
    slug="02-meridian-ehr-export",
    note=("Templated EHR export (tall-man drug names, grid tables). Medication history table on p. 2. Not rows: "
          "QUEtiapine 'Discontinued - Entered in Error' (wrong-patient order), traZODone 50 mg qHS PRN sleep, "
          "hydrOXYzine PRN, lisinopril, atorvastatin, and Spravato under 'Pending orders (not yet active)'. "
          "Desvenlafaxine is Active -> end null. Lamotrigine is also in the allergy table: one row. C-SSRS "
          "screen negative -> none."),
    docs=[dict(file=F2, fmt="pdf", font="Helvetica", size=9, grid=True,
               header=["MERIDIAN GROVE HEALTH SYSTEM (FICTIONAL)  |  Clinical Summary Export  |  Printed 11/24/2026"],
               pages=[[
                   "Patient: KESSLER, DANA M (FICTIONAL)   MRN: FICT-00482217   DOB: 02/19/1979   Sex: F",
                   "Payer: Ridgeline Choice PPO (fictional)   Member #: FICTRC-551-09-2234",
                   "PCP: Halvorsen, Piet, MD (fictional)   Behavioral Health: Amadi-Voss, Celine, PMHNP (fictional)",
                   "",
                   "# Problem List",
                   T + "Problem | ICD-10-CM | Noted | Status",
                   T + "Major depressive disorder, recurrent, moderate | F33.1 | 03/02/2021 | Active",
                   T + "Post-traumatic stress disorder, chronic | F43.12 | 03/02/2021 | Active",
                   T + "Essential (primary) hypertension | I10 | 06/14/2019 | Active",
                   T + "Hyperlipidemia, unspecified | E78.5 | 06/14/2019 | Active",
                   "",
                   "# Allergies / Intolerances",
                   T + "Agent | Reaction | Severity | Noted",
                   T + "Lamotrigine | Maculopapular rash | Moderate | 08/2024",
                   T + "Sulfa (sulfonamide antibiotics) | Hives | Moderate | 1998",
                   "",
                   "# Flowsheet: Behavioral Health Measures",
                   T + "Measure | 06/12/2026 | 09/03/2026 | 11/18/2026",
                   T + "PHQ-9 total | 19 | 21 | 20",
                   T + "GAD-7 total | -- | -- | 14",
                   T + "C-SSRS screen | Negative | Negative | Negative",
                   "",
                   "# Encounter 11/18/2026 - Behavioral Health Follow-up (Amadi-Voss)",
                   "Interval: Continues on desvenlafaxine 100 mg. Partial response; energy slightly better but "
                   "anhedonia persists. Patient denies SI/HI; C-SSRS screen negative. Discussed esketamine; PA "
                   "request submitted. Consider TMS if esketamine not approved. Pt asked about lithium - not "
                   "interested after reading about blood tests.",
                   "",
                   "Page 2: Medication History (all sources, reconciled 11/18/2026)",
               ], [
                   "KESSLER, DANA M (FICTIONAL) - MRN FICT-00482217 - Clinical Summary Export, continued",
                   "",
                   "# Medication History",
                   T + "Medication | Dose / Sig | Start | End | Status | Comment",
                   T + "FLUoxetine (PROZAC) 20 mg cap | 40 mg PO daily | 03/02/2021 | 09/14/2021 | Discontinued | Ineffective - no change in PHQ-9",
                   T + "DULoxetine (CYMBALTA) 60 mg cap | 60 mg PO daily | 10/2021 | 02/2022 | Discontinued | Pt stopped: sweating, sexual SE",
                   T + "desvenlafaxine (PRISTIQ) 100 mg | 100 mg PO daily | 01/09/2023 | | Active | Partial response",
                   T + "QUEtiapine XR 150 mg tab | 150 mg PO qHS | 04/03/2024 | 04/03/2024 | Discontinued - Entered in Error | Wrong-patient order",
                   T + "lamoTRIgine 25 mg tab | to 100 mg PO daily (adjunct) | 06/2024 | 08/2024 | Discontinued | Rash - stopped per derm",
                   T + "cariprazine (VRAYLAR) 1.5 mg cap | 1.5 mg daily, adjunct to Pristiq | 03/2025 | 09/2025 | Discontinued | No added benefit after 6 mo",
                   T + "traZODone 50 mg tab | 50 mg qHS PRN sleep | 05/2023 | | Active |",
                   T + "hydrOXYzine HCl 25 mg | 25 mg PO q6h PRN anxiety | 11/2021 | | Active |",
                   T + "lisinopril 10 mg tab | 10 mg PO daily | 06/14/2019 | | Active |",
                   T + "atorvastatin 20 mg tab | 20 mg PO daily | 06/14/2019 | | Active |",
                   "",
                   "# Pending orders (not yet active)",
                   T + "Order | Ordered | Status",
                   T + "esketamine (SPRAVATO) 56 mg nasal kit | 11/18/2026 | Pending prior authorization",
                   "",
                   "Reconciled by: Celine Amadi-Voss, PMHNP (fictional), 11/18/2026 14:02",
               ]])],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "40 mg PO daily", "2021-03-02", "2021-09-14",
          "Ineffective - no change in PHQ-9", "no_response", F2, 2,
          "FLUoxetine (PROZAC) 20 mg cap 40 mg PO daily 03/02/2021 09/14/2021 Discontinued Ineffective - no change in PHQ-9"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg PO daily", "2021-10", "2022-02",
          "Pt stopped: sweating, sexual SE", "side_effects", F2, 2,
          "DULoxetine (CYMBALTA) 60 mg cap 60 mg PO daily 10/2021 02/2022 Discontinued Pt stopped: sweating, sexual SE"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg PO daily", "2023-01-09", None,
          "Partial response", "partial_response", F2, 2,
          "desvenlafaxine (PRISTIQ) 100 mg 100 mg PO daily 01/09/2023 Active Partial response"),
        H("lamotrigine", "anticonvulsant", "augmentation", "to 100 mg PO daily (adjunct)", "2024-06", "2024-08",
          "Rash - stopped per derm", "side_effects", F2, 2,
          "lamoTRIgine 25 mg tab to 100 mg PO daily (adjunct) 06/2024 08/2024 Discontinued Rash - stopped per derm"),
        H("cariprazine", "atypical antipsychotic", "augmentation", "1.5 mg daily", "2025-03", "2025-09",
          "No added benefit after 6 mo", "no_response", F2, 2,
          "cariprazine (VRAYLAR) 1.5 mg cap 1.5 mg daily, adjunct to Pristiq 03/2025 09/2025 Discontinued No added benefit after 6 mo"),
    ],
    scales=[S("PHQ-9", 19, "2026-06-12", F2, 1, "PHQ-9 total 19 21 20"),
            S("PHQ-9", 21, "2026-09-03", F2, 1, "PHQ-9 total 19 21 20"),
            S("PHQ-9", 20, "2026-11-18", F2, 1, "PHQ-9 total 19 21 20"),
            S("GAD-7", 14, "2026-11-18", F2, 1, "GAD-7 total -- -- 14")],
    diagnoses=[D("F33.1", F2, 1, "Major depressive disorder, recurrent, moderate F33.1"),
               D("F43.12", F2, 1, "Post-traumatic stress disorder, chronic F43.12"),
               D("I10", F2, 1, "Essential (primary) hypertension I10"),
               D("E78.5", F2, 1, "Hyperlipidemia, unspecified E78.5")],
    suicidality=SI("none", F2, 1, "Patient denies SI/HI; C-SSRS screen negative."),
))

# ------------------------------------------------------------------------------------------------ 03
F3a = "northledger_rx_claims_history.pdf"
F3b = "med_mgmt_note_2026-11-10.docx"
CASES.append(dict(
    slug="03-pbm-claims-plus-note",
    note=("PBM claims history (PDF, two-digit years, PAID / REVERSED / REJECTED statuses) plus the prescriber's "
          "DOCX note that gives the outcomes; rows cite the note. Sertraline tried twice (2024 to 100 mg; a "
          "second trial from 06/2025, ongoing) -> two rows. Vortioxetine's first claim REJECTED (PA), paid two "
          "weeks later: start 2024-11. Not rows: mirtazapine (claim REVERSED, never picked up), trazodone 50 mg "
          "sleep, lithium (consider), IOP (declined). Quetiapine added to sertraline -> augmentation."),
    docs=[dict(file=F3a, fmt="pdf", font="Courier", size=8.5, table_head=True,
               header=["NORTHLEDGER RX SOLUTIONS (FICTIONAL PBM) - MEMBER PRESCRIPTION CLAIMS HISTORY"],
               pages=[[
                   "Member: ABERNETHY, COLM J (FICTIONAL)   ID: FICTNL4471902-01   DOB: 09/03/1991",
                   "Group: STONEBRIDGE MILLWORKS (fictional)   Report period: 01/01/24 - 11/30/26   Run: 12/01/26",
                   "",
                   T + "Fill Dt | Drug Name / Strength | Qty | Days | Prescriber | Pharmacy | Status",
                   T + "01/08/24 | SERTRALINE HCL 50 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "02/06/24 | SERTRALINE HCL 50 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "03/05/24 | SERTRALINE HCL 100 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "04/04/24 | SERTRALINE HCL 100 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "05/03/24 | SERTRALINE HCL 100 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "05/03/24 | TRAZODONE HCL 50 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "06/04/24 | BUPROPION XL 150 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "07/03/24 | BUPROPION XL 150 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "08/02/24 | BUPROPION XL 300 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "09/03/24 | BUPROPION XL 300 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "10/02/24 | BUPROPION XL 300 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "11/12/24 | TRINTELLIX 10 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | REJECTED 75 PA REQD",
                   T + "11/26/24 | TRINTELLIX 10 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "12/23/24 | TRINTELLIX 20 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "01/22/25 | TRINTELLIX 20 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "02/21/25 | TRINTELLIX 20 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "03/24/25 | TRINTELLIX 20 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "05/06/25 | MIRTAZAPINE 15 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | REVERSED",
                   T + "06/10/25 | SERTRALINE HCL 100 MG TAB | 45 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "07/09/25 | SERTRALINE HCL 100 MG TAB | 180 | 90 | VOSS-ADEYEMI R | MAILSTREAM RX | PAID",
                   T + "09/08/25 | QUETIAPINE FUMARATE 50 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "10/06/25 | QUETIAPINE FUMARATE 100 MG TAB | 30 | 30 | VOSS-ADEYEMI R | TALLOW ST PHCY | PAID",
                   T + "10/07/25 | SERTRALINE HCL 100 MG TAB | 180 | 90 | VOSS-ADEYEMI R | MAILSTREAM RX | PAID",
                   T + "01/05/26 | SERTRALINE HCL 100 MG TAB | 180 | 90 | VOSS-ADEYEMI R | MAILSTREAM RX | PAID",
                   T + "04/06/26 | SERTRALINE HCL 100 MG TAB | 180 | 90 | VOSS-ADEYEMI R | MAILSTREAM RX | PAID",
                   T + "07/06/26 | SERTRALINE HCL 100 MG TAB | 180 | 90 | VOSS-ADEYEMI R | MAILSTREAM RX | PAID",
                   T + "10/05/26 | SERTRALINE HCL 100 MG TAB | 180 | 90 | VOSS-ADEYEMI R | MAILSTREAM RX | PAID",
                   "",
                   "Status key: PAID = dispensed and paid. REVERSED = claim reversed (not picked up / returned to stock).",
                   "REJECTED = not dispensed under the benefit; reject code shown. This is a claims listing, not a",
                   "clinical record; it shows what was billed, not what was taken. Member services 1-555-0142.",
               ]]),
          dict(file=F3b, fmt="docx", docx_font="Arial", size=10.5, pages=[[
              "Medication Management Note - Cobblestone Psychiatric Associates (FICTIONAL)",
              "Patient: Colm Abernethy (FICTIONAL)   Member ID FICTNL4471902-01   Visit: 11/10/2026 (video)",
              "Prescriber: Renata Voss-Adeyemi, PMHNP-BC (fictional)",
              "# Subjective",
              "Colm reports his mood is 'a bit better than last year but still bad most days'. Sleep 5-6 h. "
              "Works from home; avoids friends. PHQ-9 today 15.",
              "# Medication trials to date (reviewed against the pharmacy claims)",
              "1) Sertraline, first trial, Jan-May 2024, up to 100 mg: no real improvement; he stopped it himself "
              "in May 2024.",
              "2) Bupropion XL 150 mg from June 2024, 300 mg from August 2024: anxiety and insomnia got worse on "
              "300 mg; came off it in early November 2024.",
              "3) Trintellix 10 mg from late November 2024, 20 mg from late December: about 50% better for a couple "
              "of months, then he slid back to baseline despite 20 mg; stopped in April 2025.",
              "4) Mirtazapine was sent to the pharmacy in May 2025, but he never picked it up (worried about weight).",
              "5) Sertraline, second trial, restarted 06/2025 and raised to 200 mg (two 100 mg tablets) in July 2025 "
              "because the first trial never reached a full dose; ongoing. Partial response ('maybe a third better').",
              "6) Quetiapine added to sertraline 09/2025 (50 then 100 mg at night): too groggy in the mornings to "
              "drive; stopped mid-October 2025.",
              "Trazodone 50 mg at night has been used for sleep on and off since 2024.",
              "# Objective",
              "Casually dressed, flat affect, linear thought. Denies suicidal ideation; no history of self-harm or "
              "suicide attempts.",
              "# Assessment",
              "F33.1 Major depressive disorder, recurrent, moderate. Partial response to the second sertraline trial.",
              "# Plan",
              "Continue sertraline 200 mg daily. Could consider lithium augmentation next; he wants to read more. "
              "Offered an intensive outpatient program - he declined because of work. Follow up in 6 weeks.",
          ]])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2024-01", "2024-05", "no real improvement",
          "no_response", F3b, 1, "Sertraline, first trial, Jan-May 2024, up to 100 mg: no real improvement"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2024-06", "2024-11",
          "anxiety and insomnia got worse on 300 mg; came off it", "side_effects", F3b, 1,
          "anxiety and insomnia got worse on 300 mg; came off it in early November 2024."),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2024-11", "2025-04",
          "about 50% better for a couple of months, then he slid back to baseline despite 20 mg", "relapse", F3b, 1,
          "about 50% better for a couple of months, then he slid back to baseline despite 20 mg; stopped in April 2025."),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2025-06", None,
          "Partial response ('maybe a third better')", "partial_response", F3b, 1,
          "Sertraline, second trial, restarted 06/2025 and raised to 200 mg"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "100 mg at night", "2025-09", "2025-10",
          "too groggy in the mornings to drive", "side_effects", F3b, 1,
          "Quetiapine added to sertraline 09/2025 (50 then 100 mg at night): too groggy in the mornings to drive"),
    ],
    scales=[S("PHQ-9", 15, "2026-11-10", F3b, 1, "PHQ-9 today 15.")],
    diagnoses=[D("F33.1", F3b, 1, "F33.1 Major depressive disorder, recurrent, moderate.")],
    suicidality=SI("none", F3b, 1, "Denies suicidal ideation; no history of self-harm or suicide attempts."),
))

# ------------------------------------------------------------------------------------------------ 04
F4 = "st_aldric_ect_summary_2026-05.pdf"
CASES.append(dict(
    slug="04-ect-two-courses",
    note=("ECT course summary (2 pages). ECT given in two separate episodes: 2019 outside index course (10 RUL, "
          "remitted, relapsed ~4 months later -> relapse) and the 2026 index course (12 treatments, RUL switched to "
          "bilateral; MADRS 38 -> 17, response without remission -> partial_response). Prior pharmacotherapy table "
          "on p. 2. Esketamine counted as kind antidepressant (an NMDA-antagonist antidepressant; a scorer may "
          "accept 'other'). Venlafaxine continued through ECT -> end null. Not rows: continuation ECT (pending "
          "authorization), TMS (insurer denied 2024), clozapine (never), 'consider nortriptyline', "
          "methohexital/succinylcholine/glycopyrrolate (anesthesia), ondansetron PRN. Active SI with a plan before the course, no "
          "attempt -> active. MADRS in the session log take the session's date."),
    docs=[dict(file=F4, fmt="pdf", font="Times-Roman", size=10,
               header=["ST. ALDRIC HOSPITAL - ECT SERVICE, Port Merrow (FICTIONAL)",
                       "Electroconvulsive Therapy: Index Course Summary"],
               pages=[[
                   "Patient: Mireille Oduya-Carter (FICTIONAL)   DOB 07/30/1969   MRN FICT-SA-771903",
                   "Plan: Tidewater Senior Advantage (fictional)   Member FICT-TW-60418-02",
                   "Attending: Dr. Gideon Faulkes-Ng (fictional)   Summary dated 05/08/2026",
                   "",
                   "## Indication",
                   "Recurrent major depressive disorder, severe, without psychotic features (F33.2), with "
                   "treatment resistance. Referred after an emergency department visit on 02/27/2026 for suicidal "
                   "ideation with a plan to drive off the Merrow causeway; she did not act on it and was not "
                   "admitted. No lifetime suicide attempts.",
                   "",
                   "## Previous ECT",
                   "She received an index course of 10 right unilateral ECT treatments in autumn 2019 at Calloway "
                   "General Hospital (outside records reviewed). She remitted, but relapsed about four months after "
                   "the last treatment; maintenance ECT was not offered at that time.",
                   "",
                   "## This course",
                   "12 treatments from 03/09/2026 to 05/04/2026. Right unilateral ultrabrief pulse for treatments "
                   "1-6; switched to bitemporal from treatment 7 because of slow response. Anesthesia: methohexital "
                   "and succinylcholine; glycopyrrolate premedication. Ondansetron PRN for post-ictal nausea.",
                   "Outcome: MADRS 38 at baseline and 17 after treatment 12: response without remission. Mild "
                   "anterograde memory complaints that were improving at two weeks.",
                   "Venlafaxine XR 225 mg was continued throughout the course.",
                   "",
                   "## Risk",
                   "At baseline she still described thoughts of suicide most days; by the end of the course she "
                   "denied suicidal ideation.",
                   "",
                   "## Recommendations",
                   "Continuation ECT weekly x 4 then every other week, pending authorization from the plan. If "
                   "continuation ECT is not authorized, consider adding nortriptyline. Clozapine has never been "
                   "tried and is not indicated.",
               ], [
                   "Mireille Oduya-Carter (FICTIONAL) - ECT summary 05/08/2026 - page 2",
                   "",
                   "# Treatment log (index course 2026)",
                   T + "# | Date | Electrodes | Charge (mC) | EEG seizure (s) | MADRS",
                   T + "1 | 03/09/2026 | RUL UB | 64 | 38 | 38 (baseline 03/06)",
                   T + "2 | 03/11/2026 | RUL UB | 128 | 41 |",
                   T + "3 | 03/13/2026 | RUL UB | 192 | 35 |",
                   T + "4 | 03/16/2026 | RUL UB | 192 | 33 |",
                   T + "5 | 03/18/2026 | RUL UB | 256 | 30 |",
                   T + "6 | 03/20/2026 | RUL UB | 256 | 28 | 31",
                   T + "7 | 03/25/2026 | BT | 192 | 44 |",
                   T + "8 | 03/30/2026 | BT | 192 | 40 |",
                   T + "9 | 04/06/2026 | BT | 192 | 37 | 24",
                   T + "10 | 04/13/2026 | BT | 230 | 34 |",
                   T + "11 | 04/22/2026 | BT | 230 | 31 |",
                   T + "12 | 05/04/2026 | BT | 230 | 29 | 17",
                   "",
                   "# Pharmacotherapy before ECT (from records and patient)",
                   T + "Agent | Dose | Dates | Result",
                   T + "Phenelzine (Nardil) | 60 mg/day | 06/2021 - 01/2022 | orthostatic hypotension, two falls; stopped",
                   T + "Lithium carbonate, added to phenelzine | 900 mg/day (level 0.7) | 09/2021 - 01/2022 | no additional benefit",
                   T + "Esketamine nasal spray (Spravato) | 84 mg | 02/2023 - 08/2023 | better for ~2 months, then wore off",
                   T + "Venlafaxine XR | 225 mg/day | 05/2024 - present | no meaningful response before ECT",
                   "",
                   "TMS was requested in 2024; the insurer denied it and it was never given.",
                   "",
                   "Gideon Faulkes-Ng, MD (fictional) - electronically signed 05/08/2026",
               ]])],
    history=[
        H("ECT", "ECT", "neuromodulation", "10 treatments", "2019", "2019",
          "She remitted, but relapsed about four months after the last treatment", "relapse", F4, 1,
          "She remitted, but relapsed about four months after the last treatment"),
        H("ECT", "ECT", "neuromodulation", "12 treatments", "2026-03-09", "2026-05-04",
          "response without remission", "partial_response", F4, 1,
          "MADRS 38 at baseline and 17 after treatment 12: response without remission"),
        H("phenelzine", "MAOI", "antidepressant", "60 mg/day", "2021-06", "2022-01",
          "orthostatic hypotension, two falls; stopped", "side_effects", F4, 2,
          "Phenelzine (Nardil) 60 mg/day 06/2021 - 01/2022 orthostatic hypotension, two falls; stopped"),
        H("lithium", "mood stabilizer", "augmentation", "900 mg/day", "2021-09", "2022-01",
          "no additional benefit", "no_response", F4, 2,
          "Lithium carbonate, added to phenelzine 900 mg/day (level 0.7) 09/2021 - 01/2022 no additional benefit"),
        H("esketamine", "NMDA receptor antagonist", "antidepressant", "84 mg", "2023-02", "2023-08",
          "better for ~2 months, then wore off", "relapse", F4, 2,
          "Esketamine nasal spray (Spravato) 84 mg 02/2023 - 08/2023 better for ~2 months, then wore off"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg/day", "2024-05", None,
          "no meaningful response before ECT", "no_response", F4, 2,
          "Venlafaxine XR 225 mg/day 05/2024 - present no meaningful response before ECT"),
    ],
    scales=[S("MADRS", 38, "2026-03-06", F4, 2, "38 (baseline 03/06)"),
            S("MADRS", 31, "2026-03-20", F4, 2, "6 03/20/2026 RUL UB 256 28 31"),
            S("MADRS", 24, "2026-04-06", F4, 2, "9 04/06/2026 BT 192 37 24"),
            S("MADRS", 17, "2026-05-04", F4, 2, "12 05/04/2026 BT 230 29 17")],
    diagnoses=[D("F33.2", F4, 1, "severe, without psychotic features (F33.2)")],
    suicidality=SI("active", F4, 1, "suicidal ideation with a plan to drive off the Merrow causeway"),
))

# ------------------------------------------------------------------------------------------------ 05
F5 = "harrowgate_tms_consult_2026-08-19.pdf"
CASES.append(dict(
    slug="05-tms-consult-letter",
    note=("Consult letter from a TMS center to the referring PCP, prose over 2 pages; trials on p. 1-2 with "
          "partial dates. Fluoxetine tried twice: 2011 (worked, then stopped working late that year -> relapse) "
          "and summer 2020 (no_response) -> two rows. Bupropion monotherapy ongoing (partial) with aripiprazole "
          "added to it (augmentation). IPT 'helpful for relationship conflicts' but depression unchanged -> "
          "no_response. Not rows: SNRI/tricyclic (never), sister's TMS, ECT (declined 2024), esketamine "
          "(hypothetical), TMS itself (recommended). Active SI without plan -> active. PHQ-9 21 at referral is "
          "dated 07/02/2026 in the text."),
    docs=[dict(file=F5, fmt="pdf", font="Times-Roman", size=11, margin=66,
               header=["HARROWGATE NEUROMODULATION CENTER (FICTIONAL)",
                       "41 Quarry Lane, Suite 3, Ashby Cross - tel 555-0118 - intake@harrowgate-tms.example"],
               pages=[[
                   "August 19, 2026",
                   "",
                   "Dr. Sunniva Marchetti (fictional)",
                   "Ashby Cross Family Medicine",
                   "",
                   "Re: Teodor Valcu (FICTIONAL), DOB 12/02/1992, member FICT-AC-339120",
                   "",
                   "Dear Dr. Marchetti,",
                   "",
                   "Thank you for referring Mr. Valcu, whom I saw today for consultation about transcranial magnetic "
                   "stimulation. He is a 33-year-old warehouse supervisor with recurrent depression since his late "
                   "teens. His current episode began in the spring of 2023 and has not lifted.",
                   "",
                   "His PHQ-9 today was 23 and his 17-item HAM-D 24; at referral his PHQ-9 was 21 (07/02/2026). He "
                   "told me that two weeks ago he had active thoughts of killing himself, without a plan, and that "
                   "he has never acted on them. He has no firearms at home. We completed a safety plan.",
                   "",
                   "Medication history. He has tried Prozac twice. The first time was during his first year of "
                   "college, in 2011: he calls it 'the only thing that ever really worked' until it stopped working "
                   "late that year, and he came off it. He tried it again in the summer of 2020 at 40 mg, and this "
                   "time it did nothing at all; it was stopped after three months. In 2015 he took Celexa 20 mg, which "
                   "made him feel 'like a zombie', and he stopped it within a month.",
               ], [
                   "Teodor Valcu (FICTIONAL) - consultation 08/19/2026 - page 2",
                   "",
                   "In early 2023 you started Wellbutrin XL 150 mg and raised it to 300 mg; at his visit in August "
                   "2023 he described feeling 'a bit more motivated, but still flat', and he remains on it. From "
                   "September 2023 to March 2024 Abilify 5 mg was added to the bupropion; there was no meaningful "
                   "change, and it was stopped.",
                   "",
                   "He completed 20 sessions of interpersonal psychotherapy between April and September 2024. He "
                   "found it helpful for his relationship conflicts, but his depression scores did not change.",
                   "",
                   "He has not tried an SNRI or a tricyclic. He was offered ECT in 2024 and declined. His sister was "
                   "helped by TMS in 2022, which is part of why he asked for this referral.",
                   "",
                   "Impression: major depressive disorder, recurrent, severe without psychotic features (F33.2), "
                   "with insomnia (G47.00). He has failed at least two adequate antidepressant trials in the current "
                   "episode and one augmentation.",
                   "",
                   "Recommendation: a standard course of 36 sessions of TMS to the left DLPFC. Should he not respond, "
                   "esketamine would be a reasonable next step. I will request authorization this week.",
                   "",
                   "With thanks and best regards,",
                   "",
                   "Amara Lindqvist-Obi, MD (fictional)",
                   "Medical Director",
               ]])],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", None, "2011", "2011",
          "'the only thing that ever really worked' until it stopped working late that year", "relapse", F5, 1,
          "'the only thing that ever really worked' until it stopped working late that year"),
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2020", "2020",
          "this time it did nothing at all; it was stopped after three months", "no_response", F5, 1,
          "this time it did nothing at all; it was stopped after three months"),
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2015", "2015",
          "made him feel 'like a zombie', and he stopped it within a month", "side_effects", F5, 1,
          "made him feel 'like a zombie', and he stopped it within a month"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2023", None,
          "'a bit more motivated, but still flat'", "partial_response", F5, 2,
          "'a bit more motivated, but still flat', and he remains on it"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2023-09", "2024-03",
          "there was no meaningful change, and it was stopped", "no_response", F5, 2,
          "Abilify 5 mg was added to the bupropion; there was no meaningful change, and it was stopped"),
        H("IPT", "psychotherapy", "psychotherapy", "20 sessions", "2024-04", "2024-09",
          "helpful for his relationship conflicts, but his depression scores did not change", "no_response", F5, 2,
          "He completed 20 sessions of interpersonal psychotherapy between April and September 2024."),
    ],
    scales=[S("PHQ-9", 23, "2026-08-19", F5, 1, "His PHQ-9 today was 23"),
            S("HAM-D", 24, "2026-08-19", F5, 1, "his 17-item HAM-D 24"),
            S("PHQ-9", 21, "2026-07-02", F5, 1, "at referral his PHQ-9 was 21 (07/02/2026)")],
    diagnoses=[D("F33.2", F5, 2, "severe without psychotic features (F33.2)"),
               D("G47.00", F5, 2, "with insomnia (G47.00)")],
    suicidality=SI("active", F5, 1, "two weeks ago he had active thoughts of killing himself, without a plan"),
))

# ------------------------------------------------------------------------------------------------ 06
F6 = "bellmoor_pain_followup_2026-11-05.pdf"
CASES.append(dict(
    slug="06-pain-clinic-crps-ketamine",
    note=("Pain-medicine follow-up for CRPS I of the right lower limb (DejaVu font: arrows and en dashes). "
          "Treatments tried on p. 2. Ketamine infusion series (5 days, 03/10-03/14/2025): 8/10 -> 3/10, relief ~10 "
          "weeks then back to baseline -> relapse, kind other. Sympathetic blocks x3: relief for days each -> "
          "relapse. Nortriptyline for pain stays antidepressant, ongoing. Gabapentin stopped for no change "
          "(its drowsiness is not the stop reason). Not rows: duloxetine (suggested, never started), spinal cord "
          "stimulator (declines), IV lidocaine (never), repeat ketamine series (requested), ibuprofen PRN. Pain "
          "scores: today 7 at rest / 9 weight-bearing, and 8 and 3 dated 03/10 and 03/14/2025."),
    docs=[dict(file=F6, fmt="pdf", font="DejaVu", size=9.5,
               header=["Bellmoor Spine & Pain Institute — Lowry Heath (FICTIONAL)"],
               pages=[[
                   "PAIN MEDICINE – ESTABLISHED PATIENT FOLLOW-UP",
                   "Patient: Hesper Quaintance (FICTIONAL) · DOB 1984-05-22 · Acct FICT-BSP-08813",
                   "Insurer: Cardinal Mutual Health (fictional) · ID FICT-CMH-4410-77",
                   "Date of visit: 2026-11-05 · Provider: Rafael Ekwueme-Stroud, MD (fictional), Anesthesiology/Pain",
                   "",
                   "## Chief complaint",
                   "Burning pain, allodynia and swelling of the right foot and ankle since an ankle fracture "
                   "(ORIF 01/2023).",
                   "",
                   "## Interval history",
                   "Pain is 7/10 at rest today, 9/10 with weight bearing. Sleeps 4 hours. Color change and "
                   "temperature asymmetry persist. She can no longer wear a closed shoe on the right. Mood is low "
                   "since she had to stop working; PHQ-9 today 14. Denies suicidal ideation.",
                   "",
                   "## Exam",
                   "Right foot: mottled, 1.8 °C cooler than left, edema to mid-shin, allodynia to light touch over "
                   "the dorsum, reduced ankle ROM. Gait antalgic with a cane.",
                   "",
                   "## Diagnoses",
                   "• G90.521 Complex regional pain syndrome I of right lower limb",
                   "• G89.4 Chronic pain syndrome",
                   "• F32.A Depression, unspecified",
                   "",
                   "Treatment history continues on page 2.",
               ], [
                   "Hesper Quaintance (FICTIONAL) · 2026-11-05 · page 2",
                   "",
                   "## Treatments tried for CRPS",
                   "• Gabapentin 300 mg TID → 900 mg TID, 06/2023–12/2023: some drowsiness; no change in burning "
                   "pain at 2700 mg/day, stopped.",
                   "• Pregabalin 75 → 150 mg BID, 01/2024–03/2024: dizziness and ankle swelling → stopped.",
                   "• Nortriptyline 25 → 50 mg qHS since spring 2024: sleeps better, pain ~20% better; continues.",
                   "• Lumbar sympathetic blocks ×3 (05/2024, 06/2024, 08/2024): each gave 60–70% relief lasting "
                   "only 5–7 days.",
                   "• Physical therapy with graded motor imagery, 16 visits, 09/2024–12/2024: pain unchanged.",
                   "• Outpatient IV ketamine infusion series, 5 consecutive days (0.35 mg/kg/h × 4 h), "
                   "03/10/2025–03/14/2025: pain 8/10 on 03/10/2025 before the first infusion, 3/10 on "
                   "03/14/2025; relief lasted about 10 weeks, then returned to baseline by June 2025.",
                   "",
                   "Duloxetine was suggested by her PCP in 2025 but she never started it. She has never had IV "
                   "lidocaine. A spinal cord stimulator trial was discussed at length; she declines for now. "
                   "Ibuprofen 400 mg PRN for flares.",
                   "",
                   "## Assessment / Plan",
                   "CRPS I, right lower limb, refractory to anticonvulsants, a TCA, sympathetic blocks and "
                   "rehabilitation, with a clear but temporary response to ketamine. Request authorization for a "
                   "repeat 5-day ketamine infusion series. Continue nortriptyline 50 mg qHS. Continue home "
                   "desensitization program. RTC 6 weeks.",
               ]])],
    history=[
        H("gabapentin", "gabapentinoid", "other", "900 mg TID", "2023-06", "2023-12",
          "no change in burning pain at 2700 mg/day, stopped", "no_response", F6, 2,
          "no change in burning pain at 2700 mg/day, stopped."),
        H("pregabalin", "gabapentinoid", "other", "150 mg BID", "2024-01", "2024-03",
          "dizziness and ankle swelling → stopped", "side_effects", F6, 2,
          "Pregabalin 75 → 150 mg BID, 01/2024–03/2024: dizziness and ankle swelling → stopped."),
        H("nortriptyline", "TCA", "antidepressant", "50 mg qHS", "2024", None,
          "sleeps better, pain ~20% better; continues", "partial_response", F6, 2,
          "Nortriptyline 25 → 50 mg qHS since spring 2024: sleeps better, pain ~20% better; continues."),
        H("lumbar sympathetic block", "nerve block", "other", "3 blocks", "2024-05", "2024-08",
          "each gave 60–70% relief lasting only 5–7 days", "relapse", F6, 2,
          "each gave 60–70% relief lasting only 5–7 days."),
        H("physical therapy", "physical therapy", "other", "16 visits", "2024-09", "2024-12",
          "pain unchanged", "no_response", F6, 2,
          "Physical therapy with graded motor imagery, 16 visits, 09/2024–12/2024: pain unchanged."),
        H("ketamine", "NMDA receptor antagonist", "other", "0.35 mg/kg/h × 4 h", "2025-03-10",
          "2025-03-14", "relief lasted about 10 weeks, then returned to baseline", "relapse", F6, 2,
          "relief lasted about 10 weeks, then returned to baseline by June 2025."),
    ],
    scales=[S("pain NRS", 7, "2026-11-05", F6, 1, "Pain is 7/10 at rest today, 9/10 with weight bearing."),
            S("pain NRS", 9, "2026-11-05", F6, 1, "Pain is 7/10 at rest today, 9/10 with weight bearing."),
            S("PHQ-9", 14, "2026-11-05", F6, 1, "PHQ-9 today 14."),
            S("pain NRS", 8, "2025-03-10", F6, 2, "pain 8/10 on 03/10/2025 before the first infusion"),
            S("pain NRS", 3, "2025-03-14", F6, 2, "3/10 on 03/14/2025")],
    diagnoses=[D("G90.521", F6, 1, "G90.521 Complex regional pain syndrome I of right lower limb"),
               D("G89.4", F6, 1, "G89.4 Chronic pain syndrome"),
               D("F32.A", F6, 1, "F32.A Depression, unspecified")],
    suicidality=SI("none", F6, 1, "Denies suicidal ideation."),
))
