"""notes19 cases 07-12. Every person, school, plan, pharmacy, number and place here is FICTIONAL."""
from helpers import D, H, S, SI, src, truth
from model import Doc

# ------------------------------------------------------------------------------------------------ case 07


def case07():
    slug = "07-school-counselor-letter-docx"
    d = Doc("school_counselor_letter_2026-11-16.docx", "docx",
            header="Westbrook Valley High School (FICTIONAL) - Counseling Office - 2200 Larch Ave, Pine Hollow, OR - 555-0124")
    d.title("Letter from the school counselor - FICTIONAL SAMPLE RECORD")
    d.line("November 16, 2026")
    d.line("To: Farah Lindgren-Osei, MD, Maple Grove Child & Adolescent Psychiatry (FICTIONAL)")
    d.line("Re: Elias (Eli) Thornbury-Nakamura, grade 10, date of birth 05/19/2011")
    d.line("Release of information signed by his mother, Naomi Thornbury, on 11/10/2026 (copy enclosed).")
    d.p("Dear Dr. Lindgren-Osei,")
    d.p("Mrs. Thornbury asked me to write to you before Eli's first appointment with you. I am his school "
        "counselor and have known him since he started ninth grade in August 2025. I am not a clinician; what "
        "follows is what I have seen at school and what his mother has told me, and I have tried to say which "
        "is which.")
    d.p("In the fall of 2025, a few weeks after his father was deployed overseas, three of his teachers "
        "referred him to me because he had stopped handing in work and sat alone at lunch. He joined our "
        "school-based CBT skills group ('Coping with Stress', eight weekly sessions, 09/17/2025 to 11/05/2025) "
        "and came to seven of the eight sessions. On the feedback form he wrote that the group was 'kind of "
        "pointless', and his teachers and I saw no change in his withdrawal that fall.")
    d.p("Mrs. Thornbury tells me that his pediatrician had tried sertraline 25 mg in the summer of 2025; after "
        "about two weeks it gave him stomach aches every morning and he stopped it.")
    d.p("In February 2026 his pediatrician, Dr. Grace Okonkwo-Bailey, started fluoxetine 10 mg and raised it to "
        "20 mg in March. By April his teachers noticed that he was taking part in class again, and by the end "
        "of the school year his mother said he was 'back to himself.' His spring screening PHQ-9 (04/22/2026) "
        "was 7.")
    d.p("Since school resumed in September 2026 things have gone backward: his grades have dropped in every "
        "class but art, he eats lunch in the library, and he told me that 'the heaviness is back.' His mother "
        "confirms that he still takes the fluoxetine every morning and has not missed doses.")
    d.p("Since March 2026 he has also seen Jolene Marchetti, LPC, every other week for interpersonal therapy "
        "for adolescents (IPT-A). Mrs. Thornbury says it helps him talk about his father being away, but that "
        "his mood at home is the same as it was before he started.")
    d.p("On 10/08/2026 Eli wrote in a journal assignment that he 'wouldn't mind not waking up some days.' I "
        "completed our district's suicide risk screening with him that day: passive thoughts of death, no "
        "thoughts of killing himself, no plan, no past attempts. His mother came in that afternoon and we wrote "
        "a safety plan together; she has locked away the medicines at home. His PHQ-9 (adolescent version), "
        "done with me on 10/09/2026, was 16.")
    d.p("Other things that may help you: he takes guanfacine ER 2 mg for ADHD (the pediatrician's form lists "
        "F32.1, major depressive disorder, single episode, moderate, and F90.0, ADHD, predominantly inattentive "
        "type). The school nurse gives him ibuprofen as needed for headaches. His older sister, who is at "
        "college, takes sertraline and has talked with him about it. Dr. Okonkwo-Bailey mentioned to Mrs. "
        "Thornbury that she might add bupropion, but she wanted your opinion first.")
    d.p("Eli is funny, kind to younger students, and a gifted artist. Please call me at 555-0124 if I can help "
        "with a school plan.")
    d.p("Sincerely,")
    d.p("Delphine Ravensworth, M.Ed., School Counselor")
    F = d.filename
    t = truth(
        "FICTIONAL case. A high-school counselor's letter (DOCX) about a 15-year-old, part observation, part the "
        "mother's account. Rows: a school CBT skills group 09/17-11/05/2025, 7 of 8 sessions, 'kind of pointless' "
        "(no response); sertraline 25 mg summer 2025, two weeks, stomach aches; fluoxetine from 02/2026, 20 mg, "
        "'back to himself' by June then 'the heaviness is back' since 09/2026 while still taking it (relapse, "
        "open); IPT-A every other week since 03/2026, mood the same (no response, open). Not rows: guanfacine for "
        "ADHD, ibuprofen as needed, sister's sertraline, bupropion mentioned. Suicidality passive (district "
        "screen). PHQ-9 adolescent version read as PHQ-9.",
        [
            H("CBT", "psychotherapy", "psychotherapy", "7 of 8 sessions", "2025-09-17", "2025-11-05",
              "'kind of pointless'; no change in his withdrawal", "no_response",
              src(F, 1, "his teachers and I saw no change in his withdrawal that fall")),
            H("sertraline", "SSRI", "antidepressant", "25 mg", "2025", "2025",
              "after about two weeks it gave him stomach aches every morning and he stopped it", "side_effects",
              src(F, 1, "after about two weeks it gave him stomach aches every morning and he stopped it")),
            H("fluoxetine", "SSRI", "antidepressant", "20 mg", "2026-02", None,
              "'back to himself' by the end of the school year; since September 2026 'the heaviness is back', "
              "still taking it", "relapse",
              src(F, 1, "he told me that 'the heaviness is back.'")),
            H("IPT", "psychotherapy", "psychotherapy", "every other week", "2026-03", None,
              "helps him talk about his father being away, but his mood at home is the same", "no_response",
              src(F, 1, "his mood at home is the same as it was before he started")),
        ],
        [
            S("PHQ-9", 7, "2026-04-22", src(F, 1, "His spring screening PHQ-9 (04/22/2026) was 7")),
            S("PHQ-9", 16, "2026-10-09", src(F, 1, "done with me on 10/09/2026, was 16")),
        ],
        [
            D("F32.1", src(F, 1, "F32.1, major depressive disorder, single episode, moderate")),
            D("F90.0", src(F, 1, "F90.0, ADHD, predominantly inattentive type")),
        ],
        SI("passive", src(F, 1, "passive thoughts of death, no thoughts of killing himself, no plan")),
    )
    return slug, [d], t


# ------------------------------------------------------------------------------------------------ case 08


