"""Renderer for the intake18 blind set (the writer's own; FICTIONAL material only).

One page model (points, y measured from the top), drawn by reportlab for text PDFs and by Pillow for
images, then aged: phone photo, flatbed or photocopy scan, fax (fine or standard mode, 1-bit).
Every string drawn is recorded on the page (page.texts) for the build's self-check.
"""
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTDIR = "/usr/share/fonts/truetype/liberation2/"
FONTS = {
    ("sans", False): "LiberationSans-Regular.ttf", ("sans", True): "LiberationSans-Bold.ttf",
    ("serif", False): "LiberationSerif-Regular.ttf", ("serif", True): "LiberationSerif-Bold.ttf",
    ("mono", False): "LiberationMono-Regular.ttf", ("mono", True): "LiberationMono-Bold.ttf",
}
_font_cache = {}


def font(face, bold, size_px):
    key = (face, bold, int(round(size_px)))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(FONTDIR + FONTS[(face, bold)], max(4, key[2]))
    return _font_cache[key]


def text_width(s, size, face="sans", bold=False):
    return font(face, bold, size * 10).getlength(s) / 10.0


class Page:
    def __init__(self, w=612, h=792, face="sans"):
        self.w, self.h, self.face = w, h, face
        self.ops = []
        self.texts = []

    # primitives -------------------------------------------------------------------------------
    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0), face=None, align="left"):
        face = face or self.face
        if align == "right":
            x -= text_width(s, size, face, bold)
        elif align == "center":
            x -= text_width(s, size, face, bold) / 2
        self.ops.append(("text", x, y, s, size, bold, color, face))
        self.texts.append(s)
        return y

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.8):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, lw=0.8, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, lw, color))

    # helpers ------------------------------------------------------------------------------------
    def wrap(self, s, width, size, bold=False, face=None):
        face = face or self.face
        out, cur = [], ""
        for word in s.split():
            trial = (cur + " " + word).strip()
            if text_width(trial, size, face, bold) <= width or not cur:
                cur = trial
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, width, s, size=10, leading=None, bold=False, color=(0, 0, 0), face=None):
        leading = leading or size * 1.3
        for ln in self.wrap(s, width, size, bold, face):
            self.text(x, y, ln, size, bold, color, face)
            y += leading
        return y + leading * 0.4

    def lines(self, x, y, rows, size=10, leading=None, bold=False, face=None):
        leading = leading or size * 1.3
        for r in rows:
            self.text(x, y, r, size, bold, face=face)
            y += leading
        return y

    def kv(self, x, y, pairs, labelw, size=10, leading=None, bold_label=True, face=None):
        leading = leading or size * 1.35
        for lab, val in pairs:
            self.text(x, y, lab, size, bold_label, face=face)
            self.text(x + labelw, y, val, size, face=face)
            y += leading
        return y

    def table(self, x, y, colw, rows, size=9, grid=True, head_fill=(225, 225, 225), pad=3, head_bold=True,
              rowh=None):
        """rows[0] is the header; a cell may hold several lines separated by '\n'."""
        rowh_base = rowh or size * 1.25
        top = y
        for i, row in enumerate(rows):
            nlines = max(len(str(c).split("\n")) for c in row)
            h = nlines * rowh_base + 2 * pad
            cx = x
            if i == 0 and head_fill:
                self.rect(x, y, sum(colw), h, stroke=None, fill=head_fill)
            for j, cell in enumerate(row):
                for k, ln in enumerate(str(cell).split("\n")):
                    if ln:
                        self.text(cx + pad, y + pad + size + k * rowh_base - 1, ln, size,
                                  bold=(i == 0 and head_bold))
                if grid:
                    self.rect(cx, y, colw[j], h, lw=0.6)
                cx += colw[j]
            if not grid and i == 0:
                self.line(x, y + h, x + sum(colw), y + h, 0.8)
            y += h
        if not grid:
            self.line(x, y, x + sum(colw), y, 0.5)
        return y + 8 + size * 1.2

    def fictional(self, x, y, s="FICTIONAL SAMPLE - invented people, plans and numbers", size=8):
        return self.text(x, y, s, size, bold=True, color=(90, 90, 90))


# backends ----------------------------------------------------------------------------------------
_rl_done = False


def _rl_fonts():
    global _rl_done
    if _rl_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for (face, bold), fn in FONTS.items():
        pdfmetrics.registerFont(TTFont(f"{face}{'B' if bold else ''}", FONTDIR + fn))
    _rl_done = True


