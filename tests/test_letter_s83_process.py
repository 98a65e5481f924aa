"""Process findings of round s83 (issue 18): an Original Medicare reconsideration the QIC never decided in its time
(deadline set 01, case 09), told truly by `deadline`, `check` and the letter."""
from __future__ import annotations

import copy
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import _loaded, run_cli

from appeal_kit import clock
from appeal_kit.checks import check_case
from appeal_kit.intake import deadlines
from appeal_kit.letter import render

REPO = Path(__file__).resolve().parent.parent
QIC_CASE = REPO / "tests" / "resources" / "deadlines" / "set01" / "09-medicare-qic-undecided-escalate"
DAY = date(2026, 12, 8)  # the day the finding was fixed: the QIC's time ran out on 2026-11-27


@pytest.fixture
def on_day(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: DAY)


def qic_case(**changes) -> dict:
    data = copy.deepcopy(_loaded(QIC_CASE).data)
    for key, value in changes.items():
        data[key] = value
    return data


ESCALATION_BASIS = (
    "The QIC did not decide the reconsideration sent on 2026-09-25 in its time, which ran out on 2026-11-27 (42 CFR "
    "405.970(a)). The next step is a written request to the QIC to escalate the appeal to an Administrative Law Judge "
    "(42 CFR 405.970(d)-(e) and 405.1002(b)), and no filing window closes it: send it while the QIC has still not "
    "decided. If the QIC decides or dismisses the appeal within 5 calendar days of receiving that request, record its "
    "decision: a hearing is then asked for within 60 days after receipt of it (42 CFR 405.1002(a)(1) and (a)(3)).")


def test_a_reconsideration_the_qic_never_decided_has_no_window_and_is_escalated(on_day):
    # deadline set 01, case 09: `deadline` gave the QIC's 180 days again, counted from the redetermination
    dl = deadlines.deadline_for_case(qic_case())
    assert (dl.date, dl.escalate_sent, dl.counted_from, dl.stage) == (
        None, date(2026, 9, 25), date(2026, 11, 27), "next level")
    assert dl.basis == ESCALATION_BASIS
    lines = deadlines.describe(dl, DAY)
    assert lines[0] == "Next-level deadline: none: no filing window closes a request to escalate; send it now."
    assert lines[1] == "Basis: " + ESCALATION_BASIS
    assert lines[2] == ("Stage: the QIC's reconsideration, not decided in its time: ask the QIC in writing to "
                        "escalate the appeal to an Administrative Law Judge.")
    assert lines[3] == ("Send it to: the Qualified Independent Contractor (QIC) that received the reconsideration, "
                        "not to the plan's internal appeals address.")
    # the QIC named in the case is where it goes
    named = deadlines.deadline_for_case(qic_case(external_review={"agency": "Maple QIC (fictional)"}))
    assert named.send_to == "Maple QIC (fictional)"


def test_check_and_draft_say_the_letter_is_the_request_to_escalate(on_day):
    report = check_case(QIC_CASE, today=DAY)
    notes = [f for f in report.findings if f.field == "submissions"]
    assert [(f.level, f.message) for f in notes] == [("note", (
        "the QIC did not decide the reconsideration sent on September 25, 2026 by November 27, 2026: the letter asks "
        "the QIC in writing to escalate the appeal to an Administrative Law Judge, and no deadline closes that "
        "request; send it now, and if the QIC issues a decision, record it (`appeal-kit decided`)"))]
    assert not [f for f in report.findings if "next-level deadline" in f.message]
    case = _loaded(QIC_CASE)
    info, why = render.template_for_case(case)
    assert info.name == "external-review-request"
    assert why == ("The QIC did not decide the reconsideration sent on 2026-09-25 (its time ran out on 2026-11-27), "
                   "so the letter is the written request to the QIC to escalate the appeal to an Administrative Law "
                   "Judge, from the template 'external-review-request', not 'medical-necessity'; set template: "
                   "external-review-request in case.yaml to say so yourself.")


def test_a_qic_decision_recorded_opens_the_alj_window_instead(on_day):
    data = qic_case()
    data["decisions"].append({"date": "2026-11-20", "outcome": "denied", "stage": "QIC reconsideration",
                              "opens": "ALJ hearing"})
    dl = deadlines.deadline_for_case(data)
    assert dl.escalate_sent is None and dl.date == date(2027, 1, 19)  # 60 days from the QIC's decision (safe date)
    assert deadlines.qic_undecided(data) is None


def test_a_qic_still_within_its_time_keeps_the_reconsideration_window(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 11, 20))
    dl = deadlines.deadline_for_case(qic_case())
    assert dl.escalate_sent is None and dl.date == date(2027, 3, 21)  # 180 days from the redetermination, as before


def test_without_decision_due_nothing_is_escalated(on_day):
    data = qic_case()
    del data["submissions"][1]["decision_due"]
    dl = deadlines.deadline_for_case(data)
    assert dl.escalate_sent is None and dl.date == date(2027, 3, 21)


@pytest.mark.parametrize("plan", ["medicare_advantage", "medicare_part_d"])
def test_medicare_advantage_and_part_d_are_not_escalated_to_an_alj(on_day, plan):
    data = qic_case()
    data["claim"]["plan_type"] = plan
    assert deadlines.qic_undecided(data) is None
    assert deadlines.deadline_for_case(data).escalate_sent is None


def test_the_calendar_file_is_refused_for_a_request_with_no_deadline(on_day, tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(QIC_CASE, folder)
    result = run_cli("deadline", str(folder), "--ics", str(tmp_path / "d.ics"), "--today", "2026-12-08")
    assert result.returncode != 0
    assert ("--ics: a request to escalate the appeal has no deadline, so there is no day to put in a calendar; send "
            "it now") in result.stdout + result.stderr
    assert not (tmp_path / "d.ics").exists()
