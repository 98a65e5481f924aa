"""FICTIONAL test documents for notes20: a small document model and one layout engine.

A document is a list of explicit pages; a page is a list of blocks. The layout engine places every block on a US
Letter page (portrait or landscape) and returns draw operations that the renderers in render.py draw as a PDF with
a text layer, as scanned or photographed images, or (for Word) read block by block. Each page also has a text
model: the words of its blocks in reading order (a table row = its cells joined by single spaces), which the
checker in make_set.py searches for every truth span.
"""
from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation2/"
FONT_FILES = {
    "sans": DEJAVU + "DejaVuSans.ttf",
    "sans-b": DEJAVU + "DejaVuSans-Bold.ttf",
    "sans-i": DEJAVU + "DejaVuSans-Oblique.ttf",
    "cond": DEJAVU + "DejaVuSansCondensed.ttf",
    "cond-b": DEJAVU + "DejaVuSansCondensed-Bold.ttf",
    "cond-i": DEJAVU + "DejaVuSansCondensed-Oblique.ttf",
    "mono": DEJAVU + "DejaVuSansMono.ttf",
    "mono-b": DEJAVU + "DejaVuSansMono-Bold.ttf",
    "serif": LIB + "LiberationSerif-Regular.ttf",
    "serif-b": LIB + "LiberationSerif-Bold.ttf",
    "serif-i": LIB + "LiberationSerif-Italic.ttf",
    "lsans": LIB + "LiberationSans-Regular.ttf",
    "lsans-b": LIB + "LiberationSans-Bold.ttf",
    "lsans-i": LIB + "LiberationSans-Italic.ttf",
    "lmono": LIB + "LiberationMono-Regular.ttf",
    "lmono-b": LIB + "LiberationMono-Bold.ttf",
}
for _k, _p in FONT_FILES.items():
    pdfmetrics.registerFont(TTFont("N20-" + _k, _p))

# families: regular, bold, italic
FAMILIES = {
    "sans": ("sans", "sans-b", "sans-i"),
    "cond": ("cond", "cond-b", "cond-i"),
    "serif": ("serif", "serif-b", "serif-i"),
    "lsans": ("lsans", "lsans-b", "lsans-i"),
    "mono": ("mono", "mono-b", "mono"),
    "lmono": ("lmono", "lmono-b", "lmono"),
}


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, "N20-" + font, size)


class LayoutError(Exception):
    pass


# ---------------------------------------------------------------- blocks
@dataclass
class Title:
    text: str
    size: float = 14


@dataclass
class Heading:
    text: str
    size: float = 11


@dataclass
class Para:
    text: str
    size: float | None = None
    italic: bool = False
    hand: bool = False      # drawn as handwriting in images


@dataclass
class Line:
    text: str
    size: float | None = None
    bold: bool = False
    hand: bool = False


@dataclass
class Form:
    """A form line: a printed label and a filled-in answer (handwriting in images)."""
    label: str
    answer: str
    size: float | None = None


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    size: float | None = None
    grid: bool = True
    min_size: float = 6.0


@dataclass
class Mono:
    lines: list[str]
    size: float = 8.5


@dataclass
class Space:
    h: float = 6


@dataclass
class Calendar:
    """A wall-calendar month with handwritten entries in the day cells."""
    year: int
    month: int
    entries: dict[int, list[str]]
    notes: list[str] = field(default_factory=list)   # the NOTES box under the grid
    title: str = ""


@dataclass
class Doc:
    file: str
    kind: str                 # pdf, scan, photo, docx, txt
    pages: list[list] = field(default_factory=list)
    header: str = ""
    family: str = "sans"
    size: float = 9.5
    landscape: bool = False
    footer: bool = True
    footer_fmt: str = "Page {n} of {N}"
    raw_text: str = ""        # for txt
    margin: float = 54


# ---------------------------------------------------------------- layout
def wrap(text: str, font: str, size: float, maxw: float) -> list[str]:
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if width(cand, font, size) <= maxw:
            cur = cand
        else:
            if cur:
                lines.append(cur)
            if width(w, font, size) > maxw:
                raise LayoutError(f"word too wide: {w!r}")
            cur = w
    if cur:
        lines.append(cur)
    return lines


