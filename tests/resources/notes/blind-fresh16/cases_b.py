"""Cases 07-12 of notes16. All people, clinics and numbers are FICTIONAL."""
from helpers import H, S, D, SUI

CASES = []

# ------------------------------------------------------------------ 07 esketamine PA form filled by the clinic (PDF) + LMN (DOCX)
F7a = "spravato_prior_auth_form.pdf"
F7b = "letter_of_medical_necessity.docx"
trials7 = [
    ["Drug", "Dose", "Start (mm/yy)", "End (mm/yy)", "Weeks", "Outcome"],
    ["Citalopram", "40 mg", "01/24", "05/24", "18", "Inadequate response"],
    ["Levomilnacipran (Fetzima)", "80 mg", "06/24", "08/24", "9", "D/C: tachycardia, palpitations"],
    ["Mirtazapine", "30 mg", "09/24", "02/25", "22", "Partial, then lost effect"],
    ["Desvenlafaxine", "100 mg", "03/25", "current", "80+", "Minimal improvement"],
]
aug7 = [
    ["Augmenting agent", "Added to", "Dose", "Dates", "Outcome"],
    ["Liothyronine (T3)", "Mirtazapine", "25 mcg", "12/24 - 02/25", "No benefit"],
]
p71 = [
    ("title", "Prior Authorization Request - Esketamine (Spravato) Nasal Spray"),
    ("p", "Clearwater Valley Health Plan - Pharmacy Services - FICTIONAL SAMPLE FORM. Fax completed form to 555-0110."),
    ("p", "Member: Danielle F. Kovacs   DOB: 06/21/1987   Member ID: CVH-FICT-204471   Group: 55-FICT"),
    ("p", "Prescriber: Tobias Lindqvist, MD (psychiatry)   Summit Ridge Psychiatry, 30 Larch Terrace, Alder Gap, CO   "
          "Phone 555-0136   Fax 555-0137"),
    ("h", "1. Diagnosis"),
    ("p", "ICD-10-CM: F33.2      [X] Treatment-resistant depression      [ ] Depressive symptoms with acute suicidal "
          "ideation or behavior"),
    ("h", "2. Antidepressant trials in the current episode (at least two, adequate dose and duration)"),
    ("table", trials7),
    ("h", "3. Augmentation"),
    ("p", "Augmentation tried?   [X] Yes   [ ] No"),
    ("table", aug7),
    ("h", "4. Psychotherapy"),
    ("p", "[X] CBT   [ ] DBT   [ ] IPT   [ ] Other      Dates: 2023      Sessions: 12      Outcome: no significant change "
          "in mood"),
    ("h", "5. Neuromodulation"),
    ("p", "Prior ECT?   [ ] Yes   [X] No"),
    ("p", "Prior TMS?   [X] Yes   [ ] No      If yes: 06/25 - 07/25, 22 of 30 planned sessions, stopped for headaches "
          "and scalp pain"),
]
p72 = [
    ("title", "Prior Authorization Request - Esketamine (Spravato) - page 2"),
    ("p", "FICTIONAL SAMPLE FORM. Member ID: CVH-FICT-204471"),
    ("h", "6. Severity and risk"),
    ("p", "PHQ-9: 22   Date: 10/28/2026        MADRS: 33   Date: 10/28/2026"),
    ("p", "Current suicidal ideation:   [X] Passive   [ ] Active   [ ] None"),
    ("h", "7. Request"),
    ("p", "Spravato 56 mg twice weekly for weeks 1-4 (induction), then 56-84 mg weekly; HCPCS J0013, 56 units per "
          "session. Administered at a REMS-certified site: Summit Ridge Psychiatry."),
    ("p", "Concurrent oral antidepressant: desvenlafaxine 100 mg daily (continue)."),
    ("h", "8. Attestation"),
    ("p", "I attest that the information above is accurate and supported by the medical record. Letter of medical "
          "necessity attached.   Signed: Tobias Lindqvist, MD (FICTIONAL)   Date: 11/02/2026"),
]
p7b = [
    ("title", "Letter of Medical Necessity - FICTIONAL SAMPLE"),
    ("p", "Summit Ridge Psychiatry, 30 Larch Terrace, Alder Gap, CO - tel 555-0136. November 2, 2026."),
    ("p", "Re: Danielle F. Kovacs, DOB 06/21/1987, member ID CVH-FICT-204471. Request: esketamine nasal spray."),
    ("p", "Ms. Kovacs is a 39-year-old woman with major depressive disorder, recurrent, severe without psychotic "
          "features (F33.2), in a current episode that began in late 2023. She has failed four antidepressants in "
          "this episode, listed with their doses and dates on the attached form: citalopram 40 mg (18 weeks, "
          "inadequate response), levomilnacipran (stopped for tachycardia), mirtazapine (a partial response that was "
          "lost) and desvenlafaxine 100 mg, which she still takes with minimal improvement. Liothyronine added to "
          "mirtazapine did not help. She completed 22 sessions of TMS in summer 2025 before headaches made her stop, "
          "and 12 sessions of CBT in 2023 without a change in her mood."),
    ("p", "In an earlier episode, as a college student in 2016, she took sertraline for about 6 weeks and stopped "
          "because 'it made me feel like a zombie'."),
    ("p", "She has never taken lithium, and I am not recommending it: she has chronic kidney disease, stage 3a "
          "(N18.31). Her PHQ-9 on 10/28/2026 was 22 and her MADRS 33. She has passive wishes to be dead most days, "
          "without a plan or intent, and has never attempted suicide."),
    ("p", "Esketamine with her current oral antidepressant is medically necessary. Sincerely, Tobias Lindqvist, MD "
          "(FICTIONAL)."),
]
CASES.append(dict(
    slug="07-esketamine-pa-form-and-lmn",
    note="FICTIONAL case. A health plan's esketamine prior-authorization form filled in by the clinic (2-page PDF "
         "with a trials table using mm/yy dates, an augmentation table with an 'Added to' column, checkbox lines for "
         "psychotherapy, ECT and TMS) and the psychiatrist's letter of medical necessity (DOCX) naming the same "
         "trials again (one row each, source the form) and adding sertraline 2016. Desvenlafaxine 'current' = end "
         "null, no_response. TMS 22 of 30 planned sessions, stopped for headaches = side_effects. Not rows: the "
         "requested esketamine, 'Prior ECT? [ ] Yes [X] No', 'never taken lithium'. Suicidality passive.",
    docs=[dict(file=F7a, fmt="pdf", pages=[p71, p72], footer="FICTIONAL - Clearwater Valley Health Plan PA form"),
          dict(file=F7b, fmt="docx", pages=[p7b])],
    history=[
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2024-01", "2024-05", "Inadequate response", "no_response", F7a, 1,
          "Citalopram 40 mg 01/24 05/24 18 Inadequate response"),
        H("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2024-06", "2024-08", "D/C: tachycardia, palpitations",
          "side_effects", F7a, 1, "Levomilnacipran (Fetzima) 80 mg 06/24 08/24 9 D/C: tachycardia, palpitations"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024-09", "2025-02", "Partial, then lost effect", "relapse", F7a, 1,
          "Mirtazapine 30 mg 09/24 02/25 22 Partial, then lost effect"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2025-03", None, "Minimal improvement", "no_response", F7a, 1,
          "Desvenlafaxine 100 mg 03/25 current 80+ Minimal improvement"),
        H("liothyronine", "thyroid hormone", "augmentation", "25 mcg", "2024-12", "2025-02", "No benefit", "no_response", F7a, 1,
          "Liothyronine (T3) Mirtazapine 25 mcg 12/24 - 02/25 No benefit"),
        H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2023", "2023", "no significant change in mood", "no_response",
          F7a, 1, "[X] CBT [ ] DBT [ ] IPT [ ] Other Dates: 2023 Sessions: 12 Outcome: no significant change in mood"),
        H("TMS", "rTMS", "neuromodulation", "22 sessions", "2025-06", "2025-07", "22 of 30 planned sessions, stopped for headaches and scalp pain",
          "side_effects", F7a, 1, "22 of 30 planned sessions, stopped for headaches and scalp pain"),
        H("sertraline", "SSRI", "antidepressant", None, "2016", "2016", "stopped because 'it made me feel like a zombie'",
          "side_effects", F7b, 1, "she took sertraline for about 6 weeks and stopped because 'it made me feel like a zombie'"),
    ],
    scales=[
        S("PHQ-9", 22, "2026-10-28", F7a, 2, "PHQ-9: 22 Date: 10/28/2026"),
        S("MADRS", 33, "2026-10-28", F7a, 2, "MADRS: 33 Date: 10/28/2026"),
    ],
    diagnoses=[D("F33.2", F7a, 1, "ICD-10-CM: F33.2"), D("N18.31", F7b, 1, "(N18.31)")],
    suicidality=SUI("passive", F7a, 2, "Current suicidal ideation: [X] Passive"),
))

