"""Ghostscript, used to turn a finished packet into PDF/A-2b (`build --pdfa`).

Ghostscript's pdfwrite device re-writes the whole file the PDF/A way: every font embedded (fonts an exhibit
only names are substituted and embedded), XMP metadata carrying the PDF/A identification, colour converted to
RGB against the sRGB output intent we attach, no encryption or JavaScript. Page labels and bookmarks survive.
"""
from __future__ import annotations

import glob
from pathlib import Path

from appeal_kit._exec import Program, run, stderr_tail
from appeal_kit.errors import ConversionError, MissingDependencyError
from appeal_kit.i18n import N_, _

GHOSTSCRIPT = Program(names=("gs",), what=N_("Ghostscript (used for PDF/A output, --pdfa)"), debian="ghostscript",
                      macos="ghostscript")

# Ghostscript ships an sRGB profile; where depends on the platform and version.
SRGB_PATTERNS = ("/usr/share/color/icc/ghostscript/srgb.icc", "/usr/share/ghostscript/*/iccprofiles/srgb.icc",
                 "/opt/homebrew/share/ghostscript/*/iccprofiles/srgb.icc",
                 "/usr/local/share/ghostscript/*/iccprofiles/srgb.icc")


def srgb_profile() -> Path:
    for pattern in SRGB_PATTERNS:
        found = sorted(glob.glob(pattern))
        if found:
            return Path(found[-1])
    raise MissingDependencyError(_("the sRGB colour profile that Ghostscript ships (srgb.icc) was not found; PDF/A "
                                   "needs it as the output intent. Reinstall Ghostscript (`sudo apt-get install "
                                   "ghostscript`) or run `bash setup.sh`."))


def _intent_prologue(icc: Path) -> str:
    """PostScript pdfmarks that embed the ICC profile and name it as the document's PDF/A output intent."""
    path = str(icc).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return "\n".join([
        "[/_objdef {akICC} /type /stream /OBJ pdfmark",
        "[{akICC} <</N 3>> /PUT pdfmark",
        f"[{{akICC}} ({path}) (r) file /PUT pdfmark",
        "[/_objdef {akIntent} /type /dict /OBJ pdfmark",
        "[{akIntent} <</Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {akICC} "
        "/OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1)>> /PUT pdfmark",
        "[{Catalog} <</OutputIntents [{akIntent}]>> /PUT pdfmark",
        "",
    ])


def to_pdfa(src: Path, dst: Path) -> None:
    """Write `src` again as PDF/A-2b at `dst`. Policy 2 makes Ghostscript stop rather than quietly give up PDF/A
    when something cannot be made conforming."""
    icc = srgb_profile()
    prologue = dst.with_suffix(".intent.ps")
    prologue.write_text(_intent_prologue(icc), encoding="ascii")
    proc = run(GHOSTSCRIPT, ["-q", "-dBATCH", "-dNOPAUSE", "-dNOOUTERSAVE", "-sDEVICE=pdfwrite", "-dPDFA=2",
                             "-sColorConversionStrategy=RGB", "-dPDFACompatibilityPolicy=2",
                             f"--permit-file-read={icc}", f"-sOutputFile={dst}", str(prologue), str(src)],
               timeout=600, what_for=_("Making {file} PDF/A").format(file=src.name))
    if proc.returncode != 0 or not dst.is_file() or dst.stat().st_size == 0:
        raise ConversionError(_("{file}: Ghostscript could not make it PDF/A-2b: {detail}").format(
            file=src.name, detail=stderr_tail(proc)))
