"""Rendering for blind-fresh7 (FICTIONAL test data). Turns the small line grammar used in cases_*.py into PDF
(text layer), DOCX, TXT, image-only PDF (scan) and JPEG (phone photo), and reads each page back for the checks.

Line grammar (PDF, DOCX, images):
  "# text"   bold heading            "## text"  bold sub-heading
  "| a | b"  table row (consecutive rows make one table; first row of a table is drawn bold)
  "---"      horizontal rule          ""         blank line
  anything else: a paragraph (wrapped to the page in PDFs)
"""
import math
import random
import re
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FICTIONAL = "FICTIONAL RECORD - invented test data; no real patient, clinician, plan or clinic."
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
GOTHIC = "/usr/share/fonts/opentype/urw-base35/URWGothic-Book.otf"
GOTHIC_OBL = "/usr/share/fonts/opentype/urw-base35/URWGothic-BookOblique.otf"
NIMBUS = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf"

pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVu": "DejaVu-Bold"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def blocks(lines):
    """Group lines into ('table', rows) and ('line', text) blocks."""
    out = []
    for ln in lines:
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        else:
            out.append(("line", ln))
    return out


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


# ----------------------------------------------------------------------------------------------------- PDF
def render_pdf(doc, path):
    font = doc.get("font", "Helvetica")
    size = doc.get("size", 10)
    bold = BOLD[font]
    lead = size * 1.35
    W, H = letter
    left = doc.get("margin", 54)
    right = W - left
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setTitle(doc.get("title", "FICTIONAL clinical record"))
    npages = len(doc["pages"])
    for pno, page in enumerate(doc["pages"], 1):
        y = H - 50
        if doc.get("fax"):
            c.setFont("Courier", 8)
            c.drawString(left, H - 24, doc["fax"] % pno)
        if doc.get("header"):
            c.setFont(bold, size + 1)
            for hl in doc["header"]:
                c.drawString(left, y, hl)
                y -= lead
            c.line(left, y + lead * 0.4, right, y + lead * 0.4)
            y -= lead * 0.4
        for kind, val in blocks(page):
            if kind == "line":
                if val == "":
                    y -= lead * 0.6
                    continue
                if val == "---":
                    c.line(left, y + lead * 0.5, right, y + lead * 0.5)
                    y -= lead * 0.4
                    continue
                f, s, text, indent = font, size, val, 0
                if val.startswith("## "):
                    f, text = bold, val[3:]
                elif val.startswith("# "):
                    f, s, text = bold, size + 2, val[2:]
                m = re.match(r"^( +)", text)
                if m:
                    indent = len(m.group(1)) * size * 0.5
                    text = text.strip()
                for wl in wrap(text, f, s, right - left - indent):
                    c.setFont(f, s)
                    c.drawString(left + indent, y, wl)
                    y -= s * 1.35
            else:
                rows = val
                ncol = max(len(r) for r in rows)
                widths = [0] * ncol
                for r in rows:
                    for i, cell in enumerate(r):
                        widths[i] = max(widths[i], pdfmetrics.stringWidth(cell, bold, size) + 10)
                tot = sum(widths)
                avail = right - left
                ts = size
                if tot > avail:
                    ts = max(6.5, size * avail / tot)
                    widths = [w * ts / size for w in widths]
                for ri, r in enumerate(rows):
                    x = left
                    c.setFont(bold if ri == 0 and doc.get("table_head", True) else font, ts)
                    for i, cell in enumerate(r):
                        c.drawString(x, y, cell)
                        x += widths[i]
                    if doc.get("grid"):
                        c.setLineWidth(0.3)
                        c.line(left, y - ts * 0.35, left + sum(widths), y - ts * 0.35)
                        c.setLineWidth(1)
                    y -= ts * 1.45
                y -= lead * 0.3
            if y < 60:
                raise SystemExit(f"page overflow in {path.name} p.{pno}")
        c.setFont(font, 7.5)
        c.drawString(left, 30, f"{FICTIONAL}   Page {pno} of {npages}")
        if doc.get("footer"):
            c.drawString(left, 40, doc["footer"])
        c.showPage()
    c.save()


