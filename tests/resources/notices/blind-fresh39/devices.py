"""Set 39: the eleven image devices (numpy and Pillow only, seeded). Each returns the image(s), the layout runs a
reader can still see, and the words the device itself drew."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from layout import FONTS

F = lambda size, bold=False, fam="sans": ImageFont.truetype(FONTS[(fam, bold)], size)


# ------------------------------------------------------------------ helpers
def coeffs(src, dst):
    """PIL PERSPECTIVE coefficients mapping output points dst to input points src."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def warp(img, quad, size, fill=0):
    w, h = img.size
    c = coeffs([(0, 0), (w, 0), (w, h), (0, h)], quad)
    return img.transform(size, Image.PERSPECTIVE, c, Image.BICUBIC, fillcolor=fill)


def arr(img):
    return np.asarray(img).astype(np.float32)


def img8(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def smooth_noise(rng, h, w, scale, octaves=3):
    out = np.zeros((h, w), np.float32)
    for o in range(octaves):
        s = max(2, int(scale / (2 ** o)))
        small = rng.standard_normal((h // s + 2, w // s + 2)).astype(np.float32)
        im = Image.fromarray(small).resize((w + s, h + s), Image.BICUBIC)
        out += np.asarray(im)[:h, :w] / (1.6 ** o)
    return out / np.abs(out).max()


def fft_blur(a, kernel):
    """Convolve each channel of a (H, W, 3) array with a small kernel (FFT)."""
    h, w = a.shape[:2]
    kh, kw = kernel.shape
    K = np.zeros((h, w), np.float32)
    K[:kh, :kw] = kernel
    K = np.roll(K, (-(kh // 2), -(kw // 2)), axis=(0, 1))
    Kf = np.fft.rfft2(K)
    out = np.empty_like(a)
    for c in range(a.shape[2]):
        out[..., c] = np.fft.irfft2(np.fft.rfft2(a[..., c]) * Kf, s=(h, w))
    return out


def covered(runs, mask, offset=(0, 0), page=0):
    """Split runs into those a reader can see and those the mask (in plane coordinates) touches."""
    m = np.asarray(mask) > 0
    vis = []
    for r in runs:
        if r["page"] != page:
            continue
        x0, y0 = int(r["x"] + offset[0]), int(r["y"] + offset[1])
        x1, y1 = int(r["x"] + r["w"] + offset[0]) + 1, int(r["y"] + r["h"] * 0.85 + offset[1]) + 1
        if not m[max(0, y0):y1, max(0, x0):x1].any():
            vis.append(r)
    return vis


def jitter_quad(rng, w, h, ox, oy, j, rot=0.0):
    cx, cy = ox + w / 2, oy + h / 2
    pts = [(ox, oy), (ox + w, oy), (ox + w, oy + h), (ox, oy + h)]
    a = np.deg2rad(rot)
    out = []
    for x, y in pts:
        dx, dy = x - cx, y - cy
        out.append((cx + dx * np.cos(a) - dy * np.sin(a) + rng.uniform(-j, j),
                    cy + dx * np.sin(a) + dy * np.cos(a) + rng.uniform(-j, j)))
    return out


def paste_with_shadow(base, page, quad, blur=18, off=(10, 14), strength=0.55):
    size = base.size
    mask = warp(Image.new("L", page.size, 255), quad, size)
    sh = mask.filter(ImageFilter.GaussianBlur(blur))
    sh = Image.fromarray(np.asarray(sh)).transform(size, Image.AFFINE, (1, 0, -off[0], 0, 1, -off[1]))
    b = arr(base) * (1 - strength * arr(sh)[..., None] / 255.0)
    base = img8(b)
    base.paste(warp(page, quad, size), (0, 0), mask)
    return base, mask


def sensor(a, rng, sigma, chroma=0.0, blur=0.0):
    if blur:
        a = arr(img8(a).filter(ImageFilter.GaussianBlur(blur)))
    a = a + rng.normal(0, sigma, a.shape[:2])[..., None]
    if chroma:
        h, w = a.shape[:2]
        cn = rng.normal(0, chroma, (h // 4 + 1, w // 4 + 1, 3)).astype(np.float32)
        cn = np.stack([np.asarray(Image.fromarray(cn[..., i]).resize((w, h), Image.BILINEAR)) for i in range(3)], -1)
        a = a + cn
    return a


# ------------------------------------------------------------------ 01 marker redaction, carpet
def marker_carpet(lay, c, rng):
    page = lay.to_images("RGB")[0]
    W, H = page.size
    # felt-marker strokes over the street and the date of birth
    ov = Image.new("L", page.size, 0)
    dr = ImageDraw.Draw(ov)
    for s in c["redact"]:
        r = next(r for r in lay.runs if r["text"] == s)
        x0, x1 = r["x"] - 10, r["x"] + r["w"] + 12
        for k in range(4):
            y = r["y"] + r["h"] * (0.18 + 0.2 * k) + rng.uniform(-3, 3)
            pts = [(x0 + rng.uniform(-6, 6), y)]
            for t in np.linspace(0, 1, 7)[1:]:
                pts.append((x0 + (x1 - x0) * t + rng.uniform(-4, 4), y + rng.uniform(-4, 4)))
            dr.line(pts, fill=235, width=int(r["h"] * 0.42), joint="curve")
    ovm = ov.filter(ImageFilter.GaussianBlur(1.2))
    streak = smooth_noise(rng, H, W, 6, 2) * 25
    ink = np.stack([np.full((H, W), 28.0), np.full((H, W), 26.0), np.full((H, W), 40.0)], -1) + streak[..., None]
    al = arr(ovm)[..., None] / 255.0
    page = img8(arr(page) * (1 - al) + ink * al)
    # the carpet: a looped pile in a burgundy and navy lattice
    OW, OH = 2016, 2688
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    lattice = (np.sin(xx / 38.0 + yy / 38.0) * np.sin(xx / 38.0 - yy / 38.0))
    pile = rng.normal(0, 1, (OH, OW)).astype(np.float32)
    pile = arr(img8(pile * 40 + 128).filter(ImageFilter.GaussianBlur(1.1))) - 128
    base = np.where(lattice[..., None] > 0.25, np.array([96, 30, 42], np.float32), np.array([34, 40, 72], np.float32))
    base = base + pile[..., None] * 0.9
    bg = img8(base)
    quad = jitter_quad(rng, 1620, 2096, 200, 270, 0, rot=-2.5)
    quad[0] = (quad[0][0] + 45, quad[0][1] + 20)
    quad[1] = (quad[1][0] - 40, quad[1][1] + 25)
    img, mask = paste_with_shadow(bg, page, quad)
    a = arr(img)
    light = 0.78 + 0.3 * (1 - (yy / OH) * 0.8 - (xx / OW) * 0.4)
    a = sensor(a * light[..., None] * np.array([1.0, 0.97, 0.9]), rng, 4.0, 2.5, 0.7)
    vis_mask = Image.new("L", page.size, 0)
    ImageDraw.Draw(vis_mask).rectangle([0, 0, 1, 1], fill=0)
    vis = covered(lay.runs, ovm.point(lambda v: 255 if v > 40 else 0))
    return [img8(a)], vis, []


# ------------------------------------------------------------------ 02 video call screen share
def video_call(lay, c, rng):
    page = lay.to_images("RGB")[0]
    # the patient's own screen: a PDF viewer showing the page at fit-width, top part only
    SW, SH = 1920, 1200
    scr = Image.new("RGB", (SW, SH), (58, 60, 66))
    d = ImageDraw.Draw(scr)
    d.rectangle([0, 0, SW, 52], fill=(238, 238, 240))
    d.text((18, 14), "Pinecrest_letter_1118.pdf", font=F(22, True), fill=(30, 30, 30))
    d.text((SW - 330, 14), "Page 1 / 1     118%", font=F(22), fill=(30, 30, 30))
    scale = 1310 / page.size[0]
    pg = page.resize((1310, int(page.size[1] * scale)), Image.LANCZOS)
    top = 52 + 14
    crop_h = SH - top
    scr.paste(pg.crop((0, 0, 1310, crop_h)), ((SW - 1310) // 2, top))
    vis_h = crop_h / scale
    vis = [r for r in lay.runs if r["y"] + r["h"] < vis_h]
    # the call window
    OW, OH = 2560, 1440
    out = Image.new("RGB", (OW, OH), (26, 27, 31))
    d = ImageDraw.Draw(out)
    d.rectangle([0, 0, OW, 56], fill=(36, 37, 42))
    d.text((24, 14), "Appeal prep - Ruth Okafor's meeting", font=F(24), fill=(220, 220, 225))
    d.text((OW - 150, 14), "00:23:41", font=F(24), fill=(220, 220, 225))
    d.rectangle([0, 56, 2120, 100], fill=(44, 120, 70))
    d.text((30, 64), "You are viewing Theo N-B's screen", font=F(24, True), fill=(255, 255, 255))
    d.text((1800, 64), "View options", font=F(24), fill=(255, 255, 255))
    area_w, area_h = 2100, 1250
    s2 = min(area_w / SW, area_h / SH)
    shared = scr.resize((int(SW * s2), int(SH * s2)), Image.BICUBIC)
    # video coding: soft chroma and a low-quality round trip
    import io
    b = io.BytesIO()
    shared.save(b, "JPEG", quality=48, subsampling=2)
    shared = Image.open(io.BytesIO(b.getvalue())).convert("RGB")
    out.paste(shared, (10 + (area_w - shared.size[0]) // 2, 106))
    names = ["Ruth Okafor (Host)", "Theo N-B"]
    for i, n in enumerate(names):
        y0 = 120 + i * 290
        d.rectangle([2140, y0, 2540, y0 + 260], fill=(52, 54, 60))
        d.ellipse([2290, y0 + 60, 2390, y0 + 160], fill=(90 + 60 * i, 110, 160 - 40 * i))
        d.text((2322, y0 + 88), n[0], font=F(40, True), fill=(255, 255, 255))
        d.text((2152, y0 + 222), n, font=F(22), fill=(235, 235, 235))
    d.rectangle([0, OH - 84, OW, OH], fill=(36, 37, 42))
    for i, lab in enumerate(["Mute", "Stop Video", "Participants 2", "Chat", "Share Screen", "Record", "Leave"]):
        d.text((420 + i * 250, OH - 56), lab, font=F(22), fill=(255, 120, 110) if lab == "Leave" else (225, 225, 230))
    return [out], vis, ["Ruth Okafor", "Theo N-B", "You are viewing Theo N-B's screen"]


# ------------------------------------------------------------------ 03 messaging app, full-screen photo viewer
def chat_viewer(lay, c, rng):
    page = lay.to_images("RGB")[0]
    W, H = page.size
    PW, PH = W + 240, H + 300
    yy, xx = np.mgrid[0:PH, 0:PW].astype(np.float32)
    wood = np.array([150, 112, 78], np.float32) + (np.sin(xx / 9.0 + smooth_noise(rng, PH, PW, 60) * 6) * 14)[..., None]
    bg = img8(wood)
    quad = jitter_quad(rng, W, H, 120, 150, 22, rot=0.8)
    img, _ = paste_with_shadow(bg, page, quad, blur=14, strength=0.4)
    a = arr(img) * (0.92 + 0.12 * (1 - yy / PH))[..., None]
    a = sensor(a, rng, 2.0, 0, 0.5)
    photo = img8(a).crop((60, 80, PW - 60, PH - 100))
    OW, OH = 1179, 2556
    ph = photo.resize((OW, int(photo.size[1] * OW / photo.size[0])), Image.LANCZOS)
    out = Image.new("RGB", (OW, OH), (0, 0, 0))
    y0 = (OH - ph.size[1]) // 2 + 20
    out.paste(ph, (0, y0))
    d = ImageDraw.Draw(out)
    d.text((60, 40), "19:42", font=F(40, True), fill=(255, 255, 255))
    d.text((OW - 190, 40), "87 %", font=F(36), fill=(255, 255, 255))
    d.rectangle([0, 120, OW, 290], fill=(18, 18, 18))
    d.text((40, 150), "<", font=F(60), fill=(255, 255, 255))
    d.text((110, 150), "Camila", font=F(44, True), fill=(255, 255, 255))
    d.text((110, 210), "4 dic 2026, 19:40", font=F(32), fill=(200, 200, 200))
    d.text((OW - 200, 170), "...", font=F(50, True), fill=(255, 255, 255))
    d.rectangle([0, OH - 380, OW, OH], fill=(18, 18, 18))
    d.text((40, OH - 360), "Esto le llegó a mamá del seguro. ¿Lo vemos el sábado?", font=F(38), fill=(240, 240, 240))
    d.rounded_rectangle([30, OH - 230, OW - 30, OH - 130], 50, fill=(44, 44, 46))
    d.text((80, OH - 205), "Responder", font=F(38), fill=(160, 160, 160))
    return [out], list(lay.runs), ["Camila", "4 dic 2026, 19:40"]


# ------------------------------------------------------------------ 04 word processor, spell-check squiggles
def word_processor(lay, c, rng):
    page = lay.to_images("RGB")[0]
    d = ImageDraw.Draw(page)
    words = c["squiggle"]
    for r in lay.runs:
        f = lay.font(r["bold"], r["size"], r["fam"])
        x = r["x"]
        for w in r["text"].split(" "):
            core = w.strip(",.:;()")
            if core in words:
                off = f.getlength(w[:len(w) - len(w.lstrip(",.:;()"))])
                x0 = x + off
                x1 = x0 + f.getlength(core)
                yb = r["y"] + f.size * 1.1
                pts = [(xx, yb + 2.2 * np.sin((xx - x0) / 2.4)) for xx in np.arange(x0, x1, 1.5)]
                d.line(pts, fill=(226, 30, 30), width=2)
            x += f.getlength(w + " ")
    OW, OH = 2560, 1600
    out = Image.new("RGB", (OW, OH), (200, 202, 206))
    dd = ImageDraw.Draw(out)
    dd.rectangle([0, 0, OW, 44], fill=(48, 48, 52))
    dd.text((OW // 2 - 300, 8), "Ashworth-Mbeki denial letter.docx - Writer", font=F(24), fill=(240, 240, 240))
    dd.rectangle([0, 44, OW, 200], fill=(240, 240, 242))
    for i, m in enumerate(["File", "Edit", "View", "Insert", "Format", "Styles", "Table", "Form", "Tools", "Window", "Help"]):
        dd.text((20 + i * 110, 54), m, font=F(22), fill=(30, 30, 30))
    dd.text((20, 110), "Default Paragraph Style    Liberation Serif    12.5    B  I  U", font=F(22), fill=(50, 50, 50))
    dd.rectangle([0, 200, OW, 236], fill=(250, 250, 250))
    for i in range(0, 1400, 50):
        dd.line([(580 + i, 224), (580 + i, 236)], fill=(120, 120, 120))
    W, H = page.size
    x0, y0 = (OW - W) // 2, 262
    vis_h = OH - 44 - y0
    out.paste(page.crop((0, 0, W, vis_h)), (x0, y0))
    dd.rectangle([0, OH - 44, OW, OH], fill=(236, 236, 238))
    dd.text((20, OH - 36), "Page 1 of 1     241 words, 1,563 characters     English (USA)     100%", font=F(22),
            fill=(40, 40, 40))
    # the pointer and its tooltip, over the salutation line
    r = next(r for r in lay.runs if r["text"].startswith("Dear "))
    tx, ty = x0 + r["x"] + 380, y0 + r["y"] - 4
    tip = "Ctrl+click to open hyperlink: https://sunflower-sehp.example/booklet"
    tw = F(21).getlength(tip)
    dd.rectangle([tx + 20, ty + 30, tx + 44 + tw, ty + 70], fill=(255, 255, 225), outline=(90, 90, 90))
    dd.text((tx + 32, ty + 36), tip, font=F(21), fill=(20, 20, 20))
    arrow = [(tx, ty), (tx, ty + 34), (tx + 9, ty + 26), (tx + 16, ty + 40), (tx + 21, ty + 37), (tx + 14, ty + 24),
             (tx + 25, ty + 24)]
    dd.polygon(arrow, fill=(255, 255, 255), outline=(0, 0, 0))
    cover = Image.new("L", (W, H), 0)
    ImageDraw.Draw(cover).rectangle([tx - x0, ty - y0, tx + 44 + tw - x0, ty + 70 - y0], fill=255)
    vis = [r for r in covered(lay.runs, cover) if r["y"] + r["h"] < vis_h]
    return [out], vis, ["Ctrl+click to open hyperlink"]


# ------------------------------------------------------------------ 05 sheet-feeder multi-page TIFF, skewed second sheet
def adf_tiff(lay, c, rng):
    pages = lay.to_images("L")
    out = []
    for i, p in enumerate(pages):
        a = arr(p)
        a = 243 - (243 - a) * 0.93
        a = arr(img8(a).filter(ImageFilter.GaussianBlur(0.55)))
        a = a + rng.normal(0, 3.5, a.shape)
        im = img8(a)
        if i == 1:
            im = im.rotate(-2.4, Image.BICUBIC, expand=False, fillcolor=168, translate=(14, 22))
            dd = ImageDraw.Draw(im)
            dd.rectangle([0, 0, im.size[0], 6], fill=150)
        out.append(im)
    return out, list(lay.runs), []


# ------------------------------------------------------------------ 06 candlelight
def candle(lay, c, rng):
    page = lay.to_images("RGB")[0]
    W, H = page.size
    OW, OH = 1900, 2500
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    table = np.array([70, 44, 26], np.float32) + (np.sin(yy / 7.0 + smooth_noise(rng, OH, OW, 80) * 5) * 8)[..., None]
    bg = img8(table)
    quad = jitter_quad(rng, 1560, 2018, 230, 330, 20, rot=1.8)
    img, _ = paste_with_shadow(bg, page, quad, blur=20, off=(18, 22), strength=0.5)
    fx, fy = 130, 150
    dd = ImageDraw.Draw(img)
    dd.rectangle([fx - 40, fy + 40, fx + 40, fy + 260], fill=(236, 226, 200))
    a = arr(img)
    r2 = ((xx - fx) ** 2 + (yy - fy) ** 2) / (OW * 0.95) ** 2
    light = 0.30 + 0.85 * np.exp(-r2 * 2.2)
    light = light * (1 + 0.05 * np.sin(xx / 300.0 + yy / 410.0))
    a = a * light[..., None] * np.array([1.0, 0.74, 0.45])
    glow = np.exp(-((xx - fx) ** 2 + (yy - fy + 10) ** 2) / (2 * 38.0 ** 2)) * 255
    a = a + glow[..., None] * np.array([1.0, 0.85, 0.5])
    a = sensor(a, rng, 9.0, 6.0, 1.0)
    return [img8(a)], list(lay.runs), []


# ------------------------------------------------------------------ 07 range-hood spotlight, marble counter
def spotlight_marble(lay, c, rng):
    page = lay.to_images("RGB")[0]
    OW, OH = 2000, 2667
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    n = smooth_noise(rng, OH, OW, 220, 4)
    veins = np.exp(-np.abs(np.sin((xx * 0.004 + yy * 0.0025) * 6 + n * 7)) * 9)
    marble = np.array([228, 226, 222], np.float32) - veins[..., None] * np.array([70, 72, 76])
    bg = img8(marble)
    quad = jitter_quad(rng, 1560, 2018, 230, 330, 28, rot=2.5)
    img, _ = paste_with_shadow(bg, page, quad, blur=12, off=(8, 10), strength=0.45)
    cx, cy = OW * 0.47, OH * 0.40
    r = np.sqrt((xx - cx) ** 2 + ((yy - cy) * 0.9) ** 2) / (OW * 0.50)
    pool = 1 / (1 + np.exp((r - 1.0) * 9))
    light = 0.34 + 0.92 * pool
    a = arr(img) * light[..., None] * np.array([1.0, 0.98, 0.93])
    a = sensor(a, rng, 3.5, 2.0, 0.6)
    return [img8(a)], list(lay.runs), []


# ------------------------------------------------------------------ 08 JPEG 2000 page
def jpeg2000(lay, c, rng):
    p = lay.to_images("L")[0].rotate(0.4, Image.BICUBIC, fillcolor=255)
    a = arr(p)
    a = 246 - (246 - a) * 0.95 + rng.normal(0, 3, a.shape)
    return [img8(a)], list(lay.runs), []


# ------------------------------------------------------------------ 09 browser print preview
def print_preview(lay, c, rng):
    page = lay.to_images("RGB")[0]
    d = ImageDraw.Draw(page)
    W, H = page.size
    d.text((60, 40), "5/12/26, 20:14", font=F(24), fill=(40, 40, 40))
    d.text((W // 2 - 230, 40), "Mi Cuenta | Sierra Ámbar Salud", font=F(24), fill=(40, 40, 40))
    d.text((60, H - 70), "https://miembros.sierraambar.example/reclamos/NV26-118-40563", font=F(24), fill=(40, 40, 40))
    d.text((W - 110, H - 70), "1/1", font=F(24), fill=(40, 40, 40))
    OW, OH = 2880, 1800
    out = Image.new("RGB", (OW, OH), (82, 84, 88))
    ph = 1640
    pg = page.resize((int(W * ph / H), ph), Image.LANCZOS)
    out.paste(pg, (80 + (1900 - pg.size[0]) // 2, 80))
    dd = ImageDraw.Draw(out)
    dd.rectangle([2000, 0, OW, OH], fill=(255, 255, 255))
    dd.text((2060, 60), "Imprimir", font=F(44, True), fill=(30, 30, 30))
    dd.text((OW - 300, 72), "1 hoja de papel", font=F(26), fill=(90, 90, 90))
    rows = [("Destino", "Guardar como PDF"), ("Páginas", "Todas"), ("Diseño", "Vertical"), ("Color", "Color")]
    for i, (a, b) in enumerate(rows):
        y = 200 + i * 110
        dd.text((2060, y), a, font=F(28), fill=(40, 40, 40))
        dd.rounded_rectangle([2400, y - 14, OW - 60, y + 50], 10, outline=(170, 170, 170), width=2)
        dd.text((2420, y), b, font=F(28), fill=(30, 30, 30))
    dd.text((2060, 680), "Más opciones de configuración", font=F(28), fill=(30, 30, 30))
    dd.rounded_rectangle([OW - 520, OH - 130, OW - 300, OH - 60], 30, fill=(26, 115, 232))
    dd.text((OW - 470, OH - 112), "Guardar", font=F(30, True), fill=(255, 255, 255))
    dd.rounded_rectangle([OW - 270, OH - 130, OW - 60, OH - 60], 30, outline=(170, 170, 170), width=2)
    dd.text((OW - 225, OH - 112), "Cancelar", font=F(30), fill=(26, 115, 232))
    return [out], list(lay.runs), ["5/12/26, 20:14", "miembros.sierraambar.example"]


# ------------------------------------------------------------------ 10 camera shake on an ironing board
def shake_ironing(lay, c, rng):
    page = lay.to_images("RGB")[0]
    OW, OH = 1950, 2600
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    floor = np.array([120, 92, 66], np.float32) + (np.sin(xx / 5.0 + smooth_noise(rng, OH, OW, 90) * 4) * 10)[..., None]
    bg = img8(floor)
    board = Image.new("L", (OW, OH), 0)
    ImageDraw.Draw(board).polygon([(120, OH), (70, 700), (300, 120), (OW // 2, 10), (OW - 300, 120), (OW - 70, 700),
                                   (OW - 120, OH)], fill=255)
    stripes = ((np.floor((xx + yy * 0.35) / 26) % 2) == 0)
    dots = (np.sin(xx / 11.0) * np.sin(yy / 11.0)) > 0.85
    cover = np.where(stripes[..., None], np.array([92, 134, 190], np.float32), np.array([236, 238, 242], np.float32))
    cover = np.where(dots[..., None], np.array([250, 210, 70], np.float32), cover)
    bgA = arr(bg)
    bm = arr(board)[..., None] / 255
    bg = img8(bgA * (1 - bm) + cover * bm)
    quad = jitter_quad(rng, 1540, 1993, 205, 330, 30, rot=-1.5)
    img, _ = paste_with_shadow(bg, page, quad, blur=10, off=(6, 8), strength=0.4)
    # a curved hand-shake path, about 9 px long
    k = np.zeros((25, 25), np.float32)
    p, v = np.array([12.0, 12.0]), np.array([0.0, 0.0])
    for _ in range(60):
        v = 0.85 * v + rng.normal(0, 0.25, 2)
        p = np.clip(p + v * 0.6, 2, 22)
        k[int(round(p[1])), int(round(p[0]))] += 1
    k /= k.sum()
    a = fft_blur(arr(img), k)
    a = a * (0.82 + 0.22 * (xx / OW))[..., None]
    a = sensor(a, rng, 4.5, 2.0, 0)
    return [img8(a)], list(lay.runs), []


# ------------------------------------------------------------------ 11 an over-bed tray with another sheet on top
def overlap_tray(lay, c, rng):
    page = lay.to_images("RGB")[0]
    W, H = page.size
    PW, PH = W + 500, H + 560
    yy, xx = np.mgrid[0:PH, 0:PW].astype(np.float32)
    grain = smooth_noise(rng, PH, PW, 40, 3)
    tray = np.array([206, 186, 150], np.float32) + (np.sin(xx / 14.0 + grain * 9) * 9)[..., None]
    tray[:120] = tray[:120] * 0.72
    plane = img8(tray)
    ox, oy = 240, 300
    plane.paste(page, (ox, oy))
    # the other sheet: a pharmacy's medicine list, turned 9 degrees, over the lower right corner
    sheet = Image.new("RGB", (1300, 1500), (250, 250, 247))
    sd = ImageDraw.Draw(sheet)
    sd.text((60, 60), "FARMACIA DEL PARQUE - LISTA DE MEDICAMENTOS", font=F(34, True), fill=(30, 30, 30))
    for i, t in enumerate(["Sertralina 100 mg, 1 al día", "Gabapentina 300 mg, 3 al día",
                           "Lidocaína parche 5 %, 12 horas", "Omeprazol 20 mg, en ayunas",
                           "Rellenar antes del 18/12", "Tel. 1-555-0135"]):
        sd.text((60, 150 + i * 62), t, font=F(30), fill=(40, 40, 40))
    sm = Image.new("L", sheet.size, 255)
    sheet_r = sheet.rotate(9, Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    sm_r = sm.rotate(9, Image.BICUBIC, expand=True, fillcolor=0)
    sx, sy = ox + int(W * 0.52), oy + int(H * 0.425)
    full = Image.new("L", plane.size, 0)
    full.paste(sm_r, (sx, sy))
    sh = full.filter(ImageFilter.GaussianBlur(12)).transform(plane.size, Image.AFFINE, (1, 0, -10, 0, 1, -12))
    plane = img8(arr(plane) * (1 - 0.45 * arr(sh)[..., None] / 255))
    plane.paste(sheet_r, (sx, sy), sm_r)
    vis = covered(lay.runs, full, offset=(ox, oy))
    OW, OH = 2100, 2800
    quad = [(90 + rng.uniform(-10, 10), 170), (OW - 120, 120 + rng.uniform(-10, 10)), (OW - 30, OH - 60),
            (20, OH - 110)]
    img = warp(plane, quad, (OW, OH), fill=(60, 60, 64))
    oy2, ox2 = np.mgrid[0:OH, 0:OW].astype(np.float32)
    a = arr(img) * (0.86 + 0.16 * (1 - oy2 / OH))[..., None] * np.array([0.98, 1.0, 1.03])
    a = sensor(a, rng, 3.5, 1.5, 0.6)
    return [img8(a)], vis, ["FARMACIA DEL PARQUE", "Rellenar antes del 18/12"]


DEVICES = dict(marker_carpet=marker_carpet, video_call=video_call, chat_viewer=chat_viewer,
               word_processor=word_processor, adf_tiff=adf_tiff, candle=candle, spotlight_marble=spotlight_marble,
               jpeg2000=jpeg2000, print_preview=print_preview, shake_ironing=shake_ironing, overlap_tray=overlap_tray)
