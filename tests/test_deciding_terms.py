"""The plan's deciding term applied, not only quoted (letters set 19: both reviewers' first finding). A letter cannot
read free text, so each kind has a structured fact the case gives, which the letter applies in its own sentence with
its source, and which `check` asks for when the quote is there and the fact is not:
- an exclusion that later plan terms replaced before the dates of care (plan_policy.exclusion.superseded);
- Medicare second to current employment (other_coverage.current_employment, .employees);
- a notice rule in business days, counted without federal holidays, and the plan's stated consequence of a missed
  notice (prior_auth.notice_rule, prior_auth.missed_notice).
One case per kind, across template x plan type where it matters."""
from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import TRD_SAMPLE, following_templates, rendered_text, sample_variant

from appeal_kit.letter import derived

TRD = TRD_SAMPLE
TODAY = date(2026, 11, 26)
FOLLOWING = following_templates()


def text(tmp_path, template, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(TRD, **changes), template, TODAY)


# -- an exclusion later terms replaced ------------------------------------------------------------------------------
# the care: September 8-17, 2026 (the sample); the exclusion names it, the next plan year's terms cover it
EXCLUDED = {"claim.denial_category": "not_covered", "payer_criteria": None,
            "claim.denial_reason": "Ketamine infusions are not a covered benefit under your plan (benefit grid, "
                                   "section 4).",
            "plan_policy.name": "Benefit grid, 2025 edition, section 4",
            "plan_policy.quote": "4.6 Ketamine infusions for any mental health condition are not covered."}
LATER = {"by": "the 2026 member handbook, section 7.3", "from": "2026-01-01",
         "quote": "Covered outpatient mental health services include ketamine infusions, with prior authorization.",
         "file": "clinical/progress-notes.pdf"}
STATE_PLAN = {"name": "the state's Medicaid bulletin 25-41", "file": "clinical/progress-notes.pdf"}
SCOPE_RULE = "42 CFR 438.210(a)(2)"


@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "medicaid", "chip", "unknown"])
@pytest.mark.parametrize("template", FOLLOWING)
def test_an_exclusion_later_terms_replaced_is_answered_with_those_terms_as_the_governing_ones(
        tmp_path, template, plan_type):
    superseded = {**LATER, "state_plan": STATE_PLAN}
    letter = text(tmp_path, template, **EXCLUDED, **{"claim.plan_type": plan_type},
                  **{"plan_policy.exclusion": {"name": "Benefit grid section 4.6", "superseded": superseded}})
    assert re.search(r"That is not the term in force for this care\. The 2026 member handbook, section 7\.3 "
                     r"\(Exhibit [A-Z]\) replaced it from January 1, 2026, and every date of service falls on or "
                     r"after that date, so those later terms govern it\. They read: “Covered outpatient mental health "
                     r"services include ketamine infusions", letter), template
    assert "does not dispute what it says" not in letter and "together with the exclusion" not in letter
    assert "Please withdraw that ground of the denial and decide the claim under the terms in force for it" in letter
    # the scope rule only for Medicaid managed care, and only with the state's own notice that its plan covers it
    assert (SCOPE_RULE in letter) is (plan_type == "medicaid"), template
    assert ("The state's Medicaid bulletin 25-41 (Exhibit" in letter) is True


