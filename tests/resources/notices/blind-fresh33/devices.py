"""Page rendering and the eleven image devices of set 33 (numpy and Pillow only, seeded).

Everything drawn here is FICTIONAL. Each device returns (image, hidden) where `hidden` is the set of line
indexes a reader cannot read whole (under a lens rim or a toner smear); the self-check leaves them out.
"""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = {
    "sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "serif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
              "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "mono": ("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
             "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"),
}
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
W, H = 1700, 2200
LEFT, TOP = 115, 110


def font(kind, size, bold=False):
    return ImageFont.truetype(FONTS[kind][1 if bold else 0], size)


def render(case, mode="L", halftone=False, size=(W, H), fsize=None):
    """Draw the case's lines on a white page; return the image and each line's (top, bottom)."""
    w, h = size
    lines = case["lines"]
    lh = min(42, (h - 2 * TOP) / max(len(lines), 1))
    fs = fsize or int(lh * 0.62)
    img = Image.new(mode, (w, h), "white")
    d = ImageDraw.Draw(img)
    ink = 0 if mode == "L" else (20, 20, 24)
    spans = []
    y = TOP
    sx = w / W
    tabs = [int(t * sx) for t in case.get("tabs", [0])]
    for i, raw in enumerate(lines):
        line, bold, fsz = raw, False, fs
        if line.startswith("## "):
            line, bold, fsz = line[3:], True, int(fs * 1.22)
        elif line.startswith("# "):
            line, bold = line[2:], True
        top = y
        if line == "---":
            d.line([(LEFT * sx, y + lh / 2), (w - LEFT * sx, y + lh / 2)], fill=ink, width=2)
        else:
            shaded = line.startswith("%")
            if shaded:
                line = line[1:]
                if halftone:
                    _halftone(img, int(LEFT * sx - 6), int(y), int(w - LEFT * sx + 6), int(y + lh), 0.22)
                else:
                    d.rectangle([LEFT * sx - 6, y, w - LEFT * sx + 6, y + lh], fill=225 if mode == "L" else (225,) * 3)
            ft = font(case["font"], fsz, bold)
            for j, cell in enumerate(line.split("\t")):
                x = LEFT * sx + tabs[min(j, len(tabs) - 1)]
                if j and j >= len(tabs):
                    raise ValueError(f"case {case['n']} line {i}: more cells than tabs")
                d.text((x, y + (lh - fsz) * 0.45), cell, font=ft, fill=ink)
                right = x + d.textlength(cell, font=ft)
                nxt = LEFT * sx + tabs[j + 1] if j + 1 < len(tabs) and j + 1 < len(line.split("\t")) else w - 40 * sx
                if right > nxt - 6:
                    raise ValueError(f"case {case['n']} line {i} cell {j} overflows: {cell!r}")
        y += lh
        spans.append((top, y))
    return img, spans


def _halftone(img, x0, y0, x1, y1, cover):
    """A 45-degree dot screen (period about 3.4 px) as printed shading."""
    a = np.array(img)
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    p = 3.4
    u = (xx + yy) / (p * math.sqrt(2))
    v = (xx - yy) / (p * math.sqrt(2))
    dots = (np.cos(2 * np.pi * u) + np.cos(2 * np.pi * v)) > (2 - 4 * cover)
    region = a[y0:y1, x0:x1]
    if region.ndim == 3:
        region[dots] = (70, 70, 78)
    else:
        region[dots] = 70
    a[y0:y1, x0:x1] = region
    img.paste(Image.fromarray(a))


