"""How many pages a drafted .docx will take, estimated before LibreOffice lays it out.

A letter that cites the packet's page and Bates numbers is drafted with the numbers of a packet whose letter has some
length; if LibreOffice then makes it longer or shorter, every number after it moves and the letter has to be drafted
and converted again. A build's first draft therefore takes its length from the packet it replaces, and a first build
from this estimate: the paragraphs broken into lines with the widths of the fonts LibreOffice uses for the
document's fonts (Liberation, metric-compatible with Times New Roman, Arial and Courier New), the lines stacked on
pages with the paragraphs' spacing, explicit page breaks and two-line widow and orphan control. A wrong estimate costs
only that second conversion.
"""
from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

FONT_FOLDERS = ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation")
# The Liberation family LibreOffice substitutes for a document's font (metric-compatible: same advance widths)
FAMILIES = {"times new roman": "Serif", "times": "Serif", "georgia": "Serif", "cambria": "Serif",
            "arial": "Sans", "helvetica": "Sans", "calibri": "Sans", "liberation sans": "Sans",
            "courier new": "Mono", "courier": "Mono", "liberation mono": "Mono"}
DEFAULT_SIZE = 11.0  # points, Word's default when neither the paragraph nor its style says
EMU_PER_POINT = 12700
CELL_MARGINS = 11.5  # points: a table cell's left and right margins (0.08 inch each in Word)
TAB_STOP = 36.0  # points: Word's default tab stops, every half inch
TAB, NEWLINE = -1.0, -2.0  # a tab and a line break among a paragraph's word widths
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BREAK, BREAK_TYPE = f"{_W}br", f"{_W}type"
EXTENT = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"  # an inline image's size
WIDOW_LINES = 2


@cache
def _face(family: str, bold: bool):
    """(advance width per character in em, line height in em) for a Liberation face; None when it is missing."""
    from fontTools.ttLib import TTFont

    name = f"Liberation{family}-{'Bold' if bold else 'Regular'}.ttf"
    path = next((Path(d) / name for d in FONT_FOLDERS if (Path(d) / name).is_file()), None)
    if path is None:
        return None
    font = TTFont(str(path), lazy=True)
    em = font["head"].unitsPerEm
    cmap, metrics = font.getBestCmap(), font["hmtx"].metrics
    widths = {chr(code): metrics[glyph][0] / em for code, glyph in cmap.items() if code < 0x3000}
    os2 = font["OS/2"]
    return widths, (os2.usWinAscent + os2.usWinDescent) / em


def _measure(font_name: str, bold: bool) -> tuple[dict[str, float], float]:
    face = _face(FAMILIES.get(font_name.lower(), "Serif"), bold) or _face("Serif", False)
    if face is None:
        raise FileNotFoundError("no Liberation fonts to measure with")
    return face


def _inherited(style, read):
    """The first value `read(style)` gives along the style's base styles (None when no style sets it)."""
    while style is not None:
        value = read(style)
        if value is not None:
            return value
        style = style.base_style
    return None


class _Paragraph:
    """A paragraph as the estimate sees it: its lines' height, how many lines, the space around it."""

    def __init__(self, paragraph, width: float, styles: dict | None = None):
        fmt, style = paragraph.paragraph_format, _style(paragraph, {} if styles is None else styles)
        size = _inherited(style, lambda s: s.font.size)
        name = _inherited(style, lambda s: s.font.name) or "Times New Roman"
        self.before = _points(fmt.space_before if fmt.space_before is not None else
                              _inherited(style, lambda s: s.paragraph_format.space_before))
        self.after = _points(fmt.space_after if fmt.space_after is not None else
                             _inherited(style, lambda s: s.paragraph_format.space_after))
        spacing = fmt.line_spacing if fmt.line_spacing is not None else \
            _inherited(style, lambda s: s.paragraph_format.line_spacing)
        self.page_break_before = bool(fmt.page_break_before or _inherited(
            style, lambda s: s.paragraph_format.page_break_before))
        self.breaks_after = 0
        size_pt = size.pt if size is not None else DEFAULT_SIZE
        words: list[tuple[float, float]] = []  # (width, width of the space after it) in points
        line_height = _measure(name, False)[1] * size_pt
        for run in paragraph.runs:
            run_size = run.font.size.pt if run.font.size is not None else size_pt
            widths, height = _measure(run.font.name or name, bool(run.bold))
            line_height = max(line_height, height * run_size,
                              *(int(extent.get("cy", 0)) / EMU_PER_POINT for extent in run._r.iter(EXTENT)))
            self.breaks_after += sum(br.get(BREAK_TYPE) == "page" for br in run._r.iter(BREAK))
            space = widths.get(" ", 0.25) * run_size
            # python-docx gives a line break as "\n" and a tab as "\t"
            for piece in re.split(r"( |\t|\n)", run.text):
                if piece == " " and words:
                    words[-1] = (words[-1][0], words[-1][1] + space)
                elif piece in ("\t", "\n"):
                    words.append((TAB if piece == "\t" else NEWLINE, 0.0))
                elif piece:
                    words.append((sum(widths.get(ch, 0.5) for ch in piece) * run_size, 0.0))
        if isinstance(spacing, float):
            line_height *= spacing
        elif spacing is not None:  # an exact or at-least height
            line_height = max(line_height, _points(spacing))
        self.line_height = line_height
        self.lines = _count_lines(words, width)


