"""Cases 07-12 of blind-fresh9. ALL PEOPLE, PLACES, PLANS AND NUMBERS ARE FICTIONAL."""
from common import D, H, S, SU

CASES = []

# ---------------------------------------------------------------- 07 caregiver's diary (phone photo JPEG)
F7 = "IMG_20261115_diary_page.jpg"
L7 = [
    "FICTIONAL test document - Ruth Callow's notebook about my son Eli",
    "(for Dr. Pham's office / the insurance appeal)",
    "early 2023 - Dr. Pham started Eli on Lexapro 10.",
    "  By May he was talking at dinner again. In Aug he stopped it,",
    "  said it made him feel like a zombie.",
    "Oct 2023 - Zoloft, up to 150 by Christmas. No change at all.",
    "  Stopped Feb 2024.",
    "Mar 2024 - Remeron 15 at night. Slept better, ate more, still",
    "  in his room all day. Gained 20 lbs so Dr. stopped it in June.",
    "Sept 2024 - talk therapy (CBT) Tuesdays w/ Ms. Okafor,",
    "  14 sessions thru Dec. A little better, not himself.",
    "Jan 2025 - Trintellix 10, then 20. Apr 2025 stopped -",
    "  3 months, no difference.",
    "May 2025 - Dr. Pham wants lithium with a new med. Eli said NO.",
    "My brother did well on Effexor - ask about it?",
    "Nov 2025 - Eli said he wished he could sleep & not wake up.",
    "  No plan, he says. I called the office.",
]
F7b = "pham_soap_note_2025-11-20.txt"
t7b = """Aspen Fork Family Psychiatry (FICTIONAL)                    Progress note - SOAP
FICTIONAL RECORD FOR SOFTWARE TESTING
Pt: Eli Callow   DOB 2001-10-02   MRN AFP-FICT-6025   DOS 11/20/2025   Provider: H. Pham, MD (fictional)

S: Seen with mother after she called the office. Eli says he "wished he could sleep and not wake up" last
   week; denies plan, intent, preparatory acts; no past attempts. Off all antidepressants since 04/2025
   (Trintellix: no benefit). Sleeping 11 h/day, not working.
O: Flat, psychomotor slowing, linear thought. PHQ-9 18. GAD-7 7.
A: F33.2 MDD, recurrent, severe w/o psychotic features. Passive SI, low acute risk.
   Prior trials per chart and mother's log: Lexapro (2023), Zoloft (2023-24), Remeron (2024), CBT (fall 2024),
   Trintellix (2025).
P: 1. Start Auvelity 45/105 mg daily x3 days then BID.
   2. Declines lithium again today.
   3. Safety plan updated with mother; return 3 weeks.
FICTIONAL - electronically signed H. Pham MD
"""

CASES.append({
    "slug": "07-caregiver-diary-photo",
    "docs": [{"file": F7, "type": "jpg", "lines": L7, "seed": 71},
             {"file": F7b, "type": "txt", "text": t7b}],
    "note": ("Phone photo (JPEG) of a mother's handwritten-style diary page; truth texts are the drawn lines "
             "(compare loosely with OCR). 'early 2023' -> 2023. Escitalopram helped (talking at dinner) but was "
             "stopped because it made him feel 'like a zombie' -> side_effects (stop decides). Mirtazapine slept "
             "better but stopped for weight gain -> side_effects (stop decides). CBT 'A little better, not himself' "
             "-> partial_response. Plus the psychiatrist's SOAP note (TXT, 11/20/2025) that only lists the trials "
             "(an 'also' for each; the diary gives every outcome and date, so the diary is each row's source). Not "
             "rows: lithium (refused, twice), Effexor (her brother's), Auvelity (started in the latest note's plan: a "
             "plan, never shown taken). Suicidality passive."),
    "history": [
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2023", "2023-08",
          "stopped it, said it made him feel like a zombie", "side_effects", F7, 1,
          "In Aug he stopped it, said it made him feel like a zombie."),
        H("sertraline", "SSRI", "antidepressant", "150", "2023-10", "2024-02", "No change at all.",
          "no_response", F7, 1, "Oct 2023 - Zoloft, up to 150 by Christmas. No change at all."),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "15", "2024-03", "2024-06",
          "Slept better, ate more, still in his room all day. Gained 20 lbs so Dr. stopped it", "side_effects",
          F7, 1, "Gained 20 lbs so Dr. stopped it in June."),
        H("CBT", "psychotherapy", "psychotherapy", "14 sessions", "2024-09", "2024-12",
          "A little better, not himself.", "partial_response", F7, 1, "14 sessions thru Dec. A little better, not himself."),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20", "2025-01", "2025-04",
          "3 months, no difference", "no_response", F7, 1,
          "Jan 2025 - Trintellix 10, then 20. Apr 2025 stopped - 3 months, no difference."),
    ],
    "scales": [S("PHQ-9", 18, "2025-11-20", F7b, 1, "PHQ-9 18."), S("GAD-7", 7, "2025-11-20", F7b, 1, "GAD-7 7.")],
    "diagnoses": [D("F33.2", F7b, 1, "F33.2 MDD, recurrent, severe w/o psychotic features.")],
    "suicidality": SU("passive", F7b, 1, "A: F33.2 MDD, recurrent, severe w/o psychotic features. Passive SI, low acute risk."),
})

