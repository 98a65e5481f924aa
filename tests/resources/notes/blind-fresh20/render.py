"""FICTIONAL test documents for notes20: renderers (text PDF, scanned PDF, phone photos, DOCX, TXT)."""
from __future__ import annotations

import hashlib
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfgen import canvas

import model
from model import Doc, layout, page_size

_font_cache: dict = {}


def _pil_font(key: str, px: float):
    k = (key, round(px * 4))
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(model.FONT_FILES[key], max(4, int(round(px))))
    return _font_cache[k]


def _seed(doc: Doc) -> int:
    return int(hashlib.sha256(doc.file.encode()).hexdigest()[:8], 16)


# ---------------------------------------------------------------- PDF with a text layer
def render_pdf(doc: Doc, path: Path):
    ops_pages, texts = layout(doc)
    W, H = page_size(doc)
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle(f"FICTIONAL sample document {doc.file}")
    c.setAuthor("FICTIONAL")
    for ops in ops_pages:
        for op in ops:
            if op["type"] == "text":
                c.setFont("N20-" + op["font"], op["size"])
                if op.get("hand"):
                    c.setFillColorRGB(0.1, 0.15, 0.55)
                else:
                    c.setFillColorRGB(0, 0, 0)
                c.drawString(op["x"], H - op["y"], op["text"])
            elif op["type"] == "line":
                c.setLineWidth(op["w"])
                c.setStrokeColorRGB(0, 0, 0)
                c.line(op["x1"], H - op["y1"], op["x2"], H - op["y2"])
        c.showPage()
    c.save()
    return texts


# ---------------------------------------------------------------- images
def _draw_pages(doc: Doc, dpi: int, paper=(255, 255, 255), ink=(20, 20, 20), hand_ink=(25, 40, 140)):
    ops_pages, texts = layout(doc)
    W, H = page_size(doc)
    s = dpi / 72.0
    rnd = random.Random(_seed(doc))
    images = []
    for ops in ops_pages:
        img = Image.new("RGB", (int(W * s), int(H * s)), paper)
        d = ImageDraw.Draw(img)
        for op in ops:
            if op["type"] == "line":
                d.line([(op["x1"] * s, op["y1"] * s), (op["x2"] * s, op["y2"] * s)], fill=ink,
                       width=max(1, int(op["w"] * s)))
            elif op["type"] == "text":
                if not op.get("hand"):
                    f = _pil_font(op["font"], op["size"] * s)
                    d.text((op["x"] * s, op["y"] * s), op["text"], font=f, fill=ink, anchor="ls")
                else:
                    _hand(img, op, s, rnd, hand_ink)
        images.append(img)
    return images, texts


def _hand(img: Image.Image, op, s: float, rnd: random.Random, colour):
    """Handwriting-like: an oblique face, word by word a little rotated, raised or lowered and resized."""
    x = op["x"] * s
    base = op["y"] * s
    space = model.width(" ", op["font"], op["size"]) * s
    for word in op["text"].split(" "):
        if not word:
            x += space
            continue
        px = op["size"] * s * rnd.uniform(0.97, 1.06)
        f = _pil_font("sans-i", px)
        bbox = f.getbbox(word, anchor="ls")
        wimg = Image.new("RGBA", (bbox[2] - bbox[0] + 8, bbox[3] - bbox[1] + 8), (0, 0, 0, 0))
        ImageDraw.Draw(wimg).text((4 - bbox[0], 4 - bbox[1]), word, font=f, fill=colour + (255,), anchor="ls")
        wimg = wimg.rotate(rnd.uniform(-2.2, 2.2), resample=Image.BICUBIC, expand=True)
        dy = rnd.uniform(-1.2, 1.2) * s
        img.paste(wimg, (int(x + bbox[0] - 4), int(base + bbox[1] - 4 + dy)), wimg)
        x += (bbox[2] - bbox[0]) + space * rnd.uniform(0.9, 1.25)


