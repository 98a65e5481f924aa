"""Build FRESH SET 3 of blind clinical-notes cases for issue 24 (`appeal-kit notes`).

ALL PEOPLE, CLINICS, PLANS, NUMBERS AND ADDRESSES ARE FICTIONAL.

Run: /work/main/.venv/bin/python make_fresh3.py
Writes NN-slug/clinical/* and NN-slug.truth.json beside this script, then checks that every truth
source.text really is on the page it names (pdftotext of that page for text PDFs; the rendered text
for DOCX, TXT, scans and photos) and that every value is in the contract's vocabulary.
"""
import json, os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import render as R  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FICT = "FICTIONAL - all names, clinics and numbers invented."


def H(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": file, "page": page, "text": text}}


def S(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": {"file": file, "page": page, "text": text}}


def D(code, file, page, text):
    return {"code": code, "source": {"file": file, "page": page, "text": text}}


def SI(level, file=None, page=None, text=None):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": {"file": file, "page": page, "text": text}}


CASES = []

# =====================================================================================================
# 01  outpatient psychiatry, three visits in one PDF (one visit a page), scales in prose and a table
# =====================================================================================================
F1 = "tidewater_bend_progress_notes_2026.pdf"
p1 = [
    ("h", "TIDEWATER BEND PSYCHIATRY ASSOCIATES (FICTIONAL) - OUTPATIENT PROGRESS NOTE"),
    "Patient: Darnell Okonkwo-Reyes (FICTIONAL)   DOB: 04/17/1983   MRN: TB-0048812   " + FICT,
    "Date of service: 06/10/2026   Clinician: Priya Lindqvist, MD (FICTIONAL)   Visit type: 30-min medication follow-up",
    ("h", "Subjective"),
    "43 y/o man with recurrent major depression, seen for medication follow-up. He has been on escitalopram "
    "20 mg daily since 10/2025 and describes himself as a partial responder: mood 'a little less heavy', but "
    "low energy, anhedonia and early waking persist. Sleeps about 5 hours. Still working, calling in sick about "
    "once a week.",
    "PHQ-9 today is 17 and GAD-7 is 12.",
    ("h", "Past psychiatric treatment"),
    "Sertraline 150 mg (2019-2020): helped initially then lost effect after about eight months on a stable dose. "
    "Bupropion XL 300 mg x 10 weeks in summer 2021: no appreciable benefit, more jittery. He has never tried "
    "lithium or an MAOI. No prior TMS or ECT. His sister did well on venlafaxine.",
    ("h", "Safety"),
    "Denies SI/HI today. During the 2023 episode he had passive SI ('would not mind not waking up'), no plan, "
    "never any attempt or self-harm.",
    ("h", "Assessment"),
    "F33.1 Major depressive disorder, recurrent, moderate. F41.1 Generalized anxiety disorder.",
    ("h", "Plan"),
    "1. Continue escitalopram 20 mg daily. 2. Add aripiprazole 2 mg daily for augmentation; reviewed akathisia "
    "and weight. 3. Discussed vortioxetine as a possible next step if augmentation fails. 4. RTC 4-5 weeks.",
]
p2 = [
    ("h", "TIDEWATER BEND PSYCHIATRY ASSOCIATES (FICTIONAL) - OUTPATIENT PROGRESS NOTE"),
    "Patient: Darnell Okonkwo-Reyes (FICTIONAL)   Date of service: 07/15/2026   Clinician: P. Lindqvist, MD",
    ("h", "Interval history"),
    "Started aripiprazole 2 mg the day after the last visit; increased to 5 mg on 06/24/2026. Reports clearly "
    "better motivation over the first three weeks, back at the gym twice. No restlessness, weight stable. "
    "Remains on escitalopram 20 mg.",
    "PHQ-9 12 (down from 17). Denies suicidal ideation.",
    ("h", "Plan"),
    "Continue aripiprazole 5 mg + escitalopram 20 mg. If plateau, could consider 7.5 mg. RTC 8 weeks.",
]
p3 = [
    ("h", "TIDEWATER BEND PSYCHIATRY ASSOCIATES (FICTIONAL) - OUTPATIENT PROGRESS NOTE"),
    "Patient: Darnell Okonkwo-Reyes (FICTIONAL)   Date of service: 09/16/2026   Clinician: P. Lindqvist, MD",
    ("h", "Interval history"),
    "The early gains on aripiprazole faded through August; by Labor Day he was 'back where I started'. No side "
    "effects. Aripiprazole 5 mg stopped today: response not sustained. Escitalopram 20 mg continued.",
    ("h", "Measures"),
    ("table", [["Scale", "06/10/2026", "07/15/2026", "09/16/2026"],
               ["PHQ-9", "17", "12", "18"],
               ["GAD-7", "12", "-", "14"]]),
    "Suicide risk: denies current SI, intent or plan; protective factors children, work. Risk low.",
    ("h", "Assessment"),
    "Depression now F33.2, recurrent, severe without psychotic features. Two antidepressant trials and one "
    "augmentation trial without lasting benefit in this and prior episodes.",
    ("h", "Plan"),
    "Will start vortioxetine 10 mg after discussing with patient next week; referral for TMS evaluation sent. "
    "Esketamine may be considered later.",
]
CASES.append({
    "slug": "01-tidewater-bend-three-visits",
    "desc": "outpatient psychiatry PDF, three visits one per page; history in prose on p. 1, scales in prose and a "
            "visit-by-visit table on p. 3; plan-only vortioxetine and TMS",
    "docs": [(F1, "pdf", [p1, p2, p3], {})],
    "truth": {
        "_note": "All people, clinics and numbers in this case are fictional. Ambiguous: sertraline 'helped "
                 "initially then lost effect' and aripiprazole 'early gains faded ... response not sustained' are "
                 "scored relapse (loss of response on a stable dose); escitalopram is ongoing (end null). "
                 "Aripiprazole is planned on p. 1 but confirmed taken on p. 2 (start 2026-06, end 2026-09-16). "
                 "Not rows: lithium, MAOI (never tried), TMS/ECT (none prior; TMS referral is a plan), sister's "
                 "venlafaxine (family), vortioxetine (discussed p. 1, 'will start' p. 3), esketamine (may be "
                 "considered). Suicidality: passive from the 2023 history on p. 1; a latest-note rule gives none. "
                 "The p. 3 table repeats p. 1/p. 2 scores: one row per score per date.",
        "history": [
            H("escitalopram", "SSRI", "antidepressant", "20 mg daily", "2025-10", None,
              "partial responder", "partial_response", F1, 1,
              "escitalopram 20 mg daily since 10/2025 and describes himself as a partial responder"),
            H("sertraline", "SSRI", "antidepressant", "150 mg", "2019", "2020",
              "helped initially then lost effect after about eight months on a stable dose", "relapse", F1, 1,
              "Sertraline 150 mg (2019-2020): helped initially then lost effect"),
            H("bupropion", "NDRI", "antidepressant", "300 mg", "2021", "2021",
              "no appreciable benefit, more jittery", "no_response", F1, 1,
              "Bupropion XL 300 mg x 10 weeks in summer 2021: no appreciable benefit"),
            H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-06", "2026-09-16",
              "early gains faded; response not sustained", "relapse", F1, 3,
              "Aripiprazole 5 mg stopped today: response not sustained."),
        ],
        "scales": [
            S("PHQ-9", 17, "2026-06-10", F1, 1, "PHQ-9 today is 17"),
            S("GAD-7", 12, "2026-06-10", F1, 1, "GAD-7 is 12."),
            S("PHQ-9", 12, "2026-07-15", F1, 2, "PHQ-9 12 (down from 17)."),
            S("PHQ-9", 18, "2026-09-16", F1, 3, "PHQ-9 17 12 18"),
            S("GAD-7", 14, "2026-09-16", F1, 3, "GAD-7 12 - 14"),
        ],
        "diagnoses": [
            D("F33.1", F1, 1, "F33.1 Major depressive disorder, recurrent, moderate."),
            D("F41.1", F1, 1, "F41.1 Generalized anxiety disorder."),
            D("F33.2", F1, 3, "Depression now F33.2, recurrent, severe without psychotic features."),
        ],
        "suicidality": SI("passive", F1, 1, "During the 2023 episode he had passive SI ('would not mind not "
                                            "waking up'), no plan, never any attempt or self-harm."),
    },
})

# =====================================================================================================
# 02  clinical pharmacist's medication review, DOCX with tables; brand names; allergy list; unfilled Rx
# =====================================================================================================
F2 = "larkspur_medication_review.docx"
d2 = [
    ("h", "LARKSPUR VALLEY COLLABORATIVE CARE (FICTIONAL)"),
    ("h", "Comprehensive Medication Review - Psychotropic History"),
    "Patient: Hollis Brannigan-Ytterdal (FICTIONAL)   DOB 02/09/1979   Member ID LVC-330-71842 (FICTIONAL)",
    "Prepared by: Renata Szalai, PharmD, BCPP (FICTIONAL), clinical pharmacist, 08/14/2026, for Dr. A. Mbeki. " + FICT,
    "Sources: pharmacy fill history 2018-2026, prior psychiatry notes, patient interview.",
    ("h", "ALLERGIES / INTOLERANCES"),
    "Sulfa antibiotics (hives). Haloperidol - acute dystonia in ED, 2009 (single dose; not a treatment trial).",
    ("h", "Current medications"),
    ("table", [["Medication", "Sig", "Indication"],
               ["Auvelity (dextromethorphan-bupropion) 45/105 mg", "1 tab BID", "MDD"],
               ["Trazodone 50 mg", "1 tab qhs PRN", "sleep"],
               ["Atomoxetine 40 mg", "daily", "ADHD"],
               ["Levothyroxine 75 mcg", "daily", "hypothyroidism"]]),
    ("h", "Past antidepressant and adjunct trials"),
    ("table", [["Medication", "Dates", "Max dose", "Response / reason stopped"],
               ["Prozac (fluoxetine)", "Mar 2018 - Jan 2019", "40 mg", "partial responder; switched for residual symptoms"],
               ["Effexor XR (venlafaxine)", "Feb 2019 - Aug 2019", "225 mg", "d/c'd due to GI upset and night sweats"],
               ["Trintellix (vortioxetine)", "Oct 2019 - Apr 2020", "20 mg", "no appreciable benefit"],
               ["Remeron (mirtazapine) added to Trintellix for augmentation", "Jan 2020 - Apr 2020", "30 mg qhs", "weight gain 9 kg, stopped"],
               ["Cymbalta (duloxetine)", "Jun 2020 - Dec 2021", "60 mg", "remitted for about a year, relapsed Nov 2021 despite adherence"],
               ["Rexulti (brexpiprazole) adjunct to duloxetine", "Jan 2022 - Feb 2022", "1 mg", "akathisia after 3 weeks, stopped"],
               ["Auvelity (dextromethorphan-bupropion)", "May 2025 - present", "45/105 mg BID", "modest benefit, PHQ-9 still >15"]]),
    "Lithium carbonate 300 mg BID was prescribed 03/2023 but never filled (cost); patient has never taken lithium.",
    ("h", "Psychotherapy"),
    "CBT with a community therapist, 14 sessions, Sept-Dec 2020: useful coping skills, mood unchanged.",
    ("h", "Recent measures"),
    ("table", [["Date", "PHQ-9", "GAD-7"],
               ["05/11/2026", "20", "9"],
               ["08/14/2026", "16", "8"]]),
    "C-SSRS screen 08/14/2026: negative. No lifetime history of suicidal behavior reported.",
    ("h", "Diagnoses on file"),
    "F33.1 MDD, recurrent, moderate; F90.0 ADHD, predominantly inattentive; E03.9 hypothyroidism.",
    ("h", "Pharmacist recommendations"),
    "Consider lithium augmentation (level, renal and thyroid labs first) or a referral for TMS. Avoid "
    "re-challenge with brexpiprazole. Mother's response to phenelzine noted by patient; MAOI not recommended "
    "with current regimen.",
]
CASES.append({
    "slug": "02-larkspur-pharmacist-med-review",
    "desc": "clinical pharmacist's medication review, DOCX; brand (generic) names in a trials table; allergy "
            "section with an antipsychotic; current-med table with hypnotic trazodone; never-filled lithium",
    "docs": [(F2, "docx", [d2], {})],
    "truth": {
        "_note": "All people, clinics and numbers in this case are fictional. Duloxetine 'remitted for about a "
                 "year, relapsed ... despite adherence' = relapse. Mirtazapine is an antidepressant added 'for "
                 "augmentation' = augmentation. Auvelity is ongoing (end null), 'modest benefit' = partial. CBT "
                 "'mood unchanged' = no_response. Not rows: haloperidol (allergy/intolerance list), trazodone "
                 "50 mg qhs PRN sleep (hypnotic dose), atomoxetine and levothyroxine (current non-depression "
                 "meds), lithium (prescribed, never filled), phenelzine (mother), lithium/TMS (recommendations). "
                 "C-SSRS 'negative' screen is not a scale row; it gives suicidality none.",
        "history": [
            H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2018-03", "2019-01",
              "partial responder; switched for residual symptoms", "partial_response", F2, 1,
              "Prozac (fluoxetine) Mar 2018 - Jan 2019 40 mg partial responder; switched for residual symptoms"),
            H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2019-02", "2019-08",
              "d/c'd due to GI upset and night sweats", "side_effects", F2, 1,
              "Effexor XR (venlafaxine) Feb 2019 - Aug 2019 225 mg d/c'd due to GI upset and night sweats"),
            H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2019-10", "2020-04",
              "no appreciable benefit", "no_response", F2, 1,
              "Trintellix (vortioxetine) Oct 2019 - Apr 2020 20 mg no appreciable benefit"),
            H("mirtazapine", "tetracyclic antidepressant", "augmentation", "30 mg qhs", "2020-01", "2020-04",
              "weight gain 9 kg, stopped", "side_effects", F2, 1,
              "Remeron (mirtazapine) added to Trintellix for augmentation Jan 2020 - Apr 2020 30 mg qhs weight gain 9 kg, stopped"),
            H("duloxetine", "SNRI", "antidepressant", "60 mg", "2020-06", "2021-12",
              "remitted for about a year, relapsed Nov 2021 despite adherence", "relapse", F2, 1,
              "Cymbalta (duloxetine) Jun 2020 - Dec 2021 60 mg remitted for about a year, relapsed Nov 2021 despite adherence"),
            H("brexpiprazole", "atypical antipsychotic", "augmentation", "1 mg", "2022-01", "2022-02",
              "akathisia after 3 weeks, stopped", "side_effects", F2, 1,
              "Rexulti (brexpiprazole) adjunct to duloxetine Jan 2022 - Feb 2022 1 mg akathisia after 3 weeks, stopped"),
            H("dextromethorphan-bupropion", "NMDA antagonist / NDRI", "antidepressant", "45/105 mg BID", "2025-05",
              None, "modest benefit, PHQ-9 still >15", "partial_response", F2, 1,
              "Auvelity (dextromethorphan-bupropion) May 2025 - present 45/105 mg BID modest benefit, PHQ-9 still >15"),
            H("CBT", "psychotherapy", "psychotherapy", "14 sessions", "2020-09", "2020-12",
              "useful coping skills, mood unchanged", "no_response", F2, 1,
              "CBT with a community therapist, 14 sessions, Sept-Dec 2020: useful coping skills, mood unchanged."),
        ],
        "scales": [
            S("PHQ-9", 20, "2026-05-11", F2, 1, "05/11/2026 20 9"),
            S("GAD-7", 9, "2026-05-11", F2, 1, "05/11/2026 20 9"),
            S("PHQ-9", 16, "2026-08-14", F2, 1, "08/14/2026 16 8"),
            S("GAD-7", 8, "2026-08-14", F2, 1, "08/14/2026 16 8"),
        ],
        "diagnoses": [
            D("F33.1", F2, 1, "F33.1 MDD, recurrent, moderate"),
            D("F90.0", F2, 1, "F90.0 ADHD, predominantly inattentive"),
            D("E03.9", F2, 1, "E03.9 hypothyroidism"),
        ],
        "suicidality": SI("none", F2, 1, "C-SSRS screen 08/14/2026: negative. No lifetime history of suicidal "
                                         "behavior reported."),
    },
})

