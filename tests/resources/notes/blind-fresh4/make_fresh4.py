"""Build notes-blind FRESH SET 4 (10 fictional cases) and check every truth source span.

Run: /work/main/.venv/bin/python make_fresh4.py   (from this directory or anywhere)
All people, clinics, plans, numbers and addresses are FICTIONAL.
"""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from render import (flat_page, norm, pdf_page_count, pdf_page_text, write_docx, write_image,  # noqa: E402
                    write_pdf, write_txt)

CASES = []


def H(name, cls, kind, dose, start, end, outcome, oc, f, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": f, "page": page, "text": text}}


def S(name, score, date, f, page, text):
    return {"name": name, "score": score, "date": date, "source": {"file": f, "page": page, "text": text}}


def D(code, f, page, text):
    return {"code": code, "source": {"file": f, "page": page, "text": text}}


def SUI(level, f, page, text):
    return {"level": level, "source": {"file": f, "page": page, "text": text}}


def case(slug, docs, truth, note):
    CASES.append((slug, docs, dict(_note=note, **truth)))


# ======================================================================= 01 psychiatry progress note, PDF 2 pp
F = "progress_note_2026-10-14.pdf"
p1 = [
    ("h", "HARBORVIEW BEHAVIORAL ASSOCIATES (FICTIONAL) - Outpatient Psychiatry"),
    "Progress Note. Date of service: 10/14/2026. Patient: Marisol Quintero-Hale (FICTIONAL), DOB 04/02/1979, "
    "MRN HBA-0048812. Clinician: Anders Volkov-Pryce, MD (FICTIONAL).",
    ("h", "Interval history"),
    "Ms. Quintero-Hale returns for follow-up of recurrent major depression. She has now been on vortioxetine 20 mg "
    "for about 10 weeks (started early August) and describes herself as 'maybe 20 percent better': sleeping somewhat "
    "better, but still unable to return to full-time work. Energy remains low and anhedonia is persistent; she stopped "
    "attending her choir. Appetite fair. She continues trazodone 50 mg at bedtime for sleep.",
    "She reports passive thoughts on some days that her family 'would be better off' without her; no intent, no plan, "
    "no preparatory behavior. She has never made a suicide attempt. Firearms: none in the home.",
    ("h", "Measures"),
    "Scales today: PHQ-9 19, GAD-7 14. For comparison, her PHQ-9 was 23 at intake on 03/11/2026.",
    ("h", "Mental status"),
    "Casually dressed, cooperative, psychomotor slowing. Mood 'heavy'; affect constricted, tearful at times. Thought "
    "process linear. No psychotic features. Insight and judgment fair.",
]
p2 = [
    ("h", "Past psychiatric medication trials (reviewed with patient and pharmacy records)"),
    "1. Escitalopram 20 mg from spring 2019 for roughly a year: no appreciable benefit.",
    "2. Venlafaxine XR titrated to 225 mg (06/2020 - 01/2021): helped initially then lost effect by month 5.",
    "3. Bupropion XL 300 mg added to venlafaxine as augmentation (fall 2020): d/c'd after 3 weeks due to insomnia "
    "and jitteriness.",
    "4. Sertraline up to 200 mg, 05/2022 - 06/2024: partial responder, PHQ-9 plateaued around 15.",
    "5. Aripiprazole 2-5 mg added to sertraline 02/2023, stopped 04/2023 because of akathisia.",
    "6. Vortioxetine 10 mg increased to 20 mg, 08/2026 - present: early partial benefit.",
    "She has never tried lithium or an MAOI. No prior TMS or ECT. Mother did well on nortriptyline (family history).",
    ("h", "Assessment"),
    "F33.2 Major depressive disorder, recurrent, severe without psychotic features. F41.1 Generalized anxiety "
    "disorder.",
    ("h", "Plan"),
    "Continue vortioxetine 20 mg daily. Consider adding lithium if no further improvement by next visit; we reviewed "
    "monitoring. We also discussed TMS; she would like to think about it. Safety plan updated. Return in 4 weeks.",
]
case("01-harborview-progress-note", [(F, "pdf", [p1, p2], {"font": "Times"})], {
    "history": [
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2019", "2020", "no appreciable benefit", "no_response",
          F, 2, "Escitalopram 20 mg from spring 2019 for roughly a year: no appreciable benefit."),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2020-06", "2021-01",
          "helped initially then lost effect by month 5", "relapse",
          F, 2, "Venlafaxine XR titrated to 225 mg (06/2020 - 01/2021): helped initially then lost effect by month 5."),
        H("bupropion", "NDRI", "augmentation", "300 mg", "2020", "2020",
          "d/c'd after 3 weeks due to insomnia and jitteriness", "side_effects",
          F, 2, "Bupropion XL 300 mg added to venlafaxine as augmentation (fall 2020)"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2022-05", "2024-06",
          "partial responder, PHQ-9 plateaued around 15", "partial_response",
          F, 2, "Sertraline up to 200 mg, 05/2022 - 06/2024: partial responder, PHQ-9 plateaued around 15."),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "2-5 mg", "2023-02", "2023-04",
          "stopped because of akathisia", "side_effects",
          F, 2, "Aripiprazole 2-5 mg added to sertraline 02/2023, stopped 04/2023 because of akathisia."),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2026-08", None,
          "early partial benefit ('maybe 20 percent better')", "partial_response",
          F, 2, "Vortioxetine 10 mg increased to 20 mg, 08/2026 - present: early partial benefit."),
    ],
    "scales": [
        S("PHQ-9", 19, "2026-10-14", F, 1, "Scales today: PHQ-9 19, GAD-7 14."),
        S("GAD-7", 14, "2026-10-14", F, 1, "Scales today: PHQ-9 19, GAD-7 14."),
        S("PHQ-9", 23, "2026-03-11", F, 1, "her PHQ-9 was 23 at intake on 03/11/2026."),
    ],
    "diagnoses": [
        D("F33.2", F, 2, "F33.2 Major depressive disorder, recurrent, severe without psychotic features."),
        D("F41.1", F, 2, "F41.1 Generalized anxiety disorder."),
    ],
    "suicidality": SUI("passive", F, 1, "She reports passive thoughts on some days that her family 'would be better off' "
                       "without her; no intent, no plan, no preparatory behavior."),
}, "All people, clinics and numbers FICTIONAL. Two-page PDF progress note (Times). Ambiguous: escitalopram 'spring 2019 "
   "for roughly a year' -> start 2019, end 2020; venlafaxine 'helped initially then lost effect' classed relapse "
   "(loss of effect; partial_response defensible); bupropion is an antidepressant ADDED as augmentation -> "
   "augmentation, fall 2020 -> 2020; vortioxetine is ongoing (end null), 'started early August' of 2026. Not rows: "
   "trazodone 50 mg at bedtime for sleep (hypnotic dose), lithium (never tried; 'consider adding' in plan), MAOI "
   "(never), TMS/ECT (none; TMS discussed), nortriptyline (mother, family history).")

