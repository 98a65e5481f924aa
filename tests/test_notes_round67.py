"""The s67 round: a rating scale's score is a row only with its day (docs/notes.md, "s67"). Sentences of our own, not
copies of any set's records (all examples FICTIONAL: people, clinics and numbers are made up)."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.notes.documents import Document, document_date
from appeal_kit.notes.propose import outcome_of, propose


def scales(text: str) -> set[tuple]:
    got = propose([Document("clinical/note.txt", text.split("\f"), "txt")]).scales
    return {(s["name"], s["score"], s["date"]) for s in got}


# --- the day a page's header labels as its visit's ------------------------------------------------------------------

@pytest.mark.parametrize("page, day", [
    ("Elmstead Sleep Clinic (FICTIONAL) - Follow-up\nFICTIONAL RECORD. Patient: Ona Reyes (fictional), 41 y. MRN "
     "FICT-9-1. Visit 04/22/2026. Clinician: T. Marr, NP (fictional). 3 Hill Road, Elmstead. Phone 555-0100.\n",
     date(2026, 4, 22)),
    ("Harbor Kidney Clinic (FICTIONAL)\nFICTIONAL RECORD. Patient: Lev Amari (fictional), 70 y, record FICT-2. Seen "
     "02/03/2026 by Dr. K. Osei, nephrology (fictional). 8 Pier Street, Harbor (fictional).\n", date(2026, 2, 3)),
])
def test_a_long_patient_line_that_labels_the_visit_dates_the_note(page: str, day: date) -> None:
    assert document_date(page) == day


def test_each_page_of_a_clinics_visits_is_dated_by_its_own_header() -> None:
    first = ("Elmstead Sleep Clinic (FICTIONAL) - Follow-up\nFICTIONAL RECORD. Patient: Ona Reyes (fictional), 41 y. "
             "MRN FICT-9-1. Visit 04/22/2026. Clinician: T. Marr, NP (fictional). 3 Hill Road, Elmstead.\n\n"
             "Interval history\nSleeping poorly. PHQ-9 today 13.\n")
    second = ("Elmstead Sleep Clinic (FICTIONAL) - Follow-up\nPatient: Ona Reyes (fictional). MRN FICT-9-1. Visit "
              "07/15/2026. Clinician: T. Marr, NP.\n\nInterval history\nA little better. PHQ-9 today 9.\n")
    assert scales(first + "\f" + second) == {("PHQ-9", 13, "2026-04-22"), ("PHQ-9", 9, "2026-07-15")}


def test_an_intake_heading_dates_the_entry_under_it() -> None:
    # (below the program's letterhead, past the lines a document's own date is read from)
    text = ("LAKESIDE RECOVERY PROGRAM (FICTIONAL)\n=====================================\nFICTIONAL SAMPLE RECORD.\n"
            "2 Mill Lane, Lakeside (fictional). Phone 555-0100.\nClient: Ada Voss (fictional). Record FICT-3.\n\n"
            "INTAKE ASSESSMENT - 03/09/2026 - counselor J. Pike (fictional)\n"
            "==============================================================\n"
            "Low mood for a year. Screens: PHQ-9 18.\n")
    assert scales(text) == {("PHQ-9", 18, "2026-03-09")}


def test_a_log_entry_after_a_quoted_sentence_opens_its_own_day() -> None:
    # (the line before ends with a quote after its full stop: the sentence is over, the dated line is a new entry)
    text = ("Portal log (FICTIONAL)\n"
            "03/04/2026  REFILL  sertraline 100 mg  APPROVED  PHQ-9 8. RN comment: she says she is\n"
            "    \"much steadier.\"\n"
            "05/20/2026  PORTAL  Pt: \"the low days are back.\" PHQ-9 16.\n")
    assert scales(text) == {("PHQ-9", 8, "2026-03-04"), ("PHQ-9", 16, "2026-05-20")}


# --- a score taken on another day than the note's --------------------------------------------------------------------

def test_a_score_at_todays_visit_is_the_notes() -> None:
    assert scales("Visit 08/11/2026\nPHQ-9 at today's visit 11; item 9 scored 0.") == {("PHQ-9", 11, "2026-08-11")}


def test_a_baseline_told_again_keeps_its_own_day_or_is_no_row() -> None:
    referral = "Consult 05/02/2026\nHAM-D 24 at referral (04/28/2026); sleeping four hours.\n"
    summary = "Course summary 06/30/2026\nHAM-D 24 before the course and 8 on 06/29/2026. Back at work.\n"
    assert scales(referral + "\f" + summary) == {("HAM-D", 24, "2026-04-28"), ("HAM-D", 8, "2026-06-29")}
    assert scales(summary) == {("HAM-D", 8, "2026-06-29")}  # (the day before the course is not written anywhere)


def test_a_score_the_records_give_no_day_for_is_no_row() -> None:
    # (an undated card: the score can neither date the severity nor judge a trial)
    assert scales("Index card (FICTIONAL)\nImipramine 150 mg. HAM-D 25, sleeping badly.\n") == set()


# --- outcome words the contract decides (docs/notes.md, "The outcome contract") -----------------------------------

@pytest.mark.parametrize("words", [
    "The venlafaxine helps her back, but the blues are just the same as before.",
    "Six group sessions in 2024: \"I was calmer, but not less depressed.\"",
    "On mirtazapine he is sleeping and eating better, but \"the heaviness is the same as it was.\"",
    "IPT, 10 sessions: \"it helped with the arguments at home; the depression stayed where it was.\"",
])
def test_help_with_something_else_beside_a_mood_that_stayed_is_no_response(words):
    """The contract's no_response: help with something besides the mood beside a mood that stayed, in the patient's
    own words for the mood ("the blues", "the heaviness") and for its staying ("not less depressed")."""
    assert outcome_of(words)[0] == "no_response"


@pytest.mark.parametrize("words, expected", [
    ("A doctor put her on imipramine, which she took from 1990 to 1994: \"it gave me my life back,\" and she stopped "
     "it when she felt like herself again.", "remission"),
    ("It gave me headaches, so I stopped it.", "side_effects"),  # (a harm given is still a harm)
])
def test_something_given_back_is_a_gain_not_a_harm(words, expected):
    assert outcome_of(words)[0] == expected


@pytest.mark.parametrize("words", [
    "The escitalopram continues; her mood is no better than in June.",
    "He says the duloxetine still helps; no change from the spring.",
    "Mood unchanged since the last visit on the sertraline.",
])
def test_a_state_held_since_an_earlier_visit_leaves_that_visits_judgement(words):
    """"No better than in June" says the state held since June's visit, whose words judge the trial; it is no
    response of its own."""
    assert outcome_of(words)[0] != "no_response"


def test_a_later_visits_no_change_since_does_not_undo_the_earlier_judgement() -> None:
    first = ("Mood clinic (FICTIONAL)\nPatient: Ida Low (fictional). MRN FICT-7. Visit 03/10/2026. Dr. P. Ames.\n\n"
             "Sertraline 100 mg since 10/2025: about half better, \"not all the way back.\"\n")
    second = ("Mood clinic (FICTIONAL)\nPatient: Ida Low (fictional). MRN FICT-7. Visit 06/09/2026. Dr. P. Ames.\n\n"
              "The sertraline continues; no change from March.\n")
    (row,) = propose([Document("clinical/visits.txt", [first, second], "txt")]).history
    assert row.outcome_class == "partial_response"