def read_pdf_pages(path):
    out = []
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                          text=True).stdout).group(1))
    for p in range(1, n + 1):
        texts = []
        for extra in ([], ["-layout"]):
            r = subprocess.run(["pdftotext", *extra, "-f", str(p), "-l", str(p), str(path), "-"],
                               capture_output=True, text=True)
            texts.append(norm(r.stdout))
        out.append(texts)
    return out


# ---------------------------------------------------------------------------------------------------- DOCX
def render_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("docx_font", "Calibri")
    st.font.size = Pt(doc.get("size", 11))
    lines = doc["pages"][0]
    for kind, val in blocks(lines):
        if kind == "table":
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = doc.get("table_style", "Table Grid")
            for i, r in enumerate(val):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif val.startswith("## "):
            d.add_heading(val[3:], level=2)
        elif val.startswith("# "):
            d.add_heading(val[2:], level=1)
        elif val == "---":
            continue
        elif val == "":
            continue
        else:
            d.add_paragraph(val.strip())
    d.add_paragraph(FICTIONAL)
    d.core_properties.author = "FICTIONAL test data"
    d.core_properties.title = doc.get("title", "FICTIONAL record")
    d.save(str(path))


def read_docx(path):
    import docx
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            cells = []
            for cell in r.cells:
                if not cells or cells[-1] is not cell:
                    cells.append(cell)
            parts.append(" ".join(c.text for c in cells))
    return [[norm("\n".join(parts))]]


# ----------------------------------------------------------------------------------------------------- TXT
def render_txt(doc, path):
    text = doc["text"].rstrip("\n") + "\n\n" + FICTIONAL + "\n"
    path.write_text(text, encoding="utf-8")


def read_txt(path):
    return [[norm(path.read_text(encoding="utf-8"))]]


# -------------------------------------------------------------------------------------------------- images
def _hand_page(doc, seed):
    """A handwritten-style page on ruled paper: per-word jitter of size and baseline."""
    rnd = random.Random(seed)
    W, H = 1700, 2200
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    for yy in range(230, H - 100, 62):
        dr.line([(90, yy), (W - 90, yy)], fill=205, width=2)
    dr.line([(180, 0), (180, H)], fill=215, width=2)
    y = 120
    printed = ImageFont.truetype(NIMBUS, 30)
    for ln in doc["pages"][0]:
        if ln.startswith("## "):  # printed form text (pre-printed on the sheet)
            dr.text((200, y), ln[3:], font=printed, fill=40)
            y += 62
            continue
        if ln == "":
            y += 31
            continue
        text = ln.lstrip("| ").replace(" | ", "   ") if ln.startswith("|") else ln
        x = 200
        base = rnd.randint(-3, 3)
        slope = rnd.uniform(-0.012, 0.012)  # a line drifts up or down a little
        x0 = x
        for w in text.split(" "):
            fs = rnd.randint(36, 42)
            f = ImageFont.truetype(GOTHIC_OBL if rnd.random() < 0.7 else GOTHIC, fs)
            tw = int(dr.textlength(w, font=f)) + 12
            word = Image.new("L", (tw, 70), 0)
            ImageDraw.Draw(word).text((6, 8), w, font=f, fill=255)
            word = word.rotate(rnd.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=True)
            ink = Image.new("L", word.size, rnd.randint(15, 55))
            yy = int(y + base + rnd.randint(-3, 3) + (x - x0) * slope)
            img.paste(ink, (int(x), yy - 8), word)
            x += dr.textlength(w + " ", font=f) + rnd.randint(-1, 7)
        y += 62
    dr.text((200, H - 90), FICTIONAL, font=ImageFont.truetype(NIMBUS, 24), fill=60)
    img = img.rotate(doc.get("rotate", -1.6), resample=Image.BICUBIC, expand=False, fillcolor=250)
    px = img.load()
    for _ in range(6000):
        x, yv = rnd.randrange(W), rnd.randrange(H)
        px[x, yv] = rnd.choice([90, 140, 200])
    return img.filter(ImageFilter.GaussianBlur(0.8))


