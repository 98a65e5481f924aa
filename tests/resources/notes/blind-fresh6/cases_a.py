"""Cases 01-06 of notes-blind/fresh6. ALL PEOPLE, CLINICS, NUMBERS AND ADDRESSES ARE FICTIONAL."""

FICT = "FICTIONAL TEST RECORD - not a real patient"


def R(name, cls, kind, dose, start, end, outcome, oc, f, p, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": f, "page": p, "text": text}}


def S(name, score, date, f, p, text):
    return {"name": name, "score": score, "date": date, "source": {"file": f, "page": p, "text": text}}


def D(code, f, p, text):
    return {"code": code, "source": {"file": f, "page": p, "text": text}}


def SI(level, f=None, p=None, text=None):
    return {"level": level, "source": None if level is None else {"file": f, "page": p, "text": text}}


CASES = []

# ---------------------------------------------------------------- 01
f = "cedar_ridge_progress_2026-09-22.pdf"
CASES.append(dict(
    slug="01-cedar-ridge-progress-note",
    docs=[dict(file=f, kind="pdf", footer="Cedar Ridge Behavioral Health (FICTIONAL) - MRN CRB-00417 - confidential", blocks=[
        ("h", "CEDAR RIDGE BEHAVIORAL HEALTH - Outpatient Psychiatry Progress Note"),
        ("small", FICT + ". Pt: Dana K. Whitlock (fictional)   DOB 04/11/1987   MRN CRB-00417   Tel 555-0142"),
        "Date of service: 09/22/2026   Provider: R. Okafor-Lind, MD (fictional)   Visit type: 99214, 30 min",
        ("h", "Subjective"),
        "Pt returns for f/u of recurrent depression. Reports mood 3/10, poor sleep (4-5 h), low appetite, "
        "anhedonia - 'I don't enjoy the kids' games anymore.' Missed 3 days of work this month. Continues "
        "vortioxetine; says the earlier gains in energy have held but mood has not lifted. Her mother did well "
        "on Prozac years ago and pt asks whether she should try it - she has never taken fluoxetine.",
        ("h", "Mental status / risk"),
        "Tearful, psychomotor slowing, linear. Endorses passive death wishes ('it would be easier not to wake up'), "
        "no plan or intent, no SIB, no HI. Protective factors: children, faith. Safety plan reviewed.",
        "PHQ-9 21 (09/22/2026). GAD-7 15 (09/22/2026).",
        ("h", "Assessment"),
        "F33.2 Major depressive disorder, recurrent, severe w/o psychotic features.",
        "F41.1 Generalized anxiety disorder.",
        "Treatment resistant course; see medication history on page 2.",
        ("h", "Plan"),
        "1. Continue Trintellix 20 mg daily for now. 2. Consider TMS referral - discussed; pt interested. "
        "3. Pt declined ECT. 4. If no response to the next step we could add lithium (has never tried lithium "
        "or an MAOI). 5. RTC 4 wk; crisis line 988 reviewed.",
        "PAGEBREAK",
        ("h", "Past psychiatric medication history (reconciled 09/22/2026)"),
        "1) Zoloft (sertraline) - started spring 2019 at 50 mg, titrated to 150 mg by 06/2019. GI upset and "
        "loose stools limited further titration; stopped 11/2019 because of the GI side effects.",
        "2) Cymbalta (duloxetine) 60 mg daily 01/2020 - 08/2020: no meaningful change in mood after 7 months at full dose.",
        "3) Abilify (aripiprazole) 5 mg added to duloxetine 05/2020; stopped 07/2020 - akathisia.",
        "4) Trintellix (vortioxetine) 10 mg from 02/2021, increased to 20 mg 04/2021, ongoing: some improvement "
        "in energy, mood still low (partial response).",
        ("h", "Psychotherapy"),
        "CBT with L. Marsh, LCSW (fictional), 16 sessions, 09/2021 - 01/2022: learned behavioral activation, helped "
        "somewhat, residual symptoms persisted.",
        ("h", "Family history"),
        "Mother - MDD, responded to fluoxetine. Maternal uncle - alcohol use disorder. No family hx of suicide.",
        ("h", "Allergies"),
        "NKDA.",
    ])],
    truth=dict(
        _note="Two-page PDF; history on p. 2. Sertraline helped nothing noted, stopped for GI effects -> side_effects; "
              "'spring 2019' -> 2019. Vortioxetine ongoing, partial_response, end null. CBT 'helped somewhat, residual "
              "symptoms persisted' -> partial_response. Not rows: fluoxetine (mother's; pt never took it), TMS "
              "(consider), ECT (declined), lithium/MAOI (never tried; hypothetical).",
        history=[
            R("sertraline", "SSRI", "antidepressant", "150 mg", "2019", "2019-11", "GI upset and loose stools limited further titration; stopped 11/2019 because of the GI side effects", "side_effects", f, 2, "stopped 11/2019 because of the GI side effects."),
            R("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2020-01", "2020-08", "no meaningful change in mood after 7 months at full dose", "no_response", f, 2, "Cymbalta (duloxetine) 60 mg daily 01/2020 - 08/2020: no meaningful change in mood after 7 months at full dose."),
            R("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2020-05", "2020-07", "akathisia", "side_effects", f, 2, "Abilify (aripiprazole) 5 mg added to duloxetine 05/2020; stopped 07/2020 - akathisia."),
            R("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2021-02", None, "some improvement in energy, mood still low (partial response)", "partial_response", f, 2, "some improvement in energy, mood still low (partial response)."),
            R("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2021-09", "2022-01", "helped somewhat, residual symptoms persisted", "partial_response", f, 2, "CBT with L. Marsh, LCSW (fictional), 16 sessions, 09/2021 - 01/2022"),
        ],
        scales=[S("PHQ-9", 21, "2026-09-22", f, 1, "PHQ-9 21 (09/22/2026)."), S("GAD-7", 15, "2026-09-22", f, 1, "GAD-7 15 (09/22/2026).")],
        diagnoses=[D("F33.2", f, 1, "F33.2 Major depressive disorder, recurrent, severe w/o psychotic features."), D("F41.1", f, 1, "F41.1 Generalized anxiety disorder.")],
        suicidality=SI("passive", f, 1, "Endorses passive death wishes ('it would be easier not to wake up'), no plan or intent"),
    )))

# ---------------------------------------------------------------- 02
f = "med_reconciliation_2024-10-09.docx"
CASES.append(dict(
    slug="02-medication-reconciliation-docx",
    docs=[dict(file=f, kind="docx", blocks=[
        ("h", "Northfield Family Medicine - Medication Reconciliation (FICTIONAL)"),
        FICT + ". Patient: Marcus T. Bell (fictional)  DOB 1979-02-03  Acct NFM-55120  Phone 555-0117",
        "Printed 10/09/2024 by MA J. Ruiz. Reason for visit: depression f/u. Problem list: F33.1 Major depressive "
        "disorder, recurrent, moderate; E78.5 Hyperlipidemia, unspecified.",
        "PHQ-9 (09/30/2024): 18",
        ("h", "ALLERGIES / INTOLERANCES"),
        ("table", [["Agent", "Reaction", "Severity"],
                   ["Penicillin", "hives", "moderate"],
                   ["Wellbutrin (bupropion)", "pt reports rash - never took more than 2 doses", "unknown"]]),
        ("h", "ACTIVE MEDICATIONS"),
        ("table", [["Medication", "Sig", "Start", "Prescriber", "Notes"],
                   ["Pristiq (desvenlafaxine) ER 100 mg tab", "1 tab PO daily", "05/01/2023", "Dr. Haines", "partial - still depressed, less crying"],
                   ["Atorvastatin 20 mg", "1 tab PO qHS", "2019", "Dr. Haines", ""],
                   ["Trazodone 50 mg", "1/2-1 tab PO qHS PRN sleep", "06/2023", "Dr. Haines", "sleep only"],
                   ["Melatonin 3 mg (OTC)", "PRN", "", "self", ""]]),
        ("h", "DISCONTINUED MEDICATIONS"),
        ("table", [["Medication", "Dose range", "Start", "Stop", "Reason d/c"],
                   ["Lexapro (escitalopram)", "10 mg -> 20 mg daily", "03/14/2022", "08/02/2022", "No change in mood"],
                   ["Effexor XR (venlafaxine ER)", "75 mg -> 225 mg daily", "08/2022", "04/2023", "Helped ~3 mo then sx came back"],
                   ["Lithium carbonate (augment w/ Effexor)", "300 mg BID", "01/2023", "03/2023", "tremor, nausea"],
                   ["Remeron (mirtazapine)", "15 mg qHS", "05/2023", "07/2023", "weight gain 12 lb"]]),
        "Reviewed with patient. Pt states he has never tried an MAOI or TMS. Will discuss augmentation options with psychiatry (referral placed).",
        "Reconciled by: K. Haines, DO (fictional)",
    ])],
    truth=dict(
        _note="DOCX medication reconciliation; tables. Mirtazapine overlaps desvenlafaxine start (May 2023) - a separate row. "
              "Venlafaxine 'helped ~3 mo then sx came back' -> relapse. Not rows: bupropion (allergy table, 2 doses only), "
              "trazodone 50 mg PRN sleep (hypnotic dose), melatonin, atorvastatin (lipid drug, not a treatment of the condition), MAOI/TMS (never tried). "
              "Suicidality: not mentioned -> null.",
        history=[
            R("escitalopram", "SSRI", "antidepressant", "20 mg daily", "2022-03-14", "2022-08-02", "No change in mood", "no_response", f, 1, "Lexapro (escitalopram) 10 mg -> 20 mg daily 03/14/2022 08/02/2022 No change in mood"),
            R("venlafaxine", "SNRI", "antidepressant", "225 mg daily", "2022-08", "2023-04", "Helped ~3 mo then sx came back", "relapse", f, 1, "Effexor XR (venlafaxine ER) 75 mg -> 225 mg daily 08/2022 04/2023 Helped ~3 mo then sx came back"),
            R("lithium", "mood stabilizer", "augmentation", "300 mg BID", "2023-01", "2023-03", "tremor, nausea", "side_effects", f, 1, "Lithium carbonate (augment w/ Effexor) 300 mg BID 01/2023 03/2023 tremor, nausea"),
            R("mirtazapine", "tetracyclic antidepressant", "antidepressant", "15 mg qHS", "2023-05", "2023-07", "weight gain 12 lb", "side_effects", f, 1, "Remeron (mirtazapine) 15 mg qHS 05/2023 07/2023 weight gain 12 lb"),
            R("desvenlafaxine", "SNRI", "antidepressant", "100 mg daily", "2023-05-01", None, "partial - still depressed, less crying", "partial_response", f, 1, "Pristiq (desvenlafaxine) ER 100 mg tab 1 tab PO daily 05/01/2023 Dr. Haines partial - still depressed, less crying"),
        ],
        scales=[S("PHQ-9", 18, "2024-09-30", f, 1, "PHQ-9 (09/30/2024): 18")],
        diagnoses=[D("F33.1", f, 1, "F33.1 Major depressive disorder, recurrent, moderate"), D("E78.5", f, 1, "E78.5 Hyperlipidemia, unspecified")],
        suicidality=SI(None),
    )))

# ---------------------------------------------------------------- 03
f = "referral_letter_dr_pemberton.pdf"
CASES.append(dict(
    slug="03-pcp-referral-letter",
    docs=[dict(file=f, kind="pdf", footer="Lakeshore Primary Care (FICTIONAL)", blocks=[
        ("h", "LAKESHORE PRIMARY CARE"),
        ("small", FICT + ". 100 Example Way, Suite 2, Springfield (fictional)   Tel 555-0131   Fax 555-0132   referrals@lakeshore.example"),
        "November 4, 2024",
        "Dear Dr. Pemberton,",
        "Re: Ms. Alicia Moreno-Haas (fictional), DOB 7/19/1991 - referral for evaluation for transcranial magnetic stimulation",
        "Thank you for seeing Ms. Moreno-Haas, a 33-year-old teacher whom I have followed for recurrent depression "
        "(F33.2) since 2018, complicated by hypothyroidism (E03.9) that has been euthyroid on levothyroxine 75 mcg since 2020.",
        "She was started on fluoxetine 20 mg in autumn 2018 and I increased it to 40 mg in January 2019; she felt no "
        "different and we stopped it in June 2019. Citalopram 20 mg followed (July to October 2019); it caused "
        "palpitations and I did not go higher because of a borderline QTc, so it was stopped. In March 2020 I added "
        "bupropion SR 150 mg twice daily to citalopram's replacement, sertraline 100 mg (started in November 2019), as augmentation; she stopped "
        "the bupropion herself after about a month because of insomnia and irritability.",
        "Sertraline itself (100 mg, then 200 mg from May 2020) was continued until February 2021 with no response. "
        "Nortriptyline 75 mg was tried in 2021; she had dry mouth and constipation but stayed on it for 10 weeks, and "
        "it was stopped because it did not help.",
        "PAGEBREAK",
        "We talked about adding aripiprazole but she declined because of concerns about weight. Her sister has bipolar "
        "disorder and takes lithium. She has not had psychotherapy beyond two intake visits, which she did not continue; "
        "she is on a waitlist for CBT.",
        "Her PHQ-9 was 23 in August and 17 on 11/04/2024. On the C-SSRS screen today she answered yes to wish to be dead "
        "and no to active suicidal thoughts, method, intent or behavior; she has never made a suicide attempt.",
        "If TMS is not approved, we could try an MAOI under your guidance. I would be grateful for your opinion.",
        "Sincerely,",
        "Helen Ashby-Grant, MD (fictional)   Family Medicine",
    ])],
    truth=dict(
        _note="Two-page referral letter in prose. Bupropion given to augment sertraline -> augmentation, side_effects. "
              "Nortriptyline had side effects but was STOPPED because it did not help -> no_response. 'autumn 2018' -> 2018. "
              "Sertraline's start is in a bracket inside the bupropion sentence ('started in November 2019'); its "
              "outcome is in the next paragraph. PHQ-9 'in August' is August 2024 (letter dated November 2024); score date 2024-08. Not rows: aripiprazole "
              "(declined), lithium (sister), psychotherapy (two intake visits, not continued; waitlist), MAOI (hypothetical), "
              "levothyroxine (thyroid). Suicidality passive (wish to be dead, no active thoughts).",
        history=[
            R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2018", "2019-06", "she felt no different", "no_response", f, 1, "she felt no different and we stopped it in June 2019"),
            R("citalopram", "SSRI", "antidepressant", "20 mg", "2019-07", "2019-10", "caused palpitations ... so it was stopped", "side_effects", f, 1, "it caused palpitations and I did not go higher because of a borderline QTc, so it was stopped"),
            R("bupropion", "NDRI", "augmentation", "150 mg twice daily", "2020-03", "2020-04", "stopped the bupropion herself after about a month because of insomnia and irritability", "side_effects", f, 1, "she stopped the bupropion herself after about a month because of insomnia and irritability"),
            R("sertraline", "SSRI", "antidepressant", "200 mg", "2019-11", "2021-02", "continued until February 2021 with no response", "no_response", f, 1, "was continued until February 2021 with no response"),
            R("nortriptyline", "TCA", "antidepressant", "75 mg", "2021", "2021", "stopped because it did not help", "no_response", f, 1, "it was stopped because it did not help"),
        ],
        scales=[S("PHQ-9", 23, "2024-08", f, 2, "Her PHQ-9 was 23 in August"), S("PHQ-9", 17, "2024-11-04", f, 2, "17 on 11/04/2024")],
        diagnoses=[D("F33.2", f, 1, "recurrent depression (F33.2)"), D("E03.9", f, 1, "hypothyroidism (E03.9)")],
        suicidality=SI("passive", f, 2, "she answered yes to wish to be dead and no to active suicidal thoughts"),
    )))

# ---------------------------------------------------------------- 04
f = "TMS_treatment_summary.pdf"
sess = [["#", "Date", "Protocol", "MT %", "Pulses", "Notes"]]
import datetime as _dt
_d = _dt.date(2023, 9, 5)
_n = 0
while _n < 36:
    if _d.weekday() < 5:
        _n += 1
        note = ""
        if _n == 1: note = "PHQ-9 24; MADRS 32; denies SI/HI"
        elif _n == 10: note = "mild scalp discomfort, tolerated"
        elif _n == 18: note = "PHQ-9 17"
        elif _n == 36: note = "PHQ-9 11; MADRS 16; denies SI/HI"
        else: note = "denies SI/HI" if _n % 5 == 0 else ""
        sess.append([str(_n), _d.strftime("%m/%d/%y"), "L DLPFC 10 Hz", "120", "3000", note])
    _d += _dt.timedelta(days=1)
_last = sess[-1][1]
_r18 = sess[18][1]
_d18 = "20" + _r18[6:8] + "-" + _r18[0:2] + "-" + _r18[3:5]
CASES.append(dict(
    slug="04-tms-treatment-summary",
    docs=[dict(file=f, kind="pdf", footer="Brightwater Neuromodulation Center (FICTIONAL)", blocks=[
        ("h", "BRIGHTWATER NEUROMODULATION CENTER - rTMS Treatment Summary"),
        ("small", FICT + ". Patient: Theo R. Lindqvist (fictional)   DOB 12/02/1975   Member ID XZQ000000 (fictional)"),
        "Course: repetitive TMS, left DLPFC 10 Hz, 120% MT, 3000 pulses/session, NeuroStar-type figure-8 coil. "
        "First session 09/05/2023, last session 10/24/2023, 36 sessions total (30 daily + 6 taper).",
        "Outcome: PHQ-9 24 -> 11 and MADRS 32 -> 16 (50% reduction): response, not remission. Residual fatigue and low motivation.",
        "Diagnosis: F33.2 Major depressive disorder, recurrent severe without psychotic features.",
        "Risk: no SI at any session; no prior ECT. Maintenance TMS was discussed but is not covered by his plan; not started.",
        ("h", "Session log"),
        ("table", sess[:20], [25, 60, 90, 40, 50, 200]),
        "PAGEBREAK",
        ("table", [sess[0]] + sess[20:], [25, 60, 90, 40, 50, 200]),
        ("h", "Antidepressant trials before TMS (from referral and pharmacy records)"),
        ("table", [["Agent", "Max dose", "Dates", "Duration", "Result"],
                   ["Paxil (paroxetine)", "40 mg", "2017 - 2018", "~14 mo", "stopped: sexual side effects"],
                   ["Fetzima (levomilnacipran ER)", "80 mg", "02/2020 - 06/2020", "16 wk", "minimal response"],
                   ["Seroquel XR (quetiapine) add-on", "150 mg", "2021", "6 wk", "too sedating - d/c"],
                   ["Interpersonal therapy (IPT)", "12 sessions", "03/2022 - 06/2022", "12 wk", "helped with role transition; mood unchanged"]],
         [130, 55, 90, 55, 170]),
        "Not tried: ECT, esketamine. Consider maintenance sessions if relapse.",
        "Summary prepared by: P. Vasquez-Orr, MD (fictional), medical director.",
    ])],
    truth=dict(
        _note="TMS summary PDF, 2 pages; session log table across both pages; prior trials table on p. 2. TMS: "
              "'response, not remission' -> partial_response (50% reduction). Quetiapine add-on 'too sedating - d/c' -> "
              "side_effects, augmentation. IPT 'helped with role transition; mood unchanged' -> no_response for "
              "depression. Scales: PHQ-9 and MADRS at first and last session (dated by the log); the session-18 PHQ-9 17 "
              "is also a row. Not rows: maintenance TMS (discussed, not covered), ECT/esketamine (not tried). "
              "Suicidality none ('no SI at any session', 'denies SI/HI').",
        history=[
            R("TMS", "TMS", "neuromodulation", "36 sessions", "2023-09-05", "2023-10-24", "response, not remission. Residual fatigue and low motivation.", "partial_response", f, 1, "First session 09/05/2023, last session 10/24/2023, 36 sessions total"),
            R("paroxetine", "SSRI", "antidepressant", "40 mg", "2017", "2018", "stopped: sexual side effects", "side_effects", f, 2, "Paxil (paroxetine) 40 mg 2017 - 2018 ~14 mo stopped: sexual side effects"),
            R("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2020-02", "2020-06", "minimal response", "no_response", f, 2, "Fetzima (levomilnacipran ER) 80 mg 02/2020 - 06/2020 16 wk minimal response"),
            R("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2021", "2021", "too sedating - d/c", "side_effects", f, 2, "Seroquel XR (quetiapine) add-on 150 mg 2021 6 wk too sedating - d/c"),
            R("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2022-03", "2022-06", "helped with role transition; mood unchanged", "no_response", f, 2, "Interpersonal therapy (IPT) 12 sessions 03/2022 - 06/2022 12 wk helped with role transition; mood unchanged"),
        ],
        scales=[
            S("PHQ-9", 24, "2023-09-05", f, 1, "PHQ-9 24; MADRS 32; denies SI/HI"),
            S("MADRS", 32, "2023-09-05", f, 1, "PHQ-9 24; MADRS 32; denies SI/HI"),
            S("PHQ-9", 17, _d18, f, 1, "PHQ-9 17"),
            S("PHQ-9", 11, "2023-10-24", f, 2, "PHQ-9 11; MADRS 16; denies SI/HI"),
            S("MADRS", 16, "2023-10-24", f, 2, "PHQ-9 11; MADRS 16; denies SI/HI"),
        ],
        diagnoses=[D("F33.2", f, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features.")],
        suicidality=SI("none", f, 1, "no SI at any session"),
    )))

# ---------------------------------------------------------------- 05
f = "pain_consult_2025-02-18.pdf"
CASES.append(dict(
    slug="05-pain-clinic-note",
    docs=[dict(file=f, kind="pdf", footer="Summit Spine & Pain Associates (FICTIONAL)", blocks=[
        ("h", "SUMMIT SPINE & PAIN ASSOCIATES - Follow-up Visit"),
        ("small", FICT + ". Pt: Gregory Szabo (fictional), 58 y/o M   DOS 02/18/2025   Referring: Lakeshore Primary Care (fictional)"),
        ("h", "CC"), "Chronic axial low back pain with bilateral buttock radiation, 6+ yrs; depressed mood.",
        ("h", "HPI"),
        "Pain today 7/10, worst 9/10, best 5/10; aching, worse with standing >15 min. Sleep poor. Mood low since "
        "disability leave; PHQ-9 14 today. Denies SI. Denies bowel/bladder change, saddle anesthesia.",
        ("h", "Treatments tried"),
        "- Amitriptyline 25 mg qhs (2021) - too sedating, 'hungover' mornings; stopped after 3 wk.",
        "- Gabapentin 300 mg TID titrated to 600 mg TID, 06/2021 - 01/2022: dizziness at 600, stopped - no benefit at any dose.",
        "- Duloxetine 60 mg daily 04/2022 - 12/2022: ~20% pain reduction, mood unchanged; stopped when insurance changed "
        "formulary? (pt unsure why it was stopped).",
        "- PT: 12 visits, core stabilization, fall 2022 - modest improvement in function, pain unchanged.",
        "- Bilateral L4-5, L5-S1 medial branch blocks 03/15/2023: 80% relief x 2 days then back to baseline.",
        "- Never tried pregabalin. Pt declined opioid therapy ('my brother had a problem with pills'). Chiropractic was "
        "suggested by a friend; pt never went.",
        ("h", "Exam"), "Paraspinal TTP L4-S1 bilat, facet loading +, SLR neg bilat, strength 5/5, DTRs 2+ symmetric.",
        ("h", "Assessment"),
        "M54.50 Low back pain, unspecified. M47.816 Spondylosis w/o myelopathy or radiculopathy, lumbar region. "
        "G89.29 Other chronic pain. F32.1 Major depressive disorder, single episode, moderate.",
        ("h", "Plan"),
        "1. Consider radiofrequency ablation L4-5, L5-S1 - diagnostic blocks were positive; will need second confirmatory block per payer. "
        "2. Consider spinal cord stimulator trial if RFA fails. 3. Could restart duloxetine at 30 mg if pt agrees - he will think about it. "
        "4. Behavioral health referral for pain psychology (CBT-CP). 5. F/u 6 wk.",
        "Electronically signed: N. Adeyemi, MD (fictional), Pain Medicine.",
    ])],
    truth=dict(
        _note="Pain clinic PDF, one page. Antidepressant-class drugs given for pain stay 'antidepressant' (contract). "
              "Gabapentin: dizziness AND no benefit; the text says 'stopped - no benefit at any dose' -> no_response "
              "(side_effects also defensible; scored by the stated stop reason). Duloxetine: ~20% pain reduction, mood "
              "unchanged, reason for stop unknown -> partial_response. PT 'modest improvement in function, pain unchanged' "
              "-> partial_response; 'fall 2022' -> 2022. Medial branch block one day, 'then back to baseline' -> relapse. "
              "Not rows: pregabalin (never tried), opioids (declined), chiropractic (never went), RFA/SCS (consider), duloxetine restart (plan), "
              "CBT-CP (referral).",
        history=[
            R("amitriptyline", "TCA", "antidepressant", "25 mg qhs", "2021", "2021", "too sedating, 'hungover' mornings; stopped after 3 wk", "side_effects", f, 1, "Amitriptyline 25 mg qhs (2021) - too sedating, 'hungover' mornings; stopped after 3 wk."),
            R("gabapentin", "gabapentinoid", "other", "600 mg TID", "2021-06", "2022-01", "dizziness at 600, stopped - no benefit at any dose", "no_response", f, 1, "06/2021 - 01/2022: dizziness at 600, stopped - no benefit at any dose."),
            R("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2022-04", "2022-12", "~20% pain reduction, mood unchanged", "partial_response", f, 1, "Duloxetine 60 mg daily 04/2022 - 12/2022: ~20% pain reduction, mood unchanged"),
            R("physical therapy", "physical therapy", "other", "12 visits", "2022", "2022", "modest improvement in function, pain unchanged", "partial_response", f, 1, "PT: 12 visits, core stabilization, fall 2022 - modest improvement in function, pain unchanged."),
            R("medial branch block", "nerve block", "other", None, "2023-03-15", "2023-03-15", "80% relief x 2 days then back to baseline", "relapse", f, 1, "medial branch blocks 03/15/2023: 80% relief x 2 days then back to baseline."),
        ],
        scales=[S("pain NRS", 7, "2025-02-18", f, 1, "Pain today 7/10"), S("PHQ-9", 14, "2025-02-18", f, 1, "PHQ-9 14 today")],
        diagnoses=[D("M54.50", f, 1, "M54.50 Low back pain, unspecified."), D("M47.816", f, 1, "M47.816 Spondylosis"), D("G89.29", f, 1, "G89.29 Other chronic pain."), D("F32.1", f, 1, "F32.1 Major depressive disorder, single episode, moderate.")],
        suicidality=SI("none", f, 1, "Denies SI."),
    )))

# ---------------------------------------------------------------- 06
f = "scan_intake_handwritten.pdf"
lines6 = [
    "**Psych intake - Dr. M. Feld (FICTIONAL RECORD)",
    "Pt: J. Oduya (fictional)   DOB 3/8/92   date 6/11/25",
    "CC: 'nothing works, I'm exhausted'",
    "HPI: MDD since college, 3rd episode, worse since Jan.",
    "  sleep 10-12h, anhedonia, guilt, conc poor",
    "  + passive SI ('wouldn't mind not waking up')",
    "  - plan / - intent / - prior attempts",
    "PHQ-9 = 22     GAD-7 = 9",
    "",
    "**Past meds:",
    "  Prozac 40mg  3/2019 - 9/2019  no help",
    "  Wellbutrin XL 300  2020-2021  irritable, insomnia -> stopped",
    "  Effexor XR 150  5/2021 - 2/2022  partial, then lost effect",
    "  Abilify 2mg add-on  11/2021 - 1/2022  restless -> d/c",
    "  Celexa 40  3/2022 - 10/2022  nothing",
    "  NEVER tried: lithium, MAOI, TMS, ECT",
    "",
    "FHx: mom - depression (Zoloft helped her)",
    "Allergy: codeine (vomiting)",
    "",
    "A/P: F33.2 MDD recurrent severe",
    "  - start Auvelity? vs lithium aug - discuss next visit",
    "  - consider TMS referral",
    "  - safety plan given, 988",
]
CASES.append(dict(
    slug="06-scanned-handwritten-intake",
    docs=[dict(file=f, kind="scanpdf", pages=[lines6], angle=-2.3, seed=6, size=34)],
    truth=dict(
        _note="Image-only PDF (no text layer), handwriting-style scan drawn with Pillow: rotated -2.3 degrees, noise, "
              "blur, ruled lines. Source texts are the rendered lines (OCR may differ slightly). Venlafaxine 'partial, "
              "then lost effect' -> relapse. Bupropion 2020-2021, irritable/insomnia -> side_effects. Not rows: lithium, "
              "MAOI, TMS, ECT (never tried), Zoloft (mother), Auvelity/lithium (plan), TMS referral (consider), codeine "
              "(allergy). Suicidality passive.",
        history=[
            R("fluoxetine", "SSRI", "antidepressant", "40mg", "2019-03", "2019-09", "no help", "no_response", f, 1, "Prozac 40mg 3/2019 - 9/2019 no help"),
            R("bupropion", "NDRI", "antidepressant", "300", "2020", "2021", "irritable, insomnia -> stopped", "side_effects", f, 1, "Wellbutrin XL 300 2020-2021 irritable, insomnia -> stopped"),
            R("venlafaxine", "SNRI", "antidepressant", "150", "2021-05", "2022-02", "partial, then lost effect", "relapse", f, 1, "Effexor XR 150 5/2021 - 2/2022 partial, then lost effect"),
            R("aripiprazole", "atypical antipsychotic", "augmentation", "2mg", "2021-11", "2022-01", "restless -> d/c", "side_effects", f, 1, "Abilify 2mg add-on 11/2021 - 1/2022 restless -> d/c"),
            R("citalopram", "SSRI", "antidepressant", "40", "2022-03", "2022-10", "nothing", "no_response", f, 1, "Celexa 40 3/2022 - 10/2022 nothing"),
        ],
        scales=[S("PHQ-9", 22, "2025-06-11", f, 1, "PHQ-9 = 22"), S("GAD-7", 9, "2025-06-11", f, 1, "GAD-7 = 9")],
        diagnoses=[D("F33.2", f, 1, "A/P: F33.2 MDD recurrent severe")],
        suicidality=SI("passive", f, 1, "+ passive SI ('wouldn't mind not waking up')"),
    )))
