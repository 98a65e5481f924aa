"""notes30 (blind set 30): the cases. FICTIONAL records written by the notes30 writer.

Each case: slug, docs (file name, kind, pages), truth (history, scales, diagnoses, suicidality), note.
A page is a block of lines: '# ' heading, '|' table row (cells split on '|'), '~' handwriting, '- ' bullet,
anything else a paragraph. Blank lines are ignored.
kinds: pdf (text layer), docx, txt, scan (image-only PDF, one page), photo (JPEG, one page each).
"""


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


def pages(*blocks):
    return [[ln.rstrip() for ln in b.strip("\n").split("\n") if ln.strip()] for b in blocks]


CASES = []

# ---------------------------------------------------------------- 01
F = "dry_eye_clinic_visits.pdf"
CASES.append({
    "slug": "01-ophthalmology-dry-eye-clinic-visits-pdf",
    "docs": [{"file": F, "kind": "pdf", "pages": pages(r'''
# FICTIONAL SAMPLE - Lakemont Eye Associates (fictional), Cornea and Dry Eye Service
Patient: Marguerite Lindqvist (fictional)    DOB 03/14/1968    MRN FICT-30-0142    Phone 555-0142
# Visit 1 - 06/10/2026 - new patient, referred by her optometrist
Chief complaint: burning, gritty eyes for about two years, worse in the afternoon and when reading on a screen.
History of present illness: Symptoms began in 2024 and have slowly worsened despite artificial tears four to six times a day. No contact lenses. No eye surgery. She wonders whether her medicines play a part; she has read that several antidepressants dry the eyes.
# Current medications (reconciled today)
| Medication | Dose | Prescriber | For |
| Bupropion XL | 300 mg every morning | Dr. H. Ferrante (psychiatry) | depression |
| Levothyroxine | 88 mcg daily | primary care | thyroid |
| Oxybutynin ER | 10 mg daily | urology | overactive bladder |
| Diphenhydramine | 25 mg at bedtime | self | sleep |
| Cyclosporine 0.05% eye drops | 1 drop both eyes twice daily | optometry | dry eye |
Psychiatric medication history, as she gives it: she took amitriptyline 50 mg at bedtime from 2016 to 2018 for depression; "my mouth and eyes were like sandpaper" and she stopped it. Sertraline 100 mg followed from 2018 to 2022. It worked well for a couple of years, but by 2021 "the fog came back" even though she never missed a dose, and her psychiatrist changed it to bupropion XL in 2022. On bupropion she describes her mood as "maybe 60 percent of normal."
Ocular Surface Disease Index (OSDI) 48. Ocular pain NRS 5/10.
Exam: visual acuity 20/25 OD, 20/20 OS. Tear breakup time 4 s OD, 5 s OS. Schirmer without anesthesia 6 mm OD, 7 mm OS. Inferior punctate staining 2+ both eyes. Meibomian glands capped, expressed secretions thick.
Assessment: 1. Dry eye syndrome of both lacrimal glands, H04.123. 2. Meibomian gland dysfunction, both eyes. 3. Anticholinergic load from oxybutynin and nightly diphenhydramine. 4. Major depressive disorder, recurrent, moderate, F33.1 (followed by psychiatry). 5. Hypothyroidism, E03.9.
Plan: warm compresses and lid hygiene twice daily; continue cyclosporine drops; preservative-free tears. She will ask her primary care doctor about the diphenhydramine and urology about the oxybutynin. I would not change her antidepressant on eye grounds alone. Return in 4 months.
''', r'''
# Visit 2 - 10/14/2026 - follow-up
Interval history: Her psychiatrist added aripiprazole 2 mg to the bupropion on 07/22/2026. Within a few weeks she noticed blurred vision when reading and a restlessness in her legs in the evenings; she stopped the aripiprazole herself on 08/30/2026, and her psychiatrist agreed. The blur cleared within a week of stopping.
She brought a letter from Dr. Ferrante dated 09/16/2026: PHQ-9 14, "no suicidal thoughts," continue bupropion XL 300 mg. Dr. Ferrante has also sent a prescription for vortioxetine to her pharmacy, but she has not picked it up and wants to talk it over with him first.
She stopped the diphenhydramine in July and now takes melatonin 3 mg at bedtime. Urology visit about the oxybutynin is next month.
Of the bupropion she says her mood is "about the same as in June - better than the bad years, but not right."
# Medications reviewed today
| Medication | Dose | For |
| Bupropion XL | 300 mg every morning | depression |
| Levothyroxine | 88 mcg daily | thyroid |
| Oxybutynin ER | 10 mg daily | overactive bladder |
| Melatonin | 3 mg at bedtime | sleep |
| Cyclosporine 0.05% eye drops | 1 drop both eyes twice daily | dry eye |
OSDI 31. Ocular pain NRS 3/10.
Exam: tear breakup time 6 s both eyes; staining trace; glands expressing clearer oil. Dilated exam normal; no cause for the August blurring found today.
Assessment: Dry eye syndrome, H04.123, improving. Blurred vision in August, resolved; most likely from the aripiprazole.
Plan: continue lid care and cyclosporine; consider punctal plugs if symptoms return. Return in 4 months.
''')}],
    "history": [
        R("amitriptyline", "TCA", "antidepressant", "50 mg", "2016", "2018",
          "my mouth and eyes were like sandpaper; she stopped it", "side_effects", F, 1,
          'she took amitriptyline 50 mg at bedtime from 2016 to 2018 for depression; "my mouth and eyes were like sandpaper" and she stopped it.'),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2018", "2022",
          "worked well for a couple of years, but by 2021 the fog came back even though she never missed a dose",
          "relapse", F, 1,
          'It worked well for a couple of years, but by 2021 "the fog came back" even though she never missed a dose'),
        R("bupropion", "NDRI", "antidepressant", "300 mg", "2022", None,
          "about the same as in June - better than the bad years, but not right (in June: maybe 60 percent of normal)",
          "partial_response", F, 2,
          'Of the bupropion she says her mood is "about the same as in June - better than the bad years, but not right."'),
        R("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-07-22", "2026-08-30",
          "blurred vision and restless legs in the evenings; she stopped it", "side_effects", F, 2,
          "she noticed blurred vision when reading and a restlessness in her legs in the evenings; she stopped the aripiprazole herself on 08/30/2026"),
    ],
    "scales": [
        S("pain NRS", 5, "2026-06-10", F, 1, "Ocular pain NRS 5/10."),
        S("PHQ-9", 14, "2026-09-16", F, 2, "dated 09/16/2026: PHQ-9 14"),
        S("pain NRS", 3, "2026-10-14", F, 2, "Ocular pain NRS 3/10."),
    ],
    "diagnoses": [
        D("H04.123", F, 1, "Dry eye syndrome of both lacrimal glands, H04.123."),
        D("F33.1", F, 1, "Major depressive disorder, recurrent, moderate, F33.1"),
        D("E03.9", F, 1, "Hypothyroidism, E03.9."),
    ],
    "suicidality": SU("none", F, 2, '"no suicidal thoughts,"'),
    "note": "Cornea and dry eye clinic, two visits, 2-page PDF with medication tables. Rows: amitriptyline 2016-2018 (sandpaper mouth and eyes, stopped: side effects); sertraline 2018-2022 (worked, then the fog came back on it: relapse); bupropion XL 300 mg since 2022 (60 percent of normal; better than the bad years but not right: partial, current, listed at both visits); aripiprazole 2 mg added 07/22-08/30/2026 (blurred vision, restless legs, stopped: augmentation, side effects). Not rows: vortioxetine prescribed but never picked up; diphenhydramine and melatonin for sleep; oxybutynin, levothyroxine, cyclosporine eye drops (other conditions). OSDI is not a contract scale; ocular pain NRS is pain NRS.",
})

