"""FICTIONAL cases of blind set notes51. Every person, clinic, number and place here is invented."""


def H(name, cls, kind, dose, start, end, outcome, oc, file, page, text, shown=(), words=None, seen=None):
    return dict(name=name, **{"class": cls}, kind=kind, dose=dose, start=start, end=end, outcome=outcome,
                outcome_class=oc, file=file, page=page, text=text, shown=shown,
                outcome_words=words if words is not None else [outcome], seen=seen or name)


CASES = []

# ------------------------------------------------------------------ 01
F = "ph_clinic_visits.pdf"
P1 = """## FICTIONAL RECORD - invented for software testing. Not a real patient.
## Lakeshore Pulmonary Vascular Clinic (FICTIONAL) - Return visit
Lakeshore Regional Hospital (fictional), 40 Fenwick Row, Harlow Bay | Tel (312) 555-0164 | Fax (312) 555-0165
Patient: Delia Marchetti-Oyelaran   DOB 03/19/1971   MRN FICT-PH-20417   Visit date: 05/14/2026
Clinician: Imogen Ashdale, MD (pulmonary hypertension)

## Problems
1. I27.0 primary pulmonary hypertension (WHO group 1), functional class II-III
2. F33.2 major depressive disorder, recurrent, severe, without psychotic features

## Interval history
Six-minute walk 388 m (was 402 m). More breathless on stairs. Sleeping poorly. Mood low; she says the breathlessness
"makes everything feel pointless". Followed by psychiatry (Dr. Rosalind Pike, fictional), who asked us to record the
psychiatric medicines because of interactions with her pulmonary vasodilators.

## Psychiatric treatment history (from the patient and Dr. Pike's letter of 04/2026)
- Sertraline 100 mg, 2019 to 2021: "it got me back to my old self." She and Dr. Pike tapered it off in 2021
  after a good year.
- Bupropion XL 300 mg, 01/2025 to 04/2025: "it never did much." Switched.
- Escitalopram 10 mg since 06/2025 (current): "It takes the edge off, but I'm still pretty low."
- Telehealth CBT, 12 sessions (02/2026 to 05/2026), last session this month: "I learned to pace myself with
  the breathlessness, but the depression stayed where it was."
- Mirtazapine was considered by Dr. Pike and not started because of weight concerns.
- Trazodone 50 mg at bedtime for sleep since 2024.
- Her husband takes venlafaxine; she has never taken it.

## Current medicines
Ambrisentan 10 mg daily; sildenafil 20 mg three times daily; furosemide 20 mg daily; escitalopram 10 mg daily;
trazodone 50 mg at bedtime.

## Screening
PHQ-9 today: 17 (item 9 = 0). Denies suicidal ideation.

## Assessment / plan
PAH stable to slightly worse; repeat echo in 3 months. Escitalopram with sildenafil: no change needed; ECG at next
visit for QTc. Depression remains severe; letter to Dr. Pike. Return in 5 months.
"""
P2 = """## FICTIONAL RECORD - invented for software testing. Not a real patient.
## Lakeshore Pulmonary Vascular Clinic (FICTIONAL) - Return visit
Patient: Delia Marchetti-Oyelaran   MRN FICT-PH-20417   Visit date: 10/08/2026
Clinician: Imogen Ashdale, MD

## Interval history
Echo unchanged. Walk 395 m. ECG 08/2026 showed a QTc of 498 ms on escitalopram with her other medicines.
Escitalopram was stopped in 09/2026 by Dr. Pike because of the prolonged QTc; repeat ECG 09/2026 QTc 451 ms.
Vortioxetine 10 mg was started by Dr. Pike on 09/22/2026; so far the patient says it is "too early to tell."
In September she had passive thoughts that "everyone would be better off without me"; no plan, no intent.

## Screening
PHQ-9 today: 15 (item 9 = 1).

## Current medicines
Ambrisentan 10 mg daily; sildenafil 20 mg three times daily; furosemide 20 mg daily; vortioxetine 10 mg daily;
trazodone 50 mg at bedtime.

## Plan
Continue PAH therapy. ECG in 4 weeks on vortioxetine. Dr. Pike follows the depression; she may consider
adding aripiprazole later - not started. Return in 4 months.
"""
CASES.append(dict(
    slug="51-01-pulmonary-hypertension-clinic-visits-pdf",
    note=("FICTIONAL case. Pulmonary hypertension clinic, two return visits in a 2-page PDF. Rows: sertraline "
          "2019-2021 (tapered when well: remission), bupropion XL 2025 (never did much: no response), escitalopram "
          "06/2025-09/2026 (partial at p. 1, then stopped for a prolonged QTc on p. 2: side effects), telehealth CBT "
          "(no response), vortioxetine from 2026-09-22 (too early to tell: unknown, current). Not rows: mirtazapine "
          "considered, trazodone for sleep, husband's venlafaxine, aripiprazole maybe later, PAH drugs."),
    files=[dict(name=F, kind="pdf", pages=[P1, P2])],
    history=[
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2019", "2021",
          "it got me back to my old self; tapered it off in 2021 after a good year", "remission", F, 1,
          "Sertraline 100 mg, 2019 to 2021: \"it got me back to my old self.\"",
          words=["it got me back to my old self", "tapered it off in 2021 after a good year"]),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2025-01", "2025-04", "it never did much",
          "no_response", F, 1, "Bupropion XL 300 mg, 01/2025 to 04/2025: \"it never did much.\"",
          shown=["01/2025", "04/2025"]),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-06", "2026-09",
          "stopped in 09/2026 because of the prolonged QTc (498 ms)", "side_effects", F, 2,
          "Escitalopram was stopped in 09/2026 by Dr. Pike because of the prolonged QTc",
          shown=["06/2025", "09/2026"], words=["because of the prolonged QTc", "QTc of 498 ms"]),
        H("cognitive behavioral therapy", "CBT", "psychotherapy", "12 sessions", "2026-02", "2026-05",
          "I learned to pace myself with the breathlessness, but the depression stayed where it was",
          "no_response", F, 1, "Telehealth CBT, 12 sessions (02/2026 to 05/2026)", shown=["02/2026", "05/2026"],
          seen="CBT"),
        H("vortioxetine", "serotonin modulator", "antidepressant", "10 mg", "2026-09-22", None, "too early to tell",
          "unknown", F, 2, "Vortioxetine 10 mg was started by Dr. Pike on 09/22/2026", shown=["09/22/2026"]),
    ],
    scales=[("PHQ-9", 17, "2026-05-14", F, 1, "PHQ-9 today: 17"), ("PHQ-9", 15, "2026-10-08", F, 2, "PHQ-9 today: 15")],
    diagnoses=[("I27.0", F, 1, "I27.0 primary pulmonary hypertension"),
               ("F33.2", F, 1, "F33.2 major depressive disorder, recurrent, severe, without psychotic features")],
    suicidality=("passive", F, 2, "In September she had passive thoughts that \"everyone would be better off without me\"; no plan, no intent."),
    absent_rows=["mirtazapine", "trazodone", "venlafaxine", "aripiprazole"],
))

