"""The letter follows the denial in front of it, not only its category (set 7's review): an out-of-network claim under
an option that pays out of network is not argued as a network gap; the plan's other terms are printed whatever the
category; a course within the plan's current limit is not argued as an exception beyond it; an exclusion whose
notice says medical necessity was not reviewed gets no medical-judgment request; trials are counted by their kind,
and a drug still taken has no end date. One case per kind, across template x plan type; the true letter passes."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit import checks, rules
from appeal_kit.letter import arguments, render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 11, 26)
APPEALS = [t.name for t in render.list_templates() if "denial" in t.arguments]
PLANS = ["employer_erisa", "individual_aca", "medicare_advantage", "medicaid", "fehb", "unknown"]


def text(tmp_path, template, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(TRD, **changes), template, TODAY)


def warnings(**changes) -> list[str]:
    case = sample_variant(TRD, **changes)
    return [f"{f.field}: {f.message}" for f in checks._denial_fit_findings(case)]


# ---------------------------------------------------------------------------------------------- an option's benefits

OPTION_DENIAL = {"claim.denial_category": "out_of_network",
                 "claim.denial_reason": "Provider is not in your network. Your plan (EPO) does not provide benefits "
                                        "for services from out-of-network providers except emergency care.",
                 "plan_policy.name": "Summary Plan Description, section 4.3",
                 "plan_policy.quote": "PPO option: covered services from out-of-network providers are paid at 60% of "
                                      "the Maximum Allowed Amount. EPO option: no benefits for out-of-network "
                                      "providers except emergency care.",
                 "network": None}
ENROLLED = {"name": "PPO", "out_of_network": True, "since": "2026-01-01", "applied": "EPO",
            "proof": ["clinical/progress-notes.pdf"]}


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_an_option_that_pays_out_of_network_is_answered_with_its_benefits_never_a_network_gap(
        tmp_path, template, plan_type):
    """Set 7, case 05: enrolled in the PPO since January, the claim denied under the EPO's rule."""
    if template in ("out-of-network-gap-exception", "external-review-request"):
        pytest.skip("a gap-exception letter by design (check warns), or a next-level request")
    case = {**OPTION_DENIAL, "claim.plan_type": plan_type}
    letter = text(tmp_path, template, **case, plan_option=ENROLLED)
    assert "network gap" not in letter and "cost of that gap" not in letter, template
    assert "no network provider can give" not in letter, template
    assert re.search(r"I am enrolled in the PPO option, effective January 1, 2026, as Exhibit [A-Z] shows\. The "
                     r"denial applied the rule of the EPO option", letter), template
    assert re.search(r"correct its record of my enrollment, reprocess the claim for .{5,80} under the "
                     r"out-of-network benefits of the PPO option", letter), template
    # the same denial without the enrollment is answered as before, and the quoted terms are never said to speak
    # of a gap they do not mention
    gap = text(tmp_path, template, **case)
    assert "enrolled in the PPO option" not in gap and "say so too" not in gap, template


def test_check_warns_when_the_quoted_terms_pay_out_of_network_but_the_letter_argues_a_gap():
    warned = [w for w in warnings(**OPTION_DENIAL) if w.startswith("plan_option")]
    assert warned and "pays for out-of-network care" in warned[0]
    assert not [w for w in warnings(**OPTION_DENIAL, plan_option=ENROLLED) if w.startswith("plan_option")]
    refused = {**OPTION_DENIAL, "plan_policy.quote": "No benefits for out-of-network providers except emergency care."}
    assert not [w for w in warnings(**refused) if w.startswith("plan_option")]
    gap_letter = warnings(**OPTION_DENIAL, plan_option=ENROLLED, template="out-of-network-gap-exception")
    assert any(w.startswith("template") for w in gap_letter)


# ---------------------------------------------------------------------------------------------- other plan terms

OTHER_TERMS = "Section 2.4: the coverage option is the one elected at open enrollment."
CATEGORIES = ["medical_necessity", "experimental_investigational", "step_therapy", "out_of_network", "not_covered",
              "benefit_limit", "coding_billing", "timely_filing", "prior_authorization", "other"]


@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("template", APPEALS)
def test_the_plans_other_terms_are_printed_once_whatever_the_category(tmp_path, template, category):
    """Set 7, cases 05 and 06: plan_policy.other_terms held the winning sentence and was printed only for an
    exclusion or an experimental denial."""
    if template == "external-review-request":
        pytest.skip("a next-level request answers the final decision")
    letter = text(tmp_path, template, **{"claim.plan_type": "employer_erisa", "claim.denial_category": category,
                                         "claim.denial_reason": "Denied.", "plan_policy.other_terms": OTHER_TERMS})
    assert letter.count(OTHER_TERMS) == 1, (template, category)


# ---------------------------------------------------------------------------------------------- benefit limit

LIMIT = {"claim.denial_category": "benefit_limit",
         "claim.denial_reason": "Benefit maximum reached: your plan covers up to 30 treatments per calendar year.",
         "plan_policy.name": "2026 brochure, Section 5(e)",
         "plan_policy.quote": "Up to 36 treatments per course, plus up to 6 taper treatments.",
         "plan_policy.other_terms": "The 2025 limit of 30 treatments per calendar year was removed for 2026."}


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_a_course_within_the_plans_current_terms_is_owed_under_them_never_an_exception_beyond_the_limit(
        tmp_path, template, plan_type):
    """Set 7, case 06: 30 a year applied from the 2025 brochure; the 2026 terms cover the 42 given."""
    if template == "external-review-request":
        pytest.skip("a next-level request answers the final decision")
    case = {**LIMIT, "claim.plan_type": plan_type}
    within = text(tmp_path, template, **case, **{"plan_policy.limit": {"applied": 30, "current": 42, "course": 42}})
    assert "no limit in the plan’s terms was exceeded" in within, template
    assert "The denial applied a limit of 30 treatments." in within, template
    for wrong in ("beyond the limit", "more treatments than", "The limit applied is this plan language"):
        assert wrong not in within, (template, wrong)
    assert within.count(LIMIT["plan_policy.other_terms"]) == 1, template
    removed = text(tmp_path, template, **case, **{"plan_policy.limit": {"applied": 30, "current": "none",
                                                                        "course": 42}})
    # other terms quoted beside them: the terms that set no limit are this care's, never "they" (set 28, case 01)
    assert "The terms for this care set no limit on the number of treatments" in removed, template
    # Medicare Advantage's basic-benefit rule beside the plan's own terms, and for no other plan type (set 21, case 07)
    basic = rules.Citations(plan_type).cite("ma_basic_benefits")
    assert (bool(basic) and basic in within and basic in removed) is (plan_type == "medicare_advantage"), template
    beyond = text(tmp_path, template, **case, **{"plan_policy.limit": {"applied": 30, "current": 42, "course": 50}})
    assert "The course billed reached 50 treatments, beyond the 42 those terms cover." in beyond, template
    assert "no limit in the plan’s terms was exceeded" not in beyond, template


