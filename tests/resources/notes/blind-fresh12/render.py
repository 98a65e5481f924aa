"""Rendering for notes12 (FICTIONAL test documents). Blocks:
  "text"                    a prose paragraph (wrapped to the page)
  ("h", "text")             a heading (bold)
  ("row", [cells], [x...])  one table row, cells at column x positions in points (PDF/scan);
  ("table", header, rows)   a DOCX table (header list, list of row lists)
  ("gap",)                  a blank line
Each renderer returns, per page, the list of strings a reader can find there (for the self-check).
"""
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

W, H = letter
MARGIN = 54


def _wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def pdf(path, pages, font="Helvetica", size=9.5, lead=12.5):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setTitle("FICTIONAL test document")
    for blocks in pages:
        y = H - MARGIN
        for b in blocks:
            if isinstance(b, str):
                for ln in _wrap(b, font, size, W - 2 * MARGIN):
                    c.setFont(font, size)
                    c.drawString(MARGIN, y, ln)
                    y -= lead
            elif b[0] == "h":
                c.setFont(bold, size + 1)
                c.drawString(MARGIN, y, b[1])
                y -= lead + 2
            elif b[0] == "row":
                c.setFont(font, size - 0.5)
                for cell, x in zip(b[1], b[2]):
                    c.drawString(MARGIN + x, y, cell)
                y -= lead
            elif b[0] == "gap":
                y -= lead / 2
            if y < MARGIN:
                raise SystemExit(f"page overflow in {path}")
        c.showPage()
    c.save()


def _font(size, mono=False, hand=False):
    name = "DejaVuSansMono.ttf" if mono else ("DejaVuSans-Oblique.ttf" if hand else "DejaVuSans.ttf")
    return ImageFont.truetype(f"/usr/share/fonts/truetype/dejavu/{name}", size)


def _image_page(blocks, seed, hand_rows=False, width=1700, height=2200):
    """Draw a page as an image; returns (image, lines drawn)."""
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 246)
    d = ImageDraw.Draw(img)
    f, fb, fh = _font(30), _font(33), _font(31, hand=True)
    y, drawn = 90, []
    scale = width / W
    for b in blocks:
        if isinstance(b, str):
            for ln in textwrap.wrap(b, 88) or [""]:
                d.text((100, y), ln, font=f, fill=25)
                drawn.append(ln)
                y += 44
        elif b[0] == "h":
            d.text((100, y), b[1], font=fb, fill=10)
            drawn.append(b[1])
            y += 52
        elif b[0] == "row":
            for i, (cell, x) in enumerate(zip(b[1], b[2])):
                font = fh if (hand_rows and i > 0 and len(b) < 4) else f
                d.text((100 + x * scale, y + rnd.randint(-2, 2)), cell, font=font, fill=30)
            drawn.append(" ".join(b[1]))
            y += 46
        elif b[0] == "gap":
            y += 22
        if y > height - 90:
            raise SystemExit("image page overflow")
    return img, drawn


def _degrade(img, seed, angle):
    rnd = random.Random(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    w, h = img.size
    for _ in range(9000):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = max(0, px[x, y] - rnd.randint(40, 120))
    return img


def scan_pdf(path, pages, tmpdir, seed=1, hand_rows=False):
    c = canvas.Canvas(str(path), pagesize=letter)
    found = []
    for i, blocks in enumerate(pages):
        img, drawn = _image_page(blocks, seed + i, hand_rows=hand_rows)
        img = _degrade(img, seed + i, angle=(1.2 if i % 2 == 0 else -0.9))
        p = f"{tmpdir}/scan_{seed}_{i}.png"
        img.save(p)
        c.drawImage(p, 0, 0, W, H)
        c.showPage()
        found.append(drawn)
    c.save()
    return found


def photo_jpeg(path, blocks, seed=7):
    img, drawn = _image_page(blocks, seed, hand_rows=True, width=1500, height=2000)
    img = img.convert("RGB")
    # uneven light: a shadow across the lower right
    shadow = Image.new("L", img.size, 0)
    sd = ImageDraw.Draw(shadow)
    sd.polygon([(900, 2000), (1500, 1100), (1500, 2000)], fill=70)
    shadow = shadow.filter(ImageFilter.GaussianBlur(60))
    dark = Image.new("RGB", img.size, (40, 36, 30))
    img = Image.composite(dark, img, shadow)
    img = img.rotate(-2.4, resample=Image.BICUBIC, expand=True, fillcolor=(120, 110, 95))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img.save(path, "JPEG", quality=82)
    return [drawn]


def docx(path, blocks):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.core_properties.title = "FICTIONAL test document"
    doc.core_properties.author = "FICTIONAL"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    found = []
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b)
            found.append(b)
        elif b[0] == "h":
            doc.add_heading(b[1], level=2)
            found.append(b[1])
        elif b[0] == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, hcell in enumerate(header):
                t.rows[0].cells[j].text = hcell
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.rows[i + 1].cells[j].text = cell
            found.append(" ".join(header))
            found.extend(" ".join(r) for r in rows)
        elif b[0] == "gap":
            doc.add_paragraph("")
    doc.save(str(path))
    return [found]


def txt(path, blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.extend(textwrap.wrap(b, 100, subsequent_indent=" " * (len(b) - len(b.lstrip(" *-"))),
                                     break_long_words=False, break_on_hyphens=False) or [""])
        elif b[0] == "h":
            out.append(b[1])
        elif b[0] == "gap":
            out.append("")
    text = "\n".join(out) + "\n"
    path.write_text(text, encoding="utf-8")
    return [[text]]