# ------------------------------------------------------------------ 02
F = "cochlear_implant_psychology_screen.docx"
P = """FICTIONAL RECORD - invented for software testing. Not a real patient.
## Cochlear Implant Program (FICTIONAL) - Pre-implant psychology screen
Northgate Hearing Center (fictional), 9 Calloway Lane, Pell Ridge. Tel (503) 555-0118. Fax (503) 555-0119.
Patient: Harriet Q. Solberg-Ndiaye   DOB 08/02/1964   Chart FICT-CI-7730   Date of screen: 11/03/2026
Psychologist: Bram Okonkwo-Little, PhD. Interview held with live captioning and written notes.

## Reason for referral
Bilateral severe-to-profound hearing loss; candidate for a right cochlear implant. The team asks about mood,
expectations and support before surgery.

## Diagnoses
H90.3 sensorineural hearing loss, bilateral
F33.1 major depressive disorder, recurrent, moderate

## Mood history
Depression since her forties, worse as her hearing failed and she withdrew from her choir and book club. Treatments
she has had for depression are in the table; she brought her pharmacy printout and her therapist's letter.
| Treatment | Dates | Dose | What happened |
| Fluoxetine | 2016 to 2017 | 20 mg | "Gave me the shakes so bad I couldn't hold a cup." Her GP stopped it. |
| Citalopram | 03/2023 to 10/2023 | 20 mg | "No different on it at all." |
| CBT adapted for hearing loss (captioned video) | 01/2024 to 04/2024 | 10 sessions | "It helped me cope with the isolation. My mood is the same." |
| Duloxetine | since 06/2024 | 60 mg | "About halfway back to myself." Still taking it. |
She has never taken lithium. Her psychiatric NP raised adding aripiprazole; Harriet would rather wait until after the
surgery, and nothing was prescribed. Melatonin 3 mg some nights for sleep. Her sister's paroxetine is kept in the
same cabinet; she has not taken it.

## Measures today
PHQ-9: 14. GAD-7: 9.
She denies any thoughts of suicide or self-harm, now or in the past.

## Expectations and support
Realistic about the implant; husband and daughter will attend mapping sessions. No psychological contraindication.

## Recommendation
Proceed with candidacy. Continue duloxetine 60 mg and follow up with her NP. Recheck PHQ-9 three months after
activation.
"""
CASES.append(dict(
    slug="51-02-cochlear-implant-candidacy-psychology-screen-docx",
    note=("FICTIONAL case. Cochlear implant program's pre-implant psychology screen, DOCX with a treatment table. "
          "Rows: fluoxetine 2016-2017 (shakes, GP stopped it: side effects), citalopram 2023 (no different: no "
          "response), captioned CBT 2024 (coped with isolation, mood the same: no response), duloxetine since "
          "2024-06 (about halfway back: partial, current). Not rows: lithium never taken, aripiprazole raised and "
          "not prescribed, melatonin for sleep, sister's paroxetine."),
    files=[dict(name=F, kind="docx", pages=[P])],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2016", "2017",
          "Gave me the shakes so bad I couldn't hold a cup. Her GP stopped it.", "side_effects", F, 1,
          "\"Gave me the shakes so bad I couldn't hold a cup.\" Her GP stopped it.",
          words=["Gave me the shakes so bad I couldn't hold a cup", "Her GP stopped it"]),
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2023-03", "2023-10", "No different on it at all.",
          "no_response", F, 1, "\"No different on it at all.\"", shown=["03/2023", "10/2023"]),
        H("cognitive behavioral therapy", "CBT", "psychotherapy", "10 sessions", "2024-01", "2024-04",
          "It helped me cope with the isolation. My mood is the same.", "no_response", F, 1,
          "\"It helped me cope with the isolation. My mood is the same.\"", shown=["01/2024", "04/2024"], seen="CBT"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-06", None, "About halfway back to myself.",
          "partial_response", F, 1, "\"About halfway back to myself.\" Still taking it.", shown=["06/2024"]),
    ],
    scales=[("PHQ-9", 14, "2026-11-03", F, 1, "PHQ-9: 14."), ("GAD-7", 9, "2026-11-03", F, 1, "GAD-7: 9.")],
    diagnoses=[("H90.3", F, 1, "H90.3 sensorineural hearing loss, bilateral"),
               ("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate")],
    suicidality=("none", F, 1, "She denies any thoughts of suicide or self-harm, now or in the past."),
    absent_rows=["lithium", "aripiprazole", "melatonin", "paroxetine"],
))

# ------------------------------------------------------------------ 03
F = "erythromelalgia_pain_clinic_notes.txt"
P = """*** FICTIONAL RECORD - invented for software testing. Not a real patient. ***
CASCADE VALLEY PAIN MEDICINE (FICTIONAL) -- PROGRESS NOTES, EXPORTED 10/21/2026
Clinic phone (509) 555-0137   fax (509) 555-0138
PATIENT: Tobias Renfield-Akers   DOB 11/30/1980   ACCT FICT-PM-55012
PROVIDER: Mireille Vantongeren, MD (pain medicine)

=== VISIT 03/10/2026 ===
CC: burning, red, hot feet and hands, worse with heat and exercise; sleeps with feet in front of a fan.
DX:
  I73.81  erythromelalgia (primary, biopsy-confirmed small-fibre involvement)
  G89.4   chronic pain syndrome
  F33.1   major depressive disorder, recurrent, moderate
PAIN MEDICINE HISTORY (for the erythromelalgia pain):
  - Aspirin 325 mg daily, 03/2023 - 04/2023: no change in the burning, stopped.
  - Gabapentin 600 mg three times daily, 02/2024 - 08/2024: dizzy and foggy; no change in the burning; stopped.
  - Mexiletine 150 mg twice daily since 09/2024: burning down from 8/10 to about 5/10 - "a real help, not a cure."
    Continues; cardiology ECG 01/2026 normal.
  - Ketamine infusions for the pain were discussed; he is not keen and none are scheduled.
  - Topical lidocaine tried "here and there"; he cannot say whether it did anything.
MOOD:
  - Venlafaxine XR 150 mg (01/2023 - 05/2023), started by his PCP for depression: his flares became hotter and more
    frequent on it, so he stopped it.
  - Sertraline 100 mg since 07/2025 (PCP): "The sertraline has lifted my mood - I feel like myself again."
  - Denies ever taking lithium or an MAOI.
  - Partner's oxycodone is locked away; he has not used it.
SCORES: pain NRS 8/10 today (feet). PHQ-9 9.
PLAN: continue mexiletine 150 mg bid; cooling strategies; PT for deconditioning. Continue sertraline per PCP.
Return 6 months.

=== VISIT 10/20/2026 ===
Feet flaring through the summer heat wave; pain NRS 7/10 today.
Mood: "By September the low mood came back, even though I haven't missed a single sertraline." Sleeping 4 hours.
PHQ-9 16. Denies suicidal thoughts; no plan or intent.
Mexiletine 150 mg bid: "still a real help, not a cure" - continues.
PLAN: message to PCP re sertraline; he asks about a pain psychology group - referral placed, not yet started.
Return 3 months.
"""
CASES.append(dict(
    slug="51-03-erythromelalgia-pain-clinic-notes-txt",
    note=("FICTIONAL case. Pain medicine clinic notes for erythromelalgia with depression, two visits in one TXT "
          "export. Pain rows (kind other, the records code the pain): aspirin 2023 (no change: no response), "
          "gabapentin 2024 (dizzy and foggy, no change, stopped: side effects), mexiletine since 2024-09 (8/10 to "
          "5/10, a real help, not a cure: partial, current). Depression rows: venlafaxine XR 2023 (flares worse, "
          "stopped: side effects), sertraline since 2025-07 (like myself again, then the low mood back without a "
          "missed dose: relapse, current). Not rows: ketamine discussed, topical lidocaine (no dates, no judgment), "
          "lithium/MAOI denied, partner's oxycodone, pain psychology referral."),
    files=[dict(name=F, kind="txt", pages=[P])],
    history=[
        H("aspirin", "NSAID", "other", "325 mg", "2023-03", "2023-04", "no change in the burning, stopped",
          "no_response", F, 1, "Aspirin 325 mg daily, 03/2023 - 04/2023: no change in the burning, stopped.",
          shown=["03/2023", "04/2023"]),
        H("gabapentin", "gabapentinoid", "other", "600 mg", "2024-02", "2024-08",
          "dizzy and foggy; no change in the burning; stopped", "side_effects", F, 1,
          "Gabapentin 600 mg three times daily, 02/2024 - 08/2024: dizzy and foggy; no change in the burning; stopped.",
          shown=["02/2024", "08/2024"]),
        H("mexiletine", "antiarrhythmic", "other", "150 mg", "2024-09", None,
          "burning down from 8/10 to about 5/10 - a real help, not a cure", "partial_response", F, 1,
          "Mexiletine 150 mg bid: \"still a real help, not a cure\" - continues.", shown=["09/2024"],
          words=["burning down from 8/10 to about 5/10", "a real help, not a cure"]),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2023-01", "2023-05",
          "his flares became hotter and more frequent on it, so he stopped it", "side_effects", F, 1,
          "his flares became hotter and more frequent on it, so he stopped it.", shown=["01/2023", "05/2023"]),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-07", None,
          "I feel like myself again (03/10); by September the low mood came back, even though I haven't missed a single sertraline (10/20)",
          "relapse", F, 1,
          "\"By September the low mood came back, even though I haven't missed a single sertraline.\"",
          shown=["07/2025"], words=["I feel like myself again",
                                    "By September the low mood came back, even though I haven't missed a single sertraline"]),
    ],
    scales=[("pain NRS", 8, "2026-03-10", F, 1, "pain NRS 8/10 today (feet). PHQ-9 9."),
            ("PHQ-9", 9, "2026-03-10", F, 1, "pain NRS 8/10 today (feet). PHQ-9 9."),
            ("pain NRS", 7, "2026-10-20", F, 1, "pain NRS 7/10 today."),
            ("PHQ-9", 16, "2026-10-20", F, 1, "PHQ-9 16. Denies suicidal thoughts")],
    diagnoses=[("I73.81", F, 1, "I73.81  erythromelalgia"), ("G89.4", F, 1, "G89.4   chronic pain syndrome"),
               ("F33.1", F, 1, "F33.1   major depressive disorder, recurrent, moderate")],
    suicidality=("none", F, 1, "Denies suicidal thoughts; no plan or intent."),
    absent_rows=["ketamine", "lidocaine", "lithium", "oxycodone"],
))

