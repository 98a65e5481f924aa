"""Cases 01-06 of blind-fresh10. Every person, clinic, plan, phone number and code-holder here is FICTIONAL."""

FN = "FICTIONAL"


def src(file, page, text):
    return {"file": file, "page": page, "text": text}


def H(name, cls, kind, dose, start, end, outcome, oc, file, page, text):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": src(file, page, text)}


def S(name, score, date, file, page, text):
    return {"name": name, "score": score, "date": date, "source": src(file, page, text)}


def D(code, file, page, text):
    return {"code": code, "source": src(file, page, text)}


def SUI(level, file=None, page=None, text=None):
    return {"level": level, "source": src(file, page, text) if file else None}


def truth(note, history, scales, diagnoses, suicidality):
    return {"_note": "All people, clinics, plans, numbers and addresses in this case are fictional. " + note,
            "history": history, "scales": scales, "diagnoses": diagnoses, "suicidality": suicidality}


# ---------------------------------------------------------------- 01 perinatal psychiatry, 2-page PDF
F1 = "larkmoor_perinatal_2026-10-14.pdf"
c01 = {
    "slug": "01-perinatal-psychiatry-pdf",
    "docs": [{"file": F1, "type": "pdf", "font": "Times-Roman", "size": 10.5,
              "header": "Larkmoor Women's Mental Health (FICTIONAL) - Oyelaran, Dana - MRN FICT-40417",
              "pages": [[
                  "# Larkmoor Women's Mental Health - Perinatal Psychiatry Follow-up",
                  "FICTIONAL RECORD - invented patient and clinic, for software testing only.",
                  "Patient: Dana Oyelaran (fictional)   DOB 03/09/1993   MRN FICT-40417   Visit date: 10/14/2026",
                  "Clinician: Priya Halvorsen, MD (fictional), 14 Wharf Row, Fennimore Bay (fictional), 555-0142",
                  "## Interval history",
                  "Ms. Oyelaran is 5 months postpartum (delivered 05/11/2026, healthy infant). Mood has been low most "
                  "days since about week 3 postpartum. She describes poor sleep even when the baby sleeps, guilt, "
                  "tearfulness and feeling 'flat' with her son. Partner is supportive; maternal leave ends in January.",
                  "Brexanolone was discussed with her OB in June but was not given. Her sister did well on fluoxetine "
                  "after her own delivery; Dana has never taken fluoxetine herself.",
                  "## Measures",
                  "Edinburgh Postnatal Depression Scale 17. PHQ-9 18 today. GAD-7 12 today.",
                  "## Safety",
                  "Reports intrusive thoughts of harm coming to the baby (ego-dystonic, no intent). Endorses a "
                  "passive wish not to wake up on the worst nights, no plan or intent. No prior suicide attempts. "
                  "Firearms: none in home.",
                  "## Assessment",
                  "F53.0 Postpartum depression, on a background of F33.1 Major depressive disorder, recurrent, "
                  "moderate. Medication history reviewed in detail on page 2.",
              ], [
                  "## Psychiatric medication and treatment history (reviewed with patient 10/14/2026)",
                  "Escitalopram: in 2019 her PCP started 'lex 10'; she took it about six weeks and quit on her own "
                  "because of constant nausea and yawning.",
                  "Sertraline (Zoloft), first episode: started 03/2021 at 50 mg and raised to 100 mg; by summer "
                  "2021 she felt like herself again and stayed well on it for four years. She stopped it herself in "
                  "08/2025 when she learned she was pregnant.",
                  "Bupropion XL 150 mg was added to sertraline as augmentation for low energy in 02/2022; stopped in "
                  "03/2022 after three weeks because of insomnia and jitteriness.",
                  "Interpersonal psychotherapy (IPT), 12 sessions with the perinatal team, 01/2026 - 04/2026 while "
                  "pregnant: some improvement, residual low mood.",
                  "Sertraline, second episode: restarted postpartum on 06/2026 at 50 mg, increased to 150 mg in "
                  "08/2026. This time only modest benefit - sleep a little better, mood still low.",
                  "She has never tried an SNRI, lithium or any antipsychotic.",
                  "## Plan",
                  "Continue sertraline 150 mg. Consider zuranolone if no further change; discussed but not started. "
                  "Could add aripiprazole later. Return in 4 weeks. Crisis line 555-0199 (fictional) given.",
              ]]}],
    "truth": truth(
        "Two-page PDF, history on p. 2. Sertraline appears as TWO separate trials (2021-2025 and postpartum 2026). "
        "The first sertraline trial was stopped for pregnancy: a stop outside the drug's effect decides nothing, so "
        "its class is what it did before (remission). Bupropion added 'as augmentation' -> augmentation, side_effects. "
        "'lex 10' = escitalopram 10 mg, 2019 (year only). Not rows: brexanolone (discussed, not given), fluoxetine "
        "(sister's; never taken), SNRI/lithium/antipsychotic (never tried), zuranolone and aripiprazole (plan). "
        "Edinburgh (EPDS) 17 is not one of the six scales: left out. Suicidality passive (highest documented).",
        [H("escitalopram", "SSRI", "antidepressant", "10 mg", "2019", "2019",
           "quit on her own because of constant nausea and yawning", "side_effects", F1, 2,
           "quit on her own because of constant nausea and yawning"),
         H("sertraline", "SSRI", "antidepressant", "100 mg", "2021-03", "2025-08",
           "felt like herself again and stayed well on it for four years; stopped when pregnant", "remission",
           F1, 2, "by summer 2021 she felt like herself again and stayed well on it for four years"),
         H("bupropion", "NDRI", "augmentation", "150 mg", "2022-02", "2022-03",
           "stopped after three weeks because of insomnia and jitteriness", "side_effects", F1, 2,
           "stopped in 03/2022 after three weeks because of insomnia and jitteriness"),
         H("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2026-01", "2026-04",
           "some improvement, residual low mood", "partial_response", F1, 2,
           "12 sessions with the perinatal team, 01/2026 - 04/2026 while pregnant: some improvement, residual low mood"),
         H("sertraline", "SSRI", "antidepressant", "150 mg", "2026-06", None,
           "only modest benefit - sleep a little better, mood still low", "partial_response", F1, 2,
           "This time only modest benefit - sleep a little better, mood still low.")],
        [S("PHQ-9", 18, "2026-10-14", F1, 1, "PHQ-9 18 today."),
         S("GAD-7", 12, "2026-10-14", F1, 1, "GAD-7 12 today.")],
        [D("F53.0", F1, 1, "F53.0 Postpartum depression"),
         D("F33.1", F1, 1, "F33.1 Major depressive disorder, recurrent, moderate")],
        SUI("passive", F1, 1, "passive wish not to wake up on the worst nights, no plan or intent")),
}

