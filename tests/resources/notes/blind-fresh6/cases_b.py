"""Cases 07-12 of notes-blind/fresh6. ALL PEOPLE, CLINICS, NUMBERS AND ADDRESSES ARE FICTIONAL."""
from cases_a import R, S, D, SI, FICT

CASES = []

# ---------------------------------------------------------------- 07
f = "visit_notes_2024_Aug-Oct.txt"
cf = """PAST MED TRIALS (copied fwd from prior note - verify):
  - Lexapro 10->20 mg 01/2020 - summer 2020: remission by 4/2020; pt stopped it on her own in summer 2020 and relapsed winter 2020-21.
  - Lexapro restarted 02/2024 at 20 mg, d/c 05/2024: didn't work the 2nd time.
  - Remote hx: OD on acetaminophen 2015 (medical admit), no attempts since.
  - Never on an antipsychotic before 2024. No TMS, no ECT."""
txt7 = f"""*** FICTIONAL TEST RECORD - not a real patient ***
Riverbend Psychiatry Associates (fictional) | Pt: S. Marchetti (fictional) | DOB 10/30/1984 | MRN RPA-20991

==================== 08/06/2024  Med mgmt f/u (telehealth) ====================
S: 2 mo on sertraline 50 mg (started 06/2024). Mood 'flat'. Sleep ok. Working.
{cf}
O: PHQ-9 19. Denies SI/HI. Linear, goal-directed.
A: F33.2 MDD, recurrent, severe. Z91.51 Personal history of suicidal behavior.
P: Increase sertraline 50 -> 100 mg daily. RTC 5 wk.

==================== 09/10/2024  Med mgmt f/u (in person) ====================
S: Sertraline 100 mg x 5 wk, 'maybe a little better in the mornings'. Still anhedonic.
{cf}
O: PHQ-9 18. Denies SI/HI.
A: F33.2 MDD, recurrent, severe - partial at best.
P: Increase sertraline to 200 mg daily. Add aripiprazole 2 mg daily as augmentation - started today, sample pack given. RTC 5 wk.

==================== 10/15/2024  Med mgmt f/u (telehealth) ====================
S: Stopped the aripiprazole on her own after ~10 days (around 9/20) because of restlessness - 'couldn't sit through a meeting'. Restlessness resolved off it. On sertraline 200 mg x 5 wk: minimal change.
{cf}
O: PHQ-9 20. GAD-7 12. Denies SI/HI. No self-harm.
A: F33.2 MDD, recurrent, severe; sertraline trial at 200 mg now ~4 mo total with minimal change.
P: Continue sertraline 200 mg for now. Pt asks about Spravato - info given. If no response by next visit we could try lithium augmentation. Declined IOP. RTC 4 wk.
"""
CASES.append(dict(
    slug="07-copy-forward-visit-log",
    docs=[dict(file=f, kind="txt", text=txt7)],
    truth=dict(
        _note="One TXT file with three visits; the 'PAST MED TRIALS' block is copied forward into every visit (one row per "
              "trial, not three). Escitalopram appears as TWO trials: 2020 (remission then relapse after she stopped it -> "
              "relapse; 'summer 2020' -> 2020) and the 2024 restart (no_response). Sertraline dose rises over the visits "
              "(50 -> 100 -> 200 mg) in one trial, ongoing, 'minimal change' -> no_response. Aripiprazole started 09/10/2024, "
              "stopped ~9/20 for restlessness -> side_effects. Not rows: Spravato (asked), lithium (hypothetical), IOP "
              "(declined), TMS/ECT (no). Suicidality: attempt (OD 2015) although every visit says 'Denies SI/HI' (a "
              "latest-note rule would say none).",
        history=[
            R("escitalopram", "SSRI", "antidepressant", "20 mg", "2020-01", "2020", "remission by 4/2020; pt stopped it on her own in summer 2020 and relapsed winter 2020-21", "relapse", f, 1, "Lexapro 10->20 mg 01/2020 - summer 2020: remission by 4/2020; pt stopped it on her own in summer 2020 and relapsed winter 2020-21."),
            R("escitalopram", "SSRI", "antidepressant", "20 mg", "2024-02", "2024-05", "didn't work the 2nd time", "no_response", f, 1, "Lexapro restarted 02/2024 at 20 mg, d/c 05/2024: didn't work the 2nd time."),
            R("sertraline", "SSRI", "antidepressant", "200 mg daily", "2024-06", None, "minimal change", "no_response", f, 1, "On sertraline 200 mg x 5 wk: minimal change."),
            R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg daily", "2024-09-10", "2024-09-20", "Stopped the aripiprazole on her own after ~10 days (around 9/20) because of restlessness", "side_effects", f, 1, "Stopped the aripiprazole on her own after ~10 days (around 9/20) because of restlessness"),
        ],
        scales=[S("PHQ-9", 19, "2024-08-06", f, 1, "O: PHQ-9 19."), S("PHQ-9", 18, "2024-09-10", f, 1, "O: PHQ-9 18."),
                S("PHQ-9", 20, "2024-10-15", f, 1, "O: PHQ-9 20."), S("GAD-7", 12, "2024-10-15", f, 1, "GAD-7 12.")],
        diagnoses=[D("F33.2", f, 1, "A: F33.2 MDD, recurrent, severe."), D("Z91.51", f, 1, "Z91.51 Personal history of suicidal behavior.")],
        suicidality=SI("attempt", f, 1, "Remote hx: OD on acetaminophen 2015 (medical admit), no attempts since."),
    )))

