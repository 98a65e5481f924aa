"""Cases 01-06 of blind-fresh9. ALL PEOPLE, PLACES, PLANS AND NUMBERS ARE FICTIONAL."""
from common import D, H, S, SU

CASES = []

# ---------------------------------------------------------------- 01 nursing-home MAR (3-page PDF)
F1 = "willowmere_MAR_and_consult_2026-10.pdf"
p1 = """# WILLOWMERE CARE CENTER - Long-Term Care
FICTIONAL RECORD FOR SOFTWARE TESTING - not a real resident or facility
Resident: PRUITT, EDNA M.      Room 214-B      DOB 03/11/1945      Resident # WCC-FICT-0214
Payer: Medicare A (FICTIONAL) / Bluefield Senior Advantage (FICTIONAL) Member FICT-BSA-448120
Attending: R. Dominguez, MD (fictional)    Consultant psychiatry: T. Ashworth, DO (fictional)
Facility phone 555-0142    Fax 555-0143

## FACE SHEET - ACTIVE DIAGNOSES
F33.1  Major depressive disorder, recurrent, moderate
F03.90 Unspecified dementia, unspecified severity, without behavioral disturbance
E87.1  Hypo-osmolality and hyponatremia (resolved 07/2025)
I10    Essential (primary) hypertension

## ALLERGIES / ADVERSE DRUG REACTIONS
Sulfa (rash). Sertraline - hyponatremia (see pharmacy consult 06/2025).

## MDS SECTION D - MOOD (staff assessment)
ARD 09/29/2026: PHQ-9 OV total 14. Resident interview completed.
Geriatric Depression Scale (short form) 9/15 - for reference only.

## PHYSICIAN ORDERS IN EFFECT 10/01/2026
1. Mirtazapine 30 mg tab PO at bedtime (depression / appetite)
2. Aripiprazole 2 mg tab PO daily - see MAR, discontinued 10/14/2026
3. Donepezil 10 mg PO at bedtime
4. Amlodipine 5 mg PO daily
5. Trazodone 25 mg PO at bedtime PRN sleep, may repeat x1
6. Lorazepam 0.5 mg PO q8h PRN acute anxiety (max 1 mg/24 h)
7. Acetaminophen 650 mg PO q6h PRN pain
"""
p2 = """# MEDICATION ADMINISTRATION RECORD - OCTOBER 2026          Resident: PRUITT, EDNA M.  Rm 214-B
FICTIONAL MAR. Codes: initials = given; H = held; R = refused; D/C = discontinued; PRN given = see back.
= 
MEDICATION / ORDER                          TIME  01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18
Mirtazapine 30 mg PO HS                     2100  KL KL KL JS JS KL KL KL R  KL KL JS JS KL KL KL KL JS
  (start 06/16/2025 at 15 mg; inc 30 mg 02/09/2026)
Aripiprazole 2 mg PO daily                  0900  AB AB AB H  AB AB AB AB AB AB AB AB AB D/C
  (start 08/03/2026 adjunct to mirtazapine)
  D/C 10/14/2026 per Dr. Ashworth - restlessness, pacing at night, near-fall 10/12. Pharmacy notified.
Donepezil 10 mg PO HS                       2100  KL KL KL JS JS KL KL KL KL KL KL JS JS KL KL KL KL JS
Amlodipine 5 mg PO daily                    0900  AB AB AB AB AB AB H  AB AB AB AB AB AB AB AB AB AB AB
Trazodone 25 mg PO HS PRN sleep             PRN   .  .  KL .  .  .  .  .  .  JS .  .  .  .  .  .  KL .
Lorazepam 0.5 mg PO q8h PRN                 PRN   .  .  .  .  .  .  .  .  .  .  .  AB .  .  .  .  .  .
Acetaminophen 650 mg PO q6h PRN             PRN   .  AB .  .  .  .  AB .  .  .  .  .  .  .  AB .  .  .
= 
HELD/REFUSED NOTES: 10/04 aripiprazole held - resident asleep at med pass, MD aware.
10/09 mirtazapine refused - "I don't want the sleeping pill tonight."
10/07 amlodipine held - SBP 102.
Nurse signatures: KL K. Loomis LPN; JS J. Sato RN; AB A. Brandt LPN (all fictional)
"""
p3 = """# CONSULTANT PSYCHIATRY NOTE - 10/20/2026
FICTIONAL - Willowmere Care Center, T. Ashworth, DO (fictional), nursing-home consultation service
Reason: follow-up depression after aripiprazole stopped; family asks about other options.

## Interval
Aripiprazole was discontinued 10/14/2026 for restlessness and night-time pacing with a near-fall; restlessness
settled within four days. Staff describe her as eating better on mirtazapine but withdrawn from activities.

## Psychotropic history (from hospital records, pharmacy profile and family)
- Citalopram 10 mg, later 20 mg (capped at 20 mg for age/QTc), early 2024 to 05/2024 while still living at home:
  daughter says "it did nothing for her"; no benefit after more than ten weeks at 20 mg.
- Sertraline 50 mg from 03/2025 (started on admission here); stopped 06/12/2025 when sodium fell to 126
  (hyponatremia). Mood had not yet changed.
- Mirtazapine from 06/16/2025, 15 mg then 30 mg since 02/2026: appetite and sleep better, weight up 3 kg,
  but mood still flat and she rarely leaves her room - partial response only.
- Aripiprazole 2 mg added to mirtazapine 08/03/2026 to 10/14/2026: stopped for akathisia-like restlessness.
- Supportive psychotherapy with the visiting social worker, 10 sessions 01/2026-03/2026: she enjoyed the
  visits but there was no change in mood.
- She has never been on lithium. ECT was raised by her son in 2025; the family declined it.

## Mental status
Alert, oriented to person and place. Affect constricted. Resident voiced a passive death wish ("I wouldn't mind
if the Lord took me tonight"), no plan, no intent, no history of self-harm.

## Assessment / Plan
Recurrent depression, partial response to mirtazapine, with cognitive impairment. Continue mirtazapine 30 mg.
Do not rechallenge sertraline. Consider a cautious trial of bupropion XL 150 mg if labs allow; will discuss with
the daughter. Continue trazodone 25 mg PRN sleep. Re-screen with PHQ-9 at next MDS.
"""
CASES.append({
    "slug": "01-nursing-home-mar",
    "docs": [{"file": F1, "type": "pdf", "pages": [p1, p2, p3], "font": "lmono", "size": 7.2, "margin": 40,
              "footer": "Willowmere Care Center (FICTIONAL)  page {page} of {pages}"}],
    "note": ("Three-page PDF in monospace: face sheet, an October MAR grid (page 2) and a consultant note (page 3). "
             "Citalopram 'early 2024' -> 2024. Sertraline stopped for hyponatremia before mood changed -> "
             "side_effects. Mirtazapine ongoing (end null), dose steps 15 -> 30 mg in one trial. Aripiprazole dates "
             "from the MAR (start 08/03/2026, D/C 10/14/2026); source is the consult note page giving the reason. "
             "Not rows: trazodone 25 mg PRN sleep, lorazepam/acetaminophen PRN, donepezil, amlodipine, lithium "
             "(never), ECT (family declined), bupropion (consider), sertraline rechallenge (do not). GDS is not a "
             "scored scale here. PHQ-9 OV (observer version) 14 on the MDS assessment reference date is counted "
             "as a PHQ-9."),
    "history": [
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2024", "2024-05",
          "no benefit after more than ten weeks at 20 mg", "no_response", F1, 3,
          "no benefit after more than ten weeks at 20 mg."),
        H("sertraline", "SSRI", "antidepressant", "50 mg", "2025-03", "2025-06-12",
          "stopped when sodium fell to 126 (hyponatremia)", "side_effects", F1, 3,
          "stopped 06/12/2025 when sodium fell to 126 (hyponatremia)."),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "30 mg", "2025-06-16", None,
          "appetite and sleep better, but mood still flat - partial response only", "partial_response", F1, 3,
          "but mood still flat and she rarely leaves her room - partial response only."),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "2 mg", "2026-08-03", "2026-10-14",
          "stopped for akathisia-like restlessness", "side_effects", F1, 3,
          "Aripiprazole 2 mg added to mirtazapine 08/03/2026 to 10/14/2026: stopped for akathisia-like restlessness."),
        H("supportive psychotherapy", "psychotherapy", "psychotherapy", "10 sessions", "2026-01", "2026-03",
          "she enjoyed the visits but there was no change in mood", "no_response", F1, 3,
          "Supportive psychotherapy with the visiting social worker, 10 sessions 01/2026-03/2026"),
    ],
    "scales": [S("PHQ-9", 14, "2026-09-29", F1, 1, "ARD 09/29/2026: PHQ-9 OV total 14.")],
    "diagnoses": [
        D("F33.1", F1, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("F03.90", F1, 1, "F03.90 Unspecified dementia"),
        D("E87.1", F1, 1, "E87.1 Hypo-osmolality and hyponatremia"),
        D("I10", F1, 1, "I10 Essential (primary) hypertension"),
    ],
    "suicidality": SU("passive", F1, 3, "Resident voiced a passive death wish"),
})

