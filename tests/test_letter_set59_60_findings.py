"""Not-mild findings of letters sets 59 and 60's blind reviews (drafted at 46dc3b7b; tests/resources/letter-review/
set59, set60 and their reviews), each fixed by its kind and tested on the set's own case: what the letter says and,
as much, what it no longer says."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft


def test_a_plan_list_without_the_step_rule_never_lets_the_steps_be_said_met(tmp_path):
    # set 60, case 08: the 2026 formulary lists the drug with no step rule; "The step-therapy requirement has been
    # met ... They have been" conceded the rule the letter had just shown not to apply
    text, state = draft(tmp_path, case_of("set60", "08"))
    assert state.by_id["plan_lists_treatment"].value is True
    assert "In the alternative: the treatments already tried" in text
    assert "so the step rule the denial applied does not reach it" in text
    assert "They have been." not in text and "The step-therapy requirement has been met" not in text
    assert "Every step the plan lists is met" not in text
    # without the plan's list, the same history is argued as the steps met
    text, state = draft(tmp_path, case_of("set60", "08", **{"plan_policy.listed": None}))
    assert state.by_id["plan_lists_treatment"].value is not True
    assert "In the alternative: the treatments already tried" not in text


def test_an_exception_the_plan_gave_is_applied_not_asked_for_again(tmp_path):
    # set 60, case 03: the network exception covers both doses; the letter asked the plan to name an in-network
    # provider and to apply its gap rule, and offered the plan's own entry of the exception as a record it never had
    text, state = draft(tmp_path, case_of("set60", "03"))
    assert "NGE-26-0611-208" in text and "please name it" not in text
    assert "should not shift the cost of that gap" not in text
    assert "Records the reviewer did not have" not in text and "never had" not in text
    # with no exception on file, the same denial asks about the network gap
    text, _ = draft(tmp_path, case_of("set60", "03", **{"prior_auth.approved": None}))
    assert "please name it" in text


def test_a_request_made_before_the_care_is_never_answered_as_a_late_notice(tmp_path):
    # set 60, case 02: precertification faxed 20 days before the admission and never decided; the letter's heading
    # and text spoke of "a late notice" and "the missed notice" before proving the request was made
    text, state = draft(tmp_path, case_of("set60", "02"))
    assert state.by_id["denial_exceeds_penalty"].value is True
    assert "What the plan's terms set even for a missed notice" in text
    assert "Even had notice been missed, the plan's terms would set a $500 reduction" in text
    assert "for a late notice" not in text and "the missed notice" not in text
    # the same terms where no request came before the care: the penalty is this case's
    text, _ = draft(tmp_path, case_of("set60", "02", **{"prior_auth.requested_on": "2026-10-05"}))
    assert "What the plan's terms set for a late notice" in text
