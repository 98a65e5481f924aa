"""Cases 07-12 of the notes15 set. Everything here is FICTIONAL."""
from helpers import D, H, S, SU

CASES = []

# ------------------------------------------------------------------ 07 pain clinic note, 2-page PDF (CRPS)
F7 = "ridgeview_pain_followup_2026-10-13.pdf"
R7 = "FICTIONAL RECORD - Ridgeview Pain & Spine, 905 Canyon Loop, Castle Junction, UT 84999 - 555-0125"
CASES.append({
    "slug": "07-pain-clinic-crps-followup",
    "docs": [{"file": F7, "fmt": "pdf", "pages": [
        [("p", R7), ("h", "Interventional Pain Medicine - Follow-up Visit"),
         ("p", "Patient: Desmond Achterberg   DOB 06/21/1979   MRN RPS-FICT-60312   DOS 10/13/2026   Provider: "
               "Yusuf Calloway-Brandt, MD"),
         ("p", "Diagnoses: G90.521 Complex regional pain syndrome I of right lower limb; F32.1 Major depressive "
               "disorder, single episode, moderate; K21.9 GERD."),
         ("h", "Interval history"),
         ("p", "Mr. Achterberg has CRPS of the right foot since a crush injury at work in 01/2023. Burning pain, "
               "allodynia to socks and bedsheets, color and temperature change. Pain today 7/10 at rest, 9/10 with "
               "walking. He walks with a cane and has not worked since 2023."),
         ("h", "Treatments to date"),
         ("p", "Gabapentin titrated to 3600 mg/day from 03/2023 to 01/2024: no relief at any dose, tapered off. "
               "Pregabalin 150 mg twice daily from 02/2024, stopped after two months because of ankle swelling and "
               "blurred vision. Amitriptyline 25-50 mg at night from 05/2024 to 11/2024: it helped him sleep, but "
               "the pain was unchanged. Duloxetine 60 mg daily since 03/2025, continuing: about 30% less burning, "
               "which he values, and his mood is a little better on it."),
         ("p", "Lumbar sympathetic blocks (right L2-L3), three of them, 06/2025, 07/2025 and 09/2025: each gave "
               "two to three days of about 60% relief, then the pain went back to baseline. Outpatient IV ketamine "
               "series in 04/2026, 5 infusions over five days (4 hours daily): pain went from 8/10 before the "
               "series to 5/10 after it, a benefit that lasted about six weeks before the pain returned to 8/10."),
         ("p", "Not tried: spinal cord stimulation (trial discussed in 2025; he is not ready), mirror therapy at "
               "home (handout given, never started). Oxycodone 5 mg as needed, about 3 tablets a week; no "
               "escalation. Omeprazole 20 mg for GERD.")],
        [("p", R7), ("h", "Follow-up Visit (continued) - Desmond Achterberg - DOS 10/13/2026"),
         ("h", "Measures trend"),
         ("t", [["Visit", "Pain NRS (0-10)", "PHQ-9", "Comment"],
                ["03/10/2026", "8", "15", "before ketamine series"],
                ["06/09/2026", "6", "12", "six weeks after the series"]], [0.2, 0.2, 0.15, 0.45]),
         ("p", "PHQ-9 today 14. Mood low because of pain and loss of work. He denies suicidal ideation; no "
               "history of suicide attempts."),
         ("h", "Examination"),
         ("p", "Right foot cooler by 1.5 C, mottled, mild edema; allodynia over the dorsum; reduced ankle range of "
               "motion. Gait antalgic with a cane."),
         ("h", "Assessment and plan"),
         ("p", "CRPS I, right lower limb, refractory to two gabapentinoids, a tricyclic, sympathetic blocks and a "
               "ketamine series; partial benefit from duloxetine. Continue duloxetine 60 mg. Repeat ketamine "
               "infusion series requested: prior authorization to be submitted (96365, 96366, J3490). If denied, "
               "will revisit the spinal cord stimulator trial. Follow-up in 6 weeks.")]]}],
    "note": ("FICTIONAL case. Pain-clinic follow-up (2-page PDF) for CRPS of the right foot. Pain trials: gabapentin "
             "no relief (kind other); pregabalin stopped for edema and blurred vision (other, side_effects); "
             "amitriptyline 'helped him sleep, but the pain was unchanged' = no_response (antidepressant kind, given "
             "for pain); duloxetine since 03/2025, about 30% less burning, continuing = partial_response, end null; "
             "three lumbar sympathetic blocks 06-09/2025, relief for days then back to baseline = relapse (other); "
             "IV ketamine series 04/2026, 8/10 -> 5/10 for about six weeks then back = relapse (other). Not rows: "
             "spinal cord stimulation (discussed, not ready; later a contingency), mirror therapy never started, "
             "oxycodone PRN, omeprazole (GERD), the requested repeat ketamine series. Pain scores: 7/10 and 9/10 "
             "today; 8/10 and 5/10 told of the series (dated 2026-04); the trend table's two visits. Suicidality "
             "none."),
    "history": [
        H("gabapentin", "gabapentinoid", "other", "3600 mg/day", "2023-03", "2024-01",
          "no relief at any dose, tapered off", "no_response",
          F7, 1, "Gabapentin titrated to 3600 mg/day from 03/2023 to 01/2024: no relief at any dose, tapered off"),
        H("pregabalin", "gabapentinoid", "other", "150 mg twice daily", "2024-02", "2024-04",
          "stopped after two months because of ankle swelling and blurred vision", "side_effects",
          F7, 1, "Pregabalin 150 mg twice daily from 02/2024, stopped after two months because of ankle swelling"),
        H("amitriptyline", "TCA", "antidepressant", "50 mg", "2024-05", "2024-11",
          "it helped him sleep, but the pain was unchanged", "no_response",
          F7, 1, "it helped him sleep, but the pain was unchanged"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-03", None,
          "about 30% less burning", "partial_response",
          F7, 1, "Duloxetine 60 mg daily since 03/2025, continuing: about 30% less burning"),
        H("lumbar sympathetic block", "nerve block", "other", "3 blocks", "2025-06", "2025-09",
          "each gave two to three days of about 60% relief, then the pain went back to baseline", "relapse",
          F7, 1, "each gave two to three days of about 60% relief, then the pain went back to baseline"),
        H("ketamine", "NMDA antagonist (IV, off label)", "other", "5 infusions", "2026-04", "2026-04",
          "pain 8/10 -> 5/10, a benefit that lasted about six weeks before the pain returned to 8/10", "relapse",
          F7, 1, "a benefit that lasted about six weeks before the pain returned to 8/10"),
    ],
    "scales": [
        S("pain NRS", 7, "2026-10-13", F7, 1, "Pain today 7/10 at rest"),
        S("pain NRS", 9, "2026-10-13", F7, 1, "9/10 with walking"),
        S("pain NRS", 8, "2026-04", F7, 1, "pain went from 8/10 before the series"),
        S("pain NRS", 5, "2026-04", F7, 1, "to 5/10 after it"),
        S("pain NRS", 8, "2026-03-10", F7, 2, "03/10/2026 8 15"),
        S("PHQ-9", 15, "2026-03-10", F7, 2, "03/10/2026 8 15"),
        S("pain NRS", 6, "2026-06-09", F7, 2, "06/09/2026 6 12"),
        S("PHQ-9", 12, "2026-06-09", F7, 2, "06/09/2026 6 12"),
        S("PHQ-9", 14, "2026-10-13", F7, 2, "PHQ-9 today 14"),
    ],
    "diagnoses": [D("G90.521", F7, 1, "G90.521 Complex regional pain syndrome I of right lower limb"),
                  D("F32.1", F7, 1, "F32.1 Major depressive disorder, single episode, moderate"),
                  D("K21.9", F7, 1, "K21.9 GERD")],
    "suicidality": SU("none", F7, 2, "He denies suicidal ideation; no history of suicide attempts."),
})

