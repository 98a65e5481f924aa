"""This set's own renderer (FICTIONAL notices only).

One page model (a list of drawing operations per page, in points, y from the top), laid out by `Doc`, drawn by
reportlab for text PDFs and by Pillow for images, then aged into photos, scans and faxes by the functions at the
end. Every string drawn is kept, so the self-check can read what an image shows.
"""
import contextlib
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

LIB = "/usr/share/fonts/truetype/liberation2/"
DJV = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": LIB + "LiberationSans-Regular.ttf", "sans-b": LIB + "LiberationSans-Bold.ttf",
    "sans-i": LIB + "LiberationSans-Italic.ttf",
    "serif": LIB + "LiberationSerif-Regular.ttf", "serif-b": LIB + "LiberationSerif-Bold.ttf",
    "serif-i": LIB + "LiberationSerif-Italic.ttf",
    "mono": LIB + "LiberationMono-Regular.ttf", "mono-b": LIB + "LiberationMono-Bold.ttf",
    "mono-i": LIB + "LiberationMono-Italic.ttf",
    "dv": DJV + "DejaVuSans.ttf", "dv-b": DJV + "DejaVuSans-Bold.ttf", "dv-i": DJV + "DejaVuSans-Oblique.ttf",
    "dvc": DJV + "DejaVuSansCondensed.ttf", "dvc-b": DJV + "DejaVuSansCondensed-Bold.ttf",
    "dvc-i": DJV + "DejaVuSansCondensed-Oblique.ttf",
    "dvs": DJV + "DejaVuSerif.ttf", "dvs-b": DJV + "DejaVuSerif-Bold.ttf", "dvs-i": DJV + "DejaVuSerif-Italic.ttf",
}
for _k, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont("i19-" + _k, _p))


def fkey(family, bold=False, italic=False):
    return family + ("-b" if bold else "-i" if italic else "")


def width(s, font, size):
    return pdfmetrics.stringWidth(s, "i19-" + font, size)


BLACK = (0, 0, 0)


