"""Set 42's eleven image devices: numpy and Pillow only, each seeded (4200 + notice number)."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps


def _rng(n):
    return np.random.default_rng(4200 + n)


def _persp_coeffs(src, dst):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst to input points src."""
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(b, float)).tolist()


def place(page, bg, corners, shadow=18, shadow_off=(10, 14)):
    """Warp the page onto background bg with its corners at `corners` (tl, tr, br, bl), with a soft shadow."""
    W, H = bg.size
    w, h = page.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    co = _persp_coeffs(src, corners)
    warped = page.convert("RGB").transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    if shadow:
        sh = Image.new("L", (W, H), 0)
        sh.paste(mask, shadow_off)
        sh = sh.filter(ImageFilter.GaussianBlur(shadow))
        arr = np.asarray(bg, float) * (1 - 0.45 * np.asarray(sh, float)[..., None] / 255)
        bg = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    bg = bg.copy()
    bg.paste(warped, (0, 0), mask)
    return bg


def _noise(img, rng, sigma):
    a = np.asarray(img, float)
    a = a + rng.normal(0, sigma, a.shape)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def _jitter_corners(W, H, mx, my, rng, spread):
    base = [(mx, my), (W - mx, my), (W - mx, H - my), (mx, H - my)]
    return [(x + rng.uniform(-spread, spread), y + rng.uniform(-spread, spread)) for x, y in base]