# ------------------------------------------------------------------ 08 Spanish referral letter, DOCX
F8 = "informe_referencia_carvajal.docx"
CASES.append({
    "slug": "08-informe-referencia-espanol",
    "docs": [{"file": F8, "fmt": "docx", "pages": [[
        ("p", "MUESTRA FICTICIA - Clínica San Rafael de Valle Dorado, 300 Calle Mesquite, Valle Dorado, TX 79999 - "
              "tel. 555-0108"),
        ("h", "Informe psiquiátrico de referencia"),
        ("p", "Fecha: 14 de octubre de 2026"),
        ("p", "Paciente: Rubén Carvajal Ostos   Fecha de nacimiento: 09/04/1991   Expediente: CSR-FICT-2291"),
        ("p", "Dirigido a: Programa de Tratamientos Avanzados para la Depresión (Dr. Tomás Iriarte Vance)"),
        ("p", "Estimado colega: le refiero al Sr. Carvajal, de 35 años, con trastorno depresivo mayor recurrente, "
              "episodio actual grave sin síntomas psicóticos (F33.2), para valorar esketamina intranasal u otras "
              "opciones. Trabaja como electricista; está de baja desde julio."),
        ("h", "Tratamientos previos"),
        ("p", "Inició fluoxetina 20 mg en la primavera de 2022, aumentada a 40 mg en el verano; la tomó hasta "
              "enero de 2023 sin respuesta. Después, escitalopram 20 mg de febrero a agosto de 2023: respuesta "
              "parcial, pero lo suspendió por disfunción sexual. Duloxetina 60 mg desde septiembre de 2023 hasta "
              "junio de 2024: al principio mejoró mucho, pero a los seis meses volvió la tristeza a pesar de "
              "seguir tomándola. En marzo de 2024 se añadió aripiprazol 5 mg a la duloxetina durante unas 10 "
              "semanas; se retiró por acatisia."),
        ("p", "Desde julio de 2024 toma bupropión XL 300 mg. Él dice que 'quizás está un poco mejor'; el "
              "beneficio es incierto."),
        ("p", "Psicoterapia: 10 sesiones de terapia cognitivo-conductual (TCC) en 2025; le ayudó a organizar su "
              "día, pero el ánimo sigue igual."),
        ("p", "Nunca ha recibido estimulación magnética transcraneal ni terapia electroconvulsiva. Su hermano "
              "toma sertralina con buen resultado. Otros medicamentos: losartán 50 mg para hipertensión (I10)."),
        ("h", "Escalas"),
        ("p", "PHQ-9 de hoy: 21 (en junio de 2026 era 19)."),
        ("h", "Riesgo"),
        ("p", "Ideación suicida pasiva ('a veces quisiera dormirme y no despertar'), sin plan ni intención. Sin "
              "intentos previos. Vive con su esposa, que está informada del plan de seguridad."),
        ("h", "Plan"),
        ("p", "Se propone esketamina intranasal; si no es posible, EMT. Mientras tanto continúa con bupropión XL "
              "300 mg. Quedo a su disposición."),
        ("p", "Dra. Lucía Etxeberria Montaño, psiquiatra"),
    ]]}],
    "note": ("FICTIONAL case (MUESTRA FICTICIA). Spanish referral letter (DOCX), prose only. Fluoxetina 20 -> 40 mg "
             "'primavera de 2022' to 'enero de 2023', sin respuesta; escitalopram 02-08/2023, partial but stopped for "
             "sexual dysfunction (side_effects); duloxetina 09/2023-06/2024, improved then sadness returned while "
             "taking it = relapse; aripiprazol 'se añadió ... a la duloxetina' 03/2024 for about 10 weeks, akathisia "
             "= augmentation, side_effects (end 2024-05); bupropión XL since 07/2024, 'quizás ... un poco mejor', "
             "'beneficio incierto' = unknown (end null); TCC 10 sesiones 2025, helped organise his day, mood "
             "unchanged = no_response. Not rows: 'Nunca ha recibido' EMT/TEC, brother's sertraline, losartán "
             "(hypertension), esketamina and EMT as plans. Suicidality passive."),
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2022", "2023-01", "sin respuesta", "no_response",
          F8, 1, "la tomó hasta enero de 2023 sin respuesta"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2023-02", "2023-08",
          "respuesta parcial, pero lo suspendió por disfunción sexual", "side_effects",
          F8, 1, "escitalopram 20 mg de febrero a agosto de 2023: respuesta parcial, pero lo suspendió por "
                 "disfunción sexual"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2023-09", "2024-06",
          "al principio mejoró mucho, pero a los seis meses volvió la tristeza", "relapse",
          F8, 1, "al principio mejoró mucho, pero a los seis meses volvió la tristeza"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-03", "2024-05",
          "se retiró por acatisia", "side_effects",
          F8, 1, "En marzo de 2024 se añadió aripiprazol 5 mg a la duloxetina durante unas 10 semanas; se retiró "
                 "por acatisia"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2024-07", None,
          "'quizás está un poco mejor'; el beneficio es incierto", "unknown",
          F8, 1, "el beneficio es incierto"),
        H("CBT", "psychotherapy", "psychotherapy", "10 sesiones", "2025", "2025",
          "le ayudó a organizar su día, pero el ánimo sigue igual", "no_response",
          F8, 1, "10 sesiones de terapia cognitivo-conductual (TCC) en 2025; le ayudó a organizar su día, pero el "
                 "ánimo sigue igual"),
    ],
    "scales": [
        S("PHQ-9", 21, "2026-10-14", F8, 1, "PHQ-9 de hoy: 21"),
        S("PHQ-9", 19, "2026-06", F8, 1, "en junio de 2026 era 19"),
    ],
    "diagnoses": [D("F33.2", F8, 1, "sin síntomas psicóticos (F33.2)"),
                  D("I10", F8, 1, "losartán 50 mg para hipertensión (I10)")],
    "suicidality": SU("passive", F8, 1, "Ideación suicida pasiva ('a veces quisiera dormirme y no despertar'), sin "
                                        "plan ni intención."),
})

