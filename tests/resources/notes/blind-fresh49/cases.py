# FICTIONAL test data for appeal-kit notes (blind set notes49). Every person, clinic and number is invented.
# Each case: one document in clinical/, given as pages of lines; expected values point at their exact line.

def R(name, cls, kind, dose, start, end, outcome, oc, src):
    return dict(name=name, cls=cls, kind=kind, dose=dose, start=start, end=end, outcome=outcome,
                outcome_class=oc, src=src)

def S(name, score, date, src):
    return dict(name=name, score=score, date=date, src=src)

CASES = []

# 01 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL RECORD - test data for appeal-kit (set notes49); all people and numbers invented.",
 dx="Assessment: L73.2 hidradenitis suppurativa, Hurley II; F32.1 major depressive disorder, single episode, moderate.",
 sert="Sertraline 100 mg was started by her PCP 02/2025 and stopped 05/2025 - 'constant diarrhea, I couldn't leave the house.'",
 bup="Bupropion XL 300 mg since 06/2025: she says it 'took the edge off, but I'm still pretty low most days.'",
 phq1="PHQ-9 today (03/11/2026): 16.",
 phq2="PHQ-9 today (09/02/2026): 11.",
 si="Denies suicidal ideation, plan or intent.",
)
CASES.append(dict(
 slug="01-hidradenitis-suppurativa-dermatology-return-visits-pdf", fmt="pdf",
 file="derm_hs_clinic_visits.pdf",
 pages=[[L["h1"], "Mesa Verde Skin Institute (fictional) - Hidradenitis Clinic", "Phone (480) 555-0121   Fax (480) 555-0122",
         "Patient: Dana Whitcombe (FICT-49-0101)   DOB 04/17/1989", "",
         "Visit 03/11/2026 - Dr. Ilse Varga, dermatology",
         "HS flares in both axillae; adalimumab continued. She raises her mood without being asked.",
         L["sert"], "Mood is low since the flares worsened last winter; sleeping poorly.",
         L["phq1"], L["si"], L["dx"],
         "Plan: continue adalimumab; bupropion per PCP; warm compresses; return in 6 months."],
        [L["h1"], "Visit 09/02/2026 - Dr. Ilse Varga, dermatology",
         "Fewer nodules; two draining tunnels remain on the left.",
         L["bup"], "Her PCP discussed adding aripiprazole; she has not decided and none was started.",
         L["phq2"], "No thoughts of self-harm; denies SI.", L["dx"],
         "Plan: deroofing of left axillary tunnel; continue bupropion; return in 3 months."]],
 rows=[R("sertraline","SSRI","antidepressant","100 mg","2025-02","2025-05","'constant diarrhea, I couldn't leave the house.'","side_effects",L["sert"]),
       R("bupropion","NDRI","antidepressant","300 mg","2025-06",None,"'took the edge off, but I'm still pretty low most days.'","partial_response",L["bup"])],
 scales=[S("PHQ-9",16,"2026-03-11",L["phq1"]), S("PHQ-9",11,"2026-09-02",L["phq2"])],
 codes=[("L73.2",L["dx"]),("F32.1",L["dx"])], sui=("none",L["si"]),
 note="Bupropion is continuing (end null). Not a row: aripiprazole (discussed, not started); adalimumab (not for mood or pain).",
))