# ======================================================================= 02 medication reconciliation, DOCX
F = "medication_reconciliation_2026-11-20.docx"
p1 = [
    ("h", "LAKESIDE FAMILY HEALTH COOPERATIVE (FICTIONAL) - Clinical Pharmacist Medication Reconciliation"),
    "Patient: Gideon Fairweather-Nakamura (FICTIONAL). DOB 09/23/1984. Visit date: 11/20/2026. Pharmacist: "
    "Renata Szabo-Ellery, PharmD (FICTIONAL). Sources: patient interview, pill bottles, state PDMP, outside pharmacy "
    "fill history.",
    ("h", "Active medications"),
    ("table", [["Medication", "Dose / directions", "Start", "Indication", "Comment"],
               ["Duloxetine (Cymbalta)", "60 mg PO daily", "09/2025", "Depression", "partial response per pt"],
               ["Lisinopril", "10 mg PO daily", "2019", "Hypertension", "BP at goal"],
               ["Levothyroxine", "50 mcg PO daily", "2018", "Hypothyroidism", "TSH normal 08/2026"],
               ["Trazodone", "50 mg PO at bedtime", "2024", "Sleep", "uses most nights"]]),
    ("h", "Discontinued medications (psychiatric)"),
    ("table", [["Medication", "Max dose", "Dates", "Reason stopped"],
               ["Fluoxetine (Prozac)", "40 mg", "2017 - 2018", "no appreciable benefit"],
               ["Citalopram (Celexa)", "40 mg", "03/2019 - 11/2019", "GI upset and nausea"],
               ["Desvenlafaxine (Pristiq)", "100 mg", "01/2021 - 08/2022", "remitted; stopped at pt request"],
               ["Quetiapine XR (Seroquel XR)", "150 mg", "05/2023 - 07/2023",
                "augmentation to sertraline; too sedating"],
               ["Sertraline (Zoloft)", "150 mg", "02/2023 - 08/2025", "depression returned; switched"]]),
    ("h", "Allergies / intolerances"),
    "Penicillin (rash, childhood). Bupropion: listed as 'allergy' by outside clinic - patient states it was "
    "prescribed in 2016 but never filled because of a seizure history; not taken. Codeine (vomiting).",
    ("h", "Never tried"),
    "MAOIs, tricyclics, lithium, esketamine. No psychotherapy on record.",
    ("h", "Screening scores (from EHR flowsheet)"),
    ("table", [["Instrument", "Date", "Score"],
               ["PHQ-9", "09/12/2025", "17"],
               ["PHQ-9", "12/05/2025", "13"],
               ["PHQ-9", "11/20/2026", "12"],
               ["GAD-7", "11/20/2026", "9"]]),
    "PHQ-9 item 9 = 0 today; patient denies suicidal ideation.",
    ("h", "Problem list"),
    "F33.1 Major depressive disorder, recurrent, moderate; E03.9 Hypothyroidism, unspecified; I10 Essential "
    "(primary) hypertension.",
    ("h", "Recommendations to PCP"),
    "Duloxetine could be increased to 90 mg if tolerated. If a further switch is needed, could consider "
    "vortioxetine. Recheck PHQ-9 in 6 weeks.",
]
case("02-lakeside-med-reconciliation", [(F, "docx", [p1], {})], {
    "history": [
        H("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2025-09", None, "partial response per pt",
          "partial_response", F, 1, "Duloxetine (Cymbalta) 60 mg PO daily 09/2025 Depression partial response per pt"),
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2017", "2018", "no appreciable benefit", "no_response",
          F, 1, "Fluoxetine (Prozac) 40 mg 2017 - 2018 no appreciable benefit"),
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2019-03", "2019-11", "GI upset and nausea",
          "side_effects", F, 1, "Citalopram (Celexa) 40 mg 03/2019 - 11/2019 GI upset and nausea"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2021-01", "2022-08",
          "remitted; stopped at pt request", "remission",
          F, 1, "Desvenlafaxine (Pristiq) 100 mg 01/2021 - 08/2022 remitted; stopped at pt request"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2023-05", "2023-07",
          "too sedating", "side_effects",
          F, 1, "Quetiapine XR (Seroquel XR) 150 mg 05/2023 - 07/2023 augmentation to sertraline; too sedating"),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2023-02", "2025-08",
          "depression returned; switched", "relapse",
          F, 1, "Sertraline (Zoloft) 150 mg 02/2023 - 08/2025 depression returned; switched"),
    ],
    "scales": [
        S("PHQ-9", 17, "2025-09-12", F, 1, "PHQ-9 09/12/2025 17"),
        S("PHQ-9", 13, "2025-12-05", F, 1, "PHQ-9 12/05/2025 13"),
        S("PHQ-9", 12, "2026-11-20", F, 1, "PHQ-9 11/20/2026 12"),
        S("GAD-7", 9, "2026-11-20", F, 1, "GAD-7 11/20/2026 9"),
    ],
    "diagnoses": [
        D("F33.1", F, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("E03.9", F, 1, "E03.9 Hypothyroidism, unspecified"),
        D("I10", F, 1, "I10 Essential (primary) hypertension"),
    ],
    "suicidality": SUI("none", F, 1, "PHQ-9 item 9 = 0 today; patient denies suicidal ideation."),
}, "All people, clinics and numbers FICTIONAL. Pharmacist's DOCX medication reconciliation with three tables. "
   "Ambiguous: sertraline 'depression returned; switched' classed relapse (no_response defensible); quetiapine is "
   "augmentation (says so); duloxetine ongoing (end null). Not rows: lisinopril and levothyroxine (not treatments of "
   "the depression; an extractor that emits them as 'other' invents rows), trazodone 50 mg at bedtime (sleep), "
   "bupropion (allergy list; prescribed 2016 but never filled), penicillin/codeine (allergies), MAOIs, tricyclics, "
   "lithium, esketamine (never tried), vortioxetine (could consider), duloxetine 90 mg (possible increase, the "
   "duloxetine row itself is real). The PHQ-9 item 9 = 0 is not a scale row.")

