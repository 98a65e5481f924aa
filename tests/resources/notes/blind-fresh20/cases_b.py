"""FICTIONAL cases 07-12 of notes20. Every person, clinic, plan, number and place here is invented."""
from __future__ import annotations

from helpers import D, H, S, SI, wrap_txt
from model import Doc, Form, Heading, Line, Para, Space, Table, Title

CASES = []

# =====================================================================================================
# 07 neuropsychological evaluation report (Word)
# =====================================================================================================
F07 = "neuropsychological_evaluation_deluca-park.docx"
doc07 = Doc(
    file=F07, kind="docx", family="serif",
    header="Harrowgate Neuropsychology Associates (FICTIONAL) - CONFIDENTIAL - FICTIONAL SAMPLE",
    pages=[[
        Title("Neuropsychological Evaluation"),
        Line("FICTIONAL SAMPLE REPORT - the patient, clinicians, practice and all numbers are invented.", bold=True),
        Line("Patient: Renata Deluca-Park    Date of birth: 01/23/1982    Age: 44    Education: 18 years (MS)"),
        Line("Referred by: Simon Farrow, MD (psychiatry)    Dates of testing: 10/21/2026 and 10/28/2026    "
             "Report: 11/09/2026"),
        Line("Examiner: Beatrix Holloway-Nunes, PhD, ABPP-CN (FICTIONAL)"),
        Heading("Reason for referral"),
        Para("Ms. Deluca-Park, a 44-year-old project manager, was referred by her psychiatrist for an evaluation of "
             "'brain fog', forgetfulness and trouble following meetings, which led to a performance warning at "
             "work in 08/2026. The questions were whether her difficulties reflect depression, lasting effects of "
             "ECT, an attention disorder, or an early neurodegenerative process (her father has Alzheimer's "
             "disease)."),
        Heading("Sources of information"),
        Para("Interview with Ms. Deluca-Park and, separately, her husband; Dr. Farrow's records from 2018 to 2026; "
             "the hospital ECT service's summaries of 04/2023 and 08/2024; the tests listed below."),
        Heading("Psychiatric and treatment history"),
        Para("Her first depressive episode was in 2009, in graduate school, and was not treated. In 2014 her primary "
             "care physician started citalopram, 20 and then 40 mg; she recalls that it 'worked well' and that she "
             "felt like herself again within three months. She stopped it in 2016 when she became pregnant with "
             "her first child and did not restart it after the birth because she remained well."),
        Para("The present illness began in 2018. Dr. Farrow treated her with venlafaxine XR from 2018, reaching "
             "300 mg by 2020; his notes describe a partial response, and it was tapered off in early 2023 before "
             "ECT."),
        Para("She received a course of ECT from 03/06/2023 to 04/14/2023 (10 right unilateral treatments). By the "
             "end of the course her depression had remitted, but it returned in early 2024. She describes patchy "
             "memory for that spring, 'like missing photographs', and cannot recall her daughter's school play "
             "that April."),
        Para("A second, shorter course of six treatments in 08/2024 'did less': by Dr. Farrow's notes her mood did "
             "not improve, and the course was stopped after the sixth treatment. ECT was offered again in 2025; "
             "she declined because of the memory gaps."),
        Para("Since 02/2024 she has taken bupropion XL 300 mg, which helped her energy but not her mood. "
             "Vortioxetine 20 mg was added to the bupropion in 06/2024; she credits it with 'taking the floor out "
             "from under the sadness', and Dr. Farrow's notes call it a partial response. She continues both."),
        Para("In the fall of 2024 she completed an eight-week mindfulness-based cognitive therapy (MBCT) group "
             "(09/2024 to 10/2024). She attended all eight sessions and says 'nothing changed'."),
        Para("Her primary care physician raised a trial of methylphenidate for a possible adult attention disorder; "
             "it was deferred until this evaluation. She takes lorazepam 0.5 mg before flights (about twice a "
             "year), levothyroxine 50 mcg and a magnesium supplement. She denies current or past suicidal ideation "
             "and has never made a suicide attempt. Alcohol: one or two glasses of wine a week."),
        Heading("Medical and family history"),
        Para("Hypothyroidism, treated and stable. No head injury, seizures or stroke. Her father, 78, has "
             "Alzheimer's disease and takes donepezil; her mother is well. A maternal aunt had 'nerves' and was "
             "hospitalized in the 1970s."),
        Heading("Behavioral observations"),
        Para("On time for both sessions, well groomed, cooperative. Speech normal in rate, soft in volume. Affect "
             "constricted and tearful when speaking of work. She worked slowly but persistently. Performance "
             "validity measures were passed; the results are considered a valid estimate of her abilities."),
        Heading("Tests administered and results"),
        Table(["Domain", "Test", "Score", "Classification"], [
            ["Premorbid estimate", "Test of Premorbid Functioning", "SS 112", "High average"],
            ["General ability", "WAIS-IV General Ability Index", "SS 110", "High average"],
            ["Working memory", "WAIS-IV Working Memory Index", "SS 94", "Average"],
            ["Processing speed", "WAIS-IV Processing Speed Index", "SS 84", "Low average"],
            ["Attention", "Trail Making Test, Part A", "T 38", "Low average"],
            ["Executive", "Trail Making Test, Part B", "T 41", "Low average"],
            ["Verbal learning", "CVLT-3, trials 1-5 total", "T 47", "Average"],
            ["Verbal recall", "CVLT-3, long-delay free recall", "z -0.5", "Average"],
            ["Visual memory", "BVMT-R, delayed recall", "T 49", "Average"],
            ["Language", "Boston Naming Test", "58/60", "Within normal limits"],
            ["Screening", "MoCA", "27/30", "Within normal limits"],
            ["Mood (self-report)", "Beck Depression Inventory-II", "31", "Severe range"],
            ["Anxiety (self-report)", "Beck Anxiety Inventory", "18", "Moderate range"],
        ]),
        Para("Clinic intake measures on 10/21/2026: PHQ-9 17; GAD-7 12."),
        Heading("Summary and impressions"),
        Para("Her memory for new information is intact when she is given time to learn it; her slow processing "
             "speed and reduced efficiency on timed attention tasks fit the pattern commonly seen with active "
             "depression. The profile does not suggest a neurodegenerative process or an attention disorder "
             "beginning in childhood. The gaps she describes for spring 2023 are consistent with the memory loss "
             "for events around a course of ECT that is well described; new learning now is normal."),
        Heading("Diagnoses"),
        Line("F33.1 Major depressive disorder, recurrent, moderate"),
        Line("R41.840 Attention and concentration deficit (attributed to the depressive disorder)"),
        Heading("Recommendations"),
        Para("1. Treatment of the depression is the main route to better cognition; the choice of next steps rests "
             "with Dr. Farrow. 2. A stimulant trial is not recommended on these results. 3. If ECT is reconsidered, "
             "discuss ultrabrief right unilateral technique and memory monitoring. 4. Workplace accommodations: "
             "written agendas, extra time on complex documents, a quiet workspace. 5. Re-evaluation in 12 to 18 "
             "months, or sooner if new symptoms appear."),
        Line("Beatrix Holloway-Nunes, PhD, ABPP-CN - Harrowgate Neuropsychology Associates (FICTIONAL) - 555-0154"),
    ]])