# ---------------------------------------------------------------- 02 patient-portal message thread, TXT
F2 = "portal_messages_export.txt"
T2 = """TAMSIN VALLEY HEALTH (FICTIONAL) - PATIENT PORTAL SECURE MESSAGES - EXPORT
*** FICTIONAL RECORD: invented patient, clinician and health system, for software testing only ***
Patient: Ruel Bancroft (fictional)   Member ID FICT-88213-02   Clinician: Tomasz Ngata, DO (fictional)
Exported 11/30/2026 by clinic staff at patient request. Oldest message first.

------------------------------------------------------------------------
From: Ruel Bancroft        To: Dr. Ngata        Sent: 03/02/2026 9:14 PM
Subject: meds not working

Hi Dr Ngata. It's been 8 weeks since we started lex 10 on Jan 5 and it has
done nothing for me. Still can't get out of bed before noon. The portal
questionnaire today said my PHQ-9 is 19. No thoughts of hurting myself, just tired
of feeling like this.

Back in college (2015 into 2016) I was on Prozac 20 and it got me completely
back to normal then, if that helps. My mom takes Zoloft and loves it, could
that be worth a shot?

------------------------------------------------------------------------
From: Tomasz Ngata, DO     To: Ruel Bancroft    Sent: 03/03/2026 8:02 AM
Subject: RE: meds not working

Thanks for writing, Ruel. Eight weeks at 10 mg without any change is long
enough. Please stop the Lexapro today. I have sent Effexor XR 75 mg to your
pharmacy; after one week go up to 150 mg. Dx on file: F32.1 (major depressive
disorder, single episode, moderate).

------------------------------------------------------------------------
From: Ruel Bancroft        To: Dr. Ngata        Sent: 04/20/2026 7:40 PM
Subject: Effexor side effects

Been on the Effexor 150 for about 5 weeks. I'm sweating through my shirts
and the BP machine at the pharmacy said 150/95 twice. Mood maybe slightly
better but I can't live with the sweating. Can I stop?

------------------------------------------------------------------------
From: Tomasz Ngata, DO     To: Ruel Bancroft    Sent: 04/21/2026 12:15 PM
Subject: RE: Effexor side effects

Yes - we are stopping venlafaxine because of the sweating and blood pressure.
Go to 75 mg for 5 days, then stop. Starting May 1 take Wellbutrin XL
(bupropion) 150 mg each morning. You asked about the Spravato nasal spray:
let's hold off; if this does not work I would consider adding aripiprazole
first.

------------------------------------------------------------------------
From: Ruel Bancroft        To: Dr. Ngata        Sent: 05/19/2026 6:55 AM
Subject: WBT

Started the WBT 150 on the 1st like you said. Honestly a bit better, energy
up, mood still meh.

------------------------------------------------------------------------
From: Ruel Bancroft        To: Dr. Ngata        Sent: 08/02/2026 10:31 AM
Subject: update

On the Wellbutrin at 300 for two months now. Better than anything so far
but still not back to normal. PHQ-9 today: 12. My therapist says hi.

------------------------------------------------------------------------
From: Tomasz Ngata, DO     To: Ruel Bancroft    Sent: 08/03/2026 9:20 AM
Subject: RE: update

Glad it is helping partly. Stay at bupropion 300 mg. We can talk about
CBT or adding something at your visit in September.
------------------------------------------------------------------------
END OF EXPORT (FICTIONAL)
"""
c02 = {
    "slug": "02-portal-message-thread",
    "docs": [{"file": F2, "type": "txt", "text": T2}],
    "truth": truth(
        "Patient-portal export (TXT, page 1). 'lex 10' = escitalopram 10 mg from Jan 5 2026 (year from the message "
        "date) to the 03/03/2026 stop. Venlafaxine 'slightly better' but STOPPED for sweating/BP -> side_effects; "
        "started after 03/03 (taper finished late April). 'WBT' = Wellbutrin = bupropion, monotherapy, ongoing. "
        "Fluoxetine 2015-2016 'completely back to normal' -> remission. Not rows: Zoloft (mother's), Spravato and "
        "aripiprazole (hypothetical/plan), CBT (to talk about). 'therapist says hi' has no detail: no row. "
        "Suicidality none ('No thoughts of hurting myself').",
        [H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2015", "2016",
           "got me completely back to normal then", "remission", F2, 1,
           "I was on Prozac 20 and it got me completely back to normal then"),
         H("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-01-05", "2026-03-03",
           "it has done nothing for me", "no_response", F2, 1, "it has done nothing for me"),
         H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2026-03", "2026-04-26",
           "stopping venlafaxine because of the sweating and blood pressure", "side_effects", F2, 1,
           "we are stopping venlafaxine because of the sweating and blood pressure"),
         H("bupropion", "NDRI", "antidepressant", "300 mg", "2026-05-01", None,
           "Better than anything so far but still not back to normal", "partial_response", F2, 1,
           "Better than anything so far but still not back to normal")],
        [S("PHQ-9", 19, "2026-03-02", F2, 1, "my PHQ-9 is 19"),
         S("PHQ-9", 12, "2026-08-02", F2, 1, "PHQ-9 today: 12")],
        [D("F32.1", F2, 1, "Dx on file: F32.1")],
        SUI("none", F2, 1, "No thoughts of hurting myself")),
}

