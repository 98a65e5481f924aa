"""FICTIONAL test records: my own page model and back ends (reportlab, Pillow, python-docx, plain text).

A document is {"file", "fmt", "pages"}; a page is a list of blocks: a string (one line), ("H", text) a heading,
("T", rows) a table (cells never wrap). fmt: pdf (text layer), scan (image-only PDF), photo (one JPEG per page;
each page is its own file, named in "files"), docx, txt.
"""
import datetime
import random
import re
import time
import zipfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

LIB = "/usr/share/fonts/truetype/liberation2/"
DEJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("LS", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSer", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerB", LIB + "LiberationSerif-Bold.ttf"))


class LayoutError(Exception):
    pass


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def page_lines(page):
    """The model's text of a page: one string a line; a table row = its non-empty cells joined by one space."""
    out = []
    for b in page:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "H":
            out.append(b[1])
        elif b[0] == "T":
            for row in b[1]:
                out.append(" ".join(c for c in row if c.strip()))
    return out


# ---------------------------------------------------------------- PDF with a text layer
def _col_widths(rows, width_fn, pad):
    n = max(len(r) for r in rows)
    return [max(width_fn(r[i]) if i < len(r) else 0 for r in rows) + pad for i in range(n)]


def write_pdf(path, doc, serif=False):
    W, H = letter
    left, right, top, bottom = 54, 54, 60, 60
    usable = W - left - right
    face, bold = ("LSer", "LSerB") if serif else ("LS", "LSB")
    size, lead = 9.5, 13.2
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle(doc.get("title", "FICTIONAL record"))
    c.setAuthor("FICTIONAL")
    n = len(doc["pages"])
    for pno, page in enumerate(doc["pages"], 1):
        c.setFont(face, 7.5)
        c.drawString(left, H - 36, doc.get("running", "FICTIONAL SAMPLE RECORD - not a real patient"))
        c.drawRightString(W - right, 36, f"Page {pno} of {n}")
        y = H - top
        for b in page:
            if isinstance(b, str):
                if pdfmetrics.stringWidth(b, face, size) > usable:
                    raise LayoutError(f"{doc['file']} p{pno}: line too wide: {b[:60]}")
                c.setFont(face, size)
                c.drawString(left, y, b)
                y -= lead
            elif b[0] == "H":
                y -= 3
                c.setFont(bold, size + 1.5)
                c.drawString(left, y, b[1])
                y -= lead + 2
            elif b[0] == "T":
                rows = b[1]
                ws = _col_widths(rows, lambda s: pdfmetrics.stringWidth(s, face, size - 0.5), 12)
                if sum(ws) > usable:
                    raise LayoutError(f"{doc['file']} p{pno}: table too wide ({sum(ws):.0f} pt)")
                for ri, row in enumerate(rows):
                    x = left
                    c.setFont(bold if ri == 0 else face, size - 0.5)
                    for ci, cell in enumerate(row):
                        c.drawString(x + 3, y, cell)
                        x += ws[ci]
                    c.setLineWidth(0.4)
                    c.line(left, y - 3.5, left + sum(ws), y - 3.5)
                    y -= lead
                y -= 4
            if y < bottom:
                raise LayoutError(f"{doc['file']} p{pno}: page overflows")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- images (scan, photo)
