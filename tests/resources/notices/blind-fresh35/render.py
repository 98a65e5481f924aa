"""Writers for set 35's block model: a page image (Pillow), a text PDF (reportlab), Word (python-docx), HTML and
plain text, plus `flatten`, the text an image's check reads. FICTIONAL set."""
import html
import io
import textwrap
import zipfile

from PIL import Image, ImageDraw, ImageFont

FD = "/usr/share/fonts/truetype/liberation2/"
FONTFILES = {
    "sans": (FD + "LiberationSans-Regular.ttf", FD + "LiberationSans-Bold.ttf"),
    "serif": (FD + "LiberationSerif-Regular.ttf", FD + "LiberationSerif-Bold.ttf"),
    "mono": (FD + "LiberationMono-Regular.ttf", FD + "LiberationMono-Bold.ttf"),
}
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"


# ---------------------------------------------------------------- flatten (text model)
def flatten(blocks):
    out = []
    for kind, v, o in blocks:
        if kind in ("title", "h", "p", "small"):
            out.append(v)
        elif kind == "lines":
            out.extend(v)
        elif kind == "kv":
            out.extend(f"{a}: {b}" for a, b in v)
        elif kind == "table":
            head, rows = v
            out.append(" | ".join(head))
            out.extend(" | ".join(r) for r in rows)
        elif kind == "box":
            out.append(flatten(v))
        elif kind == "cols":
            out.append(flatten(v[0]))
            out.append(flatten(v[1]))
        elif kind == "check":
            out.extend(("[X] " if t else "[ ] ") + s for t, s in v)
    return "\n".join(out)