CASES.append(dict(
    slug="07-neuropsychological-evaluation-docx",
    note=("FICTIONAL case. A neuropsychological evaluation report (DOCX) for cognitive complaints in recurrent "
          "depression, with a treatment history in prose, a test-score table full of non-contract scores (WAIS-IV "
          "indexes, T scores, MoCA, BDI-II, BAI) and two contract scales in one line. Rows: citalopram 2014-2016 "
          "(worked well, stopped for pregnancy while well = remission); venlafaxine XR 2018-early 2023 partial; "
          "ECT 03/06-04/14/2023 remitted, returned early 2024 (relapse); ECT 08/2024 six treatments, mood did not "
          "improve; bupropion XL from 02/2024 energy not mood (no_response, open); vortioxetine added 06/2024, "
          "partial (open); MBCT group 09-10/2024 'nothing changed'. Not rows: methylphenidate raised and deferred, "
          "ECT declined in 2025, lorazepam before flights, levothyroxine, magnesium, the father's donepezil, the "
          "recommended stimulant (not recommended)."),
    docs=[doc07],
    history=[
        H("citalopram", "SSRI", "antidepressant", "40 mg", "2014", "2016",
          "'worked well', felt like herself again within three months; stopped in 2016 when pregnant, remained "
          "well", "remission", F07, 1, "she recalls that it 'worked well' and that she felt like herself again"),
        H("venlafaxine", "SNRI", "antidepressant", "XR 300 mg", "2018", "2023",
          "a partial response; tapered off in early 2023 before ECT", "partial_response", F07, 1,
          "his notes describe a partial response, and it was tapered off in early 2023 before ECT"),
        H("ECT", "electroconvulsive therapy", "neuromodulation", "10 right unilateral treatments", "2023-03-06",
          "2023-04-14", "remitted by the end of the course, but the depression returned in early 2024", "relapse",
          F07, 1, "By the end of the course her depression had remitted, but it returned in early 2024"),
        H("ECT", "electroconvulsive therapy", "neuromodulation", "6 treatments", "2024-08", "2024-08",
          "'did less': her mood did not improve; stopped after the sixth treatment", "no_response", F07, 1,
          "by Dr. Farrow's notes her mood did not improve"),
        H("bupropion", "NDRI", "antidepressant", "XL 300 mg", "2024-02", None,
          "helped her energy but not her mood", "no_response", F07, 1,
          "bupropion XL 300 mg, which helped her energy but not her mood"),
        H("vortioxetine", "multimodal (serotonin modulator)", "antidepressant", "20 mg", "2024-06", None,
          "'taking the floor out from under the sadness'; a partial response; continues", "partial_response",
          F07, 1, "Dr. Farrow's notes call it a partial response"),
        H("MBCT", "psychotherapy", "psychotherapy", "8 sessions (group)", "2024-09", "2024-10",
          "attended all eight sessions; 'nothing changed'", "no_response", F07, 1,
          "She attended all eight sessions and says 'nothing changed'"),
    ],
    scales=[
        S("PHQ-9", 17, "2026-10-21", F07, 1, "Clinic intake measures on 10/21/2026: PHQ-9 17; GAD-7 12."),
        S("GAD-7", 12, "2026-10-21", F07, 1, "Clinic intake measures on 10/21/2026: PHQ-9 17; GAD-7 12."),
    ],
    diagnoses=[
        D("F33.1", F07, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("R41.840", F07, 1, "R41.840 Attention and concentration deficit"),
    ],
    suicidality=SI("none", F07, 1,
                   "She denies current or past suicidal ideation and has never made a suicide attempt"),
))

# =====================================================================================================
# 08 primary care telephone encounter log (plain text EHR export)
# =====================================================================================================
F08 = "telephone_encounters_ashdown_2026.txt"
BAR = "=" * 96
SUB = "-" * 96


def _enc(date_time, call_from, taken_by, reason, note, disposition, dx=None):
    lines = [BAR, f"TELEPHONE ENCOUNTER{date_time:>77}",
             "Patient: ASHDOWN, DEVIN J.    MRN FICT-204466    DOB 03/09/1993",
             f"Call from: {call_from:<34}Taken by: {taken_by}",
             f"Reason for call: {reason}", SUB]
    for para in note:
        lines.append(wrap_txt(para, 96))
    lines.append(f"Disposition: {disposition}")
    if dx:
        lines.append(f"Encounter dx: {dx}")
    return "\n".join(lines)


MD8 = "Dr. L. Marchetti-Obi"
txt08 = "\n".join([
    "Pinecrest Family Medicine (FICTIONAL) - Telephone encounters report - printed 12/01/2026",
    "FICTIONAL SAMPLE RECORD: every name, number, pharmacy and clinic in it is invented.",
    "Filter: encounter type = Telephone; 01/01/2026 - 11/30/2026; 13 encounters",
    "",
    _enc("01/20/2026 10:42", "patient", "K. Strand, RN", "side effects of new medication", [
        "Pt started sertraline 50 mg daily on 01/12 at his office visit with " + MD8 + " (C-SSRS screener at that "
        "visit negative). Reports nausea and loose stools since starting. Eating normally, no vomiting, no blood. "
        "Advised to take it with breakfast; these symptoms usually settle in one to two weeks."],
        "home care advice; call back if worse or not settling", "F32.1 Major depressive disorder, single episode, "
        "moderate"),
    _enc("02/09/2026 14:05", "patient", "K. Strand, RN", "medication question", [
        "GI symptoms settled after the first week. Mood 'maybe slightly better, hard to say'. Asks whether the dose "
        "should go up. Routed to PCP.",
        "02/09 16:30 " + MD8 + ": increase sertraline to 100 mg daily. New Rx sent to Hartley Pharmacy (FICTIONAL)."],
        "PCP order; pt informed 02/09 16:45"),
    _enc("03/23/2026 09:12", "pharmacy (refill request)", "front desk", "refill", [
        "Refill request sertraline 100 mg #30. Pt on the line says 'no real change yet'. Refill approved by PCP "
        "protocol; pt reminded of his appointment."],
        "refill x1"),
    _enc("04/06/2026 11:27", "patient", "D. Akers, RN", "stopped medication", [
        "Pt states he stopped the sertraline on his own about a week ago (around 03/30): 'it wasn't doing "
        "anything'. PHQ-9 by phone: 16. Denies SI. Sleeping poorly. Routed to PCP.",
        "04/08 08:50 " + MD8 + ": agree with stopping. Start bupropion XL 150 mg daily; video visit in 4 weeks."],
        "PCP order; pt informed 04/08", "F32.1"),
    _enc("04/10/2026 15:48", "Hartley Pharmacy (FICTIONAL)", "K. Strand, RN", "prior authorization", [
        "Pharmacy reports bupropion XL 150 mg needs prior authorization. Per PCP: changed to bupropion SR 150 mg "
        "twice daily (covered). XL prescription cancelled at the pharmacy."],
        "new Rx sent"),
    _enc("04/15/2026 10:03", "patient", "front desk", "medication update", [
        "Pt picked up the bupropion SR on 04/13 and took the first dose on 04/14."],
        "noted"),
    _enc("05/20/2026 13:31", "patient", "D. Akers, RN", "side effects", [
        "Can't sleep, feels 'wired', clenching his jaw. BP at a pharmacy kiosk 152/96. Per PCP: take the second "
        "dose before 2 pm; if no better in a week, reduce to 150 mg once in the morning."],
        "PCP advice given"),
    _enc("06/03/2026 09:55", "wife (Marisa Ashdown; release on file)", "D. Akers, RN", "side effects, mood", [
        "Wife reports he is still wired and not sleeping, mood no better, missing work. No talk of self-harm per "
        "wife. She asks whether her own Lexapro could help him; advised not to share medications.",
        "06/03 12:10 " + MD8 + ": stop bupropion today. Referral to psychiatry (Dr. Ivo Benedek, Riverbend "
        "Psychiatry, FICTIONAL)."],
        "PCP order; wife informed 06/03 12:30"),
    _enc("06/29/2026 16:20", "patient", "front desk", "medication update", [
        "Saw Dr. Benedek on 06/25; started escitalopram 10 mg that day. Asks PCP to update his list. Mentions he "
        "tried fluoxetine in college (2012): 'made me feel like a zombie', stopped it after a month; he told the "
        "psychiatrist."],
        "med list updated"),
    _enc("08/14/2026 11:00", "Riverbend Psychiatry (FICTIONAL), fax", "K. Strand, RN", "records received", [
        "Medication list from psychiatry: escitalopram 20 mg daily (since 07/23); trazodone 50 mg at bedtime as "
        "needed for sleep; propranolol 10 mg as needed before presentations. Psychiatry note: CBT with Nadia "
        "Solberg, PsyD, weekly from 08/06/2026."],
        "scanned to chart"),
    _enc("09/08/2026 08:40", "patient", "D. Akers, RN", "sore throat, fever", [
        "Seen at urgent care 09/07: rapid strep positive, amoxicillin 500 mg for 10 days. Calling to let PCP know. "
        "Fever gone today."],
        "noted", "J02.0 Streptococcal pharyngitis"),
    _enc("10/02/2026 10:15", "patient", "front desk", "cancel appointment", [
        "Cancels 10/05 appointment. Reports mood 'noticeably better' on escitalopram 20, 'not back to normal'. "
        "PHQ-9 by phone: 11."],
        "rescheduled to 11/16"),
    _enc("11/19/2026 14:44", "patient", "K. Strand, RN", "letter request", [
        "Requests a letter for work supporting reduced hours through January. Says the CBT sessions are helping "
        "him get out of the house; 15 sessions so far; mood better but 'not where it should be'. Letter drafted "
        "for PCP signature."],
        "routed to PCP"),
    BAR,
    "End of report. FICTIONAL SAMPLE.",
    "",
])
doc08 = Doc(file=F08, kind="txt", raw_text=txt08)
CASES.append(dict(
    slug="08-primary-care-telephone-encounters-txt",
    note=("FICTIONAL case. A primary-care clinic's telephone-encounter report (plain text, 13 entries in 2026): "
          "calls from the patient, his wife, the pharmacy and a psychiatry fax, with the PCP's orders inside the "
          "entries. Rows: fluoxetine 2012 'made me feel like a zombie', stopped after a month (side_effects); "
          "sertraline 01/12-03/30/2026 'it wasn't doing anything' (an early 'maybe slightly better' guess, then "
          "'no real change yet'); bupropion (SR; the XL was never dispensed) 04/14-06/03/2026, wired, insomnia, "
          "BP, mood no better (side_effects); escitalopram from 06/25/2026 'noticeably better ... not back to "
          "normal' (partial, open); CBT from 08/06/2026, mood better but 'not where it should be' (partial, open). "
          "Not rows: the wife's Lexapro, trazodone as needed for sleep, propranolol as needed, amoxicillin for "
          "strep."),
    docs=[doc08],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", None, "2012", "2012",
          "'made me feel like a zombie', stopped it after a month", "side_effects", F08, 1,
          "'made me feel like a zombie', stopped it after a month"),
        H("sertraline", "SSRI", "antidepressant", "100 mg daily", "2026-01-12", "2026-03-30",
          "stopped on his own: 'it wasn't doing anything'", "no_response", F08, 1,
          "he stopped the sertraline on his own about a week ago (around 03/30): 'it wasn't doing anything'"),
        H("bupropion", "NDRI", "antidepressant", "SR 150 mg twice daily", "2026-04-14", "2026-06-03",
          "can't sleep, 'wired', jaw clenching, BP 152/96; still wired, mood no better; stopped", "side_effects",
          F08, 1, "still wired and not sleeping, mood no better"),
        H("escitalopram", "SSRI", "antidepressant", "20 mg daily", "2026-06-25", None,
          "mood 'noticeably better', 'not back to normal'", "partial_response", F08, 1,
          "Reports mood 'noticeably better' on escitalopram 20, 'not back to normal'"),
        H("CBT", "psychotherapy", "psychotherapy", "weekly, 15 sessions so far", "2026-08-06", None,
          "helping him get out of the house; mood better but 'not where it should be'", "partial_response", F08,
          1, "mood better but 'not where it should be'"),
    ],
    scales=[
        S("PHQ-9", 16, "2026-04-06", F08, 1, "PHQ-9 by phone: 16"),
        S("PHQ-9", 11, "2026-10-02", F08, 1, "PHQ-9 by phone: 11"),
    ],
    diagnoses=[
        D("F32.1", F08, 1, "F32.1 Major depressive disorder, single episode, moderate"),
        D("J02.0", F08, 1, "J02.0 Streptococcal pharyngitis"),
    ],
    suicidality=SI("none", F08, 1, "PHQ-9 by phone: 16. Denies SI."),
))

