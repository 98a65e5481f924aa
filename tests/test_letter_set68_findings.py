"""Process findings of letters set 68's blind review (drafted at b1dff8a7; tests/resources/letter-review/set68 and
set68-review.md) and set 67's pattern 2, each fixed by its kind and tested on the set's own fictional case."""
from __future__ import annotations

import shutil
from datetime import date

import pytest
from test_letter_set14_findings import case_of, draft

from appeal_kit.cases import record
from appeal_kit.checks import check_case
from appeal_kit.intake import deadlines
from appeal_kit.letter import facts

DECEMBER_7 = date(2026, 12, 7)  # the day set 68 was drafted


@pytest.mark.parametrize("stage", ["plan appeal (first level)", "first-level appeal", "internal appeal (first level)",
                                   "carrier reconsideration", "expedited appeal", "redetermination"])
def test_the_plans_own_appeal_is_read_in_the_words_people_type(stage):
    assert deadlines.stage_kind(stage) == "internal"


@pytest.mark.parametrize("stage", ["external review", "state fair hearing", "QIC reconsideration", "ALJ hearing",
                                   "OPM review", "formal review by the Defense Health Agency",
                                   "the Independent Review Entity (IRE)", record.NEXT_LEVEL])
def test_a_later_level_is_never_the_plans_own_appeal(stage):
    assert deadlines.stage_kind(stage) == "next level"


def test_a_bare_reconsideration_is_the_next_level_for_original_medicare_and_part_d():
    assert deadlines.stage_kind("reconsideration", "medicare_part_d") == "next level"
    assert deadlines.stage_kind("reconsideration", "medicare_advantage") == "internal"
    assert deadlines.stage_kind("sent it in") is None


def test_a_plan_appeal_typed_by_hand_and_never_decided_is_asked_at_the_fair_hearing(tmp_path):
    # set 68, case 04 (REQUEST, FALSE, CONTRADICTION): "plan appeal (first level)" sent 09/28/2026 and never decided,
    # drafted as a first appeal to the plan with "the deadline for appealing it" and a 30-day clock
    case = case_of("set68", "04")
    undecided = deadlines.undecided_appeal(case.data, DECEMBER_7)
    assert undecided and undecided.stage == "plan appeal (first level)" and undecided.due == date(2026, 10, 28)
    text, _ = draft(tmp_path, case_of("set68", "04", template="external-review-request"))
    assert "I request a state fair hearing" in text
    assert "never decided the appeal sent to it on September 28, 2026" in text
    assert "Please decide this appeal within 30 days" not in text


def test_a_policy_code_in_the_denial_names_its_criteria():
    # set 68, case 04 (CONTRADICTION): "The denial does not say which of the plan's criteria ..." beside the quoted
    # "Our clinical guideline BH-TMS-2 requires four antidepressant trials"
    assert facts.criteria_named_in(case_of("set68", "04").data) == ["claim.denial_reason"]
    assert not facts.criteria_named_in({"claim": {"denial_reason": "PHQ-9 of 12 does not meet the Plan's criteria."}})


