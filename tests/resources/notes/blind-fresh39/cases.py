"""FICTIONAL clinical-record cases for notes set 39. Every person, clinic, number and address is invented.

Page model: a document is a list of pages; a page is a list of lines. "# " heading, "| " table row
(cells split on "|"), "~ " handwriting (scan/photo only). Truth source text must occur on the page it names
(table row = its cells joined by single spaces).
"""

FIC = "FICTIONAL SAMPLE - invented patient, clinicians and clinic; not a real record."


def R(name, cls, kind, dose, start, end, outcome, oc, text, page=1, file=None):
    return dict(name=name, **{"class": cls}, kind=kind, dose=dose, start=start, end=end, outcome=outcome,
                outcome_class=oc, source=dict(file=file, page=page, text=text))


def S(name, score, date, text, page=1, file=None):
    return dict(name=name, score=score, date=date, source=dict(file=file, page=page, text=text))


def D(code, text, page=1, file=None):
    return dict(code=code, source=dict(file=file, page=page, text=text))


def SU(level, text=None, page=1, file=None):
    if level is None:
        return dict(level=None, source=None)
    return dict(level=level, source=dict(file=file, page=page, text=text))


CASES = []

# ---------------------------------------------------------------- 01 palliative care, text PDF 2 p.
a = "Citalopram 20 mg daily, 11/2025 - 02/2026: stopped by her oncologist when her ECG showed a prolonged QTc."
b = "Mirtazapine 15 mg at night, 03/2026 - 07/2026: eats and sleeps better, but the low mood hangs on."
c = "Sertraline 100 mg daily since 08/04/2026 (raised from 50 mg on 09/01/2026): she says she is about half better, though not back to herself."
d = "Dignity therapy with Rev. Dr. Amos Kettleby, PsyD (FICTIONAL), 4 sessions 08/11/2026 - 09/08/2026: it helped her put her letters and affairs in order; her depression itself has not changed."
p1a = "PHQ-9 19 (08/04/2026)."
n1a = "Pain NRS 7/10 (08/04/2026), cancer pain regimen per oncology."
p1b = "PHQ-9 12 (10/06/2026)."
n1b = "Pain NRS 4/10 (10/06/2026)."
dx1 = "C18.7 cancer of the sigmoid colon, with spread to the liver"
dx2 = "F32.2 major depression, single episode, severe, no psychosis"
dx3 = "G89.3 chronic pain from the neoplasm"
si = "Denies SI; 'I want every day I can get.'"
CASES.append(dict(
    slug="01-palliative-care-clinic-symptom-visits-pdf",
    note="FICTIONAL case. Outpatient palliative care clinic, two visits (text PDF, 2 pages). Not rows: methylphenidate only considered then decided against; psilocybin only asked about; ondansetron (nausea).",
    docs=[("palliative_clinic_visits.pdf", "pdf", [
        [FIC, "# Desert Bloom Palliative Care Clinic (FICTIONAL)",
         "4410 W Saguaro Lane, Mesa AZ 85201 (fictional address) - Tel (480) 555-0162 - Fax (480) 555-0163",
         "Patient: Odalys Fernwick-Tate (FICTIONAL)   DOB 03/14/1961   MRN FICT-PC-20931",
         "# Visit 08/04/2026 - Ines Marlowe, MD (palliative medicine)",
         "Diagnoses:", dx1, dx2, dx3,
         "HPI: 65-year-old woman on second-line chemotherapy, seen for low mood, poor sleep and pain. She cries most days and has stopped seeing friends.",
         "Antidepressant history (patient and oncology records):", a, b,
         "She asked about psilocybin after reading about it; not available here and not offered.",
         "Other medicines: ondansetron 8 mg as needed for nausea; senna.",
         p1a, n1a, "Safety: " + si,
         "Plan: start sertraline 50 mg daily. Refer to the chaplain-psychologist for dignity therapy. Consider methylphenidate 5 mg for fatigue at the next visit."],
        ["# Visit 10/06/2026 - Ines Marlowe, MD",
         "Interval: three chemotherapy cycles since August; appetite fair.", c, d,
         "Methylphenidate: we decided against it; her fatigue is better.",
         p1b, n1b,
         "Assessment: F32.2, improving on sertraline. Plan: continue sertraline 100 mg; return in 8 weeks."]])],
    truth=dict(
        history=[R("citalopram", "SSRI", "antidepressant", "20 mg", "2025-11", "2026-02",
                   "stopped by her oncologist when her ECG showed a prolonged QTc", "side_effects", a),
                 R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2026-03", "2026-07",
                   "eats and sleeps better, but the low mood hangs on", "no_response", b),
                 R("sertraline", "SSRI", "antidepressant", "100 mg", "2026-08-04", None,
                   "about half better, though not back to herself", "partial_response", c, page=2),
                 R("dignity therapy", "psychotherapy", "psychotherapy", "4 sessions", "2026-08-11", "2026-09-08",
                   "it helped her put her letters and affairs in order; her depression itself has not changed",
                   "no_response", d, page=2)],
        scales=[S("PHQ-9", 19, "2026-08-04", p1a), S("pain NRS", 7, "2026-08-04", n1a),
                S("PHQ-9", 12, "2026-10-06", p1b, page=2), S("pain NRS", 4, "2026-10-06", n1b, page=2)],
        diagnoses=[D("C18.7", dx1), D("F32.2", dx2), D("G89.3", dx3)],
        suicidality=SU("none", si))))

