"""FICTIONAL blind set notes44: every document's lines and the expected values.

All people, clinics, plans, numbers and places are invented. Record numbers contain FICT-44.
Each expected value's `src` is (file, a fragment found in exactly one line of that file).
"""


def H(name, cls, kind, dose, start, end, outcome, oc, src):
    return dict(name=name, cls=cls, kind=kind, dose=dose, start=start, end=end, outcome=outcome, oc=oc, src=src)


def S(name, score, date, src):
    return dict(name=name, score=score, date=date, src=src)


CASES = []

# ---------------------------------------------------------------- 01 pain (GI), text PDF, 2 pages
F = "pancreatitis_pain_clinic_visits.pdf"
CASES.append(dict(
    slug="01-chronic-pancreatitis-gi-pain-clinic-visits-pdf",
    files=[dict(name=F, kind="pdf", pages=[[
        "FICTIONAL RECORD - invented for software testing - Harrow Valley Pancreas & GI Pain Clinic",
        "1140 Tamarack Road, Suite 3, Lindenfield, OR 97999   Tel (541) 555-0131   Fax (541) 555-0132",
        "Patient: Delbert Amsel   DOB 04/19/1971   MRN FICT-44-0101",
        "",
        "VISIT 01/20/2026 - new patient, referred by gastroenterology",
        "Chronic alcohol-related pancreatitis, abstinent since 2022. Constant epigastric pain into the back.",
        "Pain NRS 8/10 today (01/20/2026). PHQ-9 16 (01/20/2026).",
        "Earlier pain and mood treatments (from his records and his account):",
        "1. Amitriptyline 25 mg at night, 02/2025 - 05/2025: groggy until noon every day, so he stopped it.",
        "2. Pregabalin 150 mg twice daily, 06/2025 - 10/2025: no change in pain at all; tapered off.",
        "3. Celiac plexus block 01/08/2026 (Dr. Osei): pain down to 3/10 for about three weeks, then back at 8/10.",
        "He has never been on long-term opioids and declines them.",
        "Current: duloxetine 60 mg daily, started 11/2025 by his PCP; pancrelipase with meals (digestion).",
        "Mood: low, poor sleep. Thoughts that he would be better off not waking up, no plan or intent.",
        "Diagnoses: K86.1 other chronic pancreatitis; F32.1 major depressive disorder, single episode, moderate.",
        "Plan: continue duloxetine 60 mg; pain psychology referral; consider nortriptyline only if duloxetine fails.",
    ], [
        "FICTIONAL RECORD - Harrow Valley Pancreas & GI Pain Clinic - Delbert Amsel - page 2",
        "",
        "VISIT 03/24/2026 - follow-up",
        "Pain NRS 6/10 (03/24/2026). PHQ-9 13 (03/24/2026).",
        "Duloxetine has taken the edge off the pain and his mood is somewhat better, but he is still low most days.",
        "Has not yet started pain psychology (waitlist). No repeat block for now.",
        "Denies suicidal ideation today; the thoughts of not waking up have passed.",
        "Plan: continue duloxetine 60 mg daily; return in 3 months.",
        "Electronically signed: R. Vantongeren, MD, pain medicine",
    ]])],
    history=[
        H("amitriptyline", "TCA", "antidepressant", "25 mg", "2025-02", "2025-05",
          "groggy until noon every day, so he stopped it", "side_effects", (F, "1. Amitriptyline")),
        H("pregabalin", "gabapentinoid", "other", "150 mg", "2025-06", "2025-10",
          "no change in pain at all", "no_response", (F, "2. Pregabalin")),
        H("celiac plexus block", "nerve block", "other", None, "2026-01-08", "2026-01-08",
          "pain down to 3/10 for about three weeks, then back at 8/10", "relapse", (F, "3. Celiac plexus")),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-11", None,
          "taken the edge off the pain and his mood is somewhat better, but he is still low most days",
          "partial_response", (F, "Duloxetine has taken the edge off")),
    ],
    scales=[S("pain NRS", 8, "2026-01-20", (F, "Pain NRS 8/10")), S("PHQ-9", 16, "2026-01-20", (F, "Pain NRS 8/10")),
            S("pain NRS", 6, "2026-03-24", (F, "Pain NRS 6/10")), S("PHQ-9", 13, "2026-03-24", (F, "Pain NRS 6/10"))],
    codes=[("K86.1", (F, "Diagnoses: K86.1")), ("F32.1", (F, "Diagnoses: K86.1"))],
    suic=("none", (F, "Denies suicidal ideation today")),
    note="Not rows: long-term opioids (never, declined), nortriptyline (consider), pancrelipase (digestion, not a "
         "pain or mood treatment). Suicidality: passive on 01/20, denied at the latest visit 03/24 (latest wins: none). "
         "The celiac plexus block is a one-day procedure, kind other.",
))