class Doc:
    """Top-down flow layout on US Letter pages (points)."""

    def __init__(self, w=612, h=792, margins=(54, 54, 54, 60), family="sans", size=10, leading=1.25):
        self.w, self.h = w, h
        self.ml, self.mt, self.mr, self.mb = margins
        self.family, self.size, self.lead = family, size, leading
        self.pages = [[]]
        self.left, self.right = self.ml, w - self.mr
        self.y = self.mt
        self.footer = None  # callable(doc, pageno, total) drawing with textat on that page
        self.header = None

    # --- primitives -------------------------------------------------------------------------------------
    @property
    def ops(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append([])
        self.y = self.mt

    def _room(self, h):
        if self.y + h > self.h - self.mb:
            self.new_page()

    def textat(self, x, y, s, size=None, bold=False, italic=False, family=None, color=BLACK, page=None):
        size = size or self.size
        f = fkey(family or self.family, bold, italic)
        (self.pages[page] if page is not None else self.ops).append(("text", x, y, s, f, size, color))

    def lineat(self, x0, y0, x1, y1, lw=0.6, color=BLACK):
        self.ops.append(("line", x0, y0, x1, y1, lw, color))

    def rectat(self, x, y, w, h, fill=None, stroke=BLACK, lw=0.6, index=None):
        op = ("rect", x, y, w, h, fill, stroke, lw)
        if index is None:
            self.ops.append(op)
        else:
            self.ops.insert(index, op)

    # --- flow ----------------------------------------------------------------------------------------------
    def space(self, pts):
        self.y += pts

    def text(self, s, size=None, bold=False, italic=False, family=None, align="left", color=BLACK, x=None,
             lead=None):
        size = size or self.size
        lh = size * (lead or self.lead)
        self._room(lh)
        f = fkey(family or self.family, bold, italic)
        wdt = width(s, f, size)
        if x is None:
            x = {"left": self.left, "center": (self.left + self.right - wdt) / 2,
                 "right": self.right - wdt}[align]
        self.y += size
        self.ops.append(("text", x, self.y, s, f, size, color))
        self.y += lh - size

    def wrap(self, s, w, font, size):
        out = []
        for para in s.split("\n"):
            line = ""
            for word in para.split(" "):
                t = word if not line else line + " " + word
                if width(t, font, size) <= w or not line:
                    line = t
                else:
                    out.append(line)
                    line = word
            out.append(line)
        return out

    def para(self, s, size=None, bold=False, italic=False, family=None, indent=0, after=4, color=BLACK,
             align="left", lead=None):
        size = size or self.size
        f = fkey(family or self.family, bold, italic)
        for line in self.wrap(s, self.right - self.left - indent, f, size):
            self.text(line, size=size, bold=bold, italic=italic, family=family, color=color, align=align,
                      x=(self.left + indent) if align == "left" else None, lead=lead)
        self.y += after

    def bullets(self, items, size=None, mark="\u2022", indent=14, after=2):
        size = size or self.size
        for it in items:
            y0 = self.y
            self._room(size * self.lead)
            self.textat(self.left + 2, self.y + size, mark, size=size)
            self.para(it, size=size, indent=indent, after=after)
            _ = y0

    def kv(self, pairs, labelw=130, size=None, bold_label=True, after=4, gap=1.0, family=None):
        size = size or self.size
        fam = family or self.family
        for lab, val in pairs:
            lines = self.wrap(val, self.right - self.left - labelw, fkey(fam), size)
            self._room(size * self.lead * len(lines))
            self.textat(self.left, self.y + size, lab, size=size, bold=bold_label, family=fam)
            for i, ln in enumerate(lines):
                self.textat(self.left + labelw, self.y + size, ln, size=size, family=fam)
                self.y += size * self.lead * (gap if i == len(lines) - 1 else 1)
        self.y += after

    def rule(self, lw=0.8, color=BLACK, after=6, before=2):
        self.y += before
        self.lineat(self.left, self.y, self.right, self.y, lw, color)
        self.y += after

    def table(self, headers, rows, widths, size=None, grid=True, header_fill=(0.85, 0.85, 0.85), pad=3,
              header_bold=True, header_color=BLACK, family=None, after=8, row_fill=None, aligns=None):
        size = size or self.size
        fam = family or self.family
        total = sum(widths)
        scale = (self.right - self.left) / total if total > (self.right - self.left) else 1
        widths = [w * scale for w in widths]
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + w)
        lh = size * 1.2

        def draw_row(cells, bold, fill, color):
            wrapped = [self.wrap(str(c), widths[i] - 2 * pad, fkey(fam, bold), size) for i, c in enumerate(cells)]
            n = max(len(wc) for wc in wrapped)
            h = n * lh + 2 * pad
            self._room(h)
            if fill:
                self.rectat(xs[0], self.y, xs[-1] - xs[0], h, fill=fill, stroke=None)
            for i, wc in enumerate(wrapped):
                for j, ln in enumerate(wc):
                    x = xs[i] + pad
                    if aligns and aligns[i] == "r":
                        x = xs[i + 1] - pad - width(ln, fkey(fam, bold), size)
                    self.textat(x, self.y + pad + size + j * lh, ln, size=size, bold=bold, family=fam,
                                color=color)
            if grid:
                for x in xs:
                    self.lineat(x, self.y, x, self.y + h, 0.5)
                self.lineat(xs[0], self.y, xs[-1], self.y, 0.5)
                self.lineat(xs[0], self.y + h, xs[-1], self.y + h, 0.5)
            self.y += h

        if headers:
            draw_row(headers, header_bold, header_fill, header_color)
            if not grid:
                self.lineat(xs[0], self.y, xs[-1], self.y, 0.7)
        for k, r in enumerate(rows):
            fill = row_fill[k % len(row_fill)] if row_fill else None
            draw_row(r, False, fill, BLACK)
        if not grid:
            self.lineat(xs[0], self.y, xs[-1], self.y, 0.7)
        self.y += after

    @contextlib.contextmanager
    def column(self, x0, x1):
        old = (self.left, self.right)
        self.left, self.right = x0, x1
        try:
            yield
        finally:
            self.left, self.right = old

    @contextlib.contextmanager
    def boxed(self, pad=6, fill=None, stroke=BLACK, lw=0.8, title=None, title_fill=(0.2, 0.2, 0.2),
              title_color=(1, 1, 1), title_size=None, after=8):
        page = len(self.pages) - 1
        idx = len(self.ops)
        y0 = self.y
        old = (self.left, self.right)
        x0, x1 = self.left, self.right
        if title:
            ts = title_size or self.size
            th = ts * 1.6
            self.rectat(x0, self.y, x1 - x0, th, fill=title_fill, stroke=None)
            self.textat(x0 + pad, self.y + ts * 1.15, title, size=ts, bold=True, color=title_color)
            self.y += th
        self.left, self.right = x0 + pad, x1 - pad
        self.y += pad
        try:
            yield
        finally:
            self.y += pad
            self.left, self.right = old
            if len(self.pages) - 1 == page:
                self.pages[page].insert(idx, ("rect", x0, y0, x1 - x0, self.y - y0, fill, stroke, lw))
            self.y += after

    # --- output -----------------------------------------------------------------------------------------
    def finish(self):
        total = len(self.pages)
        for i in range(total):
            cur = self.pages
            if self.header:
                self._on_page(i, lambda: self.header(self, i + 1, total))
            if self.footer:
                self._on_page(i, lambda: self.footer(self, i + 1, total))
            assert cur is self.pages
        return self

    def _on_page(self, i, fn):
        saved = self.pages
        tmp = [[]]
        self.pages = tmp
        fn()
        self.pages = saved
        self.pages[i].extend(tmp[-1])

    def strings(self):
        return "\n".join(op[3] for page in self.pages for op in page if op[0] == "text")

    def page_strings(self, i):
        return [op[3] for op in self.pages[i] if op[0] == "text"]


