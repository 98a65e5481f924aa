"""FICTIONAL cases 07-12 of blind set 25. Every person, clinic, number and address is invented."""
from helpers import D, H, S, SU

CASES = []


def case(fn):
    CASES.append(fn())
    return fn


@case
def c07():
    f = "post_covid_clinic_followups.pdf"
    p1 = [
        "FICTIONAL SAMPLE - Cedar Point Post-COVID Recovery Clinic (fictional), 80 Alder Way - 555-0124",
        ("H", "Post-COVID clinic follow-up - 05/12/2026"),
        "Patient: Hannah Oduya (fictional)    DOB 09/21/1991    MRN FICT-PC-6120    Clinician: S. Marek, MD",
        "Post-COVID condition since the infection of 01/2024: fatigue, post-exertional malaise, brain fog, POTS.",
        ("H", "Medicines"),
        "Low-dose naltrexone 4.5 mg nightly since 03/2025 for fatigue (post-COVID; off-label).",
        "Ivabradine 5 mg twice daily for POTS.",
        "Escitalopram 10 mg since 06/2025, current.",
        ("H", "Depression history (since 2024)"),
        "Vortioxetine 10 mg 06/2024-10/2024: nausea 'every single morning,' stopped.",
        "Bupropion XL 150 mg 11/2024-04/2025: 'no difference at all.'",
        "Acceptance and commitment therapy, 8 video sessions 01/2026-03/2026 with our psychologist:",
        "'it taught me to pace myself, but my mood is the same.'",
        "In 2024 she took a few of her partner's sertraline tablets 'to see'; we talked about not sharing medicines.",
        ("H", "Screening"),
        "PHQ-9: 13    GAD-7: 6    Denies suicidal thoughts.",
        ("H", "Assessment"),
        "U09.9 Post COVID-19 condition, unspecified.",
        "G90.A Postural orthostatic tachycardia syndrome.",
        "F32.1 Major depressive disorder, single episode, moderate.",
        ("H", "Plan"),
        "Discussed transcranial magnetic stimulation; she prefers to wait. Could consider low-dose aripiprazole later.",
        "Pacing program with OT; continue ivabradine and naltrexone.",
    ]
    p2 = [
        ("H", "Post-COVID clinic follow-up - 09/08/2026"),
        "Fatigue unchanged; two crashes since May after overexertion. Standing heart rate better on ivabradine.",
        "Escitalopram 10 mg: 'my mood is about 70 percent back'; still has low days.",
        "PHQ-9: 8. No SI.",
        ("H", "Plan"),
        "Continue escitalopram 10 mg. OT pacing continues. Return in 4 months.",
    ]
    doc = {"file": f, "fmt": "pdf", "pages": [p1, p2]}
    truth = {
        "_note": "FICTIONAL case. Post-COVID clinic follow-ups, 2-page PDF. Rows: vortioxetine (nausea: side "
                 "effects), bupropion XL (no difference: no response), acceptance and commitment therapy 8 sessions "
                 "(pacing helped, mood the same: no response), escitalopram from 06/2025 (70 percent back, judged "
                 "p. 2: partial, current). Not rows: low-dose naltrexone (fatigue), ivabradine (POTS), the partner's "
                 "sertraline, TMS discussed, aripiprazole to consider.",
        "history": [
            H("vortioxetine", "multimodal", "antidepressant", "10 mg", "2024-06", "2024-10",
              "nausea every single morning, stopped", "side_effects", f, 1,
              "Vortioxetine 10 mg 06/2024-10/2024: nausea 'every single morning,' stopped."),
            H("bupropion", "NDRI", "antidepressant", "150 mg", "2024-11", "2025-04",
              "no difference at all", "no_response", f, 1,
              "Bupropion XL 150 mg 11/2024-04/2025: 'no difference at all.'"),
            H("acceptance and commitment therapy", "psychotherapy", "psychotherapy", "8 sessions", "2026-01",
              "2026-03", "it taught me to pace myself, but my mood is the same", "no_response", f, 1,
              "'it taught me to pace myself, but my mood is the same.'"),
            H("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-06", None,
              "my mood is about 70 percent back; still has low days", "partial_response", f, 2,
              "Escitalopram 10 mg: 'my mood is about 70 percent back'; still has low days."),
        ],
        "scales": [S("PHQ-9", 13, "2026-05-12", f, 1, "PHQ-9: 13"),
                   S("GAD-7", 6, "2026-05-12", f, 1, "GAD-7: 6"),
                   S("PHQ-9", 8, "2026-09-08", f, 2, "PHQ-9: 8. No SI.")],
        "diagnoses": [D("U09.9", f, 1, "U09.9 Post COVID-19 condition, unspecified."),
                      D("G90.A", f, 1, "G90.A Postural orthostatic tachycardia syndrome."),
                      D("F32.1", f, 1, "F32.1 Major depressive disorder, single episode, moderate.")],
        "suicidality": SU("none", f, 1, "Denies suicidal thoughts."),
    }
    return {"slug": "07-post-covid-clinic-followups-pdf", "docs": [doc], "truth": truth}