# =====================================================================================================
# 03  primary-care referral letter to psychiatry, PDF (Times), prose; "x 12 weeks", relative dates
# =====================================================================================================
F3 = "referral_letter_brightwater_2026-10-05.pdf"
p3a = [
    ("h", "BRIGHTWATER FAMILY MEDICINE (FICTIONAL)"),
    "1187 Quillfeather Road, Suite 4, Ashgrove Flats (FICTIONAL) - Tel 555-0147 - Fax 555-0148",
    "October 5, 2026",
    "Dr. Tomasz Ferreira-Lund (FICTIONAL), Ashgrove Flats Behavioral Health, Adult Psychiatry Intake",
    "Re: Ingrid Vasquez-Tolland (FICTIONAL), DOB 11/30/1990. " + FICT,
    "Dear Dr. Ferreira-Lund,",
    "Thank you for seeing Ms. Vasquez-Tolland, a 35-year-old teacher whom I have treated for depression since "
    "early 2024, for an opinion on treatment-resistant depression and on whether she is a candidate for "
    "neuromodulation or esketamine.",
    "I started her on sertraline in January 2024 and titrated to 150 mg; she reported no appreciable benefit "
    "at 150 mg x 12 weeks, so we stopped it in April 2024. Venlafaxine XR was started in May 2024 and "
    "increased to 150 mg; she stopped it herself in early August 2024 because of nausea and palpitations. "
    "Mirtazapine 15 mg was prescribed in September 2024 but she never started it, worried about weight. Since "
    "October of last year she has taken bupropion XL 300 mg daily; her husband says she is 'more herself', "
    "and I would call it a partial response, but she remains unable to work full time.",
    "Over the spring of this year she completed 10 sessions of telehealth CBT through her employer's EAP, "
    "which she found supportive, though her mood did not change.",
    "She has never tried an MAOI, lithium or an antipsychotic. Her mother did well on fluoxetine in the 1990s. "
    "Three months ago she asked about TMS; I have not referred her for it. If she does not respond to your "
    "next step, I understand lithium or an antipsychotic could be considered.",
    "PHQ-9 scores: 21 in January 2024, and 16 on 22 September 2026. GAD-7 on 22 September 2026 was 8.",
    "She denies current suicidal thoughts. She has had fleeting thoughts that her family would be better off "
    "without her, most recently in August, without intent or plan. No past attempts.",
    "Problem list: F33.1 major depressive disorder, recurrent, moderate; E03.9 hypothyroidism (levothyroxine "
    "100 mcg, TSH 2.1 in July); Z87.891 former smoker.",
    "Current medications: bupropion XL 300 mg daily, levothyroxine 100 mcg daily, ibuprofen as needed.",
    "With thanks and kind regards,",
    "Hanne Okafor-Billings, MD (FICTIONAL), Family Medicine",
]
CASES.append({
    "slug": "03-brightwater-pcp-referral-letter",
    "desc": "family physician's referral letter, one-page PDF (Times) in prose; 'x 12 weeks', 'since October of "
            "last year', 'over the spring of this year'; never-started mirtazapine; mother's fluoxetine",
    "docs": [(F3, "pdf", [p3a], {"font": "Times", "size": 10})],
    "truth": {
        "_note": "All people, clinics and numbers in this case are fictional. Dates relative to the letter "
                 "(2026-10-05): bupropion 'since October of last year' = 2025-10, ongoing; CBT 'over the spring "
                 "of this year' = 2026 (season -> year). Sertraline 'January 2024 ... x 12 weeks ... stopped in "
                 "April 2024'. Venlafaxine stopped for nausea/palpitations = side_effects. Not rows: mirtazapine "
                 "(prescribed, never started), MAOI/lithium/antipsychotic (never tried; 'could be considered'), "
                 "mother's fluoxetine, TMS (asked about, not referred), esketamine (question), levothyroxine and "
                 "ibuprofen (not depression trials). Suicidality passive (fleeting thoughts family better off, "
                 "August, no intent/plan). PHQ-9 'January 2024' has a month-only date.",
        "history": [
            H("sertraline", "SSRI", "antidepressant", "150 mg", "2024-01", "2024-04",
              "no appreciable benefit at 150 mg x 12 weeks", "no_response", F3, 1,
              "she reported no appreciable benefit at 150 mg x 12 weeks, so we stopped it in April 2024"),
            H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2024-05", "2024-08",
              "stopped it herself because of nausea and palpitations", "side_effects", F3, 1,
              "she stopped it herself in early August 2024 because of nausea and palpitations"),
            H("bupropion", "NDRI", "antidepressant", "300 mg daily", "2025-10", None,
              "partial response", "partial_response", F3, 1,
              "Since October of last year she has taken bupropion XL 300 mg daily"),
            H("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2026", "2026",
              "supportive, though her mood did not change", "no_response", F3, 1,
              "she completed 10 sessions of telehealth CBT through her employer's EAP, which she found "
              "supportive, though her mood did not change."),
        ],
        "scales": [
            S("PHQ-9", 21, "2024-01", F3, 1, "PHQ-9 scores: 21 in January 2024"),
            S("PHQ-9", 16, "2026-09-22", F3, 1, "16 on 22 September 2026"),
            S("GAD-7", 8, "2026-09-22", F3, 1, "GAD-7 on 22 September 2026 was 8."),
        ],
        "diagnoses": [
            D("F33.1", F3, 1, "F33.1 major depressive disorder, recurrent, moderate"),
            D("E03.9", F3, 1, "E03.9 hypothyroidism"),
            D("Z87.891", F3, 1, "Z87.891 former smoker."),
        ],
        "suicidality": SI("passive", F3, 1, "She has had fleeting thoughts that her family would be better off "
                                            "without her, most recently in August, without intent or plan."),
    },
})

