"""Not-mild findings of letters sets 57 and 58's blind reviews (drafted at 9e45a767; tests/resources/letter-review/
set57, set58 and their reviews), fixed by kind and tested on small fictional
data. Set 58, case 06 (Medicare's secondary-payer rule for the patient's kind of entitlement) is tested in
tests/test_coordination_of_benefits.py. Also the questions `check` asked on a false premise in fresh set 60 (its
writer's report): an exception on file asked for the providers tried."""
from __future__ import annotations

import pytest

from appeal_kit.letter import derived


def test_a_summary_of_corrections_says_which_the_records_contradict_and_which_leave_out(tmp_path):
    # set 57, case 01: "which the records contradict" over two statements, one of them marked leaves_out (a missed
    # day that was excused: true as far as it goes); set 55's case 02 summarizes two corrections the same way
    from test_letter_set14_findings import case_of, draft

    case = case_of("set55", "02")
    text, _ = draft(tmp_path, case)
    assert "which the records contradict (" in text or "which the records contradict," in text
    rows = case.data["claim"]["corrections"]
    rows[0]["leaves_out"] = True
    text, _ = draft(tmp_path, case)
    # a hedge no more: each kind said for what it is (set 60, case 07)
    assert "which the records contradict in part and show to be incomplete in part" in text


@pytest.mark.parametrize("insurer, plan_type, student", [
    ("Prairie Mutual Life, Flint Hills State University Student Health Insurance Plan", "individual_aca", True),
    ("Aetna Student Health (SHIP)", "individual_aca", True),
    ("Cascade Marketplace Silver 2026", "individual_aca", False),
    ("Friendship Health Plan", "individual_aca", False),  # "ship" inside a word is no student plan
    ("State University Student Health Plan (self-funded)", "governmental", False),  # not individual coverage
])
def test_a_student_health_plan_is_no_qualified_health_plan(insurer, plan_type, student):
    # set 58, case 05: the Marketplace's network rule (45 CFR 156.230) cited to a university's student health plan
    data = {"claim": {"plan_type": plan_type}, "insurer": {"name": insurer}}
    assert derived.student_plan(data) is student


@pytest.mark.parametrize("stated, insurer, student", [
    (True, "Bluestem Individual Health", True),  # a student plan whose name does not say so
    (False, "Student Health Advantage Marketplace Silver", False),  # a Marketplace plan named for students
    (None, "Aetna Student Health (SHIP)", True),  # unset: the name decides
])
def test_claim_student_says_whether_an_individual_plan_is_student_coverage(stated, insurer, student):
    data = {"claim": {"plan_type": "individual_aca", "student": stated}, "insurer": {"name": insurer}}
    assert derived.student_plan(data) is student
    data["claim"]["plan_type"] = "employer_erisa"  # only individual coverage can be student coverage
    assert derived.student_plan(data) is False


def test_an_exception_on_file_answers_an_out_of_network_denial_without_asking_for_providers_tried():
    # letters set 60, case 03: the plan's network exception approved both doses; check asked for the in-network
    # providers tried, as if a gap had to be shown again
    from conftest import TRD_SAMPLE, sample_variant

    from appeal_kit.letter import arguments

    oon = {"claim.denial_category": "out_of_network", "claim.carc_codes": ["PR-242"], "network": None}
    asked = " ".join(arguments.unanswered(sample_variant(TRD_SAMPLE, **oon).data))
    assert "network" in asked
    approved = {"number": "NGE-26-0611-208", "date": "2026-06-15", "covers": "esketamine sessions, 56 or 84 mg"}
    asked = " ".join(arguments.unanswered(sample_variant(TRD_SAMPLE, **oon, **{"prior_auth.approved": approved}).data))
    assert "in-network providers" not in asked
