"""Rendering of the fictional documents (notes16). Document model:
doc = {"file": name, "fmt": "pdf"|"scan"|"jpeg"|"docx"|"txt", "pages": [[block, ...], ...]}
block = ("title", text) | ("h", text) | ("p", text) | ("table", rows) | ("pre", text)
A table row's text (for the self-check) is its cells joined by single spaces."""
import math, random, textwrap
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_M = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_S = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def page_text(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            out += [" ".join(c for c in row) for row in b[1]]
        else:
            out.append(b[1])
    return "\n".join(out)


# ---------------------------------------------------------------- PDF (text layer)
def render_pdf(doc, path):
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Preformatted
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from xml.sax.saxutils import escape
    for n, f in (("DV", FONT), ("DVB", FONT_B), ("DVM", FONT_M), ("DVS", FONT_S)):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, f))
    size = landscape(letter) if doc.get("landscape") else letter
    body_font = "DVS" if doc.get("serif") else "DV"
    fs = doc.get("fontsize", 9.2)
    st_p = ParagraphStyle("p", fontName=body_font, fontSize=fs, leading=fs * 1.3, spaceAfter=4)
    st_h = ParagraphStyle("h", fontName="DVB", fontSize=fs + 0.6, leading=fs * 1.5, spaceBefore=5, spaceAfter=2)
    st_t = ParagraphStyle("t", fontName="DVB", fontSize=fs + 3, leading=fs * 1.8, spaceAfter=4)
    st_pre = ParagraphStyle("pre", fontName="DVM", fontSize=fs - 1, leading=fs * 1.2)
    story = []
    for i, blocks in enumerate(doc["pages"]):
        if i:
            story.append(PageBreak())
        for b in blocks:
            if b[0] == "title":
                story.append(Paragraph(escape(b[1]), st_t))
            elif b[0] == "h":
                story.append(Paragraph(escape(b[1]), st_h))
            elif b[0] == "p":
                story.append(Paragraph(escape(b[1]), st_p))
            elif b[0] == "pre":
                story.append(Preformatted(b[1], st_pre))
            elif b[0] == "table":
                t = Table(b[1], repeatRows=0)
                tfs = doc.get("tablefont", fs - 1.2)
                t.setStyle(TableStyle([
                    ("FONTNAME", (0, 0), (-1, -1), body_font), ("FONTNAME", (0, 0), (-1, 0), "DVB"),
                    ("FONTSIZE", (0, 0), (-1, -1), tfs), ("LEADING", (0, 0), (-1, -1), tfs * 1.2),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
                story += [Spacer(1, 3), t, Spacer(1, 5)]
    footer = doc.get("footer", "")

    def on_page(c, d):
        c.saveState()
        c.setFont("DV", 7)
        c.drawString(40, 22, f"{footer}   Page {d.page} of {len(doc['pages'])}")
        c.restoreState()
    SimpleDocTemplate(str(path), pagesize=size, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=40,
                      title="FICTIONAL", author="FICTIONAL").build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- images (scan, photo)
def _page_image(blocks, width=1700, height=2200, font=FONT, scale=1.0, footer=""):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("L", (width, height), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(font, int(27 * scale))
    fb = ImageFont.truetype(FONT_B, int(28 * scale))
    ft = ImageFont.truetype(FONT_B, int(38 * scale))
    fm = ImageFont.truetype(FONT_M, int(24 * scale))
    ftab = ImageFont.truetype(font, int(24 * scale))
    ftabb = ImageFont.truetype(FONT_B, int(24 * scale))
    x0, y = 95, 110
    maxw = width - 2 * x0
    lh = int(38 * scale)

    def wrap(text, fnt):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=fnt) <= maxw:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines
    for b in blocks:
        if b[0] in ("title", "h", "p"):
            fnt = {"title": ft, "h": fb, "p": f}[b[0]]
            if b[0] != "p":
                y += int(8 * scale)
            for ln in wrap(b[1], fnt):
                d.text((x0, y), ln, font=fnt, fill=0)
                y += lh + (10 if b[0] == "title" else 0)
            y += int(10 * scale)
        elif b[0] == "pre":
            for ln in b[1].split("\n"):
                d.text((x0, y), ln, font=fm, fill=0)
                y += int(32 * scale)
            y += 8
        elif b[0] == "table":
            rows = b[1]
            ncol = len(rows[0])
            widths = [max(d.textlength(r[i], font=ftabb if r is rows[0] else ftab) for r in rows) + 22 for i in range(ncol)]
            tot = sum(widths)
            if tot > maxw:
                raise ValueError(f"table too wide ({tot:.0f} > {maxw}): {rows[0]}")
            rh = int(44 * scale)
            y += 6
            for ri, r in enumerate(rows):
                x = x0
                for ci, c in enumerate(r):
                    d.rectangle([x, y, x + widths[ci], y + rh], outline=90, width=2)
                    d.text((x + 11, y + 8), c, font=ftabb if ri == 0 else ftab, fill=0)
                    x += widths[ci]
                y += rh
            y += 22
        if y > height - 120:
            raise ValueError("page overflow: " + str(b)[:80])
    if footer:
        d.text((x0, height - 80), footer, font=ImageFont.truetype(FONT, int(20 * scale)), fill=60)
    return img


def _scan_effects(img, seed, angle):
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    w, h = img.size
    for _ in range(2500):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice((0, 40, 90))
    return img


def render_scan(doc, path, seed=1):
    imgs = []
    for i, blocks in enumerate(doc["pages"]):
        img = _page_image(blocks, footer=doc.get("fax_header", "") + f"  P.{i + 1}/{len(doc['pages'])}")
        imgs.append(_scan_effects(img, seed + i, [0.9, -1.2, 0.6][i % 3]).convert("L"))
    imgs[0].save(str(path), "PDF", resolution=200, save_all=True, append_images=imgs[1:])


def render_jpeg(doc, path, seed=3):
    from PIL import Image, ImageFilter, ImageDraw
    blocks = doc["pages"][0]
    page = _page_image(blocks, width=1700, height=2200, font=FONT_S, footer=doc.get("footer", "")).convert("RGB")
    # paper tint and light falling off toward the lower right
    w, h = page.size
    grad = Image.new("L", (w, h))
    gd = ImageDraw.Draw(grad)
    for yy in range(0, h, 4):
        gd.rectangle([0, yy, w, yy + 4], fill=int(255 - 55 * (yy / h)))
    tint = Image.new("RGB", (w, h), (246, 240, 226))
    page = Image.composite(page, tint, page.convert("L").point(lambda v: 255 if v < 200 else 0))
    shade = Image.merge("RGB", [grad, grad, grad])
    from PIL import ImageChops
    page = ImageChops.multiply(page, shade)
    bg = Image.new("RGB", (w + 260, h + 300), (58, 46, 38))
    bg.paste(page, (130, 150))
    bg = bg.rotate(-1.6, resample=Image.BICUBIC, fillcolor=(58, 46, 38))
    bg = bg.filter(ImageFilter.GaussianBlur(0.9))
    bg.save(str(path), "JPEG", quality=84)


# ---------------------------------------------------------------- DOCX, TXT
def render_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = "FICTIONAL"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    for b in doc["pages"][0]:
        if b[0] == "title":
            d.add_heading(b[1], level=1)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] in ("p", "pre"):
            d.add_paragraph(b[1])
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
    d.save(str(path))


def render_txt(doc, path):
    out = []
    for b in doc["pages"][0]:
        if b[0] == "title":
            out += [b[1], "=" * min(len(b[1]), 100), ""]
        elif b[0] == "h":
            out += ["", b[1].upper(), ""]
        elif b[0] == "p":
            out += textwrap.wrap(b[1], 100, break_long_words=False, break_on_hyphens=False) + [""]
        elif b[0] == "pre":
            out += b[1].split("\n") + [""]
        elif b[0] == "table":
            rows = b[1]
            ws = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for i, r in enumerate(rows):
                out.append("  ".join(c.ljust(ws[j]) for j, c in enumerate(r)).rstrip())
                if i == 0:
                    out.append("  ".join("-" * x for x in ws))
            out.append("")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def render(doc, path, seed=1):
    fmt = doc["fmt"]
    {"pdf": render_pdf, "docx": render_docx, "txt": render_txt}.get(fmt, None) and \
        {"pdf": render_pdf, "docx": render_docx, "txt": render_txt}[fmt](doc, path)
    if fmt == "scan":
        render_scan(doc, path, seed)
    elif fmt == "jpeg":
        render_jpeg(doc, path, seed)