@case
def c08():
    f = "epilepsy_center_visit_2026-10-07.pdf"
    p1 = [
        "FICTIONAL SAMPLE - Brightwater Comprehensive Epilepsy Center (fictional) - 555-0186",
        ("H", "Epilepsy clinic return visit - 10/07/2026"),
        "Patient: Elias Marchetti (fictional)    DOB 01/15/1993    MRN FICT-EP-2045    Neurologist: K. Haas, MD",
        ("H", "Seizure history and antiseizure medicines"),
        "Focal impaired-awareness seizures since 2019 (left temporal). Last seizure 02/2026.",
        "Levetiracetam 2019-2023: irritable and low on it; switched to lamotrigine in 2023 for the seizures.",
        "Lamotrigine 200 mg twice daily for epilepsy, current; level 8.1 in 09/2026.",
        "Clobazam 10 mg as needed for seizure clusters (used twice this year).",
        ("H", "Mood (epilepsy-psychiatry liaison history)"),
        "Sertraline 50-100 mg 2021-2022: 'helped a lot, I felt normal'; stopped when he moved in 10/2022.",
        "Escitalopram 10 mg 05/2024-08/2024: dizziness and double vision with the lamotrigine; stopped.",
        "Venlafaxine XR 75 mg since 09/2024, raised to 150 mg in 03/2026.",
        "Mindfulness-based cognitive therapy group, 8 weekly sessions 01/2026-03/2026 (Epilepsy Alliance,",
        "fictional): 'it didn't change my mood.'",
        "Bupropion avoided because it can lower the seizure threshold; never prescribed.",
        "A previous psychiatrist mentioned ECT in 2024; it was never done. His mother takes fluoxetine.",
    ]
    p2 = [
        ("H", "Screening today"),
        "NDDI-E: 17.    PHQ-9: 12.    GAD-7: 10.",
        "C-SSRS screen: wish to be dead in the past month - yes; active suicidal thoughts - no; no behavior.",
        ("H", "Assessment"),
        "G40.209 Localization-related symptomatic epilepsy with complex partial seizures, not intractable.",
        "F33.1 Major depressive disorder, recurrent, moderate.",
        "Venlafaxine XR 150 mg: 'better, but I still have bad weeks' - partial response; no seizure change.",
        ("H", "Plan"),
        "Continue lamotrigine 200 mg twice daily and venlafaxine XR 150 mg.",
        "Refer to epilepsy psychiatry to discuss augmentation; lithium or aripiprazole are possibilities.",
        "Keep the seizure diary; driving rules reviewed with him. Return in 4 months.",
    ]
    doc = {"file": f, "fmt": "pdf", "pages": [p1, p2]}
    truth = {
        "_note": "FICTIONAL case. Epilepsy center return visit, 2-page PDF. Rows: sertraline 2021-2022 (felt normal; "
                 "stop for a move decides nothing: remission), escitalopram (dizziness, diplopia: side effects), "
                 "venlafaxine XR from 09/2024 (partial, judged p. 2, current), MBCT group 8 sessions (no response). "
                 "Not rows: levetiracetam, lamotrigine and clobazam (epilepsy), bupropion never, ECT never done, "
                 "mother's fluoxetine, augmentation planned. NDDI-E is not a contract scale; the C-SSRS has no number.",
        "history": [
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2021", "2022-10",
              "helped a lot, I felt normal", "remission", f, 1,
              "Sertraline 50-100 mg 2021-2022: 'helped a lot, I felt normal'; stopped when he moved in 10/2022."),
            H("escitalopram", "SSRI", "antidepressant", "10 mg", "2024-05", "2024-08",
              "dizziness and double vision with the lamotrigine; stopped", "side_effects", f, 1,
              "Escitalopram 10 mg 05/2024-08/2024: dizziness and double vision with the lamotrigine; stopped."),
            H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2024-09", None,
              "better, but I still have bad weeks - partial response", "partial_response", f, 2,
              "Venlafaxine XR 150 mg: 'better, but I still have bad weeks' - partial response"),
            H("mindfulness-based cognitive therapy", "psychotherapy", "psychotherapy", "8 sessions", "2026-01",
              "2026-03", "it didn't change my mood", "no_response", f, 1,
              "fictional): 'it didn't change my mood.'"),
        ],
        "scales": [S("PHQ-9", 12, "2026-10-07", f, 2, "PHQ-9: 12."),
                   S("GAD-7", 10, "2026-10-07", f, 2, "GAD-7: 10.")],
        "diagnoses": [D("G40.209", f, 2, "G40.209 Localization-related symptomatic epilepsy"),
                      D("F33.1", f, 2, "F33.1 Major depressive disorder, recurrent, moderate.")],
        "suicidality": SU("passive", f, 2, "wish to be dead in the past month - yes; active suicidal thoughts - no"),
    }
    return {"slug": "08-epilepsy-center-return-visit-pdf", "docs": [doc], "truth": truth}