def case08():
    slug = "08-insurer-pharmacy-claims-with-reversals"
    d = Doc("pharmacy_claims_history_FICT-SHP-448210.pdf", "pdf", landscape=True, font="DejaVuSansMono", size=8,
            header="Summit Harbor Health Plan (FICTIONAL) - Pharmacy Benefit Services - FICTIONAL SAMPLE RECORD",
            margin=36)
    ph = "CORNER DRUG #12"
    mo = "SUMMIT MAIL RX"
    P1, P2 = "NAKASHIMA, R", "BELLAMY, T"
    head = ["Svc date", "Rx #", "Drug (label name)", "Strength", "Qty", "DS", "Pharmacy", "Prescriber", "Status",
            "Reject / reversal detail"]
    fills = [
        ("01/06/2025", "6610231", "ESCITALOPRAM OXALATE", "10 MG", "30", "30", ph, P1, "PAID", ""),
        ("01/06/2025", "6610240", "LEVOTHYROXINE SODIUM", "50 MCG", "90", "90", ph, P2, "PAID", ""),
        ("02/03/2025", "6610231", "ESCITALOPRAM OXALATE", "10 MG", "30", "30", ph, P1, "PAID", ""),
        ("02/20/2025", "6611877", "ESCITALOPRAM OXALATE", "20 MG", "30", "30", ph, P1, "PAID", ""),
        ("02/20/2025", "6611877", "ESCITALOPRAM OXALATE", "20 MG", "30", "30", ph, P1, "REVERSED",
         "Reversed 02/20/2025: duplicate submission"),
        ("03/21/2025", "6611877", "ESCITALOPRAM OXALATE", "20 MG", "30", "30", ph, P1, "PAID", ""),
        ("04/07/2025", "6612990", "LEVOTHYROXINE SODIUM", "50 MCG", "90", "90", ph, P2, "PAID", ""),
        ("04/19/2025", "6611877", "ESCITALOPRAM OXALATE", "20 MG", "30", "30", ph, P1, "PAID", ""),
        ("05/12/2025", "6620450", "SERTRALINE HCL", "50 MG", "30", "30", ph, P1, "PAID", ""),
        ("06/10/2025", "6621982", "SERTRALINE HCL", "100 MG", "30", "30", ph, P1, "PAID", ""),
        ("07/09/2025", "6621982", "SERTRALINE HCL", "100 MG", "30", "30", ph, P1, "PAID", ""),
        ("07/09/2025", "6622004", "OMEPRAZOLE DR", "20 MG", "30", "30", ph, P2, "PAID", ""),
        ("08/08/2025", "6621982", "SERTRALINE HCL", "100 MG", "30", "30", ph, P1, "PAID", ""),
        ("08/14/2025", "6624410", "BUPROPION HCL XL", "150 MG", "30", "30", ph, P1, "PAID", ""),
        ("08/14/2025", "6624410", "BUPROPION HCL XL", "150 MG", "30", "30", ph, P1, "REVERSED",
         "Reversed 08/25/2025: not picked up, returned to stock"),
        ("09/07/2025", "6625533", "SERTRALINE HCL", "100 MG", "45", "30", ph, P1, "PAID", ""),
        ("10/06/2025", "6625533", "SERTRALINE HCL", "100 MG", "45", "30", ph, P1, "PAID", ""),
        ("11/05/2025", "6625533", "SERTRALINE HCL", "100 MG", "45", "30", ph, P1, "PAID", ""),
        ("11/20/2025", "6626102", "ONDANSETRON ODT", "4 MG", "10", "5", ph, P2, "PAID", ""),
        ("12/04/2025", "6625533", "SERTRALINE HCL", "100 MG", "45", "30", ph, P1, "PAID", ""),
        ("12/29/2025", "6628810", "VILAZODONE HCL", "20 MG", "30", "30", ph, P1, "REJECTED",
         "75: prior authorization required"),
        ("01/09/2026", "6628810", "VILAZODONE HCL", "20 MG", "30", "30", ph, P1, "PAID", "PA approved 01/08/2026"),
        ("02/06/2026", "6629377", "VILAZODONE HCL", "40 MG", "30", "30", ph, P1, "PAID", ""),
        ("03/07/2026", "6629377", "VILAZODONE HCL", "40 MG", "30", "30", ph, P1, "PAID", ""),
        ("03/07/2026", "6629390", "QUETIAPINE FUMARATE", "25 MG", "30", "30", ph, P1, "PAID", ""),
        ("04/06/2026", "6629377", "VILAZODONE HCL", "40 MG", "30", "30", ph, P1, "PAID", ""),
    ]
    fills2 = [
        ("05/05/2026", "6629377", "VILAZODONE HCL", "40 MG", "30", "30", ph, P1, "PAID", ""),
        ("05/22/2026", "6629390", "QUETIAPINE FUMARATE", "25 MG", "30", "30", ph, P1, "PAID", ""),
        ("06/04/2026", "6629377", "VILAZODONE HCL", "40 MG", "30", "30", ph, P1, "PAID", ""),
        ("06/12/2026", "6631245", "ARIPIPRAZOLE", "2 MG", "30", "30", ph, P1, "REJECTED",
         "75: prior authorization required"),
        ("06/19/2026", "6631245", "ARIPIPRAZOLE", "2 MG", "30", "30", ph, P1, "REJECTED",
         "75: prior authorization required"),
        ("07/03/2026", "6629377", "VILAZODONE HCL", "40 MG", "30", "30", ph, P1, "PAID", ""),
        ("07/15/2026", "6632011", "LITHIUM CARBONATE", "300 MG", "60", "30", ph, P1, "PAID", ""),
        ("08/02/2026", "6629377", "VILAZODONE HCL", "40 MG", "30", "30", ph, P1, "PAID", ""),
        ("08/14/2026", "6632011", "LITHIUM CARBONATE", "300 MG", "60", "30", ph, P1, "PAID", ""),
        ("09/01/2026", "6629377", "VILAZODONE HCL", "40 MG", "30", "30", ph, P1, "PAID", ""),
        ("09/13/2026", "6632011", "LITHIUM CARBONATE", "300 MG", "60", "30", ph, P1, "PAID", ""),
        ("10/01/2026", "6629377", "VILAZODONE HCL", "40 MG", "30", "30", ph, P1, "PAID", ""),
        ("10/13/2026", "6632011", "LITHIUM CARBONATE", "300 MG", "60", "30", ph, P1, "PAID", ""),
        ("10/30/2026", "6632011", "LITHIUM CARBONATE", "300 MG", "60", "30", ph, P1, "REJECTED",
         "79: refill too soon"),
        ("10/31/2026", "6629377", "VILAZODONE HCL", "40 MG", "30", "30", ph, P1, "PAID", ""),
        ("11/12/2026", "6632011", "LITHIUM CARBONATE", "300 MG", "60", "30", ph, P1, "PAID", ""),
        ("11/18/2026", "6635770", "SPRAVATO 56 MG DOSE KIT", "28 MG/DEV", "2", "7", mo, P1, "REJECTED",
         "75: prior authorization required (step therapy)"),
    ]
    ident = ("Member: ACHTERBERG, GWENDOLYN   DOB 08/30/1988   Member ID FICT-SHP-448210-01   Group FICT-G-2207   "
             "Printed 11/20/2026 by K. Ambrose-Leclerc, PharmD")
    d.title("MEMBER PHARMACY CLAIMS HISTORY  01/01/2025 - 11/20/2026", size=11)
    d.line(ident, size=7.5)
    d.line("Status: PAID = adjudicated and paid; REVERSED = paid claim withdrawn by the pharmacy; REJECTED = not "
           "paid (NCPDP reject code shown). DS = days supply.", size=7.5)
    d.table([head] + [list(r) for r in fills], size=7.5)
    d.page()
    d.title("MEMBER PHARMACY CLAIMS HISTORY (continued)", size=11)
    d.line(ident, size=7.5)
    d.table([head] + [list(r) for r in fills2], size=7.5)
    allf = fills + fills2
    cnt = {k: sum(1 for r in allf if r[8] == k) for k in ("PAID", "REVERSED", "REJECTED")}
    d.line(f"End of claims. {len(allf)} claims listed: {cnt['PAID']} paid, {cnt['REVERSED']} reversed, "
           f"{cnt['REJECTED']} rejected.", size=7.5)
    d.page()
    d.title("CLINICAL REVIEW SUMMARY - step-therapy exception request: esketamine (Spravato)", size=11)
    d.line(ident, size=7.5)
    d.p("Request received 11/19/2026 from Rafael Nakashima, MD (psychiatry), after the rejected claim of "
        "11/18/2026. Diagnosis submitted: F33.2 major depressive disorder, recurrent, severe without psychotic "
        "features. The prescriber's attestation was compared with the claims above.", size=8.5)
    d.table([
        ["Drug", "Dates in claims", "Max daily dose", "Prescriber's outcome", "Claims agree?"],
        ["escitalopram", "01/2025 - 05/2025", "20 mg", "No response after 14 weeks", "Yes"],
        ["sertraline", "05/2025 - 12/2025", "150 mg", "Partial benefit; stopped for sexual side effects", "Yes"],
        ["vilazodone", "01/2026 - present", "40 mg", "Partial response (PHQ-9 21 -> 14); continuing", "Yes"],
        ["lithium (added to vilazodone)", "07/2026 - present", "600 mg", "Level 0.6 on 09/02/2026; too early to judge",
         "Yes"],
        ["bupropion XL", "08/2025", "-", "Listed as 'intolerant'", "No: claim reversed, never dispensed"],
    ], size=8)
    d.p("Bupropion: the only claim was reversed (returned to stock). The member confirmed by telephone on "
        "11/20/2026 that she never picked it up and never took it. Aripiprazole was prescribed in 06/2026; both "
        "claims were rejected for prior authorization, no request followed, and it was never dispensed.",
        size=8.5)
    d.p("Quetiapine 25 mg (two fills, 03/2026 and 05/2026) is prescribed at bedtime for sleep only, per the "
        "prescriber.", size=8.5)
    d.p("Psychotherapy (attested; no claims data under the pharmacy benefit): CBT, 20 sessions in 2024, no "
        "improvement in mood.", size=8.5)
    d.p("Scores attested: PHQ-9 21 on 01/08/2026; PHQ-9 14 on 10/28/2026. C-SSRS at the 10/28/2026 visit: no "
        "suicidal ideation, no behavior.", size=8.5)
    d.p("Determination: pended for a peer-to-peer call with the prescriber (the plan's criteria ask for two "
        "adequate antidepressant trials with non-response plus an augmentation trial; the reviewer asks "
        "whether sertraline at 150 mg was adequate before it was stopped). Levothyroxine, omeprazole and "
        "ondansetron are not part of this review.", size=8.5)
    F = d.filename
    t = truth(
        "FICTIONAL case. An insurer's member pharmacy claims printout (landscape PDF, 43 claims on pp. 1-2, paid, "
        "reversed and rejected) with the plan pharmacist's review of a step-therapy exception request on p. 3 "
        "(outcomes on a later page than the dates). Rows: escitalopram 01/2025-05/2025, 20 mg, no response; "
        "sertraline 05/2025-12/2025, 150 mg (100 mg x 45), sexual side effects; vilazodone from 01/2026 (first "
        "claim rejected for PA, paid 01/09), 40 mg, partial, open; lithium added to vilazodone from 07/2026, "
        "too early to judge (unknown, open, augmentation); CBT 20 sessions 2024, no improvement. Not rows: "
        "bupropion XL (claim reversed, never taken, though the prescriber listed it as intolerant), aripiprazole "
        "(rejected, never dispensed), quetiapine 25 mg for sleep, Spravato (rejected: the request itself), "
        "levothyroxine, omeprazole, ondansetron.",
        [
            H("escitalopram", "SSRI", "antidepressant", "20 mg", "2025-01", "2025-05", "No response after 14 weeks",
              "no_response", src(F, 3, "escitalopram 01/2025 - 05/2025 20 mg No response after 14 weeks")),
            H("sertraline", "SSRI", "antidepressant", "150 mg", "2025-05", "2025-12",
              "Partial benefit; stopped for sexual side effects", "side_effects",
              src(F, 3, "Partial benefit; stopped for sexual side effects")),
            H("vilazodone", "SSRI / 5-HT1A partial agonist", "antidepressant", "40 mg", "2026-01", None,
              "Partial response (PHQ-9 21 -> 14); continuing", "partial_response",
              src(F, 3, "Partial response (PHQ-9 21 -> 14); continuing")),
            H("lithium", "mood stabilizer", "augmentation", "600 mg", "2026-07", None,
              "Level 0.6 on 09/02/2026; too early to judge", "unknown",
              src(F, 3, "Level 0.6 on 09/02/2026; too early to judge")),
            H("CBT", "psychotherapy", "psychotherapy", "20 sessions", "2024", "2024", "no improvement in mood",
              "no_response", src(F, 3, "CBT, 20 sessions in 2024, no improvement in mood")),
        ],
        [
            S("PHQ-9", 21, "2026-01-08", src(F, 3, "PHQ-9 21 on 01/08/2026")),
            S("PHQ-9", 14, "2026-10-28", src(F, 3, "PHQ-9 14 on 10/28/2026")),
        ],
        [
            D("F33.2", src(F, 3, "F33.2 major depressive disorder, recurrent, severe")),
        ],
        SI("none", src(F, 3, "C-SSRS at the 10/28/2026 visit: no suicidal ideation, no behavior")),
    )
    return slug, [d], t


