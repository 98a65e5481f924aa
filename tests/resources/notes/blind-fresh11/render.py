"""Rendering helpers for blind-fresh11 (FICTIONAL clinical documents). Writes PDF, DOCX, TXT, image-only PDF, JPEG."""
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FICT = "FICTIONAL TEST DOCUMENT - all people, clinics, plans and numbers are invented."


def write_txt(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_pdf(path, pages, font="Helvetica", size=9.5, mono=False):
    """pages: list of pages; each page a list of items: str (line; '# ' prefix = bold heading, '' = blank) or
    ('row', [cells], [x positions in points]) for a table row."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle("Fictional clinical record")
    w, h = letter
    base = "Courier" if mono else font
    bold = "Courier-Bold" if mono else ("Times-Bold" if font == "Times-Roman" else font + "-Bold")
    for pno, page in enumerate(pages, 1):
        y = h - 54
        for item in page:
            if isinstance(item, tuple) and item[0] == "row":
                _, cells, xs = item[:3]
                b = len(item) > 3 and item[3]
                c.setFont(bold if b else base, size - 0.5)
                for cell, x in zip(cells, xs):
                    c.drawString(x, y, cell)
                y -= size + 4
                continue
            if item.startswith("# "):
                c.setFont(bold, size + 1.5)
                c.drawString(54, y, item[2:])
                y -= size + 7
                continue
            c.setFont(base, size)
            c.drawString(54, y, item)
            y -= size + 3.5
        c.setFont(base, 7)
        c.drawString(54, 30, f"{FICT}  Page {pno} of {len(pages)}")
        c.showPage()
    c.save()


def write_docx(path, blocks):
    """blocks: list of ('h', text) | ('p', text) | ('t', [[cells]...]) (first row header)."""
    import docx

    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
    d.save(path)


def _font(name, size):
    return ImageFont.truetype(f"/usr/share/fonts/truetype/dejavu/{name}.ttf", size)


def draw_page(lines, seed, width=1700, height=2200, handwritten=True, ruled=True):
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(img)
    if ruled:
        for yy in range(150, height - 80, 62):
            d.line([(60, yy), (width - 60, yy)], fill=205, width=2)
    y = 100
    for ln in lines:
        size = rnd.randint(34, 38) if handwritten else 30
        fname = "DejaVuSans-Oblique" if handwritten else "DejaVuSans"
        if ln.startswith("# "):
            ln = ln[2:]
            fname = "DejaVuSans-BoldOblique" if handwritten else "DejaVuSans-Bold"
        x = 90 + (rnd.randint(-8, 12) if handwritten else 0)
        d.text((x, y), ln, font=_font(fname, size), fill=rnd.randint(20, 60))
        y += 62 if handwritten else 46
    for _ in range(2500):
        d.point((rnd.randrange(width), rnd.randrange(height)), fill=rnd.randint(120, 200))
    return img


def write_scan_pdf(path, pages_lines, seed):
    imgs = []
    for i, lines in enumerate(pages_lines):
        img = draw_page(lines, seed + i)
        img = img.rotate(-1.8 + i * 1.1, resample=Image.BICUBIC, fillcolor=245, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        imgs.append(img.convert("RGB"))
    imgs[0].save(path, save_all=True, append_images=imgs[1:], resolution=200.0)


def write_photo(path, lines, seed):
    page = draw_page(lines, seed, width=1600, height=2100, handwritten=False, ruled=False)
    page = page.convert("RGB")
    # table top around the page, slight rotation, a warm shadow gradient from the left
    bg = Image.new("RGB", (1900, 2400), (118, 92, 70))
    bg.paste(page, (150, 140))
    bg = bg.rotate(2.4, resample=Image.BICUBIC, fillcolor=(110, 86, 66))
    px = bg.load()
    for x in range(0, 700):
        f = 0.72 + 0.28 * (x / 700.0)
        for yy in range(bg.size[1]):
            r, g, b = px[x, yy]
            px[x, yy] = (int(r * f), int(g * f), int(b * f))
    bg = bg.filter(ImageFilter.GaussianBlur(0.9))
    bg.save(path, "JPEG", quality=82)
