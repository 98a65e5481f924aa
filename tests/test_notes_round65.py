"""The s65 round: outcome as a contract (docs/notes.md, "Which words decide an outcome"). One test a kind, in
sentences of our own, not copies of any set's records (all examples FICTIONAL: people, clinics and numbers are made
up)."""
from __future__ import annotations

import pytest

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import outcome_of, propose


def rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    got = propose([Document("clinical/note.txt", text.split("\f"), "txt")]).history
    return [(r.name, r.start, r.end, r.outcome_class) for r in got]


@pytest.mark.parametrize("words", [
    '"It numbed her out and she stopped caring about her garden," so she came off it.',
    'Stopped the drug on 4/12 - "brain fog all day, I lose my words."',
    'She quit after three weeks because "I slept all day and my mouth felt like cotton."',
])
def test_a_harm_in_the_patients_words_before_or_after_a_stop_is_the_stops_reason(words: str) -> None:
    assert outcome_of(words)[0] == "side_effects"


@pytest.mark.parametrize("words", [
    '"It lifted the cloud entirely," and he tapered off it with his doctor.',
    '"I\'m fully well on it, have been for years."',
])
def test_a_whole_lift_is_a_remission(words: str) -> None:
    assert outcome_of(words)[0] == "remission"


def test_not_fully_well_is_no_remission() -> None:
    assert outcome_of("On it she is better but not fully well.")[0] != "remission"


@pytest.mark.parametrize("words", [
    'She sleeps more and ate better on it, but "the darkness hasn\'t shifted."',
    'He says he is "about the same" on the nortriptyline.',
    "Six sessions of counselling; they worked on the fear of the illness coming back, but the low mood hung on.",
])
def test_a_mood_that_did_not_move_is_no_response(words: str) -> None:
    assert outcome_of(words)[0] == "no_response"


def test_a_fear_of_a_return_is_no_return() -> None:
    assert outcome_of("The group worked on her worry about the depression coming back.")[0] != "relapse"


def test_a_weight_the_drug_was_tried_for_is_no_harm() -> None:
    # the weight is what it was for, and the stop followed "did little": no response, not a side effect
    assert outcome_of('Topiramate (2020), tried for headaches and weight: "never did much"; stopped.')[0] == \
        "no_response"


@pytest.mark.parametrize("words", [
    'About her mood on it: "Mejor que el invierno pasado, pero no como antes."',
    '"Better than last spring, but not like I used to be."',
])
def test_better_than_before_but_not_as_before_is_partial(words: str) -> None:
    assert outcome_of(words)[0] == "partial_response"


def test_feeling_like_oneself_then_worn_off_is_a_relapse() -> None:
    assert outcome_of('"I felt like my old self by the summer, but by autumn it had worn off."')[0] == "relapse"


def test_a_return_years_after_a_stop_when_well_judges_no_trial() -> None:
    # the latest note's words about the trial decide, but a return of the illness dated after the trial ended well is
    # the reason the next trial began, not this trial's outcome
    text = ("Visit 05/02/2026 (FICTIONAL clinic).\n\n"
            "A first episode in 2017 was treated with fluoxetine 20 mg; \"I was myself again by the spring,\" and after "
            "a good year she came off it with her doctor in 2018. The depression came back in late 2024. Duloxetine "
            "60 mg was started in 11/2024.")
    got = {r[0]: r[3] for r in rows(text)}
    assert got["fluoxetine"] == "remission"


def test_a_list_items_line_that_needs_the_next_keeps_it() -> None:
    # an extractor sets the item's second line back to the margin: the item still runs on
    text = ("Visit 03/03/2026 (FICTIONAL clinic).\n\n"
            "Past trials:\n"
            "- Paroxetine 20 mg, 03/2023 to 01/2024: \"it helped a lot at first, but by\n"
            "October it had faded.\"\n"
            "- Mirtazapine 15 mg since 02/2024.\n")
    got = {r[0]: r[3] for r in rows(text)}
    assert got["paroxetine"] == "relapse"


def test_a_spanish_mindfulness_course_is_a_course_of_its_own() -> None:
    text = ("Informe (FICTICIO) 04/10/2026.\n\n"
            "- Terapia cognitiva basada en mindfulness, 8 sesiones (marzo-mayo de 2025): \"el ánimo sigue igual\".\n")
    got = rows(text)
    assert [(r[0], r[3]) for r in got] == [("mindfulness-based cognitive therapy", "no_response")]


def test_a_drug_taken_for_someone_elses_own_illness_is_no_row() -> None:
    text = ("Family session 02/03/2026 (FICTIONAL clinic).\n\n"
            "Tomas has taken bupropion 150 mg since 2025: \"no change at all.\"\n\n"
            "His partner Lena takes escitalopram 10 mg and melatonin for her own anxiety.")
    assert [r[0] for r in rows(text)] == ["bupropion"]


def test_a_drug_the_record_says_was_no_depression_trial_is_no_row() -> None:
    text = ("Visit 06/06/2026 (FICTIONAL clinic).\n\n"
            "Duloxetine 60 mg since 2025: no better.\n\n"
            "Imipramine 10 mg was used in 2023 for bladder spasms and stopped for dry mouth; it was not a depression "
            "trial.")
    assert [r[0] for r in rows(text)] == ["duloxetine"]


def test_an_order_never_picked_up_is_no_row() -> None:
    text = ("Phone note 03/01/2026 (FICTIONAL clinic).\n\n"
            "Message: Start mirtazapine 15 mg at night. e-Rx sent.\f"
            "Phone note 03/15/2026 (FICTIONAL clinic).\n\n"
            "Message: Mirtazapine Rx never picked up - the plan wants a prior authorization.")
    assert [r[0] for r in rows(text)] == []
