"""Cases 07-12 of notes14b (all FICTIONAL)."""
from helpers import D, H, S, SU

CASES = []

# ------------------------------------------------------------------ 07 ECT treatment record (DOCX) with a table
F7 = "pinecrest_ect-treatment-record.docx"
ect_rows = [["Tx #", "Date", "Placement", "EEG seizure (s)", "MADRS", "Comment"]]
for n, d, pl, sz, m, c in [
        ("1", "01/06/2025", "RUL UB", "38", "41", "MADRS before tx 1"), ("2", "01/08/2025", "RUL UB", "35", "-", ""),
        ("3", "01/10/2025", "RUL UB", "31", "36", ""), ("4", "01/13/2025", "RUL UB", "33", "-", ""),
        ("5", "01/15/2025", "RUL UB", "29", "-", ""),
        ("6", "01/17/2025", "RUL UB", "27", "30", "slow response; switch to bitemporal"),
        ("7", "01/20/2025", "BT", "44", "-", "brief confusion after"), ("8", "01/22/2025", "BT", "41", "-", ""),
        ("9", "01/24/2025", "BT", "40", "19", "eating full meals"), ("10", "01/27/2025", "BT", "39", "-", ""),
        ("11", "01/29/2025", "BT", "37", "-", ""), ("12", "01/31/2025", "BT", "36", "9", "remission; course complete")]:
    ect_rows.append([n, d, pl, sz, m, c])
doc7 = [[
    ("h", "FICTIONAL RECORD - Pinecrest Psychiatric Hospital ECT Service, Wendover Gap, VT"),
    ("p", "ECT treatment record and follow-up\nPatient: Harold Quist (FICTIONAL), 71   MRN: PC-FICT-30418   "
          "ECT psychiatrist: Miriam Stavros, MD"),
    ("h", "Referral summary (12/20/2024)"),
    ("p", "Severe recurrent depression with psychomotor slowing and poor oral intake (8 kg weight loss). Prior "
          "trials: nortriptyline 75 mg (level 110 ng/mL) in 2023, no response. Phenelzine up to 60 mg, March to "
          "September 2024: some improvement in appetite only; stopped after orthostatic hypotension with a fall. "
          "Mirtazapine 45 mg since October 2024, no benefit; continued during ECT. Lithium augmentation was not tried "
          "because of chronic kidney disease, stage 3 (N18.30). No prior ECT."),
    ("p", "Diagnosis: F33.2 Major depressive disorder, recurrent severe without psychotic features. Suicide risk: "
          "denies suicidal ideation; no history of suicide attempts."),
    ("h", "Index course"),
    ("t", ect_rows),
    ("p", "Summary: remission after 12 treatments (MADRS 41 to 9). Transient confusion after bitemporal "
          "treatments, resolved within hours. Continuation ECT was offered; he and his daughter declined it and "
          "chose to continue mirtazapine alone."),
    ("h", "Follow-up visit 05/19/2025"),
    ("p", "Depressive symptoms have returned over the past month: poor appetite again, staying in bed, MADRS 28. "
          "This is a relapse after the index course. He continues mirtazapine 45 mg. A second ECT course was "
          "discussed; he wants to think it over with his daughter. Denies suicidal ideation."),
]]
CASES.append({
    "slug": "07-ect-record-docx",
    "docs": [(F7, "docx", doc7, {})],
    "_note": "FICTIONAL case. ECT treatment record (DOCX): referral summary, a treatment-by-treatment table "
             "(12 treatments, RUL then bitemporal, MADRS in some cells, '-' elsewhere) and a follow-up visit. The "
             "index course remitted and the depression returned within 4 months = relapse (source: the follow-up). "
             "Phenelzine stopped after a fall from orthostatic hypotension = side_effects. Mirtazapine still taken, "
             "no benefit. Not rows: lithium 'not tried', 'No prior ECT', continuation ECT declined, a second course "
             "discussed. CKD code N18.30. Suicidality none.",
    "history": [
        H("nortriptyline", "TCA", "antidepressant", "75 mg", "2023", "2023", "no response", "no_response", F7, 1,
          "nortriptyline 75 mg (level 110 ng/mL) in 2023, no response"),
        H("phenelzine", "MAOI", "antidepressant", "60 mg", "2024-03", "2024-09",
          "some improvement in appetite only; stopped after orthostatic hypotension with a fall", "side_effects",
          F7, 1, "stopped after orthostatic hypotension with a fall"),
        H("mirtazapine", "NaSSA", "antidepressant", "45 mg", "2024-10", None, "no benefit", "no_response", F7, 1,
          "Mirtazapine 45 mg since October 2024, no benefit"),
        H("ECT", "electroconvulsive therapy", "neuromodulation", "12 treatments", "2025-01-06", "2025-01-31",
          "remission after 12 treatments; depressive symptoms returned by 05/2025: relapse", "relapse", F7, 1,
          "This is a relapse after the index course"),
    ],
    "scales": [
        S("MADRS", 41, "2025-01-06", F7, 1, "1 01/06/2025 RUL UB 38 41"),
        S("MADRS", 36, "2025-01-10", F7, 1, "3 01/10/2025 RUL UB 31 36"),
        S("MADRS", 30, "2025-01-17", F7, 1, "6 01/17/2025 RUL UB 27 30"),
        S("MADRS", 19, "2025-01-24", F7, 1, "9 01/24/2025 BT 40 19"),
        S("MADRS", 9, "2025-01-31", F7, 1, "12 01/31/2025 BT 36 9"),
        S("MADRS", 28, "2025-05-19", F7, 1, "MADRS 28"),
    ],
    "diagnoses": [D("F33.2", F7, 1, "F33.2 Major depressive disorder, recurrent severe"),
                  D("N18.30", F7, 1, "chronic kidney disease, stage 3 (N18.30)")],
    "suicidality": SU("none", F7, 1, "denies suicidal ideation; no history of suicide attempts"),
})

