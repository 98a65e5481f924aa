"""Set 27's findings (tests/resources/letter-review/set27): each fix tested on its structure."""
from __future__ import annotations

import pytest

from appeal_kit.letter import claims


@pytest.mark.parametrize("text, count", [
    ("Sent to the address in EOC 2026, Ch. 7). The proof is enclosed.", 2),  # the writer's case 01: no "7)." sentence
    ("See Sec. 4.3 of the manual. It governs.", 2),
    ("The claim was paid. The appeal follows.", 2)])
def test_a_documents_part_abbreviated_ends_no_sentence(text, count):
    assert len(claims.split_sentences(text)) == count


# ---------------------------------- 08: a count in the denial's words ("3 weeks") names no criterion found unmet

@pytest.mark.parametrize("reason, named", [
    ("Claims history shows sertraline 100 mg daily for 6 weeks and fluoxetine for 3 weeks. Criteria not met.", []),
    ("Criterion 3 is not met: no intolerance is documented.", ["3"]),
    ("The request does not meet criteria 1 and 3 of the policy.", ["3"])])
def test_only_a_sentence_naming_criteria_by_number_names_one_unmet(reason, named):
    from appeal_kit.letter import derived

    data = {"claim": {"denial_reason": reason},
            "payer_criteria": [{"criterion": "3. A documented intolerance counts as a trial", "met": True,
                                "how_met": "Fluoxetine stopped for agitation after three weeks"}]}
    assert [c["number"] for c in derived.denied_criteria_met(data)] == named


# ------------------------------------- 02: a lower level's first opening, kept in its words when no date is set against it

@pytest.mark.parametrize("dates, kept", [([], True), (["2026-11-20"], False)])
def test_a_lower_levels_opening_is_said_once_and_never_dropped(dates, kept):
    from appeal_kit.letter import derived

    why = "Waitlist only; the coordinator wrote that the first opening is January 11, 2027"
    data = {"claim": {"service_dates": dates},
            "alternatives": [{"treatment": "PHP", "level": "partial hospitalization", "first_opening": "2027-01-11",
                              "why_not": why}]}
    level = derived.lower_levels(data)[0]
    assert ("January 11, 2027" in (level["why_not"] or "")) is kept
    assert level["after_first"] is (None if not dates else True)


# ------------------------------------------- 04: a request to approve the care out of network, never decided, is said

@pytest.mark.parametrize("reasons, said", [(["out_of_network"], True), (["out_of_network", "prior_authorization"], False)])
def test_an_out_of_network_request_never_decided_is_said_once(tmp_path, reasons, said):
    from test_letter_follows_denial import text

    case = {"claim.plan_type": "employer_erisa", "claim.denial_category": "out_of_network",
            "claim.denial_reasons": reasons, "claim.denial_reason": "The provider is not in the network.",
            "prior_auth.requested_on": "2026-07-15", "prior_auth.never_decided": True}
    letter = " ".join(text(tmp_path, "medical-necessity", **case).split())
    assert ("was asked to approve this care out of network" in letter) is said


# --------------------------------- 06: a criterion both found unmet and taking another's place: its record said once

def test_a_criterion_found_unmet_and_in_anothers_place_is_shown_met_once(tmp_path):
    from test_letter_follows_denial import text

    how = "PHQ-9 22 to 6 in the 2024 course, well for 24 months until the relapse"
    case = {"claim.denial_reason": "Criterion 4 is not met. The request is denied.",
            "payer_criteria": [
                {"criterion": "2. Four failed medication trials in the current episode", "met": False,
                 "how_met": "Two trials"},
                {"criterion": "4. Repeat course: a response to a prior course", "met": True, "how_met": how,
                 "instead_of": 2}]}
    letter = " ".join(text(tmp_path, "medical-necessity", **case).split())
    assert letter.count(f"It is met: {how}") == 1
    # the paragraph right after, on its taking criterion 2's place, does not say it met again (set 42, case 06)
    assert letter.count("It is met") == 1 and "Criterion 2 therefore does not need to be met" in letter


# ----------------------------- 02: a date cut in two by a YAML flow list's comma is caught by check

@pytest.mark.parametrize("value, warned", [
    (["continued residential treatment from November 23", "2026 (about 21 more days planned)"], True),
    (["continued residential treatment from November 23, 2026 (about 21 more days planned)"], False),
    (["2026-11-23", "2026-11-30"], False)])
def test_check_warns_of_a_date_a_list_comma_cut_in_two(value, warned):
    from appeal_kit import checks

    found = checks._split_date_findings({"claim": {"pending_services": value}})
    assert [f.field for f in found] == (["claim.pending_services"] if warned else [])


# ------------------------------------------------------- 03: the corrected claim's enclosure said once, not twice

def test_the_corrected_claim_is_said_enclosed_once(tmp_path):
    from test_letter_follows_denial import text

    case = {"claim.denial_category": "coding_billing", "claim.denial_reason": "Units billed are invalid.",
            "corrected_claim": {"file": "clinical/progress-notes.pdf", "sent": "2026-09-22", "accepted": "2026-09-23",
                                "error": "The claim billed one unit on each date.",
                                "lines": [{"code": "J3490", "units": 56}]}}
    letter = " ".join(text(tmp_path, "medical-necessity", **case).split())
    said = letter.count("The corrected claim is enclosed as Exhibit") + letter.count(". Enclosed as Exhibit")
    assert said == 1


# ------------------------------ the claims report: a number inside a long addressee name is no fact to trace

def test_a_number_in_a_long_insurer_name_needs_no_source():
    from datetime import date
    from pathlib import Path

    from test_letter_set12_findings import case12

    from appeal_kit.letter import render

    set26 = Path(__file__).resolve().parent / "resources" / "letter-review" / "set26"
    case = case12("06", where=set26)
    ctx = render.build_context(case, render.find_template("external-review-request"), today=date(2026, 12, 5),
                               clinic=None)
    name = case.data["insurer"]["name"]
    assert "Jurisdiction 8 MAC" in name  # the number sits past the name's first 60 characters
    (said,) = claims.trace([f"I ask you to direct {name} to pay the claim."], ctx["facts"], case.data)
    assert said.kind != "unsourced"