# ---------------------------------------------------------------- 02 pharmacy med-sync printout, TXT
F = "med_sync_review_printout.txt"
CASES.append(dict(
    slug="02-independent-pharmacy-medication-synchronization-review-txt",
    files=[dict(name=F, kind="txt", pages=[[
        "FICTIONAL RECORD - invented for software testing",
        "CORNERSTONE FAMILY PHARMACY (fictional) - MEDICATION SYNCHRONIZATION REVIEW",
        "88 Mill Street, Osterby, WI 53999   Ph (262) 555-0144   Fax (262) 555-0145",
        "Patient: Marisol Quintero-Hale   DOB 09/02/1988   Rx acct FICT-44-0202",
        "Printed 11/20/2026 by R.Ph. T. Lindqvist",
        "",
        "FILL HISTORY (behavioral health only)",
        "DRUG                        STRENGTH   FIRST FILL   LAST FILL    QTY  DAYS",
        "CITALOPRAM TAB              20 MG      01/06/2025   03/31/2025   30   30",
        "BUPROPION XL TAB            300 MG     05/02/2025   07/28/2025   30   30",
        "MIRTAZAPINE TAB             30 MG      09/03/2025   01/29/2026   30   30",
        "VORTIOXETINE TAB            20 MG      03/04/2026   11/02/2026   30   30",
        "ARIPIPRAZOLE TAB            5 MG       06/10/2026   08/08/2026   30   30",
        "TRAZODONE TAB               50 MG      (prescribed 10/2025, never picked up - returned to stock)",
        "",
        "Dx code on eRx (vortioxetine): F33.1",
        "",
        "PHARMACIST NOTES (counseling log)",
        "04/03/2025  Citalopram stopped 04/2025 by prescriber - pt: 'never did much'. Switch to bupropion XL.",
        "08/12/2025  Bupropion XL stopped 08/2025 - 'hands shaking, heart racing, couldn't sleep'. Prescriber notified.",
        "02/05/2026  Mirtazapine stopped 02/2026: helped sleep and appetite; mood itself no different. Switch to vortioxetine.",
        "09/02/2026  Aripiprazole (added 06/2026 to vortioxetine) stopped 09/2026: restless, could not sit through a movie; prescriber stopped it.",
        "10/30/2026  Vortioxetine 20 mg: pt says 'some better, but not all the way'. Continues. Med sync date 2nd of month.",
        "11/02/2026  Declined flu shot. Asked about esketamine nasal spray - told her the prescriber would need to request it.",
        "",
        "Also on file: levothyroxine 75 mcg (thyroid), not part of this review.",
    ]])],
    history=[
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2025-01-06", "2025-04",
          "never did much", "no_response", (F, "Citalopram stopped 04/2025")),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2025-05-02", "2025-08",
          "hands shaking, heart racing, couldn't sleep", "side_effects", (F, "Bupropion XL stopped 08/2025")),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "30 mg", "2025-09-03", "2026-02",
          "helped sleep and appetite; mood itself no different", "no_response", (F, "Mirtazapine stopped 02/2026")),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-06", "2026-09",
          "restless, could not sit through a movie; prescriber stopped it", "side_effects",
          (F, "Aripiprazole (added 06/2026")),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2026-03-04", None,
          "some better, but not all the way", "partial_response", (F, "10/30/2026  Vortioxetine 20 mg")),
    ],
    scales=[],
    codes=[("F33.1", (F, "Dx code on eRx"))],
    suic=None,
    note="Not rows: trazodone (prescribed, never picked up), esketamine (asked about, not requested), levothyroxine "
         "(thyroid). Starts are first fills; ends are the month the pharmacist note dates the stop. No scales; "
         "nothing on suicidality (null).",
))

# ---------------------------------------------------------------- 03 team physician, DOCX
F = "athletics_team_physician_visits.docx"
CASES.append(dict(
    slug="03-collegiate-athletics-team-physician-mental-health-visits-docx",
    files=[dict(name=F, kind="docx", pages=[[
        "FICTIONAL RECORD - invented for software testing",
        "Brightwater State University (fictional) - Athletic Medicine - Team Physician Notes",
        "Athlete: Kenna Marrowby (women's rowing)   DOB 06/30/2005   Chart FICT-44-0303",
        "Sports medicine office (503) 555-0150   Fax (503) 555-0151",
        "",
        "02/10/2026 - Team physician visit (A. Delacroix-Webb, DO)",
        "History: first depressive episode fall 2024. Sertraline 50 mg was started 09/2024 at student health; "
        "'I don't feel any different,' and she stopped it in 12/2024 at her own request.",
        "She then saw the counseling center for CBT, 10 sessions 01/2025 to 04/2025; the counselor's closing note "
        "says goals partially met.",
        "Well through summer 2025; symptoms back since 11/2025 (training poorly, crying after practice).",
        "PHQ-9 15 (02/10/2026). GAD-7 9 (02/10/2026).",
        "She has never tried bupropion. No stimulants (eligibility rules).",
        "Assessment: F33.1 major depressive disorder, recurrent, moderate; F41.1 generalized anxiety disorder.",
        "Plan: start escitalopram 10 mg daily today; counseling center re-referral offered, she declined for now.",
        "",
        "05/12/2026 - Team physician follow-up",
        "On escitalopram 10 mg since 02/10/2026. 'I felt like myself again by the end of the spring season.'",
        "PHQ-9 4 (05/12/2026). Rowing well; cleared for summer training.",
        "",
        "10/06/2026 - Team physician follow-up",
        "Mood low again since September while still taking escitalopram 10 mg every day; missing classes.",
        "PHQ-9 14 (10/06/2026). Denies suicidal thoughts, intent or plan.",
        "Discussed TMS; not interested at this point. Plan: raise escitalopram to 20 mg; sports psychology referral.",
    ]])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "50 mg", "2024-09", "2024-12",
          "I don't feel any different", "no_response", (F, "Sertraline 50 mg was started")),
        H("cognitive behavioral therapy", "psychotherapy", "psychotherapy", None, "2025-01", "2025-04",
          "goals partially met", "partial_response", (F, "counseling center for CBT")),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-02-10", None,
          "Mood low again since September while still taking escitalopram", "relapse",
          (F, "Mood low again since September")),
    ],
    scales=[S("PHQ-9", 15, "2026-02-10", (F, "PHQ-9 15")), S("GAD-7", 9, "2026-02-10", (F, "PHQ-9 15")),
            S("PHQ-9", 4, "2026-05-12", (F, "PHQ-9 4 (")), S("PHQ-9", 14, "2026-10-06", (F, "PHQ-9 14"))],
    codes=[("F33.1", (F, "Assessment: F33.1")), ("F41.1", (F, "Assessment: F33.1"))],
    suic=("none", (F, "Denies suicidal thoughts")),
    note="Not rows: bupropion (never tried), stimulants (none), TMS (discussed, not interested), counseling "
         "re-referral (declined), sports psychology (planned). Escitalopram: remission by 05/2026, then low again "
         "while still taking it = relapse; the dose rise to 20 mg is planned the day of the last note, so the row "
         "keeps 10 mg. Sertraline's stop 'at her own request' is told after 'I don't feel any different' (no harm).",
))

