# FICTIONAL case data for notes26 (blind set 26). Every person, clinic, number and address is invented.
# A page is a list of lines; a line starting with "|" is a table row (DOCX table; elsewhere cells joined by spaces);
# a line starting with "~" is handwriting (photos only; the "~" is not part of the text).

def R(name, cls, kind, dose, start, end, outcome, oc, f, p, t):
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": {"file": f, "page": p, "text": t}}

def S(name, score, date, f, p, t):
    return {"name": name, "score": score, "date": date, "source": {"file": f, "page": p, "text": t}}

def D(code, f, p, t):
    return {"code": code, "source": {"file": f, "page": p, "text": t}}

def SU(level, f, p, t):
    return {"level": level, "source": {"file": f, "page": p, "text": t}}

CASES = []

# ---------------------------------------------------------------- 01
F = "transplant_psychosocial_eval_2026-10-14.pdf"
CASES.append(dict(
slug="01-kidney-transplant-psychosocial-evaluation-pdf",
note="FICTIONAL case. Kidney transplant pre-listing psychosocial evaluation, 2-page PDF. Rows: citalopram 2011-2012 (remission), sertraline 2024 (nausea: side effects), mirtazapine since 10/2024 (sleep and appetite better, mood the same: no response, current), CBT 12 sessions 2025 (50% better: partial). Not rows: wife's escitalopram, sevelamer/epoetin/calcitriol (kidney), lithium never used, bupropion never started, aripiprazole only considered.",
docs=[(F, "pdf", [[
"FICTIONAL SAMPLE - Lakeview Transplant Institute (fictional) - Pre-listing Psychosocial Evaluation",
"Patient: Darnell Reyes (FICTIONAL)   MRN FICT-2204-118   DOB 03/09/1974   Date of evaluation: 10/14/2026",
"Evaluator: M. Osei, LCSW (fictional)   Phone 555-0131",
"",
"REASON FOR EVALUATION",
"Candidate for deceased-donor kidney transplant; on in-center hemodialysis three times weekly since 2023.",
"",
"PSYCHIATRIC HISTORY",
"Major depressive disorder, recurrent. First episode in 2011 after his father died.",
"- Citalopram 20 mg, 2011-2012: 'felt like myself again' by spring 2012; his doctor tapered it off once he was well.",
"- Sertraline 100 mg, 03/2024-09/2024: nausea every morning, could not keep breakfast down; he stopped it.",
"- Mirtazapine 15 mg at night since 10/2024, started by his nephrologist for low mood and poor appetite.",
"  He says it 'helps me sleep and eat, but the low mood is the same as before.'",
"- Lithium: never used (kidney function). Bupropion: nephrology advised against it; never started.",
"",
"CURRENT MEDICATIONS",
"Mirtazapine 15 mg at bedtime; sevelamer 800 mg with meals; epoetin alfa at dialysis; calcitriol 0.25 mcg daily.",
"His wife keeps her own escitalopram in the same pill organizer; he does not take it.",
],[
"FICTIONAL SAMPLE - Darnell Reyes (FICTIONAL) - psychosocial evaluation, continued",
"",
"PSYCHOTHERAPY",
"CBT by telehealth, 12 sessions, 01/2025-04/2025: 'I learned to catch my thoughts. I'd say 50% better.'",
"",
"SCREENING",
"PHQ-9 today (10/14/2026): 16.  PHQ-9 at sertraline start (03/2024): 19.",
"Denies suicidal ideation, intent or plan; no past attempts.",
"",
"DIAGNOSES",
"F33.1 major depressive disorder, recurrent, moderate",
"N18.6 end stage renal disease;  Z99.2 dependence on renal dialysis",
"",
"PLAN",
"Psychiatry referral. Consider adding aripiprazole if the transplant team agrees; nothing started today.",
"Candidate is psychosocially acceptable for listing, with follow-up of mood.",
]])],
history=[
R("citalopram","SSRI","antidepressant","20 mg","2011","2012","felt like myself again; tapered off once well","remission",F,1,"- Citalopram 20 mg, 2011-2012: 'felt like myself again' by spring 2012; his doctor tapered it off once he was well."),
R("sertraline","SSRI","antidepressant","100 mg","2024-03","2024-09","nausea every morning; he stopped it","side_effects",F,1,"- Sertraline 100 mg, 03/2024-09/2024: nausea every morning, could not keep breakfast down; he stopped it."),
R("mirtazapine","NaSSA","antidepressant","15 mg","2024-10",None,"helps me sleep and eat, but the low mood is the same as before","no_response",F,1,"He says it 'helps me sleep and eat, but the low mood is the same as before.'"),
R("CBT","psychotherapy","psychotherapy","12 sessions","2025-01","2025-04","I'd say 50% better","partial_response",F,2,"CBT by telehealth, 12 sessions, 01/2025-04/2025: 'I learned to catch my thoughts. I'd say 50% better.'"),
],
scales=[S("PHQ-9",16,"2026-10-14",F,2,"PHQ-9 today (10/14/2026): 16."), S("PHQ-9",19,"2024-03",F,2,"PHQ-9 at sertraline start (03/2024): 19.")],
diagnoses=[D("F33.1",F,2,"F33.1 major depressive disorder, recurrent, moderate"), D("N18.6",F,2,"N18.6 end stage renal disease"), D("Z99.2",F,2,"Z99.2 dependence on renal dialysis")],
suicidality=SU("none",F,2,"Denies suicidal ideation, intent or plan; no past attempts."),
))

