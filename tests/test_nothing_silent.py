"""Nothing silently wrong: check and build agree, stale and unlisted things are flagged, outputs never clobber
inputs, interrupts leave nothing behind, and rebuilding gives the same bytes."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PDFS, RESOURCES, ROOT, page_texts, processes_mentioning, run_cli, tree_digest, write_case
from pypdf import PdfReader

from appeal_kit.case.folder import is_junk, load_case
from appeal_kit.intake import deadlines
from appeal_kit.letter import render

JUNK = ("Thumbs.db", "desktop.ini", ".DS_Store", "~$notes.docx", ".~lock.notes.docx#", "notes.pdf~")


def exhibit_titles(result_stdout: str) -> list[str]:
    return re.findall(r"^  Ex\. \S+\s+pages \S+\s+(.*)$", result_stdout, re.M)


# ---------------------------------------------------------------------------------------------- check and build agree

@pytest.mark.parametrize("name", [*JUNK, "THUMBS.DB"])
def test_junk_names(name):
    assert is_junk(Path(name))


def test_real_names_are_not_junk():
    for name in ("notes.pdf", "2026-03-03_denial.pdf", "my~notes.pdf", "desktop.ini.pdf"):
        assert not is_junk(Path(name)), name
    assert is_junk(Path("denial/__MACOSX/notice.pdf"))


def test_junk_files_are_skipped_so_a_clean_check_builds(tmp_path, fake_office):  # what is built where, not how LibreOffice converts
    folder = write_case(tmp_path / "case")
    shutil.copy(PDFS / "rotated.pdf", folder / "denial" / "notice.pdf")
    for sub in ("denial", "clinical", "other"):
        for name in JUNK:
            (folder / sub / name).write_bytes(b"\0junk\0")
    (folder / "denial" / "__MACOSX").mkdir()
    (folder / "denial" / "__MACOSX" / "._notice.pdf").write_bytes(b"\0")
    checked = run_cli("check", str(folder))
    assert checked.returncode == 0 and "Ready to build" in checked.stdout, checked.stderr
    built = run_cli("build", str(folder))
    assert built.returncode == 0, built.stderr
    assert exhibit_titles(built.stdout) == ["Notice"]


def test_awkward_case_that_checks_clean_builds(awkward_case, awkward_packet):
    checked = run_cli("check", str(awkward_case))
    assert checked.returncode == 0 and "Ready to build" in checked.stdout, checked.stderr
    assert awkward_packet[0].is_file()


def test_template_folders_skip_junk_too(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    shutil.copy(render.bundled_dir() / "medical-necessity.docx", pack / "~$medical-necessity.docx")
    assert "~$medical-necessity" not in {t.name for t in render.list_templates([pack])}


def test_unlisted_evidence_is_named_by_check_and_build(tmp_path, fake_office):  # what is built where, not how LibreOffice converts
    folder = write_case(tmp_path / "case", extra="exhibits:\n  - file: denial/notice.pdf\n    title: Denial notice\n")
    shutil.copy(PDFS / "rotated.pdf", folder / "denial" / "notice.pdf")
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "clinical" / "forgotten.pdf")
    (folder / "clinical" / "Thumbs.db").write_bytes(b"\0")
    checked = run_cli("check", str(folder))
    assert checked.returncode == 0, checked.stderr
    assert "Warning: exhibits: clinical/forgotten.pdf is in the case folder but not in the `exhibits:` list" \
        in checked.stdout
    assert "Thumbs.db" not in checked.stdout
    built = run_cli("build", str(folder))
    assert built.returncode == 0, built.stderr
    assert "clinical/forgotten.pdf" in built.stderr and exhibit_titles(built.stdout) == ["Denial notice"]


def test_intake_adds_the_notice_to_an_exhibit_list(tmp_path):
    folder = write_case(tmp_path / "case", extra="exhibits:\n  - file: clinical/notes.pdf\n    title: Notes\n")
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "clinical" / "notes.pdf")
    notice = RESOURCES / "notices" / "01_erisa_letter.txt"
    result = run_cli("intake", str(notice), "--case", str(folder))
    assert result.returncode == 0, result.stderr
    assert "Added denial/01_erisa_letter.txt to the exhibits list" in result.stdout
    case = load_case(folder)
    assert [e.path.name for e in case.exhibits] == ["01_erisa_letter.txt", "notes.pdf"]
    assert case.unlisted == []
    again = run_cli("intake", str(notice), "--case", str(folder))
    assert "is already in the exhibits list" in again.stdout
    assert (folder / "case.yaml").read_text().count("01_erisa_letter.txt") == 1


def test_intake_says_so_when_there_is_no_exhibit_list(tmp_path):
    folder = write_case(tmp_path / "case")
    result = run_cli("intake", str(RESOURCES / "notices" / "01_erisa_letter.txt"), "--case", str(folder))
    assert result.returncode == 0, result.stderr
    assert "case.yaml lists no exhibits, so every file in the four folders goes in" in result.stdout
    assert "exhibits:" not in (folder / "case.yaml").read_text()


# ---------------------------------------------------------------------------------------------- nothing stale

def test_letter_drafted_before_changes_is_flagged_until_redrafted(tmp_path, fake_office):  # what is built where, not how LibreOffice converts
    folder = write_case(tmp_path / "case")
    shutil.copy(PDFS / "rotated.pdf", folder / "denial" / "notice.pdf")
    assert run_cli("draft", str(folder)).returncode == 0
    fresh = run_cli("check", str(folder))
    assert "drafted before" not in fresh.stdout
    from docx import Document  # a hand edit: a letter without one is redrafted by build (test_clinic_week.py)

    letter = Document(str(folder / "letter.docx"))
    letter.add_paragraph("A sentence added by hand.")
    letter.save(str(folder / "letter.docx"))
    text = (folder / "case.yaml").read_text().replace("XJ 4471-002", "XJ 4471-003")
    (folder / "case.yaml").write_text(text)
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "clinical" / "late-notes.pdf")
    checked = run_cli("check", str(folder))
    assert checked.returncode == 0, checked.stderr
    line = next(ln for ln in checked.stdout.splitlines() if ln.startswith("Warning: letter.docx"))
    assert "patient.member_id" in line and "draft" in line and "--force" in line
    assert "Exhibit B (Late notes) is new; letter.docx does not mention it" in line
    assert "XJ 4471" not in (folder / ".letter-fingerprint.json").read_text()  # hashes, not the values
    built = run_cli("build", str(folder))
    assert built.returncode == 0 and "Warning: letter.docx" in built.stderr and "patient.member_id" in built.stderr
    assert run_cli("draft", str(folder), "--force").returncode == 0
    assert "drafted before" not in run_cli("check", str(folder)).stdout
    shutil.copy(PDFS / "mixed-sizes.pdf", folder / "denial" / "notice.pdf")  # same name, other pages
    assert "the content of denial/notice.pdf" in run_cli("check", str(folder)).stdout


def _case_with_deadline(tmp_path, basis: str, stored: str, plan: str = "employer_erisa") -> Path:
    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text().replace(
        "  notice_date: 03/03/2026\n",
        f"  notice_date: 03/03/2026\n  plan_type: {plan}\n  appeal_deadline: {stored}\n  deadline_basis: '{basis}'\n")
    (folder / "case.yaml").write_text(text)
    return folder


def test_stored_rule_deadline_is_counted_again_from_a_corrected_notice_date(tmp_path):
    basis = "29 CFR 2560.503-1(h)(3)(i): 180 days. Counted from the notice date 2026-03-03."
    folder = _case_with_deadline(tmp_path, basis, "2026-08-30")
    assert deadlines.deadline_disagreement(load_case(folder).data) is None
    text = (folder / "case.yaml").read_text().replace("notice_date: 03/03/2026", "notice_date: 03/10/2026")
    (folder / "case.yaml").write_text(text)
    for command in ("check", "deadline"):
        result = run_cli(command, str(folder))
        out = result.stdout + result.stderr
        assert result.returncode == 0, result.stderr
        assert "Warning: claim.appeal_deadline: case.yaml says 2026-08-30, but the notice date 2026-03-10 gives " \
               "2026-09-06" in out, (command, out)


def test_stated_window_is_counted_again_but_a_fixed_date_is_not(tmp_path):
    stated = 'Stated in the notice: "You must appeal within 60 days of the date of this letter." Counted from ' \
             'the notice date 2026-03-03.'
    data = load_case(_case_with_deadline(tmp_path / "a", stated.replace("'", "''"), "2026-05-02")).data
    assert deadlines.rederived_deadline(data).isoformat() == "2026-05-02"
    data["claim"]["notice_date"] = "2026-03-05"
    assert "gives 2026-05-04" in deadlines.deadline_disagreement(data)
    fixed = 'Stated in the notice: "Send your appeal by May 1, 2026."'
    data = load_case(_case_with_deadline(tmp_path / "b", fixed, "2026-05-01")).data
    assert deadlines.rederived_deadline(data) is None


def test_interactive_init_does_not_offer_to_draft_before_there_are_documents(tmp_path):
    from test_workflow import INTERVIEW_ANSWERS, init_interactively

    folder = tmp_path / "asked"
    # Enter at the last question ("Write the appeal letter now?"): take the default
    result = init_interactively(folder, INTERVIEW_ANSWERS.rsplit("y\n", 1)[0] + "\n")
    assert result.returncode == 0, result.stderr
    assert "the folders hold no documents yet" in result.stdout and "[y/N]" in result.stdout
    assert not (folder / "letter.docx").exists()


# ---------------------------------------------------------------------------------------------- output paths

def test_output_folder_gets_packet_pdf_and_rebuilds_replace_our_own_packet(tmp_path, fake_office):  # what is built where, not how LibreOffice converts
    folder = write_case(tmp_path / "case")
    shutil.copy(PDFS / "rotated.pdf", folder / "denial" / "notice.pdf")
    out = tmp_path / "out"
    out.mkdir()
    for target in (f"{out}/", str(out), str(out / "packet.pdf")):
        result = run_cli("build", str(folder), "-o", target)
        assert result.returncode == 0, (target, result.stderr)
        assert f"Wrote {out / 'packet.pdf'}" in result.stdout
    foreign = tmp_path / "report.pdf"
    shutil.copy(PDFS / "rotated.pdf", foreign)
    assert run_cli("build", str(folder), "-o", str(foreign)).returncode == 8
    assert run_cli("build", str(folder), "-o", str(foreign), "--force").returncode == 0
    assert PdfReader(foreign).metadata["/Creator"].startswith("appeal-kit")
    before = (folder / "case.yaml").read_bytes()
    refused = run_cli("build", str(folder), "-o", str(folder / "case.yaml"), "--force")
    assert refused.returncode == 9 and (folder / "case.yaml").read_bytes() == before


# ---------------------------------------------------------------------------------------------- odd evidence

@pytest.mark.libreoffice
def test_form_fields_without_appearances_keep_their_values(tmp_path):
    folder = write_case(tmp_path / "case")
    for name in ("form-needs-appearance-one.pdf", "form-needs-appearance-two.pdf", "damaged-metadata.pdf"):
        shutil.copy(PDFS / name, folder / "other" / name)
    result = run_cli("build", str(folder))
    assert result.returncode == 0, result.stderr
    texts = page_texts(folder / "packet.pdf")
    one = [t for t in texts if "form-one.pdf" in t]
    two = [t for t in texts if "form-two.pdf" in t]
    assert len(one) == len(two) == 1
    assert "FIRST FORM VALUE" in one[0] and "SECOND FORM VALUE" not in one[0]
    assert "SECOND FORM VALUE" in two[0] and "FIRST FORM VALUE" not in two[0]
    assert any("DAMAGED METADATA STILL READ" in t for t in texts)
    assert "/AcroForm" not in PdfReader(folder / "packet.pdf").trailer["/Root"]


# ---------------------------------------------------------------------------------------------- interrupts

@pytest.mark.skipif(not Path("/proc").is_dir(), reason="looks for leftover processes in /proc")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.libreoffice
def test_interrupt_mid_build_leaves_nothing_behind(tmp_path, signum):
    folder = write_case(tmp_path / "case")
    shutil.copy(PDFS / "letter-from-therapist.rtf", folder / "clinical")
    assert run_cli("build", str(folder)).returncode == 0
    before = tree_digest(folder)
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch)}
    proc = subprocess.Popen([sys.executable, "-m", "appeal_kit", "build", str(folder)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(scratch.glob("appeal-kit-lo-*/user/extensions")) and time.monotonic() < deadline:
        time.sleep(0.02)  # wait until LibreOffice is running with its profile in TMPDIR (soffice made it)
    assert list(scratch.glob("appeal-kit-lo-*")), "LibreOffice never started"
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, err  # 130 for Ctrl-C, 143 for SIGTERM
    assert err.strip().splitlines() == ["Interrupted: stopped before finishing; files written earlier are as they "
                                        "were."]
    assert "Traceback" not in err and "Wrote" not in out
    assert list(scratch.iterdir()) == []  # no profile folder, pipe or lock file
    assert tree_digest(folder) == before  # the earlier packet as it was, nothing partial
    time.sleep(0.5)
    assert processes_mentioning(str(scratch)) == []  # no orphaned soffice


# ---------------------------------------------------------------------------------------------- same bytes

@pytest.mark.libreoffice
def test_rebuilding_gives_the_same_bytes(tmp_path):
    folder = write_case(tmp_path / "case", extra="call_log:\n  - {date: March 5 2026, who: Rep, summary: Asked}\n")
    shutil.copy(PDFS / "letter-from-therapist.rtf", folder / "clinical")
    shutil.copy(PDFS / "photo-exif6.jpg", folder / "other")
    first, second, third = tmp_path / "1.pdf", tmp_path / "2.pdf", tmp_path / "3.pdf"
    assert run_cli("build", str(folder), "-o", str(first)).returncode == 0
    time.sleep(1.1)  # a clock that leaked into the file would now differ
    assert run_cli("build", str(folder), "-o", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    # The packet's objects are packed into compressed object streams (qpdf); unpacked, each dictionary is plain.
    unpacked = tmp_path / "unpacked.pdf"
    subprocess.run(["qpdf", "--object-streams=disable", str(first), str(unpacked)], check=True)
    data = unpacked.read_bytes()
    assert b"/ObjStm" in first.read_bytes() and b"/ObjStm" not in data
    letter_day = PdfReader(first).metadata["/CreationDate"]
    assert re.fullmatch(r"D:\d{8}000000Z", letter_day)  # midnight of the letter's date
    # No LibreOffice dates inside: one /CreationDate (ours), no XMP /Metadata stream carried over from an exhibit.
    assert data.count(b"/CreationDate") == 1 and b"/Metadata" not in data
    env = {"SOURCE_DATE_EPOCH": "1767225600"}  # 2026-01-01 00:00:00 UTC
    assert run_cli("build", str(folder), "-o", str(third), env=env).returncode == 0
    assert PdfReader(third).metadata["/CreationDate"] == "D:20260101000000Z"
    assert "January 1, 2026" in page_texts(third)[0]  # the letter is dated from SOURCE_DATE_EPOCH too


# ---------------------------------------------------------------------------------------------- housekeeping

def test_ci_script_is_committed_executable():
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout")
    mode = subprocess.run(["git", "ls-files", "-s", ".ci/run"], cwd=ROOT, capture_output=True, text=True).stdout
    assert mode.startswith("100755 "), mode


def test_license_is_an_spdx_string():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["project"]["license"] == "MIT"
    assert any(r.startswith("setuptools>=77") for r in project["build-system"]["requires"])


def test_every_folder_the_package_ships_is_declared():
    """A folder of the package that setuptools is not told about is installed only with a warning that it "would be
    ignored" (and, by a later setuptools, may be): a new language's catalogs, a new data folder, must be listed."""
    import tomllib

    tool = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    declared = set(tool["packages"])
    mapped = {package: ROOT / folder for package, folder in tool["package-dir"].items()}
    found = set()
    for package, top in {"appeal_kit": ROOT / "appeal_kit", **mapped}.items():
        for folder in [top, *(p for p in top.rglob("*") if p.is_dir())]:
            parts = folder.relative_to(top).parts
            if "__pycache__" in parts or folder.is_symlink() or any(p.is_symlink() for p in folder.parents):
                continue
            if any(p.is_file() for p in folder.iterdir()):
                found.add(".".join((package, *parts)))
    assert found - declared == set(), "add these to [tool.setuptools] packages in pyproject.toml"
