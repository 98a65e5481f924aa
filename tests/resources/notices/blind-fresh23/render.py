"""Renderer for blind intake set 23: a small block language drawn as a text PDF (reportlab platypus) or a
Word file (python-docx), and the text model read back from each kind of file the set writes.

Blocks (tuples):
  ("letterhead", name, [lines], [right lines])   the sender's heading; right lines set beside it
  ("banner", text)                                a shaded band across the page (FICTIONAL line, titles)
  ("title", text)  ("h", text)  ("p", markup)  ("small", markup)  ("right", markup)  ("center", markup)
  ("kv", [(label, value), ...], ncols)            labels and values in a grid (ncols pairs a row)
  ("table", header, rows, {"widths": [...], "zebra": bool, "size": pt, "bold_last": bool})
  ("addr", [lines])                               an address block, a line each
  ("spacer", pt)  ("rule",)  ("pagebreak",)
  ("boxed", [blocks], title)                      a ruled box round some blocks (PDF), a one-cell table (Word)
Markup is reportlab's (<b>, <i>, <br/>, &amp;); plain() strips it for Word and text.
"""
import html
import os
import re
import subprocess
import zipfile
import email
from email import policy

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import letter, legal
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

FONT_DIRS = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation",
             "/usr/share/fonts/truetype/dejavu"]
FACES = {
    "sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "mono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
_registered = set()


def _find(fname):
    for d in FONT_DIRS:
        p = os.path.join(d, fname)
        if os.path.exists(p):
            return p
    raise FileNotFoundError(fname)


def font(face):
    reg, bold = FACES[face]
    if face not in _registered:
        pdfmetrics.registerFont(TTFont(face, _find(reg)))
        pdfmetrics.registerFont(TTFont(face + "-B", _find(bold)))
        pdfmetrics.registerFontFamily(face, normal=face, bold=face + "-B", italic=face, boldItalic=face + "-B")
        _registered.add(face)
    return face, face + "-B"


def plain(markup):
    t = re.sub(r"<br\s*/?>", "\n", markup)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)


# --------------------------------------------------------------------------- PDF

