# FICTIONAL test cases for appeal-kit `notes` (blind set 29). Every person, clinic, number and address is invented.
# A document is (file name, format, pages); a page is a list of lines:
#   "# text"  heading           "| a | b | c"  table row (first row of a run is the header)
#   "! text"  printed label on a scan or photo (other lines there are handwriting)
#   anything else: a paragraph.
# Truth rows: R (history), S (scale), D (diagnosis), SU (suicidality). `src` = (file, page, span).


def R(name, cls, kind, dose, start, end, outcome, oc, f, p, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": f, "page": p, "text": text}}


def S(name, score, date, f, p, text):
    return {"name": name, "score": score, "date": date, "source": {"file": f, "page": p, "text": text}}


def D(code, f, p, text):
    return {"code": code, "source": {"file": f, "page": p, "text": text}}


def SU(level, f=None, p=None, text=None):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": {"file": f, "page": p, "text": text}}


CASES = []

# ---------------------------------------------------------------- 01
F = "lithium_clinic_log.pdf"
CASES.append(dict(
    slug="01-lithium-monitoring-clinic-log-pdf",
    docs=[(F, "pdf", [
        [
            "# Harbor Lane Lithium Monitoring Clinic - FICTIONAL RECORD",
            "FICTIONAL SAMPLE. 4410 Harbor Lane, Suite 2, Port Ellery, XX 00000. Phone 555-0114.",
            "Patient: Dorothea Quill (FICTIONAL). MRN FICT-29-0101. DOB 04/11/1969. Referring psychiatrist: "
            "Dr. Anselm Reyes (FICTIONAL).",
            "# Referral summary (02/10/2026)",
            "Ms. Quill has recurrent major depression. Sertraline 150 mg from 03/2019 to 02/2021 gave a good "
            "response at first; by the second winter the depression had crept back although she never missed a "
            "dose, and it was changed.",
            "Venlafaxine XR 225 mg since 03/2021, continued as her base antidepressant. Dr. Reyes refers her for "
            "lithium augmentation and level monitoring. Her brother takes lithium for bipolar I disorder (family "
            "history only). She takes trazodone 50 mg at bedtime for sleep.",
            "Lithium carbonate 300 mg twice daily started 02/10/2026.",
            "# Monitoring log",
            "| Date | Lithium dose | Level (mmol/L) | Creatinine | TSH | PHQ-9 | Note",
            "| 02/10/2026 | 300 mg BID start | - | 0.82 | 2.1 | 19 | baseline labs",
            "| 03/10/2026 | 450 mg BID | 0.5 | 0.85 | 2.6 | 18 | mild thirst",
            "| 04/14/2026 | 450 mg BID | 0.8 | 0.88 | 6.9 | 18 | TSH up; PCP told",
            "| 05/26/2026 | taper off | 0.7 | 0.90 | 4.2 | 17 | see note",
            "| 07/07/2026 | none | - | 0.84 | 3.0 | 15 | T3 started 06/02",
            "| 09/01/2026 | none | - | 0.83 | 2.7 | 13 | T3 25 mcg",
            "| 10/27/2026 | none | - | 0.82 | 2.5 | 13 | see note",
            "Levels are 12-hour troughs. An increase to 600 mg twice daily was discussed on 04/14/2026 but not "
            "made because the level was already 0.8.",
        ],
        [
            "# Visit note 05/26/2026 (FICTIONAL)",
            "After 12 weeks at therapeutic levels her mood is unchanged and she sees no point going on with lithium. "
            "Lithium was tapered off by 05/26/2026 for lack of benefit.",
            "Her TSH rose to 6.9 in April; the PCP started levothyroxine 50 mcg daily on 04/20/2026 for "
            "lithium-related hypothyroidism. Propranolol 10 mg as needed for the lithium tremor is no longer needed.",
            "Plan from Dr. Reyes: liothyronine (T3) 25 mcg each morning added to venlafaxine from 06/02/2026 as "
            "the next augmentation step; the clinic keeps checking thyroid tests.",
            "# Visit note 10/27/2026 (FICTIONAL)",
            "On liothyronine 25 mcg she says she is \"maybe a third better than in the spring,\" sleeping and "
            "cooking again, though still low most afternoons. Venlafaxine XR 225 mg unchanged; she calls it "
            "\"about forty percent of the way back\" since 2021.",
            "Earlier in the year she had passive thoughts that \"it wouldn't be so bad not to wake up\"; none since "
            "April. Denies intent or plan.",
            "If T3 does not carry her further, ECT will be discussed at her next psychiatry visit. She was reminded "
            "to avoid ibuprofen while lithium was in use and may use it again now.",
            "Diagnoses: F33.2 major depressive disorder, recurrent, severe without psychotic features; E03.2 "
            "hypothyroidism due to a medicine; Z79.899 other long-term drug therapy.",
            "Signed: L. Ferreira, PharmD (FICTIONAL), clinic pharmacist.",
        ],
    ])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2019-03", "2021-02",
          "good response at first; by the second winter the depression had crept back", "relapse", F, 1,
          "by the second winter the depression had crept back although she never missed a dose"),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2021-03", None,
          "about forty percent of the way back", "partial_response", F, 2,
          "she calls it \"about forty percent of the way back\" since 2021"),
        R("lithium", "mood stabilizer", "augmentation", "450 mg twice daily", "2026-02-10", "2026-05-26",
          "mood unchanged after 12 weeks at therapeutic levels; tapered off for lack of benefit", "no_response",
          F, 2, "After 12 weeks at therapeutic levels her mood is unchanged"),
        R("liothyronine", "thyroid hormone", "augmentation", "25 mcg", "2026-06-02", None,
          "maybe a third better than in the spring, though still low most afternoons", "partial_response", F, 2,
          "On liothyronine 25 mcg she says she is \"maybe a third better than in the spring,\""),
    ],
    scales=[S("PHQ-9", v, d, F, 1, t) for v, d, t in [
        (19, "2026-02-10", "02/10/2026 300 mg BID start - 0.82 2.1 19 baseline labs"),
        (18, "2026-03-10", "03/10/2026 450 mg BID 0.5 0.85 2.6 18 mild thirst"),
        (18, "2026-04-14", "04/14/2026 450 mg BID 0.8 0.88 6.9 18 TSH up; PCP told"),
        (17, "2026-05-26", "05/26/2026 taper off 0.7 0.90 4.2 17 see note"),
        (15, "2026-07-07", "07/07/2026 none - 0.84 3.0 15 T3 started 06/02"),
        (13, "2026-09-01", "09/01/2026 none - 0.83 2.7 13 T3 25 mcg"),
        (13, "2026-10-27", "10/27/2026 none - 0.82 2.5 13 see note"),
    ]],
    diagnoses=[D("F33.2", F, 2, "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
               D("E03.2", F, 2, "E03.2 hypothyroidism due to a medicine"),
               D("Z79.899", F, 2, "Z79.899 other long-term drug therapy")],
    suicidality=SU("passive", F, 2, "she had passive thoughts that \"it wouldn't be so bad not to wake up\""),
    note="Lithium monitoring clinic log (table of levels with a PHQ-9 column) and two visit notes, 2-page PDF. "
         "Rows: sertraline 2019-2021 (good response, then crept back on the same dose: relapse), venlafaxine XR "
         "since 2021 (about forty percent of the way back: partial, current), lithium added 02/10-05/26/2026 "
         "(mood unchanged after 12 weeks: augmentation, no response; 600 mg BID only discussed), liothyronine (T3) "
         "added 06/02/2026 (maybe a third better, still low: augmentation, partial, current). Not rows: brother's "
         "lithium, trazodone for sleep, levothyroxine for hypothyroidism, propranolol for tremor, ibuprofen, ECT "
         "to be discussed.",
))