# ------------------------------------------------------------------ 09 PCP notes, faxed scan, 2 pages
F9 = "fax_pcp_notes_njoroge-pell.pdf"
FX9 = "FAX 10/29/2026 09:41  FROM 555-0151 ORCHARD GAP FAMILY MED  P.{}/2"
PT9 = "Patient: Harriet Njoroge-Pell   DOB 04/09/1959   MRN OGF-FICT-11873"
CASES.append({
    "slug": "09-faxed-primary-care-notes",
    "docs": [{"file": F9, "fmt": "scan", "size": 10, "pages": [
        [("p", FX9.format(1)),
         ("p", "FICTIONAL RECORD - Orchard Gap Family Medicine, 12 Cider Mill Rd, Orchard Gap, VT 05999"),
         ("h", "Office visit 02/11/2026 - Depression follow-up"), ("p", PT9),
         ("p", "S: Citalopram 20 mg since 08/2025. Sleeping better, still tearful most days, no interest in her "
               "garden club. Only a modest improvement (PHQ-9 18 in 08/2025, 16 today). Denies SI."),
         ("p", "Past: after her husband died she took paroxetine 20 mg in 1996 for about a year, 'it helped a "
               "lot', and stopped in 1997 when she felt well. Restarted paroxetine 20 mg in spring 2019 when low "
               "again: no benefit after 3 months and she stopped it. 8 sessions of CBT at the senior center in "
               "2024: the sessions were a comfort, but her depression did not change."),
         ("p", "Other meds: levothyroxine 88 mcg (E03.9), amlodipine 5 mg (I10), alendronate 70 mg weekly "
               "(M81.0)."),
         ("p", "A/P: F33.1 MDD, recurrent, moderate. Citalopram cannot go above 20 mg at her age (QT). Cross-taper "
               "to sertraline: start 50 mg today, citalopram 10 mg x 1 week then stop. Sertraline to 100 mg in "
               "4 weeks. Recheck 3 months.")],
        [("p", FX9.format(2)),
         ("p", "FICTIONAL RECORD - Orchard Gap Family Medicine - " + PT9),
         ("h", "Office visit 05/19/2026 - Depression follow-up"),
         ("p", "S: Sertraline 100 mg since mid-March. Nausea the first week, then settled. Mood 'not much "
               "different'. PHQ-9 17 today. Occasionally thinks she 'wouldn't mind not waking up'; no plan, no "
               "intent, has her grandchildren to live for."),
         ("p", "O: BP 132/78. Alert, flat affect, good eye contact."),
         ("p", "A/P: MDD recurrent, moderate - no response to sertraline so far. Continue sertraline 100 mg. "
               "Refer to psychiatry (Dr. Anselm Ferreira-Holt). Could add bupropion if psychiatry agrees. Crisis "
               "line number given. She does not want counseling again right now."),
         ("h", "Phone note 08/03/2026"),
         ("p", "Psychiatry appt 11/2026. Pt asks to stay on sertraline 100 mg meanwhile, no change. No SI. - "
               "N. Ashworth, MD")]]}],
    "note": ("FICTIONAL case. Two primary-care visits and a phone note, faxed: image-only scanned 2-page PDF. "
             "Paroxetine 1996-1997, 'it helped a lot', stopped when well = remission; RESTARTED in spring 2019, no "
             "benefit after 3 months = a second row, no_response. CBT 8 sessions 2024, 'a comfort' but depression "
             "unchanged = no_response. Citalopram 08/2025 to the cross-taper 02/2026, modest improvement = "
             "partial_response. Sertraline 50 -> 100 mg from 02/11/2026, still taken, no response (end null; the "
             "stop-free 'no response ... so far' with PHQ-9 17 after two months at 100 mg). Not rows: bupropion "
             "('could add'), counseling declined now, levothyroxine/amlodipine/alendronate. Suicidality none -> "
             "passive (05/19) -> none: highest passive."),
    "history": [
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "1996", "1997",
          "'it helped a lot', and stopped in 1997 when she felt well", "remission",
          F9, 1, "took paroxetine 20 mg in 1996 for about a year, 'it helped a lot', and stopped in 1997 when she "
                 "felt well"),
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2019", "2019",
          "no benefit after 3 months and she stopped it", "no_response",
          F9, 1, "Restarted paroxetine 20 mg in spring 2019 when low again: no benefit after 3 months and she "
                 "stopped it"),
        H("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2024", "2024",
          "the sessions were a comfort, but her depression did not change", "no_response",
          F9, 1, "the sessions were a comfort, but her depression did not change"),
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2025-08", "2026-02",
          "Only a modest improvement (PHQ-9 18 in 08/2025, 16 today)", "partial_response",
          F9, 1, "Only a modest improvement (PHQ-9 18 in 08/2025, 16 today)"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2026-02-11", None,
          "no response to sertraline so far", "no_response",
          F9, 2, "no response to sertraline so far"),
    ],
    "scales": [
        S("PHQ-9", 18, "2025-08", F9, 1, "PHQ-9 18 in 08/2025"),
        S("PHQ-9", 16, "2026-02-11", F9, 1, "16 today"),
        S("PHQ-9", 17, "2026-05-19", F9, 2, "PHQ-9 17 today"),
    ],
    "diagnoses": [D("F33.1", F9, 1, "F33.1 MDD, recurrent, moderate"), D("E03.9", F9, 1, "(E03.9)"),
                  D("I10", F9, 1, "(I10)"), D("M81.0", F9, 1, "(M81.0)")],
    "suicidality": SU("passive", F9, 2, "Occasionally thinks she 'wouldn't mind not waking up'; no plan, no intent"),
})