# ---------------------------------------------------------------- 04 inpatient consult, text PDF
F = "orthogeriatric_psychiatry_consult.pdf"
CASES.append(dict(
    slug="04-hip-fracture-orthogeriatric-ward-psychiatry-consult-pdf",
    files=[dict(name=F, kind="pdf", pages=[[
        "FICTIONAL RECORD - invented for software testing",
        "St. Brannock Regional Hospital (fictional) - Orthogeriatric Unit, Ward 5 North",
        "CONSULTATION-LIAISON PSYCHIATRY NOTE   Date of consult: 11/19/2026",
        "Patient: Edwina Folkestad, age 81   MRN FICT-44-0404   Unit phone (608) 555-0160",
        "Requested by: orthogeriatrics (Dr. H. Mbeki) - 'low mood, not engaging with physiotherapy'",
        "",
        "HPI: Fell at home 11/14/2026; right hip hemiarthroplasty 11/15/2026. Recurrent depression since her 60s.",
        "Past treatment (from GP letter and her daughter):",
        "- Nortriptyline 25 mg 2019 to 2021: made her dizzy on standing and she fell in 2021, so it was stopped.",
        "- Escitalopram 10 mg 2021 to 2023: 'felt like myself'; tapered off with her GP in 2023 after a good spell.",
        "- Mirtazapine 15 mg at night since 03/2024, still taking: sleeps better and eats more, but the low mood hangs on.",
        "No lithium, no psychotherapy ever. Family asked about ECT; not indicated at present.",
        "",
        "Exam: frail, slowed, tearful when discussing the fall; oriented; no delirium on screening today.",
        "MADRS 27 (11/19/2026). Pain NRS 5/10 at rest (11/19/2026).",
        "Risk: she said 'at my age I wouldn't mind not waking up'; no wish to act on it, no plan.",
        "",
        "Diagnoses: F33.1 major depressive disorder, recurrent, moderate; S72.001A fracture of right femoral neck, "
        "initial encounter.",
        "Recommendations:",
        "1. Continue mirtazapine 15 mg at night for now.",
        "2. Do not restart nortriptyline (falls).",
        "3. Consider adding sertraline 25 mg after discharge if mood is unchanged at 4 weeks - GP to decide.",
        "4. Will follow on Monday. Psychiatry consult pager (608) 555-0161.",
        "J. Okonkwo-Reyes, MD, consultation-liaison psychiatry",
    ]])],
    history=[
        H("nortriptyline", "TCA", "antidepressant", "25 mg", "2019", "2021",
          "made her dizzy on standing and she fell in 2021, so it was stopped", "side_effects",
          (F, "- Nortriptyline 25 mg")),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2021", "2023",
          "'felt like myself'; tapered off with her GP in 2023 after a good spell", "remission",
          (F, "- Escitalopram 10 mg")),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "15 mg", "2024-03", None,
          "sleeps better and eats more, but the low mood hangs on", "no_response", (F, "- Mirtazapine 15 mg")),
    ],
    scales=[S("MADRS", 27, "2026-11-19", (F, "MADRS 27")), S("pain NRS", 5, "2026-11-19", (F, "MADRS 27"))],
    codes=[("F33.1", (F, "Diagnoses: F33.1")), ("S72.001A", (F, "Diagnoses: F33.1"))],
    suic=("passive", (F, "Risk: she said")),
    note="Not rows: lithium and psychotherapy (never), ECT (asked about, not indicated), nortriptyline restart "
         "(do not), sertraline (consider after discharge). The 2021 fall is the harm that ended nortriptyline; "
         "the 2026 fall is not tied to a drug.",
))

