"""Blocks -> text, HTML, Word, text PDF and page images (set 42's own writers, FICTIONAL content only).

A notice is a list of blocks:
  ("title", text) ("h", text) ("p", text) ("small", text) ("kv", [(label, value), ...]) ("boxkv", [...])
  ("table", header, rows) ("addr", [lines]) ("sp",) ("rule",) ("page",) ("mark", name)
  ("hand", text, x_frac, y_frac, angle_deg, rgb)  handwriting, drawn on images only, kept in the text model
"""
import html as htmlmod
import textwrap

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/"
F_SANS = FONT_DIR + "liberation2/LiberationSans-Regular.ttf"
F_SANS_B = FONT_DIR + "liberation2/LiberationSans-Bold.ttf"
F_SERIF = FONT_DIR + "dejavu/DejaVuSerif.ttf"
F_SERIF_B = FONT_DIR + "dejavu/DejaVuSerif-Bold.ttf"
F_MONO = FONT_DIR + "liberation2/LiberationMono-Regular.ttf"
F_MONO_B = FONT_DIR + "liberation2/LiberationMono-Bold.ttf"
F_HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"


# ---------------------------------------------------------------- text model
def to_text(blocks, width=76, hand=True):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h"):
            out += ["", b[1], ("=" if k == "title" else "-") * min(len(b[1]), width)]
        elif k in ("p", "small"):
            out += textwrap.wrap(b[1], width) + [""]
        elif k in ("kv", "boxkv"):
            w = max(len(l) for l, _ in b[1]) + 2
            for l, v in b[1]:
                out.append((l + ":").ljust(w) + " " + v if l else " " * (w + 1) + v)
            out.append("")
        elif k == "table":
            rows = [b[1]] + b[2]
            ws = [max(len(str(r[i])) for r in rows) for i in range(len(b[1]))]
            for j, r in enumerate(rows):
                out.append("  ".join(str(c).ljust(ws[i]) for i, c in enumerate(r)).rstrip())
                if j == 0:
                    out.append("  ".join("-" * x for x in ws))
            out.append("")
        elif k == "addr":
            out += list(b[1]) + [""]
        elif k == "sp":
            out.append("")
        elif k == "rule":
            out.append("-" * width)
        elif k == "page":
            out += ["", "\f"]
        elif k == "hand" and hand:
            out.append("[handwritten] " + b[1])
    return "\n".join(out).strip("\n") + "\n"


# ---------------------------------------------------------------- HTML
def to_html_body(blocks):
    e = htmlmod.escape
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "small":
            out.append(f'<p class="fine">{e(b[1])}</p>')
        elif k in ("kv", "boxkv"):
            rows = "".join(f"<tr><th>{e(l)}</th><td>{e(v)}</td></tr>" for l, v in b[1])
            out.append(f'<table class="kv">{rows}</table>')
        elif k == "table":
            head = "".join(f"<th>{e(str(c))}</th>" for c in b[1])
            rows = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in b[2])
            out.append(f'<table class="lines"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')
        elif k == "addr":
            out.append("<address>" + "<br>".join(e(x) for x in b[1]) + "</address>")
        elif k == "rule":
            out.append("<hr>")
    return "\n".join(out)


