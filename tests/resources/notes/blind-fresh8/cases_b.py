"""blind-fresh8 cases 07-12. ALL PEOPLE, CLINICS, PLANS, PHARMACIES AND NUMBERS ARE FICTIONAL."""
from common import D, FICT, H, S, SUI

CASES = []

# ----------------------------------------------------------------------------------------------------------
# 07 TMS course interrupted and resumed; prior trials table on p. 2 (PDF)
F7 = "tms_course_summary_aldergrove.pdf"
CASES.append({
    "slug": "07-tms-interrupted-resumed",
    "docs": [{
        "file": F7, "type": "pdf", "font": "dejavu", "size": 9.5,
        "header": "ALDERGROVE NEUROMODULATION CENTER (FICTIONAL)\nrTMS Course Summary",
        "footer": "FICTIONAL - Sorlie-Amani, Benedikt - FICT-AG-618044",
        "pages": [
            [
                ("p", FICT),
                ("p", "Patient: Benedikt Sorlie-Amani | DOB 1986-11-30 | Member ID FICT-AG-618044 | Referred by: Hester Quill, MD (fictional)"),
                ("p", "Diagnosis: F32.2 Major depressive disorder, single episode, severe without psychotic features"),
                ("h", "Protocol"),
                ("p", "10 Hz rTMS to the left dorsolateral prefrontal cortex, 3000 pulses per session, 120% of resting motor "
                      "threshold, five sessions a week. Motor threshold re-measured at sessions 1, 15 and 30."),
                ("h", "Course"),
                ("p", "36 sessions in all. Sessions 1-14 ran from 03/03/2025 to 03/20/2025. Treatment was paused from "
                      "03/21/2025 to 04/11/2025 (influenza, then a family funeral out of state). The course resumed on "
                      "04/14/2025 with sessions 15-36, the last on 05/14/2025. The pause was counted as an interruption of "
                      "one course, not a new course; the protocol was unchanged on resumption."),
                ("h", "Measures"),
                ("table", ["Instrument", "Baseline 03/03/2025", "Session 14 03/20/2025", "Session 15 04/14/2025", "Session 36 05/14/2025"], [
                    ["MADRS", "32", "24", "27", "15"],
                    ["PHQ-9", "20", "-", "-", "9"],
                ], [0.2, 0.2, 0.2, 0.2, 0.2], 9),
                ("h", "Outcome"),
                ("p", "Response, not remission: MADRS fell 53% from baseline (32 to 15). Some loss of ground during the pause "
                      "(24 to 27) was recovered within a week of resuming. Sleep and concentration improved most; residual "
                      "low mood and fatigue."),
                ("p", "Safety: C-SSRS screen negative at baseline, at session 15 and at session 36. One mild headache after "
                      "session 2, treated with acetaminophen; no seizures."),
                ("h", "Recommendations"),
                ("p", "Maintenance rTMS once weekly was recommended; the patient deferred a decision until his plan reviews "
                      "it. If depression returns, a repeat course or iTBS could be considered. He continues sertraline with his "
                      "psychiatrist."),
            ],
            [
                ("h", "Treatment history before rTMS (from the referral of 02/10/2025)"),
                ("table", ["Medication", "Dose", "Dates", "Outcome"], [
                    ["Escitalopram", "20 mg", "2021 (about 6 months)", "No response"],
                    ["Trintellix (vortioxetine)", "10 mg -> 20 mg", "11/2021 - 04/2022", "Nausea at 20 mg; stopped"],
                    ["Sertraline", "200 mg", "05/2022 - present", "Partial; continued during rTMS"],
                    ["Latuda (lurasidone), add-on to sertraline", "40 mg", "09/2022 - 12/2022", "No added benefit"],
                ], [0.34, 0.16, 0.22, 0.28], 9),
                ("p", "Not tried: ECT (the patient declined a referral in 2024), esketamine, MAOIs, lithium."),
                ("p", "Psychotherapy: none beyond two sessions of supportive counseling through his employer's assistance "
                      "program in 2023."),
                ("p", "Family history: his sister had a good response to ECT in 2019."),
                ("p", "Prepared by: Yusuf Brannigan, MD (fictional), Medical Director. Date: 05/16/2025."),
            ],
        ],
    }],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. One TMS course of 36 sessions "
                 "03/03/2025-05/14/2025, interrupted 3 weeks and resumed: ONE row, not two. 'Response, not remission' -> "
                 "partial_response. Scales from the measures table, each dated by its column's date (MADRS 32, 24, 27, 15; "
                 "PHQ-9 20, 9). Prior trials table on p. 2: escitalopram 2021; vortioxetine stopped for nausea; sertraline "
                 "ongoing partial; lurasidone 'add-on' -> augmentation. Not rows: maintenance rTMS (deferred), iTBS "
                 "(could be considered), ECT (declined), esketamine/MAOI/lithium (not tried), two EAP counseling "
                 "sessions (not a course), sister's ECT, acetaminophen. Suicidality: C-SSRS screens negative -> none.",
        "history": [
            H("TMS", "TMS", "neuromodulation", "36 sessions", "2025-03-03", "2025-05-14",
              "Response, not remission: MADRS fell 53% from baseline (32 to 15)", "partial_response",
              F7, 1, "Response, not remission: MADRS fell 53% from baseline (32 to 15)."),
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2021", "2021",
              "No response", "no_response",
              F7, 2, "Escitalopram 20 mg 2021 (about 6 months) No response"),
            H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2021-11", "2022-04",
              "Nausea at 20 mg; stopped", "side_effects",
              F7, 2, "Nausea at 20 mg; stopped"),
            H("sertraline", "SSRI", "antidepressant", "200 mg", "2022-05", None,
              "Partial; continued during rTMS", "partial_response",
              F7, 2, "Partial; continued during rTMS"),
            H("lurasidone", "atypical antipsychotic", "augmentation", "40 mg", "2022-09", "2022-12",
              "No added benefit", "no_response",
              F7, 2, "No added benefit"),
        ],
        "scales": [
            S("MADRS", 32, "2025-03-03", F7, 1, "MADRS 32 24 27 15"),
            S("MADRS", 24, "2025-03-20", F7, 1, "MADRS 32 24 27 15"),
            S("MADRS", 27, "2025-04-14", F7, 1, "MADRS 32 24 27 15"),
            S("MADRS", 15, "2025-05-14", F7, 1, "MADRS 32 24 27 15"),
            S("PHQ-9", 20, "2025-03-03", F7, 1, "PHQ-9 20 - - 9"),
            S("PHQ-9", 9, "2025-05-14", F7, 1, "PHQ-9 20 - - 9"),
        ],
        "diagnoses": [D("F32.2", F7, 1, "F32.2 Major depressive disorder, single episode, severe without psychotic features")],
        "suicidality": SUI("none", F7, 1, "C-SSRS screen negative at baseline, at session 15 and at session 36."),
    },
})

