# FICTIONAL test data for appeal-kit notes (blind set notes41). Every person, clinic and number is invented.
F = "FICTIONAL RECORD - test data, invented patient (notes41)"

def R(name, cls, kind, dose, start, end, outcome, oc, file, text):
    return dict(name=name, cls=cls, kind=kind, dose=dose, start=start, end=end, outcome=outcome, oc=oc, file=file, text=text)

def S(name, score, date, file, text):
    return dict(name=name, score=score, date=date, file=file, text=text)

def D(code, file, text):
    return dict(code=code, file=file, text=text)

CASES = []

# 01 psychiatry, text PDF, 2 pages
f = "cmhc_progress_notes.pdf"
p1 = [F, "Lakeshore Community Mental Health Center (fictional) - Medication Management Progress Notes",
 "Patient: Dorian Veltkamp (fictional)   DOB 04/11/1981   Chart FICT-41-0101   Phone (414) 555-0121",
 "Visit 03/04/2026 - Dr. Imani Okafor, MD (fictional)",
 "Dx: F33.1 Recurrent major depression, moderate episode",
 "PHQ-9 today: 19 (03/04/2026).",
 "History reviewed with patient:",
 "- Escitalopram 20 mg, 02/2022 - 10/2022: \"didn't do a thing\" for his mood; tapered off.",
 "- Venlafaxine XR 150 mg, 11/2022 - 01/2023: stopped because of sweating and a racing pulse.",
 "- Mirtazapine 30 mg, 03/2023 - 02/2026: helped sleep and appetite but the low mood hangs on.",
 "He has never tried lithium. Plan: start vortioxetine 10 mg; consider aripiprazole later if needed.",
 "Safety: denies SI, no plan or intent."]
p2 = [F, "Visit 05/13/2026 - Dr. Imani Okafor, MD (fictional)",
 "Vortioxetine 10 mg started 03/05/2026 and taken daily since.",
 "On the vortioxetine: about half better, still not enjoying things. Not in remission.",
 "PHQ-9 today: 12 (05/13/2026).",
 "Safety: denies SI, denies intent. Continue vortioxetine 10 mg; return in 8 weeks."]
CASES.append(dict(slug="01-community-mental-health-center-med-management-notes-pdf", fmt="PDF text, 2 p.",
 docs=[dict(file=f, fmt="pdf", pages=[p1, p2])],
 note="Not rows: lithium (never tried), aripiprazole (consider).",
 rows=[R("escitalopram","SSRI","antidepressant","20 mg","2022-02","2022-10","didn't do a thing","no_response",f,p1[7]),
       R("venlafaxine","SNRI","antidepressant","150 mg","2022-11","2023-01","stopped because of sweating and a racing pulse","side_effects",f,p1[8]),
       R("mirtazapine","NaSSA","antidepressant","30 mg","2023-03","2026-02","helped sleep and appetite but the low mood hangs on","no_response",f,p1[9]),
       R("vortioxetine","multimodal antidepressant","antidepressant","10 mg","2026-03-05",None,"about half better, still not enjoying things. Not in remission","partial_response",f,p2[3])],
 scales=[S("PHQ-9",19,"2026-03-04",f,p1[5]), S("PHQ-9",12,"2026-05-13",f,p2[4])],
 dx=[D("F33.1",f,p1[4])], sui=("none",f,p1[11])))

# 02 pharmacy printout, txt
f = "pharmacy_medication_history.txt"
p1 = [F, "BRIDGEWATER DRUG #0417 (fictional) - PATIENT MEDICATION HISTORY PRINTOUT", "Printed 07/20/2026   Store phone (330) 555-0137",
 "Patient: Marisol Quandt (fictional)   DOB 09/30/1975   Rx profile FICT-41-0202",
 "FILL DATE   DRUG / STRENGTH              QTY  DAYS  PRESCRIBER (fictional)",
 "01/05/2025  SERTRALINE 100 MG TAB         30   30    K. Ambrose NP",
 "04/02/2025  SERTRALINE 100 MG TAB         30   30    K. Ambrose NP",
 "04/28/2025  BUPROPION XL 300 MG TAB       30   30    K. Ambrose NP",
 "09/15/2025  BUPROPION XL 300 MG TAB       30   30    K. Ambrose NP",
 "10/01/2025  DULOXETINE 60 MG CAP          30   30    K. Ambrose NP",
 "03/03/2026  DULOXETINE 60 MG CAP          30   30    K. Ambrose NP",
 "PHARMACIST NOTES:",
 "05/02/2025  Pt says sertraline 100 mg never did much; prescriber switched to bupropion.",
 "09/20/2025  Bupropion XL 300 mg stopped - pt had a seizure-like spell, ER told her to quit it.",
 "03/10/2026  Duloxetine 60 mg: pt says 'it took the edge off, but I'm still pretty low.' Continues.",
 "Pharmacist: R. Feldstein, PharmD (fictional)"]
