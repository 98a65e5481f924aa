"""Renderers of blind intake set 26 (FICTIONAL): a notice's blocks as a text PDF, Word, plain text, HTML or
e-mail, and the text model read back from each file.

Blocks (tuples):
  ("head", [lines])            letterhead, first line bold
  ("title", text)
  ("p", text)                  paragraph; <b>...</b> allowed
  ("kv", [(label, value)], n)  label/value pairs, n pairs to a row (1 or 2)
  ("grid", header, rows)       a ruled table
  ("addr", [lines])            an address block, one line each
  ("small", text)
  ("gap", points)
  ("rule",)
"""
import email
import email.policy
import html as htmlmod
import re
import subprocess
import zipfile
from email.message import EmailMessage
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

LIB = "/usr/share/fonts/truetype/liberation2/"
DJV = "/usr/share/fonts/truetype/dejavu/"
FAMILIES = {
    "sans": (LIB + "LiberationSans-Regular.ttf", LIB + "LiberationSans-Bold.ttf"),
    "serif": (LIB + "LiberationSerif-Regular.ttf", LIB + "LiberationSerif-Bold.ttf"),
    "mono": (LIB + "LiberationMono-Regular.ttf", LIB + "LiberationMono-Bold.ttf"),
    "dsans": (DJV + "DejaVuSans.ttf", DJV + "DejaVuSans-Bold.ttf"),
    "dserif": (DJV + "DejaVuSerif.ttf", DJV + "DejaVuSerif-Bold.ttf"),
    "dcond": (DJV + "DejaVuSansCondensed.ttf", DJV + "DejaVuSansCondensed-Bold.ttf"),
}
_registered = set()


def _font(fam):
    if fam not in _registered:
        reg, bold = FAMILIES[fam]
        pdfmetrics.registerFont(TTFont(fam, reg))
        pdfmetrics.registerFont(TTFont(fam + "-B", bold))
        from reportlab.pdfbase.pdfmetrics import registerFontFamily
        registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam, boldItalic=fam + "-B")
        _registered.add(fam)
    return fam


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def esc_keep_b(s):
    """Escape for reportlab/HTML but keep <b> and </b>."""
    s = htmlmod.escape(s, quote=False)
    return s.replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>")


# ---------------------------------------------------------------- PDF

def pdf(blocks, path, style):
    fam = _font(style.get("font", "sans"))
    size = style.get("size", 9.5)
    lead = size * style.get("lead", 1.25)
    accent = colors.HexColor(style.get("accent", "#1f3a5f"))
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=lead, spaceAfter=size * 0.55)
    small = ParagraphStyle("s", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.2)
    title = ParagraphStyle("t", parent=body, fontName=fam + "-B", fontSize=size + 2.5, leading=(size + 2.5) * 1.2,
                           spaceBefore=4, spaceAfter=6, textColor=accent,
                           alignment=TA_CENTER if style.get("center_title") else TA_LEFT)
    head1 = ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=size + 4, leading=(size + 4) * 1.15,
                           textColor=accent, spaceAfter=1)
    head = ParagraphStyle("h", parent=body, fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
    cell = ParagraphStyle("c", parent=body, spaceAfter=0, fontSize=size - 0.5, leading=(size - 0.5) * 1.2)
    cellb = ParagraphStyle("cb", parent=cell, fontName=fam + "-B")
    story = []
    for b in blocks:
        k = b[0]
        if k == "head":
            story.append(Paragraph(esc_keep_b(b[1][0]), head1))
            for line in b[1][1:]:
                story.append(Paragraph(esc_keep_b(line), head))
            story.append(Spacer(1, size))
        elif k == "title":
            story.append(Paragraph(esc_keep_b(b[1]), title))
        elif k == "p":
            story.append(Paragraph(esc_keep_b(b[1]), body))
        elif k == "small":
            story.append(Paragraph(esc_keep_b(b[1]), small))
        elif k == "gap":
            story.append(Spacer(1, b[1]))
        elif k == "rule":
            story.append(HRFlowable(width="100%", thickness=0.7, color=accent, spaceBefore=2, spaceAfter=6))
        elif k == "addr":
            for line in b[1]:
                story.append(Paragraph(esc_keep_b(line), ParagraphStyle("a", parent=body, spaceAfter=0)))
            story.append(Spacer(1, size * 0.7))
        elif k == "kv":
            n = b[2] if len(b) > 2 else 1
            rows, row = [], []
            for lab, val in b[1]:
                row += [Paragraph(esc_keep_b(lab), cellb), Paragraph(esc_keep_b(val), cell)]
                if len(row) == 2 * n:
                    rows.append(row)
                    row = []
            if row:
                rows.append(row + [""] * (2 * n - len(row)))
            w = 7.0 * inch
            widths = [w * 0.3, w * 0.7] if n == 1 else [w * 0.17, w * 0.33, w * 0.17, w * 0.33]
            t = Table(rows, colWidths=widths)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOX", (0, 0), (-1, -1), 0.6, accent) if style.get("kv_box") else
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story += [t, Spacer(1, size * 0.6)]
        elif k == "grid":
            header, rows = b[1], b[2]
            data = [[Paragraph(esc_keep_b(h), cellb) for h in header]]
            data += [[Paragraph(esc_keep_b(str(c)), cell) for c in r] for r in rows]
            t = Table(data, repeatRows=1, colWidths=b[3] if len(b) > 3 else None)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(style.get("grid_head", "#e4e8ee"))),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, size * 0.8)]
        else:
            raise ValueError(k)
    m = style.get("margin", 0.75) * inch
    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=m, rightMargin=m, topMargin=m * 0.85,
                            bottomMargin=m * 0.85, title=style.get("doc_title", "FICTIONAL notice"),
                            author="FICTIONAL sample", creator="intake26 make_set.py", invariant=1)
    doc.build(story)


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out)[1])


