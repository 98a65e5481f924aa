"""Cases 01-06 of notes16. All people, clinics and numbers are FICTIONAL."""
from helpers import H, S, D, SUI

CASES = []

# ------------------------------------------------------------------ 01 SOAP med-management visits (PDF)
F1 = "larkspur_med_mgmt_soap_2026.pdf"
PAST1 = ("Past psychiatric medications (copied forward from intake 11/2025, reviewed today): citalopram 40 mg from "
         "2017 to 2018, about 9 months, some benefit but emotional blunting, he stopped it; mirtazapine 30 mg in "
         "summer 2019, stopped after 6 weeks because of a 12 lb weight gain; venlafaxine XR 75 -> 225 mg from "
         "03/2020 to 01/2022, good response for about a year, then the depression returned despite the increase "
         "to 225 mg. Never tried: lithium, MAOIs, TMS. PHQ-9 was 22 in 11/2025 before vortioxetine.")
HDR1 = ("Larkspur Behavioral Health - Medication Management (telehealth) - FICTIONAL SAMPLE RECORD. Patient: Marcus T. "
        "Hollingsworth, DOB 02/14/1984, MRN LBH-FICT-20417. Clinic: 410 Quarry Rd, Fenwick Falls, OH, tel 555-0142.")
p1 = [
    ("title", "Psychiatric Progress Note (SOAP)"),
    ("p", HDR1),
    ("p", "Date of service: 06/09/2026. Provider: Renata Solberg, PMHNP-BC. Visit type: video, established patient."),
    ("h", "S:"),
    ("p", "Follow-up for recurrent depression. Vortioxetine (Trintellix) was started 11/2025 at 10 mg and raised to "
          "20 mg in 01/2026. He says he is 'somewhat better than last fall' - getting to work, but still no interest "
          "in anything and low energy most afternoons. Sleep fair with trazodone 50 mg at bedtime. No side effects "
          "other than mild nausea in the first week."),
    ("p", PAST1),
    ("p", "Other medicines: lisinopril 20 mg daily (hypertension), propranolol LA 60 mg daily for migraine "
          "prevention, sumatriptan 50 mg as needed."),
    ("h", "O:"),
    ("p", "Alert, casually dressed, mildly slowed speech, affect constricted. PHQ-9 today 15. GAD-7 today 11. "
          "Denies SI/HI."),
    ("h", "A:"),
    ("p", "Major depressive disorder, recurrent, moderate (F33.1) with partial response to vortioxetine. Essential "
          "hypertension (I10). Migraine (G43.909)."),
    ("h", "P:"),
    ("p", "Continue vortioxetine 20 mg daily. If no further gain by next visit, consider adding aripiprazole vs. "
          "lithium. Continue trazodone 50 mg at bedtime for sleep. Return in 8 weeks."),
]
p2 = [
    ("title", "Psychiatric Progress Note (SOAP)"),
    ("p", HDR1),
    ("p", "Date of service: 08/04/2026. Provider: Renata Solberg, PMHNP-BC. Visit type: video."),
    ("h", "S:"),
    ("p", "Mood worse over July after a work reorganization. Taking vortioxetine 20 mg daily without missed doses. "
          "Endorses passive SI ('sometimes I wish I wouldn't wake up'), no intent or plan, no preparatory acts; "
          "he lives with his wife, no firearms in the home."),
    ("p", PAST1),
    ("p", "Other medicines: lisinopril 20 mg daily (hypertension), propranolol LA 60 mg daily for migraine "
          "prevention, sumatriptan 50 mg as needed."),
    ("h", "O:"),
    ("p", "Tearful at times, affect dysphoric, thought process linear. PHQ-9 today 17."),
    ("h", "A:"),
    ("p", "MDD, recurrent, moderate (F33.1), partial response to vortioxetine after an adequate trial. Passive "
          "death wishes, low acute risk; safety plan reviewed."),
    ("h", "P:"),
    ("p", "Start aripiprazole 2 mg daily as augmentation to vortioxetine; may increase to 5 mg after 2 weeks if "
          "tolerated. Continue vortioxetine 20 mg. Crisis line numbers given. Return in 6-10 weeks."),
]
p3 = [
    ("title", "Psychiatric Progress Note (SOAP)"),
    ("p", HDR1),
    ("p", "Date of service: 10/13/2026. Provider: Renata Solberg, PMHNP-BC. Visit type: video."),
    ("h", "S:"),
    ("p", "On aripiprazole since 08/04/2026, increased to 5 mg on 08/20 per phone call. He notices mild restlessness "
          "in the evenings that he can tolerate, but no change in mood after ten weeks of it. Still on vortioxetine "
          "20 mg, which he feels took the edge off but never got him back to normal. Denies SI."),
    ("p", PAST1),
    ("p", "Other medicines: lisinopril 20 mg daily (hypertension), propranolol LA 60 mg daily for migraine "
          "prevention, sumatriptan 50 mg as needed."),
    ("h", "O:"),
    ("p", "Affect flat, mild motor restlessness while seated. PHQ-9 today 16. GAD-7 today 9."),
    ("h", "A:"),
    ("p", "MDD, recurrent, moderate (F33.1). Aripiprazole augmentation: no benefit after an adequate trial. "
          "Vortioxetine 20 mg: partial response only, now about 11 months."),
    ("h", "P:"),
    ("p", "Discontinue aripiprazole today (stop 5 mg; no taper needed). Continue vortioxetine 20 mg. Refer for TMS "
          "evaluation; ECT was offered and he declined. Lithium remains an option if TMS is not approved."),
]
CASES.append(dict(
    slug="01-soap-telehealth-med-management",
    note="FICTIONAL case. Three SOAP telehealth medication-management notes (3-page PDF, one visit a page) with a "
         "past-medications paragraph copied forward on every page. Vortioxetine 10 -> 20 mg since 11/2025, still "
         "taken with a partial response (end null). Aripiprazole planned as 'consider' on p. 1, started on p. 2 "
         "(08/04/2026), stopped on p. 3 (10/13/2026) for no benefit; mild restlessness was tolerated and did not "
         "stop it (no_response). Not rows: 'Never tried: lithium, MAOIs, TMS', trazodone 50 mg at bedtime (sleep), "
         "propranolol (migraine prevention), lisinopril, sumatriptan PRN, TMS referral, ECT declined, lithium as an "
         "option. Suicidality: denies (p. 1) -> passive (p. 2) -> denies (p. 3): highest passive.",
    docs=[dict(file=F1, fmt="pdf", pages=[p1, p2, p3], footer="FICTIONAL - Larkspur Behavioral Health")],
    history=[
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2017", "2018", "some benefit but emotional blunting, he stopped it",
          "side_effects", F1, 1, "citalopram 40 mg from 2017 to 2018, about 9 months, some benefit but emotional blunting, he stopped it"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2019", "2019", "stopped after 6 weeks because of a 12 lb weight gain",
          "side_effects", F1, 1, "mirtazapine 30 mg in summer 2019, stopped after 6 weeks because of a 12 lb weight gain"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2020-03", "2022-01",
          "good response for about a year, then the depression returned despite the increase to 225 mg", "relapse", F1, 1,
          "venlafaxine XR 75 -> 225 mg from 03/2020 to 01/2022, good response for about a year, then the depression returned"),
        H("vortioxetine", "multimodal", "antidepressant", "20 mg", "2025-11", None,
          "took the edge off but never got him back to normal; partial response only", "partial_response", F1, 3,
          "Vortioxetine 20 mg: partial response only, now about 11 months"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-08-04", "2026-10-13",
          "no change in mood after ten weeks; mild restlessness tolerated; discontinued", "no_response", F1, 3,
          "Aripiprazole augmentation: no benefit after an adequate trial"),
    ],
    scales=[
        S("PHQ-9", 22, "2025-11", F1, 1, "PHQ-9 was 22 in 11/2025 before vortioxetine"),
        S("PHQ-9", 15, "2026-06-09", F1, 1, "PHQ-9 today 15"),
        S("GAD-7", 11, "2026-06-09", F1, 1, "GAD-7 today 11"),
        S("PHQ-9", 17, "2026-08-04", F1, 2, "PHQ-9 today 17"),
        S("PHQ-9", 16, "2026-10-13", F1, 3, "PHQ-9 today 16"),
        S("GAD-7", 9, "2026-10-13", F1, 3, "GAD-7 today 9"),
    ],
    diagnoses=[D("F33.1", F1, 1, "(F33.1)"), D("I10", F1, 1, "hypertension (I10)"), D("G43.909", F1, 1, "Migraine (G43.909)")],
    suicidality=SUI("passive", F1, 2, "Endorses passive SI ('sometimes I wish I wouldn't wake up'), no intent or plan"),
))

