"""blind-fresh8 cases 01-06. ALL PEOPLE, CLINICS, PLANS, PHARMACIES AND NUMBERS ARE FICTIONAL."""
from common import D, FICT, H, S, SUI

CASES = []

# ----------------------------------------------------------------------------------------------------------
# 01 inpatient discharge summary with a medication reconciliation table, 3-page PDF
F1 = "bellwether_discharge_summary_2026-06-16.pdf"
CASES.append({
    "slug": "01-inpatient-discharge-medrec",
    "docs": [{
        "file": F1, "type": "pdf", "font": "libserif", "size": 10,
        "header": "BELLWETHER BEHAVIORAL HEALTH PAVILION - Marrowfield (FICTIONAL)\nDISCHARGE SUMMARY",
        "footer": "FICTIONAL RECORD - Aldana-Voss, Corinne - MRN FICT-BW-55120",
        "pages": [
            [
                ("p", FICT),
                ("p", "Patient: Corinne Aldana-Voss    DOB: 03/14/1984    MRN: FICT-BW-55120    Plan: Tern Valley Health (fictional)"),
                ("p", "Admission date: 06/02/2026    Discharge date: 06/16/2026    Attending: Rafael Ostrowski, MD (fictional)    Legal status: voluntary"),
                ("h", "Reason for admission"),
                ("p", "42-year-old married accountant with recurrent major depression, brought to the emergency department by her "
                      "husband after she told her therapist that she had written a note and planned to overdose on her stored "
                      "venlafaxine. She had not acted on the plan. PHQ-9 on admission 25."),
                ("h", "Past psychiatric history"),
                ("p", "First episode at age 24. Outpatient care with Imelda Furst, MD (fictional) since 2016. No prior psychiatric "
                      "admissions and no prior suicide attempts. Antidepressant history, from the patient and Dr. Furst's records:"),
                ("p", "- Fluoxetine 20 mg, raised to 40 mg, for about ten months in 2016-2017. She says it \"took the edge off\" for a "
                      "while, but the depression was back by the following winter despite 40 mg."),
                ("p", "- Escitalopram was suggested by her PCP in 2018, but she never started it after a cousin's bad experience with it."),
                ("p", "- Venlafaxine XR from March 2019, titrated to 225 mg daily in 2020 (see hospital course)."),
                ("p", "- Bupropion XL 150 mg was added to venlafaxine in spring 2021 for low energy; it was stopped after about "
                      "three weeks because of an itchy rash."),
                ("p", "- Cariprazine (Vraylar) 1.5 mg added to venlafaxine as augmentation in September 2023; stopped in "
                      "December 2023 after three months with no added benefit."),
                ("p", "ECT was offered by Dr. Furst in 2024; the patient declined it out of concern about memory. She has never "
                      "had TMS."),
                ("h", "Family history"),
                ("p", "Brother with bipolar I disorder, stable for years on lithium. Mother treated for depression with \"an older "
                      "antidepressant\", name unknown."),
            ],
            [
                ("h", "Hospital course"),
                ("p", "Venlafaxine XR 225 mg was discontinued on admission (06/02/2026): more than three years at 225 mg with no "
                      "meaningful response, and the medication was the means named in her plan."),
                ("p", "Mirtazapine 15 mg at bedtime was started on 06/04/2026 and increased to 30 mg on 06/08/2026. Sleep and "
                      "appetite improved within a week; mood improved partially, PHQ-9 13 at discharge."),
                ("p", "Lithium augmentation was discussed on 06/10/2026; the patient preferred to wait and see the effect of "
                      "mirtazapine first."),
                ("p", "PRN medications used during the stay: hydroxyzine 25 mg (4 doses) for anxiety, melatonin 3 mg (6 doses)."),
                ("p", "Safety: from 06/13/2026 she consistently denied suicidal ideation, intent or plan and completed a written "
                      "safety plan. Her husband removed the stored venlafaxine from the home."),
                ("h", "Medication reconciliation at discharge"),
                ("table", ["Medication", "Before admission", "At discharge", "Comment"], [
                    ["Venlafaxine XR 225 mg PO daily", "Taking", "STOPPED", "D/c on admission 06/02/2026"],
                    ["Mirtazapine 30 mg PO qHS", "-", "NEW - CONTINUE", "Started 06/04/2026"],
                    ["Trazodone 50 mg PO qHS PRN sleep", "Taking (rarely)", "STOPPED", "Not needed with mirtazapine"],
                    ["Atorvastatin 20 mg PO daily", "Taking", "CONTINUE", "Lipids"],
                    ["Hydroxyzine 25 mg PO q6h PRN anxiety", "-", "CONTINUE", "Max 4 doses per day"],
                    ["Levonorgestrel IUD", "In place", "No change", ""],
                ], [0.34, 0.18, 0.18, 0.30], 9),
            ],
            [
                ("h", "Discharge diagnoses"),
                ("p", "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
                ("p", "F41.1 Generalized anxiety disorder"),
                ("p", "E78.5 Hyperlipidemia, unspecified"),
                ("h", "Condition at discharge"),
                ("p", "Mood \"better, not good.\" Denies SI/HI; no suicidal ideation or behavior since 06/13/2026. Eating and sleeping "
                      "well. Future-oriented, looking forward to her daughter's graduation."),
                ("h", "Plan"),
                ("p", "Follow up with Dr. Furst on 06/23/2026. Continue mirtazapine 30 mg at bedtime. If the response stalls, "
                      "consider lithium augmentation or a referral for TMS; ECT remains an option she has declined. A partial "
                      "hospitalization program was recommended; she declined it in favor of weekly outpatient therapy."),
                ("p", "Electronically signed: Rafael Ostrowski, MD (fictional), 06/16/2026 15:42"),
            ],
        ],
    }],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. Three-page discharge summary. "
                 "Fluoxetine 'took the edge off ... but the depression was back' -> relapse, 2016-2017. Bupropion ADDED to "
                 "venlafaxine for energy without the word augmentation -> kind antidepressant (contract), stopped for rash. "
                 "Venlafaxine ends on admission (2026-06-02); source is the hospital course on p. 2 (the med-rec table on p. 2 "
                 "repeats it). Mirtazapine started in hospital and continued: end null, partial. Not rows: escitalopram (never "
                 "started), lithium (brother's; later discussed), ECT (declined), TMS (never; consider), PHP (declined), "
                 "trazodone PRN sleep, hydroxyzine/melatonin PRN, atorvastatin. Suicidality: admitted for a plan to "
                 "overdose, no attempt -> active, although discharge says 'Denies SI/HI'.",
        "history": [
            H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2016", "2017",
              "took the edge off for a while, but the depression was back by the following winter despite 40 mg", "relapse",
              F1, 1, "but the depression was back by the following winter despite 40 mg."),
            H("venlafaxine", "SNRI", "antidepressant", "225 mg daily", "2019-03", "2026-06-02",
              "more than three years at 225 mg with no meaningful response", "no_response",
              F1, 2, "Venlafaxine XR 225 mg was discontinued on admission (06/02/2026): more than three years at 225 mg with no meaningful response"),
            H("bupropion", "NDRI", "antidepressant", "150 mg", "2021", "2021",
              "stopped after about three weeks because of an itchy rash", "side_effects",
              F1, 1, "it was stopped after about three weeks because of an itchy rash."),
            H("cariprazine", "atypical antipsychotic", "augmentation", "1.5 mg", "2023-09", "2023-12",
              "stopped after three months with no added benefit", "no_response",
              F1, 1, "Cariprazine (Vraylar) 1.5 mg added to venlafaxine as augmentation in September 2023; stopped in December 2023 after three months with no added benefit."),
            H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2026-06-04", None,
              "sleep and appetite improved within a week; mood improved partially", "partial_response",
              F1, 2, "Sleep and appetite improved within a week; mood improved partially, PHQ-9 13 at discharge."),
        ],
        "scales": [
            S("PHQ-9", 25, "2026-06-02", F1, 1, "PHQ-9 on admission 25."),
            S("PHQ-9", 13, "2026-06-16", F1, 2, "PHQ-9 13 at discharge."),
        ],
        "diagnoses": [
            D("F33.2", F1, 3, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
            D("F41.1", F1, 3, "F41.1 Generalized anxiety disorder"),
            D("E78.5", F1, 3, "E78.5 Hyperlipidemia, unspecified"),
        ],
        "suicidality": SUI("active", F1, 1, "she had written a note and planned to overdose on her stored venlafaxine. She had not acted on the plan."),
    },
})