# =====================================================================================================
# 04  TMS course summary, two-page PDF with a weekly scales table and a prior-trials list
# =====================================================================================================
F4 = "cedar_hollow_tms_summary.pdf"
p4a = [
    ("h", "CEDAR HOLLOW NEUROMODULATION CENTER (FICTIONAL)"),
    ("h", "rTMS Treatment Summary"),
    "Patient: Wendeline Achterberg-Moss (FICTIONAL)   DOB 07/22/1968   Referring: Dr. K. Oyelaran   " + FICT,
    "Indication: F33.2 Major depressive disorder, recurrent, severe without psychotic features. Comorbid "
    "F43.10 post-traumatic stress disorder, unspecified.",
    "Course: 10 Hz rTMS to the left DLPFC, 120% MT, 3000 pulses per session. 36 sessions (30 daily + 6 taper) "
    "from 03/02/2026 to 04/24/2026. No missed sessions; one session shortened for scalp discomfort.",
    ("h", "Rating scales during the course"),
    ("table", [["Timepoint", "Date", "PHQ-9", "MADRS"],
               ["Baseline", "02/26/2026", "24", "32"],
               ["Week 3", "03/20/2026", "18", "-"],
               ["Week 6", "04/10/2026", "13", "-"],
               ["End of course", "04/24/2026", "11", "18"]]),
    ("h", "Outcome"),
    "Partial responder: MADRS 32 to 18 (44% reduction), short of response and remission criteria. Sleep and "
    "energy improved most; anhedonia persists.",
    "C-SSRS at baseline: passive ideation (wish to be dead), no intent, no behavior. C-SSRS at end of course: "
    "no ideation.",
]
p4b = [
    ("h", "Treatment history before TMS (from referral and pharmacy records)"),
    "- Citalopram 40 mg, 2021 x 4 months: no response.",
    "- Desvenlafaxine 100 mg, spring 2022: d/c'd after 3 weeks due to GI upset.",
    "- Nortriptyline 75 mg, 09/2022 - 05/2023 (level 92 ng/mL): partial response, stopped for constipation "
    "and orthostasis.",
    "- Lamotrigine 150 mg adjunct to nortriptyline, 2023: no appreciable benefit.",
    "- DBT skills group, 24 weekly sessions, 2024: completed; fewer crises, depression unchanged.",
    "- Sertraline 200 mg since 01/2025, continued through and after the TMS course.",
    "ECT was offered in 2025 and declined by the patient. No prior ketamine or esketamine. Brother treated "
    "with ECT for bipolar depression.",
    ("h", "Recommendations"),
    "Maintenance TMS could be considered if symptoms return. Esketamine nasal spray is a reasonable next "
    "option; prior authorization pending. Continue sertraline 200 mg.",
    "Signed: Benedikt Narváez, MD (FICTIONAL), Medical Director, 04/28/2026",
]
CASES.append({
    "slug": "04-cedar-hollow-tms-summary",
    "desc": "rTMS course summary, two-page PDF; 36 sessions; PHQ-9/MADRS in a weekly table; C-SSRS in words; "
            "prior-trials dash list on p. 2; ECT declined",
    "docs": [(F4, "pdf", [p4a, p4b], {})],
    "truth": {
        "_note": "All people, clinics and numbers in this case are fictional. Nortriptyline: partial response "
                 "but STOPPED for constipation/orthostasis = side_effects. Desvenlafaxine 'spring 2022' -> 2022, "
                 "'after 3 weeks' -> end 2022. Citalopram '2021 x 4 months' -> 2021/2021. Sertraline ongoing with "
                 "no outcome stated = unknown. C-SSRS given in words only (no number): not scale rows; baseline "
                 "passive ideation gives suicidality passive (end-of-course 'no ideation' is later). Not rows: "
                 "ECT (declined), ketamine/esketamine (none; PA pending), brother's ECT, maintenance TMS "
                 "(could be considered).",
        "history": [
            H("TMS", "TMS", "neuromodulation", "36 sessions", "2026-03-02", "2026-04-24",
              "partial responder: MADRS 32 to 18 (44% reduction)", "partial_response", F4, 1,
              "Partial responder: MADRS 32 to 18 (44% reduction)"),
            H("citalopram", "SSRI", "antidepressant", "40 mg", "2021", "2021", "no response", "no_response", F4, 2,
              "Citalopram 40 mg, 2021 x 4 months: no response."),
            H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2022", "2022",
              "d/c'd after 3 weeks due to GI upset", "side_effects", F4, 2,
              "Desvenlafaxine 100 mg, spring 2022: d/c'd after 3 weeks due to GI upset."),
            H("nortriptyline", "TCA", "antidepressant", "75 mg", "2022-09", "2023-05",
              "partial response, stopped for constipation and orthostasis", "side_effects", F4, 2,
              "Nortriptyline 75 mg, 09/2022 - 05/2023 (level 92 ng/mL): partial response, stopped for "
              "constipation and orthostasis."),
            H("lamotrigine", "anticonvulsant", "augmentation", "150 mg", "2023", "2023",
              "no appreciable benefit", "no_response", F4, 2,
              "Lamotrigine 150 mg adjunct to nortriptyline, 2023: no appreciable benefit."),
            H("DBT skills group", "psychotherapy", "psychotherapy", "24 weekly sessions", "2024", "2024",
              "completed; fewer crises, depression unchanged", "no_response", F4, 2,
              "DBT skills group, 24 weekly sessions, 2024: completed; fewer crises, depression unchanged."),
            H("sertraline", "SSRI", "antidepressant", "200 mg", "2025-01", None,
              None, "unknown", F4, 2,
              "Sertraline 200 mg since 01/2025, continued through and after the TMS course."),
        ],
        "scales": [
            S("PHQ-9", 24, "2026-02-26", F4, 1, "Baseline 02/26/2026 24 32"),
            S("MADRS", 32, "2026-02-26", F4, 1, "Baseline 02/26/2026 24 32"),
            S("PHQ-9", 18, "2026-03-20", F4, 1, "Week 3 03/20/2026 18 -"),
            S("PHQ-9", 13, "2026-04-10", F4, 1, "Week 6 04/10/2026 13 -"),
            S("PHQ-9", 11, "2026-04-24", F4, 1, "End of course 04/24/2026 11 18"),
            S("MADRS", 18, "2026-04-24", F4, 1, "End of course 04/24/2026 11 18"),
        ],
        "diagnoses": [
            D("F33.2", F4, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features."),
            D("F43.10", F4, 1, "F43.10 post-traumatic stress disorder, unspecified."),
        ],
        "suicidality": SI("passive", F4, 1, "C-SSRS at baseline: passive ideation (wish to be dead), no intent, "
                                            "no behavior."),
    },
})

