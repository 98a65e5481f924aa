"""notes28 (blind set 28): the cases. ALL CONTENT IS FICTIONAL.

A document is (file name, format, [page text, ...]). A page text is one line per block:
'# ' a heading, '|' a table row (cells split on '|'), '~' a handwritten line (scan and photos), else a paragraph.
Truth rows: R (history), S (scale), D (diagnosis), SU (suicidality).
"""


def P(s):
    return [ln.strip() for ln in s.strip("\n").split("\n") if ln.strip()]


def src(file, page, text):
    return {"file": file, "page": page, "text": text}


def R(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": src(file, page, text)}


def S(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": src(file, page, text)}


def D(code, file, page, text):
    return {"code": code, "source": src(file, page, text)}


def SU(level, file=None, page=None, text=None):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": src(file, page, text)}


CASES = []


def case(slug, note, docs, history, scales, diagnoses, suicidality):
    CASES.append(dict(slug=slug, note="FICTIONAL case. " + note, docs=docs, history=history, scales=scales,
                      diagnoses=diagnoses, suicidality=suicidality))


# ---------------------------------------------------------------------------------------------------------------
F = "radonc_on_treatment_visits.pdf"
case(
    "01-radiation-oncology-weekly-on-treatment-visits-pdf",
    "Radiation oncology weekly on-treatment visits (week 2 p. 1, week 4 p. 2), 2-page PDF. Rows: bupropion 2018 "
    "(wired, stopped: side effects), escitalopram 2019-2021 (took the edge off, still down: partial), sertraline since "
    "2024-03 (like myself, then mood dropped back since the cancer diagnosis while taking it: relapse, current; 150 mg only "
    "discussed), CBT with the cancer center psychologist since 2026-09 (helps with the mask days, low mood has not moved: "
    "no response, current). Not rows: cisplatin, ondansetron, olanzapine for chemo nausea, lidocaine mouthwash, "
    "lorazepam for mask anxiety, dronabinol for appetite, oxycodone, the wife's trazodone, duloxetine only mentioned by "
    "the pain team.",
    [(F, "pdf", [P("""
# FICTIONAL SAMPLE - Lakeshore Fictional Cancer Institute - Department of Radiation Oncology
Weekly On-Treatment Visit (OTV). FICTIONAL patient: Harlan Obuya, MRN FICT-28-0141, DOB 03/11/1961. Clinic phone 555-0141.
# OTV week 2 - 10/07/2026 (fraction 8 of 35)
Diagnoses: C32.9 malignant neoplasm of larynx, unspecified, on definitive radiation with weekly cisplatin (medical oncology). F33.1 major depressive disorder, recurrent, moderate (managed by his PCP).
Symptoms: mild pain on swallowing, weight down 1.2 kg since simulation, patchy mucosal redness. Throat pain NRS 6/10.
|Medication|Dose|For / prescriber
|cisplatin|40 mg/m2 IV weekly|larynx cancer (medical oncology)
|ondansetron|8 mg every 8 h as needed|nausea
|olanzapine|5 mg at bedtime on chemo days|nausea (medical oncology)
|lidocaine viscous mouthwash|15 mL swish and spit|mouth pain
|sertraline|100 mg daily|depression (PCP)
|lorazepam|0.5 mg before each treatment|anxiety in the mask
|dronabinol|2.5 mg twice daily|appetite
Mood and coping: He has had depression since his thirties. An early try of bupropion in 2018 left him "wired, heart pounding, up all night," and he stopped it after three weeks. Escitalopram 10 to 20 mg from 2019 to 2021 "took the edge off, but I was still down in the dumps," and his PCP switched him.
Sertraline 100 mg was started in March 2024 and he felt "like myself again" through 2025. Since the diagnosis in August his mood has dropped back to where it was before sertraline, although he takes it every day.
He began CBT with the cancer center psychologist in 09/2026 (4 sessions so far). Last week he tried one of his wife's trazodone tablets for sleep and felt groggy all morning; advised not to take other people's medicines. The pain team mentioned duloxetine if neuropathy develops later; not started.
PHQ-9: 13. He denies suicidal thoughts: "I want to live to see my grandson graduate."
Plan: continue radiation as planned; dietitian this week; social work for rides.
"""), P("""
# OTV week 4 - 10/21/2026 (fraction 18 of 35)
Grade 2 mucositis: K12.33 oral mucositis (ulcerative) due to radiation. Throat pain NRS 7/10 despite the mouthwash; oxycodone liquid 5 mg every 4 h as needed started today. Weight down 3.0 kg since simulation.
Medications: unchanged from the week 2 list except oxycodone. Sertraline 100 mg daily continues.
Mood: PHQ-9: 15. CBT is at 6 sessions: "it helps me get through the mask days, but the low mood underneath hasn't moved."
Raising sertraline to 150 mg was discussed; he would rather wait until radiation ends, so no change today. No thoughts of self-harm.
Plan: continue treatment; feeding tube discussed if weight loss reaches 5 kg; see again next week.
""")])],
    [
        R("bupropion", "NDRI", "antidepressant", None, "2018", "2018", "wired, heart pounding, up all night; stopped after three weeks",
          "side_effects", F, 1, 'An early try of bupropion in 2018 left him "wired, heart pounding, up all night," and he stopped it after three weeks.'),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2019", "2021", "took the edge off, but I was still down in the dumps",
          "partial_response", F, 1, 'Escitalopram 10 to 20 mg from 2019 to 2021 "took the edge off, but I was still down in the dumps,"'),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2024-03", None,
          "felt like myself again through 2025; since the diagnosis in August mood dropped back although he takes it every day",
          "relapse", F, 1, "Since the diagnosis in August his mood has dropped back to where it was before sertraline, although he takes it every day."),
        R("CBT", "psychotherapy", "psychotherapy", "6 sessions", "2026-09", None,
          "it helps me get through the mask days, but the low mood underneath hasn't moved", "no_response", F, 2,
          '"it helps me get through the mask days, but the low mood underneath hasn\'t moved."'),
    ],
    [S("pain NRS", 6, "2026-10-07", F, 1, "Throat pain NRS 6/10."), S("PHQ-9", 13, "2026-10-07", F, 1, "PHQ-9: 13."),
     S("pain NRS", 7, "2026-10-21", F, 2, "Throat pain NRS 7/10"), S("PHQ-9", 15, "2026-10-21", F, 2, "PHQ-9: 15.")],
    [D("C32.9", F, 1, "C32.9 malignant neoplasm of larynx, unspecified"),
     D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
     D("K12.33", F, 2, "K12.33 oral mucositis (ulcerative) due to radiation")],
    SU("none", F, 1, "He denies suicidal thoughts"),
)

