"""Cases 07-12 of the notes13 set. Everything here is FICTIONAL."""
from helpers import H, S, D, SU

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 07 TMS discharge summary (DOCX) with a weekly measures table and an earlier TMS course
F7 = "TMS_course_discharge_summary_Lindqvist.docx"
CASES.append({
    "slug": "07-tms-second-course-docx",
    "exercises": "TMS clinic discharge summary (DOCX): a first TMS course in 2023 (remission ~10 months, then "
                 "relapse) and the current course (30 acute + 6 taper = 36 sessions, response not remission) = two "
                 "TMS rows; weekly measures table (Date / Sessions completed / PHQ-9 / GAD-7 with '-' cells); brand "
                 "names (Trintellix, Pristiq, Fetzima); levomilnacipran continued unchanged with no benefit; "
                 "sumatriptan PRN; ketamine declined; maintenance TMS as a plan; passive thoughts of death at "
                 "baseline only",
    "docs": [{"file": F7, "fmt": "docx", "pages": [[
        ("p", "FICTIONAL SAMPLE - Northmere Neuromodulation Clinic, 301 Quarry Hill Rd, Elsby, WI 53999 - 555-0127"),
        ("h", "TMS Treatment Course - Discharge Summary"),
        ("p", "Patient: Saskia Lindqvist   DOB 02/17/1991   Clinic ID NNC-FICT-5520   Treating physician: Gideon "
              "Farrow-Banks, MD   Summary date: 10/12/2026"),
        ("p", "Diagnoses: F33.2 Major depressive disorder, recurrent severe without psychotic features; G43.709 "
              "Chronic migraine without aura, not intractable, without status migrainosus."),
        ("h", "Background"),
        ("p", "Ms. Lindqvist had a first course of TMS at another clinic (Elsby Brain Health) from February to April "
              "2023, 36 sessions of 10 Hz to the left DLPFC. She reached remission (PHQ-9 6 at the end) and stayed "
              "well for about ten months; the depression returned in early 2024 and has persisted since."),
        ("p", "Medication history: Trintellix 20 mg in 2022, no response after three months. Pristiq 50-100 mg from "
              "2024 to 2025, stopped for nausea and diarrhea that did not settle. Fetzima 80 mg since 06/2025: no "
              "better on it, continued unchanged during TMS at her request. Sumatriptan as needed for migraine. "
              "Ketamine was discussed in 2025; she declined it."),
        ("h", "Current course"),
        ("p", "Course dates: 08/03/2026 to 10/09/2026. Protocol: 10 Hz left DLPFC at 120% of motor threshold for "
              "the first 10 sessions, then intermittent theta burst (iTBS) because of scalp discomfort. 30 acute "
              "sessions (08/03/2026 - 09/14/2026) and 6 taper sessions (through 10/09/2026): 36 sessions in all. "
              "No missed sessions, no seizures."),
        ("t", [1.2, 1.5, 1.0, 1.0],
         ["Date", "Sessions completed", "PHQ-9", "GAD-7"],
         [["08/03/2026", "baseline", "22", "16"],
          ["08/17/2026", "10", "18", "-"],
          ["08/31/2026", "20", "14", "-"],
          ["09/14/2026", "30", "11", "9"],
          ["10/09/2026", "36", "12", "-"],
          ]),
        ("h", "Outcome"),
        ("p", "Response without remission: PHQ-9 22 to 11 at the end of the acute phase (50%), holding at 12 after the "
              "taper. She sleeps better and is back at work part time; low mood and fatigue persist."),
        ("h", "Safety"),
        ("p", "At baseline she described passive thoughts of death ('it would be easier not to be here') without "
              "intent or plan. From week 4 on she denied any such thoughts; the C-SSRS screen was negative at "
              "every weekly check from 08/31/2026."),
        ("h", "Recommendations"),
        ("p", "Continue levomilnacipran as prescribed by her psychiatrist. Consider maintenance TMS if symptoms "
              "return; she would also be a candidate for esketamine. Follow-up with Dr. Imani Castellanos."),
    ]]}],
    "note": "FICTIONAL case. TMS discharge summary DOCX. Two TMS rows: 2023-02 to 2023-04, 36 sessions, remission "
            "held ~10 months then returned -> relapse; 2026-08-03 to 2026-10-09, 36 sessions (30 acute + 6 taper), "
            "response without remission -> partial_response. Vortioxetine (Trintellix) 2022 no response; "
            "desvenlafaxine (Pristiq) 2024-2025 GI side effects; levomilnacipran (Fetzima) since 06/2025, 'no better', "
            "ongoing -> no_response, end null. Not rows: sumatriptan (migraine, PRN), ketamine (declined), "
            "maintenance TMS and esketamine (plans). Suicidality passive (baseline), later negative.",
    "history": [
        H("TMS", "rTMS", "neuromodulation", "36 sessions", "2023-02", "2023-04",
          "She reached remission and stayed well for about ten months; the depression returned in early 2024",
          "relapse", F7, 1, "the depression returned in early 2024 and has persisted since"),
        H("vortioxetine", "serotonin modulator", "antidepressant", "20 mg", "2022", "2022",
          "no response after three months", "no_response", F7, 1, "Trintellix 20 mg in 2022, no response"),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2024", "2025",
          "stopped for nausea and diarrhea that did not settle", "side_effects",
          F7, 1, "stopped for nausea and diarrhea that did not settle"),
        H("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2025-06", None,
          "no better on it, continued unchanged during TMS at her request", "no_response",
          F7, 1, "Fetzima 80 mg since 06/2025: no better on it"),
        H("TMS", "rTMS / iTBS", "neuromodulation", "36 sessions", "2026-08-03", "2026-10-09",
          "Response without remission: PHQ-9 22 to 11 at the end of the acute phase (50%)", "partial_response",
          F7, 1, "Response without remission: PHQ-9 22 to 11 at the end of the acute phase"),
    ],
    "scales": [
        S("PHQ-9", 6, "2023-04", F7, 1, "PHQ-9 6 at the end"),
        S("PHQ-9", 22, "2026-08-03", F7, 1, "08/03/2026 baseline 22 16"),
        S("GAD-7", 16, "2026-08-03", F7, 1, "08/03/2026 baseline 22 16"),
        S("PHQ-9", 18, "2026-08-17", F7, 1, "08/17/2026 10 18"),
        S("PHQ-9", 14, "2026-08-31", F7, 1, "08/31/2026 20 14"),
        S("PHQ-9", 11, "2026-09-14", F7, 1, "09/14/2026 30 11 9"),
        S("GAD-7", 9, "2026-09-14", F7, 1, "09/14/2026 30 11 9"),
        S("PHQ-9", 12, "2026-10-09", F7, 1, "10/09/2026 36 12"),
    ],
    "diagnoses": [
        D("F33.2", F7, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features"),
        D("G43.709", F7, 1, "G43.709 Chronic migraine without aura"),
    ],
    "suicidality": SU("passive", F7, 1, "At baseline she described passive thoughts of death"),
})