# ---------------------------------------------------------------- 08 Spanish-language note (DOCX)
F8 = "nota_evolucion_los_almendros_2026-11-10.docx"
b8 = [
    ("h", "Clínica Comunitaria Los Almendros - Nota de evolución psiquiátrica"),
    ("p", "DOCUMENTO FICTICIO (FICTIONAL) para pruebas de software. Paciente, clínica y números inventados."),
    ("p", "Paciente: Rosa Elena Quintanar   Expediente: CCLA-FICT-3391   Fecha de nacimiento: 21/04/1991"),
    ("p", "Seguro: Plan Salud Valle Norte (ficticio), afiliada FICT-SVN-66120   Fecha de la consulta: 10/11/2026"),
    ("p", "Fechas en formato día/mes/año. Médica: Dra. Lucía Benavides (ficticia). Tel. 555-0131"),
    ("h", "Motivo de consulta"),
    ("p", "Seguimiento de depresión recurrente. Refiere ánimo bajo, cansancio y poca concentración desde el verano."),
    ("h", "Escalas"),
    ("p", "PHQ-9: 17 (10/11/2026). GAD-7: 9 (10/11/2026)."),
    ("h", "Historial de tratamientos"),
    ("t", [["Tratamiento", "Dosis máxima", "Fechas", "Resultado"],
           ["Fluoxetina", "40 mg", "03/2019 - 12/2019", "Sin respuesta"],
           ["Sertralina (1.er episodio)", "150 mg", "01/2020 - 04/2021",
            "Remisión completa; se suspendió por embarazo"],
           ["Sertralina (reinicio posparto)", "200 mg", "06/2022 - 03/2023",
            "Respuesta inicial, recaída a los 6 meses"],
           ["Aripiprazol (potenciación de sertralina)", "5 mg", "11/2022 - 01/2023",
            "Acatisia; se suspendió"],
           ["Terapia interpersonal (TIP)", "16 sesiones", "2023", "Mejoría parcial"],
           ["Duloxetina", "60 mg", "04/2023 - actual", "Respuesta parcial, continúa"]]),
    ("h", "Antecedentes"),
    ("p", "Nunca ha probado litio ni TEC. Rechazó la EMT (TMS) en 2024 por el horario de trabajo. Su madre "
          "respondió bien a imipramina. Sin intentos de suicidio previos."),
    ("h", "Examen mental"),
    ("p", "Alerta, cooperadora, afecto triste. Niega ideación suicida, plan o intención. Sin síntomas psicóticos."),
    ("h", "Diagnósticos"),
    ("p", "F33.1 Trastorno depresivo mayor, recurrente, moderado. Z39.2 Control posparto de rutina (historial)."),
    ("h", "Plan"),
    ("p", "Continuar duloxetina 60 mg. Considerar bupropión como potenciación si no mejora en 6 semanas. "
          "Psicoeducación. Cita en 4 semanas."),
    ("p", "FICTICIO / FICTIONAL - fin de la nota."),
]
CASES.append({
    "slug": "08-spanish-progress-note-docx",
    "docs": [{"file": F8, "type": "docx", "blocks": b8, "font": "Arial"}],
    "note": ("Spanish-language progress note (Word), dates day/month/year (the visit is 10 November 2026). "
             "Sertraline in two separate episodes: the first remitted and was stopped for pregnancy -> remission "
             "(a pregnancy stop decides nothing, per docs/notes.md); the postpartum restart responded then relapsed "
             "-> relapse. Aripiprazole augmentation stopped for akathisia ('Acatisia'). IPT ('Terapia interpersonal', "
             "TIP) 16 sessions in 2023, partial. Duloxetine ongoing ('actual' = current), end null. Not rows: "
             "lithium and ECT (never), TMS (declined), mother's imipramine, bupropion (considered). Suicidality "
             "none ('Niega ideación suicida')."),
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019-03", "2019-12", "Sin respuesta", "no_response",
          F8, 1, "Fluoxetina 40 mg 03/2019 - 12/2019 Sin respuesta"),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2020-01", "2021-04",
          "Remisión completa; se suspendió por embarazo", "remission", F8, 1,
          "Sertralina (1.er episodio) 150 mg 01/2020 - 04/2021 Remisión completa; se suspendió por embarazo"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2022-06", "2023-03",
          "Respuesta inicial, recaída a los 6 meses", "relapse", F8, 1,
          "Sertralina (reinicio posparto) 200 mg 06/2022 - 03/2023 Respuesta inicial, recaída a los 6 meses"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2022-11", "2023-01",
          "Acatisia; se suspendió", "side_effects", F8, 1,
          "Aripiprazol (potenciación de sertralina) 5 mg 11/2022 - 01/2023 Acatisia; se suspendió"),
        H("IPT", "psychotherapy", "psychotherapy", "16 sesiones", "2023", "2023", "Mejoría parcial",
          "partial_response", F8, 1, "Terapia interpersonal (TIP) 16 sesiones 2023 Mejoría parcial"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2023-04", None, "Respuesta parcial, continúa",
          "partial_response", F8, 1, "Duloxetina 60 mg 04/2023 - actual Respuesta parcial, continúa"),
    ],
    "scales": [S("PHQ-9", 17, "2026-11-10", F8, 1, "PHQ-9: 17 (10/11/2026)."),
               S("GAD-7", 9, "2026-11-10", F8, 1, "GAD-7: 9 (10/11/2026).")],
    "diagnoses": [D("F33.1", F8, 1, "F33.1 Trastorno depresivo mayor, recurrente, moderado."),
                  D("Z39.2", F8, 1, "Z39.2 Control posparto de rutina")],
    "suicidality": SU("none", F8, 1, "Niega ideación suicida, plan o intención."),
})

