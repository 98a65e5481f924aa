"""FICTIONAL cases 01-06 of notes20. Every person, clinic, plan, number and place here is invented."""
from __future__ import annotations

import textwrap

from helpers import D, H, S, SI
from model import Calendar, Doc, Form, Heading, Line, Para, Space, Table, Title

CASES = []

# =====================================================================================================
# 01 disability insurer's attending physician statement (form) with the last office note attached
# =====================================================================================================
F01 = "aps_short_term_disability_whitcombe.pdf"
doc01 = Doc(
    file=F01, kind="pdf", family="lsans", size=9.2,
    header="Larkspur Mutual Disability Insurance Co. (FICTIONAL) - Claim STD-FICT-20417 - Whitcombe, Marisol D.",
    pages=[
        [
            Title("ATTENDING PHYSICIAN STATEMENT - SHORT-TERM DISABILITY (MENTAL / NERVOUS)", size=12.5),
            Line("FICTIONAL SAMPLE FORM - every name, number and organization on it is invented.", bold=True),
            Line("Return by fax to 555-0139 or upload to the claim portal. Please answer every item; attach your "
                 "most recent office note.", size=8),
            Heading("Part A. Patient (completed by the claimant)"),
            Form("Name:", "Marisol D. Whitcombe"),
            Form("Date of birth:", "04/11/1981"),
            Form("Employer / job title:", "Fenwick Tile & Stone (FICTIONAL) / accounts payable lead"),
            Form("Last day worked:", "07/17/2026"),
            Heading("Part B. Diagnosis (attending physician)"),
            Form("Primary diagnosis and ICD-10 code:",
                 "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
            Form("Secondary diagnoses and ICD-10 codes:",
                 "F41.1 generalized anxiety disorder; E03.9 hypothyroidism (PCP)"),
            Form("Date symptoms first appeared (this episode):", "early 2025"),
            Form("Date you first treated the patient for this condition:", "03/04/2025"),
            Form("Dates of office visits in the last 6 months:", "06/15, 07/20, 08/10, 09/14, 10/06, 11/17/2026"),
            Heading("Part C. Objective findings"),
            Line("Mental status findings (describe): see attached note of 11/17/2026."),
            Line("Rating scales or tests (instrument, score, date):"),
            Form("", "PHQ-9 21 on 07/20/2026; PHQ-9 19 on 09/14/2026; GAD-7 15 on 07/20/2026"),
            Line("Hospitalized for this condition?   [ ] Yes   [X] No      Dates: ____________"),
            Line("Is the patient a danger to self or others?   [ ] Yes   [X] No"),
            Line("Substance use contributing to the impairment?   [ ] Yes   [X] No"),
            Space(4),
            Para("Items in Part D ask for every treatment for this condition. Incomplete statements delay the "
                 "claim decision.", size=8, italic=True),
        ],
        [
            Heading("Part D. Treatment"),
            Line("1. Current medications (name, dose, date started, what it is prescribed for):"),
            Table(["Medication", "Dose", "Started", "Prescribed for"], [
                ["desvenlafaxine ER", "100 mg daily", "08/10/2026", "depression"],
                ["aripiprazole", "5 mg daily", "10/06/2026", "depression (added to desvenlafaxine)"],
                ["zolpidem", "5 mg at bedtime as needed", "07/20/2026", "sleep; no more than 3 nights a week"],
                ["levothyroxine", "75 mcg daily", "2017", "hypothyroidism (prescribed by PCP)"],
            ]),
            Line("2. Medications tried for this condition and stopped:"),
            Table(["Medication", "Highest dose", "From", "To", "Reason stopped"], [
                ["escitalopram", "20 mg", "03/2025", "06/2026", "Ineffective - no change after 10 weeks at 20 mg"],
                ["vortioxetine", "20 mg", "06/15/2026", "08/03/2026", "Intolerance - persistent nausea and vomiting"],
            ]),
            Line("3. Psychotherapy?   [X] Yes   [ ] No     Type and frequency: CBT, weekly (T. Herrold, LCSW)"
                 "     Since: 07/28/2026"),
            Line("4. ECT, TMS, partial hospital or intensive outpatient?   [ ] Yes   [X] No"),
            Line("   Referred?  [X] TMS consultation requested 11/17/2026"),
            Heading("Part E. Functional capacity (current)"),
            Line("Sustained concentration:   [ ] over 2 hours   [ ] 1-2 hours   [X] under 30 minutes"),
            Line("Able to drive:   [X] Yes, short distances   [ ] No"),
            Line("Able to manage own benefits:   [X] Yes   [ ] No"),
            Form("Restrictions and limitations:", "no work of any kind at present; re-evaluate monthly"),
            Form("Expected return to work (estimate):", "re-evaluate 01/15/2027"),
            Heading("Part F. Attending physician"),
            Form("Name and specialty:", "Ansel Okonkwo-Reyes, MD - psychiatry"),
            Form("Practice:", "Ridgeway Behavioral Health (FICTIONAL), 40 Quarry Rd, Fenwick, OH"),
            Form("Phone:", "555-0142"),
            Form("Signature and date:", "A. Okonkwo-Reyes, MD   11/18/2026"),
        ],
        [
            Title("Ridgeway Behavioral Health (FICTIONAL) - Progress note", size=12),
            Line("Patient: Marisol D. Whitcombe    DOB 04/11/1981    Visit: 11/17/2026    "
                 "Clinician: A. Okonkwo-Reyes, MD"),
            Heading("Interval history"),
            Para("Ms. Whitcombe returns with her husband. She has now been on desvenlafaxine for about three "
                 "months, at 100 mg since 09/14. Her energy is better and she is out of bed by nine most days, but "
                 "she still cannot hold her attention on a spreadsheet for more than twenty minutes and she cries "
                 "most evenings. I would call this a partial response to the desvenlafaxine. The aripiprazole 5 mg, "
                 "added on 10/06, has helped her sleep through the night; her mood itself is no different than "
                 "before it was added."),
            Para("Therapy: she has been to 15 weekly CBT sessions with Ms. Herrold since 07/28. She does the "
                 "worksheets, but by her own account and Ms. Herrold's letter of 11/10 there has been little change "
                 "in her mood so far."),
            Para("History: her first episode was in 2019. Her PCP treated it with sertraline 100 mg for about a "
                 "year and she recovered fully, tapering off in 2020, with no return of symptoms until early 2025. "
                 "This episode: escitalopram 10 mg from 03/2025 and 20 mg from 04/2026, with no change, stopped in "
                 "06/2026; vortioxetine 06/15 to 08/03/2026, stopped for nausea and vomiting."),
            Heading("Mental status"),
            Para("Casually dressed, slowed, tearful when talking about work. Thought process linear; no psychotic "
                 "symptoms. She reports passive thoughts that she would be better off not waking up, two or three "
                 "times a month, with no intent or plan; she names her two sons as the reason she would not act. "
                 "No past suicide attempts. PHQ-9 18 today; GAD-7 13."),
            Heading("Plan"),
            Para("Continue desvenlafaxine 100 mg and aripiprazole 5 mg for now; if there is no further gain by "
                 "January, consider raising the aripiprazole to 10 mg or stopping it. TMS consultation requested; "
                 "she has not had TMS or ECT. Continue weekly CBT. Zolpidem as needed, sparingly. Remain off work; "
                 "attending physician statement completed for Larkspur Mutual (FICTIONAL). Return in 4 weeks."),
            Space(6),
            Line("Electronically signed: A. Okonkwo-Reyes, MD, 11/17/2026 17:42", size=8),
        ],
    ])
CASES.append(dict(
    slug="01-disability-attending-physician-statement-pdf",
    note=("FICTIONAL case. A disability insurer's attending physician statement (short-term disability, "
          "mental/nervous), 3-page PDF: form pages 1-2 with typed answers, tick boxes and two medication tables, "
          "and the attached office note of 11/17/2026 on p. 3. Rows: sertraline 2019-2020 (recovered, tapered "
          "off = remission); escitalopram 03/2025-06/2026 ineffective; vortioxetine 06/15-08/03/2026 nausea and "
          "vomiting; desvenlafaxine from 08/10/2026, partial (p. 3); aripiprazole added 10/06/2026, sleep better, "
          "mood no different (no_response, open); weekly CBT from 07/28/2026, little change (open). Not rows: "
          "zolpidem as needed for sleep, levothyroxine, the requested TMS consultation, 'has not had TMS or ECT', "
          "the aripiprazole 10 mg step considered."),
    docs=[doc01],
    history=[
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2019", "2020",
          "treated by her PCP for about a year; recovered fully, tapered off in 2020, no return until early 2025",
          "remission", F01, 3, "Her PCP treated it with sertraline 100 mg for about a year and she recovered fully"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-03", "2026-06",
          "Ineffective - no change after 10 weeks at 20 mg", "no_response", F01, 2,
          "escitalopram 20 mg 03/2025 06/2026 Ineffective - no change after 10 weeks at 20 mg"),
        H("vortioxetine", "multimodal (serotonin modulator)", "antidepressant", "20 mg", "2026-06-15",
          "2026-08-03", "Intolerance - persistent nausea and vomiting", "side_effects", F01, 2,
          "vortioxetine 20 mg 06/15/2026 08/03/2026 Intolerance - persistent nausea and vomiting"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg daily", "2026-08-10", None,
          "energy better, out of bed most days, but cannot concentrate more than twenty minutes and cries most "
          "evenings: a partial response", "partial_response", F01, 3,
          "I would call this a partial response to the desvenlafaxine"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg daily", "2026-10-06", None,
          "has helped her sleep through the night; her mood itself is no different than before it was added",
          "no_response", F01, 3, "her mood itself is no different than before it was added"),
        H("CBT", "psychotherapy", "psychotherapy", "15 weekly sessions", "2026-07-28", None,
          "does the worksheets, but little change in her mood so far", "no_response", F01, 3,
          "there has been little change in her mood so far"),
    ],
    scales=[
        S("PHQ-9", 21, "2026-07-20", F01, 1, "PHQ-9 21 on 07/20/2026"),
        S("PHQ-9", 19, "2026-09-14", F01, 1, "PHQ-9 19 on 09/14/2026"),
        S("GAD-7", 15, "2026-07-20", F01, 1, "GAD-7 15 on 07/20/2026"),
        S("PHQ-9", 18, "2026-11-17", F01, 3, "PHQ-9 18 today"),
        S("GAD-7", 13, "2026-11-17", F01, 3, "PHQ-9 18 today; GAD-7 13"),
    ],
    diagnoses=[
        D("F33.2", F01, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
        D("F41.1", F01, 1, "F41.1 generalized anxiety disorder"),
        D("E03.9", F01, 1, "E03.9 hypothyroidism"),
    ],
    suicidality=SI("passive", F01, 3, "passive thoughts that she would be better off not waking up"),
))

# =====================================================================================================
# 02 consultation-liaison psychiatry notes on an oncology ward, then a psycho-oncology follow-up
# =====================================================================================================
F02 = "cl_psychiatry_oncology_brannigan.pdf"
doc02 = Doc(
    file=F02, kind="pdf", family="sans", size=9.3,
    header="St. Brendan Regional Medical Center (FICTIONAL) - Brannigan, Rosalind M. - MRN FICT-558130",
    pages=[
        [
            Title("Consultation-Liaison Psychiatry - Consult and Progress Notes", size=13),
            Line("FICTIONAL RECORD - every name, number and place in it is invented.", bold=True),
            Line("Patient: Rosalind M. Brannigan    Age 61    Unit: 6 West (hematology-oncology)    "
                 "Admitted: 10/10/2026"),
            Heading("Initial consultation - 10/12/2026"),
            Para("Requested by Dr. Imre Vasquez-Holt (hematology-oncology). Reason: 'low mood, not eating, "
                 "tearful, asked about stopping chemotherapy'."),
            Para("History of present illness: Ms. Brannigan is a 61-year-old retired school librarian with diffuse "
                 "large B-cell lymphoma diagnosed in 06/2026, admitted on 10/10 with neutropenic fever after her "
                 "third cycle of chemotherapy. Nursing notes describe her as withdrawn, eating less than a quarter "
                 "of her meals and awake much of the night. She tells me she has felt 'hollowed out' since August: "
                 "no pleasure in her grandchildren's visits, guilt at being a burden, poor concentration. She has "
                 "had thoughts that it would be easier if the lymphoma 'just took her', without any wish to act on "
                 "them; she denies intent or plan and has never harmed herself. She wants to continue treatment "
                 "'on the days I can think straight'."),
            Para("Psychiatric history: a first depressive episode in 2011, after her divorce. Her family doctor "
                 "prescribed paroxetine 20 mg; she took it for about two years ('it got me through') and came off "
                 "it in 2013 when she was well. A second episode in 2018 was treated with duloxetine 60 mg from "
                 "2018 until 2021; she says it helped her back pain more than her mood ('my back was better, my "
                 "mood wasn't'), and in 2021 her family doctor changed it to sertraline. Sertraline, 150 mg since "
                 "2021, gave a partial benefit ('it took the worst off'). She stopped it herself in August 2026 "
                 "because chemotherapy nausea made it hard to keep any tablet down, not because of the sertraline "
                 "itself. No psychiatric admissions, no ECT, and no psychotherapy before now."),
            Para("Family history: her sister has done well on venlafaxine; her father drank heavily."),
            Para("Medications on the unit: cefepime IV; ondansetron 8 mg every 8 hours as needed; olanzapine 5 mg "
                 "at bedtime as part of oncology's antiemetic regimen; dexamethasone on chemotherapy days; "
                 "lorazepam 0.5 mg as needed for anticipatory nausea; allopurinol; acyclovir prophylaxis."),
            Para("Mental status: thin, pale woman in bed, good eye contact, soft voice, tearful when speaking of "
                 "her grandchildren. Mood 'empty'. No psychotic symptoms. Oriented; attention fair. Measures "
                 "today: PHQ-9 19; GAD-7 11; HADS depression subscale 14."),
        ],
        [
            Heading("Assessment and recommendations (10/12/2026, continued)"),
            Para("Major depressive disorder, recurrent, moderate (F33.1), in the setting of diffuse large B-cell "
                 "lymphoma (C83.30) and neutropenia after chemotherapy (D70.1). Cancer-related fatigue (R53.0) "
                 "overlaps with her depressive symptoms. Passive death wishes without intent; low acute risk; no "
                 "sitter needed."),
            Para("1. Start mirtazapine 7.5 mg at bedtime tonight for the depression; its help with appetite and "
                 "nausea is a welcome side benefit. 2. Sertraline is not restarted for now (nausea; interactions "
                 "with the antiemetics to review). 3. The olanzapine is oncology's antiemetic and stays as ordered; "
                 "it is not being used as an antidepressant. 4. Psycho-oncology counselor (Ms. Delia Fairweather, "
                 "LCSW) to see her for meaning-centered psychotherapy. 5. We will follow."),
            Heading("Follow-up - 10/14/2026"),
            Para("Slept five hours. Ate half of breakfast. Still tearful. Oncology started methylphenidate 5 mg "
                 "twice daily this morning for cancer-related fatigue (not for the depression); we agree and will "
                 "watch for anxiety. Took mirtazapine 7.5 mg both nights; continue."),
            Heading("Follow-up - 10/16/2026"),
            Para("More settled, sitting in the chair for meals. Mirtazapine increased to 15 mg at bedtime "
                 "tonight. Methylphenidate: she reports a racing heart in the afternoons, heart rate 112; oncology "
                 "is stopping it today. PHQ-9 not repeated."),
        ],
        [
            Heading("Follow-up - 10/20/2026 (day of discharge)"),
            Para("First session of meaning-centered psychotherapy with Ms. Fairweather today; she will continue "
                 "weekly as an outpatient at the cancer center. PHQ-9 15. Discharge medication from psychiatry: "
                 "mirtazapine 15 mg at bedtime. She asks about restarting sertraline later; we will decide at "
                 "follow-up."),
            Para("Prior trials (carried forward from the consult): paroxetine 2011-2013; duloxetine 2018-2021; "
                 "sertraline 2021-08/2026.", size=8.5),
            Heading("Outpatient psycho-oncology follow-up - 11/24/2026 (Cancer Center, FICTIONAL)"),
            Para("Now after cycle 5. Eating most meals, weight up 2 kg, sleeping six to seven hours. Mood "
                 "'lighter', but she is still tearful before scans and has little interest in her garden. PHQ-9 "
                 "12. On mirtazapine 15 mg this is a partial response; continue, and recheck in four weeks before "
                 "any change."),
            Para("Prior trials (carried forward from the consult): paroxetine 2011-2013; duloxetine 2018-2021; "
                 "sertraline 2021-08/2026.", size=8.5),
            Para("She has had five sessions of meaning-centered psychotherapy. She says the sessions help her face "
                 "the scans, but her mood itself is about the same as before she began them."),
            Para("No thoughts of death in the past two weeks; denies suicidal ideation. If the mood plateaus, "
                 "consider adding bupropion in January. Her daughter asked about esketamine, which we discussed "
                 "and do not recommend at this point."),
            Space(6),
            Line("Dr. Honora Lindqvist-Abara, MD, Consultation-Liaison Psychiatry (FICTIONAL)", size=8.5),
        ],
    ])
CASES.append(dict(
    slug="02-consult-liaison-oncology-ward-pdf",
    note=("FICTIONAL case. Consultation-liaison psychiatry notes on an oncology ward (3-page PDF): initial consult "
          "10/12/2026, follow-ups 10/14, 10/16 and 10/20, and an outpatient psycho-oncology visit 11/24/2026 "
          "(p. 3). Rows: paroxetine 2011-2013 (came off when well = remission); duloxetine 2018-2021 (back pain "
          "better, mood not = no_response); sertraline 2021-08/2026, partial, stopped for chemotherapy nausea (a "
          "reason outside the drug: partial_response); mirtazapine from 10/12/2026, partial (p. 3); "
          "meaning-centered psychotherapy from 10/20/2026, mood about the same (no_response, open). Not rows: "
          "olanzapine as an antiemetic, methylphenidate for cancer-related fatigue, ondansetron and lorazepam as "
          "needed, dexamethasone, the sister's venlafaxine, bupropion considered, esketamine discussed."),
    docs=[doc02],
    history=[
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2011", "2013",
          "'it got me through'; came off it in 2013 when she was well", "remission", F02, 1,
          "came off it in 2013 when she was well"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2018", "2021",
          "helped her back pain more than her mood ('my back was better, my mood wasn't')", "no_response", F02, 1,
          "it helped her back pain more than her mood"),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2021", "2026-08",
          "a partial benefit ('it took the worst off'); stopped by her in August 2026 because chemotherapy nausea "
          "made it hard to keep any tablet down, not because of the sertraline", "partial_response", F02, 1,
          "Sertraline, 150 mg since 2021, gave a partial benefit ('it took the worst off')"),
        H("mirtazapine", "NaSSA", "antidepressant", "15 mg at bedtime", "2026-10-12", None,
          "eating and sleeping better, mood 'lighter' but still tearful before scans: a partial response",
          "partial_response", F02, 3, "On mirtazapine 15 mg this is a partial response"),
        H("meaning-centered psychotherapy", "psychotherapy", "psychotherapy", "5 sessions, weekly",
          "2026-10-20", None,
          "the sessions help her face the scans, but her mood itself is about the same as before she began them",
          "no_response", F02, 3, "her mood itself is about the same as before she began them"),
    ],
    scales=[
        S("PHQ-9", 19, "2026-10-12", F02, 1, "PHQ-9 19; GAD-7 11"),
        S("GAD-7", 11, "2026-10-12", F02, 1, "PHQ-9 19; GAD-7 11"),
        S("PHQ-9", 15, "2026-10-20", F02, 3, "PHQ-9 15."),
        S("PHQ-9", 12, "2026-11-24", F02, 3, "PHQ-9 12."),
    ],
    diagnoses=[
        D("F33.1", F02, 2, "Major depressive disorder, recurrent, moderate (F33.1)"),
        D("C83.30", F02, 2, "diffuse large B-cell lymphoma (C83.30)"),
        D("D70.1", F02, 2, "neutropenia after chemotherapy (D70.1)"),
        D("R53.0", F02, 2, "Cancer-related fatigue (R53.0)"),
    ],
    suicidality=SI("passive", F02, 1,
                   "thoughts that it would be easier if the lymphoma 'just took her', without any wish to act on "
                   "them"),
))

