"""Camera, paper, light, fax and scanner effects for this set's images (FICTIONAL notices)."""
import io
import math
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageChops


def rng(seed):
    return np.random.default_rng(seed)


def arr(img):
    return np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0


def img(a):
    return Image.fromarray(np.clip(a * 255.0 + 0.5, 0, 255).astype(np.uint8))


def smooth_field(h, w, cells, seed, lo=0.0, hi=1.0):
    """Low-frequency random field in [lo, hi], shape (h, w)."""
    r = rng(seed)
    gh, gw = cells
    small = r.random((gh, gw)).astype(np.float32)
    f = np.asarray(Image.fromarray(small, mode="F").resize((w, h), Image.BICUBIC), dtype=np.float32)
    f = (f - f.min()) / max(1e-6, f.max() - f.min())
    return lo + (hi - lo) * f


def homography(src, dst):
    A = []
    bvec = []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        bvec += [u, v]
    h = np.linalg.solve(np.array(A, dtype=np.float64), np.array(bvec, dtype=np.float64))
    return np.append(h, 1.0).reshape(3, 3)


def warp(page, size, corners):
    """Warp page onto corners (tl, tr, br, bl) of an image of size; returns (warped RGB, mask L)."""
    w, h = page.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    H = homography(corners, src)  # output -> input
    coeffs = (H / H[2, 2]).flatten()[:8]
    out = page.convert("RGB").transform(size, Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC,
                                        fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform(size, Image.PERSPECTIVE, tuple(coeffs), Image.BILINEAR,
                                                    fillcolor=0)
    return out, mask


def rotated_corners(cx, cy, w, h, angle_deg, keystone=0.0, skew_y=0.0):
    """Corners of a w x h rectangle centred at cx, cy, rotated; keystone narrows the top edge by a fraction."""
    a = math.radians(angle_deg)
    pts = [(-w / 2 * (1 - keystone), -h / 2), (w / 2 * (1 - keystone), -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    pts = [(x, y + skew_y * x / w * h) for x, y in pts]
    out = []
    for x, y in pts:
        out.append((cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)))
    return out


def place(bg, page, corners, shadow=0.45, shadow_off=(14, 18), shadow_blur=22):
    size = bg.size
    warped, mask = warp(page, size, corners)
    out = bg.convert("RGB").copy()
    if shadow:
        sm = Image.new("L", size, 0)
        sm.paste(mask, shadow_off)
        sm = sm.filter(ImageFilter.GaussianBlur(shadow_blur))
        dark = Image.new("RGB", size, (0, 0, 0))
        out = Image.composite(dark, out, sm.point(lambda v: int(v * shadow)))
    out = Image.composite(warped, out, mask)
    return out, mask


def remap(a, mx, my):
    """Bilinear sampling of a (H, W, C) at float coordinates."""
    h, w = a.shape[:2]
    mx = np.clip(mx, 0, w - 1.001)
    my = np.clip(my, 0, h - 1.001)
    x0 = np.floor(mx).astype(np.int32)
    y0 = np.floor(my).astype(np.int32)
    fx = (mx - x0)[..., None]
    fy = (my - y0)[..., None]
    x1 = x0 + 1
    y1 = y0 + 1
    return (a[y0, x0] * (1 - fx) * (1 - fy) + a[y0, x1] * fx * (1 - fy) + a[y1, x0] * (1 - fx) * fy
            + a[y1, x1] * fx * fy)


def curl(page, amp=6.0, periods=1.0, axis="x", phase=0.0, shade=0.10):
    """Bend the paper: each column (axis x) or row moved by a sine; shading follows the slope."""
    a = arr(page)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if axis == "x":
        t = xx / w * 2 * math.pi * periods + phase
        d = amp * np.sin(t)
        slope = np.cos(t)
        out = remap(a, xx, yy + d)
    else:
        t = yy / h * 2 * math.pi * periods + phase
        d = amp * np.sin(t)
        slope = np.cos(t)
        out = remap(a, xx + d, yy)
    out = out * (1 - shade * 0.5 + shade * 0.5 * slope)[..., None]
    return img(out)


def crumple(page, seed, creases=26, strength=1.0):
    """A page crumpled into a ball and flattened again: folds make facets of different slope (light) and
    shift the ink a few pixels (wavy lines); sharp crease lines catch the light or shade."""
    a = arr(page)
    h, w = a.shape[:2]
    r = rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    hf = smooth_field(h, w, (6, 5), seed + 1, -1.0, 1.0) * 18.0
    sharp = np.zeros((h, w), dtype=np.float32)
    for _ in range(creases):
        x0, y0 = r.random() * w, r.random() * h
        ang = r.random() * math.pi
        nx, ny = -math.sin(ang), math.cos(ang)
        dist = (xx - x0) * nx + (yy - y0) * ny
        along = (xx - x0) * math.cos(ang) + (yy - y0) * math.sin(ang)
        length = (0.2 + 0.6 * r.random()) * max(w, h)
        fade = np.clip(1.2 - np.abs(along) / length, 0, 1)
        amp = (0.025 + 0.05 * r.random()) * (1 if r.random() < 0.5 else -1)
        reach = 120 + 260 * r.random()
        hf += amp * np.minimum(np.abs(dist), reach) * fade
        sharp += (1 if r.random() < 0.5 else -1) * np.exp(-np.abs(dist) / 1.6) * fade
    gy, gx = np.gradient(hf)
    light = np.clip(1.0 + strength * 1.5 * (-0.6 * gx - 0.8 * gy) + 0.08 * sharp, 0.6, 1.15)
    hf = hf - hf.mean()
    out = remap(a, xx + hf * 0.10 * strength, yy + hf * 0.14 * strength)
    out = out * light[..., None]
    return img(np.clip(out, 0, 1))


def lighting(im, center, radius, gain=0.25, base=0.85, color=(1.0, 1.0, 1.0)):
    """Brightness falling off from a light at center (pixels), times a colour cast."""
    a = arr(im)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.sqrt((xx - center[0]) ** 2 + (yy - center[1]) ** 2) / radius
    f = base + gain * np.exp(-d * d)
    out = a * f[..., None] * np.array(color, dtype=np.float32)
    return img(np.clip(out, 0, 1))


def vignette(im, strength=0.35):
    a = arr(im)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.sqrt(((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2) / math.sqrt(2)
    f = 1 - strength * d ** 2
    return img(a * f[..., None])


def blinds(im, angle_deg, period, duty=0.45, soft=6.0, dark=0.45, warm=(1.0, 0.86, 0.66), phase=0.0,
           region=None):
    """Sunlight through venetian blinds: warm bright stripes, the rest in shade."""
    a = arr(im)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = math.radians(angle_deg)
    t = (xx * math.sin(ang) + yy * math.cos(ang)) / period + phase
    frac = t - np.floor(t)
    # smooth square wave: 1 in the lit slot, 0 in the slat's shadow
    edge = soft / period
    lit = np.clip((frac - 0.0) / edge, 0, 1) * np.clip((duty - frac) / edge, 0, 1)
    lit_img = Image.fromarray((lit * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(soft / 2))
    lit = np.asarray(lit_img, dtype=np.float32) / 255.0
    if region is not None:
        lit = lit * region
    shade = np.array([0.78, 0.80, 0.92], dtype=np.float32) * (1 - dark)
    warmv = np.array(warm, dtype=np.float32)
    f = shade[None, None, :] * (1 - lit[..., None]) + warmv[None, None, :] * lit[..., None]
    return img(np.clip(a * f, 0, 1))


def glare(im, p0, p1, width, strength=0.75, haze=0.0):
    """A bright reflection band along p0-p1 (on plastic or glass): washes ink and colour toward white."""
    a = arr(im)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    (x0, y0), (x1, y1) = p0, p1
    dx, dy = x1 - x0, y1 - y0
    L = math.hypot(dx, dy)
    nx, ny = -dy / L, dx / L
    dist = (xx - x0) * nx + (yy - y0) * ny
    along = ((xx - x0) * dx + (yy - y0) * dy) / L
    fade = np.clip(np.minimum(along, L - along) / (0.15 * L), 0, 1)
    g = strength * np.exp(-(dist / width) ** 2) * fade
    if haze:
        a = a * (1 - haze) + haze * 0.93
    out = a * (1 - g[..., None]) + g[..., None] * np.array([1.0, 1.0, 0.99], dtype=np.float32)
    return img(np.clip(out, 0, 1))


def shadow_poly(im, pts, dark=0.45, blur=40, color=(0.85, 0.88, 1.0)):
    h = im.size[1]
    m = Image.new("L", im.size, 0)
    ImageDraw.Draw(m).polygon(pts, fill=255)
    m = m.filter(ImageFilter.GaussianBlur(blur))
    f = np.asarray(m, dtype=np.float32)[..., None] / 255.0
    a = arr(im)
    c = np.array(color, dtype=np.float32) * (1 - dark)
    out = a * (1 - f) + a * c * f
    return img(out)


def noise(im, sigma=0.02, seed=0, chroma=0.3):
    a = arr(im)
    r = rng(seed)
    n = r.normal(0, sigma, a.shape[:2]).astype(np.float32)[..., None]
    nc = r.normal(0, sigma * chroma, a.shape).astype(np.float32)
    return img(np.clip(a + n + nc, 0, 1))


def blur(im, radius):
    return im.filter(ImageFilter.GaussianBlur(radius))


def motion_blur(im, length=5, horizontal=True):
    k = [1.0] * length
    if horizontal:
        size = (length, 1)
    else:
        size = (1, length)
    # PIL kernels must be 3x3 or 5x5: build by averaging shifted copies
    a = arr(im)
    acc = np.zeros_like(a)
    for i in range(length):
        s = i - length // 2
        acc += np.roll(a, s, axis=1 if horizontal else 0)
    return img(acc / length)


def save_jpeg(im, path, quality=85, subsampling=2, exif=None):
    kw = dict(quality=quality, subsampling=subsampling, optimize=True)
    if exif is not None:
        kw["exif"] = exif
    im.convert("RGB").save(path, "JPEG", **kw)


def jpeg_roundtrip(im, quality, subsampling=2):
    b = io.BytesIO()
    im.convert("RGB").save(b, "JPEG", quality=quality, subsampling=subsampling)
    b.seek(0)
    out = Image.open(b)
    out.load()
    return out


# ---------- backgrounds ----------

def bg_rug(w, h, seed):
    """A woven rug: a diamond pattern in two colours, fibre noise."""
    r = rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    p = 140.0
    u = (np.abs(((xx + yy) % p) - p / 2) + np.abs(((xx - yy) % p) - p / 2)) / p
    band = (u > 0.55).astype(np.float32)
    c1 = np.array([0.55, 0.18, 0.16], dtype=np.float32)
    c2 = np.array([0.82, 0.70, 0.52], dtype=np.float32)
    a = c1 * (1 - band[..., None]) + c2 * band[..., None]
    fib = r.normal(0, 0.06, (h, w)).astype(np.float32)
    weave = 0.04 * np.sin(xx * 0.9) * np.sin(yy * 0.9)
    a = a * (1 + fib + weave)[..., None]
    return img(np.clip(a, 0, 1))


def bg_wood(w, h, seed, base=(0.55, 0.36, 0.20)):
    r = rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    f = smooth_field(h, w, (40, 3), seed, 0, 1)
    grain = 0.5 + 0.5 * np.sin((yy / 9.0) + f * 14)
    a = np.array(base, dtype=np.float32)[None, None, :] * (0.8 + 0.25 * grain[..., None])
    a = a * (1 + r.normal(0, 0.02, (h, w, 1)).astype(np.float32))
    return img(np.clip(a, 0, 1))


def bg_plain(w, h, seed, color, grain=0.03, cells=(6, 8)):
    r = rng(seed)
    f = smooth_field(h, w, cells, seed, 0.9, 1.05)
    a = np.array(color, dtype=np.float32)[None, None, :] * f[..., None]
    a = a * (1 + r.normal(0, grain, (h, w, 1)).astype(np.float32))
    return img(np.clip(a, 0, 1))


def bg_granite(w, h, seed):
    r = rng(seed)
    a = np.ones((h, w, 3), dtype=np.float32) * np.array([0.42, 0.40, 0.38], dtype=np.float32)
    speck = r.random((h // 3 + 1, w // 3 + 1)).astype(np.float32)
    speck = np.kron(speck, np.ones((3, 3), dtype=np.float32))[:h, :w]
    a = a * (0.75 + 0.5 * speck[..., None])
    a = a * smooth_field(h, w, (5, 5), seed + 3, 0.85, 1.1)[..., None]
    return img(np.clip(a, 0, 1))


def paper_tint(page, color=(1.0, 1.0, 1.0), grain=0.012, seed=0):
    a = arr(page)
    r = rng(seed)
    paper = np.array(color, dtype=np.float32)
    a = a * paper[None, None, :]
    a = a * (1 + r.normal(0, grain, a.shape[:2]).astype(np.float32))[..., None]
    return img(np.clip(a, 0, 1))


# ---------- fax ----------

FAX_W = 1728


def fax_page(page_gray, mode="fine", halftone=False, header=None, header_font=None, seed=0, streak_x=None,
             specks=0.0004):
    """A page (grayscale PIL at any dpi, letter size) as a 1-bit fax image at 204 x 196 (fine) or 204 x 98."""
    w_in, h_in = 8.5, 11.0
    ydpi = 196 if mode == "fine" else 98
    W, Hh = FAX_W, int(h_in * ydpi)
    g = page_gray.convert("L").resize((W, Hh), Image.LANCZOS)
    a = np.asarray(g, dtype=np.float32)
    if halftone:
        # photo mode: grey areas dithered; text still black
        bw = g.convert("1", dither=Image.FLOYDSTEINBERG)
    else:
        bw = g.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
    out = bw.convert("L")
    d = ImageDraw.Draw(out)
    r = rng(seed)
    if header:
        d.rectangle([0, 0, W, 26 if mode == "fine" else 14], fill=255)
        d.text((18, 4 if mode == "fine" else 1), header, fill=0, font=header_font)
    if streak_x is not None:
        # dirt on the sending machine's glass: a dark vertical line, broken here and there
        y = 0
        while y < Hh:
            run = int(r.integers(60, 700))
            if r.random() < 0.8:
                d.rectangle([streak_x, y, streak_x + 2, min(Hh, y + run)], fill=0)
            y += run
    n = int(W * Hh * specks)
    xs = r.integers(0, W, n)
    ys = r.integers(0, Hh, n)
    o = np.asarray(out).copy()
    o[ys, xs] = 0
    return Image.fromarray(o).convert("1", dither=Image.NONE), (204, ydpi)