# 02 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL DOCUMENT - appeal-kit test data (set notes49). Invented member, plan and pharmacies.",
 cit="  Citalopram 40 mg tab     08/2024 - 01/2025   PA note: 'five months at 40 mg, mood no different'",
 ven="  Venlafaxine ER 150 mg    02/2025 - 04/2025   PA note: stopped - BP 162/98 on it, prescriber discontinued",
 vor="  Vortioxetine 20 mg tab   05/2025 - present   PA note: too early to tell at last review",
)
CASES.append(dict(
 slug="02-self-funded-employer-plan-pharmacy-claims-history-for-prior-auth-txt", fmt="txt",
 file="pbm_claims_history_for_pa.txt",
 pages=[[L["h1"], "Harborline Manufacturing Employee Health Plan (fictional) - pharmacy benefit",
         "Claims history prepared for prior authorization review, printed 10/14/2026",
         "Member: Rafael Oyelaran   Member ID FICT-49-0202-77   Help desk 1-800-555-0134", "",
         "Antidepressant claims, grouped by drug (first fill - last fill) with reviewer's PA note:",
         L["cit"], L["ven"], L["vor"], "",
         "Other paid claims: atorvastatin 20 mg; omeprazole 20 mg.",
         "Reversed claim 06/2025: trazodone 50 mg - never picked up, no fill.",
         "End of report."]],
 rows=[R("citalopram","SSRI","antidepressant","40 mg","2024-08","2025-01","'five months at 40 mg, mood no different'","no_response",L["cit"]),
       R("venlafaxine","SNRI","antidepressant","150 mg","2025-02","2025-04","stopped - BP 162/98 on it, prescriber discontinued","side_effects",L["ven"]),
       R("vortioxetine","serotonin modulator","antidepressant","20 mg","2025-05",None,"too early to tell at last review","unknown",L["vor"])],
 scales=[], codes=[], sui=None,
 note="No scales, codes or suicidality in the printout. Not a row: trazodone (reversed claim, never filled).",
))

# 03 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL RECORD - appeal-kit test data (set notes49). Invented patient and clinic.",
 dx="Diagnoses: G89.28 other chronic postprocedural pain (right groin after hernia repair); F32.1 depression, moderate.",
 gab="Gabapentin 600 mg three times daily for the groin pain, 11/2025 - 01/2026: 'so dizzy I fell in the shower'; he stopped it.",
 dul="Duloxetine 60 mg for the pain and mood, since 02/2026: pain unchanged at 8/10 on it, no change in the burning.",
 nrs1="Pain NRS 8/10 (07/21/2026).",
 si="He denies any thoughts of suicide.",
)
CASES.append(dict(
 slug="03-post-herniorrhaphy-groin-pain-clinic-notes-docx", fmt="docx",
 file="groin_pain_clinic_note.docx",
 pages=[[L["h1"], "Copper Ridge Pain Associates (fictional) - Phone (520) 555-0147",
         "Patient: Lionel Asare (FICT-49-0303)   Visit 07/21/2026   Clinician: M. Okafor, MD",
         "History: inguinal hernia repair with mesh 03/2025; burning right groin pain ever since.",
         L["gab"], L["dul"],
         "Pregabalin was discussed in the past but never prescribed.",
         L["nrs1"], L["si"], L["dx"],
         "Plan: ilioinguinal nerve block next month; consider a low-dose tricyclic if the block fails; pelvic PT."]],
 rows=[R("gabapentin","gabapentinoid","other","600 mg","2025-11","2026-01","'so dizzy I fell in the shower'; he stopped it.","side_effects",L["gab"]),
       R("duloxetine","SNRI","antidepressant","60 mg","2026-02",None,"pain unchanged at 8/10 on it, no change in the burning","no_response",L["dul"])],
 scales=[S("pain NRS",8,"2026-07-21",L["nrs1"])],
 codes=[("G89.28",L["dx"]),("F32.1",L["dx"])], sui=("none",L["si"]),
 note="Duloxetine given for pain and mood, kind antidepressant, judged on the pain words (the record's only judgment); continuing. Not rows: pregabalin (never prescribed), nerve block and PT (procedures, planned), tricyclic (considered).",
))