def page_size(doc: Doc):
    return (792.0, 612.0) if doc.landscape else (612.0, 792.0)


def layout(doc: Doc):
    """Return (ops_per_page, text_per_page). ops: dicts with type text/line/rect."""
    W, H = page_size(doc)
    m = doc.margin
    reg, bold, ital = FAMILIES[doc.family]
    all_ops, all_text = [], []
    N = len(doc.pages)
    for pi, blocks in enumerate(doc.pages):
        ops, texts = [], []
        y = m
        if doc.header:
            ops.append(dict(type="text", x=m, y=m - 18, text=doc.header, font=reg, size=7.5, hand=False))
            texts.append(doc.header)
        maxw = W - 2 * m

        def put(text, font, size, x=m, hand=False):
            nonlocal y
            lh = size * 1.3
            ops.append(dict(type="text", x=x, y=y + size, text=text, font=font, size=size, hand=hand))
            y += lh

        for b in blocks:
            if isinstance(b, Title):
                put(b.text, bold, b.size)
                y += 4
                texts.append(b.text)
            elif isinstance(b, Heading):
                y += 3
                put(b.text, bold, b.size)
                y += 1
                texts.append(b.text)
            elif isinstance(b, Para):
                size = b.size or doc.size
                font = ital if b.italic else reg
                if b.hand:
                    font = "sans-i"
                for ln in wrap(b.text, font, size, maxw):
                    put(ln, font, size, hand=b.hand)
                y += size * 0.45
                texts.append(b.text)
            elif isinstance(b, Line):
                size = b.size or doc.size
                font = bold if b.bold else reg
                if b.hand:
                    font = "sans-i"
                while width(b.text, font, size) > maxw:
                    size -= 0.25
                    if size < 6:
                        raise LayoutError(f"line too wide: {b.text[:60]!r}")
                put(b.text, font, size, hand=b.hand)
                texts.append(b.text)
            elif isinstance(b, Form):
                size = b.size or doc.size
                lw = width(b.label + " ", reg, size)
                aw = width(b.answer, "sans-i", size + 0.5)
                if lw + aw > maxw:
                    # the answer goes on the line under its label
                    if aw > maxw - 14:
                        raise LayoutError(f"form answer too wide: {b.answer!r}")
                    ops.append(dict(type="text", x=m, y=y + size, text=b.label, font=reg, size=size, hand=False))
                    y += size * 1.35
                    lw = 14
                    lbl_drawn = True
                else:
                    lbl_drawn = False
                if not lbl_drawn and b.label:
                    ops.append(dict(type="text", x=m, y=y + size, text=b.label, font=reg, size=size, hand=False))
                ops.append(dict(type="line", x1=m + lw - 2, y1=y + size + 2, x2=m + maxw, y2=y + size + 2, w=0.4))
                ops.append(dict(type="text", x=m + lw + 2, y=y + size, text=b.answer, font="sans-i",
                                size=size + 0.5, hand=True))
                y += size * 1.55
                texts.append((b.label + " " + b.answer).strip())
            elif isinstance(b, Table):
                size = b.size or doc.size - 0.5
                ncol = len(b.headers)
                allrows = [b.headers] + b.rows
                for r in allrows:
                    if len(r) != ncol:
                        raise LayoutError(f"table row has {len(r)} cells, headers {ncol}: {r}")
                pad = 4
                while True:
                    cw = [max(width(r[c], bold if i == 0 else reg, size) for i, r in enumerate(allrows)) + 2 * pad
                          for c in range(ncol)]
                    if sum(cw) <= maxw:
                        break
                    size -= 0.25
                    if size < b.min_size:
                        raise LayoutError(f"table too wide: {b.headers}")
                extra = (maxw - sum(cw)) / ncol if sum(cw) < maxw * 0.8 else 0
                cw = [c + extra for c in cw]
                rh = size * 1.55
                x0 = m
                top = y
                for i, r in enumerate(allrows):
                    x = x0
                    for c in range(ncol):
                        ops.append(dict(type="text", x=x + pad, y=y + size * 1.12, text=r[c],
                                        font=bold if i == 0 else reg, size=size, hand=False))
                        x += cw[c]
                    y += rh
                    texts.append(" ".join(cell for cell in r if cell))
                if b.grid:
                    tw = sum(cw)
                    for i in range(len(allrows) + 1):
                        yy = top + i * rh
                        ops.append(dict(type="line", x1=x0, y1=yy, x2=x0 + tw, y2=yy, w=0.5))
                    x = x0
                    for c in range(ncol + 1):
                        ops.append(dict(type="line", x1=x, y1=top, x2=x, y2=top + len(allrows) * rh, w=0.5))
                        if c < ncol:
                            x += cw[c]
                y += 6
            elif isinstance(b, Mono):
                font = "mono" if doc.family != "lmono" else "lmono"
                for ln in b.lines:
                    if width(ln, font, b.size) > maxw:
                        raise LayoutError(f"mono line too wide: {ln[:60]!r}")
                    put(ln, font, b.size)
                    texts.append(ln)
                y += 4
            elif isinstance(b, Space):
                y += b.h
            elif isinstance(b, Calendar):
                y = _calendar(b, ops, texts, y, m, maxw, H, doc)
            else:
                raise LayoutError(f"unknown block {b!r}")
            if y > H - m:
                raise LayoutError(f"{doc.file}: page {pi + 1} overflows ({y:.0f} > {H - m:.0f})")
        if doc.footer:
            ft = doc.footer_fmt.format(n=pi + 1, N=N)
            ops.append(dict(type="text", x=W / 2 - width(ft, reg, 7.5) / 2, y=H - m + 22, text=ft, font=reg,
                            size=7.5, hand=False))
            texts.append(ft)
        all_ops.append(ops)
        all_text.append("\n".join(texts))
    return all_ops, all_text


