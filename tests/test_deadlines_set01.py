"""Findings of the first blind deadline set (docs/blind-sets/writer-deadlines.md, tests/resources/deadlines/set01):
a notice's window longer than the one a regulation fixes, and the one day a Medicaid member must appeal by to keep care
the decision cuts."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import run_cli

from appeal_kit.intake import deadlines

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "resources" / "deadlines" / "set01"

NOTICE = "Notice: 'you must ask for a reconsideration within 90 calendar days from the date of this notice'"


def _case(plan: str, stored: str, basis: str | None = NOTICE) -> dict:
    claim = {"plan_type": plan, "notice_date": "2026-11-16", "appeal_deadline": stored}
    return {"claim": {**claim, **({"deadline_basis": basis} if basis else {})}}


def test_a_notice_longer_than_medicare_advantages_65_days_gives_way_to_the_rule():
    # case 05: the notice printed 90 days; 42 CFR 422.582(b) gives 65, so February 14 was 25 days late
    dl = deadlines.deadline_for_case(_case("medicare_advantage", "2027-02-14"))
    assert dl.date == date(2027, 1, 20) and dl.basis.startswith("42 CFR 422.582(b)")
    assert dl.notes[-1] == ("The notice (or case.yaml) gives February 14, 2027, later than the rule allows: send the "
                            "appeal by January 20, 2027. After that day the plan may treat it as late unless it finds "
                            "good cause, and the notice's own words are a reason to give.")


@pytest.mark.parametrize("plan, stored, basis", [
    ("employer_erisa", "2027-06-30", NOTICE),  # ERISA's 180 days are a floor: the plan's longer window is its own
    ("individual_aca", "2027-06-30", NOTICE),
    ("medicaid", "2027-02-14", NOTICE),  # a provider's claim appeal may follow the program's manual (sets 31, 39)
    ("medicare_advantage", "2027-02-14", "The plan granted an extension for good cause to February 14, 2027"),
    ("medicare_advantage", "2027-01-10", NOTICE),  # a notice shorter than the rule: the earlier, stored day stays
    ("medicare_advantage", "2027-01-20", NOTICE),  # the rule's own day
])
def test_a_stored_deadline_stays_where_the_rule_does_not_fix_the_window_or_it_is_not_later(plan, stored, basis):
    dl = deadlines.deadline_for_case(_case(plan, stored, basis))
    assert dl.date == date.fromisoformat(stored) and dl.source == "case"


def test_original_medicares_presumed_receipt_is_not_taken_for_a_longer_window():
    # 120 days after receipt, presumed 5 days after the notice date: a notice's date within those days stands
    dl = deadlines.deadline_for_case(_case("medicare", "2027-03-21"))
    assert dl.date == date(2027, 3, 21) and dl.source == "case"
    dl = deadlines.deadline_for_case(_case("medicare", "2027-03-22"))
    assert dl.date == date(2027, 3, 16) and dl.source == "rule"


@pytest.mark.parametrize("effect, day", [("2026-12-14", "December 14, 2026"), ("2026-12-05", "December 11, 2026")])
def test_keeping_care_during_a_medicaid_appeal_names_the_later_of_ten_days_and_the_day_the_cut_takes_effect(effect,
                                                                                                            day):
    # case 14: hours cut from 12/14 on a notice of 12/01; "or before the date the change takes effect if that is
    # later" left the member to work out the day (42 CFR 438.420(a): on or before the later of the two)
    claim = {"plan_type": "medicaid", "notice_date": "2026-12-01", "action": "reduce", "action_date": effect}
    dl = deadlines.deadline_for_case({"claim": claim})
    shown = date.fromisoformat(effect).strftime("%B %-d, %Y")
    assert (f"To keep a service you already had while the appeal is decided, file the appeal by {day} and ask for "
            f"your benefits to continue (42 CFR 438.420): the later of 10 days after the notice date (December 11, "
            f"2026) and the day the change takes effect ({shown}).") in dl.notes
    # off shapes: without the day the cut takes effect, the rule in words; a new request, nothing to keep
    del claim["action_date"]
    assert deadlines.medicaid_continuation(date(2026, 12, 1)) in deadlines.deadline_for_case({"claim": claim}).notes
    claim["action"] = "none"
    assert not any("benefits to continue" in note for note in deadlines.deadline_for_case({"claim": claim}).notes)


def test_check_asks_a_short_term_policy_with_its_notice_date_for_the_window_not_the_date():
    # case 04: `check` said "no notice date" beside claim.notice_date: 2026-11-05; the rule sets no window for a
    # short-term policy, so the window the notice or the policy gives is what is missing
    result = run_cli("check", str(SET / "04-short-term-policy-window"))
    assert ("Warning: claim.appeal_deadline: the appeal deadline is unknown: the time the policy and the notice give "
            "(the policy's own terms and your state's insurance law set it; no federal appeal rule does): the notice "
            "gives the date; type it in claim.appeal_deadline.") in result.stdout
    assert "no notice date" not in result.stdout


def test_the_set_scores_no_later_day_than_its_writer_gave_but_where_the_tool_is_right():
    # scripts/deadline_accuracy.py on the set: case 14's answer is the day to keep care (printed on its own line,
    # tested above) and case 15's the writer's earlier reading of a notice that counts from its printed mailing day
    sys.path.insert(0, str(ROOT / "scripts"))
    import deadline_accuracy

    late = {}
    for answer in sorted(SET.glob("*.deadline.json")):
        folder = answer.with_name(answer.name.removesuffix(".deadline.json"))
        outcome, off, _basis = deadline_accuracy.score_case(folder, json.loads(answer.read_text()))
        if outcome == "LATE":
            late[folder.name[:2]] = off
    assert late == {"14": 47, "15": 2}