# ---------------------------------------------------------------- 02 university counseling center, TXT
a = "Fluoxetine 20 mg from his pediatrician, 06/2023 - 05/2024: felt like myself again senior year; tapered off with the pediatrician after graduation."
b = "Escitalopram 10 mg from student health, 02/2026 - 04/2026: threw up most mornings, so he quit."
c = "Bupropion XL 150 mg, started 09/22/2026 by student health psychiatry: some energy back but mood still low most days."
d = "CBT course complete: 8 sessions, 09/15/2026 - 11/10/2026. He says the thought records help him catch spirals, but the low mood is the same."
p1 = "PHQ-9 17 (09/08/2026)."
g1 = "GAD-7 9 (09/08/2026)."
p2 = "PHQ-9 15 (11/10/2026)."
dx = "F33.1 recurrent major depression, moderate"
si = "Risk: passive thoughts that it would be easier not to wake up; denies intent or plan; no past attempts."
CASES.append(dict(
    slug="02-university-counseling-center-session-notes-txt",
    note="FICTIONAL case. University counseling center intake and session notes (TXT). Not rows: the roommate's sertraline (offered to him, never taken); group DBT skills only discussed, he is not interested; melatonin.",
    docs=[("counseling_center_notes.txt", "txt", [[
        FIC, "# Harrow Point University Counseling and Psychological Services (FICTIONAL)",
        "Tel (541) 555-0118 | Fax (541) 555-0119",
        "Client: Tobiah Quenneville (FICTIONAL), age 20, student ID FICT-CAPS-7720",
        "# Intake 09/08/2026 - Maren Ostby, LPC",
        "Presenting concern: low mood since the spring semester; sleeping 11 hours; skipping labs; dropped a class.",
        "Medication history:", a, b,
        "His roommate once offered him some of his own sertraline; he did not take it. No therapy before this.",
        "Takes melatonin 3 mg some nights.",
        p1, g1, si,
        "Diagnosis: " + dx,
        "Plan: weekly CBT, 8 sessions; referral to student health psychiatry for a medication review.",
        "# Session 3 - 09/29/2026",
        "Behavioral experiments around attending labs; he went to two of three.",
        "# Session 6 - 10/20/2026", c,
        "# Session 8 (last) - 11/10/2026", d, p2,
        "Discussed group DBT skills; he is not interested. Plan: transfer to a community therapist over winter break."]])],
    truth=dict(
        history=[R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2023-06", "2024-05",
                   "felt like myself again senior year; tapered off with the pediatrician after graduation", "remission", a),
                 R("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-02", "2026-04",
                   "threw up most mornings, so he quit", "side_effects", b),
                 R("bupropion", "NDRI", "antidepressant", "150 mg", "2026-09-22", None,
                   "some energy back but mood still low most days", "partial_response", c),
                 R("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2026-09-15", "2026-11-10",
                   "the thought records help him catch spirals, but the low mood is the same", "no_response", d)],
        scales=[S("PHQ-9", 17, "2026-09-08", p1), S("GAD-7", 9, "2026-09-08", g1), S("PHQ-9", 15, "2026-11-10", p2)],
        diagnoses=[D("F33.1", dx)],
        suicidality=SU("passive", si))))

# ---------------------------------------------------------------- 03 inpatient rehab psychology consult, DOCX
hdr = "| Medication | Dates | Dose | What happened (wife and pharmacy records)"
a = "| Sertraline | 2019 - 2021 | 150 mg | helped a lot; came off it with his doctor after a good year"
b = "| Duloxetine | 03/2023 - 09/2024 | 60 mg | worked for about a year and then he slid back while still taking it"
c = "| Vortioxetine | 10/2024 - 06/2025 | 20 mg | no different, per his wife"
d = "| Aripiprazole (added to vortioxetine) | 03/2025 - 06/2025 | 5 mg | pacing at night and not sleeping; his wife stopped it"
def row(t):
    return " ".join(x.strip() for x in t[2:].split("|"))