# ---------------------------------------------------------------- Word
def to_docx(blocks, path, font="Calibri", title="Notice"):
    import datetime
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif k == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif k in ("p", "small"):
            p = d.add_paragraph(b[1])
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(8)
        elif k in ("kv", "boxkv"):
            t = d.add_table(rows=0, cols=2)
            if k == "boxkv":
                t.style = "Table Grid"
            for l, v in b[1]:
                c = t.add_row().cells
                c[0].text = l + ":" if l else ""
                c[1].text = v
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = str(h)
            for r in b[2]:
                c = t.add_row().cells
                for i, v in enumerate(r):
                    c[i].text = str(v)
        elif k == "addr":
            p = d.add_paragraph()
            for i, line in enumerate(b[1]):
                r = p.add_run(line)
                if i < len(b[1]) - 1:
                    r.add_break()
        elif k == "page":
            d.add_page_break()
    cp = d.core_properties
    fixed = datetime.datetime(2026, 11, 1, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "FICTIONAL sample"
    cp.last_modified_by = "FICTIONAL sample"
    cp.title = title
    cp.revision = 1
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- text PDF
def to_pdf(blocks, path, title="Notice", twocol_kv=False):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    try:
        pdfmetrics.getFont("S42")
    except KeyError:
        pdfmetrics.registerFont(TTFont("S42", F_SERIF))
        pdfmetrics.registerFont(TTFont("S42B", F_SERIF_B))
        pdfmetrics.registerFont(TTFont("A42", F_SANS))
        pdfmetrics.registerFont(TTFont("A42B", F_SANS_B))
    base = ParagraphStyle("b", fontName="S42", fontSize=9.6, leading=12.4, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=7.6, leading=9.4)
    hst = ParagraphStyle("h", parent=base, fontName="A42B", fontSize=10.5, spaceBefore=6)
    tst = ParagraphStyle("t", parent=base, fontName="A42B", fontSize=13.5, leading=17)
    cell = ParagraphStyle("c", parent=base, fontName="A42", fontSize=8.6, leading=10.4, spaceAfter=0)
    e = htmlmod.escape
    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(e(b[1]), tst))
        elif k == "h":
            story.append(Paragraph(e(b[1]), hst))
        elif k == "p":
            story.append(Paragraph(e(b[1]), base))
        elif k == "small":
            story.append(Paragraph(e(b[1]), small))
        elif k in ("kv", "boxkv"):
            data = [[Paragraph(e(l + ":" if l else ""), cell), Paragraph(e(v), cell)] for l, v in b[1]]
            t = Table(data, colWidths=[1.9 * inch, 4.6 * inch], hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if k == "boxkv":
                sty += [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                        ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.92, 0.92, 0.92))]
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 6)]
        elif k == "table":
            data = [[Paragraph("<b>%s</b>" % e(str(c)), cell) for c in b[1]]]
            data += [[Paragraph(e(str(c)), cell) for c in r] for r in b[2]]
            t = Table(data, hAlign="LEFT", repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.95)),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif k == "addr":
            story.append(Paragraph("<br/>".join(e(x) for x in b[1]), base))
        elif k == "sp":
            story.append(Spacer(1, 8))
        elif k == "rule":
            t = Table([[""]], colWidths=[6.5 * inch])
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black)]))
            story.append(t)
        elif k == "page":
            story.append(PageBreak())
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.8 * inch, title=title,
                            author="FICTIONAL sample", creator="set 42 generator", invariant=1)
    doc.build(story)


