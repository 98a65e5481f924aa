# FICTIONAL clinical records for blind set notes32 (issue 24). Every person, clinic, number and address is invented.
# Line marks inside a page: "# " heading, "|" table row (cells split on "|", first row of a block is the header),
# "" a blank line, anything else a paragraph. In a scan, "{{...}}" is handwriting ("{{!...}}" struck through).


def R(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": file, "page": page, "text": text}}


def S(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": {"file": file, "page": page, "text": text}}


def D(code, file, page, text):
    return {"code": code, "source": {"file": file, "page": page, "text": text}}


def SU(level, file=None, page=None, text=None):
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": {"file": file, "page": page, "text": text}}


CASES = []

# --------------------------------------------------------------------------------------------------------------
F1 = "als_clinic_visit_2026-10-14.pdf"
CASES.append(dict(
    slug="01-als-multidisciplinary-clinic-visit-pdf",
    note="FICTIONAL case. ALS multidisciplinary clinic visit (neurology, nursing, psychology, speech, nutrition), "
         "2-page PDF. Rows: sertraline 03-07/2025 (never did a thing: no response), mirtazapine since 08/2025 "
         "(appetite back, mood not changed: no response, current), acceptance and commitment therapy 8 sessions "
         "01-04/2026 (helped a lot, still low days: partial), escitalopram since 2026-09-02 (too early: unknown). "
         "Not rows: dextromethorphan-quinidine for pseudobulbar affect, amitriptyline 10 mg for drooling, "
         "glycopyrrolate, riluzole, edaravone, baclofen, wife's paroxetine, venlafaxine only planned, TMS declined.",
    docs=[dict(file=F1, fmt="pdf", pages=[[
        "# Riverbend ALS Multidisciplinary Clinic (FICTIONAL) - Clinic Visit",
        "FICTIONAL SAMPLE RECORD - invented patient, not a real person.",
        "Patient: Harold Venn (FICTIONAL)   DOB 04/19/1965   MRN FICT-ALS-30418   Visit date: 10/14/2026",
        "Seen today by: neurology, ALS nurse coordinator, clinic psychologist, speech-language pathology, dietitian.",
        "# Diagnoses",
        "G12.21 amyotrophic lateral sclerosis (onset right hand, diagnosed 11/2024)",
        "F48.2 pseudobulbar affect",
        "K11.7 disturbance of salivary secretion (sialorrhea)",
        "F33.1 major depressive disorder, recurrent, moderate",
        "# Interval history (neurology)",
        "Mr. Venn is a 61-year-old retired surveyor seen with his wife Carol. Speech is slower and he now uses a "
        "text-to-speech app on long calls. Falls: none. ALSFRS-R today 34 (38 in April). Weight steady at 71 kg. "
        "Crying spells have become rare since dextromethorphan-quinidine was started for pseudobulbar affect in "
        "2025; he says the outbursts 'are almost gone'. Drooling is better on the low bedtime dose of amitriptyline "
        "that was added for it in February, with glycopyrrolate by day.",
        "# Current medications (reconciled today)",
        "|Medication|Dose|Reason|Since",
        "|Riluzole|50 mg twice daily|ALS|11/2024",
        "|Edaravone oral suspension|105 mg daily, cycles|ALS|03/2025",
        "|Dextromethorphan-quinidine|20/10 mg twice daily|pseudobulbar affect|05/2025",
        "|Amitriptyline|10 mg at bedtime|drooling|02/2026",
        "|Glycopyrrolate|1 mg three times daily|drooling|06/2026",
        "|Baclofen|10 mg three times daily|cramps|2025",
        "|Mirtazapine|15 mg at bedtime|mood, appetite|08/2025",
        "|Escitalopram|10 mg daily|depression|09/02/2026",
        "Carol notes she takes paroxetine herself and once suggested he try it; he has not.",
    ], [
        "# Psychology (clinic psychologist)",
        "Depression history. Low mood began within weeks of the diagnosis. Sertraline 100 mg, 03/2025 to 07/2025, "
        "prescribed by his primary care doctor: he says sertraline \"never did a thing for me\" and he stopped it "
        "in July.",
        "Mirtazapine 15 mg at night since 08/2025 (neurology): his appetite came back and he has put on 4 kg, but "
        "his mood itself has not changed.",
        "Acceptance and commitment therapy with me, 8 sessions, 01/2026 to 04/2026. He can now talk about what is "
        "coming without shutting down. He and Carol feel it helped a lot, though he still has low days most weeks. "
        "PHQ-9 16 in 01/2026 and 9 in 04/2026.",
        "Escitalopram 10 mg was added by neurology on 09/02/2026. Six weeks in, he and Carol both say it is too "
        "early to tell whether it is helping.",
        "Today PHQ-9 is 13. He describes passive thoughts: 'some days I wish it would all just be over.' He denies "
        "any plan or intent to end his life and names his grandchildren as reasons to live. Safety plan reviewed.",
        "# Plan",
        "1. Continue riluzole, edaravone cycles, dextromethorphan-quinidine, glycopyrrolate and amitriptyline 10 mg "
        "for drooling.",
        "2. Continue escitalopram 10 mg and mirtazapine 15 mg. If no better by the December visit, consider "
        "switching escitalopram to venlafaxine.",
        "3. A referral for TMS was offered; he declined it because of the travel.",
        "4. Psychology booster sessions monthly. Speech: voice banking started. Nutrition: no feeding tube yet.",
        "Electronically signed: Dana Whitlow, PhD (FICTIONAL); Ravi Anand, MD (FICTIONAL). Clinic phone 555-0141.",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-03", "2025-07", "never did a thing for me",
          "no_response", F1, 2, "he says sertraline \"never did a thing for me\" and he stopped it in July"),
        R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2025-08", None,
          "appetite came back and gained 4 kg, but mood itself has not changed", "no_response", F1, 2,
          "his appetite came back and he has put on 4 kg, but his mood itself has not changed"),
        R("acceptance and commitment therapy", "psychotherapy", "psychotherapy", "8 sessions", "2026-01", "2026-04",
          "helped a lot, though he still has low days most weeks (PHQ-9 16 -> 9)", "partial_response", F1, 2,
          "He and Carol feel it helped a lot, though he still has low days most weeks."),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-09-02", None,
          "six weeks in, too early to tell whether it is helping", "unknown", F1, 2,
          "Six weeks in, he and Carol both say it is too early to tell whether it is helping."),
    ],
    scales=[
        S("PHQ-9", 16, "2026-01", F1, 2, "PHQ-9 16 in 01/2026 and 9 in 04/2026."),
        S("PHQ-9", 9, "2026-04", F1, 2, "PHQ-9 16 in 01/2026 and 9 in 04/2026."),
        S("PHQ-9", 13, "2026-10-14", F1, 2, "Today PHQ-9 is 13."),
    ],
    diagnoses=[
        D("G12.21", F1, 1, "G12.21 amyotrophic lateral sclerosis"),
        D("F48.2", F1, 1, "F48.2 pseudobulbar affect"),
        D("K11.7", F1, 1, "K11.7 disturbance of salivary secretion (sialorrhea)"),
        D("F33.1", F1, 1, "F33.1 major depressive disorder, recurrent, moderate"),
    ],
    suicidality=SU("passive", F1, 2, "He describes passive thoughts: 'some days I wish it would all just be over.'"),
))

# --------------------------------------------------------------------------------------------------------------
F2 = "php_quarterly_monitoring_report_2026-Q3.docx"
CASES.append(dict(
    slug="02-physician-health-program-monitoring-report-docx",
    note="FICTIONAL case. Physician health program quarterly monitoring report on a participant physician, DOCX "
         "with a medication table and a treatment-history table. Rows: fluoxetine 2012-2014 (worked well, stopped "
         "herself when she felt better: remission), duloxetine 01-06/2023 (blood pressure up, stopped: side "
         "effects), venlafaxine XR since 03/2024 (clear response, not remission: partial, current; 300 mg only "
         "discussed), aripiprazole added 10/2025-01/2026 (no added benefit: augmentation, no response), IPT 16 "
         "sessions 01-05/2026 (better, not fully back: partial). Not rows: naltrexone and acamprosate for alcohol "
         "use disorder, disulfiram declined, trazodone for sleep, residential addiction treatment, peer group.",
    docs=[dict(file=F2, fmt="docx", header="FICTIONAL SAMPLE - invented participant - Lakeshore Physician Health Program",
               pages=[[
        "# Lakeshore Physician Health Program (FICTIONAL) - Quarterly Monitoring Report",
        "Reporting period: 07/01/2026 to 09/30/2026. Report date: 10/09/2026. Prepared by: Janet Imrie, LCSW, case "
        "manager (FICTIONAL). Phone 555-0127.",
        "Participant: Dr. Lena Marsh-Okoro (FICTIONAL), anesthesiologist. Participant ID FICT-PHP-2291. Monitoring "
        "agreement signed 04/15/2024 (five years).",
        "# Diagnoses on file",
        "F10.21 alcohol dependence, in remission",
        "F33.1 major depressive disorder, recurrent, moderate",
        "# Compliance this quarter",
        "Toxicology: 14 random urine and 3 PEth tests, all negative. Workplace monitor reports no concerns. "
        "Attended 12 of 13 weekly professionals' peer support meetings (one excused). No controlled substances "
        "prescribed.",
        "# Current medications (from the treating psychiatrist's letter of 09/22/2026)",
        "|Medication|Dose|Purpose|Started",
        "|Venlafaxine XR|225 mg daily|depression|03/2024",
        "|Naltrexone|50 mg daily|alcohol use disorder|04/2024",
        "|Trazodone|50 mg at bedtime|sleep|05/2024",
        "|Levonorgestrel IUD|-|contraception|2022",
        "Disulfiram was offered at intake and declined. Acamprosate (2024) was stopped after three months, when "
        "naltrexone alone was judged enough for cravings.",
        "# Depression treatment history (treating psychiatrist, Dr. Paul Greaves, FICTIONAL)",
        "|Treatment|Dose|Dates|Outcome",
        "|Fluoxetine|40 mg|2012-2014|worked well; she stopped it herself when she felt better",
        "|Duloxetine|60 mg|01/2023-06/2023|BP rose to 150s/100; stopped",
        "|Venlafaxine XR|225 mg|03/2024-present|clear response, not remission",
        "|Aripiprazole (added)|2 mg|10/2025-01/2026|no added benefit after 12 weeks",
        "|IPT|16 sessions|01/2026-05/2026|mood better, not fully back",
        "Dr. Greaves writes that venlafaxine XR has brought 'a clear response but not a remission: she still has "
        "heavy mornings and tires easily'. Going to 300 mg was discussed on 09/22/2026; she preferred to stay at "
        "225 mg for now. Aripiprazole 2 mg was added to venlafaxine in 10/2025 and stopped in 01/2026 after 12 "
        "weeks with no added benefit. Interpersonal psychotherapy (IPT) with Dr. Ana Reyes (FICTIONAL), 16 "
        "sessions from 01/2026 to 05/2026: her mood is better and the family conflict eased, but she says she is "
        "'not fully back'.",
        "Residential addiction treatment at Larch Hill Recovery Center (FICTIONAL), 02/2024 to 04/2024, was "
        "completed successfully.",
        "# Mood and safety",
        "Quarterly PHQ-9: 7 on 07/08/2026; 6 on 09/30/2026. No suicidal ideation reported this quarter. One "
        "episode of passive suicidal ideation in early recovery (03/2024), without plan; none since.",
        "# Recommendation",
        "Participant is in full compliance. Continue monitoring at the current level; next report 01/2027.",
    ]])],
    history=[
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2012", "2014",
          "worked well; she stopped it herself when she felt better", "remission", F2, 1,
          "Fluoxetine 40 mg 2012-2014 worked well; she stopped it herself when she felt better"),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2023-01", "2023-06", "BP rose to 150s/100; stopped",
          "side_effects", F2, 1, "Duloxetine 60 mg 01/2023-06/2023 BP rose to 150s/100; stopped"),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2024-03", None,
          "a clear response but not a remission: heavy mornings, tires easily", "partial_response", F2, 1,
          "'a clear response but not a remission: she still has heavy mornings and tires easily'"),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2025-10", "2026-01",
          "no added benefit after 12 weeks", "no_response", F2, 1,
          "Aripiprazole (added) 2 mg 10/2025-01/2026 no added benefit after 12 weeks"),
        R("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2026-01", "2026-05",
          "mood better, family conflict eased, 'not fully back'", "partial_response", F2, 1,
          "IPT 16 sessions 01/2026-05/2026 mood better, not fully back"),
    ],
    scales=[
        S("PHQ-9", 7, "2026-07-08", F2, 1, "Quarterly PHQ-9: 7 on 07/08/2026; 6 on 09/30/2026."),
        S("PHQ-9", 6, "2026-09-30", F2, 1, "Quarterly PHQ-9: 7 on 07/08/2026; 6 on 09/30/2026."),
    ],
    diagnoses=[
        D("F10.21", F2, 1, "F10.21 alcohol dependence, in remission"),
        D("F33.1", F2, 1, "F33.1 major depressive disorder, recurrent, moderate"),
    ],
    suicidality=SU("passive", F2, 1, "One episode of passive suicidal ideation in early recovery (03/2024), without plan"),
))

