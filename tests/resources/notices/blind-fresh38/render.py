"""Block model and writers for set 38 (FICTIONAL set).

A notice is a list of blocks:
  ('title', text) ('h', text) ('p', text) ('small', text) ('lines', [line, ...]) ('kv', [(label, value), ...])
  ('table', [head, ...], [[cell, ...], ...]) ('hr',) ('sp', px) ('cols', [blocks], [blocks]) ('box', [blocks])
The same blocks give the plain text (the self-check's model of an image), the page image, the text PDF, the Word
file and the HTML.
"""
import html as _html
import io
import textwrap

from PIL import Image, ImageDraw, ImageFont

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": (FD + "liberation2/LiberationSans-Regular.ttf", FD + "liberation2/LiberationSans-Bold.ttf"),
    "serif": (FD + "liberation2/LiberationSerif-Regular.ttf", FD + "liberation2/LiberationSerif-Bold.ttf"),
    "mono": (FD + "liberation2/LiberationMono-Regular.ttf", FD + "liberation2/LiberationMono-Bold.ttf"),
}
_cache = {}


def font(family, size, bold=False):
    k = (family, size, bold)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FONTS[family][1 if bold else 0], size)
    return _cache[k]


# ---------------------------------------------------------------- plain text
def to_text(blocks, width=78, pad_tables=False):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("title", "h"):
            out.append(b[1])
            if pad_tables:
                out.append(("=" if t == "title" else "-") * min(len(b[1]), width))
        elif t in ("p", "small"):
            out.extend(textwrap.wrap(b[1], width) if pad_tables else [b[1]])
        elif t == "lines":
            out.extend(b[1])
        elif t == "kv":
            w = max(len(k) for k, _ in b[1]) + 1 if pad_tables else 0
            out.extend(f"{k:<{w}} {v}" if pad_tables else f"{k} {v}" for k, v in b[1])
        elif t == "table":
            rows = [b[1]] + b[2]
            if pad_tables:
                ws = [max(len(str(r[i])) for r in rows) for i in range(len(b[1]))]
                for j, r in enumerate(rows):
                    out.append("  ".join(f"{str(c):<{ws[i]}}" for i, c in enumerate(r)).rstrip())
                    if j == 0:
                        out.append("  ".join("-" * x for x in ws))
            else:
                out.extend("  ".join(str(c) for c in r) for r in rows)
        elif t == "hr":
            out.append("-" * (width if pad_tables else 10))
        elif t == "sp":
            out.append("")
        elif t == "cols":
            out.append(to_text(b[1], width, pad_tables))
            out.append(to_text(b[2], width, pad_tables))
        elif t == "box":
            out.append(to_text(b[1], width, pad_tables))
        if t not in ("sp",):
            out.append("") if t in ("p", "lines", "kv", "table", "title", "box", "cols") and pad_tables else None
    return "\n".join(x for x in out if x is not None)


# ---------------------------------------------------------------- image
class Style:
    def __init__(self, family="sans", size=28, W=1700, margin=140, color=(20, 20, 20)):
        self.family, self.size, self.W, self.margin, self.color = family, size, W, margin, color
        self.marks = {}