CASES.append(dict(slug="02-retail-pharmacy-fill-history-with-pharmacist-notes-txt", fmt="TXT",
 docs=[dict(file=f, fmt="txt", pages=[p1])], note="No scales, no codes, no word on suicidality (null).",
 rows=[R("sertraline","SSRI","antidepressant","100 mg","2025-01","2025-04","never did much","no_response",f,p1[12]),
       R("bupropion","NDRI","antidepressant","300 mg","2025-04","2025-09","stopped - pt had a seizure-like spell, ER told her to quit it","side_effects",f,p1[13]),
       R("duloxetine","SNRI","antidepressant","60 mg","2025-10",None,"it took the edge off, but I'm still pretty low","partial_response",f,p1[14])],
 scales=[], dx=[], sui=None))

# 03 primary care, DOCX
f = "primary_care_followups.docx"
p1 = [F, "Maple Hollow Family Medicine (fictional) - Chronic Care Follow-up Visits",
 "Patient: Gunnar Ostby (fictional)   DOB 01/17/1968   MRN FICT-41-0303   Fax (208) 555-0144",
 "08/12/2025 - Dr. Lena Marsh, DO (fictional)",
 "Problems: I10 essential hypertension; F32.1 major depressive disorder, single episode, moderate.",
 "PHQ-9 17 (08/12/2025). Started citalopram 20 mg today.",
 "11/18/2025 - Dr. Lena Marsh, DO (fictional)",
 "Citalopram 20 mg since 08/2025: felt like himself again by October. PHQ-9 4 (11/18/2025).",
 "Blood pressure 128/80 on lisinopril 10 mg.",
 "04/21/2026 - Dr. Lena Marsh, DO (fictional)",
 "Citalopram 20 mg stopped 03/2026 because an ECG showed a prolonged QTc.",
 "Six weeks of problem-solving therapy with the practice's behavioral health nurse (fictional), 01/2026 - 03/2026: he liked the sessions but his mood stayed the same.",
 "Patient denies thoughts of self-harm. PHQ-9 15 (04/21/2026). Plan: consider sertraline; referral to psychiatry."]
CASES.append(dict(slug="03-family-medicine-hypertension-and-mood-followups-docx", fmt="DOCX",
 docs=[dict(file=f, fmt="docx", pages=[p1])], note="Not rows: sertraline (consider), lisinopril (blood pressure drug; no mood trial). Citalopram's stop for QTc decides over its earlier remission.",
 rows=[R("citalopram","SSRI","antidepressant","20 mg","2025-08-12","2026-03","stopped 03/2026 because an ECG showed a prolonged QTc","side_effects",f,p1[10]),
       R("problem-solving therapy","psychotherapy","psychotherapy",None,"2026-01","2026-03","he liked the sessions but his mood stayed the same","no_response",f,p1[11])],
 scales=[S("PHQ-9",17,"2025-08-12",f,p1[5]), S("PHQ-9",4,"2025-11-18",f,p1[7]), S("PHQ-9",15,"2026-04-21",f,p1[12])],
 dx=[D("I10",f,p1[4]), D("F32.1",f,p1[4])], sui=("none",f,p1[12])))