AGE_LIMIT = {"claim.denial_category": "benefit_limit",
             "claim.denial_reason": "You have used 20 therapy visits this year. The benefit limit is 20 visits.",
             "plan_policy.name": "Member handbook, section 3.1",
             "plan_policy.quote": "Members age 19 and older: up to 20 therapy visits per year. Members under age 19: "
                                  "visits are covered when medically necessary.",
             "patient.date_of_birth": "2010-05-01", "plan_policy.other_terms": None}


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_a_limit_set_for_another_age_group_is_answered_as_not_reaching_the_member_never_as_no_limit(
        tmp_path, template, plan_type):
    """Set 15, case 03: a limit the terms set for members 21 and older applied to a 15-year-old; the letter said the
    terms set no limit right after quoting it. It says instead that the limit's own words do not reach the member."""
    if template == "external-review-request":
        pytest.skip("a next-level request answers the final decision")
    case = {**AGE_LIMIT, "claim.plan_type": plan_type}
    letter = text(tmp_path, template, **case, **{"plan_policy.limit": {
        "applied": 20, "current": "none", "course": 30, "unit": "visits", "from_age": 19}})
    assert "only for members aged 19 and older" in letter, template
    assert re.search(r"\b(?:is|am|was) 16 years old\b", letter), template  # 16 at 2026-09-08, the first service
    assert "own words do not reach" in letter, template
    for wrong in ("set no limit", "They set no limit", "beyond the limit", "more treatments than"):
        assert wrong not in letter, (template, wrong)
    adult = {**case, "patient.date_of_birth": "1980-01-01"}
    inside = text(tmp_path, template, **adult, **{"plan_policy.limit": {
        "applied": 20, "current": 20, "course": 30, "unit": "visits", "from_age": 19}})
    assert "own words do not reach" not in inside, template
    assert "only for members aged" not in inside, template
    children = text(tmp_path, template, **adult, **{"plan_policy.limit": {
        "applied": 20, "current": "none", "course": 30, "unit": "visits", "under_age": 19}})
    assert "only for members aged under 19" in children, template
    assert re.search(r"\b(?:is|am|was) 46 years old\b", children), template


def test_check_asks_for_the_age_group_a_quoted_limit_is_set_for_and_names_it_when_given():
    bare = warnings(**AGE_LIMIT, **{"plan_policy.limit": {"applied": 20, "current": "none", "course": 30}})
    assert any("speaks of an age group" in w for w in bare)
    given = warnings(**AGE_LIMIT, **{"plan_policy.limit": {"applied": 20, "current": "none", "course": 30,
                                                           "from_age": 19}})
    assert not any("speaks of an age group" in w for w in given)
    assert any("only for members aged 19 and older, and the patient was 16" in w for w in given)
    assert not any("does not exceed the limit" in w for w in given)


def test_benefit_limit_is_a_denial_category_and_check_asks_for_the_numbers():
    from appeal_kit.case.folder import DENIAL_CATEGORIES
    from appeal_kit.case.interview import CATEGORY_CHOICES

    assert "benefit_limit" in DENIAL_CATEGORIES and "benefit_limit" in CATEGORY_CHOICES
    assert arguments.denial_reasons(sample_variant(TRD, **LIMIT).data)[0] == "benefit_limit"
    assert any("plan_policy.limit" in w and "applied" in w for w in warnings(**LIMIT))
    within = warnings(**LIMIT, **{"plan_policy.limit": {"applied": 30, "current": 42, "course": 42}})
    assert any("does not exceed the limit of the plan's current terms (42)" in w for w in within)
    beyond = warnings(**LIMIT, **{"plan_policy.limit": {"applied": 30, "current": 42, "course": 50}})
    assert not any(w.startswith("plan_policy.limit") for w in beyond)


# ---------------------------------------------------------------------------------------------- medical judgment

EXCLUSION = {"claim.plan_type": "employer_erisa", "claim.denial_category": "not_covered",
             "claim.denial_reason": "Section 8.2(r) excludes ketamine infusions. This is a benefit exclusion; "
                                    "medical necessity was not reviewed."}


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_an_exclusion_whose_notice_says_medical_necessity_was_not_reviewed_is_not_answered_as_a_medical_judgment(
        tmp_path, template, plan_type):
    """Set 7, case 02."""
    letter = text(tmp_path, template, **{**EXCLUSION, "claim.plan_type": plan_type})
    assert "turns on a medical judgment" not in letter, template
    assert "peer-to-peer" not in letter, template


def test_medical_necessity_named_only_to_be_set_aside_is_no_reason_and_check_warns_on_the_category(tmp_path):
    assert arguments.denial_reasons(sample_variant(TRD, **EXCLUSION).data) == ["not_covered"]
    judged = {**EXCLUSION, "claim.denial_reason": "The records do not meet our criteria for medical necessity."}
    assert "medical_necessity" in arguments.denial_reasons(sample_variant(TRD, **judged).data)
    assert not warnings(**EXCLUSION)
    assert any(w.startswith("claim.denial_category") and "was not reviewed" in w
               for w in warnings(**{**EXCLUSION, "claim.denial_category": "medical_necessity"}))



def test_a_level_of_care_reason_listed_alone_is_a_kind_of_medical_necessity():
    """Set 14's writer (case 08): `denial_reasons: [level_of_care]` was warned "lists level of care, not medical
    necessity", and the letter left out the medical-necessity answer: a level-of-care denial judges whether the care
    is necessary at that level, so it is answered as both and check does not call the category missing."""
    level = {"claim.denial_category": "medical_necessity", "claim.denial_reasons": ["level of care"],
             "claim.denial_reason": "Continued stay is denied; the member can be treated at a lower level of care."}
    assert arguments.denial_reasons(sample_variant(TRD, **level).data) == ["medical_necessity", "level_of_care"]
    assert arguments.category_set_aside(sample_variant(TRD, **level).data) is None
    assert not [f for f in letter_findings(**level) if f.field in ("claim.denial_reasons", "claim.denial_category")]
    # a reason listed that is no kind of the category still sets the category aside
    coding = {**level, "claim.denial_reasons": ["coding_billing"]}
    assert [f.field for f in letter_findings(**coding)].count("claim.denial_reasons") == 1


def letter_findings(**changes) -> list[checks.Finding]:
    return checks._letter_findings(sample_variant(TRD, **changes), (), TODAY)


# ---------------------------------------------------------------------------------------------- trials