# 04 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL RECORD - appeal-kit test data (set notes49). Invented patient, hospital and staff.",
 flx="1) Fluoxetine 40 mg, 2019 - 2021: 'felt like myself again'; tapered off with her psychiatrist after a good year.",
 mir="2) Mirtazapine 30 mg, 03/2024 - 09/2024: gained weight and slept more; 'the heaviness never moved.'",
 esc="3) Escitalopram 20 mg, 10/2024 - admission: helped at first, then by spring 2026 it was like taking nothing.",
 ham="HAM-D (17-item) on 11/03/2026: 22.",
 dx="Impression: G40.901 epilepsy, not intractable, with status epilepticus (this admission); F33.1 MDD, recurrent, moderate.",
 si="Passive death wish ('wouldn't mind not waking up'); no plan, no intent, no past attempts.",
)
CASES.append(dict(
 slug="04-neurology-ward-psychiatry-consult-after-status-epilepticus-pdf", fmt="pdf",
 file="neuro_ward_psych_consult.pdf",
 pages=[[L["h1"], "Saguaro Valley Medical Center (fictional) - Consultation-Liaison Psychiatry",
         "Unit 6 North (neurology).  Unit phone (602) 555-0158",
         "Patient: Marisol Trevane (FICT-49-0404)   Consult date 11/03/2026   Requested by: neurology",
         "Reason: low mood and levetiracetam question after admission for status epilepticus.", "",
         "Antidepressant history (patient and pharmacy fill record):",
         L["flx"], L["mir"], L["esc"],
         "She has never had ECT or TMS. Lithium was never tried.",
         L["ham"], L["si"], L["dx"],
         "Recommendations: switch levetiracetam to lacosamide per neurology; continue escitalopram for now;",
         "consider bupropion only after seizure control is secure (lowers threshold); outpatient psychiatry in 2 weeks."]],
 rows=[R("fluoxetine","SSRI","antidepressant","40 mg","2019","2021","'felt like myself again'; tapered off with her psychiatrist after a good year.","remission",L["flx"]),
       R("mirtazapine","NaSSA","antidepressant","30 mg","2024-03","2024-09","gained weight and slept more; 'the heaviness never moved.'","no_response",L["mir"]),
       R("escitalopram","SSRI","antidepressant","20 mg","2024-10",None,"helped at first, then by spring 2026 it was like taking nothing","relapse",L["esc"])],
 scales=[S("HAM-D",22,"2026-11-03",L["ham"])],
 codes=[("G40.901",L["dx"]),("F33.1",L["dx"])], sui=("passive",L["si"]),
 note="Escitalopram still taken on admission (end null). Not rows: ECT/TMS/lithium (never), bupropion (considered), levetiracetam/lacosamide (antiseizure).",
))

# 05 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL - appeal-kit test data (set notes49) - invented",
 esc="Lexapro (escitalopram) 20mg  1/2025 - 7/2025 -> no better at all",
 ari="+ Abilify (aripiprazole) 5mg  8/2025 - 10/2025 -> stopped, akathisia, couldn't sit",
 phq="PHQ-9 = 18  (10/30/2026)",
 dx="Dx: F33.1 (recurrent MDD, moderate)",
 si="SI: denies",
)
CASES.append(dict(
 slug="05-rural-pharmacist-handwritten-mtm-consult-card-scan", fmt="scan",
 file="pharmacist_consult_card_scan.pdf",
 pages=[[L["h1"], "Two Forks Drug (fictional)  ph (307) 555-0163", "MTM consult card  10/30/2026",
         "Pt: Jolene Marsters  FICT-49-0505", "Antidepressant trials per pt + our fills:",
         L["esc"], L["ari"], "never took Wellbutrin (pt asked)", L["phq"], L["si"], L["dx"],
         "call Dr. Haldane re: next step - TMS?  - RPh K.T."]],
 rows=[R("escitalopram","SSRI","antidepressant","20 mg","2025-01","2025-07","no better at all","no_response",L["esc"]),
       R("aripiprazole","atypical antipsychotic","augmentation","5 mg","2025-08","2025-10","stopped, akathisia, couldn't sit","side_effects",L["ari"])],
 scales=[S("PHQ-9",18,"2026-10-30",L["phq"])],
 codes=[("F33.1",L["dx"])], sui=("none",L["si"]),
 note="Image-only PDF of a handwritten-style card. Not rows: Wellbutrin (never taken), TMS (a question).",
))