# ---------------------------------------------------------------- 02
F = "tmj_clinic_notes.txt"
CASES.append(dict(
    slug="02-orofacial-pain-tmj-clinic-notes-txt",
    docs=[(F, "txt", [[
        "# Meadowgate Orofacial Pain and TMJ Clinic - FICTIONAL RECORD",
        "FICTIONAL SAMPLE. 88 Orchard Row, Bellwick, XX 00000. Phone 555-0127. Not a real patient or clinic.",
        "Patient: Marcus Feld (FICTIONAL), chart FICT-29-0202, age 41. Clinician: N. Okafor, DDS, MS (FICTIONAL).",
        "# Visit 1 - 08/18/2026 - new patient",
        "Chief complaint: right jaw pain and morning headaches for 8 months, worse after a stressful year.",
        "Medication and mental health history (patient report, checked against his pharmacy printout):",
        "- Sertraline in college, 2012, for a few months: \"did nothing for me.\"",
        "- Paroxetine 20 mg from 2020; he came off it in early 2022 because he felt well, and stayed well for a "
        "year.",
        "- Escitalopram 10 mg from 01/2023: he was clenching so hard at night that he cracked a molar, and "
        "escitalopram was stopped in 06/2023.",
        "- Bupropion XL 300 mg since 07/2023, current.",
        "He tried two of his wife's cyclobenzaprine tablets last month; advised not to use other people's "
        "medicines.",
        "Exam: tender right masseter and temporalis; opening 34 mm with deflection to the right; worn canines.",
        "Jaw pain NRS 6/10. PHQ-9 12. GAD-7 9. Denies thoughts of self-harm.",
        "Assessment: M26.621 arthralgia of right temporomandibular joint; G47.63 sleep related bruxism; F33.1 "
        "major depressive disorder, recurrent, moderate (managed by his PCP).",
        "Plan: stabilization splint; jaw exercises; amitriptyline 10 mg at bedtime for jaw pain and sleep. We "
        "discussed duloxetine for pain and mood; he would rather not add another pill. Pain psychology referral "
        "offered; declined for now.",
        "# Visit 2 - 10/13/2026 - follow-up",
        "Splint worn most nights. Amitriptyline raised to 25 mg at bedtime for jaw pain (he tolerates it).",
        "Bupropion XL 300 mg continues. On bupropion he says he is \"better than before, maybe 60 percent\" and "
        "his PCP plans no change.",
        "Jaw pain NRS 4/10. PHQ-9 10.",
        "Plan: continue splint and exercises; recheck in 3 months.",
        "N. Okafor, DDS (FICTIONAL)",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", None, "2012", "2012", "did nothing for me", "no_response", F, 1,
          "Sertraline in college, 2012, for a few months: \"did nothing for me.\""),
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2020", "2022", "came off it because he felt well",
          "remission", F, 1, "he came off it in early 2022 because he felt well"),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2023-01", "2023-06",
          "clenching so hard at night that he cracked a molar; stopped", "side_effects", F, 1,
          "he was clenching so hard at night that he cracked a molar, and escitalopram was stopped in 06/2023."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2023-07", None, "better than before, maybe 60 percent",
          "partial_response", F, 1, "On bupropion he says he is \"better than before, maybe 60 percent\""),
    ],
    scales=[S("pain NRS", 6, "2026-08-18", F, 1, "Jaw pain NRS 6/10."),
            S("PHQ-9", 12, "2026-08-18", F, 1, "PHQ-9 12."),
            S("GAD-7", 9, "2026-08-18", F, 1, "GAD-7 9."),
            S("pain NRS", 4, "2026-10-13", F, 1, "Jaw pain NRS 4/10."),
            S("PHQ-9", 10, "2026-10-13", F, 1, "PHQ-9 10.")],
    diagnoses=[D("M26.621", F, 1, "M26.621 arthralgia of right temporomandibular joint"),
               D("G47.63", F, 1, "G47.63 sleep related bruxism"),
               D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=SU("none", F, 1, "Denies thoughts of self-harm."),
    note="Orofacial pain (TMJ) clinic, two visits in one TXT. Rows: sertraline 2012 (did nothing: no response), "
         "paroxetine 2020-2022 (came off it because he felt well: remission), escitalopram 01-06/2023 (clenched, "
         "cracked a molar, stopped: side effects), bupropion XL since 07/2023 (better, maybe 60 percent: partial, "
         "current). Not rows: amitriptyline 10 -> 25 mg at bedtime for jaw pain, wife's cyclobenzaprine, "
         "duloxetine discussed and refused, pain psychology declined, splint.",
))

# ---------------------------------------------------------------- 03
F = "disability_consultative_exam.docx"
CASES.append(dict(
    slug="03-disability-consultative-psychological-exam-docx",
    docs=[(F, "docx", [[
        "# Consultative Psychological Examination - FICTIONAL",
        "FICTIONAL SAMPLE prepared for a state disability determination office that does not exist. Examiner: "
        "Helena Marsh, PsyD (FICTIONAL), 210 Quarry Street, Dunmore Flats, XX 00000, phone 555-0139.",
        "Claimant: Joanna Pike (FICTIONAL). Case FICT-29-0303. Date of examination: 11/04/2026. Records reviewed: "
        "psychiatry notes 2015-2026 and a pharmacy history sent by the office.",
        "# History of treatment",
        "Ms. Pike's first depressive episode came at 19 after her father died; it was never treated.",
        "| Medication | Dose | From | To | Claimant's account",
        "| Fluoxetine | 40 mg | 2015 | 2016 | helped for a while, then it was like it wasn't there",
        "| Citalopram | 20 mg | 2017 | 2018 | racing heart and dizziness; doctor took her off it",
        "| Duloxetine | 60 mg | 2019 | 08/2024 | took me from drowning to treading water",
        "| Mirtazapine | 30 mg | 09/2024 | current | sleeps better; mood no different",
        "Duloxetine ended only because her insurance changed in 08/2024. Quetiapine 25 mg was given at bedtime "
        "for sleep in 2020 and stopped after a month. She takes hydrocodone as needed for low back pain, "
        "prescribed by her spine surgeon.",
        "She attended cognitive behavioral therapy (CBT) at Riverbend Community Mental Health Center (FICTIONAL) "
        "from 2021 to 2023, about 40 sessions. In her words, \"talking helped me understand it, but it didn't "
        "change how heavy everything feels.\"",
        "Her psychiatrist has suggested adding lithium; she has not started it. She once borrowed her sister's "
        "alprazolam before a court date.",
        "She reports a suicide attempt by overdose of her own medicines in 2018, with a two-day hospital stay. "
        "Today she describes passive thoughts of death but denies intent or plan.",
        "# Mental status and testing",
        "Casually dressed, slowed speech, restricted and tearful affect. Oriented. Recall 2 of 3 words at five "
        "minutes. MoCA 27/30 (not a mood measure). PHQ-9 administered today: 21.",
        "# Diagnostic impression",
        "F33.2 major depressive disorder, recurrent, severe without psychotic features",
        "F41.1 generalized anxiety disorder",
        "M54.50 low back pain, unspecified (by history, from records)",
        "The examiner gives no opinion on disability; the determination office decides.",
    ]])],
    history=[
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2015", "2016",
          "helped for a while, then it was like it wasn't there", "relapse", F, 1,
          "Fluoxetine 40 mg 2015 2016 helped for a while, then it was like it wasn't there"),
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2017", "2018",
          "racing heart and dizziness; doctor took her off it", "side_effects", F, 1,
          "Citalopram 20 mg 2017 2018 racing heart and dizziness; doctor took her off it"),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2019", "2024-08",
          "took me from drowning to treading water", "partial_response", F, 1,
          "Duloxetine 60 mg 2019 08/2024 took me from drowning to treading water"),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024-09", None, "sleeps better; mood no different",
          "no_response", F, 1, "Mirtazapine 30 mg 09/2024 current sleeps better; mood no different"),
        R("CBT", "psychotherapy", "psychotherapy", "40 sessions", "2021", "2023",
          "talking helped me understand it, but it didn't change how heavy everything feels", "no_response", F, 1,
          "\"talking helped me understand it, but it didn't change how heavy everything feels.\""),
    ],
    scales=[S("PHQ-9", 21, "2026-11-04", F, 1, "PHQ-9 administered today: 21.")],
    diagnoses=[D("F33.2", F, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
               D("F41.1", F, 1, "F41.1 generalized anxiety disorder"),
               D("M54.50", F, 1, "M54.50 low back pain, unspecified")],
    suicidality=SU("attempt", F, 1, "She reports a suicide attempt by overdose of her own medicines in 2018"),
    note="Disability consultative psychological exam (fictional state office), DOCX with a medication table. "
         "Rows: fluoxetine 2015-2016 (helped, then it was like it wasn't there: relapse), citalopram 2017-2018 "
         "(racing heart, dizziness, taken off: side effects), duloxetine 2019-08/2024 (drowning to treading water: "
         "partial; stopped for insurance), mirtazapine since 09/2024 (sleeps better, mood no different: no "
         "response, current), CBT 2021-2023 about 40 sessions (did not change how heavy everything feels: no "
         "response). Not rows: quetiapine 25 mg for sleep 2020, hydrocodone for back pain, lithium suggested, "
         "sister's alprazolam. MoCA is not a contract scale.",
))

