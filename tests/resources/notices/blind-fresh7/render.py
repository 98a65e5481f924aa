"""Rendering helpers for blind set fresh7 (own code). All content FICTIONAL."""
import io, random, textwrap
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/"
FAMILIES = {
    "sans": (FD + "dejavu/DejaVuSans.ttf", FD + "dejavu/DejaVuSans-Bold.ttf"),
    "serif": (FD + "dejavu/DejaVuSerif.ttf", FD + "dejavu/DejaVuSerif-Bold.ttf"),
    "lib": (FD + "liberation2/LiberationSans-Regular.ttf", FD + "liberation2/LiberationSans-Bold.ttf"),
    "libserif": (FD + "liberation2/LiberationSerif-Regular.ttf", FD + "liberation2/LiberationSerif-Bold.ttf"),
}
MONO = FD + "dejavu/DejaVuSansMono.ttf"
_reg = set()


def _rl(path):
    name = path.rsplit("/", 1)[1].replace(".ttf", "")
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, path))
        _reg.add(name)
    return name


def _pil(path, size, cache={}):
    k = (path, round(size, 2))
    if k not in cache:
        cache[k] = ImageFont.truetype(path, size)
    return cache[k]


def width(path, size, text):
    return _pil(path, size * 10).getlength(text) / 10.0


W, H, LM, RM, TM, BM = 612, 792, 54, 558, 54, 742


def layout(lines, family="sans"):
    reg, bold = FAMILIES[family]
    pages, ops = [], []
    y = TM

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops = []
        y = TM

    def need(h):
        if y + h > BM:
            newpage()

    def para(text, font, size, lead, x0=LM, x1=RM):
        nonlocal y
        words = text.split(" ")
        cur = ""
        out = []
        for w in words:
            t = (cur + " " + w) if cur else w
            if width(font, size, t) > (x1 - x0) and cur:
                out.append(cur)
                cur = w
            else:
                cur = t
        out.append(cur)
        for ln in out:
            need(lead)
            y += lead
            ops.append(("text", x0, y, ln, font, size))

    for item in lines:
        if isinstance(item, str):
            item = ("p", item)
        k = item[0]
        if k == "p":
            para(item[1], reg, 10, 13)
        elif k == "small":
            para(item[1], reg, 8, 10)
        elif k == "b":
            para(item[1], bold, 10, 13)
        elif k == "h":
            para(item[1], bold, 14, 19)
        elif k == "h2":
            para(item[1], bold, 11, 15)
        elif k == "ind":
            para(item[1], reg, 10, 13, x0=LM + 24)
        elif k == "m":
            need(11); y += 11
            ops.append(("text", LM, y, item[1], MONO, 8.5))
        elif k == "s":
            y += item[1] if len(item) > 1 else 8
        elif k == "rule":
            y += 5
            ops.append(("line", LM, y, RM, y, 0.8))
            y += 3
        elif k in ("r", "c"):
            need(13); y += 13
            f = bold if (len(item) > 2 and item[2] == "b") else reg
            wd = width(f, 10, item[1])
            x = RM - wd if k == "r" else (W - wd) / 2
            ops.append(("text", x, y, item[1], f, 10))
        elif k == "row":
            segs = item[1]
            size = item[2] if len(item) > 2 else 9.5
            need(size + 3.5); y += size + 3.5
            for si, (xf, t, kind) in enumerate(segs):
                f = bold if kind == "b" else (MONO if kind == "m" else reg)
                x = LM + xf * (RM - LM)
                nx = LM + segs[si + 1][0] * (RM - LM) if si + 1 < len(segs) else RM + 30
                if x + width(f, size, t) > nx - 4:
                    raise ValueError("row segment overlaps the next: %r" % t)
                ops.append(("text", x, y, t, f, size))
        elif k == "box":
            rows, cols = item[1], item[2]
            size = item[3] if len(item) > 3 else 8.5
            xs = [LM + c * (RM - LM) for c in cols] + [RM]
            y += 5
            for ri, row in enumerate(rows):
                nl = max(len(str(c).split("\n")) for c in row)
                h = nl * (size + 3) + 6
                need(h)
                top = y
                for ci, cell in enumerate(row):
                    f = bold if (ri == 0 and item[4:5] == ("hdr",)) or str(cell).startswith("*") else reg
                    for li, t in enumerate(str(cell).lstrip("*").split("\n")):
                        if width(f, size, t) > xs[ci + 1] - xs[ci] - 5:
                            raise ValueError("box cell text too wide: %r" % t)
                        ops.append(("text", xs[ci] + 3, top + 3 + (li + 1) * (size + 3) - 2, t, f, size))
                    ops.append(("rect", xs[ci], top, xs[ci + 1] - xs[ci], h))
                y = top + h
        elif k == "pb":
            newpage()
        else:
            raise ValueError(k)
    pages.append(ops)
    return pages