# ---------------------------------------------------------------- 02 telehealth transcript (TXT)
F2 = "brightwater_telehealth_transcript_2026-11-18.txt"
t2 = """BRIGHTWATER TELEPSYCHIATRY - VIDEO VISIT TRANSCRIPT (auto-generated, reviewed by clinician)
*** FICTIONAL DOCUMENT FOR SOFTWARE TESTING. Patient, clinician and plan are invented. ***
Patient: Jordan Vale   DOB 1992-07-30   MRN BTP-FICT-77310   Plan: Corvane Health PPO (fictional) ID FICT-CVH-2210
Clinician: Dr. Imani Roberts, MD (fictional)   Visit date: 2026-11-18   Modality: video, patient at home
Speaker labels: DR = clinician, PT = patient. Timestamps mm:ss. Filler words partly removed.

[00:12] DR: Thanks for logging on. You filled out the questionnaires this morning?
[00:16] PT: Yeah, both of them.
[00:18] DR: You scored 19 on the PHQ-9 and 12 on the GAD-7, so still pretty heavy. Let's go back through the
        medicines, because your old records are a bit patchy.
[00:31] PT: Okay. So the first one was Lexapro. I was on lex 10 and then they bumped me to 20, that was like
        spring '21 to, uh, December.
[00:44] DR: And how was it?
[00:46] PT: It took the edge off but it never got me back to normal.
[00:52] DR: Then Wellbutrin?
[00:54] PT: Yeah, the XL, up to 300, February to June of '22. It made me super jittery and I couldn't sleep,
        so I stopped it.
[01:09] DR: Got it. And after that the Effexor.
[01:12] PT: Effexor, 225. Started July '22. Honestly it worked for like eight months and then it just stopped
        working, and we came off it in September '23.
[01:27] DR: Did you ever try lithium with any of these?
[01:30] PT: No, never.
[01:33] DR: Therapy?
[01:35] PT: I did twelve sessions of CBT with a therapist, fall of '23, through the end of the year. It helped
        me with the panic stuff but it didn't really move the depression.
[01:49] DR: And then the Lexapro again?
[01:51] PT: Right, my PCP restarted lex in January '24, same 20, and I gave it three months. Nothing this
        time. Stopped in April.
[02:05] PT: My sister takes Zoloft and swears by it, but I've never been on it.
[02:11] DR: My old colleague wanted you to do TMS, I see in the referral.
[02:15] PT: Yeah, but I couldn't take the time off work, so I never went.
[02:20] DR: Any thoughts of hurting yourself or ending your life?
[02:24] PT: Sometimes I think everyone would be better off if I wasn't here. But I'd never do anything.
[02:30] DR: Any plan, anything you've looked up, any time you came close?
[02:33] PT: No. Nothing like that.
[02:36] DR: Okay. One option we could think about is Spravato, the nasal spray, or adding something to an
        antidepressant. Let's talk about that next time once I have the pharmacy records.
[02:49] PT: Sounds good.
[END OF TRANSCRIPT 02:55]

CLINICIAN ADDENDUM (typed 2026-11-18 16:40)
Hx: lex 10->20 (spring 2021-12/2021) partial; WBT XL 300 (02/2022-06/2022) jittery/insomnia, stopped;
EFX XR 225 (07/2022-09/2023) response then loss of effect; CBT x12 (fall 2023) panic better, mood unchanged;
lex 20 restart (01/2024-04/2024) no response. No lithium, no TMS (referred, never attended), no SGA augmentation.
Currently on no antidepressant. SI: passive ("better off if I wasn't here"), no plan/intent/prep, no attempts.
Dx: F33.1 MDD, recurrent, moderate; F41.0 panic disorder.
Plan: obtain PBM fill history; discuss augmentation vs esketamine at next visit (2 weeks).
FICTIONAL - end of record.
"""
CASES.append({
    "slug": "02-telehealth-transcript",
    "docs": [{"file": F2, "type": "txt", "text": t2}],
    "note": ("Auto-generated telehealth transcript (TXT) with the clinician's shorthand addendum ('lex', 'WBT', "
             "'EFX XR'). Escitalopram appears in two separate episodes (2021 partial; 2024 restart no response) -> "
             "two rows. Years written as '21, '22 ... 'spring '21' -> 2021. Venlafaxine 'worked ... then stopped "
             "working' -> relapse. CBT helped panic, not depression -> no_response for the depression row. Not "
             "rows: lithium (never), sertraline (sister's; never on it), TMS (referred, never went), Spravato / "
             "augmentation (planned). Suicidality passive (no plan, no attempts)."),
    "history": [
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2021", "2021-12",
          "took the edge off but never got me back to normal", "partial_response", F2, 1,
          "It took the edge off but it never got me back to normal."),
        H("bupropion", "NDRI", "antidepressant", "300 mg XL", "2022-02", "2022-06",
          "made me super jittery and I couldn't sleep, so I stopped it", "side_effects", F2, 1,
          "It made me super jittery and I couldn't sleep, so I stopped it."),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-07", "2023-09",
          "worked for like eight months and then it just stopped working", "relapse", F2, 1,
          "Honestly it worked for like eight months and then it just stopped working"),
        H("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2023", "2023-12",
          "helped me with the panic stuff but it didn't really move the depression", "no_response", F2, 1,
          "It helped me with the panic stuff but it didn't really move the depression."),
        H("escitalopram", "SSRI", "antidepressant", "20 mg", "2024-01", "2024-04",
          "Nothing this time. Stopped in April.", "no_response", F2, 1,
          "my PCP restarted lex in January '24, same 20, and I gave it three months. Nothing this time."),
    ],
    "scales": [
        S("PHQ-9", 19, "2026-11-18", F2, 1, "You scored 19 on the PHQ-9"),
        S("GAD-7", 12, "2026-11-18", F2, 1, "12 on the GAD-7"),
    ],
    "diagnoses": [D("F33.1", F2, 1, "Dx: F33.1 MDD, recurrent, moderate"),
                  D("F41.0", F2, 1, "F41.0 panic disorder")],
    "suicidality": SU("passive", F2, 1,
                      "SI: passive (\"better off if I wasn't here\"), no plan/intent/prep, no attempts."),
})

