"""Cases 07-12 of blind-fresh7. ALL FICTIONAL: people, clinics, plans, numbers and places are invented."""
from cases_a import H, S, D, SI, T

CASES = []

# ------------------------------------------------------------------------------------------------ 07
F7 = "quillfield_discharge_summary.docx"
CASES.append(dict(
    slug="07-psychotherapy-discharge-docx",
    note=("Counseling practice's psychotherapy discharge summary (DOCX). Behavioral activation course: PHQ-9 18 "
          "-> 9, 'response, not full remission' -> partial_response. Prior ACT group helped 'for a while' then "
          "symptoms returned -> relapse. Medications only as reported from the PCP: sertraline ongoing with the "
          "client unsure it helps -> unknown; citalopram stopped for numbness. Scores in a table whose COLUMNS "
          "are the dates (intake / mid / discharge). Not rows: EMDR (discussed, not started), 'referral for a "
          "medication evaluation', sister's 'Prozac'. Passive SI at intake, none at discharge -> passive "
          "(a latest-note rule says none)."),
    docs=[dict(file=F7, fmt="docx", docx_font="Georgia", size=11, pages=[[
        "Quillfield Counseling Associates (FICTIONAL) - 18 Marl Street, Dunhaven - 555-0127",
        "# Psychotherapy Discharge Summary",
        "Client: Beatrix Solano-Reyes (FICTIONAL)   DOB 10/07/1995   Insurance ID FICT-QC-229017",
        "Therapist: Jonah Prewitt-Amsel, LPC (fictional)   Dates of treatment: 02/06/2024 - 06/11/2024",
        "Reason for discharge: treatment goals partly met; client moving out of state.",
        "## Presenting problem",
        "Beatrix came in for depression after a job loss in late 2023: withdrawal from friends, staying in "
        "bed on weekends, guilt, poor concentration. At intake she endorsed passive suicidal ideation "
        "('wishing I could just disappear'), with no plan or intent and no history of attempts. By discharge "
        "she denied any suicidal thoughts.",
        "## Diagnoses",
        "F33.1 Major depressive disorder, recurrent, moderate; F43.10 Post-traumatic stress disorder, unspecified.",
        "## Course of treatment",
        "Individual behavioral activation, 14 sessions from 02/06/2024 to 06/11/2024, with weekly activity "
        "scheduling and values work. Outcome: marked improvement in activity and mood (response), not full "
        "remission.",
        "EMDR for the trauma history was discussed in April but not started, because of the move.",
        "## Prior treatment (client report)",
        "Acceptance and commitment therapy (ACT) group, 8 weekly group sessions in spring 2022 at a community "
        "clinic: she says it helped for a while, but her symptoms were back by the fall of 2022.",
        "Medications are managed by her PCP. She has taken sertraline 100 mg since 10/2023 and is unsure "
        "whether it helps. She took citalopram in 2021 and stopped it after about six weeks because she "
        "'felt numb'. Her sister takes Prozac.",
        "## Measures",
        T + "Instrument | Intake 02/06/2024 | Mid-point 04/02/2024 | Discharge 06/11/2024",
        T + "PHQ-9 | 18 | 13 | 9",
        T + "GAD-7 | 15 | 11 | 8",
        "## Recommendations",
        "Continue therapy with a provider in her new state; referral list provided. A medication evaluation "
        "with a psychiatrist is recommended if mood worsens. Crisis resources reviewed (988).",
        "Jonah Prewitt-Amsel, LPC (fictional) - signed 06/14/2024",
    ]])],
    history=[
        H("behavioral activation", "psychotherapy", "psychotherapy", "14 sessions", "2024-02-06", "2024-06-11",
          "marked improvement in activity and mood (response), not full remission", "partial_response", F7, 1,
          "Outcome: marked improvement in activity and mood (response), not full remission."),
        H("ACT", "psychotherapy", "psychotherapy", "8 weekly group sessions", "2022", "2022",
          "it helped for a while, but her symptoms were back by the fall of 2022", "relapse", F7, 1,
          "she says it helped for a while, but her symptoms were back by the fall of 2022"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2023-10", None,
          "is unsure whether it helps", "unknown", F7, 1,
          "She has taken sertraline 100 mg since 10/2023 and is unsure whether it helps."),
        H("citalopram", "SSRI", "antidepressant", None, "2021", "2021",
          "stopped it after about six weeks because she 'felt numb'", "side_effects", F7, 1,
          "She took citalopram in 2021 and stopped it after about six weeks because she 'felt numb'."),
    ],
    scales=[S("PHQ-9", 18, "2024-02-06", F7, 1, "PHQ-9 18 13 9"),
            S("PHQ-9", 13, "2024-04-02", F7, 1, "PHQ-9 18 13 9"),
            S("PHQ-9", 9, "2024-06-11", F7, 1, "PHQ-9 18 13 9"),
            S("GAD-7", 15, "2024-02-06", F7, 1, "GAD-7 15 11 8"),
            S("GAD-7", 11, "2024-04-02", F7, 1, "GAD-7 15 11 8"),
            S("GAD-7", 8, "2024-06-11", F7, 1, "GAD-7 15 11 8")],
    diagnoses=[D("F33.1", F7, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
               D("F43.10", F7, 1, "F43.10 Post-traumatic stress disorder, unspecified.")],
    suicidality=SI("passive", F7, 1, "At intake she endorsed passive suicidal ideation ('wishing I could just "
                                      "disappear'), with no plan or intent"),
))

# ------------------------------------------------------------------------------------------------ 08
F8 = "ridgeback_intake_questionnaire_scan.pdf"
CASES.append(dict(
    slug="08-handwritten-questionnaire-scan",
    note=("Patient-completed new-patient questionnaire, handwritten style, image-only PDF (no text layer; OCR "
          "needed), ruled paper, rotated -1.6 deg, speckle and blur. Printed prompts, handwritten answers. "
          "Venlafaxine 'helped at first then stopped working' -> relapse. Paroxetine 'summer 2018' -> 2018. Not "
          "rows: ECT ('said no'), lithium ('never tried'), dad's lithium, 'maybe Auvelity?' question to the "
          "doctor. An overdose in 2019 -> attempt; the tick box 'in the past' and 'not now' do not lower it. "
          "PHQ-9 and the code were written by staff at the foot of the page."),
    docs=[dict(file=F8, fmt="scan", rotate=-1.6, pages=[[
        "## RIDGEBACK FAMILY PSYCHIATRY (FICTIONAL) - NEW PATIENT QUESTIONNAIRE",
        "## Name: Ansel Drummond-Kay (FICTIONAL)   Date: 10/02/2026   ID: FICT-RB-5521",
        "## 1. Medicines you have taken for mood (name, dose, when, did it help?)",
        "Zoloft 100mg - 2016 to 2017 - nausea every day, stopped",
        "Paxil 20 then 30mg - summer 2018 - gained 25 lbs, quit",
        "Effexor XR 150mg - 2019 to 2021 - helped at first then stopped working",
        "Remeron 15mg at night - late 2021 - no help at all",
        "## 2. Counseling or therapy?",
        "CBT at Ridgeback, 10 visits in 2022 - helped some",
        "## 3. Treatments offered that you did not take?",
        "ECT (said no), lithium (never tried)",
        "## 4. Family history of mental illness / treatment?",
        "Dad - bipolar, lithium worked for him",
        "## 5. Thoughts of suicide?   [ ] never   [X] in the past   [ ] now",
        "took a bottle of pills in 2019, ER overnight, not now",
        "## 6. Questions for the doctor?",
        "maybe Auvelity? my friend likes it",
        "## Staff use: PHQ-9 = 17 (10/02/2026)  Dx F33.1  -- K.L.",
    ]])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "100mg", "2016", "2017", "nausea every day, stopped",
          "side_effects", F8, 1, "Zoloft 100mg - 2016 to 2017 - nausea every day, stopped"),
        H("paroxetine", "SSRI", "antidepressant", "30mg", "2018", "2018", "gained 25 lbs, quit",
          "side_effects", F8, 1, "Paxil 20 then 30mg - summer 2018 - gained 25 lbs, quit"),
        H("venlafaxine", "SNRI", "antidepressant", "150mg", "2019", "2021", "helped at first then stopped working",
          "relapse", F8, 1, "Effexor XR 150mg - 2019 to 2021 - helped at first then stopped working"),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "15mg at night", "2021", "2021",
          "no help at all", "no_response", F8, 1, "Remeron 15mg at night - late 2021 - no help at all"),
        H("CBT", "psychotherapy", "psychotherapy", "10 visits", "2022", "2022", "helped some",
          "partial_response", F8, 1, "CBT at Ridgeback, 10 visits in 2022 - helped some"),
    ],
    scales=[S("PHQ-9", 17, "2026-10-02", F8, 1, "PHQ-9 = 17 (10/02/2026)")],
    diagnoses=[D("F33.1", F8, 1, "Dx F33.1")],
    suicidality=SI("attempt", F8, 1, "took a bottle of pills in 2019, ER overnight, not now"),
))

