"""Clinical findings of letters set 83's blind review at eb010e4d (tests/resources/letter-review/set83-review.md),
each fixed by its kind and tested on the set's own fictional case."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.letter import arguments, criteria, derived, render

TODAY = date(2026, 12, 7)  # the day the set was drafted and reviewed


def draft(tmp_path: Path, case: Case) -> str:
    """The letter's text, whitespace folded, drafted on the set's day from the template `draft` picks."""
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def opening(text: str) -> str:
    """The letter's opening list of why the denial is wrong ("In short: 1. ... 2. ..."), to its first heading."""
    return text.split("In short: ", 1)[1].split(" The condition and the treatment already tried", 1)[0]


@pytest.mark.parametrize("number, said", [
    # set 83, case 02 (CONTRADICTION): the notice says "tried only one antidepressant"; the body counts two
    ("02", "Tobias has had two adequate antidepressant trials without an adequate response, not one as the notice "
           "says (diagnosis F32.2)"),
    # case 04: "Records show one trial" against two in the current episode, duloxetine still taken
    ("04", "Mrs. Oduya-Castellanos has had two adequate antidepressant trials without an adequate response, not one "
           "as the notice says"),
    # cases 06 and 08 (mild): no count in the notice, the opening says the body's
    ("06", "I have had two adequate antidepressant trials without an adequate response (diagnosis F33.2)"),
    ("08", "I have had three adequate medication trials without an adequate response (diagnosis F33.2)"),
])
def test_the_opening_states_the_one_count_the_treatment_history_reaches(tmp_path, number, said):
    text = draft(tmp_path, case_of("set83", number))
    assert said in opening(text)
    assert "has failed one adequate antidepressant trial (diagnosis" not in text
    assert "have failed" not in opening(text) and "has failed" not in opening(text)


@pytest.mark.parametrize("reason, count", [
    ("The member has tried only one antidepressant medication. Criteria require two adequate trials.", 1),
    ("Per the criteria, two antidepressants in the current episode are required. Records show one trial.", 1),
    # a count the decision requires, or of another kind, is never the count it says the records show
    ("Criteria require two adequate antidepressant trials.", None),
    ("The member must have had at least two antidepressants of adequate dose.", None),
    ("Records show one augmentation trial.", None),
])
def test_the_decisions_own_count_of_trials(reason, count):
    assert arguments.decision_trial_count({"claim": {"denial_reason": reason}}) == count


def test_a_decision_whose_count_is_right_is_not_called_wrong(tmp_path):
    # the same case with the notice counting two: the opening states the count without disputing it
    case = case_of("set83", "02", **{"claim.denial_reason": "The member has tried two antidepressant medications. "
                                                            "Criteria require three adequate antidepressant trials."})
    assert "as the notice says" not in opening(draft(tmp_path, case))


def test_a_criterion_row_is_filled_only_with_what_speaks_to_its_question(tmp_path):
    # set 83, case 03 (UNSUPPORTED): "Evaluated before treatment for psychosis, substance use and cardiovascular
    # risk | Lithium not used because of chronic kidney disease": the kidney disease answers another question
    case = case_of("set83", "03")
    text = draft(tmp_path, case)
    assert "Evaluated before treatment for psychosis" not in text
    published = criteria.published_criteria(case.data, "depression", today=TODAY)
    assert {"criterion": "Evaluated before treatment for psychosis, substance use and cardiovascular risk",
            "field": "clinical.exclusions"} in published["missing"]
    # case 05: "no psychosis; no substance use" is no answer to the label's contraindications; the blood pressure
    # the case records is kept, and what the case does not say is said as that
    text = draft(tmp_path, case_of("set83", "05"))
    assert "Blood pressure controlled (128/78 on amlodipine 5 mg, cardiology 10/14/2026). This case records " \
           "nothing either way on aneurysmal vascular disease or arteriovenous malformation, intracerebral " \
           "hemorrhage or hypersensitivity." in text
    assert "no psychosis" not in text and "no substance use" not in text
    # a case that answers every question fills the row with its own words, and nothing is said missing
    answered = case_of("set83", "03", **{"clinical.exclusions": "no psychosis on the SCID-5; AUDIT 2, no substance "
                                                                 "use; blood pressure 122/76, ECG normal"})
    published = criteria.published_criteria(answered.data, "depression", today=TODAY)
    assert {"criterion": "Evaluated before treatment for psychosis, substance use and cardiovascular risk",
            "how_met": "No psychosis on the SCID-5; AUDIT 2, no substance use; blood pressure 122/76, ECG normal."} \
        in published["rows"]
    assert "clinical.exclusions" not in [m["field"] for m in published["missing"]]