# ======================================================================= 03 referral letter, day-first dates, PDF
F = "referral_letter_dr_mcgrath_2026-07-15.pdf"
p1 = [
    ("h", "Lee Valley Community Mental Health Team (FICTIONAL), Cork"),
    "15/07/2026",
    "Dr Noor Feldstein-Amari (FICTIONAL), Meridian Psychiatry Partners (FICTIONAL), Portland, OR",
    "Dear Dr Feldstein-Amari,",
    "Re: Mr Tomas Brennock-Vale (FICTIONAL), date of birth 07/11/1988 - transfer of care",
    "Thank you for agreeing to take over the care of Mr Brennock-Vale, who moved to your area on 30/06/2026. All "
    "dates in this letter are day/month/year. I summarise his treatment with us for recurrent depressive disorder "
    "(ICD-10 F33.1).",
    "He was first treated by his GP with sertraline 100 mg from 14/02/2021; this was stopped on 20/05/2021 because "
    "of marked sexual dysfunction and nausea. Under our service he then had escitalopram 20 mg from 03/06/2021 to "
    "25/01/2022, with a partial response (HAM-D 24 on 03/06/2021 and 16 on 13/10/2021).",
    "Clomipramine was titrated to 150 mg from 15/02/2022; after eight weeks at that dose he had no meaningful change, "
    "and it was withdrawn in May 2022. He then completed 14 sessions of cognitive behavioural therapy with our "
    "psychology team (September to December 2022), which he found helpful for a time; he described himself as "
    "'back to about 70 per cent'.",
    "Agomelatine 50 mg was started on 09/01/2023. He remitted by June (HAM-D 7 on 19/06/2023), but relapsed in "
    "November 2023 on the same dose, and it was stopped on 04/12/2023. Since 11/12/2023 he has taken venlafaxine, "
    "now 225 mg, with partial benefit only; lithium was added on 18/03/2024 as augmentation (800 mg, level 0.7 "
    "mmol/L on 02/04/2026), again with partial benefit.",
    "ECT was offered in 2024 but he declined. He has not had rTMS, which is not available locally. His brother had "
    "a good response to mirtazapine, and he has asked about it; I would leave that to you.",
    "Risk: he took an overdose of paracetamol in 2012, aged 23, requiring admission to Lee Valley General Hospital "
    "(FICTIONAL). At my last review on 02/04/2026 he denied any current suicidal ideation; HAM-D was 19 that day.",
    "Yours sincerely,",
    "Dr Aoife McGrath-Delaney (FICTIONAL), Consultant Psychiatrist",
    "Diagnoses: F33.1 Recurrent depressive disorder, current episode moderate; Z91.51 Personal history of suicidal "
    "behaviour.",
]
case("03-lee-valley-referral-letter", [(F, "pdf", [p1], {"font": "Times", "size": 10})], {
    "history": [
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2021-02-14", "2021-05-20",
          "stopped because of marked sexual dysfunction and nausea", "side_effects",
          F, 1, "sertraline 100 mg from 14/02/2021; this was stopped on 20/05/2021 because of marked sexual "
          "dysfunction and nausea."),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2021-06-03", "2022-01-25", "partial response",
          "partial_response", F, 1, "escitalopram 20 mg from 03/06/2021 to 25/01/2022, with a partial response"),
        H("clomipramine", "TCA", "antidepressant", "150 mg", "2022-02-15", "2022-05",
          "after eight weeks at that dose he had no meaningful change", "no_response",
          F, 1, "Clomipramine was titrated to 150 mg from 15/02/2022; after eight weeks at that dose he had no "
          "meaningful change, and it was withdrawn in May 2022."),
        H("CBT", "psychotherapy", "psychotherapy", "14 sessions", "2022-09", "2022-12",
          "helpful for a time; 'back to about 70 per cent'", "partial_response",
          F, 1, "completed 14 sessions of cognitive behavioural therapy with our psychology team (September to "
          "December 2022)"),
        H("agomelatine", "melatonergic antidepressant", "antidepressant", "50 mg", "2023-01-09", "2023-12-04",
          "remitted by June, but relapsed in November 2023 on the same dose", "relapse",
          F, 1, "Agomelatine 50 mg was started on 09/01/2023. He remitted by June (HAM-D 7 on 19/06/2023), but "
          "relapsed in November 2023 on the same dose, and it was stopped on 04/12/2023."),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2023-12-11", None, "partial benefit only",
          "partial_response", F, 1, "Since 11/12/2023 he has taken venlafaxine, now 225 mg, with partial benefit only"),
        H("lithium", "mood stabilizer", "augmentation", "800 mg", "2024-03-18", None, "again with partial benefit",
          "partial_response", F, 1, "lithium was added on 18/03/2024 as augmentation (800 mg"),
    ],
    "scales": [
        S("HAM-D", 24, "2021-06-03", F, 1, "HAM-D 24 on 03/06/2021"),
        S("HAM-D", 16, "2021-10-13", F, 1, "16 on 13/10/2021"),
        S("HAM-D", 7, "2023-06-19", F, 1, "HAM-D 7 on 19/06/2023"),
        S("HAM-D", 19, "2026-04-02", F, 1, "At my last review on 02/04/2026 he denied any current suicidal ideation; "
          "HAM-D was 19 that day."),
    ],
    "diagnoses": [
        D("F33.1", F, 1, "recurrent depressive disorder (ICD-10 F33.1)"),
        D("Z91.51", F, 1, "Z91.51 Personal history of suicidal behaviour."),
    ],
    "suicidality": SUI("attempt", F, 1, "he took an overdose of paracetamol in 2012, aged 23, requiring admission"),
}, "All people, clinics and numbers FICTIONAL (Irish-style letter, DAY-FIRST dates: 03/06/2021 is 3 June 2021, "
   "11/12/2023 is 11 December 2023, 02/04/2026 is 2 April 2026). Ambiguous: clomipramine end 'May 2022' -> 2022-05; "
   "CBT 'helpful for a time' partial_response (relapse defensible); agomelatine remitted then relapsed -> relapse; "
   "venlafaxine and lithium ongoing (end null). Latest-note rule would give none ('denied any current suicidal "
   "ideation'); highest is the 2012 overdose -> attempt. Not rows: ECT (declined), rTMS (not had), mirtazapine "
   "(brother; asked about), paracetamol (the overdose, not a trial).")

# ======================================================================= 04 TMS course summary, PDF 2 pp
F = "tms_course_summary.pdf"
p1 = [
    ("h", "CRESTLINE NEUROMODULATION CENTER (FICTIONAL) - rTMS Treatment Summary"),
    "Patient: Delphine Arkwright-Soto (FICTIONAL), DOB 12/30/1990. Referring psychiatrist: Ishaan Mehra-Lowell, MD "
    "(FICTIONAL). Treating physician: Beatrix Osei-Whitcombe, MD (FICTIONAL). Summary date: 05/01/2026.",
    ("h", "Course"),
    ("table", [["Item", "Detail"],
               ["Device / protocol", "Figure-8 coil, 10 Hz left DLPFC, 3000 pulses per session, 120% MT"],
               ["First session", "03/02/2026"],
               ["Last session", "04/24/2026"],
               ["Sessions completed", "36 (30 daily + 6 taper)"],
               ["Missed sessions", "2 (made up)"],
               ["Adverse effects", "mild scalp discomfort first week; no seizures"]]),
    ("h", "Outcome"),
    "Partial responder: PHQ-9 fell from 21 to 12 (43% reduction) and MADRS from 32 to 19; she did not meet "
    "response (50%) or remission criteria.",
    ("h", "Rating scales"),
    ("table", [["Timepoint", "Date", "PHQ-9", "MADRS"],
               ["Baseline", "03/02/2026", "21", "32"],
               ["Week 3", "03/20/2026", "16", "not done"],
               ["Week 6", "04/10/2026", "13", "22"],
               ["End of course", "04/24/2026", "12", "19"]]),
    "C-SSRS screen was negative at every session; she denied suicidal ideation throughout the course.",
]
p2 = [
    ("h", "Qualifying treatment history (from referral, verified against pharmacy records)"),
    "(1) Paroxetine 40 mg, 2021, about 12 weeks at full dose: no response.",
    "(2) Desvenlafaxine 100 mg, 2022 to 2023: discontinued for nausea and night sweats.",
    "(3) Bupropion XL 300 mg since 2023, continued unchanged throughout the TMS course.",
    "(4) Interpersonal psychotherapy (IPT), 12 sessions, autumn 2024: minimal benefit.",
    "She has not had ECT. Her mother received ECT in the 1990s (family history).",
    ("h", "Diagnosis"),
    "F33.2 Major depressive disorder, recurrent severe without psychotic features.",
    ("h", "Recommendations"),
    "Maintenance or retreatment TMS could be considered if symptoms return; an accelerated iTBS protocol may be "
    "discussed at that time. ECT remains an option if she does not respond to further treatment. Continue "
    "bupropion per Dr Mehra-Lowell.",
]
case("04-crestline-tms-summary", [(F, "pdf", [p1, p2], {})], {
    "history": [
        H("TMS", "TMS", "neuromodulation", "36 sessions", "2026-03-02", "2026-04-24",
          "Partial responder: PHQ-9 fell from 21 to 12 (43% reduction)", "partial_response",
          F, 1, "Partial responder: PHQ-9 fell from 21 to 12 (43% reduction)"),
        H("paroxetine", "SSRI", "antidepressant", "40 mg", "2021", "2021", "no response", "no_response",
          F, 2, "(1) Paroxetine 40 mg, 2021, about 12 weeks at full dose: no response."),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2022", "2023",
          "discontinued for nausea and night sweats", "side_effects",
          F, 2, "(2) Desvenlafaxine 100 mg, 2022 to 2023: discontinued for nausea and night sweats."),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2023", None,
          "continued unchanged throughout the TMS course", "unknown",
          F, 2, "(3) Bupropion XL 300 mg since 2023, continued unchanged throughout the TMS course."),
        H("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2024", "2024", "minimal benefit", "no_response",
          F, 2, "(4) Interpersonal psychotherapy (IPT), 12 sessions, autumn 2024: minimal benefit."),
    ],
    "scales": [
        S("PHQ-9", 21, "2026-03-02", F, 1, "Baseline 03/02/2026 21 32"),
        S("MADRS", 32, "2026-03-02", F, 1, "Baseline 03/02/2026 21 32"),
        S("PHQ-9", 16, "2026-03-20", F, 1, "Week 3 03/20/2026 16 not done"),
        S("PHQ-9", 13, "2026-04-10", F, 1, "Week 6 04/10/2026 13 22"),
        S("MADRS", 22, "2026-04-10", F, 1, "Week 6 04/10/2026 13 22"),
        S("PHQ-9", 12, "2026-04-24", F, 1, "End of course 04/24/2026 12 19"),
        S("MADRS", 19, "2026-04-24", F, 1, "End of course 04/24/2026 12 19"),
    ],
    "diagnoses": [D("F33.2", F, 2, "F33.2 Major depressive disorder, recurrent severe without psychotic features.")],
    "suicidality": SUI("none", F, 1, "C-SSRS screen was negative at every session; she denied suicidal ideation "
                       "throughout the course."),
}, "All people, clinics and numbers FICTIONAL. TMS course summary, PDF 2 pp, course details and a scales table "
   "(PHQ-9 and MADRS columns, one row per timepoint) on p. 1, history list on p. 2. The outcome sentence also "
   "repeats 'PHQ-9 fell from 21 to 12' and 'MADRS from 32 to 19' without dates: they are the same scores as the "
   "baseline and end rows, not extra rows. Ambiguous: paroxetine 2021 'about 12 weeks' -> start and end 2021; IPT "
   "'autumn 2024' -> 2024, 'minimal benefit' classed no_response (partial_response defensible); bupropion has no "
   "outcome -> unknown, ongoing. Not rows: ECT (not had; 'remains an option'; mother's ECT is family history), "
   "iTBS and maintenance TMS (may be considered). C-SSRS 'negative' is suicidality none, not a scale row.")

