"""A letter with no decision time to ask for (no rule or plan term gives the plan type one) still asks for a decision
before the care still to come (letters set 67, case 04: an FEHB carrier's ECT scheduled for 12/10/2026 and the
only letter of its set that asked for no decision at all)."""
from __future__ import annotations

from datetime import date

from test_letter_set14_findings import TODAY, case_of, draft

from appeal_kit.letter import derived

ASK = "please decide this appeal before that date"


def test_the_first_day_of_care_to_come_and_whether_care_has_begun():
    data = {"claim": {"service_dates": ["2026-11-20", "2026-12-10", "2026-12-17"]}}
    assert derived.scheduled_care(data, date(2026, 11, 1)) == {"day": "2026-11-20", "begun": False}
    assert derived.scheduled_care(data, date(2026, 12, 1)) == {"day": "2026-12-10", "begun": True}
    assert derived.scheduled_care(data, date(2026, 12, 20)) is None  # all given
    assert derived.scheduled_care({"claim": {}}, date(2026, 12, 1)) is None


def test_an_fehb_appeal_for_scheduled_care_asks_for_a_decision_before_it(tmp_path):
    case = case_of("set67", "04")
    assert date.fromisoformat(str(case.data["claim"]["service_dates"][0])) > TODAY
    text, _ = draft(tmp_path, case)
    assert text.count(ASK) == 1
    assert f"The care is scheduled to begin on December 10, 2026: {ASK}." in text
    # care all given: nothing to decide before
    text, _ = draft(tmp_path, case_of("set67", "04", **{"claim.service_dates": ["2026-10-01"]}))
    assert ASK not in text


def test_a_plan_type_with_a_decision_time_is_asked_for_that_time_alone(tmp_path):
    # the same case under an employer plan: the rule's clock (with its own "before that date" where the care comes
    # first) is asked for, never this line as well
    text, _ = draft(tmp_path, case_of("set67", "04", **{"claim.plan_type": "employer_erisa"}))
    assert ASK not in text
    assert "Please decide this appeal within" in text
