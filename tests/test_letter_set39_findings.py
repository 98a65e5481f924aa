"""Set 39's not-mild findings (tests/resources/letter-review/set39-review.md: drafted at d37a6b77, reviewed blind,
8 (28)), each fix tested on its structure."""
from __future__ import annotations


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of("set39", number, **changes))


# ---------------- 02: a Part D fill refused at the pharmacy is a request for the drug, never for payment

def test_a_refused_part_d_fill_is_decided_on_the_drug_clock_and_expedited_when_certified(tmp_path):
    text, _ = _draft(tmp_path, "02")
    assert "within 14 days" not in text and "423.590(b)" not in text
    assert "Please decide this appeal as expedited, within 72 hours (42 CFR 423.584 and 423.590)" in text
    assert "pay the claim" not in text and "denied coverage" in text
    # every step shown met: the exception only in the alternative, never "the steps not met"
    assert "The steps not met" not in text and "In the alternative, a coverage exception" in text
    # a member who paid for the fill asks for payment
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    paid = case_of("set39", "02", expenses=[{"date": "2026-11-20", "item": "milnacipran", "amount": 180,
                                             "paid": 180}]).data
    assert not derived.refused_fill(paid) and derived.refused_fill(case_of("set39", "02").data)


# ---------------- 04: a policy version replaced before the care, under an experimental ground

def test_a_replaced_policy_version_is_argued_under_an_experimental_ground(tmp_path):
    text, state = _draft(tmp_path, "04")
    assert state.by_id["exclusion_superseded"].value is True
    assert "Medical Policy MP-NB-11, Version 4 (Exhibit" in text and "replaced it from March 1, 2026" in text
    # with a clinical ground beside the coding one, the denial is not said to be about coding alone
    assert "not whether the care was needed" not in text


# ---------------- 05: the plan's own benefit row is never treated as an exclusion conceded

def test_the_plans_own_listing_quoted_as_the_ground_is_never_conceded_as_an_exclusion(tmp_path):
    text, _ = _draft(tmp_path, "05")
    assert "does not dispute what it says" not in text and "routes to coverage that remain" not in text
    assert "lists hospital intensive outpatient program (IOP)" in text


# ---------------- 08: an approval that ended is not kept to for "the rest of the course", nor a renewal conceded

def test_an_ended_approval_with_a_renewal_asked_is_neither_kept_to_nor_conceded_as_lapsed(tmp_path):
    text, _ = _draft(tmp_path, "08")
    assert "for the rest of the course it authorized" not in text
    assert "authorized retroactively" not in text


# ---------------- 04, 05, 07, 08 (mild, a pattern): records the reviewer never had come after the winning point

def test_records_the_reviewer_never_had_never_lead_the_opening(tmp_path):
    text, _ = _draft(tmp_path, "04")
    opening = text[text.index("In short:"):]
    # the record the criteria cite is left out of the summary, which names nothing it shows (letters set 53, case
    # 07); the section on it comes after the winning point
    assert "Version 4 replaced" in opening and "which its reviewer never had" not in opening.split("Request")[0]
    assert text.index("Version 4 replaced") < text.index("Records the reviewer did not have")