# ---------------------------------------------------------------------------------------------------------------
F = "bladder_pain_clinic_notes.txt"
case(
    "02-urology-bladder-pain-clinic-notes-txt",
    "Urology bladder pain clinic, two visits in one TXT. Rows: venlafaxine 2019 (nauseated all day, stopped: side "
    "effects), fluoxetine 2021-2022 (no change whatsoever: no response), desvenlafaxine since 2025-05 (better than last "
    "year but not where I want to be: partial, current; 100 mg only planned), aripiprazole added 08/03-08/24/2026 "
    "(could not stay in her chair, pacing: augmentation, side effects). Not rows: amitriptyline 10 -> 25 mg at bedtime "
    "for bladder pain, hydroxyzine at bedtime for bladder symptoms, pentosan polysulfate, bladder instillations, "
    "cetirizine, duloxetine declined, pelvic floor PT. O'Leary-Sant indices are not contract scales.",
    [(F, "txt", [P("""
FICTIONAL SAMPLE - FICTIONAL patient, FICTIONAL clinic
# Riverbend Fictional Urology Associates - Pelvic Pain and Bladder Clinic
Patient: Delphine Marchetti (FICTIONAL)   MRN FICT-28-0262   DOB 07/22/1984   Clinic phone 555-0134
# Visit 1 - 09/15/2026 - new patient, referred by gynecology
HPI: Three years of bladder pressure and urgency, voiding every 45 minutes by day and three times a night; the pain eases partly after voiding. Four negative urine cultures. Outside cystoscopy in 2025: no Hunner lesions reported.
Earlier bladder treatment: pentosan polysulfate in 2024, stopped by her eye doctor as a precaution; six bladder instillations in 2025 that "helped for a day or two."
Psychiatric history (she sees a psychiatrist, FICTIONAL Dr. Anand Oyelaran): recurrent depression since college. Venlafaxine 75 mg in 2019 "made me nauseated all day long," and she stopped it after a month. Fluoxetine 20 then 40 mg, 2021 to 2022: "no change whatsoever in how I felt." Desvenlafaxine 50 mg since 05/2025; her psychiatrist's letter of 08/2026 calls it "a partial response so far." Aripiprazole 2 mg was added to the desvenlafaxine from 08/03/2026 to 08/24/2026, when she stopped it: "I couldn't stay in my chair, I was pacing the kitchen at midnight."
Current medications: desvenlafaxine 50 mg daily; hydroxyzine 25 mg at bedtime (started by her previous urologist for bladder symptoms); cetirizine 10 mg daily; ibuprofen as needed; levonorgestrel IUD.
Scores today: O'Leary-Sant symptom index 16, problem index 13. Bladder pain NRS 7/10. PHQ-9 11. Denies suicidal thoughts.
Assessment: N30.10 interstitial cystitis (chronic) without hematuria. R35.0 frequency of micturition. F33.0 major depressive disorder, recurrent, mild (per her psychiatrist).
Plan: amitriptyline 10 mg at bedtime for bladder pain (a low pain dose; it does not replace her antidepressant; psychiatrist informed). Pelvic floor physical therapy referral. Bladder diet handout. Duloxetine was raised as an option for pain and mood; she declined it because of the nausea she had on venlafaxine.
# Visit 2 - 11/10/2026 - follow-up
Voiding every 90 minutes now, twice a night. Bladder pain NRS 5/10. O'Leary-Sant symptom index 11. Five pelvic floor PT visits so far, helpful.
Amitriptyline raised to 25 mg at bedtime for bladder pain; mild dry mouth, tolerated.
Mood: she remains on desvenlafaxine 50 mg and says she is "better than last year but not where I want to be." Her psychiatrist plans to raise it to 100 mg at the December visit.
PHQ-9 9. No suicidal ideation.
Plan: continue amitriptyline 25 mg, PT, diet; return in 3 months.
""")])],
    [
        R("venlafaxine", "SNRI", "antidepressant", "75 mg", "2019", "2019", "made me nauseated all day long; stopped after a month",
          "side_effects", F, 1, 'Venlafaxine 75 mg in 2019 "made me nauseated all day long," and she stopped it after a month.'),
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2021", "2022", "no change whatsoever in how I felt", "no_response", F, 1,
          'Fluoxetine 20 then 40 mg, 2021 to 2022: "no change whatsoever in how I felt."'),
        R("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2025-05", None, "better than last year but not where I want to be",
          "partial_response", F, 1, 'she remains on desvenlafaxine 50 mg and says she is "better than last year but not where I want to be."'),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-08-03", "2026-08-24",
          "I couldn't stay in my chair, I was pacing the kitchen at midnight", "side_effects", F, 1,
          "Aripiprazole 2 mg was added to the desvenlafaxine from 08/03/2026 to 08/24/2026, when she stopped it: \"I couldn't stay in my chair, I was pacing the kitchen at midnight.\""),
    ],
    [S("pain NRS", 7, "2026-09-15", F, 1, "Bladder pain NRS 7/10."), S("PHQ-9", 11, "2026-09-15", F, 1, "PHQ-9 11."),
     S("pain NRS", 5, "2026-11-10", F, 1, "Bladder pain NRS 5/10."), S("PHQ-9", 9, "2026-11-10", F, 1, "PHQ-9 9.")],
    [D("N30.10", F, 1, "N30.10 interstitial cystitis (chronic) without hematuria"),
     D("R35.0", F, 1, "R35.0 frequency of micturition"),
     D("F33.0", F, 1, "F33.0 major depressive disorder, recurrent, mild")],
    SU("none", F, 1, "Denies suicidal thoughts."),
)

# ---------------------------------------------------------------------------------------------------------------
F = "diabetes_education_visit_2026-11-03.docx"
case(
    "03-diabetes-education-center-follow-up-docx",
    "Diabetes self-management education follow-up by a nurse educator, DOCX with a medication table. Rows: citalopram "
    "2017-2019 (it honestly worked, stopped when well: remission), sertraline 2023-2024-05 (gained 25 pounds, stopped "
    "for the weight: side effects), bupropion XL since 2026-02 (about halfway back: partial, current), problem-solving "
    "therapy 2026-03 to 2026-05 (organized, mood didn't budge: no response). Not rows: metformin, insulin glargine, "
    "semaglutide, atorvastatin, melatonin for sleep, aripiprazole declined, the sister's alprazolam. Diabetes Distress "
    "Scale and A1c are not contract scales.",
    [(F, "docx", [P("""
# Pinecrest Fictional Diabetes Education Center - Diabetes Self-Management Education, Follow-up Visit
FICTIONAL SAMPLE. Patient: Marisol Thibodeaux (FICTIONAL), DOB 02/14/1971, MRN FICT-28-0383. Visit date 11/03/2026. Educator: FICTIONAL RN, CDCES. Center phone 555-0157.
# Diagnoses
E11.65 type 2 diabetes mellitus with hyperglycemia; Z79.4 long term (current) use of insulin; F33.1 major depressive disorder, recurrent, moderate (followed by psychiatry).
# Current medications
|Medication|Dose|Prescriber|Note
|metformin ER|1000 mg twice daily|PCP|
|insulin glargine|34 units at bedtime|PCP|raised from 30 units
|semaglutide|1 mg weekly|endocrinology|
|atorvastatin|40 mg daily|PCP|
|bupropion XL|300 mg every morning|psychiatry|since 02/2026
|melatonin|3 mg at bedtime|self|for sleep
# Glucose and self-care
A1c 9.1% in August, 8.4% in October. Fasting readings 140-180. She walks 20 minutes most days. Diabetes Distress Scale mean 3.4 (high distress).
# Mood and behavioral health
She ties her low mood to the diabetes and to her divorce in 2017. Her PCP started citalopram in 2017; she took it "for about two years and it honestly worked, I felt normal," and stopped it herself in 2019 because she felt well.
In 2023 the depression returned and sertraline was started, 50 mg and then 100 mg. Over the first year she gained 25 pounds and her sugars climbed, and she stopped it in 05/2024 because of the weight.
Bupropion XL 150 mg was started in 02/2026 and raised to 300 mg in 06/2026; she says she is "about halfway back to my old self."
From 03/2026 to 05/2026 she had 8 sessions of problem-solving therapy with the clinic's embedded psychologist: "it helped me get my pills and meals organized, but my mood didn't budge."
Her psychiatrist raised aripiprazole as an add-on; she declined it for fear of more weight gain. She once took one of her sister's alprazolam tablets at a funeral; none since.
PHQ-9 16 today; GAD-7 9. She reports passing thoughts that her family "would be better off without me," with no plan or intent; she has her psychiatrist's crisis number and agreed to call it.
# Plan
Glargine titration by 2 units every 3 days to a fasting goal under 130. Plate method review. Message sent to psychiatry about today's PHQ-9 and the thoughts she described. Return in 6 weeks.
""")])],
    [
        R("citalopram", "SSRI", "antidepressant", None, "2017", "2019", "it honestly worked, I felt normal; stopped it herself because she felt well",
          "remission", F, 1, 'she took it "for about two years and it honestly worked, I felt normal," and stopped it herself in 2019 because she felt well.'),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2023", "2024-05", "gained 25 pounds, sugars climbed; stopped because of the weight",
          "side_effects", F, 1, "Over the first year she gained 25 pounds and her sugars climbed, and she stopped it in 05/2024 because of the weight."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2026-02", None, "about halfway back to my old self", "partial_response", F, 1,
          'Bupropion XL 150 mg was started in 02/2026 and raised to 300 mg in 06/2026; she says she is "about halfway back to my old self."'),
        R("problem-solving therapy", "psychotherapy", "psychotherapy", "8 sessions", "2026-03", "2026-05",
          "it helped me get my pills and meals organized, but my mood didn't budge", "no_response", F, 1,
          '"it helped me get my pills and meals organized, but my mood didn\'t budge."'),
    ],
    [S("PHQ-9", 16, "2026-11-03", F, 1, "PHQ-9 16 today"), S("GAD-7", 9, "2026-11-03", F, 1, "GAD-7 9.")],
    [D("E11.65", F, 1, "E11.65 type 2 diabetes mellitus with hyperglycemia"),
     D("Z79.4", F, 1, "Z79.4 long term (current) use of insulin"),
     D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate")],
    SU("passive", F, 1, 'She reports passing thoughts that her family "would be better off without me," with no plan or intent'),
)

