"""The eleven image devices of blind intake set 26 (FICTIONAL): each turns a one-page source PDF into the file a
patient would hand over. numpy and Pillow only; seeded, so each build draws the same images.

Each device returns the text it adds to the page (a fax header, pencil notes) for the notice's text model.
"""
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

Z003 = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
MONO = "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"
MONOB = "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"
# fixed dates in the scan PDFs' info, so two builds give the same bytes
_FIXED = __import__("time").strptime("2026-12-01 09:00:00", "%Y-%m-%d %H:%M:%S")
PDF_INFO = {"title": "FICTIONAL scanned notice", "creationDate": _FIXED, "modDate": _FIXED}


def raster(pdf, dpi, gray=False, dpi_y=None):
    with tempfile.TemporaryDirectory() as td:
        args = ["pdftoppm", "-singlefile", "-png", "-aa", "yes", "-aaVector", "yes"]
        if dpi_y:
            args += ["-rx", str(dpi), "-ry", str(dpi_y)]
        else:
            args += ["-r", str(dpi)]
        if gray:
            args.append("-gray")
        subprocess.run(args + [str(pdf), f"{td}/p"], check=True)
        im = Image.open(f"{td}/p.png")
        im.load()
        return im.convert("L" if gray else "RGB")


def arr(im):
    return np.asarray(im).astype(np.float32)


def img(a, mode=None):
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, mode) if mode else Image.fromarray(a)


