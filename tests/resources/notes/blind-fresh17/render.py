"""Renderers for notes17 (FICTIONAL records): PDF with a text layer, image-only scans (typed or handwritten
style), phone photos (JPEG), Word (DOCX) and plain text. Each returns the text model of every page."""
import math
import random
import textwrap
import zlib

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from model import H, L, M, P, PB, Sp, T

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FAMILIES = {
    "sans": {"R": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
             "M": "DejaVuSansMono.ttf"},
    "serif": {"R": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf", "I": "DejaVuSerif-Italic.ttf",
              "M": "DejaVuSansMono.ttf"},
    "cond": {"R": "DejaVuSansCondensed.ttf", "B": "DejaVuSansCondensed-Bold.ttf",
             "I": "DejaVuSansCondensed-Oblique.ttf", "M": "DejaVuSansMono.ttf"},
}
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"


class Overflow(Exception):
    pass


def seed_of(name):
    return zlib.crc32(name.encode())


# ---------------------------------------------------------------- backends (coordinates: points, y downward)

class PdfBackend:
    def __init__(self, path, family, pagesize):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self.pdfmetrics = pdfmetrics
        self.names = {}
        for k, f in FAMILIES[family].items():
            nm = f"{family}-{k}"
            if nm not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(nm, FONT_DIR + f))
            self.names[k] = nm
        self.W, self.H = pagesize
        self.c = canvas.Canvas(path, pagesize=pagesize, invariant=1)
        self.c.setTitle("FICTIONAL sample record")
        self.c.setAuthor("FICTIONAL")

    def width(self, s, font, size):
        return self.pdfmetrics.stringWidth(s, self.names[font], size)

    def text(self, x, y, s, font, size):
        self.c.setFont(self.names[font], size)
        self.c.drawString(x, self.H - y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y1, x2, self.H - y2)

    def fill(self, x, y, w, h, grey=0.88):
        self.c.setFillGray(grey)
        self.c.rect(x, self.H - y - h, w, h, fill=1, stroke=0)
        self.c.setFillGray(0)

    def new_page(self):
        self.c.showPage()

    def finish(self):
        self.c.showPage()
        self.c.save()


class ImageBackend:
    """Draws pages as greyscale images; hand=True writes P/L/H blocks in a handwriting-style font."""

    def __init__(self, family, pagesize, dpi, hand=False, ink=20, seed=0):
        self.W, self.H = pagesize
        self.s = dpi / 72.0
        self.family = family
        self.hand = hand
        self.ink = ink
        self.rnd = random.Random(seed)
        self.cache = {}
        self.pages = []
        self.baselines = {}
        self.new_page(first=True)

    def font(self, font, size):
        key = (font, round(size * self.s), self.hand)
        if key not in self.cache:
            path = HAND if (self.hand and font in "RBI") else FONT_DIR + FAMILIES[self.family][font]
            self.cache[key] = ImageFont.truetype(path, key[1])
        return self.cache[key]

    def width(self, s, font, size):
        return self.font(font, size).getlength(s) / self.s

    def text(self, x, y, s, font, size):
        f = self.font(font, size)
        if self.hand and font in "RBI":
            self.baselines.setdefault(len(self.pages) - 1, []).append(y)
            cx = x * self.s
            base = y * self.s
            drift = self.rnd.uniform(-0.4, 0.4)
            for i, w in enumerate(s.split(" ")):
                jy = base + self.rnd.uniform(-1.5, 1.5) + drift * i
                self.draw.text((cx, jy), w, font=f, fill=self.rnd.randint(10, 60), anchor="ls")
                cx += f.getlength(w + " ") + self.rnd.uniform(-0.5, 2.5)
        else:
            self.draw.text((x * self.s, y * self.s), s, font=f, fill=self.ink, anchor="ls")

    def line(self, x1, y1, x2, y2, w=0.5):
        self.draw.line([(x1 * self.s, y1 * self.s), (x2 * self.s, y2 * self.s)], fill=40,
                       width=max(1, round(w * self.s)))

    def fill(self, x, y, w, h, grey=0.88):
        self.draw.rectangle([x * self.s, y * self.s, (x + w) * self.s, (y + h) * self.s], fill=int(255 * grey))

    def new_page(self, first=False):
        img = Image.new("L", (round(self.W * self.s), round(self.H * self.s)), 255)
        self.pages.append(img)
        self.draw = ImageDraw.Draw(img)

    def finish(self):
        return self.pages


# ---------------------------------------------------------------- layout shared by the PDF and image backends

