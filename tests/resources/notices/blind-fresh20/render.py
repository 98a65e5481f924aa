"""This set's own renderer (FICTIONAL notices): reportlab page helpers, rasterizing, text extraction."""
import os
import subprocess
import tempfile
import glob

from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether, PageBreak)

LIB = "/usr/share/fonts/truetype/liberation2/"
DJV = "/usr/share/fonts/truetype/dejavu/"
FONT_FILES = {
    "Sans": LIB + "LiberationSans-Regular.ttf", "Sans-Bold": LIB + "LiberationSans-Bold.ttf",
    "Sans-Italic": LIB + "LiberationSans-Italic.ttf",
    "Serif": LIB + "LiberationSerif-Regular.ttf", "Serif-Bold": LIB + "LiberationSerif-Bold.ttf",
    "Serif-Italic": LIB + "LiberationSerif-Italic.ttf",
    "Mono": LIB + "LiberationMono-Regular.ttf", "Mono-Bold": LIB + "LiberationMono-Bold.ttf",
    "DV": DJV + "DejaVuSans.ttf", "DV-Bold": DJV + "DejaVuSans-Bold.ttf",
    "DVC": DJV + "DejaVuSansCondensed.ttf", "DVC-Bold": DJV + "DejaVuSansCondensed-Bold.ttf",
    "DVSerif": DJV + "DejaVuSerif.ttf", "DVSerif-Bold": DJV + "DejaVuSerif-Bold.ttf",
    "DVMono": DJV + "DejaVuSansMono.ttf", "DVMono-Bold": DJV + "DejaVuSansMono-Bold.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    from reportlab import rl_config
    rl_config.invariant = 1  # no creation date or random ID: the same PDF every build
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic", boldItalic="Sans-Bold")
    registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-Bold")
    registerFontFamily("DV", normal="DV", bold="DV-Bold", italic="DV", boldItalic="DV-Bold")
    registerFontFamily("DVC", normal="DVC", bold="DVC-Bold", italic="DVC", boldItalic="DVC-Bold")
    registerFontFamily("DVSerif", normal="DVSerif", bold="DVSerif-Bold", italic="DVSerif", boldItalic="DVSerif-Bold")
    registerFontFamily("Mono", normal="Mono", bold="Mono-Bold", italic="Mono", boldItalic="Mono-Bold")
    _registered = True


def pil_font(name, size):
    from PIL import ImageFont
    return ImageFont.truetype(FONT_FILES[name], size)


def styles(font="Sans", size=10, leading=None):
    register_fonts()
    leading = leading or size * 1.28
    bold = font + "-Bold"
    s = {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=leading, spaceAfter=size * 0.55),
        "tight": ParagraphStyle("tight", fontName=font, fontSize=size, leading=leading),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25,
                                spaceAfter=3),
        "tiny": ParagraphStyle("tiny", fontName=font, fontSize=size - 2.5, leading=(size - 2.5) * 1.2),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.2, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.25, spaceBefore=6,
                             spaceAfter=4),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=size, leading=leading, spaceBefore=4, spaceAfter=2),
        "right": ParagraphStyle("right", fontName=font, fontSize=size, leading=leading, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", fontName=font, fontSize=size, leading=leading, alignment=TA_CENTER),
        "fict": ParagraphStyle("fict", fontName=bold, fontSize=size - 2, leading=(size - 2) * 1.2, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.2),
    }
    return s


def P(text, style):
    return Paragraph(text, style)