# 04 inpatient consult, text PDF, 1 page
f = "trauma_ward_psychiatry_consult.pdf"
p1 = [F, "St. Adalbert Regional Medical Center (fictional) - Psychiatry Consultation, Trauma Surgery Ward",
 "Patient: Noor Halvorsen (fictional)   DOB 06/02/1990   Acct FICT-41-0404   Unit phone (505) 555-0158",
 "Date of consult: 02/09/2026   Consultant: Dr. Tobias Reyes, MD (fictional)",
 "Reason: admitted after a single-vehicle crash; team asks about depression and safety.",
 "Past treatment (per patient and outside records, fictional):",
 "Fluoxetine 40 mg from 2019 to 2021: she was fully well on it and stopped with her doctor in 2021.",
 "Paroxetine 20 mg, 06/2024 - 09/2024: 'numbed me out, I felt nothing,' so it was stopped.",
 "Interpersonal therapy, 10/2024 - 01/2025, 14 sessions: some better, but not all the way.",
 "Assessment: F33.2 Recurrent major depression, severe episode without psychosis; S32.401A acetabular fracture, right.",
 "HAM-D 26 (02/09/2026).",
 "Suicide risk: she describes the crash as an attempt to end her life; C-SSRS positive for an actual attempt.",
 "Recommendations: 1:1 observation; resume fluoxetine 20 mg once medically stable; no ECT for now."]
CASES.append(dict(slug="04-trauma-surgery-ward-psychiatry-consult-pdf", fmt="PDF text, 1 p.",
 docs=[dict(file=f, fmt="pdf", pages=[p1])], note="Not rows: fluoxetine restart (recommended, not yet taken), ECT (no). Fluoxetine 2019-2021 stopped once well: remission.",
 rows=[R("fluoxetine","SSRI","antidepressant","40 mg","2019","2021","she was fully well on it and stopped with her doctor in 2021","remission",f,p1[6]),
       R("paroxetine","SSRI","antidepressant","20 mg","2024-06","2024-09","'numbed me out, I felt nothing,' so it was stopped","side_effects",f,p1[7]),
       R("interpersonal therapy","psychotherapy","psychotherapy",None,"2024-10","2025-01","some better, but not all the way","partial_response",f,p1[8])],
 scales=[S("HAM-D",26,"2026-02-09",f,p1[10])],
 dx=[D("F33.2",f,p1[9]), D("S32.401A",f,p1[9])], sui=("attempt",f,p1[11])))

# 05 scan, image-only PDF
f = "locum_psychiatrist_note_scan.pdf"
p1 = [F, "Pinecrest Psychiatry (fictional) - locum visit, handwritten",
 "Pt: Abel Tzvetkov (fictional)  DOB 12/03/1959  FICT-41-0505",
 "Date 06/16/2026   Dr. R. Whitcombe (fictional locum)",
 "Dx F33.1 recurrent MDD, moderate",
 "Nortriptyline 75 mg 2023-2024 - dry mouth, could not pee -> stopped",
 "Sertraline 150 mg 01/2025-12/2025 - no different on it",
 "Desvenlafaxine 100 mg since 01/2026 - better?? pt unsure",
 "PHQ-9 = 16 (06/16/2026)",
 "Passive death wish, no plan, no intent",
 "Plan: cont desvenlafaxine, f/u 4 wks. Phone (503) 555-0163"]
CASES.append(dict(slug="05-locum-psychiatrist-handwritten-visit-note-scan", fmt="scan (image-only PDF)",
 docs=[dict(file=f, fmt="scan", pages=[p1])], note="Image-only PDF, handwriting-like font. Desvenlafaxine 'better?? pt unsure' is a doubt: unknown.",
 rows=[R("nortriptyline","TCA","antidepressant","75 mg","2023","2024","dry mouth, could not pee -> stopped","side_effects",f,p1[5]),
       R("sertraline","SSRI","antidepressant","150 mg","2025-01","2025-12","no different on it","no_response",f,p1[6]),
       R("desvenlafaxine","SNRI","antidepressant","100 mg","2026-01",None,"better?? pt unsure","unknown",f,p1[7])],
 scales=[S("PHQ-9",16,"2026-06-16",f,p1[8])], dx=[D("F33.1",f,p1[4])], sui=("passive",f,p1[9])))