def wrap(be, text, font, size, avail):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if be.width(cand, font, size) <= avail or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout(be, doc):
    o = doc.opts
    margin = o.get("margin", 54)
    base = o.get("size", 10)
    x0, avail = margin, be.W - 2 * margin
    top = o.get("top", 62)
    bottom = be.H - o.get("bottom", 50)
    models = []
    n = len(doc.pages)
    for pi, page in enumerate(doc.pages):
        if pi:
            be.new_page()
        if "hand_pages" in o:
            be.hand = (pi + 1) in o["hand_pages"]
        base = o.get("page_sizes", {}).get(pi + 1, o.get("size", 10))
        lines = []
        if o.get("header"):
            hdr = o["header"].format(p=pi + 1, n=n)
            hs = 7.5
            while be.width(hdr, "R", hs) > avail:
                hs -= 0.25
                if hs < 5.5:
                    raise Overflow(f"{doc.file}: header too wide")
            hand, be.hand = getattr(be, "hand", False), False
            be.text(x0, 34, hdr, "R", hs)
            be.hand = hand
            be.line(x0, 39, be.W - margin, 39, 0.4)
            lines.append(hdr)
        y = top
        for b in page:
            if isinstance(b, H):
                size = {1: base + 4, 2: base + 1.5, 3: base}[b.level]
                y += size * (0.5 if b.level < 3 else 0.25)
                if be.width(b.text, "B", size) > avail:
                    raise Overflow(f"{doc.file} p{pi+1}: heading too wide: {b.text}")
                be.text(x0, y + size, b.text, "B", size)
                if b.level == 1:
                    be.line(x0, y + size + 4, be.W - margin, y + size + 4, 0.6)
                y += size * 1.55
                lines.append(b.text)
            elif isinstance(b, P):
                font = {"": "R", "b": "B", "i": "I", "s": "R"}[b.style]
                size = base - 1.5 if b.style == "s" else base
                lead = size * 1.34
                for ln in wrap(be, b.text, font, size, avail):
                    be.text(x0, y + size, ln, font, size)
                    y += lead
                y += size * 0.5
                lines.append(b.text)
            elif isinstance(b, L):
                font = {"": "R", "b": "B", "i": "I", "s": "R"}[b.style]
                size = base - 1.5 if b.style == "s" else base
                while be.width(b.text, font, size) > avail - b.indent:
                    size -= 0.25
                    if size < 7:
                        raise Overflow(f"{doc.file} p{pi+1}: line too wide: {b.text}")
                be.text(x0 + b.indent, y + size, b.text, font, size)
                y += size * 1.38
                lines.append(b.text)
            elif isinstance(b, T):
                y = table(be, doc, b, x0, y, avail, base, pi)
                y += 6
                if any(h for h in b.headers):
                    lines.append(" ".join(c for c in b.headers if c))
                for r in b.rows:
                    lines.append(" ".join(c for c in r if c))
            elif isinstance(b, M):
                for ln in b.lines:
                    if be.width(ln, "M", b.size) > avail:
                        raise Overflow(f"{doc.file} p{pi+1}: mono line too wide: {ln}")
                    be.text(x0, y + b.size, ln, "M", b.size)
                    y += b.size * 1.3
                    lines.append(ln)
                y += 4
            elif isinstance(b, Sp):
                y += b.h
            elif isinstance(b, PB):
                pass
            else:
                raise TypeError(b)
            if y > bottom:
                raise Overflow(f"{doc.file}: page {pi+1} overflows at {b}")
        if o.get("footer"):
            ftr = o["footer"].format(p=pi + 1, n=n)
            be.text(x0, be.H - 26, ftr, "R", 7.5)
            lines.append(ftr)
        models.append("\n".join(lines))
    return models


