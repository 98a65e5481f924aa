"""FICTIONAL test documents for notes23: a small page model and its renderers (own code).

A document is a dict: file, fmt ("pdf", "scan", "photo", "docx", "txt"), header (running header text, or None),
font ("sans", "serif", "mono"), size (body size in points), pages: a list of pages, each a list of blocks:

    ("h", text)            heading (bold)
    ("p", text)            paragraph, wrapped to the page width
    ("l", text)            one line, never wrapped (a page that needs it wider fails the build)
    ("g",)                 a small vertical gap
    ("t", rows)            a table: list of rows, each a list of cell strings; the first row is the header;
                           cells never wrap (a table too wide is set smaller)

The text model of a page: each block's text on its own line; a table row is its non-empty cells joined by single
spaces. The self-check in make_set.py looks for every truth span in that model (whitespace normalised, case folded).
"""
import io
import math
import random
import subprocess
import textwrap

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.utils import simpleSplit

FONTDIR = "/usr/share/fonts/truetype/liberation2/"
FONTS = {
    "sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "mono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
}
for _k, (_r, _b) in FONTS.items():
    pdfmetrics.registerFont(TTFont("N23-" + _k, FONTDIR + _r))
    pdfmetrics.registerFont(TTFont("N23-" + _k + "-b", FONTDIR + _b))

PAGE_W, PAGE_H = 612.0, 792.0
MARGIN = 54.0


def norm(s):
    return " ".join(s.split()).casefold()


def page_model(page):
    out = []
    for b in page:
        if b[0] in ("h", "p", "l"):
            out.append(b[1])
        elif b[0] == "t":
            for row in b[1]:
                out.append(" ".join(c.strip() for c in row if c.strip()))
    return "\n".join(out)


def doc_models(doc):
    return [page_model(p) for p in doc["pages"]]


# ---------------------------------------------------------------- layout (points), shared by PDF and images
class LayoutError(Exception):
    pass


def layout(doc):
    """Return, for each page, a list of draw ops: ("text", x, y_from_top, fontname, size, str) and
    ("rule", x1, y, x2)."""
    fam = doc.get("font", "sans")
    reg, bold = "N23-" + fam, "N23-" + fam + "-b"
    size = doc.get("size", 10.0)
    lead = size * 1.32
    width = PAGE_W - 2 * MARGIN
    pages = []
    n = len(doc["pages"])
    for pno, page in enumerate(doc["pages"], 1):
        ops = []
        y = MARGIN
        if doc.get("header"):
            ops.append(("text", MARGIN, y, reg, size - 2, doc["header"]))
            ops.append(("rule", MARGIN, y + 4, PAGE_W - MARGIN))
            y += lead + 6
        for b in page:
            kind = b[0]
            if kind == "h":
                y += 3
                hs = size + 1.5
                for line in simpleSplit(b[1], bold, hs, width):
                    ops.append(("text", MARGIN, y + hs, bold, hs, line))
                    y += hs * 1.35
                y += 2
            elif kind == "p":
                for line in simpleSplit(b[1], reg, size, width):
                    ops.append(("text", MARGIN, y + size, reg, size, line))
                    y += lead
                y += size * 0.45
            elif kind == "l":
                if pdfmetrics.stringWidth(b[1], reg, size) > width + 0.5:
                    raise LayoutError("line too wide on %s p.%d: %r" % (doc["file"], pno, b[1][:60]))
                ops.append(("text", MARGIN, y + size, reg, size, b[1]))
                y += lead
            elif kind == "g":
                y += size * 0.8
            elif kind == "t":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                ts = size - 0.5
                while True:
                    pad = ts * 1.1
                    colw = [0.0] * ncol
                    for ri, r in enumerate(rows):
                        f = bold if ri == 0 else reg
                        for ci, c in enumerate(r):
                            colw[ci] = max(colw[ci], pdfmetrics.stringWidth(c, f, ts))
                    total = sum(colw) + pad * (ncol - 1)
                    if total <= width or ts < 6.0:
                        break
                    ts -= 0.25
                if total > width:
                    raise LayoutError("table too wide on %s p.%d" % (doc["file"], pno))
                tl = ts * 1.45
                ops.append(("rule", MARGIN, y + 1, MARGIN + total))
                for ri, r in enumerate(rows):
                    f = bold if ri == 0 else reg
                    x = MARGIN
                    for ci in range(ncol):
                        c = r[ci] if ci < len(r) else ""
                        if c:
                            ops.append(("text", x, y + ts + 2, f, ts, c))
                        x += colw[ci] + pad
                    y += tl
                    if ri == 0:
                        ops.append(("rule", MARGIN, y + 1, MARGIN + total))
                ops.append(("rule", MARGIN, y + 2, MARGIN + total))
                y += size * 0.7
            else:
                raise LayoutError("unknown block %r" % (kind,))
        if y > PAGE_H - MARGIN - 14:
            raise LayoutError("page overflows: %s p.%d (y=%.0f)" % (doc["file"], pno, y))
        foot = "Page %d of %d" % (pno, n)
        fw = pdfmetrics.stringWidth(foot, reg, size - 2)
        ops.append(("text", (PAGE_W - fw) / 2, PAGE_H - MARGIN + 10, reg, size - 2, foot))
        pages.append(ops)
    return pages


