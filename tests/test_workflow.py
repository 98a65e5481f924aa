"""The user's path: init -> fill in -> draft -> edit -> build, and the case file's rules."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

import pytest
from conftest import PDFS, ROOT, copy_sample, page_texts, run_cli, write_case
from docx import Document

from appeal_kit.case.folder import default_bates_prefix, load_case, parse_date
from appeal_kit.errors import CaseError, ExitCode


def test_init_creates_folders_and_refuses_to_overwrite(tmp_path):
    folder = tmp_path / "my-appeal"
    result = run_cli("init", str(folder))
    assert result.returncode == 0, result.stderr
    assert (folder / "case.yaml").is_file()
    assert all((folder / d).is_dir() for d in ("denial", "clinical", "literature", "other"))
    (folder / "case.yaml").write_text("# mine\n")
    again = run_cli("init", str(folder))
    assert again.returncode == int(ExitCode.would_overwrite)
    assert (folder / "case.yaml").read_text() == "# mine\n"


@pytest.mark.libreoffice
def test_draft_then_edit_then_build_uses_the_edited_letter(tmp_path):
    folder = write_case(tmp_path / "case")
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "clinical")
    assert run_cli("draft", str(folder)).returncode == 0
    letter = folder / "letter.docx"
    doc = Document(letter)
    doc.add_paragraph("A SENTENCE THE PATIENT ADDED IN WORD.")
    doc.save(letter)
    edited = letter.read_bytes()

    refused = run_cli("draft", str(folder))
    assert refused.returncode == int(ExitCode.would_overwrite) and "--force" in refused.stderr
    assert letter.read_bytes() == edited

    built = run_cli("build", str(folder))
    assert built.returncode == 0, built.stderr
    assert "letter.docx" in built.stdout
    text = " ".join(" ".join(page_texts(folder / "packet.pdf")).split())
    assert "A SENTENCE THE PATIENT ADDED IN WORD." in text
    assert letter.read_bytes() == edited

    forced = run_cli("draft", str(folder), "--force")
    assert forced.returncode == 0
    assert "A SENTENCE THE PATIENT ADDED" not in "\n".join(p.text for p in Document(letter).paragraphs)


def test_dates_people_write_are_stored_iso(tmp_path):
    for written in ("March 3, 2026", "03/03/2026", "2026-03-03", "3 Mar 2026"):
        assert parse_date(written, what="x") == "2026-03-03"
    folder = write_case(tmp_path / "case", extra="")
    case = load_case(folder)
    assert case.get("claim.notice_date") == "2026-03-03"
    assert case.get("patient.date_of_birth") == "1980-04-12"
    assert case.get("claim.service_dates") == ["2026-02-02"]


def test_default_exhibits_order_and_explicit_list(tmp_path):
    folder = write_case(tmp_path / "case")
    for sub, name in (("other", "a.pdf"), ("clinical", "b.pdf"), ("denial", "z.pdf"), ("literature", "c.pdf")):
        shutil.copy(PDFS / "unbalanced-state.pdf", folder / sub / name)
    (folder / "other" / ".DS_Store").write_bytes(b"junk")
    assert [e.path.name for e in load_case(folder).exhibits] == ["z.pdf", "b.pdf", "c.pdf", "a.pdf"]
    with (folder / "case.yaml").open("a") as fh:
        fh.write("exhibits:\n  - {file: other/a.pdf, title: Superbill}\n  - file: denial/z.pdf\n")
    listed = load_case(folder).exhibits
    assert [(e.path.name, e.title) for e in listed] == [("a.pdf", "Superbill"), ("z.pdf", "Z")]


def test_bates_prefix_default_and_validation(tmp_path):
    assert default_bates_prefix("Dana Whitfield") == "WHITFIELD"
    assert default_bates_prefix("Nguyễn Thị Hằng") == "NGUYEN"
    assert default_bates_prefix("王秀英") == "WANG"
    folder = write_case(tmp_path / "case", extra="bates_prefix: 'bad prefix!'\n")
    with pytest.raises(CaseError, match="bates_prefix"):
        load_case(folder)


def test_installed_console_command_finds_bundled_templates(tmp_path):
    """`pip install .` (setup.sh does it) gives an `appeal-kit` command that works outside the source tree."""
    exe = Path(sys.executable).parent / "appeal-kit"
    if not exe.exists():
        pytest.skip("appeal-kit is not installed in this environment; run setup.sh")
    installed = next(metadata.distributions(name="appeal-kit", path=[sysconfig.get_paths()["purelib"]]), None)
    if installed and json.loads(installed.read_text("direct_url.json") or "{}").get("dir_info", {}).get("editable"):
        pytest.skip("appeal-kit is installed in editable mode (pip install -e), which runs this source tree")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([str(exe), "templates"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "medical-necessity" in result.stdout
    show = subprocess.run([str(exe), "templates", "show", "medical-necessity"], capture_output=True, text=True,
                          cwd=tmp_path, env=env)
    assert "site-packages" in show.stdout and str(ROOT / "letter_templates") not in show.stdout
    case = tmp_path / "case"
    copy_sample("spravato-step-therapy", case)
    (case / "letter.docx").unlink(missing_ok=True)
    drafted = subprocess.run([str(exe), "draft", str(case)], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert drafted.returncode == 0, drafted.stderr  # template, sidecar and arguments.yaml all came from the wheel
    assert "MHPAEA" in "\n".join(p.text for p in Document(case / "letter.docx").paragraphs)


INTERVIEW_ANSWERS = "\n".join([
    "Dana Q. Tester", "bad prefix!", "dqt",  # the Bates prefix shown (TESTER) and changed
    "4/17/1986", "NWH 123-45", "Northwind Health Plan",
    "from my job",  # plan type in words
    "5", "2",  # who pays the claims: out of range, then the employer itself (asked for an employer plan only)
    "CLM-1",
    "not a date",  # asked again
    "October 14, 2026", "",  # treatment: accept the default
    "The service is not medically necessary.", "12",  # out of range: asked again
    "1", "Nothing else has worked.", "", "",  # signer and role: defaults
    "Sertraline", "200 mg daily", "Feb 6, 2023", "July 24, 2023", "Partial response", "",  # one treatment
    "",  # template: the suggested one
    "y",  # draft the letter now
]) + "\n"


def init_interactively(folder: Path, answers: str) -> subprocess.CompletedProcess:
    """`appeal-kit init FOLDER --interactive` with the answers piped in, as a user typing them would."""
    return subprocess.run([sys.executable, "-m", "appeal_kit", "init", str(folder), "--interactive"],
                          input=answers, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)


def test_interactive_init_with_piped_answers(tmp_path):
    folder = tmp_path / "asked"
    result = init_interactively(folder, INTERVIEW_ANSWERS)
    assert result.returncode == 0, result.stderr
    assert "is not a date I can read" in result.stdout and "number from 1 to 11" in result.stdout
    assert "Who pays the claims of this plan?" in result.stdout and "number from 1 to 3" in result.stdout
    case = load_case(folder)
    assert case.get("patient.name") == "Dana Q. Tester" and case.get("patient.date_of_birth") == "1986-04-17"
    assert "numbered like TESTER-000001" in result.stdout and "Use 1-20 letters" in result.stdout
    assert case.bates_prefix == "DQT"
    assert case.get("claim.notice_date") == "2026-10-14"
    assert case.get("claim.denial_category") == "medical_necessity"
    assert case.get("claim.plan_type") == "employer_erisa" and case.get("claim.funding") == "self_funded"
    assert case.get("treatment.name") == "IV ketamine infusions"
    assert case.get("author.name") == "Dana Q. Tester" and case.get("author.role") == "Patient"
    assert case.data["clinical"]["history"][0]["start"] == "2023-02-06"
    assert "# required - printed on every page" in (folder / "case.yaml").read_text()  # comments kept
    assert (folder / "letter.docx").is_file()


def test_interactive_init_stops_cleanly_when_input_ends(tmp_path):
    result = subprocess.run([sys.executable, "-m", "appeal_kit", "init", str(tmp_path / "x"), "--interactive"],
                            input="Only a name\n", capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert result.returncode == 1 and "Aborted" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x" / "case.yaml").exists()


@pytest.mark.libreoffice
def test_works_with_no_network_at_all(tmp_path):
    """Health information never leaves the machine: intake, check and build run in a namespace with no network."""
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-n", "true"]).returncode != 0:
        pytest.skip("cannot create a network namespace here")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    sample = ROOT / "evidence_samples" / "ketamine-trd"
    for args in (["intake", str(sample / "denial" / "denial-notice.pdf"), "--json"], ["check", str(sample)],
                 ["build", str(sample), "-o", str(tmp_path / "offline.pdf")]):
        result = subprocess.run(["unshare", "-n", sys.executable, "-m", "appeal_kit", *args], capture_output=True,
                                text=True, env=env, timeout=300)
        assert result.returncode == 0, (args, result.stderr)
    assert (tmp_path / "offline.pdf").is_file()