# ---------------------------------------------------------------- 03 student health center (2-page PDF)
F3 = "larchmont_student_health_2026-10-07.pdf"
p3a = """# Larchmont College Student Health & Counseling Services
FICTIONAL DOCUMENT - test data only. Larchmont College and all persons named are invented.
Medical Clinic - Psychiatry (shared care with Counseling Center)        Phone 555-0167
Student: Priya Narayan      Student ID LC-FICT-40291      DOB 02/19/2006
Insurance: Larchmont Student Health Plan (FICTIONAL), ID FICT-LSHP-40291
Visit: 10/07/2026, 30 min follow-up, N. Okonkwo, PMHNP (fictional)

## Chief complaint
"I'm behind in every class again."

## HPI
Junior, 20 y/o, returning for medication follow-up. Sleeping 4-5 hours, skipping meals, missed two
midterms. Third episode of depression since age 16. Trials are summarized on page 2.
PHQ-9 16 today; GAD-7 11. At her January visit (01/14/2026) PHQ-9 was 19.

## Safety
C-SSRS screener (past month): Q1 wish to be dead - YES ("some nights I wish I just wouldn't wake up");
Q2 non-specific active suicidal thoughts - NO; Q6 behavior - NO. No history of attempts or self-harm.
Protective: younger brother, lab job, wants to graduate. Crisis line card given.

## Current medications
Escitalopram 10 mg daily (since 01/2026)
Trazodone 50 mg at bedtime as needed for sleep
Ethinyl estradiol/norgestimate (OCP)

## Diagnoses
F33.1 Major depressive disorder, recurrent, moderate
G47.00 Insomnia, unspecified
"""
p3b = """# Larchmont College SHCS - Psychiatry follow-up 10/07/2026 (page 2)
FICTIONAL - Priya Narayan (invented)

## Treatment history
1) Fluoxetine 20 mg, started 09/2022 by her pediatrician (first episode, age 16). She describes it as
   working very well - "I felt like myself." In remission on it; tapered off with her pediatrician in summer
   2023 and stayed well for over a year.
2) Fluoxetine, second episode: restarted 02/2025 at 20 mg, raised to 40 mg in 04/2025. This time it did not
   help at all; stopped 06/2025.
3) Sertraline (Zoloft) 50 mg -> 100 mg, 06/2025 - 09/2025. Made her "emotionally flat"; she stopped it on her
   own in September.
4) CBT at the Counseling Center, 8 sessions, 09/2025 - 11/2025 (M. Ferreira, LPC, fictional): some benefit for
   sleep routine, mood still low.
5) Escitalopram 10 mg since 01/2026: modest improvement (PHQ-9 19 -> 16), not remission.

Not tried / not done: TMS was discussed but is not offered on campus; she was offered the DBT skills group
and declined for this semester. A roommate suggested St. John's wort; she has not taken it.
Family history: mother with depression, responded to venlafaxine.

## Assessment
Recurrent MDD, moderate, partial response to escitalopram; insomnia.

## Plan
- Continue escitalopram 10 mg; consider increase to 15 mg at next visit if tolerated.
- Trazodone 50 mg PRN sleep, unchanged.
- Could consider bupropion augmentation later in the semester.
- Counseling Center to re-engage; academic accommodations letter.
- Return 3 weeks. Safety plan reviewed.
"""
F3b = "counseling_center_discharge_summary.txt"
t3b = """LARCHMONT COLLEGE COUNSELING CENTER -- CLOSING / DISCHARGE SUMMARY
FICTIONAL RECORD (software test data; no real student)

Client ........ Priya Narayan (LC-FICT-40291)
Clinician ..... Marisol Ferreira, LPC (fictional)
Modality ...... Individual CBT for depression (brief model, 8-session cap per term)
First session . 09/09/2025
Last session .. 11/18/2025
Sessions ...... 8 attended, 1 no-show

Presenting concerns: low mood, insomnia, withdrawal from friends, academic decline.

Measures
  PHQ-9 at intake (09/09/2025): 18
  PHQ-9 at last session (11/18/2025): 15

Course: Worked on behavioral activation, sleep scheduling and cognitive restructuring. Client attended
reliably and completed most homework. Sleep routine improved; mood remained low and she still withdraws on
weekends.

Outcome: goals partially met. Reason for closing: end of term / session cap reached.

Risk: no suicidal ideation reported during the course of counseling.
Referrals: offered the DBT skills group for spring; client declined for now. Psychiatry follow-up continues
at Student Health.

Signed electronically 11/20/2025. FICTIONAL.
"""