# ---------------------------------------------------------------- 02
F = "crisis_line_followup_log.txt"
CASES.append(dict(
slug="02-crisis-line-followup-call-log-txt",
note="FICTIONAL case. A regional crisis line's follow-up call log (three calls), plain text. Rows: fluoxetine 2015-2016 (worked, came off: remission), escitalopram 12/2025-03/2026 (too tired: side effects), venlafaxine XR since 06/2026 (partial, current), DBT skills group from 11/04/2026 (too early: unknown, open). Not rows: roommate's clonazepam, bupropion never obtained (prior auth), venlafaxine 225 mg only discussed, diphenhydramine for sleep. No scales, no codes.",
docs=[(F, "txt", [[
"FICTIONAL SAMPLE - Three Rivers Crisis and Support Line (fictional) - follow-up call log",
"==========================================================================================",
"Caller: Ines Walker (FICTIONAL)   Record FICT-CL-55820   Callback number 555-0147",
"",
"CALL 1 - 11/02/2026 19:40 - counselor J. Park (fictional)",
"---------------------------------------------------------",
"Caller reached out after a hard week at work. Says she has thoughts that everyone would be better off if she",
"were dead; no plan, no intent, no firearm at home. Agreed to safety plan and to follow-up calls.",
"C-SSRS screener: yes to wish to be dead; no to active thoughts; no behavior.",
"Current medicine: venlafaxine XR 150 mg since June 2026 from her PCP.",
"Past: escitalopram 10 mg 12/2025-03/2026, stopped it herself: 'made me so tired I slept through my shifts.'",
"In college she took fluoxetine, 2015-2016: 'it worked, I came off it after graduation.'",
"Her PCP prescribed bupropion in 2024; the pharmacy needed a prior authorization and she never got it.",
"Her roommate gave her a few of his clonazepam last month; counselor advised against it.",
"",
"CALL 2 - 11/09/2026 18:15 - counselor J. Park",
"---------------------------------------------",
"Started a DBT skills group (dialectical behavior therapy) at Harbor Counseling (fictional) on 11/04/2026.",
"Takes diphenhydramine 25 mg some nights for sleep. No thoughts of death since call 1.",
"",
"CALL 3 - 11/23/2026 20:05 - counselor R. Ames (fictional)",
"---------------------------------------------------------",
"On the venlafaxine: 'the crying spells are fewer, but I'm still not me.'",
"Her PCP talked about going up to 225 mg; she has not decided.",
"DBT group: two sessions so far; she says it is 'too early to say.'",
"Denies thoughts of death today. Follow-up calls closed; line number given again.",
]])],
history=[
R("fluoxetine","SSRI","antidepressant",None,"2015","2016","it worked, I came off it after graduation","remission",F,1,"In college she took fluoxetine, 2015-2016: 'it worked, I came off it after graduation.'"),
R("escitalopram","SSRI","antidepressant","10 mg","2025-12","2026-03","made me so tired I slept through my shifts","side_effects",F,1,"Past: escitalopram 10 mg 12/2025-03/2026, stopped it herself: 'made me so tired I slept through my shifts.'"),
R("venlafaxine","SNRI","antidepressant","150 mg","2026-06",None,"the crying spells are fewer, but I'm still not me","partial_response",F,1,"On the venlafaxine: 'the crying spells are fewer, but I'm still not me.'"),
R("dialectical behavior therapy","psychotherapy","psychotherapy","2 sessions","2026-11-04",None,"too early to say","unknown",F,1,"DBT group: two sessions so far; she says it is 'too early to say.'"),
],
scales=[], diagnoses=[],
suicidality=SU("passive",F,1,"Says she has thoughts that everyone would be better off if she"),
))

# ---------------------------------------------------------------- 03
F = "scs_psych_clearance_2026-09-30.docx"
CASES.append(dict(
slug="03-spinal-cord-stimulator-psych-clearance-docx",
note="FICTIONAL case. Pain psychologist's clearance for a spinal cord stimulator trial, DOCX with a medication table. Rows: sertraline 2009-2010 (remission), duloxetine 2022-2023 (dizzy, sweating: side effects), escitalopram since 01/2024 (60% of who I was: partial, current), quetiapine added 06-08/2025 (augmentation, side effects), pain-focused CBT 8 sessions 2024 (mood unchanged: no response). Not rows: nortriptyline for sleep and pain, pregabalin, hydrocodone, ACT declined, SCS itself.",
docs=[(F, "docx", [[
"FICTIONAL SAMPLE - Mesa Verde Pain Psychology (fictional)",
"Pre-implant psychological evaluation: spinal cord stimulator trial",
"Patient: Gloria Han (FICTIONAL)   Chart FICT-PP-3091   Date: 09/30/2026   Phone 555-0162",
"Referred by the interventional pain physician for clearance before a stimulator trial for lumbar radicular pain.",
"Mood history",
"Depression since her early thirties. After her divorce she took sertraline 2009-2010: 'it did the trick'; she stopped after a year, well.",
"Medication history (from her records and interview)",
"| Drug | Dates | Dose | Prescribed for | What happened",
"| Duloxetine | 2022-2023 | 60 mg | pain and mood | dizzy and sweating; stopped after 5 weeks",
"| Nortriptyline | 2023 | 25 mg at night | sleep and pain | still takes it some nights",
"| Escitalopram | 01/2024-present | 20 mg | depression | 'about 60% of who I was'",
"| Quetiapine | 06/2025-08/2025 | 50 mg | added to escitalopram for depression | gained 12 lb, felt drugged; stopped",
"| Pregabalin | 2021-present | 150 mg twice daily | nerve pain | some help for pain",
"| Hydrocodone-acetaminophen | 2020-present | 5/325 mg up to 3 a day | pain | unchanged",
"Psychotherapy",
"Pain-focused CBT, 8 sessions in 2024: sleep and pacing improved, mood unchanged.",
"Acceptance and commitment therapy was offered in 2025; she declined.",
"Measures today",
"PHQ-9: 13.  GAD-7: 9.  Average pain (NRS): 7/10.",
"Risk",
"Passive thoughts ('some days I'd rather not wake up') in early 2025; none now; never active ideation or attempts.",
"Diagnoses",
"F33.1 recurrent depression, moderate; M54.16 radiculopathy, lumbar region; G89.4 chronic pain syndrome.",
"Opinion",
"No psychological contraindication to a stimulator trial. Continue escitalopram and weekly psychotherapy.",
]])],
history=[
R("sertraline","SSRI","antidepressant",None,"2009","2010","it did the trick; stopped after a year, well","remission",F,1,"she took sertraline 2009-2010: 'it did the trick'; she stopped after a year, well."),
R("duloxetine","SNRI","antidepressant","60 mg","2022","2023","dizzy and sweating; stopped after 5 weeks","side_effects",F,1,"Duloxetine 2022-2023 60 mg pain and mood dizzy and sweating; stopped after 5 weeks"),
R("escitalopram","SSRI","antidepressant","20 mg","2024-01",None,"about 60% of who I was","partial_response",F,1,"Escitalopram 01/2024-present 20 mg depression 'about 60% of who I was'"),
R("quetiapine","atypical antipsychotic","augmentation","50 mg","2025-06","2025-08","gained 12 lb, felt drugged; stopped","side_effects",F,1,"Quetiapine 06/2025-08/2025 50 mg added to escitalopram for depression gained 12 lb, felt drugged; stopped"),
R("CBT","psychotherapy","psychotherapy","8 sessions","2024","2024","sleep and pacing improved, mood unchanged","no_response",F,1,"Pain-focused CBT, 8 sessions in 2024: sleep and pacing improved, mood unchanged."),
],
scales=[S("PHQ-9",13,"2026-09-30",F,1,"PHQ-9: 13."), S("GAD-7",9,"2026-09-30",F,1,"GAD-7: 9."), S("pain NRS",7,"2026-09-30",F,1,"Average pain (NRS): 7/10.")],
diagnoses=[D("F33.1",F,1,"F33.1 recurrent depression, moderate"), D("M54.16",F,1,"M54.16 radiculopathy, lumbar region"), D("G89.4",F,1,"G89.4 chronic pain syndrome")],
suicidality=SU("passive",F,1,"Passive thoughts ('some days I'd rather not wake up') in early 2025"),
))