# 06 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL RECORD - appeal-kit test data (set notes49). Invented group members and therapist.",
 ipt="Summary: Group interpersonal psychotherapy, 12 sessions (04/07/2026 - 06/23/2026). Attended 11 of 12.",
 ipt2="Outcome: she felt supported in the group, but her depression itself was unchanged by the end.",
 ser="Medication (per her psychiatrist): sertraline 150 mg since 01/2026, 'maybe 40% better' on it, not remitted.",
 p1="PHQ-9 at intake 04/07/2026: 16.",
 p2="PHQ-9 at session 12 on 06/23/2026: 15.",
 dx="Working diagnosis: F32.2 major depressive disorder, single episode, severe without psychotic features.",
 si="C-SSRS screen negative at intake and at session 12; no suicidal ideation reported.",
)
CASES.append(dict(
 slug="06-interpersonal-psychotherapy-group-attendance-and-discharge-notes-txt", fmt="txt",
 file="ipt_group_discharge_note.txt",
 pages=[[L["h1"], "Lakeshore Counseling Collective (fictional) - Phone (608) 555-0172",
         "Member: Priya Halvorsen (FICT-49-0606)   Therapist: Owen Brask, LCSW   Discharge note 06/30/2026", "",
         L["ipt"], "Focus area: role transition after retirement and the move away from her sister.",
         L["ipt2"], L["ser"], L["p1"], L["p2"], L["si"], L["dx"],
         "Recommendation: individual therapy was offered; she declined for now. Behavioral activation could be tried later."]],
 rows=[R("interpersonal psychotherapy","psychotherapy","psychotherapy","12 sessions","2026-04-07","2026-06-23","she felt supported in the group, but her depression itself was unchanged by the end","no_response",L["ipt2"]),
       R("sertraline","SSRI","antidepressant","150 mg","2026-01",None,"'maybe 40% better' on it, not remitted","partial_response",L["ser"])],
 scales=[S("PHQ-9",16,"2026-04-07",L["p1"]), S("PHQ-9",15,"2026-06-23",L["p2"])],
 codes=[("F32.2",L["dx"])], sui=("none",L["si"]),
 note="IPT row's judgment is the Outcome line two lines after the course line. Not rows: individual therapy (declined), behavioral activation (possible later).",
))

# 07 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL DOCUMENT - appeal-kit test data (set notes49). Invented patient, practice and numbers.",
 vor="Vortioxetine 20 mg, 03/2023 - 11/2023: no change in mood over eight months.",
 lit="Lithium 600 mg added to vortioxetine, 06/2023 - 08/2023: stopped for tremor and a creatinine rise.",
 dvf="Desvenlafaxine 100 mg, 12/2023 - 12/2025: partial response, never remission.",
 tms="TMS course: 30 treatments, left DLPFC 10 Hz, 01/12/2026 - 02/20/2026. Response, not remission.",
 p1="PHQ-9 21 on 01/12/2026; PHQ-9 11 on 02/20/2026.",
 dx="Billed diagnosis: F33.2 major depressive disorder, recurrent, severe without psychotic features.",
 si="Suicidality: none reported during the course (C-SSRS screener negative weekly).",
)
CASES.append(dict(
 slug="07-tms-practice-billing-office-treatment-summary-for-appeal-pdf", fmt="pdf",
 file="tms_billing_treatment_summary.pdf",
 pages=[[L["h1"], "North Fork Neuromodulation (fictional) - Billing office, Fax (716) 555-0181",
         "Treatment summary for claim appeal, prepared 03/09/2026",
         "Patient: Calvin Mbeki-Rourke (FICT-49-0707)   Plan ID FICT-49-HP-7707", "",
         "Prior antidepressant trials (from the referral and pharmacy records):",
         L["vor"], L["lit"], L["dvf"],
         "Esketamine was recommended by the referring psychiatrist but not started."],
        [L["h1"], "Course delivered",
         L["tms"], L["p1"], L["si"], L["dx"],
         "Request: payment for the 30 treatments delivered; maintenance sessions may be requested separately."]],
 rows=[R("vortioxetine","serotonin modulator","antidepressant","20 mg","2023-03","2023-11","no change in mood over eight months","no_response",L["vor"]),
       R("lithium","mood stabilizer","augmentation","600 mg","2023-06","2023-08","stopped for tremor and a creatinine rise","side_effects",L["lit"]),
       R("desvenlafaxine","SNRI","antidepressant","100 mg","2023-12","2025-12","partial response, never remission","partial_response",L["dvf"]),
       R("transcranial magnetic stimulation","TMS","neuromodulation","30 sessions","2026-01-12","2026-02-20","Response, not remission.","partial_response",L["tms"])],
 scales=[S("PHQ-9",21,"2026-01-12",L["p1"]), S("PHQ-9",11,"2026-02-20",L["p1"])],
 codes=[("F33.2",L["dx"])], sui=("none",L["si"]),
 note="Not rows: esketamine (recommended, not started); maintenance sessions (possible later).",
))

