"""Findings of letters sets 100 (process) and 101 (clinical), written blind in stop 68 and reviewed at 854720bb
(tests/resources/letter-review/set100-review.md, set101-review.md), fixed by the lead: an insured plan's external
review request sent to the plan "to be forwarded" where the directory names the state agency it is filed with
(101/08)."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft


def test_an_external_review_the_state_runs_is_addressed_to_the_agency_the_directory_names(tmp_path):
    # 101/08 (REQUEST): an insured Michigan Marketplace plan, the case naming no agency: the letter went to the plan's
    # appeals box "to be forwarded to the external reviewer your final denial names"
    text, _ = draft(tmp_path, case_of("set101", "08"))
    assert "Michigan Department of Insurance and Financial Services (DIFS) RE:" in text
    assert "to be forwarded" not in text


def test_a_body_the_case_names_without_an_address_still_goes_through_the_plan(tmp_path):
    # off shape: in some states the insurer takes the request; a body the case names with no address keeps the plan's
    # (set 20, case 06: the Arizona department "as the plan's final notice names it")
    text, _ = draft(tmp_path, case_of("set20", "06"))
    assert "(to be forwarded to" in text


def test_care_a_decision_cuts_was_under_way_so_its_next_day_is_never_its_first(tmp_path):
    # 100/01 (CONTRADICTION, mild): a TMS course begun 10/26 and cut from 12/10 (claim.action: reduce) was said
    # "scheduled to begin on December 10, 2026", the day the cut takes effect
    case = case_of("set100", "100-01")
    text, _ = draft(tmp_path, case)
    assert ("The next day of the care still to come is December 10, 2026, before that time runs out: please decide "
            "before that date.") in text
    assert "scheduled to begin" not in text
    # off shape: a new request (claim.action: none) with nothing given yet is still care to begin
    case = case_of("set100", "100-01")
    case.data["claim"]["action"] = "none"
    text, _ = draft(tmp_path, case)
    assert "The care is scheduled to begin on December 10, 2026" in text
