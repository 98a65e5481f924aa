"""Rendering helpers for blind-fresh8 (FICTIONAL clinical documents).

A document is described as a list of pages; each page a list of items:
  ("h", text)                 heading (bold)
  ("p", text)                 wrapped paragraph
  ("pre", text)               monospaced lines, kept as written (no wrapping)
  ("table", header, rows, widths)  a ruled table; widths are fractions of the text width
  ("gap",)                    a little vertical space
PDF pages are drawn with reportlab; DOCX with python-docx; images with Pillow.
"""
import math
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = {
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "dejavucond": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "libserif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "libsans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "libmono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"),
}
_registered = set()


def _font(family):
    if family not in _registered:
        reg, bold = FONTS[family]
        pdfmetrics.registerFont(TTFont(family, reg))
        pdfmetrics.registerFont(TTFont(family + "-B", bold))
        _registered.add(family)
    return family, family + "-B"


def _wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def write_pdf(path, pages, family="dejavu", size=10, header=None, footer=None, mono="libmono"):
    """pages: list of item lists. header/footer: strings printed on every page (footer gets 'Page n of N')."""
    reg, bold = _font(family)
    mreg, _ = _font(mono)
    W, H = letter
    left, right, top, bottom = 60, 60, 60, 60
    tw = W - left - right
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setTitle("FICTIONAL test document")
    n = len(pages)
    for pno, items in enumerate(pages, 1):
        y = H - top
        if header:
            for hl in header.split("\n"):
                c.setFont(bold, size)
                c.drawString(left, y, hl)
                y -= size * 1.35
            c.line(left, y + size * 0.5, W - right, y + size * 0.5)
            y -= size * 0.6
        for it in items:
            kind = it[0]
            if kind == "h":
                y -= size * 0.4
                c.setFont(bold, size + 1)
                for ln in _wrap(it[1], bold, size + 1, tw):
                    c.drawString(left, y, ln)
                    y -= (size + 1) * 1.3
            elif kind == "p":
                c.setFont(reg, size)
                for ln in _wrap(it[1], reg, size, tw):
                    c.drawString(left, y, ln)
                    y -= size * 1.3
                y -= size * 0.4
            elif kind == "pre":
                ps = it[2] if len(it) > 2 else size - 1
                c.setFont(mreg, ps)
                for ln in it[1].split("\n"):
                    c.drawString(left, y, ln)
                    y -= ps * 1.3
                y -= ps * 0.4
            elif kind == "gap":
                y -= size
            elif kind == "table":
                header_row, rows, widths = it[1], it[2], it[3]
                ts = it[4] if len(it) > 4 else size - 1
                xs = [left]
                for f in widths:
                    xs.append(xs[-1] + f * tw)
                all_rows = [(header_row, True)] + [(r, False) for r in rows]
                c.line(left, y + ts, W - right, y + ts)
                for cells, is_h in all_rows:
                    f = bold if is_h else reg
                    wrapped = [_wrap(str(cell), f, ts, (xs[i + 1] - xs[i]) - 6) for i, cell in enumerate(cells)]
                    nl = max(len(w) for w in wrapped)
                    c.setFont(f, ts)
                    for i, wl in enumerate(wrapped):
                        for k, ln in enumerate(wl):
                            c.drawString(xs[i] + 3, y - k * ts * 1.25, ln)
                    y -= nl * ts * 1.25 + 6
                    c.setLineWidth(0.4)
                    c.line(left, y + ts * 0.95 + 4, W - right, y + ts * 0.95 + 4)
                y -= ts * 0.6
            if y < bottom:
                raise ValueError(f"{path}: page {pno} overflows; split it")
        if footer:
            c.setFont(reg, 7.5)
            c.drawString(left, 36, f"{footer}    Page {pno} of {n}")
        c.showPage()
    c.save()