# ---------------------------------------------------------------- 03 disability insurer Attending Physician Statement, 2-page PDF
F3 = "northgate_APS_ltd_claim.pdf"
c03 = {
    "slug": "03-disability-attending-physician-statement",
    "docs": [{"file": F3, "type": "pdf", "size": 9.5,
              "header": "Northgate Mutual Life (FICTIONAL) - Form LTD-APS-7 - Claim FICT-LTD-220961",
              "pages": [[
                  "# ATTENDING PHYSICIAN STATEMENT - Behavioral Health (Long-Term Disability)",
                  "FICTIONAL FORM AND RECORD - Northgate Mutual Life is an invented insurer; patient and physician "
                  "are invented.",
                  ("table", [["Field", "Entry"],
                             ["Claimant", "Marisol Teague (fictional), DOB 07/21/1981"],
                             ["Claim number", "FICT-LTD-220961"],
                             ["Physician", "Owen Adebayo-Lind, MD, psychiatry (fictional), 555-0117"],
                             ["Date completed", "10/05/2026"],
                             ["Primary diagnosis (ICD-10)", "F33.2 - MDD, recurrent, severe without psychotic features"],
                             ["Secondary diagnosis (ICD-10)", "F41.1 - Generalized anxiety disorder"],
                             ["First visit / last visit", "04/12/2022 / 09/30/2026"],
                             ["Objective measures", "PHQ-9 24 on 09/30/2026; GAD-7 17 on 09/30/2026"]],
                   [2.2, 4.6]),
                  "## Section 3 - Hospitalizations",
                  "Has the claimant been hospitalized for this condition?  [X] Yes  [ ] No",
                  "If yes: Ridgefield Behavioral Center (fictional), 03/2025, 6 days, admitted for suicidal "
                  "ideation with a plan to overdose; no attempt.",
                  "## Section 4 - Current restrictions",
                  "Unable to sustain concentration for more than 30-45 minutes; unable to work under time pressure. "
                  "Expected duration: at least 6 more months. Treatment history continues on page 2.",
              ], [
                  "## Section 5 - Treatment history (list ALL medications and therapies tried for this condition)",
                  ("table", [["Medication / treatment and dose", "Dates", "Result"],
                             ["Duloxetine (Cymbalta) 90 mg", "04/2022 - 01/2023", "No improvement at full dose"],
                             ["Mirtazapine (Remeron) 45 mg", "02/2023 - 06/2023", "Gained 30 lb; stopped"],
                             ["Quetiapine (Seroquel) 150 mg, added to mirtazapine", "04/2023 - 06/2023",
                              "Stopped: excessive daytime sedation"],
                             ["Vilazodone (Viibryd) 40 mg", "07/2023 - present", "Partial response"],
                             ["TMS, 36 sessions (left DLPFC, 10 Hz)", "10/2024 - 12/2024",
                              "Improved during course; benefit lost within 2 months"]],
                   [2.8, 1.4, 2.6]),
                  "Other treatments considered:  ECT [X] discussed - patient declined.   Ketamine [ ] tried "
                  "[X] not tried.   Lithium [ ] tried [X] not tried.",
                  "## Section 6 - Psychotherapy",
                  "Psychotherapy: [ ] Yes  [X] No (on wait list since 08/2026).",
                  "I certify the above is true (FICTIONAL signature):  O. Adebayo-Lind, MD   10/05/2026",
              ]]}],
    "truth": truth(
        "Two-page insurer form (PDF), trials table on p. 2. Quetiapine added to mirtazapine -> augmentation, stopped "
        "for sedation -> side_effects. Mirtazapine 'Gained 30 lb; stopped' -> side_effects. TMS 'benefit lost "
        "within 2 months' -> relapse. Vilazodone ongoing ('present'), end null. Not rows: ECT (declined), ketamine "
        "and lithium (ticked 'not tried'), psychotherapy (ticked No, wait list). Suicidality active (admission for "
        "SI with a plan, no attempt).",
        [H("duloxetine", "SNRI", "antidepressant", "90 mg", "2022-04", "2023-01", "No improvement at full dose",
           "no_response", F3, 2, "No improvement at full dose"),
         H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "45 mg", "2023-02", "2023-06",
           "Gained 30 lb; stopped", "side_effects", F3, 2, "Gained 30 lb; stopped"),
         H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2023-04", "2023-06",
           "Stopped: excessive daytime sedation", "side_effects", F3, 2, "Stopped: excessive daytime sedation"),
         H("vilazodone", "serotonin modulator", "antidepressant", "40 mg", "2023-07", None, "Partial response",
           "partial_response", F3, 2, "Vilazodone (Viibryd) 40 mg"),
         H("TMS", "TMS", "neuromodulation", "36 sessions", "2024-10", "2024-12",
           "Improved during course; benefit lost within 2 months", "relapse", F3, 2,
           "Improved during course; benefit lost within 2 months")],
        [S("PHQ-9", 24, "2026-09-30", F3, 1, "PHQ-9 24 on 09/30/2026"),
         S("GAD-7", 17, "2026-09-30", F3, 1, "GAD-7 17 on 09/30/2026")],
        [D("F33.2", F3, 1, "F33.2 - MDD, recurrent, severe without psychotic features"),
         D("F41.1", F3, 1, "F41.1 - Generalized anxiety disorder")],
        SUI("active", F3, 1, "admitted for suicidal ideation with a plan to overdose; no attempt")),
}