# ---------------------------------------------------------------- 09 ECT log with seizure durations (3-page PDF)
F9 = "harlow_bay_ECT_course_summary.pdf"
p9a = """# Harlow Bay Hospital - Electroconvulsive Therapy Service
FICTIONAL RECORD (software test data). Hospital, patient and staff are invented.
Patient: Walter Szymanski    MRN HBH-FICT-118734    DOB 1961-01-09
Plan: Keystone Commonwealth PPO (FICTIONAL), ID FICT-KCP-300478
Attending psychiatrist: E. Marchetti, MD (fictional)     ECT suite 555-0173

## Index course summary (dictated 09/18/2026)
Indication: F33.3 Major depressive disorder, recurrent, severe with psychotic symptoms; admitted 07/28/2026 with
active suicidal ideation with a plan (car exhaust in the garage) and nihilistic delusions.
Course: 12 treatments, 08/04/2026 to 09/15/2026, three times weekly. Right unilateral ultrabrief for
treatments 1-6, changed to bitemporal from treatment 7 for slow response. Anesthesia: methohexital (propofol
for treatments 1-2), succinylcholine; one dose of labetalol for post-ictal hypertension (tx 3).
Outcome: remission. MADRS 38 before treatment 1, 8 after treatment 12. Delusions resolved by treatment 8.
Mild transient post-ictal confusion; no lasting memory complaints on MoCA.
Session-by-session log on page 2; prior treatments on page 3.
"""
log = ["# ECT TREATMENT LOG - Szymanski, Walter (FICTIONAL)",
       "Tx  Date        Electrodes  Charge mC  EEG seizure s  Motor s  MADRS  Notes",
       ]
rows = [("1", "08/04/2026", "RUL UB", "100", "48", "31", "38", "titration, ST x6"),
        ("2", "08/06/2026", "RUL UB", "300", "41", "27", "", "propofol"),
        ("3", "08/08/2026", "RUL UB", "300", "36", "24", "", "labetalol 10 mg"),
        ("4", "08/11/2026", "RUL UB", "300", "33", "22", "", "methohexital"),
        ("5", "08/13/2026", "RUL UB", "400", "35", "21", "", ""),
        ("6", "08/15/2026", "RUL UB", "400", "29", "19", "30", "slow response"),
        ("7", "08/18/2026", "BT", "202", "44", "30", "", "switched to BT"),
        ("8", "08/20/2026", "BT", "202", "39", "28", "", "delusions gone"),
        ("9", "08/25/2026", "BT", "202", "37", "25", "", ""),
        ("10", "08/27/2026", "BT", "252", "34", "23", "", ""),
        ("11", "09/10/2026", "BT", "252", "33", "22", "", "resumed after 2-wk hold (UTI)"),
        ("12", "09/15/2026", "BT", "252", "31", "20", "8", "final; remission")]
