"""Cases 07-12 of blind-fresh10. Every person, clinic, plan, phone number and code-holder here is FICTIONAL."""
from cases_a import D, H, S, SUI, truth

# ---------------------------------------------------------------- 07 neurology / neuropathic pain follow-up, 2-page PDF
F7 = "quillfield_neuro_pain_2026-10-27.pdf"
c07 = {
    "slug": "07-neuropathic-pain-ketamine-pdf",
    "docs": [{"file": F7, "type": "pdf", "font": "Times-Roman", "size": 10.5,
              "header": "Quillfield Neurology & Pain (FICTIONAL) - Osei-Brandt, Wren - DOS 10/27/2026",
              "pages": [[
                  "# Quillfield Neurology & Pain - Follow-up Visit",
                  "FICTIONAL RECORD - invented patient and practice; for software testing only.",
                  "Patient: Wren Osei-Brandt (fictional), 47   DOS 10/27/2026   Provider: Anil Szabo, MD (fictional)",
                  "CC: burning pain in both feet and lower legs; low mood.",
                  "HPI: Biopsy-confirmed small fiber neuropathy since 2020. Pain 7/10 at rest today, 9/10 at night "
                  "when the sheets touch her feet. Depression has worsened with the pain; PHQ-9 17 today. She "
                  "denies suicidal ideation.",
                  "Exam: reduced pinprick to mid-shin bilaterally, reflexes preserved.",
                  "Impression: G62.9 Polyneuropathy, unspecified (small fiber). G89.4 Chronic pain syndrome. "
                  "F33.1 Major depressive disorder, recurrent, moderate.",
                  "Prior treatment trials are listed on page 2.",
              ], [
                  "## Prior treatments for neuropathic pain (patient report and outside records)",
                  "1) Amitriptyline 25 mg, raised to 50 mg qhs, 2021 to 03/2022: dry mouth and next-day "
                  "grogginess; stopped 03/2022 for those.",
                  "2) Duloxetine 60 mg, 04/2022 - 01/2023: maybe 20% pain reduction, mood unchanged.",
                  "3) Pregabalin up to 300 mg/day, 2023: dizziness and ankle swelling, stopped after two months.",
                  "4) Tramadol 50 mg four times daily, 06/2023 - 12/2023: minimal relief, tapered off. Never on "
                  "long-acting opioids.",
                  "5) IV ketamine (racemic), 0.5 mg/kg over 4 hours, 5 infusions 02/2024 - 03/2024: pain down to "
                  "4/10 for about three weeks after the series, then back to baseline.",
                  "A lidocaine infusion was scheduled in 2025 but cancelled by the patient. Spinal cord stimulator "
                  "trial: declined.",
                  "## Plan",
                  "Consider a repeat ketamine series if the plan approves it; low-dose naltrexone discussed. "
                  "Continue topical capsaicin 8% patch every 3 months. RTC 8 weeks.",
                  "A. Szabo, MD (FICTIONAL)",
              ]]}],
    "truth": truth(
        "Two-page PDF pain note; trials on p. 2. Amitriptyline/duloxetine given for pain stay kind antidepressant. "
        "Racemic IV ketamine is kind other; 'pain down to 4/10 for about three weeks ..., then back to baseline' -> "
        "relapse (dose '5 infusions'). Duloxetine 'maybe 20% pain reduction, mood unchanged' -> partial_response. "
        "Pregabalin 'up to 300 mg/day, 2023' -> 2023. Not rows: lidocaine infusion (cancelled), spinal cord "
        "stimulator (declined), long-acting opioids (never), repeat ketamine and naltrexone (plan), capsaicin "
        "patch (topical, no outcome; not a psychiatric or systemic trial - left out). The '4/10' on p. 2 is a "
        "historical post-infusion level without a date of its own: not scored. Suicidality none.",
        [H("amitriptyline", "TCA", "antidepressant", "50 mg qhs", "2021", "2022-03",
           "dry mouth and next-day grogginess; stopped 03/2022 for those", "side_effects", F7, 2,
           "dry mouth and next-day grogginess; stopped 03/2022 for those."),
         H("duloxetine", "SNRI", "antidepressant", "60 mg", "2022-04", "2023-01",
           "maybe 20% pain reduction, mood unchanged", "partial_response", F7, 2,
           "maybe 20% pain reduction, mood unchanged"),
         H("pregabalin", "gabapentinoid", "other", "300 mg/day", "2023", "2023",
           "dizziness and ankle swelling, stopped after two months", "side_effects", F7, 2,
           "dizziness and ankle swelling, stopped after two months"),
         H("tramadol", "opioid", "other", "50 mg four times daily", "2023-06", "2023-12", "minimal relief",
           "no_response", F7, 2, "06/2023 - 12/2023: minimal relief, tapered off"),
         H("ketamine", "NMDA antagonist (anaesthetic)", "other", "5 infusions", "2024-02", "2024-03",
           "pain down to 4/10 for about three weeks after the series, then back to baseline", "relapse", F7, 2,
           "4/10 for about three weeks after the series, then back to baseline")],
        [S("pain NRS", 7, "2026-10-27", F7, 1, "Pain 7/10 at rest today"),
         S("pain NRS", 9, "2026-10-27", F7, 1, "9/10 at night"),
         S("PHQ-9", 17, "2026-10-27", F7, 1, "PHQ-9 17 today")],
        [D("G62.9", F7, 1, "G62.9 Polyneuropathy, unspecified"),
         D("G89.4", F7, 1, "G89.4 Chronic pain syndrome"),
         D("F33.1", F7, 1, "F33.1 Major depressive disorder, recurrent, moderate")],
        SUI("none", F7, 1, "She denies suicidal ideation.")),
}

