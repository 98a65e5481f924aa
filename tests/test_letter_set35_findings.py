"""Set 35's not-mild findings (tests/resources/letter-review/set35-review.md: drafted at 0faa7972, reviewed blind, 2 (31),
no FALSE and no CONTRADICTION), each fix tested on its structure; the set's mild kinds are the next stop's."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.intake import deadlines
from appeal_kit.letter import derived

TODAY = date(2026, 12, 6)


# ---------------- 06: a certified nurse-midwife writes as one, never as a nurse practitioner

@pytest.mark.parametrize("role, said", [("prescriber, certified nurse-midwife (CNM, APRN)", "nurse-midwife"),
                                        ("psychiatric nurse practitioner (PMHNP-BC)", "nurse practitioner"),
                                        ("APRN, the prescriber", "nurse practitioner")])
def test_a_nurse_midwife_is_named_as_one(role, said):
    data = {"patient": {"name": "Ana Marsh"}, "author": {"name": "T. Odom, CNM", "role": role,
                                                         "relation": "prescriber"}}
    standing = derived.author_standing(data, TODAY)
    assert said in standing["as"] and not standing["physician"]


# ---------------- 03: an integrated plan's Part B drug reconsideration is given no day count the rules here do not check

@pytest.mark.parametrize("plan, part_b, days", [("medicare_advantage_integrated", True, None),
                                                ("medicare_advantage_integrated", False, 30),
                                                ("medicare_advantage", True, 7)])
def test_no_day_count_is_said_for_an_integrated_plans_part_b_drug(plan, part_b, days):
    clock = deadlines.decision_clock(plan, urgent=False, pre_service=True, part_b_drug=part_b)
    assert (clock.days if clock else None) == days


# ---------------- 03: a name that carries a credential is not given it again

@pytest.mark.parametrize("name, credentials, said", [
    ("Samir Oyelaran-Whitt, MD", "MD, board-certified in psychiatry", "board-certified in psychiatry"),
    ("Samir Oyelaran-Whitt", "MD, board-certified in psychiatry", "MD, board-certified in psychiatry"),
    ("Jo Lane, MD", "MD", None)])
def test_a_credential_in_the_name_is_not_said_twice(name, credentials, said):
    assert derived.credentials_beside(name, credentials) == said


# ---------------- 07: a plan's "must notify us within 48 hours of the admission" is applied to the notice

@pytest.mark.parametrize("quote, hours", [
    ("If you are admitted as an emergency, the hospital must notify us within 48 hours of the admission.", 48),
    ("The plan must be notified within 24 hours of admission.", 24),
    ("We cover emergency services without prior authorization.", None)])
def test_the_plans_notice_rule_is_read_in_either_voice(quote, hours):
    data = {"plan_policy": {"quote": quote}, "prior_auth": {"notified": "2026-09-13 09:15"},
            "emergency": {"admitted": "2026-09-13 02:15"}}
    notice = derived.admission_notice(data)
    assert notice["hours"] == hours and notice["after"] == 7
    assert notice["in_time"] is (True if hours else None)


# ---------------- 08: a policy last reviewed before the FDA's action is said to be so

@pytest.mark.parametrize("quote, fda, reviewed", [
    ("TMS is investigational for any indication other than depression. Last reviewed: 03/2017.", "2018-08-17",
     date(2017, 3, 1)),
    ("Policy BH-7 (reviewed March 2019): TMS is investigational for OCD.", "2018-08-17", None),  # after the action
    ("TMS is investigational for OCD.", "2018-08-17", None),  # no review date said
    ("Last reviewed 08/2018.", "2018-08-17", None)])  # the same month could have weighed it
def test_a_policy_last_reviewed_before_the_fda_action(quote, fda, reviewed):
    found = derived.policy_reviewed_before_fda({"plan_policy": {"quote": quote}, "treatment": {"fda": {"date": fda}}})
    assert found.get("reviewed") == reviewed