# ---------------------------------------------------------------- 04
F = "hcv_clinic_visits.pdf"
CASES.append(dict(
slug="04-hepatitis-c-treatment-clinic-visits-pdf",
note="FICTIONAL case. Two hepatitis C treatment clinic visits, 2-page PDF. Rows: fluoxetine 2020-2021 (no different: no response), paroxetine 2021 (couldn't sleep, shaky: side effects), behavioral activation 6 sessions spring 2025 (a bit: partial), bupropion XL since 03/2025 listed p. 1, judged p. 2 (remission, current). Not rows: interferon 2014 (HCV, caused low mood), sofosbuvir-velpatasvir, methadone (OUD), trazodone for sleep, sister's sertraline, mirtazapine discussed not started.",
docs=[(F, "pdf", [[
"FICTIONAL SAMPLE - Eastgate Community Liver Clinic (fictional) - Visit note",
"Patient: Victor Almeida (FICTIONAL)   Chart FICT-HCV-7730   Visit 08/05/2026   Phone 555-0118",
"",
"HCV genotype 1a, treatment-naive to DAAs. Starting sofosbuvir-velpatasvir 400/100 mg daily x 12 weeks today.",
"In 2014 he had interferon for HCV; it was stopped after it caused severe low mood.",
"",
"Mood: depression since 2020.",
"- Fluoxetine 40 mg 2020-2021: 'no different' after most of a year.",
"- Paroxetine 20 mg, 2 months in 2021: 'couldn't sleep, shaky all day'; stopped.",
"- Behavioral activation with the clinic psychologist, 6 sessions, spring 2025: 'helped me get moving a bit.'",
"- Bupropion XL 300 mg since 03/2025 (current).",
"His sister takes sertraline and urges him to try it.",
"Mirtazapine discussed as an add-on today; he prefers to wait until HCV treatment is done.",
"",
"Medications: sofosbuvir-velpatasvir; methadone 90 mg daily (opioid treatment program); bupropion XL 300 mg;",
"trazodone 50 mg at bedtime for sleep.",
"PHQ-9 (08/05/2026): 14.  Denies SI.",
"Assessment: B18.2 chronic viral hepatitis C; F11.20 opioid use disorder on methadone; F32.1 depression, moderate.",
],[
"FICTIONAL SAMPLE - Victor Almeida (FICTIONAL) - Visit 10/28/2026",
"",
"Week 12 of sofosbuvir-velpatasvir; all doses taken per pharmacy. SVR12 labs to be drawn in January.",
"Medications unchanged: methadone 90 mg; bupropion XL 300 mg; trazodone 50 mg at bedtime for sleep.",
"Mood: on the bupropion he says 'honestly the best I've felt in years'; mood in remission by his report.",
"PHQ-9 (10/28/2026): 4.  Denies SI.",
"Plan: SVR12 in January; continue bupropion XL with his PCP.",
]])],
history=[
R("fluoxetine","SSRI","antidepressant","40 mg","2020","2021","no different after most of a year","no_response",F,1,"- Fluoxetine 40 mg 2020-2021: 'no different' after most of a year."),
R("paroxetine","SSRI","antidepressant","20 mg","2021","2021","couldn't sleep, shaky all day; stopped","side_effects",F,1,"- Paroxetine 20 mg, 2 months in 2021: 'couldn't sleep, shaky all day'; stopped."),
R("behavioral activation","psychotherapy","psychotherapy","6 sessions","2025","2025","helped me get moving a bit","partial_response",F,1,"- Behavioral activation with the clinic psychologist, 6 sessions, spring 2025: 'helped me get moving a bit.'"),
R("bupropion","NDRI","antidepressant","300 mg","2025-03",None,"honestly the best I've felt in years; mood in remission","remission",F,2,"Mood: on the bupropion he says 'honestly the best I've felt in years'; mood in remission by his report."),
],
scales=[S("PHQ-9",14,"2026-08-05",F,1,"PHQ-9 (08/05/2026): 14."), S("PHQ-9",4,"2026-10-28",F,2,"PHQ-9 (10/28/2026): 4.")],
diagnoses=[D("B18.2",F,1,"B18.2 chronic viral hepatitis C"), D("F11.20",F,1,"F11.20 opioid use disorder on methadone"), D("F32.1",F,1,"F32.1 depression, moderate")],
suicidality=SU("none",F,2,"PHQ-9 (10/28/2026): 4.  Denies SI."),
))

