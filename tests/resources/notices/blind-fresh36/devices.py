"""The eleven image devices of set 36 (FICTIONAL), numpy and Pillow only, seeded 3600 + notice number.
Each takes the page image (and the highlight/mark boxes) and returns (image, words the device drew)."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from render import HAND, MONOB, SANSB


def rng(n):
    return np.random.default_rng(3600 + n)


def arr(img):
    return np.asarray(img).astype(np.float32)


def img_of(a, mode="RGB"):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode)


def noise(a, r, sigma):
    return a + r.normal(0, sigma, a.shape).astype(np.float32)


def mesh_warp(img, fn, step=40):
    """Output pixel (x, y) takes the source pixel fn(x, y); PIL MESH quads are UL, LL, LR, UR."""
    W, H = img.size
    mesh = []
    for y0 in range(0, H, step):
        for x0 in range(0, W, step):
            x1, y1 = min(x0 + step, W), min(y0 + step, H)
            q = []
            for (x, y) in ((x0, y0), (x0, y1), (x1, y1), (x1, y0)):
                q += list(fn(x, y))
            mesh.append(((x0, y0, x1, y1), q))
    return img.transform(img.size, Image.MESH, mesh, resample=Image.BICUBIC, fillcolor=(0, 0, 0, 0))


def place(page, bg, angle, xy, scale=1.0, shadow=18):
    p = page.convert("RGBA")
    if scale != 1.0:
        p = p.resize((int(p.width * scale), int(p.height * scale)), Image.LANCZOS)
    p = p.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0, 0))
    if shadow:
        sh = Image.new("RGBA", p.size, (0, 0, 0, 0))
        sh.putalpha(p.getchannel("A").point(lambda v: 90 if v > 0 else 0))
        sh = sh.filter(ImageFilter.GaussianBlur(shadow))
        bg.alpha_composite(sh, (xy[0] + shadow // 2, xy[1] + shadow // 2))
    bg.alpha_composite(p, xy)
    return bg


def light(a, field):
    return a * field[..., None]


def grid(H, W):
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    return x / W, y / H


# 01 --------------------------------------------------------------- saddle warp (paper left in a hot car)
def saddle(page, marks, n):
    r = rng(n)
    W, H = page.size
    pg = page.convert("RGBA")

    def f(x, y):
        u, v = 2 * x / W - 1, 2 * y / H - 1
        return (x - 34 * u * v * v + 10 * math.sin(v * 3), y + 46 * (u * u - 0.4) * (1 - v * v) * 1.0 + 22 * u * v)
    w = mesh_warp(pg, f)
    u, v = grid(H, W)
    U, V = 2 * u - 1, 2 * v - 1
    z = (U * U - V * V)
    shade = 0.92 + 0.07 * z - 0.06 * U + 0.04 * np.sin(V * 4)
    a = arr(w)
    a[..., :3] = light(a[..., :3], shade)
    w = img_of(a, "RGBA")
    bg = np.full((2500, 1900, 3), 70, np.float32)
    bg += r.normal(0, 9, bg.shape[:2])[..., None]
    bg = img_of(bg).filter(ImageFilter.GaussianBlur(1.2)).convert("RGBA")
    out = place(w, bg, 1.6, (80, 90), scale=1.0, shadow=24).convert("RGB")
    a = noise(arr(out), r, 3.0)
    return img_of(a), []


# 04 --------------------------------------------------------------- purple LED grow light
def grow_light(page, marks, n):
    r = rng(n)
    bg = np.zeros((2450, 1950, 3), np.float32)
    u, v = grid(2450, 1950)
    bg[..., 0] = 150 + 30 * np.sin(u * 40 + np.sin(v * 9) * 2)
    bg[..., 1] = 110 + 20 * np.sin(u * 40 + np.sin(v * 9) * 2)
    bg[..., 2] = 75
    bgi = img_of(bg).convert("RGBA")
    out = place(page, bgi, -2.2, (120, 110), scale=1.0, shadow=20).convert("RGB")
    a = arr(out)
    H, W = a.shape[:2]
    u, v = grid(H, W)
    d = np.sqrt((u - 0.85) ** 2 + (v + 0.1) ** 2)
    hot = 0.78 + 0.35 * np.exp(-d * d / 0.18)
    a *= hot[..., None]
    a[..., 0] *= 0.93
    a[..., 1] *= 0.52
    a[..., 2] = a[..., 2] * 1.0 + 18
    a = noise(a, r, 4.0)
    return img_of(a).filter(ImageFilter.GaussianBlur(0.6)), []


# 07 --------------------------------------------------------------- old digital camera, orange date imprint
def date_imprint(page, marks, n, text="'26 12 04"):
    r = rng(n)
    bg = np.zeros((2300, 1800, 3), np.float32)
    bg[..., 0], bg[..., 1], bg[..., 2] = 214, 200, 170
    bg = noise(bg, r, 6)
    bgi = img_of(bg).convert("RGBA")
    out = place(page, bgi, 0.9, (70, 60), scale=0.95, shadow=14).convert("RGB")
    small = out.resize((1200, 1533), Image.BILINEAR)
    out = small.resize((1800, 2300), Image.BICUBIC)
    a = arr(out)
    a[..., 0] *= 1.03
    a[..., 2] *= 0.9
    a = noise(a, r, 5)
    out = img_of(a)
    lay = Image.new("RGBA", out.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    f = ImageFont.truetype(MONOB, 64)
    d.text((1330, 2180), text, font=f, fill=(255, 140, 30, 255))
    glow = lay.filter(ImageFilter.GaussianBlur(5))
    out = out.convert("RGBA")
    out.alpha_composite(glow)
    out.alpha_composite(lay)
    return out.convert("RGB"), [text]


# 02 --------------------------------------------------------------- free scanner app's brand watermark
def app_watermark(page, marks, n):
    r = rng(n)
    g = page.convert("L")
    a = arr(g) * 0.97 + 4
    a = noise(a, r, 2.5)
    base = img_of(a, "L").convert("RGBA")
    lay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    f = ImageFont.truetype(SANSB, 110)
    for i, y in enumerate((500, 1150, 1800)):
        t = Image.new("RGBA", (1500, 160), (0, 0, 0, 0))
        ImageDraw.Draw(t).text((10, 10), "PocketScan Free", font=f, fill=(90, 90, 90, 38))
        t = t.rotate(28, expand=True)
        lay.alpha_composite(t, (100 + (i % 2) * 60, y - 300))
    W, H = base.size
    d.rectangle((0, H - 70, W, H), fill=(60, 60, 60, 255))
    d.text((40, H - 58), "Scanned with PocketScan FREE  -  upgrade to remove this mark", font=ImageFont.truetype(SANSB, 34),
           fill=(255, 255, 255, 255))
    base.alpha_composite(lay)
    return base.convert("L"), ["PocketScan"]


# 05 --------------------------------------------------------------- fax: the member's highlighter came through as dither
def fax_highlighter(page, marks, n, header=""):
    r = rng(n)
    a = arr(page)
    for (x0, y0, x1, y1) in marks:
        x0, y0, x1, y1 = int(x0), int(y0), int(x1), int(y1)
        a[y0:y1, x0:x1] *= np.array([250, 208, 40], np.float32) / 255.0
    img = img_of(a).convert("L")
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=255)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, img.width, 44), fill=255)
    d.text((30, 10), header, font=ImageFont.truetype(MONOB, 26), fill=0)
    b = img.convert("1")  # Floyd-Steinberg: the yellow bands become a grey dot screen
    ba = np.array(b, dtype=bool)
    sp = r.random(ba.shape) < 0.0009
    ba = ba & ~sp
    return Image.fromarray(ba), [header]


# 08 --------------------------------------------------------------- sheet-fed scanner with a dirty roller
def dirty_roller(page, marks, n):
    r = rng(n)
    g = arr(page.convert("L"))
    H, W = g.shape
    layer = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(layer)
    period = 610
    spots = [(int(r.uniform(250, 1450)), int(r.uniform(0, period)), int(r.uniform(14, 34))) for _ in range(4)]
    for off in range(-period, H, period):
        for (x, y, s) in spots:
            yy = y + off + int(r.normal(0, 3))
            d.ellipse((x - s, yy - s // 2, x + s, yy + s // 2), fill=int(r.uniform(70, 110)))
            d.line((x - 2, yy, x + 3, yy + 40), fill=40, width=3)
    layer = layer.filter(ImageFilter.GaussianBlur(4))
    g = g * (1 - arr(layer) / 255.0 * 0.9)
    g[:, 905:908] *= 0.93
    g = g * 0.96 + 6
    g = np.round(g / 4) * 4
    return img_of(g, "L"), []


# 12 --------------------------------------------------------------- correction fluid and a note in the margin
def white_out(page, marks, n, notes=()):
    r = rng(n)
    a = arr(page)
    img = img_of(a).convert("RGBA")
    lay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    for (x0, y0, x1, y1) in marks:
        pts = []
        for i in range(24):
            t = i / 24 * 2 * math.pi
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            rx, ry = (x1 - x0) / 2 + 16, (y1 - y0) / 2 + 2
            pts.append((cx + rx * math.cos(t) * (1 + 0.05 * r.normal()), cy + ry * math.sin(t) * (1 + 0.12 * r.normal())))
        sh = [(x + 3, y + 4) for x, y in pts]
        d.polygon(sh, fill=(150, 150, 140, 120))
        d.polygon(pts, fill=(250, 249, 243, 255))
    lay = lay.filter(ImageFilter.GaussianBlur(1.2))
    img.alpha_composite(lay)
    hand = Image.new("RGBA", img.size, (0, 0, 0, 0))
    hd = ImageDraw.Draw(hand)
    f = ImageFont.truetype(HAND, 44)
    words = []
    for (txt, x, y, ang) in notes:
        t = Image.new("RGBA", (900, 90), (0, 0, 0, 0))
        ImageDraw.Draw(t).text((5, 5), txt, font=f, fill=(30, 50, 150, 235))
        t = t.rotate(ang, expand=True, resample=Image.BICUBIC)
        hand.alpha_composite(t, (x, y))
        words.append(txt)
    if marks:
        x0, y0, x1, y1 = marks[0]
        hd.line((x1 + 40, y0 + 10, x1 + 160, y0 - 60), fill=(30, 50, 150, 230), width=4)
    img.alpha_composite(hand)
    a = arr(img.convert("RGB"))
    a[..., 2] *= 0.97
    a = noise(a, r, 1.2)
    a = np.round(a / 6) * 6  # the scanner's 'colour document' mode keeps few shades
    return img_of(a), words


# 14 --------------------------------------------------------------- on an open spiral notebook
def spiral_notebook(page, marks, n):
    r = rng(n)
    H, W = 2600, 2100
    bg = np.full((H, W, 3), 246, np.float32)
    for y in range(180, H, 62):
        bg[y:y + 2, :] = (170, 190, 225)
    bg[:, 330:333] = (220, 120, 120)
    bgi = img_of(bg).convert("RGBA")
    d = ImageDraw.Draw(bgi)
    d.rectangle((0, 0, 140, H), fill=(40, 40, 46, 255))
    for y in range(40, H, 58):
        d.ellipse((150, y, 178, y + 24), fill=(25, 25, 25, 255))
        d.arc((60, y - 10, 200, y + 30), 190, 350, fill=(150, 150, 155, 255), width=9)
        d.arc((62, y - 8, 198, y + 28), 200, 300, fill=(225, 225, 230, 255), width=3)
    out = place(page, bgi, -1.4, (260, 150), scale=1.0, shadow=16).convert("RGB")
    a = arr(out)
    u, v = grid(H, W)
    a *= (0.88 + 0.12 * u + 0.05 * (1 - v))[..., None]
    a[..., 2] *= 0.95
    a = noise(a, r, 3.5)
    return img_of(a), []


# 15 --------------------------------------------------------------- kraft paper and a double-struck green stamp
def kraft_stamp(page, marks, n, stamp="COPIA DEL AFILIADO"):
    r = rng(n)
    a = arr(page)
    H, W = a.shape[:2]
    kraft = np.zeros_like(a)
    kraft[..., 0], kraft[..., 1], kraft[..., 2] = 203, 172, 128
    kraft += r.normal(0, 5, (H, W, 1))
    img = img_of(kraft).convert("RGBA")
    d = ImageDraw.Draw(img)
    for _ in range(900):
        x, y = r.uniform(0, W), r.uniform(0, H)
        L = r.uniform(4, 18)
        t = r.uniform(0, math.pi)
        d.line((x, y, x + L * math.cos(t), y + L * math.sin(t)), fill=(120, 92, 60, 255), width=1)
    k = arr(img.convert("RGB"))
    a = k * (a / 255.0)
    base = img_of(a).convert("RGBA")
    f = ImageFont.truetype(SANSB, 58)
    st = Image.new("RGBA", (760, 120), (0, 0, 0, 0))
    sd = ImageDraw.Draw(st)
    sd.rectangle((4, 4, 755, 115), outline=(255, 255, 255, 255), width=7)
    sd.text((28, 26), stamp, font=f, fill=(255, 255, 255, 255))
    st = st.rotate(-7, expand=True, resample=Image.BICUBIC)
    mask = st.getchannel("A")
    holes = Image.fromarray((r.random((st.height, st.width)) > 0.18).astype(np.uint8) * 255)
    for (dx, dy, op) in ((0, 0, 0.78), (11, 6, 0.42)):
        m = Image.fromarray((arr(mask) * (arr(holes) / 255) * op).astype(np.uint8))
        green = Image.new("RGBA", st.size, (30, 128, 66, 255))
        green.putalpha(m)
        base.alpha_composite(green, (W - st.width - 70 + dx, 300 + dy))
    a = noise(arr(base.convert("RGB")), r, 2)
    return img_of(a), [stamp]


# 16 --------------------------------------------------------------- hospital bedside tray, an IV pole's shadow
def iv_pole(page, marks, n):
    r = rng(n)
    H, W = 2500, 2000
    u, v = grid(H, W)
    bg = np.zeros((H, W, 3), np.float32)
    knit = 8 * np.sin(u * 900) * np.sin(v * 700)
    bg[..., 0], bg[..., 1], bg[..., 2] = 170 + knit, 196 + knit, 222 + knit
    bg[140:H - 60, 60:W - 60] = (196, 168, 130)
    bg[140:H - 60, 60:W - 60] += (8 * np.sin(u[140:H - 60, 60:W - 60] * 300 + v[140:H - 60, 60:W - 60] * 20))[..., None]
    bgi = img_of(bg).convert("RGBA")
    out = place(page, bgi, 2.6, (150, 200), scale=0.98, shadow=18).convert("RGB")
    a = arr(out)
    x = np.arange(W)[None, :]
    y = np.arange(H)[:, None]
    dist = np.abs((x - 1350) - (y - 0) * -0.12)
    pole = 1 - 0.28 * np.clip(1 - (dist - 10) / 14, 0, 1)  # a soft-edged shadow, not a bar
    bag = np.exp(-(((x - 1380) / 160.0) ** 2 + ((y - 120) / 220.0) ** 2)) * 0.35
    a *= (pole - bag)[..., None]
    a *= (0.93 + 0.07 * (1 - v))[..., None]
    a[..., 1] *= 1.02
    a = noise(a, r, 3.5)
    return img_of(a), []


# 17 --------------------------------------------------------------- a cutting mat, the lower right corner lifting
def mat_corner(page, marks, n):
    r = rng(n)
    H, W = 2550, 2050
    bg = np.zeros((H, W, 3), np.float32)
    bg[..., 0], bg[..., 1], bg[..., 2] = 38, 112, 86
    bgi = img_of(noise(bg, r, 3)).convert("RGBA")
    d = ImageDraw.Draw(bgi)
    for i in range(0, W, 64):
        d.line((i, 0, i, H), fill=(120, 180, 150, 255), width=2 if i % 320 else 4)
    for j in range(0, H, 64):
        d.line((0, j, W, j), fill=(120, 180, 150, 255), width=2 if j % 320 else 4)
    f = ImageFont.truetype(SANSB, 22)
    for k, i in enumerate(range(0, W, 64)):
        d.text((i + 4, 8), str(k), font=f, fill=(230, 240, 230, 255))
    pw, ph = page.size
    pg = page.convert("RGBA")
    R = 520.0

    def fwarp(x, y):
        dd = math.hypot(pw - x, ph - y)
        if dd >= R:
            return (x, y)
        t = ((R - dd) / R) ** 2
        return (x + 70 * t, y + 95 * t)
    w = mesh_warp(pg, fwarp, step=25)
    a = arr(w)
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    dd = np.sqrt((pw - xx) ** 2 + (ph - yy) ** 2)
    t = np.clip((R - dd) / R, 0, 1)
    a[..., :3] *= (1 - 0.22 * t)[..., None]
    w = img_of(a, "RGBA")
    sh = Image.new("RGBA", bgi.size, (0, 0, 0, 0))
    ImageDraw.Draw(sh).polygon([(120 + pw - 380, 140 + ph), (120 + pw + 30, 140 + ph - 260), (120 + pw + 40, 140 + ph + 40)],
                               fill=(0, 0, 0, 120))
    bgi.alpha_composite(sh.filter(ImageFilter.GaussianBlur(22)))
    out = place(w, bgi, -1.8, (120, 140), scale=1.0, shadow=12).convert("RGB")
    a = arr(out)
    u, v = grid(*a.shape[:2])
    a *= (0.9 + 0.1 * (1 - u))[..., None]
    a = noise(a, r, 3)
    return img_of(a), []