# ----------------------------------------------------------------------------------------------------------
# 02 collaborative-care registry export, CSV-looking TXT, PHQ-9 over time
F2 = "cocm_registry_export_PT-88417.txt"
REG_ROWS = [
    ("2025-10-08", "intake (in person)", 19, 14, 1, "none",
     "item 9 = several days: passive thoughts of being better off dead, no plan/intent; safety plan done. Declined referral to specialty psychiatry. PCP started sertraline 50 mg today."),
    ("2025-10-29", "phone", 18, 13, 1, "sertraline 50", "tolerating. BA session 1"),
    ("2025-11-19", "phone", 17, 12, 0, "sertraline 100", "increased to 100 on 11/05. BA session 3"),
    ("2025-12-17", "video", 16, 11, 0, "sertraline 150", "increased to 150 on 12/03. BA session 6. sleeping better"),
    ("2026-01-21", "phone", 17, 12, 0, "sertraline 150",
     "BA session 8 = BA completed (8 sessions 10/29/2025-01/21/2026); keeps activity log but mood little changed"),
    ("2026-02-18", "psychiatric case review", 16, 12, 0, "sertraline 150",
     "PHQ-9 16 after 12+ wks at 150 mg: <50% reduction = not responding. Rec: add bupropion XL 150 as augmentation; if no better, switch SSRI."),
    ("2026-03-18", "phone", 15, 10, 0, "sertraline 150 + bupropion XL 150", "bupropion started 02/23/2026; a bit jittery"),
    ("2026-04-15", "phone", 17, 15, 0, "sertraline 150",
     "insomnia and hand tremor on bupropion -> PCP stopped bupropion 04/10/2026"),
    ("2026-05-13", "psychiatric case review", 17, 13, 0, "sertraline 150",
     "Sertraline: no response after ~7 months, 150 mg x 5 months. Plan: cross-taper to escitalopram (lex 10)."),
    ("2026-05-27", "phone", 16, 12, 0, "lex 10", "sertraline off since 05/24/2026"),
    ("2026-06-24", "phone", 14, 10, 0, "lex 20", "lex up to 20 on 06/10/2026"),
    ("2026-08-05", "phone", 12, 9, 0, "lex 20", "some improvement; motivation still low"),
    ("2026-09-30", "video", 11, 9, 0, "lex 20", "'better but not myself'"),
    ("2026-11-04", "psychiatric case review", 12, 10, 0, "lex 20",
     "plateau at 11-12 on lex 20 x 5 mo = partial response. Options discussed: aripiprazole augmentation vs psychiatry referral for TMS; pt wants to think about it. Mother did well on Effexor (family hx)."),
]


def _csv_line(r):
    d, t, phq, gad, i9, med, note = r
    return f'{d},{t},{phq},{gad},{i9},"{med}","{note}"'


