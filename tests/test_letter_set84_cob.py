"""Findings of letters sets 84 and 82's blind reviews (tests/resources/letter-review/set84-review.md at eb010e4d,
set82-review.md at b4aa4624) about other coverage, coding and exclusions, fixed by kind (round s79-cob)."""
from __future__ import annotations

from pathlib import Path

from test_letter_set14_findings import case_of, draft

OHI_EOB = {"date": "2026-10-30", "paid": 0, "file": "other/ohi-eob-2026-10-30.txt",
           "quote": "Excluded benefit. Partial hospitalization programs are not a covered benefit under this plan "
                    "(Certificate Section 7.4(m)). This is not a denial for missing information."}


def test_tricare_never_says_the_other_health_insurance_was_wrongly_put_first(tmp_path: Path):
    # set 84, case 05 (FALSE, UNSUPPORTED mild): under TRICARE the other health insurance pays first, so "yet the claim
    # was processed as if <OHI> paid first" called a correct step an error; and the OHI's EOB of 10/30 was cited for
    # the family's report of 08/10
    text, found = draft(tmp_path, case_of("set84", "05"))
    assert "processed as if" not in text
    assert "on August 10, 2026 (Exhibit E)." in text
    assert found["other_coverage_processed"].value is None and found["other_coverage_processed"].about
    # no order-of-benefits rule the plan quotes makes TRICARE the first payer
    subscriber = case_of("set84", "05", **{"plan_policy.quote": "The plan covering the person as an employee, member "
                                           "or subscriber pays before the plan covering the person as a dependent.",
                                           "other_coverage.member_is": "dependent",
                                           "other_coverage.covered_here_as": "subscriber"})
    text, found = draft(tmp_path, subscriber)
    assert not found["this_plan_primary"].value and "processed as if" not in text
    # the same report under a plan the subscriber rule puts first is still said to have been ignored
    employer = case_of("set84", "05", **{"claim.plan_type": "employer_erisa", "plan_policy.quote": "The plan covering "
                                         "the person as an employee, member or subscriber pays before the plan covering "
                                         "the person as a dependent.", "other_coverage.member_is": "dependent",
                                         "other_coverage.covered_here_as": "subscriber"})
    text, found = draft(tmp_path, employer)
    assert found["this_plan_primary"].value and "processed as if Granite Peak Outfitters Employee HMO paid first" in text


def test_the_other_plans_eob_is_said_and_the_claim_asked_to_be_processed_second_on_it(tmp_path: Path):
    # set 84, case 05 (MISSING): the letter never said what the OHI's EOB says (paid $0, the care excluded), the whole
    # answer to a "submit the OHI EOB" denial, nor asked TRICARE to process the claim as secondary on it
    text, found = draft(tmp_path, case_of("set84", "05", **{"other_coverage.processed": OHI_EOB}))
    assert found["other_coverage_processed"].value
    assert ("Granite Peak Outfitters Employee HMO has processed this claim: its explanation of benefits of October 30, "
            "2026 (Exhibit D) paid $0.00 and reads: “Excluded benefit. Partial hospitalization programs are not a "
            "covered benefit") in text
    assert ("I ask the plan to process the claim as the secondary payer on that explanation of benefits, under "
            "AUTH-26-0731-5520.") in text
    assert "Please show the record on which" not in text and "processed as if" not in text
    assert "has processed the claim and paid $0.00 (Exhibit D), so the plan can process it as the secondary" in text
