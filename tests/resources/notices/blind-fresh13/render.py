"""Small renderer for the intake13 blind set (FICTIONAL notices).

A notice is a list of items; one layout pass gives draw operations used both by reportlab (text PDFs) and by
Pillow (scans, photos, fax). Word, plain text and e-mail have their own simple writers from the same items.

Items:
  ("h", text[, size])        bold heading
  ("b", text)                bold line
  ("l", text)                one line (leading spaces indent)
  ("p", text)                wrapped paragraph
  ("s", text)                small wrapped text
  ("kv", label, value)       label and value on one row
  ("t", rows, widths)        table; rows[0] is the header; widths are fractions of the column width
  ("sp",)                    blank line
  ("at", y)                  move down to y points from the top (footnotes at the foot)
  ("hr",)                    rule
  ("col",)                   next column (multi-column layouts)
  ("pg",)                    new page
  ("hand", text)             handwriting-like note (images only; plain line elsewhere)
"""
import io
import math
import random
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTDIR = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "serif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
    "mono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
}
_registered = set()


def _reg(family):
    if family in _registered:
        return
    reg, bold = FONTS[family]
    pdfmetrics.registerFont(TTFont(family, FONTDIR + reg))
    pdfmetrics.registerFont(TTFont(family + "-B", FONTDIR + bold))
    _registered.add(family)


def fname(family, bold):
    return family + ("-B" if bold else "")


def width(text, family, bold, size):
    _reg(family)
    return pdfmetrics.stringWidth(text, fname(family, bold), size)


