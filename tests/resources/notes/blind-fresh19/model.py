"""A small document model for notes19 (FICTIONAL test records), written for this set.

A Doc is a list of explicit pages; each page a list of blocks (title, heading, paragraph, single line, table, monospace
block, form line with handwritten parts and tick boxes, vertical space).  `layout()` places every block on US Letter
pages as drawing operations that the PDF, image and photo renderers all draw, so the text model used by the truth
check is the same text that is drawn.  DOCX and TXT are written from the same blocks by render.py.
"""
import os

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
}
BOLD = {
    "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuSansMono": "DejaVuSansMono-Bold",
    "DejaVuSansCondensed": "DejaVuSansCondensed-Bold", "LiberationSans": "LiberationSans-Bold",
    "LiberationSerif": "LiberationSerif-Bold",
}
_registered = set()


def font(name):
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, FONT_DIR[name]))
        _registered.add(name)
    return name


def width(text, fname, size):
    return pdfmetrics.stringWidth(text, font(fname), size)


def bold(fname):
    return BOLD.get(fname, fname)


class LayoutError(Exception):
    pass


# ---------------------------------------------------------------- blocks
class Block:
    def text(self):
        raise NotImplementedError


class Title(Block):
    def __init__(self, text, size=None, align="left"):
        self.s, self.size, self.align = text, size, align

    def text(self):
        return self.s


class Heading(Block):
    def __init__(self, text, size=None):
        self.s, self.size = text, size

    def text(self):
        return self.s


class Para(Block):
    def __init__(self, text, size=None, indent=0, bold=False, italic=False):
        self.s, self.size, self.indent, self.bold, self.italic = text, size, indent, bold, italic

    def text(self):
        return self.s


class Line(Block):
    def __init__(self, text, size=None, bold=False, indent=0, align="left"):
        self.s, self.size, self.bold, self.indent, self.align = text, size, bold, indent, align

    def text(self):
        return self.s


class Table(Block):
    """Cells never wrap: a table too wide is set in a smaller size (down to 5 pt), else the build fails."""

    def __init__(self, rows, header=True, size=None, grid=True, widths=None, shade_header=True, hand=False, pad=3.0):
        self.rows, self.header, self.size, self.grid = rows, header, size, grid
        self.widths, self.shade_header, self.hand, self.pad = widths, shade_header, hand, pad
        n = len(rows[0])
        for r in rows:
            if len(r) != n:
                raise LayoutError(f"table row has {len(r)} cells, header {n}: {r}")

    def text(self):
        return "\n".join(" ".join(c for c in r if c != "") for r in self.rows)


class Mono(Block):
    def __init__(self, lines, size=None):
        self.lines, self.size = lines, size

    def text(self):
        return "\n".join(self.lines)


class Form(Block):
    """One line of a form: segments ('p', printed text), ('h', handwritten text), ('box', ticked?)."""

    def __init__(self, segs, size=None, indent=0):
        self.segs, self.size, self.indent = segs, size, indent

    def text(self):
        out = []
        for kind, val in self.segs:
            if kind == "box":
                out.append("[X]" if val else "[ ]")
            else:
                out.append(val)
        return " ".join(s.strip() for s in out if s.strip())


class Space(Block):
    def __init__(self, h=8):
        self.h = h

    def text(self):
        return ""


