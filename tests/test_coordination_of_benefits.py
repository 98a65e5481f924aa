"""A denial because the plan thinks other coverage pays first (CARC 22, coordination of benefits) is answered with
the order of benefits and the dates the other coverage ran, never with the care (set 15, case 05: the letter quoted
the plan's order-of-benefits rule and never applied it, led with an approval "overlooked" and counted drug trials).
One case per kind, across template x plan type; the true letter passes."""
from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import TRD_SAMPLE, following_templates, sample_variant, trd_letter

from appeal_kit.intake import codes
from appeal_kit.letter import arguments, derived

TRD = TRD_SAMPLE
TODAY = date(2026, 11, 26)
FOLLOWING = following_templates()
PLANS = ["employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicaid", "fehb", "church",
         "unknown"]

# the care: September 8-17, 2026 (the sample); the other plan's coverage ran out at the end of August
COB = {"claim.denial_category": "coordination_of_benefits", "claim.carc_codes": ["CO-22"],
       "claim.denial_reason": "CO-22: This care may be covered by another payer. Our records show other group "
                              "coverage (Acme Tools Group Plan). Send the primary payer's explanation of benefits.",
       "plan_policy.name": "Benefit booklet, section 11 (Other coverage)",
       "plan_policy.quote": "If you have two plans, the plan covering you as an employee is primary and pays before "
                            "the plan covering you as a dependent. We coordinate only with other coverage in effect "
                            "on the date of service.",
       "payer_criteria": None}
OTHER = {"plan": "the Acme Tools Group Plan", "member_is": "dependent (my wife's plan)",
         "covered_here_as": "subscriber", "ended": "2026-08-31", "reported": "2026-09-20",
         "proof": ["clinical/progress-notes.pdf"]}
TRIALS = re.compile(r"failed \w+ adequate|adequate (?:treatment |antidepressant |medication )?trials?|"
                    r"six weeks or more")
MEDICARE_RULE = "42 CFR 411.204(a)"  # the sample's patient is 40: Medicare by disability


def text(tmp_path, template, **changes) -> str:
    return trd_letter(tmp_path, template, TODAY, **changes)


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", FOLLOWING)
def test_other_coverage_that_ended_before_the_care_is_answered_with_its_dates_and_the_plans_own_order(
        tmp_path, template, plan_type):
    letter = text(tmp_path, template, **COB, **{"claim.plan_type": plan_type}, other_coverage=OTHER)
    assert re.search(r"The Acme Tools Group Plan ended on August 31, 2026, before the first date of service, "
                     r"September 8, 2026 \(Exhibit [A-Z]\)\. It was not in force on any date of this care", letter), \
        template
    assert "correct its coordination-of-benefits record to show that the Acme Tools Group Plan ended" in letter
    # what the plan was told, and when, without saying who told it (the case holds only the day: set 21, case 01)
    assert "was told on September 20, 2026 that the Acme Tools Group Plan had ended" in letter, template
    assert not TRIALS.search(letter), template
    assert not re.search(r"retroactive|peer-to-peer|overlooks the plan's own approval|Please identify the provision",
                         letter), template
    # Medicare's secondary-payer rule only for Original Medicare and Medicare Advantage
    assert (MEDICARE_RULE in letter) is (plan_type in ("medicare", "medicare_advantage")), template


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "expedited-appeal"])
def test_the_order_of_benefits_is_applied_only_to_what_the_case_and_the_quoted_terms_hold(tmp_path, template):
    base = {**COB, "claim.plan_type": "employer_erisa"}
    # the other coverage still ran on the first date of service: no sentence says it had ended, the plan's
    # subscriber rule makes this plan primary instead
    running = text(tmp_path, template, **base, other_coverage={**OTHER, "ended": "2026-09-08"})
    assert "ended on" not in running and "It was not in force" not in running
    # the quoted terms state that rule: applied in their name, not restated beside them (letters set 62, case 08)
    assert re.search(r"Under those terms, the plan pays first: it covers me as subscriber, and the Acme Tools Group "
                     r"Plan covered me as a dependent", running)
    assert "under its own order-of-benefits rule: the plan that covers" not in running
    # terms that do not state that rule: it is never said to be the plan's
    bare = {**base, "plan_policy.quote": "We coordinate benefits with other coverage as the law allows."}
    unruled = text(tmp_path, template, **bare, other_coverage={**OTHER, "ended": "2026-09-08"})
    assert "order-of-benefits rule" not in unruled and "subscriber" not in unruled
    assert "Please show the record on which" in unruled
    # the patient covered as a dependent here too: the rule does not make this plan primary
    both = text(tmp_path, template, **base, other_coverage={**OTHER, "ended": None, "covered_here_as": "dependent"})
    assert "order-of-benefits rule" not in both


