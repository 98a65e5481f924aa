"""Names in any script: composed Unicode everywhere, the Bates prefix by naming convention, and intake keeping the
case's spelling of a name the notice's OCR garbled. Every name here is fictional."""
from __future__ import annotations

import shutil
import unicodedata

import pytest
from conftest import PDFS, page_texts, run_cli, write_case
from pypdf import PdfReader

from appeal_kit.case.folder import load_case
from appeal_kit.case.names import family_name, same_name
from appeal_kit.errors import CaseError


@pytest.mark.parametrize("name, prefix", [
    ("Dana Whitfield", "WHITFIELD"),
    ("John Carter Jr.", "CARTER"),
    # Spanish: the first surname (the father's), particles kept with it
    ("María Guadalupe Ibáñez Muñoz", "IBANEZ"),
    ("José Ibáñez Muñoz", "IBANEZ"),
    ("María Guadalupe Ibáñez", "IBANEZ"),
    ("Juan Carlos de la Cruz Martínez", "DELACRUZ"),
    ("Rosa Pérez y Gómez", "PEREZ"),
    # Vietnamese: family name first when written in Vietnamese order
    ("Nguyễn Thị Hằng", "NGUYEN"),
    ("Trần Văn Đức", "TRAN"),
    ("Nguyen Thi Hang", "NGUYEN"),
    ("Hang Thi Nguyen", "NGUYEN"),
    # Chinese, Korean, Japanese kana: family name first, transliterated
    ("王小明", "WANG"),
    ("欧阳娜娜", "OUYANG"),
    ("김민준", "KIM"),
    ("やまだ たろう", "YAMADA"),
    # Arabic names in Latin letters keep the article with the family name
    ("Layla Al-Khatib", "ALKHATIB"),
    ("Omar Al Haddad", "ALHADDAD"),
    ("Иван Петров", "PETROV"),
])
def test_bates_prefix_follows_the_naming_convention(name, prefix):
    assert family_name(name).prefix == prefix
    assert family_name(unicodedata.normalize("NFD", name)).prefix == prefix


@pytest.mark.parametrize("name", ["ليلى الخطيب", "山田 太郎", "דוד כהן"])
def test_a_name_that_cannot_be_transliterated_is_asked_for(tmp_path, name):
    assert family_name(name).prefix is None
    folder = write_case(tmp_path / "case", name=name)
    with pytest.raises(CaseError, match="bates_prefix: the patient's family name cannot be spelled"):
        load_case(folder)
    folder = write_case(tmp_path / "case", name=name, extra="bates_prefix: KHATIB\n")
    assert load_case(folder).bates_prefix == "KHATIB"


def test_spanish_language_marks_a_name_without_accents_as_spanish():
    assert family_name("Maria Guadalupe Ibanez Munoz").prefix == "MUNOZ"
    assert family_name("Maria Guadalupe Ibanez Munoz", "es").prefix == "IBANEZ"


def test_ocr_lookalikes_and_accents_are_the_same_name():
    assert same_name("Roberto Nufiez-Pefia", "Roberto Núñez-Peña")
    assert same_name("ROBERTO NUNEZ PENA", "Roberto Núñez-Peña")
    assert not same_name("Roberta Núñez-Peña", "Roberto Núñez-Peña")


def test_decomposed_name_is_composed_in_stamps_index_and_bookmarks(tmp_path, fake_office):
    composed = "Roberto Núñez-Peña Solís"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    folder = write_case(tmp_path / "nfd", name=decomposed)
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "clinical" / unicodedata.normalize("NFD", "evaluación.pdf"))
    case = load_case(folder)
    assert case.get("patient.name") == composed and case.bates_prefix == "NUNEZPENA"
    assert case.exhibits[0].title == "Evaluación"
    out = tmp_path / "out.pdf"
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.returncode == 0, result.stderr
    texts = page_texts(out)
    assert all(f"Patient: {composed}" in t for t in texts), "every stamp prints the composed name"
    assert all(decomposed not in t for t in texts)
    index = next(t for t in texts if "Bates range" in t)
    assert "Evaluación" in index and "NUNEZPENA-000001" in texts[0]
    reader = PdfReader(out)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert any("Evaluación" in t for t in titles) and all(unicodedata.is_normalized("NFC", t) for t in titles)


def test_intake_keeps_the_typed_name_over_the_notices_spelling(tmp_path):
    from appeal_kit.intake.merge import merge_into_case

    folder = write_case(tmp_path / "case", name="Roberto Núñez-Peña")
    read = {"patient_name": "Roberto Nufiez-Pefia", "member_id": "XJ 4471-002"}
    for force in (False, True):
        result = merge_into_case(folder, read, None, force=force)
        assert "kept the case's spelling 'Roberto Núñez-Peña'" in result.name_note
        assert load_case(folder).get("patient.name") == "Roberto Núñez-Peña"
    other = merge_into_case(folder, {"patient_name": "Alberto Ruiz"}, None, force=True)
    assert [h[:2] for h in other.held] == [("patient.name", "Alberto Ruiz")] and not other.name_note
    assert load_case(folder).get("patient.name") == "Roberto Núñez-Peña"
    (folder / "case.yaml").write_text((folder / "case.yaml").read_text().replace("Roberto Núñez-Peña", ""))
    filled = merge_into_case(folder, read, None)
    assert load_case(folder).get("patient.name") == "Roberto Nufiez-Pefia" and not filled.name_note