# ----------------------------------------------------------------------------------------------------------
# 08 Spravato treatment log with REMS monitoring, EHR export (PDF, monospace log on p. 2)
F8 = "spravato_treatment_log_export.pdf"
LOG8 = (
    "Sess Date        Dose   BP pre   BP peak  MOASS CADSS  Disch  MADRS  Notes\n"
    "---- ----------  -----  -------  -------  ----- -----  -----  -----  ------------------------------\n"
    " 1   08/04/2026  56 mg  128/82   146/90   5     14     2h05   35     first dose; nausea x1\n"
    " 2   08/07/2026  56 mg  124/80   142/88   5     11     2h00   -      \n"
    " 3   08/11/2026  84 mg  130/84   152/94   4     16     2h20   -      BP 152/94 at 40 min, recheck ok\n"
    " 4   08/14/2026  84 mg  126/80   144/90   5     12     2h00   -      \n"
    " 5   08/18/2026  84 mg  122/78   140/86   5     10     2h00   -      \n"
    " 6   08/21/2026  84 mg  124/82   138/86   5     9      2h00   -      \n"
    " 7   08/25/2026  84 mg  128/80   141/88   5     8      2h00   -      \n"
    " 8   08/28/2026  84 mg  126/82   139/85   5     8      2h00   24     end of induction\n"
    " 9   09/08/2026  84 mg  124/80   137/84   5     7      2h00   -      weekly from here\n"
    "10   09/22/2026  84 mg  122/78   136/84   5     6      2h00   -      \n"
    "11   10/06/2026  84 mg  126/80   140/86   5     6      2h00   -      \n"
    "12   10/27/2026  84 mg  124/80   138/84   5     5      2h00   19     response, not remission"
)
CASES.append({
    "slug": "08-esketamine-rems-log",
    "docs": [{
        "file": F8, "type": "pdf", "font": "libsans", "size": 9.5,
        "header": "TIDEWATER INTERVENTIONAL PSYCHIATRY (FICTIONAL) - EHR EXPORT\nEsketamine (Spravato) treatment record - REMS",
        "footer": "FICTIONAL EXPORT - Oyelaran-Pike, Geneva - FICT-TW-905512 - printed 11/02/2026",
        "pages": [
            [
                ("p", FICT),
                ("table", ["Field", "Value"], [
                    ["Patient", "Geneva Oyelaran-Pike (FICTIONAL)"],
                    ["DOB / Member ID", "1975-05-19 / FICT-TW-905512"],
                    ["Intake date", "07/14/2026"],
                    ["Prescriber", "Caspar Nwankwo-Hill, MD (fictional)"],
                    ["REMS patient enrollment", "FICT-REMS-20417 (fictional)"],
                    ["Diagnoses", "F33.2 MDD, recurrent, severe w/o psychotic features; I10 Essential hypertension"],
                ], [0.3, 0.7], 9),
                ("h", "Intake summary (07/14/2026)"),
                ("p", "Three years of continuous depression. Passive death wish most days (\"I wouldn't mind if I didn't wake "
                      "up\"), no plan, no intent, no history of attempts. Hypertension controlled on amlodipine 5 mg; "
                      "cleared by her PCP for esketamine with BP monitoring."),
                ("h", "Prior treatment (intake)"),
                ("table", ["Treatment", "Role", "Dates", "Response"], [
                    ["Duloxetine 120 mg", "Monotherapy", "02/2024 - 09/2024", "Nonresponder"],
                    ["Mirtazapine 45 mg", "Augmentation of duloxetine", "10/2024 - 03/2025", "Gained 20 lb; stopped"],
                    ["Sertraline 200 mg", "Current oral AD", "04/2025 - ", "Partial benefit alone"],
                    ["ACT (acceptance and commitment therapy), 12 sessions", "Psychotherapy", "2025", "Did not help"],
                ], [0.36, 0.22, 0.2, 0.22], 9),
                ("p", "No prior TMS or ECT. Lithium never tried. IV ketamine at an outside clinic was discussed as an "
                      "alternative and not pursued. Sertraline 200 mg continued as the oral antidepressant."),
            ],
            [
                ("h", "Session log (REMS monitoring; observation to discharge readiness, minimum 2 hours)"),
                ("pre", LOG8, 7.8),
                ("p", "MOASS 5 = responds readily to name; CADSS = dissociation score. Every session: C-SSRS screen negative, "
                      "no SI; driver arranged; REMS monitoring form submitted."),
                ("h", "Course summary (11/02/2026)"),
                ("p", "Esketamine 56 mg for sessions 1-2, 84 mg from session 3; induction twice weekly 08/04/2026 - "
                      "08/28/2026, then weekly. Response, not remission: MADRS 35 to 19. Transient BP rises, none needing "
                      "treatment. Plan: continue weekly maintenance with sertraline 200 mg; reassess at 12 weeks of "
                      "maintenance."),
            ],
        ],
    }],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. Esketamine is scored as a history row "
                 "with kind 'antidepressant' (the docs are silent on its kind; see the set README), dose 84 mg (the "
                 "current dose), start 08/04/2026, end null (maintenance continues), 'Response, not remission' -> "
                 "partial_response. Mirtazapine's role is written 'Augmentation of duloxetine' -> augmentation, stopped for "
                 "weight gain. ACT 'Did not help' -> no_response, 2025. Scales: MADRS in the session log on sessions 1, 8 "
                 "and 12 (dated by the session). Not rows: TMS/ECT (none), lithium (never), IV ketamine (discussed), "
                 "amlodipine. Suicidality: passive at intake, screens negative later -> passive.",
        "history": [
            H("duloxetine", "SNRI", "antidepressant", "120 mg", "2024-02", "2024-09",
              "Nonresponder", "no_response",
              F8, 1, "Duloxetine 120 mg Monotherapy 02/2024 - 09/2024 Nonresponder"),
            H("mirtazapine", "NaSSA", "augmentation", "45 mg", "2024-10", "2025-03",
              "Gained 20 lb; stopped", "side_effects",
              F8, 1, "Gained 20 lb; stopped"),
            H("sertraline", "SSRI", "antidepressant", "200 mg", "2025-04", None,
              "Partial benefit alone", "partial_response",
              F8, 1, "Partial benefit alone"),
            H("ACT", "psychotherapy", "psychotherapy", "12 sessions", "2025", "2025",
              "Did not help", "no_response",
              F8, 1, "Did not help"),
            H("esketamine", "NMDA receptor antagonist", "antidepressant", "84 mg", "2026-08-04", None,
              "Response, not remission: MADRS 35 to 19", "partial_response",
              F8, 2, "Response, not remission: MADRS 35 to 19."),
        ],
        "scales": [
            S("MADRS", 35, "2026-08-04", F8, 2, "1 08/04/2026 56 mg 128/82 146/90 5 14 2h05 35 first dose; nausea x1"),
            S("MADRS", 24, "2026-08-28", F8, 2, "8 08/28/2026 84 mg 126/82 139/85 5 8 2h00 24 end of induction"),
            S("MADRS", 19, "2026-10-27", F8, 2, "12 10/27/2026 84 mg 124/80 138/84 5 5 2h00 19 response, not remission"),
        ],
        "diagnoses": [
            D("F33.2", F8, 1, "F33.2 MDD, recurrent, severe w/o psychotic features"),
            D("I10", F8, 1, "I10 Essential hypertension"),
        ],
        "suicidality": SUI("passive", F8, 1, "Passive death wish most days"),
    },
})

