"""Renderers for the FICTIONAL notes18 set: one layout, drawn as a PDF text layer (reportlab), as a faxed scan
(Pillow, image-only PDF) or as a phone photo (Pillow, JPEG); Word through python-docx; plain text as written.
"""
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from model import Gap, H, L, M, P, Rule, T, Title

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation2/"
FONTS = {
    "sans": DJ + "DejaVuSans.ttf", "sans-b": DJ + "DejaVuSans-Bold.ttf",
    "serif": DJ + "DejaVuSerif.ttf", "serif-b": DJ + "DejaVuSerif-Bold.ttf",
    "lsans": LB + "LiberationSans-Regular.ttf", "lsans-b": LB + "LiberationSans-Bold.ttf",
    "lserif": LB + "LiberationSerif-Regular.ttf", "lserif-b": LB + "LiberationSerif-Bold.ttf",
    "mono": DJ + "DejaVuSansMono.ttf", "mono-b": DJ + "DejaVuSansMono-Bold.ttf",
}
for _k, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, _p))


class LayoutError(Exception):
    pass


def width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap(text, font, size, avail):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if width(t, font, size) <= avail or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    for ln in lines:
        if width(ln, font, size) > avail:
            raise LayoutError("word too long to wrap: " + ln[:40])
    return lines


def layout(doc):
    """Positioned drawing operations per page, top-left origin, in points."""
    W, Hh = (792, 612) if doc.landscape else (612, 792)
    mx, top, bottom = 54, 58, Hh - 50
    avail = W - 2 * mx
    reg, bold = doc.font, doc.font + "-b"
    pages = []
    npg = len(doc.pages)
    for pi, page in enumerate(doc.pages, 1):
        ops = []
        if doc.header:
            ops.append(("text", mx, 34, reg, 7.6, doc.header, 90))
            ops.append(("line", mx, 39, W - mx, 39, 0.4))
        if doc.footer:
            f = "Page %d of %d" % (pi, npg)
            ops.append(("text", W - mx - width(f, reg, 7.6), Hh - 28, reg, 7.6, f, 90))
        y = top
        for b in page.blocks:
            if isinstance(b, Title):
                y += b.size
                ops.append(("text", mx, y, bold, b.size, b.text, 0))
                y += b.size * 0.55
            elif isinstance(b, H):
                y += 5 + b.size
                ops.append(("text", mx, y, bold, b.size, b.text, 0))
                y += b.size * 0.4
            elif isinstance(b, P):
                f = bold if b.bold else reg
                for ln in wrap(b.text, f, b.size, avail - b.indent):
                    y += b.size * 1.32
                    ops.append(("text", mx + b.indent, y, f, b.size, ln, 0))
                y += b.size * 0.5
            elif isinstance(b, L):
                f = ("mono-b" if b.bold else "mono") if b.mono else (bold if b.bold else reg)
                size = b.size
                while width(b.text, f, size) > avail - b.indent:
                    size -= 0.2
                    if size < 6.4:
                        raise LayoutError("line too long: " + b.text[:50])
                y += size * 1.36
                ops.append(("text", mx + b.indent, y, f, size, b.text, 0))
            elif isinstance(b, M):
                size = b.size
                longest = max(b.lines, key=len) if b.lines else ""
                while width(longest, "mono", size) > avail:
                    size -= 0.2
                    if size < 6.0:
                        raise LayoutError("mono block too wide: " + longest[:50])
                for ln in b.lines:
                    y += size * 1.3
                    if ln:
                        ops.append(("text", mx, y, "mono", size, ln, 0))
                y += 3
            elif isinstance(b, T):
                size, pad = b.size, 4.0
                ncol = max(len(r) for r in b.rows)
                while True:
                    nat = [0.0] * ncol
                    for ri, r in enumerate(b.rows):
                        f = bold if (b.header and ri == 0) else reg
                        for ci, c in enumerate(r):
                            nat[ci] = max(nat[ci], width(str(c), f, size) + 2 * pad + 1)
                    if sum(nat) <= avail:
                        break
                    size -= 0.2
                    if size < 6.0:
                        raise LayoutError("table too wide: " + " | ".join(map(str, b.rows[0])))
                if b.full:
                    extra = (avail - sum(nat)) / ncol
                    nat = [n + extra for n in nat]
                rh = size * 1.75
                y += 4
                x0 = mx
                for ri, r in enumerate(b.rows):
                    hdr = b.header and ri == 0
                    if hdr:
                        ops.append(("fill", x0, y, sum(nat), rh, 225))
                    x = x0
                    for ci in range(ncol):
                        c = str(r[ci]) if ci < len(r) else ""
                        if c:
                            ops.append(("text", x + pad, y + rh - size * 0.55, bold if hdr else reg, size, c, 0))
                        x += nat[ci]
                    if b.grid or ri == 1:
                        ops.append(("line", x0, y, x0 + sum(nat), y, 0.5))
                    y += rh
                ops.append(("line", x0, y, x0 + sum(nat), y, 0.5))
                top_y = y - rh * len(b.rows)
                x = x0
                for ci in range(ncol + 1):
                    if b.grid:
                        ops.append(("line", x, top_y, x, y, 0.5))
                    if ci < ncol:
                        x += nat[ci]
                y += 6
            elif isinstance(b, Gap):
                y += b.h
            elif isinstance(b, Rule):
                y += 5
                ops.append(("line", mx, y, W - mx, y, 0.6))
                y += 3
            if y > bottom:
                raise LayoutError("%s: page %d overflows" % (doc.name, pi))
        pages.append(ops)
    return (W, Hh), pages


