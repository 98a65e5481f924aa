"""Letters set 79 (written blind in stop 64), clinical findings of its review (set79-review.md): one test each kind.

79/01 told quetiapine 50 mg at bedtime, given for sleep and stopped after an ECG finding, "could not be tolerated and
was stopped, an intolerance rather than a full trial" under a policy that counts an intolerance as a step met, and
said "or one that is contraindicated" beside that policy's words, which excuse no contraindicated step; 79/04 and
79/08 called the policy's exclusions "met" in the criteria table; 79/02-08 said "The criterion in the table below is
met, so ... is medically necessary" where the table holds only the criteria the denial named.
"""
from __future__ import annotations

import pytest
from test_letter_set14_findings import case_of, draft

from appeal_kit.letter import arguments

SLEEP_DOSE = {"drug": "quetiapine", "dose": "50 mg at bedtime for sleep", "start": "2024-02", "end": "2026-10",
              "kind": "other", "outcome": "Given for sleep only, never at an augmentation dose; stopped October 2026 "
                                          "after ECG showed QTc 486 ms"}


def test_a_sleep_dose_stopped_for_a_harm_is_never_called_an_intolerance_of_a_trial(tmp_path):
    assert not arguments.stopped_for_intolerance(SLEEP_DOSE) and not arguments.intolerance_only(SLEEP_DOSE)
    assert arguments.trial_summary([SLEEP_DOSE])["excluded"] == [
        {"drug": "quetiapine", "reason": "it was given for another purpose, not as a trial of treatment for this "
                                         "condition"}]
    # a trial stopped for the same harm is still an intolerance
    trial = {**SLEEP_DOSE, "dose": "300 mg daily", "kind": "augmentation",
             "outcome": "stopped October 2026 after ECG showed QTc 486 ms"}
    assert arguments.stopped_for_intolerance(trial)
    text, _ = draft(tmp_path, case_of("set79", "01"))
    assert "quetiapine, because it could not be tolerated" not in text
    assert "quetiapine, because it was given for another purpose" in text
    assert "aripiprazole, because it could not be tolerated and was stopped" in text


def test_a_policy_that_counts_only_an_intolerance_is_never_said_to_excuse_a_contraindicated_step(tmp_path):
    text, _ = draft(tmp_path, case_of("set79", "01"))
    assert "or one that is contraindicated" not in text
    assert "A treatment stopped because of side effects does not need to be tried again" in text
    # a policy whose own words excuse a contraindicated step keeps it
    quote = case_of("set79", "01").data["plan_policy"]["quote"]
    text, _ = draft(tmp_path, case_of("set79", "01", **{
        "plan_policy.quote": quote.replace("or stopped because of intolerance", "or stopped because of intolerance "
                                           "or a documented contraindication")}))
    assert "A treatment stopped because of side effects, or one that is contraindicated, does not need" in text


@pytest.mark.parametrize("number", ["04", "08"])
def test_an_exclusion_the_record_shows_absent_is_never_called_met(tmp_path, number):
    text, _ = draft(tmp_path, case_of("set79", number))
    assert "Criterion How it is met Where" not in text and "Criterion Why it does not apply Where" in text
    assert "each an exclusion, why it does not apply" in text
    assert "in the table below is met" not in text and "does not apply" in text


def test_an_exclusion_beside_a_criterion_says_it_does_not_apply(tmp_path):
    case = case_of("set79", "08")
    rows = case.data["payer_criteria"] + [{"criterion": "1. A diagnosis of bipolar II depression.", "met": True,
                                           "how_met": "Bipolar II disorder, current episode depressed (F31.81)."}]
    text, _ = draft(tmp_path, case_of("set79", "08", payer_criteria=rows))
    assert "Does not apply: No psychotic disorder" in text and "Does not apply: Bipolar" not in text
    assert "Criterion How it is met Where" in text


@pytest.mark.parametrize("number", ["02", "03", "04", "05", "06", "07", "08"])
def test_the_criteria_the_denial_named_never_make_the_treatment_medically_necessary(tmp_path, number):
    text, _ = draft(tmp_path, case_of("set79", number))
    assert "in the table below is met, so" not in text and "in the table below are met, so" not in text


def test_a_table_of_more_criteria_than_the_denial_named_still_concludes(tmp_path):
    # 05's two criteria the decision found unmet, with one it did not name: the table is more than the denial's
    case = case_of("set79", "05")
    rows = case.data["payer_criteria"] + [{"criterion": "1. Major depressive disorder in an adult.", "met": True,
                                           "how_met": "Major depressive disorder, recurrent, severe (F33.2)."}]
    text, _ = draft(tmp_path, case_of("set79", "05", payer_criteria=rows))
    assert "Every criterion in the table below is met, so Spravato (esketamine) nasal spray is medically necessary" \
        in text


def test_check_warns_of_an_outcome_traced_to_a_record_of_fills_only(tmp_path):
    # 79/02: escitalopram's and duloxetine's "No response" traced to the prior plan's pharmacy printout
    from appeal_kit import checks

    folder = case_of("set79", "02").folder
    warned = [f.field for f in checks._history_evidence_findings(checks.load_case(folder))]
    assert warned == ["clinical.history item 1", "clinical.history item 2", "clinical.history item 3"]
    # a record that says how the treatment went is no such warning (01: the psychiatry note)
    assert not checks._history_evidence_findings(checks.load_case(case_of("set79", "01").folder))


def test_criteria_found_unmet_are_summed_up_in_one_sentence(tmp_path):
    # 79/05: "Criterion 3 of ..., which the decision found unmet, is met; ... Criterion 5 of ..., which the decision
    # found unmet, is met; ..." - one sentence printed twice with its number changed
    text, _ = draft(tmp_path, case_of("set79", "05"))
    assert "Criteria 3 and 5 of Desert Crest Pharmacy Policy, Esketamine (RX-ESK-9), which the decision found unmet, " \
        "are met; the records that show them are set out below." in text
    assert "Criterion 3 of Desert Crest Pharmacy Policy, Esketamine (RX-ESK-9), which the decision found unmet" \
        not in text


def test_the_criterion_the_denial_named_is_never_every_step_the_plan_lists(tmp_path):
    # 79/07: "Every step the plan lists is met" and "The step-therapy requirement has been met" beside criterion 4
    # alone, CC-ESK-9's other criteria not in the case
    text, _ = draft(tmp_path, case_of("set79", "07"))
    assert "Every step the plan lists is met" not in text and "The step-therapy requirement has been met" not in text
    assert "The treatments already tried" in text


def test_one_row_without_a_number_may_be_the_whole_rule_and_still_concludes(tmp_path):
    # set 77, case 02: ST-SLP-3's one step, "Two of trazodone, ... tried", is the whole protocol the notice quotes
    text, _ = draft(tmp_path, case_of("set77", "02"))
    assert "Every step the plan lists is met, each shown in the table below" in text