# ------------------------------------------------------------------ 04
F = "ketamine_clinic_consult_letter.pdf"
P1 = """## FICTIONAL RECORD - invented for software testing. Not a real patient.
## Meridian Ketamine & Mood Clinic (FICTIONAL)
2200 Orrin Avenue, Suite 4, Tallis Point (fictional) | Tel (919) 555-0181 | Fax (919) 555-0182
Date: 11/16/2026
To: Lucas Ferreira-Banks, MD (referring psychiatrist, fictional)
Re: Marisol Vance-Tiwari, DOB 06/27/1988, clinic no. FICT-KMC-3091 - consultation 11/12/2026

Dear Dr. Ferreira-Banks,
Thank you for referring Ms. Vance-Tiwari, a 38-year-old teacher with recurrent major depression and generalized
anxiety. I saw her on 11/12/2026 for IV ketamine consultation.

Diagnoses: F33.2 major depressive disorder, recurrent, severe without psychotic features; F41.1 generalized
anxiety disorder.

Treatment history (from your records, the TMS practice's summary and her account):
1. Escitalopram 20 mg, 11/2023 to 01/2025: no better after a year at 20 mg, per your notes.
2. Aripiprazole 5 mg added to escitalopram 06/2024 to 09/2024: she could not sit still and paced the halls at
   night; you stopped it.
3. rTMS, left DLPFC, 36 sessions (02/2025 to 04/2025) at Harbor Lane TMS (fictional): PHQ-9 22 (02/03/2025) to
   11 (04/11/2025); the TMS summary calls it "a partial response, not a remission."
4. Desvenlafaxine 100 mg since 05/2025 (current): "It's like swallowing chalk - nothing changes."
She has never tried lithium. She declined ECT in 2025 after reading about memory effects. Esketamine nasal spray
was requested in 2026 and denied by her plan, so she has not had it.

Mental status and risk: tearful, slowed. She reports passive wishes not to wake up most days; no plan, no intent,
no past attempts. Her partner holds her medicines.

Scales at consultation (11/12/2026): MADRS 31; PHQ-9 19.

Plan: a series of six IV ketamine infusions (0.5 mg/kg over 40 minutes), to start in 12/2026 once authorized.
Continue desvenlafaxine 100 mg. Her sleep aid, hydroxyzine 25 mg at night, is unchanged. I will send the infusion
log and a summary after the series.

Sincerely,
Anneliese Oduya-Marsh, MD (fictional), Medical Director
"""
CASES.append(dict(
    slug="51-04-ketamine-clinic-consult-letter-with-tms-history-pdf",
    note=("FICTIONAL case. IV ketamine clinic's consultation letter to the referring psychiatrist, 1-page PDF, with a "
          "numbered treatment history including a TMS course. Rows: escitalopram 2023-2025 (no better: no response), "
          "aripiprazole 2024 added (akathisia, stopped: augmentation, side effects), rTMS 36 sessions 2025 (partial "
          "response, not a remission: neuromodulation, partial), desvenlafaxine since 2025-05 (nothing changes: no "
          "response, current). Not rows: the planned ketamine series, lithium never tried, ECT declined, esketamine "
          "denied, hydroxyzine for sleep."),
    files=[dict(name=F, kind="pdf", pages=[P1])],
    history=[
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-11", "2025-01", "no better after a year at 20 mg",
          "no_response", F, 1, "Escitalopram 20 mg, 11/2023 to 01/2025: no better after a year at 20 mg",
          shown=["11/2023", "01/2025"]),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-06", "2024-09",
          "she could not sit still and paced the halls at night; you stopped it", "side_effects", F, 1,
          "Aripiprazole 5 mg added to escitalopram 06/2024 to 09/2024: she could not sit still and paced the halls at night; you stopped it.",
          shown=["06/2024", "09/2024"]),
        H("transcranial magnetic stimulation", "rTMS", "neuromodulation", "36 sessions", "2025-02", "2025-04",
          "a partial response, not a remission (PHQ-9 22 to 11)", "partial_response", F, 1,
          "rTMS, left DLPFC, 36 sessions (02/2025 to 04/2025)", shown=["02/2025", "04/2025"], seen="rTMS",
          words=["a partial response, not a remission"]),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2025-05", None,
          "It's like swallowing chalk - nothing changes.", "no_response", F, 1,
          "Desvenlafaxine 100 mg since 05/2025 (current): \"It's like swallowing chalk - nothing changes.\"",
          shown=["05/2025"]),
    ],
    scales=[("PHQ-9", 22, "2025-02-03", F, 1, "PHQ-9 22 (02/03/2025)"),
            ("PHQ-9", 11, "2025-04-11", F, 1, "11 (04/11/2025)"),
            ("MADRS", 31, "2026-11-12", F, 1, "MADRS 31"),
            ("PHQ-9", 19, "2026-11-12", F, 1, "PHQ-9 19.")],
    diagnoses=[("F33.2", F, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features"),
               ("F41.1", F, 1, "F41.1 generalized anxiety disorder")],
    suicidality=("passive", F, 1, "She reports passive wishes not to wake up most days; no plan, no intent,"),
    absent_rows=["ketamine", "lithium", "electroconvulsive therapy", "esketamine", "hydroxyzine"],
))

