"""Set 36's not-mild findings (tests/resources/letter-review/set36-review.md: drafted at 0951e932, reviewed blind,
3 (21)), each fix tested on its structure; the rest is the next stop's fix set."""
from __future__ import annotations


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of("set36", number, **changes))


# ---------------- 08: a drug still taken on a partial response is counted, never left out of the opening's count

def test_the_opening_says_every_adequate_trial_without_an_adequate_response(tmp_path):
    text, state = _draft(tmp_path, "08")
    assert "augmentation_counted" in {fact_id for fact_id, _ in state.asserted}
    assert "three adequate medication trials have not brought Ms. Okonkwo-Hart an adequate response" in text
    assert "which counts augmentation as a trial, Ms. Okonkwo-Hart has failed two" not in text


# ---------------- 07: the plan's terms that require other criteria are never called the criterion the denial applies

def test_terms_requiring_other_criteria_are_not_the_denials_criterion(tmp_path):
    text, state = _draft(tmp_path, "07")
    assert state.by_id["criteria_required"].value is True
    assert "criterion the denial applies" not in text