def test_medicares_secondary_payer_rule_is_cited_only_where_its_condition_fails_on_the_cases_dates(tmp_path):
    case = {**COB, "claim.plan_type": "medicare_advantage", "plan_policy.quote": None, "plan_policy.name": None}
    # the sample's patient is 40: Medicare by disability, whose rule is 411.204(a); at 76, the aged rule, 411.170(a)
    # (letters set 58, case 06: the disability rule cited for a man of 71)
    ended = text(tmp_path, "medical-necessity", **case, other_coverage=OTHER)
    assert re.search(r"Medicare pays after a group health plan only for services furnished while the beneficiary is "
                     r"covered by that plan through current employment \(42 CFR 411\.204\(a\)\)", ended)
    aged = text(tmp_path, "medical-necessity", **case, other_coverage=OTHER, **{"patient.date_of_birth": "1950-03-02"})
    assert "(42 CFR 411.170(a))" in aged and "411.204" not in aged
    running = text(tmp_path, "medical-necessity", **case, other_coverage={**OTHER, "ended": "2026-12-31"})
    assert "411.170" not in running


def test_check_asks_for_the_other_coverage_when_the_category_is_given():
    case = sample_variant(TRD, **COB).data
    assert arguments.denial_reasons(case) == ["coordination_of_benefits"]
    asked = " ".join(arguments.unanswered(case))
    assert "other_coverage.plan" in asked and "other_coverage.ended" in asked and "other_coverage.proof" in asked
    filled = " ".join(arguments.unanswered(sample_variant(TRD, **COB, other_coverage=OTHER).data))
    assert "other_coverage" not in filled
    # how each plan covers the patient answers without an end date, and the other way round
    dated = " ".join(arguments.unanswered(sample_variant(TRD, **COB, other_coverage={**OTHER, "member_is": None})
                                          .data))
    assert "other_coverage.member_is" not in dated


def test_check_names_an_empty_field_the_argument_needs_once(tmp_path):
    # issue 18: an empty other_coverage.ended was warned of by the argument that needs it and again as a fact the
    # letter leaves out; the argument's warning, which says why, is the one kept
    from appeal_kit import checks

    case = sample_variant(TRD, **COB, other_coverage={**OTHER, "ended": None, "member_is": None})
    found = checks._argument_findings(case, (), TODAY) + checks._fact_findings(case, (), TODAY)
    for field in ("other_coverage.ended", "other_coverage.member_is"):
        named = [f for f in found if f.field == field or f.message.startswith(field + " ")]
        assert len(named) == 1 and named[0].field == "claim.denial_category", field
    # a fact left out that no argument needs is still named
    assert [f for f in checks._fact_findings(sample_variant(TRD, **COB, other_coverage={**OTHER, "reported": None}),
                                             (), TODAY) if f.field == "other_coverage.reported"]


def test_carc_22_and_the_denials_own_words_name_coordination_of_benefits():
    assert codes.carc_category("CO-22") == "coordination_of_benefits"
    words = "Our records show other coverage is primary for this member."
    assert arguments.denial_reasons({"claim": {"denial_category": "other", "denial_reason": words}}) == \
        ["coordination_of_benefits"]
    # `other` listed alone (there was no category for it) yields to the words; a real list is kept
    assert arguments.denial_reasons({"claim": {"denial_reasons": ["other"], "denial_reason": words}}) == \
        ["coordination_of_benefits"]
    assert arguments.denial_reasons({"claim": {"denial_reasons": ["other"], "denial_reason": "Denied."}}) == ["other"]


