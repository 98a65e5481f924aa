"""Render the block language to a text PDF (reportlab), and read back each file's text model.

Blocks (tuples):
  ("lh", left_lines, right_lines)      letterhead: a name in bold, lines under it; right column small
  ("bar", text, colour)                a coloured title bar with white letters
  ("h", text) / ("h2", text)           headings
  ("p", text)                          a paragraph (reportlab mini-markup: <b>, <i>, <br/>)
  ("small", text)                      small print
  ("right", text) / ("center", text)
  ("addr", lines)                      an address block
  ("kv", rows, opts)                   label/value table; rows [(label, value)], opts cols=1|2, box=bool, lw=width
  ("grid", header, rows, widths)       a ruled table; widths are fractions of the frame
  ("timeline", [(label, text)])        a row of boxed steps with arrows
  ("box", title, blocks)               a bordered box holding blocks
  ("bullets", items)
  ("sp", points) / ("hr",) / ("pb",)
"""
from __future__ import annotations

import html
import re
import subprocess
import zipfile
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import LEGAL, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

FONTDIR = "/usr/share/fonts/truetype"
_FONTS = {
    "Sans": "liberation2/LiberationSans-Regular.ttf", "Sans-Bold": "liberation2/LiberationSans-Bold.ttf",
    "Sans-Italic": "liberation2/LiberationSans-Italic.ttf",
    "Serif": "liberation2/LiberationSerif-Regular.ttf", "Serif-Bold": "liberation2/LiberationSerif-Bold.ttf",
    "Serif-Italic": "liberation2/LiberationSerif-Italic.ttf",
    "Mono": "liberation2/LiberationMono-Regular.ttf", "Mono-Bold": "liberation2/LiberationMono-Bold.ttf",
    "Mono-Italic": "liberation2/LiberationMono-Italic.ttf",
    "DV": "dejavu/DejaVuSans.ttf", "DV-Bold": "dejavu/DejaVuSans-Bold.ttf", "DV-Italic": "dejavu/DejaVuSans-Oblique.ttf",
    "DVC": "dejavu/DejaVuSansCondensed.ttf", "DVC-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVC-Italic": "dejavu/DejaVuSansCondensed-Oblique.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    for name, rel in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, f"{FONTDIR}/{rel}"))
    for fam in ("Sans", "Serif", "Mono", "DV", "DVC"):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, f"{fam}-Bold")
        addMapping(fam, 0, 1, f"{fam}-Italic")
        addMapping(fam, 1, 1, f"{fam}-Bold")
    _registered = True


def _styles(font: str, size: float):
    lead = size * 1.28
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.55)
    return {
        "p": base,
        "small": ParagraphStyle("small", parent=base, fontSize=size * 0.82, leading=size * 1.02),
        "h": ParagraphStyle("h", parent=base, fontName=f"{font}-Bold", fontSize=size * 1.35,
                            leading=size * 1.6, spaceBefore=size * 0.3, spaceAfter=size * 0.45),
        "h2": ParagraphStyle("h2", parent=base, fontName=f"{font}-Bold", fontSize=size * 1.08,
                             leading=size * 1.35, spaceBefore=size * 0.5, spaceAfter=size * 0.25),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0, leading=size * 1.18),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=f"{font}-Bold", spaceAfter=0, leading=size * 1.18),
        "lhname": ParagraphStyle("lhname", parent=base, fontName=f"{font}-Bold", fontSize=size * 1.6,
                                 leading=size * 1.9, spaceAfter=0),
        "lhsmall": ParagraphStyle("lhsmall", parent=base, fontSize=size * 0.85, leading=size * 1.05, spaceAfter=0),
        "lhright": ParagraphStyle("lhright", parent=base, fontSize=size * 0.85, leading=size * 1.05,
                                  alignment=TA_RIGHT, spaceAfter=0),
        "bar": ParagraphStyle("bar", parent=base, fontName=f"{font}-Bold", textColor=colors.white,
                              fontSize=size * 1.2, leading=size * 1.5, spaceAfter=0),
    }