# ---------------------------------------------------------------- 05
F = "reserve_pha_form_scan.pdf"
CASES.append(dict(
slug="05-reserve-periodic-health-assessment-form-scan",
note="FICTIONAL case. A military reserve unit's periodic health assessment self-report, image-only scanned PDF, 1 page. Rows: sertraline 04-10/2022 (felt normal: remission), venlafaxine ER 2023 (blood pressure: side effects), sertraline again 02/2024-now (helps some: partial), cognitive processing therapy 12 sessions 2024 (nightmares down, mood same: no response). Not rows: prazosin (nightmares), melatonin (sleep), ibuprofen. Self-harm ticked No.",
docs=[(F, "scan", [[
"FICTIONAL SAMPLE - NOT A REAL FORM - 412th Support Battalion (fictional), Army Reserve",
"PERIODIC HEALTH ASSESSMENT - SERVICE MEMBER SELF-REPORT          Date: 09/13/2026",
"Name: SGT Malik Brennan (FICTIONAL)     ID: FICT-0091-22     Unit phone 555-0104",
"",
"17. Behavioral health treatment in the past 5 years?    [X] Yes   [ ] No",
"18. List medicines taken for mood, sleep or stress (start / stop / why stopped):",
"    Sertraline 50 mg      04/2022 - 10/2022   worked - felt normal, doc stopped it",
"    Venlafaxine ER 75 mg  2023 - 2023         blood pressure went up, stopped",
"    Sertraline 100 mg     02/2024 - now       depression came back in 2024, helps some",
"    Prazosin 2 mg         2024 - now          for nightmares",
"    Melatonin 3 mg        now                 sleep",
"19. Counseling / therapy:",
"    Cognitive processing therapy, 12 sessions, 2024, Vet Center (fictional):",
"    nightmares down, mood same as before",
"20. Other medicines: ibuprofen 600 mg as needed (knee)",
"21. In the past year, thoughts of harming yourself?   [ ] Yes   [X] No",
"22. Clinic use only:  PHQ-9: 8",
"    Dx: F43.10, F33.1    Reviewed: Lt. A. Greer, PA (fictional)",
]])],
history=[
R("sertraline","SSRI","antidepressant","50 mg","2022-04","2022-10","worked - felt normal, doc stopped it","remission",F,1,"Sertraline 50 mg 04/2022 - 10/2022 worked - felt normal, doc stopped it"),
R("venlafaxine","SNRI","antidepressant","75 mg","2023","2023","blood pressure went up, stopped","side_effects",F,1,"Venlafaxine ER 75 mg 2023 - 2023 blood pressure went up, stopped"),
R("sertraline","SSRI","antidepressant","100 mg","2024-02",None,"depression came back in 2024, helps some","partial_response",F,1,"Sertraline 100 mg 02/2024 - now depression came back in 2024, helps some"),
R("cognitive processing therapy","psychotherapy","psychotherapy","12 sessions","2024","2024","nightmares down, mood same as before","no_response",F,1,"nightmares down, mood same as before"),
],
scales=[S("PHQ-9",8,"2026-09-13",F,1,"PHQ-9: 8")],
diagnoses=[D("F43.10",F,1,"Dx: F43.10, F33.1"), D("F33.1",F,1,"Dx: F43.10, F33.1")],
suicidality=SU("none",F,1,"21. In the past year, thoughts of harming yourself? [ ] Yes [X] No"),
))

# ---------------------------------------------------------------- 06
F = "tinnitus_clinic_notes.txt"
CASES.append(dict(
slug="06-audiology-tinnitus-clinic-notes-txt",
note="FICTIONAL case. Audiology/ENT tinnitus clinic notes, two visits, plain text. Rows: citalopram 2018 (ringing louder: side effects), vortioxetine 2019-2020 (took the edge off; stopped for insurance, which decides nothing: partial), escitalopram since 07/2026, judged at visit 2 (80 percent back: partial, current). Not rows: nortriptyline and gabapentin tried for tinnitus, CBT for tinnitus distress 2025 (another condition), sound generators, clonazepam for sleep, husband's trazodone. THI not a contract scale.",
docs=[(F, "txt", [[
"FICTIONAL SAMPLE - Northshore Hearing and Balance Center (fictional) - Tinnitus clinic",
"Patient: Beatrice Lowell (FICTIONAL)   Chart FICT-AUD-4406   Phone 555-0173",
"",
"VISIT 1 - 09/10/2026 - Dr. P. Nakamura, AuD (fictional)",
"-------------------------------------------------------",
"Bilateral tinnitus since 2017, worse on the left. THI 58 (moderate handicap).",
"Tried for the tinnitus by ENT: nortriptyline 10 mg in 2025 (no help for the ringing); gabapentin 300 mg.",
"CBT for tinnitus distress, 8 sessions in 2025: the ringing bothers her less.",
"Mood history (patient report): depression on and off since 2018.",
"  Citalopram 20 mg in 2018 for a few weeks, stopped: 'it made the ringing louder.'",
"  Vortioxetine 10 mg 2019-2020: 'took the edge off'; stopped when her insurance changed.",
"  Escitalopram 10 mg since 07/2026 from her PCP: too soon to tell, 'maybe sleeping a little better.'",
"Clonazepam 0.5 mg at bedtime for sleep. Her husband's trazodone is in the house; she does not take it.",
"PHQ-9 (09/10/2026): 15, item 9 scored 0.  GAD-7 (09/10/2026): 12.",
"Dx: H93.13 tinnitus, bilateral; F32.1 depressive episode, moderate.",
"Plan: sound generators fitted; tinnitus retraining counseling; mood follow-up with PCP.",
"",
"VISIT 2 - 11/19/2026 - Dr. P. Nakamura",
"--------------------------------------",
"Wearing sound generators daily. THI 40.",
"Escitalopram raised to 15 mg in October by her PCP: 'the dread is mostly gone, I'd say 80 percent back.'",
"PHQ-9 (11/19/2026): 9, item 9 scored 0. Denies suicidal thoughts.",
]])],
history=[
R("citalopram","SSRI","antidepressant","20 mg","2018","2018","it made the ringing louder; stopped","side_effects",F,1,"Citalopram 20 mg in 2018 for a few weeks, stopped: 'it made the ringing louder.'"),
R("vortioxetine","multimodal","antidepressant","10 mg","2019","2020","took the edge off","partial_response",F,1,"Vortioxetine 10 mg 2019-2020: 'took the edge off'; stopped when her insurance changed."),
R("escitalopram","SSRI","antidepressant","15 mg","2026-07",None,"the dread is mostly gone, I'd say 80 percent back","partial_response",F,1,"Escitalopram raised to 15 mg in October by her PCP: 'the dread is mostly gone, I'd say 80 percent back.'"),
],
scales=[S("PHQ-9",15,"2026-09-10",F,1,"PHQ-9 (09/10/2026): 15"), S("GAD-7",12,"2026-09-10",F,1,"GAD-7 (09/10/2026): 12."), S("PHQ-9",9,"2026-11-19",F,1,"PHQ-9 (11/19/2026): 9")],
diagnoses=[D("H93.13",F,1,"H93.13 tinnitus, bilateral"), D("F32.1",F,1,"F32.1 depressive episode, moderate")],
suicidality=SU("none",F,1,"PHQ-9 (11/19/2026): 9, item 9 scored 0. Denies suicidal thoughts."),
))

