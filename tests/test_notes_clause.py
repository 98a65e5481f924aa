"""The structural reading of notes (appeal_kit/notes/clause.py): mood and outcome polarity on wording that no
phrase list holds. The sentences are invented for these tests (fictional patients)."""

from __future__ import annotations

import pytest

from appeal_kit.notes import clause
from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import outcome_of, propose


def names(text: str) -> list[str]:
    return [r.name for r in propose([Document("clinical/note.txt", text.split("\f"), "txt")]).history]


def row(text: str):
    (only,) = propose([Document("clinical/note.txt", [text], "txt")]).history
    return only


# ---------------------------------------------------------------------------------------------- mood

@pytest.mark.parametrize("sentence", [
    "Going forward we might eventually try phenelzine 15 mg.",  # a modal and a trial verb before the drug
    "Should the current regimen stall, aripiprazole would be the natural next step.",  # condition, then modal
    "If her sleep does not settle, mirtazapine 15 mg at night.",  # the consequence of a condition
    "Perhaps quetiapine could help with the insomnia.",  # a modal after the drug
    "Maintenance ECT is being considered by the team.",  # talked about, not given
    "He was hesitant about ketamine infusions.",
    "Bupropion 150 mg: script written in March, he never picked it up.",  # a prescription never taken up
    "Vortioxetine 10 mg was prescribed but she never actually started it.",
    "After reading about it she chose not to start esketamine.",
    "Trial of lithium? ____",  # a form's question left blank
    "Previous ECT?    No",  # a form's question answered no
    "Has he had TMS before?",  # a clinician's question
])
def test_unstated_mentions_give_no_row(sentence):
    assert names(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a modal that reports the past is no plan: "could not tolerate", "would not stop"
    ("Could not tolerate venlafaxine 150 mg, nausea.", ["venlafaxine"]),
    ("She would not stay on sertraline 50 mg past May 2023, too sedating.", ["sertraline"]),
    ("Prior TMS?  Yes - 30 sessions in 2023, no benefit.", ["transcranial magnetic stimulation"]),
    # the condition's own subject is a trial the patient took; only what follows the condition is planned
    ("Escitalopram 20 mg since 01/2025; if it keeps failing, lamotrigine could be added.", ["escitalopram"]),
    # adherence, not a refusal; a scan's stray "?" before a year is no question
    ("He did not take his paroxetine reliably during 2022, some benefit.", ["paroxetine"]),
    ("Fluvoxamine 100 mg ? 2020 no help", ["fluvoxamine"]),
])
def test_stated_mentions_keep_their_row(sentence, expected):
    assert names(sentence) == expected


def test_clause_ends_at_a_contrast_not_at_a_decimal_point():
    text = "Took lithium at a level of 0.6 for a year, but we might try TMS."
    start = text.index("lithium")
    a, b = clause.clause_around(text, start, start + 7)
    assert text[a:b].strip() == "Took lithium at a level of 0.6 for a year,"
    tms = text.index("TMS")
    assert clause.mood(text, start, start + 7) is None
    assert clause.mood(text, tms, tms + 3) == "hypothetical"


# ---------------------------------------------------------------------------------------------- polarity

@pytest.mark.parametrize("words, cls", [
    ("sertraline 100 mg for ten weeks, not a shred of improvement", "no_response"),  # negator before benefit
    ("fluoxetine 40 mg 2022: barely any lift in mood", "no_response"),
    ("duloxetine, which left her scores with hardly a dent", "no_response"),  # "dent" counts only when denied
    ("mirtazapine 30 mg, she felt slightly brighter on it", "partial_response"),  # a hedged benefit
    ("paroxetine, mood noticeably better by week six", "partial_response"),  # a plain one, short of remission
    ("bupropion 300 mg: the lift she felt in spring dwindled by autumn", "relapse"),  # a benefit lost
    ("nortriptyline was withdrawn after he collapsed at work", "side_effects"),  # a stop for an event
    ("venlafaxine, mood maybe brighter on it, hard to judge", "unknown"),  # a benefit the record is unsure of
    ("escitalopram 10 mg, stopped after she moved out of state", "unknown"),  # an event that is no harm
])
def test_outcome_polarity_on_unlisted_wording(words, cls):
    assert outcome_of(words)[0] == cls