# =====================================================================================================
# 05  pain clinic follow-up, two-page PDF; duloxetine for pain, gabapentinoid, PT sessions, nerve block
# =====================================================================================================
F5 = "sable_ridge_pain_followup_2026-08-19.pdf"
p5a = [
    ("h", "SABLE RIDGE PAIN & SPINE (FICTIONAL) - FOLLOW-UP VISIT"),
    "Patient: Margarethe Ilunga-Fairweather (FICTIONAL)   Age 58   DOS 08/19/2026   Provider: Jonah Castellanos, "
    "MD, Pain Medicine (FICTIONAL)   " + FICT,
    ("h", "CC"),
    "Chronic axial low back pain, bilateral, worse with standing; low mood.",
    ("h", "HPI"),
    "Pain 7/10 at rest today, up to 9/10 after housework. At the last visit (05/20/2026) pain was 8/10. "
    "Duloxetine 60 mg daily since 03/2025: pain down about two points and mood somewhat better, a partial "
    "response she wants to keep. Sleep poor.",
    ("h", "Prior treatments for pain"),
    "Physical therapy, 12 sessions, Jan-Mar 2025: no lasting benefit. Gabapentin titrated to 1800 mg/day in "
    "2023, stopped after two months because of dizziness and falls. Amitriptyline 25 mg qhs (2022): d/c'd due "
    "to dry mouth and next-day grogginess. Cyclobenzaprine 10 mg tid, summer 2022: no appreciable benefit. "
    "Bilateral L4-5 and L5-S1 medial branch blocks 11/2025: less than 30% relief, not a candidate for "
    "radiofrequency ablation.",
    "She has not had spinal cord stimulation. Long-term opioids were offered by a previous clinic and declined "
    "by the patient. Has never taken milnacipran or pregabalin.",
]
p5b = [
    ("h", "Screening"),
    ("table", [["Measure", "Score"], ["PHQ-9", "14"], ["GAD-7", "10"]]),
    "Denies suicidal ideation. No history of self-harm.",
    ("h", "Exam"),
    "Paraspinal tenderness L3-S1, pain with extension and facet loading, SLR negative bilaterally, strength 5/5.",
    ("h", "Assessment"),
    "1. M47.816 Lumbar spondylosis without myelopathy or radiculopathy.",
    "2. G89.29 Other chronic pain.",
    "3. F33.1 Major depressive disorder, recurrent, moderate - followed by Dr. Sato (psychiatry).",
    ("h", "Plan"),
    "Continue duloxetine 60 mg. Consider a trial of pregabalin at a low dose. Will discuss IV ketamine for pain "
    "and depression with Dr. Sato. Home exercise program. RTC 3 months.",
]
CASES.append({
    "slug": "05-sable-ridge-pain-clinic",
    "desc": "pain-medicine follow-up, two-page PDF; duloxetine for pain (antidepressant kind), gabapentin, TCA, "
            "muscle relaxant, PT sessions and medial branch blocks; pain NRS in prose and PHQ-9/GAD-7 table",
    "docs": [(F5, "pdf", [p5a, p5b], {})],
    "truth": {
        "_note": "All people, clinics and numbers in this case are fictional. Duloxetine for pain stays kind "
                 "antidepressant, ongoing. Gabapentin '2023 ... two months' -> 2023/2023. Cyclobenzaprine "
                 "'summer 2022' -> 2022. 'up to 9/10 after housework' is a range statement, not a separate "
                 "score (debatable). Not rows: spinal cord stimulation (never), opioids (declined), milnacipran, "
                 "pregabalin (never / 'consider'), IV ketamine (will discuss), radiofrequency ablation (not a "
                 "candidate). PHQ-9 and GAD-7 in the p. 2 table take the note date.",
        "history": [
            H("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2025-03", None,
              "pain down about two points and mood somewhat better, a partial response", "partial_response", F5, 1,
              "Duloxetine 60 mg daily since 03/2025: pain down about two points and mood somewhat better, a "
              "partial response she wants to keep."),
            H("physical therapy", "physical therapy", "other", "12 sessions", "2025-01", "2025-03",
              "no lasting benefit", "no_response", F5, 1,
              "Physical therapy, 12 sessions, Jan-Mar 2025: no lasting benefit."),
            H("gabapentin", "gabapentinoid", "other", "1800 mg/day", "2023", "2023",
              "stopped after two months because of dizziness and falls", "side_effects", F5, 1,
              "Gabapentin titrated to 1800 mg/day in 2023, stopped after two months because of dizziness and falls."),
            H("amitriptyline", "TCA", "antidepressant", "25 mg qhs", "2022", "2022",
              "d/c'd due to dry mouth and next-day grogginess", "side_effects", F5, 1,
              "Amitriptyline 25 mg qhs (2022): d/c'd due to dry mouth and next-day grogginess."),
            H("cyclobenzaprine", "muscle relaxant", "other", "10 mg tid", "2022", "2022",
              "no appreciable benefit", "no_response", F5, 1,
              "Cyclobenzaprine 10 mg tid, summer 2022: no appreciable benefit."),
            H("medial branch block", "nerve block", "other", None, "2025-11", "2025-11",
              "less than 30% relief", "no_response", F5, 1,
              "Bilateral L4-5 and L5-S1 medial branch blocks 11/2025: less than 30% relief"),
        ],
        "scales": [
            S("pain NRS", 7, "2026-08-19", F5, 1, "Pain 7/10 at rest today"),
            S("pain NRS", 8, "2026-05-20", F5, 1, "At the last visit (05/20/2026) pain was 8/10."),
            S("PHQ-9", 14, "2026-08-19", F5, 2, "PHQ-9 14"),
            S("GAD-7", 10, "2026-08-19", F5, 2, "GAD-7 10"),
        ],
        "diagnoses": [
            D("M47.816", F5, 2, "M47.816 Lumbar spondylosis without myelopathy or radiculopathy."),
            D("G89.29", F5, 2, "G89.29 Other chronic pain."),
            D("F33.1", F5, 2, "F33.1 Major depressive disorder, recurrent, moderate"),
        ],
        "suicidality": SI("none", F5, 2, "Denies suicidal ideation. No history of self-harm."),
    },
})

