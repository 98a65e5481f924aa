"""Image devices for set 38 (FICTIONAL set): numpy and Pillow only, seeded 3800 + notice number.

Each device takes the rendered page (RGB) and the case, and returns the final PIL image. Words a device draws
(handwriting, stamps, fax lines, app chrome) are listed in the case's `extra_text` so the self-check sees them.
"""
import math

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from render import FD, font

HAND = FD + "dejavu/DejaVuSans-Oblique.ttf"
HAND2 = FD + "dejavu/DejaVuSerif-Italic.ttf"


# ---------------------------------------------------------------- helpers
def coeffs(dst, src):
    """PIL PERSPECTIVE data mapping output points dst to input points src."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def place(page, bg, quad):
    """Warp page (RGB) into quad (tl, tr, br, bl) on bg (RGB); returns new image."""
    w, h = page.size
    c = coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page.transform(bg.size, Image.PERSPECTIVE, c, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(bg.size, Image.PERSPECTIVE, c, Image.BILINEAR)
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    return out


def drop_shadow(bg, quad, rng, off=(14, 18), blur=18, strength=0.55):
    m = Image.new("L", bg.size, 0)
    ImageDraw.Draw(m).polygon([(x + off[0], y + off[1]) for x, y in quad], fill=int(255 * strength))
    m = m.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(bg, float) * (1 - np.asarray(m, float)[..., None] / 255)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def light(img, fn):
    """Multiply by a light field fn(X, Y) -> factor, X and Y in 0..1."""
    a = np.asarray(img, float)
    h, w = a.shape[:2]
    Y, X = np.mgrid[0:h, 0:w]
    f = fn(X / w, Y / h)
    if a.ndim == 3:
        f = f[..., None]
    return Image.fromarray((a * f).clip(0, 255).astype(np.uint8))


def tint(img, rgb):
    a = np.asarray(img, float) * (np.array(rgb, float) / 255.0)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def noise(img, rng, sigma):
    a = np.asarray(img, float)
    a = a + rng.normal(0, sigma, a.shape)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def hand(img, xy, text, size, color, rng, slant=-4, font_path=HAND, alpha=235):
    """Handwriting-like text: each glyph turned and lifted a little, a wavy baseline."""
    f = ImageFont.truetype(font_path, size)
    x, y = xy
    base = Image.new("RGBA", img.size, (0, 0, 0, 0))
    for i, ch in enumerate(text):
        if ch == " ":
            x += size * 0.34
            continue
        g = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((size // 2, size // 3), ch, font=f, fill=color + (alpha,))
        g = g.rotate(slant + rng.uniform(-7, 7), resample=Image.BICUBIC)
        dy = math.sin(i * 0.55) * size * 0.06 + rng.uniform(-2, 2)
        base.alpha_composite(g, (int(x - size // 2), int(y + dy - size // 3)))
        x += f.getlength(ch) * rng.uniform(0.92, 1.08)
    out = img.convert("RGBA")
    out.alpha_composite(base)
    return out.convert("RGB"), x


def background(size, base, rng, grain=6, streak=None):
    w, h = size
    a = np.ones((h, w, 3)) * np.array(base, float)
    a += rng.normal(0, grain, (h, w, 1))
    if streak:
        ys = np.arange(h)[:, None]
        a += (np.sin(ys / streak[0] * 2 * np.pi) * streak[1])[..., None]
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def finish(img, rng, blur=0.7, sigma=3.5):
    img = img.filter(ImageFilter.GaussianBlur(blur))
    return noise(img, rng, sigma)


# ---------------------------------------------------------------- devices
def flags(page, case, rng):
    """01: three sticky page flags on the right edge, with handwriting on them; photographed on a grey desk."""
    w, h = page.size
    ext = 230
    canvas = Image.new("RGB", (w + ext, h), (0, 0, 0))
    canvas.paste(page, (0, 0))
    mask = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(mask).rectangle([0, 0, w, h], fill=255)
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    dl = ImageDraw.Draw(layer)
    cols = [(255, 105, 160), (255, 214, 60), (110, 220, 140)]
    ys = case["flag_y"]
    for (y, col) in zip(ys, cols):
        dl.rectangle([w - 120, y, w + ext - 20, y + 78], fill=col + (150,))       # over the page: translucent
        dl.rectangle([w, y, w + ext - 20, y + 78], fill=col + (255,))             # beyond the edge: solid
    canvas = canvas.convert("RGBA")
    canvas.alpha_composite(layer)
    canvas = canvas.convert("RGB")
    ImageDraw.Draw(mask).rectangle([w, 0, w + ext, h], fill=0)
    for y in ys:
        ImageDraw.Draw(mask).rectangle([w, y, w + ext - 20, y + 78], fill=255)
    for (y, txt) in zip(ys, case["flag_text"]):
        canvas, _ = hand(canvas, (w - 108, y + 22), txt, 30, (20, 30, 120), rng, font_path=HAND)
    bg = background((2150, 2600), (150, 156, 166), rng, grain=5)
    quad = [(120, 110), (2030, 150), (2000, 2470), (95, 2440)]
    # mask the canvas to page plus flags
    full = Image.new("RGB", canvas.size, (150, 156, 166))
    full.paste(canvas, (0, 0), mask)
    bg = drop_shadow(bg, quad, rng, off=(10, 14), blur=14, strength=0.45)
    cw, chh = canvas.size
    c = coeffs(quad, [(0, 0), (cw, 0), (cw, chh), (0, chh)])
    warped = canvas.transform(bg.size, Image.PERSPECTIVE, c, Image.BICUBIC)
    m = mask.transform(bg.size, Image.PERSPECTIVE, c, Image.BILINEAR)
    bg.paste(warped, (0, 0), m)
    img = light(bg, lambda X, Y: 0.78 + 0.22 * (1 - ((X - 0.35) ** 2 + (Y - 0.3) ** 2)))
    return finish(img, rng, 0.6, 3.0)


def fax_overprint(page, case, rng):
    """02: fine-mode fax (204 x 196 dpi); the sender's header line printed over the letterhead, the receiving
    e-fax service's line at the foot; 1-bit, G4."""
    g = page.convert("L").resize((1728, int(page.size[1] * 1728 / page.size[0] * 196 / 204)), Image.LANCZOS)
    g = g.rotate(-0.35, resample=Image.BICUBIC, fillcolor=255)
    d = ImageDraw.Draw(g)
    fh = font("mono", 27, True)
    d.text((40, 100), case["fax_top"], font=fh, fill=0)            # over the letterhead's first line
    d.text((40, g.size[1] - 60), case["fax_foot"], font=font("mono", 24), fill=0)
    a = np.asarray(g, float) + rng.normal(0, 16, (g.size[1], g.size[0]))
    b = a > 150
    # a few scattered specks and short dropouts along scan lines
    sp = rng.random(b.shape) < 0.0009
    b[sp] = False
    for _ in range(18):
        y = int(rng.integers(0, b.shape[0]))
        x0 = int(rng.integers(0, b.shape[1] - 300))
        b[y, x0:x0 + int(rng.integers(40, 300))] = True
    return Image.fromarray((b * 255).astype(np.uint8)).convert("1")


