"""Code checks: ICD-10-CM validity and billability, CPT/HCPCS shape, retired codes, descriptions."""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from appeal_kit import checks
from appeal_kit.intake import codes

ROOT = Path(__file__).resolve().parent.parent


def check(**claim):
    return checks.check_codes({"claim": claim})


def test_clean_case_has_no_findings():
    assert check(diagnosis_codes=["F33.2", "G90.521"], procedure_codes=["96365", "96366"],
                 service_dates=["2026-03-03"]) == []
    assert checks.check_codes({}) == []


def test_non_billable_icd_names_the_billable_subcodes():
    (f,) = check(diagnosis_codes=["G90.52"])
    assert f.level == "error" and f.field == "claim.diagnosis_codes" and f.code == "G90.52"
    assert "G90.521" in f.message and "not a billable" in f.message


def test_invalid_icd_is_an_error_and_undotted_is_a_warning():
    fs = check(diagnosis_codes=["Q99.99", "F332"])
    assert [(f.level, f.code) for f in fs] == [("error", "Q99.99"), ("warning", "F332")]
    assert "F33.2" in fs[1].message


def test_a_hospital_claims_revenue_codes_have_their_own_field():
    """Set 14's writer (case 05): an inpatient stay's revenue code 0114 was refused as "not a CPT or HCPCS code" and
    no field took it, so the stay was described by its professional codes alone."""
    assert check(revenue_codes=["0114", "0901"], procedure_codes=["90870"], service_dates=["2026-10-04"]) == []
    # past 0999 too: 1001 is a residential treatment centre's psychiatric day (NUBC's 100X group)
    assert check(revenue_codes=["1001"], procedure_codes=["H0019"], service_dates=["2026-10-04"]) == []
    assert [f.code for f in check(revenue_codes=["1010", "0001", "1999"])] == ["1010", "0001", "1999"]
    (wrong,) = check(revenue_codes=["114"])
    assert (wrong.level, wrong.field, wrong.code) == ("error", "claim.revenue_codes", "114")
    (misplaced,) = check(procedure_codes=["0114"])
    assert misplaced.level == "error" and "claim.revenue_codes" in misplaced.message
    # a four-digit code that is not a revenue code is only refused
    (short,) = check(procedure_codes=["9636"])
    assert "claim.revenue_codes" not in short.message


def test_the_letter_names_revenue_codes_as_revenue_codes(tmp_path):
    from conftest import rendered_text, sample_variant

    from appeal_kit.letter import render

    case = sample_variant(ROOT / "evidence_samples" / "ketamine-trd", **{"claim.revenue_codes": ["0114"]})
    letter = rendered_text(tmp_path, case, render.find_template("medical-necessity").name, date(2026, 11, 26))
    codes = letter[letter.index("Codes:"):letter.index("Dear ")]
    assert "; revenue 0114; diagnosis" in codes and letter.count("0114") == 1


def test_procedure_shapes():
    fs = check(procedure_codes=["9636", "96365-25", "J3490", "0591T", "F33.2"])
    errors = {f.code for f in fs if f.level == "error"}
    assert errors == {"9636", "F33.2"}
    assert any("diagnosis_codes" in f.message for f in fs if f.code == "F33.2")
    assert any(f.code == "J3490" and "NDC" in f.message for f in fs)


def test_retired_s0013_against_service_dates():
    (f,) = check(procedure_codes=["S0013"], service_dates=["2025-12-20", "2026-01-14"])
    assert f.level == "error" and "J0013" in f.message and "2026-01-14" in f.message
    assert check(procedure_codes=["S0013"], service_dates=["2025-12-20"]) == []
    (w,) = check(procedure_codes=["S0013"])
    assert w.level == "warning" and "service_dates" in w.message
    (early,) = check(procedure_codes=["J0013"], service_dates=["December 1, 2025"])
    assert early.level == "warning" and "S0013" in early.message


def test_a_retired_code_billed_by_mistake_is_what_the_corrected_claim_fixes():
    def coded(lines, correct=False):
        return checks.check_codes({"claim": {"procedure_codes": ["S0013"], "service_dates": ["2026-02-03"],
                                             "coding_correct": correct},
                                   "corrected_claim": {"lines": lines}})
    (note,) = coded([{"code": "J0013", "units": 56}])
    assert note.level == "note" and "corrected claim" in note.message and "J0013" in note.message
    (error,) = coded([{"code": "S0013"}])  # the correction repeats the error
    assert error.level == "error" and "corrected_claim.lines should bill J0013" in error.message
    (error,) = coded([{"code": "J0013"}], correct=None)  # the case does not say the billed claim was wrong
    assert error.level == "error" and "corrected claim" in error.message.lower()