def _flow(blocks, st, width, size):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "lh":
            left = [Paragraph(b[1][0], st["lhname"])] + [Paragraph(x, st["lhsmall"]) for x in b[1][1:]]
            right = [Paragraph(x, st["lhright"]) for x in b[2]]
            t = Table([[left, right]], colWidths=[width * 0.62, width * 0.38])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor(b[3] if len(b) > 3 else "#1f3a5f"))]))
            out += [t, Spacer(1, size * 0.9)]
        elif kind == "bar":
            t = Table([[Paragraph(b[1], st["bar"])]], colWidths=[width])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(b[2])),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            out += [t, Spacer(1, size * 0.6)]
        elif kind in ("h", "h2", "p", "small", "right", "center"):
            out.append(Paragraph(b[1], st[kind]))
        elif kind == "addr":
            out.append(Paragraph("<br/>".join(b[1]), st["p"]))
        elif kind == "kv":
            opts = b[2] if len(b) > 2 else {}
            cols = opts.get("cols", 1)
            lw = opts.get("lw", 0.34 if cols == 1 else 0.19)
            rows = b[1]
            data = []
            if cols == 1:
                for lab, val in rows:
                    data.append([Paragraph(lab, st["cellb"]), Paragraph(val, st["cell"])])
                cw = [width * lw, width * (1 - lw)]
            else:
                half = (len(rows) + 1) // 2
                for i in range(half):
                    r = []
                    for j in (i, i + half):
                        if j < len(rows):
                            r += [Paragraph(rows[j][0], st["cellb"]), Paragraph(rows[j][1], st["cell"])]
                        else:
                            r += ["", ""]
                    data.append(r)
                cw = [width * lw, width * (0.5 - lw)] * 2
            t = Table(data, colWidths=cw)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if opts.get("box"):
                style += [("BOX", (0, 0), (-1, -1), 0.8, colors.black)]
            if opts.get("grid"):
                style += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
            if opts.get("shade"):
                style += [("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(opts["shade"]))]
            t.setStyle(TableStyle(style))
            out += [t, Spacer(1, size * 0.7)]
        elif kind == "grid":
            header, rows, widths = b[1], b[2], b[3]
            opts = b[4] if len(b) > 4 else {}
            data = [[Paragraph(h, st["cellb"]) for h in header]]
            data += [[Paragraph(c, st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[width * w for w in widths], repeatRows=1)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("head", "#d9d9d9"))),
                     ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            t.setStyle(TableStyle(style))
            out += [t, Spacer(1, size * 0.8)]
        elif kind == "timeline":
            steps = b[1]
            cells = []
            for i, (lab, txt) in enumerate(steps):
                cells.append([Paragraph(f"<b>{lab}</b>", st["cell"]), Paragraph(txt, st["cell"])])
                if i < len(steps) - 1:
                    cells.append(Paragraph("&gt;", st["center"]))
            n = len(steps)
            aw = width * 0.04
            sw = (width - aw * (n - 1)) / n
            cw = []
            for i in range(n):
                cw.append(sw)
                if i < n - 1:
                    cw.append(aw)
            t = Table([cells], colWidths=cw)
            style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for i in range(0, 2 * n - 1, 2):
                style += [("BOX", (i, 0), (i, 0), 0.7, colors.HexColor("#3a6ea5")),
                          ("BACKGROUND", (i, 0), (i, 0), colors.HexColor("#eef4fb"))]
            t.setStyle(TableStyle(style))
            out += [t, Spacer(1, size * 0.9)]
        elif kind == "box":
            inner = []
            if b[1]:
                inner.append(Paragraph(f"<b>{b[1]}</b>", st["p"]))
            inner += _flow(b[2], st, width - 16, size)
            t = Table([[inner]], colWidths=[width])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6)]))
            out += [t, Spacer(1, size * 0.8)]
        elif kind == "bullets":
            for item in b[1]:
                out.append(Paragraph(item, st["p"], bulletText="\u2022"))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "hr":
            t = Table([[""]], colWidths=[width], rowHeights=[2])
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.grey)]))
            out.append(t)
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "keep":
            out.append(KeepTogether(_flow(b[1], st, width, size)))
        else:
            raise ValueError(kind)
    return out