# ---------------------------------------------------------------- helpers
def coeffs(dst, src):
    """PIL PERSPECTIVE coefficients mapping output points dst to input points src."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([p for s in src for p in s], dtype=float)
    return np.linalg.solve(np.array(m, dtype=float), b).tolist()


def place(page, bg, corners, resample=Image.BILINEAR):
    """Warp the page onto the background so its corners land on `corners` (tl, tr, br, bl)."""
    pw, ph = page.size
    c = coeffs(corners, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform(bg.size, Image.PERSPECTIVE, c, resample, fillcolor="black")
    mask = Image.new("L", page.size, 255).transform(bg.size, Image.PERSPECTIVE, c, Image.BILINEAR, fillcolor=0)
    out = bg.copy()
    out.paste(warped.convert(bg.mode), (0, 0), mask)
    return out


def sample(arr, xs, ys, fill=255.0):
    """Bilinear sampling of a 2-D or 3-D array at float coordinates."""
    h, w = arr.shape[:2]
    x0 = np.floor(xs).astype(int)
    y0 = np.floor(ys).astype(int)
    fx, fy = xs - x0, ys - y0
    out = None
    valid = (xs >= 0) & (ys >= 0) & (xs <= w - 1) & (ys <= h - 1)
    x0c, y0c = np.clip(x0, 0, w - 1), np.clip(y0, 0, h - 1)
    x1c, y1c = np.clip(x0 + 1, 0, w - 1), np.clip(y0 + 1, 0, h - 1)
    a = arr.astype(np.float32)
    if a.ndim == 3:
        fx, fy, valid = fx[..., None], fy[..., None], valid[..., None]
    out = (a[y0c, x0c] * (1 - fx) * (1 - fy) + a[y0c, x1c] * fx * (1 - fy) + a[y1c, x0c] * (1 - fx) * fy
           + a[y1c, x1c] * fx * fy)
    return np.where(valid, out, fill)


def noise_tex(rng, size, scale, sigma):
    n = rng.normal(0, 1, (size[1] // scale + 2, size[0] // scale + 2)).astype(np.float32)
    im = Image.fromarray(np.uint8(np.clip(128 + n * 40, 0, 255))).resize(size, Image.BICUBIC)
    return (np.asarray(im, np.float32) - 128) / 40 * sigma


def camera(img, rng, sigma=3.0, blur=0.6, q=None):
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img, np.float32)
    a = a + rng.normal(0, sigma, a.shape)
    return Image.fromarray(np.uint8(np.clip(a, 0, 255)))


def tint(img, mul):
    a = np.asarray(img.convert("RGB"), np.float32) * np.array(mul, np.float32)
    return Image.fromarray(np.uint8(np.clip(a, 0, 255)))


def hand_note(img, xy, text, size=40, angle=0, color=(28, 52, 150)):
    """Ballpoint handwriting (Z003 script) drawn at xy, slightly rotated."""
    ft = ImageFont.truetype(HAND, size)
    d0 = ImageDraw.Draw(img)
    tw = int(d0.textlength(text, font=ft)) + 20
    layer = Image.new("L", (tw, size + 24), 0)
    ImageDraw.Draw(layer).text((10, 4), text, font=ft, fill=235)
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    ink = Image.new("RGB", layer.size, color)
    img.paste(ink, (int(xy[0]), int(xy[1])), layer)


# ---------------------------------------------------------------- backgrounds
def bg_carpet(rng, size):
    base = np.array([118, 104, 92], np.float32)
    n = noise_tex(rng, size, 2, 16) + noise_tex(rng, size, 9, 10)
    a = base + n[..., None] * np.array([1, 0.9, 0.8])
    return Image.fromarray(np.uint8(np.clip(a, 0, 255)))


def bg_plaid(rng, size):
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    s1 = (np.sin(xx / 23.0) > 0.55).astype(np.float32)
    s2 = (np.sin(yy / 23.0) > 0.55).astype(np.float32)
    s3 = (np.sin((xx + 7) / 9.0) > 0.9).astype(np.float32)
    r = 150 - 60 * s1 - 60 * s2 + 40 * s3
    g = 40 + 20 * s1 + 10 * s2 + 60 * s3
    b = 45 + 15 * s1 + 35 * s2 + 60 * s3
    a = np.stack([r, g, b], -1) + rng.normal(0, 5, (h, w, 1))
    return Image.fromarray(np.uint8(np.clip(a, 0, 255)))


def bg_felt(rng, size):
    a = np.array([38, 84, 56], np.float32) + noise_tex(rng, size, 3, 9)[..., None]
    return Image.fromarray(np.uint8(np.clip(a, 0, 255)))


def bg_desk(rng, size, col=(160, 150, 138)):
    a = np.array(col, np.float32) + noise_tex(rng, size, 6, 7)[..., None]
    return Image.fromarray(np.uint8(np.clip(a, 0, 255)))


# ---------------------------------------------------------------- the devices
def moire(case, rng):
    """Phone photo of a page whose shaded rows are a fine halftone: the resampling beats into moire."""
    page, _ = render(case, "RGB", halftone=True)
    bg = bg_desk(rng, (1560, 2040), (96, 92, 88))
    # no optical low-pass filter: the sensor samples the dot screen directly (NEAREST), hence the beats
    out = place(page, bg, [(92, 70), (1478, 96), (1502, 1968), (64, 1990)], Image.NEAREST)
    a = np.asarray(out, np.float32)
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]].astype(np.float32)
    light = 1.0 - 0.12 * ((xx / a.shape[1]) ** 2) - 0.06 * (yy / a.shape[0])
    a = a * light[..., None] * np.array([1.03, 1.0, 0.93])
    out = camera(Image.fromarray(np.uint8(np.clip(a, 0, 255))), rng, 2.5, 0.5)
    return out, set()


def rolled(case, rng):
    """A page kept rolled: its top and bottom lift toward the phone, bowing and foreshortening the rows."""
    page, spans = render(case, "RGB")
    notes = case.get("overlays", [])
    spots = [(700, spans[5][0] - 6, -4), (860, spans[8][0], 3), (900, spans[-2][0] - 30, -6)]
    for (kind, text), (x, y, ang) in zip(notes, spots):
        hand_note(page, (x, y), text, 44, ang)
    src = np.asarray(page, np.float32)
    ph, pw = src.shape[:2]
    ow, oh = 1800, 2300
    ys = np.arange(ph, dtype=np.float32)
    t = (ys - ph / 2) / (ph / 2)                          # -1 .. 1
    lift = 0.20 * ph * np.abs(t) ** 3                     # height above the table
    slope = np.gradient(lift)
    proj = np.cumsum(1 / np.sqrt(1 + slope ** 2))         # foreshortened length along the page
    proj -= proj[ph // 2]
    scale = 1 + lift / (2.6 * ph)                         # closer rows look larger
    yo = oh / 2 + proj * scale * 0.93
    vs = np.arange(oh, dtype=np.float32)
    ysrc = np.interp(vs, yo, ys, left=-10, right=ph + 10)
    sc = np.interp(ysrc, ys, scale)
    us = np.arange(ow, dtype=np.float32)
    U, V = np.meshgrid(us, vs)
    bow = 0.012 * ((U - ow / 2) / (ow / 2)) ** 2 * (np.interp(ysrc, ys, lift))[:, None]
    Y = ysrc[:, None] - bow
    X = pw / 2 + (U - ow / 2) / (sc[:, None] * 0.93)
    bg = np.asarray(bg_felt(rng, (ow, oh)), np.float32)
    warped = sample(src, X, Y, fill=-1)
    inside = warped[..., 0] >= 0
    shade = 1 - 0.22 * np.clip(np.interp(ysrc, ys, np.abs(slope)), 0, 1)
    shade = shade * (1 - 0.05 * np.sign(np.interp(ysrc, ys, t)))
    warped = warped * shade[:, None, None]
    out = np.where(inside[..., None], warped, bg)
    out = camera(Image.fromarray(np.uint8(np.clip(out, 0, 255))), rng, 3.0, 0.7)
    return out, set()


def _stamp(page, center, lines, rng, color=(110, 60, 160)):
    r = 150
    layer = Image.new("L", (2 * r + 20, 2 * r + 20), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse([10, 10, 2 * r + 10, 2 * r + 10], outline=230, width=8)
    d.ellipse([30, 30, 2 * r - 10, 2 * r - 10], outline=230, width=3)
    ft = ImageFont.truetype(FONTS["sans"][1], 30)
    for k, text in enumerate(lines):
        tw = d.textlength(text, font=ft)
        d.text((r + 10 - tw / 2, r + 10 - 70 + k * 40), text, font=ft, fill=230)
    a = np.asarray(layer, np.float32) * (0.55 + 0.45 * rng.random((layer.size[1], layer.size[0])))
    layer = Image.fromarray(np.uint8(a)).rotate(-14, resample=Image.BICUBIC)
    ink = Image.new("RGB", layer.size, color)
    page.paste(ink, (int(center[0] - r), int(center[1] - r)), layer)


def ceiling(case, rng):
    """Two ceiling lights: the phone and hand cast two soft shadows that cross on the page; violet stamp."""
    page, spans = render(case, "RGB")
    _stamp(page, (1320, spans[-2][0]), ["FEDERAL RETIREE", "BENEFITS DESK", "RECEIVED", "NOV 20 2026"], rng)
    bg = bg_carpet(rng, (1640, 2120))
    out = place(page, bg, [(70, 60), (1560, 40), (1590, 2060), (50, 2080)])
    a = np.asarray(out, np.float32)
    sh = Image.new("L", out.size, 0)
    d = ImageDraw.Draw(sh)
    d.rounded_rectangle([560, 1150, 1180, 2400], 80, fill=255)      # phone and arm, light 1
    d.polygon([(820, 2120), (1180, 2120), (1300, 2400), (700, 2400)], fill=255)
    s1 = np.asarray(sh.filter(ImageFilter.GaussianBlur(70)), np.float32) / 255
    sh2 = Image.new("L", out.size, 0)
    d2 = ImageDraw.Draw(sh2)
    d2.rounded_rectangle([-200, 900, 520, 1700], 90, fill=255)      # the same from light 2, to the left
    d2.polygon([(-200, 1500), (420, 1600), (300, 2120), (-200, 2120)], fill=255)
    s2 = np.asarray(sh2.filter(ImageFilter.GaussianBlur(120)), np.float32) / 255
    light = (1 - 0.33 * s1) * (1 - 0.26 * s2)
    a = a * light[..., None] * np.array([1.0, 0.98, 0.94])
    out = camera(Image.fromarray(np.uint8(np.clip(a, 0, 255))), rng, 3.2, 0.6)
    return out, set()


def lace(case, rng):
    """Late sun through a lace curtain: a dappled lace pattern of light over the shaded page."""
    page, _ = render(case, "RGB")
    bg = bg_desk(rng, (1620, 2100), (150, 118, 84))
    out = place(page, bg, [(60, 80), (1540, 50), (1575, 2040), (40, 2060)])
    w, h = out.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u, v = xx * 0.94 + yy * 0.25, yy * 0.96 - xx * 0.18                   # the pattern falls at a slant
    cell = 120.0
    cu, cv = (u % cell) - cell / 2, (v % cell) - cell / 2
    rr = np.sqrt(cu ** 2 + cv ** 2)
    ang = np.arctan2(cv, cu)
    petals = (np.abs(rr - 34 - 8 * np.cos(6 * ang)) < 9)                   # a rosette of petals
    mesh = (np.sin(u / 6.5) * np.sin(v / 6.5)) > 0.55                      # the fine net between
    holes = (petals | mesh | (rr < 8)).astype(np.float32)
    holes = np.asarray(Image.fromarray(np.uint8(holes * 255)).filter(ImageFilter.GaussianBlur(5)), np.float32) / 255
    sun = 0.62 + 0.42 * holes
    a = np.asarray(out, np.float32)
    warm = np.stack([sun * 1.08, sun * 1.0, sun * 0.86], -1)
    a = a * warm
    out = camera(Image.fromarray(np.uint8(np.clip(a, 0, 255))), rng, 3.0, 0.6)
    return out, set()


def shear_fax(case, rng):
    """Fine-mode fax, 1-bit: the sender's feed pulled the page crooked, so rows drift sideways."""
    page, _ = render(case, "L", size=(1728, 2200))
    a = np.asarray(page, np.float32)
    h, w = a.shape
    out = np.full_like(a, 255)
    drift = 0.0
    for y in range(h):
        drift += 0.030 + (0.02 if y > h * 0.55 else 0.0) + rng.normal(0, 0.01)
        s = int(round(drift))
        if s > 0:
            out[y, s:] = a[y, :w - s]
        else:
            out[y] = a[y]
    out = out + rng.normal(0, 30, out.shape)
    speck = rng.random(out.shape) < 0.0009
    out[speck] = 0
    bw = Image.fromarray(np.uint8(np.clip(out, 0, 255))).point(lambda p: 255 if p > 140 else 0).convert("1")
    return bw, set()


