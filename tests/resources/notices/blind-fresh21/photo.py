"""Image effects of my own for set 21 (FICTIONAL): how real phones, scanners, copiers and fax machines spoil a page.

Each effect takes page images rendered from the notice's PDF (PIL, RGB or L) and returns what the device would
give. Seeded numpy only (no scipy/OpenCV): warps are inverse maps sampled bilinearly.
"""
import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

MONO = "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"
MONO_B = "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


# ------------------------------------------------------------------ basics
def arr(img):
    return np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0


def img(a, mode="RGB"):
    a = np.clip(a * 255.0 + 0.5, 0, 255).astype(np.uint8)
    im = Image.fromarray(a if a.ndim == 3 else a, "RGB" if a.ndim == 3 else "L")
    return im.convert(mode) if mode != im.mode else im


def box_blur(a, r):
    """A separable box blur (float, edges clamped), twice over: close to a Gaussian of radius r."""
    r = int(max(1, r))
    for _ in range(2):
        for axis in (0, 1):
            pad = [(0, 0), (0, 0)]
            pad[axis] = (r + 1, r)
            p = np.pad(a, pad, mode="edge")
            c = np.cumsum(p, axis=axis, dtype=np.float64)
            if axis == 0:
                a = ((c[2 * r + 1:] - c[:-2 * r - 1]) / (2 * r + 1)).astype(np.float32)
            else:
                a = ((c[:, 2 * r + 1:] - c[:, :-2 * r - 1]) / (2 * r + 1)).astype(np.float32)
    return a


def smooth_noise(rng, h, w, cells, lo=0.0, hi=1.0):
    """Low-frequency noise in [lo, hi]: a coarse random grid resized with bicubic interpolation in floating point
    (no 8-bit steps, so its slopes can shade a surface), then box-blurred."""
    gh, gw = max(2, int(h / cells)), max(2, int(w / cells))
    g = rng.random((gh, gw)).astype(np.float32)
    a = np.asarray(Image.fromarray(g, "F").resize((w, h), Image.BICUBIC), dtype=np.float32)
    a = box_blur(a, cells / 8)
    a = (a - a.min()) / max(1e-6, a.max() - a.min())
    return lo + (hi - lo) * a


def sample(src, x, y):
    """Bilinear sample of src (H x W x C) at float coordinates; also the mask of points inside it."""
    h, w = src.shape[:2]
    x0 = np.floor(x).astype(np.int32)
    y0 = np.floor(y).astype(np.int32)
    valid = (x0 >= 0) & (y0 >= 0) & (x0 < w - 1) & (y0 < h - 1)
    x0c = np.clip(x0, 0, w - 2)
    y0c = np.clip(y0, 0, h - 2)
    fx = (x - x0).astype(np.float32)[..., None]
    fy = (y - y0).astype(np.float32)[..., None]
    out = (src[y0c, x0c] * (1 - fx) * (1 - fy) + src[y0c, x0c + 1] * fx * (1 - fy)
           + src[y0c + 1, x0c] * (1 - fx) * fy + src[y0c + 1, x0c + 1] * fx * fy)
    return out, valid


def homography(src_pts, dst_pts):
    """H with dst ~ H @ src, from four point pairs."""
    A, b = [], []
    for (x, y), (u, v) in zip(src_pts, dst_pts):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    h = np.linalg.solve(np.array(A, dtype=np.float64), np.array(b, dtype=np.float64))
    return np.append(h, 1.0).reshape(3, 3)