# 06 pain, txt
f = "spine_pain_program_notes.txt"
p1 = [F, "NORTHFORK SPINE & PAIN PROGRAM (fictional) - CLINIC NOTES", "Patient: Wendell Abernathy-Cruz (fictional)  DOB 03/22/1972  ID FICT-41-0606  Clinic (615) 555-0172",
 "VISIT 01/14/2026, Dr. Hana Lindqvist, MD (fictional)",
 "Diagnoses: M54.16 lumbar radiculopathy; F32.1 depressive episode, moderate.",
 "Pain NRS 8/10 (01/14/2026). PHQ-9 14 (01/14/2026).",
 "Prior trials: gabapentin 900 mg/day 2024 - dizzy and foggy; no change in pain; stopped.",
 "Duloxetine 60 mg 03/2025 - 11/2025: some relief in spring 2025, but by fall as ill as ever.",
 "Pain CBT group, 8 sessions, 09/2025 - 10/2025: learned pacing; mood and pain no different.",
 "He was never given opioids and declines them. Plan: discuss pregabalin next visit.",
 "Mood: low; denies suicidal ideation.",
 "VISIT 04/08/2026: Pain NRS 7/10 (04/08/2026). Nothing new started."]
CASES.append(dict(slug="06-multidisciplinary-spine-pain-program-notes-txt", fmt="TXT (pain)",
 docs=[dict(file=f, fmt="txt", pages=[p1])], note="Not rows: opioids (never given, declined), pregabalin (to discuss). Gabapentin: harm, no gain, stop = side_effects (s53).",
 rows=[R("gabapentin","gabapentinoid","other","900 mg","2024","2024","dizzy and foggy; no change in pain; stopped","side_effects",f,p1[6]),
       R("duloxetine","SNRI","antidepressant","60 mg","2025-03","2025-11","some relief in spring 2025, but by fall as ill as ever","relapse",f,p1[7]),
       R("cognitive behavioral therapy for pain","psychotherapy","psychotherapy",None,"2025-09","2025-10","mood and pain no different","no_response",f,p1[8])],
 scales=[S("pain NRS",8,"2026-01-14",f,p1[5]), S("PHQ-9",14,"2026-01-14",f,p1[5]), S("pain NRS",7,"2026-04-08",f,p1[11])],
 dx=[D("M54.16",f,p1[4]), D("F32.1",f,p1[4])], sui=("none",f,p1[10])))

# 07 TMS deep coil summary, text PDF 2 pages
f = "deep_tms_course_summary.pdf"
p1 = [F, "Riverbend Neuromodulation Clinic (fictional) - Deep TMS (H-coil) Course Summary",
 "Patient: Priya Castellanos (fictional)  DOB 08/08/1984  FICT-41-0707  Phone 1-800-555-0186",
 "Prepared 09/30/2026 by Dr. Elias Brandt, MD (fictional)",
 "Diagnosis: F33.2 major depressive disorder, recurrent, severe without psychotic features",
 "Antidepressant trials before TMS:",
 "a) Sertraline 200 mg, 2021 - 2022: no response after a full year.",
 "b) Bupropion XL 450 mg, 01/2023 - 06/2023: stopped because of a tremor and panic.",
 "c) Escitalopram 20 mg plus lithium 600 mg, 07/2023 - 04/2026: partial response, never remitted."]
p2 = [F, "Course: deep TMS, 36 sessions, 05/04/2026 - 06/19/2026.",
 "Deep TMS result: PHQ-9 from 23 to 6; she felt like herself by the last week.",
 "She did well for six weeks after the last session; from early August the benefit wore off.",
 "PHQ-9 23 (05/04/2026); PHQ-9 6 (06/19/2026); PHQ-9 18 (09/28/2026).",
 "No SI reported at any session; C-SSRS negative throughout.",
 "Request: a second course; esketamine considered if not approved."]
CASES.append(dict(slug="07-deep-tms-h-coil-course-summary-pdf", fmt="PDF text, 2 p.",
 docs=[dict(file=f, fmt="pdf", pages=[p1, p2])], note="Escitalopram and lithium given as one line: two rows, each partial. Not rows: second TMS course (requested), esketamine (considered).",
 rows=[R("sertraline","SSRI","antidepressant","200 mg","2021","2022","no response after a full year","no_response",f,p1[6]),
       R("bupropion","NDRI","antidepressant","450 mg","2023-01","2023-06","stopped because of a tremor and panic","side_effects",f,p1[7]),
       R("escitalopram","SSRI","antidepressant","20 mg","2023-07","2026-04","partial response, never remitted","partial_response",f,p1[8]),
       R("lithium","mood stabilizer","augmentation","600 mg","2023-07","2026-04","partial response, never remitted","partial_response",f,p1[8]),
       R("transcranial magnetic stimulation","TMS","neuromodulation","36 sessions","2026-05-04","2026-06-19","from early August the benefit wore off","relapse",f,p2[3])],
 scales=[S("PHQ-9",23,"2026-05-04",f,p2[4]), S("PHQ-9",6,"2026-06-19",f,p2[4]), S("PHQ-9",18,"2026-09-28",f,p2[4])],
 dx=[D("F33.2",f,p1[4])], sui=("none",f,p2[5])))