TXT2 = "\n".join([
    "##### FICTIONAL TEST RECORD - NOT A REAL PATIENT #####",
    FICT,
    "Lindenhall Family Medicine (fictional) :: Collaborative Care Registry :: patient export",
    "Exported 2026-11-20 14:02 by user treyes_bhcm",
    "Patient: OKAFOR-BRENNAN, DESMOND | Registry ID: PT-88417 | Member ID: FICT-LH-300412 | DOB 1991-02-07",
    "Enrolled: 2025-10-08 | Care manager: Talia Reyes, LCSW (fictional) | Consulting psychiatrist: Wen Halvorsen, MD (fictional)",
    "Problem list at enrollment: F33.1 Major depressive disorder, recurrent, moderate | F41.1 Generalized anxiety disorder",
    "Target: PHQ-9 < 10 or 50% reduction from baseline",
    "Care-manager psychotherapy offered: Behavioral Activation (BA), 8 sessions by phone/video",
    "",
    "contact_date,contact_type,phq9_total,gad7_total,phq9_item9,current_med,contact_note",
    *[_csv_line(r) for r in REG_ROWS],
    "",
    "-- registry flags --",
    "flag: NOT AT TARGET (weeks in treatment: 56)",
    "flag: psychiatric case review due 2026-12-02",
    "",
    "-- end of export (FICTIONAL) --",
    "",
])

CASES.append({
    "slug": "02-cocm-registry-export",
    "docs": [{"file": F2, "type": "txt", "text": TXT2}],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. Collaborative-care registry export as "
                 "CSV text: one line per contact, PHQ-9 and GAD-7 per date (every date is a scale row). Sertraline 50->100->150 "
                 "from 2025-10-08 to 2026-05-24, no response. Behavioral activation (BA) 8 sessions with the care manager, "
                 "'mood little changed' -> no_response. Bupropion added 'as augmentation' by the psychiatrist's "
                 "recommendation -> augmentation, stopped for insomnia and tremor. Escitalopram ('lex 10' -> 'lex 20') from "
                 "2026-05, ongoing, partial. Not rows: specialty psychiatry (declined), aripiprazole and TMS (options "
                 "discussed), mother's Effexor. The 2026-02-18 line's 'switch SSRI' is a plan. Suicidality: item 9 positive "
                 "with passive thoughts, no plan/intent -> passive.",
        "history": [
            H("sertraline", "SSRI", "antidepressant", "150 mg", "2025-10-08", "2026-05-24",
              "no response after ~7 months, 150 mg x 5 months", "no_response",
              F2, 1, "Sertraline: no response after ~7 months, 150 mg x 5 months."),
            H("behavioral activation", "psychotherapy", "psychotherapy", "8 sessions", "2025-10-29", "2026-01-21",
              "keeps activity log but mood little changed", "no_response",
              F2, 1, "BA completed (8 sessions 10/29/2025-01/21/2026); keeps activity log but mood little changed"),
            H("bupropion", "NDRI", "augmentation", "150 mg", "2026-02-23", "2026-04-10",
              "insomnia and hand tremor on bupropion -> PCP stopped bupropion", "side_effects",
              F2, 1, "insomnia and hand tremor on bupropion -> PCP stopped bupropion 04/10/2026"),
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2026-05", None,
              "plateau at 11-12 on lex 20 x 5 mo = partial response", "partial_response",
              F2, 1, "plateau at 11-12 on lex 20 x 5 mo = partial response."),
        ],
        "scales": (
            [S("PHQ-9", r[2], r[0], F2, 1, f"{r[0]},{r[1]},{r[2]},{r[3]}") for r in REG_ROWS]
            + [S("GAD-7", r[3], r[0], F2, 1, f"{r[0]},{r[1]},{r[2]},{r[3]}") for r in REG_ROWS]
        ),
        "diagnoses": [
            D("F33.1", F2, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
            D("F41.1", F2, 1, "F41.1 Generalized anxiety disorder"),
        ],
        "suicidality": SUI("passive", F2, 1, "item 9 = several days: passive thoughts of being better off dead, no plan/intent"),
    },
})