@pytest.mark.parametrize("template", FOLLOWING)
def test_later_terms_held_in_other_terms_too_are_quoted_once(tmp_path, template):
    """The same handbook words in plan_policy.other_terms (with a heading of their own) and as the superseding terms'
    quote: the letter quotes them where it says they replaced the exclusion, and not again as other terms."""
    other = f"2026 Member Handbook, section 7.3 (effective January 1, 2026): \"{LATER['quote']}\""
    letter = text(tmp_path, template, **EXCLUDED, **{"claim.plan_type": "medicaid", "plan_policy.other_terms": other},
                  **{"plan_policy.exclusion": {"name": "Benefit grid section 4.6", "superseded": LATER}})
    assert letter.count("include ketamine infusions, with prior authorization") == 1, template
    # other terms of another kind are still quoted beside the superseding ones
    kept = text(tmp_path, template, **EXCLUDED, **{"claim.plan_type": "medicaid",
                                                  "plan_policy.other_terms": "Members may ask for a second opinion."},
                **{"plan_policy.exclusion": {"name": "Benefit grid section 4.6", "superseded": LATER}})
    assert "Members may ask for a second opinion" in kept, template


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_an_exclusion_is_replaced_only_for_care_on_or_after_the_later_terms_start(tmp_path, template):
    base = {**EXCLUDED, "claim.plan_type": "medicaid"}
    # the later terms start after the first date of service: the exclusion still governs that date
    late = text(tmp_path, template, **base,
                **{"plan_policy.exclusion": {"name": "Benefit grid section 4.6",
                                             "superseded": {**LATER, "from": "2026-09-10", "state_plan": STATE_PLAN}}})
    assert "replaced it from" not in late and SCOPE_RULE not in late
    assert "does not dispute what it says" in late  # the exclusion names the care: the routes that remain
    # Medicaid fee-for-service has no managed care plan: no scope rule for it
    ffs = text(tmp_path, template, **base, **{"claim.delivery": "fee_for_service"},
               **{"plan_policy.exclusion": {"name": "Benefit grid section 4.6",
                                            "superseded": {**LATER, "state_plan": STATE_PLAN}}})
    assert "replaced it from January 1, 2026" in ffs and SCOPE_RULE not in ffs
    # care still to come (no date of service yet): measured by the notice's date, after which it will be given
    ahead = sample_variant(TRD, **base, **{"claim.service_dates": None, "claim.notice_date": "2026-10-27",
                                           "plan_policy.exclusion": {"superseded": LATER}}).data
    assert derived.superseded_exclusion(ahead)["governs"] is True
    assert derived.superseded_exclusion(ahead)["pending"] is True


def test_check_asks_whether_later_terms_replaced_an_exclusion_that_names_the_care(tmp_path):
    # set 19, case 04: the quoted exclusion names the care and the case holds later terms (other_terms) and a reason
    # in plan_policy.exclusion.why, which the letter never prints against the exclusion's words
    from appeal_kit import checks

    held = {**EXCLUDED, "claim.plan_type": "medicaid",
            "plan_policy.other_terms": "2026 member handbook, section 7.3: ketamine infusions are covered.",
            "plan_policy.exclusion": {"name": "Benefit grid section 4.6", "reaches": False,
                                      "why": "the 2026 handbook covers it"}}
    asked = [f for f in checks._fact_findings(sample_variant(TRD, **held), (), TODAY)
             if f.field == "plan_policy.exclusion.superseded"]
    assert len(asked) == 1 and "not in case.yaml" in asked[0].message
    given = sample_variant(TRD, **{**held, "plan_policy.exclusion": {"name": "x", "superseded": LATER}})
    assert not [f for f in checks._fact_findings(given, (), TODAY) if f.field.startswith("plan_policy.exclusion")]
    # an exclusion that does not name the care is answered by its reason (set 5): nothing is asked
    silent = sample_variant(TRD, **{**held, "plan_policy.quote": "4.6 Services for weight loss are not covered."})
    assert not [f for f in checks._fact_findings(silent, (), TODAY)
                if f.field == "plan_policy.exclusion.superseded"]
    # an experimental denial's quoted policy naming the care, beside the plan's definition: nothing to replace
    experimental = sample_variant(TRD, **{**held, "claim.denial_category": "experimental_investigational",
                                          "plan_policy.exclusion": None})
    assert not [f for f in checks._fact_findings(experimental, (), TODAY)
                if f.field == "plan_policy.exclusion.superseded"]


# -- Medicare second to current employment ---------------------------------------------------------------------------
# the member, 67 at the care (September 2026), works for the employer whose plan denied the claim as Medicare's
AGED = {"patient.date_of_birth": "1959-02-11", "claim.denial_category": "coordination_of_benefits",
        "claim.carc_codes": ["CO-22"], "payer_criteria": None,
        "claim.denial_reason": "CO-22: Member is age 65 or older; Medicare is primary. Submit Medicare's EOB.",
        "plan_policy.name": "Summary plan description, section 11",
        "plan_policy.quote": "11.4 Medicare. If you are actively at work and covered by this plan as an employee, or "
                             "as the spouse of an employee, and you are entitled to Medicare because of age, this "
                             "plan pays your benefits first and Medicare pays second."}
WORKING = {"plan": "Medicare Part A", "current_employment": "member", "employees": 1140,
           "proof": ["clinical/progress-notes.pdf"]}
MSP = "42 U.S.C. 1395y(b)(1)(A) and 42 CFR 411.170(a)(2)"
GROUP_PLANS = ("employer_erisa", "governmental", "church", "fehb")