h1 = "HAM-D 26 (11/03/2026), rated by the consulting psychologist."
dx1 = "S06.5X0D subdural bleed from injury, no loss of consciousness, subsequent encounter"
dx2 = "F33.2 recurrent major depression, severe, no psychosis"
si = "Suicide risk: he says he would be better off dead; denies any plan or intent; no attempts ever."
CASES.append(dict(
    slug="03-inpatient-rehab-psychology-consult-after-fall-docx",
    note="FICTIONAL case. Inpatient rehabilitation hospital, rehabilitation psychology consult (DOCX with a medication table). Not rows: lithium and ECT never tried; mirtazapine and adapted CBT only recommended; levetiracetam and enoxaparin (not for mood).",
    docs=[("rehab_psychology_consult.docx", "docx", [[
        FIC, "# Cottonwood Ridge Inpatient Rehabilitation Hospital (FICTIONAL)",
        "# Rehabilitation Psychology Consult",
        "Patient: Lucien Abernathy-Soto (FICTIONAL), 54, MRN FICT-IRF-55810. Consult date 11/03/2026. Requested by Priya Nandakumar, MD (physiatry). Unit phone (505) 555-0174.",
        "Reason for consult: tearful and refusing therapy sessions since admission on 10/28/2026, after a fall at home with a subdural hematoma, evacuated 10/19/2026.",
        "Diagnoses:", dx1, dx2,
        "Psychiatric history: depression since his thirties, two earlier episodes. Medication history from his wife and the pharmacy:",
        hdr, a, b, c, d,
        "Lithium and ECT have never been tried. No antidepressant since 06/2025.",
        "Current medicines: levetiracetam 500 mg twice daily (seizure prevention), enoxaparin (clot prevention).",
        "Mental status: flat, slowed, tearful when speaking of his job as a machinist.",
        h1, si,
        "Recommendations: restart an antidepressant once neurosurgery clears it; consider mirtazapine 7.5 mg at night; CBT adapted for brain injury after discharge; daily psychology visits while here."]])],
    truth=dict(
        history=[R("sertraline", "SSRI", "antidepressant", "150 mg", "2019", "2021",
                   "helped a lot; came off it with his doctor after a good year", "remission", row(a)),
                 R("duloxetine", "SNRI", "antidepressant", "60 mg", "2023-03", "2024-09",
                   "worked for about a year and then he slid back while still taking it", "relapse", row(b)),
                 R("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2024-10", "2025-06",
                   "no different, per his wife", "no_response", row(c)),
                 R("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2025-03", "2025-06",
                   "pacing at night and not sleeping; his wife stopped it", "side_effects", row(d))],
        scales=[S("HAM-D", 26, "2026-11-03", h1)],
        diagnoses=[D("S06.5X0D", dx1), D("F33.2", dx2)],
        suicidality=SU("passive", si))))

# ---------------------------------------------------------------- 04 headache medicine clinic, text PDF 2 p.
a = "Amitriptyline 25 mg at night, 2021 - 2022: knocked me out, hung over every morning; she stopped it."
b = "Topiramate 100 mg daily, 03/2022 - 08/2022: word-finding trouble at work, stopped."
c = "Venlafaxine XR 150 mg daily since 01/2023."
c2 = "Venlafaxine: headache days about half of what they were, and her mood is better, though not to remission."
p1 = "PHQ-9 14 (09/14/2026)."
n1 = "Pain NRS 8/10 on headache days (09/14/2026)."
n2 = "Pain NRS 6/10 on headache days (11/16/2026)."
dx1 = "G43.709 chronic migraine, no aura, not intractable"
dx2 = "F33.1 recurrent major depression, moderate"
si = "Safety screen: no thoughts of death or suicide."
CASES.append(dict(
    slug="04-headache-medicine-clinic-diary-review-visits-pdf",
    note="FICTIONAL case. Headache medicine clinic, two diary-review visits (text PDF, 2 pages). Not rows: erenumab requested but denied by insurance, never started; greater occipital nerve block only planned; sumatriptan and naproxen (acute headache medicines).",
    docs=[("headache_clinic_visits.pdf", "pdf", [
        [FIC, "# Blue Heron Headache Medicine Center (FICTIONAL)",
         "88 Larkspur Court, Suite 2, Eugene OR 97401 (fictional) - Tel (541) 555-0127",
         "Patient: Marisol Threadgill (FICTIONAL)   DOB 05/30/1984   Chart FICT-HA-4471",
         "# Return visit 09/14/2026 - Keegan Aldous-Ward, MD (neurology, headache medicine)",
         "Diagnoses:", dx1, dx2,
         "Diary: 18 headache days in the last 30, 9 of them severe. Acute medicines: sumatriptan 100 mg (about 8 doses a month), naproxen 500 mg.",
         "Preventive and mood medicines tried:", a, b, c,
         "Erenumab requested in 06/2026; insurance denied it, never started.",
         p1, n1, si,
         "Plan: continue venlafaxine; keep the diary; greater occipital nerve block at the next visit if still above 15 headache days."],
        ["# Return visit 11/16/2026 - Keegan Aldous-Ward, MD",
         "Diary: 10 headache days in the last 30, 4 severe.", c2,
         n2,
         "Nerve block not needed for now. Plan: continue venlafaxine XR 150 mg; return in 3 months."]])],
    truth=dict(
        history=[R("amitriptyline", "TCA", "antidepressant", "25 mg", "2021", "2022",
                   "knocked me out, hung over every morning; she stopped it", "side_effects", a),
                 R("topiramate", "anticonvulsant", "other", "100 mg", "2022-03", "2022-08",
                   "word-finding trouble at work, stopped", "side_effects", b),
                 R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2023-01", None,
                   "headache days about half of what they were, and her mood is better, though not to remission",
                   "partial_response", c2, page=2)],
        scales=[S("PHQ-9", 14, "2026-09-14", p1), S("pain NRS", 8, "2026-09-14", n1),
                S("pain NRS", 6, "2026-11-16", n2, page=2)],
        diagnoses=[D("G43.709", dx1), D("F33.1", dx2)],
        suicidality=SU("none", si))))