# ------------------------------------------------------------------ 02 transfer-of-care medication reconciliation grid (PDF)
F2 = "transfer_of_care_med_reconciliation.pdf"
grid2 = [
    ["Medication", "Indication", "Dose range", "Start", "Stop", "Response / reason stopped"],
    ["Sertraline", "depression", "50-200 mg", "04/2018", "11/2018", "No response at 200 mg x 8 wk"],
    ["Escitalopram", "depression", "10-20 mg", "12/2018", "03/2019", "GI upset, diarrhea - stopped"],
    ["Bupropion XL", "depression", "150-300 mg", "05/2019", "08/2021", "Good response, lost 2021 (relapse)"],
    ["Duloxetine", "depression, back pain", "60-120 mg", "09/2021", "current", "Partial (PHQ-9 20 -> 13)"],
    ["Quetiapine", "augment duloxetine", "50-150 mg", "02/2022", "06/2022", "Sedation, weight +9 kg"],
    ["Lithium carbonate", "augment duloxetine", "600 mg (level 0.6)", "10/2022", "04/2023", "No added benefit"],
    ["Bupropion XL (restarted)", "add-on to duloxetine", "150 mg", "05/2023", "current", "Partial benefit (energy)"],
    ["Nortriptyline", "-", "-", "-", "-", "Never prescribed (discussed 2023)"],
    ["Levothyroxine", "hypothyroidism", "75 mcg", "2015", "current", "Thyroid replacement"],
    ["Hydroxyzine", "anxiety", "25 mg PRN", "2020", "current", "Uses 1-2x/week"],
    ["Zolpidem", "insomnia", "5 mg PRN", "2023", "current", "Rarely"],
]
grid2b = [
    ["Treatment", "Dates", "Amount", "Outcome"],
    ["CBT (individual)", "2019", "16 sessions", "Useful skills; mood unchanged"],
    ["TMS", "-", "-", "Not done"],
    ["ECT", "-", "-", "Declined 2023"],
]
p21 = [
    ("title", "Medication Reconciliation - Transfer of Care"),
    ("p", "FICTIONAL SAMPLE RECORD. Bramblewood Psychiatry Associates, 88 Tolliver St, Cedar Notch, MN, tel "
          "555-0157, fax 555-0158. Patient: Priya N. Castellanos, DOB 07/30/1979, acct BPA-FICT-5531. Prepared "
          "11/18/2026 by Owen Marsh, PharmD, from the records of the previous psychiatrist (Dr. L. Feeney, 2018-2026) "
          "and the patient's interview; verified with the dispensing pharmacy."),
    ("h", "Psychotropic and other medications, past and current"),
    ("table", grid2),
    ("h", "Non-medication treatments"),
    ("table", grid2b),
    ("p", "Doses are the range used; 'current' means taken at the time of this reconciliation."),
]
p22 = [
    ("title", "Medication Reconciliation - page 2"),
    ("p", "FICTIONAL SAMPLE RECORD. Patient: Priya N. Castellanos, acct BPA-FICT-5531."),
    ("h", "Reviewer comments"),
    ("p", "Ms. Castellanos has had seven antidepressant and augmentation trials across this episode of major "
          "depressive disorder, recurrent, severe without psychotic features (F33.2). Duloxetine is continued; it "
          "also helps her chronic low back pain (M54.50). Hypothyroidism (E03.9) is treated and TSH was 2.1 in "
          "09/2026, so it does not explain the depression."),
    ("p", "PHQ-9 at the transfer visit on 11/18/2026: 19. C-SSRS (past month): wish to be dead, no method, intent "
          "or plan (ideation severity 1). No lifetime suicidal behavior."),
    ("p", "Her sister responded well to nortriptyline, which the patient asked about; it has never been prescribed "
          "for her."),
    ("p", "Reconciled by Owen Marsh, PharmD (FICTIONAL), 11/18/2026. Reviewed by Dana Whitlock, MD."),
]
CASES.append(dict(
    slug="02-med-reconciliation-grid-pdf",
    note="FICTIONAL case. A pharmacist's transfer-of-care medication reconciliation (2-page PDF): a medication grid "
         "with Indication, Dose range, Start, Stop and 'Response / reason stopped' columns, and a non-medication "
         "treatments grid. Duloxetine 'current' is end null with a partial response. Quetiapine and lithium are "
         "augmentation (indication 'augment duloxetine'). Bupropion XL appears twice: 2019-2021 (relapse) and "
         "'(restarted)' 05/2023 as an add-on to duloxetine, still taken (two rows; an antidepressant added to an "
         "antidepressant is kind antidepressant). Not rows: nortriptyline 'Never prescribed (discussed "
         "2023)' and the sister's nortriptyline, levothyroxine (hypothyroidism), hydroxyzine PRN, zolpidem PRN, "
         "'TMS ... Not done', 'ECT ... Declined 2023'. Suicidality passive (C-SSRS ideation severity 1, wish to be dead).",
    docs=[dict(file=F2, fmt="pdf", pages=[p21, p22], footer="FICTIONAL - Bramblewood Psychiatry Associates")],
    history=[
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2018-04", "2018-11", "No response at 200 mg x 8 wk", "no_response",
          F2, 1, "Sertraline depression 50-200 mg 04/2018 11/2018 No response at 200 mg x 8 wk"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2018-12", "2019-03", "GI upset, diarrhea - stopped", "side_effects",
          F2, 1, "Escitalopram depression 10-20 mg 12/2018 03/2019 GI upset, diarrhea - stopped"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2019-05", "2021-08", "Good response, lost 2021 (relapse)", "relapse",
          F2, 1, "Bupropion XL depression 150-300 mg 05/2019 08/2021 Good response, lost 2021 (relapse)"),
        H("duloxetine", "SNRI", "antidepressant", "120 mg", "2021-09", None, "Partial (PHQ-9 20 -> 13)", "partial_response",
          F2, 1, "Duloxetine depression, back pain 60-120 mg 09/2021 current Partial (PHQ-9 20 -> 13)"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2022-02", "2022-06", "Sedation, weight +9 kg",
          "side_effects", F2, 1, "Quetiapine augment duloxetine 50-150 mg 02/2022 06/2022 Sedation, weight +9 kg"),
        H("lithium", "mood stabilizer", "augmentation", "600 mg", "2022-10", "2023-04", "No added benefit", "no_response",
          F2, 1, "Lithium carbonate augment duloxetine 600 mg (level 0.6) 10/2022 04/2023 No added benefit"),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2023-05", None, "Partial benefit (energy)", "partial_response",
          F2, 1, "Bupropion XL (restarted) add-on to duloxetine 150 mg 05/2023 current Partial benefit (energy)"),
        H("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2019", "2019", "Useful skills; mood unchanged", "no_response",
          F2, 1, "CBT (individual) 2019 16 sessions Useful skills; mood unchanged"),
    ],
    scales=[
        S("PHQ-9", 19, "2026-11-18", F2, 2, "PHQ-9 at the transfer visit on 11/18/2026: 19"),
        S("C-SSRS", 1, "2026-11-18", F2, 2, "ideation severity 1"),
    ],
    diagnoses=[D("F33.2", F2, 2, "(F33.2)"), D("M54.50", F2, 2, "(M54.50)"), D("E03.9", F2, 2, "Hypothyroidism (E03.9)")],
    suicidality=SUI("passive", F2, 2, "wish to be dead, no method, intent or plan (ideation severity 1)"),
))