# ---------------------------------------------------------------- 05 old typed carbon referral letter, scan
F = "referral_letter_1996_carbon_copy.pdf"
CASES.append(dict(
    slug="05-typed-carbon-copy-psychiatric-referral-letter-1996-scan",
    files=[dict(name=F, kind="scan", pages=[[
        "FICTIONAL RECORD - invented for software testing",
        "(carbon copy, from the practice's paper chart)",
        "ALDER & MOSS FAMILY PRACTICE (fictional)",
        "22 Quarry Lane, Pellston Falls, VT 05999",
        "Telephone (802) 555-0170",
        "",
        "January 15, 1996",
        "",
        "Dr. Philippa Strand, Department of Psychiatry",
        "Northfield Teaching Hospital (fictional)",
        "",
        "Re: Mr. Anselm Tiller, born 3 March 1950, chart FICT-44-0505",
        "",
        "Dear Dr. Strand,",
        "",
        "Thank you for seeing Mr. Tiller, a 45-year-old millwright with recurrent depression since 1992.",
        "Diagnosis: major depression, recurrent, moderate (ICD-9 296.32).",
        "",
        "Imipramine 150 mg at night from 1993 to 1994: no benefit after three months at that dose.",
        "Phenelzine 45 mg daily from 1994 to 1995: stopped in March 1995 after a hypertensive reaction (severe "
        "headache, BP 210/120) after aged cheese.",
        "Fluoxetine 20 mg daily since May 1995, still taking: a good response by the summer, though not to remission.",
        "He has seen our counsellor, Mrs. Ruth Aldana, weekly since 1993 for supportive psychotherapy; he values it, "
        "but his mood has not changed with it.",
        "",
        "HAM-D 22 on January 8, 1996. He has had no suicidal thoughts.",
        "He refused ECT in 1994 and I have not tried lithium augmentation; I would welcome your opinion on both.",
        "",
        "Yours sincerely,",
        "",
        "Dr. Walter Moss",
    ]])],
    history=[
        H("imipramine", "TCA", "antidepressant", "150 mg", "1993", "1994",
          "no benefit after three months at that dose", "no_response", (F, "Imipramine 150 mg")),
        H("phenelzine", "MAOI", "antidepressant", "45 mg", "1994", "1995-03",
          "stopped in March 1995 after a hypertensive reaction", "side_effects", (F, "Phenelzine 45 mg")),
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "1995-05", None,
          "a good response by the summer, though not to remission", "partial_response", (F, "Fluoxetine 20 mg")),
        H("supportive psychotherapy", "psychotherapy", "psychotherapy", None, "1993", None,
          "his mood has not changed with it", "no_response", (F, "supportive psychotherapy")),
    ],
    scales=[S("HAM-D", 22, "1996-01-08", (F, "HAM-D 22"))],
    codes=[("296.32", (F, "ICD-9 296.32"))],
    suic=("none", (F, "HAM-D 22")),
    note="Image-only PDF (typewriter carbon copy, no text layer). The only diagnosis code is ICD-9 296.32 (1996 "
         "records predate ICD-10-CM); listed as printed. Not rows: ECT (refused), lithium (not tried). The "
         "psychotherapy's wrapped second half ('but his mood has not changed with it') judges it. The "
         "psychotherapy continues (end null).",
))

# ---------------------------------------------------------------- 06 home-based PST, TXT
F = "home_pst_session_notes.txt"
CASES.append(dict(
    slug="06-home-based-problem-solving-therapy-older-adult-sessions-txt",
    files=[dict(name=F, kind="txt", pages=[[
        "FICTIONAL RECORD - invented for software testing",
        "Lakeshore Aging Services (fictional) - Home-Based Depression Program - Problem-Solving Therapy",
        "Participant: Oswaldo Brennick, 74   ID FICT-44-0606   Counselor: M. Haverford, MSW   (715) 555-0180",
        "",
        "INTAKE 03/05/2026 (home visit)",
        "Referred by PCP. Widowed 2024, lives alone. PHQ-9 14 (03/05/2026).",
        "Medication history per participant and PCP letter: sertraline 50 mg in 2024 for about two months - "
        "'it did nothing' - stopped.",
        "Citalopram 20 mg in 2025: stopped after a month because his PCP found a low sodium level on it.",
        "He does not want to go back on medication. Referral to psychiatry offered; declined.",
        "Diagnosis (from PCP): F32.1 major depressive disorder, single episode, moderate; Z60.2 problems related to "
        "living alone.",
        "Denies thoughts of death or suicide.",
        "",
        "SESSION LOG - PST, 8 sessions planned 03/2026 to 07/2026",
        "S1 03/12/2026  Problem list: meals, isolation, finances. Pleasant activity scheduling started.",
        "S3 04/09/2026  Chose problem: no reason to leave the house. Plan: senior center lunch twice a week.",
        "S5 05/14/2026  PHQ-9 9 (05/14/2026). Went to the center 3 times; 'a bit lighter.'",
        "S7 06/25/2026  Working on finances problem with his niece.",
        "S8 07/23/2026  Final session. PHQ-9 6 (07/23/2026).",
        "",
        "COURSE SUMMARY 07/23/2026: PST, 8 sessions, 03/12/2026 to 07/23/2026. Mr. Brennick says he is 'about 70% "
        "of the way back' - still lonely evenings. Booster call in 3 months.",
    ]])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "50 mg", "2024", "2024",
          "it did nothing", "no_response", (F, "sertraline 50 mg in 2024")),
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2025", "2025",
          "stopped after a month because his PCP found a low sodium level on it", "side_effects",
          (F, "Citalopram 20 mg in 2025")),
        H("problem-solving therapy", "psychotherapy", "psychotherapy", None, "2026-03-12", "2026-07-23",
          "about 70% of the way back", "partial_response", (F, "COURSE SUMMARY")),
    ],
    scales=[S("PHQ-9", 14, "2026-03-05", (F, "PHQ-9 14")), S("PHQ-9", 9, "2026-05-14", (F, "PHQ-9 9")),
            S("PHQ-9", 6, "2026-07-23", (F, "PHQ-9 6"))],
    codes=[("F32.1", (F, "Diagnosis (from PCP)")), ("Z60.2", (F, "Diagnosis (from PCP)"))],
    suic=("none", (F, "Denies thoughts of death")),
    note="Not rows: going back on medication (does not want), psychiatry (declined), pleasant activity scheduling "
         "(a part of the PST course, no row of its own), booster call (planned). PST: words ('about 70% of the "
         "way back') decide over the PHQ-9 fall 14 -> 6.",
))