def render_scan_pdf(doc, path, seed):
    img = _hand_page(doc, seed)
    img.convert("RGB").save(str(path), "PDF", resolution=200.0)


def render_photo(doc, path, seed):
    """A printed page photographed on a wooden table: page rotated, perspective-free but lit unevenly."""
    rnd = random.Random(seed)
    pw, ph = 1275, 1650
    page = Image.new("RGB", (pw, ph), (248, 247, 242))
    dr = ImageDraw.Draw(page)
    reg = ImageFont.truetype(NIMBUS, 25)
    bold = ImageFont.truetype(DEJAVU_B, 25)
    y = 70
    for kind, val in blocks(doc["pages"][0]):
        if kind == "line":
            if val == "":
                y += 18
                continue
            if val == "---":
                dr.line([(60, y + 10), (pw - 60, y + 10)], fill=(60, 60, 60), width=2)
                y += 24
                continue
            f = bold if val.startswith("#") else reg
            dr.text((60, y), val.lstrip("# "), font=f, fill=(25, 25, 30))
            y += 36
        else:
            ncol = max(len(r) for r in val)
            widths = [0] * ncol
            for r in val:
                for i, cell in enumerate(r):
                    widths[i] = max(widths[i], dr.textlength(cell, font=bold) + 24)
            for ri, r in enumerate(val):
                x = 60
                for i, cell in enumerate(r):
                    dr.text((x, y), cell, font=bold if ri == 0 else reg, fill=(25, 25, 30))
                    x += widths[i]
                y += 34
            y += 10
    dr.text((60, ph - 60), FICTIONAL, font=ImageFont.truetype(NIMBUS, 18), fill=(70, 70, 70))
    page = page.rotate(doc.get("rotate", 2.2), resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0, 0))
    bg = Image.new("RGB", (page.width + 260, page.height + 260), (122, 86, 52))
    bd = ImageDraw.Draw(bg)
    for i in range(0, bg.height, 9):  # wood grain
        bd.line([(0, i), (bg.width, i + rnd.randint(-6, 6))], fill=(110 + rnd.randint(-12, 12), 78, 46), width=3)
    mask = Image.new("L", page.size, 0)
    ImageDraw.Draw(mask).polygon(_rot_rect(pw, ph, doc.get("rotate", 2.2), page.size), fill=255)
    bg.paste(page, (130, 130), mask)
    # uneven light: darker to the lower right
    vert = Image.linear_gradient("L").resize(bg.size)
    horiz = vert.transpose(Image.Transpose.ROTATE_90).transpose(Image.Transpose.FLIP_LEFT_RIGHT).resize(bg.size)
    grad = Image.blend(vert, horiz, 0.5)
    shadow = Image.new("L", bg.size, 0)  # the phone's soft shadow over the upper left
    ImageDraw.Draw(shadow).ellipse([-bg.width // 3, -bg.height // 4, bg.width // 2, bg.height // 3], fill=70)
    shadow = shadow.filter(ImageFilter.GaussianBlur(60))
    mask = Image.eval(Image.blend(grad.point(lambda v: int(v * 0.3)), shadow, 0.5), lambda v: min(255, v * 2))
    shade = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(shade, bg, mask)
    bg = bg.filter(ImageFilter.GaussianBlur(0.9))
    bg.save(str(path), "JPEG", quality=82)


def _rot_rect(w, h, deg, newsize):
    a = math.radians(-deg)
    cx, cy = newsize[0] / 2, newsize[1] / 2
    pts = []
    for x, y in [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]:
        pts.append((cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)))
    return pts


def read_drawn(doc):
    parts = []
    for ln in doc["pages"][0]:
        if ln.startswith("|"):
            parts.append(" ".join(c.strip() for c in ln.strip().strip("|").split("|")))
        else:
            parts.append(re.sub(r"^#+ ", "", ln))
    return [[norm("\n".join(parts))]]