# =====================================================================================================
# 06  handwritten-style progress note, scanned to an image-only PDF; terse abbreviations; past attempt
# =====================================================================================================
F6 = "handwritten_note_12nov2026.pdf"
p6 = [("pre", "\n".join([
    "Pt: Lorcan Abernethy-Sato (FICTIONAL)",
    "12 Nov 2026 - Dr. E. Vantongeren (FICTIONAL)",
    "F/u MDD recurrent severe - F33.2",
    "Meds tried:",
    "- Zoloft 100mg Feb 2025 d/c'd after 3 wks, GI upset",
    "- Wellbutrin XL 300 Apr-Sep 2025, no appreciable benefit",
    "- Effexor XR 225mg Oct 2025 - Jun 2026, partial responder",
    "- + Seroquel 100mg qhs to augment 1/26-3/26,",
    "    wt gain 6kg, stopped",
    "Therapy: IPT 12 sessions 2025 - no change in mood",
    "Hx SA 2019 - OD on APAP, ICU x2d (Z91.51)",
    "Today denies SI, no plan.",
    "PHQ-9 today 21",
    "Now on Lexapro 20mg since Jul 2026",
    "Plan: Spravato if PA approved. ?lithium.",
    "No ECT - pt declines.",
    "FICTIONAL record",
]))]
CASES.append({
    "slug": "06-vantongeren-handwritten-scan",
    "desc": "handwritten-style progress note scanned to an image-only PDF (no text layer); brand names, "
            "'1/26-3/26', past overdose (attempt) with a current denial",
    "docs": [(F6, "hand", [p6], {"seed": 61})],
    "truth": {
        "_note": "All people, clinics and numbers in this case are fictional. Image-only PDF: text from OCR of "
                 "handwriting-style glyphs. Quetiapine '1/26-3/26' = 2026-01 to 2026-03, augmentation, stopped "
                 "for weight gain. Sertraline 'Feb 2025 ... after 3 wks' -> 2025-02/2025-02 (or 2025-03). "
                 "Escitalopram (Lexapro) ongoing since 2026-07 with no outcome = unknown. Suicidality attempt "
                 "(2019 overdose); a latest-note rule gives none. Not rows: Spravato (if PA approved), lithium "
                 "('?lithium'), ECT (declines).",
        "history": [
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-02", "2025-02",
              "d/c'd after 3 wks, GI upset", "side_effects", F6, 1,
              "Zoloft 100mg Feb 2025 d/c'd after 3 wks, GI upset"),
            H("bupropion", "NDRI", "antidepressant", "300 mg", "2025-04", "2025-09",
              "no appreciable benefit", "no_response", F6, 1,
              "Wellbutrin XL 300 Apr-Sep 2025, no appreciable benefit"),
            H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2025-10", "2026-06",
              "partial responder", "partial_response", F6, 1,
              "Effexor XR 225mg Oct 2025 - Jun 2026, partial responder"),
            H("quetiapine", "atypical antipsychotic", "augmentation", "100 mg qhs", "2026-01", "2026-03",
              "wt gain 6kg, stopped", "side_effects", F6, 1,
              "+ Seroquel 100mg qhs to augment 1/26-3/26, wt gain 6kg, stopped"),
            H("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2025", "2025",
              "no change in mood", "no_response", F6, 1, "IPT 12 sessions 2025 - no change in mood"),
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2026-07", None, None, "unknown", F6, 1,
              "Now on Lexapro 20mg since Jul 2026"),
        ],
        "scales": [
            S("PHQ-9", 21, "2026-11-12", F6, 1, "PHQ-9 today 21"),
        ],
        "diagnoses": [
            D("F33.2", F6, 1, "F/u MDD recurrent severe - F33.2"),
            D("Z91.51", F6, 1, "Hx SA 2019 - OD on APAP, ICU x2d (Z91.51)"),
        ],
        "suicidality": SI("attempt", F6, 1, "Hx SA 2019 - OD on APAP, ICU x2d"),
    },
})

# =====================================================================================================
# 07  phone photo (JPEG) of a printed ECT/treatment summary with day-first dates + a TXT progress note
# =====================================================================================================
F7a = "photo_prior_treatment_summary.jpg"
F7b = "progress_note_2026-11-20.txt"
p7a = [
    ("h", "KILBRANNAN UNIVERSITY HOSPITAL (FICTIONAL) - DEPARTMENT OF PSYCHIATRY"),
    ("h", "Treatment Summary for transfer of care (dates are DD/MM/YYYY)"),
    "Patient: Siobhan Aldous-Nakamura (FICTIONAL), DOB 19/08/1987. " + FICT,
    "Phenelzine 60 mg daily, 14/01/2023 to 28/05/2023: stopped due to orthostatic hypotension with two "
    "faints.",
    "Lithium augmentation of phenelzine was not attempted. Lithium 800 mg with escitalopram 20 mg, 15/06/2024 "
    "to 20/12/2024 (levels 0.6-0.8): no appreciable benefit.",
    "Escitalopram 20 mg, 02/2024 to 12/2024: no response.",
    "ECT: 14 treatments, right unilateral ultrabrief pulse, from 03/02/2025 to 27/03/2025. Remitted: MADRS 34 "
    "on 29/01/2025 before the course and 8 on 28/03/2025 after it.",
    "Continuation: nortriptyline 75 mg from 04/2025 (level 110 ng/mL). Maintenance ECT was offered and "
    "declined.",
    "Diagnosis: F33.2 recurrent depressive disorder, current episode severe.",
    "Signed: Dr. Fionnuala Rasmussen-Oduya, Consultant Psychiatrist (FICTIONAL), 30/04/2025",
]
t7 = [
    ("h", "WILLOWMERE PSYCHIATRY PLLC (FICTIONAL)"),
    ("h", "PROGRESS NOTE - 11/20/2026"),
    "Patient: Siobhan Aldous-Nakamura (FICTIONAL)   Clinician: Marcus Delacroix-Whitby, PMHNP (FICTIONAL)   " + FICT,
    "S: 39 y/o F, moved from Ireland in 2025, transferring care. Photo of her prior hospital's treatment summary "
    "is in the chart. Says ECT 'gave me my life back' in 2025. On nortriptyline 75 mg since then; relapsed "
    "around 11/2025 despite a therapeutic level and has not recovered. Now anhedonic, not working.",
    "Also completed 8 sessions of MBCT in a group in early 2026, which she liked; no change in mood.",
    "PHQ-9 22.",
    "Safety: No current SI. Distant history of active SI with a plan to drown herself in 2024, never acted on; "
    "no attempts.",
    "A: F33.2, MDD, recurrent, severe without psychotic features.",
    "P: Will request a second acute ECT course. Consider tapering nortriptyline after ECT. Esketamine "
    "discussed as an alternative; she prefers ECT.",
]
CASES.append({
    "slug": "07-kilbrannan-photo-and-transfer-note",
    "desc": "phone photo (JPEG) of a printed hospital treatment summary with day-first dates (ECT 14 "
            "treatments, remitted) + a TXT transfer-of-care progress note (relapse on continuation "
            "nortriptyline, MBCT 8 sessions, distant active SI)",
    "docs": [(F7a, "photo", [p7a], {"seed": 71}), (F7b, "txt", [t7], {})],
    "truth": {
        "_note": "All people, clinics and numbers in this case are fictional. The photo's dates are day-first "
                 "(stated on the page): ECT 03/02/2025 = 3 Feb 2025, to 27 Mar 2025. Nortriptyline "
                 "continuation from 04/2025, relapsed 11/2025, still taken (end null) = relapse; it is named in "
                 "both documents, sourced at the TXT where the outcome is. Lithium is augmentation of "
                 "escitalopram (the 'not attempted' phenelzine augmentation is not a row). MBCT 'early 2026' -> "
                 "2026. Suicidality active (2024 plan, never acted; 'No current SI'). Not rows: maintenance ECT "
                 "(declined), second ECT course (will request), esketamine (discussed).",
        "history": [
            H("phenelzine", "MAOI", "antidepressant", "60 mg daily", "2023-01-14", "2023-05-28",
              "stopped due to orthostatic hypotension with two faints", "side_effects", F7a, 1,
              "Phenelzine 60 mg daily, 14/01/2023 to 28/05/2023: stopped due to orthostatic hypotension"),
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2024-02", "2024-12", "no response",
              "no_response", F7a, 1, "Escitalopram 20 mg, 02/2024 to 12/2024: no response."),
            H("lithium", "mood stabilizer", "augmentation", "800 mg", "2024-06-15", "2024-12-20",
              "no appreciable benefit", "no_response", F7a, 1,
              "Lithium 800 mg with escitalopram 20 mg, 15/06/2024 to 20/12/2024 (levels 0.6-0.8): no "
              "appreciable benefit."),
            H("ECT", "ECT", "neuromodulation", "14 treatments", "2025-02-03", "2025-03-27",
              "Remitted: MADRS 34 before the course and 8 after it", "remission", F7a, 1,
              "ECT: 14 treatments, right unilateral ultrabrief pulse, from 03/02/2025 to 27/03/2025. Remitted"),
            H("nortriptyline", "TCA", "antidepressant", "75 mg", "2025-04", None,
              "relapsed around 11/2025 despite a therapeutic level", "relapse", F7b, 1,
              "On nortriptyline 75 mg since then; relapsed around 11/2025 despite a therapeutic level"),
            H("MBCT", "psychotherapy", "psychotherapy", "8 sessions", "2026", "2026",
              "liked it; no change in mood", "no_response", F7b, 1,
              "completed 8 sessions of MBCT in a group in early 2026, which she liked; no change in mood."),
        ],
        "scales": [
            S("MADRS", 34, "2025-01-29", F7a, 1, "MADRS 34 on 29/01/2025 before the course"),
            S("MADRS", 8, "2025-03-28", F7a, 1, "8 on 28/03/2025 after it"),
            S("PHQ-9", 22, "2026-11-20", F7b, 1, "PHQ-9 22."),
        ],
        "diagnoses": [
            D("F33.2", F7a, 1, "Diagnosis: F33.2 recurrent depressive disorder, current episode severe."),
        ],
        "suicidality": SI("active", F7b, 1, "Distant history of active SI with a plan to drown herself in 2024, "
                                            "never acted on; no attempts."),
    },
})

