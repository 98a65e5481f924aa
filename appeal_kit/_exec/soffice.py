"""LibreOffice in headless mode, for DOCX/ODT/RTF/TXT -> PDF.

Each call gets its own throw-away user profile (-env:UserInstallation) so two builds running at the same
time do not fight over one profile, and a timeout because soffice can hang on a broken file.
Converting several files in one call is much cheaper than one call each (about 1.1 s cold start, then
~0.1 s a document; docs/packet-engineering.md, "LibreOffice").
"""
from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from appeal_kit._exec import Program, ended, start, stop
from appeal_kit.errors import ConversionError

SOFFICE = Program(
    names=("soffice", "libreoffice"),
    what="LibreOffice (needed to turn Word and text documents into PDF)",
    debian="libreoffice-writer-nogui",
    macos="--cask libreoffice",
)

TIMEOUT_BASE = 60.0  # seconds for start-up plus the first document
TIMEOUT_PER_FILE = 30.0
POLL_SECONDS = 0.05


def convert_to_pdf(sources: list[Path], outdir: Path, *,
                   on_converted: Callable[[Path, Path], None] | None = None) -> dict[Path, Path]:
    """Convert each source document to PDF in `outdir` in one soffice run; return source -> pdf.

    LibreOffice converts the sources one after another in the order given; `on_converted(source, pdf)` is called
    as each PDF is finished (once the next one appears, or soffice has exited), so a caller can go on with the
    first PDFs while the rest are made. Sources must have distinct stems (soffice names its output <stem>.pdf).
    """
    if not sources:
        return {}
    stems = [s.stem for s in sources]
    if len(set(stems)) != len(stems):
        raise ValueError("convert_to_pdf needs distinct file stems")
    outdir.mkdir(parents=True, exist_ok=True)
    pdfs = [outdir / f"{s.stem}.pdf" for s in sources]
    timeout = TIMEOUT_BASE + TIMEOUT_PER_FILE * len(sources)
    with tempfile.TemporaryDirectory(prefix="appeal-kit-lo-") as profile, tempfile.TemporaryFile() as errors:
        args = [*private_profile(Path(profile)), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", str(outdir), *map(str, sources)]
        started = time.monotonic()
        proc = start(SOFFICE, args, env=private_env(Path(profile)), stderr=errors)
        ends, done = started + timeout, 0
        try:
            while True:
                exited = proc.poll() is not None
                while done < len(sources) and pdfs[done].exists() and (exited or done + 1 < len(pdfs)
                                                                       and pdfs[done + 1].exists()):
                    if on_converted is not None and pdfs[done].stat().st_size:
                        on_converted(sources[done], pdfs[done])
                    done += 1
                if exited:
                    break
                if time.monotonic() > ends:
                    raise ConversionError(
                        f"Converting {', '.join(s.name for s in sources)} to PDF: soffice did not finish within "
                        f"{timeout:.0f} s. The file may be damaged; open it and save a fresh copy, or convert it "
                        "to PDF yourself.")
                time.sleep(POLL_SECONDS)
        except BaseException:  # a timeout, a failing callback, Ctrl-C or SIGTERM: soffice and its helpers stop too
            stop(proc)
            raise
        ended(SOFFICE, proc, started)
        errors.seek(0)
        message = errors.read().decode("utf-8", "replace").strip()[-400:]
    results = {}
    for src, pdf in zip(sources, pdfs):
        if proc.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
            raise not_converted(src, f"exit {proc.returncode}; {message or 'no message'}")
        results[src] = pdf
    return results


def private_profile(profile: Path) -> list[str]:
    """The argument that gives one soffice run its own user profile in `profile`, so runs at once do not collide."""
    return [f"-env:UserInstallation={profile.resolve().as_uri()}"]


def private_env(profile: Path) -> dict[str, str]:
    """soffice's environment: HOME in the private profile too (some LibreOffice builds touch ~/.config anyway), and
    TMPDIR, so the lock and temporary files soffice makes go when the profile goes, even when it is killed."""
    scratch = profile / "tmp"
    scratch.mkdir(exist_ok=True)
    return {**os.environ, "HOME": str(profile), "TMPDIR": str(scratch)}


def not_converted(src: Path, detail: str) -> ConversionError:
    return ConversionError(f"{src}: LibreOffice could not convert this file to PDF ({detail}). Open it in Word or "
                           "LibreOffice and save it again, or export it to PDF yourself.")
