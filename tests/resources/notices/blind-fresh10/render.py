"""Small layout engine for the fictional blind-fresh10 notices (FICTIONAL content only).

A document is a list of pages; each page is a list of drawing ops in points, y measured from the top of a
US-letter page (612 x 792). The same ops are drawn by reportlab (text PDFs, with a text layer) and by Pillow
(scans, photos, fax), so every format shows the same words.
"""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

W, H = 612.0, 792.0
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation2/"
FONTS = {
    "sans": DJ + "DejaVuSans.ttf",
    "sansb": DJ + "DejaVuSans-Bold.ttf",
    "sansc": DJ + "DejaVuSansCondensed.ttf",
    "sanscb": DJ + "DejaVuSansCondensed-Bold.ttf",
    "serif": LB + "LiberationSerif-Regular.ttf",
    "serifb": LB + "LiberationSerif-Bold.ttf",
    "serifi": LB + "LiberationSerif-Italic.ttf",
    "arial": LB + "LiberationSans-Regular.ttf",
    "arialb": LB + "LiberationSans-Bold.ttf",
    "mono": LB + "LiberationMono-Regular.ttf",
    "monob": LB + "LiberationMono-Bold.ttf",
}
# Pillow-only faces (scans/photos): a handwriting-like script and a typewriter face.
PIL_ONLY = {
    "hand": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "type": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf",
}
for _k, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, _p))


def width(s, font, size):
    f = font if font in FONTS else "mono" if font == "type" else "serifi"
    return pdfmetrics.stringWidth(s, f, size)


class Doc:
    """Collects pages of ops with a flowing cursor."""

    def __init__(self, margin=54, top=54):
        self.pages = [[]]
        self.m = margin
        self.top = top
        self.y = top
        self.bottom = H - 54

    # --- primitives -----------------------------------------------------------------------------------------
    @property
    def ops(self):
        return self.pages[-1]

    def newpage(self):
        self.pages.append([])
        self.y = self.top

    def text(self, x, y, s, font="serif", size=10.5, color=(0, 0, 0)):
        self.ops.append(("text", x, y, s, font, size, color))

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.8):
        self.ops.append(("rect", x, y, w, h, fill, stroke, lw))

    def hline(self, x1, x2, y, lw=0.8, color=(0, 0, 0)):
        self.ops.append(("line", x1, y, x2, y, lw, color))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    # --- flow helpers -------------------------------------------------------------------------------------------
    def need(self, h):
        if self.y + h > self.bottom:
            self.newpage()

    def gap(self, h=6):
        self.y += h

    def line(self, s, font="serif", size=10.5, x=None, lead=None, color=(0, 0, 0), align="left"):
        lead = lead or size * 1.3
        self.need(lead)
        x = self.m if x is None else x
        if align == "right":
            x = W - self.m - width(s, font, size)
        elif align == "center":
            x = (W - width(s, font, size)) / 2
        self.text(x, self.y + size, s, font, size, color)
        self.y += lead

    def lines(self, block, **kw):
        for s in block.split("\n"):
            self.line(s, **kw)

    def wrap(self, s, font, size, w):
        out, cur = [], ""
        for word in s.split(" "):
            t = (cur + " " + word).strip()
            if width(t, font, size) <= w or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    def para(self, s, font="serif", size=10.5, x=None, w=None, lead=None, after=5, color=(0, 0, 0)):
        x = self.m if x is None else x
        w = (W - self.m - x) if w is None else w
        for ln in self.wrap(s, font, size, w):
            self.line(ln, font, size, x=x, lead=lead, color=color)
        self.y += after

    def kv(self, rows, x=None, labw=140, font="serif", bfont="serifb", size=10, lead=None):
        x = self.m if x is None else x
        lead = lead or size * 1.35
        for lab, val in rows:
            self.need(lead)
            self.text(x, self.y + size, lab, bfont, size)
            self.text(x + labw, self.y + size, val, font, size)
            self.y += lead

    def table(self, rows, colw, x=None, size=9, font="sans", hfont="sansb", border=True, header=True,
              pad=3, shade=(0.88, 0.88, 0.88), lead=None):
        """rows: list of lists of cell strings ('\n' inside a cell makes extra lines)."""
        x = self.m if x is None else x
        lead = lead or size * 1.3
        for ri, row in enumerate(rows):
            cells = [str(c).split("\n") for c in row]
            nl = max(len(c) for c in cells)
            h = nl * lead + 2 * pad
            self.need(h)
            cx = x
            if header and ri == 0 and shade:
                self.rect(x, self.y, sum(colw), h, fill=shade, stroke=None)
            for ci, c in enumerate(cells):
                f = hfont if (header and ri == 0) else font
                for li, s in enumerate(c):
                    assert width(s, f, size) <= colw[ci] - 2 * pad + 0.5, ("cell too wide", s)
                    self.text(cx + pad, self.y + pad + li * lead + size, s, f, size)
                if border:
                    self.rect(cx, self.y, colw[ci], h, fill=None, stroke=(0, 0, 0), lw=0.6)
                cx += colw[ci]
            if not border:
                if header and ri == 0:
                    self.hline(x, x + sum(colw), self.y + h, 0.8)
            self.y += h