# ------------------------------------------------------------------ 08 inpatient discharge summary (TXT)
F8 = "wrenfield_discharge_summary_2026-03-16.txt"
p8 = [
    ("title", "WRENFIELD BEHAVIORAL HOSPITAL - DISCHARGE SUMMARY (FICTIONAL SAMPLE RECORD)"),
    ("pre", "2200 Cypress Landing Rd, Osprey Flats, FL   Tel 555-0148   Fax 555-0149\n"
            "Patient: DESROSIERS, KAYLA M      DOB: 01/09/1992      MRN: WBH-FICT-41876\n"
            "Admitted: 03/02/2026      Discharged: 03/16/2026      Attending: Simone Achterberg, MD\n"
            "Legal status: voluntary"),
    ("h", "Discharge diagnoses"),
    ("pre", "1. Major depressive disorder, recurrent, severe without psychotic features (F33.2)\n"
            "2. Poisoning by selective serotonin reuptake inhibitors, intentional self-harm, initial encounter (T43.222A)\n"
            "3. Alcohol use disorder, mild (F10.10)"),
    ("h", "Reason for admission"),
    ("p", "Ms. Desrosiers is a 34-year-old woman admitted from the Osprey Flats Medical Center emergency department "
          "after an intentional overdose of about twenty 100 mg sertraline tablets with wine, taken on 02/28/2026 "
          "after an argument with her partner; she was medically cleared after two days of observation. She said "
          "she wanted to die and was disappointed to wake up."),
    ("h", "History of present illness and prior treatment"),
    ("p", "Depressed for about a year. Her primary-care physician started sertraline in 08/2025 and raised it to "
          "150 mg; she took it every day with no improvement. Bupropion XL 150 mg was started in 10/2025; she "
          "stopped it on her own in January 2026 because of an itchy rash. As a teenager (about 2007) she took "
          "fluoxetine for a few months and says it 'didn't do anything'. In 2024 she saw a counselor for "
          "interpersonal therapy, 10 sessions; she felt better for a couple of months and then her mood dropped "
          "again after a breakup. No prior psychiatric admissions. Father takes lithium for bipolar disorder."),
    ("h", "Hospital course"),
    ("p", "Sertraline was discontinued on admission. Venlafaxine XR was started on 03/03/2026 at 37.5 mg, raised to "
          "75 mg on 03/06 and 150 mg on 03/11. By discharge her sleep and appetite were better and she described "
          "her mood as 'a little lighter'; it is too early to judge the antidepressant effect. Naltrexone 50 mg "
          "daily was started on 03/10/2026 for alcohol use disorder. Quetiapine 25 mg at bedtime as needed for "
          "insomnia was used on four nights. She attended group therapy daily. ECT was discussed because of the "
          "severity of the episode; she and her mother declined. She asked about ketamine treatment, and "
          "information about an outpatient program was given."),
    ("h", "Measures"),
    ("p", "PHQ-9 26 on admission and 13 at discharge. C-SSRS on admission: ideation severity 5 (plan and intent "
          "before the overdose). C-SSRS since last contact at discharge: no ideation (score 0)."),
    ("h", "Mental status at discharge"),
    ("p", "Calm, good eye contact, mood 'okay', affect brighter and reactive. Denies suicidal ideation, intent or "
          "plan; future-oriented (returning to work, her cat). No psychosis."),
    ("h", "Discharge medications"),
    ("pre", "- Venlafaxine XR 150 mg by mouth daily\n"
            "- Naltrexone 50 mg by mouth daily (alcohol use disorder)\n"
            "- Quetiapine 25 mg at bedtime as needed for insomnia\n"
            "- STOP: sertraline"),
    ("h", "Follow-up"),
    ("p", "Outpatient psychiatry with Dr. Lemaire on 03/20/2026; intensive outpatient program starting 03/23/2026. "
          "Safety plan completed; her partner removed stored medicines from the home."),
    ("pre", "Electronically signed: Simone Achterberg, MD (FICTIONAL)   03/16/2026 17:42"),
]
CASES.append(dict(
    slug="08-inpatient-discharge-summary-txt",
    note="FICTIONAL case. A psychiatric hospital's discharge summary exported as plain text. Sertraline 150 mg since "
         "08/2025, no improvement, discontinued on admission (end 2026-03-02). Bupropion stopped for a rash = "
         "side_effects. Fluoxetine about 2007 'didn't do anything'. IPT 2024, better for a couple of months then "
         "mood dropped = relapse. Venlafaxine XR started 03/03/2026, continued at discharge, 'too early to judge' = "
         "unknown (end null). Not rows: naltrexone (alcohol use disorder), quetiapine 25 mg PRN insomnia, group "
         "therapy on the unit, ECT declined, ketamine asked about, father's lithium. Suicidality attempt (overdose "
         "02/28/2026).",
    docs=[dict(file=F8, fmt="txt", pages=[p8])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2025-08", "2026-03-02", "no improvement; discontinued on admission",
          "no_response", F8, 1, "she took it every day with no improvement"),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2025-10", "2026-01", "stopped it on her own because of an itchy rash",
          "side_effects", F8, 1, "she stopped it on her own in January 2026 because of an itchy rash"),
        H("fluoxetine", "SSRI", "antidepressant", None, "2007", "2007", "'didn't do anything'", "no_response", F8, 1,
          "she took fluoxetine for a few months and says it 'didn't do anything'"),
        H("IPT", "psychotherapy", "psychotherapy", "10 sessions", "2024", "2024",
          "felt better for a couple of months and then her mood dropped again", "relapse", F8, 1,
          "she felt better for a couple of months and then her mood dropped again after a breakup"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2026-03-03", None, "too early to judge the antidepressant effect",
          "unknown", F8, 1, "it is too early to judge the antidepressant effect"),
    ],
    scales=[
        S("PHQ-9", 26, "2026-03-02", F8, 1, "PHQ-9 26 on admission"),
        S("PHQ-9", 13, "2026-03-16", F8, 1, "13 at discharge"),
        S("C-SSRS", 5, "2026-03-02", F8, 1, "C-SSRS on admission: ideation severity 5"),
        S("C-SSRS", 0, "2026-03-16", F8, 1, "no ideation (score 0)"),
    ],
    diagnoses=[D("F33.2", F8, 1, "(F33.2)"), D("T43.222A", F8, 1, "(T43.222A)"), D("F10.10", F8, 1, "(F10.10)")],
    suicidality=SUI("attempt", F8, 1, "after an intentional overdose of about twenty 100 mg sertraline tablets with wine"),
))