# ----------------------------------------------------------------------------------------------------------
# 09 pain clinic: CRPS, ketamine infusions, opioid and other trials; history on p. 2 (PDF)
F9 = "pain_followup_2026-11-09.pdf"
CASES.append({
    "slug": "09-pain-crps-ketamine-opioids",
    "docs": [{
        "file": F9, "type": "pdf", "font": "libserif", "size": 10.5,
        "header": "KINGSFERRY PAIN & SPINE (FICTIONAL) - Interventional Pain Medicine\nFollow-up visit 11/09/2026",
        "footer": "FICTIONAL RECORD - Varga-Moreau, Ansel - FICT-KF-117655",
        "pages": [
            [
                ("p", FICT),
                ("p", "Patient: Ansel Varga-Moreau   DOB 08/27/1981   Member ID FICT-KF-117655   Provider: Ilse Dorrance, MD (fictional)"),
                ("h", "S:"),
                ("p", "Complex regional pain syndrome type I of the right foot since an ankle fracture with ORIF in 11/2022. "
                      "Pain today 8/10 at rest, 10/10 with light touch over the dorsum of the foot. Burning, colour change "
                      "and swelling worse in the cold. Sleeps 3-4 hours. Off work since 06/2025."),
                ("p", "He returns to ask about repeating ketamine. At the last infusion (09/19/2025) pain was 3/10, and he "
                      "describes the following ten weeks as \"the only normal stretch in three years\"."),
                ("p", "Mood: low and irritable, worse since the benefit faded. PHQ-9 12 today. Denies suicidal ideation."),
                ("h", "O:"),
                ("p", "BP 134/86, HR 78. Right foot: allodynia to light brush over the dorsum, mottled and 1.8 C cooler than the "
                      "left, mild edema, reduced ankle range of motion, shiny skin. Gait antalgic with a cane."),
                ("h", "Current medications"),
                ("p", "Acetaminophen 1 g up to three times daily as needed; topical lidocaine 5% patch; naproxen as needed. No "
                      "current opioid. An opioid treatment agreement from 2024 is on file."),
            ],
            [
                ("h", "Treatment history"),
                ("p", "1. Gabapentin, titrated to 900 mg three times daily, 01/2023 to 06/2023: too somnolent to work; stopped."),
                ("p", "2. Pregabalin (Lyrica) 150 mg twice daily, 07/2023 to 12/2023: about 20% relief, but ankle edema and a "
                      "12 lb weight gain; stopped."),
                ("p", "3. Nortriptyline 50 mg at night for neuropathic pain, 03/2024 to 07/2024: no pain relief after four "
                      "months; stopped."),
                ("p", "4. Oxycodone ER 10 mg twice daily, 02/2024 to 10/2024: escalating need without functional gain; "
                      "tapered off over six weeks in 10/2024."),
                ("p", "5. Lumbar sympathetic blocks, right, x3 in 05/2024: 60-70% relief for three or four days after each, "
                      "then back to baseline."),
                ("p", "6. IV ketamine infusion series, 10 outpatient infusions 09/08/2025 to 09/19/2025: pain from 8/10 to 3/10; "
                      "relief lasted about ten weeks, back to baseline by December 2025."),
                ("p", "He has never tried duloxetine. A spinal cord stimulator trial was planned in 01/2026 but his plan denied "
                      "it. His cousin, also with CRPS, did well with a stimulator."),
                ("h", "Assessment"),
                ("p", "G90.521 Complex regional pain syndrome I of right lower limb. G89.4 Chronic pain syndrome. F32.A "
                      "Depression, unspecified. Ketamine produced the only meaningful relief to date."),
                ("h", "Plan"),
                ("p", "Request prior authorization for a repeat ketamine infusion series. Consider low-dose naltrexone in the "
                      "meantime. Mirror therapy handout given. Could revisit a stimulator trial on appeal. Return in 4 weeks."),
            ],
        ],
    }],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. Pain clinic note, history on p. 2. "
                 "Ketamine infusions for CRPS are scored kind 'other' (docs silent on ketamine's kind; see the set "
                 "README), dose '10 infusions', relief then back to baseline -> relapse. Pregabalin gave ~20% relief but "
                 "was stopped for edema/weight gain -> side_effects (stop reason decides). Nortriptyline for pain stays "
                 "'antidepressant'. Oxycodone and the blocks are 'other'. Lumbar sympathetic blocks: relief then back to "
                 "baseline -> relapse, three blocks in 05/2024 (start and end 2024-05). Scales: pain NRS 8 and 10 "
                 "today (both told together), pain NRS 3 dated 09/19/2025 (date written before it), PHQ-9 12 today. Not "
                 "rows: duloxetine (never), spinal cord stimulator (payer denied), cousin's stimulator, low-dose "
                 "naltrexone (consider), repeat ketamine (planned), acetaminophen/naproxen/lidocaine as needed, mirror "
                 "therapy handout. Suicidality: 'Denies suicidal ideation' -> none.",
        "history": [
            H("gabapentin", "gabapentinoid", "other", "900 mg three times daily", "2023-01", "2023-06",
              "too somnolent to work; stopped", "side_effects",
              F9, 2, "Gabapentin, titrated to 900 mg three times daily, 01/2023 to 06/2023: too somnolent to work; stopped."),
            H("pregabalin", "gabapentinoid", "other", "150 mg twice daily", "2023-07", "2023-12",
              "about 20% relief, but ankle edema and a 12 lb weight gain; stopped", "side_effects",
              F9, 2, "about 20% relief, but ankle edema and a 12 lb weight gain; stopped."),
            H("nortriptyline", "TCA", "antidepressant", "50 mg", "2024-03", "2024-07",
              "no pain relief after four months; stopped", "no_response",
              F9, 2, "no pain relief after four months; stopped."),
            H("oxycodone", "opioid", "other", "10 mg twice daily", "2024-02", "2024-10",
              "escalating need without functional gain; tapered off", "no_response",
              F9, 2, "Oxycodone ER 10 mg twice daily, 02/2024 to 10/2024: escalating need without functional gain"),
            H("lumbar sympathetic block", "nerve block", "other", "3 blocks", "2024-05", "2024-05",
              "60-70% relief for three or four days after each, then back to baseline", "relapse",
              F9, 2, "60-70% relief for three or four days after each, then back to baseline."),
            H("ketamine", "NMDA receptor antagonist", "other", "10 infusions", "2025-09-08", "2025-09-19",
              "pain from 8/10 to 3/10; relief lasted about ten weeks, back to baseline by December 2025", "relapse",
              F9, 2, "relief lasted about ten weeks, back to baseline by December 2025."),
        ],
        "scales": [
            S("pain NRS", 8, "2026-11-09", F9, 1, "Pain today 8/10 at rest, 10/10 with light touch"),
            S("pain NRS", 10, "2026-11-09", F9, 1, "Pain today 8/10 at rest, 10/10 with light touch"),
            S("pain NRS", 3, "2025-09-19", F9, 1, "At the last infusion (09/19/2025) pain was 3/10"),
            S("PHQ-9", 12, "2026-11-09", F9, 1, "PHQ-9 12 today."),
        ],
        "diagnoses": [
            D("G90.521", F9, 2, "G90.521 Complex regional pain syndrome I of right lower limb."),
            D("G89.4", F9, 2, "G89.4 Chronic pain syndrome."),
            D("F32.A", F9, 2, "F32.A Depression, unspecified."),
        ],
        "suicidality": SUI("none", F9, 1, "Denies suicidal ideation."),
    },
})