# =====================================================================================================
# 08  inpatient discharge summary, two-page PDF; admission for active SI; PRNs; lithium started inpatient
# =====================================================================================================
F8 = "st_aldric_discharge_summary.pdf"
p8a = [
    ("h", "ST. ALDRIC BEHAVIORAL HEALTH HOSPITAL (FICTIONAL)"),
    ("h", "DISCHARGE SUMMARY"),
    "Patient: Teodoro Blackwood-Inoue (FICTIONAL)   MRN SA-771-2094   Admitted 10/02/2026   Discharged "
    "10/16/2026   Attending: Claudette Revel-Amari, MD (FICTIONAL)   " + FICT,
    ("h", "Reason for admission"),
    "Brought in by his partner after disclosing active suicidal ideation with a plan to overdose on stockpiled "
    "medication; no attempt was made. C-SSRS on admission: most severe ideation 5 (active ideation with "
    "specific plan and intent); no suicidal behavior.",
    ("h", "Hospital course"),
    "Admitted to the open unit on 15-minute checks. Venlafaxine XR 300 mg (home medication since 06/2025, no "
    "appreciable benefit at that dose) was continued pending outpatient review. Lithium carbonate was started "
    "on 10/05/2026 for augmentation and titrated to 600 mg at bedtime; level 0.6 mmol/L on 10/14; tolerated, "
    "too early to judge effect. Participated in milieu, group therapy and individual supportive therapy. "
    "Received lorazepam 1 mg PRN x 3 doses for anxiety and olanzapine 5 mg PRN x 1 for agitation on day 2.",
    "PHQ-9 was 26 on admission (10/02) and 19 at discharge (10/16). C-SSRS at discharge: ideation 0; he "
    "denies SI and contracts with his outpatient safety plan.",
]
p8b = [
    ("h", "Past psychiatric history"),
    "First episode in college: fluoxetine 20-40 mg (about 2014) - remitted, tapered off after a year. "
    "Escitalopram 20 mg 2019-2021 - partial response. Quetiapine XR 150 mg added to escitalopram in 2021 - "
    "sedation and weight gain, stopped after 2 months. No prior hospitalizations or attempts. ECT was "
    "recommended during this admission; patient declined. Has not tried TMS. Family history: mother with "
    "bipolar disorder, lithium-responsive.",
    ("h", "Discharge diagnoses"),
    "F33.2 Major depressive disorder, recurrent, severe without psychotic features",
    "F41.1 Generalized anxiety disorder",
    "R45.851 Suicidal ideations",
    ("h", "Discharge medications"),
    "Venlafaxine XR 300 mg daily; lithium carbonate 600 mg qhs (level in 1 week); trazodone 50 mg qhs prn sleep.",
    ("h", "Follow-up"),
    "Outpatient psychiatry 10/21/2026; IOP intake 10/19/2026. Consider esketamine if no response to lithium "
    "by 6-8 weeks.",
]
CASES.append({
    "slug": "08-st-aldric-discharge-summary",
    "desc": "inpatient discharge summary, two-page PDF; admission for active SI with a numbered C-SSRS; lithium "
            "augmentation started inpatient; PRNs and inpatient group/individual therapy; past history on p. 2",
    "docs": [(F8, "pdf", [p8a, p8b], {})],
    "truth": {
        "_note": "All people, clinics and numbers in this case are fictional. Lithium started inpatient "
                 "2026-10-05, continued at discharge, 'too early to judge' = unknown. Venlafaxine continued "
                 "(end null), no_response. Fluoxetine 'about 2014 ... tapered off after a year' -> 2014/2015, "
                 "remission. Quetiapine stopped for sedation/weight gain = side_effects. C-SSRS given "
                 "as numbers (5 on admission, 0 at discharge) = scale rows. Suicidality active (admission); a "
                 "latest-note rule gives none. Not rows: lorazepam/olanzapine PRN, milieu, group and individual "
                 "supportive therapy in hospital, ECT (declined), TMS (not tried), mother's lithium, trazodone "
                 "50 mg qhs prn sleep, esketamine (consider).",
        "history": [
            H("venlafaxine", "SNRI", "antidepressant", "300 mg", "2025-06", None,
              "no appreciable benefit at that dose", "no_response", F8, 1,
              "Venlafaxine XR 300 mg (home medication since 06/2025, no appreciable benefit at that dose)"),
            H("lithium", "mood stabilizer", "augmentation", "600 mg at bedtime", "2026-10-05", None,
              "tolerated, too early to judge effect", "unknown", F8, 1,
              "Lithium carbonate was started on 10/05/2026 for augmentation and titrated to 600 mg at bedtime"),
            H("fluoxetine", "SSRI", "antidepressant", "20-40 mg", "2014", "2015",
              "remitted, tapered off after a year", "remission", F8, 2,
              "fluoxetine 20-40 mg (about 2014) - remitted, tapered off after a year."),
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2019", "2021", "partial response",
              "partial_response", F8, 2, "Escitalopram 20 mg 2019-2021 - partial response."),
            H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2021", "2021",
              "sedation and weight gain, stopped after 2 months", "side_effects", F8, 2,
              "Quetiapine XR 150 mg added to escitalopram in 2021 - sedation and weight gain, stopped after 2 months."),
        ],
        "scales": [
            S("C-SSRS", 5, "2026-10-02", F8, 1, "C-SSRS on admission: most severe ideation 5"),
            S("PHQ-9", 26, "2026-10-02", F8, 1, "PHQ-9 was 26 on admission (10/02)"),
            S("PHQ-9", 19, "2026-10-16", F8, 1, "19 at discharge (10/16)"),
            S("C-SSRS", 0, "2026-10-16", F8, 1, "C-SSRS at discharge: ideation 0"),
        ],
        "diagnoses": [
            D("F33.2", F8, 2, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
            D("F41.1", F8, 2, "F41.1 Generalized anxiety disorder"),
            D("R45.851", F8, 2, "R45.851 Suicidal ideations"),
        ],
        "suicidality": SI("active", F8, 1, "active suicidal ideation with a plan to overdose on stockpiled "
                                           "medication; no attempt was made."),
    },
})