def _style(paragraph, styles: dict):
    """paragraph.style, looked up once per style ID in a document: python-docx finds the default paragraph style by
    reading every style of the document again for each paragraph (2-3 ms a paragraph; most of an estimate)."""
    style_id = paragraph._p.style
    if style_id not in styles:
        styles[style_id] = paragraph.style
    return styles[style_id]


def _points(length, default: float = 0.0) -> float:
    return length.pt if length is not None else default


def _count_lines(words: list[tuple[float, float]], width: float) -> int:
    """Lines of a paragraph broken greedily at spaces, as LibreOffice breaks Latin text."""
    lines, used = 1, 0.0
    for word, space in words:
        if word == NEWLINE:
            lines, used = lines + 1, 0.0
            continue
        if word == TAB:
            word = TAB_STOP - used % TAB_STOP
        if used and used + word > width:
            lines, used = lines + 1, 0.0
        used += word + space
    return lines


def estimate_pages(docx: Path) -> int | None:
    """The number of pages the document will take, or None when it cannot say (no fonts to measure with, a
    document python-docx cannot read)."""
    from zipfile import BadZipFile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = Document(str(docx))
        section = doc.sections[0]
        # a section that does not say takes Word's defaults: US Letter, one-inch margins
        width = _points(section.page_width, 612) - _points(section.left_margin, 72) - _points(section.right_margin, 72)
        height = (_points(section.page_height, 792) - _points(section.top_margin, 72)
                  - _points(section.bottom_margin, 72))
        paragraphs = []
        styles: dict = {}  # by style ID
        for child in doc.element.body.iterchildren():
            if child.tag == f"{_W}p":
                paragraphs.append(_Paragraph(Paragraph(child, doc._body), width, styles))
            elif child.tag == f"{_W}tbl":
                paragraphs += _table_rows(Table(child, doc._body), width, styles)
    # FileNotFoundError (an OSError) when there are no fonts to measure with; SyntaxError for XML that is not
    except (OSError, ValueError, KeyError, SyntaxError, BadZipFile, PackageNotFoundError) as exc:
        log.debug("no page estimate for %s (%s)", docx, exc)
        return None
    return _stack(paragraphs, height)


def _table_rows(table, width: float, styles: dict) -> list[_Paragraph]:
    """A table as one paragraph of one line per row, as tall as the row's tallest cell."""
    rows = []
    columns = max(len(table.columns), 1)
    for row in table.rows:
        # each cell as wide as it says (else an equal share), less Word's default cell margins
        cells = [[_Paragraph(p, _points(cell.width, width / columns) - CELL_MARGINS, styles) for p in cell.paragraphs]
                 for cell in dict.fromkeys(row.cells)]
        tallest = max((sum(p.lines * p.line_height + p.before + p.after for p in c) for c in cells if c), default=0.0)
        if tallest and cells[0]:
            row_paragraph = cells[0][0]
            row_paragraph.lines, row_paragraph.line_height, row_paragraph.before, row_paragraph.after = 1, tallest, 0, 0
            rows.append(row_paragraph)
    return rows


def _stack(paragraphs: list[_Paragraph], height: float) -> int:
    pages, used = 1, 0.0
    for p in paragraphs:
        if p.page_break_before and used:
            pages, used = pages + 1, 0.0
        used += p.before if used else 0.0
        lines = p.lines
        while lines:
            room = int((height - used) // p.line_height)
            if room >= lines:
                used += lines * p.line_height
                break
            # widow and orphan control: at least two lines at the foot of a page and two at the head of the next
            room = 0 if room < WIDOW_LINES or lines <= WIDOW_LINES else min(room, lines - WIDOW_LINES)
            lines -= room
            pages, used = pages + 1, 0.0
        used += p.after
        for _ in range(p.breaks_after):
            pages, used = pages + 1, 0.0
    return pages
