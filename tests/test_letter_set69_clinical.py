"""Clinical findings of letters sets 69 and 70's second blind reviews (drafted at 27a20766;
tests/resources/letter-review/set69-review-27a20766.md and set70-review-27a20766.md), fixed by kind and tested on the
sets' own fictional cases: what the letter says and what it no longer says."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft, history

from appeal_kit.letter import arguments


def test_a_drug_stopped_for_a_harm_it_names_is_an_intolerance_never_a_label_trial(tmp_path):
    # 69/08 (FALSE): escitalopram "Stopped after hyponatremia (sodium 128)" counted as an adequate failed trial, so
    # "history shows two such trials" for Spravato's FDA label where the case holds one (venlafaxine XR)
    case = case_of("set69", "08")
    escitalopram = history(case, "Escitalopram")
    assert arguments.intolerance_only(escitalopram) and arguments.stopped_for_intolerance(escitalopram)
    assert escitalopram not in arguments.counted_trials(case.data["clinical"]["history"])["all"]
    text, _ = draft(tmp_path, case)
    assert "such trials" not in text and "Spravato is prescribed here for a use on its FDA label" not in text


def test_only_a_stop_for_a_named_harm_reads_as_an_intolerance():
    assert arguments.adverse_stop("Stopped after 3 weeks for a spreading rash")
    assert arguments.adverse_stop("Discontinued due to weight gain")
    # a stop for want of effect, a harm named without a stop, and a stop after its weeks are no intolerance
    assert not arguments.adverse_stop("Stopped after 8 weeks, no response")
    assert not arguments.adverse_stop("Partial response; weight gain 3 kg; continued")
    assert not arguments.adverse_stop("Stopped after 10 weeks. Rash resolved earlier")


def test_the_expedited_request_says_the_reasons_own_jeopardy_once(tmp_path):
    # 69/03 (mild REPETITION): "could seriously jeopardize ... life or health" and then the reason's own "waiting for a
    # standard decision could seriously jeopardize her life"
    text, _ = draft(tmp_path, case_of("set69", "03"))
    assert text.count("could seriously jeopardize") == 1
    assert "Please decide this appeal as expedited, within 72 hours (42 CFR 438.410 and 438.408(b)(3)): Ms. " \
           "Delacroix-Omondi attempted suicide by overdose on 10/28/2026" in text


def test_passive_ideation_in_care_being_cut_is_no_daily_risk_of_serious_harm(tmp_path):
    # 70/03 (mild UNSUPPORTED): "each day without it carries a real risk of serious harm" beside a passive wish not to
    # wake up, no plan or intent
    case = case_of("set70", "03")
    assert str(case.data["clinical"]["suicidality"]).strip().lower() == "passive"
    text, state = draft(tmp_path, case)
    assert state.by_id["authorized_care_cut"].value
    assert "real risk of serious harm" not in text
    assert "That ideation must be weighed in a decision that cuts this care short." in text


def test_steps_the_table_shows_met_are_not_told_again(tmp_path):
    # 69/02 (mild REPETITION): quetiapine XR told six times, among them "has already tried escitalopram (still taken,
    # partial response), quetiapine XR ... and aripiprazole" under a table that shows every step met
    text, state = draft(tmp_path, case_of("set69", "02"))
    assert state.by_id["all_criteria_met"].value is True
    assert "has already tried" not in text
    assert "The step-therapy requirement has been met Requiring further steps would delay effective care" in text
    # a step the table marks unmet: the steps tried are named, and an exception asked for the rest
    case = case_of("set69", "02")
    case.data["payer_criteria"][-1]["met"] = False
    text, _ = draft(tmp_path / "unmet", case)
    assert "Mr. Fisk-Adeyemi has already tried" in text