# ======================================================================= 05 discharge summary with ECT, PDF 2 pp
F = "discharge_summary_2026-09-29.pdf"
p1 = [
    ("h", "ST. ALDRIC MEMORIAL HOSPITAL (FICTIONAL) - Inpatient Psychiatry Unit 4 West"),
    ("h", "DISCHARGE SUMMARY"),
    "Patient: Corwin Halvorsen-Mbeki (FICTIONAL), 33 y/o M. MRN SAM-7730215. Admitted: 09/04/2026. Discharged: "
    "09/29/2026. Attending: Priya Castellane-Rudd, MD (FICTIONAL).",
    ("h", "Reason for admission"),
    "Admitted from the ED after an intentional overdose of approximately 30 sertraline 50 mg tablets with alcohol, "
    "taken with the stated intent to die, found by his roommate. Medically cleared after 24 h observation.",
    ("h", "Hospital course"),
    "Sertraline 150 mg daily, which he had taken since January 2026 without benefit ('it wasn't doing anything'), "
    "was discontinued on admission. Venlafaxine XR was started on 09/05/2026 and titrated to 150 mg daily. Given "
    "severity, profound hopelessness and the recent attempt, ECT was recommended and he consented.",
    "He received 9 sessions of right unilateral ultrabrief pulse ECT from 09/09/2026 to 09/25/2026, with remission of "
    "depressive symptoms: MADRS 38 on admission (09/04/2026) and 8 on 09/28/2026. PHQ-9 at discharge was 5. "
    "Transient post-ictal headache treated with acetaminophen; no cognitive complaints.",
    "PRN medications used during the stay: olanzapine 5 mg IM once for agitation on 09/05/2026, hydroxyzine 25 mg "
    "for anxiety, trazodone 50 mg at bedtime for sleep.",
]
p2 = [
    ("h", "Past psychiatric history"),
    "First depressive episode at 16. Fluoxetine at age 16 (about 2009) 'made me feel flat'; stopped after a few "
    "months because of emotional blunting. Bupropion SR 150 mg twice daily in 2015-2016 helped a little. Completed a "
    "24-week DBT skills group in 2018, helpful for emotion regulation but depressive episodes persisted. No prior "
    "ECT, TMS or ketamine. Never hospitalized before this admission.",
    "Suicide attempts: the current overdose is his first. Prior passive ideation in 2018.",
    ("h", "Discharge diagnoses"),
    "F33.2 Major depressive disorder, recurrent, severe without psychotic features",
    "T43.222A Poisoning by selective serotonin reuptake inhibitors, intentional self-harm, initial encounter",
    "F10.10 Alcohol abuse, uncomplicated",
    ("h", "Condition at discharge"),
    "Denies suicidal ideation, intent or plan at discharge; future-oriented; C-SSRS since last contact negative.",
    ("h", "Discharge medications"),
    "Venlafaxine XR 150 mg PO daily. No sertraline.",
    ("h", "Follow-up"),
    "Continuation ECT was discussed; the outpatient ECT service will decide after review on 10/06/2026. Lithium "
    "augmentation may be considered by the outpatient psychiatrist if symptoms return. Referred to intensive "
    "outpatient program; naltrexone for alcohol use was offered and he declined.",
]
case("05-st-aldric-discharge-ect", [(F, "pdf", [p1, p2], {})], {
    "history": [
        H("sertraline", "SSRI", "antidepressant", "150 mg daily", "2026-01", "2026-09-04",
          "without benefit ('it wasn't doing anything')", "no_response",
          F, 1, "Sertraline 150 mg daily, which he had taken since January 2026 without benefit"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg daily", "2026-09-05", None,
          "started during admission; outcome not separated from ECT", "unknown",
          F, 1, "Venlafaxine XR was started on 09/05/2026 and titrated to 150 mg daily."),
        H("ECT", "ECT", "neuromodulation", "9 sessions", "2026-09-09", "2026-09-25",
          "remission of depressive symptoms", "remission",
          F, 1, "He received 9 sessions of right unilateral ultrabrief pulse ECT from 09/09/2026 to 09/25/2026, "
          "with remission of depressive symptoms"),
        H("fluoxetine", "SSRI", "antidepressant", None, "2009", "2009",
          "stopped after a few months because of emotional blunting", "side_effects",
          F, 2, "Fluoxetine at age 16 (about 2009) 'made me feel flat'; stopped after a few months because of "
          "emotional blunting."),
        H("bupropion", "NDRI", "antidepressant", "150 mg twice daily", "2015", "2016", "helped a little",
          "partial_response", F, 2, "Bupropion SR 150 mg twice daily in 2015-2016 helped a little."),
        H("DBT skills group", "psychotherapy", "psychotherapy", "24 weeks", "2018", "2018",
          "helpful for emotion regulation but depressive episodes persisted", "partial_response",
          F, 2, "Completed a 24-week DBT skills group in 2018, helpful for emotion regulation but depressive "
          "episodes persisted."),
    ],
    "scales": [
        S("MADRS", 38, "2026-09-04", F, 1, "MADRS 38 on admission (09/04/2026)"),
        S("MADRS", 8, "2026-09-28", F, 1, "and 8 on 09/28/2026"),
        S("PHQ-9", 5, "2026-09-29", F, 1, "PHQ-9 at discharge was 5."),
    ],
    "diagnoses": [
        D("F33.2", F, 2, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        D("T43.222A", F, 2, "T43.222A Poisoning by selective serotonin reuptake inhibitors, intentional self-harm, "
          "initial encounter"),
        D("F10.10", F, 2, "F10.10 Alcohol abuse, uncomplicated"),
    ],
    "suicidality": SUI("attempt", F, 1, "Admitted from the ED after an intentional overdose of approximately 30 "
                       "sertraline 50 mg tablets with alcohol, taken with the stated intent to die"),
}, "All people, clinics and numbers FICTIONAL. Hospital discharge summary, PDF 2 pp. Ambiguous: sertraline end = "
   "the admission day 09/04/2026 ('discontinued on admission'); venlafaxine started in hospital, still taken, "
   "outcome unknown (the remission is the ECT's); PHQ-9 'at discharge' dated by the discharge date 2026-09-29; "
   "fluoxetine 'about 2009', no dose; DBT dose '24 weeks' (a duration, no session count). Latest-note rule would "
   "give none ('Denies suicidal ideation ... at discharge'); highest is the attempt. Not rows: olanzapine, "
   "hydroxyzine, trazodone (PRN in hospital), acetaminophen, continuation ECT (to be decided), lithium (may be "
   "considered), naltrexone (declined), TMS/ketamine (none).")

# ======================================================================= 06 pain clinic consult, PDF 2 pp
F = "pain_clinic_consult_2026-06-18.pdf"
p1 = [
    ("h", "RIDGEWAY SPINE & PAIN INSTITUTE (FICTIONAL)"),
    "Follow-up consultation, 06/18/2026. Patient: Lucinda Varga-Thornbury (FICTIONAL), 52 y/o F. Physician: "
    "Emeka Lindqvist-Obi, MD, Pain Medicine (FICTIONAL). Referring: Maple Grove Primary Care (FICTIONAL).",
    ("h", "HPI"),
    "Chronic axial and radicular low back pain (left L5 distribution) for 6 years, with widespread pain meeting "
    "criteria for fibromyalgia, and recurrent depression. Pain today: 7/10, worse with standing and by evening. At "
    "her first visit here on 01/09/2026 the NRS was 8/10. Sleep poor. PHQ-9 today 14.",
    ("h", "Prior treatments for pain"),
    "- Amitriptyline 25 mg at night (2021): stopped after 6 weeks due to morning grogginess and dry mouth.",
    "- Cyclobenzaprine 10 mg three times daily (2021): no benefit.",
    "- Gabapentin titrated to 1800 mg/day (2022): minimal effect on pain, stopped after 4 months.",
    "- Physical therapy, 12 sessions in fall 2022: modest improvement in function, pain unchanged.",
    "- Pregabalin 150 mg BID 03/2023-05/2023: d/c'd due to dizziness and ankle swelling.",
    "- Duloxetine 60 mg daily since 11/2023 (PCP): about 30% reduction in pain and mood somewhat better.",
    "- Left L5-S1 transforaminal epidural steroid injection on 08/14/2024: about 50% relief for 6 weeks, then back "
    "to baseline.",
]
p2 = [
    ("h", "Other history"),
    "Allergies: tramadol (rash), latex. Opioids: never on long-term opioid therapy; she does not want them.",
    "Psych: followed by PCP for depression; she declined a referral to CBT for chronic pain last year. Denies SI/HI.",
    ("h", "Exam"),
    "Antalgic gait, lumbar paraspinal tenderness, positive straight leg raise on the left at 50 degrees, 12 of 18 "
    "tender points.",
    ("h", "Impression"),
    "M54.16 Radiculopathy, lumbar region. M79.7 Fibromyalgia. F33.1 Major depressive disorder, recurrent, moderate.",
    ("h", "Plan"),
    "Continue duloxetine 60 mg. Repeat left L5-S1 transforaminal epidural steroid injection scheduled for 07/2026. "
    "If duloxetine plateaus, could consider switching to milnacipran. Spinal cord stimulator trial discussed; she "
    "is not interested at this time. Home exercise program. Return after injection.",
]
case("06-ridgeway-pain-clinic", [(F, "pdf", [p1, p2], {})], {
    "history": [
        H("amitriptyline", "TCA", "antidepressant", "25 mg at night", "2021", "2021",
          "stopped after 6 weeks due to morning grogginess and dry mouth", "side_effects",
          F, 1, "Amitriptyline 25 mg at night (2021): stopped after 6 weeks due to morning grogginess and dry mouth."),
        H("cyclobenzaprine", "muscle relaxant", "other", "10 mg three times daily", "2021", "2021", "no benefit",
          "no_response", F, 1, "Cyclobenzaprine 10 mg three times daily (2021): no benefit."),
        H("gabapentin", "gabapentinoid", "other", "1800 mg/day", "2022", "2022",
          "minimal effect on pain, stopped after 4 months", "no_response",
          F, 1, "Gabapentin titrated to 1800 mg/day (2022): minimal effect on pain, stopped after 4 months."),
        H("physical therapy", "physical therapy", "other", "12 sessions", "2022", "2022",
          "modest improvement in function, pain unchanged", "partial_response",
          F, 1, "Physical therapy, 12 sessions in fall 2022: modest improvement in function, pain unchanged."),
        H("pregabalin", "gabapentinoid", "other", "150 mg BID", "2023-03", "2023-05",
          "d/c'd due to dizziness and ankle swelling", "side_effects",
          F, 1, "Pregabalin 150 mg BID 03/2023-05/2023: d/c'd due to dizziness and ankle swelling."),
        H("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2023-11", None,
          "about 30% reduction in pain and mood somewhat better", "partial_response",
          F, 1, "Duloxetine 60 mg daily since 11/2023 (PCP): about 30% reduction in pain and mood somewhat better."),
        H("epidural steroid injection", "nerve block", "other", None, "2024-08-14", "2024-08-14",
          "about 50% relief for 6 weeks, then back to baseline", "relapse",
          F, 1, "Left L5-S1 transforaminal epidural steroid injection on 08/14/2024: about 50% relief for 6 weeks, "
          "then back to baseline."),
    ],
    "scales": [
        S("pain NRS", 7, "2026-06-18", F, 1, "Pain today: 7/10"),
        S("pain NRS", 8, "2026-01-09", F, 1, "At her first visit here on 01/09/2026 the NRS was 8/10."),
        S("PHQ-9", 14, "2026-06-18", F, 1, "PHQ-9 today 14."),
    ],
    "diagnoses": [
        D("M54.16", F, 2, "M54.16 Radiculopathy, lumbar region."),
        D("M79.7", F, 2, "M79.7 Fibromyalgia."),
        D("F33.1", F, 2, "F33.1 Major depressive disorder, recurrent, moderate."),
    ],
    "suicidality": SUI("none", F, 2, "Denies SI/HI."),
}, "All people, clinics and numbers FICTIONAL. Pain-medicine follow-up, PDF 2 pp, prior treatments as a dash list. "
   "Antidepressant-class drugs for pain (amitriptyline, duloxetine) stay kind antidepressant. Ambiguous: amitriptyline "
   "partly helped? not said; stopped for side effects -> side_effects; epidural steroid injection 'about 50% relief "
   "for 6 weeks, then back to baseline' classed relapse (partial_response defensible), a single procedure so start = "
   "end; physical therapy 'fall 2022' -> 2022, 'modest improvement in function, pain unchanged' partial_response; "
   "gabapentin 'minimal effect' no_response. Not rows: repeat injection 'scheduled for 07/2026' (planned), "
   "milnacipran (could consider), spinal cord stimulator (discussed, not interested), CBT for chronic pain "
   "(declined), tramadol (allergy), opioids (never).")

# ======================================================================= 07 primary-care visit log, DOCX
F = "pcp_visit_log_2025-2026.docx"
p1 = [
    ("h", "MAPLE GROVE PRIMARY CARE (FICTIONAL) - Visit notes, behavioral health problem"),
    "Pt: Henrik Oyelaran-Fisk (FICTIONAL), 41 M. PCP: Tamsin Robles-Achebe, DO (FICTIONAL). Printed 11/30/2026 for "
    "insurance appeal.",
    ("h", "02/11/2025"),
    "S: Low mood since last fall, poor sleep, quit gym, irritable w/ kids. No SI. O: PHQ-9 16. A: MDD single "
    "episode, moderate (F32.1). P: Start sertraline 50 mg daily, titrate to 100 mg in 2 wk. Discussed therapy; pt "
    "prefers meds for now. RTC 8 wk.",
    ("h", "04/08/2025"),
    "On sertraline 100 mg x 8 weeks. 'Helped at first, now feels flat again.' Nausea resolved. PHQ-9 12 (from 16). "
    "P: Increase sertraline to 150 mg.",
    ("h", "07/15/2025"),
    "Sertraline 150 mg. Says it has lost its effect; mood back down, PHQ-9 15. P: Taper off sertraline over 2 wk; "
    "start bupropion XL 150 mg, increase to 300 mg after 1 wk.",
    ("h", "10/21/2025"),
    "Bupropion XL 300 x ~3 mo. Anxiety much worse, jittery, couldn't sleep -> stopped it on his own 2 wks ago. PHQ-9 "
    "18. GAD-7 15. Passive SI - 'sometimes I wish I just wouldn't wake up'. No plan, no intent, no access to "
    "firearms. Safety plan given, 988 reviewed. P: Referred to behavioral health for CBT. Pt declines psychiatry "
    "referral for now. Hydroxyzine 25 mg PRN anxiety.",
    ("h", "01/13/2026"),
    "Seeing therapist (Ms. Ueda-Marchetti, LCSW, FICTIONAL) weekly since Nov for CBT, 'some help'. Still low, poor "
    "sleep. Denies SI. Dx now F33.1 (recurrent) + F41.1. P: Start mirtazapine 15 mg qhs.",
    ("h", "03/10/2026"),
    "Mirtazapine 30 mg x 6 wk. Sleeping better, mood 'a bit better', +3 kg. PHQ-9 13. Continue.",
    ("h", "05/05/2026"),
    "CBT finished: 16 sessions total (11/2025 - 03/2026), helped with coping but mood still low. Mirtazapine 30 mg "
    "continues, partial benefit. PHQ-9 11, GAD-7 10. Denies SI. P: Referral to psychiatry (Dr. Vance-Okafor, "
    "FICTIONAL) for treatment-resistant depression evaluation. Discussed possible aripiprazole augmentation - "
    "psychiatry to decide. Pt not interested in ketamine clinics.",
]
case("07-maple-grove-pcp-visit-log", [(F, "docx", [p1], {"font": "Arial"})], {
    "history": [
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2025-02-11", "2025-07",
          "Helped at first, now feels flat again; lost its effect", "relapse",
          F, 1, "Sertraline 150 mg. Says it has lost its effect; mood back down, PHQ-9 15."),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2025-07", "2025-10",
          "Anxiety much worse, jittery, couldn't sleep -> stopped it on his own", "side_effects",
          F, 1, "Bupropion XL 300 x ~3 mo. Anxiety much worse, jittery, couldn't sleep -> stopped it on his own 2 wks "
          "ago."),
        H("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2025-11", "2026-03",
          "helped with coping but mood still low", "partial_response",
          F, 1, "CBT finished: 16 sessions total (11/2025 - 03/2026), helped with coping but mood still low."),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "30 mg", "2026-01", None,
          "mood 'a bit better'; partial benefit", "partial_response",
          F, 1, "Mirtazapine 30 mg continues, partial benefit."),
    ],
    "scales": [
        S("PHQ-9", 16, "2025-02-11", F, 1, "O: PHQ-9 16."),
        S("PHQ-9", 12, "2025-04-08", F, 1, "PHQ-9 12 (from 16)."),
        S("PHQ-9", 15, "2025-07-15", F, 1, "mood back down, PHQ-9 15."),
        S("PHQ-9", 18, "2025-10-21", F, 1, "PHQ-9 18. GAD-7 15."),
        S("GAD-7", 15, "2025-10-21", F, 1, "PHQ-9 18. GAD-7 15."),
        S("PHQ-9", 13, "2026-03-10", F, 1, "PHQ-9 13. Continue."),
        S("PHQ-9", 11, "2026-05-05", F, 1, "PHQ-9 11, GAD-7 10."),
        S("GAD-7", 10, "2026-05-05", F, 1, "PHQ-9 11, GAD-7 10."),
    ],
    "diagnoses": [
        D("F32.1", F, 1, "A: MDD single episode, moderate (F32.1)."),
        D("F33.1", F, 1, "Dx now F33.1 (recurrent) + F41.1."),
        D("F41.1", F, 1, "Dx now F33.1 (recurrent) + F41.1."),
    ],
    "suicidality": SUI("passive", F, 1, "Passive SI - 'sometimes I wish I just wouldn't wake up'. No plan, no intent"),
}, "All people, clinics and numbers FICTIONAL. Primary-care visit log (DOCX, one page, seven dated visits in "
   "shorthand); each trial is spread over several visits: started in a plan, outcome in a later visit. Ambiguous: "
   "sertraline start 2025-02-11 (plan 'Start' confirmed by the next visit), end ~2025-07-29 (taper over 2 wk from "
   "07/15/2025) -> 2025-07; 'helped at first ... lost its effect' classed relapse (partial_response defensible); "
   "bupropion started 07/2025, stopped ~10/07/2025 ('2 wks ago' before 10/21/2025) -> 2025-10; CBT ('since Nov', "
   "16 sessions 11/2025 - 03/2026); mirtazapine started at the 01/13/2026 visit (plan confirmed 03/10/2026), ongoing. "
   "PHQ-9 '(from 16)' on 04/08/2025 repeats the 02/11/2025 score, not a new row. Not rows: hydroxyzine PRN, "
   "psychiatry referral (declined then made), aripiprazole augmentation (discussed), ketamine (not interested). "
   "Latest-note rule gives none ('Denies SI'); highest is passive (10/21/2025).")