# ---------------------------------------------------------------- PDF with a text layer
def render_pdf(doc, path):
    c = rl_canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle("FICTIONAL sample record")
    c.setAuthor("FICTIONAL")
    for ops in layout(doc):
        for op in ops:
            if op[0] == "text":
                _, x, y, f, s, t = op
                c.setFont(f, s)
                c.drawString(x, PAGE_H - y, t)
            else:
                _, x1, y, x2 = op
                c.setLineWidth(0.5)
                c.line(x1, PAGE_H - y, x2, PAGE_H - y)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- page images (scan, photo)
def _page_images(doc, dpi, seed, wobble):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    scale = dpi / 72.0
    imgs = []
    fonts = {}
    for ops in layout(doc):
        im = Image.new("L", (int(PAGE_W * scale), int(PAGE_H * scale)), 250)
        d = ImageDraw.Draw(im)
        for op in ops:
            if op[0] == "text":
                _, x, y, f, s, t = op
                fam = f[4:]
                isbold = fam.endswith("-b")
                fam = fam[:-2] if isbold else fam
                key = (fam, isbold, round(s * scale))
                if key not in fonts:
                    fonts[key] = ImageFont.truetype(FONTDIR + FONTS[fam][1 if isbold else 0], key[2])
                ink = rnd.randint(15, 60)
                dy = rnd.uniform(-wobble, wobble) * scale
                d.text((x * scale, (y + dy) * scale), t, font=fonts[key], fill=ink, anchor="ls")
            else:
                _, x1, y, x2 = op
                d.line([(x1 * scale, y * scale), (x2 * scale, y * scale)], fill=90, width=max(1, int(scale / 2)))
        imgs.append(im)
    return imgs, rnd


def render_scan(doc, path, seed=23):
    """An image-only PDF: a typed page photocopied and scanned (grey, speckle, a small tilt)."""
    from PIL import Image, ImageFilter
    imgs, rnd = _page_images(doc, 200, seed, 0.35)
    out = []
    for im in imgs:
        px = im.load()
        w, h = im.size
        for _ in range(int(w * h / 900)):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.randint(120, 200)
        im = im.rotate(rnd.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=245)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        out.append(im.convert("RGB"))
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:])


def render_photos(doc, paths, seed=8):
    """One phone photo (JPEG) a page: the printed page on a desk, lit unevenly, slightly turned."""
    from PIL import Image, ImageFilter, ImageDraw
    imgs, rnd = _page_images(doc, 170, seed, 0.2)
    for im, path in zip(imgs, paths):
        w, h = im.size
        bg = Image.new("L", (int(w * 1.12), int(h * 1.10)), 95)
        bg.paste(im, (int(w * 0.05), int(h * 0.04)))
        bg = bg.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=95)
        # uneven light: darker toward one corner
        grad = Image.new("L", bg.size, 0)
        gd = ImageDraw.Draw(grad)
        for i in range(0, bg.size[1], 8):
            gd.rectangle([0, i, bg.size[0], i + 8], fill=int(40 * i / bg.size[1]))
        bg = Image.composite(Image.new("L", bg.size, 0), bg, grad.point(lambda v: v))
        bg = bg.filter(ImageFilter.GaussianBlur(0.6))
        rgb = Image.merge("RGB", (bg, bg.point(lambda v: int(v * 0.97)), bg.point(lambda v: int(v * 0.9))))
        rgb.save(path, "JPEG", quality=88)


# ---------------------------------------------------------------- Word
def render_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = {"serif": "Liberation Serif", "mono": "Liberation Mono"}.get(doc.get("font"), "Liberation Sans")
    st.font.size = Pt(doc.get("size", 10.5))
    if doc.get("header"):
        d.sections[0].header.paragraphs[0].text = doc["header"]
    for pi, page in enumerate(doc["pages"]):
        if pi:
            d.add_page_break()
        for b in page:
            if b[0] == "h":
                d.add_heading(b[1], level=2)
            elif b[0] in ("p", "l"):
                d.add_paragraph(b[1])
            elif b[0] == "g":
                d.add_paragraph("")
            elif b[0] == "t":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for ri, r in enumerate(rows):
                    for ci in range(ncol):
                        t.cell(ri, ci).text = r[ci] if ci < len(r) else ""
                        if ri == 0:
                            for run in t.cell(ri, ci).paragraphs[0].runs:
                                run.bold = True
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = "FICTIONAL sample record"
    d.save(path)


def docx_readback(path):
    """The text python-docx reads back: paragraphs and table rows (cells joined) in body order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append(" ".join(c.text.strip() for c in row.cells if c.text.strip()))
    return "\n".join(out)


# ---------------------------------------------------------------- plain text
def render_txt(doc, path, width=98):
    lines = []
    if doc.get("header"):
        lines += [doc["header"], ""]
    for pi, page in enumerate(doc["pages"]):
        for b in page:
            if b[0] == "h":
                lines += ["", b[1], "-" * min(len(b[1]), width)]
            elif b[0] == "p":
                lines += textwrap.wrap(b[1], width) + [""]
            elif b[0] == "l":
                lines.append(b[1])
            elif b[0] == "g":
                lines.append("")
            elif b[0] == "t":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                colw = [max(len(r[ci]) if ci < len(r) else 0 for r in rows) for ci in range(ncol)]
                for r in rows:
                    cells = [(r[ci] if ci < len(r) else "").ljust(colw[ci]) for ci in range(ncol)]
                    lines.append("  ".join(cells).rstrip())
                lines.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines).rstrip() + "\n")


def pdftotext_page(path, page):
    r = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-"],
                       capture_output=True, text=True, check=True)
    return r.stdout


def pdf_pages(path):
    r = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True)
    for line in r.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def pdf_has_text(path):
    return any(pdftotext_page(path, p).strip() for p in range(1, pdf_pages(path) + 1))