def to_pdf(pages, path, title="Notice"):
    from reportlab.pdfgen import canvas
    _rl_fonts()
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(title)
    for p in pages:
        H = p.h
        for op in p.ops:
            if op[0] == "text":
                _, x, y, s, size, bold, color, face = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(f"{face}{'B' if bold else ''}", size)
                c.drawString(x, H - y, s)
            elif op[0] == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                c.setLineWidth(lw)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw, color = op
                c.setLineWidth(lw)
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.line(x1, H - y1, x2, H - y2)
        c.showPage()
    c.save()


def to_image(p, dpi=200, paper=(255, 255, 255)):
    k = dpi / 72.0
    img = Image.new("RGB", (int(p.w * k), int(p.h * k)), paper)
    d = ImageDraw.Draw(img)
    for op in p.ops:
        if op[0] == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            d.rectangle(box, fill=fill, outline=stroke, width=max(1, int(round(lw * k))) if stroke else 0)
        elif op[0] == "line":
            _, x1, y1, x2, y2, lw, color = op
            d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=color, width=max(1, int(round(lw * k))))
    for op in p.ops:
        if op[0] == "text":
            _, x, y, s, size, bold, color, face = op
            f = font(face, bold, size * k)
            d.text((x * k, y * k), s, font=f, fill=color, anchor="ls")
    return img


# ageing -----------------------------------------------------------------------------------------
def _homography(src, dst):
    a = []
    for (x, y), (u, v) in zip(src, dst):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for pt in dst for c in pt]
    return np.linalg.solve(np.array(a, float), np.array(b, float))