# ------------------------------------------------------------------ 05
F = "ship_infirmary_log_scan.pdf"
P = """FICTIONAL RECORD - made up for software testing - not a real person
M/V CORAL MERIDIAN (fictional) - MEDICAL CENTRE DAILY LOG - page 14
Ship's physician: Dr. Ansel Kovacic-Reyes   Line: 1-800-555-0126
03 AUG 2026  0915  Crew: Jericho Tamayo-Lindqvist, galley, ID FICT-CRW-2281
S: 'feeling flat, can't get up for shift.' Low 3 wks. Sleep poor.
Hx per crew member + GP letter in his file:
 - Fluoxetine 20 mg 2022-2023: 'felt like myself again' - stopped
   with his GP ashore when well.
 - Sertraline 50 mg 04/2026 (GP ashore) until he ran out at sea in
   07/2026. Before running out: 'a bit better, not right yet.'
 - Cabinmate gave him 1 diazepam last week - told not to.
 - Asked for bupropion - not stocked on board, not given.
O: PHQ-9 = 13. Calm, slowed. No thoughts of suicide or self-harm
   (asked directly).
A: F33.1 recurrent depression, moderate. J06.9 head cold, mild.
P: Mirtazapine 15 mg at night x 7 nights for sleep from ship stock.
   Sertraline to be refilled at next port (Port Elvane, fictional).
   Review 3 days. Fit for light duty.
06 AUG 2026  1000  J. Tamayo-Lindqvist: sleeping better on mirtazapine.
   Cold settled. Light duty cont.
"""
CASES.append(dict(
    slug="51-05-cruise-ship-medical-centre-handwritten-log-scan",
    note=("FICTIONAL case. A ship's medical centre daily log page written by hand, scanned as an image-only PDF. "
          "Rows: fluoxetine 2022-2023 (felt like myself again, stopped with his GP when well: remission), sertraline "
          "04/2026-07/2026 (ran out at sea - a stop outside the drug; before it 'a bit better, not right yet': "
          "partial). Not rows: mirtazapine 15 mg for sleep, cabinmate's diazepam, bupropion asked for and not "
          "given, sertraline refill planned at the next port."),
    files=[dict(name=F, kind="scan", pages=[P])],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2022", "2023",
          "felt like myself again - stopped with his GP ashore when well", "remission", F, 1,
          "Fluoxetine 20 mg 2022-2023: 'felt like myself again' - stopped with his GP ashore when well.",
          words=["felt like myself again", "stopped with his GP ashore when well"]),
        H("sertraline", "SSRI", "antidepressant", "50 mg", "2026-04", "2026-07",
          "ran out at sea; before running out: a bit better, not right yet", "partial_response", F, 1,
          "Sertraline 50 mg 04/2026 (GP ashore) until he ran out at sea in 07/2026. Before running out: 'a bit better, not right yet.'", shown=["04/2026", "07/2026"],
          words=["a bit better, not right yet", "until he ran out at sea"]),
    ],
    scales=[("PHQ-9", 13, "2026-08-03", F, 1, "PHQ-9 = 13.", ["03 AUG 2026"])],
    diagnoses=[("F33.1", F, 1, "F33.1 recurrent depression, moderate"), ("J06.9", F, 1, "J06.9 head cold, mild")],
    suicidality=("none", F, 1, "No thoughts of suicide or self-harm (asked directly)."),
    absent_rows=["mirtazapine", "diazepam", "bupropion"],
))

# ------------------------------------------------------------------ 06
F1, F2 = "letter_photo_1.jpg", "letter_photo_2.jpg"
P1 = """FICTIONAL LETTER - invented for software testing. Not a real patient.
HARBOURVIEW PSYCHIATRY (fictional), 12 Quayside Terrace, Wellmere
Tel +1 (206) 555-0149 (US office)

15 September 2026
To: the psychiatrist taking over care (via the patient)

Re: Ms Wren Abernathy-Kaur, born 04/11/1979. Dates are day/month/year.

Ms Abernathy-Kaur is moving overseas and asked me to summarise her
care since 2019 for her new psychiatrist.

Diagnoses: F33.1 recurrent depressive disorder, current episode
moderate; F41.1 generalised anxiety disorder.

Treatment so far:
- Citalopram 20 mg, 02/2019 to 11/2019: no meaningful change in her
  mood; switched.
- Venlafaxine XL 225 mg, 01/2020 to 08/2023: a good response by mid
  2020; from early 2023 the low mood crept back despite full
  adherence at 225 mg.
- Lithium 600 mg added to venlafaxine, 03/2023 to 14/07/2023 (levels
  0.6-0.8): stopped on 14/07/2023 because of a coarse tremor and a
  rising TSH. HAM-D was 17 when lithium began (01/03/2023).
(continued overleaf)
"""
P2 = """FICTIONAL LETTER - page 2 - Ms W. Abernathy-Kaur

- Vortioxetine 20 mg, since 09/2023 (current): she describes herself
  as "about 60 per cent of who I was."
- Behavioural activation with our psychologist, 16 sessions, 04/2024
  to 08/2024: she got back to swimming and choir; the low mood
  lingered.

ECT has been discussed; she is not keen and it has not been given.
We had planned a trial of pramipexole; it was not started before her
move. Zopiclone 3.75 mg occasionally for sleep. Her partner's
mirtazapine is not hers.

Today (02/09/2026) PHQ-9 16 and GAD-7 12.
She denies suicidal thoughts now or in the past, and has never
self-harmed.

Yours sincerely,
Dr Perpetua Lindqvist-Obi (fictional), Consultant Psychiatrist
"""
CASES.append(dict(
    slug="51-06-overseas-psychiatrist-typed-transfer-letter-photos",
    note=("FICTIONAL case. Two phone photos of a typed two-page transfer letter from a psychiatrist abroad; dates are "
          "day/month/year. Rows: citalopram 2019 (no meaningful change: no response), venlafaxine XL 2020-2023 "
          "(good response, then the low mood crept back despite adherence: relapse), lithium added 03/2023 to "
          "2023-07-14 (tremor and rising TSH: augmentation, side effects), vortioxetine since 2023-09 (about 60 per "
          "cent: partial, current), behavioural activation 2024 (back to swimming, low mood lingered: no response). "
          "Not rows: ECT discussed, pramipexole planned, zopiclone for sleep, partner's mirtazapine."),
    files=[dict(name="letter_photo_{n}.jpg", kind="photo", pages=[P1, P2])],
    history=[
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2019-02", "2019-11",
          "no meaningful change in her mood; switched", "no_response", F1, 1,
          "Citalopram 20 mg, 02/2019 to 11/2019: no meaningful change in her mood; switched.",
          shown=["02/2019", "11/2019"]),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2020-01", "2023-08",
          "a good response by mid 2020; from early 2023 the low mood crept back despite full adherence at 225 mg",
          "relapse", F1, 1,
          "Venlafaxine XL 225 mg, 01/2020 to 08/2023: a good response by mid 2020; from early 2023 the low mood crept back despite full adherence at 225 mg.",
          shown=["01/2020", "08/2023"]),
        H("lithium", "mood stabilizer", "augmentation", "600 mg", "2023-03", "2023-07-14",
          "stopped on 14/07/2023 because of a coarse tremor and a rising TSH", "side_effects", F1, 1,
          "stopped on 14/07/2023 because of a coarse tremor and a rising TSH.", shown=["03/2023", "14/07/2023"]),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2023-09", None,
          "about 60 per cent of who I was", "partial_response", F2, 1,
          "Vortioxetine 20 mg, since 09/2023 (current): she describes herself as \"about 60 per cent of who I was.\"",
          shown=["09/2023"]),
        H("behavioral activation", "behavioral activation", "psychotherapy", "16 sessions", "2024-04", "2024-08",
          "she got back to swimming and choir; the low mood lingered", "no_response", F2, 1,
          "Behavioural activation with our psychologist, 16 sessions, 04/2024 to 08/2024: she got back to swimming and choir; the low mood lingered.",
          shown=["04/2024", "08/2024"], seen="Behavioural activation"),
    ],
    scales=[("HAM-D", 17, "2023-03-01", F1, 1, "HAM-D was 17 when lithium began (01/03/2023)."),
            ("PHQ-9", 16, "2026-09-02", F2, 1, "Today (02/09/2026) PHQ-9 16 and GAD-7 12."),
            ("GAD-7", 12, "2026-09-02", F2, 1, "Today (02/09/2026) PHQ-9 16 and GAD-7 12.")],
    diagnoses=[("F33.1", F1, 1, "F33.1 recurrent depressive disorder, current episode moderate"),
               ("F41.1", F1, 1, "F41.1 generalised anxiety disorder")],
    suicidality=("none", F2, 1, "She denies suicidal thoughts now or in the past, and has never self-harmed."),
    absent_rows=["electroconvulsive therapy", "pramipexole", "zopiclone", "mirtazapine"],
))

