"""FICTIONAL cases 01-06 of notes23. Every person, clinic, plan, number and place here is invented."""
from helpers import H, S, D, SI


def h(t):
    return ("h", t)


def p(t):
    return ("p", t)


def l(t):
    return ("l", t)


def g():
    return ("g",)


def t(*rows):
    return ("t", [list(r) for r in rows])


CASES = []

# ------------------------------------------------------------------ 01 inpatient discharge summary + med rec
F01 = "quillridge_discharge_summary_brennerman.pdf"
CASES.append({
    "slug": "01-inpatient-psychiatric-discharge-med-rec-pdf",
    "docs": [{
        "file": F01, "fmt": "pdf", "font": "sans", "size": 9.6,
        "header": "Quillridge Behavioral Health Hospital (FICTIONAL) - Inpatient Psychiatry - MRN FICT-RB-40217",
        "pages": [[
            h("DISCHARGE SUMMARY - FICTIONAL RECORD FOR SOFTWARE TESTING"),
            l("Patient: Talia Brennerman (FICTIONAL)     DOB: 04/19/1988     MRN: FICT-RB-40217"),
            l("Admitted: 10/28/2026     Discharged: 11/12/2026     Unit: 3 West, adult mood unit     Legal status: voluntary"),
            l("Attending: Oren Villalobos, MD (FICTIONAL)     Outpatient psychiatrist: Imani Feld, MD (FICTIONAL)"),
            h("Discharge diagnoses"),
            l("F33.2   Major depressive disorder, recurrent, severe, without psychotic features"),
            l("F41.1   Generalized anxiety disorder"),
            l("E03.9   Hypothyroidism, unspecified"),
            l("Z91.51  Personal history of suicidal behavior"),
            h("Reason for admission"),
            p("Ms. Brennerman, a 38-year-old paralegal, was brought in by her partner on 10/28/2026 after she took about "
              "twenty of her hydroxyzine 25 mg tablets with the intention of dying; she called her partner within the hour. "
              "Poison control was consulted in the emergency department and she was medically cleared the same night. On "
              "arrival to the unit she described ongoing thoughts of killing herself with intent, and said she had been "
              "thinking about it for about three weeks."),
            h("History of present illness and prior treatment"),
            p("This is her third depressive episode; the first was in 2019. Records from Dr. Feld were obtained and "
              "reviewed with the patient. Sertraline was her first medicine, 2019 to 2020, raised to 150 mg; it gave a "
              "partial response, but she stopped it in 08/2020 because of sexual side effects."),
            p("Venlafaxine XR followed from 10/2020, up to 225 mg daily. She did well for about a year, then the benefit "
              "faded through 2022 although she kept taking it every day, and it was tapered off in 04/2023. Bupropion XL "
              "300 mg had been added to the venlafaxine in 01/2023 and gave no added benefit; it was stopped along with "
              "the venlafaxine in 04/2023."),
            p("She completed 16 sessions of CBT with a psychologist from 02/2022 to 06/2022. She says it taught her to "
              "catch spiraling thoughts, but her mood stayed low throughout."),
            p("Vortioxetine was started in 03/2026 and raised to 20 mg in 05/2026. Over seven months there was no "
              "meaningful change in her mood, and it was discontinued on admission."),
            p("She has never had ECT, TMS or esketamine. Her partner takes sertraline. Her mother has been treated with "
              "lithium for bipolar disorder for many years; the patient had never taken lithium before this admission."),
        ], [
            h("Hospital course"),
            p("Vortioxetine was stopped on admission. Desvenlafaxine 50 mg was started on 10/29/2026 and raised to 100 mg "
              "on 11/03/2026. Because of the severity of the episode and the overdose, lithium carbonate ER 300 mg twice "
              "daily was added to the desvenlafaxine on 11/02/2026 as augmentation; the level on 11/09/2026 was 0.6 "
              "mmol/L and the dose was raised to 450 mg twice daily. TSH on admission was 2.1 on levothyroxine."),
            p("ECT was offered on 11/04/2026 as the fastest route to remission. After a family meeting she declined it "
              "and prefers to continue with medication. Quetiapine 25 mg was given three times as needed for agitation "
              "in the first week. Trazodone 50 mg at bedtime as needed for sleep was used most nights."),
            p("She attended all unit groups from the fourth day. By the second week she was eating and sleeping better "
              "and the suicidal thoughts receded; in the last three days she denied suicidal ideation, intent or plan, "
              "and she worked through a written safety plan with her partner."),
            p("On the desvenlafaxine she says 'the fog is lifting a little'; the team judges this an early partial "
              "response. It is too early to judge what the lithium has added; she is tolerating it without tremor."),
            h("Rating scales"),
            t(("Scale", "Admission 10/28/2026", "Discharge 11/12/2026"),
              ("PHQ-9", "24", "12"),
              ("MADRS", "38", "20"),
              ("C-SSRS ideation severity", "5", "0")),
            h("Condition at discharge"),
            p("Calm, goal-directed, future-oriented (plans to return to work part-time in December). No psychotic "
              "symptoms at any point. Chronic risk remains elevated because of the recent attempt; acute risk judged "
              "low enough for discharge to intensive outpatient care with her partner at home."),
        ], [
            h("Medication reconciliation at discharge"),
            t(("Medication", "Before admission", "At discharge", "Action / reason"),
              ("Vortioxetine (Trintellix)", "20 mg daily", "-", "STOPPED 10/28/2026: no response after 7 months"),
              ("Desvenlafaxine ER", "-", "100 mg daily", "NEW 10/29/2026: depression"),
              ("Lithium carbonate ER", "-", "450 mg twice daily", "NEW 11/02/2026: augmentation; level 0.6 on 11/09"),
              ("Hydroxyzine", "25 mg as needed, anxiety", "-", "STOPPED: taken in the overdose; do not prescribe"),
              ("Trazodone", "-", "50 mg at bedtime as needed", "NEW: for sleep only"),
              ("Levothyroxine", "75 mcg daily", "75 mcg daily", "CONTINUED: hypothyroidism"),
              ("Norgestimate-ethinyl estradiol", "1 tablet daily", "1 tablet daily", "CONTINUED: contraception"),
              ("Quetiapine", "-", "-", "Inpatient as-needed only (3 doses); not continued")),
            h("Follow-up"),
            p("Intensive outpatient program intake on 11/16/2026. Dr. Feld on 11/19/2026: lithium level and TSH in one "
              "week. If there is no remission after eight weeks on the current regimen, esketamine could be considered. "
              "Lethal means: her partner holds all medicines and dispenses them weekly."),
            l("Electronically signed: Oren Villalobos, MD (FICTIONAL), 11/12/2026 16:40"),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. Inpatient psychiatric discharge summary with a medication reconciliation table, 3-page "
                 "PDF. Rows: sertraline (partial then sexual side effects), venlafaxine XR (faded while taken: relapse), "
                 "bupropion added to venlafaxine (antidepressant, no added benefit), CBT 16 sessions (skills, mood low: "
                 "no response), vortioxetine (no response, stopped on admission), desvenlafaxine (started in hospital, "
                 "early partial response, p. 2), lithium augmentation (too early: unknown). Not rows: hydroxyzine (as "
                 "needed; taken in the overdose), quetiapine as needed, trazodone for sleep, ECT offered and declined, "
                 "esketamine 'could be considered', the partner's sertraline, the mother's lithium, levothyroxine, the "
                 "contraceptive.",
        "history": [
            H("sertraline", "SSRI", "antidepressant", "150 mg", "2019", "2020-08",
              "partial response, but she stopped it in 08/2020 because of sexual side effects", "side_effects",
              1, "it gave a partial response, but she stopped it in 08/2020 because of sexual side effects"),
            H("venlafaxine", "SNRI", "antidepressant", "225 mg daily", "2020-10", "2023-04",
              "did well for about a year, then the benefit faded through 2022 although she kept taking it", "relapse",
              1, "She did well for about a year, then the benefit faded through 2022 although she kept taking it every day"),
            H("bupropion", "NDRI", "antidepressant", "300 mg", "2023-01", "2023-04",
              "added to the venlafaxine; gave no added benefit", "no_response",
              1, "300 mg had been added to the venlafaxine in 01/2023 and gave no added benefit"),
            H("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2022-02", "2022-06",
              "taught her to catch spiraling thoughts, but her mood stayed low throughout", "no_response",
              1, "She says it taught her to catch spiraling thoughts, but her mood stayed low throughout."),
            H("vortioxetine", "multimodal", "antidepressant", "20 mg", "2026-03", "2026-10-28",
              "over seven months no meaningful change in her mood; discontinued on admission", "no_response",
              1, "Over seven months there was no meaningful change in her mood, and it was discontinued on admission."),
            H("desvenlafaxine", "SNRI", "antidepressant", "100 mg daily", "2026-10-29", None,
              "'the fog is lifting a little'; early partial response", "partial_response",
              2, "the team judges this an early partial response"),
            H("lithium", "mood stabilizer", "augmentation", "450 mg twice daily", "2026-11-02", None,
              "too early to judge what the lithium has added", "unknown",
              2, "It is too early to judge what the lithium has added"),
        ],
        "scales": [
            S("PHQ-9", 24, "2026-10-28", 2, "PHQ-9 24 12"),
            S("PHQ-9", 12, "2026-11-12", 2, "PHQ-9 24 12"),
            S("MADRS", 38, "2026-10-28", 2, "MADRS 38 20"),
            S("MADRS", 20, "2026-11-12", 2, "MADRS 38 20"),
            S("C-SSRS", 5, "2026-10-28", 2, "C-SSRS ideation severity 5 0"),
            S("C-SSRS", 0, "2026-11-12", 2, "C-SSRS ideation severity 5 0"),
        ],
        "diagnoses": [
            D("F33.2", 1, "F33.2 Major depressive disorder, recurrent, severe, without psychotic features"),
            D("F41.1", 1, "F41.1 Generalized anxiety disorder"),
            D("E03.9", 1, "E03.9 Hypothyroidism, unspecified"),
            D("Z91.51", 1, "Z91.51 Personal history of suicidal behavior"),
        ],
        "suicidality": SI("attempt", 1, "she took about twenty of her hydroxyzine 25 mg tablets with the intention of dying"),
    },
})

# ------------------------------------------------------------------ 02 EAP counselor intake (DOCX)
F02 = "harborline_eap_intake_keller.docx"
CASES.append({
    "slug": "02-employee-assistance-counselor-intake-docx",
    "docs": [{
        "file": F02, "fmt": "docx", "size": 10.5,
        "header": "Harborline EAP Services (FICTIONAL) - Confidential counseling record - FICTIONAL",
        "pages": [[
            h("EAP Intake Assessment - FICTIONAL record for software testing"),
            l("Client: Marcus Keller-Amado (FICTIONAL)   Age: 41   Case no.: FICT-EAP-5520"),
            l("Employer: Tri-County Logistics (FICTIONAL), warehouse operations supervisor"),
            l("Intake date: 09/22/2026 (video)   Counselor: Renata Obi, LPC (FICTIONAL)"),
            l("Referral: self-referred, after a performance conversation with his manager (not a formal referral)"),
            h("Presenting concern"),
            p("Marcus describes six months of low mood, poor sleep, irritability with his crew and two late arrivals "
              "that led to the conversation with his manager. He is worried about his job and says he is 'running on "
              "fumes'. Married, two children (9 and 12). No prior EAP use at this employer."),
            h("Treatment history (client report; no records reviewed)"),
            p("Medication history as he recalls it: he first took Lexapro (escitalopram) 10 mg in the spring of 2016, "
              "prescribed at an urgent care; 'it made me queasy all day' and he stopped it after about a month."),
            p("In 2018 his primary care doctor prescribed Prozac 20 mg. He stayed on it roughly two years and calls it "
              "'the one that got me back to normal'; he stopped it in 2020 because he felt well, and stayed well until "
              "this spring."),
            p("Mirtazapine 15 mg was tried in early 2025 for about six weeks; he gained twelve pounds and stopped it."),
            p("Since 03/2025 he has again been on escitalopram, now 20 mg, from his primary care doctor (Paula "
              "Nyberg, MD, FICTIONAL). He says it 'takes the edge off but I'm still dragging myself through the day.'"),
            p("Counseling: in 2023 he used a coached, app-based CBT program offered through his wife's employer (eight "
              "weekly modules, finished in 10/2023). 'The sleep module helped; the rest didn't touch the depression.'"),
            p("His wife takes trazodone for sleep; he has borrowed it 'maybe twice' and did not like the hangover. His "
              "doctor has mentioned adding Wellbutrin; he has not decided."),
            h("Substance use"),
            p("Four to five beers most evenings since the spring. In 2024 his doctor prescribed naltrexone 50 mg for the "
              "drinking for two months, and he drank less while he took it. No other drugs."),
            h("Screening measures"),
            t(("Measure", "Score", "Date"),
              ("PHQ-9", "18", "09/22/2026"),
              ("GAD-7", "11", "09/22/2026"),
              ("AUDIT-C", "7", "09/22/2026")),
            h("Risk"),
            p("PHQ-9 item 9 answered 'not at all'. He says that in August he had thoughts that his family 'would be "
              "better off without me', but he never thought about how, and has no intent or plan; none in the past "
              "month. No past attempts. Firearms: none in the home."),
            h("Working impression (EAP, provisional)"),
            t(("Code", "Description"),
              ("F33.1", "Major depressive disorder, recurrent, moderate (provisional)"),
              ("F10.10", "Alcohol use, mild (provisional)"),
              ("Z56.6", "Other physical and mental strain related to work")),
            h("Plan"),
            p("EAP short-term counseling: up to five more sessions (the benefit allows six per concern per year). "
              "Referral to an in-network psychiatrist for a medication review; he asked about TMS after reading about "
              "it, and was told the psychiatrist can discuss it. Release signed for his primary care doctor."),
            l("Renata Obi, LPC (FICTIONAL) - 09/22/2026"),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. An employee-assistance counselor's intake (DOCX), client report only. Rows: escitalopram "
                 "2016 (queasy, stopped after a month: side effects), fluoxetine 2018-2020 (back to normal, stopped when "
                 "well: remission), mirtazapine 2025 (weight gain), escitalopram again from 03/2025 (edge off, still "
                 "dragging: partial, current), app-based CBT 2023 (sleep helped, depression not: no response). Not rows: "
                 "the wife's trazodone borrowed twice, Wellbutrin mentioned, naltrexone for drinking, EAP sessions "
                 "(the intake and those planned), TMS asked about.",
        "history": [
            H("escitalopram", "SSRI", "antidepressant", "10 mg", "2016", "2016",
              "'it made me queasy all day'; stopped after about a month", "side_effects",
              1, "'it made me queasy all day' and he stopped it after about a month"),
            H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2018", "2020",
              "'the one that got me back to normal'; stopped in 2020 because he felt well", "remission",
              1, "'the one that got me back to normal'; he stopped it in 2020 because he felt well"),
            H("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2025", "2025",
              "gained twelve pounds and stopped it", "side_effects",
              1, "Mirtazapine 15 mg was tried in early 2025 for about six weeks; he gained twelve pounds and stopped it."),
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-03", None,
              "'takes the edge off but I'm still dragging myself through the day'", "partial_response",
              1, "He says it 'takes the edge off but I'm still dragging myself through the day.'"),
            H("CBT", "psychotherapy", "psychotherapy", "8 weekly modules", "2023", "2023-10",
              "'The sleep module helped; the rest didn't touch the depression.'", "no_response",
              1, "'The sleep module helped; the rest didn't touch the depression.'"),
        ],
        "scales": [
            S("PHQ-9", 18, "2026-09-22", 1, "PHQ-9 18 09/22/2026"),
            S("GAD-7", 11, "2026-09-22", 1, "GAD-7 11 09/22/2026"),
        ],
        "diagnoses": [
            D("F33.1", 1, "F33.1 Major depressive disorder, recurrent, moderate (provisional)"),
            D("F10.10", 1, "F10.10 Alcohol use, mild (provisional)"),
            D("Z56.6", 1, "Z56.6 Other physical and mental strain related to work"),
        ],
        "suicidality": SI("passive", 1, "thoughts that his family 'would be better off without me', but he never thought "
                                        "about how, and has no intent or plan"),
    },
})

# ------------------------------------------------------------------ 03 pain clinic, opioid agreement visits (pain case)
F03 = "lakemere_pain_clinic_visits_tuilagi.pdf"
_hdr03 = "Lakemere Spine & Pain Associates (FICTIONAL) - Gordon Tuilagi (FICTIONAL) - Acct FICT-LSP-3391"
CASES.append({
    "slug": "03-pain-clinic-opioid-agreement-visits-pdf",
    "docs": [{
        "file": F03, "fmt": "pdf", "font": "sans", "size": 9.8, "header": _hdr03,
        "pages": [[
            h("New patient visit and controlled substance agreement - 06/09/2026 - FICTIONAL RECORD"),
            l("Patient: Gordon Tuilagi (FICTIONAL), 57     Provider: Hana Lindqvist, MD, pain medicine (FICTIONAL)"),
            l("Referred by: Luis Okafor, MD, primary care (FICTIONAL)"),
            h("Diagnoses"),
            l("M51.16   Intervertebral disc disorder with radiculopathy, lumbar region"),
            l("G89.29   Other chronic pain"),
            l("F33.1    Major depressive disorder, recurrent, moderate"),
            l("I10      Essential (primary) hypertension"),
            l("Z79.891  Long term (current) use of opiate analgesic"),
            h("History"),
            p("Low back pain with left L5 radicular pain since a lifting injury at work in 2019. MRI 2025: L5-S1 disc "
              "protrusion contacting the left L5 root. Not a surgical candidate per neurosurgery (2025). Pain today "
              "8/10. Sleep broken by pain; mood low, followed by psychiatry (Dr. Farah Quist, FICTIONAL)."),
            h("Treatments tried for the pain"),
            p("Gabapentin 2021 to 2022, up to 900 mg three times daily: no change in the leg pain and he felt 'drunk' "
              "and dizzy at work; stopped."),
            p("Pregabalin was prescribed after the gabapentin, in 2022, but he never filled it because of the cost."),
            p("Nortriptyline 25 mg at bedtime in 2023, from his primary care doctor for the nerve pain; constipation "
              "and dry mouth, stopped after about two months."),
            p("Physical therapy, 12 visits in the spring of 2024: he walks farther now, but his pain scores did not "
              "change."),
            p("Lumbar epidural steroid injection, left L5-S1 transforaminal, on 01/14/2026: about 60% relief for five "
              "weeks, then back to baseline."),
            p("Duloxetine was started by Dr. Quist in 05/2026 at 30 mg daily for both mood and pain; too early to tell."),
            p("His wife takes amitriptyline for migraines; he has not taken it."),
            h("Current medications"),
            l("Hydrocodone-acetaminophen 5/325 mg, 1 tablet up to 3 times a day as needed for pain (#75 per 30 days)"),
            l("Cyclobenzaprine 10 mg at bedtime as needed for spasm"),
            l("Duloxetine 30 mg daily (psychiatry)"),
            l("Lisinopril 10 mg daily (hypertension)"),
            h("Agreement, monitoring, plan"),
            p("Controlled substance agreement reviewed and signed today. Urine drug screen consistent with prescribed "
              "medicines. State PDMP reviewed: one prescriber, one pharmacy. Naloxone nasal spray prescribed and its "
              "use taught to his wife. PHQ-9 today 16. He denies suicidal ideation."),
            p("Plan: continue hydrocodone as above, pill counts at each visit. A spinal cord stimulator evaluation may "
              "be considered if there is no progress. IV ketamine was raised; he wants to wait. Return in two months."),
        ], [
            h("Follow-up visit - 08/11/2026"),
            l("Provider: Hana Lindqvist, MD (FICTIONAL)     Agreement on file since 06/09/2026"),
            p("Interval: Dr. Quist raised duloxetine to 60 mg on 07/07/2026; mild nausea in the first week, which "
              "settled. He started a pain psychology group (CBT for chronic pain, 8 weekly sessions) on 08/04/2026. The "
              "repeat epidural injection scheduled for 09/2026 was cancelled by the patient, who is 'done with needles'."),
            p("Pain today 7/10. PHQ-9 today 14. Pill count correct (31 tablets remaining, as expected). PDMP "
              "consistent. No sedation, no constipation complaints. Denies suicidal ideation."),
            p("Plan: continue current regimen; the stimulator is not wanted at this time. Return in two months."),
        ], [
            h("Follow-up visit - 10/13/2026"),
            l("Provider: Hana Lindqvist, MD (FICTIONAL)     Urine drug screen today: consistent"),
            p("Duloxetine 60 mg: pain about 30% better since the summer, and his wife says he is 'less short with "
              "everyone'; he still has bad days. Partial benefit; continue."),
            p("The CBT for chronic pain group ended 09/22/2026 after all 8 sessions. He uses the pacing and the "
              "breathing, though his pain ratings have not moved."),
            p("Hydrocodone: now 1 to 2 tablets a day, down from 3. Pain today 6/10. PHQ-9 today 10. Denies suicidal "
              "ideation. Sleeping 5-6 hours."),
            p("Plan: continue duloxetine through psychiatry; continue hydrocodone with a goal of tapering to as-needed "
              "use only; home exercise program. Return in three months. Agreement renewed."),
            l("Electronically signed: Hana Lindqvist, MD (FICTIONAL), 10/13/2026"),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. A pain clinic's opioid-agreement visit notes, three visits, one a page (a pain case: "
                 "M51.16 is the first code). Rows: gabapentin (no change, dizzy: side effects), nortriptyline for nerve "
                 "pain (side effects), physical therapy (walks farther, pain scores unchanged: no response), epidural "
                 "steroid injection (60% for five weeks, then back: relapse), duloxetine (started 05/2026, judged p. 3: "
                 "partial), CBT for chronic pain group (started p. 2, judged p. 3: pain ratings not moved). Not rows: "
                 "hydrocodone as needed, cyclobenzaprine as needed, naloxone, the wife's amitriptyline, lisinopril, the "
                 "cancelled repeat injection, pregabalin never filled (cost), the stimulator and IV ketamine raised.",
        "history": [
            H("gabapentin", "gabapentinoid", "other", "900 mg three times daily", "2021", "2022",
              "no change in the leg pain and he felt 'drunk' and dizzy at work; stopped", "side_effects",
              1, "no change in the leg pain and he felt 'drunk' and dizzy at work; stopped."),
            H("nortriptyline", "TCA", "antidepressant", "25 mg", "2023", "2023",
              "constipation and dry mouth, stopped after about two months", "side_effects",
              1, "constipation and dry mouth, stopped after about two months"),
            H("physical therapy", "physical therapy", "other", "12 visits", "2024", "2024",
              "walks farther now, but his pain scores did not change", "no_response",
              1, "he walks farther now, but his pain scores did not change"),
            H("epidural steroid injection", "interventional", "other", None, "2026-01-14", "2026-01-14",
              "about 60% relief for five weeks, then back to baseline", "relapse",
              1, "about 60% relief for five weeks, then back to baseline"),
            H("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-05", None,
              "pain about 30% better since the summer; still has bad days. Partial benefit", "partial_response",
              3, "pain about 30% better since the summer"),
            H("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2026-08-04", "2026-09-22",
              "uses the pacing and the breathing, though his pain ratings have not moved", "no_response",
              3, "He uses the pacing and the breathing, though his pain ratings have not moved."),
        ],
        "scales": [
            S("pain NRS", 8, "2026-06-09", 1, "Pain today 8/10"),
            S("PHQ-9", 16, "2026-06-09", 1, "PHQ-9 today 16"),
            S("pain NRS", 7, "2026-08-11", 2, "Pain today 7/10"),
            S("PHQ-9", 14, "2026-08-11", 2, "PHQ-9 today 14"),
            S("pain NRS", 6, "2026-10-13", 3, "Pain today 6/10"),
            S("PHQ-9", 10, "2026-10-13", 3, "PHQ-9 today 10"),
        ],
        "diagnoses": [
            D("M51.16", 1, "M51.16 Intervertebral disc disorder with radiculopathy, lumbar region"),
            D("G89.29", 1, "G89.29 Other chronic pain"),
            D("F33.1", 1, "F33.1 Major depressive disorder, recurrent, moderate"),
            D("I10", 1, "I10 Essential (primary) hypertension"),
            D("Z79.891", 1, "Z79.891 Long term (current) use of opiate analgesic"),
        ],
        "suicidality": SI("none", 1, "He denies suicidal ideation."),
    },
})

# ------------------------------------------------------------------ 04 eating-disorder program weekly team notes
F04 = "birchmere_ed_iop_team_notes_castellanos.pdf"
_bg04 = ("Background (carried forward): depression since age 15. IPT with a school-based therapist in 2022, 12 "
         "sessions; she recovered and stayed well for about a year. Escitalopram 10 mg for two weeks in 2023; her "
         "mother stopped it when Noor became nauseated and refused meals. Sertraline 2024 to 05/2025, up to 100 mg: "
         "'felt flat, like I didn't care about anything', so she stopped it. Behavioral activation with her college "
         "counselor in fall 2025, 6 sessions: 'it didn't do anything'. Fluoxetine 20 mg was started by her outpatient "
         "psychiatrist (Dr. Wen Albright, FICTIONAL) on 07/15/2026.")
CASES.append({
    "slug": "04-eating-disorder-program-weekly-team-notes-pdf",
    "docs": [{
        "file": F04, "fmt": "pdf", "font": "sans", "size": 9.4,
        "header": "Birchmere Eating Disorder IOP (FICTIONAL) - Weekly interdisciplinary team note - FICT-BW-2207",
        "pages": [[
            h("Weekly team notes, weeks 1-2 - FICTIONAL RECORD FOR SOFTWARE TESTING"),
            l("Patient: Noor Castellanos (FICTIONAL), 20, college junior     Program start: 09/08/2026 (IOP, 4 days a week)"),
            l("Team: psychiatry (Sunil Bhatt, MD), therapy (Abby Kranz, LICSW), dietitian (Mo Eriksen, RD) - all FICTIONAL"),
            l("Diagnoses: F50.89 Other specified feeding or eating disorder (atypical anorexia nervosa);"),
            l("           F33.1 Major depressive disorder, recurrent, moderate;  F41.1 Generalized anxiety disorder"),
            g(),
            h("Week 1 - team meeting 09/11/2026"),
            p(_bg04),
            p("Medical: weight 93% of her estimated goal weight; orthostatic vitals normal; potassium normal."),
            p("Nutrition: completing about 75% of program meals; restricting at dinner at home."),
            p("Therapy: CBT-E and DBT skills groups daily; first family session held. Meal support with her mother "
              "planned for the weekend."),
            p("Psychiatry: fluoxetine raised to 40 mg on 09/10/2026. Lorazepam 0.5 mg before dinner as needed for meal "
              "anxiety (she used it on 2 of 4 days). Bupropion is contraindicated with her purging history and will "
              "not be used. She has passive thoughts that she would rather not exist, with no plan or intent; safety "
              "plan updated with her therapist."),
            h("Week 2 - team meeting 09/18/2026"),
            p("Medical: weight stable. Nutrition: 85% of meals; added an evening snack."),
            p("Psychiatry: olanzapine 2.5 mg at night started 09/16/2026 for food-related anxiety and rumination about "
              "weight (eating-disorder target, not for mood). Fluoxetine 40 mg: 'not much different yet'. Passive "
              "thoughts continue, less often; no plan or intent."),
        ], [
            h("Weekly team notes, weeks 3-4 - FICTIONAL RECORD"),
            h("Week 3 - team meeting 09/25/2026"),
            p(_bg04),
            p("Psychiatry: fluoxetine 40 mg, mood a little brighter, still ruminating in the evenings. Her mother asked "
              "about mirtazapine to help her appetite; the team declined, as medicine is not used to drive intake. "
              "She admits she took two of her roommate's Adderall tablets in August to blunt her appetite; none since, "
              "and she agreed not to."),
            h("Week 4 - team meeting 10/02/2026"),
            p("Medical: weight 96% of goal. Nutrition: full meals on program days."),
            p("Psychiatry: on fluoxetine 40 mg she is 'maybe 40% better than in August', sleeping through the night, "
              "still low most evenings. Partial response; continue fluoxetine 40 mg and reassess at week 8. "
              "Olanzapine: weight-related anxiety lower, continue. No thoughts of not existing this week."),
            h("Scores"),
            t(("Week", "Date", "PHQ-9", "GAD-7", "EDE-Q global"),
              ("1", "09/11/2026", "19", "14", "3.9"),
              ("2", "09/18/2026", "17", "13", "3.6"),
              ("3", "09/25/2026", "15", "12", "3.2"),
              ("4", "10/02/2026", "12", "10", "2.8")),
            l("Note compiled by Abby Kranz, LICSW (FICTIONAL); psychiatry section by Sunil Bhatt, MD (FICTIONAL)"),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. An eating-disorder IOP's weekly interdisciplinary team notes, 2-page PDF, with a "
                 "background paragraph carried forward. Rows: IPT 2022 (recovered, well a year: remission), "
                 "escitalopram 2023 (nausea, refused meals: side effects), sertraline 2024-05/2025 (felt flat: side "
                 "effects), behavioral activation fall 2025 (no response), fluoxetine from 07/15/2026, raised p. 1, "
                 "judged p. 2 (partial). Not rows: CBT-E and DBT skills groups and meal support (the program's eating-"
                 "disorder treatment), olanzapine for the eating disorder, lorazepam as needed, bupropion "
                 "contraindicated, mirtazapine asked about and declined, the roommate's Adderall.",
        "history": [
            H("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2022", "2022",
              "she recovered and stayed well for about a year", "remission",
              1, "12 sessions; she recovered and stayed well for about a year"),
            H("escitalopram", "SSRI", "antidepressant", "10 mg", "2023", "2023",
              "her mother stopped it when Noor became nauseated and refused meals", "side_effects",
              1, "her mother stopped it when Noor became nauseated and refused meals"),
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2024", "2025-05",
              "'felt flat, like I didn't care about anything', so she stopped it", "side_effects",
              1, "'felt flat, like I didn't care about anything', so she stopped it"),
            H("behavioral activation", "psychotherapy", "psychotherapy", "6 sessions", "2025", "2025",
              "'it didn't do anything'", "no_response",
              1, "Behavioral activation with her college counselor in fall 2025, 6 sessions: 'it didn't do anything'"),
            H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2026-07-15", None,
              "'maybe 40% better than in August', still low most evenings. Partial response", "partial_response",
              2, "Partial response; continue fluoxetine 40 mg and reassess at week 8."),
        ],
        "scales": [
            S("PHQ-9", 19, "2026-09-11", 2, "1 09/11/2026 19 14 3.9"),
            S("GAD-7", 14, "2026-09-11", 2, "1 09/11/2026 19 14 3.9"),
            S("PHQ-9", 17, "2026-09-18", 2, "2 09/18/2026 17 13 3.6"),
            S("GAD-7", 13, "2026-09-18", 2, "2 09/18/2026 17 13 3.6"),
            S("PHQ-9", 15, "2026-09-25", 2, "3 09/25/2026 15 12 3.2"),
            S("GAD-7", 12, "2026-09-25", 2, "3 09/25/2026 15 12 3.2"),
            S("PHQ-9", 12, "2026-10-02", 2, "4 10/02/2026 12 10 2.8"),
            S("GAD-7", 10, "2026-10-02", 2, "4 10/02/2026 12 10 2.8"),
        ],
        "diagnoses": [
            D("F50.89", 1, "F50.89 Other specified feeding or eating disorder (atypical anorexia nervosa)"),
            D("F33.1", 1, "F33.1 Major depressive disorder, recurrent, moderate"),
            D("F41.1", 1, "F41.1 Generalized anxiety disorder"),
        ],
        "suicidality": SI("passive", 1, "She has passive thoughts that she would rather not exist, with no plan or intent"),
    },
})

# ------------------------------------------------------------------ 05 telehealth asynchronous messages export (TXT)
F05 = "brightwick_secure_messages_export.txt"


def _msg(when, who, text):
    return [l("Sent: %s   From: %s" % (when, who)), p(text)]


_msgs05 = []
for _m in [
    ("05/18/2026 21:14", "Ivy S. (patient)",
     "Started the bupropion on Wednesday 05/13. Kind of jittery and a headache the first two days but it's calmer now."),
    ("05/19/2026 08:02", "Jordan Mireles, PMHNP (provider)",
     "Thanks for the update. Early jitteriness often settles. Take it in the morning, not after noon."),
    ("06/10/2026 19:40", "Ivy S. (patient)",
     "Four weeks in. More energy in the mornings but still sad most of the day. Is that normal at this point?"),
    ("06/11/2026 09:15", "Jordan Mireles, PMHNP (provider)",
     "It can be. Let's increase to bupropion XL 300 mg each morning. I sent the new prescription to your pharmacy."),
    ("06/20/2026 10:00", "Brightwick system",
     "Check-in questionnaire completed. PHQ-9: 15. GAD-7: 13."),
    ("07/06/2026 17:31", "Jordan Mireles, PMHNP (provider)",
     "As we discussed at today's video visit, I'm adding escitalopram 10 mg once a day to the bupropion for the "
     "anxiety and the low mood. Keep the bupropion XL 300 mg as is."),
    ("08/04/2026 22:47", "Ivy S. (patient)",
     "I stopped the escitalopram on Sunday (08/02). My sex drive completely disappeared and I felt numb, like I was "
     "watching my life on TV. Still taking the bupropion every morning."),
    ("08/05/2026 07:58", "Jordan Mireles, PMHNP (provider)",
     "Understood, and it is fine to stop 10 mg after four weeks without a taper. We'll keep the bupropion at 300 mg."),
    ("08/15/2026 09:12", "Brightwick system",
     "Check-in questionnaire completed. PHQ-9: 16. GAD-7: 14."),
    ("08/20/2026 23:05", "Ivy S. (patient)",
     "My roommate gave me one of her Xanax before my sister's wedding and it got me through it. Should I ask for that?"),
    ("08/21/2026 08:30", "Jordan Mireles, PMHNP (provider)",
     "Please don't take anyone else's medicine. I've sent hydroxyzine 25 mg to use only as needed for bad anxiety, "
     "up to three times a day."),
    ("09/09/2026 20:18", "Ivy S. (patient)",
     "I started seeing a CBT therapist in person, weekly, last Thursday (09/03). The first two sessions were mostly "
     "getting to know each other."),
    ("10/15/2026 09:40", "Brightwick system",
     "Check-in questionnaire completed. PHQ-9: 13. GAD-7: 10."),
    ("10/16/2026 21:52", "Ivy S. (patient)",
     "Honestly the bupropion has helped. I'm maybe half better than in May and my energy is good, but I still cry "
     "most evenings. Therapy is OK, too early to say if it's doing anything."),
    ("10/17/2026 08:20", "Jordan Mireles, PMHNP (provider)",
     "Half better is what we call a partial response. At your next visit let's talk about adding a low dose of "
     "aripiprazole or switching to something else."),
    ("10/20/2026 14:03", "Brightwick system",
     "Prescription update: aripiprazole 2 mg tablet - cancelled at the patient's request (she chose to wait)."),
    ("11/02/2026 23:41", "Ivy S. (patient)",
     "Some days I wish I just wouldn't wake up. I'm not going to do anything, I promise. I just wanted you to know."),
    ("11/03/2026 07:36", "Jordan Mireles, PMHNP (provider)",
     "Thank you for telling me. I'm glad you did. Please use the crisis numbers on your safety plan if those thoughts "
     "get stronger or you start thinking about how. I've moved your visit up to 11/05."),
    ("11/12/2026 20:10", "Ivy S. (patient)",
     "Therapy update: 8 sessions in, we're doing thought records. My mood is about the same, but I understand my "
     "patterns better."),
]:
    _msgs05 += _msg(*_m)

CASES.append({
    "slug": "05-telehealth-asynchronous-messages-export-txt",
    "docs": [{
        "file": F05, "fmt": "txt",
        "header": "Brightwick Telehealth (FICTIONAL) - secure message export - FICTIONAL RECORD FOR SOFTWARE TESTING",
        "pages": [[
            l("Member: Ivy Sandoval-Reyes (FICTIONAL)   Member ID: FICT-BP-77310   Exported: 11/20/2026 by the member"),
            l("Care team: Jordan Mireles, PMHNP (FICTIONAL)"),
            h("Initial video visit summary - 05/11/2026"),
            p("Diagnoses: F33.1 Major depressive disorder, recurrent, moderate; F41.1 Generalized anxiety disorder."),
            p("History: took Zoloft in 2020-2021, 'it worked, I felt like myself again', and stopped with her primary "
              "care doctor's OK after a year of feeling well. At 16 (2013) she took Prozac for about a month; it made "
              "her agitated and unable to sleep, and her mother stopped it. No therapy since high school. No past "
              "suicide attempts."),
            p("Intake questionnaire today: PHQ-9 19, GAD-7 15."),
            p("Plan: start bupropion XL 150 mg each morning; consider therapy (list of in-network CBT therapists sent); "
              "message check-ins through the app."),
            h("Messages"),
        ] + _msgs05 + [
            h("Prescription history"),
            t(("Written", "Medication", "Status"),
              ("05/11/2026", "Bupropion XL 150 mg", "Filled 05/12/2026"),
              ("06/11/2026", "Bupropion XL 300 mg", "Filled 06/12/2026; refilled monthly"),
              ("07/06/2026", "Escitalopram 10 mg", "Filled 07/08/2026; discontinued 08/04/2026"),
              ("08/21/2026", "Hydroxyzine 25 mg as needed", "Filled 08/22/2026"),
              ("10/20/2026", "Aripiprazole 2 mg", "Cancelled - patient chose to wait")),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. A telehealth platform's asynchronous secure-message export (TXT) with a visit summary, "
                 "dated messages, questionnaire check-ins and a prescription history. Rows: sertraline 2020-2021 "
                 "(remission), fluoxetine 2013 (agitated, no sleep: side effects), bupropion XL from 05/13/2026 ('maybe "
                 "half better': partial, current), escitalopram added 07/2026, stopped 08/02 (numb, no sex drive: side "
                 "effects), CBT from 09/03/2026 (mood about the same: no response, current). Not rows: the roommate's "
                 "Xanax, hydroxyzine as needed, aripiprazole cancelled, the therapy list (planned).",
        "history": [
            H("sertraline", "SSRI", "antidepressant", None, "2020", "2021",
              "'it worked, I felt like myself again'; stopped after a year of feeling well", "remission",
              1, "took Zoloft in 2020-2021, 'it worked, I felt like myself again'"),
            H("fluoxetine", "SSRI", "antidepressant", None, "2013", "2013",
              "made her agitated and unable to sleep, and her mother stopped it", "side_effects",
              1, "it made her agitated and unable to sleep, and her mother stopped it"),
            H("bupropion", "NDRI", "antidepressant", "300 mg", "2026-05-13", None,
              "'maybe half better than in May ... but I still cry most evenings'; a partial response", "partial_response",
              1, "Honestly the bupropion has helped. I'm maybe half better than in May"),
            H("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-07-06", "2026-08-02",
              "sex drive completely disappeared and I felt numb", "side_effects",
              1, "I stopped the escitalopram on Sunday (08/02). My sex drive completely disappeared and I felt numb"),
            H("CBT", "psychotherapy", "psychotherapy", "weekly", "2026-09-03", None,
              "8 sessions in: 'My mood is about the same, but I understand my patterns better.'", "no_response",
              1, "My mood is about the same, but I understand my patterns better."),
        ],
        "scales": [
            S("PHQ-9", 19, "2026-05-11", 1, "PHQ-9 19, GAD-7 15"),
            S("GAD-7", 15, "2026-05-11", 1, "PHQ-9 19, GAD-7 15"),
            S("PHQ-9", 15, "2026-06-20", 1, "PHQ-9: 15. GAD-7: 13."),
            S("GAD-7", 13, "2026-06-20", 1, "PHQ-9: 15. GAD-7: 13."),
            S("PHQ-9", 16, "2026-08-15", 1, "PHQ-9: 16. GAD-7: 14."),
            S("GAD-7", 14, "2026-08-15", 1, "PHQ-9: 16. GAD-7: 14."),
            S("PHQ-9", 13, "2026-10-15", 1, "PHQ-9: 13. GAD-7: 10."),
            S("GAD-7", 10, "2026-10-15", 1, "PHQ-9: 13. GAD-7: 10."),
        ],
        "diagnoses": [
            D("F33.1", 1, "F33.1 Major depressive disorder, recurrent, moderate"),
            D("F41.1", 1, "F41.1 Generalized anxiety disorder"),
        ],
        "suicidality": SI("passive", 1, "Some days I wish I just wouldn't wake up. I'm not going to do anything"),
    },
})

# ------------------------------------------------------------------ 06 court-ordered evaluation excerpt (scan)
F06 = "court_ordered_evaluation_excerpt_scan.pdf"
CASES.append({
    "slug": "06-court-ordered-evaluation-excerpt-scan",
    "docs": [{
        "file": F06, "fmt": "scan", "font": "mono", "size": 9.6, "seed": 606,
        "header": "Marlow County Superior Court (FICTIONAL) - Case FICT-CR-2026-0884 - FICTIONAL",
        "pages": [[
            h("COURT-ORDERED PSYCHOLOGICAL EVALUATION - EXCERPT"),
            l("FICTIONAL RECORD FOR SOFTWARE TESTING. Sections 5-6 released to defense counsel."),
            l("Evaluee: Dwayne Pruitt-Hollis (FICTIONAL), 44"),
            l("Evaluator: Miriam Achterberg, PsyD (FICTIONAL)"),
            l("Interviews: 10/20/2026 and 10/27/2026. Report date: 11/05/2026."),
            g(),
            h("5. Mental health treatment history"),
            p("5.1 Mr. Pruitt-Hollis was first treated for depression in 2015 by his primary care physician, who "
              "prescribed paroxetine 20 mg. Pharmacy records show fills until 09/2016. He told me it 'worked' and that "
              "he tapered off with his doctor once he felt well."),
            p("5.2 In 03/2018, after his divorce, he took an overdose of his mother's amitriptyline and was admitted to "
              "a medical floor and then to the psychiatric unit at Harlan Vale Regional (FICTIONAL). Citalopram 20 mg was "
              "started there. His PCP stopped it in 11/2018 after an ECG showed a QTc of 489 ms; he says his mood had "
              "'leveled out some' on it."),
            p("5.3 Duloxetine 60 mg, 2019 to 2021, prescribed by Kenji Alvarado, MD, psychiatry (FICTIONAL). He said "
              "it 'did nothing, not a thing', and Dr. Alvarado's notes say 'no response at an adequate dose'. "
              "Aripiprazole 5 mg was added to the duloxetine in 02/2021; he stopped it after about six weeks because "
              "he 'couldn't sit still' and paced at night."),
            p("5.4 He received a course of nine ECT treatments at Harlan Vale Regional from 01/2023 to 02/2023. The "
              "hospital discharge note of 02/24/2023 describes a remission."),
        ], [
            h("5. Mental health treatment history (continued)"),
            p("5.5 Follow-up records from 08/2023 describe a relapse about five months after the last ECT treatment; "
              "he told me the depression 'came back by summer' and he did not want ECT again."),
            p("5.6 Since 01/2026 he has taken mirtazapine 30 mg at night, prescribed by the county diversion clinic. He "
              "sleeps better and eats regularly, but 'the depression is the same as it was.'"),
            p("5.7 Substance use treatment: methadone maintenance 2016-2017 (opioid use disorder, now in sustained "
              "remission) and a 12-week outpatient alcohol program in 2024 (court-ordered). These are outside the "
              "depression history."),
            p("5.8 He has never had TMS or ketamine treatment. Counsel asked whether esketamine could be considered; "
              "that is a question for his treating psychiatrist. His brother has taken lithium for years."),
            h("6. Current presentation and testing"),
            p("6.1 PHQ-9 on 10/20/2026: 18. PHQ-9 on 10/27/2026: 17. BDI-II on 10/20/2026: 31. Effort measures were "
              "within normal limits."),
            p("6.2 He denies current suicidal ideation, intent or plan. He described the 2018 overdose as a suicide "
              "attempt and said he 'meant it at the time'."),
            p("6.3 Diagnoses (ICD-10-CM):"),
            l("    F33.1   Major depressive disorder, recurrent, moderate"),
            l("    F10.21  Alcohol dependence, in remission"),
            l("    F11.21  Opioid dependence, in remission"),
            l("    Z65.3   Problems related to other legal circumstances"),
            l("Signed: Miriam Achterberg, PsyD (FICTIONAL), licensed psychologist"),
        ]],
    }],
    "truth": {
        "_note": "FICTIONAL case. A court-ordered psychological evaluation excerpt, image-only 2-page typed scan. Rows: "
                 "paroxetine 2015-09/2016 (worked, tapered when well: remission), citalopram 03/2018-11/2018 (stopped "
                 "for QTc 489: side effects), duloxetine 2019-2021 (no response), aripiprazole added 02/2021 (couldn't "
                 "sit still: side effects), ECT 9 treatments 01-02/2023 (remission p. 1, relapse told p. 2), mirtazapine "
                 "from 01/2026 (sleep and appetite better, depression the same: no response). Not rows: the mother's "
                 "amitriptyline taken in the 2018 overdose, methadone and the alcohol program, TMS/ketamine never, "
                 "esketamine asked about, the brother's lithium.",
        "history": [
            H("paroxetine", "SSRI", "antidepressant", "20 mg", "2015", "2016-09",
              "it 'worked'; tapered off with his doctor once he felt well", "remission",
              1, "He told me it 'worked' and that he tapered off with his doctor once he felt well."),
            H("citalopram", "SSRI", "antidepressant", "20 mg", "2018-03", "2018-11",
              "PCP stopped it after an ECG showed a QTc of 489 ms; mood had 'leveled out some'", "side_effects",
              1, "His PCP stopped it in 11/2018 after an ECG showed a QTc of 489 ms"),
            H("duloxetine", "SNRI", "antidepressant", "60 mg", "2019", "2021",
              "'did nothing, not a thing'; 'no response at an adequate dose'", "no_response",
              1, "it 'did nothing, not a thing', and Dr. Alvarado's notes say 'no response at an adequate dose'"),
            H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2021-02", "2021-03",
              "stopped after about six weeks because he 'couldn't sit still' and paced at night", "side_effects",
              1, "he stopped it after about six weeks because he 'couldn't sit still' and paced at night"),
            H("ECT", "ECT", "neuromodulation", "9 treatments", "2023-01", "2023-02",
              "remission at discharge; relapse about five months after the last treatment", "relapse",
              2, "Follow-up records from 08/2023 describe a relapse about five months after the last ECT treatment"),
            H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2026-01", None,
              "sleeps better and eats regularly, but 'the depression is the same as it was.'", "no_response",
              2, "He sleeps better and eats regularly, but 'the depression is the same as it was.'"),
        ],
        "scales": [
            S("PHQ-9", 18, "2026-10-20", 2, "PHQ-9 on 10/20/2026: 18."),
            S("PHQ-9", 17, "2026-10-27", 2, "PHQ-9 on 10/27/2026: 17."),
        ],
        "diagnoses": [
            D("F33.1", 2, "F33.1 Major depressive disorder, recurrent, moderate"),
            D("F10.21", 2, "F10.21 Alcohol dependence, in remission"),
            D("F11.21", 2, "F11.21 Opioid dependence, in remission"),
            D("Z65.3", 2, "Z65.3 Problems related to other legal circumstances"),
        ],
        "suicidality": SI("attempt", 2, "He described the 2018 overdose as a suicide attempt"),
    },
})
