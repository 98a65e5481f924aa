"""A level-of-care denial ("can be treated at a lower level of care") where the lower level the plan named had no
opening: the letter says that level was not available, with its first opening set against the days denied and its
record, never a network gap or an out-of-network exception (set 14, case 08: the in-network PHP's first opening came
three weeks after discharge, and the only field near it was `network`). One case per kind, across template x plan
type; the true letter passes."""
from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import TRD_SAMPLE, following_templates, trd_letter

TRD = TRD_SAMPLE
TODAY = date(2026, 11, 26)
FOLLOWING = following_templates()
PLANS = ["employer_erisa", "individual_aca", "medicare_advantage", "medicaid", "chip", "church", "unknown"]

# the care: September 8-17, 2026 (the sample), denied as a level a day program could give
LOWER = {"claim.denial_reasons": ["medical_necessity", "level_of_care"],
         "claim.denial_reason": "Continued care is denied: the member can be treated at a lower level of care "
                                "(an intensive outpatient program).",
         "payer_criteria": None}
ROWS = [{"level": "intensive outpatient", "name": "Riverside IOP", "first_opening": "2026-10-05",
         "why_not": "waitlist when the clinic called on September 7", "proof": "clinical/progress-notes.pdf"},
        {"level": "intensive outpatient", "name": "Hill Street IOP",
         "why_not": "does not admit patients on a ketamine course"}]
NETWORK = re.compile(r"network gap|out-of-network|in-network (?:provider|source)|reasonable time and distance")


def text(tmp_path, template, **changes) -> str:
    return trd_letter(tmp_path, template, TODAY, **changes)


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", FOLLOWING)
def test_a_lower_level_with_no_opening_is_said_unavailable_never_argued_as_a_network_gap(tmp_path, template,
                                                                                          plan_type):
    letter = text(tmp_path, template, **LOWER, **{"claim.plan_type": plan_type}, alternatives=ROWS)
    assert re.search(r"that level was not available to me when the stay was denied\. Riverside IOP \(intensive "
                     r"outpatient\) had no opening until October 5, 2026, after the last day denied; waitlist when "
                     r"the clinic called on September 7 \(Exhibit [A-Z]\)\. Hill Street IOP \(intensive outpatient\): "
                     r"does not admit patients on a ketamine course\.", letter), template
    if "In short:" in letter:  # the opening list (the expedited letter has none)
        assert "The lower level of care the denial names was not available to me: Riverside IOP had no opening " \
               "until October 5, 2026." in letter.split("In short:")[1]
    assert not NETWORK.search(letter), template
    assert "None:" not in letter  # a lower level is not another treatment of the alternatives block


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_a_lower_level_is_said_unavailable_only_on_the_dates_the_case_holds(tmp_path, template):
    # it opened before the first day denied, and the case gives no other reason: nothing is said of it
    opened = [{**ROWS[0], "first_opening": "2026-09-01", "why_not": None}]
    letter = text(tmp_path, template, **LOWER, alternatives=opened)
    assert "not available" not in letter and "no opening" not in letter
    # it opened during the days denied: the days before it, not "after the last day denied"
    during = [{**ROWS[0], "first_opening": "2026-09-12", "why_not": None}]
    letter = text(tmp_path, template, **LOWER, alternatives=during)
    assert "had no opening until September 12, 2026 (Exhibit" in letter and "after the last day denied" not in letter
    # another treatment in the same list is still answered by the alternatives block
    both = text(tmp_path, template, **LOWER, alternatives=[ROWS[0], {"treatment": "ECT", "why_not": "Declined."}])
    assert "ECT: Declined." in both and "Riverside IOP (intensive outpatient) had no opening" in both


def test_a_name_with_a_parenthesis_of_its_own_takes_its_level_inside_it(tmp_path):
    # issue 18 (set 18, case 03): "Crestview Teen IOP (in network) (intensive outpatient program)"; a name the case
    # writes with its own parenthesis has its level said inside it, and a network row its date of contact
    from appeal_kit.letter.wording import aside

    assert aside("Crestview IOP (in network)", "intensive outpatient") == "Crestview IOP (in network; intensive outpatient)"
    assert aside("Crestview IOP", "intensive outpatient") == "Crestview IOP (intensive outpatient)"
    assert aside("Unit 4(b)", "day program") == "Unit 4(b) (day program)"  # a citation's letter, no parenthesis
    assert aside("Crestview IOP (in network)", "") == "Crestview IOP (in network)"
    rows = [{**ROWS[0], "name": "Riverside IOP (in network)"}]
    letter = text(tmp_path, "medical-necessity", **LOWER, alternatives=rows)
    assert "Riverside IOP (in network; intensive outpatient) had no opening until October 5, 2026" in letter
    assert not re.search(r"\)\s*\(", letter.split("Riverside IOP")[1][:80])
    tried = [{"name": "Lakeside Behavioral (in network)", "date": "2026-06-23", "outcome": "no opening this year"}]
    letter = text(tmp_path, "out-of-network-gap-exception", **{"claim.denial_category": "out_of_network"},
                  network=tried)
    assert "Lakeside Behavioral (in network; contacted June 23, 2026): no opening this year" in letter


def test_a_why_not_that_gives_the_first_opening_again_is_said_once():
    from appeal_kit.letter import derived

    # set 20, case 06: the user's note restates the first opening the letter already gives from first_opening
    row = {**ROWS[0], "why_not": "Waitlisted on 09/07/2026; first opening 10/05/2026, after the last day denied."}
    (level,) = derived.lower_levels({"claim": {"service_dates": ["2026-09-08", "2026-09-17"]}, "alternatives": [row]})
    assert level["why_not"] == "Waitlisted on 09/07/2026"
    # a note that only restates it adds nothing; one without the date is kept whole
    only = {**row, "why_not": "First opening October 5, 2026."}
    dated = {"claim": {"service_dates": ["2026-09-08", "2026-09-17"]}}
    assert derived.lower_levels({**dated, "alternatives": [only]})[0]["why_not"] is None
    # with no date of care to set the opening against, the letter does not say it, so the note keeps it (letters set
    # 27, case 02)
    assert derived.lower_levels({"alternatives": [only]})[0]["why_not"] == "First opening October 5, 2026."
    assert derived.lower_levels({"alternatives": [ROWS[1]]})[0]["why_not"] == ROWS[1]["why_not"]


def test_the_closing_sentence_speaks_in_the_letters_voice(tmp_path):
    # set 21, case 06: "Care cannot be moved to a level that has no place for the patient" in a letter the patient
    # signs as "I"
    mine = text(tmp_path, "medical-necessity", **LOWER, alternatives=ROWS)
    assert "has no place for me, so it continued" in mine and "for the patient" not in mine
    theirs = text(tmp_path, "medical-necessity", **LOWER, alternatives=ROWS,
                  **{"author.name": "Robin Whitfield", "author.relation": "representative"})
    assert "has no place for Ms. Whitfield, so it continued" in theirs