# ======================================================================= 08 handwritten intake, scanned image PDF
F = "new_patient_eval_handwritten_scan.pdf"
p1 = [
    "Northgate Counseling & Psychiatry (FICTIONAL)",
    "New pt eval 8/19/26",
    "Ruben Castellanos-Ivey (FICTIONAL) 36 M",
    "CC: 'depressed for years, nothing works'",
    "Prev meds:",
    "- Prozac 20-40 mg 2018-2019, no help",
    "- Effexor 150 mg 2020, stopped - sweating, BP up",
    "- Remeron 30 mg 2021-2022 partial, stopped b/c wt gain",
    "- Abilify 5 mg added to Remeron 2022, akathisia x 3 wks",
    "Never had therapy. No ECT / TMS.",
    "Dad on lithium (bipolar).",
    "PHQ-9 today = 22",
    "SI: passive, no plan. Denies past attempts.",
    "Dx: F33.2",
    "Plan: start Trintellix 10, refer CBT",
]
case("08-northgate-handwritten-scan", [(F, "scan-hand", [p1], {"seed": 408})], {
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "20-40 mg", "2018", "2019", "no help", "no_response",
          F, 1, "Prozac 20-40 mg 2018-2019, no help"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2020", "2020", "stopped - sweating, BP up",
          "side_effects", F, 1, "Effexor 150 mg 2020, stopped - sweating, BP up"),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "30 mg", "2021", "2022",
          "partial, stopped b/c wt gain", "side_effects", F, 1, "Remeron 30 mg 2021-2022 partial, stopped b/c wt gain"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2022", "2022", "akathisia x 3 wks",
          "side_effects", F, 1, "Abilify 5 mg added to Remeron 2022, akathisia x 3 wks"),
    ],
    "scales": [S("PHQ-9", 22, "2026-08-19", F, 1, "PHQ-9 today = 22")],
    "diagnoses": [D("F33.2", F, 1, "Dx: F33.2")],
    "suicidality": SUI("passive", F, 1, "SI: passive, no plan. Denies past attempts."),
}, "All people, clinics and numbers FICTIONAL. One handwritten-style page (oblique font, jittered), scanned to an "
   "image-only PDF (no text layer); source texts are the rendered words, OCR will differ. Ambiguous: mirtazapine "
   "'partial, stopped b/c wt gain' -> side_effects (the reason stopped decides); visit date '8/19/26' -> 2026-08-19. "
   "Not rows: Trintellix/vortioxetine and CBT (plan in this, the only, note), therapy/ECT/TMS (never), lithium "
   "(father).")

