"""The external programs appeal-kit drives: each run logged at DEBUG with its command, time, exit code and version,
and `appeal-kit --version` naming the versions found."""
from __future__ import annotations

import logging
import os
import re
import subprocess
from pathlib import Path

import pytest
from conftest import run_cli

from appeal_kit._exec import run, version
from appeal_kit._exec.qpdf import QPDF


def test_a_run_is_logged_with_its_command_time_exit_code_and_version(caplog, tmp_path):
    pdf = tmp_path / "in.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>"
                    b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    with caplog.at_level(logging.DEBUG, logger="appeal_kit"):
        run(QPDF, ["--check", str(pdf)], timeout=60)
    lines = [r.getMessage() for r in caplog.records if r.name == "appeal_kit._exec"]
    assert any(line.startswith("starting ") and "qpdf --check" in line and str(pdf) in line for line in lines), lines
    ended = next(line for line in lines if "ended with exit code" in line)
    assert re.fullmatch(r"qpdf \(version \d+\.\d+(\.\d+)*\) ended with exit code \d+ after \d+\.\d\d s", ended), ended


def test_nothing_is_asked_or_logged_without_verbose(caplog, tmp_path):
    version.cache_clear()
    with caplog.at_level(logging.WARNING, logger="appeal_kit"):
        run(QPDF, ["--version"], timeout=60)
    assert not caplog.records
    assert version.cache_info().currsize == 0  # the version is asked only for a DEBUG line


@pytest.mark.libreoffice  # `soffice --version` starts LibreOffice, `tesseract --version` tesseract
@pytest.mark.ocr
def test_version_names_appeal_kit_and_each_program_found():
    from appeal_kit import __version__

    result = run_cli("--version")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"appeal-kit {__version__}"
    for name, line in zip(("LibreOffice", "qpdf", "tesseract", "Ghostscript"), lines[1:], strict=True):
        assert re.fullmatch(rf"{name}: \d+(\.\d+)+ \(/\S+\)", line), line


@pytest.mark.libreoffice
def test_libreoffice_skips_its_graphics_self_tests_and_its_restart(tmp_path):
    """A fresh profile makes LibreOffice run its graphics self-tests (about 1 s of CPU a start) unless the profile
    says a later version used it, and start itself twice unless it holds the installed build's ID; the conversion
    itself is unchanged."""
    import docx

    from appeal_kit._exec.soffice import SOFFICE, installed_build_id, private_env, private_profile

    letter = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("A one-line letter.")
    document.save(str(letter))
    profile = tmp_path / "profile"
    args = [*private_profile(profile), "--headless", "--norestore", "--convert-to", "pdf", "--outdir",
            str(tmp_path / "out"), str(letter)]
    run(SOFFICE, args, timeout=120, env=private_env(profile))
    assert (tmp_path / "out" / "letter.pdf").stat().st_size > 0
    assert (profile / "user").is_dir() and not (profile / "user" / "GraphicsRenderTests.log").exists()
    build_id = installed_build_id()
    assert build_id and (profile / "user" / "extensions" / "buildid").read_text(encoding="utf-8") == build_id


@pytest.mark.libreoffice
def test_a_stopped_libreoffice_leaves_no_pipe_in_tmp(tmp_path):
    """soffice opens a pipe in /tmp named from its profile, and leaves it there when it is stopped mid-run: one per
    private profile (a test machine once held 1,939). The name is predicted, found while soffice runs, and removed
    when a conversion is stopped (here by a failing callback, as a timeout or Ctrl-C would)."""
    from appeal_kit._exec import soffice

    sources = []
    for n in range(8):  # enough that soffice still runs when the first is done, however loaded the machine
        sources.append(tmp_path / f"note-{n}.txt")
        sources[-1].write_text(f"Fictional note {n}.\n", encoding="utf-8")
    profile = tmp_path / "profile"
    pipe = Path("/tmp", f"OSL_PIPE_{os.getuid()}_{soffice.instance_pipe(profile)}")
    seen = []

    def stop_here(source, pdf):
        seen.append(pipe.exists())  # while the next documents are converted, soffice runs and its pipe is there
        if seen[-1]:
            raise KeyboardInterrupt

    try:
        soffice._convert_run(sources, tmp_path / "out", profile, "", stop_here)
    except KeyboardInterrupt:
        pass
    assert True in seen  # the name was right, and soffice was stopped while the pipe was there
    assert not pipe.exists()


def test_tesseract_runs_on_one_thread(monkeypatch, tmp_path):
    """OpenMP threads spin while they wait; one thread halves tesseract's CPU time on a page."""
    from appeal_kit._exec import tesseract

    seen = []

    def fake_run(program, args, *, env=None, **kwargs):
        seen.append(env)
        return subprocess.CompletedProcess(args, 0, b"text", b"")

    monkeypatch.setattr(tesseract, "run", fake_run)
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    assert tesseract.ocr_image(tmp_path / "page.png") == "text"
    assert seen[0]["OMP_THREAD_LIMIT"] == "1"
    monkeypatch.setenv("OMP_THREAD_LIMIT", "2")  # the person's own setting is kept
    tesseract.ocr_image(tmp_path / "page.png")
    assert seen[1]["OMP_THREAD_LIMIT"] == "2"
