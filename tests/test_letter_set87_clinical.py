"""Clinical findings of letters set 87's blind review at 9e74a405 (tests/resources/letter-review/set87-review.md),
each fixed by its kind and tested on the set's own fictional case, with the shapes where the sentence must not appear."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.letter import arguments, derived, render

TODAY = date(2026, 12, 7)  # the day the set was drafted and reviewed


def draft(tmp_path: Path, case: Case) -> str:
    """The letter's text, whitespace folded, drafted on the set's day from the template `draft` picks."""
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def opening(text: str) -> str:
    """The letter's opening list of why the denial is wrong ("In short: 1. ... 2. ..."), to its first heading."""
    return text.split("In short: ", 1)[1].split(" The plan’s criteria, one by one", 1)[0]


# -- 87/05 (CONTRADICTION): words the record bears out, answered as such --------------------------------------------

def test_a_correction_of_words_the_history_records_says_the_record_bears_them_out(tmp_path):
    text = draft(tmp_path, case_of("set87", "05"))
    # she uses the patch, as the notice says: the error is reading use as a use disorder
    assert "As to the notice’s words quoted above, “the member uses ...”, the record bears them out, but not the " \
           "conclusion drawn from them: transdermal buprenorphine 10 mcg/hour" in text
    # 25 mg is below an antidepressant dose, as the notice says: the error is judging a pain dose as a trial
    assert "As to “nortriptyline 25 mg ...”, the record bears them out, but not the conclusion drawn from them: " \
           "nortriptyline 25 mg at bedtime is a pain dose" in text
    assert "which the records bear out, though not the conclusion drawn from them (Exhibit B, p. 1; Exhibit C, " \
           "p. 1)" in opening(text)
    assert "the record shows otherwise" not in text and "contradict" not in text


def test_a_drug_the_history_shows_stopped_is_still_corrected_as_otherwise(tmp_path):
    # off shape: had the patch been stopped, "the member uses" would be wrong, and the record would show otherwise
    case = case_of("set87", "05")
    patch = next(r for r in case.data["clinical"]["history"] if r["drug"].startswith("buprenorphine"))
    patch.pop("ongoing")
    patch["end"] = "2026-06"
    text = draft(tmp_path, case)
    assert "As to the notice’s words quoted above, “the member uses ...”, the record shows otherwise: " in text
    assert "which the records answer" in opening(text)


def row(**fields) -> dict:
    return {"drug": "nortriptyline", "dose": "25 mg at bedtime for back pain", "start": "2023", "kind": "other",
            "outcome": "pain dose from the pain clinic; not an antidepressant trial", **fields}


@pytest.mark.parametrize("said, history, bears", [
    ("the member uses an opioid (buprenorphine)", [{"drug": "buprenorphine transdermal", "ongoing": True}], True),
    ("the member uses an opioid (buprenorphine)", [{"drug": "buprenorphine transdermal", "end": "2026-06"}], False),
    ("nortriptyline 25 mg is a subtherapeutic dose", [row()], True),
    # the dose the notice gives is not the row's, or the row is a trial the letter counts: the record may contradict
    ("nortriptyline 25 mg is a subtherapeutic dose", [row(dose="75 mg daily")], False),
    ("nortriptyline 25 mg is a subtherapeutic dose",
     [row(kind="antidepressant", outcome="no response", response="none", adequate=True)], False),
    # 87/01: a purpose the record contradicts, of an augmentation trial at the dose the notice gives
    ("liothyronine 25 mcg was prescribed for hypothyroidism",
     [{"drug": "liothyronine", "dose": "25 mcg daily", "kind": "augmentation", "response": "none"}], False),
])
def test_which_words_the_history_bears_out(said, history, bears):
    assert arguments.history_bears_out(said, {"clinical": {"history": history}}) is bears


# -- 87/05 (MISSING): a drug still taken is no unfinished trial --------------------------------------------------------

def test_a_drug_still_taken_called_an_unfinished_trial_is_answered_from_its_row(tmp_path):
    text = draft(tmp_path, case_of("set87", "05"))
    assert "The notice’s “the member remains on bupropion, so that trial is not complete” is answered by the " \
           "records: bupropion XL 300 mg daily, since 2/2025, still taken, partial response, continuing (Exhibit C, " \
           "p. 1). Taken at an adequate dose for the length a trial needs, it has brought only a partial response: " \
           "a trial of adequate dose and duration, which continuing a drug that has helped in part does not make " \
           "incomplete. It is to continue alongside IV ketamine infusions" in text
    assert "Bupropion XL, still taken, is a trial of adequate dose and duration that has brought only a partial " \
           "response: continuing it does not make the trial incomplete." in opening(text)


