"""Cases 07-12 of the FICTIONAL notes18 set. Every person, clinic, plan and number here is invented."""
from helpers import dx, row, scale, sui
from model import Doc, Gap, H, L, M, P, Page, Rule, T, Title


# ---------------------------------------------------------------------------------------------------------------
def case07():
    f = "fernwood_ect_service_treatment_summary_2026-05-28.pdf"
    p1 = [
        Title("ECT Service - Treatment Summary and Continuation Plan"),
        L("Fernwood Valley Hospital, Neuromodulation Service | FICTIONAL SAMPLE RECORD (invented patient and "
          "clinicians, for software testing)", size=8.8),
        T([["Patient", "Harriet Oduya-Lindgren", "MRN", "FICT18-81934"],
           ["DOB", "02/08/1959 (67 y)", "Summary date", "05/28/2026"],
           ["Referring psychiatrist", "Caspian Delacroix-Ong, MD", "ECT psychiatrist", "Yusuf Halvorsen, MD"]],
          header=False),
        H("Referral"),
        P("Dr. Delacroix-Ong referred Mrs. Oduya-Lindgren on 02/24/2026 for a second course of ECT for a severe "
          "recurrence of major depression, with 6 kg of weight loss, early waking and active suicidal thoughts "
          "without a plan (C-SSRS ideation severity 3 at referral)."),
        H("Previous course of ECT (2021)"),
        P("Her first course, at this hospital, was given for a severe episode in spring 2021: 10 right unilateral "
          "ultrabrief treatments between 05/03/2021 and 06/04/2021, MADRS 38 to 6, a full remission. Continuation "
          "ECT followed, weekly and then tapering to monthly, for eight further treatments; the last was on "
          "06/14/2022, when she asked to stop because she felt well. Her depression returned in October 2022, four "
          "months later."),
        H("Medication history"),
        P("Citalopram 20 to 40 mg from 2015 kept her well for several years, but her mood slid again in 2020 while "
          "she was still taking 40 mg, which led to the 2021 course; it was stopped during that admission, in May "
          "2021."),
        P("After the 2022 recurrence, nortriptyline was started in November 2022 and raised to 75 mg (level 110 "
          "ng/mL in January 2023); by April 2023 there had been 'little if any' change. Lithium carbonate 300 mg "
          "twice daily was added to the nortriptyline in April 2023; it caused a coarse tremor and a rise in "
          "creatinine (1.1 to 1.5 mg/dL) and was stopped in July 2023. Nortriptyline was tapered off in September "
          "2023."),
        P("Venlafaxine XR was started in October 2023 and has been at 150 mg since January 2024 (at 225 mg she "
          "sweated and her blood pressure rose to 160/95). It gave her some relief in 2024, but by late 2025 she "
          "was as ill as ever on it. She has kept taking it through the 2026 course."),
        P("She has not tried TMS (she declined it because of the daily travel) or esketamine. Her husband takes "
          "donepezil, and she worries about her own memory; her baseline MoCA was 27/30."),
    ]
    log = [
        ["#", "Date", "Electrodes", "Charge (mC)", "EEG seizure (s)", "Anaesthetic", "MADRS", "Notes"],
        ["1", "03/02/2026", "RUL UB", "50", "48", "methohexital, succinylcholine", "36", "titration; headache"],
        ["2", "03/04/2026", "RUL UB", "302", "41", "methohexital, succinylcholine", "-", "headache"],
        ["3", "03/06/2026", "RUL UB", "302", "36", "methohexital, succinylcholine", "-", "headache"],
        ["4", "03/09/2026", "RUL UB", "302", "33", "methohexital, succinylcholine", "33", ""],
        ["5", "03/11/2026", "RUL UB", "403", "30", "methohexital, succinylcholine", "-", ""],
        ["6", "03/13/2026", "RUL UB", "403", "24", "methohexital, succinylcholine", "31", "slow progress: to BT"],
        ["7", "03/18/2026", "BT", "202", "32", "methohexital, succinylcholine, ketamine", "-", "ketamine added"],
        ["8", "03/20/2026", "BT", "202", "35", "methohexital, succinylcholine, ketamine", "24", ""],
        ["9", "03/25/2026", "BT", "202", "33", "methohexital, succinylcholine, ketamine", "-", ""],
        ["10", "03/27/2026", "BT", "252", "30", "methohexital, succinylcholine, ketamine", "19", "confused 25 min"],
        ["11", "04/06/2026", "BT", "252", "29", "methohexital, succinylcholine, ketamine", "-", "after a pause"],
        ["12", "04/13/2026", "BT", "252", "31", "methohexital, succinylcholine, ketamine", "14", "acute course end"],
    ]
    p2 = [
        H("2026 acute course"),
        P("Consent signed 02/27/2026. Anaesthesia with methohexital and succinylcholine; from treatment 7 ketamine "
          "0.5 mg/kg was added to the induction because her seizures had become short. Ondansetron was given for "
          "nausea after treatments, and acetaminophen for headache after treatments 1 to 3. Treatments were given "
          "three times a week, then twice a week from treatment 7; the course paused for a week after treatment 10 "
          "because of post-treatment confusion."),
        T(log, size=8.4),
        L("RUL UB = right unilateral ultrabrief (0.3 ms); BT = bitemporal (0.5 ms). MADRS rated before the "
          "treatment on the date shown.", size=8),
    ]
    p3 = [
        H("Outcome of the 2026 course"),
        P("Twelve treatments between 03/02/2026 and 04/13/2026 (six right unilateral ultrabrief, six bitemporal). "
          "MADRS fell from 36 to 14: a response, but not a remission. She is eating again and her suicidal thoughts "
          "have gone, but she still wakes at 4 a.m. and takes little pleasure in her garden. Memory: she reports "
          "patchy recall of March; MoCA 26/30 on 04/20/2026."),
        H("Continuation ECT"),
        P("Continuation treatments began on 04/27/2026 (bitemporal, every two weeks): 04/27, 05/11 and 05/26/2026 "
          "so far. MADRS 15 on 05/26/2026. Plan: continue every two to three weeks until at least November 2026, "
          "then review."),
        H("Safety and risk"),
        P("She has denied suicidal ideation since the end of March (C-SSRS ideation severity 0 on 04/13/2026 and on "
          "05/26/2026). No past suicide attempts."),
        H("Medications now"),
        P("Venlafaxine XR 150 mg daily, continued. Amlodipine 5 mg for hypertension, metformin 500 mg twice daily "
          "for type 2 diabetes, atorvastatin 20 mg. Temazepam 15 mg at night for sleep was stopped before the 2026 "
          "course because it raises the seizure threshold."),
        H("Diagnoses"),
        L("F33.2   Major depressive disorder, recurrent, severe, without psychotic features"),
        L("I10   Essential hypertension"),
        L("E11.9   Type 2 diabetes mellitus without complications"),
        Gap(6),
        L("Signed: Yusuf Halvorsen, MD, ECT Service, 05/28/2026 (FICTIONAL)"),
    ]
    doc = Doc(f, "pdf", [Page(p1), Page(p2), Page(p3)], font="sans",
              header="Fernwood Valley Hospital ECT Service | Oduya-Lindgren, Harriet | FICT18-81934 | FICTIONAL")
    history = [
        row("citalopram", "SSRI", "antidepressant", "40 mg", "2015", "2021-05",
            "kept her well for several years, then her mood slid again in 2020 while on 40 mg", "relapse",
            f, 1, "her mood slid again in 2020 while she was still taking 40 mg"),
        row("ECT", "electroconvulsive therapy", "neuromodulation", "10 treatments + 8 continuation", "2021-05-03",
            "2022-06-14", "full remission (MADRS 38 to 6); depression returned in October 2022, four months after "
            "the last continuation treatment", "relapse",
            f, 1, "Her depression returned in October 2022, four months later."),
        row("nortriptyline", "TCA", "antidepressant", "75 mg", "2022-11", "2023-09",
            "'little if any' change by April 2023 (level 110 ng/mL)", "no_response",
            f, 1, "by April 2023 there had been 'little if any' change"),
        row("lithium", "mood stabilizer", "augmentation", "300 mg twice daily", "2023-04", "2023-07",
            "coarse tremor and a rise in creatinine; stopped", "side_effects",
            f, 1, "it caused a coarse tremor and a rise in creatinine (1.1 to 1.5 mg/dL) and was stopped in July 2023"),
        row("venlafaxine", "SNRI", "antidepressant", "150 mg", "2023-10", None,
            "some relief in 2024, but by late 2025 as ill as ever on it; continued", "relapse",
            f, 1, "It gave her some relief in 2024, but by late 2025 she was as ill as ever on it"),
        row("ECT", "electroconvulsive therapy", "neuromodulation", "12 treatments", "2026-03-02", None,
            "MADRS 36 to 14: a response, but not a remission; continuation ECT every two to three weeks",
            "partial_response", f, 3, "MADRS fell from 36 to 14: a response, but not a remission"),
    ]
    r = {row_[0]: " ".join(c for c in row_) for row_ in log[1:]}
    scales = [
        scale("C-SSRS", 3, "2026-02-24", f, 1, "C-SSRS ideation severity 3 at referral"),
        scale("MADRS", 36, "2026-03-02", f, 2, r["1"]),
        scale("MADRS", 33, "2026-03-09", f, 2, r["4"]),
        scale("MADRS", 31, "2026-03-13", f, 2, r["6"]),
        scale("MADRS", 24, "2026-03-20", f, 2, r["8"]),
        scale("MADRS", 19, "2026-03-27", f, 2, r["10"]),
        scale("MADRS", 14, "2026-04-13", f, 2, r["12"]),
        scale("MADRS", 15, "2026-05-26", f, 3, "MADRS 15 on 05/26/2026"),
        scale("C-SSRS", 0, "2026-04-13", f, 3, "C-SSRS ideation severity 0 on 04/13/2026"),
        scale("C-SSRS", 0, "2026-05-26", f, 3, "C-SSRS ideation severity 0 on 04/13/2026 and on 05/26/2026"),
    ]
    diagnoses = [
        dx("F33.2", f, 3, "F33.2 Major depressive disorder, recurrent, severe, without psychotic features"),
        dx("I10", f, 3, "I10 Essential hypertension"),
        dx("E11.9", f, 3, "E11.9 Type 2 diabetes mellitus without complications"),
    ]
    return dict(
        slug="07-ect-service-summary-two-courses",
        note=("FICTIONAL case. A hospital ECT service's treatment summary and continuation plan (3-page PDF): two "
              "courses of ECT (2021: 10 RUL treatments 05/03-06/04/2021 plus 8 continuation treatments to "
              "06/14/2022, full remission, depression back in 10/2022 = relapse; 2026: 12 treatments from "
              "03/02/2026 in a session log on p. 2 with an Anaesthetic column, outcome on p. 3 'a response, but not "
              "a remission', continuation ongoing = open), citalopram 2015-05/2021 (slid again while on it = "
              "relapse), nortriptyline 11/2022-09/2023 ('little if any' change), lithium added 04-07/2023 (tremor, "
              "creatinine = augmentation, side effects), venlafaxine XR from 10/2023 (some relief, then as ill as "
              "ever on it = relapse, still taken). Not rows: methohexital, succinylcholine and the ketamine added to "
              "the induction, ondansetron, acetaminophen, temazepam for sleep, TMS declined, esketamine not tried, "
              "husband's donepezil, amlodipine, metformin, atorvastatin. Suicidality active (C-SSRS 3 at referral)."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("active", f, 1, "active suicidal thoughts without a plan (C-SSRS ideation severity 3 at "
                                        "referral)"),
    )


# ---------------------------------------------------------------------------------------------------------------
def case08():
    f = "cedar_fen_outside_records_fax_2026-08-03.pdf"
    p1 = [
        Title("FAX", size=26),
        L("FICTIONAL SAMPLE: invented clinics and patient, for software testing only.", size=9),
        Gap(6),
        T([["Date", "08/03/2026"],
           ["To", "Quillfeather Ketamine & Wellness, attn. intake coordinator"],
           ["Fax", "555-0186"],
           ["From", "Cedar Fen Behavioral Health, Health Information Management"],
           ["Phone / Fax", "555-0181 / 555-0182"],
           ["Pages", "3 (including this cover sheet)"],
           ["Re", "Records request: Lucinda Marchetti-Oyelowo, DOB 12/04/1983"]], header=False, size=10.5),
        Gap(6),
        L("[ ] Urgent     [X] For review     [ ] Please reply     [ ] Please comment", size=10.5),
        Gap(6),
        P("Enclosed, per the signed authorization dated 07/28/2026: the most recent psychiatric progress note "
          "(07/08/2026) and the medication history report. Esketamine session flowsheets are kept by our treatment "
          "center and can be sent separately on request.", size=10.5),
        Gap(10),
        P("CONFIDENTIALITY: the pages that follow hold protected health information, sent only to the person or "
          "office named above for the care of this patient. Anyone else who receives them should not read, copy or "
          "pass them on, and should call us at 555-0181 and destroy them.", size=9),
    ]
    p2 = [
        Title("Cedar Fen Behavioral Health - Psychiatric Progress Note"),
        L("Patient: Lucinda Marchetti-Oyelowo | DOB 12/04/1983 | MRN FICT18-55093 | Date of service: 07/08/2026"),
        L("Clinician: Everett Nwachukwu-Hale, MD | FICTIONAL RECORD"),
        H("Subjective"),
        P("Ms. Marchetti-Oyelowo returns for medication follow-up. Bupropion XL 300 mg, taken since January 2025, "
          "has helped her energy and concentration and she is working full time again, but she still describes "
          "her mood as 'flat' most days and has little enjoyment. She asks about IV ketamine, which a friend found "
          "helpful; we discussed it and she will be referred to Quillfeather for a consultation."),
        P("She continues acceptance and commitment therapy (ACT) with Dr. Saoirse Lindqvist-Amadi every other week, "
          "since March 2025; she says it helps her 'live alongside' the depression, but her mood itself has not "
          "changed."),
        P("Sleep fair. Gabapentin 300 mg three times daily for diabetic neuropathy continues (managed by her "
          "endocrinologist). Hydroxyzine 25 mg as needed, about once a week. Her daughter takes escitalopram and "
          "does well on it; the patient has never taken it and does not want to."),
        H("Risk"),
        P("Denies current suicidal ideation, intent or plan. One suicide attempt, by cutting her wrists, in 2009 "
          "(emergency department, sutured, not admitted); none since. No access to firearms."),
        H("Measures"),
        L("PHQ-9: 17      GAD-7: 12"),
        H("Assessment"),
        P("Recurrent major depressive disorder, moderate (F33.1), with a partial response to bupropion after two "
          "courses of venlafaxine, vortioxetine, a lamotrigine augmentation trial and esketamine; generalized "
          "anxiety disorder (F41.1); type 2 diabetes with neuropathy (E11.42). ECT was recommended in 2024; she "
          "declined it for fear of memory loss."),
        H("Plan"),
        P("Continue bupropion XL 300 mg and ACT. Referral to Quillfeather Ketamine & Wellness for an IV ketamine "
          "consultation. Return in 3 months."),
        L("Electronically signed by Everett Nwachukwu-Hale, MD on 07/08/2026"),
    ]
    meds = [
        ["Medication", "Dose", "Start", "Stop", "Comment"],
        ["Sertraline", "50-200 mg", "06/2018", "04/2019", "No benefit at 200 mg"],
        ["Venlafaxine XR", "75-225 mg", "05/2019", "03/2021", "Remission; tapered off when well"],
        ["Venlafaxine XR", "150-225 mg", "09/2022", "08/2023", "Restarted at recurrence; partial; stopped: night sweats"],
        ["Vortioxetine", "10-20 mg", "08/2023", "02/2024", "No change in mood"],
        ["Lamotrigine", "25-100 mg", "11/2023", "12/2023", "Added to vortioxetine; rash, stopped"],
        ["Esketamine nasal (Spravato)", "56-84 mg", "04/2024", "12/2024",
         "Good response by wk 8; wore off on every-other-week dosing"],
        ["Bupropion XL", "150-300 mg", "01/2025", "", "Active"],
        ["Gabapentin", "300 mg TID", "2022", "", "Active - neuropathy (endocrinology)"],
        ["Hydroxyzine", "25 mg PRN", "2021", "", "Active - as needed for anxiety"],
        ["Trazodone", "50 mg HS PRN", "2019", "2020", "For sleep"],
    ]
    p3 = [
        Title("Medication History Report"),
        L("Patient: Lucinda Marchetti-Oyelowo | MRN FICT18-55093 | Printed 08/03/2026 | FICTIONAL RECORD"),
        T(meds, size=9),
        L("ECT: recommended 07/2024, declined by the patient.   TMS: not done."),
        L("Allergies: lamotrigine (rash)."),
    ]
    doc = Doc(f, "scan", [Page(p1), Page(p2), Page(p3)], font="sans", footer=False, seed=8,
              fax_header="08/03/2026 14:22  FROM: CEDAR FEN BH HIM 555-0182  TO: 5550186  P. {p}/{n}")
    t = {r[0] + r[2]: " ".join(c for c in r if c) for r in meds[1:]}
    history = [
        row("sertraline", "SSRI", "antidepressant", "200 mg", "2018-06", "2019-04", "no benefit at 200 mg",
            "no_response", f, 3, "Sertraline 50-200 mg 06/2018 04/2019 No benefit at 200 mg"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg", "2019-05", "2021-03",
            "remission; tapered off when well", "remission",
            f, 3, "Venlafaxine XR 75-225 mg 05/2019 03/2021 Remission; tapered off when well"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg", "2022-09", "2023-08",
            "restarted at recurrence; partial; stopped: night sweats", "side_effects",
            f, 3, "Restarted at recurrence; partial; stopped: night sweats"),
        row("vortioxetine", "multimodal antidepressant", "antidepressant", "20 mg", "2023-08", "2024-02",
            "no change in mood", "no_response", f, 3, "Vortioxetine 10-20 mg 08/2023 02/2024 No change in mood"),
        row("lamotrigine", "anticonvulsant", "augmentation", "100 mg", "2023-11", "2023-12",
            "added to vortioxetine; rash, stopped", "side_effects",
            f, 3, "Lamotrigine 25-100 mg 11/2023 12/2023 Added to vortioxetine; rash, stopped"),
        row("esketamine", "NMDA receptor antagonist (nasal)", "antidepressant", "84 mg", "2024-04", "2024-12",
            "good response by week 8; wore off on every-other-week dosing", "relapse",
            f, 3, "Good response by wk 8; wore off on every-other-week dosing"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2025-01", None,
            "helped energy and concentration, back at work full time, but mood still 'flat' most days; continues",
            "partial_response", f, 2, "has helped her energy and concentration and she is working full time again, "
                                      "but she still describes her mood as 'flat' most days"),
        row("ACT", "psychotherapy", "psychotherapy", None, "2025-03", None,
            "helps her 'live alongside' the depression, but her mood itself has not changed; continues",
            "no_response", f, 2, "but her mood itself has not changed"),
    ]
    scales = [
        scale("PHQ-9", 17, "2026-07-08", f, 2, "PHQ-9: 17 GAD-7: 12"),
        scale("GAD-7", 12, "2026-07-08", f, 2, "PHQ-9: 17 GAD-7: 12"),
    ]
    diagnoses = [
        dx("F33.1", f, 2, "Recurrent major depressive disorder, moderate (F33.1)"),
        dx("F41.1", f, 2, "generalized anxiety disorder (F41.1)"),
        dx("E11.42", f, 2, "type 2 diabetes with neuropathy (E11.42)"),
    ]
    del t
    return dict(
        slug="08-outside-records-fax-with-cover-sheet",
        note=("FICTIONAL case. Outside records received by fax (image-only 3-page PDF, 200 dpi, fax header on each "
              "page): a cover sheet with no clinical content (p. 1), the sending psychiatrist's last progress note "
              "(p. 2) and a medication history report table (p. 3). Rows: sertraline 06/2018-04/2019 (no benefit), "
              "two courses of venlafaxine XR (05/2019-03/2021 remission, tapered when well; 09/2022-08/2023 partial, "
              "stopped for night sweats = side_effects), vortioxetine (no change), lamotrigine added to "
              "vortioxetine (rash = augmentation), esketamine 04-12/2024 (good response, wore off = relapse), "
              "bupropion XL from 01/2025 (partial, active; p. 2), ACT every other week since 03/2025 (mood itself "
              "unchanged = no_response, continuing). Not rows: the esketamine flowsheets named on the cover sheet, "
              "IV ketamine asked about and referred, ECT declined, TMS not done, daughter's escitalopram, "
              "gabapentin for neuropathy, hydroxyzine as needed, trazodone for sleep. Suicidality attempt (2009)."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("attempt", f, 2, "One suicide attempt, by cutting her wrists, in 2009"),
    )


# ---------------------------------------------------------------------------------------------------------------
def _msg(frm, to, sent, body, quote=None):
    out = [Rule(), L("From: %s    To: %s    Sent: %s" % (frm, to, sent), bold=True, size=9.2)]
    for para in body:
        out.append(P(para))
    if quote:
        for q in quote:
            out.append(P("> " + q, size=8.8, indent=16))
    return out


def case09():
    f = "thimbleton_portal_message_thread_printout.pdf"
    pt, dr, rn = "Priya Ravindran-Holt", "Dr. Anselm Kowalczyk-Reyes", "Tamsin Ibekwe, RN"
    m1 = ("Hi Dr. K, I've been on the sertraline 100 mg for about ten weeks now (since the end of October) and "
          "honestly I don't feel any different. Still crying most days and I can't get myself to the gym. The app "
          "questionnaire says PHQ-9 17 today; my PHQ-9 at the October visit was 18.")
    m1b = ("At my intake you asked what I'd tried before: Prozac in 2019 made me feel like a zombie so I stopped it "
           "after a month, and Lexapro in 2022 did nothing for me at all. Is there something else we can try?")
    p1 = [
        Title("Thimbleton Health - Patient Portal Messages"),
        L("FICTIONAL SAMPLE: invented patient and clinicians, printed for software testing", size=8.8),
        L("Patient: Priya Ravindran-Holt | DOB 04/17/1990 | MRN FICT18-19044 | Thread: 'Medication question' | "
          "Printed 05/02/2026", size=8.8),
    ]
    p1 += _msg(pt, dr, "01/06/2026 9:14 PM", [m1, m1b])
    p1 += _msg(dr, pt, "01/07/2026 8:02 AM", [
        "Thanks for letting me know, Priya. Ten weeks at 100 mg is a fair trial. Let's switch: take sertraline "
        "50 mg for one week, then stop it, and start venlafaxine XR 37.5 mg the day after your last sertraline; "
        "after a week, go up to 75 mg. I've sent the prescription. Please message me in a couple of weeks."],
        quote=["On 01/06/2026 Priya Ravindran-Holt wrote: Hi Dr. K, I've been on the sertraline 100 mg for about "
               "ten weeks now (since the end of October) and honestly I don't feel any different ..."])
    p1 += _msg(pt, dr, "01/20/2026 7:40 PM", [
        "Quick update: my last sertraline was on the 13th and I started the venlafaxine on the 14th. Some nausea in "
        "the mornings but okay. Nurse Tamsin called about the therapy referral - the CBT waitlist is about four "
        "months."])
    p1 += _msg(rn, pt, "01/21/2026 10:15 AM", [
        "Thanks, Priya. Nausea in the first weeks is common and usually settles; try taking it with breakfast. You "
        "are on the waitlist for CBT at Thimbleton Behavioral Health, and we will call you when a place opens."])
    p2 = []
    p2 += _msg(pt, dr, "02/24/2026 6:55 PM", [
        "The nausea went away after about two weeks. Mood maybe a little lighter? My sister says Wellbutrin worked "
        "wonders for her - could I try that instead?"])
    p2 += _msg(dr, pt, "02/25/2026 12:30 PM", [
        "Glad the nausea has settled. Let's give venlafaxine a proper chance before adding anything: go up to "
        "150 mg from tomorrow. On nights you can't sleep you can take trazodone 50 mg at bedtime as needed."],
        quote=["My sister says Wellbutrin worked wonders for her - could I try that instead?"])
    p2 += _msg(pt, dr, "03/30/2026 11:48 PM", [
        "On 150 for a month now. I think I'm maybe a bit better? Hard to say. Some nights I think everyone would be "
        "better off without me, but I would never do anything, I promise."])
    p2 += _msg(rn, pt, "03/31/2026 8:20 AM", [
        "Thank you for telling us, Priya. I called you this morning as Dr. K asked: you told me you have no plan "
        "and no intention of acting on these thoughts, and we went through your safety plan together. If the "
        "thoughts get stronger, call or text 988 at any time, or call us at 555-0125."])
    p2 += _msg(pt, dr, "04/28/2026 5:12 PM", [
        "Update: definitely better than in January. I'm sleeping, back at the gym twice a week, but still low most "
        "afternoons and not really enjoying things. The PHQ-9 in the app today was 11."])
    p2 += _msg(dr, pt, "04/29/2026 9:05 AM", [
        "That's real progress, a partial response. Let's stay at 150 mg for now and talk at your visit on 05/12. If "
        "you are still low then, we could raise it to 225 mg or think about adding something. The diagnosis on "
        "your chart is major depressive disorder, recurrent, moderate (F33.1). The propranolol from your migraine "
        "doctor is fine to take with venlafaxine."])
    doc = Doc(f, "pdf", [Page(p1), Page(p2)], font="lsans",
              header="Thimbleton Health Patient Portal | Ravindran-Holt, Priya | FICT18-19044 | FICTIONAL")
    history = [
        row("fluoxetine", "SSRI", "antidepressant", None, "2019", "2019",
            "made me feel like a zombie; stopped after a month", "side_effects",
            f, 1, "Prozac in 2019 made me feel like a zombie so I stopped it after a month"),
        row("escitalopram", "SSRI", "antidepressant", None, "2022", "2022", "did nothing for me at all",
            "no_response", f, 1, "Lexapro in 2022 did nothing for me at all"),
        row("sertraline", "SSRI", "antidepressant", "100 mg", "2025-10", "2026-01-13",
            "about ten weeks, 'honestly I don't feel any different'", "no_response",
            f, 1, "I've been on the sertraline 100 mg for about ten weeks now (since the end of October) and "
                  "honestly I don't feel any different"),
        row("venlafaxine", "SNRI", "antidepressant", "150 mg", "2026-01-14", None,
            "definitely better (sleeping, back at the gym) but still low most afternoons; 'a partial response'",
            "partial_response", f, 2, "That's real progress, a partial response"),
    ]
    scales = [
        scale("PHQ-9", 18, "2025-10", f, 1, "my PHQ-9 at the October visit was 18"),
        scale("PHQ-9", 17, "2026-01-06", f, 1, "The app questionnaire says PHQ-9 17 today"),
        scale("PHQ-9", 11, "2026-04-28", f, 2, "The PHQ-9 in the app today was 11"),
    ]
    diagnoses = [dx("F33.1", f, 2, "major depressive disorder, recurrent, moderate (F33.1)")]
    return dict(
        slug="09-patient-portal-message-thread",
        note=("FICTIONAL case. A patient-portal message thread printed to PDF (2 pages, ten messages with From / To "
              "/ Sent headers; two replies quote the message they answer). Rows: fluoxetine 2019 ('like a zombie', "
              "stopped after a month) and escitalopram 2022 ('did nothing') told by the patient; sertraline 100 mg "
              "from the end of October 2025, no different at ten weeks, last dose 01/13/2026; venlafaxine XR from "
              "01/14/2026, a guess in March, then 'definitely better ... still low' and the doctor's 'a partial "
              "response' on p. 2 (continued). Not rows: the quoted repeats, the CBT waitlist (never started), "
              "sister's Wellbutrin, trazodone as needed for sleep, propranolol for migraine, 225 mg or an add-on "
              "considered. Suicidality passive ('everyone would be better off without me', no plan or intent)."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("passive", f, 2, "Some nights I think everyone would be better off without me"),
    )


# ---------------------------------------------------------------------------------------------------------------
def case10():
    f = "willowbrake_dbt_group_attendance_and_discharge.docx"
    import datetime as _dt
    mods = (["Mindfulness"] * 2 + ["Distress tolerance"] * 6 + ["Mindfulness"] * 2 + ["Emotion regulation"] * 6
            + ["Mindfulness"] * 2 + ["Interpersonal effectiveness"] * 6)
    absent = {4: "No - no call", 9: "No - no call", 13: "Excused (ill)", 18: "No - no call", 21: "Excused (work)"}
    phq = {1: 20, 5: 19, 10: 17, 14: 15, 19: 14, 24: 13}
    notes = {1: "orientation; diary card explained", 2: "quiet; completed diary card", 3: "TIPP skill practised",
             5: "used TIPP after an argument", 6: "left 20 min early", 7: "shared a skills success",
             8: "self-harm urge, no action", 10: "diary card incomplete", 11: "check the facts exercise",
             12: "opposite action role play", 14: "reports no self-harm for 3 weeks",
             15: "homework done", 16: "module test passed", 17: "wise mind practice",
             19: "DEAR MAN role play", 20: "asked good questions", 22: "GIVE skills",
             23: "planning for after group", 24: "graduation; all four modules completed"}
    rows_ = [["Session", "Date", "Module", "Attended", "PHQ-9", "Facilitator note"]]
    d0 = _dt.date(2026, 1, 13)
    for i in range(1, 25):
        d = d0 + _dt.timedelta(weeks=i - 1)
        rows_.append([str(i), d.strftime("%m/%d/%Y"), mods[i - 1], absent.get(i, "Yes"),
                      str(phq[i]) if i in phq else "-", notes.get(i, "")])
    blocks = [
        Title("Willowbrake Behavioral Health - Group Therapy Attendance and Progress Record"),
        L("FICTIONAL SAMPLE RECORD: invented participant, facilitators and program, for software testing only."),
        T([["Participant", "Josephine Adebayo-Kroll"], ["DOB", "08/22/1997"], ["Record no.", "FICT18-72210"],
           ["Referred by", "Dr. Nadia Thorsby (outpatient psychiatrist)"],
           ["Program", "DBT skills group, Tuesdays 5:30-7:30 pm, 24 weeks (four modules)"],
           ["Facilitators", "Lorcan Meadows, LCSW; Priyanka Osei-Varga, PhD"]], header=False),
        H("Referral summary (from the intake of 01/06/2026)"),
        P("Ms. Adebayo-Kroll has recurrent major depression (F33.1) and borderline personality disorder (F60.3), "
          "with chronic passive suicidal thoughts and self-harm since her teens. She has made two suicide attempts: "
          "an overdose in 2019 and an interrupted hanging in 2023. At intake she reported passive ideation without "
          "plan or intent."),
        P("Medication, from Dr. Thorsby's referral letter: escitalopram 10-20 mg in 2017 for about six weeks, no "
          "effect; sertraline 100 mg from 2018 to 2019, stopped because it made her feel 'numb' (she later took the "
          "leftover tablets in the 2019 overdose); fluoxetine since 03/2024, now 40 mg, which 'helps a bit' with "
          "her mood but not with the emptiness. Quetiapine 25 mg as needed for agitation, rarely used."),
        P("Previous therapy: a 12-session CBT group for depression at another clinic (09/2024 to 11/2024); she "
          "attended 5 of the 12 sessions, the last on 10/15/2024, and stopped going, saying she 'didn't get much "
          "out of it'. She has not had individual DBT; she sees Dr. Thorsby monthly for medication only. Her "
          "mother attends our Family Connections group for relatives (6 sessions, spring 2026)."),
        H("Attendance"),
        T(rows_),
        L("PHQ-9 is completed about every four to five weeks and at the last session."),
        H("Discharge summary (06/30/2026)"),
        P("Ms. Adebayo-Kroll completed the DBT skills group, attending 19 of 24 sessions (01/13/2026 to "
          "06/23/2026). Self-harm fell from weekly at intake to none since April, and she now uses distress-"
          "tolerance skills on her own. Her depression improved partly (PHQ-9 20 at the first session, 13 at the "
          "last) but has not remitted. Passive suicidal thoughts continue about once a week, without plan or "
          "intent."),
        P("Recommendations: individual DBT therapy if she can find a provider (none in network within 40 miles; she "
          "is on two waitlists); continue fluoxetine with Dr. Thorsby, who is considering an increase or a switch; "
          "consider the graduate skills group in the autumn."),
        L("Lorcan Meadows, LCSW, group facilitator - signed 06/30/2026 (FICTIONAL)"),
    ]
    doc = Doc(f, "docx", [Page(blocks)])
    history = [
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2017", "2017", "about six weeks, no effect",
            "no_response", f, 1, "escitalopram 10-20 mg in 2017 for about six weeks, no effect"),
        row("sertraline", "SSRI", "antidepressant", "100 mg", "2018", "2019", "made her feel 'numb'; stopped",
            "side_effects", f, 1, "sertraline 100 mg from 2018 to 2019, stopped because it made her feel 'numb'"),
        row("fluoxetine", "SSRI", "antidepressant", "40 mg", "2024-03", None,
            "'helps a bit' with her mood but not with the emptiness; continues", "partial_response",
            f, 1, "fluoxetine since 03/2024, now 40 mg, which 'helps a bit' with her mood"),
        row("CBT", "psychotherapy (group)", "psychotherapy", "5 of 12 sessions", "2024-09", "2024-10-15",
            "stopped going; 'didn't get much out of it'", "no_response",
            f, 1, "stopped going, saying she 'didn't get much out of it'"),
        row("DBT", "psychotherapy (skills group)", "psychotherapy", "19 of 24 sessions", "2026-01-13", "2026-06-23",
            "self-harm stopped; depression improved partly (PHQ-9 20 to 13) but has not remitted",
            "partial_response", f, 1, "Her depression improved partly (PHQ-9 20 at the first session, 13 at the "
                                      "last) but has not remitted"),
    ]
    scales = [scale("PHQ-9", phq[i], "2026-%s-%s" % (rows_[i][1][:2], rows_[i][1][3:5]), f, 1, " ".join(
        c for c in rows_[i] if c)) for i in sorted(phq)]
    diagnoses = [dx("F33.1", f, 1, "recurrent major depression (F33.1)"),
                 dx("F60.3", f, 1, "borderline personality disorder (F60.3)")]
    return dict(
        slug="10-dbt-group-attendance-record-docx",
        note=("FICTIONAL case. An outpatient program's DBT skills group attendance and progress record (DOCX): a "
              "24-row attendance table (dates, module, attended / no call / excused, a monthly PHQ-9), the referral "
              "summary and a discharge summary. Rows: DBT skills group 19 of 24 sessions 01/13-06/23/2026 (self-harm "
              "stopped, depression 'improved partly ... has not remitted' = partial), an earlier CBT group (5 of 12 "
              "sessions, last 10/15/2024, 'didn't get much out of it'), escitalopram 2017 (no effect), sertraline "
              "2018-2019 ('numb'), fluoxetine since 03/2024 ('helps a bit', continues). Not rows: the sertraline "
              "taken in the 2019 overdose (no second trial), quetiapine as needed, the mother's Family Connections "
              "group, individual DBT recommended (waitlists), the graduate group, Dr. Thorsby's possible increase "
              "or switch. Suicidality attempt (2019, 2023); passive now. Scales: six PHQ-9 from the table."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("attempt", f, 1, "She has made two suicide attempts"),
    )


# ---------------------------------------------------------------------------------------------------------------
def case11():
    f1, f2 = "spravato_record_photo_1.jpg", "spravato_record_photo_2.jpg"
    page1 = [
        Title("Esketamine (Spravato) Treatment Record"),
        L("Bellwether Interventional Psychiatry | FICTIONAL SAMPLE (invented patient and clinic)"),
        L("Patient: Augustin Ferreira-Blackwood | DOB 06/03/1974 | Chart FICT18-60371"),
        L("Diagnoses: F33.2 major depressive disorder, recurrent, severe, without psychosis; I10 hypertension"),
        H("Antidepressant trials documented at intake (04/28/2026)"),
        L("1. Citalopram 40 mg, 03/2019 - 01/2020: no improvement."),
        L("2. Duloxetine 60-90 mg, 02/2020 - 05/2022: good first year, then lost effect."),
        L("3. Mirtazapine 45 mg, 06/2022 - 04/2023: stopped for weight gain (30 lb)."),
        L("4. Sertraline 200 mg, 05/2023 - present: partial response; continues as the oral antidepressant."),
        L("5. Interpersonal therapy, 16 sessions, 2021: helped with the divorce; depression persisted."),
        L("Not tried: ECT (declined), TMS (no center within 60 miles). His mother had ECT in the 1980s."),
        H("Intake measures (04/28/2026)"),
        L("PHQ-9 25 | MADRS 38 | C-SSRS ideation severity 1 (wish to be dead), no behavior"),
        H("Program"),
        P("Induction twice weekly for 4 weeks (56 mg first dose, then 84 mg), weekly for weeks 5-8, then weekly or "
          "every other week. Blood pressure before the dose and at 40 minutes; observation for 2 hours; driven home "
          "by his brother. REMS enrolment 04/28/2026."),
    ]
    log = [["#", "Date", "Dose", "BP pre", "BP 40 min", "Dissociation", "Notes"],
           ["1", "05/05/2026", "56 mg", "138/86", "150/92", "mild", "PHQ-9 25; ondansetron 4 mg pre-dose"],
           ["2", "05/08/2026", "84 mg", "136/84", "152/90", "mild", ""],
           ["3", "05/12/2026", "84 mg", "140/88", "158/94", "moderate", ""],
           ["4", "05/15/2026", "84 mg", "134/82", "146/88", "mild", "PHQ-9 19"],
           ["5", "05/19/2026", "84 mg", "138/84", "150/90", "mild", ""],
           ["6", "05/22/2026", "84 mg", "142/88", "172/98", "mild", "clonidine 0.1 mg; 148/90 at 90 min"],
           ["7", "05/26/2026", "84 mg", "136/86", "154/92", "mild", ""],
           ["8", "05/29/2026", "84 mg", "132/82", "148/88", "minimal", "PHQ-9 12; response"],
           ["9", "06/05/2026", "84 mg", "134/84", "146/88", "minimal", "weekly from here"],
           ["10", "06/12/2026", "84 mg", "130/80", "144/86", "minimal", ""],
           ["11", "06/19/2026", "84 mg", "136/82", "148/90", "minimal", ""],
           ["12", "06/26/2026", "84 mg", "134/84", "150/88", "minimal", "PHQ-9 11"],
           ["13", "07/03/2026", "84 mg", "132/80", "144/86", "minimal", ""],
           ["14", "07/10/2026", "84 mg", "136/84", "146/88", "minimal", ""],
           ["15", "07/17/2026", "84 mg", "134/82", "148/86", "minimal", ""],
           ["16", "07/24/2026", "84 mg", "130/80", "142/84", "minimal", "PHQ-9 10; every other week next"],
           ["17", "08/07/2026", "84 mg", "132/82", "146/88", "minimal", ""],
           ["18", "08/21/2026", "84 mg", "134/84", "148/86", "minimal", ""],
           ["19", "09/04/2026", "84 mg", "130/82", "144/86", "minimal", ""],
           ["20", "09/18/2026", "84 mg", "132/80", "146/88", "minimal", "PHQ-9 10; stable"]]
    page2 = [
        Title("Esketamine session log, sessions 1-20"),
        L("Augustin Ferreira-Blackwood | Chart FICT18-60371 | FICTIONAL SAMPLE"),
        T(log, size=9.4),
        H("Course summary (09/18/2026)"),
        P("Response by week 4 (PHQ-9 25 -> 12) and maintained; not in remission (PHQ-9 10). Continue esketamine "
          "84 mg every other week with sertraline 200 mg. No suicidal ideation at any session since the first. "
          "- Dr. Maren Castellano-Voss (FICTIONAL)"),
    ]
    d1 = Doc(f1, "photo", [Page(page1)], font="sans", footer=False, seed=11)
    d2 = Doc(f2, "photo", [Page(page2)], font="sans", footer=False, seed=12)
    history = [
        row("citalopram", "SSRI", "antidepressant", "40 mg", "2019-03", "2020-01", "no improvement", "no_response",
            f1, 1, "1. Citalopram 40 mg, 03/2019 - 01/2020: no improvement."),
        row("duloxetine", "SNRI", "antidepressant", "90 mg", "2020-02", "2022-05",
            "good first year, then lost effect", "relapse",
            f1, 1, "2. Duloxetine 60-90 mg, 02/2020 - 05/2022: good first year, then lost effect."),
        row("mirtazapine", "NaSSA", "antidepressant", "45 mg", "2022-06", "2023-04",
            "stopped for weight gain (30 lb)", "side_effects",
            f1, 1, "3. Mirtazapine 45 mg, 06/2022 - 04/2023: stopped for weight gain (30 lb)."),
        row("sertraline", "SSRI", "antidepressant", "200 mg", "2023-05", None,
            "partial response; continues as the oral antidepressant", "partial_response",
            f1, 1, "4. Sertraline 200 mg, 05/2023 - present: partial response"),
        row("IPT", "psychotherapy", "psychotherapy", "16 sessions", "2021", "2021",
            "helped with the divorce; depression persisted", "no_response",
            f1, 1, "5. Interpersonal therapy, 16 sessions, 2021: helped with the divorce; depression persisted."),
        row("esketamine", "NMDA receptor antagonist (nasal)", "antidepressant", "84 mg", "2026-05-05", None,
            "response by week 4 and maintained; not in remission; continues every other week", "partial_response",
            f2, 1, "Response by week 4 (PHQ-9 25 -> 12) and maintained; not in remission (PHQ-9 10)"),
    ]
    lr = {r[0]: " ".join(c for c in r if c) for r in log[1:]}
    intake = "PHQ-9 25 | MADRS 38 | C-SSRS ideation severity 1 (wish to be dead), no behavior"
    scales = [
        scale("PHQ-9", 25, "2026-04-28", f1, 1, intake), scale("MADRS", 38, "2026-04-28", f1, 1, intake),
        scale("C-SSRS", 1, "2026-04-28", f1, 1, intake),
        scale("PHQ-9", 25, "2026-05-05", f2, 1, lr["1"]), scale("PHQ-9", 19, "2026-05-15", f2, 1, lr["4"]),
        scale("PHQ-9", 12, "2026-05-29", f2, 1, lr["8"]), scale("PHQ-9", 11, "2026-06-26", f2, 1, lr["12"]),
        scale("PHQ-9", 10, "2026-07-24", f2, 1, lr["16"]), scale("PHQ-9", 10, "2026-09-18", f2, 1, lr["20"]),
    ]
    diagnoses = [dx("F33.2", f1, 1, "F33.2 major depressive disorder, recurrent, severe"),
                 dx("I10", f1, 1, "I10 hypertension")]
    return dict(
        slug="11-esketamine-record-phone-photos",
        note=("FICTIONAL case. Two phone photos (JPEG) of a printed esketamine treatment-center record: the intake "
              "page with a numbered list of prior trials and intake measures (photo 1), and the session log of 20 "
              "sessions with blood pressure, dissociation and PHQ-9 columns plus the course summary (photo 2). Rows: "
              "citalopram 03/2019-01/2020 (no improvement), duloxetine 02/2020-05/2022 (good first year, then lost "
              "effect = relapse), mirtazapine 06/2022-04/2023 (weight gain), sertraline from 05/2023 (partial, "
              "continues), IPT 16 sessions 2021 (depression persisted), esketamine from 05/05/2026 (response by "
              "week 4, not in remission, continuing every other week = partial, open; an antidepressant). Not rows: "
              "ondansetron and clonidine given at sessions, ECT declined, TMS not available, mother's ECT. "
              "Suicidality passive (C-SSRS 1 at intake)."),
        docs=[d1, d2], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("passive", f1, 1, "C-SSRS ideation severity 1 (wish to be dead), no behavior"),
    )


# ---------------------------------------------------------------------------------------------------------------
def case12():
    f = "hoja_interconsulta_psiquiatria_2026-10-02.txt"
    text = """CENTRO DE SALUD SAN AURELIO DEL MONTE -- MEDICINA FAMILIAR
HOJA DE INTERCONSULTA / REFERENCIA A PSIQUIATRÍA
*** MUESTRA FICTICIA -- FICTIONAL SAMPLE: paciente y médicos inventados, solo para pruebas de software ***

Fecha de envío: 02/10/2026 (las fechas de este documento están en formato día/mes/año)
Paciente: Rosaura Villaseñor Etxeberria       Fecha de nacimiento: 19/07/1971 (55 años)     Sexo: F
Expediente: FICT18-90877                       Afiliación: Plan de Salud Cordillera (ficticio)
Médico que refiere: Dr. Leandro Maturana Okoye, Medicina Familiar        Tel. 555-0193
Servicio solicitado: Psiquiatría de adultos -- valoración de depresión resistente
Prioridad: [ ] Urgente   [X] Preferente   [ ] Ordinaria

MOTIVO DE LA INTERCONSULTA
Mujer de 55 años con trastorno depresivo mayor recurrente, episodio actual moderado (F33.1), que no ha
respondido de forma suficiente a varios antidepresivos en atención primaria. Solicito valoración y
orientación terapéutica.

ANTECEDENTES
- Diabetes mellitus tipo 2 (E11.9), en tratamiento con metformina 850 mg cada 12 horas.
- Hipertensión arterial (I10), con losartán 50 mg al día.
- Sin antecedentes de manía ni de psicosis. No consume alcohol ni otras sustancias.
- Familiares: su hija toma escitalopram con buena respuesta; su padre recibió TEC en los años noventa.

HISTORIA DE TRATAMIENTOS (resumen)
1. Paroxetina 20 mg de 2018 a 2019: respuesta completa; se retiró en 2019 porque estaba asintomática.
2. Sertralina de 50 a 150 mg, desde 03/2021 hasta 10/2021: sin mejoría.
3. Venlafaxina de 75 a 225 mg, desde 11/2021 hasta 05/2023: mejoría parcial, pero se suspendió por
   hipertensión (cifras de 165/100).
4. Quetiapina 150 mg añadida a la venlafaxina de 02/2022 a 05/2022: somnolencia excesiva, la dejó.
5. Terapia cognitivo-conductual (TCC) en grupo, 8 sesiones, otoño de 2022: "me ayudó a entender lo que
   me pasa", pero el ánimo siguió igual.
6. Bupropión de 150 a 300 mg desde 06/2023 (actual): respuesta parcial; más energía, sigue triste.
7. Mirtazapina 30 mg añadida al bupropión desde 09/2024 (actual): ayudó al sueño; el ánimo sigue bajo.

Otros: clonazepam 0,5 mg si precisa por ansiedad (lo usa una o dos veces al mes). En 2024 se le recetó
litio, pero no llegó a tomarlo por miedo a los análisis de sangre. Nunca ha recibido TEC ni EMT.

SITUACIÓN ACTUAL (consulta del 02/10/2026)
Refiere ánimo bajo la mayor parte del día, anhedonia, cansancio y dificultad para concentrarse en el
trabajo. Duerme mejor desde la mirtazapina. PHQ-9: 20 (02/10/2026). GAD-7: 13 (02/10/2026). En marzo
de 2025 el PHQ-9 fue de 16.
Riesgo: ideación suicida pasiva ocasional ("a veces pienso que sería mejor no despertar"), sin plan
ni intención. Sin intentos previos. Vive con su esposo; buena red de apoyo.

PLAN / SOLICITUD
Valorar ajuste del tratamiento: potenciación (litio o aripiprazol) o esketamina intranasal. Mientras
tanto continúa con bupropión 300 mg y mirtazapina 30 mg. Se recomienda psicoterapia individual.

Firma: Dr. Leandro Maturana Okoye -- Medicina Familiar (ficticio)
"""
    doc = Doc(f, "txt", text=text)
    history = [
        row("paroxetine", "SSRI", "antidepressant", "20 mg", "2018", "2019",
            "respuesta completa; se retiró porque estaba asintomática", "remission",
            f, 1, "respuesta completa; se retiró en 2019 porque estaba asintomática"),
        row("sertraline", "SSRI", "antidepressant", "150 mg", "2021-03", "2021-10", "sin mejoría", "no_response",
            f, 1, "Sertralina de 50 a 150 mg, desde 03/2021 hasta 10/2021: sin mejoría"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg", "2021-11", "2023-05",
            "mejoría parcial, pero se suspendió por hipertensión", "side_effects",
            f, 1, "mejoría parcial, pero se suspendió por hipertensión"),
        row("quetiapine", "atypical antipsychotic", "augmentation", "150 mg", "2022-02", "2022-05",
            "somnolencia excesiva, la dejó", "side_effects",
            f, 1, "Quetiapina 150 mg añadida a la venlafaxina de 02/2022 a 05/2022: somnolencia excesiva, la dejó"),
        row("CBT", "psychotherapy (group)", "psychotherapy", "8 sesiones", "2022", "2022",
            "'me ayudó a entender lo que me pasa', pero el ánimo siguió igual", "no_response",
            f, 1, "pero el ánimo siguió igual"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2023-06", None,
            "respuesta parcial; más energía, sigue triste", "partial_response",
            f, 1, "respuesta parcial; más energía, sigue triste"),
        row("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2024-09", None,
            "ayudó al sueño; el ánimo sigue bajo", "no_response",
            f, 1, "ayudó al sueño; el ánimo sigue bajo"),
    ]
    scales = [
        scale("PHQ-9", 20, "2026-10-02", f, 1, "PHQ-9: 20 (02/10/2026)"),
        scale("GAD-7", 13, "2026-10-02", f, 1, "GAD-7: 13 (02/10/2026)"),
        scale("PHQ-9", 16, "2025-03", f, 1, "En marzo de 2025 el PHQ-9 fue de 16"),
    ]
    diagnoses = [
        dx("F33.1", f, 1, "episodio actual moderado (F33.1)"),
        dx("E11.9", f, 1, "Diabetes mellitus tipo 2 (E11.9)"),
        dx("I10", f, 1, "Hipertensión arterial (I10)"),
    ]
    return dict(
        slug="12-hoja-interconsulta-espanol-txt",
        note=("FICTIONAL case. A family doctor's referral to psychiatry in Spanish (plain text, MUESTRA FICTICIA), "
              "dates day/month/year as the header says, a numbered treatment history. Rows: paroxetina 2018-2019 "
              "(respuesta completa, retirada asintomática = remission), sertralina 03-10/2021 (sin mejoría), "
              "venlafaxina 11/2021-05/2023 (mejoría parcial, suspendida por hipertensión = side_effects), "
              "quetiapina añadida a la venlafaxina 02-05/2022 (somnolencia = augmentation, side effects), TCC en "
              "grupo 8 sesiones otoño de 2022 (ánimo igual), bupropión desde 06/2023 (parcial, actual), mirtazapina "
              "añadida al bupropión desde 09/2024 (sleep helped, mood still low = no_response, actual; an "
              "antidepressant added to one). Not rows: hija's escitalopram, padre's TEC, litio prescribed but never "
              "taken, 'Nunca ha recibido TEC ni EMT', clonazepam si precisa, metformina, losartán, the plan's litio "
              "/ aripiprazol / esketamina. Suicidality passive."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("passive", f, 1, "ideación suicida pasiva ocasional"),
    )


CASES = [case07, case08, case09, case10, case11, case12]