# ------------------------------------------------------------------------------------------------ case 09


def case09():
    slug = "09-transfer-of-care-summary-pdf"
    d = Doc("transfer_of_care_summary_2026-11-24.pdf", "pdf", font="LiberationSerif", size=10.5,
            header="Alder & Finch Psychiatric Associates (FICTIONAL) - 31 Gannet Row, Brackenridge, VT - 555-0188")
    d.title("Transfer of Care Summary - FICTIONAL SAMPLE RECORD")
    d.line("Patient: Ignatius Marlowe-Desrosiers   DOB 12/02/1987   Chart FICT-AFP-10455   Date: 11/24/2026")
    d.line("From: Helena Vukovic-Aarons, MD (closing her practice 12/31/2026)   To: Caleb Ostrowski-Nyambura, MD")
    d.h("Reason for transfer")
    d.p("I am closing my practice at the end of December. Mr. Marlowe-Desrosiers has been my patient since "
        "02/2017 and agrees to transfer. This summary covers his treatment with me and what came before.")
    d.h("Diagnoses")
    d.p("F33.2 major depressive disorder, recurrent, severe without psychotic features (current episode since "
        "01/2025). G25.0 essential tremor. G43.909 migraine, unspecified, not intractable, without status "
        "migrainosus.")
    d.h("Risk")
    d.p("One suicide attempt, 08/2016, by an overdose of acetaminophen, medically admitted for three days; no "
        "attempts since. At present: intermittent passive thoughts ('it would be easier not to be here'), no "
        "intent or plan; C-SSRS ideation severity 1 at the 11/10/2026 visit. No firearms at home.")
    d.h("Antidepressant and augmentation trials")
    d.table([
        ["Agent", "Max dose", "Dates", "Response", "Why stopped"],
        ["Nortriptyline", "75 mg (level 98 ng/mL)", "02/2017 - 11/2017", "None at a therapeutic level",
         "Ineffective"],
        ["Sertraline", "200 mg", "12/2017 - 01/2019", "Partial (about 40%)", "Sexual side effects"],
        ["Bupropion XL", "300 mg", "02/2019 - 09/2022", "Remission 2019-2021; lost effect in 2022 on the same dose",
         "Loss of effect"],
        ["Vortioxetine", "20 mg", "10/2022 - 12/2023", "Minimal", "Ineffective"],
        ["Levomilnacipran (Fetzima)", "80 mg", "01/2025 - present", "Partial", "(current)"],
        ["Brexpiprazole, added to levomilnacipran", "1 mg", "06/2025 - 09/2025", "No clear benefit",
         "Weight gain (12 lb)"],
    ], size=8.5)
    d.p("Venlafaxine has never been tried; it was planned in 2022, but he chose TMS instead when a course became "
        "available. He has not had an MAOI.")
    d.h("Other medications")
    d.p("Propranolol LA 80 mg daily (essential tremor); topiramate 50 mg at bedtime for migraine prevention "
        "(neurology); sumatriptan 50 mg as needed for migraine; zolpidem 5 mg at bedtime as needed, about twice "
        "a week.")
    d.page()
    d.h("Neuromodulation")
    d.p("TMS course 1 (Keystone TMS Center, FICTIONAL): 10 Hz to the left DLPFC, 36 sessions, 02/05/2024 to "
        "03/29/2024. He reached remission by the end of the course and stayed well through the summer, but the "
        "depression returned in the fall: by October 2024 he was as depressed as before the course.")
    d.table([
        ["Scores around the TMS courses", "Date", "PHQ-9"],
        ["Course 1, session 1", "02/05/2024", "22"],
        ["Course 1, session 18", "03/01/2024", "13"],
        ["Course 1, session 36 (last)", "03/29/2024", "4"],
        ["Re-evaluation before course 2", "10/21/2024", "19"],
        ["Course 2, last session", "12/20/2024", "17"],
    ], size=9)
    d.p("TMS course 2 (same center): intermittent theta-burst, 30 sessions, 11/11/2024 to 12/20/2024. Minimal "
        "change; the center advised against a third course.")
    d.p("ECT: discussed in 2024 and again in 2026; he declines. Esketamine: prior authorization submitted "
        "11/18/2026, pending. He has had no ketamine.")
    d.h("Psychotherapy")
    d.p("CBT with Simone Achebe-Larkin, PhD, weekly from 03/2019 to 02/2020 (about 40 sessions): his mood "
        "improved some, and he still uses the skills. No therapist since he moved in 2023; I have given him "
        "three names.")
    d.h("Family history")
    d.p("Brother with depression, who responded well to ECT in 2018. Mother with migraine.")
    d.page()
    d.h("Current regimen (11/24/2026)")
    d.p("Levomilnacipran 80 mg daily; propranolol LA 80 mg daily; topiramate 50 mg at bedtime; sumatriptan as "
        "needed; zolpidem 5 mg as needed.")
    d.h("Recent course")
    d.p("Levomilnacipran since 01/2025 has given a partial response: he works full time, with effort, and "
        "enjoys less than he used to. Sleep fair. No side effects apart from mild sweating.")
    d.table([
        ["Measures", "Date", "PHQ-9", "MADRS"],
        ["Start of levomilnacipran", "01/13/2025", "22", "31"],
        ["Follow-up", "06/09/2025", "16", "-"],
        ["Most recent visit", "11/10/2026", "15", "24"],
    ], size=9)
    d.h("Outstanding items for the new psychiatrist")
    d.p("1. Esketamine prior authorization pending (submitted 11/18/2026); if approved, he would like to start "
        "within the month. 2. If it is denied, ECT could be raised again; he has said no twice. 3. Lithium has "
        "not been tried and could be considered. 4. Annual ECG was normal in 09/2026.")
    d.line("Helena Vukovic-Aarons, MD   11/24/2026")
    F = d.filename
    t = truth(
        "FICTIONAL case. A psychiatrist's transfer-of-care summary (3-page serif PDF): a trials table, two TMS "
        "courses with a score table on p. 2, current regimen and measures on p. 3. Rows: nortriptyline 02-11/2017 "
        "none at a therapeutic level; sertraline 12/2017-01/2019 partial then sexual side effects; bupropion XL "
        "02/2019-09/2022 remission then lost effect (relapse); vortioxetine 10/2022-12/2023 minimal; "
        "levomilnacipran from 01/2025 partial (open); brexpiprazole added 06-09/2025 weight gain (augmentation); "
        "TMS 36 sessions 02/05-03/29/2024 remission then returned by 10/2024 (relapse); TMS iTBS 30 sessions "
        "11/11-12/20/2024 minimal change; CBT 03/2019-02/2020 about 40 sessions, improved some (partial). Not "
        "rows: venlafaxine never tried, MAOI, ECT declined, esketamine pending, ketamine none, lithium to "
        "consider, brother's ECT, propranolol (tremor), topiramate and sumatriptan (migraine), zolpidem as needed.",
        [
            H("nortriptyline", "TCA", "antidepressant", "75 mg", "2017-02", "2017-11", "None at a therapeutic level",
              "no_response",
              src(F, 1, "Nortriptyline 75 mg (level 98 ng/mL) 02/2017 - 11/2017 None at a therapeutic level")),
            H("sertraline", "SSRI", "antidepressant", "200 mg", "2017-12", "2019-01",
              "Partial (about 40%); stopped for sexual side effects", "side_effects",
              src(F, 1, "Sertraline 200 mg 12/2017 - 01/2019 Partial (about 40%) Sexual side effects")),
            H("bupropion", "NDRI", "antidepressant", "XL 300 mg", "2019-02", "2022-09",
              "Remission 2019-2021; lost effect in 2022 on the same dose", "relapse",
              src(F, 1, "Remission 2019-2021; lost effect in 2022 on the same dose")),
            H("vortioxetine", "multimodal", "antidepressant", "20 mg", "2022-10", "2023-12", "Minimal; ineffective",
              "no_response", src(F, 1, "Vortioxetine 20 mg 10/2022 - 12/2023 Minimal Ineffective")),
            H("levomilnacipran", "SNRI", "antidepressant", "80 mg", "2025-01", None,
              "a partial response: works full time, with effort", "partial_response",
              src(F, 3, "Levomilnacipran since 01/2025 has given a partial response")),
            H("brexpiprazole", "atypical antipsychotic", "augmentation", "1 mg", "2025-06", "2025-09",
              "No clear benefit; stopped for weight gain (12 lb)", "side_effects",
              src(F, 1, "Brexpiprazole, added to levomilnacipran 1 mg 06/2025 - 09/2025 No clear benefit Weight "
                        "gain (12 lb)")),
            H("TMS", "rTMS", "neuromodulation", "36 sessions", "2024-02-05", "2024-03-29",
              "remission by the end of the course; the depression returned by October 2024", "relapse",
              src(F, 2, "the depression returned in the fall: by October 2024 he was as depressed as before the "
                        "course")),
            H("TMS", "rTMS (iTBS)", "neuromodulation", "30 sessions", "2024-11-11", "2024-12-20",
              "Minimal change", "no_response",
              src(F, 2, "30 sessions, 11/11/2024 to 12/20/2024. Minimal change")),
            H("CBT", "psychotherapy", "psychotherapy", "about 40 sessions", "2019-03", "2020-02",
              "his mood improved some; still uses the skills", "partial_response",
              src(F, 2, "his mood improved some, and he still uses the skills")),
        ],
        [
            S("PHQ-9", 22, "2024-02-05", src(F, 2, "Course 1, session 1 02/05/2024 22")),
            S("PHQ-9", 13, "2024-03-01", src(F, 2, "Course 1, session 18 03/01/2024 13")),
            S("PHQ-9", 4, "2024-03-29", src(F, 2, "Course 1, session 36 (last) 03/29/2024 4")),
            S("PHQ-9", 19, "2024-10-21", src(F, 2, "Re-evaluation before course 2 10/21/2024 19")),
            S("PHQ-9", 17, "2024-12-20", src(F, 2, "Course 2, last session 12/20/2024 17")),
            S("PHQ-9", 22, "2025-01-13", src(F, 3, "Start of levomilnacipran 01/13/2025 22 31")),
            S("MADRS", 31, "2025-01-13", src(F, 3, "Start of levomilnacipran 01/13/2025 22 31")),
            S("PHQ-9", 16, "2025-06-09", src(F, 3, "Follow-up 06/09/2025 16 -")),
            S("PHQ-9", 15, "2026-11-10", src(F, 3, "Most recent visit 11/10/2026 15 24")),
            S("MADRS", 24, "2026-11-10", src(F, 3, "Most recent visit 11/10/2026 15 24")),
            S("C-SSRS", 1, "2026-11-10", src(F, 1, "C-SSRS ideation severity 1 at the 11/10/2026 visit")),
        ],
        [
            D("F33.2", src(F, 1, "F33.2 major depressive disorder, recurrent, severe without psychotic features")),
            D("G25.0", src(F, 1, "G25.0 essential tremor")),
            D("G43.909", src(F, 1, "G43.909 migraine, unspecified")),
        ],
        SI("attempt", src(F, 1, "One suicide attempt, 08/2016, by an overdose of acetaminophen")),
    )
    return slug, [d], t