# =====================================================================================================
# 09 psychiatric advance directive and crisis plan, written by the patient (Word)
# =====================================================================================================
F09 = "psychiatric_advance_directive_marchbank.docx"
doc09 = Doc(
    file=F09, kind="docx", family="lsans",
    header="Psychiatric Advance Directive - Joanna L. Marchbank - FICTIONAL SAMPLE",
    pages=[[
        Title("Psychiatric Advance Directive and Crisis Plan"),
        Line("FICTIONAL SAMPLE - every name, place and number is invented. Template from Coastal Peer Alliance "
             "(FICTIONAL); filled in by me with my peer specialist, Dolores Quayle.", bold=True),
        Para("I, Joanna L. Marchbank, born 05/30/1988, make this declaration while I am able to make my own "
             "decisions about my mental health treatment. I want it followed if a doctor finds that I cannot make "
             "those decisions myself. Date: 11/20/2026."),
        Heading("Part 1. My agent"),
        Form("Agent:", "Theresa Marchbank (my sister), 555-0123"),
        Form("Alternate agent:", "Paul Ostrowski (friend), 555-0124"),
        Heading("Part 2. My diagnoses (as my doctors have written them)"),
        Line("F33.1 Major depressive disorder, recurrent, moderate"),
        Line("F43.12 Post-traumatic stress disorder, chronic"),
        Heading("Part 3. Medications"),
        Line("3a. Medications that have helped me", bold=True),
        Table(["Medication", "When", "How it helped"], [
            ["Zoloft (sertraline) 150 mg", "2013 - 2016",
             "I got my life back. Stopped with my doctor's OK after two good years."],
            ["Effexor XR (venlafaxine) 225 mg", "2019 - now", "Helps some. I'm about halfway."],
            ["Remeron (mirtazapine) 30 mg", "2021 - now, with the Effexor",
             "Helps me sleep and eat. My mood is a little better too, but not all the way."],
        ]),
        Line("3b. Medications that did NOT help me, or that I reacted badly to", bold=True),
        Table(["Medication", "When", "What happened"], [
            ["Paxil (paroxetine)", "2017", "Gained 25 pounds in two months. I stopped it."],
            ["Zoloft again", "2018, about 3 months", "This time it did nothing."],
            ["Abilify 5 mg (added to the Effexor)", "2020",
             "Could not sit still, felt like crawling out of my skin. Stopped after 3 weeks."],
            ["Haldol shot", "ER, March 2017", "Stiff neck and jaw for a day. I do NOT want it again."],
        ]),
        Para("3c. Medications I agree to if I am in crisis: Ativan (lorazepam) 1 mg if I ask for it; trazodone "
             "100 mg at night for sleep."),
        Para("3d. Medications I do NOT consent to: haloperidol (Haldol), see above; any long-acting (depot) "
             "injection."),
        Para("Other medicines I take: prazosin 2 mg at bedtime for PTSD nightmares; a birth-control implant."),
        Heading("Part 4. Other treatments"),
        Line("ECT (electroconvulsive therapy):   [ ] I consent   [X] I do NOT consent"),
        Line("TMS (magnetic stimulation):   [X] I consent if my psychiatrist recommends it   [ ] I do not consent"),
        Para("Ketamine: I had 6 IV ketamine infusions at Bayside Infusion Center (FICTIONAL) in April and May 2024. "
             "Each one lifted me for about two weeks and then it was gone. I stopped because I could not keep "
             "paying $450 each time. I would try it again if insurance paid."),
        Para("Therapy: prolonged exposure therapy for PTSD in 2022, 12 sessions with Dr. Amos Feld (FICTIONAL). My "
             "nightmares got better but my depression stayed the same. Now I meet my peer specialist every other "
             "week; that is peer support, not therapy, but it helps me keep going."),
        Heading("Part 5. Crisis information"),
        Para("Signs I am getting sick: sleeping all day, not answering my phone, giving things away, not feeding "
             "my dog. In March 2017 I took an overdose and was in the hospital for a week (that is when I got the "
             "Haldol shot in the ER). Right now I do not have thoughts of suicide. My last PHQ-9, at Dr. Yusuf's "
             "office in October 2026, was 16."),
        Para("Things that help me: my sister's visits (she has been through depression too and takes Wellbutrin, "
             "which works for her), my dog Biscuit, walking by the water, being told what is happening before it "
             "happens."),
        Heading("Part 6. Hospital preferences"),
        Para("I prefer Harbor View Hospital (FICTIONAL). Please call my sister first. Please do not restrain me; "
             "talk to me and give me space. My psychiatrist is Dr. Karim Yusuf, Eastshore Psychiatry "
             "(FICTIONAL), 555-0126."),
        Heading("Signatures"),
        Form("Declarant:", "Joanna L. Marchbank   11/20/2026"),
        Form("Witnesses:", "Dolores Quayle (peer specialist); Renee Albright   11/20/2026"),
        Line("Notarized 11/20/2026 - notary details withheld in this FICTIONAL sample."),
    ]])
