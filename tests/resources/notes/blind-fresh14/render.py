"""Rendering for notes14b. A document is a list of pages; a page is a list of blocks:
("h", text) heading, ("p", text) paragraph, ("t", [[cell, ...], ...]) table (first row = header).
page_texts(doc) gives the text model each truth source is checked against (a table row = its cells joined
by single spaces)."""
import os
import random
import textwrap
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def page_texts(doc):
    out = []
    for page in doc:
        parts = []
        for kind, val in page:
            if kind == "t":
                for row in val:
                    parts.append(" ".join(row))
            else:
                parts.append(val)
        out.append("\n".join(parts))
    return out


# ---------------------------------------------------------------- PDF with a text layer
def render_pdf(doc, path, landscape_pages=False):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5)
    head = ParagraphStyle("h", parent=ss["Heading4"], fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6,
                          spaceAfter=3)
    cell = ParagraphStyle("c", parent=body, fontSize=8.3, leading=10)
    size = landscape(letter) if landscape_pages else letter
    story = []
    for i, page in enumerate(doc):
        if i:
            story.append(PageBreak())
        for kind, val in page:
            if kind == "h":
                story.append(Paragraph(escape(val), head))
            elif kind == "p":
                story.append(Paragraph(escape(val).replace("\n", "<br/>"), body))
                story.append(Spacer(1, 3))
            elif kind == "t":
                data = [[Paragraph(escape(c), cell) for c in row] for row in val]
                ncol = len(val[0])
                width = (size[0] - 1.4 * inch)
                weights = [max(len(r[j]) for r in val) + 6 for j in range(ncol)]
                tot = sum(weights)
                cw = [width * w / tot for w in weights]
                t = Table(data, colWidths=cw, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 5))
    SimpleDocTemplate(path, pagesize=size, leftMargin=0.7 * inch, rightMargin=0.7 * inch,
                      topMargin=0.6 * inch, bottomMargin=0.6 * inch).build(story)


# ---------------------------------------------------------------- DOCX
def render_docx(doc, path):
    import docx
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    for i, page in enumerate(doc):
        if i:
            d.add_page_break()
        for kind, val in page:
            if kind == "h":
                d.add_heading(val, level=2)
            elif kind == "p":
                d.add_paragraph(val)
            elif kind == "t":
                t = d.add_table(rows=len(val), cols=len(val[0]))
                t.style = "Table Grid"
                for r, row in enumerate(val):
                    for c, txt in enumerate(row):
                        t.cell(r, c).text = txt
                d.add_paragraph("")
    d.save(path)


# ---------------------------------------------------------------- TXT
def render_txt(doc, path):
    lines = []
    for page in doc:
        for kind, val in page:
            if kind == "h":
                lines += ["", val.upper(), "-" * min(len(val), 70)]
            elif kind == "p":
                for para in val.split("\n"):
                    lines += textwrap.wrap(para, 100) or [""]
                lines.append("")
            elif kind == "t":
                ncol = len(val[0])
                w = [max(len(r[j]) for r in val) for j in range(ncol)]
                for r in val:
                    lines.append("  ".join(r[j].ljust(w[j]) for j in range(ncol)).rstrip())
                lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).strip() + "\n")


# ---------------------------------------------------------------- scanned pages (image-only PDF) and photos
def _draw_page(page, hand=False, width=1700, height=2200, seed=0):
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 250)
    dr = ImageDraw.Draw(img)
    fsize = 30
    font = ImageFont.truetype(FONT_DIR + ("DejaVuSans-Oblique.ttf" if hand else "DejaVuSerif.ttf"), fsize)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", fsize + 2)
    small = ImageFont.truetype(FONT_DIR + ("DejaVuSans-Oblique.ttf" if hand else "DejaVuSerif.ttf"), 26)
    x0, y = 110, 110
    maxw = width - 2 * x0
    for kind, val in page:
        if kind == "h":
            dr.text((x0, y), val, font=bold, fill=20)
            y += fsize + 22
        elif kind == "p":
            for para in val.split("\n"):
                words, line = para.split(), ""
                for wd in words:
                    test = (line + " " + wd).strip()
                    if dr.textlength(test, font=font) > maxw:
                        dr.text((x0, y), line, font=font, fill=rnd.randint(15, 45))
                        y += fsize + 14
                        line = wd
                    else:
                        line = test
                if line:
                    dr.text((x0, y), line, font=font, fill=rnd.randint(15, 45))
                    y += fsize + 14
            y += 10
        elif kind == "t":
            ncol = len(val[0])
            w = [max(dr.textlength(r[j], font=small) for r in val) + 30 for j in range(ncol)]
            scale = min(1.0, maxw / sum(w))
            w = [c * scale for c in w]
            rowh = 50
            top = y
            for r, row in enumerate(val):
                x = x0
                for j, txt in enumerate(row):
                    f = small
                    # shrink a cell's text if it would overflow
                    while dr.textlength(txt, font=f) > w[j] - 12 and f.size > 14:
                        f = ImageFont.truetype(f.path, f.size - 1)
                    dr.text((x + 8, y + 10), txt, font=f, fill=20 if r == 0 else rnd.randint(15, 50))
                    x += w[j]
                y += rowh
            # grid
            xs = [x0]
            for c in w:
                xs.append(xs[-1] + c)
            for k in range(len(val) + 1):
                dr.line([(x0, top + k * rowh), (xs[-1], top + k * rowh)], fill=90, width=2)
            for xx in xs:
                dr.line([(xx, top), (xx, top + len(val) * rowh)], fill=90, width=2)
            y += 20
        if y > height - 120:
            raise ValueError("page overflow in scan")
    return img


def _degrade(img, seed, angle):
    rnd = random.Random(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    px = img.load()
    for _ in range(2500):
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        px[x, y] = rnd.randint(60, 160)
    return img


def render_scan(doc, path, hand=False, seed=1):
    imgs = []
    for i, page in enumerate(doc):
        img = _draw_page(page, hand=hand, seed=seed + i)
        img = _degrade(img, seed + i, angle=random.Random(seed + i).uniform(-1.4, 1.4))
        imgs.append(img.convert("RGB"))
    imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])


def render_photo(doc, path, seed=7):
    page = doc[0]
    img = _draw_page(page, hand=True, width=1500, height=2000, seed=seed)
    img = _degrade(img, seed, angle=-2.5).convert("RGB")
    # put the sheet on a darker "table" with uneven light
    bg = Image.new("RGB", (1700, 2250), (96, 78, 60))
    bg.paste(img, (100, 110))
    shade = Image.linear_gradient("L").resize(bg.size).rotate(30)
    bg = Image.composite(bg, Image.new("RGB", bg.size, (40, 35, 30)), shade.point(lambda v: 200 + v // 5))
    bg.save(path, "JPEG", quality=85)


def render(doc, path, fmt, **kw):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "scan": render_scan,
     "photo": render_photo}[fmt](doc, path, **kw)