# ------------------------------------------------------------------ 03 pharmacy fill history (TXT) + psychiatrist letter (TXT)
F3a = "pharmacy_rx_history_2024-2026.txt"
F3b = "dr_ibarra_letter_2026-11-20.txt"
fills = [["Fill date", "Rx #", "Drug / strength", "Qty", "Days", "Prescriber", "Status"]]
def _f(d, rx, drug, q, days, pr, st="Sold"):
    fills.append([d, rx, drug, q, days, pr, st])
for d in ["01/08/2024", "02/06/2024", "03/07/2024"]:
    _f(d, "7702114", "FLUOXETINE 20MG CAP", "30", "30", "IBARRA, C")
for d in ["04/05/2024", "05/06/2024", "06/04/2024"]:
    _f(d, "7702390", "FLUOXETINE 40MG CAP", "30", "30", "IBARRA, C")
_f("03/15/2024", "7702201", "METFORMIN ER 500MG TAB", "120", "30", "NAKAGAWA, T")
_f("05/20/2024", "7702455", "AMOXICILLIN 500MG CAP", "21", "7", "URGENT CARE")
for d in ["07/09/2024", "08/07/2024"]:
    _f(d, "7702611", "DESVENLAFAXINE ER 50MG TAB", "30", "30", "IBARRA, C")
for d in ["09/05/2024", "10/04/2024", "11/04/2024", "12/03/2024", "01/03/2025", "02/03/2025", "03/04/2025"]:
    _f(d, "7702790", "DESVENLAFAXINE ER 100MG TAB", "30", "30", "IBARRA, C")
for d in ["11/12/2024", "12/11/2024", "01/10/2025"]:
    _f(d, "7702888", "BUPROPION XL 150MG TAB", "30", "30", "IBARRA, C")