# ---------------------------------------------------------------- 05 behavioral urgent care handwritten triage sheet, scan
a = "~ 1. paroxetine 20 mg 2018-2019 - gained 30 lb, quit"
b = "~ 2. venlafaxine XR 150 mg 2020-2022 - did nothing"
c = "~ 3. bupropion XL 300 mg 06/2023 - now - took the edge off, still pretty low"
d = "~ yes - IPT 12 sessions 2021, helped w/ divorce, depression persisted"
p1 = "~ PHQ-9 21 (11/16/2026)"
si = "~ thoughts of suicide this week, thought about pills, no intent to act"
dx = "~ F33.2 MDD recurrent severe"
CASES.append(dict(
    slug="05-behavioral-urgent-care-handwritten-triage-sheet-scan",
    note="FICTIONAL case. Walk-in behavioral urgent care triage sheet, printed form filled in by hand (scanned, image-only PDF, 1 page). Not rows: ECT/TMS never had; TMS evaluation only a referral; hydroxyzine given once in clinic.",
    docs=[("urgent_care_triage_sheet.pdf", "scan", [[
        FIC, "# Northgate Behavioral Urgent Care (FICTIONAL) - Walk-in Triage Sheet",
        "Tel (602) 555-0131   Fax (602) 555-0132",
        "Name: ~ Wendell Ostrowski-Pike (FICTIONAL)",
        "DOB: ~ 07/22/1979      Chart: FICT-BUC-3318      Date: ~ 11/16/2026",
        "Psychiatric medicines, now and past (name, dose, dates, how did it go):",
        a, b, c,
        "Ever had therapy?", d,
        "ECT or TMS?  ~ no - never",
        "Screening:", p1,
        "Suicidal thoughts? (ideas, method, intent, plan)", si,
        "Clinician diagnosis:", dx,
        "Plan:", "~ safety plan done; hydroxyzine 25 mg x1 here;", "~ refer for TMS evaluation; continue bupropion",
        "Triage clinician: ~ J. Okonkwo-Reyes, PMHNP (FICTIONAL)"]])],
    truth=dict(
        history=[R("paroxetine", "SSRI", "antidepressant", "20 mg", "2018", "2019",
                   "gained 30 lb, quit", "side_effects", a[2:]),
                 R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2020", "2022",
                   "did nothing", "no_response", b[2:]),
                 R("bupropion", "NDRI", "antidepressant", "300 mg", "2023-06", None,
                   "took the edge off, still pretty low", "partial_response", c[2:]),
                 R("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2021", "2021",
                   "helped w/ divorce, depression persisted", "no_response", d[2:])],
        scales=[S("PHQ-9", 21, "2026-11-16", p1[2:])],
        diagnoses=[D("F33.2", dx[2:])],
        suicidality=SU("active", si[2:]))))

# ---------------------------------------------------------------- 06 MBCT course record, TXT
a = "Escitalopram 10 mg, 04/2017 - 03/2018: she stopped it with her doctor when she felt better."
b = "Sertraline 150 mg, 09/2020 - 02/2022: full remission for about a year, then the depression came back while she was still taking it."
c = "Vilazodone 40 mg daily since 03/2026: it hasn't touched my mood, she says."
d = "MBCT course, 8 weekly sessions, 09/02/2026 - 10/21/2026, attended 7. At the last session she said: I feel about 80% back to myself."
p1 = "PHQ-9 13 (09/02/2026)."
p2 = "PHQ-9 7 (10/21/2026)."
dx = "F33.1 recurrent major depression, moderate"
CASES.append(dict(
    slug="06-mindfulness-based-cognitive-therapy-course-record-txt",
    note="FICTIONAL case. Mindfulness-based cognitive therapy (MBCT) group course record (TXT). Suicidality null: the record says nothing of it. Not rows: levomilnacipran offered and declined; yoga class is no treatment row; 'the depression returned in 2020' is after escitalopram ended well (judges no trial).",
    docs=[("mbct_course_record.txt", "txt", [[
        FIC, "# Stillwater Mindfulness Programs (FICTIONAL) - MBCT course record",
        "Facilitators: Oona Brightwater, LCSW and Dev Ramaswami, PhD (FICTIONAL). Office (919) 555-0145.",
        "Participant: Henrike Saltonstall (FICTIONAL), 41, record FICT-MB-2290. Referred by her psychiatrist for recurrent depression.",
        "Referral diagnosis: " + dx,
        "# Referral history (from the psychiatrist's letter of 08/12/2026)",
        a, "The depression returned in 2020 after a job loss.", b, c,
        "Levomilnacipran was offered in 2025; she declined it.",
        "# Course",
        d, p1, p2,
        "She practises the 3-minute breathing space daily and has joined a yoga class.",
        "Next: monthly graduate sitting group; continue vilazodone per her psychiatrist."]])],
    truth=dict(
        history=[R("escitalopram", "SSRI", "antidepressant", "10 mg", "2017-04", "2018-03",
                   "she stopped it with her doctor when she felt better", "remission", a),
                 R("sertraline", "SSRI", "antidepressant", "150 mg", "2020-09", "2022-02",
                   "full remission for about a year, then the depression came back while she was still taking it", "relapse", b),
                 R("vilazodone", "SPARI", "antidepressant", "40 mg", "2026-03", None,
                   "it hasn't touched my mood", "no_response", c),
                 R("MBCT", "psychotherapy", "psychotherapy", "8 sessions", "2026-09-02", "2026-10-21",
                   "about 80% back to myself", "partial_response", d)],
        scales=[S("PHQ-9", 13, "2026-09-02", p1), S("PHQ-9", 7, "2026-10-21", p2)],
        diagnoses=[D("F33.1", dx)],
        suicidality=SU(None))))