# ---------------------------------------------------------------------------------------------------------
def to_pdf(doc, path, title="FICTIONAL notice"):
    c = rl_canvas.Canvas(path, pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    c.setAuthor("FICTIONAL")
    for page in doc.pages:
        for op in page:
            kind = op[0]
            if kind == "text":
                _, x, y, s, f, size, color = op
                c.setFillColorRGB(*color)
                c.setFont("i19-" + f, size)
                c.drawString(x, doc.h - y, s)
            elif kind == "line":
                _, x0, y0, x1, y1, lw, color = op
                c.setStrokeColorRGB(*color)
                c.setLineWidth(lw)
                c.line(x0, doc.h - y0, x1, doc.h - y1)
            elif kind == "rect":
                _, x, y, w, h, fill, stroke, lw = op
                if fill is not None:
                    c.setFillColorRGB(*fill)
                if stroke is not None:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                c.rect(x, doc.h - y - h, w, h, stroke=1 if stroke is not None else 0,
                       fill=1 if fill is not None else 0)
        c.showPage()
    c.save()


_font_cache = {}


def _font(f, px):
    k = (f, px)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(FONTS[f], px)
    return _font_cache[k]


def to_image(doc, page=0, dpi=200, paper=(255, 255, 255), highlights=(), ink=1.0):
    """Draw one page in RGB at dpi; highlights: substrings whose text gets a highlighter mark."""
    s = dpi / 72.0
    img = Image.new("RGB", (int(doc.w * s), int(doc.h * s)), paper)
    dr = ImageDraw.Draw(img)

    def col(c):
        return tuple(int(255 - (255 - v * 255) * ink) for v in c)

    marks = []
    for op in doc.pages[page]:
        kind = op[0]
        if kind == "text":
            _, x, y, txt, f, size, color = op
            px = max(6, int(round(size * s)))
            dr.text((x * s, y * s), txt, font=_font(f, px), fill=col(color), anchor="ls")
            for h in highlights:
                if h in txt:
                    i = txt.index(h)
                    x0 = x + width(txt[:i], f, size)
                    marks.append((x0, y - size * 0.85, x0 + width(h, f, size), y + size * 0.25))
        elif kind == "line":
            _, x0, y0, x1, y1, lw, color = op
            dr.line((x0 * s, y0 * s, x1 * s, y1 * s), fill=col(color), width=max(1, int(round(lw * s))))
        elif kind == "rect":
            _, x, y, w, h, fill, stroke, lw = op
            box = (x * s, y * s, (x + w) * s, (y + h) * s)
            if fill is not None:
                dr.rectangle(box, fill=col(fill))
            if stroke is not None:
                dr.rectangle(box, outline=col(stroke), width=max(1, int(round(lw * s))))
    if marks:
        arr = np.asarray(img).astype(np.float32)
        rng = random.Random(len(marks))
        for (x0, y0, x1, y1) in marks:
            a, b = int((x0 - 3) * s), int((x1 + 3) * s)
            c0, c1 = int(y0 * s), int(y1 * s)
            for yy in range(c0, c1):
                jitter = rng.randint(-2, 2)
                arr[yy, a + jitter:b + jitter] *= np.array([1.0, 0.97, 0.45], np.float32)
        img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return img


# --- ageing: photos, scans, faxes ----------------------------------------------------------------------------
def _coeffs(dst, src):
    """Perspective coefficients mapping output points dst to input points src (PIL's convention)."""
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(a, float), np.array(b, float)).tolist()


