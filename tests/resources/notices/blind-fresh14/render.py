"""Renderer for the intake14 blind set (written for this set only).

A document is a list of pages; a page is a list of elements:
  ("t", text, opts)          one line; opts: size, bold, mono, serif, x (mm), center, right, italic
  ("w", text, opts)          a paragraph wrapped to the width (opts: x, width, size, bold)
  ("cols", [(x_mm, text), ...], opts)   cells on one line at fixed x positions
  ("gap", mm)
  ("rule", opts)             horizontal rule (opts: x, width, thick)
  ("box", h_mm, opts)        rectangle drawn from the current y down h_mm (nothing advances)
  ("bar", text, opts)        a dark title bar with light text
  ("hand", text, opts)       handwriting-like note (images only; in PDFs drawn in italic)
The same layout is drawn by reportlab (text PDFs) and by Pillow (scans, photos, fax), and
layout_text() gives the text a reader would see, for the build's self-check.
"""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FD = "/usr/share/fonts/truetype/"
FONTS = {
    ("sans", False): FD + "liberation2/LiberationSans-Regular.ttf",
    ("sans", True): FD + "liberation2/LiberationSans-Bold.ttf",
    ("serif", False): FD + "liberation2/LiberationSerif-Regular.ttf",
    ("serif", True): FD + "liberation2/LiberationSerif-Bold.ttf",
    ("mono", False): FD + "liberation2/LiberationMono-Regular.ttf",
    ("mono", True): FD + "liberation2/LiberationMono-Bold.ttf",
    ("italic", False): FD + "liberation2/LiberationSans-Italic.ttf",
    ("italic", True): FD + "liberation2/LiberationSans-BoldItalic.ttf",
}
_registered = False


def _register():
    global _registered
    if _registered:
        return
    for (fam, bold), path in FONTS.items():
        pdfmetrics.registerFont(TTFont(f"{fam}-{'b' if bold else 'r'}", path))
    _registered = True


def _fam(opts):
    if opts.get("mono"):
        return "mono"
    if opts.get("serif"):
        return "serif"
    if opts.get("italic"):
        return "italic"
    return "sans"


def _fname(opts):
    return f"{_fam(opts)}-{'b' if opts.get('bold') else 'r'}"


def wrap(text, width_mm, size, opts):
    _register()
    words = text.split(" ")
    lines, cur = [], ""
    maxw = width_mm / 25.4 * 72
    for w in words:
        trial = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(trial, _fname(opts), size) <= maxw or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _lh(size):
    return size * 1.32 / 72 * 25.4  # line height in mm


def layout(pages, page_w_mm, margin=20, default_size=10):
    """Yield per page a list of draw ops in mm from the top-left: (kind, x, y, payload, opts)."""
    out = []
    for page in pages:
        ops = []
        y = margin
        width = page_w_mm - 2 * margin
        for el in page:
            kind = el[0]
            if kind == "gap":
                y += el[1]
                continue
            opts = dict(el[2]) if len(el) > 2 else {}
            size = opts.get("size", default_size)
            x = margin + opts.get("x", 0)
            if kind == "t":
                ops.append(("t", x, y, el[1], dict(opts, size=size, pw=page_w_mm, margin=margin)))
                y += _lh(size)
            elif kind == "hand":
                ops.append(("hand", x, y, el[1], dict(opts, size=size)))
                y += _lh(size) * 1.3
            elif kind == "w":
                wmm = opts.get("width", width - opts.get("x", 0))
                for line in wrap(el[1], wmm, size, opts):
                    ops.append(("t", x, y, line, dict(opts, size=size, pw=page_w_mm, margin=margin)))
                    y += _lh(size)
                y += _lh(size) * opts.get("after", 0.35)
            elif kind == "cols":
                lines_used = 1
                for cx, text in el[1]:
                    cw = opts.get("cw")
                    if cw and isinstance(text, str) and "\n" in text:
                        parts = text.split("\n")
                    else:
                        parts = [text]
                    for i, part in enumerate(parts):
                        ops.append(("t", margin + cx, y + i * _lh(size), part, dict(opts, size=size)))
                    lines_used = max(lines_used, len(parts))
                y += _lh(size) * lines_used
            elif kind == "rule":
                ops.append(("rule", x, y + 1, opts.get("width", width - opts.get("x", 0)), opts))
                y += 2.5
            elif kind == "box":
                ops.append(("box", x, y - 1, (opts.get("width", width - opts.get("x", 0)), el[1]), opts))
            elif kind == "bar":
                h = _lh(size) + 2
                ops.append(("bar", x, y, (opts.get("width", width - opts.get("x", 0)), h, el[1]), dict(opts, size=size)))
                y += h + 1.5
            else:
                raise ValueError(kind)
        out.append(ops)
    return out