# ---------------------------------------------------------------- 07
F = "movement_disorders_visit_2026-11-03.pdf"
CASES.append(dict(
slug="07-parkinson-movement-disorders-clinic-pdf",
note="FICTIONAL case. Movement disorders clinic visit for Parkinson disease, 2-page PDF. Rows: sertraline 2023-2024 (tremor worse: side effects), nortriptyline 2024-2025 (halfway, stopped for constipation and dizziness: side effects), problem-solving therapy 6 sessions 2024 (didn't get much: no response), venlafaxine XR since 04/2025 listed p. 1, judged p. 2 (remission, current). Not rows: carbidopa-levodopa, rasagiline, pramipexole (PD; lifts mood a bit), mirtazapine 7.5 mg for sleep only, ECT declined, boxing class. GDS-15 not a contract scale.",
docs=[(F, "pdf", [[
"FICTIONAL SAMPLE - Harborview Movement Disorders Program (fictional) - Return visit 11/03/2026",
"Patient: Harold Lindqvist (FICTIONAL)   MRN FICT-MD-60214   Age 68   Phone 555-0125",
"",
"Parkinson disease diagnosed 2021, right-sided onset. Here with his wife.",
"Motor: mild bradykinesia, rest tremor right hand; no dyskinesia or wearing-off.",
"",
"Medications: carbidopa-levodopa 25/100 three times daily; rasagiline 1 mg daily; pramipexole 0.5 mg",
"three times daily (his wife thinks it also lifts his mood a bit); venlafaxine XR 75 mg daily since 04/2025.",
"",
"Depression in Parkinson disease, since 2022. Earlier treatment:",
"- Sertraline 50 mg 2023-2024: his tremor got worse and he stopped it.",
"- Nortriptyline 25-50 mg 2024-2025: mood lifted about halfway, then stopped for constipation and dizziness on standing.",
"- Problem-solving therapy with the clinic social worker, 6 sessions in 2024: 'didn't get much out of it.'",
"- Mirtazapine 7.5 mg at bedtime in 2025, for sleep only; stopped.",
"- ECT was discussed in 2025; he declined.",
],[
"FICTIONAL SAMPLE - Harold Lindqvist (FICTIONAL) - Return visit 11/03/2026, continued",
"",
"Mood today: on the venlafaxine his wife says he is 'back to puttering in the garage and laughing at the TV';",
"he agrees he feels well. GDS-15: 3.",
"HAM-D 22 at venlafaxine start (04/2025); HAM-D today (11/03/2026): 6.",
"No thoughts of death or suicide.",
"",
"Impression: G20.A1 Parkinson disease without dyskinesia, without fluctuations;",
"F06.31 depressive disorder due to Parkinson disease, now well controlled.",
"Plan: continue current medicines; keep the boxing class for Parkinson twice weekly; return in 6 months.",
]])],
history=[
R("sertraline","SSRI","antidepressant","50 mg","2023","2024","tremor got worse and he stopped it","side_effects",F,1,"- Sertraline 50 mg 2023-2024: his tremor got worse and he stopped it."),
R("nortriptyline","TCA","antidepressant","50 mg","2024","2025","lifted about halfway, then stopped for constipation and dizziness on standing","side_effects",F,1,"- Nortriptyline 25-50 mg 2024-2025: mood lifted about halfway, then stopped for constipation and dizziness on standing."),
R("problem-solving therapy","psychotherapy","psychotherapy","6 sessions","2024","2024","didn't get much out of it","no_response",F,1,"- Problem-solving therapy with the clinic social worker, 6 sessions in 2024: 'didn't get much out of it.'"),
R("venlafaxine","SNRI","antidepressant","75 mg","2025-04",None,"back to puttering in the garage and laughing at the TV; he feels well","remission",F,2,"Mood today: on the venlafaxine his wife says he is 'back to puttering in the garage and laughing at the TV';"),
],
scales=[S("HAM-D",22,"2025-04",F,2,"HAM-D 22 at venlafaxine start (04/2025)"), S("HAM-D",6,"2026-11-03",F,2,"HAM-D today (11/03/2026): 6.")],
diagnoses=[D("G20.A1",F,2,"G20.A1 Parkinson disease without dyskinesia, without fluctuations"), D("F06.31",F,2,"F06.31 depressive disorder due to Parkinson disease")],
suicidality=SU("none",F,2,"No thoughts of death or suicide."),
))

