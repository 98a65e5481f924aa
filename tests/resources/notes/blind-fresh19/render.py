"""Renderers for notes19 (FICTIONAL test records): text PDF, scanned image PDF, phone-photo JPEG, DOCX, TXT."""
import math
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfgen import canvas

import model

# ---------------------------------------------------------------- text PDF


def write_pdf(doc, path):
    pages = model.layout(doc)
    W, H = doc.pagesize
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=1)
    c.setTitle(f"FICTIONAL sample record: {doc.filename}")
    c.setAuthor("FICTIONAL")
    for ops in pages:
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, t, fn, s, col, hand = op
                c.setFillColorRGB(*(v / 255 for v in col))
                c.setFont(model.font(fn), s)
                c.drawString(x, H - y, t)
            elif kind == "line":
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.setStrokeColorRGB(0, 0, 0)
                c.line(x1, H - y1, x2, H - y2)
            elif kind == "fill":
                _, x, y, w, h, col = op
                c.setFillColorRGB(*(v / 255 for v in col))
                c.rect(x, H - y - h, w, h, stroke=0, fill=1)
            elif kind == "box":
                _, x, y, w, h = op
                c.setLineWidth(0.6)
                c.rect(x, H - y - h, w, h, stroke=1, fill=0)
            elif kind == "tick":
                _, x, y, w, h = op
                c.setLineWidth(1.2)
                c.line(x + 1, H - y - 1, x + w - 1, H - y - h + 1)
                c.line(x + 1, H - y - h + 1, x + w - 1, H - y - 1)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- raster
_fonts = {}


def _pil_font(fn, px):
    key = (fn, px)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(model.FONT_DIR[fn], px)
    return _fonts[key]


def raster_pages(doc, dpi, rng, hand_jitter=True):
    """Draw each page as a white grayscale/RGB image at dpi."""
    pages = model.layout(doc)
    W, H = doc.pagesize
    k = dpi / 72.0
    out = []
    for ops in pages:
        img = Image.new("RGB", (int(W * k), int(H * k)), (255, 255, 255))
        d = ImageDraw.Draw(img)
        for op in ops:
            kind = op[0]
            if kind == "fill":
                _, x, y, w, h, col = op
                d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], fill=col)
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, t, fn, s, col, hand = op
                if hand and hand_jitter:
                    _hand_text(img, x * k, y * k, t, fn, s * k, col, rng)
                else:
                    f = _pil_font(fn, max(6, int(round(s * k))))
                    d.text((x * k, y * k), t, font=f, fill=col, anchor="ls")
            elif kind == "line":
                _, x1, y1, x2, y2, lw = op
                d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=(0, 0, 0), width=max(1, int(lw * k)))
            elif kind == "box":
                _, x, y, w, h = op
                d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=(0, 0, 0), width=max(1, int(0.7 * k)))
            elif kind == "tick":
                _, x, y, w, h = op
                col = (25, 40, 120)
                j = lambda: rng.uniform(-0.8, 0.8) * k
                lw = max(2, int(1.3 * k))
                d.line([(x - 1) * k + j(), (y - 1) * k + j(), (x + w + 1) * k + j(), (y + h + 1) * k + j()], fill=col, width=lw)
                d.line([(x - 1) * k + j(), (y + h + 1) * k + j(), (x + w + 1) * k + j(), (y - 1) * k + j()], fill=col, width=lw)
        out.append(img)
    return out


def _hand_text(img, x, y, text, fn, px, col, rng):
    """Handwriting-like: word by word, each a little rotated, raised or lowered, and resized."""
    cx = x
    for word in text.split(" "):
        if not word:
            cx += px * 0.3
            continue
        size = max(8, int(px * rng.uniform(0.95, 1.06)))
        f = _pil_font(fn, size)
        bbox = f.getbbox(word, anchor="ls")
        wimg = Image.new("L", (bbox[2] - bbox[0] + 8, bbox[3] - bbox[1] + 8), 0)
        ImageDraw.Draw(wimg).text((4 - bbox[0], 4 - bbox[1]), word, font=f, fill=255, anchor="ls")
        ang = rng.uniform(-2.2, 2.2)
        wimg = wimg.rotate(ang, resample=Image.BICUBIC, expand=True)
        dy = rng.uniform(-0.07, 0.07) * px
        ox = int(cx + bbox[0] - 4)
        oy = int(y + bbox[1] - 4 + dy)
        colimg = Image.new("RGB", wimg.size, col)
        img.paste(colimg, (ox, oy), wimg)
        cx += (bbox[2] - bbox[0]) + f.getlength(" ") * rng.uniform(0.9, 1.25)


