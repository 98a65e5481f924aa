"""Process findings of letters set 94's blind review at f2fee163 (tests/resources/letter-review/set94-review.md),
fixed by the lead: a fax report given as the proof of its own sending (07) and days the plan covered listed as the
denied dates of service (08)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.checks import _covered_days_findings, _own_proof_findings, check_case
from appeal_kit.letter import derived, render

TODAY = date(2026, 12, 7)
REPORT = "other/fax-transmission-report-2026-06-02.txt"


def draft(tmp_path: Path, case: Case) -> str:
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_a_fax_report_is_never_the_record_it_proves_was_sent(tmp_path):
    # 07 (UNSUPPORTED): "Exhibit E, dated June 2, 2026, was sent to the plan on June 2, 2026 (Exhibit E)" of the
    # clinic's own transmission report, the request it proves faxed being no file of the case
    case = case_of("set94", "07")
    assert derived.records_sent(case.data) == []
    text = draft(tmp_path, case)
    assert "Records sent to the plan before it decided" not in text
    assert "was sent to the plan on June 2, 2026 (Exhibit E)" not in text
    # the report still answers the decision's "no record of a request" where the letter corrects it
    assert "on 06/02/2026 at 10:42, 14 pages, result OK (fax transmission report)" in text
    report = check_case(case.folder, today=TODAY)
    assert [f.field for f in report.findings if "proof of its own sending" in f.message] == ["record_dates[0]"]
    # off shape: the record sent named in `file`, the report its proof: the letter says it was sent, with both
    rows = [{"file": "clinical/psychiatry-note-2026-05-28.txt", "date": "2026-05-28", "sent": "2026-06-02",
             "sent_proof": REPORT}]
    sent = case_of("set94", "07", record_dates=rows)
    assert [r["proof"] for r in derived.records_sent(sent.data)] == [REPORT]
    assert _own_proof_findings(sent.data) == []
    # a record that is its own proof by anything but a report's name (a note bearing its fax banner) was sent itself
    banner = [{"file": "clinical/psychiatric-evaluation-2026-05-28.txt", "date": "2026-05-28", "sent": "2026-06-02",
               "sent_proof": "clinical/psychiatric-evaluation-2026-05-28.txt"}]
    assert [r["file"] for r in derived.records_sent(case_of("set94", "07", record_dates=banner).data)] == [
        "clinical/psychiatric-evaluation-2026-05-28.txt"]


def test_days_before_the_decisions_end_date_are_covered_not_denied():
    # 08 (REQUEST): a residential stay covered through 12/06 given as the dates of service of a decision that ends it
    # on 12/07: check says the letter would ask for days not in dispute
    said = [f for f in check_case(case_of("set94", "08").folder, today=TODAY).findings
            if f.field == "claim.service_dates" and "December 7, 2026" in f.message]
    assert len(said) == 1 and "the plan covered those days" in said[0].message
    # off shapes: a date on or after the day the change takes effect is denied; a new request (action none) has no
    # covered days
    for changes in ({"claim.service_dates": ["2026-11-16", "2026-12-07"]}, {"claim.action": "none"}):
        assert _covered_days_findings(case_of("set94", "08", **changes).data) == []
