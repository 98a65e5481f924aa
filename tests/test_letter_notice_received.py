"""A notice received after its date (forwarded mail, a wrong address): where the plan type's rule counts the appeal
window from receipt, the case's claim.notice_received gives the day it counts from, and the letter gives that as the
deadline's reason, with the record of the receipt (letters set 76, case 05: a notice that said "60 days of the date
of this letter", answered by a date five months later with no reason given)."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.intake.deadlines import deadline_for_case
from appeal_kit.letter import render

TODAY = date(2026, 12, 7)
RECEIVED = {"claim.notice_received": {"date": "2026-09-24", "proof": "other/forwarded-envelope-and-receipt-note.txt"}}


def draft(tmp_path: Path, case: Case) -> str:
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_the_deadline_counted_from_receipt_is_given_with_its_reason(tmp_path):
    text = draft(tmp_path, case_of("set76", "05", **RECEIVED))
    assert re.search(r"This appeal is made by March 23, 2027, within the time allowed for appealing it: the notice was "
                     r"received on September 24, 2026 \(Exhibit [A-Z]\), and an appeal may be filed within 180 days after "
                     r"receipt \(29 CFR 2560\.503-1\(h\)\(3\)\(i\)\)\.", text)
    # without the record of receipt the deadline is stated as before, with no reason the case cannot show
    before = draft(tmp_path, case_of("set76", "05"))
    assert "This appeal is made by March 23, 2027, within the time allowed for appealing it." in before
    assert "was received on" not in before


def test_the_rule_counts_from_the_recorded_receipt():
    case = case_of("set76", "05", **RECEIVED, **{"claim.appeal_deadline": None, "claim.deadline_basis": None})
    due = deadline_for_case(case.data)
    assert due.date == date(2027, 3, 23) and due.received_on == date(2026, 9, 24)
    assert "received, 2026-09-24" in due.basis
    # a typed deadline that is not the rule's count from that day is kept, and never given that reason
    typed = deadline_for_case(case_of("set76", "05", **RECEIVED, **{"claim.appeal_deadline": "2027-03-10"}).data)
    assert typed.date == date(2027, 3, 10) and typed.received_on is None
    # a rule counted from the notice's date (Medicaid managed care: 60 days from the notice) ignores the receipt
    medicaid = deadline_for_case(case_of("set76", "05", **RECEIVED, **{
        "claim.appeal_deadline": None, "claim.deadline_basis": None, "claim.plan_type": "medicaid"}).data)
    assert medicaid.date == date(2026, 11, 10) and medicaid.received_on is None


def test_a_receipt_on_the_notices_own_date_changes_nothing():
    case = case_of("set76", "05", **{"claim.notice_received": {"date": "2026-09-11"},
                                     "claim.appeal_deadline": None, "claim.deadline_basis": None})
    due = deadline_for_case(case.data)
    assert due.date == date(2027, 3, 10) and due.received_on is None
