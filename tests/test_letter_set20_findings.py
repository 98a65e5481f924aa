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


# ------------------------------------------- 07: an approval led a timely-filing appeal

TRD = REPO / "evidence_samples" / "ketamine-trd"
FILED_LATE = {"claim.denial_category": "timely_filing", "payer_criteria": None,
              "claim.denial_reason": "CO-29: the time limit for filing has expired.",
              "prior_auth.approved": {"number": "PA-77", "date": "2026-09-01", "covers": "96365 x8"}}


@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "medicaid"])
@pytest.mark.parametrize("template", FOLLOWING)
def test_an_approval_follows_the_answer_to_a_filing_limit(tmp_path, template, plan_type):
    """Set 20, case 07: "The plan approved PA-... : the services it covers should be paid under it" led, and "A
    denial that overlooks the plan's own approval is the plan's error", while the denial was a filing limit the
    approval does not answer (a mild FALSE). The filing answer leads; the approval follows, asked to be honored once
    the claim is accepted as filed in time."""
    from appeal_kit.letter import arguments

    case = sample_variant(TRD, **{**FILED_LATE, "claim.plan_type": plan_type})
    names = [n for n in arguments.block_names(case.data, ["denial"], arguments.load_blocks())
             if n in ("timely_filing", "approved_authorization")]
    assert names == ["timely_filing", "approved_authorization"], template
    letter = rendered_text(tmp_path, case, template, TODAY)
    assert "overlooks the plan's own approval" not in letter, template
    assert "to honor PA-77, once the claim is accepted as filed in time, and to reprocess" in letter, template
    assert "services it covers should be paid under it" not in letter, template
    # a denial of the authorization itself is still answered by the approval first
    denied = sample_variant(TRD, **{**FILED_LATE, "claim.plan_type": plan_type,
                                    "claim.denial_category": "prior_authorization",
                                    "claim.denial_reason": "No authorization was obtained."})
    order = arguments.block_names(denied.data, ["denial"], arguments.load_blocks())
    assert order.index("approved_authorization") < order.index("prior_authorization")


# ------------------------------------------- 08: the surprise-billing consent test in a Medicare Advantage letter

EMERGENCY = {"claim.denial_category": "out_of_network", "payer_criteria": None,
             "claim.denial_reason": "The hospital is not in the plan's network.",
             "emergency.care": True, "emergency.presented": "the emergency department of a general hospital",
             "emergency.symptoms": "a plan to overdose that night", "emergency.transfer_safe": False,
             "emergency.transfer_why": "no bed at a network unit", "emergency.consent_signed": False}


@pytest.mark.parametrize("plan_type", ["medicare_advantage", "medicaid", "fehb", "employer_erisa"])
@pytest.mark.parametrize("template", FOLLOWING)
def test_the_consent_condition_is_said_only_where_the_surprise_billing_rule_governs(tmp_path, template, plan_type):
    letter = rendered_text(tmp_path, sample_variant(TRD, **{**EMERGENCY, "claim.plan_type": plan_type}), template,
                           TODAY)
    assert "could not travel safely by non-medical transport to a network facility" in letter, template
    governed = plan_type == "employer_erisa"
    assert ("No written consent to out-of-network care was signed" in letter) is governed, (template, plan_type)


# ------------------------------------------- 01: a plan's "or stopped earlier for intolerance"

def test_a_plans_stopped_earlier_for_intolerance_accepts_a_short_failed_trial():
    """Set 20, case 01: MP-PN-112 counts a trial "at least 8 weeks at a therapeutic dose, or stopped earlier for
    intolerance"; the letter stated the eight weeks and left the plan's own exception out."""
    from appeal_kit.letter import arguments

    early = {"drug": "Brevodrine", "kind": "other", "dose": "a therapeutic dose", "start": "2025-04-01",
             "end": "2025-04-15", "outcome": "Stopped at two weeks for intolerance (dizziness)", "failed": True}
    full = {"drug": "Atomizine", "kind": "other", "dose": "a therapeutic dose", "start": "2025-01-06",
            "end": "2025-03-10", "outcome": "No benefit", "response": "none"}
    terms = "An adequate trial (at least 8 weeks at a therapeutic dose, or stopped earlier for intolerance) of two classes."
    data = {"plan_policy": {"quote": terms}, "clinical": {"history": [full, early]}}
    assert arguments.trial_summary(arguments.counted_history(data, TODAY))["adequate_failed"] == 2
    data["plan_policy"]["quote"] = "An adequate trial (at least 8 weeks at a therapeutic dose) of two classes."
    assert arguments.trial_summary(arguments.counted_history(data, TODAY))["adequate_failed"] == 1