# ---------------------------------------------------------------- 08 patient's own printed timeline, phone photo
F8 = "my_med_timeline_photo.jpg"
L8 = [
    "# MY DEPRESSION TREATMENTS",
    "for Dr. Abara's office - Inez Calloway (FICTIONAL patient)",
    "FICTIONAL example document for software testing",
    "",
    "Celexa 20mg - early 2019 to fall 2019 - made me numb, stopped",
    "Paxil 30mg - 2020 - gained 25 lbs, quit",
    "Remeron 30mg - summer 2021 - slept great, mood same",
    "CBT talk therapy, 20 sessions - 2022 - helped some",
    "Trintellix 20mg - since Jan 2024 - a bit better, still taking",
    "",
    "Never tried: lithium, ECT, TMS",
    "(my brother takes Effexor, works for him)",
    "",
    "Last PHQ-9 = 20 on 10/21/2026",
    "Sometimes I wish I could just disappear,",
    "but I would never do anything. No plan.",
]
c08 = {
    "slug": "08-patient-timeline-photo",
    "docs": [{"file": F8, "type": "jpeg", "lines": L8}],
    "truth": truth(
        "Phone photo (JPEG) of a patient's own typed list; page 1. Brands: Celexa=citalopram, Paxil=paroxetine, "
        "Remeron=mirtazapine, Trintellix=vortioxetine. 'early 2019 to fall 2019' -> 2019; 'summer 2021' -> 2021. "
        "Citalopram 'made me numb, stopped' -> side_effects (emotional blunting). Vortioxetine ongoing, end null. "
        "Not rows: lithium/ECT/TMS (never tried), Effexor (brother's). Suicidality passive ('wish I could just "
        "disappear ... No plan').",
        [H("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2019", "made me numb, stopped",
           "side_effects", F8, 1, "Celexa 20mg - early 2019 to fall 2019 - made me numb, stopped"),
         H("paroxetine", "SSRI", "antidepressant", "30 mg", "2020", "2020", "gained 25 lbs, quit", "side_effects",
           F8, 1, "Paxil 30mg - 2020 - gained 25 lbs, quit"),
         H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "30 mg", "2021", "2021",
           "slept great, mood same", "no_response", F8, 1, "Remeron 30mg - summer 2021 - slept great, mood same"),
         H("CBT", "psychotherapy", "psychotherapy", "20 sessions", "2022", "2022", "helped some",
           "partial_response", F8, 1, "CBT talk therapy, 20 sessions - 2022 - helped some"),
         H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2024-01", None,
           "a bit better, still taking", "partial_response", F8, 1,
           "Trintellix 20mg - since Jan 2024 - a bit better, still taking")],
        [S("PHQ-9", 20, "2026-10-21", F8, 1, "Last PHQ-9 = 20 on 10/21/2026")],
        [],
        SUI("passive", F8, 1, "Sometimes I wish I could just disappear,")),
}