# ---------------------------------------------------------------- 04 academic second-opinion consult, DOCX
F4 = "westbrook_second_opinion.docx"
c04 = {
    "slug": "04-second-opinion-consult-docx",
    "docs": [{"file": F4, "type": "docx", "blocks": [
        "# Westbrook University Mood Disorders Program - Second Opinion Consultation",
        "FICTIONAL DOCUMENT - the program, patient and physicians are invented, for software testing only.",
        "Patient: Helga Strand-Mbeki (fictional), 58   Referred by: Dr. C. Vance (fictional)   "
        "Consultation date: 11/12/2026   Consultant: Ifeoma Lindqvist, MD PhD (fictional)",
        "## Reason for consultation",
        "Opinion on next steps for long-standing depression that has not remitted despite several adequate trials.",
        "## History of treatment",
        "Her first treated episode was in 2017. Nortriptyline was titrated to 100 mg (level 92 ng/mL) from spring "
        "2017 through the winter; she describes no appreciable change in mood or sleep.",
        "In 03/2018 she began phenelzine (Nardil), reaching 60 mg daily. She remitted within three months and was "
        "well for about a year, then the depression came back in early 2019 despite full dose; phenelzine was tapered "
        "off by 06/2019.",
        "Lithium carbonate 900 mg (level 0.7) was added to the phenelzine in 04/2019 as augmentation; it was stopped "
        "in 05/2019 because of a coarse tremor.",
        "From 09/2020 to 05/2021 she took levomilnacipran (Fetzima) 80 mg: partial response, some lift in energy, "
        "never well.",
        "In fall 2022 she completed an 8-week MBCT group, which helped somewhat with rumination.",
        "She has never had ECT. Her father responded well to ECT in the 1990s. She has not tried esketamine.",
        ("table", [["Scale", "Date", "Score"],
                   ["MADRS", "11/12/2026", "32"],
                   ["HAM-D (17-item)", "11/12/2026", "24"],
                   ["C-SSRS ideation severity", "11/12/2026", "1"]]),
        "## Risk",
        "C-SSRS: wish to be dead in the past month (ideation severity 1), no active thoughts, no behavior ever.",
        "## Impression",
        "F33.2 Major depressive disorder, recurrent, severe. E03.9 Hypothyroidism, on levothyroxine 75 mcg.",
        "## Recommendations",
        "1. ECT would be my first recommendation; she would like to think about it. 2. Esketamine would be a "
        "reasonable alternative. 3. Pramipexole augmentation could be considered if both are declined. "
        "4. Continue levothyroxine.",
        "Ifeoma Lindqvist, MD PhD (FICTIONAL)",
    ]}],
    "truth": truth(
        "DOCX narrative plus a score table (page 1). Phenelzine remitted then 'came back ... despite full dose' -> "
        "relapse. Lithium added as augmentation, stopped for tremor -> side_effects. Nortriptyline 'spring 2017 "
        "through the winter' -> 2017. MBCT 'fall 2022' -> 2022, 'helped somewhat' -> partial_response, 8 weeks (no "
        "session count; dose '8-week'). Not rows: ECT (never; father's response is family history), esketamine "
        "(not tried; recommended), pramipexole (hypothetical), levothyroxine (non-psychiatric). C-SSRS has a "
        "number (1) -> scale row; suicidality passive.",
        [H("nortriptyline", "TCA", "antidepressant", "100 mg", "2017", "2017",
           "no appreciable change in mood or sleep", "no_response", F4, 1,
           "she describes no appreciable change in mood or sleep"),
         H("phenelzine", "MAOI", "antidepressant", "60 mg daily", "2018-03", "2019-06",
           "remitted within three months ... then the depression came back in early 2019 despite full dose",
           "relapse", F4, 1, "then the depression came back in early 2019 despite full dose"),
         H("lithium", "mood stabilizer", "augmentation", "900 mg", "2019-04", "2019-05",
           "stopped because of a coarse tremor", "side_effects", F4, 1,
           "it was stopped in 05/2019 because of a coarse tremor"),
         H("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2020-09", "2021-05",
           "partial response, some lift in energy, never well", "partial_response", F4, 1,
           "partial response, some lift in energy, never well"),
         H("MBCT", "psychotherapy", "psychotherapy", "8-week group", "2022", "2022",
           "helped somewhat with rumination", "partial_response", F4, 1,
           "completed an 8-week MBCT group, which helped somewhat with rumination")],
        [S("MADRS", 32, "2026-11-12", F4, 1, "MADRS 11/12/2026 32"),
         S("HAM-D", 24, "2026-11-12", F4, 1, "HAM-D (17-item) 11/12/2026 24"),
         S("C-SSRS", 1, "2026-11-12", F4, 1, "ideation severity 1")],
        [D("F33.2", F4, 1, "F33.2 Major depressive disorder, recurrent, severe."),
         D("E03.9", F4, 1, "E03.9 Hypothyroidism")],
        SUI("passive", F4, 1, "wish to be dead in the past month (ideation severity 1), no active thoughts")),
}