CASES.append(dict(
    slug="09-psychiatric-advance-directive-docx",
    note=("FICTIONAL case. A psychiatric advance directive and crisis plan filled in by the patient with a peer "
          "specialist (DOCX): tables of medications that helped and that did not, consent boxes for ECT and TMS, "
          "prose on ketamine and therapy. Rows: sertraline 2013-2016 (remission, stopped when well) and again "
          "2018 ('did nothing'); venlafaxine XR from 2019 'about halfway' (partial, open); mirtazapine from 2021 "
          "with it, mood 'a little better ... not all the way' (partial, open); paroxetine 2017 weight gain; "
          "aripiprazole added 2020, restlessness, 3 weeks (augmentation); IV ketamine 6 infusions 04-05/2024 "
          "'lifted me for about two weeks and then it was gone', stopped for cost (relapse); prolonged exposure "
          "therapy 2022, nightmares better, depression the same. Not rows: the one Haldol shot in the ER, "
          "lorazepam and trazodone agreed to in a crisis, prazosin for nightmares, the implant, ECT refused, TMS "
          "consented to but never had, peer support (not therapy), the sister's Wellbutrin."),
    docs=[doc09],
    history=[
        H("sertraline", "SSRI", "antidepressant", "150 mg", "2013", "2016",
          "I got my life back. Stopped with my doctor's OK after two good years.", "remission", F09, 1,
          "I got my life back. Stopped with my doctor's OK after two good years."),
        H("sertraline", "SSRI", "antidepressant", None, "2018", "2018", "This time it did nothing.",
          "no_response", F09, 1, "Zoloft again 2018, about 3 months This time it did nothing."),
        H("venlafaxine", "SNRI", "antidepressant", "XR 225 mg", "2019", None,
          "Helps some. I'm about halfway.", "partial_response", F09, 1, "Helps some. I'm about halfway."),
        H("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2021", None,
          "Helps me sleep and eat. My mood is a little better too, but not all the way.", "partial_response",
          F09, 1, "My mood is a little better too, but not all the way."),
        H("paroxetine", "SSRI", "antidepressant", None, "2017", "2017",
          "Gained 25 pounds in two months. I stopped it.", "side_effects", F09, 1,
          "Gained 25 pounds in two months. I stopped it."),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2020", "2020",
          "Could not sit still, felt like crawling out of my skin. Stopped after 3 weeks.", "side_effects", F09,
          1, "Could not sit still, felt like crawling out of my skin. Stopped after 3 weeks."),
        H("ketamine", "NMDA antagonist (racemic, IV)", "other", "6 infusions", "2024-04", "2024-05",
          "each one lifted me for about two weeks and then it was gone; stopped because of the cost", "relapse",
          F09, 1, "Each one lifted me for about two weeks and then it was gone."),
        H("prolonged exposure therapy", "psychotherapy", "psychotherapy", "12 sessions", "2022", "2022",
          "nightmares got better but my depression stayed the same", "no_response", F09, 1,
          "My nightmares got better but my depression stayed the same."),
    ],
    scales=[
        S("PHQ-9", 16, "2026-10", F09, 1, "My last PHQ-9, at Dr. Yusuf's office in October 2026, was 16."),
    ],
    diagnoses=[
        D("F33.1", F09, 1, "F33.1 Major depressive disorder, recurrent, moderate"),
        D("F43.12", F09, 1, "F43.12 Post-traumatic stress disorder, chronic"),
    ],
    suicidality=SI("attempt", F09, 1, "In March 2017 I took an overdose and was in the hospital for a week"),
))