# ---------------------------------------------------------------- 09 research-study screening with ATRQ, 2-page PDF
F9 = "pinecrest_study_screening_visit.pdf"
c09 = {
    "slug": "09-research-screening-atrq",
    "docs": [{"file": F9, "type": "pdf", "size": 9.5,
              "header": "Pinecrest Clinical Research Unit (FICTIONAL) - Protocol PCR-7731 (fictional) - Subject FICT-031-0042",
              "pages": [[
                  "# SCREENING VISIT - SOURCE DOCUMENT",
                  "FICTIONAL RESEARCH RECORD - invented unit, protocol and subject; for software testing only.",
                  "Subject ID: FICT-031-0042 (initials G.-T. H.)   Visit: Screening (V1)   Date: 09/09/2026",
                  "Rater: Mireille Adjei, PhD (fictional)   Investigator: Bartholomew Ikeda, MD (fictional)",
                  ("table", [["Assessment", "Result", "Eligibility"],
                             ["MADRS total", "31", "Meets >= 26"],
                             ["HAM-D-17 total", "26", "Meets >= 20"],
                             ["C-SSRS (since last 6 months): ideation severity", "0", "Meets"],
                             ["C-SSRS lifetime behavior", "Actual attempt (2015, overdose)", "Review by PI"]],
                   [3.0, 2.2, 1.6]),
                  "Diagnosis confirmed by MINI: F33.1 Major depressive disorder, recurrent, moderate (current "
                  "episode began 11/2023).",
                  "PI note: lifetime attempt in 2015 reviewed, no behavior since; acceptable per protocol section 5.2.",
                  "Excluded medications reviewed: no current MAOI, no current antipsychotic.",
                  "Antidepressant Treatment Response Questionnaire (ATRQ) on page 2.",
              ], [
                  "## ATRQ - antidepressant trials in the current and past episodes (subject interview + records)",
                  ("table", [["Medication", "Max dose", "Year", "Duration", "Improvement"],
                             ["Escitalopram", "20 mg", "2021", "12 weeks", "<25% (none)"],
                             ["Venlafaxine XR", "225 mg", "2022", "10 months", "50-75% (partial)"],
                             ["Brexpiprazole (Rexulti), added to venlafaxine", "2 mg", "2022", "8 weeks",
                              "<25% (none)"],
                             ["Vortioxetine", "20 mg", "2023", "3 weeks", "Discontinued: nausea and vomiting"],
                             ["Selegiline transdermal (Emsam)", "6 mg/24 h", "2024", "03/2024 - 08/2024",
                              "25-50% (partial)"]],
                   [2.6, 0.9, 0.6, 1.2, 1.7]),
                  "Adequate trials in the current episode (>= 6 weeks at an adequate dose): 1 (selegiline). "
                  "Prior esketamine: No. Prior ECT: No. Prior TMS: No.",
                  "Subject reports her mother once gave her sertraline tablets for a few days in 2014; not a "
                  "prescribed trial - not counted.",
                  "Rater signature: M. Adjei (FICTIONAL)   09/09/2026",
              ]]}],
    "truth": truth(
        "Two-page study screening PDF; ATRQ table on p. 2. Brexpiprazole 'added to venlafaxine' -> augmentation. "
        "Vortioxetine discontinued at 3 weeks for nausea -> side_effects. Year-only dates. Selegiline 03/2024 - "
        "08/2024 partial. Improvement bands: <25% -> no_response, 25-75% -> partial_response. Not rows: esketamine, "
        "ECT, TMS (answered No), sertraline (a few of her mother's tablets, 'not counted'; a judgement call: "
        "scored as no trial). C-SSRS ideation severity 0 -> scale row 0; lifetime 'Actual attempt' -> suicidality "
        "attempt (a latest-note rule would say none).",
        [H("escitalopram", "SSRI", "antidepressant", "20 mg", "2021", "2021", "<25% (none)", "no_response", F9, 2,
           "Escitalopram 20 mg 2021 12 weeks <25% (none)"),
         H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022", "2022", "50-75% (partial)",
           "partial_response", F9, 2, "Venlafaxine XR 225 mg 2022 10 months 50-75% (partial)"),
         H("brexpiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2022", "2022", "<25% (none)",
           "no_response", F9, 2, "Brexpiprazole (Rexulti), added to venlafaxine"),
         H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2023", "2023",
           "Discontinued: nausea and vomiting", "side_effects", F9, 2, "Discontinued: nausea and vomiting"),
         H("selegiline", "MAOI", "antidepressant", "6 mg/24 h", "2024-03", "2024-08", "25-50% (partial)",
           "partial_response", F9, 2, "03/2024 - 08/2024 25-50% (partial)")],
        [S("MADRS", 31, "2026-09-09", F9, 1, "MADRS total 31"),
         S("HAM-D", 26, "2026-09-09", F9, 1, "HAM-D-17 total 26"),
         S("C-SSRS", 0, "2026-09-09", F9, 1, "ideation severity 0")],
        [D("F33.1", F9, 1, "F33.1 Major depressive disorder, recurrent, moderate")],
        SUI("attempt", F9, 1, "Actual attempt (2015, overdose)")),
}

