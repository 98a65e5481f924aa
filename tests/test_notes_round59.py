"""The thirty-first round (s59): what a clinician judges from the record as a whole, one kind of miss a test: what a
drug was given for as the record says it, the words that tell how a trial went, and a trial's dates from the visits
that show them (all examples FICTIONAL and written for these tests: people, clinics and numbers are made up)."""
from __future__ import annotations

import pytest

from appeal_kit.notes.dates import start_and_end
from appeal_kit.notes.documents import Document, visit_date
from appeal_kit.notes.propose import _trial_dates, outcome_of, propose


def history(text: str):
    return propose([Document("clinical/note.txt", text.split("\f"), "txt")]).history


def names(text: str) -> set[str]:
    return {r.name for r in history(text)}


# --- what the drug was for, as the record says it ------------------------------------------------------------------

def test_a_medication_tables_for_column_that_names_another_services_reason_gives_no_row() -> None:
    text = ("Dx: F32.1 major depressive disorder, single episode, moderate.\n"
            "|Medication|Dose|For / prescriber\n"
            "|olanzapine|2.5 mg at night on infusion days|vomiting (oncology)\n"
            "|escitalopram|10 mg daily|depression (family doctor)\n")
    got = names(text)
    assert "olanzapine" not in got
    assert "escitalopram" in got


def test_a_bracket_that_says_what_another_doctor_gave_it_for_gives_no_row() -> None:
    text = ("Assessment: F33.0 major depressive disorder, recurrent, mild.\n"
            "Current medicines: bupropion XL 150 mg daily; hydroxyzine 10 mg at bedtime (begun by her skin doctor for "
            "itching at night).\n")
    got = names(text)
    assert "hydroxyzine" not in got
    assert "bupropion" in got


def test_a_drug_given_for_pain_and_sleep_in_a_depression_case_gives_no_row_unless_it_names_the_mood() -> None:
    text = ("Assessment: F33.1 major depressive disorder, recurrent, moderate.\n"
            "Her pain doctor added amitriptyline 10 mg at bedtime in 04/2026 for pain and sleep.\n"
            "Duloxetine 60 mg since 2025 for pain and mood, with some benefit.\n")
    got = names(text)
    assert "amitriptyline" not in got
    assert "duloxetine" in got


def test_a_dose_before_each_of_another_services_treatments_is_no_trial() -> None:
    text = ("F32.2 major depressive disorder, single episode, severe.\n"
            "|Medication|Dose|Notes\n"
            "|alprazolam|0.25 mg before each scan|claustrophobia\n"
            "|sertraline|50 mg daily|since 2025\n")
    assert "alprazolam" not in names(text)


def test_a_team_that_only_mentioned_a_drug_gives_no_row() -> None:
    assert "duloxetine" not in names(
        "F33.1 major depressive disorder. The spine team mentioned duloxetine should the leg pain spread; not begun.")


# --- the words that tell how a trial went --------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "'it works, I feel normal on it'",
    "a complete turnaround, she said",
    "afterwards he felt 'completely himself again.'",
])
def test_words_of_a_full_recovery_are_a_remission(words: str) -> None:
    assert outcome_of(words)[0] == "remission"


@pytest.mark.parametrize("words", ["'I don't feel normal yet'", "not a complete turnaround"])
def test_short_of_a_full_recovery_is_no_remission(words: str) -> None:
    assert outcome_of(words)[0] != "remission"


@pytest.mark.parametrize("words", [
    "It eased things a little, but we stopped it in 2021 when her kidney function fell.",
    "he stopped it on day 10: 'I could not sit in my chair, I was pacing the house.'",
])
def test_a_stop_for_a_harm_told_in_the_patients_or_the_labs_words_is_a_side_effect(words: str) -> None:
    assert outcome_of(words)[0] == "side_effects"


def test_a_help_with_something_else_and_the_mood_unmoved_is_no_response() -> None:
    assert outcome_of("'it helps me cope with the clinic days, but the depression itself hasn't budged.'")[0] == \
        "no_response"
    assert outcome_of("'it helps some'")[0] == "partial_response"


def test_a_session_held_is_no_outcome_of_the_course() -> None:
    assert outcome_of("Ten sessions in all; one session held for a high blood pressure.")[0] == "unknown"


