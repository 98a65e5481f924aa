"""Renderer of my own for set 22 (FICTIONAL notices): one small block language drawn as a text PDF (reportlab
platypus) or a Word file (python-docx), and the text model read back from every file kind."""
import email
import email.policy
import html
import re
import subprocess
import zipfile

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
from reportlab.platypus.flowables import HRFlowable

LIB = "/usr/share/fonts/truetype/liberation2/"
DJV = "/usr/share/fonts/truetype/dejavu/"
FONT_FILES = {
    "libsans": (LIB + "LiberationSans-Regular.ttf", LIB + "LiberationSans-Bold.ttf"),
    "libserif": (LIB + "LiberationSerif-Regular.ttf", LIB + "LiberationSerif-Bold.ttf"),
    "libmono": (LIB + "LiberationMono-Regular.ttf", LIB + "LiberationMono-Bold.ttf"),
    "dvsans": (DJV + "DejaVuSans.ttf", DJV + "DejaVuSans-Bold.ttf"),
    "dvserif": (DJV + "DejaVuSerif.ttf", DJV + "DejaVuSerif-Bold.ttf"),
    "dvcond": (DJV + "DejaVuSansCondensed.ttf", DJV + "DejaVuSansCondensed-Bold.ttf"),
    "dvserifcond": (DJV + "DejaVuSerifCondensed.ttf", DJV + "DejaVuSerifCondensed-Bold.ttf"),
    "dvmono": (DJV + "DejaVuSansMono.ttf", DJV + "DejaVuSansMono-Bold.ttf"),
}
_REGISTERED = set()


def font(name):
    """(regular, bold) reportlab font names for one of FONT_FILES."""
    reg, bold = name + "-R", name + "-B"
    if name not in _REGISTERED:
        pdfmetrics.registerFont(TTFont(reg, FONT_FILES[name][0]))
        pdfmetrics.registerFont(TTFont(bold, FONT_FILES[name][1]))
        pdfmetrics.registerFontFamily(reg, normal=reg, bold=bold, italic=reg, boldItalic=bold)
        _REGISTERED.add(name)
    return reg, bold


def _markup(text):
    """Escape for a Paragraph, with **bold** spans."""
    t = html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


def plain(text):
    return text.replace("**", "")


# ---------------------------------------------------------------------------------------------------------------
# PDF
class PdfStyle:
    def __init__(self, **kw):
        self.font = kw.get("font", "libsans")
        self.size = kw.get("size", 10)
        self.leading = kw.get("leading", self.size * 1.3)
        self.ink = colors.HexColor(kw.get("ink", "#000000"))
        self.accent = colors.HexColor(kw.get("accent", "#1b3a5c"))
        self.label_ink = colors.HexColor(kw.get("label_ink", kw.get("ink", "#000000")))
        self.value_ink = colors.HexColor(kw.get("value_ink", kw.get("ink", "#000000")))
        self.value_font = kw.get("value_font", self.font)
        self.rule = colors.HexColor(kw.get("rule", "#555555"))
        self.fill = colors.HexColor(kw.get("fill", "#e8edf3"))
        reg, bold = font(self.font)
        vreg, vbold = font(self.value_font)
        self.reg, self.bold, self.vreg = reg, bold, vreg
        self.body = ParagraphStyle("body", fontName=reg, fontSize=self.size, leading=self.leading,
                                   textColor=self.ink, spaceAfter=self.size * 0.55)
        self.tight = ParagraphStyle("tight", parent=self.body, spaceAfter=0)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=self.size - 1.5,
                                    leading=(self.size - 1.5) * 1.25)
        self.label = ParagraphStyle("label", parent=self.tight, textColor=self.label_ink, fontName=bold)
        self.glabel = ParagraphStyle("glabel", parent=self.tight, textColor=self.label_ink, fontName=reg,
                                     fontSize=self.size - 2.5, leading=(self.size - 2.5) * 1.2)
        self.value = ParagraphStyle("value", parent=self.tight, textColor=self.value_ink, fontName=vreg)
        self.title = ParagraphStyle("title", parent=self.body, fontName=bold, fontSize=self.size + 4,
                                    leading=(self.size + 4) * 1.2, textColor=self.accent, spaceAfter=6)
        self.h = ParagraphStyle("h", parent=self.body, fontName=bold, fontSize=self.size + 1,
                                leading=(self.size + 1) * 1.25, textColor=self.accent, spaceBefore=4,
                                spaceAfter=3)
        self.lh_name = ParagraphStyle("lhn", parent=self.tight, fontName=bold, fontSize=self.size + 6,
                                      leading=(self.size + 6) * 1.15, textColor=self.accent)
        self.lh_line = ParagraphStyle("lhl", parent=self.tight, fontSize=self.size - 1.5,
                                      leading=(self.size - 1.5) * 1.25)
        self.lh_right = ParagraphStyle("lhr", parent=self.lh_line, alignment=TA_RIGHT)
        self.center = ParagraphStyle("ctr", parent=self.small, alignment=TA_CENTER)
        self.cell = ParagraphStyle("cell", parent=self.tight, fontSize=self.size - 1,
                                   leading=(self.size - 1) * 1.2, textColor=self.value_ink, fontName=vreg)
        self.hcell = ParagraphStyle("hcell", parent=self.cell, fontName=bold, textColor=self.label_ink)


