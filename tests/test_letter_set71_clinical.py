"""Clinical findings of letters set 71's second blind review (drafted at 9c996cb1;
tests/resources/letter-review/set71-review-9c996cb1.md) and set 72's clinical one, fixed by kind (round s73 clinical)
and tested on the sets' own fictional cases: what the letter says and what it no longer says."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft, history

from appeal_kit.letter import arguments, derived


def test_a_criterion_is_never_read_from_a_drug_name_the_denial_gives(tmp_path):
    # 71/02 (FALSE): "the 1-month paliperidone palmitate injection" in the denial made criterion 1 (diagnosis) "the
    # decision found unmet"; the case marks no criterion denied and the notice's words are criterion 2's
    case = case_of("set71", "02")
    assert derived.denied_criteria_met(case.data) == []
    text, state = draft(tmp_path, case)
    assert "found unmet" not in text and "The decision rests on criterion" not in text
    assert "schizoaffective disorder Schizophrenia, paranoid type, since 2017" in text
    assert state.by_id["denied_criterion_met"].value is None
    # a criterion the denial names by number is still found
    named = case_of("set71", "02", **{"claim.denial_reason": "Criterion 2 not met: the 1-month injection for at least "
                                                             "four months. Our records show only three injections."})
    assert [c["number"] for c in derived.denied_criteria_met(named.data)] == ["2"]


def test_an_exclusion_answered_does_not_apply_and_is_never_a_criterion_met(tmp_path):
    # 71/08 (FALSE): the remission that answers Exclusion 4 ("active substance use disorder") was followed by
    # "Criterion 2 ..., which the decision found unmet, is therefore met"; and the exclusion, about the member's
    # condition, was answered as one that "does not name" esketamine, with a contra proferentem request
    case = case_of("set71", "08")
    assert "not_covered" not in arguments.denial_reasons(case.data)
    text, state = draft(tmp_path, case)
    assert state.by_id["exclusion_absent"].value is True
    assert "PEth below 10 ng/mL on 11/09/2026 (Exhibit B, p. 1). Exclusion 4 of RX-ESK-9 therefore does not apply, " \
           "as its row in the table above shows." in text
    # criterion 2 is concluded by the opening's summary line alone, never again under the table (letters set 75)
    assert "allows an inadequate response (Exhibit B, p. 1)." in text and "is therefore met" not in text
    assert "PEth below 10 ng/mL on 11/09/2026 (Exhibit B, p. 1). Criterion 2" not in text
    assert "is met, and Exclusion 4 does not apply: the notice" in text
    assert "does not name" not in text and "read in the member's favor" not in text
    # an exclusion the denial names that the criteria do not list is still answered as an exclusion
    other = case_of("set71", "08", payer_criteria=case.data["payer_criteria"][:2])
    assert "not_covered" in arguments.denial_reasons(other.data)


def test_each_statement_of_the_decision_concludes_its_own_criterion(tmp_path):
    # 71/06 (mild FALSE): "Criterion 2 and 3 ... are therefore met" after the lorazepam facts alone; criterion 3 is
    # shown by the intake, the weight and the fluids that follow
    text, _ = draft(tmp_path, case_of("set71", "06"))
    assert "Criterion 2 and 3 of MP-ECT-6, which the decision found unmet, are therefore met" not in text
    # two criteria concluded together are "Criteria" (the summary, which quotes both statements)
    assert "Criteria 2 and 3 of Cascade Summit Medical Policy MP-ECT-6 (electroconvulsive therapy), which the decision " \
           "found unmet, are met: the notice" in text
    # the summary line concludes them; under the table each statement keeps only its record, never a conclusion
    # paired with the wrong one nor the summary's said again (letters set 75)
    assert "no further gain through 11/01 (Exhibit B, p. 1)." in text and "for dehydration (Exhibit B, p. 1)." in text
    assert "is therefore met" not in text and "are therefore met" not in text


def test_a_drug_its_row_says_was_tapered_is_not_shown_continuing(tmp_path):
    # 71/06 (mild CONTRADICTION): lorazepam "continuing" beside "continued during ECT and tapered after"
    case = case_of("set71", "06")
    assert derived.outcome_says_ended(history(case, "lorazepam"))
    assert not derived.outcome_says_ended({"outcome": "Current opioid; to be tapered off in the program"})
    assert not derived.outcome_says_ended({"outcome": "Stopped in April, restarted in May; continuing"})
    text, _ = draft(tmp_path, case)
    assert "continuing BFCRS 21 to 14" not in text and "10/27/2026 BFCRS 21 to 14" in text


def test_a_row_without_outcome_words_shows_its_recorded_response(tmp_path):
    # 72/06 (mild MISSING): the trials table's outcome column empty for three trials whose responses the case holds
    text, _ = draft(tmp_path, case_of("set72", "06"))
    assert "12/2025 No response (Exhibit D, p. 1)" in text and "3/2026 Partial response (Exhibit D, p. 1)" in text
    assert derived.outcome_shown({"outcome": "8 weeks; no response.", "response": "none"}) == "8 weeks; no response."


def test_a_trial_paid_outside_the_plan_is_tried_never_a_trial_of_the_required_drugs(tmp_path):
    # 71/01 (mild CONTRADICTION): quetiapine's 18 days, "intolerance, not an adequate trial", called "a trial of the
    # required drugs all the same"
    text, _ = draft(tmp_path, case_of("set71", "01"))
    assert "trial of the required drugs" not in text
    assert "quetiapine (discount card). It was tried all the same, at the doses and for the dates shown" in text


def test_the_parity_paragraph_names_only_the_codes_the_treatment_is_for(tmp_path):
    # 71/08 (mild FALSE): "for a mental health condition (F33.2 and F10.21)": the esketamine is for the depression
    case = case_of("set71", "08", **{"claim.denial_category": "step_therapy"})
    text, _ = draft(tmp_path, case)
    assert "This treatment is for a mental health condition (F33.2)." in text
    assert "F10.21)" not in text