# ------------------------------------------------------------------ 08 pain clinic dictated follow-up (TXT)
F8 = "meadowlark-pain_followup_2026-09-15.txt"
doc8 = [[
    ("p", "MEADOWLARK SPINE & PAIN (FICTIONAL RECORD) - Ferris Junction, KS - 555-0129\n"
          "FOLLOW-UP VISIT   Date of service: 09/15/2026\n"
          "Patient: Gloria Esterhaus (FICTIONAL)   DOB 05/27/1968   Acct: MSP-FICT-11872\n"
          "Provider: Dev Halloran, MD (anesthesiology / pain medicine)   Dictated, reviewed"),
    ("h", "Chief complaint"),
    ("p", "Low back pain radiating down the left leg in an L5 distribution, 3 years."),
    ("h", "Interval history"),
    ("p", "Since her last visit in July she completed the ketamine infusion series we discussed: five infusions of "
          "0.5 mg/kg over 40 minutes, 08/04/2026 to 08/14/2026. In her words, 'maybe 20% less pain for a week or "
          "two, I'm not sure.' No dissociation beyond the infusions themselves."),
    ("h", "Medication history for pain"),
    ("p", "Gabapentin titrated to 800 mg three times daily in 2024; it had not helped the pain and was stopped "
          "after 3 months because of dizziness. Nortriptyline 25-50 mg at bedtime in 2023, stopped for dry mouth "
          "and constipation. Duloxetine 60 mg since 01/2025: about 30% pain reduction and better mood; continues. "
          "Tramadol 50 mg as needed, rarely used. Lidocaine 4% patches."),
    ("h", "Procedures"),
    ("p", "Left L5 transforaminal epidural steroid injection 11/03/2025: about 50% relief for 3 weeks, then back to "
          "baseline. Physical therapy was ordered twice; she never went (no transport)."),
    ("h", "Examination"),
    ("p", "Antalgic gait. Straight-leg raise positive on the left at 40 degrees. Pain today 7/10, 9/10 at worst "
          "this week. PHQ-9 12. Denies suicidal ideation."),
    ("h", "Assessment"),
    ("p", "M54.16 Radiculopathy, lumbar region\nG89.4 Chronic pain syndrome\nF32.1 Major depressive disorder, "
          "single episode, moderate"),
    ("h", "Plan"),
    ("p", "Continue duloxetine 60 mg. Discussed a spinal cord stimulator trial; a psychology evaluation is required "
          "first. Not a candidate for repeat ketamine until any benefit is clearer. Return in 6 weeks."),
]]
F8b = "pain-diary_photo.jpg"
doc8b = [[
    ("h", "PAIN DIARY - G. Esterhaus - (FICTIONAL)"),
    ("p", "Aug 4 - infusion 1 - pain 8/10 before, 6/10 after\n"
          "Aug 6 - infusion 2 - floaty, slept all afternoon\n"
          "Aug 11 - infusion 4 - pain 7/10\n"
          "Aug 14 - infusion 5 (last one)\n"
          "Aug 15 - pain 6/10 this morning!!\n"
          "Aug 28 - back to 8/10 most days, leg burning\n"
          "Sept 9 - 8/10, took tramadol x2"),
]]
CASES.append({
    "slug": "08-pain-followup-dictated-txt",
    "docs": [(F8, "txt", doc8, {}), (F8b, "photo", doc8b, {"seed": 8})],
    "_note": "FICTIONAL case. Dictated pain-clinic follow-up (TXT). Ketamine series of 5 infusions with 'maybe 20% "
             "less pain ... I'm not sure' = unknown (settled convention; racemic ketamine is kind other). Gabapentin "
             "for radicular pain is a pain trial (kind other), stopped for dizziness. Nortriptyline and duloxetine "
             "for pain stay antidepressants. Epidural steroid injection: 50% relief for 3 weeks, then baseline = "
             "relapse (kind other, one day). A phone photo (JPEG) of her handwritten pain diary gives the pain scores by day, "
             "month and day without a year (2026 from the infusion dates); 'Aug 6' floaty is no score. Not rows: tramadol PRN, lidocaine patches, physical therapy never "
             "attended, spinal cord stimulator and repeat ketamine as plans. Pain NRS 7 today and 9 at worst.",
    "history": [
        H("ketamine", "NMDA antagonist (racemic, IV)", "other", "5 infusions", "2026-08-04", "2026-08-14",
          "'maybe 20% less pain for a week or two, I'm not sure.'", "unknown", F8, 1,
          "maybe 20% less pain for a week or two, I'm not sure"),
        H("gabapentin", "gabapentinoid", "other", "800 mg three times daily", "2024", "2024",
          "had not helped the pain and was stopped after 3 months because of dizziness", "side_effects", F8, 1,
          "stopped after 3 months because of dizziness"),
        H("nortriptyline", "TCA", "antidepressant", "50 mg", "2023", "2023", "stopped for dry mouth and constipation",
          "side_effects", F8, 1, "Nortriptyline 25-50 mg at bedtime in 2023, stopped for dry mouth and constipation"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-01", None,
          "about 30% pain reduction and better mood; continues", "partial_response", F8, 1,
          "Duloxetine 60 mg since 01/2025: about 30% pain reduction and better mood"),
        H("epidural steroid injection", "interventional procedure", "other", None, "2025-11-03", "2025-11-03",
          "about 50% relief for 3 weeks, then back to baseline", "relapse", F8, 1,
          "about 50% relief for 3 weeks, then back to baseline"),
    ],
    "scales": [S("pain NRS", 7, "2026-09-15", F8, 1, "Pain today 7/10"),
               S("pain NRS", 9, "2026-09-15", F8, 1, "9/10 at worst this week"),
               S("PHQ-9", 12, "2026-09-15", F8, 1, "PHQ-9 12"),
               S("pain NRS", 8, "2026-08-04", F8b, 1, "Aug 4 - infusion 1 - pain 8/10 before"),
               S("pain NRS", 6, "2026-08-04", F8b, 1, "6/10 after"),
               S("pain NRS", 7, "2026-08-11", F8b, 1, "Aug 11 - infusion 4 - pain 7/10"),
               S("pain NRS", 6, "2026-08-15", F8b, 1, "Aug 15 - pain 6/10 this morning"),
               S("pain NRS", 8, "2026-08-28", F8b, 1, "Aug 28 - back to 8/10 most days"),
               S("pain NRS", 8, "2026-09-09", F8b, 1, "Sept 9 - 8/10")],
    "diagnoses": [D("M54.16", F8, 1, "M54.16 Radiculopathy, lumbar region"),
                  D("G89.4", F8, 1, "G89.4 Chronic pain syndrome"),
                  D("F32.1", F8, 1, "F32.1 Major depressive disorder, single episode, moderate")],
    "suicidality": SU("none", F8, 1, "Denies suicidal ideation"),
})

