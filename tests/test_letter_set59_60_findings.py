"""Not-mild findings of letters sets 59 and 60's blind reviews (drafted at 46dc3b7b; tests/resources/letter-review/
set59, set60 and their reviews), each fixed by its kind and tested on the set's own case: what the letter says and,
as much, what it no longer says."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft
from test_letter_set67_findings import count_printed


def test_a_plan_list_without_the_step_rule_never_lets_the_steps_be_said_met(tmp_path):
    # set 60, case 08: the 2026 formulary lists the drug with no step rule; "The step-therapy requirement has been
    # met ... They have been" conceded the rule the letter had just shown not to apply
    text, state = draft(tmp_path, case_of("set60", "08"))
    assert state.by_id["plan_lists_treatment"].value is True
    assert "In the alternative: the treatments already tried" in text
    assert "By the plan's own list quoted above, the step rule the denial applied does not reach it" in text
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


def test_a_drug_the_clinic_tapered_on_purpose_is_never_a_failed_trial(tmp_path):
    # set 59, case 05: oxycodone "Tapered off by 03/2025 and replaced by hydrocodone" was counted among "three adequate
    # treatment trials" failed, by default (more than six weeks, not taken now, no response recorded)
    text, state = draft(tmp_path, count_printed(case_of("set59", "05")))
    assert "has failed two adequate treatment trials: physical therapy and lumbar epidural steroid injections" in text
    assert "Oxycodone, because it was tapered off on purpose, and the record does not say it failed" in text
    assert "injections (2) and oxycodone" not in text
    # the same row with a failure in its own words is counted
    history = case_of("set59", "05").data["clinical"]["history"]
    rows = [dict(r, outcome="Tapered off for lack of relief") if r["drug"] == "Oxycodone" else r for r in history]
    text, _ = draft(tmp_path, count_printed(case_of("set59", "05", **{"clinical.history": rows})))
    assert "injections (2) and oxycodone" in text


def test_a_physiatrist_is_never_called_the_wrong_specialty_for_a_pain_program(tmp_path):
    # set 59, case 05: "has the recorded specialty physical medicine and rehabilitation, not the one this condition
    # calls for", said of a core field of pain rehabilitation with nothing in the case to support it
    text, _ = draft(tmp_path, case_of("set59", "05"))
    assert "physical medicine and rehabilitation, not the one this condition calls for" not in text
    # a specialty the case shows outside pain care still is
    text, _ = draft(tmp_path, case_of("set59", "05", **{"claim.reviewer": {"name": "Dr. Conrad Elstner (FICTIONAL)",
                                                                          "specialty": "dermatology"}}))
    assert "dermatology, not the one this condition calls for" in text


def test_an_expedited_request_names_the_denied_days_already_given(tmp_path):
    # set 60, case 01: the denial ran from 11/27/2026; the request named only "inpatient days from 12/08/2026", so a
    # contractor could grant it and leave eleven denied days unpaid
    text, _ = draft(tmp_path, case_of("set60", "01"))
    # the letter of December 4 (the test day): the days given up to it, the rest still to come
    assert ("for the care already given (November 27, 2026 through December 4, 2026) and for inpatient days from "
            "12/08/2026") in text
    # nothing given yet: only the care to come is asked for
    text, _ = draft(tmp_path, case_of("set60", "01", **{"claim.service_dates": ["2026-12-08", "2026-12-13"]}))
    assert "the care already given" not in text


def test_original_medicare_without_an_abn_asks_for_the_limitation_on_liability(tmp_path):
    # set 60, case 07: no Advance Beneficiary Notice was given for the TMS course, yet the letter never asked for the
    # finding that keeps the patient from being billed $6,912.00 if the denial stands
    text, state = draft(tmp_path, case_of("set60", "07"))
    assert state.by_id["no_abn_given"].value is True
    assert "no Advance Beneficiary Notice was given" in text
    assert "(42 U.S.C. 1395pp(a) and 42 CFR 411.404)" in text
    assert "I ask for a finding that Mr. Veski is not liable for the denied services" in text
    # an ABN given, or none recorded: nothing said of it
    for value in (True, None):
        text, state = draft(tmp_path, case_of("set60", "07", **{"claim.abn_given": value}))
        assert state.by_id["no_abn_given"].value is not True
        assert "1395pp" not in text and "not liable for the denied services" not in text


# ---------------- mild kinds

def test_reinstatement_is_counted_from_the_notice_and_the_agency_is_named_once(tmp_path):
    # set 59, case 08: "within 10 days of receiving a notice that came too late" read as counted from the day it came
    # (mild FALSE), and "every document and record the agency or the agency will use at it"
    text, _ = draft(tmp_path, case_of("set59", "08", **{"claim.notice_date": "2026-11-30"}))
    assert "within 10 days of the notice of November 30, 2026, which came too late" in text
    assert "of receiving a notice" not in text
    assert "the agency or the agency" not in text and "every document and record the agency will use at it" in text


def test_a_programs_days_are_never_called_sessions(tmp_path):
    # set 60, case 06 (and set 59, cases 04 and 06): "(12 sessions)" for 12 days of an intensive outpatient program
    text, _ = draft(tmp_path, case_of("set60", "06"))
    assert "September 8, 2026 through September 30, 2026 (12 program days)" in text
    assert "(12 sessions)" not in text


def test_a_childs_impact_lines_carry_no_adult_labels(tmp_path):
    # set 59, case 02: "Work:" for a boy's school attendance, "Hospital care:" for an emergency visit sent home
    text, _ = draft(tmp_path, case_of("set59", "02"))
    assert "School: Attended 52% of school days" in text and "Work: Attended" not in text
    assert "Emergency and hospital care: Emergency department visit 10/19/2026" in text
    assert "Hospital care: Emergency" not in text.replace("Emergency and hospital care", "")


def test_a_heading_over_one_request_alone_is_never_printed(tmp_path):
    # set 59, cases 01 and 02: "The medical necessity of ..." over "If the plan considers any criterion unmet, please
    # say which and why." and nothing else; the request goes with the section before it
    from appeal_kit.letter.arguments import bare_request

    text, _ = draft(tmp_path, case_of("set59", "02"))
    assert "The medical necessity of intensive outpatient program" not in text
    assert "If the plan considers any criterion unmet, please say which and why." in text
    assert bare_request("If the plan considers any criterion unmet, please say which and why.")
    assert not bare_request("The denial does not identify any criterion that is not met. Please say which.")