def place(page, background, quad, warp=None, edge_shadow=0.0):
    """Put page (array) onto background (array) so that its corners land on quad (TL, TR, BR, BL, canvas px).
    warp(u, v) may move page coordinates (a curl or cockle) before sampling. Returns the image and the page mask."""
    ph, pw = page.shape[:2]
    H, W = background.shape[:2]
    Hinv = homography(quad, [(0, 0), (pw - 1, 0), (pw - 1, ph - 1), (0, ph - 1)])
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    den = Hinv[2, 0] * xs + Hinv[2, 1] * ys + Hinv[2, 2]
    u = (Hinv[0, 0] * xs + Hinv[0, 1] * ys + Hinv[0, 2]) / den
    v = (Hinv[1, 0] * xs + Hinv[1, 1] * ys + Hinv[1, 2]) / den
    if warp is not None:
        u, v = warp(u, v)
    out, mask = sample(page, u, v)
    m = mask.astype(np.float32)
    # soften the paper's edge by a pixel
    mi = Image.fromarray((m * 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.8))
    m = np.asarray(mi, dtype=np.float32)[..., None] / 255.0
    res = background * (1 - m) + out * m
    if edge_shadow:
        # a soft drop shadow of the sheet on what is under it
        sh = Image.fromarray((mask * 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(edge_shadow))
        s = np.asarray(sh, dtype=np.float32)[..., None] / 255.0
        res = res * (1 - 0.35 * s * (1 - m))
    return res, m[..., 0]


def jpeg(im, path, quality, subsampling=2, exif=None):
    kw = dict(quality=quality, subsampling=subsampling, optimize=True)
    if exif is not None:
        kw["exif"] = exif
    im.save(path, "JPEG", **kw)


def gauss_noise(rng, a, sigma, chroma=0.0):
    n = rng.normal(0, sigma, a.shape[:2]).astype(np.float32)[..., None]
    out = a + n
    if chroma:
        out = out + rng.normal(0, chroma, a.shape).astype(np.float32)
    return out


def blur(a, r):
    return arr(img(a).filter(ImageFilter.GaussianBlur(r)))


# ------------------------------------------------------------------ backgrounds
def wood_slats(rng, H, W):
    """A park bench seen from above: horizontal slats of weathered wood with dark gaps between them."""
    base = np.array([0.52, 0.40, 0.29], np.float32)
    grain = smooth_noise(rng, H, W, 9, 0.0, 1.0)
    streak = np.sin(np.linspace(0, 90, W, dtype=np.float32))[None, :] * 0.04
    a = base[None, None, :] * (0.82 + 0.3 * grain[..., None] + streak[..., None])
    period = H // 6
    rows = (np.arange(H) % period)[:, None]
    gap = (rows < period * 0.09).astype(np.float32)
    a = a * (1 - 0.8 * gap[..., None])
    return a


def cork(rng, H, W):
    base = np.array([0.66, 0.50, 0.33], np.float32)
    speck = rng.random((H, W)).astype(np.float32)
    low = smooth_noise(rng, H, W, 40, 0.85, 1.1)
    a = base[None, None, :] * (low[..., None] * (0.8 + 0.35 * speck[..., None]))
    return blur(a, 0.8)


def gingham(rng, H, W, cell=90, c1=(0.78, 0.12, 0.16)):
    """A plastic tablecloth: red and white checks with a glossy tint."""
    ys, xs = np.mgrid[0:H, 0:W]
    bx = ((xs // cell) % 2).astype(np.float32)
    by = ((ys // cell) % 2).astype(np.float32)
    white = np.array([0.95, 0.93, 0.90], np.float32)
    red = np.array(c1, np.float32)
    mix = (bx + by) / 2.0
    a = white[None, None, :] * (1 - mix[..., None]) + red[None, None, :] * mix[..., None]
    # small printed flowers in the white squares
    flower = (((xs % cell) - cell / 2) ** 2 + ((ys % cell) - cell / 2) ** 2 < (cell * 0.12) ** 2) & (mix == 0)
    a[flower] = np.array([0.98, 0.78, 0.20], np.float32)
    return blur(a, 1.2)


def granite(rng, H, W):
    base = smooth_noise(rng, H, W, 60, 0.35, 0.5)
    speck = (rng.random((H, W)) ** 6).astype(np.float32) * 0.5
    a = (base + speck)[..., None] * np.array([1.0, 0.98, 0.95], np.float32)[None, None, :]
    return blur(a, 0.7)


def flat(H, W, rgb):
    return np.ones((H, W, 3), np.float32) * np.array(rgb, np.float32)[None, None, :]


# ------------------------------------------------------------------ text stamps (fax headers)
def stamp_line(width, height, text, font=MONO, size=26, invert=False):
    im = Image.new("L", (width, height), 255)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(font, size)
    dr.text((20, (height - size) // 2), text, font=f, fill=0)
    return im


# ------------------------------------------------------------------ devices
def park_bench(page, rng):
    """01: a phone photo of a page on a park bench in leaf shade (dappled sun: hard-edged bright patches, cool
    shade), mild perspective, 12 MP, JPEG 87."""
    W, H = 3024, 4032
    bg = wood_slats(rng, H, W)
    quad = [(430, 560), (2630, 500), (2770, 3560), (330, 3640)]
    out, mask = place(arr(page), bg, quad, edge_shadow=6)
    # dappled light: blobs of sun between leaves, with a hard but not razor edge
    field = smooth_noise(rng, H, W, 170)
    field2 = smooth_noise(rng, H, W, 60)
    f = 0.65 * field + 0.35 * field2
    sun = 1.0 / (1.0 + np.exp(-(f - 0.5) * 22))
    sun = blur(np.repeat(sun[..., None], 3, 2), 3)[..., 0]
    warm = np.array([1.06, 1.0, 0.88], np.float32)
    cool = np.array([0.60, 0.64, 0.73], np.float32)  # the phone's HDR lifts the shade a little
    light = cool[None, None, :] * (1 - sun[..., None]) + warm[None, None, :] * sun[..., None]
    out = out * light
    out = gauss_noise(rng, out, 0.018, chroma=0.01)
    out = blur(np.clip(out, 0, 1), 0.8)
    return img(out)


def to_fax(page, fine=True, threshold=0.58, rng=None, speck=0.00015):
    """A page as a fax machine sends it: 1728 dots across at 204 dpi, 196 (fine) or 98 (standard) lines an inch,
    black and white with no grey. Returns a numpy bool array (True = black)."""
    g = page.convert("L")
    rows = 2156 if fine else 1078
    g = g.resize((1728, rows), Image.LANCZOS)
    a = np.asarray(g, dtype=np.float32) / 255.0
    if rng is not None:
        a = a + rng.normal(0, 0.05, a.shape).astype(np.float32)
    black = a < threshold
    if rng is not None and speck:
        black |= rng.random(black.shape) < speck
    return black


def fax_header(black, text, rows=34, size=22):
    """The sending machine's identification line (TTI) across the top of the page."""
    strip = stamp_line(black.shape[1], rows, text, font=MONO, size=size)
    s = np.asarray(strip) < 128
    black[:rows] = s
    return black


def fax_repeat_rows(black, y, n):
    """A transmission error: the receiver repeats the last good line over n lost lines."""
    black[y:y + n] = black[y - 1]
    return black


def fax_drop_rows(black, y, n):
    """Lines lost in transit: what follows moves up, white at the foot."""
    out = np.zeros_like(black)
    out[:y] = black[:y]
    out[y:black.shape[0] - n] = black[y + n:]
    return out


def fax_tiff(pages, path, fine=True):
    ims = [Image.fromarray(np.where(b, 0, 255).astype(np.uint8), "L").convert("1") for b in pages]
    dpi = (204, 196) if fine else (204, 98)
    ims[0].save(path, "TIFF", compression="group4", dpi=dpi, save_all=True, append_images=ims[1:])


def rect_quad(cx, cy, w, h, angle_deg=0.0, keystone=(0, 0, 0, 0)):
    """Corners TL, TR, BR, BL of a w x h rectangle centred at (cx, cy), turned by angle_deg (clockwise on screen),
    each corner then moved by keystone's (dx) pairs: (top inset, bottom inset, left rise, right rise)."""
    t = np.deg2rad(angle_deg)
    c, s = np.cos(t), np.sin(t)
    ti, bi, lr, rr = keystone
    pts = [(-w / 2 + ti, -h / 2 + lr), (w / 2 - ti, -h / 2 + rr), (w / 2 - bi, h / 2 - rr), (-w / 2 + bi, h / 2 - lr)]
    return [(cx + x * c - y * s, cy + x * s + y * c) for x, y in pts]


def radial_weight(H, W, cx, cy, radius, power=1.5):
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    dist = np.sqrt((xs - cx) ** 2 + (ys - cy) ** 2)
    return np.clip(1 - dist / radius, 0, 1) ** power


def flatbed_lid_open(page, rng):
    """03: a flatbed scan made with the lid up (the bed around the sheet comes out black), the sheet 0.8 degrees off
    square, its lower right corner lifted off the glass (soft and shaded), 200 dpi greyscale."""
    W, H = 1700, 2338
    bg = flat(H, W, (0.07, 0.07, 0.07))
    bg = gauss_noise(rng, bg, 0.02)
    quad = rect_quad(W / 2 + 8, 1100 + 26, 1700 - 40, 2200 - 40, 0.8)
    out, mask = place(arr(page), bg, quad)
    wgt = radial_weight(H, W, quad[2][0], quad[2][1], 520)[..., None]
    soft = blur(out, 3.2)
    out = out * (1 - wgt) + soft * wgt
    out = out * (1 - 0.5 * wgt)
    # the lamp's fall-off along the bed's far edge
    fall = np.linspace(0.93, 1.0, W, dtype=np.float32)[None, :, None]
    out = gauss_noise(rng, out * fall, 0.012)
    return img(out, "L")


def barrel(a, k1, k2=0.0):
    """A wide lens's barrel distortion over the whole frame: a point at radius r (1 = half the diagonal) in the
    picture comes from radius r * (1 + k1 r^2 + k2 r^4) of the scene; k1 < 0 bows straight lines outward."""
    H, W = a.shape[:2]
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = (W - 1) / 2, (H - 1) / 2
    R = np.hypot(cx, cy)
    dx, dy = (xs - cx) / R, (ys - cy) / R
    r2 = dx * dx + dy * dy
    f = 1 + k1 * r2 + k2 * r2 * r2
    out, valid = sample(a, cx + dx * f * R, cy + dy * f * R)
    out[~valid] = 0.05
    return out


def ultrawide_close(page, rng):
    """04: shot close with a phone's ultra-wide lens so the page fills the frame: barrel distortion bows the
    lines, the corners fall dark and soft, some keystone from holding the phone low."""
    W, H = 3000, 4000
    wood = smooth_noise(rng, H, W, 25, 0.0, 1.0)
    bg = np.array([0.80, 0.68, 0.52], np.float32)[None, None, :] * (0.8 + 0.25 * wood[..., None])
    quad = [(300, 330), (2720, 380), (2860, 3720), (170, 3690)]
    out, mask = place(arr(page), bg, quad, edge_shadow=8)
    out = barrel(out, -0.16, 0.02)
    H_, W_ = out.shape[:2]
    ys, xs = np.mgrid[0:H_, 0:W_].astype(np.float32)
    r = np.hypot((xs - W_ / 2) / (W_ / 2), (ys - H_ / 2) / (H_ / 2)) / np.sqrt(2)
    vig = (1 - 0.55 * r ** 2.2)[..., None]
    soft = blur(out, 2.6)
    w = np.clip((r - 0.55) / 0.45, 0, 1)[..., None]
    out = (out * (1 - w) + soft * w) * vig
    out = out * np.array([1.0, 0.98, 0.93], np.float32)
    out = gauss_noise(rng, out, 0.014, chroma=0.006)
    return img(out)


def old_phone(page, rng):
    """05: a 2-megapixel photo from an old budget phone: small sensor noise smeared by its noise filter, then
    over-sharpened (halos), colour fringes toward the edges, tungsten cast, JPEG 70."""
    W, H = 1200, 1600
    cloth = smooth_noise(rng, H, W, 30, 0.0, 1.0)
    bg = np.array([0.62, 0.55, 0.42], np.float32)[None, None, :] * (0.85 + 0.2 * cloth[..., None])
    quad = [(92, 120), (1118, 96), (1150, 1462), (62, 1490)]
    out, mask = place(arr(page), bg, quad, edge_shadow=4)
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    grad = (0.78 + 0.26 * (1 - ys / H) * (0.6 + 0.4 * xs / W))[..., None]
    out = out * grad * np.array([1.04, 0.95, 0.78], np.float32)
    out = gauss_noise(rng, out, 0.045, chroma=0.03)
    im = img(out).filter(ImageFilter.MedianFilter(3)).filter(ImageFilter.GaussianBlur(0.6))
    im = im.filter(ImageFilter.UnsharpMask(radius=2.2, percent=230, threshold=2))
    a = arr(im)
    # lateral chromatic aberration: red a touch larger, blue a touch smaller than green
    cx, cy = (W - 1) / 2, (H - 1) / 2
    for ch, sc in ((0, 1.0025), (2, 0.9975)):
        s, v = sample(a[..., ch:ch + 1], cx + (xs - cx) / sc, cy + (ys - cy) / sc)
        a[..., ch] = np.where(v, s[..., 0], a[..., ch])
    return img(a)


def binder(page, rng, dpi):
    """06: a page kept in a 3-ring binder, photographed with the binder open on a table: punched holes down the
    left margin with the rings through them, the metal spine plate beside it, the sheet bowed up near the rings
    (shaded), a cool daylight cast from a window on the right."""
    P = arr(page).copy()
    ph, pw = P.shape[:2]
    holes = [(0.40 * dpi, y * dpi) for y in (1.375, 5.5, 9.625)]
    r = 0.14 * dpi
    ys, xs = np.mgrid[0:ph, 0:pw].astype(np.float32)
    for hx, hy in holes:
        m = (xs - hx) ** 2 + (ys - hy) ** 2 < r * r
        P[m] = np.array([0.10, 0.14, 0.30], np.float32)
    W, H = 3024, 4032
    vinyl = smooth_noise(rng, H, W, 80, 0.85, 1.05)
    bg = np.array([0.10, 0.16, 0.36], np.float32)[None, None, :] * vinyl[..., None]
    # the metal plate of the ring mechanism, down the left side
    bg[:, 120:330] = np.array([0.58, 0.60, 0.63], np.float32) * np.linspace(0.75, 1.1, 210, dtype=np.float32)[None, :, None]
    quad = [(360, 300), (2860, 350), (2930, 3760), (300, 3700)]

    def bow(u, v):
        # near the rings the sheet lifts: what we see there is pulled toward the spine
        lift = np.clip(1 - u / (0.9 * dpi), 0, 1) ** 2
        return u + lift * 0.10 * dpi, v

    out, mask = place(P, bg, quad, warp=bow, edge_shadow=10)
    # shade the lifted strip and the light from the right
    Hh = homography([(0, 0), (pw - 1, 0), (pw - 1, ph - 1), (0, ph - 1)], quad)
    cy, cx = np.mgrid[0:H, 0:W].astype(np.float32)
    left = np.clip((cx - 360) / 600, 0, 1)
    out = out * (0.72 + 0.28 * left[..., None])
    out = out * (0.85 + 0.2 * (cx / W))[..., None] * np.array([0.94, 0.98, 1.05], np.float32)
    im = img(out)
    dr = ImageDraw.Draw(im)
    for hx, hy in holes:
        v = Hh @ np.array([hx, hy, 1.0])
        x, y = v[0] / v[2], v[1] / v[2]
        # a ring seen from above: a thick bar of metal from the plate into the hole, lit along its top
        for off, col, wd in ((0, (70, 72, 78), 46), (-8, (150, 152, 160), 26), (-13, (225, 228, 235), 8)):
            dr.line([(200, y + off), (x + 6, y + off)], fill=col, width=wd)
        dr.ellipse([x - 24, y - 24, x + 24, y + 24], outline=(60, 62, 66), width=10)
    a = gauss_noise(rng, arr(im), 0.016, chroma=0.006)
    return img(blur(a, 0.7))


def two_up_copy(pages, rng, dpi=300):
    """07: a photocopier's 2-up reduction (two letter pages side by side on one landscape sheet at 65 %), the copy
    then scanned at 300 dpi greyscale: grey paper, toner specks, a dark band where the lid did not close, 0.5
    degrees off square."""
    W, H = int(11 * dpi), int(8.5 * dpi)
    sheet = np.ones((H, W), np.float32)
    scale = 0.647
    for i, pg in enumerate(pages[:2]):
        g = pg.convert("L")
        g = g.resize((int(g.width * scale), int(g.height * scale)), Image.LANCZOS)
        a = np.asarray(g, dtype=np.float32) / 255.0
        x0 = int(W / 2 * i + (W / 2 - a.shape[1]) / 2)
        y0 = int((H - a.shape[0]) / 2)
        sheet[y0:y0 + a.shape[0], x0:x0 + a.shape[1]] = np.minimum(sheet[y0:y0 + a.shape[0], x0:x0 + a.shape[1]], a)
    # the copier: contrast up, grey paper, toner specks
    sheet = np.clip((sheet - 0.08) * 1.12, 0, 1) * 0.93 + 0.03
    specks = rng.random((H, W)) < 0.0004
    sheet[specks] = 0.2
    sheet = np.asarray(Image.fromarray((sheet * 255).astype(np.uint8), "L").rotate(0.5, resample=Image.BICUBIC,
                                                                                    fillcolor=240), dtype=np.float32) / 255
    band = np.clip(1 - np.arange(W, dtype=np.float32) / 60, 0, 1)[None, :] * 0.7
    sheet = sheet * (1 - band)
    sheet = sheet + rng.normal(0, 0.015, sheet.shape).astype(np.float32)
    im = Image.fromarray(np.clip(sheet * 255, 0, 255).astype(np.uint8), "L")
    return im.filter(ImageFilter.GaussianBlur(0.5))


def cockled_stain(page, rng, dpi):
    """13: a page that got wet and dried: the paper cockled into soft waves (the print follows them, shaded by
    their slopes), a brown tide line around where the water stood, the ink a little soft inside it; photographed
    on a granite counter under a kitchen light."""
    P = arr(page)
    ph, pw = P.shape[:2]
    h = smooth_noise(rng, ph, pw, 0.9 * dpi, -1, 1) * 0.6 + smooth_noise(rng, ph, pw, 0.35 * dpi, -1, 1) * 0.4
    gy, gx = np.gradient(h)
    shade = 1 + 40 * (gx * 0.7 - gy * 0.5)
    P = P * np.clip(shade, 0.78, 1.12)[..., None]
    # the stain: a blob around a point in the page's right half, its edge a darker brown line
    ys, xs = np.mgrid[0:ph, 0:pw].astype(np.float32)
    cx, cy = 0.66 * pw, 0.56 * ph
    rad = 0.24 * pw * (0.85 + 0.3 * smooth_noise(rng, ph, pw, 0.5 * dpi))
    dist = np.sqrt((xs - cx) ** 2 + ((ys - cy) * 0.8) ** 2) / rad
    inside = np.clip((1 - dist) * 6, 0, 1)
    rim = np.exp(-((dist - 1) / 0.018) ** 2)
    soft = blur(P, 1.1)
    P = P * (1 - 0.7 * inside[..., None]) + soft * (0.7 * inside[..., None])
    tint_in = np.array([0.98, 0.95, 0.86], np.float32)
    tint_rim = np.array([0.72, 0.58, 0.40], np.float32)
    P = P * (1 - inside[..., None] + inside[..., None] * tint_in)
    P = P * (1 - 0.8 * rim[..., None] + 0.8 * rim[..., None] * tint_rim)
    du = smooth_noise(rng, ph, pw, 0.8 * dpi, -1, 1)[..., None] * 7
    dv = smooth_noise(rng, ph, pw, 0.8 * dpi, -1, 1)[..., None] * 7
    disp = np.concatenate([du, dv], axis=2)

    def wave(u, v):
        d, ok = sample(disp, u, v)
        return u + d[..., 0], v + d[..., 1]

    W, H = 3024, 4032
    bg = granite(rng, H, W)
    quad = [(300, 420), (2700, 360), (2820, 3660), (210, 3730)]
    out, mask = place(P, bg, quad, warp=wave, edge_shadow=8)
    ys2, xs2 = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 0.8 + 0.28 * np.exp(-(((xs2 - 1900) / 2200) ** 2 + ((ys2 - 900) / 2600) ** 2))
    out = out * light[..., None] * np.array([1.03, 1.0, 0.92], np.float32)
    out = gauss_noise(rng, out, 0.015, chroma=0.006)
    return img(blur(out, 0.75))


def upside_down_fax(page_imgs, rng, header_fmt):
    """14: a fax whose sheets the sender fed upside down: the page comes out turned 180 degrees, while the
    sending machine's header line is printed upright at the top as always."""
    out = []
    for i, pg in enumerate(page_imgs):
        b = to_fax(pg, fine=True, threshold=0.57, rng=rng, speck=0.0002)
        b = b[::-1, ::-1].copy()
        b = fax_header(b, header_fmt.format(n=i + 1, total=len(page_imgs)))
        out.append(b)
    return out


def oilcloth_upside_exif(page, rng):
    """15: a phone photo on a red gingham oilcloth, the page turned 9 degrees in the frame, warm ceiling light; the
    phone stored the pixels upside down and says so only in its EXIF orientation tag (3)."""
    W, H = 3024, 4032
    bg = gingham(rng, H, W)
    quad = rect_quad(1530, 2010, 2300, 2980, 9.0, keystone=(60, 0, 0, 0))
    out, mask = place(arr(page), bg, quad, edge_shadow=9)
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 0.78 + 0.3 * np.exp(-(((xs - 1200) / 2400) ** 2 + ((ys - 1400) / 2600) ** 2))
    out = out * light[..., None] * np.array([1.05, 0.98, 0.86], np.float32)
    out = gauss_noise(rng, out, 0.02, chroma=0.008)
    im = img(blur(out, 0.85)).rotate(180)
    exif = Image.Exif()
    exif[0x0112] = 3
    exif[0x010F] = "FICTIONAL"
    return im, exif.tobytes()


def scanner_app_bad_crop(page, rng):
    """16: a phone scanner app whose edge finder took the placemat's edge for the page's foot: the page comes out
    as a trapezoid (narrowing toward its foot, a strip of table below it, its top corners cut), stretched to A4,
    then the app's 'magic colour' filter: paper forced white, colours over-saturated, sharpened."""
    W, H = 2480, 3508
    mat = smooth_noise(rng, H, W, 20, 0.0, 1.0)
    bg = np.array([0.30, 0.20, 0.14], np.float32)[None, None, :] * (0.8 + 0.3 * mat[..., None])
    quad = [(-14, -10), (2494, -6), (2290, 3330), (190, 3345)]
    out, mask = place(arr(page), bg, quad, edge_shadow=6)
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    out = out * (0.86 + 0.1 * (xs / W))[..., None]
    out = gauss_noise(rng, out, 0.012)
    # magic colour: divide by the paper's own light, then saturate and sharpen
    paper = blur(out, 40)
    out = np.clip(out / np.maximum(paper, 0.25) * 0.97, 0, 1)
    g = out.mean(axis=2, keepdims=True)
    out = np.clip(g + (out - g) * 1.9, 0, 1)
    out = np.clip((out - 0.06) * 1.12, 0, 1)
    im = img(out).filter(ImageFilter.UnsharpMask(radius=1.6, percent=160, threshold=3))
    return im
