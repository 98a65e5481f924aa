"""Process findings of letters set 97's blind review at 5915dd5c (tests/resources/letter-review/set97-review.md) left
by the lead, fixed in round s82 process: a notice whose own window is shorter than the rule's that gives the deadline
(07: the EOB's 60 days beside the rule's 180, and its siblings under other plan types and counts from receipt), and
the records of a prior-authorization request never decided, enclosed and unnamed (07)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.checks import _unused_document_findings
from appeal_kit.letter import derived, render

TODAY = date(2026, 12, 7)
EOB_WINDOW = "Appeal: you have 60 days from the date of this notice to file an appeal."
FAX_REPORT = "other/pa-request-fax-report-2026-06-10.txt"
PORTAL = "other/portal-status-printout-2026-11-12.txt"


def draft(tmp_path: Path, case: Case) -> str:
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_the_rules_window_is_the_reason_beside_a_notice_that_states_a_shorter_one(tmp_path):
    # 07 (MISSING): "This appeal is made by April 3, 2027, within the time allowed for appealing it", no rule, while
    # the EOB the plan reads gives "60 days from the date of this notice" (12/04/2026, before the letter)
    case = case_of("set97", "07", **{"claim.notice_window": EOB_WINDOW})
    assert derived.notice_window_short(case.data, date(2027, 4, 3)) == {
        "days": 180, "from_receipt": True, "stated": 60, "stated_day": "2026-12-04"}
    text = draft(tmp_path, case)
    assert ("This appeal is made by April 3, 2027, within the time allowed for appealing it: the rules allow an appeal "
            "within 180 days after the notice is received (45 CFR 147.136(b)(3)), and the 60 days the notice states "
            "are shorter than they allow.") in text
    assert "within 60 days" not in text.replace("Please decide this appeal within 60 days", "")


def test_the_case_as_reviewed_and_a_notice_that_agrees_with_the_rule_keep_the_plain_sentence(tmp_path):
    plain = "This appeal is made by April 3, 2027, within the time allowed for appealing it."
    # off shapes: no notice window recorded (the case as reviewed); the notice's own window the rule's 180 days
    for changes in ({}, {"claim.notice_window": "You may appeal within 180 days after you receive this notice."}):
        case = case_of("set97", "07", **changes)
        assert plain in draft(tmp_path, case)
    # a deadline that is the notice's own date, not the rule's count, is not set beside the rule
    case = case_of("set97", "07", **{"claim.notice_window": EOB_WINDOW})
    assert derived.notice_window_short(case.data, date(2026, 12, 4)) is None
    # nor a typed deadline that is neither (the rule gives 04/03/2027 counted from the notice date)
    assert derived.notice_window_short(case.data, date(2027, 4, 10)) is None


def test_a_part_d_notices_60_days_beside_the_rules_65_from_its_date(tmp_path):
    # sibling (set 94, case 05): a Part D coverage determination printing the rule before 2025, a window counted from
    # the notice's date, not from receipt
    case = case_of("set94", "05", **{
        "claim.notice_window": "You have the right to ask us for a redetermination. You must ask within 60 days from "
                               "the date of this notice."})
    text = draft(tmp_path, case)
    assert ("This appeal is made by January 24, 2027, within the time allowed for appealing it: the rules allow an "
            "appeal within 65 days from the date of the notice (42 CFR 423.582(b)), and the 60 days the notice states "
            "are shorter than they allow.") in text


def test_a_notice_received_late_gives_its_receipt_then_the_shorter_window(tmp_path):
    # sibling (set 94, case 02): an ERISA notice forwarded from an old address, the rule's 180 days counted from its
    # receipt, and the notice's "60 days of the date of this letter"
    case = case_of("set94", "02", **{
        "claim.notice_window": "Your right to appeal: You may appeal within 60 days of the date of this letter."})
    short = derived.notice_window_short(case.data, date(2027, 3, 27))
    assert short is not None and (short["days"], short["stated"]) == (180, 60)
    text = draft(tmp_path, case)
    assert ("This appeal is made by March 27, 2027, within the time allowed for appealing it: the notice was received "
            "on September 28, 2026 (Exhibit C), and an appeal may be filed within 180 days after receipt (29 CFR "
            "2560.503-1(h)(3)(i)); the 60 days the notice states are shorter than the rules allow.") in text


def test_check_asks_for_the_records_of_a_request_never_decided():
    # 07 (MISSING): the fax report and the plan's portal printout enclosed, the letter's winning point without them
    case = case_of("set97", "07")
    said = [f for f in _unused_document_findings(case) if f.field == "prior_auth.proof"]
    assert len(said) == 1 and said[0].level == "warning"
    assert said[0].message.startswith("case.yaml records a request for authorization sent on June 10, 2026 "
                                      "(prior_auth.requested_on) but no record of it")
    # off shapes: the records named, or no request recorded: nothing asked
    named = case_of("set97", "07", **{"prior_auth.proof": [FAX_REPORT, PORTAL], "prior_auth.reference":
                                      "PA-26-0610-7734"})
    assert [f for f in _unused_document_findings(named) if f.field == "prior_auth.proof"] == []
    unasked = case_of("set97", "07", **{"prior_auth.requested_on": None})
    assert [f for f in _unused_document_findings(unasked) if f.field == "prior_auth.proof"] == []


def test_with_its_records_named_the_letter_gives_the_request_its_reference_and_exhibits(tmp_path):
    named = case_of("set97", "07", **{"prior_auth.proof": [FAX_REPORT, PORTAL], "prior_auth.reference":
                                      "PA-26-0610-7734"})
    text = draft(tmp_path, named)
    assert ("The request was made to the plan on June 10, 2026, and the plan gave it the reference PA-26-0610-7734. "
            "It was never decided (Exhibit C: ") in text