def table(be, doc, t, x0, y, avail, base, pi):
    ncol = max([len(t.headers)] + [len(r) for r in t.rows])
    hdrs = list(t.headers) + [""] * (ncol - len(t.headers))
    rows = [list(r) + [""] * (ncol - len(r)) for r in t.rows]
    pad = 3.5
    size = t.size or base - 1
    while True:
        need = []
        for ci in range(ncol):
            w = be.width(hdrs[ci], "B", size) if hdrs[ci] else 0
            for r in rows:
                w = max(w, be.width(r[ci], "R", size))
            need.append(w + 2 * pad)
        if t.widths:
            widths = [f * avail for f in t.widths]
            ok = all(n <= w + 0.01 for n, w in zip(need, widths))
        else:
            ok = sum(need) <= avail
            if ok:
                extra = (avail - sum(need)) / ncol
                widths = [n + extra for n in need]
        if ok:
            break
        size -= 0.25
        if size < 5.5:
            raise Overflow(f"{doc.file} p{pi+1}: table does not fit: {t.headers}")
    rowh = size * 1.62
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    yy = y
    has_hdr = any(hdrs)
    all_rows = ([hdrs] if has_hdr else []) + rows
    for ri, r in enumerate(all_rows):
        hdr = has_hdr and ri == 0
        if hdr:
            be.fill(x0, yy, xs[-1] - x0, rowh)
        be.line(x0, yy, xs[-1], yy, 0.5)
        for ci, cell in enumerate(r):
            if cell:
                be.text(xs[ci] + pad, yy + rowh - size * 0.45, cell, "B" if hdr else "R", size)
        yy += rowh
    be.line(x0, yy, xs[-1], yy, 0.5)
    for x in xs:
        be.line(x, y, x, yy, 0.5)
    return yy


LETTER = (612, 792)
LANDSCAPE = (792, 612)


def render_pdf(doc, path):
    be = PdfBackend(path, doc.opts.get("family", "sans"),
                    LANDSCAPE if doc.opts.get("landscape") else LETTER)
    models = layout(be, doc)
    be.finish()
    return models


def _speckle(img, rnd, n):
    px = img.load()
    w, h = img.size
    for _ in range(n):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice((0, 40, 90))


def render_scan(doc, path):
    """Image-only PDF: each page drawn at 200 dpi, tilted, blurred, speckled (a fax or copier scan)."""
    o = doc.opts
    rnd = random.Random(seed_of(doc.file))
    be = ImageBackend(o.get("family", "sans"), LETTER, 200, hand=o.get("hand", False), seed=seed_of(doc.file))
    models = layout(be, doc)
    out = []
    for pi, img in enumerate(be.finish()):
        if o.get("ruled") and (pi + 1) in o.get("hand_pages", [pi + 1]):
            from PIL import ImageChops
            paper = Image.new("L", img.size, 255)
            d = ImageDraw.Draw(paper)
            s = be.s
            # the writer wrote on the lines: a rule under every handwritten baseline, then evenly to the foot
            rules = [(b + 4) * s for b in be.baselines.get(pi, [])]
            yy = (rules[-1] if rules else 100 * s) + o["ruled"] * s
            while yy < img.size[1] - 40 * s:
                rules.append(yy)
                yy += o["ruled"] * s
            for yy in rules:
                d.line([(0, round(yy)), (img.size[0], round(yy))], fill=200, width=2)
            d.line([(70 * s, 0), (70 * s, img.size[1])], fill=215, width=2)
            img = ImageChops.darker(img, paper)
        ang = rnd.uniform(-1.1, 1.1)
        img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(o.get("blur", 0.75)))
        _speckle(img, rnd, 2500)
        out.append(img.convert("L"))
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:])
    return models