# ---------------------------------------------------------------- 04
F = "wound_clinic_visits.pdf"
CASES.append(dict(
    slug="04-wound-care-clinic-weekly-visits-pdf",
    docs=[(F, "pdf", [
        [
            "# Stillwater Wound Healing Center - FICTIONAL RECORD",
            "FICTIONAL SAMPLE. 19 Mill Pond Road, Greyhaven, XX 00000. Phone 555-0142.",
            "Patient: Gilbert Ashcombe (FICTIONAL), 66. MRN FICT-29-0404. Nurse practitioner: R. Delacroix, "
            "FNP-C (FICTIONAL).",
            "# Weekly visit 10/06/2026",
            "Right plantar midfoot ulcer, week 9. 2.1 x 1.6 x 0.3 cm, fat layer exposed, no probe to bone. "
            "Sharp debridement; offloading boot.",
            "Medications: insulin glargine 30 units; metformin 1000 mg BID; gabapentin 300 mg TID for neuropathy; "
            "cephalexin 500 mg QID (day 6 of 10); duloxetine 60 mg daily.",
            "Depression screen (clinic protocol): PHQ-9 14. Foot pain NRS 5/10. Item 9 answered 0; denies "
            "suicidal ideation.",
            "Mood history from the patient and his PCP's letter: sertraline 100 mg from 2022 \"worked pretty "
            "well\" until the toe amputation in 2024, after which the depression \"came roaring back\" on the "
            "same dose. He was switched to duloxetine in 06/2025.",
            "His PCP started duloxetine for both the foot pain and the mood. He says the pain is a little better "
            "but his mood is no different on it.",
            "He took one of his wife's oxycodone tablets last weekend when the pain kept him up; counseled.",
            "Referred to the center's social worker for problem-solving therapy.",
            "# Weekly visit 10/13/2026",
            "Ulcer 1.8 x 1.4 x 0.2 cm. Debridement. PHQ-9 13. Foot pain NRS 5/10.",
            "Problem-solving therapy session 1 was on 09/29/2026 and session 2 on 10/06/2026 (after the visit).",
        ],
        [
            "# Weekly visit 10/20/2026",
            "Ulcer 1.5 x 1.1 x 0.2 cm, granulating. Medications unchanged (duloxetine 60 mg daily continues).",
            "PHQ-9 12. Foot pain NRS 4/10. Denies suicidal ideation.",
            "He has now had four problem-solving therapy sessions with the social worker and says the sessions "
            "\"lift me up some; I'm a little less stuck.\"",
            "Plan: if the PHQ-9 stays above 10, the NP will ask his PCP about adding mirtazapine. Continue "
            "offloading; return in one week.",
            "Diagnoses: E11.621 type 2 diabetes with foot ulcer; L97.412 chronic ulcer of right midfoot with fat "
            "layer exposed; Z89.421 acquired absence of other right toe; F33.1 major depressive disorder, "
            "recurrent, moderate.",
            "R. Delacroix, FNP-C (FICTIONAL)",
        ],
    ])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2022", "2025-06",
          "worked pretty well until the toe amputation in 2024, then the depression came roaring back on the same "
          "dose", "relapse", F, 1,
          "after which the depression \"came roaring back\" on the same dose"),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-06", None,
          "pain a little better but mood no different", "no_response", F, 1,
          "He says the pain is a little better but his mood is no different on it."),
        R("problem-solving therapy", "psychotherapy", "psychotherapy", "4 sessions", "2026-09-29", None,
          "lift me up some; I'm a little less stuck", "partial_response", F, 2,
          "\"lift me up some; I'm a little less stuck.\""),
    ],
    scales=[S("PHQ-9", 14, "2026-10-06", F, 1, "PHQ-9 14."), S("pain NRS", 5, "2026-10-06", F, 1,
                                                                 "Foot pain NRS 5/10. Item 9 answered 0"),
            S("PHQ-9", 13, "2026-10-13", F, 1, "PHQ-9 13."), S("pain NRS", 5, "2026-10-13", F, 1,
                                                                 "PHQ-9 13. Foot pain NRS 5/10."),
            S("PHQ-9", 12, "2026-10-20", F, 2, "PHQ-9 12."), S("pain NRS", 4, "2026-10-20", F, 2,
                                                                 "Foot pain NRS 4/10.")],
    diagnoses=[D("E11.621", F, 2, "E11.621 type 2 diabetes with foot ulcer"),
               D("L97.412", F, 2, "L97.412 chronic ulcer of right midfoot with fat layer exposed"),
               D("Z89.421", F, 2, "Z89.421 acquired absence of other right toe"),
               D("F33.1", F, 2, "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=SU("none", F, 1, "Item 9 answered 0; denies suicidal ideation."),
    note="Wound care center weekly visits, three visits, 2-page PDF. Rows: sertraline 2022-06/2025 (worked well, "
         "then came roaring back on the same dose: relapse), duloxetine since 06/2025 for foot pain and mood (pain "
         "a little better, mood no different: no response, current), problem-solving therapy from 09/29/2026, "
         "4 sessions (lift me up some: partial, current). Not rows: insulin, metformin, gabapentin for "
         "neuropathy, cephalexin, wife's oxycodone, mirtazapine only planned.",
))