def layout_text(pages):
    """The words of the document in reading order (lines), for the self-check."""
    lines = []
    for ops in layout(pages, 216):
        rows = {}
        for kind, x, y, payload, opts in ops:
            if kind == "t" or kind == "hand":
                rows.setdefault(round(y, 1), []).append((x, payload))
            elif kind == "bar":
                rows.setdefault(round(y, 1), []).append((x, payload[2]))
        for y in sorted(rows):
            lines.append("   ".join(t for _, t in sorted(rows[y])))
    return "\n".join(lines)


def render_pdf(pages, path, land=False, meta_title=""):
    _register()
    ps = landscape(letter) if land else letter
    pw_mm = ps[0] / 72 * 25.4
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setTitle(meta_title or "FICTIONAL notice")
    mm = 72 / 25.4
    for ops in layout(pages, pw_mm):
        for kind, x, y, payload, opts in ops:
            if kind in ("t", "hand"):
                o = dict(opts)
                if kind == "hand":
                    o["italic"] = True
                c.setFont(_fname(o), o["size"])
                c.setFillGray(0.35 if opts.get("grey") else 0)
                yy = ps[1] - (y * mm) - o["size"] * 0.9
                if opts.get("center"):
                    c.drawCentredString(ps[0] / 2, yy, payload)
                elif opts.get("right"):
                    c.drawRightString(ps[0] - opts["margin"] * mm, yy, payload)
                else:
                    c.drawString(x * mm, yy, payload)
            elif kind == "rule":
                c.setLineWidth(1.4 if opts.get("thick") else 0.5)
                c.line(x * mm, ps[1] - y * mm, (x + payload) * mm, ps[1] - y * mm)
            elif kind == "box":
                w, h = payload
                c.setLineWidth(0.6)
                c.rect(x * mm, ps[1] - (y + h) * mm, w * mm, h * mm)
            elif kind == "bar":
                w, h, text = payload
                c.setFillGray(0.15)
                c.rect(x * mm, ps[1] - (y + h) * mm, w * mm, h * mm, fill=1, stroke=0)
                c.setFillGray(1)
                c.setFont("sans-b", opts["size"])
                c.drawString((x + 2) * mm, ps[1] - (y + h) * mm + 1.3 * mm + 1, text)
                c.setFillGray(0)
        c.showPage()
    c.save()


_font_cache = {}


def _pil_font(opts, px):
    key = (_fam(opts), bool(opts.get("bold")), px)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(FONTS[(key[0], key[1])], px)
    return _font_cache[key]


def render_images(pages, dpi=200, land=False, hand_font=None):
    """Clean greyscale page images (white paper)."""
    w_in, h_in = (11, 8.5) if land else (8.5, 11)
    W, H = int(w_in * dpi), int(h_in * dpi)
    pxmm = dpi / 25.4
    imgs = []
    for ops in layout(pages, w_in * 25.4):
        im = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(im)
        for kind, x, y, payload, opts in ops:
            if kind in ("t", "hand"):
                o = dict(opts)
                if kind == "hand":
                    o["italic"] = True
                px = int(o["size"] / 72 * dpi)
                f = _pil_font(o, px)
                tx = x * pxmm
                if opts.get("center"):
                    tx = (W - d.textlength(payload, font=f)) / 2
                elif opts.get("right"):
                    tx = W - opts["margin"] * pxmm - d.textlength(payload, font=f)
                fill = 90 if opts.get("grey") else 0
                if kind == "hand":
                    fill = 40
                d.text((tx, y * pxmm), payload, font=f, fill=fill)
            elif kind == "rule":
                d.line([(x * pxmm, y * pxmm), ((x + payload) * pxmm, y * pxmm)], fill=0,
                       width=4 if opts.get("thick") else 2)
            elif kind == "box":
                w, h = payload
                d.rectangle([x * pxmm, y * pxmm, (x + w) * pxmm, (y + h) * pxmm], outline=0, width=2)
            elif kind == "bar":
                w, h, text = payload
                d.rectangle([x * pxmm, y * pxmm, (x + w) * pxmm, (y + h) * pxmm], fill=40)
                f = _pil_font({"bold": True}, int(opts["size"] / 72 * dpi))
                d.text(((x + 2) * pxmm, (y + 1) * pxmm), text, font=f, fill=245)
        imgs.append(im)
    return imgs