# =====================================================================================================
# 09  prior-authorization form for esketamine filled by a clinic, DOCX with tables and checkboxes
# =====================================================================================================
F9 = "northgate_pa_form_esketamine.docx"
d9 = [
    ("h", "NORTHGATE PLAINS HEALTH PLAN (FICTIONAL)"),
    ("h", "Prior Authorization Request - Esketamine (Spravato) nasal spray"),
    "Fax completed form to 555-0190. " + FICT,
    ("table", [["Member name", "Gwendolyn Pereira-Strand (FICTIONAL)"],
               ["Member ID", "NPH-5519-0034 (FICTIONAL)"],
               ["Date of birth", "03/14/1972"],
               ["Prescriber", "Osric Vellacott, MD, Psychiatry - Juniper Row Behavioral Clinic (FICTIONAL)"],
               ["Date of request", "11/03/2026"]]),
    ("h", "Section A - Diagnosis"),
    "Primary ICD-10-CM code: F33.2    Other relevant codes: N18.31 (chronic kidney disease, stage 3a)",
    ("h", "Section B - Antidepressant trials in the current episode (adequate dose and duration)"),
    ("table", [["Drug", "Dose", "Start", "End", "Weeks at dose", "Outcome"],
               ["Sertraline", "200 mg", "04/2023", "10/2023", "20", "Partial response"],
               ["Duloxetine", "120 mg", "11/2023", "06/2024", "28", "No response"],
               ["Vilazodone", "40 mg", "08/2024", "09/2024", "3", "Intolerance - diarrhea, discontinued"],
               ["Mirtazapine", "45 mg", "10/2024", "present", "100+", "No meaningful response"]]),
    ("h", "Section C - Augmentation trials"),
    ("table", [["Agent", "Dose", "Start", "End", "Added to", "Outcome"],
               ["Bupropion XL", "300 mg", "07/2023", "10/2023", "sertraline", "No response"],
               ["Aripiprazole", "10 mg", "03/2024", "06/2024", "duloxetine", "Partial response, then akathisia - discontinued"]]),
    "Lithium: ☐ tried  ☒ not tried - contraindicated (CKD stage 3a).",
    ("h", "Section D - Other treatments"),
    "Psychotherapy: ☒ Yes - CBT, 16 sessions, 01/2023 to 05/2023, inadequate response.",
    "ECT: ☐ Yes ☒ No      TMS: ☐ Yes ☒ No (patient unable to attend daily sessions)",
    ("h", "Section E - Severity and safety"),
    "Baseline PHQ-9: 22   Date: 11/03/2026",
    "Baseline MADRS: 33   Date: 11/03/2026",
    "Current suicidal ideation: ☐ Yes ☒ No     History of suicide attempt: ☐ Yes ☒ No",
    "Patient denies SI at today's visit (11/03/2026).",
    ("h", "Section F - Attestation"),
    "I attest that the information above is accurate and supported by the medical record. Signature: "
    "O. Vellacott, MD (FICTIONAL)   Date: 11/03/2026",
]
CASES.append({
    "slug": "09-northgate-prior-auth-form",
    "desc": "esketamine prior-authorization form filled by a clinic, DOCX; trials and augmentation in separate "
            "tables with MM/YYYY dates; checkboxes for lithium (not tried), ECT and TMS (No)",
    "docs": [(F9, "docx", [d9], {})],
    "truth": {
        "_note": "All people, clinics and numbers in this case are fictional. Bupropion added to sertraline is "
                 "listed under augmentation = augmentation. Aripiprazole 'Partial response, then akathisia - "
                 "discontinued' = side_effects (reason stopped). Mirtazapine 'present' = end null. Not rows: "
                 "esketamine (the request itself), lithium (not tried, contraindicated), ECT and TMS (No). "
                 "Suicidality none (checkbox No and 'denies SI').",
        "history": [
            H("sertraline", "SSRI", "antidepressant", "200 mg", "2023-04", "2023-10", "Partial response",
              "partial_response", F9, 1, "Sertraline 200 mg 04/2023 10/2023 20 Partial response"),
            H("duloxetine", "SNRI", "antidepressant", "120 mg", "2023-11", "2024-06", "No response",
              "no_response", F9, 1, "Duloxetine 120 mg 11/2023 06/2024 28 No response"),
            H("vilazodone", "serotonin modulator", "antidepressant", "40 mg", "2024-08", "2024-09",
              "Intolerance - diarrhea, discontinued", "side_effects", F9, 1,
              "Vilazodone 40 mg 08/2024 09/2024 3 Intolerance - diarrhea, discontinued"),
            H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "45 mg", "2024-10", None,
              "No meaningful response", "no_response", F9, 1,
              "Mirtazapine 45 mg 10/2024 present 100+ No meaningful response"),
            H("bupropion", "NDRI", "augmentation", "300 mg", "2023-07", "2023-10", "No response",
              "no_response", F9, 1, "Bupropion XL 300 mg 07/2023 10/2023 sertraline No response"),
            H("aripiprazole", "atypical antipsychotic", "augmentation", "10 mg", "2024-03", "2024-06",
              "Partial response, then akathisia - discontinued", "side_effects", F9, 1,
              "Aripiprazole 10 mg 03/2024 06/2024 duloxetine Partial response, then akathisia - discontinued"),
            H("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2023-01", "2023-05",
              "inadequate response", "no_response", F9, 1,
              "CBT, 16 sessions, 01/2023 to 05/2023, inadequate response."),
        ],
        "scales": [
            S("PHQ-9", 22, "2026-11-03", F9, 1, "Baseline PHQ-9: 22 Date: 11/03/2026"),
            S("MADRS", 33, "2026-11-03", F9, 1, "Baseline MADRS: 33 Date: 11/03/2026"),
        ],
        "diagnoses": [
            D("F33.2", F9, 1, "Primary ICD-10-CM code: F33.2"),
            D("N18.31", F9, 1, "N18.31 (chronic kidney disease, stage 3a)"),
        ],
        "suicidality": SI("none", F9, 1, "Patient denies SI at today's visit (11/03/2026)."),
    },
})

# =====================================================================================================
# 10  primary-care visit log over six visits, plain text; trial spread over visits; non-psych meds
# =====================================================================================================
F10 = "maple_crossing_pcp_visits.txt"
t10 = [
    ("h", "MAPLE CROSSING FAMILY PRACTICE (FICTIONAL) - PROBLEM-FOCUSED VISIT LOG: DEPRESSION"),
    "Patient: Rosalind Featherstonehaugh-Kim (FICTIONAL)   DOB 1969-06-02   PCP: Dr. Silas Adeyemi-Crane "
    "(FICTIONAL)   " + FICT,
    ("pre", "--- 2025-03-11 ---"),
    "Low mood since her divorce last fall, poor sleep, crying at work. PHQ-9 15, GAD-7 13. No SI. Start "
    "sertraline 50 mg daily. Trazodone 50 mg qhs for sleep. Dx F33.1, F41.1. HTN stable on lisinopril 10 mg "
    "(I10). Brother takes lithium for bipolar disorder.",
    ("pre", "--- 2025-05-06 ---"),
    "Sertraline increased to 100 mg two weeks ago; early nausea settled. PHQ-9 11.",
    ("pre", "--- 2025-09-16 ---"),
    "On sertraline 150 mg since June. 'About halfway better.' PHQ-9 10. Started weekly IPT with a counselor "
    "in August.",
    ("pre", "--- 2026-01-13 ---"),
    "Completed 12 sessions of IPT (Aug-Nov 2025): some benefit for grief and role conflict, mood still low. "
    "Sertraline 150 mg: partial response only. PHQ-9 14. Endorses passive thoughts of death last winter "
    "('wouldn't care if I didn't wake up'); none now, no plan or intent. Add bupropion XL 150 mg to augment "
    "sertraline.",
    ("pre", "--- 2026-04-21 ---"),
    "Bupropion XL increased to 300 mg in Feb. Tremor and insomnia; she stopped bupropion two weeks ago on her "
    "own. PHQ-9 16, GAD-7 11. Referred to psychiatry. Discussed that lithium or an antipsychotic could be "
    "options there; none started. Lipids: E78.5 hyperlipidemia, start atorvastatin 20 mg.",
    ("pre", "--- 2026-10-06 ---"),
    "Seen by psychiatry (Dr. Ilse Marchetti, FICTIONAL) in June: sertraline cross-tapered off in June 2026 and "
    "vortioxetine started, now 20 mg; no appreciable benefit so far per patient. PHQ-9 18. Denies SI today. "
    "TMS consult pending with psychiatry.",
]
F10b = "psychiatry_consult_2026-06-09_scan.pdf"
p10b = [
    ("h", "RIVERGATE BEHAVIORAL MEDICINE (FICTIONAL) - PSYCHIATRIC CONSULTATION"),
    "To: Dr. Silas Adeyemi-Crane, Maple Crossing Family Practice (FICTIONAL)   Date: 06/09/2026",
    "Re: Rosalind Featherstonehaugh-Kim (FICTIONAL), DOB 06/02/1969. " + FICT,
    "Thank you for this referral. Ms. Featherstonehaugh-Kim is a 57-year-old office manager with a second "
    "episode of major depression since autumn 2024.",
    ("h", "Past treatment"),
    "First episode in her mid-twenties: paroxetine 20 mg for about a year, around 1995, with full remission; "
    "she tapered off without relapse. A citalopram 20 mg trial from her gynecologist in 2010 was stopped after "
    "two weeks because of daily headaches. Current episode: sertraline up to 150 mg since 03/2025 with a "
    "partial response, IPT (12 sessions) and a bupropion augmentation trial stopped for tremor, as in your "
    "notes. She has not had TMS or ECT.",
    ("h", "Examination"),
    "Tearful, slowed, linear. MADRS 29. Denies suicidal ideation, intent or plan; no history of attempts.",
    ("h", "Impression"),
    "F33.1 Major depressive disorder, recurrent, moderate, with an inadequate response to two adequate "
    "trials in this episode.",
    ("h", "Recommendations"),
    "1. Start vortioxetine 10 mg daily, increase to 20 mg after 2 weeks. 2. Cross-taper off sertraline over "
    "2 weeks. 3. If no response by 8-10 weeks, TMS evaluation; lithium augmentation was offered and she "
    "prefers not to take it.",
    "Ilse Marchetti, MD (FICTIONAL), Psychiatry",
]
CASES.append({
    "slug": "10-maple-crossing-pcp-visit-log",
    "desc": "primary-care visit log over six visits, TXT; sertraline spread over four visits; IPT 12 sessions; "
            "bupropion augmentation stopped for tremor; hypnotic trazodone and non-psychiatric meds; plus a "
            "scanned typed psychiatry consult (image-only PDF) with two older trials and a plan-only vortioxetine",
    "docs": [(F10, "txt", [t10], {}), (F10b, "scan", [p10b], {"seed": 101})],
    "truth": {
        "_note": "All people, clinics and numbers in this case are fictional. Sertraline runs 2025-03-11 to "
                 "2026-06 (cross-tapered off at psychiatry in June 2026), highest dose 150 mg, 'partial response "
                 "only' = partial_response; its source is the 2026-01-13 visit (start is in the 2025-03-11 "
                 "'Start sertraline', which is a plan line that was followed). Bupropion XL added 'to augment' = "
                 "augmentation, 2026-01-13 to about 2026-04-07, stopped for tremor/insomnia. Vortioxetine "
                 "2026-06 ongoing, no_response. IPT 'Aug-Nov 2025', 12 sessions, 'some benefit ... mood still "
                 "low' = partial_response (debatable: no_response). Suicidality passive (last winter); a "
                 "latest-note rule gives none. Not rows: trazodone 50 mg qhs for sleep, lisinopril, "
                 "atorvastatin, brother's lithium, lithium/antipsychotic (discussed, none started), TMS "
                 "(consult pending). The scanned psychiatry consult (image-only PDF) adds two past trials "
                 "(paroxetine ~1995 remission; citalopram 2010 stopped for headaches) and repeats sertraline, IPT "
                 "and bupropion (same trials, one row each); its vortioxetine is a recommendation ('Start "
                 "vortioxetine'), confirmed as taken only in the 2026-10-06 PCP visit. Not rows from the consult: "
                 "TMS/ECT (not had), lithium (offered, declined).",
        "history": [
            H("paroxetine", "SSRI", "antidepressant", "20 mg", "1995", "1996",
              "full remission; tapered off without relapse", "remission", F10b, 1,
              "paroxetine 20 mg for about a year, around 1995, with full remission"),
            H("citalopram", "SSRI", "antidepressant", "20 mg", "2010", "2010",
              "stopped after two weeks because of daily headaches", "side_effects", F10b, 1,
              "A citalopram 20 mg trial from her gynecologist in 2010 was stopped after two weeks because of "
              "daily headaches."),
            H("sertraline", "SSRI", "antidepressant", "150 mg", "2025-03-11", "2026-06",
              "about halfway better; partial response only", "partial_response", F10, 1,
              "Sertraline 150 mg: partial response only."),
            H("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2025-08", "2025-11",
              "some benefit for grief and role conflict, mood still low", "partial_response", F10, 1,
              "Completed 12 sessions of IPT (Aug-Nov 2025): some benefit for grief and role conflict, mood still low."),
            H("bupropion", "NDRI", "augmentation", "300 mg", "2026-01-13", "2026-04",
              "Tremor and insomnia; she stopped bupropion two weeks ago on her own", "side_effects", F10, 1,
              "Tremor and insomnia; she stopped bupropion two weeks ago on her own."),
            H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2026-06", None,
              "no appreciable benefit so far per patient", "no_response", F10, 1,
              "vortioxetine started, now 20 mg; no appreciable benefit so far per patient."),
        ],
        "scales": [
            S("PHQ-9", 15, "2025-03-11", F10, 1, "PHQ-9 15, GAD-7 13."),
            S("GAD-7", 13, "2025-03-11", F10, 1, "PHQ-9 15, GAD-7 13."),
            S("PHQ-9", 11, "2025-05-06", F10, 1, "early nausea settled. PHQ-9 11."),
            S("PHQ-9", 10, "2025-09-16", F10, 1, "'About halfway better.' PHQ-9 10."),
            S("PHQ-9", 14, "2026-01-13", F10, 1, "partial response only. PHQ-9 14."),
            S("PHQ-9", 16, "2026-04-21", F10, 1, "PHQ-9 16, GAD-7 11."),
            S("GAD-7", 11, "2026-04-21", F10, 1, "PHQ-9 16, GAD-7 11."),
            S("PHQ-9", 18, "2026-10-06", F10, 1, "so far per patient. PHQ-9 18."),
            S("MADRS", 29, "2026-06-09", F10b, 1, "Tearful, slowed, linear. MADRS 29."),
        ],
        "diagnoses": [
            D("F33.1", F10, 1, "Dx F33.1, F41.1."),
            D("F41.1", F10, 1, "Dx F33.1, F41.1."),
            D("I10", F10, 1, "HTN stable on lisinopril 10 mg (I10)."),
            D("E78.5", F10, 1, "Lipids: E78.5 hyperlipidemia"),
        ],
        "suicidality": SI("passive", F10, 1, "Endorses passive thoughts of death last winter ('wouldn't care if "
                                             "I didn't wake up'); none now, no plan or intent."),
    },
})