# ---------------------------------------------------------------------------------------------------------------
# 08 pain clinic consult + follow-up (PDF): fibromyalgia and lumbar spondylosis with depression
F8 = "pain_clinic_notes_Abernathy.pdf"
PHDR = ("FICTIONAL SAMPLE - Silverlock Spine & Pain, 64 Orchard Terrace, Bexley Mills, GA 30999 - 555-0186. "
        "Patient: Corinne Abernathy   DOB 07/04/1978   Acct SSP-FICT-66310")
CASES.append({
    "slug": "08-pain-clinic-fibromyalgia",
    "exercises": "pain clinic new-patient consult and follow-up (PDF, 2 pages): antidepressants given for pain "
                 "(amitriptyline stopped for morning grogginess; duloxetine partial, stopped only for cost; "
                 "milnacipran ongoing no effect), pregabalin (other) for dizziness and weight gain; lumbar "
                 "radiofrequency ablation, relief ~7 months then back (relapse); CBT for chronic pain; PT recommended "
                 "but never attended; tramadol PRN, diclofenac gel; ketamine 'never had' and planned; pain NRS at rest "
                 "and after activity; no suicidality",
    "docs": [{"file": F8, "fmt": "pdf", "pages": [
        [("p", PHDR), ("sp", 4),
         ("h", "New Patient Consultation - 09/22/2026"),
         ("p", "Referring: Dr. Marisol Teague (primary care). Reason: widespread pain and low back pain, poor sleep, "
               "depression; request for interventional and medication review."),
         ("p", "HPI: Ms. Abernathy is a 48-year-old bookkeeper with fibromyalgia diagnosed in 2017 and axial low back "
               "pain from lumbar facet arthropathy. Pain today 7/10 at rest and 9/10 after housework. She sleeps "
               "4-5 hours, wakes unrefreshed, and has been depressed 'on and off for years', worse since 2024."),
         ("p", "Treatments tried: amitriptyline 10-25 mg at night (2018-2019) for sleep and pain - too groggy in the "
               "mornings, stopped. Duloxetine 60 mg (2019-2021) gave her about 30% less pain and a better mood; she "
               "stopped it only because her new insurance would not cover it at the time. Pregabalin 75-150 mg twice "
               "daily (2021-2022): dizzy and gained 8 kg, stopped. Milnacipran (Savella) 50 mg twice daily since "
               "03/2025: no effect on pain or mood so far, still taking it. Lumbar radiofrequency ablation L3-L5 on "
               "the right in 06/2025 after two positive diagnostic blocks: about 60% relief that lasted until "
               "January 2026, then the pain returned. CBT for chronic pain with our pain psychologist, 8 sessions "
               "from September to November 2025: it helped her pacing, but pain and mood were unchanged."),
         ("p", "Physical therapy was recommended in 2024; she did not go. She uses tramadol 50 mg as needed (a few "
               "times a month) and diclofenac gel. She has never had ketamine."),
         ("p", "PHQ-9 16. Denies suicidal ideation; no history of self-harm or attempts."),
         ("p", "Diagnoses: M79.7 Fibromyalgia; M47.816 Spondylosis without myelopathy or radiculopathy, lumbar "
               "region; F33.1 Major depressive disorder, recurrent, moderate; G47.00 Insomnia, unspecified."),
         ("p", "Plan: continue milnacipran for now. Repeat radiofrequency ablation to be scheduled. Discuss a "
               "low-dose ketamine infusion series for refractory pain at follow-up; prior authorization would be "
               "needed."),
         ],
        [("p", PHDR), ("sp", 4),
         ("h", "Follow-up - 11/10/2026"),
         ("p", "Repeat RFA is scheduled for 12/08/2026. Pain 8/10 today, flare after a week of cold weather. Still on "
               "milnacipran 50 mg twice daily with no change in pain. PHQ-9 17. Denies SI."),
         ("p", "Ketamine infusions for pain discussed in detail; she wants to wait until after the RFA. Sleep "
               "hygiene reviewed. Return after the procedure."),
         ("p", "Signed: Theodora Nakashima-Reyes, MD - 11/10/2026"),
         ]]}],
    "note": "FICTIONAL case. Pain clinic notes (PDF, 2 pages). Amitriptyline for sleep and pain, stopped for morning "
            "grogginess -> side_effects (kind antidepressant: an antidepressant-class drug given for pain stays "
            "antidepressant). Duloxetine 2019-2021 ~30% less pain and better mood, stopped only for coverage -> "
            "partial_response (docs: a stop for coverage decides nothing). Pregabalin -> other, side_effects. "
            "Milnacipran since 03/2025, no effect, still taken -> no_response, end null (kind antidepressant, SNRI). "
            "Radiofrequency ablation 06/2025, ~60% relief until January 2026, then returned -> relapse, kind other. "
            "CBT for chronic pain 8 sessions 2025-09 to 2025-11, pain and mood unchanged -> no_response. Not rows: "
            "physical therapy (never attended), tramadol PRN, diclofenac gel (topical), diagnostic blocks (no "
            "outcome of their own, diagnostic), ketamine (never had; discussed/planned), repeat RFA (scheduled). "
            "Suicidality none.",
    "history": [
        H("amitriptyline", "TCA", "antidepressant", "25 mg at night", "2018", "2019",
          "too groggy in the mornings, stopped", "side_effects",
          F8, 1, "too groggy in the mornings, stopped"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2019", "2021",
          "about 30% less pain and a better mood; stopped only because her new insurance would not cover it",
          "partial_response", F8, 1, "gave her about 30% less pain and a better mood"),
        H("pregabalin", "gabapentinoid", "other", "150 mg twice daily", "2021", "2022",
          "dizzy and gained 8 kg, stopped", "side_effects", F8, 1, "dizzy and gained 8 kg, stopped"),
        H("milnacipran", "SNRI", "antidepressant", "50 mg twice daily", "2025-03", None,
          "no effect on pain or mood so far, still taking it", "no_response",
          F8, 1, "no effect on pain or mood so far, still taking it"),
        H("radiofrequency ablation", "interventional pain procedure", "other", None, "2025-06", "2025-06",
          "about 60% relief that lasted until January 2026, then the pain returned", "relapse",
          F8, 1, "about 60% relief that lasted until January 2026, then the pain returned"),
        H("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2025-09", "2025-11",
          "it helped her pacing, but pain and mood were unchanged", "no_response",
          F8, 1, "it helped her pacing, but pain and mood were unchanged"),
    ],
    "scales": [
        S("pain NRS", 7, "2026-09-22", F8, 1, "Pain today 7/10 at rest"),
        S("pain NRS", 9, "2026-09-22", F8, 1, "9/10 after housework"),
        S("PHQ-9", 16, "2026-09-22", F8, 1, "PHQ-9 16"),
        S("pain NRS", 8, "2026-11-10", F8, 2, "Pain 8/10 today"),
        S("PHQ-9", 17, "2026-11-10", F8, 2, "PHQ-9 17"),
    ],
    "diagnoses": [
        D("M79.7", F8, 1, "M79.7 Fibromyalgia"),
        D("M47.816", F8, 1, "M47.816 Spondylosis without myelopathy or radiculopathy, lumbar region"),
        D("F33.1", F8, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("G47.00", F8, 1, "G47.00 Insomnia, unspecified"),
    ],
    "suicidality": SU("none", F8, 1, "Denies suicidal ideation; no history of self-harm or attempts."),
})

# ---------------------------------------------------------------------------------------------------------------
# 09 primary-care note (PDF) + phone photo of the patient's handwritten medication list (JPEG)
F9a = "pcp_visit_2026-10-06.pdf"
F9b = "my_meds_list_photo.jpg"
CASES.append({
    "slug": "09-pcp-note-and-med-list-photo",
    "exercises": "primary-care visit (PDF) + phone photo (JPEG) of the patient's own handwritten medication list "
                 "with brand names, arrows for dose steps and season/month dates ('summer 2021 to Jan 2022', 'Feb "
                 "2022, 2 weeks'); Wellbutrin stopped for panic attacks; Celexa helped then stopped working; Remeron "
                 "'never took it'; fluoxetine started 05/2026, raised 07/2026, 'maybe a bit better, hard to say' -> "
                 "unknown; EAP counseling 6 sessions; methylphenidate for ADHD, albuterol; suicide attempt at 19; "
                 "PHQ-9 'was 21 in May'",
    "docs": [
        {"file": F9a, "fmt": "pdf", "pages": [[
            ("p", "FICTIONAL SAMPLE - Pell Ferry Family Medicine, 5 Causeway Rd, Pell Ferry, ME 04999 - 555-0104"),
            ("h", "Office Visit"),
            ("p", "Patient: Tobiah Quenneville   DOB 04/26/1999   MRN PFM-FICT-77124   Date of service: 10/06/2026   "
                  "Provider: Ingrid Halvorsen, DO"),
            ("p", "Chief complaint: follow-up depression; asthma refill."),
            ("p", "Subjective: Tobiah returns for depression follow-up. He brought a handwritten list of his past "
                  "antidepressants, photographed and added to the chart today. I started fluoxetine 20 mg on "
                  "05/12/2026 and increased it to 40 mg in 07/2026. Today he says he is 'maybe a bit better, hard to "
                  "say'; still sleeping late, missing shifts. He saw a counselor through his employer's EAP, 6 "
                  "sessions in spring 2025; he found it helpful for work stress but the low mood persisted."),
            ("p", "He has ADHD, stable on methylphenidate ER 36 mg (managed here), and mild intermittent asthma with "
                  "albuterol as needed."),
            ("p", "Safety: PHQ-9 item 9 = 0 today. Denies SI. He had one suicide attempt at age 19 (overdose after "
                  "a breakup, treated in the ED at Pell Ferry Regional); no attempts since."),
            ("p", "Objective: BP 122/76, HR 78. Alert, flat affect, good eye contact. Lungs clear."),
            ("p", "Measures: PHQ-9 17 (was 21 in May, before fluoxetine). GAD-7 11."),
            ("p", "Assessment: F33.1 Major depressive disorder, recurrent, moderate. F90.0 Attention-deficit "
                  "hyperactivity disorder, predominantly inattentive type. J45.20 Mild intermittent asthma, "
                  "uncomplicated."),
            ("p", "Plan: continue fluoxetine 40 mg for now. Referral to psychiatry (Harbor Lane Behavioral). We talked "
                  "about adding bupropion again versus switching; he would rather not retry bupropion after last "
                  "time. Albuterol refilled. Recheck in 6 weeks."),
        ]]},
        {"file": F9b, "fmt": "photo", "pages": [[
            ("p", "FICTIONAL SAMPLE"),
            ("hand", "MY DEPRESSION MEDS (for Dr. Halvorsen)"),
            ("hand", "- Zoloft 50 -> 100, summer 2021 to Jan 2022"),
            ("hand", "   nothing, felt the same"),
            ("hand", "- Wellbutrin 150, Feb 2022, 2 weeks"),
            ("hand", "   panic attacks, stopped"),
            ("hand", "- Celexa 20, 2022-2023 (about a year)"),
            ("hand", "   helped some, then stopped working"),
            ("hand", "- Remeron - Dr said maybe, never took it"),
            ("hand", "- Prozac 20 since May, now 40"),
        ]]},
    ],
    "note": "FICTIONAL case. PCP note (PDF) and a phone photo of the patient's handwritten list (JPEG, no text "
            "layer; truth texts are the drawn lines, compare OCR loosely). Sertraline (Zoloft) 50 -> 100, summer "
            "2021 to Jan 2022, no response. Bupropion (Wellbutrin) Feb 2022 for 2 weeks, panic attacks -> "
            "side_effects. Citalopram (Celexa) 2022-2023, helped some then stopped working -> relapse. Fluoxetine "
            "05/12/2026, 40 mg from 07/2026, ongoing, 'maybe a bit better, hard to say' -> unknown (per the brief's "
            "convention, never partial); its row cites the PCP note. EAP counseling 6 sessions spring 2025, low mood "
            "persisted -> no_response. Not rows: Remeron (never took it), methylphenidate (ADHD), albuterol, "
            "bupropion retry (plan), psychiatry referral. Suicidality: attempt at 19 (highest; denies SI now).",
    "history": [
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2021", "2022-01", "nothing, felt the same",
          "no_response", F9b, 1, "- Zoloft 50 -> 100, summer 2021 to Jan 2022"),
        H("bupropion", "NDRI", "antidepressant", "150 mg", "2022-02", "2022-02", "panic attacks, stopped",
          "side_effects", F9b, 1, "panic attacks, stopped"),
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2022", "2023", "helped some, then stopped working",
          "relapse", F9b, 1, "helped some, then stopped working"),
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2026-05-12", None, "'maybe a bit better, hard to say'",
          "unknown", F9a, 1, "'maybe a bit better, hard to say'"),
        H("counseling", "psychotherapy", "psychotherapy", "6 sessions", "2025", "2025",
          "helpful for work stress but the low mood persisted", "no_response",
          F9a, 1, "6 sessions in spring 2025; he found it helpful for work stress but the low mood persisted"),
    ],
    "scales": [
        S("PHQ-9", 17, "2026-10-06", F9a, 1, "PHQ-9 17"),
        S("PHQ-9", 21, "2026-05", F9a, 1, "was 21 in May"),
        S("GAD-7", 11, "2026-10-06", F9a, 1, "GAD-7 11"),
    ],
    "diagnoses": [
        D("F33.1", F9a, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("F90.0", F9a, 1, "F90.0 Attention-deficit hyperactivity disorder, predominantly inattentive type"),
        D("J45.20", F9a, 1, "J45.20 Mild intermittent asthma"),
    ],
    "suicidality": SU("attempt", F9a, 1, "He had one suicide attempt at age 19"),
})

