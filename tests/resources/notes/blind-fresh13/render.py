"""Rendering for the notes13 set: text-layer PDF, image-only scanned PDF, phone-photo JPEG, DOCX, TXT.

A document is a dict: {"file": name, "fmt": "pdf"|"scan"|"photo"|"docx"|"txt", "pages": [[block, ...], ...],
"landscape": bool, "text": str (txt only)}. Blocks:
  ("h", text)                      heading (bold)
  ("p", text)                      paragraph, wrapped
  ("pre", text)                    preformatted lines (monospace), not wrapped
  ("t", [fractions], header, rows) table with grid; header a list of cells or None
  ("sp", points)                   vertical space
  ("hand", text)                   handwriting-style line (scan/photo only; plain paragraph elsewhere)
Every renderer returns, per page, the list of strings drawn (lines, and each table row as its cells joined by
single spaces) for the self-check of image documents.
"""
import os
import random
import subprocess

from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/liberation2/"
PIL_FONTS = {
    ("sans", False): FONT_DIR + "LiberationSans-Regular.ttf",
    ("sans", True): FONT_DIR + "LiberationSans-Bold.ttf",
    ("mono", False): FONT_DIR + "LiberationMono-Regular.ttf",
    ("mono", True): FONT_DIR + "LiberationMono-Regular.ttf",
    ("hand", False): "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    ("hand", True): "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
}
RL_FONTS = {("sans", False): "Helvetica", ("sans", True): "Helvetica-Bold",
            ("mono", False): "Courier", ("mono", True): "Courier",
            ("hand", False): "Helvetica-Oblique", ("hand", True): "Helvetica-Oblique"}
BODY = 9.5
MARGIN = 50


def _wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if stringWidth(cand, font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def layout(pages, pagesize):
    """Blocks -> per page a list of ops: ("text", x, y, s, face, bold, size) / ("line", x1, y1, x2, y2).
    y is measured from the top of the page (points)."""
    pw, ph = pagesize
    width = pw - 2 * MARGIN
    out, drawn = [], []
    for blocks in pages:
        ops, strings = [], []
        y = MARGIN
        for b in blocks:
            kind = b[0]
            if kind == "sp":
                y += b[1]
                continue
            if kind in ("h", "p", "hand"):
                face = "hand" if kind == "hand" else "sans"
                bold = kind == "h"
                size = 11.5 if kind == "h" else (11 if kind == "hand" else BODY)
                lead = size * 1.32
                # the handwriting face (DejaVu Sans Oblique) is wider than Helvetica's metrics: wrap shorter
                for ln in _wrap(b[1], RL_FONTS[(face, bold)], size, width * (0.8 if kind == "hand" else 1)):
                    y += lead
                    ops.append(("text", MARGIN, y, ln, face, bold, size))
                    strings.append(ln)
                y += 3 if kind != "h" else 2
                continue
            if kind == "pre":
                size = 8.6
                for ln in b[1].split("\n"):
                    y += size * 1.25
                    ops.append(("text", MARGIN, y, ln, "mono", False, size))
                    strings.append(ln)
                y += 3
                continue
            if kind == "t":
                fr, header, rows = b[1], b[2], b[3]
                tot = sum(fr)
                xs = [MARGIN]
                for f in fr:
                    xs.append(xs[-1] + width * f / tot)
                size = 8.6
                lead = size * 1.28
                top = y + 3
                allrows = ([(header, True)] if header else []) + [(r, False) for r in rows]
                ops.append(("line", xs[0], top, xs[-1], top))
                for cells, bold in allrows:
                    wrapped = [_wrap(c, RL_FONTS[("sans", bold)], size, xs[i + 1] - xs[i] - 6)
                               for i, c in enumerate(cells)]
                    nl = max(len(w) for w in wrapped)
                    for i, w in enumerate(wrapped):
                        for j, ln in enumerate(w):
                            ops.append(("text", xs[i] + 3, top + 2 + lead * (j + 1) - 2, ln, "sans", bold, size))
                    bottom = top + lead * nl + 5
                    ops.append(("line", xs[0], bottom, xs[-1], bottom))
                    for x in xs:
                        ops.append(("line", x, top, x, bottom))
                    strings.append(" ".join(c for c in cells))
                    strings.extend(c for c in cells)
                    top = bottom
                y = top + 4
                continue
            raise ValueError(kind)
        if y > ph - MARGIN + 10:
            raise ValueError("page overflow (%d > %d): %r" % (y, ph - MARGIN, blocks[0]))
        out.append(ops)
        drawn.append(strings)
    return out, drawn


def render_pdf(doc, path):
    size = landscape(letter) if doc.get("landscape") else letter
    pages, drawn = layout(doc["pages"], size)
    c = canvas.Canvas(path, pagesize=size)
    c.setTitle(doc.get("title", "FICTIONAL sample"))
    c.setAuthor("FICTIONAL")
    ph = size[1]
    for ops in pages:
        for op in ops:
            if op[0] == "text":
                _, x, y, s, face, bold, sz = op
                c.setFont(RL_FONTS[(face, bold)], sz)
                c.drawString(x, ph - y, s)
            else:
                _, x1, y1, x2, y2 = op
                c.setLineWidth(0.5)
                c.line(x1, ph - y1, x2, ph - y2)
        c.showPage()
    c.save()
    return drawn


def _page_image(ops, size, dpi, rng, hand_ink=(20, 30, 110)):
    scale = dpi / 72.0
    W, H = int(size[0] * scale), int(size[1] * scale)
    img = Image.new("L", (W, H), 250)
    rgb = Image.new("RGB", (W, H), (250, 250, 247))
    d = ImageDraw.Draw(rgb)
    fonts = {}
    for op in ops:
        if op[0] == "text":
            _, x, y, s, face, bold, sz = op
            key = (face, bold, sz)
            if key not in fonts:
                fonts[key] = ImageFont.truetype(PIL_FONTS[(face, bold)], int(sz * scale))
            f = fonts[key]
            ink = hand_ink if face == "hand" else (25, 25, 25)
            jitter = rng.uniform(-1.0, 1.0) if face == "hand" else 0
            d.text((x * scale, (y + jitter) * scale - f.getmetrics()[0]), s, font=f, fill=ink)
        else:
            _, x1, y1, x2, y2 = op
            d.line((x1 * scale, y1 * scale, x2 * scale, y2 * scale), fill=(60, 60, 60), width=2)
    return rgb


def render_scan(doc, path, seed):
    rng = random.Random(seed)
    size = landscape(letter) if doc.get("landscape") else letter
    pages, drawn = layout(doc["pages"], size)
    imgs = []
    for ops in pages:
        im = _page_image(ops, size, 200, rng).convert("L")
        im = im.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=245)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        px = im.load()
        for _ in range(4000):
            px[rng.randrange(im.width), rng.randrange(im.height)] = rng.choice((90, 140, 200))
        imgs.append(im.convert("RGB"))
    imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:])
    return drawn