# ----------------------------------------------------------------------------------------------------- build
def build():
    for case in CASES:
        cdir = os.path.join(HERE, case["slug"])
        if os.path.isdir(cdir):
            shutil.rmtree(cdir)
        os.makedirs(os.path.join(cdir, "clinical"))
        for fname, kind, pages, opt in case["docs"]:
            path = os.path.join(cdir, "clinical", fname)
            if kind == "pdf":
                R.write_pdf(path, pages, font=opt.get("font", "Helvetica"), size=opt.get("size", 9.5))
            elif kind == "docx":
                R.write_docx(path, pages)
            elif kind == "txt":
                R.write_txt(path, pages)
            if kind in ("scan", "hand", "photo"):
                fits(kind, pages)
            if kind == "scan":
                R.write_image(path, pages, kind="scan", seed=opt.get("seed", 0))
            elif kind == "hand":
                R.write_image(path, pages, kind="scan", seed=opt.get("seed", 0), hand=True)
            elif kind == "photo":
                R.write_image(path, pages, kind="photo", seed=opt.get("seed", 0))
        with open(os.path.join(HERE, case["slug"] + ".truth.json"), "w") as f:
            json.dump(case["truth"], f, indent=2, ensure_ascii=False)
            f.write("\n")


KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {"none", "passive", "active", "attempt", None}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def fits(kind, pages):
    """Every line of a scan, handwritten page or photo must be drawn inside the page."""
    for pg in pages:
        if kind == "hand":
            lines = R._layout_lines(pg, width_chars=48)
            assert len(lines) <= 29 and max(len(l) for k, l in lines) <= 62, ("hand page too long", len(lines))
        else:
            lines = R._layout_lines(pg)
            assert len(lines) <= 50 and max(len(l) for k, l in lines) <= 92, ("image page too long", len(lines))


def page_texts(case, fname):
    for f, kind, pages, opt in case["docs"]:
        if f != fname:
            continue
        path = os.path.join(HERE, case["slug"], "clinical", f)
        if kind == "pdf":
            n = R.pdf_page_count(path)
            assert n == len(pages), (f, "expected %d pages, got %d" % (len(pages), n))
            out = {}
            for p in range(1, n + 1):
                raw = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), path, "-"],
                                     capture_output=True, text=True).stdout
                out[p] = [R.pdf_page_text(path, p), R.norm(raw)]
            return out
        if kind in ("docx", "txt"):
            return {1: [R.flat_page([it for pg in pages for it in pg])]}
        return {i + 1: [R.flat_page(pg)] for i, pg in enumerate(pages)}
    raise AssertionError("no document %s in %s" % (fname, case["slug"]))


def check():
    bad = 0
    nrows = nscales = 0

    def has(case, src):
        texts = page_texts(case, src["file"]).get(src["page"])
        return texts is not None and any(R.norm(src["text"]) in t for t in texts)

    for case in CASES:
        t = case["truth"]
        for h in t["history"]:
            nrows += 1
            ok = (h["kind"] in KINDS and h["outcome_class"] in OCS and h["name"]
                  and (h["start"] is None or DATE.match(h["start"])) and (h["end"] is None or DATE.match(h["end"]))
                  and (h["end"] is None or h["start"] is None or h["start"][:len(h["end"])] <= h["end"]))
            if not ok:
                print("BAD ROW", case["slug"], h["name"]); bad += 1
            if not has(case, h["source"]):
                print("SOURCE NOT ON PAGE", case["slug"], h["name"], h["source"]); bad += 1
        for s in t["scales"]:
            nscales += 1
            if s["name"] not in SCALES or not isinstance(s["score"], int) or not (s["date"] is None or DATE.match(s["date"])):
                print("BAD SCALE", case["slug"], s); bad += 1
            if not has(case, s["source"]):
                print("SOURCE NOT ON PAGE", case["slug"], s["name"], s["source"]); bad += 1
        for d in t["diagnoses"]:
            if not re.match(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$", d["code"]) or not has(case, d["source"]):
                print("BAD DIAGNOSIS", case["slug"], d); bad += 1
        si = t["suicidality"]
        if si["level"] not in LEVELS or (si["level"] and not has(case, si["source"])):
            print("BAD SUICIDALITY", case["slug"], si); bad += 1
    print("%d cases, %d history rows, %d scales, %d problems" % (len(CASES), nrows, nscales, bad))
    return bad


if __name__ == "__main__":
    build()
    sys.exit(1 if check() else 0)
