"""poppler-utils: `pdftotext` (the text layer of a PDF) and `pdftoppm` (render pages to images for OCR)."""
from __future__ import annotations

from pathlib import Path

from appeal_kit._exec import Program, run, stderr_tail
from appeal_kit.errors import ConversionError, InputFileError

PDFTOTEXT = Program(names=("pdftotext",), what="pdftotext (poppler-utils, reads the text of PDF notices)",
                    debian="poppler-utils", macos="poppler", version_args=("-v",))
PDFTOPPM = Program(names=("pdftoppm",), what="pdftoppm (poppler-utils, renders scanned PDF pages for OCR)",
                   debian="poppler-utils", macos="poppler", version_args=("-v",))

TIMEOUT = 120.0


def _check(proc, src: Path, what: str) -> None:
    if proc.returncode == 0:
        return
    msg = stderr_tail(proc)
    if "ncrypt" in msg or "assword" in msg:
        raise InputFileError(f"{src}: the PDF is password-protected. Open it, print or save it without a "
                             "password, and try again.")
    if proc.returncode in (1, 2):  # poppler: 1 = cannot open, 2 = cannot write/parse
        raise InputFileError(f"{src}: cannot be read as a PDF ({msg or 'no message'}). Save a fresh copy "
                             "of the notice or scan it again.")
    raise ConversionError(f"{what} {src.name} failed (exit {proc.returncode}; {msg or 'no message'}).")


def page_texts(src: Path) -> list[str]:
    """The text layer of each page, keeping the layout (columns of EOB tables stay aligned)."""
    proc = run(PDFTOTEXT, ["-layout", "-enc", "UTF-8", str(src), "-"], timeout=TIMEOUT,
               what_for=f"Reading the text of {src.name}")
    _check(proc, src, "Reading the text of")
    text = proc.stdout.decode("utf-8", "replace")
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def render_page(src: Path, page: int, out_prefix: Path, *, dpi: int = 300) -> Path:
    """Render one page (1-based) to a greyscale PNG for OCR; returns the image path."""
    proc = run(PDFTOPPM, ["-r", str(dpi), "-gray", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                          str(src), str(out_prefix)], timeout=TIMEOUT,
               what_for=f"Rendering page {page} of {src.name} for OCR")
    _check(proc, src, f"Rendering page {page} of")
    out = out_prefix.with_name(out_prefix.name + ".png")
    if not out.exists():
        raise ConversionError(f"Rendering page {page} of {src.name} produced no image.")
    return out