# ------------------------------------------------------------------ 10 psychologist's treatment summary, PDF
F10 = "tallgrass_treatment_summary_osei-lindqvist.pdf"
T10 = "FICTIONAL RECORD - Tallgrass Counseling Associates, 61 Prairie Rose Ave, Wren Valley, KS 66999 - 555-0139"
CASES.append({
    "slug": "10-psychotherapy-treatment-summary",
    "docs": [{"file": F10, "fmt": "pdf", "pages": [
        [("p", T10), ("h", "Psychotherapy Treatment Summary (for continued authorization)"),
         ("p", "Client: Kwame Osei-Lindqvist   DOB 10/17/1993   Client ID TCA-FICT-7740   Date: 09/30/2026   "
               "Therapist: Fiona Marchetti, PsyD, licensed psychologist"),
         ("p", "Diagnoses: F43.12 Post-traumatic stress disorder, chronic; F33.1 Major depressive disorder, "
               "recurrent, moderate."),
         ("h", "Background"),
         ("p", "Mr. Osei-Lindqvist, 33, is a former emergency medical technician with PTSD after a 2021 highway "
               "collision in which a child died, and recurrent depression. He first came to this practice in "
               "01/2024. At intake he reported active suicidal thoughts with a method in mind (his handgun) but no "
               "intent or plan to act; C-SSRS ideation severity 3 (01/2024). The handgun was moved to his "
               "brother's house the same week. He has reported no suicidal ideation since mid-2024."),
         ("h", "Psychotherapy courses"),
         ("p", "EMDR, 10 sessions, 01/2024 to 04/2024: nightmares became less frequent, but the depression was "
               "not touched."),
         ("p", "Cognitive processing therapy, 12 sessions, 02/2025 to 05/2025: the trauma symptoms eased and "
               "PHQ-9 went from 20 to 15 - a partial response. (Billing codes for these sessions are listed on "
               "the claim forms, not here.)"),
         ("p", "Interpersonal psychotherapy (IPT) for the depression, weekly since 06/2026, 14 sessions to date: "
               "mood partially better, PHQ-9 17 in 06/2026 and 14 today; he is back to part-time work."),
         ("p", "Prolonged exposure was offered in 2023 by a previous therapist; he chose not to start it. A DBT "
               "skills group was recommended in 2025 and he declined.")],
        [("p", T10), ("h", "Treatment Summary (continued) - Kwame Osei-Lindqvist"),
         ("h", "Medication (prescribed by his psychiatrist, Dr. Hollis Agyeman; listed for context)"),
         ("p", "Sertraline up to 200 mg from 2023 to 2024: no benefit for mood. Venlafaxine XR 150 mg since "
               "01/2025, continuing, with a partial response per his psychiatrist. Prazosin 2 mg at night for "
               "trauma nightmares."),
         ("h", "Current status (09/30/2026)"),
         ("p", "PHQ-9 14. GAD-7 13. He denies suicidal ideation. Sleep 6 hours, fewer nightmares, avoidance of "
               "highways persists."),
         ("h", "Request"),
         ("p", "Continued weekly IPT for 12 more sessions (through 12/2026), then review. CPT 90837 weekly. "
               "Prognosis fair to good with continued treatment.")]]}],
    "note": ("FICTIONAL case. A psychologist's treatment summary for reauthorization (2-page PDF). Psychotherapy "
             "courses: EMDR 10 sessions 01-04/2024, nightmares less frequent but 'the depression was not touched' = "
             "no_response; cognitive processing therapy 12 sessions 02-05/2025, PHQ-9 20 -> 15 = partial_response "
             "(the words 'Billing codes' and 'CPT 90837' nearby are procedure codes, no row); IPT since 06/2026, 14 "
             "sessions, partial, ongoing (end null). Medicines: sertraline 2023-2024 no benefit; venlafaxine since "
             "01/2025 partial, ongoing. Not rows: prolonged exposure (chose not to start), DBT group (declined), "
             "prazosin (nightmares, another indication), the requested further IPT. Suicidality: active ideation with "
             "a method at intake 01/2024 (C-SSRS 3), none since: highest active."),
    "history": [
        H("EMDR", "psychotherapy", "psychotherapy", "10 sessions", "2024-01", "2024-04",
          "nightmares became less frequent, but the depression was not touched", "no_response",
          F10, 1, "EMDR, 10 sessions, 01/2024 to 04/2024: nightmares became less frequent, but the depression was "
                  "not touched"),
        H("cognitive processing therapy", "psychotherapy", "psychotherapy", "12 sessions", "2025-02", "2025-05",
          "PHQ-9 went from 20 to 15 - a partial response", "partial_response",
          F10, 1, "PHQ-9 went from 20 to 15 - a partial response"),
        H("IPT", "psychotherapy", "psychotherapy", "14 sessions", "2026-06", None,
          "mood partially better", "partial_response",
          F10, 1, "Interpersonal psychotherapy (IPT) for the depression, weekly since 06/2026, 14 sessions to date: "
                  "mood partially better"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2023", "2024", "no benefit for mood", "no_response",
          F10, 2, "Sertraline up to 200 mg from 2023 to 2024: no benefit for mood"),
        H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2025-01", None, "a partial response",
          "partial_response", F10, 2, "Venlafaxine XR 150 mg since 01/2025, continuing, with a partial response"),
    ],
    "scales": [
        S("C-SSRS", 3, "2024-01", F10, 1, "C-SSRS ideation severity 3 (01/2024)"),
        S("PHQ-9", 20, "2025-02", F10, 1, "PHQ-9 went from 20 to 15"),
        S("PHQ-9", 15, "2025-05", F10, 1, "PHQ-9 went from 20 to 15"),
        S("PHQ-9", 17, "2026-06", F10, 1, "PHQ-9 17 in 06/2026"),
        S("PHQ-9", 14, "2026-09-30", F10, 2, "PHQ-9 14."),
        S("GAD-7", 13, "2026-09-30", F10, 2, "GAD-7 13."),
    ],
    "diagnoses": [D("F43.12", F10, 1, "F43.12 Post-traumatic stress disorder, chronic"),
                  D("F33.1", F10, 1, "F33.1 Major depressive disorder, recurrent, moderate")],
    "suicidality": SU("active", F10, 1, "active suicidal thoughts with a method in mind (his handgun) but no intent "
                                        "or plan to act"),
})