# =====================================================================================================
# 03 pharmacogenomic test report with the clinician's medication history from the requisition
# =====================================================================================================
F03 = "pharmacogenomic_report_hollister.pdf"
doc03 = Doc(
    file=F03, kind="pdf", family="cond", size=9.2,
    header="Meridian Genomics Laboratory (FICTIONAL) - Report FICT-PGX-0093317 - Hollister, Tobias R.",
    pages=[
        [
            Title("Psychotropic Pharmacogenomic Panel - Final Report", size=13.5),
            Line("FICTIONAL SAMPLE REPORT - the laboratory, patient, clinician and all numbers are invented.",
                 bold=True),
            Table(["Patient", "Date of birth", "Specimen", "Collected", "Reported"], [
                ["Tobias R. Hollister", "08/19/1989", "buccal swab", "09/30/2026", "10/09/2026"],
            ]),
            Line("Ordering clinician: Priya Anand-Castellano, MD (FICTIONAL), Lakeshore Psychiatry, 555-0188"),
            Heading("Summary of gene-drug interactions (psychotropic medications)"),
            Para("Each medication is placed in a category from the genotypes on page 2. A category describes how "
                 "the genotype is expected to affect exposure or response; it does not mean the patient has taken "
                 "the medication, and it is not a recommendation to start or stop one.", size=8.5),
            Table(["Category", "Antidepressants", "Other psychotropics"], [
                ["Use as directed", "bupropion, desvenlafaxine, levomilnacipran, mirtazapine",
                 "aripiprazole*, brexpiprazole"],
                ["", "vilazodone, vortioxetine, fluoxetine", "lurasidone, ziprasidone"],
                ["Moderate gene-drug interaction", "venlafaxine*, duloxetine, paroxetine, fluvoxamine",
                 "quetiapine, risperidone"],
                ["Significant gene-drug interaction", "citalopram, escitalopram, sertraline",
                 "(none)"],
                ["", "amitriptyline, clomipramine, imipramine, nortriptyline", ""],
            ], size=8.3),
            Line("* reported as a current medication on the requisition (page 3).", size=8),
            Heading("Interpretive comment"),
            Para("CYP2C19 *17/*17 (ultrarapid metabolizer): lower blood levels of citalopram, escitalopram and "
                 "sertraline are expected at usual doses, so an agent not mainly cleared by CYP2C19 may be "
                 "preferred. CYP2D6 *4/*41 (intermediate metabolizer): venlafaxine is converted more slowly to its "
                 "active metabolite; response and side effects should guide the dose. The requisition reports no "
                 "benefit from citalopram or escitalopram at usual doses, which this genotype may help explain."),
        ],
        [
            Heading("Genotype results"),
            Table(["Gene", "Genotype", "Phenotype", "Drugs most affected (examples)"], [
                ["CYP2C19", "*17/*17", "Ultrarapid metabolizer", "citalopram, escitalopram, sertraline"],
                ["CYP2D6", "*4/*41", "Intermediate metabolizer", "venlafaxine, tricyclics, paroxetine"],
                ["CYP2C9", "*1/*1", "Normal metabolizer", "(few psychotropics)"],
                ["CYP3A4", "*1/*1", "Normal metabolizer", "quetiapine, lurasidone, vilazodone"],
            ]),
            Heading("Current medications reported on the requisition"),
            Table(["Medication", "Dose", "Gene-drug category"], [
                ["venlafaxine XR", "225 mg daily", "Moderate (CYP2D6)"],
                ["aripiprazole", "5 mg daily", "Use as directed"],
                ["hydroxyzine", "25 mg as needed for anxiety", "not assessed"],
                ["omeprazole", "20 mg daily (reflux)", "not psychotropic; lower exposure expected (CYP2C19)"],
                ["atorvastatin", "20 mg daily", "not psychotropic"],
            ]),
            Heading("Methods and limitations"),
            Para("Genotyping by targeted allele assay of the variants listed in the laboratory's test catalogue. "
                 "Variants not tested may be present. Phenotype assignments follow published activity-score "
                 "conventions. Medications the patient takes, diet, smoking, age, kidney and liver function and "
                 "drug interactions also affect exposure and response. This report is one input to clinical "
                 "judgement and does not replace it."),
            Para("This is a FICTIONAL sample for software testing; no specimen was tested.", size=8, italic=True),
        ],
        [
            Heading("Clinical information supplied by the ordering clinician (requisition, transcribed as received)"),
            Line("Diagnosis codes: F33.1 major depressive disorder, recurrent, moderate; F41.1 generalized anxiety "
                 "disorder"),
            Line("Reason for testing: treatment-resistant depression; poor response to or intolerance of three "
                 "SSRIs."),
            Line("Prior and current psychotropic trials:"),
            Table(["Medication", "Dose", "Dates", "Response", "Reason stopped / notes"], [
                ["citalopram", "20-40 mg", "2019-2020", "None", "Ineffective"],
                ["escitalopram", "20 mg", "01/2021-09/2021", "None at 20 mg", "Ineffective"],
                ["sertraline", "200 mg", "03/2022-10/2022", "Minimal", "Diarrhea"],
                ["venlafaxine XR", "225 mg", "01/2023-present", "Partial", "Continuing"],
                ["aripiprazole", "5 mg", "04/2025-present", "Partial; more energy",
                 "Continuing; added to venlafaxine XR"],
            ]),
            Line("Psychotherapy: CBT, 12 sessions, 2020 - helped with anxiety, mood unchanged."),
            Line("ECT / TMS / esketamine: none.    Family history: mother - good response to nortriptyline."),
            Line("Current measures: PHQ-9 17 and MADRS 28 on 09/30/2026 (day of collection)."),
            Line("Clinician's question: is vortioxetine or bupropion a reasonable next step?"),
            Heading("Laboratory response to the clinician's question"),
            Para("Neither vortioxetine nor bupropion is expected to be affected by the genotypes tested. The choice "
                 "between them, or of any other treatment, rests with the treating clinician."),
            Space(10),
            Line("Reviewed and released by: Lionel Achterberg, PhD, FACMG (FICTIONAL), Laboratory Director, "
                 "10/09/2026", size=8),
        ],
    ])