# ----------------------------------------------------------------------------------------------------------
# 03 prior-authorization request form filled by the prescriber (checkboxes), 2-page PDF, trials on p. 2
F3 = "spravato_prior_auth_request.pdf"
CASES.append({
    "slug": "03-prior-auth-checkbox-form",
    "docs": [{
        "file": F3, "type": "pdf", "font": "libsans", "size": 9.5,
        "header": "GRANITE HARBOR HEALTH PLAN (FICTIONAL)  -  PHARMACY PRIOR AUTHORIZATION REQUEST\nEsketamine nasal spray (Spravato) - Form RX-PA-117 (FICTIONAL)",
        "footer": "FICTIONAL FORM - Granite Harbor Health Plan does not exist - fax 555-0144",
        "pages": [
            [
                ("p", FICT),
                ("h", "SECTION A - MEMBER"),
                ("pre", "Member name: Priya Venkataraman-Hale          Member ID: FICT-GH-771203\n"
                        "Date of birth: 07/22/1979                     Group: FICT-0098 (fictional employer)\n"
                        "Phone: 555-0117                               Request type: [X] Standard   [ ] Expedited"),
                ("h", "SECTION B - PRESCRIBER"),
                ("pre", "Prescriber: Anselm Byrd, MD (fictional)       Specialty: Psychiatry\n"
                        "NPI: 0000000000 (fictional)                   Phone: 555-0162   Fax: 555-0163\n"
                        "Practice: Saltmarsh Lane Psychiatry (fictional), 9 Ropewalk Ct, Brinemouth (fictional)"),
                ("h", "SECTION C - REQUEST"),
                ("pre", "Drug requested: Spravato (esketamine) 56 mg/84 mg nasal spray, REMS-certified site\n"
                        "Regimen: induction 2x weekly weeks 1-4, then weekly weeks 5-8\n"
                        "Diagnosis (ICD-10-CM): F33.2  Major depressive disorder, recurrent severe w/o psychotic features\n"
                        "Other diagnosis:       E03.2  Hypothyroidism due to medicaments (lithium)\n"
                        "Current episode began: 03/2025\n"
                        "Severity:  PHQ-9 score 22   date 10/22/2026\n"
                        "           MADRS score 34   date 10/22/2026\n"
                        "Current suicidal ideation:  [X] None   [ ] Passive   [ ] Active with plan\n"
                        "History of suicide attempt: [ ] Yes    [X] No"),
                ("h", "SECTION D - CURRENT ORAL ANTIDEPRESSANT"),
                ("pre", "Will Spravato be given with an oral antidepressant?  [X] Yes   [ ] No\n"
                        "Drug/strength: Sertraline 200 mg daily     Start: 07/2026\n"
                        "Response so far: too early to judge"),
                ("p", "Continue to page 2 for trial history. Incomplete forms will be returned (fictional plan rule)."),
            ],
            [
                ("h", "SECTION E - ANTIDEPRESSANT TRIALS IN THE CURRENT EPISODE (at least 2 required)"),
                ("pre", "1. Drug/strength: Citalopram 40 mg daily       Start: 03/2025   Stop: 08/2025   Weeks at dose: 16\n"
                        "   Result: [X] Tried and failed (inadequate response)   [ ] Intolerance   [ ] Contraindicated\n"
                        "   Comment: no meaningful change\n"
                        "\n"
                        "2. Drug/strength: Duloxetine 60 mg daily       Start: 09/2025   Stop: 12/2025   Weeks at dose: 10\n"
                        "   Result: [ ] Tried and failed (inadequate response)   [X] Intolerance   [ ] Contraindicated\n"
                        "   Comment: drenching sweats and nausea\n"
                        "\n"
                        "3. Drug/strength: Nortriptyline 100 mg qHS     Start: 01/2026   Stop: 06/2026   Weeks at dose: 14\n"
                        "   Result: [X] Tried and failed (inadequate response)   [ ] Intolerance   [ ] Contraindicated\n"
                        "   Comment: serum level 112 ng/mL (therapeutic)"),
                ("h", "SECTION F - AUGMENTATION"),
                ("pre", "Lithium carbonate 600 mg/day (level 0.6) added to nortriptyline  Start: 03/2026  Stop: 05/2026\n"
                        "   Result: [ ] Tried and failed   [X] Intolerance: coarse tremor, TSH rose   [ ] Contraindicated\n"
                        "Atypical antipsychotic augmentation:\n"
                        "   [ ] Tried   [X] Contraindicated: QTc 478 ms on ECG 02/2026"),
                ("h", "SECTION G - OTHER TREATMENT"),
                ("pre", "Psychotherapy: [X] Yes  Type: CBT   Sessions: 20   Dates: 05/2025 - 11/2025\n"
                        "   Result: [ ] No benefit   [X] Partial benefit   [ ] Remission\n"
                        "ECT:  [ ] Tried   [X] Not tried - reason: patient declined\n"
                        "rTMS: [ ] Tried   [X] Not tried - reason: no provider within 140 miles"),
                ("h", "SECTION H - PRIOR EPISODES"),
                ("pre", "2014-2015: escitalopram 20 mg daily, remission; tapered off 08/2015 after 12 months well"),
                ("h", "ATTESTATION"),
                ("p", "I attest that the information above is accurate and supported by the medical record. "
                      "Signature: Anselm Byrd, MD (fictional)    Date: 10/29/2026"),
            ],
        ],
    }],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. Prescriber-filled PA form for "
                 "Spravato (the requested drug is NOT a row: planned). Trials on p. 2 with ticked result boxes: the ticked "
                 "box decides the class (citalopram and nortriptyline 'Tried and failed' -> no_response; duloxetine and "
                 "lithium 'Intolerance' -> side_effects). Atypical antipsychotic 'Contraindicated' (ticked) and 'Tried' "
                 "unticked -> no row. ECT and rTMS 'Not tried' -> no rows. Sertraline current, 'too early to judge' -> "
                 "unknown, end null (source p. 1). Prior episode escitalopram 2014-2015 remission (a row). Suicidality "
                 "ticked None, attempt ticked No -> none.",
        "history": [
            H("citalopram", "SSRI", "antidepressant", "40 mg daily", "2025-03", "2025-08",
              "Tried and failed (inadequate response); no meaningful change", "no_response",
              F3, 2, "Citalopram 40 mg daily Start: 03/2025 Stop: 08/2025"),
            H("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2025-09", "2025-12",
              "Intolerance: drenching sweats and nausea", "side_effects",
              F3, 2, "Comment: drenching sweats and nausea"),
            H("nortriptyline", "TCA", "antidepressant", "100 mg qHS", "2026-01", "2026-06",
              "Tried and failed (inadequate response) at a therapeutic level", "no_response",
              F3, 2, "Nortriptyline 100 mg qHS Start: 01/2026 Stop: 06/2026"),
            H("lithium", "mood stabilizer", "augmentation", "600 mg/day", "2026-03", "2026-05",
              "Intolerance: coarse tremor, TSH rose", "side_effects",
              F3, 2, "[X] Intolerance: coarse tremor, TSH rose"),
            H("CBT", "psychotherapy", "psychotherapy", "20 sessions", "2025-05", "2025-11",
              "Partial benefit", "partial_response",
              F3, 2, "Psychotherapy: [X] Yes Type: CBT Sessions: 20 Dates: 05/2025 - 11/2025"),
            H("escitalopram", "SSRI", "antidepressant", "20 mg daily", "2014", "2015-08",
              "remission; tapered off after 12 months well", "remission",
              F3, 2, "2014-2015: escitalopram 20 mg daily, remission; tapered off 08/2015 after 12 months well"),
            H("sertraline", "SSRI", "antidepressant", "200 mg daily", "2026-07", None,
              "too early to judge", "unknown",
              F3, 1, "Drug/strength: Sertraline 200 mg daily Start: 07/2026 Response so far: too early to judge"),
        ],
        "scales": [
            S("PHQ-9", 22, "2026-10-22", F3, 1, "PHQ-9 score 22 date 10/22/2026"),
            S("MADRS", 34, "2026-10-22", F3, 1, "MADRS score 34 date 10/22/2026"),
        ],
        "diagnoses": [
            D("F33.2", F3, 1, "F33.2 Major depressive disorder, recurrent severe w/o psychotic features"),
            D("E03.2", F3, 1, "E03.2 Hypothyroidism due to medicaments (lithium)"),
        ],
        "suicidality": SUI("none", F3, 1, "Current suicidal ideation: [X] None [ ] Passive [ ] Active with plan"),
    },
})

