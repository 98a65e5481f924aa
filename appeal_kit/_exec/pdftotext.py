"""poppler-utils: `pdftotext` (the text layer of a PDF) and `pdftoppm` (render pages to images for OCR)."""
from __future__ import annotations

import html
import re
from pathlib import Path

from appeal_kit._exec import Program, run, stderr_tail
from appeal_kit._exec.boxes import Word
from appeal_kit.errors import ConversionError, InputFileError
from appeal_kit.i18n import N_, _

PDFTOTEXT = Program(names=("pdftotext",), what=N_("pdftotext (poppler-utils, reads the text of PDF notices)"),
                    debian="poppler-utils", macos="poppler", version_args=("-v",))
PDFTOPPM = Program(names=("pdftoppm",), what=N_("pdftoppm (poppler-utils, renders scanned PDF pages for OCR)"),
                   debian="poppler-utils", macos="poppler", version_args=("-v",))

TIMEOUT = 120.0


def _check(proc, src: Path, what: str) -> None:
    if proc.returncode == 0:
        return
    msg = stderr_tail(proc)
    if "ncrypt" in msg or "assword" in msg:
        raise InputFileError(_("{file}: the PDF is password-protected. Open it, print or save it without a password, "
                               "and try again.").format(file=src))
    if proc.returncode in (1, 2):  # poppler: 1 = cannot open, 2 = cannot write/parse
        raise InputFileError(_("{file}: cannot be read as a PDF ({detail}). Save a fresh copy of the notice or scan "
                               "it again.").format(file=src, detail=msg or _("no message")))
    raise ConversionError(_("{work} failed (exit {code}; {detail}).").format(work=what, code=proc.returncode,
                                                                           detail=msg or _("no message")))


def page_texts(src: Path) -> list[str]:
    """The text layer of each page, keeping the layout (columns of EOB tables stay aligned)."""
    proc = run(PDFTOTEXT, ["-layout", "-enc", "UTF-8", str(src), "-"], timeout=TIMEOUT,
               what_for=_("Reading the text of {file}").format(file=src.name))
    _check(proc, src, _("Reading the text of {file}").format(file=src.name))
    text = proc.stdout.decode("utf-8", "replace")
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def page_words(src: Path) -> list[list[Word]]:
    """The words of each page of the text layer with their boxes (`pdftotext -bbox`); [] when they cannot be read
    (the layout text is read anyway)."""
    proc = run(PDFTOTEXT, ["-bbox", "-enc", "UTF-8", str(src), "-"], timeout=TIMEOUT,
               what_for=_("Reading the text of {file}").format(file=src.name))
    if proc.returncode != 0:
        return []
    return [[Word(float(y0), float(y1), float(x0), float(x1), html.unescape(w)) for x0, y0, x1, y1, w in
             _WORD.findall(page)] for page in proc.stdout.decode("utf-8", "replace").split("<page ")[1:]]


def render_page(src: Path, page: int, out_prefix: Path, *, dpi: int = 300, colour: bool = False) -> Path:
    """Render one page (1-based) to a greyscale PNG for OCR (in colour with `colour`); returns the image path."""
    proc = run(PDFTOPPM, ["-r", str(dpi), *([] if colour else ["-gray"]), "-png", "-singlefile", "-f", str(page),
                          "-l", str(page), str(src), str(out_prefix)], timeout=TIMEOUT,
               what_for=_("Rendering page {page} of {file} for OCR").format(page=page, file=src.name))
    _check(proc, src, _("Rendering page {page} of {file} for OCR").format(page=page, file=src.name))
    out = out_prefix.with_name(out_prefix.name + ".png")
    if not out.exists():
        raise ConversionError(_("Rendering page {page} of {file} produced no image.").format(page=page, file=src.name))
    return out