# --------------------------------------------------------------------------------------------------------------
F3 = "street_medicine_encounter_log.txt"
CASES.append(dict(
    slug="03-street-medicine-outreach-visit-log-txt",
    note="FICTIONAL case. Street medicine team's encounter log for an unsheltered man, plain text, five dated "
         "encounters. Rows: paroxetine 2015-2017 in prison (worked, fine on it; stopped at release for no refills: "
         "remission), sertraline 2026-05-12 to 06/2026 (stomach churning, could not keep food down, stopped: side "
         "effects), fluoxetine from 2026-07-21 (a lot better than summer, not all the way: partial, current; 40 mg "
         "only planned; a 10-day gap when the blister pack was lost is the same trial). Not rows: mirtazapine "
         "e-prescribed and never picked up, a friend's quetiapine for sleep, lisinopril, naloxone kit, nicotine gum.",
    docs=[dict(file=F3, fmt="txt", pages=[[
        "# Eastside Street Medicine Team (FICTIONAL) - Encounter Log",
        "FICTIONAL RECORD - invented patient, invented team; for software testing only.",
        "Patient: Dwayne \"DJ\" Harlow (FICTIONAL)   DOB 02/08/1982   Chart FICT-SMT-0772",
        "Usual location: under the Route 9 overpass camp; from 08/2026 the Harbor Street shelter.",
        "Problem list: F33.2 major depressive disorder, recurrent, severe; Z59.02 unsheltered homelessness; "
        "F10.20 alcohol dependence; I10 hypertension.",
        "",
        "05/12/2026 (van, RN Tasha Greer / Dr. Omar Falk, FICTIONAL)",
        "Asked us for 'something for my nerves and the dark moods.' Sleeping 3-4 h in a tent. Was on Paxil in "
        "prison 2015-2017: 'it worked, I was fine on it'; when he was released in 2017 he could not get refills "
        "and it stopped. PHQ-9 21 (read aloud). Passive SI: 'wouldn't mind not waking up'; no plan, no intent. "
        "Past attempt by overdose in 2019 (street pills). BP 162/98. Started sertraline 50 mg daily, 30 tablets "
        "handed over from van stock. Restarted lisinopril 10 mg. Naloxone kit given.",
        "",
        "06/23/2026 (van)",
        "Stopped the sertraline after about three weeks: 'made my stomach churn all day, couldn't keep food down.' "
        "Mirtazapine 15 mg at night e-prescribed to Corner Pharmacy for mood and sleep. A friend at the camp gives "
        "him quetiapine ('Seroquel') some nights to sleep; advised against taking other people's pills.",
        "",
        "07/21/2026 (van)",
        "Pharmacy confirms the mirtazapine was never picked up (no ID on hand). Started fluoxetine 20 mg daily "
        "from van stock in a 30-day blister pack. BP 148/90 on lisinopril.",
        "",
        "08/18/2026 (Harbor Street shelter clinic)",
        "Now sleeping at the shelter. On fluoxetine 20 mg: 'I feel more like a person.' PHQ-9 14. Denies "
        "thoughts of suicide. Nicotine gum given.",
        "",
        "09/15/2026 (shelter clinic)",
        "Lost the blister pack when his bag was taken; off fluoxetine about 10 days and 'sliding'. Fluoxetine 20 "
        "mg restarted today, new blister pack.",
        "",
        "10/20/2026 (shelter clinic)",
        "Back on fluoxetine 20 mg steadily for five weeks. Says he is 'a lot better than in the summer, but not "
        "all the way.' PHQ-9 11. No SI. Plan: increase fluoxetine to 40 mg at the next visit if tolerating; "
        "housing navigator referral made.",
    ]])],
    history=[
        R("paroxetine", "SSRI", "antidepressant", None, "2015", "2017", "it worked, I was fine on it",
          "remission", F3, 1, "Was on Paxil in prison 2015-2017: 'it worked, I was fine on it'"),
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2026-05-12", "2026-06",
          "made my stomach churn all day, couldn't keep food down; stopped", "side_effects", F3, 1,
          "'made my stomach churn all day, couldn't keep food down.'"),
        R("fluoxetine", "SSRI", "antidepressant", "20 mg", "2026-07-21", None,
          "a lot better than in the summer, but not all the way", "partial_response", F3, 1,
          "'a lot better than in the summer, but not all the way.'"),
    ],
    scales=[
        S("PHQ-9", 21, "2026-05-12", F3, 1, "PHQ-9 21 (read aloud)."),
        S("PHQ-9", 14, "2026-08-18", F3, 1, "PHQ-9 14."),
        S("PHQ-9", 11, "2026-10-20", F3, 1, "PHQ-9 11."),
    ],
    diagnoses=[
        D("F33.2", F3, 1, "F33.2 major depressive disorder, recurrent, severe"),
        D("Z59.02", F3, 1, "Z59.02 unsheltered homelessness"),
        D("F10.20", F3, 1, "F10.20 alcohol dependence"),
        D("I10", F3, 1, "I10 hypertension"),
    ],
    suicidality=SU("attempt", F3, 1, "Past attempt by overdose in 2019 (street pills)."),
))

