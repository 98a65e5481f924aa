"""Set 24's findings (tests/resources/letter-review/set24): each fix tested on its structure, with the cases that
must stay as they were."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_letter_set12_findings import case12

from appeal_kit.letter import arguments, derived, render

SET24 = Path(__file__).resolve().parent / "resources" / "letter-review" / "set24"
TODAY = date(2026, 12, 5)


def context(case):
    template = render.find_template(case.data.get("template") or "medical-necessity")
    return render.build_context(case, template, today=TODAY, clinic=None)


def block_names(case) -> list[str]:
    return [a["name"] for a in context(case)["arguments"]]


# ------------------------------------------------ 03: Medicaid's own IMD exclusion is no limitation parity reaches

PLAN_MADE = "9.2(f) Residential treatment programs for members age 21 through 64, except as stated in Section 6.8."


@pytest.mark.parametrize("changes, parity", [
    ({}, False),  # the case as written: a Medicaid plan restating the statute's IMD exclusion
    ({"claim.plan_type": "chip"}, False),
    # an exclusion the plan chose: parity answers it
    ({"plan_policy.quote": PLAN_MADE, "claim.denial_reason": "Not covered under Member Handbook Section 9.2(f)."},
     True),
    ({"claim.plan_type": "employer_erisa"}, True)])  # no Medicaid statute behind an employer plan's words
def test_medicaid_s_statutory_imd_exclusion_gets_no_parity_paragraph(changes, parity):
    case = case12("03", where=SET24, **changes)
    assert derived.statutory_exclusion(case.data) is (not parity)
    assert ("parity" in block_names(case)) is parity


# ----------------------------------- 05: a lookback the terms count from another day, in the terms' own words

def test_a_lookback_counted_from_the_day_coverage_began_is_applied_from_that_day_in_the_terms_words():
    case = case12("05", where=SET24)
    started = derived.new_start(case.data)
    # the 07/24 fill came after coverage began on 07/19: only the four before it are within the 120 days
    assert started["since"] == "2026-07-19" and started["lookback"] == 120
    assert [d["date"] for d in started["within"]] == ["2026-03-31", "2026-04-29", "2026-05-28", "2026-06-26"]
    assert started["words"] == ("Step therapy does not apply to a drug for which you had a paid claim under any prior "
                                "health plan within the 120 days before your coverage with us began; send us proof "
                                "of that claim.")
    ctx = context(case)
    block = next(a for a in ctx["arguments"] if a["name"] == "not_new_start")
    said = " ".join([block["heading"], *block["paragraphs"]])
    assert f"“{started['words']}”" in said and "new start" not in said
    # without the day, the lookback counts back from the notice, and the block speaks of new starts as before
    plain = derived.new_start(case12("05", where=SET24, **{"plan_policy.step_lookback_from": None}).data)
    assert plain["since"] == str(case.data["claim"]["notice_date"]) and not plain["from_what"]


# -------------------- 08: a drug still taken on a partial response is counted with the failed ones, never as failed

FAILED = {"drug": "Escitalopram", "dose": "20 mg", "start": "2025-10-01", "end": "2026-01-10", "response": "none",
          "kind": "antidepressant"}
STILL = {"drug": "Venlafaxine XR", "dose": "225 mg", "start": "2026-01-13", "ongoing": True, "response": "partial",
         "end": "2026-11-26", "kind": "antidepressant", arguments.STILL_TAKEN: True}


@pytest.mark.parametrize("rows, counted, still", [
    ([FAILED, STILL], 2, True),  # case 08: one failed, one still taken: "which makes two ... without an adequate response"
    ([FAILED], 1, False)])
def test_the_count_of_trials_without_an_adequate_response_is_said_beside_the_failed_ones(rows, counted, still):
    trials = arguments.trial_summary(rows)
    assert trials["adequate_failed"] == 1 and trials["unresponsive_medication"] == counted
    said = trials["summary_phrase"]
    assert ("without an adequate response" in str(said)) is still
    # the rule the letter prints beside a count with the drug still taken in it says what those trials were, never
    # that it is left out of them (letters set 99, case 07); beside failed trials alone it is the rule for them
    assert (trials["rule"] == arguments.TRIALS_SENTENCE) is still
    assert (trials["rule"] == arguments.RULE_SENTENCE) is not still


# ------------------------------------------- 01: the plan's birthday rule applied to the parents' dates of birth

@pytest.mark.parametrize("here, other, first", [
    ("1983-03-09", "1981-06-22", True),  # case 01: March 9 before June 22, the years not counted
    ("1983-09-03", "1981-06-22", False),  # the plan's record, day and month swapped: the other plan first
    ("1983-06-22", "1979-06-22", None)])  # one birthday: the rule's tie-break decides, not this comparison
def test_the_birthday_rule_compares_the_parents_birthdays_by_month_and_day(here, other, first):
    case = case12("01", where=SET24, **{"other_coverage.parents.here.born": here,
                                        "other_coverage.parents.other.born": other})
    assert derived.other_coverage(case.data)["birthday_first"] is first
    ctx = context(case)
    assert ctx["facts"]["birthday_rule_primary"].value is first
    block = next(a for a in ctx["arguments"] if a["name"] == "coordination_of_benefits")
    asked = any("reprocess the claim as the primary payer" in p for p in block["paragraphs"])
    assert asked is (first is True)


def test_the_birthday_rule_is_applied_only_where_the_plan_s_terms_state_it():
    quote = "The plan that covers the person as an employee pays before the plan that covers the person as a dependent."
    case = case12("01", where=SET24, **{"plan_policy.quote": quote})
    assert derived.other_coverage(case.data)["birthday_first"] is None


# ------------------- 02, 06, 08: a completed course of psychotherapy beside drug trials is never called "failed"

CBT = {"drug": "Cognitive behavioral therapy", "sessions": 14, "start": "2025-10", "end": "2026-02",
       "kind": "psychotherapy", "adequate": True, "response": "partial"}


def test_a_course_of_psychotherapy_beside_drug_trials_is_said_by_what_it_brought():
    trials = arguments.trial_summary([FAILED, CBT])
    assert trials["adequate_failed"] == 2 and trials["courses"] == 1  # still counted where a criterion counts it
    # "has failed {short}" names the drug trial only; the summary names the course with its partial response
    assert trials["short"] == "one adequate antidepressant trial"
    assert str(trials["summary"]).startswith("one adequate antidepressant trial (escitalopram); a course of cognitive "
                                             "behavioral")
    assert "psychotherapy" not in trials["rule"]  # no definition of a failed course the letter does not apply
    alone = arguments.trial_summary([CBT])  # a course alone is the count itself, as before
    assert alone["short"] == "a course of cognitive behavioral therapy" and "psychotherapy" in alone["rule"]


@pytest.mark.parametrize("approved_on, before, first_day", [
    ("2026-10-05", False, True),  # case 03: approved on the day of admission, not "before the care began"
    ("2026-10-02", True, False),
    ("2026-10-08", False, False)])
def test_an_approval_given_the_day_care_began_is_said_so(approved_on, before, first_day):
    case = case12("03", where=SET24, **{"prior_auth.approved.date": approved_on})
    given = derived.approval(case.data)
    assert given is not None and given["before_care"] is before and given["on_first_day"] is first_day


def test_a_result_the_decision_found_is_not_a_figure_it_measured_against():
    # case 02: "a 21% reduction from baseline and does not meet criterion 3.2" found a result (from another patient's
    # score) and measured it against the criterion's own 25%: the letter never says the decision misread the criterion
    met = derived.denied_criteria_met(case12("02", where=SET24).data)
    assert [c["number"] for c in met] == ["3.2"] and met[0]["applied"] == ""
    # set 10, case 01's "less than 50%" against "at least 25%" is a figure the criterion does not contain
    set10 = case12("01", where=SET24.parent / "set10")
    assert [(c["applied"], c["asks"]) for c in derived.denied_criteria_met(set10.data)] == [("less than 50%",
                                                                                             "at least 25%")]
