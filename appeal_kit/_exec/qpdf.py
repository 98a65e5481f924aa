"""qpdf: packs every packet written into compressed object streams (smaller than pypdf can write), and repairs PDFs
that pypdf cannot read (damaged cross-reference tables and the like)."""
from __future__ import annotations

from pathlib import Path

from appeal_kit._exec import Program, run, stderr_tail
from appeal_kit.errors import ConversionError
from appeal_kit.i18n import N_, _

QPDF = Program(names=("qpdf",), what=N_("qpdf (used to write packets compactly and to repair damaged PDFs)"),
               debian="qpdf", macos="qpdf")


def repair(src: Path, dst: Path) -> bool:
    """Rewrite `src` to `dst`, letting qpdf reconstruct what it can. True if qpdf produced a file.

    qpdf exits 3 when it succeeded with warnings, which is the usual outcome of a repair.
    """
    proc = run(QPDF, [str(src), str(dst)], timeout=120, what_for=_("Repairing {file}").format(file=src.name))
    return proc.returncode in (0, 3) and dst.exists() and dst.stat().st_size > 0


def generate_appearances(src: Path, dst: Path) -> bool:
    """Write `src` to `dst` with appearance streams drawn for form fields that have a value but no appearance
    (forms saved with /NeedAppearances), so flattening keeps what was typed. True if qpdf produced a file."""
    proc = run(QPDF, ["--generate-appearances", str(src), str(dst)], timeout=120,
               what_for=_("Drawing the form fields of {file}").format(file=src.name))
    return proc.returncode in (0, 3) and dst.exists() and dst.stat().st_size > 0


def repack(src: Path, dst: Path) -> None:
    """Write `src` to `dst` with its objects packed into compressed object streams (PDF 1.5), which pypdf cannot
    write: a packet about a third smaller, the same pages, bookmarks and page labels. The document ID is computed
    from the content (--deterministic-id), so the same packet gives the same bytes."""
    proc = run(QPDF, ["--object-streams=generate", "--deterministic-id", str(src), str(dst)], timeout=300,
               what_for=_("Packing {file}").format(file=src.name))
    if proc.returncode not in (0, 3) or not dst.is_file() or dst.stat().st_size == 0:
        raise ConversionError(_("Packing the packet with qpdf failed (exit {code}; {detail}). Build again with --pdfa "
                                "to write it another way, and report this.").format(
            code=proc.returncode, detail=stderr_tail(proc) or _("no message")))
