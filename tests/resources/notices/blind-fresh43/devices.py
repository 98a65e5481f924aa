"""Raster pages and the eleven image devices of blind set 43 (FICTIONAL). numpy and Pillow only, seeded."""
import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, TiffImagePlugin

from layout import FONTS

DPI = 200
_FC = {}


def _font(name, px):
    k = (name, px)
    if k not in _FC:
        _FC[k] = ImageFont.truetype(FONTS[name], px)
    return _FC[k]


def raster(page, dpi=DPI):
    s = dpi / 72.0
    im = Image.new("RGB", (round(page.w * s), round(page.h * s)), "white")
    d = ImageDraw.Draw(im)
    for x1, y1, x2, y2, col in page.fills:
        d.rectangle([x1 * s, y1 * s, x2 * s, y2 * s], fill=col)
    for x1, y1, x2, y2 in page.rules:
        d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=(90, 90, 90), width=max(1, round(0.6 * s)))
    for x, y, font, size, text, col in page.runs:
        d.text((x * s, y * s), text, font=_font(font, round(size * s)), fill=col, anchor="ls")
    return im


def _grey(im):
    return np.asarray(im.convert("L"), dtype=np.float32)


def _noise(a, rng, sigma):
    return a + rng.normal(0, sigma, a.shape).astype(np.float32)


def _u8(a):
    return np.clip(a, 0, 255).astype(np.uint8)


def _rot(im, deg, fill):
    return im.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


# ---------------------------------------------------------------- scans saved as TIFF

def tiff_duplex(pages, rng, path):
    """Duplex feeder scan, 150 dpi grey, the blank backs kept: front, back, front, back."""
    frames = []
    for i, pg in enumerate(pages):
        im = raster(pg).convert("L").resize((1275, 1650), Image.LANCZOS)
        im = _rot(im, float(rng.uniform(-0.5, 0.5)), 250)
        a = np.round(_noise(_grey(im) * 0.96 + 6, rng, 1.5) / 2) * 2
        frames.append(Image.fromarray(_u8(a)))
        back = np.full((1650, 1275), 247, np.float32)
        back[:, :14] -= np.linspace(60, 0, 14)[None, :]          # the feeder's edge shadow
        for _ in range(int(rng.integers(8, 20))):                   # dust specks
            y, x = int(rng.integers(0, 1650)), int(rng.integers(0, 1275))
            back[y:y + 3, x:x + 3] = 120
        back = np.round(_noise(back, rng, 1.5) / 2) * 2
        frames.append(Image.fromarray(_u8(back)))
    for f in frames:
        f.info.clear()
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_adobe_deflate", dpi=(150, 150))


def tiff_reverse(pages, rng, path):
    """A feeder loaded face up: the last page scanned first. 150 dpi grey, deflate."""
    frames = []
    for pg in pages:
        im = raster(pg).convert("L").resize((1275, 1650), Image.LANCZOS)
        im = _rot(im, float(rng.uniform(-0.8, 0.8)), 252)
        a = _noise(_grey(im) * 0.95 + 8, rng, 1.5)
        frames.append(Image.fromarray(_u8(a)))
    frames = frames[::-1]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_adobe_deflate", dpi=(150, 150))


def tiff_mixed(pages, rng, path):
    """An office copier's mixed mode: page 1 colour (JPEG in TIFF), page 2 black and white (Group 4)."""
    p1 = raster(pages[0]).resize((1275, 1650), Image.LANCZOS)
    a = np.asarray(p1, dtype=np.float32) * np.array([0.97, 0.96, 0.92]) + np.array([4, 5, 9])
    a = _noise(a, rng, 2.5)
    p1 = Image.fromarray(_u8(a))
    p2 = raster(pages[1]).convert("L")
    g = _noise(_grey(p2.filter(ImageFilter.GaussianBlur(0.7))), rng, 10)
    p2 = Image.fromarray(_u8(g)).point(lambda v: 255 if v > 150 else 0).convert("1")
    with TiffImagePlugin.AppendingTiffWriter(path, True) as tf:
        p1.save(tf, format="TIFF", compression="jpeg", quality=70, dpi=(150, 150))
        tf.newFrame()
        p2.save(tf, format="TIFF", compression="group4", dpi=(200, 200))
        tf.newFrame()


# ---------------------------------------------------------------- image-only PDFs

