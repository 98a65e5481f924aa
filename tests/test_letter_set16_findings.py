"""The findings of set 16's review (tests/resources/letter-review/set16-review.md), each fixed by its kind: one case per
kind, across template x plan type where it applies, the true letter passing. Set 16 is a fix set: these cases shaped
the fixes, so no accuracy figure is measured on it."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit.letter import arguments, render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 11, 26)
APPEALS = [t.name for t in render.list_templates() if "denial" in t.arguments]
PLANS = ["employer_erisa", "individual_aca", "medicaid", "fehb"]


def text(tmp_path, template, **changes) -> str:
    return " ".join(rendered_text(tmp_path, sample_variant(TRD, **changes), template, TODAY).split())


# ------------------------------------------- 1: a drug still taken with a partial response is never called failed

# two antidepressants stopped after no response, and a third still taken with a partial one (set 16, case 02)
STILL_PARTIAL = [
    {"drug": "Escitalopram", "dose": "20 mg", "start": "2025-01-06", "end": "2025-03-31", "response": "none",
     "outcome": "No response"},
    {"drug": "Bupropion XL", "dose": "300 mg", "start": "2025-04-07", "end": "2025-06-30", "response": "none",
     "outcome": "No response"},
    {"drug": "Sertraline", "dose": "150 mg", "start": "2025-07-07", "ongoing": True, "response": "partial",
     "outcome": "Partial response; continued"},
]


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_a_drug_still_taken_is_named_with_its_partial_response_never_counted_as_failed(tmp_path, template, plan_type):
    letter = text(tmp_path, template, **{"clinical.history": STILL_PARTIAL, "claim.plan_type": plan_type})
    # whichever way a reader takes "failed", no count sums the drug still taken with those that failed
    assert not re.search(r"failed three\b|three adequate antidepressant trials failed", letter), template
    assert "Sertraline was stopped" not in letter and "Sertraline failed" not in letter, template
    if "failed two adequate antidepressant trials" in letter:
        assert "Sertraline, still being taken, has brought only a partial response" in letter, template


def test_the_count_holds_the_trials_that_ended_and_names_the_drug_still_taken_by_its_response():
    rows = [*STILL_PARTIAL[:2], {**STILL_PARTIAL[2], "end": "2026-11-26", "response": "none"}]
    trials = arguments.trial_summary([{**r, arguments.STILL_TAKEN: r.get("ongoing", False)} for r in rows])
    assert trials["adequate_failed"] == 2 and trials["medication"] == 2
    assert [r["drug"] for r in trials["groups"]["inadequate"]] == ["Sertraline"]
    assert trials["summary"] == ("two adequate antidepressant trials; Sertraline, still being taken, has brought no "
                                 "response")
    assert "Sertraline" not in trials["uncounted"]  # named once, with what it brought


# -------------------------------------------- 2: the six-week rule only beside trials the six weeks measure

def test_the_six_week_rule_is_never_printed_beside_a_trial_judged_by_another_measure():
    # a 6-day benzodiazepine challenge marked adequate by the plan's own hours (set 16, case 05), and nerve blocks
    # (a procedure, set 16, case 07): the six weeks measure neither
    challenge = {"drug": "Lorazepam", "dose": "6-8 mg/day", "start": "2026-10-21", "end": "2026-10-27",
                 "adequate": True, "response": "partial"}
    blocks = {"drug": "Lumbar sympathetic blocks (three)", "start": "2025-11", "end": "2026-02", "failed": True,
              "kind": "other"}
    weeks = {"drug": "Venlafaxine XR", "dose": "225 mg", "start": "2025-01-06", "end": "2025-04-07",
             "response": "none"}
    for rows in ([challenge], [blocks], [challenge, weeks]):
        trials = arguments.trial_summary(rows)
        assert trials["adequate_failed"] == len(rows)
        assert "six weeks" not in trials["rule"], rows
    assert "six weeks" in arguments.trial_summary([weeks])["rule"]
    assert "six weeks" in arguments.trial_summary([weeks, STILL_PARTIAL[0]])["rule"]