def test_a_drug_still_taken_that_has_not_failed_is_not_argued_as_a_trial(tmp_path):
    # off shapes: a drug still taken that has worked is no trial without an adequate response; a drug that brought
    # none is not said to have helped in part; words that call no trial unfinished are not answered
    case = case_of("set87", "05")
    bupropion = next(r for r in case.data["clinical"]["history"] if r["drug"].startswith("bupropion"))
    bupropion.update(response="response", outcome="response, continuing")
    assert "remains on bupropion, so that trial is not complete” is answered" not in draft(tmp_path, case)
    bupropion.update(response="none", outcome="no response, continuing")
    text = draft(tmp_path, case)
    assert "it has brought no response: a trial of adequate dose and duration, which continuing the drug does not " \
           "make incomplete." in text
    case = case_of("set87", "05", **{"claim.denial_reason": "Criterion 2 is not met: the member remains on "
                                                            "bupropion."})
    assert arguments.untried_named(case.data, TODAY) == []


# -- 87/02 (MISSING, mild): a dose judged of a drug no one offered as a trial -------------------------------------------

def test_a_dose_judged_of_a_drug_given_for_another_purpose_is_answered(tmp_path):
    text = draft(tmp_path, case_of("set87", "02"))
    assert "The notice’s “Mirtazapine 7.5 mg is below the therapeutic range” judges as a trial a drug no one " \
           "offered as one: the records show mirtazapine 7.5 mg at bedtime for sleep, since 10/1/2026, still taken, " \
           "sleep dose, continuing; not an antidepressant trial (Exhibit B, p. 1). This letter does not count it " \
           "among the trials." in text
    assert "Mirtazapine was given for another purpose and is not counted among the trials" in opening(text)


def test_a_dose_judged_of_a_trial_or_of_a_drug_already_corrected_is_not_answered_again(tmp_path):
    # off shapes: mirtazapine as an antidepressant trial (the dose is then the trial's to argue); 87/06's trazodone,
    # which the case's own correction answers ("the trials were bupropion and trazodone")
    case = case_of("set87", "02")
    mirtazapine = next(r for r in case.data["clinical"]["history"] if r["drug"] == "mirtazapine")
    mirtazapine.update(kind="antidepressant", dose="7.5 mg daily", outcome="no response", response="none")
    assert not [u for u in arguments.untried_named(case.data, TODAY) if u["another_purpose"]]
    assert "judges as a trial a drug no one offered" not in draft(tmp_path, case_of("set87", "06"))


# -- 87/08 (MISSING): the decision's reason is the policy's own criterion ---------------------------------------------

def test_a_remission_the_criterion_asks_for_is_answered_as_that_criterion(tmp_path):
    text = draft(tmp_path, case_of("set87", "08"))
    assert "The decision gives as its reason “The member is in remission (MADRS 8 on 10/20/2026)”. Criterion (a) " \
           "of MP-ECT-C4 asks for “response or remission with the acute course of ECT”: the state the decision " \
           "names is a condition of coverage under the policy’s own words, and it is met (MADRS 36 to 8 with 12 " \
           "acute treatments (09/08-10/16/2026); Exhibit B, p. 1). Please apply the criterion as written." in text
    assert "is what criterion (a) of Allegheny Valley Health Plans medical policy MP-ECT-C4 (continuation and " \
           "maintenance ECT) asks for, not a reason to deny it." in text


@pytest.mark.parametrize("reason, criterion, met", [
    ("The member is not in remission.", "(a) response or remission with the acute course of ECT", True),
    ("The member is in remission.", "(a) no remission after two antidepressant trials", True),
    ("The member is in remission.", "(a) response or remission with the acute course of ECT", False),
    # a response is no remission: a criterion asking for remission alone is not what "has responded" names
    ("The member has responded to ECT.", "(a) remission with the acute course of ECT", True),
])
def test_a_state_the_criterion_does_not_ask_for_is_no_criterion_given_as_reason(reason, criterion, met):
    data = {"claim": {"denial_reason": reason}, "payer_criteria": [{"criterion": criterion, "met": met}]}
    assert derived.reason_is_criterion(data) == []
