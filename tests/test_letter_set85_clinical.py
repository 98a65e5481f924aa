"""Mild findings of letters set 85's blind review (tests/resources/letter-review/set85-review.md) fixed in round s80
clinical, each by its kind, tested on the set's own fictional cases with the shapes where the sentence must not
appear."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import docx_text
from test_letter_set14_findings import SETS, case_of

from appeal_kit import checks
from appeal_kit.case.folder import Case
from appeal_kit.letter import clinic, derived, render

TODAY = date(2026, 12, 7)


def draft(tmp_path: Path, case: Case) -> str:
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


@pytest.mark.parametrize("number", ["02", "03"])
def test_a_late_record_answering_one_correction_of_several_says_so(tmp_path, number):
    # 02: Exhibit F answers one of four corrections; 03: Exhibit E one of three. Neither is "the record for the
    # decision's words corrected above" as a whole
    text = draft(tmp_path, case_of("set85", number))
    assert "It is the record for one of the decision’s statements corrected above." in text
    assert "the decision’s words corrected above" not in text


def test_a_late_record_answering_every_correction_is_the_record_for_them(tmp_path):
    # off shape: with the only correction the late record answers, it is the record for the words corrected
    case = case_of("set85", "03")
    late = next(c for c in case.data["claim"]["corrections"] if "pharmacy" in str(c.get("file")))
    case.data["claim"]["corrections"] = [late]
    assert "It is the record for the decision’s words corrected above." in draft(tmp_path, case)


@pytest.mark.parametrize("codes, wanted", [
    (["F06.0", "G20.A1"], "a neurologist or psychiatrist"),  # 85/02: Parkinson's disease psychosis
    (["F02.80", "G30.1"], "a neurologist or psychiatrist"),  # a dementia in Alzheimer's disease
    # off shapes: a mental disorder due to a condition of another system, and a depression beside a neurological code
    (["F06.32", "E03.9"], "a psychiatrist"),
    (["F33.2", "G43.709"], "a psychiatrist"),
])
def test_a_mental_disorder_due_to_a_nervous_system_disease_asks_for_either_field(codes, wanted):
    assert derived.reviewer_specialty({"claim": {"diagnosis_codes": codes}}) == wanted


def test_a_neurologist_reviewer_is_not_called_outside_such_a_case():
    data = {"claim": {"diagnosis_codes": ["F06.0", "G20.A1"], "reviewer": {"name": "Dr. A", "specialty": "neurology"}}}
    assert derived.first_reviewer(data)["outside"] is False
    data["claim"]["reviewer"]["specialty"] = "family medicine"
    assert derived.first_reviewer(data)["outside"] is True


def test_a_treating_clinician_who_is_the_cases_provider_writes_from_the_practice_address(tmp_path):
    case = case_of("set85", "05")  # the psychiatrist's expedited appeal: his address only under `provider`
    assert clinic.sender_details(case.data, None)["address"] == "1900 South Webster Avenue, Suite 210\nGreen Bay, " \
                                                                 "WI 54301"
    assert "Dr. Matthias Engebretsen-Obi 1900 South Webster Avenue, Suite 210, Green Bay, WI 54301 Phone (920) " \
           "555-0131" in draft(tmp_path, case)
    # off shape: an author who is not the provider never takes the provider's address
    case = case_of("set85", "05", **{"author.name": "Dr. Lena Okafor"})
    assert clinic.sender_details(case.data, None)["address"] is None


def test_check_asks_for_the_address_of_someone_writing_for_the_patient(tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(next(p for p in (SETS / "set85").iterdir() if p.is_dir() and p.name.startswith("02-")), folder)

    def warned() -> bool:
        return any(f.field == "author.address" for f in checks.check_case(folder, today=TODAY).findings)

    assert warned()  # the wife writes for her husband, her address only on the CMS-1696
    case_yaml = folder / "case.yaml"
    text = case_yaml.read_text()
    case_yaml.write_text(text.replace("author:\n", "author:\n  address: 2931 Calle Alamosa, Santa Fe, NM 87505\n", 1))
    assert not warned()