_f("03/20/2025", "7703012", "MIRTAZAPINE 15MG TAB", "30", "30", "IBARRA, C", "RTS - not picked up")
for d in ["04/02/2025", "04/16/2025"]:
    _f(d, "7703040", "VILAZODONE 10MG/20MG PACK" if d == "04/02/2025" else "VILAZODONE 20MG TAB", "14" if d == "04/02/2025" else "30", "14" if d == "04/02/2025" else "30", "IBARRA, C")
for d in ["05/15/2025", "06/14/2025", "07/14/2025", "08/13/2025", "09/12/2025", "10/11/2025", "11/10/2025",
          "12/10/2025", "01/09/2026", "02/07/2026", "03/09/2026", "04/08/2026", "05/08/2026", "06/06/2026",
          "07/06/2026", "08/05/2026", "09/04/2026", "10/03/2026", "11/02/2026"]:
    _f(d, "7703101", "VILAZODONE 40MG TAB", "30", "30", "IBARRA, C")
for d in ["02/10/2026", "03/11/2026"]:
    _f(d, "7703377", "BREXPIPRAZOLE 0.5MG TAB", "30", "30", "IBARRA, C")
for d in ["04/10/2026", "05/09/2026", "06/08/2026", "07/08/2026", "08/07/2026", "09/05/2026", "10/05/2026", "11/04/2026"]:
    _f(d, "7703460", "BREXPIPRAZOLE 1MG TAB", "30", "30", "IBARRA, C")
_f("09/30/2026", "7703790", "ATORVASTATIN 20MG TAB", "90", "90", "NAKAGAWA, T")
_f("10/03/2026", "7703802", "TRAZODONE 50MG TAB", "30", "30", "IBARRA, C")
hdr = fills[0]
body = sorted(fills[1:], key=lambda r: (r[0][6:], r[0][:5]))
fills = [hdr] + body
pg3a = [
    ("title", "PATIENT PRESCRIPTION HISTORY - FICTIONAL SAMPLE"),
    ("pre", "Gable Corner Pharmacy #0318   1201 Ash Hollow Blvd, Merritt Springs, AZ   Ph 555-0163\n"
            "Patient: ALVAREZ-KOENIG, TERESA M      DOB 09/02/1971      Member ID: GCP-FICT-880126\n"
            "Requested by patient for insurance appeal.  Range: 01/01/2024 - 11/15/2026.  Printed 11/16/2026\n"
            "Status: Sold = dispensed and picked up; RTS = returned to stock."),
    ("table", fills),
    ("pre", "*** END OF HISTORY ***   This printout lists fills only; it does not show whether a medicine was taken."),
]
pg3b = [
    ("title", "Camila Ibarra, MD - Outpatient Psychiatry (FICTIONAL SAMPLE LETTER)"),
    ("pre", "214 Mesquite Row, Suite 3, Merritt Springs, AZ   tel 555-0171   fax 555-0172\n"
            "November 20, 2026\n"
            "Re: Teresa M. Alvarez-Koenig, DOB 09/02/1971, member ID GCP-FICT-880126"),
    ("p", "To the appeals reviewer: I have treated Ms. Alvarez-Koenig for major depressive disorder, recurrent, "
          "moderate (F33.1) since December 2023. Her pharmacy history is enclosed; this letter says how each "
          "medicine did."),
    ("p", "She took fluoxetine from January to June 2024, 20 mg and then 40 mg, without meaningful improvement; "
          "her PHQ-9 was 21 on 06/04/2024. Desvenlafaxine was started in July 2024 and increased to 100 mg in "
          "September. Bupropion XL 150 mg was added to it in November 2024, but she stopped the bupropion in "
          "early February 2025 because of insomnia and irritability. Desvenlafaxine itself gave a modest early "
          "improvement that had faded by early 2025, and it was cross-tapered to vilazodone in April 2025."),
    ("p", "Vilazodone, 40 mg since May 2025, has produced a partial response: PHQ-9 18 on 04/02/2025, 14 on "
          "01/09/2026, 15 on 11/02/2026. Brexpiprazole was added to vilazodone in February 2026 and raised to 1 mg "
          "in April; she says she is 'maybe slightly more motivated', but her scores have not moved, and its "
          "benefit is unclear to both of us."),
    ("p", "Mirtazapine was prescribed in March 2025 for sleep, but she never picked it up. She has not had TMS or "
          "ECT. She has type 2 diabetes (E11.9) and hyperlipidemia (E78.5), treated by her primary-care physician. "
          "She has no history of suicide attempts and currently denies suicidal ideation."),
    ("p", "Sincerely, Camila Ibarra, MD (FICTIONAL)"),
]
CASES.append(dict(
    slug="03-pharmacy-fill-history-and-letter",
    note="FICTIONAL case. A retail pharmacy's prescription-history printout (TXT, a fixed-width table of fills by "
         "date, strength changes as new Rx numbers) and the psychiatrist's letter (TXT) that says how each medicine "
         "did. Fills give dates, the letter outcomes; rows cite the letter. Bupropion was added to desvenlafaxine: an "
         "antidepressant, kind antidepressant. Desvenlafaxine 'modest early improvement that had faded' = relapse. "
         "Vilazodone and brexpiprazole still filled 11/2026: end null. Brexpiprazole 'maybe slightly more motivated' "
         "... 'benefit is unclear' = unknown (augmentation). Not rows: mirtazapine (RTS, never picked up), trazodone "
         "50 mg (sleep), metformin, atorvastatin, amoxicillin, 'has not had TMS or ECT'. Suicidality none.",
    docs=[dict(file=F3a, fmt="txt", pages=[pg3a]), dict(file=F3b, fmt="txt", pages=[pg3b])],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2024-01", "2024-06", "without meaningful improvement", "no_response",
          F3b, 1, "She took fluoxetine from January to June 2024, 20 mg and then 40 mg, without meaningful improvement"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2024-07", "2025-04",
          "a modest early improvement that had faded by early 2025", "relapse", F3b, 1,
          "Desvenlafaxine itself gave a modest early improvement that had faded by early 2025"),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2024-11", "2025-02", "stopped because of insomnia and irritability",
          "side_effects", F3b, 1, "she stopped the bupropion in early February 2025 because of insomnia and irritability"),
        H("vilazodone", "SSRI/5-HT1A partial agonist", "antidepressant", "40 mg", "2025-04", None, "a partial response",
          "partial_response", F3b, 1, "Vilazodone, 40 mg since May 2025, has produced a partial response"),
        H("brexpiprazole", "atypical antipsychotic", "augmentation", "1 mg", "2026-02", None,
          "'maybe slightly more motivated', but her scores have not moved, and its benefit is unclear", "unknown", F3b, 1,
          "its benefit is unclear to both of us"),
    ],
    scales=[
        S("PHQ-9", 21, "2024-06-04", F3b, 1, "her PHQ-9 was 21 on 06/04/2024"),
        S("PHQ-9", 18, "2025-04-02", F3b, 1, "PHQ-9 18 on 04/02/2025"),
        S("PHQ-9", 14, "2026-01-09", F3b, 1, "14 on 01/09/2026"),
        S("PHQ-9", 15, "2026-11-02", F3b, 1, "15 on 11/02/2026"),
    ],
    diagnoses=[D("F33.1", F3b, 1, "(F33.1)"), D("E11.9", F3b, 1, "type 2 diabetes (E11.9)"), D("E78.5", F3b, 1, "hyperlipidemia (E78.5)")],
    suicidality=SUI("none", F3b, 1, "She has no history of suicide attempts and currently denies suicidal ideation"),
))

