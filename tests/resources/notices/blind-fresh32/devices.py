"""Page rendering and the eleven image devices of blind set 32 (FICTIONAL). numpy and Pillow only, seeded."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/liberation2/"
FAMILIES = {
    "sans": (FD + "LiberationSans-Regular.ttf", FD + "LiberationSans-Bold.ttf"),
    "serif": (FD + "LiberationSerif-Regular.ttf", FD + "LiberationSerif-Bold.ttf"),
    "mono": (FD + "LiberationMono-Regular.ttf", FD + "LiberationMono-Bold.ttf"),
}
_fc = {}


def font(family, size, bold=False):
    k = (family, size, bold)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FAMILIES[family][1 if bold else 0], size)
    return _fc[k]


# ---------------------------------------------------------------- layout

def _wrap(text, f, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if f.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout(blocks, x0, width, y, family, size, ops, tags):
    """Append draw ops (("t", x, y, text, font) or ("r", x0, y, x1)) and return the new y."""
    lh = int(size * 1.38)
    reg, bold = font(family, size), font(family, size, True)
    for b in blocks:
        k = b[0]
        if k == "tag":
            tags[b[1]] = y
        elif k in ("h1", "h2", "p", "small"):
            f = {"h1": font(family, int(size * 1.45), True), "h2": font(family, int(size * 1.08), True),
                 "p": reg, "small": font(family, int(size * 0.82))}[k]
            step = int(f.size * 1.38)
            for ln in _wrap(b[1], f, width):
                ops.append(("t", x0, y, ln, f))
                y += step
            y += int(size * 0.45)
        elif k == "lines":
            for ln in b[1]:
                ops.append(("t", x0, y, ln, reg))
                y += lh
            y += int(size * 0.45)
        elif k == "sp":
            y += int(size * 0.7)
        elif k == "rule":
            ops.append(("r", x0, y + 4, x0 + width))
            y += int(size * 0.7)
        elif k == "kv":
            lw = min(max(reg.getlength(lab) for lab, _ in b[1]) + 24, width * 0.42)
            for lab, val in b[1]:
                ops.append(("t", x0, y, lab, reg))
                vl = _wrap(val, reg, width - lw)
                for i, v in enumerate(vl):
                    ops.append(("t", x0 + lw, y, v, reg))
                    y += lh
            y += int(size * 0.45)
        elif k == "table":
            head, rows = b[1], b[2]
            s = size
            while True:
                fr, fb = font(family, s), font(family, s, True)
                gap = int(s * 1.0)
                ws = [max([fb.getlength(head[i])] + [fr.getlength(r[i]) for r in rows]) + gap
                      for i in range(len(head))]
                if sum(ws) <= width or s <= 15:
                    break
                s -= 1
            step = int(s * 1.45)
            xs = [x0]
            for w in ws[:-1]:
                xs.append(xs[-1] + w)
            for i, h in enumerate(head):
                ops.append(("t", xs[i], y, h, fb))
            y += step
            ops.append(("r", x0, y - 4, x0 + min(width, sum(ws))))
            for r in rows:
                for i, c in enumerate(r):
                    if c:
                        ops.append(("t", xs[i], y, c, fr))
                y += step
            ops.append(("r", x0, y - 4, x0 + min(width, sum(ws))))
            y += int(size * 0.6)
        elif k == "cols":
            gw = int(width * 0.04)
            cw = (width - gw) // 2
            y1 = layout(b[1], x0, cw, y, family, size, ops, tags)
            y2 = layout(b[2], x0 + cw + gw, cw, y, family, size, ops, tags)
            y = max(y1, y2)
        else:
            raise ValueError(k)
    return y


def render(blocks, family="sans", size=27, width=1700, min_height=2200, margin=130, ink=22, paper=255,
           top=120):
    ops, tags = [], {}
    y = layout(blocks, margin, width - 2 * margin, top, family, size, ops, tags)
    h = max(min_height, y + 120)
    img = Image.new("L", (width, h), paper)
    d = ImageDraw.Draw(img)
    for op in ops:
        if op[0] == "t":
            d.text((op[1], op[2]), op[3], font=op[4], fill=ink)
        else:
            d.line([(op[1], op[2]), (op[3], op[2])], fill=ink, width=2)
    return img, tags, ops


def blocks_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "p", "small"):
            out.append(b[1])
        elif k == "lines":
            out.extend(b[1])
        elif k == "kv":
            out.extend(f"{a} {v}" for a, v in b[1])
        elif k == "table":
            out.append("  ".join(b[1]))
            out.extend("  ".join(c for c in r if c) for r in b[2])
        elif k == "cols":
            out.append(blocks_text(b[1]))
            out.append(blocks_text(b[2]))
    return "\n".join(out)


# ---------------------------------------------------------------- helpers

def persp_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output point dst[i] samples input point src[i]."""
    m, v = [], []
    for (x, y), (u, w) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); v.append(u)
        m.append([0, 0, 0, x, y, 1, -w * x, -w * y]); v.append(w)
    return np.linalg.solve(np.array(m, float), np.array(v, float)).tolist()