# ------------------------------------------------------------------------------------------------ case 10


def case10():
    slug = "10-obstetric-perinatal-depression-notes-pdf"
    d = Doc("ob_visit_notes_benedetti-kwan_2026.pdf", "pdf", font="DejaVuSans", size=9.5,
            header="Lakeview Women's Health (FICTIONAL) - Obstetrics & Gynecology - 70 Tern Street, Millbrook, WI - 555-0105")
    d.title("Obstetric Visit Notes - FICTIONAL SAMPLE RECORD", size=13)
    d.line("Patient: Soraya Benedetti-Kwan   DOB 10/07/1994   MRN FICT-LWH-83312   G2 P1 -> G2 P2")
    d.line("Clinician: Miriam Castellane-Obi, MD (OB/GYN), with R. Fairweather, RN, perinatal mental-health nurse")
    d.h("Prenatal visit - 05/12/2026 - 28 weeks 2 days")
    d.p("Subjective: low mood, crying most days, poor sleep and guilt for about four weeks. Baby active. No "
        "headaches or visual changes.")
    d.p("Screening: EPDS 15 today (9 at the intake visit in 01/2026). PHQ-9 16. Denies thoughts of harming "
        "herself.")
    d.p("Psychiatric history: postpartum depression after her first child in 2022, treated with 12 sessions of "
        "interpersonal psychotherapy through the county perinatal program (06/2022 to 09/2022); she recovered "
        "fully. Escitalopram 10 mg for depression in college (2015): she 'felt flat' and stopped it after two "
        "months. Sertraline 100 mg from her primary care doctor since spring 2024 for depression: 'better, but "
        "never all the way'; she stopped it herself at six weeks' gestation (01/2026) because she worried about "
        "the baby.")
    d.p("Family history: her mother had postpartum psychosis in 1994, treated with lithium.")
    d.p("Other medicines: prenatal vitamin; low-dose aspirin 81 mg for preeclampsia prevention; ondansetron "
        "4 mg as needed for nausea (rarely now).")
    d.p("Assessment: O99.343 mental disorder complicating pregnancy, third trimester; F33.1 major depressive "
        "disorder, recurrent, moderate. Glucose tolerance test normal.")
    d.p("Plan: discussed the risks of treatment and of untreated depression in pregnancy. Restart sertraline "
        "50 mg daily today; increase to 100 mg in four weeks if tolerated. Sertraline is compatible with "
        "breastfeeding. Referral to perinatal psychiatry (Dr. Ines Haldane-Ruiz). Return in two weeks.")
    d.h("Postpartum visit - 08/18/2026 (vaginal delivery 07/30/2026)")
    d.p("Sertraline restarted 05/12 at 50 mg, 100 mg since 06/09. Since the delivery she has been tearful, "
        "cannot sleep even when the baby sleeps, and has had thoughts that the baby would be better off without "
        "her; no plan or intent to harm herself or the baby. EPDS 21, item 10 'hardly ever'. PHQ-9 20.")
    d.p("Plan: zuranolone 50 mg nightly with an evening meal for 14 days, starting tonight; she will pump and "
        "discard breast milk during the course. Continue sertraline 100 mg. She declined the brexanolone "
        "infusion (a 60-hour inpatient stay). Safety plan reviewed with her and her husband; nurse call in "
        "three days.")
    d.page()
    d.h("Postpartum visit - 09/29/2026")
    d.p("She completed zuranolone from 08/18 to 08/31. The 'fog lifted' within a week of starting it. PHQ-9 7 "
        "today (20 before the course); EPDS 10. Still anxious and tearful some evenings. A clear response to "
        "zuranolone, not a remission. Breastfeeding resumed 09/03.")
    d.p("Sertraline 100 mg continues. Denies any thoughts of harming herself or the baby.")
    d.h("Postpartum visit - 10/27/2026")
    d.p("Mood holding: PHQ-9 8, GAD-7 9, EPDS 11. Bonding with the baby better. In her words, 'I'm maybe 60% of "
        "who I was.' Sertraline 100 mg: a partial response on this restart; continue. Perinatal psychiatry "
        "appointment 11/17/2026 to discuss a next step (for example adding bupropion).")
    d.p("Assessment: F53.0 postpartum depression; O99.345 mental disorder complicating the puerperium; Z39.2 "
        "routine postpartum follow-up. Contraception: progestin-only pill started.")
    d.line("Signed: M. Castellane-Obi, MD, 10/27/2026")
    F = d.filename
    t = truth(
        "FICTIONAL case. An OB/GYN practice's prenatal and postpartum visit notes on perinatal depression (2-page "
        "PDF). Rows: IPT 12 sessions 06-09/2022 for postpartum depression, recovered fully (remission); "
        "escitalopram 10 mg 2015 'felt flat', stopped after two months (side effects); sertraline 100 mg spring "
        "2024 to 01/2026, 'better, but never all the way', stopped for the pregnancy (partial: the stop decides "
        "nothing); sertraline restarted 05/12/2026, 100 mg, partial on this restart (p. 2, open; a second course); "
        "zuranolone 50 mg nightly 08/18-08/31/2026, 'a clear response, not a remission' (partial; outcome on p. 2; "
        "kind antidepressant). Not rows: mother's lithium, aspirin, prenatal vitamin, ondansetron as needed, "
        "brexanolone declined, bupropion as a next step, the progestin pill. EPDS is not a contract scale.",
        [
            H("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2022-06", "2022-09", "she recovered fully",
              "remission", src(F, 1, "(06/2022 to 09/2022); she recovered fully")),
            H("escitalopram", "SSRI", "antidepressant", "10 mg", "2015", "2015",
              "'felt flat' and stopped it after two months", "side_effects",
              src(F, 1, "she 'felt flat' and stopped it after two months")),
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2024", "2026-01",
              "'better, but never all the way'; stopped herself at six weeks' gestation", "partial_response",
              src(F, 1, "'better, but never all the way'")),
            H("sertraline", "SSRI", "antidepressant", "100 mg", "2026-05-12", None,
              "'I'm maybe 60% of who I was'; a partial response on this restart; continue", "partial_response",
              src(F, 2, "Sertraline 100 mg: a partial response on this restart")),
            H("zuranolone", "neuroactive steroid", "antidepressant", "50 mg nightly x 14 days", "2026-08-18",
              "2026-08-31", "'fog lifted' within a week; PHQ-9 20 to 7; a clear response, not a remission",
              "partial_response", src(F, 2, "A clear response to zuranolone, not a remission")),
        ],
        [
            S("PHQ-9", 16, "2026-05-12", src(F, 1, "PHQ-9 16. Denies thoughts of harming herself")),
            S("PHQ-9", 20, "2026-08-18", src(F, 1, "item 10 'hardly ever'. PHQ-9 20")),
            S("PHQ-9", 7, "2026-09-29", src(F, 2, "PHQ-9 7 today")),
            S("PHQ-9", 8, "2026-10-27", src(F, 2, "Mood holding: PHQ-9 8, GAD-7 9")),
            S("GAD-7", 9, "2026-10-27", src(F, 2, "Mood holding: PHQ-9 8, GAD-7 9")),
        ],
        [
            D("O99.343", src(F, 1, "O99.343 mental disorder complicating pregnancy, third trimester")),
            D("F33.1", src(F, 1, "F33.1 major depressive disorder, recurrent, moderate")),
            D("F53.0", src(F, 2, "F53.0 postpartum depression")),
            D("O99.345", src(F, 2, "O99.345 mental disorder complicating the puerperium")),
            D("Z39.2", src(F, 2, "Z39.2 routine postpartum follow-up")),
        ],
        SI("passive", src(F, 1, "has had thoughts that the baby would be better off without her; no plan or "
                                "intent to harm herself or the baby")),
    )
    return slug, [d], t