CASES.append(dict(
    slug="03-pharmacogenomic-report-requisition-history-pdf",
    note=("FICTIONAL case. A pharmacogenomic test report (3-page PDF): gene-drug category tables naming about "
          "twenty drugs the patient never took (p. 1), genotypes and the current medications (p. 2), and the "
          "ordering clinician's requisition history (p. 3). Rows come only from the requisition's trial table and "
          "psychotherapy line: citalopram 2019-2020 and escitalopram 01-09/2021 ineffective; sertraline 03-10/2022 "
          "stopped for diarrhea; venlafaxine XR from 01/2023, partial; aripiprazole added 04/2025, partial (both "
          "open); CBT 12 sessions 2020, anxiety better, mood unchanged. Not rows: every drug in the category "
          "tables, hydroxyzine as needed, omeprazole, atorvastatin, the mother's nortriptyline, vortioxetine or "
          "bupropion asked about. The records say nothing about suicidality: null."),
    docs=[doc03],
    history=[
        H("citalopram", "SSRI", "antidepressant", "20-40 mg", "2019", "2020", "None; Ineffective", "no_response",
          F03, 3, "citalopram 20-40 mg 2019-2020 None Ineffective"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2021-01", "2021-09", "None at 20 mg; Ineffective",
          "no_response", F03, 3, "escitalopram 20 mg 01/2021-09/2021 None at 20 mg Ineffective"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2022-03", "2022-10", "Minimal; stopped: Diarrhea",
          "side_effects", F03, 3, "sertraline 200 mg 03/2022-10/2022 Minimal Diarrhea"),
        H("venlafaxine", "SNRI", "antidepressant", "XR 225 mg", "2023-01", None, "Partial; continuing",
          "partial_response", F03, 3, "venlafaxine XR 225 mg 01/2023-present Partial Continuing"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2025-04", None,
          "Partial; more energy; continuing, added to venlafaxine XR", "partial_response", F03, 3,
          "aripiprazole 5 mg 04/2025-present Partial; more energy"),
        H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2020", "2020",
          "helped with anxiety, mood unchanged", "no_response", F03, 3,
          "CBT, 12 sessions, 2020 - helped with anxiety, mood unchanged"),
    ],
    scales=[
        S("PHQ-9", 17, "2026-09-30", F03, 3, "PHQ-9 17 and MADRS 28 on 09/30/2026"),
        S("MADRS", 28, "2026-09-30", F03, 3, "PHQ-9 17 and MADRS 28 on 09/30/2026"),
    ],
    diagnoses=[
        D("F33.1", F03, 3, "F33.1 major depressive disorder, recurrent, moderate"),
        D("F41.1", F03, 3, "F41.1 generalized anxiety disorder"),
    ],
    suicidality=SI(None),
))