# ----------------------------------------------------------------------------------------------------------
# 10 psychotherapy discharge summary (DOCX) with an outcome-measures table
F10 = "therapy_discharge_summary.docx"
P10 = [
    ("h", "Juniper Hollow Counseling Collective (fictional)", 1),
    ("p", FICT),
    ("h", "Discharge / Transfer Summary", 2),
    ("table", ["Client", "Rowan Tahtinen-Delacroix (FICTIONAL)"], [
        ["Member ID", "FICT-JH-552019"],
        ["Therapist", "Mireille Aboagye, LMFT (fictional)"],
        ["First session / last session", "11/06/2025 / 04/02/2026"],
        ["Sessions attended", "18 of 20 scheduled"],
        ["Modality", "Individual CBT for depression (behavioral experiments, cognitive restructuring)"],
        ["Diagnoses", "F33.1 Major depressive disorder, recurrent, moderate; F43.10 Post-traumatic stress disorder, unspecified"],
    ]),
    ("h", "Reason for referral", 3),
    ("p", "Referred by her primary care clinician for persistent low mood, poor sleep and avoidance after a car accident in "
          "2023."),
    ("h", "Treatment history reported at intake", 3),
    ("p", "EMDR with a previous therapist in 2024, eight sessions, for accident memories; she says it did not change her mood "
          "or the nightmares."),
    ("p", "Medications prescribed by her PCP: fluvoxamine 100 mg in 2022, stopped after five weeks because it \"made me sick "
          "to my stomach\"; sertraline 100 mg since June 2025, and she cannot say whether it has helped."),
    ("p", "Her sister finds Lexapro helpful. She has never seen a psychiatrist."),
    ("h", "Course of treatment", 3),
    ("p", "Eighteen sessions of individual CBT between 11/06/2025 and 04/02/2026. She re-engaged with walking and with two "
          "friends and kept a thought record. Goals partially met: PHQ-9 fell from 20 to 14, and mood remains in the "
          "moderate range."),
    ("h", "Outcome measures", 3),
    ("table", ["Measure", "Intake 11/06/2025", "Mid-point 01/22/2026", "Discharge 04/02/2026"], [
        ["PHQ-9", "20", "16", "14"],
        ["GAD-7", "13", "11", "10"],
    ]),
    ("h", "Risk", 3),
    ("p", "One suicide attempt by overdose at age 19 (2015), with a medical admission; no attempts since. At discharge she "
          "denies suicidal ideation and has a written safety plan."),
    ("h", "Reason for discharge and recommendations", 3),
    ("p", "Transfer to a higher level of care for medication management. Recommended: psychiatric evaluation; psychiatry "
          "may consider TMS or a change of medication. IPT could be considered later. She declined couples therapy."),
    ("p", "Mireille Aboagye, LMFT (fictional) - 04/09/2026 - 555-0171 - mireille@juniperhollow.example"),
]
CASES.append({
    "slug": "10-therapy-discharge-docx",
    "docs": [{"file": F10, "type": "docx", "items": P10, "font": "Georgia", "size": 11}],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. Therapist's discharge summary (DOCX) "
                 "with a key-value table and an outcome-measures table whose dates are in the column headings (each "
                 "score dated by its column). CBT 18 sessions 2025-11-06 to 2026-04-02, 'Goals partially met' -> partial. "
                 "EMDR 2024 8 sessions 'did not change her mood' -> no_response. Fluvoxamine 2022 'made me sick to my "
                 "stomach' -> side_effects. Sertraline since June 2025, client 'cannot say whether it has helped' -> "
                 "unknown, end null. Not rows: sister's Lexapro, psychiatry/TMS/medication change/IPT "
                 "(recommendations), couples therapy (declined). Suicidality: attempt in 2015 -> attempt.",
        "history": [
            H("CBT", "psychotherapy", "psychotherapy", "18 sessions", "2025-11-06", "2026-04-02",
              "Goals partially met: PHQ-9 fell from 20 to 14", "partial_response",
              F10, 1, "Goals partially met: PHQ-9 fell from 20 to 14, and mood remains in the moderate range."),
            H("EMDR", "psychotherapy", "psychotherapy", "8 sessions", "2024", "2024",
              "did not change her mood or the nightmares", "no_response",
              F10, 1, "EMDR with a previous therapist in 2024, eight sessions, for accident memories; she says it did not change her mood or the nightmares."),
            H("fluvoxamine", "SSRI", "antidepressant", "100 mg", "2022", "2022",
              "stopped after five weeks because it made me sick to my stomach", "side_effects",
              F10, 1, "fluvoxamine 100 mg in 2022, stopped after five weeks because it \"made me sick to my stomach\""),
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-06", None,
              "she cannot say whether it has helped", "unknown",
              F10, 1, "sertraline 100 mg since June 2025, and she cannot say whether it has helped."),
        ],
        "scales": [
            S("PHQ-9", 20, "2025-11-06", F10, 1, "PHQ-9 20 16 14"),
            S("PHQ-9", 16, "2026-01-22", F10, 1, "PHQ-9 20 16 14"),
            S("PHQ-9", 14, "2026-04-02", F10, 1, "PHQ-9 20 16 14"),
            S("GAD-7", 13, "2025-11-06", F10, 1, "GAD-7 13 11 10"),
            S("GAD-7", 11, "2026-01-22", F10, 1, "GAD-7 13 11 10"),
            S("GAD-7", 10, "2026-04-02", F10, 1, "GAD-7 13 11 10"),
        ],
        "diagnoses": [
            D("F33.1", F10, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
            D("F43.10", F10, 1, "F43.10 Post-traumatic stress disorder, unspecified"),
        ],
        "suicidality": SUI("attempt", F10, 1, "One suicide attempt by overdose at age 19 (2015)"),
    },
})

