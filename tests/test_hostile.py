"""Hostile inputs: a packet carries only what the person chose.

Case folders arrive by e-mail from clients, and clinics keep many patients' folders on one shared drive. Each row of
HOSTILE arranges one hostile or odd input in a fresh case folder (beside it, another client's folder, `elsewhere/`),
runs a real `appeal-kit` command and checks all of it: the exit code; an `Error:` line naming the file or key at
fault; no traceback; nothing outside the case folder written (every file under the test folder byte-identical);
and nothing left in TMPDIR. Rows that need LibreOffice are marked `soffice`; the rest never start it, because the
refusal comes before any conversion. What a packet must not carry when a build succeeds (image metadata, hidden
layers, fetched pictures, page-resource extras) is checked by the tests after the table.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from conftest import PDFS, run_cli, tree_digest, write_case

from appeal_kit.errors import ExitCode

SECRET = "OTHER CLIENT SECRET"


@dataclass
class Hostile:
    id: str
    setup: Callable[[Path, Path], list[str]]  # (case folder, another client's folder) -> the command line
    code: ExitCode
    needles: tuple[str, ...]  # what the Error: line must name
    stdout_ok: bool = False  # `check` prints its findings on stdout before it fails


def append(folder: Path, text: str) -> None:
    with (folder / "case.yaml").open("a", encoding="utf-8") as fh:
        fh.write(text)


def edit(folder: Path, old: str, new: str) -> None:
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    assert old in text, old
    (folder / "case.yaml").write_text(text.replace(old, new), encoding="utf-8")


def link(at: Path, to: Path) -> None:
    if at.is_dir() and not at.is_symlink():
        shutil.rmtree(at)
    at.symlink_to(to)


def build(folder: Path, *extra: str) -> list[str]:
    return ["build", str(folder), *extra]


def steps(*actions) -> list[str]:
    """Run the set-up actions in order (their results ignored) and return the last one: the command line."""
    return actions[-1]


HOSTILE = [
    # --- 1. files from outside the case folder (exit 3: case.yaml or the folder names them)
    Hostile("exhibit-dot-dot", lambda f, o: steps(append(f, "exhibits:\n  - file: ../elsewhere/notes.pdf\n"),
                                                  build(f)),
            ExitCode.bad_case, ("exhibits item 1", "../elsewhere/notes.pdf", "outside the folder")),
    Hostile("exhibit-absolute", lambda f, o: steps(append(f, f"exhibits:\n  - file: {o / 'notes.pdf'}\n"),
                                                   build(f)),
            ExitCode.bad_case, ("exhibits item 1", "elsewhere/notes.pdf", "outside the folder")),
    Hostile("clinical-file-link", lambda f, o: steps(link(f / "clinical" / "notes.pdf", o / "notes.pdf"), build(f)),
            ExitCode.bad_case, ("clinical/notes.pdf", "elsewhere/notes.pdf", "outside the folder")),
    Hostile("clinical-folder-link", lambda f, o: steps(link(f / "clinical", o), build(f)),
            ExitCode.bad_case, ("clinical/", "outside the folder")),
    Hostile("listed-exhibit-through-folder-link", lambda f, o: steps(
        link(f / "other", o), append(f, "exhibits:\n  - file: other/notes.pdf\n"), build(f)),
            ExitCode.bad_case, ("other/notes.pdf", "outside the folder")),
    Hostile("link-found-by-check", lambda f, o: steps(link(f / "other" / "scan.pdf", o / "notes.pdf"),
                                                      ["check", str(f)]),
            ExitCode.bad_case, ("other/scan.pdf", "outside the folder")),
    Hostile("literature-import-absolute", lambda f, o: steps(
        append(f, f"literature:\n  - import: {o / 'refs.json'}\n"), build(f)),
            ExitCode.bad_case, ("literature item 1 import", "refs.json", "outside the folder")),
    Hostile("literature-file-outside", lambda f, o: steps(
        append(f, "literature:\n  - id: murrough-2013\n    file: ../elsewhere/notes.pdf\n"), build(f)),
            ExitCode.bad_case, ("literature item 1 file", "../elsewhere/notes.pdf", "outside the folder")),
    Hostile("authorization-outside", lambda f, o: steps(
        edit(f, "  role: Patient\n", "  role: Advocate\n  authorization: ../elsewhere/notes.pdf\n"), build(f)),
            ExitCode.bad_case, ("author.authorization", "../elsewhere/notes.pdf", "outside the folder")),
    Hostile("letter-docx-link", lambda f, o: steps(link(f / "letter.docx", o / "letter.docx"), build(f)),
            ExitCode.bad_case, ("letter.docx", "elsewhere/letter.docx", "outside the folder")),
    Hostile("clinic-logo-outside", lambda f, o: steps(
        (f / "clinic.yaml").write_text("name: Fictional Clinic\nlogo: ../elsewhere/logo.png\n"), build(f)),
            ExitCode.bad_case, ("logo", "../elsewhere/logo.png", "outside the folder")),
]


@pytest.fixture()
def elsewhere(tmp_path) -> Path:
    """Another client's folder beside the case: what no packet of this case may carry."""
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.copy(PDFS / "unbalanced-state.pdf", other / "notes.pdf")
    shutil.copy(PDFS / "transparent.png", other / "logo.png")
    (other / "refs.json").write_text(f'[{{"id": "x", "type": "article-journal", "title": "{SECRET}", '
                                     '"issued": {"date-parts": [[2020]]}}]')
    (other / "letter.docx").write_bytes((PDFS.parent / "notices" / "04_medicaid_mco.docx").read_bytes())
    return other


@pytest.mark.parametrize("row", HOSTILE, ids=[r.id for r in HOSTILE])
def test_hostile_input_is_refused_by_name(row: Hostile, tmp_path, elsewhere):
    case = write_case(tmp_path / "case")
    shutil.copy(PDFS / "rotated.pdf", case / "denial" / "notice.pdf")
    args = row.setup(case, elsewhere)
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    before = tree_digest(tmp_path)
    result = run_cli(*args, env={"TMPDIR": str(scratch), "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == int(row.code), (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    error = result.stderr[result.stderr.index("Error: "):] if "Error: " in result.stderr else result.stderr
    assert error.startswith("Error: "), result.stderr
    if not row.stdout_ok and args[0] != "check":
        assert result.stdout.strip() == "", result.stdout
    for needle in row.needles:
        assert needle in error, (needle, error)
    assert SECRET not in result.stdout + result.stderr
    assert tree_digest(tmp_path) == before  # nothing written, inside the case or outside it
    assert list(scratch.iterdir()) == []
