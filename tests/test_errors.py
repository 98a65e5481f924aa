"""Bad input: a named `Error:` on stderr, the documented exit code, no traceback, nothing lost, nothing left over.

Every case in BAD_INPUTS runs a real `appeal-kit` command against a fresh case folder and then checks all of it:
the exit code; stderr starting with `Error:` and naming the file or key at fault; no traceback; every file under
the test folder byte-identical to before (inputs untouched, no partial or stray output); and an empty TMPDIR.
"""
from __future__ import annotations

import os
import shutil
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


# ---------------------------------------------------------------------------------------------- the table

@dataclass
class Bad:
    id: str
    setup: Callable[[Path], list[str]]  # gets the case folder, arranges the mistake, returns the command line
    code: ExitCode
    needles: tuple[str, ...]  # what stderr must name (the file or key)
    stdout_ok: bool = False  # `check` prints code descriptions on stdout before it fails


def edit(folder: Path, old: str, new: str) -> None:
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    assert old in text, old
    (folder / "case.yaml").write_text(text.replace(old, new), encoding="utf-8")


def append(folder: Path, text: str) -> None:
    with (folder / "case.yaml").open("a", encoding="utf-8") as fh:
        fh.write(text)


def put(folder: Path, name: str, data: bytes | None = None, *, fixture: str | None = None) -> Path:
    target = folder / name
    if fixture:
        shutil.copy(PDFS / fixture, target)
    else:
        target.write_bytes(data or b"")
    return target


def huge_png() -> bytes:
    """A PNG whose header says 30000 x 30000 pixels (900 megapixels); its pixel data is never reached."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def zip_bomb_docx(path: Path) -> None:
    """A .docx (a zip) whose one member unpacks to 210 MB of zeros, past the 200 MB document limit."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(210):
                member.write(block)


def build(folder: Path, *extra: str) -> list[str]:
    return ["build", str(folder), *extra]


