"""The s69 round: kinds of outcome miss that recur across the fix sets blind-fresh35-37 (docs/notes.md, "s69").
Sentences of our own, not copies of any set's records (all examples FICTIONAL: people, clinics, numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, propose


def read(text: str) -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), "txt")])


def rows(text: str) -> set[tuple]:
    return {(r.name, r.start, r.end, r.outcome_class) for r in read(text).history}


HEAD = "Lakeview Family Practice (FICTIONAL)\nPatient: Mara Quill (fictional). Visit 10/02/2026.\n\nHistory\n"


# --- a recurrence dated outside the trial is no outcome of it -------------------------------------------------------

def test_a_recurrence_dated_after_a_course_ended_well_is_not_its_relapse() -> None:
    """The contract's rule 4: a return dated after a trial that ended well belongs to no trial (it is why the next
    began). Main (95d09e92) reads the course as a relapse."""
    text = HEAD + ("Twelve sessions of CBT, 02/2021 to 05/2021: by the end her mood was back to normal.\n"
                   "The depression returned in the fall of 2022. Bupropion XL since 11/2022: \"about half better.\"\n")
    assert rows(text) == {("cognitive behavioral therapy", "2021-02", "2021-05", "remission"),
                          ("bupropion", "2022-11", None, "partial_response")}


def test_a_recurrence_between_two_trials_of_one_drug_judges_neither() -> None:
    """Dated after the first trial's end and before the restart: the first trial's remission stands and the restart
    is judged by its own words. Main (95d09e92) gives both trials the recurrence as a relapse."""
    text = HEAD + ("Escitalopram 10 mg, 2017 to 2019: \"I was myself again\"; she came off it with her doctor in 2019 "
                   "after a good year.\n"
                   "The depression returned in the winter of 2021-2022. Escitalopram was restarted in 03/2022 and is now "
                   "20 mg. This time it has been \"about half as good\"; she is still down most days.\n")
    assert rows(text) == {("escitalopram", "2017", "2019", "remission"),
                          ("escitalopram", "2022-03", None, "partial_response")}


def test_feeling_like_ones_old_self_quoted_without_its_verb_is_a_remission() -> None:
    """The contract's remission: "felt like myself", also as the patient's quoted words alone. Main (95d09e92):
    unknown."""
    text = HEAD + "Venlafaxine XR 150 mg, 2015 to 2018: \"like my old self.\" She stopped it in 2018 to try for a baby.\n"
    assert rows(text) == {("venlafaxine", "2015", "2018", "remission")}


def test_a_return_that_led_to_a_restart_told_with_its_season_and_prescriber_is_why_it_began() -> None:
    """"The low mood came back this spring and his doctor restarted X": why X began again, not how it went (the
    _OCCASION rule, which knew "in 2020" and "she", not "this spring" and "his doctor"). Main (95d09e92): relapse."""
    text = HEAD + ("Paroxetine 20 mg from 2016 to 2021 worked well; he stopped it in 2021 because he felt well. The "
                   "low mood came back this spring and his doctor restarted paroxetine 10 mg in 04/2026.\n")
    assert rows(text) == {("paroxetine", "2016", "2021", "remission"), ("paroxetine", "2026-04", None, "unknown")}


# --- a gain lost while the drug is still taken, in words the reader did not know ------------------------------------

def test_a_gain_that_fizzled_out_is_a_relapse() -> None:
    """Main (95d09e92): partial_response."""
    text = HEAD + "Mirtazapine 30 mg 2019-2021 - helped a lot, then fizzled out by the spring of 2021.\n"
    assert rows(text) == {("mirtazapine", "2019", "2021", "relapse")}


def test_the_illness_back_though_the_drug_is_still_taken_is_a_relapse() -> None:
    """A return told with the drug still taken ("although she takes it every day", "even though I haven't missed a
    dose") is a gain lost on it, also when the gain was told in another sentence. Main (95d09e92): remission, twice."""
    text = HEAD + ("Duloxetine 60 mg was started in 02/2024. \"By summer I felt like my old self.\" Since the spring "
                   "of 2026 the low mood has come back although she takes it every day. Mild nausea on duloxetine, "
                   "tolerated.\n")
    assert ("duloxetine", "2024-02", None, "relapse") in rows(text)
    told = HEAD + ("Vilazodone 20 mg since 03/2026. In June: \"I feel normal again.\" In September: \"The old fog is back, "
                   "even though I haven't missed a dose of the vilazodone.\"\n")
    assert {r[3] for r in rows(told)} == {"relapse"}


def test_a_return_before_or_inside_a_trial_still_judges_it() -> None:
    """The other side: a return inside the trial's own span is its relapse, and one with no date (no time to judge it
    by) is as before."""
    text = HEAD + ("Sertraline 100 mg from 2018 to 2021: she was well by the end of 2018, but the depression came back "
                   "in 2020 while she was still taking it; stopped 2021.\n")
    assert rows(text) == {("sertraline", "2018", "2021", "relapse")}


# --- outcome words of the contract in forms the reader did not know -----------------------------------------------

def test_harms_told_as_a_blunting_of_everything_and_a_weight_gained_by_its_sign() -> None:
    """Main (95d09e92): unknown, twice."""
    text = HEAD + ("Citalopram 20 mg from 2012 to 2013: \"it numbed everything, even the music I love,\" and she stopped "
                   "it after four months.\n"
                   "Past meds:\nOlanzapine 5 mg 2016-2017 - hungry all day, +25 lb, stopped\n")
    assert rows(text) == {("citalopram", "2012", "2013", "side_effects"), ("olanzapine", "2016", "2017", "side_effects")}


def test_a_drug_doing_nothing_and_a_mood_itself_unchanged_are_no_response() -> None:
    """"Is doing nothing for me" as "did nothing"; "it got me out of the house, but the mood itself stayed flat" and
    "salgo más, pero el ánimo igual": a gain elsewhere beside a mood that stayed. Main (95d09e92): unknown, thrice
    (and no row for "activación conductual")."""
    text = HEAD + ("Vortioxetine 10 mg since 01/2026. She says: \"The vortioxetine is doing nothing for me.\"\n"
                   "Problem-solving therapy, 8 sessions from 02/2025 to 04/2025: \"it got me back to the shops, but the "
                   "mood itself stayed flat.\"\n")
    assert ("vortioxetine", "2026-01", None, "no_response") in rows(text)
    assert ("problem-solving therapy", "2025-02", "2025-04", "no_response") in rows(text)
    spanish = HEAD + ("Activación conductual individual, 8 sesiones (marzo-mayo de 2025): \"camino todos los días, pero "
                      "el ánimo igual.\"\n")
    assert rows(spanish) == {("behavioral activation", "2025-03", "2025-05", "no_response")}


def test_a_benefit_wearing_off_despite_the_dose_is_a_relapse_and_some_help_is_partial() -> None:
    """Main (95d09e92): remission, unknown, unknown."""
    text = HEAD + ("Paroxetine 40 mg 2003-2011: good response; from 2010 wearing off despite full dose.\n")
    assert {r[3] for r in rows(text)} == {"relapse"}
    edge = HEAD + "She says the duloxetine has \"taken the worst edge off,\" but most days are still grey.\n"
    assert {r[3] for r in rows(edge)} == {"partial_response"}
    algo = HEAD + "Mirtazapina 15 mg desde enero de 2026. Dice: \"me ha ayudado algo, pero sigo muy cansada.\"\n"
    assert {r[3] for r in rows(algo)} == {"partial_response"}


def test_a_queues_patient_message_and_refill_days_do_not_start_the_drug() -> None:
    """A queue entry's day before the patient's quoted words or a refill is when the drug was seen taken, not its
    start (as "03/06/2026  Refiere ..." already was). Main (95d09e92) starts the bupropion on the message's day."""
    text = ("Hollins Family Medicine (FICTIONAL) - portal queue export\nPatient: Ada Brisk (fictional)\n"
            "Outside records: bupropion XL started 02/2026.\n\n"
            "04/10/2026  REFILL  bupropion XL 300 mg #90  APPROVED\n"
            "06/12/2026  PORTAL  Pt: \"I feel normal again.\"\n"
            "09/20/2026  PORTAL  Pt: \"The old fog is back, even though I haven't missed a dose of the bupropion.\"\n")
    assert rows(text) == {("bupropion", "2026-02", None, "relapse")}


# --- another person's pills ------------------------------------------------------------------------------------------

def test_another_persons_pills_told_before_the_drug_are_no_trial() -> None:
    """"One of Ruth's citalopram tablets", "his brother's mirtazapine": someone else's pills, no row (the patient's own
    "Mr. Quill's sertraline" stays one). Main (95d09e92) makes a citalopram row dated by the day he told it."""
    text = HEAD + ("He says the sertraline helps a little. He told me on 09/14 that some nights he takes one of Ruth's "
                   "citalopram tablets, \"because they were hers.\" His brother's mirtazapine was offered to him once. "
                   "Mr. Quill's sertraline was raised to 100 mg today.\n")
    assert {r[0] for r in rows(text)} == {"sertraline"}


def test_a_date_just_before_a_fading_benefit_dates_the_fade_not_the_start() -> None:
    """"From 2010 wearing off" is when the loss was seen (as "since September I'm sliding again"). Main (95d09e92)
    starts the trial in 2010 and gives it no end."""
    text = HEAD + "Paroxetine 40 mg 2003-2011: good response; from 2010 wearing off despite full dose.\n"
    assert rows(text) == {("paroxetine", "2003", "2011", "relapse")}


# --- an overdose told without its intent ------------------------------------------------------------------------------

def test_an_overdose_of_a_medicine_in_the_history_is_an_attempt_as_overdosed_is() -> None:
    """The contract (s69): an overdose of a medicine told in the patient's history is an attempt, as "overdosed" and
    "took an overdose" already were, unless told accidental or of a drug of use; the proposal quotes the record's
    words for the person to check. Main (95d09e92): no level, twice."""
    def level(line: str) -> str | None:
        return read(HEAD + line + "\n").suicidality["level"]

    assert level("10/2001: overdose of paracetamol after her divorce; admitted to medicine, then psychiatry.") == \
        "attempt"
    assert level("1999 recurrence. OD ibuprofen 3/99 - ICU 2 days.") == "attempt"
    assert level("Accidental overdose of oxycodone in 2019 after knee surgery.") is None
    assert level("Heroin overdose in 2015, revived with naloxone.") is None
    assert level("Overdose of acetaminophen was avoided by keeping her pills locked.") is None
    assert level("No history of overdose or self-harm.") == "none"


def test_a_dose_raised_by_someone_named_before_the_drug_is_a_step_not_the_trials_dates() -> None:
    """"Her psychiatrist raised X to 20 mg in 08/2026" is a step inside the trial (as "X was raised to 20 mg in ..."
    already was), so the later stop ends it. Main (95d09e92) ends the trial in 08/2026."""
    visit = "Lakeview Family Practice (FICTIONAL)\nPatient: Mara Quill (fictional). Visit {}.\n\n"
    text = (visit.format("07/20/2026") + "Escitalopram 10 mg since 01/2026: \"a bit better.\"\f" +
            visit.format("10/19/2026") + "Her psychiatrist raised escitalopram to 20 mg in 08/2026. Since then, dizzy "
            "\"every single morning,\" and she stopped the escitalopram on 09/30/2026 because of it.\n")
    assert rows(text) == {("escitalopram", "2026-01", "2026-09-30", "side_effects")}


# --- scores at a course's first and last session ----------------------------------------------------------------------

def test_scores_at_a_courses_first_and_last_session_take_the_span_the_sentence_before_gives() -> None:
    """Main (95d09e92) dates neither (the first has no day, the second is not read): no rows. With no span told,
    still no day and no row."""
    text = HEAD + ("She finished 12 sessions of interpersonal therapy (01/05/2026 - 03/30/2026). Her PHQ-9 was 17 at the "
                   "first session and 10 at the last.\n")
    assert {(s["name"], s["score"], s["date"]) for s in read(text).scales} == {("PHQ-9", 17, "2026-01-05"),
                                                                              ("PHQ-9", 10, "2026-03-30")}
    alone = HEAD + "Her PHQ-9 was 17 at the first session and 10 at the last.\n"
    assert read(alone).scales == []
    own_day = HEAD + ("She finished 12 sessions of IPT (01/05/2026 - 03/30/2026). PHQ-9 10 at the last session "
                      "(03/23/2026).\n")
    assert {(s["score"], s["date"]) for s in read(own_day).scales} == {(10, "2026-03-23")}


# --- a course's techniques listed after its colon ----------------------------------------------------------------------

def test_techniques_listed_after_a_courses_colon_are_part_of_it_and_relapse_prevention_is_no_relapse() -> None:
    """"CBT, 16 sessions, from ... to ...: behavioral activation, cognitive restructuring and relapse prevention": the
    list names the course's parts (no behavioral activation row), and "relapse prevention" is a skill, no relapse.
    Main (95d09e92) makes a behavioral activation row classed a relapse (and, once "activación conductual" was read as
    behavioral activation this round, the same for the Spanish line: what blind-fresh21 11 showed)."""
    english = HEAD + ("Individual CBT, 16 sessions, from 01/12/2026 to 09/28/2026: behavioral activation, cognitive "
                      "restructuring and relapse prevention.\n")
    assert rows(english) == {("cognitive behavioral therapy", "2026-01-12", "2026-09-28", "unknown")}
    spanish = HEAD + ("Terapia cognitivo-conductual (TCC) individual, 16 sesiones, del 12/01/2026 al 28/09/2026: "
                      "activación conductual, reestructuración cognitiva y prevención de recaídas.\n")
    assert {r[0] for r in rows(spanish)} == {"cognitive behavioral therapy"}
