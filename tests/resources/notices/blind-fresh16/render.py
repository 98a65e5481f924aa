"""Rendering for the intake16 blind set: one page model drawn as a text PDF (reportlab) or as an image (Pillow),
and the image treatments (phone photo, flatbed scan, fax, fax re-scanned). Everything here is the writer's own."""
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONT_DIR = "/usr/share/fonts/truetype/liberation2/"
FONTS = {
    ("sans", False): "LiberationSans-Regular.ttf",
    ("sans", True): "LiberationSans-Bold.ttf",
    ("serif", False): "LiberationSerif-Regular.ttf",
    ("serif", True): "LiberationSerif-Bold.ttf",
    ("mono", False): "LiberationMono-Regular.ttf",
    ("mono", True): "LiberationMono-Bold.ttf",
}
for (fam, bold), fn in FONTS.items():
    pdfmetrics.registerFont(TTFont(f"{fam}{'-b' if bold else ''}", FONT_DIR + fn))


def fname(font, bold):
    return f"{font}{'-b' if bold else ''}"


def width(s, size, font="sans", bold=False):
    return pdfmetrics.stringWidth(s, fname(font, bold), size)


def wrap(s, w, size, font="sans", bold=False):
    out = []
    for para in s.split("\n"):
        words = para.split(" ")
        line = ""
        for word in words:
            t = word if not line else line + " " + word
            if width(t, size, font, bold) <= w or not line:
                line = t
            else:
                out.append(line)
                line = word
        out.append(line)
    return out


