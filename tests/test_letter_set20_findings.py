"""The findings of set 20's blind review (tests/resources/letter-review/set20-review.md), each fixed by its kind: one
case per kind, across template x plan type where it applies. Set 20 became the fix set once reviewed; the tiering
exception (test_tiering_exception.py) and the unanswered post-stabilization request (test_post_stabilization.py) are
its cases 04 and 08."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import following_templates, rendered_text, sample_variant

REPO = Path(__file__).resolve().parent.parent
SPRAVATO = REPO / "evidence_samples" / "spravato-step-therapy"
TODAY = date(2026, 12, 5)
FOLLOWING = following_templates()


# ------------------------------------------- 02: parity argued from off-label coverage for a drug used on its label

# the templates a Spravato letter is drafted from (the ketamine ones argue ketamine's own evidence)
SPRAVATO_TEMPLATES = [t for t in [*FOLLOWING, "experimental-investigational"] if not t.startswith("ketamine-")]


@pytest.mark.parametrize("template", SPRAVATO_TEMPLATES)
def test_parity_never_compares_off_label_coverage_for_a_drug_used_as_labelled(tmp_path, template):
    """Set 20, case 02: Spravato for treatment-resistant depression (on its label) called investigational; the parity
    section said plans "routinely cover FDA-approved drugs used off label", a comparison that does not fit the case."""
    experimental = {"claim.denial_category": "experimental_investigational", "payer_criteria": None,
                    "claim.denial_reason": "Esketamine is considered investigational for this use."}
    labelled = rendered_text(tmp_path, sample_variant(SPRAVATO, **experimental), template, TODAY)
    assert "approved use" in labelled, template
    assert "used off label for medical and surgical conditions" not in labelled, template
    # the same drug for a use off its label keeps the comparison
    off_label = {**experimental, "claim.diagnosis_codes": ["F43.12"]}
    other = rendered_text(tmp_path, sample_variant(SPRAVATO, **off_label), template, TODAY)
    assert "used off label for medical and surgical conditions" in other, template