# ---------------------------------------------------------------- 07 TMS reauthorization course summary, text PDF 2 p.
a = "Sertraline 200 mg daily, 05/2019 - 01/2020: no change in mood after more than 14 weeks at full dose."
b = "Desvenlafaxine 100 mg daily, 03/2020 - 05/2020: stopped after five weeks for drenching night sweats and nausea."
c = "Escitalopram 20 mg daily, 08/2020 - 12/2025: a partial response; she was never in remission on it."
d = "Quetiapine 150 mg at night, added to escitalopram 02/2022 - 07/2022: helped her sleep; the depression persisted."
e = "Course 1: 36 sessions, 03/02/2026 - 04/20/2026, 10 Hz left DLPFC at 120% of motor threshold."
f = "Follow-up: she stayed well through the summer; by September 2026 the benefit of the first course had worn off."
m1 = "MADRS 32 (03/02/2026)."
m2 = "MADRS 8 (04/20/2026)."
m3 = "MADRS 29 (10/05/2026)."
dx = "F33.2 recurrent major depression, now severe, no psychotic symptoms"
si = "C-SSRS since last contact (10/05/2026): no wish to be dead, no suicidal thoughts, no behavior."
CASES.append(dict(
    slug="07-tms-second-course-reauthorization-summary-pdf",
    note="FICTIONAL case. TMS clinic summary for a second-course authorization (text PDF, 2 pages): trials table, first course, session log summary, follow-up. Not rows: ketamine/esketamine never tried; ECT discussed and declined; the requested second course (not given yet); zolpidem.",
    docs=[("tms_course_summary.pdf", "pdf", [
        [FIC, "# Larchmont Neuromodulation Clinic (FICTIONAL) - TMS course summary for reauthorization",
         "1220 Birchwood Avenue, Rochester NY 14620 (fictional) - Tel (585) 555-0150 - Fax (585) 555-0151",
         "Patient: Philippa Onwuachi-Brandt (FICTIONAL)   DOB 12/01/1975   Clinic ID FICT-TMS-6604",
         "Prepared 10/05/2026 by Garrick Vellacott, MD (psychiatry)",
         "Diagnosis: " + dx,
         "# Prior treatment in this episode and before",
         a, b, c, d,
         "Psychotherapy: CBT, 16 sessions in 2021 with a community therapist; she could not tell us whether it helped.",
         "Ketamine and esketamine have not been tried. ECT was discussed in 01/2026 and she declined it.",
         "Other medicines: zolpidem 5 mg as needed for sleep; levothyroxine."],
        ["# First TMS course",
         e, m1, m2,
         "Session log summary: no missed sessions; scalp discomfort the first week only, tolerated.",
         "End of course (04/20/2026): remission on the MADRS.",
         f, m3, si,
         "Request: a second course of 36 sessions, to start as soon as authorized."]])],
    truth=dict(
        history=[R("sertraline", "SSRI", "antidepressant", "200 mg", "2019-05", "2020-01",
                   "no change in mood after more than 14 weeks at full dose", "no_response", a),
                 R("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2020-03", "2020-05",
                   "stopped after five weeks for drenching night sweats and nausea", "side_effects", b),
                 R("escitalopram", "SSRI", "antidepressant", "20 mg", "2020-08", "2025-12",
                   "a partial response; she was never in remission on it", "partial_response", c),
                 R("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2022-02", "2022-07",
                   "helped her sleep; the depression persisted", "no_response", d),
                 R("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2021", "2021",
                   "she could not tell us whether it helped", "unknown",
                   "Psychotherapy: CBT, 16 sessions in 2021 with a community therapist; she could not tell us whether it helped."),
                 R("TMS", "rTMS", "neuromodulation", "36 sessions", "2026-03-02", "2026-04-20",
                   "she stayed well through the summer; by September 2026 the benefit of the first course had worn off",
                   "relapse", f, page=2)],
        scales=[S("MADRS", 32, "2026-03-02", m1, page=2), S("MADRS", 8, "2026-04-20", m2, page=2),
                S("MADRS", 29, "2026-10-05", m3, page=2)],
        diagnoses=[D("F33.2", dx)],
        suicidality=SU("none", si, page=2))))