# ---------------------------------------------------------------- 02
F = "nutrition_counseling_notes.txt"
CASES.append({
    "slug": "02-dietitian-medical-nutrition-therapy-notes-txt",
    "docs": [{"file": F, "kind": "txt", "pages": pages(r'''
# FICTIONAL SAMPLE - Riverbend Community Health (fictional) - Medical Nutrition Therapy
Client: Danielle Ruiz-Hart (fictional)   DOB 08/02/1991   Chart FICT-30-0207   Phone 555-0107
Dietitian: Corinne Abadi, RDN (fictional). Referred by primary care for weight gain of 28 lb in 14 months and prediabetes.
# VISIT 1 - 05/04/2026 - initial assessment (60 min)
Weight 201 lb, BMI 33.4. A1c 6.1% (04/2026).
Diagnoses on the referral: prediabetes, R73.03; obesity, E66.9; BMI 33.0-33.9, adult, Z68.33; major depressive disorder, single episode, moderate, F32.1.
Medications: mirtazapine 30 mg at bedtime (since 03/2025, from her psychiatric nurse practitioner); metformin 500 mg twice daily (primary care, for prediabetes, started 04/2026); vitamin D 2000 units daily.
Weight history: steady at 172-175 lb for years. She links the gain to the mirtazapine: "it fixed my sleep, but I was hungry all the time, especially at night." Her NP plans to take her off it this month and start fluoxetine. She took paroxetine briefly in college (2012) and "gained then too," and stopped it after a few months.
She sees a therapist every other week for CBT (since 01/2026).
Clinic intake PHQ-9 today: 12; item 9 (thoughts that she would be better off dead or of hurting herself) marked "not at all."
Diet recall: skips breakfast, large late dinner, two to three bowls of cereal after 10 pm most nights, sweetened coffee drinks.
Goals: breakfast with protein by 9 am; planned evening snack; no cereal boxes in the bedroom.
# VISIT 2 - 07/06/2026 (30 min)
Weight 197 lb. Off mirtazapine since 05/20/2026; her NP stopped it because of the weight gain. Fluoxetine 20 mg started the same day. Night eating much less. Sleep worse; her NP added trazodone 50 mg at bedtime for sleep.
Mood on fluoxetine: "too soon to tell, maybe a little brighter."
Her primary care doctor raised topiramate or a GLP-1 medicine for weight; she wants to try nutrition changes first, and neither was started. She asked about using her husband's semaglutide pens; advised not to use another person's prescription.
Goals met: breakfast 5 of 7 days. New goal: 20-minute walk after dinner.
# VISIT 3 - 09/28/2026 (30 min)
Weight 191 lb (down 10 lb since May).
Fluoxetine was increased to 40 mg in August. On fluoxetine she describes her mood as "a lot steadier, I'd say 70 percent of my normal self."
About the CBT: "it's helping me catch the emotional eating, but my mood itself is the same."
PHQ-9 today 8.
Medications: fluoxetine 40 mg every morning; trazodone 50 mg at bedtime for sleep; metformin 500 mg twice daily; vitamin D 2000 units.
Plan: continue goals; follow up in 3 months; copy to primary care and NP.
''')}],
    "history": [
        R("paroxetine", "SSRI", "antidepressant", None, "2012", "2012",
          "gained then too; stopped it after a few months", "side_effects", F, 1,
          'She took paroxetine briefly in college (2012) and "gained then too," and stopped it after a few months.'),
        R("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2025-03", "2026-05-20",
          "fixed my sleep, but hungry all the time; 28 lb gain; her NP stopped it because of the weight gain",
          "side_effects", F, 1,
          "Off mirtazapine since 05/20/2026; her NP stopped it because of the weight gain."),
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2026-05-20", None,
          "a lot steadier, I'd say 70 percent of my normal self", "partial_response", F, 1,
          'On fluoxetine she describes her mood as "a lot steadier, I\'d say 70 percent of my normal self."'),
        R("CBT", "psychotherapy", "psychotherapy", None, "2026-01", None,
          "helping me catch the emotional eating, but my mood itself is the same", "no_response", F, 1,
          'About the CBT: "it\'s helping me catch the emotional eating, but my mood itself is the same."'),
    ],
    "scales": [
        S("PHQ-9", 12, "2026-05-04", F, 1, "Clinic intake PHQ-9 today: 12"),
        S("PHQ-9", 8, "2026-09-28", F, 1, "PHQ-9 today 8."),
    ],
    "diagnoses": [
        D("R73.03", F, 1, "prediabetes, R73.03"),
        D("E66.9", F, 1, "obesity, E66.9"),
        D("Z68.33", F, 1, "BMI 33.0-33.9, adult, Z68.33"),
        D("F32.1", F, 1, "major depressive disorder, single episode, moderate, F32.1"),
    ],
    "suicidality": SU("none", F, 1,
                      'item 9 (thoughts that she would be better off dead or of hurting herself) marked "not at all."'),
    "note": "Dietitian's medical nutrition therapy notes, three visits, TXT. Rows: paroxetine 2012 (gained then too, stopped: side effects); mirtazapine 30 mg 03/2025-05/20/2026 (stopped because of the weight gain: side effects); fluoxetine 20 -> 40 mg since 05/20/2026 (70 percent of my normal self: partial, current; visit 2's 'too soon to tell' is superseded); CBT every other week since 01/2026 (helps with emotional eating, mood the same: no response). Not rows: trazodone 50 mg for sleep; metformin, vitamin D; topiramate and a GLP-1 only raised; husband's semaglutide.",
})

# ---------------------------------------------------------------- 03
F = "termination_summary.docx"
CASES.append({
    "slug": "03-psychodynamic-therapist-termination-summary-docx",
    "header": "FICTIONAL SAMPLE - Harbor Street Psychotherapy (fictional)",
    "docs": [{"file": F, "kind": "docx", "pages": pages(r'''
# Treatment Summary at Termination (FICTIONAL SAMPLE)
Client: Priya Castellano (fictional). DOB 05/30/1990. Record FICT-30-0315. Phone 555-0115.
Clinician: Miriam Oduya, LCSW (fictional). Dates of treatment: 02/07/2024 to 10/28/2026. Modality: psychodynamic psychotherapy, weekly 50-minute sessions; 88 sessions attended.
# Reason for referral
Referred by her psychiatrist, Dr. L. Brandt (fictional), for recurrent depression with a long pattern of self-criticism, conflict with her partner and difficulty holding jobs.
# Earlier treatment
Her first depressive episode was at 19 (2009). She took fluoxetine from her college health service for about a year: "it worked, and I stopped when I felt fine" (2010).
In 2021 she did eight sessions of CBT through her employer's counseling program; "it felt like homework and nothing really shifted."
In 11/2023 Dr. Brandt started escitalopram 10 mg; she stopped it in 09/2024 because of sexual side effects, which she had been too embarrassed to mention for months.
During a bad week in 2023, before she had her own prescription, she took a few of her partner's sertraline tablets; there was no further use.
# Medication during our work
Vilazodone 40 mg, started by Dr. Brandt in 10/2024, continues. Dr. Brandt's letter of 09/2026 describes "full remission on vilazodone."
Dr. Brandt raised adding bupropion for low energy in spring 2025; she declined. Propranolol 10 mg as needed before presentations at work.
# Course of treatment
The first year centered on her relationship with a critical mother and on how the same harshness showed up with her partner and with supervisors. Ruptures with me in 2025 were worked through rather than acted out by leaving, which she named as new for her. By spring 2026 she no longer met criteria for a depressive episode; she has held a full-time position since 01/2026.
# Outcome measures
| Measure | Intake 02/07/2024 | Midpoint 03/05/2025 | Termination 10/28/2026 |
| PHQ-9 | 18 | 11 | 3 |
| GAD-7 | 13 | 9 | 4 |
| Outcome Rating Scale (ORS) | 14.2 | 24.8 | 33.5 |
# Risk
In the winter of 2024 she described a passive wish not to wake up; she never had a plan or intent, and she has denied any such thoughts since 04/2024.
# Diagnoses
At intake: major depressive disorder, recurrent, moderate (F33.1). At termination: major depressive disorder, recurrent, in full remission (F33.42). Relationship distress with partner (Z63.0), resolved.
# Outcome of psychotherapy
Goals met. She ends treatment in remission, by mutual agreement, after a planned three-month tapering of frequency.
# Recommendations
Continue vilazodone with Dr. Brandt. She may return for booster sessions; early signs to watch: withdrawal from friends and harsh self-talk.
Miriam Oduya, LCSW (fictional), 10/30/2026
''')}],
    "history": [
        R("fluoxetine", "SSRI", "antidepressant", None, "2009", "2010",
          "it worked, and I stopped when I felt fine", "remission", F, 1,
          '"it worked, and I stopped when I felt fine" (2010)'),
        R("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2021", "2021",
          "it felt like homework and nothing really shifted", "no_response", F, 1,
          '"it felt like homework and nothing really shifted."'),
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2023-11", "2024-09",
          "stopped because of sexual side effects", "side_effects", F, 1,
          "she stopped it in 09/2024 because of sexual side effects"),
        R("vilazodone", "SSRI and 5-HT1A partial agonist", "antidepressant", "40 mg", "2024-10", None,
          "full remission on vilazodone", "remission", F, 1,
          'describes "full remission on vilazodone."'),
        R("psychodynamic psychotherapy", "psychotherapy", "psychotherapy", "88 sessions", "2024-02-07", "2026-10-28",
          "goals met; ends treatment in remission", "remission", F, 1,
          "Goals met. She ends treatment in remission, by mutual agreement"),
    ],
    "scales": [
        S("PHQ-9", 18, "2024-02-07", F, 1, "PHQ-9 18 11 3"),
        S("PHQ-9", 11, "2025-03-05", F, 1, "PHQ-9 18 11 3"),
        S("PHQ-9", 3, "2026-10-28", F, 1, "PHQ-9 18 11 3"),
        S("GAD-7", 13, "2024-02-07", F, 1, "GAD-7 13 9 4"),
        S("GAD-7", 9, "2025-03-05", F, 1, "GAD-7 13 9 4"),
        S("GAD-7", 4, "2026-10-28", F, 1, "GAD-7 13 9 4"),
    ],
    "diagnoses": [
        D("F33.1", F, 1, "major depressive disorder, recurrent, moderate (F33.1)"),
        D("F33.42", F, 1, "major depressive disorder, recurrent, in full remission (F33.42)"),
        D("Z63.0", F, 1, "Relationship distress with partner (Z63.0)"),
    ],
    "suicidality": SU("passive", F, 1, "she described a passive wish not to wake up; she never had a plan or intent"),
    "note": "Psychodynamic therapist's termination summary, DOCX with an outcome-measures table. Rows: fluoxetine 2009-2010 (worked, stopped when fine: remission); CBT 8 sessions 2021 (nothing really shifted: no response); escitalopram 10 mg 11/2023-09/2024 (sexual side effects); vilazodone 40 mg since 10/2024 (full remission per psychiatrist: remission, current); psychodynamic psychotherapy 88 sessions 02/07/2024-10/28/2026 (ends in remission). Not rows: partner's sertraline taken for a few days in 2023; bupropion raised and declined; propranolol as needed for presentations. ORS is not a contract scale.",
})

