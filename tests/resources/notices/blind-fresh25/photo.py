"""FICTIONAL set 25 devices: a source PDF page drawn as a phone photo, scan or fax (numpy + Pillow, seeded)."""
import glob, os, subprocess, tempfile
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

import time
FIXED = dict(creationDate=time.strptime("2026-12-01", "%Y-%m-%d"), modDate=time.strptime("2026-12-01", "%Y-%m-%d"), title="FICTIONAL sample scan")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def pages(pdf, dpi, gray=False):
    d = tempfile.mkdtemp()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray" if gray else "-png", pdf, d + "/p"] if gray else
                   ["pdftoppm", "-r", str(dpi), "-png", pdf, d + "/p"], check=True)
    files = sorted(glob.glob(d + "/p*"))
    ims = [Image.open(f).convert("L" if gray else "RGB") for f in files]
    for f in files:
        os.remove(f)
    return ims


def one_page(pdf, dpi, gray=False):
    ims = pages(pdf, dpi, gray)
    if len(ims) != 1:
        raise SystemExit(f"{pdf}: the device draws one page and the source has {len(ims)}")
    return ims[0]


def on_background(page, bg_size, bg_color, angle, offset, rng, texture=8):
    W, H = bg_size
    bg = np.zeros((H, W, 3), np.float32) + np.array(bg_color, np.float32)
    bg += rng.normal(0, texture, (H, W, 1))
    bgi = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    pg = page.convert("RGBA").rotate(angle, expand=True, resample=Image.BICUBIC)
    sh = Image.new("RGBA", pg.size, (0, 0, 0, 0))
    alpha = pg.split()[3].point(lambda a: int(a * 0.45))
    sh.putalpha(alpha)
    sh = sh.filter(ImageFilter.GaussianBlur(14))
    bgi.paste(sh, (offset[0] + 18, offset[1] + 22), sh)
    bgi.paste(pg, offset, pg)
    return bgi


def perspective(im, shift):
    """Keystone: shift = (dx_top_left, dx_top_right, dy_top) in pixels."""
    W, H = im.size
    a, b, c = shift
    quad = (-a, -c, -a + 0, H, W + 0, H, W + b, -c)  # ul, ll, lr, ur
    quad = (a, c, 0, H, W, H, W - b, c)
    return im.transform(im.size, Image.QUAD, quad, resample=Image.BICUBIC)


def light(im, fn):
    a = np.asarray(im).astype(np.float32)
    H, W = a.shape[:2]
    y, x = np.mgrid[0:H, 0:W]
    m = fn(x / W, y / H)
    if a.ndim == 3:
        m = m[..., None]
    return Image.fromarray(np.clip(a * m, 0, 255).astype(np.uint8))


def noise(im, sd, rng):
    a = np.asarray(im).astype(np.float32)
    a += rng.normal(0, sd, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def remap(im, dx, dy):
    a = np.asarray(im)
    H, W = a.shape[:2]
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    xs = np.clip(np.round(x + dx), 0, W - 1).astype(int)
    ys = np.clip(np.round(y + dy), 0, H - 1).astype(int)
    return Image.fromarray(a[ys, xs])


def save_jpeg(im, path, q):
    im.convert("RGB").save(path, "JPEG", quality=q, optimize=False)


def fax_header(im, text, scale=1.0):
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, int(22 * scale))
    d.rectangle((0, 0, im.size[0], int(34 * scale)), fill=255)
    d.text((20, int(6 * scale)), text, fill=0, font=f)
    return im


# ---- the devices ----

def wrinkled(pdf, out, seed):
    """Phone photo of a page that was crumpled and smoothed out: creases shift the lines and shade the paper."""
    rng = np.random.default_rng(seed)
    pg = one_page(pdf, 150)
    W, H = pg.size
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    dx = 3.0 * np.sin(y / 97.0 + 1.3) + 2.0 * np.sin((x + y) / 151.0)
    dy = 3.5 * np.sin(x / 83.0) + 2.0 * np.sin((x - y) / 131.0 + 0.4)
    pg = remap(pg, dx, dy)
    pg = light(pg, lambda u, v: 0.86 + 0.08 * np.sin(u * 19 + v * 7) * np.sin(v * 13) + 0.06 * (1 - v))
    im = on_background(pg, (W + 260, H + 240), (96, 74, 58), -3.2, (120, 100), rng)
    im = light(im, lambda u, v: 1.05 - 0.25 * v * u)
    im = noise(im, 6, rng).filter(ImageFilter.GaussianBlur(0.7))
    save_jpeg(im, out, 80)