@pytest.mark.parametrize(("covered", "member_is", "here", "primary"), [
    ("the employee pays before the plan covering the person as a dependent", "dependent", "subscriber", True),
    ("the employee pays before the plan covering the person as a dependent", "spouse", "employee", True),
    ("the employee pays before the plan covering the person as a dependent", "subscriber", "subscriber", False),
    ("the employee pays before the plan covering the person as a dependent", None, "subscriber", None),
    ("The birthday rule decides for children.", "dependent", "subscriber", None)])
def test_the_plans_subscriber_rule_is_read_from_its_own_words(covered, member_is, here, primary):
    case = {"plan_policy": {"quote": f"The plan covering {covered}."},
            "other_coverage": {"member_is": member_is, "covered_here_as": here}}
    assert derived.other_coverage(case)["primary_here"] is primary


@pytest.mark.parametrize("template", ["esketamine-step-therapy", "experimental-investigational",
                                      "out-of-network-gap-exception", "retro-authorization"])
def test_check_warns_when_a_template_argues_the_care_for_a_denial_about_the_coverage(template):
    from appeal_kit import checks

    case = sample_variant(TRD, **COB, other_coverage=OTHER, template=template)
    warned = [f.message for f in checks._template_findings(case, ()) if f.field == "template"]
    assert warned and "draft with medical-necessity" in warned[0] and "coordination of benefits" in warned[0]
    assert not [f for f in checks._template_findings(sample_variant(TRD, template=template), ())
                if f.field == "template" and "draft with medical-necessity" in f.message]


def test_check_says_a_field_written_in_words_it_cannot_read_is_there_not_missing():
    # set 19's writer: how the other coverage covers the patient written in the writer's own words ("entitled to
    # Medicare Part A by age") was reported "not in case.yaml"; it is there, in a form the letter cannot read
    from appeal_kit import checks

    case = sample_variant(TRD, **COB, other_coverage={**OTHER, "ended": None,
                                                      "member_is": "entitled to Medicare Part A by age"})
    named = [f for f in checks._fact_findings(case, (), TODAY) if f.field == "other_coverage.member_is"]
    assert len(named) == 1
    assert "not in case.yaml" not in named[0].message and "is in case.yaml" in named[0].message
    blank = sample_variant(TRD, **COB, other_coverage={**OTHER, "reported": None})
    assert [f.message for f in checks._fact_findings(blank, (), TODAY)
            if f.field == "other_coverage.reported"][0].startswith("not in case.yaml")


def test_what_the_plan_was_told_follows_the_days_the_case_holds():
    from appeal_kit.letter import derived

    def cob(reported, notice="2026-09-10"):
        return derived.other_coverage({"claim": {"service_dates": ["2026-09-08"], "notice_date": notice},
                                       "other_coverage": {**OTHER, "reported": reported}})
    told = cob("2026-09-20")
    assert told["reported_end"] is True and told["reported_late"] is True  # after the end, after the first decision
    early = cob("2026-08-01")  # before the coverage ended: the plan was told of the coverage, not of its end
    assert early["reported_end"] is False and early["reported_late"] is False


def test_no_end_date_is_asked_when_this_plan_covers_the_person_as_its_subscriber():
    # letters set 60, case 05: a student's own plan and her father's, which covers her as a dependent and goes on; the
    # order of benefits decides, so "when the other coverage ended" is no question to ask
    from appeal_kit import checks

    running = sample_variant(TRD, **COB, other_coverage={**OTHER, "ended": None})
    asked = checks._argument_findings(running, (), TODAY) + checks._fact_findings(running, (), TODAY)
    assert not [f for f in asked if "other_coverage.ended" in (f.field, f.message.split(" ")[0])]
    both = sample_variant(TRD, **COB, other_coverage={**OTHER, "ended": None, "covered_here_as": "dependent"})
    asked = checks._fact_findings(both, (), TODAY) + checks._argument_findings(both, (), TODAY)
    assert [f for f in asked if "other_coverage.ended" in f.message]