# ---------------------------------------------------------------- 04
F = "podiatry_neuropathy_visits.pdf"
CASES.append({
    "slug": "04-podiatry-diabetic-foot-neuropathy-visits-pdf",
    "docs": [{"file": F, "kind": "pdf", "pages": pages(r'''
# FICTIONAL SAMPLE - Westfield Foot and Ankle Center (fictional)
Patient: Loretta Bancroft (fictional)    DOB 11/02/1957    Account FICT-30-0418    Phone 555-0118
# Visit 04/08/2026 - new patient
Chief complaint: burning and numbness in both feet, worse at night; painful callus under the right forefoot.
History: Type 2 diabetes for 15 years (A1c 7.9 in 03/2026). Burning began in 2023. Gabapentin 300 mg three times daily in 2023 made her feel "drunk" and was stopped. Amitriptyline 25 mg at night was tried for the foot pain and sleep in 2024 and stopped after she got dizzy and fell. Since 02/2025 her primary care doctor has had her on duloxetine 60 mg daily "for both the nerve pain and her depression." She says the burning is maybe 30 percent better, but her mood is "no better at all."
Depression history (from the patient and her primary care records): citalopram 20 mg from 2019 to 2023; "it worked for a few years," but by 2022 "the low came back" while she was still taking it, and her doctor switched her when the foot pain began. Her sister "swears by" sertraline and has offered her some; she has not taken it.
| Medication | Dose | For |
| Duloxetine | 60 mg daily | nerve pain and depression |
| Pregabalin | 75 mg twice daily | nerve pain |
| Metformin | 1000 mg twice daily | diabetes |
| Insulin glargine | 22 units at bedtime | diabetes |
| Atorvastatin | 40 mg daily | cholesterol |
Pain NRS (feet) 7/10. PHQ-2 4 on the clinic screen; letter sent to her primary care doctor. Denies thoughts of self-harm.
Exam: pedal pulses palpable. Monofilament: absent sensation at 6 of 10 sites on each foot. Vibration reduced to the ankles. Hyperkeratotic lesion sub-second metatarsal head, right, 1.2 cm, no ulcer. Nails thickened.
Assessment: 1. Type 2 diabetes with diabetic polyneuropathy, E11.42. 2. Callus, right forefoot, L84. 3. Long-term use of insulin, Z79.4. 4. Recurrent depression, under primary care, F33.1.
Plan: callus debrided today. Diabetic shoes with custom inserts ordered. Daily foot checks taught. Return in 4 months.
''', r'''
# Visit 08/12/2026 - follow-up
Interval history: She now sees a psychiatrist, Dr. O. Nakamura (fictional), since 05/2026. Dr. Nakamura added quetiapine 50 mg at bedtime on 05/19/2026 to augment the duloxetine. She became dizzy on standing and fell twice in June, once bruising her left foot; quetiapine was stopped on 06/26/2026. Dr. Nakamura has mentioned bupropion as a next step; nothing has been started.
Duloxetine 60 mg and pregabalin continue. She feels the duloxetine "does the feet some good, but my spirits are the same."
Medications: unchanged from 04/08/2026 apart from the above (duloxetine 60 mg daily; pregabalin 75 mg twice daily; metformin 1000 mg twice daily; insulin glargine 22 units at bedtime; atorvastatin 40 mg daily).
Pain NRS 5/10. PHQ-9 copied from Dr. Nakamura's note of 07/30/2026: 16. She denies suicidal thoughts.
Exam: bruise over the left dorsal foot has healed; skin intact. Right forefoot callus has not recurred. Shoes fit well.
Assessment: E11.42 with less burning; L84 resolved after debridement.
Plan: routine diabetic foot care every 3 months. Return 11/2026.
''')}],
    "history": [
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2019", "2023",
          "it worked for a few years, but by 2022 the low came back while she was still taking it", "relapse", F, 1,
          'but by 2022 "the low came back" while she was still taking it'),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2025-02", None,
          "does the feet some good, but my spirits are the same (burning 30 percent better, mood no better at all)",
          "no_response", F, 2,
          'She feels the duloxetine "does the feet some good, but my spirits are the same."'),
        R("quetiapine", "atypical antipsychotic", "augmentation", "50 mg", "2026-05-19", "2026-06-26",
          "dizzy on standing, fell twice; stopped", "side_effects", F, 2,
          "She became dizzy on standing and fell twice in June, once bruising her left foot; quetiapine was stopped on 06/26/2026."),
    ],
    "scales": [
        S("pain NRS", 7, "2026-04-08", F, 1, "Pain NRS (feet) 7/10."),
        S("PHQ-9", 16, "2026-07-30", F, 2, "PHQ-9 copied from Dr. Nakamura's note of 07/30/2026: 16."),
        S("pain NRS", 5, "2026-08-12", F, 2, "Pain NRS 5/10."),
    ],
    "diagnoses": [
        D("E11.42", F, 1, "Type 2 diabetes with diabetic polyneuropathy, E11.42."),
        D("L84", F, 1, "Callus, right forefoot, L84."),
        D("Z79.4", F, 1, "Long-term use of insulin, Z79.4."),
        D("F33.1", F, 1, "Recurrent depression, under primary care, F33.1."),
    ],
    "suicidality": SU("none", F, 2, "She denies suicidal thoughts."),
    "note": "Podiatry visits for painful diabetic neuropathy, 2-page PDF. Rows: citalopram 20 mg 2019-2023 (worked for years, the low came back while still taking it: relapse); duloxetine 60 mg since 02/2025, given for nerve pain and depression (feet better, spirits the same: no response, current, listed twice); quetiapine 50 mg added 05/19-06/26/2026 to augment duloxetine (dizzy, two falls: augmentation, side effects). Not rows: gabapentin and amitriptyline 25 mg at night tried for foot pain and sleep; pregabalin; sister's sertraline (never taken); bupropion only mentioned; diabetes and cholesterol drugs. PHQ-2 is not a contract scale.",
})