class Page:
    """A page in points, y measured from the top (text y is the baseline)."""

    def __init__(self, w=612, h=792):
        self.w, self.h = w, h
        self.ops = []

    def text(self, x, y, s, size=10, font="sans", bold=False, align="left", color=0.0):
        self.ops.append(("text", x, y, s, size, font, bold, align, color))

    def rect(self, x, y, w, h, fill=None, stroke=0.0, lw=0.8):
        self.ops.append(("rect", x, y, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, lw=0.8, color=0.0):
        self.ops.append(("line", x1, y1, x2, y2, lw, color))

    def para(self, x, y, w, s, size=10, font="sans", bold=False, leading=None, color=0.0, gap=None):
        leading = leading or size * 1.28
        for ln in wrap(s, w, size, font, bold):
            self.text(x, y, ln, size, font, bold, color=color)
            y += leading
        return y + (gap if gap is not None else size * 0.55)

    def lines(self, x, y, rows, size=10, font="sans", bold=False, leading=None):
        leading = leading or size * 1.28
        for r in rows:
            if isinstance(r, tuple):
                self.text(x, y, r[0], size, font, True)
            else:
                self.text(x, y, r, size, font, bold)
            y += leading
        return y

    def kv(self, x, y, pairs, labw, size=10, font="sans", leading=None, bold_value=False, valw=None):
        leading = leading or size * 1.35
        for lab, val in pairs:
            self.text(x, y, lab, size, font, True)
            vl = wrap(val, valw, size, font, bold_value) if valw else [val]
            for i, v in enumerate(vl):
                self.text(x + labw, y, v, size, font, bold_value)
                if i < len(vl) - 1:
                    y += leading
            y += leading
        return y

    def bar(self, x, y, w, h, s, size=11, fill=0.15, color=1.0, bold=True, font="sans"):
        self.rect(x, y, w, h, fill=fill, stroke=None)
        self.text(x + 6, y + h * 0.5 + size * 0.35, s, size, font, bold, color=color)
        return y + h

    def table(self, x, y, widths, rows, size=9, font="sans", header=True, grid=True, head_fill=0.85, pad=3,
              leading=None, bold_rows=()):
        leading = leading or size * 1.25
        for ri, row in enumerate(rows):
            cells = [wrap(str(c), widths[i] - 2 * pad, size, font, header and ri == 0) for i, c in enumerate(row)]
            nl = max(len(c) for c in cells)
            h = nl * leading + 2 * pad
            if header and ri == 0 and head_fill is not None:
                self.rect(x, y, sum(widths), h, fill=head_fill, stroke=None)
            cx = x
            for i, c in enumerate(cells):
                for li, ln in enumerate(c):
                    self.text(cx + pad, y + pad + size * 0.95 + li * leading, ln, size, font,
                              (header and ri == 0) or ri in bold_rows)
                if grid:
                    self.rect(cx, y, widths[i], h, fill=None, stroke=0.0, lw=0.6)
                cx += widths[i]
            if not grid:
                if header and ri == 0:
                    self.line(x, y + h, x + sum(widths), y + h, 0.8)
            y += h
        return y

    def plain_text(self):
        return "\n".join(op[3] for op in self.ops if op[0] == "text")


# ---------------------------------------------------------------- PDF with a text layer

def to_pdf(pages, path, title="FICTIONAL notice"):
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h))
    c.setTitle(title)
    c.setAuthor("FICTIONAL")
    for pg in pages:
        c.setPageSize((pg.w, pg.h))
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, size, font, bold, align, color = op
                c.setFillGray(color)
                c.setFont(fname(font, bold), size)
                yy = pg.h - y
                if align == "right":
                    c.drawRightString(x, yy, s)
                elif align == "center":
                    c.drawCentredString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
            elif op[0] == "rect":
                _, x, y, w, h, fill, stroke, lw = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                if stroke is not None:
                    c.setStrokeGray(stroke)
                c.rect(x, pg.h - y - h, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw, color = op
                c.setLineWidth(lw)
                c.setStrokeGray(color)
                c.line(x1, pg.h - y1, x2, pg.h - y2)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- raster

_font_cache = {}


def _pil_font(font, bold, px):
    key = (font, bold, round(px * 4))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(FONT_DIR + FONTS[(font, bold)], max(4, round(px)))
    return _font_cache[key]


def to_image(pg, dpi=200, xdpi=None, ydpi=None):
    """Grey image of the page ('L')."""
    xdpi = xdpi or dpi
    ydpi = ydpi or dpi
    sx, sy = xdpi / 72.0, ydpi / 72.0
    img = Image.new("L", (round(pg.w * sx), round(pg.h * sy)), 255)
    d = ImageDraw.Draw(img)
    for op in pg.ops:
        if op[0] == "rect":
            _, x, y, w, h, fill, stroke, lw = op
            box = [x * sx, y * sy, (x + w) * sx, (y + h) * sy]
            d.rectangle(box, fill=None if fill is None else round(fill * 255),
                        outline=None if stroke is None else round(stroke * 255),
                        width=max(1, round(lw * sx)) if stroke is not None else 0)
        elif op[0] == "line":
            _, x1, y1, x2, y2, lw, color = op
            d.line([x1 * sx, y1 * sy, x2 * sx, y2 * sy], fill=round(color * 255), width=max(1, round(lw * sx)))
    for op in pg.ops:
        if op[0] == "text":
            _, x, y, s, size, font, bold, align, color = op
            f = _pil_font(font, bold, size * sx)
            anchor = {"left": "ls", "right": "rs", "center": "ms"}[align]
            if xdpi == ydpi:
                d.text((x * sx, y * sy), s, font=f, fill=round(color * 255), anchor=anchor)
            else:
                # draw square then squeeze: used only for fax standard mode
                raise ValueError("use square dpi")
    return img


# ---------------------------------------------------------------- treatments

def _noise(rng, shape, sigma):
    return rng.normal(0, sigma, shape)


def scan(img, seed, angle=0.6, shade=0.08, specks=120, blur=0.5, streak=None, dark_edges=False):
    """A flatbed scan: slight rotation, shading, dust, sensor noise. Returns an 'L' image."""
    rng = np.random.default_rng(seed)
    im = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    field = 1.0 - shade * (xx / w) - shade * 0.5 * (yy / h)
    a = 255 - (255 - a) * 0.93
    a = a * field
    if dark_edges:
        edge = np.minimum(np.minimum(xx, w - xx), np.minimum(yy, h - yy)).astype(np.float32)
        a = a * (0.72 + 0.28 * np.clip(edge / 60.0, 0, 1))
    if streak:
        x0 = int(streak * w)
        a[:, x0:x0 + 5] *= 0.78
    for _ in range(specks):
        x, y = rng.integers(0, w), rng.integers(0, h)
        r = rng.integers(1, 3)
        a[max(0, y - r):y + r, max(0, x - r):x + r] = rng.integers(40, 140)
    a = a + _noise(rng, a.shape, 4.0)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    return im


def save_pdf_images(imgs, path, dpi=200):
    imgs = [i.convert("L") if i.mode not in ("L", "RGB") else i for i in imgs]
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def fax_header(img_l, header, px=22, y=6):
    d = ImageDraw.Draw(img_l)
    f = ImageFont.truetype(FONT_DIR + FONTS[("mono", False)], px)
    d.text((30, y), header, font=f, fill=0)
    return img_l


def fax(pg, seed, header, mode="fine", extra_header=None):
    """Render the page as a fax receives it: 1-bit, 1728 px wide, 196 (fine) or 98 (standard) lines per inch.
    Returns a '1' image at the fax's own resolution."""
    rng = np.random.default_rng(seed)
    img = to_image(pg, dpi=204)
    # the sender's header line is printed in a band above the page content
    band = Image.new("L", (img.width, 40), 255)
    fax_header(band, header, px=24, y=8)
    full = Image.new("L", (img.width, img.height + 40), 255)
    full.paste(band, (0, 0))
    full.paste(img, (0, 40))
    if extra_header:
        band2 = Image.new("L", (img.width, 40), 255)
        fax_header(band2, extra_header, px=24, y=8)
        f2 = Image.new("L", (img.width, full.height + 40), 255)
        f2.paste(band2, (0, 0))
        f2.paste(full, (0, 40))
        full = f2
    full = full.rotate(rng.uniform(-0.5, 0.5), resample=Image.BILINEAR, fillcolor=255)
    full = full.resize((1728, round(full.height * 1728 / full.width)), Image.LANCZOS)
    if mode == "standard":
        full = full.resize((1728, full.height // 2), Image.LANCZOS)
    a = np.asarray(full).astype(np.float32)
    a = a + _noise(rng, a.shape, 22)
    b = a > 150
    h, w = b.shape
    for _ in range(260):
        y, x = rng.integers(0, h), rng.integers(0, w)
        b[y:y + rng.integers(1, 3), x:x + rng.integers(1, 3)] = False
    for _ in range(3):  # dropout lines
        y = rng.integers(60, h - 5)
        b[y, :] = b[y, :] | (rng.random(w) < 0.7)
    return Image.fromarray((b * 255).astype(np.uint8), "L").convert("1")


def save_tiff(frames, path, mode="fine"):
    dpi = (204, 196) if mode == "fine" else (204, 98)
    frames[0].save(path, compression="group4", dpi=dpi, save_all=True, append_images=frames[1:])


def rescan_fax(fimg, mode, seed, angle):
    """A received fax printed and scanned again in grey at 200 dpi."""
    im = fimg.convert("L")
    if mode == "standard":
        im = im.resize((im.width, im.height * 2), Image.NEAREST)
    im = im.resize((round(im.width * 200 / 204), round(im.height * 200 / 204 * (204 / 196 if mode == "fine" else 204 / 196))),
                   Image.BILINEAR)
    im = im.filter(ImageFilter.GaussianBlur(0.9))
    return scan(im, seed, angle=angle, shade=0.1, specks=200, blur=0.4)


def _homography(src, dst):
    """3x3 H with dst ~ H src (lists of 4 points)."""
    A = []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.array(A, dtype=np.float64))
    H = vt[-1].reshape(3, 3)
    return H / H[2, 2]


def photo(img, seed, out=(1500, 2000), quad=None, bow=10.0, light=(0.75, 0.45), cast=(1.0, 0.92, 0.78),
          shadow=None, thumb=None, table=(92, 64, 44), table_edge=None, angle=0.0, noise=6.0, blur=0.9,
          vignette=0.35, paper=(246, 244, 236)):
    """A phone photo of a printed page: the page (grey 'L') is warped onto a quad of the output, bowed,
    lit unevenly, with optional shadow polygon, thumb and the table around it. Returns RGB."""
    rng = np.random.default_rng(seed)
    W, H = out
    pw, ph = img.size
    if quad is None:
        quad = [(0.08, 0.06), (0.92, 0.07), (0.94, 0.95), (0.06, 0.94)]
    q = [(x * W, y * H) for x, y in quad]
    if angle:
        cx, cy = W / 2, H / 2
        ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        q = [(cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca) for x, y in q]
    Hm = _homography(q, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float64)
    den = Hm[2, 0] * xx + Hm[2, 1] * yy + Hm[2, 2]
    u = (Hm[0, 0] * xx + Hm[0, 1] * yy + Hm[0, 2]) / den
    v = (Hm[1, 0] * xx + Hm[1, 1] * yy + Hm[1, 2]) / den
    # bow: the sheet curls, so rows of text sag in the middle and the sides pull in
    v = v + bow * (pw / 1000.0) * np.sin(np.pi * np.clip(u / pw, 0, 1)) * (1 - 0.6 * v / ph)
    u = u + bow * 0.4 * (pw / 1000.0) * np.sin(np.pi * np.clip(v / ph, 0, 1)) * ((u / pw) - 0.5)
    inside = (u >= 0) & (u < pw - 1) & (v >= 0) & (v < ph - 1)
    src = np.asarray(img).astype(np.float32)
    u0 = np.clip(np.floor(u).astype(np.int64), 0, pw - 2)
    v0 = np.clip(np.floor(v).astype(np.int64), 0, ph - 2)
    fu, fv = np.clip(u - u0, 0, 1), np.clip(v - v0, 0, 1)
    val = (src[v0, u0] * (1 - fu) * (1 - fv) + src[v0, u0 + 1] * fu * (1 - fv)
           + src[v0 + 1, u0] * (1 - fu) * fv + src[v0 + 1, u0 + 1] * fu * fv) / 255.0
    rgb = np.zeros((H, W, 3), np.float32)
    # table texture: wood grain stripes
    grain = (np.sin(yy / 7.0 + np.sin(xx / 90.0) * 3) * 0.5 + 0.5) * 0.18 + rng.normal(0, 0.03, (H, W))
    for c in range(3):
        tab = table[c] * (0.9 + grain)
        pap = paper[c] * (0.12 + 0.88 * val)
        rgb[..., c] = np.where(inside, pap, tab)
    if table_edge:  # a darker edge of the table (or floor) beyond it, along the bottom or a side
        side, frac = table_edge
        if side == "bottom":
            m = yy > frac * H
        elif side == "left":
            m = xx < frac * W
        else:
            m = xx > frac * W
        rgb[m] = rgb[m] * 0.25
    # light: a gradient across the scene and a vignette, with a colour cast
    lo, slope = light
    g = lo + slope * (0.5 - (0.6 * yy / H + 0.4 * xx / W) + 0.5)
    g = np.clip(g, 0.15, 1.1)
    r2 = ((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2
    g = g * (1 - vignette * np.clip(r2 / 2, 0, 1))
    if shadow:
        mimg = Image.new("L", (W, H), 0)
        ImageDraw.Draw(mimg).polygon([(x * W, y * H) for x, y in shadow[0]], fill=255)
        mimg = mimg.filter(ImageFilter.GaussianBlur(shadow[2] if len(shadow) > 2 else 35))
        m = np.asarray(mimg).astype(np.float32) / 255.0
        g = g * (1 - (1 - shadow[1]) * m)
    for c in range(3):
        rgb[..., c] *= g * cast[c]
    if thumb:  # a thumb over the page's edge: a rounded blob in skin tones, shaded
        tx, ty, tw, th = thumb
        timg = Image.new("L", (W, H), 0)
        ImageDraw.Draw(timg).ellipse([tx * W, ty * H, (tx + tw) * W, (ty + th) * H], fill=255)
        timg = timg.filter(ImageFilter.GaussianBlur(6))
        tm = np.asarray(timg).astype(np.float32) / 255.0
        shade = 0.55 + 0.45 * np.clip((xx - tx * W) / (tw * W), 0, 1)
        skin = (196, 140, 112)
        for c in range(3):
            rgb[..., c] = rgb[..., c] * (1 - tm) + skin[c] * shade * g * 1.1 * tm
    rgb = rgb + rng.normal(0, noise, rgb.shape)
    im = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    return im


# ---------------------------------------------------------------- dates and other formats

import datetime as dt
import email.policy
from email.message import EmailMessage

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def D(s):
    return dt.date.fromisoformat(s)


def us(s):
    d = D(s)
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def dmy(s):
    d = D(s)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def en_long(s):
    d = D(s)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def es_long(s):
    d = D(s)
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def plus_days(s, n):
    return (D(s) + dt.timedelta(days=n)).isoformat()


def plus_months(s, n):
    d = D(s)
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1])).isoformat()


def eml(path, headers, plain=None, html=None, cte_plain="quoted-printable", cte_html="base64", charset="utf-8"):
    """Write an e-mail: plain only, HTML only, or multipart/alternative. Boundaries fixed for a stable build."""
    msg = EmailMessage(policy=email.policy.SMTP)
    for k, v in headers:
        msg[k] = v
    if plain is not None and html is None:
        msg.set_content(plain, charset=charset, cte=cte_plain)
    elif html is not None and plain is None:
        msg.set_content(html, subtype="html", charset=charset, cte=cte_html)
    else:
        msg.set_content(plain, charset=charset, cte=cte_plain)
        msg.add_alternative(html, subtype="html", charset=charset, cte=cte_html)
        msg.set_boundary("==intake16-alt-boundary-0001==")
    with open(path, "wb") as f:
        f.write(msg.as_bytes())