class Rule(Block):
    def text(self):
        return ""


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, filename, fmt, *, landscape=False, font="DejaVuSans", size=10.0, header=None,
                 footer=True, margin=54, hand_font="DejaVuSans-Oblique"):
        assert fmt in ("pdf", "scan", "photo", "docx", "txt")
        self.filename, self.fmt, self.landscape = filename, fmt, landscape
        self.font, self.size, self.header, self.footer, self.margin = font, size, header, footer, margin
        self.hand_font = hand_font
        self.pages = []

    # building
    def page(self):
        self.pages.append([])
        return self

    def add(self, block):
        if not self.pages:
            self.page()
        self.pages[-1].append(block)
        return self

    def title(self, t, **k):
        return self.add(Title(t, **k))

    def h(self, t, **k):
        return self.add(Heading(t, **k))

    def p(self, t, **k):
        return self.add(Para(t, **k))

    def line(self, t, **k):
        return self.add(Line(t, **k))

    def table(self, rows, **k):
        return self.add(Table(rows, **k))

    def mono(self, lines, **k):
        return self.add(Mono(lines, **k))

    def form(self, segs, **k):
        return self.add(Form(segs, **k))

    def space(self, h=8):
        return self.add(Space(h))

    def rule(self):
        return self.add(Rule())

    # text model
    def page_texts(self):
        """The model's text of each page (a table row = its cells joined by single spaces)."""
        if self.fmt in ("docx", "txt"):
            head = [self.header] if self.header else []
            return ["\n".join(head + [b.text() for pg in self.pages for b in pg if b.text()])]
        out = []
        for i, pg in enumerate(self.pages):
            parts = []
            if self.header:
                parts.append(self.header)
            parts += [b.text() for b in pg if b.text()]
            out.append("\n".join(parts))
        return out

    # geometry
    @property
    def pagesize(self):
        return (792, 612) if self.landscape else (612, 792)


def layout(doc):
    """Place every block; returns a list of pages, each a list of ops. Raises LayoutError on overflow."""
    W, H = doc.pagesize
    m = doc.margin
    avail = W - 2 * m
    base = doc.size
    pages = []
    n = len(doc.pages)
    for pi, blocks in enumerate(doc.pages):
        ops = []
        y = m
        if doc.header:
            hs = base - 1.5
            ops.append(("text", m, m - 18, doc.header, doc.font, hs, (60, 60, 60), False))
            ops.append(("line", m, m - 12, W - m, m - 12, 0.5))
        if doc.footer:
            ft = f"Page {pi + 1} of {n}" if doc.footer is True else doc.footer.format(p=pi + 1, n=n)
            fs = base - 2
            ops.append(("text", W - m - width(ft, doc.font, fs), H - 30, ft, doc.font, fs, (60, 60, 60), False))
        for b in blocks:
            y = _place(b, doc, ops, y, m, avail, base)
            if y > H - m + 6:
                raise LayoutError(f"{doc.filename}: page {pi + 1} overflows at block {b.text()[:60]!r}")
        pages.append(ops)
    return pages


def _fit(text, fname, size, maxw, minsize=5.0):
    s = size
    while width(text, fname, s) > maxw and s > minsize:
        s -= 0.25
    if width(text, fname, s) > maxw:
        raise LayoutError(f"line too wide even at {s} pt: {text[:70]!r}")
    return s