# ---------------------------------------------------------------- 07 TMS log, text PDF, 2 pages
F = "tms_maintenance_taper_log.pdf"
CASES.append(dict(
    slug="07-tms-clinic-acute-and-maintenance-taper-session-log-pdf",
    files=[dict(name=F, kind="pdf", pages=[[
        "FICTIONAL RECORD - invented for software testing",
        "Cedar Hollow Neuromodulation Center (fictional) - TMS Treatment Record",
        "Patient: Yevgenia Portfield   DOB 12/11/1979   Record FICT-44-0707   (970) 555-0190   Fax (970) 555-0191",
        "",
        "PRE-TMS SUMMARY (prepared 01/05/2026)",
        "Sertraline 200 mg 2021 - 2022: no different after five months at full dose.",
        "Venlafaxine XR 225 mg 2022 - 2023: a response, but not a remission.",
        "Quetiapine 150 mg added to venlafaxine 2023: 'knocked me out, hung over all morning' - stopped after 3 weeks.",
        "Bupropion XL 300 mg since 05/2024, continued unchanged during TMS: 'never did much on its own.'",
        "Prior TMS, Redstone Clinic 2024 (10 Hz, figure-8 coil): stopped after 20 sessions because of scalp pain "
        "and daily headaches.",
        "Has not had ECT; does not want it. Esketamine not tried.",
        "Diagnosis: F33.2 major depressive disorder, recurrent, severe without psychotic features.",
        "",
        "ACUTE COURSE (iTBS, left DLPFC)",
        "Session 1  01/12/2026  MT 54%  120% MT  PHQ-9 22 (01/12/2026)  MADRS 31 (01/12/2026)",
        "Session 15 01/30/2026  tolerated; mild scalp tenderness, settled",
        "Session 30 02/20/2026  PHQ-9 9 (02/20/2026)",
        "Session 36 02/27/2026  PHQ-9 5 (02/27/2026)  MADRS 8 (02/27/2026)  End of acute course: remission.",
    ], [
        "FICTIONAL RECORD - Cedar Hollow Neuromodulation Center - Y. Portfield - page 2",
        "",
        "TAPER (same course): 6 sessions, weekly then every other week, 03/06/2026 to 05/15/2026",
        "T1 03/06/2026  T2 03/13/2026  T3 03/20/2026  T4 04/03/2026  T5 04/17/2026  T6 05/15/2026 (last session)",
        "",
        "COURSE TOTAL: 42 sessions (36 acute + 6 taper), 01/12/2026 to 05/15/2026.",
        "FOLLOW-UP 09/15/2026: did well through the summer; from late August the benefit wore off. PHQ-9 18 (09/15/2026).",
        "C-SSRS screen 09/15/2026: no suicidal ideation since last contact.",
        "Plan: request a second acute course from her plan; esketamine to be considered if denied.",
        "Signed: L. Haddad-Price, PMHNP, and T. Okafor, MD (supervising)",
    ]])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2021", "2022",
          "no different after five months at full dose", "no_response", (F, "Sertraline 200 mg")),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022", "2023",
          "a response, but not a remission", "partial_response", (F, "Venlafaxine XR 225 mg")),
        H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2023", "2023",
          "'knocked me out, hung over all morning' - stopped after 3 weeks", "side_effects", (F, "Quetiapine 150 mg")),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2024-05", None,
          "never did much on its own", "no_response", (F, "Bupropion XL 300 mg")),
        H("transcranial magnetic stimulation", "TMS", "neuromodulation", None, "2024", "2024",
          "stopped after 20 sessions because of scalp pain and daily headaches", "side_effects",
          (F, "Prior TMS, Redstone")),
        H("transcranial magnetic stimulation", "TMS", "neuromodulation", None, "2026-01-12",
          "2026-05-15", "did well through the summer; from late August the benefit wore off", "relapse",
          (F, "FOLLOW-UP 09/15/2026")),
    ],
    scales=[S("PHQ-9", 22, "2026-01-12", (F, "Session 1 ")), S("MADRS", 31, "2026-01-12", (F, "Session 1 ")),
            S("PHQ-9", 9, "2026-02-20", (F, "Session 30")), S("PHQ-9", 5, "2026-02-27", (F, "Session 36")),
            S("MADRS", 8, "2026-02-27", (F, "Session 36")), S("PHQ-9", 18, "2026-09-15", (F, "FOLLOW-UP 09/15/2026"))],
    codes=[("F33.2", (F, "Diagnosis: F33.2"))],
    suic=("none", (F, "C-SSRS screen")),
    note="Not rows: ECT (not had, does not want), esketamine (not tried / to be considered), second acute course "
         "(to be requested). The 2026 TMS is one course of 42 sessions (acute + taper, 'same course'): remission at "
         "session 36, benefit wore off from late August = relapse. Two TMS rows: the 2024 course (20 sessions, figure-8, stopped for scalp pain and headaches) and the 2026 course (42 sessions, iTBS); session counts are not in `dose` (null, as for the therapies). The C-SSRS line is a screen result, not a scored "
         "scale row.",
))