def test_a_stop_after_a_time_or_a_failure_is_not_a_side_effect():
    assert outcome_of("citalopram discontinued after eight weeks")[0] == "unknown"
    assert outcome_of("citalopram discontinued after he saw no improvement")[0] == "no_response"


def test_tolerated_alone_is_no_outcome():
    assert outcome_of("lamotrigine 100 mg, tolerated well")[0] == "unknown"


def test_an_unclassified_outcome_still_gives_the_row():
    r = row("Sertraline 150 mg from 03/2024 to 09/2024, effect on mood difficult to characterize.")
    assert (r.name, r.start, r.end, r.outcome_class) == ("sertraline", "2024-03", "2024-09", "unknown")


def test_polarity_reports_the_clause_it_read():
    assert outcome_of("fluvoxamine 100 mg; scarcely any benefit over four months; seen monthly") == (
        "no_response", "scarcely any benefit over four months")


# ---------------------------------------------------------------------------------------------- dates

@pytest.mark.parametrize("text, start, end", [
    # a season between the cue and its year: still an end, or a start
    ("Paroxetine 20 mg, which he kept taking until the winter of 2021, without benefit.", None, "2021"),
    ("Fluoxetine since late summer 2018, partial response.", "2018", None),
    # a length said with "a" and a hedge: "for roughly a year" from a year
    ("Trazodone 100 mg from autumn 2016 for roughly a year, no change.", "2016", "2017"),
    # the start said before the name: "in 2017 ... was put on X" with an end after it
    ("Low mood began in 2017 and he was started on venlafaxine 75 mg, continued until 2019, no benefit.",
     "2017", "2019"),
])
def test_trial_dates_said_with_seasons_lengths_and_starts_said_first(text, start, end):
    r = row(text)
    assert (r.start, r.end) == (start, end)


def test_a_switch_dates_both_trials_to_the_visit_even_when_a_later_raise_is_dated():
    from datetime import date

    from appeal_kit.notes.dates import written_on

    text = ("Citalopram 20 mg, taken since 01/2026 with no benefit, was switched to vortioxetine 10 mg, raised to "
            "20 mg on 05/20/2026.")
    with written_on(date(2026, 5, 12)):
        doc = Document("clinical/visit_2026-05-12.txt", [text], "txt")
        rows = {r.name: r for r in propose([doc]).history}
    assert rows["citalopram"].end is not None and rows["citalopram"].end.startswith("2026-05")
    assert rows["vortioxetine"].start is not None and rows["vortioxetine"].start.startswith("2026-05")


def test_each_drug_keeps_its_own_parenthesis():
    text = ("Tried aripiprazole augmentation (aripiprazole 5 mg, Jan 2024 to Jun 2024, no clear benefit) added to "
            "sertraline 150 mg (since 2022, partial response at most).")
    rows = {r.name: r for r in propose([Document("clinical/note.txt", [text], "txt")]).history}
    assert (rows["aripiprazole"].start, rows["aripiprazole"].end, rows["aripiprazole"].outcome_class) == (
        "2024-01", "2024-06", "no_response")
    assert (rows["sertraline"].start, rows["sertraline"].outcome_class) == ("2022", "partial_response")


def test_one_parenthesis_after_a_pair_is_the_pairs():
    assert names("Olanzapine 5 mg adjunct to fluoxetine (2019): weight gain, stopped.") == ["olanzapine"]


def test_a_scales_date_in_a_trials_words_is_not_the_trials():
    r = row("Mirtazapine 30 mg since 03/2024 helped somewhat (QIDS 18 down to 12 by 09/2024).")
    assert (r.start, r.end) == ("2024-03", None)


def test_a_list_row_that_says_augmentation_in_an_unnamed_column():
    text = ("Current medications\n"
            "Medication            Dose              Started     Indication\n"
            "Escitalopram          20 mg daily       Jan 2025    depression\n"
            "Aripiprazole          5 mg daily        Mar 2025    augmentation of escitalopram\n")
    rows = {r.name: r for r in propose([Document("clinical/list.txt", [text], "txt")]).history}
    assert rows["aripiprazole"].kind == "augmentation"
