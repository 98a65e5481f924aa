"""Clinical findings left by round s80 (docs/letters.md, "round s80 clinical"), fixed in round s81 by their kind and
tested on the fictional cases of letters sets 87 and 91, with the shapes where the sentence must not appear."""
from __future__ import annotations

import copy

import pytest
import test_letter_set84_process as set84
from test_letter_set14_findings import case_of
from test_letter_set87_clinical import TODAY, draft, opening

from appeal_kit.letter import arguments, derived, wording
from appeal_kit.rules import Citations


def judged(case_data: dict) -> list[dict]:
    """The decision's readings of the history answered by the criterion's own words."""
    return [u for u in arguments.untried_named(case_data, TODAY) if u.get("not_asked") or u.get("excused")]


# -- a drug the decision judges under a criterion that does not ask for it, or accepts its stop (87/01, 02, 07) ------

def test_a_drug_the_criterion_does_not_ask_for_is_answered_by_its_words(tmp_path):
    text = draft(tmp_path, case_of("set87", "07"))
    assert "The notice’s “lithium was stopped at a subtherapeutic level (0.6 mEq/L)” judges lithium, which criterion " \
           "2 of MP-TMS-30 does not ask for: its words name neither lithium nor any augmentation agent. The lithium " \
           "trial is therefore no ground for finding the criterion unmet." in text
    assert "Criterion 2 of MP-TMS-30 does not ask for lithium, which the notice judges." in opening(text)


@pytest.mark.parametrize("case, drug, accepts, reason", [
    ("01", "phenelzine", "or stopped earlier because of intolerance",
     "stopped after 3 weeks for intolerance (hypertensive reaction, BP 186/108 on 08/30/2026) (Exhibit C, p. 1)"),
    ("02", "olanzapine", "or intolerance of the antipsychotic",
     "stopped after 10 days for intolerance (orthostatic fall 09/26/2026 with a rib fracture) (Exhibit B, p. 1)"),
])
def test_a_stop_for_intolerance_the_criterion_accepts_is_answered_by_its_words(tmp_path, case, drug, accepts, reason):
    text = draft(tmp_path, case_of("set87", case))
    found = judged(case_of("set87", case).data)
    assert [(u["criterion"], u["excused"], u["accepts"]) for u in found] == [("2", True, accepts)]
    assert f"leaves out why {drug} was stopped: the records show {drug} " in text
    assert f"{reason}. Criterion 2 of {'RX-ESK-40' if case == '01' else 'MA-ECT-20'} accepts such a stop in its own " \
           f"words: “{accepts}”." in text
    assert f"{drug.capitalize()} was stopped for intolerance, which criterion 2 of " in opening(text)


def test_set_91_06_duloxetine_stopped_is_answered_by_the_policys_intolerance_words(tmp_path):
    found = judged(case_of("set91", "06").data)
    assert [(u["words"], u["accepts"]) for u in found] == [
        ("duloxetine was stopped after 2 weeks",
         "or intolerance of, at least two of a gabapentinoid, a tricyclic antidepressant or an SNRI")]
    # the row writes "Duloxetine": inside the sentence the generic name reads in lower case
    assert "The notice’s “duloxetine was stopped after 2 weeks” leaves out why duloxetine was stopped: the records " \
           "show duloxetine 60 mg daily, 7/13/2026 to 7/27/2026, stopped after 2 weeks for nausea and vomiting " \
           "(intolerance) (Exhibit B, p. 1). Criterion 2 of MP-PAIN-KET-18 accepts such a stop in its own words: " \
           "“or intolerance of, at least two of a gabapentinoid, a tricyclic antidepressant or an SNRI”." \
           in draft(tmp_path, case_of("set91", "06"))


# off shapes: where the criterion's words ask for the drug and give no way out for its stop, nothing is said
def test_a_criterion_that_asks_for_the_drugs_kind_is_not_said_to_leave_it_out():
    case = copy.deepcopy(case_of("set87", "07").data)
    case["payer_criteria"][0]["criterion"] = "2. two antidepressants and an augmentation agent for 6 weeks each"
    case["plan_policy"]["quote"] = "2. Two antidepressants and an augmentation agent (lithium or an antipsychotic)."
    assert judged(case) == []


@pytest.mark.parametrize("accepts", [
    "or intolerance of both",  # both drugs of the criterion (letters set 42, case 04)
    "or intolerance to four antidepressants",  # more stops than the one (letters set 73, case 01)
])
def test_words_that_accept_several_intolerances_do_not_excuse_one(accepts):
    case = copy.deepcopy(case_of("set87", "02").data)
    case["plan_policy"]["quote"] = f"2. Failure of two antidepressant trials, one with an antipsychotic, {accepts}."
    case["payer_criteria"][0]["criterion"] = f"2. failure of two antidepressant trials, {accepts}"
    assert judged(case) == []


