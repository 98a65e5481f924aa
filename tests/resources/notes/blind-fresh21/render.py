"""FICTIONAL test-set generator, notes21: renderers for the document model (model.py).

pdf  : a PDF with a text layer (reportlab), drawn from the layout engine's operations
scan : an image-only PDF (Pillow): the same operations drawn at 200 dpi, greyed, tilted, blurred, speckled
png  : a phone screenshot (Pillow, 3x the phone's points), crisp, one file a page
docx : python-docx, from the blocks
txt  : plain text, from the blocks
"""
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfgen import canvas as rl_canvas

import model as M


def render(doc, path):
    {"pdf": render_pdf, "scan": render_scan, "png": render_png, "docx": render_docx,
     "txt": render_txt}[doc.fmt](doc, path)


# ------------------------------------------------------------------ PDF with a text layer
def render_pdf(doc, path):
    c = None
    for i in range(len(doc.pages)):
        (W, H), ops = M.layout(doc, i)
        if c is None:
            c = rl_canvas.Canvas(str(path), pagesize=(W, H))
            c.setTitle("FICTIONAL sample record")
            c.setAuthor("FICTIONAL")
        else:
            c.setPageSize((W, H))
        for op in ops:
            if op[0] == "text":
                _, x, y, s, fam, st, sz, col = op
                c.setFillColorRGB(*col)
                c.setFont(M.font_name(fam, st), sz)
                c.drawString(x, H - y, s)
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw, col = op
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
            elif op[0] == "rect":
                _, x, y, w, h, fill, stroke, rad = op
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                c.roundRect(x, H - y - h, w, h, rad, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ raster pages
_fonts = {}


def _font(fam, st, px):
    key = (fam, st, px)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(M.font_path(fam, st), px)
    return _fonts[key]


def _raster(doc, i, scale, paper=(255, 255, 255)):
    (W, H), ops = M.layout(doc, i)
    img = Image.new("RGB", (int(W * scale), int(H * scale)), paper)
    d = ImageDraw.Draw(img)
    for op in ops:
        if op[0] == "rect":
            _, x, y, w, h, fill, stroke, rad = op
            box = [x * scale, y * scale, (x + w) * scale, (y + h) * scale]
            f = tuple(int(v * 255) for v in fill) if fill else None
            s = tuple(int(v * 255) for v in stroke) if stroke else None
            if rad:
                d.rounded_rectangle(box, radius=rad * scale, fill=f, outline=s, width=max(1, int(scale * 0.6)))
            else:
                d.rectangle(box, fill=f, outline=s)
    for op in ops:
        if op[0] == "line":
            _, x1, y1, x2, y2, lw, col = op
            d.line([x1 * scale, y1 * scale, x2 * scale, y2 * scale], fill=tuple(int(v * 255) for v in col),
                   width=max(1, int(lw * scale)))
        elif op[0] == "text":
            _, x, y, s, fam, st, sz, col = op
            d.text((x * scale, y * scale), s, font=_font(fam, st, max(6, round(sz * scale))),
                   fill=tuple(int(v * 255) for v in col), anchor="ls")
    return img


def render_scan(doc, path, dpi=200):
    rnd = random.Random(doc.filename)
    pages = []
    for i in range(len(doc.pages)):
        img = _raster(doc, i, dpi / 72.0).convert("L")
        angle = rnd.uniform(-0.7, 0.7)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        px = img.load()
        w, h = img.size
        for _ in range(int(w * h / 2500)):  # speckles
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((40, 90, 200))
        # a scanner's shadow at the left edge and a faint grey cast
        shade = Image.new("L", (w, h), 0)
        sd = ImageDraw.Draw(shade)
        for x in range(60):
            sd.line([x, 0, x, h], fill=int(120 * (1 - x / 60)))
        img = Image.composite(Image.new("L", (w, h), 110), img, shade)
        img = img.point(lambda v: int(v * 0.93 + 8))
        pages.append(img)
    pages[0].save(str(path), save_all=True, append_images=pages[1:], resolution=dpi)


def render_png(doc, path):
    assert len(doc.pages) == 1, "one screenshot a file"
    img = _raster(doc, 0, 3.0, paper=(255, 255, 255))
    img.save(str(path), optimize=True)


# ------------------------------------------------------------------ DOCX and TXT
def render_docx(doc, path):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = {"serif": "Liberation Serif", "sans": "Liberation Sans"}.get(doc.family, "Liberation Sans")
    st.font.size = Pt(doc.size + 1)
    if doc.header:
        d.sections[0].header.paragraphs[0].text = doc.header
    for k, p in enumerate(doc.pages):
        if k:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for b in p.blocks:
            if isinstance(b, M.Title):
                d.add_heading(b.text, 0)
            elif isinstance(b, M.Heading):
                d.add_heading(b.text, 1)
            elif isinstance(b, (M.Sub, M.Line)):
                para = d.add_paragraph()
                r = para.add_run(b.text)
                if isinstance(b, M.Line) and b.bold:
                    r.bold = True
            elif isinstance(b, M.Para):
                para = d.add_paragraph()
                r = para.add_run(b.text)
                r.italic = b.italic
            elif isinstance(b, M.Form):
                para = d.add_paragraph()
                para.add_run(b.label + " ").bold = True
                r = para.add_run(b.answer)
                r.font.color.rgb = RGBColor(0x1a, 0x33, 0x99)
            elif isinstance(b, M.Table):
                t = d.add_table(rows=1 + len(b.rows), cols=len(b.header))
                t.style = "Table Grid"
                for r_i, row in enumerate([b.header] + list(b.rows)):
                    for c, txt in enumerate(row):
                        cell = t.cell(r_i, c)
                        cell.text = txt
                        if r_i == 0:
                            for run in cell.paragraphs[0].runs:
                                run.bold = True
            elif isinstance(b, M.Mono):
                for ln in b.lines:
                    para = d.add_paragraph()
                    r = para.add_run(ln)
                    r.font.name = "Liberation Mono"
            elif isinstance(b, M.Gap):
                d.add_paragraph()
            else:
                raise TypeError(b)
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = "FICTIONAL sample record"
    d.save(str(path))


def docx_text(path):
    """The body text python-docx reads back: paragraphs and table rows (cells joined by spaces), in order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(path))
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append(" ".join(c.text for c in row.cells if c.text))
    return "\n".join(out)


def render_txt(doc, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(M.txt_lines(doc)).rstrip() + "\n")