# ======================================================================= 09 phone photo of therapy summary + TXT psych note
F1 = "therapy_summary_photo.jpg"
F2 = "psychiatry_med_check_2026-10-12.txt"
photo = [
    ("h", "WILLOW BEND PSYCHOTHERAPY GROUP (FICTIONAL)"),
    "Treatment summary - 09/30/2026",
    "Client: Aiyana Brightwater-Lund (FICTIONAL), DOB 02/14/1993",
    "To: Dr. Silas Penhallow-Reyes (FICTIONAL), psychiatry",
    "Ms. Brightwater-Lund attended 20 sessions of individual CBT with me between 01/2025 and 07/2025. Her PHQ-9 went "
    "from 18 at intake (01/08/2025) to 14 at her last CBT session (07/16/2025), a partial response.",
    "She then joined our 12-week MBCT group in fall 2025, attending 10 of 12 sessions, with no appreciable change in "
    "mood.",
    "Before our work she had about a year of psychodynamic therapy in college (2015), which she does not recall as "
    "helpful.",
    "She reports no suicidal thoughts currently. During winter 2024 she had passive death wishes, without intent or "
    "plan.",
    "We discussed a referral to a DBT program; she did not wish to pursue it. PHQ-9 today 17.",
    "Signed: Marguerite Oduya-Kellerman, PhD (FICTIONAL)",
]
txt = [
    ("h", "MERIDIAN PSYCHIATRY PARTNERS (FICTIONAL)"),
    ("h", "MEDICATION MANAGEMENT NOTE  10/12/2026"),
    "Pt: Aiyana Brightwater-Lund (FICTIONAL). Seen by Silas Penhallow-Reyes, MD (FICTIONAL). 25 min.",
    ("h", "MED HISTORY"),
    ("pre", "  escitalopram 10->20 mg   2019-2021   remitted ~18 mo, sx returned 2021 despite adherence\n"
            "  vilazodone 40 mg         11/2021-03/2022   diarrhea, stopped\n"
            "  desvenlafaxine 50->100   05/2022-present   partial response\n"
            "  brexpiprazole 1 mg       08/2024-10/2024   added for augmentation; wt gain + restlessness, d/c"),
    ("h", "TODAY"),
    "Mood 5/10. Still low energy, poor concentration at work. MADRS 27. GAD-7 11. Denies current SI.",
    ("h", "DX"),
    "F33.1 MDD, recurrent, moderate",
    ("h", "PLAN"),
    "Continue desvenlafaxine 100 mg. Lithium augmentation discussed - pt hesitant, will revisit next visit. Consider "
    "TMS referral if no change by January. RTC 6 wk.",
]
case("09-willow-bend-photo-and-med-check", [(F1, "photo", [photo], {"seed": 909}), (F2, "txt", [txt], {})], {
    "history": [
        H("CBT", "psychotherapy", "psychotherapy", "20 sessions", "2025-01", "2025-07", "a partial response",
          "partial_response", F1, 1, "attended 20 sessions of individual CBT with me between 01/2025 and 07/2025."),
        H("MBCT", "psychotherapy", "psychotherapy", "10 of 12 sessions", "2025", "2025",
          "no appreciable change in mood", "no_response",
          F1, 1, "She then joined our 12-week MBCT group in fall 2025, attending 10 of 12 sessions, with no "
          "appreciable change in mood."),
        H("psychodynamic therapy", "psychotherapy", "psychotherapy", None, "2015", "2015",
          "does not recall as helpful", "no_response",
          F1, 1, "about a year of psychodynamic therapy in college (2015), which she does not recall as helpful."),
        H("escitalopram", "SSRI", "antidepressant", "10->20 mg", "2019", "2021",
          "remitted ~18 mo, sx returned 2021 despite adherence", "relapse",
          F2, 1, "escitalopram 10->20 mg 2019-2021 remitted ~18 mo, sx returned 2021 despite adherence"),
        H("vilazodone", "serotonin modulator", "antidepressant", "40 mg", "2021-11", "2022-03", "diarrhea, stopped",
          "side_effects", F2, 1, "vilazodone 40 mg 11/2021-03/2022 diarrhea, stopped"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2022-05", None, "partial response",
          "partial_response", F2, 1, "desvenlafaxine 50->100 05/2022-present partial response"),
        H("brexpiprazole", "atypical antipsychotic", "augmentation", "1 mg", "2024-08", "2024-10",
          "wt gain + restlessness, d/c", "side_effects",
          F2, 1, "brexpiprazole 1 mg 08/2024-10/2024 added for augmentation; wt gain + restlessness, d/c"),
    ],
    "scales": [
        S("PHQ-9", 18, "2025-01-08", F1, 1, "Her PHQ-9 went from 18 at intake (01/08/2025)"),
        S("PHQ-9", 14, "2025-07-16", F1, 1, "to 14 at her last CBT session (07/16/2025)"),
        S("PHQ-9", 17, "2026-09-30", F1, 1, "PHQ-9 today 17."),
        S("MADRS", 27, "2026-10-12", F2, 1, "MADRS 27."),
        S("GAD-7", 11, "2026-10-12", F2, 1, "GAD-7 11."),
    ],
    "diagnoses": [D("F33.1", F2, 1, "F33.1 MDD, recurrent, moderate")],
    "suicidality": SUI("passive", F1, 1, "During winter 2024 she had passive death wishes, without intent or plan."),
}, "All people, clinics and numbers FICTIONAL. Two documents: a phone photo (JPEG, page on a table, shadow) of a "
   "psychologist's printed treatment summary, and a psychiatrist's TXT med-check note whose history is a "
   "fixed-width block. Ambiguous: MBCT 'fall 2025' -> 2025 and its dose is attendance ('10 of 12 sessions'); "
   "psychodynamic therapy 'about a year ... (2015)' -> start 2015, end 2015 or 2016; escitalopram remitted then "
   "symptoms returned -> relapse; 'Mood 5/10' is a mood rating, NOT a pain NRS and not a scale row. Highest "
   "suicidality is the past passive ideation (winter 2024); both notes deny current SI (latest-note rule: none). "
   "Not rows: DBT (did not wish to pursue), lithium (discussed, hesitant), TMS (consider).")

