"""The devices of set 22 (FICTIONAL notices), numpy and Pillow only, every one seeded: phone cameras, scanners and
fax machines that turn a rendered page into what a member would hold."""
import glob
import math
import os
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

LIB = "/usr/share/fonts/truetype/liberation2/"
DJV = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------------------------------------------------------
# basics
def raster(pdf, dpi, gray=False, xdpi=None, ydpi=None):
    """Every page of a PDF as PIL images (RGB, or L when gray)."""
    with tempfile.TemporaryDirectory() as td:
        args = ["pdftoppm"]
        if xdpi:
            args += ["-rx", str(xdpi), "-ry", str(ydpi)]
        else:
            args += ["-r", str(dpi)]
        args += ["-gray"] if gray else []
        args += ["-aa", "yes", "-aaVector", "yes", pdf, os.path.join(td, "p")]
        subprocess.run(args, check=True)
        files = sorted(glob.glob(os.path.join(td, "p*")))
        return [Image.open(f).copy() for f in files]


def arr(img):
    return np.asarray(img, dtype=np.float32) / 255.0


def img(a, mode=None):
    a = np.clip(a * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return Image.fromarray(a, mode) if mode else Image.fromarray(a)


def smooth(shape, cells, rng, lo=0.0, hi=1.0):
    """A smooth random field: a coarse grid of random values resized up bicubically (floating point)."""
    h, w = shape
    gh, gw = max(2, int(cells * h / max(h, w)) + 2), max(2, int(cells * w / max(h, w)) + 2)
    g = rng.random((gh, gw)).astype(np.float32)
    f = Image.fromarray(g, "F").resize((w, h), Image.BICUBIC)
    a = np.asarray(f, dtype=np.float32)
    a = (a - a.min()) / max(1e-6, a.max() - a.min())
    return lo + (hi - lo) * a


def coeffs(dst, src):
    """PIL PERSPECTIVE coefficients: maps output points dst to input points src (4 pairs)."""
    m, v = [], []
    for (x, y), (u, w) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -w * x, -w * y])
        v += [u, w]
    return np.linalg.solve(np.array(m, dtype=np.float64), np.array(v, dtype=np.float64)).tolist()