def _flow(blocks, st, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "lh":
            _, name, left, right = b
            lcol = [Paragraph(_markup(name), st.lh_name)] + [Paragraph(_markup(x), st.lh_line) for x in left]
            rcol = [Paragraph(_markup(x), st.lh_right) for x in right]
            t = Table([[lcol, rcol]], colWidths=[width * 0.6, width * 0.4])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("LINEBELOW", (0, 0), (-1, 0), 1.2, st.accent),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            out += [t, Spacer(1, 10)]
        elif kind == "title":
            out.append(Paragraph(_markup(b[1]), st.title))
        elif kind == "h":
            out.append(Paragraph(_markup(b[1]), st.h))
        elif kind == "p":
            out.append(Paragraph(_markup(b[1]), st.body))
        elif kind == "small":
            out.append(Paragraph(_markup(b[1]), st.small))
        elif kind == "vp":
            out.append(Paragraph(_markup(b[1]), ParagraphStyle("vp", parent=st.value, spaceAfter=st.size * 0.6)))
        elif kind == "center":
            out.append(Paragraph(_markup(b[1]), st.center))
        elif kind == "lines":
            ps = [Paragraph(_markup(x), st.tight) for x in b[1]]
            out += [KeepTogether(ps), Spacer(1, st.size * 0.6)]
        elif kind == "kv":
            opts = b[2] if len(b) > 2 else {}
            cw = opts.get("colw", (0.34, 0.66))
            rows = [[Paragraph(_markup(k), st.label), Paragraph(_markup(v), st.value)] for k, v in b[1]]
            t = Table(rows, colWidths=[width * cw[0], width * cw[1]], hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            if opts.get("box"):
                sty += [("BOX", (0, 0), (-1, -1), 0.8, st.rule), ("BACKGROUND", (0, 0), (0, -1), st.fill),
                        ("INNERGRID", (0, 0), (-1, -1), 0.4, st.rule)]
            t.setStyle(TableStyle(sty))
            out += [t, Spacer(1, st.size * 0.8)]
        elif kind == "grid":
            rows = []
            ncol = max(len(r) for r in b[1])
            for r in b[1]:
                cells = [[Paragraph(_markup(k), st.glabel), Paragraph(_markup(v), st.value)] for k, v in r]
                cells += [""] * (ncol - len(cells))
                rows.append(cells)
            t = Table(rows, colWidths=[width / ncol] * ncol)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, st.rule), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            out += [t, Spacer(1, st.size * 0.8)]
        elif kind == "table":
            opts = b[3] if len(b) > 3 else {}
            header, rows = b[1], b[2]
            fr = opts.get("widths")
            cw = [width * f for f in fr] if fr else None
            data = [[Paragraph(_markup(h), st.hcell) for h in header]]
            data += [[Paragraph(_markup(c), st.cell) for c in r] for r in rows]
            t = Table(data, colWidths=cw, repeatRows=1, hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
            if opts.get("grid", True):
                sty += [("GRID", (0, 0), (-1, -1), 0.5, st.rule), ("BACKGROUND", (0, 0), (-1, 0), st.fill)]
            else:
                sty += [("LINEBELOW", (0, 0), (-1, 0), 0.8, st.rule), ("LINEBELOW", (0, -1), (-1, -1), 0.8, st.rule)]
            t.setStyle(TableStyle(sty))
            out += [t, Spacer(1, st.size * 0.9)]
        elif kind == "space":
            out.append(Spacer(1, b[1]))
        elif kind == "hr":
            out.append(HRFlowable(width="100%", thickness=0.8, color=st.rule, spaceBefore=3, spaceAfter=6))
        elif kind == "dash":
            out.append(HRFlowable(width="100%", thickness=0.8, color=st.rule, spaceBefore=8, spaceAfter=8,
                                  dash=(4, 3)))
        elif kind == "box":
            opts = b[2] if len(b) > 2 else {}
            inner = _flow(b[1], st, width - 16)
            t = Table([[inner]], colWidths=[width])
            sty = [("BOX", (0, 0), (-1, -1), opts.get("weight", 1.0), st.rule), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6)]
            if opts.get("fill"):
                sty.append(("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(opts["fill"])))
            t.setStyle(TableStyle(sty))
            out += [t, Spacer(1, st.size * 0.9)]
        elif kind == "cols":
            f = b[3] if len(b) > 3 else (0.5, 0.5)
            w1, w2 = width * f[0], width * f[1]
            t = Table([[_flow(b[1], st, w1 - 8), _flow(b[2], st, w2 - 8)]], colWidths=[w1, w2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
            out += [t, Spacer(1, 4)]
        elif kind == "pb":
            out.append(PageBreak())
        else:
            raise ValueError(kind)
    return out


def build_pdf(path, doc):
    """doc: {"style": {...}, "blocks": [...], "pagesize": "letter"|"a4"|"letter-land", "margins": inches,
    "header": str, "footer": str (page numbers with {page})}"""
    st = PdfStyle(**doc.get("style", {}))
    ps = {"letter": letter, "a4": A4, "letter-land": landscape(letter)}[doc.get("pagesize", "letter")]
    m = doc.get("margins", 0.8) * inch
    header, footer = doc.get("header"), doc.get("footer")

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(st.reg, st.size - 2.5)
        canvas.setFillColor(colors.HexColor("#333333"))
        if header:
            canvas.drawString(m, ps[1] - m * 0.55, header.format(page=d.page))
        if footer:
            canvas.drawCentredString(ps[0] / 2, m * 0.45, footer.format(page=d.page))
        canvas.restoreState()

    sd = SimpleDocTemplate(path, pagesize=ps, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                           title=doc.get("title", "FICTIONAL notice"), author="FICTIONAL", subject="FICTIONAL",
                           creator="intake22 make_set.py")
    sd.build(_flow(doc["blocks"], st, ps[0] - 2 * m), onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------------------------------------------------------
# Word
def build_docx(path, doc):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    d = docx.Document()
    sty = doc.get("style", {})
    base = d.styles["Normal"]
    base.font.name = sty.get("word_font", "Calibri")
    base.font.size = Pt(sty.get("size", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(doc.get("margins", 0.9))
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    accent = RGBColor.from_string(sty.get("accent", "#1b3a5c").lstrip("#"))

    def runs(p, text, bold=False, size=None, color=None):
        for i, part in enumerate(text.split("**")):
            if not part:
                continue
            r = p.add_run(part)
            r.bold = bold or (i % 2 == 1)
            if size:
                r.font.size = Pt(size)
            if color is not None:
                r.font.color.rgb = color
        return p

    def para(container, text="", **kw):
        p = container.add_paragraph()
        p.paragraph_format.space_after = Pt(kw.pop("after", 5))
        return runs(p, text, **kw)

    def borders(table, on=True):
        tbl = table._tbl
        pr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "single" if on else "nil")
            e.set(qn("w:sz"), "6")
            e.set(qn("w:color"), "555555")
            b.append(e)
        pr.append(b)

    def shade(cell, hexfill):
        tcpr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexfill)
        tcpr.append(s)

    def emit(container, blocks):
        for b in blocks:
            kind = b[0]
            if kind == "lh":
                _, name, left, right = b
                hdr = d.sections[0].header
                hp = hdr.paragraphs[0]
                runs(hp, name, bold=True, size=sty.get("size", 10.5) + 5, color=accent)
                for x in left:
                    runs(hdr.add_paragraph(), x, size=sty.get("size", 10.5) - 1.5)
                for x in right:
                    p = runs(hdr.add_paragraph(), x, size=sty.get("size", 10.5) - 1.5)
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif kind == "title":
                para(container, b[1], bold=True, size=sty.get("size", 10.5) + 4, color=accent, after=8)
            elif kind == "h":
                para(container, b[1], bold=True, size=sty.get("size", 10.5) + 1, color=accent, after=3)
            elif kind in ("p", "small", "center", "vp"):
                p = para(container, b[1], size=(sty.get("size", 10.5) - 1.5) if kind in ("small", "center") else None)
                if kind == "center":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "lines":
                for i, x in enumerate(b[1]):
                    para(container, x, after=0 if i < len(b[1]) - 1 else 8)
            elif kind == "kv":
                opts = b[2] if len(b) > 2 else {}
                if opts.get("leader"):
                    for k, v in b[1]:
                        p = container.add_paragraph()
                        p.paragraph_format.space_after = Pt(1)
                        p.paragraph_format.tab_stops.add_tab_stop(Inches(opts.get("tab", 2.6)),
                                                                 WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
                        runs(p, k, bold=True)
                        p.add_run("\t")
                        runs(p, v)
                    para(container, "", after=4)
                else:
                    t = container.add_table(rows=0, cols=2)
                    borders(t, opts.get("box", False))
                    for k, v in b[1]:
                        c = t.add_row().cells
                        runs(c[0].paragraphs[0], k, bold=True)
                        runs(c[1].paragraphs[0], v)
                        if opts.get("box"):
                            shade(c[0], "E8EDF3")
                    para(container, "", after=2)
            elif kind == "grid":
                ncol = max(len(r) for r in b[1])
                t = container.add_table(rows=0, cols=ncol)
                borders(t, True)
                for r in b[1]:
                    c = t.add_row().cells
                    for i, (k, v) in enumerate(r):
                        runs(c[i].paragraphs[0], k, size=sty.get("size", 10.5) - 2.5)
                        runs(c[i].add_paragraph(), v, bold=True)
                para(container, "", after=2)
            elif kind == "table":
                header, rows = b[1], b[2]
                t = container.add_table(rows=1, cols=len(header))
                borders(t, True)
                t.alignment = WD_TABLE_ALIGNMENT.LEFT
                for i, h in enumerate(header):
                    runs(t.rows[0].cells[i].paragraphs[0], h, bold=True, size=sty.get("size", 10.5) - 1)
                    shade(t.rows[0].cells[i], "DDE3EA")
                for r in rows:
                    c = t.add_row().cells
                    for i, x in enumerate(r):
                        runs(c[i].paragraphs[0], x, size=sty.get("size", 10.5) - 1)
                para(container, "", after=2)
            elif kind == "space":
                para(container, "", after=b[1] / 2)
            elif kind in ("hr", "dash"):
                p = para(container, "", after=4)
                pbdr = OxmlElement("w:pBdr")
                bot = OxmlElement("w:bottom")
                bot.set(qn("w:val"), "single" if kind == "hr" else "dashed")
                bot.set(qn("w:sz"), "6")
                bot.set(qn("w:color"), "777777")
                pbdr.append(bot)
                p._p.get_or_add_pPr().append(pbdr)
            elif kind == "box":
                t = container.add_table(rows=1, cols=1)
                borders(t, True)
                cell = t.rows[0].cells[0]
                emit(cell, b[1])
                para(container, "", after=2)
            elif kind == "cols":
                t = container.add_table(rows=1, cols=2)
                borders(t, False)
                emit(t.rows[0].cells[0], b[1])
                emit(t.rows[0].cells[1], b[2])
            elif kind == "pb":
                d.add_page_break()
            else:
                raise ValueError(kind)

    emit(d, doc["blocks"])
    if doc.get("footer"):
        fp = d.sections[0].footer.paragraphs[0]
        runs(fp, doc["footer"].replace("{page}", ""), size=8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = d.core_properties
    cp.author = "FICTIONAL"
    cp.title = doc.get("title", "FICTIONAL notice")
    d.save(path)


# ---------------------------------------------------------------------------------------------------------------
# Text models: what each file says, as a careful reader sees it
def pdf_text(path):
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                         check=True).stdout
    lay = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                         check=True).stdout
    return raw + "\n\f\n" + lay


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.startswith("word/") and n.endswith(".xml") and ("document" in n or "header" in n or "footer" in n):
                xml = z.read(n).decode("utf-8")
                for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                    p = re.sub(r"<w:tab/>", "\t", p)
                    parts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    return html.unescape("\n".join(parts))


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|dt|dd|table)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "  ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def eml_text(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    out = []
    for h in ("Date", "From", "To", "Subject"):
        if msg[h]:
            out.append(f"{h}: {msg[h]}")
    for part in msg.walk():
        if part is msg:
            continue
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            for h in ("Date", "From", "To", "Subject"):
                if inner[h]:
                    out.append(f"{h}: {inner[h]}")
        elif part.get_content_maintype() == "text":
            c = part.get_content()
            out.append(html_to_text(c) if part.get_content_subtype() == "html" else c)
    return "\n".join(out)


def text_model(path, sources=()):
    """The text a careful reader sees: for an image, the text of the PDFs it was drawn from."""
    if sources:
        return "\n\f\n".join(pdf_text(s) for s in sources)
    if path.endswith(".pdf"):
        return pdf_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".eml"):
        return eml_text(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()