def _wrap(text, fname, size, maxw):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w) if cur else w
        if width(trial, fname, size) <= maxw or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _place(b, doc, ops, y, m, avail, base):
    W = doc.pagesize[0]
    f = doc.font
    black = (0, 0, 0)
    if isinstance(b, Space):
        return y + b.h
    if isinstance(b, Rule):
        ops.append(("line", m, y + 3, W - m, y + 3, 0.7))
        return y + 8
    if isinstance(b, Title):
        s = b.size or base + 5
        s = _fit(b.s, bold(f), s, avail)
        x = m if b.align == "left" else m + (avail - width(b.s, bold(f), s)) / 2
        ops.append(("text", x, y + s, b.s, bold(f), s, black, False))
        return y + s * 1.6
    if isinstance(b, Heading):
        s = b.size or base + 1.5
        y += 4
        s = _fit(b.s, bold(f), s, avail)
        ops.append(("text", m, y + s, b.s, bold(f), s, black, False))
        return y + s * 1.45
    if isinstance(b, Para):
        s = b.size or base
        fn = bold(f) if b.bold else f
        if b.italic:
            fn = {"DejaVuSans": "DejaVuSans-Oblique", "LiberationSans": "LiberationSans-Italic",
                  "LiberationSerif": "LiberationSerif-Italic"}.get(f, f)
        lead = s * 1.32
        for ln in _wrap(b.s, fn, s, avail - b.indent):
            ops.append(("text", m + b.indent, y + s, ln, fn, s, black, False))
            y += lead
        return y + s * 0.45
    if isinstance(b, Line):
        s = b.size or base
        fn = bold(f) if b.bold else f
        s = _fit(b.s, fn, s, avail - b.indent)
        x = m + b.indent
        if b.align == "right":
            x = W - m - width(b.s, fn, s)
        elif b.align == "center":
            x = m + (avail - width(b.s, fn, s)) / 2
        ops.append(("text", x, y + s, b.s, fn, s, black, False))
        return y + s * 1.35
    if isinstance(b, Mono):
        s = b.size or base - 1
        fn = "DejaVuSansMono"
        for ln in b.lines:
            s2 = _fit(ln, fn, s, avail) if ln else s
            if s2 < s:
                raise LayoutError(f"mono line too wide: {ln[:60]!r}")
            if ln:
                ops.append(("text", m, y + s, ln, fn, s, black, False))
            y += s * 1.3
        return y + 3
    if isinstance(b, Form):
        s = b.size or base
        x = m + b.indent
        hs = s * 1.12
        for kind, val in b.segs:
            if kind == "p":
                ops.append(("text", x, y + s, val, f, s, black, False))
                x += width(val, f, s) + 4
            elif kind == "h":
                ops.append(("text", x, y + s, val, doc.hand_font, hs, (25, 40, 120), True))
                ops.append(("line", x - 2, y + s + 2.5, x + width(val, doc.hand_font, hs) + 2, y + s + 2.5, 0.3))
                x += width(val, doc.hand_font, hs) + 8
            else:
                bs = s * 0.95
                ops.append(("box", x, y + s * 0.1, bs, bs))
                if val:
                    ops.append(("tick", x, y + s * 0.1, bs, bs))
                x += bs + 4
        if x > W - m + 2:
            raise LayoutError(f"form line too wide: {b.text()[:60]!r}")
        return y + s * 1.75
    if isinstance(b, Table):
        s = b.size or base - 0.5
        pad = b.pad
        ncol = len(b.rows[0])

        def cellfont(ri, s):
            if b.header and ri == 0:
                return bold(f), s, (0, 0, 0), False
            if b.hand:
                return doc.hand_font, s * 1.1, (25, 40, 120), True
            return f, s, (0, 0, 0), False

        while True:
            ws = []
            for c in range(ncol):
                mw = 0
                for ri, r in enumerate(b.rows):
                    fn, cs, _, _ = cellfont(ri, s)
                    mw = max(mw, width(r[c], fn, cs))
                ws.append(mw + 2 * pad + 2)
            if b.widths:
                ws = [max(a, w * avail) for a, w in zip(ws, b.widths)]
            if sum(ws) <= avail or s <= 5.0:
                break
            s -= 0.25
        if sum(ws) > avail + 0.5:
            raise LayoutError(f"table too wide ({sum(ws):.0f} > {avail:.0f}): {b.rows[0]}")
        extra = (avail - sum(ws)) / ncol if b.widths is None and sum(ws) > avail * 0.8 else 0
        ws = [w + extra for w in ws]
        rh = s * (1.75 if b.hand else 1.55)
        x0 = m
        top = y
        for ri, r in enumerate(b.rows):
            hdr = b.header and ri == 0
            if hdr and b.shade_header:
                ops.append(("fill", x0, y, sum(ws), rh, (225, 225, 225)))
            x = x0
            for c, cell in enumerate(r):
                fn, cs, col, hand = cellfont(ri, s)
                if cell:
                    ops.append(("text", x + pad, y + s * 1.13, cell, fn, cs, col, hand))
                x += ws[c]
            y += rh
            if b.grid:
                ops.append(("line", x0, y, x0 + sum(ws), y, 0.4))
        if b.grid:
            ops.append(("line", x0, top, x0 + sum(ws), top, 0.4))
            x = x0
            for w in ws + [0]:
                ops.append(("line", x, top, x, y, 0.4))
                x += w
        return y + 6
    raise LayoutError(f"unknown block {b}")