def pdf(blocks, path, style=None):
    """Draw blocks as a text PDF. style: face, size, page ('letter'|'legal'), margin (inches), tint (hex of
    banners and table heads), footer (text on every page), leading."""
    st = dict(face="sans", size=10, page="letter", margin=0.8, tint="#dfe6ee", footer="", leading=None,
              head_tint=None, zebra_tint="#d4d4d4")
    st.update(style or {})
    reg, bold = font(st["face"])
    size = st["size"]
    lead = st["leading"] or size * 1.28
    P = ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.55)
    SM = ParagraphStyle("s", parent=P, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    H = ParagraphStyle("h", parent=P, fontName=bold, fontSize=size + 1, spaceBefore=size * 0.5,
                       spaceAfter=size * 0.35)
    T = ParagraphStyle("t", parent=P, fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.2,
                       spaceAfter=size * 0.6)
    R = ParagraphStyle("r", parent=P, alignment=TA_RIGHT)
    C = ParagraphStyle("c", parent=P, alignment=TA_CENTER)
    pagesize = legal if st["page"] == "legal" else letter
    if st["page"] == "landscape":
        pagesize = (letter[1], letter[0])
    m = st["margin"] * inch
    width = pagesize[0] - 2 * m

    def cellp(text, b=False, sz=None):
        s = ParagraphStyle("cell", parent=P, fontName=bold if b else reg, fontSize=sz or size - 1,
                           leading=(sz or size - 1) * 1.2, spaceAfter=0)
        return Paragraph(text, s)

    def flow(bl):
        out = []
        for b in bl:
            k = b[0]
            if k == "letterhead":
                name, lines = b[1], b[2]
                right = b[3] if len(b) > 3 else []
                left = [Paragraph(f"<font name='{bold}' size='{size + 6}'>{name}</font>",
                                  ParagraphStyle("lh", parent=P, leading=(size + 6) * 1.2, spaceAfter=2))]
                left += [Paragraph(x, SM) for x in lines]
                rt = [Paragraph(x, ParagraphStyle("rr", parent=SM, alignment=TA_RIGHT)) for x in right]
                t = Table([[left, rt]], colWidths=[width * 0.62, width * 0.38])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#333333")),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
                out += [t, Spacer(1, size * 0.9)]
            elif k == "banner":
                t = Table([[Paragraph(f"<b>{b[1]}</b>", ParagraphStyle("bn", parent=P, spaceAfter=0))]],
                          colWidths=[width])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(st["tint"])),
                                       ("TOPPADDING", (0, 0), (-1, -1), 4),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                out += [t, Spacer(1, size * 0.6)]
            elif k == "title":
                out.append(Paragraph(b[1], T))
            elif k == "h":
                out.append(Paragraph(b[1], H))
            elif k == "p":
                out.append(Paragraph(b[1], P))
            elif k == "small":
                out.append(Paragraph(b[1], SM))
            elif k == "right":
                out.append(Paragraph(b[1], R))
            elif k == "center":
                out.append(Paragraph(b[1], C))
            elif k == "addr":
                out.append(Paragraph("<br/>".join(b[1]),
                                     ParagraphStyle("ad", parent=P, leftIndent=size * 2.5, spaceBefore=2)))
            elif k == "spacer":
                out.append(Spacer(1, b[1]))
            elif k == "rule":
                t = Table([[""]], colWidths=[width], rowHeights=[4])
                t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.grey)]))
                out.append(t)
            elif k == "pagebreak":
                out.append(PageBreak())
            elif k == "kv":
                pairs, ncols = b[1], (b[2] if len(b) > 2 else 1)
                rows = []
                for i in range(0, len(pairs), ncols):
                    row = []
                    for lab, val in pairs[i:i + ncols]:
                        row += [cellp(lab, b=True), cellp(val)]
                    while len(row) < 2 * ncols:
                        row += ["", ""]
                    rows.append(row)
                lw = width / ncols * 0.42
                vw = width / ncols * 0.58
                t = Table(rows, colWidths=[lw, vw] * ncols)
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
                out += [t, Spacer(1, size * 0.6)]
            elif k == "table":
                header, rows = b[1], b[2]
                opt = b[3] if len(b) > 3 else {}
                sz = opt.get("size", size - 1)
                data = [[cellp(h, b=True, sz=sz) for h in header]]
                data += [[cellp(c, sz=sz) for c in r] for r in rows]
                ws = opt.get("widths")
                cw = [width * w for w in ws] if ws else None
                t = Table(data, colWidths=cw, repeatRows=1)
                cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st["head_tint"] or st["tint"])),
                        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
                if opt.get("nogrid"):
                    cmds[0] = ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)
                if opt.get("zebra"):
                    for i in range(1, len(data)):
                        if i % 2 == 0:
                            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(st["zebra_tint"])))
                t.setStyle(TableStyle(cmds))
                out += [t, Spacer(1, size * 0.8)]
            elif k == "boxed":
                inner = flow(b[1])
                title = b[2] if len(b) > 2 else None
                cell = ([Paragraph(f"<b>{title}</b>", P)] if title else []) + inner
                t = Table([[cell]], colWidths=[width])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6)]))
                out += [t, Spacer(1, size * 0.8)]
            elif k == "keep":
                out.append(KeepTogether(flow(b[1])))
            else:
                raise ValueError(k)
        return out

    def on_page(canvas, doc):
        if st["footer"]:
            canvas.saveState()
            canvas.setFont(reg, size - 2)
            canvas.drawString(m, 0.45 * inch, st["footer"].replace("{page}", str(doc.page)))
            canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=m, rightMargin=m, topMargin=m * 0.8,
                            bottomMargin=m, title="FICTIONAL SAMPLE", author="FICTIONAL",
                            invariant=1)
    doc.build(flow(blocks), onFirstPage=on_page, onLaterPages=on_page)


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out)[1])


# --------------------------------------------------------------------------- Word