# ---------------------------------------------------------------- 05 partial hospitalization program discharge, 2-page PDF
F5 = "cobalt_hill_php_discharge.pdf"
c05 = {
    "slug": "05-partial-hospital-discharge",
    "docs": [{"file": F5, "type": "pdf", "size": 10,
              "header": "Cobalt Hill Partial Hospitalization Program (FICTIONAL) - Ferrante, Luca - FICT-PHP-3371",
              "pages": [[
                  "# PARTIAL HOSPITALIZATION PROGRAM - DISCHARGE SUMMARY",
                  "FICTIONAL RECORD. Program, patient and staff are invented for software testing.",
                  "Patient: Luca Ferrante (fictional)   Program admission: 07/06/2026   Program discharge: 08/14/2026",
                  "Attending: Rosalind Achebe-Kerr, MD (fictional)   Phone 555-0163",
                  "## Reason for admission",
                  "Step-down after an ED visit for active suicidal ideation with a plan to overdose on stored "
                  "medication; no attempt. Medications secured by family.",
                  "## Diagnoses at discharge",
                  "F33.2 Major depressive disorder, recurrent severe without psychotic features; F43.10 "
                  "Post-traumatic stress disorder, unspecified.",
                  "## Measures",
                  "PHQ-9 25 on admission; 14 at discharge. GAD-7 18 on admission; 11 at discharge.",
                  "## Program course",
                  "Attended 28 of 30 program days. Daily DBT skills group (distress tolerance, emotion regulation) "
                  "07/06/2026 - 08/14/2026: engaged well, suicidal ideation resolved by week 3, mood improved but "
                  "still moderately depressed at discharge.",
                  "Fluoxetine 40 mg, taken since 01/2026 with no response after six months, was cross-tapered to "
                  "desvenlafaxine (Pristiq); the cross-taper was completed on 07/24/2026.",
                  "Desvenlafaxine started 07/13/2026 at 50 mg, raised to 100 mg on 07/27/2026: early partial "
                  "improvement by discharge.",
                  "PRN medications used during the stay: hydroxyzine 25 mg (6 doses). Trazodone 50 mg at bedtime "
                  "for sleep. Aripiprazole was considered and deferred to the outpatient psychiatrist.",
              ], [
                  "## History before the program (from outpatient records, reviewed)",
                  "Citalopram 20 mg raised to 40 mg, 2023-2024: stopped in 02/2024 after an ECG showed QTc 498 ms.",
                  "Lamotrigine 100 mg was added to the citalopram for augmentation in 03/2023 and stopped in 05/2023 "
                  "because of a spreading rash.",
                  "No prior ECT or TMS. Has never had a course of individual psychotherapy before this program.",
                  "## Discharge medications",
                  "Desvenlafaxine 100 mg daily; trazodone 50 mg at bedtime as needed for sleep.",
                  "## Safety at discharge",
                  "Denies SI at discharge. Safety plan reviewed; crisis line 555-0188 (fictional).",
                  "## Follow-up",
                  "Outpatient psychiatry 08/20/2026; consider weekly trauma-focused therapy (CPT) - referral placed.",
                  "R. Achebe-Kerr, MD (FICTIONAL)",
              ]]}],
    "truth": truth(
        "Two-page PDF. DBT skills group in the program: partial_response (SI resolved, still moderately depressed); "
        "dose '28 program days' (attended 28 of 30). Fluoxetine ended at the completed cross-taper 07/24/2026. "
        "Citalopram stopped for QTc prolongation -> side_effects (the dates straddle 2023-2024; start year 2023). "
        "Lamotrigine added for augmentation -> augmentation, rash -> side_effects. Not rows: hydroxyzine (PRN), "
        "trazodone (sleep dose), aripiprazole (considered, deferred), ECT/TMS (none), CPT (planned referral). "
        "Suicidality active (ED visit for active SI with plan); a latest-note rule would say none.",
        [H("DBT skills group", "psychotherapy", "psychotherapy", "28 program days", "2026-07-06", "2026-08-14",
           "suicidal ideation resolved by week 3, mood improved but still moderately depressed at discharge",
           "partial_response", F5, 1,
           "mood improved but still moderately depressed at discharge"),
         H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2026-01", "2026-07-24",
           "no response after six months", "no_response", F5, 1,
           "Fluoxetine 40 mg, taken since 01/2026 with no response after six months"),
         H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2026-07-13", None,
           "early partial improvement by discharge", "partial_response", F5, 1,
           "early partial improvement by discharge"),
         H("citalopram", "SSRI", "antidepressant", "40 mg", "2023", "2024-02",
           "stopped after an ECG showed QTc 498 ms", "side_effects", F5, 2,
           "stopped in 02/2024 after an ECG showed QTc 498 ms"),
         H("lamotrigine", "anticonvulsant", "augmentation", "100 mg", "2023-03", "2023-05",
           "stopped because of a spreading rash", "side_effects", F5, 2,
           "stopped in 05/2023 because of a spreading rash")],
        [S("PHQ-9", 25, "2026-07-06", F5, 1, "PHQ-9 25 on admission"),
         S("PHQ-9", 14, "2026-08-14", F5, 1, "14 at discharge"),
         S("GAD-7", 18, "2026-07-06", F5, 1, "GAD-7 18 on admission"),
         S("GAD-7", 11, "2026-08-14", F5, 1, "11 at discharge")],
        [D("F33.2", F5, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features"),
         D("F43.10", F5, 1, "F43.10 Post-traumatic stress disorder, unspecified")],
        SUI("active", F5, 1, "active suicidal ideation with a plan to overdose on stored medication; no attempt")),
}

