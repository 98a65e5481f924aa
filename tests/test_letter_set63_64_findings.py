"""Findings of letters sets 63 and 64's blind reviews (drafted at aa245236; tests/resources/letter-review/set63,
set64 and their reviews), each fixed by its kind and tested on the set's own fictional case: what the letter says
and, as much, what it no longer says."""
from __future__ import annotations

from test_letter_set14_findings import TODAY, case_of, draft

from appeal_kit.letter import derived


def test_care_already_begun_has_a_next_day_not_a_first(tmp_path):
    # set 63, case 06 (FALSE): a residential stay begun 11/10, the days still to come from 12/08, said "The care is
    # scheduled to begin on December 8, 2026"
    case = case_of("set63", "06")
    clock = derived.decision_time(case.data, TODAY)
    assert clock and clock["begun"] and clock["before"]
    text, _ = draft(tmp_path, case)
    assert "The next day of the care still to come is" in text
    assert "scheduled to begin" not in text
    # care not begun keeps its first day (set 50, case 04's kind)
    later = case_of("set63", "06", **{"claim.service_dates": ["2026-12-08", "2027-01-15"]})
    clock = derived.decision_time(later.data, TODAY)
    assert clock and not clock["begun"]


def test_a_request_never_decided_promises_no_external_review(tmp_path):
    # set 64, case 06 (UNSUPPORTED): a precertification request never decided; deemed exhaustion said "external
    # review may go ahead", a route that hears medical judgment, which no decision has made yet
    case = case_of("set64", "06")
    assert not derived.medical_judgment(case.data)
    text, _ = draft(tmp_path, case)
    assert "internal appeals are deemed exhausted" in text
    assert "external review may go ahead" not in text


def test_the_plans_own_criteria_beside_medicares_are_never_asked_to_be_applied(tmp_path):
    # set 63, case 08 (CONTRADICTION): MA-TMS-2 quoted under the plan's terms on authorization with "Please apply them
    # to this claim", while the letter argues Medicare's own LCD governs in its place (42 CFR 422.101(b)(6))
    case = case_of("set63", "08")
    assert derived.plan_criteria_yield(case.data)
    text, _ = draft(tmp_path, case)
    assert "Medicare's own coverage criteria govern this claim in their place" in text
    assert "Please apply them" not in text
    # the same plan terms in a case without Medicare's own rule are applied as before
    assert not derived.plan_criteria_yield(case_of("set63", "08", medicare_coverage=None).data)


def test_an_approval_that_ran_its_period_is_not_cut_before_it(tmp_path):
    # set 63, case 03 (CONTRADICTION): PHP approved through 12/04, continued stay denied from 12/05; the letter said
    # the plan "cuts a course it approved before its period is over" and asked it to stay covered under that rule
    case = case_of("set63", "03")
    assert derived.approval_ran_out(case.data)
    text, _ = draft(tmp_path, case)
    assert "before its period is over" not in text
    # an approval that still ran past the cut keeps the rule and its ask
    approved = dict(case.data["prior_auth"]["approved"], covers="partial hospitalization, 11/02/2026 through "
                    "01/08/2027", quote="Partial hospitalization approved 11/02/2026 through 01/08/2027.")
    longer = case_of("set63", "03", **{"prior_auth.approved": approved})
    assert not derived.approval_ran_out(longer.data)
    text, _ = draft(tmp_path, longer)
    assert "before its period is over" in text


def test_a_pain_program_is_reviewed_in_pain_medicine_whatever_mood_code_follows():
    # set 63, case 04 (REQUEST): a pain rehabilitation program for M96.1 and G89.4 with F32.1 third: "after consulting
    # a psychiatrist"
    case = case_of("set63", "04")
    assert derived.reviewer_specialty(case.data) == "a physician board-certified in pain medicine or anesthesiology"
    # a mood code first is still a psychiatrist's
    codes = case.data["claim"]["diagnosis_codes"]
    moved = case_of("set63", "04", **{"claim.diagnosis_codes": [codes[-1], *codes[:-1]]})
    assert derived.reviewer_specialty(moved.data) == "a psychiatrist"


def test_check_asks_for_approved_lines_only_where_care_was_given_under_them(tmp_path):
    # set 64's writer: a Part D drug's renewal was asked for its code lines and units (`given:`), which a pharmacy
    # approval does not have; an outpatient program given under a referral still is (set 64, case 05)
    _, state = draft(tmp_path, case_of("set64", "02"))
    assert state.by_id["care_beyond_approval"].value is None and not state.by_id["care_beyond_approval"].about
    _, state = draft(tmp_path, case_of("set64", "05"))
    assert state.by_id["care_beyond_approval"].about