def deskew(case, rng):
    """Sheet-fed scan on black backing, auto-deskewed: black wedges in the corners; imprinter line on top."""
    page, _ = render(case, "L")
    d = ImageDraw.Draw(page)
    ft = ImageFont.truetype(FONTS["mono"][0], 26)
    text = case["overlays"][0][1]
    layer = Image.new("L", page.size, 0)
    ImageDraw.Draw(layer).text((LEFT + 380, 38), text, font=ft, fill=255)
    dots = np.zeros((page.size[1], page.size[0]), bool)
    dots[::3, ::3] = True
    dots[1::3, 1::3] = True
    m = (np.asarray(layer) > 100) & dots
    a = np.asarray(page).copy()
    a[m] = 95
    page = Image.fromarray(a)
    tilted = page.rotate(3.1, resample=Image.BICUBIC, expand=False, fillcolor=0)
    tilted = camera(tilted, rng, 2.0, 0.5)
    straight = tilted.rotate(-3.1, resample=Image.BICUBIC, expand=False, fillcolor=0)
    small = straight.resize((1275, 1650), Image.LANCZOS)
    a = np.asarray(small, np.float32) * 257.0 + rng.normal(0, 40, (1650, 1275))
    a16 = np.clip(a, 0, 65535).astype(np.uint16)
    img = Image.fromarray(a16)
    assert img.mode == "I;16", img.mode
    return img, set()