# --------------------------------------------------------------------------------------------------------------
F4 = "dbs_candidacy_review_summary.pdf"
CASES.append(dict(
    slug="04-deep-brain-stimulation-candidacy-review-board-pdf",
    note="FICTIONAL case. Research deep brain stimulation candidacy review board summary for treatment-resistant "
         "depression, 2-page PDF with a treatment-history table (p. 1) and the board's discussion (p. 2). Rows: "
         "citalopram 2009-2011 (remission, tapered when well), CBT 2016 (no meaningful change), sertraline "
         "2016-2017 (no response), venlafaxine XR 2017-2019 (response, then lost while still taking it: relapse), "
         "lithium added 2018-2019 (tremor, hypothyroidism, stopped: augmentation, side effects), phenelzine "
         "2020-2021 (partial response but fainting, stopped: side effects), ECT 03-05/2021 18 sessions (remitted, "
         "relapsed by 08/2021: relapse), TMS 09-11/2022 36 sessions (no response), esketamine 02-10/2023 "
         "(dissociation, stopped: side effects), vortioxetine since 01/2024 (no meaningful change, current). Not "
         "rows: DBS itself (proposed), IV ketamine recommended but never given, psilocybin study screen failure, "
         "levothyroxine, zolpidem, nortriptyline only considered.",
    docs=[dict(file=F4, fmt="pdf", pages=[[
        "# Northgate University Hospital (FICTIONAL) - Neuromodulation Candidacy Review Board",
        "FICTIONAL SAMPLE RECORD - protocol, people and numbers are invented.",
        "Protocol FICT-DBS-TRD-07 (subcallosal cingulate DBS for treatment-resistant depression). Meeting date: "
        "10/21/2026. Candidate: Marguerite Olsen-Pike (FICTIONAL), age 52, ID FICT-NRB-5520.",
        "# Diagnoses",
        "F33.2 major depressive disorder, recurrent, severe without psychotic features (current episode since 2016)",
        "E03.2 hypothyroidism due to medicaments (lithium), on levothyroxine 75 mcg",
        "# Screening ratings (09/15/2026)",
        "MADRS 34. HAM-D-17 26. C-SSRS lifetime: one suicide attempt (overdose, 2019); past month: passive "
        "ideation without plan or intent.",
        "# Treatment history (verified against pharmacy and hospital records)",
        "|#|Treatment|Dose|Dates|Outcome",
        "|1|Citalopram|40 mg|2009-2011|remission; tapered off with her GP in 2011 after two years well",
        "|2|CBT|16 sessions|2016|no meaningful change",
        "|3|Sertraline|200 mg|2016-2017|no response at 14 weeks",
        "|4|Venlafaxine XR|300 mg|2017-2019|response by 12 weeks; lost in 2019 while still taking it",
        "|5|Lithium (added to 4)|900 mg|2018-2019|tremor and hypothyroidism; stopped",
        "|6|Phenelzine|60 mg|2020-2021|partial response; fainting from low BP; stopped",
        "|7|ECT (RUL, then bilateral)|18 sessions|03/2021-05/2021|remitted; relapsed by 08/2021",
        "|8|TMS (left DLPFC, 10 Hz)|36 sessions|09/2022-11/2022|no response",
        "|9|Esketamine nasal spray|84 mg|02/2023-10/2023|frightening dissociation; stopped",
        "|10|Vortioxetine|20 mg|01/2024-present|no meaningful change",
        "Also reported: zolpidem 5 mg for sleep since 2020; levothyroxine since 2019.",
    ], [
        "# Board discussion",
        "The board reviewed each trial for adequacy. Citalopram (2009-2011) treated the first episode and brought "
        "a full remission. Venlafaxine XR brought a response by 12 weeks that was lost in 2019 although she took "
        "it every day; lithium added to it caused a coarse tremor and hypothyroidism and was stopped.",
        "Phenelzine 60 mg gave a partial response, but she fainted twice from low blood pressure on standing and "
        "it was stopped in 2021.",
        "The 2021 ECT course, 18 sessions (right unilateral, then bilateral), brought a remission; she relapsed "
        "by 08/2021 and declined maintenance ECT because of memory complaints. Nortriptyline was considered after "
        "ECT but never started.",
        "Esketamine: 84 mg twice weekly, then weekly, 02/2023 to 10/2023. She described the dissociation as "
        "frightening and stopped it; the board notes the MADRS had not changed meaningfully either.",
        "IV ketamine was recommended by an outside clinic in 2024 but never given (not covered). She was screened "
        "for a psilocybin study in 2025 and excluded before any dose. Her husband's bupropion, which she once took "
        "for two days, is not counted.",
        "Vortioxetine 20 mg since 01/2024: no meaningful change; it continues as the stable baseline medication "
        "required by the protocol.",
        "# Decision",
        "Eligible: at least four adequate failed treatments in the current episode, including ECT. Proceed to "
        "neuropsychological testing and surgical consultation. DBS is not yet scheduled.",
        "Board chair: Dr. Imogen Farrow (FICTIONAL). Coordinator phone 555-0163.",
    ]])],
    history=[
        R("citalopram", "SSRI", "antidepressant", "40 mg", "2009", "2011",
          "remission; tapered off with her GP in 2011 after two years well", "remission", F4, 1,
          "1 Citalopram 40 mg 2009-2011 remission; tapered off with her GP in 2011 after two years well"),
        R("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2016", "2016", "no meaningful change",
          "no_response", F4, 1, "2 CBT 16 sessions 2016 no meaningful change"),
        R("sertraline", "SSRI", "antidepressant", "200 mg", "2016", "2017", "no response at 14 weeks",
          "no_response", F4, 1, "3 Sertraline 200 mg 2016-2017 no response at 14 weeks"),
        R("venlafaxine", "SNRI", "antidepressant", "300 mg", "2017", "2019",
          "response by 12 weeks; lost in 2019 while still taking it", "relapse", F4, 1,
          "4 Venlafaxine XR 300 mg 2017-2019 response by 12 weeks; lost in 2019 while still taking it"),
        R("lithium", "mood stabilizer", "augmentation", "900 mg", "2018", "2019",
          "tremor and hypothyroidism; stopped", "side_effects", F4, 1,
          "5 Lithium (added to 4) 900 mg 2018-2019 tremor and hypothyroidism; stopped"),
        R("phenelzine", "MAOI", "antidepressant", "60 mg", "2020", "2021",
          "partial response; fainting from low BP; stopped", "side_effects", F4, 1,
          "6 Phenelzine 60 mg 2020-2021 partial response; fainting from low BP; stopped"),
        R("ECT", "neuromodulation", "neuromodulation", "18 sessions", "2021-03", "2021-05",
          "remitted; relapsed by 08/2021", "relapse", F4, 1,
          "7 ECT (RUL, then bilateral) 18 sessions 03/2021-05/2021 remitted; relapsed by 08/2021"),
        R("TMS", "neuromodulation", "neuromodulation", "36 sessions", "2022-09", "2022-11", "no response",
          "no_response", F4, 1, "8 TMS (left DLPFC, 10 Hz) 36 sessions 09/2022-11/2022 no response"),
        R("esketamine", "NMDA receptor antagonist", "antidepressant", "84 mg", "2023-02", "2023-10",
          "frightening dissociation; stopped", "side_effects", F4, 1,
          "9 Esketamine nasal spray 84 mg 02/2023-10/2023 frightening dissociation; stopped"),
        R("vortioxetine", "multimodal", "antidepressant", "20 mg", "2024-01", None, "no meaningful change",
          "no_response", F4, 1, "10 Vortioxetine 20 mg 01/2024-present no meaningful change"),
    ],
    scales=[
        S("MADRS", 34, "2026-09-15", F4, 1, "MADRS 34."),
        S("HAM-D", 26, "2026-09-15", F4, 1, "HAM-D-17 26."),
    ],
    diagnoses=[
        D("F33.2", F4, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
        D("E03.2", F4, 1, "E03.2 hypothyroidism due to medicaments (lithium)"),
    ],
    suicidality=SU("attempt", F4, 1, "C-SSRS lifetime: one suicide attempt (overdose, 2019)"),
))

# --------------------------------------------------------------------------------------------------------------
F5 = "step_therapy_checklist_scan.pdf"
CASES.append(dict(
    slug="05-handwritten-step-therapy-checklist-medical-assistant-scan",
    note="FICTIONAL case. A printed step-therapy documentation checklist for an esketamine prior authorization, "
         "filled in by hand by a medical assistant, scanned (image-only PDF, 1 page). Rows: escitalopram 01-04/2025 "
         "(no change), bupropion XL 05-06/2025 (rash, stopped: side effects), duloxetine 07-11/2025 (about 30% "
         "better: partial), aripiprazole added 09-11/2025 (no additional benefit: augmentation, no response), CBT "
         "12 sessions 2025 (no change), mirtazapine since 12/2025 (sleep better, mood same: no response, current). "
         "Not rows: a struck-through sertraline line marked as his brother's, hydroxyzine as needed for anxiety, "
         "esketamine itself (requested).",
    docs=[dict(file=F5, fmt="scan", pages=[[
        "# Maple Grove Psychiatry (FICTIONAL) - Step Therapy Documentation Checklist",
        "FICTIONAL SAMPLE FORM - invented clinic and patient. Fax 555-0188.",
        "Patient: {{Tomasz Brill (FICTIONAL)}}   DOB: {{07/30/1979}}   Date: {{11/03/2026}}",
        "Requested: {{Spravato 56 mg induction}}   Filled by: {{K. Soto, MA}}",
        "Diagnosis codes: {{F33.2 MDD recurrent severe}}   {{F41.1 GAD}}",
        "Prior antidepressant trials (drug / dose / dates / weeks / result):",
        "1. {{Escitalopram 20 mg  01/2025-04/2025  12 wk  no change}}",
        "2. {{Bupropion XL 300 mg  05/2025-06/2025  5 wk  rash - stopped}}",
        "3. {{!Sertraline 100 mg 2024  8 wk}} {{error - was his brother's}}",
        "4. {{Duloxetine 60 mg  07/2025-11/2025  18 wk  ~30% better}}",
        "Augmentation: {{Aripiprazole 5 mg added to #4  09/2025-11/2025  10 wk  no addl benefit}}",
        "Psychotherapy: {{CBT 12 sessions 2025  no change per therapist}}",
        "Current antidepressant: {{Mirtazapine 30 mg qhs 12/2025-now  sleep better, mood same}}",
        "Other meds: {{hydroxyzine 25 mg prn anxiety}}",
        "PHQ-9: {{22}}   on {{11/03/2026}}      MADRS (MD): {{32}}   on {{11/03/2026}}",
        "SI past month: {{passive, no plan}}",
        "MD review: {{reviewed - L. Ferrante MD (FICTIONAL)}}",
    ]])],
    history=[
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-01", "2025-04", "no change", "no_response",
          F5, 1, "Escitalopram 20 mg 01/2025-04/2025 12 wk no change"),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2025-05", "2025-06", "rash - stopped", "side_effects",
          F5, 1, "Bupropion XL 300 mg 05/2025-06/2025 5 wk rash - stopped"),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-07", "2025-11", "~30% better",
          "partial_response", F5, 1, "Duloxetine 60 mg 07/2025-11/2025 18 wk ~30% better"),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2025-09", "2025-11",
          "no additional benefit", "no_response", F5, 1,
          "Aripiprazole 5 mg added to #4 09/2025-11/2025 10 wk no addl benefit"),
        R("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2025", "2025", "no change per therapist",
          "no_response", F5, 1, "CBT 12 sessions 2025 no change per therapist"),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-12", None, "sleep better, mood same",
          "no_response", F5, 1, "Mirtazapine 30 mg qhs 12/2025-now sleep better, mood same"),
    ],
    scales=[
        S("PHQ-9", 22, "2026-11-03", F5, 1, "PHQ-9: 22 on 11/03/2026"),
        S("MADRS", 32, "2026-11-03", F5, 1, "MADRS (MD): 32 on 11/03/2026"),
    ],
    diagnoses=[
        D("F33.2", F5, 1, "F33.2 MDD recurrent severe"),
        D("F41.1", F5, 1, "F41.1 GAD"),
    ],
    suicidality=SU("passive", F5, 1, "SI past month: passive, no plan"),
))