@case
def c09():
    f = "ime_report_psychiatry_Delgado.docx"
    p = [
        "FICTIONAL SAMPLE - Independent Medical Examination, psychiatry (workers' compensation)",
        "Examinee: Rafael Delgado (fictional)   Claim FICT-WC-88120   Employer: Tri-County Freight (fictional)",
        "Date of examination: 11/10/2026   Examiner: M. Whitcombe, MD (fictional), 555-0191",
        ("H", "Records reviewed"),
        "Physiatry notes 06/2024-10/2026; psychiatry notes of Dr. N. Imani (fictional) 03/2025-10/2026; "
        "psychology discharge summary 01/2026; pharmacy printout; physical therapy notes (24 visits for the back).",
        ("H", "History"),
        "He injured his lower back lifting a pallet on 05/14/2024. He had no psychiatric treatment before 2024.",
        "Pain medicines: oxycodone 5 mg as needed until 03/2025; cyclobenzaprine 10 mg at night for spasm; "
        "gabapentin 300 mg three times daily for the leg pain.",
        ("H", "Psychiatric treatment since the injury"),
        "1. Duloxetine 60 mg, 09/2024 to 02/2025, from the physiatrist for pain and mood: 'it helped the back "
        "a little; my mood was no better.'",
        "2. Sertraline 100 mg, 03/2025 to 08/2025: Dr. Imani's note of 08/19/2025 says it was stopped for "
        "sexual side effects and no clear benefit.",
        "3. Mirtazapine 30 mg from 09/2025, current: 'sleeping and eating again, mood maybe a third better.'",
        "4. Cognitive behavioral therapy for depression, 12 sessions 10/2025 to 01/2026; the psychologist's "
        "discharge summary calls it 'partial improvement, goals partly met.'",
        "5. Aripiprazole 2 mg added to the mirtazapine 04/2026 to 05/2026: 'couldn't sit still'; stopped.",
        "Dr. Imani requested TMS in 06/2026; the carrier denied authorization.",
        "Safety: Dr. Imani documented active suicidal ideation without intent or plan in 12/2024; none since. "
        "He denies suicidal ideation today.",
        ("H", "Examination"),
        "PHQ-9 11/10/2026: 15.   GAD-7: 11.   BDI-II: 28.   Pain today 6/10.",
        ("H", "Diagnoses"),
        "F32.1 Major depressive disorder, single episode, moderate, arising after the work injury.",
        "M54.16 Radiculopathy, lumbar region.",
        ("H", "Opinion"),
        "The depression is causally related to the injury. Treatment to date is reasonable; further treatment "
        "is necessary. He is not at maximum medical improvement from a psychiatric standpoint.",
    ]
    doc = {"file": f, "fmt": "docx", "pages": [p]}
    truth = {
        "_note": "FICTIONAL case. Workers' compensation psychiatric IME report, DOCX. Rows: duloxetine (helped "
                 "the back, mood no better: no response), sertraline (sexual side effects and no benefit: side "
                 "effects), mirtazapine 30 mg (a third better: partial, current), CBT 12 sessions (partial), "
                 "aripiprazole added (restlessness: augmentation, side effects). Not rows: oxycodone, "
                 "cyclobenzaprine, gabapentin, physical therapy (back), TMS denied by the carrier. BDI-II is not a "
                 "contract scale.",
        "history": [
            H("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-09", "2025-02",
              "it helped the back a little; my mood was no better", "no_response", f, 1,
              "'it helped the back a little; my mood was no better.'"),
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-03", "2025-08",
              "stopped for sexual side effects and no clear benefit", "side_effects", f, 1,
              "stopped for sexual side effects and no clear benefit."),
            H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-09", None,
              "sleeping and eating again, mood maybe a third better", "partial_response", f, 1,
              "3. Mirtazapine 30 mg from 09/2025, current: 'sleeping and eating again, mood maybe a third better.'"),
            H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2025-10", "2026-01",
              "partial improvement, goals partly met", "partial_response", f, 1,
              "discharge summary calls it 'partial improvement, goals partly met.'"),
            H("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-04", "2026-05",
              "couldn't sit still; stopped", "side_effects", f, 1,
              "5. Aripiprazole 2 mg added to the mirtazapine 04/2026 to 05/2026: 'couldn't sit still'; stopped."),
        ],
        "scales": [S("PHQ-9", 15, "2026-11-10", f, 1, "PHQ-9 11/10/2026: 15."),
                   S("GAD-7", 11, "2026-11-10", f, 1, "GAD-7: 11."),
                   S("pain NRS", 6, "2026-11-10", f, 1, "Pain today 6/10.")],
        "diagnoses": [D("F32.1", f, 1, "F32.1 Major depressive disorder, single episode, moderate"),
                      D("M54.16", f, 1, "M54.16 Radiculopathy, lumbar region.")],
        "suicidality": SU("active", f, 1, "active suicidal ideation without intent or plan in 12/2024"),
    }
    return {"slug": "09-workers-comp-psychiatric-ime-report-docx", "docs": [doc], "truth": truth}