# ----------------------------------------------------------------------------------------------------------
# 04 PBM claims history with refill gaps + psychiatrist's attestation (outcomes), 2-page PDF
F4 = "pbm_claims_history_and_attestation.pdf"
_fills = [
    ("01/08/2024", "SERTRALINE HCL 50 MG TAB", "30", "30", "PAID"),
    ("02/06/2024", "SERTRALINE HCL 100 MG TAB", "30", "30", "PAID"),
    ("03/07/2024", "SERTRALINE HCL 100 MG TAB", "30", "30", "PAID"),
    ("04/05/2024", "SERTRALINE HCL 100 MG TAB", "30", "30", "PAID"),
    ("05/20/2024", "ZOLPIDEM TART 5 MG TAB", "15", "15", "PAID"),
    ("09/16/2024", "SERTRALINE HCL 100 MG TAB", "60", "30", "PAID"),
    ("10/15/2024", "SERTRALINE HCL 100 MG TAB", "60", "30", "PAID"),
    ("11/14/2024", "SERTRALINE HCL 100 MG TAB", "60", "30", "PAID"),
    ("12/16/2024", "SERTRALINE HCL 100 MG TAB", "60", "30", "PAID"),
    ("01/15/2025", "SERTRALINE HCL 100 MG TAB", "60", "30", "PAID"),
    ("02/13/2025", "SERTRALINE HCL 100 MG TAB", "60", "30", "PAID"),
    ("03/03/2025", "DESVENLAFAXINE ER 50 MG TAB", "30", "30", "PAID"),
    ("03/31/2025", "DESVENLAFAXINE ER 100 MG TAB", "30", "30", "PAID"),
    ("05/01/2025", "DESVENLAFAXINE ER 100 MG TAB", "30", "30", "PAID"),
    ("06/02/2025", "DESVENLAFAXINE ER 100 MG TAB", "30", "30", "PAID"),
    ("07/14/2025", "BUPROPION XL 150 MG TAB", "30", "30", "REVERSED - NOT PICKED UP"),
    ("08/04/2025", "VORTIOXETINE 10 MG TAB", "30", "30", "REJECTED 75 - PA REQUIRED"),
    ("08/06/2025", "LEVOMILNACIPRAN ER TITRATION PK", "28", "28", "PAID"),
    ("09/05/2025", "LEVOMILNACIPRAN ER 40 MG CAP", "30", "30", "PAID"),
    ("10/06/2025", "LEVOMILNACIPRAN ER 80 MG CAP", "30", "30", "PAID"),
    ("11/05/2025", "LEVOMILNACIPRAN ER 80 MG CAP", "30", "30", "PAID"),
    ("12/05/2025", "LEVOMILNACIPRAN ER 80 MG CAP", "30", "30", "PAID"),
    ("01/05/2026", "LEVOMILNACIPRAN ER 80 MG CAP", "30", "30", "PAID"),
    ("02/04/2026", "LEVOMILNACIPRAN ER 80 MG CAP", "30", "30", "PAID"),
    ("03/20/2026", "HYDROXYZINE HCL 25 MG TAB PRN", "30", "10", "PAID"),
    ("04/13/2026", "MIRTAZAPINE 15 MG TAB", "30", "30", "PAID"),
    ("05/12/2026", "MIRTAZAPINE 30 MG TAB", "30", "30", "PAID"),
    ("06/11/2026", "MIRTAZAPINE 30 MG TAB", "30", "30", "PAID"),
    ("07/13/2026", "MIRTAZAPINE 30 MG TAB", "30", "30", "PAID"),
    ("08/12/2026", "MIRTAZAPINE 30 MG TAB", "30", "30", "PAID"),
    ("09/10/2026", "MIRTAZAPINE 30 MG TAB", "30", "30", "PAID"),
    ("10/12/2026", "MIRTAZAPINE 30 MG TAB", "30", "30", "PAID"),
    ("11/09/2026", "MIRTAZAPINE 30 MG TAB", "30", "30", "PAID"),
]
CASES.append({
    "slug": "04-pbm-claims-refill-gaps",
    "docs": [{
        "file": F4, "type": "pdf", "font": "dejavucond", "size": 9,
        "header": "QUILLROCK PHARMACY BENEFIT SERVICES (FICTIONAL) - MEMBER CLAIMS HISTORY",
        "footer": "FICTIONAL PRINTOUT - not a real member or PBM - questions 555-0151",
        "pages": [
            [
                ("p", FICT),
                ("pre", "Member: FERREIRA-LUND, TOBIAS     ID: FICT-QR-440981     DOB: 12/01/1987\n"
                        "Period: 01/01/2024 - 11/10/2026   Printed: 11/11/2026   Claims shown: psychotropic + PRN", 8.5),
                ("table", ["Fill date", "Drug / strength", "Qty", "Days", "Status"],
                 [list(f) for f in _fills], [0.14, 0.46, 0.08, 0.08, 0.24], 8),
                ("p", "Pharmacy for all claims: Kestrel Drug #12 (fictional), 555-0158. Prescriber: G. Achterberg, MD (fictional)."),
            ],
            [
                ("h", "Saltgrass Psychiatry (fictional) - Treatment-history attestation"),
                ("p", "Date: 11/12/2026. Re: Tobias Ferreira-Lund, ID FICT-QR-440981 (FICTIONAL PATIENT). Prepared to accompany "
                      "the claims history on page 1 with a request for treatment-resistant depression coverage."),
                ("p", "Sertraline, first trial (01/2024 to 04/2024, up to 100 mg): he stopped it himself after three months "
                      "because he felt no better. The gap in fills from April to September 2024 reflects that decision, not "
                      "missed doses during a trial."),
                ("p", "Sertraline, second trial (restarted 09/2024 at 200 mg daily, last fill 02/2025): again no meaningful "
                      "benefit at the higher dose."),
                ("p", "Desvenlafaxine ER 50 mg, then 100 mg (03/2025 to 07/2025): his blood pressure rose to 150/98 and it was "
                      "discontinued."),
                ("p", "Bupropion XL was prescribed in 07/2025 but never picked up (the reversed claim). Vortioxetine was "
                      "rejected pending prior authorization and was never dispensed."),
                ("p", "Levomilnacipran ER 20 mg titrated to 80 mg (08/2025 to 03/2026): a good early response by October 2025, "
                      "then the benefit wore off over the winter despite 80 mg."),
                ("p", "Mirtazapine 15 mg, then 30 mg since 04/2026 (current): he sleeps better; his mood is unchanged."),
                ("p", "Zolpidem and hydroxyzine were for sleep and anxiety as needed and are not antidepressant trials."),
                ("p", "Current status: PHQ-9 20 today. He reports no suicidal thoughts. Diagnosis F33.1 (major depressive "
                      "disorder, recurrent, moderate)."),
                ("p", "Greer Achterberg, MD (fictional), Saltgrass Psychiatry, 555-0159"),
            ],
        ],
    }],
    "truth": {
        "_note": "All people, clinics, plans, pharmacies and numbers in this case are fictional. Page 1 is a PBM fill table "
                 "(dates only); page 2 the psychiatrist's attestation (outcomes); each row's source is p. 2. Sertraline is "
                 "two rows: 01/2024-04/2024 and 09/2024-02/2025, a refill gap between them. Desvenlafaxine stopped for a "
                 "BP rise -> side_effects. Levomilnacipran 'good early response ... then the benefit wore off' -> relapse. "
                 "Mirtazapine current, 'mood is unchanged' -> no_response, end null. Not rows: bupropion (REVERSED, never "
                 "picked up), vortioxetine (REJECTED, never dispensed), zolpidem, hydroxyzine PRN. Dates from the "
                 "attestation; fills agree within a month.",
        "history": [
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2024-01", "2024-04",
              "stopped it himself after three months because he felt no better", "no_response",
              F4, 2, "Sertraline, first trial (01/2024 to 04/2024, up to 100 mg): he stopped it himself after three months because he felt no better."),
            H("sertraline", "SSRI", "antidepressant", "200 mg daily", "2024-09", "2025-02",
              "again no meaningful benefit at the higher dose", "no_response",
              F4, 2, "Sertraline, second trial (restarted 09/2024 at 200 mg daily, last fill 02/2025): again no meaningful benefit at the higher dose."),
            H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2025-03", "2025-07",
              "his blood pressure rose to 150/98 and it was discontinued", "side_effects",
              F4, 2, "his blood pressure rose to 150/98 and it was discontinued."),
            H("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2025-08", "2026-03",
              "a good early response by October 2025, then the benefit wore off over the winter despite 80 mg", "relapse",
              F4, 2, "a good early response by October 2025, then the benefit wore off over the winter despite 80 mg."),
            H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2026-04", None,
              "he sleeps better; his mood is unchanged", "no_response",
              F4, 2, "Mirtazapine 15 mg, then 30 mg since 04/2026 (current): he sleeps better; his mood is unchanged."),
        ],
        "scales": [S("PHQ-9", 20, "2026-11-12", F4, 2, "PHQ-9 20 today.")],
        "diagnoses": [D("F33.1", F4, 2, "Diagnosis F33.1 (major depressive disorder, recurrent, moderate)")],
        "suicidality": SUI("none", F4, 2, "He reports no suicidal thoughts."),
    },
})

