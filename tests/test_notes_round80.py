"""The s80 round: record shapes that hid blind-fresh48's rows, scores and outcome classes (docs/notes.md, "s80"), each
read in layouts, words and languages of our own, not copies of any set's records (all examples FICTIONAL: people,
clinics and numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document, table_header
from appeal_kit.notes.propose import Proposals, outcome_of, propose


def read(text: str) -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), "txt")])


def trials(text: str) -> list[tuple]:
    return sorted((r.name, r.start, r.end, r.outcome_class) for r in read(text).history)


def classes(text: str) -> dict[str, str]:
    return {r.name: r.outcome_class for r in read(text).history}


def scores(text: str) -> list[tuple]:
    return sorted((s["name"], s["score"], s["date"]) for s in read(text).scales)


def test_a_session_grid_whose_cells_stand_a_single_space_apart() -> None:
    """A session grid printed narrow, its headings and its cells a single space apart (pdftotext closes the gaps):
    each row's date and score. Main (b92f4014): no table, the grid read as one sentence and no score of it."""
    assert [role for _, _, role in table_header("Session Date PHQ-9 Tech note") or []] == [
        None, "dates", "scale", "outcome"]
    assert [role for _, _, role in table_header("Tx # Date MADRS RN comments") or []] == [
        None, "dates", "scale", "outcome"]
    grid = ("Dx: F33.2 major depressive disorder, recurrent, severe\n"
            "TMS session record - 10 Hz left DLPFC\n"
            "Session Date PHQ-9 Tech note\n"
            "1 03/02/2026 21 motor threshold 48%\n"
            "4 03/05/2026 - tolerated\n"
            "10 03/13/2026 15 mild scalp discomfort\n"
            "20 03/27/2026 9 tolerated\n")
    assert scores(grid) == [("PHQ-9", 9, "2026-03-27"), ("PHQ-9", 15, "2026-03-13"), ("PHQ-9", 21, "2026-03-02")]
    # (a grid of drugs, the name's words up to the dose: "Date Drug Dose GAD-7 Note")
    log = ("Dx: F33.1 major depressive disorder, recurrent\n"
           "Medication log\n"
           "Date Drug Dose PHQ-9 Note\n"
           "01/06/2026 desvenlafaxine ER 50 mg 20 started\n"
           "02/03/2026 desvenlafaxine ER 100 mg 19 no change; nausea\n"
           "03/03/2026 desvenlafaxine ER 100 mg 20 'same as before'; stopped, no benefit\n")
    assert scores(log) == [("PHQ-9", 19, "2026-02-03"), ("PHQ-9", 20, "2026-01-06"), ("PHQ-9", 20, "2026-03-03")]
    assert trials(log) == [("desvenlafaxine", "2026-01-06", "2026-03-03", "no_response")]
    # (guards: a sentence of capitalised words is no grid; a row that does not open with a value per column stays
    # prose under headings set wide apart)
    assert table_header("Session Notes From Dr Lane") is None
    assert scores("Dx: F33.1 major depressive disorder\n"
                  "Session Date PHQ-9 Tech note\n"
                  "The first session is booked for next week; PHQ-9 18 on 04/01/2026.\n") == [
        ("PHQ-9", 18, "2026-04-01")]


def test_a_fast_heart_is_a_harm() -> None:
    """Tachycardia, a racing or pounding heart, are harms a drug is stopped for. Main (b92f4014): no harm word, so the
    stop said nothing ("unknown"), or the no gain before it decided ("no_response")."""
    assert outcome_of("'no different'; HR 122; stopped for tachycardia")[0] == "side_effects"
    assert outcome_of("stopped because of a racing heart and poor sleep")[0] == "side_effects"
    assert outcome_of("her heart was pounding at night, so it came off")[0] == "side_effects"
    # (guards: a harm denied is none)
    assert outcome_of("no tachycardia on it")[0] == "unknown"


