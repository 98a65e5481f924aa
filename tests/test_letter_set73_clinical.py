"""Letters set 73 (written blind in stop 63), clinical findings of its review (set73-review.md): one test each.

07 concedes UM-KET-5 criterion 2 unmet as written (antidepressants avoided since sertraline switched her into
hypomania) and asked for no exception; it opened with "has failed one adequate medication trial ..., so ... medically
necessary", the trial never named and lithium, never counted, named next; and said sertraline "has not failed".
"""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft

from appeal_kit.letter import arguments


def test_a_criterion_conceded_is_answered_by_an_exception_on_an_individual_review(tmp_path):
    text, facts = draft(tmp_path, case_of("set73", "07"))
    assert facts["criterion_conceded"].value is True
    assert ("Criterion 2 of UM-KET-5 asks for “Failure of at least two antidepressant trials at adequate dose for at "
            "least 6 weeks in the current episode”. It is not met as written: no antidepressant has been given in this "
            "episode because sertraline caused a switch into hypomania in 2019; instead quetiapine") in text
    assert "and to make an exception to criterion 2 for Ms. Rosenthal-Oyelaran: every other criterion is met" in text
    # the request asks for that exception, never an approval under the terms whose criterion it concedes
    assert "authorize the treatment by the exception asked above, on an individual medical review. " in text
    assert "under the terms of the plan" not in text
    # said once: the table's row points to the section instead of printing the same words again
    assert text.count("because sertraline caused a switch into hypomania") == 1
    assert "Not met as written: set out below, where an exception to it is asked" in text
    # the ground the case gives in its own field is said beside what the records show
    ground = "Antidepressants are unsafe for her: sertraline switched her into hypomania in 2019."
    case = case_of("set73", "07")
    case.data["payer_criteria"][1]["exception_ground"] = ground
    text, _ = draft(tmp_path, case)
    assert "lithium augmentation (12 weeks, partial response) were tried. " + ground in text


def test_no_exception_is_asked_where_every_criterion_is_met_or_the_plan_has_its_own(tmp_path):
    case = case_of("set73", "07")
    case.data["payer_criteria"][1]["met"] = True
    text, facts = draft(tmp_path, case)
    assert facts["criterion_conceded"].value is None and "An exception to criterion" not in text
    # the plan's own exception provision is asked for by its own block, not this one
    case = case_of("set73", "07", **{"plan_policy.exception": "The medical director may approve an exception."})
    text, facts = draft(tmp_path, case)
    assert facts["criterion_conceded"].value is None and "An exception to criterion 2" not in text


def test_a_count_of_failed_trials_names_them_and_is_never_the_whole_ground_beside_a_criterion_conceded(tmp_path):
    text, _ = draft(tmp_path, case_of("set73", "07"))
    assert "has failed one adequate medication trial (quetiapine). " in text
    # the opening's line of failed trials, "so ... medically necessary", rests on a count the plan asks more than
    assert "medication trial (diagnosis F31.81), so" not in text and ", so intravenous ketamine" not in text


def test_a_drug_stopped_for_what_it_did_is_never_said_to_have_not_failed(tmp_path):
    text, _ = draft(tmp_path, case_of("set73", "07"))
    assert "sertraline, because it has not failed" not in text
    assert "sertraline, because it was stopped for a reason other than a want of effect, as its outcome says" in text
    # a row marked not failed whose outcome says nothing of a stop keeps the plain reason
    row = {"drug": "Sertraline", "start": "2019-04", "end": "2019-06", "failed": False, "outcome": "Improving"}
    assert arguments.trial_summary([row])["excluded"][0]["reason"] == "it has not failed"


def test_check_warns_of_words_a_comma_cut_from_a_history_row(tmp_path):
    # 74/07: {..., outcome: partial response, then relapse} parses as outcome "partial response" and a key "then
    # relapse" with no value; the table printed "partial response" beside criteria that call the trial failed
    from pathlib import Path

    from appeal_kit import checks

    folder = next(p for p in (Path(__file__).parent / "resources/letter-review/set74").iterdir()
                  if p.is_dir() and p.name.startswith("07-"))
    report = checks.check_case(folder)
    warned = [f.message for f in report.findings if "then relapse" in f.message]
    assert warned and "put that value in quotes" in warned[0]


def test_the_row_of_a_criterion_conceded_keeps_its_words_where_no_exception_section_is_printed(tmp_path):
    case = case_of("set73", "07", **{"plan_policy.exception": "The medical director may approve an exception."})
    text, _ = draft(tmp_path, case)
    assert "where an exception to it is asked" not in text
    assert "not met as written: no antidepressant has been given in this episode" in text


def test_a_step_ruled_out_is_never_said_to_have_been_tried_nor_a_harmful_one_to_fail_again(tmp_path):
    # 73/02: escitalopram, bupropion and duloxetine contraindicated (never tried); citalopram stopped for its QTc
    text, _ = draft(tmp_path, case_of("set73", "02"))
    assert "required steps have already been tried" not in text and "required drugs have been tried" not in text
    assert "each required drug either was tried and was not effective or could not be tolerated, or cannot safely " \
           "be taken." in text
    assert "repeating them would not be expected to work" not in text
    assert "one that could not be tolerated would risk the same harm" in text