# ---------------------------------------------------------------------------------------------------------------
F = "infusion_center_nursing_record.pdf"
case(
    "04-crohns-infusion-center-nursing-record-pdf",
    "Infusion center nursing record for infliximab, three infusions (07/14 and 09/08 p. 1, 11/03 p. 2), 2-page PDF. "
    "Rows: duloxetine 2022-2024-05 (felt much better, then it just quit working: relapse), escitalopram 10 mg 2024-06 "
    "to 2026-08 (diarrhea every morning, stopped by PCP: side effects; the 20 mg prescription never filled), "
    "vortioxetine since 2026-08-20 (hard to say yet: unknown, current). Not rows: infliximab, premedications "
    "(acetaminophen, diphenhydramine, hydrocortisone), budesonide, loperamide, vitamin D, the April prednisone burst "
    "that made her irritable, bupropion only considered. PHQ-2 is not a contract scale.",
    [(F, "pdf", [P("""
# FICTIONAL SAMPLE - Meadowvale Fictional Infusion Center - Nursing Infusion Record
FICTIONAL patient: Noor Halvorsen, MRN FICT-28-0404, DOB 09/30/1990. Ordering physician: FICTIONAL Dr. Ilse Brandvold, gastroenterology. Center phone 555-0104.
Order diagnosis: K50.00 Crohn's disease of small intestine without complications. Problem list also: F33.1 major depressive disorder, recurrent, moderate; F41.1 generalized anxiety disorder.
# Infusion 1 - 07/14/2026
Infliximab 5 mg/kg IV (400 mg) over 2 h, maintenance every 8 weeks. Premedication: acetaminophen 650 mg by mouth, diphenhydramine 25 mg IV, hydrocortisone 100 mg IV. Vital signs stable throughout; no reaction.
Home medications reviewed: budesonide 9 mg daily (tapering), loperamide 2 mg as needed, vitamin D 2000 units, escitalopram 10 mg daily.
Psychosocial screen: PHQ-2 positive, PHQ-9 14. Item 9: 0.
Mood history, as she tells it: Duloxetine 60 mg from 2022: "felt much better within two months"; by spring 2024 "it just quit working," and it was stopped in 05/2024. Escitalopram 10 mg since 06/2024 from her PCP; a 20 mg prescription sent in 03/2026 was never filled ("I didn't want more pills"). The prednisone burst in April made her irritable and tearful for two weeks.
# Infusion 2 - 09/08/2026
Infliximab 400 mg IV, premedication as above, tolerated.
Home medication update: escitalopram stopped 08/2026 by her PCP: "it made my gut worse, diarrhea every single morning." Vortioxetine 10 mg daily started 08/20/2026. Budesonide finished.
Psychosocial screen: PHQ-9 17. Item 9 scored 1: "some days I wish I wouldn't wake up"; no plan, no intent. RN notified Dr. Brandvold and the PCP; crisis line card given.
"""), P("""
# Infusion 3 - 11/03/2026
Infliximab 400 mg IV, premedication as above, tolerated. Weight stable. Stools 2 to 3 a day.
Home medications: vortioxetine 10 mg daily (continues), loperamide as needed, vitamin D.
Mood: about the vortioxetine she says it is "hard to say yet if it's doing anything." Her PCP is considering adding bupropion if she is no better by December.
Psychosocial screen: PHQ-9 12. Item 9: 0.
Next infusion due 12/29/2026.
""")])],
    [
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2022", "2024-05", "felt much better within two months; by spring 2024 it just quit working",
          "relapse", F, 1, 'Duloxetine 60 mg from 2022: "felt much better within two months"; by spring 2024 "it just quit working," and it was stopped in 05/2024.'),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2024-06", "2026-08", "it made my gut worse, diarrhea every single morning",
          "side_effects", F, 1, 'escitalopram stopped 08/2026 by her PCP: "it made my gut worse, diarrhea every single morning."'),
        R("vortioxetine", "multimodal", "antidepressant", "10 mg", "2026-08-20", None, "hard to say yet if it's doing anything", "unknown", F, 2,
          'about the vortioxetine she says it is "hard to say yet if it\'s doing anything."'),
    ],
    [S("PHQ-9", 14, "2026-07-14", F, 1, "PHQ-2 positive, PHQ-9 14."), S("PHQ-9", 17, "2026-09-08", F, 1, "Psychosocial screen: PHQ-9 17."),
     S("PHQ-9", 12, "2026-11-03", F, 2, "Psychosocial screen: PHQ-9 12.")],
    [D("K50.00", F, 1, "K50.00 Crohn's disease of small intestine without complications"),
     D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
     D("F41.1", F, 1, "F41.1 generalized anxiety disorder")],
    SU("passive", F, 1, 'Item 9 scored 1: "some days I wish I wouldn\'t wake up"; no plan, no intent.'),
)