def _render_page_image(doc, page, pno, n, dpi, seed, font_path, size_px):
    rnd = random.Random(seed)
    Wp, Hp = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (Wp, Hp), 250)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(font_path, size_px)
    small = ImageFont.truetype(font_path, int(size_px * 0.75))
    left = int(0.75 * dpi)
    usable = Wp - 2 * left
    y = int(0.6 * dpi)
    d.text((left, y), doc.get("running", "FICTIONAL SAMPLE RECORD - not a real patient"), font=small, fill=60)
    y += int(size_px * 1.8)
    lead = int(size_px * 1.45)

    def line(x, text, f=font):
        ink = rnd.randint(10, 55)
        jit = rnd.randint(-2, 2)
        if d.textlength(text, font=f) > usable:
            raise LayoutError(f"{doc['file']} p{pno}: image line too wide: {text[:60]}")
        d.text((x, y + jit), text, font=f, fill=ink)

    for b in page:
        if isinstance(b, str):
            line(left, b)
            y += lead
        elif b[0] == "H":
            y += lead // 4
            line(left, b[1])
            d.line((left, y + size_px + 4, left + d.textlength(b[1], font=font), y + size_px + 4), fill=40, width=2)
            y += lead + lead // 4
        elif b[0] == "T":
            rows = b[1]
            ws = _col_widths(rows, lambda s: d.textlength(s, font=font), size_px)
            if sum(ws) > usable:
                raise LayoutError(f"{doc['file']} p{pno}: image table too wide")
            for row in rows:
                x = left
                for ci, cell in enumerate(row):
                    line(x + size_px // 3, cell)
                    x += ws[ci]
                d.line((left, y + lead - 6, left + sum(ws), y + lead - 6), fill=90, width=1)
                y += lead
            y += lead // 3
        if y > Hp - int(0.7 * dpi):
            raise LayoutError(f"{doc['file']} p{pno}: image page overflows")
    d.text((Wp - left - 200, Hp - int(0.5 * dpi)), f"Page {pno} of {n}", font=small, fill=60)
    return img, rnd, y


def write_scan(path, doc):
    imgs = []
    n = len(doc["pages"])
    for pno, page in enumerate(doc["pages"], 1):
        img, rnd, _ = _render_page_image(doc, page, pno, n, 200, 2500 + pno, DEJ + "DejaVuSansMono.ttf", 26)
        px = img.load()
        for _ in range(2500):
            x, y = rnd.randrange(img.width), rnd.randrange(img.height)
            px[x, y] = rnd.randint(120, 200)
        img = img.rotate(0.4, resample=Image.BICUBIC, fillcolor=250, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(img.convert("L"))
    fixed = time.strptime("2026-12-06 12:00:00", "%Y-%m-%d %H:%M:%S")
    imgs[0].save(str(path), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:],
                 creationDate=fixed, modDate=fixed, title="FICTIONAL scan", author="FICTIONAL")


def write_photo(path, doc, pno):
    page = doc["pages"][pno - 1]
    img, rnd, y = _render_page_image(doc, page, pno, len(doc["pages"]), 170, 2600 + pno,
                                     LIB + "LiberationSerif-Italic.ttf", 29)
    # a phone photo of the written part of the notebook page only
    img = img.crop((0, 0, img.width, min(img.height, y + 220)))
    paper = Image.merge("RGB", (img.point(lambda v: min(255, v + 3)), img.point(lambda v: v * 0.97),
                                img.point(lambda v: v * 0.88)))
    # light falling off toward the bottom
    shade = Image.linear_gradient("L").resize(paper.size).point(lambda v: 255 - v // 6)
    paper = Image.composite(paper, Image.new("RGB", paper.size, (0, 0, 0)), shade)
    bg = Image.new("RGB", (paper.width + 260, paper.height + 260), (48, 40, 34))
    rot = paper.rotate(-1.2 if pno % 2 else 0.9, resample=Image.BICUBIC, expand=True, fillcolor=(48, 40, 34))
    bg.paste(rot, (130 - (rot.width - paper.width) // 2, 130 - (rot.height - paper.height) // 2))
    bg = bg.filter(ImageFilter.GaussianBlur(0.7))
    bg.save(str(path), "JPEG", quality=86)


# ---------------------------------------------------------------- DOCX, TXT
def write_docx(path, doc):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = doc.get("title", "FICTIONAL record")
    d.sections[0].header.paragraphs[0].text = doc.get("running", "FICTIONAL SAMPLE RECORD - not a real patient")
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    for page in doc["pages"]:
        for b in page:
            if isinstance(b, str):
                d.add_paragraph(b)
            elif b[0] == "H":
                d.add_heading(b[1], level=2)
            elif b[0] == "T":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
                t.style = "Table Grid"
                for ri, row in enumerate(rows):
                    for ci, cell in enumerate(row):
                        t.cell(ri, ci).text = cell
    d.core_properties.created = datetime.datetime(2026, 12, 6, 12, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 12, 6, 12, 0, 0)
    d.core_properties.last_modified_by = "FICTIONAL"
    d.core_properties.revision = 1
    d.save(str(path))
    # fixed zip entry times, so a rebuild is byte-identical
    with zipfile.ZipFile(str(path)) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def txt_text(doc):
    out = [doc.get("running", "FICTIONAL SAMPLE RECORD - not a real patient"), ""]
    for page in doc["pages"]:
        for b in page:
            if isinstance(b, str):
                if len(b) > 110:
                    raise LayoutError(f"{doc['file']}: txt line over 110: {b[:60]}")
                out.append(b)
            elif b[0] == "H":
                out += ["", b[1], "-" * len(b[1])]
            elif b[0] == "T":
                rows = b[1]
                ws = [max(len(r[i]) if i < len(r) else 0 for r in rows) + 2 for i in range(max(map(len, rows)))]
                for ri, row in enumerate(rows):
                    s = "".join(cell.ljust(ws[ci]) for ci, cell in enumerate(row)).rstrip()
                    if len(s) > 110:
                        raise LayoutError(f"{doc['file']}: txt table row over 110")
                    out.append(s)
                    if ri == 0:
                        out.append("-" * len(s))
                out.append("")
    return "\n".join(out) + "\n"