# ---------------------------------------------------------------- 05
F = "acupuncture_intake_scan.pdf"
CASES.append(dict(
    slug="05-acupuncture-clinic-handwritten-intake-form-scan",
    docs=[(F, "scan", [[
        "! QUIET RIVER ACUPUNCTURE (FICTIONAL) - NEW PATIENT HEALTH FORM - FICTIONAL SAMPLE",
        "! 7 Birch Lane, Hollis Cove, XX 00000 - 555-0151",
        "! Name:",
        "Wendy Larkspur (FICTIONAL)   date 11/16/2026",
        "! Main reason for visit:",
        "neck + shoulder pain, stress, low mood",
        "! Pain today (0-10):",
        "Pain 6/10",
        "! Current medicines (name, dose, what for, since when, how is it going):",
        "Trintellix 20 mg - depression - since Jan 2026 - helping a little",
        "Levothyroxine 75 mcg - thyroid",
        "Melatonin 3 mg - sleep",
        "! Past medicines for mood, anxiety, sleep or pain (name, when, how it went):",
        "Lexapro 10 mg 2023 - made me numb, felt nothing, stopped after 3 mo",
        "Wellbutrin 150 mg 2024-2025 - no change at all",
        "my mom's Ativan once or twice before flights",
        "! Counseling or therapy? (what, when, how it went):",
        "DBT group 2024, 12 wks - helped w/ anger, depression same",
        "! Do you have thoughts of harming yourself?  Yes / No",
        "No",
        "! For office use:",
        "Dx M54.2, F32.A - ok to treat, no red flags. T.W. L.Ac.",
    ]])],
    history=[
        R("vortioxetine", "multimodal", "antidepressant", "20 mg", "2026-01", None, "helping a little",
          "partial_response", F, 1, "Trintellix 20 mg - depression - since Jan 2026 - helping a little"),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2023", "2023",
          "made me numb, felt nothing, stopped after 3 mo", "side_effects", F, 1,
          "Lexapro 10 mg 2023 - made me numb, felt nothing, stopped after 3 mo"),
        R("bupropion", "NDRI", "antidepressant", "150 mg", "2024", "2025", "no change at all", "no_response", F, 1,
          "Wellbutrin 150 mg 2024-2025 - no change at all"),
        R("DBT", "psychotherapy", "psychotherapy", "12 weeks", "2024", "2024", "helped w/ anger, depression same",
          "no_response", F, 1, "DBT group 2024, 12 wks - helped w/ anger, depression same"),
    ],
    scales=[S("pain NRS", 6, "2026-11-16", F, 1, "Pain 6/10")],
    diagnoses=[D("M54.2", F, 1, "Dx M54.2, F32.A"), D("F32.A", F, 1, "Dx M54.2, F32.A")],
    suicidality=SU("none", F, 1, "Do you have thoughts of harming yourself? Yes / No No"),
    note="Acupuncture clinic new-patient form filled in by hand, image-only scanned PDF (no text layer). Rows: "
         "Trintellix since 01/2026 (helping a little: partial, current), Lexapro 2023 (numb, felt nothing, "
         "stopped: side effects), Wellbutrin 2024-2025 (no change at all: no response), DBT group 2024, 12 weeks "
         "(helped with anger, depression same: no response). Not rows: levothyroxine, melatonin for sleep, "
         "mother's Ativan.",
))

