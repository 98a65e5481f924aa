"""Rendering for the intake15 blind set (all content FICTIONAL).

One page model (text runs, rules, boxes, filled bars) in points, y measured from the top of the page to the
text baseline.  Drawn by reportlab for text PDFs and by Pillow for scans, photos and faxes.  The degradations
(scan, photocopy, fax, fax-then-rescan, phone photo) are plain numpy/Pillow.
"""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONTDIR = "/usr/share/fonts/truetype/liberation2/"
FONTS = {
    "sans": "LiberationSans-Regular.ttf",
    "sans-b": "LiberationSans-Bold.ttf",
    "sans-i": "LiberationSans-Italic.ttf",
    "serif": "LiberationSerif-Regular.ttf",
    "serif-b": "LiberationSerif-Bold.ttf",
    "serif-i": "LiberationSerif-Italic.ttf",
    "mono": "LiberationMono-Regular.ttf",
    "mono-b": "LiberationMono-Bold.ttf",
}
for _k, _f in FONTS.items():
    pdfmetrics.registerFont(TTFont("L-" + _k, FONTDIR + _f))


def width(s, font, size):
    return pdfmetrics.stringWidth(s, "L-" + font, size)


def wrap(s, font, size, maxw):
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if width(t, font, size) <= maxw or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


class Page:
    def __init__(self, w=612, h=792):
        self.w, self.h = w, h
        self.ops = []

    # text -------------------------------------------------------------
    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), align="l"):
        if align == "r":
            x = x - width(s, font, size)
        elif align == "c":
            x = x - width(s, font, size) / 2
        self.ops.append(("t", x, y, s, font, size, color))
        return y

    def para(self, x, y, maxw, s, font="sans", size=10, lead=None, color=(0, 0, 0)):
        lead = lead or size * 1.3
        for ln in wrap(s, font, size, maxw):
            self.text(x, y, ln, font, size, color)
            y += lead
        return y

    def lines(self, x, y, items, font="sans", size=10, lead=None, color=(0, 0, 0)):
        lead = lead or size * 1.3
        for s in items:
            if s:
                self.text(x, y, s, font, size, color)
            y += lead
        return y

    def kv(self, x, y, pairs, labw, font="sans", size=10, lead=None, bold_label=True):
        lead = lead or size * 1.35
        for k, v in pairs:
            self.text(x, y, k, font + ("-b" if bold_label and "-" not in font else ""), size)
            self.text(x + labw, y, v, font, size)
            y += lead
        return y

    # graphics ---------------------------------------------------------
    def line(self, x1, y1, x2, y2, w=0.6, color=(0, 0, 0)):
        self.ops.append(("l", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.6, fill=None, color=(0, 0, 0)):
        self.ops.append(("r", x, y, w, h, lw, fill, color))

    def table(self, x, y, cols, rows, size=8.5, font="sans", head_fill=(0.85, 0.85, 0.85), grid=True,
              rowh=None, pad=3):
        """cols: list of (heading, width); rows: list of lists of cell strings (a cell may hold '\\n')."""
        rowh = rowh or size * 1.35
        tw = sum(w for _, w in cols)
        # heading
        hl = max(len(h.split("\n")) for h, _ in cols)
        hh = hl * rowh + pad
        if head_fill:
            self.rect(x, y, tw, hh, lw=0.6 if grid else 0, fill=head_fill)
        cx = x
        for h, w in cols:
            for i, part in enumerate(h.split("\n")):
                self.text(cx + pad, y + rowh * (i + 1) - 2, part, font + "-b", size)
            cx += w
        if grid:
            cx = x
            for _, w in cols[:-1]:
                cx += w
                self.line(cx, y, cx, y + hh, 0.5)
        yy = y + hh
        for r in rows:
            nl = max(len(str(c).split("\n")) for c in r)
            rh = nl * rowh + pad
            cx = x
            for c, (_, w) in zip(r, cols):
                for i, part in enumerate(str(c).split("\n")):
                    self.text(cx + pad, yy + rowh * (i + 1) - 1, part, font, size)
                cx += w
            if grid:
                self.rect(x, yy, tw, rh, lw=0.5)
                cx = x
                for _, w in cols[:-1]:
                    cx += w
                    self.line(cx, yy, cx, yy + rh, 0.5)
            yy += rh
        if not grid:
            self.line(x, yy, x + tw, yy, 0.5)
        return yy

    def layout_text(self):
        return "\n".join(op[3] for op in self.ops if op[0] == "t")


def doc_text(pages):
    return "\n".join(p.layout_text() for p in pages)


# ---------------------------------------------------------------------------- PDF
def to_pdf(pages, path, title="FICTIONAL sample notice"):
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(title)
    for p in pages:
        c.setPageSize((p.w, p.h))
        for op in p.ops:
            if op[0] == "t":
                _, x, y, s, font, size, color = op
                c.setFillColorRGB(*[v if v <= 1 else v / 255 for v in color])
                c.setFont("L-" + font, size)
                c.drawString(x, p.h - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w, color = op
                c.setLineWidth(w)
                c.setStrokeColorRGB(*color)
                c.line(x1, p.h - y1, x2, p.h - y2)
            elif op[0] == "r":
                _, x, y, w, h, lw, fill, color = op
                c.setLineWidth(max(lw, 0.01))
                c.setStrokeColorRGB(*color)
                if fill:
                    c.setFillColorRGB(*fill)
                c.rect(x, p.h - y - h, w, h, stroke=1 if lw else 0, fill=1 if fill else 0)
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------- raster
_fcache = {}


def _font(name, px):
    key = (name, px)
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(FONTDIR + FONTS[name], px)
    return _fcache[key]


def raster(page, dpi=200, paper=255, ink=0):
    s = dpi / 72.0
    img = Image.new("L", (int(page.w * s), int(page.h * s)), paper)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        if op[0] == "r":
            _, x, y, w, h, lw, fill, color = op
            box = [x * s, y * s, (x + w) * s, (y + h) * s]
            if fill:
                g = int(255 * (0.299 * fill[0] + 0.587 * fill[1] + 0.114 * fill[2]))
                d.rectangle(box, fill=g)
            if lw:
                d.rectangle(box, outline=ink, width=max(1, int(round(lw * s))))
    for op in page.ops:
        if op[0] == "l":
            _, x1, y1, x2, y2, w, color = op
            d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=ink, width=max(1, int(round(w * s))))
        elif op[0] == "t":
            _, x, y, st, font, size, color = op
            g = int(0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2])
            if max(color) <= 1 and any(color):
                g = int(255 * (0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2]))
            d.text((x * s, y * s), st, fill=g, font=_font(font, max(6, int(round(size * s)))), anchor="ls")
    return img


