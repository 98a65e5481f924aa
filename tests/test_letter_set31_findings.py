"""Set 31's findings (tests/resources/letter-review/set31): each fix tested on its structure."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.intake import deadlines
from appeal_kit.letter import derived

# -------- 03, 04: a decision typed by hand that opens a level past the plan's own appeal is the final internal denial

@pytest.mark.parametrize("opens, final", [("OPM review", date(2026, 10, 8)), ("QIC reconsideration", date(2026, 10, 8)),
                                          ("second-level internal appeal", None), ("", None)])
def test_a_decision_that_opens_the_next_level_is_the_final_internal_denial(opens, final):
    data = {"claim": {"plan_type": "fehb"},
            "decisions": [{"date": "2026-10-08", "outcome": "denied", "stage": "reconsideration", "opens": opens}]}
    assert deadlines.final_internal_denial(data) == final
    assert deadlines.at_next_level(data) is (final is not None)


# ---------------------- 07: the plan's own sentence accepting trials outside its claims is quoted beside them

@pytest.mark.parametrize("quote, said", [
    ("Trials may be shown by pharmacy claims under this plan or a prior plan, or by chart notes with drug, dose and "
     "dates.", "Trials may be shown by pharmacy claims under this plan or a prior plan, or by chart notes with drug, "
               "dose and dates."),
    ("A trial paid by another plan or documented in the medical record counts.",
     "A trial paid by another plan or documented in the medical record counts."),
    ("Esketamine is approved after two antidepressants.", "")])
def test_the_terms_accepting_trials_outside_the_plan_are_found(quote, said):
    assert derived.outside_trials_accepted({"plan_policy": {"quote": quote}}) == said


def test_trials_paid_outside_the_plan_are_shown_with_the_terms_that_accept_them(tmp_path):
    from test_letter_set14_findings import case_of, draft

    case = case_of("set31", "07")
    for row in case.data["clinical"]["history"]:
        if str(row.get("drug")).startswith("Lithium"):
            row["paid_outside"] = "his former employer plan"
    text, _ = draft(tmp_path, case)
    assert "accept them in these words: “Trials may be shown by pharmacy claims under this plan or a prior plan, or " \
           "by chart notes with drug, dose and dates.”" in text


@pytest.mark.parametrize("number, level", [("03", "Request for review by the Office of Personnel Management"),
                                           ("04", "Request for reconsideration by a Qualified Independent Contractor")])
def test_a_case_past_its_plans_own_appeal_is_answered_at_the_next_level(tmp_path, number, level):
    from test_letter_set14_findings import case_of, draft

    from appeal_kit.letter import render

    case = case_of("set31", number)
    template, note = render.template_for_case(case)
    assert template.name == "external-review-request" and note
    case.data["template"] = template.name
    text, _ = draft(tmp_path, case)
    assert level in text
    assert "Request for redetermination" not in text and "405.950" not in text


# ----------------- 04, 05: the hospital or practice appealing its own claim writes for itself, as a party

@pytest.mark.parametrize("number, opening", [
    ("04", "For Lakeshore General Hospital, Behavioral Health Unit (distinct-part psychiatric unit, CCN 52S041), the "
           "provider of this care, I request reconsideration"),
    ("05", "As the provider of this care, I am writing to appeal")])
def test_a_provider_appealing_its_own_claim_writes_as_a_party(tmp_path, number, opening):
    from test_letter_set14_findings import case_of, draft

    from appeal_kit import checks

    case = case_of("set31", number, **{"author.relation": "provider"})
    if number == "04":
        case.data["template"] = "external-review-request"
    text, _ = draft(tmp_path, case)
    assert opening in text
    assert "On behalf of" not in text and "authorized representative" not in text
    assert "author.authorization" not in [f.field for f in checks._letter_findings(case, (), date(2026, 12, 6))]
    # Original Medicare's rules make the provider a party; under any other plan its own claim appeal follows the
    # plan's provider terms, not the member-appeal rules
    assert ("CFR" in text) is (number == "04")
    if number == "05":
        assert "please explain what further review is available" in text and "ask the state" not in text