def background(size, kind, rng):
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "counter":  # speckled granite-like counter
        base = np.array([150, 140, 128], np.float32)
        n = rng.normal(0, 18, (h // 4 + 1, w // 4 + 1, 1)).astype(np.float32)
        n = np.kron(n, np.ones((4, 4, 1), np.float32))[:h, :w]
        arr = base + n
    elif kind == "carseat":  # dark fabric
        base = np.array([55, 58, 66], np.float32)
        weave = (np.sin(xx / 2.2) * np.sin(yy / 2.2))[..., None] * 10
        arr = base + weave + rng.normal(0, 6, (h, w, 1)).astype(np.float32)
    elif kind == "desk":  # light wood
        grain = (np.sin(yy / 9.0 + np.sin(xx / 120.0) * 3) * 14)[..., None]
        arr = np.array([196, 160, 112], np.float32) + grain + rng.normal(0, 5, (h, w, 1)).astype(np.float32)
    elif kind == "blanket":  # green knitted blanket
        knit = (np.sin(xx / 5.0) * np.cos(yy / 7.0))[..., None] * 16
        arr = np.array([70, 110, 80], np.float32) + knit + rng.normal(0, 6, (h, w, 1)).astype(np.float32)
    else:  # clipboard brown
        arr = np.array([120, 84, 52], np.float32) + rng.normal(0, 8, (h, w, 1)).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def curl(img, amp, periods=0.5, axis="x"):
    """Shift each column down by a sine (the sheet bowing)."""
    a = np.asarray(img)
    h, w = a.shape[:2]
    out = np.full_like(a, 255)
    for x in range(w):
        dy = int(round(amp * math.sin(math.pi * periods * x / w)))
        if dy >= 0:
            out[dy:, x] = a[:h - dy, x]
        else:
            out[:h + dy, x] = a[-dy:, x]
    return Image.fromarray(out)


def photo(page_img, out_size, quad, bg, seed, light=1.0, warm=(1.0, 1.0, 1.0), shadow=None, thumb=None,
          strip=None, angle=0.0, curl_amp=0, blur=0.8, noise=6, vignette=0.35, gradient=(0.0, 0.0)):
    """quad: where the page corners land (tl, tr, br, bl) in the output."""
    rng = np.random.default_rng(seed)
    if curl_amp:
        page_img = curl(page_img, curl_amp)
    pw, ph = page_img.size
    W, H = out_size
    canvas = background(out_size, bg, rng)
    coeffs = _homography(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page_img.transform(out_size, Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page_img.size, 255).transform(out_size, Image.PERSPECTIVE, tuple(coeffs),
                                                         Image.BICUBIC, fillcolor=0)
    canvas.paste(warped, (0, 0), mask)
    if thumb:
        tx, ty, r = thumb
        t = Image.new("L", out_size, 0)
        ImageDraw.Draw(t).ellipse([tx - r, ty - r * 1.6, tx + r, ty + r * 1.6], fill=255)
        t = t.filter(ImageFilter.GaussianBlur(6))
        skin = Image.new("RGB", out_size, (196, 146, 120))
        canvas.paste(skin, (0, 0), t)
    if strip:
        side, width, col = strip
        s = Image.new("RGB", out_size, col)
        m = Image.new("L", out_size, 0)
        dd = ImageDraw.Draw(m)
        if side == "bottom":
            dd.rectangle([0, H - width, W, H], fill=255)
        elif side == "right":
            dd.rectangle([W - width, 0, W, H], fill=255)
        elif side == "left":
            dd.rectangle([0, 0, width, H], fill=255)
        else:
            dd.rectangle([0, 0, W, width], fill=255)
        canvas.paste(s, (0, 0), m.filter(ImageFilter.GaussianBlur(4)))
    a = np.asarray(canvas).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    g = 1.0 + gradient[0] * (xx / W - 0.5) + gradient[1] * (yy / H - 0.5)
    r = np.sqrt(((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
    g = g * (1 - vignette * np.clip(r - 0.35, 0, None) ** 1.5) * light
    if shadow:
        sm = Image.new("L", out_size, 0)
        ImageDraw.Draw(sm).polygon(shadow[0], fill=255)
        sm = np.asarray(sm.filter(ImageFilter.GaussianBlur(shadow[2]))).astype(np.float32) / 255
        g = g * (1 - shadow[1] * sm)
    a = a * g[..., None] * np.array(warm, np.float32)
    a += rng.normal(0, noise, a.shape).astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=tuple(int(v) for v in a[5, 5]))
    return img


def scan(page_img, seed, angle=0.0, specks=300, grey=True, shade=0.08, streak=None, copier_edge=False):
    rng = np.random.default_rng(seed)
    img = page_img.convert("L") if grey else page_img
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250, expand=False) if angle else img
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum(np.minimum(xx, w - xx), np.minimum(yy, h - yy)) / (0.08 * w)
    a = a * (1 - shade * np.clip(1 - edge, 0, 1))
    if copier_edge:  # lid left open: dark band along the edges
        band = np.clip(1 - np.minimum(np.minimum(xx, w - xx), np.minimum(yy, h - yy)) / 28.0, 0, 1)
        a = a * (1 - 0.85 * band)
        a = a * 0.93 + 6
    for _ in range(specks):
        x, y = rng.integers(0, w), rng.integers(0, h)
        a[y:y + rng.integers(1, 4), x:x + rng.integers(1, 4)] = rng.integers(20, 120)
    if streak:
        x0 = streak
        a[:, x0:x0 + 3] *= 0.82
    a += rng.normal(0, 4, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def fax(page_img, seed, header, standard=True, specks=500, dropouts=12, threshold=150, extra_header=None,
        angle=0.0):
    """A page as a fax machine sends it: 1728 px wide at 204 dpi, 1-bit, header line on top."""
    rng = np.random.default_rng(seed)
    g = page_img.convert("L")
    if angle:
        g = g.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    w, h = g.size
    k = 1728 / w
    g = g.resize((1728, int(h * k)), Image.LANCZOS)
    d = ImageDraw.Draw(g)
    f = font("mono", False, 22)
    d.rectangle([0, 0, 1728, 34], fill=255)
    d.text((20, 26), header, font=f, fill=0, anchor="ls")
    if extra_header:
        d.text((20, 52), extra_header, font=f, fill=0, anchor="ls")
    a = np.asarray(g).astype(np.float32)
    a += rng.normal(0, 18, a.shape)
    bw = (a > threshold).astype(np.uint8) * 255
    H, W = bw.shape
    for _ in range(specks):
        x, y = rng.integers(0, W), rng.integers(0, H)
        bw[y:y + rng.integers(1, 3), x:x + rng.integers(1, 3)] = 0
    for _ in range(dropouts):
        y = rng.integers(60, H)
        bw[y:y + 1, :] = 255
    img = Image.fromarray(bw).convert("1")
    if standard:
        img = img.resize((1728, int(H * 98 / 204)), Image.NEAREST)
    return img


def save_tiff(images, path, standard=True):
    dpi = (204, 98) if standard else (204, 196)
    images[0].save(path, compression="group4", dpi=dpi, save_all=True, append_images=images[1:])


def save_image_pdf(images, path, dpi):
    ims = [im.convert("L") if im.mode not in ("L", "RGB") else im for im in images]
    ims[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])