def _pdf(jpegs, path):
    import img2pdf
    data = img2pdf.convert(jpegs, nodate=True, engine=img2pdf.Engine.internal)
    with open(path, "wb") as f:
        f.write(data)


def pdf_adf_line(pages, rng, path):
    """Feeder scan with a speck on the glass: the same dark vertical line down every page."""
    col = int(rng.integers(980, 1100))
    out = []
    for pg in pages:
        im = raster(pg).convert("L")
        im = _rot(im, float(rng.uniform(-0.7, 0.7)), 250)
        a = _grey(im) * 0.95 + 9
        a[:, col:col + 3] *= 0.35
        a[:, col + 3:col + 5] *= 0.75
        a = _noise(a, rng, 2.5)
        b = io.BytesIO()
        Image.fromarray(_u8(a)).save(b, "JPEG", quality=78, dpi=(200, 200))
        out.append(b.getvalue())
    _pdf(out, path)


def pdf_salt(pages, rng, path):
    """A grey scan from a failing sensor: salt-and-pepper specks over a slightly soft page."""
    out = []
    for pg in pages:
        im = raster(pg).convert("L").filter(ImageFilter.GaussianBlur(0.6))
        im = _rot(im, float(rng.uniform(-0.6, 0.6)), 248)
        a = _grey(im) * 0.94 + 10
        m = rng.random(a.shape)
        a[m < 0.004] = 0
        a[m > 0.994] = 255
        b = io.BytesIO()
        Image.fromarray(_u8(a)).save(b, "JPEG", quality=82, dpi=(200, 200))
        out.append(b.getvalue())
    _pdf(out, path)


# ---------------------------------------------------------------- flatbed PNG

def png_lifted(pages, rng, path):
    """Legal-size flatbed scan with the right side lifted off the glass: softer and darker toward the edge."""
    im = raster(pages[0]).convert("L")
    a = _grey(im)
    blur1 = _grey(im.filter(ImageFilter.GaussianBlur(1.2)))
    blur2 = _grey(im.filter(ImageFilter.GaussianBlur(2.0)))
    h, w = a.shape
    x = np.arange(w, dtype=np.float32)
    t = np.clip((x - w * 0.62) / (w * 0.38), 0, 1)[None, :]
    soft = np.where(t < 0.5, a * (1 - 2 * t) + blur1 * 2 * t, blur1 * (2 - 2 * t) + blur2 * (2 * t - 1))
    shade = 1 - 0.38 * t ** 1.6
    out = soft * shade * 0.97 + 5
    out = _noise(out, rng, 1.2)
    Image.fromarray(_u8(out)).save(path, optimize=True, dpi=(200, 200))


# ---------------------------------------------------------------- phone photos

