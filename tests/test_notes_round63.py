"""The thirty-fifth round (s63): the kinds of miss that recur across the fresh sets, one test a kind. Suicidality was
read too low far more often than too high (blind-fresh6..32: 23 levels too low or left empty, 3 too high), and
always for the same few reasons: an act told with its purpose (an overdose "with intent to die") read as a thought;
someone else named only as whose pills were taken or who brought the patient in, read as the sentence being about
them; a label with its time ("SI past month: passive"); a screen's item 9 with its score; a non-specific thought told
with how often it comes; a wish not to wake told with a word between. All examples are FICTIONAL and written for these
tests: people, places and numbers are made up."""
from __future__ import annotations

import pytest

from appeal_kit.notes.documents import Document, Unit
from appeal_kit.notes.propose import propose, suicidality_of


def level(sentence: str) -> str | None:
    return suicidality_of(Unit("clinical/note.txt", 1, sentence))


# --- an act told with its purpose is an attempt, not a thought -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Seen after he swallowed a strip of his own zopiclone with the intent to die (06/2025).",
    "ED 2019: an overdose of paracetamol, taken with intention to end her life, per the discharge letter.",
    "She ingested her whole supply of amlodipine with the intention of dying and was found by a neighbour.",
])
def test_an_act_with_the_intent_to_die_is_an_attempt(sentence: str) -> None:
    assert level(sentence) == "attempt"


def test_intent_to_die_without_an_act_stays_a_thought() -> None:
    assert level("Thoughts of suicide with intent to die, no plan yet.") == "active"


# --- someone else named only as the owner of the pills, who brought the patient in, or who was told ----------------

@pytest.mark.parametrize("sentence, expected", [
    ("Brought in by his wife after he took an overdose of his brother's quetiapine.", "attempt"),
    ("Last spring she drove to the quarry intending to jump, then called her cousin.", "active"),
    ("His father attempted suicide in 1988.", None),  # (the relative's own act stays theirs)
    ("Her aunt took an overdose with intent to die.", None),
])
def test_someone_else_named_beside_the_act(sentence: str, expected: str | None) -> None:
    assert level(sentence) == expected


# --- a label with its time, a screen's item 9 with its score, a thought with how often it comes ---------------------

@pytest.mark.parametrize("sentence, expected", [
    ("SI last 2 weeks: passive, denies plan", "passive"),
    ("Suicidal ideation today: denies", "none"),
    ("PHQ-9 = 7 (item 9 = 0)", "none"),
    ("PHQ-9 14, item 9 = 1", "passive"),
    ("Suicidal thoughts several times a week, no plan.", "active"),
    ("Columbia screen positive: ideation with a plan in the past month.", "active"),
    ("No suicidal thoughts most days.", "none"),
])
def test_a_label_a_screen_item_and_a_frequency(sentence: str, expected: str) -> None:
    assert level(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Some nights he wishes he simply wouldn't wake up; no plan.",
    "She has at times wished God would take her in her sleep.",
])
def test_a_wish_not_to_wake_with_a_word_between(sentence: str) -> None:
    assert level(sentence) == "passive"


# --- the whole record: the highest level told anywhere, and the sentence it rests on ------------------------------

def test_the_level_is_the_highest_told_and_its_sentence_is_the_source() -> None:
    pages = ["Visit 03/04/2026 - FICTIONAL\nF33.1. Admitted in 02/2026 after he took an overdose of his mother's "
             "lorazepam with intent to die.\n",
             "Visit 04/15/2026 - FICTIONAL\nDenies suicidal ideation today.\n"]
    got = propose([Document("clinical/notes.txt", pages, "txt")]).to_json()["suicidality"]
    assert got["level"] == "attempt"
    assert "overdose" in got["source"]["text"] and got["source"]["page"] == 1