@pytest.mark.parametrize("number, measured", [
    # set 83, case 03 (FALSE mild, MISSING): MADRS 14 was taken after the six infusions, never "current severity",
    # and the response it measures was never argued
    ("03", "What the treatment did is measured in the records: before it began on September 14, 2026, MADRS 36 on "
           "09/08/2026; after it, MADRS 14 on 10/05/2026."),
    # case 07: pain NRS 4/10 after the three infusions
    ("07", "What the treatment did is measured in the records: before it began on September 8, 2026, pain NRS 8/10 "
           "and Budapest criteria met on 08/25/2026; after it, NRS 4/10 on 10/06/2026."),
])
def test_a_score_taken_after_the_care_began_is_its_measured_response(tmp_path, number, measured):
    text = draft(tmp_path, case_of("set83", number))
    assert "Current severity" not in text
    assert measured in text
    # scores all from before the care: the current severity, and no response is said
    case = case_of("set83", number, **{"claim.service_dates": ["2026-12-20"]})
    assert derived.measured_response(case.data, TODAY) is None
    assert "What the treatment did" not in draft(tmp_path, case)


@pytest.mark.parametrize("number, answer", [
    # set 83, case 03 (MISSING): "There is no documentation of augmentation" beside aripiprazole's augmentation row
    ("03", "The notice’s “no documentation of augmentation” is wrong: the records show aripiprazole 10 mg daily, "
           "2/2025 to 8/2025, response lost (Exhibit B)."),
    # case 06: 18 weekly sessions of CBT, and lorazepam tapered off before the notice
    ("06", "The notice’s “no trial of evidence-based psychotherapy” is wrong: the records show cognitive behavioral "
           "therapy weekly, 2/3/2025 to 6/9/2025, 18 sessions (Exhibit C). The notice’s “Current benzodiazepine use "
           "(lorazepam)” is wrong: it is no longer taken. The records show lorazepam 0.5 mg twice daily, 7/2025 to "
           "8/15/2026, for anxiety; tapered off (Exhibit B)."),
    # case 07: a gabapentinoid "not documented" beside gabapentin's and pregabalin's rows
    ("07", "The notice’s “No gabapentinoid trial is documented” is wrong: the records show gabapentin 1800 mg daily, "
           "3/1/2025 to 5/10/2025, stopped after 10 weeks for sedation; pain unchanged (Exhibit B) and pregabalin "
           "300 mg daily, 6/1/2025 to 7/6/2025, stopped after 5 weeks for leg edema (intolerance) (Exhibit B)."),
])
def test_a_treatment_the_notice_says_was_never_tried_is_answered_from_its_rows(tmp_path, number, answer):
    text = draft(tmp_path, case_of("set83", number))
    assert answer in text
    assert "is wrong: the treatment history shows otherwise." in opening(text) or \
        "are wrong: the treatment history shows otherwise." in opening(text)


def test_a_drug_still_taken_or_a_kind_never_tried_is_not_answered():
    case = case_of("set83", "06")
    rows = case.data["clinical"]["history"]
    lorazepam = next(r for r in rows if r["drug"] == "lorazepam")
    lorazepam.pop("end")
    lorazepam["ongoing"] = True
    # the notice is right about lorazepam, and a notice naming a kind the history lacks is not answered
    case.data["claim"]["denial_reason"] = ("Current benzodiazepine use (lorazepam). There is no documentation of "
                                           "augmentation.")
    assert arguments.untried_named(case.data, TODAY) == []
    # a course of the kind the record itself calls inadequate is no answer to "no trial of psychotherapy"
    cbt = next(r for r in rows if r["drug"] == "cognitive behavioral therapy")
    case.data["claim"]["denial_reason"] = "There is no trial of evidence-based psychotherapy."
    assert [u["words"] for u in arguments.untried_named(case.data, TODAY)] == [
        "no trial of evidence-based psychotherapy"]
    cbt.update(adequate=False, sessions=2)
    assert arguments.untried_named(case.data, TODAY) == []


def test_a_finding_about_the_patient_nothing_answers_is_asked_for_by_check(tmp_path):
    # set 83, case 08 (MISSING): "bipolar disorder with a recent manic episode", ruled out in the records, has no
    # case field the letter answers it from: check names claim.corrections
    case = case_of("set83", "08")
    assert arguments.findings_unanswered(case.data, TODAY) == [
        "The beneficiary has bipolar disorder with a recent manic episode.", "TMS is not indicated and may induce mania."]
    # recorded there, the letter corrects it with its source
    corrected = case_of("set83", "08", **{"claim.corrections": [{
        "said": "The beneficiary has bipolar disorder with a recent manic episode",
        "record": "bipolar disorder was ruled out in 03/2023, and the SCID-5 of 10/29/2026 found no lifetime manic or "
                  "hypomanic episode", "file": "clinical/psychological-evaluation-2026-10-29.txt"}]})
    assert arguments.findings_unanswered(corrected.data, TODAY) == []
    assert "the SCID-5 of 10/29/2026 found no lifetime manic or hypomanic episode" in draft(tmp_path, corrected)
    # case 06's grounds are answered from its rows: nothing asked
    assert arguments.findings_unanswered(case_of("set83", "06").data, TODAY) == []