def test_a_weight_said_to_hold_is_no_harm() -> None:
    """"Weight stable" says the drug did no harm to the weight. Main (b92f4014): "weight" read as a harm,
    side_effects."""
    assert outcome_of("nortriptyline 75 mg continued; level in range; weight stable")[0] == "unknown"
    assert outcome_of("Weight has stayed the same on it.")[0] == "unknown"
    assert outcome_of("weight unchanged and mood a lot better")[0] != "side_effects"
    # (guards: a weight that moved is a harm)
    assert outcome_of("weight up 12 lb, stopped")[0] == "side_effects"
    assert outcome_of("stopped for weight gain")[0] == "side_effects"


def test_the_last_of_the_visits_a_finding_was_asked_at_is_no_trials_end() -> None:
    """"Suicidal ideation: denied at every contact (last 07/07/2026)" after a drug continued tells when the question
    was last asked, not when the drug ended. Main (b92f4014): the drug ended that day."""
    assert trials("Dx: F33.1 major depressive disorder, recurrent\n"
                  "Clinic note\n\n"
                  "Summary 09/15/2026: mirtazapine 30 mg continued; sleeping better.\n"
                  "Suicidal ideation: denied at every visit (last 09/15/2026).\n") == [
        ("mirtazapine", None, None, "partial_response")]
    # (a guard: the last of a course's sessions ends it)
    assert trials("Dx: F33.2 major depressive disorder, recurrent, severe\n"
                  "Clinic note\n\n"
                  "He began ECT on 02/02/2026. After 10 treatments (last 03/06/2026) he was in remission.\n") == [
        ("electroconvulsive therapy", "2026-02-02", "2026-03-06", "remission")]


def test_a_stop_because_the_plan_would_not_cover_it_was_taken() -> None:
    """A drug stopped when the plan would not cover it was taken: the refusal is why it stopped. Main (b92f4014): no
    row, the refusal read as a drug never had."""
    assert trials("Dx: F33.1 major depressive disorder, recurrent\n"
                  "Visit 01/13/2026\n"
                  "Vortioxetine 20 mg since 09/2025: 'it helps some, but I'm still low.'\n\n"
                  "Visit 06/02/2026\n"
                  "Vortioxetine was stopped in 05/2026 because the new insurance would not cover it.\n") == [
        ("vortioxetine", "2025-09", "2026-05", "partial_response")]
    # (a guard: a drug the plan would not cover, never stopped because never begun, is no trial)
    assert trials("Dx: F33.1 major depressive disorder, recurrent\n"
                  "Visit 06/02/2026\n"
                  "Vortioxetine was prescribed but the insurance would not cover it.\n") == []


def test_emotion_focused_therapy_is_a_psychotherapy() -> None:
    """Greenberg's emotion-focused therapy, named by its model. Main (b92f4014): no row."""
    assert trials("Dx: F33.1 major depressive disorder, recurrent\n"
                  "Visit 05/12/2026\n"
                  "Emotion-focused therapy, 16 sessions, 01/2026 - 05/2026: PHQ-9 from 18 to 5; remission.\n") == [
        ("emotion-focused therapy", "2026-01", "2026-05", "remission")]


def test_a_checklists_none_before_is_no_trial() -> None:
    """A referral checklist's "ECT: none before." says it was never given. Main (b92f4014): an ECT row."""
    assert trials("Dx: F33.2 major depressive disorder, recurrent, severe\n"
                  "Referral 10/01/2026\n"
                  "TMS: none prior. ECT: none before. Requesting ECT consultation.\n") == []
    # (a guard: a course told before "none since" is a course)
    assert trials("Dx: F33.2 major depressive disorder, recurrent, severe\n"
                  "Referral 10/01/2026\n"
                  "ECT: 9 sessions in 2024, remission; none since.\n") == [
        ("electroconvulsive therapy", "2024", "2024", "remission")]