# ---------------------------------------------------------------- 08
F = "preop_anesthesia_evaluation.docx"
CASES.append(dict(
slug="08-orthopedic-preop-anesthesia-evaluation-docx",
note="FICTIONAL case. Pre-operative anesthesia evaluation before a knee replacement, DOCX with a medication reconciliation table. Rows: sertraline 2016-2017 (no response), duloxetine 2018-2019 (helped, then lost it: relapse), aripiprazole added to duloxetine 2019 (akathisia: augmentation, side effects), ECT 12 treatments 2021 (well six months, then back: relapse), phenelzine since 01/2023 (remission, current). Not rows: tramadol/meperidine to avoid, oxycodone after surgery planned, zolpidem for sleep, holding phenelzine only discussed. Attempt 2020.",
docs=[(F, "docx", [[
"FICTIONAL SAMPLE - Cedar Point Orthopedic Surgery Center (fictional)",
"Pre-anesthesia evaluation",
"Patient: Teresa Vukovic (FICTIONAL)   MRN FICT-OR-88120   Date: 11/16/2026   Phone 555-0189",
"Procedure: right total knee replacement, scheduled 12/14/2026.",
"Medication reconciliation",
"| Medication | Dose | Indication | Status",
"| Phenelzine | 15 mg three times daily | depression | since 01/2023; continue through surgery",
"| Zolpidem | 5 mg | sleep, as needed | hold night before surgery",
"| Meloxicam | 15 mg daily | knee pain | stop 7 days before surgery",
"| Atorvastatin | 20 mg daily | cholesterol | continue",
"Psychiatric history (from her psychiatrist's letter of 11/02/2026)",
"Treatment-resistant recurrent depression. Past trials: sertraline 200 mg 2016-2017, no response; duloxetine 120 mg 2018-2019, a good response for some months and then she lost it while still taking it.",
"Aripiprazole 5 mg was added to duloxetine in 2019; akathisia, stopped within a month.",
"ECT in 2021, 12 treatments: well for about six months, then the depression came back.",
"Suicide attempt by overdose in 2020, before the ECT course.",
"On phenelzine she has been in remission since mid-2023; 'it's the only one that ever worked,' she says.",
"PHQ-9 today: 3.",
"Anesthesia considerations",
"MAOI: avoid meperidine, tramadol, methadone and dextromethorphan; indirect vasopressors with caution. Holding phenelzine two weeks before surgery was discussed; her psychiatrist advises continuing it, and we agree.",
"Postoperative pain plan: nerve block, acetaminophen, low-dose oxycodone if needed.",
"Diagnoses: M17.11 primary osteoarthritis, right knee; F33.42 recurrent depression, in full remission.",
]])],
history=[
R("sertraline","SSRI","antidepressant","200 mg","2016","2017","no response","no_response",F,1,"sertraline 200 mg 2016-2017, no response"),
R("duloxetine","SNRI","antidepressant","120 mg","2018","2019","a good response for some months and then she lost it while still taking it","relapse",F,1,"duloxetine 120 mg 2018-2019, a good response for some months and then she lost it while still taking it."),
R("aripiprazole","atypical antipsychotic","augmentation","5 mg","2019","2019","akathisia, stopped within a month","side_effects",F,1,"Aripiprazole 5 mg was added to duloxetine in 2019; akathisia, stopped within a month."),
R("ECT","neuromodulation","neuromodulation","12 treatments","2021","2021","well for about six months, then the depression came back","relapse",F,1,"ECT in 2021, 12 treatments: well for about six months, then the depression came back."),
R("phenelzine","MAOI","antidepressant","15 mg three times daily","2023-01",None,"in remission since mid-2023; the only one that ever worked","remission",F,1,"On phenelzine she has been in remission since mid-2023; 'it's the only one that ever worked,' she says."),
],
scales=[S("PHQ-9",3,"2026-11-16",F,1,"PHQ-9 today: 3.")],
diagnoses=[D("M17.11",F,1,"M17.11 primary osteoarthritis, right knee"), D("F33.42",F,1,"F33.42 recurrent depression, in full remission")],
suicidality=SU("attempt",F,1,"Suicide attempt by overdose in 2020, before the ECT course."),
))

# ---------------------------------------------------------------- 09
F = "quit_smoking_clinic_notes.txt"
CASES.append(dict(
slug="09-smoking-cessation-clinic-visits-txt",
note="FICTIONAL case. Tobacco treatment clinic visits, plain text. Rows: citalopram 2019-2021 (worked, then the fog came back while on it: relapse), IPT 12 sessions 2022 (helped with the layoff, not the depression: no response), sertraline since 2022 (90%, last 10% never came: partial, current). Not rows: bupropion SR started 09/2026 for smoking, varenicline 2024 (vivid dreams; smoking), nicotine patch and gum, wife's nortriptyline, melatonin. Passive death wishes 2019.",
docs=[(F, "txt", [[
"FICTIONAL SAMPLE - Riverside Tobacco Treatment Clinic (fictional)",
"Patient: Omar Haddad (FICTIONAL)   Chart FICT-TTC-2218   Phone 555-0156",
"",
"INTAKE 09/08/2026 - T. Brandt, NP (fictional)",
"---------------------------------------------",
"Smokes 20 cigarettes a day for 25 years. Prior quit attempt with varenicline in 2024: vivid dreams, stopped.",
"Depression history: citalopram 20 mg 2019-2021 worked well at first, then 'the fog came back' in 2021",
"although he never missed a dose. Passive death wishes in 2019, before citalopram; none since.",
"Interpersonal therapy (IPT), 12 sessions in 2022: 'it helped with the layoff, not with the depression.'",
"Current: sertraline 150 mg daily since 2022 (PCP).",
"His wife takes nortriptyline for migraines. Melatonin 3 mg some nights.",
"PHQ-9 (09/08/2026): 7.",
"Plan: bupropion SR 150 mg daily x 3 days, then twice daily, for smoking; nicotine patch 21 mg; quit date 09/22.",
"Dx: F17.210 nicotine dependence, cigarettes; F33.41 recurrent depression, in partial remission.",
"",
"FOLLOW-UP 10/20/2026 - T. Brandt, NP",
"------------------------------------",
"Quit on 09/22; 4 cigarettes since. Bupropion SR for smoking and patch tolerated; gum added for cravings.",
"Mood on sertraline: 'It keeps me level. I'd call it 90% - the last 10% never came.'",
"PHQ-9 (10/20/2026): 6. Denies suicidal thoughts.",
]])],
history=[
R("citalopram","SSRI","antidepressant","20 mg","2019","2021","worked well at first, then the fog came back although he never missed a dose","relapse",F,1,"citalopram 20 mg 2019-2021 worked well at first, then 'the fog came back' in 2021"),
R("IPT","psychotherapy","psychotherapy","12 sessions","2022","2022","it helped with the layoff, not with the depression","no_response",F,1,"Interpersonal therapy (IPT), 12 sessions in 2022: 'it helped with the layoff, not with the depression.'"),
R("sertraline","SSRI","antidepressant","150 mg","2022",None,"It keeps me level. I'd call it 90% - the last 10% never came.","partial_response",F,1,"Mood on sertraline: 'It keeps me level. I'd call it 90% - the last 10% never came.'"),
],
scales=[S("PHQ-9",7,"2026-09-08",F,1,"PHQ-9 (09/08/2026): 7."), S("PHQ-9",6,"2026-10-20",F,1,"PHQ-9 (10/20/2026): 6.")],
diagnoses=[D("F17.210",F,1,"F17.210 nicotine dependence, cigarettes"), D("F33.41",F,1,"F33.41 recurrent depression, in partial remission")],
suicidality=SU("passive",F,1,"Passive death wishes in 2019, before citalopram; none since."),
))

