"""Process findings of letters set 78's blind review at 37cc64fb (tests/resources/letter-review/set78-review.md),
each fixed by its kind and tested on the set's own fictional case: the limit the plan's terms give is the one the
letter states, the denial's only quoted and answered."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.letter import render

TODAY = date(2026, 12, 7)  # the day the set was drafted and reviewed


def draft(tmp_path: Path, case: Case) -> str:
    """The letter's text, whitespace folded, drafted on the set's day from the template `draft` picks."""
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_a_corrected_claim_is_held_to_its_own_limit_from_the_plans_terms_not_one_counted_from_the_service(tmp_path):
    # set 78, case 06 (CONTRADICTION): the plan counts a corrected claim's 180 days from the original's processing
    # (corrected_claim.deadline: November 8, 2026); the letter said "was due by August 30, 2026", 180 days from the
    # date of service as the denial misread it, and a few lines later that the limit ran to November 8, 2026
    text = draft(tmp_path, case_of("set78", "06"))
    assert "Under it, the corrected claim for March 3, 2026 was due by November 8, 2026." in text
    assert "which ran to November 8, 2026" in text
    assert "August 30, 2026" not in text
    # without the corrected claim's own deadline, the quoted rule's count from the date of service is as before
    text = draft(tmp_path, case_of("set78", "06", **{"corrected_claim.deadline": None}))
    assert "was due by August 30, 2026" in text


def test_an_appeal_made_by_phone_in_time_is_confirmed_in_writing_and_decided_by_the_day_counted_from_it(tmp_path):
    # set 78, case 03 (MISSING + REQUEST): a Medicaid managed-care appeal made by phone on 11/20/2026, by the last day
    # (11/28), dismissed by the plan's letter of 12/04 as "untimely"; the letter never mentioned the call or the
    # dismissal, and asked for a decision "within 30 days of receiving it", from this letter
    text = draft(tmp_path, case_of("set78", "03"))
    assert ("I am writing to confirm in writing the appeal of Buckeye Harbor Health Plan (Ohio Medicaid managed care) "
            "(FICTIONAL)’s denial of adolescent dialectical behavior therapy program (24 weeks) made by phone on "
            "November 20, 2026") in text
    assert ("The appeal was made by phone on November 20, 2026 (call reference BHH-MS-26-1120-50418 (oral appeal)), "
            "by November 28, 2026, the last day to appeal") in text
    assert "counts as the appeal from the day it was made (42 CFR 438.402(c)(3)(ii) and 438.406(b)(3))" in text
    assert "dismissed the appeal: “Your appeal received 12/03/2026 is untimely." in text
    assert "Please withdraw that dismissal and treat the appeal as filed on November 20, 2026." in text
    assert "Please decide it by December 20, 2026, 30 days from that day (42 CFR 438.408(b)(2))." in text
    assert ("If no decision comes by then, the appeal is deemed exhausted and a state fair hearing may be asked for "
            "(42 CFR 438.408(c)(3) and (f)(1)(i)).") in text
    assert "of receiving it" not in text
    # without the case's own due day, the same day is counted from the call
    text = draft(tmp_path, case_of("set78", "03", **{"submissions": [{
        "date": "2026-11-20", "method": "phone", "stage": "plan appeal (first level)"}]}))
    assert "Please decide it by December 20, 2026, 30 days from that day" in text


def test_an_oral_appeal_is_confirmed_only_for_a_plan_type_whose_rules_accept_one(tmp_path):
    # an employer plan's rules name no oral appeal: the letter is the appeal, asked to be decided in its own time
    text = draft(tmp_path, case_of("set78", "03", **{"claim.plan_type": "employer_erisa", "claim.delivery": None}))
    assert "confirm in writing" not in text and "made by phone" not in text
    # a written appeal sent to a Medicaid plan is not an oral one
    text = draft(tmp_path, case_of("set78", "03", **{"submissions": [{
        "date": "2026-11-20", "method": "mail", "stage": "plan appeal (first level)"}]}))
    assert "confirm in writing" not in text and "made by phone" not in text


def test_a_reconsideration_the_qic_never_decided_is_escalated_to_an_alj_not_asked_for_again(tmp_path):
    # set 78, case 01 (REQUEST x2 + CONTRADICTION + MISSING): the QIC received the reconsideration request on
    # 07/31/2026 and did not decide it by 09/29/2026 (submissions[].decision_due); the letter asked for a new
    # reconsideration "within 180 days" and a decision "within 60 days of receiving it"
    text = draft(tmp_path, case_of("set78", "01"))
    assert "RE: Request to escalate the reconsideration to an Administrative Law Judge" in text
    assert ("I ask you to escalate to an Administrative Law Judge at the Office of Medicare Hearings and Appeals the "
            "reconsideration of Lakeshore Medicare Administrative Contractor’s redetermination decision dated June "
            "10, 2026") in text
    assert ("The request for that reconsideration was sent on July 28, 2026 (USPS certified mail, delivered "
            "07/31/2026). You had until September 29, 2026 to decide it (42 CFR 405.970(a)), and no decision has "
            "been issued.") in text
    assert "This is the written request to escalate the appeal (42 CFR 405.970(d)-(e) and 405.1002(b))" in text
    for wrong in ("I request reconsideration", "within 180 days", "405.962", "of receiving it (42 CFR 405.970(a))",
                  "everything Medicare gives the reviewer"):
        assert wrong not in text
    # a decision recorded after the request: nothing to escalate, the request is as before
    decided = case_of("set78", "01")
    decided.data["decisions"].append({"date": "2026-09-20", "outcome": "denied", "stage": "QIC reconsideration"})
    assert "escalate" not in draft(tmp_path, decided)
    # no decision_due: the day the QIC received the request, which its 60 days count from, is not known
    text = draft(tmp_path, case_of("set78", "01", **{"submissions": [{
        "date": "2026-07-28", "method": "certified mail", "stage": "QIC reconsideration"}]}))
    assert "escalate" not in text


def test_a_self_funded_plans_external_review_is_asked_of_the_plan_which_assigns_the_review_organization(tmp_path):
    # set 78, case 08 (REQUEST): external_review.agency names the federal process with no address; the letter was
    # addressed to that name alone and asked nobody to act. Under the federal process the request is filed with the
    # plan, which assigns an accredited independent review organization
    text = draft(tmp_path, case_of("set78", "08"))
    assert ("December 7, 2026 Midwest Logistics Group Health Plan, administered by Lakefront Benefit Administrators "
            "(FICTIONAL) Attn: Requests for independent external review (to be forwarded to an accredited independent "
            "review organization) Lakefront Benefit Administrators Appeals (FICTIONAL) PO Box 80412") in text
    assert "Federal external review process for self-funded plans, through" not in text
    assert ("the request is filed with the plan, which assigns an accredited independent review organization to it "
            "(29 CFR 2590.715-2719(d)): please assign one, send it this request, the enclosed exhibits and the "
            "complete claim file without delay, and tell me which organization was assigned.") in text
    assert "I ask the organization to decide on the whole record" in text
    # with the body's address, the request goes to it, as before
    text = draft(tmp_path, case_of("set78", "08", **{"external_review.address": "PO Box 1\nChicago, IL 60601"}))
    assert "Federal external review process for self-funded plans, through" in text
    assert "please assign one" not in text and "Please decide on the whole record" in text


def test_check_never_calls_an_appeal_made_by_phone_in_time_late():
    # set 78, case 03: check warned "passed 9 days ago; file anyway and explain the delay" for an appeal made by
    # phone on 11/20, before the last day, 11/28
    from appeal_kit import checks

    findings = checks._deadline_findings(case_of("set78", "03"), TODAY)
    said = " ".join(f.message for f in findings)
    assert "explain the delay" not in said and "an appeal was sent by then" in said
    assert all(f.level != "warning" for f in findings if f.field == "claim.appeal_deadline")
    # no appeal sent by the deadline: the warning stands
    findings = checks._deadline_findings(case_of("set78", "03", submissions=[]), TODAY)
    assert "file anyway and explain the delay" in " ".join(f.message for f in findings)


def test_a_provider_status_is_answered_in_the_denials_own_word(tmp_path):
    # set 78, case 04 (FALSE, mild): the denial says "not a TRICARE-authorized provider"; the letter answered that the
    # provider's "enrollment" took effect and the care was given by "an enrolled provider", another status
    text = draft(tmp_path, case_of("set78", "04"))
    assert ("The status of Ellery Mwangi-Hart, LPC, as a TRICARE-authorized provider took effect on June 15, 2026"
            in text)
    assert "the care was given by a TRICARE-authorized provider" in text
    assert "correct its record of that status to June 15, 2026" in text
    assert "enrolled" not in text and "enrollment" not in text
    # a denial that does not use the word: enrollment, as before
    text = draft(tmp_path, case_of("set78", "04", **{"claim.denial_reason": "The provider was not enrolled on the "
                                                                            "date of service."}))
    assert "the care was given by an enrolled provider" in text
