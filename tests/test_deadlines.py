"""Appeal deadlines: stated deadlines, plan-type rules (docs/domain.md, "Appeal windows"), the `deadline` command."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import run_cli

from appeal_kit.errors import CaseError
from appeal_kit.intake import deadlines

ROOT = Path(__file__).resolve().parent.parent
D = date(2026, 3, 3)


@pytest.mark.parametrize("plan, expected, cite", [
    ("employer_erisa", date(2026, 8, 30), "29 CFR 2560.503-1(h)(3)(i)"),
    ("individual_aca", date(2026, 8, 30), "45 CFR 147.136(b)(3)"),
    ("medicare_advantage", date(2026, 5, 7), "42 CFR 422.582"),
    ("medicare", date(2026, 7, 1), "42 CFR 405.942"),
    ("medicare_part_d", date(2026, 5, 7), "42 CFR 423.582"),
    ("medicaid", date(2026, 5, 2), "42 CFR 438.402(c)(2)(ii)"),
    ("fehb", date(2026, 9, 3), "5 CFR 890.105(b)(1)"),
])
def test_rule_per_plan_type(plan, expected, cite):
    dl = deadlines.appeal_deadline(plan, D)
    assert dl.date == expected and dl.source == "rule"
    assert cite in dl.basis and "2026-03-03" in dl.basis


def test_medicare_shows_presumed_receipt_but_uses_earlier_date():
    dl = deadlines.appeal_deadline("medicare", D)
    assert dl.date == date(2026, 7, 1) and dl.receipt_date == date(2026, 7, 6)
    assert "presumed receipt" in dl.basis and "2026-07-06" in dl.basis


def test_medicare_advantage_before_2025_is_60_days():
    assert deadlines.appeal_deadline("medicare_advantage", date(2024, 11, 1)).date == date(2024, 12, 31)


def test_unknown_plan_is_conservative_and_says_so():
    dl = deadlines.appeal_deadline("unknown", D)
    assert dl.date == date(2026, 4, 2) and "unknown" in dl.basis.lower()


def test_no_notice_date_no_deadline():
    dl = deadlines.appeal_deadline("employer_erisa", None)
    assert dl.date is None and "notice date" in dl.basis.lower()


def test_fehb_months_clamp_to_month_end():
    assert deadlines.appeal_deadline("fehb", date(2026, 8, 31)).date == date(2027, 2, 28)


def test_stated_deadline_wins_and_is_quoted():
    text = ("We denied your claim. You must file your appeal within sixty (60) calendar days from the date on "
            "this letter. We will decide your appeal within 30 days.")
    dl = deadlines.appeal_deadline("employer_erisa", D, text=text)
    assert dl.date == date(2026, 5, 2) and dl.source == "notice"
    assert '"You must file your appeal within sixty (60) calendar days' in dl.basis


def test_stated_date_wins():
    dl = deadlines.appeal_deadline("medicare", D, text="If you disagree, you must file an appeal by July 1, 2026.")
    assert dl.date == date(2026, 7, 1) and dl.source == "notice"


@pytest.mark.parametrize("text", [
    "We will make a decision on your appeal within 30 days.",
    "You may request an external review within 4 months of the final denial.",
    "Your provider must submit claims within 90 days of the date of service.",
])
def test_sentences_that_are_not_the_filing_deadline(text):
    assert deadlines.find_stated_deadline(text, D) is None


def test_receipt_based_window_counted_from_notice_date():
    s = deadlines.find_stated_deadline("You may appeal within 180 days after you receive this notice.", D)
    assert s.from_receipt and s.date == date(2026, 8, 30)


def test_fair_hearing_limit_used_when_no_plan_appeal_is_offered():
    text = "This request is denied. You may ask for a fair hearing. Your request must be received within 30 days."
    assert deadlines.find_stated_deadline(text, D).date == date(2026, 4, 2)
    text2 = ("You have 60 days to ask us for an appeal. After our appeal decision you can ask for a State Fair "
             "Hearing within 120 days.")
    assert deadlines.find_stated_deadline(text2, D).date == date(2026, 5, 2)


def test_describe_days_left_past_due_good_cause_and_urgent():
    dl = deadlines.appeal_deadline("medicare", D, urgent=True)
    lines = "\n".join(deadlines.describe(dl, today=date(2026, 6, 1)))
    assert "30 days left" in lines and "QIC" in lines
    # Original Medicare has no 72-hour claim appeal: the urgent route says so instead of promising one
    assert "no 72-hour appeal" in lines and "decided within 72 hours" not in lines
    late = "\n".join(deadlines.describe(dl, today=date(2026, 7, 11)))
    assert "PAST DUE" in late and "10 days ago" in late and "good cause" in late and "405.942(b)" in late
    erisa = "\n".join(deadlines.describe(deadlines.appeal_deadline("employer_erisa", D), today=date(2027, 1, 1)))
    assert "PAST DUE" in erisa and "external review" in erisa


def test_find_dates_styles():
    text = "March 3, 2026; 03/03/2026; 2026-03-03; 3 Mar 2026; Sept. 9, 2026; 13/45/2026"
    assert [h.value.isoformat() for h in deadlines.find_dates(text)] == [
        "2026-03-03", "2026-03-03", "2026-03-03", "2026-03-03", "2026-09-09"]


def test_ics_has_event_and_two_reminders(tmp_path):
    from icalendar import Calendar

    dl = deadlines.appeal_deadline("medicaid", D)
    path = deadlines.write_ics(dl, tmp_path / "deadline.ics", title="Appeal deadline")
    cal = Calendar.from_ical(path.read_bytes())
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == 1 and events[0].decoded("dtstart") == date(2026, 5, 2)
    triggers = sorted(str(a.get("trigger").to_ical(), "ascii") for a in cal.walk() if a.name == "VALARM")
    assert triggers == ["-P14D", "-P3D"]


def _case(tmp_path: Path, claim: str) -> Path:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "case.yaml").write_text("patient:\n  name: Ana Ruiz\nclaim:\n  number: X-1\n" + claim)
    return folder


def test_deadline_for_case_uses_stored_deadline_first(tmp_path):
    folder = _case(tmp_path, "  notice_date: March 3, 2026\n  plan_type: medicaid\n  appeal_deadline: 2026-04-02\n"
                             "  deadline_basis: 'Stated in the notice: \"within 30 days\"'\n")
    dl = deadlines.deadline_for_case(deadlines.case_data_for_deadline(folder))
    assert dl.date == date(2026, 4, 2) and "within 30 days" in dl.basis
    folder2 = tmp_path / "d"
    folder2.mkdir()
    (folder2 / "case.yaml").write_text("claim:\n  notice_date: 03/03/2026\n  plan_type: fehb\n  urgent: yes\n")
    dl2 = deadlines.deadline_for_case(deadlines.case_data_for_deadline(folder2))
    assert dl2.date == date(2026, 9, 3) and dl2.urgent


@pytest.mark.parametrize("opens", ["second-level appeal", "internal appeal (second level)", "second_level"])
def test_a_recorded_second_level_takes_its_deadline_from_the_decision_not_the_first_notice(tmp_path, opens):
    # a first-level decision typed by hand (not by `decided`): the first notice's 180 days would be 2026-08-30
    decision = (f"decisions:\n  - date: 2026-04-01\n    outcome: denied\n    stage: first-level appeal\n"
                f"    opens: {opens}\n")
    folder = _case(tmp_path, "  notice_date: 2026-03-03\n  plan_type: employer_erisa\n" + decision +
                   "    next_deadline: 2026-05-31\n")
    dl = deadlines.deadline_for_case(deadlines.case_data_for_deadline(folder))
    assert dl.date == date(2026, 5, 31) and "2026-04-01" in dl.basis
    (folder / "case.yaml").write_text((folder / "case.yaml").read_text().replace("    next_deadline: 2026-05-31\n",
                                                                                 ""))
    dl = deadlines.deadline_for_case(deadlines.case_data_for_deadline(folder))
    assert dl.date is None and "decisions[].next_deadline" in dl.basis


def test_case_without_notice_date_or_with_bad_plan_type(tmp_path):
    with pytest.raises(CaseError, match="notice_date"):
        deadlines.case_data_for_deadline(_case(tmp_path, "  plan_type: medicaid\n"))
    folder = tmp_path / "e"
    folder.mkdir()
    (folder / "case.yaml").write_text("claim:\n  notice_date: 2026-03-03\n  plan_type: hmo\n")
    with pytest.raises(CaseError, match="plan_type"):
        deadlines.case_data_for_deadline(folder)




def test_cli_deadline_and_ics(tmp_path):
    folder = _case(tmp_path, "  notice_date: 2026-03-03\n  plan_type: medicare_advantage\n")
    ics = tmp_path / "d.ics"
    proc = run_cli("deadline", str(folder), "--ics", str(ics), "--today", "2026-04-01")
    assert proc.returncode == 0, proc.stderr
    assert "2026-05-07" in proc.stdout and "36 days left" in proc.stdout and "IRE" in proc.stdout
    assert b"TRIGGER:-P14D" in ics.read_bytes()


def test_cli_deadline_missing_notice_date_is_case_error(tmp_path):
    proc = run_cli("deadline", str(_case(tmp_path, "  plan_type: medicaid\n")))
    assert proc.returncode == 3 and proc.stderr.startswith("Error:")


def test_plan_clock_merged_into_one_ocr_sentence_is_not_the_deadline():
    # OCR turned the full stop into a comma: the 60 days belong to the plan, not to the patient
    text = ("We will decide a post-service appeal within 60 days, If we uphold our decision you may ask for an "
            "external review within 4 months.")
    assert deadlines.find_stated_deadline(text, D) is None


def _insured_individual(state_address: str, **claim) -> dict:
    return {"claim": {"plan_type": "individual_aca", "funding": "insured", "notice_date": "2026-10-02", **claim},
            "patient": {"address": state_address}}


def test_a_state_run_external_review_cites_the_state_process_not_the_federal_window():
    # Virginia runs external review for insured plans (letter_templates/directory/VA.yaml); Ohio's route is unknown
    # there, so it keeps the federal window's words
    data = _insured_individual("1 Main St, Richmond, VA 23219")
    assert deadlines.state_runs_review(data)
    dl = deadlines.deadline_for_case(data)
    (line,) = [x for x in deadlines.describe(dl, date(2026, 10, 5)) if x.startswith("Next level")]
    assert "45 CFR 147.136(c)(2)" in line and "147.136(d)(2)(i)" not in line and "state's agency" in line
    final = {**data, "external_review": {"final_denial_date": "2026-10-02"}}
    dl = deadlines.deadline_for_case(final)
    assert dl.date == date(2027, 2, 2) and "147.136(c)(2)" in dl.basis and "(d)(2)(i)" not in dl.basis
    federal = deadlines.deadline_for_case({**final, "claim": {**final["claim"], "funding": "self_funded",
                                                              "plan_type": "employer_erisa"}})
    assert "29 CFR 2590.715-2719(d)(2)(i)" in federal.basis and not federal.state_review


def test_a_denial_external_review_does_not_hear_is_told_so_instead_of_a_window():
    dl = deadlines.deadline_for_case({"claim": {"plan_type": "employer_erisa", "notice_date": "2026-10-02"}})
    hears = [x for x in deadlines.describe(dl, date(2026, 10, 5)) if x.startswith("Next level")]
    not_heard = [x for x in deadlines.describe(dl, date(2026, 10, 5), reviewable=False) if x.startswith("Next level")]
    assert "4 months" in hears[0] and "4 months" not in not_heard[0]
    assert "ask the plan what further review it offers" in not_heard[0]
    # a level that hears every denial (a Medicaid fair hearing) keeps its window
    dl = deadlines.deadline_for_case({"claim": {"plan_type": "medicaid", "notice_date": "2026-10-02"}})
    (line,) = [x for x in deadlines.describe(dl, date(2026, 10, 5), reviewable=False) if x.startswith("Next level")]
    assert "fair hearing" in line


def test_deadline_command_for_a_coding_denial_names_no_external_review(tmp_path):
    from conftest import write_case

    folder = write_case(tmp_path / "c")
    text = (folder / "case.yaml").read_text(encoding="utf-8").replace(
        'denial_reason: "Not medically necessary: criteria not met"', 'denial_reason: "Code S0013 is not a valid code '
        'for the date of service."').replace("denial_category: medical_necessity", "denial_category: coding_billing"
                                             "\n  plan_type: employer_erisa")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    result = run_cli("deadline", str(folder))
    assert result.returncode == 0, result.stderr
    assert "gives another reason" in result.stdout and "2590.715-2719(d)(2)(i)" not in result.stdout


@pytest.mark.parametrize("claim_urgent, urgency, urgent", [(None, None, False), (True, None, True), ("yes", None, True),
                                                           (None, "active suicidal ideation with a plan", True),
                                                           (False, None, False)])
def test_a_case_that_says_why_waiting_is_dangerous_is_urgent(claim_urgent, urgency, urgent):
    """urgency.reason alone makes the case urgent, so its deadline carries the fast route, as a request's clock
    already did (request_is_urgent)."""
    data: dict = {"claim": {"plan_type": "employer_erisa", "notice_date": "2026-11-02"}}
    if claim_urgent is not None:
        data["claim"]["urgent"] = claim_urgent
    if urgency:
        data["urgency"] = {"reason": urgency}
    assert deadlines.deadline_for_case(data).urgent is urgent
    assert deadlines.request_is_urgent(data) is urgent


def test_a_next_level_without_a_fixed_window_takes_the_date_the_decision_gives():
    # a separate CHIP: the state's review within the time printed on the plan's decision (no window in the rule)
    data = {"claim": {"plan_type": "chip", "notice_date": "2026-10-01"},
            "external_review": {"final_denial_date": "2026-11-12"},
            "decisions": [{"date": "2026-11-12", "outcome": "denied", "stage": "internal appeal (first level)",
                           "opens": "state review", "next_deadline": "2027-03-12"}]}
    dl = deadlines.deadline_for_case(data)
    assert dl.date == date(2027, 3, 12) and "decisions[].next_deadline" in dl.basis
    del data["decisions"][0]["next_deadline"]
    assert deadlines.deadline_for_case(data).date is None
    # a rule with a window keeps its own count
    employer = {**data, "claim": {"plan_type": "employer_erisa"},
                "decisions": [{**data["decisions"][0], "next_deadline": "2027-09-01"}]}
    assert deadlines.deadline_for_case(employer).date == date(2027, 3, 12)


@pytest.mark.parametrize("action, kept", [("reduce", True), ("end", True), (None, True), ("none", False)])
def test_medicaid_continuation_advice_only_when_care_may_be_cut(action, kept):
    """Keeping benefits during the appeal is for care already authorized that the decision cuts: a new request
    (claim.action: none) is told nothing about it (set 12's writer: `deadline` explained it for a new request)."""
    claim = {"plan_type": "medicaid", "notice_date": "2026-11-02", **({"action": action} if action else {})}
    dl = deadlines.deadline_for_case({"claim": claim})
    continuation = deadlines.medicaid_continuation(date(2026, 11, 2), "medicaid")
    assert dl.date is not None
    assert (continuation in dl.notes) is kept