# ======================================================================= 10 prior-authorization form, PDF 2 pp
F = "prior_auth_spravato_2026-11-05.pdf"
p1 = [
    ("h", "KEYSTONE MUTUAL HEALTH PLAN (FICTIONAL) - PHARMACY PRIOR AUTHORIZATION REQUEST"),
    ("h", "Esketamine nasal spray (Spravato) - Treatment-resistant depression"),
    ("table", [["Field", "Entry"],
               ["Member name", "Oksana Delacroix-Mwangi (FICTIONAL)"],
               ["Member ID", "KMH-55018842-01 (FICTIONAL)"],
               ["Prescriber", "Julian Takahara-Bell, MD, Summit Ridge Psychiatry (FICTIONAL)"],
               ["Date of request", "11/05/2026"],
               ["Drug requested", "Spravato 56 mg intranasal, induction twice weekly x 4 weeks"],
               ["Diagnosis (ICD-10)", "F33.2 Major depressive disorder, recurrent, severe w/o psychotic features"],
               ["Secondary diagnosis", "F41.1 Generalized anxiety disorder"]]),
    ("h", "Section C. Antidepressant trials in the current episode (at least two, adequate dose and duration)"),
    ("table", [["Drug", "Dose", "Start", "End", "Duration", "Outcome"],
               ["Sertraline", "200 mg", "01/2022", "06/2022", "22 wks", "Inadequate response"],
               ["Venlafaxine XR", "225 mg", "07/2022", "02/2023", "7 mo", "Partial response"],
               ["Nortriptyline", "75 mg", "03/2023", "05/2023", "9 wks", "Intolerance: orthostasis, constipation"],
               ["Escitalopram", "20 mg", "06/2023", "05/2024", "11 mo", "No response"],
               ["Duloxetine", "120 mg", "06/2024", "current", "29 mo", "Partial response; to continue with Spravato"]]),
    ("h", "Section D. Augmentation trials"),
    ("table", [["Agent", "Dose", "Start", "End", "Outcome"],
               ["Aripiprazole", "10 mg", "06/2023", "01/2024", "No additional benefit"],
               ["Lithium carbonate", "600 mg", "02/2024", "04/2024", "Stopped: tremor, level 0.5"]]),
]
p2 = [
    ("h", "Section E. Psychotherapy"),
    "[X] Yes  [ ] No   Type: CBT   Sessions: 18   Dates: 2023-2024   Outcome: partial benefit",
    ("h", "Section F. Neuromodulation"),
    "TMS: [X] Yes  [ ] No   Sessions: 36   Dates: 09/2024-11/2024   Outcome: no response",
    "ECT: [ ] Yes  [X] No   If no, reason: patient declined ECT after consultation",
    ("h", "Section G. Severity and safety"),
    "PHQ-9: 24  Date: 11/03/2026          MADRS: 34  Date: 11/03/2026",
    "History of suicide attempt: [X] Yes  [ ] No   Date: 2019 (overdose, hospitalized)",
    "Current suicidal ideation: [ ] None  [X] Passive  [ ] Active with plan",
    "Substance use disorder in remission or absent: [X] Yes",
    "REMS-certified treatment center: [X] Yes - Summit Ridge Psychiatry (FICTIONAL)",
    ("h", "Section H. Prescriber attestation"),
    "I attest that the information above is accurate and supported by the medical record. Signature: J. Takahara-Bell, "
    "MD (FICTIONAL)  Date: 11/05/2026",
]
case("10-keystone-prior-auth-form", [(F, "pdf", [p1, p2], {"size": 9})], {
    "history": [
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2022-01", "2022-06", "Inadequate response",
          "no_response", F, 1, "Sertraline 200 mg 01/2022 06/2022 22 wks Inadequate response"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-07", "2023-02", "Partial response",
          "partial_response", F, 1, "Venlafaxine XR 225 mg 07/2022 02/2023 7 mo Partial response"),
        H("nortriptyline", "TCA", "antidepressant", "75 mg", "2023-03", "2023-05",
          "Intolerance: orthostasis, constipation", "side_effects",
          F, 1, "Nortriptyline 75 mg 03/2023 05/2023 9 wks Intolerance: orthostasis, constipation"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-06", "2024-05", "No response", "no_response",
          F, 1, "Escitalopram 20 mg 06/2023 05/2024 11 mo No response"),
        H("duloxetine", "SNRI", "antidepressant", "120 mg", "2024-06", None,
          "Partial response; to continue with Spravato", "partial_response",
          F, 1, "Duloxetine 120 mg 06/2024 current 29 mo Partial response; to continue with Spravato"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "10 mg", "2023-06", "2024-01",
          "No additional benefit", "no_response", F, 1, "Aripiprazole 10 mg 06/2023 01/2024 No additional benefit"),
        H("lithium", "mood stabilizer", "augmentation", "600 mg", "2024-02", "2024-04", "Stopped: tremor, level 0.5",
          "side_effects", F, 1, "Lithium carbonate 600 mg 02/2024 04/2024 Stopped: tremor, level 0.5"),
        H("CBT", "psychotherapy", "psychotherapy", "18 sessions", "2023", "2024", "partial benefit",
          "partial_response", F, 2, "Type: CBT Sessions: 18 Dates: 2023-2024 Outcome: partial benefit"),
        H("TMS", "TMS", "neuromodulation", "36 sessions", "2024-09", "2024-11", "no response", "no_response",
          F, 2, "TMS: [X] Yes [ ] No Sessions: 36 Dates: 09/2024-11/2024 Outcome: no response"),
    ],
    "scales": [
        S("PHQ-9", 24, "2026-11-03", F, 2, "PHQ-9: 24 Date: 11/03/2026"),
        S("MADRS", 34, "2026-11-03", F, 2, "MADRS: 34 Date: 11/03/2026"),
    ],
    "diagnoses": [
        D("F33.2", F, 1, "F33.2 Major depressive disorder, recurrent, severe w/o psychotic features"),
        D("F41.1", F, 1, "F41.1 Generalized anxiety disorder"),
    ],
    "suicidality": SUI("attempt", F, 2, "History of suicide attempt: [X] Yes [ ] No Date: 2019 (overdose, hospitalized)"),
}, "All people, clinics, plans and numbers FICTIONAL. A plan's prior-authorization form filled in by the clinic, "
   "PDF 2 pp: field table and two trial grids on p. 1, checkbox lines on p. 2. Ambiguous: duloxetine End 'current' "
   "-> end null; lithium stopped for tremor -> side_effects. Checkboxes: '[X] Yes [ ] No' means yes; ECT line is "
   "'[ ] Yes [X] No ... declined' -> not a row. Not rows: Spravato/esketamine (the drug requested, not yet given). "
   "Current SI is ticked Passive, but the highest level is the 2019 attempt.")