def _noise(shape, rng, sigma):
    return rng.normal(0, sigma, shape)


def scan(img, seed, skew=0.5, specks=120, shade=18, blur=0.5, gray_bg=None, streak=False, photocopy=False):
    """A flatbed scan: slight skew, dust, a shading gradient, soft focus. Returns an 'L' image."""
    rng = np.random.default_rng(seed)
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape
    if photocopy:
        # toner gain: darker ink, grey paper, darker edges
        a = np.where(a < 200, a * 0.55, a)
        yy, xx = np.mgrid[0:h, 0:w]
        edge = np.minimum(np.minimum(xx, w - xx), np.minimum(yy, h - yy)) / (0.06 * w)
        a = a - 40 * np.clip(1 - edge, 0, 1)
    grad = np.linspace(0, shade, w)[None, :] + np.linspace(0, shade / 2, h)[:, None]
    a = a - grad
    if gray_bg is not None:
        a = np.minimum(a, gray_bg)
    a = a + _noise(a.shape, rng, 4)
    for _ in range(specks):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        r = int(rng.integers(1, 3))
        a[max(0, y - r):y + r, max(0, x - r):x + r] = rng.integers(20, 90)
    if streak:
        x0 = int(rng.integers(w // 4, 3 * w // 4))
        a[:, x0:x0 + 3] -= 60
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    out = out.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=236)
    return out


def save_image_pdf(imgs, path, dpi=200):
    imgs = [i.convert("L") if i.mode not in ("L", "RGB") else i for i in imgs]
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def fax(img, dpi=200, fine=False, seed=0, header=None, threshold=150, header_y=2):
    """A fax page: resampled to 204 x 98 dpi (or 196 fine), thresholded to 1 bit, with specks and a header line."""
    rng = np.random.default_rng(seed)
    w, h = img.size
    tw, th = int(w / dpi * 204), int(h / dpi * (196 if fine else 98))
    g = img.resize((tw, th), Image.BILINEAR)
    a = np.asarray(g, dtype=np.float32) + _noise((th, tw), rng, 18)
    b = (a > threshold).astype(np.uint8) * 255
    n = int(tw * th * 0.0006)
    ys, xs = rng.integers(0, th, n), rng.integers(0, tw, n)
    b[ys, xs] = 0
    # a few horizontal dropouts
    for _ in range(3):
        y = int(rng.integers(th // 5, th))
        b[y, :] = np.where(rng.random(tw) < 0.5, 255, b[y, :])
    out = Image.fromarray(b).convert("L")
    if header:
        d = ImageDraw.Draw(out)
        # header printed by the sending machine, drawn at 204 dpi horizontally; squeeze vertically for standard mode
        tmp = Image.new("L", (tw, 40), 255)
        ImageDraw.Draw(tmp).text((30, 28), header, fill=0, font=_font("mono", 26), anchor="ls")
        if not fine:
            tmp = tmp.resize((tw, 20), Image.BILINEAR)
        out.paste(tmp.point(lambda v: 255 if v > 140 else 0), (0, header_y))
    return out.convert("1")


def fax_to_square(img1, fine=False):
    w, h = img1.size
    return img1.convert("L").resize((w, h * (1 if fine else 2)), Image.NEAREST)


# ---------------------------------------------------------------------------- photos
def _mesh(out_size, fn, n=28):
    W, H = out_size
    mesh = []
    for j in range(n):
        for i in range(n):
            x0, x1 = W * i // n, W * (i + 1) // n
            y0, y1 = H * j // n, H * (j + 1) // n
            quad = []
            for (x, y) in ((x0, y0), (x0, y1), (x1, y1), (x1, y0)):
                quad += list(fn(x, y))
            mesh.append(((x0, y0, x1, y1), quad))
    return mesh


def photo(page_img, seed, out_w=1800, out_h=2400, corners=None, curl=0.0, rot=0.0, light=(1.0, 1.0, 1.0),
          dim=0.85, vignette=0.35, shadow=None, bg=(92, 74, 58), bg_texture="wood", thumb=None, edge=None,
          jpeg_quality=84, sharp_blur=0.7):
    """Photograph a page. corners: the page corners (tl, tr, br, bl) in output pixels, as fractions.
    curl: amplitude (fraction of width) of a sideways bow of the paper. The mapping is output -> page."""
    rng = np.random.default_rng(seed)
    pw, ph = page_img.size
    paper = page_img.convert("RGB")
    # slightly warm paper
    pa = np.asarray(paper, dtype=np.float32)
    pa = pa * np.array([1.0, 0.985, 0.955])
    paper = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8))
    corners = corners or [(0.08, 0.06), (0.92, 0.05), (0.94, 0.95), (0.06, 0.96)]
    C = [(x * out_w, y * out_h) for x, y in corners]

    # inverse bilinear mapping from output to page coordinates, via a solved homography
    def homography(src, dst):
        A = []
        for (x, y), (u, v) in zip(src, dst):
            A.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
            A.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
        _, _, vt = np.linalg.svd(np.asarray(A, dtype=np.float64))
        return vt[-1].reshape(3, 3)

    Hm = homography(C, [(0, 0), (pw, 0), (pw, ph), (0, ph)])

    def fn(x, y):
        v = Hm @ np.array([x, y, 1.0])
        u, w = v[0] / v[2], v[1] / v[2]
        if curl:
            # paper bowing: rows near the middle are displaced vertically as a function of x (a curled sheet)
            t = u / pw
            w = w + curl * ph * math.sin(math.pi * t) * (0.5 - abs(w / ph - 0.5)) * 0.6 \
                - curl * ph * 0.25 * (t - 0.5) ** 2 * (1 if w / ph > 0.7 else 0)
        return u, w

    mesh = _mesh((out_w, out_h), fn)
    warped = paper.transform((out_w, out_h), Image.MESH, mesh, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((out_w, out_h), Image.MESH, mesh, resample=Image.BILINEAR,
                                                   fillcolor=0)
    # background
    b = np.ones((out_h, out_w, 3), dtype=np.float32) * np.array(bg, dtype=np.float32)
    if bg_texture == "wood":
        yy = np.arange(out_h)[:, None]
        xx = np.arange(out_w)[None, :]
        grain = 14 * np.sin(yy / 9.0 + 3 * np.sin(xx / 230.0)) + 8 * np.sin(yy / 2.7)
        b += grain[..., None]
    b += _noise(b.shape[:2], rng, 6)[..., None]
    bgimg = Image.fromarray(np.clip(b, 0, 255).astype(np.uint8))
    if edge:  # a second surface (e.g. the table's edge / the floor) across one side
        d = ImageDraw.Draw(bgimg)
        d.polygon([(int(x * out_w), int(y * out_h)) for x, y in edge["poly"]], fill=edge["color"])
    img = Image.composite(warped, bgimg, mask.filter(ImageFilter.GaussianBlur(1.2)))
    a = np.asarray(img, dtype=np.float32)
    # light: colour cast, overall dimness, vignette, gradient
    yy, xx = np.mgrid[0:out_h, 0:out_w]
    cx, cy = out_w * (0.5 + rng.uniform(-0.15, 0.15)), out_h * (0.45 + rng.uniform(-0.1, 0.1))
    r = np.sqrt(((xx - cx) / out_w) ** 2 + ((yy - cy) / out_h) ** 2)
    lightmap = dim * (1 - vignette * np.clip(r / 0.75, 0, 1) ** 2)
    if curl:
        # the bow of the paper catches light unevenly
        lightmap = lightmap * (1 - 0.10 * np.sin(np.pi * xx / out_w * 2 + 0.6))
    a = a * lightmap[..., None] * np.array(light)[None, None, :]
    if shadow:
        sm = Image.new("L", (out_w, out_h), 0)
        ImageDraw.Draw(sm).polygon([(int(x * out_w), int(y * out_h)) for x, y in shadow["poly"]], fill=255)
        sm = np.asarray(sm.filter(ImageFilter.GaussianBlur(shadow.get("blur", 60))), dtype=np.float32) / 255
        a = a * (1 - shadow.get("depth", 0.45) * sm)[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if thumb:  # a thumb holding the page at one edge
        tm = Image.new("L", (out_w, out_h), 0)
        x, y, rx, ry, ang = thumb
        el = Image.new("L", (int(2 * rx * out_w), int(2 * ry * out_h)), 0)
        ImageDraw.Draw(el).ellipse([0, 0, el.size[0] - 1, el.size[1] - 1], fill=255)
        el = el.rotate(ang, expand=True)
        tm.paste(el, (int(x * out_w - el.size[0] / 2), int(y * out_h - el.size[1] / 2)))
        tm = tm.filter(ImageFilter.GaussianBlur(6))
        skin = Image.new("RGB", (out_w, out_h), (196, 142, 118))
        sk = np.asarray(skin, dtype=np.float32)
        sk = sk * (0.8 + 0.2 * np.asarray(tm.filter(ImageFilter.GaussianBlur(30)), dtype=np.float32)[..., None] / 255)
        img = Image.composite(Image.fromarray(np.clip(sk * dim, 0, 255).astype(np.uint8)), img, tm)
    if rot:
        img = img.rotate(rot, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(c * dim) for c in bg))
    a = np.asarray(img, dtype=np.float32) + _noise((out_h, out_w), rng, 5)[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if sharp_blur:
        img = img.filter(ImageFilter.GaussianBlur(sharp_blur))
    return img
