"""Set 37's not-mild findings (tests/resources/letter-review/set37-review.md: drafted at 5d45f0cb, reviewed blind,
10 not mild), each fix tested on its structure: the facts a block rests on, what it says and what it no longer says.
All cases are FICTIONAL."""
from __future__ import annotations


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of("set37", number, **changes))


def _asserted(state) -> set[str]:
    return {fact_id for fact_id, _ in state.asserted}


# ---------------- 03: a drug the plan's own list names is never conceded off the formulary, nor an exclusion conceded

def test_a_drug_the_plans_own_list_names_is_not_conceded_off_the_formulary(tmp_path):
    text, state = _draft(tmp_path, "03")
    assert state.by_id["off_formulary"].value is True
    assert state.by_id["plan_lists_treatment"].value is True
    assert "is not on the plan’s formulary, and this letter asks for a formulary exception" not in text
    assert "This letter asks for a formulary exception to cover it" not in text
    assert "ask, in the alternative, for a formulary exception" in text
    # no exclusion in the case: none conceded, none argued
    assert "does not dispute what it says" not in text
    assert "routes to coverage that remain" not in text
    assert "The exclusion does not name" not in text


def test_a_formulary_denial_without_the_plans_list_still_asks_for_the_exception(tmp_path):
    text, state = _draft(tmp_path, "03", **{"plan_policy.listed": None})
    assert not state.by_id["plan_lists_treatment"].value
    assert "This letter asks for a formulary exception to cover it" in text
    assert "in the alternative" not in text


# ---------------- 08: an exclusion of every use the FDA has not approved is never said not to name the treatment

def test_an_off_label_exclusion_is_met_with_its_exception_not_with_does_not_name(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    text, state = _draft(tmp_path, "08")
    assert derived.exclusion_off_label(case_of("set37", "08").data, "depression", None) is True
    assert "exclusion_silent_on_treatment" not in _asserted(state)
    assert "does not name intravenous ketamine" not in text
    assert "The exclusion does not name this treatment" not in text
    assert "Coverage turns on the plan's own terms, not on the label" not in text
    assert "the administration of an FDA-approved drug by infusion" not in text
    assert "Its words reach a drug used for a purpose the FDA has not approved" in text
    assert "under the exception the plan's own terms make for such a use" in text
    # the same drug labelled for its use, or a quote that names no off-label use, is not such an exclusion
    data = case_of("set37", "08").data
    assert derived.exclusion_off_label(data, "esketamine", "trd") is False
    quiet = case_of("set37", "08", **{"plan_policy.quote": "(f) Infusion therapy given in a physician's office."}).data
    assert derived.exclusion_off_label(quiet, "depression", None) is False


# ---------------- 02 and 04: criteria that are not the quoted step protocol's never make it "met"

def test_criteria_of_other_terms_never_say_the_step_protocol_was_met(tmp_path):
    for number in ("02", "04"):
        text, state = _draft(tmp_path, number)
        assert state.by_id["all_criteria_met"].value is True
        assert "The step-therapy requirement has been met" not in text
        assert "They have been." not in text
        assert "Every step the plan lists is met" not in text
        assert "does not need to be tried again to satisfy a protocol" not in text
        assert "Many states also require" not in text
        assert "does not rest on the steps of the protocol the denial applied" in text


def test_the_side_effect_rule_is_said_beside_a_protocol_that_accepts_an_intolerance(tmp_path):
    # 05's ST-AP-4 accepts "an intolerance or contraindication to aripiprazole": the rule is the plan's own there
    text, _ = _draft(tmp_path, "05")
    assert "does not need to be tried again to satisfy a protocol" in text
    # the same case with a protocol that names no intolerance says nothing of the kind
    quote = "Brexpiprazole requires a trial of aripiprazole for at least 4 weeks."
    rows = [{"criterion": "ST-AP-4: tried aripiprazole for at least 4 weeks", "how_met": "See the history.",
             "met": True}]
    text, _ = _draft(tmp_path, "05", **{"plan_policy.quote": quote, "payer_criteria": rows})
    assert "does not need to be tried again to satisfy a protocol" not in text


# ---------------- 07: an approval of another dose is never "overlooked" nor asked to be honored

def test_an_approval_of_another_dose_is_not_honored_in_its_place(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    text, state = _draft(tmp_path, "07")
    assert derived.approval(case_of("set37", "07").data)["other_dose"] is True
    assert "pa_approved" in _asserted(state)
    assert "overlooks" not in text
    assert "to honor ID-RX-26-1002-3318" not in text
    assert "reprocess the claim" not in text
    assert "That approval is for a different dose from Spravato (esketamine) 84 mg dose kit" in text
    same = case_of("set37", "07", **{"treatment.name": "Spravato (esketamine) 56 mg dose kit"}).data
    assert derived.approval(same)["other_dose"] is False


# ---------------- 01: sessions before the authorization request are never "given after" it

def test_a_course_begun_before_the_request_is_split_at_its_date(tmp_path):
    from test_letter_set14_findings import TODAY, case_of

    from appeal_kit.letter import derived

    text, _ = _draft(tmp_path, "01")
    dates = derived.service_dates(case_of("set37", "01").data, TODAY)
    assert dates["before_request"] == "October 1, 2026"
    assert dates["from_request"] == "October 2, 2026 through October 23, 2026"
    assert "given after it" not in text
    assert "(October 1, 2026 through October 23, 2026 (16 sessions))" not in text
    assert "for the services given from that date on (October 2, 2026 through October 23, 2026)" in text
    assert "The services of October 1, 2026 came before that request" in text
    assert "so the claim cannot rest on a missing authorization" not in text
    # a course that began on or after the request is not split
    later = derived.service_dates(case_of("set37", "01", **{"prior_auth.requested_on": "2026-09-30"}).data, TODAY)
    assert later["before_request"] == "" and later["from_request"].endswith("(16 sessions)")


# ---------------- 05: a Part D new member's transition supply is the first point, and asked for now

def test_a_new_members_transition_supply_leads_and_is_asked_for_now(tmp_path):
    text, state = _draft(tmp_path, "05")
    assert state.by_id["transition_supply_owed"].value is True
    assert "transition_supply_owed" in _asserted(state)
    opening = text.split("In short:", 1)[1][:400]
    assert opening.lstrip().startswith("1. The plan's own terms give a new member a temporary 30-day supply")
    assert "I ask the plan to give me that temporary 30-day supply of Brexpiprazole (Rexulti) 2 mg tablets now" in text
    assert "Other terms of the plan bear on this claim" not in text  # quoted once, in its own block


def test_transition_terms_outside_part_d_or_unapplied_add_nothing(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    assert derived.transition_supply(case_of("set37", "05", **{"plan_policy.other_terms_apply": None}).data)[
        "holds"] is False
    assert derived.transition_supply(case_of("set37", "05", **{"claim.plan_type": "medicare_advantage"}).data)[
        "holds"] is False
    text, state = _draft(tmp_path, "05", **{"plan_policy.other_terms_apply": None})
    assert not state.by_id["transition_supply_owed"].value
    assert "that temporary 30-day supply" not in text
