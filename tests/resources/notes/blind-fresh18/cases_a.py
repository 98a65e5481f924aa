"""Cases 01-06 of the FICTIONAL notes18 set. Every person, clinic, plan and number here is invented."""
from helpers import dx, row, scale, sui
from model import Doc, Gap, H, L, M, P, Page, Rule, T, Title


# ---------------------------------------------------------------------------------------------------------------
def case01():
    f = "pelletier_okafor_adolescent_followups_2026.docx"
    blocks = [
        Title("Larkspur Hollow Child & Adolescent Psychiatry - Progress Notes"),
        L("FICTIONAL SAMPLE RECORD: invented patient, family and clinicians, for software testing only."),
        L("Patient: Rowan Pelletier-Okafor (16 y) | DOB 03/02/2010 | MRN FICT18-40217"),
        L("Clinician: Mireille Santangelo, MD, child and adolescent psychiatry | Clinic phone 555-0131"),
        H("Visit 1 - 08/11/2026 - Medication management follow-up (60 min)"),
        P("Informants: Rowan (seen alone for 20 minutes) and his mother, Ms. Dana Pelletier (seen together for the "
          "rest of the visit). His father could not attend."),
        L("Parent's account (mother):", bold=True),
        P("Ms. Pelletier dates the start of this episode to the autumn of 2024, after Rowan's grandfather died and he "
          "changed schools. His pediatrician, Dr. Ansel Brightwater, started fluoxetine 10 mg in February 2025 and "
          "raised it to 20 mg in April 2025. She says it 'made a real difference by early summer': he went back to "
          "swim practice and talked at dinner again. In her view it stopped working around November 2025, when his "
          "grades slipped and he quit the swim team; the pediatrician raised it to 40 mg in December 2025 with no "
          "change, and stopped it in January 2026 when he referred Rowan here."),
        P("She also describes a course of individual CBT with a psychologist, Dr. Wendell Ashgrove, from September "
          "2025 to January 2026 (14 sessions). Rowan 'hated the worksheets'; his mother felt it made no difference "
          "to his mood, and Rowan agrees that it did not help."),
        P("Since February 2026 he has taken escitalopram, started here at 10 mg on 02/17/2026 and raised to 20 mg "
          "on 04/21/2026. His mother sees less snapping at his sister and fewer slammed doors, but he still sleeps "
          "until 2 p.m. at weekends and has not gone back to swimming. She takes sertraline herself and asked "
          "whether it might suit him better; we talked about that under the plan."),
        L("Rowan's account:", bold=True),
        P("Rowan says the escitalopram is 'maybe a bit better, I don't know'. He feels 'flat and tired', has "
          "stopped gaming with his friends and finds school mornings 'impossible'. He takes methylphenidate ER "
          "36 mg on school days for ADHD and thinks it still helps him focus, and melatonin 3 mg most nights. He "
          "has hydroxyzine 25 mg for panicky evenings and used it twice this month."),
        P("Family therapy: the family began attachment-based family therapy with Ms. Corinne Vale, LMFT, on "
          "07/07/2026 (weekly; five sessions so far)."),
        L("Safety:", bold=True),
        P("Rowan reports passive thoughts in July ('it would be easier not to wake up'), none in the past two "
          "weeks; no plan, no intent, no preparatory behavior. C-SSRS screen: wish to be dead, ideation severity 1. "
          "In November 2025 he cut his forearm superficially; he says it was to 'feel something' and not to die "
          "(non-suicidal self-injury), and he has not cut since December 2025. Never hospitalized. No suicide "
          "attempts. Safety plan reviewed with both; his mother has locked away the medicines at home."),
        L("Measures:", bold=True),
        P("PHQ-9 19, GAD-7 14 (both completed by Rowan today). His PHQ-9 at the pediatrician's office in January "
          "2026 was 22."),
        L("Assessment:", bold=True),
        P("Major depressive disorder, single episode, moderate (F32.1), in a 16-year-old with attention-deficit "
          "hyperactivity disorder, combined type (F90.2), well controlled on a stimulant. Fluoxetine helped and "
          "then lost its effect. Escitalopram at 20 mg for almost four months: perhaps some improvement, not yet "
          "clear."),
        L("Plan:", bold=True),
        P("Continue escitalopram 20 mg daily and the weekly family sessions. If there is no further gain by "
          "October, consider switching to sertraline or adding bupropion; not today. TMS, ketamine and esketamine "
          "are not options for him and were not discussed further. Return in 8 weeks."),
        H("Visit 2 - 10/06/2026 - Medication management follow-up (45 min)"),
        P("Informants: Rowan and his mother."),
        P("Interval history: Rowan went back to swim practice twice a week in September. His mother says the "
          "escitalopram 'has done some good, but not enough': mornings are easier and there are fewer arguments, "
          "yet he still spends most evenings in his room and says he feels 'grey'. Rowan agrees it has helped "
          "partly. No side effects apart from yawning."),
        P("Family therapy with Ms. Vale continues weekly (twelve sessions since 07/07/2026). Home is calmer and they "
          "argue less, but both say it is too early to tell whether it is helping his mood itself."),
        P("Methylphenidate ER unchanged. No hydroxyzine since August."),
        P("Safety: denies suicidal thoughts since July; no self-harm. C-SSRS ideation severity 0 since the last "
          "visit."),
        P("Measures: PHQ-9 13, GAD-7 10 (completed today)."),
        P("Assessment and plan: a partial response to escitalopram after more than seven months. We talked about "
          "adding aripiprazole; Ms. Pelletier would rather wait until the winter, and Rowan agrees. Continue "
          "escitalopram 20 mg and family therapy; recheck in 6 weeks."),
        L("Electronically signed: Mireille Santangelo, MD (FICTIONAL)"),
    ]
    doc = Doc(f, "docx", [Page(blocks)])
    history = [
        row("fluoxetine", "SSRI", "antidepressant", "40 mg", "2025-02", "2026-01",
            "'made a real difference by early summer'; stopped working around November 2025, no change at 40 mg",
            "relapse", f, 1, "In her view it stopped working around November 2025"),
        row("CBT", "psychotherapy", "psychotherapy", "14 sessions", "2025-09", "2026-01",
            "his mother felt it made no difference to his mood; Rowan agrees it did not help", "no_response",
            f, 1, "his mother felt it made no difference to his mood"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2026-02-17", None,
            "'has done some good, but not enough'; a partial response; continued", "partial_response",
            f, 1, "escitalopram 'has done some good, but not enough'"),
        row("family therapy", "psychotherapy", "psychotherapy", "12 sessions", "2026-07-07", None,
            "home calmer, but too early to tell whether it is helping his mood itself; continues", "unknown",
            f, 1, "too early to tell whether it is helping his mood itself"),
    ]
    scales = [
        scale("PHQ-9", 22, "2026-01", f, 1, "His PHQ-9 at the pediatrician's office in January 2026 was 22"),
        scale("PHQ-9", 19, "2026-08-11", f, 1, "PHQ-9 19, GAD-7 14 (both completed by Rowan today)"),
        scale("GAD-7", 14, "2026-08-11", f, 1, "PHQ-9 19, GAD-7 14 (both completed by Rowan today)"),
        scale("C-SSRS", 1, "2026-08-11", f, 1, "wish to be dead, ideation severity 1"),
        scale("PHQ-9", 13, "2026-10-06", f, 1, "PHQ-9 13, GAD-7 10 (completed today)"),
        scale("GAD-7", 10, "2026-10-06", f, 1, "PHQ-9 13, GAD-7 10 (completed today)"),
        scale("C-SSRS", 0, "2026-10-06", f, 1, "C-SSRS ideation severity 0 since the last visit"),
    ]
    diagnoses = [
        dx("F32.1", f, 1, "single episode, moderate (F32.1)"),
        dx("F90.2", f, 1, "combined type (F90.2)"),
    ]
    return dict(
        slug="01-adolescent-followups-parent-account-docx",
        note=("FICTIONAL case. Two child-psychiatry follow-up notes for a 16-year-old in one Word file, each with "
              "the mother's account beside the patient's. Rows: fluoxetine from the pediatrician (worked, then "
              "stopped working around 11/2025 = relapse), CBT 14 sessions (no difference), escitalopram from "
              "02/17/2026 (a guess at visit 1, 'some good, but not enough' at visit 2 = partial, continued), "
              "attachment-based family therapy from 07/07/2026 ('too early to tell' = unknown, continuing). Not "
              "rows: mother's sertraline, methylphenidate for ADHD, melatonin, hydroxyzine as needed, sertraline / "
              "bupropion / aripiprazole considered or deferred, TMS / ketamine / esketamine not options. Non-"
              "suicidal self-injury is not an attempt: suicidality passive (C-SSRS 1)."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("passive", f, 1, "wish to be dead, ideation severity 1"),
    )



# ---------------------------------------------------------------------------------------------------------------
def case02():
    f = "quarry_bend_pain_consult_letter_2026-09-15.pdf"
    p1 = [
        Title("Quarry Bend Pain Institute", size=17),
        L("Interventional Pain Medicine | 4410 Fieldstone Parkway, Suite 300, Marrowfield, OH 45999 | Tel 555-0144 | "
          "Fax 555-0145", size=8.6),
        L("FICTIONAL SAMPLE RECORD: invented patient, clinicians and clinics, for software testing only.", size=8.6),
        Rule(),
        L("September 15, 2026"),
        Gap(4),
        L("Rosalind Teague-Mbeki, DO"),
        L("Kettle Creek Family Medicine"),
        L("Marrowfield, OH"),
        Gap(4),
        L("Re: Desmond Achterberg, DOB 07/19/1985, chart FICT18-22871 - consultation, complex regional pain syndrome",
          bold=True),
        Gap(2),
        P("Dear Dr. Teague-Mbeki,"),
        P("Thank you for asking me to see Mr. Achterberg, a 41-year-old warehouse supervisor, whom I saw today with "
          "his wife. He fractured his right ankle on 03/09/2024 and had open reduction and internal fixation the "
          "next day. From about six weeks after surgery he developed burning pain, swelling, colour and temperature "
          "change and hypersensitivity of the right foot and lower leg, and his orthopedic surgeon diagnosed complex "
          "regional pain syndrome type I in May 2024. He meets the Budapest clinical criteria today."),
        H("Treatment so far"),
        P("Gabapentin was started in May 2024 and titrated to 2,400 mg a day. By November 2024 it had made him "
          "dizzy and 'foggy' at work with little effect on the pain, and it was stopped on 11/20/2024."),
        P("Nortriptyline 10 mg at night was added in June 2024 and increased to 50 mg by August; he took it until "
          "September 2024 and noticed no change in the pain or his sleep (a dry mouth he could live with)."),
        P("He had three right lumbar sympathetic blocks at our sister clinic, on 07/16/2024, 08/20/2024 and "
          "09/24/2024. Each gave a warm foot and roughly 50% relief for three to four days, after which the pain "
          "was back to where it had been."),
        P("Physical therapy with graded motor imagery and mirror therapy ran twice weekly from 06/2024 to 10/2024 "
          "(24 visits). It helped him tolerate a sock and a shoe, but his pain scores did not change."),
        P("Pregabalin was started on 12/02/2024 and is now 150 mg twice a day. He says it 'takes the edge off' "
          "(about 30% less pain) and he wants to keep taking it."),
        P("In February 2025 he had a five-day outpatient ketamine infusion series at Tallowmere Infusion Center "
          "(0.5 mg/kg/h for four hours a day, 02/10/2025 to 02/14/2025). By the fifth day he could walk without "
          "crutches for the first time in months; I return to this below."),
        P("A percutaneous spinal cord stimulator trial (seven days, 10/13/2025 to 10/20/2025) gave less than 20% "
          "relief; the leads were removed and no implant was offered."),
        H("Other medicines"),
        P("Oxycodone 5 mg as needed, which he uses on about two days a month; lidocaine 5% patches on the shin; "
          "metoprolol succinate 50 mg for hypertension; ibuprofen now and then. His wife asked whether the "
          "low-dose naltrexone that helps her fibromyalgia might help him; he has not taken it."),
    ]
    p2 = [
        L("Desmond Achterberg, DOB 07/19/1985 - consultation of 09/15/2026, continued (FICTIONAL)", size=8.6),
        H("Course since the infusions"),
        P("The ketamine series helped more than anything else he has tried, but not for long: the relief lasted "
          "about ten weeks, and by early May 2025 he was back at 7 to 8 out of 10. A booster infusion was discussed "
          "then, but his insurer declined to pay for it, so none was given."),
        H("Examination today"),
        P("Right foot and ankle mottled and cooler than the left by about 1.5 degrees at the dorsum, with shiny skin, "
          "allodynia to light brushing from the toes to mid-calf and reduced active range at the ankle. Antalgic "
          "gait without aids. Left leg normal."),
        H("Pain and mood today"),
        P("Pain today: 7/10 at rest, 9/10 when standing at work. Average over the past week 8/10."),
        P("PHQ-9 today 12; he denies any thoughts of suicide or of harming himself."),
        H("Impression"),
        P("1. Complex regional pain syndrome type I of the right lower limb (G90.521), about 29 months from onset, "
          "with persistent allodynia despite anticonvulsants, a tricyclic, sympathetic blocks, graded motor imagery "
          "and a spinal cord stimulator trial."),
        P("2. Chronic pain syndrome (G89.4)."),
        P("3. Essential hypertension (I10), treated."),
        P("4. Low mood related to pain, without suicidal thoughts; I have not diagnosed a depressive disorder."),
        H("Recommendations"),
        P("1. A second outpatient ketamine infusion series (five days, 0.5 mg/kg/h), with a request to his plan for "
          "prior authorization; I will write to the plan separately."),
        P("2. Continue pregabalin 150 mg twice a day."),
        P("3. We discussed memantine and intravenous bisphosphonates; he would rather wait for the plan's decision "
          "on ketamine."),
        P("4. Desensitisation exercises at home, as taught in therapy."),
        P("5. I would not restart gabapentin or nortriptyline."),
        Gap(6),
        P("Yours sincerely,"),
        L("Imogen Castellanos-Reyes, MD"),
        L("Pain Medicine, Quarry Bend Pain Institute (FICTIONAL)"),
        L("cc: Mr. Desmond Achterberg"),
    ]
    doc = Doc(f, "pdf", [Page(p1), Page(p2)], font="lserif",
              header="Quarry Bend Pain Institute | FICTIONAL SAMPLE | Achterberg, Desmond | DOB 07/19/1985")
    history = [
        row("gabapentin", "gabapentinoid", "other", "2,400 mg a day", "2024-05", "2024-11-20",
            "made him dizzy and 'foggy' at work with little effect on the pain; stopped", "side_effects",
            f, 1, "it had made him dizzy and 'foggy' at work with little effect on the pain, and it was stopped on "
                  "11/20/2024"),
        row("nortriptyline", "TCA", "antidepressant", "50 mg", "2024-06", "2024-09",
            "noticed no change in the pain or his sleep", "no_response",
            f, 1, "noticed no change in the pain or his sleep"),
        row("lumbar sympathetic block", "sympathetic nerve block", "other", "3 blocks", "2024-07-16", "2024-09-24",
            "roughly 50% relief for three to four days after each, then the pain was back", "relapse",
            f, 1, "Each gave a warm foot and roughly 50% relief for three to four days, after which the pain was "
                  "back to where it had been"),
        row("physical therapy", "rehabilitation (graded motor imagery, mirror therapy)", "other", "24 visits",
            "2024-06", "2024-10", "helped him tolerate a sock and a shoe, but his pain scores did not change",
            "no_response", f, 1, "It helped him tolerate a sock and a shoe, but his pain scores did not change"),
        row("pregabalin", "gabapentinoid", "other", "150 mg twice a day", "2024-12-02", None,
            "'takes the edge off' (about 30% less pain); continues", "partial_response",
            f, 1, "He says it 'takes the edge off' (about 30% less pain)"),
        row("ketamine", "NMDA receptor antagonist (anaesthetic), IV", "other", "5 infusions", "2025-02-10",
            "2025-02-14", "helped more than anything else, but the relief lasted about ten weeks; back at 7 to 8 out "
            "of 10 by early May 2025", "relapse",
            f, 2, "the relief lasted about ten weeks, and by early May 2025 he was back at 7 to 8 out of 10"),
        row("spinal cord stimulation", "neurostimulation trial", "other", "7-day trial", "2025-10-13", "2025-10-20",
            "less than 20% relief; leads removed, no implant", "no_response",
            f, 1, "gave less than 20% relief; the leads were removed and no implant was offered"),
    ]
    scales = [
        scale("pain NRS", 7, "2026-09-15", f, 2, "Pain today: 7/10 at rest, 9/10 when standing at work"),
        scale("pain NRS", 9, "2026-09-15", f, 2, "Pain today: 7/10 at rest, 9/10 when standing at work"),
        scale("pain NRS", 8, "2026-09-15", f, 2, "Average over the past week 8/10"),
        scale("PHQ-9", 12, "2026-09-15", f, 2, "PHQ-9 today 12"),
    ]
    diagnoses = [
        dx("G90.521", f, 2, "right lower limb (G90.521)"),
        dx("G89.4", f, 2, "Chronic pain syndrome (G89.4)"),
        dx("I10", f, 2, "Essential hypertension (I10)"),
    ]
    return dict(
        slug="02-pain-consult-letter-crps-ketamine",
        note=("FICTIONAL case. An interventional pain physician's consultation letter to the referring family "
              "doctor (2-page PDF, serif letterhead) about complex regional pain syndrome type I of the right leg. "
              "Rows (all kind other except nortriptyline): gabapentin (dizzy, foggy, stopped = side_effects), "
              "nortriptyline 50 mg (no change), three lumbar sympathetic blocks (50% relief for days, then back = "
              "relapse), physical therapy with graded motor imagery 24 visits (pain scores unchanged), pregabalin "
              "(about 30% less pain, continued = partial), a five-day IV ketamine series 02/10-02/14/2025 (its "
              "outcome on p. 2: relief for ten weeks, then back = relapse), a 7-day spinal cord stimulator trial "
              "(<20%). Not rows: oxycodone as needed, lidocaine patches, metoprolol, ibuprofen, wife's low-dose "
              "naltrexone, the refused booster, the requested second series, memantine and bisphosphonates "
              "discussed. Pain 7/10 at rest, 9/10 standing, 8/10 average. Suicidality none."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("none", f, 2, "he denies any thoughts of suicide or of harming himself"),
    )



# ---------------------------------------------------------------------------------------------------------------
def case03():
    f = "st_odile_4west_discharge_summary_2026-06-19.pdf"
    p1 = [
        Title("Discharge Summary - Inpatient Psychiatry"),
        L("St. Odile Regional Medical Center, Unit 4 West | FICTIONAL SAMPLE RECORD (invented patient and staff, "
          "for software testing)", size=8.8),
        T([["Patient", "Marisol Quintanilla-Hart", "MRN", "FICT18-66120"],
           ["DOB", "01/23/1992 (34 y)", "Attending", "Benedikt Alvarado-Sun, MD"],
           ["Admitted", "06/02/2026 (transfer from medicine)", "Discharged", "06/19/2026"],
           ["Legal status", "Voluntary", "Discharged to", "Home, with her partner"]], header=False),
        H("Reason for admission"),
        P("Ms. Quintanilla-Hart was brought to the emergency department by her partner on the evening of 06/01/2026 "
          "after she took about forty 500 mg acetaminophen tablets and a box of diphenhydramine with the intention "
          "of dying, and then told him. She was given intravenous N-acetylcysteine in the emergency department and "
          "on the medical floor; her liver tests peaked on 06/02 and recovered. She was transferred to 4 West on "
          "06/02/2026 once medically cleared."),
        H("History of present illness and prior treatment"),
        P("This is her third depressive episode. The current one began in the autumn of 2025 and deepened after she "
          "lost her job in March 2026. Her outpatient psychiatrist, Dr. Felicity Orrin, started vortioxetine 10 mg "
          "in January 2026 and increased it to 20 mg in March; the patient says she 'felt nothing from it at all' "
          "over five months. It was discontinued on admission."),
        P("Earlier treatment, from the patient and Dr. Orrin's letter: sertraline 50 mg in 2022 upset her stomach "
          "and she stopped it after three weeks. Venlafaxine XR, started in April 2023 and raised to 225 mg, worked "
          "well for about a year (she went back to full-time work), then her mood sank again through the spring of "
          "2025 although she kept taking it; it was tapered off in December 2025. In June 2025 bupropion XL 150 mg "
          "was added to the venlafaxine; it made her 'wired and panicky' and she stopped it after four weeks."),
        P("She saw a counsellor for interpersonal psychotherapy, 12 weekly sessions between January and April 2023, "
          "after her father's death; it helped her grieve, but her mood did not lift."),
        P("She has never had ECT, TMS, esketamine or ketamine. Her father took lithium for bipolar disorder for many "
          "years; she has no history of mania or hypomania. Alcohol two drinks a week; no drugs."),
    ]
    p2 = [
        H("Hospital course"),
        P("Depression. On admission she was withdrawn, tearful and hopeless: PHQ-9 24, GAD-7 16, C-SSRS ideation "
          "severity 5 (active ideation with a plan and intent). Mirtazapine 15 mg at bedtime was started on "
          "06/03/2026 and increased to 30 mg on 06/08/2026. Her sleep and appetite returned within the first week, "
          "and by the second week she was joining groups and talking about the future."),
        P("Lithium carbonate 300 mg twice a day was added to the mirtazapine on 06/10/2026, for augmentation and to "
          "lower the risk of suicide, after a discussion of her father's experience of it; the level was 0.6 mmol/L "
          "on 06/17. It is too early to judge whether the lithium is adding anything."),
        P("ECT was offered on 06/05 as the fastest route to recovery; she declined it because of worries about her "
          "memory and preferred to continue with medication."),
        P("Safety. She was on 1:1 observation for the first 48 hours, then on 15-minute checks. No self-harm on the "
          "unit. From 06/12 she consistently denied suicidal thoughts and wrote a safety plan with her partner."),
        P("As-needed medicines used during the stay: lorazepam 1 mg (five doses, all in the first week), trazodone "
          "50 mg at bedtime for sleep (three doses) and ondansetron 4 mg for nausea (two doses). Acetaminophen was "
          "avoided because of her liver tests."),
        P("Medical. Acetaminophen and diphenhydramine poisoning, resolved: ALT 412 U/L on 06/02, 48 U/L on 06/15. "
          "Hypothyroidism on levothyroxine 75 mcg, unchanged. Baseline renal and thyroid tests before lithium were "
          "normal."),
        P("Therapy. She took part in the daily unit groups and began individual sessions with the unit psychologist; "
          "she has been referred to an intensive outpatient program starting 06/23/2026."),
    ]
    p3 = [
        H("Condition at discharge"),
        P("Much improved: brighter, eating and sleeping, future-oriented; denies suicidal ideation, intent or plan. "
          "At discharge PHQ-9 11, GAD-7 9, C-SSRS ideation severity 0. Her response to mirtazapine is real but "
          "partial: PHQ-9 fell from 24 to 11, and she still has low mornings and poor concentration."),
        H("Medication reconciliation"),
        T([["Medication before admission", "Action", "Note"],
           ["Vortioxetine 20 mg daily", "Stopped 06/02/2026", "No benefit after five months"],
           ["Levothyroxine 75 mcg daily", "Continued", "Hypothyroidism"],
           ["Norgestimate-ethinyl estradiol daily", "Continued", "Contraception; lithium and pregnancy discussed"],
           ["Melatonin 3 mg at bedtime", "Stopped", "Patient preference"]]),
        T([["Discharge medication", "Dose", "Started", "Purpose"],
           ["Mirtazapine", "30 mg at bedtime", "06/03/2026", "Depression"],
           ["Lithium carbonate", "300 mg twice a day", "06/10/2026", "Augmentation; level 0.6 on 06/17"],
           ["Levothyroxine", "75 mcg daily", "(home)", "Hypothyroidism"],
           ["Norgestimate-ethinyl estradiol", "1 tablet daily", "(home)", "Contraception"]]),
        H("Diagnoses at discharge"),
        L("F33.2    Major depressive disorder, recurrent, severe, without psychotic features"),
        L("T39.1X2A    Acetaminophen poisoning, intentional self-harm, initial encounter"),
        L("T45.0X2A    Antihistamine (diphenhydramine) poisoning, intentional self-harm, initial encounter"),
        L("E03.9    Hypothyroidism, unspecified"),
        H("Follow-up"),
        P("Intensive outpatient program at Kestrel Point Behavioral Health from 06/23/2026; Dr. Orrin on 06/26/2026; "
          "lithium level and creatinine in one week. If the response stalls, TMS will be considered. Crisis line 988 "
          "and the unit's number, 555-0152, given to her and her partner."),
        Gap(6),
        L("Electronically signed: Benedikt Alvarado-Sun, MD, 06/19/2026 16:40 (FICTIONAL)"),
    ]
    doc = Doc(f, "pdf", [Page(p1), Page(p2), Page(p3)], font="lsans",
              header="St. Odile Regional Medical Center | Quintanilla-Hart, Marisol | MRN FICT18-66120 | FICTIONAL")
    history = [
        row("sertraline", "SSRI", "antidepressant", "50 mg", "2022", "2022",
            "upset her stomach; stopped after three weeks", "side_effects",
            f, 1, "sertraline 50 mg in 2022 upset her stomach and she stopped it after three weeks"),
        row("IPT", "psychotherapy", "psychotherapy", "12 sessions", "2023-01", "2023-04",
            "helped her grieve, but her mood did not lift", "no_response",
            f, 1, "it helped her grieve, but her mood did not lift"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg", "2023-04", "2025-12",
            "worked well for about a year, then her mood sank again although she kept taking it", "relapse",
            f, 1, "worked well for about a year (she went back to full-time work), then her mood sank again through "
                  "the spring of 2025 although she kept taking it"),
        row("bupropion", "NDRI", "antidepressant", "150 mg", "2025-06", "2025-07",
            "made her 'wired and panicky'; stopped after four weeks", "side_effects",
            f, 1, "it made her 'wired and panicky' and she stopped it after four weeks"),
        row("vortioxetine", "multimodal antidepressant", "antidepressant", "20 mg", "2026-01", "2026-06-02",
            "'felt nothing from it at all' over five months; discontinued on admission", "no_response",
            f, 1, "the patient says she 'felt nothing from it at all' over five months"),
        row("mirtazapine", "NaSSA", "antidepressant", "30 mg", "2026-06-03", None,
            "sleep and appetite back, brighter; 'real but partial' response at discharge; continued",
            "partial_response", f, 3, "Her response to mirtazapine is real but partial"),
        row("lithium", "mood stabilizer", "augmentation", "300 mg twice a day", "2026-06-10", None,
            "too early to judge whether it is adding anything; continued", "unknown",
            f, 2, "It is too early to judge whether the lithium is adding anything"),
    ]
    adm = "On admission she was withdrawn, tearful and hopeless: PHQ-9 24, GAD-7 16, C-SSRS ideation severity 5"
    dis = "At discharge PHQ-9 11, GAD-7 9, C-SSRS ideation severity 0"
    scales = [
        scale("PHQ-9", 24, "2026-06-02", f, 2, adm), scale("GAD-7", 16, "2026-06-02", f, 2, adm),
        scale("C-SSRS", 5, "2026-06-02", f, 2, adm),
        scale("PHQ-9", 11, "2026-06-19", f, 3, dis), scale("GAD-7", 9, "2026-06-19", f, 3, dis),
        scale("C-SSRS", 0, "2026-06-19", f, 3, dis),
    ]
    diagnoses = [
        dx("F33.2", f, 3, "F33.2 Major depressive disorder, recurrent, severe, without psychotic features"),
        dx("T39.1X2A", f, 3, "T39.1X2A Acetaminophen poisoning, intentional self-harm"),
        dx("T45.0X2A", f, 3, "T45.0X2A Antihistamine (diphenhydramine) poisoning, intentional self-harm"),
        dx("E03.9", f, 3, "E03.9 Hypothyroidism, unspecified"),
    ]
    return dict(
        slug="03-psychiatric-unit-discharge-summary-pdf",
        note=("FICTIONAL case. A general hospital psychiatric unit's discharge summary (3-page PDF) after an "
              "intentional acetaminophen and diphenhydramine overdose (attempt). Prior trials in the HPI (p. 1): "
              "sertraline 2022 (stomach, three weeks), IPT 12 sessions 01-04/2023 (helped grief, mood did not "
              "lift), venlafaxine XR 04/2023-12/2025 (worked a year, then sank while taking it = relapse), "
              "bupropion XL added 06/2025 (wired and panicky, four weeks; an antidepressant added to one), "
              "vortioxetine 01/2026 to the admission (nothing; discontinued 06/02/2026). In hospital (p. 2-3): "
              "mirtazapine from 06/03 ('real but partial' on p. 3, continued), lithium added 06/10 ('too early to "
              "judge' = unknown, continued). Not rows: ECT declined, 'never had ECT, TMS, esketamine or ketamine', "
              "father's lithium, as-needed lorazepam / trazodone / ondansetron, N-acetylcysteine, melatonin, "
              "levothyroxine, contraception, unit groups, the IOP referral, TMS 'will be considered'. Scales on "
              "admission (06/02) and at discharge (06/19)."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("attempt", f, 1, "a box of diphenhydramine with the intention of dying"),
    )


# ---------------------------------------------------------------------------------------------------------------
def case04():
    f = "northgate_home_delivery_rx_history_and_cmr.pdf"
    P_, B_, A_ = "L. Parrish, MD", "R. Okonjo-Lind, NP", "Shipped"
    fills = [
        ["Fill date", "Rx #", "Drug and strength", "Directions (abbrev.)", "Qty", "Days", "Prescriber", "Status"],
        ["01/08/2025", "6610231", "citalopram 20 mg tablet", "1 daily", "30", "30", P_, A_],
        ["01/15/2025", "6610290", "metformin 500 mg tablet", "2 twice daily", "360", "90", B_, A_],
        ["01/15/2025", "6610291", "losartan 50 mg tablet", "1 daily", "90", "90", B_, A_],
        ["02/06/2025", "6610231", "citalopram 20 mg tablet", "1 daily", "30", "30", P_, A_],
        ["03/07/2025", "6610231", "citalopram 20 mg tablet", "1 daily", "30", "30", P_, A_],
        ["04/05/2025", "6610231", "citalopram 20 mg tablet", "1 daily", "30", "30", P_, A_],
        ["05/06/2025", "6614402", "sertraline 50 mg tablet", "1 daily", "30", "30", P_, A_],
        ["06/04/2025", "6614988", "sertraline 100 mg tablet", "1 daily", "30", "30", P_, A_],
        ["07/03/2025", "6614988", "sertraline 100 mg tablet", "1 daily", "30", "30", P_, A_],
        ["07/03/2025", "6615120", "atorvastatin 20 mg tablet", "1 at bedtime", "90", "90", B_, A_],
        ["08/01/2025", "6616005", "sertraline 50 mg tablet", "3 daily", "90", "30", P_, A_],
        ["08/01/2025", "6616007", "bupropion XL 150 mg tablet", "1 every morning", "30", "30", P_, A_],
        ["08/20/2025", "6616210", "sumatriptan 50 mg tablet", "1 as needed, migraine", "9", "30", B_, A_],
        ["08/30/2025", "6616005", "sertraline 50 mg tablet", "3 daily", "90", "30", P_, A_],
        ["08/30/2025", "6616007", "bupropion XL 150 mg tablet", "1 every morning", "30", "30", P_, A_],
        ["09/12/2025", "6616560", "aripiprazole 2 mg tablet", "1 daily", "30", "30", P_,
         "Cancelled - member declined shipment"],
        ["09/29/2025", "6616005", "sertraline 50 mg tablet", "3 daily", "90", "30", P_, A_],
        ["10/06/2025", "6617102", "brexpiprazole 1 mg tablet", "1 daily", "30", "30", P_,
         "On hold - prior authorization required"],
        ["10/28/2025", "6616005", "sertraline 50 mg tablet", "3 daily", "90", "30", P_, A_],
        ["11/04/2025", "6617102", "brexpiprazole 1 mg tablet", "1 daily", "30", "30", P_,
         "Shipped (PA approved 11/03/2025)"],
        ["11/04/2025", "6617350", "quetiapine 50 mg tablet", "1 at bedtime for sleep", "30", "30", P_, A_],
        ["11/26/2025", "6616005", "sertraline 50 mg tablet", "3 daily", "90", "30", P_, A_],
        ["12/02/2025", "6617102", "brexpiprazole 1 mg tablet", "1 daily", "30", "30", P_, A_],
        ["12/02/2025", "6617350", "quetiapine 50 mg tablet", "1 at bedtime for sleep", "30", "30", P_, A_],
        ["12/26/2025", "6616005", "sertraline 50 mg tablet", "3 daily", "90", "30", P_, A_],
        ["01/03/2026", "6617102", "brexpiprazole 1 mg tablet", "1 daily", "30", "30", P_,
         "Reversed - returned to stock (Rx discontinued 01/06/2026)"],
        ["01/15/2026", "6618822", "metformin 500 mg tablet", "2 twice daily", "360", "90", B_, A_],
        ["01/15/2026", "6618823", "losartan 50 mg tablet", "1 daily", "90", "90", B_, A_],
        ["01/24/2026", "6616005", "sertraline 50 mg tablet", "3 daily", "90", "30", P_, A_],
        ["02/01/2026", "6617350", "quetiapine 50 mg tablet", "1 at bedtime for sleep", "60", "60", P_, A_],
        ["02/23/2026", "6616005", "sertraline 50 mg tablet", "3 daily", "90", "30", P_, A_],
    ]
    p1 = [
        Title("Prescription History Report - 01/01/2025 to 03/10/2026"),
        L("Northgate Home Delivery Pharmacy | member services 555-0161 | FICTIONAL SAMPLE: invented member, "
          "prescribers and numbers, for software testing only", size=8.6),
        L("Member: Gwendolyn Ashby-Torres | DOB 05/30/1968 | Member ID FICT18-7730-02 | Printed 03/12/2026 for the "
          "clinical pharmacist's review", size=8.6),
        T(fills[:17], size=8.2),
        L("Continued on the next page.", size=7.8),
    ]
    p1b = [
        L("Prescription History Report (continued) | Member ID FICT18-7730-02 | FICTIONAL", size=8.6),
        T(fills[:1] + fills[17:], size=8.2),
        L("Status codes: Shipped = dispensed and mailed; Cancelled = not dispensed; On hold = not dispensed until "
          "resolved; Reversed = claim reversed, medicine not received.", size=7.8),
    ]
    p2 = [
        Title("Comprehensive Medication Review - telephone consultation"),
        L("Date: 03/10/2026 | Pharmacist: Oyelaran Fitzwilliam, PharmD | Member: Gwendolyn Ashby-Torres | "
          "Consent: verbal | FICTIONAL", size=8.8),
        H("Depression medicines (member's report, checked against the fill history)"),
        P("Citalopram 20 mg, January to May 2025: she says it 'didn't do a thing' for her mood in four months; "
          "Dr. Parrish switched her to sertraline."),
        P("Sertraline since May 2025, at 150 mg (three 50 mg tablets) since August 2025: she estimates she is "
          "'about halfway back' to her usual self; sleeping better, still no energy or enjoyment in the afternoons. "
          "She wants to continue it."),
        P("Bupropion XL 150 mg was added to the sertraline in August 2025; she had daily headaches and felt "
          "'jittery', and she stopped it herself in late September 2025 after two fills. No refills since."),
        P("Aripiprazole 2 mg was prescribed in September 2025; she declined the shipment after reading about "
          "weight gain and never took it."),
        P("Brexpiprazole 1 mg (Rexulti) was added to the sertraline on 11/04/2025 after the prior authorization; "
          "within three weeks she 'couldn't sit through a TV show' (restlessness, akathisia) and Dr. Parrish "
          "discontinued it on 01/06/2026. The January fill was returned and credited."),
        P("Quetiapine 50 mg at bedtime is for sleep only (prescriber's note: insomnia, not for mood); she takes it "
          "most nights."),
        P("Before our records: she took mirtazapine in 2019 for about six months; it helped her sleep but she "
          "gained 20 lb and stopped it. Her husband takes duloxetine and she wonders whether it would suit her."),
        H("Depression screening and safety"),
        P("PHQ-9 by telephone today 14 (she says it was 20 at Dr. Parrish's office in April 2025). Asked directly, "
          "she denies any thoughts of self-harm or suicide."),
        H("Other conditions and medicines"),
        P("Type 2 diabetes (E11.9) on metformin; hypertension (I10) on losartan; hyperlipidemia (E78.5) on "
          "atorvastatin; migraine (G43.909) with sumatriptan as needed. Her depression is coded F33.1 on the "
          "prescriptions."),
        H("Recommendations sent to the prescriber"),
        P("1. Sertraline 150 mg with a partial response: consider 200 mg. 2. Avoid restarting brexpiprazole. "
          "3. Quetiapine for sleep: review the need for it. 4. If more augmentation is wanted, she is willing to "
          "talk about lithium or a switch of antidepressant."),
    ]
    doc = Doc(f, "pdf", [Page(p1), Page(p1b), Page(p2)], font="lsans", landscape=True,
              header="Northgate Home Delivery Pharmacy | Ashby-Torres, Gwendolyn | FICT18-7730-02 | FICTIONAL")
    history = [
        row("citalopram", "SSRI", "antidepressant", "20 mg", "2025-01-08", "2025-05",
            "'didn't do a thing' for her mood in four months", "no_response",
            f, 3, "she says it 'didn't do a thing' for her mood in four months"),
        row("sertraline", "SSRI", "antidepressant", "150 mg", "2025-05-06", None,
            "'about halfway back' to her usual self; continues", "partial_response",
            f, 3, "she estimates she is 'about halfway back' to her usual self"),
        row("bupropion", "NDRI", "antidepressant", "150 mg", "2025-08-01", "2025-09",
            "daily headaches, felt 'jittery'; stopped herself in late September 2025", "side_effects",
            f, 3, "she had daily headaches and felt 'jittery', and she stopped it herself in late September 2025"),
        row("brexpiprazole", "atypical antipsychotic", "augmentation", "1 mg", "2025-11-04", "2026-01-06",
            "restlessness, akathisia; discontinued", "side_effects",
            f, 3, "within three weeks she 'couldn't sit through a TV show' (restlessness, akathisia)"),
        row("mirtazapine", "NaSSA", "antidepressant", None, "2019", "2019",
            "helped her sleep but she gained 20 lb and stopped it", "side_effects",
            f, 3, "it helped her sleep but she gained 20 lb and stopped it"),
    ]
    scales = [
        scale("PHQ-9", 14, "2026-03-10", f, 3, "PHQ-9 by telephone today 14"),
        scale("PHQ-9", 20, "2025-04", f, 3, "she says it was 20 at Dr. Parrish's office in April 2025"),
    ]
    diagnoses = [
        dx("E11.9", f, 3, "Type 2 diabetes (E11.9)"), dx("I10", f, 3, "hypertension (I10)"),
        dx("E78.5", f, 3, "hyperlipidemia (E78.5)"), dx("G43.909", f, 3, "migraine (G43.909)"),
        dx("F33.1", f, 3, "Her depression is coded F33.1"),
    ]
    return dict(
        slug="04-mail-order-fill-history-and-medication-review",
        note=("FICTIONAL case. A mail-order pharmacy's prescription history (landscape 3-page PDF, p. 1-2: 31 fills with "
              "status, strength changes under new Rx numbers, cancelled / on hold / reversed claims) and the "
              "clinical pharmacist's telephone medication review (p. 3) that gives the outcomes. Rows: citalopram "
              "01/08-05/2025 (did nothing), sertraline from 05/06/2025 at 150 mg (about halfway back, continues), "
              "bupropion XL added 08/2025 (headaches, jittery; an antidepressant added to one), brexpiprazole added "
              "11/04/2025 (akathisia, discontinued 01/06/2026 = augmentation, side effects), mirtazapine 2019 "
              "(weight). Not rows: aripiprazole never shipped, quetiapine 50 mg for sleep only, husband's "
              "duloxetine, sumatriptan, metformin, losartan, atorvastatin, the recommendations (200 mg, lithium, "
              "a switch). Suicidality none."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("none", f, 3, "she denies any thoughts of self-harm or suicide"),
    )



# ---------------------------------------------------------------------------------------------------------------
def case05():
    f = "larchmont_step_therapy_exception_request_2026-10-02.pdf"
    trials = [
        ["Drug", "Dose", "Start (mm/yyyy)", "End (mm/yyyy)", "Weeks", "Ineffective", "Intolerance",
         "Other (explain)"],
        ["Paroxetine (Paxil)", "20 mg", "2016", "2016", "3", "[ ]", "[X] 'felt drugged'", "[ ]"],
        ["Escitalopram", "20 mg", "03/2021", "11/2021", "34", "[X]", "[ ]", "[ ]"],
        ["Duloxetine", "60 mg", "12/2021", "09/2022", "40", "[ ]", "[ ]", "[X] lost coverage; was helping"],
        ["Venlafaxine XR", "225 mg", "01/2024", "03/2025", "62", "[X]", "[ ]", "[ ]"],
        ["Vilazodone", "40 mg", "05/2025", "current", "74", "[ ]", "[ ]", "[X] partial response; continues"],
        ["Bupropion SR", "150 mg", "", "", "", "[ ]", "[ ]", "[X] prescribed 2023, never filled"],
    ]
    p1 = [
        Title("Step Therapy Exception Request - Antidepressants"),
        L("Larchmont Mutual Health Plan | Pharmacy Prior Authorization | Fax 555-0163 | FICTIONAL SAMPLE FORM "
          "(invented plan, member and prescriber)", size=8.6),
        L("Complete every section. Incomplete requests will be returned. Attach chart notes.", size=8.6),
        H("Section A. Member and prescriber"),
        T([["Member name", "Bartholomew Nakagawa-Price", "Member ID", "FICT18-5521-01"],
           ["Date of birth", "11/11/1979", "Request date", "10/02/2026"],
           ["Prescriber", "Henrietta Olufemi-Strand, MD (psychiatry)", "Phone / fax", "555-0171 / 555-0172"],
           ["Clinic", "Thistledown Psychiatry Associates", "NPI", "FICT18-NPI-0093"]], header=False),
        H("Section B. Requested medication"),
        L("Drug: dextromethorphan-bupropion ER (Auvelity) 45 mg/105 mg    Directions: 1 tablet twice daily    "
          "Quantity: 60 / 30 days"),
        L("Diagnosis (ICD-10-CM): F33.1 major depressive disorder, recurrent, moderate    Secondary: F41.1 "
          "generalized anxiety disorder"),
        L("Request type:   [X] Step therapy exception    [ ] New start    [ ] Continuation    [ ] Quantity limit"),
        H("Section C. Antidepressants tried (list every trial; tick the reason it was stopped)"),
        T(trials, size=8.6),
        H("Section D. Augmentation"),
        L("Augmentation tried?   [X] Yes   [ ] No"),
        T([["Agent", "Dose", "Added to", "Dates", "Outcome"],
           ["Aripiprazole", "5 mg", "venlafaxine XR", "06/2024 - 09/2024",
            "[ ] Improved   [X] Not improved   [ ] Not tolerated"]]),
        L("Lithium or thyroid hormone tried?   [ ] Yes   [X] No"),
    ]
    p2 = [
        L("Member: Bartholomew Nakagawa-Price | FICT18-5521-01 | page 2 of the request", size=8.6),
        H("Section E. Other treatments"),
        L("Psychotherapy?   [X] Yes   [ ] No    Type: CBT    Sessions: 12    Year(s): 2024    Result: minimal "
          "change in mood"),
        L("ECT?   [ ] Yes   [X] No          TMS?   [ ] Yes   [X] No          Esketamine?   [ ] Yes   [X] No"),
        H("Section F. Severity and risk"),
        L("PHQ-9 (most recent) / date:   18  on  09/30/2026          Prior PHQ-9 / date:   21  on  05/14/2025"),
        L("Current suicidal ideation:   [ ] None   [X] Passive   [ ] Active without plan   [ ] Active with plan"),
        L("Past suicide attempt:   [ ] Yes   [X] No"),
        H("Section G. Clinical rationale (prescriber)"),
        P("Mr. Nakagawa-Price has recurrent major depression with anxious distress. Paroxetine in 2016 left him "
          "'drugged' and he stopped it within three weeks. Escitalopram 20 mg for eight months in 2021 did not "
          "help. Duloxetine 60 mg was helping (PHQ-9 from 20 to 13) when he lost coverage with a job change in "
          "September 2022; his new plan would not cover it and he did not restart it. Venlafaxine XR at 225 mg for "
          "over a year, with aripiprazole 5 mg added for three months in 2024, brought no meaningful change. "
          "Vilazodone 40 mg since May 2025 has given a partial response, which is not enough: he is working reduced "
          "hours and his PHQ-9 remains 18."),
        P("Bupropion SR was prescribed in 2023, but he never filled it because of a febrile seizure at age two; on "
          "review this is not a contraindication, and the requested drug contains bupropion. He has not had ECT or "
          "TMS. His brother did well on esketamine at another clinic, but Mr. Nakagawa-Price cannot arrange the "
          "two-hour observation and the transport twice a week."),
        P("I ask the plan to waive the step that requires a bupropion trial and to approve dextromethorphan-"
          "bupropion ER, to be taken with vilazodone tapered off over two weeks."),
        Gap(6),
        L("Prescriber signature: Henrietta Olufemi-Strand, MD (signed electronically)    Date: 10/02/2026"),
        Rule(),
        L("For plan use only:   [ ] Approved   [ ] Denied   [ ] Pended    Reviewer: ____________    Date: ________"),
    ]
    doc = Doc(f, "pdf", [Page(p1), Page(p2)], font="lsans",
              header="Larchmont Mutual Health Plan | Step therapy exception | FICTIONAL SAMPLE")
    history = [
        row("paroxetine", "SSRI", "antidepressant", "20 mg", "2016", "2016", "intolerance: 'felt drugged'",
            "side_effects", f, 1, "[X] 'felt drugged'"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2021-03", "2021-11", "ineffective",
            "no_response", f, 1, "Escitalopram 20 mg 03/2021 11/2021 34 [X]"),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2021-12", "2022-09",
            "was helping (PHQ-9 from 20 to 13) when he lost coverage", "partial_response",
            f, 2, "Duloxetine 60 mg was helping (PHQ-9 from 20 to 13) when he lost coverage"),
        row("venlafaxine", "SNRI", "antidepressant", "225 mg", "2024-01", "2025-03", "ineffective",
            "no_response", f, 1, "Venlafaxine XR 225 mg 01/2024 03/2025 62 [X]"),
        row("vilazodone", "SSRI and 5-HT1A partial agonist", "antidepressant", "40 mg", "2025-05", None,
            "partial response; continues", "partial_response",
            f, 1, "[X] partial response; continues"),
        row("aripiprazole", "atypical antipsychotic", "augmentation", "5 mg", "2024-06", "2024-09",
            "not improved", "no_response",
            f, 1, "Aripiprazole 5 mg venlafaxine XR 06/2024 - 09/2024 [ ] Improved [X] Not improved"),
        row("CBT", "psychotherapy", "psychotherapy", "12 sessions", "2024", "2024", "minimal change in mood",
            "no_response", f, 2, "Type: CBT Sessions: 12 Year(s): 2024 Result: minimal change in mood"),
    ]
    scales = [
        scale("PHQ-9", 18, "2026-09-30", f, 2, "PHQ-9 (most recent) / date: 18 on 09/30/2026"),
        scale("PHQ-9", 21, "2025-05-14", f, 2, "Prior PHQ-9 / date: 21 on 05/14/2025"),
    ]
    diagnoses = [
        dx("F33.1", f, 1, "F33.1 major depressive disorder, recurrent, moderate"),
        dx("F41.1", f, 1, "F41.1 generalized anxiety disorder"),
    ]
    return dict(
        slug="05-step-therapy-exception-form-pdf",
        note=("FICTIONAL case. A health plan's step-therapy exception form for dextromethorphan-bupropion, filled "
              "in by the psychiatric clinic (2-page PDF): a trials table whose reason for stopping is a ticked "
              "column (Ineffective / Intolerance / Other), an augmentation table with ticked outcome, check-box "
              "questions and the prescriber's rationale. Rows: paroxetine 2016 (intolerance), escitalopram "
              "03-11/2021 (ineffective), duloxetine 12/2021-09/2022 (stopped only for lost coverage; 'was helping' "
              "= partial_response), venlafaxine XR 01/2024-03/2025 (ineffective), vilazodone from 05/2025 (partial, "
              "current), aripiprazole added to venlafaxine 06-09/2024 (not improved), CBT 12 sessions 2024 "
              "(minimal change). Not rows: the requested drug, bupropion SR 'prescribed 2023, never filled', ECT / "
              "TMS / esketamine ticked No, lithium / thyroid No, brother's esketamine. Suicidality passive (ticked)."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("passive", f, 2, "Current suicidal ideation: [ ] None [X] Passive"),
    )


# ---------------------------------------------------------------------------------------------------------------
def case06():
    f = "hollins_ferry_primary_care_health_summary.txt"
    text = """HOLLINS FERRY PRIMARY CARE -- PATIENT HEALTH SUMMARY                 *** FICTIONAL SAMPLE RECORD ***
Invented patient and clinicians, for software testing only. Not a real person.

Patient: VASQUEZ-LINDQVIST, CORDELIA          DOB: 09/14/1975 (51 y)      Sex: F
MRN: FICT18-30455                             PCP: Tobias Evergreen-Nash, MD
Printed: 10/21/2026 09:12 by front desk (records request, patient-authorized)

==========================================================================================================
PROBLEM LIST
==========================================================================================================
Status    Problem                                                    ICD-10    Onset       Resolved
Active    Major depressive disorder, recurrent, moderate              F33.1     03/2017
Active    Essential (primary) hypertension                            I10       2015
Active    Hyperlipidemia, unspecified                                 E78.5     2018
Active    Gastro-esophageal reflux disease without esophagitis        K21.9     2020
Active    Hypothyroidism, unspecified                                 E03.9     2012
Active    Mild intermittent asthma, uncomplicated                     J45.20    childhood
Resolved  Acute bronchitis, unspecified                               J20.9     01/2023     02/2023

==========================================================================================================
MEDICATIONS -- ACTIVE
==========================================================================================================
Medication                          Sig                                          Start        Prescriber
DULoxetine 60 MG capsule DR         1 cap by mouth daily                          01/09/2024   T. Evergreen-Nash
traZODone 50 MG tablet              1 tab at bedtime as needed for sleep          04/14/2026   T. Evergreen-Nash
lisinopril 20 MG tablet             1 tab daily                                   2015         T. Evergreen-Nash
atorvastatin 40 MG tablet           1 tab at bedtime                              2018         T. Evergreen-Nash
levothyroxine 88 MCG tablet         1 tab daily before breakfast                  2012         T. Evergreen-Nash
omeprazole 20 MG capsule DR         1 cap daily                                   2020         T. Evergreen-Nash
albuterol HFA 90 MCG/ACT inhaler    2 puffs every 4 h as needed for wheeze        childhood    T. Evergreen-Nash
ALPRAZolam 0.25 MG tablet           1 tab before flights as needed (#6 a year)    2025         T. Evergreen-Nash

==========================================================================================================
MEDICATIONS -- INACTIVE / DISCONTINUED
==========================================================================================================
Medication                     Start         Stop          Reason for discontinuation
FLUoxetine 20 MG capsule       03/14/2017    09/20/2017    Course completed - symptoms resolved
FLUoxetine 40 MG capsule       11/05/2019    05/11/2020    Ineffective
sertraline 100 MG tablet       02/03/2021    08/17/2021    Ineffective
buPROPion XL 300 MG tablet     08/17/2021    06/02/2022    Adverse effect (insomnia, BP up)
citalopram 20 MG tablet        06/02/2022    06/02/2022    Entered in error
escitalopram 20 MG tablet      06/02/2022    01/09/2024    Therapy changed - partial response only
amoxicillin 875 MG tablet      01/18/2023    01/28/2023    Course completed
prednisone 40 MG tablet        01/18/2023    01/23/2023    Course completed

==========================================================================================================
ENCOUNTERS (most recent first)
==========================================================================================================
10/20/2026  Annual physical -- T. Evergreen-Nash, MD
  Depression: on duloxetine 60 mg since 01/2024. Mood 'better than it was, not where I want it to be'.
  PHQ-9 12 today (14 in April). Her low back pain has also eased on duloxetine. Denies SI.
  No change today; psychiatry referral for further options offered -- she will think about it.
  Current meds: duloxetine 60 mg daily; trazodone 50 mg qhs prn sleep; lisinopril 20 mg; atorvastatin
  40 mg; levothyroxine 88 mcg; omeprazole 20 mg; albuterol prn; alprazolam 0.25 mg prn flights.
  Influenza vaccine given. Dx this visit: F33.1, I10, E78.5, E03.9, K21.9

04/14/2026  Follow-up -- T. Evergreen-Nash, MD
  Depression: duloxetine 60 mg, partial benefit. PHQ-9 14, GAD-7 9. Poor sleep most nights:
  trazodone 50 mg at bedtime as needed added. Denies SI.
  Current meds: duloxetine 60 mg daily; lisinopril 20 mg; atorvastatin 40 mg; levothyroxine 88 mcg;
  omeprazole 20 mg; albuterol prn; alprazolam 0.25 mg prn flights.

10/07/2025  Follow-up -- Imani Sorensen-Blake, PA-C
  BP 128/80. Depression: continues duloxetine 60 mg, 'somewhat better'. PHQ-9 13. Denies SI.
  Current meds: duloxetine 60 mg daily; lisinopril 20 mg; atorvastatin 40 mg; levothyroxine 88 mcg;
  omeprazole 20 mg; albuterol prn.

01/09/2024  Depression visit -- T. Evergreen-Nash, MD
  Escitalopram 20 mg x 19 months: 'takes the edge off but I'm still not right' -> partial response only.
  PHQ-9 19. Endorses passive death wish ('wouldn't mind not waking up'), no plan, no intent; safety plan
  made, 988 reviewed. Cross-taper escitalopram -> duloxetine 30 mg x 1 wk, then 60 mg daily.
  Past meds: fluoxetine 2017 (worked, stopped when well); fluoxetine again 2019-20 (did nothing this
  time); sertraline 2021 (no help); bupropion XL 2021-22 (insomnia, BP up); escitalopram 2022-24 (partial).
  Therapy: referred to behavioral health 02/2021 -- never scheduled. Her sister is in DBT and 'swears by it'.

==========================================================================================================
HEALTH MAINTENANCE
==========================================================================================================
Colonoscopy 03/2025 (normal; repeat 2035). Mammogram 08/2026. Influenza vaccine 10/20/2026.
Tdap 2019. Lipid panel 10/2026: LDL 92.

--- end of summary (FICTIONAL) ---
"""
    doc = Doc(f, "txt", text=text)
    history = [
        row("fluoxetine", "SSRI", "antidepressant", "20 mg", "2017-03-14", "2017-09-20",
            "course completed - symptoms resolved (worked, stopped when well)", "remission",
            f, 1, "FLUoxetine 20 MG capsule 03/14/2017 09/20/2017 Course completed - symptoms resolved"),
        row("fluoxetine", "SSRI", "antidepressant", "40 mg", "2019-11-05", "2020-05-11",
            "ineffective ('did nothing this time')", "no_response",
            f, 1, "FLUoxetine 40 MG capsule 11/05/2019 05/11/2020 Ineffective"),
        row("sertraline", "SSRI", "antidepressant", "100 mg", "2021-02-03", "2021-08-17", "ineffective",
            "no_response", f, 1, "sertraline 100 MG tablet 02/03/2021 08/17/2021 Ineffective"),
        row("bupropion", "NDRI", "antidepressant", "300 mg", "2021-08-17", "2022-06-02",
            "adverse effect (insomnia, BP up)", "side_effects",
            f, 1, "buPROPion XL 300 MG tablet 08/17/2021 06/02/2022 Adverse effect (insomnia, BP up)"),
        row("escitalopram", "SSRI", "antidepressant", "20 mg", "2022-06-02", "2024-01-09",
            "therapy changed - partial response only ('takes the edge off but I'm still not right')",
            "partial_response",
            f, 1, "escitalopram 20 MG tablet 06/02/2022 01/09/2024 Therapy changed - partial response only"),
        row("duloxetine", "SNRI", "antidepressant", "60 mg", "2024-01-09", None,
            "'better than it was, not where I want it to be'; continues", "partial_response",
            f, 1, "Mood 'better than it was, not where I want it to be'"),
    ]
    scales = [
        scale("PHQ-9", 12, "2026-10-20", f, 1, "PHQ-9 12 today (14 in April)"),
        scale("PHQ-9", 14, "2026-04-14", f, 1, "partial benefit. PHQ-9 14, GAD-7 9"),
        scale("GAD-7", 9, "2026-04-14", f, 1, "partial benefit. PHQ-9 14, GAD-7 9"),
        scale("PHQ-9", 13, "2025-10-07", f, 1, "'somewhat better'. PHQ-9 13"),
        scale("PHQ-9", 19, "2024-01-09", f, 1, "partial response only. PHQ-9 19"),
    ]
    diagnoses = [
        dx("F33.1", f, 1, "Major depressive disorder, recurrent, moderate F33.1"),
        dx("I10", f, 1, "Essential (primary) hypertension I10"),
        dx("E78.5", f, 1, "Hyperlipidemia, unspecified E78.5"),
        dx("K21.9", f, 1, "Gastro-esophageal reflux disease without esophagitis K21.9"),
        dx("E03.9", f, 1, "Hypothyroidism, unspecified E03.9"),
        dx("J45.20", f, 1, "Mild intermittent asthma, uncomplicated J45.20"),
        dx("J20.9", f, 1, "Acute bronchitis, unspecified J20.9"),
    ]
    return dict(
        slug="06-primary-care-problem-list-med-history-txt",
        note=("FICTIONAL case. A primary-care practice's patient health summary (plain-text EHR printout): problem "
              "list with ICD-10 codes (one resolved), active and discontinued medications with start, stop and "
              "reason, and four encounters with the medication list copied forward. Rows: two courses of "
              "fluoxetine (2017 'Course completed - symptoms resolved' = remission; 2019-2020 'Ineffective'), "
              "sertraline 2021 (ineffective), bupropion XL 2021-2022 (insomnia, BP up), escitalopram 2022-2024 "
              "('partial response only'), duloxetine from 01/09/2024 (partial, active). Not rows: citalopram "
              "'Entered in error', amoxicillin and prednisone 'Course completed', trazodone as needed for sleep, "
              "alprazolam before flights, albuterol, lisinopril, atorvastatin, levothyroxine, omeprazole, the "
              "behavioral-health referral never scheduled, sister's DBT, the psychiatry referral offered. "
              "Suicidality passive (01/09/2024), denies since."),
        docs=[doc], history=history, scales=scales, diagnoses=diagnoses,
        suicidality=sui("passive", f, 1, "Endorses passive death wish ('wouldn't mind not waking up'), no plan"),
    )


CASES = [case01, case02, case03, case04, case05, case06]