def test_a_gain_told_by_how_much_then_lost_by_a_part_of_a_year() -> None:
    """"Helped a lot the first year; by late 2024 it was like taking nothing": how much it helped and for how long,
    then the gain gone by a part of a year. Main (b92f4014): "a lot" read as a thing it helped with, and "by late
    2024" as no turn of time: partial_response."""
    assert outcome_of("Paroxetine 40 mg 2021 to 2023: helped a lot the first year; by late 2022 it was like taking "
                      "nothing.")[0] == "relapse"
    assert outcome_of("it helped a great deal for the first months, then it was like taking nothing")[0] == "relapse"
    assert outcome_of("worked well; by early spring she was back where she started")[0] == "relapse"
    # (guards: a help with something else is not the mood's gain; a gain that stays is no relapse)
    assert outcome_of("helped a lot with her sleep; by spring it was like taking nothing")[0] != "relapse"
    assert outcome_of("it helped a lot")[0] == "partial_response"


def test_things_learned_beside_a_mood_that_stayed_low() -> None:
    """A course's things learned, then the mood as low as before: no response (as s79's help with something else).
    Main (b92f4014): "unknown"."""
    assert outcome_of("aprendí cosas, pero el ánimo sigue bajo")[0] == "no_response"
    assert outcome_of("Le enseñaron herramientas, pero el ánimo ha seguido bajo.")[0] == "no_response"
    assert outcome_of("I learned some tools, but my mood stayed low.")[0] == "no_response"
    # (guards: things learned and a mood that lifted is a gain; a mood still low but better is a partial one)
    assert outcome_of("learned useful skills and her mood lifted")[0] == "partial_response"
    assert outcome_of("learned skills; mood still low but better")[0] == "partial_response"


def test_a_drug_taken_in_an_overdose_and_stopped_that_day_ends_then() -> None:
    """The discharge papers stop the drug taken in the overdose on the visit's day; the consult judges the trial. Main
    (b92f4014): the stop's row dropped with the overdose's words, the trial left open."""
    papers = Document("clinical/discharge.txt", ["Dx: F33.2 major depressive disorder, recurrent, severe\n"
                                                 "Discharge instructions - Visit 03/14/2026\n"
                                                 "Medications: escitalopram 20 mg - STOPPED today.\n"], "txt")
    consult = Document("clinical/consult.txt", ["Psychiatry consult 03/14/2026\n"
                                                "Took about 25 escitalopram tablets last night to die.\n"
                                                "Escitalopram 20 mg since 09/2025: 'nothing changed' on it.\n"], "txt")
    assert [(r.name, r.start, r.end, r.outcome_class) for r in propose([papers, consult]).history] == [
        ("escitalopram", "2025-09", "2026-03-14", "no_response")]
    # (a guard: the overdose's own words are no trial)
    assert trials("Dx: F33.2 major depressive disorder, recurrent, severe\n"
                  "Psychiatry consult 03/14/2026\n"
                  "Overdosed on escitalopram last night, about 25 tablets; she had stopped taking it in 2025.\n") == []


def test_a_pain_told_by_what_it_is_rated_out_of_ten_falls() -> None:
    """"Burning from 7/10 to 3/10": a pain rated by its own name, falling, is a gain and no span of months (as
    months of 2010 it would run backwards). Main (b92f4014): July 2010 as the start, the class `unknown`."""
    assert outcome_of("burning from 7/10 to 3/10, 'the best so far'; stopped when the copay went up")[0] == \
        "partial_response"
    assert outcome_of("dolor de 8/10 a 5/10 con ella")[0] == "partial_response"
    assert trials("Dx: G50.0 trigeminal neuralgia; F33.1 major depressive disorder, recurrent\n"
                  "Visit 09/02/2026\n"
                  "Medicines tried for the face pain: carbamazepine 200 mg twice daily 02/2026 - 06/2026: aching "
                  "from 8/10 to 3/10.\n") == [("carbamazepine", "2026-02", "2026-06", "partial_response")]
    # (guards: a span of months written the same way still reads as one; a rise is no gain)
    assert trials("Dx: F33.1 major depressive disorder, recurrent\n"
                  "Visit 09/02/2026\n"
                  "Sertraline 100 mg from 03/2021 to 06/2021: no response.\n") == [
        ("sertraline", "2021-03", "2021-06", "no_response")]
    assert outcome_of("burning from 3/10 to 7/10")[0] != "partial_response"