# ----------------------------------------------------------------------------------------------------------
# 05 patient-filled intake questionnaire, phone photo JPEG
F5 = "new_patient_questionnaire_photo.jpg"
L5 = [
    ("bold", "SABLEWOOD PSYCHIATRY ASSOCIATES (FICTIONAL)", 0),
    ("bold", "New Patient Questionnaire - please print clearly", 0),
    ("print", "FICTIONAL TEST DOCUMENT - not a real patient or clinic", 0),
    ("rule", "", 0),
    ("print", "Name:", 0),
    ("hand", "Marisol Quintero-Dahl    DOB 4/9/1998", 40),
    ("print", "Today's date:", 0),
    ("hand", "11/18/2026", 40),
    ("print", "1. What medicines have you tried for depression or anxiety?", 0),
    ("print", "   (name, when, what happened)", 0),
    ("hand", "Lexapro - around 2019 - made me feel like a zombie,", 40),
    ("hand", "quit after 2 months", 80),
    ("hand", "Wellbutrin - early 2021 - did nothing at all", 40),
    ("hand", "Effexor - summer 2022 to Jan 2023 - worked great", 40),
    ("hand", "at first, then stopped working", 80),
    ("hand", "Zoloft 100mg - since Sept - maybe a little better??", 40),
    ("print", "2. Therapy or counseling? (kind, how long, did it help)", 0),
    ("hand", "CBT at college counseling center, fall 2020,", 40),
    ("hand", "about 10 sessions - helped some", 80),
    ("print", "3. Have you ever had:  ECT? [ ] yes [X] no    TMS? [ ] yes [X] no", 0),
    ("print", "   Ketamine or Spravato? [ ] yes [X] no", 0),
    ("print", "4. Family members treated for depression? What helped them?", 0),
    ("hand", "my mom - Zoloft works for her. brother tried lithium", 40),
    ("print", "5. In the past 2 weeks, thoughts you'd be better off dead?", 0),
    ("hand", "sometimes at night, but I would never do anything.", 40),
    ("hand", "No plan.", 40),
    ("print", "6. Have you ever attempted suicide?  [ ] yes  [X] no", 0),
    ("print", "7. What do you hope to get from treatment?", 0),
    ("hand", "My PCP said maybe Abilify next. I want to know options", 40),
    ("rule", "", 0),
    ("print", "OFFICE USE ONLY   PHQ-9 total: 18   GAD-7 total: 12", 0),
    ("print", "Reviewed by J. Tallis, PMHNP (fictional) 11/18/2026", 0),
]
CASES.append({
    "slug": "05-intake-questionnaire-photo",
    "docs": [{"file": F5, "type": "jpeg", "pages": [L5], "seed": 505, "angle": -2.6, "hand_size": 40}],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. Phone photo (JPEG) of a "
                 "questionnaire the patient filled by hand; truth texts are the drawn lines (OCR will differ a little). "
                 "Form dated 11/18/2026: Zoloft 'since Sept' -> 2026-09, ongoing, 'maybe a little better??' -> unknown "
                 "(the patient cannot tell). Lexapro 'around 2019 ... quit after 2 months' -> start and end 2019, "
                 "side_effects. Wellbutrin 'early 2021', no end given. Effexor 'worked great at first, then stopped "
                 "working' -> relapse. Not rows: ECT/TMS/ketamine ticked no, mom's Zoloft, brother's lithium, 'maybe "
                 "Abilify next'. Suicidality passive ('better off dead' sometimes, never act, no plan); attempt ticked no.",
        "history": [
            H("escitalopram", "SSRI", "antidepressant", None, "2019", "2019",
              "made me feel like a zombie, quit after 2 months", "side_effects",
              F5, 1, "Lexapro - around 2019 - made me feel like a zombie,"),
            H("bupropion", "NDRI", "antidepressant", None, "2021", None,
              "did nothing at all", "no_response",
              F5, 1, "Wellbutrin - early 2021 - did nothing at all"),
            H("venlafaxine", "SNRI", "antidepressant", None, "2022", "2023-01",
              "worked great at first, then stopped working", "relapse",
              F5, 1, "Effexor - summer 2022 to Jan 2023 - worked great at first, then stopped working"),
            H("sertraline", "SSRI", "antidepressant", "100mg", "2026-09", None,
              "maybe a little better??", "unknown",
              F5, 1, "Zoloft 100mg - since Sept - maybe a little better??"),
            H("CBT", "psychotherapy", "psychotherapy", "about 10 sessions", "2020", "2020",
              "helped some", "partial_response",
              F5, 1, "CBT at college counseling center, fall 2020, about 10 sessions - helped some"),
        ],
        "scales": [
            S("PHQ-9", 18, "2026-11-18", F5, 1, "PHQ-9 total: 18"),
            S("GAD-7", 12, "2026-11-18", F5, 1, "GAD-7 total: 12"),
        ],
        "diagnoses": [],
        "suicidality": SUI("passive", F5, 1, "sometimes at night, but I would never do anything. No plan."),
    },
})

