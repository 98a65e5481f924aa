"""Small renderer for the fictional blind set fresh12 (own code, written for this set only).

A document is a dict: {"items": [...], "font": "sans"|"serif"|"mono", "size": 10, "landscape": bool,
"margin": 54}. Items:
  ("h", text) heading      ("b", text) bold line     ("t", text) wrapped text    ("s", text) small text
  ("kv", label, value)     ("row", [cells], [x fractions])  ("rowb", ...) bold row
  ("gap",) ("rule",) ("page",) ("box", [lines]) boxed lines  ("hand", text) margin handwriting (images)
  ("qr", data) ("bar", data) codes drawn at the right margin / inline
  ("cols", [left items], [right items])  two columns of text lines
The layout is computed once in points; PDF (reportlab) and Pillow (200 dpi) draw the same ops.
"""
import io, math, random, textwrap
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import letter, landscape as _land
from reportlab.pdfgen import canvas
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": FD + "DejaVuSans.ttf", "sans-b": FD + "DejaVuSans-Bold.ttf",
    "serif": FD + "DejaVuSerif.ttf", "serif-b": FD + "DejaVuSerif-Bold.ttf",
    "mono": FD + "DejaVuSansMono.ttf", "mono-b": FD + "DejaVuSansMono-Bold.ttf",
    "hand": FD + "DejaVuSansCondensed-Oblique.ttf",
}
for k, p in FONTS.items():
    pdfmetrics.registerFont(TTFont("F12-" + k, p))


def sw(s, f, size):
    return pdfmetrics.stringWidth(s, "F12-" + f, size)


