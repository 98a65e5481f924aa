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