# ---------------------------------------------------------------- 08
f1 = "pharmacy_fill_history.pdf"
f2 = "psych_note_2024-05-20.txt"
fills = [["Fill date", "Rx #", "Drug / strength", "Qty", "Days", "Prescriber", "Status"]]
def _add(rows):
    for r in rows: fills.append(r)
_add([
    ["06/14/2022", "7001231", "SERTRALINE HCL 100 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["07/15/2022", "7001231", "SERTRALINE HCL 100 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["08/16/2022", "7001231", "SERTRALINE HCL 100 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["10/03/2022", "7001231", "SERTRALINE HCL 100 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["11/04/2022", "7001231", "SERTRALINE HCL 100 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["01/05/2023", "7002290", "BUPROPION XL 150 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["02/03/2023", "7002290", "BUPROPION XL 150 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["03/04/2023", "7002511", "BUPROPION XL 300 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["04/03/2023", "7002511", "BUPROPION XL 300 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["05/02/2023", "7002511", "BUPROPION XL 300 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["05/02/2023", "7002512", "LORAZEPAM 0.5 MG TAB PRN", "20", "20", "T. ABERNATHY", "SOLD"],
    ["06/02/2023", "7002511", "BUPROPION XL 300 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["06/10/2023", "7002704", "MIRTAZAPINE 15 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["07/09/2023", "7002790", "MIRTAZAPINE 30 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["08/08/2023", "7002790", "MIRTAZAPINE 30 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["08/08/2023", "7002801", "TRAZODONE 50 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["09/07/2023", "7002790", "MIRTAZAPINE 30 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["10/06/2023", "7002790", "MIRTAZAPINE 30 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["10/20/2023", "7003015", "NORTRIPTYLINE 25 MG CAP", "30", "30", "T. ABERNATHY", "RTS - NOT PICKED UP"],
    ["11/02/2023", "7003102", "VILAZODONE 10/20 MG STARTER KIT", "1", "30", "T. ABERNATHY", "SOLD"],
    ["12/01/2023", "7003190", "VIIBRYD 20 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["01/02/2024", "7003190", "VIIBRYD 20 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["01/30/2024", "7003277", "VIIBRYD 40 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["03/01/2024", "7003277", "VIIBRYD 40 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
    ["04/02/2024", "7003277", "VIIBRYD 40 MG TAB", "30", "30", "T. ABERNATHY", "SOLD"],
])
txt8 = """FICTIONAL TEST RECORD - not a real patient
Westgate Psychiatry (fictional) - Progress note - 05/20/2024
Pt: Renata Oyelaran (fictional), 41F. Prescriber: T. Abernathy, PMHNP (fictional)

Reason: 3rd med-management visit; ongoing depressive sx despite several trials. Pharmacy fill history from Elm St Pharmacy (fictional) reviewed with pt and attached.

Med hx (per pt + fill hx):
 - Zoloft 100 mg, Jun-Nov 2022: "did nothing."
 - Wellbutrin XL 150 -> 300 mg, Jan-Jun '23: no effect on mood; stopped June '23.
 - Remeron 15 -> 30 mg, Jun-Oct '23: gained 15 lb, stopped Oct '23.
 - Nortriptyline was prescribed 10/2023 but pt never picked it up (cost).
 - Viibryd titrated to 40 mg Nov '23 - Apr '24: partial on 20 mg; nausea/diarrhea at 40, stopped in April.
 - Trazodone 50 mg qhs for sleep and lorazepam 0.5 mg PRN (rarely) - not antidepressant trials.

MSE: constricted affect, mood "numb." Denies SI, no hx of attempts. PHQ-9 16.
Dx: F33.1 MDD, recurrent, moderate.
Plan: Pt wants time to think before another medication (we discussed Trintellix). Consider TMS eval. RTC 3 wk.
"""
CASES.append(dict(
    slug="08-pharmacy-fills-plus-note",
    docs=[dict(file=f1, kind="pdf", footer="Elm St Pharmacy (FICTIONAL) - patient fill history", blocks=[
        ("h", "ELM ST PHARMACY #0412 - PATIENT PRESCRIPTION HISTORY"),
        ("small", FICT + ". Patient: OYELARAN, RENATA (fictional)  DOB 09/14/1982  Printed 05/17/2024  Period 06/01/2022 - 05/17/2024  Store tel 555-0160"),
        ("table", fills, [58, 48, 150, 28, 30, 80, 100]),
        ("small", "RTS = returned to stock (prescription not picked up). This is a dispensing record, not a medical record."),
    ]), dict(file=f2, kind="txt", text=txt8)],
    truth=dict(
        _note="Two documents: a pharmacy fill-history table (PDF) and the prescriber's TXT note that gives outcomes. One row "
              "per trial (fills + note mention = one row; the note gives the outcome, so it is the source; the fill "
              "history is 'also'). Dates from fills and note agree within a month (bupropion last fill 06/02/2023, note "
              "'stopped June 23'). Vilazodone partial on 20 mg but STOPPED for GI effects at 40 -> side_effects. Not rows: "
              "nortriptyline (never picked up - RTS), trazodone 50 mg (sleep), lorazepam PRN, Trintellix (discussed), "
              "TMS (consider).",
        history=[
            R("sertraline", "SSRI", "antidepressant", "100 mg", "2022-06", "2022-11", "did nothing.", "no_response", f2, 1, "Zoloft 100 mg, Jun-Nov 2022: \"did nothing.\""),
            R("bupropion", "NDRI", "antidepressant", "300 mg", "2023-01", "2023-06", "no effect on mood; stopped June '23.", "no_response", f2, 1, "Wellbutrin XL 150 -> 300 mg, Jan-Jun '23: no effect on mood; stopped June '23."),
            R("mirtazapine", "tetracyclic antidepressant", "antidepressant", "30 mg", "2023-06", "2023-10", "gained 15 lb, stopped Oct '23.", "side_effects", f2, 1, "Remeron 15 -> 30 mg, Jun-Oct '23: gained 15 lb, stopped Oct '23."),
            R("vilazodone", "serotonin modulator", "antidepressant", "40 mg", "2023-11", "2024-04", "partial on 20 mg; nausea/diarrhea at 40, stopped in April.", "side_effects", f2, 1, "Viibryd titrated to 40 mg Nov '23 - Apr '24: partial on 20 mg; nausea/diarrhea at 40, stopped in April."),
        ],
        scales=[S("PHQ-9", 16, "2024-05-20", f2, 1, "PHQ-9 16.")],
        diagnoses=[D("F33.1", f2, 1, "Dx: F33.1 MDD, recurrent, moderate.")],
        suicidality=SI("none", f2, 1, "Denies SI, no hx of attempts."),
    )))

# ---------------------------------------------------------------- 09
f = "biopsychosocial_assessment_2025-03-03.docx"
CASES.append(dict(
    slug="09-biopsychosocial-docx",
    docs=[dict(file=f, kind="docx", blocks=[
        ("h", "Comprehensive Biopsychosocial Assessment"),
        FICT + ". Willow Creek Counseling Collective (fictional) - Client: Priya N. Castellanos (fictional) - "
        "DOB 05/22/1996 - Assessment date: 03/03/2025 - Clinician: D. Farrow, LPC (fictional)",
        ("h", "Presenting problem"),
        "Client self-referred for 'depression that keeps coming back' and panic attacks 2-3x/week. Current PHQ-9 16, GAD-7 18.",
        ("h", "Mental health treatment history"),
        ("table", [["Type", "Provider", "When", "Sessions", "Result"],
                   ["Individual CBT", "campus counseling center", "2019", "20", "partial - fewer panic attacks, mood still low"],
                   ["DBT skills group", "Harbor DBT program (fictional)", "Feb 2021 - Aug 2021", "24 weekly groups", "helpful for distress tolerance; depression unchanged"]]),
        ("h", "Psychiatric medications (per client and records from Dr. Imani, fictional)"),
        ("table", [["Medication", "Dose", "Dates", "Response / reason stopped"],
                   ["Celexa (citalopram)", "40 mg", "2016 - 2018", "worked well for about 2 years, then stopped working"],
                   ["Lexapro (escitalopram)", "20 mg", "11/2021 - current", "somewhat helpful - 'takes the edge off'"],
                   ["Lamictal (lamotrigine), added to Lexapro", "up to 100 mg", "01/2022 - 02/2022", "rash - stopped"]]),
        ("h", "Allergies"),
        "Sulfa (hives). Lamictal (rash 2022).",
        ("h", "Family history"),
        "Father: bipolar I disorder, stable on lithium. Brother: severe depression, ECT in 2015 with good response. "
        "Maternal grandmother: 'nerves', took Valium.",
        ("h", "Risk assessment (C-SSRS, lifetime/recent)"),
        "Lifetime: one suicide attempt at age 19 (cut wrists, hospitalized 3 days at a fictional county hospital). "
        "Past month: denies wish to be dead, denies suicidal thoughts. No current plan or intent. Safety plan completed.",
        ("h", "Diagnostic impression"),
        "F33.1 Major depressive disorder, recurrent episode, moderate",
        "F41.0 Panic disorder [episodic paroxysmal anxiety]",
        ("h", "Recommendations"),
        "Weekly individual therapy (CBT with interoceptive exposure). Client declined group. Coordinate with prescriber "
        "re: possible augmentation; client has never tried an antipsychotic or lithium and is reluctant.",
    ])],
    truth=dict(
        _note="DOCX counselor's assessment; two tables. Citalopram 'worked well ~2 years, then stopped working' -> relapse. "
              "DBT 'helpful for distress tolerance; depression unchanged' -> no_response (for depression). Lamotrigine is in "
              "BOTH the medication table and the allergy list: one row (from the table), augmentation, side_effects. "
              "Escitalopram ongoing, partial_response. Not rows: lithium/ECT/Valium (family), group (declined), "
              "antipsychotic/lithium (never tried). Suicidality attempt (lifetime, age 19) though the past month is "
              "negative.",
        history=[
            R("CBT", "psychotherapy", "psychotherapy", "20 sessions", "2019", "2019", "partial - fewer panic attacks, mood still low", "partial_response", f, 1, "Individual CBT campus counseling center 2019 20 partial - fewer panic attacks, mood still low"),
            R("DBT skills group", "psychotherapy", "psychotherapy", "24 weekly groups", "2021-02", "2021-08", "helpful for distress tolerance; depression unchanged", "no_response", f, 1, "DBT skills group Harbor DBT program (fictional) Feb 2021 - Aug 2021 24 weekly groups helpful for distress tolerance; depression unchanged"),
            R("citalopram", "SSRI", "antidepressant", "40 mg", "2016", "2018", "worked well for about 2 years, then stopped working", "relapse", f, 1, "Celexa (citalopram) 40 mg 2016 - 2018 worked well for about 2 years, then stopped working"),
            R("escitalopram", "SSRI", "antidepressant", "20 mg", "2021-11", None, "somewhat helpful - 'takes the edge off'", "partial_response", f, 1, "Lexapro (escitalopram) 20 mg 11/2021 - current somewhat helpful - 'takes the edge off'"),
            R("lamotrigine", "anticonvulsant", "augmentation", "100 mg", "2022-01", "2022-02", "rash - stopped", "side_effects", f, 1, "Lamictal (lamotrigine), added to Lexapro up to 100 mg 01/2022 - 02/2022 rash - stopped"),
        ],
        scales=[S("PHQ-9", 16, "2025-03-03", f, 1, "Current PHQ-9 16, GAD-7 18."), S("GAD-7", 18, "2025-03-03", f, 1, "Current PHQ-9 16, GAD-7 18.")],
        diagnoses=[D("F33.1", f, 1, "F33.1 Major depressive disorder, recurrent episode, moderate"), D("F41.0", f, 1, "F41.0 Panic disorder [episodic paroxysmal anxiety]")],
        suicidality=SI("attempt", f, 1, "Lifetime: one suicide attempt at age 19 (cut wrists, hospitalized 3 days"),
    )))

# ---------------------------------------------------------------- 10
f = "discharge_summary_2024-03-30.pdf"
CASES.append(dict(
    slug="10-inpatient-discharge-ect",
    docs=[dict(file=f, kind="pdf", footer="St. Brendan Regional Medical Center, Behavioral Health Unit (FICTIONAL)", blocks=[
        ("h", "ST. BRENDAN REGIONAL MEDICAL CENTER - DISCHARGE SUMMARY (Behavioral Health)"),
        ("small", FICT + ". Patient: Walter J. Ferrante (fictional)  DOB 01/09/1968  MRN SB-8830021  Unit 4 West"),
        "Admission: 03/01/2024   Discharge: 03/30/2024   Attending: C. Delacroix-Wynn, MD (fictional)",
        ("h", "Reason for admission"),
        "56 y/o M with recurrent MDD admitted voluntarily from the ED with active suicidal ideation with a plan to drive "
        "his car off the Route 9 overpass (fictional) and intent; no attempt. Three weeks of near-total insomnia, "
        "nihilistic guilt, 20 lb weight loss. HAM-D 28 on admission. C-SSRS (admission): ideation severity 5.",
        ("h", "Hospital course"),
        "Phenelzine had been stopped two weeks before admission (see p. 2). After consent and anesthesia clearance he "
        "began right unilateral ultrabrief-pulse ECT on 03/04/2024, three times weekly. After 9 treatments (last "
        "03/29/2024) he was in remission: HAM-D 7 at discharge, sleeping 7 h, eating, future-oriented. PRN medications "
        "used during the stay: lorazepam 1 mg PO x6, olanzapine 5 mg IM x1 (night 2, agitation), acetaminophen for "
        "post-ECT headache.",
        "PAGEBREAK",
        ("h", "Prior treatment history (from outpatient records, Dr. Huang, fictional)"),
        "1. Venlafaxine XR titrated to 300 mg/day, 2022 - 2023: no response after more than 6 months at 225-300 mg.",
        "2. Lithium carbonate 900 mg/day (level 0.7) added to venlafaxine 03/2023 - 09/2023: modest partial response only.",
        "3. Phenelzine (Nardil) 45 mg/day 10/2023 - 02/2024 after washout: orthostatic hypotension with a fall at home "
        "(02/2024), stopped.",
        "4. No prior ECT or TMS. Never had formal psychotherapy; declined IOP in 2023.",
        ("h", "Family / social history"),
        "Sister with bipolar II, did well with ECT. Retired machinist, married, 2 adult children. Former smoker.",
        ("h", "Discharge diagnoses"),
        "F33.2 Major depressive disorder, recurrent, severe without psychotic features.",
        "I10 Essential (primary) hypertension.",
        "Z87.891 Personal history of nicotine dependence.",
        "PAGEBREAK",
        ("h", "Condition at discharge"),
        "Mood 'much better'. Denies SI, intent or plan; future-oriented. C-SSRS since last contact negative.",
        ("h", "Discharge medications"),
        "Amlodipine 5 mg daily. Melatonin 3 mg qhs. No antidepressant at discharge pending maintenance plan.",
        ("h", "Follow-up"),
        "Continuation ECT weekly x 4 was recommended; scheduling pending insurance authorization. If not authorized, "
        "consider nortriptyline plus lithium for relapse prevention. Outpatient psychiatry 04/03/2024. 988 reviewed.",
    ])],
    truth=dict(
        _note="Three-page discharge summary; ECT course on p. 1, prior trials on p. 2. ECT 9 treatments 2024-03-04 to "
              "2024-03-29 -> remission. Lithium added to venlafaxine -> augmentation, partial_response. Phenelzine stopped "
              "after a fall from orthostatic hypotension -> side_effects. Not rows: PRN lorazepam/olanzapine/acetaminophen "
              "during the stay, continuation ECT (recommended, pending), nortriptyline+lithium (consider), psychotherapy "
              "(never had), IOP (declined), sister's ECT, amlodipine/melatonin. Suicidality active (admitted with active SI "
              "with plan and intent; no attempt) although discharge says denies SI.",
        history=[
            R("ECT", "ECT", "neuromodulation", "9 treatments", "2024-03-04", "2024-03-29", "After 9 treatments (last 03/29/2024) he was in remission", "remission", f, 1, "After 9 treatments (last 03/29/2024) he was in remission"),
            R("venlafaxine", "SNRI", "antidepressant", "300 mg/day", "2022", "2023", "no response after more than 6 months at 225-300 mg.", "no_response", f, 2, "Venlafaxine XR titrated to 300 mg/day, 2022 - 2023: no response after more than 6 months at 225-300 mg."),
            R("lithium", "mood stabilizer", "augmentation", "900 mg/day", "2023-03", "2023-09", "modest partial response only.", "partial_response", f, 2, "Lithium carbonate 900 mg/day (level 0.7) added to venlafaxine 03/2023 - 09/2023: modest partial response only."),
            R("phenelzine", "MAOI", "antidepressant", "45 mg/day", "2023-10", "2024-02", "orthostatic hypotension with a fall at home (02/2024), stopped.", "side_effects", f, 2, "orthostatic hypotension with a fall at home (02/2024), stopped."),
        ],
        scales=[S("HAM-D", 28, "2024-03-01", f, 1, "HAM-D 28 on admission."), S("HAM-D", 7, "2024-03-30", f, 1, "HAM-D 7 at discharge"),
                S("C-SSRS", 5, "2024-03-01", f, 1, "C-SSRS (admission): ideation severity 5.")],
        diagnoses=[D("F33.2", f, 2, "F33.2 Major depressive disorder, recurrent, severe without psychotic features."), D("I10", f, 2, "I10 Essential (primary) hypertension."), D("Z87.891", f, 2, "Z87.891 Personal history of nicotine dependence.")],
        suicidality=SI("active", f, 1, "admitted voluntarily from the ED with active suicidal ideation with a plan"),
    )))

# ---------------------------------------------------------------- 11
f = "IMG_20250114_093512.jpg"
lines11 = [
    "**MY MEDS LIST - for new Dr. appt (Jan 2025)",
    "(fictional test record - made up patient)",
    "",
    "Zoloft 100mg - 2016, about 6 mo -",
    "     felt numb / flat, I quit it",
    "Prozac 20 then 40 - 2017 - nothing changed",
    "Wellbutrin - spring 2018 - made me anxious",
    "     + shaky, stopped after 3 wks",
    "Trintellix 10mg - 2019 to 2020 -",
    "     helped a bit, not enough",
    "Counseling (CBT) w/ Jen - 2020, 10 sessions",
    "     - didn't change anything",
    "",
    "Never tried: Effexor, lithium",
    "Dr. R said maybe Rexulti next??",
    "I do NOT have suicidal thoughts",
    "Allergic: latex",
]
CASES.append(dict(
    slug="11-patient-photo-med-list",
    docs=[dict(file=f, kind="photo", pages=[lines11], angle=3.1, seed=11, size=40)],
    truth=dict(
        _note="Phone photo (JPEG) of a patient's own handwritten-style list: rotated 3.1 degrees, noise, blur, table-top "
              "border, shadow. Brand names only. Continuation lines: an outcome sits on the line after the drug. Zoloft "
              "'felt numb / flat, I quit it' -> side_effects (emotional blunting). Wellbutrin 'spring 2018' -> 2018. "
              "Trintellix 'helped a bit, not enough' -> partial_response. CBT 'didn't change anything' -> no_response. "
              "Not rows: Effexor, lithium (never tried), Rexulti (maybe next). Suicidality none (patient's own "
              "statement). No scales, no codes. Dates are the page's own (no note date; the list is from Jan 2025).",
        history=[
            R("sertraline", "SSRI", "antidepressant", "100mg", "2016", "2016", "felt numb / flat, I quit it", "side_effects", f, 1, "felt numb / flat, I quit it"),
            R("fluoxetine", "SSRI", "antidepressant", "40", "2017", "2017", "nothing changed", "no_response", f, 1, "Prozac 20 then 40 - 2017 - nothing changed"),
            R("bupropion", "NDRI", "antidepressant", None, "2018", "2018", "made me anxious + shaky, stopped after 3 wks", "side_effects", f, 1, "Wellbutrin - spring 2018 - made me anxious"),
            R("vortioxetine", "serotonin modulator", "antidepressant", "10mg", "2019", "2020", "helped a bit, not enough", "partial_response", f, 1, "helped a bit, not enough"),
            R("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2020", "2020", "didn't change anything", "no_response", f, 1, "Counseling (CBT) w/ Jen - 2020, 10 sessions"),
        ],
        scales=[],
        diagnoses=[],
        suicidality=SI("none", f, 1, "I do NOT have suicidal thoughts"),
    )))

# ---------------------------------------------------------------- 12
f = "telepsych_note_2024-01-16.pdf"
CASES.append(dict(
    slug="12-telepsychiatry-trials-table",
    docs=[dict(file=f, kind="pdf", footer="MindBridge Telepsychiatry (FICTIONAL) - Progress Note", blocks=[
        ("h", "MindBridge Telepsychiatry - Progress Note (video)"),
        ("small", FICT + ". Pt: Kenji A. Bramwell (fictional)  DOB 08/27/1990  Visit 01/16/2024  Provider: S. Whitfield-Ng, MD (fictional)  Pt location: home  support@mindbridge.example"),
        ("h", "Interval history"),
        "[Copied forward from 12/05/2023 note - unchanged] Pt w/ TRD + ADHD, off all antidepressants since 10/2023 "
        "after Auvelity failed; frustrated with 'pill after pill'. Working remotely, isolating.",
        "Today: mood 2-3/10, hypersomnia, anhedonia, passive thoughts of being a burden but 'I would never act on it'. "
        "Denies current SI with plan or intent. Hx of active SI with plan 08/2022 -> ED visit, no attempt; no attempts lifetime.",
        "PHQ-9 20. MADRS 30 (clinician-rated over video).",
        ("h", "Assessment"),
        "F33.2 MDD, recurrent, severe w/o psychosis - meets TRD criteria (see trial table, p. 2). F90.0 ADHD, predominantly inattentive type (stable on methylphenidate ER 36 mg).",
        ("h", "Plan"),
        "- Consider Spravato (esketamine) - PA submitted 01/16/2024; pt agreeable.",
        "- TMS also an option - pt has never had TMS. No hx of ECT; pt declined ECT referral today.",
        "- If Spravato denied, could restart venlafaxine ER + lithium. Continue methylphenidate ER.",
        "- Safety plan updated; 988 and local crisis line 555-0199 given. F/u 2 wk.",
        "PAGEBREAK",
        ("h", "Antidepressant / augmentation trial table (maintained by prescriber)"),
        ("table", [["Drug (brand)", "Role", "Max dose", "Start", "End", "Duration at dose", "Outcome"],
                   ["fluvoxamine (Luvox)", "mono", "200 mg/d", "summer 2020", "late 2020", "~8 wk at 200", "GI upset (nausea, diarrhea) - stopped"],
                   ["venlafaxine ER (Effexor XR)", "mono", "225 mg/d", "late 2021", "03/2023", "> 12 mo", "partial response, residual anhedonia"],
                   ["aripiprazole (Abilify)", "aug to VEN", "5 mg/d", "07/2022", "11/2022", "16 wk", "no added benefit"],
                   ["brexpiprazole (Rexulti)", "aug to VEN", "2 mg/d", "01/2023", "03/2023", "8 wk", "+18 lb weight gain - d/c"],
                   ["dextromethorphan-bupropion (Auvelity)", "mono", "45/105 mg BID", "04/2023", "10/2023", "6 mo", "no response"]],
         [150, 42, 62, 50, 45, 50, 105]),
        "Key: aug = augmentation; VEN = venlafaxine; mono = monotherapy.",
        ("h", "Family history"),
        "Mother: MDD (did well on Effexor). Father: AUD.",
    ])],
    truth=dict(
        _note="Two-page telepsychiatry PDF; trial table on p. 2 with brand names in brackets, 'summer 2020', 'late 2020', "
              "'late 2021' (-> the year). Copy-forward paragraph on p. 1. Not rows: Spravato (consider/PA submitted), TMS "
              "(never had), ECT (declined), venlafaxine ER + lithium restart (hypothetical), methylphenidate (ADHD, "
              "other - not an expected row), mother's Effexor. Suicidality active (hx of active SI with plan 08/2022, "
              "ED visit, no attempt); today passive.",
        history=[
            R("fluvoxamine", "SSRI", "antidepressant", "200 mg/d", "2020", "2020", "GI upset (nausea, diarrhea) - stopped", "side_effects", f, 2, "fluvoxamine (Luvox) mono 200 mg/d summer 2020 late 2020 ~8 wk at 200 GI upset (nausea, diarrhea) - stopped"),
            R("venlafaxine", "SNRI", "antidepressant", "225 mg/d", "2021", "2023-03", "partial response, residual anhedonia", "partial_response", f, 2, "venlafaxine ER (Effexor XR) mono 225 mg/d late 2021 03/2023 > 12 mo partial response, residual anhedonia"),
            R("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg/d", "2022-07", "2022-11", "no added benefit", "no_response", f, 2, "aripiprazole (Abilify) aug to VEN 5 mg/d 07/2022 11/2022 16 wk no added benefit"),
            R("brexpiprazole", "atypical antipsychotic", "augmentation", "2 mg/d", "2023-01", "2023-03", "+18 lb weight gain - d/c", "side_effects", f, 2, "brexpiprazole (Rexulti) aug to VEN 2 mg/d 01/2023 03/2023 8 wk +18 lb weight gain - d/c"),
            R("dextromethorphan-bupropion", "NMDA antagonist / NDRI", "antidepressant", "45/105 mg BID", "2023-04", "2023-10", "no response", "no_response", f, 2, "dextromethorphan-bupropion (Auvelity) mono 45/105 mg BID 04/2023 10/2023 6 mo no response"),
        ],
        scales=[S("PHQ-9", 20, "2024-01-16", f, 1, "PHQ-9 20."), S("MADRS", 30, "2024-01-16", f, 1, "MADRS 30 (clinician-rated over video).")],
        diagnoses=[D("F33.2", f, 1, "F33.2 MDD, recurrent, severe w/o psychosis"), D("F90.0", f, 1, "F90.0 ADHD, predominantly inattentive type")],
        suicidality=SI("active", f, 1, "Hx of active SI with plan 08/2022 -> ED visit, no attempt"),
    )))