# ----------------------------------------------------------------------------------------------------------
# 06 letter from a previous psychiatrist summarizing years (DOCX)
F6 = "transfer_of_care_letter_2026-10-05.docx"
P6 = [
    ("p", "FERNCASTLE PSYCHIATRIC GROUP (FICTIONAL)"),
    ("p", "14 Tamsin Row, Ferncastle (fictional town) - telephone 555-0133 - lmbeki@ferncastle-psych.example"),
    ("p", FICT),
    ("p", "5 October 2026"),
    ("p", "Oren Castellanos, MD (fictional)\nHarrowgate Mood Clinic (fictional)"),
    ("p", "Re: Mrs. Hollis Ardent-Kaye, date of birth 2 September 1968, Member ID FICT-FC-209377 (FICTIONAL PATIENT)"),
    ("p", "Dear Dr. Castellanos,"),
    ("p", "Thank you for taking over Mrs. Ardent-Kaye's care. I have looked after her since 2012 and I retire at the end of "
          "this month, so I have tried to set down the whole of her treatment in one place. Her diagnosis is recurrent "
          "major depressive disorder, currently severe without psychotic features (F33.2). She also has stage 3a chronic "
          "kidney disease (N18.31), which has shaped some of our choices."),
    ("p", "Her first episode, in 2012, responded well to paroxetine. She reached 40 mg by the summer, was fully well by the "
          "end of that year and stayed well; we tapered it off in 2014 after eighteen months in remission."),
    ("p", "The depression recurred early in 2017, after her mother died. I restarted paroxetine at 40 mg in March 2017, "
          "hoping for a repeat of 2012, but this time it did very little, and in September 2017 we stopped it. In November "
          "2017 she took an overdose of her husband's zopiclone and spent four days at Ferncastle General."),
    ("p", "From January 2018 she had sixteen sessions of interpersonal therapy with our psychologist, Mr. Idris Tomlin, "
          "ending in May 2018. She valued the grief work, but her depressive symptoms were no different at the end."),
    ("p", "I then tried tranylcypromine (Parnate), building to 30 mg a day from June 2018. It gave her the best response "
          "she has had, never quite a remission, but in June 2019 it had to be withdrawn after two falls from orthostatic "
          "hypotension."),
    ("p", "After a washout she started bupropion XL in August 2019, 300 mg and later 450 mg. It lifted her energy but not "
          "her mood, a partial response at best, and she stayed on it until March 2021."),
    ("p", "In February 2020 I added lamotrigine to the bupropion, 25 mg rising to 200 mg by May. By July 2020 there was no "
          "discernible change and we tapered it off."),
    ("p", "In the autumn of 2021 she had a course of twelve bilateral ECT treatments at Ferncastle General. She was in full "
          "remission by the end of the course, and it lasted about five months; the depression was back by the spring of "
          "2022."),
    ("p", "Since July 2022 she has taken vortioxetine, now 20 mg, with modest benefit: she manages the house and sees her "
          "grandchildren, but her mood remains low most days. She is still taking it."),
    ("p", "Some things she has not had. She has never taken lithium, because of her kidneys. I had wondered about an "
          "augmenting antipsychotic such as aripiprazole, and you may want to raise it with her. She asked me about "
          "ketamine; I have no experience of it and suggested she discuss it with you. Her late father was treated "
          "successfully with ECT in the 1970s, which is partly why she accepted it so readily."),
    ("p", "On risk: apart from the overdose in November 2017 there has been no self-harm. She has had no suicidal thoughts "
          "since 2018 and denied any at my last visit."),
    ("p", "Her most recent MADRS, at my last visit on 11 August 2026, was 31."),
    ("p", "With kind regards,"),
    ("p", "Lindiwe Mbeki-Rourke, MD (fictional)\nConsultant Psychiatrist, Ferncastle Psychiatric Group (fictional)"),
]
F6B = "harrowgate_medication_list_2026-10-20.txt"
TXT6B = """HARROWGATE MOOD CLINIC (FICTIONAL) - MEDICATION LIST
""" + FICT + """
Patient: ARDENT-KAYE, HOLLIS   DOB 09/02/1968   Member ID FICT-FC-209377
Reconciled 10/20/2026 by O. Castellanos, MD (fictional) at the first visit

ACTIVE
  vortioxetine (Trintellix) 20 mg tablet - 1 tab PO daily - since 07/2022
  losartan 50 mg tablet - 1 tab PO daily (kidney protection)
  calcium carbonate/vitamin D - 1 tab PO BID

PRESCRIBED, NOT STARTED
  aripiprazole 2 mg tablet - add-on to vortioxetine - patient deferred pending discussion with family

HISTORICAL (from the referral letter)
  bupropion XL 450 mg - discontinued 03/2021
  lamotrigine 200 mg - discontinued 07/2020

ALLERGIES / INTOLERANCES
  tranylcypromine - orthostatic hypotension with falls
  lithium - avoid (CKD stage 3a)
"""

