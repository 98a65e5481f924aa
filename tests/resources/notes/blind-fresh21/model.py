"""FICTIONAL test-set generator, notes21: a small document model and one layout engine.

A document is a list of pages; a page is a list of blocks. The layout engine turns each page into draw
operations in points (origin top-left) that the renderers in render.py draw as a PDF text layer, as a scanned
image, as a phone screenshot; DOCX and TXT are written from the blocks directly. Every block also has a text
model (what a reader of the page should find), which make_set.py checks each truth span against.
"""
from dataclasses import dataclass, field
import textwrap

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = "/usr/share/fonts/truetype/"
FONT_FILES = {
    ("sans", "R"): "liberation2/LiberationSans-Regular.ttf",
    ("sans", "B"): "liberation2/LiberationSans-Bold.ttf",
    ("sans", "I"): "liberation2/LiberationSans-Italic.ttf",
    ("serif", "R"): "liberation2/LiberationSerif-Regular.ttf",
    ("serif", "B"): "liberation2/LiberationSerif-Bold.ttf",
    ("serif", "I"): "liberation2/LiberationSerif-Italic.ttf",
    ("mono", "R"): "liberation2/LiberationMono-Regular.ttf",
    ("mono", "B"): "liberation2/LiberationMono-Bold.ttf",
    ("mono", "I"): "liberation2/LiberationMono-Italic.ttf",
    ("dejavu", "R"): "dejavu/DejaVuSans.ttf",
    ("dejavu", "B"): "dejavu/DejaVuSans-Bold.ttf",
    ("dejavu", "I"): "dejavu/DejaVuSans-Oblique.ttf",
    ("cond", "R"): "dejavu/DejaVuSansCondensed.ttf",
    ("cond", "B"): "dejavu/DejaVuSansCondensed-Bold.ttf",
    ("cond", "I"): "dejavu/DejaVuSansCondensed-Oblique.ttf",
}
_registered = set()


def font_name(family, style):
    key = (family, style)
    name = f"n21-{family}-{style}"
    if key not in _registered:
        pdfmetrics.registerFont(TTFont(name, FONT_DIR + FONT_FILES[key]))
        _registered.add(key)
    return name


def font_path(family, style):
    return FONT_DIR + FONT_FILES[(family, style)]


def width(text, family, style, size):
    return pdfmetrics.stringWidth(text, font_name(family, style), size)


# ---------------------------------------------------------------- blocks
@dataclass
class Title:
    text: str
    size: float = 15


@dataclass
class Sub:
    """A small single line under a title (address, phone, record numbers)."""
    text: str


@dataclass
class Heading:
    text: str


@dataclass
class Para:
    text: str
    indent: float = 0
    italic: bool = False


@dataclass
class Line:
    text: str
    bold: bool = False
    indent: float = 0


@dataclass
class Form:
    """A form line: a printed label and the answer typed or written into it."""
    label: str
    answer: str
    label_w: float = 0  # 0 = label width + gap


@dataclass
class Table:
    header: list
    rows: list
    size: float = 0  # 0 = the document's base size


@dataclass
class Mono:
    lines: list
    size: float = 0


@dataclass
class Gap:
    h: float = 8


@dataclass
class AppBar:
    """A phone app's title bar (screenshots)."""
    text: str
    sub: str = ""


@dataclass
class Card:
    """A phone app's card: the first line bold, the others regular, optional status line in colour."""
    lines: list
    status: str = ""


def block_text(b):
    """The text model of a block: a list of lines a reader should find."""
    if isinstance(b, (Title, Sub, Heading, Para, Line)):
        return [b.text]
    if isinstance(b, Form):
        return [f"{b.label} {b.answer}"]
    if isinstance(b, Table):
        out = [" ".join(c for c in b.header if c)]
        for r in b.rows:
            out.append(" ".join(c for c in r if c))
        return out
    if isinstance(b, Mono):
        return list(b.lines)
    if isinstance(b, AppBar):
        return [b.text] + ([b.sub] if b.sub else [])
    if isinstance(b, Card):
        return list(b.lines) + ([b.status] if b.status else [])
    return []


@dataclass
class Page:
    blocks: list
    landscape: bool = False


@dataclass
class Doc:
    filename: str
    fmt: str  # pdf | scan | png | docx | txt
    pages: list
    family: str = "sans"
    size: float = 10
    header: str = ""
    footer: str = "Page {n} of {N}"
    phone: bool = False  # a phone screenshot's page size and look
    txt_width: int = 100

    def page_lines(self, i):
        """Text model of page i (0-based), header and footer included."""
        p = self.pages[i]
        lines = []
        if self.header:
            lines.append(self.header)
        for b in p.blocks:
            lines.extend(block_text(b))
        if self.footer and self.fmt in ("pdf", "scan"):
            lines.append(self.footer.format(n=i + 1, N=len(self.pages)))
        return lines