# ---------------------------------------------------------------- 06
F = "lactation_visit.txt"
CASES.append(dict(
    slug="06-lactation-consultant-postpartum-visit-txt",
    docs=[(F, "txt", [[
        "# Brookfern Lactation and Newborn Feeding Service - FICTIONAL RECORD",
        "FICTIONAL SAMPLE. 302 Larch Avenue, Coventon, XX 00000. Phone 555-0163. Not a real patient or service.",
        "Visit 11/03/2026. Parent: Priya Castellano (FICTIONAL), 32, chart FICT-29-0606. Infant: Leo, 6 weeks.",
        "Consultant: Ingrid Soldal, IBCLC (FICTIONAL).",
        "# Reason for visit",
        "Sore nipples on the left and worry about supply. Baby gaining 32 g a day.",
        "# Medications and compatibility review",
        "Sertraline 50 mg from 02/2026 (18 weeks pregnant), raised to 100 mg on 09/20/2026 after delivery. "
        "Compatible with breastfeeding; the infant's levels are expected to be very low.",
        "She says sertraline is \"helping, but I'm not there yet.\"",
        "Fluoxetine in 2021 for nine months after a miscarriage: \"it worked, I felt like me again,\" and she "
        "stopped it in 12/2021 when she was well.",
        "Her OB offered zuranolone (a two-week oral course for postpartum depression); she declined because she "
        "would have had to pause breastfeeding. Metoclopramide to boost supply was considered and set aside "
        "because it can worsen low mood.",
        "Diphenhydramine 25 mg some nights for sleep: advised against (drowsy infant, may lower supply).",
        "The baby takes famotidine drops for reflux and vitamin D drops (the infant's own medicines).",
        "She started interpersonal therapy (IPT) with a perinatal therapist on 10/08/2026; three sessions so "
        "far, and she says it is too soon to tell whether it is helping.",
        "# Mood",
        "EPDS today 15 (shared with her OB). PHQ-9 at her 10/20/2026 OB visit: 14. GAD-7 today: 10.",
        "She has had fleeting thoughts that the family \"would be better off without me,\" no thoughts of acting "
        "on them and no plan; no thoughts of harming the baby. Crisis line numbers given; OB informed today.",
        "# Assessment",
        "Z39.1 care of the lactating mother; F53.0 postpartum depression (under OB and therapist care).",
        "Plan: latch correction, laid-back position, follow-up in 2 weeks.",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2026-02", None, "helping, but I'm not there yet",
          "partial_response", F, 1, "She says sertraline is \"helping, but I'm not there yet.\""),
        R("fluoxetine", "SSRI", "antidepressant", None, "2021", "2021-12",
          "it worked, I felt like me again; stopped when she was well", "remission", F, 1,
          "\"it worked, I felt like me again,\" and she stopped it in 12/2021 when she was well."),
        R("IPT", "psychotherapy", "psychotherapy", "3 sessions", "2026-10-08", None, "too soon to tell",
          "unknown", F, 1, "she says it is too soon to tell whether it is helping."),
    ],
    scales=[S("PHQ-9", 14, "2026-10-20", F, 1, "PHQ-9 at her 10/20/2026 OB visit: 14."),
            S("GAD-7", 10, "2026-11-03", F, 1, "GAD-7 today: 10.")],
    diagnoses=[D("Z39.1", F, 1, "Z39.1 care of the lactating mother"),
               D("F53.0", F, 1, "F53.0 postpartum depression")],
    suicidality=SU("passive", F, 1, "fleeting thoughts that the family \"would be better off without me,\" no "
                   "thoughts of acting on them and no plan"),
    note="Lactation consultant visit with a medication compatibility review, TXT. Rows: sertraline from 02/2026, "
         "100 mg since 09/20/2026 (helping, not there yet: partial, current), fluoxetine 2021 for nine months "
         "(it worked, stopped when well: remission; start kept as the year 2021), IPT from 10/08/2026 "
         "(too soon to tell: unknown). Not rows: zuranolone declined, metoclopramide set aside, diphenhydramine "
         "for sleep, the infant's famotidine and vitamin D. EPDS is not a contract scale.",
))

# ---------------------------------------------------------------- 07
F = "vns_programming_record.pdf"
CASES.append(dict(
    slug="07-vagus-nerve-stimulation-programming-visits-pdf",
    docs=[(F, "pdf", [
        [
            "# Calder Ridge Neuromodulation Service - VNS Therapy Record - FICTIONAL",
            "FICTIONAL SAMPLE. 5 Observatory Hill, Calder Ridge, XX 00000. Phone 555-0175.",
            "Patient: Maren Holt (FICTIONAL), 52. MRN FICT-29-0707. Psychiatrist: E. Vasquez, MD (FICTIONAL).",
            "# Treatment before VNS (from the referral, 02/2024)",
            "| Treatment | Dates | Dose or course | Result",
            "| TMS, left DLPFC 10 Hz | 2021 | 36 sessions | no response",
            "| ECT, right unilateral | 03/2022-05/2022 | 12 sessions | remitted; relapsed within 3 months",
            "| Nortriptyline | 06/2022-01/2023 | 75 mg | orthostatic dizziness, a fall; stopped",
            "| Phenelzine | 02/2023-10/2023 | 60 mg | partial gain; hypertensive spike, stopped",
            "| Bupropion XL | 11/2023-now | 300 mg | continued with VNS",
            "Esketamine was considered in 2023 but not started (transport to twice-weekly sessions). She takes "
            "clonazepam 0.5 mg at bedtime for sleep and amlodipine 5 mg for blood pressure.",
            "VNS implanted 03/12/2024 (left cervical vagus). Stimulation activated 03/26/2024.",
            "# Programming log",
            "| Date | Output (mA) | Freq (Hz) | Pulse (us) | On/Off | MADRS | Comment",
            "| 03/26/2024 | 0.25 | 20 | 250 | 30s/5min | 31 | activation",
            "| 04/23/2024 | 0.75 | 20 | 250 | 30s/5min | 30 | cough with pulses",
            "| 06/18/2024 | 1.25 | 20 | 250 | 30s/5min | 27 | voice change",
            "| 09/17/2024 | 1.5 | 20 | 250 | 30s/5min | 24 | tolerated",
            "| 03/18/2025 | 1.5 | 20 | 250 | 30s/5min | 19 | 12-month review",
            "| 03/17/2026 | 1.5 | 20 | 250 | 30s/5min | 15 | 24-month review",
            "| 09/15/2026 | 1.5 | 20 | 250 | 30s/5min | 14 | see note",
        ],
        [
            "# Visit note 09/15/2026 (FICTIONAL)",
            "Device interrogated: normal impedance, battery adequate. Hoarseness during stimulation persists and "
            "is tolerated.",
            "Since VNS she has gone back to part-time work. She describes herself as \"about 80 percent of who I "
            "used to be.\" Not in remission (MADRS 14).",
            "A raise to 1.75 mA was discussed; she preferred to keep her voice steady, so settings are unchanged. "
            "Bupropion XL 300 mg continues; Dr. Vasquez sees no reason to change it.",
            "Safety: she had a passive wish to be dead in 2023, before VNS. C-SSRS screen negative at every visit "
            "since activation; no suicidal thoughts today.",
            "Diagnoses: F33.2 major depressive disorder, recurrent, severe without psychotic features; Z96.82 "
            "presence of neurostimulator.",
            "Next interrogation in 6 months. E. Vasquez, MD (FICTIONAL)",
        ],
    ])],
    history=[
        R("TMS", "neuromodulation", "neuromodulation", "36 sessions", "2021", "2021", "no response",
          "no_response", F, 1, "TMS, left DLPFC 10 Hz 2021 36 sessions no response"),
        R("ECT", "neuromodulation", "neuromodulation", "12 sessions", "2022-03", "2022-05",
          "remitted; relapsed within 3 months", "relapse", F, 1,
          "ECT, right unilateral 03/2022-05/2022 12 sessions remitted; relapsed within 3 months"),
        R("nortriptyline", "TCA", "antidepressant", "75 mg", "2022-06", "2023-01",
          "orthostatic dizziness, a fall; stopped", "side_effects", F, 1,
          "Nortriptyline 06/2022-01/2023 75 mg orthostatic dizziness, a fall; stopped"),
        R("phenelzine", "MAOI", "antidepressant", "60 mg", "2023-02", "2023-10",
          "partial gain; hypertensive spike, stopped", "side_effects", F, 1,
          "Phenelzine 02/2023-10/2023 60 mg partial gain; hypertensive spike, stopped"),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2023-11", None, "continued with VNS", "unknown", F, 1,
          "Bupropion XL 11/2023-now 300 mg continued with VNS"),
        R("VNS", "neuromodulation", "neuromodulation", "1.5 mA", "2024-03-26", None,
          "about 80 percent of who I used to be; not in remission", "partial_response", F, 2,
          "She describes herself as \"about 80 percent of who I used to be.\" Not in remission (MADRS 14)."),
    ],
    scales=[S("MADRS", v, d, F, 1, t) for v, d, t in [
        (31, "2024-03-26", "03/26/2024 0.25 20 250 30s/5min 31 activation"),
        (30, "2024-04-23", "04/23/2024 0.75 20 250 30s/5min 30 cough with pulses"),
        (27, "2024-06-18", "06/18/2024 1.25 20 250 30s/5min 27 voice change"),
        (24, "2024-09-17", "09/17/2024 1.5 20 250 30s/5min 24 tolerated"),
        (19, "2025-03-18", "03/18/2025 1.5 20 250 30s/5min 19 12-month review"),
        (15, "2026-03-17", "03/17/2026 1.5 20 250 30s/5min 15 24-month review"),
        (14, "2026-09-15", "09/15/2026 1.5 20 250 30s/5min 14 see note"),
    ]],
    diagnoses=[D("F33.2", F, 2, "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
               D("Z96.82", F, 2, "Z96.82 presence of neurostimulator")],
    suicidality=SU("passive", F, 2, "she had a passive wish to be dead in 2023, before VNS"),
    note="Vagus nerve stimulation service record: a pre-VNS treatment table, a programming log with a MADRS "
         "column, a visit note; 2-page PDF. Rows: TMS 2021 36 sessions (no response), ECT 03-05/2022 12 sessions "
         "(remitted, relapsed within 3 months: relapse), nortriptyline 06/2022-01/2023 (dizziness, a fall, "
         "stopped: side effects), phenelzine 02-10/2023 (partial gain, hypertensive spike, stopped: side "
         "effects), bupropion XL since 11/2023 (no words judge it: unknown, current), VNS from 03/26/2024 at up to "
         "1.5 mA (about 80 percent of who I used to be, not in remission: partial, current). Not rows: esketamine "
         "considered only, clonazepam for sleep, amlodipine; 1.75 mA only discussed.",
))

# ---------------------------------------------------------------- 08
F = "mobile_crisis_assessment.docx"
CASES.append(dict(
    slug="08-mobile-crisis-team-home-assessment-docx",
    docs=[(F, "docx", [[
        "# Westmarch County Mobile Crisis Team - Field Assessment - FICTIONAL",
        "FICTIONAL SAMPLE. Westmarch County Behavioral Health (FICTIONAL), 61 Ferry Street, Westmarch, XX 00000. "
        "Dispatch line 555-0188.",
        "Person seen: Terrence Obi (FICTIONAL), 34. Record FICT-29-0808. Date: 11/21/2026, 21:40, at his "
        "apartment. Team: A. Lindqvist, LCSW and D. Moreno, RN (FICTIONAL).",
        "# Why we were called",
        "His roommate called after finding a goodbye note and a bag of pill bottles on his desk: his own "
        "medicines and the roommate's oxycodone.",
        "# Risk",
        "He has had thoughts of killing himself daily for two weeks, with a plan to overdose this weekend. No "
        "past attempts. He handed over the pills to the team.",
        "C-SSRS screener: positive for ideation with a plan and for preparatory behavior. PHQ-9 today: 23.",
        "# Medications (bottles checked, pharmacy called)",
        "| Medication | Dose | Started | Stopped | His words",
        "| Escitalopram | 20 mg | 02/2025 | 09/2025 | didn't touch it",
        "| Venlafaxine XR | 150 mg | 09/2025 | 10/2026 | made me sweat through my sheets",
        "| Aripiprazole (added) | 5 mg | 06/2026 | 08/2026 | like crawling out of my skin",
        "| Trazodone | 100 mg | 03/2026 | - | for sleep",
        "He stopped venlafaxine on his own three weeks ago. His prescriber raised it to 225 mg in 10/2026; the "
        "pharmacy says that prescription was never picked up.",
        "He sees a therapist for CBT by video every other week since 04/2026: \"she's good, but nothing's "
        "changed.\"",
        "# Plan",
        "Hospital evaluation offered and declined. Safety plan written with him and his roommate; means removed. "
        "Referred to the crisis stabilization unit for tomorrow 09:00; prescriber to decide about restarting "
        "venlafaxine. He asked about ketamine; told to raise it with his prescriber.",
        "# Impression",
        "F33.2 major depressive disorder, recurrent, severe without psychotic features",
        "R45.851 suicidal ideations",
        "Team will call at 08:00. All names FICTIONAL.",
    ]])],
    history=[
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-02", "2025-09", "didn't touch it",
          "no_response", F, 1, "Escitalopram 20 mg 02/2025 09/2025 didn't touch it"),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2025-09", "2026-10",
          "made me sweat through my sheets", "side_effects", F, 1,
          "Venlafaxine XR 150 mg 09/2025 10/2026 made me sweat through my sheets"),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-06", "2026-08",
          "like crawling out of my skin", "side_effects", F, 1,
          "Aripiprazole (added) 5 mg 06/2026 08/2026 like crawling out of my skin"),
        R("CBT", "psychotherapy", "psychotherapy", None, "2026-04", None, "she's good, but nothing's changed",
          "no_response", F, 1, "\"she's good, but nothing's changed.\""),
    ],
    scales=[S("PHQ-9", 23, "2026-11-21", F, 1, "PHQ-9 today: 23.")],
    diagnoses=[D("F33.2", F, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
               D("R45.851", F, 1, "R45.851 suicidal ideations")],
    suicidality=SU("active", F, 1, "He has had thoughts of killing himself daily for two weeks, with a plan to "
                   "overdose this weekend."),
    note="Mobile crisis team home assessment, DOCX with a medication table. Rows: escitalopram 02-09/2025 (didn't "
         "touch it: no response), venlafaxine XR 09/2025-10/2026 (sweat through the sheets, stopped on his own: "
         "side effects; 225 mg never picked up), aripiprazole added 06-08/2026 (crawling out of my skin: "
         "augmentation, side effects), CBT by video since 04/2026 (nothing's changed: no response, current). "
         "Not rows: trazodone for sleep, roommate's oxycodone, venlafaxine restart only to be decided, ketamine "
         "asked about. The C-SSRS screener is words only (no score row).",
))