def pdf_text(path):
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
    lay = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    return raw + "\n" + lay


# ---------------------------------------------------------------- plain text

def wrap(s, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def text(blocks, width=78):
    out = []
    for b in blocks:
        k = b[0]
        if k == "head":
            out += [strip_tags(x) for x in b[1]] + [""]
        elif k == "title":
            t = strip_tags(b[1]).upper()
            out += [t, "=" * len(t), ""]
        elif k in ("p", "small"):
            out += wrap(strip_tags(b[1]), width) + [""]
        elif k == "addr":
            out += ["    " + strip_tags(x) for x in b[1]] + [""]
        elif k == "kv":
            lw = max(len(strip_tags(l)) for l, _ in b[1]) + 2
            out += [f"{strip_tags(l) + ':':<{lw}} {strip_tags(v)}" for l, v in b[1]] + [""]
        elif k == "grid":
            rows = [[strip_tags(h) for h in b[1]]] + [[strip_tags(str(c)) for c in r] for r in b[2]]
            ws = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append("  ".join(c.ljust(ws[i]) for i, c in enumerate(r)).rstrip())
                if j == 0:
                    out.append("  ".join("-" * w for w in ws))
            out.append("")
        elif k == "rule":
            out.append("-" * width)
        elif k == "gap":
            pass
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- HTML body (used by e-mails)

def html_body(blocks, css_font="Arial, sans-serif"):
    h = [f'<div style="font-family:{css_font};font-size:14px;color:#222">']
    for b in blocks:
        k = b[0]
        if k == "head":
            h.append(f"<p><b>{esc_keep_b(b[1][0])}</b><br>" + "<br>".join(esc_keep_b(x) for x in b[1][1:]) + "</p>")
        elif k == "title":
            h.append(f"<h2 style=\"font-size:17px\">{esc_keep_b(b[1])}</h2>")
        elif k == "p":
            h.append(f"<p>{esc_keep_b(b[1])}</p>")
        elif k == "small":
            h.append(f"<p style=\"font-size:11px;color:#555\">{esc_keep_b(b[1])}</p>")
        elif k == "addr":
            h.append("<p>" + "<br>".join(esc_keep_b(x) for x in b[1]) + "</p>")
        elif k == "kv":
            h.append("<table cellpadding=\"3\">" + "".join(
                f"<tr><td><b>{esc_keep_b(l)}</b></td><td>{esc_keep_b(v)}</td></tr>" for l, v in b[1]) + "</table>")
        elif k == "grid":
            h.append('<table border="1" cellspacing="0" cellpadding="4"><tr>' +
                     "".join(f"<th>{esc_keep_b(x)}</th>" for x in b[1]) + "</tr>" +
                     "".join("<tr>" + "".join(f"<td>{esc_keep_b(str(c))}</td>" for c in r) + "</tr>"
                             for r in b[2]) + "</table>")
        elif k == "rule":
            h.append("<hr>")
    h.append("</div>")
    return "\n".join(h)


def html_text(src):
    """The text a reader sees in an HTML page: script, style, head and hidden elements dropped."""
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", src)
    s = re.sub(r"(?is)<(\w+)[^>]*(?:hidden|display:\s*none)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


# ---------------------------------------------------------------- Word

def docx(blocks, path, style, header_lines=None, footer=None):
    import docx as dx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    doc = dx.Document()
    st = doc.styles["Normal"]
    st.font.name = style.get("docx_font", "Calibri")
    st.font.size = Pt(style.get("size", 10.5))
    sec = doc.sections[0]
    if header_lines:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(header_lines[0])
        r.bold = True
        r.font.size = Pt(14)
        r.font.color.rgb = RGBColor(0x2a, 0x4d, 0x3a)
        for line in header_lines[1:]:
            p = sec.header.add_paragraph(line)
            p.runs[0].font.size = Pt(8.5)
    if footer:
        sec.footer.paragraphs[0].add_run(footer).font.size = Pt(8)

    def runs(p, s):
        for i, part in enumerate(re.split(r"</?b>", s)):
            if part:
                p.add_run(part).bold = (i % 2 == 1)

    for b in blocks:
        k = b[0]
        if k == "head":
            p = doc.add_paragraph()
            runs(p, "<b>" + b[1][0] + "</b>")
            for line in b[1][1:]:
                doc.add_paragraph(line)
        elif k == "title":
            p = doc.add_paragraph()
            r = p.add_run(strip_tags(b[1]))
            r.bold = True
            r.font.size = Pt(13)
            if style.get("center_title"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k in ("p", "small"):
            p = doc.add_paragraph()
            runs(p, b[1])
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(8.5)
        elif k == "addr":
            for line in b[1]:
                p = doc.add_paragraph(strip_tags(line))
                p.paragraph_format.space_after = Pt(0)
            doc.add_paragraph()
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for l, v in b[1]:
                c = t.add_row().cells
                c[0].paragraphs[0].add_run(strip_tags(l)).bold = True
                c[1].text = strip_tags(v)
            doc.add_paragraph()
        elif k == "grid":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].paragraphs[0].add_run(strip_tags(h)).bold = True
            for r in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = strip_tags(str(c))
            doc.add_paragraph()
        elif k == "rule":
            doc.add_paragraph("_" * 60)
    cp = doc.core_properties
    cp.author = "FICTIONAL sample"
    cp.title = style.get("doc_title", "FICTIONAL notice")
    import datetime as dt
    fixed = dt.datetime(2026, 12, 1, 9, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_modified_by = "FICTIONAL"
    cp.revision = 1
    doc.save(str(path))
    # one fixed time for every zip entry, so two builds are identical
    tmp = Path(str(path) + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf8")
                for para in re.findall(r"(?s)<w:p[ >].*?</w:p>", x):
                    out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
    return htmlmod.unescape("\n".join(out))


# ---------------------------------------------------------------- e-mail

def eml_text(path):
    msg = email.message_from_bytes(Path(path).read_bytes(), policy=email.policy.default)
    out = [f"{h}: {msg[h]}" for h in ("From", "To", "Date", "Subject") if msg[h]]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html_text(part.get_content()))
    return "\n".join(out)


def text_model(path):
    p = Path(path)
    suf = p.suffix.lower()
    if suf == ".pdf":
        return pdf_text(p)
    if suf == ".docx":
        return docx_text(p)
    if suf == ".eml":
        return eml_text(p)
    if suf in (".html", ".htm"):
        return html_text(p.read_text(encoding="utf8"))
    if suf == ".txt":
        return p.read_bytes().decode(p.name.endswith(".txt") and "utf8")
    raise ValueError(suf)


def make_eml(headers, plain, html, boundary):
    """A multipart/alternative message, quoted-printable, with a fixed boundary (the same bytes every build)."""
    from email.mime.multipart import MIMEMultipart
    msg = MIMEMultipart("alternative", boundary=boundary)
    from email.header import Header
    for k, v in headers:
        msg[k] = v if v.isascii() else Header(v, "utf-8").encode()
    msg.attach(_qp(plain, "plain"))
    msg.attach(_qp(html, "html"))
    return msg.as_bytes(policy=email.policy.SMTP)


def _qp(body, sub):
    from email.mime.nonmultipart import MIMENonMultipart
    import quopri
    part = MIMENonMultipart("text", sub, charset="utf-8")
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part.set_payload(quopri.encodestring(body.replace("\r\n", "\n").encode("utf8")).decode("ascii"))
    return part