# 08 old records, txt
f = "private_practice_ledger_1979_1988.txt"
p1 = [F, "RECORDS CUSTODIAN TRANSCRIPT OF PRIVATE PRACTICE CHART, DR. HORACE PEMBERLY (FICTIONAL), 1979-1988",
 "PATIENT: EUDORA FAIRWEATHER (FICTIONAL)  DOB 02/14/1948  FILE FICT-41-0808  CUSTODIAN PHONE (617) 555-0191",
 "03/1979  IMIPRAMINE 150 MG DAILY BEGUN 03/1979.",
 "09/1979  IMIPRAMINE: RECOVERED FULLY. TAPERED OFF 09/1979 BY AGREEMENT.",
 "05/1983  DEPRESSION RETURNED. TRANYLCYPROMINE 30 MG 05/1983 - 11/1983: NO IMPROVEMENT AT ALL.",
 "12/1983  HOSPITALIZED (FICTIONAL ST. BRENDAN'S). ECT, 10 TREATMENTS, 12/1983 - 01/1984: REMITTED.",
 "02/1986  LITHIUM CARBONATE 900 MG STARTED 02/1986 FOR MAINTENANCE.",
 "06/1988  LITHIUM STOPPED 06/1988 - COARSE TREMOR AND THIRST.",
 "HAMILTON (HAM-D) 29 ON ADMISSION 12/05/1983; 6 ON 01/20/1984.",
 "DIAGNOSIS NOW CODED BY CUSTODIAN AS F33.1 (ORIGINAL CHART USED OLDER CODES)."]
CASES.append(dict(slug="08-private-practice-chart-custodian-transcript-1979-1988-txt", fmt="TXT (capitals, old records)",
 docs=[dict(file=f, fmt="txt", pages=[p1])], note="Imipramine: recovered fully and tapered off = remission; the 1983 return is after the stop (belongs to no trial). Suicidality: the transcript never speaks of it (null).",
 rows=[R("imipramine","TCA","antidepressant","150 mg","1979-03","1979-09","RECOVERED FULLY. TAPERED OFF 09/1979 BY AGREEMENT","remission",f,p1[4]),
       R("tranylcypromine","MAOI","antidepressant","30 mg","1983-05","1983-11","NO IMPROVEMENT AT ALL","no_response",f,p1[5]),
       R("electroconvulsive therapy","ECT","neuromodulation","10 treatments","1983-12","1984-01","REMITTED","remission",f,p1[6]),
       R("lithium","mood stabilizer","augmentation","900 mg","1986-02","1988-06","COARSE TREMOR AND THIRST","side_effects",f,p1[8])],
 scales=[S("HAM-D",29,"1983-12-05",f,p1[9]), S("HAM-D",6,"1984-01-20",f,p1[9])],
 dx=[D("F33.1",f,p1[10])], sui=None))

# 09 therapy notes, DOCX
f = "cbt_session_summaries.docx"
p1 = [F, "Harbor Light Counseling (fictional) - Individual Therapy Session Summaries",
 "Client: Tomasz Ibekwe (fictional)   DOB 10/19/1996   File FICT-41-0909   Office (919) 555-0112",
 "Therapist: Jolene Marchetti, LCSW (fictional)",
 "Diagnosis: F34.1 persistent depressive disorder; F41.1 generalized anxiety disorder.",
 "Intake 02/03/2026: GAD-7 15 (02/03/2026); PHQ-9 18 (02/03/2026).",
 "Prior care: an earlier counselor did acceptance and commitment therapy, 2024, 10 sessions; he says it helped with the breakup but the depression persisted.",
 "Current medicine per client: escitalopram 10 mg from his PCP since 11/2025; too early to tell.",
 "CBT course: 16 sessions, 02/03/2026 - 05/26/2026.",
 "Session 16 (05/26/2026): CBT gave a response, but not a remission; GAD-7 8 (05/26/2026); PHQ-9 11 (05/26/2026).",
 "Risk: denies suicidal ideation at every session.",
 "He has not tried medication other than escitalopram; he declined a referral for EMDR."]