def smooth_field(rng, h, w, scale, amp):
    """Low-frequency noise in [-amp, amp], h x w."""
    sh, sw = max(2, h // scale), max(2, w // scale)
    small = rng.standard_normal((sh, sw)).astype(np.float32)
    f = np.asarray(Image.fromarray(small).resize((w, h), Image.BICUBIC))
    f = f / (np.abs(f).max() + 1e-6)
    return f * amp


def perspective_coeffs(dst, src):
    """Coefficients for PIL's PERSPECTIVE transform mapping output points dst to input points src."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, dtype=np.float64)
    b = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(a, b).tolist()


def place(page, bg, corners):
    """Warp the page onto the background so its corners (tl, tr, br, bl) land at `corners`."""
    w, h = page.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    co = perspective_coeffs(corners, src)
    warped = page.transform(bg.size, Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", page.size, 255).transform(bg.size, Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = mask.filter(ImageFilter.GaussianBlur(0.8))
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    return out


def texture(rng, size, base, grain=18, streak=False):
    w, h = size
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    n = smooth_field(rng, h, w, 40, grain)[..., None]
    a += n
    if streak:   # wood grain: long horizontal streaks
        s = smooth_field(rng, h, 8, 6, grain)[:, :1]
        a += np.repeat(s, w, axis=1)[..., None] * 0.9
    a += rng.normal(0, 4, a.shape)
    return img(a, "RGB")


def jpeg(im, path, q):
    im.save(path, "JPEG", quality=q, subsampling=2, optimize=False)


# ---------------------------------------------------------------- the devices


def inkjet_nozzle(src, out, rng):
    """An inkjet printer with clogged nozzles (pale rows at the head's pitch, composite black with a blue cast),
    scanned flat at 200 dpi colour, stored as an image-only PDF."""
    im = raster(src, 200)
    a = arr(im)
    ink = (255 - a.mean(axis=2, keepdims=True)) / 255.0          # 0 paper .. 1 ink
    black = np.array([38, 40, 62], np.float32)
    paper = np.array([248, 247, 243], np.float32)
    a = paper * (1 - ink) + black * ink
    h, w = a.shape[:2]
    pitch = 92                                                     # one head pass, in pixels
    bad = [7, 8, 31, 55, 56, 77]                                   # the clogged nozzles' rows in each pass
    for y0 in range(0, h, pitch):
        for r in bad:
            y = y0 + r
            if y < h:
                a[y] = a[y] * 0.25 + paper * 0.75
    a += smooth_field(rng, h, w, 300, 4)[..., None]
    a += rng.normal(0, 3.0, a.shape)
    page = img(a, "RGB").filter(ImageFilter.GaussianBlur(0.45)).rotate(-0.35, Image.BICUBIC, fillcolor=(250, 250, 248))
    page.save(out, "PDF", resolution=200, **PDF_INFO)
    return ""


def adf_misregister(src, out, rng):
    """A sheet-fed scanner: the page went through a little crooked (shear), the colour sensor's rows did not line up
    (red, green and blue offset by up to 3 px down the page), the feed roller hesitated once (a stretched band), and
    the scanner's dark backing shows along the edges. Stored as PNG at 150 dpi."""
    im = raster(src, 150)
    w, h = im.size
    # shear: the page drifts right as it feeds
    sh = 0.011
    im = im.transform((w + 30, h), Image.AFFINE, (1, -sh, -8, 0, 1, 0), Image.BICUBIC, fillcolor=(70, 72, 76))
    a = arr(im)
    # roller hesitation: rows 885-945 stretched by 6 percent
    y0, y1 = 885, 945
    band = img(a[y0:y1], "RGB").resize((a.shape[1], int((y1 - y0) * 1.06)), Image.BICUBIC)
    a = np.concatenate([a[:y0], arr(band), a[y1:]], axis=0)[:h]
    chans = []
    for c, dy in zip(range(3), (0.0, 1.6, 3.3)):
        ch = img(a[..., c], "L").transform((a.shape[1], a.shape[0]), Image.AFFINE, (1, 0, 0, 0, 1, -dy),
                                           Image.BICUBIC, fillcolor=72)
        chans.append(arr(ch))
    a = np.stack(chans, axis=2)
    a += rng.normal(0, 0.8, a.shape)
    a[:, :6] = 60
    a[:, -10:] = 60
    img(a, "RGB").save(out, "PNG", dpi=(150, 150), optimize=True)
    return ""


def mixed_light(src, out, rng):
    """A phone photo by a window in the evening: daylight (blue) from the left, a tungsten lamp (orange) from the
    right, the page on a dark table, mild keystone."""
    page = raster(src, 165)
    pw, ph = page.size
    W, H = 1620, 2140
    bg = texture(rng, (W, H), (58, 44, 36), grain=14, streak=True)
    corners = [(95, 120), (W - 70, 150), (W - 115, H - 95), (60, H - 130)]
    ph_ = place(page, bg, corners)
    a = arr(ph_)
    xs = np.linspace(0, 1, W)[None, :, None]
    ys = np.linspace(0, 1, H)[:, None, None]
    cool = np.array([0.80, 0.90, 1.06], np.float32)
    warm = np.array([1.06, 0.90, 0.62], np.float32)
    tint = cool * (1 - xs) + warm * xs
    light = 0.98 - 0.22 * ys * xs - 0.10 * (1 - xs) * ys
    a = a * tint * light
    a += smooth_field(rng, H, W, 260, 6)[..., None]
    a += rng.normal(0, 5.0, a.shape)
    jpeg(img(a, "RGB").filter(ImageFilter.GaussianBlur(0.5)), out, 82)
    return ""


def dusty_glass(src, out, rng):
    """A flatbed scanner with dirty glass: dust specks, a hair, a scratch, a lamp that fades towards one side.
    8-bit grey TIFF, 240 dpi, Deflate."""
    im = raster(src, 240, gray=True)
    a = arr(im)
    h, w = a.shape
    a = 255 - (255 - a) * 0.93
    a *= (1.0 - 0.10 * np.linspace(0, 1, w))[None, :]
    d = ImageDraw.Draw(dust := img(np.zeros((h, w)), "L"))
    for _ in range(900):
        x, y = rng.integers(0, w), rng.integers(0, h)
        r = rng.choice([0.6, 1.0, 1.5, 2.2], p=[0.5, 0.3, 0.15, 0.05])
        d.ellipse((x - r, y - r, x + r, y + r), fill=int(rng.integers(90, 200)))
    # a hair: a smooth curve in the left margin running down into the body
    t = np.linspace(0, 1, 400)
    x = 70 + 160 * t + 25 * np.sin(7 * t)
    y = 900 + 520 * t + 30 * np.cos(5 * t)
    d.line(list(zip(x.tolist(), y.tolist())), fill=210, width=3)
    # a scratch on the glass: a fine light line
    scratch = img(np.zeros((h, w)), "L")
    ImageDraw.Draw(scratch).line([(w * 0.62, 0), (w * 0.70, h)], fill=120, width=2)
    a = a - arr(dust) * 0.8 + arr(scratch) * 0.35
    a += rng.normal(0, 3.0, a.shape)
    img(a, "L").rotate(0.6, Image.BICUBIC, fillcolor=235).save(out, "TIFF", compression="tiff_adobe_deflate",
                                                                dpi=(240, 240))
    return ""


def pencil_notes(src, out, rng, notes):
    """A phone photo on a speckled stone counter of a page someone wrote on in pencil (notes: [(x, y, text, size,
    angle)], in points from the page's top left)."""
    dpi = 165
    page = raster(src, dpi)
    s = dpi / 72
    layer = Image.new("L", page.size, 0)
    for (x, y, text, size, ang) in notes:
        f = ImageFont.truetype(Z003, int(size * s))
        tw = int(f.getlength(text)) + 20
        th = int(size * s * 1.6)
        t = Image.new("L", (tw, th), 0)
        ImageDraw.Draw(t).text((5, 2), text, font=f, fill=255)
        t = t.rotate(ang, Image.BICUBIC, expand=True)
        layer.paste(t, (int(x * s), int(y * s)), t)
    g = arr(layer) / 255.0
    grain = rng.uniform(0.6, 1.0, g.shape)                        # graphite is patchy
    g = g * grain
    a = arr(page)
    graphite = np.array([66, 66, 74], np.float32)
    a = a * (1 - g[..., None] * 0.95) + graphite * g[..., None] * 0.95
    page = img(a, "RGB")
    W, H = 1580, 2080
    bg = texture(rng, (W, H), (120, 116, 112), grain=10)
    b = arr(bg)
    specks = rng.random((H, W)) < 0.05
    b[specks] = b[specks] * 0.45
    specks = rng.random((H, W)) < 0.02
    b[specks] = np.minimum(255, b[specks] * 1.6)
    bg = img(b, "RGB").filter(ImageFilter.GaussianBlur(0.9))
    corners = [(110, 95), (W - 95, 60), (W - 60, H - 110), (130, H - 70)]
    ph_ = place(page, bg, corners)
    a = arr(ph_)
    ys = np.linspace(0, 1, H)[:, None, None]
    a = a * np.array([1.03, 0.98, 0.88], np.float32) * (1.0 - 0.12 * ys)
    a += rng.normal(0, 4.5, a.shape)
    jpeg(img(a, "RGB"), out, 85)
    return "\n".join(n[2] for n in notes)


def sun_mullion(src, out, rng):
    """Direct afternoon sun through a window: the page is bright and warm with its blacks lifted, and the window
    frame's cross casts a hard-edged bluish shadow across it."""
    page = raster(src, 170)
    W, H = 1560, 2050
    bg = texture(rng, (W, H), (225, 222, 214), grain=8)
    corners = [(70, 80), (W - 90, 105), (W - 60, H - 60), (45, H - 95)]
    a = arr(place(page, bg, corners))
    sunlit = np.ones((H, W), np.float32)
    frame = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(frame)
    dr.polygon([(820, 0), (880, 0), (960, H), (900, H)], fill=255)        # the vertical bar
    dr.polygon([(0, 760), (W, 690), (W, 745), (0, 815)], fill=255)        # the horizontal bar
    dr.rectangle((0, 0, W, 120), fill=255)                                  # the sill's shadow at the top
    fr = arr(frame.filter(ImageFilter.GaussianBlur(5))) / 255.0
    sunlit -= fr
    lit = a * 1.12 + 52                       # blacks lifted, whites clipped
    lit *= np.array([1.05, 1.0, 0.86], np.float32)
    shade = a * np.array([0.62, 0.68, 0.80], np.float32)
    a = lit * sunlit[..., None] + shade * (1 - sunlit[..., None])
    a += rng.normal(0, 4.0, a.shape)
    jpeg(img(a, "RGB"), out, 84)
    return ""


def fax_autoreduce(src, out, rng, tti, footer):
    """A fax sent fine mode (204 x 196 dpi) a little crooked; the receiving machine reduced the page to 93 percent
    of its height to fit its own header and footer lines. 1-bit TIFF, Group 3."""
    im = raster(src, 204, gray=True, dpi_y=196)
    im = im.rotate(-1.6, Image.BICUBIC, fillcolor=255)
    w, h = im.size
    im = im.resize((w, int(h * 0.93)), Image.BILINEAR)
    canvas = Image.new("L", (w, h), 255)
    canvas.paste(im, (0, 70))
    d = ImageDraw.Draw(canvas)
    f = ImageFont.truetype(MONO, 26)
    d.text((30, 22), tti, font=f, fill=0)
    d.text((30, h - 48), footer, font=f, fill=0)
    a = arr(canvas) + rng.normal(0, 22, (h, w))
    bw = img(np.where(a < 150, 0, 255), "L").convert("1", dither=Image.NONE)
    bw.save(out, "TIFF", compression="group3", dpi=(204, 196))
    return tti + "\n" + footer


def blue_recycled_copier(src, out, rng):
    """A copy on blue recycled paper (fibre flecks), put through an office copier's scan-to-e-mail in black and white
    at 300 dpi: the blue ground drops out, the flecks stay as specks. Image-only PDF, CCITT G4."""
    im = raster(src, 300, gray=True)
    a = arr(im)
    h, w = a.shape
    ink = (255 - a) / 255.0
    paper = 184 + smooth_field(rng, h, w, 120, 8) + rng.normal(0, 9, (h, w))
    a = paper * (1 - ink) + 20 * ink
    fl = img(np.zeros((h, w)), "L")
    d = ImageDraw.Draw(fl)
    for _ in range(1400):
        x, y = rng.integers(0, w), rng.integers(0, h)
        ang = rng.uniform(0, np.pi)
        ln = rng.uniform(2, 11)
        d.line([(x, y), (x + ln * np.cos(ang), y + ln * np.sin(ang))], fill=int(rng.integers(60, 120)),
               width=int(rng.choice([1, 1, 2])))
    a = a - arr(fl)
    bw = img(np.where(a < 132, 0, 255), "L").rotate(0.3, Image.NEAREST, fillcolor=255).convert("1", dither=Image.NONE)
    bw.save(out, "PDF", resolution=300, **PDF_INFO)
    return ""


def digital_zoom(src, out, rng):
    """Taken from across a desk with 3x digital zoom: few real pixels blown up, the phone's sharpening halos,
    a low-angle keystone, JPEG."""
    page = raster(src, 84)
    pw, ph = page.size
    W, H = int(pw * 2.2), int(ph * 2.2)
    big = page.resize((W - 160, H - 160), Image.BICUBIC)
    bg = texture(rng, (W, H), (96, 100, 104), grain=10)
    corners = [(150, 110), (W - 150, 110), (W - 60, H - 60), (60, H - 60)]
    a = arr(place(big, bg, corners))
    a += rng.normal(0, 9, a.shape)
    a *= np.array([1.0, 0.98, 0.93], np.float32)
    im = img(a, "RGB").filter(ImageFilter.GaussianBlur(1.1))
    im = im.filter(ImageFilter.UnsharpMask(radius=3, percent=190, threshold=1))
    jpeg(im, out, 64)
    return ""


def chromatic(src, out, rng):
    """A cheap phone lens's lateral chromatic aberration: red and blue images scaled apart about the centre, so
    strokes get colour fringes that grow towards the edges; vignetting; the page on a grey sofa cushion."""
    page = raster(src, 175)
    W, H = 1640, 2150
    bg = texture(rng, (W, H), (110, 112, 118), grain=22)
    corners = [(80, 110), (W - 100, 85), (W - 75, H - 90), (105, H - 70)]
    a = arr(place(page, bg, corners))
    chans = []
    for c, sc in zip(range(3), (1.0045, 1.0, 0.9955)):
        ch = img(a[..., c], "L")
        cx, cy = W / 2, H / 2
        ch = ch.transform((W, H), Image.AFFINE, (1 / sc, 0, cx - cx / sc, 0, 1 / sc, cy - cy / sc), Image.BICUBIC)
        chans.append(arr(ch))
    a = np.stack(chans, axis=2)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    r = np.sqrt(((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
    a *= (1 - 0.18 * r ** 2)[..., None]
    a += rng.normal(0, 4, a.shape)
    jpeg(img(a, "RGB"), out, 83)
    return ""


def laser_drum(src, out, rng):
    """A laser printer with a worn drum (the same smudge every 94 mm down the page) and a dirty charge wire
    (a pale grey stripe top to bottom), scanned to e-mail as a grey JPEG at 200 dpi."""
    im = raster(src, 200, gray=True)
    a = arr(im)
    h, w = a.shape
    period = int(94 / 25.4 * 200)
    sm = img(np.zeros((h, w)), "L")
    d = ImageDraw.Draw(sm)
    for y in range(140, h, period):
        d.ellipse((1180, y, 1290, y + 34), fill=90)
        d.ellipse((1220, y + 10, 1260, y + 22), fill=150)
    sm = sm.filter(ImageFilter.GaussianBlur(4))
    a = a - arr(sm)
    a[:, 402:418] -= 26
    a -= (rng.random((h, w)) < 0.004) * 90                           # toner fog
    a += rng.normal(0, 3, a.shape)
    img(a, "L").filter(ImageFilter.GaussianBlur(0.4)).save(out, "JPEG", quality=62, dpi=(200, 200))
    return ""


DEVICES = {
    "inkjet_nozzle": inkjet_nozzle, "adf_misregister": adf_misregister, "mixed_light": mixed_light,
    "dusty_glass": dusty_glass, "pencil_notes": pencil_notes, "sun_mullion": sun_mullion,
    "fax_autoreduce": fax_autoreduce, "blue_recycled_copier": blue_recycled_copier,
    "digital_zoom": digital_zoom, "chromatic": chromatic, "laser_drum": laser_drum,
}