def render_scan(doc: Doc, path: Path, dpi: int = 200):
    """Image-only PDF: grey, slightly tilted, blurred, speckled, with a scanner shadow at one edge."""
    images, texts = _draw_pages(doc, dpi, ink=(15, 15, 15), hand_ink=(20, 20, 20))
    rnd = random.Random(_seed(doc) + 7)
    out = []
    for img in images:
        g = img.convert("L")
        g = g.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=250)
        g = g.filter(ImageFilter.GaussianBlur(0.55))
        px = g.load()
        w, h = g.size
        for _ in range(w * h // 900):
            xx, yy = rnd.randrange(w), rnd.randrange(h)
            px[xx, yy] = rnd.randint(60, 160)
        # shadow at the left edge and a faint grey cast
        shade = Image.new("L", (w, h), 0)
        sd = ImageDraw.Draw(shade)
        for i in range(int(w * 0.025)):
            sd.line([(i, 0), (i, h)], fill=int(110 * (1 - i / (w * 0.025))))
        g = Image.composite(Image.new("L", (w, h), 40), g, shade)
        g = g.point(lambda v: int(v * 0.93 + 8))
        out.append(g)
    out[0].save(str(path), "PDF", resolution=dpi, save_all=True, append_images=out[1:])
    return texts


def render_photos(doc: Doc, paths: list[Path], dpi: int = 220):
    """Phone photos (one JPEG a page): cream paper tilted on a dark desk, light falling off, slight blur."""
    images, texts = _draw_pages(doc, dpi, paper=(246, 240, 226), ink=(30, 28, 25))
    rnd = random.Random(_seed(doc) + 11)
    for img, p in zip(images, paths):
        w, h = img.size
        angle = rnd.choice([-1, 1]) * rnd.uniform(1.0, 2.0)
        paper = img.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
        bw, bh = paper.size
        desk = Image.new("RGB", (bw + 160, bh + 160), (58, 44, 34))
        dd = ImageDraw.Draw(desk)
        for i in range(0, desk.size[1], 7):
            dd.line([(0, i), (desk.size[0], i + 3)], fill=(64 + (i * 7) % 9, 48, 37))
        desk.paste(paper, (80, 80), paper)
        # light falling off toward the bottom and the right
        grad = Image.new("L", desk.size, 0)
        gd = ImageDraw.Draw(grad)
        W2, H2 = desk.size
        for yy in range(0, H2, 4):
            for_val = int(70 * (yy / H2) ** 1.6)
            gd.rectangle([0, yy, W2, yy + 4], fill=for_val)
        side = Image.new("L", desk.size, 0)
        sd = ImageDraw.Draw(side)
        for xx in range(0, W2, 4):
            sd.rectangle([xx, 0, xx + 4, H2], fill=int(45 * (xx / W2) ** 2))
        dark = Image.new("RGB", desk.size, (0, 0, 0))
        desk = Image.composite(dark, desk, grad)
        desk = Image.composite(dark, desk, side)
        desk = desk.filter(ImageFilter.GaussianBlur(0.6))
        desk.save(str(p), "JPEG", quality=86)
    return texts


# ---------------------------------------------------------------- DOCX
def render_docx(doc: Doc, path: Path):
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = {"serif": "Liberation Serif", "lsans": "Liberation Sans"}.get(doc.family, "DejaVu Sans")
    st.font.size = Pt(10)
    if doc.header:
        d.sections[0].header.paragraphs[0].text = doc.header
    texts = []
    for pi, blocks in enumerate(doc.pages):
        for b in blocks:
            if isinstance(b, model.Title):
                d.add_heading(b.text, level=0)
            elif isinstance(b, model.Heading):
                d.add_heading(b.text, level=2)
            elif isinstance(b, (model.Para, model.Line)):
                p = d.add_paragraph()
                r = p.add_run(b.text)
                if getattr(b, "bold", False):
                    r.bold = True
                if getattr(b, "italic", False):
                    r.italic = True
            elif isinstance(b, model.Form):
                p = d.add_paragraph()
                p.add_run(b.label + " ")
                r = p.add_run(b.answer)
                r.italic = True
            elif isinstance(b, model.Table):
                t = d.add_table(rows=1 + len(b.rows), cols=len(b.headers))
                t.style = "Table Grid"
                for ri, row in enumerate([b.headers] + b.rows):
                    for ci, cell in enumerate(row):
                        t.cell(ri, ci).text = cell
                        if ri == 0:
                            for r in t.cell(ri, ci).paragraphs[0].runs:
                                r.bold = True
                d.add_paragraph()
            elif isinstance(b, model.Mono):
                for ln in b.lines:
                    p = d.add_paragraph()
                    r = p.add_run(ln)
                    r.font.name = "DejaVu Sans Mono"
                    r.font.size = Pt(8.5)
            elif isinstance(b, model.Space):
                pass
            else:
                raise model.LayoutError(f"block not supported in DOCX: {b!r}")
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = "FICTIONAL sample document"
    d.save(str(path))
    return [docx_model_text(doc)]


def docx_model_text(doc: Doc) -> str:
    out = [doc.header] if doc.header else []
    for blocks in doc.pages:
        for b in blocks:
            if isinstance(b, (model.Title, model.Heading, model.Para, model.Line)):
                out.append(b.text)
            elif isinstance(b, model.Form):
                out.append(b.label + " " + b.answer)
            elif isinstance(b, model.Table):
                for row in [b.headers] + b.rows:
                    out.append(" ".join(c for c in row if c))
            elif isinstance(b, model.Mono):
                out.extend(b.lines)
    return "\n".join(out)


def docx_readback(path: Path) -> str:
    """The text python-docx reads back: header, then paragraphs and table rows in body order."""
    from docx import Document
    from docx.table import Table as DTable
    from docx.text.paragraph import Paragraph

    d = Document(str(path))
    out = [p.text for p in d.sections[0].header.paragraphs]
    for child in d.element.body.iterchildren():
        tag = child.tag.split("}")[-1]
        if tag == "p":
            out.append(Paragraph(child, d).text)
        elif tag == "tbl":
            for row in DTable(child, d).rows:
                out.append(" ".join(c.text for c in row.cells if c.text))
    return "\n".join(out)


# ---------------------------------------------------------------- TXT
def render_txt(doc: Doc, path: Path):
    path.write_text(doc.raw_text, encoding="utf-8")
    return [doc.raw_text]


def render(doc: Doc, folder: Path):
    """Write the document into folder; return (list of written paths, model text per page)."""
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / doc.file
    if doc.kind == "pdf":
        return [p], render_pdf(doc, p)
    if doc.kind == "scan":
        return [p], render_scan(doc, p)
    if doc.kind == "docx":
        return [p], render_docx(doc, p)
    if doc.kind == "txt":
        return [p], render_txt(doc, p)
    if doc.kind == "photo":
        # doc.file is a pattern with {n}: one JPEG a page
        paths = [folder / doc.file.format(n=i + 1) for i in range(len(doc.pages))]
        return paths, render_photos(doc, paths)
    raise ValueError(doc.kind)