# ------------------------------------------------------------------ 09 pain clinic note with ketamine infusion table (PDF)
F9 = "hollis_ridge_pain_followup_2026-10-27.pdf"
inf9 = [
    ["Inf #", "Date", "Ketamine dose", "Pain before", "Comments"],
    ["1", "08/24/2026", "0.5 mg/kg (36 mg) over 4 h", "8/10", "Mild dizziness, resolved"],
    ["2", "08/26/2026", "0.5 mg/kg (36 mg) over 4 h", "8/10", "-"],
    ["3", "08/28/2026", "0.6 mg/kg (43 mg) over 4 h", "7/10", "Slept well after"],
    ["4", "08/31/2026", "0.6 mg/kg (43 mg) over 4 h", "6/10", "-"],
    ["5", "09/02/2026", "0.6 mg/kg (43 mg) over 4 h", "5/10", "-"],
    ["6", "09/04/2026", "0.6 mg/kg (43 mg) over 4 h", "5/10", "Series complete"],
]
p91 = [
    ("title", "Hollis Ridge Pain & Spine - Follow-up Visit"),
    ("p", "FICTIONAL SAMPLE RECORD. 715 Quillen Pkwy, Marlow Basin, NC. Tel 555-0121, fax 555-0122. Patient: "
          "Georgina P. Threlkeld, DOB 05/17/1974, MRN HRPS-FICT-2290. Date of visit: 10/27/2026. Provider: Ansel "
          "Vickery, MD (anesthesiology, pain medicine)."),
    ("h", "Diagnoses"),
    ("p", "Fibromyalgia (M79.7); chronic pain syndrome (G89.4); major depressive disorder, recurrent, moderate "
          "(F33.1), treated by her psychiatrist."),
    ("h", "History"),
    ("p", "Widespread pain since 2019. Medicines tried for pain: duloxetine 60 mg in 2023 gave her nausea and "
          "sweating and was stopped after 3 weeks. Milnacipran 100 mg twice daily from 10/2023 to 06/2024 brought "
          "her pain down from 8/10 to about 6/10; it was stopped only because her plan removed it from the "
          "formulary. Pregabalin 150 mg twice daily from 07/2024 to 11/2024 caused dizziness and a 6 kg weight "
          "gain. Low-dose naltrexone 4.5 mg nightly since 01/2025: 'maybe a little less achy', hard to say."),
    ("p", "Amitriptyline has not been tried because of her QTc of 478 ms. Trigger point injections were offered in "
          "2024; she declined. Her psychiatrist prescribes bupropion XL 300 mg for depression, taken since 2022; "
          "she feels it has partly helped her mood. Cyclobenzaprine 5 mg as needed for spasm, tramadol 50 mg up "
          "to twice daily as needed (uses about twice a week)."),
    ("h", "Intravenous ketamine series for fibromyalgia"),
    ("p", "Six outpatient infusions, 08/24/2026 to 09/04/2026, ondansetron 4 mg IV before each for nausea."),
    ("table", inf9),
]
p92 = [
    ("title", "Hollis Ridge Pain & Spine - Follow-up Visit, page 2"),
    ("p", "FICTIONAL SAMPLE RECORD. Patient: Georgina P. Threlkeld, MRN HRPS-FICT-2290. Date of visit: 10/27/2026."),
    ("h", "Interval history and exam"),
    ("p", "Since the series her pain is about 4/10 on most days, roughly half of where she started, and she is "
          "sleeping better; the benefit has held for seven weeks so far. Today pain is 4/10 at rest, 6/10 after "
          "activity. PHQ-9 today 12. Denies suicidal ideation. Tender points widespread; no focal deficits."),
    ("h", "Assessment"),
    ("p", "Fibromyalgia with a partial response to the IV ketamine series (about 50% less pain, sustained). "
          "Milnacipran had helped partly before the formulary change."),
    ("h", "Plan"),
    ("p", "Request authorization for booster infusions every 6-8 weeks (CPT 96365, 96366; HCPCS J3490 with NDC); "
          "she has not had a booster yet. Appeal the milnacipran formulary exclusion. Continue low-dose "
          "naltrexone. Consider aquatic therapy. Return in 6 weeks."),
    ("p", "Ansel Vickery, MD (FICTIONAL)"),
]
CASES.append(dict(
    slug="09-pain-clinic-ketamine-infusions",
    note="FICTIONAL case. An interventional pain clinic's follow-up (2-page PDF) for fibromyalgia with an infusion "
         "table (date, dose, pain before). Racemic IV ketamine, 6 infusions 08/24-09/04/2026, about 50% less pain "
         "sustained = partial_response (kind other; the booster is only requested, so the series is closed). "
         "Milnacipran partial, stopped for a formulary change (decides nothing: partial). Pregabalin and low-dose "
         "naltrexone are kind other; naltrexone 'maybe a little less achy, hard to say' = unknown, ongoing. "
         "Bupropion (psychiatrist, for depression) 'partly helped her mood', ongoing. Not rows: amitriptyline 'has "
         "not been tried', trigger point injections declined, cyclobenzaprine and tramadol PRN, ondansetron before "
         "infusions, aquatic therapy considered. Suicidality none.",
    docs=[dict(file=F9, fmt="pdf", pages=[p91, p92], footer="FICTIONAL - Hollis Ridge Pain & Spine")],
    history=[
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2023", "2023", "nausea and sweating; stopped after 3 weeks",
          "side_effects", F9, 1, "duloxetine 60 mg in 2023 gave her nausea and sweating and was stopped after 3 weeks"),
        H("milnacipran", "SNRI", "antidepressant", "100 mg twice daily", "2023-10", "2024-06",
          "pain down from 8/10 to about 6/10; stopped only because of the formulary", "partial_response", F9, 1,
          "brought her pain down from 8/10 to about 6/10"),
        H("pregabalin", "gabapentinoid", "other", "150 mg twice daily", "2024-07", "2024-11", "dizziness and a 6 kg weight gain",
          "side_effects", F9, 1, "Pregabalin 150 mg twice daily from 07/2024 to 11/2024 caused dizziness and a 6 kg weight gain"),
        H("naltrexone", "opioid antagonist (low dose)", "other", "4.5 mg", "2025-01", None, "'maybe a little less achy', hard to say",
          "unknown", F9, 1, "Low-dose naltrexone 4.5 mg nightly since 01/2025: 'maybe a little less achy', hard to say"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2022", None, "partly helped her mood", "partial_response", F9, 1,
          "she feels it has partly helped her mood"),
        H("ketamine", "NMDA antagonist", "other", "6 infusions", "2026-08-24", "2026-09-04",
          "partial response: about 50% less pain, sustained", "partial_response", F9, 2,
          "partial response to the IV ketamine series (about 50% less pain, sustained)"),
    ],
    scales=[
        S("pain NRS", 8, "2026-08-24", F9, 1, "1 08/24/2026 0.5 mg/kg (36 mg) over 4 h 8/10"),
        S("pain NRS", 8, "2026-08-26", F9, 1, "2 08/26/2026 0.5 mg/kg (36 mg) over 4 h 8/10"),
        S("pain NRS", 7, "2026-08-28", F9, 1, "3 08/28/2026 0.6 mg/kg (43 mg) over 4 h 7/10"),
        S("pain NRS", 6, "2026-08-31", F9, 1, "4 08/31/2026 0.6 mg/kg (43 mg) over 4 h 6/10"),
        S("pain NRS", 5, "2026-09-02", F9, 1, "5 09/02/2026 0.6 mg/kg (43 mg) over 4 h 5/10"),
        S("pain NRS", 5, "2026-09-04", F9, 1, "6 09/04/2026 0.6 mg/kg (43 mg) over 4 h 5/10"),
        S("pain NRS", 4, "2026-10-27", F9, 2, "Today pain is 4/10 at rest"),
        S("pain NRS", 6, "2026-10-27", F9, 2, "6/10 after activity"),
        S("PHQ-9", 12, "2026-10-27", F9, 2, "PHQ-9 today 12"),
    ],
    diagnoses=[D("M79.7", F9, 1, "Fibromyalgia (M79.7)"), D("G89.4", F9, 1, "chronic pain syndrome (G89.4)"), D("F33.1", F9, 1, "(F33.1)")],
    suicidality=SUI("none", F9, 2, "Denies suicidal ideation"),
))