# ----------------------------------------------------------------------------------------------------------
# 11 scanned handwritten progress note, image-only PDF, trials on p. 2
F11 = "handwritten_progress_note_scan.pdf"
P11a = [
    ("bold", "RIVERBEND STREET PSYCHIATRY (FICTIONAL)", 0),
    ("print", "FICTIONAL TEST DOCUMENT - not a real patient", 0),
    ("print", "Pt: Samuel Iverson-Quaye   DOB 5/30/1990   ID FICT-RS-33018", 0),
    ("print", "Visit date: 10/14/2026          Page 1 of 2", 0),
    ("rule", "", 0),
    ("hand", "S: f/u MDD. \"Same as ever.\" Sleep 4-5 h,", 0),
    ("hand", "low energy, anhedonia. Works part time.", 40),
    ("hand", "SI: passive (\"wouldn't mind not waking up\")", 40),
    ("hand", "- plan, - intent, - prior attempts", 40),
    ("hand", "O: flat affect, linear, no psychosis", 0),
    ("hand", "PHQ-9 = 21     GAD-7 = 9", 40),
    ("hand", "A: MDD recurrent severe F33.2", 0),
    ("hand", "TRD - see p.2 for trials", 40),
]
P11b = [
    ("print", "Iverson-Quaye, S. (FICTIONAL)   10/14/2026   Page 2 of 2", 0),
    ("rule", "", 0),
    ("hand", "Med trials (pt + old records):", 0),
    ("hand", "1) citalopram 20->40  6/23 - 12/23: partial,", 0),
    ("hand", "stopped b/c QTc 489 on ECG", 60),
    ("hand", "2) Remeron 15->30  early 2024 - summer 2024:", 0),
    ("hand", "+15 lb wt gain, d/c", 60),
    ("hand", "3) lithium aug (to Remeron) 600mg lvl 0.6", 0),
    ("hand", "5/24 - 8/24: no change", 60),
    ("hand", "4) Cymbalta 60  9/24 - 3/25: helped ~2 mo,", 0),
    ("hand", "then sx back", 60),
    ("hand", "5) Trintellix 20  4/25 - now: partial, tolerating", 0),
    ("hand", "NEVER: ECT, TMS, MAOI. Pt declines ECT.", 0),
    ("hand", "Fam hx: sister - Lexapro, good response", 0),
    ("hand", "P: cont Trintellix 20. Consider Spravato vs", 0),
    ("hand", "aripiprazole aug. RTC 4 wks.", 40),
    ("hand", "P. Okonkwo-Lind MD (fictional)", 300),
]
CASES.append({
    "slug": "11-handwritten-scan-two-pages",
    "docs": [{"file": F11, "type": "scanpdf", "pages": [P11a, P11b], "seed": 1111, "angles": [1.2, -1.9],
              "ruled": True, "hand_size": 40}],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. Image-only PDF (no text layer), two "
                 "scanned handwritten-style pages; trials on p. 2; truth texts are the drawn lines (OCR will differ a "
                 "little). Citalopram 'partial' but stopped for QTc prolongation -> side_effects (stop reason decides). "
                 "Remeron 'early 2024 - summer 2024' -> 2024/2024. Lithium 'aug (to Remeron)' -> augmentation. Cymbalta "
                 "'helped ~2 mo, then sx back' -> relapse. Trintellix ongoing ('now', plan continues it), partial. Not "
                 "rows: ECT/TMS/MAOI (never; ECT declined), sister's Lexapro, Spravato and aripiprazole (consider). "
                 "Numeric dates are M/YY.",
        "history": [
            H("citalopram", "SSRI", "antidepressant", "40 mg", "2023-06", "2023-12",
              "partial, stopped b/c QTc 489 on ECG", "side_effects",
              F11, 2, "1) citalopram 20->40 6/23 - 12/23: partial, stopped b/c QTc 489 on ECG"),
            H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024", "2024",
              "+15 lb wt gain, d/c", "side_effects",
              F11, 2, "2) Remeron 15->30 early 2024 - summer 2024: +15 lb wt gain, d/c"),
            H("lithium", "mood stabilizer", "augmentation", "600mg", "2024-05", "2024-08",
              "no change", "no_response",
              F11, 2, "3) lithium aug (to Remeron) 600mg lvl 0.6 5/24 - 8/24: no change"),
            H("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-09", "2025-03",
              "helped ~2 mo, then sx back", "relapse",
              F11, 2, "4) Cymbalta 60 9/24 - 3/25: helped ~2 mo, then sx back"),
            H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2025-04", None,
              "partial, tolerating", "partial_response",
              F11, 2, "5) Trintellix 20 4/25 - now: partial, tolerating"),
        ],
        "scales": [
            S("PHQ-9", 21, "2026-10-14", F11, 1, "PHQ-9 = 21 GAD-7 = 9"),
            S("GAD-7", 9, "2026-10-14", F11, 1, "PHQ-9 = 21 GAD-7 = 9"),
        ],
        "diagnoses": [D("F33.2", F11, 1, "A: MDD recurrent severe F33.2")],
        "suicidality": SUI("passive", F11, 1, "SI: passive (\"wouldn't mind not waking up\") - plan, - intent, - prior attempts"),
    },
})