# ------------------------------------------------------------------ 04 scanned intake with past-trial tables (image-only PDF)
F4 = "intake_assessment_scanned.pdf"
trials4 = [
    ["Medication", "Max dose", "Dates", "Response", "Why stopped"],
    ["Zoloft (sertraline)", "?", "~2008 (college)", "Doesn't remember", "?"],
    ["Paxil (paroxetine)", "40 mg", "2012 - 2014", "Worked, then stopped working", "Lost effect 2014"],
    ["Lexapro (escitalopram)", "20 mg", "03/2015 - 06/2015", "None", "No effect"],
    ["Abilify (aripiprazole)", "5 mg", "05/2015 - 06/2015", "Added to Lexapro - no change", "No benefit"],
    ["Cymbalta (duloxetine)", "60 mg", "2016", "-", "Nausea, dizziness at 5 wk"],
    ["Remeron (mirtazapine)", "-", "-", "-", "Never tried"],
    ["Effexor XR (venlafaxine)", "150 mg", "09/2023 - present", "Some help, ~30%", "(current)"],
]
other4 = [
    ["Treatment", "When", "Amount", "Helpful?"],
    ["DBT skills group", "2019", "24 weeks", "Fewer self-harm urges; depression the same"],
    ["TMS", "-", "-", "Not done - insurance denied 2024"],
    ["ECT", "-", "-", "No"],
]
p41 = [
    ("title", "Adult Psychiatric Intake Assessment"),
    ("p", "FICTIONAL SAMPLE RECORD - Harrow Creek Mental Health Center, 9 Millrace Ln, Dunmore Bay, ME, tel 555-0129. "
          "Client: Jolene R. Whitcombe, DOB 04/11/1989, record HCMHC-FICT-7390. Date of intake: 09/22/2026. "
          "Clinician: Abel Fontaine, MD."),
    ("h", "Chief complaint"),
    ("p", "\"I've been depressed most of my life and nothing has fixed it.\" Referred by her PCP after a worsening "
          "since the spring."),
    ("h", "Past medication trials (client report and pharmacy records)"),
    ("table", trials4),
    ("h", "Other treatments"),
    ("table", other4),
]
p42 = [
    ("title", "Intake Assessment - page 2"),
    ("p", "FICTIONAL SAMPLE RECORD - Client: Jolene R. Whitcombe, record HCMHC-FICT-7390."),
    ("h", "Safety assessment"),
    ("p", "History of one suicide attempt: overdose of acetaminophen in 2014, treated in the ED and admitted to "
          "medicine for two days. No attempts since. Current: passive SI most days, no plan or intent. No access "
          "to firearms."),
    ("h", "Measures"),
    ("p", "PHQ-9: 23    GAD-7: 16    (both completed 09/22/2026)"),
    ("h", "Other medical"),
    ("p", "Asthma, uses albuterol inhaler as needed. Oral contraceptive. Mother takes sertraline."),
    ("h", "Diagnoses"),
    ("p", "F33.2 Major depressive disorder, recurrent, severe w/o psychotic features"),
    ("p", "F41.1 Generalized anxiety disorder"),
    ("p", "Z91.51 Personal history of suicidal behavior"),
    ("h", "Plan"),
    ("p", "Continue Effexor XR 150 mg for now; consider increase to 225 mg. Discuss lithium augmentation next "
          "visit. Reapply for TMS."),
]
CASES.append(dict(
    slug="04-scanned-intake-trial-tables",
    note="FICTIONAL case. A typed intake form, faxed and scanned (image-only 2-page PDF, OCR needed): a past "
         "medication trials table with brand (generic) names, a 'Dates' column (years, month ranges, 'present') and "
         "a second table of other treatments. Sertraline ~2008 'Doesn't remember' = unknown. Abilify 'Added to "
         "Lexapro' = augmentation. Effexor XR 'present' = end null, partial. Not rows: Remeron 'Never tried', TMS "
         "'Not done - insurance denied 2024', ECT 'No', albuterol PRN, oral contraceptive, mother's sertraline, "
         "the plan's 225 mg increase, lithium and TMS. Suicidality attempt (2014 overdose), passive now.",
    docs=[dict(file=F4, fmt="scan", pages=[p41, p42], fax_header="FICTIONAL  09/23/2026 10:14  FROM: HCMHC 555-0130  TO: 555-0199")],
    history=[
        H("sertraline", "SSRI", "antidepressant", None, "2008", "2008", "Doesn't remember", "unknown", F4, 1,
          "Zoloft (sertraline) ? ~2008 (college) Doesn't remember ?"),
        H("paroxetine", "SSRI", "antidepressant", "40 mg", "2012", "2014", "Worked, then stopped working; lost effect 2014",
          "relapse", F4, 1, "Paxil (paroxetine) 40 mg 2012 - 2014 Worked, then stopped working Lost effect 2014"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2015-03", "2015-06", "None; no effect", "no_response", F4, 1,
          "Lexapro (escitalopram) 20 mg 03/2015 - 06/2015 None No effect"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2015-05", "2015-06", "Added to Lexapro - no change",
          "no_response", F4, 1, "Abilify (aripiprazole) 5 mg 05/2015 - 06/2015 Added to Lexapro - no change No benefit"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2016", "2016", "Nausea, dizziness at 5 wk", "side_effects", F4, 1,
          "Cymbalta (duloxetine) 60 mg 2016 - Nausea, dizziness at 5 wk"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2023-09", None, "Some help, ~30%", "partial_response", F4, 1,
          "Effexor XR (venlafaxine) 150 mg 09/2023 - present Some help, ~30% (current)"),
        H("DBT", "psychotherapy", "psychotherapy", "24 weeks", "2019", "2019", "Fewer self-harm urges; depression the same",
          "no_response", F4, 1, "DBT skills group 2019 24 weeks Fewer self-harm urges; depression the same"),
    ],
    scales=[
        S("PHQ-9", 23, "2026-09-22", F4, 2, "PHQ-9: 23"),
        S("GAD-7", 16, "2026-09-22", F4, 2, "GAD-7: 16"),
    ],
    diagnoses=[D("F33.2", F4, 2, "F33.2 Major depressive disorder"), D("F41.1", F4, 2, "F41.1 Generalized anxiety disorder"),
               D("Z91.51", F4, 2, "Z91.51 Personal history of suicidal behavior")],
    suicidality=SUI("attempt", F4, 2, "History of one suicide attempt: overdose of acetaminophen in 2014"),
))