# ---------------------------------------------------------------- 05
F = "parish_nurse_home_visit.pdf"
CASES.append({
    "slug": "05-parish-nurse-handwritten-home-visit-record-scan",
    "docs": [{"file": F, "kind": "scan", "pages": pages(r'''
# FICTIONAL SAMPLE - St. Brendan's Parish Health Ministry (fictional)
# Home Visit Record
Name:
~Walter Kmiecik (fictional), age 74
Date:
~11/08/2026     Visit by: J. Abernathy RN (fictional)
Reason for visit:
~monthly visit. Widower since 2019. Daughter worried.
Medications (read from the bottles):
~Zoloft 50 mg daily (Dr. Sato) since Sept 2026
~metoprolol 25 mg 2x/day - BP
~tamsulosin 0.4 mg - prostate
~trazodone 50 mg at bedtime - sleep
~lorazepam 0.5 mg - Ruth's old bottle (2019)! took 1 last week.
~    asked him to bring it to the drop-off box.
History / mood:
~Lexapro 10 mg in 2019 after Ruth died - "got me through it"
~    stopped it himself 2020 when he felt like himself again.
~Zoloft now: "doesn't do much" - 9 wks on it.
~Dr. Sato said maybe switch to mirtazapine if no better by Dec.
~PHQ-9 = 13
~Asked re SI: "sometimes I think I'd be better off with Ruth"
~    no plan, no intent. No guns in house (son has them).
Vitals:
~BP 138/82   HR 64
Diagnoses (from Dr. Sato's list):
~F32.A   I10   N40.0
Plan:
~call Dr. Sato's office re lorazepam + mood. Next visit 12/06.
''')}],
    "history": [
        R("escitalopram", "SSRI", "antidepressant", "10 mg", "2019", "2020",
          "got me through it; stopped it himself when he felt like himself again", "remission", F, 1,
          "stopped it himself 2020 when he felt like himself again."),
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2026-09", None,
          "doesn't do much (9 weeks on it)", "no_response", F, 1,
          'Zoloft now: "doesn\'t do much" - 9 wks on it.'),
    ],
    "scales": [
        S("PHQ-9", 13, "2026-11-08", F, 1, "PHQ-9 = 13"),
    ],
    "diagnoses": [
        D("F32.A", F, 1, "F32.A I10 N40.0"),
        D("I10", F, 1, "F32.A I10 N40.0"),
        D("N40.0", F, 1, "F32.A I10 N40.0"),
    ],
    "suicidality": SU("passive", F, 1, '"sometimes I think I\'d be better off with Ruth"'),
    "note": "Parish nurse's handwritten home visit record, image-only scanned PDF (no text layer). Rows: Lexapro 10 mg 2019-2020 after his wife's death (got me through it; stopped when he felt like himself again: remission); Zoloft 50 mg since 09/2026 (doesn't do much after 9 weeks: no response, current). Not rows: his late wife's lorazepam; trazodone 50 mg for sleep; metoprolol; tamsulosin; mirtazapine only a possible switch.",
})

# ---------------------------------------------------------------- 06
F = "vr_case_notes.txt"
CASES.append({
    "slug": "06-vocational-rehabilitation-counselor-case-notes-txt",
    "docs": [{"file": F, "kind": "txt", "pages": pages(r'''
# FICTIONAL SAMPLE - Department of Vocational Rehabilitation, Tri-County Office (fictional)
Case notes. Client: Keisha Arrowood (fictional). Case FICT-30-0623. Counselor: T. Lindgren, CRC (fictional). Phone 555-0123.
01/15/2026  Intake interview. 34-year-old former dental assistant, out of work since 10/2025 after a layoff (Z56.0). Disabling conditions on the application: major depressive disorder, recurrent, moderate (F33.1); migraine (G43.909). She reports one suicide attempt by overdose in 2015, hospitalized 3 days; no attempts since. Current treatment: venlafaxine XR 150 mg daily since 06/2025 from her primary care doctor; she started behavioral activation with a therapist at Eastgate Counseling (fictional) this month. Past: sertraline 2016 to 2017 after the hospital stay; "it worked great, I was back to normal," stopped with her doctor after a year. Migraine: sumatriptan as needed and propranolol 40 mg daily for prevention. Releases signed for primary care and therapist records.
02/20/2026  Phone call. She says the venlafaxine gives her nausea and drenching sweats at work; her doctor stopped it and started escitalopram 10 mg on 02/17/2026.
03/12/2026  Records received from primary care: note of 03/10/2026 gives PHQ-9 17; escitalopram increased to 20 mg.
04/09/2026  Office meeting. Mood on escitalopram "a little better, not much." Her doctor wrote a prescription for bupropion to add to the escitalopram; she has not filled it because of the copay. She completed 12 sessions of behavioral activation (01/2026 to 04/2026): "it got me out of the house, but my mood didn't change." Vocational testing scheduled.
05/21/2026  Testing results reviewed: strong clerical and numerical scores. Plan: medical billing and coding certificate at Tri-County Community College (fictional), starting 08/2026. Tuition and books authorized.
06/18/2026  Phone call. Her mother has taken bupropion for years and told her to "just try hers"; counseled to talk to her own doctor instead. She agreed.
09/14/2026  Records from primary care: PHQ-9 11 on 09/08/2026. Office meeting: on escitalopram 20 mg she feels "about 60 percent of who I used to be." Headaches fewer on propranolol. Denies current suicidal thoughts. Course attendance 100 percent so far.
11/02/2026  Midterm grades A and B+. Job placement services to begin in 01/2027.
''')}],
    "history": [
        R("sertraline", "SSRI", "antidepressant", None, "2016", "2017",
          "it worked great, I was back to normal; stopped with her doctor after a year", "remission", F, 1,
          '"it worked great, I was back to normal," stopped with her doctor after a year.'),
        R("venlafaxine", "SNRI", "antidepressant", "150 mg", "2025-06", "2026-02-17",
          "nausea and drenching sweats at work; her doctor stopped it", "side_effects", F, 1,
          "She says the venlafaxine gives her nausea and drenching sweats at work; her doctor stopped it and started escitalopram 10 mg on 02/17/2026."),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2026-02-17", None,
          "about 60 percent of who I used to be", "partial_response", F, 1,
          'on escitalopram 20 mg she feels "about 60 percent of who I used to be."'),
        R("behavioral activation", "psychotherapy", "psychotherapy", "12 sessions", "2026-01", "2026-04",
          "it got me out of the house, but my mood didn't change", "no_response", F, 1,
          '"it got me out of the house, but my mood didn\'t change."'),
    ],
    "scales": [
        S("PHQ-9", 17, "2026-03-10", F, 1, "note of 03/10/2026 gives PHQ-9 17"),
        S("PHQ-9", 11, "2026-09-08", F, 1, "PHQ-9 11 on 09/08/2026."),
    ],
    "diagnoses": [
        D("Z56.0", F, 1, "out of work since 10/2025 after a layoff (Z56.0)"),
        D("F33.1", F, 1, "major depressive disorder, recurrent, moderate (F33.1)"),
        D("G43.909", F, 1, "migraine (G43.909)"),
    ],
    "suicidality": SU("attempt", F, 1, "She reports one suicide attempt by overdose in 2015"),
    "note": "Vocational rehabilitation counselor's dated case notes, TXT. Rows: sertraline 2016-2017 (back to normal, stopped with her doctor: remission); venlafaxine XR 150 mg 06/2025-02/17/2026 (nausea and sweats, stopped: side effects); escitalopram 10 -> 20 mg since 02/17/2026 (about 60 percent of who I used to be: partial, current); behavioral activation 12 sessions 01-04/2026 (out of the house, mood didn't change: no response). Not rows: bupropion prescribed but never filled; mother's bupropion; propranolol for migraine prevention, sumatriptan.",
})