def draw_pdf(doc, path):
    (W, Hh), pages = layout(doc)
    c = rl_canvas.Canvas(str(path), pagesize=(W, Hh))
    c.setTitle(doc.name + " (FICTIONAL)")
    c.setAuthor("FICTIONAL test record")
    for ops in pages:
        for op in ops:
            if op[0] == "text":
                _, x, y, f, size, s, grey = op
                c.setFillGray(grey / 255.0 if grey else 0)
                c.setFont(f, size)
                c.drawString(x, Hh - y, s)
            elif op[0] == "line":
                _, x1, y1, x2, y2, w = op
                c.setLineWidth(w)
                c.line(x1, Hh - y1, x2, Hh - y2)
            elif op[0] == "fill":
                _, x, y, w, h, grey = op
                c.setFillGray(grey / 255.0)
                c.rect(x, Hh - y - h, w, h, fill=1, stroke=0)
                c.setFillGray(0)
        c.showPage()
    c.save()


_font_cache = {}


def _pil_font(key, px):
    k = (key, px)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(FONTS[key], px)
    return _font_cache[k]


def draw_image(W, Hh, ops, dpi, paper=255, ink=0):
    s = dpi / 72.0
    img = Image.new("RGB" if isinstance(paper, tuple) else "L", (int(W * s), int(Hh * s)), paper)
    d = ImageDraw.Draw(img)
    for op in ops:
        if op[0] == "text":
            _, x, y, f, size, txt, grey = op
            col = grey if grey else ink
            if isinstance(paper, tuple):
                col = (col, col, col) if isinstance(col, int) else col
            d.text((x * s, y * s), txt, font=_pil_font(f, max(6, round(size * s))), fill=col, anchor="ls")
        elif op[0] == "line":
            _, x1, y1, x2, y2, w = op
            col = (60, 60, 60) if isinstance(paper, tuple) else 40
            d.line((x1 * s, y1 * s, x2 * s, y2 * s), fill=col, width=max(1, round(w * s)))
        elif op[0] == "fill":
            _, x, y, w, h, grey = op
            col = (grey, grey, grey) if isinstance(paper, tuple) else grey
            d.rectangle((x * s, y * s, (x + w) * s, (y + h) * s), fill=col)
    return img