@case
def c10():
    f = "informe_mutua_incapacidad_temporal.pdf"
    p1 = [
        "MUESTRA FICTICIA / FICTIONAL SAMPLE - Mutua Colaboradora Levante Norte (ficticia) - tel. 555-0105",
        ("H", "Informe médico de seguimiento de incapacidad temporal"),
        "Trabajadora: Inmaculada Serrano Vidal (ficticia)   Expediente FICT-IT-3391   Puesto: administrativa",
        "Primera valoración en la mutua: 22/06/2026. Baja desde el 16/03/2026 por trastorno depresivo.",
        ("H", "Antecedentes de tratamiento"),
        "- Paroxetina 20 mg de 2018 a 2019, tras un duelo: 'me encontré bien del todo'; la retiró su médico",
        "  de cabecera en 2019 por estar asintomática.",
        "- Episodio actual desde enero de 2026. Escitalopram 15 mg de 01/2026 a 04/2026: náuseas y cefalea",
        "  a diario, lo suspendió.",
        "- Desvenlafaxina 50 mg desde 04/2026; 100 mg desde 07/2026. Sigue tomándola.",
        "- Terapia cognitivo-conductual (TCC) en la unidad de salud mental, 8 sesiones de marzo a junio de 2026:",
        "  'no noto nada'.",
        "- Quetiapina 25 mg por la noche, solo para dormir.",
        "- Su marido toma sertralina; ella no la ha tomado nunca.",
        "- No ha recibido TEC ni EMT.",
        ("H", "Exploración (22/06/2026)"),
        "PHQ-9: 18. Ideación suicida pasiva ocasional ('a veces pienso que ojalá no despertara'), sin plan ni",
        "intención.",
        ("H", "Diagnóstico"),
        "F32.1 Episodio depresivo moderado.",
        "Z56.6 Tensión física y mental relacionada con el trabajo.",
    ]
    p2 = [
        ("H", "Evolución - revisión del 11/11/2026"),
        "Desvenlafaxina 100 mg: respuesta parcial; persisten anhedonia y cansancio.",
        "Se añadió litio 400 mg a la desvenlafaxina el 15/09/2026; a las seis semanas 'sin cambios', litemia",
        "0,6 mmol/L. Se mantiene de momento.",
        "PHQ-9: 13. HAM-D: 16. Niega ideación suicida actual.",
        ("H", "Plan"),
        "Se plantea añadir aripiprazol si no mejora. Continúa de baja; nueva revisión en 6 semanas.",
    ]
    doc = {"file": f, "fmt": "pdf", "pages": [p1, p2]}
    truth = {
        "_note": "FICTIONAL case (MUESTRA FICTICIA). A Spanish occupational mutual insurer's sick-leave follow-up "
                 "report, 2-page PDF; dates are day/month/year. Rows: paroxetina 2018-2019 (asintomática: "
                 "remission), escitalopram (nausea, headache: side effects), desvenlafaxina from 04/2026 (respuesta "
                 "parcial p. 2, current), TCC 8 sessions (no noto nada: no response), litio added 15/09/2026 "
                 "(augmentation, sin cambios: no response, current). Not rows: quetiapina for sleep, husband's "
                 "sertralina, TEC/EMT never, aripiprazol planned.",
        "history": [
            H("paroxetine", "SSRI", "antidepressant", "20 mg", "2018", "2019",
              "me encontré bien del todo; la retiró ... por estar asintomática", "remission", f, 1,
              "- Paroxetina 20 mg de 2018 a 2019, tras un duelo: 'me encontré bien del todo'; la retiró su médico"),
            H("escitalopram", "SSRI", "antidepressant", "15 mg", "2026-01", "2026-04",
              "náuseas y cefalea a diario, lo suspendió", "side_effects", f, 1,
              "Escitalopram 15 mg de 01/2026 a 04/2026: náuseas y cefalea"),
            H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2026-04", None,
              "respuesta parcial; persisten anhedonia y cansancio", "partial_response", f, 2,
              "Desvenlafaxina 100 mg: respuesta parcial; persisten anhedonia y cansancio."),
            H("CBT", "psychotherapy", "psychotherapy", "8 sesiones", "2026-03", "2026-06",
              "no noto nada", "no_response", f, 1,
              "- Terapia cognitivo-conductual (TCC) en la unidad de salud mental, 8 sesiones de marzo a junio de 2026:"),
            H("lithium", "mood stabilizer", "augmentation", "400 mg", "2026-09-15", None,
              "a las seis semanas 'sin cambios'", "no_response", f, 2,
              "Se añadió litio 400 mg a la desvenlafaxina el 15/09/2026; a las seis semanas 'sin cambios', litemia"),
        ],
        "scales": [S("PHQ-9", 18, "2026-06-22", f, 1, "PHQ-9: 18."),
                   S("PHQ-9", 13, "2026-11-11", f, 2, "PHQ-9: 13."),
                   S("HAM-D", 16, "2026-11-11", f, 2, "HAM-D: 16.")],
        "diagnoses": [D("F32.1", f, 1, "F32.1 Episodio depresivo moderado."),
                      D("Z56.6", f, 1, "Z56.6 Tensión física y mental relacionada con el trabajo.")],
        "suicidality": SU("passive", f, 1, "Ideación suicida pasiva ocasional ('a veces pienso que ojalá no despertara'), sin plan ni"),
    }
    return {"slug": "10-informe-mutua-incapacidad-temporal-espanol-pdf", "docs": [doc], "truth": truth}


