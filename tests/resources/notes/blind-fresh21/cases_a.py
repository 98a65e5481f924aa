"""FICTIONAL test-set generator, notes21: cases 01-06. Every person, clinic, plan and number is invented."""
from model import Doc, Page, Title, Sub, Heading, Para, Line, Form, Table, Gap, AppBar, Card
from helpers import H, S, D, SI, D8, us, weekdays

CASES = []


# =====================================================================================================
# 01 TMS clinic course record: consult (p. 1), landscape session log (p. 2), course summary (p. 3)
# =====================================================================================================
def case01():
    f = "lakeshore_tms_course_record_achterberg.pdf"
    acute = weekdays(D8(2026, 7, 6), 30, skip={D8(2026, 7, 31)})
    taper = [D8(2026, 8, 19), D8(2026, 8, 21), D8(2026, 8, 24), D8(2026, 8, 27), D8(2026, 9, 1), D8(2026, 9, 8)]
    days = acute + taper
    phq = {1: 22, 5: 21, 10: 20, 15: 18, 20: 15, 25: 14, 30: 12, 36: 11}
    notes = {1: "MT 58% MSO (visual); first session at 100% MT", 2: "110% MT; scalp discomfort, tolerated",
             3: "120% MT from here", 5: "headache after session; acetaminophen at home",
             8: "discomfort easing", 11: "MT rechecked: 58%", 20: "makeup for 07/31 (missed: car trouble)",
             22: "MT rechecked: 57% - output unchanged", 26: "reports sleeping to 6 a.m.",
             30: "acute phase complete", 31: "taper: 3 sessions this week", 34: "taper: 2 sessions",
             36: "course complete; summary to follow"}
    rows, phq_rows = [], []
    for n, d in enumerate(days, 1):
        phase = "Acute" if n <= 30 else "Taper"
        pct = "100" if n == 1 else ("110" if n == 2 else "120")
        cells = [str(n), us(d), phase, "57" if n >= 22 else "58", pct, "3000", str(phq.get(n, "")), "RS" if n % 2 else "KT",
                 notes.get(n, "")]
        rows.append(cells)
        if n in phq:
            phq_rows.append(S("PHQ-9", phq[n], d.isoformat(), f, 2, " ".join(c for c in cells[:7] if c)))
    p1 = Page([
        Title("Lakeshore Neuromodulation Associates (FICTIONAL)"),
        Sub("4410 Harbor Crest Drive, Suite 210, Port Alder, MI (fictional) - tel 555-0142 - TMS Program"),
        Heading("TMS Consultation - 06/18/2026"),
        Form("Patient:", "Dorian Achterberg (FICTIONAL)   DOB 03/11/1979   MRN FICT-TMS-20817", 95),
        Form("Referred by:", "Hollis Brandt, MD (psychiatry), Port Alder Behavioral Health (fictional)", 95),
        Form("Consultant:", "Priya Venkataraman, MD", 95),
        Heading("History of present illness"),
        Para("Mr. Achterberg is a 47-year-old high-school chemistry teacher with recurrent depression since his "
             "twenties. The current episode began in early 2022 after his divorce and has not lifted despite the "
             "trials below. He has been on medical leave since April. He reports low mood most of the day, poor "
             "concentration, early waking and loss of interest in his woodworking. He has passive death wishes at "
             "times (\"it would be easier not to be here\"), with no intent, plan or preparatory behavior and no "
             "lifetime attempts."),
        Heading("Antidepressant and augmentation trials (referral records and interview)"),
        Table(["Medication", "Max dose", "Dates", "Weeks at max", "Response", "Why stopped"], [
            ["citalopram", "40 mg", "2015-2016", "~36", "Remission", "Tapered off when well (2016)"],
            ["sertraline", "200 mg", "03/2022-10/2022", "12", "Minimal (<25%)", "Ineffective"],
            ["venlafaxine XR", "225 mg", "11/2022-09/2023", "30", "Good at first, lost by summer 2023",
             "Loss of effect"],
            ["bupropion XL", "300 mg", "10/2023-01/2024", "8", "Not assessable", "Insomnia, BP 162/98"],
            ["vortioxetine", "20 mg", "02/2024-present", "100+", "Partial", "Continuing"],
            ["aripiprazole (added to vortioxetine)", "5 mg", "05/2024-08/2024", "10", "None", "Akathisia"],
        ], size=8.5),
        Para("He has never had ECT: a consultation was offered in 2024 and he declined it because of concern for "
             "his memory at work. Lithium has not been tried (borderline kidney function). No psychotherapy since "
             "college. Family history: his brother was treated with ECT in 2019 with good effect."),
        Heading("Current medications"),
        Line("Vortioxetine 20 mg every morning (since 02/2024)"),
        Line("Lisinopril 20 mg daily (hypertension)"),
        Line("Zolpidem 5 mg at bedtime as needed for sleep, about twice a week"),
        Heading("Measures today"),
        Line("PHQ-9 22    MADRS 31 (clinician-rated)    C-SSRS ideation severity 1 (wish to be dead)"),
        Heading("Diagnoses"),
        Line("F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        Line("I10 Essential (primary) hypertension"),
        Heading("Assessment and plan"),
        Para("Treatment-resistant major depression: four antidepressants and one augmentation in the current "
             "episode without remission. Recommend rTMS, 10 Hz to the left DLPFC, 30 daily sessions and a "
             "6-session taper; vortioxetine to continue unchanged. Prior authorization submitted 06/19/2026. If "
             "TMS does not help, esketamine could be considered next."),
    ])
    p2 = Page([
        Title("rTMS Treatment Log - Course 1 (acute and taper)", 12),
        Sub("FICTIONAL - Dorian Achterberg - MRN FICT-TMS-20817 - 10 Hz, 4 s trains, 26 s inter-train interval, "
            "3000 pulses - target left DLPFC (Beam F3) - MT and output in % of machine output (MSO) / % of MT"),
        Table(["Tx", "Date", "Phase", "MT %MSO", "% of MT", "Pulses", "PHQ-9", "Tech", "Comments"], rows,
              size=7.5),
    ], landscape=True)
    p3 = Page([
        Heading("TMS Course Summary - 09/10/2026"),
        Para("Mr. Achterberg completed 36 sessions of rTMS (30 acute and 6 taper) from 07/06/2026 to 09/08/2026, "
             "10 Hz, 3,000 pulses per session at 120% of motor threshold. One session (07/31) was missed and "
             "made up. Side effects were limited to scalp discomfort in the first week and one headache. "
             "Vortioxetine 20 mg was continued without change."),
        Para("Outcome: PHQ-9 went from 22 to 11 and MADRS from 31 to 17 (a 45% reduction) by the last session. "
             "He is sleeping to 6 a.m., has returned to his woodworking and plans to go back to teaching part "
             "time. This is a partial response: clearly better, short of the 50% response threshold and not in "
             "remission."),
        Line("MADRS 17 on 09/08/2026 (last session, rater R. Sato)"),
        Para("Plan: maintenance TMS (one session every two weeks) was requested; the plan denied it on 09/09/2026 "
             "and an appeal is being prepared. Continue vortioxetine. Follow up in 4-6 weeks."),
        Heading("Follow-up - 10/15/2026"),
        Para("Seen for follow-up. The gains from the course have largely held: PHQ-9 13 today. Still tired in the "
             "afternoons. Denies suicidal ideation. Zolpidem not used since August."),
        Gap(10),
        Line("Priya Venkataraman, MD (fictional) - electronically signed 10/15/2026"),
    ])
    doc = Doc(f, "pdf", [p1, p2, p3], family="sans", size=9.5,
              header="FICTIONAL RECORD - Lakeshore Neuromodulation Associates - TMS Program")
    history = [
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2015", "2016",
          "Remission; tapered off when well (2016)", "remission", f, 1,
          "citalopram 40 mg 2015-2016 ~36 Remission Tapered off when well (2016)"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2022-03", "2022-10",
          "Minimal (<25%); stopped as ineffective", "no_response", f, 1,
          "sertraline 200 mg 03/2022-10/2022 12 Minimal (<25%) Ineffective"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-11", "2023-09",
          "Good at first, lost by summer 2023; stopped for loss of effect", "relapse", f, 1,
          "venlafaxine XR 225 mg 11/2022-09/2023 30 Good at first, lost by summer 2023 Loss of effect"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2023-10", "2024-01",
          "Not assessable; stopped for insomnia and BP 162/98", "side_effects", f, 1,
          "bupropion XL 300 mg 10/2023-01/2024 8 Not assessable Insomnia, BP 162/98"),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2024-02", None,
          "Partial; continuing (and through the TMS course)", "partial_response", f, 1,
          "vortioxetine 20 mg 02/2024-present 100+ Partial Continuing"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-05", "2024-08",
          "None; stopped for akathisia", "side_effects", f, 1,
          "aripiprazole (added to vortioxetine) 5 mg 05/2024-08/2024 10 None Akathisia"),
        H("TMS", "rTMS", "neuromodulation", "36 sessions", "2026-07-06", "2026-09-08",
          "PHQ-9 22 to 11, MADRS 31 to 17 (45%): a partial response, short of response and not in remission",
          "partial_response", f, 3, "This is a partial response: clearly better, short of the 50% response "
                                      "threshold and not in remission"),
    ]
    scales = [
        S("PHQ-9", 22, "2026-06-18", f, 1, "PHQ-9 22 MADRS 31"),
        S("MADRS", 31, "2026-06-18", f, 1, "MADRS 31 (clinician-rated)"),
        S("C-SSRS", 1, "2026-06-18", f, 1, "C-SSRS ideation severity 1 (wish to be dead)"),
    ] + phq_rows + [
        S("MADRS", 17, "2026-09-08", f, 3, "MADRS 17 on 09/08/2026"),
        S("PHQ-9", 13, "2026-10-15", f, 3, "PHQ-9 13 today"),
    ]
    diagnoses = [
        D("F33.2", f, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        D("I10", f, 1, "I10 Essential (primary) hypertension"),
    ]
    return dict(
        slug="01-tms-clinic-course-record-pdf",
        note="FICTIONAL case. A TMS clinic's course record, 3-page PDF: consultation with a trials table (p. 1), "
             "a landscape daily treatment log of 36 sessions with weekly PHQ-9 (p. 2), the course summary and a "
             "follow-up (p. 3). Rows: citalopram 2015-2016 remission; sertraline no response; venlafaxine XR "
             "good at first then lost (relapse); bupropion XL stopped for insomnia and BP; vortioxetine partial, "
             "continuing; aripiprazole added, akathisia; TMS 07/06-09/08/2026, 36 sessions, partial (outcome p. 3). "
             "Not rows: ECT declined (and the brother's ECT), lithium not tried, esketamine 'could be considered', "
             "maintenance TMS denied, zolpidem as needed, lisinopril, acetaminophen for a session headache.",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("passive", f, 1, "He has passive death wishes at times"),
    )


CASES.append(case01())


# =====================================================================================================
# 02 research-study screening visit with an ATRQ-style treatment-history form
# =====================================================================================================
def case02():
    f = "mmrc_screening_visit_calloway.pdf"

    def trial(n, med, dates, ticks, adequate, reason):
        return [Gap(3), Line(f"Trial {n}", bold=True),
                Form("Medication / max daily dose:", med, 150),
                Form("Dates (weeks at max dose):", dates, 150),
                Form("Improvement (tick one):", ticks, 150),
                Form("Adequate per ATRQ:", adequate, 150),
                Form("Reason stopped / comments:", reason, 150)]

    p1 = Page([
        Title("Meridian Mood Research Center (FICTIONAL)"),
        Sub("Protocol MMR-FICT-204: adjunctive study drug vs placebo in treatment-resistant depression "
            "(fictional study) - 71 Lantern Street, Brookhaven Falls, WI (fictional) - 555-0114"),
        Heading("Screening Visit (Visit 1) - 09/22/2026"),
        Form("Participant:", "FICT-204-0317 (Brenna Calloway, F, 39)", 90),
        Form("Investigator:", "Soren Haldane-Price, MD", 90),
        Form("Rater:", "Jolene Marsh, PhD (MADRS / HAM-D certified)", 90),
        Form("Consent:", "signed 09/22/2026 09:05, version 3.1", 90),
        Heading("Psychiatric history"),
        Para("Ms. Calloway has recurrent major depression. The first episode, in 2011, followed the end of her "
             "graduate program and included a suicide attempt in November 2011, an overdose of her roommate's "
             "clonazepam, with one night in hospital. That episode was treated with fluoxetine 40 mg from late "
             "2011; she reached full remission within months and tapered off in 2012 with her psychiatrist. She "
             "was well until the current episode, which began in January 2024."),
        Para("Current-episode antidepressant trials are recorded on the treatment-history form (page 2) from "
             "her account and the pharmacy printout she brought. She also completed 12 sessions of behavioral "
             "activation with a psychologist from 03/2025 to 06/2025; she says it helped her get out of the "
             "house again but her depression was unchanged."),
        Para("She has never received ECT, TMS, ketamine or esketamine and has not taken part in a clinical trial "
             "before. Phone pre-screen 09/08/2026: PHQ-9 19."),
        Heading("Medical history and other medicines"),
        Para("Migraine without aura, sumatriptan as needed. Fatigue and weight gain over the past year; TSH drawn "
             "today. Trazodone 50 mg at bedtime has been prescribed for sleep since 2024. Hydroxyzine 25 mg as "
             "needed for anxiety, a few times a month. Levonorgestrel IUD."),
        Heading("Ratings (Visit 1)"),
        Table(["Scale", "Score", "Rater", "Time"], [
            ["PHQ-9 (self-report)", "20", "participant", "09:30"],
            ["MADRS", "34", "J. Marsh", "10:10"],
            ["HAM-D 17-item", "24", "J. Marsh", "10:45"],
            ["C-SSRS ideation severity (past month)", "2", "S. Haldane-Price", "11:20"],
        ]),
        Para("C-SSRS: lifetime actual attempt (11/2011, overdose). Past month: non-specific active thoughts "
             "(\"I have thought about killing myself\") on a few days, with no method, intent or plan; no "
             "suicidal behavior since 2011."),
    ])
    p2 = Page([
        Heading("Antidepressant Treatment History Form (ATRQ-based) - current episode"),
        Para("One block per trial. Adequate = at least 6 weeks at or above the minimum effective dose. "
             "Improvement is the participant's estimate, checked against records where available.", italic=True),
        *trial(1, "escitalopram 20 mg", "02/2024 to 06/2024 (10 weeks at 20 mg)",
               "[ ] <25%   [X] 25-49%   [ ] 50-74%   [ ] 75% or more", "[X] Yes  [ ] No",
               "partial benefit that plateaued; switched"),
        *trial(2, "duloxetine 60 mg", "07/2024 to 12/2024 (16 weeks at 60 mg)",
               "[X] <25%   [ ] 25-49%   [ ] 50-74%   [ ] 75% or more", "[X] Yes  [ ] No",
               "no benefit (\"felt exactly the same\"); mild sweating, tolerated"),
        *trial(3, "mirtazapine 30 mg", "01/2025 to 02/2025 (4 weeks at 30 mg)",
               "not rated - too short", "[ ] Yes  [X] No",
               "stopped after 4 weeks: gained 6 kg and could not wake for work"),
        *trial(4, "sertraline 200 mg", "04/2025 to present (24+ weeks at 200 mg)",
               "[X] <25%   [ ] 25-49%   [ ] 50-74%   [ ] 75% or more", "[X] Yes  [ ] No",
               "current; continued during screening; \"it hasn't done much\""),
        *trial(5, "quetiapine XR 150 mg, added to sertraline", "06/2025 to 09/2025 (8 weeks at 150 mg)",
               "[X] <25%   [ ] 25-49%   [ ] 50-74%   [ ] 75% or more", "[X] Yes  [ ] No",
               "no change in mood; stopped for daytime sedation"),
        Gap(4),
        Form("ECT?", "[ ] Yes  [X] No", 230),
        Form("TMS?", "[ ] Yes  [X] No", 230),
        Form("Ketamine or esketamine?", "[ ] Yes  [X] No", 230),
        Form("Lithium or thyroid hormone augmentation?", "[ ] Yes  [X] No", 230),
        Form("Adequate failed trials, current episode:", "3 antidepressants + 1 augmentation (criterion met)", 230),
    ])
    p3 = Page([
        Heading("Eligibility review - 10/01/2026"),
        Para("Visit 1 laboratory results: TSH 9.8 mIU/L (high) with a low free T4. New diagnosis of "
             "hypothyroidism, exclusion criterion 12 (untreated thyroid disease). Outcome: SCREEN FAILURE. "
             "Ms. Calloway was told by telephone on 10/01/2026, and with her permission the results were sent to "
             "her psychiatrist, Dr. Amrit Solberg. Her primary care physician started levothyroxine 50 mcg on "
             "10/02/2026. She may re-screen once her thyroid tests have been normal for 8 weeks. No study drug "
             "was dispensed."),
        Para("Medicines at screen failure: sertraline 200 mg daily (continuing), trazodone 50 mg at bedtime for "
             "sleep, sumatriptan as needed, hydroxyzine as needed, levothyroxine from 10/02/2026."),
        Heading("Diagnoses"),
        Line("F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        Line("G43.009 Migraine without aura, not intractable, without status migrainosus"),
        Line("E03.9 Hypothyroidism, unspecified"),
        Gap(10),
        Line("Soren Haldane-Price, MD, Principal Investigator (fictional) - signed 10/01/2026"),
    ])
    doc = Doc(f, "pdf", [p1, p2, p3], family="dejavu", size=9,
              header="FICTIONAL - Meridian Mood Research Center - Protocol MMR-FICT-204 - screening record")
    history = [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2011", "2012",
          "full remission within months; tapered off in 2012 with her psychiatrist", "remission", f, 1,
          "she reached full remission within months and tapered off in 2012"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2024-02", "2024-06",
          "improvement 25-49%; partial benefit that plateaued; switched", "partial_response", f, 2,
          "partial benefit that plateaued; switched"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-07", "2024-12",
          "improvement <25%; no benefit ('felt exactly the same'); mild sweating, tolerated", "no_response", f, 2,
          "no benefit (\"felt exactly the same\"); mild sweating, tolerated"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-01", "2025-02",
          "stopped after 4 weeks: gained 6 kg and could not wake for work", "side_effects", f, 2,
          "stopped after 4 weeks: gained 6 kg and could not wake for work"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2025-04", None,
          "improvement <25%; current; 'it hasn't done much'", "no_response", f, 2,
          "current; continued during screening; \"it hasn't done much\""),
        H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg (XR)", "2025-06", "2025-09",
          "improvement <25%; no change in mood; stopped for daytime sedation", "side_effects", f, 2,
          "no change in mood; stopped for daytime sedation"),
        H("behavioral activation", "psychotherapy", "psychotherapy", "12 sessions", "2025-03", "2025-06",
          "helped her get out of the house again but her depression was unchanged", "no_response", f, 1,
          "helped her get out of the house again but her depression was unchanged"),
    ]
    scales = [
        S("PHQ-9", 19, "2026-09-08", f, 1, "Phone pre-screen 09/08/2026: PHQ-9 19"),
        S("PHQ-9", 20, "2026-09-22", f, 1, "PHQ-9 (self-report) 20 participant 09:30"),
        S("MADRS", 34, "2026-09-22", f, 1, "MADRS 34 J. Marsh 10:10"),
        S("HAM-D", 24, "2026-09-22", f, 1, "HAM-D 17-item 24 J. Marsh 10:45"),
        S("C-SSRS", 2, "2026-09-22", f, 1, "C-SSRS ideation severity (past month) 2 S. Haldane-Price"),
    ]
    diagnoses = [
        D("F33.2", f, 3, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        D("G43.009", f, 3, "G43.009 Migraine without aura"),
        D("E03.9", f, 3, "E03.9 Hypothyroidism, unspecified"),
    ]
    return dict(
        slug="02-research-study-screening-atrq-pdf",
        note="FICTIONAL case. A research unit's screening-visit record for a (fictional) TRD study, 3-page PDF: "
             "history and ratings (p. 1), an ATRQ-style treatment-history form with tick-box improvement bands "
             "(p. 2), the screen-failure review (p. 3). Rows: fluoxetine 2011-2012 remission (first episode); "
             "escitalopram 25-49% (partial); duloxetine <25% (no response, sweating tolerated); mirtazapine 4 "
             "weeks, weight gain (side effects); sertraline current <25% (no response, open); quetiapine XR "
             "added to sertraline, sedation (side effects); behavioral activation 12 sessions (no response). "
             "Not rows: the roommate's clonazepam (an overdose), trazodone for sleep, hydroxyzine and "
             "sumatriptan as needed, levothyroxine, the IUD, ECT/TMS/ketamine/lithium ticked No, the study drug "
             "(never dispensed).",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("attempt", f, 1, "C-SSRS: lifetime actual attempt (11/2011, overdose)"),
    )


CASES.append(case02())


# =====================================================================================================
# 03 bariatric pre-surgical psychological evaluation (DOCX)
# =====================================================================================================
def case03():
    f = "presurgical_psych_eval_marwick.docx"
    p = Page([
        Title("Cedar Ridge Bariatric Center (FICTIONAL) - Pre-Surgical Psychological Evaluation"),
        Sub("FICTIONAL SAMPLE RECORD: all names and numbers are invented. 1180 Orchard Way, Fairlea, OH "
            "(fictional) - 555-0117"),
        Form("Patient:", "Lucinda Marwick (FICTIONAL), 44, female"),
        Form("Date of evaluation:", "08/11/2026"),
        Form("Evaluator:", "Renata Okonkwo-Bell, PsyD, licensed psychologist"),
        Form("Referral:", "Bariatric surgery program (planned sleeve gastrectomy), Dr. Felix Amundsen"),
        Heading("Reason for referral"),
        Para("Ms. Marwick was referred for the psychological evaluation required before bariatric surgery. Her "
             "BMI today is 46.3. She has type 2 diabetes and obstructive sleep apnea treated with CPAP."),
        Heading("Psychiatric history"),
        Para("Ms. Marwick describes three episodes of depression. The first came after the birth of her daughter "
             "in 2009; her obstetrician prescribed paroxetine, which lifted her mood well within two months, but "
             "she gained about 30 lb over three years and stopped it in 2012 because of the weight. In 2013 her "
             "family doctor tried mirtazapine 15 mg for a few months; she slept heavily, was groggy every morning "
             "and gained 12 lb, and she stopped it."),
        Para("From 2014 she took sertraline, up to 150 mg, with a long stretch of stability; she and her primary "
             "care physician tapered it off in 2021 after a year of feeling well."),
        Para("The current episode began in early 2023 after her mother's death. Her psychiatrist, Dr. Celeste "
             "Varga, chose bupropion XL because it does not add weight; it was started in 03/2023 and raised to "
             "300 mg. Sertraline 100 mg was restarted alongside it in 09/2023 and stopped in 02/2024 because it "
             "added nothing. From 05/2023 to 09/2023 she had 14 sessions of interpersonal psychotherapy focused "
             "on grief; the grief became bearable and her mood lifted somewhat, though not back to her usual "
             "self."),
        Para("Today she says the bupropion gives her more energy and her mood is \"better than last year but not "
             "where it should be.\" Dr. Varga has mentioned vortioxetine as a weight-neutral option if the mood "
             "stalls; nothing has been changed. She has never had ECT or TMS and has never been hospitalized."),
        Heading("Psychotropic medicines and weight (her report, checked against the pharmacy printout)"),
        Table(["Medication", "When", "Highest dose", "Weight change", "Why stopped"], [
            ["paroxetine", "2009-2012", "40 mg", "+30 lb", "worked well; stopped because of weight gain"],
            ["mirtazapine", "2013 (about 3 months)", "15 mg", "+12 lb", "morning grogginess and weight gain"],
            ["sertraline", "2014-2021", "150 mg", "none noted", "well for a year; tapered off with PCP"],
            ["sertraline (restarted with bupropion)", "09/2023-02/2024", "100 mg", "none noted",
             "no added benefit"],
            ["bupropion XL", "03/2023-current", "300 mg", "-6 lb", "continuing"],
            ["topiramate (migraine prevention, neurology)", "2022-current", "50 mg", "-8 lb", "continuing"],
        ]),
        Para("Other medicines: metformin 1000 mg twice daily and semaglutide weekly for diabetes; melatonin 3 mg "
             "at night for sleep. She took phentermine for weight loss for three months in 2019 and lost 10 lb, "
             "all regained."),
        Heading("Family and social history"),
        Para("Married; her husband takes duloxetine for back pain. Her 17-year-old daughter was recently "
             "prescribed fluoxetine by her pediatrician. She works as a dental office manager."),
        Heading("Mental status and risk"),
        Para("Alert, cooperative, mildly dysphoric affect, linear thought process. She denies suicidal ideation "
             "now and at any time in the past, and has never made a suicide attempt or harmed herself. No "
             "psychotic symptoms. Eating: no current binge eating by history or questionnaire."),
        Heading("Measures (08/11/2026)"),
        Table(["Measure", "Score", "Interpretation"], [
            ["PHQ-9", "12", "moderate"],
            ["GAD-7", "9", "mild"],
            ["Binge Eating Scale", "14", "no binge eating"],
            ["BDI-II", "19", "mild"],
        ]),
        Heading("Diagnoses"),
        Line("F33.1 Major depressive disorder, recurrent, moderate"),
        Line("E66.01 Morbid (severe) obesity due to excess calories"),
        Line("Z68.42 Body mass index 45.0-49.9, adult"),
        Line("E11.9 Type 2 diabetes mellitus without complications"),
        Line("G47.33 Obstructive sleep apnea"),
        Line("G43.909 Migraine, unspecified, not intractable, without status migrainosus"),
        Heading("Recommendation"),
        Para("Psychologically cleared for surgery, with conditions: continue psychiatric care with Dr. Varga; "
             "attend the program's post-operative support group; her psychiatrist should review the absorption "
             "of extended-release bupropion after a sleeve gastrectomy."),
        Line("Renata Okonkwo-Bell, PsyD (fictional)"),
    ])
    doc = Doc(f, "docx", [p], family="sans", size=10,
              header="FICTIONAL - Cedar Ridge Bariatric Center - Lucinda Marwick")
    history = [
        H("paroxetine", "SSRI", "antidepressant", "40 mg", "2009", "2012",
          "lifted her mood well within two months, but she gained about 30 lb and stopped it because of the "
          "weight", "side_effects", f, 1, "paroxetine 2009-2012 40 mg +30 lb worked well; stopped because of "
                                          "weight gain"),
        H("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2013", "2013",
          "slept heavily, groggy every morning, gained 12 lb; stopped", "side_effects", f, 1,
          "mirtazapine 2013 (about 3 months) 15 mg +12 lb morning grogginess and weight gain"),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2014", "2021",
          "long stretch of stability; tapered off in 2021 after a year of feeling well", "remission", f, 1,
          "sertraline 2014-2021 150 mg none noted well for a year; tapered off with PCP"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2023-09", "2024-02",
          "restarted alongside bupropion; stopped because it added nothing", "no_response", f, 1,
          "sertraline (restarted with bupropion) 09/2023-02/2024 100 mg none noted no added benefit"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2023-03", None,
          "more energy; mood 'better than last year but not where it should be'", "partial_response", f, 1,
          "better than last year but not where it should be"),
        H("IPT", "psychotherapy", "psychotherapy", "14 sessions", "2023-05", "2023-09",
          "the grief became bearable and her mood lifted somewhat, though not back to her usual self",
          "partial_response", f, 1, "her mood lifted somewhat, though not back to her usual self"),
    ]
    scales = [
        S("PHQ-9", 12, "2026-08-11", f, 1, "PHQ-9 12 moderate"),
        S("GAD-7", 9, "2026-08-11", f, 1, "GAD-7 9 mild"),
    ]
    diagnoses = [
        D("F33.1", f, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("E66.01", f, 1, "E66.01 Morbid (severe) obesity due to excess calories"),
        D("Z68.42", f, 1, "Z68.42 Body mass index 45.0-49.9, adult"),
        D("E11.9", f, 1, "E11.9 Type 2 diabetes mellitus without complications"),
        D("G47.33", f, 1, "G47.33 Obstructive sleep apnea"),
        D("G43.909", f, 1, "G43.909 Migraine, unspecified"),
    ]
    return dict(
        slug="03-bariatric-presurgical-psych-eval-docx",
        note="FICTIONAL case. A psychologist's pre-surgical evaluation for bariatric surgery, DOCX: history in "
             "prose and a table of psychotropic medicines with their weight effects. Rows: paroxetine 2009-2012 "
             "worked, stopped for weight gain (side effects); mirtazapine 2013 grogginess and weight (side "
             "effects); sertraline 2014-2021 remission; sertraline restarted 09/2023-02/2024 with bupropion, no "
             "added benefit (a second course); bupropion XL from 03/2023, partial (open); IPT for grief "
             "05-09/2023, partial. Not rows: vortioxetine mentioned as an option, ECT/TMS never, topiramate "
             "(migraine), metformin and semaglutide (diabetes), phentermine (weight loss), melatonin (sleep), "
             "the husband's duloxetine and the daughter's fluoxetine.",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("none", f, 1, "She denies suicidal ideation now and at any time in the past"),
    )


CASES.append(case03())


# =====================================================================================================
# 04 rheumatology notes, fibromyalgia with depression (a pain case), one visit a page
# =====================================================================================================
def case04():
    f = "brightwater_rheumatology_notes_fenwick-daley.pdf"
    top = [Title("Brightwater Rheumatology (FICTIONAL)"),
           Sub("915 Larkspur Avenue, Glen Marrow, OR (fictional) - 555-0126 - Anneliese Korhonen, MD")]
    p1 = Page(top + [
        Heading("New patient consultation - 03/10/2026"),
        Form("Patient:", "Marisol Fenwick-Daley (FICTIONAL), DOB 07/22/1973, MRN FICT-BR-55102", 80),
        Form("Referred by:", "Joaquin Pell, MD (primary care)", 80),
        Heading("History of present illness"),
        Para("Ms. Fenwick-Daley, 52, has had widespread pain since 2018, with fatigue, unrefreshing sleep and "
             "\"brain fog\". Fibromyalgia was diagnosed by her PCP in 2019. ANA, RF, anti-CCP, CK, ESR and CRP "
             "have been normal. She also has recurrent depression, treated by her PCP."),
        Heading("Treatments tried"),
        Para("Amitriptyline 25 mg at night (2019-2020): helped her sleep a little, no change in pain, and she "
             "felt hung over every morning, so she stopped it."),
        Para("Gabapentin, up to 300 mg three times daily, for a few months in 2019: it did nothing for the pain."),
        Para("Pregabalin 150 mg twice daily (2020-2021): about 30% less pain, but her ankles swelled and she "
             "gained 15 lb; stopped in 2021."),
        Para("Duloxetine 60 mg daily since 2021 (PCP), for both pain and mood. It takes the edge off the pain "
             "and her mood is steadier, but both remain a problem."),
        Para("Aquatic physical therapy, 12 sessions in 2022: it helped her move more freely; her pain scores "
             "did not change."),
        Para("Milnacipran was prescribed in 2023, but the prior authorization was denied and she never took it. "
             "Her sister, who also has fibromyalgia, does well on it."),
        Para("Tramadol 50 mg as needed for flares, a few times a month. Cyclobenzaprine 5 mg at bedtime for "
             "sleep, most nights."),
        Heading("Examination"),
        Para("Tender at 14 of 18 classic sites; no synovitis; full range of motion; normal strength."),
        Heading("Measures"),
        Line("Pain 8/10 (average, past week); FIQR 68; PHQ-9 16."),
        Para("Denies suicidal ideation."),
        Heading("Assessment"),
        Line("M79.7 Fibromyalgia"),
        Line("F33.1 Major depressive disorder, recurrent, moderate"),
        Line("E55.9 Vitamin D deficiency, unspecified"),
        Heading("Plan"),
        Para("Continue duloxetine 60 mg. Vitamin D3 2000 IU daily. Referral for low-dose IV ketamine at "
             "Northgate Infusion Center (fictional), whose fibromyalgia protocol is five infusions over two "
             "weeks; her plan may not cover it. Graded walking program. Return in 3 months."),
    ])
    p2 = Page(top + [
        Heading("Follow-up visit - 06/23/2026"),
        Form("Patient:", "Marisol Fenwick-Daley (FICTIONAL), MRN FICT-BR-55102", 80),
        Para("She had the ketamine series at Northgate Infusion Center: five infusions from 04/07/2026 to "
             "04/21/2026, 0.5 mg/kg over 45 minutes, paid out of pocket after her plan denied it. Mild "
             "dissociation during the infusions, no other adverse effects. For about three weeks afterwards her "
             "pain was \"half what it was\"; she is still sorting out how much of that remains."),
        Para("Mood \"a little better since the infusions\". Denies suicidal ideation. Duloxetine unchanged."),
        Line("Pain 6/10 today."),
        Heading("Plan"),
        Para("Start low-dose naltrexone 1.5 mg at night (compounded) and increase by 1.5 mg every two weeks to "
             "4.5 mg. Discussed a repeat ketamine series if the benefit holds; she will appeal the denial. "
             "Continue duloxetine and vitamin D. Return in 3 months."),
    ])
    p3 = Page(top + [
        Heading("Follow-up visit - 10/06/2026"),
        Form("Patient:", "Marisol Fenwick-Daley (FICTIONAL), MRN FICT-BR-55102", 80),
        Para("The benefit of the April ketamine series lasted about three weeks; by the middle of May her pain "
             "was back to 7/10 and it has stayed there."),
        Para("She has taken low-dose naltrexone since late June, at 4.5 mg since mid-July. She is not sure it has "
             "done anything: \"some days I think the fog is a bit better, but I can't tell.\""),
        Para("Duloxetine 60 mg continues; she feels her mood would be worse without it. Low mood most days, no "
             "hopelessness; denies suicidal ideation."),
        Line("Pain 7/10 (average); FIQR 64; PHQ-9 15."),
        Heading("Plan"),
        Para("Continue duloxetine and low-dose naltrexone. Letter of medical necessity for a second ketamine "
             "series, to support her appeal of the plan's denial. Consider referral to pain psychology for CBT "
             "for chronic pain. Return in 3 months."),
        Gap(10),
        Line("Anneliese Korhonen, MD (fictional) - signed 10/06/2026"),
    ])
    doc = Doc(f, "pdf", [p1, p2, p3], family="sans", size=10,
              header="FICTIONAL RECORD - Brightwater Rheumatology - Marisol Fenwick-Daley - MRN FICT-BR-55102")
    history = [
        H("amitriptyline", "TCA", "antidepressant", "25 mg at night", "2019", "2020",
          "helped her sleep a little, no change in pain, hung over every morning, so she stopped it",
          "side_effects", f, 1, "felt hung over every morning, so she stopped it"),
        H("gabapentin", "gabapentinoid", "other", "300 mg three times daily", "2019", "2019",
          "it did nothing for the pain", "no_response", f, 1, "it did nothing for the pain"),
        H("pregabalin", "gabapentinoid", "other", "150 mg twice daily", "2020", "2021",
          "about 30% less pain, but her ankles swelled and she gained 15 lb; stopped in 2021", "side_effects",
          f, 1, "about 30% less pain, but her ankles swelled and she gained 15 lb; stopped in 2021"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2021", None,
          "takes the edge off the pain and her mood is steadier, but both remain a problem", "partial_response",
          f, 1, "It takes the edge off the pain and her mood is steadier, but both remain a problem"),
        H("physical therapy", "physical therapy", "other", "12 sessions", "2022", "2022",
          "helped her move more freely; her pain scores did not change", "no_response", f, 1,
          "it helped her move more freely; her pain scores did not change"),
        H("ketamine", "NMDA antagonist (IV)", "other", "5 infusions, 0.5 mg/kg", "2026-04-07", "2026-04-21",
          "pain 'half what it was' for about three weeks; by mid-May back to 7/10", "relapse", f, 3,
          "The benefit of the April ketamine series lasted about three weeks"),
        H("naltrexone", "opioid antagonist (low dose)", "other", "4.5 mg at night", "2026-06", None,
          "not sure it has done anything: 'some days I think the fog is a bit better, but I can't tell'",
          "unknown", f, 3, "She is not sure it has done anything"),
    ]
    scales = [
        S("pain NRS", 8, "2026-03-10", f, 1, "Pain 8/10 (average, past week)"),
        S("PHQ-9", 16, "2026-03-10", f, 1, "PHQ-9 16"),
        S("pain NRS", 6, "2026-06-23", f, 2, "Pain 6/10 today"),
        S("pain NRS", 7, "2026-05", f, 3, "by the middle of May her pain was back to 7/10"),
        S("pain NRS", 7, "2026-10-06", f, 3, "Pain 7/10 (average)"),
        S("PHQ-9", 15, "2026-10-06", f, 3, "PHQ-9 15"),
    ]
    diagnoses = [
        D("M79.7", f, 1, "M79.7 Fibromyalgia"),
        D("F33.1", f, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("E55.9", f, 1, "E55.9 Vitamin D deficiency"),
    ]
    return dict(
        slug="04-rheumatology-fibromyalgia-notes-pdf",
        note="FICTIONAL case. A pain case: a rheumatologist's three visit notes for fibromyalgia with depression, "
             "3-page PDF, one visit a page. Rows: amitriptyline 2019-2020 (hung over, stopped: side effects); "
             "gabapentin 2019 (did nothing); pregabalin 2020-2021 (30% less pain, edema and weight: side "
             "effects); duloxetine since 2021 partial (open); aquatic physical therapy 2022 (pain scores "
             "unchanged); IV ketamine five infusions 04/07-04/21/2026 (outcome p. 3: three weeks, then back: "
             "relapse); low-dose naltrexone from late June 2026 (unsure: unknown, open). Not rows: milnacipran "
             "(prior authorization denied, never taken; the sister's), tramadol as needed, cyclobenzaprine for "
             "sleep, vitamin D (coded deficiency), the planned repeat ketamine series, CBT for pain considered.",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("none", f, 1, "Denies suicidal ideation."),
    )


CASES.append(case04())


# =====================================================================================================
# 05 private-practice therapist's SOAP notes (TXT)
# =====================================================================================================
def case05():
    f = "juniper_street_soap_notes_okafor-lind.txt"
    sessions = [
        (1, "03/04/2026", "Intake (60 min)",
         ["S: Referred by her psychiatrist, Dr. Ilse Marchetti, for psychotherapy. \"I've been flat for two "
          "years.\" Low mood, no enjoyment, panic attacks about twice a month, cannot leave work at work. "
          "Sometimes thinks \"everyone would be better off without me\"; no plan, no intent, never an attempt.",
          "Prior treatment: about 8 sessions of CBT at the university counseling center in 2016: \"It got me "
          "through finals, but I was still depressed after.\" Wellbutrin 150 mg from her PCP in 2019: \"made "
          "me so anxious I couldn't sit still\", stopped after two weeks. Lexapro 20 mg since 2024 (Dr. "
          "Marchetti): \"it never did much.\" Has never taken Zoloft.",
          "Meds (per client): Lexapro 20 mg daily; lorazepam 0.5 mg as needed for panic.",
          "O: PHQ-9 19, GAD-7 14. Tearful at times, good eye contact, linear.",
          "A: F33.1 major depressive disorder, recurrent, moderate; F41.0 panic disorder. Passive SI, low "
          "acute risk; safety plan written together.",
          "P: Weekly acceptance and commitment therapy (ACT), 12-16 sessions. Values work first."]),
        (2, "03/11/2026", "ACT",
         ["S: Named three values: being a present aunt, making things with her hands, fairness at work.",
          "O: Engaged, brought notes. A: Good alliance. P: Continue weekly ACT; values-based activity log."]),
        (3, "03/18/2026", "ACT",
         ["S: Did two of four planned activities. \"The voice says what's the point.\"",
          "O: Practiced defusion (\"I'm having the thought that...\"). A: Early skills. P: Continue weekly ACT."]),
        (4, "03/25/2026", "ACT",
         ["S: Dr. Marchetti is tapering her off Lexapro; she started Pristiq (desvenlafaxine) 50 mg on "
          "Monday 03/23.",
          "Meds (per client): Pristiq 50 mg; Lexapro tapering; lorazepam as needed.",
          "O: PHQ-9 18. A: Adjusting to the switch. P: Continue weekly ACT."]),
        (5, "04/01/2026", "ACT",
         ["S: Nauseated on the Pristiq this week. Tried the \"leaves on a stream\" exercise.",
          "O: Flat affect. A: Stable. P: Continue weekly ACT."]),
        (None, "04/08/2026", "Cancelled", ["Client cancelled (flu). Not billed."]),
        (6, "04/15/2026", "ACT",
         ["S: Finished the Lexapro taper on 04/05. Pristiq: queasy the first week, now fine.",
          "Meds (per client): Pristiq 50 mg; lorazepam as needed.",
          "O: Brighter. A: Some movement. P: Continue weekly ACT."]),
        (7, "04/22/2026", "ACT",
         ["S: Went to her niece's recital, first outing in months.",
          "O: PHQ-9 16. A: Committed action improving. P: Continue weekly ACT."]),
        (8, "04/29/2026", "ACT",
         ["S: Her husband, Jens, started sertraline for his own anxiety; she worries about him.",
          "O: Anxious, on topic. A: Stable. P: Continue weekly ACT."]),
        (9, "05/06/2026", "ACT",
         ["S: Dr. Marchetti offered to add Abilify; Nadia declined for now. Used lorazepam twice this month.",
          "O: Engaged. A: Stable. P: Continue weekly ACT."]),
        (10, "05/13/2026", "ACT",
         ["S: Pristiq raised to 100 mg last week. Denies SI.",
          "Meds (per client): Pristiq 100 mg; lorazepam as needed.",
          "O: PHQ-9 14. A: Improving. P: Continue weekly ACT."]),
        (11, "05/20/2026", "ACT",
         ["S: Back at pottery class. \"I notice the thoughts and go anyway.\"",
          "O: Smiled several times. A: Good use of skills. P: Continue weekly ACT."]),
        (12, "05/27/2026", "ACT",
         ["S: Talked about her mother's bipolar disorder, which was treated with lithium for years; fears she "
          "will \"end up like her\".",
          "O: Tearful, then settled. A: Stable. P: Continue weekly ACT; plan ending."]),
        (13, "06/03/2026", "ACT",
         ["S: Reviewed what has helped. Relapse-prevention plan drafted.",
          "O: Engaged. A: Ready to finish. P: Final session next week."]),
        (14, "06/10/2026", "ACT - final session and discharge",
         ["S: On the Pristiq: \"it's helping; I'm about 60% of who I was.\" No panic attacks since April.",
          "O: PHQ-9 11, GAD-7 8.",
          "A: Outcome of the course: 14 sessions of ACT, PHQ-9 from 19 to 11 and GAD-7 from 14 to 8, panic "
          "attacks stopped. She has improved partly but is not in remission.",
          "P: Discharged from weekly therapy; continues with Dr. Marchetti; may return for booster sessions."]),
    ]
    blocks = [Title("Psychotherapy Progress Notes (SOAP) - Juniper Street Counseling, PLLC (FICTIONAL)"),
              Sub("Clinician: Tobias Greenhalgh, LCSW - Client: Nadia Okafor-Lind (FICTIONAL), DOB 05/30/1993 - "
                  "Chart FICT-JSC-3381 - printed 11/02/2026")]
    for n, date, kind, lines in sessions:
        head = f"Session {n} - {date} - {kind}" if n else f"{date} - {kind}"
        blocks.append(Heading(head))
        for ln in lines:
            blocks.append(Para(ln))
    doc = Doc(f, "txt", [Page(blocks)], header="FICTIONAL RECORD - Juniper Street Counseling, PLLC - all names "
                                                 "and numbers invented", txt_width=96)
    history = [
        H("CBT", "psychotherapy", "psychotherapy", "about 8 sessions", "2016", "2016",
          "'It got me through finals, but I was still depressed after.'", "no_response", f, 1,
          "It got me through finals, but I was still depressed after."),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2019", "2019",
          "'made me so anxious I couldn't sit still', stopped after two weeks", "side_effects", f, 1,
          "made me so anxious I couldn't sit still\", stopped after two weeks"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2024", "2026-04-05",
          "'it never did much'; tapered off for the switch to desvenlafaxine", "no_response", f, 1,
          "Lexapro 20 mg since 2024 (Dr. Marchetti): \"it never did much.\""),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2026-03-23", None,
          "'it's helping; I'm about 60% of who I was'", "partial_response", f, 1,
          "it's helping; I'm about 60% of who I was"),
        H("acceptance and commitment therapy", "psychotherapy", "psychotherapy", "14 sessions", "2026-03-04",
          "2026-06-10", "PHQ-9 19 to 11, GAD-7 14 to 8, panic stopped; improved partly but not in remission",
          "partial_response", f, 1, "She has improved partly but is not in remission."),
    ]
    scales = [
        S("PHQ-9", 19, "2026-03-04", f, 1, "O: PHQ-9 19, GAD-7 14."),
        S("GAD-7", 14, "2026-03-04", f, 1, "O: PHQ-9 19, GAD-7 14."),
        S("PHQ-9", 18, "2026-03-25", f, 1, "O: PHQ-9 18. A: Adjusting to the switch."),
        S("PHQ-9", 16, "2026-04-22", f, 1, "O: PHQ-9 16. A: Committed action improving."),
        S("PHQ-9", 14, "2026-05-13", f, 1, "O: PHQ-9 14. A: Improving."),
        S("PHQ-9", 11, "2026-06-10", f, 1, "O: PHQ-9 11, GAD-7 8."),
        S("GAD-7", 8, "2026-06-10", f, 1, "O: PHQ-9 11, GAD-7 8."),
    ]
    diagnoses = [
        D("F33.1", f, 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("F41.0", f, 1, "F41.0 panic disorder"),
    ]
    return dict(
        slug="05-therapist-soap-session-notes-txt",
        note="FICTIONAL case. A private-practice therapist's SOAP notes, 14 ACT sessions and a cancelled one, "
             "plain text. Rows: CBT ~8 sessions 2016 ('got me through finals, but I was still depressed': no "
             "response); Wellbutrin 2019 two weeks, restlessness (side effects); Lexapro since 2024 'never did "
             "much', taper finished 04/05/2026 (no response); Pristiq from 03/23/2026, 60% of who she was "
             "(partial, open); ACT 03/04-06/10/2026, 14 sessions, improved partly (partial). Not rows: Zoloft "
             "never taken, lorazepam as needed, Abilify offered and declined, the husband's sertraline, the "
             "mother's lithium, possible booster sessions.",
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=SI("passive", f, 1, "Sometimes thinks \"everyone would be better off without me\"; no plan, "
                                        "no intent, never an attempt."),
    )


CASES.append(case05())


# =====================================================================================================
# 06 pharmacy-app phone screenshots (PNG) and the patient's notes-app screenshot
# =====================================================================================================
def case06():
    bar = AppBar("RiverBend Pharmacy", "FICTIONAL SAMPLE - Theo C. - Rx history")
    active = Doc("rx_app_1_active.png", "png", [Page([
        bar,
        Line("Active prescriptions (5)", bold=True),
        Card(["Venlafaxine ER 150 mg capsule", "Rx FICT-4471822 - Dr. M. Ruiz", "First filled: Mar 4, 2026",
              "Last filled: Oct 28, 2026 - 30 days"], "Active - 3 refills left"),
        Card(["Lithium carbonate 300 mg capsule", "Rx FICT-4473090 - Dr. M. Ruiz", "First filled: Aug 12, 2026",
              "Last filled: Nov 2, 2026 - 30 days"], "Active - 5 refills left"),
        Card(["Trazodone 50 mg tablet", "Rx FICT-4470114 - Dr. M. Ruiz", "First filled: Apr 15, 2026",
              "Last filled: Jul 21, 2026 - 30 days"], "Active - 2 refills left"),
        Card(["Atorvastatin 40 mg tablet", "Rx FICT-4468731 - Dr. K. Osei", "Last filled: Oct 30, 2026 - 90 days"],
             "Active - 1 refill left"),
        Card(["Tamsulosin 0.4 mg capsule", "Rx FICT-4468732 - Dr. K. Osei", "Last filled: Oct 30, 2026 - 90 days"],
             "Active - 1 refill left"),
    ])], family="sans", size=12.5, phone=True, footer="")
    inactive = Doc("rx_app_2_inactive.png", "png", [Page([
        bar,
        Line("Inactive and past prescriptions (5)", bold=True),
        Card(["Sertraline 100 mg tablet", "Rx FICT-4459902 - Dr. M. Ruiz", "First filled: Jan 9, 2025",
              "Last filled: Aug 30, 2025 - 30 days"], "Inactive - discontinued by prescriber"),
        Card(["Mirtazapine 15 mg tablet", "Rx FICT-4461377 - Dr. M. Ruiz", "Filled once: Sep 20, 2025 - 30 days"],
             "Inactive - discontinued by prescriber"),
        Card(["Duloxetine DR 60 mg capsule", "Rx FICT-4462150 - Dr. M. Ruiz", "First filled: Oct 4, 2025",
              "Last filled: Feb 6, 2026 - 30 days"], "Inactive - no refills left"),
        Card(["Aripiprazole 2 mg tablet", "Rx FICT-4472561 - Dr. M. Ruiz", "Prescribed: Jun 17, 2026"],
             "Not picked up - returned to stock Jun 29, 2026"),
        Card(["Amoxicillin 500 mg capsule", "Rx FICT-4463318 - Dr. K. Osei", "Filled: Dec 2, 2025 - 10 days"],
             "Inactive - completed"),
    ])], family="sans", size=12.5, phone=True, footer="")
    f = "rx_app_3_my_notes.png"
    notes = Doc(f, "png", [Page([
        AppBar("Notes", "FICTIONAL SAMPLE"),
        Line("My meds - for the appeal (Nov 2026)", bold=True),
        Gap(4),
        Para("Zoloft (Jan-Aug 2025): helped a bit the first couple months, then nothing. Dr Ruiz said time to "
             "switch."),
        Para("Remeron (Sep 2025): took it 3 nights, knocked me out, hung over all day. Stopped."),
        Para("Cymbalta (Oct 2025 - Feb 2026): sweating buckets and no better. Quit."),
        Para("Effexor since March: best so far, about half better."),
        Para("Lithium added to the Effexor in Aug: too soon to tell. Level 0.6 in Oct."),
        Para("Abilify: never picked it up, read about the side effects and got scared."),
        Para("Trazodone: only for sleep, some nights."),
        Para("Ines's Lexapro is in the same bag - hers, not mine."),
        Para("PHQ-9 at Dr Ruiz 11/10: 15 (was 22 in Feb)."),
    ])], family="sans", size=14, phone=True, footer="")
    history = [
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-01", "2025-08",
          "helped a bit the first couple months, then nothing", "relapse", f, 1,
          "Zoloft (Jan-Aug 2025): helped a bit the first couple months, then nothing."),
        H("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2025-09", "2025-09",
          "took it 3 nights, knocked me out, hung over all day. Stopped.", "side_effects", f, 1,
          "Remeron (Sep 2025): took it 3 nights, knocked me out, hung over all day. Stopped."),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-10", "2026-02",
          "sweating buckets and no better. Quit.", "side_effects", f, 1,
          "Cymbalta (Oct 2025 - Feb 2026): sweating buckets and no better. Quit."),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2026-03", None,
          "best so far, about half better", "partial_response", f, 1,
          "Effexor since March: best so far, about half better."),
        H("lithium", "mood stabilizer", "augmentation", "300 mg", "2026-08", None,
          "added to the Effexor in Aug: too soon to tell", "unknown", f, 1,
          "Lithium added to the Effexor in Aug: too soon to tell."),
    ]
    scales = [
        S("PHQ-9", 15, "2026-11-10", f, 1, "PHQ-9 at Dr Ruiz 11/10: 15"),
        S("PHQ-9", 22, "2026-02", f, 1, "(was 22 in Feb)"),
    ]
    return dict(
        slug="06-pharmacy-app-screenshots-png",
        note="FICTIONAL case. Three phone screenshots (PNG): a pharmacy app's active and inactive prescriptions "
             "(first and last fill dates, statuses) and the patient's own notes-app list of what each drug did. "
             "Rows: sertraline 01-08/2025, helped a bit then nothing (relapse); mirtazapine 09/2025, three "
             "nights, hung over (side effects); duloxetine 10/2025-02/2026, sweating and no better (side "
             "effects); venlafaxine ER from 03/2026, about half better (partial, open); lithium added 08/2026, "
             "too soon to tell (unknown, open). Not rows: aripiprazole never picked up (returned to stock), "
             "trazodone only for sleep, the wife's Lexapro, atorvastatin, tamsulosin, amoxicillin. No codes; "
             "nothing about suicidality (null).",
        docs=[active, inactive, notes], history=history, scales=scales, diagnoses=[],
        suicidality=SI(None),
    )


CASES.append(case06())