def cmyk_sticker(case, rng):
    """Copy-shop kiosk colour scan saved as a CMYK JPEG; a yellow printed reminder label on the page."""
    page, spans = render(case, "RGB")
    x, y = 1040, spans[5][0]
    lab = Image.new("RGB", (560, 150), (250, 226, 70))
    dl = ImageDraw.Draw(lab)
    ft = ImageFont.truetype(FONTS["sans"][1], 24)
    words = case["overlays"][0][1]
    first, second = words.split(" - ")
    dl.text((18, 30), first, font=ft, fill=(30, 30, 30))
    dl.text((18, 80), second, font=ft, fill=(30, 30, 30))
    sh = Image.new("L", (580, 170), 0)
    ImageDraw.Draw(sh).rectangle([10, 10, 570, 160], fill=90)
    sh = sh.filter(ImageFilter.GaussianBlur(6))
    page.paste(Image.new("RGB", sh.size, (120, 120, 120)), (x - 2, y + 4), sh)
    page.paste(lab.rotate(2.5, expand=False, fillcolor=(250, 226, 70)), (x, y))
    a = np.asarray(page, np.float32) * np.array([0.985, 0.975, 0.94]) + rng.normal(0, 2.0, (H, W, 1))
    img = Image.fromarray(np.uint8(np.clip(a, 0, 255))).rotate(-0.4, resample=Image.BICUBIC, fillcolor=(240, 238, 230))
    return img.convert("CMYK"), set()


