"""Rendering helpers for blind-fresh9 (FICTIONAL test documents). PDF (reportlab), DOCX (python-docx),
TXT, and drawn scans/photos (Pillow). Each writer returns, per page, the text that the self-check compares with."""
import random
import re
import subprocess
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation2/"
_FONTS = {
    "sans": FONTDIR + "DejaVuSans.ttf",
    "sans-b": FONTDIR + "DejaVuSans-Bold.ttf",
    "serif": FONTDIR + "DejaVuSerif.ttf",
    "serif-b": FONTDIR + "DejaVuSerif-Bold.ttf",
    "mono": FONTDIR + "DejaVuSansMono.ttf",
    "mono-b": FONTDIR + "DejaVuSansMono-Bold.ttf",
    "lsans": LIB + "LiberationSans-Regular.ttf",
    "lsans-b": LIB + "LiberationSans-Bold.ttf",
    "lmono": LIB + "LiberationMono-Regular.ttf",
    "lmono-b": LIB + "LiberationMono-Bold.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def write_pdf(path, pages, font="sans", size=10, margin=54, lead=None, footer=None):
    """pages: list of strings. Line prefixes: '# ' heading (bold, +2pt), '## ' bold, '= ' ruled line.
    Lines longer than the width are wrapped on words."""
    lead = lead or size * 1.35
    W, H = letter
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setTitle("FICTIONAL test document")
    bold = font + "-b"
    for pi, page in enumerate(pages, 1):
        y = H - margin
        for raw in page.split("\n"):
            f, s, txt = font, size, raw
            if raw.startswith("# "):
                f, s, txt = bold, size + 2, raw[2:]
            elif raw.startswith("## "):
                f, s, txt = bold, size, raw[3:]
            elif raw.startswith("= "):
                c.line(margin, y + s * 0.3, W - margin, y + s * 0.3)
                txt = raw[2:]
            maxw = W - 2 * margin
            lines = [txt]
            if pdfmetrics.stringWidth(txt, f, s) > maxw:
                indent = len(txt) - len(txt.lstrip())
                lines, cur = [], ""
                for w in txt.split(" "):
                    t = (cur + " " + w) if cur else w
                    if pdfmetrics.stringWidth(t, f, s) > maxw and cur:
                        lines.append(cur)
                        cur = " " * indent + w
                    else:
                        cur = t
                lines.append(cur)
            for ln in lines:
                if y < margin + 20:
                    raise ValueError(f"{path}: page {pi} overflows; split it")
                c.setFont(f, s)
                c.drawString(margin, y, ln)
                y -= s * 1.35 if f == bold else lead
        if footer:
            c.setFont(font, 7)
            c.drawString(margin, 30, footer.format(page=pi, pages=len(pages)))
        c.showPage()
    c.save()


def pdf_page_texts(path):
    out = []
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                         text=True).stdout).group(1))
    for p in range(1, n + 1):
        a = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(path), "-"], capture_output=True,
                           text=True).stdout
        b = subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(path), "-"],
                           capture_output=True, text=True).stdout
        out.append([norm(a), norm(b)])
    return out


def write_docx(path, blocks, font="Calibri", size=11):
    """blocks: ('h', text) heading, ('p', text) paragraph, ('b', text) bold paragraph, ('t', rows) table."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    d.core_properties.title = "FICTIONAL test document"
    d.core_properties.author = "FICTIONAL"
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    d.save(str(path))


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" ".join(c.text for c in row.cells))
    return norm(" \n ".join(parts))


def _draw_page(lines, seed, hand=True, width=1700, height=2200, ruled=True, size=38):
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 247)
    d = ImageDraw.Draw(img)
    fpath = FONTDIR + ("DejaVuSans.ttf" if hand else "DejaVuSerif.ttf")
    y = 110
    step = int(size * 1.75)
    if ruled:
        for yy in range(y + size + 4, height - 60, step):
            d.line([(60, yy), (width - 60, yy)], fill=200, width=2)
    for ln in lines:
        s = size + rnd.randint(-2, 2)
        font = ImageFont.truetype(fpath, s)
        x = 110 + rnd.randint(-12, 12)
        # wrap to width
        chunks = textwrap.wrap(ln, width=int((width - 220) / (s * 0.58))) or [""]
        for ch in chunks:
            d.text((x, y + rnd.randint(-3, 3)), ch, fill=rnd.randint(20, 60), font=font)
            y += step
            if y > height - 100:
                raise ValueError("scan page overflow")
    for _ in range(900):
        px, py = rnd.randrange(width), rnd.randrange(height)
        d.point((px, py), fill=rnd.randint(90, 180))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(rnd.uniform(-2.5, 2.5), fillcolor=245, expand=False)
    return img


def write_scan_pdf(path, pages, seed=1):
    imgs = [_draw_page(p, seed + i).convert("RGB") for i, p in enumerate(pages)]
    imgs[0].save(str(path), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])


def write_photo(path, lines, seed=7, size=36):
    page = _draw_page(lines, seed, hand=True, width=1500, height=2000, ruled=True, size=size).convert("RGB")
    rnd = random.Random(seed)
    bg = Image.new("RGB", (1800, 2400), (96, 72, 52))  # wooden table top
    dd = ImageDraw.Draw(bg)
    for x in range(0, 1800, 23):
        dd.line([(x, 0), (x + rnd.randint(-40, 40), 2400)], fill=(88 + rnd.randint(-8, 8), 66, 47), width=3)
    page = page.rotate(2.4, expand=True, fillcolor=(96, 72, 52))
    bg.paste(page, (130, 160))
    shade = Image.new("L", bg.size, 0)
    ds = ImageDraw.Draw(shade)
    ds.rectangle([0, 0, 1800, 700], fill=60)
    bg = Image.composite(Image.new("RGB", bg.size, (0, 0, 0)), bg, shade.filter(ImageFilter.GaussianBlur(60)))
    bg.save(str(path), "JPEG", quality=82)
