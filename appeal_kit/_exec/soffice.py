"""LibreOffice in headless mode, for DOCX/ODT/RTF/TXT -> PDF.

Each call gets its own throw-away user profile (-env:UserInstallation) so two builds running at the same
time do not fight over one profile, and a timeout because soffice can hang on a broken file.
Converting several files in one call is much cheaper than one call each (about 1.1 s cold start, then
~0.1 s a document; packet-engineering-notes.md, "LibreOffice").
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from appeal_kit._exec import Program, run, stderr_tail
from appeal_kit.errors import ConversionError

SOFFICE = Program(
    names=("soffice", "libreoffice"),
    what="LibreOffice (needed to turn Word and text documents into PDF)",
    debian="libreoffice-writer-nogui",
    macos="--cask libreoffice",
)

TIMEOUT_BASE = 60.0  # seconds for start-up plus the first document
TIMEOUT_PER_FILE = 30.0


def convert_to_pdf(sources: list[Path], outdir: Path) -> dict[Path, Path]:
    """Convert each source document to PDF in `outdir` in one soffice run; return source -> pdf.

    Sources must have distinct stems (soffice names its output <stem>.pdf).
    """
    if not sources:
        return {}
    stems = [s.stem for s in sources]
    if len(set(stems)) != len(stems):
        raise ValueError("convert_to_pdf needs distinct file stems")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="appeal-kit-lo-") as profile:
        env_profile = Path(profile).resolve().as_uri()
        args = [f"-env:UserInstallation={env_profile}", "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", str(outdir), *map(str, sources)]
        names = ", ".join(s.name for s in sources)
        # HOME points at the private profile too: some LibreOffice builds touch ~/.config anyway. TMPDIR too, so
        # the pipe and lock files soffice makes go when the profile goes, even when it is killed mid-run.
        scratch = Path(profile) / "tmp"
        scratch.mkdir()
        env = {**os.environ, "HOME": profile, "TMPDIR": str(scratch)}
        proc = run(SOFFICE, args, timeout=TIMEOUT_BASE + TIMEOUT_PER_FILE * len(sources), env=env,
                   what_for=f"Converting {names} to PDF")
    results = {}
    for src in sources:
        pdf = outdir / f"{src.stem}.pdf"
        if proc.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
            raise ConversionError(
                f"{src}: LibreOffice could not convert this file to PDF "
                f"(exit {proc.returncode}; {stderr_tail(proc) or 'no message'}). "
                "Open it in Word or LibreOffice and save it again, or export it to PDF yourself."
            )
        results[src] = pdf
    return results
