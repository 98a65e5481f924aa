"""Set 45's findings (tests/resources/letter-review/set45-review.md: drafted at 12564540, reviewed blind, 4 (28)): the
kinds that are not mild, fixed the stop they were reviewed."""
from __future__ import annotations

from appeal_kit.letter import derived


def _case(number: str, **changes):
    from test_letter_set14_findings import case_of

    return case_of("set45", number, **changes)


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import draft

    return draft(tmp_path, _case(number, **changes))


# ---------------- 03: a fibromyalgia drug is not mental health care because a depression code follows its code

def test_parity_reaches_care_whose_principal_diagnosis_is_a_mental_disorder(tmp_path):
    data = _case("03").data
    assert data["claim"]["diagnosis_codes"][0] == "M79.7"
    assert derived.mental_health_diagnosis(data) and not derived.care_for_mental_health(data)
    text, _ = _draft(tmp_path, "03")
    assert "mental health condition" not in text and "438.910" not in text
    # the same drug with the depression listed first is argued under the parity rule
    text, _ = _draft(tmp_path, "03", **{"claim.diagnosis_codes": ["F33.1", "M79.7"]})
    assert "This treatment is for a mental health condition" in text and "438.910(d)" in text


def test_the_reviewer_asked_for_follows_the_principal_diagnosis(tmp_path):
    assert derived.reviewer_specialty(_case("03").data).startswith("a physician board-certified in pain medicine")
    assert derived.reviewer_specialty(_case("03", **{"claim.diagnosis_codes": ["F33.1", "M79.7"]}).data) == \
        "a psychiatrist"
    text, _ = _draft(tmp_path, "03")
    assert "after consulting a psychiatrist" not in text


# ---------------- 04: an approval effective from the day it was given says nothing of when the care began

def test_an_approval_effective_from_its_own_date_is_before_care_that_began_later(tmp_path):
    approval = derived.approval(_case("04").data)
    assert approval["before_care"] is True and approval["on_first_day"] is False
    text, _ = _draft(tmp_path, "04")
    assert "the day the care began" not in text and "before the care began" in text


# ---------------- 05: a claim the case says is coded correctly is never to be corrected

def test_a_claim_coded_correctly_is_never_asked_to_be_corrected(tmp_path):
    text, state = _draft(tmp_path, "05")
    assert state.by_id["coded_correctly"].value is True
    assert "coding is corrected" not in text and "under the corrected claim" not in text
    assert "I ask the plan to honor precertification PC-26-0902-6612 and to reprocess the claim" in text