CASES.append(dict(slug="09-outpatient-lcsw-cbt-session-summaries-docx", fmt="DOCX (therapy)",
 docs=[dict(file=f, fmt="docx", pages=[p1])], note="Not rows: EMDR (declined). Escitalopram 'too early to tell' = unknown, open.",
 rows=[R("acceptance and commitment therapy","psychotherapy","psychotherapy",None,"2024","2024","it helped with the breakup but the depression persisted","no_response",f,p1[6]),
       R("escitalopram","SSRI","antidepressant","10 mg","2025-11",None,"too early to tell","unknown",f,p1[7]),
       R("cognitive behavioral therapy","psychotherapy","psychotherapy",None,"2026-02-03","2026-05-26","CBT gave a response, but not a remission","partial_response",f,p1[9])],
 scales=[S("GAD-7",15,"2026-02-03",f,p1[5]), S("PHQ-9",18,"2026-02-03",f,p1[5]), S("GAD-7",8,"2026-05-26",f,p1[9]), S("PHQ-9",11,"2026-05-26",f,p1[9])],
 dx=[D("F34.1",f,p1[4]), D("F41.1",f,p1[4])], sui=("none",f,p1[10])))

# 10 Spanish, txt
f = "informe_csm_comunitario.txt"
p1 = ["MUESTRA FICTICIA / FICTIONAL SAMPLE - datos inventados (notes41)",
 "CENTRO DE SALUD MENTAL COMUNITARIO VALLE ALTO (ficticio) - INFORME DE PSIQUIATRIA",
 "Paciente: Remedios Albaladejo (ficticia)  F. nac. 05/07/1979  Historia FICT-41-1010  Tel. (956) 555-0127",
 "Fecha del informe: 15/06/2026   Psiquiatra: Dra. Consuelo Ibarra (ficticia)",
 "Diagnostico: F33.2 trastorno depresivo recurrente, episodio actual grave sin sintomas psicoticos.",
 "Tratamientos previos:",
 "- Paroxetina 20 mg (03/2023 - 08/2023): no notaba ningun cambio.",
 "- Venlafaxina 225 mg (09/2023 - 02/2024): se retiro por hipertension arterial.",
 "- Agomelatina 50 mg (03/2024 - 04/2026): me ayudo al principio, pero desde el verano estoy igual de mal.",
 "- Terapia cognitivo-conductual grupal, 10 sesiones (febrero-abril de 2025): ayudo al sueno; el animo sigue bajo.",
 "Escalas: HAM-D 24 (15/06/2026); PHQ-9 20 (15/06/2026).",
 "Riesgo: ideas pasivas de muerte, sin plan ni intencion.",
 "Plan: valorar esketamina intranasal; no ha recibido TEC."]
CASES.append(dict(slug="10-informe-psiquiatria-centro-salud-mental-comunitario-espanol-txt", fmt="TXT, Spanish",
 docs=[dict(file=f, fmt="txt", pages=[p1])], note="Spanish, dates DD/MM/YYYY. Not rows: esketamina (valorar), TEC (not received).",
 rows=[R("paroxetine","SSRI","antidepressant","20 mg","2023-03","2023-08","no notaba ningun cambio","no_response",f,p1[6]),
       R("venlafaxine","SNRI","antidepressant","225 mg","2023-09","2024-02","se retiro por hipertension arterial","side_effects",f,p1[7]),
       R("agomelatine","melatonergic antidepressant","antidepressant","50 mg","2024-03","2026-04","me ayudo al principio, pero desde el verano estoy igual de mal","relapse",f,p1[8]),
       R("cognitive behavioral therapy","psychotherapy","psychotherapy",None,"2025-02","2025-04","ayudo al sueno; el animo sigue bajo","no_response",f,p1[9])],
 scales=[S("HAM-D",24,"2026-06-15",f,p1[10]), S("PHQ-9",20,"2026-06-15",f,p1[10])],
 dx=[D("F33.2",f,p1[4])], sui=("passive",f,p1[11])))