# ---------------------------------------------------------------- 08 geriatric psychiatry medication management, DOCX
a = "Citalopram 20 mg, 02/2020 - 09/2020: her sodium fell to 126 and her internist stopped it."
b = "Nortriptyline 50 mg at night, 11/2020 - 03/2023: she felt like her old self again, but it was stopped in 03/2023 after two falls from dizziness on standing."
c = "Problem-solving therapy, 6 home sessions with a geriatric social worker, 05/2023 - 07/2023: her mood improved partly but has not remitted."
d = "Mirtazapine 15 mg at night, 04/2023 - 09/2026: it helps her appetite; her mood is no different."
e = "Sertraline 25 mg started 10/14/2026, raised to 50 mg on 11/04/2026: too early to tell."
p1 = "PHQ-9 16 (11/18/2026)."
dx1 = "F33.1 recurrent major depression, moderate"
dx2 = "I10 high blood pressure, essential"
si = "Safety: denies SI and any wish to die."
CASES.append(dict(
    slug="08-geriatric-psychiatry-medication-management-visit-docx",
    note="FICTIONAL case. Outpatient geriatric psychiatry medication-management visit (DOCX). Not rows: ECT offered in the past and declined; methylphenidate only to consider; amlodipine; MoCA is no rating scale of the contract.",
    docs=[("geri_psych_visit.docx", "docx", [[
        FIC, "# Maplecrest Senior Behavioral Health (FICTIONAL)",
        "Tel (414) 555-0166 | 310 Orchard Row, Waukesha WI (fictional)",
        "Patient: Beatrix Hollenbeck-Ames (FICTIONAL), 78, MRN FICT-GP-8120",
        "# Medication management visit 11/18/2026 - Soledad Farquharson, MD (geriatric psychiatry)",
        "Diagnoses:", dx1, dx2,
        "Antidepressant course so far (chart review):", a, b, c, d, e,
        "She was offered ECT in 2023 and declined it.",
        "Other medicines: amlodipine 5 mg daily, vitamin D.",
        "Today: lives alone, daughter visits twice a week; sleeping 7 hours; appetite good; still withdrawn and slowed.",
        p1, "MoCA 26/30 (11/18/2026).", si,
        "Plan: continue sertraline 50 mg; sodium check in 2 weeks; consider methylphenidate 2.5 mg if apathy persists; return in 4 weeks."]])],
    truth=dict(
        history=[R("citalopram", "SSRI", "antidepressant", "20 mg", "2020-02", "2020-09",
                   "her sodium fell to 126 and her internist stopped it", "side_effects", a),
                 R("nortriptyline", "TCA", "antidepressant", "50 mg", "2020-11", "2023-03",
                   "she felt like her old self again, but it was stopped in 03/2023 after two falls from dizziness on standing",
                   "side_effects", b),
                 R("problem-solving therapy", "psychotherapy", "psychotherapy", "6 sessions", "2023-05", "2023-07",
                   "her mood improved partly but has not remitted", "partial_response", c),
                 R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2023-04", "2026-09",
                   "it helps her appetite; her mood is no different", "no_response", d),
                 R("sertraline", "SSRI", "antidepressant", "50 mg", "2026-10-14", None,
                   "too early to tell", "unknown", e)],
        scales=[S("PHQ-9", 16, "2026-11-18", p1)],
        diagnoses=[D("F33.1", dx1), D("I10", dx2)],
        suicidality=SU("none", si))))

# ---------------------------------------------------------------- 09 closed-practice records custodian abstract (old records), TXT
a = "IMIPRAMINE 150 MG HS, 02/1994 - 06/1994: DRY MOUTH, CONSTIPATION AND COULD NOT URINATE; STOPPED."
b = "FLUOXETINE 40 MG QAM, 09/1994 - 11/1998: FULLY WELL ON IT BY SUMMER 1995; BY 1998 IT HAD WORN OFF WHILE STILL TAKING IT."
c = "TRANYLCYPROMINE 30 MG DAILY, 01/1999 - 05/2003: RECOVERED FULLY, TAPERED OFF IN 2003."
d = "VENLAFAXINE XR 225 MG DAILY, 10/2005 - 12/2006: ABOUT THE SAME ON IT."
e = "LITHIUM 900 MG DAILY ADDED TO VENLAFAXINE, 04/2006 - 11/2006 (LEVEL 0.7): NO BENEFIT TO MOOD."
h1 = "HAM-D 24 (02/08/1994)."
h2 = "HAM-D 6 (03/12/2003)."
dx = "CUSTODIAN NOTE: ICD-10-CM EQUIVALENT F33.2 (RECURRENT MAJOR DEPRESSION, SEVERE, NO PSYCHOSIS)."
si = "06/1997: ACETAMINOPHEN OVERDOSE, 2 DAYS IN HOSPITAL, MEDICALLY CLEARED."
CASES.append(dict(
    slug="09-closed-practice-records-custodian-abstract-1994-2009-txt",
    note="FICTIONAL case. Records custodian's abstract of a closed solo psychiatry practice, 1994-2009 (TXT, capitals as the old system printed). The ICD-9 296.33 line is there as the old chart had it; only the custodian's F33.2 is truth. Not rows: ECT recommended 2007, refused; buspirone 'MAY TRY'; trazodone 50 mg for sleep only (1996).",
    docs=[("records_custodian_abstract.txt", "txt", [[
        FIC, "# ABSTRACT OF CLOSED PRACTICE RECORDS - FICTIONAL",
        "PRACTICE: ELMWOOD PSYCHIATRIC ASSOCIATES (FICTIONAL), CLOSED 2010. CUSTODIAN: RECORDKEEP SERVICES (FICTIONAL), TEL (216) 555-0177.",
        "PATIENT: CORNELIUS VANTREASE (FICTIONAL)   DOB 04/19/1961   CUSTODIAN FILE FICT-RK-19944",
        "TREATING PSYCHIATRIST: H. BLAYLOCK-NUNEZ, MD (FICTIONAL), 1994-2009",
        "OLD CHART DIAGNOSIS: 296.33", dx,
        "# MEDICATION TRIALS (ABSTRACTED FROM PROGRESS NOTES)",
        a, b,
        "1996: TRAZODONE 50 MG HS FOR SLEEP ONLY.",
        c, d, e,
        "2007: ECT RECOMMENDED; PATIENT REFUSED. BUSPIRONE - MAY TRY (NEVER STARTED).",
        "# RATINGS", h1, h2,
        "# SAFETY HISTORY", si,
        "# LAST VISIT 08/2009: STABLE ON NO MEDICATION? (NOTE ILLEGIBLE). RECORDS END."]])],
    truth=dict(
        history=[R("imipramine", "TCA", "antidepressant", "150 mg", "1994-02", "1994-06",
                   "DRY MOUTH, CONSTIPATION AND COULD NOT URINATE; STOPPED", "side_effects", a),
                 R("fluoxetine", "SSRI", "antidepressant", "40 mg", "1994-09", "1998-11",
                   "FULLY WELL ON IT BY SUMMER 1995; BY 1998 IT HAD WORN OFF WHILE STILL TAKING IT", "relapse", b),
                 R("tranylcypromine", "MAOI", "antidepressant", "30 mg", "1999-01", "2003-05",
                   "RECOVERED FULLY, TAPERED OFF IN 2003", "remission", c),
                 R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2005-10", "2006-12",
                   "ABOUT THE SAME ON IT", "no_response", d),
                 R("lithium", "mood stabilizer", "augmentation", "900 mg", "2006-04", "2006-11",
                   "NO BENEFIT TO MOOD", "no_response", e)],
        scales=[S("HAM-D", 24, "1994-02-08", h1), S("HAM-D", 6, "2003-03-12", h2)],
        diagnoses=[D("F33.2", dx)],
        suicidality=SU("attempt", si))))