PAIN_HISTORY = [
    {"drug": "Pregabalin", "dose": "150 mg twice daily", "start": "2025-07-01", "end": "2025-11-01",
     "response": "none", "outcome": "No relief"},
    {"drug": "Duloxetine", "dose": "60 mg daily", "start": "2025-12-01", "end": "2026-03-15", "response": "none",
     "outcome": "No relief"},
    {"drug": "Lumbar sympathetic blocks", "kind": "other", "dose": "three", "start": "2026-02", "end": "2026-05",
     "response": "lost", "outcome": "Relief for 2 days only"},
    {"drug": "Physical therapy", "kind": "other", "dose": "14 visits", "start": "2025-05", "end": "2025-09",
     "response": "none", "outcome": "No lasting improvement"},
]


def test_a_pain_medicine_is_counted_as_a_medication_trial():
    """Set 7, case 02: pregabalin and duloxetine are two medication trials, beside the blocks and physical therapy."""
    summary = arguments.trial_summary(PAIN_HISTORY, pain=True)
    # the treatments that are not medicines named, so the count says which rows it took (letters set 43, case 02)
    assert summary["summary"] == ("four adequate treatment trials: two medication trials (duloxetine and pregabalin) "
                                  "and two other treatment trials (lumbar sympathetic blocks and physical therapy)")
    # a depression letter's antidepressant count is unchanged by it
    assert arguments.trial_summary(PAIN_HISTORY)["medication"] == 1


@pytest.mark.parametrize("template", [t for t in APPEALS if t != "external-review-request"])
def test_a_drug_still_taken_has_no_end_date(tmp_path, template):
    """Set 7, case 01: venlafaxine continued alongside ketamine was printed with the date of the last note as its
    end."""
    letter = text(tmp_path, template, **{"treatment.alongside": "venlafaxine XR 225 mg daily, continued"})
    if "Medication or treatment" not in letter:
        pytest.skip("this letter prints no treatment history")
    assert "Venlafaxine XR 225 mg daily 1/8/2024 continuing" in letter, template
    assert "Venlafaxine XR 225 mg daily 1/8/2024 8/19/2024" in text(tmp_path, template), template
    # the augmentation that ended the same day keeps its end date
    assert "Aripiprazole (augmenting venlafaxine) 5 mg daily 4/15/2024 8/19/2024" in letter, template


# ---------------------------------------------------------------------------------------------- winning points held

@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "medicaid"])
def test_the_next_level_is_told_when_the_plans_reviewer_was_outside_the_field(tmp_path, plan_type):
    """Set 7, case 01: the final internal decision was made by a family physician, and claim.reviewer says so."""
    case = {"claim.plan_type": plan_type, "claim.reviewer": {"name": "Dr. Pellegrini", "specialty": "Family Medicine"},
            "external_review.final_denial_date": "2026-11-01", "external_review.agency": "The state review office",
            "external_review.address": "PO Box 1, Salem, OR 97309"}
    letter = text(tmp_path, "external-review-request", **case)
    # asked in plain words, never with the internal appeal's consultation rule (set 18, case 05)
    # a hearing officer decides a fair hearing: asked to weigh the evidence and obtain an independent medical
    # assessment, never for a reviewer "who took no part" (letters set 61, case 02)
    asked = ("I ask that the treating clinicians' evidence be weighed against that reviewer's, and that, if a medical "
             "question remains, an independent medical assessment by a psychiatrist" if plan_type == "medicaid" else
             "I ask that the medical questions of this review be decided by a clinical reviewer who is a psychiatrist")
    assert "The denial was decided by Dr. Pellegrini, whose recorded specialty is Family Medicine, not the one this " \
        "condition calls for. " + asked in letter, plan_type
    for unsaid in ({"claim.reviewer": {"name": "Dr. Pellegrini", "specialty": "Psychiatry"}},
                   {"claim.reviewer": {"name": "Dr. Pellegrini"}}):
        assert "not the one this condition calls for" not in text(tmp_path, "external-review-request",
                                                                   **{**case, **unsaid})
    # an internal appeal names the reviewer once, in its request
    first = text(tmp_path, "medical-necessity", **case)
    assert "An appeal of a denial that turns on medical judgment" not in first and first.count("Dr. Pellegrini") == 1


def test_a_term_that_names_the_treatment_investigational_is_never_said_to_be_met(tmp_path):
    """Set 7, case 01: BH-207 section 3 calls IV ketamine investigational; the letter argues the term is wrong, and
    never that the evidence meets it."""
    named = {"claim.plan_type": "employer_erisa", "claim.denial_category": "experimental_investigational",
             "plan_policy.quote": "Intravenous ketamine for depression is considered investigational."}
    for template in ("medical-necessity", "experimental-investigational", "ketamine-trd"):
        assert "the evidence below meets them" not in text(tmp_path, template, **named), template
    silent = {**named, "plan_policy.quote": "Services that are investigational are not covered."}
    assert "the evidence below meets them" in text(tmp_path, "experimental-investigational", **silent)


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_an_out_of_network_letter_without_providers_tried_asserts_no_gap(tmp_path, template):
    """Set 7, case 05: whether an in-network provider exists was unknown; the letter asserted a gap."""
    letter = text(tmp_path, template, **{**OPTION_DENIAL, "claim.plan_type": "employer_erisa",
                                         "plan_policy.quote": None})
    assert "A plan that cannot provide a covered service" not in letter
    assert "If no in-network provider can give this treatment" in letter
    assert "Please apply any provision the plan has" in letter
    tried = text(tmp_path, template, **{**OPTION_DENIAL, "claim.plan_type": "employer_erisa", "plan_policy.quote": None,
                                        "network": [{"name": "Lakeside Psychiatry", "date": "2026-08-01",
                                                     "outcome": "no ketamine"}]})
    assert "A plan that cannot provide a covered service through its network" in tried


def test_an_exclusion_with_the_plans_exception_is_answered_with_the_evidence_an_exception_asks_for(tmp_path):
    """Set 7, case 02: the exception provision asks for support in peer-reviewed literature; the letter showed none.
    An exclusion with no exception provision is not answered with evidence (it does not turn on it)."""
    exclusion = {**EXCLUSION, "plan_policy.quote": "8.2(r) Ketamine infusions for any indication other than "
                                                   "anesthesia.", "plan_policy.exception": None}
    for template in ("medical-necessity", "ketamine-trd"):
        bare = text(tmp_path, template, **exclusion)
        assert "The published evidence" not in bare, template
        routed = text(tmp_path, template, **{**exclusion, "plan_policy.exception": "9.6 The Plan may approve an "
                                             "excluded service supported by peer-reviewed medical literature."})
        assert "The published evidence on IV ketamine infusions for this condition is set out below." in routed
        assert "Intravenous ketamine for treatment-resistant depression is supported by randomized" in routed