# 08 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL RECORDS ABSTRACT - APPEAL-KIT TEST DATA (SET NOTES49). ALL NAMES INVENTED.",
 imi="1984-02 TO 1984-05: IMIPRAMINE 150 MG. DRY MOUTH, FAINTED ON STANDING TWICE; DR. PELL STOPPED IT.",
 phe="1984-06 TO 1986-09: PHENELZINE 60 MG. RECOVERED FULLY BY AUTUMN 1984; STOPPED 9/86 WHEN WELL.",
 nor="1989-03 TO 1990-01: NORTRIPTYLINE 75 MG. GOOD RESPONSE BY 6/89; LOST BY 11/89 WHILE STILL TAKING IT.",
 ham="HAM-D RECORDED 02/06/1984: 27.",
 dx="CODING ADDED BY RECORDS OFFICE (ICD-10-CM, FOR CURRENT USE): F33.1.",
)
CASES.append(dict(
 slug="08-university-student-infirmary-records-abstract-1984-1990-txt", fmt="txt",
 file="infirmary_abstract_1984_1990.txt",
 pages=[[L["h1"], "ELMHAVEN STATE UNIVERSITY STUDENT INFIRMARY (FICTIONAL) - MEDICAL RECORDS",
         "ABSTRACT PREPARED 08/2026 ON REQUEST. RECORDS OFFICE PHONE (814) 555-0192.",
         "STUDENT, LATER STAFF: GERALD OSTRANDER   FILE FICT-49-0808", "",
         "PSYCHIATRY ENTRIES (TYPED FROM HANDWRITTEN CHART):",
         L["ham"], L["imi"], L["phe"],
         "1987-1988: NO TREATMENT; NO VISITS.",
         "1989-02: DEPRESSION RETURNED AFTER FATHER'S DEATH.",
         L["nor"],
         "1990-01: TRANSFERRED CARE TO A PRIVATE PSYCHIATRIST. ECT WAS MENTIONED AS AN OPTION; NOT GIVEN HERE.",
         L["dx"], "END OF ABSTRACT."]],
 rows=[R("imipramine","TCA","antidepressant","150 mg","1984-02","1984-05","DRY MOUTH, FAINTED ON STANDING TWICE; DR. PELL STOPPED IT.","side_effects",L["imi"]),
       R("phenelzine","MAOI","antidepressant","60 mg","1984-06","1986-09","RECOVERED FULLY BY AUTUMN 1984; STOPPED 9/86 WHEN WELL.","remission",L["phe"]),
       R("nortriptyline","TCA","antidepressant","75 mg","1989-03","1990-01","GOOD RESPONSE BY 6/89; LOST BY 11/89 WHILE STILL TAKING IT.","relapse",L["nor"])],
 scales=[S("HAM-D",27,"1984-02-06",L["ham"])],
 codes=[("F33.1",L["dx"])], sui=None,
 note="Old records in capitals; no suicidality mentioned (null). The 1989 return is why nortriptyline began, no part of phenelzine. Not a row: ECT (mentioned, not given).",
))

