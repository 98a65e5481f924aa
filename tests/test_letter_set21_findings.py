"""Set 21's findings (tests/resources/letter-review/set21): each fix tested on its structure, across the plan types
it reaches."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.letter import derived

TODAY = date(2026, 12, 5)


def reconsidered(opens: str | None) -> dict:
    return {"claim": {"plan_type": "tricare", "notice_date": "2026-09-10"},
            "decisions": [{"date": "2026-10-14", "outcome": "denied", "stage": "reconsideration", "opens": opens}],
            "external_review": {"final_denial_date": "2026-10-14"}}


@pytest.mark.parametrize("opens, asked", [
    ("formal review", "a formal review"), ("second reconsideration", "a second reconsideration"),
    ("Formal review by the Defense Health Agency", "a formal review"), (None, None), ("", None)])
def test_a_tricare_request_names_the_level_its_decision_opens(opens, asked):
    # case 01: "a second reconsideration or a formal review, as the reconsideration decision names it" although
    # the decision, recorded in decisions[].opens, named the formal review
    level = derived.next_level(reconsidered(opens), TODAY)
    if asked:
        assert (level["request"], level["title"]) == (asked, asked[2:])
    else:
        assert "second reconsideration or a formal review" in level["request"]


def test_another_plan_types_level_is_not_renamed_by_the_decisions_words():
    data = {**reconsidered("formal review"), "claim": {"plan_type": "fehb"}}
    assert "formal review" not in derived.next_level(data, TODAY)["request"]


@pytest.mark.parametrize("address, printed", [
    ("Defense Health Agency, Appeals Division\n16401 East Loop, Suite 9\nAurora, CO 80011",
     "16401 East Loop, Suite 9\nAurora, CO 80011"),
    ("DEFENSE HEALTH AGENCY, APPEALS DIVISION\nAurora, CO 80011", "Aurora, CO 80011"),
    ("Attn: Formal Reviews\nAurora, CO 80011", "Attn: Formal Reviews\nAurora, CO 80011")])
def test_a_next_level_address_does_not_print_its_agency_twice(address, printed):
    # case 01: the agency's name, itself with commas, printed again as the address's first line
    data = {"external_review": {"agency": "Defense Health Agency, Appeals Division", "address": address}}
    assert derived.appeals_address_under_name(data, "external_review.agency", "external_review.address") == printed


def test_samples_of_the_drug_asked_for_are_not_a_step_it_took():
    from appeal_kit.letter import arguments

    # case 04: "Lurasidone (samples)" paid by the clinic's samples, listed beside the step drug paid by another plan
    assert arguments.same_treatment({"drug": "Lurasidone (samples)"}, "Lurasidone 60 mg daily")
    assert not arguments.same_treatment({"drug": "Quetiapine XR"}, "Lurasidone 60 mg daily")
    assert not arguments.same_treatment({"drug": "Lumateperone"}, "Lurasidone 60 mg daily")


@pytest.mark.parametrize("plan_type", ["medicare_part_d", "employer_erisa", "medicaid"])
def test_a_trial_paid_outside_is_the_steps_the_drug_asked_for_aside(tmp_path, plan_type):
    from conftest import TRD_SAMPLE, sample_variant

    from appeal_kit.letter import render

    history = [{"drug": "Quetiapine XR", "dose": "300 mg", "start": "2024-01", "end": "2024-03",
                "outcome": "stopped for syncope", "paid_outside": "a previous plan"},
               {"drug": "Lurasidone (samples)", "dose": "60 mg", "start": "2026-08", "ongoing": True,
                "outcome": "improving", "paid_outside": "manufacturer samples"}]
    case = sample_variant(TRD_SAMPLE, **{"claim.plan_type": plan_type, "treatment.name": "Lurasidone 60 mg daily",
                                          "clinical.history": history})
    ctx = render.build_context(case, render.find_template("medical-necessity"), today=TODAY)
    assert [r["drug"] for r in ctx["outside"]] == ["Quetiapine XR"]