# ------------------------------------------------------------------ 07
F = "informe_endocrinologia.txt"
P = """MUESTRA FICTICIA / FICTIONAL SAMPLE - datos inventados para pruebas de software. No es un paciente real.

HOSPITAL COMARCAL DE VALDERRIBA (ficticio) - SERVICIO DE ENDOCRINOLOGÍA Y NUTRICIÓN
Consultas externas. Tel. (305) 555-0153
INFORME DE CONSULTA - 12 de noviembre de 2026

Paciente: Consuelo Ibarra Montenegro   Fecha de nacimiento: 21/06/1975   NHC: FICT-END-44127
Médica: Dra. Leonor Azcárate Ruiz (endocrinología)

MOTIVO: seguimiento de tiroiditis autoinmune; cansancio y ánimo bajo con TSH ya normal.

DIAGNÓSTICOS:
  E06.3  tiroiditis autoinmune (Hashimoto), en tratamiento sustitutivo
  F33.1  trastorno depresivo mayor recurrente, episodio moderado

ANTECEDENTES DE TRATAMIENTO DEL ÁNIMO (según la paciente y los informes de su médica de familia):
  - Paroxetina 20 mg (2018-2019): "me dejó sin ganas de nada y engordé 12 kilos", y la dejó.
  - Escitalopram 15 mg (marzo de 2021 - enero de 2022): mejoría completa; la retiró su médica de familia al
    encontrarse bien.
  - Terapia cognitivo-conductual grupal, 8 sesiones (enero-marzo de 2024): "aprendí técnicas para la ansiedad,
    pero el ánimo sigue igual".
  - Desvenlafaxina 50 mg desde 05/2025 (actual): "Los primeros meses me fue bien, volví a salir con mis amigas;
    desde agosto vuelvo a estar como antes, y no me he saltado ninguna toma."
  - Nunca ha tomado litio.
  - Su madre toma sertralina; la paciente no.

TRATAMIENTO ACTUAL: levotiroxina 75 mcg en ayunas; desvenlafaxina 50 mg; lormetazepam 1 mg por la noche si
insomnio.

EXPLORACIÓN Y PRUEBAS: TSH 2,1 mU/L; T4 libre normal. Peso estable.
Escalas hoy (12/11/2026): PHQ-9 15; GAD-7 11. Niega ideación suicida.

JUICIO CLÍNICO: la función tiroidea está controlada; el ánimo bajo no se explica por el tiroides.

PLAN: mantener levotiroxina. Se comenta con Psiquiatría valorar añadir liotironina (T3) como potenciación; no se
inicia por ahora. Revisión en 6 meses.
"""
CASES.append(dict(
    slug="51-07-informe-consulta-endocrinologia-tiroides-espanol-txt",
    note=("FICTIONAL case (MUESTRA FICTICIA). Spanish endocrinology (thyroid) consultation report, TXT. Rows: "
          "paroxetina 2018-2019 (sin ganas de nada, 12 kilos, la dejó: side effects), escitalopram 2021-03 to "
          "2022-01 (mejoría completa, retirada al encontrarse bien: remission), TCC grupal 8 sesiones 2024 (ansiedad "
          "mejor, ánimo igual: no response), desvenlafaxina since 2025-05 (bien los primeros meses, desde agosto "
          "como antes sin saltarse tomas: relapse, current). Not rows: litio nunca, madre's sertralina, levotiroxina, "
          "lormetazepam si insomnio, liotironina only considered."),
    files=[dict(name=F, kind="txt", pages=[P])],
    history=[
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2018", "2019",
          "me dejó sin ganas de nada y engordé 12 kilos, y la dejó", "side_effects", F, 1,
          "Paroxetina 20 mg (2018-2019): \"me dejó sin ganas de nada y engordé 12 kilos\", y la dejó.",
          seen="paroxetina", words=["me dejó sin ganas de nada y engordé 12 kilos", "y la dejó"]),
        H("escitalopram", "SSRI", "antidepressant", "15 mg", "2021-03", "2022-01",
          "mejoría completa; la retiró su médica de familia al encontrarse bien", "remission", F, 1,
          "Escitalopram 15 mg (marzo de 2021 - enero de 2022): mejoría completa; la retiró su médica de familia al encontrarse bien.",
          shown=["marzo de 2021", "enero de 2022"]),
        H("cognitive behavioral therapy", "CBT", "psychotherapy", "8 sesiones", "2024-01", "2024-03",
          "aprendí técnicas para la ansiedad, pero el ánimo sigue igual", "no_response", F, 1,
          "Terapia cognitivo-conductual grupal, 8 sesiones (enero-marzo de 2024): \"aprendí técnicas para la ansiedad, pero el ánimo sigue igual\".",
          seen="cognitivo-conductual", shown=["enero-marzo de 2024"]),
        H("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2025-05", None,
          "Los primeros meses me fue bien, volví a salir con mis amigas; desde agosto vuelvo a estar como antes, y no me he saltado ninguna toma.",
          "relapse", F, 1,
          "Desvenlafaxina 50 mg desde 05/2025 (actual): \"Los primeros meses me fue bien, volví a salir con mis amigas; desde agosto vuelvo a estar como antes, y no me he saltado ninguna toma.\"",
          seen="desvenlafaxina", shown=["05/2025"]),
    ],
    scales=[("PHQ-9", 15, "2026-11-12", F, 1, "Escalas hoy (12/11/2026): PHQ-9 15; GAD-7 11."),
            ("GAD-7", 11, "2026-11-12", F, 1, "Escalas hoy (12/11/2026): PHQ-9 15; GAD-7 11.")],
    diagnoses=[("E06.3", F, 1, "E06.3  tiroiditis autoinmune (Hashimoto)"),
               ("F33.1", F, 1, "F33.1  trastorno depresivo mayor recurrente, episodio moderado")],
    suicidality=("none", F, 1, "Niega ideación suicida."),
    absent_rows=["lithium", "sertraline", "levothyroxine", "lormetazepam", "liothyronine"],
))