for r in rows:
    log.append(f"{r[0]:<3} {r[1]:<11} {r[2]:<11} {r[3]:<10} {r[4]:<14} {r[5]:<8} {r[6]:<6} {r[7]}")
log += ["", "ST = seizure threshold. Adequate seizure = EEG >= 25 s. Stimulus dose raised when EEG < 30 s.",
        "Treatments 10 and 11 were 14 days apart: course paused for a urinary tract infection, then resumed.",
        "FICTIONAL log - generated for software testing."]
p9b = "\n".join(log)
p9c = """# Prior treatment history and recommendations (page 3)
FICTIONAL - Walter Szymanski (invented)
- Nortriptyline up to 100 mg in 2018 (level 92): no response after 10 weeks.
- First ECT course 03/2019 - 04/2019 at St. Oswin's (fictional), 8 bilateral treatments: remission; relapsed
  about 14 months later, off maintenance.
- Venlafaxine up to 300 mg, 01/2020 - 07/2026: partial response only; tapered off before this admission.
- Lithium 900 mg/day added to venlafaxine 06/2020 - 02/2021 (level 0.8): coarse tremor and a rise in
  creatinine; stopped.
- Declined IV ketamine in 2025. Never had TMS.
- Family: his brother did well with ECT.

Recommendations at discharge:
1. Continuation ECT weekly x 4 then every 2 weeks, pending insurance authorization.
2. Sertraline 50 mg to start at discharge, titrate as tolerated.
3. Lithium not to be restarted (renal). Could consider nortriptyline again if sertraline fails.
4. Suicide risk reassessed 09/18/2026: denies suicidal ideation, future-oriented.
"""
CASES.append({
    "slug": "09-ect-log-seizures",
    "docs": [{"file": F9, "type": "pdf", "pages": [p9a, p9b, p9c], "font": "lmono", "size": 8.4, "margin": 44,
              "footer": "Harlow Bay Hospital ECT Service (FICTIONAL) - page {page} of {pages}"}],
    "note": ("Three-page PDF: course summary, a session log with EEG/motor seizure seconds and a two-week pause "
             "(p. 2), prior treatments (p. 3). Two ECT courses with their own dates -> two rows (2026 remission, one course despite a 14-day pause for a UTI between treatments 10 and 11; "
             "2019 remission then relapse 14 months later -> relapse). Lithium augmentation stopped for tremor and "
             "creatinine -> side_effects. Venlafaxine partial, tapered before admission. Not rows: methohexital, "
             "propofol, succinylcholine, labetalol (anesthesia), IV ketamine (declined), TMS (never), brother's ECT, "
             "continuation ECT (pending), sertraline (starts at discharge: a plan), nortriptyline again (could "
             "consider). MADRS rows take their session's date. Suicidality active (admission), though discharge "
             "says denies SI; a latest-note rule would give none."),
    "history": [
        H("ECT", "ECT", "neuromodulation", "12 treatments", "2026-08-04", "2026-09-15", "remission", "remission",
          F9, 1, "Course: 12 treatments, 08/04/2026 to 09/15/2026"),
        H("nortriptyline", "TCA", "antidepressant", "100 mg", "2018", "2018", "no response after 10 weeks",
          "no_response", F9, 3, "Nortriptyline up to 100 mg in 2018 (level 92): no response after 10 weeks."),
        H("ECT", "ECT", "neuromodulation", "8 treatments", "2019-03", "2019-04",
          "remission; relapsed about 14 months later, off maintenance", "relapse", F9, 3,
          "8 bilateral treatments: remission; relapsed about 14 months later, off maintenance."),
        H("venlafaxine", "SNRI", "antidepressant", "300 mg", "2020-01", "2026-07", "partial response only",
          "partial_response", F9, 3, "Venlafaxine up to 300 mg, 01/2020 - 07/2026: partial response only"),
        H("lithium", "mood stabilizer", "augmentation", "900 mg/day", "2020-06", "2021-02",
          "coarse tremor and a rise in creatinine; stopped", "side_effects", F9, 3,
          "coarse tremor and a rise in creatinine; stopped."),
    ],
    "scales": [
        S("MADRS", 38, "2026-08-04", F9, 2, "1 08/04/2026 RUL UB 100 48 31 38"),
        S("MADRS", 30, "2026-08-15", F9, 2, "6 08/15/2026 RUL UB 400 29 19 30"),
        S("MADRS", 8, "2026-09-15", F9, 2, "12 09/15/2026 BT 252 31 20 8"),
    ],
    "diagnoses": [D("F33.3", F9, 1, "F33.3 Major depressive disorder, recurrent, severe with psychotic symptoms")],
    "suicidality": SU("active", F9, 1, "active suicidal ideation with a plan (car exhaust in the garage)"),
})