# ---------------------------------------------------------------- 07
F = "annual_health_assessment.pdf"
CASES.append({
    "slug": "07-concierge-practice-annual-executive-health-assessment-pdf",
    "docs": [{"file": F, "kind": "pdf", "pages": pages(r'''
# FICTIONAL SAMPLE - Summit Ridge Concierge Medicine (fictional)
# Annual Comprehensive Health Assessment - 11/17/2026
Member: Graham Whitcombe (fictional), age 52. Member ID FICT-30-0731. Physician: Dr. Adaeze Mbeki (fictional). Phone 555-0131.
This report is written to you, the member, and summarizes your day of testing and our conversation.
# Mental health
You have had three episodes of depression. In college (1994) you took fluoxetine for a few months; you recall that it "didn't touch it," and you stopped on your own.
In 2022 Dr. Halvorsen (fictional, psychiatry) started desvenlafaxine 50 mg; your mood improved, but erectile and libido problems led you to stop it in 03/2024.
Vortioxetine, started 03/2024 and now 20 mg daily, has been, in your words, "the best I've felt in a decade," and your PHQ-9 today is 3, consistent with remission.
A friend suggested ketamine treatment; you have no interest, and there is no reason for it. Your wife's escitalopram, which you mentioned trying once on a flight, is not something to repeat.
Asked directly, you deny thoughts of suicide, now or at any time in the past.
# Sleep
Home sleep test 08/2026 showed moderate obstructive sleep apnea (22 events an hour); CPAP since 09/2026, used 6.5 hours a night on average. You use zolpidem 5 mg only on overnight flights.
# Current medications
| Medication | Dose | Purpose |
| Vortioxetine | 20 mg daily | depression |
| Atorvastatin | 20 mg daily | cholesterol |
| Zolpidem | 5 mg as needed | sleep on overnight flights |
| Modafinil | 100 mg as needed | alertness with jet lag |
| Finasteride | 1 mg daily | hair loss |
''', r'''
# Screening questionnaires
| Screen | Result | Date |
| PHQ-9 | 3 | 11/17/2026 |
| GAD-7 | 2 | 11/17/2026 |
| AUDIT-C | 4 | 11/17/2026 |
| Epworth Sleepiness Scale | 6 | 11/17/2026 |
# Laboratory and testing highlights
LDL cholesterol 88 mg/dL on atorvastatin; A1c 5.6%; TSH normal. Exercise treadmill test: 11.5 minutes, no ischemic changes. Coronary calcium score 14.
# Problem list
| Code | Problem |
| Z00.00 | Annual examination without abnormal findings beyond those listed |
| E78.5 | Hyperlipidemia |
| G47.33 | Obstructive sleep apnea |
| F33.42 | Recurrent depression, in full remission |
# Recommendations
Continue vortioxetine with Dr. Halvorsen. Continue CPAP. Limit alcohol to the AUDIT-C range we discussed. Repeat lipid panel in 6 months.
''')}],
    "history": [
        R("fluoxetine", "SSRI", "antidepressant", None, "1994", "1994",
          "didn't touch it; stopped on his own", "no_response", F, 1,
          'you recall that it "didn\'t touch it," and you stopped on your own.'),
        R("desvenlafaxine", "SNRI", "antidepressant", "50 mg", "2022", "2024-03",
          "mood improved, but erectile and libido problems led him to stop it", "side_effects", F, 1,
          "your mood improved, but erectile and libido problems led you to stop it in 03/2024."),
        R("vortioxetine", "multimodal", "antidepressant", "20 mg", "2024-03", None,
          "the best I've felt in a decade; PHQ-9 3, consistent with remission", "remission", F, 1,
          '"the best I\'ve felt in a decade," and your PHQ-9 today is 3, consistent with remission.'),
    ],
    "scales": [
        S("PHQ-9", 3, "2026-11-17", F, 2, "PHQ-9 3 11/17/2026"),
        S("GAD-7", 2, "2026-11-17", F, 2, "GAD-7 2 11/17/2026"),
    ],
    "diagnoses": [
        D("Z00.00", F, 2, "Z00.00 Annual examination without abnormal findings beyond those listed"),
        D("E78.5", F, 2, "E78.5 Hyperlipidemia"),
        D("G47.33", F, 2, "G47.33 Obstructive sleep apnea"),
        D("F33.42", F, 2, "F33.42 Recurrent depression, in full remission"),
    ],
    "suicidality": SU("none", F, 1, "you deny thoughts of suicide, now or at any time in the past."),
    "note": "Concierge practice's annual health assessment written to the member (second person), 2-page PDF. Rows: fluoxetine 1994 (didn't touch it: no response); desvenlafaxine 50 mg 2022-03/2024 (mood improved but sexual side effects led to the stop: side effects); vortioxetine 20 mg since 03/2024 (best in a decade, PHQ-9 3: remission, current). Not rows: ketamine suggested by a friend and refused; wife's escitalopram tried once; zolpidem for flights; modafinil for jet lag; atorvastatin, finasteride. AUDIT-C and Epworth are not contract scales.",
})

# ---------------------------------------------------------------- 08
F = "sexual_health_followup.docx"
CASES.append({
    "slug": "08-womens-sexual-health-clinic-follow-up-docx",
    "header": "FICTIONAL SAMPLE - Bayview Women's Sexual Health Clinic (fictional)",
    "docs": [{"file": F, "kind": "docx", "pages": pages(r'''
# Follow-up visit - 10/05/2026 (FICTIONAL SAMPLE)
Patient: Renata Solberg (fictional), 38. MRN FICT-30-0845. Phone 555-0145. Clinician: Dr. Colette Ambrose (fictional).
Reason for visit: follow-up of antidepressant-associated sexual dysfunction (difficulty reaching orgasm, low desire).
# Antidepressant history
| Medication | Dates | Highest dose | What happened |
| Paroxetine | 01/2023 - 04/2025 | 20 mg | Mood good; unable to reach orgasm; she stopped it for that |
| Bupropion SR | 04/2025 - 09/2025 | 150 mg twice daily | Sexual function returned; "didn't hold my mood up at all" |
| Sertraline | 09/2025 - current | 100 mg | See interval history |
# Interval history
Since the last visit (06/2026) she has used sildenafil 50 mg before sex for the SSRI-related arousal problem, with some benefit. On sertraline her mood is "better, though not all the way back"; her psychiatrist, Dr. F. Quintero (fictional), wants her to stay on it.
She asked about flibanserin; we discussed it and decided not to start it now. She tried her partner's tadalafil once "out of curiosity"; advised against using his medicine. Referral to a sex therapist for sensate focus work is pending.
# Measures
Female Sexual Function Index total 19.8 (16.1 in 06/2026). PHQ-9 today 9. She denies suicidal ideation.
# Assessment
1. Female orgasmic disorder, F52.31, related to SSRI treatment, improving with sildenafil.
2. Major depressive disorder, recurrent, moderate, F33.1, partly improved on sertraline.
# Plan
Continue sildenafil 50 mg as needed. Timing of the sertraline dose moved to after the evening meal. Return in 3 months.
''')}],
    "history": [
        R("paroxetine", "SSRI", "antidepressant", "20 mg", "2023-01", "2025-04",
          "mood good; unable to reach orgasm; she stopped it for that", "side_effects", F, 1,
          "Paroxetine 01/2023 - 04/2025 20 mg Mood good; unable to reach orgasm; she stopped it for that"),
        R("bupropion", "NDRI", "antidepressant", "150 mg twice daily", "2025-04", "2025-09",
          "sexual function returned; didn't hold my mood up at all", "no_response", F, 1,
          'Bupropion SR 04/2025 - 09/2025 150 mg twice daily Sexual function returned; "didn\'t hold my mood up at all"'),
        R("sertraline", "SSRI", "antidepressant", "100 mg", "2025-09", None,
          "better, though not all the way back", "partial_response", F, 1,
          'On sertraline her mood is "better, though not all the way back"'),
    ],
    "scales": [
        S("PHQ-9", 9, "2026-10-05", F, 1, "PHQ-9 today 9."),
    ],
    "diagnoses": [
        D("F52.31", F, 1, "Female orgasmic disorder, F52.31"),
        D("F33.1", F, 1, "Major depressive disorder, recurrent, moderate, F33.1"),
    ],
    "suicidality": SU("none", F, 1, "She denies suicidal ideation."),
    "note": "Women's sexual health clinic follow-up, DOCX with an antidepressant history table. Rows: paroxetine 20 mg 01/2023-04/2025 (mood good, anorgasmia, stopped for that: side effects); bupropion SR 150 mg twice daily 04/2025-09/2025 (didn't hold my mood up at all: no response); sertraline 100 mg since 09/2025 (better, not all the way back: partial, current). Not rows: sildenafil for SSRI-related arousal problems; flibanserin discussed, not started; partner's tadalafil; sensate focus referral (sexual, not depression, treatment, and not yet begun). FSFI is not a contract scale.",
})

