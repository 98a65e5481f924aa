"""Set 25's findings (tests/resources/letter-review/set25): each fix tested on its structure, with the cases that
must stay as they were."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_letter_set12_findings import case12

from appeal_kit.letter import derived, render

SET25 = Path(__file__).resolve().parent / "resources" / "letter-review" / "set25"
TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("applied_unit, said", [
    ("behavioral health visits", "behavioral health visits"),  # case 04: the denial counted group sessions too
    (None, "individual psychotherapy visits")])  # no other unit given: the terms' own
def test_the_limit_the_denial_applied_is_said_in_what_it_counted(applied_unit, said):
    case = case12("04", where=SET25, **{"plan_policy.limit.applied_unit": applied_unit})
    assert derived.benefit_limit(case.data)["applied_unit"] == (applied_unit or "")
    ctx = render.build_context(case, render.find_template(case.data.get("template") or "medical-necessity"),
                               today=TODAY, clinic=None)
    text = " ".join(p for a in ctx["arguments"] for p in a["paragraphs"])
    assert f"The denial applied a limit of 30 {said}." in text
    # where the two differ, the letter says the terms limit their own unit only
    assert ("The terms limit individual psychotherapy visits only" in text) is (applied_unit is not None)