# --------------------------------------------------------------------------------------------------------------
F6 = "nicu_social_work_notes_mother.txt"
CASES.append(dict(
    slug="06-nicu-social-work-parent-support-notes-txt",
    note="FICTIONAL case. NICU social worker's parent-support notes about a mother whose son was born at 28 weeks, "
         "plain text, four dated notes. Rows: sertraline 2021-2023 (felt like herself, stopped with her OB after a "
         "year well: remission), zuranolone 14 days 2026-09-24 to 2026-10-07 (fog lifted, then the heaviness crept "
         "back: relapse), sertraline restarted 2026-11-15 (just started: unknown, its own row). Not rows: the "
         "baby's caffeine citrate and morphine, oxycodone and ibuprofen after the caesarean, metoclopramide "
         "suggested for milk supply and declined, sertraline in pregnancy declined, partner's escitalopram, peer "
         "support group, IPT referral (planned).",
    docs=[dict(file=F6, fmt="txt", pages=[[
        "# Mercy Lakes Children's Hospital (FICTIONAL) - NICU Social Work: Parent Support Notes",
        "FICTIONAL RECORD - invented family; for software testing only.",
        "Parent: Aaliyah Brenner-Cole (FICTIONAL), mother, age 29. Infant: Baby Boy Brenner-Cole, born 09/14/2026 "
        "at 28 weeks by caesarean, NICU bed 14. Social worker: Meg Tanaka, LICSW (FICTIONAL), phone 555-0112.",
        "Mother's diagnosis (from OB referral): F53.0 postpartum depression. History: F33.1 major depressive "
        "disorder, recurrent, moderate (first episode 2021).",
        "",
        "09/20/2026",
        "Met mother at the bedside. Baby on CPAP, caffeine citrate, brief morphine after a procedure. Mother "
        "tearful, not sleeping, blames herself for the early delivery. She took sertraline 100 mg from 2021 to "
        "2023 for her first depression: within two months she felt like herself again, and she came off it with "
        "her OB in 2023 after more than a year well. She declined to restart sertraline during the pregnancy. "
        "PHQ-9 17. Denies thoughts of harming herself or the baby. On oxycodone and ibuprofen after the caesarean. "
        "Partner Marcus is on escitalopram himself and is supportive. Gave her the NICU parents' peer group "
        "schedule.",
        "",
        "10/04/2026",
        "Her OB started zuranolone 50 mg nightly for 14 days on 09/24/2026 (course ends 10/07). She is pumping; "
        "the OB had suggested metoclopramide to raise milk supply, but she declined it because of her depression "
        "history. Attending the peer group on Tuesdays.",
        "",
        "10/25/2026",
        "Zuranolone course finished on 10/07. 'The fog lifted within a week - I can feel things again.' PHQ-9 7. "
        "Visiting daily, doing kangaroo care.",
        "",
        "11/15/2026",
        "Baby off CPAP, discharge planned for December. Mother says that over the last two weeks 'the heaviness "
        "crept back in, like before the zuranolone.' PHQ-9 14. Endorses fleeting thoughts that 'everyone would be "
        "better off without me'; no plan, no intent; safety plan made with her and Marcus. Her OB restarted "
        "sertraline 50 mg today; too soon to judge. Referred to a perinatal therapist for IPT (intake 12/02).",
    ]])],
    history=[
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2021", "2023",
          "felt like herself again within two months; came off it with her OB after more than a year well",
          "remission", F6, 1, "within two months she felt like herself again, and she came off it with her OB in "
          "2023 after more than a year well"),
        R("zuranolone", "neuroactive steroid", "antidepressant", "50 mg", "2026-09-24", "2026-10-07",
          "fog lifted within a week; then the heaviness crept back in", "relapse", F6, 1,
          "'the heaviness crept back in, like before the zuranolone.'"),
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2026-11-15", None, "restarted today; too soon to judge",
          "unknown", F6, 1, "Her OB restarted sertraline 50 mg today; too soon to judge."),
    ],
    scales=[
        S("PHQ-9", 17, "2026-09-20", F6, 1, "PHQ-9 17."),
        S("PHQ-9", 7, "2026-10-25", F6, 1, "PHQ-9 7."),
        S("PHQ-9", 14, "2026-11-15", F6, 1, "PHQ-9 14."),
    ],
    diagnoses=[
        D("F53.0", F6, 1, "F53.0 postpartum depression"),
        D("F33.1", F6, 1, "F33.1 major depressive disorder, recurrent, moderate"),
    ],
    suicidality=SU("passive", F6, 1, "Endorses fleeting thoughts that 'everyone would be better off without me'; "
                   "no plan, no intent"),
))