def _place(page_im, rng, bg, deg, out_size, scale, offset):
    """Put a page on a background at an angle; return the photo and the page's transform."""
    W, H = out_size
    pw, ph = int(page_im.width * scale), int(page_im.height * scale)
    pim = page_im.resize((pw, ph), Image.LANCZOS).convert("RGBA")
    pim = pim.rotate(deg, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("L", pim.size, 0)
    shadow.paste(pim.split()[3].point(lambda v: 120 if v > 0 else 0))
    shadow = shadow.filter(ImageFilter.GaussianBlur(14))
    photo = bg.copy().convert("RGB")
    ox, oy = offset
    photo.paste((20, 20, 20), (ox + 12, oy + 16), shadow)
    photo.paste(pim, (ox, oy), pim)
    return photo


def _finish(photo, rng, path, cast=(1.0, 1.0, 1.0), blur=0.8, sigma=4.0, quality=86):
    a = np.asarray(photo.filter(ImageFilter.GaussianBlur(blur)), dtype=np.float32) * np.array(cast, np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r = np.sqrt(((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2)
    a *= (1 - 0.22 * r ** 2)[..., None]
    a = _noise(a, rng, sigma)
    Image.fromarray(_u8(a)).save(path, "JPEG", quality=quality, optimize=True)


def _bg(size, base, rng, grain=6.0):
    W, H = size
    a = np.ones((H, W, 3), np.float32) * np.array(base, np.float32)
    a = _noise(a, rng, grain)
    return Image.fromarray(_u8(a)).filter(ImageFilter.GaussianBlur(1.5))


def jpg_fingers(pages, rng, path):
    """Held up in one hand from behind: four fingertips over the left edge, the page bowed."""
    im = raster(pages[0])
    a = np.asarray(im, dtype=np.float32)
    h, w = a.shape[:2]
    # bow: each column sinks by a curve, darker toward the right where the page turns away
    xs = np.arange(w)
    dy = (28 * np.sin(np.pi * xs / w)).astype(int)
    out = np.full_like(a, 255)
    for x in range(w):
        d = dy[x]
        out[d:, x] = a[:h - d, x] if d > 0 else a[:, x]
    shade = (1 - 0.16 * (xs / w) ** 2)[None, :, None]
    page = Image.fromarray(_u8(out * shade))
    bg = _bg((2300, 2900), (58, 64, 60), rng, 9)       # a dark sofa
    photo = _place(page, rng, bg, -1.6, (2300, 2900), 1.12, (190, 160))
    d = ImageDraw.Draw(photo)
    skin = (214, 164, 134)
    # fingertips: the page's left edge is at about x=190..200 in the photo
    for k, fy in enumerate([1050, 1185, 1320, 1445]):
        ex = 135 + 8 * k
        box = [ex, fy, ex + 150 - 10 * k, fy + 112 - 6 * k]
        d.ellipse([box[0] + 10, box[1] + 14, box[2] + 14, box[3] + 16], fill=(95, 90, 85))   # its shadow
        d.ellipse(box, fill=skin)
        d.ellipse([box[2] - 58, box[1] + 22, box[2] - 12, box[3] - 22], fill=(232, 196, 178))  # nail
        d.rectangle([0, box[1] + 8, box[0] + 40, box[3] - 6], fill=skin)
    _finish(photo, rng, path, cast=(1.02, 1.0, 0.94), blur=1.0, sigma=4.5)


def jpg_glare(pages, rng, path):
    """Glossy paper under an office ceiling: two fluorescent tubes reflected as long parallel bars."""
    page = raster(pages[0])
    bg = _bg((2150, 2650), (150, 132, 108), rng, 5)     # a laminate desk
    photo = _place(page, rng, bg, 0.9, (2150, 2650), 1.08, (150, 120))
    a = np.asarray(photo, dtype=np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = math.radians(58)
    dist = xx * math.sin(ang) - yy * math.cos(ang)
    glare = np.zeros((h, w), np.float32)
    for c in (float(rng.uniform(-60, 0)), float(rng.uniform(330, 390))):
        dd = dist - c
        glare += 0.7 * np.exp(-(dd / 38) ** 2) + 0.22 * np.exp(-(dd / 140) ** 2)
    along = xx * math.cos(ang) + yy * math.sin(ang)
    glare *= np.clip((along - 300) / 400, 0, 1) * np.clip((2900 - along) / 400, 0, 1)
    glare = np.clip(glare, 0, 0.68)[..., None]
    a = a * (1 - glare) + np.array([248, 252, 255], np.float32) * glare
    _finish(Image.fromarray(_u8(a)), rng, path, cast=(0.98, 1.0, 1.03), blur=0.9, sigma=3.5)


def jpg_glass(pages, rng, path):
    """A glass of water standing on the page: its shadow with a bright caustic crescent, letters lensed under it."""
    page = raster(pages[0])
    cx, cy, r = 1330, 690, 150        # on the page's right side, over the table's money columns
    a = np.asarray(page, dtype=np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # shadow: an ellipse thrown down and left by a lamp up and right
    sx, sy = cx - 170, cy + 150
    e = np.sqrt(((xx - sx) / (r * 1.5)) ** 2 + ((yy - sy) / (r * 1.05)) ** 2)
    sh = np.clip(1.4 - e, 0, 1) * 0.55
    sh = np.asarray(Image.fromarray(_u8(sh * 255)).filter(ImageFilter.GaussianBlur(18)), np.float32) / 255
    ring = np.exp(-((np.sqrt(((xx - sx + 40) / (r * 1.1)) ** 2 + ((yy - sy + 20) / (r * 0.75)) ** 2) - 0.78) / 0.07) ** 2)
    ring *= np.clip((yy - sy + 30) / 90, 0, 1)      # a crescent: only the side away from the lamp
    a = a * (1 - sh[..., None]) + np.minimum(255, a + 120) * (ring * 0.55 * (sh > 0.05))[..., None]
    # lensing inside the base
    rr = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
    inside = rr < r
    k = 1.18
    mx = (cx + (xx - cx) / k).astype(int)
    my = (cy + (yy - cy) / k).astype(int)
    lens = a[np.clip(my, 0, h - 1), np.clip(mx, 0, w - 1)]
    a = np.where(inside[..., None], lens * np.array([0.95, 0.98, 1.0]), a)
    edge = np.exp(-((rr - r) / 5) ** 2)[..., None]
    a = a * (1 - 0.3 * edge)
    page2 = Image.fromarray(_u8(a))
    bg = _bg((2150, 2650), (196, 188, 176), rng, 6)     # a pale counter
    photo = _place(page2, rng, bg, -1.2, (2150, 2650), 1.08, (140, 130))
    _finish(photo, rng, path, cast=(1.03, 1.0, 0.93), blur=0.9, sigma=4)


def jpg_point(pages, rng, path, mark):
    """The member points at the appeal paragraph with an index finger from the right edge; its shadow beside it."""
    page = raster(pages[0])
    s = DPI / 72.0
    x1, y1, x2, y2 = [v * s for v in mark]
    tip = (x2 - 40, y2 + 6)
    d = ImageDraw.Draw(page, "RGBA")
    ang = math.radians(-35)
    L, wd = 1100, 92
    ex, ey = tip[0] + L * math.cos(ang), tip[1] - L * math.sin(ang)
    for off, col in ((24, (0, 0, 0, 70)), (0, (206, 154, 124, 255))):
        d.line([tip[0] + off, tip[1] + off, ex + off, ey + off], fill=col, width=wd)
        d.ellipse([tip[0] + off - wd / 2, tip[1] + off - wd / 2, tip[0] + off + wd / 2, tip[1] + off + wd / 2],
                  fill=col)
    d.ellipse([tip[0] - 30, tip[1] - 40, tip[0] + 34, tip[1] + 14], fill=(228, 190, 170, 255))   # nail
    d.line([tip[0] + 260, tip[1] + 170, tip[0] + 300, tip[1] + 196], fill=(170, 120, 95, 255), width=4)  # knuckle
    bg = _bg((2150, 2650), (74, 92, 120), rng, 7)     # a blue tablecloth
    photo = _place(page, rng, bg, 1.4, (2150, 2650), 1.08, (150, 120))
    _finish(photo, rng, path, cast=(1.04, 0.99, 0.9), blur=1.0, sigma=5)


def jpg_playmat(pages, rng, path):
    """On a child's foam alphabet play mat; a small hand's fingertips on the bottom edge."""
    W, H = 2150, 2700
    bg = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(bg)
    cols = [(214, 70, 64), (64, 148, 214), (246, 196, 60), (90, 180, 100)]
    f = _font("bold", 190)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    n = 0
    for ty in range(0, H, 330):
        for tx in range(0, W, 330):
            c = cols[(tx // 330 + ty // 330) % 4]
            d.rectangle([tx, ty, tx + 330, ty + 330], fill=c)
            for k in range(4):       # the interlocking tabs
                d.rectangle([tx + 40 + k * 70, ty - 12, tx + 70 + k * 70, ty + 12], fill=cols[(tx // 330 + ty // 330 + 1) % 4])
            d.text((tx + 165, ty + 165), letters[n % 26], font=f, fill=(250, 250, 245), anchor="mm")
            n += 1
    bg = Image.fromarray(_u8(_noise(np.asarray(bg, np.float32), rng, 5))).filter(ImageFilter.GaussianBlur(1.2))
    page = raster(pages[0])
    photo = _place(page, rng, bg, 2.2, (W, H), 1.06, (140, 90))
    d = ImageDraw.Draw(photo, "RGBA")
    skin = (233, 186, 160, 255)
    d.ellipse([760, 2480, 1260, 2800], fill=skin)                      # palm below the page
    for k, (fx, fl) in enumerate([(770, 190), (880, 230), (995, 240), (1110, 210)]):
        d.ellipse([fx + 14, 2320 - fl + 40 + 18, fx + 84, 2560], fill=(0, 0, 0, 60))
        d.rounded_rectangle([fx, 2320 - fl + 40, fx + 70, 2560], radius=34, fill=skin)
        d.ellipse([fx + 16, 2320 - fl + 48, fx + 54, 2320 - fl + 92], fill=(244, 210, 196, 255))
    _finish(photo, rng, path, cast=(1.02, 1.0, 0.95), blur=1.0, sigma=4.5)
