"""Set 44's level-of-care findings taken by the lead (tests/resources/letter-review/set44-review.md, cases 02, 05 and
08, mild): the lower level the denial named answered in the case's words, the plan of care at the level asked for,
the reviewer of the right specialty and the peer-to-peer call asked in the expedited letter too, the expedited level
named as the plan type names it, and no expedited route offered by a clinician who asked for none."""
from __future__ import annotations

import re


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of("set44", number, **changes))


def test_a_lower_level_tried_and_worsened_in_is_answered_with_the_case_s_reason_and_record(tmp_path):
    text, state = _draft(tmp_path, "02")
    fact = state.by_id["lower_level_answered"]
    assert fact.value is True and state.by_id["lower_level_unavailable"].value is False
    assert "alternatives row 1" in fact.sources and "Exhibit C" in fact.sources
    # the denial's lower level is answered in its own section, its reason followed by the record that shows it
    section = text.split("Why a partial hospitalization program", 1)[1]
    assert re.search(r"could be given at a lower level\. Intensive outpatient: Already given for 6 weeks.*"
                     r"higher level of care \(Exhibit C\)\.", section)
    # a lower level with no reason recorded is not answered with an empty sentence
    text, state = _draft(tmp_path, "02", alternatives=[{"treatment": "IOP", "level": "intensive outpatient"}])
    assert state.by_id["lower_level_answered"].value is None
    assert "could be given at a lower level" not in text


def test_a_level_with_no_place_is_answered_once_by_its_own_paragraph(tmp_path):
    text, state = _draft(tmp_path, "05")
    assert state.by_id["lower_level_unavailable"].value is True
    assert state.by_id["lower_level_answered"].value is None  # the unavailable paragraph gives every level's reason
    assert text.count("could be given at a lower level") == 1


def test_the_plan_of_care_is_set_out_once_in_a_level_of_care_appeal(tmp_path):
    for number, words in (("02", "step-down to IOP"), ("05", "discharge to the partial hospitalization program")):
        text, state = _draft(tmp_path, number)
        assert state.by_id["care_plan"].value is True
        assert text.count("The plan of care at this level:") == 1 and words in text
    text, state = _draft(tmp_path, "02", **{"treatment.plan": None})
    assert state.by_id["care_plan"].value is None and "The plan of care" not in text


def test_the_expedited_letter_asks_for_a_reviewer_of_the_condition_s_specialty_and_offers_the_call(tmp_path):
    text, _ = _draft(tmp_path, "02")  # a family physician decided a PHP denial
    request = text.split("I ask the plan", 1)[1]
    # TRICARE: a reviewer of the specialty asked for in plain words (set 68: "after consulting" is the ERISA rule's)
    assert "recorded specialty is family medicine" in request and "decided by a psychiatrist experienced in " \
           "treating this condition who took no part in the denial" in request
    assert "peer-to-peer discussion at (910) 555-0183 (weekdays 12-1 pm)" in request
    text, _ = _draft(tmp_path, "05")  # an adult psychiatrist decided a 16-year-old's residential stay
    assert "after consulting a child and adolescent psychiatrist" in text.split("I ask the plan", 1)[1]
    # the rule on consulting an expert is cited for the plan types it governs only: TRICARE's letter cites none
    assert "2560.503-1(h)(3)" not in _draft(tmp_path, "02")[0] and "2560.503-1(h)(3)" in text


def test_the_expedited_level_is_named_as_the_plan_type_names_it(tmp_path):
    for plan_type, name in (("tricare", "reconsideration"), ("medicare_advantage", "reconsideration"),
                            ("medicare_part_d", "redetermination"), ("individual_aca", "appeal"),
                            ("employer_erisa", "appeal")):
        text, _ = _draft(tmp_path, "02", **{"claim.plan_type": plan_type})
        assert f"URGENT — EXPEDITED {name.upper()}" in text and f"I request an expedited {name} of" in text


def test_a_clinician_who_asks_for_no_expedited_decision_is_not_made_to_offer_one(tmp_path):
    text, _ = _draft(tmp_path, "08")
    assert "expedited" not in text.lower() and "72 hours" not in text


def test_an_insured_plan_s_expedited_external_review_is_named_as_the_state_s_process(tmp_path):
    text, _ = _draft(tmp_path, "05")  # an insured Marketplace plan in Colorado: the state runs external review
    assert "expedited external review under the state's external review process proceed at the same time" in text
    text, _ = _draft(tmp_path, "05", **{"claim.plan_type": "employer_erisa", "claim.funding": "self_funded"})
    assert "under the state's external review process" not in text and "2590.715-2719(d)(3)" in text