# ---------------------------------------------------------------- 09
F = "voice_therapy_notes.txt"
CASES.append({
    "slug": "09-speech-language-pathology-voice-therapy-notes-txt",
    "docs": [{"file": F, "kind": "txt", "pages": pages(r'''
# FICTIONAL SAMPLE - Northgate Voice and Swallowing Clinic (fictional) - Speech-Language Pathology
Patient: Annika Ferreira-Holt (fictional), 45, middle-school teacher. MRN FICT-30-0958. Phone 555-0158.
Referred by ENT (Dr. P. Lindau, fictional): muscle tension dysphonia, R49.0; laryngopharyngeal reflux, K21.9.
# EVALUATION - 06/02/2026
Hoarse, effortful voice since 01/2026, worse by the end of the school day; throat ache after teaching. Stroboscopy (ENT, 05/2026): no lesion, supraglottic squeeze. Voice Handicap Index-10 (VHI-10) 31.
Other history: generalized anxiety disorder (F41.1) and recurrent depression, mild (F33.0), treated by her primary care doctor and a psychologist.
Medications: citalopram 20 mg daily since 05/2024; omeprazole 20 mg twice daily for reflux since 04/2026; lorazepam 0.5 mg as needed for panic, rarely used. ENT prescribed amitriptyline 10 mg at night for cough hypersensitivity; she never filled it.
Past: sertraline 50 mg in 2021 made her "jittery and unable to sleep," stopped after six weeks. She describes citalopram as keeping her "out of the pit, but I'm not myself." She began acceptance and commitment therapy (ACT) with a psychologist in 06/2026 for anxiety and low mood.
From the psychologist's referral letter: GAD-7 (05/20/2026): 11. PHQ-9 (05/20/2026): 12.
Plan: 8 sessions of voice therapy (resonant voice, circumlaryngeal massage, vocal hygiene); portable amplifier for the classroom.
# SESSION 3 - 07/07/2026
Resonant voice on phrases, good carryover in session. Using the amplifier at summer school. VHI-10 not repeated.
# SESSION 6 - 08/18/2026
Conversational carryover improving; less throat ache. She says ACT "is helping a bit - I get stuck in my head less." Reflux symptoms better on omeprazole.
# DISCHARGE - 09/29/2026
8 sessions completed. VHI-10 12. Voice clear through a full teaching day with the amplifier. Citalopram unchanged. About the ACT, which continues: "helping a bit, not a fix."
Goals met; discharged to a home program. Return if hoarseness lasts more than two weeks.
''')}],
    "history": [
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2021", "2021",
          "jittery and unable to sleep; stopped after six weeks", "side_effects", F, 1,
          'sertraline 50 mg in 2021 made her "jittery and unable to sleep," stopped after six weeks.'),
        R("citalopram", "SSRI", "antidepressant", "20 mg", "2024-05", None,
          "keeping her out of the pit, but I'm not myself", "partial_response", F, 1,
          'She describes citalopram as keeping her "out of the pit, but I\'m not myself."'),
        R("acceptance and commitment therapy", "psychotherapy", "psychotherapy", None, "2026-06", None,
          "helping a bit, not a fix", "partial_response", F, 1,
          'About the ACT, which continues: "helping a bit, not a fix."'),
    ],
    "scales": [
        S("GAD-7", 11, "2026-05-20", F, 1, "GAD-7 (05/20/2026): 11."),
        S("PHQ-9", 12, "2026-05-20", F, 1, "PHQ-9 (05/20/2026): 12."),
    ],
    "diagnoses": [
        D("R49.0", F, 1, "muscle tension dysphonia, R49.0"),
        D("K21.9", F, 1, "laryngopharyngeal reflux, K21.9"),
        D("F41.1", F, 1, "generalized anxiety disorder (F41.1)"),
        D("F33.0", F, 1, "recurrent depression, mild (F33.0)"),
    ],
    "suicidality": SU(None),
    "note": "Speech-language pathology voice therapy notes (evaluation, two sessions, discharge), TXT. Rows: sertraline 50 mg 2021 (jittery, unable to sleep, stopped after six weeks: side effects); citalopram 20 mg since 05/2024 (out of the pit, but not myself: partial, current); acceptance and commitment therapy since 06/2026 (helping a bit, not a fix: partial, ongoing). Not rows: voice therapy (8 sessions, for dysphonia); amitriptyline 10 mg for cough, never filled; omeprazole; lorazepam as needed for panic. VHI-10 is not a contract scale. No record speaks of suicidality: null.",
})