# ------------------------------------------------------------------ 09 therapy BIRP notes (DOCX), 4 sessions
F9 = "bright-harbor_counseling-notes.docx"
doc9 = [[
    ("h", "FICTIONAL RECORD - Bright Harbor Counseling, Tamsen Lake, WA - Progress notes (BIRP)"),
    ("p", "Client: Jonah Prewitt (FICTIONAL), 29   Clinician: Lena Ortiz, LICSW   Diagnoses: F33.1 Major depressive "
          "disorder, recurrent, moderate; F41.1 Generalized anxiety disorder"),
    ("h", "Session 1 - 05/06/2026 - intake"),
    ("p", "B: Referred by PCP. Low mood since the winter, withdrawn from friends, calling in sick. Prior therapy: a "
          "DBT skills group, 24 weekly sessions in 2023 at Cedar Path; he completed it and says it was useful for "
          "anger, but his depression was no better by the end. Medications (prescribed by PCP, Dr. Fenn): "
          "sertraline 100 mg since 01/2026, 'no difference so far'. Previously bupropion in 2024 'for a few weeks', "
          "stopped because it made him 'wired and unable to sleep'.\n"
          "I: Intake assessment. PHQ-9 20, GAD-7 14. Risk: denies current suicidal ideation; one episode of "
          "non-suicidal cutting at 19, none since.\n"
          "R: Engaged, agreed to a course of CBT for depression.\n"
          "P: Weekly CBT, 16 sessions planned."),
    ("h", "Session 4 - 05/27/2026"),
    ("p", "B: Activity scheduling started. PHQ-9 18. Reports passive thoughts that 'everyone would be fine without "
          "me', no plan and no intent.\nI: Safety plan written together.\nR: Kept two of four planned activities.\n"
          "P: Continue CBT weekly."),
    ("h", "Session 8 - 06/24/2026"),
    ("p", "B: PHQ-9 17. Two days ago, driving to work, he had thoughts of driving off the road; no intent, he "
          "pulled over and called his sister. C-SSRS ideation severity 3.\nI: Safety plan updated; sister agreed to "
          "check in daily; PCP informed with consent.\nR: Calmer by the end of the session.\nP: Continue CBT; add a "
          "mid-week phone check-in for two weeks."),
    ("h", "Session 12 - 07/22/2026"),
    ("p", "B: PHQ-9 13. Denies suicidal ideation. Dr. Fenn increased sertraline to 150 mg on 07/01/2026; client "
          "thinks the higher dose may be helping a little, too early to say.\nI: Cognitive restructuring of "
          "work-related thoughts.\nR: Partial improvement with CBT so far: back at work full time, mood still low "
          "most evenings.\nP: Continue CBT to session 16. Client asked about a psychiatry referral for medication; "
          "will discuss with PCP."),
]]
CASES.append({
    "slug": "09-therapy-birp-notes-docx",
    "docs": [(F9, "docx", doc9, {})],
    "_note": "FICTIONAL case. Therapist's BIRP progress notes (DOCX), four sessions of a CBT course. CBT ongoing "
             "(12 of 16 sessions so far), partial improvement, end null. DBT skills group 2023: useful for anger, "
             "depression no better = no_response. Sertraline 100 -> 150 mg from the PCP, still taken, 'may be "
             "helping a little, too early to say' = unknown. Bupropion 2024 stopped for activation/insomnia. "
             "Non-suicidal cutting at 19 is not an attempt. Suicidality none -> passive -> active (thoughts of "
             "driving off the road, C-SSRS 3) -> none: highest active.",
    "history": [
        H("DBT", "psychotherapy", "psychotherapy", "24 sessions", "2023", "2023",
          "useful for anger, but his depression was no better by the end", "no_response", F9, 1,
          "useful for anger, but his depression was no better by the end"),
        H("bupropion", "NDRI", "antidepressant", None, "2024", "2024",
          "stopped because it made him 'wired and unable to sleep'", "side_effects", F9, 1,
          "stopped because it made him 'wired and unable to sleep'"),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2026-01", None,
          "thinks the higher dose may be helping a little, too early to say", "unknown", F9, 1,
          "thinks the higher dose may be helping a little, too early to say"),
        H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2026-05-06", None,
          "Partial improvement with CBT so far", "partial_response", F9, 1, "Partial improvement with CBT so far"),
    ],
    "scales": [
        S("PHQ-9", 20, "2026-05-06", F9, 1, "PHQ-9 20"), S("GAD-7", 14, "2026-05-06", F9, 1, "GAD-7 14"),
        S("PHQ-9", 18, "2026-05-27", F9, 1, "PHQ-9 18"), S("PHQ-9", 17, "2026-06-24", F9, 1, "PHQ-9 17"),
        S("C-SSRS", 3, "2026-06-24", F9, 1, "C-SSRS ideation severity 3"),
        S("PHQ-9", 13, "2026-07-22", F9, 1, "PHQ-9 13"),
    ],
    "diagnoses": [D("F33.1", F9, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
                  D("F41.1", F9, 1, "F41.1 Generalized anxiety disorder")],
    "suicidality": SU("active", F9, 1, "he had thoughts of driving off the road; no intent"),
})