def test_the_sentence_after_an_add_on_judges_the_drug_added() -> None:
    got = {r.name: r for r in history(
        "Letter, FICTIONAL. Diagnosis F33.1.\n2017: I added aripiprazole 2 mg to the sertraline. It helped a bit, "
        "but I stopped it in 2018 when she could not sit still.\n")}
    assert got["aripiprazole"].outcome_class == "side_effects"
    assert got["aripiprazole"].end == "2018"


def test_a_sentence_that_judges_the_groups_is_the_psychotherapy_courses_outcome() -> None:
    got = {r.name: r for r in history(
        "Program discharge, FICTIONAL. F33.1.\nShe attended 18 group days of CBT-based group therapy from 03/02/2026 "
        "to 04/24/2026.\nPHQ-9 19 at admission, 11 at discharge.\nShe says the groups 'helped a fair bit, I am "
        "partly back.'\n")}
    assert got["cognitive behavioral therapy"].outcome_class == "partial_response"


def test_a_numbered_session_log_is_the_course_its_title_names() -> None:
    rows_ = "\n".join(f"{n}     0{m}/{d:02d}/2026   84 mg   128/80   146/88    mild       2.0 h"
                      for n, (m, d) in enumerate([(3, 2), (3, 5), (3, 9), (3, 12), (3, 16)], start=1))
    text = ("Esketamine Treatment Session Log (FICTIONAL)\nDiagnosis F33.2.\n"
            "No.   Date         Dose    BP pre   BP peak   Sedation   Discharged   Notes\n" + rows_ + "\n\n"
            "Course summary - 03/16/2026\nFive sessions so far. She is 'about halfway there': a response, not a "
            "remission.\nPlan: continue esketamine 84 mg weekly as maintenance.\n")
    got = {r.name: r for r in history(text)}
    assert got["esketamine"].start == "2026-03-02"
    assert got["esketamine"].end is None
    assert got["esketamine"].outcome_class == "partial_response"


# --- a start and a stop from the visits that show them -------------------------------------------------------------

@pytest.mark.parametrize("line, day", [
    ("Infusion 3 - 05/12/2026", "2026-05-12"),
    ("OTV week 5 - 02/03/2026 (fraction 22 of 30)", "2026-02-03"),
])
def test_a_numbered_visits_heading_dates_its_note(line: str, day: str) -> None:
    assert str(visit_date(line)) == day


def test_an_amount_is_no_year() -> None:
    assert [w.value for w in _trial_dates("calcium 600 mg, vitamin D 2000 units, citalopram 20 mg daily")] == []


def test_how_long_a_benefit_lasted_is_not_the_trials_end() -> None:
    text = "Fluoxetine 20 mg was started in May 2023 and she felt well through 2024."
    assert start_and_end(text, _trial_dates(text)) == ("2023-05", None)


def test_a_lists_next_item_after_a_comma_keeps_its_own_as_needed() -> None:
    got = names("F32.1 depression, single episode.\nHome medicines: mirtazapine 15 mg at night (continues), "
                "ondansetron as needed, iron.\n")
    assert "mirtazapine" in got


def test_a_relatives_death_as_the_time_a_trial_began_leaves_it_the_patients() -> None:
    got = names("Diagnóstico F33.1. En 2019, tras la muerte de su padre, su médica de cabecera le pautó sertralina "
                "50 mg: 'me ayudó mucho'; la dejó en 2020 al encontrarse bien.\n")
    assert "sertraline" in got
    assert "sertraline" not in names("F33.1. His mother took sertraline for years.\n")


def test_a_restart_in_a_letters_entry_of_one_year_is_a_trial_of_its_own() -> None:
    got = sorted(((r.start, r.end, r.outcome_class) for r in history(
        "Letter, FICTIONAL. Diagnosis F33.1.\n2005-2011: citalopram 20 mg. She did very well.\n"
        "We tapered it off in 2011 as she had been well for years.\n2016: the depression came back after a move.\n"
        "I restarted citalopram 20 mg, but this time there was no real change after three months.\n")
        if r.name == "citalopram"), key=str)
    assert got == [("2005", "2011", "remission"), ("2016", "2016", "no_response")]


def test_the_reason_of_a_medicine_given_with_it_is_that_ones() -> None:
    got = names("F33.1 major depressive disorder, recurrent.\n- Escitalopram, 2nd trial, since 03/2025, now 20 mg with "
                "ondansetron PRN for nausea: no real change.\n")
    assert "escitalopram" in got
