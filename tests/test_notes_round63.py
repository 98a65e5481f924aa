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


# --- "unknown" is an outcome: words that do not judge the trial leave it unknown, never a guess --------------------

def history(*pages: str) -> dict[str, tuple[str, str | None]]:
    got = propose([Document("clinical/notes.txt", list(pages), "txt")]).to_json()["history"]
    return {r["name"]: (r["outcome_class"], r["outcome"]) for r in got}


def test_a_diagnosis_line_judges_no_trial() -> None:
    got = history("Foot clinic consult 05/04/2026 (FICTIONAL)\nSince 2025 her feet burn at night. This began after "
                  "starting nortriptyline (02/2025, now 50 mg) for depression.\nAssessment\nG62.9 polyneuropathy\n"
                  "F33.42 major depressive disorder, recurrent, in full remission\n")
    assert got["nortriptyline"][0] == "unknown"


def test_a_current_lists_reason_column_is_what_the_drug_is_for() -> None:
    got = history("Visit 04/01/2026 (FICTIONAL)\nMedications\n"
                  " Medication          Dose                Reason               Since\n"
                  " Sertraline          100 mg daily        mood, appetite       01/2026\n"
                  " Levothyroxine       50 mcg daily        thyroid              2019\n")
    assert got["sertraline"] == ("unknown", None)


def test_a_function_that_came_back_is_no_relapse() -> None:
    got = history("Note 03/03/2026 (FICTIONAL)\nVortioxetine 10 mg since 11/2025: her appetite came back, but her "
                  "mood itself has not changed.\n")
    assert got["vortioxetine"][0] == "no_response"


def test_a_drug_named_only_to_compare_leaves_the_judgment_to_the_one_taken() -> None:
    got = history("Letter 06/06/2026 (FICTIONAL)\nHe has taken duloxetine since 01/2026, now 90 mg. He says his mood "
                  "on it is 'about where I was on the bupropion, a bit better but not right'.\n")
    assert got["duloxetine"][0] == "partial_response"


# --- extra rows: a drug someone travelling with the patient carries, a therapy only referred to -------------------

def test_a_companions_drug_and_a_referral_give_no_row() -> None:
    got = history("Travel clinic 11/02/2026 (FICTIONAL)\nF33.1. Takes escitalopram 10 mg daily since 2024, doing well.\n"
                  "Her travel companion will carry his own bupropion; advised not to share medicines.\n"
                  "Referred to a community therapist for CBT (intake in January).\n")
    assert "bupropion" not in got and "cognitive behavioral therapy" not in got
    assert "escitalopram" in got


def test_a_relatives_own_attempt_stays_theirs() -> None:
    assert level("Her mother's suicide attempt in 1990 was discussed.") is None


# --- a wish weighed in the patient's own words, and an act under a suicide label (blind-fresh33: 07, 09, 10) ---------

@pytest.mark.parametrize("sentence, expected", [
    ("Mood low; 'some days I wonder if it would be better if I just did not wake up'; no plan, no intent.", "passive"),
    ("Refirió pensamientos pasivos de muerte ('a veces pienso que sería mejor no despertar'), sin plan ni intención.",
     "passive"),
    ("He wishes he could die; has a plan to overdose.", "active"),
    ("Suicide history: overdose at age 22 (2004), treated in hospital; none since.", "attempt"),
    ("Antecedentes suicidas: sobredosis de paracetamol en 2015.", "attempt"),
    ("Denies any wish to die.", "none"),
    ("She wished the pain would die down.", None),
    ("Worried about death after surgery.", None),
    ("Suicide history: none.", None),
])
def test_a_wish_for_death_in_ones_own_words_and_an_act_under_a_suicide_label(sentence: str, expected) -> None:
    assert level(sentence) == expected
