"""FICTIONAL test documents: a small page model and four back ends (text PDF, image-only scan PDF, DOCX, TXT).

A document is a list of pages; a page is a list of blocks:
  ("h", text)   heading          ("p", text)  wrapped paragraph
  ("l", text)   single line      ("t", rows)  table (list of lists of cells; cells never wrap)
The text model of a page: each block's text (a table row = its non-empty cells joined by one space), joined by newlines.
"""
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTDIR = "/usr/share/fonts/truetype/liberation2/"
W_PT, H_PT = 612, 792
MARGIN = 54


def page_text(blocks, header="", footer=""):
    out = [header] if header else []
    for kind, val in blocks:
        if kind == "t":
            for row in val:
                out.append(" ".join(c for c in row if c))
        else:
            out.append(val)
    if footer:
        out.append(footer)
    return "\n".join(out)


# ---------------------------------------------------------------- layout (shared by PDF and scan)
def layout(pages, width_fn, size, lead, header):
    """Return per page a list of (x, y, text, style) in points from the top; raise on overflow."""
    n = len(pages)
    laid = []
    for pi, blocks in enumerate(pages):
        items = [(MARGIN, 36, header, "small")]
        y = MARGIN + 10
        usable = W_PT - 2 * MARGIN
        for kind, val in blocks:
            if kind == "h":
                y += 4
                items.append((MARGIN, y, val, "bold"))
                y += lead + 3
            elif kind == "l":
                if width_fn(val, "reg", size) > usable:
                    raise ValueError("line too wide: " + val)
                items.append((MARGIN, y, val, "reg"))
                y += lead
            elif kind == "p":
                words, line = val.split(), ""
                for w in words:
                    cand = (line + " " + w).strip()
                    if width_fn(cand, "reg", size) > usable and line:
                        items.append((MARGIN, y, line, "reg"))
                        y += lead
                        line = w
                    else:
                        line = cand
                if line:
                    items.append((MARGIN, y, line, "reg"))
                    y += lead
                y += 4
            elif kind == "t":
                ncol = max(len(r) for r in val)
                widths = [max(width_fn(r[i], "reg", size) if i < len(r) else 0 for r in val) + 10 for i in range(ncol)]
                if sum(widths) > usable:
                    raise ValueError("table too wide: %r" % (val[0],))
                for ri, row in enumerate(val):
                    x = MARGIN
                    for i, cell in enumerate(row):
                        items.append((x, y, cell, "bold" if ri == 0 else "reg"))
                        x += widths[i]
                    y += lead
                y += 4
            if y > H_PT - MARGIN - 10:
                raise ValueError("page %d overflows" % (pi + 1))
        items.append((MARGIN, H_PT - 30, "Page %d of %d" % (pi + 1, n), "small"))
        laid.append(items)
    return laid


def write_pdf(path, pages, header, serif=False, size=10):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fam = "LiberationSerif" if serif else "LiberationSans"
    for st, fn in (("reg", "-Regular"), ("bold", "-Bold")):
        pdfmetrics.registerFont(TTFont(fam + st, FONTDIR + fam + fn + ".ttf"))
    fonts = {"reg": fam + "reg", "bold": fam + "bold", "small": fam + "reg"}

    def width(t, st, sz):
        return pdfmetrics.stringWidth(t, fonts[st], sz)

    laid = layout(pages, width, size, size + 3.2, header)
    c = canvas.Canvas(str(path), pagesize=(W_PT, H_PT))
    c.setTitle("FICTIONAL clinical record")
    for items in laid:
        for x, y, t, st in items:
            c.setFont(fonts[st], 8 if st == "small" else size)
            c.drawString(x, H_PT - y, t)
        c.showPage()
    c.save()
    return [page_text(b, header, "Page %d of %d" % (i + 1, len(pages))) for i, b in enumerate(pages)]


