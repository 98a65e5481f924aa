"""Small layout engine for the FICTIONAL blind-fresh11 notices: one layout, drawn to a text PDF (reportlab)
or to a Pillow image (scans, photos, fax). Also writers for DOCX, TXT and EML from the same blocks."""
import io, math, random
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps

FONTS = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sansb": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serifb": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "monob": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "lib": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "libb": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "libserif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "libserifb": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "condb": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
}
for k, p in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, p))

PW, PH = 612, 792  # letter, points


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, width):
    out = []
    for para in text.split("\n"):
        words, cur = para.split(" "), ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if sw(t, font, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


class Layout:
    """Blocks -> ops. op: ('t', x, y_top, text, font, size) | ('l', x1, y1, x2, y2, w) | ('img', x, y, w, h, PIL)."""

    def __init__(self, style):
        self.font = style.get("font", "sans")
        self.bold = style.get("bold", "sansb")
        self.size = style.get("size", 10)
        self.margin = style.get("margin", 60)
        self.lead = style.get("lead", 1.35)
        self.header = style.get("header")  # callable(pageno, npages) -> list of ops-blocks (text at top/bottom)
        self.pages = []

    def run(self, pages):
        res = []
        for pi, blocks in enumerate(pages):
            self.ops, self.y = [], self.margin
            for b in blocks:
                getattr(self, "b_" + b[0])(*b[1:])
            if self.y > PH - 30:
                raise ValueError("page overflow %d: y=%.0f" % (pi + 1, self.y))
            res.append(self.ops)
        if self.header:
            for pi, ops in enumerate(res):
                for (x, y, text, font, size) in self.header(pi + 1, len(res)):
                    ops.append(("t", x, y, text, font, size))
        return res

    def text(self, x, text, font=None, size=None):
        self.ops.append(("t", x, self.y, text, font or self.font, size or self.size))

    def nl(self, size=None, k=1.0):
        self.y += (size or self.size) * self.lead * k

    # blocks
    def b_gap(self, n=1):
        self.y += self.size * n

    def b_at(self, y):
        self.y = y

    def b_line(self, text, bold=False, size=None, indent=0, align="left", font=None):
        size = size or self.size
        f = font or (self.bold if bold else self.font)
        w = sw(text, f, size)
        x = self.margin + indent
        if align == "center":
            x = (PW - w) / 2
        elif align == "right":
            x = PW - self.margin - w
        self.text(x, text, f, size)
        self.nl(size)

    def b_lines(self, lines, bold=False, size=None, indent=0, align="left"):
        for t in lines:
            self.b_line(t, bold, size, indent, align)

    def b_para(self, text, bold=False, size=None, indent=0, width=None):
        size = size or self.size
        f = self.bold if bold else self.font
        width = width or (PW - 2 * self.margin - indent)
        for t in wrap(text, f, size, width):
            self.text(self.margin + indent, t, f, size)
            self.nl(size)
        self.y += size * 0.5

    def b_kv(self, rows, labw=150, indent=0, boldlab=True, size=None):
        size = size or self.size
        for lab, val in rows:
            self.text(self.margin + indent, lab, self.bold if boldlab else self.font, size)
            for i, t in enumerate(wrap(val, self.font, size, PW - 2 * self.margin - indent - labw)):
                self.text(self.margin + indent + labw, t, self.font, size)
                if i:
                    pass
                self.nl(size)
        self.y += size * 0.3

    def b_rule(self, w=0.8):
        self.ops.append(("l", self.margin, self.y, PW - self.margin, self.y, w))
        self.y += self.size * 0.6

    def b_table(self, rows, widths, size=None, header=True, pad=3):
        size = size or self.size - 1
        x0 = self.margin
        tot = sum(widths)
        top = self.y
        self.ops.append(("l", x0, top, x0 + tot, top, 0.7))
        for ri, row in enumerate(rows):
            cells = [wrap(str(c), self.bold if (header and ri == 0) else self.font, size, w - 2 * pad) for c, w in zip(row, widths)]
            h = max(len(c) for c in cells) * size * 1.25 + 2 * pad
            x = x0
            for c, w in zip(cells, widths):
                for li, t in enumerate(c):
                    self.ops.append(("t", x + pad, self.y + pad + li * size * 1.25, t,
                                     self.bold if (header and ri == 0) else self.font, size))
                x += w
            self.y += h
            self.ops.append(("l", x0, self.y, x0 + tot, self.y, 0.7))
        x = x0
        for w in widths + [0]:
            self.ops.append(("l", x, top, x, self.y, 0.7))
            x += w
        self.y += size

    def b_box(self, lines, width=None, indent=0, bold_first=False, size=None):
        size = size or self.size
        x0 = self.margin + indent
        width = width or PW - 2 * self.margin - indent
        top = self.y
        self.y += 5
        for i, t in enumerate(lines):
            self.text(x0 + 6, t, self.bold if (bold_first and i == 0) else self.font, size)
            self.nl(size)
        self.y += 3
        for (a, b, c, d) in [(x0, top, x0 + width, top), (x0, self.y, x0 + width, self.y),
                             (x0, top, x0, self.y), (x0 + width, top, x0 + width, self.y)]:
            self.ops.append(("l", a, b, c, d, 0.8))
        self.y += size * 0.6

    def b_cols(self, left, right, gutter=18, size=None):
        """two columns of paragraphs (newsletter style): each a list of ('h'|'p', text)."""
        size = size or self.size
        colw = (PW - 2 * self.margin - gutter) / 2
        top, ends = self.y, []
        for ci, col in enumerate((left, right)):
            self.y = top
            x = self.margin + ci * (colw + gutter)
            for kind, t in col:
                f = self.bold if kind == "h" else self.font
                for s in wrap(t, f, size, colw):
                    self.text(x, s, f, size)
                    self.nl(size)
                self.y += size * 0.5
            ends.append(self.y)
        self.y = max(ends)

    def b_form(self, fields, cols=2, boxh=34, size=None, typefont="mono", jitter=2.5, seed=1):
        """boxed form: small printed label top-left in each box, typed fill-in (mono) slightly off."""
        rnd = random.Random(seed)
        size = size or self.size
        colw = (PW - 2 * self.margin) / cols
        i = 0
        for row in fields:
            x = self.margin
            n = len(row)
            w = (PW - 2 * self.margin) / n
            for lab, val in row:
                self.ops += [("l", x, self.y, x + w, self.y, 0.8), ("l", x, self.y + boxh, x + w, self.y + boxh, 0.8),
                             ("l", x, self.y, x, self.y + boxh, 0.8), ("l", x + w, self.y, x + w, self.y + boxh, 0.8)]
                self.ops.append(("t", x + 3, self.y + 2, lab, self.font, 6.5))
                self.ops.append(("t", x + 8 + rnd.uniform(-jitter, jitter), self.y + 14 + rnd.uniform(-jitter, jitter), val, typefont, size))
                x += w
            self.y += boxh
        self.y += size

    def b_image(self, img, w, h, indent=0):
        self.ops.append(("img", self.margin + indent, self.y, w, h, img))
        self.y += h + 6


def layout_text(pages_ops):
    """text of the layout, in reading order (top to bottom, left to right within ~same line)."""
    out = []
    for ops in pages_ops:
        ts = sorted([o for o in ops if o[0] == "t"], key=lambda o: (round(o[2] / 4), o[1]))
        out.append("\n".join(o[3] for o in ts))
    return "\n\f\n".join(out)


def to_pdf(pages_ops, path, title="FICTIONAL notice"):
    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setTitle(title)
    c.setAuthor("FICTIONAL test set")
    for ops in pages_ops:
        for o in ops:
            if o[0] == "t":
                _, x, y, text, font, size = o
                c.setFont(font, size)
                c.drawString(x, PH - y - size * 0.85, text)
            elif o[0] == "l":
                _, x1, y1, x2, y2, w = o
                c.setLineWidth(w)
                c.line(x1, PH - y1, x2, PH - y2)
            elif o[0] == "img":
                _, x, y, w, h, img = o
                c.drawImage(ImageReader(img), x, PH - y - h, w, h)
        c.showPage()
    c.save()


def to_image(ops, dpi=200, ink=(25, 25, 30)):
    s = dpi / 72.0
    im = Image.new("RGB", (int(PW * s), int(PH * s)), "white")
    d = ImageDraw.Draw(im)
    cache = {}
    for o in ops:
        if o[0] == "t":
            _, x, y, text, font, size = o
            key = (font, size)
            if key not in cache:
                cache[key] = ImageFont.truetype(FONTS[font], max(6, int(round(size * s))))
            d.text((x * s, y * s), text, font=cache[key], fill=ink)
        elif o[0] == "l":
            _, x1, y1, x2, y2, w = o
            d.line((x1 * s, y1 * s, x2 * s, y2 * s), fill=ink, width=max(1, int(w * s)))
        elif o[0] == "img":
            _, x, y, w, h, img = o
            im.paste(img.convert("RGB").resize((int(w * s), int(h * s))), (int(x * s), int(y * s)))
    return im


def scan_effect(im, angle, seed):
    rnd = random.Random(seed)
    g = im.convert("L")
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = g.load()
    W, H = g.size
    for _ in range(900):
        x, y = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice([0, 0, 1])
        for dx in range(-r, r + 1):
            for dy in range(-r, r + 1):
                if 0 <= x + dx < W and 0 <= y + dy < H:
                    px[x + dx, y + dy] = rnd.randrange(60, 160)
    # uneven shading: a little darker towards one side, as a flatbed lid leaves it
    from PIL import ImageChops
    shade = Image.linear_gradient("L").rotate(90 if seed % 2 else -90).resize((W, H)).point(lambda v: 255 - v // 9)
    g = ImageChops.multiply(g, shade)
    g = Image.eval(g, lambda v: int(v * 0.93 + 8))
    g = g.filter(ImageFilter.GaussianBlur(0.6))
    return g


def save_scan_pdf(images, path):
    images[0].save(path, "PDF", resolution=200, save_all=True, append_images=images[1:])


def photo_effect(im, angle, seed, keystone=0.06, shadow=0.45, bg=(92, 70, 52), desk=False):
    rnd = random.Random(seed)
    W, H = im.size
    page = Image.eval(im, lambda v: v).convert("RGB")
    # warm paper tint
    tint = Image.new("RGB", page.size, (244, 236, 220))
    page = Image.composite(page, tint, page.convert("L").point(lambda v: 255 if v < 200 else 0))
    bw, bh = int(W * 1.42), int(H * 1.3)
    canvas_ = Image.new("RGB", (bw, bh), bg)
    if desk:  # wood-like stripes and a pen
        d = ImageDraw.Draw(canvas_)
        for yy in range(0, bh, 9):
            c = tuple(max(0, min(255, v + rnd.randint(-12, 12))) for v in bg)
            d.rectangle((0, yy, bw, yy + 8), fill=c)
        d.line((int(bw * 0.05), int(bh * 0.9), int(bw * 0.3), int(bh * 0.97)), fill=(20, 20, 90), width=18)
    ox, oy = (bw - W) // 2, (bh - H) // 2
    canvas_.paste(page, (ox, oy))
    canvas_ = canvas_.rotate(angle, resample=Image.BICUBIC, fillcolor=bg)
    # keystone: top narrower than bottom
    k = keystone * bw
    coeffs = _persp_coeffs([(k, 0), (bw - k, 0), (bw, bh), (0, bh)], [(0, 0), (bw, 0), (bw, bh), (0, bh)])
    canvas_ = canvas_.transform((bw, bh), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bg)
    # shadow across one corner/side
    mask = Image.new("L", (bw, bh), 0)
    md = ImageDraw.Draw(mask)
    md.polygon([(0, 0), (int(bw * 0.55), 0), (0, int(bh * 0.45))], fill=int(255 * shadow))
    mask = mask.filter(ImageFilter.GaussianBlur(60))
    dark = Image.new("RGB", (bw, bh), (0, 0, 0))
    canvas_ = Image.composite(dark, canvas_, mask)
    canvas_ = canvas_.filter(ImageFilter.GaussianBlur(0.8))
    return canvas_


def _persp_coeffs(src, dst):
    import numpy as np
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=float)
    B = np.array([c for p in src for c in p], dtype=float)
    return list(np.linalg.solve(A, B))


def fax_pages(images, seed):
    rnd = random.Random(seed)
    out = []
    for im in images:
        g = im.convert("L").rotate(0.5, resample=Image.BICUBIC, fillcolor=255)
        W, H = g.size  # at 200 dpi
        g = g.resize((int(W * 204 / 200), int(H * 98 / 200)), Image.BILINEAR)
        b = g.point(lambda v: 255 if v > 150 else 0).convert("1")
        px = b.load()
        for _ in range(300):
            px[rnd.randrange(b.size[0]), rnd.randrange(b.size[1])] = 0
        out.append(b)
    return out


def save_fax_tiff(pages, path):
    pages[0].save(path, compression="group4", dpi=(204, 98), save_all=True, append_images=pages[1:])