# ------------------------------------------------------------------ 08
F = "discharge_pharmacy_counseling_record.pdf"
P = """## FICTIONAL RECORD - invented for software testing. Not a real patient.
## St. Brennock Community Hospital (FICTIONAL) - Meds-to-Beds Discharge Pharmacy
Bedside delivery and counseling record | Outpatient pharmacy (614) 555-0177 | Fax (614) 555-0178
Patient: Augustin Pellerin-Mbeki   DOB 01/09/1959   Acct FICT-MTB-90314   Unit 4 West, bed 12
Admitted 11/24/2026 - discharge 11/30/2026 (community-acquired pneumonia)
Pharmacist: Yolanda Threadgill, PharmD   Counseling date: 11/30/2026

## Discharge diagnoses (from the discharge order)
J18.9 pneumonia, organism not specified;  F33.1 major depressive disorder, recurrent, moderate;  E78.5 hyperlipidemia

## Medication history interview (patient and his wife, bedside)
Past antidepressants, as the patient tells them:
- Nortriptyline 75 mg, 2021 to 2022: "got me well." He came off it with his psychiatrist after a year of being well.
- Duloxetine was prescribed in 2020 and never filled (cost).
- Quetiapine 50 mg added to sertraline 03/2026, stopped 05/2026: "slept 14 hours a day and gained 18 lb."
Home medicines continued:
- Sertraline 150 mg daily, home medicine since 01/2026: "does nothing for me, same as before." Prescriber
  (Dr. Hollis Varga, psychiatry, fictional) is aware; continued unchanged at discharge.
- Atorvastatin 40 mg daily.
New at discharge (delivered to bedside):
- Amoxicillin-clavulanate 875/125 mg twice daily x 5 more days.
- Trazodone 50 mg at bedtime as needed for sleep (new, short supply).
- Guaifenesin 600 mg twice daily as needed.
Other: his wife's bupropion is in the same pill organizer at home; counseled to keep them apart.

## Counseling given
Antibiotic course and food; trazodone with sertraline - low dose, watch for dizziness at night; follow-up with
psychiatry 12/08/2026 for the depression plan. Patient repeated back the schedule correctly.

Delivered and counseled by Y. Threadgill, PharmD, 11/30/2026 14:20.
"""
CASES.append(dict(
    slug="51-08-meds-to-beds-discharge-pharmacy-counseling-record-pdf",
    note=("FICTIONAL case. Hospital meds-to-beds discharge pharmacy counseling record with a medication history "
          "interview, 1-page PDF. No rating scales; the record says nothing of suicidality (null). Rows: "
          "nortriptyline 2021-2022 (got me well, came off when well: remission), quetiapine added 03/2026-05/2026 "
          "(slept 14 hours, gained 18 lb, stopped: augmentation, side effects), sertraline since 2026-01 (does "
          "nothing, same as before: no response, current). Not rows: duloxetine never filled, trazodone for sleep, "
          "wife's bupropion, antibiotics and other discharge medicines."),
    files=[dict(name=F, kind="pdf", pages=[P])],
    history=[
        H("nortriptyline", "TCA", "antidepressant", "75 mg", "2021", "2022",
          "got me well; came off it with his psychiatrist after a year of being well", "remission", F, 1,
          "Nortriptyline 75 mg, 2021 to 2022: \"got me well.\" He came off it with his psychiatrist after a year of being well.",
          words=["got me well", "came off it with his psychiatrist after a year of being well"]),
        H("quetiapine", "atypical antipsychotic", "augmentation", "50 mg", "2026-03", "2026-05",
          "slept 14 hours a day and gained 18 lb", "side_effects", F, 1,
          "Quetiapine 50 mg added to sertraline 03/2026, stopped 05/2026: \"slept 14 hours a day and gained 18 lb.\"",
          shown=["03/2026", "05/2026"]),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2026-01", None, "does nothing for me, same as before",
          "no_response", F, 1,
          "Sertraline 150 mg daily, home medicine since 01/2026: \"does nothing for me, same as before.\"",
          shown=["01/2026"]),
    ],
    scales=[],
    diagnoses=[("J18.9", F, 1, "J18.9 pneumonia, organism not specified"),
               ("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
               ("E78.5", F, 1, "E78.5 hyperlipidemia")],
    suicidality=None,
    absent_rows=["duloxetine", "trazodone", "bupropion"],
))

# ------------------------------------------------------------------ 09
F = "mining_company_clinic_abstract_1979_1991.txt"
P = """FICTIONAL RECORD - invented for software testing. Not a real patient.
ABSTRACT OF CLINIC CHART - BRASHER HOLLOW COAL CO. MINERS' CLINIC (FICTIONAL, CLOSED 1993)
Prepared 10/05/2026 by the records custodian, Tri-County Records Trust (fictional), (304) 555-0109,
at the request of the patient's current physician. Abstracted from microfilm; spelling of the original kept.

Patient: Elmer Gaskins-Whitlow   DOB 05/17/1948   Miner no. FICT-BH-0614
Original diagnosis entries: "depressive neurosis" (ICD-9 300.4) 1979; "recurrent major depression" 1987.
Codes supplied by the requesting physician (2026): F33.2 major depressive disorder, recurrent, severe;
J60 coal worker's pneumoconiosis.

CHRONOLOGY (entries as written, abstractor's notes in brackets)
09/1979  Dr. Halvorsen: low, not sleeping, missing shifts. Tofranil (imipramine) 50 mg, up to 150 mg by 11/79.
02/1980  Mouth dry as dust, could not pass urine, seen at county ER. Dr. Halvorsen stopped the imipramine 2/80.
03/1981  Still low. Elavil (amitriptyline) started, 100 mg at bedtime by 5/81.
06/1981  Much improved, back on full shifts, "feels like his old self."
1983     Dalmane 15 mg at night for sleep after the night-shift change. [flurazepam; sleep only]
08/1984  Well for three years. Amitriptyline tapered off 8/84 by Dr. Halvorsen - patient well.
10/1986  After the layoff notice took a handful of his wife's sleeping pills; kept overnight at county hospital.
11/1986  Desyrel (trazodone) started, 300 mg by 1/87.
02/10/1987  Hamilton depression scale 22.
09/1987  "No change" on the trazodone - stopped 9/87.
01/12/1988  Hamilton 21. Prozac (fluoxetine) 20 mg started 1/88.
07/15/1988  Hamilton 9. "Good response," back to work above ground.
1990     Low again although taking the Prozac every day, per wife. Consultant (Dr. Amsel, fictional) suggested
         lithium - not started; suggested ECT - patient refused.
03/1991  Still on fluoxetine 20 mg, still low. [last entry; the chart ends here]
"""
CASES.append(dict(
    slug="51-09-closed-miners-clinic-chart-abstract-1979-1991-txt",
    note=("FICTIONAL case. Records custodian's abstract of a closed coal company miners' clinic chart, 1979-1991, "
          "TXT. Rows: imipramine 1979-1980 (urinary retention, stopped: side effects), amitriptyline 1981-1984 "
          "(old self, tapered off when well: remission), trazodone 1986-1987 (no change: no response), fluoxetine "
          "from 1988-01 (good response, then low again while taking it daily: relapse; still taken at the last "
          "entry, end null). Not rows: flurazepam for sleep, wife's sleeping pills (the 1986 attempt), lithium "
          "suggested, ECT refused. ICD-9 300.4 is no diagnosis row."),
    files=[dict(name=F, kind="txt", pages=[P])],
    history=[
        H("imipramine", "TCA", "antidepressant", "150 mg", "1979-09", "1980-02",
          "Mouth dry as dust, could not pass urine; Dr. Halvorsen stopped the imipramine", "side_effects", F, 1,
          "Mouth dry as dust, could not pass urine, seen at county ER. Dr. Halvorsen stopped the imipramine 2/80.",
          shown=["09/1979", "2/80"], words=["Mouth dry as dust, could not pass urine", "Dr. Halvorsen stopped the imipramine"]),
        H("amitriptyline", "TCA", "antidepressant", "100 mg", "1981-03", "1984-08",
          "Much improved, back on full shifts, feels like his old self; tapered off 8/84 - patient well", "remission",
          F, 1, "Amitriptyline tapered off 8/84 by Dr. Halvorsen - patient well.", shown=["03/1981", "8/84"],
          words=["feels like his old self", "Amitriptyline tapered off 8/84 by Dr. Halvorsen - patient well"]),
        H("trazodone", "SARI", "antidepressant", "300 mg", "1986-11", "1987-09", "No change on the trazodone - stopped 9/87",
          "no_response", F, 1, "\"No change\" on the trazodone - stopped 9/87.", shown=["11/1986"],
          words=["\"No change\" on the trazodone - stopped 9/87"]),
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "1988-01", None,
          "Good response (07/1988); 1990 low again although taking the Prozac every day; 03/1991 still low",
          "relapse", F, 1, "Low again although taking the Prozac every day, per wife.", shown=["1/88"],
          words=["\"Good response,\"", "Low again although taking the Prozac every day", "Still on fluoxetine 20 mg, still low"]),
    ],
    scales=[("HAM-D", 22, "1987-02-10", F, 1, "02/10/1987  Hamilton depression scale 22."),
            ("HAM-D", 21, "1988-01-12", F, 1, "01/12/1988  Hamilton 21."),
            ("HAM-D", 9, "1988-07-15", F, 1, "07/15/1988  Hamilton 9.")],
    diagnoses=[("F33.2", F, 1, "F33.2 major depressive disorder, recurrent, severe"),
               ("J60", F, 1, "J60 coal worker's pneumoconiosis")],
    suicidality=("attempt", F, 1, "After the layoff notice took a handful of his wife's sleeping pills; kept overnight at county hospital."),
    absent_rows=["flurazepam", "lithium", "electroconvulsive therapy"],
))