# ---------------------------------------------------------------- 09
F = "anticoag_clinic_log.txt"
CASES.append(dict(
    slug="09-pharmacist-anticoagulation-clinic-inr-log-txt",
    docs=[(F, "txt", [[
        "# Pinecrest Pharmacist-Managed Anticoagulation Clinic - INR Visit Log - FICTIONAL",
        "FICTIONAL SAMPLE. 12 Depot Street, Pinecrest, XX 00000. Phone 555-0190. Not a real patient or clinic.",
        "Patient: Edna Villiers (FICTIONAL), 71. Chart FICT-29-0909. Indication: chronic atrial fibrillation "
        "(I48.20). Warfarin goal INR 2.0-3.0. Also on amiodarone 200 mg daily.",
        "Background from the PCP's referral: long-term warfarin (Z79.01). Citalopram 20 mg in 2015 for "
        "depression after her husband died; she recovered fully and stopped it in 2016. Trazodone 25 mg at "
        "night for sleep 2019-2020.",
        "",
        "03/04/2026  INR 2.4  warfarin 5 mg daily, no change.",
        "  Med change reported: PCP started sertraline 25 mg on 02/26/2026 for depression (PHQ-9 15 on "
        "02/26/2026). SSRI with warfarin raises bleeding risk: counseled on signs of bleeding.",
        "03/25/2026  INR 3.4  hold one dose, then 5 mg daily except 2.5 mg Mondays.",
        "  Sertraline increased to 50 mg on 03/18/2026.",
        "04/22/2026  INR 2.6  no change.",
        "  Easy bruising on both forearms and a 20-minute nosebleed on 04/18. The PCP stopped sertraline on "
        "04/20/2026 because of the bleeding with warfarin.",
        "05/20/2026  INR 2.5  no change.",
        "  PCP started mirtazapine 15 mg at bedtime on 05/12/2026 for mood and appetite; low interaction risk "
        "with warfarin. Her daughter offered her tramadol for a sore knee: advised not to take it.",
        "07/15/2026  INR 2.2  no change.",
        "  Mirtazapine 30 mg at bedtime since 06/30/2026. Mood \"brighter\", eating again.",
        "09/09/2026  INR 2.7  no change.",
        "  Mirtazapine 30 mg: she says she \"feels like herself again\" and her daughter agrees; PHQ-9 4 at the "
        "PCP on 09/02/2026.",
        "10/28/2026  INR 2.9  fluconazole 3-day course for thrush last week; recheck in 1 week.",
        "  Mirtazapine 30 mg continues. The PCP considered duloxetine for her knee and decided against it.",
        "",
        "Assessment at last visit: I48.20 chronic atrial fibrillation; Z79.01 long-term anticoagulant use; "
        "F32.1 major depressive disorder, single episode, moderate (per PCP problem list).",
        "J. Abernathy, PharmD, CACP (FICTIONAL)",
    ]])],
    history=[
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2015", "2016",
          "recovered fully and stopped it in 2016", "remission", F, 1,
          "she recovered fully and stopped it in 2016"),
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2026-02-26", "2026-04-20",
          "bruising and a nosebleed; PCP stopped it because of the bleeding with warfarin", "side_effects", F, 1,
          "The PCP stopped sertraline on 04/20/2026 because of the bleeding with warfarin."),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2026-05-12", None,
          "feels like herself again and her daughter agrees", "remission", F, 1,
          "Mirtazapine 30 mg: she says she \"feels like herself again\" and her daughter agrees"),
    ],
    scales=[S("PHQ-9", 15, "2026-02-26", F, 1, "PHQ-9 15 on 02/26/2026"),
            S("PHQ-9", 4, "2026-09-02", F, 1, "PHQ-9 4 at the PCP on 09/02/2026")],
    diagnoses=[D("I48.20", F, 1, "I48.20 chronic atrial fibrillation"),
               D("Z79.01", F, 1, "Z79.01 long-term anticoagulant use"),
               D("F32.1", F, 1, "F32.1 major depressive disorder, single episode, moderate")],
    suicidality=SU(None),
    note="Pharmacist-run anticoagulation (warfarin) clinic INR log, TXT. Rows: citalopram 2015-2016 (recovered "
         "fully and stopped: remission), sertraline 02/26-04/20/2026 (bruising, nosebleed, stopped by the PCP: "
         "side effects), mirtazapine from 05/12/2026, 30 mg since 06/30 (feels like herself again: remission, "
         "current). Not rows: warfarin, amiodarone, trazodone for sleep 2019-2020, daughter's tramadol, "
         "fluconazole, duloxetine considered. INR is not a scale. No record speaks of suicidality (null).",
))