# ---------------------------------------------------------------- 10 handwritten-style scanned NP notes, image-only 2-page PDF
F10 = "scanned_np_notes_fax.pdf"
P10a = [
    "FAX  from Birchfold Rural Health (FICTIONAL)  p.1/2",
    "FICTIONAL record - for software testing",
    "Pt: Colm Ashworth-Diallo (fictional)  DOB 4/2/1988",
    "11/18/2025  - med mgmt f/u -",
    "S: Lexapro 20 since 6/25 - 'no different',",
    "   still no energy, sleeping 12 h",
    "PHQ-9 22 today.  SI: passive, no plan / intent",
    "Dx F33.2",
    "P: stop Lexapro. Start Cymbalta 30 x1wk then 60.",
    "   Declined TMS referral.    - K. Moreau, PMHNP",
]
P10b = [
    "FAX  from Birchfold Rural Health (FICTIONAL)  p.2/2",
    "01/20/2026  - f/u -",
    "S: Cymbalta 60 - sweating, BP up 148/96.",
    "   Pt stopped it on own 1/10/26.",
    "Hx reviewed: ECT x 9 tx 2019 at St. Elwyn's -",
    "   remitted, relapsed about 8 mo later.",
    "   Wellbutrin XL 300 2021-22 per old chart -",
    "   helped a little, then stopped (cost).",
    "PHQ-9 23 today.",
    "P: discuss Abilify vs lithium next visit.",
    "   - K. Moreau, PMHNP (FICTIONAL)",
]
c10 = {
    "slug": "10-handwritten-np-notes-scan",
    "docs": [{"file": F10, "type": "scanpdf", "pages": [P10a, P10b]}],
    "truth": truth(
        "Image-only two-page PDF in a handwriting-style slanted font (OCR needed). Escitalopram 'since 6/25' = "
        "06/2025 to the 11/18/2025 stop. Duloxetine: the 11/18 plan starts it, the 01/20/2026 note shows it taken "
        "and stopped 1/10/26 for sweating and BP -> side_effects. ECT 9 treatments 2019, remitted then relapsed "
        "-> relapse (end 2019). Bupropion 'helped a little, then stopped (cost)': a stop for cost decides nothing, "
        "so the class is what it did (partial_response). Not rows: TMS (declined), Abilify and lithium (to discuss). Suicidality passive.",
        [H("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-06", "2025-11-18", "'no different'",
           "no_response", F10, 1, "Lexapro 20 since 6/25 - 'no different',"),
         H("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-11-18", "2026-01-10",
           "sweating, BP up 148/96. Pt stopped it on own", "side_effects", F10, 2,
           "Cymbalta 60 - sweating, BP up 148/96."),
         H("bupropion", "NDRI", "antidepressant", "300 mg", "2021", "2022",
           "helped a little, then stopped (cost)", "partial_response", F10, 2,
           "helped a little, then stopped (cost)."),
         H("ECT", "ECT", "neuromodulation", "9 treatments", "2019", "2019",
           "remitted, relapsed about 8 mo later", "relapse", F10, 2, "remitted, relapsed about 8 mo later.")],
        [S("PHQ-9", 22, "2025-11-18", F10, 1, "PHQ-9 22 today."),
         S("PHQ-9", 23, "2026-01-20", F10, 2, "PHQ-9 23 today.")],
        [D("F33.2", F10, 1, "Dx F33.2")],
        SUI("passive", F10, 1, "SI: passive, no plan / intent")),
}