# ---------------------------------------------------------------- 10
F = "informe_psiquiatria_2026-11-12.pdf"
CASES.append(dict(
slug="10-informe-consulta-psiquiatria-privada-espanol-pdf",
note="FICTIONAL case (MUESTRA FICTICIA). A private psychiatry consultation report in Spanish, 2-page PDF. Rows: fluoxetina 2017-2018 (retirada por mejoría completa: remission), vortioxetina 01-06/2025 (sin mejoría: no response), TCC 10 sesiones 2025 (el ánimo no cambió: no response), duloxetina since 07/2025, judged p. 2 (respuesta parcial, current), aripiprazol added to duloxetina 02-04/2026 (inquietud: augmentation, side effects). Not rows: lorazepam si ansiedad, zolpidem para dormir, levotiroxina (hipotiroidismo), mother's escitalopram, EMT only proposed, TEC never.",
docs=[(F, "pdf", [[
"MUESTRA FICTICIA / FICTIONAL SAMPLE - Consulta de Psiquiatría Dra. Elena Sorní (ficticia), Valencia",
"INFORME CLÍNICO   Fecha: 12/11/2026   Tel. 555-0177",
"Paciente: Lucía Ferrer Albalat (FICTICIA)   NHC FICT-VAL-30417   Edad: 41 años",
"",
"MOTIVO: informe solicitado por la paciente para su aseguradora (tratamientos previos).",
"",
"ANTECEDENTES PSIQUIÁTRICOS",
"Primer episodio depresivo en 2017.",
"- Fluoxetina 20 mg (2017-2018): buena respuesta; se retiró al año por mejoría completa.",
"- Vortioxetina 10-20 mg (01/2025-06/2025): sin mejoría apreciable.",
"- Terapia cognitivo-conductual, 10 sesiones en 2025 en su centro de salud: le ayudó a ordenar el día;",
"  el ánimo no cambió.",
"- Duloxetina 60 mg desde 07/2025 (tratamiento actual).",
"- Aripiprazol 2,5 mg añadido a la duloxetina (02/2026-04/2026): inquietud, no podía estar sentada; se suspendió.",
"- Nunca ha recibido TEC.",
"",
"OTROS TRATAMIENTOS: levotiroxina 75 mcg (hipotiroidismo); lorazepam 1 mg si ansiedad;",
"zolpidem 5 mg para dormir. Su madre toma escitalopram; la paciente nunca lo ha tomado.",
],[
"MUESTRA FICTICIA / FICTIONAL SAMPLE - Lucía Ferrer Albalat (FICTICIA) - informe, página 2",
"",
"EXPLORACIÓN Y EVOLUCIÓN",
"Con duloxetina refiere 'estoy mejor, pero no como antes'; respuesta parcial.",
"Ideación de muerte pasiva sin planes ('a veces pienso que sería mejor no estar'); niega intentos.",
"MADRS (12/11/2026): 28.  PHQ-9 (12/11/2026): 15.",
"",
"DIAGNÓSTICO",
"F33.2 trastorno depresivo mayor recurrente, grave sin síntomas psicóticos.  E03.9 hipotiroidismo.",
"",
"PLAN",
"Se plantea estimulación magnética transcraneal (EMT); pendiente de autorización.",
"Mantener duloxetina 60 mg. Revisión en 4 semanas.",
]])],
history=[
R("fluoxetine","SSRI","antidepressant","20 mg","2017","2018","buena respuesta; se retiró al año por mejoría completa","remission",F,1,"- Fluoxetina 20 mg (2017-2018): buena respuesta; se retiró al año por mejoría completa."),
R("vortioxetine","multimodal","antidepressant","20 mg","2025-01","2025-06","sin mejoría apreciable","no_response",F,1,"- Vortioxetina 10-20 mg (01/2025-06/2025): sin mejoría apreciable."),
R("CBT","psychotherapy","psychotherapy","10 sesiones","2025","2025","le ayudó a ordenar el día; el ánimo no cambió","no_response",F,1,"- Terapia cognitivo-conductual, 10 sesiones en 2025 en su centro de salud: le ayudó a ordenar el día;"),
R("duloxetine","SNRI","antidepressant","60 mg","2025-07",None,"estoy mejor, pero no como antes; respuesta parcial","partial_response",F,2,"Con duloxetina refiere 'estoy mejor, pero no como antes'; respuesta parcial."),
R("aripiprazole","atypical antipsychotic","augmentation","2,5 mg","2026-02","2026-04","inquietud, no podía estar sentada; se suspendió","side_effects",F,1,"- Aripiprazol 2,5 mg añadido a la duloxetina (02/2026-04/2026): inquietud, no podía estar sentada; se suspendió."),
],
scales=[S("MADRS",28,"2026-11-12",F,2,"MADRS (12/11/2026): 28."), S("PHQ-9",15,"2026-11-12",F,2,"PHQ-9 (12/11/2026): 15.")],
diagnoses=[D("F33.2",F,2,"F33.2 trastorno depresivo mayor recurrente, grave sin síntomas psicóticos."), D("E03.9",F,2,"E03.9 hipotiroidismo.")],
suicidality=SU("passive",F,2,"Ideación de muerte pasiva sin planes ('a veces pienso que sería mejor no estar'); niega intentos."),
))