# =====================================================================================================
# 04 peer-to-peer review call transcript (plain text)
# =====================================================================================================
F04 = "peer_to_peer_transcript_2026-11-12.txt"


def _turns(turns):
    out = []
    for ts, who, text in turns:
        head = f"[{ts}] {who}: " if who else f"[{ts}] "
        out.append(textwrap.fill(head + text, width=104, subsequent_indent=" " * 12, break_on_hyphens=False,
                                 break_long_words=False))
    return "\n".join(out)


K, O = "DR. KESSLER", "DR. OYELARAN-PRICE"
txt04 = "\n".join([
    "FICTIONAL SAMPLE TRANSCRIPT - every name, plan, number and place in it is invented.",
    "Harborline Health Plan (FICTIONAL) - Utilization Management - Behavioral Health",
    "Peer-to-peer review, recorded with both parties' consent and transcribed by the plan's vendor",
    "",
    "Date of call: 11/12/2026    Start: 16:05 ET    Duration: 14 min",
    "Member: Celeste A. Ranganathan    Member ID: HHP-FICT-339021    DOB: 02/27/1990",
    "Request: TMS, 36 sessions plus 6 taper (denied 11/05/2026: 'fewer than four adequate antidepressant",
    "         trials documented in the records received')",
    "Speakers: DR. KESSLER (plan medical director, psychiatry); DR. OYELARAN-PRICE (treating psychiatrist,",
    "          Northbank Mood Clinic, FICTIONAL); [transcriber's notes in brackets]",
    "",
    "-" * 100,
    _turns([
        ("00:00:04", K, "Good afternoon, this is Dr. Kessler, medical director for behavioral health at Harborline. "
         "I have the TMS request for Celeste Ranganathan, date of birth February 27, 1990. The denial says we "
         "found three trials in the records we received. Can you walk me through her history?"),
        ("00:00:21", O, "Sure. She's thirty-six, recurrent major depression, currently severe, that's F33.2, and "
         "generalized anxiety, F41.1. First medication was fluoxetine in early 2020, up to 40 milligrams, for about "
         "four months. No response at all."),
        ("00:00:44", K, "Four months at 40?"),
        ("00:00:46", O, "About ten weeks at 40, the rest was titration. Then sertraline, from the fall of 2020, up "
         "to 150. It ran to, I want to say, spring 2021 - no, I have the note here, it was stopped in February "
         "2021. We stopped it because she felt emotionally numb, flat; her mood hadn't really moved either."),
        ("00:01:10", K, "Okay. And then Lexapro?"),
        ("00:01:12", O, "Lexapro, 20 milligrams, that was - sorry, no, I'm looking at the wrong chart. Scratch "
         "that. She has never had escitalopram."),
        ("00:01:20", "", "[transcriber: pause, pages turning]"),
        ("00:01:26", O, "After the sertraline she went on bupropion XL 300 in March 2021. She had a real response "
         "for about six months - she went back to work full time - and then by the end of 2021 she was back where "
         "she started. We stopped it in January 2022."),
        ("00:01:45", K, "And now she's on?"),
        ("00:01:47", O, "Venlafaxine XR since January 2022, 225 milligrams since that spring. She's about a third "
         "better than when she started it, not more. She's still on it."),
        ("00:02:05", K, "Any augmentation? Our criteria ask for an augmentation trial with lithium or an "
         "atypical."),
        ("00:02:12", O, "Two. Lithium carbonate, added to the venlafaxine in June 2023, level 0.6. After five "
         "weeks she had a coarse tremor and was vomiting, so it came off in July. Then aripiprazole, 2 and then 5 "
         "milligrams, added in February 2024. She gained fourteen pounds in ten weeks and her A1c went up, and "
         "there was no mood benefit, so it was stopped in April 2024."),
        ("00:02:40", K, "Mirtazapine?"),
        ("00:02:41", O, "No, not mirtazapine. No MAOI either; she's been wary of the diet."),
        ("00:02:48", K, "Psychotherapy?"),
        ("00:02:50", O, "Weekly CBT with a psychologist since September 2022, more than sixty sessions. It helps her "
         "cope day to day, but the depression itself hasn't lifted."),
        ("00:03:05", K, "ECT? Esketamine?"),
        ("00:03:07", O, "She has refused ECT; her aunt had it in the eighties and she won't consider it. "
         "Esketamine she hasn't tried. If TMS is denied we'd consider it, but getting to the clinic twice a week "
         "is a problem for her."),
        ("00:03:20", K, "Anything for sleep?"),
        ("00:03:22", O, "Trazodone 50 at bedtime, just for sleep. And propranolol as needed before court days; "
         "she's a court interpreter."),
        ("00:03:30", K, "Current severity and safety?"),
        ("00:03:33", O, "PHQ-9 this morning was 19. On October 8th it was 21. I did a MADRS on October 29th: 30. "
         "Safety - in August she had active suicidal ideation with a plan; she thought about driving into the "
         "reservoir on her way home. She didn't act on it, she called her sister, and we saw her the next day. "
         "Since then passive thoughts, no plan or intent. No attempts, ever."),
        ("00:04:05", K, "That changes the picture. So four antidepressants - fluoxetine, sertraline, bupropion, "
         "venlafaxine - two augmentations and psychotherapy. Almost none of that was in what we received; we had "
         "only her last three office notes."),
        ("00:04:20", O, "I'll fax the full history today."),
        ("00:04:25", K, "Please do. On that basis I'm overturning the denial: TMS, 36 sessions with 6 taper "
         "sessions, approved. The reference number will be in the letter."),
        ("00:04:38", "", "[transcriber: call ends 16:19 ET]"),
    ]),
    "-" * 100,
    "",
    "Outcome recorded by UM staff 11/12/2026 16:31: initial denial overturned on peer-to-peer review.",
    "TMS approved 11/12/2026 for 36 + 6 sessions at Northbank Mood Clinic (FICTIONAL); treatment not yet started.",
    "Authorization FICT-UM-7781204. Letters to member and provider mailed 11/13/2026. Questions: 555-0111.",
    "",
])
doc04 = Doc(file=F04, kind="txt", raw_text=txt04)
CASES.append(dict(
    slug="04-peer-to-peer-review-transcript-txt",
    note=("FICTIONAL case. A health plan's transcript of a peer-to-peer review call about a TMS denial (plain "
          "text, timestamped turns). The treating psychiatrist tells the history aloud, correcting herself twice "
          "(sertraline's end, and a Lexapro mention retracted: 'wrong chart ... never had escitalopram'). Rows: "
          "fluoxetine 2020 no response; sertraline fall 2020-02/2021 stopped for emotional numbness; bupropion XL "
          "03/2021-01/2022 response then back = relapse; venlafaxine XR from 01/2022 a third better (partial, "
          "open); lithium added 06-07/2023 tremor and vomiting; aripiprazole 02-04/2024 weight and A1c; weekly CBT "
          "from 09/2022, helps her cope, depression not lifted (no_response, open). Not rows: escitalopram "
          "(retracted), mirtazapine and MAOIs (never), ECT (refused; the aunt's ECT), esketamine (not tried, "
          "considered), trazodone for sleep, propranolol as needed, the approved but not started TMS."),
    docs=[doc04],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2020", "2020", "No response at all", "no_response",
          F04, 1, "up to 40 milligrams, for about four months. No response at all"),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2020", "2021-02",
          "stopped because she felt emotionally numb, flat; her mood hadn't really moved either", "side_effects",
          F04, 1, "We stopped it because she felt emotionally numb, flat"),
        H("bupropion", "NDRI", "antidepressant", "XL 300 mg", "2021-03", "2022-01",
          "a real response for about six months, then by the end of 2021 back where she started; stopped "
          "January 2022", "relapse", F04, 1,
          "She had a real response for about six months"),
        H("venlafaxine", "SNRI", "antidepressant", "XR 225 mg", "2022-01", None,
          "about a third better than when she started it, not more; still on it", "partial_response", F04, 1,
          "She's about a third better than when she started it, not more"),
        H("lithium", "mood stabilizer", "augmentation", "level 0.6", "2023-06", "2023-07",
          "after five weeks a coarse tremor and vomiting, so it came off in July", "side_effects", F04, 1,
          "After five weeks she had a coarse tremor and was vomiting, so it came off in July"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-02", "2024-04",
          "gained fourteen pounds in ten weeks, A1c up, no mood benefit; stopped April 2024", "side_effects",
          F04, 1, "She gained fourteen pounds in ten weeks and her A1c went up"),
        H("CBT", "psychotherapy", "psychotherapy", "weekly, more than sixty sessions", "2022-09", None,
          "helps her cope day to day, but the depression itself hasn't lifted", "no_response", F04, 1,
          "It helps her cope day to day, but the depression itself hasn't lifted"),
    ],
    scales=[
        S("PHQ-9", 19, "2026-11-12", F04, 1, "PHQ-9 this morning was 19"),
        S("PHQ-9", 21, "2026-10-08", F04, 1, "On October 8th it was 21"),
        S("MADRS", 30, "2026-10-29", F04, 1, "I did a MADRS on October 29th: 30"),
    ],
    diagnoses=[
        D("F33.2", F04, 1, "currently severe, that's F33.2"),
        D("F41.1", F04, 1, "generalized anxiety, F41.1"),
    ],
    suicidality=SI("active", F04, 1, "in August she had active suicidal ideation with a plan"),
))

