"""Build notes-blind FRESH SET 5 (all people, clinics, numbers FICTIONAL). Run: /work/main/.venv/bin/python make_fresh5.py"""
import json, os, shutil, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from render import write_pdf, write_docx, write_txt, write_image, flat_page, norm

FICT = "FICTIONAL record - all names, clinics, numbers invented."

def H(name, cls, kind, dose, start, end, outcome, oc, f, p, t):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": f, "page": p, "text": t}}
def S(name, score, date, f, p, t):
    return {"name": name, "score": score, "date": date, "source": {"file": f, "page": p, "text": t}}
def D(code, f, p, t):
    return {"code": code, "source": {"file": f, "page": p, "text": t}}
def SU(level, f=None, p=None, t=None):
    return {"level": level, "source": None if level is None else {"file": f, "page": p, "text": t}}

CASES = []
def case(slug, docs, note, history, scales, dx, sui):
    CASES.append(dict(slug=slug, docs=docs, note=note, history=history, scales=scales, diagnoses=dx, suicidality=sui))

# ------------------------------------------------------------------ 01 psychiatry progress note, PDF 2 pages
F = "harborview_psych_progress_2026-10-14.pdf"
case("01-harborview-progress-note", [(F, "pdf", [[
    ("h", "HARBORVIEW BEHAVIORAL HEALTH - PSYCHIATRY PROGRESS NOTE"), FICT,
    "Patient: Marisol Quintero-Hale   DOB: 03/11/1984   Visit: 10/14/2026   Clinician: T. Okafor, MD",
    ("h", "Subjective"),
    "Ms. Quintero-Hale returns for follow-up of recurrent depression. She reports low mood most days, poor concentration at work and early waking. Mother had a good response to sertraline years ago and patient asks whether she should try it; we discussed this but she has not taken sertraline herself.",
    ("h", "Mental status / risk"),
    "Affect constricted, thought process linear. She denies suicidal ideation, intent or plan; no history of self-harm. PHQ-9 today is 19, GAD-7 is 14.",
], [
    ("h", "Psychiatric medication history"),
    "1. Escitalopram 20 mg from 03/2022 x 8 weeks: no appreciable benefit.",
    "2. Venlafaxine XR titrated to 225 mg, 09/2022 to 06/2023: partial responder; stopped because of night sweats and a rise in blood pressure.",
    "3. Bupropion XL 300 mg added to venlafaxine as augmentation, 01/2023 to 06/2023: no additional benefit.",
    "4. Mirtazapine 30 mg since 08/2023: helped sleep at first, mood benefit faded after about 4 months.",
    "She has never tried an MAOI or lithium. No prior TMS or ECT.",
    ("h", "Assessment"),
    "F33.1 Major depressive disorder, recurrent, moderate.",
    "F41.1 Generalized anxiety disorder.",
    ("h", "Plan"),
    "Will consider aripiprazole 2 mg augmentation at next visit if labs normal. Refer for TMS evaluation. Continue mirtazapine 30 mg for now.",
]])],
"Two-page PDF progress note. Ambiguous: venlafaxine helped partly but was stopped for night sweats/BP -> side_effects; mirtazapine 'mood benefit faded' -> relapse, still taken (end null). Not rows: sertraline (mother's response, patient never took it), MAOI/lithium (never tried), TMS/ECT (none prior; referral planned), aripiprazole (plan, 'will consider').",
[H("escitalopram", "SSRI", "antidepressant", "20 mg", "2022-03", "2022-05", "no appreciable benefit", "no_response", F, 2, "Escitalopram 20 mg from 03/2022 x 8 weeks: no appreciable benefit."),
 H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-09", "2023-06", "partial responder; stopped because of night sweats and a rise in blood pressure", "side_effects", F, 2, "09/2022 to 06/2023: partial responder; stopped because of night sweats and a rise in blood pressure."),
 H("bupropion", "NDRI", "augmentation", "300 mg", "2023-01", "2023-06", "no additional benefit", "no_response", F, 2, "Bupropion XL 300 mg added to venlafaxine as augmentation, 01/2023 to 06/2023: no additional benefit."),
 H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "30 mg", "2023-08", None, "helped sleep at first, mood benefit faded after about 4 months", "relapse", F, 2, "Mirtazapine 30 mg since 08/2023: helped sleep at first, mood benefit faded after about 4 months.")],
[S("PHQ-9", 19, "2026-10-14", F, 1, "PHQ-9 today is 19"), S("GAD-7", 14, "2026-10-14", F, 1, "GAD-7 is 14.")],
[D("F33.1", F, 2, "F33.1 Major depressive disorder, recurrent, moderate."), D("F41.1", F, 2, "F41.1 Generalized anxiety disorder.")],
SU("none", F, 1, "She denies suicidal ideation, intent or plan; no history of self-harm."))

