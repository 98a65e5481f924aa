"""Bad input: a named `Error:` on stderr, the documented exit code, no traceback, nothing lost."""
from __future__ import annotations

import shutil
import sys

import pytest
from conftest import PDFS, page_texts, run_cli, tree_digest, write_case

from appeal_kit.errors import ExitCode


def assert_clean_error(result, code: ExitCode, *needles: str) -> None:
    assert result.returncode == int(code), (result.returncode, result.stderr)
    assert result.stderr.startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr and result.stdout.strip() == ""
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)


@pytest.fixture()
def case(tmp_path):
    folder = write_case(tmp_path / "case")
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "clinical" / "notes.pdf")
    return folder


def test_password_protected_pdf_is_refused_by_name(case):
    shutil.copy(PDFS / "encrypted-needs-password.pdf", case / "other")
    result = run_cli("build", str(case))
    assert_clean_error(result, ExitCode.bad_input, "encrypted-needs-password.pdf", "password", "qpdf --password")


def test_unrepairable_pdf_is_named(case):
    shutil.copy(PDFS / "garbage.pdf", case / "other")
    result = run_cli("build", str(case))
    assert_clean_error(result, ExitCode.bad_input, "garbage.pdf", "damaged")


def test_pdf_that_only_qpdf_can_repair_is_used(case, tmp_path):
    shutil.copy(PDFS / "truncated-needs-qpdf.pdf", case / "other")
    result = run_cli("build", str(case), "-o", str(tmp_path / "out.pdf"))
    assert result.returncode == 0, result.stderr
    text = "\n".join(page_texts(tmp_path / "out.pdf"))
    assert "TRUNCATED REPAIRED BY QPDF" in text and "Exhibit B, page 2 of 2" in text


def test_unknown_file_type_is_named(case):
    shutil.copy(PDFS / "unknown.xyz", case / "other")
    result = run_cli("build", str(case))
    assert_clean_error(result, ExitCode.bad_input, "unknown.xyz", "Supported")


def test_fake_pdf_is_named(case):
    (case / "other" / "photo.pdf").write_bytes(b"\xff\xd8\xff\xe0 not really a pdf")
    result = run_cli("build", str(case))
    assert_clean_error(result, ExitCode.bad_input, "photo.pdf", "is not a PDF")


def test_missing_listed_exhibit_is_named(case):
    with (case / "case.yaml").open("a") as fh:
        fh.write("exhibits:\n  - file: denial/not-there.pdf\n    title: Denial notice\n")
    result = run_cli("build", str(case))
    assert_clean_error(result, ExitCode.bad_case, "not-there.pdf")


def test_missing_libreoffice_says_how_to_install(case, tmp_path):
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    result = run_cli("build", str(case), env={"PATH": str(empty_bin)})
    assert_clean_error(result, ExitCode.missing_dependency, "LibreOffice", "apt-get install libreoffice-writer-nogui")


def test_yaml_error_names_the_line(tmp_path):
    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(text.replace("  member_id: XJ 4471-002", "  member_id: [XJ 4471-002"))
    result = run_cli("build", str(folder))
    assert_clean_error(result, ExitCode.bad_case, "case.yaml", "line ")


def test_all_missing_fields_listed_at_once(tmp_path):
    folder = tmp_path / "case"
    assert run_cli("init", str(folder)).returncode == 0
    result = run_cli("build", str(folder))
    assert_clean_error(result, ExitCode.bad_case, "patient.name", "patient.member_id", "claim.number",
                       "insurer.name", "claim.denial_reason", "treatment.name", "author.name",
                       "printed on every page")


def test_bad_date_is_explained(tmp_path):
    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text().replace("notice_date: 03/03/2026", "notice_date: the third of Smarch")
    (folder / "case.yaml").write_text(text)
    result = run_cli("build", str(folder))
    assert_clean_error(result, ExitCode.bad_case, "claim.notice_date", "Smarch", "March 3, 2026")


def test_failed_build_keeps_previous_packet_and_leaves_no_partial_file(case):
    assert run_cli("build", str(case)).returncode == 0
    before = (case / "packet.pdf").read_bytes()
    shutil.copy(PDFS / "encrypted-needs-password.pdf", case / "other")
    digest = tree_digest(case)
    result = run_cli("build", str(case))
    assert result.returncode == int(ExitCode.bad_input)
    assert (case / "packet.pdf").read_bytes() == before
    assert tree_digest(case) == digest
    assert not [p for p in case.iterdir() if p.name.endswith(".part")]


def test_output_may_not_overwrite_an_input(case):
    result = run_cli("build", str(case), "-o", str(case / "clinical" / "notes.pdf"))
    assert_clean_error(result, ExitCode.output_error, "notes.pdf")


def test_output_may_not_land_in_an_evidence_folder(case):
    result = run_cli("build", str(case), "-o", str(case / "other" / "packet.pdf"))
    assert_clean_error(result, ExitCode.output_error, "evidence folder")
    assert not (case / "other" / "packet.pdf").exists()


def test_unknown_template_lists_choices(case):
    result = run_cli("templates", "show", "no-such-template")
    assert_clean_error(result, ExitCode.template_error, "no-such-template", "medical-necessity")


def test_missing_case_folder(tmp_path):
    result = run_cli("build", str(tmp_path / "nope"))
    assert_clean_error(result, ExitCode.bad_case, "appeal-kit init")


def test_usage_error_exit_code():
    result = run_cli("build")
    assert result.returncode == int(ExitCode.usage)
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unwritable_output_folder(case, tmp_path):
    result = run_cli("build", str(case), "-o", str(tmp_path / "no-such-dir" / "p.pdf"))
    assert_clean_error(result, ExitCode.output_error, "no-such-dir")