# =====================================================================================================
# 10 interdisciplinary pain rehabilitation program discharge report
# =====================================================================================================
F10 = "pain_rehabilitation_discharge_vanderpool.pdf"
doc10 = Doc(
    file=F10, kind="pdf", family="sans", size=9.3,
    header="Tamarack Interdisciplinary Pain Rehabilitation Program (FICTIONAL) - Vanderpool, Raymond T.",
    pages=[
        [
            Title("Interdisciplinary Pain Rehabilitation Program - Discharge Report", size=13),
            Line("FICTIONAL SAMPLE - the patient, program, clinicians and numbers are invented.", bold=True),
            Table(["Patient", "DOB", "Program dates", "Report date", "Referring physician"], [
                ["Raymond T. Vanderpool", "12/02/1973", "09/08/2026 - 10/02/2026", "10/09/2026",
                 "Gwen Oyelowo-Marsh, MD (physiatry)"],
            ]),
            Heading("Diagnoses"),
            Line("G89.4 Chronic pain syndrome"),
            Line("M96.1 Postlaminectomy syndrome, not elsewhere classified"),
            Line("F32.1 Major depressive disorder, single episode, moderate"),
            Line("G47.00 Insomnia, unspecified"),
            Heading("History"),
            Para("Mr. Vanderpool, 52, a former warehouse supervisor, has had low back and left leg pain since a "
                 "lifting injury at work in 2017. He had an L4-5 fusion in 2018, and the pain continued after it. "
                 "Depression began in 2020 with the loss of his job. He entered the four-week day program (20 "
                 "program days) to improve function, reduce reliance on opioids and address mood."),
            Heading("Treatment before the program"),
            Table(["Treatment", "When", "Result (patient report and records)"], [
                ["Epidural steroid injections (3)", "2018-2019",
                 "About two weeks of relief after each, then back to baseline"],
                ["Gabapentin, up to 2400 mg/day", "2019-2021", "Dizzy and foggy; no change in pain; stopped"],
                ["Nortriptyline 25 mg at night", "2020, one month", "Too groggy in the mornings; stopped"],
                ["Duloxetine 60 mg daily", "2021 - present", "Continuing (see discharge summary)"],
                ["Radiofrequency ablation, lumbar medial branches", "05/2022",
                 "About 50% relief for eight months, then the pain came back"],
                ["Hydrocodone-acetaminophen 5/325 as needed", "2018 - 09/2026",
                 "Up to 3 a day; tapered off in the program"],
                ["Spinal cord stimulator", "recommended 2024", "Declined (did not want more hardware)"],
                ["Psychological treatment", "none before the program", "-"],
            ], size=8.4),
        ],
        [
            Heading("Program course"),
            Para("The program's days combined physical and occupational therapy, cognitive behavioral therapy for "
                 "chronic pain, relaxation training, nursing education and medical management. He attended all 20 "
                 "days."),
            Para("Physical therapy (daily, 20 sessions): graded walking and lifting, core stabilization, a home "
                 "exercise program. His walking tolerance went from 10 to 35 minutes and he now lifts 25 lb from "
                 "the floor with good mechanics, but his pain scores did not change."),
            Para("Cognitive behavioral therapy for chronic pain (12 group and 4 individual sessions with the program "
                 "psychologist, Dr. Esther Nakashima-Bell): pacing, sleep scheduling, work on catastrophic thinking "
                 "and a return-to-activity plan. His mood lifted markedly over the four weeks, though not to "
                 "remission; he still has low days when the pain flares."),
            Para("Medical management: duloxetine continued at 60 mg; hydrocodone tapered and stopped on "
                 "09/25/2026 without withdrawal; melatonin 3 mg at night for sleep; ibuprofen 400 mg as needed, no "
                 "more than three days a week."),
            Heading("Outcome measures"),
            Table(["Measure", "Admission (09/08/2026)", "Discharge (10/02/2026)"], [
                ["Pain NRS, average past week (0-10)", "7", "6"],
                ["Pain NRS, worst past week (0-10)", "9", "8"],
                ["PHQ-9", "17", "9"],
                ["GAD-7", "12", "6"],
                ["Pain Catastrophizing Scale", "38", "19"],
                ["Oswestry Disability Index", "52%", "40%"],
                ["Six-minute walk (meters)", "280", "410"],
            ]),
            Para("Suicide risk: PHQ-9 item 9 was 1 on admission (on several days, thoughts that he would be better "
                 "off dead, with no plan or intent) and 0 at discharge. He has never made a suicide attempt. The "
                 "program psychologist made a safety plan with him in the first week."),
        ],
        [
            Heading("Discharge summary and recommendations"),
            Para("Mr. Vanderpool completed the program. Function improved clearly (walking, lifting, sitting "
                 "tolerance and the Oswestry index), his use of opioids ended, and his mood is much better, while "
                 "his pain intensity moved by only a point."),
            Para("Duloxetine: since 2021 it has given a modest, partial benefit for both pain and mood; he wants to "
                 "stay on it. Continue 60 mg daily."),
            Para("1. Continue the home exercise program five days a week. 2. Continue duloxetine 60 mg. 3. No "
                 "further interventional procedures are planned; a spinal cord stimulator is not recommended at "
                 "this time. 4. Monthly aftercare group for program graduates for six months. 5. Vocational "
                 "rehabilitation referral made. 6. Follow up with Dr. Oyelowo-Marsh in six weeks."),
            Space(8),
            Line("Program medical director: Callum Brightwater, MD (FICTIONAL) - 555-0171"),
            Line("Program psychologist: Esther Nakashima-Bell, PhD (FICTIONAL)"),
        ],
    ])