# ---------- degradations ----------

def scan(im, seed, angle=0.6, specks=400, shade=True, blur=0.6):
    rnd = random.Random(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = im.load()
    W, H = im.size
    for _ in range(specks):
        x, y = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice([1, 1, 2, 3])
        for dx in range(r):
            for dy in range(r):
                if x + dx < W and y + dy < H:
                    px[x + dx, y + dy] = rnd.randint(20, 120)
    if shade:
        grad = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - v // 9)
        from PIL import ImageChops
        im = ImageChops.multiply(im, grad)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    return im


def photo(im, seed, angle=3.0, bg=(92, 74, 58), tint=(1.0, 0.97, 0.9), shadow="right",
          keystone=0.05, out_w=2300, crease=False):
    """A phone photo of a page lying on a surface: perspective, rotation, uneven light."""
    import numpy as np
    rnd = random.Random(seed)
    page = im.convert("RGB")
    W, H = page.size
    if crease:
        d = ImageDraw.Draw(page)
        y0 = H // 3
        for i in range(6):
            d.line([(0, y0 + i), (W, y0 + i + 8)], fill=(225 - i * 6,) * 3)
    margin = int(W * 0.12)
    canvas_ = Image.new("RGB", (W + 2 * margin, H + 2 * margin), bg)
    # surface texture
    arr = np.array(canvas_).astype(np.int16)
    noise = np.random.RandomState(seed).randint(-14, 14, arr.shape[:2])
    arr = np.clip(arr + noise[..., None], 0, 255).astype(np.uint8)
    canvas_ = Image.fromarray(arr)
    canvas_.paste(page, (margin, margin))
    canvas_ = canvas_.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    CW, CH = canvas_.size
    k = keystone
    # perspective: top edge narrower than bottom
    src = [(k * CW, 0), (CW - k * CW * 0.6, k * CH * 0.2), (CW, CH), (0, CH - k * CH * 0.1)]
    coeffs = _persp_coeffs([(0, 0), (CW, 0), (CW, CH), (0, CH)], src)
    canvas_ = canvas_.transform((CW, CH), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bg)
    arr = np.array(canvas_).astype(np.float32)
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    light = 1.0 - 0.18 * (xx / CW) - 0.08 * (yy / CH)
    if shadow == "right":
        light *= np.where(xx > CW * 0.78, 0.72, 1.0)
    elif shadow == "corner":
        light *= np.clip(0.62 + 0.38 * np.sqrt(((xx - CW) / CW) ** 2 + ((yy - CH) / CH) ** 2) * 1.6, 0.62, 1.0)
    elif shadow == "top":
        light *= np.clip(0.7 + 0.3 * (yy / (CH * 0.3)), 0.7, 1.0)
    arr = arr * light[..., None] * np.array(tint)[None, None, :]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.8))
    scale = out_w / CW
    return out.resize((out_w, int(CH * scale)), Image.LANCZOS)


def _persp_coeffs(dst, src):
    import numpy as np
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    B = np.array([c for p in src for c in p], dtype=float)
    return np.linalg.solve(A, B).tolist()


def fax(imgs, seed, header):
    """1-bit, standard mode (204 x 98 dpi) pages with a fax header line."""
    rnd = random.Random(seed)
    out = []
    for i, im in enumerate(imgs):
        W, H = im.size  # 200 dpi
        im = im.resize((int(W * 204 / 200), int(H * 98 / 200)), Image.BILINEAR)
        d = ImageDraw.Draw(im)
        f = ImageFont.truetype(FONTS[("mono", False)], 18)
        d.rectangle([0, 0, im.size[0], 14], fill=255)
        d.text((20, 0), header.format(page=i + 1, pages=len(imgs)), font=f, fill=0)
        im = im.point(lambda v: 0 if v < 150 else 255).convert("1")
        px = im.load()
        for _ in range(250):
            x, y = rnd.randrange(im.size[0]), rnd.randrange(im.size[1])
            px[x, y] = 0
        for _ in range(3):
            y = rnd.randrange(40, im.size[1])
            for x in range(rnd.randrange(0, 200), rnd.randrange(400, im.size[0])):
                if rnd.random() < 0.5:
                    px[x, y] = 0
        out.append(im)
    return out


def save_image_pdf(imgs, path, dpi=200):
    rgb = [im.convert("L") for im in imgs]
    rgb[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=rgb[1:])


def save_tiff(imgs, path):
    imgs[0].save(path, "TIFF", compression="group4", dpi=(204, 98), save_all=True, append_images=imgs[1:])