# ------------------------------------------------------------------ 10 primary-care note, phone photo (JPEG)
F10 = "pcp_visit_2026-11-02_photo.jpg"
p10 = [
    ("title", "Cottonwood Family Medicine - Office Visit"),
    ("p", "FICTIONAL SAMPLE RECORD. 18 Prairie Bell Rd, Lark Hollow, NE. Tel 555-0176. Patient: Eleanor V. "
          "Pribble, DOB 08/03/1959. Chart CFM-FICT-10558. Date: 11/02/2026. Provider: Lionel Strand, MD."),
    ("h", "Reason for visit"),
    ("p", "Follow-up of depression, atrial fibrillation and diabetes."),
    ("h", "HPI"),
    ("p", "Depressed since her husband died in 2023. Escitalopram 10 mg from 02/2024 to 01/2025 'did nothing' per "
          "pt; stopped. Mirtazapine started 01/2025 at 15 mg, increased to 30 mg 04/2025: sleeping and eating "
          "better, mood somewhat better but still low most days. Bupropion was prescribed 06/2025 but she never "
          "started it (worried about her heart medicines). CBT through the county clinic, 8 sessions in spring "
          "2025: 'didn't feel it helped'. In 2010 she took sertraline 50 mg for about a week; 'made me jittery', "
          "stopped."),
    ("p", "PHQ-9 today 14 (was 18 in 06/2026). Item 9 scored 1: on direct questioning, passive thoughts that she "
          "would be better off dead, no plan or intent; feels safe; lives with her daughter."),
    ("h", "Medications"),
    ("p", "Mirtazapine 30 mg at bedtime; metoprolol succinate 50 mg daily; apixaban 5 mg twice daily; metformin "
          "1000 mg twice daily; gabapentin 300 mg three times daily for diabetic neuropathy."),
    ("h", "Assessment / Plan"),
    ("p", "1. Major depressive disorder, recurrent, moderate (F33.1): partial response to mirtazapine. Refer "
          "to psychiatry (Dr. Hale); consider augmentation per psychiatry."),
    ("p", "2. Atrial fibrillation (I48.91): rate controlled, continue apixaban."),
    ("p", "3. Type 2 diabetes with polyneuropathy (E11.42): A1c 7.1; continue."),
    ("p", "Return 3 months. Lionel Strand, MD (FICTIONAL)"),
]
CASES.append(dict(
    slug="10-pcp-note-phone-photo",
    note="FICTIONAL case. A phone photo (JPEG) of a printed primary-care visit note, the page slightly rotated on a "
         "dark desk with light falling off toward one corner; OCR needed. Escitalopram 02/2024-01/2025 'did "
         "nothing'; mirtazapine 15 -> 30 mg since 01/2025, partial, ongoing; CBT 8 sessions spring 2025 (season = "
         "year) no help; sertraline 2010 about a week, jittery = side_effects. Not rows: bupropion prescribed but "
         "never started, gabapentin (diabetic neuropathy), metoprolol, apixaban, metformin, 'consider augmentation'. "
         "Suicidality passive (PHQ-9 item 9, passive thoughts).",
    docs=[dict(file=F10, fmt="jpeg", pages=[p10], footer="FICTIONAL - printed 11/02/2026 - page 1 of 1")],
    history=[
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2024-02", "2025-01", "'did nothing' per pt; stopped", "no_response",
          F10, 1, "Escitalopram 10 mg from 02/2024 to 01/2025 'did nothing' per pt"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-01", None,
          "sleeping and eating better, mood somewhat better but still low most days; partial response", "partial_response",
          F10, 1, "partial response to mirtazapine"),
        H("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2025", "2025", "'didn't feel it helped'", "no_response", F10, 1,
          "CBT through the county clinic, 8 sessions in spring 2025: 'didn't feel it helped'"),
        H("sertraline", "SSRI", "antidepressant", "50 mg", "2010", "2010", "'made me jittery', stopped", "side_effects", F10, 1,
          "In 2010 she took sertraline 50 mg for about a week; 'made me jittery', stopped"),
    ],
    scales=[
        S("PHQ-9", 14, "2026-11-02", F10, 1, "PHQ-9 today 14"),
        S("PHQ-9", 18, "2026-06", F10, 1, "(was 18 in 06/2026)"),
    ],
    diagnoses=[D("F33.1", F10, 1, "(F33.1)"), D("I48.91", F10, 1, "Atrial fibrillation (I48.91)"), D("E11.42", F10, 1, "(E11.42)")],
    suicidality=SUI("passive", F10, 1, "passive thoughts that she would be better off dead, no plan or intent"),
))