# ------------------------------------------------------------------ 02 medication list DOCX with allergy list
F = "medication_list_cedarbrook.docx"
case("02-cedarbrook-medication-list", [(F, "docx", [[
    ("h", "Cedarbrook Family Medicine - Medication Reconciliation"), FICT,
    "Patient: Devon Ashgrove   MRN 55-0193   Printed 11/19/2026 by R. Vance, PA-C",
    ("h", "Allergies / adverse drug reactions"),
    "Sertraline (hives, 2015); codeine (vomiting); sulfa drugs (rash).",
    ("h", "Current medications"),
    ("table", [["Medication", "Dose", "Started", "Indication"],
               ["Duloxetine (Cymbalta)", "60 mg daily", "Feb 2025", "depression"],
               ["Lamotrigine", "100 mg daily", "Aug 2025", "augmentation of duloxetine"],
               ["Lisinopril", "10 mg daily", "2021", "hypertension"],
               ["Trazodone", "50 mg at bedtime", "2024", "sleep"]]),
    ("h", "Past psychiatric medications"),
    ("table", [["Medication", "Dose", "Dates", "Reason stopped"],
               ["Fluoxetine (Prozac)", "40 mg", "2016-2018", "lost effect after 2 years"],
               ["Desvenlafaxine (Pristiq)", "100 mg", "Jun 2023 - Jan 2024", "no response"],
               ["Vilazodone (Viibryd)", "40 mg", "Mar 2024 - May 2024", "d/c'd due to GI upset"]]),
    "Comment: duloxetine gave a partial response (PHQ-9 from 21 to 13 by 07/2025); lamotrigine added 08/2025 with little further change.",
    ("h", "Problem list"),
    "F33.1 Major depressive disorder, recurrent, moderate; I10 Essential hypertension; G47.00 Insomnia, unspecified.",
]])],
"DOCX medication list. Not rows: sertraline (allergy list only), codeine, lisinopril (non-psychiatric), trazodone 50 mg at bedtime (hypnotic dose). Ambiguous: fluoxetine 'lost effect after 2 years' -> relapse; duloxetine outcome taken from the comment (partial response); lamotrigine 'little further change' -> no_response (partial_response defensible). PHQ-9 21 has no date (baseline, before duloxetine); 13 dated 2025-07.",
[H("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2025-02", None, "partial response (PHQ-9 from 21 to 13 by 07/2025)", "partial_response", F, 1, "duloxetine gave a partial response (PHQ-9 from 21 to 13 by 07/2025)"),
 H("lamotrigine", "anticonvulsant", "augmentation", "100 mg daily", "2025-08", None, "little further change", "no_response", F, 1, "lamotrigine added 08/2025 with little further change."),
 H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2016", "2018", "lost effect after 2 years", "relapse", F, 1, "Fluoxetine (Prozac) 40 mg 2016-2018 lost effect after 2 years"),
 H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2023-06", "2024-01", "no response", "no_response", F, 1, "Desvenlafaxine (Pristiq) 100 mg Jun 2023 - Jan 2024 no response"),
 H("vilazodone", "serotonin modulator", "antidepressant", "40 mg", "2024-03", "2024-05", "d/c'd due to GI upset", "side_effects", F, 1, "Vilazodone (Viibryd) 40 mg Mar 2024 - May 2024 d/c'd due to GI upset")],
[S("PHQ-9", 21, None, F, 1, "PHQ-9 from 21 to 13 by 07/2025"), S("PHQ-9", 13, "2025-07", F, 1, "PHQ-9 from 21 to 13 by 07/2025")],
[D("F33.1", F, 1, "F33.1 Major depressive disorder, recurrent, moderate"), D("I10", F, 1, "I10 Essential hypertension"), D("G47.00", F, 1, "G47.00 Insomnia, unspecified.")],
SU(None))