# --- reportlab ---------------------------------------------------------------------------------------------------
def to_pdf(doc, path, title="FICTIONAL notice"):
    c = rl_canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(title)
    c.setAuthor("FICTIONAL test set")
    for ops in doc.pages:
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color = op
                f = font if font in FONTS else "serifi"
                c.setFillColorRGB(*color)
                c.setFont(f, size)
                c.drawString(x, H - y, s)
            elif kind == "rect":
                _, x, y, w, h, fill, stroke, lw = op
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
                c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
                c.setFillColorRGB(0, 0, 0)
            elif kind == "line":
                _, x1, y1, x2, y2, lw, color = op
                c.setStrokeColorRGB(*color)
                c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
            elif kind == "image":
                _, x, y, w, h, img = op
                c.drawImage(ImageReader(img), x, H - y - h, w, h)
        c.showPage()
    c.save()


# --- Pillow ------------------------------------------------------------------------------------------------------
_fcache = {}


def _font(name, px):
    key = (name, px)
    if key not in _fcache:
        path = FONTS.get(name) or PIL_ONLY[name]
        _fcache[key] = ImageFont.truetype(path, px)
    return _fcache[key]


def to_images(doc, dpi=200):
    s = dpi / 72.0
    out = []
    for ops in doc.pages:
        im = Image.new("RGB", (int(W * s), int(H * s)), "white")
        d = ImageDraw.Draw(im)
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, txt, font, size, color = op
                f = _font(font, max(6, int(round(size * s))))
                d.text((x * s, y * s), txt, font=f, fill=tuple(int(255 * v) for v in color), anchor="ls")
            elif kind == "rect":
                _, x, y, w, h, fill, stroke, lw = op
                d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s],
                            fill=tuple(int(255 * v) for v in fill) if fill else None,
                            outline=tuple(int(255 * v) for v in stroke) if stroke else None,
                            width=max(1, int(lw * s)))
            elif kind == "line":
                _, x1, y1, x2, y2, lw, color = op
                d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=tuple(int(255 * v) for v in color),
                       width=max(1, int(lw * s)))
            elif kind == "image":
                _, x, y, w, h, img = op
                im.paste(img.convert("RGB").resize((int(w * s), int(h * s))), (int(x * s), int(y * s)))
        out.append(im)
    return out


def doc_text(doc):
    """The words of every page in drawing order (for the self-check of image formats)."""
    parts = []
    for ops in doc.pages:
        for op in ops:
            if op[0] == "text":
                parts.append(op[3])
    return "\n".join(parts)