def test_an_npi_that_fails_its_check_digit_is_named_by_check(tmp_path):
    from conftest import write_case

    from appeal_kit.checks import check_case

    folder = write_case(tmp_path / "c", extra="provider:\n  name: Dr. Test\n  npi: \"1234567890\"\n")
    (npi,) = [f for f in check_case(folder).findings if f.field == "provider.npi"]
    assert npi.level == "warning" and "check-digit" in npi.message and "would be 3" in npi.message
    text = (folder / "case.yaml").read_text(encoding="utf-8").replace("1234567890", "1234567893")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    assert not [f for f in check_case(folder).findings if f.field == "provider.npi"]


def test_medicare_only_codes_on_other_plans():
    (f,) = check(procedure_codes=["G2082"], plan_type="employer_erisa")
    assert f.level == "warning"
    assert check(procedure_codes=["G2082"], plan_type="medicare_advantage") == []


def test_errors_come_first():
    fs = check(diagnosis_codes=["F332"], procedure_codes=["123"])
    assert [f.level for f in fs] == ["error", "warning"]


def test_descriptions_are_our_own_words():
    assert "ketamine" in codes.describe_code("96365")
    assert codes.describe_code("CO-50").startswith("the payer deems")
    assert codes.describe_code("F33.2").startswith("Major depressive disorder")
    assert codes.describe_code("ZZZZ") is None
    rows = codes.describe_case_codes({"claim": {"procedure_codes": ["96366"], "carc_codes": ["CO-197"]}})
    assert rows[0][0] == "claim.procedure_codes" and rows[1][2].startswith("precertification")


def test_a_code_is_described_in_the_code_set_of_the_field_it_comes_from():
    # letters set 98, case 01: `check` printed "claim.procedure_codes H0015: Chalazion left lower eyelid", the ICD-10-CM
    # code H00.15 its letters spell; deadline set 01, case 15: E1161 (a wheelchair) as E11.61 (diabetic arthropathy)
    rows = codes.describe_case_codes({"claim": {"procedure_codes": ["E1161", "H0015"], "diagnosis_codes": ["H00.15"]}})
    assert rows == [("claim.diagnosis_codes", "H00.15", "Chalazion left lower eyelid"),
                    ("claim.procedure_codes", "E1161", None),
                    ("claim.procedure_codes", "H0015", "intensive outpatient treatment for alcohol or drug use, a "
                                                       "program of at least 3 hours a day on at least 3 days a week")]
    assert codes.describe_code("E1161", kind="procedure") is None
    assert codes.describe_code("E1161").startswith("Type 2 diabetes")  # a code with no field: read as typed
    assert codes.describe_code("90837", kind="diagnosis") is None
    assert codes.describe_code("CO-50", kind="procedure") is None


def test_carc_categories():
    assert codes.carc_category("CO-50") == "medical_necessity"
    assert codes.carc_category("PR-2") is None
    assert codes.carc_category("CO-242") == "out_of_network"


def test_icd_code_set_is_imported_lazily():
    code = ("import sys, appeal_kit.intake.codes, appeal_kit.intake.facts, appeal_kit.intake.deadlines, appeal_kit.cli; "
            "print('simple_icd_10_cm' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr


def test_findings_name_codes_not_diagnoses():
    """Errors and warnings may be logged or shared: they name the code and field, never the diagnosis."""
    findings = checks.check_codes({"claim": {"diagnosis_codes": ["G90.52", "f332"]}})
    assert findings and all("pain" not in f.message.lower() and "depress" not in f.message.lower()
                            for f in findings)


# ---------------------------------------------------------------------------------------------- ICD index

FAKE_ROWS = [("G90", False, "heading"), ("G90.5", False, "subheading"), ("G90.51", False, "sub-subheading"),
             ("G90.511", True, "fictional leaf one"), ("G90.519", True, "fictional leaf two")]


@pytest.fixture
def fake_library(monkeypatch):
    """A five-code stand-in for simple-icd-10-cm that counts how often the index is built from it."""
    state = {"version": "1.0", "builds": 0}

    def rows():
        state["builds"] += 1
        yield from FAKE_ROWS

    monkeypatch.setattr(codes, "_library_rows", rows)
    monkeypatch.setattr(codes, "_library_version", lambda: state["version"])
    return state


def test_the_library_version_is_read_without_importlib_metadata_and_agrees_with_it(tmp_path, monkeypatch):
    from importlib.metadata import version

    assert codes._library_version() == version(codes.ICD_LIBRARY)
    # Installed some other way (no dist-info folder beside it): importlib.metadata says, or ImportError.
    module = tmp_path / "simple_icd_10_cm.py"
    module.write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, codes.ICD_MODULE, raising=False)  # find_spec answers from sys.modules first
    monkeypatch.setattr("importlib.metadata.version", lambda name: "9.9-from-metadata")
    assert codes._library_version() == "9.9-from-metadata"
    (tmp_path / "simple_icd_10_cm-3.1.dist-info").mkdir()
    (tmp_path / "simple_icd_10_cm-3.1.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: simple-icd-10-cm\nVersion: 3.1\n", encoding="utf-8")
    assert codes._library_version() == "3.1"
    module.unlink()
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    with pytest.raises(ImportError):
        codes._library_version()