# ------------------------------------------------------------------------------------------------ 09
F9 = "IMG_20260924_181532.jpg"
CASES.append(dict(
    slug="09-after-visit-summary-photo",
    note=("Phone photo (JPEG) of a printed After Visit Summary on a wooden table, rotated 2.2 deg, uneven "
          "light. 'STOP taking' quetiapine today (weight gain) -> a row ending on the visit date, augmentation "
          "(added to Lexapro). Escitalopram continued, partial. 'Tried before' lines give sertraline (remission, "
          "stopped for pregnancy: the outcome is the remission), duloxetine and fluoxetine. Not rows: 'START taking lithium' (a plan in the latest note), 'Not tried: bupropion, "
          "TMS', metformin (prediabetes), ibuprofen. 'You sometimes wish you would not wake up' -> passive."),
    docs=[dict(file=F9, fmt="photo", rotate=2.2, pages=[[
        "# BAYLINE COMMUNITY HEALTH CENTER (FICTIONAL)",
        "# After Visit Summary",
        "Corin Atwater-Blaise (FICTIONAL)   DOB 03/14/1990   Visit: 09/24/2026",
        "Provider: Esther Nakamura-Doyle, MD (fictional) - Behavioral Health",
        "---",
        "# Why you came in today",
        "Major depressive disorder, recurrent, moderate (F33.1)",
        "Prediabetes (R73.03)",
        "Your PHQ-9 score today: 16.   Blood pressure: 124/78.",
        "---",
        "# Your medications - what changed today",
        "STOP taking:",
        "   quetiapine 100 mg at bedtime (added to Lexapro in 07/2025) - reason: weight gain, A1c up",
        "START taking:",
        "   lithium carbonate 300 mg twice a day - new today; blood test in 5 days",
        "CONTINUE taking:",
        T + "Medication | Taking since | Notes",
        T + "escitalopram (Lexapro) 20 mg daily | 04/2025 | some better, not there yet",
        T + "metformin 500 mg daily | 08/2026 | for prediabetes",
        T + "ibuprofen 200 mg as needed | - | for headaches",
        "---",
        "# Medicines you tried before (you told us)",
        "Zoloft 50 mg (2012-2014) - worked well, felt like myself again; stopped when pregnant.",
        "Cymbalta 60 mg (2023) - no change.  Prozac 20 mg (2020) - jittery, stopped after 2 weeks.",
        "Not tried yet: bupropion, TMS.",
        "---",
        "# Your safety plan",
        "You told us you sometimes wish you would not wake up, and that you have no plan to hurt yourself.",
        "If that changes, call or text 988, or call us at 555-0163.",
    ]])],
    history=[
        H("quetiapine", "atypical antipsychotic", "augmentation", "100 mg at bedtime", "2025-07", "2026-09-24",
          "reason: weight gain, A1c up", "side_effects", F9, 1,
          "quetiapine 100 mg at bedtime (added to Lexapro in 07/2025) - reason: weight gain, A1c up"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg daily", "2025-04", None, "some better, not there yet",
          "partial_response", F9, 1, "escitalopram (Lexapro) 20 mg daily 04/2025 some better, not there yet"),
        H("sertraline", "SSRI", "antidepressant", "50 mg", "2012", "2014",
          "worked well, felt like myself again; stopped when pregnant", "remission", F9, 1,
          "Zoloft 50 mg (2012-2014) - worked well, felt like myself again; stopped when pregnant."),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2023", "2023", "no change", "no_response", F9, 1,
          "Cymbalta 60 mg (2023) - no change."),
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2020", "2020", "jittery, stopped after 2 weeks",
          "side_effects", F9, 1, "Prozac 20 mg (2020) - jittery, stopped after 2 weeks."),
    ],
    scales=[S("PHQ-9", 16, "2026-09-24", F9, 1, "Your PHQ-9 score today: 16.")],
    diagnoses=[D("F33.1", F9, 1, "Major depressive disorder, recurrent, moderate (F33.1)"),
               D("R73.03", F9, 1, "Prediabetes (R73.03)")],
    suicidality=SI("passive", F9, 1, "You told us you sometimes wish you would not wake up, and that you have no "
                                      "plan to hurt yourself."),
))