def write_scan_pdf(doc, path, seed):
    """An image-only PDF as a flatbed scan of a printed form filled in by hand: gray, a little skewed, speckled."""
    rng = random.Random(seed)
    dpi = 200
    imgs = []
    for img in raster_pages(doc, dpi, rng):
        g = img.convert("L")
        ang = rng.uniform(-0.7, 0.7)
        g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        g = g.filter(ImageFilter.GaussianBlur(0.55))
        px = g.load()
        w, h = g.size
        for _ in range(int(w * h / 2500)):
            xx, yy = rng.randrange(w), rng.randrange(h)
            px[xx, yy] = rng.choice((90, 140, 170))
        # paper tone and a faint scanner shadow at the left edge
        shade = Image.new("L", g.size, 0)
        sd = ImageDraw.Draw(shade)
        for i in range(40):
            sd.line([(i, 0), (i, h)], fill=int(60 * (1 - i / 40)))
        g = Image.composite(Image.new("L", g.size, 0), g, shade.point(lambda v: v // 2))
        g = g.point(lambda v: int(v * 0.94 + 8))
        imgs.append(g)
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def write_photo(doc, path_pattern, seed):
    """Each page a phone photo: paper on a dark desk, tilted, light falling off, slightly soft. Returns paths."""
    rng = random.Random(seed)
    dpi = 220
    paths = []
    for i, img in enumerate(raster_pages(doc, dpi, rng)):
        paper = Image.new("RGB", img.size, (246, 240, 226))
        mask = img.convert("L").point(lambda v: 255 - v)
        ink = Image.new("RGB", img.size, (30, 30, 38))
        # keep colored ink (handwriting) its own color
        paper.paste(img, (0, 0), mask)
        w, h = paper.size
        bw, bh = int(w * 1.12), int(h * 1.08)
        bg = Image.new("RGB", (bw, bh), (52, 44, 38))
        ang = rng.uniform(1.0, 2.0) * rng.choice((-1, 1))
        rot = paper.convert("RGBA").rotate(ang, resample=Image.BICUBIC, expand=True)
        bg.paste(rot, ((bw - rot.size[0]) // 2, (bh - rot.size[1]) // 2), rot)
        # light falloff toward the bottom and one side
        grad = Image.new("L", (bw, bh), 0)
        gd = ImageDraw.Draw(grad)
        side = rng.choice((0, 1))
        for yy in range(0, bh, 4):
            for xx in range(0, bw, 64):
                fx = xx / bw if side else 1 - xx / bw
                v = int(70 * (yy / bh) ** 1.6 + 35 * fx ** 2)
                gd.rectangle([xx, yy, xx + 64, yy + 4], fill=v)
        grad = grad.filter(ImageFilter.GaussianBlur(30))
        dark = Image.new("RGB", (bw, bh), (0, 0, 0))
        bg = Image.composite(dark, bg, grad)
        bg = bg.filter(ImageFilter.GaussianBlur(0.6))
        p = path_pattern.format(n=i + 1)
        bg.save(p, "JPEG", quality=86)
        paths.append(p)
    return paths


# ---------------------------------------------------------------- DOCX


def write_docx(doc, path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = {"DejaVuSerif": "Cambria", "LiberationSerif": "Times New Roman"}.get(doc.font, "Calibri")
    st.font.size = Pt(doc.size + 1)
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = f"FICTIONAL sample record: {doc.filename}"
    if doc.header:
        d.sections[0].header.paragraphs[0].text = doc.header
    for pi, blocks in enumerate(doc.pages):
        if pi:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for b in blocks:
            if isinstance(b, model.Title):
                d.add_heading(b.s, level=1)
            elif isinstance(b, model.Heading):
                d.add_heading(b.s, level=2)
            elif isinstance(b, (model.Para, model.Line)):
                para = d.add_paragraph()
                r = para.add_run(b.s)
                r.bold = getattr(b, "bold", False)
            elif isinstance(b, model.Form):
                d.add_paragraph(b.text())
            elif isinstance(b, model.Mono):
                for ln in b.lines:
                    para = d.add_paragraph()
                    r = para.add_run(ln)
                    r.font.name = "Courier New"
            elif isinstance(b, model.Table):
                t = d.add_table(rows=len(b.rows), cols=len(b.rows[0]))
                t.style = "Table Grid"
                for ri, row in enumerate(b.rows):
                    for ci, cell in enumerate(row):
                        t.cell(ri, ci).text = cell
                        if b.header and ri == 0:
                            for r in t.cell(ri, ci).paragraphs[0].runs:
                                r.bold = True
                d.add_paragraph()
            elif isinstance(b, (model.Space, model.Rule)):
                pass
    d.save(path)


def docx_text(path):
    """Text as python-docx reads it back: body paragraphs and tables in order, a row's cells joined by spaces."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            t = Table(el, d)
            for row in t.rows:
                out.append(" ".join(c.text for c in row.cells))
    for s in d.sections:
        out.insert(0, "\n".join(p.text for p in s.header.paragraphs))
    return "\n".join(out)


# ---------------------------------------------------------------- TXT


def write_txt(doc, path, width=100):
    lines = []
    if doc.header:
        lines += [doc.header, ""]
    for pi, blocks in enumerate(doc.pages):
        if pi:
            lines += ["", "-" * 40 + f" page {pi + 1} " + "-" * 40, ""]
        for b in blocks:
            if isinstance(b, model.Title):
                lines += [b.s, "=" * min(width, len(b.s)), ""]
            elif isinstance(b, model.Heading):
                lines += ["", b.s, "-" * min(width, len(b.s))]
            elif isinstance(b, model.Para):
                lines += textwrap.wrap(b.s, width, break_long_words=False, break_on_hyphens=False,
                                       initial_indent=" " * (b.indent // 6), subsequent_indent=" " * (b.indent // 6))
                lines.append("")
            elif isinstance(b, model.Line):
                lines.append(" " * (b.indent // 6) + b.s)
            elif isinstance(b, model.Form):
                lines.append(b.text())
            elif isinstance(b, model.Mono):
                lines += b.lines
                lines.append("")
            elif isinstance(b, model.Table):
                ncol = len(b.rows[0])
                ws = [max(len(r[c]) for r in b.rows) for c in range(ncol)]
                for ri, r in enumerate(b.rows):
                    lines.append("  ".join(cell.ljust(ws[c]) for c, cell in enumerate(r)).rstrip())
                    if b.header and ri == 0:
                        lines.append("  ".join("-" * w for w in ws))
                lines.append("")
            elif isinstance(b, model.Space):
                lines.append("")
            elif isinstance(b, model.Rule):
                lines.append("-" * 60)
    text = "\n".join(lines).rstrip() + "\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return text