# =====================================================================================================
# 05 independent review organization's external review decision with the reviewer's records summary
# =====================================================================================================
F05 = "external_review_decision_FICT-IRO-26-4471.pdf"
doc05 = Doc(
    file=F05, kind="pdf", family="serif", size=10.2,
    header="Cobalt Ridge Independent Review (FICTIONAL) - Case FICT-IRO-26-4471",
    pages=[
        [
            Title("Cobalt Ridge Independent Review (FICTIONAL)", size=14),
            Line("FICTIONAL SAMPLE - an invented review organization, member, plan and case.", bold=True),
            Line("210 Fairlead Way, Suite 4, Port Averly, ME  -  Telephone 555-0167"),
            Space(6),
            Line("October 27, 2026"),
            Line("Annika J. Solvang, 18 Pickering Lane, Port Averly, ME (member)"),
            Line("Tidewater Health Partners (FICTIONAL), Appeals Unit (health plan)"),
            Space(4),
            Line("Re: External review of the denial of esketamine nasal spray (Spravato) - Member ID TWP-FICT-60214",
                 bold=True),
            Line("Decision: the health plan's denial is OVERTURNED.", bold=True),
            Heading("Summary of the dispute"),
            Para("On 07/14/2026 the health plan denied a request for esketamine nasal spray, stating that the "
                 "member had not failed two antidepressants of adequate dose and duration and had not had an "
                 "augmentation trial. The plan upheld its denial on internal appeal on 08/21/2026. The member asked "
                 "for external review on 09/10/2026. The case was assigned to a reviewer who is a board-certified "
                 "psychiatrist in active practice, has no conflict of interest with the member, the treating "
                 "providers or the plan, and took no part in the earlier decisions."),
            Heading("Documents reviewed"),
            Para("1. The plan's denial letter of 07/14/2026 and its internal appeal decision of 08/21/2026. 2. The "
                 "plan's medical policy on esketamine (BH-FICT-112). 3. The treating psychiatrist's letter of "
                 "medical necessity of 09/02/2026. 4. Office notes of the treating psychiatrist, 03/2021 to 08/2026 "
                 "(41 pages). 5. The member's pharmacy claims, 2021 to 2026. 6. The psychotherapist's summary of "
                 "02/2022 to 06/2022. 7. A 2019 hospital discharge summary."),
        ],
        [
            Heading("Clinical summary (prepared by the reviewer from the records)"),
            Para("The member is a 44-year-old woman with major depressive disorder, recurrent, severe without "
                 "psychotic features (F33.2). The records document the following treatment."),
            Para("(a) Sertraline, started 03/2021 and raised from 50 to 200 mg, taken through 09/2021 (about six "
                 "months, more than eight weeks at 200 mg). The office notes record no improvement, and it was "
                 "stopped for lack of effect."),
            Para("(b) Mirtazapine 30 mg, 10/2021 to 12/2021, discontinued after a weight gain of 18 pounds in eight "
                 "weeks."),
            Para("(c) Bupropion XL, 150 then 300 mg, 01/2022 to 07/2023. The notes describe a clear improvement by "
                 "the middle of 2022 that was lost over the following year despite the higher dose; it was stopped "
                 "in 07/2023."),
            Para("(d) Duloxetine, 60 then 120 mg, from 08/2023 and continued to date. The treating psychiatrist "
                 "describes a partial response: she is working part time but remains significantly depressed."),
            Para("(e) Quetiapine XR 150 mg, added to duloxetine from 03/2024 to 06/2024 and discontinued for "
                 "daytime sedation that kept her from driving; no benefit to mood was recorded."),
            Para("(f) Interpersonal psychotherapy, 16 weekly sessions, 02/2022 to 06/2022 (therapist's summary): "
                 "her relationships with her adult children improved, but her depressive symptoms persisted."),
            Para("(g) Transcranial magnetic stimulation was authorized by the plan in 04/2024, but the member never "
                 "began it: the nearest in-network provider was 90 miles away and she could not arrange transport "
                 "for daily sessions."),
            Para("(h) Lithium has never been prescribed. The plan's internal appeal decision refers to 'a prior "
                 "trial of escitalopram'; the reviewer found no escitalopram prescription, claim or note in the "
                 "records and treats that statement as an error."),
            Para("Measures documented in the records: PHQ-9 20 (03/15/2021), 19 (09/20/2021), 9 (06/14/2022), 18 "
                 "(05/02/2023) and 17 (08/06/2026); MADRS 31 (08/06/2026)."),
            Para("Risk: the 2019 discharge summary records a hospitalization after an intentional overdose of "
                 "acetaminophen, a suicide attempt (Z91.51, personal history of suicidal behavior, on the current "
                 "problem list). The 08/2026 notes record passive thoughts of death without a plan. Other "
                 "medications: levothyroxine; sumatriptan as needed for migraine."),
        ],
        [
            Heading("The plan's criteria"),
            Para("Policy BH-FICT-112 covers esketamine for adults with major depressive disorder who have not "
                 "responded to at least two antidepressants of different classes, each at an adequate dose for at "
                 "least six weeks in the current episode, and, under this plan's version of the policy, to one "
                 "augmentation trial (an atypical antipsychotic or lithium), or who could not tolerate them."),
            Heading("Analysis"),
            Para("The records show two antidepressant trials of adequate dose and duration without benefit or with "
                 "benefit that was lost (sertraline; bupropion XL), a third with only a partial response "
                 "(duloxetine), a fourth stopped for intolerance (mirtazapine), and an augmentation trial with "
                 "quetiapine XR stopped for intolerance. The plan's statement that no augmentation had been tried "
                 "is not supported by its own pharmacy claims, which show quetiapine XR dispensed from 03/2024 to "
                 "05/2024. The member meets the policy's criteria. Esketamine is approved by the FDA for "
                 "treatment-resistant depression in adults, and its use here is consistent with its labelling."),
            Heading("Decision"),
            Para("The denial is overturned. The plan must authorize esketamine nasal spray as requested by the "
                 "treating psychiatrist. This decision is binding on the plan except to the extent other remedies "
                 "are available under state or federal law."),
            Space(8),
            Line("Cobalt Ridge Independent Review (FICTIONAL) - reviewer identity on file, available on request."),
            Line("This is a FICTIONAL sample document made for software testing.", size=8.5),
        ],
    ])
