"""Sets 51 and 52's findings that are not mild, taken by the lead (tests/resources/letter-review/set51-review.md,
case 07 finding 1; set52-review.md, case 03 finding 1)."""
from __future__ import annotations

from appeal_kit.letter import derived


def _draft(tmp_path, set_name: str, number: str, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of(set_name, number, **changes))


# ---------------- 51/07: a units denial answered with the units billed and what they were for

def test_a_units_denial_is_answered_with_the_units_billed_on_each_date(tmp_path):
    from test_letter_set14_findings import case_of

    case = case_of("set51", "07")
    units = derived.billed_as(case.data)["units"]
    assert [(u["code"], u["units"], len(u["dates"])) for u in units] == [("J0013", "84", 4)]
    text, _ = _draft(tmp_path, "set51", "07")
    assert "J0013 was billed at 84 units on each of September 14, 17, 21 and 24, 2026" in text
    assert "Please apply them to the units billed on each date." in text
    # lines at one unit say nothing of units; without service lines the letter says none
    one = [{**r, "units": 1} for r in case.data["service_lines"]]
    assert derived.billed_as({**case.data, "service_lines": one})["units"] == []
    text, _ = _draft(tmp_path, "set51", "07", service_lines=None)
    assert "units on" not in text and "Please apply them to this claim." in text


# ---------------- 52/03: a consent in the patient's words is never called form CMS-1696

def test_a_consent_is_never_called_the_appointment_form(tmp_path):
    from test_letter_set14_findings import case_of

    case = case_of("set52", "03")
    assert not derived.encloses_appointment_form(case.folder / case.data["author"]["authorization"])
    text, _ = _draft(tmp_path, "set52", "03")
    assert "CMS-1696" not in text
    assert "Mrs. Ferreira-Nakamura's written consent to this appeal is enclosed as Exhibit" in text
    # a form that names itself is named (set 6, case 07)
    form = case_of("set6", "07")
    assert derived.encloses_appointment_form(form.folder / form.data["author"]["authorization"])
    text, _ = _draft(tmp_path, "set6", "07")
    assert "the signed authorization on form CMS-1696 (Appointment of Representative) is enclosed as Exhibit" in text


# ---------------- an Original Medicare "not a benefit" denial has no plan exclusion to quote (set 54's writer)

def test_an_original_medicare_not_covered_denial_is_not_asked_for_a_plan_exclusion():
    from appeal_kit.letter import arguments

    blocks = arguments.load_blocks()
    base = {"claim": {"denial_reasons": ["not_covered"], "denial_category": "not_covered"}}
    for plan, asked in (("medicare", False), ("employer_erisa", True), ("medicare_advantage", True)):
        data = {**base, "claim": {**base["claim"], "plan_type": plan}}
        assert ("plan_policy.quote" in arguments.missing_needs(data, blocks)) is asked, plan
    # a Medicare Advantage plan's coverage rule quoted from the NCD or LCD answers for the exclusion's words
    data = {**base, "claim": {**base["claim"], "plan_type": "medicare_advantage"},
            "medicare_coverage": {"quote": "Covered when ..."}}
    assert "plan_policy.quote" not in arguments.missing_needs(data, blocks)