# ---------------------------------------------------------------- 10
F = "nota_evolucion_geriatria.docx"
CASES.append({
    "slug": "10-nota-evolucion-geriatria-residencia-espanol-docx",
    "header": "MUESTRA FICTICIA / FICTIONAL SAMPLE - Residencia de Mayores Los Almendros (ficticia)",
    "docs": [{"file": F, "kind": "docx", "pages": pages(r'''
# Nota de evolución de geriatría - 12/11/2026 (MUESTRA FICTICIA / FICTIONAL SAMPLE)
Residente: Encarnación Villaseñor Ruiz (ficticia), 81 años. NHC FICT-30-1009. Médica: Dra. Inés Carbonell (ficticia). Teléfono 555-0109.
Motivo: revisión trimestral. La hija refiere que su madre "sigue triste".
# Antecedentes
Enfermedad de Alzheimer de inicio tardío, fase leve (G30.1). Hipertensión arterial (I10). Artrosis de ambas rodillas (M17.0). Hiponatremia por ISRS en 2025 (E87.1). Trastorno depresivo mayor recurrente (F33.1).
# Tratamientos previos de la depresión
1998-2000: imipramina tras la muerte de su hijo; se recuperó por completo y su médico se la retiró en 2000.
03/2024 a 01/2025: sertralina 50 mg. El ánimo mejoró algo, pero en enero de 2025 el sodio bajó a 126 mmol/L y se retiró por hiponatremia.
Desde 02/2025: mirtazapina 15 mg por la noche. Ha recuperado el apetito y duerme mejor; el ánimo sigue bajo y llora por las tardes.
Terapia de reminiscencia en grupo en la residencia, 10 sesiones (septiembre-noviembre de 2026): la psicóloga la ve algo más animada y participativa, aunque persisten el llanto y la tristeza por las tardes.
# Tratamiento actual
| Fármaco | Dosis | Indicación |
| Mirtazapina | 15 mg por la noche | depresión |
| Donepezilo | 5 mg por la mañana | Alzheimer |
| Quetiapina | 25 mg por la noche si agitación | agitación nocturna |
| Enalapril | 10 mg cada 12 h | tensión arterial |
| Paracetamol | 1 g cada 8 h | dolor de rodillas |
Lorazepam 0,5 mg de rescate (dos tomas en octubre). La hija pregunta por la pastilla que toma la vecina de habitación (escitalopram); se le explica que no se puede usar la medicación de otra residente.
# Escalas
Escala de depresión geriátrica de Yesavage: 11/15. PHQ-9 heteroaplicado por enfermería el 05/11/2026: 15. MEC de Lobo 22/35. Dolor de rodillas EN 4/10.
# Riesgo
Expresa ideas pasivas de muerte ("ya he vivido bastante, que me lleve Dios"), sin ideación ni planes autolíticos.
# Juicio clínico
Depresión mayor recurrente, episodio actual moderado (F33.1), sin respuesta del ánimo a la mirtazapina.
# Plan
Se plantea subir la mirtazapina a 30 mg; se hablará con la hija antes de cambiarla. Se descarta la terapia electroconvulsiva. No reintroducir ISRS por la hiponatremia previa. Control de sodio en diciembre. Seguir en el grupo de reminiscencia.
''')}],
    "history": [
        R("imipramine", "TCA", "antidepressant", None, "1998", "2000",
          "se recuperó por completo y su médico se la retiró en 2000", "remission", F, 1,
          "se recuperó por completo y su médico se la retiró en 2000."),
        R("sertraline", "SSRI", "antidepressant", "50 mg", "2024-03", "2025-01",
          "el ánimo mejoró algo, pero el sodio bajó a 126 mmol/L y se retiró por hiponatremia", "side_effects", F, 1,
          "en enero de 2025 el sodio bajó a 126 mmol/L y se retiró por hiponatremia."),
        R("mirtazapine", "NaSSA", "antidepressant", "15 mg", "2025-02", None,
          "ha recuperado el apetito y duerme mejor; el ánimo sigue bajo (sin respuesta del ánimo)", "no_response", F, 1,
          "Ha recuperado el apetito y duerme mejor; el ánimo sigue bajo y llora por las tardes."),
        R("reminiscence therapy", "psychotherapy", "psychotherapy", "10 sesiones", "2026-09", "2026-11",
          "algo más animada y participativa, aunque persisten el llanto y la tristeza por las tardes",
          "partial_response", F, 1,
          "la psicóloga la ve algo más animada y participativa, aunque persisten el llanto y la tristeza por las tardes."),
    ],
    "scales": [
        S("PHQ-9", 15, "2026-11-05", F, 1, "PHQ-9 heteroaplicado por enfermería el 05/11/2026: 15."),
        S("pain NRS", 4, "2026-11-12", F, 1, "Dolor de rodillas EN 4/10."),
    ],
    "diagnoses": [
        D("G30.1", F, 1, "Enfermedad de Alzheimer de inicio tardío, fase leve (G30.1)."),
        D("I10", F, 1, "Hipertensión arterial (I10)."),
        D("M17.0", F, 1, "Artrosis de ambas rodillas (M17.0)."),
        D("E87.1", F, 1, "Hiponatremia por ISRS en 2025 (E87.1)."),
        D("F33.1", F, 1, "Trastorno depresivo mayor recurrente (F33.1)."),
    ],
    "suicidality": SU("passive", F, 1, "Expresa ideas pasivas de muerte"),
    "note": "FICTIONAL Spanish geriatric progress note from a care home (nota de evolución de geriatría), DOCX; dates day/month/year (12/11/2026 = 2026-11-12). Rows: imipramine 1998-2000 (full recovery, withdrawn by her doctor: remission); sertraline 50 mg 03/2024-01/2025 (mood improved somewhat, stopped for hyponatremia: side effects); mirtazapine 15 mg since 02/2025 (appetite and sleep back, mood still low; 'sin respuesta del ánimo': no response, current; 30 mg only proposed); group reminiscence therapy 10 sessions 09-11/2026 (somewhat livelier, crying persists: partial). Not rows: donepezil; quetiapine 25 mg for night agitation; lorazepam rescue; the neighbour resident's escitalopram; ECT ruled out. Yesavage GDS and MEC are not contract scales; 'EN' knee pain is pain NRS.",
})

# ---------------------------------------------------------------- 11
F1 = "caregiver_log_page1.jpg"
F2 = "caregiver_log_page2.jpg"
CASES.append({
    "slug": "11-caregiver-daughter-handwritten-medication-log-photos",
    "docs": [
        {"file": F1, "kind": "photo", "pages": pages(r'''
~FICTIONAL SAMPLE
~Dad's medicine notes - Frank Delacroix (fictional), 69
~kept by Joanne. Dr. Amsel (fictional) = his doctor
~2012 - Paxil for about 3 months after he retired.
~    "turned him into a zombie" - he quit it.
~1/14/26 Dr. A visit. PHQ-9 19. Dx F32.2
~    started escitalopram 10 mg
~2/11 Dad says "no different"
~3/4 up to 20 mg
~3/18 Dad said he "wouldn't mind not waking up"
~    told Dr. A. No plan. Dr. says call 988 if worse.
~4/20 still flat, no change at all.
~    Dr. A stopped escitalopram.
~4/21 started duloxetine 30 mg
~5/5 up to 60 mg
''')},
        {"file": F2, "kind": "photo", "pages": pages(r'''
~FICTIONAL SAMPLE - Dad's notes, page 2
~5/28 dizzy when he stands, fell in the bathroom
~6/2 Dr. A stopped duloxetine (dizzy + the fall)
~6/10 nortriptyline 25 mg at night
~7/1 up to 50 mg (level 88 on 7/22)
~8/15 went fishing with Uncle Ray again!
~9/22 Dr. visit: PHQ-9 10. Dad says he is
~    "most of the way back." Keep 50 mg.
~Dr. A: Spravato if this stops working - Dad says NO.
~Melatonin 3 mg bedtime (sleep)
~Inhalers: tiotropium + albuterol (COPD, J44.9)
~Mom's sertraline is in the same cabinet - NOT Dad's!
''')},
    ],
    "history": [
        R("paroxetine", "SSRI", "antidepressant", None, "2012", "2012",
          "turned him into a zombie; he quit it", "side_effects", F1, 1,
          '"turned him into a zombie" - he quit it.'),
        R("escitalopram", "SSRI", "antidepressant", "20 mg", "2026-01-14", "2026-04-20",
          "no different; still flat, no change at all; stopped", "no_response", F1, 1,
          "4/20 still flat, no change at all. Dr. A stopped escitalopram."),
        R("duloxetine", "SNRI", "antidepressant", "60 mg", "2026-04-21", "2026-06-02",
          "dizzy when he stands, fell; stopped", "side_effects", F2, 1,
          "6/2 Dr. A stopped duloxetine (dizzy + the fall)"),
        R("nortriptyline", "TCA", "antidepressant", "50 mg", "2026-06-10", None,
          "most of the way back", "partial_response", F2, 1,
          'Dad says he is "most of the way back." Keep 50 mg.'),
    ],
    "scales": [
        S("PHQ-9", 19, "2026-01-14", F1, 1, "1/14/26 Dr. A visit. PHQ-9 19."),
        S("PHQ-9", 10, "2026-09-22", F2, 1, "9/22 Dr. visit: PHQ-9 10."),
    ],
    "diagnoses": [
        D("F32.2", F1, 1, "Dx F32.2"),
        D("J44.9", F2, 1, "(COPD, J44.9)"),
    ],
    "suicidality": SU("passive", F1, 1, 'Dad said he "wouldn\'t mind not waking up"'),
    "note": "Two phone photos (JPEG) of a notebook log kept by the patient's daughter. Rows: Paxil 2012 (turned him into a zombie, he quit: side effects); escitalopram 10 -> 20 mg 01/14-04/20/2026 (no different, still flat, stopped: no response); duloxetine 30 -> 60 mg 04/21-06/02/2026 (dizzy on standing, a fall, stopped: side effects); nortriptyline 25 -> 50 mg at night since 06/10/2026, for his depression (most of the way back: partial, current). Not rows: Spravato only mentioned and refused; melatonin for sleep; COPD inhalers; his wife's sertraline.",
})