CASES.append(dict(
    slug="10-pain-rehabilitation-program-discharge-pdf",
    note=("FICTIONAL case. An interdisciplinary pain rehabilitation program's discharge report (3-page PDF) for "
          "failed back surgery syndrome with depression: a prior-treatment table (p. 1), the program course with "
          "an admission/discharge measures table (p. 2) and the discharge summary (p. 3). Rows: epidural steroid "
          "injections x3 2018-2019 (two weeks of relief each = relapse); gabapentin 2019-2021 dizzy, no change "
          "(side_effects); nortriptyline 2020 too groggy; duloxetine from 2021 modest partial benefit (p. 3, open); "
          "radiofrequency ablation 05/2022 50% for eight months then back (relapse); program physical therapy 20 "
          "sessions, function up but pain scores unchanged (no_response); program CBT for chronic pain, mood "
          "lifted markedly though not to remission (partial). Not rows: hydrocodone as needed (tapered off), the "
          "declined spinal cord stimulator, melatonin for sleep, ibuprofen as needed, occupational therapy and "
          "relaxation training as parts of the program with nothing of their own, the aftercare group planned."),
    docs=[doc10],
    history=[
        H("epidural steroid injection", "interventional pain procedure", "other", "3 injections", "2018", "2019",
          "about two weeks of relief after each, then back to baseline", "relapse", F10, 1,
          "Epidural steroid injections (3) 2018-2019 About two weeks of relief after each, then back to baseline"),
        H("gabapentin", "gabapentinoid", "other", "up to 2400 mg/day", "2019", "2021",
          "Dizzy and foggy; no change in pain; stopped", "side_effects", F10, 1,
          "Gabapentin, up to 2400 mg/day 2019-2021 Dizzy and foggy; no change in pain; stopped"),
        H("nortriptyline", "tricyclic", "antidepressant", "25 mg at night", "2020", "2020",
          "Too groggy in the mornings; stopped", "side_effects", F10, 1,
          "Nortriptyline 25 mg at night 2020, one month Too groggy in the mornings; stopped"),
        H("duloxetine", "SNRI", "antidepressant", "60 mg daily", "2021", None,
          "a modest, partial benefit for both pain and mood since 2021; continue", "partial_response", F10, 3,
          "since 2021 it has given a modest, partial benefit for both pain and mood"),
        H("radiofrequency ablation", "interventional pain procedure", "other", "lumbar medial branches",
          "2022-05", "2022-05", "About 50% relief for eight months, then the pain came back", "relapse", F10, 1,
          "About 50% relief for eight months, then the pain came back"),
        H("physical therapy", "rehabilitation", "other", "20 sessions (daily)", "2026-09-08", "2026-10-02",
          "walking tolerance 10 to 35 minutes, lifts 25 lb, but his pain scores did not change", "no_response",
          F10, 2, "but his pain scores did not change"),
        H("CBT", "psychotherapy", "psychotherapy", "12 group and 4 individual sessions", "2026-09-08",
          "2026-10-02", "his mood lifted markedly over the four weeks, though not to remission",
          "partial_response", F10, 2, "His mood lifted markedly over the four weeks, though not to remission"),
    ],
    scales=[
        S("pain NRS", 7, "2026-09-08", F10, 2, "Pain NRS, average past week (0-10) 7 6"),
        S("pain NRS", 9, "2026-09-08", F10, 2, "Pain NRS, worst past week (0-10) 9 8"),
        S("pain NRS", 6, "2026-10-02", F10, 2, "Pain NRS, average past week (0-10) 7 6"),
        S("pain NRS", 8, "2026-10-02", F10, 2, "Pain NRS, worst past week (0-10) 9 8"),
        S("PHQ-9", 17, "2026-09-08", F10, 2, "PHQ-9 17 9"),
        S("PHQ-9", 9, "2026-10-02", F10, 2, "PHQ-9 17 9"),
        S("GAD-7", 12, "2026-09-08", F10, 2, "GAD-7 12 6"),
        S("GAD-7", 6, "2026-10-02", F10, 2, "GAD-7 12 6"),
    ],
    diagnoses=[
        D("G89.4", F10, 1, "G89.4 Chronic pain syndrome"),
        D("M96.1", F10, 1, "M96.1 Postlaminectomy syndrome"),
        D("F32.1", F10, 1, "F32.1 Major depressive disorder, single episode, moderate"),
        D("G47.00", F10, 1, "G47.00 Insomnia, unspecified"),
    ],
    suicidality=SI("passive", F10, 2,
                   "thoughts that he would be better off dead, with no plan or intent"),
))

# =====================================================================================================
# 11 county jail health records released on request (image-only scan)
# =====================================================================================================
F11 = "county_jail_health_records_ellery.pdf"
STAMP = "RELEASED to Northside Legal Aid (FICTIONAL) per signed authorization 11/30/2026"
doc11 = Doc(
    file=F11, kind="scan", family="lmono", size=9,
    header="Bramwell County Detention Center (FICTIONAL) - Health Services - ELLERY, MARCUS D. - #FICT-J-88213",
    footer_fmt="Page {n} of {N}  -  " + STAMP,
    pages=[
        [
            Title("RECEIVING SCREENING - HEALTH", size=13),
            Line("FICTIONAL SAMPLE RECORD - every name, number and place in it is invented.", bold=True),
            Line("Date/time: 06/03/2026 14:35     Screened by: P. Garnett, LPN     Booking #FICT-J-88213"),
            Line("Name: ELLERY, MARCUS D.     DOB: 10/17/1996     Age: 29"),
            Heading("Medications"),
            Para("Current medications per inmate: 'Zoloft 100 and Abilify'. Verification: Dunmore Pharmacy "
                 "(FICTIONAL) called 06/03 16:20 - sertraline 100 mg #30 first filled 01/14/2025, last filled "
                 "05/10/2026; aripiprazole 5 mg first filled 09/12/2025, last filled 02/06/2026, no fills since. "
                 "Buprenorphine-naloxone 8/2 mg daily verified with the community clinic."),
            Heading("Mental health history"),
            Para("Depression since his teens. Fluoxetine at 16 (2013) from his pediatrician: 'didn't do anything'. "
                 "Escitalopram 10 mg from an urgent care in 2023: took it about three weeks and stopped when he ran "
                 "out; does not know whether it helped. No psychiatric hospitalizations. No prior suicide attempts."),
            Heading("Suicide screening (C-SSRS screener, since arrest)"),
            Line("1. Wish to be dead:                          [X] Yes   [ ] No"),
            Line("2. Non-specific active suicidal thoughts:    [X] Yes   [ ] No"),
            Line("3. Thoughts of method:                       [ ] Yes   [X] No"),
            Line("4. Intent:                                   [ ] Yes   [X] No"),
            Line("5. Plan:                                     [ ] Yes   [X] No"),
            Line("6. Suicidal behavior:                        [ ] Yes   [X] No"),
            Line("C-SSRS ideation severity: 2     PHQ-9 at screening: 19"),
            Line("Action: suicide precautions (close observation) 06/03/2026 - 06/05/2026; MH referral urgent."),
            Heading("Substance use"),
            Para("Opioid use disorder, in treatment: buprenorphine-naloxone continued under the facility's MOUD "
                 "program."),
        ],
        [
            Title("MENTAL HEALTH AND PSYCHIATRY PROGRESS NOTES", size=12),
            Para("06/04/2026 - MH clinician (R. Tamsett, LCSW): seen on close observation. Bridge order from the "
                 "on-call provider: sertraline 100 mg daily, directly observed, from today. Aripiprazole: he says "
                 "he stopped it himself in February - 'it made me restless, I couldn't sit in class' - not "
                 "restarted. Off precautions 06/05."),
            Para("07/15/2026 - Psychiatry by video (Dr. Hanne Vos, FICTIONAL): sertraline 100 mg since 01/2025, "
                 "continued here. Sleeping better, mood still low most days. PHQ-9 15. Increase sertraline to 150 "
                 "mg daily. Refer to MH clinician for individual CBT. Requests Seroquel for sleep: not prescribed "
                 "(not indicated; non-formulary). Dx: F33.1 major depressive disorder, recurrent, moderate; F11.20 "
                 "opioid use disorder, moderate, on MOUD."),
            Para("08/05/2026 - MH clinician (R. Tamsett, LCSW): individual CBT, session 1 of a weekly series. Goals: "
                 "mood, sleep routine, coping with court dates."),
            Para("10/01/2026 - Psychiatry by video (Dr. Vos): sertraline 150 mg. More settled, eating, going to the "
                 "yard; 'better but not great'. Partial response; continue 150 mg. PHQ-9 12. C-SSRS since last "
                 "visit: no ideation (score 0). Discussed adding bupropion; deferred (diversion concerns on the "
                 "unit)."),
            Para("10/14/2026 - MH clinician (R. Tamsett, LCSW): CBT session 8, final (clinician reassigned to "
                 "another unit). Uses thought records on the unit; mood a little better, still low in the "
                 "evenings. Partial benefit. Group coping-skills class offered."),
        ],
        [
            Title("MEDICATION ADMINISTRATION SUMMARY, 06/03/2026 - 11/29/2026", size=12),
            Table(["Medication", "Order", "Start", "Stop", "Given", "Refused"], [
                ["sertraline 100 mg PO daily", "DOT", "06/04/2026", "07/15/2026", "40", "2"],
                ["sertraline 150 mg PO daily", "DOT", "07/16/2026", "active", "132", "5"],
                ["buprenorphine-naloxone 8/2 mg SL daily", "DOT (MOUD)", "06/03/2026", "active", "180", "0"],
                ["hydroxyzine 25 mg PO as needed, anxiety", "PRN", "06/05/2026", "active", "11", "-"],
                ["ibuprofen 400 mg PO as needed, dental pain", "PRN", "08/19/2026", "08/26/2026", "6", "-"],
            ], size=8.2),
            Para("DOT = directly observed therapy. Refused doses are documented on the daily record with the "
                 "reason; none were refused for side effects."),
        ],
    ])