def capture(page, case, rng):
    """03: a screenshot of a phone scanner app in capture mode: the camera view of the page with the app's blue
    detection outline, corner handles, a hint pill and the shutter button."""
    W, H = 1170, 2532
    bg = background((W, H), (92, 78, 66), rng, grain=3)                 # a dim table in the camera view
    quad = [(70, 400), (1098, 428), (1084, 1780), (88, 1762)]
    bg = drop_shadow(bg, quad, rng, off=(8, 10), blur=10, strength=0.5)
    pg = light(page, lambda X, Y: 0.86 + 0.12 * (1 - Y) - 0.06 * X)
    view = place(pg, bg, quad)
    view = finish(view, rng, 0.5, 1.2).convert("RGBA")
    ov = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(ov)
    d.polygon(quad, fill=(0, 122, 255, 46), outline=(0, 122, 255, 255), width=6)
    for (x, y) in quad:
        d.ellipse([x - 18, y - 18, x + 18, y + 18], fill=(255, 255, 255, 255), outline=(0, 122, 255, 255), width=5)
    d.rectangle([0, 0, W, 300], fill=(0, 0, 0, 215))
    d.rectangle([0, 1990, W, H], fill=(0, 0, 0, 225))
    f = font("sans", 44)
    d.text((60, 70), "4:52", font=font("sans", 46, True), fill=(255, 255, 255, 255))
    d.rounded_rectangle([1010, 78, 1100, 118], 10, outline=(255, 255, 255, 255), width=4)
    d.rectangle([1016, 84, 1078, 112], fill=(255, 255, 255, 255))
    d.text((60, 200), "Cancel", font=f, fill=(255, 255, 255, 255))
    d.text((980, 200), "Auto", font=f, fill=(255, 214, 10, 255))
    d.rounded_rectangle([380, 1850, 790, 1930], 40, fill=(30, 30, 30, 200))
    d.text((445, 1862), "Hold still", font=f, fill=(255, 255, 255, 255))
    d.ellipse([500, 2170, 670, 2340], outline=(255, 255, 255, 255), width=10)
    d.ellipse([518, 2188, 652, 2322], fill=(255, 255, 255, 255))
    d.rounded_rectangle([70, 2200, 190, 2320], 12, fill=(200, 200, 200, 255))
    view.alpha_composite(ov)
    return view.convert("RGB")