# ------------------------------------------------------------------------------------------------ 10
F10 = "fernhollow_cocm_thread.txt"
TXT10 = """FERNHOLLOW PRIMARY CARE (FICTIONAL) - COLLABORATIVE CARE RECORD EXPORT
Patient: PELLEGRINI, NOOR (FICTIONAL)   MRN FICT-FH-30077   DOB 1997-08-30
Plan: Brightwater Health Alliance HMO (fictional)   Member FICT-BW-71-40962
Export covers 02/03/2025 - 11/12/2026. Entries newest last. Abbreviations as charted.

======================================================================
02/03/2025  PCP visit - Dr. L. Ferreira-Tam (fictional)
  A: MDD, single episode, moderate (F32.1). PHQ-9 17.
  P: start lex 10 mg daily. Enroll in CoCM. Pt asked about therapy - BHCM to call.

----------------------------------------------------------------------
04/14/2025  BHCM phone contact - R. Idowu, LCSW (BHCM, fictional)
  Pt on lex 10 since 2/25. PHQ-9 15 today, minimal change. Side effects none.
  Per psych consultant: incr lex to 20 mg. Pt agrees.

----------------------------------------------------------------------
06/02/2025  Patient portal message (from patient)
  "Hi, just letting you know I'm going to stop the Lexapro. It's been
  4 months and it's not doing anything, honestly. Is there something else?"

06/03/2025  Reply - Dr. Ferreira-Tam
  OK to stop - taper 10 mg x 1 wk then off. Will switch to WBT XL 150 mg
  starting 6/9. Rx sent.

----------------------------------------------------------------------
07/21/2025  Patient portal message (from patient)
  "The Wellbutrin is making my heart race and I can't sleep more than
  3 hours. I stopped it Sunday (7/20). Sorry!"

07/22/2025  BHCM phone contact - R. Idowu
  Confirmed pt stopped WBT 7/20 d/t palpitations + insomnia. PHQ-9 16.
  Psych consultant (case review 7/24): options are vortioxetine or
  aripiprazole augmentation. Pt does not want aripiprazole (worried about
  weight) - declined.

----------------------------------------------------------------------
08/05/2025  PCP visit - Dr. Ferreira-Tam
  Trintellix 10 mg samples given, start today. Sister has done well on
  sertraline - pt asked; explained we would try vortioxetine first.

09/30/2025  BHCM phone contact - R. Idowu
  Trintellix "helped a little, maybe 25%". PHQ-9 14. Incr to 20 mg per
  consultant. Started behavioral activation with BHCM (biweekly).

----------------------------------------------------------------------
12/16/2025  BHCM phone contact - R. Idowu
  BA session 6 of 6 completed today (BA sessions 10/2025 - 12/2025).
  Pt: BA "helped me get out of the house". PHQ-9 13. Some improvement in
  activity; mood still low most days.

----------------------------------------------------------------------
03/03/2026  PCP visit - Dr. Ferreira-Tam
  Nausea on Trintellix 20 mg, "not worth it" at 20 - back to 10 mg.
  Overall a little better than last year. PHQ-9 14.

----------------------------------------------------------------------
11/12/2026  BHCM phone contact - R. Idowu
  PHQ-9 16; item 9 = 1 (several days). Follow-up questions: passive
  thoughts that "it wouldn't matter if I didn't wake up"; no plan, no
  intent, no past attempts. Safety plan updated. Remains on Trintellix
  10 mg - partial benefit only. Psych consultant to review: consider
  switching to an SNRI or adding lithium; TMS could be an option later.
"""
CASES.append(dict(
    slug="10-cocm-portal-thread-txt",
    note=("Collaborative-care export (TXT): PCP visits, care-manager calls and patient portal messages. "
          "Abbreviations: 'lex 10' (escitalopram), 'WBT XL' (bupropion), 'BA' (behavioral activation). "
          "Escitalopram 02/2025-06/2025 stopped for no effect; bupropion 06/09-07/20/2025 stopped for "
          "palpitations and insomnia (the end date is in the patient's message). Vortioxetine ongoing at 10 mg "
          "after a step down from 20 for nausea: still taken, partial -> partial_response, end null. Not rows: "
          "aripiprazole (declined), sister's sertraline, SNRI/lithium/TMS (consider / later), 'therapy' asked "
          "about. PHQ-9 at each dated entry. Item 9 = 1 with passive thoughts -> passive."),
    docs=[dict(file=F10, fmt="txt", text=TXT10)],
    history=[
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-02-03", "2025-06", "it's not doing anything",
          "no_response", F10, 1, "I'm going to stop the Lexapro. It's been 4 months and it's not doing anything"),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2025-06-09", "2025-07-20",
          "stopped WBT 7/20 d/t palpitations + insomnia", "side_effects", F10, 1,
          "Confirmed pt stopped WBT 7/20 d/t palpitations + insomnia."),
        H("vortioxetine", "serotonin modulator", "antidepressant", "10 mg", "2025-08-05", None,
          "partial benefit only", "partial_response", F10, 1,
          "Remains on Trintellix 10 mg - partial benefit only."),
        H("behavioral activation", "psychotherapy", "psychotherapy", "6 sessions", "2025-10", "2025-12-16",
          "Some improvement in activity; mood still low most days", "partial_response", F10, 1,
          "BA session 6 of 6 completed today (BA sessions 10/2025 - 12/2025)."),
    ],
    scales=[S("PHQ-9", 17, "2025-02-03", F10, 1, "A: MDD, single episode, moderate (F32.1). PHQ-9 17."),
            S("PHQ-9", 15, "2025-04-14", F10, 1, "PHQ-9 15 today, minimal change."),
            S("PHQ-9", 16, "2025-07-22", F10, 1, "PHQ-9 16. Psych consultant"),
            S("PHQ-9", 14, "2025-09-30", F10, 1, "PHQ-9 14. Incr to 20 mg per consultant."),
            S("PHQ-9", 13, "2025-12-16", F10, 1, "PHQ-9 13. Some improvement"),
            S("PHQ-9", 14, "2026-03-03", F10, 1, "Overall a little better than last year. PHQ-9 14."),
            S("PHQ-9", 16, "2026-11-12", F10, 1, "PHQ-9 16; item 9 = 1 (several days).")],
    diagnoses=[D("F32.1", F10, 1, "MDD, single episode, moderate (F32.1)")],
    suicidality=SI("passive", F10, 1, "passive thoughts that \"it wouldn't matter if I didn't wake up\"; no plan, no "
                                       "intent, no past attempts."),
))