CASES.append(dict(
    slug="11-county-jail-health-records-scan",
    note=("FICTIONAL case. County jail health records released to a legal aid office (image-only scanned PDF, 3 "
          "pages, typewriter-like face): a receiving screening with pharmacy verification and a C-SSRS screener "
          "(p. 1), mental health and psychiatry notes (p. 2), a medication administration summary (p. 3). Rows: "
          "fluoxetine 2013 'didn't do anything'; escitalopram 2023 about three weeks, ran out, does not know if it "
          "helped (unknown); sertraline from 01/2025 (first fill), 150 mg from 07/16/2026, 'better but not great' "
          "(partial, open, p. 2); aripiprazole 09/2025-02/2026 stopped by him, restless (augmentation); CBT 8 "
          "sessions 08/05-10/14/2026, partial benefit. Not rows: buprenorphine-naloxone (MOUD), hydroxyzine and "
          "ibuprofen as needed, Seroquel requested and not prescribed, bupropion deferred, the coping-skills class "
          "offered. Suicidality active (C-SSRS ideation severity 2: non-specific active thoughts)."),
    docs=[doc11],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", None, "2013", "2013", "'didn't do anything'", "no_response", F11,
          1, "Fluoxetine at 16 (2013) from his pediatrician: 'didn't do anything'"),
        H("escitalopram", "SSRI", "antidepressant", "10 mg", "2023", "2023",
          "took it about three weeks and stopped when he ran out; does not know whether it helped", "unknown",
          F11, 1, "does not know whether it helped"),
        H("sertraline", "SSRI", "antidepressant", "150 mg daily", "2025-01", None,
          "more settled, eating, going to the yard; 'better but not great'. Partial response", "partial_response",
          F11, 2, "'better but not great'. Partial response; continue 150 mg"),
        H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2025-09", "2026-02",
          "stopped it himself in February: 'it made me restless, I couldn't sit in class'", "side_effects", F11, 2,
          "'it made me restless, I couldn't sit in class'"),
        H("CBT", "psychotherapy", "psychotherapy", "8 sessions, weekly", "2026-08-05", "2026-10-14",
          "mood a little better, still low in the evenings. Partial benefit.", "partial_response", F11, 2,
          "mood a little better, still low in the evenings. Partial benefit."),
    ],
    scales=[
        S("PHQ-9", 19, "2026-06-03", F11, 1, "PHQ-9 at screening: 19"),
        S("C-SSRS", 2, "2026-06-03", F11, 1, "C-SSRS ideation severity: 2"),
        S("PHQ-9", 15, "2026-07-15", F11, 2, "PHQ-9 15."),
        S("PHQ-9", 12, "2026-10-01", F11, 2, "PHQ-9 12."),
        S("C-SSRS", 0, "2026-10-01", F11, 2, "C-SSRS since last visit: no ideation (score 0)"),
    ],
    diagnoses=[
        D("F33.1", F11, 2, "F33.1 major depressive disorder, recurrent, moderate"),
        D("F11.20", F11, 2, "F11.20 opioid use disorder, moderate, on MOUD"),
    ],
    suicidality=SI("active", F11, 1, "2. Non-specific active suicidal thoughts: [X] Yes"),
))

# =====================================================================================================
# 12 Spanish primary-care record: active and finished treatments, and the dated clinical course
# =====================================================================================================
F12 = "historia_clinica_ap_curso_clinico_ibarra.pdf"
doc12 = Doc(
    file=F12, kind="pdf", family="cond", size=9.3,
    header="Centro de Salud Valdelobos (FICTICIO) - Historia clínica de Atención Primaria - IBARRA SOLÍS, "
           "MONTSERRAT",
    footer_fmt="Página {n} de {N}",
    pages=[
        [
            Title("Resumen de historia clínica y curso clínico", size=13),
            Line("MUESTRA FICTICIA / FICTIONAL SAMPLE - todos los nombres, centros y números son inventados.",
                 bold=True),
            Line("Paciente: Montserrat Ibarra Solís    Fecha de nacimiento: 14/02/1979    NHC: FICT-AP-771204"),
            Line("Médica de familia: Dra. Elena Carrascal Ruiz    Fecha de impresión: 20/11/2026    "
                 "Fechas en formato día/mes/año"),
            Heading("Problemas activos"),
            Line("F33.1 Trastorno depresivo mayor recurrente, episodio moderado (desde 2016)"),
            Line("E03.9 Hipotiroidismo, no especificado"),
            Line("K21.9 Enfermedad por reflujo gastroesofágico sin esofagitis"),
            Heading("Tratamiento activo"),
            Table(["Fármaco", "Pauta", "Inicio", "Prescriptor"], [
                ["levotiroxina 75 mcg", "1 comp en ayunas", "2014", "MF"],
                ["omeprazol 20 mg", "1 comp/24 h", "2019", "MF"],
                ["vortioxetina 20 mg", "1 comp/24 h", "10/09/2026", "Salud Mental (ESM)"],
                ["lorazepam 1 mg", "1 comp si ansiedad intensa", "20/01/2026", "MF"],
            ]),
            Heading("Tratamientos finalizados (psicofármacos)"),
            Table(["Fármaco", "Inicio", "Fin", "Motivo de retirada"], [
                ["fluoxetina 20 mg", "2016", "2017", "Mejoría completa; retirada pautada"],
                ["paroxetina 20 mg", "12/01/2025", "23/03/2025", "Ineficacia"],
                ["venlafaxina retard 150 mg", "23/03/2025", "01/10/2026", "Recaída; cambio a vortioxetina"],
                ["carbonato de litio 400 mg", "16/04/2026", "28/08/2026", "Efectos adversos (temblor, diarrea)"],
                ["mirtazapina 15 mg", "06/10/2025", "06/10/2025", "Anulada: no retirada en farmacia"],
            ]),
        ],
        [
            Heading("Curso clínico"),
            Para("12/01/2025 - Médica de familia (Dra. Carrascal): acude por tristeza, apatía e insomnio desde el "
                 "otoño, tras el fallecimiento de su madre. Episodio previo en 2016 tratado con fluoxetina unos ocho "
                 "meses, con buena respuesta; la dejó al encontrarse bien. PHQ-9: 19. Niega ideación autolítica. "
                 "Inicio paroxetina 20 mg/24 h. Control en 4 semanas."),
            Para("09/02/2025 - MF: refiere sequedad de boca; ánimo igual. Se mantiene la dosis. Derivación a "
                 "psicología clínica (lista de espera)."),
            Para("23/03/2025 - MF: sin mejoría tras diez semanas de paroxetina. PHQ-9: 18. Se suspende la "
                 "paroxetina y se inicia venlafaxina retard 75 mg, a subir a 150 mg en dos semanas."),
            Para("18/06/2025 - Enfermería: TA 128/82. Refiere que 'va mejor'."),
            Para("06/10/2025 - MF: mejoría clara con venlafaxina 150 mg: 'me encuentro casi bien'. PHQ-9: 8. Duerme "
                 "mal: se pauta mirtazapina 15 mg por la noche."),
            Para("03/11/2025 - MF: no llegó a retirar la mirtazapina de la farmacia; prefiere no tomar más "
                 "pastillas. Duerme algo mejor con medidas de higiene del sueño."),
            Para("20/01/2026 - MF: empeoramiento desde Navidad pese a tomar la venlafaxina: vuelve la tristeza, "
                 "llora a diario, no sale de casa. PHQ-9: 17. Ideas de muerte pasivas ('a veces pienso que ojalá no "
                 "despertara'), sin ideación activa ni planes. Lorazepam 1 mg si ansiedad intensa. Derivación "
                 "preferente a Salud Mental."),
            Para("03/03/2026 - Psicología clínica (ESM), Jorge Alcántara: primera sesión de terapia "
                 "cognitivo-conductual individual, quincenal."),
            Para("16/04/2026 - Informe de Salud Mental (Dr. Ignacio Beltrán, psiquiatra): episodio depresivo "
                 "recurrente moderado-grave, con respuesta inicial a la venlafaxina y recaída unos tres meses "
                 "después de la mejoría. "
                 "HAM-D: 21. Se añade carbonato de litio 400 mg por la noche a la venlafaxina; litemia en cinco "
                 "días. No ha recibido TEC y por ahora no se plantea."),
            Para("22/07/2026 - Psicología clínica: sesión 10 de TCC y alta de psicología. Ha aprendido a organizar "
                 "el día y ha retomado los paseos; el ánimo ha mejorado parcialmente."),
        ],
        [
            Heading("Curso clínico (continuación)"),
            Para("10/09/2026 - MF (informe de Salud Mental recibido): el litio se retiró el 28/08/2026 por temblor "
                 "fino y diarrea, sin mejoría del ánimo. Desde hoy vortioxetina 10 mg, y la venlafaxina se retira "
                 "en tres semanas (última dosis 01/10/2026)."),
            Para("08/10/2026 - MF: tolera la vortioxetina; se sube a 20 mg/24 h."),
            Para("12/11/2026 - MF: dos meses con vortioxetina: 'no noto nada'. PHQ-9: 16. Niega ideación "
                 "autolítica. Su marido toma escitalopram y pregunta si a ella le serviría: se explica que no. Se "
                 "comenta con Salud Mental la estimulación magnética transcraneal (EMT): en lista de espera."),
            Space(8),
            Line("Documento generado para pruebas de software. MUESTRA FICTICIA / FICTIONAL SAMPLE.", size=8),
        ],
    ])
