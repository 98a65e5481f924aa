"""Rendering of the document model for the notes15 set (FICTIONAL test data).

A document: {"file": name, "fmt": "pdf"|"scan"|"photo"|"docx"|"txt", "pages": [[block, ...], ...]}
Blocks: ("h", text) heading; ("p", text) paragraph; ("t", rows, widths) table, rows[0] the header,
widths fractions of the line; ("pre", text) preformatted lines; ("sp",) a little space.
The text of a page for checks: blocks in order, a table row = its cells joined by single spaces.
"""
import random
import re
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def page_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h", "p", "pre"):
            out.append(b[1])
        elif b[0] == "t":
            for row in b[1]:
                out.append(" ".join(c for c in row if c))
    return norm("\n".join(out))


# ---------------------------------------------------------------- PDF with a text layer
def render_pdf(doc, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    for nm, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf")):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, FONT_DIR + f))
    W, H = letter
    left, right = 54, W - 54
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(doc.get("title", doc["file"]))
    c.setAuthor("FICTIONAL test document")
    size = doc.get("size", 9.5)
    for pno, blocks in enumerate(doc["pages"], 1):
        y = H - 54
        for b in blocks:
            kind = b[0]
            if kind == "h":
                c.setFont("DVB", size + 1.5)
                for line in simpleSplit(b[1], "DVB", size + 1.5, right - left):
                    c.drawString(left, y, line)
                    y -= (size + 1.5) * 1.35
                y -= 2
            elif kind == "p":
                c.setFont("DV", size)
                for line in simpleSplit(b[1], "DV", size, right - left):
                    c.drawString(left, y, line)
                    y -= size * 1.35
                y -= 4
            elif kind == "pre":
                c.setFont("DVM", size - 1)
                for line in b[1].split("\n"):
                    c.drawString(left, y, line)
                    y -= (size - 1) * 1.3
                y -= 4
            elif kind == "sp":
                y -= 8
            elif kind == "t":
                rows, widths = b[1], b[2]
                tsize = b[3] if len(b) > 3 else size - 1
                xs = [left]
                for w in widths:
                    xs.append(xs[-1] + w * (right - left))
                rh = tsize * 1.6
                for ri, row in enumerate(rows):
                    font = "DVB" if ri == 0 else "DV"
                    c.setFont(font, tsize)
                    for ci, cell in enumerate(row):
                        cw = xs[ci + 1] - xs[ci] - 6
                        if pdfmetrics.stringWidth(cell, font, tsize) > cw:
                            raise ValueError(f"{doc['file']} p{pno}: cell too wide: {cell!r}")
                        c.drawString(xs[ci] + 3, y - tsize * 1.1, cell)
                    c.setLineWidth(0.4)
                    c.line(xs[0], y, xs[-1], y)
                    y -= rh
                c.line(xs[0], y, xs[-1], y)
                for x in xs:
                    c.line(x, y, x, y + rh * len(rows))
                y -= 10
            if y < 50:
                raise ValueError(f"{doc['file']} page {pno} overflows")
        c.setFont("DV", 7)
        c.drawString(left, 30, f"FICTIONAL test record - page {pno} of {len(doc['pages'])}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- images (scan, photo)
def _page_image(doc, blocks, dpi, hand=False):
    scale = dpi / 72.0
    W, H = int(612 * scale), int(792 * scale)
    if doc.get("landscape"):
        W, H = H, W
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    fname = "DejaVuSans-Oblique.ttf" if hand else "DejaVuSans.ttf"
    size = doc.get("size", 10.5)
    f = ImageFont.truetype(FONT_DIR + fname, int(size * scale))
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", int((size + 1) * scale))
    left, right = int(50 * scale), W - int(50 * scale)
    y = int(50 * scale)
    lh = int(size * 1.45 * scale)
    ink = 35

    def wrap(text, font, width):
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=font) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    for b in blocks:
        if b[0] == "h":
            for line in wrap(b[1], fb, right - left):
                d.text((left, y), line, font=fb, fill=ink)
                y += int(lh * 1.1)
            y += lh // 4
        elif b[0] in ("p", "pre"):
            src = b[1].split("\n") if b[0] == "pre" else [b[1]]
            for para in src:
                for line in wrap(para, f, right - left):
                    d.text((left, y), line, font=f, fill=ink)
                    y += lh
            y += lh // 3
        elif b[0] == "sp":
            y += lh // 2
        elif b[0] == "t":
            rows, widths = b[1], b[2]
            xs = [left]
            for w in widths:
                xs.append(xs[-1] + int(w * (right - left)))
            rh = int(lh * 1.35)
            top = y
            for ri, row in enumerate(rows):
                font = fb if ri == 0 else f
                for ci, cell in enumerate(row):
                    cw = xs[ci + 1] - xs[ci] - int(8 * scale)
                    if d.textlength(cell, font=font) > cw:
                        raise ValueError(f"{doc['file']}: image cell too wide: {cell!r}")
                    d.text((xs[ci] + int(4 * scale), y + int(3 * scale)), cell, font=font, fill=ink)
                y += rh
                d.line((xs[0], y, xs[-1], y), fill=doc.get("rule", 90), width=2)
            d.line((xs[0], top, xs[-1], top), fill=doc.get("rule", 90), width=2)
            for x in xs:
                d.line((x, top, x, y), fill=doc.get("rule", 90), width=2)
            y += lh // 2
        if y > H - 40 * scale:
            raise ValueError(f"{doc['file']} image page overflows")
    d.text((left, H - int(30 * scale)), "FICTIONAL test record", font=f, fill=ink)
    return img


def _noise(img, rng, amount):
    px = img.load()
    W, H = img.size
    for _ in range(int(W * H * amount)):
        x, y = rng.randrange(W), rng.randrange(H)
        px[x, y] = rng.choice((60, 120, 200))
    return img


def render_scan(doc, path, seed):
    rng = random.Random(seed)
    pages = []
    for blocks in doc["pages"]:
        img = _page_image(doc, blocks, 200, hand=doc.get("hand", False))
        img = img.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        img = _noise(img, rng, 0.0015)
        pages.append(img.convert("RGB"))
    pages[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])