def render_photo(doc, path):
    """A phone photo of one printed page: serif print, cream paper, tilted on a dark desk, uneven light."""
    assert len(doc.pages) == 1, "a photo is one page"
    rnd = random.Random(seed_of(doc.file))
    be = ImageBackend(doc.opts.get("family", "serif"), LETTER, 150, seed=seed_of(doc.file))
    models = layout(be, doc)
    page = be.finish()[0].convert("RGB")
    w, h = page.size
    # cream paper tint
    tint = Image.new("RGB", page.size, (246, 240, 226))
    page = Image.composite(page, tint, page.convert("L").point(lambda v: 255 - v))
    canvas = Image.new("RGB", (int(w * 1.18), int(h * 1.14)), (38, 33, 30))
    ang = rnd.uniform(1.2, 2.0) * rnd.choice((-1, 1))
    rot = page.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(38, 33, 30))
    canvas.paste(rot, ((canvas.size[0] - rot.size[0]) // 2, (canvas.size[1] - rot.size[1]) // 2))
    # light falling off toward the bottom and one side
    cw, ch = canvas.size
    small = Image.new("L", (cw // 8 + 1, ch // 8 + 1))
    gd = small.load()
    for yy in range(small.size[1]):
        for xx in range(small.size[0]):
            gd[xx, yy] = 255 - int(70 * (yy / small.size[1]) ** 1.6) - int(25 * (xx / small.size[0]))
    grad = small.resize(canvas.size, Image.BILINEAR)
    dark = Image.new("RGB", canvas.size, (0, 0, 0))
    canvas = Image.composite(canvas, dark, grad)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.9))
    canvas.save(path, "JPEG", quality=84)
    return models


def render_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.title = "FICTIONAL sample record"
    d.core_properties.author = "FICTIONAL"
    st = d.styles["Normal"]
    st.font.name = doc.opts.get("docx_font", "Calibri")
    st.font.size = Pt(10.5)
    lines = []
    if doc.opts.get("header"):
        sec = d.sections[0]
        sec.header.paragraphs[0].text = doc.opts["header"]
        lines.append(doc.opts["header"])
    for pi, page in enumerate(doc.pages):
        if pi:
            raise ValueError("a DOCX document is one page in the model: use PB for page breaks")
        for b in page:
            if isinstance(b, H):
                d.add_heading(b.text, level=b.level)
                lines.append(b.text)
            elif isinstance(b, (P, L)):
                p = d.add_paragraph()
                r = p.add_run(b.text)
                r.bold = b.style == "b"
                r.italic = b.style == "i"
                if b.style == "s":
                    r.font.size = Pt(8.5)
                lines.append(b.text)
            elif isinstance(b, T):
                ncol = max([len(b.headers)] + [len(r) for r in b.rows])
                has_hdr = any(b.headers)
                tb = d.add_table(rows=0, cols=ncol)
                tb.style = "Table Grid"
                if has_hdr:
                    cells = tb.add_row().cells
                    for ci, c in enumerate(b.headers):
                        cells[ci].text = c
                        for r in cells[ci].paragraphs[0].runs:
                            r.bold = True
                    lines.append(" ".join(c for c in b.headers if c))
                for row in b.rows:
                    cells = tb.add_row().cells
                    for ci, c in enumerate(row):
                        cells[ci].text = c
                    lines.append(" ".join(c for c in row if c))
                d.add_paragraph()
            elif isinstance(b, M):
                for ln in b.lines:
                    p = d.add_paragraph()
                    r = p.add_run(ln)
                    r.font.name = "Courier New"
                    lines.append(ln)
            elif isinstance(b, Sp):
                d.add_paragraph()
            elif isinstance(b, PB):
                d.add_page_break()
            else:
                raise TypeError(b)
    if doc.opts.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc.opts["footer"]
        lines.append(doc.opts["footer"])
    d.save(path)
    return ["\n".join(lines)]


def render_txt(doc, path):
    width = doc.opts.get("width", 96)
    out = []
    if doc.opts.get("header"):
        out.append(doc.opts["header"])
    for pi, page in enumerate(doc.pages):
        if pi:
            raise ValueError("a TXT document is one page in the model")
        for b in page:
            if isinstance(b, H):
                out.append(b.text)
                if b.level < 3:
                    out.append(("=" if b.level == 1 else "-") * len(b.text))
            elif isinstance(b, P):
                out.extend(textwrap.wrap(b.text, width, break_long_words=False, break_on_hyphens=False))
                out.append("")
            elif isinstance(b, L):
                out.append(" " * int(b.indent) + b.text)
            elif isinstance(b, T):
                ncol = max([len(b.headers)] + [len(r) for r in b.rows])
                rows = ([list(b.headers) + [""] * (ncol - len(b.headers))] if any(b.headers) else []) + \
                       [list(r) + [""] * (ncol - len(r)) for r in b.rows]
                ws = [max(len(r[ci]) for r in rows) for ci in range(ncol)]
                for ri, r in enumerate(rows):
                    out.append(b.sep.join(c.ljust(ws[ci]) for ci, c in enumerate(r)).rstrip())
                    if ri == 0 and any(b.headers):
                        out.append(b.sep.join("-" * ws[ci] for ci in range(ncol)).rstrip())
                out.append("")
            elif isinstance(b, M):
                out.extend(b.lines)
            elif isinstance(b, Sp):
                out.append("")
            elif isinstance(b, PB):
                out.append("\f")
            else:
                raise TypeError(b)
    if doc.opts.get("footer"):
        out.append(doc.opts["footer"])
    text = "\n".join(out).rstrip() + "\n"
    with open(path, "w", encoding=doc.opts.get("encoding", "utf-8"), newline=doc.opts.get("newline")) as f:
        f.write(text)
    return [text]


RENDERERS = {"pdf": render_pdf, "scan": render_scan, "photo": render_photo, "docx": render_docx,
             "txt": render_txt}


def render(doc, path):
    return RENDERERS[doc.kind](doc, path)