# ======================================================================= build + check
def build():
    for slug, docs, truth in CASES:
        cdir = os.path.join(HERE, slug)
        if os.path.isdir(cdir):
            shutil.rmtree(cdir)
        os.makedirs(os.path.join(cdir, "clinical"))
        rendered = {}
        for fname, kind, pages, opt in docs:
            path = os.path.join(cdir, "clinical", fname)
            if kind == "pdf":
                write_pdf(path, pages, **opt)
                rendered[fname] = ("pdf", path, pages)
            elif kind == "docx":
                write_docx(path, pages, **opt)
                rendered[fname] = ("flat", path, pages)
            elif kind == "txt":
                write_txt(path, pages)
                rendered[fname] = ("flat", path, pages)
            elif kind in ("scan", "scan-hand", "photo"):
                write_image(path, pages, kind="photo" if kind == "photo" else "scan", seed=opt.get("seed", 0),
                            hand=(kind == "scan-hand"))
                rendered[fname] = ("flat", path, pages)
            else:
                raise ValueError(kind)
        with open(os.path.join(HERE, slug + ".truth.json"), "w") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False)
            f.write("\n")
        check(slug, truth, rendered)


def check(slug, truth, rendered):
    srcs = [r["source"] for r in truth["history"] + truth["scales"] + truth["diagnoses"]]
    if truth["suicidality"]["source"]:
        srcs.append(truth["suicidality"]["source"])
    bad = 0
    for s in srcs:
        how, path, pages = rendered[s["file"]]
        if how == "pdf":
            n = pdf_page_count(path)
            assert n == len(pages), (slug, s["file"], n, len(pages))
            text = pdf_page_text(path, s["page"])
        else:
            text = flat_page(pages[s["page"] - 1])
        if norm(s["text"]) not in text:
            bad += 1
            print(f"MISSING {slug} {s['file']} p{s['page']}: {s['text']!r}")
    print(f"{slug}: {len(truth['history'])} rows, {len(truth['scales'])} scales, {len(truth['diagnoses'])} codes, "
          f"suicidality {truth['suicidality']['level']}; {len(srcs) - bad}/{len(srcs)} sources found")
    return bad


if __name__ == "__main__":
    build()