def wrap(s, f, size, width):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if sw(t, f, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def layout(doc):
    W, H = _land(letter) if doc.get("landscape") else letter
    m = doc.get("margin", 54)
    base = doc.get("font", "sans")
    fb = base + "-b"
    size = doc.get("size", 10)
    lh = size * 1.35
    pages, ops = [], []
    y = H - m
    text_lines = []

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops = []
        y = H - m

    def need(h):
        if y - h < m:
            newpage()

    def put(x, s, f, sz):
        ops.append(("text", x, y, s, f, sz))

    for it in doc["items"]:
        k = it[0]
        if k == "page":
            newpage(); continue
        if k == "gap":
            y -= lh * 0.7; continue
        if k == "rule":
            ops.append(("line", m, y - lh * 0.35, W - m, y - lh * 0.35)); y -= lh * 0.6; continue
        if k in ("h", "b", "t", "s"):
            f = fb if k in ("h", "b") else base
            sz = size * 1.4 if k == "h" else (size * 0.8 if k == "s" else size)
            for ln in wrap(it[1], f, sz, W - 2 * m):
                need(sz * 1.35)
                y -= sz * 1.35
                put(m, ln, f, sz)
                text_lines.append(ln)
            continue
        if k == "kv":
            lab, val = it[1], it[2]
            x1 = m + doc.get("kvw", 170)
            vl = wrap(val, base, size, W - m - x1)
            need(lh * len(vl))
            y -= lh
            put(m, lab, fb if doc.get("kvbold", True) else base, size)
            for i, v in enumerate(vl):
                if i:
                    y -= lh
                put(x1, v, base, size)
            text_lines.append(lab + " " + " ".join(vl))
            continue
        if k in ("row", "rowb"):
            cells, xs = it[1], it[2]
            f = fb if k == "rowb" else base
            sz = it[3] if len(it) > 3 else size
            need(sz * 1.4)
            y -= sz * 1.4
            for c, xf in zip(cells, xs):
                put(m + xf * (W - 2 * m), c, f, sz)
            text_lines.append("  ".join(cells))
            continue
        if k == "box":
            lines = it[1]
            h = lh * len(lines) + 8
            need(h + 4)
            top = y - 2
            ops.append(("rect", m, top - h, W - 2 * m, h))
            y -= 4
            for ln in lines:
                for w in wrap(ln, base, size, W - 2 * m - 16):
                    y -= lh
                    put(m + 8, w, base, size)
                    text_lines.append(w)
            y = min(y, top - h) - 6
            continue
        if k == "cols":
            left, right = it[1], it[2]
            colw = (W - 2 * m - 24) / 2
            y0 = y
            ys = []
            for col, x0 in ((left, m), (right, m + colw + 24)):
                y = y0
                for (kk, s) in col:
                    f = fb if kk in ("b", "h") else base
                    for w in wrap(s, f, size, colw):
                        y -= lh
                        put(x0, w, f, size)
                        text_lines.append(w)
                ys.append(y)
            y = min(ys) - 4
            ops.append(("line", m + colw + 12, y0, m + colw + 12, y + 6))
            continue
        if k == "hand":
            ops.append(("hand", it[1], it[2], it[3], it[4] if len(it) > 4 else 8))
            continue
        if k == "qr":
            ops.append(("qr", W - m - 72, y - 76, 72, it[1])); continue
        if k == "bar":
            need(40)
            y -= 36
            ops.append(("bar", m, y, it[1]))
            continue
        raise ValueError(k)
    pages.append(ops)
    return (W, H), pages, text_lines


def to_pdf(doc, path):
    (W, H), pages, lines = layout(doc)
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle(doc.get("title", "Notice"))
    for ops in pages:
        for op in ops:
            if op[0] == "text":
                _, x, y, s, f, sz = op
                c.setFont("F12-" + f, sz); c.drawString(x, y, s)
            elif op[0] == "line":
                c.line(*op[1:])
            elif op[0] == "rect":
                c.rect(*op[1:])
            elif op[0] == "qr":
                from reportlab.graphics.barcode.qr import QrCodeWidget
                from reportlab.graphics.shapes import Drawing
                from reportlab.graphics import renderPDF
                _, x, y, s, data = op
                w = QrCodeWidget(data); b = w.getBounds()
                d = Drawing(s, s, transform=[s / (b[2] - b[0]), 0, 0, s / (b[3] - b[1]), 0, 0]); d.add(w)
                renderPDF.draw(d, c, x, y)
            elif op[0] == "bar":
                from reportlab.graphics.barcode import code128
                _, x, y, data = op
                code128.Code128(data, barHeight=26, barWidth=0.9).drawOn(c, x, y)
        c.showPage()
    c.save()
    return lines


def to_images(doc, dpi=200, ink=0):
    (W, H), pages, lines = layout(doc)
    k = dpi / 72.0
    out = []
    fcache = {}

    def font(f, sz):
        key = (f, round(sz * k))
        if key not in fcache:
            fcache[key] = ImageFont.truetype(FONTS[f], key[1])
        return fcache[key]

    for ops in pages:
        im = Image.new("RGB", (int(W * k), int(H * k)), "white")
        d = ImageDraw.Draw(im)
        for op in ops:
            if op[0] == "text":
                _, x, y, s, f, sz = op
                fo = font(f, sz)
                d.text((x * k, (H - y) * k), s, font=fo, fill=(ink, ink, ink), anchor="ls")
            elif op[0] == "line":
                _, x1, y1, x2, y2 = op
                d.line((x1 * k, (H - y1) * k, x2 * k, (H - y2) * k), fill="black", width=2)
            elif op[0] == "rect":
                _, x, y, w, h = op
                d.rectangle((x * k, (H - y - h) * k, (x + w) * k, (H - y) * k), outline="black", width=2)
            elif op[0] == "qr":
                _, x, y, s, data = op
                rnd = random.Random(data); n = 25; cs = s * k / n
                for i in range(n):
                    for j in range(n):
                        fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                        on = ((i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4)) if i < 7 and j < 7 else False)
                        if fin:
                            ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                            on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                        elif rnd.random() < 0.5:
                            on = True
                        if on:
                            d.rectangle((x * k + j * cs, (H - y - s) * k + i * cs, x * k + (j + 1) * cs, (H - y - s) * k + (i + 1) * cs), fill="black")
            elif op[0] == "bar":
                _, x, y, data = op
                rnd = random.Random(data); xx = x * k
                while xx < (x + 200) * k:
                    w = rnd.choice([2, 2, 4, 6])
                    if rnd.random() < 0.55:
                        d.rectangle((xx, (H - y - 26) * k, xx + w, (H - y) * k), fill="black")
                    xx += w
            elif op[0] == "hand":
                _, x, y, text, sz = op
                fo = font("hand", sz * 1.6)
                tw = int(d.textlength(text, font=fo)) + 20
                layer = Image.new("RGBA", (tw, int(sz * 1.6 * k * 1.6)), (0, 0, 0, 0))
                ImageDraw.Draw(layer).text((10, 5), text, font=fo, fill=(30, 40, 120, 255))
                layer = layer.rotate(8, expand=True)
                im.paste(layer, (int(x * k), int((H - y) * k)), layer)
        out.append(im)
    return out, lines