def write_docx(path, items, base_font="Calibri", size=11):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = base_font
    st.font.size = Pt(size)
    for it in items:
        kind = it[0]
        if kind == "h":
            d.add_heading(it[1], level=it[2] if len(it) > 2 else 2)
        elif kind == "p":
            d.add_paragraph(it[1])
        elif kind == "pre":
            for ln in it[1].split("\n"):
                d.add_paragraph(ln)
        elif kind == "table":
            header_row, rows = it[1], it[2]
            t = d.add_table(rows=1 + len(rows), cols=len(header_row))
            t.style = "Table Grid"
            for i, cell in enumerate(header_row):
                t.rows[0].cells[i].text = str(cell)
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for ri, row in enumerate(rows, 1):
                for i, cell in enumerate(row):
                    t.rows[ri].cells[i].text = str(cell)
        elif kind == "gap":
            d.add_paragraph("")
    d.core_properties.author = "FICTIONAL test author"
    d.core_properties.title = "FICTIONAL test document"
    d.save(str(path))


def docx_text_lines(path):
    """Paragraphs, then table rows (cells joined by single spaces), in document order."""
    import docx

    d = docx.Document(str(path))
    out = []
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            out.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tr in child.iter():
                if tr.tag.endswith("}tr"):
                    cells = []
                    for tc in tr:
                        if tc.tag.endswith("}tc"):
                            cells.append(" ".join("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                                  for p in tc if p.tag.endswith("}p")))
                    out.append(" ".join(cells))
    return out


# ---------------------------------------------------------------- images
HAND = "/usr/share/fonts/opentype/urw-base35/URWGothic-BookOblique.otf"
PRINT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PRINT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def draw_page(lines, seed, width=1700, height=2200, ruled=False, hand_size=38):
    """lines: list of (style, text, indent) where style is 'hand', 'print', 'bold' or 'rule'.
    Returns a Pillow image (greyscale), with jitter, speckle and blur: a scan of a handwritten-style page."""
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(img)
    y = 110
    step = int(hand_size * 1.62)
    for style, text, indent in lines:
        if style == "rule":
            d.line([(100, y + 10), (width - 100, y + 10)], fill=60, width=3)
            y += 30
            continue
        if style == "hand":
            f = ImageFont.truetype(HAND, hand_size + rnd.randint(-2, 2))
            fill = rnd.randint(15, 60)
        elif style == "bold":
            f = ImageFont.truetype(PRINT_B, 30)
            fill = 20
        else:
            f = ImageFont.truetype(PRINT, 28)
            fill = 25
        x = 110 + indent + (rnd.randint(-6, 6) if style == "hand" else 0)
        if ruled and style == "hand":
            d.line([(90, y + int(hand_size * 1.2)), (width - 90, y + int(hand_size * 1.2))], fill=205, width=2)
        d.text((x, y + (rnd.randint(-3, 3) if style == "hand" else 0)), text, font=f, fill=fill)
        y += int((hand_size if style == "hand" else 30) * 1.62)
        if y > height - 100:
            raise ValueError("image page overflows")
    if ruled:
        yy = y + int(hand_size * 1.2)
        while yy < height - 80:
            d.line([(90, yy), (width - 90, yy)], fill=205, width=2)
            yy += step
    # speckle
    px = img.load()
    for _ in range(2500):
        px[rnd.randrange(width), rnd.randrange(height)] = rnd.randint(90, 200)
    return img


def scan_finish(img, angle, blur=0.7):
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=245)
    return img.filter(ImageFilter.GaussianBlur(blur))


def photo_finish(img, angle, seed):
    """A phone photo: the page on a darker table top, rotated, a shadow band, slightly blurred, JPEG."""
    rnd = random.Random(seed)
    page = img.convert("RGB")
    bg = Image.new("RGB", (page.width + 260, page.height + 260), (96, 78, 60))
    bg.paste(page, (130, 130))
    bg = bg.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(90, 72, 55))
    shade = Image.new("L", bg.size, 0)
    sd = ImageDraw.Draw(shade)
    sd.polygon([(0, 0), (bg.width, 0), (bg.width, int(bg.height * 0.22)), (0, int(bg.height * 0.33))], fill=55)
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, shade)
    # warm tint
    r, g, b = bg.split()
    b = b.point(lambda v: int(v * 0.92))
    bg = Image.merge("RGB", (r, g, b))
    return bg.filter(ImageFilter.GaussianBlur(0.9 + rnd.random() * 0.3))