# ------------------------------------------------------------------ 03 referral letter TXT
F = "referral_letter_dr_pemberton.txt"
case("03-pemberton-referral-letter", [(F, "txt", [[
    "WILLOWMERE PRIMARY CARE", "14 Larkspur Row, Fenbridge  (FICTIONAL)", FICT, "",
    "21 October 2026", "",
    "Dear Dr. Achterberg,",
    "Thank you for seeing Mrs. Ilse Pemberton (DOB 22/06/1971), a 55-year-old teacher whom I have looked after for a decade, for a second opinion about her depression, which has not lifted despite several treatments. Dates in this letter are written day first.",
    "She first became unwell in spring 2019 and was started on citalopram 20 mg, later 40 mg, which she took until the autumn of 2020; she felt 'a bit better but never right' on it. In winter 2020 we switched her to sertraline, which was d/c'd due to GI upset after roughly six weeks at 100 mg. Vortioxetine 10 mg from 04/03/2021 to 30/11/2021 gave no appreciable benefit.",
    "She then completed 12 sessions of cognitive behavioural therapy with our practice counsellor between 01/2022 and 05/2022, which she found useful for coping but her mood scores did not change. Nortriptyline 75 mg, started 10/06/2022, was stopped on 02/09/2022 after she fainted (postural hypotension).",
    "In June 2023 she took an overdose of her husband's sleeping tablets and was admitted to St. Aldhelm's for two nights (Z91.51). Since then she has had no further attempts and at review last week denied current thoughts of suicide.",
    "She has never taken an MAOI. She currently takes mirtazapine 45 mg at night, since 08/2023, with only a partial response. If she fails to improve we could perhaps try lithium, but I would value your view first; she is understandably wary of ECT and has declined it when it was raised.",
    "PHQ-9 on 14/10/2026 was 20. Diagnoses: F33.2 recurrent depressive disorder, severe; E03.9 hypothyroidism (on levothyroxine 75 mcg).",
    "Yours sincerely,", "Dr. Hamish Ruddock, General Practitioner",
]])],
"Plain-text GP referral letter, day-first dates. Ambiguous: citalopram 'a bit better but never right' -> partial_response, spring 2019 -> 2019, autumn 2020 -> 2020; sertraline winter 2020 -> 2020 (could be 2020-12/2021-01); CBT mood unchanged -> no_response; nortriptyline stopped for fainting -> side_effects. Suicidality: attempt (overdose 06/2023) although 'denied current thoughts' - a latest-note rule gives none. Not rows: MAOI (never taken), lithium (hypothetical), ECT (declined), levothyroxine (non-psychiatric).",
[H("citalopram", "SSRI", "antidepressant", "40 mg", "2019", "2020", "a bit better but never right", "partial_response", F, 1, "She first became unwell in spring 2019 and was started on citalopram 20 mg, later 40 mg"),
 H("sertraline", "SSRI", "antidepressant", "100 mg", "2020", None, "d/c'd due to GI upset after roughly six weeks", "side_effects", F, 1, "sertraline, which was d/c'd due to GI upset after roughly six weeks at 100 mg."),
 H("vortioxetine", "serotonin modulator", "antidepressant", "10 mg", "2021-03-04", "2021-11-30", "no appreciable benefit", "no_response", F, 1, "Vortioxetine 10 mg from 04/03/2021 to 30/11/2021 gave no appreciable benefit."),
 H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2022-01", "2022-05", "useful for coping but her mood scores did not change", "no_response", F, 1, "She then completed 12 sessions of cognitive behavioural therapy"),
 H("nortriptyline", "TCA", "antidepressant", "75 mg", "2022-06-10", "2022-09-02", "stopped after she fainted (postural hypotension)", "side_effects", F, 1, "Nortriptyline 75 mg, started 10/06/2022, was stopped on 02/09/2022 after she fainted (postural hypotension)."),
 H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "45 mg", "2023-08", None, "only a partial response", "partial_response", F, 1, "mirtazapine 45 mg at night, since 08/2023, with only a partial response.")],
[S("PHQ-9", 20, "2026-10-14", F, 1, "PHQ-9 on 14/10/2026 was 20.")],
[D("Z91.51", F, 1, "(Z91.51)"), D("F33.2", F, 1, "F33.2 recurrent depressive disorder, severe"), D("E03.9", F, 1, "E03.9 hypothyroidism")],
SU("attempt", F, 1, "In June 2023 she took an overdose of her husband's sleeping tablets and was admitted to St. Aldhelm's for two nights"))

