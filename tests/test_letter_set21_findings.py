"""Set 21's findings (tests/resources/letter-review/set21): each fix tested on its structure, across the plan types
it reaches."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.letter import derived

TODAY = date(2026, 12, 5)


def reconsidered(opens: str | None) -> dict:
    return {"claim": {"plan_type": "tricare", "notice_date": "2026-09-10"},
            "decisions": [{"date": "2026-10-14", "outcome": "denied", "stage": "reconsideration", "opens": opens}],
            "external_review": {"final_denial_date": "2026-10-14"}}


@pytest.mark.parametrize("opens, asked", [
    ("formal review", "a formal review"), ("second reconsideration", "a second reconsideration"),
    ("Formal review by the Defense Health Agency", "a formal review"), (None, None), ("", None)])
def test_a_tricare_request_names_the_level_its_decision_opens(opens, asked):
    # case 01: "a second reconsideration or a formal review, as the reconsideration decision names it" although
    # the decision, recorded in decisions[].opens, named the formal review
    level = derived.next_level(reconsidered(opens), TODAY)
    if asked:
        assert (level["request"], level["title"]) == (asked, asked[2:])
    else:
        assert "second reconsideration or a formal review" in level["request"]


def test_another_plan_types_level_is_not_renamed_by_the_decisions_words():
    data = {**reconsidered("formal review"), "claim": {"plan_type": "fehb"}}
    assert "formal review" not in derived.next_level(data, TODAY)["request"]


@pytest.mark.parametrize("address, printed", [
    ("Defense Health Agency, Appeals Division\n16401 East Loop, Suite 9\nAurora, CO 80011",
     "16401 East Loop, Suite 9\nAurora, CO 80011"),
    ("DEFENSE HEALTH AGENCY, APPEALS DIVISION\nAurora, CO 80011", "Aurora, CO 80011"),
    ("Attn: Formal Reviews\nAurora, CO 80011", "Attn: Formal Reviews\nAurora, CO 80011")])
def test_a_next_level_address_does_not_print_its_agency_twice(address, printed):
    # case 01: the agency's name, itself with commas, printed again as the address's first line
    data = {"external_review": {"agency": "Defense Health Agency, Appeals Division", "address": address}}
    assert derived.appeals_address_under_name(data, "external_review.agency", "external_review.address") == printed