# ---------------------------------------------------------------------------------------------------------------
F = "free_clinic_encounter_form_2026-11-14.pdf"
case(
    "05-free-clinic-handwritten-encounter-form-scan",
    "Charity free clinic walk-in encounter form filled in by hand, image-only scanned PDF, 1 page. Rows: Zoloft 2019 "
    "(shaky and sick to his stomach, stopped after a month: side effects), Wellbutrin 2020-2021 (did nothing: no "
    "response), Prozac 40 mg since 2022 (works, I feel normal on it: remission, current; ran out for money and "
    "restarted today). Not rows: the friend's trazodone for sleep, lisinopril, Spravato only asked about.",
    [(F, "scan", [P("""
# FICTIONAL SAMPLE - St. Brigid Fictional Free Clinic - Walk-in Encounter Form
# Date / Patient / DOB / Chart
~ 11/14/2026   Raymond Okafor-Bell (FICTIONAL)   DOB 5/2/1982   chart FICT-28-0505
# Reason for visit
~ Ran out of his antidepressant 2 wks ago - lost job + insurance in Oct. Wants refill.
# History / current meds
~ Prozac 40 mg since 2022 - "works, I feel normal on it." Ran out 2 wks ago (no $).
~ Tried Zoloft 2019 - made him shaky + sick to stomach, stopped after 1 mo.
~ Wellbutrin 2020-2021 - "did nothing."
~ Takes a friend's trazodone 50 mg some nights for sleep - advised to stop.
~ Lisinopril 10 mg daily for BP.
~ Asked about "the nasal spray" (Spravato) from TV - discussed, not for now.
# Screening
~ PHQ-9 = 9 (off meds 2 wks).  SI: denies, "never."
~ BP 148/92  P 80
# Assessment / Plan
~ Dx: F33.9 MDD, recurrent, unsp.   I10 HTN
~ Restart fluoxetine 40 mg daily ($4 list, 90 days). Lisinopril refilled.
~ F/u 4 wks. Sliding-scale counseling list given.
# Clinician (FICTIONAL NP) signature / phone 555-0150
~ M. Quist, NP
""")])],
    [
        R("sertraline", "SSRI", "antidepressant", None, "2019", "2019", "made him shaky and sick to stomach, stopped after 1 month",
          "side_effects", F, 1, "Tried Zoloft 2019 - made him shaky + sick to stomach, stopped after 1 mo."),
        R("bupropion", "NDRI", "antidepressant", None, "2020", "2021", "did nothing", "no_response", F, 1, 'Wellbutrin 2020-2021 - "did nothing."'),
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2022", None, "works, I feel normal on it", "remission", F, 1,
          'Prozac 40 mg since 2022 - "works, I feel normal on it."'),
    ],
    [S("PHQ-9", 9, "2026-11-14", F, 1, "PHQ-9 = 9 (off meds 2 wks).")],
    [D("F33.9", F, 1, "F33.9 MDD, recurrent, unsp."), D("I10", F, 1, "I10 HTN")],
    SU("none", F, 1, 'SI: denies, "never."'),
)

# ---------------------------------------------------------------------------------------------------------------
F = "gyn_pelvic_pain_consult_dictation.txt"
case(
    "06-gynecology-pelvic-pain-consult-dictation-txt",
    "Transcribed dictation of a gynecology chronic pelvic pain program consult, TXT. Rows: paroxetine 2016-2018 (a "
    "complete turnaround, stopped only to conceive: remission), IPT 06/2019-09/2019 12 sessions for postpartum "
    "depression (completely herself again: remission), venlafaxine XR since 2024 (helped at first, by this summer the "
    "lift had worn off, back to square one: relapse, current). Not rows: elagolix (hot flashes, worse mood: a drug for "
    "endometriosis), norethindrone acetate, gabapentin, nortriptyline 25 mg at bedtime for pain and sleep from the pain "
    "physician, diphenhydramine for sleep, the husband's duloxetine, esketamine only mentioned, pelvic floor PT.",
    [(F, "txt", [P("""
FICTIONAL SAMPLE - FICTIONAL PATIENT - TRANSCRIBED DICTATION
# HARBORVIEW FICTIONAL WOMEN'S HEALTH - CHRONIC PELVIC PAIN PROGRAM - NEW CONSULTATION
PATIENT: Annika Vasquez-Drummond (FICTIONAL)   MRN: FICT-28-0606   DOB: 12/05/1988   PROGRAM PHONE: 555-0166
DATE OF SERVICE: 10/19/2026   DICTATED BY: FICTIONAL Helena Sorensen, MD   TRANSCRIBED: 10/20/2026 jt
HISTORY OF PRESENT ILLNESS: Ms. Vasquez-Drummond is a 37-year-old gravida 1 para 1 referred by her primary care physician for six years of pelvic pain, worst with menses, with deep pain on intercourse. Laparoscopy in 2022 found and excised superficial endometriosis. Elagolix 150 mg daily in 2023 gave her hot flashes and a lower mood and was stopped after four months. She now takes norethindrone acetate 5 mg daily. Gabapentin 300 mg three times daily since 2025 for pain gives partial help. Her pain physician added nortriptyline 25 mg at bedtime in 06/2026 for pain and sleep.
PSYCHIATRIC HISTORY: She has recurrent depression. Her primary care physician treated her with paroxetine from 2016 to 2018, which she calls "a complete turnaround"; she stopped it in 2018 only because she and her husband were trying to conceive. After her son's birth in 2019 she had postpartum depression and attended interpersonal therapy, 12 sessions from 06/2019 to 09/2019, after which she felt "completely herself again." Since 2024 she has taken venlafaxine XR, now 150 mg daily, which at first helped both the pain and her mood; by this summer the lift in her mood had "worn off" and she describes herself as "back to square one." Her psychiatrist mentioned esketamine nasal spray as a possible next step; she has not pursued it. She admits she once took one of her husband's duloxetine capsules "to see if it would help the pain." She uses diphenhydramine 25 mg at bedtime for sleep several nights a week.
MEDICATIONS: Norethindrone acetate 5 mg daily. Gabapentin 300 mg three times daily. Nortriptyline 25 mg at bedtime. Venlafaxine XR 150 mg daily. Diphenhydramine 25 mg at bedtime as needed. Ibuprofen 600 mg as needed.
SCREENING: PHQ-9 is 17 today. Pain numeric rating 6/10 today and 9/10 with menses. She endorses thoughts of killing herself within the past month, without a plan or intent and none today; she has a written safety plan with her psychiatrist and agreed to call her this week.
EXAMINATION: Tenderness of the levator muscles bilaterally, worse on the left. No adnexal mass.
ASSESSMENT: 1. Chronic pelvic pain, R10.2. 2. Dysmenorrhea, N94.6. 3. Major depressive disorder, recurrent, moderate, F33.1.
PLAN: Pelvic floor physical therapy. Continue norethindrone acetate and gabapentin. A caution about taking nortriptyline with venlafaxine sent to the pain physician and the psychiatrist, with a copy of today's mood screen. Return in 8 weeks.
""")])],
    [
        R("paroxetine", "SSRI", "antidepressant", None, "2016", "2018", "a complete turnaround; stopped only to conceive", "remission", F, 1,
          'treated her with paroxetine from 2016 to 2018, which she calls "a complete turnaround"'),
        R("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2019-06", "2019-09", "completely herself again", "remission", F, 1,
          'attended interpersonal therapy, 12 sessions from 06/2019 to 09/2019, after which she felt "completely herself again."'),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2024", None,
          "at first helped the pain and her mood; by this summer the lift had worn off, back to square one", "relapse", F, 1,
          'by this summer the lift in her mood had "worn off" and she describes herself as "back to square one."'),
    ],
    [S("PHQ-9", 17, "2026-10-19", F, 1, "PHQ-9 is 17 today."), S("pain NRS", 6, "2026-10-19", F, 1, "Pain numeric rating 6/10 today")],
    [D("R10.2", F, 1, "Chronic pelvic pain, R10.2."), D("N94.6", F, 1, "Dysmenorrhea, N94.6."),
     D("F33.1", F, 1, "Major depressive disorder, recurrent, moderate, F33.1.")],
    SU("active", F, 1, "She endorses thoughts of killing herself within the past month, without a plan or intent"),
)