@case
def c11():
    f1, f2 = "notebook_page_1.jpg", "notebook_page_2.jpg"
    p1 = [
        "FICTIONAL SAMPLE - patient's own notebook, not a real person",
        "My depression meds - for Dr. Park (fictional), first visit 11/2026",
        "Jan-Aug 2015: Prozac 20mg. Helped a lot, then the dark",
        "   feeling came back even though I kept taking it.",
        "Mar-May 2017: Zoloft 100mg. Threw up most mornings. Stopped.",
        "2018-2020: Effexor XR 150mg. Nothing. Zero.",
        "(Mom's Ativan - took a few in 2019 when I couldn't sleep. Not mine!)",
        "Sep-Dec 2020: CBT with Lena (therapist), 14 sessions -",
        "   helped maybe half way.",
        "2016: overdose attempt, ER then 3 days in the hospital.",
    ]
    p2 = [
        "page 2",
        "Mar 2021 - now: Wellbutrin XL 300mg. Some better, maybe 40%,",
        "   still bad weeks.",
        "Jun-Sep 2023: Abilify 5mg added to the Wellbutrin -",
        "   gained 18 lbs, stopped.",
        "Trazodone 50 at night for sleep - still use it.",
        "Never had: lithium, ECT. TMS - insurance said no (2024).",
        "Dr. Y said maybe try Spravato next.",
        "PHQ-9 on the portal 10/30/2026: 20",
    ]
    doc = {"file": f1, "files": [f1, f2], "fmt": "photo", "pages": [p1, p2],
           "running": "FICTIONAL SAMPLE - not a real patient"}
    truth = {
        "_note": "FICTIONAL case. Two phone photos of a patient's handwritten-style notebook timeline. Rows: "
                 "Prozac 2015 (helped then came back on it: relapse), Zoloft 2017 (vomiting: side effects), Effexor "
                 "XR 2018-2020 (nothing: no response), CBT 14 sessions 2020 (half way: partial), Wellbutrin XL from "
                 "03/2021 (40 percent: partial, current; photo 2), Abilify added 2023 (weight: augmentation, side "
                 "effects). Not rows: mother's Ativan, trazodone for sleep, lithium/ECT never, TMS refused by "
                 "insurance, Spravato suggested. Attempt in 2016. No diagnosis codes.",
        "history": [
            H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2015-01", "2015-08",
              "Helped a lot, then the dark feeling came back even though I kept taking it", "relapse", f1, 1,
              "Jan-Aug 2015: Prozac 20mg. Helped a lot, then the dark"),
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2017-03", "2017-05",
              "Threw up most mornings. Stopped.", "side_effects", f1, 1,
              "Mar-May 2017: Zoloft 100mg. Threw up most mornings. Stopped."),
            H("venlafaxine", "SNRI", "antidepressant", "150 mg", "2018", "2020",
              "Nothing. Zero.", "no_response", f1, 1, "2018-2020: Effexor XR 150mg. Nothing. Zero."),
            H("CBT", "psychotherapy", "psychotherapy", "14 sessions", "2020-09", "2020-12",
              "helped maybe half way", "partial_response", f1, 1,
              "Sep-Dec 2020: CBT with Lena (therapist), 14 sessions -"),
            H("bupropion", "NDRI", "antidepressant", "300 mg", "2021-03", None,
              "Some better, maybe 40%, still bad weeks", "partial_response", f2, 1,
              "Mar 2021 - now: Wellbutrin XL 300mg. Some better, maybe 40%,"),
            H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2023-06", "2023-09",
              "gained 18 lbs, stopped", "side_effects", f2, 1,
              "Jun-Sep 2023: Abilify 5mg added to the Wellbutrin -"),
        ],
        "scales": [S("PHQ-9", 20, "2026-10-30", f2, 1, "PHQ-9 on the portal 10/30/2026: 20")],
        "diagnoses": [],
        "suicidality": SU("attempt", f1, 1, "2016: overdose attempt, ER then 3 days in the hospital."),
    }
    return {"slug": "11-patient-notebook-medication-timeline-photos", "docs": [doc], "truth": truth}