# ------------------------------------------------------------------ 10
F = "art_therapy_session_notes.docx"
P = """FICTIONAL RECORD - invented for software testing. Not a real patient.
## Open Easel Art Therapy Studio (FICTIONAL) - Individual session notes
Therapist: Saoirse Delacroix-Mwangi, ATR-BC, LPC (fictional). Studio line (720) 555-0131.
Client: Noor Haddad-Ellison   DOB 02/14/1996   File FICT-AT-1189
Diagnoses (from the referring psychiatric NP): F33.1 major depressive disorder, recurrent, moderate;
F41.1 generalized anxiety disorder.
Course: weekly individual art therapy for depression, 10 sessions, 08/05/2026 to 11/04/2026.

## Session 1 - 08/05/2026 (intake)
Past treatment, as Noor tells it:
- Individual CBT with a psychologist, about 20 sessions in 2022: "It worked - by the end I was myself again."
- Escitalopram 10 mg, 2023 to 2024: "It made me feel nothing, flat as a board, so I quit."
- Bupropion XL 150 mg since 03/2025 (psychiatric NP): "A bit more energy, still down most days."
- Her NP mentioned adding aripiprazole; Noor said no and nothing was started.
- Her roommate's sertraline: she has not taken it.
PHQ-9 today 18. Goals: put feelings into images when words fail; reduce isolation.

## Session 4 - 08/26/2026
Collage of "the fog". Talked about her father's illness. Uses a meditation app some evenings.

## Session 7 - 09/16/2026
Drew a closed door. Noor disclosed thoughts of suicide with a plan to overdose on pills she had saved. Safety plan
written together; she agreed to give the saved pills to her sister tonight; NP informed the same day.

## Session 8 - 09/23/2026
Sister has the pills. Safety plan reviewed. Bupropion unchanged per NP.

## Session 10 - 11/04/2026 (course review)
Noor: "The drawing helps me say things I can't say out loud. The low mood is the same as when I started."
PHQ-9 today 17. Safety plan reviewed. Recommendation to the NP: review medication; art therapy may continue
monthly if she wishes.
"""
CASES.append(dict(
    slug="51-10-art-therapy-individual-session-notes-docx",
    note=("FICTIONAL case. Art therapist's individual session notes, DOCX. Rows: individual CBT 2022 (myself again: "
          "remission), escitalopram 2023-2024 (flat as a board, so I quit: side effects), bupropion XL since "
          "2025-03 (a bit more energy, still down most days: partial, current), art therapy 10 sessions "
          "2026-08-05 to 2026-11-04 (helps me say things, the low mood the same: no response). Not rows: "
          "aripiprazole refused, roommate's sertraline, meditation app."),
    files=[dict(name=F, kind="docx", pages=[P])],
    history=[
        H("cognitive behavioral therapy", "CBT", "psychotherapy", "20 sessions", "2022", "2022",
          "It worked - by the end I was myself again.", "remission", F, 1,
          "Individual CBT with a psychologist, about 20 sessions in 2022: \"It worked - by the end I was myself again.\"",
          seen="CBT"),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2023", "2024",
          "It made me feel nothing, flat as a board, so I quit.", "side_effects", F, 1,
          "Escitalopram 10 mg, 2023 to 2024: \"It made me feel nothing, flat as a board, so I quit.\""),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2025-03", None, "A bit more energy, still down most days.",
          "partial_response", F, 1,
          "Bupropion XL 150 mg since 03/2025 (psychiatric NP): \"A bit more energy, still down most days.\"",
          shown=["03/2025"]),
        H("art therapy", "art therapy", "psychotherapy", "10 sessions", "2026-08-05", "2026-11-04",
          "The drawing helps me say things I can't say out loud. The low mood is the same as when I started.",
          "no_response", F, 1,
          "\"The drawing helps me say things I can't say out loud. The low mood is the same as when I started.\"",
          shown=["08/05/2026", "11/04/2026"]),
    ],
    scales=[("PHQ-9", 18, "2026-08-05", F, 1, "PHQ-9 today 18."), ("PHQ-9", 17, "2026-11-04", F, 1, "PHQ-9 today 17.")],
    diagnoses=[("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
               ("F41.1", F, 1, "F41.1 generalized anxiety disorder")],
    suicidality=("active", F, 1, "Noor disclosed thoughts of suicide with a plan to overdose on pills she had saved."),
    absent_rows=["aripiprazole", "sertraline"],
))

# ------------------------------------------------------------------ 11
F = "gyn_onc_ward_psychiatry_consult.docx"
P = """FICTIONAL RECORD - invented for software testing. Not a real patient.
## Consultation-Liaison Psychiatry (FICTIONAL) - Inpatient consult note
Wexcombe University Hospital (fictional), Gynecologic Oncology ward 7B. C-L pager line (617) 555-0146.
Patient: Philippa Arrowood-Nakamura   DOB 12/05/1966   MRN FICT-GO-38850   Consult date: 11/19/2026
Requested by: Dr. Celeste Borrowdale (gynecologic oncology). Consultant: Dr. Ignatius Fairweather-Osei (psychiatry)

## Reason for consult
Admitted 11/16/2026 for a small bowel obstruction during second-line chemotherapy. Tearful on rounds; the team asks
about depression and whether her antidepressant should change.

## Diagnoses
C56.1 malignant neoplasm of the right ovary (on chemotherapy)
K56.609 intestinal obstruction, unspecified (resolving)
F33.2 major depressive disorder, recurrent, severe, without psychotic features (this consult)

## Psychiatric history
Depressive episodes in 2009 and since her cancer diagnosis in 2024. Treatments since the diagnosis:
- Duloxetine 30 mg, 05/2024 to 06/2024: vomiting every day on top of the chemotherapy nausea; her oncologist
  stopped it after two weeks.
- Mirtazapine 30 mg since 04/2025 (oncology, for mood, appetite and sleep): her appetite and sleep are better, but
  she still cries every day. Continued in hospital.
- Meaning-centered psychotherapy with the cancer center psychologist, 7 sessions (06/2025 to 09/2025): "It helped
  me find things that still matter. The depression itself hasn't shifted."
- Olanzapine 2.5 mg at night is given for chemotherapy nausea; lorazepam 0.5 mg as needed for nausea.
- Palliative care raised ketamine for the depression in 10/2026; it was not ordered.

## Mental status
Tearful, slowed speech, hopeless about treatment. She has had passive thoughts of wanting to die but denies intent
or plan; she says her faith would not allow her to act.
PHQ-9 (administered today): 21.

## Assessment
Severe recurrent depression on mirtazapine without benefit to mood; duloxetine not tolerated.

## Recommendations
1. Continue mirtazapine 30 mg at night for now.
2. Consider methylphenidate 5 mg in the morning after bowel function returns - a suggestion only, not ordered.
3. Psycho-oncology follow-up after discharge; C-L will see her again Friday.
"""
CASES.append(dict(
    slug="51-11-gynecologic-oncology-ward-psychiatry-consult-docx",
    note=("FICTIONAL case. Consultation-liaison psychiatry note on a gynecologic oncology ward, DOCX. Rows: "
          "duloxetine 2024-05 to 2024-06 (daily vomiting, stopped by oncology: side effects), mirtazapine since "
          "2025-04 (appetite and sleep better, still cries every day: no response, current), meaning-centered "
          "psychotherapy 7 sessions 2025 (things that matter, depression hasn't shifted: no response). Not rows: "
          "olanzapine and lorazepam for nausea, ketamine raised and not ordered, methylphenidate suggested."),
    files=[dict(name=F, kind="docx", pages=[P])],
    history=[
        H("duloxetine", "SNRI", "antidepressant", "30 mg", "2024-05", "2024-06",
          "vomiting every day on top of the chemotherapy nausea; her oncologist stopped it after two weeks",
          "side_effects", F, 1,
          "Duloxetine 30 mg, 05/2024 to 06/2024: vomiting every day on top of the chemotherapy nausea; her oncologist stopped it after two weeks.",
          shown=["05/2024", "06/2024"]),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-04", None,
          "her appetite and sleep are better, but she still cries every day", "no_response", F, 1,
          "Mirtazapine 30 mg since 04/2025 (oncology, for mood, appetite and sleep): her appetite and sleep are better, but she still cries every day.",
          shown=["04/2025"]),
        H("meaning-centered psychotherapy", "meaning-centered psychotherapy", "psychotherapy", "7 sessions",
          "2025-06", "2025-09", "It helped me find things that still matter. The depression itself hasn't shifted.",
          "no_response", F, 1,
          "\"It helped me find things that still matter. The depression itself hasn't shifted.\"",
          shown=["06/2025", "09/2025"], seen="Meaning-centered psychotherapy"),
    ],
    scales=[("PHQ-9", 21, "2026-11-19", F, 1, "PHQ-9 (administered today): 21.")],
    diagnoses=[("C56.1", F, 1, "C56.1 malignant neoplasm of the right ovary"),
               ("K56.609", F, 1, "K56.609 intestinal obstruction, unspecified"),
               ("F33.2", F, 1, "F33.2 major depressive disorder, recurrent, severe, without psychotic features")],
    suicidality=("passive", F, 1, "She has had passive thoughts of wanting to die but denies intent or plan"),
    absent_rows=["olanzapine", "lorazepam", "ketamine", "methylphenidate"],
))