BAD_INPUTS = [
    # --- case.yaml (exit 3)
    Bad("yaml-syntax", lambda f: (edit(f, "  member_id: XJ 4471-002", "  member_id: [XJ 4471-002"), build(f))[1],
        ExitCode.bad_case, ("case.yaml", "line ")),
    Bad("bad-date", lambda f: (edit(f, "notice_date: 03/03/2026", "notice_date: the third of Smarch"), build(f))[1],
        ExitCode.bad_case, ("claim.notice_date", "Smarch", "March 3, 2026")),
    Bad("bad-date-in-list", lambda f: (edit(f, "[February 2, 2026]", "[Febtober 40, 2026]"), build(f))[1],
        ExitCode.bad_case, ("claim.service_dates", "Febtober")),
    Bad("unknown-top-level-key", lambda f: (edit(f, "treatment:", "treatmnet:"), build(f))[1],
        ExitCode.bad_case, ("treatmnet: unknown key (line", "did you mean treatment?")),
    Bad("unknown-top-level-key-no-suggestion", lambda f: (append(f, "zzyzx_notes: hello\n"), build(f))[1],
        ExitCode.bad_case, ("zzyzx_notes: unknown key", "docs/case-yaml.md")),
    Bad("misspelled-patient", lambda f: (edit(f, "patient:", "patinet:"), build(f))[1],
        ExitCode.bad_case, ("patinet: unknown key (line 2), did you mean patient?", "patient.name")),
    Bad("not-utf8", lambda f: ((f / "case.yaml").write_bytes((f / "case.yaml").read_bytes().replace(
        "Nguyễn".encode(), "Nguyễn".encode("utf-16-le"))), build(f))[1], ExitCode.bad_case, ("case.yaml", "UTF-8")),
    Bad("case-is-a-list", lambda f: ((f / "case.yaml").write_text("- one\n- two\n"), build(f))[1],
        ExitCode.bad_case, ("case.yaml", "name: value")),
    Bad("group-is-text", lambda f: (edit(f, "insurer:\n  name: Fictional Health Plan\n  appeals_address: PO Box 1, "
                                           "Nowhere, ST 00000\n", "insurer: Fictional Health Plan\n"), build(f))[1],
        ExitCode.bad_case, ("`insurer` should be a group",)),
    Bad("value-is-a-list", lambda f: (edit(f, "  name: IV ketamine infusions", "  name: [IV, ketamine]"), build(f))[1],
        ExitCode.bad_case, ("treatment.name", "single value")),
    Bad("missing-required", lambda f: (edit(f, "  member_id: XJ 4471-002\n", ""), build(f))[1],
        ExitCode.bad_case, ("patient.member_id", "printed on every page")),
    Bad("bad-bates-prefix", lambda f: (append(f, "bates_prefix: 'bad prefix!'\n"), build(f))[1],
        ExitCode.bad_case, ("bates_prefix", "BAD PREFIX!")),
    Bad("exhibits-not-a-list", lambda f: (append(f, "exhibits: clinical/notes.pdf\n"), build(f))[1],
        ExitCode.bad_case, ("exhibits:", "should be a list")),
    Bad("exhibit-without-file", lambda f: (append(f, "exhibits:\n  - title: Notes\n"), build(f))[1],
        ExitCode.bad_case, ("exhibits item 1", "needs `file:`")),
    Bad("listed-exhibit-missing", lambda f: (append(f, "exhibits:\n  - file: denial/not-there.pdf\n"), build(f))[1],
        ExitCode.bad_case, ("not-there.pdf",)),
    Bad("unknown-template", lambda f: (append(f, "template: no-such-letter\n"), build(f))[1],
        ExitCode.bad_case, ("template", "no-such-letter", "medical-necessity")),
    Bad("bad-expense-amount", lambda f: (append(f, "expenses:\n  - {date: March 1, 2026, item: Infusion, "
                                                   "amount: twelve}\n"), build(f))[1],
        ExitCode.bad_case, ("expenses", "twelve")),
    Bad("call-log-not-a-list", lambda f: (append(f, "call_log: called them twice\n"), build(f))[1],
        ExitCode.bad_case, ("call_log", "should be a list")),
    Bad("criterion-missing", lambda f: (append(f, "payer_criteria:\n  - how_met: somehow\n"), build(f))[1],
        ExitCode.bad_case, ("payer_criteria item 1", "criterion")),
    Bad("criterion-evidence-not-enclosed", lambda f: (append(f, "payer_criteria:\n  - criterion: Two trials\n    "
                                                             "how_met: Four\n    evidence: {file: clinical/gone.pdf}\n"),
                                                      build(f))[1],
        ExitCode.bad_case, ("payer_criteria item 1", "clinical/gone.pdf")),
    Bad("bad-diagnosis-code", lambda f: (edit(f, "diagnosis_codes: [F33.2]", "diagnosis_codes: [G90.52]"),
                                         build(f))[1], ExitCode.bad_case, ("G90.52",)),
    Bad("no-case-folder", lambda f: build(f.parent / "nope"), ExitCode.bad_case, ("nope", "appeal-kit init")),
    Bad("no-case-yaml", lambda f: ((f / "case.yaml").rename(f / "case.yml"), build(f))[1],
        ExitCode.bad_case, ("case.yaml", "not found")),
    # --- evidence (exit 4), found by `check` and by `build` alike
    Bad("password-pdf", lambda f: (put(f, "other/locked.pdf", fixture="encrypted-needs-password.pdf"), build(f))[1],
        ExitCode.bad_input, ("locked.pdf", "password", "qpdf --password")),
    Bad("password-pdf-check", lambda f: (put(f, "other/locked.pdf", fixture="encrypted-needs-password.pdf"),
                                         ["check", str(f)])[1],
        ExitCode.bad_case, ("locked.pdf", "password"), stdout_ok=True),
    Bad("unrepairable-pdf", lambda f: (put(f, "other/garbage.pdf", fixture="garbage.pdf"), build(f))[1],
        ExitCode.bad_input, ("garbage.pdf", "damaged")),
    Bad("unknown-type", lambda f: (put(f, "other/unknown.xyz", fixture="unknown.xyz"), build(f))[1],
        ExitCode.bad_input, ("unknown.xyz", "Supported")),
    Bad("fake-pdf", lambda f: (put(f, "other/photo.pdf", b"\xff\xd8\xff\xe0 not really a pdf"), build(f))[1],
        ExitCode.bad_input, ("photo.pdf", "is not a PDF")),
    Bad("empty-pdf", lambda f: (put(f, "other/empty.pdf", b""), build(f))[1],
        ExitCode.bad_input, ("empty.pdf", "is not a PDF")),
    Bad("fake-image", lambda f: (put(f, "other/scan.jpg", b"%PDF-1.4 this is not a jpeg"), build(f))[1],
        ExitCode.bad_input, ("scan.jpg", "cannot be read as an image")),
    Bad("huge-image", lambda f: (put(f, "other/huge.png", huge_png()), build(f))[1],
        ExitCode.bad_input, ("huge.png", "30000 x 30000", "200 megapixels")),
    Bad("huge-image-check", lambda f: (put(f, "other/huge.png", huge_png()), ["check", str(f)])[1],
        ExitCode.bad_case, ("huge.png", "200 megapixels"), stdout_ok=True),
    Bad("docx-bomb", lambda f: (zip_bomb_docx(f / "clinical" / "history.docx"), build(f))[1],
        ExitCode.bad_input, ("history.docx", "unpacks to 210 MB", "200 MB")),
    Bad("damaged-docx", lambda f: (put(f, "clinical/history.docx", b"PK\x03\x04 cut short"), build(f))[1],
        ExitCode.bad_input, ("history.docx", "damaged")),
    Bad("damaged-odt", lambda f: (put(f, "clinical/history.odt", b"not a zip at all"), build(f))[1],
        ExitCode.bad_input, ("history.odt", "damaged")),
    Bad("damaged-letter-docx", lambda f: (put(f, "letter.docx", b"not a word file"), build(f))[1],
        ExitCode.bad_input, ("letter.docx", "damaged")),
    # --- where the packet goes (exit 9, or 8 for a file appeal-kit did not write)
    Bad("output-is-case-yaml", lambda f: build(f, "-o", str(f / "case.yaml")),
        ExitCode.output_error, ("case.yaml", "never overwrites its inputs")),
    Bad("output-is-letter", lambda f: (put(f, "letter.docx", fixture="../notices/04_medicaid_mco.docx"),
                                       build(f, "-o", str(f / "letter.docx")))[1],
        ExitCode.output_error, ("letter.docx", "never overwrites")),
    Bad("output-is-exhibit", lambda f: build(f, "-o", str(f / "clinical" / "notes.pdf")),
        ExitCode.output_error, ("notes.pdf", "never overwrites")),
    Bad("output-in-evidence-folder", lambda f: build(f, "-o", str(f / "other" / "packet.pdf")),
        ExitCode.output_error, ("other/packet.pdf", "evidence folder")),
    Bad("output-is-foreign-file", lambda f: (put(f.parent, "report.pdf", fixture="rotated.pdf"),
                                             build(f, "-o", str(f.parent / "report.pdf")))[1],
        ExitCode.would_overwrite, ("report.pdf", "not a packet appeal-kit wrote", "--force")),
    Bad("output-folder-missing", lambda f: build(f, "-o", str(f.parent / "no-such-dir" / "p.pdf")),
        ExitCode.output_error, ("no-such-dir", "does not exist")),
    Bad("output-dir-slash-missing", lambda f: build(f, "-o", str(f.parent / "out-dir") + "/"),
        ExitCode.output_error, ("out-dir", "does not exist")),
    Bad("output-under-a-file", lambda f: build(f, "-o", str(f / "case.yaml" / "p.pdf")),
        ExitCode.output_error, ("case.yaml", "does not exist")),
    Bad("output-in-proc", lambda f: build(f, "-o", "/proc/appeal-kit-packet.pdf"),
        ExitCode.output_error, ("/proc", "cannot write")),
    Bad("ics-is-case-yaml", lambda f: ["deadline", str(f), "--ics", str(f / "case.yaml")],
        ExitCode.output_error, ("case.yaml", "never overwrites")),
    Bad("ics-is-foreign-file", lambda f: (put(f.parent, "notes.txt", b"my notes\n"),
                                          ["deadline", str(f), "--ics", str(f.parent / "notes.txt")])[1],
        ExitCode.would_overwrite, ("notes.txt", "not a calendar file")),
    # --- other commands
    Bad("init-unknown-template", lambda f: ["init", str(f.parent / "new-case"), "--template", "no-such-letter"],
        ExitCode.template_error, ("no-such-letter", "medical-necessity")),
    Bad("init-over-existing-case", lambda f: ["init", str(f)], ExitCode.would_overwrite, ("case.yaml",
                                                                                         "will not overwrite")),
    Bad("draft-over-letter", lambda f: (put(f, "letter.docx", fixture="../notices/04_medicaid_mco.docx"),
                                        ["draft", str(f)])[1],
        ExitCode.would_overwrite, ("letter.docx", "--force")),
    Bad("draft-unknown-template", lambda f: (append(f, "template: no-such-letter\n"), ["draft", str(f)])[1],
        ExitCode.template_error, ("no-such-letter",)),
    Bad("intake-missing-notice", lambda f: ["intake", str(f / "denial" / "gone.pdf"), "--case", str(f)],
        ExitCode.bad_input, ("gone.pdf",)),
    Bad("intake-locked-notice", lambda f: (put(f.parent, "notice.pdf", fixture="encrypted-needs-password.pdf"),
                                           ["intake", str(f.parent / "notice.pdf"), "--case", str(f)])[1],
        ExitCode.bad_input, ("notice.pdf", "password")),
    Bad("deadline-without-notice-date", lambda f: (edit(f, "  notice_date: 03/03/2026\n", ""),
                                                   ["deadline", str(f)])[1],
        ExitCode.bad_case, ("claim.notice_date",)),
    Bad("superbill-without-service-lines", lambda f: ["superbill", str(f)], ExitCode.bad_case,
        ("service_lines", "provider.npi")),
    Bad("templates-show-unknown", lambda f: ["templates", "show", "no-such-template"], ExitCode.template_error,
        ("no-such-template", "medical-necessity")),
]


