"""The findings of set 18's review (tests/resources/letter-review/set18-review.md), each fixed by its kind: one case per
kind, across template x plan type where it applies, the true letter passing. Set 18 is a fix set: these cases shaped
the fixes, so no accuracy figure is measured on it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit.letter import render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 12, 4)
APPEALS = [t.name for t in render.list_templates() if "denial" in t.arguments]


def text(tmp_path, template, **changes) -> str:
    return " ".join(rendered_text(tmp_path, sample_variant(TRD, **changes), template, TODAY).split())


# ------------------------------------- 04: a quoted term is introduced by what it is, not by a label it may not fit

PARITY_STATEMENT = "Section 1.4: The Plan complies with the mental health parity requirements that apply to it."


@pytest.mark.parametrize("plan_type", ["church", "employer_erisa", "governmental"])
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_other_terms_quoted_beside_a_parity_argument_are_not_called_the_terms_for_other_care(tmp_path, template,
                                                                                           plan_type):
    """`plan_policy.other_terms` holds whatever terms bear on the claim (here the plan's parity statement): the
    parity paragraph quotes it as more of the plan's terms, never as its terms for medical and surgical care, which
    is what `plan_policy.comparator` is for."""
    letter = text(tmp_path, template, **{
        "claim.plan_type": plan_type, "claim.denial_category": "benefit_limit",
        "claim.denial_reason": "Benefit maximum reached: the plan covers 12 treatments per year.",
        "plan_policy.quote": "Section 5.14: ECT is covered up to 12 treatments per plan year.",
        "plan_policy.other_terms": PARITY_STATEMENT})
    assert "quantitative treatment limitation" in letter, (template, plan_type)  # the parity paragraph is there
    assert letter.count(PARITY_STATEMENT) == 1, (template, plan_type)
    assert "terms for other care" not in letter, (template, plan_type)