def test_a_step_therapy_letter_whose_criteria_are_all_met_says_so_not_a_count_of_antidepressants(tmp_path):
    """Set 7, case 08: the disputed step was the augmentation; the summary said two antidepressants met it."""
    criteria = [{"criterion": "Two antidepressants", "how_met": "Sertraline and venlafaxine", "met": True},
                {"criterion": "An augmentation trial", "how_met": "Aripiprazole, 18 weeks", "met": True}]
    letter = text(tmp_path, "medical-necessity", **{"claim.plan_type": "employer_erisa", "payer_criteria": criteria,
                                                    "claim.denial_category": "step_therapy"})
    assert "Every step the plan lists is met" in letter
    assert "The step-therapy requirement is already met: I have failed" not in letter


@pytest.mark.parametrize("category", ["benefit_limit", "medical_necessity", "not_covered"])
def test_an_approval_the_plan_gave_answers_a_denial_of_any_category(tmp_path, category):
    """Set 7, case 06: the carrier had approved all 42 treatments (PA-TMS-26-0701) and then denied 31-42 under a
    limit; prior_auth.approved was read only for authorization and network denials."""
    approved = {"claim.plan_type": "fehb", "claim.denial_category": category, "claim.denial_reason": "Denied.",
                "prior_auth.approved": {"number": "PA-TMS-26-0701", "date": "2026-07-01",
                                        "covers": "42 treatments"}}
    for template in ("medical-necessity", "ketamine-trd"):
        letter = text(tmp_path, template, **approved)
        assert "approved PA-TMS-26-0701 on July 1, 2026" in letter and "to honor PA-TMS-26-0701" in letter, template
        assert "PA-TMS-26-0701" not in text(tmp_path, template, **{**approved, "prior_auth.approved": None})


def test_the_claim_asked_under_an_approval_is_what_was_given_within_it_never_the_approvals_maximum(tmp_path):
    """Set 9, cases 04 and 06: the letter asked the plan to pay the approval's maximum units (34 approved, 27 given)."""
    lines = [{"code": "90867", "units": 1, "given": 1}, {"code": "90868", "units": 34, "given": 27},
             {"code": "90869", "units": 1, "given": 0}, {"code": "99415", "units": 40, "given": 44}]
    approved = {"claim.plan_type": "employer_erisa", "claim.denial_category": "prior_authorization",
                "claim.denial_reason": "No authorization on file.",
                "prior_auth.approved": {"number": "PA-1", "date": "2026-07-01", "lines": lines}}
    asked = re.compile(r"for the services given under it \((.*?)\)")
    listed = asked.search(text(tmp_path, "medical-necessity", **approved)).group(1)
    assert re.findall(r"(\w+), (\d+) units?", listed) == [("90867", "1"), ("90868", "27"), ("99415", "40")]
    unknown = {**approved, "prior_auth.approved": {"number": "PA-1", "lines": [{"code": "90868", "units": 34}]}}
    letter = text(tmp_path, "medical-necessity", **unknown)
    assert not asked.search(letter) and re.search(r"90868, up to 34 units", letter)


def test_a_treatment_that_worked_in_an_earlier_episode_is_said_to_have_worked_before(tmp_path):
    """Set 7, case 06: the 2024 TMS course brought a response and the relapse came in the current episode; the
    repeat course was argued without it."""
    earlier = {"drug": "Ketamine infusions (2022 series)", "dose": "six infusions", "start": "2022-03-01",
               "end": "2022-03-20", "response": "lost", "outcome": "Remission, lost in 2024"}
    history = [*sample_variant(TRD).data["clinical"]["history"], earlier]
    case = {**LIMIT, "claim.plan_type": "employer_erisa", "clinical.history": history,
            "clinical.episode_onset": "2023-01"}
    for template in ("medical-necessity", "ketamine-trd"):
        letter = text(tmp_path, template, **case)
        # the history table above holds the row's outcome: the section names the row, never retells its cell (set 62,
        # case 06)
        assert ("I have had this treatment before, and it worked, as the treatment history above shows in its row for "
                "Ketamine infusions (2022 series).") in letter, template
        # lost in the current episode, it is no earlier response
        assert "and it worked" not in text(tmp_path, template, **{**case, "clinical.episode_onset": "2022-01"})




EPISODES = [{"drug": "Escitalopram", "dose": "20 mg", "start": "2022-01-03", "end": "2022-09-05", "response": "none",
             "outcome": "No response"},
            {"drug": "Vilazodone", "dose": "40 mg", "start": "2026-02-16", "end": "2026-06-29", "response": "none",
             "outcome": "No response"},
            {"drug": "Sertraline", "dose": "200 mg", "start": "2026-07-01", "end": "2026-09-30", "response": "none",
             "outcome": "No response"}]


def test_the_current_episodes_trials_are_counted_where_the_letter_speaks_of_the_current_episode(tmp_path):
    """Set 7, case 06: an escitalopram trial of an earlier episode counted toward a definition of the current
    episode's treatment resistance."""
    assert arguments.trial_summary(EPISODES, onset="2026-02")["episode_medication"] == 2
    assert arguments.trial_summary(EPISODES)["episode_medication"] == 3
    spravato = REPO / "evidence_samples" / "spravato-step-therapy"
    case = {"claim.plan_type": "employer_erisa", "claim.denial_category": "step_therapy", "clinical.history": EPISODES}
    dated = rendered_text(tmp_path, sample_variant(spravato, **case, **{"clinical.episode_onset": "2026-02"}),
                          "esketamine-step-therapy", TODAY)
    assert "history shows two adequate antidepressant trials without an adequate response in the current episode, which meets that " \
        "definition." in dated
    undated = rendered_text(tmp_path, sample_variant(spravato, **case, **{"clinical.episode_onset": None}),
                            "esketamine-step-therapy", TODAY)
    assert "history shows three adequate antidepressant trials without an adequate response, more than that definition requires." in undated
    # set 7, case 08: with an augmentation trial beside them, the definition's count says what it counts, so it never
    # reads as a smaller count of the same trials ("three adequate treatment trials" then "two ... medication trials")
    lithium = {"drug": "Lithium (added to sertraline)", "kind": "augmentation", "dose": "900 mg daily",
               "start": "2026-03-01", "end": "2026-05-01", "response": "none", "outcome": "No added benefit"}
    both = rendered_text(tmp_path, sample_variant(spravato, **{**case, "clinical.episode_onset": "2026-02",
                                                               "clinical.history": [*EPISODES, lithium]}),
                         "esketamine-step-therapy", TODAY)
    # each kind with the trials it counts named (letters set 73, case 07)
    assert re.search(r"three antidepressant trials \([^;]+\) and an augmentation trial \(lithium \(added to", both)
    assert "history shows two adequate antidepressant trials without an adequate response in the current episode" in both
    # the count of medication trials says its kinds at once (courses are never summed into it)
    assert "four adequate medication trials: three antidepressant trials (" in both


# ---------------------------------------------------------------------------------------------- what a heading is over