# ---------------------------------------------------------------- 10 ketamine clinic flowsheet (2-page PDF)
F10 = "cobalt_lake_ketamine_flowsheet.pdf"
fl = ["# COBALT LAKE KETAMINE & WELLNESS - INFUSION FLOWSHEET",
      "FICTIONAL CLINIC RECORD - test data; clinic, patient and numbers invented. Phone 555-0155",
      "Patient: Theo Brannigan   Chart CLK-FICT-2093   DOB 1984-06-23   Wt 82 kg",
      "Payer: self-pay (superbill to Hollis Mutual PPO, FICTIONAL, ID FICT-HMP-5531)",
      "Protocol: racemic ketamine IV 0.5 mg/kg (41 mg) over 40 min, induction series x 6",
      "",
      "Inf  Date        Dose   Pre BP    Peak BP   Post BP   PHQ-9 pre  CADSS  Adjuncts        RN",
      ]
inf = [("1", "09/08/2026", "41 mg", "128/80", "156/94", "130/82", "22", "18", "ondansetron 4", "MB"),
       ("2", "09/10/2026", "41 mg", "124/78", "150/90", "126/80", "20", "14", "ondansetron 4", "MB"),
       ("3", "09/14/2026", "41 mg", "130/84", "148/92", "128/80", "17", "11", "-", "TR"),
       ("4", "09/17/2026", "45 mg", "126/80", "152/90", "124/78", "13", "12", "-", "TR"),
       ("5", "09/21/2026", "45 mg", "122/76", "146/88", "120/78", "11", "9", "clonidine 0.1", "MB"),
       ("6", "09/24/2026", "45 mg", "124/80", "144/86", "122/80", "9", "8", "-", "MB")]
for r in inf:
    fl.append(f"{r[0]:<4} {r[1]:<11} {r[2]:<6} {r[3]:<9} {r[4]:<9} {r[5]:<9} {r[6]:<10} {r[7]:<6} {r[8]:<15} {r[9]}")
fl += ["",
       "CADSS = dissociation scale (not a depression score). Dose raised to 0.55 mg/kg from infusion 4.",
       "Series summary (09/24/2026): response after infusion 4; PHQ-9 22 -> 9 (response, not remission).",
       "Booster infusion booked 10/22/2026. Midazolam 1 mg was available PRN for emergence; not used.",
       "GAD-7 at intake (09/08/2026): 14."]