def test_check_says_when_a_stage_is_not_understood(tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(case_of("set68", "04").folder, folder)
    text = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(text.replace("stage: plan appeal (first level)", "stage: sent it in"))
    warned = [f for f in check_case(folder, today=DECEMBER_7).findings if f.field == "submissions"]
    assert any("'sent it in'" in f.message for f in warned)


def test_medicare_advantage_and_medicaid_ask_for_a_decider_with_the_expertise_not_one_who_consulted(tmp_path):
    # set 68, cases 01 and 04 (FALSE, mild): 422.590 and 438.406(b)(2) described as "after consulting" a specialist
    text, _ = draft(tmp_path, case_of("set68", "01"))
    assert "decided by someone with the clinical expertise this condition calls for who took no part in the denial " \
           "(42 CFR 422.590); I ask that it be a psychiatrist experienced in treating this condition." in text
    assert "after consulting" not in text


def test_a_tricare_formal_review_says_its_window_why_it_comes_to_the_dha_and_the_amount(tmp_path):
    # set 68, case 06 (MISSING): no 60 days, no amount in dispute, no word on why the DHA and not the TQMC
    case = case_of("set68", "06")
    case.data["decisions"][0]["in_dispute"] = "$1,740.00"
    text, _ = draft(tmp_path, case)
    assert "This request is made within 60 days of the reconsideration decision (32 CFR 199.10)." in text
    assert "this denial is not one, so the next level is a formal review by the Defense Health Agency " \
           "(32 CFR 199.10)" in text
    assert "The amount in dispute is $1,740.00, as the decision states" in text


def test_check_asks_for_the_amount_in_dispute_of_a_formal_review():
    folder = case_of("set68", "06").folder
    assert [f for f in check_case(folder, today=DECEMBER_7).findings if "in_dispute" in f.message]


def test_an_expedited_network_appeal_asks_for_the_concurrent_expedited_external_review(tmp_path):
    # set 68, case 08 (MISSING): the notice offered an expedited external review beside the expedited appeal
    text, _ = draft(tmp_path, case_of("set68", "08"))
    assert "treats any part of this denial as a medical judgment, I also ask that an expedited external review " \
           "under the state's external review process proceed at the same time" in text


def test_evidence_for_a_treatment_in_general_is_never_said_to_meet_the_standard_for_an_accelerated_protocol(tmp_path):
    # set 68, case 05 (UNSUPPORTED): "The evidence set out in this letter meets that standard" on a consensus review
    # of once-daily TMS, for an accelerated protocol the denial names
    text, _ = draft(tmp_path, case_of("set68", "05"))
    assert "The evidence set out in this letter meets that standard" not in text
    case = case_of("set68", "05", **{"treatment.name": "Transcranial magnetic stimulation, 36 sessions",
                                     "plan_policy.quote": "TMS is considered experimental/investigational.",
                                     "claim.denial_reason": "TMS is experimental/investigational (CARC 55)."})
    assert "The evidence set out in this letter meets that standard" in draft(tmp_path, case)[0]


def test_a_part_b_drug_clock_read_from_the_codes_is_asked_with_the_standard_clock_beside_it(tmp_path):
    # set 67, case 06 (UNSUPPORTED): "within 7 days (42 CFR 422.590(c))" where the case leaves open whether the plan
    # treats IV ketamine as a Part B drug request
    text, _ = draft(tmp_path, case_of("set67", "06"))
    assert "within 7 days of receiving it (42 CFR 422.590(c)), the time for a request about a Part B drug, or, if " \
           "the plan does not treat it as one, within 30 days (42 CFR 422.590(a))" in text


def test_a_church_plan_not_known_to_be_non_grandfathered_cites_its_rules_on_that_condition(tmp_path):
    # set 67, case 07 (UNSUPPORTED): the Code's copy of the claims rule cited as governing a church plan whose
    # grandfathered status is unknown
    said = "The rules this letter cites govern a plan that is not grandfathered (26 CFR 54.9815-2719)."
    assert said in draft(tmp_path, case_of("set67", "07"))[0]
    assert said not in draft(tmp_path, case_of("set67", "07", **{"claim.grandfathered": False}))[0]


def test_check_warns_that_an_undecided_appeal_not_deemed_exhausted_is_drafted_as_the_plans_own_appeal(tmp_path):
    # Medicare Advantage: no rule recorded here counts an appeal left undecided as exhausted, so the letter drafted is
    # the reconsideration again; check says so rather than leave it unsaid
    folder = tmp_path / "case"
    shutil.copytree(case_of("set68", "01").folder, folder)
    with (folder / "case.yaml").open("a") as yaml:
        yaml.write("submissions:\n  - date: 2026-10-01\n    method: fax\n    stage: reconsideration\n")
    warned = [f.message for f in check_case(folder, today=DECEMBER_7).findings if f.field == "submissions"]
    assert any("does not count it as exhausted" in m for m in warned)


def test_a_record_of_receipt_is_never_called_the_proof_of_the_day_the_claim_was_sent(tmp_path):
    # set 68, case 06 (UNSUPPORTED, mild): the contractor's remittance (receipt 10/14/2025) was "the proof of that
    # submission" of 10/13/2025
    text, _ = draft(tmp_path, case_of("set68", "06"))
    assert "The record of its receipt is enclosed as Exhibit G." in text
    assert "The proof of that submission" not in text


def test_an_expedited_medicare_advantage_reconsideration_asks_when_the_plan_will_send_the_case_on(tmp_path):
    # set 68, case 01 (MISSING, mild): no word that an upheld denial goes to the independent review entity
    text, _ = draft(tmp_path, case_of("set68", "01"))
    assert "If it is upheld, please explain when you will send the case to the independent review entity, as " \
           "42 CFR 422.592 requires." in text


def test_the_plans_acknowledgment_of_the_appeal_is_never_called_its_terms(tmp_path):
    # set 68, case 04 (FALSE, mild): "The plan's own terms read (Exhibit F): “We received your appeal on 09/28/2026 ...”"
    text, _ = draft(tmp_path, case_of("set68", "04", template="external-review-request"))
    assert "The plan's acknowledgment of the appeal The plan wrote (Exhibit F): “We received your appeal" in text
    assert "The plan's own terms" not in text