@pytest.mark.parametrize("template", [t for t in APPEALS if t != "ketamine-chronic-pain"])
def test_the_history_heading_names_the_condition_when_the_severity_line_is_under_it(tmp_path, template):
    """Set 7, across the set: 'Treatment already tried' sat over the current-severity line (or the treatment
    appealed) in seven letters. The heading names what is under it."""
    both = text(tmp_path, template)
    if "Each treatment tried" not in both and "already tried the following" not in both:
        pytest.skip("this letter prints no treatment history")
    assert "The condition and the treatment already tried" in both, template
    history_only = text(tmp_path, template, **{"clinical.severity": None, "clinical.response": None,
                                                "treatment.summary": None})
    assert "Treatment already tried" in history_only and "The condition" not in history_only, template
    condition_only = text(tmp_path, template, **{"clinical.history": []})
    assert "The condition" in condition_only, template
    assert "Treatment already tried" not in condition_only and "the treatment already tried" not in condition_only


# ---------------------------------------------------------------------------------------------- every reference cited

LISTED = [{"id": "daly-2019"},
          {"title": "A fictional case series of infusions", "authors": ["Quill A", "Rowan B"],
           "journal": "Journal of Fictional Psychiatry", "year": 2024}]


@pytest.mark.parametrize("category", ["medical_necessity", "prior_authorization", "experimental_investigational"])
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "external-review-request"])
def test_every_reference_listed_is_cited_by_a_sentence(tmp_path, template, category):
    """Set 7, letters 03 and 04: a reference the case listed (Popova 2019, Anand 2023) was printed under References
    with no sentence citing it. Each listed reference the letter does not otherwise cite is said, with what it
    supports, in the evidence paragraph."""
    changes = {"claim.denial_category": category, "literature": LISTED}
    if template == "external-review-request":
        changes.update({"external_review.final_denial_date": "2026-11-01", "claim.plan_type": "employer_erisa"})
    letter = text(tmp_path, template, **changes)
    body, refs = letter.split("Sincerely")[0], letter.split("References")[-1]
    numbers = [int(n) for n in re.findall(r"(?:^|\s)(\d+)\.\s+[A-Z][a-z]+ [A-Z]+[,.]", " " + refs)]
    assert len(numbers) >= 2, refs
    for n in numbers:
        assert re.search(rf"\[(?:\d+, )*{n}(?:, \d+)*\]", body), (template, category, n)
    # the library's reference is said with what it supports; the written-out one by its name
    assert "continued esketamine" in body or "relapse" in body
    assert "Also submitted: Quill et al., Journal of Fictional Psychiatry 2024" in body
    # each once: a reference the evidence paragraph already cites gets no second sentence
    assert body.count("Ketamine was found noninferior to electroconvulsive therapy") <= 1


# ---------------------------------------------------------------------------------------------- a criterion quoted

ECT = {"template": "medical-necessity", "treatment.name": "maintenance electroconvulsive therapy (ECT)",
       "claim.procedure_codes": ["90870"],
       "claim.denial_category": "medical_necessity", "claim.plan_type": "medicaid", "payer_criteria": None,
       "claim.denial_reason": "More than 12 ECT treatments in 12 months are not medically necessary under criterion "
                              "BH-ECT-04 section 2(c).",
       "plan_policy": {"name": "Criterion BH-ECT-04", "quote": "2(c) Maintenance ECT beyond 12 treatments is medically "
                       "necessary only when a longer interval was followed by relapse."}}


def test_check_asks_for_the_plans_criterion_when_no_published_criteria_answer_it():
    """Set 7, letter 04: the plan's criterion 2(c) was quoted and met in the records, and the letter never said so:
    ECT has no published criteria, so only payer_criteria answers the plan's, and check now asks for it."""
    def criteria_warnings(**changes):
        case = sample_variant(TRD, **{**ECT, **changes})
        return [f.message for f in checks._criteria_findings(case, (), TODAY) if f.field == "payer_criteria"]

    assert any("quotes them without saying how each is met" in m for m in criteria_warnings())
    answered = [{"criterion": "2(c) a longer interval was followed by relapse", "how_met": "HAM-D 18 at five weeks"}]
    assert criteria_warnings(payer_criteria=answered) == []
    # an exclusion or a benefit limit names a plan provision, not criteria to be met
    assert criteria_warnings(**{"claim.denial_category": "not_covered",
                                "claim.denial_reason": "Maintenance ECT is excluded under section 8.2."}) == []


def test_an_exclusions_definition_is_not_criteria_to_copy():
    """Set 14's writer (case 03): the plan's definition of "experimental", three tests joined by "or", drew "copy
    each of the plan's criteria into payer_criteria": an exclusion's words say what the plan leaves out, and are
    answered by showing the care falls outside them, not by rows to meet. The same words under a medical-necessity
    denial are criteria."""
    definition = {"claim.denial_category": "experimental_investigational", "payer_criteria": None,
                  "claim.denial_reason": "IV ketamine is experimental under Medical Policy MP-9.01.4.",
                  "plan_policy": {"name": "Definitions", "quote": "A treatment is experimental if (1) it lacks FDA "
                                  "approval; or (2) it is under study in Phase I or II trials."}}

    def criteria_warnings(**changes):
        case = sample_variant(TRD, **{**definition, **changes})
        return [f for f in checks._criteria_findings(case, (), TODAY) if f.field == "payer_criteria" and f.level == "warning"]

    assert criteria_warnings() == []
    assert criteria_warnings(**{"claim.denial_category": "medical_necessity"})


def test_licensed_criteria_are_asked_for_not_copied():
    """Set 14's writer (case 08): a denial under MCG drew "copy each of the plan's criteria into payer_criteria",
    which a member cannot do: MCG and InterQual are licensed, not published. check says to ask the plan for them;
    the plan's own quoted policy is still to be copied."""
    def criteria_findings(**changes):
        case = sample_variant(TRD, **{**ECT, **changes})
        return [f for f in checks._criteria_findings(case, (), TODAY) if f.field == "payer_criteria"]

    licensed = {"plan_policy": None, "claim.denial_reason": "The member does not meet InterQual Behavioral Health "
                                                            "criteria for maintenance ECT."}
    found = criteria_findings(**licensed)
    assert [f.level for f in found] == ["note"] and "InterQual" in found[0].message
    assert "Copy each of the plan's criteria" not in found[0].message
    # the plan's own policy named beside it is text the member has: copying it is still asked for
    assert [f.level for f in criteria_findings(**{**licensed, "plan_policy": ECT["plan_policy"]})] == ["warning"]


@pytest.mark.parametrize("template", ["medical-necessity", "esketamine-step-therapy"])
def test_a_medicare_advantage_request_asks_when_the_case_goes_to_the_ire(tmp_path, template):
    """Set 7, letter 03: 'please explain that an upheld denial will be forwarded to the independent review entity'
    asked the plan to explain a rule; the plan sends the case on itself, so the letter asks when."""
    letter = text(tmp_path, template, **{"claim.plan_type": "medicare_advantage"})
    assert ("explain when you will send the case to the independent review entity, as 42 CFR 422.592 requires"
            in letter), template
    assert "explain that" not in letter, template