p10a = "\n".join(fl)
p10b = """# Intake history - Theo Brannigan (page 2)
FICTIONAL - Cobalt Lake Ketamine & Wellness, intake by J. Sorensen, NP (fictional), 09/01/2026
Diagnoses: F33.2 major depressive disorder, recurrent, severe; F41.1 generalized anxiety disorder.
Suicidality at intake: passive SI (wishes he would not wake up), no plan, no intent, no past attempts.
By infusion 6 he denied any SI.

Prior treatments (records from Dr. Ilse Morrow, fictional, and pharmacy):
* Parnate (tranylcypromine) 30 mg, early 2023 to spring 2023: stopped for orthostatic dizziness and one faint.
* Fetzima (levomilnacipran) 80 mg, 03/2024 - 12/2024: no appreciable change.
* Rexulti (brexpiprazole) 1 mg added to Fetzima 06/2024 - 09/2024: akathisia, stopped.
* Spravato (esketamine) 56 mg then 84 mg, 02/2025 - 05/2025, 16 sessions in the REMS-certified office:
  he felt "a little lighter" by week 6, mood still low; stopped only because his new plan would not cover it.
* No ECT - not interested. Psychotherapy: none so far; on the waitlist for CBT at Lakeview Counseling.
* His sister had ketamine infusions at another clinic.

Plan: finish the induction series; could consider adding lamotrigine if the booster interval is short.
"""
CASES.append({
    "slug": "10-ketamine-clinic-flowsheet",
    "docs": [{"file": F10, "type": "pdf", "pages": [p10a, p10b], "font": "mono", "size": 7.6, "margin": 40}],
    "note": ("Ketamine clinic: an infusion flowsheet (p. 1) and intake history (p. 2). Racemic IV ketamine is kind "
             "'other' per docs; response not remission -> partial_response; dose = the series (6 infusions). "
             "Esketamine (Spravato) is kind 'antidepressant'; it was stopped ONLY for lost coverage, which decides "
             "nothing -> what it did before: 'a little lighter', mood still low -> partial_response. Tranylcypromine "
             "'early 2023 to spring 2023' -> 2023; stopped for dizziness/faint -> side_effects. Brexpiprazole "
             "augmentation akathisia. Not rows: ondansetron, clonidine, midazolam (adjuncts), ECT (not "
             "interested), sister's ketamine, lamotrigine (could consider). Psychotherapy 'none so far; on the "
             "waitlist for CBT' gives no row. CADSS is not a listed scale. PHQ-9 rows one per infusion with that infusion's date. "
             "Suicidality passive (intake) over 'denied any SI' later."),
    "history": [
        H("ketamine", "NMDA receptor antagonist", "other", "6 infusions (0.5-0.55 mg/kg)", "2026-09-08",
          "2026-09-24", "response after infusion 4; PHQ-9 22 -> 9 (response, not remission)",
          "partial_response", F10, 1,
          "Series summary (09/24/2026): response after infusion 4; PHQ-9 22 -> 9 (response, not remission)."),
        H("tranylcypromine", "MAOI", "antidepressant", "30 mg", "2023", "2023",
          "stopped for orthostatic dizziness and one faint", "side_effects", F10, 2,
          "Parnate (tranylcypromine) 30 mg, early 2023 to spring 2023: stopped for orthostatic dizziness"),
        H("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2024-03", "2024-12", "no appreciable change",
          "no_response", F10, 2, "Fetzima (levomilnacipran) 80 mg, 03/2024 - 12/2024: no appreciable change."),
        H("brexpiprazole", "atypical antipsychotic", "augmentation", "1 mg", "2024-06", "2024-09",
          "akathisia, stopped", "side_effects", F10, 2,
          "Rexulti (brexpiprazole) 1 mg added to Fetzima 06/2024 - 09/2024: akathisia, stopped."),
        H("esketamine", "NMDA receptor antagonist", "antidepressant", "84 mg (16 sessions)", "2025-02", "2025-05",
          "felt \"a little lighter\" by week 6, mood still low; stopped only because his new plan would not cover it",
          "partial_response", F10, 2, "he felt \"a little lighter\" by week 6, mood still low"),
    ],
    "scales": [
        S("PHQ-9", 22, "2026-09-08", F10, 1, "1 09/08/2026 41 mg 128/80 156/94 130/82 22"),
        S("PHQ-9", 20, "2026-09-10", F10, 1, "2 09/10/2026 41 mg 124/78 150/90 126/80 20"),
        S("PHQ-9", 17, "2026-09-14", F10, 1, "3 09/14/2026 41 mg 130/84 148/92 128/80 17"),
        S("PHQ-9", 13, "2026-09-17", F10, 1, "4 09/17/2026 45 mg 126/80 152/90 124/78 13"),
        S("PHQ-9", 11, "2026-09-21", F10, 1, "5 09/21/2026 45 mg 122/76 146/88 120/78 11"),
        S("PHQ-9", 9, "2026-09-24", F10, 1, "6 09/24/2026 45 mg 124/80 144/86 122/80 9"),
        S("GAD-7", 14, "2026-09-08", F10, 1, "GAD-7 at intake (09/08/2026): 14."),
    ],
    "diagnoses": [D("F33.2", F10, 2, "F33.2 major depressive disorder, recurrent, severe"),
                  D("F41.1", F10, 2, "F41.1 generalized anxiety disorder")],
    "suicidality": SU("passive", F10, 2, "passive SI (wishes he would not wake up), no plan, no intent"),
})