# ------------------------------------------------------------------ 12
F = "primary_care_transfer_intake.pdf"
P1 = """## FICTIONAL RECORD - invented for software testing. Not a real patient.
## Birchfield Family Medicine (FICTIONAL) - New patient transfer intake
118 Larkmoor Street, Dunsford Mills (fictional) | Tel (608) 555-0192 | Fax (608) 555-0193
Patient: Rosalind Okafor-Brandt   DOB 07/30/1982   Chart FICT-BFM-60233   Visit: 09/01/2026
Clinician: Tamsin Ellery-Vaughn, DO. Records received from her previous practice (closed 07/2026).

## Problem list
E11.9 type 2 diabetes mellitus without complications
I10 essential hypertension
F33.1 major depressive disorder, recurrent, moderate
M54.50 low back pain, unspecified (chronic, since a 2024 lifting injury)

## Depression - treatment history (patient and prior records)
- Paroxetine 20 mg, 2015 to 2016: "I felt like my old self on it." Stopped when she became pregnant in 2016.
- Sertraline 100 mg, 2019 to 2020: "didn't do a thing."
- Bupropion XL 300 mg since 11/2024 (prior PCP), current: "Better than last winter, but nowhere near myself."
- Her husband takes escitalopram; she has not.
- Her previous PCP considered adding aripiprazole; she preferred therapy first. CBT referral placed today
  (waitlist; not started).

## Back pain - medicines tried for it
- Cyclobenzaprine 10 mg at night, 03/2025 to 05/2025: "made me groggy and did nothing for the back," stopped.
- Ibuprofen 400 mg as needed, helps "some days"; uses heat.
- Gabapentin 100 mg at bedtime for restless legs (prior PCP, 2025), continued.

## Screening
PHQ-9 14. GAD-7 8. Denies SI/HI. Back pain 5/10 today.

## Medicines today
Metformin 1000 mg twice daily; lisinopril 20 mg; bupropion XL 300 mg; gabapentin 100 mg at bedtime; ibuprofen as
needed.

## Plan
A1c, lipids, kidney function. Continue bupropion; recheck mood in 6 weeks. PT referral for the back.
"""
P2 = """## FICTIONAL RECORD - invented for software testing. Not a real patient.
## Birchfield Family Medicine (FICTIONAL) - Follow-up visit
Patient: Rosalind Okafor-Brandt   Chart FICT-BFM-60233   Visit: 10/13/2026
Clinician: Tamsin Ellery-Vaughn, DO

## Interval
A1c 7.1%. BP 132/84. Started PT for the back 09/2026, two sessions so far.
Mood: on bupropion XL 300 mg "it's the same as at my first visit here - better, but not me yet." Still on the CBT
waitlist.
PHQ-9 12. Denies SI. Back pain 4/10 today.

## Assessment / plan
1. Depression, partial response to bupropion: discussed options - adding an SSRI or augmentation with a
   psychiatrist's input; she will think about it. No change today.
2. Diabetes: continue metformin.
3. Low back pain: continue PT; ibuprofen as needed.
Return in 3 months.
"""
CASES.append(dict(
    slug="51-12-primary-care-new-patient-transfer-intake-pdf",
    note=("FICTIONAL case. Family medicine new-patient transfer intake and a follow-up, 2-page PDF; the records code "
          "chronic low back pain (M54.50). Rows: paroxetine 2015-2016 (felt like my old self; stopped for "
          "pregnancy, a stop outside the drug: remission), sertraline 2019-2020 (didn't do a thing: no response), "
          "bupropion XL since 2024-11 (better, but nowhere near myself / not me yet: partial, current, source p. 2), "
          "cyclobenzaprine 2025 for the back (groggy and nothing for the back, stopped: other, side effects). Not "
          "rows: husband's escitalopram, aripiprazole considered, CBT waitlist, gabapentin for restless legs, "
          "ibuprofen as needed (no dates or judgment), an SSRI or augmentation discussed."),
    files=[dict(name=F, kind="pdf", pages=[P1, P2])],
    history=[
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2015", "2016",
          "I felt like my old self on it. Stopped when she became pregnant in 2016.", "remission", F, 1,
          "Paroxetine 20 mg, 2015 to 2016: \"I felt like my old self on it.\" Stopped when she became pregnant in 2016.",
          words=["I felt like my old self on it", "Stopped when she became pregnant in 2016"]),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2019", "2020", "didn't do a thing", "no_response", F, 1,
          "Sertraline 100 mg, 2019 to 2020: \"didn't do a thing.\""),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2024-11", None,
          "Better than last winter, but nowhere near myself (09/01); it's the same as at my first visit here - better, but not me yet (10/13)",
          "partial_response", F, 2,
          "on bupropion XL 300 mg \"it's the same as at my first visit here - better, but not me yet.\"",
          shown=["11/2024"], words=["Better than last winter, but nowhere near myself",
                                    "it's the same as at my first visit here - better, but not me yet"]),
        H("cyclobenzaprine", "muscle relaxant", "other", "10 mg", "2025-03", "2025-05",
          "made me groggy and did nothing for the back, stopped", "side_effects", F, 1,
          "Cyclobenzaprine 10 mg at night, 03/2025 to 05/2025: \"made me groggy and did nothing for the back,\" stopped.",
          shown=["03/2025", "05/2025"], words=["made me groggy and did nothing for the back"]),
    ],
    scales=[("PHQ-9", 14, "2026-09-01", F, 1, "PHQ-9 14."), ("GAD-7", 8, "2026-09-01", F, 1, "GAD-7 8."),
            ("pain NRS", 5, "2026-09-01", F, 1, "Back pain 5/10 today."),
            ("PHQ-9", 12, "2026-10-13", F, 2, "PHQ-9 12."), ("pain NRS", 4, "2026-10-13", F, 2, "Back pain 4/10 today.")],
    diagnoses=[("E11.9", F, 1, "E11.9 type 2 diabetes mellitus without complications"),
               ("I10", F, 1, "I10 essential hypertension"),
               ("F33.1", F, 1, "F33.1 major depressive disorder, recurrent, moderate"),
               ("M54.50", F, 1, "M54.50 low back pain, unspecified")],
    suicidality=("none", F, 2, "Denies SI."),
    absent_rows=["escitalopram", "aripiprazole", "cognitive behavioral therapy", "gabapentin", "ibuprofen"],
))