# ------------------------------------------------------------------ 05 TMS summary with weekly flowsheet (PDF)
F5 = "tms_treatment_summary_2026.pdf"
flow5 = [
    ["Week", "PHQ-9 date", "PHQ-9", "Sessions", "Protocol / notes"],
    ["Baseline", "03/02/2026", "21", "1", "Motor threshold 54%; 10 Hz L-DLPFC at 120% MT"],
    ["1", "03/06/2026", "20", "2-5", "Mild scalp discomfort, settled"],
    ["2", "03/13/2026", "17", "6-10", "-"],
    ["3", "03/20/2026", "15", "11-15", "-"],
    ["4", "03/27/2026", "13", "16-20", "Sleeping better"],
    ["5", "04/03/2026", "11", "21-25", "-"],
    ["6", "04/10/2026", "10", "26-30", "Acute phase complete"],
    ["Taper", "04/30/2026", "9", "31-36", "3/wk, 2/wk, 1/wk; last session 04/30/2026"],
]
p51 = [
    ("title", "TMS Treatment Summary"),
    ("p", "FICTIONAL SAMPLE RECORD. Northfork Neuromodulation Clinic, 56 Ferrier Ave, Pell City Junction, KS, tel "
          "555-0188. Patient: Hannah E. Moravec, DOB 12/05/1992, MRN NNC-FICT-3318. Treating psychiatrist: Gideon "
          "Abara, MD. Summary dated 09/18/2026. Billing for the course used CPT 90867, 90868 and 90869 (numbers "
          "only)."),
    ("h", "Indication and prior treatment"),
    ("p", "Ms. Moravec has major depressive disorder, recurrent, severe without psychotic features (F33.2). Before "
          "TMS she had failed sertraline 150 mg in 2021 (10 weeks, no response) and bupropion XL 300 mg in 2022 "
          "(stopped after 3 weeks because of anxiety and insomnia). Escitalopram 20 mg, taken since 01/2023, was "
          "continued unchanged through both TMS courses; it has given her a partial benefit. Esketamine was "
          "considered but deferred because she cannot get to a certified site. Her sister had TMS in 2020 with good "
          "results, which is part of why she asked for it."),
    ("h", "First course: 10 Hz rTMS, 03/02/2026 - 04/30/2026, 36 sessions"),
    ("table", flow5),
    ("p", "HAM-D-17: 24 at baseline (03/02/2026) and 11 on 04/30/2026. Baseline C-SSRS: wishes she were dead and "
          "non-specific active thoughts of killing herself, no method or intent (ideation severity 2); C-SSRS "
          "ideation severity 0 on 04/30/2026."),
    ("p", "Result at the end of the course: response (PHQ-9 21 -> 9, a 57% reduction) without remission."),
]
p52 = [
    ("title", "TMS Treatment Summary - page 2"),
    ("p", "FICTIONAL SAMPLE RECORD. Patient: Hannah E. Moravec, MRN NNC-FICT-3318."),
    ("h", "Follow-up after the first course"),
    ("p", "At follow-up on 07/14/2026 her PHQ-9 was 18. She says the benefit faded over June, and by July she was "
          "back close to where she started: the gains of the first course were lost."),
    ("h", "Second course: iTBS retreatment, 08/10/2026 - 09/04/2026, 20 sessions"),
    ("p", "Intermittent theta burst to the left DLPFC, 600 pulses a session, once daily on weekdays. PHQ-9 was 18 on "
          "08/10/2026 and 16 on 09/04/2026: minimal benefit. The course was stopped at 20 sessions because there "
          "was no meaningful change, and she did not want to continue. No seizures or other adverse events. She "
          "denied suicidal ideation at every weekly check during the second course."),
    ("h", "Recommendations"),
    ("p", "Continue escitalopram 20 mg. Recommend a consultation for esketamine or ECT; she has not had ECT. "
          "Lithium augmentation could be considered if she prefers to wait."),
    ("p", "Gideon Abara, MD (FICTIONAL), Medical Director."),
]
CASES.append(dict(
    slug="05-tms-summary-weekly-flowsheet",
    note="FICTIONAL case. A TMS clinic's treatment summary (2-page PDF) with a weekly flowsheet (PHQ-9 date, PHQ-9, "
         "sessions) for a first 10 Hz course (36 sessions, 03/02-04/30/2026) and prose for a second iTBS course "
         "(20 sessions, 08/10-09/04/2026): two TMS rows. First course: response without remission at completion, "
         "then 'the benefit faded ... gains lost' on p. 2 = relapse (source p. 2). Second course no_response. "
         "Escitalopram since 01/2023 continued, partial (end null). Bupropion stopped after 3 weeks for anxiety and "
         "insomnia = side_effects. Not rows: esketamine considered/deferred, sister's TMS, ECT and lithium "
         "recommendations, 'has not had ECT'. Suicidality active (C-SSRS ideation severity 2 at baseline).",
    docs=[dict(file=F5, fmt="pdf", pages=[p51, p52], footer="FICTIONAL - Northfork Neuromodulation Clinic")],
    history=[
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2021", "2021", "10 weeks, no response", "no_response", F5, 1,
          "sertraline 150 mg in 2021 (10 weeks, no response)"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2022", "2022", "stopped after 3 weeks because of anxiety and insomnia",
          "side_effects", F5, 1, "bupropion XL 300 mg in 2022 (stopped after 3 weeks because of anxiety and insomnia)"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-01", None, "a partial benefit", "partial_response", F5, 1,
          "it has given her a partial benefit"),
        H("TMS", "rTMS", "neuromodulation", "36 sessions", "2026-03-02", "2026-04-30",
          "response without remission, then the benefit faded over June; the gains of the first course were lost",
          "relapse", F5, 2, "She says the benefit faded over June"),
        H("TMS", "iTBS", "neuromodulation", "20 sessions", "2026-08-10", "2026-09-04", "minimal benefit; no meaningful change",
          "no_response", F5, 2, "PHQ-9 was 18 on 08/10/2026 and 16 on 09/04/2026: minimal benefit"),
    ],
    scales=[
        S("PHQ-9", 21, "2026-03-02", F5, 1, "Baseline 03/02/2026 21"),
        S("PHQ-9", 20, "2026-03-06", F5, 1, "1 03/06/2026 20"),
        S("PHQ-9", 17, "2026-03-13", F5, 1, "2 03/13/2026 17"),
        S("PHQ-9", 15, "2026-03-20", F5, 1, "3 03/20/2026 15"),
        S("PHQ-9", 13, "2026-03-27", F5, 1, "4 03/27/2026 13"),
        S("PHQ-9", 11, "2026-04-03", F5, 1, "5 04/03/2026 11"),
        S("PHQ-9", 10, "2026-04-10", F5, 1, "6 04/10/2026 10"),
        S("PHQ-9", 9, "2026-04-30", F5, 1, "Taper 04/30/2026 9"),
        S("HAM-D", 24, "2026-03-02", F5, 1, "HAM-D-17: 24 at baseline (03/02/2026)"),
        S("HAM-D", 11, "2026-04-30", F5, 1, "11 on 04/30/2026"),
        S("C-SSRS", 2, "2026-03-02", F5, 1, "(ideation severity 2)"),
        S("C-SSRS", 0, "2026-04-30", F5, 1, "ideation severity 0 on 04/30/2026"),
        S("PHQ-9", 18, "2026-07-14", F5, 2, "At follow-up on 07/14/2026 her PHQ-9 was 18"),
        S("PHQ-9", 18, "2026-08-10", F5, 2, "PHQ-9 was 18 on 08/10/2026"),
        S("PHQ-9", 16, "2026-09-04", F5, 2, "16 on 09/04/2026"),
    ],
    diagnoses=[D("F33.2", F5, 1, "(F33.2)")],
    suicidality=SUI("active", F5, 1, "non-specific active thoughts of killing herself, no method or intent (ideation severity 2)"),
))