# 09 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL RECORD - appeal-kit test data (set notes49). Invented client and therapist.",
 mbt="Mentalization-based therapy, weekly individual, 05/2025 - present (40 sessions so far).",
 mbt2="Review at session 40: goals partially met; fewer crises, but her low mood is only about halfway back.",
 ven="Venlafaxine 225 mg (psychiatrist, 2024): 'I don't feel any different' after four months; she stopped it at her psychiatrist's advice.",
 p1="PHQ-9 19 (05/06/2025).",
 p2="PHQ-9 13 (04/14/2026).",
 g1="GAD-7 12 (04/14/2026).",
 dx="Diagnoses: F33.1 major depressive disorder, recurrent, moderate; F60.3 borderline personality disorder.",
 si="Passive thoughts that 'everyone would be better off'; no plan or intent; safety plan reviewed.",
)
CASES.append(dict(
 slug="09-mentalization-based-therapy-individual-progress-notes-docx", fmt="docx",
 file="mbt_progress_review.docx",
 pages=[[L["h1"], "Riverbend Psychotherapy (fictional) - Phone (503) 555-0114",
         "Client: Teodora Lindqvist (FICT-49-0909)   Therapist: Hal Ferreira, PhD   Review date 04/14/2026",
         L["mbt"], "Work focused on affect storms after conflicts with her partner.",
         L["mbt2"], L["ven"],
         "DBT skills group was suggested; she is on the waitlist and has not started.",
         L["p1"], L["p2"], L["g1"], L["si"], L["dx"],
         "Plan: continue MBT fortnightly for three months."]],
 rows=[R("mentalization-based therapy","psychotherapy","psychotherapy","40 sessions","2025-05",None,"goals partially met; fewer crises, but her low mood is only about halfway back","partial_response",L["mbt2"]),
       R("venlafaxine","SNRI","antidepressant","225 mg","2024","2024","'I don't feel any different' after four months","no_response",L["ven"])],
 scales=[S("PHQ-9",19,"2025-05-06",L["p1"]), S("PHQ-9",13,"2026-04-14",L["p2"]), S("GAD-7",12,"2026-04-14",L["g1"])],
 codes=[("F33.1",L["dx"]),("F60.3",L["dx"])], sui=("passive",L["si"]),
 note="MBT continues, now fortnightly (end null). Not a row: DBT skills group (waitlist).",
))

# 10 ---------------------------------------------------------------------------------------------
L = dict(
 h1="MUESTRA FICTICIA / FICTIONAL SAMPLE - datos de prueba de appeal-kit (serie notes49). Personas inventadas.",
 ser="- Sertralina 150 mg/dia, de marzo a octubre de 2024: no noto ningun cambio en el animo.",
 dul="- Duloxetina 60 mg/dia, noviembre de 2024 a enero de 2025: se retiro por nauseas y vomitos diarios.",
 tcc="- TCC individual, 16 sesiones (febrero-junio de 2025): mejoria parcial, sin llegar a la remision.",
 ham="HAM-D de 17 items el 12/08/2026: 21.",
 dx="Diagnostico: F33.1 trastorno depresivo mayor recurrente, episodio actual moderado.",
 si="Niega ideacion suicida activa o pasiva.",
)
CASES.append(dict(
 slug="10-nota-consulta-psiquiatria-mutualista-montevideo-espanol-docx", fmt="docx",
 file="nota_consulta_psiquiatria.docx",
 pages=[[L["h1"], "Mutualista Rio de la Plata (ficticia) - Policlinica de Psiquiatria, Tel. (305) 555-0125",
         "Paciente: Lucia Ferraro Andrade (FICT-49-1010)   Fecha de consulta: 12/08/2026 (DD/MM/AAAA)",
         "Psiquiatra: Dr. Martin Echeverry", "",
         "Tratamientos previos:", L["ser"], L["dul"], L["tcc"],
         "Nunca recibio litio ni TEC.",
         L["ham"], L["si"], L["dx"],
         "Plan: iniciar vortioxetina 10 mg; se valorara EMT si no hay respuesta en 8 semanas."]],
 rows=[R("sertraline","SSRI","antidepressant","150 mg","2024-03","2024-10","no noto ningun cambio en el animo","no_response",L["ser"]),
       R("duloxetine","SNRI","antidepressant","60 mg","2024-11","2025-01","se retiro por nauseas y vomitos diarios","side_effects",L["dul"]),
       R("cognitive behavioral therapy","psychotherapy","psychotherapy","16 sessions","2025-02","2025-06","mejoria parcial, sin llegar a la remision","partial_response",L["tcc"])],
 scales=[S("HAM-D",21,"2026-08-12",L["ham"])],
 codes=[("F33.1",L["dx"])], sui=("none",L["si"]),
 note="Spanish, no accents, dates DD/MM/YYYY (12/08/2026 is 12 August). Not rows: litio/TEC (never), vortioxetina (planned to start today), EMT (TMS, conditional plan).",
))