CASES.append({
    "slug": "03-student-health-center",
    "docs": [{"file": F3, "type": "pdf", "pages": [p3a, p3b], "font": "lsans", "size": 10,
              "footer": "FICTIONAL student record - page {page}/{pages}"},
             {"file": F3b, "type": "txt", "text": t3b}],
    "note": ("Two-page PDF, trials on page 2, plus the Counseling Center's closing summary (TXT) for the CBT "
             "course, which is the CBT row's source (its outcome and exact dates; the PDF's line is an 'also'). "
             "Fluoxetine in two separate episodes: 2022-09 to summer 2023 "
             "(remission, tapered while well -> remission) and 2025-02 to 2025-06 (no_response). Sertraline "
             "'emotionally flat', stopped -> side_effects. Escitalopram ongoing, partial_response, end null. Not "
             "rows: trazodone 50 PRN sleep, OCP, TMS (discussed), DBT skills group (declined), St. John's wort "
             "(never taken), mother's venlafaxine, bupropion (could consider). C-SSRS answered in words only: no "
             "scale row; 'wish to be dead - YES' sets passive."),
    "history": [
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2022-09", "2023",
          "working very well - \"I felt like myself.\" In remission on it", "remission", F3, 2,
          "In remission on it; tapered off with her pediatrician in summer 2023"),
        H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2025-02", "2025-06",
          "This time it did not help at all", "no_response", F3, 2,
          "This time it did not help at all; stopped 06/2025."),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2025-06", "2025-09",
          "Made her \"emotionally flat\"; she stopped it on her own", "side_effects", F3, 2,
          "Made her \"emotionally flat\"; she stopped it on her own in September."),
        H("CBT", "psychotherapy", "psychotherapy", "8 sessions", "2025-09-09", "2025-11-18",
          "Sleep routine improved; mood remained low ... goals partially met", "partial_response", F3b, 1,
          "Outcome: goals partially met."),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2026-01", None,
          "modest improvement (PHQ-9 19 -> 16), not remission", "partial_response", F3, 2,
          "Escitalopram 10 mg since 01/2026: modest improvement (PHQ-9 19 -> 16), not remission."),
    ],
    "scales": [
        S("PHQ-9", 16, "2026-10-07", F3, 1, "PHQ-9 16 today"),
        S("GAD-7", 11, "2026-10-07", F3, 1, "GAD-7 11."),
        S("PHQ-9", 19, "2026-01-14", F3, 1, "At her January visit (01/14/2026) PHQ-9 was 19."),
        S("PHQ-9", 18, "2025-09-09", F3b, 1, "PHQ-9 at intake (09/09/2025): 18"),
        S("PHQ-9", 15, "2025-11-18", F3b, 1, "PHQ-9 at last session (11/18/2025): 15"),
    ],
    "diagnoses": [D("F33.1", F3, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
                  D("G47.00", F3, 1, "G47.00 Insomnia, unspecified")],
    "suicidality": SU("passive", F3, 1, "Q1 wish to be dead - YES"),
})

