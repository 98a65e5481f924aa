"""A second internal level asks for its own decision time where a rule gives one: a group plan with two internal
levels decides each in half a single level's time (15 days for care not yet given, 30 for care already given; set
20, case 07: a second-level appeal that asked for none). Individual coverage, which may have only one internal
level, and plan types whose next level is an outside body are asked for no second-level time."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit import rules
from appeal_kit.intake.deadlines import SECOND_LEVEL_CLOCKS
from appeal_kit.letter import derived

TODAY = date(2026, 12, 5)
SECOND = {"decisions": [{"date": "2026-11-12", "outcome": "denied", "stage": "first-level appeal",
                         "opens": "internal appeal (second level)"}]}
PLANS = ["employer_erisa", "individual_aca", "governmental", "church", "medicare_advantage", "medicaid", "chip",
         "fehb", "tricare", "unknown"]


def case(plan_type: str, dates: list[str], **more) -> dict:
    return {**SECOND, "claim": {"plan_type": plan_type, "service_dates": dates, **more}}


@pytest.mark.parametrize("plan_type", PLANS)
def test_a_second_level_is_given_the_per_level_time_only_where_the_rule_governs(plan_type):
    given = derived.decision_time(case(plan_type, ["2026-09-01"]), TODAY)
    ahead = derived.decision_time(case(plan_type, ["2027-01-10"]), TODAY)
    if plan_type in SECOND_LEVEL_CLOCKS:
        assert (given["length"], given["rule_id"]) == ("30 days", "appeal_decision_second_level_post_service")
        assert (ahead["length"], ahead["rule_id"]) == ("15 days", "appeal_decision_second_level_pre_service")
        assert given["urgent"] is None
        # the rule cited is one that governs the plan type
        assert rules.Citations(plan_type).cite(given["rule_id"])
    else:
        assert given is None and ahead is None


def test_a_first_level_keeps_the_single_level_time():
    first = derived.decision_time({"claim": {"plan_type": "employer_erisa", "service_dates": ["2026-09-01"]}}, TODAY)
    assert (first["length"], first["rule_id"]) == ("60 days", "appeal_decision_post_service")
