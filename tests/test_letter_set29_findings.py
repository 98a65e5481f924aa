"""Set 29's findings (tests/resources/letter-review/set29): each fix tested on its structure."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.letter import derived

TODAY = date(2026, 12, 6)
UNANSWERED = ("Ask us before you receive the service. We will answer within 15 days; if we do not answer within 15 "
              "days, you may receive the service and we will cover it at the network benefit level.")


# ---------------- 07: the plan's own terms cover care it did not answer a request for in time: applied, and first

@pytest.mark.parametrize("asked, dates, undecided, before_care", [
    ("2026-04-16", ["2026-05-04"], True, True),    # 15 days ran out on 05/01, care from 05/04
    ("2026-04-16", ["2026-04-30"], True, False),   # care began before the time ran out
    ("2026-04-16", ["2026-05-04"], False, None)])  # the plan decided it: nothing deemed
def test_terms_covering_a_request_left_unanswered_are_applied_to_its_dates(asked, dates, undecided, before_care):
    data = {"plan_policy": {"quote": UNANSWERED},
            "prior_auth": {"requested_on": asked, "never_decided": undecided},
            "claim": {"service_dates": dates}}
    deemed = derived.deemed_approval(data, TODAY)
    assert (deemed or {}).get("before_care") == before_care
    if deemed:
        assert deemed["days"] == "15 days" and deemed["ran_out"] == "2026-05-01"


def test_business_days_skip_weekends():
    data = {"plan_policy": {"quote": "If we do not respond within 5 business days, the request is deemed approved."},
            "prior_auth": {"requested_on": "2026-04-16", "never_decided": True},  # a Thursday
            "claim": {"service_dates": ["2026-05-04"]}}
    assert derived.deemed_approval(data, TODAY)["ran_out"] == "2026-04-23"


def test_the_set_29_network_letter_claims_the_care_under_its_own_terms_first(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, state = draft(tmp_path, case_of("set29", "07"))
    assert state.by_id["deemed_approved"].value is True
    assert "no exception is left for the plan to grant" in text
    assert "as its own terms provide for a request it did not answer in time" in text
    # the request, not the call to member services for names, is the asking the terms require
    assert "member services (reference MS-26-0414-2290) was contacted on April 14, 2026, before" not in text
    # whoever made the calls, the letter never says the patient did
    assert "Mr. Delacroix-Oyelaran tried to obtain" not in text


# ------------------------------------------------ 02: a step-therapy lookback counts back from the request

def test_a_step_therapy_lookback_counts_back_from_the_request():
    data = {"plan_policy": {"step_lookback_days": 365},
            "prior_auth": {"requested_on": "2026-10-20"}, "claim": {"notice_date": "2026-11-02"},
            "treatment": {"earlier_doses": [{"date": "2025-10-25", "dose": "84 mg", "paid_by_plan": True}]}}
    started = derived.new_start(data)
    assert started["since"] == "2026-10-20"
    assert started["not_new"] is True  # 360 days before the request (373 before the notice)


# ---------- 05: an out-of-network request never decided is not said to be judged on the clinical record

def test_an_undecided_request_to_go_out_of_network_is_never_tied_to_the_clinical_record(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, _ = draft(tmp_path, case_of("set29", "05"))
    assert "would have been judged on" not in text
    assert "registered it as" not in text


# -------- 06: a rule counting augmentation says, beside its count, the drug still taken on an inadequate response

def test_an_augmentation_count_names_the_drug_still_taken_and_the_total_without_a_response(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, _ = draft(tmp_path, case_of("set29", "06"))
    count = text[text.index("Counted that way"):]
    count = count[:count.index("How ") if "How " in count else len(count)]
    assert "four adequate failed medication trials" in count
    assert "Duloxetine, still being taken, has brought only a partial response, so five adequate medication trials" \
        in count


# ----------- 02: "a treatment stopped because of side effects ... need not be tried again" only where one was

@pytest.mark.parametrize("outcome, said", [("Stopped after 8 weeks for sedation and weight gain (intolerance)", True),
                                           ("Not tolerated: nausea", True), ("No response after 8 weeks; stopped", False)])
def test_the_side_effects_rule_is_said_only_where_a_trial_was_stopped_for_harm(outcome, said):
    from appeal_kit.letter import arguments

    data = {"clinical": {"history": [{"drug": "Quetiapine", "outcome": outcome}]}}
    assert arguments.stopped_for_harm(data) is said


# ---------------------- 03: a fair hearing request's parity paragraph asks the hearing office to direct the plan

def test_a_next_level_parity_ask_directs_the_plan_never_asks_the_reviewer_to_pay(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, _ = draft(tmp_path, case_of("set29", "03"))
    assert "please direct the plan to pay the claim on the terms that apply to those benefits, and to send me" in text
    assert "applied: please pay the" not in text


# --------------------------- 05, 07: what the family paid the out-of-network provider is asked back with the cover

@pytest.mark.parametrize("number, amount", [("05", "$3,080.00"), ("07", "$2,700.00")])
def test_an_out_of_network_ask_reimburses_what_was_paid_to_the_provider(tmp_path, number, amount):
    from test_letter_set14_findings import case_of, draft

    text, _ = draft(tmp_path, case_of("set29", number))
    assert f"and to reimburse the {amount} paid to the provider" in text
    text, _ = draft(tmp_path, case_of("set29", number, expenses=None))
    assert "to reimburse the" not in text


# ------------------ 04: the prescriber's statement among the records the reviewer never had is said in its words

def test_the_prescribers_statement_among_new_records_is_quoted_once(tmp_path):
    from test_letter_set14_findings import case_of, draft

    case = case_of("set29", "04")
    quote = " ".join(case.data["prescriber_statement"]["quote"].split())
    text, _ = draft(tmp_path, case)
    assert text.count(quote) == 1
    assert "The prescriber’s statement (Exhibit" in text


# ------------------------ 02: the new-start rule is quoted in the terms' own words, with their exhibit

def test_the_new_start_rule_is_quoted_with_its_exhibit(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, _ = draft(tmp_path, case_of("set29", "02"))
    assert "read: “A member is a new start when the plan has no paid claim for the requested drug in the 365 days " \
           "before the request.”" in text
    assert "The plan's own terms (Exhibit " in text