# ---------------------------------------------------------------------------------------------------------------
# 10 therapist's DAP notes, TXT export
F10 = "dap_notes_export_Ferreira-Wolcott.txt"
DAP_HDR = ("Client: Ines Ferreira-Wolcott  DOB 09/03/1993  Client ID WRC-FICT-2294\n"
           "Current meds (per client): vortioxetine 10 mg (Dr. Amadi); propranolol 10 mg PRN performance anxiety\n")
DAP = """*** FICTIONAL SAMPLE - Wrenhaven Counseling Collective, 88 Lantern St, Fairwick, CO 80999 - 555-0148 ***
EHR EXPORT - PROGRESS NOTES (DAP)   Clinician: Rosalind Achterberg, LCSW   Printed 10/23/2026

========================================================================================
Session 1 of 16 (intake) - 07/08/2026 - 60 min - CPT 90791
{hdr}Dx: F33.1 Major depressive disorder, recurrent, moderate; F43.10 Post-traumatic stress disorder, unspecified

D: 33-year-old graphic designer referred by her psychiatrist for interpersonal psychotherapy (IPT), 16 weekly
sessions planned. Low mood since her divorce in early 2025. Prior therapy: CBT with a campus counselor in 2015,
about 10 sessions; it helped somewhat and she stopped going when the semester ended. Medication history per
client: escitalopram 10-20 mg from 2020 to 2021 helped "a little", stopped by her then-doctor when she moved;
psychiatrist started vortioxetine 10 mg two weeks ago. Her brother takes sertraline.
PHQ-9 20, GAD-7 13. Denies suicidal ideation, denies past attempts.
A: Moderate-severe depression in the context of role transition and grief. Good fit for IPT.
P: Weekly IPT. Focus area: role transition. Consider DBT skills group for emotion regulation.

========================================================================================
Session 6 of 16 - 08/12/2026 - 53 min - CPT 90834
{hdr}
D: Worked on the timeline of the divorce and the loss of shared friends. She went to the DBT group orientation
on 07/29 but decided not to join the group. Reports "what's the point" thoughts most evenings and sometimes
wishes she would not wake up; no plan, no intent. Safety plan reviewed.
PHQ-9 18.
A: Engaged; passive SI, low acute risk.
P: Continue IPT. Role play with her sister next week.

========================================================================================
Session 11 of 16 - 09/16/2026 - 55 min - CPT 90834
{hdr}
D: Says the vortioxetine "has not done anything" and has made her nauseous every morning; Dr. Amadi stopped it
last week (09/2026) because of the nausea. She is now on no antidepressant while she and Dr. Amadi decide; he has suggested lithium
and she is hesitant. Disclosed that on the drive home from work last Thursday she thought about driving off the
Harlow Bridge embankment; no intent, she did not slow down or stop, and she called her sister when she got home.
PHQ-9 19.
A: Active suicidal ideation with a method, no intent, no preparatory behavior. Moderate risk.
P: Safety plan revised (route change, sister as contact, crisis line 988). Psychiatrist informed today with the
client's consent. Session frequency unchanged.

========================================================================================
Session 16 of 16 (termination) - 10/21/2026 - 55 min - CPT 90834
{hdr}
D: Final IPT session. Reviewed gains: back to two evenings a week with friends, applied for a new job, sleeping
better. Denies suicidal ideation since late September.
PHQ-9 14 (from 20 at intake), GAD-7 9.
A: Partial response to 16 sessions of IPT; residual low mood and fatigue.
P: Discharge from IPT. Booster sessions monthly for 3 months. Back to Dr. Amadi for medication.
""".replace("{hdr}", DAP_HDR)
CASES.append({
    "slug": "10-therapy-dap-notes-txt",
    "exercises": "therapist's DAP notes as a TXT export, 4 sessions of an IPT course (16 sessions, partial response "
                 "at termination); 'Current meds (per client)' header copied forward even after the drug was "
                 "stopped; prior campus CBT and escitalopram told by the client; vortioxetine 'has not done "
                 "anything' and nauseous, stopped (side effect decides); DBT group orientation attended but never "
                 "joined; lithium suggested; brother's sertraline; propranolol PRN; 'CPT 90834' codes; SI none -> "
                 "passive -> active (method, no intent) -> denies",
    "docs": [{"file": F10, "fmt": "txt", "text": DAP}],
    "note": "FICTIONAL case. Therapist's DAP notes (TXT). IPT 2026-07-08 to 2026-10-21, 16 sessions, 'Partial "
            "response' -> partial_response. CBT 2015 about 10 sessions, 'helped somewhat' -> partial_response (she "
            "stopped at the semester's end; the stop decides nothing). Escitalopram 2020-2021 helped 'a little', "
            "stopped by a move -> partial_response. Vortioxetine started ~2 weeks before 07/08 (2026-06), stopped "
            "09/2026 'because of the nausea' although it 'has not done anything' -> side_effects (the stop reason "
            "decides). The header 'Current meds (per client): vortioxetine' is copied forward "
            "on sessions 11 and 16 although it was stopped: stale. Not rows: DBT (orientation only, did not join), "
            "lithium (suggested), brother's sertraline, propranolol PRN. Suicidality: active at session 11 "
            "(highest).",
    "history": [
        H("CBT", "psychotherapy", "psychotherapy", "10 sessions", "2015", "2015",
          "it helped somewhat and she stopped going when the semester ended", "partial_response",
          F10, 1, "it helped somewhat and she stopped going when the semester ended"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2020", "2021",
          "helped \"a little\", stopped by her then-doctor when she moved", "partial_response",
          F10, 1, "escitalopram 10-20 mg from 2020 to 2021 helped \"a little\""),
        H("vortioxetine", "serotonin modulator", "antidepressant", "10 mg", "2026-06", "2026-09",
          "\"has not done anything\" and has made her nauseous every morning; Dr. Amadi stopped it because of the nausea",
          "side_effects",
          F10, 1, "has made her nauseous every morning; Dr. Amadi stopped it"),
        H("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2026-07-08", "2026-10-21",
          "Partial response to 16 sessions of IPT; residual low mood and fatigue", "partial_response",
          F10, 1, "Partial response to 16 sessions of IPT"),
    ],
    "scales": [
        S("PHQ-9", 20, "2026-07-08", F10, 1, "PHQ-9 20, GAD-7 13"),
        S("GAD-7", 13, "2026-07-08", F10, 1, "PHQ-9 20, GAD-7 13"),
        S("PHQ-9", 18, "2026-08-12", F10, 1, "PHQ-9 18."),
        S("PHQ-9", 19, "2026-09-16", F10, 1, "PHQ-9 19."),
        S("PHQ-9", 14, "2026-10-21", F10, 1, "PHQ-9 14 (from 20 at intake)"),
        S("GAD-7", 9, "2026-10-21", F10, 1, "GAD-7 9"),
    ],
    "diagnoses": [
        D("F33.1", F10, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("F43.10", F10, 1, "F43.10 Post-traumatic stress disorder, unspecified"),
    ],
    "suicidality": SU("active", F10, 1, "Active suicidal ideation with a method, no intent"),
})

# ---------------------------------------------------------------------------------------------------------------
# 11 Spanish initial psychiatric assessment (DOCX) with a trials table
F11 = "valoracion_inicial_Etxeberria.docx"
CASES.append({
    "slug": "11-valoracion-espanol-docx",
    "exercises": "Spanish initial psychiatric assessment (DOCX), MUESTRA FICTICIA: trials table with Spanish headings "
                 "(Fármaco / Dosis máxima / Desde / Hasta / Resultado) and month names ('marzo 2019', 'actualidad'); "
                 "sertraline partial but stopped for sexual dysfunction; duloxetine remission then relapse on it; "
                 "quetiapine 'añadida a duloxetina' (augmentation) stopped for sedation; mirtazapine ongoing, sleep "
                 "better, mood unchanged; TCC 12 sesiones; 'Nunca ha probado litio ni IMAO'; sister's escitalopram; "
                 "TEC rejected, EMT proposed; DD/MM/AAAA dates; passive SI in Spanish",
    "docs": [{"file": F11, "fmt": "docx", "pages": [[
        ("p", "MUESTRA FICTICIA - Centro de Salud Mental Arroyo Seco, 140 Calle Mesquite, Villa Serrano, TX 78999 - "
              "tel. 555-0191"),
        ("h", "Valoración psiquiátrica inicial"),
        ("p", "Paciente: Rosario Etxeberría Lozano   Fecha de nacimiento: 22/06/1985   Expediente: AS-FICT-4418"),
        ("p", "Fecha: 12/11/2026 (fechas en formato día/mes/año)   Psiquiatra: Dr. Baltasar Quiroga Meléndez"),
        ("h", "Motivo de consulta"),
        ("p", "Mujer de 41 años, enviada por su médico de familia por depresión que no mejora a pesar de varios "
              "tratamientos. Refiere tristeza casi diaria, cansancio, insomnio de mantenimiento y pérdida de interés "
              "desde hace más de dos años."),
        ("h", "Tratamientos previos"),
        ("t", [1.3, 1.0, 1.0, 1.0, 2.4],
         ["Fármaco", "Dosis máxima", "Desde", "Hasta", "Resultado"],
         [["Fluoxetina", "40 mg", "marzo 2019", "diciembre 2019", "Sin respuesta"],
          ["Sertralina", "150 mg", "enero 2020", "agosto 2020", "Respuesta parcial; suspendida por disfunción sexual"],
          ["Duloxetina", "90 mg", "octubre 2020", "abril 2022", "Remisión; recaída en 2022 pese a tomarla"],
          ["Quetiapina (añadida a duloxetina)", "100 mg", "febrero 2022", "mayo 2022", "Sedación excesiva, suspendida"],
          ["Mirtazapina", "30 mg", "junio 2022", "actualidad", "Mejoró el sueño, ánimo sin cambios"],
          ]),
        ("p", "Psicoterapia: terapia cognitivo-conductual (TCC) en 2021, 12 sesiones, con mejoría parcial. Nunca ha "
              "probado litio ni IMAO. Su hermana toma escitalopram con buena respuesta. Otros fármacos: "
              "levotiroxina 50 mcg (hipotiroidismo)."),
        ("h", "Exploración y riesgo"),
        ("p", "Consciente, orientada, ánimo bajo, afecto restringido, sin síntomas psicóticos. Ideación suicida "
              "pasiva ('a veces desearía no despertar'), sin plan ni intención. Sin intentos previos."),
        ("p", "Escalas: PHQ-9 21; HAM-D (17 ítems) 23."),
        ("h", "Diagnóstico"),
        ("p", "F33.2 Trastorno depresivo mayor, recurrente, grave sin síntomas psicóticos. E03.9 Hipotiroidismo, "
              "no especificado."),
        ("h", "Plan"),
        ("p", "Rechaza la terapia electroconvulsiva (TEC). Se propone valorar estimulación magnética transcraneal "
              "(EMT) y se solicitará autorización. Mantener mirtazapina 30 mg. Revisión en 4 semanas."),
    ]]}],
    "note": "FICTIONAL case (MUESTRA FICTICIA). Spanish DOCX with a trials table; names in English INN (fluoxetina -> "
            "fluoxetine etc.), CBT for 'TCC'. Sertraline partial then stopped for sexual dysfunction -> side_effects. "
            "Duloxetine remission, relapse in 2022 while taking it -> relapse. Quetiapine added to duloxetine -> "
            "augmentation, sedation. Mirtazapine 'actualidad' -> end null, mood unchanged -> no_response. TCC 2021, "
            "12 sessions, partial. Not rows: lithium and MAOIs 'nunca ha probado', sister's escitalopram, "
            "levothyroxine, TEC rejected, EMT proposed. Suicidality passive. Document date 12/11/2026 is 12 Nov 2026 "
            "(day/month/year).",
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019-03", "2019-12", "Sin respuesta", "no_response",
          F11, 1, "Fluoxetina 40 mg marzo 2019 diciembre 2019 Sin respuesta"),
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2020-01", "2020-08",
          "Respuesta parcial; suspendida por disfunción sexual", "side_effects",
          F11, 1, "Respuesta parcial; suspendida por disfunción sexual"),
        H("duloxetine", "SNRI", "antidepressant", "90 mg", "2020-10", "2022-04",
          "Remisión; recaída en 2022 pese a tomarla", "relapse",
          F11, 1, "Remisión; recaída en 2022 pese a tomarla"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "100 mg", "2022-02", "2022-05",
          "Sedación excesiva, suspendida", "side_effects", F11, 1, "Sedación excesiva, suspendida"),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2022-06", None,
          "Mejoró el sueño, ánimo sin cambios", "no_response", F11, 1, "Mejoró el sueño, ánimo sin cambios"),
        H("CBT", "psychotherapy", "psychotherapy", "12 sesiones", "2021", "2021", "con mejoría parcial",
          "partial_response", F11, 1, "terapia cognitivo-conductual (TCC) en 2021, 12 sesiones, con mejoría parcial"),
    ],
    "scales": [
        S("PHQ-9", 21, "2026-11-12", F11, 1, "PHQ-9 21"),
        S("HAM-D", 23, "2026-11-12", F11, 1, "HAM-D (17 ítems) 23"),
    ],
    "diagnoses": [
        D("F33.2", F11, 1, "F33.2 Trastorno depresivo mayor, recurrente, grave sin síntomas psicóticos"),
        D("E03.9", F11, 1, "E03.9 Hipotiroidismo"),
    ],
    "suicidality": SU("passive", F11, 1, "Ideación suicida pasiva ('a veces desearía no despertar'), sin plan ni intención"),
})

