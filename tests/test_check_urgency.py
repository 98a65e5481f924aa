"""Issue 18, a request a reviewer misses (set 13's review): a clinician certifies that waiting would put the patient at
risk (urgency.certified_by), care is still to come, and the letter asks only for a standard decision. `check` warns
on the template; the expedited letter, an uncertified urgency and care already given raise nothing."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import sample_variant

from appeal_kit import checks

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
CERTIFIED = {"urgency.certified_by": "Dr. Example Clinician, MD (fictional)",
             "claim.pending_services": ["four more infusions of the course"]}


def unrequested(**changes) -> list[str]:
    case = sample_variant(TRD, **changes)
    # read where the letter's own context is made (its flag derived.expedited_request: issue 18)
    return [f.message for f in checks._fact_findings(case, (), date.today())
            if f.field == "template" and "urgency.certified_by" in f.message]


@pytest.mark.parametrize("template", ["ketamine-trd", "medical-necessity"])
def test_certified_urgency_in_a_standard_letter_is_flagged(template):
    """Where no rule gives the plan type an expedited clock (FEHB here), the standard letter cannot ask for it."""
    found = unrequested(template=template, **{**CERTIFIED, "claim.plan_type": "fehb"})
    assert len(found) == 1
    assert f"the {template} letter" in found[0] and "expedited-appeal" in found[0]


@pytest.mark.parametrize("template", ["ketamine-trd", "medical-necessity"])
def test_a_standard_letter_that_asks_for_the_expedited_decision_itself_passes(template):
    """Where the plan type has an expedited clock, the standard letter asks for it when a clinician certifies the
    urgency (set 13, case 03), so check says nothing."""
    assert unrequested(template=template, **{**CERTIFIED, "claim.plan_type": "employer_erisa"}) == []


def test_the_expedited_letter_passes():
    assert unrequested(template="expedited-appeal", **CERTIFIED) == []


def test_urgency_no_clinician_certifies_passes():
    assert unrequested(template="ketamine-trd", **{"claim.pending_services": ["four more infusions"]}) == []


def test_no_care_left_to_speed_up_passes():
    assert unrequested(template="ketamine-trd", **{**CERTIFIED, "claim.pending_services": None,
                                                   "claim.service_dates": ["2026-09-08", "2026-09-10"]}) == []
