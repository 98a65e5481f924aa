"""A timely-filing letter applies the plan's own quoted rule that a claim it asked more information of keeps the date
it was first received, when what it asked for came within so many days of its request (set 14, case 01: the 35-day
rule was quoted and never applied, and the denial counted from the day the itemized bill arrived). Said only when the
quote states the rule and the case's dates meet it. One case per kind, across template x plan type."""
from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import TRD_SAMPLE, following_templates, trd_letter

from appeal_kit.letter import derived

TRD = TRD_SAMPLE
TODAY = date(2026, 11, 26)
FOLLOWING = following_templates()
PLANS = ["employer_erisa", "tricare", "medicare", "medicaid", "fehb", "unknown"]

# the care: September 2026 (the sample); a 90-day limit, first received in time, developed, answered late in the rule
LATE = {"claim.denial_category": "timely_filing", "claim.coding_correct": True,
        "claim.denial_reason": "Claim received 12/20/2026. The time limit for filing has expired.",
        "plan_policy.name": "Member handbook, Filing claims",
        "plan_policy.quote": "Claims must be filed within 90 days of the date of service. When we ask you for more "
                             "information, the claim retains the date we first received it if you send the "
                             "information within thirty (30) days of our letter.",
        "filing.first_submitted": "2026-10-20", "filing.received": "2026-10-26", "filing.asked": "2026-11-02",
        "filing.answered": "2026-11-24", "filing.proof": "clinical/progress-notes.pdf"}
KEPT = re.compile(r"The plan asked for more information on November 2, 2026, and what it asked for was sent on "
                  r"November 24, 2026, 22 days later, within the 30 days the plan's own rule allows\. Under that rule "
                  r"the claim keeps the date it was first received, October 26, 2026")


def text(tmp_path, template, **changes) -> str:
    return trd_letter(tmp_path, template, TODAY, **changes)


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", FOLLOWING)
def test_the_plans_keep_the_date_rule_is_applied_to_the_cases_dates(tmp_path, template, plan_type):
    letter = text(tmp_path, template, **LATE, **{"claim.plan_type": plan_type})
    if plan_type == "medicare":  # Medicare's rules, not a plan's
        assert "within the 30 days Medicare's own rule allows" in letter, template
    else:
        assert KEPT.search(letter), template


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_the_rule_is_said_only_where_the_quote_states_it_and_the_dates_meet_it(tmp_path, template):
    base = {**LATE, "claim.plan_type": "employer_erisa"}
    late = text(tmp_path, template, **{**base, "filing.answered": "2026-12-09"})  # 37 days: beyond the rule
    assert "keeps the date" not in late and "asked for more information" not in late
    unruled = text(tmp_path, template, **{**base, "plan_policy.quote": "Claims must be filed within 90 days of the "
                                                                       "date of service."})
    assert "keeps the date" not in unruled
    undated = text(tmp_path, template, **{**base, "filing.asked": None})
    assert "keeps the date" not in undated


@pytest.mark.parametrize(("quote", "asked", "answered", "days", "kept"), [
    ("your claim keeps the date we first received it as long as you send what we ask for within 35 days of our "
     "request", "2026-10-09", "2026-10-30", 35, True),
    ("your claim keeps the date we first received it as long as you send what we ask for within 35 days of our "
     "request", "2026-10-09", "2026-11-20", 35, False),
    ("your claim keeps the date we first received it as long as you send what we ask for within 35 days of our "
     "request", "2026-10-09", None, 35, None),
    ("Claims must be filed within one year of the date of service.", "2026-10-09", "2026-10-30", None, False),
    ("Send what we ask for within 35 days of our request.", "2026-10-09", "2026-10-30", None, False)])
def test_the_keep_the_date_rule_is_read_from_the_plans_own_words(quote, asked, answered, days, kept):
    rule = derived.filing_request_rule({"plan_policy": {"quote": quote},
                                        "filing": {"asked": asked, "answered": answered}})
    assert (rule["days"], rule["kept"]) == (days, kept)