# ----------------------------------------------------------------------------------------------------------
# 12 templated EHR export (TXT), four visits, copy-forward trials block, bupropion restarted after a gap
F12 = "meadowlark_progress_notes_export.txt"
TRIALS12 = """  Past psychiatric medication trials (copied forward from 03/10/2026 intake):
  +----------------------+-------------------+-----------------------------------------------+
  | Medication           | Dates             | Outcome                                       |
  +----------------------+-------------------+-----------------------------------------------+
  | sertraline 100 mg    | 2019 - 2020       | "didn't do anything"                          |
  | WBT XL 300 mg        | 01/2022 - 10/2022 | full remission by spring 2022; tapered off    |
  |                      |                   | 10/2022 while well                            |
  | vortioxetine 10->20  | 06/2025 - 09/2025 | constant nausea, stopped                      |
  | IPT (12 sessions)    | 2023              | mood lifted somewhat; still depressed         |
  +----------------------+-------------------+-----------------------------------------------+"""


def visit(date, cc, interval, meds, mse, measures, ap):
    return f"""
==========================================================================================
MEADOWLARK BEHAVIORAL MEDICINE (FICTIONAL) | PROGRESS NOTE | DOS {date}
Patient: KARLSSON-OBI, INES | MRN FICT-ML-470215 | Provider: Teodor Vance, DO (fictional)
==========================================================================================
CHIEF COMPLAINT: {cc}
INTERVAL HISTORY:
{interval}
MEDICATIONS (ACTIVE):
{meds}
{TRIALS12}
MENTAL STATUS EXAM: {mse}
MEASURES:
{measures}
DIAGNOSES: F33.2 Major depressive disorder, recurrent, severe w/o psychotic features; E66.9 Obesity, unspecified
ASSESSMENT/PLAN:
{ap}
"""