# ---------------------------------------------------------------- 11 ketamine clinic letter to PCP, DOCX
F11 = "sundial_letter_to_pcp.docx"
c11 = {
    "slug": "11-ketamine-clinic-letter-docx",
    "docs": [{"file": F11, "type": "docx", "blocks": [
        "Sundial Ketamine & Interventional Psychiatry (FICTIONAL)",
        "88 Lantern Quay, Orrisford (fictional)  |  555-0176  |  care@sundial-ketamine.example",
        "FICTIONAL LETTER - invented clinic, patient and physicians; for software testing only.",
        "November 20, 2026",
        "Dr. Abigail Ferreira-Nolan (fictional), Orrisford Internal Medicine",
        "Re: Josefina Kaur-Whitlock (fictional), DOB 12/01/1976, member ID FICT-CPH-55102",
        "Dear Dr. Ferreira-Nolan,",
        "Thank you for sharing the care of Ms. Kaur-Whitlock, whom we follow for treatment-resistant depression "
        "(F33.2). I write to summarize her interventional treatment this year and last.",
        "She continues sertraline 200 mg, which she has taken since 2022 and which alone has given only partial "
        "relief. Before that, in 2021, trazodone was titrated to 300 mg a day as an antidepressant, with no benefit "
        "at that dose; it was stopped late that year. In 2023 she completed 16 sessions of "
        "interpersonal therapy (IPT) without meaningful change in her depression.",
        "Esketamine (Spravato) nasal spray, 56 mg and then 84 mg, 22 supervised sessions from 01/2025 to 07/2025: "
        "she responded at first (MADRS 34 to 16), but the benefit wore off by the fifth month despite weekly dosing.",
        "IV racemic ketamine, 0.5 mg/kg over 40 minutes, six infusions from 09/08/2026 to 09/24/2026. Her MADRS "
        "was 33 on 09/08/2026 and 19 on 09/24/2026: a partial response that has held so far.",
        "Oral ketamine lozenges were offered in 2024 but she chose not to take them. She would consider ECT only "
        "as a last resort.",
        "Safety: she has a history of a suicide attempt by overdose in 2012. Today she denies current suicidal "
        "thoughts. PHQ-9 today: 14.",
        "Plan: maintenance infusions every 4 weeks are pending the plan's prior authorization.",
        "Sincerely,",
        "Lucan Obi-Marchetti, MD (fictional), Medical Director",
    ]}],
    "truth": truth(
        "DOCX letter. Esketamine is kind antidepressant (ATC N06AX27); 'responded at first ... benefit wore off' -> "
        "relapse; dose 84 mg, 22 sessions. Racemic IV ketamine is kind other; partial_response; dose 'six "
        "infusions' / 0.5 mg/kg. Trazodone at 300 mg 'as an antidepressant' is a real trial (not a sleep dose), "
        "'late that year' -> 2021. Sertraline since 2022, ongoing. The 'MADRS 34 to 16' pair has no date beyond "
        "the 2025 course: not scored. Not rows: oral ketamine (chose not to), ECT (hypothetical), maintenance "
        "infusions (pending). Suicidality attempt (2012); a latest-note rule would say none.",
        [H("sertraline", "SSRI", "antidepressant", "200 mg", "2022", None, "alone has given only partial relief",
           "partial_response", F11, 1, "which alone has given only partial relief"),
         H("trazodone", "serotonin modulator", "antidepressant", "300 mg", "2021", "2021",
           "no benefit at that dose", "no_response", F11, 1, "with no benefit at that dose"),
         H("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2023", "2023",
           "without meaningful change in her depression", "no_response", F11, 1,
           "16 sessions of interpersonal therapy (IPT) without meaningful change in her depression"),
         H("esketamine", "NMDA antagonist", "antidepressant", "84 mg", "2025-01", "2025-07",
           "responded at first (MADRS 34 to 16), but the benefit wore off by the fifth month despite weekly dosing",
           "relapse", F11, 1, "but the benefit wore off by the fifth month despite weekly dosing"),
         H("ketamine", "NMDA antagonist (anaesthetic)", "other", "six infusions, 0.5 mg/kg", "2026-09-08",
           "2026-09-24", "a partial response that has held so far", "partial_response", F11, 1,
           "a partial response that has held so far")],
        [S("MADRS", 33, "2026-09-08", F11, 1, "MADRS was 33 on 09/08/2026"),
         S("MADRS", 19, "2026-09-24", F11, 1, "19 on 09/24/2026"),
         S("PHQ-9", 14, "2026-11-20", F11, 1, "PHQ-9 today: 14")],
        [D("F33.2", F11, 1, "treatment-resistant depression (F33.2)")],
        SUI("attempt", F11, 1, "history of a suicide attempt by overdose in 2012")),
}

