"""Findings of the second blind deadline set (tests/resources/deadlines/set02): where the window is the one a notice or
decision prints and case.yaml does not hold it, `check` and the letter name that day as what is missing, never the
notice's or the decision's own date as unreadable."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import run_cli

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "resources" / "deadlines" / "set02"


def _check(prefix: str) -> list[str]:
    folder = next(p for p in SET.iterdir() if p.is_dir() and p.name.startswith(prefix + "-"))
    result = run_cli("check", str(folder))
    return [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("Warning: ")]


def test_a_state_review_the_notice_times_asks_for_the_notices_last_day_not_its_date():
    # 19 (fee-for-service CHIP, the state's review within the notice's 30 days): `check` called claim.notice_date
    # "not in a form the letter can read" and named external_review.final_denial_date, which the case has no need of
    lines = _check("19")
    assert ("Warning: claim.appeal_deadline: not in case.yaml, so the letter leaves out the last day the notice gives "
            "for this request") in lines
    assert not [line for line in lines if line.startswith(("Warning: claim.notice_date",
                                                           "Warning: external_review.final_denial_date"))]


def test_a_next_level_the_decision_times_asks_for_the_decisions_last_day_not_its_date():
    # 11 (a Part D request to the IRE, the window printed on the redetermination): the decision's date was called
    # "not in a form the letter can read"
    lines = _check("11")
    assert ("Warning: decisions[].next_deadline: not in case.yaml, so the letter leaves out the last day the decision "
            "gives for this request") in lines
    assert not [line for line in lines if line.startswith("Warning: external_review.final_denial_date")]


def test_the_sets_days_later_than_its_writers_are_the_writers_safe_readings_of_a_shorter_notice():
    # scripts/deadline_accuracy.py: 04 (a governmental plan's notice printing 60 days against the rule's 180) and 12 (a
    # fair hearing notice printing 90 days against 438.408(f)(2)'s 120): the writer gave the notice's shorter day as the
    # safe one; `deadline` counts the rule's, the legal day, from case.yaml, which does not hold the notice's window
    sys.path.insert(0, str(ROOT / "scripts"))
    import deadline_accuracy

    late = {}
    for answer in sorted(SET.glob("*.deadline.json")):
        folder = answer.with_name(answer.name.removesuffix(".deadline.json"))
        outcome, off, _basis = deadline_accuracy.score_case(folder, json.loads(answer.read_text()))
        if outcome == "LATE":
            late[folder.name[:2]] = off
    assert late == {"04": 120, "12": 30}
