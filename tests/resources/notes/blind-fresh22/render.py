"""FICTIONAL test-set renderer (notes22): one small document model drawn as text PDF, scanned PDF, DOCX, TXT, CSV.

A document is a dict {file, fmt, title, pages:[[block,...],...]}; a block is a tuple:
  ("h", text)  heading            ("p", text) wrapped paragraph     ("l", text) single line
  ("t", [cells]) table row (a run of consecutive "t" blocks is one table)    ("g",) gap
fmt: pdf | scan | docx | txt | csv (csv: doc["rows"] list of lists, one page).
The model text of a page joins its blocks with spaces; a table row is its non-empty cells joined by single spaces.
"""
import csv, io, os, random, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS = {
    "sans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
             "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    "serif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
              "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
}
for k, (r, b) in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, r))
    pdfmetrics.registerFont(TTFont(k + "-b", b))


class LayoutError(Exception):
    pass


def block_text(b):
    if b[0] == "g":
        return ""
    if b[0] == "t":
        return " ".join(c for c in b[1] if c.strip())
    return b[1]


def page_model_text(page):
    return " ".join(t for t in (block_text(b) for b in page) if t)


def _tables(page):
    """Yield (kind, payload): ('b', block) or ('T', [rows])."""
    out, cur = [], None
    for b in page:
        if b[0] == "t":
            if cur is None:
                cur = []
                out.append(("T", cur))
            cur.append(b[1])
        else:
            cur = None
            out.append(("b", b))
    return out


def _wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout(doc):
    """Return pages as lists of draw ops (x, y_from_top, text, font, size)."""
    W, H = letter
    m = 54
    fam = doc.get("font", "sans")
    pages = []
    n = len(doc["pages"])
    for pi, page in enumerate(doc["pages"]):
        ops = [(m, 36, "FICTIONAL SAMPLE - " + doc["title"], fam, 8)]
        ops.append((W - m - 60, H - 30, f"Page {pi + 1} of {n}", fam, 8))
        y = 70
        for kind, p in _tables(page):
            if kind == "b":
                b = p
                if b[0] == "g":
                    y += 8
                elif b[0] == "h":
                    y += 4
                    ops.append((m, y, b[1], fam + "-b", 11.5)); y += 16
                elif b[0] == "l":
                    size = 10
                    while pdfmetrics.stringWidth(b[1], fam, size) > W - 2 * m:
                        size -= 0.5
                    ops.append((m, y, b[1], fam, size)); y += 13.5
                elif b[0] == "p":
                    for ln in _wrap(b[1], fam, 10, W - 2 * m):
                        ops.append((m, y, ln, fam, 10)); y += 13.5
                    y += 3
            else:
                rows = p
                ncol = max(len(r) for r in rows)
                size = 9
                while True:
                    widths = [max(pdfmetrics.stringWidth(r[i] if i < len(r) else "", fam, size) for r in rows) + 10
                              for i in range(ncol)]
                    if sum(widths) <= W - 2 * m or size <= 5:
                        break
                    size -= 0.25
                if sum(widths) > W - 2 * m:
                    raise LayoutError(f"{doc['file']} p{pi+1}: table too wide")
                for ri, r in enumerate(rows):
                    x = m
                    for i, c in enumerate(r):
                        ops.append((x, y, c, fam + ("-b" if ri == 0 else ""), size))
                        x += widths[i]
                    y += size + 4.5
                y += 4
            if y > H - 50:
                raise LayoutError(f"{doc['file']} p{pi+1}: page overflows")
        pages.append(ops)
    return pages


def render_pdf(doc, path):
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle("FICTIONAL " + doc["title"])
    for ops in layout(doc):
        for x, y, t, f, s in ops:
            c.setFont(f, s)
            c.drawString(x, H - y, t)
        c.showPage()
    c.save()


def render_scan(doc, path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(doc["file"])
    dpi = 200
    k = dpi / 72
    W, H = letter
    imgs = []
    fontpath = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"
    for pi, ops in enumerate(layout(doc)):
        im = Image.new("L", (int(W * k), int(H * k)), 246)
        d = ImageDraw.Draw(im)
        for x, y, t, f, s in ops:
            # hand-lettered look: each word its own small size change, baseline wobble and ink shade
            cx = x * k + rnd.uniform(-3, 3)
            for w in t.split(" "):
                fnt = ImageFont.truetype(fontpath, int(s * k * rnd.uniform(1.0, 1.08)))
                d.text((cx, (y - s) * k + rnd.uniform(-2.5, 2.5)), w, fill=rnd.randint(15, 70), font=fnt)
                cx += d.textlength(w + " ", font=fnt) * rnd.uniform(1.0, 1.06)
        # fax look: a ruled header band, speckle, slight tilt and blur
        d.line((40, 60, im.width - 40, 60), fill=90, width=2)
        for _ in range(2500):
            px, py = rnd.randrange(im.width), rnd.randrange(im.height)
            d.point((px, py), fill=rnd.randint(100, 180))
        im = im.rotate(rnd.uniform(-0.6, 0.6), fillcolor=246, resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im.convert("RGB"))
    imgs[0].save(path, save_all=True, append_images=imgs[1:], resolution=dpi)


def render_docx(doc, path):
    import docx
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL SAMPLE - " + doc["title"]
    for page in doc["pages"]:
        for kind, p in _tables(page):
            if kind == "b":
                b = p
                if b[0] == "h":
                    d.add_heading(b[1], level=2)
                elif b[0] in ("p", "l"):
                    d.add_paragraph(b[1])
                elif b[0] == "g":
                    pass
            else:
                ncol = max(len(r) for r in p)
                t = d.add_table(rows=len(p), cols=ncol)
                t.style = "Table Grid"
                for ri, r in enumerate(p):
                    for ci in range(ncol):
                        t.cell(ri, ci).text = r[ci] if ci < len(r) else ""
    d.save(path)


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = []
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith('}t')))
        elif tag == "tbl":
            for tr in el.iter():
                if tr.tag.endswith('}tr'):
                    cells = []
                    for tc in tr:
                        if tc.tag.endswith('}tc'):
                            cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith('}t')))
                    parts.append(" ".join(c for c in cells if c.strip()))
    return " ".join(parts)


def render_txt(doc, path):
    out = []
    for pi, page in enumerate(doc["pages"]):
        for kind, p in _tables(page):
            if kind == "b":
                b = p
                if b[0] == "g":
                    out.append("")
                elif b[0] == "h":
                    out += ["", b[1].upper() if doc.get("upper_h") else b[1], "-" * len(b[1])]
                elif b[0] == "l":
                    out.append(b[1])
                else:
                    out += textwrap.wrap(b[1], 96, break_long_words=False, break_on_hyphens=False)
            else:
                ncol = max(len(r) for r in p)
                w = [max(len(r[i]) if i < len(r) else 0 for r in p) for i in range(ncol)]
                for r in p:
                    out.append("  ".join((r[i] if i < len(r) else "").ljust(w[i]) for i in range(ncol)).rstrip())
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def render_csv(doc, path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(doc["rows"])


def csv_model_pages(doc):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(doc["rows"])
    return [buf.getvalue()]