CASES.append(dict(
    slug="12-historia-clinica-atencion-primaria-espanol-pdf",
    note=("FICTIONAL case (MUESTRA FICTICIA). A Spanish primary-care record (3-page PDF, dates day/month/year): "
          "active problems with codes, an active-treatment table and a finished-treatments table with reasons "
          "(p. 1), then the dated clinical course (p. 2-3). Rows: fluoxetina 2016-2017 'Mejoría completa; retirada "
          "pautada' (remission); paroxetina 12/01-23/03/2025 'Ineficacia'; venlafaxina 23/03/2025-01/10/2026 "
          "'Recaída' (clear improvement in 10/2025, worse from Christmas while taking it); carbonato de litio added "
          "16/04-28/08/2026, tremor and diarrhoea (augmentation); TCC 10 sessions 03/03-22/07/2026 'el ánimo ha "
          "mejorado parcialmente'; vortioxetina from 10/09/2026 'no noto nada' (no_response, open). Not rows: "
          "mirtazapina prescribed but never collected ('Anulada'), lorazepam si ansiedad, levotiroxina, omeprazol, "
          "the husband's escitalopram, TEC never had, EMT on a waiting list."),
    docs=[doc12],
    history=[
        H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2016", "2017",
          "Mejoría completa; retirada pautada (con buena respuesta; la dejó al encontrarse bien)", "remission",
          F12, 1, "fluoxetina 20 mg 2016 2017 Mejoría completa; retirada pautada"),
        H("paroxetine", "SSRI", "antidepressant", "20 mg", "2025-01-12", "2025-03-23",
          "sin mejoría tras diez semanas de paroxetina; Ineficacia", "no_response", F12, 2,
          "sin mejoría tras diez semanas de paroxetina"),
        H("venlafaxine", "SNRI", "antidepressant", "retard 150 mg", "2025-03-23", "2026-10-01",
          "mejoría clara ('me encuentro casi bien'), then worse from Christmas while taking it: Recaída",
          "relapse", F12, 1, "venlafaxina retard 150 mg 23/03/2025 01/10/2026 Recaída; cambio a vortioxetina"),
        H("lithium", "mood stabilizer", "augmentation", "400 mg", "2026-04-16", "2026-08-28",
          "retirado por temblor fino y diarrea, sin mejoría del ánimo", "side_effects", F12, 1,
          "carbonato de litio 400 mg 16/04/2026 28/08/2026 Efectos adversos (temblor, diarrea)"),
        H("CBT", "psychotherapy", "psychotherapy", "10 sesiones (quincenal)", "2026-03-03", "2026-07-22",
          "ha aprendido a organizar el día y ha retomado los paseos; el ánimo ha mejorado parcialmente",
          "partial_response", F12, 2, "el ánimo ha mejorado parcialmente"),
        H("vortioxetine", "multimodal (serotonin modulator)", "antidepressant", "20 mg", "2026-09-10", None,
          "dos meses con vortioxetina: 'no noto nada'", "no_response", F12, 3,
          "dos meses con vortioxetina: 'no noto nada'"),
    ],
    scales=[
        S("PHQ-9", 19, "2025-01-12", F12, 2, "PHQ-9: 19"),
        S("PHQ-9", 18, "2025-03-23", F12, 2, "PHQ-9: 18"),
        S("PHQ-9", 8, "2025-10-06", F12, 2, "PHQ-9: 8"),
        S("PHQ-9", 17, "2026-01-20", F12, 2, "PHQ-9: 17"),
        S("HAM-D", 21, "2026-04-16", F12, 2, "HAM-D: 21"),
        S("PHQ-9", 16, "2026-11-12", F12, 3, "PHQ-9: 16"),
    ],
    diagnoses=[
        D("F33.1", F12, 1, "F33.1 Trastorno depresivo mayor recurrente, episodio moderado"),
        D("E03.9", F12, 1, "E03.9 Hipotiroidismo"),
        D("K21.9", F12, 1, "K21.9 Enfermedad por reflujo gastroesofágico sin esofagitis"),
    ],
    suicidality=SI("passive", F12, 2, "Ideas de muerte pasivas ('a veces pienso que ojalá no despertara')"),
))
