"""Rendering helpers for notes-blind/fresh6. ALL DATA FICTIONAL."""
import random, re, subprocess, io
from pathlib import Path
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from xml.sax.saxutils import escape
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import docx

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# Blocks: "text" paragraph; ("h", text) heading; ("table", rows, widths?); ("small", text); "PAGEBREAK"

def pdf(path, blocks, footer=None):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    h = ParagraphStyle("h", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11, spaceBefore=8)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5)
    story = []
    for b in blocks:
        if b == "PAGEBREAK":
            story.append(PageBreak())
        elif isinstance(b, str):
            story.append(Paragraph(escape(b), body))
        elif b[0] == "h":
            story.append(Paragraph(escape(b[1]), h))
        elif b[0] == "small":
            story.append(Paragraph(escape(b[1]), small))
        elif b[0] == "table":
            rows = [[Paragraph(escape(c), cell) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(54, 30, (footer or "FICTIONAL TEST RECORD") + f"   Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=54, rightMargin=54, topMargin=54, bottomMargin=54)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def pdf_page_text(path, page):
    out = []
    for extra in ([], ["-layout"]):
        out.append(subprocess.run(["pdftotext", *extra, "-f", str(page), "-l", str(page), str(path), "-"],
                                  capture_output=True, text=True).stdout)
    return out


def pdf_pages(path):
    o = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", o).group(1))


def write_docx(path, blocks):
    d = docx.Document()
    texts = []
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b); texts.append(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=2); texts.append(b[1])
        elif b[0] == "small":
            p = d.add_paragraph(b[1]); texts.append(b[1])
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                texts.append(" ".join(r))
    d.save(str(path))
    return ["\n".join(texts)]


def write_txt(path, text):
    Path(path).write_text(text)
    return [text]


def scan_image(lines, seed, font=FONT, size=30, width=1700, height=2200, angle=1.8, noise=0.04,
               ink=(25, 25, 60), jitter=True, photo=False):
    rnd = random.Random(seed)
    img = Image.new("RGB", (width, height), (250, 249, 244))
    dr = ImageDraw.Draw(img)
    y = 110
    for ln in lines:
        if ln == "":
            y += size // 2; continue
        bold = ln.startswith("**")
        txt = ln[2:] if bold else ln
        f = ImageFont.truetype(FONT_B if bold else font, size + (rnd.randint(-1, 2) if jitter else 0))
        x = 110 + (rnd.randint(-6, 10) if jitter else 0)
        dr.text((x, y), txt, font=f, fill=ink)
        y += int(size * 1.55)
    # ruled-paper lines
    for yy in range(100, height - 80, int(size * 1.55)):
        dr.line([(60, yy + size + 6), (width - 60, yy + size + 6)], fill=(200, 215, 235), width=1)
    px = img.load()
    for _ in range(int(width * height * noise)):
        xx, yy = rnd.randrange(width), rnd.randrange(height)
        g = rnd.randint(90, 200)
        px[xx, yy] = (g, g, g)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(angle, expand=True, fillcolor=(235, 235, 230) if not photo else (70, 55, 40),
                     resample=Image.BICUBIC)
    if photo:
        bg = Image.new("RGB", (img.width + 240, img.height + 260), (92, 70, 48))
        bg.paste(img, (110, 140))
        sh = Image.new("L", bg.size, 0)
        ImageDraw.Draw(sh).rectangle([0, 0, bg.width, bg.height // 3], fill=70)
        sh = sh.filter(ImageFilter.GaussianBlur(60))
        bg = Image.composite(Image.new("RGB", bg.size, (0, 0, 0)), bg, sh)
        img = bg.resize((int(bg.width * 0.8), int(bg.height * 0.8)))
    return img
