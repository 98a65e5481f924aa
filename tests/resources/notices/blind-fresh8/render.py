"""Small layout engine for the blind-fresh8 set (FICTIONAL notices).

One layout (positions in points on a US letter page) is drawn either by reportlab (text PDF) or by Pillow
(images for scans, phone photos and the fax), so every format shows the same page. Fonts are TTF files used by
both, so line widths agree.
"""
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PW, PH = 612.0, 792.0
LIB = "/usr/share/fonts/truetype/liberation2/"
DJ = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": LIB + "LiberationSans-Regular.ttf", "sans-b": LIB + "LiberationSans-Bold.ttf",
    "serif": LIB + "LiberationSerif-Regular.ttf", "serif-b": LIB + "LiberationSerif-Bold.ttf",
    "mono": LIB + "LiberationMono-Regular.ttf", "mono-b": LIB + "LiberationMono-Bold.ttf",
    "dv": DJ + "DejaVuSans.ttf", "dv-b": DJ + "DejaVuSans-Bold.ttf",
}
for _k, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont("F_" + _k, _p))


def width(text, font, size):
    return pdfmetrics.stringWidth(text, "F_" + font, size)


class Layout:
    def __init__(self, family="sans", size=10.0, margin=54, footer=None):
        self.fam, self.size, self.m = family, size, margin
        self.pages = [[]]
        self.y = margin
        self.footer = footer

    # -- basics
    def font(self, bold):
        return self.fam + ("-b" if bold else "")

    def need(self, h):
        if self.y + h > PH - self.m - 14:
            self.pagebreak()

    def pagebreak(self):
        self.pages.append([])
        self.y = self.m

    def put(self, x, y, s, font, size, gray=0.0):
        self.pages[-1].append(("t", x, y, s, font, size, gray))

    def wrap(self, s, font, size, w):
        out = []
        for para in s.split("\n"):
            words, line = para.split(" "), ""
            for wd in words:
                t = (line + " " + wd) if line else wd
                if width(t, font, size) <= w or not line:
                    line = t
                else:
                    out.append(line)
                    line = wd
            out.append(line)
        return out

    # -- blocks
    def space(self, h=6):
        self.y += h

    def text(self, s, bold=False, size=None, align="left", indent=0, gap=4, gray=0.0, lead=1.25, right=0):
        size = size or self.size
        f = self.font(bold)
        w = PW - 2 * self.m - indent - right
        for ln in self.wrap(s, f, size, w):
            assert width(ln, f, size) <= w + 0.5, f"line overflow: {ln}"
            self.need(size * lead)
            self.y += size * lead
            x = self.m + indent
            if align == "center":
                x = (PW - width(ln, f, size)) / 2
            elif align == "right":
                x = PW - self.m - right - width(ln, f, size)
            self.put(x, self.y, ln, f, size, gray)
        self.y += gap

    def lines(self, ls, **kw):
        for ln in ls:
            self.text(ln, gap=0, **kw)
        self.y += kw.get("gap", 4) if "gap" in kw else 4

    def kv(self, rows, label_w=150, size=None, bold_labels=True, indent=0, gap=4):
        size = size or self.size
        for lab, val in rows:
            assert width(lab, self.font(bold_labels), size) < label_w - 4, f"label too wide: {lab}"
            vl = self.wrap(val, self.font(False), size, PW - 2 * self.m - label_w - indent)
            self.need(size * 1.3 * len(vl))
            self.y += size * 1.3
            self.put(self.m + indent, self.y, lab, self.font(bold_labels), size)
            for i, v in enumerate(vl):
                if i:
                    self.y += size * 1.3
                self.put(self.m + indent + label_w, self.y, v, self.font(False), size)
        self.y += gap

    def rule(self, w=0.8, gap=6):
        self.y += gap / 2
        self.pages[-1].append(("l", self.m, self.y, PW - self.m, self.y, w))
        self.y += gap / 2

    def bar(self, s, size=None, gray=0.25, h=None):
        size = size or self.size + 1
        h = h or size * 1.7
        self.need(h + 4)
        self.y += 2
        self.pages[-1].append(("r", self.m, self.y, PW - 2 * self.m, h, gray))
        self.put(self.m + 6, self.y + h * 0.68, s, self.font(True), size, 1.0)
        self.y += h + 4

    def table(self, headers, rows, widths, size=None, border=True, head_gray=0.85, gap=6, pad=3):
        size = size or self.size - 1
        x0 = self.m
        scale = (PW - 2 * self.m) / sum(widths)
        ws = [w * scale for w in widths]
        allrows = ([(headers, True)] if headers else []) + [(r, False) for r in rows]
        for cells, is_head in allrows:
            f = self.font(is_head)
            wrapped = [self.wrap(str(c), f, size, w - 2 * pad) for c, w in zip(cells, ws)]
            for cl, w in zip(wrapped, ws):
                for ln in cl:
                    assert width(ln, f, size) <= w - 2 * pad + 0.5, f"cell overflow: {ln}"

            n = max(len(c) for c in wrapped)
            h = n * size * 1.25 + 2 * pad
            self.need(h)
            top = self.y
            if is_head and head_gray is not None and border:
                self.pages[-1].append(("r", x0, top, sum(ws), h, head_gray))
            x = x0
            for cl, w in zip(wrapped, ws):
                for i, ln in enumerate(cl):
                    self.put(x + pad, top + pad + (i + 1) * size * 1.25 - size * 0.25, ln, f, size)
                if border:
                    self.pages[-1].append(("l", x, top, x, top + h, 0.6))
                x += w
            if border:
                self.pages[-1].append(("l", x, top, x, top + h, 0.6))
                self.pages[-1].append(("l", x0, top, x, top, 0.6))
                self.pages[-1].append(("l", x0, top + h, x, top + h, 0.6))
            elif is_head:
                self.pages[-1].append(("l", x0, top + h, x, top + h, 0.6))
            self.y = top + h
        self.y += gap

    def boxhdr(self, cells, ncols, size=None, gap=8):
        """Boxes with a small label above its value (labels over values)."""
        size = size or self.size
        cw = (PW - 2 * self.m) / ncols
        rows = [cells[i:i + ncols] for i in range(0, len(cells), ncols)]
        for r in rows:
            h = size * 2.9
            self.need(h)
            top = self.y
            for j, (lab, val) in enumerate(r):
                x = self.m + j * cw
                self.pages[-1].append(("l", x, top, x + cw, top, 0.6))
                self.pages[-1].append(("l", x, top + h, x + cw, top + h, 0.6))
                self.pages[-1].append(("l", x, top, x, top + h, 0.6))
                self.pages[-1].append(("l", x + cw, top, x + cw, top + h, 0.6))
                self.put(x + 3, top + size * 0.95, lab, self.font(False), size * 0.72, 0.25)
                vs = size
                while width(val, self.font(True), vs) > cw - 8:
                    vs -= 0.25
                self.put(x + 3, top + size * 2.3, val, self.font(True), vs)
            self.y = top + h
        self.y += gap

    def columns(self, left, right, right_x=360, size=None, bold_first=(False, False), gap=6):
        """Two blocks side by side (a letterhead and a date/ID block)."""
        size = size or self.size
        top = self.y
        for i, ln in enumerate(left):
            assert width(ln, self.font(bold_first[0] and i == 0), size) < right_x - self.m - 8, f"column overlap: {ln}"
        for col, x, bf in ((left, self.m, bold_first[0]), (right, right_x, bold_first[1])):
            y = top
            for i, ln in enumerate(col):
                y += size * 1.25
                self.put(x, y, ln, self.font(bf and i == 0), size)
            self.y = max(self.y, y)
        self.y += gap

    def finish(self):
        n = len(self.pages)
        if self.footer:
            for i, p in enumerate(self.pages):
                s = self.footer.format(page=i + 1, pages=n)
                p.append(("t", self.m, PH - self.m + 18, s, self.font(False), 7, 0.3))
        return self.pages


