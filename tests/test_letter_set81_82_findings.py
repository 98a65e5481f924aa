"""Findings of letters sets 81 and 82's blind reviews at b4aa4624 (tests/resources/letter-review/set81-review.md,
set82-review.md), fixed by kind."""
from __future__ import annotations

import pytest

from appeal_kit.letter import derived


@pytest.mark.parametrize("codes, wanted", [
    # set 81, case 03 (REQUEST): a capsaicin patch for diabetic neuropathy, E11.42 first and a depression after it,
    # was to be decided by "a psychiatrist experienced in treating this condition"
    (["E11.42", "F33.0"], "a physician in the same specialty as the treating clinician"),
    (["I63.9", "F32.A"], "a physician in the same specialty as the treating clinician"),
    # a mental disorder first, or one coded under pregnancy or as a symptom, is a psychiatrist's
    (["F33.0", "E11.42"], "a psychiatrist"),
    (["O99.345", "F53.0"], "a psychiatrist"),
    (["R45.851", "F33.2"], "a psychiatrist"),
])
def test_a_body_systems_condition_first_is_not_a_psychiatrists_to_review(codes, wanted):
    assert derived.reviewer_specialty({"claim": {"diagnosis_codes": codes}}) == wanted
