"""Findings of letters set 89's blind review at b92f4014 (fixed by the lead while the set waits to join
tests/resources/): an exclusion that is a condition of the member's, answered as a row of the criteria table, is no
exclusion of the treatment to argue."""
from __future__ import annotations

import pytest

from appeal_kit.letter import arguments, derived

ROW = {"criterion": "Exclusion: current psychotic features, or a history of a psychotic disorder",
       "how_met": "None: a structured interview finds no psychotic symptoms, current or past", "met": True}


def case(reason: str, rows: list[dict]) -> dict:
    return {"claim": {"plan_type": "employer_erisa", "denial_category": "medical_necessity", "denial_reason": reason},
            "treatment": {"name": "Spravato (esketamine nasal spray)"}, "payer_criteria": rows}


@pytest.mark.parametrize("reason, rows, excluded", [
    # case 08 (FALSE): "The exclusion the denial relies on does not name Spravato", beside the drug's own policy
    # whose exclusion is the member's condition, answered in the table
    ("Esketamine is excluded under RX-ESK-20 for members with a history of psychotic disorder.", [ROW], False),
    # the same words with no such row: an exclusion to answer
    ("Esketamine is excluded under RX-ESK-20 for members with a history of psychotic disorder.", [], True),
    # a row on another condition does not answer an exclusion of the treatment itself
    ("Nasal spray treatments are excluded from the pharmacy benefit.", [ROW], True)])
def test_an_exclusion_row_without_a_number_answers_the_clause_naming_its_condition(reason, rows, excluded):
    assert ("not_covered" in arguments.denial_reasons(case(reason, rows))) is excluded


def test_an_exclusion_row_without_a_number_is_read_as_one():
    rows = derived.exclusion_rows(case("", [{"criterion": "1. Age 18 or older", "met": True}, ROW]))
    assert list(rows) == ["row2"] and rows["row2"]["row"] == 2 and rows["row2"]["met"] is True
    assert "psychotic" in rows["row2"]["condition"]


@pytest.mark.parametrize("said, later", [
    # case 02 (CONTRADICTION, mild): "the record shows otherwise" beside a statement written after the notice, which
    # the letter then says its reviewer never had
    ("Your prescriber did not show that gabapentin was tried at the required dose or could not be taken.", True),
    ("Your prescriber did not state a medical reason.", True),
    # words judging what the plan had are no lack of it: a later record still shows them wrong
    ("Gabapentin was tried at 300 mg only.", False)])
def test_words_that_the_plan_was_not_shown_something_are_answered_by_a_later_record_as_new(said, later):
    data = {"claim": {"notice_date": "2026-11-24", "denial_reason": said,
                      "corrections": [{"said": said, "record": "The statement gives the dose and weeks.",
                                       "file": "other/prescriber-statement-2026-12-01.txt", "page": 1}]},
            "record_dates": [{"file": "other/prescriber-statement-2026-12-01.txt", "date": "2026-12-01"}]}
    row = derived.decision_corrections(data)[0]
    assert (row["later"], row["leaves_out"]) == (later, later)