# ---------------------------------------------------------------------------------------------------------------
F = "esketamine_treatment_session_log.pdf"
case(
    "07-esketamine-rems-treatment-session-log-pdf",
    "Esketamine (Spravato) in-office treatment session log with monitoring columns and a course summary, 2-page PDF. "
    "Rows: escitalopram 2024-2025 (no response after 10 weeks), quetiapine added to escitalopram 01-03/2025 (sedated, "
    "gained 6 kg, stopped: augmentation, side effects), vortioxetine 2025 (nausea and vomiting, stopped at 6 weeks), "
    "sertraline since 2025-06 (no real change: no response, current as the oral antidepressant), esketamine from "
    "2026-08-04 (MADRS 34 -> 19, about halfway there, response not remission: partial, current with weekly sessions). "
    "Not rows: ondansetron before a session, clonidine for a blood pressure peak, amlodipine, ECT only discussed.",
    [(F, "pdf", [P("""
# FICTIONAL SAMPLE - Cedar Hollow Fictional Interventional Psychiatry
# Esketamine Treatment Session Log
FICTIONAL patient: Lorraine Abernathy-Koh, MRN FICT-28-0707, DOB 04/18/1979. Treatment center and patient enrolled in the esketamine REMS (fictional IDs). Prescriber: FICTIONAL Dr. Oren Vaszary. Phone 555-0172.
Diagnoses: F33.2 major depressive disorder, recurrent, severe without psychotic features; I10 essential hypertension (amlodipine 5 mg daily).
Treatment history (from the referral): Escitalopram 20 mg, 2024 to 2025: no response after 10 weeks. Quetiapine 150 mg added to escitalopram, 01/2025 to 03/2025: sedated all day and gained 6 kg; stopped. Vortioxetine 20 mg, 2025: nausea and vomiting; stopped at 6 weeks. Sertraline 200 mg since 06/2025: "no real change" at the 12-week review; continued as the oral antidepressant for the esketamine course.
Baseline 08/04/2026: MADRS 34. C-SSRS since last contact: no ideation (score 0). Driver: husband.
|No.|Date|Dose|BP pre|BP peak|Sedation|Discharged|Notes
|1|08/04/2026|56 mg|132/84|148/90|mild|2.0 h|dissociation, gone by 60 min
|2|08/06/2026|56 mg|128/82|144/88|mild|2.0 h|
|3|08/11/2026|84 mg|130/80|152/92|moderate|2.0 h|
|4|08/13/2026|84 mg|134/86|150/90|mild|2.0 h|ondansetron 4 mg for nausea
|5|08/18/2026|84 mg|126/80|146/88|mild|2.0 h|MADRS 27
|6|08/20/2026|84 mg|130/84|150/92|mild|2.0 h|
|7|08/25/2026|84 mg|128/82|148/90|mild|2.0 h|
|8|08/27/2026|84 mg|138/88|168/98|mild|2.5 h|clonidine 0.1 mg for BP; resolved
"""), P("""
# Session log continued - weekly sessions
|No.|Date|Dose|BP pre|BP peak|Sedation|Discharged|Notes
|9|09/03/2026|84 mg|130/82|150/90|mild|2.0 h|MADRS 22
|-|09/10/2026|held|172/104|-|-|-|BP too high; PCP raised amlodipine
|10|09/17/2026|84 mg|128/80|146/88|mild|2.0 h|
|11|09/24/2026|84 mg|126/78|144/86|mild|2.0 h|
|12|10/01/2026|84 mg|124/80|142/86|mild|2.0 h|MADRS 19
# Course summary - 10/01/2026
Twelve sessions from 08/04/2026 to 10/01/2026, the first two at 56 mg and the rest at 84 mg; one session held for blood pressure. MADRS 34 at baseline, 19 today.
She and her husband describe her as "better, about halfway there": she is showering and cooking again but still wakes with dread most mornings. A response, not a remission.
No suicidal ideation at any session. Sertraline 200 mg continues.
Plan: continue esketamine 84 mg weekly as maintenance and re-rate in 4 weeks. If there is no further gain by session 20, an ECT consultation was discussed as a possibility; nothing decided.
""")])],
    [
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2024", "2025", "no response after 10 weeks", "no_response", F, 1,
          "Escitalopram 20 mg, 2024 to 2025: no response after 10 weeks."),
        R("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2025-01", "2025-03", "sedated all day and gained 6 kg; stopped",
          "side_effects", F, 1, "Quetiapine 150 mg added to escitalopram, 01/2025 to 03/2025: sedated all day and gained 6 kg; stopped."),
        R("vortioxetine", "multimodal", "antidepressant", "20 mg", "2025", "2025", "nausea and vomiting; stopped at 6 weeks", "side_effects", F, 1,
          "Vortioxetine 20 mg, 2025: nausea and vomiting; stopped at 6 weeks."),
        R("sertraline", "SSRI", "antidepressant", "200 mg", "2025-06", None, "no real change at the 12-week review", "no_response", F, 1,
          'Sertraline 200 mg since 06/2025: "no real change" at the 12-week review'),
        R("esketamine", "NMDA receptor antagonist", "antidepressant", "84 mg", "2026-08-04", None,
          "better, about halfway there; a response, not a remission (MADRS 34 -> 19, 12 sessions)", "partial_response", F, 2,
          'She and her husband describe her as "better, about halfway there"'),
    ],
    [S("MADRS", 34, "2026-08-04", F, 1, "Baseline 08/04/2026: MADRS 34."),
     S("C-SSRS", 0, "2026-08-04", F, 1, "C-SSRS since last contact: no ideation (score 0)."),
     S("MADRS", 27, "2026-08-18", F, 1, "5 08/18/2026 84 mg 126/80 146/88 mild 2.0 h MADRS 27"),
     S("MADRS", 22, "2026-09-03", F, 2, "9 09/03/2026 84 mg 130/82 150/90 mild 2.0 h MADRS 22"),
     S("MADRS", 19, "2026-10-01", F, 2, "12 10/01/2026 84 mg 124/80 142/86 mild 2.0 h MADRS 19")],
    [D("F33.2", F, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
     D("I10", F, 1, "I10 essential hypertension")],
    SU("none", F, 1, "C-SSRS since last contact: no ideation (score 0)."),
)