# 11 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL - appeal-kit test data (set notes49) - invented patient",
 par="Paroxetine 40 mg   2022 - 2023   'never did much'",
 que="Quetiapine 150 mg (add-on)   03/2023 - 05/2023   slept 14 h a day, gained 18 lb -> stopped",
 dvf="Desvenlafaxine 100 mg   since 07/2023   better than before, but not all the way",
 phq="PHQ-9 17 on 09/18/2026",
 dx="Dx: F33.2",
 si="Thoughts of death, passive, no plan",
)
CASES.append(dict(
 slug="11-clinic-handout-medication-trial-timeline-phone-photo", fmt="photo",
 file="trial_timeline_handout_photo.jpg",
 pages=[[L["h1"], "Juniper Hill Family Psychiatry (fictional)", "(775) 555-0139",
         "Your medicine timeline - for your insurance form", "Patient: Eamon Castellucci  FICT-49-1111",
         L["par"], L["que"], L["dvf"], L["phq"], L["dx"], L["si"],
         "Next: ask plan about Spravato (not started)"]],
 rows=[R("paroxetine","SSRI","antidepressant","40 mg","2022","2023","'never did much'","no_response",L["par"]),
       R("quetiapine","atypical antipsychotic","augmentation","150 mg","2023-03","2023-05","slept 14 h a day, gained 18 lb -> stopped","side_effects",L["que"]),
       R("desvenlafaxine","SNRI","antidepressant","100 mg","2023-07",None,"better than before, but not all the way","partial_response",L["dvf"])],
 scales=[S("PHQ-9",17,"2026-09-18",L["phq"])],
 codes=[("F33.2",L["dx"])], sui=("passive",L["si"]),
 note="One phone photo (JPEG), rotated and unevenly lit. Desvenlafaxine continuing. Not a row: Spravato (not started).",
))

# 12 ---------------------------------------------------------------------------------------------
L = dict(
 h1="FICTIONAL PRINTOUT - appeal-kit test data (set notes49). Invented patient, prescribers and pharmacy.",
 mir="Mirtazapine 15 mg      01/05/2025   04/02/2025   Pharmacist note: stopped - 'like a zombie all day', per prescriber",
 tra="Trazodone 50 mg        01/05/2025   11/20/2026   Pharmacist note: for sleep only",
 lam="Lamotrigine 100 mg     05/10/2025   09/30/2025   Pharmacist note: added to mood regimen; stopped, rash",
 vor="Vortioxetine 10 mg     05/10/2025   11/20/2026   Pharmacist note: 'about the same on it' at 6 mo review",
 dx="Indication on file: F33.1 (major depressive disorder, recurrent, moderate)",
)
CASES.append(dict(
 slug="12-hospital-outpatient-pharmacy-dispensing-history-printout-pdf", fmt="pdf",
 file="outpatient_pharmacy_dispensing_history.pdf",
 pages=[[L["h1"], "Cedar Bluff Hospital Outpatient Pharmacy (fictional)   Phone (417) 555-0176   Fax (417) 555-0177",
         "Dispensing history printed 11/24/2026   Patient: Wendell Achterberg   MRN FICT-49-1212", "",
         "Drug / strength        First fill   Last fill",
         L["mir"], L["tra"], L["lam"], L["vor"],
         L["dx"], "Allergies: lamotrigine (rash).", "End of printout - 1 page."]],
 rows=[R("mirtazapine","NaSSA","antidepressant","15 mg","2025-01-05","2025-04-02","stopped - 'like a zombie all day', per prescriber","side_effects",L["mir"]),
       R("lamotrigine","anticonvulsant mood stabilizer","augmentation","100 mg","2025-05-10","2025-09-30","stopped, rash","side_effects",L["lam"]),
       R("vortioxetine","serotonin modulator","antidepressant","10 mg","2025-05-10",None,"'about the same on it' at 6 mo review","no_response",L["vor"])],
 scales=[], codes=[("F33.1",L["dx"])], sui=None,
 note="Fill dates: first fill is the start, last fill the end for stopped drugs; vortioxetine still filled 11/20/2026 (end null, open; a reader ending it at the last fill is within a month of the printout). Not a row: trazodone (sleep only). No suicidality (null).",
))