# ---------------------------------------------------------------- output
def to_pdf(pages, path, title="FICTIONAL notice"):
    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setTitle(title)
    c.setAuthor("FICTIONAL")
    for p in pages:
        for it in p:
            if it[0] == "t":
                _, x, y, s, f, size, g = it
                c.setFont("F_" + f, size)
                c.setFillGray(g)
                c.drawString(x, PH - y, s)
            elif it[0] == "l":
                _, x1, y1, x2, y2, w = it
                c.setLineWidth(w)
                c.line(x1, PH - y1, x2, PH - y2)
            elif it[0] == "r":
                _, x, y, w, h, g = it
                c.setFillGray(g)
                c.rect(x, PH - y - h, w, h, fill=1, stroke=0)
                c.setFillGray(0)
        c.showPage()
    c.save()


_FC = {}


def _pil_font(f, px):
    k = (f, px)
    if k not in _FC:
        _FC[k] = ImageFont.truetype(FONTS[f], px)
    return _FC[k]


def to_image(page, dpi=200, xdpi=None):
    sx = (xdpi or dpi) / 72.0
    sy = dpi / 72.0
    img = Image.new("L", (int(PW * sx), int(PH * sy)), 255)
    d = ImageDraw.Draw(img)
    for it in page:
        if it[0] == "t":
            _, x, y, s, f, size, g = it
            d.text((x * sx, y * sy), s, font=_pil_font(f, max(6, int(round(size * sy)))), fill=int(g * 255),
                   anchor="ls")
        elif it[0] == "l":
            _, x1, y1, x2, y2, w = it
            d.line((x1 * sx, y1 * sy, x2 * sx, y2 * sy), fill=0, width=max(1, int(w * sy)))
        elif it[0] == "r":
            _, x, y, w, h, g = it
            d.rectangle((x * sx, y * sy, (x + w) * sx, (y + h) * sy), fill=int(g * 255))
    return img