# ---------------------------------------------------------------- page image
class Painter:
    def __init__(self, style, base, width):
        reg, bold = FONTFILES[style]
        self.f = {
            "title": ImageFont.truetype(bold, int(base * 1.45)),
            "big": ImageFont.truetype(bold, int(base * 1.25)),
            "h": ImageFont.truetype(bold, int(base * 1.12)),
            "p": ImageFont.truetype(reg, base),
            "b": ImageFont.truetype(bold, base),
            "small": ImageFont.truetype(reg, int(base * 0.8)),
            "cell": ImageFont.truetype(reg, int(base * 0.88)),
            "cellb": ImageFont.truetype(bold, int(base * 0.88)),
        }
        self.base = base
        self.width = width
        self.pos = {}

    def lh(self, font):
        return int(font.size * 1.32)

    def wrap(self, text, font, w):
        words, lines, cur = text.split(" "), [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if font.getlength(t) <= w or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
        return lines

    def para(self, d, text, font, x, w, y):
        for ln in self.wrap(text, font, w):
            d.text((x, y), ln, font=font, fill=(20, 20, 20))
            y += self.lh(font)
        return y

    def blocks(self, d, blocks, x, w, y):
        gap = int(self.base * 0.55)
        for kind, v, o in blocks:
            y0 = y
            if kind == "title":
                y = self.para(d, v, self.f["title"], x, w, y + gap)
            elif kind == "h":
                y = self.para(d, v, self.f["h"], x, w, y + gap // 2)
            elif kind == "p":
                y = self.para(d, v, self.f["p"], x, w, y)
            elif kind == "small":
                y = self.para(d, v, self.f["small"], x, w, y + gap)
            elif kind == "lines":
                for i, ln in enumerate(v):
                    font = self.f["big"] if (o.get("big") and i == 0) else self.f["p"]
                    ya = y
                    y = self.para(d, ln, font, x, w, y)
                    if o.get("tag"):
                        self.pos[f"{o['tag']}#{i}"] = (x, ya, x + int(font.getlength(ln)), y)
            elif kind == "kv":
                lw = min(max(self.f["b"].getlength(a + ":") for a, _ in v) + 24, w * 0.45)
                for a, b in v:
                    la = self.wrap(a + ":", self.f["b"], lw - 12)
                    yy = y
                    for ln in la:
                        d.text((x, yy), ln, font=self.f["b"], fill=(20, 20, 20))
                        yy += self.lh(self.f["b"])
                    y = max(yy, self.para(d, b, self.f["p"], x + lw, w - lw, y))
            elif kind == "table":
                y = self.table(d, v, x, w, y)
            elif kind == "box":
                pad = 18
                y2 = self.blocks(d, v, x + pad, w - 2 * pad, y + pad)
                d.rectangle([x, y, x + w, y2 + pad - gap], outline=(30, 30, 30), width=3)
                y = y2 + pad - gap
            elif kind == "cols":
                cw = (w - 50) // 2
                ya = self.blocks(d, v[0], x, cw, y)
                yb = self.blocks(d, v[1], x + cw + 50, cw, y)
                y = max(ya, yb)
            elif kind == "rule":
                d.line([x, y + 6, x + w, y + 6], fill=(40, 40, 40), width=3)
                y += 14
            elif kind == "check":
                for t, s in v:
                    bx = int(self.base * 0.8)
                    d.rectangle([x, y + 4, x + bx, y + 4 + bx], outline=(20, 20, 20), width=3)
                    if t:
                        d.line([x + 4, y + 8, x + bx - 4, y + bx], fill=(20, 20, 20), width=4)
                        d.line([x + bx - 4, y + 8, x + 4, y + bx], fill=(20, 20, 20), width=4)
                    y = self.para(d, s, self.f["p"], x + bx + 20, w - bx - 20, y) + 6
            elif kind == "sp":
                y += gap
            if o.get("tag"):
                self.pos[o["tag"]] = (x, y0, x + w, y)
            y += gap
        return y

    def table(self, d, v, x, w, y):
        head, rows = v
        fc, fb = self.f["cell"], self.f["cellb"]
        n = len(head)
        nat = [max([fb.getlength(head[i])] + [fc.getlength(r[i]) for r in rows]) + 20 for i in range(n)]
        minw = [max(fb.getlength(max(head[i].split(" "), key=len)),
                    max(fc.getlength(max(r[i].split(" "), key=len)) for r in rows)) + 20 for i in range(n)]
        tot = sum(nat)
        if tot <= w:
            cw = [c * w / tot for c in nat]
        else:
            extra = w - sum(minw)
            want = [nat[i] - minw[i] for i in range(n)]
            cw = [minw[i] + (want[i] / sum(want) * extra if sum(want) else 0) for i in range(n)]
        for ri, row in enumerate([head] + rows):
            font = fb if ri == 0 else fc
            cells = [self.wrap(row[i], font, cw[i] - 16) for i in range(n)]
            hgt = max(len(c) for c in cells) * self.lh(font) + 12
            if ri == 0:
                d.rectangle([x, y, x + w, y + hgt], fill=(222, 222, 222))
            cx = x
            for i in range(n):
                yy = y + 6
                for ln in cells[i]:
                    d.text((cx + 8, yy), ln, font=font, fill=(20, 20, 20))
                    yy += self.lh(font)
                d.rectangle([cx, y, cx + cw[i], y + hgt], outline=(40, 40, 40), width=2)
                cx += cw[i]
            y += hgt
        return y


def page_image(blocks, style="sans", width=1700, height=2200, margin=130, bases=(26, 24, 22, 21, 20, 19)):
    """Draw the blocks on one page, shrinking the type until they fit. Returns (RGB image, positions)."""
    for base in bases:
        img = Image.new("RGB", (width, height * 2), "white")
        p = Painter(style, base, width)
        y = p.blocks(ImageDraw.Draw(img), blocks, margin, width - 2 * margin, margin)
        if y <= height - margin * 0.6:
            return img.crop((0, 0, width, height)), p.pos
    raise SystemExit(f"blocks do not fit one page even at size {bases[-1]}")


# ---------------------------------------------------------------- text PDF
def write_pdf(blocks, path, style="sans", title="Notice"):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    reg, bold = FONTFILES[style]
    pdfmetrics.registerFont(TTFont(f"{style}-R", reg))
    pdfmetrics.registerFont(TTFont(f"{style}-B", bold))
    R, B = f"{style}-R", f"{style}-B"
    st = {
        "title": ParagraphStyle("t", fontName=B, fontSize=14.5, leading=18, spaceBefore=6, spaceAfter=6),
        "big": ParagraphStyle("bg", fontName=B, fontSize=12.5, leading=15),
        "h": ParagraphStyle("h", fontName=B, fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=R, fontSize=10, leading=13, spaceAfter=5),
        "small": ParagraphStyle("s", fontName=R, fontSize=7.5, leading=9.5, spaceBefore=8),
        "cell": ParagraphStyle("c", fontName=R, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", fontName=B, fontSize=8.5, leading=10.5),
        "kvl": ParagraphStyle("kl", fontName=B, fontSize=10, leading=13),
    }
    e = html.escape

    def fl(blocks, width):
        out = []
        for kind, v, o in blocks:
            if kind in ("title", "h", "p", "small"):
                out.append(Paragraph(e(v), st[kind]))
            elif kind == "lines":
                if o.get("big"):
                    out.append(Paragraph(e(v[0]), st["big"]))
                    v = v[1:]
                out.append(Paragraph("<br/>".join(e(x) for x in v), st["p"]))
            elif kind == "kv":
                t = Table([[Paragraph(e(a) + ":", st["kvl"]), Paragraph(e(b), st["p"])] for a, b in v],
                          colWidths=[width * 0.36, width * 0.64])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
                out.append(t)
            elif kind == "table":
                head, rows = v
                data = [[Paragraph(e(c), st["cellb"]) for c in head]] + \
                       [[Paragraph(e(c), st["cell"]) for c in r] for r in rows]
                t = Table(data, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(Spacer(1, 4))
                out.append(t)
                out.append(Spacer(1, 6))
            elif kind == "box":
                t = Table([[fl(v, width - 16)]], colWidths=[width])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
                out.append(t)
                out.append(Spacer(1, 6))
            elif kind == "cols":
                cw = (width - 18) / 2
                t = Table([[fl(v[0], cw - 6), fl(v[1], cw - 6)]], colWidths=[cw + 9, cw + 9])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(t)
            elif kind == "rule":
                out.append(HRFlowable(width="100%", thickness=1.2, color=colors.black))
            elif kind == "check":
                for t_, s in v:
                    out.append(Paragraph(("[X] " if t_ else "[ ] ") + e(s), st["p"]))
            elif kind == "sp":
                out.append(Spacer(1, 8))
        return out

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.85 * inch, rightMargin=0.85 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch, title=title, author="FICTIONAL sample",
                            invariant=1)
    doc.build(fl(blocks, letter[0] - 1.7 * inch))


# ---------------------------------------------------------------- Word
def write_docx(blocks, path, style="serif"):
    import docx
    from docx.shared import Pt
    import datetime as dt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = {"serif": "Liberation Serif", "sans": "Liberation Sans", "mono": "Liberation Mono"}[style]
    normal.font.size = Pt(11)

    def add(container, blocks):
        for kind, v, o in blocks:
            if kind in ("title", "h", "p", "small"):
                par = container.add_paragraph()
                run = par.add_run(v)
                if kind in ("title", "h"):
                    run.bold = True
                    run.font.size = Pt(15 if kind == "title" else 12)
                if kind == "small":
                    run.font.size = Pt(8)
            elif kind == "lines":
                par = container.add_paragraph()
                for i, ln in enumerate(v):
                    run = par.add_run(ln)
                    if o.get("big") and i == 0:
                        run.bold = True
                        run.font.size = Pt(14)
                    if i < len(v) - 1:
                        run.add_break()
            elif kind == "kv":
                t = container.add_table(rows=0, cols=2)
                for a, b in v:
                    cells = t.add_row().cells
                    cells[0].text = a + ":"
                    cells[1].text = b
            elif kind == "table":
                head, rows = v
                t = container.add_table(rows=1, cols=len(head))
                t.style = "Table Grid"
                for i, h in enumerate(head):
                    t.rows[0].cells[i].text = h
                for r in rows:
                    cells = t.add_row().cells
                    for i, c in enumerate(r):
                        cells[i].text = c
            elif kind == "box":
                t = container.add_table(rows=1, cols=1)
                t.style = "Table Grid"
                add(t.rows[0].cells[0], v)
            elif kind == "cols":
                t = container.add_table(rows=1, cols=2)
                add(t.rows[0].cells[0], v[0])
                add(t.rows[0].cells[1], v[1])
            elif kind == "check":
                for t_, s in v:
                    container.add_paragraph(("\u2612 " if t_ else "\u2610 ") + s)
            elif kind == "rule":
                container.add_paragraph("_" * 60)

    add(doc, blocks)
    cp = doc.core_properties
    cp.author = "FICTIONAL sample"
    cp.title = "Notice"
    cp.created = cp.modified = dt.datetime(2026, 11, 1, 12, 0, 0)
    cp.last_modified_by = "FICTIONAL sample"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- HTML
def html_blocks(blocks):
    e = html.escape
    out = []
    for kind, v, o in blocks:
        if kind == "title":
            out.append(f"<h1>{e(v)}</h1>")
        elif kind == "h":
            out.append(f"<h2>{e(v)}</h2>")
        elif kind == "p":
            out.append(f"<p>{e(v)}</p>")
        elif kind == "small":
            out.append(f'<p class="small">{e(v)}</p>')
        elif kind == "lines":
            first = f"<strong>{e(v[0])}</strong>" if o.get("big") else e(v[0])
            out.append("<p>" + "<br>\n".join([first] + [e(x) for x in v[1:]]) + "</p>")
        elif kind == "kv":
            out.append('<table class="kv">' + "".join(f"<tr><th>{e(a)}:</th><td>{e(b)}</td></tr>" for a, b in v)
                       + "</table>")
        elif kind == "table":
            head, rows = v
            out.append('<table class="lines"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in head)
                       + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
        elif kind == "box":
            out.append('<div class="box">' + html_blocks(v) + "</div>")
        elif kind == "cols":
            out.append('<div style="display:flex;gap:24px"><div>' + html_blocks(v[0]) + "</div><div>"
                       + html_blocks(v[1]) + "</div></div>")
        elif kind == "rule":
            out.append("<hr>")
        elif kind == "check":
            out.append("<ul class=\"ticks\">" + "".join(f"<li>{'&#9746;' if t else '&#9744;'} {e(s)}</li>"
                                                          for t, s in v) + "</ul>")
    return "\n".join(out)


# ---------------------------------------------------------------- plain text
def text_blocks(blocks, width=74, leaders=False):
    out = []
    for kind, v, o in blocks:
        if kind == "title":
            out += ["", v.upper(), "=" * min(len(v), width)]
        elif kind == "h":
            out += ["", v, "-" * min(len(v), width)]
        elif kind in ("p", "small"):
            out += textwrap.wrap(v, width) + [""]
        elif kind == "lines":
            out += v + [""]
        elif kind == "kv":
            lw = max(len(a) for a, _ in v) + 4
            for a, b in v:
                out.append((a + " ").ljust(lw, ".") + " " + b if leaders else (a + ":").ljust(lw) + b)
            out.append("")
        elif kind == "table":
            head, rows = v
            ws = [max(len(head[i]), *(len(r[i]) for r in rows)) for i in range(len(head))]
            out.append("  ".join(h.ljust(ws[i]) for i, h in enumerate(head)).rstrip())
            out.append("  ".join("-" * ws[i] for i in range(len(head))))
            out += ["  ".join(c.ljust(ws[i]) for i, c in enumerate(r)).rstrip() for r in rows]
            out.append("")
        elif kind == "box":
            inner = text_blocks(v, width - 4).split("\n")
            out += ["+" + "-" * (width - 2) + "+"] + ["| " + ln.ljust(width - 4) + " |" for ln in inner] + \
                   ["+" + "-" * (width - 2) + "+"]
        elif kind == "cols":
            out.append(text_blocks(v[0], width))
            out.append(text_blocks(v[1], width))
        elif kind == "rule":
            out.append("-" * width)
        elif kind == "check":
            for t, s in v:
                out += textwrap.wrap(("[X] " if t else "[ ] ") + s, width, subsequent_indent="    ")
            out.append("")
    return "\n".join(out)