def dewarp(case, rng):
    """Phone scanner app: dewarping left a slow wave in the rows; 'enhance' whitened the paper with halos."""
    page, _ = render(case, "L")
    src = np.asarray(page, np.float32)
    h, w = src.shape
    V, U = np.mgrid[0:h, 0:w].astype(np.float32)
    Y = V + 5.5 * np.sin(2 * np.pi * U / 950 + V / 700) + 3 * np.sin(2 * np.pi * V / 1300)
    X = U + 2.5 * np.sin(2 * np.pi * V / 800)
    a = sample(src, X, Y, 255)
    a = a * (0.86 + 0.1 * (U / w)) + 8                             # the photo's uneven light
    im = Image.fromarray(np.uint8(np.clip(a + rng.normal(0, 3, a.shape), 0, 255)))
    blur = np.asarray(im.filter(ImageFilter.GaussianBlur(4)), np.float32)
    a = np.asarray(im, np.float32)
    a = a + 1.3 * (a - blur)                                        # the app's sharpening: halos
    a = (a - 30) * 1.45
    a[a > 200] = 255                                                # and its white background
    return Image.fromarray(np.uint8(np.clip(a, 0, 255))), set()


def magnifier(case, rng):
    """A round reading magnifier lying on the page, photographed: the middle is enlarged, its rim hides a ring."""
    page, spans = render(case, "RGB")
    i = case["lens_line"]
    cy = (spans[i][0] + spans[i][1]) / 2
    cx, R, m = 980.0, 175.0, 1.45
    src = np.asarray(page, np.float32)
    h, w = src.shape[:2]
    V, U = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = U - cx, V - cy
    r = np.sqrt(dx ** 2 + dy ** 2)
    inside = r < R
    k = (1 + 0.25 * (r / R) ** 2) / m
    X = np.where(inside, cx + dx * k, U)
    Y = np.where(inside, cy + dy * k, V)
    a = sample(src, X, Y, 255)
    rim = (r >= R - 4) & (r < R + 22)
    a[rim] = np.array([40, 40, 44])
    glint = np.exp(-(((U - cx + 70) ** 2 + (V - cy + 80) ** 2) / (2 * 30 ** 2))) * inside
    a = a + 80 * glint[..., None]
    a = a * np.where(inside, 1.04, 1.0)[..., None]
    page = Image.fromarray(np.uint8(np.clip(a, 0, 255)))
    bg = bg_desk(rng, (1620, 2100), (120, 112, 100))
    out = place(page, bg, [(80, 70), (1540, 90), (1560, 2050), (60, 2030)])
    hidden = {j for j, (t, b) in enumerate(spans) if b > cy - R - 25 and t < cy + R + 25}
    return camera(out, rng, 2.6, 0.6), hidden