# ------------------------------------------------------------------ 10 scanned handwritten intake questionnaire
F10 = "stillwater_new-patient-questionnaire_scan.pdf"
doc10 = [[
    ("h", "FICTIONAL - Stillwater Psychiatry Associates, Gannet Point, ME"),
    ("p", "New patient questionnaire - page 3: medicines you have tried for mood\nName: Avery Lindqvist-Moore "
          "(FICTIONAL)   DOB: 07/08/1991"),
    ("t", [["Medicine", "Dose", "When", "How did it work / why stopped"],
           ["Paxil", "20-40 mg", "2017-2018", "sweaty + shaky, stopped"],
           ["Effexor XR", "150 mg", "fall 2019", "no help at all"],
           ["Wellbutrin XL", "300 mg", "2020-2021", "worked ~1 yr then stopped working"],
           ["Abilify (added to Wellbutrin)", "5 mg", "3/21 - 5/21", "restless, couldn't sit still, stopped"],
           ["Lithium", "-", "never", "-"],
           ["Trintellix", "20 mg", "1/26 - now", "helps some, still low"]]),
    ("p", "Therapy / counseling? never\nEver in a psych hospital? no\nEver tried to hurt or kill yourself? no\n"
          "Thoughts of death now? sometimes wish I wouldn't wake up, no plan"),
    ("p", "Clinician review 10/14/2026: PHQ-9 today 17, GAD-7 9. Dx F33.1 - S. Adeyemi, PMHNP"),
]]
CASES.append({
    "slug": "10-scanned-patient-questionnaire",
    "docs": [(F10, "scan", doc10, {"hand": True, "seed": 10})],
    "_note": "FICTIONAL case. Scanned new-patient questionnaire (image-only 1-page PDF, handwriting-style) with a "
             "trials table the patient filled in (brand names, 'fall 2019', '3/21 - 5/21', '1/26 - now') and a "
             "clinician's review line. Truth texts are the drawn lines (a table row = its cells joined by spaces); "
             "compare OCR loosely. Abilify 'added to Wellbutrin' = augmentation. Trintellix still taken, 'helps "
             "some, still low' = partial. Not rows: Lithium 'never', 'Therapy / counseling? never'. Suicidality "
             "passive.",
    "history": [
        H("paroxetine", "SSRI", "antidepressant", "40 mg", "2017", "2018", "sweaty + shaky, stopped",
          "side_effects", F10, 1, "Paxil 20-40 mg 2017-2018 sweaty + shaky, stopped"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2019", "2019", "no help at all", "no_response",
          F10, 1, "Effexor XR 150 mg fall 2019 no help at all"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2020", "2021", "worked ~1 yr then stopped working",
          "relapse", F10, 1, "Wellbutrin XL 300 mg 2020-2021 worked ~1 yr then stopped working"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2021-03", "2021-05",
          "restless, couldn't sit still, stopped", "side_effects", F10, 1,
          "Abilify (added to Wellbutrin) 5 mg 3/21 - 5/21 restless, couldn't sit still, stopped"),
        H("vortioxetine", "multimodal", "antidepressant", "20 mg", "2026-01", None, "helps some, still low",
          "partial_response", F10, 1, "Trintellix 20 mg 1/26 - now helps some, still low"),
    ],
    "scales": [S("PHQ-9", 17, "2026-10-14", F10, 1, "PHQ-9 today 17"),
               S("GAD-7", 9, "2026-10-14", F10, 1, "GAD-7 9")],
    "diagnoses": [D("F33.1", F10, 1, "Dx F33.1")],
    "suicidality": SU("passive", F10, 1, "sometimes wish I wouldn't wake up, no plan"),
})