# ---------------------------------------------------------------- 10
F = "informe_urgencias.pdf"
CASES.append(dict(
    slug="10-informe-urgencias-hospitalarias-espanol-pdf",
    docs=[(F, "pdf", [[
        "# Hospital Comarcal de Valdeloma - Servicio de Urgencias (FICTICIO)",
        "MUESTRA FICTICIA / FICTIONAL SAMPLE. Avenida de los Almendros 14, Valdeloma. Tel. 555-0104.",
        "Paciente: Rosa Aldana Quirós (FICTICIA), 45 años. NHC FICT-29-1010. Fecha: 28/11/2026, 03:15.",
        "# Motivo de consulta",
        "Dolor torácico opresivo y sensación de ahogo de una hora, con palpitaciones. ECG y troponinas normales.",
        "# Antecedentes psiquiátricos y tratamientos previos",
        "Paroxetina 20 mg de 2018 a 2019: \"me engordó doce kilos\" y la dejó.",
        "Escitalopram 15 mg desde marzo de 2024 hasta junio de 2025: \"no noté nada\".",
        "Desvenlafaxina 100 mg desde julio de 2025, que toma actualmente. Refiere: \"estoy mejor que antes, pero "
        "sigo sin ganas de nada\".",
        "Terapia cognitivo-conductual individual en su centro de salud mental, 10 sesiones entre septiembre y "
        "diciembre de 2025: le ayudó durante unos meses, pero en primavera volvió a estar como al principio.",
        "Toma zolpidem 5 mg para dormir y lorazepam 1 mg si ansiedad. Su madre toma sertralina (no la paciente).",
        "# Exploración y escalas",
        "Consciente, orientada, ansiosa, llanto fácil. PHQ-9: 17. GAD-7: 16.",
        "Niega ideación autolítica.",
        "# Tratamiento en urgencias",
        "Lorazepam 1 mg sublingual con mejoría de la crisis en 30 minutos.",
        "# Juicio clínico",
        "F41.0 trastorno de pánico; F33.1 trastorno depresivo mayor recurrente, moderado; R07.89 otro dolor "
        "torácico.",
        "# Recomendaciones",
        "Se propone añadir aripiprazol 2 mg, pendiente de valorar por su psiquiatra. Cita preferente en salud "
        "mental. Alta a domicilio.",
        "Dra. Inés Carvajal (FICTICIA), médica de urgencias.",
    ]])],
    history=[
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2018", "2019", "me engordó doce kilos; la dejó",
          "side_effects", F, 1, "Paroxetina 20 mg de 2018 a 2019: \"me engordó doce kilos\" y la dejó."),
        R("escitalopram", "SSRI", "antidepressant", "15 mg", "2024-03", "2025-06", "no noté nada",
          "no_response", F, 1, "Escitalopram 15 mg desde marzo de 2024 hasta junio de 2025: \"no noté nada\"."),
        R("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2025-07", None,
          "estoy mejor que antes, pero sigo sin ganas de nada", "partial_response", F, 1,
          "\"estoy mejor que antes, pero sigo sin ganas de nada\""),
        R("CBT", "psychotherapy", "psychotherapy", "10 sesiones", "2025-09", "2025-12",
          "le ayudó durante unos meses, pero en primavera volvió a estar como al principio", "relapse", F, 1,
          "le ayudó durante unos meses, pero en primavera volvió a estar como al principio."),
    ],
    scales=[S("PHQ-9", 17, "2026-11-28", F, 1, "PHQ-9: 17."), S("GAD-7", 16, "2026-11-28", F, 1, "GAD-7: 16.")],
    diagnoses=[D("F41.0", F, 1, "F41.0 trastorno de pánico"),
               D("F33.1", F, 1, "F33.1 trastorno depresivo mayor recurrente, moderado"),
               D("R07.89", F, 1, "R07.89 otro dolor torácico")],
    suicidality=SU("none", F, 1, "Niega ideación autolítica."),
    note="Spanish hospital emergency department report (MUESTRA FICTICIA), 1-page PDF; dates "
         "day/month/year. Rows: paroxetina 2018-2019 (gained twelve kilos, stopped: side effects), escitalopram "
         "03/2024-06/2025 (no noté nada: no response), desvenlafaxina since 07/2025 (better, still no drive: "
         "partial, current), individual CBT 09-12/2025, 10 sessions (helped for some months, back to the start "
         "in spring: relapse). Not rows: zolpidem for sleep, lorazepam as needed and in the ED, mother's "
         "sertralina, aripiprazol only proposed.",
))

