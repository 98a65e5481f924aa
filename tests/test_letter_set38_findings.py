"""Set 38's not-mild findings (tests/resources/letter-review/set38-review.md: drafted at 5d45f0cb, reviewed blind,
6 (18)), each fix tested on its structure. 04's approval read as covering a claim for another service (the
anesthesia of a precertified ECT course) is left for a later stop."""
from __future__ import annotations


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of("set38", number, **changes))


# ---------------- 01: the terms quoted require authorization; other terms set it aside

def test_terms_that_require_authorization_are_never_called_terms_that_require_none(tmp_path):
    text, state = _draft(tmp_path, "01")
    assert state.by_id["pa_not_required"].sources[1] == "plan_policy.other_terms"
    assert "(Keystone Summit Medicare Advantage PPO 2026 Evidence of Coverage, Chapter 4, Section 2.1) require no" \
        not in text
    assert "set aside the prior authorization they otherwise require" in text
    assert text.index("Other terms of the plan set that requirement aside") > text.index("Some services need approval")
    # without the other terms, the quoted requirement is not read as a waiver either
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    assert derived.authorization_waived_elsewhere(case_of("set38", "01").data)
    assert not derived.authorization_waived_elsewhere(case_of("set38", "01", **{"plan_policy.other_terms": None}).data)


# ---------------- 02: a court-appointed guardian encloses the court's authority, not an appointment form

def test_a_guardian_acts_under_the_guardianship_never_under_form_cms_1696(tmp_path):
    text, state = _draft(tmp_path, "02")
    assert "court-appointed guardian; the document of that legal authority is enclosed as Exhibit" in text
    assert "CMS-1696" not in text
    assert state.by_id["author_standing"].value is True


# ---------------- 04: a claim argued on the plan's terms for a provider it did not choose argues no network gap

def test_other_terms_for_the_provider_replace_the_network_gap_argument(tmp_path):
    text, _ = _draft(tmp_path, "04")
    assert "in-network provider who could have given this treatment" not in text
    assert "cost of that gap" not in text and "network gap exception" not in text
    assert "The plan's terms for care from this provider" in text


# ---------------- 05: a first-level decision that refused to consider the appeal upheld nothing

def test_a_dismissal_is_never_called_a_decision_that_upheld_the_denial(tmp_path):
    text, _ = _draft(tmp_path, "05")
    assert "dismissed that appeal without deciding its merits" in text
    assert "upheld the denial" not in text
    assert "I ask that the dismissal be set aside and the appeal decided on its merits." in text


# ---------------- 06: "eating" in a custodial-care definition does not name "eating-disorder treatment"

def test_a_conditions_compound_word_is_not_the_treatment_named_by_an_exclusion(tmp_path):
    text, state = _draft(tmp_path, "06")
    assert state.by_id["exclusion_misses_care"].value is True
    assert "does not reach residential eating-disorder treatment" in text