def grid(data, widths, font="Sans", size=9, header=True, head_bg=colors.HexColor("#d9d9d9"), borders=True,
         zebra=None, pad=3, valign="TOP", bold_first_col=False, extra=None, wrap=False):
    register_fonts()
    if wrap:
        from xml.sax.saxutils import escape
        ps = ParagraphStyle("w", fontName=font, fontSize=size, leading=size * 1.2)
        pb = ParagraphStyle("wb", fontName=font + "-Bold", fontSize=size, leading=size * 1.2)
        data = [[Paragraph(escape(c), pb if (header and i == 0) else ps) if isinstance(c, str) else c
                 for c in row] for i, row in enumerate(data)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    st = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size),
          ("LEADING", (0, 0), (-1, -1), size * 1.2), ("VALIGN", (0, 0), (-1, -1), valign),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
          ("LEFTPADDING", (0, 0), (-1, -1), pad + 1), ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1)]
    if header:
        st += [("FONTNAME", (0, 0), (-1, 0), font + "-Bold"), ("BACKGROUND", (0, 0), (-1, 0), head_bg)]
    if borders:
        st += [("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
    if zebra:
        for r in range(1 if header else 0, len(data)):
            if (r % 2) == 0:
                st.append(("BACKGROUND", (0, r), (-1, r), zebra))
    if bold_first_col:
        st.append(("FONTNAME", (0, 0), (0, -1), font + "-Bold"))
    if extra:
        st += extra
    t.setStyle(TableStyle(st))
    return t


def build_pdf(path, story, pagesize=letter, margins=(0.8, 0.8, 0.8, 0.8), first=None, later=None,
              first_top=None, title="FICTIONAL notice"):
    """margins in inches: left, right, top, bottom. first/later: canvas callbacks (canvas, doc)."""
    register_fonts()
    l, r, t, b = [m * inch for m in margins]
    w, h = pagesize
    ft = (first_top * inch) if first_top else t
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                          title=title, author="FICTIONAL", creator="intake20 make_set.py")
    f1 = Frame(l, b, w - l - r, h - ft - b, id="f1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(l, b, w - l - r, h - t - b, id="f2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=first or (lambda c, d: None),
                                       autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=[f2], onPage=later or first or (lambda c, d: None))])
    doc.build(story)
    return path


def rasterize(pdf, dpi, gray=False):
    """Pages of a PDF as PIL images (poppler's pdftoppm)."""
    with tempfile.TemporaryDirectory() as td:
        args = ["pdftoppm", "-r", str(dpi), "-png"]
        if gray:
            args.append("-gray")
        subprocess.run(args + [pdf, os.path.join(td, "p")], check=True)
        out = []
        for f in sorted(glob.glob(os.path.join(td, "p-*.png"))):
            im = Image.open(f)
            im.load()
            out.append(im.convert("L" if gray else "RGB"))
        return out


def pdf_text(pdf):
    """The text layer as pdftotext gives it, with and without -layout."""
    a = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    b = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return a + "\n" + b


def docx_text(path):
    """Every w:t of a .docx (body with content controls, headers, footers), a paragraph a line."""
    import zipfile
    import re
    import html
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        for n in sorted(names):
            xml = z.read(n).decode("utf-8")
            for para in re.split(r"</w:p>", xml):
                ts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)
                tabs = para
                if ts:
                    out.append(html.unescape("".join(ts)))
    return "\n".join(out)


def docx_cc(paragraph, text, tag, bold=False, size=None, font=None):
    """An inline plain-text content control (w:sdt) holding text, as Word templates fill them."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    import zlib
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    idel = OxmlElement("w:id")
    idel.set(qn("w:val"), str(zlib.crc32((tag + text).encode()) % 2000000000))
    txt = OxmlElement("w:text")
    pr.extend([alias, tg, idel, txt])
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if font:
        rf = OxmlElement("w:rFonts")
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
        rpr.append(rf)
    if bold:
        rpr.append(OxmlElement("w:b"))
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(pr)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def eml_text(path):
    """Headers and every decoded text part of an e-mail, HTML tags stripped (the text model of an .eml)."""
    import email
    import email.policy
    import re
    import html as h
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    out = [f"Subject: {msg['Subject']}", f"Date: {msg['Date']}", f"From: {msg['From']}", f"To: {msg['To']}"]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain" and part.get_content_disposition() != "attachment":
            out.append(part.get_content())
        elif ct == "text/html":
            t = part.get_content()
            t = re.sub(r"(?is)<(script|style).*?</\1>", " ", t)
            t = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|dt|dd|h\d)>", "\n", t)
            t = re.sub(r"<[^>]+>", " ", t)
            out.append(h.unescape(t))
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed: soft line breaks end in a space, paragraphs end in a hard break."""
    import textwrap
    lines = []
    for para in text.split("\n"):
        if len(para) <= width:
            lines.append(para.rstrip())
            continue
        parts = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)
        for p in parts[:-1]:
            lines.append(p + " ")
        lines.append(parts[-1])
    return "\r\n".join(lines) + "\r\n"