# ---------------------------------------------------------------------------------------------------------------
# 12 scanned TMS prior-authorization form filled in by the clinic (image-only PDF, 2 pages)
F12 = "TMS_PA_request_scan.pdf"
FORMHDR = "FICTIONAL SAMPLE - Cascadia Crest Health Plan - Behavioral Health Utilization Management - fax 555-0110"
CASES.append({
    "slug": "12-scanned-tms-pa-form",
    "exercises": "scanned (image-only) 2-page TMS prior-authorization form filled in by the clinic, answers in a "
                 "handwriting-style face: trials table (Drug / Dose / Start mm/yy / End mm/yy / >=6 wk? / Outcome) "
                 "with 'current'; duloxetine 'Intolerable - vomiting at 120'; an augmentation line 'added to "
                 "sertraline'; lithium and ECT '[ ] Yes [X] No' (ECT 'pt declined'); psychotherapy box with type, "
                 "dates, sessions, 'minimal change'; Prior TMS No; TMS requested (no row); PHQ-9 and HAM-D with "
                 "dates; suicide-risk checkboxes ('[X] Active ideation without plan')",
    "docs": [{"file": F12, "fmt": "scan", "pages": [
        [("p", FORMHDR),
         ("h", "PRIOR AUTHORIZATION REQUEST - REPETITIVE TRANSCRANIAL MAGNETIC STIMULATION (rTMS)"),
         ("p", "Section 1 - Member"),
         ("hand", "Name: Odalys Brightwater-Kaine    DOB: 01/30/1985    Member ID: CCH-FICT-902116"),
         ("p", "Section 2 - Requesting provider"),
         ("hand", "Meadowlark TMS & Psychiatry, 19 Cinder Way, Ashgrove, WA 98999  tel 555-0123  Dr. Lionel Ostrander"),
         ("p", "Section 3 - Diagnosis (ICD-10-CM)"),
         ("hand", "F33.2 MDD, recurrent, severe w/o psychotic features;  F41.1 GAD"),
         ("p", "Section 4 - Antidepressant trials in the current episode (at least 4, from at least 2 classes)"),
         ("t", [1.4, 0.8, 0.8, 0.8, 0.7, 2.2],
          ["Drug", "Dose", "Start mm/yy", "End mm/yy", ">=6 wk?", "Outcome"],
          [["Escitalopram", "20 mg", "04/21", "10/21", "Y", "No response"],
           ["Duloxetine", "120 mg", "11/21", "06/22", "Y", "Intolerable - vomiting at 120"],
           ["Bupropion XL", "450 mg", "07/22", "03/23", "Y", "Partial response, then none"],
           ["Sertraline", "200 mg", "04/23", "current", "Y", "Partial response"],
           ]),
         ("p", "Section 5 - Augmentation (antipsychotic, lithium, thyroid hormone)"),
         ("p", "Augmentation tried?  [X] Yes  [ ] No    If yes:"),
         ("hand", "Aripiprazole 5 mg added to sertraline 06/24 - 09/24: no response, stopped"),
         ("p", "Lithium trial?  [ ] Yes  [X] No"),
         ],
        [("p", FORMHDR + "  (page 2)"),
         ("p", "Section 6 - Other treatments"),
         ("p", "Evidence-based psychotherapy?  [X] Yes  [ ] No"),
         ("hand", "Type: CBT    Dates: 01/2024 - 05/2024    # sessions: 16    Outcome: minimal change"),
         ("p", "ECT?  [ ] Yes  [X] No    If no, reason:"),
         ("hand", "pt declined (fear of memory loss)"),
         ("p", "Prior TMS?  [ ] Yes  [X] No"),
         ("p", "Section 7 - Current severity (validated scale, within 30 days)"),
         ("hand", "PHQ-9: 21   Date: 11/02/2026        HAM-D: 24   Date: 11/02/2026"),
         ("p", "Section 8 - Suicide risk"),
         ("p", "[ ] None   [ ] Passive ideation   [X] Active ideation without plan   [ ] Plan / attempt history"),
         ("p", "Section 9 - Request"),
         ("hand", "rTMS 36 sessions (30 + 6 taper), CPT 90867 x1, 90868 x35, start 11/30/2026"),
         ("p", "Attestation: the information above is true and supported by the medical record."),
         ("hand", "Signed: Lionel Ostrander, MD    Date: 11/06/2026"),
         ]]}],
    "note": "FICTIONAL case. Scanned 2-page PA form (no text layer; truth texts are the drawn lines, compare OCR "
            "loosely). mm/yy dates: 04/21 = 2021-04. Duloxetine stopped as intolerable -> side_effects. Bupropion "
            "'Partial response, then none' -> relapse. Sertraline 'current', partial -> end null. Aripiprazole added "
            "to sertraline 06/24-09/24, no response -> augmentation. CBT 16 sessions 2024-01 to 2024-05, minimal "
            "change -> no_response. Not rows: lithium [X] No, ECT [X] No (declined), Prior TMS [X] No, the TMS "
            "requested in Section 9 (CPT 90867/90868 are procedure codes). Suicidality: checkbox '[X] Active ideation "
            "without plan' -> active.",
    "history": [
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2021-04", "2021-10", "No response", "no_response",
          F12, 1, "Escitalopram 20 mg 04/21 10/21 Y No response"),
        H("duloxetine", "SNRI", "antidepressant", "120 mg", "2021-11", "2022-06", "Intolerable - vomiting at 120",
          "side_effects", F12, 1, "Duloxetine 120 mg 11/21 06/22 Y Intolerable - vomiting at 120"),
        H("bupropion", "NDRI", "antidepressant", "450 mg", "2022-07", "2023-03", "Partial response, then none",
          "relapse", F12, 1, "Bupropion XL 450 mg 07/22 03/23 Y Partial response, then none"),
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2023-04", None, "Partial response",
          "partial_response", F12, 1, "Sertraline 200 mg 04/23 current Y Partial response"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-06", "2024-09",
          "no response, stopped", "no_response",
          F12, 1, "Aripiprazole 5 mg added to sertraline 06/24 - 09/24: no response, stopped"),
        H("CBT", "psychotherapy", "psychotherapy", "16 sessions", "2024-01", "2024-05", "minimal change",
          "no_response", F12, 2, "Type: CBT Dates: 01/2024 - 05/2024 # sessions: 16 Outcome: minimal change"),
    ],
    "scales": [
        S("PHQ-9", 21, "2026-11-02", F12, 2, "PHQ-9: 21 Date: 11/02/2026"),
        S("HAM-D", 24, "2026-11-02", F12, 2, "HAM-D: 24 Date: 11/02/2026"),
    ],
    "diagnoses": [
        D("F33.2", F12, 1, "F33.2 MDD, recurrent, severe w/o psychotic features"),
        D("F41.1", F12, 1, "F41.1 GAD"),
    ],
    "suicidality": SU("active", F12, 2, "[X] Active ideation without plan"),
})