# `build` starts LibreOffice while it checks the case: these refusals keep the real one, so a refusal is seen to stop
# it and to take its profile out of the temporary folder (one refused while checking the case, one while reading an
# exhibit). The others refuse with the fake converter, in the test's process.
WITH_LIBREOFFICE = {"missing-required", "unrepairable-pdf"}


@pytest.mark.parametrize("bad", [pytest.param(b, id=b.id, marks=[pytest.mark.libreoffice] * (b.id in WITH_LIBREOFFICE))
                                 for b in BAD_INPUTS])
def test_bad_input_is_refused_cleanly(bad: Bad, case, tmp_path, request):
    if bad.id not in WITH_LIBREOFFICE:
        request.getfixturevalue("fake_office")
    args = bad.setup(case)
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    before = tree_digest(tmp_path)
    result = run_cli(*args, env={"TMPDIR": str(scratch)})
    assert result.returncode == int(bad.code), (result.returncode, result.stderr)
    error = result.stderr[result.stderr.index("Error: "):] if bad.stdout_ok else result.stderr
    assert error.startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    if not bad.stdout_ok:
        assert result.stdout.strip() == "", result.stdout
    for needle in bad.needles:
        assert needle in result.stderr, (needle, result.stderr)
    assert tree_digest(tmp_path) == before  # inputs byte-identical, nothing partial or new anywhere
    assert list(scratch.iterdir()) == []  # and nothing left in the temporary folder


