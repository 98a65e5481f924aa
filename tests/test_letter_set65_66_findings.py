"""Findings of letters sets 65 and 66's blind reviews (drafted at 040f149e; tests/resources/letter-review/set65,
set66 and their reviews), each fixed by its kind and tested on the set's own fictional case: what the letter says
and, as much, what it no longer says."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft
from test_letter_set67_findings import count_printed

from appeal_kit import checks
from appeal_kit.letter import arguments, derived


def test_a_lettered_alternative_of_a_criterion_replaces_nothing(tmp_path):
    # set 65, case 05 (FALSE): row "(b) ..." given `instead_of: 2`, where criterion 2 is "Either (a) ... or (b) ...":
    # "Criterion , in place of criterion 2", a heading without a number and a replacement the policy never made
    case = case_of("set65", "05")
    assert derived.alternative_of_own_criterion(case.data) == [3]
    assert derived.criteria_instead(case.data) == []
    text, _ = draft(tmp_path, case)
    assert "in place of criterion 2" not in text and "Criterion ," not in text
    assert "any one of them is enough" in text
    warned = [f.message for f in checks._replaced_criterion_findings(case) if "own lettered alternatives" in f.message]
    assert warned and warned[0].startswith("row 3:")
    # a numbered criterion that may replace another keeps its section (set 19's kind)
    rows = [dict(r) for r in case.data["payer_criteria"]]
    rows[2]["criterion"] = "3. a documented response to ECT in an earlier episode."
    numbered = case_of("set65", "05", payer_criteria=rows)
    assert derived.alternative_of_own_criterion(numbered.data) == []
    assert [c["number"] for c in derived.criteria_instead(numbered.data)] == ["3"]


def test_a_step_that_helped_and_harmed_is_never_an_inadequate_response(tmp_path):
    # set 65, case 03 (FALSE): quetiapine 300 mg "Mood improved; stopped after 14 kg weight gain and new type 2
    # diabetes" said "(no adequate response)", then "where the earlier ones did not"
    row = {"drug": "Quetiapine", "outcome": "Mood improved; stopped after 14 kg weight gain and new type 2 diabetes"}
    assert arguments.step_outcome(row, [row]) == "some benefit; stopped for adverse effects"
    assert arguments.step_outcome({"drug": "X", "outcome": "Not improved; stopped after 8 weeks"}, []) != \
        "some benefit; stopped for adverse effects"
    assert arguments.step_outcome({"drug": "X", "outcome": "stopped after 6 weeks, no response"}, [{}]) == \
        "not tolerated"  # an uncounted row, as before: "after 6 weeks" is no reason of its own
    text, _ = draft(tmp_path, count_printed(case_of("set65", "03")))  # steps said: a row unmet (set 69, case 02)
    assert "quetiapine (4/2019 to 7/2019) (some benefit; stopped for adverse effects)" in text
    assert "no adequate response" not in text
    assert "where the earlier ones did not" not in text


def test_a_corrected_claims_limit_is_measured_on_the_corrected_claim(tmp_path):
    # set 66, case 07 (FALSE and CONTRADICTION): the corrected-claim limit (180 days from the original's payment) set
    # against the original's receipt in April ("198 days before that date"), and "a replacement ... of claim
    # SSH-26-0821-30388", the corrected claim's own number
    case = case_of("set66", "07")
    assert derived.corrected_claim_filing(case.data)
    status = derived.filing_status(case.data)
    assert status["corrected"] and status["on"] is None and status["deadline"] == "2026-10-17"
    text, _ = draft(tmp_path, case)
    assert "It was received on April 2, 2026" not in text
    assert "the corrected claim for March 10, 12 and 17, 2026 was due by October 17, 2026" in text
    assert "on August 21, 2026 it was accepted" in text
    assert "which ran to October 17, 2026" in text
    assert "of claim SSH-26-0821-30388" not in text and "replacement (claim frequency code 7) of the original claim" in text
    assert "good cause" not in text
    named = case_of("set66", "07", **{"corrected_claim.replaces": "SSH-26-0402-11872"})
    text, _ = draft(tmp_path, named)
    assert "replacement (claim frequency code 7) of claim SSH-26-0402-11872" in text
    # a filing denial of the original claim, with no corrected claim sent, is measured on the original as before
    original = case_of("set66", "07", **{"corrected_claim.sent": None, "corrected_claim.accepted": None})
    assert not derived.corrected_claim_filing(original.data)
    assert derived.filing_status(original.data)["on"] == "2026-04-02"