# ---------------------------------------------------------------- 11
F1, F2 = "taper_sheet_photo1.jpg", "taper_sheet_photo2.jpg"
CASES.append(dict(
    slug="11-nurse-handwritten-cross-taper-instruction-sheet-photos",
    docs=[(F1, "photo", [[
        "! LINDEN ROW PSYCHIATRY (FICTIONAL) - FICTIONAL SAMPLE",
        "! 40 Linden Row, Ashby Vale, XX 00000 - 555-0196",
        "For: Carla Nyberg (FICTIONAL)  11/20/2026",
        "Dx F33.1",
        "What you have tried (for your records):",
        "Wellbutrin 150 mg 2019 - rash, stopped after 2 wks",
        "Zoloft 2021-2022, up to 150 mg - helped at first, then back where I started",
        "Cymbalta 60 mg 2022-2025 - did nothing for my mood, helped my back",
        "Effexor XR 150 mg since 04/2025 - a few more good days, still mostly low",
        "Switching: Effexor down, Trintellix up (your calendar is on page 2)",
        "PHQ-9 today 16",
    ]]), (F2, "photo", [[
        "! LINDEN ROW PSYCHIATRY (FICTIONAL) - page 2 - FICTIONAL SAMPLE",
        "Week of 11/23: Effexor 75 mg + Trintellix 5 mg",
        "Week of 11/30: Effexor 37.5 mg + Trintellix 10 mg",
        "From 12/7: stop Effexor, Trintellix 20 mg if OK",
        "Keep: trazodone 50 mg at night for sleep",
        "Lisinopril 10 mg - Dr. Mehta (BP)",
        "Do NOT take your husband's Xanax",
        "Therapy: keep seeing Jo (ACT) every 2 wks since 01/2026 - coping better, depression hasn't shifted",
        "Safety: no thoughts of suicide - call 555-0196 if that changes",
        "R. Hale, RN (FICTIONAL)",
    ]])],
    history=[
        R("bupropion", "NDRI", "antidepressant", "150 mg", "2019", "2019", "rash, stopped after 2 wks",
          "side_effects", F1, 1, "Wellbutrin 150 mg 2019 - rash, stopped after 2 wks"),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2021", "2022", "helped at first, then back where I "
          "started", "relapse", F1, 1, "Zoloft 2021-2022, up to 150 mg - helped at first, then back where I started"),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2022", "2025", "did nothing for my mood, helped my back",
          "no_response", F1, 1, "Cymbalta 60 mg 2022-2025 - did nothing for my mood, helped my back"),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2025-04", None, "a few more good days, still mostly low",
          "partial_response", F1, 1, "Effexor XR 150 mg since 04/2025 - a few more good days, still mostly low"),
        R("ACT", "psychotherapy", "psychotherapy", None, "2026-01", None, "coping better, depression hasn't shifted",
          "no_response", F2, 1,
          "Therapy: keep seeing Jo (ACT) every 2 wks since 01/2026 - coping better, depression hasn't shifted"),
    ],
    scales=[S("PHQ-9", 16, "2026-11-20", F1, 1, "PHQ-9 today 16")],
    diagnoses=[D("F33.1", F1, 1, "Dx F33.1")],
    suicidality=SU("none", F2, 1, "Safety: no thoughts of suicide"),
    note="Two phone photos of a nurse's handwritten cross-taper instruction sheet (JPEG). Rows: Wellbutrin 2019 "
         "(rash, stopped after 2 weeks: side effects), Zoloft 2021-2022 up to 150 mg (helped at first, then back "
         "where I started: relapse), Cymbalta 2022-2025 (nothing for mood, helped back: no response), Effexor XR "
         "since 04/2025 (a few more good days, still mostly low: partial; end null because the taper on page 2 is "
         "a plan written 11/20 and no later record says it happened), ACT since 01/2026 (coping better, depression "
         "hasn't shifted: no response). Not rows: Trintellix (a titration calendar starting after the sheet's "
         "date, never shown taken), trazodone for sleep, lisinopril, husband's Xanax.",
))

# ---------------------------------------------------------------- 12
F = "obesity_medicine_visits.pdf"
CASES.append(dict(
    slug="12-obesity-medicine-clinic-visits-pdf",
    docs=[(F, "pdf", [
        [
            "# Fairhollow Obesity Medicine Clinic - FICTIONAL RECORD",
            "FICTIONAL SAMPLE. 77 Tannery Lane, Fairhollow, XX 00000. Phone 555-0107.",
            "Patient: Harold Brightwater (FICTIONAL), 49. MRN FICT-29-1212. Physician: S. Adeyemi, MD, "
            "diplomate in obesity medicine (FICTIONAL).",
            "# New patient visit 06/09/2026",
            "Weight 136 kg, BMI 41.8. Weight rose from 98 kg in 2021, most of it in 2022-2024.",
            "Weight-related medication review:",
            "- Sertraline 100 mg from 2015; he stopped it in 2017 because he felt well. No weight change.",
            "- Mirtazapine 30 mg from 03/2022 to 08/2024. The best his mood had been in years, but he gained 40 lb "
            "on it and stopped it in 08/2024.",
            "- Quetiapine 100 mg at bedtime was added to mirtazapine for depression in 04/2023; it knocked him out "
            "and he stopped it in 06/2023.",
            "- Bupropion XL 300 mg since 09/2024, chosen by his psychiatrist as weight-neutral. Mood \"not as good "
            "as on mirtazapine, but okay.\"",
            "We avoided naltrexone-bupropion because he already takes bupropion; topiramate was considered and "
            "left for later.",
            "Other medicines: metformin 1000 mg twice daily; atorvastatin 20 mg.",
            "PHQ-9 11. No suicidal ideation.",
            "Plan: semaglutide weekly for weight, start 0.25 mg and step up monthly; intensive lifestyle program "
            "(nutrition and exercise classes, 12 sessions).",
        ],
        [
            "# Follow-up visit 10/06/2026",
            "Weight 124 kg (-12 kg). Semaglutide 1 mg weekly; mild nausea, settled. Lifestyle program: 8 of 12 "
            "classes attended.",
            "Bupropion XL 300 mg continues. His mood is \"holding steady, about 70% there\" on bupropion, and he "
            "no longer wants to eat at night.",
            "PHQ-9 9.",
            "Diagnoses: E66.01 severe obesity due to excess calories; Z68.41 BMI 40.0-44.9, adult; E11.9 type 2 "
            "diabetes without complications; F33.1 major depressive disorder, recurrent, moderate.",
            "Plan: semaglutide 1.7 mg from next month if nausea allows. Return in 3 months.",
            "S. Adeyemi, MD (FICTIONAL)",
        ],
    ])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2015", "2017", "stopped it because he felt well",
          "remission", F, 1, "he stopped it in 2017 because he felt well"),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2022-03", "2024-08",
          "best mood in years, but gained 40 lb and stopped it", "side_effects", F, 1,
          "The best his mood had been in years, but he gained 40 lb on it and stopped it in 08/2024."),
        R("quetiapine", "atypical antipsychotic", "augmentation", "100 mg", "2023-04", "2023-06",
          "it knocked him out and he stopped it", "side_effects", F, 1,
          "it knocked him out and he stopped it in 06/2023."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2024-09", None, "holding steady, about 70% there",
          "partial_response", F, 2, "His mood is \"holding steady, about 70% there\" on bupropion"),
    ],
    scales=[S("PHQ-9", 11, "2026-06-09", F, 1, "PHQ-9 11."), S("PHQ-9", 9, "2026-10-06", F, 2, "PHQ-9 9.")],
    diagnoses=[D("E66.01", F, 2, "E66.01 severe obesity due to excess calories"),
               D("Z68.41", F, 2, "Z68.41 BMI 40.0-44.9, adult"),
               D("E11.9", F, 2, "E11.9 type 2 diabetes without complications"),
               D("F33.1", F, 2, "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=SU("none", F, 1, "No suicidal ideation."),
    note="Obesity medicine clinic, new patient and follow-up, 2-page PDF. Rows: sertraline 2015-2017 (stopped "
         "because he felt well: remission), mirtazapine 03/2022-08/2024 (best mood in years but gained 40 lb, "
         "stopped: side effects), quetiapine 100 mg added to mirtazapine for depression 04-06/2023 (knocked him "
         "out, stopped: augmentation, side effects), bupropion XL since 09/2024 (about 70% there: partial, "
         "current). Not rows: naltrexone-bupropion avoided, topiramate considered, semaglutide and metformin "
         "for weight and diabetes, atorvastatin, the lifestyle program (nutrition and exercise, not therapy).",
))
