"""Image devices for set 49 (FICTIONAL set): numpy and Pillow only, seeded by the notice number.
Each takes the drawn pages (RGB, black on white unless the device drew its own ink) and returns images."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def coeffs(dst, src):
    A, bvec = [], []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); bvec.append(X)
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); bvec.append(Y)
    return np.linalg.solve(np.array(A, float), np.array(bvec, float)).tolist()


def warp_onto(page, bg, quad):
    w, h = page.size
    c = coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page.transform(bg.size, Image.PERSPECTIVE, c, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform(bg.size, Image.PERSPECTIVE, c, Image.BILINEAR)
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    return out, mask


def texture(rng, size, base, amp, blur):
    w, h = size
    n = rng.normal(0, 1, (h // 4 + 1, w // 4 + 1, 1)) * amp
    im = Image.fromarray(np.clip(np.array(base, float) + n, 0, 255).astype(np.uint8))
    return im.resize((w, h), Image.BICUBIC).filter(ImageFilter.GaussianBlur(blur))


def cam_noise(arr, rng, sigma):
    return np.clip(arr + rng.normal(0, sigma, arr.shape), 0, 255)


def grid_xy(h, w):
    return np.mgrid[0:h, 0:w].astype(np.float32)


# ------------------------------------------------------------------------------------------------ 01
def glare_streak(pages, rng):
    page = pages[0]
    W, Hh = 1900, 2450
    bg = texture(rng, (W, Hh), (70, 48, 34), 18, 3)
    img, mask = warp_onto(page, bg, [(120, 150), (1780, 110), (1830, 2330), (90, 2360)])
    a = np.asarray(img, np.float32)
    yy, xx = grid_xy(Hh, W)
    light = 0.86 + 0.12 * (xx / W) - 0.06 * (yy / Hh)
    a *= light[..., None]
    # the tube's reflection: a long soft streak from upper left to lower right, brightest in its middle
    x0, y0, x1, y1 = 200, 700, 1750, 1450
    dx, dy = x1 - x0, y1 - y0
    L = np.hypot(dx, dy)
    t = ((xx - x0) * dx + (yy - y0) * dy) / (L * L)
    d = np.abs((xx - x0) * dy - (yy - y0) * dx) / L
    along = np.clip(np.sin(np.clip(t, 0, 1) * np.pi), 0, 1) ** 0.5
    g = np.exp(-(d / 34.0) ** 2) * along * 0.62 + np.exp(-(d / 110.0) ** 2) * along * 0.18
    g *= (np.asarray(mask, np.float32) / 255)
    a = a + (255 - a) * g[..., None]
    a = cam_noise(a, rng, 3.5)
    return [Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))]


# ------------------------------------------------------------------------------------------------ 04
def out_of_order(pages, rng):
    out = []
    for p in reversed(pages):
        g = p.convert("L").rotate(float(rng.uniform(-0.8, 0.8)), Image.BICUBIC, fillcolor=255)
        a = np.asarray(g, np.float32)
        h, w = a.shape
        shade = 1 - 0.10 * np.exp(-np.arange(w) / 60.0)[None, :]
        a = a * shade * 0.97 + 4
        a = cam_noise(a, rng, 2.5)
        out.append(Image.fromarray(a.astype(np.uint8)).resize((1275, 1650), Image.LANCZOS))
    return out


# ------------------------------------------------------------------------------------------------ 05
def sun_patch(pages, rng):
    page = pages[0]
    W, Hh = 1900, 2450
    bg = texture(rng, (W, Hh), (176, 140, 96), 14, 4)
    img, mask = warp_onto(page, bg, [(160, 120), (1760, 150), (1800, 2320), (110, 2290)])
    a = np.asarray(img, np.float32)
    a = a * np.array([0.70, 0.74, 0.82])  # dim, cool room light
    patch = Image.new("L", (W, Hh), 0)
    d = ImageDraw.Draw(patch)
    d.polygon([(420, 0), (1500, 0), (1900, 1300), (1900, 1900), (700, 1900), (0, 760), (0, 380)], fill=255)
    d.polygon([(980, 0), (1050, 0), (1600, 1900), (1510, 1900)], fill=0)  # the window bar's shadow
    patch = np.asarray(patch.filter(ImageFilter.GaussianBlur(5)), np.float32)[..., None] / 255
    sun = np.asarray(img, np.float32) * np.array([1.10, 1.04, 0.90]) + np.array([20, 12, 0])
    a = a * (1 - patch) + sun * patch
    a = cam_noise(a, rng, 3.0)
    return [Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))]


# ------------------------------------------------------------------------------------------------ 08
def granite_tungsten(pages, rng):
    page = pages[0]
    W, Hh = 1950, 2500
    base = texture(rng, (W, Hh), (120, 118, 116), 22, 1.5)
    a = np.asarray(base, np.float32)
    sp = rng.random((Hh, W))
    a[sp < 0.05] = [40, 36, 38]
    a[(sp > 0.05) & (sp < 0.08)] = [205, 190, 180]
    a[(sp > 0.08) & (sp < 0.10)] = [150, 96, 88]
    bg = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
    img, mask = warp_onto(page, bg, [(210, 170), (1720, 240), (1790, 2380), (150, 2300)])
    a = np.asarray(img, np.float32)
    yy, xx = grid_xy(Hh, W)
    r = np.hypot(xx - 1700, yy - 150) / 2800
    fall = (1.02 - 0.35 * r)[..., None]
    a = a * fall * np.array([1.0, 0.82, 0.56])
    a = cam_noise(a, rng, 4.0)
    return [Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))]


# ------------------------------------------------------------------------------------------------ 10
def zfold(pages, rng):
    page = pages[0]
    w, h = page.size
    W, Hh = 1900, 2400
    bg = texture(rng, (W, Hh), (196, 186, 160), 10, 6)
    t1, t2 = int(h * 0.28), int(h * 0.56)   # folded off the thirds, so both folds cross print
    panels = [page.crop((0, 0, w, t1)), page.crop((0, t1, w, t2)), page.crop((0, t2, w, h))]
    # the top panel leans away (narrower at its top edge), the bottom one rises toward the lens
    quads = [[(230, 140), (1670, 140), (1760, 750), (140, 750)],
             [(140, 750), (1760, 750), (1750, 1360), (150, 1360)],
             [(150, 1360), (1750, 1360), (1830, 2320), (70, 2320)]]
    shade = [0.83, 1.0, 0.90]
    img = bg
    for pnl, q, s in zip(panels, quads, shade):
        pa = np.asarray(pnl, np.float32)
        ph = pa.shape[0]
        ramp = np.ones(ph)
        if s == 0.83:
            ramp = 0.9 + 0.1 * np.linspace(1, 0, ph)
        if s == 0.90:
            ramp = 0.92 + 0.08 * np.linspace(0, 1, ph)
        pa = pa * s * ramp[:, None, None]
        img, _ = warp_onto(Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8)), img, q)
    a = np.asarray(img, np.float32)
    yy, _ = grid_xy(Hh, W)
    for fy, dark in ((750, 0.55), (1360, 1.25)):
        prof = np.exp(-((yy - fy) / 7.0) ** 2)
        a = a * (1 - (1 - dark) * prof)[..., None] if dark < 1 else a + (255 - a) * (0.35 * prof)[..., None]
    a = cam_noise(a, rng, 3.0)
    return [Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))]


# ------------------------------------------------------------------------------------------------ 11
def duplex_show(pages, rng):
    out = []
    for i, p in enumerate(pages):
        back = pages[1 - i] if len(pages) == 2 else pages[i]
        b = np.asarray(back.convert("L").transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(1.6)),
                       np.float32)
        f = np.asarray(p.convert("L"), np.float32)
        show = 255 - (255 - b) * 0.22
        a = np.minimum(f, show) * 0.96 + 6
        a = cam_noise(a, rng, 2.0)
        g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(float(rng.uniform(-0.5, 0.5)),
                                                                          Image.BICUBIC, fillcolor=250)
        out.append(g.resize((1275, 1650), Image.LANCZOS))
    return out


# ------------------------------------------------------------------------------------------------ 12
def overexposed(pages, rng):
    page = pages[0]
    W, Hh = 1900, 2450
    bg = texture(rng, (W, Hh), (226, 224, 220), 6, 5)
    img, mask = warp_onto(page, bg, [(150, 160), (1750, 130), (1790, 2320), (120, 2340)])
    a = np.asarray(img, np.float32)
    a = np.clip(a * 1.35 + 70, 0, 255)
    bright = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.MaxFilter(3))
    a = 0.55 * a + 0.45 * np.asarray(bright, np.float32)
    a = cam_noise(a, rng, 2.5)
    return [Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))]


# ------------------------------------------------------------------------------------------------ 13
def ccd_lines(pages, rng):
    g = pages[0].convert("L").rotate(0.35, Image.BICUBIC, fillcolor=255)
    a = np.asarray(g, np.float32) * 0.95 + 8
    w = a.shape[1]
    for x in rng.choice(np.arange(130, w - 130), 7, replace=False):
        a[:, x] = 250 if rng.random() < 0.5 else 55
    x = int(rng.integers(400, 1300))
    a[:, x:x + 12] = np.clip(a[:, x:x + 12] + 28, 0, 255)
    return [Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))]


# ------------------------------------------------------------------------------------------------ 15
def indexed(pages, rng):
    p = pages[0].rotate(-0.6, Image.BICUBIC, fillcolor=(214, 236, 214))
    a = np.asarray(p, np.float32)
    tex = np.asarray(texture(rng, p.size, (0, 0, 0), 6, 8), np.float32) - 0
    a = a + tex - 3
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    return [im.quantize(colors=16, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)]


# ------------------------------------------------------------------------------------------------ 17
def hand_watch(pages, rng):
    page = pages[0]
    W, Hh = 1900, 2450
    bg = texture(rng, (W, Hh), (92, 104, 118), 16, 8)
    img, mask = warp_onto(page, bg, [(200, 140), (1790, 190), (1760, 2350), (150, 2300)])
    layer = Image.new("RGBA", (W, Hh), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    skin, nail = (206, 160, 132, 255), (176, 28, 58, 255)
    d.rounded_rectangle([-200, 710, 200, 1110], 120, fill=skin)            # palm under the page's edge
    for k, (y, ln) in enumerate([(735, 120), (820, 140), (905, 132), (990, 105)]):
        d.rounded_rectangle([130, y, 130 + ln, y + 66], 33, fill=skin)   # fingertips over the margin
        d.ellipse([130 + ln - 40, y + 12, 130 + ln - 4, y + 54], fill=nail)
    d.rectangle([-10, 840, 40, 1050], fill=(40, 40, 46, 255))                # strap
    d.ellipse([-70, 850, 70, 1030], fill=(70, 72, 78, 255))                  # case
    d.ellipse([-50, 870, 50, 1010], fill=(224, 226, 230, 255))               # face
    layer = layer.filter(ImageFilter.GaussianBlur(2.2))
    shadow = Image.new("L", (W, Hh), 0)
    ImageDraw.Draw(shadow).rounded_rectangle([180, 740, 300, 1090], 50, fill=90)
    shadow = shadow.filter(ImageFilter.GaussianBlur(25))
    a = np.asarray(img, np.float32) * (1 - np.asarray(shadow, np.float32)[..., None] / 255 * 0.5)
    base = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("RGBA")
    base.alpha_composite(layer)
    a = np.asarray(base.convert("RGB"), np.float32)
    yy, xx = grid_xy(Hh, W)
    a *= (0.94 + 0.08 * (yy / Hh))[..., None]
    a = cam_noise(a, rng, 3.2)
    return [Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))]


# ------------------------------------------------------------------------------------------------ 18
def cyan_out(pages, rng):
    p = pages[0]  # drawn with the starved composite ink already
    a = np.asarray(p, np.float32)
    h = a.shape[0]
    ink = a.mean(axis=2) < 200
    for y0 in range(int(rng.integers(20, 60)), h, 170):   # bands where the magenta nozzles also skipped
        band = slice(y0, y0 + 9)
        m = ink[band]
        a[band][m] = a[band][m] * 0.4 + np.array([205, 125, 70]) * 0.6
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return [im.resize((1275, 1650), Image.LANCZOS)]


DEVICES = dict(glare_streak=glare_streak, out_of_order=out_of_order, sun_patch=sun_patch,
               granite_tungsten=granite_tungsten, zfold=zfold, duplex_show=duplex_show, overexposed=overexposed,
               ccd_lines=ccd_lines, indexed=indexed, hand_watch=hand_watch, cyan_out=cyan_out)