def test_a_request_never_decided_is_said_plainly(tmp_path):
    """Set 7, letter 03: 'Sunridge ... had the request made on August 21, 2026 and never decided it'."""
    pa = {"claim.denial_category": "prior_authorization", "prior_auth.requested_on": "2026-08-20",
          "prior_auth.never_decided": True, "claim.plan_type": "medicare_advantage"}
    letter = text(tmp_path, "medical-necessity", **pa)
    assert re.search(r"The request was made to .+? on August 20, 2026\. It was never decided\.", letter)
    assert "had the request made" not in letter


PLANNED = "Ketamine 0.35 mg/kg/h, 4 hours daily for 5 days; no repeat series unless pain falls by 30% or more"


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_an_exception_to_an_exclusion_is_asked_for_the_planned_course(tmp_path, template):
    """Set 7, letter 02: the prescriber's bounded plan with its stop rule (treatment.plan) was in the case and not in
    the exception request; an exception the plan may grant case by case is asked for that course and no more."""
    case = {"claim.denial_category": "not_covered", "claim.service_dates": [], "treatment.plan": PLANNED,
            "claim.denial_reason": "Ketamine infusions are excluded under section 8.2(r).",
            "plan_policy": {"name": "Plan Document section 8.2(r)", "quote": "(r) Ketamine infusions.",
                            "exception": "9.6 The Plan Administrator may approve an excluded service as an "
                                         "exception."}}
    letter = text(tmp_path, template, **case)
    assert "The exception asked for is for the course the treating clinician has planned, and no more: Ketamine " \
        "0.35 mg/kg/h" in letter, template
    # care already given is not 'planned', and a letter with no exception provision asks no exception
    given = text(tmp_path, template, **{**case, "claim.service_dates": ["2026-09-01"]})
    assert "and no more" not in given
    assert "and no more" not in text(tmp_path, template, **{**case, "plan_policy.exception": None})


def test_an_expedited_appeal_says_what_has_been_tried(tmp_path):
    """Set 6, letter 07: the expedited letter answered an experimental denial without the four treatments that had
    failed; it now carries the count, the rule and the treatments tried."""
    letter = text(tmp_path, "expedited-appeal", **{"claim.denial_category": "experimental_investigational"})
    assert "I have failed four adequate medication trials" in letter
    # in a sentence with where the records show each, so the urgent letter stays within two pages (tested with
    # LibreOffice in test_letter_order.py)
    # each with its dose and the record's outcome words (set 34, case 04: a bare name read a sleep dose as a trial)
    assert re.search(r"The treatments tried, each with its dose and outcome, as the enclosed records give them with "
                     r"their dates: Sertraline, 200 mg daily: Partial response at 8 weeks, then relapse; PHQ-9 19 at "
                     r"stop \(Exhibit [A-Z], p\. \d+\)\. Bupropion XL", letter)
    assert "Medication or treatment" not in letter  # no table


@pytest.mark.parametrize("template", ["medical-necessity", "experimental-investigational"])
def test_a_course_of_sessions_is_never_compared_with_off_label_drugs(tmp_path, template):
    """Set 9, case 08: an iTBS course called investigational got the parity paragraph about FDA-approved drugs used
    off label."""
    denial = {"claim.plan_type": "individual_aca", "claim.denial_category": "experimental_investigational",
              "claim.denial_reason": "Theta burst stimulation is investigational."}
    off_label = re.compile(r"off[- ]label", re.I)
    assert off_label.search(text(tmp_path, template, **denial))  # ketamine, a drug: the comparison holds
    course = text(tmp_path, template, **denial, **{"treatment.name": "Intermittent theta burst stimulation (TMS)"})
    assert "nonquantitative treatment limitation" in course and not off_label.search(course)


@pytest.mark.parametrize("template", ["medical-necessity", "esketamine-step-therapy"])
def test_criteria_marked_not_met_are_never_said_to_be_met(tmp_path, template):
    """Set 9, case 02: the table headed "how each is met" held two rows the case marks `met: false`."""
    criteria = [{"criterion": "Four antidepressants failed", "how_met": "Three failed, not four", "met": False},
                {"criterion": "A diagnosis of major depressive disorder", "how_met": "F33.2", "met": True}]
    claim = {"claim.plan_type": "medicare_advantage", "claim.denial_category": "medical_necessity",
             "claim.denial_reason": "Criteria not met.", "payer_criteria": criteria}
    met_words = re.compile(r"how each is met|How it is met|how (?:I|the patient|\w+\.? \w+) meets? it")
    assert not met_words.search(text(tmp_path, template, **claim))
    criteria[0]["met"] = True
    assert met_words.search(text(tmp_path, template, **claim))


def test_services_an_approval_does_not_reach_are_said_with_the_cases_reason(tmp_path):
    """Set 9, case 06: two treatments fell between an approval's end and its renewal; the letter asked for the whole
    claim under the approval and never said why those two had none."""
    gap = "Two treatments fell between the end of the approval and its renewal."
    case = {"claim.plan_type": "employer_erisa", "claim.denial_category": "prior_authorization",
            "claim.denial_reason": "No authorization on file.",
            "prior_auth.approved": {"number": "PA-1", "date": "2026-03-27"}, "prior_auth.reason_missing": gap}
    letter = text(tmp_path, "medical-necessity", **case)
    assert gap in letter and "to honor PA-1" in letter
    assert "Not every service" not in text(tmp_path, "medical-necessity", **{**case, "prior_auth.reason_missing": None})


def test_an_expedited_appeal_answers_the_plans_criteria_one_by_one(tmp_path):
    """Set 9, case 05: a level-of-care denial's criteria, copied into payer_criteria, were never printed in the
    urgent letter, which left the denial's own findings unanswered."""
    criteria = [{"criterion": "Unable to maintain basic self-care", "how_met": "Lost 9 kg in six weeks", "met": True}]
    case = {"claim.plan_type": "medicare_advantage", "claim.denial_category": "medical_necessity",
            "claim.denial_reason": "Able to maintain self-care with family support.", "payer_criteria": criteria,
            "urgency.reason": "She is refusing food and fluids."}
    letter = text(tmp_path, "expedited-appeal", **case)
    assert "Unable to maintain basic self-care" in letter and "Lost 9 kg in six weeks" in letter