def page_text(page):
    """Reading-order text of a layout page (for the self-check of images)."""
    ts = sorted([it for it in page if it[0] == "t"], key=lambda t: (round(t[2]), t[1]))
    out, cur, cy = [], [], None
    for t in ts:
        if cy is None or abs(t[2] - cy) > 2:
            if cur:
                out.append("  ".join(cur))
            cur, cy = [], t[2]
        cur.append(t[3])
    if cur:
        out.append("  ".join(cur))
    return "\n".join(out)


# ---------------------------------------------------------------- degradations
def scan(img, angle, seed):
    rnd = random.Random(seed)
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 1.0 - 0.10 * (xx / w) - 0.06 * np.sin(yy / h * math.pi)
    a = a * shade + 10
    nrs = np.random.RandomState(seed)
    a += nrs.normal(0, 6, a.shape)
    a = np.clip(a, 0, 255)
    im = Image.fromarray(a.astype(np.uint8))
    d = ImageDraw.Draw(im)
    for _ in range(260):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice([1, 1, 1, 2, 2, 3])
        d.ellipse((x, y, x + r, y + r), fill=rnd.randrange(30, 120))
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=235, expand=False)
    return im.filter(ImageFilter.GaussianBlur(0.7))


def _persp_coeffs(dst, src):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    B = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()


def photo(page_img, angle, seed, keystone=0.05, shadow_corner="br", blur=1.0):
    """A phone photo of the page on a table: rotation, keystone, shadow, blur, warm tint."""
    rnd = random.Random(seed)
    pg = page_img.convert("RGB")
    pw, ph = pg.size
    W, H = int(pw * 1.22), int(ph * 1.16)
    bg = Image.new("RGB", (W, H), (112, 84, 58))
    nrs = np.random.RandomState(seed)
    grain = (nrs.normal(0, 9, (H, W, 1)) + np.array([112, 84, 58])).clip(0, 255).astype(np.uint8)
    bg = Image.fromarray(grain)
    ox, oy = (W - pw) // 2, (H - ph) // 2
    bg.paste(pg, (ox, oy))
    k = keystone
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    dst = [(W * k, H * 0.01), (W * (1 - k * 0.6), 0), (W, H), (0, H * 0.995)]
    coeffs = _persp_coeffs(dst, src)
    im = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(90, 66, 44))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(90, 66, 44))
    a = np.asarray(im, dtype=np.float32)
    h, w, _ = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    if shadow_corner == "br":
        dist = ((xx / w) + (yy / h)) / 2
    elif shadow_corner == "tl":
        dist = 1 - ((xx / w) + (yy / h)) / 2
    else:
        dist = ((1 - xx / w) + (yy / h)) / 2
    sh = np.clip((dist - 0.62) * 3.2, 0, 0.55)
    a = a * (1 - sh)[..., None]
    a = a * np.array([1.0, 0.95, 0.84]) + nrs.normal(0, 4, a.shape)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return im.filter(ImageFilter.GaussianBlur(blur + rnd.random() * 0.3))


def fax(pages_imgs, seed):
    """1-bit fax pages (input rendered at 204 x 98 dpi), with line noise and specks."""
    rnd = random.Random(seed)
    out = []
    for img in pages_imgs:
        a = np.asarray(img, dtype=np.float32)
        nrs = np.random.RandomState(seed + len(out))
        a += nrs.normal(0, 25, a.shape)
        bw = (a > 150)
        h, w = bw.shape
        for _ in range(3):
            y = rnd.randrange(h)
            bw[y, rnd.randrange(w // 2):] = False if rnd.random() < 0.5 else True
        for _ in range(600):
            bw[rnd.randrange(h), rnd.randrange(w)] = False
        out.append(Image.fromarray((bw * 255).astype(np.uint8)).convert("1", dither=Image.NONE))
    return out