# 11 phone photos (2 JPEG)
f1, f2 = "discharge_med_card_front.jpg", "discharge_med_card_back.jpg"
a = [F, "Elmwood Behavioral Hospital (fictional) - Discharge Medication Card",
 "Patient: Cosmo Ferreira-Lindh (fictional)  FICT-41-1111",
 "Discharged 08/27/2026   Unit phone (720) 555-0139",
 "Dx: F32.2 major depressive episode, severe",
 "STOPPED this stay:",
 "Trazodone 100 mg (08/2025-08/2026) - too groggy, stopped",
 "Fluvoxamine 200 mg (01/2026-07/2026) - no improvement"]
b = [F, "Elmwood Behavioral Hospital (fictional) - card, back",
 "NEW / CONTINUE:",
 "Venlafaxine 75 mg started 08/20/2026 - continue",
 "PHQ-9 at discharge: 17 (08/27/2026)",
 "Admitted after overdose attempt 08/14/2026",
 "Do NOT restart fluvoxamine. No ECT planned."]
CASES.append(dict(slug="11-psychiatric-hospital-discharge-med-card-phone-photos", fmt="2 phone photos (JPEG)",
 docs=[dict(file=f1, fmt="photo", pages=[a]), dict(file=f2, fmt="photo", pages=[b])],
 note="Photos of a two-sided card. Venlafaxine started a week before discharge: no judgment = unknown, open. Not rows: ECT.",
 rows=[R("trazodone","SARI","antidepressant","100 mg","2025-08","2026-08","too groggy, stopped","side_effects",f1,a[6]),
       R("fluvoxamine","SSRI","antidepressant","200 mg","2026-01","2026-07","no improvement","no_response",f1,a[7]),
       R("venlafaxine","SNRI","antidepressant","75 mg","2026-08-20",None,None,"unknown",f2,b[3])],
 scales=[S("PHQ-9",17,"2026-08-27",f2,b[4])], dx=[D("F32.2",f1,a[4])], sui=("attempt",f2,b[5])))

# 12 infusion log, text PDF 1 page
f = "headache_infusion_suite_log.pdf"
p1 = [F, "Cedar Gap Headache Center (fictional) - Infusion Suite Log and Medication Review",
 "Patient: Ilse Moorcroft (fictional)  DOB 11/29/1988  FICT-41-1212  Suite phone (801) 555-0148",
 "Diagnoses: G43.709 chronic migraine without aura; F32.1 depressive episode, moderate.",
 "Preventive and mood trials:",
 "Amitriptyline 25 mg, 2022 - 2023: gained about thirty pounds; quit.",
 "Topiramate 100 mg, 01/2024 - 07/2024: 'did nothing' for the headaches.",
 "Venlafaxine XR 150 mg since 08/2024: about 80% back to myself in mood; headaches a bit fewer.",
 "IV dihydroergotamine, 5-day inpatient-style series, 03/09/2026 - 03/13/2026: 50% relief for three to four days, after which the pain was back.",
 "Pain NRS 9 (03/09/2026); pain NRS 8 (03/27/2026). PHQ-9 10 (03/27/2026).",
 "Mood screen: no thoughts of self-harm.",
 "Never tried onabotulinum toxin; plan to request it."]
CASES.append(dict(slug="12-headache-center-infusion-suite-log-pdf", fmt="PDF text, 1 p.",
 docs=[dict(file=f, fmt="pdf", pages=[p1])], note="Not rows: onabotulinum toxin (never tried, planned). Pain drugs kind other.",
 rows=[R("amitriptyline","TCA","antidepressant","25 mg","2022","2023","gained about thirty pounds; quit","side_effects",f,p1[5]),
       R("topiramate","anticonvulsant","other","100 mg","2024-01","2024-07","did nothing","no_response",f,p1[6]),
       R("venlafaxine","SNRI","antidepressant","150 mg","2024-08",None,"about 80% back to myself in mood","partial_response",f,p1[7]),
       R("dihydroergotamine infusion","ergot alkaloid","other",None,"2026-03-09","2026-03-13","50% relief for three to four days, after which the pain was back","relapse",f,p1[8])],
 scales=[S("pain NRS",9,"2026-03-09",f,p1[9]), S("pain NRS",8,"2026-03-27",f,p1[9]), S("PHQ-9",10,"2026-03-27",f,p1[9])],
 dx=[D("G43.709",f,p1[3]), D("F32.1",f,p1[3])], sui=("none",f,p1[10])))