# ------------------------------------------------------------------ 11 therapy progress notes (DOCX)
F11 = "juniper_street_therapy_notes.docx"
HD11 = "Dx: F33.1 Major depressive disorder, recurrent, moderate; Z63.0 Problems in relationship with spouse or partner."
p11 = [
    ("title", "Juniper Street Counseling - Progress Notes (FICTIONAL SAMPLE RECORD)"),
    ("p", "41 Juniper St, Sable Ford, VT. Tel 555-0183. Client: Rosalind K. Amari, DOB 10/26/1986, client ID "
          "JSC-FICT-0927. Therapist: Naomi Eberhart, LICSW. Psychiatric medicines are prescribed by Dr. Faraday "
          "(outside practice)."),
    ("h", "07/07/2026 - Intake (session 1)"),
    ("p", HD11),
    ("p", "Client reports two years of low mood, withdrawal from friends, poor sleep. Prior therapy: 20 sessions of "
          "CBT in 2022 with another therapist; she says it 'helped for a few months' and then the depression came "
          "back. Also 3 sessions of ACT (acceptance and commitment therapy) through her employer's EAP in 2024; "
          "they stopped when the EAP session limit ran out, and she can't say whether it helped. Medicines per "
          "client: sertraline 100 mg since 2025; bupropion XL 150 mg added 05/2026. PHQ-9 19, GAD-7 14. Denies "
          "SI. Plan: weekly behavioral activation (BA)."),
    ("h", "07/14/2026 - Session 2"),
    ("p", HD11),
    ("p", "Activity monitoring reviewed; mood lowest on weekends. PHQ-9 18. Scheduled three valued activities."),
    ("h", "07/21/2026 - Session 3"),
    ("p", HD11),
    ("p", "Client disclosed thoughts of killing herself by driving off the road on the way home from work, no intent "
          "and no worked-out plan; C-SSRS ideation severity 3. Safety plan completed together; Dr. Faraday informed "
          "with client's consent. Husband suggested she 'try ketamine like his coworker'."),
    ("h", "08/04/2026 - Session 5"),
    ("p", HD11),
    ("p", "Client says she stopped sertraline on her own in mid-July because of sexual side effects; Dr. Faraday is "
          "aware and increased bupropion to 300 mg this month. Denies SI since the safety plan; uses it. PHQ-9 17."),
    ("h", "08/25/2026 - Session 8"),
    ("p", HD11),
    ("p", "Completed 4 of 5 scheduled activities. PHQ-9 16. No SI."),
    ("h", "10/06/2026 - Session 12"),
    ("p", HD11),
    ("p", "About bupropion 300 mg: 'I think it's helping a bit, maybe' - she is not sure. Worked on avoidance at "
          "work. Denies SI."),
    ("h", "11/10/2026 - Session 15"),
    ("p", HD11),
    ("p", "PHQ-9 15, GAD-7 11. Denies SI. BA so far: some improvement (PHQ-9 19 -> 15) after 15 sessions, still "
          "moderate depression. Plan: continue BA for 8 more sessions; client may ask Dr. Faraday about other "
          "options."),
    ("p", "Naomi Eberhart, LICSW (FICTIONAL)"),
]
CASES.append(dict(
    slug="11-therapy-progress-notes-docx",
    note="FICTIONAL case. A therapist's progress notes (DOCX, dated session entries with a diagnosis line copied "
         "forward into each). Behavioral activation since 07/07/2026, 15 sessions, PHQ-9 19 -> 15, continuing = "
         "partial_response, end null. CBT 2022 'helped for a few months' then came back = relapse. ACT 3 sessions "
         "2024, stopped when the EAP limit ran out, can't say = unknown. Sertraline since 2025, stopped mid-July 2026 "
         "for sexual side effects. Bupropion added 05/2026 (an antidepressant: kind antidepressant), 'I think it's "
         "helping a bit, maybe' = unknown, ongoing. Not rows: ketamine suggested by the husband, 'other options'. "
         "Suicidality active (thoughts of killing herself by a method, C-SSRS 3), none later.",
    docs=[dict(file=F11, fmt="docx", pages=[p11])],
    history=[
        H("behavioral activation", "psychotherapy", "psychotherapy", "15 sessions", "2026-07-07", None,
          "some improvement (PHQ-9 19 -> 15), still moderate depression", "partial_response", F11, 1,
          "BA so far: some improvement (PHQ-9 19 -> 15) after 15 sessions"),
        H("CBT", "psychotherapy", "psychotherapy", "20 sessions", "2022", "2022", "'helped for a few months' and then the depression came back",
          "relapse", F11, 1, "20 sessions of CBT in 2022 with another therapist; she says it 'helped for a few months' and then the depression came back"),
        H("acceptance and commitment therapy", "psychotherapy", "psychotherapy", "3 sessions", "2024", "2024",
          "stopped when the EAP session limit ran out; she can't say whether it helped", "unknown", F11, 1,
          "she can't say whether it helped"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2025", "2026-07", "stopped on her own because of sexual side effects",
          "side_effects", F11, 1, "she stopped sertraline on her own in mid-July because of sexual side effects"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2026-05", None, "'I think it's helping a bit, maybe' - she is not sure",
          "unknown", F11, 1, "About bupropion 300 mg: 'I think it's helping a bit, maybe' - she is not sure"),
    ],
    scales=[
        S("PHQ-9", 19, "2026-07-07", F11, 1, "PHQ-9 19, GAD-7 14"),
        S("GAD-7", 14, "2026-07-07", F11, 1, "PHQ-9 19, GAD-7 14"),
        S("PHQ-9", 18, "2026-07-14", F11, 1, "PHQ-9 18"),
        S("C-SSRS", 3, "2026-07-21", F11, 1, "C-SSRS ideation severity 3"),
        S("PHQ-9", 17, "2026-08-04", F11, 1, "PHQ-9 17"),
        S("PHQ-9", 16, "2026-08-25", F11, 1, "PHQ-9 16"),
        S("PHQ-9", 15, "2026-11-10", F11, 1, "PHQ-9 15, GAD-7 11"),
        S("GAD-7", 11, "2026-11-10", F11, 1, "PHQ-9 15, GAD-7 11"),
    ],
    diagnoses=[D("F33.1", F11, 1, "F33.1 Major depressive disorder"), D("Z63.0", F11, 1, "Z63.0 Problems in relationship with spouse or partner")],
    suicidality=SUI("active", F11, 1, "Client disclosed thoughts of killing herself by driving off the road"),
))