# --------------------------------------------------------------------------------------------------------------
F7 = "hyperhidrosis_clinic_visits.pdf"
CASES.append(dict(
    slug="07-hyperhidrosis-dermatology-clinic-visits-pdf",
    note="FICTIONAL case. Dermatology hyperhidrosis clinic, consult (p. 1) and follow-up (p. 2), PDF. Rows: "
         "escitalopram 2022 (didn't touch the depression: no response), venlafaxine XR 2024-04 to 2026-07 (mood best "
         "in years but drenching sweats; tapered off because of the sweating: side effects), bupropion XL since "
         "2026-07 (remains in remission: remission, current). Not rows: mirtazapine 7.5 mg for sleep, oxybutynin "
         "and glycopyrronium cloths for sweating, botulinum toxin, aluminium chloride, benztropine suggested and "
         "never started.",
    docs=[dict(file=F7, fmt="pdf", pages=[[
        "# Cedar Point Dermatology (FICTIONAL) - Hyperhidrosis Clinic: New Consult",
        "FICTIONAL SAMPLE RECORD - invented patient and clinic.",
        "Patient: Graham Okafor-Lind (FICTIONAL)   DOB 01/11/1988   MRN FICT-DRM-6604   Date: 06/10/2026",
        "Referred by: his psychiatrist, Dr. Helen Szabo (FICTIONAL), for drenching sweats.",
        "# History",
        "Mild underarm sweating since his teens. Since spring 2024 he sweats through his shirt by mid-morning and "
        "wakes at night soaked. This began within a month of starting venlafaxine XR (04/2024, now 150 mg) for "
        "recurrent depression. He says his mood on venlafaxine is 'the best I've felt in years'. An earlier trial "
        "of escitalopram 10 mg for about four months in 2022 'didn't touch the depression', and he stopped it.",
        "Medications: venlafaxine XR 150 mg daily; no others. Allergies: none.",
        "Screening: HDSS 4. PHQ-9 3 (item 9 = 0).",
        "# Assessment",
        "L74.510 primary focal hyperhidrosis, axilla",
        "R61 generalized hyperhidrosis (likely drug-related)",
        "F33.42 major depressive disorder, recurrent, in full remission",
        "# Plan",
        "1. Glycopyrronium cloths to the underarms; aluminium chloride at night.",
        "2. Oxybutynin 2.5 mg twice daily for the generalized sweating; may raise to 5 mg.",
        "3. Letter to Dr. Szabo: the sweating is most likely from venlafaxine; she may wish to consider a switch. "
        "Benztropine is sometimes used for this and could be discussed.",
    ], [
        "# Hyperhidrosis Clinic: Follow-up - 09/09/2026",
        "Patient: Graham Okafor-Lind (FICTIONAL)   MRN FICT-DRM-6604",
        "Interval: Dr. Szabo tapered venlafaxine off over July 2026 because of the sweating and started bupropion "
        "XL 150 mg, raised to 300 mg in August. She added mirtazapine 7.5 mg at night for sleep during the "
        "switch. Benztropine was never started. Her note faxed 08/28/2026 says his mood has held on bupropion and "
        "that he 'remains in remission'.",
        "Sweating: night sweats gone; underarms still damp by afternoon. Oxybutynin 5 mg twice daily: dry mouth, "
        "tolerable. HDSS 2.",
        "Screening today: PHQ-9 5. GAD-7 6.",
        "# Current medications",
        "|Medication|Dose|For",
        "|Bupropion XL|300 mg daily|depression",
        "|Mirtazapine|7.5 mg at bedtime|sleep",
        "|Oxybutynin|5 mg twice daily|sweating",
        "|Glycopyrronium cloth|daily|underarms",
        "# Procedure",
        "OnabotulinumtoxinA, 50 units to each axilla, after starch-iodine mapping. Tolerated well.",
        "# Plan",
        "Review in 4 months. Continue oxybutynin. Copy to Dr. Szabo. Clinic phone 555-0175.",
    ]])],
    history=[
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2022", "2022", "didn't touch the depression",
          "no_response", F7, 1, "'didn't touch the depression', and he stopped it"),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2024-04", "2026-07",
          "mood the best in years, but drenching sweats; tapered off because of the sweating", "side_effects",
          F7, 2, "Dr. Szabo tapered venlafaxine off over July 2026 because of the sweating"),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2026-07", None,
          "mood has held on bupropion; remains in remission", "remission", F7, 2,
          "his mood has held on bupropion and that he 'remains in remission'"),
    ],
    scales=[
        S("PHQ-9", 3, "2026-06-10", F7, 1, "PHQ-9 3 (item 9 = 0)."),
        S("PHQ-9", 5, "2026-09-09", F7, 2, "PHQ-9 5."),
        S("GAD-7", 6, "2026-09-09", F7, 2, "GAD-7 6."),
    ],
    diagnoses=[
        D("L74.510", F7, 1, "L74.510 primary focal hyperhidrosis, axilla"),
        D("R61", F7, 1, "R61 generalized hyperhidrosis"),
        D("F33.42", F7, 1, "F33.42 major depressive disorder, recurrent, in full remission"),
    ],
    suicidality=SU("none", F7, 1, "PHQ-9 3 (item 9 = 0)."),
))