CASES.append(dict(
    slug="05-external-review-decision-records-summary-pdf",
    note=("FICTIONAL case. An independent review organization's external review decision letter overturning an "
          "esketamine denial (3-page serif PDF), with the reviewer's clinical summary of the records on p. 2 as "
          "lettered paragraphs and a dated list of measures. Rows: sertraline 03-09/2021 no improvement; "
          "mirtazapine 10-12/2021 weight gain; bupropion XL 01/2022-07/2023 improvement lost = relapse; duloxetine "
          "from 08/2023 partial (open); quetiapine XR added 03-06/2024 sedation; IPT 16 sessions 02-06/2022 "
          "relationships better, depression persisted. Not rows: the requested esketamine; TMS authorized but never "
          "begun; lithium never prescribed; the plan's erroneous 'prior trial of escitalopram'; acetaminophen "
          "taken in the 2019 overdose; levothyroxine; sumatriptan as needed."),
    docs=[doc05],
    history=[
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2021-03", "2021-09",
          "no improvement recorded; stopped for lack of effect", "no_response", F05, 2,
          "The office notes record no improvement, and it was stopped for lack of effect"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2021-10", "2021-12",
          "discontinued after a weight gain of 18 pounds in eight weeks", "side_effects", F05, 2,
          "discontinued after a weight gain of 18 pounds in eight weeks"),
        H("bupropion", "NDRI", "antidepressant", "XL 300 mg", "2022-01", "2023-07",
          "a clear improvement by the middle of 2022 that was lost over the following year despite the higher "
          "dose", "relapse", F05, 2,
          "a clear improvement by the middle of 2022 that was lost over the following year"),
        H("duloxetine", "SNRI", "antidepressant", "120 mg", "2023-08", None,
          "a partial response: working part time but remains significantly depressed", "partial_response", F05,
          2, "describes a partial response: she is working part time but remains significantly depressed"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "XR 150 mg", "2024-03", "2024-06",
          "discontinued for daytime sedation that kept her from driving; no benefit to mood recorded",
          "side_effects", F05, 2, "discontinued for daytime sedation that kept her from driving"),
        H("IPT", "psychotherapy", "psychotherapy", "16 weekly sessions", "2022-02", "2022-06",
          "relationships with her adult children improved, but her depressive symptoms persisted",
          "no_response", F05, 2, "her relationships with her adult children improved, but her depressive "
          "symptoms persisted"),
    ],
    scales=[
        S("PHQ-9", 20, "2021-03-15", F05, 2, "PHQ-9 20 (03/15/2021)"),
        S("PHQ-9", 19, "2021-09-20", F05, 2, "19 (09/20/2021)"),
        S("PHQ-9", 9, "2022-06-14", F05, 2, "9 (06/14/2022)"),
        S("PHQ-9", 18, "2023-05-02", F05, 2, "18 (05/02/2023)"),
        S("PHQ-9", 17, "2026-08-06", F05, 2, "17 (08/06/2026)"),
        S("MADRS", 31, "2026-08-06", F05, 2, "MADRS 31 (08/06/2026)"),
    ],
    diagnoses=[
        D("F33.2", F05, 2, "recurrent, severe without psychotic features (F33.2)"),
        D("Z91.51", F05, 2, "Z91.51, personal history of suicidal behavior"),
    ],
    suicidality=SI("attempt", F05, 2,
                   "a hospitalization after an intentional overdose of acetaminophen, a suicide attempt"),
))