# ------------------------------------------------------------------ 04 TMS summary PDF
F = "tms_course_summary_lakeshore.pdf"
case("04-lakeshore-tms-summary", [(F, "pdf", [[
    ("h", "LAKESHORE NEUROMODULATION CENTER - TMS TREATMENT SUMMARY"), FICT,
    "Patient: Gregor Vaillancourt   DOB 1979-09-02   Treating psychiatrist: A. Mbeki, MD   Report date: 2026-09-30",
    ("h", "Course"),
    "Protocol: 10 Hz left DLPFC, 120% MT, 3000 pulses/session, NeuroStar. First session 2026-06-22; last session 2026-08-28. Total: 36 sessions (30 acute + 6 taper).",
    ("h", "Ratings"),
    ("table", [["Week", "Date", "PHQ-9", "MADRS"],
               ["Baseline", "2026-06-22", "22", "33"],
               ["Week 3", "2026-07-10", "17", "-"],
               ["Week 6", "2026-07-31", "13", "21"],
               ["End", "2026-08-28", "11", "18"]]),
    ("h", "Outcome"),
    "Partial responder: MADRS fell 45% (33 to 18), short of remission. No seizures; mild scalp discomfort in week 1 only. C-SSRS screen negative at every session.",
    ("h", "Antidepressant trials before TMS (from referral)"),
    "Sertraline 150 mg, 2019-2020, no response. Duloxetine 90 mg, 2021, stopped for nausea. Aripiprazole 5 mg added to duloxetine 2021, akathisia within 3 weeks. Current: escitalopram 20 mg since Jan 2022, partial benefit, continued during TMS.",
    "Maintenance TMS was offered; patient declined for now because of travel.",
    "Diagnosis: F33.2 Major depressive disorder, recurrent severe without psychotic features.",
]])],
"One-page PDF TMS summary. TMS 36 sessions, partial responder. Aripiprazole 'akathisia within 3 weeks' -> side_effects, end 2021. Not rows: maintenance TMS (declined). Suicidality none from 'C-SSRS screen negative' (no C-SSRS scale row). MADRS '-' at week 3 is no row.",
[H("TMS", "TMS", "neuromodulation", "36 sessions", "2026-06-22", "2026-08-28", "Partial responder: MADRS fell 45% (33 to 18), short of remission", "partial_response", F, 1, "Partial responder: MADRS fell 45% (33 to 18), short of remission."),
 H("sertraline", "SSRI", "antidepressant", "150 mg", "2019", "2020", "no response", "no_response", F, 1, "Sertraline 150 mg, 2019-2020, no response."),
 H("duloxetine", "SNRI", "antidepressant", "90 mg", "2021", "2021", "stopped for nausea", "side_effects", F, 1, "Duloxetine 90 mg, 2021, stopped for nausea."),
 H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2021", "2021", "akathisia within 3 weeks", "side_effects", F, 1, "Aripiprazole 5 mg added to duloxetine 2021, akathisia within 3 weeks."),
 H("escitalopram", "SSRI", "antidepressant", "20 mg", "2022-01", None, "partial benefit", "partial_response", F, 1, "Current: escitalopram 20 mg since Jan 2022, partial benefit")],
[S("PHQ-9", 22, "2026-06-22", F, 1, "Baseline 2026-06-22 22 33"), S("MADRS", 33, "2026-06-22", F, 1, "Baseline 2026-06-22 22 33"),
 S("PHQ-9", 17, "2026-07-10", F, 1, "Week 3 2026-07-10 17"),
 S("PHQ-9", 13, "2026-07-31", F, 1, "Week 6 2026-07-31 13 21"), S("MADRS", 21, "2026-07-31", F, 1, "Week 6 2026-07-31 13 21"),
 S("PHQ-9", 11, "2026-08-28", F, 1, "End 2026-08-28 11 18"), S("MADRS", 18, "2026-08-28", F, 1, "End 2026-08-28 11 18")],
[D("F33.2", F, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features.")],
SU("none", F, 1, "C-SSRS screen negative at every session."))

# ------------------------------------------------------------------ 05 ECT summary DOCX + progress note TXT
F = "ect_discharge_summary_stmarguerite.docx"; G = "outpatient_note_2026-11-03.txt"
case("05-stmarguerite-ect", [(F, "docx", [[
    ("h", "St. Marguerite Hospital - Interventional Psychiatry - ECT Course Summary"), FICT,
    "Patient: Rosalind Okonkwo-Tate   Age 63   Attending: P. Lindqvist, MD   Summary dated 17 September 2026",
    ("h", "Indication"),
    "Recurrent major depression with psychotic features (F33.3) after failure of multiple medication trials, including lithium augmentation (lithium carbonate 600 mg, level 0.7, Nov 2025 to Apr 2026, no meaningful response) added to venlafaxine 300 mg (since 2024, partial response at best).",
    ("h", "Course"),
    "Right unilateral ultrabrief, thrice weekly. Index course 10 treatments from 05/08/2026 to 04/09/2026 (dates DD/MM/YYYY).",
    ("table", [["Instrument", "Date", "Score"],
               ["HAM-D-17", "03/08/2026", "29"],
               ["HAM-D-17", "20/08/2026", "16"],
               ["HAM-D-17", "07/09/2026", "6"]]),
    ("h", "Result"),
    "Remitted (HAM-D 6). Mild transient word-finding difficulty, resolved. Olanzapine 5 mg given PRN for agitation on the ward (two doses) - not continued. Past history: she made a suicide attempt by hanging in 2009.",
]]), (G, "txt", [[
    "OUTPATIENT PSYCHIATRY NOTE - 03 Nov 2026 - R. Okonkwo-Tate - FICTIONAL", "",
    "Seen 8 weeks after the ECT course. Mood remains euthymic; she remitted with ECT and has had no relapse so far. Continues venlafaxine 300 mg. Lithium stopped in April and not restarted. PHQ-9 today 4. Denies SI.",
    "Plan: monthly maintenance ECT was discussed; she prefers to wait. Consider nortriptyline if symptoms return.",
]])],
"ECT summary (DOCX, one-score-a-row table, day-first dates) + TXT follow-up. ECT 10 treatments remitted. Lithium augmentation 'no meaningful response'. Venlafaxine 'partial response at best', still taken. Not rows: olanzapine (PRN on ward), maintenance ECT (discussed/deferred), nortriptyline (hypothetical). Suicidality: attempt (2009 hanging attempt) although latest note 'Denies SI' (latest-note rule: none).",
[H("ECT", "ECT", "neuromodulation", "10 treatments", "2026-08-05", "2026-09-04", "Remitted (HAM-D 6)", "remission", F, 1, "Index course 10 treatments from 05/08/2026 to 04/09/2026"),
 H("lithium", "mood stabilizer", "augmentation", "600 mg", "2025-11", "2026-04", "no meaningful response", "no_response", F, 1, "lithium carbonate 600 mg, level 0.7, Nov 2025 to Apr 2026, no meaningful response"),
 H("venlafaxine", "SNRI", "antidepressant", "300 mg", "2024", None, "partial response at best", "partial_response", F, 1, "added to venlafaxine 300 mg (since 2024, partial response at best).")],
[S("HAM-D", 29, "2026-08-03", F, 1, "HAM-D-17 03/08/2026 29"), S("HAM-D", 16, "2026-08-20", F, 1, "HAM-D-17 20/08/2026 16"),
 S("HAM-D", 6, "2026-09-07", F, 1, "HAM-D-17 07/09/2026 6"), S("PHQ-9", 4, "2026-11-03", G, 1, "PHQ-9 today 4.")],
[D("F33.3", F, 1, "Recurrent major depression with psychotic features (F33.3)")],
SU("attempt", F, 1, "she made a suicide attempt by hanging in 2009."))

# ------------------------------------------------------------------ 06 pain clinic PDF
F = "pain_clinic_consult_2026-11-10.pdf"
case("06-ridgeline-pain-clinic", [(F, "pdf", [[
    ("h", "RIDGELINE SPINE & PAIN ASSOCIATES - FOLLOW-UP CONSULTATION"), FICT,
    "Patient: Tobias Fennimore   DOB 07/30/1968   Date of service: 11/10/2026   Provider: C. Delacroix-Byrne, DO",
    ("h", "History"),
    "Chronic low back pain with radiation to the left leg since a 2019 lifting injury, and comorbid depression managed by his psychiatrist. Pain today 7/10 at rest, 9/10 with walking. At his last visit (09/2026) pain was 8/10.",
    ("h", "Prior treatments for pain"),
    "- Physical therapy x 8 weeks (spring 2020), 16 visits: helped initially then lost effect.",
    "- Amitriptyline 25-50 mg qhs, 2020-2021: no appreciable benefit for pain; morning grogginess.",
    "- Gabapentin up to 1800 mg/day, 2021-2022: dizziness, discontinued.",
    "- Cyclobenzaprine 10 mg: patient reports never filling the prescription.",
    "- Duloxetine 60 mg since March 2023 (prescribed by psychiatry): roughly 20% reduction in pain, mood 'somewhat better'.",
    "- Lumbar epidural steroid injection L4-5, 05/2024: about 2 weeks of relief, then back to baseline.",
    "Opioids: declined by patient; not prescribed.",
    ("h", "Assessment"),
    "M54.16 Radiculopathy, lumbar region. G89.29 Other chronic pain. F32.1 Major depressive disorder, single episode, moderate (per psychiatry).",
    ("h", "Plan"),
    "Discuss spinal cord stimulator trial. Continue duloxetine. Will start pregabalin 75 mg bid if insurance allows.",
]])],
"Pain clinic PDF. Duloxetine for pain/mood stays antidepressant (partial_response, '20% reduction'). Amitriptyline 'no appreciable benefit' -> no_response (grogginess mentioned but not the stated reason for stopping). Epidural steroid injection 'about 2 weeks of relief, then back to baseline' -> relapse (kind other). Physical therapy 'helped initially then lost effect' -> relapse, spring 2020 -> 2020. Not rows: cyclobenzaprine (never filled), opioids (declined), spinal cord stimulator and pregabalin (plan). Pain NRS: '7/10 at rest' dated visit; '9/10 with walking' same date; '8/10' at 09/2026. Suicidality not mentioned -> null.",
[H("physical therapy", "physical therapy", "other", "16 visits", "2020", "2020", "helped initially then lost effect", "relapse", F, 1, "Physical therapy x 8 weeks (spring 2020), 16 visits: helped initially then lost effect."),
 H("amitriptyline", "TCA", "antidepressant", "25-50 mg", "2020", "2021", "no appreciable benefit for pain; morning grogginess", "no_response", F, 1, "Amitriptyline 25-50 mg qhs, 2020-2021: no appreciable benefit for pain; morning grogginess."),
 H("gabapentin", "gabapentinoid", "other", "1800 mg/day", "2021", "2022", "dizziness, discontinued", "side_effects", F, 1, "Gabapentin up to 1800 mg/day, 2021-2022: dizziness, discontinued."),
 H("duloxetine", "SNRI", "antidepressant", "60 mg", "2023-03", None, "roughly 20% reduction in pain, mood 'somewhat better'", "partial_response", F, 1, "Duloxetine 60 mg since March 2023 (prescribed by psychiatry): roughly 20% reduction in pain"),
 H("epidural steroid injection", "nerve block", "other", None, "2024-05", "2024-05", "about 2 weeks of relief, then back to baseline", "relapse", F, 1, "Lumbar epidural steroid injection L4-5, 05/2024: about 2 weeks of relief, then back to baseline.")],
[S("pain NRS", 7, "2026-11-10", F, 1, "Pain today 7/10 at rest"), S("pain NRS", 9, "2026-11-10", F, 1, "9/10 with walking"),
 S("pain NRS", 8, "2026-09", F, 1, "At his last visit (09/2026) pain was 8/10.")],
[D("M54.16", F, 1, "M54.16 Radiculopathy, lumbar region."), D("G89.29", F, 1, "G89.29 Other chronic pain."), D("F32.1", F, 1, "F32.1 Major depressive disorder, single episode, moderate")],
SU(None))

# ------------------------------------------------------------------ 07 handwritten-style scan (image-only PDF)
F = "pcp_visit_handwritten_scan.pdf"
P7 = [[
    "Thornfield Clinic - FICTIONAL",
    "Pt: Wendell Marsh  Visit 9/15/26",
    "Depression f/u. Feels flat, tired.",
    "PHQ-9 = 17",
    "Prior meds:",
    "Fluoxetine 40mg 2023-2024 no help",
    "Bupropion 300mg 2024 - anxious, stopped",
    "Citalopram 40mg since 1/2025 partial",
    "No SI. No HI.",
    "Dx F32.1",
    "Plan: refer psychiatry, ?add aripiprazole",
]]
case("07-thornfield-handwritten-scan", [(F, "hand", P7)],
"Handwritten-style page scanned to an image-only PDF (OCR needed); source texts are the rendered lines. Bupropion 'anxious, stopped' -> side_effects. Citalopram 'partial' ongoing. Not rows: aripiprazole (plan, questioned). 'No SI' -> none.",
[H("fluoxetine", "SSRI", "antidepressant", "40mg", "2023", "2024", "no help", "no_response", F, 1, "Fluoxetine 40mg 2023-2024 no help"),
 H("bupropion", "NDRI", "antidepressant", "300mg", "2024", "2024", "anxious, stopped", "side_effects", F, 1, "Bupropion 300mg 2024 - anxious, stopped"),
 H("citalopram", "SSRI", "antidepressant", "40mg", "2025-01", None, "partial", "partial_response", F, 1, "Citalopram 40mg since 1/2025 partial")],
[S("PHQ-9", 17, "2026-09-15", F, 1, "PHQ-9 = 17")],
[D("F32.1", F, 1, "Dx F32.1")],
SU("none", F, 1, "No SI. No HI."))

# ------------------------------------------------------------------ 08 phone photo of printed page + PA form DOCX
F = "photo_treatment_history.jpg"; G = "prior_auth_tms_form.docx"
P8 = [[
    ("h", "OAKHAVEN PSYCHIATRY - TREATMENT HISTORY (FICTIONAL)"),
    "Patient: Priya Castellanos  DOB 04/18/1990",
    "Paroxetine 40 mg, 2017 to 2019: remitted, then relapsed",
    "Venlafaxine 225 mg, 2019 to 2020: no benefit",
    "Quetiapine 100 mg add-on, 2020: weight gain, stopped",
    "Interpersonal therapy, 20 sessions, 2021: partial",
    "Vortioxetine 20 mg, 2022 to now: minimal effect",
    "PHQ-9 on 10/02/2026: 23",
]]
case("08-oakhaven-photo-and-pa-form", [(F, "photo", P8), (G, "docx", [[
    ("h", "PRIOR AUTHORIZATION REQUEST - Transcranial Magnetic Stimulation"), FICT,
    "Health plan: Bluewater Mutual (fictional)   Member: Priya Castellanos   Submitted by Oakhaven Psychiatry, 11/20/2026",
    ("table", [["Question", "Answer"],
               ["Diagnosis code(s)", "F33.2"],
               ["Current PHQ-9 / date", "22 on 11/18/2026"],
               ["Number of antidepressant trials", "3 (see attached history)"],
               ["Prior TMS?", "No"],
               ["Prior ECT?", "No - patient declined"],
               ["Current suicidal ideation?", "Passive thoughts of death, no plan or intent"],
               ["Psychotherapy", "IPT 20 sessions (2021)"]]),
    "Requested: 36 sessions of TMS, start date pending approval.",
]])],
"Phone photo (JPEG) of a printed history list + filled PA form (DOCX). Paroxetine 'remitted, then relapsed' -> relapse. Quetiapine add-on stopped for weight gain -> augmentation, side_effects. IPT named in both documents: one row (photo is the source, PA form in also). Not rows: TMS (requested, 'Prior TMS? No'), ECT (declined). Suicidality passive from the PA form.",
[H("paroxetine", "SSRI", "antidepressant", "40 mg", "2017", "2019", "remitted, then relapsed", "relapse", F, 1, "Paroxetine 40 mg, 2017 to 2019: remitted, then relapsed"),
 H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2019", "2020", "no benefit", "no_response", F, 1, "Venlafaxine 225 mg, 2019 to 2020: no benefit"),
 H("quetiapine", "atypical antipsychotic", "augmentation", "100 mg", "2020", "2020", "weight gain, stopped", "side_effects", F, 1, "Quetiapine 100 mg add-on, 2020: weight gain, stopped"),
 H("IPT", "psychotherapy", "psychotherapy", "20 sessions", "2021", "2021", "partial", "partial_response", F, 1, "Interpersonal therapy, 20 sessions, 2021: partial"),
 H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2022", None, "minimal effect", "no_response", F, 1, "Vortioxetine 20 mg, 2022 to now: minimal effect")],
[S("PHQ-9", 23, "2026-10-02", F, 1, "PHQ-9 on 10/02/2026: 23"), S("PHQ-9", 22, "2026-11-18", G, 1, "Current PHQ-9 / date 22 on 11/18/2026")],
[D("F33.2", G, 1, "Diagnosis code(s) F33.2")],
SU("passive", G, 1, "Passive thoughts of death, no plan or intent"))

# ------------------------------------------------------------------ 09 visit log DOCX, day-first
F = "telepsych_visit_log_bramblewood.docx"
case("09-bramblewood-visit-log", [(F, "docx", [[
    ("h", "Bramblewood Telepsychiatry - running visit log"), FICT,
    "Patient: Lachlan Moreau-Singh. Clinician: E. Farrow, NP. Dates DD/MM/YYYY.",
    ("h", "--- 12/01/2026 ---"),
    "Intake. MDD since 2021. Past: sertraline 100 mg for ~6 months in 2021 -> 'nothing changed'; escitalopram 20 mg 2022-2023, remission for 8 months then relapse on same dose. PHQ-9 21, GAD-7 12. Passive SI ('would not mind not waking up'), no plan/intent. Started vortioxetine 10 mg today.",
    ("h", "--- 09/03/2026 ---"),
    "On vortioxetine x 8 wks. Mood better, sleeping. PHQ-9 12. Increase to 20 mg.",
    ("h", "--- 04/05/2026 ---"),
    "Vortioxetine 20 mg. Helped initially then lost effect - back to low mood since April. PHQ-9 18. Denies SI today. Plan: add aripiprazole 2 mg as augmentation.",
    ("h", "--- 29/06/2026 ---"),
    "Aripiprazole 2 mg x 8 weeks plus vortioxetine 20 mg. Restless legs / akathisia, stopped aripiprazole today. PHQ-9 17.",
    ("h", "--- 24/08/2026 ---"),
    "Started DBT skills group 06/2026 (weekly). Still on vortioxetine. PHQ-9 16. No SI.",
    ("h", "--- 19/10/2026 ---"),
    "DBT skills group: 14 sessions completed, says skills help with urges but mood unchanged. PHQ-9 17. Dx F33.1. Plan: will start lithium 300 mg next visit; TMS referral placed.",
]])],
"DOCX visit log, day-first dates, trials spread over visits. Vortioxetine started 12/01/2026, 'helped initially then lost effect' -> relapse, still taken (end null). Aripiprazole started 04/05 (plan) taken until 29/06 -> side_effects (akathisia). Escitalopram 'remission for 8 months then relapse' -> relapse. DBT 'mood unchanged' -> no_response, ongoing. Not rows: lithium (plan in latest note), TMS (referral). Suicidality passive (intake) despite later 'No SI'.",
[H("sertraline", "SSRI", "antidepressant", "100 mg", "2021", "2021", "nothing changed", "no_response", F, 1, "sertraline 100 mg for ~6 months in 2021 -> 'nothing changed'"),
 H("escitalopram", "SSRI", "antidepressant", "20 mg", "2022", "2023", "remission for 8 months then relapse on same dose", "relapse", F, 1, "escitalopram 20 mg 2022-2023, remission for 8 months then relapse on same dose."),
 H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2026-01-12", None, "Helped initially then lost effect", "relapse", F, 1, "Vortioxetine 20 mg. Helped initially then lost effect - back to low mood since April."),
 H("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-05-04", "2026-06-29", "Restless legs / akathisia, stopped aripiprazole today", "side_effects", F, 1, "Restless legs / akathisia, stopped aripiprazole today."),
 H("DBT skills group", "psychotherapy", "psychotherapy", "14 sessions", "2026-06", None, "skills help with urges but mood unchanged", "no_response", F, 1, "DBT skills group: 14 sessions completed, says skills help with urges but mood unchanged.")],
[S("PHQ-9", 21, "2026-01-12", F, 1, "PHQ-9 21, GAD-7 12."), S("GAD-7", 12, "2026-01-12", F, 1, "PHQ-9 21, GAD-7 12."),
 S("PHQ-9", 12, "2026-03-09", F, 1, "PHQ-9 12. Increase to 20 mg."), S("PHQ-9", 18, "2026-05-04", F, 1, "PHQ-9 18. Denies SI today."),
 S("PHQ-9", 17, "2026-06-29", F, 1, "stopped aripiprazole today. PHQ-9 17."), S("PHQ-9", 16, "2026-08-24", F, 1, "PHQ-9 16. No SI."),
 S("PHQ-9", 17, "2026-10-19", F, 1, "mood unchanged. PHQ-9 17. Dx F33.1.")],
[D("F33.1", F, 1, "Dx F33.1.")],
SU("passive", F, 1, "Passive SI ('would not mind not waking up'), no plan/intent."))

# ------------------------------------------------------------------ 10 discharge summary PDF 2 pages
F = "discharge_summary_northgate_2026-07.pdf"
case("10-northgate-discharge-summary", [(F, "pdf", [[
    ("h", "NORTHGATE REGIONAL HOSPITAL - INPATIENT PSYCHIATRY DISCHARGE SUMMARY"), FICT,
    "Patient: Adaeze Whitcombe   MRN 0047-221   Admitted: 07/02/2026   Discharged: 07/16/2026   Attending: S. Harrowgate, MD",
    ("h", "Reason for admission"),
    "Brought in by her sister after disclosing active suicidal ideation with a plan to overdose on stored medication; she had written a note. No attempt was made. C-SSRS on admission: active ideation with plan and intent (severity 5).",
    ("h", "Hospital course"),
    "Escitalopram 10 mg, which she had taken since 02/2026 with no improvement, was cross-tapered to desvenlafaxine 50 mg, increased to 100 mg on 07/09/2026. Lorazepam 0.5 mg PRN was given for anxiety on 3 nights. Attended daily group therapy. PHQ-9 on admission 26; at discharge 14. MADRS at discharge 20.",
], [
    ("h", "Past psychiatric history"),
    "Depressive episodes since age 19. Prior trials per patient and outpatient records: fluoxetine 20 mg in her twenties (about 2012), stopped after 3 weeks for jitteriness; bupropion SR 150 mg bid summer 2018 to early 2019, helped initially then lost effect; 10 sessions of CBT in 2023 via employee assistance program, 'helped me cope', mood still low. Never on lithium or antipsychotics. No previous suicide attempts.",
    "Allergies: lamotrigine (Stevens-Johnson-like rash as a teenager, prescribed for headaches).",
    ("h", "Discharge diagnoses"),
    "1. F33.2 Major depressive disorder, recurrent, severe without psychotic features",
    "2. R45.851 Suicidal ideations",
    "3. F41.1 Generalized anxiety disorder",
    "4. E66.9 Obesity, unspecified",
    ("h", "Discharge medications and plan"),
    "Desvenlafaxine 100 mg daily. Hydroxyzine 25 mg PRN anxiety. Follow-up with Dr. Ostrova in 7 days. Safety plan reviewed; at discharge she denies SI. Outpatient team to consider TMS if no response in 6-8 weeks.",
]])],
"Two-page discharge summary (PDF). Suicidality: active (admission for active SI with plan; no attempt) though 'denies SI' at discharge. C-SSRS has a number (severity 5) on admission -> scale row dated admission. Desvenlafaxine started in hospital, outcome not yet known -> unknown, ongoing. Fluoxetine 'about 2012' -> 2012. Bupropion summer 2018 -> start 2018, early 2019 -> end 2019. Not rows: lorazepam PRN, hydroxyzine PRN, group therapy on the ward (not a course), lamotrigine (allergy list, given for headaches), lithium/antipsychotics (never), TMS (plan).",
[H("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-02", "2026-07", "no improvement", "no_response", F, 1, "Escitalopram 10 mg, which she had taken since 02/2026 with no improvement"),
 H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2026-07", None, None, "unknown", F, 1, "cross-tapered to desvenlafaxine 50 mg, increased to 100 mg on 07/09/2026."),
 H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2012", "2012", "stopped after 3 weeks for jitteriness", "side_effects", F, 2, "fluoxetine 20 mg in her twenties (about 2012), stopped after 3 weeks for jitteriness"),
 H("bupropion", "NDRI", "antidepressant", "150 mg bid", "2018", "2019", "helped initially then lost effect", "relapse", F, 2, "bupropion SR 150 mg bid summer 2018 to early 2019, helped initially then lost effect"),
 H("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2023", "2023", "'helped me cope', mood still low", "no_response", F, 2, "10 sessions of CBT in 2023 via employee assistance program, 'helped me cope', mood still low.")],
[S("C-SSRS", 5, "2026-07-02", F, 1, "C-SSRS on admission: active ideation with plan and intent (severity 5)."),
 S("PHQ-9", 26, "2026-07-02", F, 1, "PHQ-9 on admission 26"), S("PHQ-9", 14, "2026-07-16", F, 1, "at discharge 14."),
 S("MADRS", 20, "2026-07-16", F, 1, "MADRS at discharge 20.")],
[D("F33.2", F, 2, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"), D("R45.851", F, 2, "R45.851 Suicidal ideations"),
 D("F41.1", F, 2, "F41.1 Generalized anxiety disorder"), D("E66.9", F, 2, "E66.9 Obesity, unspecified")],
SU("active", F, 1, "active suicidal ideation with a plan to overdose on stored medication"))


def page_texts(path, kind, pages):
    if kind == "pdf":
        out = []
        for i in range(len(pages)):
            a = subprocess.run(["pdftotext", "-f", str(i + 1), "-l", str(i + 1), "-layout", path, "-"], capture_output=True, text=True).stdout
            b = subprocess.run(["pdftotext", "-f", str(i + 1), "-l", str(i + 1), path, "-"], capture_output=True, text=True).stdout
            out.append([norm(a), norm(b)])
        return out
    return [[flat_page(p)] for p in pages]

def main():
    bad = 0
    for c in CASES:
        d = os.path.join(HERE, c["slug"]); cl = os.path.join(d, "clinical")
        shutil.rmtree(d, ignore_errors=True); os.makedirs(cl)
        texts = {}
        for i, (fn, kind, pages) in enumerate(c["docs"]):
            p = os.path.join(cl, fn)
            if kind == "pdf": write_pdf(p, pages)
            elif kind == "docx": write_docx(p, pages)
            elif kind == "txt": write_txt(p, pages)
            elif kind == "hand": write_image(p, pages, kind="scan", seed=len(c["slug"]) + i, hand=True)
            elif kind == "photo": write_image(p, pages, kind="photo", seed=len(c["slug"]) + i)
            texts[fn] = page_texts(p, kind, pages)
        srcs = [r["source"] for k in ("history", "scales", "diagnoses") for r in c[k]]
        if c["suicidality"]["source"]: srcs.append(c["suicidality"]["source"])
        for s in srcs:
            cands = texts[s["file"]][s["page"] - 1]
            if not any(norm(s["text"]) in t for t in cands):
                bad += 1; print("MISSING", c["slug"], s)
        truth = {"_note": "All people, clinics, plans, numbers and addresses in this case are fictional. " + c["note"],
                 "history": c["history"], "scales": c["scales"], "diagnoses": c["diagnoses"], "suicidality": c["suicidality"]}
        with open(os.path.join(HERE, c["slug"] + ".truth.json"), "w") as f:
            json.dump(truth, f, indent=2); f.write("\n")
        print("ok", c["slug"], len(c["history"]), len(c["scales"]), len(c["diagnoses"]), c["suicidality"]["level"])
    print("source problems:", bad)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