def render_photo(doc, path, seed):
    rng = random.Random(seed)
    img = _page_image(doc, doc["pages"][0], 170, hand=doc.get("hand", True)).convert("RGB")
    img = img.rotate(rng.choice((-1, 1)) * rng.uniform(1.2, 2.2), resample=Image.BICUBIC, expand=True, fillcolor=(92, 74, 58))
    W, H = img.size
    bg = Image.new("RGB", (W + 120, H + 140), (96, 78, 60))
    bg.paste(img, (55, 70))
    # uneven light: darker toward the lower right
    vert = Image.linear_gradient("L").resize(bg.size)
    horiz = Image.linear_gradient("L").rotate(90).resize(bg.size)
    shade = Image.blend(vert, horiz, 0.5).point(lambda v: int(v * 0.3))
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, shade)
    bg = bg.filter(ImageFilter.GaussianBlur(0.9))
    bg.save(path, "JPEG", quality=82)


# ---------------------------------------------------------------- DOCX and TXT
def render_docx(doc, path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = doc.get("title", doc["file"])
    for bi, blocks in enumerate(doc["pages"]):
        for b in blocks:
            if b[0] == "h":
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(12)
            elif b[0] == "p":
                d.add_paragraph(b[1])
            elif b[0] == "pre":
                for line in b[1].split("\n"):
                    p = d.add_paragraph()
                    r = p.add_run(line)
                    r.font.name = "Courier New"
            elif b[0] == "sp":
                d.add_paragraph("")
            elif b[0] == "t":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for ri, row in enumerate(rows):
                    for ci, cell in enumerate(row):
                        t.cell(ri, ci).text = cell
                        if ri == 0:
                            for r in t.cell(ri, ci).paragraphs[0].runs:
                                r.bold = True
                d.add_paragraph("")
    d.save(path)


def render_txt(doc, path):
    out = []
    for blocks in doc["pages"]:
        for b in blocks:
            if b[0] == "h":
                out += [b[1], "-" * min(len(b[1]), 78)]
            elif b[0] == "p":
                out += textwrap.wrap(b[1], doc.get("wrap", 96)) + [""]
            elif b[0] == "pre":
                out += b[1].split("\n") + [""]
            elif b[0] == "sp":
                out.append("")
            elif b[0] == "t":
                rows = b[1]
                wid = [max(len(r[i]) for r in rows) + 2 for i in range(len(rows[0]))]
                for r in rows:
                    out.append("".join(c.ljust(w) for c, w in zip(r, wid)).rstrip())
                out.append("")
    with open(path, "w", encoding="utf-8", newline=doc.get("newline", "\n")) as fh:
        fh.write("\n".join(out) + "\n")


def render(doc, path, seed=0):
    fmt = doc["fmt"]
    if fmt == "pdf":
        render_pdf(doc, path)
    elif fmt == "scan":
        render_scan(doc, path, seed)
    elif fmt == "photo":
        render_photo(doc, path, seed)
    elif fmt == "docx":
        render_docx(doc, path)
    elif fmt == "txt":
        render_txt(doc, path)
    else:
        raise ValueError(fmt)