def docx(blocks, path, style=None):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    st = dict(face="Calibri", size=10.5, footer="")
    st.update(style or {})
    doc = Document()
    base = doc.styles["Normal"]
    base.font.name = st["face"]
    base.font.size = Pt(st["size"])
    sec = doc.sections[0]

    def runs(par, markup, bold=False, size=None):
        parts = re.split(r"(<b>|</b>|<br/>)", markup)
        b = bold
        for p in parts:
            if p == "<b>":
                b = True
            elif p == "</b>":
                b = bold
            elif p == "<br/>":
                par.add_run().add_break()
            elif p:
                r = par.add_run(plain(p))
                r.bold = b
                if size:
                    r.font.size = Pt(size)
        return par

    def shade(cell, hexcolor):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolor.lstrip("#"))
        tcPr.append(shd)

    def emit(container, bl):
        for b in bl:
            k = b[0]
            if k == "letterhead":
                hdr = sec.header
                p = hdr.paragraphs[0]
                runs(p, b[1], bold=True, size=st["size"] + 5)
                for x in b[2]:
                    runs(hdr.add_paragraph(), x, size=st["size"] - 1.5)
                for x in (b[3] if len(b) > 3 else []):
                    q = runs(hdr.add_paragraph(), x, size=st["size"] - 1.5)
                    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k in ("banner", "title", "h"):
                p = container.add_paragraph()
                runs(p, b[1], bold=True, size=st["size"] + (4 if k == "title" else 1))
            elif k in ("p", "small"):
                runs(container.add_paragraph(), b[1], size=st["size"] - (1.5 if k == "small" else 0))
            elif k in ("right", "center"):
                p = runs(container.add_paragraph(), b[1])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if k == "right" else WD_ALIGN_PARAGRAPH.CENTER
            elif k == "addr":
                p = container.add_paragraph()
                for i, line in enumerate(b[1]):
                    if i:
                        p.add_run().add_break()
                    p.add_run(line)
            elif k == "spacer":
                container.add_paragraph()
            elif k == "rule":
                container.add_paragraph("_" * 60)
            elif k == "pagebreak":
                doc.add_page_break()
            elif k == "kv":
                pairs, ncols = b[1], (b[2] if len(b) > 2 else 1)
                nrows = (len(pairs) + ncols - 1) // ncols
                t = container.add_table(rows=nrows, cols=2 * ncols)
                for i, (lab, val) in enumerate(pairs):
                    r, c = divmod(i, ncols)
                    runs(t.cell(r, 2 * c).paragraphs[0], lab, bold=True)
                    runs(t.cell(r, 2 * c + 1).paragraphs[0], val)
                container.add_paragraph()
            elif k == "table":
                header, rows = b[1], b[2]
                opt = b[3] if len(b) > 3 else {}
                t = container.add_table(rows=1 + len(rows), cols=len(header))
                t.style = "Table Grid"
                for j, h in enumerate(header):
                    runs(t.cell(0, j).paragraphs[0], h, bold=True)
                    shade(t.cell(0, j), "D9E2EC")
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        runs(t.cell(i + 1, j).paragraphs[0], c)
                container.add_paragraph()
            elif k == "boxed":
                t = container.add_table(rows=1, cols=1)
                t.style = "Table Grid"
                cell = t.cell(0, 0)
                if len(b) > 2 and b[2]:
                    runs(cell.paragraphs[0], b[2], bold=True)
                emit(cell, b[1])
                container.add_paragraph()
            elif k == "keep":
                emit(container, b[1])
            else:
                raise ValueError(k)

    emit(doc, blocks)
    if st["footer"]:
        runs(sec.footer.paragraphs[0], st["footer"], size=st["size"] - 2)
    cp = doc.core_properties
    cp.author = "FICTIONAL"
    cp.title = "FICTIONAL SAMPLE"
    cp.comments = ""
    cp.last_modified_by = "FICTIONAL"
    doc.save(path)


# --------------------------------------------------------------------------- text models

def _norm(t):
    return " ".join(t.replace("\u00a0", " ").split())


def text_model(path, source_pdf=None):
    """The notice's own text, whitespace normalised: for an image, the PDF it was drawn from."""
    ext = path.rsplit(".", 1)[-1].lower()
    src = source_pdf or path
    if source_pdf or ext == "pdf":
        raw = subprocess.run(["pdftotext", "-raw", src, "-"], capture_output=True, text=True).stdout
        lay = subprocess.run(["pdftotext", "-layout", src, "-"], capture_output=True, text=True).stdout
        return _norm(raw) + " \n " + _norm(lay)
    if ext == "docx":
        with zipfile.ZipFile(path) as z:
            parts = []
            for n in sorted(z.namelist()):
                if n.startswith("word/") and n.endswith(".xml"):
                    # paragraph ends, tabs and breaks become spaces; every w:t's text kept
                    x = re.sub(r"</w:p>|<w:tab/>|<w:br/>|</w:tc>", "<w:t> </w:t>", z.read(n).decode("utf8"))
                    parts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x)))
            return _norm(html.unescape(" ".join(parts)))
    if ext == "eml":
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        parts = [f"{h}: {msg[h]}" for h in ("Date", "From", "To", "Subject") if msg[h]]
        for part in msg.walk():
            ct = part.get_content_type()
            if ct == "text/plain":
                parts.append(part.get_content())
            elif ct == "text/html":
                parts.append(html_text(part.get_content()))
        return _norm(" \n ".join(parts))
    if ext in ("html", "htm"):
        with open(path, encoding="utf-8") as f:
            return _norm(html_text(f.read()))
    if ext == "txt":
        with open(path, "rb") as f:
            raw = f.read()
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            t = raw.decode("cp1252")
        return _norm(t)
    raise ValueError(path)


def html_text(h):
    """What a browser shows, roughly: scripts, styles and hidden elements dropped, tags to spaces."""
    h = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?is)<([a-z0-9]+)\b[^>]*\bhidden\b[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?is)<([a-z0-9]+)\b[^>]*display:\s*none[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    return html.unescape(h)
