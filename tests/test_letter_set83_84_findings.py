"""Findings of letters sets 83 and 84's blind reviews at eb010e4d (tests/resources/letter-review/set83-review.md,
set84-review.md), fixed by kind."""
from __future__ import annotations

import pytest

from appeal_kit.letter import facts


@pytest.mark.parametrize("reason, names", [
    # set 83, cases 05-08 (FALSE): findings about the record are what the denial says is unmet, so the letter never
    # says "The denial does not say which criteria the records fail to meet" under them
    ("TMS is not medically necessary. There is no trial of evidence-based psychotherapy.", True),
    ("Ketamine is considered only after failure of a gabapentinoid. No gabapentinoid trial is documented.", True),
    ("The member has uncontrolled hypertension, which is a contraindication.", True),
    ("The beneficiary has bipolar disorder with a recent manic episode. TMS is not indicated.", True),
    ("Adequate trials of two antidepressants were not documented.", True),
    # a bare conclusion names nothing
    ("The requested service is not medically necessary.", False),
    ("Not medically necessary based on the information provided.", False),
])
def test_a_finding_about_the_record_names_what_is_unmet(reason, names):
    data = {"claim": {"denial_reason": reason}}
    assert bool(facts.criteria_named_in(data)) is names