# ---------------------------------------------------------------- 08 union health center chart abstract, TXT (old records)
F = "union_health_center_chart_abstract.txt"
CASES.append(dict(
    slug="08-union-health-center-paper-chart-abstract-1982-1997-txt",
    files=[dict(name=F, kind="txt", pages=[[
        "FICTIONAL RECORD - invented for software testing",
        "GARMENT & TEXTILE WORKERS HEALTH CENTER (fictional) - Medical Records Department",
        "Abstract of paper chart, prepared 10/02/2026 on the patient's request. Records line (413) 555-0112.",
        "Patient: Philomena Drask   DOB 02/14/1949   Chart FICT-44-0808",
        "Entries are copied as written by the treating physicians (Dr. S. Ruiz-Abend 1982-1990; Dr. K. Lund 1990-1997).",
        "",
        "06-14-82  Low mood since layoff threat, early waking, crying at the machine. Start amitriptyline, to 150 mg at night.",
        "09-20-82  Amitriptyline 150 mg: much improved; 'feels like her old self.'",
        "05-03-83  Well all winter. Amitriptyline tapered off 05/1983 as planned - well.",
        "03-11-86  Depression returned in February. HAM-D 24 (03-11-86). Start trazodone, to 300 mg at bedtime.",
        "06-02-86  Trazodone 300 mg: 'can't keep my eyes open at the plant'; nearly cut her hand. Stopped by Dr. today.",
        "06-02-86  Start desipramine, to 200 mg daily.",
        "09-30-87  Desipramine 200 mg: improved partly but has not remitted. HAM-D 11 (09-30-87).",
        "04-18-89  Moving to her sister's in another state; desipramine stopped 04/1989, no new doctor yet.",
        "01-22-93  Back in town. Low again since fall. Start sertraline 100 mg daily.",
        "04-26-93  Sertraline 100 mg: good response by 04/1993, back to her church choir.",
        "10-25-93  Taking sertraline every day, but the low mood has come back since September - lost by 10/1993.",
        "02-06-95  Sertraline stopped 02/1995; referred to county mental health (no records here).",
        "11-12-97  Last visit: blood pressure only. Chart closed 1997.",
    ]])],
    history=[
        H("amitriptyline", "TCA", "antidepressant", "150 mg", "1982-06-14", "1983-05",
          "feels like her old self", "remission", (F, "09-20-82")),
        H("trazodone", "SARI", "antidepressant", "300 mg", "1986-03-11", "1986-06-02",
          "'can't keep my eyes open at the plant'; nearly cut her hand. Stopped by Dr. today", "side_effects",
          (F, "06-02-86  Trazodone")),
        H("desipramine", "TCA", "antidepressant", "200 mg", "1986-06-02", "1989-04",
          "improved partly but has not remitted", "partial_response", (F, "09-30-87")),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "1993-01-22", "1995-02",
          "the low mood has come back since September - lost by 10/1993", "relapse", (F, "10-25-93")),
    ],
    scales=[S("HAM-D", 24, "1986-03-11", (F, "HAM-D 24")), S("HAM-D", 11, "1987-09-30", (F, "HAM-D 11"))],
    codes=[],
    suic=None,
    note="Old records, dates MM-DD-YY. No diagnosis codes and no word on suicidality (null). Amitriptyline: "
         "remission and a planned taper when well; the 1986 return is after that stop and belongs to no trial. "
         "Desipramine's stop was for a move (decides nothing): partial_response. Sertraline: good response by "
         "04/1993, lost by 10/1993 while taken = relapse.",
))

# ---------------------------------------------------------------- 09 CBASP summary, DOCX (therapy)
F = "cbasp_progress_summary.docx"
CASES.append(dict(
    slug="09-cbasp-chronic-depression-psychologist-progress-summary-docx",
    files=[dict(name=F, kind="docx", pages=[[
        "FICTIONAL RECORD - invented for software testing",
        "Ridgeview Psychology Associates (fictional) - Progress Summary to Prescriber",
        "Client: Thandiwe Oduya-Marsh   DOB 07/07/1984   Client ID FICT-44-0909",
        "Psychologist: B. Castellanos, PhD   Tel (919) 555-0122   Fax (919) 555-0123",
        "To: Dr. Imre Farkas, psychiatry    Date: 06/01/2026",
        "",
        "Reason for summary: you asked how her course of therapy went before you consider next steps.",
        "Diagnoses: F34.1 dysthymic disorder with F33.1 major depressive disorder, recurrent, moderate "
        "('double depression').",
        "",
        "Earlier therapy: interpersonal psychotherapy with me, 12 sessions, 02/2023 to 06/2023, after her divorce. "
        "She recovered fully and ended IPT in 06/2023 feeling well.",
        "The depression returned in early 2025, which is why she came back.",
        "",
        "Current course: CBASP (Cognitive Behavioral Analysis System of Psychotherapy), 16 sessions, 01/08/2026 to "
        "05/21/2026.",
        "Situational analyses each week; interpersonal discrimination exercise with her manager and her sister.",
        "Outcome: she is more assertive with her manager and her sister, but her depression itself has not lifted.",
        "PHQ-9 18 (01/08/2026); PHQ-9 16 (05/21/2026); GAD-7 7 (05/21/2026).",
        "",
        "Medication (yours): she has taken duloxetine 60 mg since 03/2025. Asked about it at session 16: 'a little "
        "lighter, maybe - I honestly can't tell.'",
        "She has never taken an MAOI. We discussed a DBT skills group if things worsen; not started.",
        "Safety: passive death wishes on bad days ('it would be easier not to be here'); no intent or plan; safety "
        "plan reviewed 05/21/2026.",
        "",
        "B. Castellanos, PhD, licensed psychologist",
    ]])],
    history=[
        H("interpersonal psychotherapy", "psychotherapy", "psychotherapy", None, "2023-02", "2023-06",
          "She recovered fully and ended IPT in 06/2023 feeling well", "remission",
          (F, "Earlier therapy: interpersonal")),
        H("cognitive behavioral analysis system of psychotherapy", "psychotherapy", "psychotherapy", None,
          "2026-01-08", "2026-05-21", "more assertive with her manager and her sister, but her depression itself "
          "has not lifted", "no_response", (F, "Outcome: she is more assertive")),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-03", None,
          "a little lighter, maybe - I honestly can't tell", "unknown", (F, "Medication (yours)")),
    ],
    scales=[S("PHQ-9", 18, "2026-01-08", (F, "PHQ-9 18")), S("PHQ-9", 16, "2026-05-21", (F, "PHQ-9 18")),
            S("GAD-7", 7, "2026-05-21", (F, "PHQ-9 18"))],
    codes=[("F34.1", (F, "Diagnoses: F34.1")), ("F33.1", (F, "Diagnoses: F34.1"))],
    suic=("passive", (F, "Safety: passive death wishes")),
    note="Not rows: MAOI (never), DBT skills group (discussed, not started). IPT ended well in 06/2023; the 2025 "
         "return is after it and belongs to no trial (remission). Duloxetine: a guess with a doubt beside it = "
         "unknown; still taken (end null).",
))