def place(bg, page, corners, shadow=None):
    """Put a page (PIL RGB) onto a background (PIL RGB) with its corners (TL, TR, BR, BL) at given points."""
    w, h = page.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    c = coeffs(corners, src)
    warped = page.transform(bg.size, Image.PERSPECTIVE, c, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(bg.size, Image.PERSPECTIVE, c, Image.BILINEAR)
    if shadow:
        dx, dy, blur, strength = shadow
        sh = mask.filter(ImageFilter.GaussianBlur(blur))
        sh = Image.fromarray(np.roll(np.roll(np.asarray(sh), dy, 0), dx, 1))
        b = arr(bg) * (1 - strength * arr(sh)[..., None])
        bg = img(b)
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    return out, arr(mask)


def grain(a, sigma, rng, chroma=0.3):
    """Sensor noise: luminance noise and a little chroma noise."""
    h, w = a.shape[:2]
    n = rng.normal(0, sigma, (h, w, 1)).astype(np.float32)
    if a.ndim == 3:
        n = n + rng.normal(0, sigma * chroma, (h, w, 3)).astype(np.float32)
        return a + n
    return a + n[..., 0]


def jpeg(pil, path, quality, exif=None, subsampling=2):
    kw = {"quality": quality, "subsampling": subsampling, "optimize": True}
    if exif is not None:
        kw["exif"] = exif
    pil.save(path, "JPEG", **kw)


def camera_exif(make, model, orientation=1):
    e = Image.Exif()
    e[0x010F] = make
    e[0x0110] = model
    e[0x0112] = orientation
    e[0x0131] = "FICTIONAL sample camera"
    return e


# ---------------------------------------------------------------------------------------------------------------
# 01: a phone photo under LED ceiling lights whose flicker the rolling shutter caught as bands
def led_flicker(page, seed):
    rng = np.random.default_rng(seed)
    W, H = 3024, 4032
    mat = np.ones((H, W, 3), np.float32) * np.array([0.36, 0.37, 0.39], np.float32)
    mat *= smooth((H, W), 6, rng, 0.9, 1.08)[..., None]
    mat = grain(mat, 0.02, rng)
    bg = img(mat)
    pw, ph = page.size
    s = 3330 / ph
    x0, y0 = 200, 330
    corners = [(x0 + 60, y0 + 40), (x0 + 60 + pw * s * 0.975, y0 + 10), (x0 + 30 + pw * s * 0.99, y0 + ph * s * 1.02),
               (x0 - 10, y0 + ph * s * 1.005)]
    out, mask = place(bg, page, corners, shadow=(14, 18, 25, 0.35))
    a = arr(out)
    yy = np.arange(H, dtype=np.float32)[:, None]
    band = 0.5 + 0.5 * np.sin(2 * np.pi * yy / 590.0 + 0.7) + 0.15 * np.sin(2 * np.pi * yy / 211.0)
    band = np.clip(band, 0, 1.0)
    depth = 0.21
    light = 1.0 - depth * band
    tint = np.concatenate([1.0 + 0.02 * band, 1.0 - 0.035 * band, 1.0 + 0.01 * band], axis=1)[:, None, :]
    a = a * light[..., None] * tint
    a = a * smooth((H, W), 3, rng, 0.92, 1.04)[..., None]
    a = a * np.array([1.0, 0.99, 0.96], np.float32)
    a = grain(a, 0.018, rng)
    return img(a).filter(ImageFilter.GaussianBlur(0.9))


# ---------------------------------------------------------------------------------------------------------------
# 02: a fax whose feed roller slipped: bands of the page squeezed and stretched, and a skew that grows
def fax_slip(page_l, seed, header):
    rng = np.random.default_rng(seed)
    a = arr(page_l)
    h, w = a.shape
    rate = 1.0 + np.repeat(rng.normal(0, 1, h // 60 + 2), 60)[:h] * 0.0
    # three slips: where the roller slipped the page moved on more slowly (lines repeated) or jumped (lines lost)
    for start, length, r in ((int(h * 0.22), 70, 0.72), (int(h * 0.47), 55, 1.35), (int(h * 0.71), 90, 0.8)):
        rate[start:start + length] = r
    src = np.cumsum(rate) - rate[0]
    src = np.clip(src, 0, h - 1).astype(np.int64)
    b = a[src]
    # skew that grows down the page (the sheet turned as it was pulled), with a small wobble
    shift = (np.arange(h) / h) ** 1.4 * 38 + np.sin(np.arange(h) / 37.0) * 0.8
    out = np.ones_like(b)
    for y in range(h):
        s = int(round(shift[y]))
        out[y, s:] = b[y, :w - s] if s > 0 else b[y]
    thr = 0.55 + rng.normal(0, 0.04, out.shape).astype(np.float32)
    bw = out > thr
    speck = rng.random(out.shape) < 0.0006
    bw[speck] = False
    pil = Image.fromarray((bw * 255).astype(np.uint8), "L")
    if pil.size[0] != 1728:  # a fax line is 1728 pixels wide
        c = Image.new("L", (1728, h), 255)
        c.paste(pil, ((1728 - pil.size[0]) // 2, 0))
        pil = c
    d = ImageDraw.Draw(pil)
    f = ImageFont.truetype(LIB + "LiberationMono-Regular.ttf", 22)
    d.rectangle([0, 0, pil.size[0], 34], fill=255)
    d.text((16, 6), header, font=f, fill=0)
    return pil.convert("1", dither=Image.NONE)


def save_fax(pages, path, dpi):
    pages[0].save(path, "TIFF", compression="group3", dpi=dpi, save_all=True, append_images=pages[1:])


# ---------------------------------------------------------------------------------------------------------------
# 03: a carbonless (NCR) member copy: the form printed in red, the fill-in pressed through in pale blue
def carbonless(page_rgb, seed):
    """page_rgb: labels drawn in pure red (#cc0000), values in pure blue (#0000cc), rules red."""
    rng = np.random.default_rng(seed)
    a = arr(page_rgb)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    red_ink = np.clip((r - g) * 1.25, 0, 1) * (b < 0.6)
    blue_ink = np.clip((b - r) * 1.25, 0, 1) * (r < 0.6)
    black_ink = np.clip(1 - np.maximum(np.maximum(r, g), b), 0, 1)
    h, w = r.shape
    blue_ink = np.roll(np.roll(blue_ink, 4, 0), -3, 1)  # the copy sheet sat a little off the form
    pressure = smooth((h, w), 9, rng, 0.48, 0.92)
    pressure *= smooth((h, w), 40, rng, 0.8, 1.0)
    paper = np.array([0.98, 0.93, 0.62], np.float32) * smooth((h, w), 5, rng, 0.96, 1.01)[..., None]
    out = paper.copy()
    form = np.array([0.62, 0.14, 0.16], np.float32)
    copy = np.array([0.24, 0.33, 0.72], np.float32)
    out = out * (1 - red_ink[..., None]) + form * red_ink[..., None]
    bi = (blue_ink * pressure)[..., None]
    out = out * (1 - bi) + copy * bi
    out = out * (1 - black_ink[..., None] * 0.85)
    # fibres of cheap copy paper and the scanner's noise
    out = grain(out, 0.012, rng)
    pil = img(out).rotate(-0.7, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 248))
    return pil.filter(ImageFilter.GaussianBlur(0.5))


# ---------------------------------------------------------------------------------------------------------------
# 04: a letter held up against a window: backlit, the back page's print showing through mirrored
def backlit(front, back, seed):
    rng = np.random.default_rng(seed)
    W, H = 3000, 4000
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    sky = np.stack([0.86 + 0.1 * yy / H, 0.92 + 0.06 * yy / H, 0.99 + 0 * yy], -1)
    sky[:, 1380:1470] *= 0.42  # the window's mullion
    bg = img(np.clip(sky, 0, 1))
    f, bk = arr(front), arr(back)
    ink_back = 1 - bk.mean(-1)
    ink_back = ink_back[:, ::-1]  # seen through the sheet, mirrored
    ink_back = arr(img(np.ascontiguousarray(ink_back), "L").filter(ImageFilter.GaussianBlur(2.2)))
    ph, pw = ink_back.shape
    paper = 0.84 * smooth((ph, pw), 4, rng, 0.93, 1.04)
    comp = f * paper[..., None] - 0.17 * ink_back[..., None]
    comp *= np.array([1.0, 0.985, 0.95], np.float32)
    page = img(np.clip(comp, 0, 1))
    s = 3560 / ph
    x0, y0 = 200, 230
    corners = [(x0 + 40, y0), (x0 + pw * s - 10, y0 + 35), (x0 + pw * s + 25, y0 + ph * s - 10),
               (x0 + 5, y0 + ph * s + 20)]
    out, mask = place(bg, page, corners)
    a = arr(out)
    # the mullion's shadow seen through the paper, and the paper's own sag
    a[:, 1380:1470] *= np.where(mask[:, 1380:1470, None] > 0.5, 0.9, 1.0)
    # fingers holding the sheet at both sides: long ovals, lit from behind, shaded toward their edges
    for cx, cy, rx, ry, ang in ((60, 2120, 230, 62, 8), (70, 2255, 240, 60, 2), (40, 2385, 220, 58, -5),
                                (2955, 1860, 235, 60, -6), (2960, 1990, 245, 62, 0), (2975, 2120, 225, 58, 6)):
        m = Image.new("L", (W, H), 0)
        ImageDraw.Draw(m).ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=255)
        m = m.rotate(ang, center=(cx, cy)).filter(ImageFilter.GaussianBlur(6))
        mm = arr(m)[..., None]
        core = arr(m.filter(ImageFilter.GaussianBlur(40)))[..., None]
        skin = np.array([0.55, 0.36, 0.28], np.float32) * (0.75 + 0.35 * core)
        a = a * (1 - mm) + skin * mm
    a = grain(a, 0.02, rng)
    return img(a)


# ---------------------------------------------------------------------------------------------------------------
# 05: a laser print whose drum left a ghost of the page lower down and a faded toner band, scanned at 300 dpi
def laser_ghost(page_l, seed, drum_px=1110):
    rng = np.random.default_rng(seed)
    a = arr(page_l)
    ink = 1 - a
    h, w = ink.shape
    ghost = np.zeros_like(ink)
    ghost[drum_px:] = ink[:-drum_px]
    x = np.arange(w, dtype=np.float32)
    band = 1 - 0.55 * np.exp(-((x - w * 0.63) / (w * 0.045)) ** 2)
    ink2 = np.clip(ink * band[None, :] + 0.13 * ghost, 0, 1)
    ink2 *= smooth((h, w), 30, rng, 0.85, 1.0)
    out = 0.95 - ink2 * 0.88
    out = grain(out, 0.015, rng)
    pil = img(out, "L").rotate(0.35, resample=Image.BICUBIC, expand=False, fillcolor=240)
    return pil.filter(ImageFilter.GaussianBlur(0.45))


# ---------------------------------------------------------------------------------------------------------------
# 06: a page lying on an open newspaper, photographed from above in daylight
NEWS_WORDS = ("council harbour festival rain bridge library volunteers weekend market school board vote season "
              "orchard road repairs river trail museum exhibit choir fundraiser bakery parade neighbours opened "
              "closed plans residents said mayor committee evening morning local team coach players won lost "
              "garden club members autumn winter lights downtown shops hours traffic detour crews expect finish "
              "ferry schedule students science fair winners judges pottery studio gallery farmers prices apples").split()


def newsprint(W, H, rng):
    base = np.ones((H, W, 3), np.float32) * np.array([0.86, 0.85, 0.8], np.float32)
    pil = img(base)
    d = ImageDraw.Draw(pil)
    body = ImageFont.truetype(LIB + "LiberationSerif-Regular.ttf", 30)
    head = ImageFont.truetype(LIB + "LiberationSerif-Bold.ttf", 78)
    colw, gap = 560, 44
    x = 40
    while x < W:
        y = 40
        if rng.random() < 0.5:
            words = " ".join(rng.choice(NEWS_WORDS, 3)).title()
            d.text((x, y), words, font=head, fill=(30, 30, 30))
            y += 110
        while y < H - 40:
            line, lw = [], 0
            while True:
                wd = str(rng.choice(NEWS_WORDS))
                tw = d.textlength(wd + " ", font=body)
                if lw + tw > colw:
                    break
                line.append(wd)
                lw += tw
            d.text((x, y), " ".join(line), font=body, fill=(45, 45, 45))
            y += 38
            if rng.random() < 0.04:
                y += 60
        x += colw + gap
    return pil


def on_newspaper(page, seed):
    rng = np.random.default_rng(seed)
    W, H = 4032, 3024
    bg = newsprint(W, H, rng).rotate(-3, resample=Image.BICUBIC, fillcolor=(215, 212, 200))
    pw, ph = page.size
    s = 2880 / ph
    x0, y0 = 1010, 60
    corners = [(x0 + 30, y0 + 20), (x0 + pw * s + 60, y0 - 10), (x0 + pw * s + 110, y0 + ph * s - 30),
               (x0 + 20, y0 + ph * s + 15)]
    out, mask = place(bg, page, corners, shadow=(-22, 26, 30, 0.35))
    a = arr(out)
    a *= smooth((H, W), 3, rng, 0.88, 1.05)[..., None] * np.array([0.97, 1.0, 1.04], np.float32)
    a = grain(a, 0.015, rng)
    return img(a).filter(ImageFilter.GaussianBlur(0.8))


# ---------------------------------------------------------------------------------------------------------------
# 07: a page torn across and taped back together, photographed on a green cutting mat
def torn_taped(page, seed, tear_frac=0.47):
    rng = np.random.default_rng(seed)
    a = arr(page)
    ph, pw = a.shape[:2]
    y0 = int(ph * tear_frac)
    walk = np.cumsum(rng.normal(0, 1.6, pw)) + np.sin(np.arange(pw) / 90.0) * 9
    walk = walk - np.linspace(walk[0], walk[-1], pw) + np.linspace(-18, 22, pw)
    edge = (y0 + walk).astype(int)
    yy = np.arange(ph)[:, None]
    top_mask = yy < edge[None, :]
    top = np.where(top_mask[..., None], a, 1.0)
    bot = np.where(~top_mask[..., None], a, 1.0)
    bot_pil = img(bot).rotate(0.55, resample=Image.BICUBIC, center=(pw / 2, y0), fillcolor=(255, 255, 255))
    bot = np.roll(np.roll(arr(bot_pil), 7, 0), 9, 1)
    bot_mask = np.roll(np.roll(~top_mask, 7, 0), 9, 1)
    comp = np.where(bot_mask[..., None], bot * 0.955, top)
    # the lower piece sits a hair lower and casts a thin shadow along its torn edge
    edge2 = np.roll(edge, 9) + 7
    rim = (yy >= edge2[None, :] - 1) & (yy <= edge2[None, :] + 1)
    comp = np.where(rim[..., None], comp * 0.62, comp)
    # the torn fibres: a pale ragged strip along the edge
    fib = np.abs(yy - edge[None, :] - 3) < (1 + rng.random((ph, pw)) * 2.5)
    comp = np.where(fib[..., None], np.maximum(comp, 0.97), comp)
    # three strips of clear tape across the tear
    for cx in (int(pw * 0.18), int(pw * 0.52), int(pw * 0.84)):
        x1, x2 = cx - 95, cx + 95
        ya, yb = y0 - 170, y0 + 170
        seg = comp[ya:yb, x1:x2]
        seg = seg * np.array([0.985, 0.975, 0.9], np.float32) + 0.05
        sheen = np.exp(-((np.arange(x2 - x1) - 60) / 14.0) ** 2)[None, :, None] * 0.12
        seg = np.clip(seg + sheen, 0, 1)
        seg[:3] *= 0.82
        seg[-3:] *= 0.82
        comp[ya:yb, x1:x2] = seg
    page2 = img(np.clip(comp, 0, 1))
    W, H = 3024, 4032
    matc = np.ones((H, W, 3), np.float32) * np.array([0.13, 0.36, 0.27], np.float32)
    matc[::150, :] = [0.5, 0.7, 0.6]
    matc[:, ::150] = [0.5, 0.7, 0.6]
    bg = img(grain(matc, 0.02, rng)).filter(ImageFilter.GaussianBlur(1.2))
    s = 3650 / ph
    x0, y0p = 150, 170
    corners = [(x0, y0p + 35), (x0 + pw * s - 30, y0p), (x0 + pw * s + 10, y0p + ph * s + 10),
               (x0 + 20, y0p + ph * s - 25)]
    out, mask = place(bg, page2, corners, shadow=(12, 14, 18, 0.4))
    a = arr(out) * smooth((H, W), 3, rng, 0.86, 1.04)[..., None] * np.array([1.02, 1.0, 0.94], np.float32)
    a = grain(a, 0.02, rng)
    return img(a).filter(ImageFilter.GaussianBlur(1.0))


# ---------------------------------------------------------------------------------------------------------------
# 13: a phone screenshot of a PDF viewer in sepia night mode
def sepia_screenshot(pages, title, seed):
    W, H = 1170, 2532
    sep_bg = np.array([0.957, 0.925, 0.847], np.float32)
    sep_ink = np.array([0.357, 0.275, 0.212], np.float32)
    canvas = Image.new("RGB", (W, H), (216, 205, 180))
    d = ImageDraw.Draw(canvas)
    f_bar = ImageFont.truetype(DJV + "DejaVuSans-Bold.ttf", 44)
    f_title = ImageFont.truetype(DJV + "DejaVuSans.ttf", 40)
    d.rectangle([0, 0, W, 300], fill=(236, 226, 200))
    d.text((90, 50), "9:41", font=f_bar, fill=(40, 30, 20))
    d.text((W - 190, 50), "87%", font=f_title, fill=(40, 30, 20))
    d.rounded_rectangle([W - 95, 57, W - 40, 87], radius=6, outline=(40, 30, 20), width=3)
    for i in range(4):
        d.rectangle([W - 330 + i * 22, 85 - i * 9, W - 316 + i * 22, 88], fill=(40, 30, 20))
    d.text((40, 190), "<  Archivos", font=f_title, fill=(120, 80, 30))
    tw = d.textlength(title, font=f_title)
    d.text(((W - tw) / 2, 190), title, font=f_title, fill=(40, 30, 20))
    d.line([0, 299, W, 299], fill=(190, 175, 145), width=2)
    y = 330
    for p in pages:
        a = arr(p.convert("L"))
        col = sep_ink[None, None, :] + (sep_bg - sep_ink)[None, None, :] * a[..., None]
        pp = img(col)
        pw = W - 40
        pp = pp.resize((pw, int(pp.size[1] * pw / pp.size[0])), Image.LANCZOS)
        canvas.paste(pp, (20, y))
        y += pp.size[1] + 24
        if y > H:
            break
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, H - 120, W, H], fill=(236, 226, 200))
    d.rounded_rectangle([W / 2 - 140, H - 30, W / 2 + 140, H - 20], radius=5, fill=(40, 30, 20))
    d.rounded_rectangle([W / 2 - 70, H - 220, W / 2 + 70, H - 150], radius=30, fill=(90, 80, 70))
    d.text((W / 2 - 44, H - 210), "1 / 2", font=f_title, fill=(240, 235, 225))
    return canvas


# ---------------------------------------------------------------------------------------------------------------
# 14: a photo through a smudged lens: a haze of glow round everything, lower contrast, a warm lamp
def smudged_lens(page, seed):
    rng = np.random.default_rng(seed)
    W, H = 3024, 4032
    tab = np.ones((H, W, 3), np.float32) * np.array([0.78, 0.72, 0.6], np.float32)
    tab *= smooth((H, W), 25, rng, 0.93, 1.05)[..., None]
    bg = img(grain(tab, 0.02, rng))
    pw, ph = page.size
    s = 3600 / ph
    x0, y0 = 170, 200
    corners = [(x0 + 70, y0 + 30), (x0 + pw * s + 20, y0), (x0 + pw * s + 60, y0 + ph * s + 20),
               (x0 + 10, y0 + ph * s - 10)]
    out, mask = place(bg, page, corners, shadow=(18, 20, 28, 0.3))
    a = arr(out)
    # a fingerprint's grease spreads light in streaks along the way the finger wiped the glass
    soft = arr(out.filter(ImageFilter.GaussianBlur(10)))
    blur = np.zeros_like(soft)
    for k in range(-4, 5):
        blur += np.roll(np.roll(soft, k * 14, 1), k * 6, 0)
    blur /= 9.0
    del soft
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    blob = np.exp(-(((xx - W * 0.62) / (W * 0.42)) ** 2 + ((yy - H * 0.48) / (H * 0.45)) ** 2))
    hz = 0.22 + 0.4 * blob * smooth((H, W), 5, rng, 0.7, 1.0)
    a = a * (1 - hz[..., None]) + blur * hz[..., None] + 0.04 * hz[..., None]
    a = a * np.array([1.04, 0.98, 0.86], np.float32)
    a = grain(a, 0.018, rng)
    return img(a).filter(ImageFilter.GaussianBlur(0.7))


# ---------------------------------------------------------------------------------------------------------------
# 15: a tri-folded letter half out of its envelope, on a bedspread
def in_envelope(page, seed, cover_frac=0.2, envelope_lines=()):
    rng = np.random.default_rng(seed)
    a = arr(page)
    ph, pw = a.shape[:2]
    yy = np.arange(ph, dtype=np.float32)[:, None]
    for cy, sgn in ((ph / 3.0, 1), (2 * ph / 3.0, -1)):
        dist = (yy - cy) / 18.0
        crease = 1 - 0.09 * np.exp(-dist ** 2) + sgn * 0.03 * np.tanh(dist)
        a = a * crease[..., None]
    page2 = img(np.clip(a, 0, 1))
    W, H = 3024, 4032
    spread = np.ones((H, W, 3), np.float32) * np.array([0.55, 0.42, 0.52], np.float32)
    yy2, xx2 = np.mgrid[0:H, 0:W]
    spread *= (0.92 + 0.08 * (((xx2 // 60 + yy2 // 60) % 2)))[..., None]
    bg = img(grain(spread, 0.03, rng)).filter(ImageFilter.GaussianBlur(2))
    s = 3500 / ph
    x0, y0 = 250, 180
    corners = [(x0 + 20, y0 + 10), (x0 + pw * s + 10, y0 + 40), (x0 + pw * s + 20, y0 + ph * s + 40),
               (x0, y0 + ph * s)]
    out, mask = place(bg, page2, corners, shadow=(15, 15, 20, 0.3))
    # the envelope over the lower part of the letter
    ey = int(y0 + ph * s * (1 - cover_frac))
    env = Image.new("RGB", (int(pw * s) + 260, H - ey + 200), (241, 240, 233))
    ed = ImageDraw.Draw(env)
    f = ImageFont.truetype(LIB + "LiberationSans-Regular.ttf", 44)
    for i, line in enumerate(envelope_lines):
        ed.text((70, 60 + i * 56), line, font=f, fill=(60, 60, 60))
    envm = Image.new("L", env.size, 255)
    sh = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sh).rectangle([x0 - 130, ey - 20, x0 - 130 + env.size[0], H], fill=255)
    sh = sh.filter(ImageFilter.GaussianBlur(30))
    o = arr(out) * (1 - 0.35 * arr(sh)[..., None])
    out = img(o)
    env = env.rotate(-1.2, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    envm = envm.rotate(-1.2, resample=Image.BICUBIC, expand=True, fillcolor=0)
    out.paste(env, (x0 - 130, ey), envm)
    a = arr(out) * smooth((H, W), 3, rng, 0.85, 1.03)[..., None] * np.array([1.03, 1.0, 0.93], np.float32)
    a = grain(a, 0.02, rng)
    return img(a).filter(ImageFilter.GaussianBlur(0.8))


# ---------------------------------------------------------------------------------------------------------------
# 16: a standard-mode fax (204 x 98 dpi) of two pages, the second a landscape table sent sideways
def fax_page(page_l, seed, header, rotate=0):
    rng = np.random.default_rng(seed)
    p = page_l
    if rotate:
        p = p.rotate(rotate, expand=True)
    a = arr(p)
    thr = 0.58 + rng.normal(0, 0.05, a.shape).astype(np.float32)
    bw = a > thr
    speck = rng.random(a.shape) < 0.0008
    bw[speck] = ~bw[speck]
    pil = Image.fromarray((bw * 255).astype(np.uint8), "L")
    d = ImageDraw.Draw(pil)
    f = ImageFont.truetype(LIB + "LiberationMono-Regular.ttf", 22)
    d.rectangle([0, 0, pil.size[0], 14], fill=255)
    # the header is squeezed as a standard-mode page is: draw it tall, squash it to half height
    hd = Image.new("L", (pil.size[0], 30), 255)
    ImageDraw.Draw(hd).text((14, 3), header, font=f, fill=0)
    hd = hd.resize((pil.size[0], 15))
    pil.paste(hd, (0, 0))
    return pil.convert("1", dither=Image.NONE)