def scan(im, seed, angle=0.7, specks=250):
    rnd = random.Random(seed)
    g = im.convert("L")
    # uneven shading: a soft horizontal gradient
    w, h = g.size
    grad = Image.linear_gradient("L").resize((w, h)).rotate(90, expand=False).resize((w, h))
    g = Image.blend(g, Image.composite(g, Image.new("L", (w, h), 215), grad.point(lambda v: 255 - v // 6)), 0.35)
    d = ImageDraw.Draw(g)
    for _ in range(specks):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice([1, 1, 1, 2])
        d.ellipse([x, y, x + r, y + r], fill=rnd.randrange(60, 150))
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    g = g.filter(ImageFilter.GaussianBlur(0.55))
    return g


def scan_pdf(images, path, seed, angles):
    pages = [scan(im, seed + i, angles[i % len(angles)]) for i, im in enumerate(images)]
    import time
    fixed = time.strptime("2026-12-04 06:00:00", "%Y-%m-%d %H:%M:%S")
    pages[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=pages[1:],
                  title="FICTIONAL scanned notice", creationDate=fixed, modDate=fixed)


def _coeffs(src, dst):
    """Perspective coefficients mapping dst quad -> src quad (for Image.transform)."""
    import numpy as np
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return list(np.linalg.solve(np.array(A, float), np.array(B, float)))


def photo(im, seed, angle=4.0, keystone=0.05, shadow="corner", bg=(122, 92, 64), desk=False):
    """A phone photo of a printed page: the page on a table, rotated, keystoned, shadowed, blurred."""
    rnd = random.Random(seed)
    page = im.convert("RGB")
    pw, ph = page.size
    cw, ch = int(pw * 1.22), int(ph * 1.16)
    canvas = Image.new("RGB", (cw, ch), bg)
    cd = ImageDraw.Draw(canvas)
    # wood grain / desk texture
    for i in range(0, ch, 7):
        shade = rnd.randint(-14, 14)
        cd.line([0, i, cw, i + rnd.randint(-20, 20)], fill=tuple(max(0, min(255, c + shade)) for c in bg), width=4)
    if desk:  # a pen and a mug ring on the desk
        cd.ellipse([cw - 300, 40, cw - 60, 280], outline=(90, 60, 40), width=14)
        cd.line([60, ch - 90, 520, ch - 150], fill=(20, 30, 120), width=18)
    ox, oy = (cw - pw) // 2, (ch - ph) // 2
    k = keystone
    dst = [(ox + pw * k, oy), (ox + pw * (1 - k), oy), (ox + pw, oy + ph), (ox, oy + ph)]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _coeffs(src, dst)
    warped = page.transform((cw, ch), Image.PERSPECTIVE, co, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((cw, ch), Image.PERSPECTIVE, co, fillcolor=0)
    tint = Image.new("RGB", (cw, ch), (255, 244, 222))
    warped = Image.blend(warped, Image.composite(tint, warped, Image.new("L", (cw, ch), 60)), 0.5)
    canvas.paste(warped, (0, 0), mask)
    # shadow
    sh = Image.new("L", (cw, ch), 0)
    sd = ImageDraw.Draw(sh)
    if shadow == "corner":
        sd.polygon([(cw * 0.55, 0), (cw, 0), (cw, ch * 0.45)], fill=110)
    elif shadow == "band":
        sd.polygon([(0, ch * 0.62), (cw, ch * 0.50), (cw, ch * 0.70), (0, ch * 0.86)], fill=85)
    elif shadow == "hand":
        sd.ellipse([cw * 0.48, ch * 0.30, cw * 1.15, ch * 0.98], fill=120)
    sh = sh.filter(ImageFilter.GaussianBlur(60))
    canvas = Image.composite(Image.new("RGB", (cw, ch), (20, 16, 12)), canvas, sh)
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.8))
    return canvas


def fax_tiff(images, path, header_fn, seed=7):
    rnd = random.Random(seed)
    pages = []
    for i, im in enumerate(images):
        g = im.convert("L")
        w, h = g.size  # 200 dpi source
        g = g.resize((int(w * 204 / 200), int(h * 98 / 200)), Image.BILINEAR)
        d = ImageDraw.Draw(g)
        d.rectangle([0, 0, g.size[0], 14], fill=255)
        d.text((20, 2), header_fn(i + 1, len(images)), font=_font("mono", 11), fill=0)
        for _ in range(6):  # line noise
            y = rnd.randrange(20, g.size[1])
            d.line([rnd.randrange(0, 200), y, rnd.randrange(600, g.size[0]), y], fill=rnd.randrange(90, 160), width=1)
        b = g.point(lambda v: 0 if v < 150 else 255, "1")
        b.info["dpi"] = (204, 98)
        pages.append(b)
    pages[0].save(path, "TIFF", compression="group4", dpi=(204, 98), save_all=True, append_images=pages[1:])


def card_image(lines, seed=3, size=(540, 340), color=(24, 70, 130)):
    """A member ID card as a raster image (the ID lives only in these pixels)."""
    im = Image.new("RGB", size, (240, 244, 250))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, size[0], 70], fill=color)
    y = 20
    for i, (txt, font, px, fill) in enumerate(lines):
        d.text((22, y), txt, font=_font(font, px), fill=fill)
        y = 92 if i == 0 else y + px + 16
    d.rounded_rectangle([1, 1, size[0] - 2, size[1] - 2], radius=14, outline=(150, 150, 160), width=2)
    return im
