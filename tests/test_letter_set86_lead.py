"""Findings of letters sets 85 and 86's blind reviews at 393ab75f (tests/resources/letter-review/set85-review.md,
set86-review.md) fixed by the lead, each by its kind and tested on the set's own fictional case."""
from __future__ import annotations

from datetime import date

from test_letter_set14_findings import case_of, draft

from appeal_kit import checks
from appeal_kit.letter import derived

# the day set 86 was drafted (the letters below are drafted on TODAY, 12/04): either way after 11/23/2026, the day
# the redetermination of 11/16/2026 was due
DRAFTED = date(2026, 12, 7)


def test_a_part_d_redetermination_never_decided_asks_the_plan_to_send_it_to_the_independent_review_entity(
        tmp_path):
    # set 86, case 04 (REQUEST, not mild): a redetermination faxed 11/16/2026 and never decided was drafted as a new
    # "Request for redetermination" with "Please decide this appeal within 7 days", which restarts the plan's clock;
    # a Part D plan that does not decide in its time must send the request on (42 CFR 423.590)
    case = case_of("set86", "04")
    overdue = derived.ire_overdue(case.data, DRAFTED)
    assert overdue and overdue["sent"] == "2026-11-16" and overdue["due"] == "2026-11-23"
    text, _ = draft(tmp_path, case)
    assert "Request to send the redetermination of November 16, 2026 to the independent review entity" in text
    assert ("The plan had until November 23, 2026 to decide it, and a request not decided in that time must be sent "
            "on to the independent review entity (42 CFR 423.590), and that time has run out.") in text
    assert "Please decide this appeal within" not in text
    # the request says when it was made; the opening does not call this letter the appeal made in time
    assert "This appeal is made by" not in text
    assert "reconsideration" not in text.lower()
    findings = checks._undecided_findings(case.data, DRAFTED)
    assert [f.level for f in findings] == ["note"]


def test_a_part_d_redetermination_decided_or_not_yet_due_is_not_overdue():
    case = case_of("set86", "04")
    assert derived.ire_overdue(case.data, date(2026, 11, 20)) is None
    decided = {**case.data, "decisions": [{"date": "2026-11-22", "outcome": "denied"}]}
    assert derived.ire_overdue(decided, DRAFTED) is None


def test_a_qic_request_counts_its_180_days_from_the_day_the_forwarded_redetermination_came(tmp_path):
    # set 86, case 01 (MISSING, not mild): a redetermination of 05/29/2026 mailed to an old address and received on
    # 07/23/2026 (claim.notice_received, the forwarded envelope enclosed): 180 days after receipt run to 01/19/2027
    # (42 CFR 405.962), and `check` called the request 12 days late, counted from the decision's date; the letter
    # never said why it is on time, and offered the envelope as a record the reviewer lacked
    from appeal_kit.intake.deadlines import case_next_level_deadline

    case = case_of("set86", "01", template="external-review-request")  # the template `draft` takes at this level
    dl = case_next_level_deadline(case.data)
    assert dl.date == date(2027, 1, 19) and dl.received_on == date(2026, 7, 23)
    text, _ = draft(tmp_path, case)
    assert ("This request is made within 180 days after receipt of the redetermination decision (42 CFR 405.962): "
            "the decision was received on July 23, 2026 (Exhibit E), so the request may be made until January 19, "
            "2027.") in text
    assert "Exhibit E (dated July 23, 2026) is dated after the decision" not in text


def test_a_receipt_recorded_before_the_final_decision_does_not_move_the_next_levels_window():
    from appeal_kit.intake.deadlines import case_next_level_deadline

    case = case_of("set86", "01", **{"claim.notice_received.date": "2026-03-30"})
    dl = case_next_level_deadline(case.data)
    assert dl.date == date(2026, 11, 25) and dl.received_on is None


def test_a_finding_the_case_already_corrects_is_not_answered_a_second_time(tmp_path):
    # set 85, case 01, after round s79: the notice's "No augmentation trial is documented", corrected in
    # claim.corrections with lithium's record, was also answered from the treatment history, and the summary's
    # point naming both corrected findings (fluoxetine's "3 weeks only" too) gave way to the one
    from appeal_kit.letter.arguments import untried_named

    case = case_of("set85", "01")
    assert untried_named(case.data, DRAFTED) == []
    text, _ = draft(tmp_path, case)
    assert ("states “fluoxetine was taken for 3 weeks only (40 mg from 06/02/2025)” and “No augmentation trial is "
            "documented”, which the records contradict") in text
    assert "What the treatment history shows" not in text


def test_plan_words_on_how_to_ask_for_review_are_never_called_the_criterion_the_denial_applies(tmp_path):
    # set 88, case 03 (FALSE, not mild): an SPD's Section 11.6 (External review), "you may request external review.
    # Send your written request ...", quoted as "The criterion the denial applies" in a request for external review
    case = case_of("set88", "03")
    assert derived.quote_is_procedure(case.data)
    text, _ = draft(tmp_path, case)
    assert "The criterion the denial applies" not in text
    assert "The plan's terms in Cascade Rail Works Employee Health Plan SPD, Section 11.6 (External review) read" in text
    # a criterion, an exclusion or a coverage term is no procedure, whatever its heading
    for quote in ("Members must have failed two antidepressants before TMS is covered.",
                  "Appeals of experimental services are excluded from coverage."):
        assert not derived.quote_is_procedure({"plan_policy": {"quote": quote, "name": "Section 11 (Appeals)"}})