# --------------------------------------------------------------------------------------------------------------
F8 = "dbt_program_treatment_plan_review.docx"
CASES.append(dict(
    slug="08-dbt-program-quarterly-treatment-plan-review-docx",
    note="FICTIONAL case. Dialectical behavior therapy program's 6-month treatment plan review, DOCX with a "
         "medication-history table. Rows: CBT at college counselling 2021 (didn't get much out of it: no response), "
         "fluoxetine 2021-2023 (helped about a year, then stopped working: relapse), sertraline since 06/2023 "
         "(partial response, current), lamotrigine added 10-12/2023 (rash, stopped: augmentation, side effects), "
         "DBT since 2026-03-02 (self-harm stopped, depression improved partly: partial, current). Not rows: "
         "quetiapine 25 mg for sleep (stopped for weight), roommate's clonazepam (the overdose), hydroxyzine as "
         "needed, TMS discussed and declined, combined oral contraceptive.",
    docs=[dict(file=F8, fmt="docx", header="FICTIONAL SAMPLE - invented client - Harbor Lights DBT Program",
               pages=[[
        "# Harbor Lights DBT Program (FICTIONAL) - Treatment Plan Review (6 months)",
        "Client: Sienna Varga (FICTIONAL), age 24. Record FICT-DBT-1187. Review date: 09/28/2026. Primary "
        "therapist: Jordan Kessler, LMHC (FICTIONAL). Program psychiatrist: Dr. Ruth Amsel (FICTIONAL). "
        "Phone 555-0154.",
        "# Diagnoses",
        "F60.3 borderline personality disorder",
        "F33.1 major depressive disorder, recurrent, moderate",
        "R45.88 nonsuicidal self-harm",
        "T42.4X2A poisoning by benzodiazepines, intentional self-harm, initial encounter (01/2026)",
        "# Reason for the program",
        "Admitted 03/02/2026 after an overdose on 01/17/2026 of her roommate's clonazepam, taken with intent to "
        "die, and weekly cutting since 2020. Current: chronic passive wishes to be dead on bad days, no intent, "
        "no plan; no attempt since January.",
        "# Treatment to date",
        "Standard comprehensive DBT since 03/02/2026: weekly individual therapy, weekly skills group (2.5 h), "
        "phone coaching. 29 individual sessions and 28 groups attended. Self-harm went from weekly to none for "
        "the last 10 weeks. Her depression has improved partly, not fully: PHQ-9 19 at intake (03/02/2026) and "
        "12 today; GAD-7 15 at intake and 10 today.",
        "Earlier therapy: 6 sessions of CBT at her college counselling center in 2021; she 'didn't get much out "
        "of it'.",
        "# Medication history (program psychiatrist)",
        "|Medication|Dose|Dates|Course",
        "|Fluoxetine|40 mg|2021-2023|helped for about a year, then stopped working",
        "|Sertraline|150 mg|06/2023-present|partial response; anxiety better, still low most days",
        "|Lamotrigine (added)|up to 100 mg|10/2023-12/2023|rash; stopped",
        "|Quetiapine|25 mg at night|2024|for sleep; stopped, weight gain",
        "|Hydroxyzine|25 mg as needed|2025-present|anxiety",
        "Dr. Amsel's note of 09/14/2026: lamotrigine was added to sertraline for mood swings and stopped after "
        "a rash. A combined oral contraceptive continues. TMS was raised for the depression in August; she "
        "declined for now. Bupropion could be added later if the depression stays partial.",
        "# Goals for the next 6 months",
        "1. Stay free of self-harm; keep the crisis plan current. 2. Finish the second round of skills modules. "
        "3. Return to part-time classes in January.",
    ]])],
    history=[
        R("CBT", "psychotherapy", "psychotherapy", "6 sessions", "2021", "2021", "didn't get much out of it",
          "no_response", F8, 1, "she 'didn't get much out of it'"),
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2021", "2023",
          "helped for about a year, then stopped working", "relapse", F8, 1,
          "Fluoxetine 40 mg 2021-2023 helped for about a year, then stopped working"),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2023-06", None,
          "partial response; anxiety better, still low most days", "partial_response", F8, 1,
          "Sertraline 150 mg 06/2023-present partial response; anxiety better, still low most days"),
        R("lamotrigine", "mood stabilizer", "augmentation", "100 mg", "2023-10", "2023-12", "rash; stopped",
          "side_effects", F8, 1, "Lamotrigine (added) up to 100 mg 10/2023-12/2023 rash; stopped"),
        R("DBT", "psychotherapy", "psychotherapy", "29 individual sessions and 28 groups", "2026-03-02", None,
          "self-harm weekly to none; depression improved partly, not fully (PHQ-9 19 -> 12)", "partial_response",
          F8, 1, "Her depression has improved partly, not fully"),
    ],
    scales=[
        S("PHQ-9", 19, "2026-03-02", F8, 1, "PHQ-9 19 at intake (03/02/2026)"),
        S("PHQ-9", 12, "2026-09-28", F8, 1, "12 today"),
        S("GAD-7", 15, "2026-03-02", F8, 1, "GAD-7 15 at intake"),
        S("GAD-7", 10, "2026-09-28", F8, 1, "GAD-7 15 at intake and 10 today"),
    ],
    diagnoses=[
        D("F60.3", F8, 1, "F60.3 borderline personality disorder"),
        D("F33.1", F8, 1, "F33.1 major depressive disorder, recurrent, moderate"),
        D("R45.88", F8, 1, "R45.88 nonsuicidal self-harm"),
        D("T42.4X2A", F8, 1, "T42.4X2A poisoning by benzodiazepines, intentional self-harm"),
    ],
    suicidality=SU("attempt", F8, 1, "an overdose on 01/17/2026 of her roommate's clonazepam, taken with intent to die"),
))

# --------------------------------------------------------------------------------------------------------------
F9 = "travel_clinic_consult_2026-11-02.txt"
CASES.append(dict(
    slug="09-travel-medicine-pre-travel-consult-txt",
    note="FICTIONAL case. Travel medicine pre-travel consult, plain text; the depression history is taken because "
         "mefloquine is avoided. Rows: citalopram six weeks in 2019 (nausea, lost 5 kg, stopped: side effects), "
         "bupropion 2020-2022 (worked at first, by the second winter as low as before: relapse), behavioral "
         "activation 10 sessions 2024 (most of the way back: partial), desvenlafaxine since 03/2025 (stable; "
         "psychiatrist says in remission: remission, current). Not rows: mefloquine (avoided), atovaquone-proguanil, "
         "vaccines, zolpidem for the flight, scopolamine patch, her travel companion's sertraline.",
    docs=[dict(file=F9, fmt="txt", pages=[[
        "# Bayview Travel Health Clinic (FICTIONAL) - Pre-Travel Consultation",
        "FICTIONAL RECORD - invented traveller; for software testing only.",
        "Traveller: Priya Castellano (FICTIONAL)   DOB 05/27/1985   Record FICT-TRV-3390   Date: 11/02/2026",
        "Clinician: Nora Blaise, NP (FICTIONAL)   Phone 555-0139",
        "",
        "# Trip",
        "Ghana, 12/10/2026 to 12/31/2026: Accra, then rural Volta Region with a volunteer build team. Lodging: "
        "guesthouses. First trip to sub-Saharan Africa.",
        "",
        "# Medical history relevant to prophylaxis",
        "Recurrent depression since 2019 (F33.42 major depressive disorder, recurrent, in full remission). Because "
        "mefloquine can worsen mood, her antidepressant history was reviewed:",
        "- Citalopram 20 mg for six weeks in 2019: nauseated every day and lost 5 kg; stopped.",
        "- Bupropion XL 300 mg, 2020 to 2022: it worked at first, then by the second winter she was as low as "
        "before.",
        "- Behavioral activation therapy, 10 sessions in 2024: got her moving again; she felt 'most of the way "
        "back'.",
        "- Desvenlafaxine 50 mg daily since 03/2025: mood stable; her psychiatrist's letter (10/2026) describes "
        "her as in remission.",
        "She has never had suicidal thoughts (asked again today). PHQ-9 today 3, GAD-7 2.",
        "",
        "# Current medications",
        "Desvenlafaxine 50 mg daily. Levothyroxine 50 mcg daily (Hashimoto). No allergies.",
        "Her travel companion will carry her own sertraline; advised that they not share medicines.",
        "",
        "# Assessment",
        "Z71.84 health counseling related to travel",
        "F33.42 (above); E06.3 autoimmune thyroiditis",
        "",
        "# Plan",
        "1. Malaria: atovaquone-proguanil daily from 2 days before to 7 days after; mefloquine avoided "
        "(depression history).",
        "2. Yellow fever vaccine given today (certificate issued); typhoid vaccine given; hepatitis A booster.",
        "3. Zolpidem 5 mg, 2 tablets, for the overnight flights only. Scopolamine patch for the boat crossing.",
        "4. Continue desvenlafaxine; carry 30 days extra in hand luggage.",
    ]])],
    history=[
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2019",
          "nauseated every day and lost 5 kg; stopped", "side_effects", F9, 1,
          "Citalopram 20 mg for six weeks in 2019: nauseated every day and lost 5 kg; stopped."),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2020", "2022",
          "worked at first, then by the second winter as low as before", "relapse", F9, 1,
          "it worked at first, then by the second winter she was as low as before."),
        R("behavioral activation", "psychotherapy", "psychotherapy", "10 sessions", "2024", "2024",
          "got her moving again; most of the way back", "partial_response", F9, 1,
          "got her moving again; she felt 'most of the way back'"),
        R("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2025-03", None,
          "mood stable; in remission per her psychiatrist", "remission", F9, 1,
          "mood stable; her psychiatrist's letter (10/2026) describes her as in remission"),
    ],
    scales=[
        S("PHQ-9", 3, "2026-11-02", F9, 1, "PHQ-9 today 3, GAD-7 2."),
        S("GAD-7", 2, "2026-11-02", F9, 1, "PHQ-9 today 3, GAD-7 2."),
    ],
    diagnoses=[
        D("F33.42", F9, 1, "F33.42 major depressive disorder, recurrent, in full remission"),
        D("Z71.84", F9, 1, "Z71.84 health counseling related to travel"),
        D("E06.3", F9, 1, "E06.3 autoimmune thyroiditis"),
    ],
    suicidality=SU("none", F9, 1, "She has never had suicidal thoughts (asked again today)."),
))

