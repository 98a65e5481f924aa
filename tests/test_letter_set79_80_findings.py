"""Findings of letters sets 79 and 80's blind reviews at a5cd194b (tests/resources/letter-review/set79-review.md,
set80-review.md), fixed by kind and tested on the sets' own fictional cases."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.letter import render

TODAY = date(2026, 12, 7)  # the day the sets were drafted and reviewed


def draft(tmp_path: Path, case: Case) -> str:
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_records_offered_for_a_request_never_decided_are_not_said_to_be_what_the_plan_judges_by(tmp_path):
    # set 80, cases 05 and 07 (UNSUPPORTED): "The enclosed records address the diagnosis and its severity, which is
    # what that decision would have been judged on", where the case holds no criteria of the plan's
    for number in ("05", "07"):
        text = draft(tmp_path, case_of("set80", number))
        assert "judged on" not in text
        assert "The enclosed records address the diagnosis" in text and ", for that decision." in text
