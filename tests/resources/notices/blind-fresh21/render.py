"""My own renderer for set 21 (FICTIONAL): text PDFs with reportlab, Word with python-docx, e-mail with the standard
library, and the text model of each file (what the notice says, read back from the file itself)."""
import email
import email.policy
import html
import os
import re
import subprocess
import tempfile
import zipfile

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether, PageBreak)
from reportlab.lib.fonts import addMapping

TTF = "/usr/share/fonts/truetype"
T1A = "/usr/share/fonts/type1/urw-base35"
T1B = "/usr/share/fonts/X11/Type1"

_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    fams = {
        "LibSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf",
                    "liberation2/LiberationSans-Italic.ttf", "liberation2/LiberationSans-BoldItalic.ttf"),
        "LibSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf",
                     "liberation2/LiberationSerif-Italic.ttf", "liberation2/LiberationSerif-BoldItalic.ttf"),
        "LibMono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf",
                    "liberation2/LiberationMono-Italic.ttf", "liberation2/LiberationMono-BoldItalic.ttf"),
        "DejaSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf",
                     "dejavu/DejaVuSans-BoldOblique.ttf"),
        "DejaCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                     "dejavu/DejaVuSansCondensed-Oblique.ttf", "dejavu/DejaVuSansCondensed-BoldOblique.ttf"),
        "DejaSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf",
                      "dejavu/DejaVuSerif-BoldItalic.ttf"),
    }
    for fam, files in fams.items():
        names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, os.path.join(TTF, f)))
        addMapping(fam, 0, 0, names[0]); addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2]); addMapping(fam, 1, 1, names[3])
    # URW Type 1 faces (Century Schoolbook, Palatino, Bookman, Gothic, Sans Narrow) for variety
    t1 = {
        "Schoolbook": ("C059-Roman", "C059-Bold", "C059-Italic", "C059-BdIta"),
        "Palatino": ("P052-Roman", "P052-Bold", "P052-Italic", "P052-BoldItalic"),
        "Bookman": ("URWBookman-Light", "URWBookman-Demi", "URWBookman-LightItalic", "URWBookman-DemiItalic"),
        "Gothic": ("URWGothic-Book", "URWGothic-Demi", "URWGothic-BookOblique", "URWGothic-DemiOblique"),
        "Narrow": ("NimbusSansNarrow-Regular", "NimbusSansNarrow-Bold", "NimbusSansNarrow-Oblique",
                   "NimbusSansNarrow-BoldOblique"),
    }
    for fam, faces in t1.items():
        names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
        for n, face in zip(names, faces):
            f = pdfmetrics.EmbeddedType1Face(os.path.join(T1A, face + ".afm"), os.path.join(T1B, face + ".pfb"))
            pdfmetrics.registerTypeFace(f)
            pdfmetrics.registerFont(pdfmetrics.Font(n, face, "WinAnsiEncoding"))
        addMapping(fam, 0, 0, names[0]); addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2]); addMapping(fam, 1, 1, names[3])
    _registered = True


def esc(s):
    return html.escape(s, quote=False)


def style(font="LibSans", size=10, leading=None, align="left", bold=False, space_after=4, space_before=0,
          color=colors.black, left=0, first=0):
    register_fonts()
    al = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}[align]
    return ParagraphStyle("s", fontName=font + ("-B" if bold else ""), fontSize=size,
                          leading=leading or size * 1.22, alignment=al, spaceAfter=space_after,
                          spaceBefore=space_before, textColor=color, leftIndent=left, firstLineIndent=first)


def P(text, st):
    return Paragraph(text, st)


def lines(items, st):
    """Several short lines as one paragraph joined by line breaks (an address block)."""
    return Paragraph("<br/>".join(items), st)


def table(rows, widths, st, head=True, grid=0.5, head_bg=colors.Color(0.88, 0.88, 0.88), pad=3, extra=(),
          valign="TOP", box_only=False):
    data = [[c if not isinstance(c, str) else Paragraph(c, st) for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad * 0.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.6)]
    if grid:
        if box_only:
            cmds.append(("BOX", (0, 0), (-1, -1), grid, colors.black))
        else:
            cmds.append(("GRID", (0, 0), (-1, -1), grid, colors.black))
    if head and head_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, pagesize=letter, margins=(54, 54, 60, 60), on_page=None, on_later=None, title="FICTIONAL"):
    """margins: left, right, top, bottom in points."""
    register_fonts()
    w, h = pagesize
    l, r, t, b = margins
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                          title=title, author="FICTIONAL", subject="FICTIONAL sample notice", creator="set21")
    frame = Frame(l, b, w - l - r, h - t - b, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    pts = [PageTemplate(id="first", frames=[frame], onPage=on_page or (lambda c, d: None))]
    if on_later:
        pts.append(PageTemplate(id="later", frames=[frame], onPage=on_later))
    doc.addPageTemplates(pts)
    doc.build(story)
    return path


def pdf_text(path, layout=False):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else ["-raw"]) + [path, "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_words(path):
    """Word boxes (in points, from the top) from pdftotext -bbox: [(page, x0, y0, x1, y1, word)]."""
    out = subprocess.run(["pdftotext", "-bbox", path, "-"], check=True, capture_output=True, text=True).stdout
    words, page = [], -1
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            words.append((page, float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)),
                          html.unescape(m.group(5))))
    return words


def find_phrase(path, phrase, page=None):
    """Box (page, x0, y0, x1, y1 in points from the top) of the first run of words that spells `phrase`."""
    ws = pdf_words(path)
    target = phrase.split()
    for i in range(len(ws)):
        if page is not None and ws[i][0] != page:
            continue
        if [w[5] for w in ws[i:i + len(target)]] == target:
            run = ws[i:i + len(target)]
            return (run[0][0], min(w[1] for w in run), min(w[2] for w in run), max(w[3] for w in run),
                    max(w[4] for w in run))
    raise KeyError(f"phrase not in {path}: {phrase!r}")


def rasterize(path, dpi, gray=False, mono=False):
    """Every page of a PDF as a PIL image."""
    from PIL import Image
    with tempfile.TemporaryDirectory() as td:
        args = ["pdftoppm", "-r", str(dpi)]
        args += ["-gray"] if gray else []
        args += ["-png", path, os.path.join(td, "p")]
        subprocess.run(args, check=True)
        files = sorted(f for f in os.listdir(td) if f.endswith(".png"))
        return [Image.open(os.path.join(td, f)).copy() for f in files]


# ---------------------------------------------------------------- Word
def docx_text(path):
    """Every w:t of the body, headers, footers and text boxes, paragraph by paragraph (the notice as written)."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name):
                xml = z.read(name).decode("utf-8")
                for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                    txt = "".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", para, flags=re.S))
                    if txt.strip():
                        out.append(txt)
    return "\n".join(out)


# ---------------------------------------------------------------- e-mail
def eml_text(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    parts = [f"Date: {msg['Date']}", f"From: {msg['From']}", f"To: {msg['To']}", f"Subject: {msg['Subject']}"]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            parts.append(part.get_content())
        elif ct == "text/html":
            h = part.get_content()
            h = re.sub(r"(?is)<(style|script).*?</\1>", " ", h)
            h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>|</li>", "\n", h)
            h = re.sub(r"(?i)</td>|</th>", "  ", h)
            h = re.sub(r"<[^>]+>", "", h)
            parts.append(html.unescape(h))
    return "\n".join(parts)