# ---------------------------------------------------------------- 04 VA community care summary (DOCX)
F4 = "redfern_va_community_care_summary.docx"
b4 = [
    ("h", "Redfern VA Medical Center - Community Care Summary of Care"),
    ("p", "FICTIONAL DOCUMENT FOR SOFTWARE TESTING. The veteran, facility, providers and numbers are invented."),
    ("p", "Veteran: Marcus Ortega-Hale   Last4: FICT   DOB 1979-05-02   Community care referral # CC-FICT-20417"),
    ("p", "Community provider: Tall Pines Behavioral Health (fictional), Fenwick Falls, ST 00000, 555-0188"),
    ("p", "Prepared 2026-11-02 by S. Whitcomb, LCSW, Community Care Coordinator (fictional), for the "
          "community provider's prior-authorization request."),
    ("h", "Problem list"),
    ("p", "F33.2 Major depressive disorder, recurrent severe without psychotic features; F43.10 Post-traumatic "
          "stress disorder, unspecified; Z91.82 Personal history of military deployment."),
    ("h", "Psychotropic medication history (VA pharmacy and CPRS)"),
    ("t", [["Medication", "Dates", "Max dose", "Outcome", "Reason stopped"],
           ["Sertraline", "01/2018 - 09/2018", "200 mg", "No response", "Ineffective"],
           ["Venlafaxine XR", "10/2018 - 02/2020", "225 mg", "Partial response (sleep, irritability)",
            "Sexual dysfunction"],
           ["Mirtazapine", "03/2020 - 05/2021", "45 mg", "Slept better; mood unchanged", "Weight gain 30 lb"],
           ["Aripiprazole (added to mirtazapine)", "09/2020 - 01/2021", "10 mg", "No added benefit",
            "Ineffective"]]),
    ("p", "Other active medicines: prazosin 6 mg at bedtime for trauma nightmares (since 2019); atorvastatin 20 mg."),
    ("h", "Evidence-based psychotherapy"),
    ("t", [["Therapy", "When", "Sessions", "Result"],
           ["Cognitive Processing Therapy (CPT)", "03/2019 - 06/2019", "12",
            "PTSD symptoms improved; depression persisted (partial response)"]]),
    ("h", "Community care: esketamine (Spravato)"),
    ("p", "Esketamine nasal spray at Tall Pines Behavioral Health from 04/08/2025, 56 mg then 84 mg, twice weekly "
          "for 4 weeks, then weekly; 23 treatments in all, last 10/14/2025. MADRS 34 at baseline (04/08/2025) and 18 "
          "at week 8 (06/03/2025). Response at week 8, then lost effect by month 5 despite weekly dosing; stopped "
          "10/2025."),
    ("h", "Safety"),
    ("p", "History of suicide attempt by overdose in 2017 (hospitalized, Redfern VAMC). High-risk flag reviewed "
          "2026-10. At the 11/02/2026 contact the veteran denied current suicidal ideation. PHQ-9 21 on 11/02/2026."),
    ("h", "Not tried / declined"),
    ("p", "The veteran declined ECT (2024 and again 2026). Stellate ganglion block was discussed for PTSD and not "
          "pursued. IV ketamine at a private clinic was explored in 2024 but he could not afford it and never had "
          "an infusion. Lithium has not been tried."),
    ("h", "Request"),
    ("p", "Community provider requests authorization for a course of TMS (36 sessions). No prior TMS."),
    ("p", "FICTIONAL - end of summary."),
]
CASES.append({
    "slug": "04-va-community-care-docx",
    "docs": [{"file": F4, "type": "docx", "blocks": b4}],
    "note": ("Word summary with two tables. Venlafaxine partly helped and was stopped for sexual dysfunction -> "
             "side_effects (stop decides). Mirtazapine stopped for weight gain -> side_effects. Aripiprazole "
             "augmentation, no added benefit -> no_response. Esketamine (Spravato) is kind antidepressant per the "
             "docs; response then lost effect -> relapse; dose = highest (84 mg); 23 treatments. Prazosin (for "
             "trauma nightmares, listed outside the trials table) and atorvastatin are not depression trials: no "
             "rows. Not rows: ECT (declined), stellate ganglion block "
             "(discussed), IV ketamine (could not afford, never had), lithium (not tried), TMS (requested, no "
             "prior). Suicidality attempt (2017) despite current denial; a latest-note rule would say none."),
    "history": [
        H("sertraline", "SSRI", "antidepressant", "200 mg", "2018-01", "2018-09", "No response", "no_response",
          F4, 1, "Sertraline 01/2018 - 09/2018 200 mg No response Ineffective"),
        H("venlafaxine", "SNRI", "antidepressant", "225 mg", "2018-10", "2020-02",
          "Partial response (sleep, irritability); stopped for sexual dysfunction", "side_effects", F4, 1,
          "Venlafaxine XR 10/2018 - 02/2020 225 mg Partial response (sleep, irritability) Sexual dysfunction"),
        H("mirtazapine", "tetracyclic antidepressant", "antidepressant", "45 mg", "2020-03", "2021-05",
          "Slept better; mood unchanged; stopped for weight gain 30 lb", "side_effects", F4, 1,
          "Mirtazapine 03/2020 - 05/2021 45 mg Slept better; mood unchanged Weight gain 30 lb"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "10 mg", "2020-09", "2021-01",
          "No added benefit", "no_response", F4, 1,
          "Aripiprazole (added to mirtazapine) 09/2020 - 01/2021 10 mg No added benefit Ineffective"),
        H("CPT", "psychotherapy", "psychotherapy", "12 sessions", "2019-03", "2019-06",
          "PTSD symptoms improved; depression persisted (partial response)", "partial_response", F4, 1,
          "Cognitive Processing Therapy (CPT) 03/2019 - 06/2019 12 PTSD symptoms improved; depression persisted "
          "(partial response)"),
        H("esketamine", "NMDA receptor antagonist", "antidepressant", "84 mg (23 treatments)", "2025-04-08",
          "2025-10-14", "Response at week 8, then lost effect by month 5 despite weekly dosing", "relapse", F4, 1,
          "Response at week 8, then lost effect by month 5 despite weekly dosing"),
    ],
    "scales": [
        S("MADRS", 34, "2025-04-08", F4, 1, "MADRS 34 at baseline (04/08/2025)"),
        S("MADRS", 18, "2025-06-03", F4, 1, "18 at week 8 (06/03/2025)"),
        S("PHQ-9", 21, "2026-11-02", F4, 1, "PHQ-9 21 on 11/02/2026."),
    ],
    "diagnoses": [
        D("F33.2", F4, 1, "F33.2 Major depressive disorder, recurrent severe without psychotic features"),
        D("F43.10", F4, 1, "F43.10 Post-traumatic stress disorder, unspecified"),
        D("Z91.82", F4, 1, "Z91.82 Personal history of military deployment"),
    ],
    "suicidality": SU("attempt", F4, 1, "History of suicide attempt by overdose in 2017"),
})