# ------------------------------------------------------------------------------------------------ case 11


def case11():
    slug = "11-brown-bag-pill-bottle-list-photos"
    d = Doc("brown_bag_review_photo{n}.jpg", "photo", font="LiberationSans", size=10.5, landscape=True,
            header="Pinecrest Community Pharmacy (FICTIONAL) - 9 Sawmill Road, Ridgefield Bend, KY - 555-0193")
    d.title("Brown Bag Medicine Review - FICTIONAL SAMPLE", size=13)
    d.line("Patient: Augustin Pelletier-Mwangi   Age 72   Date of review: 10/15/2026   With: daughter Celine")
    d.line("Pharmacist: Yolanda Brisbane-Kato, PharmD   Every bottle in the bag, as labelled:")
    d.table([
        ["#", "Label: drug, strength", "Directions on label", "Filled", "Prescriber", "What he / his daughter says"],
        ["1", "Mirtazapine 30 mg", "1 tab at bedtime", "09/02/2026", "Kessler",
         "for depression since 2024; helps sleep and appetite, mood somewhat better"],
        ["2", "Citalopram 20 mg", "1 tab daily", "03/14/2023", "Kessler",
         "OLD - took it Jan to Jun 2023, did nothing, stopped"],
        ["3", "Trazodone 50 mg", "1/2 to 1 tab at bedtime as needed for sleep", "08/20/2026", "Kessler",
         "uses it 2-3 nights a week"],
        ["4", "Bupropion XL 150 mg", "1 tab every morning", "05/06/2026", "Kessler",
         "never opened - afraid of seizures after reading the leaflet"],
        ["5", "Sertraline 50 mg", "1 tab daily", "07/11/2026", "Ferris",
         "not his: wife's bottle (label: Dorothy Pelletier-Mwangi)"],
        ["6", "Nortriptyline 25 mg", "2 caps at bedtime", "11/02/2021", "Kessler",
         "for depression 2021-2022; got dizzy, fell in the bathroom, stopped 2022"],
        ["7", "Gabapentin 300 mg", "1 cap three times daily", "09/25/2026", "Amato", "nerve pain in his feet"],
        ["8", "Metoprolol succinate 50 mg", "1 tab daily", "09/25/2026", "Amato", "heart rate"],
        ["9", "Apixaban 5 mg", "1 tab twice daily", "09/25/2026", "Amato", "blood thinner"],
        ["10", "Tamsulosin 0.4 mg", "1 cap at bedtime", "08/30/2026", "Amato", "prostate"],
        ["11", "Metformin 500 mg", "1 tab twice daily with meals", "09/25/2026", "Amato", "sugar"],
        ["12", "Lorazepam 0.5 mg", "1 tab as needed for anxiety", "06/01/2025", "Kessler", "hardly ever uses it"],
    ], size=8.5)
    d.page()
    d.title("Brown Bag Medicine Review - pharmacist's notes (page 2) - FICTIONAL SAMPLE", size=12)
    d.line("Patient: Augustin Pelletier-Mwangi   10/15/2026   Y. Brisbane-Kato, PharmD")
    d.h("Past treatments he recalls (no bottles)")
    d.p("Duloxetine (Cymbalta) 2019 to 2020: stopped because it raised his blood pressure.")
    d.p("ECT in 1998 at St. Brendan's Hospital: 'it worked'; the depression came back about a year later.")
    d.h("Screening today")
    d.p("PHQ-9 13. Item 9 scored 0: he denies any thoughts of death or of harming himself.")
    d.h("Problem list (from the PCP summary he carried)")
    d.p("F33.1 major depressive disorder, recurrent, moderate; I48.91 atrial fibrillation; E11.42 type 2 "
        "diabetes with polyneuropathy; N40.0 enlarged prostate.")
    d.h("For Dr. Kessler and Dr. Amato")
    d.p("1. Bupropion was never started: is it still wanted? 2. His wife's sertraline was in his bag; returned "
        "to her. 3. The old citalopram and nortriptyline bottles were taken for disposal with his consent. "
        "4. Trazodone with lorazepam raises his fall risk (he fell in 2022). 5. Mirtazapine: he asks whether "
        "the dose could go up, since his mood is only somewhat better.")
    F1, F2 = "brown_bag_review_photo1.jpg", "brown_bag_review_photo2.jpg"
    t = truth(
        "FICTIONAL case. Two phone photos (JPEG) of a pharmacy's brown-bag medicine review: a typed list of every "
        "pill bottle with the label, fill date and what the patient or his daughter says (photo 1), and the "
        "pharmacist's notes (photo 2). Rows: mirtazapine 30 mg since 2024, mood somewhat better (partial, open); "
        "citalopram 20 mg 01-06/2023 'did nothing'; nortriptyline 2 x 25 mg 2021-2022, dizzy and fell (side "
        "effects); duloxetine 2019-2020, raised his blood pressure (side effects); ECT 1998, 'it worked', came "
        "back a year later (relapse). Not rows: trazodone as needed for sleep, bupropion never opened, the wife's "
        "sertraline, lorazepam as needed, gabapentin, metoprolol, apixaban, tamsulosin, metformin. The label's "
        "fill date is not a start date.",
        [
            H("mirtazapine", "NaSSA", "antidepressant", "30 mg at bedtime", "2024", None,
              "helps sleep and appetite, mood somewhat better", "partial_response",
              src(F1, 1, "for depression since 2024; helps sleep and appetite, mood somewhat better")),
            H("citalopram", "SSRI", "antidepressant", "20 mg", "2023-01", "2023-06", "did nothing, stopped",
              "no_response", src(F1, 1, "OLD - took it Jan to Jun 2023, did nothing, stopped")),
            H("nortriptyline", "TCA", "antidepressant", "50 mg at bedtime (2 x 25 mg)", "2021", "2022",
              "got dizzy, fell in the bathroom, stopped 2022", "side_effects",
              src(F1, 1, "for depression 2021-2022; got dizzy, fell in the bathroom, stopped 2022")),
            H("duloxetine", "SNRI", "antidepressant", None, "2019", "2020", "stopped because it raised his blood "
              "pressure", "side_effects",
              src(F2, 1, "Duloxetine (Cymbalta) 2019 to 2020: stopped because it raised his blood pressure")),
            H("ECT", "electroconvulsive therapy", "neuromodulation", None, "1998", "1998",
              "'it worked'; the depression came back about a year later", "relapse",
              src(F2, 1, "ECT in 1998 at St. Brendan's Hospital: 'it worked'; the depression came back about a "
                         "year later")),
        ],
        [
            S("PHQ-9", 13, "2026-10-15", src(F2, 1, "PHQ-9 13")),
        ],
        [
            D("F33.1", src(F2, 1, "F33.1 major depressive disorder, recurrent, moderate")),
            D("I48.91", src(F2, 1, "I48.91 atrial fibrillation")),
            D("E11.42", src(F2, 1, "E11.42 type 2 diabetes with polyneuropathy")),
            D("N40.0", src(F2, 1, "N40.0 enlarged prostate")),
        ],
        SI("none", src(F2, 1, "he denies any thoughts of death or of harming himself")),
    )
    return slug, [d], t