# ------------------------------------------------------------------ 11 TMS prior-authorization form, DOCX
F11 = "harborline_tms_pa_request_duvernay.docx"
F11B = "oduya-brandt_lmn_tms_duvernay.pdf"
CASES.append({
    "slug": "11-tms-prior-auth-form-docx",
    "docs": [{"file": F11, "fmt": "docx", "pages": [[
        ("p", "FICTIONAL FORM - Harborline Health Plan, Utilization Management, PO Box 4410, Saltmarsh, SC 29999 - "
              "fax 555-0170"),
        ("h", "Prior Authorization Request: Transcranial Magnetic Stimulation (TMS)"),
        ("p", "Section 1. Member: Celeste Duvernay   Member ID: HHP-FICT-55120-03   DOB: 01/25/1985"),
        ("p", "Section 2. Requesting provider: Palmetto Shoals Psychiatry, Nathaniel Oduya-Brandt, MD   NPI "
              "1999999015   Phone 555-0171   Date of request: 10/06/2026"),
        ("p", "Section 3. Diagnosis (ICD-10-CM): F33.2   [X] Major depressive disorder, recurrent, severe without "
              "psychotic features   [ ] Single episode   Other: F41.1 (generalized anxiety)"),
        ("p", "Section 4. Antidepressant trials (list all; at least 2 from different classes, each at an adequate "
              "dose for at least 6 weeks)"),
        ("t", [["Drug", "Class", "Dose", "Start (mm/yyyy)", "End (mm/yyyy)", "Weeks", "Outcome"],
               ["Escitalopram", "SSRI", "20 mg", "02/2022", "07/2022", "16", "No response"],
               ["Venlafaxine XR", "SNRI", "225 mg", "08/2022", "03/2023", "24",
                "Intolerable: drenching sweats, BP 158/98"],
               ["Vortioxetine", "multimodal", "20 mg", "05/2023", "12/2023", "20",
                "Good response by 08/2023, lost by the fall"],
               ["Bupropion XL", "NDRI", "300 mg", "01/2024", "current", "90+", "Minimal response"]], None),
        ("p", "Section 5. Augmentation trials"),
        ("t", [["Agent", "Dose / level", "Start", "End", "Added to", "Outcome"],
               ["Lithium carbonate", "900 mg (level 0.7)", "03/2024", "06/2024", "Bupropion XL",
                "Stopped: tremor and nausea"],
               ["Atypical antipsychotic", "-", "-", "-", "-", "Not tried (prediabetes, weight)"]], None),
        ("p", "Section 6. Evidence-based psychotherapy   [X] Yes  [ ] No   Type: CBT   Dates: 09/2021 - 01/2022   "
              "Sessions: 14   Result: no meaningful improvement in depression"),
        ("p", "Section 7. Prior ECT?   [ ] Yes  [X] No   If no, why: ECT consultation 05/2025; patient declined "
              "(memory concerns, work)"),
        ("p", "Section 8. Prior TMS?   [ ] Yes  [X] No"),
        ("p", "Section 9. Current severity   PHQ-9: 22   date 10/06/2026      HAM-D (17-item): 24   date "
              "10/03/2026"),
        ("p", "Section 10. Suicide risk   [ ] None  [X] Passive ideation  [ ] Active ideation  [ ] Attempt in the "
              "past 12 months"),
        ("p", "Section 11. Other current medicines: bupropion XL 300 mg daily; metformin 500 mg (prediabetes, "
              "R73.03); cetirizine 10 mg as needed."),
        ("p", "Section 12. Requested: TMS, 36 sessions over 9 weeks, CPT 90867 x1 then 90868 x35. Site: Palmetto "
              "Shoals Psychiatry, POS 11."),
        ("p", "Attestation: the information above is accurate and supported by the medical record.   Signature: "
              "N. Oduya-Brandt, MD   Date: 10/06/2026"),
    ]]},
             {"file": F11B, "fmt": "pdf", "size": 10, "pages": [[
        ("p", "FICTIONAL RECORD - Palmetto Shoals Psychiatry, 44 Oyster Point Rd, Saltmarsh, SC 29999 - 555-0171"),
        ("p", "October 6, 2026"),
        ("p", "Harborline Health Plan, Utilization Management (fax 555-0170)"),
        ("h", "Letter of medical necessity: TMS for Celeste Duvernay (member ID HHP-FICT-55120-03)"),
        ("p", "To the reviewer:"),
        ("p", "I am writing in support of a course of transcranial magnetic stimulation for my patient, Ms. "
              "Duvernay, a 41-year-old teacher with major depressive disorder, recurrent, severe without "
              "psychotic features (F33.2), whom I have treated since 2021. Her current episode has lasted more "
              "than three years."),
        ("p", "As the enclosed request form details, she has not recovered with escitalopram, venlafaxine XR, "
              "vortioxetine or bupropion XL, each at an adequate dose for an adequate time, nor with lithium "
              "augmentation, and a 14-session course of CBT did not lift her depression. One earlier trial is not "
              "on the form because it predates my care: she took sertraline 100 mg in 2019, prescribed by her "
              "college's student health service, and stopped it after about ten weeks because of insomnia and "
              "jitteriness."),
        ("p", "She lives with passive thoughts of death most weeks, without a plan, and has missed 31 days of work "
              "this year. She does not wish to have ECT after a consultation in 2025, and an atypical "
              "antipsychotic is a poor choice given her prediabetes. TMS is the appropriate next step under your "
              "own policy criteria, which she meets. I request approval of 36 sessions."),
        ("p", "Sincerely,"),
        ("p", "Nathaniel Oduya-Brandt, MD, board-certified in psychiatry"),
    ]]}],
    "note": ("FICTIONAL case. A health plan's TMS prior-authorization form filled in by the clinic (DOCX) with two "
             "Word tables (antidepressant trials; augmentation trials) and checkbox sections. Venlafaxine "
             "'Intolerable: drenching sweats' = side_effects; vortioxetine 'Good response by 08/2023, lost by the "
             "fall' = relapse; bupropion 'current', minimal response = no_response, end null; lithium 'Added to "
             "Bupropion XL', stopped for tremor/nausea = augmentation, side_effects; CBT 14 sessions 09/2021-01/2022, "
             "no meaningful improvement. The psychiatrist's letter of medical necessity (1-page PDF) names the same trials "
             "again (one row each; the form gives their dates) and adds sertraline 2019, stopped after ten weeks for "
             "insomnia and jitteriness (side_effects), which the form left out. Not rows: 'Atypical antipsychotic ... Not tried', ECT '[X] No' (declined), "
             "TMS '[X] No', the requested TMS, metformin (prediabetes), cetirizine PRN. Suicidality: ticked "
             "'[X] Passive ideation' (the letter: passive thoughts of death)."),
    "history": [
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2022-02", "2022-07", "No response", "no_response",
          F11, 1, "Escitalopram SSRI 20 mg 02/2022 07/2022 16 No response"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-08", "2023-03",
          "Intolerable: drenching sweats, BP 158/98", "side_effects",
          F11, 1, "Venlafaxine XR SNRI 225 mg 08/2022 03/2023 24 Intolerable: drenching sweats, BP 158/98"),
        H("vortioxetine", "multimodal", "antidepressant", "20 mg", "2023-05", "2023-12",
          "Good response by 08/2023, lost by the fall", "relapse",
          F11, 1, "Vortioxetine multimodal 20 mg 05/2023 12/2023 20 Good response by 08/2023, lost by the fall"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2024-01", None, "Minimal response", "no_response",
          F11, 1, "Bupropion XL NDRI 300 mg 01/2024 current 90+ Minimal response"),
        H("lithium", "mood stabilizer", "augmentation", "900 mg (level 0.7)", "2024-03", "2024-06",
          "Stopped: tremor and nausea", "side_effects",
          F11, 1, "Lithium carbonate 900 mg (level 0.7) 03/2024 06/2024 Bupropion XL Stopped: tremor and nausea"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2019", "2019",
          "stopped it after about ten weeks because of insomnia and jitteriness", "side_effects",
          F11B, 1, "she took sertraline 100 mg in 2019, prescribed by her college's student health service, and "
                   "stopped it after about ten weeks because of insomnia and jitteriness"),
        H("CBT", "psychotherapy", "psychotherapy", "14 sessions", "2021-09", "2022-01",
          "no meaningful improvement in depression", "no_response",
          F11, 1, "Type: CBT   Dates: 09/2021 - 01/2022   Sessions: 14   Result: no meaningful improvement in "
                  "depression"),
    ],
    "scales": [
        S("PHQ-9", 22, "2026-10-06", F11, 1, "PHQ-9: 22   date 10/06/2026"),
        S("HAM-D", 24, "2026-10-03", F11, 1, "HAM-D (17-item): 24   date 10/03/2026"),
    ],
    "diagnoses": [D("F33.2", F11, 1, "Diagnosis (ICD-10-CM): F33.2"), D("F41.1", F11, 1, "F41.1 (generalized anxiety)"),
                  D("R73.03", F11, 1, "(prediabetes, R73.03)")],
    "suicidality": SU("passive", F11, 1, "[X] Passive ideation"),
})