# ------------------------------------------------------------------ 12 Spanish progress notes (PDF)
F12 = "nota_evolucion_psiquiatria_2026.pdf"
ANT12 = ("Antecedentes de tratamiento (copiados de la nota anterior y revisados): sertralina 100 mg en 2019 durante "
         "4 meses, sin mejoría. Venlafaxina 150 mg desde marzo de 2020 hasta diciembre de 2021: mejoró bastante "
         "durante el primer año; después recayó a pesar de la misma dosis. Terapia cognitivo-conductual (TCC), 12 "
         "sesiones en otoño de 2022: aprendió técnicas, pero el ánimo siguió igual. Escitalopram 20 mg desde enero "
         "de 2025 (actual); PHQ-9 de 20 en enero de 2025. Quetiapina 50 a 150 mg se agregó al escitalopram en junio "
         "de 2025; la suspendió en septiembre de 2025 por somnolencia excesiva y aumento de peso. Nunca ha probado "
         "litio. Rechazó la TEC en 2024.")
HD12 = ("MUESTRA FICTICIA - Clínica Los Álamos, Salud Mental. 305 Calle Nogal, Villa Corrales, TX. Tel. 555-0193. "
        "Paciente: Rogelio A. Benavides Ortiz. Fecha de nacimiento: 14/02/1970. Expediente: CLA-FICT-7712.")
