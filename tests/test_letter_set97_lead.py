"""Process findings of letters set 97's blind review at 5915dd5c (tests/resources/letter-review/set97-review.md),
fixed by the lead: the FEHB brochure's 120 days after the reconsideration was sent, when the carrier never answered
(04)."""
from __future__ import annotations

from datetime import date

from test_letter_set14_findings import case_of, draft

from appeal_kit.intake import deadlines


def test_opm_is_asked_within_120_days_of_the_reconsiderations_sending(tmp_path):
    # 04 (FALSE): sent 08/24, delivered 08/27, never answered (the carrier's 30 days ran out 09/26); the letter said
    # OPM was asked "within 90 days of the carrier's reconsideration decision ... by December 25, 2026", three days
    # past the brochure's 120 days from the sending, 12/22, which case.yaml records
    case = case_of("set97", "04")
    dl = deadlines.deadline_for_case(case.data)
    assert (dl.date, dl.first_wrote) == (date(2026, 12, 22), date(2026, 8, 24))
    text, _ = draft(tmp_path, case)
    assert ("Under the plan's brochure, review by the U.S. Office of Personnel Management is asked for within 120 days "
            "after the reconsideration was first asked for in writing, when the carrier did not answer it within 30 "
            "days; counted from August 24, 2026, the day it was sent, this request is made within it, by December 22, "
            "2026.") in text
    assert "December 25, 2026" not in text


def test_a_carrier_whose_30_days_ran_from_the_sending_keeps_opms_90_days():
    # off shape: the 30 days counted from the day it was sent make the two counts one day (08/24 + 30 + 90 = 12/22)
    case = case_of("set97", "04")
    case.data["submissions"][0]["decision_due"] = "2026-09-23"
    dl = deadlines.deadline_for_case(case.data)
    assert dl.date == date(2026, 12, 22) and dl.first_wrote is None