# =====================================================================================================
# 06 phone photos of a patient's kitchen wall calendar (three months) with handwritten entries
# =====================================================================================================
P06 = "kitchen_calendar_photo_{n}.jpg"
P06_1, P06_2, P06_3 = (P06.format(n=i) for i in (1, 2, 3))
BANNER = "Larch Valley Credit Union (FICTIONAL) - 2026 Calendar - FICTIONAL SAMPLE"
doc06 = Doc(
    file=P06, kind="photo", family="lsans", size=9, footer=False, margin=40,
    pages=[
        [
            Line(BANNER, size=8),
            Calendar(2026, 9, {
                2: ["Dr O 10am - PHQ 20", "start Lexapro 10mg"],
                3: ["nausea"],
                4: ["nausea better pm"],
                7: ["Labor Day"],
                9: ["CBT w/ Jen #1 4pm"],
                12: ["Kayla bday party"],
                16: ["CBT #2", "Lexapro up to 20"],
                18: ["pick up Mom's Zoloft refill"],
                21: ["trazodone 50 - couldn't sleep"],
                23: ["CBT #3"],
                25: ["ibuprofen x2 back"],
                30: ["CBT #4 homework: activity log"],
            }, notes=[
                "For Dr O - meds before:",
                "Prozac 2019 - jittery, quit after 2 wks",
                "Celexa 2020-2022 - worked ~1 yr then stopped working",
            ]),
        ],
        [
            Line(BANNER, size=8),
            Calendar(2026, 10, {
                7: ["CBT #5"],
                14: ["Dr O - PHQ 18", "Lex not helping.", "taper Lex, Effexor 37.5 on 10/22"],
                16: ["flu shot"],
                21: ["CBT #6", "last Lexapro"],
                22: ["1st Effexor 37.5"],
                28: ["CBT #7 last one ins covers", "helped w/ worry, mood same"],
                29: ["Effexor 75"],
                31: ["Halloween"],
            }),
        ],
        [
            Line(BANNER, size=8),
            Calendar(2026, 11, {
                5: ["Effexor 150"],
                11: ["Dr O - PHQ 14", "a bit better - stay 150", "sometimes wish I wouldn't wake up, no plan"],
                18: ["night sweats"],
                25: ["Dr O: Effexor partly helping", "wants Abilify 2 - I said no (weight)"],
                26: ["Thanksgiving @ Rosa's"],
            }, notes=["find new CBT person in network?"]),
        ],
    ])
