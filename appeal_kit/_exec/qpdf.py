"""qpdf, used to repair PDFs that pypdf cannot read (damaged cross-reference tables and the like)."""
from __future__ import annotations

from pathlib import Path

from appeal_kit._exec import Program, run

QPDF = Program(names=("qpdf",), what="qpdf (used to repair damaged PDFs)", debian="qpdf", macos="qpdf")


def repair(src: Path, dst: Path) -> bool:
    """Rewrite `src` to `dst`, letting qpdf reconstruct what it can. True if qpdf produced a file.

    qpdf exits 3 when it succeeded with warnings, which is the usual outcome of a repair.
    """
    proc = run(QPDF, [str(src), str(dst)], timeout=120, what_for=f"Repairing {src.name}")
    return proc.returncode in (0, 3) and dst.exists() and dst.stat().st_size > 0


def generate_appearances(src: Path, dst: Path) -> bool:
    """Write `src` to `dst` with appearance streams drawn for form fields that have a value but no appearance
    (forms saved with /NeedAppearances), so flattening keeps what was typed. True if qpdf produced a file."""
    proc = run(QPDF, ["--generate-appearances", str(src), str(dst)], timeout=120,
               what_for=f"Drawing the form fields of {src.name}")
    return proc.returncode in (0, 3) and dst.exists() and dst.stat().st_size > 0
