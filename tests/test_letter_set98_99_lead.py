"""Findings of letters sets 98 (process) and 99 (clinical), written blind at the start of stop 68 and reviewed at
b7f0cb51 (tests/resources/letter-review/set98-review.md, set99-review.md), fixed by the lead: the drug asked for,
taken before on samples, counted among the failed steps (98/04), and the count of criteria a new record is the record
for said without a source, so `check` asked for it in claim.notice_date (99/05)."""
from __future__ import annotations

import pytest
from test_letter_set14_findings import TODAY, case_of, draft

from appeal_kit.letter import arguments, claims, render


def test_the_drug_asked_for_is_never_one_of_the_failed_steps_under_its_brand_name(tmp_path):
    # 98/04 (FALSE, CONTRADICTION): "has failed three adequate treatment trials: quetiapine, lurasidone and
    # lumateperone" in a letter asking for Caplyta (lumateperone), which brought a partial response on samples
    case = case_of("set98", "98-04")
    text, _ = draft(tmp_path, case)
    assert "Ms. Ainsworth-Reyes has failed two adequate treatment trials: quetiapine and lurasidone." in text
    assert ("One of the three treatments listed is not counted as an adequate failed trial: Lumateperone, because it "
            "is the treatment this appeal asks for.") in text


@pytest.mark.parametrize("drug, asked, same", [
    ("Lumateperone", "Caplyta (lumateperone) 42 mg once daily", True),
    ("Caplyta samples", "Caplyta (lumateperone)", True),
    ("Lurasidone (samples)", "Lurasidone 60 mg daily", True),  # set 21, case 04, unchanged
    ("Quetiapine", "Caplyta (lumateperone) 42 mg once daily", False),  # another drug
    ("Lumateperone", "Caplyta 42 mg once daily", False),  # no generic in the request: nothing to match it by
])
def test_a_row_is_the_treatment_asked_for_by_the_generic_its_brand_gives(drug, asked, same):
    assert arguments.same_treatment({"drug": drug}, asked) is same


def test_the_count_of_criteria_a_new_record_backs_is_traced_to_the_criteria_rows(tmp_path):
    # 99/05: "It is the record for two of the criteria in the table above ..." was traced to nothing, and `check`
    # said to add "two" to claim.notice_date
    case = case_of("set99", "05")
    report: dict = {}
    letter = render.render_letter(case, render.find_template("medical-necessity"), tmp_path / "letter.docx",
                                  today=TODAY, clinic=None, report=report)
    said = [s for s in claims.trace_letter(case, report["facts"], letter, TODAY)
            if s.text.startswith("It is the record for two of the criteria")]
    assert [(s.kind, s.missing) for s in said] == [("case", [])]
    assert "payer_criteria rows 1-2" in said[0].sources


def test_a_corrected_claim_is_due_by_its_own_limit_not_the_original_claims(tmp_path):
    # 98/05 (FALSE, CONTRADICTION): filing.limit_deadline 05/03 is the original claim's 90 days; the corrected claim's
    # own limit (180 days after the original's EOB) is corrected_claim.deadline, 09/08, which the letter also said
    case = case_of("set98", "98-05")
    text, _ = draft(tmp_path, case)
    assert ("Under it, the corrected claim for February 2, 2026 through March 13, 2026 (30 sessions) was due by "
            "September 8, 2026.") in text
    assert "May 3, 2026" not in text
    # off shape: with no limit of its own recorded, the limit given is the one the letter measures by (set 66/07)
    case = case_of("set98", "98-05")
    del case.data["corrected_claim"]["deadline"]
    text, _ = draft(tmp_path, case)
    assert "was due by May 3, 2026" in text