# ------------------------------------------------------------------ 11 letter of medical necessity (PDF) for IV ketamine
F11 = "lmn_iv-ketamine_dr-vasquez.pdf"
doc11 = [
    [("h", "FICTIONAL LETTER - Quillan Vasquez, MD, Psychiatry - 88 Orchard Row, Suite 4, Halvorsen, NC - 555-0152"),
     ("p", "October 6, 2026\n\nAppeals Unit, Tidewell Mutual Health (FICTIONAL), PO Box 0000, Halvorsen, NC\n"
           "Re: Priya Raman-Holt (FICTIONAL)   Member ID: TMH-FICT-2290417   DOB 12/01/1983"),
     ("h", "Letter of medical necessity: intravenous ketamine for treatment-resistant depression"),
     ("p", "I have treated Ms. Raman-Holt since 2019 for major depressive disorder, recurrent, severe without psychotic "
           "features (F33.2). She has a personal history of suicidal behavior (Z91.51): she made a suicide attempt "
           "by overdose in 2017, before she came into my care. Her current PHQ-9 is 21 and MADRS 34 (both on "
           "10/02/2026). She reports passive thoughts of death most weeks, without intent."),
     ("p", "She has had the following adequate trials, each at a therapeutic dose for at least 8 weeks:"),
     ("p", "1. Citalopram 40 mg, 2018 to 2019 (about 10 months): no response.\n"
           "2. Sertraline 200 mg, 2019 to 2020: partial response; discontinued because of persistent diarrhea.\n"
           "3. Venlafaxine XR 225 mg, 2020 to the present: remission for about a year, then relapse in 2022 while "
           "still taking it.\n"
           "4. Aripiprazole 5 mg, added to venlafaxine, June to December 2022: no additional benefit.\n"
           "5. Liothyronine 25 mcg, added to venlafaxine, January to May 2023: no benefit.\n"
           "6. Mirtazapine 30 mg, added to venlafaxine in June 2023 and continued to the present: no meaningful "
           "change.\n"
           "7. TMS, 36 sessions, April to June 2024: no response (PHQ-9 22 before the course, 20 after it).\n"
           "8. Psychotherapy: interpersonal therapy, 16 weekly sessions in 2021, and CBT, 12 sessions in 2024; "
           "neither produced meaningful improvement.")],
    [("h", "FICTIONAL LETTER - Re: Priya Raman-Holt (FICTIONAL), page 2"),
     ("p", "She has not had ECT: she has declined it twice because of concerns about her memory and her work as an "
           "accountant. Lithium was considered but not started because of her kidney function. Her sister's good "
           "response to esketamine is noted but does not bear on this request."),
     ("p", "I am requesting coverage of six intravenous ketamine infusions over three weeks (0.5 mg/kg over 40 "
           "minutes; CPT 96365, with J3490 for the drug), followed by reassessment. The denial's statement that she "
           "has not tried adequate augmentation is contradicted by items 4 to 6 above."),
     ("p", "Sincerely,\nQuillan Vasquez, MD")],
]
CASES.append({
    "slug": "11-lmn-iv-ketamine-pdf",
    "docs": [(F11, "pdf", doc11, {})],
    "_note": "FICTIONAL case. Psychiatrist's letter of medical necessity for IV ketamine (2-page PDF), trials as a "
             "numbered list. Sertraline partial but discontinued for diarrhea = side_effects. Venlafaxine still "
             "taken, remitted then relapsed on it = relapse, end null. Aripiprazole and liothyronine added to "
             "venlafaxine = augmentation; mirtazapine added to venlafaxine = antidepressant (settled), ongoing. IPT "
             "and CBT are two rows. The TMS scores 'before'/'after' are dated by the course's start and end months. "
             "Not rows: ECT declined, lithium considered, sister's esketamine, the ketamine requested. Attempt 2017.",
    "history": [
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2018", "2019", "no response", "no_response", F11, 1,
          "Citalopram 40 mg, 2018 to 2019 (about 10 months): no response"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2019", "2020",
          "partial response; discontinued because of persistent diarrhea", "side_effects", F11, 1,
          "partial response; discontinued because of persistent diarrhea"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2020", None,
          "remission for about a year, then relapse in 2022 while still taking it", "relapse", F11, 1,
          "remission for about a year, then relapse in 2022 while still taking it"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2022-06", "2022-12",
          "no additional benefit", "no_response", F11, 1,
          "Aripiprazole 5 mg, added to venlafaxine, June to December 2022: no additional benefit"),
        H("liothyronine", "thyroid hormone", "augmentation", "25 mcg", "2023-01", "2023-05", "no benefit",
          "no_response", F11, 1, "Liothyronine 25 mcg, added to venlafaxine, January to May 2023: no benefit"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2023-06", None, "no meaningful change", "no_response",
          F11, 1, "continued to the present: no meaningful change"),
        H("TMS", "rTMS", "neuromodulation", "36 sessions", "2024-04", "2024-06",
          "no response (PHQ-9 22 before the course, 20 after it)", "no_response", F11, 1,
          "TMS, 36 sessions, April to June 2024: no response"),
        H("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2021", "2021",
          "neither produced meaningful improvement", "no_response", F11, 1,
          "interpersonal therapy, 16 weekly sessions in 2021"),
        H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2024", "2024",
          "neither produced meaningful improvement", "no_response", F11, 1,
          "CBT, 12 sessions in 2024; neither produced meaningful improvement"),
    ],
    "scales": [S("PHQ-9", 21, "2026-10-02", F11, 1, "Her current PHQ-9 is 21"),
               S("MADRS", 34, "2026-10-02", F11, 1, "MADRS 34 (both on 10/02/2026)"),
               S("PHQ-9", 22, "2024-04", F11, 1, "PHQ-9 22 before the course"),
               S("PHQ-9", 20, "2024-06", F11, 1, "20 after it")],
    "diagnoses": [D("F33.2", F11, 1, "(F33.2)"), D("Z91.51", F11, 1, "personal history of suicidal behavior (Z91.51)")],
    "suicidality": SU("attempt", F11, 1, "she made a suicide attempt by overdose in 2017"),
})

