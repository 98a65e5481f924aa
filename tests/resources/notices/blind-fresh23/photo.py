"""Devices for blind intake set 23: how a notice's page becomes the photo, scan or fax a member holds.

numpy and Pillow only; every device takes a seeded numpy Generator, so the images come out the same each run.
Each device: device(src_pdf, out_path, rng). The page is drawn from the text PDF the notice was rendered to.
"""
import os
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

MONO = "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"
SANS_B = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
if not os.path.exists(MONO):
    MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ------------------------------------------------------------------------------------------ basics

def raster(pdf, dpi, page=1, gray=False, rx=None, ry=None):
    """One page of the PDF as a PIL image (pdftoppm, anti-aliased)."""
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "p")
        cmd = ["pdftoppm", "-f", str(page), "-l", str(page), "-png"]
        if gray:
            cmd.append("-gray")
        if rx:
            cmd += ["-rx", str(rx), "-ry", str(ry)]
        else:
            cmd += ["-r", str(dpi)]
        subprocess.run(cmd + [pdf, base], check=True)
        name = [f for f in os.listdir(tmp) if f.endswith(".png")][0]
        im = Image.open(os.path.join(tmp, name))
        im.load()
        return im.convert("L" if gray else "RGB")


def arr(im):
    return np.asarray(im, dtype=np.float32)


