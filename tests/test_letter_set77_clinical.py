"""Letters sets 77 and 75 (written blind in stop 63), clinical findings of their reviews (set77-review.md,
set75-review.md): one test each kind.

77/01, 04, 05, 07 and 08 offered the patient's consent or authorization as "a record dated after the decision" to
weigh; 77/02 said its table of ST-SLP-3's own step was not the protocol the denial applied, that a step-therapy rule
asks not who paid beside a plan that reads trials from its paid claims, and asked a psychiatrist to decide an insomnia
drug; 78/03 cited 42 CFR 438.406(b)(2) for a specialty it does not name; 77/07 gave lamotrigine, taken as
maintenance, "only a partial response"; 75/01 and 75/02 said "the record shows otherwise" of notice words that were
true; 75/01, 03, 05, 07 and 77/04 said "..., which the decision found unmet, is met" in two summary lines and again
under the table.
"""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft

from appeal_kit.letter import arguments, derived


def test_a_consent_or_authorization_is_never_a_record_the_reviewer_lacked(tmp_path):
    text, facts = draft(tmp_path, case_of("set77", "01"))
    assert "Records the reviewer did not have" not in text and "never had, is enclosed: Patient consent" not in text
    # still enclosed, as what lets the author appeal
    assert "written consent to this appeal is enclosed as Exhibit E" in text
    assert facts["new_records"].value is False
    # a record that bears on the care beside it is still offered alone (08: the group-home note)
    text, _ = draft(tmp_path, case_of("set77", "08"))
    assert "is enclosed: Group home note 2026-11-20 (Exhibit D)." in text
    assert "Patient consent 2026-11-23 (Exhibit E)." not in text


def test_a_table_of_the_protocols_own_step_is_never_said_not_to_be_that_protocol(tmp_path):
    data = case_of("set77", "02").data
    assert derived.criteria_from_policy(data)
    text, _ = draft(tmp_path, case_of("set77", "02"))
    assert "does not rest on the steps of the protocol the denial applied" not in text
    assert "The criteria of Narragansett Senior Rx Plus step therapy criteria ST-SLP-3" in text


def test_a_plan_that_reads_trials_from_its_own_claims_is_never_told_who_paid_does_not_matter(tmp_path):
    text, _ = draft(tmp_path, case_of("set77", "02"))
    assert "It was tried all the same" in text
    assert "not who paid for them" not in text
    # the same trial beside terms that say nothing of claims keeps the general sentence
    quote = case_of("set77", "02").data["plan_policy"]["quote"].replace(" Trials are read from our paid claims.", "")
    text, _ = draft(tmp_path, case_of("set77", "02", **{"plan_policy.quote": quote}))
    assert "A step-therapy rule asks whether the steps were tried, not who paid for them." in text


def test_a_mood_code_after_a_body_condition_asks_for_no_psychiatrist(tmp_path):
    data = case_of("set77", "02").data
    assert derived.reviewer_specialty(data) == "a physician in the same specialty as the treating clinician"
    assert derived.reviewer_specialty({"claim": {"diagnosis_codes": ["F33.42", "G47.00"]}}) == "a psychiatrist"
    assert derived.reviewer_specialty({"claim": {"diagnosis_codes": ["O99.342", "F31.4"]}}) == "a psychiatrist"


def test_a_specialty_is_asked_apart_from_a_rule_that_names_none(tmp_path):
    text, _ = draft(tmp_path, case_of("set77", "03"))
    assert "a child and adolescent psychiatrist experienced in treating this condition who took no part" not in text
    assert ("decided by someone with the clinical expertise this condition calls for who took no part in the denial "
            "(42 CFR 438.406(b)(2)); I ask that it be a child and adolescent psychiatrist experienced in treating "
            "this condition.") in text


def test_a_drug_taken_as_maintenance_is_given_no_response_of_the_episode(tmp_path):
    text, _ = draft(tmp_path, case_of("set77", "07"))
    # (the clause opens its sentence, the name capitalized there: letters set 99's round, set 83's lower-case names)
    assert "amotrigine, still being taken, has brought only a partial response" not in text
    assert "Lamotrigine is still being taken as maintenance" in text
    row = {"drug": "Sertraline", "outcome": "Partial response", "response": "partial"}
    assert "has brought only a partial response" in str(arguments.inadequate_words([row], [row]))


def test_notice_words_that_were_true_are_never_said_to_be_contradicted(tmp_path):
    text, _ = draft(tmp_path, case_of("set75", "01"))
    assert "As to “no trial of ...”, the record shows otherwise" not in text
    assert "As to “no trial of ...”, the record shows what they leave out: Lithium was not tried" in text
    text, _ = draft(tmp_path, case_of("set75", "02"))
    assert "the record shows otherwise: My neurologist's statement" not in text
    assert ("“Your prescriber did ...”, a record its reviewer did not have answers them: My neurologist's statement of "
            "11/25/2026 gives it") in text
    assert "which the records contradict" not in text


def test_a_criterion_a_correction_concludes_is_said_met_once(tmp_path):
    for case in ("01", "05"):
        text, _ = draft(tmp_path, case_of("set75", case))
        assert text.count("which the decision found unmet") == 1, case
        assert "Please apply it as written" not in text


def test_a_letter_without_the_opening_summary_keeps_its_conclusion_under_the_correction(tmp_path):
    # 68/01, an expedited reconsideration, opens with no numbered summary: the correction still says the criterion met
    text, _ = draft(tmp_path, case_of("set68", "01"))
    assert "Criterion 2 of MA-ECT-7, which the decision found unmet, is therefore met, as its row in the table above " \
           "shows." in text
