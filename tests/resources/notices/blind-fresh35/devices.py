"""The eleven image devices of set 35 (numpy and Pillow only, seeded). Each takes the drawn page, the positions of
tagged blocks and a numpy Generator, and returns (image or list of images, words the device itself drew).
FICTIONAL set."""
import colorsys
import math
import struct
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from render import HAND, FONTFILES


# ---------------------------------------------------------------- helpers
def coeffs(dst, src):
    a, b = [], []
    for (x, y), (X, Y) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); b.append(X)
        a.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); b.append(Y)
    return np.linalg.solve(np.array(a, float), np.array(b, float)).tolist()


def place(canvas, img, quad, shadow=0):
    """Warp img into quad (TL, TR, BR, BL) on canvas, with a soft drop shadow when asked."""
    w, h = img.size
    c = coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    mask = Image.new("L", img.size, 255).transform(canvas.size, Image.PERSPECTIVE, c, Image.BILINEAR)
    if shadow:
        sh = mask.filter(ImageFilter.GaussianBlur(shadow))
        sh = Image.eval(sh, lambda v: int(v * 0.45))
        sh = sh.crop((0, 0, canvas.size[0] - shadow // 2, canvas.size[1] - shadow // 2))
        canvas.paste(Image.new("RGB", sh.size, (0, 0, 0)), (shadow // 2, shadow // 2), sh)
    warped = img.transform(canvas.size, Image.PERSPECTIVE, c, Image.BICUBIC)
    canvas.paste(warped, (0, 0), mask)
    return canvas


def arr(img):
    return np.asarray(img, dtype=np.float32)


def img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def noise(a, rng, sigma, chroma=0.0):
    n = rng.normal(0, sigma, a.shape[:2])[..., None]
    if chroma:
        n = n + rng.normal(0, chroma, a.shape)
    return a + n


def jitter_quad(rng, quad, amt):
    return [(x + rng.uniform(-amt, amt), y + rng.uniform(-amt, amt)) for x, y in quad]


def hand_font(size):
    return ImageFont.truetype(HAND, size)


def hand_text(base, xy, text, size, color, angle, rng):
    """Handwriting-like text: Z003 with a slant, a slight baseline wobble, pasted at xy (RGBA over RGB)."""
    f = hand_font(size)
    w = int(f.getlength(text)) + 40
    h = int(size * 1.6)
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    x = 10
    for ch in text:
        d.text((x, 10 + rng.uniform(-2, 2)), ch, font=f, fill=color + (235,))
        x += f.getlength(ch)
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    base.paste(layer, (int(xy[0]), int(xy[1])), layer)


# ---------------------------------------------------------------- backgrounds
def laminate(size, rng):
    a = np.ones((size[1], size[0], 3), np.float32) * np.array([214, 206, 190], np.float32)
    a = noise(a, rng, 6)
    for _ in range(9000):
        x, y = rng.integers(0, size[0]), rng.integers(0, size[1])
        a[y:y + 3, x:x + 3] += rng.choice([-60, 40])
    return img(a)


def terrazzo(size, rng):
    im = Image.new("RGB", size, (198, 194, 186))
    d = ImageDraw.Draw(im)
    for _ in range(2600):
        x, y = rng.integers(0, size[0]), rng.integers(0, size[1])
        r = rng.integers(4, 22)
        col = [(150, 140, 130), (90, 96, 92), (230, 228, 222), (170, 120, 96), (120, 130, 140)][rng.integers(0, 5)]
        pts = [(x + r * math.cos(t) * rng.uniform(0.5, 1.2), y + r * math.sin(t) * rng.uniform(0.5, 1.2))
               for t in np.linspace(0, 2 * math.pi, 6, endpoint=False)]
        d.polygon(pts, fill=col)
    return img(noise(arr(im), rng, 4))


# ---------------------------------------------------------------- 01 tented fold, progressive JPEG
def tent_fold(page, pos, rng):
    W, H = page.size
    cv = laminate((2000, 2620), rng)
    top = arr(page.crop((0, 0, W, H // 2)))
    bot = arr(page.crop((0, H // 2, W, H)))
    g = np.linspace(0.70, 0.86, top.shape[0])[:, None, None]
    top = top * g * np.array([1.0, 0.99, 0.96])
    g2 = np.linspace(0.99, 0.90, bot.shape[0])[:, None, None]
    bot = bot * g2
    crease_l, crease_r = (150, 1340), (1870, 1318)
    place(cv, img(top), jitter_quad(rng, [(330, 210), (1690, 190), crease_r, crease_l], 6))
    place(cv, img(bot), [crease_l, crease_r, (1830, 2480), (190, 2500)], shadow=24)
    d = ImageDraw.Draw(cv)
    d.line([crease_l, crease_r], fill=(252, 252, 250), width=7)
    sh = Image.new("L", cv.size, 0)
    ImageDraw.Draw(sh).line([(crease_l[0], crease_l[1] + 14), (crease_r[0], crease_r[1] + 14)], fill=120, width=16)
    sh = sh.filter(ImageFilter.GaussianBlur(9))
    a = arr(cv) * (1 - arr(sh)[..., None] / 255 * 0.35)
    a = noise(a, rng, 3.5)
    return img(a).filter(ImageFilter.GaussianBlur(0.7)), []


# ---------------------------------------------------------------- 02 sun catcher rainbows
def suncatcher(page, pos, rng):
    W, H = page.size
    cv = Image.new("RGB", (1980, 2520), (234, 232, 226))
    cv = img(noise(arr(cv), rng, 5))
    place(cv, page, jitter_quad(rng, [(150, 130), (1840, 160), (1860, 2330), (120, 2300)], 10), shadow=18)
    a = arr(cv)
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]].astype(np.float32)
    shade = 0.80 + 0.12 * (xx / a.shape[1])
    a = a * shade[..., None] * np.array([1.0, 0.96, 0.88])
    light = np.zeros_like(a)
    ang = math.radians(-28)
    for _ in range(8):
        cx, cy = rng.uniform(250, 1750), rng.uniform(300, 2250)
        ln, wd = rng.uniform(240, 420), rng.uniform(55, 95)
        th = ang + rng.uniform(-0.12, 0.12)
        u = (xx - cx) * math.cos(th) + (yy - cy) * math.sin(th)
        v = -(xx - cx) * math.sin(th) + (yy - cy) * math.cos(th)
        t = np.clip(u / ln + 0.5, 0, 1)
        m = np.exp(-(v / wd) ** 2 * 3) * np.exp(-((u / (ln * 0.55)) ** 6))
        hues = np.linspace(0, 0.78, 256)
        lut = np.array([colorsys.hsv_to_rgb(h, 1, 1) for h in hues], np.float32) * 255
        col = lut[(t * 255).astype(int)]
        light += col * m[..., None]
    a = a + (a / 255) * light * 0.55
    a = noise(a, rng, 3)
    return img(a).filter(ImageFilter.GaussianBlur(0.6)), []


# ---------------------------------------------------------------- 03 embossed seal under raking light
def emboss(page, pos, rng):
    W, H = page.size
    hmap = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(hmap)
    sx0, sy0, sx1, sy1 = pos["signature"]
    cx, cy, r = 1250, sy1 + 60, 175
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=10)
    d.ellipse([cx - r + 60, cy - r + 60, cx + r - 60, cy + r - 60], outline=255, width=7)
    f = ImageFont.truetype(FONTFILES["serif"][1], 30)
    txt = "CAPITOL MUTUAL BENEFIT PLAN * FEHB CARRIER * "
    for i, ch in enumerate(txt):
        t = -math.pi / 2 + 2 * math.pi * i / len(txt)
        gl = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(gl).text((8, 2), ch, font=f, fill=255)
        gl = gl.rotate(-math.degrees(t) - 90, resample=Image.BICUBIC)
        rr = r - 32
        hmap.paste(255, (int(cx + rr * math.cos(t) - 20), int(cy + rr * math.sin(t) - 20)), gl)
    star = [(cx + (52 if k % 2 == 0 else 22) * math.cos(-math.pi / 2 + k * math.pi / 5),
             cy + (52 if k % 2 == 0 else 22) * math.sin(-math.pi / 2 + k * math.pi / 5)) for k in range(10)]
    d.polygon(star, fill=255)
    h = arr(hmap.filter(ImageFilter.GaussianBlur(2.2))) / 255 * 6.0
    h += arr(img(rng.normal(128, 40, (H, W))).filter(ImageFilter.GaussianBlur(1.3))) / 255 * 1.2
    gx = np.gradient(h, axis=1)
    a = arr(page) * np.clip(1 + 0.55 * gx, 0.6, 1.35)[..., None]
    xx = np.linspace(1.06, 0.64, W)[None, :, None]
    a = a * xx * np.array([1.0, 0.97, 0.92])
    cv = Image.new("RGB", (1960, 2480), (38, 50, 66))
    cv = img(noise(arr(cv), rng, 4))
    place(cv, img(a), jitter_quad(rng, [(150, 150), (1810, 130), (1840, 2330), (130, 2350)], 8), shadow=20)
    out = noise(arr(cv), rng, 3)
    return img(out).filter(ImageFilter.GaussianBlur(0.6)), []


# ---------------------------------------------------------------- 04 fogged lens
def fog(page, pos, rng):
    cv = Image.new("RGB", (1960, 2500), (236, 236, 234))
    d = ImageDraw.Draw(cv)
    for _ in range(14):
        x0, y0 = rng.uniform(-200, 1960), rng.uniform(-200, 2500)
        d.line([(x0, y0), (x0 + rng.uniform(300, 900), y0 + rng.uniform(-300, 300))], fill=(200, 200, 204),
               width=int(rng.integers(2, 6)))
    cv = cv.filter(ImageFilter.GaussianBlur(3))
    place(cv, page, jitter_quad(rng, [(160, 140), (1800, 170), (1830, 2360), (130, 2330)], 10), shadow=16)
    a = arr(cv) * np.array([1.0, 0.98, 0.95])
    blur = arr(cv.filter(ImageFilter.GaussianBlur(22)))
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]].astype(np.float32)
    r = np.sqrt(((xx - a.shape[1] / 2) / (a.shape[1] / 2)) ** 2 + ((yy - a.shape[0] * 0.46) / (a.shape[0] / 2)) ** 2)
    hz = np.clip(0.20 + 0.40 * r ** 1.5, 0, 0.64)[..., None]
    a = a * (1 - hz) + (blur * 0.55 + 228 * 0.45) * hz
    bloom = arr(img(a).filter(ImageFilter.GaussianBlur(40)))
    a = a * 0.86 + bloom * 0.14
    a = noise(a, rng, 3)
    return img(a).filter(ImageFilter.GaussianBlur(0.9)), []


# ---------------------------------------------------------------- 09 photographer's shadow
def body_shadow(page, pos, rng):
    cv = terrazzo((1980, 2560), rng)
    place(cv, page, jitter_quad(rng, [(250, 160), (1730, 170), (1870, 2420), (110, 2410)], 8), shadow=14)
    m = Image.new("L", cv.size, 0)
    d = ImageDraw.Draw(m)
    d.ellipse([760, 560, 1200, 1060], fill=255)
    d.rectangle([900, 1010, 1060, 1220], fill=255)
    d.ellipse([220, 1130, 1740, 2700], fill=255)
    d.polygon([(1440, 1330), (1640, 730), (1720, 760), (1580, 1430)], fill=255)
    m = arr(m.filter(ImageFilter.GaussianBlur(38))) / 255
    a = arr(cv) * np.array([1.02, 0.99, 0.92])
    a = a * (1 - m[..., None] * (1 - np.array([0.50, 0.53, 0.62])))
    a = noise(a, rng, 4)
    return img(a).filter(ImageFilter.GaussianBlur(0.7)), []


# ---------------------------------------------------------------- 07 chart stamp, office scan
def chart_stamp(page, pos, rng):
    st = Image.new("RGBA", (560, 250), (0, 0, 0, 0))
    d = ImageDraw.Draw(st)
    ink = (28, 118, 72)
    d.rectangle([6, 6, 553, 243], outline=ink + (255,), width=7)
    d.rectangle([20, 20, 539, 229], outline=ink + (255,), width=3)
    fb = ImageFont.truetype(FONTFILES["sans"][1], 40)
    d.text((48, 34), "SCANNED INTO CHART", font=fb, fill=ink + (255,))
    d.text((150, 92), "DEC 02 2026", font=ImageFont.truetype(FONTFILES["mono"][1], 46), fill=ink + (255,))
    d.text((48, 168), "BY:", font=fb, fill=ink + (255,))
    d.line([(130, 210), (420, 210)], fill=ink + (255,), width=3)
    a = np.asarray(st).astype(np.float32)
    tex = np.asarray(img(rng.normal(128, 60, (250, 560))).filter(ImageFilter.GaussianBlur(1.5))).astype(np.float32)
    a[..., 3] *= np.clip((tex - 70) / 80, 0.25, 1.0)
    st = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGBA")
    st = st.rotate(-5, expand=True, resample=Image.BICUBIC)
    pg = page.copy()
    pg.paste(st, (1060, 70), st)
    hand_text(pg, (1200, 232), "JRM", 54, (20, 40, 120), 4, rng)
    pg = pg.rotate(0.35, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    a = arr(pg) * np.array([0.985, 0.98, 0.965])
    a = noise(a, rng, 2.5)
    return img(a).filter(ImageFilter.GaussianBlur(0.45)), ["SCANNED INTO CHART", "DEC 02 2026", "BY:", "JRM"]


# ---------------------------------------------------------------- 10 two-page fax TIFF with line noise
def fax_pages(pages, rng, headers):
    out = []
    fm = ImageFont.truetype(FONTFILES["mono"][0], 24)
    for pg, hdr in zip(pages, headers):
        g = pg.convert("L")
        d = ImageDraw.Draw(g)
        for i, line in enumerate(hdr):
            d.text((40, 12 + 30 * i), line, font=fm, fill=0)
        g = g.filter(ImageFilter.GaussianBlur(0.7))
        a = arr(g)
        a = a + rng.normal(0, 14, a.shape)
        bw = (a > 150).astype(np.uint8) * 255
        hgt, wid = bw.shape
        for _ in range(5):
            y = int(rng.integers(260, hgt - 120))
            for yy in range(y, y + int(rng.integers(1, 4))):
                x = int(rng.integers(0, wid - 500))
                ln = int(rng.integers(60, 480))
                seg = rng.random(ln) < 0.55
                bw[yy, x:x + ln][seg] = 0
        sp = rng.random(bw.shape) < 0.00035
        bw[sp] = 0
        out.append(Image.fromarray(bw).convert("1"))
    return out


# ---------------------------------------------------------------- 13 ballpoint corrections, interlaced PNG
def ballpoint(page, pos, rng):
    pg = page.copy()
    d = ImageDraw.Draw(pg)
    x0, y0, x1, y1 = pos["home#1"]
    ym = (y0 + y1) // 2 - 2
    pts = [(x, ym + 3 * math.sin(x / 23.0) + rng.uniform(-1.5, 1.5)) for x in range(x0 - 10, x1 + 14, 6)]
    d.line(pts, fill=(24, 40, 120), width=4)
    pts2 = [(x, ym + 8 + 3 * math.sin(x / 19.0 + 1)) for x in range(x0 - 6, x1 + 10, 6)]
    d.line(pts2, fill=(24, 40, 120), width=3)
    hand_text(pg, (x1 + 40, y0 - 18), "22 Vista Mesa Ct SW", 46, (24, 40, 120), 3, rng)
    hand_text(pg, (1020, pos["home#0"][1] - 60), "llamé 24/11 - Sra. Ibarra", 40, (24, 40, 120), -6, rng)
    return pg, ["22 Vista Mesa Ct SW", "llamé 24/11 - Sra. Ibarra"]


def scan_grey(pg, rng):
    g = pg.convert("L").rotate(-0.25, resample=Image.BICUBIC, fillcolor=255)
    a = arr(g) * 0.94 + 4
    a = a + rng.normal(0, 2.0, a.shape)
    return img(a).filter(ImageFilter.GaussianBlur(0.5))


def write_interlaced_png(gray, path):
    """An 8-bit greyscale PNG with Adam7 interlacing (Pillow writes none), filter 0 on every row."""
    a = np.asarray(gray, dtype=np.uint8)
    h, w = a.shape
    passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
    raw = bytearray()
    for x0, y0, dx, dy in passes:
        sub = a[y0::dy, x0::dx]
        if sub.size == 0:
            continue
        for row in sub:
            raw.append(0)
            raw.extend(row.tobytes())

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 1)))
        f.write(chunk(b"pHYs", struct.pack(">IIB", 7874, 7874, 1)))
        f.write(chunk(b"IDAT", zlib.compress(bytes(raw), 9)))
        f.write(chunk(b"IEND", b""))


# ---------------------------------------------------------------- 14 red felt tip circle, EXIF orientation 8
def felt_tip(page, pos, rng):
    pg = page.copy()
    d = ImageDraw.Draw(pg)
    x0, y0, x1, y1 = pos["deadline"]
    red = (196, 28, 36)
    cxm, cym, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 + 46, (y1 - y0) / 2 + 9
    for k in range(2):
        pts = []
        for t in np.linspace(0.15, 2 * math.pi + 0.5, 160):
            pts.append((cxm + rx * math.cos(t) * (1 + 0.01 * k), cym + ry * math.sin(t) + rng.uniform(-1.5, 1.5)
                        + 3 * k))
        d.line(pts, fill=red, width=7)
    ax, ay = cxm - rx + 10, cym
    d.line([(ax, ay), (40, ay + 140)], fill=red, width=6)
    d.line([(ax, ay), (ax - 30, ay + 2)], fill=red, width=6)
    d.line([(ax, ay), (ax - 18, ay + 28)], fill=red, width=6)
    note = Image.new("RGBA", (900, 110), (0, 0, 0, 0))
    hand_text(note, (0, 0), "¡ojo! llamar a la Dra. Ríos", 52, red, 0, rng)
    note = note.rotate(90, expand=True)
    pg.paste(note, (20, int(ay + 160)), note)
    hand_text(pg, (1240, 30), "recibido 18/nov", 48, (30, 50, 150), -3, rng)
    yy = np.arange(2520)[:, None]
    stripe = (np.sin(yy / 9.0) > 0.2).astype(np.float32)
    a = np.broadcast_to(np.array([196, 170, 118], np.float32), (2520, 1980, 3)) * (0.84 + 0.16 * stripe)[..., None]
    cv = img(noise(a, rng, 5))
    place(cv, pg, jitter_quad(rng, [(170, 150), (1820, 140), (1850, 2350), (150, 2380)], 10), shadow=18)
    out = arr(cv) * np.linspace(1.02, 0.88, 2520)[:, None, None]
    out = noise(out, rng, 3.5)
    up = img(out).filter(ImageFilter.GaussianBlur(0.7))
    return up, ["¡ojo! llamar a la Dra. Ríos", "recibido 18/nov"]


# ---------------------------------------------------------------- 16 blue hour on an ironing board
def blue_hour(page, pos, rng):
    cv = Image.new("RGB", (2100, 2700), (64, 58, 62))
    m = Image.new("L", cv.size, 0)
    d = ImageDraw.Draw(m)
    d.rectangle([70, 700, 2030, 2700], fill=255)
    d.ellipse([70, 0, 2030, 1400], fill=255)
    yy, xx = np.mgrid[0:2700, 0:2100]
    pat = ((xx // 46 + yy // 46) % 2) * 0.12 + 0.88
    dots = ((xx % 46 - 23) ** 2 + (yy % 46 - 23) ** 2 < 36) * 0.25
    cover = np.array([92, 150, 158], np.float32) * (pat - dots)[..., None]
    cover = img(noise(cover, rng, 4))
    cv.paste(cover, (0, 0), m)
    place(cv, page, jitter_quad(rng, [(230, 250), (1860, 230), (1890, 2480), (200, 2500)], 10), shadow=16)
    a = arr(cv) * np.array([0.47, 0.48, 0.66]) + np.array([8, 5, 22])
    a = a * np.linspace(0.92, 1.04, 2100)[None, :, None]
    a = noise(a, rng, 6, chroma=9)
    return img(a).filter(ImageFilter.GaussianBlur(0.9)), []


# ---------------------------------------------------------------- 15 gallery screenshot with a notification
def gallery_banner(page, pos, rng):
    W, H = 1170, 2532
    photo = Image.new("RGB", (1800, 2320), (120, 104, 90))
    photo = img(noise(arr(photo), rng, 6))
    place(photo, page, jitter_quad(rng, [(60, 70), (1745, 55), (1760, 2250), (45, 2265)], 6), shadow=12)
    photo = photo.resize((W, int(2320 * W / 1800)), Image.LANCZOS)
    sc = Image.new("RGB", (W, H), (0, 0, 0))
    sc.paste(photo, (0, 300))
    d = ImageDraw.Draw(sc)
    f = lambda s, b=False: ImageFont.truetype(FONTFILES["sans"][1 if b else 0], s)
    d.text((70, 40), "18:47", font=f(40, True), fill=(255, 255, 255))
    d.rectangle([1010, 48, 1080, 80], outline=(255, 255, 255), width=3)
    d.rectangle([1014, 52, 1060, 76], fill=(255, 255, 255))
    d.text((40, 150), "<", font=f(64), fill=(255, 255, 255))
    d.text((W // 2, 160), "5 de diciembre de 2026", font=f(38, True), fill=(255, 255, 255), anchor="mm")
    d.text((W // 2, 210), "18:42", font=f(32), fill=(210, 210, 210), anchor="mm")
    bar = Image.new("RGBA", (W - 48, 290), (0, 0, 0, 0))
    bd = ImageDraw.Draw(bar)
    bd.rounded_rectangle([0, 0, W - 49, 289], radius=44, fill=(236, 236, 240, 246))
    bd.rounded_rectangle([36, 40, 116, 120], radius=18, fill=(52, 199, 89, 255))
    bd.text((150, 42), "MENSAJES", font=f(30), fill=(90, 90, 96))
    bd.text((W - 200, 42), "ahora", font=f(30), fill=(90, 90, 96))
    bd.text((150, 90), "Tía Rosa", font=f(40, True), fill=(10, 10, 10))
    bd.text((150, 146), "¿Ya mandaste lo del seguro de Mateo? Avísame", font=f(36), fill=(20, 20, 20))
    bd.text((150, 196), "si necesitas ayuda con la carta.", font=f(36), fill=(20, 20, 20))
    sc.paste(bar, (24, 70), bar)
    for i, x in enumerate([140, 430, 740, 1030]):
        d.ellipse([x - 30, 2380, x + 30, 2440], outline=(0, 122, 255), width=5)
    a = noise(arr(sc), rng, 0.0)
    return img(a), ["MENSAJES", "ahora", "Tía Rosa", "¿Ya mandaste lo del seguro de Mateo? Avísame",
                    "si necesitas ayuda con la carta.", "5 de diciembre de 2026", "18:42", "18:47"]