# ---------------------------------------------------------------- 10 Spanish ECT unit report, text PDF 2 p.
a = "Escitalopram 20 mg/día (marzo de 2023 - septiembre de 2023): no había mejoría."
b = "Venlafaxina 225 mg/día (octubre de 2023 - junio de 2024): mejoría parcial, sin llegar a la remisión."
c = "Litio 800 mg/día asociado a venlafaxina (febrero de 2024 - mayo de 2024): temblor intenso y diarrea; se retiró."
d = "Curso de TEC: 12 sesiones bilaterales del 9 de septiembre de 2026 al 21 de octubre de 2026."
d2 = "Al final del curso la paciente está en remisión completa: duerme, come y ha vuelto a interesarse por sus nietos."
h1 = "HAM-D 29 (2 de septiembre de 2026)."
h2 = "HAM-D 6 (21 de octubre de 2026)."
dx = "F33.2 trastorno depresivo mayor recurrente, episodio grave sin síntomas psicóticos"
si = "Al ingreso (2 de septiembre de 2026) presentaba ideación suicida con plan estructurado."
CASES.append(dict(
    slug="10-informe-unidad-terapia-electroconvulsiva-espanol-pdf",
    note="FICTIONAL case (MUESTRA FICTICIA). Spanish ECT unit course report (text PDF, 2 pages). Not rows: ketamina valorada, no iniciada; TEC de mantenimiento only planned if relapse; lorazepam; sertralina 'se podría valorar'.",
    docs=[("informe_unidad_tec.pdf", "pdf", [
        ["MUESTRA FICTICIA / FICTIONAL SAMPLE - paciente, centro y profesionales inventados.",
         "# Hospital Universitario Ribera del Tormes (FICTICIO) - Unidad de Terapia Electroconvulsiva",
         "Paciente: Remedios Altamirano Quiroga (FICTICIA)   Nacimiento 17/06/1958   NHC FICT-TEC-30417",
         "# Informe de curso de TEC - 28 de octubre de 2026",
         "Diagnóstico: " + dx,
         "Antecedentes de tratamiento:", a, b, c,
         "Se valoró ketamina intravenosa en 2025; no se inició.",
         "Motivo del ingreso: episodio grave con inhibición, pérdida de 9 kg e ideas de ruina.", si, h1],
        ["# Curso de TEC", d,
         "Tolerancia: cefalea leve tras las dos primeras sesiones, tratada con paracetamol; quejas leves de memoria que se resolvieron.",
         d2, h2,
         "Tratamiento al alta: lorazepam 1 mg por la noche si insomnio.",
         "Plan: seguimiento en consulta a las 2 semanas; se ofrecerá TEC de mantenimiento si recae; se podría valorar sertralina."]])],
    truth=dict(
        history=[R("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-03", "2023-09",
                   "no había mejoría", "no_response", a),
                 R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2023-10", "2024-06",
                   "mejoría parcial, sin llegar a la remisión", "partial_response", b),
                 R("lithium", "mood stabilizer", "augmentation", "800 mg", "2024-02", "2024-05",
                   "temblor intenso y diarrea; se retiró", "side_effects", c),
                 R("ECT", "ECT", "neuromodulation", "12 sessions", "2026-09-09", "2026-10-21",
                   "Al final del curso la paciente está en remisión completa", "remission", d2, page=2)],
        scales=[S("HAM-D", 29, "2026-09-02", h1), S("HAM-D", 6, "2026-10-21", h2, page=2)],
        diagnoses=[D("F33.2", dx)],
        suicidality=SU("active", si))))

# ---------------------------------------------------------------- 11 after-visit summary with handwritten notes, phone photos
a = "- sertraline 100 mg, 01/2025 - 06/2025 ~~ so jittery I couldn't sit still - Dr. Y stopped it"
b = "- escitalopram 10 mg, 07/2025 - 03/2026 ~~ helped w/ worry, mood same"
c = "- duloxetine 60 mg, started 04/2026 (current) ~~ about 60% of my old self"
def hw(t):
    return " ".join(x.strip() for x in t[2:].split("~~"))
