"""Set 32's mild findings (tests/resources/letter-review/set32-review.md), each tested on its structure."""
from __future__ import annotations

import pytest
from test_letter_set67_findings import count_printed

from appeal_kit.letter import derived

# --------------------------------- 02, 06: the severity line's own date is not said again in its heading

@pytest.mark.parametrize("severity, dated", [("PHQ-9 22 on 10/14/2026", True), ("PHQ-9 22", False),
                                             ("PHQ-9 22 on 09/30/2026", False)])
def test_a_severity_line_that_gives_its_own_date_is_not_dated_again(severity, dated):
    data = {"clinical": {"severity": severity, "severity_date": "2026-10-14"}}
    assert derived.severity_line_dated(data) is dated


def test_the_severity_heading_leaves_the_date_to_the_line(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, _ = draft(tmp_path, case_of("set32", "02"))
    assert "Severity on October 14, 2026" not in text and "PHQ-9 22 on 10/14/2026" in text


# -------------- 05: the treatments not counted are told beside the drug still taken, so the numbers add up

def test_the_uncounted_treatments_are_told_beside_the_drug_still_taken(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, _ = draft(tmp_path, count_printed(case_of("set32", "05")))
    assert "Apart from Pregabalin, still being taken, one of the four treatments listed is not counted as an adequate " \
           "failed trial: Amitriptyline" in text


# ------------------------------- 01, 08: a first appeal made before its deadline says so, with the date

@pytest.mark.parametrize("number, due", [("01", "December 13, 2026"), ("08", "December 23, 2026")])
def test_a_first_appeal_says_it_is_made_by_its_deadline(tmp_path, number, due):
    from test_letter_set14_findings import case_of, draft

    text, state = draft(tmp_path, case_of("set32", number))
    assert state.by_id["appeal_timely"].value is True
    assert f"This appeal is made by {due}, within the time allowed for appealing it." in text


# ------------------ set 33, 08: a policy's identifier ending in a number names no criterion of that number

@pytest.mark.parametrize("reason, named", [
    ("Criterion 3 of guideline BH-RTC-4 is not met: the member has not tried intensive outpatient treatment.", ["3"]),
    ("Criteria 3 and 4 of guideline BH-RTC-4 are not met.", ["3", "4"])])
def test_a_policy_identifier_names_no_criterion(reason, named):
    data = {"claim": {"denial_reason": reason},
            "payer_criteria": [{"criterion": "3. IOP or PHP tried", "met": True, "how_met": "IOP 10 weeks"},
                               {"criterion": "4. no need for 24-hour care", "met": True, "how_met": "No SI"}]}
    assert [c["number"] for c in derived.denied_criteria_met(data)] == named


# ---------- set 33, 05: after the QIC's own decision, check never asks for the QIC a reconsideration is filed with

@pytest.mark.parametrize("stage, opens, asked", [("redetermination", "QIC reconsideration", True),
                                                  ("reconsideration", "ALJ hearing", False)])
def test_check_asks_for_the_qic_only_before_its_decision(stage, opens, asked):
    from datetime import date

    from test_letter_set14_findings import case_of

    from appeal_kit import checks

    case = case_of("set33", "05", **{"external_review.agency": None, "template": "external-review-request"})
    case.data["decisions"] = [{"date": "2026-10-01", "outcome": "denied", "stage": stage, "opens": opens}]
    messages = [f.message for f in checks._letter_findings(case, (), date(2026, 12, 6))
                if f.field == "external_review.agency"]
    assert any("Qualified Independent Contractor" in m for m in messages) is asked
