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