# ---------------------------------------------------------------------------------------------------------------
F = "iop_discharge_summary.docx"
case(
    "08-intensive-outpatient-program-discharge-summary-docx",
    "Adult intensive outpatient program discharge summary, DOCX with a medication-trials table. Rows: citalopram "
    "2019-2020 (partial response; stopped on a move), lithium added to citalopram 2020 (no benefit after 8 weeks: "
    "augmentation, no response), sertraline since 2026-03 (less anxious, mood unchanged: no response, current), "
    "lamotrigine added to sertraline from 2026-09-21 (too early to judge: augmentation, unknown), the program's "
    "CBT-based group therapy 09/14-10/30/2026, 21 sessions (about 75% back to myself: partial). Not rows: trazodone for "
    "sleep, hydroxyzine as needed, prazosin for nightmares, the mother's clonazepam (the 2020 overdose), bupropion "
    "recommended only, TMS information declined.",
    [(F, "docx", [P("""
# Willowbrook Fictional Behavioral Health - Adult Intensive Outpatient Program - Discharge Summary
FICTIONAL SAMPLE. Patient: Celeste Nakamura-Price (FICTIONAL), MRN FICT-28-0808, DOB 06/09/1996. Admitted 09/14/2026; discharged 10/30/2026. Program phone 555-0188.
# Discharge diagnoses
F33.1 major depressive disorder, recurrent, moderate. F41.1 generalized anxiety disorder. Z91.51 personal history of suicidal behavior.
# Reason for admission
Depression worsening over the summer despite sertraline; three weeks off work; passive wishes to be dead without intent. Not safe for a lower level of care according to her therapist, not needing inpatient care.
# Psychiatric history
Depression since age 19. In 11/2020 she took an overdose of her mother's clonazepam and was hospitalized for five days. No attempt since.
|Medication trial|Dates|Highest dose|Response
|citalopram|2019-2020|20 mg|partial response; stopped when she moved out of state
|lithium (added to citalopram)|2020|600 mg|no benefit after 8 weeks
|sertraline|03/2026-current|150 mg|less anxious, mood unchanged
|lamotrigine (added to sertraline)|09/21/2026-current|100 mg|too early to judge
# Course in the program
She attended 21 of 22 program days (three hours a day, three days a week) of CBT-based group therapy, from 09/14/2026 to 10/30/2026, with six individual sessions with her program therapist.
Medication changes: lamotrigine started 09/21/2026 at 25 mg and raised to 100 mg by 10/26/2026, no rash. Trazodone 50 mg at bedtime as needed for sleep continued. Hydroxyzine 25 mg as needed for anxiety continued. Prazosin 1 mg at bedtime started 10/05/2026 for nightmares.
# Outcome at discharge
PHQ-9: 21 at admission (09/14/2026), 9 at discharge (10/30/2026). GAD-7: 15 at admission, 8 at discharge. C-SSRS at discharge: no ideation since the first program week.
She says the groups "gave me tools, and I feel about 75% back to myself."
# Recommendations
Outpatient psychiatrist to continue sertraline and lamotrigine and to consider bupropion if fatigue persists. She declined information about TMS for now. Weekly individual therapy; safety plan reviewed and given to her.
""")])],
    [
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2020", "partial response; stopped when she moved out of state",
          "partial_response", F, 1, "citalopram 2019-2020 20 mg partial response; stopped when she moved out of state"),
        R("lithium", "mood stabilizer", "augmentation", "600 mg", "2020", "2020", "no benefit after 8 weeks", "no_response", F, 1,
          "lithium (added to citalopram) 2020 600 mg no benefit after 8 weeks"),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2026-03", None, "less anxious, mood unchanged", "no_response", F, 1,
          "sertraline 03/2026-current 150 mg less anxious, mood unchanged"),
        R("lamotrigine", "mood stabilizer", "augmentation", "100 mg", "2026-09-21", None, "too early to judge", "unknown", F, 1,
          "lamotrigine (added to sertraline) 09/21/2026-current 100 mg too early to judge"),
        R("CBT", "psychotherapy", "psychotherapy", "21 sessions", "2026-09-14", "2026-10-30", "gave me tools, and I feel about 75% back to myself",
          "partial_response", F, 1, 'She says the groups "gave me tools, and I feel about 75% back to myself."'),
    ],
    [S("PHQ-9", 21, "2026-09-14", F, 1, "PHQ-9: 21 at admission (09/14/2026)"), S("PHQ-9", 9, "2026-10-30", F, 1, "9 at discharge (10/30/2026)"),
     S("GAD-7", 15, "2026-09-14", F, 1, "GAD-7: 15 at admission"), S("GAD-7", 8, "2026-10-30", F, 1, "8 at discharge.")],
    [D("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate."), D("F41.1", F, 1, "F41.1 generalized anxiety disorder."),
     D("Z91.51", F, 1, "Z91.51 personal history of suicidal behavior.")],
    SU("attempt", F, 1, "In 11/2020 she took an overdose of her mother's clonazepam and was hospitalized for five days."),
)

# ---------------------------------------------------------------------------------------------------------------
F = "allergy_urticaria_followup.txt"
case(
    "09-allergy-immunology-chronic-hives-follow-up-txt",
    "Allergy and immunology follow-up for chronic spontaneous urticaria, TXT. Rows: sertraline 50 mg 04/2025-06/2025 "
    "(nausea and daily headaches, she stopped it: side effects), escitalopram since 2025-07 (good response, in full "
    "remission: remission, current), CBT 12 sessions 09/2025-12/2025 (helped some: partial). Not rows: doxepin 10 mg at "
    "bedtime for itch and hives, cetirizine, omalizumab, famotidine, montelukast (nightmares and low mood, a drug for "
    "another condition), hydroxyzine, epinephrine, cyclosporine only if a flare. UAS7 is not a contract scale. No "
    "record speaks of suicidality: null.",
    [(F, "txt", [P("""
FICTIONAL SAMPLE - FICTIONAL patient and clinic
# Brookhaven Fictional Allergy & Immunology - Follow-up Visit
Patient: Wren Castellano-Moss (FICTIONAL)   MRN FICT-28-0909   DOB 01/27/1993   Office phone 555-0179
Visit date: 10/26/2026   Reason: chronic spontaneous urticaria, omalizumab follow-up
# Interval history
Hives on 3 to 4 days a week, mostly evenings, no swelling of lips or tongue since June. UAS7 18 this week (32 in July). Omalizumab 300 mg under the skin every 4 weeks since 05/2026, injections tolerated.
# Current medications
- cetirizine 20 mg twice daily
- omalizumab 300 mg every 4 weeks
- doxepin 10 mg at bedtime for night itch and hives
- famotidine 20 mg twice daily
- escitalopram 10 mg daily (psychiatry)
- epinephrine auto-injector, carried
# Past medications
- montelukast 10 mg, 2024: stopped after two months because of nightmares and low mood
- hydroxyzine 25 mg at night, 2025: too sedating for work, stopped
# Mental health (patient report and psychiatry letter of 09/2026)
A depressive episode began in early 2025, during the worst months of the hives. Sertraline 50 mg from 04/2025 to 06/2025 gave her nausea and daily headaches, and she stopped it. Escitalopram 10 mg since 07/2025; her psychiatrist's letter reads "good response; in full remission since spring 2026." She also did 12 sessions of CBT from 09/2025 to 12/2025, which she says "helped some." PHQ-9 today: 4.
# Assessment
L50.1 idiopathic urticaria (chronic spontaneous), improving on omalizumab. F32.5 major depressive disorder, single episode, in full remission (per psychiatry). Z79.899 other long term (current) drug therapy.
# Plan
Continue omalizumab. Step cetirizine down to 10 mg twice daily if UAS7 stays under 16 for a month. Doxepin dose reviewed with psychiatry: safe to continue at 10 mg alongside escitalopram. If hives flare despite omalizumab, cyclosporine could be considered. Return in 3 months.
""")])],
    [
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2025-04", "2025-06", "nausea and daily headaches, and she stopped it", "side_effects", F, 1,
          "Sertraline 50 mg from 04/2025 to 06/2025 gave her nausea and daily headaches, and she stopped it."),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-07", None, "good response; in full remission since spring 2026", "remission", F, 1,
          'Escitalopram 10 mg since 07/2025; her psychiatrist\'s letter reads "good response; in full remission since spring 2026."'),
        R("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2025-09", "2025-12", "helped some", "partial_response", F, 1,
          'She also did 12 sessions of CBT from 09/2025 to 12/2025, which she says "helped some."'),
    ],
    [S("PHQ-9", 4, "2026-10-26", F, 1, "PHQ-9 today: 4.")],
    [D("L50.1", F, 1, "L50.1 idiopathic urticaria"), D("F32.5", F, 1, "F32.5 major depressive disorder, single episode, in full remission"),
     D("Z79.899", F, 1, "Z79.899 other long term (current) drug therapy")],
    SU(None),
)

