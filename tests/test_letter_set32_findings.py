"""Set 32's findings (tests/resources/letter-review/set32): each fix tested on its structure."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.letter import arguments

# ---------------- 07: notice given within the plan's business days leaves no missing authorization to excuse

NOTICE = {"claim": {"plan_type": "individual_aca", "denial_category": "prior_authorization",
                    "denial_reason": "Notification absent.", "service_dates": ["2026-09-04", "2026-09-25"]},
          "emergency": {"admitted": "2026-09-04"},
          "prior_auth": {"notified": "2026-09-09 10:20", "notice_rule": {"business_days": 2, "from": "2026-09-04"}}}


@pytest.mark.parametrize("notified, asked", [("2026-09-09 10:20", False), ("2026-09-11 10:20", True)])
def test_why_authorization_was_missing_is_not_asked_when_notice_came_in_time(notified, asked):
    data = {**NOTICE, "prior_auth": {**NOTICE["prior_auth"], "notified": notified}}
    needed = arguments.missing_needs(data, arguments.load_blocks())
    assert ("prior_auth.reason_missing" in needed) is asked


def test_a_timely_notice_is_never_answered_as_a_missing_authorization(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, state = draft(tmp_path, case_of("set32", "07"))
    assert state.by_id["notice_within_business_days"].value is True
    assert "retroactive" not in text and "procedural gap" not in text


# ------------------- 02: care still to come beside dates of service that have all passed: check says so

@pytest.mark.parametrize("dates, warned", [(["2026-11-16"], True), (["2027-01-11"], False), ([], False)])
def test_check_warns_of_a_planned_start_kept_among_dates_of_service(dates, warned, monkeypatch):
    from test_letter_set14_findings import case_of

    from appeal_kit import checks, clock

    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 6))
    case = case_of("set32", "02", **{"claim.service_dates": dates})
    fields = [f.field for f in checks._denial_fit_findings(case)]
    assert ("claim.service_dates" in fields) is warned


def test_care_to_come_that_names_its_own_later_day_is_apart_from_the_dates_given(monkeypatch):
    # letters set 60, case 01: a stay's days to date listed, "inpatient days from 12/08/2026" still to come
    from test_letter_set14_findings import case_of

    from appeal_kit import checks, clock

    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 7))
    for pending, warned in (("inpatient days from 12/08/2026 until a day program opens", False),
                            ("the remaining sessions of the course", True)):
        case = case_of("set32", "02", **{"claim.service_dates": ["2026-11-27", "2026-12-07"],
                                         "claim.pending_services": [pending]})
        fields = [f.field for f in checks._denial_fit_findings(case)]
        assert ("claim.service_dates" in fields) is warned