# --------------------------------------------------------------------------------------------------------------
F10 = "informe_hematologia_2026-10-19.pdf"
CASES.append(dict(
    slug="10-informe-consulta-hematologia-sangrado-espanol-pdf",
    note="FICTIONAL case (MUESTRA FICTICIA). Spanish hematology outpatient report on bruising and nosebleeds in a "
         "woman on apixaban, 1-page PDF, dates day/month/year. Rows: paroxetina 2012-2016 (buena respuesta, la dejó "
         "por estar asintomática: remission), venlafaxina 2019 (mareo y tensión alta, la dejó a las 3 semanas: side "
         "effects), grupo de psicoeducación 8 sesiones 2024 (entendió la enfermedad, el ánimo no cambió: no "
         "response), sertralina 03/2024-09/2026 (volví a ser yo, pero hematomas y epistaxis con apixabán; "
         "retirada por el sangrado: side effects), mirtazapina desde 15/09/2026 (pronto para valorar: unknown). "
         "Not rows: apixabán, bisoprolol, omeprazol, ácido tranexámico, lorazepam si insomnio, the husband's "
         "clopidogrel, ibuprofeno retirado. No record speaks of suicidality (null).",
    docs=[dict(file=F10, fmt="pdf", pages=[[
        "# Hospital Comarcal de Valdesierra (FICTICIO) - Servicio de Hematología",
        "MUESTRA FICTICIA / FICTIONAL SAMPLE - paciente y centro inventados.",
        "Informe de consulta externa. Fecha: 19/10/2026. Paciente: Rosa Ibáñez Quiroga (FICTICIA), 67 años. "
        "NHC FICT-HEM-40921. Remitida por: su médica de familia, por hematomas y epistaxis.",
        "# Antecedentes",
        "I48.91 fibrilación auricular, en tratamiento con apixabán 5 mg cada 12 horas desde 2023. Hipertensión "
        "con bisoprolol 2,5 mg. Omeprazol 20 mg. Trastorno depresivo recurrente (F33.1), seguido en su Centro de "
        "Salud Mental.",
        "Historia de antidepresivos (según informe de Psiquiatría de 15/09/2026 y la propia paciente): "
        "paroxetina 20 mg de 2012 a 2016, con buena respuesta; la dejó en 2016 por estar asintomática. "
        "Venlafaxina 75 mg en 2019: mareo y tensión alta, la dejó a las 3 semanas. Grupo de psicoeducación en el "
        "Centro de Salud Mental, 8 sesiones en 2024: 'me ayudó a entender la enfermedad', pero el ánimo no cambió.",
        "Sertralina 100 mg desde 03/2024: el ánimo mejoró claramente ('volví a ser yo'). Desde la primavera de "
        "2026, hematomas en brazos y piernas sin golpe y tres epistaxis. Su psiquiatra retiró la sertralina el "
        "15/09/2026 por el riesgo de sangrado junto al apixabán y empezó mirtazapina 15 mg por la noche; según "
        "la paciente, todavía es pronto para valorar el ánimo con la mirtazapina.",
        "Toma además lorazepam 1 mg por la noche si insomnio. Tomaba ibuprofeno para la rodilla; retirado en "
        "septiembre. Su marido toma clopidogrel; ella no lo ha tomado nunca.",
        "PHQ-9 aportado por Atención Primaria el 02/10/2026: 8.",
        "# Exploración y pruebas",
        "Hematomas amarillentos en ambos antebrazos, sin petequias. Hemoglobina 12,1 g/dl, plaquetas 214.000/µl, "
        "TP y TTPa normales, fibrinógeno normal, función renal normal. PFA-100 en el límite alto con la "
        "sertralina ya retirada hace un mes.",
        "# Juicio clínico",
        "D68.32 trastorno hemorrágico por anticoagulante circulante extrínseco (apixabán), favorecido por la "
        "sertralina (efecto antiagregante de los ISRS).",
        "R04.0 epistaxis",
        "# Plan",
        "1. Mantener apixabán; no se aconseja reintroducir sertralina ni otro ISRS mientras esté anticoagulada.",
        "2. Ácido tranexámico tópico para las epistaxis. Evitar AINE.",
        "3. Control en 3 meses con hemograma. Teléfono de la consulta: 555-0196.",
        "Dra. Begoña Arrieta Sanz (FICTICIA), Hematología.",
    ]])],
    history=[
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2012", "2016",
          "buena respuesta; la dejó en 2016 por estar asintomática", "remission", F10, 1,
          "paroxetina 20 mg de 2012 a 2016, con buena respuesta; la dejó en 2016 por estar asintomática."),
        R("venlafaxine", "SNRI", "antidepressant", "75 mg", "2019", "2019",
          "mareo y tensión alta, la dejó a las 3 semanas", "side_effects", F10, 1,
          "Venlafaxina 75 mg en 2019: mareo y tensión alta, la dejó a las 3 semanas."),
        R("psychoeducation group", "psychotherapy", "psychotherapy", "8 sesiones", "2024", "2024",
          "me ayudó a entender la enfermedad, pero el ánimo no cambió", "no_response", F10, 1,
          "'me ayudó a entender la enfermedad', pero el ánimo no cambió."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2024-03", "2026-09-15",
          "el ánimo mejoró claramente ('volví a ser yo'); hematomas y epistaxis con apixabán; retirada por el "
          "riesgo de sangrado", "side_effects", F10, 1,
          "Su psiquiatra retiró la sertralina el 15/09/2026 por el riesgo de sangrado junto al apixabán"),
        R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2026-09-15", None,
          "todavía es pronto para valorar el ánimo", "unknown", F10, 1,
          "todavía es pronto para valorar el ánimo con la mirtazapina."),
    ],
    scales=[
        S("PHQ-9", 8, "2026-10-02", F10, 1, "PHQ-9 aportado por Atención Primaria el 02/10/2026: 8."),
    ],
    diagnoses=[
        D("I48.91", F10, 1, "I48.91 fibrilación auricular"),
        D("F33.1", F10, 1, "Trastorno depresivo recurrente (F33.1)"),
        D("D68.32", F10, 1, "D68.32 trastorno hemorrágico por anticoagulante circulante extrínseco"),
        D("R04.0", F10, 1, "R04.0 epistaxis"),
    ],
    suicidality=SU(None),
))