def bow(img, amp_px, axis="x", phase=0.0):
    """Curl the sheet: shift each column (axis x) or row by a sine of its place."""
    arr = np.asarray(img)
    out = np.empty_like(arr)
    bg = arr[0, 0]
    h, w = arr.shape[:2]
    if axis == "x":
        for x in range(w):
            d = int(round(amp_px * math.sin(math.pi * x / w + phase)))
            col = np.roll(arr[:, x], d, axis=0)
            if d > 0:
                col[:d] = bg
            elif d < 0:
                col[d:] = bg
            out[:, x] = col
    else:
        for y in range(h):
            d = int(round(amp_px * math.sin(math.pi * y / h + phase)))
            row = np.roll(arr[y], d, axis=0)
            out[y] = row
    return Image.fromarray(out)


def background(kind, size, seed):
    rng = np.random.default_rng(seed)
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "bedsheet":  # dark blue cotton with a weave
        base = np.array([48, 58, 92], np.float32)
        tex = 10 * np.sin(xx / 3.0) * np.sin(yy / 3.0) + rng.normal(0, 6, (h, w))
    elif kind == "dashboard":  # black textured plastic
        base = np.array([38, 36, 35], np.float32)
        tex = rng.normal(0, 7, (h, w)) + 6 * np.sin(yy / 40.0)
    elif kind == "car-seat":  # grey fabric
        base = np.array([96, 96, 102], np.float32)
        tex = 12 * np.sin(xx / 2.2) * np.sin(yy / 2.6) + rng.normal(0, 8, (h, w))
    elif kind == "glass":  # glass table over a dark floor
        base = np.array([70, 82, 84], np.float32)
        tex = 25 * np.exp(-((xx - w * 0.8) ** 2 + (yy - h * 0.15) ** 2) / (2 * (w * 0.2) ** 2)) + rng.normal(0, 4, (h, w))
    elif kind == "lino":  # waiting-room floor, beige speckle
        base = np.array([176, 166, 142], np.float32)
        tex = rng.normal(0, 14, (h, w))
    elif kind == "steel":  # office counter, brushed steel
        base = np.array([150, 152, 156], np.float32)
        tex = 10 * np.sin(yy / 1.7 + rng.normal(0, 0.3, (h, w))) + rng.normal(0, 5, (h, w))
    else:
        base = np.array([120, 110, 100], np.float32)
        tex = rng.normal(0, 8, (h, w))
    arr = base[None, None, :] + tex[..., None]
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def photo(page, out_size, quad, bg="lino", seed=1, light=None, cast=(1.0, 1.0, 1.0), noise=4.0, blur=0.8,
          shadow=None, hotspot=None, angle=0.0, motion=0, vignette=0.35, extra=None):
    """Place a page image onto a background through a perspective quad (TL, TR, BR, BL in output pixels)."""
    W, H = out_size
    pw, ph = page.size
    coeffs = _coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    img = background(bg, (W, H), seed)
    img.paste(warped, (0, 0), mask)
    if extra:
        img = extra(img)
    arr = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    field = np.ones((H, W), np.float32)
    if light:  # (x, y) brightest corner as fractions and strength
        lx, ly, k = light
        d = np.sqrt((xx / W - lx) ** 2 + (yy / H - ly) ** 2)
        field *= 1.0 - k * d
    r = np.sqrt(((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
    field *= 1.0 - vignette * np.clip(r - 0.6, 0, None)
    if shadow:
        sm = Image.new("L", (W, H), 0)
        ImageDraw.Draw(sm).polygon(shadow[0], fill=255)
        sm = sm.filter(ImageFilter.GaussianBlur(shadow[2]))
        field *= 1.0 - shadow[1] * (np.asarray(sm).astype(np.float32) / 255.0)
    arr *= field[..., None]
    arr *= np.array(cast, np.float32)[None, None, :]
    if hotspot:  # flash: washes the paper toward white around a point
        hx, hy, rad, k = hotspot
        g = np.exp(-((xx - hx * W) ** 2 + (yy - hy * H) ** 2) / (2 * (rad * W) ** 2))
        arr = arr + (255 - arr) * (k * g)[..., None]
    rng = np.random.default_rng(seed + 7)
    arr += rng.normal(0, noise, arr.shape)
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if motion:
        k = [0] * 25
        for i in range(5):
            k[10 + i] = 1
        img = img.filter(ImageFilter.Kernel((5, 5), k, scale=5))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=tuple(int(v) for v in np.asarray(img)[2, 2]))
    return img


def save_jpeg(img, path, quality=82, exif_orientation=None):
    if exif_orientation == 6:
        stored = img.rotate(90, expand=True)  # shown upright once turned 90 degrees clockwise
        exif = Image.Exif()
        exif[0x0112] = 6
        exif[0x010F] = "FICTIONAL"
        stored.save(path, "JPEG", quality=quality, exif=exif)
    else:
        img.save(path, "JPEG", quality=quality)


def to_fax(doc, xdpi=204, ydpi=196, seed=3, header=None, noise=0.002, dropouts=2, skew=0.0):
    """Pages as a fax machine prints them: 1-bit, 1728 px wide, xdpi x ydpi (non-square pixels)."""
    rng = random.Random(seed)
    pages = []
    for i in range(len(doc.pages)):
        img = to_image(doc, i, dpi=ydpi).convert("L")
        w = 1728
        hh = int(img.height * (w / img.width) * 1.0)
        hh = int(doc.h / 72 * ydpi)
        img = img.resize((w, hh), Image.BILINEAR)
        if header:
            # the header line is printed by the sending machine at its own resolution: draw it square at xdpi,
            # then stretch it to the page's row density
            fpx = int(xdpi / 72 * 7.5)
            hdr = Image.new("L", (w, int(fpx * 1.6)), 255)
            ImageDraw.Draw(hdr).text((16, 2), header(i + 1, len(doc.pages)), font=_font("mono", fpx), fill=0)
            hdr = hdr.resize((w, int(hdr.height * ydpi / xdpi)), Image.NEAREST)
            img.paste(hdr, (0, 0))
        if skew:
            img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
        arr = np.asarray(img).astype(np.float32)
        nr = np.random.default_rng(seed + i)
        arr += nr.normal(0, 18, arr.shape)
        bw = (arr > 150).astype(np.uint8) * 255
        flips = nr.random(bw.shape) < noise
        bw[flips] = 0
        for _ in range(dropouts):
            y = rng.randrange(100, bw.shape[0] - 10)
            bw[y:y + rng.choice([1, 1, 2])] = 255
        pages.append(Image.fromarray(bw).convert("1"))
    return pages


def save_tiff(pages, path, dpi, compression="group4"):
    pages[0].save(path, "TIFF", compression=compression, dpi=dpi, save_all=True, append_images=pages[1:])


def images_to_pdf(imgs, path, dpi, fmt="JPEG", quality=80):
    import img2pdf
    blobs = []
    for im in imgs:
        b = io.BytesIO()
        if fmt == "JPEG":
            im.convert("RGB" if im.mode != "L" else "L").save(b, "JPEG", quality=quality, dpi=(dpi, dpi))
        elif fmt == "TIFF":
            im.save(b, "TIFF", compression="group4", dpi=dpi if isinstance(dpi, tuple) else (dpi, dpi))
        else:
            im.save(b, "PNG", dpi=(dpi, dpi))
        blobs.append(b.getvalue())
    with open(path, "wb") as f:
        f.write(img2pdf.convert(blobs))


def scanner_app(img, seed=5, quad_jitter=14):
    """A phone scanner app's output: page cropped with a little residual keystone, then thresholded B/W."""
    W, H = img.size
    rng = random.Random(seed)
    j = lambda: rng.uniform(-quad_jitter, quad_jitter)
    quad = [(j(), j()), (W + j(), j()), (W + j(), H + j()), (j(), H + j())]
    g = img.convert("L").transform((W, H), Image.PERSPECTIVE,
                                   _coeffs([(0, 0), (W, 0), (W, H), (0, H)], quad), Image.BICUBIC,
                                   fillcolor=225)
    arr = np.asarray(g).astype(np.float32)
    yy = np.linspace(0, 1, H)[:, None]
    arr = arr * (0.9 + 0.1 * yy)
    arr += np.random.default_rng(seed).normal(0, 4, arr.shape)
    local = np.asarray(Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.BoxBlur(15))
                       ).astype(np.float32)
    bw = (arr > local - 28).astype(np.uint8) * 255
    return Image.fromarray(bw).convert("1")


def coffee_ring(img, cx, cy, r, seed=2):
    W, H = img.size
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    d.ellipse((cx - r, cy - r * 0.95, cx + r, cy + r * 0.95), outline=150, width=max(3, int(r * 0.05)))
    d.ellipse((cx - r * 0.97, cy - r * 0.92, cx + r * 0.97, cy + r * 0.92), fill=25)
    m = m.filter(ImageFilter.GaussianBlur(3))
    a = np.asarray(m).astype(np.float32)[..., None] / 255.0
    arr = np.asarray(img).astype(np.float32)
    stain = np.array([150, 105, 60], np.float32)[None, None, :] / 255.0
    arr = arr * (1 - a) + arr * stain * a
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def folds(img, ys, strength=0.18):
    """Creases of a letter folded in thirds: a light and a dark band along each fold."""
    arr = np.asarray(img).astype(np.float32)
    H = arr.shape[0]
    yy = np.arange(H, dtype=np.float32)[:, None]
    f = np.ones((H, 1), np.float32)
    for y in ys:
        f *= 1 - strength * np.exp(-((yy - y - 6) ** 2) / 40.0)
        f *= 1 + 0.08 * np.exp(-((yy - y + 8) ** 2) / 60.0)
    arr = arr * f[..., None] if arr.ndim == 3 else arr * f
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))
