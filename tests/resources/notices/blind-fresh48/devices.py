"""Image devices for set 48 (numpy and Pillow only, seeded by notice number). Each takes the clean page (RGB, Pillow)
and a seed and returns (image, save_kind). None of these kinds appears in tests/resources/README.md (grepped)."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from render import SANSB, font


def coeffs(dst, src):
    """Perspective coefficients mapping output points dst to input points src."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def place(page, bg, quad):
    """Warp page onto bg (RGB array or Image) at quad (tl, tr, br, bl)."""
    W, H = bg.size
    w, h = page.size
    c = coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page.transform((W, H), Image.PERSPECTIVE, c, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new('L', page.size, 255).transform((W, H), Image.PERSPECTIVE, c, Image.BILINEAR, fillcolor=0)
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    return out


def arr(img):
    return np.asarray(img).astype(np.float32)


def img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def light(W, H, cx, cy, r, lo, hi):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    d = np.sqrt(((xx - cx) / r) ** 2 + ((yy - cy) / r) ** 2)
    return (lo + (hi - lo) * np.clip(1 - d, 0, 1) ** 0.7)[..., None]


def noise_bg(W, H, base, amp, rng, blur=2):
    n = rng.normal(0, amp, (H // 4 + 1, W // 4 + 1, 1)).repeat(3, axis=2)
    n = np.asarray(img(n + 128).resize((W, H), Image.BICUBIC).filter(ImageFilter.GaussianBlur(blur))).astype(
        np.float32) - 128
    return img(np.array(base, np.float32)[None, None, :] + n)


# 1 ------------------------------------------------------------------------------------------------------------
def zip_bag(page, seed):
    """A phone photo of the letter kept in a clear zip-top freezer bag: the plastic's crinkles catch the kitchen
    light as bright streaks, a faint haze over the page, the bag's zipper strip across the top."""
    rng = np.random.default_rng(seed)
    W, H = 1900, 2500
    bg = noise_bg(W, H, (168, 150, 128), 10, rng)  # a butcher-block counter
    ph = place(page, bg, [(130, 170), (1770, 140), (1800, 2330), (110, 2360)])
    a = arr(ph)
    a = a * 0.9 + 22  # haze
    streak = Image.new('L', (W, H), 0)
    d = ImageDraw.Draw(streak)
    for _ in range(28):
        x, y = rng.uniform(100, W - 100), rng.uniform(150, H - 150)
        pts = [(x, y)]
        ang = rng.uniform(0, np.pi)
        for _k in range(4):
            ang += rng.normal(0, 0.35)
            L = rng.uniform(60, 220)
            x, y = x + L * np.cos(ang), y + L * np.sin(ang)
            pts.append((x, y))
        d.line(pts, fill=int(rng.uniform(50, 110)), width=int(rng.uniform(8, 18)))
    streak = np.asarray(streak.filter(ImageFilter.GaussianBlur(9))).astype(np.float32)[..., None]
    a = a + streak * 0.6
    # zipper strip: two raised ridges and a pale blue band
    y0 = 95
    a[y0:y0 + 60, :, :] = a[y0:y0 + 60, :, :] * 0.8 + np.array([30, 45, 60])
    for yy in (y0 + 12, y0 + 40):
        a[yy:yy + 6, :, :] = 235
    a *= light(W, H, W * 0.4, H * 0.35, 2600, 0.82, 1.04)
    return img(a), 'jpg'


# 2 ------------------------------------------------------------------------------------------------------------
def fly_screen(page, seed):
    """Taken through a window's fly screen from the porch: a soft dark grid of fine mesh over everything, the
    page a little low in contrast and warm."""
    rng = np.random.default_rng(seed)
    W, H = 1850, 2450
    bg = noise_bg(W, H, (96, 88, 80), 12, rng)  # a porch table
    ph = place(page, bg, [(110, 120), (1740, 150), (1760, 2330), (90, 2320)])
    a = arr(ph)
    a = a * 0.85 + np.array([28, 22, 10])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    p = 8.5
    gx = np.abs(((xx + 0.03 * yy) % p) - p / 2) / (p / 2)
    gy = np.abs(((yy - 0.03 * xx) % p) - p / 2) / (p / 2)
    mesh = np.maximum(np.clip((gx - 0.72) / 0.28, 0, 1), np.clip((gy - 0.72) / 0.28, 0, 1))
    mesh = np.asarray(img(mesh * 255).filter(ImageFilter.GaussianBlur(1.2))).astype(np.float32)[..., None] / 255
    a = a * (1 - 0.38 * mesh) + 30 * 0.38 * mesh
    a *= light(W, H, W * 0.7, H * 0.2, 3000, 0.88, 1.02)
    return img(a).filter(ImageFilter.GaussianBlur(0.6)), 'jpg'


# 3 ------------------------------------------------------------------------------------------------------------
def microfilm(page, seed):
    """A microfilm reader-printer's paper copy from a county records office: grey, grainy, the film's edges dark,
    long light scratches down the frame, the text a soft dark grey."""
    rng = np.random.default_rng(seed)
    g = np.asarray(page.convert('L')).astype(np.float32)
    H, W = g.shape
    small = img(g).resize((W * 55 // 100, H * 55 // 100), Image.BILINEAR).resize((W, H), Image.BICUBIC)
    g = np.asarray(small).astype(np.float32)
    g = 70 + g * (205 - 70) / 255  # toner never fully black, paper never white
    g += rng.normal(0, 11, g.shape)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    edge = np.minimum(np.minimum(xx, W - xx), np.minimum(yy, H - yy))
    g -= 60 * np.clip(1 - edge / 90, 0, 1)
    for _ in range(6):
        x = int(rng.uniform(60, W - 60))
        wdt = int(rng.integers(1, 3))
        y0, y1 = sorted(rng.integers(0, H, 2))
        g[y0:y1, x:x + wdt] += 45
    g = np.asarray(img(g).filter(ImageFilter.GaussianBlur(0.7))).astype(np.float32)
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), 'L'), 'pdf-gray'


# 4 ------------------------------------------------------------------------------------------------------------
def webcam_demosaic(page, seed):
    """A still saved from a cheap USB document webcam during a video visit: the raw Bayer frame demosaiced by the
    crudest method, so every black edge carries a colour zipper; sensor noise; a dim desk round the page."""
    rng = np.random.default_rng(seed)
    W, H = 2000, 2400
    bg = noise_bg(W, H, (70, 72, 78), 6, rng)
    ph = place(page, bg, [(150, 110), (1850, 95), (1880, 2290), (130, 2310)])
    a = arr(ph) * light(W, H, W / 2, H / 2, 2400, 0.8, 1.0)
    # Bayer RGGB mosaic
    mos = np.zeros((H, W), np.float32)
    mos[0::2, 0::2] = a[0::2, 0::2, 0]
    mos[0::2, 1::2] = a[0::2, 1::2, 1]
    mos[1::2, 0::2] = a[1::2, 0::2, 1]
    mos[1::2, 1::2] = a[1::2, 1::2, 2]
    mos += rng.normal(0, 3, mos.shape)
    mos = np.round(mos / 4) * 4  # 6-bit sensor
    # nearest-neighbour demosaic: each 2 x 2 cell gives its R, mean G, B to all four pixels
    R = mos[0::2, 0::2]
    G = (mos[0::2, 1::2] + mos[1::2, 0::2]) / 2
    B = mos[1::2, 1::2]
    # shift the channels' sample positions by one pixel, as the naive method does
    out = np.zeros((H, W, 3), np.float32)
    out[..., 0] = R.repeat(2, 0).repeat(2, 1)
    out[..., 1] = np.roll(G.repeat(2, 0).repeat(2, 1), 1, axis=1)
    out[..., 2] = np.roll(np.roll(B.repeat(2, 0).repeat(2, 1), 1, axis=0), 1, axis=1)
    return img(out), 'png'


# 5 ------------------------------------------------------------------------------------------------------------
def dead_green(page, seed):
    """A county office's colour flatbed whose green channel has failed: white paper comes out magenta, black
    print stays dark, and the lamp's faint horizontal banding runs through the page."""
    rng = np.random.default_rng(seed)
    a = arr(page)
    H, W = a.shape[:2]
    band = (1 + 0.05 * np.sin(np.arange(H) / 37.0) + rng.normal(0, 0.01, H))[:, None, None]
    a = a * band
    a[..., 1] = a[..., 1] * 0.42 + 8
    a[..., 0] = a[..., 0] * 0.96 + 6
    a = np.round(a / 8) * 8  # keep the scan's flat areas flat so the TIFF stays small
    return img(a), 'tif'


# 6 ------------------------------------------------------------------------------------------------------------
def projector(page, seed):
    """The letter shown by a ceiling projector on a painted block wall at an advocates' meeting, photographed
    from a seat: keystone wider at the bottom, the projector's hot spot, grey blacks, the wall's texture, dark
    room round the image."""
    rng = np.random.default_rng(seed)
    W, H = 2300, 2600
    bg = noise_bg(W, H, (38, 36, 40), 5, rng)
    ph = place(page, bg, [(330, 110), (1990, 130), (2150, 2480), (170, 2460)])
    a = arr(ph)
    lit = a.mean(axis=2, keepdims=True) > 1
    a = np.where(lit, 72 + a * (238 - 72) / 255, a)
    a = a * light(W, H, W * 0.52, H * 0.45, 2300, 0.72, 1.08) * np.array([0.95, 0.98, 1.04])
    yy = np.arange(H)[:, None, None]
    blocks_ = ((yy % 190) < 6).astype(np.float32) * 14  # mortar joints of the block wall
    a = a - blocks_ * lit + rng.normal(0, 4, a.shape)
    return img(a).filter(ImageFilter.GaussianBlur(1.1)), 'jpg'


# 7 ------------------------------------------------------------------------------------------------------------
def crt(page, seed):
    """A portal page on an old CRT monitor in a library carrel, photographed: scanlines, the aperture grille's
    vertical RGB stripes, the tube's bulge, a green-grey phosphor tint and glow, the bezel round it."""
    rng = np.random.default_rng(seed)
    a = arr(page)
    h, w = a.shape[:2]
    yy = np.arange(h)[:, None, None]
    a = a * (0.78 + 0.22 * ((yy % 3) != 0))
    xx = np.arange(w)[None, :, None]
    stripe = np.zeros((1, w, 3), np.float32) + 0.82
    for c in range(3):
        stripe[0, (np.arange(w) % 3) == c, c] = 1.0
    a = a * stripe * np.array([0.92, 1.0, 0.9])
    glow = np.asarray(img(a).filter(ImageFilter.GaussianBlur(3))).astype(np.float32)
    a = np.maximum(a, glow * 0.9)
    # barrel: remap with radial distortion
    sc = img(a)
    Wd, Hd = w + 300, h + 300
    oy, ox = np.mgrid[0:Hd, 0:Wd].astype(np.float32)
    cx, cy = Wd / 2, Hd / 2
    nx, ny = (ox - cx) / (w / 2), (oy - cy) / (h / 2)
    r2 = nx * nx + ny * ny
    k = 0.06
    sx = cx + nx * (1 + k * r2) * (w / 2) * 0.98 - (Wd - w) / 2
    sy = cy + ny * (1 + k * r2) * (h / 2) * 0.98 - (Hd - h) / 2
    src = np.asarray(sc).astype(np.float32)
    ix, iy = np.clip(sx.astype(int), 0, w - 1), np.clip(sy.astype(int), 0, h - 1)
    inside = (sx >= 0) & (sx < w) & (sy >= 0) & (sy < h)
    out = np.where(inside[..., None], src[iy, ix], 0)
    bez = np.zeros((Hd + 240, Wd + 240, 3), np.float32) + np.array([168, 160, 140])
    bez += rng.normal(0, 3, bez.shape)
    bez[120:120 + Hd, 120:120 + Wd] = np.where(inside[..., None], out, 20)
    return img(bez).filter(ImageFilter.GaussianBlur(0.7)), 'jpg'


# 8 ------------------------------------------------------------------------------------------------------------
def clothesline(page, seed):
    """The letter hung to dry on a string line with two wooden pegs after it got wet: the paper waves in soft
    vertical folds, each fold lit and shadowed, the top sagging between the pegs, a garden wall behind."""
    rng = np.random.default_rng(seed)
    W, H = 2000, 2500
    bg = noise_bg(W, H, (120, 132, 110), 14, rng, blur=6)
    pw, ph_ = page.size
    src = arr(page)
    xs = np.arange(pw, dtype=np.float32)
    P, A = 520.0, 0.09
    # compressed where the fold turns away: u(x) = x + A*P/2pi*sin(2pi x/P) is the source column for output x'
    u = xs + A * P / (2 * np.pi) * np.sin(2 * np.pi * xs / P)
    shade = 1 + 0.16 * np.cos(2 * np.pi * xs / P)
    ui = np.clip(u.astype(int), 0, pw - 1)
    warped = src[:, ui, :] * shade[None, :, None]
    yy = np.arange(ph_, dtype=np.float32)[:, None]
    sag = (28 * np.sin(np.pi * xs / pw))[None, :] * np.clip(1 - yy / 500, 0, 1)
    rows = np.clip((yy - sag).astype(int), 0, ph_ - 1)
    warped = warped[rows, np.arange(pw)[None, :], :]
    pg = img(warped)
    out = place(pg, bg, [(170, 180), (1830, 170), (1850, 2400), (160, 2410)])
    d = ImageDraw.Draw(out)
    d.line([(0, 150), (W, 175)], fill=(230, 230, 225), width=5)
    for px in (420, 1560):
        d.rectangle([px, 110, px + 46, 290], fill=(176, 140, 96), outline=(110, 84, 56), width=3)
        d.line([(px + 23, 115), (px + 23, 285)], fill=(120, 92, 60), width=3)
    a = arr(out) * light(W, H, W * 0.3, H * 0.1, 3200, 0.85, 1.05)
    return img(a), 'jpg'


# 9 ------------------------------------------------------------------------------------------------------------
def bubble_wrap(page, seed):
    """Photographed through a sheet of bubble wrap it was packed under for a move: a honeycomb of small lenses,
    each magnifying the print a little, with a bright specular dot and a darker rim."""
    rng = np.random.default_rng(seed)
    W, H = 1900, 2450
    bg = noise_bg(W, H, (200, 176, 140), 9, rng)  # a moving box's cardboard
    ph = place(page, bg, [(120, 130), (1770, 110), (1790, 2330), (100, 2350)])
    a = arr(ph)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    R, sp = 30.0, 78.0
    row = np.round(yy / (sp * 0.866))
    cy = row * sp * 0.866
    cx = np.round((xx - (row % 2) * sp / 2) / sp) * sp + (row % 2) * sp / 2
    dx, dy = xx - cx, yy - cy
    r = np.sqrt(dx * dx + dy * dy) / R
    inb = r < 1
    f = np.where(inb, 0.8 + 0.2 * r * r, 1.0)
    sx = np.clip((cx + dx * f).astype(int), 0, W - 1)
    sy = np.clip((cy + dy * f).astype(int), 0, H - 1)
    a = a[sy, sx]
    rim = np.exp(-((r - 1) / 0.08) ** 2)[..., None]
    a = a * (1 - 0.15 * rim)
    spec = np.exp(-(((dx + 9) ** 2 + (dy + 10) ** 2) / 18.0))[..., None]
    a = a * 0.93 + 16 + 180 * spec
    a *= light(W, H, W * 0.55, H * 0.4, 2800, 0.86, 1.03)
    return img(a), 'jpg'


# 10 -----------------------------------------------------------------------------------------------------------
def mfp_highcomp(page, seed):
    """An office multifunction printer's "high compression" black-and-white PDF: the page thresholded to one bit
    and stored at half resolution, blown back up, so letters come out in blocky pixel stairs and thin strokes
    break; the stamp's and pen's colour is gone."""
    g = np.asarray(page.convert('L')).astype(np.float32)
    H, W = g.shape
    half = np.asarray(img(g).resize((W // 2, H // 2), Image.BOX)).astype(np.float32)
    bw = (half > 150).astype(np.uint8) * 255
    big = Image.fromarray(bw, 'L').resize((W, H), Image.NEAREST)
    return big.convert('1'), 'pdf-1bit'


# 11 -----------------------------------------------------------------------------------------------------------
def snow(page, seed):
    """Read in the car park and photographed on a car's snowy bonnet while it snowed: a cold blue cast, the paper
    blown out towards the top, flakes in and out of focus on the page, and a few that melted into grey wet spots."""
    rng = np.random.default_rng(seed)
    W, H = 1900, 2450
    bg = noise_bg(W, H, (120, 24, 30), 8, rng, blur=5)  # red paint
    ph = place(page, bg, [(140, 150), (1760, 180), (1780, 2340), (120, 2310)])
    a = arr(ph)
    yy = np.arange(H, dtype=np.float32)[:, None, None]
    a = a * np.array([0.9, 0.96, 1.08]) + 26 * np.clip(1 - yy / 1300, 0, 1)
    wet = Image.new('L', (W, H), 0)
    d = ImageDraw.Draw(wet)
    for _ in range(10):
        x, y, r = rng.uniform(200, W - 200), rng.uniform(300, H - 200), rng.uniform(14, 30)
        d.ellipse([x - r, y - r * 0.8, x + r, y + r * 0.8], fill=90)
    wet = np.asarray(wet.filter(ImageFilter.GaussianBlur(5))).astype(np.float32)[..., None] / 255
    a = a * (1 - 0.35 * wet)
    fl = Image.new('L', (W, H), 0)
    d = ImageDraw.Draw(fl)
    for _ in range(260):
        x, y, r = rng.uniform(0, W), rng.uniform(0, H), rng.choice([2, 3, 4, 6])
        d.ellipse([x - r, y - r, x + r, y + r], fill=255)
    big = Image.new('L', (W, H), 0)
    d = ImageDraw.Draw(big)
    for _ in range(14):
        x, y, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(18, 34)
        d.ellipse([x - r, y - r, x + r, y + r], fill=150)
    flakes = np.maximum(np.asarray(fl.filter(ImageFilter.GaussianBlur(1.2))),
                        np.asarray(big.filter(ImageFilter.GaussianBlur(10)))).astype(np.float32)[..., None] / 255
    a = a * (1 - flakes) + 248 * flakes
    return img(a), 'jpg'


DEVICES = {f.__name__: f for f in (zip_bag, fly_screen, microfilm, webcam_demosaic, dead_green, projector, crt,
                                    clothesline, bubble_wrap, mfp_highcomp, snow)}