p121 = [
    ("title", "Nota de evolución - Psiquiatría"),
    ("p", HD12),
    ("p", "Fecha de la consulta: 14 de julio de 2026. Médica: Dra. Inés Carvajal Montoya."),
    ("h", "Subjetivo"),
    ("p", "Refiere ánimo bajo casi todos los días, cansancio y poco interés en el taller. Toma escitalopram 20 mg "
          "diario sin olvidos. Duerme 5 horas. Niega ideación suicida."),
    ("p", ANT12),
    ("p", "Otros medicamentos: metformina 850 mg dos veces al día (diabetes tipo 2). Su madre toma fluoxetina."),
    ("h", "Objetivo"),
    ("p", "Afecto aplanado, lenguaje lento. PHQ-9: 15."),
    ("h", "Análisis"),
    ("p", "Trastorno depresivo mayor, recurrente, moderado (F33.1). Diabetes mellitus tipo 2 sin complicaciones "
          "(E11.9)."),
    ("h", "Plan"),
    ("p", "Continuar escitalopram 20 mg. Cita en 3 meses."),
]
p122 = [
    ("title", "Nota de evolución - Psiquiatría"),
    ("p", HD12),
    ("p", "Fecha de la consulta: 20 de octubre de 2026. Médica: Dra. Inés Carvajal Montoya."),
    ("h", "Subjetivo"),
    ("p", "Algo mejor que en julio, pero sigue sin disfrutar nada. Niega ideación suicida activa; refiere "
          "pensamientos pasivos de muerte ocasionales ('a veces quisiera no despertar'), sin plan ni intención."),
    ("p", ANT12),
    ("p", "Otros medicamentos: metformina 850 mg dos veces al día (diabetes tipo 2). Su madre toma fluoxetina."),
    ("h", "Objetivo"),
    ("p", "Afecto restringido, más reactivo. PHQ-9: 13. GAD-7: 10."),
    ("h", "Análisis"),
    ("p", "Trastorno depresivo mayor, recurrente, moderado (F33.1). Escitalopram: respuesta parcial (PHQ-9 de 20 "
          "a 13) tras más de 20 meses."),
    ("h", "Plan"),
    ("p", "Continuar escitalopram 20 mg. Considerar agregar litio o referir para EMT. Plan de seguridad revisado."),
]
CASES.append(dict(
    slug="12-nota-evolucion-espanol",
    note="FICTIONAL case (MUESTRA FICTICIA). Two Spanish psychiatric progress notes (2-page PDF) with a treatment "
         "history paragraph copied forward on both pages. Escitalopram since enero de 2025, partial, ongoing. "
         "Venlafaxina improved then recayó = relapse. TCC (CBT) 12 sesiones otoño de 2022 (season = year), ánimo "
         "igual = no_response. Quetiapina added to escitalopram (augmentation) stopped for somnolence and weight. "
         "Not rows: 'Nunca ha probado litio', 'Rechazó la TEC', mother's fluoxetine, metformina, 'Considerar agregar "
         "litio o referir para EMT'. Suicidality none (p. 1) -> passive (p. 2): highest passive.",
    docs=[dict(file=F12, fmt="pdf", pages=[p121, p122], footer="MUESTRA FICTICIA - Clínica Los Álamos")],
    history=[
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2019", "2019", "durante 4 meses, sin mejoría", "no_response", F12, 1,
          "sertralina 100 mg en 2019 durante 4 meses, sin mejoría"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2020-03", "2021-12",
          "mejoró bastante durante el primer año; después recayó a pesar de la misma dosis", "relapse", F12, 1,
          "Venlafaxina 150 mg desde marzo de 2020 hasta diciembre de 2021: mejoró bastante durante el primer año; después recayó"),
        H("CBT", "psychotherapy", "psychotherapy", "12 sesiones", "2022", "2022", "aprendió técnicas, pero el ánimo siguió igual",
          "no_response", F12, 1, "Terapia cognitivo-conductual (TCC), 12 sesiones en otoño de 2022: aprendió técnicas, pero el ánimo siguió igual"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-01", None, "respuesta parcial (PHQ-9 de 20 a 13)",
          "partial_response", F12, 2, "Escitalopram: respuesta parcial (PHQ-9 de 20 a 13)"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2025-06", "2025-09",
          "la suspendió por somnolencia excesiva y aumento de peso", "side_effects", F12, 1,
          "la suspendió en septiembre de 2025 por somnolencia excesiva y aumento de peso"),
    ],
    scales=[
        S("PHQ-9", 20, "2025-01", F12, 1, "PHQ-9 de 20 en enero de 2025"),
        S("PHQ-9", 15, "2026-07-14", F12, 1, "PHQ-9: 15"),
        S("PHQ-9", 13, "2026-10-20", F12, 2, "PHQ-9: 13"),
        S("GAD-7", 10, "2026-10-20", F12, 2, "GAD-7: 10"),
    ],
    diagnoses=[D("F33.1", F12, 1, "(F33.1)"), D("E11.9", F12, 1, "(E11.9)")],
    suicidality=SUI("passive", F12, 2, "refiere pensamientos pasivos de muerte ocasionales ('a veces quisiera no despertar'), sin plan ni intención"),
))