# ---------------------------------------------------------------------------------------------------------------
F = "informe_unidad_dolor_2026-11-17.pdf"
case(
    "10-informe-unidad-del-dolor-espanol-pdf",
    "Spanish pain unit consultation report (Unidad del Dolor), MUESTRA FICTICIA, 1-page PDF, dates day/month/year. "
    "Rows: fluoxetina 2015-2016 (me fue muy bien, stopped when well: remission), duloxetina 03/2025-09/2025 (nausea and "
    "dizziness, she stopped it: side effects), escitalopram since 2025-10 (algo mejor, pero no como antes: partial, "
    "current), group CBT for chronic pain and mood, 8 sessions, January-March 2026 (helped with pain, mood the same: "
    "no response). Not rows: amitriptilina 25 mg at night for pain and sleep, pregabalina, paracetamol, omeprazol, the "
    "husband's tramadol, aripiprazol only proposed, ketamine infusions ruled out.",
    [(F, "pdf", [P("""
# MUESTRA FICTICIA / FICTIONAL SAMPLE - Hospital Ficticio de San Telmo - Unidad del Dolor
Informe de consulta. Paciente: Remedios Ibarra Quintana (FICTICIA). NHC FICT-28-1010. Fecha de nacimiento: 08/03/1969. Fecha de la consulta: 17/11/2026. Teléfono de la unidad: 555-0193.
# Motivo de consulta
Dolor generalizado de siete años de evolución; fibromialgia diagnosticada por Reumatología en 2020. Cervicalgia que empeora con el trabajo de cajera.
# Antecedentes psiquiátricos y tratamientos previos
Depresión recurrente. En 2015, tras la muerte de su madre, su médico de familia le pautó fluoxetina 20 mg: "me fue muy bien"; la dejó en 2016 al encontrarse bien.
Duloxetina 60 mg (03/2025 - 09/2025), pautada en esta unidad para el dolor y el ánimo: náuseas intensas y mareo; la retiró ella misma.
Desde 10/2025 toma escitalopram 15 mg, pautado por su psiquiatra: "estoy algo mejor, pero no como antes".
Terapia cognitivo-conductual grupal para dolor crónico y ánimo, 8 sesiones (enero-marzo de 2026): "me ayudó a manejar el dolor; el ánimo sigue igual".
# Tratamiento actual
|Fármaco|Pauta|Indicación
|pregabalina|75 mg cada 12 h|dolor
|amitriptilina|25 mg por la noche (desde 2024)|dolor y sueño
|escitalopram|15 mg por la mañana|ánimo (Psiquiatría)
|paracetamol|1 g cada 8 h si dolor|dolor
|omeprazol|20 mg en ayunas|protección gástrica
Toma en ocasiones el tramadol de su marido cuando el dolor es intenso; se le desaconseja.
# Exploración y escalas
Dolor a la palpación en 14 de 18 puntos. Escala numérica de dolor (EN): 8/10. PHQ-9: 18. Refiere ideas pasivas de muerte ("a veces pienso que ojalá no despertara"), sin ideación activa ni planes.
# Juicio clínico
M79.7 fibromialgia. M54.2 cervicalgia. F33.1 trastorno depresivo mayor recurrente, episodio moderado.
# Plan
Ejercicio terapéutico supervisado. Subir pregabalina a 150 mg cada 12 h. Se propone valorar añadir aripiprazol (pendiente de su psiquiatra). No candidata por ahora a infusiones de ketamina. Revisión en 3 meses.
""")])],
    [
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2015", "2016", "me fue muy bien; la dejó al encontrarse bien", "remission", F, 1,
          'le pautó fluoxetina 20 mg: "me fue muy bien"; la dejó en 2016 al encontrarse bien.'),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-03", "2025-09", "náuseas intensas y mareo; la retiró ella misma", "side_effects", F, 1,
          "Duloxetina 60 mg (03/2025 - 09/2025), pautada en esta unidad para el dolor y el ánimo: náuseas intensas y mareo; la retiró ella misma."),
        R("escitalopram", "SSRI", "antidepressant", "15 mg", "2025-10", None, "estoy algo mejor, pero no como antes", "partial_response", F, 1,
          'Desde 10/2025 toma escitalopram 15 mg, pautado por su psiquiatra: "estoy algo mejor, pero no como antes".'),
        R("CBT", "psychotherapy", "psychotherapy", "8 sesiones", "2026-01", "2026-03", "me ayudó a manejar el dolor; el ánimo sigue igual",
          "no_response", F, 1, '8 sesiones (enero-marzo de 2026): "me ayudó a manejar el dolor; el ánimo sigue igual".'),
    ],
    [S("pain NRS", 8, "2026-11-17", F, 1, "Escala numérica de dolor (EN): 8/10."), S("PHQ-9", 18, "2026-11-17", F, 1, "PHQ-9: 18.")],
    [D("M79.7", F, 1, "M79.7 fibromialgia."), D("M54.2", F, 1, "M54.2 cervicalgia."),
     D("F33.1", F, 1, "F33.1 trastorno depresivo mayor recurrente, episodio moderado.")],
    SU("passive", F, 1, 'Refiere ideas pasivas de muerte ("a veces pienso que ojalá no despertara"), sin ideación activa ni planes.'),
)

# ---------------------------------------------------------------------------------------------------------------
F1, F2 = "letter_page1.jpg", "letter_page2.jpg"
case(
    "11-retired-family-doctor-handwritten-letter-photos",
    "Two phone photos of a handwritten letter from the patient's retired family doctor to his new psychiatrist "
    "(JPEG). Rows: amitriptyline 1999-2001 (dry mouth and constipation unbearable, stopped: side effects), paroxetine "
    "2002-2010 (did beautifully, tapered when well: remission), paroxetine again 2014 (nothing like before, no real "
    "lift: no response; a trial of its own), venlafaxine 2014-2019 (good result about four years, in 2018 it stopped "
    "working: relapse), lithium added 2018-2019 (helped a little, stopped when kidney function dropped: augmentation, "
    "side effects), mirtazapine since 2020 (the writer cannot say how it went: unknown). Not rows: the wife's "
    "sertraline, warfarin, zolpidem for sleep, ECT refused.",
    [(F1, "photo", [P("""
# FICTIONAL SAMPLE - Walter Pennington-Reyes, MD (retired)
# Fictional Family Practice - 12 Elm Row, Fictionville - 555-0118
~ October 12, 2026
~ Dear Dr. Adeyemi-Ross (FICTIONAL),
~ Re: Gerald Fairweather (FICTIONAL), born 3/9/1957
~ Gerald asked me to write down what I remember of
~ treating his depression; my charts were shredded
~ when I closed the practice. What I recall:
~ 1999-2001: amitriptyline, up to 150 mg at night.
~ The dry mouth and constipation were unbearable
~ for him and we stopped it.
~ 2002-2010: paroxetine 20-40 mg. He did beautifully,
~ back at work and coaching his son's team.
~ We tapered it off in 2010 as he had been well for years.
~ 2014: the depression came back after his layoff.
~ HAM-D 22 that spring. I restarted paroxetine 40 mg,
~ but this time it was nothing like before,
~ no real lift after three months.
""")]), (F2, "photo", [P("""
# FICTIONAL SAMPLE - page 2 of 2
~ 2014-2019: venlafaxine, up to 225 mg. A good result for
~ about four years; in 2018 it stopped working.
~ 2018: I added lithium 300 mg twice daily to the
~ venlafaxine. It helped a little, but I stopped it
~ in 2019 when his kidney function dropped.
~ I suggested ECT in 2019; he refused it.
~ Psychiatry took over after that. I believe he has been
~ on mirtazapine since 2020, but I can't say how it has gone.
~ For the record: his wife Helen takes sertraline, not
~ Gerald; the pharmacy once mixed them up. He takes
~ warfarin for atrial fibrillation (I48.91) and used
~ zolpidem now and then for sleep. My billing code
~ for his depression was F33.2.
~ He never spoke of suicide to me, and I asked at
~ nearly every visit.
~ Sincerely, W. Pennington-Reyes
""")])],
    [
        R("amitriptyline", "TCA", "antidepressant", "150 mg", "1999", "2001", "dry mouth and constipation were unbearable; stopped", "side_effects", F1, 1,
          "The dry mouth and constipation were unbearable for him and we stopped it."),
        R("paroxetine", "SSRI", "antidepressant", "40 mg", "2002", "2010", "did beautifully; tapered off as he had been well for years", "remission", F1, 1,
          "He did beautifully, back at work and coaching his son's team."),
        R("paroxetine", "SSRI", "antidepressant", "40 mg", "2014", "2014", "nothing like before, no real lift after three months", "no_response", F1, 1,
          "I restarted paroxetine 40 mg, but this time it was nothing like before, no real lift after three months."),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2014", "2019", "a good result for about four years; in 2018 it stopped working", "relapse", F2, 1,
          "A good result for about four years; in 2018 it stopped working."),
        R("lithium", "mood stabilizer", "augmentation", "300 mg twice daily", "2018", "2019", "helped a little, but stopped when his kidney function dropped",
          "side_effects", F2, 1, "It helped a little, but I stopped it in 2019 when his kidney function dropped."),
        R("mirtazapine", "NaSSA", "antidepressant", None, "2020", None, "I can't say how it has gone", "unknown", F2, 1,
          "I believe he has been on mirtazapine since 2020, but I can't say how it has gone."),
    ],
    [S("HAM-D", 22, "2014", F1, 1, "HAM-D 22 that spring.")],
    [D("I48.91", F2, 1, "warfarin for atrial fibrillation (I48.91)"), D("F33.2", F2, 1, "for his depression was F33.2.")],
    SU("none", F2, 1, "He never spoke of suicide to me, and I asked at nearly every visit."),
)