# --------------------------------------------------------------------------------------------------------------
F11a, F11b = "discharge_1997_page1.jpg", "discharge_1997_page2.jpg"
CASES.append(dict(
    slug="11-typewritten-1997-psychiatric-discharge-summary-photos",
    note="FICTIONAL case. Two phone photos of a yellowed, typewritten 1997 psychiatric hospital discharge summary "
         "(JPEG), kept by the patient's daughter. Rows: imipramine 1989-1990 (good recovery, discontinued: "
         "remission), fluoxetine 1996-06 to 1997-03 (little change, no better at 40 mg: no response), nortriptyline "
         "from 1997-03 (no improvement after three weeks: no response; continued at discharge, end unknown), ECT 9 "
         "treatments 1997-03-27 to 1997-04-18 (euthymic at discharge, HAM-D 24 -> 6: remission). Not rows: sister's "
         "diazepam (the overdose), trazodone for sleep, lithium recommended and declined, "
         "temazepam for sleep on the unit. The only diagnosis code is ICD-9 (296.33): no ICD-10-CM code, so none.",
    docs=[dict(file=F11a, fmt="photo", pages=[[
        "# ST. BRENDAN'S PSYCHIATRIC HOSPITAL (FICTIONAL)",
        "FICTIONAL SAMPLE - invented hospital and patient",
        "DISCHARGE SUMMARY",
        "PATIENT: HASKETT, ELEANOR M. (FICTIONAL)   UNIT NO. 97-FICT-0318",
        "ADMITTED: 03/04/1997     DISCHARGED: 04/22/1997",
        "ATTENDING: R. T. DUNMORE, M.D. (FICTIONAL)",
        "",
        "REASON FOR ADMISSION: Mrs. Haskett, a 42-year-old school secretary, was brought in by her husband after "
        "she took an overdose of her sister's diazepam on 03/02/1997 with intent to die. Medically cleared at "
        "County General before transfer.",
        "",
        "PAST PSYCHIATRIC HISTORY: First episode of depression in 1989, treated by her family doctor with "
        "imipramine 150 mg daily, with good recovery; discontinued in 1990. Second episode from early 1996. "
        "Fluoxetine 20 mg was begun in 06/1996; after ten weeks there was little change, and the dose was raised "
        "to 40 mg, on which she was 'no better'. Fluoxetine was stopped on admission. Trazodone 50 mg at night "
        "for sleep since 1996.",
        "",
        "MENTAL STATUS ON ADMISSION: Psychomotor slowing, poor eating, hopelessness. HAM-D 24 on 03/05/1997.",
    ]]), dict(file=F11b, fmt="photo", pages=[[
        "HASKETT, ELEANOR M. (FICTIONAL) - DISCHARGE SUMMARY - PAGE 2",
        "",
        "HOSPITAL COURSE: Nortriptyline was begun 03/06/1997 and raised to 75 mg (level 98 ng/ml). After three "
        "weeks there was no improvement, and she was refusing most meals. With her consent a course of bilateral "
        "ECT was given, 9 treatments from 03/27/1997 to 04/18/1997. She improved markedly from the fourth "
        "treatment. At discharge she is euthymic, eating well and sleeping; HAM-D 6 on 04/21/1997. Temazepam "
        "was used for sleep on the unit and stopped before discharge.",
        "",
        "DIAGNOSIS (DSM-IV / ICD-9): 296.33 major depressive disorder, recurrent, severe, without psychotic "
        "features.",
        "",
        "DISCHARGE MEDICATIONS: Nortriptyline 75 mg at bedtime. Trazodone 50 mg at bedtime as needed for sleep.",
        "",
        "RECOMMENDATIONS: Lithium maintenance was recommended; the patient declined. Follow-up with Dr. Abbott "
        "(FICTIONAL) in two weeks. Her husband will hold the medications.",
        "",
        "R. T. DUNMORE, M.D. (FICTIONAL)   DICTATED 04/22/1997   TYPED 04/25/1997",
    ]])],
    history=[
        R("imipramine", "TCA", "antidepressant", "150 mg", "1989", "1990", "good recovery; discontinued in 1990",
          "remission", F11a, 1, "imipramine 150 mg daily, with good recovery; discontinued in 1990."),
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "1996-06", "1997-03",
          "little change after ten weeks; no better at 40 mg", "no_response", F11a, 1,
          "after ten weeks there was little change, and the dose was raised to 40 mg, on which she was 'no better'."),
        R("nortriptyline", "TCA", "antidepressant", "75 mg", "1997-03-06", None,
          "no improvement after three weeks", "no_response", F11b, 1,
          "After three weeks there was no improvement, and she was refusing most meals."),
        R("ECT", "neuromodulation", "neuromodulation", "9 treatments", "1997-03-27", "1997-04-18",
          "improved markedly; euthymic at discharge (HAM-D 24 -> 6)", "remission", F11b, 1,
          "At discharge she is euthymic, eating well and sleeping; HAM-D 6 on 04/21/1997."),
    ],
    scales=[
        S("HAM-D", 24, "1997-03-05", F11a, 1, "HAM-D 24 on 03/05/1997."),
        S("HAM-D", 6, "1997-04-21", F11b, 1, "HAM-D 6 on 04/21/1997."),
    ],
    diagnoses=[],
    suicidality=SU("attempt", F11a, 1, "she took an overdose of her sister's diazepam on 03/02/1997 with intent to die."),
))

# --------------------------------------------------------------------------------------------------------------
F12 = "bridge_clinic_visits.pdf"
CASES.append(dict(
    slug="12-psychiatric-bridge-clinic-visits-pdf",
    note="FICTIONAL case. Psychiatric bridge clinic (between an emergency visit and regular outpatient care), four "
         "visits with the medication list repeated each time, 2-page PDF. Rows: escitalopram 07/2026 to 09/2026 "
         "(made him feel flat, like a zombie; stopped: side effects), sertraline from 2026-10-07 (halfway there: "
         "partial, current; 150 mg only planned). Not rows: bupropion in 2022 for smoking cessation, brother's "
         "lorazepam, trazodone 50 mg for sleep, hydroxyzine as needed, nicotine patch, IPT referral (planned).",
    docs=[dict(file=F12, fmt="pdf", pages=[[
        "# Lakeview Behavioral Health Bridge Clinic (FICTIONAL)",
        "FICTIONAL SAMPLE RECORD - invented patient and clinic. Phone 555-0108.",
        "Patient: Mateo Reyes-Lund (FICTIONAL)   DOB 03/03/1993   MRN FICT-BRG-8810",
        "Referred from: Lakeview Hospital emergency department visit of 10/05/2026.",
        "# Visit 1 - 10/07/2026 (Dr. Chloe Marchetti, FICTIONAL)",
        "Two nights before the ED visit he drove to the Mill River bridge intending to jump; he sat in the car for "
        "an hour and drove home, then told his sister. No attempt. Today: suicidal thoughts most days, intent "
        "'less than before', no plan since the bridge; access to means reviewed, no firearms at home. C-SSRS "
        "screen positive (ideation with intent, past month). Safety plan completed with his sister.",
        "Medications: his PCP started escitalopram 10 mg in 07/2026; 'it made me feel flat, like a zombie', and "
        "he stopped it in September. In 2022 he took bupropion for about 3 months to quit smoking (he quit, then "
        "restarted). He has taken his brother's lorazepam to sleep on a few nights; advised to stop.",
        "PHQ-9 23.",
        "Start sertraline 50 mg daily; trazodone 50 mg at bedtime for sleep; nicotine patch 21 mg.",
        "|Medication list|Dose|Since",
        "|Sertraline|50 mg daily|10/07/2026",
        "|Trazodone|50 mg at bedtime (sleep)|10/07/2026",
        "|Nicotine patch|21 mg daily|10/07/2026",
        "# Visit 2 - 10/21/2026",
        "Tolerating sertraline; mild loose stools, settling. Suicidal thoughts 'a few times a week', no intent. "
        "PHQ-9 19. Sertraline raised to 100 mg. Hydroxyzine 25 mg as needed for anxiety added.",
        "|Medication list|Dose|Since",
        "|Sertraline|100 mg daily|10/07/2026",
        "|Trazodone|50 mg at bedtime (sleep)|10/07/2026",
        "|Hydroxyzine|25 mg as needed|10/21/2026",
        "|Nicotine patch|21 mg daily|10/07/2026",
    ], [
        "# Visit 3 - 11/04/2026",
        "Sleeping better, back at work part-time. 'A bit better.' No suicidal thoughts in the last week. C-SSRS "
        "screen negative. PHQ-9 14.",
        "|Medication list|Dose|Since",
        "|Sertraline|100 mg daily|10/07/2026",
        "|Trazodone|50 mg at bedtime (sleep)|10/07/2026",
        "|Hydroxyzine|25 mg as needed|10/21/2026",
        "|Nicotine patch|14 mg daily|11/04/2026",
        "# Visit 4 - 11/18/2026 (final bridge visit)",
        "On sertraline 100 mg for four weeks at this dose: 'I'd say I'm halfway there.' Still low in the "
        "mornings; enjoying the gym again. No suicidal thoughts. PHQ-9 11.",
        "|Medication list|Dose|Since",
        "|Sertraline|100 mg daily|10/07/2026",
        "|Trazodone|50 mg at bedtime (sleep)|10/07/2026",
        "|Hydroxyzine|25 mg as needed|10/21/2026",
        "|Nicotine patch|14 mg daily|11/04/2026",
        "# Diagnoses",
        "F32.2 major depressive disorder, single episode, severe without psychotic features",
        "R45.851 suicidal ideations",
        "F17.210 nicotine dependence, cigarettes",
        "# Handoff",
        "Transferred to Dr. Ian Bellweather (FICTIONAL), outpatient psychiatry, first visit 12/09/2026. Suggest "
        "raising sertraline to 150 mg there if still partial. Referred for IPT; intake on 12/01/2026.",
    ]])],
    history=[
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-07", "2026-09",
          "made me feel flat, like a zombie; stopped", "side_effects", F12, 1,
          "'it made me feel flat, like a zombie', and he stopped it in September."),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2026-10-07", None,
          "I'd say I'm halfway there; still low in the mornings", "partial_response", F12, 2,
          "On sertraline 100 mg for four weeks at this dose: 'I'd say I'm halfway there.'"),
    ],
    scales=[
        S("PHQ-9", 23, "2026-10-07", F12, 1, "PHQ-9 23."),
        S("PHQ-9", 19, "2026-10-21", F12, 1, "PHQ-9 19."),
        S("PHQ-9", 14, "2026-11-04", F12, 2, "PHQ-9 14."),
        S("PHQ-9", 11, "2026-11-18", F12, 2, "PHQ-9 11."),
    ],
    diagnoses=[
        D("F32.2", F12, 2, "F32.2 major depressive disorder, single episode, severe without psychotic features"),
        D("R45.851", F12, 2, "R45.851 suicidal ideations"),
        D("F17.210", F12, 2, "F17.210 nicotine dependence, cigarettes"),
    ],
    suicidality=SU("active", F12, 1, "he drove to the Mill River bridge intending to jump"),
))
