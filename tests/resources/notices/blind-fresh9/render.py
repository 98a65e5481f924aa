"""Small layout engine for the blind-fresh9 notices (FICTIONAL content only).

A page is a list of drawing operations in points (1/72 in), origin at the top left:
  ('t', x, y, text, font, size, grey)   text with its baseline at y
  ('l', x1, y1, x2, y2, width, grey)    a line
  ('r', x, y, w, h, fill_grey, stroke_width)  a rectangle (fill None = none)
The same operations are drawn by reportlab (text PDFs) and by Pillow (scans, photos, fax).
"""
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_FILES = {
    "Sans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "Sans-B": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Sans-I": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "Serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "Serif-B": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Serif-I": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
    "Mono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "Mono-B": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "Cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "Cond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "Hand": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-BoldItalic.ttf",
}
for _n, _f in FONT_FILES.items():
    pdfmetrics.registerFont(TTFont(_n, _f))

PAGE_W, PAGE_H = 612, 792


def width(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


class Page:
    def __init__(self, left=60, right=552, top=60):
        self.ops = []
        self.left, self.right, self.y = left, right, top

    # primitives -------------------------------------------------------
    def t(self, x, y, text, font="Sans", size=10, grey=0):
        self.ops.append(("t", x, y, text, font, size, grey))

    def line(self, x1, y1, x2, y2, w=0.8, grey=0):
        self.ops.append(("l", x1, y1, x2, y2, w, grey))

    def rect(self, x, y, w, h, fill=None, stroke=0.8):
        self.ops.append(("r", x, y, w, h, fill, stroke))

    # flow helpers -----------------------------------------------------
    def gap(self, pts):
        self.y += pts

    def text(self, s, font="Sans", size=10, x=None, lead=None, grey=0, align="left"):
        x = self.left if x is None else x
        if align == "center":
            x = (self.left + self.right) / 2 - width(s, font, size) / 2
        elif align == "right":
            x = self.right - width(s, font, size)
        self.y += lead or size * 1.3
        self.t(x, self.y, s, font, size, grey)

    def lines(self, rows, font="Sans", size=10, x=None, lead=None):
        for r in rows:
            self.text(r, font, size, x, lead)

    def para(self, s, font="Sans", size=10, x=None, w=None, lead=None, after=4):
        x = self.left if x is None else x
        w = (self.right - x) if w is None else w
        for ln in wrap(s, font, size, w):
            self.text(ln, font, size, x, lead)
        self.y += after

    def kv(self, label, value, x=None, lw=130, font="Sans", bfont="Sans-B", size=10, lead=None):
        x = self.left if x is None else x
        self.y += lead or size * 1.35
        self.t(x, self.y, label, bfont, size)
        self.t(x + lw, self.y, value, font, size)

    def rule(self, w=0.8, grey=0, pad=6):
        self.y += pad
        self.line(self.left, self.y, self.right, self.y, w, grey)
        self.y += pad / 2

    def table(self, cols, rows, font="Sans", size=9, head_font="Sans-B", border=True, lead=None, shade=0.88,
              x0=None, x1=None):
        """cols: list of x offsets; rows[0] is the header. Cells that are lists wrap onto several lines."""
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        lead = lead or size * 1.45
        for i, row in enumerate(rows):
            cells = [c if isinstance(c, list) else [c] for c in row]
            n = max(len(c) for c in cells)
            h = n * lead + 5
            top = self.y
            if border:
                if i == 0 and shade is not None:
                    self.rect(x0, top, x1 - x0, h, fill=shade, stroke=0.6)
                else:
                    self.rect(x0, top, x1 - x0, h, fill=None, stroke=0.6)
                for cx in cols[1:]:
                    self.line(x0 + cx - 3, top, x0 + cx - 3, top + h, 0.6)
            f = head_font if i == 0 else font
            for cx, cell, nxt in zip(cols, cells, cols[1:] + [x1 - x0 + 3]):
                for k, s in enumerate(cell):
                    assert width(s, f, size) < (nxt - cx) - 3, ("cell overflow", s)
                    self.t(x0 + cx + 1, top + lead * (k + 1), s, f, size)
            self.y = top + h

    def text_content(self):
        return "\n".join(op[3] for op in self.ops if op[0] == "t")


def wrap(s, font, size, w):
    out, cur = [], ""
    for word in s.split(" "):
        trial = (cur + " " + word).strip()
        if width(trial, font, size) <= w or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


# ---------------------------------------------------------------- reportlab
def to_pdf(pages, path, title="FICTIONAL notice"):
    c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H))
    c.setTitle(title)
    c.setAuthor("FICTIONAL test generator")
    for p in pages:
        for op in p.ops:
            if op[0] == "t":
                _, x, y, s, f, size, g = op
                c.setFillGray(g)
                c.setFont(f, size)
                c.drawString(x, PAGE_H - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w, g = op
                c.setStrokeGray(g)
                c.setLineWidth(w)
                c.line(x1, PAGE_H - y1, x2, PAGE_H - y2)
            elif op[0] == "r":
                _, x, y, w, h, fill, stroke = op
                c.setStrokeGray(0)
                c.setLineWidth(stroke or 0.1)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, PAGE_H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- Pillow
_font_cache = {}


def _pil_font(name, px):
    key = (name, px)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(FONT_FILES[name], px)
    return _font_cache[key]


def to_image(page, dpi=200, xdpi=None, ydpi=None):
    xdpi = xdpi or dpi
    ydpi = ydpi or dpi
    sx, sy = xdpi / 72.0, ydpi / 72.0
    img = Image.new("L", (int(PAGE_W * sx), int(PAGE_H * sy)), 255)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        if op[0] == "t":
            _, x, y, s, f, size, g = op
            font = _pil_font(f, max(6, int(round(size * sy))))
            d.text((x * sx, y * sy), s, font=font, fill=int(g * 255), anchor="ls")
        elif op[0] == "l":
            _, x1, y1, x2, y2, w, g = op
            d.line([(x1 * sx, y1 * sy), (x2 * sx, y2 * sy)], fill=int(g * 255), width=max(1, int(w * sx)))
        elif op[0] == "r":
            _, x, y, w, h, fill, stroke = op
            box = [x * sx, y * sy, (x + w) * sx, (y + h) * sy]
            d.rectangle(box, fill=None if fill is None else int(fill * 255),
                        outline=0 if stroke else None, width=max(1, int((stroke or 0) * sx)))
    return img


def scan_effect(img, angle, seed):
    rnd = random.Random(seed)
    w, h = img.size
    # uneven shading: a slow horizontal gradient
    grad = Image.linear_gradient("L").rotate(90).resize((w, h))
    shade = Image.eval(grad, lambda v: 255 - v // 9)
    from PIL import ImageChops
    img = ImageChops.multiply(img, shade)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250, expand=False)
    d = ImageDraw.Draw(img)
    for _ in range(260):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice([1, 1, 1, 2])
        d.ellipse([x, y, x + r, y + r], fill=rnd.randrange(40, 140))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


def scan_pdf(pages, path, angles, seed=1, dpi=200):
    imgs = [scan_effect(to_image(p, dpi), a, seed + i).convert("RGB") for i, (p, a) in enumerate(zip(pages, angles))]
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def _coeffs(src, dst):
    import numpy as np
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    res = np.linalg.solve(np.array(A, float), np.array(B, float))
    return res.tolist()


def photo(page, path, angle, seed, dpi=175, shadow_corner="br", fmt="JPEG"):
    rnd = random.Random(seed)
    paper = to_image(page, dpi).convert("RGB")
    # warm paper tint
    tint = Image.new("RGB", paper.size, (250, 243, 228))
    from PIL import ImageChops
    paper = ImageChops.multiply(paper, tint)
    pw, ph = paper.size
    bw, bh = int(pw * 1.22), int(ph * 1.16)
    bg = Image.new("RGB", (bw, bh), (112, 84, 58))
    bd = ImageDraw.Draw(bg)
    for _ in range(400):  # wood grain
        y = rnd.randrange(bh)
        bd.line([(0, y), (bw, y + rnd.randrange(-20, 20))], fill=(rnd.randrange(95, 125), rnd.randrange(70, 92), rnd.randrange(45, 62)), width=2)
    mask = Image.new("L", paper.size, 255)
    rp = paper.rotate(angle, resample=Image.BICUBIC, expand=True)
    rm = mask.rotate(angle, resample=Image.BICUBIC, expand=True)
    ox, oy = (bw - rp.size[0]) // 2, (bh - rp.size[1]) // 2
    bg.paste(rp, (ox, oy), rm)
    # keystone: top edge narrower than the bottom
    k = int(bw * 0.035)
    src = [(0, 0), (bw, 0), (bw, bh), (0, bh)]
    dst = [(-k, 0), (bw + k, 0), (bw, bh), (0, bh)]
    bg = bg.transform((bw, bh), Image.PERSPECTIVE, _coeffs(dst, src), Image.BICUBIC)
    # shadow across one corner
    sh = Image.new("L", (bw, bh), 0)
    sd = ImageDraw.Draw(sh)
    if shadow_corner == "br":
        sd.polygon([(bw * 0.55, bh), (bw, bh * 0.62), (bw, bh)], fill=120)
    else:
        sd.polygon([(0, 0), (bw * 0.45, 0), (0, bh * 0.35)], fill=120)
    sh = sh.filter(ImageFilter.GaussianBlur(60))
    dark = Image.new("RGB", (bw, bh), (20, 15, 10))
    bg = Image.composite(dark, bg, sh)
    bg = bg.filter(ImageFilter.GaussianBlur(0.7))
    if fmt == "JPEG":
        bg.save(path, "JPEG", quality=86)
    else:
        bg.save(path, "PNG")


def fax_tiff(pages, path, seed=3):
    rnd = random.Random(seed)
    frames = []
    for p in pages:
        img = to_image(p, 204)  # fine mode first, then standard mode: every other scan line dropped
        img = img.resize((img.size[0], int(img.size[1] * 98 / 204)), Image.BILINEAR)
        d = ImageDraw.Draw(img)
        w, h = img.size
        for _ in range(6):  # line noise
            y = rnd.randrange(h)
            d.line([(0, y), (w, y)], fill=rnd.choice([0, 160]), width=1)
        for _ in range(500):
            d.point((rnd.randrange(w), rnd.randrange(h)), fill=0)
        frames.append(img.point(lambda v: 255 if v > 150 else 0).convert("1"))
    frames[0].save(path, "TIFF", compression="group4", dpi=(204, 98), save_all=True, append_images=frames[1:])