def test_there_are_enough_bad_input_cases():
    assert len(BAD_INPUTS) >= 45


# ---------------------------------------------------------------------------------------------- the rest

def test_pdf_that_only_qpdf_can_repair_is_used(case, tmp_path, fake_office):  # not a test of conversion
    shutil.copy(PDFS / "truncated-needs-qpdf.pdf", case / "other")
    result = run_cli("build", str(case), "-o", str(tmp_path / "out.pdf"))
    assert result.returncode == 0, result.stderr
    text = "\n".join(page_texts(tmp_path / "out.pdf"))
    assert "TRUNCATED REPAIRED BY QPDF" in text and "Exhibit B, page 2 of 2" in text


@pytest.mark.libreoffice
def test_missing_libreoffice_says_how_to_install(case, tmp_path):
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    before = tree_digest(case)
    result = run_cli("build", str(case), env={"PATH": str(empty_bin)})
    assert_clean_error(result, ExitCode.missing_dependency, "LibreOffice", "apt-get install libreoffice-writer-nogui")
    assert tree_digest(case) == before


@pytest.mark.libreoffice  # build starts LibreOffice before it checks the case, so a failing build starts one too
def test_all_missing_fields_listed_at_once(tmp_path):
    folder = tmp_path / "case"
    assert run_cli("init", str(folder)).returncode == 0
    result = run_cli("build", str(folder))
    assert_clean_error(result, ExitCode.bad_case, "patient.name", "patient.member_id", "claim.number",
                       "insurer.name", "claim.denial_reason", "treatment.name", "author.name",
                       "printed on every page")


def test_failed_build_keeps_previous_packet_and_leaves_no_partial_file(case, fake_office):  # not a test of conversion
    assert run_cli("build", str(case)).returncode == 0
    before = (case / "packet.pdf").read_bytes()
    shutil.copy(PDFS / "encrypted-needs-password.pdf", case / "other")
    digest = tree_digest(case)
    result = run_cli("build", str(case))
    assert result.returncode == int(ExitCode.bad_input)
    assert (case / "packet.pdf").read_bytes() == before
    assert tree_digest(case) == digest
    assert not [p for p in case.iterdir() if p.name.endswith(".part")]


def test_usage_error_exit_code():
    result = run_cli("build")
    assert result.returncode == int(ExitCode.usage)
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="POSIX permissions; root may write anywhere")
def test_read_only_output_folder_is_named(case, tmp_path, fake_office):  # not a test of conversion
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run_cli("build", str(case), "-o", str(locked / "p.pdf"))
    finally:
        locked.chmod(0o700)
    assert_clean_error(result, ExitCode.output_error, "locked", "cannot write")