# ---------------------------------------------------------------- 06 primary-care annual visit, EHR text export with pipe tables
F6 = "ostrander_fm_annual_2026-11-03.txt"
T6 = """==============================================================================
 OSTRANDER FAMILY MEDICINE (FICTIONAL)          ENCOUNTER SUMMARY - PRINT VIEW
 *** FICTIONAL RECORD - invented patient and practice, for software testing ***
==============================================================================
 Patient : PELLETIER, Arno J. (fictional)      DOB: 1979-02-17   Sex: M
 MRN     : FICT-OFM-009182                      Encounter: 2026-11-03  Annual
 Provider: Sunniva Okafor-Reyes, MD (fictional)  Clinic tel 555-0131
------------------------------------------------------------------------------
 ACTIVE PROBLEM LIST
 | Code   | Description                                         | Onset   |
 |--------|-----------------------------------------------------|---------|
 | F33.1  | Major depressive disorder, recurrent, moderate      | 2016    |
 | I10    | Essential (primary) hypertension                    | 2021    |
 | E78.5  | Hyperlipidemia, unspecified                         | 2022    |
------------------------------------------------------------------------------
 MEDICATION HISTORY (behavioral health)                     source: chart review
 | Medication             | Start   | Stop    | Comment                        |
 |------------------------|---------|---------|--------------------------------|
 | fluoxetine 20 mg       | 2016-09 | 2017-06 | full remission; tapered off    |
 | fluoxetine 40 mg       | 2024-02 | 2024-10 | 2nd episode: no benefit        |
 | sertraline 200 mg      | 2024-11 | current | partial - some improvement     |
 | trazodone 50 mg qhs    | 2025-01 | current | sleep only                     |
 OTHER MEDICATIONS: atorvastatin 20 mg daily; amlodipine 5 mg daily
------------------------------------------------------------------------------
 SUBJECTIVE
 Annual visit. Mood "about the same as last year". Completed 8 sessions of
 behavioral activation with our integrated behavioral health clinician in
 spring 2025 - "it helped me get moving" but PHQ stayed in the moderate range.
 Never tried an MAOI or lithium. Brother is on venlafaxine.
------------------------------------------------------------------------------
 SCREENING FLOWSHEET
 | Date       | PHQ-9 | Item 9 | GAD-7 |
 |------------|-------|--------|-------|
 | 2024-02-12 |  21   |   0    |  --   |
 | 2024-10-07 |  20   |   0    |  --   |
 | 2025-06-02 |  15   |   0    |  --   |
 | 2026-11-03 |  16   |   0    |   9   |
 Denies suicidal ideation (PHQ-9 item 9 = 0 at every screen).
------------------------------------------------------------------------------
 ASSESSMENT / PLAN
 1. MDD, recurrent, moderate (F33.1): continue sertraline 200 mg. Refer to
    psychiatry for TMS evaluation; consider aripiprazole augmentation.
 2. HTN (I10): continue amlodipine. 3. HLD (E78.5): continue atorvastatin.
 Electronically signed: S. Okafor-Reyes, MD (FICTIONAL) 2026-11-03 16:42
==============================================================================
"""
c06 = {
    "slug": "06-primary-care-annual-export",
    "docs": [{"file": F6, "type": "txt", "text": T6}],
    "truth": truth(
        "TXT EHR print view with pipe tables. Fluoxetine in TWO separate episodes (2016-2017 remission; 2024 no "
        "benefit). Sertraline 'current' -> end null. Behavioral activation 'spring 2025' -> 2025, 'helped me get "
        "moving' but PHQ stayed moderate -> partial_response. Not rows: trazodone 50 mg qhs (sleep), atorvastatin, "
        "amlodipine, MAOI/lithium (never tried), venlafaxine (brother's), TMS and aripiprazole (plan). Flowsheet "
        "scores dated by their row.",
        [H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2016-09", "2017-06", "full remission; tapered off",
           "remission", F6, 1, "full remission; tapered off"),
         H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2024-02", "2024-10", "2nd episode: no benefit",
           "no_response", F6, 1, "2nd episode: no benefit"),
         H("sertraline", "SSRI", "antidepressant", "200 mg", "2024-11", None, "partial - some improvement",
           "partial_response", F6, 1, "partial - some improvement"),
         H("behavioral activation", "psychotherapy", "psychotherapy", "8 sessions", "2025", "2025",
           "\"it helped me get moving\" but PHQ stayed in the moderate range", "partial_response", F6, 1,
           "Completed 8 sessions of behavioral activation")],
        [S("PHQ-9", 21, "2024-02-12", F6, 1, "| 2024-02-12 |  21"),
         S("PHQ-9", 20, "2024-10-07", F6, 1, "| 2024-10-07 |  20"),
         S("PHQ-9", 15, "2025-06-02", F6, 1, "| 2025-06-02 |  15"),
         S("PHQ-9", 16, "2026-11-03", F6, 1, "| 2026-11-03 |  16"),
         S("GAD-7", 9, "2026-11-03", F6, 1, "|   9   |")],
        [D("F33.1", F6, 1, "F33.1  | Major depressive disorder, recurrent, moderate"),
         D("I10", F6, 1, "I10    | Essential (primary) hypertension"),
         D("E78.5", F6, 1, "E78.5  | Hyperlipidemia, unspecified")],
        SUI("none", F6, 1, "Denies suicidal ideation (PHQ-9 item 9 = 0 at every screen).")),
}

CASES = [c01, c02, c03, c04, c05, c06]