def scan(im, angle, seed):
    rnd = random.Random(seed)
    g = im.convert("L")
    w, h = g.size
    # uneven shading
    grad = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 9)
    g = Image.composite(g, grad, g.point(lambda v: 255 if v < 200 else 0))
    d = ImageDraw.Draw(g)
    for _ in range(260):
        x, y = rnd.randrange(w), rnd.randrange(h); r = rnd.choice([1, 1, 2])
        d.ellipse((x, y, x + r, y + r), fill=rnd.randrange(40, 140))
    g = g.rotate(angle, resample=Image.BICUBIC, fillcolor=235)
    return g.filter(ImageFilter.GaussianBlur(0.6))


def _coeffs(src, dst):
    import numpy as np
    A = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    B = [c for p in src for c in p]
    return list(np.linalg.solve(np.array(A, float), np.array(B, float)))


def photo(im, angle, seed, shadow_corner="br", scale=0.82):
    import numpy as np
    rnd = random.Random(seed)
    page = im.convert("RGB")
    page = page.resize((int(page.width * scale), int(page.height * scale)), Image.LANCZOS)
    pw, ph = page.size
    bg = Image.new("RGB", (int(pw * 1.35), int(ph * 1.25)), (92, 64, 42))
    arr = np.array(bg).astype(int)
    arr += np.random.RandomState(seed).randint(-12, 12, arr.shape)
    bg = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))
    # keystone: top edge narrower
    inset = int(pw * 0.045)
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    dst = [(inset, 0), (pw - inset, 0), (pw, ph), (0, ph)]
    warped = page.transform((pw, ph), Image.PERSPECTIVE, _coeffs(src, dst), Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((pw, ph), Image.PERSPECTIVE, _coeffs(src, dst), Image.BICUBIC)
    warped = warped.rotate(angle, expand=True, resample=Image.BICUBIC)
    mask = mask.rotate(angle, expand=True, resample=Image.BICUBIC)
    ox, oy = (bg.width - warped.width) // 2, (bg.height - warped.height) // 2
    bg.paste(warped, (ox, oy), mask)
    # warm tint and shadow across one corner
    w, h = bg.size
    sh = Image.new("L", (w, h), 0)
    sd = ImageDraw.Draw(sh)
    if shadow_corner == "br":
        sd.polygon([(w * 0.55, h), (w, h * 0.5), (w, h)], fill=120)
    else:
        sd.polygon([(0, 0), (w * 0.5, 0), (0, h * 0.45)], fill=110)
    sh = sh.filter(ImageFilter.GaussianBlur(60))
    dark = Image.new("RGB", (w, h), (20, 15, 10))
    bg = Image.composite(dark, bg, sh)
    r, g, b = bg.split()
    bg = Image.merge("RGB", (r.point(lambda v: min(255, v + 6)), g, b.point(lambda v: int(v * 0.9))))
    return bg.filter(ImageFilter.GaussianBlur(0.8))


def fax_pages(ims, header):
    out = []
    for i, im in enumerate(ims):
        g = im.convert("L")
        d = ImageDraw.Draw(g)
        fo = ImageFont.truetype(FONTS["mono"], 26)
        d.text((40, 20), header + f"   P.{i + 1:03d}/{len(ims):03d}", font=fo, fill=0)
        g = g.resize((1728, int(g.height * 1728 / g.width * 98 / 204)), Image.LANCZOS)
        rnd = random.Random(i)
        d = ImageDraw.Draw(g)
        for _ in range(3):
            yy = rnd.randrange(g.height); d.line((0, yy, g.width, yy), fill=rnd.choice([0, 255]), width=1)
        for _ in range(400):
            d.point((rnd.randrange(g.width), rnd.randrange(g.height)), fill=0)
        out.append(g.point(lambda v: 255 if v > 150 else 0).convert("1"))
    return out


def to_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = {"serif": "Cambria", "mono": "Courier New"}.get(doc.get("font"), "Calibri")
    st.font.size = Pt(10.5)
    items = doc["items"]; i = 0
    lines = []
    while i < len(items):
        it = items[i]; k = it[0]
        if k == "kv" or k in ("row", "rowb"):
            grp = []
            same = (lambda x: x[0] == "kv") if k == "kv" else (lambda x: x[0] in ("row", "rowb"))
            while i < len(items) and same(items[i]):
                grp.append(items[i]); i += 1
            ncol = 2 if k == "kv" else max(len(g[1]) for g in grp)
            t = d.add_table(rows=0, cols=ncol); t.style = "Table Grid"
            for g in grp:
                cells = [g[1], g[2]] if k == "kv" else g[1]
                r = t.add_row().cells
                for j, c in enumerate(cells):
                    r[j].text = c
                    if k == "kv" and j == 0 or g[0] == "rowb":
                        for p in r[j].paragraphs:
                            for run in p.runs:
                                run.bold = True
                lines.append("  ".join(cells))
            d.add_paragraph("")
            continue
        if k == "h":
            d.add_heading(it[1], level=1); lines.append(it[1])
        elif k in ("b", "t", "s"):
            p = d.add_paragraph(); r = p.add_run(it[1]); r.bold = k == "b"
            if k == "s":
                r.font.size = Pt(8)
            lines.append(it[1])
        elif k == "box":
            t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
            t.rows[0].cells[0].text = "\n".join(it[1]); lines += it[1]
        elif k == "page":
            d.add_page_break()
        elif k == "cols":
            t = d.add_table(rows=1, cols=2)
            for j, col in enumerate((it[1], it[2])):
                t.rows[0].cells[j].text = "\n".join(s for _, s in col); lines += [s for _, s in col]
        i += 1
    d.save(path)
    return lines


def to_text(doc, width=78):
    out = []
    for it in doc["items"]:
        k = it[0]
        if k == "h":
            out += ["", it[1].upper(), "=" * min(width, len(it[1]))]
        elif k in ("b", "t", "s"):
            out += textwrap.wrap(it[1], width) or [""]
        elif k == "kv":
            out.append((it[1] + " ").ljust(28, ".") + " " + it[2])
        elif k in ("row", "rowb"):
            cells, xs = it[1], it[2]
            ln = ""
            for c, xf in zip(cells, xs):
                col = int(xf * width)
                ln = ln.ljust(col) + c + " "
            out.append(ln.rstrip())
        elif k == "gap":
            out.append("")
        elif k == "rule":
            out.append("-" * width)
        elif k == "page":
            out += ["", "\f"]
        elif k == "box":
            out.append("+" + "-" * (width - 2) + "+")
            for ln in it[1]:
                for w in textwrap.wrap(ln, width - 4):
                    out.append("| " + w.ljust(width - 4) + " |")
            out.append("+" + "-" * (width - 2) + "+")
        elif k == "cols":
            for _, s in it[1] + it[2]:
                out += textwrap.wrap(s, width)
    return "\n".join(out) + "\n"


def to_html(doc):
    import html
    e = html.escape
    out = ["<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">"]
    tbl = None
    for it in doc["items"]:
        k = it[0]
        if k not in ("kv", "row", "rowb") and tbl:
            out.append("</table>"); tbl = None
        if k in ("kv", "row", "rowb") and not tbl:
            out.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"); tbl = True
        if k == "h":
            out.append(f"<h2 style=\"color:#1d4f7a\">{e(it[1])}</h2>")
        elif k == "b":
            out.append(f"<p><b>{e(it[1])}</b></p>")
        elif k in ("t",):
            out.append(f"<p>{e(it[1])}</p>")
        elif k == "s":
            out.append(f"<p style=\"font-size:10px;color:#555\">{e(it[1])}</p>")
        elif k == "kv":
            out.append(f"<tr><td><b>{e(it[1])}</b></td><td>{e(it[2])}</td></tr>")
        elif k in ("row", "rowb"):
            tag = "th" if k == "rowb" else "td"
            out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in it[1]) + "</tr>")
        elif k == "box":
            out.append("<div style=\"border:2px solid #444;padding:8px\">" + "<br>".join(e(x) for x in it[1]) + "</div>")
        elif k == "rule":
            out.append("<hr>")
    if tbl:
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)