# ------------------------------------------------------------------ 06 ECT service summary with treatment table (DOCX)
F6 = "ect_service_summary.docx"
ect6 = [
    ["Tx #", "Date", "Electrodes", "Anesthetic", "EEG seizure (s)", "MADRS"],
    ["Pre", "05/08/2026", "-", "-", "-", "38"],
    ["1", "05/11/2026", "RUL UB", "methohexital", "41", "-"],
    ["2", "05/13/2026", "RUL UB", "methohexital", "35", "-"],
    ["3", "05/15/2026", "RUL UB", "methohexital", "30", "-"],
    ["4", "05/18/2026", "RUL UB", "methohexital", "27", "29"],
    ["5", "05/20/2026", "RUL UB", "methohexital", "22", "-"],
    ["6", "05/22/2026", "RUL UB", "methohexital", "19", "-"],
    ["7", "05/26/2026", "BT", "ketamine", "44", "-"],
    ["8", "05/27/2026", "BT", "ketamine", "40", "17"],
    ["9", "05/29/2026", "BT", "ketamine", "38", "-"],
    ["10", "06/01/2026", "BT", "ketamine", "36", "-"],
    ["11", "06/03/2026", "BT", "ketamine", "35", "-"],
    ["12", "06/05/2026", "BT", "ketamine", "33", "9"],
]
p61 = [
    ("title", "Electroconvulsive Therapy Service - Course Summary"),
    ("p", "FICTIONAL SAMPLE RECORD. St. Brendan's Regional Hospital, Department of Psychiatry, 1400 Harbor Rise, "
          "Kettle Point, WA, tel 555-0114. Patient: Walter J. Anselm, DOB 03/19/1961, MRN SBR-FICT-66072. Inpatient "
          "admission 05/07/2026; summary written 06/12/2026 by Mireille Okonkwo-Bates, MD, ECT attending."),
    ("h", "Reason for referral"),
    ("p", "Major depressive disorder, recurrent, severe with psychotic features (F33.3): nihilistic delusions, "
          "weight loss of 11 kg, and active suicidal ideation with a specific plan to overdose on pills he had "
          "saved, with some intent; no attempt was made. C-SSRS on admission: ideation severity 5."),
    ("h", "Treatment history before ECT"),
    ("p", "Venlafaxine up to 300 mg from 2019: remission for about two years, then recurrence in 2022 on the same "
          "dose; it was stopped in 2023. Mirtazapine 45 mg was added to venlafaxine in 07/2022 and stopped in "
          "01/2023 with no benefit. Olanzapine 10 mg was added in 09/2022 for psychotic features; it was stopped "
          "in 03/2023 after a 15 kg weight gain. Phenelzine 45 mg, 05/2023 to 07/2023, was stopped because of "
          "orthostatic hypotension with two fainting episodes. Sertraline 200 mg, taken since 09/2023 with no "
          "response, was tapered off on admission. There is no prior ECT; his mother had ECT in the 1990s."),
    ("h", "Index course"),
    ("p", "Twelve treatments, 05/11/2026 to 06/05/2026, three times a week. Right unilateral ultrabrief (RUL UB) for "
          "treatments 1-6; seizures shortened and progress was slow, so treatments 7-12 were bitemporal (BT) and "
          "the anesthetic was changed from methohexital to ketamine 1 mg/kg to lengthen seizures. Succinylcholine "
          "was the muscle relaxant throughout. Lorazepam was held before each treatment."),
    ("table", ect6),
    ("h", "Outcome"),
    ("p", "Remission: MADRS 38 before the course and 9 after treatment 12; delusions resolved; eating normally. "
          "Transient post-treatment confusion and some patchy memory loss for the weeks of the course. At "
          "discharge (06/10/2026) he denied suicidal ideation; C-SSRS ideation severity 0."),
    ("h", "Plan"),
    ("p", "Continuation ECT was recommended; he declined because of the memory effects. He will start nortriptyline "
          "with lithium after discharge, to be managed by his outpatient psychiatrist, Dr. Pruitt. Obesity "
          "(E66.9) and obstructive sleep apnea (G47.33) followed by primary care; CPAP nightly."),
]
CASES.append(dict(
    slug="06-ect-course-summary-docx",
    note="FICTIONAL case. A hospital ECT service's course summary (DOCX) with a Word table of the 12 treatments "
         "(date, electrodes, anesthetic, seizure, MADRS at some treatments). ECT 12 treatments 05/11-06/05/2026, "
         "remission. Prior trials in prose: venlafaxine remission then recurrence on it (relapse); mirtazapine added "
         "to venlafaxine = antidepressant; olanzapine added for psychotic features = augmentation (weight gain); "
         "phenelzine side effects; sertraline since 09/2023, no response, tapered off on admission (end "
         "2026-05-07). Not rows: ketamine and methohexital as ECT anesthetics, succinylcholine, lorazepam held, "
         "mother's ECT, 'no prior ECT', continuation ECT declined, nortriptyline with lithium to start after "
         "discharge (a plan). Suicidality active (plan and some intent, C-SSRS 5; no attempt).",
    docs=[dict(file=F6, fmt="docx", pages=[p61])],
    history=[
        H("venlafaxine", "SNRI", "antidepressant", "300 mg", "2019", "2023",
          "remission for about two years, then recurrence in 2022 on the same dose", "relapse", F6, 1,
          "remission for about two years, then recurrence in 2022 on the same dose"),
        H("mirtazapine", "NaSSA", "antidepressant", "45 mg", "2022-07", "2023-01", "no benefit", "no_response", F6, 1,
          "Mirtazapine 45 mg was added to venlafaxine in 07/2022 and stopped in 01/2023 with no benefit"),
        H("olanzapine", "atypical antipsychotic", "augmentation", "10 mg", "2022-09", "2023-03", "stopped after a 15 kg weight gain",
          "side_effects", F6, 1, "it was stopped in 03/2023 after a 15 kg weight gain"),
        H("phenelzine", "MAOI", "antidepressant", "45 mg", "2023-05", "2023-07",
          "stopped because of orthostatic hypotension with two fainting episodes", "side_effects", F6, 1,
          "Phenelzine 45 mg, 05/2023 to 07/2023, was stopped because of orthostatic hypotension"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2023-09", "2026-05-07", "no response; tapered off on admission",
          "no_response", F6, 1, "Sertraline 200 mg, taken since 09/2023 with no response, was tapered off on admission"),
        H("ECT", "ECT", "neuromodulation", "12 treatments", "2026-05-11", "2026-06-05",
          "Remission: MADRS 38 before the course and 9 after treatment 12", "remission", F6, 1,
          "Remission: MADRS 38 before the course and 9 after treatment 12"),
    ],
    scales=[
        S("C-SSRS", 5, "2026-05-07", F6, 1, "C-SSRS on admission: ideation severity 5"),
        S("MADRS", 38, "2026-05-08", F6, 1, "Pre 05/08/2026 - - - 38"),
        S("MADRS", 29, "2026-05-18", F6, 1, "4 05/18/2026 RUL UB methohexital 27 29"),
        S("MADRS", 17, "2026-05-27", F6, 1, "8 05/27/2026 BT ketamine 40 17"),
        S("MADRS", 9, "2026-06-05", F6, 1, "12 06/05/2026 BT ketamine 33 9"),
        S("C-SSRS", 0, "2026-06-10", F6, 1, "C-SSRS ideation severity 0"),
    ],
    diagnoses=[D("F33.3", F6, 1, "(F33.3)"), D("E66.9", F6, 1, "Obesity (E66.9)"), D("G47.33", F6, 1, "obstructive sleep apnea (G47.33)")],
    suicidality=SUI("active", F6, 1, "active suicidal ideation with a specific plan to overdose on pills he had saved, with some intent"),
))