@pytest.mark.parametrize("plan_type", ["employer_erisa", "governmental", "church", "fehb", "individual_aca",
                                       "unknown"])
@pytest.mark.parametrize("template", FOLLOWING)
def test_medicare_second_to_current_employment_applies_the_plans_own_rule_and_the_secondary_payer_rule(
        tmp_path, template, plan_type):
    letter = text(tmp_path, template, **AGED, **{"claim.plan_type": plan_type}, other_coverage=WORKING)
    assert re.search(r"The plan covers me through my own current employment: I am actively at work "
                     r"\(Exhibit [A-Z]\)\. Under the plan's own rule, the plan pays first and Medicare pays second",
                     letter), template
    # the secondary-payer rule only for the employer group plans it governs, with the employer's size
    assert (MSP in letter) is (plan_type in GROUP_PLANS), template
    assert ("The employer has 1,140 employees" in letter) is (plan_type in GROUP_PLANS), template
    assert "correct its coordination-of-benefits record, and to reprocess the claim as the primary payer" in letter
    assert "ended on" not in letter


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_medicare_second_is_claimed_only_as_far_as_the_case_holds_it(tmp_path, template):
    base = {**AGED, "claim.plan_type": "employer_erisa"}
    # a small employer: the plan's own rule still applies, the federal rule does not
    small = text(tmp_path, template, **base, other_coverage={**WORKING, "employees": 12})
    assert "I am actively at work" in small and MSP not in small
    # under 65 at the care: Medicare by age is not the working-aged rule's
    young = text(tmp_path, template, **{**base, "patient.date_of_birth": "1970-05-01"}, other_coverage=WORKING)
    assert MSP not in young
    # covered through the spouse's employment: the plan's rule only when its words reach the spouse
    spouse = text(tmp_path, template, **base, other_coverage={**WORKING, "current_employment": "spouse"})
    assert "through my spouse's current employment" in spouse and MSP in spouse
    employee_only = {**base, "plan_policy.quote": "If you are actively at work and covered by this plan as an "
                                                  "employee and entitled to Medicare, this plan pays first."}
    unreached = text(tmp_path, template, **employee_only, other_coverage={**WORKING, "current_employment": "spouse"})
    assert "Under the plan's own rule" not in unreached and MSP in unreached
    assert "Under federal law, the group health plan" in unreached and "says the same" not in unreached
    assert "reprocess the claim as the primary payer" in unreached


def test_check_asks_for_current_employment_where_the_plans_working_aged_rule_is_quoted():
    # set 19, case 05: the SPD's 11.4(a) quoted, and member_is / covered_here_as written in words: the letter's
    # readable subscriber / dependent fields were reported unreadable, and an end date asked for coverage that runs on
    from appeal_kit import checks

    words = {"plan": "Medicare Part A", "member_is": "subscriber", "covered_here_as": "an active employee (subscriber)"}
    case = sample_variant(TRD, **AGED, **{"claim.plan_type": "governmental"}, other_coverage=words)
    fields = [f.field for f in checks._fact_findings(case, (), TODAY)]
    assert "other_coverage.current_employment" in fields
    assert "other_coverage.member_is" not in fields  # readable, and the quoted terms state no subscriber rule
    given = sample_variant(TRD, **AGED, **{"claim.plan_type": "governmental"},
                           other_coverage={**words, **WORKING, "employees": None})
    fields = [f.field for f in checks._fact_findings(given, (), TODAY)]
    assert "other_coverage.employees" in fields and "other_coverage.ended" not in fields
    assert "other_coverage.current_employment" not in fields
    assert derived.other_coverage(given.data)["working_aged"] is None


# -- a notice rule in business days ----------------------------------------------------------------------------------
# admitted on Saturday, September 5, 2026; Monday, September 7 is Labor Day: the second business day after the day of
# the admission is Wednesday, September 9
PRECERT = {"claim.denial_category": "prior_authorization", "payer_criteria": None,
           "claim.denial_reason": "CO-197: Inpatient admission was not precertified. Benefits denied.",
           "plan_policy.name": "Brochure, Section 3", "plan_policy.file": "clinical/progress-notes.pdf",
           "plan_policy.quote": "Emergency inpatient admission: the hospital must call us within two business days "
                                "following the day of the emergency admission. If no one contacts us, we will decide "
                                "whether the stay was medically necessary and pay it less the $500 penalty.",
           "emergency.admitted": "2026-09-05 01:20", "prior_auth.notified": "2026-09-08 09:10",
           "prior_auth.proof": "clinical/medication-trial-history.docx"}