def test_words_that_accept_another_kinds_intolerance_do_not_excuse_this_one():
    # "intolerance of the antipsychotic" excuses an antipsychotic, not an antidepressant stopped for intolerance
    case = copy.deepcopy(case_of("set87", "01").data)
    case["plan_policy"]["quote"] = "2. Two antidepressants for 6 weeks each, one with an antipsychotic, or " \
                                   "intolerance of the antipsychotic."
    case["payer_criteria"][0]["criterion"] = "2. two antidepressants 6 weeks, or intolerance of the antipsychotic"
    assert judged(case) == []


def test_a_drug_stopped_for_no_harm_is_not_excused():
    case = copy.deepcopy(case_of("set87", "02").data)
    olanzapine = next(r for r in case["clinical"]["history"] if r["drug"] == "olanzapine")
    olanzapine["outcome"] = "stopped after 10 days by the patient's choice"
    assert judged(case) == []


def test_a_decision_naming_no_criterion_is_not_answered_by_one():
    case = copy.deepcopy(case_of("set87", "07").data)
    case["claim"]["denial_reason"] = "TMS is not medically necessary: lithium was stopped at a subtherapeutic level."
    assert judged(case) == []


# -- 87/03 (FALSE, mild): a step of partial benefit is "not effective enough", never "not effective" -----------------

def test_a_step_that_helped_in_part_is_not_effective_enough(tmp_path):
    text = draft(tmp_path, case_of("set87", "03"))
    assert "The step-therapy requirement should be waived by a coverage exception: each required drug either was " \
           "tried and was not effective enough, or cannot safely be taken." in opening(text)
    assert "Each required step either was tried and was not effective enough, as the treatment history shows, or " \
           "cannot safely be taken, as the supporting statement says;" in text


def test_a_step_with_no_response_is_still_not_effective(tmp_path):
    case = case_of("set87", "03")
    venlafaxine = next(r for r in case.data["clinical"]["history"] if str(r["drug"]).startswith("venlafaxine"))
    venlafaxine.update(response="none", outcome="no response at 225 mg for 10 weeks (PHQ-9 19 to 19); stopped")
    text = draft(tmp_path, case)
    assert "each required drug either was tried and was not effective, or cannot safely be taken." in opening(text)


# -- 91/05 (MISSING, mild): the approval period the criteria state as "approve for 6 months" is asked for -------------

def test_the_approval_period_stated_as_approve_for_is_asked_for(tmp_path):
    text = draft(tmp_path, case_of("set91", "05"))
    assert "I ask the plan to overturn the denial and to authorize the treatment for 6 months, the approval period " \
           "its criteria set (“approve for 6 months”), under TRICARE's coverage rules." in text


@pytest.mark.parametrize("quote, period", [
    ("Continuation: approve for 6 months when the MADRS falls at least 25%.", "6 months"),
    ("Approval period: 12 months.", "12 months"),
    # a count of weeks that is no approval: nothing asked
    ("Continue for 6 months when the MADRS falls at least 25%.", None),
])
def test_which_words_state_an_approval_period(quote, period):
    found = derived.approval_period({"plan_policy": {"quote": quote}})
    assert (found or {}).get("period") == period


# -- one owner for the Part D exception rule's sentence (the appeal's exception_request, the request's template) -----

FORMULARY_RULE = ("A Part D plan must cover a drug that is not on its formulary when the prescriber’s supporting "
                  "statement shows that the formulary drugs for the condition would not be as effective for the "
                  "enrollee or would have adverse effects (42 CFR 423.578(b)).")


def test_the_prior_authorization_request_says_the_formulary_exception_rule_in_the_shared_sentence(tmp_path):
    text = set84.draft(tmp_path, case_of("set84", "08", **set84.PART_D_FACTS))
    assert text.count(FORMULARY_RULE) == 1 and f"formulary. {FORMULARY_RULE}" in text


@pytest.mark.parametrize("formulary, step, said", [
    (True, False, FORMULARY_RULE),
    (False, True, "A Part D plan must grant an exception to a utilization management requirement such as step therapy "
                  "when the prescriber’s supporting statement shows that the required drugs for the condition would "
                  "not be as effective for the enrollee or would have adverse effects (42 CFR 423.578(b))."),
    (True, True, "A Part D plan must cover a drug that is not on its formulary, and grant an exception to a "
                 "utilization management requirement such as step therapy, when the prescriber’s supporting statement "
                 "shows that the formulary drugs for the condition would not be as effective for the enrollee or "
                 "would have adverse effects (42 CFR 423.578(b))."),
])
def test_the_part_d_exception_rule_is_one_sentence_for_each_exception_asked(formulary, step, said):
    law = Citations("medicare_part_d").functions()
    assert wording.part_d_exception_rule(law["law"], law["applies"], formulary, step) == said
    # off shape: a plan the rule does not govern says nothing of it
    other = Citations("employer_erisa").functions()
    assert wording.part_d_exception_rule(other["law"], other["applies"], formulary, step) == ""