def layout_text(pages):
    """Reading text of the layout (lines by baseline), for checks of image notices."""
    out = []
    for ops in pages:
        rows = {}
        for o in ops:
            if o[0] == "text":
                rows.setdefault(round(o[2], 1), []).append((o[1], o[3]))
        for yk in sorted(rows):
            out.append("  ".join(t for _, t in sorted(rows[yk])))
        out.append("\f")
    return "\n".join(out)


def to_pdf(pages, path, overlay=None):
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("FICTIONAL test notice")
    for pi, ops in enumerate(pages):
        for o in ops:
            if o[0] == "text":
                c.setFont(_rl(o[4]), o[5])
                c.drawString(o[1], H - o[2], o[3])
            elif o[0] == "line":
                c.setLineWidth(o[5]); c.line(o[1], H - o[2], o[3], H - o[4])
            elif o[0] == "rect":
                c.setLineWidth(0.6); c.rect(o[1], H - o[2] - o[4], o[3], o[4])
        if overlay:
            overlay(c, pi)
        c.showPage()
    c.save()


def to_images(pages, dpi=200):
    s = dpi / 72.0
    ims = []
    for ops in pages:
        im = Image.new("L", (int(W * s), int(H * s)), 255)
        d = ImageDraw.Draw(im)
        for o in ops:
            if o[0] == "text":
                d.text((o[1] * s, o[2] * s), o[3], font=_pil(o[4], o[5] * s), fill=20, anchor="ls")
            elif o[0] == "line":
                d.line((o[1] * s, o[2] * s, o[3] * s, o[4] * s), fill=30, width=max(1, int(o[5] * s)))
            elif o[0] == "rect":
                d.rectangle((o[1] * s, o[2] * s, (o[1] + o[3]) * s, (o[2] + o[4]) * s), outline=40, width=2)
        ims.append(im)
    return ims