def test_a_help_with_something_else_beside_a_mood_that_never_lifted() -> None:
    """"Helped her sleep; her mood never lifted": the help was with the sleep. Main (b92f4014): partial_response."""
    assert outcome_of("paroxetine 20 mg 2019 - 2020 helped her sleep; her mood never lifted")[0] == "no_response"
    assert outcome_of("it helped with his appetite, but the depression never really improved")[0] == "no_response"
    # (guards: a little help with the mood, then no more, is a partial response; a help with the mood is one)
    assert outcome_of("it helped a little, but her mood never lifted")[0] == "partial_response"
    assert outcome_of("it helped partly, with fewer crying spells, but the low mood never lifted")[0] == \
        "partial_response"


def test_a_list_of_medicines_tried_for_the_treated_pain() -> None:
    """Under "Medicines tried for the neuralgia:" each item is a trial for that pain, though its own words name only
    a harm. Main (b92f4014): the item naming no pain dropped, as a pain medicine in a depression case."""
    notes = ("Dx: G50.0 trigeminal neuralgia; F33.1 major depressive disorder, recurrent\n"
             "Visit 09/02/2026\n"
             "Medications tried for the neuralgia:\n"
             "Gabapentin 900 mg/day 01/2025 - 04/2025: no change in the facial pain; stopped.\n"
             "Pregabalin 75 mg twice daily 05/2025 - 07/2025: dizzy and swollen ankles; stopped.\n"
             "Mood: escitalopram 10 mg since 2024, 'a bit better'.\n")
    assert trials(notes) == [("escitalopram", "2024", None, "partial_response"),
                             ("gabapentin", "2025-01", "2025-04", "no_response"),
                             ("pregabalin", "2025-05", "2025-07", "side_effects")]
    # (a guard: a list for something else is no pain's)
    assert [n for n, *_ in trials("Dx: G50.0 trigeminal neuralgia; F33.1 major depressive disorder, recurrent\n"
                                  "Visit 09/02/2026\n"
                                  "Medications tried for sleep:\n"
                                  "Pregabalin 75 mg at night 05/2025 - 07/2025: dizzy and swollen ankles; stopped.\n")
            ] == []


def test_a_harm_of_a_drug_given_for_another_condition_is_no_trial() -> None:
    """A drug the notes give for another condition, stopped for a harm (now that a racing heart is one), is no trial
    for the mood. (Found by `--all` on blind-fresh20 after the racing heart joined the harms.)"""
    assert trials("Dx: F32.2 major depressive disorder, single episode, severe; C50.911 breast cancer\n"
                  "Follow-up 10/14/2026\n"
                  "Oncology started methylphenidate 5 mg twice daily this morning for cancer-related fatigue (not for the "
                  "depression). Sertraline 100 mg since 2025: 'a bit better'.\n\n"
                  "Follow-up 10/16/2026\n"
                  "Methylphenidate: she reports a racing heart in the afternoons; oncology is stopping it today.\n") == [
        ("sertraline", "2025", None, "partial_response")]
    # (a guard: a harm of a drug for the mood is a trial's)
    assert classes("Dx: F32.2 major depressive disorder, single episode, severe\n"
                   "Follow-up 10/16/2026\n"
                   "Bupropion XL 150 mg since 09/2026: she reports a racing heart in the afternoons; stopping it "
                   "today.\n") == {"bupropion": "side_effects"}


def test_a_bleed_from_the_gut_is_a_harm() -> None:
    """A bleed from the gut, as an anti-inflammatory's label warns: "epigastric pain and black stools; stopped". Main
    (b92f4014): no harm word, `unknown` (and a pain medicine with no class is no pain trial, so no row)."""
    assert outcome_of("ibuprofen 600 mg for the back pain: epigastric pain and black stools in May; stopped")[0] == \
        "side_effects"
    assert outcome_of("meloxicam stopped after melena")[0] == "side_effects"
    # (guards: a bleed denied is none)
    assert outcome_of("denies black stools")[0] == "unknown"
    assert outcome_of("no melena on it")[0] == "unknown"