def wrap(text, family, bold, size, maxw):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if width(t, family, bold, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout(items, land=False, ncols=1, family="sans", size=10, margin=54, footer=None, header=None, gutter=24):
    """Returns (pagesize, pages) where pages is a list of lists of ops (kind, x, y_top, text, size, bold/extra)."""
    W, H = landscape(letter) if land else letter
    colw = (W - 2 * margin - gutter * (ncols - 1)) / ncols
    pages = [[]]
    col = 0
    y = margin
    lead = size * 1.35

    def x0():
        return margin + col * (colw + gutter)

    def newpage():
        nonlocal y, col
        pages.append([])
        y = margin
        col = 0

    def need(h):
        nonlocal y, col
        if y + h > H - margin - 18:
            if col + 1 < ncols:
                col += 1
                y = margin
            else:
                newpage()

    def line(text, sz=size, bold=False, dx=0, fam=None):
        nonlocal y
        need(sz * 1.35)
        pages[-1].append(("text", x0() + dx, y, text, sz, bold, fam or family))
        y += sz * 1.35

    for it in items:
        k = it[0]
        if k == "h":
            sz = it[2] if len(it) > 2 else size + 3
            for ln in wrap(it[1], family, True, sz, colw):
                line(ln, sz, True)
            y += 2
        elif k == "b":
            for ln in wrap(it[1], family, True, size, colw):
                line(ln, size, True)
        elif k == "l":
            t = it[1]
            ind = len(t) - len(t.lstrip(" "))
            for ln in wrap(t.lstrip(" "), family, False, size, colw - ind * size * 0.5):
                line(ln, dx=ind * size * 0.5)
        elif k == "hand":
            need(lead * 1.6)
            pages[-1].append(("hand", x0() + 20, y, it[1], size + 4, False, family))
            y += lead * 1.6
        elif k in ("p", "s"):
            sz = size if k == "p" else size - 2
            for ln in wrap(it[1], family, False, sz, colw):
                line(ln, sz)
            y += 3
        elif k == "kv":
            lab, val = it[1], it[2]
            lw = max(width(lab, family, True, size) + 8, colw * 0.36)
            vl = wrap(val, family, False, size, colw - lw)
            need(lead * len(vl))
            pages[-1].append(("text", x0(), y, lab, size, True, family))
            for i, v in enumerate(vl):
                pages[-1].append(("text", x0() + lw, y + i * lead, v, size, False, family))
            y += lead * len(vl)
        elif k == "t":
            rows, widths = it[1], it[2]
            sz = it[3] if len(it) > 3 else size - 1
            xs = [0]
            for f in widths[:-1]:
                xs.append(xs[-1] + f * colw)
            for ri, row in enumerate(rows):
                cells = [wrap(str(c), family, ri == 0, sz, widths[ci] * colw - 6) if c else [""] for ci, c in enumerate(row)]
                nl = max(len(c) for c in cells)
                h = nl * sz * 1.3 + 4
                need(h)
                top = y
                for ci, c in enumerate(cells):
                    for li, t in enumerate(c):
                        pages[-1].append(("text", x0() + xs[ci] + 3, top + 2 + li * sz * 1.3, t, sz, ri == 0, family))
                pages[-1].append(("rect", x0(), top - 1, colw, h, False, family))
                y += h
            y += 4
        elif k == "sp":
            y += lead * 0.7
        elif k == "at":
            y = max(y, it[1])
        elif k == "hr":
            need(6)
            pages[-1].append(("rule", x0(), y + 2, colw, 0, False, family))
            y += 8
        elif k == "col":
            if col + 1 < ncols:
                col += 1
                y = margin
            else:
                newpage()
        elif k == "pg":
            newpage()
        else:
            raise ValueError(k)
    n = len(pages)
    for i, p in enumerate(pages):
        if header:
            p.append(("text", margin, 22, header.format(page=i + 1, pages=n), size - 2, False, family))
        if footer:
            p.append(("text", margin, H - 34, footer.format(page=i + 1, pages=n), size - 2, False, family))
    return (W, H), pages


def page_text(pages):
    """Plain text of the layout, line by line (ops sorted by position), for the self-check."""
    out = []
    for p in pages:
        ops = sorted([o for o in p if o[0] in ("text", "hand")], key=lambda o: (round(o[2]), o[1]))
        cur, lines = None, []
        for o in ops:
            if cur is not None and abs(o[2] - cur) < 2:
                lines[-1] += "   " + o[3]
            else:
                lines.append(o[3])
                cur = o[2]
        out.append("\n".join(lines))
    return "\n\f".join(out)


def to_pdf(path, size, pages, title="FICTIONAL notice"):
    c = canvas.Canvas(path, pagesize=size)
    c.setTitle(title)
    W, H = size
    for p in pages:
        for o in p:
            kind, x, y, t, sz, bold, fam = o
            if kind in ("text", "hand"):
                _reg(fam)
                c.setFont(fname(fam, bold), sz)
                c.drawString(x, H - y - sz, t)
            elif kind == "rect":
                c.setLineWidth(0.5)
                c.rect(x, H - y - o[4], o[3], o[4], stroke=1, fill=0)
            elif kind == "rule":
                c.setLineWidth(0.8)
                c.line(x, H - y, x + o[3], H - y)
        c.showPage()
    c.save()


def to_images(size, pages, dpi=200):
    W, H = size
    s = dpi / 72.0
    imgs = []
    fcache = {}

    def font(fam, bold, sz):
        key = (fam, bold, sz)
        if key not in fcache:
            fcache[key] = ImageFont.truetype(FONTDIR + FONTS[fam][1 if bold else 0], int(round(sz * s)))
        return fcache[key]

    for p in pages:
        im = Image.new("L", (int(W * s), int(H * s)), 255)
        d = ImageDraw.Draw(im)
        for o in p:
            kind, x, y, t, sz, bold, fam = o
            if kind == "text":
                d.text((x * s, y * s), t, fill=0, font=font(fam, bold, sz))
            elif kind == "hand":
                hf = ImageFont.truetype(FONTDIR + "dejavu/DejaVuSerifCondensed-Italic.ttf", int(sz * s))
                layer = Image.new("L", (int(W * s), int(sz * s * 2)), 0)
                ImageDraw.Draw(layer).text((x * s, 4), t, fill=255, font=hf)
                layer = layer.rotate(-2, resample=Image.BICUBIC)
                ink = Image.new("L", layer.size, 60)
                im.paste(ink, (0, int(y * s)), layer)
            elif kind == "rect":
                d.rectangle([x * s, y * s, (x + o[3]) * s, (y + o[4]) * s], outline=0, width=2)
            elif kind == "rule":
                d.line([x * s, y * s, (x + o[3]) * s, y * s], fill=0, width=3)
        imgs.append(im)
    return imgs


# ---------- degradations ----------

def scan(im, angle, rng, blur=0.6):
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    w, h = im.size
    grad = Image.linear_gradient("L").rotate(90).resize((w, h))
    shade = grad.point(lambda v: 235 + v * 20 // 255)
    from PIL import ImageChops
    im = ImageChops.multiply(im, shade)
    d = ImageDraw.Draw(im)
    for _ in range(500):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([1, 1, 2])
        d.ellipse([x, y, x + r, y + r], fill=rng.randrange(40, 160))
    return im.filter(ImageFilter.GaussianBlur(blur))


def _find_coeffs(pa, pb):
    import numpy as np
    matrix = []
    for p1, p2 in zip(pa, pb):
        matrix.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        matrix.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(matrix, dtype=float)
    B = np.array(pb).reshape(8)
    return list(np.linalg.solve(A, B))


def photo(im, angle, rng, warm=(255, 236, 200), bg=(92, 64, 40), shadow="corner", keystone=0.05, out_scale=0.9):
    """Page on a table: keystone warp, rotation, shadow, warm tint, blur; returns RGB."""
    page = im.convert("RGB")
    w, h = page.size
    k = int(w * keystone)
    # destination quad (top narrower: photographed from below the page)
    dst = [(k, 0), (w - k, 0), (w, h), (0, h)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _find_coeffs(dst, src)
    mask = Image.new("L", (w, h), 255)
    page = page.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bg)
    mask = mask.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    W2, H2 = int(w * 1.18), int(h * 1.12)
    canvas_ = Image.new("RGB", (W2, H2), bg)
    # table texture
    dd = ImageDraw.Draw(canvas_)
    for yy in range(0, H2, 9):
        c = tuple(max(0, v + rng.randrange(-10, 10)) for v in bg)
        dd.line([0, yy, W2, yy + rng.randrange(-3, 3)], fill=c, width=4)
    canvas_.paste(page, ((W2 - w) // 2, (H2 - h) // 2), mask)
    canvas_ = canvas_.rotate(angle, resample=Image.BICUBIC, fillcolor=bg)
    # warm light tint
    tint = Image.new("RGB", canvas_.size, warm)
    from PIL import ImageChops
    canvas_ = ImageChops.multiply(canvas_, tint)
    # shadow
    sh = Image.new("L", canvas_.size, 255)
    sd = ImageDraw.Draw(sh)
    W3, H3 = canvas_.size
    if shadow == "corner":
        sd.polygon([(0, int(H3 * 0.55)), (int(W3 * 0.45), H3), (0, H3)], fill=150)
    elif shadow == "band":
        sd.polygon([(int(W3 * 0.62), 0), (W3, 0), (W3, H3), (int(W3 * 0.78), H3)], fill=165)
    sh = sh.filter(ImageFilter.GaussianBlur(60))
    canvas_ = ImageChops.multiply(canvas_, Image.merge("RGB", (sh, sh, sh)))
    canvas_ = canvas_.filter(ImageFilter.GaussianBlur(0.9))
    if out_scale != 1:
        canvas_ = canvas_.resize((int(W3 * out_scale), int(H3 * out_scale)), Image.LANCZOS)
    return canvas_


def fax(im, rng, header):
    """1-bit fax page, standard resolution (204 x 98 dpi) from a 200 dpi image."""
    w, h = im.size
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONTDIR + FONTS["mono"][0], 26)
    d.text((40, 12), header, fill=0, font=f)
    im = im.resize((int(w * 204 / 200), int(h * 98 / 200)), Image.LANCZOS)
    im = im.point(lambda v: 255 if v > 150 else 0).convert("1")
    d = ImageDraw.Draw(im)
    W, H = im.size
    for _ in range(6):
        y = rng.randrange(H)
        x = rng.randrange(W // 2)
        d.line([x, y, x + rng.randrange(100, 600), y], fill=0)
    for _ in range(300):
        d.point((rng.randrange(W), rng.randrange(H)), fill=0)
    return im


# ---------- other formats ----------

def to_plain(items, width_=78):
    import textwrap
    out = []
    for it in items:
        k = it[0]
        if k in ("h", "b"):
            out.append(it[1].upper() if k == "h" else it[1])
        elif k in ("l", "hand"):
            out.append(it[1])
        elif k in ("p", "s"):
            out.extend(textwrap.wrap(it[1], width_) or [""])
            out.append("")
        elif k == "kv":
            lab = it[1].rstrip(":")
            out.append((lab + " ").ljust(30, ".") + " " + it[2])
        elif k == "t":
            rows, widths = it[1], it[2]
            ws = [max(6, int(f * width_)) for f in widths]
            for row in rows:
                out.append("".join(str(c)[: w - 1].ljust(w) for c, w in zip(row, ws)).rstrip())
            out.append("")
        elif k == "sp":
            out.append("")
        elif k == "hr":
            out.append("-" * width_)
        elif k in ("col", "pg", "at"):
            out.append("")
    return "\n".join(out) + "\n"


def to_html(items):
    import html
    out = ["<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">"]
    for it in items:
        k = it[0]
        e = lambda s: html.escape(str(s))
        if k == "h":
            out.append(f"<h2 style=\"color:#0b3d6b\">{e(it[1])}</h2>")
        elif k == "b":
            out.append(f"<p><b>{e(it[1])}</b></p>")
        elif k in ("l", "hand"):
            out.append(f"<div>{e(it[1]) or '&nbsp;'}</div>")
        elif k in ("p", "s"):
            out.append(f"<p>{e(it[1])}</p>")
        elif k == "kv":
            out.append(f"<table><tr><td style=\"width:200px\"><b>{e(it[1])}</b></td><td>{e(it[2])}</td></tr></table>")
        elif k == "t":
            out.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">")
            for ri, row in enumerate(it[1]):
                tag = "th" if ri == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
        elif k == "sp":
            out.append("<br>")
        elif k == "hr":
            out.append("<hr>")
    out.append("</body></html>")
    return "\n".join(out)


def to_docx(path, items, footer=None, family="Calibri"):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = family
    st.font.size = Pt(10.5)
    kvt = None
    for it in items:
        k = it[0]
        if k != "kv":
            kvt = None
        if k == "h":
            p = doc.add_paragraph()
            r = p.add_run(it[1])
            r.bold = True
            r.font.size = Pt(14)
        elif k == "b":
            doc.add_paragraph().add_run(it[1]).bold = True
        elif k in ("l", "p", "s", "hand"):
            doc.add_paragraph(it[1])
        elif k == "kv":
            if kvt is None:
                kvt = doc.add_table(rows=0, cols=2)
                kvt.style = "Table Grid"
            cells = kvt.add_row().cells
            cells[0].text = it[1]
            cells[1].text = it[2]
        elif k == "t":
            t = doc.add_table(rows=0, cols=len(it[1][0]))
            t.style = "Table Grid"
            for row in it[1]:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = str(v)
        elif k == "sp":
            doc.add_paragraph("")
        elif k == "pg":
            doc.add_page_break()
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    doc.core_properties.author = "FICTIONAL"
    doc.save(path)


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = []
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            out.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tr in child.iter():
                if tr.tag.endswith("}tr"):
                    cells = []
                    for tc in tr:
                        if tc.tag.endswith("}tc"):
                            cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                    out.append("   ".join(cells))
    for s in d.sections:
        out.extend(p.text for p in s.footer.paragraphs)
    return "\n".join(out)