# ---------------------------------------------------------------- 05 ED note + psych consult (2-page PDF)
F5 = "mercy_ridge_ED_2026-11-21.pdf"
p5a = """# MERCY RIDGE REGIONAL MEDICAL CENTER - EMERGENCY DEPARTMENT
** FICTIONAL ENCOUNTER - generated for software testing; no real patient **
Pt: HALVORSEN, DANA J   MRN MRR-FICT-559201   DOB 12/02/1987   Arrived 11/21/2026 01:47 by EMS
Insurance: Pinecrest Mutual HMO (FICTIONAL) member FICT-PMH-90355

CHIEF COMPLAINT: Intentional ingestion.
HPI: 38 y/o F brought by EMS after telling her partner she "took all the trazodone" ~23:30. Bottle count:
approx. 20 x 50 mg tabs missing. Pt confirms she took them to die. No co-ingestants reported. Somnolent but
arousable on arrival, GCS 14.
HOME MEDS (per pt/partner, pharmacy profile pending): vilazodone 40 mg daily; trazodone 50 mg qHS PRN sleep;
levothyroxine 75 mcg.
EXAM: BP 104/62, HR 108, RR 16, SpO2 97% RA, T 36.8. Drowsy, pupils 4 mm reactive, no clonus.
LABS: APAP and salicylate undetectable; EtOH < 10; Na 138; QTc 468 ms.
ED COURSE: cardiac monitor, serial ECGs, poison center consulted (case # FICT-PC-2211). QTc 441 at 06:10.
Medically cleared 11/21/2026 09:30. Psychiatry consulted. 1:1 sitter.
ED DIAGNOSES:
  T43.292A Poisoning by other antidepressants, intentional self-harm, initial encounter
  F33.2 Major depressive disorder, recurrent, severe without psychotic features
  E03.9 Hypothyroidism, unspecified
PHQ-9 (ED psych screen) 24.
"""
p5b = """# PSYCHIATRY CONSULTATION - ED - 11/21/2026 11:15
FICTIONAL - Mercy Ridge consult-liaison service, H. Abernathy, MD (fictional)
ID: 38F, recurrent MDD since her twenties, seen after an intentional trazodone overdose.
C-SSRS (since last contact): ideation severity 5 - active ideation with specific plan and intent; actual
attempt 11/20/2026. Father died by suicide in 2009.

PAST PSYCHIATRIC TREATMENT (pt, partner, outside records from Dr. Lindqvist, fictional):
- Paxil (paroxetine) up to 40 mg x ~1 yr, 2019-2020; stopped d/t sexual side effects.
- Duloxetine 60 mg 03/2021-08/2021, no response.
- Pristiq (desvenlafaxine) 100 mg 01/2022 - 02/2026: good response for about three years, then depression
  recurred in late 2025 despite adherence; switched in 02/2026.
- Quetiapine 150 mg at night added to Pristiq 12/2025, stopped 04/2026 - "I couldn't get out of bed."
- Viibryd (vilazodone) 40 mg since 05/2026; she says it "isn't doing anything."
- Never had ECT or TMS. Has never taken lithium.
- Trazodone 50 mg has only been used for sleep.

ASSESSMENT: Serious suicide attempt in the setting of severe recurrent MDD with several failed trials.
RECOMMENDATIONS:
1. Inpatient psychiatric admission (voluntary), bed search started.
2. Hold trazodone; no trazodone at discharge. Continue vilazodone for now.
3. Consider lithium augmentation on the unit given the attempt; outpatient ECT evaluation referral.
4. Means restriction counselling with partner.
"""
CASES.append({
    "slug": "05-ed-note-psych-consult",
    "docs": [{"file": F5, "type": "pdf", "pages": [p5a, p5b], "font": "mono", "size": 8.5, "margin": 42}],
    "note": ("Emergency department note (p. 1) and psychiatry consult (p. 2), monospace PDF. Overdose on "
             "trazodone, which was a PRN sleep drug -> no trazodone row. Paroxetine '2019-2020' stopped for sexual "
             "side effects. Desvenlafaxine good response then recurrence 'in late 2025' -> relapse, ends 02/2026. "
             "Quetiapine augmentation 'couldn't get out of bed' -> side_effects. Vilazodone ongoing, 'isn't doing "
             "anything' -> no_response, end null. Not rows: ECT/TMS/lithium (never), lithium and ECT in the "
             "recommendations (plan), levothyroxine. C-SSRS written with a number (ideation severity 5) -> a scale "
             "row dated the consult day. Suicidality attempt."),
    "history": [
        H("paroxetine", "SSRI", "antidepressant", "40 mg", "2019", "2020", "stopped d/t sexual side effects",
          "side_effects", F5, 2, "Paxil (paroxetine) up to 40 mg x ~1 yr, 2019-2020; stopped d/t sexual side effects."),
        H("duloxetine", "SNRI", "antidepressant", "60 mg", "2021-03", "2021-08", "no response", "no_response",
          F5, 2, "Duloxetine 60 mg 03/2021-08/2021, no response."),
        H("desvenlafaxine", "SNRI", "antidepressant", "100 mg", "2022-01", "2026-02",
          "good response for about three years, then depression recurred in late 2025 despite adherence",
          "relapse", F5, 2, "good response for about three years, then depression"),
        H("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2025-12", "2026-04",
          "\"I couldn't get out of bed.\"", "side_effects", F5, 2,
          "Quetiapine 150 mg at night added to Pristiq 12/2025, stopped 04/2026"),
        H("vilazodone", "serotonin modulator", "antidepressant", "40 mg", "2026-05", None,
          "she says it \"isn't doing anything.\"", "no_response", F5, 2,
          "Viibryd (vilazodone) 40 mg since 05/2026; she says it \"isn't doing anything.\""),
    ],
    "scales": [
        S("PHQ-9", 24, "2026-11-21", F5, 1, "PHQ-9 (ED psych screen) 24."),
        S("C-SSRS", 5, "2026-11-21", F5, 2, "ideation severity 5 - active ideation with specific plan and intent"),
    ],
    "diagnoses": [
        D("T43.292A", F5, 1, "T43.292A Poisoning by other antidepressants, intentional self-harm"),
        D("F33.2", F5, 1, "F33.2 Major depressive disorder, recurrent, severe without psychotic features"),
        D("E03.9", F5, 1, "E03.9 Hypothyroidism, unspecified"),
    ],
    "suicidality": SU("attempt", F5, 2, "actual attempt 11/20/2026"),
})