# ------------------------------------------------------------------------------------------------ 11
F11 = "kestrel_trd_assessment_2026-07-21.docx"
CASES.append(dict(
    slug="11-university-trd-table-docx",
    note=("University mood-disorders second opinion (DOCX) with an antidepressant trials table (Agent / Max "
          "dose / Dates / Adequate? / Response / Reason stopped). Table rows that are NOT trials: 'Lithium ... Not "
          "tried', 'ECT ... Declined (2020)'. Bupropion SR 2 weeks, 'Adequate? N', stopped for rash: still a "
          "trial taken -> a row (side_effects). Levomilnacipran remitted then relapsed on drug -> relapse. "
          "Brexpiprazole added to Fetzima, stopped for akathisia. Tranylcypromine partial but stopped for a "
          "hypertensive reading -> side_effects (stop reason decides). MBCT in the same table. Recommendations "
          "(iTBS, esketamine, lithium, pramipexole) are not rows. C-SSRS lifetime attempt -> attempt; past month "
          "wish to be dead only (latest-note rule would say passive)."),
    docs=[dict(file=F11, fmt="docx", docx_font="Cambria", size=10.5, table_style="Light Grid Accent 1", pages=[[
        "Kestrel University Mood Disorders Program - Consultation Service (FICTIONAL)",
        "# Treatment-Resistant Depression: Second-Opinion Assessment",
        "Patient: Lucan Ferreday-Osei (FICTIONAL)   DOB 01/25/1983   Member ID FICT-KU-884120",
        "Date of assessment: 07/21/2026   Referring: Dr. Wren Castellanos (fictional)",
        "Assessor: Priya Halloran-Betts, MD, PhD (fictional)",
        "## Summary",
        "43-year-old accountant with recurrent major depression since age 25, current episode since early "
        "2024, and panic disorder. Seven treatments to date are summarised below, confirmed against pharmacy "
        "records where available.",
        "## Rating scales (today)",
        "MADRS 34. HAM-D (17-item) 25.",
        "C-SSRS (lifetime): actual attempt - overdose of acetaminophen in 2017, medically admitted. C-SSRS (past "
        "month): wish to be dead; no active ideation, no behavior.",
        "## Diagnoses",
        "F33.2 Major depressive disorder, recurrent, severe without psychotic features",
        "F41.0 Panic disorder without agoraphobia",
        "## Treatment history",
        T + "Agent | Max dose | Dates | Adequate? | Response | Reason stopped",
        T + "Citalopram | 40 mg | 03/2016 - 11/2016 | Y | None | Ineffective",
        T + "Sertraline | 200 mg | 01/2017 - 02/2018 | Y | Partial | Plateau; switched",
        T + "Bupropion SR | 150 mg | 2018 (2 wks) | N | - | Urticarial rash",
        T + "Lithium | - | - | - | - | Not tried (pt reluctant)",
        T + "Levomilnacipran (Fetzima) | 120 mg | 06/2018 - 10/2019 | Y | Remission | Relapsed 04/2019 on drug",
        T + "Brexpiprazole (Rexulti), added to Fetzima | 2 mg | 05/2019 - 10/2019 | Y | Minimal | Akathisia",
        T + "ECT | - | - | - | - | Declined (2020)",
        T + "Tranylcypromine (Parnate) | 40 mg | 2021 | Y | Partial | BP 172/104 after aged cheese",
        T + "MBCT (8-session group) | 8 sessions | fall 2022 | Y | Helpful for rumination; mood unchanged | Course ended",
        "## Formulation",
        "By any common definition this is treatment-resistant depression: at least four adequate trials of "
        "different classes in this and earlier episodes, plus a failed augmentation. He currently takes no "
        "antidepressant and uses clonazepam 0.5 mg as needed for panic, about twice a month.",
        "## Recommendations",
        "1. Accelerated iTBS (TMS) to the left DLPFC; we will write to the plan. 2. If TMS is not approved or "
        "fails, esketamine nasal spray. 3. Lithium augmentation could be reconsidered if he restarts an "
        "antidepressant. 4. Pramipexole is an off-label option we discussed but do not recommend now.",
        "Priya Halloran-Betts, MD, PhD (fictional)",
    ]])],
    history=[
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2016-03", "2016-11", "Ineffective", "no_response",
          F11, 1, "Citalopram 40 mg 03/2016 - 11/2016 Y None Ineffective"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2017-01", "2018-02", "Partial; Plateau; switched",
          "partial_response", F11, 1, "Sertraline 200 mg 01/2017 - 02/2018 Y Partial Plateau; switched"),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2018", "2018", "Urticarial rash", "side_effects",
          F11, 1, "Bupropion SR 150 mg 2018 (2 wks) N - Urticarial rash"),
        H("levomilnacipran", "SNRI", "antidepressant", "120 mg", "2018-06", "2019-10",
          "Remission; Relapsed 04/2019 on drug", "relapse", F11, 1,
          "Levomilnacipran (Fetzima) 120 mg 06/2018 - 10/2019 Y Remission Relapsed 04/2019 on drug"),
        H("brexpiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2019-05", "2019-10",
          "Minimal; Akathisia", "side_effects", F11, 1,
          "Brexpiprazole (Rexulti), added to Fetzima 2 mg 05/2019 - 10/2019 Y Minimal Akathisia"),
        H("tranylcypromine", "MAOI", "antidepressant", "40 mg", "2021", "2021",
          "Partial; BP 172/104 after aged cheese", "side_effects", F11, 1,
          "Tranylcypromine (Parnate) 40 mg 2021 Y Partial BP 172/104 after aged cheese"),
        H("MBCT", "psychotherapy", "psychotherapy", "8 sessions", "2022", "2022",
          "Helpful for rumination; mood unchanged", "no_response", F11, 1,
          "MBCT (8-session group) 8 sessions fall 2022 Y Helpful for rumination; mood unchanged Course ended"),
    ],
    scales=[S("MADRS", 34, "2026-07-21", F11, 1, "MADRS 34."),
            S("HAM-D", 25, "2026-07-21", F11, 1, "HAM-D (17-item) 25.")],
    diagnoses=[D("F33.2", F11, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
               D("F41.0", F11, 1, "F41.0 Panic disorder without agoraphobia")],
    suicidality=SI("attempt", F11, 1, "C-SSRS (lifetime): actual attempt - overdose of acetaminophen in 2017"),
))