# 02 ------------------------------------------------------------ composite black inkjet, scanned
def composite_black(pages, n):
    rng = _rng(n)
    out = []
    for k, p in enumerate(pages):
        a = np.asarray(p.convert("L"), float) / 255.0          # 1 paper, 0 ink
        ink = 1 - a
        # black cartridge empty: black is built from cyan, magenta and yellow, each slightly off register
        c = np.roll(ink, (0, 1), (0, 1))
        m = np.roll(ink, (1, -1), (0, 1))
        y = np.roll(ink, (-1, 0), (0, 1))
        H = a.shape[0]
        rows = np.arange(H)[:, None]
        # a weak magenta nozzle bank: faint horizontal bands every pass of the head
        band = 0.72 + 0.28 * (((rows // 7) % 9) != 4)
        r = 1 - 0.78 * c
        g = 1 - 0.70 * m * band
        b = 1 - 0.55 * y
        img = np.stack([r, g, b], -1)
        paper = np.array([0.985, 0.975, 0.95])
        img = img * paper * 255
        im = Image.fromarray(img.clip(0, 255).astype(np.uint8)).rotate(
            rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(248, 246, 240))
        im = _noise(im.filter(ImageFilter.GaussianBlur(0.6)), rng, 3)
        out.append(im)
    return out


# 03 ------------------------------------------------------------ golden-hour raking light
def golden_hour(pages, n):
    rng = _rng(n)
    page = pages[0]
    W, H = 1900, 2500
    yy, xx = np.mgrid[0:H, 0:W]
    wood = 70 + 25 * np.sin(xx / 37.0 + 3 * np.sin(yy / 210.0)) + rng.normal(0, 6, (H, W))
    bg = np.stack([wood * 1.05, wood * 0.72, wood * 0.48], -1)
    bg = Image.fromarray(bg.clip(0, 255).astype(np.uint8))
    # raking light shows the paper's tooth
    tooth = Image.fromarray((128 + rng.normal(0, 22, (page.height, page.width))).clip(0, 255).astype(np.uint8))
    tooth = tooth.filter(ImageFilter.GaussianBlur(1.2)).filter(ImageFilter.EMBOSS)
    pa = np.asarray(page, float) * (0.92 + 0.08 * np.asarray(tooth, float)[..., None] / 255)
    page = Image.fromarray(pa.clip(0, 255).astype(np.uint8))
    corners = _jitter_corners(W, H, 110, 130, rng, 45)
    im = place(page, bg, corners, shadow=30, shadow_off=(40, 10))
    a = np.asarray(im, float)
    # low warm sun from the left: gold, falling to a cool dusk on the right
    t = (xx / W)[..., None]
    warm = np.array([1.18, 0.93, 0.62]) * (1 - t) + np.array([0.52, 0.55, 0.66]) * t
    gain = 1.08 - 0.55 * t ** 1.4
    a = a * warm * gain
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return [_noise(out.filter(ImageFilter.GaussianBlur(0.8)), rng, 5)]


# 06 ------------------------------------------------------------ a glass of water standing on the page
def water_glass(pages, n, mark_y):
    rng = _rng(n)
    page = pages[0].convert("RGB")
    a = np.asarray(page, float)
    H, W = a.shape[:2]
    cx, cy, R = 1150, mark_y + 190, 210
    yy, xx = np.mgrid[0:H, 0:W]
    dx, dy = xx - cx, yy - cy
    r = np.sqrt(dx ** 2 + dy ** 2)
    inside = r < R
    # seen through the water the text under the glass is magnified toward the rim and slightly displaced
    k = 1 / (1.35 + 0.25 * (r / R) ** 2)
    sx = (cx + dx * k + 6).astype(int).clip(0, W - 1)
    sy = (cy + dy * k - 4).astype(int).clip(0, H - 1)
    b = a.copy()
    b[inside] = a[sy[inside], sx[inside]] * np.array([0.93, 0.97, 1.0])
    # rim: a bright thin highlight and a darker refracting band, a caustic crescent on the far side
    rim = np.exp(-((r - R) / 5.0) ** 2)
    band = np.exp(-((r - R + 18) / 9.0) ** 2)
    b = b * (1 - 0.35 * band[..., None]) + 90 * rim[..., None]
    caus = np.exp(-(((dx - 160) ** 2 + (dy + 40) ** 2) / (2 * 55 ** 2))) * (r > R) * (r < R + 160)
    b = b + 70 * caus[..., None] * np.array([1.0, 0.95, 0.75])
    sh = np.exp(-(((dx + 40) ** 2 + (dy - 60) ** 2) ** 0.5 - R - 20) ** 2 / (2 * 30 ** 2)) * (r > R)
    b = b * (1 - 0.25 * sh[..., None])
    # a wet ring where the glass stood first
    r2 = np.sqrt((xx - 420) ** 2 + (yy - (mark_y + 420)) ** 2)
    ring = np.exp(-((r2 - 190) / 4.0) ** 2)
    b = b * (1 - 0.18 * ring[..., None])
    page = Image.fromarray(b.clip(0, 255).astype(np.uint8))
    Wb, Hb = 1900, 2450
    bg = Image.fromarray((np.full((Hb, Wb, 3), [188, 182, 170]) + rng.normal(0, 4, (Hb, Wb, 3))).clip(0, 255)
                         .astype(np.uint8))
    im = place(page, bg, _jitter_corners(Wb, Hb, 100, 120, rng, 40), shadow=16)
    return [_noise(im.filter(ImageFilter.GaussianBlur(0.7)), rng, 4)]


# 07 ------------------------------------------------------------ a compact camera's CCD smear from a lamp
def ccd_smear(pages, n):
    rng = _rng(n)
    page = pages[0]
    W, H = 1800, 2400
    bg = Image.fromarray((np.full((H, W, 3), [96, 88, 80]) + rng.normal(0, 5, (H, W, 3))).clip(0, 255)
                         .astype(np.uint8))
    im = place(page, bg, [(150, 230), (1640, 190), (1700, 2320), (120, 2350)], shadow=20)
    a = np.asarray(im, float)
    yy, xx = np.mgrid[0:H, 0:W]
    lx, ly = 1420, 70
    glow = np.exp(-(((xx - lx) ** 2 + (yy - ly) ** 2) / (2 * 70 ** 2)))
    a = a + 400 * glow[..., None]
    col = np.exp(-((xx - lx) / 9.0) ** 2) + 0.35 * np.exp(-((xx - lx) / 38.0) ** 2)
    a = a + 150 * col[..., None] * np.array([1.0, 0.98, 0.9])
    a = a * np.array([1.02, 1.0, 0.93])
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    return [_noise(out, rng, 6)]


# 08 ------------------------------------------------------------ large print through a sheet feeder
def large_print_feeder(pages, n):
    rng = _rng(n)
    out = []
    for k, p in enumerate(pages):
        g = p.convert("L")
        ang = [0.7, -1.3, 2.1][k % 3]
        g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(g, float)
        # the feeder's leading-edge shadow and a slightly grey scanner lid
        a[:18] *= 0.55
        a = a * 0.97 + 2
        g = Image.fromarray(a.clip(0, 255).astype(np.uint8)).resize((1275, 1650), Image.LANCZOS)
        out.append(_noise(g.filter(ImageFilter.GaussianBlur(0.5)), rng, 3))
    return out


# 10 ------------------------------------------------------------ a concrete step at noon, a corner lifting
def concrete_noon(pages, n):
    rng = _rng(n)
    page = pages[0]
    W, H = 1900, 2500
    base = 150 + rng.normal(0, 14, (H, W))
    base = np.asarray(Image.fromarray(base.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.5)),
                      float)
    pebbles = (rng.random((H, W)) < 0.004).astype(float)
    pebbles = np.asarray(Image.fromarray((pebbles * 255).astype(np.uint8)).filter(ImageFilter.MaxFilter(5)), float)
    conc = base - 0.25 * pebbles
    bg = Image.fromarray(np.stack([conc, conc * 0.98, conc * 0.94], -1).clip(0, 255).astype(np.uint8))
    # the top-right corner of the page lifts: fold a triangle back and shade it
    p = page.convert("RGB").copy()
    d = ImageDraw.Draw(p)
    w, h = p.size
    tri = [(w - 260, 0), (w, 0), (w, 260)]
    d.polygon(tri, fill=(205, 205, 200))
    d.line([(w - 260, 0), (w, 260)], fill=(150, 150, 145), width=3)
    im = place(p, bg, _jitter_corners(W, H, 100, 120, rng, 30), shadow=6, shadow_off=(4, 6))
    a = np.asarray(im, float)
    # hard noon sun: everything bright, paper near clipping, the step's edge casting a crisp shadow band
    a = (a - 40) * 1.35 + 40
    yy, xx = np.mgrid[0:H, 0:W]
    edge = (yy > 2300 + 0.03 * xx)
    a[edge] *= 0.45
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return [_noise(out.filter(ImageFilter.GaussianBlur(0.6)), rng, 5)]


# 11 ------------------------------------------------------------ a scanner with failing sensor cells
def salt_pepper(pages, n):
    rng = _rng(n)
    g = pages[0].convert("L").rotate(-0.8, resample=Image.BICUBIC, fillcolor=250)
    a = np.asarray(g, float) * 0.95 + 6
    u = rng.random(a.shape)
    a[u < 0.006] = 0
    a[u > 0.994] = 255
    g = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return [g]


# 13 ------------------------------------------------------------ on a terrycloth towel, the page sagging
def towel(pages, n):
    rng = _rng(n)
    page = pages[0]
    W, H = 1900, 2500
    loops = rng.random((H // 3, W // 3))
    loops = np.asarray(Image.fromarray((loops * 255).astype(np.uint8)).resize((W, H), Image.NEAREST)
                       .filter(ImageFilter.GaussianBlur(1.6)), float) / 255
    tex = 0.55 + 0.45 * loops
    bg = np.stack([60 * tex, 150 * tex, 150 * tex], -1)
    bg = Image.fromarray(bg.clip(0, 255).astype(np.uint8))
    # the page sags into the towel: gentle waves across it
    p = np.asarray(page.convert("RGB"))
    h, w = p.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    sy = (yy + 9 * np.sin(xx / 160.0 + yy / 400.0)).astype(int).clip(0, h - 1)
    sx = (xx + 6 * np.sin(yy / 210.0)).astype(int).clip(0, w - 1)
    p = p[sy, sx]
    shade = 0.9 + 0.1 * np.sin(xx / 160.0 + yy / 400.0 + 1.2)
    p = (p * shade[..., None]).clip(0, 255).astype(np.uint8)
    im = place(Image.fromarray(p), bg, _jitter_corners(W, H, 110, 130, rng, 50), shadow=14)
    a = np.asarray(im, float) * np.array([1.0, 0.98, 0.92])
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    return [_noise(out, rng, 5)]


# 14 ------------------------------------------------------------ a dusty shoe print across a scanned page
def shoe_print(pages, n):
    rng = _rng(n)
    g = pages[0].convert("L")
    W, H = g.size
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    # sole outline: forefoot and heel, tilted, across the lower half
    sole = Image.new("L", (520, 1250), 0)
    sd = ImageDraw.Draw(sole)
    sd.ellipse([10, 0, 510, 620], fill=255)
    sd.rectangle([60, 300, 460, 800], fill=255)
    sd.ellipse([70, 830, 450, 1240], fill=255)
    tread = Image.new("L", sole.size, 0)
    td = ImageDraw.Draw(tread)
    for y in range(0, 1250, 34):
        for x in range(-40, 560, 60):
            td.line([(x, y), (x + 30, y + 17), (x + 60, y)], fill=255, width=9)
    sole = Image.fromarray((np.asarray(sole, float) * np.asarray(tread, float) / 255).astype(np.uint8))
    sd = ImageDraw.Draw(sole)
    sd.rectangle([60, 800, 460, 830], fill=0)
    sole = sole.rotate(28, expand=True, resample=Image.BICUBIC)
    m.paste(sole, (520, 430))
    dust = rng.random((H, W)) < 0.55
    ma = np.asarray(m.filter(ImageFilter.GaussianBlur(1.5)), float) / 255 * dust
    a = np.asarray(g, float)
    a = a * (1 - 0.28 * ma) + 0 * ma
    a = a * 0.97 + 5
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8)).rotate(0.5, resample=Image.BICUBIC, fillcolor=252)
    return [out]


# 16 ------------------------------------------------------------ a cheap document camera's Bayer demosaic
def bayer(pages, n):
    rng = _rng(n)
    page = pages[0].convert("RGB").resize((1190, 1540), Image.LANCZOS)
    W, H = 1300, 1680
    bg = Image.new("RGB", (W, H), (58, 62, 70))
    im = place(page, bg, [(60, 80), (1240, 62), (1252, 1622), (48, 1640)], shadow=8)
    a = np.asarray(im, float)
    mosaic = np.zeros(a.shape[:2])
    mosaic[0::2, 0::2] = a[0::2, 0::2, 0]
    mosaic[0::2, 1::2] = a[0::2, 1::2, 1]
    mosaic[1::2, 0::2] = a[1::2, 0::2, 1]
    mosaic[1::2, 1::2] = a[1::2, 1::2, 2]
    # a naive nearest-neighbour demosaic: each 2x2 cell shares its R, G and B: zipper edges and colour fringes
    r = np.repeat(np.repeat(mosaic[0::2, 0::2], 2, 0), 2, 1)
    g1 = np.repeat(np.repeat(mosaic[0::2, 1::2], 2, 0), 2, 1)
    g2 = np.repeat(np.repeat(mosaic[1::2, 0::2], 2, 0), 2, 1)
    g = np.where((np.arange(a.shape[0]) % 2 == 0)[:, None], g1, g2)
    b = np.repeat(np.repeat(mosaic[1::2, 1::2], 2, 0), 2, 1)
    out = np.stack([r, g, b], -1)[:a.shape[0], :a.shape[1]]
    out = out * np.array([1.04, 1.0, 0.9])
    return [Image.fromarray(out.clip(0, 255).astype(np.uint8))]


# 18 ------------------------------------------------------------ a phone's infrared night camera
def infrared(pages, n):
    rng = _rng(n)
    page = pages[0].convert("L")
    W, H = 1500, 1950
    bg = Image.new("L", (W, H), 25)
    im = place(page.convert("RGB"), bg.convert("RGB"), _jitter_corners(W, H, 80, 100, rng, 45), shadow=0)
    a = np.asarray(im.convert("L"), float)
    yy, xx = np.mgrid[0:H, 0:W]
    # the IR emitter's hot spot, falling off fast toward the corners
    spot = np.exp(-(((xx - 700) ** 2) / (2 * 520 ** 2) + ((yy - 900) ** 2) / (2 * 700 ** 2)))
    a = a * (0.30 + 0.85 * spot)
    a = a + rng.normal(0, 11, a.shape)
    a = np.asarray(Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0)), float)
    rgb = np.stack([a * 0.88, a * 1.0, a * 0.9], -1)
    return [Image.fromarray(rgb.clip(0, 255).astype(np.uint8))]


DEVICES = {
    "composite_black": composite_black, "golden_hour": golden_hour, "water_glass": water_glass,
    "ccd_smear": ccd_smear, "large_print_feeder": large_print_feeder, "concrete_noon": concrete_noon,
    "salt_pepper": salt_pepper, "towel": towel, "shoe_print": shoe_print, "bayer": bayer, "infrared": infrared,
}