def draw_scan(doc, path):
    """An image-only PDF that looks faxed: 200 dpi, tilted, a little blurred and speckled, binarised."""
    (W, Hh), pages = layout(doc)
    rnd = random.Random(doc.seed)
    imgs = []
    for pi, ops in enumerate(pages, 1):
        if doc.fax_header:
            fx = doc.fax_header.replace("{p}", str(pi)).replace("{n}", str(len(pages)))
            ops = [("text", 20, 14, "mono", 7.2, fx, 0)] + ops
        img = draw_image(W, Hh, ops, 200)
        img = img.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.55))
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 2500):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = 0 if rnd.random() < 0.5 else 255
        img = img.point(lambda v: 0 if v < 150 else 255).convert("L")
        imgs.append(img)
    imgs[0].save(str(path), save_all=True, append_images=imgs[1:], resolution=200.0)


def draw_photo(doc, path):
    """A phone photo (JPEG) of a printed page: cream paper, tilted on a dark desk, uneven light, slight blur."""
    (W, Hh), pages = layout(doc)
    rnd = random.Random(doc.seed)
    page = draw_image(W, Hh, pages[0], 220, paper=(247, 242, 230), ink=(28, 28, 32))
    ang = rnd.uniform(1.0, 1.8) * (1 if doc.seed % 2 else -1)
    pw, ph = page.size
    bg = Image.new("RGB", (int(pw * 1.12), int(ph * 1.08)), (52, 44, 38))
    mask = Image.new("L", page.size, 255)
    rp = page.rotate(ang, resample=Image.BICUBIC, expand=True)
    rm = mask.rotate(ang, resample=Image.BICUBIC, expand=True)
    ox, oy = (bg.size[0] - rp.size[0]) // 2 + 8, (bg.size[1] - rp.size[1]) // 2 - 6
    bg.paste(rp, (ox, oy), rm)
    # light falling off toward the bottom and one side
    gw, gh = bg.size
    sw, sh = gw // 8 + 1, gh // 8 + 1
    shade = Image.new("L", (sw, sh))
    sp = shade.load()
    for yy in range(sh):
        for xx in range(sw):
            sp[xx, yy] = 255 - int(60 * (yy / sh) ** 1.6) - int(35 * (xx / sw))
    shade = shade.resize((gw, gh), Image.BILINEAR)
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(bg, dark, shade)
    bg = bg.filter(ImageFilter.GaussianBlur(0.6))
    bg.save(str(path), "JPEG", quality=87)


def draw_docx(doc, path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for pg in doc.pages:
        for b in pg.blocks:
            if isinstance(b, Title):
                d.add_heading(b.text, level=1)
            elif isinstance(b, H):
                d.add_heading(b.text, level=2)
            elif isinstance(b, P):
                para = d.add_paragraph()
                run = para.add_run(b.text)
                run.bold = b.bold
            elif isinstance(b, L):
                para = d.add_paragraph()
                run = para.add_run(b.text)
                run.bold = b.bold
                if b.mono:
                    run.font.name = "Courier New"
                para.paragraph_format.space_after = Pt(0)
            elif isinstance(b, M):
                for ln in b.lines:
                    para = d.add_paragraph()
                    run = para.add_run(ln)
                    run.font.name = "Courier New"
                    run.font.size = Pt(9)
                    para.paragraph_format.space_after = Pt(0)
            elif isinstance(b, T):
                ncol = max(len(r) for r in b.rows)
                tb = d.add_table(rows=len(b.rows), cols=ncol)
                tb.style = "Table Grid"
                for ri, r in enumerate(b.rows):
                    for ci in range(ncol):
                        cell = tb.cell(ri, ci)
                        cell.text = ""
                        run = cell.paragraphs[0].add_run(str(r[ci]) if ci < len(r) else "")
                        run.font.size = Pt(9)
                        if b.header and ri == 0:
                            run.bold = True
                d.add_paragraph()
    d.core_properties.title = "FICTIONAL test record"
    d.core_properties.author = "FICTIONAL"
    d.save(str(path))


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    out = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for r in tb.rows:
            out.append(" ".join(c.text for c in r.cells))
    return "\n".join(out)


def render(doc, path):
    if doc.kind == "pdf":
        draw_pdf(doc, path)
    elif doc.kind == "scan":
        draw_scan(doc, path)
    elif doc.kind == "photo":
        draw_photo(doc, path)
    elif doc.kind == "docx":
        draw_docx(doc, path)
    elif doc.kind == "txt":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(doc.text)
    else:
        raise ValueError(doc.kind)