# ---------------------------------------------------------------------------------------------------------------
F = "med_management_flowsheet.pdf"
FS = [
    ("01/13/2026", "2026-01-13", 22, 17, "passive", "none", "start escitalopram 10", "intake"),
    ("02/10/2026", "2026-02-10", 20, 15, "denies", "escitalopram 10 mg", "raise to 20", "mild nausea, tolerated"),
    ("03/24/2026", "2026-03-24", 19, 14, "denies", "escitalopram 20 mg", "cross-taper to venlafaxine XR 75", "no improvement on escitalopram"),
    ("04/21/2026", "2026-04-21", 17, None, "denies", "venlafaxine XR 75 mg", "raise to 150; trazodone 50 prn sleep", ""),
    ("06/02/2026", "2026-06-02", 14, 12, "denies", "venlafaxine XR 150 mg", "raise to 225", ""),
    ("07/14/2026", "2026-07-14", 12, None, "denies", "venlafaxine XR 225 mg", "add aripiprazole 2", ""),
    ("09/01/2026", "2026-09-01", 10, 9, "denies", "venlafaxine XR 225 + aripiprazole 2", "stop aripiprazole", "akathisia, can't sit in class"),
    ("10/27/2026", "2026-10-27", 9, 8, "denies", "venlafaxine XR 225 mg", "none", "see note, page 2"),
]


def _fs_line(r):
    return "|" + "|".join([r[0], str(r[2]), "-" if r[3] is None else str(r[3]), r[4], r[5], r[6], r[7]])


def _fs_text(r):
    cells = [r[0], str(r[2]), "-" if r[3] is None else str(r[3]), r[4], r[5], r[6], r[7]]
    return " ".join(c for c in cells if c)


_scales12 = []
for _r in FS:
    _scales12.append(S("PHQ-9", _r[2], _r[1], F, 1, f"{_r[0]} {_r[2]}"))
    if _r[3] is not None:
        _scales12.append(S("GAD-7", _r[3], _r[1], F, 1, f"{_r[0]} {_r[2]} {_r[3]}"))

case(
    "12-nurse-practitioner-medication-management-flowsheet-pdf",
    "Psychiatric nurse practitioner's medication management flowsheet (p. 1) and the last visit's note (p. 2), PDF. "
    "Rows: fluoxetine 2021 (agitated, skin crawling, stopped after 2 weeks: side effects), escitalopram 01/13-03/24/2026 "
    "(no improvement: no response), venlafaxine XR from 2026-03-24 (no words judge it: the PHQ-9 column, 19 on 03/24 "
    "to 9 on 10/27, a fall of more than half not into remission: partial, current; 300 mg only discussed), aripiprazole "
    "07/14-09/01/2026 (akathisia: augmentation, side effects). Not rows: trazodone as needed for sleep, propranolol for "
    "performance anxiety, psychotherapy referral declined.",
    [(F, "pdf", [
        P("""
# FICTIONAL SAMPLE - Juniper Fictional Psychiatric Associates
# Medication Management Flowsheet
FICTIONAL patient: Tariq Vellanki-Osei, MRN FICT-28-1212, DOB 11/02/2002. Clinician: FICTIONAL Bea Lindgren, PMHNP. Office phone 555-0129.
Problem list: F33.2 major depressive disorder, recurrent, severe without psychotic features. F41.1 generalized anxiety disorder.
Prior treatment (intake 01/13/2026): fluoxetine 20 mg in 2021 "made me agitated, like my skin was crawling"; stopped after 2 weeks. No psychotherapy to date; referral offered at intake, declined for now.
|Date|PHQ-9|GAD-7|SI|Meds at visit|Change|Comment
""" + "\n".join(_fs_line(r) for r in FS)),
        P("""
# Progress note - 10/27/2026
Subjective: Follow-up for depression and anxiety. Reports taking every dose; no missed doses since the last visit. Uses trazodone 50 mg about twice a week for sleep. Student health prescribes propranolol 10 mg before class presentations for performance anxiety.
Objective: BP 124/78, pulse 76. Calm, good eye contact, speech normal, thought process linear. PHQ-9 9, GAD-7 8 (see flowsheet). Denies suicidal ideation.
Assessment: F33.2 and F41.1 as on the problem list.
Plan: Continue venlafaxine XR 225 mg daily. A possible increase to 300 mg was discussed; he prefers to stay at the current dose for now. Blood pressure to be checked at each visit while on venlafaxine. Psychotherapy referral offered again. Return in 8 weeks.
""")])],
    [
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2021", "2021", "made me agitated, like my skin was crawling; stopped after 2 weeks",
          "side_effects", F, 1, 'fluoxetine 20 mg in 2021 "made me agitated, like my skin was crawling"; stopped after 2 weeks.'),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2026-01-13", "2026-03-24", "no improvement on escitalopram", "no_response", F, 1,
          _fs_text(FS[2])),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2026-03-24", None, "PHQ-9 19 (2026-03-24), 9 (2026-10-27)", "partial_response", F, 1,
          _fs_text(FS[2])),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-07-14", "2026-09-01", "akathisia, can't sit in class",
          "side_effects", F, 1, _fs_text(FS[6])),
    ],
    _scales12,
    [D("F33.2", F, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features."),
     D("F41.1", F, 1, "F41.1 generalized anxiety disorder.")],
    SU("passive", F, 1, "01/13/2026 22 17 passive"),
)