# ------------------------------------------------------------------ 12 phone photo of a paper visit flowsheet
F12 = "IMG_20261112_flowsheet.jpg"
fs = [["Date", "Meds (mg)", "PHQ-9", "SE / SI", "Change"],
      ["01/12/25", "fluoxetine 20, trazodone 50 hs", "23", "none / denies", "fluoxetine to 40"],
      ["03/09/25", "fluoxetine 40, trazodone 50 hs", "21", "mild GI / denies", "continue"],
      ["05/04/25", "fluoxetine 40, trazodone 50 hs", "20", "- / denies", "add liothyronine 25 mcg"],
      ["07/06/25", "fluoxetine 40, liothyronine 25", "19", "palpitations / denies", "stop liothyronine"],
      ["09/14/25", "fluoxetine 40", "20", "- / passive", "taper fluox, start desvenlafaxine 50"],
      ["11/16/25", "desvenlafaxine 50", "18", "- / passive", "desvenlafaxine to 100"],
      ["02/08/26", "desvenlafaxine 100", "12", "- / denies", "continue; CBT ref - pt declined (cost)"],
      ["05/10/26", "desvenlafaxine 100", "11", "- / denies", "continue"],
      ["08/09/26", "desvenlafaxine 100", "18", "mood slipped since June / passive", "refer Spravato eval"]]