def _wrap_px(text, f, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if f.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _draw_blocks(d, blocks, x, y, width, st, dry=False):
    """Draw blocks at (x, y) within width; return the new y. dry: measure only."""
    S = st.size
    lh = int(S * 1.32)
    for b in blocks:
        t = b[0]
        if t == "title":
            f = font(st.family, int(S * 1.45), True)
            for ln in _wrap_px(b[1], f, width):
                if not dry:
                    d.text((x, y), ln, font=f, fill=st.color)
                y += int(S * 1.9)
            y += S // 3
        elif t == "h":
            f = font(st.family, int(S * 1.08), True)
            for ln in _wrap_px(b[1], f, width):
                if not dry:
                    d.text((x, y), ln, font=f, fill=st.color)
                y += int(S * 1.45)
            y += S // 6
        elif t in ("p", "small"):
            f = font(st.family, S if t == "p" else int(S * 0.8))
            for ln in _wrap_px(b[1], f, width):
                if not dry:
                    d.text((x, y), ln, font=f, fill=st.color)
                y += lh if t == "p" else int(lh * 0.8)
            y += S // 2
        elif t == "lines":
            f = font(st.family, S)
            for ln in b[1]:
                if not dry:
                    d.text((x, y), ln, font=f, fill=st.color)
                y += lh
            y += S // 2
        elif t == "kv":
            fb, f = font(st.family, S, True), font(st.family, S)
            lw = min(max(fb.getlength(k) for k, _ in b[1]) + S, width * 0.48)
            for k, v in b[1]:
                kl = _wrap_px(k, fb, lw - S // 2)
                vl = _wrap_px(v, f, width - lw)
                for i in range(max(len(kl), len(vl))):
                    if not dry:
                        if i < len(kl):
                            d.text((x, y), kl[i], font=fb, fill=st.color)
                        if i < len(vl):
                            d.text((x + lw, y), vl[i], font=f, fill=st.color)
                    y += lh
            y += S // 2
        elif t == "table":
            fs = int(S * 0.86)
            fb, f = font(st.family, fs, True), font(st.family, fs)
            rows = [b[1]] + b[2]
            n = len(b[1])
            nat = [max(f.getlength(str(r[i])) for r in rows) + fs for i in range(n)]
            scale = min(1.0, width / sum(nat))
            ws = [w * scale for w in nat]
            rl = int(fs * 1.3)
            for j, r in enumerate(rows):
                cells = [_wrap_px(str(c), fb if j == 0 else f, ws[i] - fs // 2) for i, c in enumerate(r)]
                hgt = max(len(c) for c in cells) * rl + fs // 2
                if not dry:
                    cx = x
                    for i, c in enumerate(cells):
                        d.rectangle([cx, y, cx + ws[i], y + hgt], outline=st.color, width=2)
                        for k, ln in enumerate(c):
                            d.text((cx + fs // 4, y + fs // 4 + k * rl), ln, font=fb if j == 0 else f, fill=st.color)
                        cx += ws[i]
                y += hgt
            y += S // 2
        elif t == "hr":
            if not dry:
                d.line([x, y + S // 3, x + width, y + S // 3], fill=st.color, width=3)
            y += S
        elif t == "sp":
            y += b[1]
        elif t == "mark":
            if not dry:
                st.marks[b[1]] = (x, y)
        elif t == "cols":
            gap = S
            cw = (width - gap) // 2
            y1 = _draw_blocks(d, b[1], x, y, cw, st, dry)
            y2 = _draw_blocks(d, b[2], x + cw + gap, y, cw, st, dry)
            if not dry:
                d.line([x + cw + gap // 2, y, x + cw + gap // 2, max(y1, y2) - S // 2], fill=st.color, width=2)
            y = max(y1, y2)
        elif t == "box":
            pad = S // 2
            y2 = _draw_blocks(d, b[1], x + pad, y + pad, width - 2 * pad, st, True)
            if not dry:
                d.rectangle([x, y, x + width, y2 + pad // 2], outline=st.color, width=3)
                _draw_blocks(d, b[1], x + pad, y + pad, width - 2 * pad, st, False)
            y = y2 + pad
    return y


def to_image(blocks, st, min_h=2200, bg=255):
    probe = ImageDraw.Draw(Image.new("L", (10, 10)))
    h = _draw_blocks(probe, blocks, st.margin, st.margin, st.W - 2 * st.margin, st, True) + st.margin
    H = max(min_h, h)
    img = Image.new("RGB", (st.W, H), (bg, bg, bg))
    _draw_blocks(ImageDraw.Draw(img), blocks, st.margin, st.margin, st.W - 2 * st.margin, st)
    return img


# ---------------------------------------------------------------- text PDF (reportlab)
def to_pdf(blocks, path, family="sans"):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, HRFlowable

    reg, bold = FONTS[family]
    nm = "L" + family
    pdfmetrics.registerFont(TTFont(nm, reg))
    pdfmetrics.registerFont(TTFont(nm + "B", bold))
    P = ParagraphStyle("p", fontName=nm, fontSize=10, leading=13, spaceAfter=5)
    SM = ParagraphStyle("s", parent=P, fontSize=8, leading=10)
    H = ParagraphStyle("h", parent=P, fontName=nm + "B", fontSize=11.5, leading=14, spaceBefore=4)
    T = ParagraphStyle("t", parent=P, fontName=nm + "B", fontSize=15, leading=19)
    C = ParagraphStyle("c", parent=P, fontSize=8.5, leading=10.5, spaceAfter=0)
    CB = ParagraphStyle("cb", parent=C, fontName=nm + "B")
    e = _html.escape

    def flow(bl, width):
        out = []
        for b in bl:
            t = b[0]
            if t == "title":
                out.append(Paragraph(e(b[1]), T))
            elif t == "h":
                out.append(Paragraph(e(b[1]), H))
            elif t == "p":
                out.append(Paragraph(e(b[1]), P))
            elif t == "small":
                out.append(Paragraph(e(b[1]), SM))
            elif t == "lines":
                out.append(Paragraph("<br/>".join(e(x) for x in b[1]), P))
            elif t == "kv":
                data = [[Paragraph(e(k), CB), Paragraph(e(v), C)] for k, v in b[1]]
                tb = Table(data, colWidths=[width * 0.36, width * 0.64])
                tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                        ("TOPPADDING", (0, 0), (-1, -1), 1)]))
                out += [tb, Spacer(1, 5)]
            elif t == "table":
                data = [[Paragraph(e(str(c)), CB) for c in b[1]]] + [[Paragraph(e(str(c)), C) for c in r] for r in b[2]]
                sw = pdfmetrics.stringWidth
                nat = [max(max(sw(str(r[i]), nm, 8.5) for r in b[2]) if b[2] else 0,
                           max(sw(w, nm + "B", 8.5) for w in str(b[1][i]).split())) + 8
                       for i in range(len(b[1]))]
                if sum(nat) > width:
                    wide = [i for i, x in enumerate(nat) if x > 90]
                    over = sum(nat) - width
                    tot = sum(nat[i] - 90 for i in wide)
                    for i in wide:
                        nat[i] -= over * (nat[i] - 90) / tot
                else:
                    nat = [x * width / sum(nat) for x in nat]
                tb = Table(data, colWidths=nat, repeatRows=1)
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out += [tb, Spacer(1, 6)]
            elif t == "hr":
                out.append(HRFlowable(width="100%", thickness=1, color=colors.black, spaceBefore=3, spaceAfter=5))
            elif t == "sp":
                out.append(Spacer(1, b[1] / 3))
            elif t == "cols":
                cw = (width - 12) / 2
                tb = Table([[flow(b[1], cw - 8), flow(b[2], cw - 8)]], colWidths=[cw + 6, cw + 6])
                tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LINEAFTER", (0, 0), (0, 0), 0.5, colors.black)]))
                out.append(tb)
            elif t == "box":
                tb = Table([[flow(b[1], width - 16)]], colWidths=[width])
                tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black)]))
                out += [tb, Spacer(1, 6)]
        return out

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch, invariant=1,
                            title="FICTIONAL sample notice", author="FICTIONAL", creator="set38 make_set.py")
    doc.build(flow(blocks, letter[0] - 1.6 * inch))


# ---------------------------------------------------------------- Word
def to_docx(blocks, path, family="serif"):
    import datetime as dt
    import zipfile
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif" if family == "serif" else "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(11)

    def add(bl, container):
        for b in bl:
            t = b[0]
            if t in ("title", "h"):
                p = container.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(15 if t == "title" else 12)
            elif t in ("p", "small"):
                p = container.add_paragraph(b[1])
                if t == "small":
                    for r in p.runs:
                        r.font.size = Pt(8.5)
            elif t == "lines":
                for ln in b[1]:
                    p = container.add_paragraph(ln)
                    p.paragraph_format.space_after = Pt(0)
                container.add_paragraph("")
            elif t == "kv":
                tb = container.add_table(rows=0, cols=2)
                for k, v in b[1]:
                    c = tb.add_row().cells
                    c[0].text, c[1].text = k, v
                    c[0].paragraphs[0].runs[0].bold = True
            elif t == "table":
                tb = container.add_table(rows=1, cols=len(b[1]))
                tb.style = "Table Grid"
                for i, h in enumerate(b[1]):
                    tb.rows[0].cells[i].text = str(h)
                for r in b[2]:
                    c = tb.add_row().cells
                    for i, v in enumerate(r):
                        c[i].text = str(v)
                container.add_paragraph("")
            elif t == "hr":
                container.add_paragraph("_" * 40)
            elif t == "cols":
                tb = container.add_table(rows=1, cols=2)
                add(b[1], tb.rows[0].cells[0])
                add(b[2], tb.rows[0].cells[1])
            elif t == "box":
                tb = container.add_table(rows=1, cols=1)
                tb.style = "Table Grid"
                add(b[1], tb.rows[0].cells[0])

    add(blocks, doc)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "FICTIONAL"
    cp.title = "FICTIONAL sample notice"
    cp.created = cp.modified = dt.datetime(2026, 11, 16, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))


def docx_text(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(path)
    out = []

    def walk(parent, el):
        for ch in el.iterchildren():
            tag = ch.tag.split("}")[1]
            if tag == "p":
                out.append(Paragraph(ch, parent).text)
            elif tag == "tbl":
                for row in Table(ch, parent).rows:
                    seen = []
                    for c in row.cells:
                        if c._tc in seen:
                            continue
                        seen.append(c._tc)
                        walk(c, c._tc)
    walk(doc, doc.element.body)
    return "\n".join(out)


# ---------------------------------------------------------------- HTML
def to_html_body(blocks):
    e = _html.escape
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif t == "small":
            out.append(f'<p class="fine">{e(b[1])}</p>')
        elif t == "lines":
            out.append("<p>" + "<br>\n".join(e(x) for x in b[1]) + "</p>")
        elif t == "kv":
            out.append('<table class="kv">' + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in b[1])
                       + "</table>")
        elif t == "table":
            out.append('<table class="grid"><thead><tr>' + "".join(f"<th>{e(str(h))}</th>" for h in b[1])
                       + "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r)
                                                        + "</tr>" for r in b[2]) + "</tbody></table>")
        elif t == "hr":
            out.append("<hr>")
        elif t == "cols":
            out.append('<div class="cols"><div>' + to_html_body(b[1]) + "</div><div>" + to_html_body(b[2])
                       + "</div></div>")
        elif t == "box":
            out.append('<div class="box">' + to_html_body(b[1]) + "</div>")
    return "\n".join(out)


def html_text(src):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out, self.skip = [], 0

        def handle_starttag(self, tag, a):
            if tag in ("script", "style"):
                self.skip += 1
            if tag in ("p", "br", "tr", "h1", "h2", "h3", "div", "li", "table", "hr"):
                self.out.append("\n")
            if tag in ("td", "th"):
                self.out.append("  ")

        def handle_endtag(self, tag):
            if tag in ("script", "style"):
                self.skip -= 1

        def handle_data(self, d):
            if not self.skip:
                self.out.append(d)
    p = P()
    p.feed(src)
    return "".join(p.out)