# ---------------------------------------------------------------- 11
F1, F2 = "medlist_photo_1.jpg", "medlist_photo_2.jpg"
CASES.append(dict(
slug="11-printed-med-list-with-handwritten-edits-photos",
note="FICTIONAL case. Two phone photos: a clinic's printed medication list the patient wrote on, and her handwritten list of older medicines. Rows: escitalopram 01-08/2026 (headaches: side effects), Paxil 2019-2020 (helped, then crashed again: relapse), Celexa 2021 (nothing at all: no response), CBT 12 visits 2022 (helped some: partial), Trintellix since 9/2026 (too soon: unknown, current). Not rows: trazodone for sleep, metformin, lisinopril, bupropion XL ordered but never filled, mother's Xanax. Overdose 2020.",
docs=[(F1, "jpg", [[
"FICTIONAL SAMPLE - Riverbend Family Medicine (fictional) - Phone 555-0108",
"ACTIVE MEDICATIONS as of 06/02/2026",
"Patient: Rosa Delgado-Pike (FICTIONAL)   MRN FICT-RB-11873",
"Escitalopram 20 mg tablet, 1 daily. Started 01/2026.",
"~   STOPPED 8/2026 - gave me headaches every day",
"Trazodone 50 mg tablet, 1 at bedtime for sleep.",
"Metformin 500 mg tablet, 1 twice daily.",
"Lisinopril 10 mg tablet, 1 daily.",
"Bupropion XL 150 mg tablet, 1 daily. Ordered 06/02/2026.",
"~   never filled - too $$$",
"PHQ-9 06/02/2026: 17",
"Problems: E11.9 type 2 diabetes; I10 hypertension; F33.1 depression, recurrent",
]]), (F2, "jpg", [[
"~FICTIONAL - my old meds (for the appeal) - Rosa",
"~Paxil 20 mg 2019-2020 - helped for a while, then I crashed again",
"~2020 - hospital after I took too many pills",
"~Celexa 2021, 3 months - nothing at all",
"~Therapy (CBT) 2022, 12 visits - helped some",
"~Took a couple of Mom's Xanax last year - not mine",
"~NOW: Trintellix 10 mg since 9/2026 - too soon to tell",
]])],
history=[
R("escitalopram","SSRI","antidepressant","20 mg","2026-01","2026-08","gave me headaches every day; stopped","side_effects",F1,1,"STOPPED 8/2026 - gave me headaches every day"),
R("paroxetine","SSRI","antidepressant","20 mg","2019","2020","helped for a while, then I crashed again","relapse",F2,1,"Paxil 20 mg 2019-2020 - helped for a while, then I crashed again"),
R("citalopram","SSRI","antidepressant",None,"2021","2021","nothing at all","no_response",F2,1,"Celexa 2021, 3 months - nothing at all"),
R("CBT","psychotherapy","psychotherapy","12 visits","2022","2022","helped some","partial_response",F2,1,"Therapy (CBT) 2022, 12 visits - helped some"),
R("vortioxetine","multimodal","antidepressant","10 mg","2026-09",None,"too soon to tell","unknown",F2,1,"NOW: Trintellix 10 mg since 9/2026 - too soon to tell"),
],
scales=[S("PHQ-9",17,"2026-06-02",F1,1,"PHQ-9 06/02/2026: 17")],
diagnoses=[D("E11.9",F1,1,"E11.9 type 2 diabetes"), D("I10",F1,1,"I10 hypertension"), D("F33.1",F1,1,"F33.1 depression, recurrent")],
suicidality=SU("attempt",F2,1,"2020 - hospital after I took too many pills"),
))

# ---------------------------------------------------------------- 12
F = "survivorship_visit_2026-11-24.pdf"
CASES.append(dict(
slug="12-breast-cancer-survivorship-clinic-visit-pdf",
note="FICTIONAL case. Breast cancer survivorship clinic visit, 1-page PDF. Rows: escitalopram 2022-2023 (got me through chemo, stopped when well: remission), sertraline 03-05/2025 (hot flashes worse, stopped: side effects), mindfulness-based stress reduction 8 weeks 2025 (sleep better, sadness not: no response), mirtazapine since 10/2026 (too early: unknown, current). Not rows: venlafaxine 37.5 mg for hot flashes, gabapentin, tamoxifen, paroxetine avoided, bupropion not advised, oxycodone left over. Active ideation with a method 05/2025 without intent.",
docs=[(F, "pdf", [[
"FICTIONAL SAMPLE - Bayside Cancer Center (fictional) - Survivorship Clinic - Visit 11/24/2026",
"Patient: Naomi Castellanos (FICTIONAL)   MRN FICT-ONC-51590   Age 49   Phone 555-0142",
"",
"Left breast cancer, stage IIA, 2022: surgery, chemotherapy, radiation. Tamoxifen 20 mg daily since 2023.",
"Hot flashes: venlafaxine 37.5 mg in 2024 for hot flashes, little help; now gabapentin 300 mg at night.",
"Paroxetine and fluoxetine are avoided with tamoxifen; bupropion also not advised. Never took them.",
"",
"Mood:",
"- Escitalopram 10 mg 2022-2023: 'got me through chemo'; stopped in 2023 once she felt well.",
"- Sertraline 50 mg 03/2025-05/2025: no better, and her hot flashes got worse; she stopped it.",
"- In 05/2025 she thought of overdosing on leftover oxycodone; no intent, no attempt. Oxycodone disposed of.",
"- Mindfulness-based stress reduction course, 8 weeks, 2025: 'my sleep improved; the sadness did not.'",
"- Mirtazapine 15 mg since 10/2026 for depression; she says it is too early to tell.",
"PHQ-9 (11/24/2026): 14.  GAD-7 (11/24/2026): 8.  No thoughts of death now.",
"",
"Assessment: Z85.3 personal history of breast cancer; Z79.810 long-term use of a SERM (tamoxifen);",
"F32.1 major depressive disorder, single episode, moderate.",
"Plan: continue tamoxifen and mirtazapine; psycho-oncology referral; recheck mood in 6 weeks.",
]])],
history=[
R("escitalopram","SSRI","antidepressant","10 mg","2022","2023","got me through chemo; stopped once she felt well","remission",F,1,"- Escitalopram 10 mg 2022-2023: 'got me through chemo'; stopped in 2023 once she felt well."),
R("sertraline","SSRI","antidepressant","50 mg","2025-03","2025-05","no better, and her hot flashes got worse; she stopped it","side_effects",F,1,"- Sertraline 50 mg 03/2025-05/2025: no better, and her hot flashes got worse; she stopped it."),
R("mindfulness-based stress reduction","psychotherapy","psychotherapy","8 weeks","2025","2025","my sleep improved; the sadness did not","no_response",F,1,"- Mindfulness-based stress reduction course, 8 weeks, 2025: 'my sleep improved; the sadness did not.'"),
R("mirtazapine","NaSSA","antidepressant","15 mg","2026-10",None,"too early to tell","unknown",F,1,"- Mirtazapine 15 mg since 10/2026 for depression; she says it is too early to tell."),
],
scales=[S("PHQ-9",14,"2026-11-24",F,1,"PHQ-9 (11/24/2026): 14."), S("GAD-7",8,"2026-11-24",F,1,"GAD-7 (11/24/2026): 8.")],
diagnoses=[D("Z85.3",F,1,"Z85.3 personal history of breast cancer"), D("Z79.810",F,1,"Z79.810 long-term use of a SERM (tamoxifen)"), D("F32.1",F,1,"F32.1 major depressive disorder, single episode, moderate.")],
suicidality=SU("active",F,1,"- In 05/2025 she thought of overdosing on leftover oxycodone; no intent, no attempt."),
))