CASES.append({
    "slug": "06-previous-psychiatrist-letter-docx",
    "docs": [{"file": F6, "type": "docx", "items": P6, "font": "Cambria", "size": 11},
             {"file": F6B, "type": "txt", "text": TXT6B}],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. A retiring psychiatrist's letter "
                 "(DOCX, prose, dates in words). Paroxetine twice: 2012-2014 remission, then restarted 2017-03 to "
                 "2017-09 with little effect (two rows). Tranylcypromine: best response 'never quite a remission' but "
                 "withdrawn after falls from orthostatic hypotension -> side_effects (stop reason decides). Bupropion "
                 "'partial response at best' 2019-08 to 2021-03. Lamotrigine added to bupropion -> augmentation. ECT "
                 "'autumn of 2021' -> 2021; remission lasting about five months, back by spring 2022 -> relapse. "
                 "Vortioxetine ongoing, modest benefit -> partial. Not rows: lithium (never), aripiprazole (a "
                 "suggestion), ketamine (asked about), father's ECT, husband's zopiclone (the overdose). A second document, the new clinic's "
                 "medication list (TXT), repeats vortioxetine, bupropion, lamotrigine and tranylcypromine: the same rows, "
                 "sourced in the letter (it gives the outcomes); aripiprazole there is 'PRESCRIBED, NOT STARTED' (no row); "
                 "lithium in its intolerance list is 'avoid', never taken; losartan, calcium no rows. Suicidality: "
                 "overdose in 2017 -> attempt.",
        "history": [
            H("paroxetine", "SSRI", "antidepressant", "40 mg", "2012", "2014",
              "fully well by the end of that year and stayed well; tapered off after eighteen months in remission", "remission",
              F6, 1, "we tapered it off in 2014 after eighteen months in remission."),
            H("paroxetine", "SSRI", "antidepressant", "40 mg", "2017-03", "2017-09",
              "this time it did very little", "no_response",
              F6, 1, "I restarted paroxetine at 40 mg in March 2017, hoping for a repeat of 2012, but this time it did very little, and in September 2017 we stopped it."),
            H("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2018-01", "2018-05",
              "her depressive symptoms were no different at the end", "no_response",
              F6, 1, "her depressive symptoms were no different at the end."),
            H("tranylcypromine", "MAOI", "antidepressant", "30 mg a day", "2018-06", "2019-06",
              "best response she has had, never quite a remission, but withdrawn after two falls from orthostatic hypotension", "side_effects",
              F6, 1, "it had to be withdrawn after two falls from orthostatic hypotension."),
            H("bupropion", "NDRI", "antidepressant", "450 mg", "2019-08", "2021-03",
              "lifted her energy but not her mood, a partial response at best", "partial_response",
              F6, 1, "It lifted her energy but not her mood, a partial response at best, and she stayed on it until March 2021."),
            H("lamotrigine", "anticonvulsant mood stabilizer", "augmentation", "200 mg", "2020-02", "2020-07",
              "no discernible change", "no_response",
              F6, 1, "By July 2020 there was no discernible change and we tapered it off."),
            H("ECT", "ECT", "neuromodulation", "12 sessions", "2021", "2021",
              "full remission by the end of the course, lasted about five months; the depression was back by the spring of 2022", "relapse",
              F6, 1, "the depression was back by the spring of 2022."),
            H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2022-07", None,
              "modest benefit: ... her mood remains low most days", "partial_response",
              F6, 1, "Since July 2022 she has taken vortioxetine, now 20 mg, with modest benefit"),
        ],
        "scales": [S("MADRS", 31, "2026-08-11", F6, 1, "Her most recent MADRS, at my last visit on 11 August 2026, was 31.")],
        "diagnoses": [
            D("F33.2", F6, 1, "currently severe without psychotic features (F33.2)"),
            D("N18.31", F6, 1, "stage 3a chronic kidney disease (N18.31)"),
        ],
        "suicidality": SUI("attempt", F6, 1, "she took an overdose of her husband's zopiclone and spent four days at Ferncastle General."),
    },
})