def render_photo(doc, path, seed):
    rng = random.Random(seed)
    size = (396, 540)  # a half-letter sheet of notebook paper
    pages, drawn = layout(doc["pages"], size)
    page = _page_image(pages[0], size, 220, rng)
    d = ImageDraw.Draw(page)
    # ruled lines just under the handwriting's baselines (one hand line per paragraph: lead 11*1.32 + 3)
    base = [op[2] for op in pages[0] if op[0] == "text" and op[4] == "hand"]
    step = 11 * 1.32 + 3
    yy = (base[0] if base else 40) + 3 - 2 * step
    while yy * 220 / 72 < page.height:
        d.line((0, yy * 220 / 72, page.width, yy * 220 / 72), fill=(185, 205, 230), width=1)
        yy += step
    bg = Image.new("RGB", (page.width + 260, page.height + 300), (92, 74, 58))
    page = page.rotate(rng.uniform(-3.0, 3.0), resample=Image.BICUBIC, expand=True, fillcolor=(92, 74, 58))
    bg.paste(page, (110, 130))
    # uneven light from one side
    shade = Image.linear_gradient("L").rotate(90).resize(bg.size)
    bg = Image.composite(bg, Image.new("RGB", bg.size, (40, 35, 30)), shade.point(lambda v: 200 + v // 5))
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    bg.save(path, "JPEG", quality=82)
    return drawn


def render_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = doc.get("title", "FICTIONAL sample")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for blocks in doc["pages"]:
        for b in blocks:
            if b[0] == "h":
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
            elif b[0] in ("p", "hand"):
                d.add_paragraph(b[1])
            elif b[0] == "pre":
                for ln in b[1].split("\n"):
                    d.add_paragraph(ln)
            elif b[0] == "t":
                header, rows = b[2], b[3]
                ncol = len(b[1])
                t = d.add_table(rows=0, cols=ncol)
                t.style = "Table Grid"
                for cells, bold in ([(header, True)] if header else []) + [(r, False) for r in rows]:
                    rc = t.add_row().cells
                    for i, c in enumerate(cells):
                        rc[i].text = ""
                        run = rc[i].paragraphs[0].add_run(c)
                        run.bold = bold
                d.add_paragraph("")
            elif b[0] == "sp":
                pass
    d.save(path)


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" ".join(c.text for c in r.cells))
    return "\n".join(parts)


def pdf_page_text(path, page):
    outs = []
    for extra in ([], ["-layout"]):
        outs.append(subprocess.run(["pdftotext"] + extra + ["-f", str(page), "-l", str(page), path, "-"],
                                   capture_output=True, text=True, check=True).stdout)
    return "\n".join(outs)


def render(doc, folder, seed):
    path = os.path.join(folder, doc["file"])
    fmt = doc["fmt"]
    if fmt == "txt":
        with open(path, "w", encoding="utf-8") as f:
            f.write(doc["text"])
        return None
    if fmt == "pdf":
        return render_pdf(doc, path)
    if fmt == "scan":
        return render_scan(doc, path, seed)
    if fmt == "photo":
        return render_photo(doc, path, seed)
    if fmt == "docx":
        render_docx(doc, path)
        return None
    raise ValueError(fmt)