TXT12 = FICT + "\nExport of 4 encounters, generated 11/20/2026. FICTIONAL PATIENT - FOR SOFTWARE TESTING ONLY.\n" + "".join([
    visit("03/10/2026", "New patient, transferring care after a move from out of state.",
          "  MDD since 2019. Depressed again since autumn 2025, off all medication since 09/2025.\n"
          "  Suicide risk: denies current SI. Lifetime: active SI with a plan (car) in 2020, never acted on it, no attempts.",
          "  none",
          "anxious, tearful, linear, no psychosis",
          "  | PHQ-9 | 19 | 03/10/2026 |\n  | GAD-7 | 11 | 03/10/2026 |",
          "  1. MDD, recurrent, severe. Bupropion gave a full remission in 2022: restart WBT XL 150 mg today,\n"
          "     increase to 300 mg in 2 weeks.\n"
          "  2. Obesity: PCP following."),
    visit("05/12/2026", "Follow-up, bupropion.",
          "  On WBT XL 300 mg since 03/24/2026. Mood no better; sleep fair. Denies SI.",
          "  bupropion XL 300 mg daily",
          "constricted affect, linear",
          "  | PHQ-9 | 18 | 05/12/2026 |",
          "  1. MDD: no response yet to the bupropion restart. Add olanzapine 2.5 mg at bedtime as augmentation.\n"
          "     Discussed lithium as an alternative; she would rather not."),
    visit("07/14/2026", "Follow-up.",
          "  Stopped olanzapine on 07/01/2026 herself: gained 9 lb in six weeks and constant sweet cravings.\n"
          "  Still on WBT XL 300 mg. Denies SI.",
          "  bupropion XL 300 mg daily",
          "constricted, linear",
          "  | PHQ-9 | 17 | 07/14/2026 |",
          "  1. MDD: olanzapine off, agree. Continue bupropion for now."),
    visit("11/17/2026", "Follow-up.",
          "  WBT, 2nd trial (restarted 03/2026): no response after ~7 months at 300 mg. Tapered and stopped 11/10/2026.\n"
          "  Denies SI.",
          "  none",
          "depressed, slowed, linear",
          "  | PHQ-9 | 20 | 11/17/2026 |",
          "  1. MDD, treatment resistant. Refer for TMS evaluation. Discussed Auvelity; she wants to wait\n"
          "     for her plan's formulary decision. No new medication today. RTC 4 weeks."),
]) + "\n-- END OF EXPORT (FICTIONAL) --\n"

