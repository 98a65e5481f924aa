"""The pages appeal-kit writes itself: the exhibit index and one cover sheet per exhibit."""
from __future__ import annotations

from dataclasses import dataclass

from appeal_kit.packet.canvas import INK, MUTED, RULE, Canvas
from appeal_kit.packet.fonts import FontPack
from appeal_kit.packet.stamp import BAND, LETTER

MARGIN = 54.0  # 0.75 in side margins on our own pages
TOP = LETTER[1] - BAND - 36  # first baseline below the stamp band
BOTTOM = BAND + 30  # lowest baseline above the stamp band
BODY = 9.5
LEADING = 12.5

# Index columns: (heading, x offset from the left margin, width)
COLUMNS = (("Exhibit", 0, 44), ("Description", 48, 196), ("Packet pages", 252, 60), ("Bates range", 316, 188))
# With upload parts (build --max-size) the description gives room for the part holding each exhibit.
PART_COLUMNS = (("Exhibit", 0, 44), ("Description", 48, 160), ("Part", 212, 36), ("Packet pages", 252, 60),
                ("Bates range", 316, 188))


@dataclass(frozen=True)
class IndexRow:
    label: str  # "A", or "" for the letter
    title: str
    pages: str  # "5-17"
    bates: str  # "WHITFIELD-000005 – WHITFIELD-000017"
    part: str = ""  # upload part(s) holding it: "2" or "2–3"; empty when the packet is one file

    def cells(self) -> tuple[str, ...]:
        return (self.label, self.title, *((self.part,) if self.part else ()), self.pages, self.bates)


def draw_index(fonts: FontPack, subtitle: str, rows: list[IndexRow], *, fax: bool = False) -> list[Canvas]:
    """The exhibit index, as many pages as it needs. Row heights depend only on the wrapped text, so a
    run with placeholder numbers gives the same page count as the final run. For fax, no tinted heading band
    (a fax machine turns it into grey noise over the column headings)."""
    columns = PART_COLUMNS if rows and rows[0].part else COLUMNS
    pages: list[Canvas] = []
    canvas, y = None, 0.0
    for row in rows:
        cells = [_cell_lines(fonts, text, width, bold=(i == 0))
                 for i, (text, (_, _, width)) in enumerate(zip(row.cells(), columns))]
        height = max(len(c) for c in cells) * LEADING + 8
        if canvas is None or y - height < BOTTOM:
            canvas, y = Canvas(fonts), 0.0
            pages.append(canvas)
            y = _index_heading(canvas, subtitle, columns, continued=len(pages) > 1, fax=fax)
        for (_, x, _), lines, i in zip(columns, cells, range(len(columns))):
            for n, line in enumerate(lines):
                canvas.text(MARGIN + x, y - n * LEADING, line, BODY, bold=(i == 0), color=INK)
        y -= height
        canvas.line(MARGIN, y + LEADING - 3, LETTER[0] - MARGIN, y + LEADING - 3, width=0.3, color=RULE)
    if not pages:
        canvas = Canvas(fonts)
        _index_heading(canvas, subtitle, columns, continued=False, fax=fax)
        pages.append(canvas)
    pages[-1].text(MARGIN, BOTTOM - 14, "Packet page ranges include each exhibit's cover sheet. Every page "
                   "carries its Bates number at the bottom right.", 7.5, color=MUTED)
    return pages


def _cell_lines(fonts: FontPack, text: str, width: float, bold: bool) -> list[str]:
    return Canvas(fonts).wrap(text, BODY, width, bold=bold)


def _index_heading(canvas: Canvas, subtitle: str, columns, continued: bool, fax: bool) -> float:
    title = "Exhibit Index" + (" (continued)" if continued else "")
    canvas.text(MARGIN, TOP, title, 18, bold=True)
    y = TOP - 22
    for line in canvas.wrap(subtitle, 10, LETTER[0] - 2 * MARGIN):
        canvas.text(MARGIN, y, line, 10, color=MUTED)
        y -= 13
    y -= 14
    if fax:
        canvas.line(MARGIN - 4, y - 5, LETTER[0] - MARGIN + 4, y - 5, width=0.8, color=INK)
    else:
        canvas.rect(MARGIN - 4, y - 5, LETTER[0] - 2 * MARGIN + 8, 18, fill="0.92 0.93 0.95")
    for heading, x, _ in columns:
        canvas.text(MARGIN + x, y, heading, 8.5, bold=True, color=MUTED)
    return y - 24


def draw_cover(fonts: FontPack, label: str, title: str, details: list[str]) -> Canvas:
    """A cover sheet that a reviewer flipping through the packet cannot miss."""
    canvas = Canvas(fonts)
    center = LETTER[0] / 2
    y = LETTER[1] * 0.62
    canvas.text(center, y + 70, "EXHIBIT", 16, bold=True, color=MUTED, align="center")
    size = canvas.fit_size(label, 96, LETTER[0] - 2 * MARGIN, bold=True)
    canvas.text(center, y - 10, label, size, bold=True, align="center")
    canvas.line(center - 120, y - 40, center + 120, y - 40, width=1.0, color=RULE)
    y -= 72
    for line in canvas.wrap(title, 18, LETTER[0] - 2 * MARGIN - 40, bold=True):
        canvas.text(center, y, line, 18, bold=True, align="center")
        y -= 24
    y -= 10
    for detail in details:
        for line in canvas.wrap(detail, 10.5, LETTER[0] - 2 * MARGIN):
            canvas.text(center, y, line, 10.5, color=MUTED, align="center")
            y -= 15
    return canvas