# ------------------------------------------------------------------------------------------------ 12
F12a = "dunmore_outside_records_fax_2022.pdf"
F12b = "soap_note_2026-11-20.txt"
FAXHDR = "MAY-18-2022 10:42  FROM: DUNMORE PSYCH GROUP 555-0171  TO: 555-0190   P.%d/3"
TXT12 = """TARNWICK BEHAVIORAL MEDICINE (FICTIONAL) - PROGRESS NOTE
Pt: Sabela Ingvarsdottir-Moss (FICTIONAL)   DOB 06/09/1986   Member FICT-TN-0557312
DOS: 11/20/2026   Provider: Callum Achterberg, DO (fictional)

S: Follow-up for depression. "Worst it's been since 2022." Not working since Sept. Sleeping 12 h,
eating once a day. Last week she had suicidal thoughts with some intent to act, but no specific
plan; she called her sister instead. No attempts ever. Outside records from Dunmore Psych Group
(2022) reviewed and summarised below.

Treatment history (outside records + pt):
- Sertraline, 1st trial 2017-2018 at 100 mg: limited by GI upset (per Dunmore records).
- Desipramine 2019 (Dunmore): dry mouth/constipation, stopped.
- Venlafaxine XR 150 -> 225 mg from 09/2021. Dunmore charted remission in 04/2022, but she
  relapsed in 01/2023 despite taking it daily; tapered off by 03/2023.
- Auvelity 45/105 mg BID 09/2023 - 06/2024: partial response ("I could get through a workday");
  stopped only because her insurance stopped covering it.
- TMS, 36 sessions 08/2024 - 10/2024: clear response by the end of the course, held ~5 months,
  then relapsed in 03/2025.
- Sertraline, 2nd trial, since 05/2025, now 200 mg with ondansetron PRN for nausea: no meaningful
  change after 18 months at full dose.

Never had ECT - she declined it again today. No lithium trial. Her brother did well with ketamine
infusions in another state.

O: PHQ-9 22. MADRS 33. Psychomotor slowing, tearful, poor eye contact. Linear. No psychosis.

A: F33.2 Major depressive disorder, recurrent, severe w/o psychotic features. Treatment-resistant:
failed >= 4 antidepressant trials of adequate dose and duration plus a TMS course.

P: Spravato - PA submitted 11/2026 and denied 11/18/2026; appeal underway. Continue sertraline
200 mg for now. Could try lithium augmentation if the appeal fails. Safety plan reviewed;
declined IOP. Weekly check-ins by phone. RTC 2 weeks.
"""
CASES.append(dict(
    slug="12-outside-fax-plus-soap-txt",
    note=("Two documents: 2022 outside records (3-page faxed PDF, Courier, fax header on each page; the "
          "trials list on p. 3) and a 2026 SOAP note (TXT) that summarises and updates them. Venlafaxine: the "
          "2022 fax says remission, the 2026 note says relapsed in 01/2023 and tapered off by 03/2023 -> one row, "
          "relapse, cited from the TXT. Sertraline tried twice (2017-2018, GI upset; 2nd trial from 05/2025, "
          "ongoing, no change) -> two rows. Auvelity partial, stopped for coverage (not a side effect) -> "
          "partial_response. TMS response then relapse. Not rows: ECT (declined), lithium (none; 'could try'), "
          "brother's ketamine, Spravato (PA denied), IOP (declined), ondansetron PRN, zolpidem PRN in the fax. "
          "Intent without plan last week -> active. Codes: F33.1 (2022 fax) and F33.2 (2026)."),
    docs=[dict(file=F12a, fmt="pdf", font="Courier", size=9, fax=FAXHDR,
               pages=[[
                   "DUNMORE PSYCHIATRIC GROUP (FICTIONAL)",
                   "220 Fenwick Row, Dunmore Hollow",
                   "",
                   "# FAX COVER SHEET - RELEASE OF RECORDS",
                   "To: Tarnwick Behavioral Medicine (fictional), Records Dept.",
                   "Re: Sabela Ingvarsdottir-Moss (FICTIONAL), DOB 06/09/1986",
                   "Pages: 3 including cover. Authorization on file dated 05/11/2022.",
                   "",
                   "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you",
                   "received it in error, call 555-0171 and destroy all copies.",
               ], [
                   "# PROGRESS NOTE  04/12/2022   Provider: H. Oyelaran-Pike, MD (fictional)",
                   "",
                   "S: Doing well. Back at work full time, enjoying her choir again. Sleep 7 h.",
                   "Meds: venlafaxine XR 225 mg daily (started 09/2021 at 150 mg, increased 11/2021).",
                   "Zolpidem 5 mg PRN sleep, rarely used.",
                   "O: Bright affect. PHQ-9 4. Denies SI.",
                   "A: F33.1 Major depressive disorder, recurrent, moderate - in remission on venlafaxine.",
                   "P: Continue venlafaxine XR 225 mg. RTC 3 months. Pt moving to Tarnwick; records sent.",
               ], [
                   "# MEDICATION HISTORY (from chart, 04/2022)",
                   "",
                   "  sertraline 50->100 mg     2017 - 2018      GI upset, diarrhea; d/c",
                   "  desipramine 75 mg         2019             dry mouth, constipation; stopped",
                   "  venlafaxine XR 225 mg     09/2021 - cur    remission",
                   "",
                   "  No history of ECT, TMS or lithium.",
                   "  Family: mother - 'nerves', treated with diazepam.",
               ]]),
          dict(file=F12b, fmt="txt", text=TXT12)],
    history=[
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2017", "2018", "limited by GI upset",
          "side_effects", F12b, 1, "Sertraline, 1st trial 2017-2018 at 100 mg: limited by GI upset"),
        H("desipramine", "TCA", "antidepressant", "75 mg", "2019", "2019", "dry mouth/constipation, stopped",
          "side_effects", F12b, 1, "Desipramine 2019 (Dunmore): dry mouth/constipation, stopped."),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2021-09", "2023-03",
          "relapsed in 01/2023 despite taking it daily; tapered off by 03/2023", "relapse", F12b, 1,
          "relapsed in 01/2023 despite taking it daily; tapered off by 03/2023."),
        H("dextromethorphan-bupropion", "NMDA antagonist / NDRI", "antidepressant", "45/105 mg BID", "2023-09",
          "2024-06", "partial response (\"I could get through a workday\")", "partial_response", F12b, 1,
          "Auvelity 45/105 mg BID 09/2023 - 06/2024: partial response"),
        H("TMS", "TMS", "neuromodulation", "36 sessions", "2024-08", "2024-10",
          "clear response by the end of the course, held ~5 months, then relapsed in 03/2025", "relapse", F12b, 1,
          "TMS, 36 sessions 08/2024 - 10/2024: clear response by the end of the course, held ~5 months, then relapsed in 03/2025."),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2025-05", None,
          "no meaningful change after 18 months at full dose", "no_response", F12b, 1,
          "no meaningful change after 18 months at full dose."),
    ],
    scales=[S("PHQ-9", 4, "2022-04-12", F12a, 2, "O: Bright affect. PHQ-9 4. Denies SI."),
            S("PHQ-9", 22, "2026-11-20", F12b, 1, "O: PHQ-9 22. MADRS 33."),
            S("MADRS", 33, "2026-11-20", F12b, 1, "O: PHQ-9 22. MADRS 33.")],
    diagnoses=[D("F33.1", F12a, 2, "A: F33.1 Major depressive disorder, recurrent, moderate"),
               D("F33.2", F12b, 1, "A: F33.2 Major depressive disorder, recurrent, severe w/o psychotic features.")],
    suicidality=SI("active", F12b, 1, "Last week she had suicidal thoughts with some intent to act, but no "
                                       "specific plan"),
))
