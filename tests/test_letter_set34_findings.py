"""Set 34's findings (tests/resources/letter-review/set34-review.md), each fix tested on its structure."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.letter import arguments, derived

TODAY = date(2026, 12, 6)


def _context(number: str, **changes) -> dict:
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import render

    case = case_of("set34", number, **changes)
    return render.build_context(case, render.find_template(case.data.get("template") or "medical-necessity"),
                                today=TODAY, clinic=None)


def _said(number: str, tmp_path, **changes) -> dict[str, str]:
    """{fact id: where the letter said it} for the drafted letter."""
    from test_letter_set14_findings import case_of, draft

    _, state = draft(tmp_path, case_of("set34", number, **changes))
    return {fact_id: where for fact_id, where in state.asserted}


# ---------------- 01: a Medicare Advantage case whose rows are Medicare's rule never meets the plan's numbered one

def test_the_plans_numbered_criterion_is_not_matched_to_medicares_rows():
    from test_letter_set14_findings import case_of

    data = case_of("set34", "01").data
    assert derived.denied_criteria_met(data) == []
    # the same rows, with the denial naming the LCD's own criterion 2, are answered
    named = {**data, "claim": {**data["claim"], "denial_reason": "LCD L99950 criterion 2 is not met."}, "decisions": []}
    assert [c["number"] for c in derived.denied_criteria_met(named)] == ["2"]


# ---------------- 03, 07: a criteria table is titled with the policy only when its rows are the policy's

@pytest.mark.parametrize("number", ["03", "07"])
def test_rows_from_another_document_are_not_titled_with_the_policy(number):
    from test_letter_set14_findings import case_of

    data = case_of("set34", number).data
    assert derived.criteria_from_policy(data) is False
    # 03's rows are in the words of the brochure's own list that names the treatment (plan_policy.listed), so they
    # are titled with it (letters set 55, case 01); 07's come from no document the case names, and are titled by what
    # they are
    listed = data["plan_policy"].get("listed") or {}
    assert derived.criteria_policy(data) == (" ".join(listed["name"].split()) if number == "03" else "")


@pytest.mark.parametrize("criterion, number, own", [
    ("Inadequate response to two antidepressants", "", True),   # the quote holds the row's words
    ("Appendix C: a psychiatrist's evaluation", "", False),      # another document's row
    ("ST-PSY-07 (1): adult with major depressive disorder", "ST-PSY-07", True)])  # the row names the policy
def test_criteria_belong_to_the_quoted_policy_by_their_words_or_its_number(criterion, number, own):
    data = {"plan_policy": {"number": number, "quote": "Covered after an inadequate response to two "
                                                       "antidepressants from different classes."},
            "payer_criteria": [{"criterion": criterion, "how_met": "x", "met": True}]}
    assert derived.criteria_from_policy(data) is own


# ---------------- 01, 08: an intolerance is said as one, never "has not failed"

def test_an_intolerance_is_never_said_to_have_not_failed():
    row = {"drug": "Duloxetine", "dose": "60 mg daily", "start": "2025-03", "end": "2025-03", "weeks": 3,
           "adequate": False, "failed": False, "outcome": "Stopped after 3 weeks for ALT three times the upper "
                                                          "limit of normal; not tolerated"}
    assert "intolerance" in arguments._why_not_counted(row)
    assert arguments._why_not_counted({**row, "outcome": "Stopped after 3 weeks; no change"}) == "it has not failed"


# ---------------- 08: no parity argument for fibromyalgia; 07: none against a deleted exclusion

def test_no_parity_for_care_outside_mental_health(tmp_path):
    said = _said("08", tmp_path)
    assert "parity" not in " ".join(said.values()).lower()
    assert not _context("08")["applies"]("parity_nqtl")


def test_no_parity_against_an_exclusion_an_amendment_deleted(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, state = draft(tmp_path, case_of("set34", "07"))
    assert state.by_id["exclusion_superseded"].value is True
    assert "Mental health parity" not in text


def test_a_self_funded_government_plan_is_told_parity_unless_it_holds_an_election_out(tmp_path):
    from test_letter_set14_findings import case_of, draft

    # the same case with the exclusion still in force: parity is argued, with the plan's possible election out
    case = case_of("set34", "07")
    del case.data["plan_policy"]["exclusion"]["superseded"]
    text, state = draft(tmp_path, case)
    assert not state.by_id["exclusion_superseded"].value
    assert "Unless the plan holds an election out of the federal parity rules that is still in force, they apply to " \
           "it." in text
    # an insured government plan holds no such election
    case.data["claim"]["funding"] = "insured"
    text, _ = draft(tmp_path, case)
    assert "election out of the federal parity rules" not in text and "Mental health parity" in text


# ---------------- 05: a formulary exception's letter prints the plan's other terms

def test_a_formulary_exception_carries_the_plans_other_terms(tmp_path):
    said = _said("05", tmp_path)
    # a Part D plan's transition terms, applied to this new member, are quoted in their own block (set 37, case 05)
    assert said.get("other_terms_quoted") == "The temporary supply owed to a new member"
    blocks = arguments.load_blocks()
    for name in ("formulary_exception", "tiering_exception"):
        assert "exclusion_routes" in blocks[name]["include"]


# ---------------- 01: pages given as a list; 02: why the plan held a request, with one "for"

@pytest.mark.parametrize("pages, said", [([1, 2], "1-2"), ([2, 3, 4], "2-4"), ([1, 3], "1, 3"), ("2", "2"),
                                         ("2-3", "2-3")])
def test_pages_given_as_a_list_read_as_a_range(pages, said):
    from appeal_kit.letter import render

    assert render._page_text(pages) == said


@pytest.mark.parametrize("held", ["clinical records, faxed the same day", "for clinical records, faxed the same day"])
def test_why_a_request_was_held_is_said_with_one_for(held):
    context = _context("02", **{"prior_auth.pended_for": held})
    assert context["prior_auth"]["pended_for"] == "clinical records, faxed the same day"


# ---------------- 03, 05: what the member paid for care already given is asked back in the request

@pytest.mark.parametrize("number", ["03", "05"])
def test_what_the_member_paid_is_asked_back(tmp_path, number):
    from test_letter_set14_findings import case_of, draft

    text, state = draft(tmp_path, case_of("set34", number))
    assert "member_paid" in {fact_id for fact_id, _ in state.asserted}
    assert f"to reimburse its share of the {state.by_id['member_paid'].says.split(' was paid')[0]} paid for it" in text
    # no expenses recorded: nothing asked back
    _, state = draft(tmp_path, case_of("set34", number, expenses=None))
    assert "member_paid" not in {fact_id for fact_id, _ in state.asserted}
