"""The remaining mild kinds of set 18's review and set 17's leftovers (tests/resources/letter-review/set18-review.md,
set17-review.md), each fixed by its kind: one case per kind, across template x plan type where it applies, the true
letter passing. Sets 17 and 18 are fix sets: these cases shaped the fixes, so no accuracy figure is measured on them."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit import rules
from appeal_kit.letter import render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
SPRAVATO = REPO / "evidence_samples" / "spravato-step-therapy"
TODAY = date(2026, 12, 4)
APPEALS = [t.name for t in render.list_templates() if "denial" in t.arguments]


def text(tmp_path, template, sample=TRD, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(sample, **changes), template, TODAY)


NEXT_LEVEL = {"external_review.final_denial_date": "2026-11-20",
              "claim.funding": "self_funded"}


# ------------------------------------------- 4: the next level is asked for a reviewer of the right specialty in
# plain words, never told the internal appeal's consultation rule

@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "governmental", "church", "medicaid",
                                       "chip", "fehb", "medicare_part_d"])
def test_the_next_level_is_asked_for_the_specialty_without_the_internal_consultation_rule(tmp_path, plan_type):
    changes = {**NEXT_LEVEL, "claim.plan_type": plan_type,
               "claim.reviewer": {"name": "Alan Whitcomb, MD", "specialty": "Family Medicine"}}
    letter = text(tmp_path, "external-review-request", **changes)
    internal = rules.registry()["independent_reviewer"].cite.get(plan_type)
    if internal:
        assert internal not in letter, plan_type
    if plan_type == "medicaid":  # a hearing officer: an independent medical assessment (letters set 61, case 02)
        assert "took no part" not in letter and "an independent medical assessment by a psychiatrist" in letter
    else:
        assert "took no part in the decisions before this review" in letter, plan_type
        assert "clinical reviewer who is a psychiatrist" in letter, plan_type
    # an internal appeal still asks for its own rule where the plan type has one
    first = text(tmp_path, "medical-necessity", **{"claim.plan_type": plan_type, "claim.reviewer": changes[
        "claim.reviewer"]})
    if internal:
        assert internal in first, plan_type


# ------------------------------------------- 5: parity stated as the rule states it; a policy set out once

PARITY_PLANS = ["employer_erisa", "individual_aca", "medicaid", "governmental", "church"]


@pytest.mark.parametrize("plan_type", PARITY_PLANS)
def test_parity_is_never_overstated_as_the_same_limitation_in_the_same_way(tmp_path, plan_type):
    letter = text(tmp_path, "esketamine-step-therapy", SPRAVATO, **{"claim.plan_type": plan_type})
    assert "no more stringently" in letter, plan_type
    assert "in the same way" not in letter and "same limitation" not in letter, plan_type


POLICY = {"name": "Clinical Policy CP-88 (Esketamine)",
          "quote": "Esketamine is approved for 4 weeks when all of the following are met: 1. Age 18 or older. "
                   "2. Inadequate response to two antidepressants in the current episode."}
ROWS = [{"criterion": "1. Age 18 or older", "how_met": "Age 38", "met": True},
        {"criterion": "2. Inadequate response to two antidepressants in the current episode",
         "how_met": "Sertraline and escitalopram, each 8 weeks, no response", "met": True}]


@pytest.mark.parametrize("category", ["step_therapy", "medical_necessity"])
@pytest.mark.parametrize("template", [t for t in APPEALS if render.find_template(t).criteria])
def test_a_policy_set_out_in_the_criteria_table_is_not_quoted_again_in_full(tmp_path, template, category):
    changes = {"plan_policy": POLICY, "payer_criteria": ROWS, "claim.denial_category": category}
    letter = text(tmp_path, template, SPRAVATO, **changes)
    assert letter.count("Esketamine is approved for 4 weeks") <= 1, template
    if "Inadequate response to two antidepressants in the current episode" in letter:  # the table is shown
        assert "Esketamine is approved for 4 weeks" not in letter, template
    # without the table the policy's words are quoted
    bare = text(tmp_path, template, SPRAVATO, **{"plan_policy": POLICY, "claim.denial_category": category})
    assert bare.count("Esketamine is approved for 4 weeks") <= 1, template


def test_a_quote_that_is_not_the_tabled_criteria_is_still_quoted(tmp_path):
    other = [{"criterion": "Member enrolled in the plan's behavioral health program", "how_met": "Enrolled since "
              "2025", "met": True}]
    letter = text(tmp_path, "esketamine-step-therapy", SPRAVATO,
                  **{"plan_policy": POLICY, "payer_criteria": other, "claim.denial_category": "step_therapy"})
    assert letter.count("Esketamine is approved for 4 weeks") == 1


# ------------------------------------------- 2: a request the member files with the state or an agency is addressed
# there, never to the plan "to be forwarded"

FILED_DIRECTLY = ["medicaid", "chip", "fehb", "medicare_part_d", "medicare"]


@pytest.mark.parametrize("plan_type", FILED_DIRECTLY + ["employer_erisa"])
def test_a_next_level_request_goes_to_whoever_decides_it(tmp_path, plan_type):
    from appeal_kit.intake.deadlines import next_level_of

    changes = {**NEXT_LEVEL, "claim.plan_type": plan_type}
    letter = text(tmp_path, "external-review-request", **changes)
    if plan_type in FILED_DIRECTLY:
        assert next_level_of(plan_type).addressee in letter, plan_type
        assert "to be forwarded" not in letter and "Please forward this request" not in letter, plan_type
    else:  # a self-funded plan's external review request goes through the plan, which assigns its reviewer (set 78, 08)
        assert "to be forwarded" in letter and "please assign one, send it this request" in letter
    named = text(tmp_path, "external-review-request", **changes, **{
        "external_review.agency": "Department of Human Services, Bureau of Hearings", "external_review.address":
        "PO Box 2675, Harrisburg, PA 17105"})
    assert "Department of Human Services, Bureau of Hearings" in named and "to be forwarded" not in named


@pytest.mark.parametrize("plan_type", ["medicaid", "chip", "fehb", "medicare_part_d"])
def test_check_asks_where_a_request_filed_directly_goes(plan_type):
    from appeal_kit import checks

    case = sample_variant(TRD, **NEXT_LEVEL, **{"claim.plan_type": plan_type, "template": "external-review-request"})
    found = [f for f in checks._letter_findings(case, (), TODAY) if f.field == "external_review.agency"]
    assert found and "not sent through the plan" in found[0].message, plan_type
    named = sample_variant(TRD, **NEXT_LEVEL, **{"claim.plan_type": plan_type, "template": "external-review-request",
                                                 "external_review.agency": "The state office"})
    assert not [f for f in checks._letter_findings(named, (), TODAY) if "not sent through the plan" in f.message]


# ------------------------------------------- 1: a request to reprocess under an approval names the claim's own lines,
# says they fall within the approval's period and count, and asks that a record entered wrong be corrected

APPROVED = {"number": "AUTH-2026-0001", "date": "2026-08-21", "from": "2026-08-31", "through": "2026-12-31",
            "covers": "36 TMS treatments, 90867 x1 and 90868 x35",
            "lines": [{"code": "90867", "units": 1, "given": 1}, {"code": "90868", "units": 35, "given": 35}]}
TAPER = {"claim.procedure_codes": ["90868"], "claim.sessions": 2, "claim.service_dates": ["2026-10-13", "2026-10-15"],
         "claim.denial_category": "prior_authorization", "claim.diagnosis_codes": ["F33.2"],
         "claim.denial_reason": "Payment denied. The services exceed the number of treatments authorized.",
         "treatment.name": "Transcranial magnetic stimulation (TMS)"}


@pytest.mark.parametrize("plan_type", ["employer_erisa", "medicare_advantage", "medicaid"])
@pytest.mark.parametrize("template", ["medical-necessity", "retro-authorization"])
def test_reprocessing_under_an_approval_names_the_claims_own_lines(tmp_path, template, plan_type):
    wrong = {**APPROVED, "what_went_wrong": "entered in the claims system as 30 treatments"}
    letter = text(tmp_path, template, **TAPER, **{"claim.plan_type": plan_type, "prior_auth.approved": wrong})
    assert "reprocess the claim under its terms: 90868, provided on October 13 and 15, 2026" in letter, template
    assert "90867, 1 unit" not in letter, template  # the approval's lines are not the claim's
    assert "August 31, 2026 through December 31, 2026" in letter, template
    assert "35 units of 90868 given in all under it, of 35 approved" in letter, template
    assert "Please also correct" in letter and "so that no other claim under it is denied the same way" in letter
    # more given than approved: never said to be within the count; nothing entered wrong: no correction asked
    beyond = {**APPROVED, "lines": [{"code": "90868", "units": 30, "given": 36}]}
    over = text(tmp_path, template, **TAPER, **{"claim.plan_type": plan_type, "prior_auth.approved": beyond})
    assert "within the count it approved" not in over and "Please also correct" not in over, template


# ------------------------------------------- 3: a decision's stated fact that the record contradicts is corrected in
# a sentence with its source; "medical necessity was not reviewed" is answered with a request to decide it now

def decided(reason: str, **more) -> dict:
    return {"decisions": [{"date": "2026-11-05", "outcome": "denied", "stage": "first-level appeal",
                           "opens": "second level", "next_deadline": "2027-01-04", "reason": reason, **more}]}


@pytest.mark.parametrize("plan_type", ["employer_erisa", "church", "medicaid", "medicare_advantage"])
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "experimental-investigational"])
def test_a_decisions_misstated_fact_is_corrected_with_its_source(tmp_path, template, plan_type):
    fix = {"said": "The member was discharged on 10/14/2026.", "record": "the patient was discharged on October 20, "
           "2026", "file": "clinical/medication-trial-history.docx", "page": 1}
    reason = "Upheld: not medically necessary. The member was discharged on 10/14/2026."
    letter = text(tmp_path, template, **decided(reason, corrections=[fix]), **{"claim.plan_type": plan_type})
    # the decision's words, quoted in full at the opening, are referred to there, not quoted again (letters set 65);
    # the statement, one of them, by its first words (set 73)
    said = ("As to the decision’s words quoted above, “The member was ...”, the record shows otherwise: the patient was "
            "discharged on ")
    assert f"{said}October 20, 2026 (Exhibit" in letter, template
    assert "The member was discharged on 10/14/2026" in letter.split(said)[0], template
    plain = text(tmp_path, template, **decided(reason), **{"claim.plan_type": plan_type})
    assert "the record shows otherwise" not in plain, template


@pytest.mark.parametrize("template", APPEALS)
def test_medical_necessity_not_reviewed_is_asked_to_be_decided_now(tmp_path, template):
    reason = "Treatments 13 through 18 exceed the limit. This decision is based on plan provisions; medical " \
             "necessity was not reviewed."
    letter = text(tmp_path, template, **decided(reason), **{"claim.denial_category": "benefit_limit"})
    if render.find_template(template).route == "next level":
        assert "review it now, on its merits" not in letter, template
        return
    assert "says that medical necessity was not reviewed" in letter, template
    assert "review it now, on its merits" in letter, template
    reviewed = text(tmp_path, template, **decided("Treatments 13 through 18 exceed the limit."),
                    **{"claim.denial_category": "benefit_limit"})
    assert "review it now, on its merits" not in reviewed, template


# ------------------------------------------- 6: proof of submission says how and where; the plan's own "not
# reasonably possible" filing clause is applied to the dates the case gives

LATE_RULE = ("Claims must be received within 180 days after the date of service. We will not deny a claim filed late "
             "if you show that it was not reasonably possible to file it on time and that you filed it as soon as "
             "reasonably possible.")
FILED = {"claim.denial_category": "timely_filing", "claim.denial_reasons": ["timely_filing"],
         "claim.denial_reason": "The time limit for filing has expired.", "plan_policy.quote": LATE_RULE,
         "filing.first_submitted": "2026-09-20", "filing.method": "certified mail",
         "filing.sent_to": "the plan's claims address, PO Box 100, Phoenix, AZ 85072",
         "filing.returned": "2026-11-02", "filing.resent": "2026-11-05"}


@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "governmental", "church"])
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_a_late_claim_is_argued_under_the_plans_own_not_reasonably_possible_clause(tmp_path, template, plan_type):
    letter = text(tmp_path, template, **FILED, **{"claim.plan_type": plan_type})
    assert "first submitted on September 20, 2026 by certified mail to the plan's claims address, PO Box 100" in letter
    assert ("returned, or found not on file, on November 2, 2026, and it was sent again on November 5, 2026, 3 days "
            "later") in letter, template
    # a rule without the clause, or dates the wrong way round, argue no fallback
    plain = text(tmp_path, template, **{**FILED, "plan_policy.quote": "Claims must be received within 180 days after "
                                        "the date of service."}, **{"claim.plan_type": plan_type})
    assert "sent again" not in plain, template
    wrong = text(tmp_path, template, **{**FILED, "filing.returned": "2026-11-10"}, **{"claim.plan_type": plan_type})
    assert "sent again" not in wrong, template


# ------------------------------------------- 6: the approval period the criteria grant, and the plan's own decision
# time where no rule gives one, are asked for

def test_the_approval_period_the_criteria_grant_is_asked_for_care_still_to_come(tmp_path):
    policy = {"name": "Pharmacy Policy FE-100", "quote": "We will approve a formulary exception when the formulary "
              "alternatives have been ineffective. Approval period: 12 months."}
    for plan_type in ("fehb", "employer_erisa", "medicaid"):
        letter = text(tmp_path, "esketamine-step-therapy", SPRAVATO, **{"plan_policy": policy,
                                                                        "claim.plan_type": plan_type,
                                                                        "claim.service_dates": ["2026-12-15"]})
        assert "for 12 months, the approval period its criteria set" in letter, plan_type
        plain = text(tmp_path, "esketamine-step-therapy", SPRAVATO, **{"claim.plan_type": plan_type,
                                                                       "claim.service_dates": ["2026-12-15"]})
        given = text(tmp_path, "esketamine-step-therapy", SPRAVATO, **{"plan_policy": policy,
                                                                       "claim.plan_type": plan_type})
        assert "approval period its criteria set" not in given, plan_type  # the care was given: nothing to approve
        assert "approval period its criteria set" not in plain, plan_type


@pytest.mark.parametrize("template", ["medical-necessity", "esketamine-step-therapy"])
def test_the_plans_own_decision_time_is_asked_where_no_rule_gives_one(tmp_path, template):
    terms = ("Brochure Section 8: We have 30 days from the date we receive your request to pay the claim, approve "
             "the service or drug, or deny it.")
    fehb = text(tmp_path, template, SPRAVATO, **{"claim.plan_type": "fehb", "plan_policy.other_terms": terms})
    assert "Please decide this appeal within the 30 days the plan's own terms give: “We have 30 days from the date we " \
           "receive your request to pay the claim, approve the service or drug, or deny it.”" in fehb, template
    # the terms hold nothing else: quoted once, in the request, not again as other terms (set 20, case 01)
    assert "Other terms of the plan bear on this claim" not in fehb, template
    # a plan type whose rule gives a clock asks under the rule, never under the plan's words as well
    erisa = text(tmp_path, template, SPRAVATO, **{"claim.plan_type": "employer_erisa", "plan_policy.other_terms": terms})
    assert "the plan's own terms give" not in erisa, template
    # terms that say more are still quoted as other terms beside the request
    more = text(tmp_path, template, SPRAVATO, **{"claim.plan_type": "fehb", "plan_policy.other_terms": terms
                                                 + " Members may ask for a second opinion."})
    assert "Other terms of the plan bear on this claim" in more and "within the 30 days" in more, template
