"""Set 46's findings that are not mild (tests/resources/letter-review/set46-review.md: drafted at 12564540, reviewed
blind, 4 (31)), case 02's in test_letter_pa_before_care; 01's and 04's here, with 07's mild twin of 04."""
from __future__ import annotations

from appeal_kit.letter import arguments


def _case(number: str, **changes):
    from test_letter_set14_findings import case_of

    return case_of("set46", number, **changes)


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import draft

    return draft(tmp_path, _case(number, **changes))


# ---------------- 04: standard daily TMS that brought a remission is not the accelerated theta burst course asked for

def test_an_earlier_course_under_another_protocol_did_not_work_before_for_this_request(tmp_path):
    data = _case("04").data
    history, asked = data["clinical"]["history"], data["treatment"]["name"]
    assert arguments.earlier_responses(history, asked) == []
    # the same standard course asked for again is the treatment that worked
    assert [r["drug"] for r in arguments.earlier_responses(history, "Standard daily TMS, 36 sessions")] == \
        ["Standard daily TMS, 36 sessions (earlier episode)"]
    text, state = _draft(tmp_path, "04")
    assert not state.by_id["worked_before"].value
    assert "The same treatment worked before" not in text and "has already worked" not in text


def test_a_repeat_course_is_said_to_have_worked_by_the_course_given_not_by_its_own_name(tmp_path):
    text, state = _draft(tmp_path, "07")
    assert state.by_id["worked_before"].value is True
    assert "The same treatment has already worked for Ms. Lindahl-Mbeki" in text
    assert "30 sessions has already worked" not in text


# ---------------- 01: a missed-notice penalty is all the terms allow only for care that was medically necessary

def test_the_missed_notice_penalty_is_the_limit_only_for_necessary_care(tmp_path):
    text, state = _draft(tmp_path, "01")
    assert state.by_id["denial_exceeds_penalty"].value is True
    assert "at most they permit" not in text and "would cost at most" not in text
    assert "without deciding whether the care was medically necessary" in text
    # a denial that also judged the care's necessity is not said to have skipped that decision
    text, _ = _draft(tmp_path, "01", **{"claim.denial_reasons": ["prior_authorization", "medical_necessity"]})
    assert "without deciding whether the care was medically necessary" not in text
    assert "If the care was medically necessary, those terms permit a $500 penalty for the missed notice" in text