def build_pdf(path: Path, blocks, *, font="Sans", size=10.0, pagesize="letter", margins=0.8,
              footer=None, header=None, title="FICTIONAL notice", landscape=False, _count=False):
    """footer/header: callable(page_number) -> list of (x_fraction, align, text) or a string."""
    register_fonts()
    ps = LEGAL if pagesize == "legal" else LETTER
    if landscape:
        ps = (ps[1], ps[0])
    st = _styles(font, size)
    m = margins * inch
    doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                            title=title, author="FICTIONAL sample", creator="intake24 make_set.py",
                            invariant=1)
    width = ps[0] - 2 * m

    total = [0]

    def deco(canvas, doc_):
        canvas.saveState()
        for spec, y in ((footer, 0.45 * inch), (header, ps[1] - 0.42 * inch)):
            if spec is None:
                continue
            items = spec(doc_.page, total[0]) if callable(spec) else [(0.5, "c", spec)]
            canvas.setFont(font, size * 0.78)
            for xf, al, txt in items:
                x = xf * ps[0]
                if al == "c":
                    canvas.drawCentredString(x, y, txt)
                elif al == "r":
                    canvas.drawRightString(x, y, txt)
                else:
                    canvas.drawString(x, y, txt)
        canvas.restoreState()

    if (callable(footer) or callable(header)) and not _count:
        import tempfile, os
        fd, tmpf = tempfile.mkstemp(suffix=".pdf")
        os.close(fd)
        build_pdf(Path(tmpf), blocks, font=font, size=size, pagesize=pagesize, margins=margins, footer=footer,
                  header=header, title=title, landscape=landscape, _count=True)
        total[0] = pdf_pages(Path(tmpf))
        os.unlink(tmpf)
    doc.build(_flow(blocks, st, width, size), onFirstPage=deco, onLaterPages=deco)
    return path


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out)[1])


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True).stdout
    lay = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True).stdout
    return raw + "\n\f\n" + lay


def docx_text(path: Path) -> str:
    parts = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                xml = z.read(name).decode("utf-8")
                paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
                for p in paras:
                    parts.append(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))))
                parts.append("\f")
    return "\n".join(parts)


class _Visible(HTMLParser):
    """HTML as text, leaving out script, style, head and elements hidden by style or attribute."""
    SKIP = {"script", "style", "head", "template", "noscript"}
    VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "source"}
    BLOCK = {"p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "dt", "dd", "table", "section", "header",
             "footer", "pre", "br", "summary", "details", "article", "aside", "nav", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.stack = []  # (tag, hidden)
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        style = (a.get("style") or "").replace(" ", "").lower()
        hide = tag in self.SKIP or "hidden" in a or "display:none" in style or "visibility:hidden" in style \
            or a.get("aria-hidden") == "true" and "display:none" in style
        if tag in self.VOID:
            if tag == "br" and not self.hidden:
                self.out.append("\n")
            return
        self.stack.append((tag, hide))
        if hide:
            self.hidden += 1
        if tag in self.BLOCK and not self.hidden:
            self.out.append("\n")
        if tag in ("td", "th", "dd") and not self.hidden:
            self.out.append("  ")

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            t, h = self.stack.pop()
            if h:
                self.hidden -= 1
            if t == tag:
                break
        if tag in self.BLOCK and not self.hidden:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.out.append(data)


def html_text(markup: str) -> str:
    p = _Visible()
    p.feed(markup)
    return "".join(p.out)


def eml_text(path: Path) -> str:
    msg = BytesParser(policy=policy.default).parse(open(path, "rb"))
    parts = [f"Date: {msg['Date']}", f"From: {msg['From']}", f"To: {msg['To']}", f"Subject: {msg['Subject']}"]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            parts.append(part.get_content())
        elif ct == "text/html":
            parts.append(html_text(part.get_content()))
    return "\n".join(parts)


def text_model(path: Path, source_pdf: Path | None = None) -> str:
    sfx = path.suffix.lower()
    if source_pdf is not None:
        return pdf_text(source_pdf)
    if sfx == ".pdf":
        return pdf_text(path)
    if sfx == ".docx":
        return docx_text(path)
    if sfx in (".html", ".htm"):
        return html_text(path.read_text(encoding="utf-8"))
    if sfx == ".eml":
        return eml_text(path)
    if sfx == ".txt":
        return path.read_bytes().decode("utf-8")
    raise ValueError(path)


def rasterize(pdf: Path, dpi: int, out_prefix: Path, gray=False, rx=None, ry=None):
    """pdftoppm the PDF to PNG pages; returns the list of page files."""
    args = ["pdftoppm", "-png"]
    if rx and ry:
        args += ["-rx", str(rx), "-ry", str(ry)]
    else:
        args += ["-r", str(dpi)]
    if gray:
        args.append("-gray")
    args += [str(pdf), str(out_prefix)]
    subprocess.run(args, check=True)
    return sorted(out_prefix.parent.glob(out_prefix.name + "-*.png"))