# ---------------------------------------------------------------- page images
class Pager:
    def __init__(self, W=1700, H=2200, margin=120, scale=1.0, sans=F_SANS, bold=F_SANS_B, mono=None,
                 paper=(255, 255, 255), ink=(20, 20, 20)):
        self.W, self.H, self.m, self.s = W, H, margin, scale
        self.sans, self.bold, self.mono = sans, bold, mono
        self.paper, self.ink = paper, ink
        self.pages, self.marks, self.hands = [], {}, []
        self._new()

    def f(self, path, size):
        return ImageFont.truetype(path, int(round(size * self.s)))

    def _new(self):
        self.img = Image.new("RGB", (self.W, self.H), self.paper)
        self.d = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = self.m

    def need(self, h):
        if self.y + h > self.H - self.m:
            self._new()

    def lines(self, text, font, indent=0, gap=1.3, width=None):
        width = width or (self.W - 2 * self.m - indent)
        words, cur, out = text.split(), "", []
        for w in words:
            t = (cur + " " + w).strip()
            if font.getlength(t) <= width:
                cur = t
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        lh = int(font.size * gap)
        for ln in out:
            self.need(lh)
            self.d.text((self.m + indent, self.y), ln, font=font, fill=self.ink)
            self.y += lh

    def draw(self, blocks):
        body = self.mono or self.sans
        for b in blocks:
            k = b[0]
            if k == "title":
                self.lines(b[1], self.f(self.bold, 34))
                self.y += int(10 * self.s)
            elif k == "h":
                self.y += int(8 * self.s)
                self.lines(b[1], self.f(self.bold, 26))
                self.y += int(4 * self.s)
            elif k == "p":
                self.lines(b[1], self.f(body, 24))
                self.y += int(12 * self.s)
            elif k == "small":
                self.lines(b[1], self.f(body, 19))
                self.y += int(8 * self.s)
            elif k in ("kv", "boxkv"):
                fl, fv = self.f(self.bold, 23), self.f(body, 23)
                lw = max(fl.getlength(l + ":") for l, _ in b[1]) + 24 * self.s
                lh = int(fv.size * 1.38)
                top = self.y
                if k == "boxkv":
                    self.y += int(10 * self.s)
                for l, v in b[1]:
                    self.need(lh)
                    if l:
                        self.d.text((self.m + 14, self.y), l + ":", font=fl, fill=self.ink)
                    self.d.text((self.m + 14 + lw, self.y), v, font=fv, fill=self.ink)
                    self.y += lh
                if k == "boxkv" and self.y > top:
                    self.d.rectangle([self.m, top, self.W - self.m, self.y + 8], outline=self.ink, width=3)
                    self.y += 10
                self.y += int(14 * self.s)
            elif k == "table":
                fh, fc = self.f(self.bold, 20), self.f(body, 20)
                rows = [b[1]] + b[2]
                n = len(b[1])
                ws = [max(fc.getlength(str(r[i])) for r in rows) + 26 * self.s for i in range(n)]
                tot = sum(ws)
                avail = self.W - 2 * self.m
                if tot > avail:
                    ws = [w * avail / tot for w in ws]
                lh = int(fc.size * 1.6)
                for j, r in enumerate(rows):
                    self.need(lh)
                    x = self.m
                    if j == 0:
                        self.d.rectangle([self.m, self.y - 3, self.m + sum(ws), self.y + lh - 5], fill=(215, 215, 215))
                    for i, c in enumerate(r):
                        self.d.text((x + 8, self.y + 2), str(c), font=fh if j == 0 else fc, fill=self.ink)
                        x += ws[i]
                    self.y += lh
                    self.d.line([self.m, self.y - 4, self.m + sum(ws), self.y - 4], fill=(90, 90, 90), width=1)
                self.y += int(16 * self.s)
            elif k == "addr":
                fv = self.f(body, 24)
                for ln in b[1]:
                    self.need(int(fv.size * 1.3))
                    self.d.text((self.m, self.y), ln, font=fv, fill=self.ink)
                    self.y += int(fv.size * 1.3)
                self.y += int(14 * self.s)
            elif k == "sp":
                self.y += int(20 * self.s)
            elif k == "rule":
                self.d.line([self.m, self.y, self.W - self.m, self.y], fill=self.ink, width=2)
                self.y += int(14 * self.s)
            elif k == "page":
                self._new()
            elif k == "mark":
                self.marks[b[1]] = (len(self.pages) - 1, self.y)
            elif k == "hand":
                self.hands.append(b)
        for hb in self.hands:
            draw_hand(self.pages[-1] if len(hb) < 7 else self.pages[hb[6]], hb[1], hb[2], hb[3], hb[4], hb[5])
        return self.pages


def draw_hand(img, text, xf, yf, angle, rgb, size=44):
    """Handwriting in a script face, each line slightly wobbling, drawn on a transparent layer and rotated."""
    f = ImageFont.truetype(F_HAND, size)
    lines = text.split("\n")
    w = int(max(f.getlength(l) for l in lines)) + 40
    h = int(len(lines) * size * 1.25) + 30
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    for i, l in enumerate(lines):
        x = 10 + (i * 7) % 19
        d.text((x, 10 + i * size * 1.25), l, font=f, fill=rgb + (235,))
        d.text((x + 1, 11 + i * size * 1.25), l, font=f, fill=rgb + (120,))
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    img.paste(layer, (int(xf * img.width), int(yf * img.height)), layer)
