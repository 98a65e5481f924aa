"""An internal appeal the plan never decided (letters set 66, case 08): a submission at the internal level
(`submissions`, `appeal-kit sent`) with no decision dated on or after it, whose time to decide has run out, puts the
case at the next level on the ground that the appeal is deemed exhausted (rules.yaml appeal_deemed_exhausted). The
letter names the appeal sent and the day the plan's time ran out, never a decision appealed or a notice of resolution;
the next level's window is counted from that day; `check` says which record to keep when final_denial_date says
otherwise."""
from __future__ import annotations

import shutil
from datetime import date

from test_letter_set14_findings import TODAY, case_of, draft

from appeal_kit import checks
from appeal_kit.case.folder import load_case_data
from appeal_kit.cases import record
from appeal_kit.intake import deadlines
from appeal_kit.letter import derived

APPEAL = {"date": date(2026, 8, 26), "stage": "internal appeal (first level)", "confirmation": "APL-26-0826-118"}


def test_a_medicaid_appeal_never_decided_asks_for_the_fair_hearing_as_deemed_exhausted(tmp_path):
    # set 66, case 08 (FALSE, CONTRADICTION, MISSING): "Decision appealed: September 25, 2026", "its notice of
    # resolution dated September 25, 2026" and the 08/03 denial quoted as the appeal decision, for an appeal the plan
    # never decided; deemed exhaustion (42 CFR 438.408(c)(3), (f)(1)(i)) left out
    case = case_of("set66", "08")
    assert case.data["submissions"] == [APPEAL] and "final_denial_date" not in case.data["external_review"]
    never = deadlines.undecided_appeal(case.data, TODAY)
    assert never and (never.sent, never.due, never.confirmation) == (date(2026, 8, 26), date(2026, 9, 25),
                                                                      "APL-26-0826-118")
    assert deadlines.at_next_level(case.data)
    assert record.stage_of(case.data) == "a state fair hearing"  # what `appeal-kit sent` records next
    level = derived.next_level(case.data, TODAY)
    assert level["decided"] is None and level["undecided"]["due"] == "2026-09-25"
    dl = deadlines.case_next_level_deadline(case.data)
    assert dl.date == date(2027, 1, 23) and dl.undecided and "no decision was sent" in dl.basis
    text, facts = draft(tmp_path, case)
    assert "Decision appealed" not in text and "notice of resolution dated" not in text
    assert "The decision states" not in text
    assert "Appeal not decided: sent August 26, 2026 (APL-26-0826-118); no decision by September 25, 2026" in text
    assert ("never decided the appeal sent to it on August 26, 2026 (confirmation APL-26-0826-118): the time it had "
            "to decide ran out on September 25, 2026, and no decision was sent") in text
    assert "the internal appeal is deemed exhausted and a state fair hearing may be asked for now (42 CFR " \
           "438.408(c)(3) and (f)(1)(i))" in text
    assert "No such decision was sent, so that time has not begun; counted from September 25, 2026" in text
    assert "by January 23, 2027" in text
    assert "The plan's denial of August 3, 2026, which that appeal challenged, states:" in text
    assert "reverse the denial" in text
    assert facts.by_id["appeal_undecided"].value and facts.by_id["request_timely"].value
    assert not checks._undecided_findings(case.data, TODAY)


def test_check_says_which_record_to_keep(tmp_path):
    # the stand-in the writers used: final_denial_date set to the day the time ran out, beside the submission
    stand_in = case_of("set66", "08", **{"external_review.final_denial_date": "2026-09-25"})
    said = checks._undecided_findings(stand_in.data, TODAY)
    assert len(said) == 1 and "remove final_denial_date" in said[0].message and "appeal-kit decided" in said[0].message
    # the reverse: a denial of the appeal recorded by hand with no final denial date
    denied = case_of("set66", "08", decisions=[{"date": "2026-09-20", "outcome": "denied"}])
    assert deadlines.undecided_appeal(denied.data, TODAY) is None
    said = checks._undecided_findings(denied.data, TODAY)
    assert len(said) == 1 and "set final_denial_date to September 20, 2026" in said[0].message


def test_an_erisa_appeal_never_decided_asks_for_external_review(tmp_path):
    case = case_of("set66", "08", **{"claim.plan_type": "employer_erisa", "claim.delivery": None,
                                     "insurer.name": "Lakeview Employees Health Plan",
                                     "external_review.agency": None, "external_review.address": None})
    assert deadlines.at_next_level(case.data)
    assert deadlines.case_next_level_deadline(case.data).date == date(2027, 1, 25)
    text, _ = draft(tmp_path, case)
    assert "I request an independent external review on claim" in text
    assert "deemed exhausted and an independent external review may be asked for now (29 CFR 2560.503-1(l) and " \
           "29 CFR 2590.715-2719(b)(2)(ii)(F))" in text
    assert "fair hearing" not in text and "438.408" not in text and "Decision appealed" not in text
    assert "within four months after receipt of the final internal determination" in text


def test_a_decided_appeal_is_unchanged(tmp_path):
    decided = case_of("set66", "08", **{"external_review.final_denial_date": "2026-09-20"},
                      decisions=[{"date": "2026-09-20", "outcome": "denied",
                                  "opens": "a state fair hearing"}])
    assert deadlines.undecided_appeal(decided.data, TODAY) is None
    assert derived.next_level(decided.data, TODAY)["undecided"] is None
    text, _ = draft(tmp_path, decided)
    assert "Appeal not decided" not in text and "deemed exhausted" not in text
    assert "decision on the appeal (its notice of resolution) dated September 20, 2026" in text
    assert not checks._undecided_findings(decided.data, TODAY)
    # an appeal whose time has not run out is not undecided yet
    assert deadlines.undecided_appeal(case_of("set66", "08").data, date(2026, 9, 25)) is None


def test_a_late_decision_is_the_plans_own_and_opens_the_next_level(tmp_path):
    # the plan decides the appeal after its time ran out: recorded as its decision on the internal appeal, which sets
    # final_denial_date, never as a decision of the fair hearing the case had moved to
    folder = tmp_path / "case"
    shutil.copytree(case_of("set66", "08").folder, folder)
    done = record.record_decided(folder, outcome="denied", decided=date(2026, 10, 15))
    assert done.entry["stage"] == "internal appeal (first level)" and done.entry["opens"] == "a state fair hearing"
    data = load_case_data(folder)
    assert data["external_review"]["final_denial_date"] == "2026-10-15"
    assert deadlines.undecided_appeal(data, TODAY) is None
    assert derived.next_level(data, TODAY)["undecided"] is None