def chainlink(page, case, rng):
    """04: read on a porch: a chain-link fence's diamond shadow lies across the page and the sage table."""
    bg = background((2100, 2650), (128, 146, 120), rng, grain=5)
    quad = [(150, 120), (1980, 175), (1945, 2520), (110, 2480)]
    bg = drop_shadow(bg, quad, rng, off=(12, 16), blur=16, strength=0.4)
    img = place(page, bg, quad)
    h, w = img.size[1], img.size[0]
    Y, X = np.mgrid[0:h, 0:w].astype(float)
    p = 150.0
    u = np.abs(((X + Y * 0.9) % p) - p / 2) / (p / 2)
    v = np.abs(((X - Y * 0.9 + 40) % p) - p / 2) / (p / 2)
    wire = np.minimum(u, v)
    # the opening is the lit part: only a thin band near the wire is shadow; the whole scene is a little shaded
    sh = (wire < 0.10).astype(float)
    sh = np.asarray(Image.fromarray((sh * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(5)), float) / 255
    f = 1.0 - 0.42 * sh
    a = np.asarray(img, float) * f[..., None] * np.array([1.05, 1.0, 0.9])
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return finish(img, rng, 0.7, 4.0)


def imprinter(page, case, rng):
    """06: a grey office scan (150 dpi) of the provider's copy, with the mailroom's inkjet imprinter line
    sprayed up the left margin in dot-matrix characters."""
    g = page.convert("L").resize((1275, int(page.size[1] * 1275 / page.size[0])), Image.LANCZOS)
    txt = case["imprint"]
    f = font("mono", 22, True)
    tl = int(f.getlength(txt)) + 20
    strip = Image.new("L", (tl, 34), 0)
    ImageDraw.Draw(strip).text((10, 4), txt, font=f, fill=255)
    a = np.asarray(strip, float) / 255
    dots = Image.new("L", strip.size, 0)
    dd = ImageDraw.Draw(dots)
    for yy in range(0, a.shape[0], 3):
        for xx in range(0, a.shape[1], 3):
            if a[yy, xx] > 0.45 and rng.random() > 0.08:
                dd.ellipse([xx - 1, yy - 1, xx + 1, yy + 1], fill=255)
    dots = dots.rotate(90, expand=True)
    ink = Image.new("L", dots.size, 70)
    y0 = g.size[1] - 140 - dots.size[1]
    g.paste(ink, (38, y0), dots)
    g = g.rotate(0.45, resample=Image.BICUBIC, fillcolor=250)
    a = np.asarray(g, float) * 0.95 + 8
    a = a + rng.normal(0, 2.2, a.shape)
    a = np.round(a / 4) * 4                           # the scanner's coarse grey steps keep LZW small
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def bottom_curl(page, case, rng):
    """09: the lower part of the page curls up toward the lens (it had been rolled); foreshortened, brighter at the
    lift and shaded at the far edge, with its shadow on a dark cloth."""
    a = np.asarray(page, float)
    h, w = a.shape[:2]
    y0 = int(h * 0.50)
    R = 850.0
    L = h - y0
    phimax = L / R
    dmax = y0 + R * math.sin(phimax)
    H2 = int(dmax) + 1
    out = np.full((H2, w, 3), 0.0)
    D = 1900.0
    ys = np.arange(H2)
    for yd in ys:
        if yd < y0:
            out[yd] = a[yd]
            continue
        s = (yd - y0) / R
        if s >= 1:
            continue
        phi = math.asin(s)
        if phi > phimax:
            continue
        ysrc = y0 + R * phi
        z = R * (1 - math.cos(phi))
        m = 1 / (1 - z / D)
        xs = (np.arange(w) - w / 2) / m + w / 2
        xi = np.clip(xs.astype(int), 0, w - 1)
        row = a[min(int(ysrc), h - 1)][xi]
        row[(xs < 0) | (xs > w - 1)] = 0
        shade = 0.80 + 0.28 * math.cos(phi * 1.3 + 0.35)
        out[yd] = row * shade
    pg = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    m = Image.fromarray(((out.sum(axis=2) > 0) * 255).astype(np.uint8))
    bg = background((2000, 2500), (54, 52, 70), rng, grain=6)
    quad = [(150, 120), (1860, 140), (1840, 140 + int(H2 * 1710 / w)), (170, 120 + int(H2 * 1690 / w))]
    bg = drop_shadow(bg, quad, rng, off=(10, 40), blur=30, strength=0.6)
    c = coeffs(quad, [(0, 0), (w, 0), (w, H2), (0, H2)])
    warped = pg.transform(bg.size, Image.PERSPECTIVE, c, Image.BICUBIC)
    mm = m.transform(bg.size, Image.PERSPECTIVE, c, Image.BILINEAR)
    bg.paste(warped, (0, 0), mm)
    img = light(bg, lambda X, Y: 0.82 + 0.2 * (1 - Y) * (1 - 0.3 * X))
    return finish(img, rng, 0.7, 3.5)


def cardboard(page, case, rng):
    """10: the letter photographed on a moving box: corrugated brown board, a strip of packing tape over a corner."""
    bg = background((2050, 2600), (168, 128, 84), rng, grain=7, streak=(30, 9))
    quad = [(170, 160), (1900, 95), (1965, 2330), (215, 2420)]
    bg = drop_shadow(bg, quad, rng, off=(12, 12), blur=14, strength=0.45)
    img = place(page, bg, quad).convert("RGBA")
    tape = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(tape)
    d.polygon([(0, 330), (330, 0), (470, 0), (0, 470)], fill=(214, 178, 120, 120))
    d.line([(0, 395), (395, 0)], fill=(255, 250, 235, 90), width=8)
    img.alpha_composite(tape)
    img = light(img.convert("RGB"), lambda X, Y: 0.80 + 0.22 * np.exp(-((X - 0.6) ** 2 + (Y - 0.4) ** 2) * 2.2))
    img = tint(img, (255, 246, 228))
    return finish(img, rng, 0.8, 4.0)


def keyboard(page, case, rng):
    """12: the page lies half on a laptop's keyboard: the keys press bumps and ridges into the paper's lower part
    and show at its edge."""
    W, H = 2100, 2650
    bg = background((W, H), (176, 178, 182), rng, grain=4)
    d = ImageDraw.Draw(bg)
    kx0, ky0 = 60, 1020
    kw, gap = 128, 18
    for r in range(11):
        for c in range(15):
            x = kx0 + c * (kw + gap) + (r % 2) * 30
            y = ky0 + r * (kw + gap)
            d.rounded_rectangle([x, y, x + kw, y + kw], 14, fill=(34, 34, 38))
    quad = [(260, 90), (1860, 120), (1830, 2210), (230, 2180)]
    bg = drop_shadow(bg, quad, rng, off=(8, 10), blur=10, strength=0.35)
    img = place(page, bg, quad)
    a = np.asarray(img, float)
    Y, X = np.mgrid[0:H, 0:W].astype(float)
    inside = np.asarray(Image.new("L", (W, H), 0), float)
    m = Image.new("L", (W, H), 0)
    ImageDraw.Draw(m).polygon(quad, fill=255)
    inside = np.asarray(m, float) / 255
    cx = ((X - kx0) % (kw + gap)) / (kw + gap)
    cy = ((Y - ky0) % (kw + gap)) / (kw + gap)
    ridge = np.cos(cx * 2 * np.pi) * np.cos(cy * 2 * np.pi)
    onkeys = (Y > ky0 - 10) & (Y < ky0 + 11 * (kw + gap))
    f = 1.0 + 0.055 * ridge * onkeys * inside - 0.035 * onkeys * inside
    a = a * f[..., None]
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    # small displacement of rows where the paper rides over the keys
    arr = np.asarray(img).copy()
    for yy in range(ky0, min(H, ky0 + 11 * (kw + gap))):
        sh = int(round(2.0 * math.sin((yy - ky0) / (kw + gap) * 2 * math.pi)))
        if sh:
            arr[yy] = np.roll(arr[yy], sh, axis=0)
    img = Image.fromarray(arr)
    img = light(img, lambda X, Y: 0.84 + 0.16 * (1 - X * 0.6) * (1 - 0.4 * Y))
    return finish(img, rng, 0.7, 3.5)


def interlinear(page, case, rng, st=None):
    """13: a grandchild's English notes written in blue ballpoint between the lines of the Spanish notice, then
    photographed on a cream tablecloth."""
    pg = page
    for name, txt in case["glosses"]:
        x, y = case["marks"][name]
        pg, _ = hand(pg, (x + 30, y + 2), txt, 30, (25, 45, 150), rng, slant=-3, font_path=HAND2)
    bg = background((2050, 2650), (226, 214, 188), rng, grain=4)
    quad = [(130, 130), (1920, 110), (1950, 2480), (150, 2520)]
    bg = drop_shadow(bg, quad, rng, off=(10, 12), blur=14, strength=0.3)
    img = place(pg, bg, quad)
    img = light(img, lambda X, Y: 0.80 + 0.2 * (1 - 0.5 * X) * (1 - 0.3 * Y))
    return finish(img, rng, 0.65, 3.5)


def double_stamp(page, case, rng):
    """14: a colour flatbed scan on cream paper; a green received stamp struck twice (the second impression a
    little off the first), its ink uneven; the page was then saved to PDF."""
    pg = tint(page, (252, 248, 236))
    txts = case["stamp"]
    sw, sh = 560, 190
    st = Image.new("L", (sw, sh), 0)
    d = ImageDraw.Draw(st)
    d.rounded_rectangle([4, 4, sw - 5, sh - 5], 16, outline=255, width=7)
    d.text((30, 18), txts[0], font=font("sans", 52, True), fill=255)
    d.text((30, 82), txts[1], font=font("sans", 44, True), fill=255)
    d.text((30, 140), txts[2], font=font("sans", 26), fill=255)
    x0, y0 = case["stamp_xy"]
    for k, (dx, dy, ang, strength) in enumerate([(0, 0, 5.0, 0.4), (11, 6, 4.2, 0.9)]):
        s = st.rotate(ang, expand=True, resample=Image.BICUBIC)
        a = np.asarray(s, float) / 255
        a = a * (0.55 + 0.45 * rng.random(a.shape)) * strength
        a = np.asarray(Image.fromarray((a * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8)), float) / 255
        region = np.asarray(pg.crop((x0 + dx, y0 + dy, x0 + dx + a.shape[1], y0 + dy + a.shape[0])), float)
        ink = np.array([34, 128, 70], float)
        mixed = region * (1 - a[..., None]) + (region * ink / 255) * a[..., None]
        pg.paste(Image.fromarray(mixed.clip(0, 255).astype(np.uint8)), (x0 + dx, y0 + dy))
    pg = pg.rotate(0.3, resample=Image.BICUBIC, fillcolor=(250, 250, 250))
    return finish(pg, rng, 0.5, 2.5)


def tray(page, case, rng):
    """15: on a hospital overbed tray table: beige laminate with a raised rim, overhead light, the shadow of a
    plastic cup at the corner."""
    W, H = 2100, 2700
    bg = background((W, H), (206, 190, 160), rng, grain=4)
    d = ImageDraw.Draw(bg)
    d.rounded_rectangle([30, 30, W - 30, H - 30], 60, outline=(168, 150, 120), width=46)
    d.rounded_rectangle([52, 52, W - 52, H - 52], 48, outline=(232, 222, 200), width=6)
    quad = [(230, 200), (1880, 290), (1780, 2440), (120, 2340)]
    bg = drop_shadow(bg, quad, rng, off=(10, 14), blur=12, strength=0.35)
    img = place(page, bg, quad)
    m = Image.new("L", (W, H), 0)
    ImageDraw.Draw(m).ellipse([1700, 40, 2200, 400], fill=150)
    m = np.asarray(m.filter(ImageFilter.GaussianBlur(40)), float) / 255
    a = np.asarray(img, float) * (1 - 0.5 * m)[..., None]
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    img = light(img, lambda X, Y: 0.76 + 0.26 * np.exp(-((X - 0.45) ** 2 * 1.5 + (Y - 0.2) ** 2 * 1.2)))
    img = tint(img, (250, 252, 255))
    return finish(img, rng, 0.7, 4.0)


DEVICES = {f.__name__: f for f in (flags, fax_overprint, capture, chainlink, imprinter, bottom_curl, cardboard,
                                   keyboard, interlinear, double_stamp, tray)}