# ------------------------------------------------------------------ 12 primary-care EHR export (TXT), copy-forward list
F12 = "oakhollow_visit-notes_export.txt"
MEDS_OLD = "lisinopril 20 mg daily; omeprazole 20 mg daily"


def visit(dos, kind, body, meds):
    return [("h", f"Encounter {dos} - {kind} - Nadia Fairbrook, DO"), ("p", body),
            ("p", "Active medication list (auto-populated): " + meds)]


doc12 = [[("p", "OAKHOLLOW FAMILY HEALTH (FICTIONAL RECORD) - Brindle Creek, GA - chart export, 4 encounters\n"
                "Patient: Samuel Achterberg (FICTIONAL)   DOB 08/22/1974   MRN OFH-FICT-60233\n"
                "Problem list: F33.1 Major depressive disorder, recurrent, moderate; I10 Essential (primary) "
                "hypertension; K21.9 Gastro-esophageal reflux disease without esophagitis")]
         + visit("10/21/2025", "office visit",
                 "Depression has come back over the summer: low mood, early waking, irritability at work. In winter "
                 "2023 he took escitalopram 10 mg (started around January) and felt 'back to normal' by spring; he "
                 "stopped it himself in summer 2023 once he felt well, and stayed well until this year. PHQ-9 16. "
                 "Denies SI. Has never had counseling and declines a referral for now. Plan: restart escitalopram "
                 "10 mg daily today.", MEDS_OLD + "; escitalopram 10 mg daily (new)")
         + visit("12/02/2025", "office visit",
                 "Some improvement in sleep, mood about the same. PHQ-9 15. Escitalopram increased to 20 mg daily.",
                 MEDS_OLD + "; escitalopram 20 mg daily")
         + visit("02/17/2026", "office visit",
                 "Little change after 4 months on escitalopram, 2 months of it at 20 mg. PHQ-9 15. Occasional thoughts "
                 "that his family would be better off without him; no intent or plan. Crisis line given. Discussed a "
                 "switch or adding bupropion XL 150 mg to the escitalopram; he prefers to wait 4 weeks and will call "
                 "if no better.", MEDS_OLD + "; escitalopram 20 mg daily")
         + visit("05/05/2026", "office visit",
                 "He called on 03/24/2026 and bupropion XL 150 mg was added to escitalopram 20 mg that day. After 6 "
                 "weeks: energy better, mood somewhat lighter, still not himself. PHQ-9 11. Denies SI. Plan: increase "
                 "bupropion XL to 300 mg; continue escitalopram 20 mg, which alone had not helped. Recheck 6 weeks.",
                 MEDS_OLD + "; escitalopram 10 mg daily; bupropion XL 150 mg daily")]