CASES.append({
    "slug": "12-photo-paper-visit-flowsheet",
    "docs": [{"file": F12, "fmt": "photo", "size": 9.5, "hand": True, "landscape": True, "rule": 185, "pages": [[
        ("p", "FICTIONAL - Juniper Flats Rural Health Clinic - Psychiatric Med Management Flowsheet"),
        ("p", "Pt: Wendell Brightwater-Osei   DOB 08/30/1970   Chart JFR-FICT-3316   NP: M. Okafor-Reyes"),
        ("p", "Dx: F33.1 MDD recurrent moderate; G47.00 insomnia"),
        ("p", "fluoxetine 20 since 10/2024 (started by PCP). No prior psych meds. No ECT/TMS."),
        ("t", fs, [0.1, 0.26, 0.1, 0.25, 0.29]),
        ("p", "08/09/26: on desvenlafaxine 100 since 11/25 - improved to PHQ 11 by May, then relapse over summer."),
    ]]}],
    "note": ("FICTIONAL case. A phone photo (JPEG) of a paper medication-management flowsheet, a visit a row (date, "
             "meds, PHQ-9, SE / SI, change), handwriting style, two-digit years. Fluoxetine from 10/2024 (header line), "
             "20 -> 40 mg, tapered at the 09/14/25 visit, PHQ-9 23 -> 20 = no_response. Liothyronine 25 mcg added "
             "05/04/25, stopped 07/06/25 for palpitations = augmentation, side_effects. Desvenlafaxine from 09/14/25 "
             "(50 -> 100 mg), improved to 11 then slipped back to 18, still listed at the last visit = relapse, end "
             "null. Not rows: trazodone 50 at bedtime (sleep dose), 'No prior psych meds. No ECT/TMS.', CBT referral "
             "declined, 'refer Spravato eval'. Suicidality: passive in the SE / SI column (09/14/25, 11/16/25, "
             "08/09/26): passive."),
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2024-10", "2025-09-14",
          "PHQ-9 23 -> 20 on 40 mg; tapered", "no_response",
          F12, 1, "09/14/25 fluoxetine 40 20 - / passive taper fluox, start desvenlafaxine 50"),
        H("liothyronine", "thyroid hormone", "augmentation", "25 mcg", "2025-05-04", "2025-07-06",
          "palpitations; stop liothyronine", "side_effects",
          F12, 1, "07/06/25 fluoxetine 40, liothyronine 25 19 palpitations / denies stop liothyronine"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2025-09-14", None,
          "improved to PHQ 11 by May, then relapse over summer", "relapse",
          F12, 1, "improved to PHQ 11 by May, then relapse over summer"),
    ],
    "scales": [S("PHQ-9", sc, d, F12, 1, f"{dt} {m} {sc}") for dt, m, sc, d in [
        ("01/12/25", "fluoxetine 20, trazodone 50 hs", 23, "2025-01-12"),
        ("03/09/25", "fluoxetine 40, trazodone 50 hs", 21, "2025-03-09"),
        ("05/04/25", "fluoxetine 40, trazodone 50 hs", 20, "2025-05-04"),
        ("07/06/25", "fluoxetine 40, liothyronine 25", 19, "2025-07-06"),
        ("09/14/25", "fluoxetine 40", 20, "2025-09-14"),
        ("11/16/25", "desvenlafaxine 50", 18, "2025-11-16"),
        ("02/08/26", "desvenlafaxine 100", 12, "2026-02-08"),
        ("05/10/26", "desvenlafaxine 100", 11, "2026-05-10"),
        ("08/09/26", "desvenlafaxine 100", 18, "2026-08-09")]],
    "diagnoses": [D("F33.1", F12, 1, "F33.1 MDD recurrent moderate"), D("G47.00", F12, 1, "G47.00 insomnia")],
    "suicidality": SU("passive", F12, 1, "09/14/25 fluoxetine 40 20 - / passive"),
})