def write_scan(path, pages, header, dpi=200, seed=7):
    rnd = random.Random(seed)
    scale = dpi / 72.0
    size = 8
    fonts = {st: ImageFont.truetype(FONTDIR + "LiberationMono-" + ("Bold" if st == "bold" else "Regular") + ".ttf",
                                    int((8 if st == "small" else size) * scale))
             for st in ("reg", "bold", "small")}

    def width(t, st, sz):
        return fonts[st].getlength(t) / scale

    laid = layout(pages, width, size, size + 5, header)
    imgs = []
    for items in laid:
        im = Image.new("L", (int(W_PT * scale), int(H_PT * scale)), 246)
        d = ImageDraw.Draw(im)
        for x, y, t, st in items:
            ink = rnd.randint(25, 70)
            d.text((x * scale, (y - size) * scale + rnd.uniform(-1.5, 1.5)), t, font=fonts[st], fill=ink)
        for _ in range(1500):
            px, py = rnd.randrange(im.width), rnd.randrange(im.height)
            d.point((px, py), fill=rnd.randint(120, 200))
        im = im.rotate(0.35, resample=Image.BICUBIC, fillcolor=246).filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(im.convert("RGB"))
    imgs[0].save(str(path), save_all=True, append_images=imgs[1:], resolution=dpi)
    return [page_text(b, header, "Page %d of %d" % (i + 1, len(pages))) for i, b in enumerate(pages)]


def write_docx(path, pages, header):
    import docx

    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = header
    for pi, blocks in enumerate(pages):
        for kind, val in blocks:
            if kind == "h":
                doc.add_heading(val, level=2)
            elif kind in ("p", "l"):
                doc.add_paragraph(val)
            elif kind == "t":
                t = doc.add_table(rows=0, cols=max(len(r) for r in val))
                t.style = "Table Grid"
                for row in val:
                    cells = t.add_row().cells
                    for i, c in enumerate(row):
                        cells[i].text = c
    doc.save(str(path))
    allb = [b for p in pages for b in p]
    return [page_text(allb, header)]


def write_txt(path, pages, header):
    out = [header, ""]
    for blocks in pages:
        for kind, val in blocks:
            if kind == "h":
                out += ["", val, "-" * len(val)]
            elif kind == "l":
                out.append(val)
            elif kind == "p":
                out += textwrap.wrap(val, 98) + [""]
            elif kind == "t":
                ncol = max(len(r) for r in val)
                w = [max(len(r[i]) if i < len(r) else 0 for r in val) for i in range(ncol)]
                for row in val:
                    out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(row)).rstrip())
                out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    allb = [b for p in pages for b in p]
    return [page_text(allb, header)]


def write_photo(path, blocks, header, seed=11):
    """One page drawn like the scan, then photographed: on a dark desk, turned about a degree, warm light that falls off."""
    tmp = path.with_suffix(".tmp.pdf")
    texts = write_scan(tmp, [blocks], header, dpi=170, seed=seed)
    tmp.unlink()
    rnd = random.Random(seed)
    scale = 170 / 72.0
    size = 8
    fonts = {st: ImageFont.truetype(FONTDIR + "LiberationMono-" + ("Bold" if st == "bold" else "Regular") + ".ttf",
                                    int((8 if st == "small" else size) * scale)) for st in ("reg", "bold", "small")}
    laid = layout([blocks], lambda t, st, sz: fonts[st].getlength(t) / scale, size, size + 5, header)
    page = Image.new("RGB", (int(W_PT * scale), int(H_PT * scale)), (250, 246, 236))
    d = ImageDraw.Draw(page)
    for x, y, t, st in laid[0]:
        ink = rnd.randint(20, 60)
        d.text((x * scale, (y - size) * scale), t, font=fonts[st], fill=(ink, ink, ink + 10))
    page = page.rotate(1.1, resample=Image.BICUBIC, expand=True, fillcolor=(40, 34, 30))
    desk = Image.new("RGB", (page.width + 160, page.height + 160), (40, 34, 30))
    desk.paste(page, (80, 80))
    shade = Image.linear_gradient("L").resize(desk.size).point(lambda v: 255 - v // 4)
    desk = Image.composite(desk, Image.new("RGB", desk.size, (0, 0, 0)), shade)
    desk = desk.filter(ImageFilter.GaussianBlur(0.7))
    desk.save(str(path), quality=88)
    return texts
