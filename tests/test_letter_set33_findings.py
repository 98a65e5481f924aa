"""Set 33's findings (tests/resources/letter-review/set33-review.md), each fix tested on its structure."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.letter import arguments, derived, facts

TODAY = date(2026, 12, 6)


def _context(number: str) -> dict:
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import render

    case = case_of("set33", number)
    return render.build_context(case, render.find_template(case.data.get("template") or "medical-necessity"),
                                today=TODAY, clinic=None)

# ------------- 05: a decision that measured the care against a higher minimum than its criteria set

IOP = {"claim": {"plan_type": "medicare", "denial_reason": "Not reasonable and necessary."},
       "decisions": [{"date": "2026-10-30", "outcome": "denied", "stage": "QIC reconsideration",
                      "reason": "The beneficiary attended about 12 hours per week. The documentation does not show at "
                                "least 20 hours of therapeutic services per week."}],
       "payer_criteria": [
           {"criterion": "A physician certifies a need for a minimum of 9 hours per week", "how_met": "Signed 08/03",
            "met": True, "evidence": {"file": "clinical/cert.txt", "page": 1}},
           {"criterion": "A written plan of treatment", "how_met": "Plan of 08/03", "met": True},
           {"criterion": "At least 9 hours of services per week", "how_met": "12 hours a week, every week",
            "met": True, "evidence": {"file": "clinical/hours.txt", "page": 1}}]}


def _with(reason: str | None = None, **rows) -> dict:
    data = {**IOP, "decisions": [{**IOP["decisions"][0], "reason": reason or IOP["decisions"][0]["reason"]}],
            "payer_criteria": [dict(r) for r in IOP["payer_criteria"]]}
    for index, changes in rows.items():
        data["payer_criteria"][int(index[1:])].update(changes)
    return data


def test_the_decisions_higher_minimum_is_set_against_the_criteria_and_its_own_count():
    found = derived.decision_minimum(IOP)
    assert (found["asked"], found["minimum"], found["given"]) == (20, 9, 12)
    assert (found["unit"], found["period"], found["rows"]) == ("hour", "week", [0, 2])
    assert found["given_text"] == "about 12 hours per week" and found["given_row"] is None


def test_without_the_decisions_own_count_the_amount_comes_from_a_criterions_record():
    found = derived.decision_minimum(_with("The documentation does not show at least 20 hours of services per week."))
    assert found["given"] == 12 and found["given_row"] == 2 and not found["given_text"]


@pytest.mark.parametrize("reason, rows", [
    # the criteria ask as much as the decision: no lower minimum to set against it
    ("The record does not show at least 9 hours per week.", {}),
    # another unit or period is no comparison
    ("The record does not show at least 20 visits per month.", {}),
    # a criterion the case marks unmet is no standard the care meets
    (None, {"r0": {"met": False}, "r2": {"met": False}}),
    # an amount given below the criteria's own minimum meets nothing
    ("Attendance was about 6 hours per week; at least 20 hours per week are required.",
     {"r2": {"how_met": "6 hours a week"}}),
])
def test_no_higher_minimum_is_claimed_where_the_case_does_not_show_one(reason, rows):
    assert derived.decision_minimum(_with(reason, **rows)) == {}


def test_the_fact_names_the_three_amounts_and_their_sources():
    fact = facts.compute(IOP, letter_day=TODAY, trials=arguments.trial_summary([]))["decision_minimum_met"]
    assert fact.value is True
    assert str(fact.says) == ("The decision asks for at least 20 hours a week; the criteria set 9 hours a week, and "
                              "12 hours a week were given")
    assert fact.sources[:2] == ("decisions[].reason", "payer_criteria rows 1 and 3.criterion")


def test_the_set33_iop_letter_answers_the_higher_minimum_and_quotes_medicares_rule(tmp_path):
    from test_letter_set14_findings import case_of, draft

    _, state = draft(tmp_path, case_of("set33", "05"))
    said = {fact_id: where for fact_id, where in state.asserted}
    assert said["decision_minimum_met"] == "The decision asked for more than the criteria for this care require"
    # Medicare's own coverage article is quoted once, in that section
    assert [w for f, w in state.asserted if f == "medicare_rule_quoted"] == [said["decision_minimum_met"]]


# ----------------- 02, 05, 08: no level-of-care section that only names the question

@pytest.mark.parametrize("number", ["02", "05", "08"])
def test_no_section_only_names_the_level_of_care_as_the_question(tmp_path, number):
    from test_letter_set14_findings import case_of, draft

    case = case_of("set33", number)
    text, state = draft(tmp_path, case)
    headings = ("Why an intensive outpatient program", "Why residential treatment", "Why a partial hospitalization program")
    if any(h in text for h in headings):
        # the section is there only with something of the case's to say: the lower level answered in the case's words
        # or the plan of care at this level (set 44's review, cases 02 and 05)
        assert state.by_id["lower_level_answered"].value or state.by_id["care_plan"].value
        section = next(text.split(h, 1)[1] for h in headings if h in text)
        assert not section.lstrip().startswith("The question the denial raises is the level of care.")


# ------------- 02, 08: a criterion the corrections already showed points to that record, not told again

@pytest.mark.parametrize("number", ["02", "08"])
def test_a_criterion_the_corrections_showed_is_not_told_again(number):
    context = _context(number)
    (criterion,) = context["denied_met"]
    assert criterion["told"] is True
    assert criterion["where"] in {c["where"] for c in context["corrections"]}


# ------------------------------------------------ 01: each filing record named by what it is

def test_several_filing_records_are_each_named():
    context = _context("01")
    assert context["enclosed_many"]["filing_proof"] is True
    assert context["enclosed"]["filing_proof"].count("Exhibit ") == 3


# ------------------------------------------------ 03: the plan's quoted terms carry their exhibit

def test_the_plans_quoted_terms_carry_their_exhibit():
    context = _context("03")
    assert context["policy_at"] == f" ({context['enclosed']['plan_policy']})" and context["policy_at"].strip()
    for text in arguments.load_blocks().values():
        for item in arguments.block_texts(text):
            assert "“{{ plan_policy.quote|trim }}”" not in item or "policy_at" in item or \
                "enclosed.plan_policy" in item


# ------------------------------------------------ 05: a hearing before an ALJ is a judge's

def test_an_alj_hearing_is_asked_of_a_judge():
    from test_letter_set14_findings import case_of

    level = derived.next_level(case_of("set33", "05").data, TODAY)
    assert level["hearing"] is True
    assert derived.next_level(case_of("set33", "04").data, TODAY)["hearing"] is False
    assert derived.payer_short_name({"claim": {"plan_type": "medicare"}}) == "Medicare"


# ------------- 01: a claim closed for missing information and resubmitted with it keeps its first date

RESUBMIT = ("Claims must be filed within one year. A claim we deny or close for missing information, and that is "
            "resubmitted with that information, is reviewed against the date we first received it.")


@pytest.mark.parametrize("quote, answered, resent, kept", [
    (RESUBMIT, "2026-10-28", "2026-11-09", True),
    # sent again before what was asked for: not resubmitted with it
    (RESUBMIT, "2026-10-28", "2026-10-01", False),
    (RESUBMIT, "2026-10-28", None, None),
    # no such sentence: nothing to apply
    ("Claims must be filed within one year.", "2026-10-28", "2026-11-09", False)])
def test_a_claim_resubmitted_with_what_was_asked_keeps_its_first_date(quote, answered, resent, kept):
    rule = derived.filing_request_rule({"plan_policy": {"quote": quote}, "filing": {
        "asked": "2026-02-10", "answered": answered, "resent": resent, "returned": "2026-03-16"}})
    assert rule["kept"] is kept
    assert rule["resubmit"] is (quote == RESUBMIT)


# ------------- set 34, case 08: parity is argued only for mental health or substance use disorder care

@pytest.mark.parametrize("codes, mental", [(["M79.7"], False), (["M79.7", "F33.1"], True), ([], True),
                                           (["F10.20"], True)])
def test_parity_reaches_only_mental_health_care(codes, mental):
    from appeal_kit.rules import Citations

    data = {"claim": {"plan_type": "church", "diagnosis_codes": codes}}
    assert derived.mental_health_diagnosis(data) is mental
    citations = Citations("church", mental_health=derived.mental_health_diagnosis(data))
    assert citations.applies("parity_nqtl") is mental and citations.applies("parity_criteria") is mental
    # the rules that reach every claim are untouched
    assert citations.applies("independent_reviewer")