# ---------------------------------------------------------------- 12
F = "psychiatry_resident_clinic_notes.pdf"
CASES.append({
    "slug": "12-psychiatry-resident-clinic-intake-and-follow-ups-pdf",
    "docs": [{"file": F, "kind": "pdf", "pages": pages(r'''
# FICTIONAL SAMPLE - University Hospital Adult Psychiatry Resident Clinic (fictional)
Patient: Theresa Vukovich (fictional), 41    MRN FICT-30-1212    Phone 555-0112
# Psychiatric Intake - 06/03/2026 - Dr. Samuel Okonkwo-Reyes, PGY-3 (fictional)
Chief complaint: "I've been depressed most of my adult life and nothing sticks."
History of present illness: Current episode since early 2025, with low mood, poor concentration, early waking and withdrawal from friends; on leave from her job as a paralegal since 03/2026. She has taken sertraline 150 mg since 05/2024, which she says made "barely a dent."
# Past psychiatric treatment
- Fluoxetine, 03/2017 to 07/2017, up to 40 mg: no meaningful change after 10 weeks at 40 mg.
- Venlafaxine XR, 2018 to 2024, up to 225 mg: remitted by late 2018 and stayed well for about four years; the depression returned in 2023 despite taking it, and it was tapered off in 2024.
- Lithium added to venlafaxine in 2023, 600 mg at bedtime (level 0.6): a hand tremor bad enough that she could not write; stopped after 6 weeks.
- CBT, 16 sessions in 2023: "it helped me understand the depression, not change it."
- Never tried: MAOIs, ECT or TMS. She declines ECT.
Family history: mother with bipolar I disorder, well on lithium for decades. Maternal uncle died by suicide.
# Medications
| Medication | Dose | Since | For |
| Sertraline | 150 mg daily | 05/2024 | depression |
| Trazodone | 50 mg at bedtime | 2024 | sleep |
| Levothyroxine | 75 mcg daily | 2019 | hypothyroidism |
| Norethindrone | 0.35 mg daily | 2022 | contraception |
Ratings: PHQ-9 19. GAD-7 12. C-SSRS screen: wish to be dead in the past month (yes); active thoughts, method, intent, plan and behavior (no).
Assessment: Major depressive disorder, recurrent, severe, without psychotic features (F33.2). Generalized anxiety disorder (F41.1). Hypothyroidism (E03.9), TSH normal 05/2026.
Plan: cross-taper sertraline to levomilnacipran ER, starting 20 mg. Aripiprazole augmentation discussed as the alternative; she prefers to avoid weight gain, not started. Esketamine to consider if there is no response. Safety plan completed.
Attending attestation: I saw the patient with Dr. Okonkwo-Reyes and agree with the plan. Dr. Helen Marchetti (fictional).
''', r'''
# Follow-up - 08/05/2026 - Dr. Samuel Okonkwo-Reyes, PGY-3 (fictional)
Interval history: Sertraline tapered and stopped on 06/24/2026. Levomilnacipran ER 20 mg started 06/04/2026, 40 mg from 06/18/2026, 80 mg from 07/08/2026. Sweating at night and some urinary hesitancy; she says both are "annoying but livable." Mood: "a little lighter, too early to tell." Sleep fair with trazodone. The wish to be dead comes less often; no active suicidal thoughts.
# Medications
| Medication | Dose | Since | For |
| Levomilnacipran ER | 80 mg daily | 06/2026 | depression |
| Trazodone | 50 mg at bedtime | 2024 | sleep |
| Levothyroxine | 75 mcg daily | 2019 | hypothyroidism |
| Norethindrone | 0.35 mg daily | 2022 | contraception |
Ratings: PHQ-9 16. GAD-7 10.
Assessment: F33.2, early improvement. Side effects tolerated.
Plan: continue levomilnacipran ER 80 mg. Return in 2 months.
Attending attestation: discussed with Dr. Okonkwo-Reyes; agree. Dr. Helen Marchetti (fictional).
''', r'''
# Follow-up - 10/07/2026 - Dr. Samuel Okonkwo-Reyes, PGY-3 (fictional)
Interval history: On levomilnacipran ER 80 mg she is "better, maybe 50 percent - I can do the day now, but it's still gray." Night sweating persists and is tolerated; hesitancy gone. Back at work half-time since 09/2026. Denies any suicidal thoughts since September.
Medications: unchanged from 08/05/2026 (levomilnacipran ER 80 mg, trazodone 50 mg at bedtime, levothyroxine 75 mcg, norethindrone 0.35 mg).
Ratings: PHQ-9 12. GAD-7 8.
Assessment: Major depressive disorder, recurrent, moderate (F33.1), improving from severe; partial response to levomilnacipran.
Plan: increase levomilnacipran ER to 120 mg daily; she will start the higher dose after her vacation at the end of the month. If not in remission by January, revisit aripiprazole or esketamine. Return in 6 weeks.
Attending attestation: agree with the assessment and plan. Dr. Helen Marchetti (fictional).
''')}],
    "history": [
        R("fluoxetine", "SSRI", "antidepressant", "40 mg", "2017-03", "2017-07",
          "no meaningful change after 10 weeks at 40 mg", "no_response", F, 1,
          "Fluoxetine, 03/2017 to 07/2017, up to 40 mg: no meaningful change after 10 weeks at 40 mg."),
        R("venlafaxine", "SNRI", "antidepressant", "225 mg", "2018", "2024",
          "remitted by late 2018 and stayed well for about four years; the depression returned in 2023 despite taking it",
          "relapse", F, 1,
          "remitted by late 2018 and stayed well for about four years; the depression returned in 2023 despite taking it, and it was tapered off in 2024."),
        R("lithium", "mood stabilizer", "augmentation", "600 mg", "2023", "2023",
          "a hand tremor bad enough that she could not write; stopped after 6 weeks", "side_effects", F, 1,
          "a hand tremor bad enough that she could not write; stopped after 6 weeks."),
        R("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2023", "2023",
          "it helped me understand the depression, not change it", "no_response", F, 1,
          'CBT, 16 sessions in 2023: "it helped me understand the depression, not change it."'),
        R("sertraline", "SSRI", "antidepressant", "150 mg", "2024-05", "2026-06-24",
          "barely a dent", "no_response", F, 1,
          'She has taken sertraline 150 mg since 05/2024, which she says made "barely a dent."'),
        R("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2026-06-04", None,
          "better, maybe 50 percent - I can do the day now, but it's still gray; partial response", "partial_response", F, 3,
          'On levomilnacipran ER 80 mg she is "better, maybe 50 percent - I can do the day now, but it\'s still gray."'),
    ],
    "scales": [
        S("PHQ-9", 19, "2026-06-03", F, 1, "Ratings: PHQ-9 19."),
        S("GAD-7", 12, "2026-06-03", F, 1, "GAD-7 12."),
        S("PHQ-9", 16, "2026-08-05", F, 2, "Ratings: PHQ-9 16."),
        S("GAD-7", 10, "2026-08-05", F, 2, "GAD-7 10."),
        S("PHQ-9", 12, "2026-10-07", F, 3, "Ratings: PHQ-9 12."),
        S("GAD-7", 8, "2026-10-07", F, 3, "GAD-7 8."),
    ],
    "diagnoses": [
        D("F33.2", F, 1, "Major depressive disorder, recurrent, severe, without psychotic features (F33.2)."),
        D("F41.1", F, 1, "Generalized anxiety disorder (F41.1)."),
        D("E03.9", F, 1, "Hypothyroidism (E03.9)"),
        D("F33.1", F, 3, "Major depressive disorder, recurrent, moderate (F33.1)"),
    ],
    "suicidality": SU("passive", F, 1, "wish to be dead in the past month (yes)"),
    "note": "Adult psychiatry resident clinic: intake (p. 1) and two follow-ups (pp. 2-3) with attending attestations, 3-page PDF. Rows: fluoxetine 03/2017-07/2017 40 mg (no meaningful change: no response); venlafaxine XR 2018-2024 225 mg (remitted, then the depression returned in 2023 despite taking it: relapse); lithium added to venlafaxine 2023 600 mg (tremor, stopped: augmentation, side effects); CBT 16 sessions 2023 (understand, not change: no response); sertraline 150 mg 05/2024-06/24/2026 (barely a dent: no response); levomilnacipran ER 20 -> 80 mg since 06/04/2026 (maybe 50 percent, still gray: partial, current; 120 mg only planned). Not rows: trazodone for sleep; levothyroxine; norethindrone; mother's lithium; aripiprazole discussed, not started; esketamine to consider; ECT declined; MAOIs and TMS never tried. The C-SSRS screen is words only: no scale row.",
})