def test_criteria_nobody_applied_are_never_measured_when_the_denial_judged_no_necessity(tmp_path):
    """Set 9, case 06: a recoupment of approved care was answered with "has not said which criteria it applied" and
    a table of published criteria."""
    measured = re.compile(r"Measured against")
    necessity = {"claim.plan_type": "employer_erisa", "claim.denial_category": "medical_necessity",
                 "claim.denial_reason": "Not medically necessary.", "payer_criteria": None}
    assert measured.search(text(tmp_path, "ketamine-trd", **necessity))
    approved = {**necessity, "claim.denial_category": "prior_authorization",
                "claim.denial_reason": "No authorization matched the rendering provider.",
                "prior_auth.approved": {"number": "PA-1", "date": "2026-03-27"}}
    assert not measured.search(text(tmp_path, "ketamine-trd", **approved))


def test_a_request_to_an_external_reviewer_asks_nothing_only_the_plan_can_answer(tmp_path):
    """Set 9, case 08: the external review request asked the independent reviewer to identify the plan's evidence."""
    denial = {"claim.plan_type": "individual_aca", "claim.denial_category": "experimental_investigational",
              "claim.denial_reason": "Investigational.", "literature": None, "literature_tags": None,
              "treatment.name": "Vagus nerve stimulation (VNS)"}  # no evidence in the library
    plans_evidence = re.compile(r"identify the published evidence on which the plan")
    assert plans_evidence.search(text(tmp_path, "experimental-investigational", **denial))
    final = {**denial, "external_review.final_denial_date": "2026-10-19"}
    assert not plans_evidence.search(text(tmp_path, "external-review-request", **final))


def test_a_denial_that_says_the_coverage_ended_is_answered_with_why_it_was_in_force_and_argues_no_treatment(tmp_path):
    """Set 9, case 04: 'expenses incurred after coverage terminated' (a COBRA premium logged late) was answered with
    the plan's own grace terms called the denial's basis and a count of drug trials."""
    ended = {"claim.plan_type": "employer_erisa", "claim.denial_category": "other",
             "claim.denial_reason": "CARC 27: Expenses incurred after coverage terminated.",
             "plan_policy.quote": "You have a grace period of 30 days from the due date to make each payment.",
             "plan_policy.name": "COBRA election notice", "payer_criteria": None}
    case = sample_variant(TRD, **ended).data
    assert arguments.denial_reasons(case) == ["coverage_ended"]
    assert any("eligibility.why" in p for p in arguments.unanswered(case))  # check asks for why it was in force
    bare = text(tmp_path, "medical-necessity", **ended)  # nothing recorded: the letter asks for the plan's record
    assert "Please show the record on which" in bare
    why = "The September premium was mailed on September 24, within the 30-day grace period."
    letter = text(tmp_path, "medical-necessity", **ended, **{"eligibility.why": why})
    assert why in letter and "The plan's terms in COBRA election notice read" in letter
    assert not re.search(r"adequate (?:treatment )?trials|The denial relies on", letter)
    assert not any("eligibility.why" in p for p in arguments.unanswered(sample_variant(
        TRD, **ended, **{"eligibility.why": why}).data))


def test_an_approval_the_plan_itself_cut_short_is_asked_to_be_kept_never_said_to_be_overlooked(tmp_path):
    """Set 10, case 05: a Medicaid plan reduced its own authorized ECT course; the letter said "The claim was denied
    all the same" and "A denial that overlooks the plan's own approval", and asked to reprocess the 8 given."""
    cut = {"claim.plan_type": "medicaid", "claim.denial_category": "medical_necessity", "claim.action": "reduce",
           "claim.denial_reason": "Symptoms have improved; the remaining treatments are not necessary.",
           "claim.pending_services": ["4"],
           "prior_auth.approved": {"number": "AUTH-1", "date": "2026-11-09", "what_went_wrong": "It was cut.",
                                   "lines": [{"code": "90870", "units": 12, "given": 8}]}}
    letter = text(tmp_path, "medical-necessity", **cut)
    assert re.search(r"keep to AUTH-1 for the rest of the course it authorized, the four sessions still to come",
                     letter)
    assert not re.search(r"denied all the same|overlooks the plan's own approval|services given under it", letter)


def test_a_limit_on_visits_is_not_answered_with_a_count_of_failed_trials(tmp_path):
    """Set 10, case 07: a psychotherapy visit cap was answered with "I have failed two adequate treatment trials"
    and the six-week rule."""
    limit = {"claim.plan_type": "employer_erisa", "claim.denial_category": "benefit_limit",
             "claim.denial_reason": "Benefit maximum reached: 20 visits per policy year."}
    count = re.compile(r"failed \w+ adequate (?:treatment |antidepressant |medication )?trials")
    assert count.search(text(tmp_path, "medical-necessity", **{**limit, "claim.denial_category": "medical_necessity",
                                                               "claim.denial_reason": "Not medically necessary."}))
    assert not count.search(text(tmp_path, "medical-necessity", **limit))


def test_a_course_not_yet_billed_is_never_said_to_have_been_billed(tmp_path):
    """Set 10, cases 03 and 07: "The course billed reached 32 visits" where 23 were billed and 9 were still to come."""
    ahead = {**LIMIT, "claim.plan_type": "employer_erisa", "claim.pending_services": ["9"],
             "claim.service_dates": ["2026-12-20"], "plan_policy.limit": {"applied": 30, "current": 42, "course": 50}}
    letter = text(tmp_path, "medical-necessity", **ahead)
    assert "The course prescribed reaches 50 treatments" in letter and "course billed" not in letter


def test_an_approval_whose_own_dates_miss_the_claim_is_never_argued_as_covering_it(tmp_path):
    """Set 13, case 06: an approval dated from 09/18 was argued for sessions of 09/02-09/12 ("The claim was denied all
    the same", "A denial that overlooks the plan's own approval", "honor ... and reprocess the claim under its terms")
    while the letter itself said the approval did not cover those dates."""
    late = {"claim.plan_type": "individual_aca", "claim.denial_category": "prior_authorization",
            "claim.denial_reason": "Prior authorization was required and was not obtained.",
            "claim.service_dates": ["2026-09-02", "2026-09-05"],
            "prior_auth.approved": {"number": "PA-7", "date": "2026-09-22",
                                    "quote": "Approved. Dates of service 09/18/2026 through 03/17/2027.",
                                    "what_went_wrong": "The plan approved the same treatment from September 18."}}
    argued = re.compile(r"denied all the same|overlooks the plan's own approval|to honor PA-7|should be paid under it")
    for template in ("medical-necessity", "ketamine-trd"):
        letter = text(tmp_path, template, **late)
        assert "approved PA-7 on September 22, 2026" in letter and not argued.search(letter), template
        assert "Its dates do not reach the dates of service of this claim." in letter
        within = {**late, "claim.service_dates": ["2026-09-18", "2026-10-02"]}
        assert len(argued.findall(text(tmp_path, template, **within))) >= 3, template
    reason = "The plan began on September 1, in the middle of a course approved by the former plan."
    letter = text(tmp_path, "medical-necessity", **late, **{"prior_auth.reason_missing": reason})
    assert f"None of the services of this claim falls within PA-7: {reason}" in letter and not argued.search(letter)


