"""Renderers for the blind-fresh10 set (FICTIONAL documents). PDF (text layer), image-only PDF, JPEG, DOCX, TXT."""
import random
import re
import subprocess
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- PDF with text layer
def write_pdf(path, pages, font="Helvetica", size=10, header=None):
    """pages: list of pages; each page a list of blocks: str (paragraph; '# ' prefix = heading,
    '## ' = subheading, '  ' prefix = monospace line) or ('table', rows, [colwidths])."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=body, fontName=font + "-Bold" if font == "Helvetica" else "Times-Bold",
                        fontSize=size + 4, leading=(size + 4) * 1.3, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold" if font == "Helvetica" else "Times-Bold",
                        fontSize=size + 1, spaceBefore=6)
    mono = ParagraphStyle("m", parent=body, fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.25,
                          spaceAfter=0)
    cell = ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
    story = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        for b in page:
            if isinstance(b, tuple) and b[0] == "table":
                rows = [[Paragraph(escape(c), cell) for c in r] for r in b[1]]
                widths = [w * inch for w in b[2]] if len(b) > 2 else None
                t = Table(rows, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
            elif b.startswith("# "):
                story.append(Paragraph(escape(b[2:]), h1))
            elif b.startswith("## "):
                story.append(Paragraph(escape(b[3:]), h2))
            elif b.startswith("  "):
                story.append(Paragraph(escape(b[2:]).replace(" ", "&nbsp;"), mono))
            else:
                story.append(Paragraph(escape(b), body))

    def on_page(canvas, doc):
        if header:
            canvas.saveState()
            canvas.setFont("Helvetica", 7)
            canvas.drawString(0.6 * inch, 10.6 * inch, header)
            canvas.drawRightString(7.9 * inch, 0.4 * inch, "Page %d" % doc.page)
            canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=0.7 * inch, rightMargin=0.7 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.6 * inch)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def pdf_page_texts(path):
    out = []
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                          text=True).stdout).group(1))
    for p in range(1, n + 1):
        out.append(subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", str(path), "-"],
                                  capture_output=True, text=True).stdout)
    return out


# ---------------------------------------------------------------- images (photo, handwriting-style scan)
def _draw_lines(lines, width=1700, height=2200, font_file="DejaVuSans.ttf", size=34, ink=(20, 20, 20),
                jitter=0, seed=1, bg=(255, 255, 255), line_gap=1.55, margin=110):
    rnd = random.Random(seed)
    img = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_DIR + font_file, size)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", size + 4)
    y = margin
    for ln in lines:
        f = font
        if ln.startswith("# "):
            ln, f = ln[2:], bold
        x = margin + (rnd.randint(-jitter, jitter) if jitter else 0)
        if jitter:
            for w in ln.split(" "):
                d.text((x, y + rnd.randint(-jitter // 2, jitter // 2)), w, font=f, fill=ink)
                x += d.textlength(w + " ", font=f) + rnd.randint(0, jitter // 2)
        else:
            d.text((x, y), ln, font=f, fill=ink)
        y += int(size * line_gap)
    return img


def write_photo_jpeg(path, lines, seed=3):
    img = _draw_lines(lines, font_file="DejaVuSans.ttf", size=36, ink=(35, 35, 60), seed=seed,
                      bg=(248, 246, 238), jitter=0, margin=120)
    # paper on a darker table, slight rotation and blur, uneven light
    img = img.rotate(1.6, expand=True, fillcolor=(90, 80, 70), resample=Image.BICUBIC)
    shade = Image.linear_gradient("L").resize(img.size).point(lambda v: 235 + v // 12)
    img = Image.composite(img, Image.new("RGB", img.size, (0, 0, 0)), shade)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img.save(path, "JPEG", quality=85)  # no EXIF written


def write_scanned_pdf(path, pages_lines, seed=5):
    imgs = []
    for i, lines in enumerate(pages_lines):
        img = _draw_lines(lines, font_file="DejaVuSans-Oblique.ttf", size=38, ink=(25, 35, 110),
                          jitter=6, seed=seed + i, bg=(252, 252, 250), line_gap=1.7)
        img = img.rotate(-0.8 + i * 1.1, fillcolor=(255, 255, 255), resample=Image.BICUBIC)
        img = img.convert("L").filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(img)
    imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:])


# ---------------------------------------------------------------- DOCX
def write_docx(path, blocks):
    """blocks: str ('# ' heading, '## ' subheading) or ('table', rows)."""
    import docx
    doc = docx.Document()
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
        elif b.startswith("# "):
            doc.add_heading(b[2:], level=1)
        elif b.startswith("## "):
            doc.add_heading(b[3:], level=2)
        else:
            doc.add_paragraph(b)
    doc.core_properties.author = "FICTIONAL"
    doc.save(path)


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" ".join(c.text for c in row.cells))
    return "\n".join(parts)