@case
def c12():
    f = "adolescent_medicine_visit_2026-11-19.pdf"
    p1 = [
        "FICTIONAL SAMPLE - Kestrel Children's Adolescent Medicine Clinic (fictional) - 555-0168",
        ("H", "Adolescent medicine follow-up - 11/19/2026"),
        "Patient: Maya Lindgren (fictional), 16    MRN FICT-AM-1187    Seen with her mother, then alone",
        ("H", "Interval history"),
        "Depression first noted fall 2024. Treatment so far:",
        "- Sertraline 25 mg 10/2024 to 12/2024: 'no change' after six weeks, per mother; stopped by the prior PCP.",
        "- CBT with the school-based therapist, 10 sessions 01/2025-04/2025: 'didn't help,' Maya says.",
        "- Fluoxetine 10 mg, then 20 mg, 02/2025 to 06/2025: 'felt like a zombie, totally flat'; stopped.",
        "- Escitalopram 10 mg since 08/2025, current: mood in remission by mother's and Maya's report.",
        "Methylphenidate ER 36 mg every morning for ADHD, stable. Melatonin 3 mg for sleep.",
        "Norgestimate/ethinyl estradiol for acne. Older brother takes sertraline (his own prescription).",
        "Parents declined an inpatient referral in 03/2025.",
        ("H", "Safety"),
        "C-SSRS (03/14/2025): ideation severity 3 - thoughts of a method, no intent. Cutting until 05/2025,",
        "without suicidal intent. None since.",
        "C-SSRS today: 0. PHQ-9 today: 3.",
        ("H", "Assessment"),
        "F32.5 Major depressive disorder, single episode, in full remission.",
        "F90.2 ADHD, combined type.",
        "L70.0 Acne vulgaris.",
        ("H", "Plan"),
        "Continue escitalopram 10 mg through the school year; consider a slow taper next summer if still well.",
        "Continue methylphenidate ER. Follow up in 3 months.",
    ]
    doc = {"file": f, "fmt": "pdf", "pages": [p1]}
    truth = {
        "_note": "FICTIONAL case. Adolescent medicine follow-up, 1-page PDF. Rows: sertraline 25 mg 2024 (no "
                 "change: no response), CBT 10 sessions (didn't help: no response), fluoxetine (zombie, flat: side "
                 "effects), escitalopram from 08/2025 (remission, current). Not rows: methylphenidate (ADHD), "
                 "melatonin (sleep), contraceptive (acne), brother's sertraline, inpatient referral declined, taper "
                 "considered. C-SSRS 3 on 03/14/2025 (active ideation with a method) and 0 today.",
        "history": [
            H("sertraline", "SSRI", "antidepressant", "25 mg", "2024-10", "2024-12",
              "no change after six weeks", "no_response", f, 1,
              "- Sertraline 25 mg 10/2024 to 12/2024: 'no change' after six weeks, per mother; stopped by the prior PCP."),
            H("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2025-01", "2025-04",
              "didn't help", "no_response", f, 1,
              "- CBT with the school-based therapist, 10 sessions 01/2025-04/2025: 'didn't help,' Maya says."),
            H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2025-02", "2025-06",
              "felt like a zombie, totally flat; stopped", "side_effects", f, 1,
              "- Fluoxetine 10 mg, then 20 mg, 02/2025 to 06/2025: 'felt like a zombie, totally flat'; stopped."),
            H("escitalopram", "SSRI", "antidepressant", "10 mg", "2025-08", None,
              "mood in remission by mother's and Maya's report", "remission", f, 1,
              "- Escitalopram 10 mg since 08/2025, current: mood in remission by mother's and Maya's report."),
        ],
        "scales": [S("C-SSRS", 3, "2025-03-14", f, 1, "C-SSRS (03/14/2025): ideation severity 3"),
                   S("C-SSRS", 0, "2026-11-19", f, 1, "C-SSRS today: 0."),
                   S("PHQ-9", 3, "2026-11-19", f, 1, "PHQ-9 today: 3.")],
        "diagnoses": [D("F32.5", f, 1, "F32.5 Major depressive disorder, single episode, in full remission."),
                      D("F90.2", f, 1, "F90.2 ADHD, combined type."),
                      D("L70.0", f, 1, "L70.0 Acne vulgaris.")],
        "suicidality": SU("active", f, 1, "C-SSRS (03/14/2025): ideation severity 3 - thoughts of a method, no intent."),
    }
    return {"slug": "12-adolescent-medicine-follow-up-pdf", "docs": [doc], "truth": truth}