CASES.append(dict(
    slug="06-kitchen-calendar-phone-photos",
    note=("FICTIONAL case. Three phone photos (JPEG) of a patient's kitchen wall calendar, September to November "
          "2026, with handwritten entries in the day cells and a NOTES box. Rows: Prozac 2019 'jittery, quit after "
          "2 wks' (side_effects) and Celexa 2020-2022 'worked ~1 yr then stopped working' (relapse) from the "
          "September notes box; Lexapro 09/02-10/21/2026 ('Lex not helping', p. of October); CBT sessions #1-#7 "
          "09/09-10/28/2026 ('helped w/ worry, mood same'); Effexor from 10/22/2026, 'partly helping' (open). Not "
          "rows: the mother's Zoloft refill, trazodone once for sleep, ibuprofen, the flu shot, Abilify suggested "
          "and refused, a new CBT therapist to find. No diagnosis codes appear."),
    docs=[doc06],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", None, "2019", "2019", "jittery, quit after 2 wks",
          "side_effects", P06_1, 1, "Prozac 2019 - jittery, quit after 2 wks"),
        H("citalopram", "SSRI", "antidepressant", None, "2020", "2022", "worked ~1 yr then stopped working",
          "relapse", P06_1, 1, "Celexa 2020-2022 - worked ~1 yr then stopped working"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2026-09-02", "2026-10-21", "Lex not helping",
          "no_response", P06_2, 1, "Lex not helping."),
        H("CBT", "psychotherapy", "psychotherapy", "7 sessions", "2026-09-09", "2026-10-28",
          "helped w/ worry, mood same", "no_response", P06_2, 1, "helped w/ worry, mood same"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2026-10-22", None,
          "a bit better; Effexor partly helping", "partial_response", P06_3, 1, "Effexor partly helping"),
    ],
    scales=[
        S("PHQ-9", 20, "2026-09-02", P06_1, 1, "Dr O 10am - PHQ 20"),
        S("PHQ-9", 18, "2026-10-14", P06_2, 1, "Dr O - PHQ 18"),
        S("PHQ-9", 14, "2026-11-11", P06_3, 1, "Dr O - PHQ 14"),
    ],
    diagnoses=[],
    suicidality=SI("passive", P06_3, 1, "sometimes wish I wouldn't wake up, no plan"),
))