# ------------------------------------------------------------------------------------------------ case 12


def case12():
    slug = "12-informe-alta-hospital-de-dia-espanol-pdf"
    d = Doc("informe_alta_hospital_de_dia_2026-11-06.pdf", "pdf", font="LiberationSerif", size=10.5,
            header="Complejo Asistencial San Telmo (FICTICIO) - Hospital de Día de Salud Mental - MUESTRA FICTICIA / FICTIONAL SAMPLE",
            footer="Página {p} de {n}")
    d.title("INFORME DE ALTA - HOSPITAL DE DÍA - MUESTRA FICTICIA")
    d.line("Paciente: Rocío Albarracín Zubiri   Edad: 44 años   N.º de historia: FICT-CAST-77120")
    d.line("Fecha de ingreso: 15/09/2026   Fecha de alta: 06/11/2026   (fechas en formato día/mes/año)")
    d.line("Psiquiatra responsable: Dra. Leonor Estébanez Quirós   Tel. 555-0136")
    d.h("Motivo de ingreso")
    d.p("Episodio depresivo grave, recurrente, de tres meses de evolución, con ánimo muy bajo, anhedonia, "
        "insomnio de mantenimiento, baja laboral desde julio e ideación suicida activa sin plan estructurado. "
        "Derivada por su psiquiatra de zona para tratamiento intensivo en régimen de hospital de día.")
    d.h("Antecedentes de tratamiento")
    d.p("- Fluoxetina 20-40 mg (2018-2019): sin respuesta tras 10 semanas a 40 mg.", indent=10)
    d.p("- Escitalopram 15 mg (2019-2020): buena respuesta inicial; recayó a los ocho meses pese a mantener la "
        "dosis y se retiró en 2020.", indent=10)
    d.p("- Vortioxetina: pautada por su médica de familia en 2024, pero no llegó a iniciarla por miedo a los "
        "efectos secundarios.", indent=10)
    d.p("- Duloxetina desde marzo de 2025, 90 mg/día desde junio de 2025: mejoría parcial; se mantiene.",
        indent=10)
    d.p("No había recibido psicoterapia reglada antes del ingreso. Nunca ha recibido TEC. Su hermano está en "
        "tratamiento con sertralina. Otros tratamientos: levotiroxina 75 mcg (hipotiroidismo).")
    d.h("Evolución en el hospital de día")
    d.p("Se añadió aripiprazol 5 mg a la duloxetina el 22/09/2026; se retiró el 13/10/2026 por acatisia, que "
        "cedió en pocos días.")
    d.p("Participó en terapia cognitivo-conductual grupal (14 sesiones, del 16/09/2026 al 04/11/2026): mejoró "
        "su afrontamiento y el ánimo algo; respuesta parcial.")
    d.p("El 20/10/2026 se inició carbonato de litio 400 mg/día, añadido a la duloxetina (litemia 0,62 mmol/L el "
        "03/11/2026).")
    d.p("Lormetazepam 1 mg por la noche si insomnio; lo ha precisado unas dos noches por semana.")
    d.page()
    d.h("Situación al alta")
    d.p("La duloxetina mantiene una respuesta parcial. Al alta es pronto para valorar el efecto del litio. La "
        "ideación suicida activa del ingreso ha desaparecido: al alta la niega, sin ideas de muerte.")
    d.h("Escalas")
    d.table([
        ["Escala", "Ingreso (15/09/2026)", "Alta (06/11/2026)"],
        ["HAM-D (Hamilton, 17 ítems)", "24", "16"],
        ["PHQ-9", "21", "14"],
        ["C-SSRS (gravedad de la ideación)", "2", "0"],
    ], size=10)
    d.h("Diagnóstico al alta")
    d.p("Trastorno depresivo mayor recurrente, episodio actual grave sin síntomas psicóticos (CIE-10: F33.2). "
        "Hipotiroidismo (E03.9).")
    d.h("Tratamiento al alta")
    d.p("Duloxetina 90 mg/día. Carbonato de litio 400 mg/día (litemia de control en una semana). Levotiroxina "
        "75 mcg. Lormetazepam 1 mg si insomnio.")
    d.h("Recomendaciones")
    d.p("Seguimiento en su centro de salud mental en dos semanas. Se propone valorar estimulación magnética "
        "transcraneal (EMT) si no hay respuesta al litio. Se recomienda psicoterapia individual en su centro.")
    d.line("Fdo.: Dra. L. Estébanez Quirós   06/11/2026")
    F = d.filename
    t = truth(
        "FICTIONAL case (MUESTRA FICTICIA). A Spanish day-hospital discharge report (2-page PDF), dates day "
        "first ('06/11/2026' = 2026-11-06). Rows: fluoxetina 2018-2019 sin respuesta; escitalopram 2019-2020 "
        "buena respuesta inicial, recayó (relapse); duloxetina desde 03/2025, 90 mg, respuesta parcial (open, "
        "outcome on p. 2); aripiprazol añadido a la duloxetina 22/09-13/10/2026, acatisia (augmentation, side "
        "effects); litio añadido 20/10/2026, pronto para valorar (unknown, open, augmentation); TCC grupal 14 "
        "sesiones 16/09-04/11/2026, respuesta parcial. Not rows: vortioxetina pautada pero no iniciada, TEC "
        "nunca, hermano con sertralina, levotiroxina, lormetazepam si insomnio, EMT y psicoterapia individual "
        "propuestas.",
        [
            H("fluoxetine", "SSRI", "antidepressant", "40 mg", "2018", "2019", "sin respuesta tras 10 semanas a 40 mg",
              "no_response", src(F, 1, "Fluoxetina 20-40 mg (2018-2019): sin respuesta tras 10 semanas a 40 mg")),
            H("escitalopram", "SSRI", "antidepressant", "15 mg", "2019", "2020",
              "buena respuesta inicial; recayó a los ocho meses pese a mantener la dosis", "relapse",
              src(F, 1, "buena respuesta inicial; recayó a los ocho meses pese a mantener la dosis")),
            H("duloxetine", "SNRI", "antidepressant", "90 mg/día", "2025-03", None,
              "mejoría parcial; mantiene una respuesta parcial", "partial_response",
              src(F, 2, "La duloxetina mantiene una respuesta parcial")),
            H("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2026-09-22", "2026-10-13",
              "se retiró por acatisia", "side_effects",
              src(F, 1, "se retiró el 13/10/2026 por acatisia")),
            H("lithium", "mood stabilizer", "augmentation", "400 mg/día", "2026-10-20", None,
              "al alta es pronto para valorar el efecto del litio", "unknown",
              src(F, 2, "Al alta es pronto para valorar el efecto del litio")),
            H("CBT", "psychotherapy", "psychotherapy", "14 sesiones", "2026-09-16", "2026-11-04",
              "mejoró su afrontamiento y el ánimo algo; respuesta parcial", "partial_response",
              src(F, 1, "mejoró su afrontamiento y el ánimo algo; respuesta parcial")),
        ],
        [
            S("HAM-D", 24, "2026-09-15", src(F, 2, "HAM-D (Hamilton, 17 ítems) 24 16")),
            S("HAM-D", 16, "2026-11-06", src(F, 2, "HAM-D (Hamilton, 17 ítems) 24 16")),
            S("PHQ-9", 21, "2026-09-15", src(F, 2, "PHQ-9 21 14")),
            S("PHQ-9", 14, "2026-11-06", src(F, 2, "PHQ-9 21 14")),
            S("C-SSRS", 2, "2026-09-15", src(F, 2, "C-SSRS (gravedad de la ideación) 2 0")),
            S("C-SSRS", 0, "2026-11-06", src(F, 2, "C-SSRS (gravedad de la ideación) 2 0")),
        ],
        [
            D("F33.2", src(F, 2, "(CIE-10: F33.2)")),
            D("E03.9", src(F, 2, "Hipotiroidismo (E03.9)")),
        ],
        SI("active", src(F, 1, "ideación suicida activa sin plan estructurado")),
    )
    return slug, [d], t


CASES = [case07, case08, case09, case10, case11, case12]
