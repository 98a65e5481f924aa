"""The not-mild findings of letters sets 55 and 56's blind reviews (tests/resources/letter-review/set55-review.md and
set56-review.md), each fixed by its kind and tested on the set's own fictional case. Sets 55 and 56 were fresh when
reviewed (drafted at 714a1ae9); from these fixes on they are fix sets."""
from __future__ import annotations

from test_letter_set14_findings import case_of

from appeal_kit.letter import derived


def test_criteria_in_the_words_of_the_plans_own_benefit_list_are_titled_with_it():
    # set 55, case 01: the EOC benefit row's three conditions were titled "The criteria of ... Clinical Policy
    # PAIN-KET-2", the policy that calls the care experimental and holds no such criteria
    data = case_of("set55", "01").data
    assert derived.criteria_policy(data) == " ".join(data["plan_policy"]["listed"]["name"].split())
    # rows in the quoted policy's own words keep the policy's name (set 53, case 07)
    other = case_of("set53", "07").data
    assert derived.criteria_policy(other) == derived.policy_label(other)


def test_a_limit_applied_by_another_way_of_counting_is_said_in_the_unit_it_counted():
    # set 56, case 03: the denial's 20 outpatient visits a plan year, counting each program day as a visit, was said
    # as "a limit of 20 weeks ... per episode of care", the current terms' unit
    limit = derived.benefit_limit(case_of("set56", "03").data)
    assert limit["applied_manner"] and limit["applied_as"] == "outpatient office visits"
    assert limit["unit"] != limit["applied_as"]
    # a way of counting that names no unit leaves the terms' unit in place
    assert derived._counted_as("each program day separately") == ""