CASES.append({
    "slug": "12-ehr-export-restart-after-gap",
    "docs": [{"file": F12, "type": "txt", "text": TXT12}],
    "truth": {
        "_note": "All people, clinics, plans and numbers in this case are fictional. Four templated visits in one TXT; "
                 "the same past-trials ASCII table is copied forward into every visit (one row per trial, not four). "
                 "Bupropion ('WBT XL') twice: 01/2022-10/2022 full remission, and a second trial restarted 03/2026 "
                 "(300 mg from 03/24/2026), stopped 11/10/2026 with no response. Olanzapine 'as augmentation' "
                 "2026-05-12 to 2026-07-01, weight gain -> side_effects. IPT 2023 'mood lifted somewhat; still "
                 "depressed' -> partial_response. Not rows: lithium (discussed, declined), TMS (referral), Auvelity "
                 "(discussed). Suicidality: lifetime active SI with a plan in 2020, no attempt; denies SI at every visit "
                 "-> active (highest documented).",
        "history": [
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2019", "2020",
              "didn't do anything", "no_response",
              F12, 1, "| sertraline 100 mg | 2019 - 2020 | \"didn't do anything\" |"),
            H("bupropion", "NDRI", "antidepressant", "300 mg", "2022-01", "2022-10",
              "full remission by spring 2022; tapered off 10/2022 while well", "remission",
              F12, 1, "| WBT XL 300 mg | 01/2022 - 10/2022 | full remission by spring 2022; tapered off |"),
            H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2025-06", "2025-09",
              "constant nausea, stopped", "side_effects",
              F12, 1, "| vortioxetine 10->20 | 06/2025 - 09/2025 | constant nausea, stopped |"),
            H("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2023", "2023",
              "mood lifted somewhat; still depressed", "partial_response",
              F12, 1, "| IPT (12 sessions) | 2023 | mood lifted somewhat; still depressed |"),
            H("bupropion", "NDRI", "antidepressant", "300 mg", "2026-03", "2026-11-10",
              "no response after ~7 months at 300 mg", "no_response",
              F12, 1, "WBT, 2nd trial (restarted 03/2026): no response after ~7 months at 300 mg. Tapered and stopped 11/10/2026."),
            H("olanzapine", "atypical antipsychotic", "augmentation", "2.5 mg", "2026-05-12", "2026-07-01",
              "gained 9 lb in six weeks and constant sweet cravings", "side_effects",
              F12, 1, "Stopped olanzapine on 07/01/2026 herself: gained 9 lb in six weeks and constant sweet cravings."),
        ],
        "scales": [
            S("PHQ-9", 19, "2026-03-10", F12, 1, "| PHQ-9 | 19 | 03/10/2026 |"),
            S("GAD-7", 11, "2026-03-10", F12, 1, "| GAD-7 | 11 | 03/10/2026 |"),
            S("PHQ-9", 18, "2026-05-12", F12, 1, "| PHQ-9 | 18 | 05/12/2026 |"),
            S("PHQ-9", 17, "2026-07-14", F12, 1, "| PHQ-9 | 17 | 07/14/2026 |"),
            S("PHQ-9", 20, "2026-11-17", F12, 1, "| PHQ-9 | 20 | 11/17/2026 |"),
        ],
        "diagnoses": [
            D("F33.2", F12, 1, "F33.2 Major depressive disorder, recurrent, severe w/o psychotic features"),
            D("E66.9", F12, 1, "E66.9 Obesity, unspecified"),
        ],
        "suicidality": SUI("active", F12, 1, "Lifetime: active SI with a plan (car) in 2020, never acted on it, no attempts."),
    },
})
