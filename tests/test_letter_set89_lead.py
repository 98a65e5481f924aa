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