# ---------------------------------------------------------------- 06 pharmacogenomic report (3-page PDF)
F6 = "genapath_PGx_report_2026-08-12.pdf"
p6a = """# GenaPath Laboratories - Psychotropic Pharmacogenomic Report
FICTIONAL REPORT - GenaPath Laboratories, its CLIA number and the patient are invented for software testing.
Patient: Celeste Amari-Boyd    DOB 1990-09-14    Accession GP-FICT-26-081244    Collected 2026-07-29
Reported 2026-08-12    Ordering clinician: W. Haskins, MD (fictional), Ridgeway Psychiatry, fax 555-0119
Indication / ICD-10 on requisition: F33.1 (major depressive disorder, recurrent, moderate); R11.0 (nausea)

## Genotype summary
Gene      Genotype    Phenotype
CYP2D6    *1/*4       Intermediate metabolizer
CYP2C19   *2/*2       Poor metabolizer
CYP1A2    *1F/*1F     Normal (inducible)
CYP3A4    *1/*1       Normal metabolizer
SLC6A4    S/L         Reduced expression (for research use)

## How to read this report
Drug categories are based on published dosing guidance. A category is not a recommendation to start or stop
any medicine. Clinical judgment is required. Page 2 lists the medicines the ordering clinician reported as
previously tried; page 3 lists categories for other medicines.
"""
p6b = """# Medications reported as previously tried (from requisition, section 4)
FICTIONAL - Celeste Amari-Boyd - GP-FICT-26-081244 - page 2
Medication        Dates              Dose       Clinician-reported response            Gene-drug note
citalopram        05/2020-08/2020    20 mg      Intolerable nausea, dizziness          CYP2C19 PM: levels up
escitalopram      09/2020-11/2020    10 mg      Same adverse effects at low dose      CYP2C19 PM: levels up
sertraline        01/2021-10/2021    100 mg     Minimal effect on mood                 CYP2C19 PM: monitor
nortriptyline     2022               75 mg      Partial benefit; stopped for dry       CYP2D6 IM: dose adjust
                                                mouth and constipation
bupropion XL      03/2023-06/2024    300 mg     Responded, later lost effect          no major interaction
Interpretation of tried medications: the intolerance of citalopram and escitalopram at ordinary doses is
consistent with CYP2C19 poor-metabolizer status (higher exposure). The report does not evaluate response.
"""
p6c = """# Categories for other psychotropic medicines
FICTIONAL - Celeste Amari-Boyd - GP-FICT-26-081244 - page 3
The patient has NOT taken the medicines on this page (per requisition); they are listed for decision support.
USE AS DIRECTED: desvenlafaxine, levomilnacipran, vortioxetine, mirtazapine, vilazodone, lithium
MODERATE GENE-DRUG INTERACTION: venlafaxine (CYP2D6), duloxetine (CYP2D6), aripiprazole (CYP2D6),
  brexpiprazole (CYP2D6)
SIGNIFICANT GENE-DRUG INTERACTION: amitriptyline (CYP2C19, CYP2D6), clomipramine (CYP2C19, CYP2D6),
  imipramine (CYP2C19, CYP2D6)
Laboratory director: P. Ngata, PhD (fictional). This test was developed and its performance characteristics
determined by GenaPath Laboratories (fictional). END OF REPORT.
"""
CASES.append({
    "slug": "06-pharmacogenomic-report",
    "docs": [{"file": F6, "type": "pdf", "pages": [p6a, p6b, p6c], "font": "lmono", "size": 8, "margin": 40}],
    "note": ("Pharmacogenomic (PGx) lab report. Tried medicines on page 2 in a fixed-width table with a wrapped "
             "cell (nortriptyline). Nortriptyline partial benefit but stopped for dry mouth/constipation -> "
             "side_effects (stop decides). Bupropion responded then lost effect -> relapse. Page 3's drug "
             "categories (desvenlafaxine, vortioxetine, lithium, amitriptyline ...) were NOT taken: no rows. No "
             "scales. No word about suicidality anywhere -> null. R11.0 (nausea) is a code written."),
    "history": [
        H("citalopram", "SSRI", "antidepressant", "20 mg", "2020-05", "2020-08", "Intolerable nausea, dizziness",
          "side_effects", F6, 2, "citalopram 05/2020-08/2020 20 mg Intolerable nausea, dizziness"),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2020-09", "2020-11",
          "Same adverse effects at low dose", "side_effects", F6, 2,
          "escitalopram 09/2020-11/2020 10 mg Same adverse effects at low dose"),
        H("sertraline", "SSRI", "antidepressant", "100 mg", "2021-01", "2021-10", "Minimal effect on mood",
          "no_response", F6, 2, "sertraline 01/2021-10/2021 100 mg Minimal effect on mood"),
        H("nortriptyline", "TCA", "antidepressant", "75 mg", "2022", "2022",
          "Partial benefit; stopped for dry mouth and constipation", "side_effects", F6, 2,
          "Partial benefit; stopped for dry"),
        H("bupropion", "NDRI", "antidepressant", "300 mg", "2023-03", "2024-06", "Responded, later lost effect",
          "relapse", F6, 2, "bupropion XL 03/2023-06/2024 300 mg Responded, later lost effect"),
    ],
    "scales": [],
    "diagnoses": [D("F33.1", F6, 1, "F33.1 (major depressive disorder, recurrent, moderate)"),
                  D("R11.0", F6, 1, "R11.0 (nausea)")],
    "suicidality": SU(None),
})
