"""poppler-utils: `pdftotext` (the text layer of a PDF) and `pdftoppm` (render pages to images for OCR)."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from appeal_kit._exec import Program, run, stderr_tail
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
    gaps = column_gaps(src)
    return [apart(page, gaps[i]) if i < len(gaps) else page for i, page in enumerate(pages)]


# a gap between two words on a line wider than this share of the line's height, and wider than CELL_GAP_CHARS of
# the left word's characters, is no space between words but one between a table's cells (a word space of a
# proportional font is about a third of the height and half a character; a monospaced font's space is a whole
# character)
CELL_GAP = 0.6
CELL_GAP_CHARS = 1.2
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


@dataclass
class Cells:
    """Where a page's table cells meet with no room between them, read from the words' boxes (column_gaps)."""
    gaps: set[tuple[str, str]] = field(default_factory=set)  # two words side by side with a cell's gap between
    splits: dict[str, tuple[str, str]] = field(default_factory=dict)  # one "word" that is two cells run together


def column_gaps(src: Path) -> list[Cells]:
    """For each page, where its cells meet, read from the words' boxes (`pdftotext -bbox`). A table whose cells are
    set close prints in `-layout` text with a single space between cells ("03/02/1961 CBA2631800709 10/28/2026"),
    which reads as one cell, and a cell whose text runs past its column's edge into the next cell prints as one word
    with it ("ASP-FICT-60218-03SP-26-44109" under "ID de miembro" and "Reclamación"); the boxes say where a cell ends
    and the next begins."""
    proc = run(PDFTOTEXT, ["-bbox", "-enc", "UTF-8", str(src), "-"], timeout=TIMEOUT,
               what_for=_("Reading the text of {file}").format(file=src.name))
    if proc.returncode != 0:
        return []  # the layout text was read; without the boxes its spaces stay as they are
    pages: list[Cells] = []
    for page in proc.stdout.decode("utf-8", "replace").split("<page ")[1:]:
        words = sorted(((float(y0), float(y1), float(x0), float(x1), html.unescape(w))
                        for x0, y0, x1, y1, w in _WORD.findall(page)), key=lambda b: (round(b[0]), b[2]))
        cells = Cells()
        lines: list[list[tuple]] = []
        for a, b in zip([None, *words], words):
            height = b[1] - b[0]
            if a is None or not (abs(a[0] - b[0]) < height / 3 and abs(a[1] - b[1]) < height / 3):
                lines.append([b])  # a new line
                continue
            # (between two numbers, the cells a row of identifiers, dates and codes is made of: a gap after a
            # word of prose or before one is left as the layout prints it)
            if _cell_gap(a, b) and re.search(r"\d", a[4]) and re.search(r"\d", b[4]):
                cells.gaps.add((a[4], b[4]))
            lines[-1].append(b)
        # the left edges of a table's columns: where the cells of a row of headings start (three cells or more,
        # no digit)
        edges = []
        for line in lines:
            starts = [w for k, w in enumerate(line) if not k or _cell_gap(line[k - 1], w)]
            if len(starts) >= 3 and not any(re.search(r"\d", w[4]) for w in line):
                edges += [(w[0], w[2]) for w in starts]
        for word in words:
            if cut := _run_together(word, edges):
                cells.splits[word[4]] = cut
        pages.append(cells)
    return pages


def _cell_gap(a: tuple, b: tuple) -> bool:
    """Between the words `a` and `b` of one line (boxes: top, bottom, left, right, text) stands a cell's gap."""
    gap = b[2] - a[3]
    return gap > CELL_GAP * (a[1] - a[0]) and gap > CELL_GAP_CHARS * (a[3] - a[2]) / max(1, len(a[4]))


def _run_together(word: tuple, edges: list[tuple[float, float]]) -> tuple[str, str] | None:
    """An identifier-like word (letters, digits, hyphens) that starts under a heading and crosses the left edge of
    the next column (`edges`: the top and left of each heading of a row of headings a few lines above it), split
    there when the edge falls where its letters turn to digits or back: the text of one cell run into the next. The
    place is estimated from the word's width, one character either way."""
    y0, y1, x0, x1, text = word
    height = y1 - y0
    if len(text) < 10 or not re.fullmatch(r"[A-Z0-9][A-Z0-9-]+", text) or not re.search(r"\d", text):
        return None
    width = (x1 - x0) / len(text)
    if not any(0 < y0 - top <= 12 * height and abs(left - x0) <= 2 for top, left in edges):
        return None  # not a cell of the table: it starts under no heading
    for top, left in edges:
        if not (0 < y0 - top <= 12 * height and x0 + 4 * width < left < x1 - 4 * width):
            continue
        guess = round((left - x0) / width)
        for i in (guess, guess - 1, guess + 1):
            head, tail = text[:i], text[i:]
            turns = head[-1].isdigit() != tail[0].isdigit() and "-" not in (head[-1], tail[0])
            if turns and re.search(r"[A-Z0-9]{2}$", head) and re.match(r"[A-Z0-9]{2}", tail):
                return head, tail
    return None


def apart(page: str, cells: Cells) -> str:
    """`page` with two spaces, not one, between the cells column_gaps found side by side, and a word that is two
    cells run together printed as the two."""
    if not cells.gaps and not cells.splits:
        return page
    out = []
    for line in page.split("\n"):
        words = line.split(" ")
        spaced = [" " + b if a and b and (a, b) in cells.gaps else b for a, b in zip([""] + words, words)]
        out.append(" ".join("  ".join(cells.splits.get(w.lstrip(), (w,))) for w in spaced))
    return "\n".join(out)


def render_page(src: Path, page: int, out_prefix: Path, *, dpi: int = 300) -> Path:
    """Render one page (1-based) to a greyscale PNG for OCR; returns the image path."""
    proc = run(PDFTOPPM, ["-r", str(dpi), "-gray", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                          str(src), str(out_prefix)], timeout=TIMEOUT,
               what_for=_("Rendering page {page} of {file} for OCR").format(page=page, file=src.name))
    _check(proc, src, _("Rendering page {page} of {file} for OCR").format(page=page, file=src.name))
    out = out_prefix.with_name(out_prefix.name + ".png")
    if not out.exists():
        raise ConversionError(_("Rendering page {page} of {file} produced no image.").format(page=page, file=src.name))
    return out
