"""Care after stabilization that the plan was asked to approve and never answered (letters set 20, case 08: the
hospital's request two days into an emergency admission was pended and never decided; the letter said only that the
plan had been notified). The letter says when the provider asked, the plan's reference, that it pended the request
and never answered, with the record of it, and cites the rule that makes the plan pay for such care only where it
governs (Medicare Advantage 42 CFR 422.113(c)(2)(iii); Medicaid managed care through 438.114(e)); elsewhere it asks
in plain words. Across every template that answers a denial x plan type."""
from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import TRD_SAMPLE, following_templates, rendered_text, sample_variant

from appeal_kit.letter import derived

TODAY = date(2026, 12, 5)
FOLLOWING = following_templates()
# the sample's care runs September 8-17, 2026: admitted on the 8th, the request on the 10th, never decided
ADMISSION = {"claim.denial_category": "prior_authorization", "payer_criteria": None,
             "claim.denial_reason": "The inpatient admission is denied. No authorization was obtained.",
             "emergency.care": True, "emergency.presented": "the emergency department of a general hospital",
             "emergency.symptoms": "a plan to overdose that night", "emergency.admitted": "2026-09-08 02:10",
             "prior_auth.requested_on": "2026-09-10", "prior_auth.notified": "2026-09-10 10:30",
             "prior_auth.never_decided": True, "prior_auth.reference": "UM-0910-77",
             "prior_auth.pended_on": "2026-09-10", "prior_auth.pended_for": "clinical records",
             "prior_auth.proof": "clinical/medication-trial-history.docx"}
CITES = {"medicare_advantage": "(42 CFR 422.113(c)(2)(iii))",
         "medicaid": "(42 CFR 438.114(e), applying 42 CFR 422.113(c)(2)(iii))"}


def letter(tmp_path, template: str, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(TRD_SAMPLE, **{**ADMISSION, **changes}), template, TODAY)


@pytest.mark.parametrize("plan_type", ["medicare_advantage", "medicaid", "employer_erisa", "fehb"])
@pytest.mark.parametrize("template", FOLLOWING)
def test_an_unanswered_request_for_the_care_after_stabilization_is_the_plans_to_pay(tmp_path, template, plan_type):
    text = letter(tmp_path, template, **{"claim.plan_type": plan_type})
    assert re.search(r"On September 10, 2026 at 10:30 a\.m\., the provider asked the plan to approve the care after "
                     r"stabilization \(the plan’s reference UM-0910-77\), and the plan never decided the request: it "
                     r"pended it on September 10, 2026 for clinical records, and never answered\. The record of the "
                     r"request: Exhibit [A-Z]\.", text), template
    cite = CITES.get(plan_type)
    if cite:
        assert f"financially responsible for that care {cite}" in text, template
    else:
        assert "cannot refuse to pay for it afterwards" in text and "422.113(c)" not in text, template
    assert "438.114" not in text or plan_type == "medicaid"
    # the request is the notice: not said a second time
    assert "notified the plan of the care" not in text, template


@pytest.mark.parametrize(("changes", "why"), [
    ({"prior_auth.never_decided": None}, "decided"),
    ({"prior_auth.requested_on": "2026-09-01"}, "asked before the admission"),
    ({"prior_auth.requested_on": "2026-09-20"}, "asked after the stay"),
])
def test_only_a_request_during_the_stay_that_was_never_decided_counts(changes, why):
    case = sample_variant(TRD_SAMPLE, **{**ADMISSION, **changes})
    assert derived.post_stabilization_request(case.data) is None, why
    assert derived.post_stabilization_request(sample_variant(TRD_SAMPLE, **ADMISSION).data) == {
        "day": date(2026, 9, 10), "time": "10:30 a.m."}


@pytest.mark.parametrize("template", ["medical-necessity", "expedited-appeal"])
def test_several_records_read_as_a_sentence_names_them(tmp_path, template):
    """Two records of the provider's notice, as the subject of "as ... show" (set 20, case 05 printed "as Exhibit G:
    State benefits enrollment confirmation; Exhibit F: Payroll statement show"): each named in parentheses, the verb
    plural; one record alone keeps "shows"."""
    notified = {**ADMISSION, "prior_auth.requested_on": None, "prior_auth.never_decided": None,
                "claim.plan_type": "fehb"}
    two = {**notified, "prior_auth.proof": ["clinical/medication-trial-history.docx", "clinical/progress-notes.pdf"]}
    text = letter(tmp_path, template, **two)
    assert re.search(r"notified the plan of the care on September 10, 2026, as Exhibit [A-Z] \([^()]+\) and Exhibit "
                     r"[A-Z] \([^()]+\) show\.", text), template
    one = letter(tmp_path, template, **notified)
    assert re.search(r"notified the plan of the care on September 10, 2026, as Exhibit [A-Z] shows\.", one), template


@pytest.mark.parametrize("plan_type", ["medicare_advantage", "medicaid", "employer_erisa", "fehb"])
@pytest.mark.parametrize("template", FOLLOWING)
def test_the_plans_own_payment_of_the_emergency_visit_is_said_with_its_record(tmp_path, template, plan_type):
    # set 20, case 08: the notice itself says the emergency department visit was "paid as emergency care" on a
    # separate claim while the admission from it is denied; emergency.plan_paid says so with the record
    paid = {"emergency.plan_paid": {"what": "the emergency department visit of September 7, 2026",
                                    "file": "denial/denial-notice.pdf", "page": 1}}
    report: dict = {}
    from appeal_kit.letter import render

    case = sample_variant(TRD_SAMPLE, **{**ADMISSION, **paid, "claim.plan_type": plan_type})
    render.render_letter(case, render.find_template(template), tmp_path / "x.docx", today=TODAY, clinic=None,
                         report=report)
    fact = report["facts"]["plan_paid_as_emergency"]
    assert fact.value is True and "emergency.plan_paid.what" in fact.sources
    assert any(s.startswith("Exhibit A, p. 1") for s in fact.sources)
    assert "plan_paid_as_emergency" in [f for f, _ in report["facts"].asserted], template
    # without it nothing is said
    render.render_letter(sample_variant(TRD_SAMPLE, **{**ADMISSION, "claim.plan_type": plan_type}),
                         render.find_template(template), tmp_path / "y.docx", today=TODAY, clinic=None, report=report)
    assert "plan_paid_as_emergency" not in [f for f, _ in report["facts"].asserted]