def scan(im, seed, angle=0.6, noise=18):
    rnd = random.Random(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    px = im.load()
    w, h = im.size
    for _ in range(w * h // 400):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice([60, 120, 200])
    grad = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 14)
    im = Image.composite(im, grad, im.point(lambda v: 255 if v < 200 else 0))
    return im.filter(ImageFilter.GaussianBlur(0.5))


def photo(im, seed, angle=4.0, bg=(92, 74, 58), out_w=2000):
    rnd = random.Random(seed)
    rgb = Image.merge("RGB", [im, im, im])
    w, h = rgb.size
    # paper slightly warm
    rgb = Image.blend(rgb, Image.new("RGB", (w, h), (245, 238, 222)), 0.12)
    canvas_im = Image.new("RGB", (int(w * 1.25), int(h * 1.2)), bg)
    canvas_im.paste(rgb, (int(w * 0.12), int(h * 0.09)))
    canvas_im = canvas_im.rotate(angle, resample=Image.BICUBIC, fillcolor=bg)
    W2, H2 = canvas_im.size
    # mild perspective: top narrower
    dx = W2 * 0.035
    canvas_im = canvas_im.transform((W2, H2), Image.QUAD,
                                    (-dx, 0, dx * 0.3, H2, W2 - dx * 0.3, H2, W2 + dx, 0),
                                    resample=Image.BICUBIC, fillcolor=bg)
    # shadow from the phone / hand across one corner
    shade = Image.linear_gradient("L").rotate(35, expand=False).resize((W2, H2))
    shade = shade.point(lambda v: int(255 - max(0, v - 150) * 0.9))
    dark = Image.new("RGB", (W2, H2), (0, 0, 0))
    canvas_im = Image.composite(canvas_im, dark, shade)
    canvas_im = canvas_im.filter(ImageFilter.GaussianBlur(0.8))
    r = out_w / W2
    return canvas_im.resize((out_w, int(H2 * r)), Image.LANCZOS)


def fax_pages(ims, header_fn):
    out = []
    for i, im in enumerate(ims):
        im = im.resize((1728, int(1728 * im.size[1] / im.size[0] * 98 / 204)), Image.LANCZOS)
        d = ImageDraw.Draw(im)
        d.rectangle((0, 0, im.size[0], 18), fill=255)
        d.text((20, 15), header_fn(i, len(ims)), font=_pil(MONO, 20), fill=0, anchor="ls")
        bw = im.point(lambda v: 0 if v < 150 else 255, "1")
        rnd = random.Random(i + 7)
        px = bw.load()
        for _ in range(900):
            px[rnd.randrange(bw.size[0]), rnd.randrange(bw.size[1])] = 0
        out.append(bw)
    return out


def to_docx(lines, path, fontname="Calibri"):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = fontname; st.font.size = Pt(10.5)
    for item in lines:
        if isinstance(item, str):
            item = ("p", item)
        k = item[0]
        if k in ("p", "ind", "small"):
            doc.add_paragraph(item[1])
        elif k in ("b", "h2"):
            doc.add_paragraph().add_run(item[1]).bold = True
        elif k == "h":
            r = doc.add_paragraph().add_run(item[1]); r.bold = True; r.font.size = Pt(15)
        elif k == "m":
            r = doc.add_paragraph().add_run(item[1]); r.font.name = "Courier New"
        elif k in ("r", "c"):
            p = doc.add_paragraph(item[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if k == "r" else WD_ALIGN_PARAGRAPH.CENTER
        elif k == "row":
            doc.add_paragraph("\t".join(t for _, t, _ in item[1]))
        elif k == "box":
            rows = item[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    c = t.cell(ri, ci)
                    txt = str(cell).lstrip("*")
                    run = c.paragraphs[0].add_run(txt)
                    run.bold = str(cell).startswith("*") or (ri == 0 and item[4:5] == ("hdr",))
            doc.add_paragraph("")
        elif k == "pb":
            doc.add_page_break()
        elif k in ("s", "rule"):
            pass
    doc.core_properties.title = "FICTIONAL test notice"
    doc.core_properties.author = "fictional"
    doc.save(path)


def docx_text(path):
    from docx import Document
    d = Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def to_txt(lines, width_chars=78):
    out = []
    for item in lines:
        if isinstance(item, str):
            item = ("p", item)
        k = item[0]
        if k in ("p", "b", "h2", "small"):
            out += textwrap.wrap(item[1], width_chars) or [""]
        elif k == "ind":
            out += textwrap.wrap(item[1], width_chars - 4, initial_indent="    ", subsequent_indent="    ")
        elif k == "h":
            out += [item[1].upper(), "=" * len(item[1])]
        elif k == "m":
            out.append(item[1])
        elif k == "r":
            out.append(item[1].rjust(width_chars))
        elif k == "c":
            out.append(item[1].center(width_chars).rstrip())
        elif k == "row":
            line = ""
            for xf, t, _ in item[1]:
                col = int(xf * width_chars)
                line = line.ljust(col) + ("" if len(line) <= col else " ") + t
            out.append(line.rstrip())
        elif k == "box":
            rows, cols = item[1], item[2]
            xs = [int(c * width_chars) for c in cols] + [width_chars]
            wds = [xs[i + 1] - xs[i] - 1 for i in range(len(cols))]
            sep = "+" + "+".join("-" * w for w in wds) + "+"
            out.append(sep)
            for row in rows:
                cells = [str(c).lstrip("*").split("\n") for c in row]
                for li in range(max(len(c) for c in cells)):
                    out.append("|" + "|".join((c[li] if li < len(c) else "").ljust(w)[:w] for c, w in zip(cells, wds)) + "|")
                out.append(sep)
        elif k in ("s", "rule"):
            out.append("" if k == "s" else "-" * width_chars)
        elif k == "pb":
            out.append("\f")
    return "\n".join(out) + "\n"