def fuser(case, rng):
    """Laser print whose fuser failed: toner in a band smeared downward; scanned grey."""
    page, spans = render(case, "L")
    a0, a1 = case["smear_lines"]
    top, bot = int(spans[a0][0]), int(spans[a1][1])
    a = np.asarray(page, np.float32).copy()
    band = a[top - 4:bot + 40].copy()
    acc = band.copy()
    for k in range(1, 26):
        acc = np.minimum(acc, np.roll(band, k, axis=0) * (1 + k * 0.02))
    xs = np.arange(W)[None, :]
    ys = np.arange(band.shape[0])[:, None]
    edge = (xs * 0.06 + ys) > 10                                         # the smear's slanted start
    band = np.where(edge, 0.6 * acc + 0.4 * band, band)
    band = 255 - (255 - band) * 0.7
    a[top - 4:bot + 40] = band
    im = Image.fromarray(np.uint8(np.clip(a, 0, 255))).rotate(0.3, resample=Image.BICUBIC, fillcolor=250)
    im = camera(im, rng, 1.5, 0.4)
    return im, set(range(a0, a1 + 1))


def telephoto(case, rng):
    """A 3x telephoto shot from across a table: a small flat page, hazy, with a slight pincushion bend."""
    page, _ = render(case, "RGB")
    ow, oh = 1900, 2380
    bg = bg_plaid(rng, (ow, oh))
    out = place(page, bg, [(250, 230), (1650, 250), (1660, 2070), (240, 2060)])
    src = np.asarray(out, np.float32)
    V, U = np.mgrid[0:oh, 0:ow].astype(np.float32)
    dx, dy = (U - ow / 2) / (ow / 2), (V - oh / 2) / (oh / 2)
    r2 = dx ** 2 + dy ** 2
    k = 1 - 0.025 * r2                                                       # pincushion
    X, Y = ow / 2 + (U - ow / 2) * k, oh / 2 + (V - oh / 2) * k
    a = sample(src, X, Y, 0)
    a = a * 0.8 + 42                                                          # haze
    out = camera(Image.fromarray(np.uint8(np.clip(a, 0, 255))), rng, 3.0, 1.1)
    return out, set()


DEVICES = dict(moire=moire, rolled=rolled, ceiling=ceiling, lace=lace, shear_fax=shear_fax, deskew=deskew,
               cmyk_sticker=cmyk_sticker, dewarp=dewarp, magnifier=magnifier, fuser=fuser, telephoto=telephoto)