dx1 = "F41.1 Anxiety disorder, generalized (GAD)"
dx2 = "F32.1 Depression, single episode, moderate"
p1 = "PHQ-9 14 (09/29/2026)"
g1 = "GAD-7 12 (09/29/2026)"
si = "Depression screening follow-up: patient denies thoughts of self-harm."
CASES.append(dict(
    slug="11-after-visit-summary-with-handwritten-notes-photos",
    note="FICTIONAL case. Two phone photos (JPEG) of a primary-care After Visit Summary with the patient's handwritten notes beside the medication history. Each row's source text is the printed line; the outcome is the handwritten note beside it. Not rows: 'ask about bupropion??' (a question); counseling referral not scheduled; hydroxyzine 'as needed, never used'.",
    docs=[("avs_photo_1.jpg", "photo", [[
        FIC, "# Bramblewood Family Medicine (FICTIONAL)", "After Visit Summary - 09/29/2026",
        "Patient: Rosalind Achterberg (FICTIONAL)   DOB 11/02/1988   Tel (317) 555-0193",
        "Your diagnoses today:", dx1, dx2,
        "Your medication history (as reviewed today):",
        a, b, c,
        "- hydroxyzine 25 mg as needed for anxiety ~~ never used it",
        "~ ask about bupropion??"]]),
        ("avs_photo_2.jpg", "photo", [[
        "Bramblewood Family Medicine (FICTIONAL) - After Visit Summary 09/29/2026 - page 2",
        "Screening scores today:", p1, g1, si,
        "Referrals: behavioral health counseling (we will call you to schedule)",
        "~ not called yet",
        "Next visit: 12/01/2026 with Dr. Yarrowby (FICTIONAL)"]])],
    truth=dict(
        history=[R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-01", "2025-06",
                   "so jittery I couldn't sit still - Dr. Y stopped it", "side_effects", hw(a), file="avs_photo_1.jpg"),
                 R("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-07", "2026-03",
                   "helped w/ worry, mood same", "no_response", hw(b), file="avs_photo_1.jpg"),
                 R("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-04", None,
                   "about 60% of my old self", "partial_response", hw(c), file="avs_photo_1.jpg")],
        scales=[S("PHQ-9", 14, "2026-09-29", p1, file="avs_photo_2.jpg"),
                S("GAD-7", 12, "2026-09-29", g1, file="avs_photo_2.jpg")],
        diagnoses=[D("F41.1", dx1, file="avs_photo_1.jpg"), D("F32.1", dx2, file="avs_photo_1.jpg")],
        suicidality=SU("none", si, file="avs_photo_2.jpg"))))

# ---------------------------------------------------------------- 12 mail-order pharmacy refill history, text PDF
hdr = "| Drug and strength | First fill | Last fill | Fills | Pharmacist note"
a = "| Fluvoxamine 100 mg tab | 02/03/2025 | 04/04/2025 | 3 | Pt call 05/02/2025: stopped, vomiting every day on it"
b = "| Levomilnacipran ER 80 mg cap | 06/10/2025 | 12/08/2025 | 7 | Pt: no different on it; prescriber discontinued 01/2026"
c = "| Brexpiprazole 1 mg tab | 09/15/2025 | 11/12/2025 | 3 | Prescriber stopped it 12/2025 for akathisia"
d = "| Desvenlafaxine ER 100 mg tab | 02/02/2026 | 11/16/2026 | 10 | Refill call 11/16/2026: partial response, still low some days"
e = "| Trazodone 50 mg tab | 02/02/2026 | 11/16/2026 | 10 | for sleep"
def row(t):
    return " ".join(x.strip() for x in t[2:].split("|"))
dx = "Diagnosis on prescriptions: F33.1 (recurrent depression, moderate)"
CASES.append(dict(
    slug="12-mail-order-pharmacy-refill-history-printout-pdf",
    note="FICTIONAL case. Mail-order pharmacy refill history with pharmacist notes (text PDF, 1 page). Start/end are first/last fill dates unless a note dates the stop; desvenlafaxine's last fill is within a month of the print date, so open. Suicidality null (not stated). Not rows: trazodone (for sleep); omeprazole; the household member's fills are not on this profile; vortioxetine prior authorization only requested.",
    docs=[("mail_order_refill_history.pdf", "pdf", [[
        FIC, "# PrairieMail Pharmacy Services (FICTIONAL) - Prescription refill history",
        "Member services (800) 555-0139 - Pharmacist line (800) 555-0140",
        "Patient: Augustin Ferreira-Lindqvist (FICTIONAL)   DOB 08/08/1970   Member FICT-PM-772105",
        "Printed 11/30/2026 for the patient's appeal. Period 01/01/2025 - 11/30/2026.",
        dx,
        hdr, a, b, c, d, e,
        "| Omeprazole 20 mg cap | 01/06/2025 | 10/30/2026 | 8 | stomach",
        "Prior authorization requested by the prescriber for vortioxetine 10 mg on 11/20/2026; pending, not dispensed.",
        "Pharmacist: Lorna Q. Hepplewhite, PharmD (FICTIONAL)"]])],
    truth=dict(
        history=[R("fluvoxamine", "SSRI", "antidepressant", "100 mg", "2025-02-03", "2025-05",
                   "stopped, vomiting every day on it", "side_effects", row(a)),
                 R("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2025-06-10", "2026-01",
                   "no different on it; prescriber discontinued 01/2026", "no_response", row(b)),
                 R("brexpiprazole", "atypical antipsychotic", "augmentation", "1 mg", "2025-09-15", "2025-12",
                   "Prescriber stopped it 12/2025 for akathisia", "side_effects", row(c)),
                 R("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2026-02-02", None,
                   "partial response, still low some days", "partial_response", row(d))],
        scales=[],
        diagnoses=[D("F33.1", dx)],
        suicidality=SU(None))))