# ---------------------------------------------------------------- 10 Spanish perinatal mental health, DOCX
F = "informe_salud_mental_perinatal.docx"
CASES.append(dict(
    slug="10-informe-unidad-salud-mental-perinatal-espanol-docx",
    files=[dict(name=F, kind="docx", pages=[[
        "MUESTRA FICTICIA / FICTIONAL RECORD - inventado para pruebas de software",
        "Unidad de Salud Mental Perinatal, Hospital Comarcal de Valdeoro (ficticio)",
        "INFORME CLÍNICO DE SEGUIMIENTO    Fecha: 20/10/2026",
        "Paciente: Rocío Albarracín Tesedo   Fecha de nacimiento: 11/05/1993   N.º historia FICT-44-1010",
        "Teléfono de la unidad (305) 555-0124   Fax (305) 555-0125",
        "",
        "Diagnóstico: F53.0 depresión posparto.",
        "Antecedentes: parto el 02/08/2025. Episodio depresivo desde el segundo trimestre del embarazo.",
        "",
        "Tratamientos previos:",
        "- Sertralina 100 mg desde marzo de 2025 (embarazo): mejoría parcial; la retiró en junio de 2025 por deseo "
        "propio antes del parto.",
        "- Psicoterapia interpersonal (TIP), 10 sesiones, septiembre-noviembre de 2025: ayudó con la relación de "
        "pareja; el ánimo sigue bajo.",
        "- Escitalopram 10 mg desde diciembre de 2025 hasta febrero de 2026: náuseas y vómitos diarios, lo suspendió.",
        "No ha tomado fluoxetina. No ha recibido TEC.",
        "",
        "Evolución:",
        "12/01/2026: PHQ-9 19 (12/01/2026). Llanto diario, insomnio, ideas de incapacidad como madre.",
        "03/03/2026: inicia venlafaxina retard, hasta 150 mg al día.",
        "07/07/2026: con venlafaxina 150 mg se encuentra 'como antes del embarazo'. PHQ-9 4 (07/07/2026).",
        "20/10/2026: sigue bien con venlafaxina 150 mg; cuida de su hija sin ayuda. Niega ideación autolítica.",
        "",
        "Plan: mantener venlafaxina 150 mg al menos 6-12 meses. Se comentó zuranolona; no disponible en nuestro "
        "centro.",
        "Dra. Inmaculada Serrat Oyarzun, psiquiatra",
    ]])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-03", "2025-06",
          "mejoría parcial", "partial_response", (F, "- Sertralina 100 mg")),
        H("interpersonal psychotherapy", "psychotherapy", "psychotherapy", None, "2025-09", "2025-11",
          "ayudó con la relación de pareja; el ánimo sigue bajo", "no_response", (F, "- Psicoterapia interpersonal")),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-12", "2026-02",
          "náuseas y vómitos diarios, lo suspendió", "side_effects", (F, "- Escitalopram 10 mg")),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2026-03-03", None,
          "sigue bien con venlafaxina 150 mg", "remission", (F, "20/10/2026: sigue bien")),
    ],
    scales=[S("PHQ-9", 19, "2026-01-12", (F, "PHQ-9 19")), S("PHQ-9", 4, "2026-07-07", (F, "PHQ-9 4 ("))],
    codes=[("F53.0", (F, "Diagnóstico: F53.0"))],
    suic=("none", (F, "Niega ideación autolítica")),
    note="Spanish, dates DD/MM/YYYY (12/01/2026 is 12 January). Not rows: fluoxetina (never), TEC (not received), "
         "zuranolona (discussed, not available). Sertraline stopped by her own wish (outside the drug): the class is "
         "what it did before (partial). Venlafaxine: 'como antes del embarazo' on 07/07 (remission) and still well "
         "on 20/10 (latest note, remission); source is the latest note; open.",
))

# ---------------------------------------------------------------- 11 wallet card, 2 phone photos
F1, F2 = "wallet_card_front.jpg", "wallet_card_back.jpg"
CASES.append(dict(
    slug="11-laminated-wallet-medication-history-card-phone-photos",
    files=[dict(name=F1, kind="photo", pages=[[
        "FICTIONAL - invented for software testing",
        "MY DEPRESSION MEDICATION HISTORY",
        "Name: Corwin Ashgrove   Card FICT-44-1111",
        "Dx: F33.2 (recurrent, severe)",
        "Paroxetine 20 mg 2018-2019: sweating, sexual side effects - stopped",
        "Venlafaxine XR 150 mg 2019-2022: worked about 2 yrs, then stopped working",
        "Lamotrigine 100 mg (add-on) 2022-2023: no change",
        "ECT x10, 03/2023-04/2023: remission, back by 01/2024",
        "Vilazodone 40 mg since 02/2024: some better, not all the way",
    ]]), dict(name=F2, kind="photo", pages=[[
        "FICTIONAL - back of card",
        "Psychiatrist: Dr. N. Pemberton (207) 555-0126",
        "NEVER tried: lithium, MAOIs",
        "Dr. wants to try Spravato - NOT started",
        "PHQ-9 14 on 8/19/26",
        "Allergy: sulfa",
        "In crisis call 988",
    ]])],
    history=[
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2018", "2019",
          "sweating, sexual side effects - stopped", "side_effects", (F1, "Paroxetine")),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2019", "2022",
          "worked about 2 yrs, then stopped working", "relapse", (F1, "Venlafaxine")),
        H("lamotrigine", "mood stabilizer", "augmentation", "100 mg", "2022", "2023",
          "no change", "no_response", (F1, "Lamotrigine")),
        H("electroconvulsive therapy", "ECT", "neuromodulation", None, "2023-03", "2023-04",
          "remission, back by 01/2024", "relapse", (F1, "ECT x10")),
        H("vilazodone", "serotonin modulator", "antidepressant", "40 mg", "2024-02", None,
          "some better, not all the way", "partial_response", (F1, "Vilazodone")),
    ],
    scales=[S("PHQ-9", 14, "2026-08-19", (F2, "PHQ-9 14"))],
    codes=[("F33.2", (F1, "Dx: F33.2"))],
    suic=None,
    note="Two phone photos of a laminated card (front, back). Not rows: lithium and MAOIs (never tried), Spravato "
         "(not started). ECT x10 is 10 sessions; its benefit faded after the course = relapse. '988' is the crisis "
         "line printed on the card, not a statement about suicidality (null).",
))