# ---------------------------------------------------------------- 12 hospital utilization-review fax to the health plan, TXT
F12 = "ur_concurrent_review_fax.txt"
T12 = """FAX - CONFIDENTIAL HEALTH INFORMATION                        Page 1 of 1
From: Mercy Larch Hospital (FICTIONAL) - Utilization Review Dept, fax 555-0150
To:   Cardinal Peak Health Plan (FICTIONAL) - Behavioral Health UM, fax 555-0151
THIS IS A FICTIONAL DOCUMENT CREATED FOR SOFTWARE TESTING. ALL NAMES INVENTED.

CONCURRENT REVIEW - INPATIENT PSYCHIATRY            Review date: 10/20/2026
Member: Benedikt Aalto-Osei (fictional)     Member ID: FICT-CPH-70334
Auth #: FICT-AUTH-9921                        Admit date: 10/02/2026   LOS: day 18
Reviewer: Gwendolyn Marsh-Tanaka, RN (fictional)

DIAGNOSES: F33.3 MDD, recurrent, severe with psychotic features;
           T39.1X2A Poisoning by 4-Aminophenol derivatives, intentional self-harm, initial encounter

PRESENTING: Admitted from ED after intentional acetaminophen overdose (suicide
attempt) on 10/01/2026. Mood-congruent guilt delusions.
On admission: MADRS 38; C-SSRS ideation severity 5.

PRIOR TREATMENT (per outpatient psychiatrist's records, faxed 10/03):
 - fluvoxamine (Luvox) 200 mg   03/2019-12/2019   no response
 - lithium 900 mg added to the fluvoxamine 09/2019-12/2019 (level 0.6)  no change
 - sertraline 200 mg            01/2021-05/2023   partial response only
 - cariprazine (Vraylar) 1.5 mg added to sertraline 06/2022-09/2022
       stopped - restlessness/akathisia
 - TMS requested 2024: denied by plan (not medical necessity). Never received.
 - Spravato: not attempted.

HOSPITAL COURSE: Haloperidol 2 mg IM PRN x1 on 10/02 for agitation.
ECT index course started 10/06/2026: 6 treatments to date (R UL, brief pulse),
MADRS 22 on 10/20/2026 - partial response so far; guilt delusions fading.
Continues to deny current SI on the unit since day 4. PRN lorazepam x3.

REQUEST: 7 additional days to complete index ECT (est. 10-12 treatments).
Next review 10/27/2026.  -- G. Marsh-Tanaka, RN (FICTIONAL)
"""
c12 = {
    "slug": "12-utilization-review-fax",
    "docs": [{"file": F12, "type": "txt", "text": T12}],
    "truth": truth(
        "TXT fax from a hospital UR nurse to the health plan. Lithium and cariprazine 'added to' an antidepressant "
        "-> augmentation. ECT index course ongoing: 6 treatments to date, end null, partial_response. Not rows: "
        "TMS (denied by plan, never received), Spravato (not attempted), PRN haloperidol and lorazepam in hospital. Suicidality attempt (overdose 10/01/2026); a "
        "latest-note rule would say none. C-SSRS ideation severity 5 -> scale row.",
        [H("fluvoxamine", "SSRI", "antidepressant", "200 mg", "2019-03", "2019-12", "no response", "no_response",
           F12, 1, "fluvoxamine (Luvox) 200 mg   03/2019-12/2019   no response"),
         H("lithium", "mood stabilizer", "augmentation", "900 mg", "2019-09", "2019-12", "no change", "no_response",
           F12, 1, "lithium 900 mg added to the fluvoxamine 09/2019-12/2019 (level 0.6)  no change"),
         H("sertraline", "SSRI", "antidepressant", "200 mg", "2021-01", "2023-05", "partial response only",
           "partial_response", F12, 1, "sertraline 200 mg            01/2021-05/2023   partial response only"),
         H("cariprazine", "atypical antipsychotic", "augmentation", "1.5 mg", "2022-06", "2022-09",
           "stopped - restlessness/akathisia", "side_effects", F12, 1, "stopped - restlessness/akathisia"),
         H("ECT", "ECT", "neuromodulation", "6 treatments", "2026-10-06", None,
           "MADRS 22 on 10/20/2026 - partial response so far", "partial_response", F12, 1,
           "ECT index course started 10/06/2026: 6 treatments to date")],
        [S("MADRS", 38, "2026-10-02", F12, 1, "On admission: MADRS 38"),
         S("C-SSRS", 5, "2026-10-02", F12, 1, "C-SSRS ideation severity 5"),
         S("MADRS", 22, "2026-10-20", F12, 1, "MADRS 22 on 10/20/2026")],
        [D("F33.3", F12, 1, "F33.3 MDD, recurrent, severe with psychotic features"),
         D("T39.1X2A", F12, 1, "T39.1X2A Poisoning by 4-Aminophenol derivatives, intentional self-harm")],
        SUI("attempt", F12, 1, "intentional acetaminophen overdose (suicide attempt) on 10/01/2026")),
}

CASES = [c07, c08, c09, c10, c11, c12]