# ---------------------------------------------------------------- 11 handwritten consult scan (image-only PDF, 2 pages)
F11 = "feld_consult_handwritten_scan.pdf"
P11a = [
    "FICTIONAL - handwritten consult - test data only",
    "Dr. A. Feld, psychiatry (fictional)  tel 555-0126",
    "Re: Marguerite Oyelaran  DOB 8/5/1974  ID FICT-4471",
    "Date: 11/30/26",
    "To: Crestline TMS Center (fictional) - referral",
    "52 y/o F, MDD recurrent since 2010, now severe.",
    "Dx F33.2",
    "PHQ9 = 20 today (11/30/26)",
    "denies SI, no hx attempts",
    "Works part time, lives w/ husband. Med hx over ->",
]
P11b = [
    "FICTIONAL - Feld consult p.2 - M. Oyelaran",
    "Rx hx:",
    "- Cymb 60 (2014 - 2015): GI upset, stopped",
    "- WBT SR 150 bid 2016 - 2017: no benefit",
    "- Prozac 20 -> 40 (6/2018 - 3/2019): 'took the edge off',",
    "    still depressed",
    "- Abilify 5 aug w/ Prozac 11/18 - 1/19: restless, d/c",
    "- Emsam 6 mg patch 2020 x 4 mo: no change",
    "NOT tried: ECT (pt refuses), lithium, ketamine",
    "FHx: sister - ECT w/ good result",
    "Plan: refer for TMS. ? Auvelity if TMS denied.",
    "A. Feld MD",
]
CASES.append({
    "slug": "11-handwritten-consult-scan",
    "docs": [{"file": F11, "type": "scanpdf", "pages": [P11a, P11b], "seed": 111}],
    "note": ("Two-page image-only PDF (no text layer), handwriting-style, rotated and speckled; the trials are on "
             "page 2 in abbreviations: 'Cymb' = Cymbalta (duloxetine), 'WBT SR' = Wellbutrin SR (bupropion), "
             "Emsam = selegiline patch. Fluoxetine 'took the edge off', still depressed -> partial_response. "
             "Aripiprazole 'aug w/ Prozac' 11/18 - 1/19 -> 2018-11 to 2019-01. Selegiline '2020 x 4 mo' -> 2020. "
             "Not rows: ECT (refuses), lithium, ketamine (not tried), sister's ECT, TMS (referral), Auvelity "
             "(question in plan). Truth texts are the drawn lines."),
    "history": [
        H("duloxetine", "SNRI", "antidepressant", "60", "2014", "2015", "GI upset, stopped", "side_effects",
          F11, 2, "- Cymb 60 (2014 - 2015): GI upset, stopped"),
        H("bupropion", "NDRI", "antidepressant", "150 bid", "2016", "2017", "no benefit", "no_response",
          F11, 2, "- WBT SR 150 bid 2016 - 2017: no benefit"),
        H("fluoxetine", "SSRI", "antidepressant", "40", "2018-06", "2019-03", "'took the edge off', still depressed",
          "partial_response", F11, 2, "- Prozac 20 -> 40 (6/2018 - 3/2019): 'took the edge off', still depressed"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5", "2018-11", "2019-01", "restless, d/c",
          "side_effects", F11, 2, "- Abilify 5 aug w/ Prozac 11/18 - 1/19: restless, d/c"),
        H("selegiline", "MAOI", "antidepressant", "6 mg patch", "2020", "2020", "no change", "no_response",
          F11, 2, "- Emsam 6 mg patch 2020 x 4 mo: no change"),
    ],
    "scales": [S("PHQ-9", 20, "2026-11-30", F11, 1, "PHQ9 = 20 today (11/30/26)")],
    "diagnoses": [D("F33.2", F11, 1, "Dx F33.2")],
    "suicidality": SU("none", F11, 1, "denies SI, no hx attempts"),
})