# ---------------------------------------------------------------- 12 inpatient psychiatry daily progress notes, text PDF, 3 pages
F = "inpatient_unit_progress_notes.pdf"
CASES.append(dict(
    slug="12-inpatient-psychiatry-unit-daily-progress-notes-pdf",
    files=[dict(name=F, kind="pdf", pages=[[
        "FICTIONAL RECORD - invented for software testing",
        "Brookmere Behavioral Hospital (fictional) - Adult Inpatient Unit 3B - Physician Progress Notes",
        "Patient: Lucius Fenwright   DOB 01/25/1976   MRN FICT-44-1212   Unit (406) 555-0127   Fax (406) 555-0128",
        "",
        "10/20/2026 ADMISSION NOTE (hospital day 1)",
        "Admitted from the medical floor after an intentional overdose of his sertraline on 10/19/2026.",
        "Outpatient history: fluoxetine 40 mg 2023 to 2024 - 'never did much'.",
        "Duloxetine 90 mg 2024 to 2025: stopped because of high blood pressure readings (160s/100) on it.",
        "Sertraline 150 mg since 06/2025 (Dr. Quill): no benefit in 16 months.",
        "Has never had psychotherapy. No ECT, no TMS.",
        "PHQ-9 26 (10/20/2026). MADRS 38 (10/20/2026).",
        "Diagnoses: F33.2 major depressive disorder, recurrent, severe; T43.222A poisoning by SSRI, intentional "
        "self-harm, initial encounter.",
        "Plan: hold sertraline; 15-minute checks.",
    ], [
        "FICTIONAL RECORD - Brookmere Behavioral Hospital - L. Fenwright - page 2",
        "",
        "10/21/2026 PROGRESS NOTE (day 2)",
        "Sertraline discontinued today: no benefit after 16 months, and it was the overdose agent.",
        "ECT offered as an option; patient declined after discussion.",
        "10/22/2026 PROGRESS NOTE (day 3)",
        "Start mirtazapine 15 mg at bedtime; increase to 30 mg on 10/26/2026 if tolerated.",
        "10/24/2026 PROGRESS NOTE (day 5)",
        "Add lithium carbonate 300 mg twice daily (600 mg/day) as augmentation. Baseline labs normal.",
        "10/29/2026 PROGRESS NOTE (day 10)",
        "Mirtazapine now 30 mg. Sleeping 6 hours. Lithium level 0.7 (10/28/2026). Early to judge.",
    ], [
        "FICTIONAL RECORD - Brookmere Behavioral Hospital - L. Fenwright - page 3",
        "",
        "11/05/2026 DISCHARGE PROGRESS NOTE (day 17)",
        "Since starting mirtazapine and lithium: partial response; brighter on the unit, still low in the mornings.",
        "MADRS 22 (11/05/2026).",
        "Discharge medications: mirtazapine 30 mg at bedtime; lithium carbonate 600 mg/day.",
        "Ketamine clinic referral to be discussed at first outpatient visit. Outpatient CBT referral placed.",
        "Denies suicidal ideation at discharge; safety plan completed.",
        "Dr. A. Sorensen-Lake, attending psychiatrist",
    ]])],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2023", "2024",
          "never did much", "no_response", (F, "fluoxetine 40 mg 2023")),
        H("duloxetine", "SNRI", "antidepressant", "90 mg", "2024", "2025",
          "stopped because of high blood pressure readings (160s/100) on it", "side_effects",
          (F, "Duloxetine 90 mg 2024")),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2025-06", "2026-10-21",
          "no benefit after 16 months", "no_response", (F, "Sertraline discontinued today")),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "30 mg", "2026-10-22", None,
          "partial response; brighter on the unit, still low in the mornings", "partial_response",
          (F, "Since starting mirtazapine and lithium")),
        H("lithium", "mood stabilizer", "augmentation", "600 mg", "2026-10-24", None,
          "partial response; brighter on the unit, still low in the mornings", "partial_response",
          (F, "Since starting mirtazapine and lithium")),
    ],
    scales=[S("PHQ-9", 26, "2026-10-20", (F, "PHQ-9 26")), S("MADRS", 38, "2026-10-20", (F, "PHQ-9 26")),
            S("MADRS", 22, "2026-11-05", (F, "MADRS 22"))],
    codes=[("F33.2", (F, "Diagnoses: F33.2")), ("T43.222A", (F, "Diagnoses: F33.2"))],
    suic=("attempt", (F, "intentional overdose of his sertraline")),
    note="Not rows: psychotherapy (never), ECT (offered, declined), TMS (never), ketamine (to be discussed), "
         "outpatient CBT (referral placed, not begun). Mirtazapine's dose is its latest (30 mg; started 15 mg). "
         "Mirtazapine and lithium share one judging sentence. Suicidality: the admission for an intentional "
         "overdose is an attempt (the discharge denial of current ideation is also printed; a scorer may see either "
         "as the level's source).",
))