CASES.append({
    "slug": "12-pcp-export-restarted-drug",
    "docs": [(F12, "txt", doc12, {})],
    "_note": "FICTIONAL case. Primary-care chart export (TXT), four encounters with an auto-populated medication list "
             "copied forward (the last one still says escitalopram 10 mg, stale). Escitalopram is two rows: winter "
             "2023 to summer 2023, remission, stopped while well; restarted 10/21/2025, 20 mg from 12/2025, little "
             "change, still taken (no_response, end null). Bupropion XL added to escitalopram 03/24/2026 is an "
             "antidepressant trial (settled), ongoing, partial; its 02/2026 mention is a plan. Not rows: lisinopril, "
             "omeprazole, counseling never had / declined. Suicidality passive (02/17/2026).",
    "history": [
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2023", "2023",
          "felt 'back to normal' by spring; he stopped it himself in summer 2023 once he felt well", "remission",
          F12, 1, "felt 'back to normal' by spring; he stopped it himself in summer 2023 once he felt well"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-10-21", None,
          "Little change after 4 months on escitalopram, 2 months of it at 20 mg", "no_response", F12, 1,
          "Little change after 4 months on escitalopram, 2 months of it at 20 mg"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2026-03-24", None,
          "energy better, mood somewhat lighter, still not himself", "partial_response", F12, 1,
          "energy better, mood somewhat lighter, still not himself"),
    ],
    "scales": [S("PHQ-9", 16, "2025-10-21", F12, 1, "PHQ-9 16"), S("PHQ-9", 15, "2025-12-02", F12, 1, "PHQ-9 15"),
               S("PHQ-9", 15, "2026-02-17", F12, 1, "PHQ-9 15"), S("PHQ-9", 11, "2026-05-05", F12, 1, "PHQ-9 11")],
    "diagnoses": [D("F33.1", F12, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
                  D("I10", F12, 1, "I10 Essential (primary) hypertension"),
                  D("K21.9", F12, 1, "K21.9 Gastro-esophageal reflux disease without esophagitis")],
    "suicidality": SU("passive", F12, 1, "Occasional thoughts that his family would be better off without him"),
})
