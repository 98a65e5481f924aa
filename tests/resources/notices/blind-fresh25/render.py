"""FICTIONAL set 25 renderer: block language -> text PDF, Word, e-mail, HTML, text; text models read back."""
import email, email.policy, html, io, re, subprocess, zipfile
from email.message import EmailMessage
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

FONTS = {
    "serif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
              "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
             "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "mono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
             "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"),
}
for k, (r, b) in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, r))
    pdfmetrics.registerFont(TTFont(k + "-b", b))

# Blocks: ("h", text) heading; ("p", text) paragraph; ("kv", [(label, value)]) two-column facts;
# ("t", [header], [[row]]) grid; ("a", [lines]) address lines; ("sp",) space; ("small", text).


def pdf(blocks, path, font="serif", size=10.5, margins=0.8, page=letter):
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    hs = ParagraphStyle("h", fontName=font + "-b", fontSize=size * 1.2, leading=size * 1.5, spaceAfter=size * 0.4)
    sm = ParagraphStyle("s", fontName=font, fontSize=size * 0.8, leading=size, spaceAfter=size * 0.3)
    cell = ParagraphStyle("c", fontName=font, fontSize=size * 0.9, leading=size * 1.1)
    flow = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            flow.append(Paragraph(escape(b[1]), hs))
        elif kind == "p":
            flow.append(Paragraph(escape(b[1]), st))
        elif kind == "small":
            flow.append(Paragraph(escape(b[1]), sm))
        elif kind == "a":
            for ln in b[1]:
                flow.append(Paragraph(escape(ln), ParagraphStyle("a", parent=st, spaceAfter=0)))
            flow.append(Spacer(1, size * 0.6))
        elif kind == "sp":
            flow.append(Spacer(1, size))
        elif kind in ("kv", "t"):
            rows = [[Paragraph(escape(l), cell), Paragraph(escape(v), cell)] for l, v in b[1]] if kind == "kv" \
                else [[Paragraph("<b>%s</b>" % escape(h), cell) for h in b[1]]] + \
                     [[Paragraph(escape(c), cell) for c in r] for r in b[2]]
            width = page[0] - 2 * margins * inch
            if kind == "kv":
                cw = [width * 0.34, width * 0.66]
            else:
                n = len(b[1]); cw = [width / n] * n
            t = Table(rows, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, size * 0.6))
    doc = SimpleDocTemplate(path, pagesize=page, leftMargin=margins * inch, rightMargin=margins * inch,
                            topMargin=margins * inch * 0.8, bottomMargin=margins * inch * 0.8, invariant=1,
                            title="FICTIONAL sample notice")
    doc.build(flow)


def block_lines(blocks):
    """The blocks as plain text lines (for .txt, .eml, and docx)."""
    out = []
    for b in blocks:
        if b[0] in ("h", "p", "small"):
            out.append(b[1]); out.append("")
        elif b[0] == "a":
            out.extend(b[1]); out.append("")
        elif b[0] == "kv":
            for l, v in b[1]:
                out.append(f"{l}: {v}")
            out.append("")
        elif b[0] == "t":
            out.append(" | ".join(b[1]))
            for r in b[2]:
                out.append(" | ".join(r))
            out.append("")
    return out


def docx(blocks, path, header_lines=()):
    import docx as dx
    d = dx.Document()
    sec = d.sections[0]
    for ln in header_lines:
        sec.header.add_paragraph(ln)
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] in ("p", "small"):
            d.add_paragraph(b[1])
        elif b[0] == "a":
            p = d.add_paragraph()
            for i, ln in enumerate(b[1]):
                r = p.add_run(ln)
                if i < len(b[1]) - 1:
                    r.add_break()
        elif b[0] == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for l, v in b[1]:
                c = t.add_row().cells; c[0].text = l; c[1].text = v
            d.add_paragraph("")
        elif b[0] == "t":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
            for r in b[2]:
                c = t.add_row().cells
                for i, v in enumerate(r):
                    c[i].text = v
            d.add_paragraph("")
    d.core_properties.author = "FICTIONAL"
    import datetime
    d.core_properties.created = datetime.datetime(2026, 12, 1)
    d.core_properties.modified = datetime.datetime(2026, 12, 1)
    buf = io.BytesIO(); d.save(buf)
    # rewrite zip entries with a fixed time so the file is the same each run
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


def eml(path, headers, plain, html_body=None, boundary="==set25-fixed-boundary=="):
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    m.set_content(plain, cte="quoted-printable")
    if html_body:
        m.add_alternative(html_body, subtype="html", cte="quoted-printable")
        m.set_boundary(boundary)
    open(path, "wb").write(bytes(m))


# ---------- text models ----------

def strip_html(s):
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
    s = re.sub(r'(?is)<(\w+)[^>]*\bhidden\b[^>]*>.*?</\1>', " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|td|th|pre|blockquote)>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def text_model(path, source_pdf=None):
    p = str(path)
    if source_pdf or p.endswith(".pdf"):
        src = source_pdf or p
        a = subprocess.run(["pdftotext", "-raw", src, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", "-layout", src, "-"], capture_output=True, text=True).stdout
        return a + "\n" + b
    if p.endswith(".docx"):
        z = zipfile.ZipFile(p)
        parts = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x)
                parts.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>|(\n)", x) and
                                     [a or b for a, b in re.findall(r"<w:t[^>]*>([^<]*)</w:t>|(\n)", x)]))
        return html.unescape("\n".join(parts))
    if p.endswith(".eml"):
        m = email.message_from_bytes(open(p, "rb").read(), policy=email.policy.default)
        out = [f"{k}: {v}" for k, v in m.items()]
        for part in m.walk():
            if part.get_content_maintype() == "text":
                c = part.get_content()
                out.append(strip_html(c) if part.get_content_subtype() == "html" else c)
        return "\n".join(out)
    if p.endswith(".html"):
        return strip_html(open(p, encoding="utf-8").read())
    return open(p, encoding="utf-8").read()
