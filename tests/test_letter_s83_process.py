"""Process findings of round s83 (issue 18): an Original Medicare reconsideration the QIC never decided in its time
(deadline set 01, case 09), told truly by `deadline`, `check` and the letter; the plan's filing-window terms a letter
quotes (letters set 98, cases 03 and 05)."""
from __future__ import annotations

import copy
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import _loaded, docx_text, run_cli
from test_letter_set14_findings import case_of

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


# ---------------------------------------------------------------------------------------------- letters set 98

SET98_DAY = date(2026, 12, 8)


def draft98(tmp_path: Path, number: str, day: date = SET98_DAY, **changes) -> str:
    """Set 98's case `number`, changed by dotted paths, drafted on the round's day from the template `draft` picks."""
    case = case_of("set98", number, **changes)
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=day, clinic=None)
    return " ".join(docx_text(out).split())


OPM_TERMS = ("Other terms of the plan bear on this claim (Exhibit F): “You may ask OPM to review our decision. You must "
             "write to OPM within 90 days after the date of our letter upholding our initial decision.”")


def test_terms_that_only_give_the_time_to_ask_show_the_request_is_on_time(tmp_path):
    # set 98, case 03 (REQUEST, mild): the brochure's 90 days to write to OPM were quoted, then "Please address them
    # in the decision"; OPM has nothing to address in them: they show the request is on time
    text = draft98(tmp_path, "98-03")
    assert (OPM_TERMS + " This request is made within that time, counted from the decision dated October 28, "
            "2026.") in text
    assert "Please address them in the decision." not in text
    # set 98, case 05: the SPD's 60 days for a second-level appeal, in the second-level appeal
    text = draft98(tmp_path, "98-05")
    assert ("The second-level decision is final under the Plan.” This appeal is made within that time, counted from "
            "the decision dated November 2, 2026.") in text
    assert "Please address them in the decision." not in text


def test_window_terms_off_shapes(tmp_path):
    # the person's own sentence on how the terms apply is said, as before
    text = draft98(tmp_path, "98-03", **{"plan_policy.other_terms_apply": "The carrier's letter is dated October 28"})
    assert ("The plan's own terms read (Exhibit F): “You may ask OPM to review our decision. You must write to OPM "
            "within 90 days after the date of our letter upholding our initial decision.” The carrier's letter is "
            "dated October 28.") in text
    assert "is made within that time" not in text
    # terms on what the plan pays are still to be addressed
    text = draft98(tmp_path, "98-05", **{"plan_policy.other_terms": (
        "Claims must be filed within 90 days after the date of service.")})
    assert "“Claims must be filed within 90 days after the date of service.” Please address them in the decision." \
        in text and "is made within that time" not in text
    # terms naming a level the case is not at (external review, in a second-level appeal) are not its window
    text = draft98(tmp_path, "98-05", **{"plan_policy.other_terms": (
        "You may ask for external review within 120 days after you receive our final decision.")})
    assert "is made within that time" not in text and "Please address them in the decision." in text
    # a letter written after the window (January 26, 2027): the sentence is not said, nor the plan asked to address it
    text = draft98(tmp_path, "98-03", day=date(2027, 2, 1))
    assert OPM_TERMS + " Please address" not in text and "is made within that time" not in text


DISMISSAL = ("An earlier request for a redetermination of this denial, sent on September 10, 2026, was dismissed on "
             "October 2, 2026: “The appointment of representative form with it was not signed by the beneficiary. A "
             "request filed by a person who is not a party or an appointed representative is dismissed. We did not "
             "review the medical necessity of the services.” This letter is a new request for a redetermination.")


def test_an_earlier_request_the_plan_dismissed_is_said_and_this_one_is_new(tmp_path):
    # set 98, case 02 (MISSING, mild): a redetermination request of 09/10/2026 dismissed on 10/02/2026 for an unsigned
    # appointment form was enclosed (the dismissal as Exhibit A) and never mentioned
    text = draft98(tmp_path, "98-02")
    assert DISMISSAL in text


def test_an_earlier_dismissal_off_shapes(tmp_path):
    # a decision on the merits after the request: nothing was dismissed
    merits = [{"date": "2026-10-02", "outcome": "denied", "stage": "redetermination",
               "reason": "The services are not reasonable and necessary."}]
    assert "An earlier request" not in draft98(tmp_path, "98-02", decisions=merits)
    # no decision recorded at all
    assert "An earlier request" not in draft98(tmp_path, "98-02", decisions=[])
    # a dismissal with no request at this level sent before it: nothing to say it of
    later = [{"date": "2026-10-20", "method": "mail", "stage": "redetermination", "confirmation": "none"}]
    assert "An earlier request" not in draft98(tmp_path, "98-02", submissions=later)
    # a plan's appeal with no own name: an earlier appeal, and its confirmation said
    text = draft98(tmp_path, "98-02", **{"claim.plan_type": "employer_erisa", "submissions": [{
        "date": "2026-09-10", "method": "mail", "stage": "internal appeal", "confirmation": "USPS 9400-01"}]})
    assert "An earlier appeal of this denial, sent on September 10, 2026 (USPS 9400-01), was dismissed on " \
           "October 2, 2026:" in text
    assert "This letter is a new appeal." in text