def warp_onto(bg, page, quad):
    """Put page (RGB) into bg (RGB) so that its corners land on quad (tl, tr, br, bl)."""
    w, h = page.size
    c = persp_coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page.transform(bg.size, Image.PERSPECTIVE, c, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(bg.size, Image.PERSPECTIVE, c, Image.BILINEAR)
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    return out


def sample(arr, xs, ys, fill):
    """Bilinear sampling of an HxWxC float array at float coordinates."""
    h, w = arr.shape[:2]
    x0 = np.floor(xs).astype(int); y0 = np.floor(ys).astype(int)
    fx = (xs - x0)[..., None]; fy = (ys - y0)[..., None]
    ok = (x0 >= 0) & (y0 >= 0) & (x0 < w - 1) & (y0 < h - 1)
    x0c = np.clip(x0, 0, w - 2); y0c = np.clip(y0, 0, h - 2)
    a = arr[y0c, x0c]; b = arr[y0c, x0c + 1]; c = arr[y0c + 1, x0c]; d = arr[y0c + 1, x0c + 1]
    out = (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy
    out[~ok] = fill
    return out


def smooth_noise(rng, shape, scale):
    """Low-frequency noise in [0, 1]: small random grid upscaled."""
    h, w = shape
    g = rng.random((max(2, h // scale + 2), max(2, w // scale + 2)))
    im = Image.fromarray((g * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return np.asarray(im, float) / 255.0


def to_rgb(page, tone=(250, 248, 243)):
    a = np.asarray(page, float) / 255.0
    t = np.array(tone, float)
    ink = np.array([28, 28, 34], float)
    rgb = ink + (t - ink) * a[..., None]
    return Image.fromarray(rgb.clip(0, 255).astype(np.uint8))


def finish_photo(img, rng, noise=3.0, blur=0.6):
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img, float)
    a = a + rng.normal(0, noise, a.shape)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def wood(rng, w, h, base=(112, 72, 42), dark=0.55):
    y, x = np.mgrid[0:h, 0:w].astype(float)
    n = smooth_noise(rng, (h, w), 180)
    rings = 0.5 + 0.5 * np.sin(x * 0.045 + n * 14 + np.sin(y * 0.004) * 3)
    fine = smooth_noise(rng, (h, w), 6)
    v = 1 - dark * 0.35 * rings - 0.12 * fine
    rgb = np.array(base, float)[None, None, :] * v[..., None]
    return rgb


# ---------------------------------------------------------------- devices
# Each returns (PIL image, extra text drawn on the image that is not part of the notice's blocks).

def pincushion(page, tags, rng, case):
    W, H = 1900, 2450
    bg = np.zeros((H, W, 3), float)
    g = np.linspace(0, 1, H)[:, None]
    bg[:] = (np.array([236, 238, 240])[None, None, :] - 10 * g[..., None])
    bg[:130] = [72, 78, 90]
    bg += (smooth_noise(rng, (H, W), 40)[..., None] - 0.5) * 6
    bgi = Image.fromarray(bg.clip(0, 255).astype(np.uint8))
    d = ImageDraw.Draw(bgi)
    d.ellipse([1520, 18, 1620, 118], fill=(190, 194, 200), outline=(40, 40, 48), width=6)
    d.rectangle([300, 40, 900, 90], fill=(30, 34, 40))
    prgb = to_rgb(page, (249, 249, 246))
    quad = [(120, 190), (1790, 175), (1805, 2340), (105, 2360)]
    img = warp_onto(bgi, prgb, quad)
    a = np.asarray(img, float)
    y, x = np.mgrid[0:H, 0:W].astype(float)
    cx, cy = W / 2, H / 2
    rn = np.hypot(cx, cy)
    u, v = (x - cx) / rn, (y - cy) / rn
    f = 1 - 0.085 * (u * u + v * v)
    out = sample(a, cx + u * f * rn, cy + v * f * rn, 0)
    light = 0.9 + 0.1 * (x / W)[..., None] - 0.05 * (y / H)[..., None]
    out = out * light
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8)).crop((60, 40, W - 60, H - 40))
    im = im.resize((1600, int(1600 * im.size[1] / im.size[0])), Image.LANCZOS)
    return finish_photo(im, rng, 3.0, 0.5), []


def jitter(page, tags, rng, case):
    a = np.asarray(page, float) * (233 / 255.0) + 22 * (1 - np.asarray(page, float) / 255.0) * 0
    a = 20 + (np.asarray(page, float) / 255.0) * (240 - 20)
    H, W = a.shape
    out = a.copy()
    for _ in range(16):
        s = int(rng.integers(0, H - 80))
        n = int(rng.integers(6, 70))
        mode = rng.random()
        sh = int(rng.integers(2, 8)) * (1 if rng.random() < 0.5 else -1)
        for r in range(s, min(H, s + n)):
            k = sh if mode < 0.55 else (sh if (r - s) % 2 == 0 else -sh // 2)
            out[r] = np.roll(a[r], k)
            if k > 0:
                out[r, :k] = 240
            elif k < 0:
                out[r, k:] = 240
    out = out + rng.normal(0, 3.5, out.shape)
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.55))
    return im, []


def onionskin(page, tags, rng, case):
    W, H = 1900, 2420
    desk = wood(rng, W, H, base=(96, 58, 32))
    pw, ph = page.size
    # the page, thin: the desk shows through where it lies
    quad = [(140, 150), (1770, 120), (1800, 2290), (115, 2310)]
    c = persp_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    pa = np.asarray(page.transform((W, H), Image.PERSPECTIVE, c, Image.BICUBIC, fillcolor=255), float) / 255.0
    mask = np.asarray(Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, c, Image.BILINEAR),
                      float)[..., None] / 255.0
    paper = np.array([238, 234, 224], float)
    t = 0.2
    through = paper * (1 - t) + desk * t * 1.05
    wrink = 1 + 0.05 * (smooth_noise(rng, (H, W), 120) - 0.5) + 0.025 * (smooth_noise(rng, (H, W), 25) - 0.5)
    sheet = through * wrink[..., None]
    ink = np.array([52, 50, 60], float)
    sheet = ink + (sheet - ink) * pa[..., None]
    out = desk * (1 - mask) + sheet * mask
    light = 0.92 + 0.1 * np.linspace(0, 1, W)[None, :, None]
    out = out * light
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    return finish_photo(im, rng, 3.2, 0.6), []


def moire(page_unused, tags, rng, case):
    ex = case["extra"]
    SW, SH = 1920, 1200
    scr = Image.new("RGB", (SW, SH), (255, 255, 255))
    d = ImageDraw.Draw(scr)
    f18, f20, f20b = font("sans", 18), font("sans", 20), font("sans", 22, True)
    d.rectangle([0, 0, SW, 44], fill=(222, 225, 230))
    d.rectangle([12, 6, 470, 44], fill=(255, 255, 255))
    d.text((28, 14), ex["tab"], font=f18, fill=(30, 30, 30))
    d.rectangle([0, 44, SW, 96], fill=(255, 255, 255))
    d.rounded_rectangle([150, 52, 1500, 88], radius=16, fill=(238, 240, 244))
    d.text((176, 59), ex["url"], font=f20, fill=(40, 40, 40))
    d.line([(0, 96), (SW, 96)], fill=(200, 200, 205), width=2)
    d.rectangle([0, 97, SW, 150], fill=(18, 86, 74))
    d.text((40, 110), ex["brand"], font=f20b, fill=(255, 255, 255))
    d.rectangle([0, 150, 330, SH - 48], fill=(242, 245, 244))
    yy = 180
    for s in ex["side"]:
        d.text((30, yy), s, font=f20, fill=(30, 60, 55)); yy += 38
    content, _, _ = render(case["blocks"], "sans", 22, width=1560, min_height=1000, margin=40, top=20)
    content = content.crop((0, 0, 1560, SH - 48 - 160))
    scr.paste(to_rgb(content, (255, 255, 255)), (345, 160))
    d.rectangle([0, SH - 48, SW, SH], fill=(32, 34, 40))
    d.text((SW - 230, SH - 36), ex["clock"], font=f18, fill=(235, 235, 235))
    # the photo: a dark room, the monitor a little keystoned
    PW, PH = 2400, 1650
    room = np.zeros((PH, PW, 3), float) + np.array([34, 33, 38])
    room += (smooth_noise(rng, (PH, PW), 200)[..., None] - 0.5) * 18
    bgi = Image.fromarray(room.clip(0, 255).astype(np.uint8))
    dd = ImageDraw.Draw(bgi)
    bez = [(60, 70), (2350, 110), (2330, 1570), (80, 1610)]
    dd.polygon(bez, fill=(14, 14, 16))
    quad = [(105, 112), (2300, 150), (2282, 1528), (122, 1565)]
    img = warp_onto(bgi, scr, quad)
    a = np.asarray(img, float)
    y, x = np.mgrid[0:PH, 0:PW].astype(float)
    inside = np.asarray(Image.new("L", (PW, PH), 0).copy(), float)
    m = Image.new("L", (PW, PH), 0)
    ImageDraw.Draw(m).polygon(quad, fill=255)
    inside = np.asarray(m, float)[..., None] / 255.0
    warpx = 60 * np.sin(2 * np.pi * y / 1700 + 0.6) + 0.00009 * (y - 800) ** 2
    ph = 2 * np.pi * ((x + warpx) / 150.0 + (y + 0.00016 * (x - 1200) ** 2) / 410.0)
    pat = np.stack([np.cos(ph), np.cos(ph + 2.1), np.cos(ph + 4.2)], -1)
    mo = 1 - 0.11 * (0.5 + 0.5 * pat)
    grid = 1 - 0.05 * (0.5 + 0.5 * np.cos(2 * np.pi * x / 1.27))[..., None]
    glow = 0.93 + 0.07 * (1 - ((x - 1300) ** 2 + (y - 700) ** 2) / (1500.0 ** 2))[..., None]
    a = a * (1 - inside) + a * mo * grid * glow * inside
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    extra = [ex["tab"], ex["url"], ex["brand"], *ex["side"], ex["clock"]]
    return finish_photo(im, rng, 4.0, 0.7), extra


def lace(page, tags, rng, case):
    W, H = 1900, 2450
    counter = np.zeros((H, W, 3), float) + np.array([205, 204, 200])
    counter += (smooth_noise(rng, (H, W), 8)[..., None] - 0.5) * 10
    bgi = Image.fromarray(counter.clip(0, 255).astype(np.uint8))
    img = warp_onto(bgi, to_rgb(page, (248, 246, 240)), [(150, 140), (1760, 170), (1745, 2330), (135, 2300)])
    a = np.asarray(img, float)
    y, x = np.mgrid[0:H, 0:W].astype(float)
    # a lace curtain's shadow: a lattice of rosettes, softened, stretched by the low sun
    xs, ys = x * 0.92 + y * 0.18, y * 0.85 - x * 0.08
    p = 84.0
    r1 = np.cos(2 * np.pi * xs / p) + np.cos(2 * np.pi * ys / p) + np.cos(2 * np.pi * (xs + ys) / (p * 1.41))
    ros = np.cos(2 * np.pi * np.hypot((xs % (2 * p)) - p, (ys % (2 * p)) - p) / (p / 2.2))
    threads = ((np.abs(ros) < 0.16) | (np.abs(r1 - 1.0) < 0.13)).astype(float)
    sh = Image.fromarray(((1 - threads) * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(3.5))
    m = np.asarray(sh, float) / 255.0
    folds = 0.55 + 0.45 * np.clip(np.sin(2 * np.pi * x / 900 + 1.3) + 0.4, 0, 1)
    m = m * folds
    sun = np.array([1.0, 0.95, 0.84])[None, None, :]
    amb = np.array([0.74, 0.75, 0.79])[None, None, :]
    light = amb + (sun - amb * 0.5) * 0.36 * m[..., None]
    out = a * light * 1.08
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    return finish_photo(im, rng, 3.0, 0.6), []


def overlay(page, tags, rng, case):
    prgb = np.asarray(to_rgb(page, (250, 250, 247)), float)
    ph, pw = prgb.shape[:2]
    y0 = tags["overlay"] - 4
    ov = Image.new("L", (pw, ph), 0)
    poly = [(95, y0), (1560, y0 - 22), (1600, y0 + 690), (130, y0 + 740)]
    ImageDraw.Draw(ov).polygon(poly, fill=255)
    m = np.asarray(ov.filter(ImageFilter.GaussianBlur(1.2)), float)[..., None] / 255.0
    tint = np.array([1.0, 0.93, 0.42])[None, None, :]
    haze = 14
    yy, xx = np.mgrid[0:ph, 0:pw].astype(float)
    spec = 18 * np.exp(-((xx - yy * 0.35 - 700) ** 2) / (2 * 160.0 ** 2))[..., None]
    tinted = prgb * tint * 0.97 + haze + spec
    shadow = Image.new("L", (pw, ph), 0)
    ImageDraw.Draw(shadow).polygon([(p[0] + 10, p[1] + 12) for p in poly], fill=255)
    s = np.asarray(shadow.filter(ImageFilter.GaussianBlur(6)), float)[..., None] / 255.0
    base = prgb * (1 - 0.12 * s * (1 - m))
    out = base * (1 - m) + tinted * m
    edge = Image.new("L", (pw, ph), 0)
    ImageDraw.Draw(edge).line(poly + [poly[0]], fill=255, width=3)
    e = np.asarray(edge, float)[..., None] / 255.0
    out = out * (1 - e * 0.5) + 255 * e * 0.5
    page2 = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    W, H = 1900, 2450
    desk = wood(rng, W, H, base=(150, 118, 84), dark=0.35)
    img = warp_onto(Image.fromarray(desk.clip(0, 255).astype(np.uint8)), page2,
                    [(130, 120), (1775, 150), (1790, 2330), (110, 2305)])
    a = np.asarray(img, float) * (0.9 + 0.1 * np.linspace(1, 0, H)[:, None, None])
    return finish_photo(Image.fromarray(a.clip(0, 255).astype(np.uint8)), rng, 3.0, 0.6), []


def livetext(page, tags, rng, case):
    SW, SH = 1290, 2796
    scr = Image.new("RGB", (SW, SH), (0, 0, 0))
    d = ImageDraw.Draw(scr)
    fs, fsb = font("sans", 44), font("sans", 46, True)
    d.text((90, 48), "9:41", font=fsb, fill=(255, 255, 255))
    d.rounded_rectangle([1110, 58, 1190, 94], radius=10, outline=(255, 255, 255), width=3)
    d.rectangle([1116, 64, 1170, 88], fill=(255, 255, 255))
    d.text((40, 170), "< Fotos", font=fs, fill=(10, 132, 255))
    d.text((1080, 170), "Editar", font=fs, fill=(10, 132, 255))
    # the photographed page, a little warm and shaded, shown full width
    prgb = np.asarray(to_rgb(page, (247, 244, 236)), float)
    ph, pw = prgb.shape[:2]
    yy, xx = np.mgrid[0:ph, 0:pw].astype(float)
    prgb = prgb * (0.9 + 0.1 * (1 - yy / ph))[..., None] * (0.96 + 0.04 * xx / pw)[..., None]
    s = SW / pw
    nh = int(ph * s)
    top = (SH - nh) // 2 + 40
    pim = Image.fromarray(prgb.clip(0, 255).astype(np.uint8)).resize((SW, nh), Image.LANCZOS)
    scr.paste(pim, (0, top))
    # Live Text: the first two lines of the letterhead selected
    _, _, ops = render(case["blocks"], case["font"], 27)
    tl = [o for o in ops if o[0] == "t"][:2]
    ys0 = top + int(tl[0][2] * s) - 6
    ys1 = top + int((tl[1][2] + tl[1][4].size * 1.2) * s) + 6
    x0 = int(tl[0][1] * s) - 6
    x1 = int((max(o[1] + o[4].getlength(o[3]) for o in tl)) * s) + 8
    a = np.asarray(scr, float)
    sel = a[ys0:ys1, x0:x1]
    a[ys0:ys1, x0:x1] = sel * 0.62 + np.array([64, 140, 255]) * 0.38
    scr = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    d = ImageDraw.Draw(scr)
    d.line([(x0, ys0 - 18), (x0, ys1)], fill=(10, 132, 255), width=5)
    d.ellipse([x0 - 11, ys0 - 34, x0 + 11, ys0 - 12], fill=(10, 132, 255))
    d.line([(x1, ys0), (x1, ys1 + 18)], fill=(10, 132, 255), width=5)
    d.ellipse([x1 - 11, ys1 + 12, x1 + 11, ys1 + 34], fill=(10, 132, 255))
    menu = "Copiar   Seleccionar todo   Buscar   Traducir   Compartir..."
    fm = font("sans", 34)
    mw = fm.getlength(menu) + 60
    mx = max(20, min(SW - mw - 20, (x0 + x1) / 2 - mw / 2))
    my = top - 130
    d.rounded_rectangle([mx, my, mx + mw, my + 84], radius=22, fill=(58, 58, 62))
    d.text((mx + 30, my + 22), menu, font=fm, fill=(255, 255, 255))
    # the bottom bar, the Live Text button on
    by = SH - 260
    for i, cx in enumerate((120, 400, 645, 890, 1170)):
        if i == 3:
            d.rounded_rectangle([cx - 40, by - 40, cx + 40, by + 40], radius=14, fill=(10, 132, 255))
            for k in range(3):
                d.line([(cx - 20, by - 14 + k * 14), (cx + 20, by - 14 + k * 14)], fill=(255, 255, 255), width=4)
        else:
            d.rounded_rectangle([cx - 30, by - 30, cx + 30, by + 30], radius=8, outline=(10, 132, 255), width=4)
    d.rounded_rectangle([SW / 2 - 140, SH - 40, SW / 2 + 140, SH - 28], radius=6, fill=(230, 230, 230))
    return scr, ["9:41", "< Fotos", "Editar", menu]


def posterize(page, tags, rng, case):
    a = np.asarray(page.rotate(-0.7, resample=Image.BICUBIC, fillcolor=255), float)
    H, W = a.shape
    y, x = np.mgrid[0:H, 0:W].astype(float)
    shade = 0.74 + 0.2 * (x / W) + 0.1 * (1 - y / H) + 0.12 * (smooth_noise(rng, (H, W), 500) - 0.5)
    v = a * np.clip(shade, 0.6, 1.05) + rng.normal(0, 4, a.shape)
    lo, hi = np.percentile(v, 1), np.percentile(v, 99.5)
    v = (v - lo) / (hi - lo) * 255
    levels = np.array([0, 55, 115, 170, 215, 255], float)
    edges = (levels[:-1] + levels[1:]) / 2
    q = levels[np.digitize(v, edges)]
    return Image.fromarray(q.astype(np.uint8)), []


def squashfax(page, tags, rng, case):
    a = np.asarray(page, float)
    H = a.shape[0]
    im = page.resize((1728, H // 2), Image.BOX)
    v = np.asarray(im, float)
    v = v + rng.normal(0, 18, v.shape)
    b = v > 140
    sp = rng.random(b.shape) < 0.0009
    b[sp] = False
    return Image.fromarray((b * 255).astype(np.uint8)).convert("1", dither=Image.NONE), []


def shear(page, tags, rng, case):
    pw, ph = page.size
    M = 110
    canvas = Image.new("L", (pw + 2 * M, ph + 2 * M), 112)
    tex = (smooth_noise(rng, (ph + 2 * M, pw + 2 * M), 10) - 0.5) * 30 + 112
    canvas = Image.fromarray(tex.clip(0, 255).astype(np.uint8))
    canvas.paste(page, (M, M))
    # the app put its bottom-right corner inside the page and its top-right outside it
    src = [(M, M), (M + pw + 38, M - 26), (M + pw - 95, M + ph - 70), (M, M + ph)]
    c = persp_coeffs([(0, 0), (pw, 0), (pw, ph), (0, ph)], src)
    out = canvas.transform((pw, ph), Image.PERSPECTIVE, c, Image.BICUBIC)
    v = np.asarray(out, float)
    v = (v - 40) * 1.35
    v = 255 * (np.clip(v, 0, 255) / 255) ** 1.6
    v = v + rng.normal(0, 2.5, v.shape)
    return Image.fromarray(v.clip(0, 255).astype(np.uint8)), []


def magnifier(page, tags, rng, case):
    pa = np.asarray(to_rgb(page, (250, 249, 245)), float)
    ph, pw = pa.shape[:2]
    cy, cx, R = tags["lens"] + 40, 1250.0, 185.0
    yy, xx = np.mgrid[0:ph, 0:pw].astype(float)
    r = np.hypot(xx - cx, yy - cy)
    inside = r < R
    M = 1.7 * (1 - 0.18 * (r / R) ** 2)
    sx = np.where(inside, cx + (xx - cx) / M, xx)
    sy = np.where(inside, cy + (yy - cy) / M, yy)
    out = sample(pa, sx, sy, 250)
    lensy = np.where(inside, 1, 0)[..., None]
    out = out * (1 - 0.05 * lensy) + np.array([0, 4, 8]) * lensy
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    d = ImageDraw.Draw(im)
    d.ellipse([cx - R - 14, cy - R - 14, cx + R + 14, cy + R + 14], outline=(36, 36, 40), width=24)
    d.arc([cx - R - 8, cy - R - 8, cx + R + 8, cy + R + 8], 200, 260, fill=(150, 150, 158), width=5)
    hx0, hy0 = cx + R + 20, cy - 30
    d.polygon([(hx0, hy0 - 34), (pw + 40, hy0 - 120), (pw + 40, hy0 - 30), (hx0, hy0 + 34)], fill=(42, 40, 44))
    W, H = 1900, 2450
    table = wood(rng, W, H, base=(130, 86, 52), dark=0.5)
    img = warp_onto(Image.fromarray(table.clip(0, 255).astype(np.uint8)), im,
                    [(160, 150), (1760, 120), (1785, 2320), (140, 2350)])
    a = np.asarray(img, float)
    y, x = np.mgrid[0:H, 0:W].astype(float)
    lamp = 0.78 + 0.27 * np.exp(-((x - 600) ** 2 + (y - 500) ** 2) / (2 * 1400.0 ** 2))
    a = a * lamp[..., None] * np.array([1.0, 0.96, 0.88])
    return finish_photo(Image.fromarray(a.clip(0, 255).astype(np.uint8)), rng, 3.5, 0.6), []


DEVICES = dict(pincushion=pincushion, jitter=jitter, onionskin=onionskin, moire=moire, lace=lace,
               overlay=overlay, livetext=livetext, posterize=posterize, squashfax=squashfax, shear=shear,
               magnifier=magnifier)