# ---------------------------------------------------------------- layout
class Overflow(Exception):
    pass


BLUE = (0.1, 0.2, 0.6)
GREY = (0.35, 0.35, 0.35)
BLACK = (0, 0, 0)


def wrap(text, family, style, size, maxw):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if width(t, family, style, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout(doc, i):
    """Draw operations for page i: ('text', x, y_baseline, s, family, style, size, colour),
    ('line', x1, y1, x2, y2, lw, colour), ('rect', x, y, w, h, fill, stroke, radius)."""
    page = doc.pages[i]
    if doc.phone:
        W, H, M = 390, 844, 16
    elif page.landscape:
        W, H, M = 792, 612, 40
    else:
        W, H, M = 612, 792, 54
    fam, base = doc.family, doc.size
    ops = []
    y = M
    if doc.phone:
        # status bar
        ops.append(("text", M, 24, "9:41", "sans", "B", 12, BLACK))
        ops.append(("text", W - M - 60, 24, "5G  82%", "sans", "R", 11, BLACK))
        y = 40
    elif doc.header:
        ops.append(("text", M, y, doc.header, fam, "R", base - 2, GREY))
        ops.append(("line", M, y + 4, W - M, y + 4, 0.5, GREY))
        y += 20
    avail = W - 2 * M
    bottom = H - M - (0 if doc.phone else 14)

    def need(h):
        if y + h > bottom:
            raise Overflow(f"{doc.filename} page {i + 1}: overflow at y={y:.0f} (+{h:.0f})")

    for b in page.blocks:
        if isinstance(b, Title):
            sz = b.size
            for ln in wrap(b.text, fam, "B", sz, avail):
                need(sz * 1.3)
                y += sz * 1.1
                ops.append(("text", M, y, ln, fam, "B", sz, BLACK))
                y += sz * 0.3
            y += 2
        elif isinstance(b, Sub):
            sz = base - 1.5
            while width(b.text, fam, "R", sz) > avail and sz > 5:
                sz -= 0.25
            need(sz * 1.35)
            y += sz * 1.05
            ops.append(("text", M, y, b.text, fam, "R", sz, GREY))
            y += sz * 0.3
        elif isinstance(b, Heading):
            sz = base + 1
            need(sz * 1.3 + 6)
            y += 6 + sz * 1.05
            ops.append(("text", M, y, b.text, fam, "B", sz, BLACK))
            y += sz * 0.45
        elif isinstance(b, Para):
            st = "I" if b.italic else "R"
            for ln in wrap(b.text, fam, st, base, avail - b.indent):
                need(base * 1.32)
                y += base * 1.05
                ops.append(("text", M + b.indent, y, ln, fam, st, base, BLACK))
                y += base * 0.27
            y += base * 0.4
        elif isinstance(b, Line):
            st = "B" if b.bold else "R"
            sz = base
            while width(b.text, fam, st, sz) > avail - b.indent and sz > 5:
                sz -= 0.25
            need(sz * 1.32)
            y += sz * 1.05
            ops.append(("text", M + b.indent, y, b.text, fam, st, sz, BLACK))
            y += sz * 0.27
        elif isinstance(b, Form):
            lw = b.label_w or (width(b.label, fam, "R", base) + 10)
            ans_lines = wrap(b.answer, fam, "I", base, avail - lw) if b.answer else [""]
            for k, ln in enumerate(ans_lines):
                need(base * 1.4)
                y += base * 1.1
                if k == 0:
                    ops.append(("text", M, y, b.label, fam, "R", base, BLACK))
                if ln:
                    ops.append(("text", M + lw, y, ln, fam, "I", base, BLUE))
                y += base * 0.3
            y += 1
        elif isinstance(b, Table):
            sz = b.size or (base - 0.5)
            ncol = len(b.header)
            pad = 4

            def colw(s):
                ws = []
                for c in range(ncol):
                    cells = [b.header[c]] + [r[c] for r in b.rows]
                    ws.append(max(width(t, fam, "B" if k == 0 else "R", s) for k, t in enumerate(cells)) + 2 * pad)
                return ws

            ws = colw(sz)
            while sum(ws) > avail and sz > 5:
                sz -= 0.25
                ws = colw(sz)
            if sum(ws) > avail:
                raise Overflow(f"{doc.filename} page {i + 1}: table too wide")
            extra = (avail - sum(ws)) / ncol if sum(ws) < avail * 0.8 else 0
            ws = [w + extra for w in ws]
            rh = sz * 1.45
            need(rh * (len(b.rows) + 1) + 6)
            y += 3
            top = y
            xs = [M]
            for w in ws:
                xs.append(xs[-1] + w)
            ops.append(("rect", M, y, xs[-1] - M, rh, (0.9, 0.9, 0.9), None, 0))
            for r_i, row in enumerate([b.header] + list(b.rows)):
                st = "B" if r_i == 0 else "R"
                for c, t in enumerate(row):
                    if t:
                        ops.append(("text", xs[c] + pad, y + rh * 0.72, t, fam, st, sz, BLACK))
                y += rh
                ops.append(("line", M, y, xs[-1], y, 0.5, GREY))
            ops.append(("line", M, top, xs[-1], top, 0.5, GREY))
            for x in xs:
                ops.append(("line", x, top, x, y, 0.5, GREY))
            y += 6
        elif isinstance(b, Mono):
            sz = b.size or (base - 1)
            longest = max((width(t, "mono", "R", sz) for t in b.lines), default=0)
            while longest > avail and sz > 5:
                sz -= 0.25
                longest = max(width(t, "mono", "R", sz) for t in b.lines)
            for ln in b.lines:
                need(sz * 1.3)
                y += sz * 1.05
                if ln:
                    ops.append(("text", M, y, ln, "mono", "R", sz, BLACK))
                y += sz * 0.25
            y += 4
        elif isinstance(b, Gap):
            y += b.h
        elif isinstance(b, AppBar):
            h = 52 if b.sub else 40
            need(h + 8)
            ops.append(("rect", 0, y, W, h, (0.05, 0.36, 0.45), None, 0))
            ops.append(("text", M, y + 26, b.text, "sans", "B", 18, (1, 1, 1)))
            if b.sub:
                ops.append(("text", M, y + 44, b.sub, "sans", "R", 12, (1, 1, 1)))
            y += h + 10
        elif isinstance(b, Card):
            sz = base
            lines = []
            for k, ln in enumerate(b.lines):
                st = "B" if k == 0 else "R"
                s2 = sz + (1.5 if k == 0 else 0)
                for w_ln in wrap(ln, "sans", st, s2, avail - 20):
                    lines.append((w_ln, st, s2, BLACK if k == 0 else (0.2, 0.2, 0.2)))
            if b.status:
                lines.append((b.status, "B", sz, (0.6, 0.15, 0.1) if "Not" in b.status or "Inactive" in b.status
                              or "Cancel" in b.status else (0.05, 0.45, 0.2)))
            h = sum(s * 1.4 for _, _, s, _ in lines) + 16
            need(h + 8)
            ops.append(("rect", M, y, avail, h, (0.96, 0.96, 0.97), (0.8, 0.8, 0.82), 10))
            yy = y + 8
            for t, st, s2, col in lines:
                yy += s2 * 1.1
                ops.append(("text", M + 10, yy, t, "sans", st, s2, col))
                yy += s2 * 0.3
            y += h + 8
        else:
            raise TypeError(b)
    if doc.footer and doc.fmt in ("pdf", "scan"):
        ops.append(("text", M, H - M + 12, doc.footer.format(n=i + 1, N=len(doc.pages)), fam, "R", base - 2, GREY))
    return (W, H), ops


def txt_lines(doc):
    """Plain-text rendering of a document's blocks (TXT files)."""
    out = []
    Wd = doc.txt_width
    if doc.header:
        out += [doc.header, ""]
    for p in doc.pages:
        for b in p.blocks:
            if isinstance(b, Title):
                out += [b.text, "=" * min(len(b.text), Wd)]
            elif isinstance(b, Sub):
                out.append(b.text)
            elif isinstance(b, Heading):
                out += ["", b.text, "-" * min(len(b.text), Wd)]
            elif isinstance(b, Para):
                ind = " " * int(b.indent // 6)
                out += textwrap.wrap(b.text, Wd, initial_indent=ind, subsequent_indent=ind,
                                     break_long_words=False, break_on_hyphens=False)
                out.append("")
            elif isinstance(b, Line):
                out.append(" " * int(b.indent // 6) + b.text)
            elif isinstance(b, Form):
                lab = b.label
                pad = max(len(lab) + 2, int(b.label_w // 6) if b.label_w else 0)
                out.append(lab.ljust(pad) + b.answer)
            elif isinstance(b, Table):
                rows = [b.header] + list(b.rows)
                ws = [max(len(r[c]) for r in rows) for c in range(len(b.header))]
                for k, r in enumerate(rows):
                    out.append("  ".join(r[c].ljust(ws[c]) for c in range(len(r))).rstrip())
                    if k == 0:
                        out.append("  ".join("-" * w for w in ws))
                out.append("")
            elif isinstance(b, Mono):
                out += list(b.lines)
            elif isinstance(b, Gap):
                out.append("")
            else:
                raise TypeError(b)
    return out