# ---------------------------------------------------------------- 12 pain clinic: ketamine for neuropathic pain (DOCX)
F12 = "summit_hollow_pain_consult_2026-11-16.docx"
b12 = [
    ("h", "Summit Hollow Pain & Neuromodulation Center - Follow-up Consultation"),
    ("p", "FICTIONAL DOCUMENT - invented patient, clinic and insurer, for software testing only."),
    ("p", "Patient: Gregory Tallis-Whyte   DOB 1966-03-30   Acct SHP-FICT-70815   Date of service: 11/16/2026"),
    ("p", "Insurer: Maplecrest Health Alliance (fictional), member FICT-MHA-81233   Clinic 555-0177"),
    ("p", "Provider: Anjali Rao-Bennett, MD (fictional), pain medicine"),
    ("h", "Reason for visit"),
    ("p", "Painful diabetic peripheral neuropathy of both feet, burning and electric, worse at night; request for a "
          "second outpatient ketamine infusion series."),
    ("h", "Pain and mood today"),
    ("p", "Pain today 7/10 at rest, 9/10 with walking. PHQ-9 9. Sleep 4-5 h. Denies suicidal ideation."),
    ("h", "Treatments tried for neuropathic pain"),
    ("p", "Gabapentin, titrated to 2400 mg/day, 05/2021 through 01/2022: no meaningful pain relief at the top dose."),
    ("p", "Pregabalin 150 mg twice daily from 02/2022; stopped 07/2022 because of leg edema and daytime sedation."),
    ("p", "Duloxetine 60 mg daily 08/2022 to 03/2024 gave about 30% relief of the burning. It ended when he lost "
          "his insurance after a job change in 03/2024, not because of a problem with the drug; he has not "
          "restarted it."),
    ("p", "Tramadol 50 mg four times daily during 2023: minimal relief; stopped by his PCP."),
    ("p", "Outpatient IV ketamine, 5-day series in 06/2025 (0.3 mg/kg/h for 4 hours daily): roughly 50% relief "
          "that lasted about six weeks, then the pain returned to baseline."),
    ("p", "Nortriptyline was prescribed by his PCP in 2021 but he never filled it. Capsaicin 8% patch was "
          "recommended in 2024 and not covered, so it was not done. He has never tried a spinal cord stimulator. "
          "He declined opioid escalation (oxycodone) in 2024."),
    ("h", "Other medicines"),
    ("t", [["Medicine", "Dose", "For"],
           ["Metformin", "1000 mg twice daily", "diabetes"],
           ["Insulin glargine", "22 units nightly", "diabetes"],
           ["Lisinopril", "10 mg daily", "blood pressure / kidney protection"],
           ["Acetaminophen", "1 g up to three times daily as needed", "pain"]]),
    ("h", "Assessment"),
    ("p", "E11.42 Type 2 diabetes mellitus with diabetic polyneuropathy; G89.29 Other chronic pain; F32.A "
          "Depression, unspecified."),
    ("h", "Plan"),
    ("p", "Request authorization for a repeat 5-day IV ketamine series. Consider a spinal cord stimulator trial if "
          "ketamine is denied. Could restart duloxetine now that he has coverage. Follow up in 4 weeks."),
    ("p", "FICTIONAL - end of note."),
]
CASES.append({
    "slug": "12-pain-ketamine-neuropathy-docx",
    "docs": [{"file": F12, "type": "docx", "blocks": b12, "font": "Times New Roman", "size": 12}],
    "note": ("Pain clinic follow-up (Word), prose paragraphs. Gabapentin, pregabalin, tramadol and IV ketamine are "
             "kind 'other'; duloxetine (antidepressant-class drug given for pain) stays 'antidepressant'. Duloxetine "
             "stopped for lost insurance, which decides nothing -> 'about 30% relief' -> partial_response. Ketamine "
             "series one stretch in 06/2025, relief that went after six weeks -> relapse. Tramadol 'during 2023' "
             "-> 2023 to 2023. Not rows: nortriptyline (never filled), capsaicin patch (not done), spinal cord "
             "stimulator (never; plan), oxycodone (declined), duloxetine restart (plan), metformin, insulin, "
             "lisinopril, acetaminophen PRN. Pain NRS: two scores told together on the note's date."),
    "history": [
        H("gabapentin", "gabapentinoid", "other", "2400 mg/day", "2021-05", "2022-01",
          "no meaningful pain relief at the top dose", "no_response", F12, 1,
          "Gabapentin, titrated to 2400 mg/day, 05/2021 through 01/2022: no meaningful pain relief at the top dose."),
        H("pregabalin", "gabapentinoid", "other", "150 mg twice daily", "2022-02", "2022-07",
          "stopped because of leg edema and daytime sedation", "side_effects", F12, 1,
          "stopped 07/2022 because of leg edema and daytime sedation."),
        H("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2022-08", "2024-03",
          "about 30% relief of the burning; ended when he lost his insurance", "partial_response", F12, 1,
          "Duloxetine 60 mg daily 08/2022 to 03/2024 gave about 30% relief of the burning."),
        H("tramadol", "opioid", "other", "50 mg four times daily", "2023", "2023", "minimal relief; stopped by his PCP",
          "no_response", F12, 1, "Tramadol 50 mg four times daily during 2023: minimal relief; stopped by his PCP."),
        H("ketamine", "NMDA receptor antagonist", "other", "5-day series (0.3 mg/kg/h)", "2025-06", "2025-06",
          "roughly 50% relief that lasted about six weeks, then the pain returned to baseline", "relapse", F12, 1,
          "roughly 50% relief that lasted about six weeks, then the pain returned to baseline."),
    ],
    "scales": [
        S("pain NRS", 7, "2026-11-16", F12, 1, "Pain today 7/10 at rest"),
        S("pain NRS", 9, "2026-11-16", F12, 1, "9/10 with walking"),
        S("PHQ-9", 9, "2026-11-16", F12, 1, "PHQ-9 9."),
    ],
    "diagnoses": [
        D("E11.42", F12, 1, "E11.42 Type 2 diabetes mellitus with diabetic polyneuropathy"),
        D("G89.29", F12, 1, "G89.29 Other chronic pain"),
        D("F32.A", F12, 1, "F32.A Depression, unspecified"),
    ],
    "suicidality": SU("none", F12, 1, "Denies suicidal ideation."),
})
