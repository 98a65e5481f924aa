"""Set 25's findings (tests/resources/letter-review/set25): each fix tested on its structure, with the cases that
must stay as they were."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_letter_set12_findings import case12

from appeal_kit.letter import derived, render

SET25 = Path(__file__).resolve().parent / "resources" / "letter-review" / "set25"
TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("applied_unit, said", [
    ("behavioral health visits", "behavioral health visits"),  # case 04: the denial counted group sessions too
    (None, "individual psychotherapy visits")])  # no other unit given: the terms' own
def test_the_limit_the_denial_applied_is_said_in_what_it_counted(applied_unit, said):
    case = case12("04", where=SET25, **{"plan_policy.limit.applied_unit": applied_unit})
    assert derived.benefit_limit(case.data)["applied_unit"] == (applied_unit or "")
    ctx = render.build_context(case, render.find_template(case.data.get("template") or "medical-necessity"),
                               today=TODAY, clinic=None)
    text = " ".join(p for a in ctx["arguments"] for p in a["paragraphs"])
    assert f"The denial applied a limit of 30 {said}." in text
    # where the two differ, the letter says the terms limit their own unit only
    assert ("The terms limit individual psychotherapy visits only" in text) is (applied_unit is not None)


# ------------------------------------------------------- 03: urgently needed care away from home, not a network gap

TRIP = {"urgently_needed.care": True,
        "urgently_needed.away": {"from": "2026-09-10", "to": "2026-09-24", "where": "Tucson, Arizona",
                                 "proof": "other/travel-itinerary-2026.txt"},
        "urgently_needed.service_area": "Lane, Linn and Benton Counties, Oregon",
        "urgently_needed.why": "a sudden severe worsening of his depression after his brother's death",
        "urgently_needed.file": "clinical/urgent-care-evaluation-2026-09-14.txt",
        "urgently_needed.cost_share": "$45 per visit",
        "urgently_needed.plan_advised": {"date": "2026-09-14", "who": "the plan's 24/7 nurse line",
                                         "reference": "NL-26-0914-08817",
                                         "said": "told me that he should be seen the same day"}}


def _context(case):
    return render.build_context(case, render.find_template("medical-necessity"), today=TODAY, clinic=None)


def _said(ctx) -> set[str]:
    return {fact_id for fact_id, _ in ctx["facts"].asserted}


def test_care_urgently_needed_on_a_trip_answers_the_network_and_the_authorization_as_such():
    case = case12("03", where=SET25, **TRIP)
    from appeal_kit.letter import arguments

    assert arguments.denial_reasons(case.data) == ["urgently_needed"]
    ctx = _context(case)
    names = [a["name"] for a in ctx["arguments"]]
    assert "urgently_needed" in names and not {"out_of_network", "prior_authorization"} & set(names)
    assert {"away_from_area", "care_while_away", "service_area", "urgent_why", "plan_advised",
            "urgent_cost_share"} <= _said(ctx)
    block = " ".join(next(a for a in ctx["arguments"] if a["name"] == "urgently_needed")["paragraphs"])
    # Medicare Advantage's own rule, cited; the call recorded in the call log by its reference is pointed to there
    assert "422.113(b)(1)(iii)" in block and "422.113(b)(2)" in block
    labels = {e["title"]: e["label"] for e in ctx["exhibits"]}
    assert ctx["enclosed"]["plan_advised"] == f"Exhibit {labels['Insurance call log']}"
    # what was paid at the visits comes back, less the plan's cost sharing
    assert ctx["member_paid"]["amount"] == "$730.00" and ctx["member_paid"]["where"].startswith("Exhibit ")
    # without the field, the same case is the network and authorization answer it was
    assert "urgently_needed" not in arguments.denial_reasons(case12("03", where=SET25).data)


def test_care_outside_the_time_away_is_never_said_to_fall_within_it():
    from appeal_kit import checks

    case = case12("03", where=SET25, **{**TRIP, "urgently_needed.away": {
        "from": "2026-09-15", "to": "2026-09-24", "where": "Tucson, Arizona"}})
    assert derived.time_away(case.data)["within"] is False
    assert "care_while_away" not in _said(_context(case))
    assert "urgently_needed.away" in [f.field for f in checks._denial_fit_findings(case)]


def test_the_medicare_advantage_rule_is_cited_for_no_other_plan_type():
    case = case12("03", where=SET25, **{**TRIP, "claim.plan_type": "employer_erisa"})
    ctx = _context(case)
    block = " ".join(next(a for a in ctx["arguments"] if a["name"] == "urgently_needed")["paragraphs"])
    assert "422.113" not in block and "CFR" not in block
    assert "apply its terms for urgently needed care" in block


def test_check_points_a_denial_that_names_urgently_needed_care_to_the_field():
    from appeal_kit import checks

    bare = case12("03", where=SET25)
    assert "urgently_needed.care" in [f.field for f in checks._denial_fit_findings(bare)]
    assert "urgently_needed.care" not in [f.field for f in checks._denial_fit_findings(case12("03", where=SET25,
                                                                                                **TRIP))]


@pytest.mark.parametrize("emergency, warnings", [(False, 1), (True, 1)])
def test_a_letter_that_does_not_fit_urgently_needed_or_emergency_care_is_warned_of_once(emergency, warnings):
    from appeal_kit import checks

    case = case12("03", where=SET25, **TRIP, template="out-of-network-gap-exception",
                  **({"emergency.care": True} if emergency else {}))
    found = [f for f in checks._emergency_findings(case, ["out_of_network"]) if f.field == "template"]
    assert len(found) == warnings


# ---------------------------------------------------------------- 04: the plan's own count, by kind, against the terms

COUNT = {"plan_policy.limit.counted": [{"what": "individual psychotherapy visits", "count": 22},
                                       {"what": "group psychotherapy sessions", "count": 8, "limited": False}],
         "plan_policy.limit.counted_file": "other/member-portal-visit-counter-2026-10-23.txt"}


@pytest.mark.parametrize("counted, uncounted, toward", [
    (COUNT, ["group psychotherapy sessions"], 22),
    ({**COUNT, "plan_policy.limit.counted": [{"what": "individual psychotherapy visits", "count": 30}]}, [], 30),
    ({}, [], 0)])
def test_the_plans_count_is_said_by_kind_with_what_the_terms_leave_out(counted, uncounted, toward):
    case = case12("04", where=SET25, **counted)
    limit = derived.benefit_limit(case.data)
    assert limit["uncounted"] == uncounted and limit["counted_limited"] == toward
    ctx = _context(case)
    assert ("limit_counted" in _said(ctx)) is bool(counted)
    assert bool(ctx["limit"]["counted_where"]) is bool(counted)
    block = " ".join(next(a for a in ctx["arguments"] if a["name"] == "benefit_limit")["paragraphs"])
    # the request to correct the count only where it holds kinds the terms do not count
    assert ("correct its count" in block) is bool(uncounted)


# ------------------------------------------- 02, 03, 05, 07: other terms quoted, then applied in the person's own words

@pytest.mark.parametrize("apply", ["The place of service code was the only ground, and the brochure pays for video "
                                   "visits at the benefit level of the same care in the office.", None])
def test_other_terms_are_followed_by_how_they_apply_when_the_case_says(apply):
    case = case12("02", where=SET25, **{"plan_policy.other_terms_apply": apply})
    ctx = _context(case)
    said = " ".join(p for a in ctx["arguments"] for p in a["paragraphs"])
    if apply:
        # the terms' exhibit is given with their quote, never again as the proof of the case's facts the sentence
        # states (letters set 74, case 07)
        assert ctx["other_terms_applied"] == apply
        assert f"({ctx['enclosed']['other_terms']}): “" in said
        assert ctx["other_terms_applied"] in said and "Please address them" not in said
    else:
        assert ctx["other_terms_applied"] == "" and "Please address them in the decision." in said


# ------------------------------------------------ 02: a coding denial answered with the place of service billed

LINES = [{"date": d, "place_of_service": 10, "code": "90837", "modifiers": [95], "charge": 175}
         for d in ("2026-07-07", "2026-07-14")] + [
         {"date": "2026-09-08", "place_of_service": 11, "code": "90837-GT", "charge": 175}]  # a date not appealed


def test_the_place_of_service_and_modifiers_billed_on_the_dates_appealed_are_said():
    case = case12("02", where=SET25, service_lines=LINES)
    assert derived.billed_as(case.data) == {"places": ["10"], "modifiers": ["95"], "units": []}
    # every line when the case lists no dates of service: the other date's place and modifier too
    assert derived.billed_as({"service_lines": LINES}) == {"places": ["10", "11"], "modifiers": ["95", "GT"],
                                                           "units": []}
    assert "billed_as" in _said(_context(case))
    assert "billed_as" not in _said(_context(case12("02", where=SET25)))