RULE = {"business_days": 2}
MISSED = {"quote": "If no one contacts us, we will decide whether the stay was medically necessary and pay it less "
                   "the $500 penalty.", "penalty": "a $500 penalty"}
EMERGENCY = {"emergency.care": True, "emergency.presented": "the emergency department of a general hospital",
             "emergency.symptoms": "a plan to overdose that night"}


def test_the_business_day_count_skips_weekends_and_the_federal_holidays_as_observed():
    from appeal_kit.intake.deadlines import add_business_days, federal_holidays

    holidays = federal_holidays(2026)
    assert holidays[date(2026, 10, 12)] == "Columbus Day" and holidays[date(2026, 9, 7)] == "Labor Day"
    assert holidays[date(2026, 7, 3)] == "Independence Day"  # July 4 is a Saturday: observed the Friday before
    assert date(2027, 12, 24) in federal_holidays(2027) and date(2028, 1, 17) in federal_holidays(2028)
    assert add_business_days(date(2026, 10, 10), 2, holidays=True) == date(2026, 10, 14)
    assert add_business_days(date(2026, 10, 10), 2) == date(2026, 10, 13)  # appeal deadlines: the safe day


@pytest.mark.parametrize("plan_type", ["fehb", "employer_erisa", "individual_aca", "medicaid", "unknown"])
@pytest.mark.parametrize("template", FOLLOWING)
@pytest.mark.parametrize("emergency", [True, False])
def test_a_notice_rule_in_business_days_is_counted_and_its_penalty_set_against_the_denial(
        tmp_path, template, plan_type, emergency):
    case = {**PRECERT, **(EMERGENCY if emergency else {}), "claim.plan_type": plan_type,
            "prior_auth.notice_rule": RULE, "prior_auth.missed_notice": MISSED}
    letter = text(tmp_path, template, **case)
    assert re.search(r"allow notice within two business days following the day of the admission, which began at "
                     r"1:20 a\.m\. on Saturday, September 5, 2026\. Monday, September 7, 2026 was Labor Day, a federal holiday and not a "
                     r"business day, so the last day those terms allowed was Wednesday, September 9, 2026\. The "
                     r"provider notified the plan on Tuesday, September 8, 2026 at 9:10 a\.m\., within that time, as "
                     r"Exhibit [A-Z] shows\.", letter), template
    assert "That is a $500 penalty, not a denial of benefits" in letter, template


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_a_notice_is_said_in_time_only_when_the_count_shows_it(tmp_path, template):
    base = {**PRECERT, **EMERGENCY, "claim.plan_type": "fehb", "prior_auth.notice_rule": RULE}
    late = text(tmp_path, template, **{**base, "prior_auth.notified": "2026-09-10 08:00"})
    assert "within that time" not in late and "last day those terms allowed" not in late
    assert "The provider notified the plan of the care on September 10, 2026" in late
    # no holiday in the span: no holiday named
    plain = text(tmp_path, template, **{**base, "emergency.admitted": "2026-09-12 04:00",
                                        "prior_auth.notified": "2026-09-15 10:00"})
    assert "The last day those terms allowed was Tuesday, September 15, 2026" in plain and "holiday" not in plain
    # without the consequence's words, no penalty is said
    assert "penalty, not a denial" not in plain


def test_check_asks_for_the_business_day_rule_and_the_stated_consequence_when_the_quote_has_them():
    from appeal_kit import checks

    case = sample_variant(TRD, **PRECERT, **EMERGENCY, **{"claim.plan_type": "fehb"})
    fields = [f.field for f in checks._fact_findings(case, (), TODAY)]
    assert "prior_auth.notice_rule" in fields and "prior_auth.missed_notice" in fields
    given = sample_variant(TRD, **PRECERT, **EMERGENCY, **{"claim.plan_type": "fehb", "prior_auth.notice_rule": RULE,
                                                           "prior_auth.missed_notice": MISSED})
    fields = [f.field for f in checks._fact_findings(given, (), TODAY)]
    assert "prior_auth.notice_rule" not in fields and "prior_auth.missed_notice" not in fields
    hours = sample_variant(TRD, **{**PRECERT, **EMERGENCY, "plan_policy.quote": "Call us within 48 hours."})
    assert "prior_auth.notice_rule" not in [f.field for f in checks._fact_findings(hours, (), TODAY)]