@pytest.mark.parametrize(("words", "dates", "covers"), [
    ({"quote": "Approved - 36 sessions, valid 06/15/2026 through 09/30/2026."}, ["2026-07-06", "2026-08-21"], True),
    ({"covers": "sessions from September 18, 2026 onward"}, ["2026-09-02", "2026-09-12"], False),
    ({"covers": "sessions from September 18, 2026 onward"}, ["2026-09-12", "2026-09-20"], None),
    ({"from": "2026-01-01", "through": "2026-03-31", "quote": "Approved."}, ["2026-04-02"], False),
    ({"covers": "42 treatments"}, ["2026-04-02"], None)])
def test_the_dates_an_approval_reaches_are_read_from_its_own_words_or_fields(words, dates, covers):
    from appeal_kit.letter import derived
    case = {"claim": {"service_dates": dates}, "prior_auth": {"approved": {"number": "PA-1", **words}}}
    assert derived.approval(case)["covers_claim"] is covers


def test_an_approval_given_subject_to_eligibility_does_not_lead_a_letter_about_coverage_that_ended(tmp_path):
    """Set 13, case 05: "The plan approved ... before the care began: the services it covers should be paid under it"
    led a letter whose denial was that the coverage had ended; an approval is given subject to eligibility."""
    ended = {"claim.plan_type": "governmental", "claim.denial_category": "other",
             "claim.denial_reasons": ["coverage_ended"], "payer_criteria": None,
             "claim.denial_reason": "Expenses incurred after coverage terminated.",
             "eligibility.why": "I was on approved FMLA leave and paid my share of the premium.",
             "prior_auth.approved": {"number": "PA-9", "date": "2026-05-20"}}
    letter = text(tmp_path, "medical-necessity", **ended)
    first = letter.split("In short:")[1].split(". ")[1]  # the first of the numbered lines
    assert "coverage was in force" in first and "PA-9" not in first and "approved PA-9 on May 20, 2026" in letter
    other = {**ended, "claim.denial_category": "prior_authorization", "claim.denial_reasons": None,
             "claim.denial_reason": "No authorization on file."}
    led = text(tmp_path, "medical-necessity", **other).split("In short:")[1]
    assert "PA-9" in led.split(". ")[1]


# ---------------------------------------------------------------------------------------------- not a new start

NEW_STARTS = {"claim.denial_category": "step_therapy",
              "claim.denial_reason": "This drug is in our step therapy program. You must first try drug A. We have no "
                                     "record that you tried it.",
              "plan_policy.name": "Step therapy program ST-9",
              "plan_policy.quote": "Step therapy applies only to new starts. Step 1: drug A. Step 2: the drug "
                                   "requested, after Step 1.",
              "plan_policy.step_lookback_days": 180}
GIVEN = [{"date": "2026-08-20", "dose": "100 mg", "paid_by_plan": True, "claim": "CLM-1"}]


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_a_step_rule_for_new_starts_is_answered_first_with_the_doses_already_given(tmp_path, template, plan_type):
    """Set 15, case 08: the plan paid his injection a month before it asked him to try another drug first; the letter
    asked an exception to a step that did not apply. A dose within the rule's lookback before the notice makes the
    patient no new start, said before any step or exception; 42 CFR 422.136 only for Medicare Advantage."""
    if template == "external-review-request":
        pytest.skip("a next-level request answers the final decision")
    case = {**NEW_STARTS, "claim.plan_type": plan_type}
    letter = text(tmp_path, template, **case, **{"treatment.earlier_doses": GIVEN})
    said = re.search(r"[^.]*\btherefore not a new start\b[^.]*\.", letter)
    assert said, (template, plan_type)
    assert "August 20, 2026 (100 mg, paid for by" in letter, template
    assert ("42 CFR 422.136" in letter) == (plan_type == "medicare_advantage"), (template, plan_type)
    for exception in ("asks for an exception", "asks for an exception to it", "decide this request as that exception"):
        if exception in letter:
            assert letter.index(exception) > said.start(), (template, exception)
    assert "Not every step the plan lists is met" not in letter, template
    old = text(tmp_path, template, **case, **{"treatment.earlier_doses": [{**GIVEN[0], "date": "2025-01-10"}]})
    assert "not a new start" not in old, template  # outside the 180 days before the notice


def test_check_asks_for_the_doses_given_when_the_terms_speak_of_new_starts_and_for_the_lookback():
    bare = warnings(**{**NEW_STARTS, "plan_policy.step_lookback_days": None})
    assert any(w.startswith("treatment.earlier_doses") for w in bare)
    no_lookback = warnings(**{**NEW_STARTS, "plan_policy.step_lookback_days": None, "treatment.earlier_doses": GIVEN})
    assert any(w.startswith("plan_policy.step_lookback_days") for w in no_lookback)
    given = warnings(**NEW_STARTS, **{"treatment.earlier_doses": GIVEN})
    assert not any(w.startswith(("treatment.earlier_doses", "plan_policy.step_lookback_days")) for w in given)


# ---------------------------------------------------------------------------------------------- the wrong section

SECTION = {"claim.denial_category": "medical_necessity",
           "claim.denial_reason": "Covered for use A after two failed drugs (Policy P-1, criterion 1.2). One is "
                                  "documented. Not medically necessary.",
           "plan_policy.name": "Policy P-1",
           "plan_policy.quote": "Section 1. Use A: after two failed drugs. Section 2. Use B: when 2.1 and 2.2 are met.",
           "plan_policy.section": {"applied": "Section 1, criterion 1.2", "requested": "Section 2",
                                   "use": "use B", "proof": "clinical/progress-notes.pdf"}}


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_a_denial_under_the_section_for_another_use_is_answered_first_under_the_section_requested(
        tmp_path, template, plan_type):
    """Set 15, case 02: the treatment-resistance criterion applied to a request for the other labelled use, whose
    section needs no earlier trials; the letter set the two side by side and never said they do not meet."""
    if template == "external-review-request":
        pytest.skip("a next-level request answers the final decision")
    case = {**SECTION, "claim.plan_type": plan_type}
    letter = text(tmp_path, template, **case)
    said = re.search(r"[^.]*\bwhich the policy sets for another use, so it is not a ground for denying this "
                     r"request\.", letter)
    assert said, (template, plan_type)
    assert "I ask the plan to decide this request under Section 2" in letter or re.search(
        r"to decide this request under Section 2\b", letter), template
    first_reason = letter.find("Medical necessity is measured")
    assert first_reason == -1 or said.start() < first_reason, template
    same = text(tmp_path, template, **{**case, "plan_policy.section": {**SECTION["plan_policy.section"],
                                                                       "requested": "Section 1, criterion 1.2"}})
    assert "sets for another use" not in same, template