def test_icd_index_is_built_once_then_reused(tmp_path, fake_library):
    path = tmp_path / "cache" / "icd.sqlite3"
    first = codes.icd_index(path)
    assert path.is_file() and fake_library["builds"] == 1
    assert first.lookup("G90.511") == (True, True) and first.lookup("G90.51") == (True, False)
    again = codes.icd_index(path)
    assert fake_library["builds"] == 1
    assert again.billable_descendants("G90.5") == ("G90.511", "G90.519")
    assert again.description("G90.519") == "fictional leaf two"


def test_icd_index_is_rebuilt_when_the_library_version_changes(tmp_path, fake_library):
    path = tmp_path / "icd.sqlite3"
    codes.icd_index(path)
    fake_library["version"] = "2.0"
    codes.icd_index(path)
    assert fake_library["builds"] == 2
    codes.icd_index(path)
    assert fake_library["builds"] == 2


def test_a_damaged_index_is_rebuilt_and_an_unwritable_folder_still_answers(tmp_path, fake_library):
    path = tmp_path / "icd.sqlite3"
    path.write_bytes(b"not a database")
    assert codes.icd_index(path).lookup("G90.519") == (True, True)
    assert fake_library["builds"] == 1
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way")
    index = codes.icd_index(blocked / "icd.sqlite3")  # its folder cannot be made: built in memory
    assert index.lookup("G90.511") == (True, True) and index.lookup("G90.512") == (False, False)


def test_icd_answers_from_the_real_code_set():
    assert codes.icd_info("G90.511") == codes.IcdInfo("G90.511", True, True)
    heading = codes.icd_info("G90.51")
    assert heading.valid and not heading.billable
    assert heading.billable_children == ("G90.511", "G90.512", "G90.513", "G90.519")
    assert codes.icd_info("g90511").code == "G90.511"
    assert codes.icd_info("Q99.99") == codes.IcdInfo("Q99.99", False, False)
    assert codes.icd_info("F30-F39").valid is False  # a block of the code set, not a code
    (f,) = check(diagnosis_codes=["G90.51"])
    assert f.level == "error" and "G90.511, G90.512, G90.513, G90.519" in f.message
    assert check(diagnosis_codes=["G90.511"]) == []


def test_check_uses_the_index_without_loading_the_code_set():
    codes.icd_index()  # built (or found) in the user cache folder, as by an earlier run
    code = ("import sys; from appeal_kit import checks; from appeal_kit.intake import codes; "
            "fs = checks.check_codes({'claim': {'diagnosis_codes': ['G90.51', 'F33.2']}}); "
            "print(len(fs), codes.describe_code('F33.2')[:25], 'simple_icd_10_cm' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stdout.strip() == "1 Major depressive disorder False", proc.stderr


def test_j3490_reminder_only_once_care_is_billed():
    """The NDC rides on a claim: a pre-service request (no date of service yet) gets no J3490 reminder (set 13's
    writer: planned_care could not clear it)."""
    assert any(f.code == "J3490" for f in check(procedure_codes=["J3490"], service_dates=["2026-03-03"]))
    assert not any(f.code == "J3490" for f in check(procedure_codes=["J3490"], service_dates=["2099-03-03"]))
    assert any(f.code == "J3490" for f in check(procedure_codes=["J3490"]))  # no dates: the reminder stays
    assert not any(f.code == "J3490" for f in checks.check_codes(
        {"request": "prior_authorization", "claim": {"procedure_codes": ["J3490"]}}))