def photocopy_scan(pdf, out, seed):
    """Image-only PDF of a third-generation photocopy: grey cast, toner speckle, dark edge band, 150 dpi grey."""
    rng = np.random.default_rng(seed)
    ims = pages(pdf, 150, gray=True)
    res = []
    for pg in ims:
        a = np.asarray(pg).astype(np.float32)
        a = 40 + a * 0.78                      # grey paper, weaker black
        a[a < 120] -= 30
        sp = rng.random(a.shape) < 0.0025
        a[sp] = rng.uniform(20, 90, sp.sum())
        a[:, :28] *= 0.35; a[-20:, :] *= 0.5     # the copier lid's edge
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(0.5, fillcolor=230, resample=Image.BICUBIC)
        res.append(im.filter(ImageFilter.GaussianBlur(0.5)))
    res[0].save(out, "PDF", resolution=150, save_all=True, append_images=res[1:], **FIXED)


def sleeve_glare(pdf, out, seed):
    """Photo of a page kept in a clear plastic sheet protector: a bluish sheen, two diagonal glare streaks."""
    rng = np.random.default_rng(seed)
    pg = one_page(pdf, 160)
    W, H = pg.size
    im = on_background(pg, (W + 200, H + 200), (40, 44, 52), 1.8, (90, 80), rng, texture=5)
    a = np.asarray(im).astype(np.float32)
    a[..., 2] += 8; a[..., 0] -= 6
    H2, W2 = a.shape[:2]
    y, x = np.mgrid[0:H2, 0:W2].astype(np.float32)
    d1 = np.abs((x - 0.15 * W2) - 0.35 * y) / 30.0   # a narrow streak in the left margin
    g = 70 * np.exp(-d1 ** 2)
    d2 = np.abs((x - 0.75 * W2) + 0.2 * (y - H2))
    g += 28 * np.exp(-(d2 / 90.0) ** 2)          # a broad faint sheen
    a += g[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = perspective(im, (40, 10, 25))
    im = noise(im, 5, rng)
    save_jpeg(im, out, 84)


def toner_fax(pdf, out, seed, header):
    """1-bit Group 3 TIFF, standard mode, from a machine low on toner: strokes break up, a pale vertical band."""
    rng = np.random.default_rng(seed)
    ims = pages(pdf, 204, gray=True)
    res = []
    for i, pg in enumerate(ims):
        pg = pg.resize((pg.size[0], pg.size[1] // 2), Image.BILINEAR)  # 204 x 98
        a = np.asarray(pg).astype(np.float32)
        a += rng.normal(0, 18, a.shape)
        W = a.shape[1]
        band = slice(int(W * 0.62), int(W * 0.66))
        a[:, band] += 45
        bw = (a > 150).astype(np.uint8) * 255
        im = Image.fromarray(bw)
        im = fax_header(im, header.format(page=i + 1, pages=len(ims)), scale=0.6)
        res.append(im.convert("1"))
    res[0].save(out, "TIFF", compression="group3", dpi=(204, 98), save_all=True, append_images=res[1:])


def barrel_lens(pdf, out, seed):
    """A cheap wide-angle phone lens close to the page: barrel distortion, dark vignette, soft corners."""
    rng = np.random.default_rng(seed)
    pg = one_page(pdf, 150)
    W, H = pg.size
    im = on_background(pg, (W + 140, H + 140), (180, 170, 150), 0.8, (60, 60), rng, texture=4)
    W2, H2 = im.size
    y, x = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = W2 / 2, H2 / 2
    nx, ny = (x - cx) / cx, (y - cy) / cy
    r2 = nx * nx + ny * ny
    k = 0.07
    sx = cx + nx * (1 + k * r2) / (1 + k) * cx
    sy = cy + ny * (1 + k * r2) / (1 + k) * cy
    im = remap(im, sx - x, sy - y)
    im = light(im, lambda u, v: 1.08 - 0.55 * ((u - 0.5) ** 2 + (v - 0.5) ** 2))
    im = noise(im, 5, rng).filter(ImageFilter.GaussianBlur(0.6))
    save_jpeg(im, out, 82)


def green_lowres_scan(pdf, out, seed):
    """8-bit greyscale TIFF (LZW) at 100 dpi of green paper: low contrast, slight skew."""
    pg = one_page(pdf, 100, gray=True)
    a = np.asarray(pg).astype(np.float32)
    a = 150 + a * (200 - 150) / 255.0 + (255 - a) * -0.35  # green paper scans as mid grey
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(-0.7, fillcolor=200, resample=Image.BICUBIC)
    im.save(out, "TIFF", compression="tiff_lzw", dpi=(100, 100))


def night_mode(pdf, out, seed):
    """Phone night mode on a bedspread under a sodium street lamp: orange cast, smeared noise reduction."""
    rng = np.random.default_rng(seed)
    pg = one_page(pdf, 150)
    W, H = pg.size
    im = on_background(pg, (W + 220, H + 200), (70, 40, 60), -1.4, (100, 90), rng, texture=14)
    a = np.asarray(im).astype(np.float32) * np.array([1.0, 0.78, 0.52])
    a *= 0.82
    a += rng.normal(0, 10, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.MedianFilter(3)).filter(ImageFilter.GaussianBlur(0.5))
    im = light(im, lambda u, v: 0.9 + 0.2 * u)
    save_jpeg(im, out, 78)


def messaging_app(pdf, out, seed):
    """A photo forwarded through a messaging app: colour fringes, down-scaled to 1600 px, JPEG quality 38."""
    rng = np.random.default_rng(seed)
    pg = one_page(pdf, 200)
    W, H = pg.size
    im = on_background(pg, (W + 300, H + 260), (205, 200, 190), 2.4, (150, 120), rng, texture=6)
    r, g, b = im.split()
    r = r.transform(r.size, Image.AFFINE, (1, 0, -2, 0, 1, 0))
    b = b.transform(b.size, Image.AFFINE, (1, 0, 2, 0, 1, 1))
    im = Image.merge("RGB", (r, g, b))
    im = perspective(im, (-50, 30, 40))
    s = 1600 / im.size[1]
    im = im.resize((int(im.size[0] * s), 1600), Image.LANCZOS)
    save_jpeg(im, out, 38)


def punched_scan_red_pen(pdf, out, seed, circle_words=()):
    """Colour flatbed scan (PDF, image only) of a page with three punched holes and a red pen ring."""
    rng = np.random.default_rng(seed)
    ims = pages(pdf, 200)
    res = []
    for i, pg in enumerate(ims):
        d = ImageDraw.Draw(pg)
        W, H = pg.size
        for yy in (0.12, 0.5, 0.88):
            cx, cy = 55, int(H * yy)
            d.ellipse((cx - 26, cy - 26, cx + 26, cy + 26), fill=(60, 60, 64))
        if i == 0:
            d.ellipse((W - 330, 120, W - 90, 230), outline=(200, 30, 30), width=5)
            d.line((W - 330, 240, W - 200, 300), fill=(200, 30, 30), width=4)
        pg = noise(pg, 4, rng).rotate(-0.4, fillcolor=(250, 250, 248), resample=Image.BICUBIC)
        res.append(pg)
    res[0].save(out, "PDF", resolution=200, save_all=True, append_images=res[1:], quality=80, **FIXED)


def backlit_showthrough(pdf, out, seed, back_lines):
    """Photo of a page held against a window: the back's print shows through mirrored, bright and low contrast."""
    rng = np.random.default_rng(seed)
    pg = one_page(pdf, 150).convert("L")
    W, H = pg.size
    back = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(back)
    f = ImageFont.truetype(FONT, 22)
    y = 140
    for i in range(40):
        d.text((120, y), back_lines[i % len(back_lines)], fill=0, font=f)
        y += 38
    back = ImageOps.mirror(back)
    a = np.asarray(pg).astype(np.float32)
    bk = np.asarray(back).astype(np.float32)
    a = np.minimum(a, 255 - (255 - bk) * 0.13)
    a = 70 + a * 0.75
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("RGB")
    im = on_background(im, (W + 200, H + 200), (235, 240, 245), 2.0, (80, 90), rng, texture=3)
    im = perspective(im, (20, -30, 15))
    im = noise(im, 5, rng)
    save_jpeg(im, out, 85)


def halftone_fax(pdf, out, seed, header):
    """1-bit Group 4 TIFF, fine mode: a grey letterhead band halftoned by the machine, text thresholded, 2 pages ok."""
    rng = np.random.default_rng(seed)
    ims = pages(pdf, 204, gray=True)
    res = []
    for i, pg in enumerate(ims):
        a = np.asarray(pg).astype(np.float32)
        if i == 0:   # the letterhead's grey band (top 0.45-1.05 in) halftoned by the machine; text under it stays black
            top, bot = int(0.45 * 204), int(1.05 * 204)
            band = a[top:bot]
            paper = band > 200
            band[paper] = np.where(rng.random(paper.sum()) < 0.72, 255, 0)
            a[top:bot] = band
        a += rng.normal(0, 10, a.shape)
        im = Image.fromarray((a > 128).astype(np.uint8) * 255).rotate(0.3, fillcolor=255)
        im = fax_header(im, header.format(page=i + 1, pages=len(ims)))
        res.append(im.convert("1"))
    res[0].save(out, "TIFF", compression="group4", dpi=(204, 196), save_all=True, append_images=res[1:])


DEVICES = {f.__name__: f for f in (wrinkled, photocopy_scan, sleeve_glare, toner_fax, barrel_lens,
                                     green_lowres_scan, night_mode, messaging_app, punched_scan_red_pen,
                                     backlit_showthrough, halftone_fax)}