def _calendar(b: Calendar, ops, texts, y, m, maxw, H, doc):
    reg, bold, _ = FAMILIES[doc.family]
    title = b.title or f"{_cal.month_name[b.month].upper()} {b.year}"
    ops.append(dict(type="text", x=m, y=y + 22, text=title, font=bold, size=22, hand=False))
    texts.append(title)
    y += 32
    days = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"]
    cw = maxw / 7
    for i, d in enumerate(days):
        ops.append(dict(type="text", x=m + i * cw + 3, y=y + 9, text=d, font=bold, size=7.5, hand=False))
    texts.append(" ".join(days))
    y += 13
    weeks = _cal.Calendar(firstweekday=6).monthdayscalendar(b.year, b.month)
    notes_h = 16 + 13 * len(b.notes) if b.notes else 0
    avail = H - m - y - notes_h - 6
    ch = avail / len(weeks)
    top = y
    hand_size = 7.6
    for wi, week in enumerate(weeks):
        for di, day in enumerate(week):
            x = m + di * cw
            yy = top + wi * ch
            if day == 0:
                continue
            ops.append(dict(type="text", x=x + 3, y=yy + 10, text=str(day), font=bold, size=9, hand=False))
            cell = [str(day)]
            ly = yy + 21
            for entry in b.entries.get(day, []):
                for ln in wrap(entry, "sans-i", hand_size, cw - 6):
                    ops.append(dict(type="text", x=x + 3, y=ly, text=ln, font="sans-i", size=hand_size, hand=True))
                    ly += hand_size * 1.25
                cell.append(entry)
            if ly > yy + ch + 1:
                raise LayoutError(f"calendar cell {day} overflows")
            texts.append(" ".join(cell))
    for i in range(len(weeks) + 1):
        ops.append(dict(type="line", x1=m, y1=top + i * ch, x2=m + maxw, y2=top + i * ch, w=0.8))
    for i in range(8):
        ops.append(dict(type="line", x1=m + i * cw, y1=top, x2=m + i * cw, y2=top + len(weeks) * ch, w=0.8))
    y = top + len(weeks) * ch + 6
    if b.notes:
        ops.append(dict(type="text", x=m, y=y + 9, text="NOTES", font=bold, size=8, hand=False))
        texts.append("NOTES")
        y += 14
        for n in b.notes:
            if width(n, "sans-i", 8.2) > maxw:
                raise LayoutError(f"calendar note too wide: {n!r}")
            ops.append(dict(type="text", x=m + 4, y=y + 9, text=n, font="sans-i", size=8.2, hand=True))
            texts.append(n)
            y += 13
    return y
