"""Process findings of letters sets 88 and 86's blind reviews (tests/resources/letter-review/set88-review.md at
9e74a405, set86-review.md at 393ab75f), each fixed by its kind and tested on the set's own fictional case and on
other shapes."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import SETS, case_of

from appeal_kit.case.folder import Case, load_case
from appeal_kit.letter import render

TODAY = date(2026, 12, 7)  # the day the sets were drafted and reviewed


def draft(tmp_path: Path, case: Case) -> str:
    """The letter's text, whitespace folded, drafted on the set's day from the template `draft` picks."""
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def copied(tmp_path: Path, set_name: str, number: str) -> Path:
    folder = tmp_path / "case"
    source = next(p for p in (SETS / set_name).iterdir() if p.is_dir() and p.name.startswith(number + "-"))
    shutil.copytree(source, folder)
    return folder


def test_a_record_is_never_said_to_show_a_coverage_date_it_does_not_hold(tmp_path):
    # set 88, case 07 (UNSUPPORTED): "Plan Document, Section 3.2(c) of January 1, 2026 (Exhibit E, p. 1) shows that
    # ... coverage ... was in force from January 1, 2024": the plan rule holds no start date, only case.yaml does
    text = draft(tmp_path, case_of("set88", "07"))
    assert ("Ms. Fairbanks-Olawale's dependent coverage under her mother's state employee plan was in force from "
            "January 1, 2024 through July 31, 2026.") in text
    assert "shows that" not in text
    assert "through July 31, 2026 (Exhibit" not in text
    # the summary of coverage that has ended says "was", as the paragraph does
    assert "plan was in force from January 1, 2024 through July 31, 2026, and every date of service" in text
    assert "is in force from" not in text
    # set 86, case 06 (UNSUPPORTED): the FMLA letter holds no coverage start of February 1, 2019
    text = draft(tmp_path, case_of("set86", "06"))
    assert "Saguaro County Employee Health Plan coverage is in force from February 1, 2019." in text
    assert "FMLA approval letter of July 29, 2026 (Exhibit" not in text and "shows that" not in text
    assert "February 1, 2019 (Exhibit" not in text


def test_a_record_that_holds_the_coverage_dates_is_still_said_to_show_them(tmp_path):
    # the off shape: the same plan document, holding the member's own coverage dates, is the record that shows them
    folder = copied(tmp_path, "set88", "07")
    record = folder / "other" / "plan-document-sections-3-2-and-14-3.txt"
    record.write_text(record.read_text() + "\nEnrollment record: dependent coverage effective 01/01/2024; "
                                           "ends 07/31/2026 (end of the month the child reaches age 26).\n")
    text = draft(tmp_path, load_case(folder))
    assert ("Plan Document, Section 3.2(c) of January 1, 2026 (Exhibit E, p. 1) shows that Ms. Fairbanks-Olawale's "
            "dependent coverage under her mother's state employee plan was in force from January 1, 2024 through "
            "July 31, 2026.") in text
    # one of the two dates missing from its text: not shown
    record.write_text(record.read_text().replace("01/01/2024", "01/01/2025"))
    assert "shows that" not in draft(tmp_path, load_case(folder))
