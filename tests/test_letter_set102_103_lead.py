"""Findings of letters set 102 (process), written blind in stop 68 and reviewed at 337f071d
(tests/resources/letter-review/set102-review.md), fixed by the lead: terms of payment typed into treatment.name,
which the letter prints as the treatment (02), and the claims report's "the record for no of the plan's criteria"
(08)."""
from __future__ import annotations

from test_letter_set14_findings import TODAY, case_of, draft

from appeal_kit.checks import check_case


def _name_warnings(case) -> list[str]:
    return [f.message for f in check_case(case.folder, today=TODAY).findings if f.field == "treatment.name"]


def test_check_warns_of_payment_terms_in_the_treatments_name():
    # 02 (FALSE twice): "Levomilnacipran ER 80 mg daily at the preferred-tier cost sharing" printed as the drug: "has
    # taken levomilnacipran ER 80 mg daily at the preferred-tier cost sharing since April 2026", paid at Tier 4's rate
    assert _name_warnings(case_of("set102", "02")) == [
        "treatment.name says 'at the preferred-tier cost sharing', which is about payment, not the treatment: name the "
        "treatment only (drug, dose, course); the letter says what is asked, and the denial's words say what was "
        "applied"]
    # off shape: a brand with its generic and dose is a treatment's name
    assert _name_warnings(case_of("set98", "98-04")) == []


def test_records_that_answer_only_the_decisions_words_are_said_to(tmp_path):
    # 08: the claims report read "Exhibit B: the record for no of the plan's criteria" of a record that corrects the
    # decision's words and backs no criterion
    _, facts = draft(tmp_path, case_of("set102", "08"))
    assert facts.by_id["new_records_cited"].says == "Exhibit B: the record for the decision's words corrected"
