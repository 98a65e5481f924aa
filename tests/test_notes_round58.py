"""The outcome reader of the thirtieth round (s58): what a clinician would judge from a trial's words as a whole, one
kind of sentence a test (all examples FICTIONAL and written for these tests: people, clinics and numbers are made up)."""
from __future__ import annotations

import pytest

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import outcome_of, propose


def rows(text: str) -> list[tuple[str, str]]:
    got = propose([Document("clinical/note.txt", text.split("\f"), "txt")]).history
    return [(r.name, r.outcome_class) for r in got]


@pytest.mark.parametrize("words", [
    "'it lifted me for most of a year and then I slid back.'",
    "helped at first; by the fall he was getting worse while on it",
    "mejoría inicial; desde marzo volvió a empeorar",
    "Doing better for a few months, but slipping again since June.",
    "worked for a good while; by 2024 she was as flat as before while still taking it",
])
def test_a_gain_lost_later_while_still_taking_it_is_a_relapse(words: str) -> None:
    assert outcome_of(words)[0] == "relapse"


@pytest.mark.parametrize("words, cls", [
    ("her mood improved, but her sleep got worse", "no_response"),  # (a symptom beside the mood: no loss of the gain)
    ("no better; if anything he got worse", "no_response"),  # nothing gained, nothing to lose
])
def test_a_worsening_without_a_gain_of_the_mood_before_it_is_no_relapse(words: str, cls: str) -> None:
    assert outcome_of(words)[0] != "relapse"


@pytest.mark.parametrize("words", [
    "'I feel like myself' on it",
    "a lot better, like her old self again",
    "'I felt like myself'; tapered off with his psychiatrist.",
])
def test_feeling_like_oneself_is_a_remission(words: str) -> None:
    assert outcome_of(words)[0] == "remission"


@pytest.mark.parametrize("words", ["does not feel like herself yet", "better, not quite like her old self",
                                   "about 70 percent of my usual self"])
def test_short_of_oneself_is_no_remission(words: str) -> None:
    assert outcome_of(words)[0] != "remission"


def test_a_stop_planned_with_the_prescriber_after_a_full_benefit_is_a_stop_when_well() -> None:
    assert outcome_of("'worked really well'; came off it with her GP after a good year.")[0] == "remission"
    # (a partial benefit, or a stop for a reason outside the drug, is not)
    assert outcome_of("helped some; came off it with her doctor when the refills ran out")[0] != "remission"


@pytest.mark.parametrize("words", [
    "did well on it until the cardiologist stopped it because of a slow pulse",
    "discontinued in 2023 due to low sodium",
    "she stopped it: 'my reflux was bad already and it made it worse.'",
])
def test_a_stop_for_a_finding_in_the_body_is_a_side_effect(words: str) -> None:
    assert outcome_of(words)[0] == "side_effects"


@pytest.mark.parametrize("words", ["stopped because of cost", "stopped due to lack of benefit",
                                   "came off it due to her pregnancy"])
def test_a_stop_for_a_failure_or_a_reason_outside_the_drug_is_no_side_effect(words: str) -> None:
    assert outcome_of(words)[0] != "side_effects"


def test_an_effect_never_felt_is_no_response() -> None:
    assert outcome_of("Paroxetine 20 mg 2019-2021: 'never touched it.'")[0] == "no_response"


def test_nothing_yet_at_a_trial_s_start_is_too_soon_to_judge() -> None:
    assert outcome_of("at ten days she has noticed nothing yet, as expected this early")[0] == "unknown"
    assert outcome_of("no change yet; too soon to judge")[0] == "unknown"


def test_a_list_s_note_of_what_a_drug_is_for_is_no_harm() -> None:
    assert outcome_of("sleep and appetite")[0] == "unknown"


def test_a_later_visit_s_word_on_the_trial_is_the_last_word() -> None:
    text = ("Vortioxetine 10 mg started 02/2026: 'nothing at all' at three months; raised to 20 mg on 05/04/2026. "
            "Today, after eight weeks on 20 mg: 'a bit better, perhaps.'")
    assert rows(text) == [("vortioxetine", "unknown")]
    # a bare "it worked" is what the next sentence says it came to
    worked = ("Citalopram 20 mg 2019-2021: 'The citalopram worked. I stayed well for over a year.' She stopped it "
              "when she changed jobs.")
    assert rows(worked) == [("citalopram", "remission")]


def test_the_mood_itself_back_to_normal_is_a_remission() -> None:
    assert outcome_of("by the last session she said her mood was back to normal")[0] == "remission"
    assert outcome_of("her sodium was back to normal")[0] != "remission"  # (a lab, not the mood)


def test_a_therapy_program_told_with_its_sessions_is_a_course() -> None:
    text = "Finished the online CBT program: 10 sessions from 02/2026 to 05/2026."
    assert rows(text) == [("cognitive behavioral therapy", "unknown")]


def test_a_gap_of_days_dates_no_trial() -> None:
    text = ("Visit 09/14/2026. Escitalopram 10 mg since 01/2026.\n\n"
            "In August he ran out of escitalopram for three days. Continue escitalopram 10 mg.")
    got = propose([Document("clinical/note.txt", [text], "txt")]).history
    assert [(r.name, r.start, r.end) for r in got] == [("escitalopram", "2026-01", None)]


def test_a_relative_s_own_event_leaves_the_patient_s_treatment_his() -> None:
    text = "After her husband died she did grief-focused CBT, 10 sessions in 2021; her mood was back to normal."
    assert rows(text) == [("cognitive behavioral therapy", "remission")]
    assert rows("Her husband takes sertraline.") == []


def test_a_partner_s_pills_are_someone_else_s() -> None:
    assert rows("Took one of her girlfriend's Xanax last week.") == []


@pytest.mark.parametrize("words, cls", [
    ("weight and appetite", "side_effects"),  # (a stop column's harms, not what the drug is for)
    ("stopped due to nonadherence", "unknown"),
    ("stopped because of a hospitalization for pneumonia", "unknown"),
    ("discontinued due to elevated liver enzymes", "side_effects"),
])
def test_what_a_stop_was_for_and_what_a_drug_is_for_are_told_apart(words: str, cls: str) -> None:
    assert outcome_of(words)[0] == cls
