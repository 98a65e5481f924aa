"""An authorization denial for care the plan's own terms need no authorization for (an emergency admission): the letter
argues on those terms, with the provider's notice and its record, and never asks for a retroactive authorization that
is not needed (set 14, case 05: "A missing authorization is a procedural gap" and "authorized retroactively" beside
the quoted "Prior authorization is not required for an emergency admission"; the hospital's call log had no field).
One case per kind, across template x plan type; the true letter passes."""
from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import TRD_SAMPLE, following_templates, sample_variant, trd_letter

from appeal_kit.letter import arguments

TRD = TRD_SAMPLE
TODAY = date(2026, 11, 26)
TEMPLATES = following_templates()
PLANS = ["employer_erisa", "individual_aca", "medicare_advantage", "medicaid", "church", "fehb", "unknown"]

NO_AUTH = {"claim.denial_category": "prior_authorization",
           "claim.denial_reason": "Prior authorization required and not obtained. No authorization on file.",
           "plan_policy.name": "Plan Document 6.2", "plan_policy.file": "clinical/progress-notes.pdf",
           "plan_policy.quote": "No prior authorization is needed for an admission through the emergency room. The "
                                "hospital must tell us within two business days.",
           "prior_auth.required": False, "prior_auth.notified": "2026-09-09",
           "prior_auth.proof": "clinical/medication-trial-history.docx"}
CONCEDES = re.compile(r"retroactiv|procedural gap|procedural point|was not in place before treatment")


def text(tmp_path, template, **changes) -> str:
    return trd_letter(tmp_path, template, TODAY, **changes)


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", TEMPLATES)
def test_care_the_plans_terms_need_no_authorization_for_is_argued_on_those_terms(tmp_path, template, plan_type):
    letter = text(tmp_path, template, **NO_AUTH, **{"claim.plan_type": plan_type})
    assert "No prior authorization was required for this care, so the lack of one is no ground for denying the " \
           "claim." in letter, template
    assert re.search(r"The provider notified the plan on September 9, 2026, as Exhibit [A-Z] shows\.", letter)
    assert re.search(r"to reprocess the claim for .{10,60} under those terms and to pay it, without an authorization "
                     r"they do not require", letter)
    assert not CONCEDES.search(letter), (template, CONCEDES.search(letter))


def test_without_the_field_the_denial_is_answered_as_before_and_check_asks_why(tmp_path):
    unsaid = {**NO_AUTH, "prior_auth.required": None, "prior_auth.notified": None,
              "claim.plan_type": "employer_erisa"}
    letter = text(tmp_path, "medical-necessity", **unsaid)
    assert "No prior authorization was required" not in letter
    assert any("prior_auth.reason_missing" in p for p in arguments.unanswered(sample_variant(TRD, **unsaid).data))
    assert not any("prior_auth.reason_missing" in p for p in arguments.unanswered(sample_variant(TRD, **NO_AUTH).data))


def test_the_providers_request_or_notice_is_named_by_its_exhibit(tmp_path):
    asked = {"claim.plan_type": "employer_erisa", "claim.denial_category": "prior_authorization",
             "claim.denial_reason": "No authorization on file.", "prior_auth.requested_on": "2026-09-01",
             "prior_auth.reason_missing": "The clinic faxed the request, but the plan has no record of it.",
             "prior_auth.proof": ["clinical/medication-trial-history.docx"]}
    letter = text(tmp_path, "medical-necessity", **asked)
    # a request made before the first date of care: never a retroactive authorization (letters set 46, case 02)
    assert re.search(r"What happened: The clinic faxed the request, but the plan has no record of it\. The request was "
                     r"made to the plan on September 1, 2026 \(Exhibit [A-Z]\)\. That was before the first date of "
                     r"care, September 8, 2026\. The care was not given without a request for authorization", letter)
    assert "now and authorized retroactively" not in letter and "procedural gap" not in letter
    # emergency care: the notice is said with the emergency answer, which needs no authorization either
    emergency = {**NO_AUTH, "claim.plan_type": "individual_aca", "emergency.care": True,
                 "emergency.symptoms": "an overdose", "emergency.presented": "the emergency department"}
    letter = text(tmp_path, "medical-necessity", **emergency)
    assert re.search(r"The provider notified the plan of the care on September 9, 2026, as Exhibit [A-Z] shows\.",
                     letter)
    assert not CONCEDES.search(letter)


def test_check_warns_when_the_letter_asks_for_an_authorization_the_terms_do_not_need():
    from appeal_kit import checks

    warned = [f.message for f in checks._template_findings(
        sample_variant(TRD, **NO_AUTH, template="retro-authorization"), ()) if f.field == "template"]
    assert warned and "draft with medical-necessity" in warned[0]
    assert not [f for f in checks._template_findings(sample_variant(TRD, **NO_AUTH), ()) if f.field == "template"]


def test_the_providers_notice_is_measured_by_the_plans_own_notice_rule_from_the_admission(tmp_path):
    """Set 14, case 05: "notified within 48 hours of the admission"; the hospital called 31 hours after it, and the
    letter never drew the conclusion."""
    timed = {**NO_AUTH, "claim.plan_type": "church",
             "plan_policy.quote": "Prior authorization is not required for an emergency admission. The Plan must be "
                                  "notified within 48 hours of the admission, or by the end of the next business day "
                                  "if later.",
             "emergency.admitted": "2026-09-08 02:10", "prior_auth.notified": "2026-09-09 09:15"}
    letter = text(tmp_path, "medical-necessity", **timed)
    assert re.search(r"The provider notified the plan on September 9, 2026, 31 hours after the admission on "
                     r"September 8, 2026, within the 48 hours those terms allow, as Exhibit [A-Z] shows\.", letter)
    late = text(tmp_path, "medical-necessity", **{**timed, "prior_auth.notified": "2026-09-10 09:15"})  # 55 hours
    assert "The provider notified the plan on September 10, 2026, as Exhibit" in late and "hours after" not in late
    untimed = text(tmp_path, "medical-necessity", **{**timed, "emergency.admitted": "2026-09-08"})
    assert "hours after" not in untimed


@pytest.mark.parametrize(("quote", "hours", "in_time"), [
    ("The Plan must be notified within 48 hours of the admission.", 48, True),
    ("The hospital must be notified within seventy-two (72) hours after admission.", 72, True),
    ("The hospital must be notified within twenty-four hours of the admission.", 24, False),
    ("Call us within two business days.", None, None)])
def test_the_notice_rule_is_read_from_the_plans_own_words(quote, hours, in_time):
    from appeal_kit.letter import derived

    notice = derived.admission_notice({"plan_policy": {"quote": quote}, "emergency": {"admitted": "2026-10-04 02:10"},
                                       "prior_auth": {"notified": "2026-10-05 09:15"}})
    assert (notice["hours"], notice["in_time"], notice["after"]) == (hours, in_time, 31)