def img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def smooth_field(rng, h, w, cells=6, lo=0.0, hi=1.0):
    """A smooth random field in [lo, hi] (bicubic upsampling of a coarse grid)."""
    g = rng.random((cells, cells)).astype(np.float32)
    f = np.asarray(Image.fromarray((g * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC),
                   dtype=np.float32) / 255.0
    return lo + (hi - lo) * f


def remap(a, mx, my, fill=0.0):
    """Bilinear sampling of a (H, W[, C]) array at float coordinates (mx, my); outside -> fill."""
    h, w = a.shape[:2]
    x0 = np.floor(mx).astype(np.int32)
    y0 = np.floor(my).astype(np.int32)
    fx = (mx - x0)[..., None] if a.ndim == 3 else (mx - x0)
    fy = (my - y0)[..., None] if a.ndim == 3 else (my - y0)
    inside = (x0 >= 0) & (y0 >= 0) & (x0 < w - 1) & (y0 < h - 1)
    x0c = np.clip(x0, 0, w - 2)
    y0c = np.clip(y0, 0, h - 2)
    out = (a[y0c, x0c] * (1 - fx) * (1 - fy) + a[y0c, x0c + 1] * fx * (1 - fy)
           + a[y0c + 1, x0c] * (1 - fx) * fy + a[y0c + 1, x0c + 1] * fx * fy)
    if a.ndim == 3:
        out[~inside] = fill
    else:
        out[~inside] = fill
    return out


def persp_coeffs(dst, src):
    """Coefficients for PIL's PERSPECTIVE transform mapping output points dst to input points src."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(np.array(m, dtype=np.float64), b).tolist()


def place(page, canvas, quad, shadow=None):
    """Warp the page (PIL RGB) onto the canvas (PIL RGB) so its corners land on quad (tl, tr, br, bl).
    shadow: (dx, dy, blur, strength) of a soft shadow under the sheet."""
    w, h = page.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    co = persp_coeffs(quad, src)
    W, H = canvas.size
    warped = page.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    if shadow:
        dx, dy, blur, strength = shadow
        sm = Image.new("L", (W, H), 0)
        ImageDraw.Draw(sm).polygon([(x + dx, y + dy) for x, y in quad], fill=int(255 * strength))
        sm = sm.filter(ImageFilter.GaussianBlur(blur))
        c = arr(canvas) * (1 - arr(sm)[..., None] / 255.0)
        canvas = img(c)
    canvas.paste(warped, (0, 0), mask)
    return canvas, mask


def noise(a, rng, sigma, chroma=0.0):
    n = rng.normal(0, sigma, a.shape[:2]).astype(np.float32)[..., None]
    out = a + n
    if chroma:
        out = out + rng.normal(0, chroma, a.shape).astype(np.float32)
    return out


def texture(rng, w, h, base, amp, cells=(40, 200), streak=None):
    """A surface: base colour with noise at two scales; streak='v' or 'h' stretches it (brushed metal, grain)."""
    t = np.zeros((h, w), np.float32)
    for c in cells:
        ch, cw = (c, max(2, c // 12)) if streak == "h" else ((max(2, c // 12), c) if streak == "v" else (c, c))
        g = rng.normal(0, 1, (ch, cw)).astype(np.float32)
        g = (g - g.min()) / (g.max() - g.min() + 1e-6) * 255
        t += np.asarray(Image.fromarray(g.astype(np.uint8)).resize((w, h), Image.BICUBIC), np.float32) / 255 - 0.5
    fine = rng.normal(0, 0.5, (h, w)).astype(np.float32)
    t = t + fine * 0.35
    base = np.array(base, np.float32)
    return base[None, None, :] + amp * t[..., None]


def vignette(h, w, strength=0.25):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r = np.sqrt(((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2) / np.sqrt(2)
    return (1 - strength * r ** 2)[..., None]


def save_jpeg(im, path, q, subsampling=0):
    im.save(path, "JPEG", quality=q, subsampling=subsampling, optimize=True)


def jitter_quad(rng, quad, amt):
    return [(x + rng.uniform(-amt, amt), y + rng.uniform(-amt, amt)) for x, y in quad]


# ------------------------------------------------------------------------------------------ devices

def panorama(src, out, rng):
    """Phone panorama of a long page panned top to bottom: strips shifted, scaled and exposed apart."""
    page = raster(src, 200)                      # legal: 1700 x 2800
    pw, ph = page.size
    W, H = pw + 260, ph + 200
    desk = texture(rng, W, H, (150, 104, 66), 60, cells=(8, 60), streak="h")
    desk = img(desk)
    quad = [(130, 95), (130 + pw, 100), (128 + pw + 4, 95 + ph + 6), (128, 98 + ph)]
    scene, _ = place(page, desk, quad, shadow=(10, 12, 14, 0.35))
    S = arr(scene)
    S = S * np.array([1.03, 1.0, 0.95], np.float32)        # indoor white balance
    out_a = np.zeros_like(S)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    seams = [int(H * 0.27), int(H * 0.52), int(H * 0.76)]
    # the stitcher's seams fall where the strips agree best: rows of little ink near each planned place
    ink = (255 - S.mean(axis=2))[:, 200:W - 200].mean(axis=1)
    seams = [int(s0 - 40 + np.argmin(np.convolve(ink[s0 - 40:s0 + 40], np.ones(9) / 9, "same")))
             for s0 in seams]
    bounds = [0] + seams + [H]
    dx, dy, scale, gain = 0.0, 0.0, 1.0, 1.0
    params = []
    for i in range(len(bounds) - 1):
        if i:
            dx += rng.choice([-1, 1]) * rng.uniform(5, 9)
            scale *= 1 + rng.uniform(-0.008, 0.012)
            gain = rng.uniform(0.9, 1.07)
            if i == 2:
                dy -= 5                          # a few rows of pixels taken twice at this seam
        params.append((dx, dy, scale, gain))
    cx = W / 2
    rowgain = np.ones(H, np.float32)
    for i, (y0, y1) in enumerate(zip(bounds[:-1], bounds[1:])):
        sdx, sdy, sc, g = params[i]
        ys = yy[y0:y1]
        xs = xx[y0:y1]
        wob = 2.5 * np.sin(ys / 190.0 + i)
        mx = (xs - cx) / sc + cx - sdx + wob
        my = (ys - y0) / sc + y0 + sdy
        out_a[y0:y1] = remap(S, mx, my, fill=0.0)
        rowgain[y0:y1] = g
    # the stitcher evens exposure over a few rows at each seam; the geometric step stays
    for s_ in seams:
        a_, b_ = rowgain[s_ - 7], rowgain[s_ + 7]
        rowgain[s_ - 6:s_ + 6] = np.linspace(a_, b_, 12, dtype=np.float32)
    out_a = out_a * rowgain[:, None, None]
    out_a = noise(out_a, rng, 3.0, 1.2)
    # the stitcher's ragged bottom edge: a black wedge where the last strip ran short
    wedge = (yy > H - 30 - (xx / W) * 40)
    out_a[wedge] = 0
    im = img(out_a).filter(ImageFilter.UnsharpMask(2, 60, 2))
    save_jpeg(im, out, 87, subsampling=2)


def _fax_header(width, text, h=34):
    band = Image.new("L", (width, h), 255)
    f = ImageFont.truetype(MONO, 22)
    ImageDraw.Draw(band).text((24, 6), text, fill=0, font=f)
    return band


def bayer(n=8):
    m = np.array([[0]])
    while m.shape[0] < n:
        m = np.block([[4 * m, 4 * m + 2], [4 * m + 3, 4 * m + 1]])
    return (m + 0.5) / (n * n)


def zebra_fax(src, out, rng):
    """Fine-mode fax (204 x 196 dpi) sent in photo mode: every grey becomes an ordered-dither dot screen."""
    pages = []
    n = 2
    for p in range(1, n + 1):
        g = raster(src, None, page=p, gray=True, rx=204, ry=196)
        a = arr(g)
        a = a[:, :1728] if a.shape[1] >= 1728 else np.pad(a, ((0, 0), (0, 1728 - a.shape[1])),
                                                             constant_values=255)
        # the sender's scanner: a little blur and a slightly lighter page, then photo-mode dither
        a = arr(img(a).filter(ImageFilter.GaussianBlur(0.7)))
        a = noise(a[..., None], rng, 3)[..., 0]
        a = (a - 12) / (238 - 12) * 255                   # the machine's white point: paper stays white
        t = np.tile(bayer(8), (a.shape[0] // 8 + 1, a.shape[1] // 8 + 1))[:a.shape[0], :a.shape[1]]
        bw = (a / 255.0 > t).astype(np.uint8) * 255
        # line noise: a few random black specks
        for _ in range(int(rng.integers(60, 140))):
            y, x = rng.integers(0, bw.shape[0]), rng.integers(0, bw.shape[1])
            bw[y:y + 2, x:x + rng.integers(1, 4)] = 0
        hdr = _fax_header(1728, f"NOV 16 2026 09:41   PALISADE MHA CLAIMS   FAX 1-555-0139      P.00{p}/00{n}")
        full = np.vstack([arr(hdr).astype(np.uint8), bw])
        pages.append(Image.fromarray(full).convert("1"))
    pages[0].save(out, "TIFF", compression="group3", dpi=(204, 196), save_all=True, append_images=pages[1:])


def _tabletop_scene(rng, page, W, H, base, tilt=3.0, margin=0.08, shadow=True):
    pw, ph = page.size
    s = min((W * (1 - 2 * margin)) / pw, (H * (1 - 2 * margin)) / ph)
    w, h = pw * s, ph * s
    x0, y0 = (W - w) / 2, (H - h) / 2
    k = tilt / 100.0 * w                                   # keystone: far (top) edge narrower
    quad = [(x0 + k, y0), (x0 + w - k * 0.6, y0 + 6), (x0 + w + 4, y0 + h), (x0 - 6, y0 + h - 8)]
    quad = jitter_quad(rng, quad, 8)
    bg = img(texture(rng, W, H, base, 28, cells=(6, 50)))
    scene, mask = place(page, bg, quad, shadow=(14, 18, 22, 0.35) if shadow else None)
    return scene, mask, quad


def hdr_ghost(src, out, rng):
    """Phone photo whose HDR merge ghosted: two frames a few pixels apart blended unevenly, then tone-mapped."""
    page = raster(src, 250)
    W, H = 3024, 4032
    scene, _, _ = _tabletop_scene(rng, page, W, H, (196, 190, 180), tilt=3.5)
    a = arr(scene)
    light = smooth_field(rng, H, W, 3, 0.78, 1.05)[..., None] * np.array([1.06, 1.0, 0.88], np.float32)
    a = a * light * vignette(H, W, 0.3)
    f1 = a
    f2im = img(a).rotate(0.12, resample=Image.BICUBIC, translate=(7, 4), fillcolor=(120, 116, 110))
    f2 = arr(f2im) * 1.03
    w = smooth_field(rng, H, W, 5, 0.5, 0.9)[..., None]
    m = f1 * w + f2 * (1 - w)
    # tone mapping: local contrast boost with the halos it leaves round dark print
    blur = arr(img(m).filter(ImageFilter.GaussianBlur(35)))
    m = m + 0.55 * (m - blur)
    lum = m.mean(axis=2, keepdims=True)
    m = lum + (m - lum) * 1.35
    m = noise(m, rng, 3.5, 1.5)
    save_jpeg(img(m), out, 90)


def _crack_paths(rng, W, H, origin, n=7):
    paths = []
    for i in range(n):
        ang = rng.uniform(0, 2 * np.pi)
        x, y = origin
        pts = [(x, y)]
        length = rng.uniform(0.35, 1.0) * max(W, H)
        step = 30
        for _ in range(int(length / step)):
            ang += rng.normal(0, 0.18)
            x += step * np.cos(ang)
            y += step * np.sin(ang)
            pts.append((x, y))
            if not (-50 < x < W + 50 and -50 < y < H + 50):
                break
        paths.append(pts)
        if rng.random() < 0.6 and len(pts) > 6:            # a branch
            j = int(rng.integers(3, len(pts) - 2))
            bx, by = pts[j]
            ang2 = ang + rng.choice([-1, 1]) * rng.uniform(0.5, 1.1)
            bp = [(bx, by)]
            for _ in range(int(rng.integers(8, 25))):
                ang2 += rng.normal(0, 0.2)
                bx += step * np.cos(ang2)
                by += step * np.sin(ang2)
                bp.append((bx, by))
            paths.append(bp)
    return paths


def cracked_lens(src, out, rng):
    """Phone photo through a cracked lens cover: bright thin cracks, a shifted sliver along each, flare, haze."""
    page = raster(src, 240)
    W, H = 3024, 4032
    scene, _, _ = _tabletop_scene(rng, page, W, H, (110, 112, 116), tilt=2.5)
    a = arr(scene)
    a = a * smooth_field(rng, H, W, 3, 0.85, 1.08)[..., None] * vignette(H, W, 0.2)
    paths = _crack_paths(rng, W, H, (W * 0.74, H * 0.27), n=9)
    line = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(line)
    for p in paths:
        d.line(p, fill=255, width=3, joint="curve")
    lm = arr(line) / 255.0
    glow = arr(line.filter(ImageFilter.GaussianBlur(6))) / 255.0
    band = arr(line.filter(ImageFilter.MaxFilter(15))) / 255.0
    # refraction: inside a narrow band along the cracks the picture is shifted by a few pixels
    shifted = arr(img(a).transform((W, H), Image.AFFINE, (1, 0, 3, 0, 1, 2), Image.BILINEAR))
    a = a * (1 - band[..., None] * 0.8) + shifted * band[..., None] * 0.8
    a = a + 150 * lm[..., None] + 45 * glow[..., None]
    # a streak of flare across the frame, and haze from the scratched cover
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    dist = np.abs((yy - H * 0.2) - (xx - W * 0.9) * -0.55) / np.sqrt(1 + 0.55 ** 2)
    a = a + (28 * np.exp(-(dist / 60) ** 2))[..., None]
    haze = arr(img(a).filter(ImageFilter.GaussianBlur(40)))
    a = a * 0.88 + haze * 0.12
    a = noise(a, rng, 3.0, 1.0)
    save_jpeg(img(a).filter(ImageFilter.GaussianBlur(0.6)), out, 88)


def doc_camera(src, out, rng):
    """A frame from a 4K overhead document camera: ring-light reflection, barrel distortion, time stamp."""
    page = raster(src, 250)
    W, H = 3840, 2160
    ph = 2040
    s = ph / page.size[1]
    pw = page.size[0] * s
    x0, y0 = (W - pw) / 2 + 60, (H - ph) / 2
    mat = img(texture(rng, W, H, (42, 44, 48), 14, cells=(6, 40)))
    ang = np.deg2rad(1.1)
    c, s_ = np.cos(ang), np.sin(ang)
    cx, cy = x0 + pw / 2, y0 + ph / 2
    quad = [(cx + (x - cx) * c - (y - cy) * s_, cy + (x - cx) * s_ + (y - cy) * c)
            for x, y in [(x0, y0), (x0 + pw, y0), (x0 + pw, y0 + ph), (x0, y0 + ph)]]
    scene, _ = place(page, mat, quad, shadow=(6, 6, 10, 0.5))
    a = arr(scene) * np.array([0.98, 1.0, 1.04], np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # ring light: an annulus of glare on the paper
    rx, ry = W * 0.52, H * 0.34
    r = np.sqrt(((xx - rx) / 1.0) ** 2 + ((yy - ry) / 0.92) ** 2)
    ring = np.exp(-((r - 330) / 38) ** 2)
    a = a * (1 - 0.35 * ring[..., None]) + 255 * 0.42 * ring[..., None]
    # barrel distortion
    nx, ny = (xx - W / 2) / (W / 2), (yy - H / 2) / (W / 2)
    r2 = nx ** 2 + ny ** 2
    k = 0.035
    mx = W / 2 + nx * (1 + k * r2) * (W / 2)
    my = H / 2 + ny * (1 + k * r2) * (W / 2)
    a = remap(a, mx, my, fill=20.0)
    a = noise(a, rng, 4.5, 2.0)
    im = img(a)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(SANS_B, 44)
    d.text((W - 560, H - 90), "2026-12-02  10:14:37", font=f, fill=(255, 255, 255), stroke_width=3,
           stroke_fill=(0, 0, 0))
    save_jpeg(im, out, 92)


def binder_scan(src, out, rng):
    """Flatbed scan, 300 dpi grey, of pages still in a clip binder: the left edge lifts into a dark gutter."""
    pages = []
    for p in (1, 2):
        g = raster(src, 300, page=p, gray=True)
        a = arr(g)
        h, w = a.shape
        H, W = h + 60, w + 90
        canvas = np.full((H, W), 248, np.float32)
        canvas[30:30 + h, 70:70 + w] = a
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        L = 560.0 + rng.uniform(-30, 30)
        u = np.clip((L - xx) / L, 0, 1)
        c = 0.55
        mx = L - L * (u + c * u ** 2)
        mx = np.where(xx >= L, xx, mx)
        cy = H * 0.45
        my = cy + (yy - cy) * (1 + 0.05 * u ** 2) - 40 * u ** 2
        b = remap(canvas, mx, my, fill=30.0)
        blurred = arr(img(b).filter(ImageFilter.GaussianBlur(2.2)))
        b = b * (1 - u ** 1.5) + blurred * u ** 1.5
        shade = 1 - 0.78 * u ** 1.6
        b = b * shade
        b[:, :40] = 18 + rng.normal(0, 4, (H, 40))           # the binder's spine against the glass
        # the clip's jaw at the top left, dark metal
        b[0:160, 0:140] = np.minimum(b[0:160, 0:140], 35)
        b = b + rng.normal(0, 2.5, b.shape)
        pages.append(img(b).convert("L"))
    pages[0].save(out, "PDF", resolution=300, save_all=True, append_images=pages[1:])


# ---- Spanish notices' devices

def fridge(src, out, rng):
    """Phone photo of a page held on a stainless fridge door by magnets, the free lower edge curling."""
    page = raster(src, 230)
    W, H = 3024, 4032
    steel = texture(rng, W, H, (176, 180, 184), 34, cells=(30, 400), streak="v")
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    refl = 30 * np.exp(-(((xx - W * 0.3) + (yy - H * 0.5) * 0.25) / 320) ** 2)
    steel = steel + refl[..., None]
    bg = img(steel)
    pw, ph = page.size
    s = (H * 0.86) / ph
    w, h = pw * s, ph * s
    x0, y0 = (W - w) / 2, H * 0.05
    quad = [(x0 + 30, y0), (x0 + w - 20, y0 + 10), (x0 + w + 10, y0 + h), (x0 - 12, y0 + h - 6)]
    scene, mask = place(page, bg, quad, shadow=(10, 14, 18, 0.3))
    a = arr(scene)
    # the lower quarter curls toward the camera: rows stretch a little and take a shading gradient
    top = y0 + h * 0.72
    v = np.clip((yy - top) / (y0 + h - top), 0, 1)
    my = yy - 22 * v ** 2
    mx = xx + (xx - W / 2) * 0.012 * v ** 2
    a = remap(a, mx, my, fill=170.0)
    a = a * (1 - 0.12 * v ** 1.5)[..., None]
    a = a * np.linspace(1.08, 0.86, H, dtype=np.float32)[:, None, None] * np.array([1.02, 1.0, 0.95],
                                                                                   np.float32)
    im = img(a)
    d = ImageDraw.Draw(im)
    # magnets: one over the letterhead's top-left corner, two along the top and right
    mags = [((x0 + 40, y0 + 30), 95, (200, 40, 45)), ((x0 + w * 0.62, y0 - 10), 80, (240, 200, 40)),
            ((x0 + w - 10, y0 + h * 0.45), 70, (40, 120, 200))]
    sh = Image.new("L", (W, H), 0)
    ds = ImageDraw.Draw(sh)
    for (mx_, my_), r, col in mags:
        ds.ellipse([mx_ - r + 14, my_ - r + 20, mx_ + r + 14, my_ + r + 20], fill=150)
    sh = sh.filter(ImageFilter.GaussianBlur(14))
    a = arr(im) * (1 - arr(sh)[..., None] / 255 * 0.6)
    im = img(a)
    d = ImageDraw.Draw(im)
    for (mx_, my_), r, col in mags:
        d.ellipse([mx_ - r, my_ - r, mx_ + r, my_ + r], fill=col)
        d.ellipse([mx_ - r * 0.55, my_ - r * 0.65, mx_ - r * 0.05, my_ - r * 0.25],
                  fill=tuple(min(255, c + 70) for c in col))
    a = noise(arr(im), rng, 3.0, 1.0)
    save_jpeg(img(a), out, 88)


def eink(src, out, rng):
    """The PDF shown on an e-ink reader (16 greys, ghost of the page before) and the reader photographed."""
    sw, sh_ = 1404, 1872
    page = raster(src, 165, gray=True)
    pw, ph = page.size
    screen = np.full((sh_, sw), 255, np.float32)
    ox, oy = (sw - pw) // 2, 40
    screen[oy:oy + min(ph, sh_ - oy - 30), ox:ox + pw] = arr(page)[:min(ph, sh_ - oy - 30)]
    # ghost of the previous page: a faint trace of other text
    gh = Image.new("L", (sw, sh_), 255)
    dg = ImageDraw.Draw(gh)
    f = ImageFont.truetype(MONO, 26)
    for i in range(60):
        dg.text((90, 60 + i * 29), ("capitulo siete  la casa de la colina  " * 3)[int(rng.integers(0, 20)):][:60],
                fill=0, font=f)
    ghost = (255 - arr(gh)) / 255.0
    bar = ImageDraw.Draw(sc := img(screen))
    fs = ImageFont.truetype(MONO, 22)
    bar.text((24, 6), "14:32", fill=0, font=fs)
    bar.text((sw - 110, 6), "62%", fill=0, font=fs)
    bar.text((sw // 2 - 90, sh_ - 28), "Página 1 de 1", fill=0, font=fs)
    s = arr(sc)
    s = np.round(s / 255 * 15) / 15 * 255                     # 16 grey levels
    s = 38 + s / 255 * (214 - 38)                             # e-ink's grey paper and soft black
    s = s - 5 * ghost                                         # the faint trace of the page before
    # the device: screen inside a dark bezel
    bw, bh = sw + 150, sh_ + 330
    dev = np.full((bh, bw), 34, np.float32)
    dev[95:95 + sh_, 75:75 + sw] = s
    devim = Image.fromarray(dev.astype(np.uint8)).convert("RGB")
    dm = Image.new("L", (bw, bh), 0)
    ImageDraw.Draw(dm).rounded_rectangle([0, 0, bw - 1, bh - 1], 60, fill=255)
    W, H = 3000, 4000
    bg = img(texture(rng, W, H, (92, 78, 70), 30, cells=(20, 120)))      # a sofa's fabric
    scale = (H * 0.9) / bh
    dw, dh = bw * scale, bh * scale
    x0, y0 = (W - dw) / 2, (H - dh) / 2
    quad = [(x0 + 40, y0), (x0 + dw - 10, y0 + 20), (x0 + dw + 20, y0 + dh - 10), (x0 - 10, y0 + dh)]
    co = persp_coeffs(quad, [(0, 0), (bw, 0), (bw, bh), (0, bh)])
    warped = devim.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = dm.transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    shadow = mask.filter(ImageFilter.GaussianBlur(25))
    a = arr(bg) * (1 - arr(shadow)[..., None] / 255 * 0.5)
    bg = img(a)
    bg.paste(warped, (0, 0), mask)
    a = arr(bg)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    refl = 22 * np.exp(-(((xx - W * 0.65) - (yy - H * 0.3) * 0.4) / 500) ** 2)
    a = a + refl[..., None] * (arr(mask)[..., None] / 255)
    a = a * np.array([1.0, 0.99, 0.95], np.float32) * vignette(H, W, 0.22)
    a = noise(a, rng, 3.5, 1.2)
    save_jpeg(img(a).filter(ImageFilter.GaussianBlur(0.5)), out, 88)


def night_mode(src, out, rng):
    """Phone night mode under a warm lamp: heavy noise reduced to smears, sharpened halos, lifted blacks."""
    page = raster(src, 230)
    W, H = 3024, 4032
    scene, _, _ = _tabletop_scene(rng, page, W, H, (92, 70, 52), tilt=3.0)
    a = arr(scene)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lamp = 0.3 + 0.75 * np.exp(-(((xx - W * 0.95) ** 2 + (yy - H * 0.25) ** 2) / (2 * (W * 0.6) ** 2)))
    a = a * lamp[..., None] * np.array([1.12, 0.93, 0.68], np.float32)
    a = a * 0.55
    # sensor noise, with blotchy colour noise at low resolution
    a = a + rng.normal(0, 9, (H, W, 1)).astype(np.float32)
    blot = rng.normal(0, 6, (H // 40, W // 40, 3)).astype(np.float32)
    blot = arr(img(blot + 128).resize((W, H), Image.BICUBIC)) - 128
    a = a + blot
    # night processing: brighten, denoise by smearing, sharpen
    a = a * 1.7
    im = img(a).filter(ImageFilter.MedianFilter(3))
    im = im.resize((W // 2, H // 2), Image.BILINEAR).resize((W, H), Image.BICUBIC)
    im = im.filter(ImageFilter.GaussianBlur(0.8)).filter(ImageFilter.UnsharpMask(4, 160, 3))
    a = arr(im)
    a = 26 + a * 0.9
    save_jpeg(img(a), out, 85)


def scan_email(src, out, rng):
    """An all-in-one printer's scan-to-e-mail preset: 150 dpi colour, JPEG quality 25, greyish, lid edge."""
    page = raster(src, 150)
    a = arr(page)
    a = 12 + a * 0.9 * np.array([1.0, 0.985, 0.975], np.float32)    # auto exposure: paper not white
    im = img(a).rotate(-0.4, resample=Image.BICUBIC, expand=False, fillcolor=(232, 229, 226))
    a = arr(im)
    h, w = a.shape[:2]
    a[h - 22:, :] *= np.linspace(1.0, 0.25, 22, dtype=np.float32)[:, None, None]
    a[:, w - 15:] *= np.linspace(1.0, 0.35, 15, dtype=np.float32)[None, :, None]
    for _ in range(40):
        y, x = rng.integers(0, h), rng.integers(0, w)
        a[y:y + 2, x:x + 2] = 60
    a = noise(a, rng, 2.0, 0.8)
    save_jpeg(img(a), out, 25, subsampling=2)


def corkboard(src, out, rng):
    """Phone photo of a page pinned to a cork board: wavy paper between four pins, window light."""
    page = raster(src, 230)
    W, H = 3024, 4032
    cork = texture(rng, W, H, (176, 128, 82), 55, cells=(80, 400))
    specks = rng.random((H, W)) < 0.02
    cork[specks] -= 45
    bg = img(cork)
    pw, ph = page.size
    s = (H * 0.84) / ph
    w, h = pw * s, ph * s
    x0, y0 = (W - w) / 2, (H - h) / 2
    quad = [(x0 - 18, y0), (x0 + w + 18, y0 + 4), (x0 + w - 10, y0 + h), (x0 + 12, y0 + h - 4)]
    scene, mask = place(page, bg, quad, shadow=(16, 12, 20, 0.35))
    a = arr(scene)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    inside = arr(mask) / 255.0
    # waves of the paper: shading from the slope, and a small shift of the picture with the height
    z = 8 * np.sin((xx - x0) / w * np.pi * 2.0) * np.sin((yy - y0) / h * np.pi * 1.5) + \
        5 * np.sin((yy - y0) / h * np.pi * 3.2 + 0.7)
    gx = np.gradient(z, axis=1)
    mx = xx - 1.2 * z * inside
    my = yy - 0.6 * z * inside
    a = remap(a, mx, my, fill=120.0)
    a = a * (1 + (gx * 3.0 * inside))[..., None]
    light = np.linspace(1.1, 0.82, W, dtype=np.float32)[None, :, None]
    a = a * light * np.array([1.0, 0.99, 0.96], np.float32)
    im = img(a)
    d = ImageDraw.Draw(im)
    pins = [((x0 + 45, y0 + 40), (210, 30, 40)), ((x0 + w - 40, y0 + 45), (30, 90, 200)),
            ((x0 + w - 40, y0 + h - 50), (40, 160, 70)), ((x0 + 50, y0 + h - 45), (235, 190, 30))]
    shl = Image.new("L", (W, H), 0)
    ds = ImageDraw.Draw(shl)
    for (px, py), col in pins:
        ds.ellipse([px + 10, py + 16, px + 70, py + 66], fill=160)
    shl = shl.filter(ImageFilter.GaussianBlur(10))
    a = arr(im) * (1 - arr(shl)[..., None] / 255 * 0.55)
    im = img(a)
    d = ImageDraw.Draw(im)
    for (px, py), col in pins:
        d.ellipse([px - 30, py - 30, px + 30, py + 30], fill=col)
        d.ellipse([px - 18, py - 20, px - 2, py - 6], fill=tuple(min(255, c + 90) for c in col))
    a = noise(arr(im), rng, 3.0, 1.0)
    save_jpeg(img(a), out, 88)


DEVICES = {
    "panorama": panorama, "zebra_fax": zebra_fax, "hdr_ghost": hdr_ghost, "cracked_lens": cracked_lens,
    "doc_camera": doc_camera, "binder_scan": binder_scan, "fridge": fridge, "eink": eink,
    "night_mode": night_mode, "scan_email": scan_email, "corkboard": corkboard,
}

# how many pages each device draws; make_set stops when a source runs longer
DEVICE_PAGES = {"zebra_fax": 2, "binder_scan": 2}
