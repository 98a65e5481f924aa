"""Build blind intake set 31 (FICTIONAL) deterministically, then self-check every key against the notice text.

Usage: python make_set.py [NN ...]   (no argument: rebuild all 18). Exits 1 on any problem.
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import date, timedelta
from email.message import EmailMessage
from email import policy

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import cases as C

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = date(2026, 12, 6)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
EXT = {"jpg": "jpg", "png": "png", "tif": "tif", "pdf": "pdf", "pdfimg": "pdf", "docx": "docx", "eml": "eml",
       "eml_html": "eml", "html": "html", "txt": "txt"}
CATS = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy", "out_of_network",
        "not_covered", "coding_billing", "timely_filing", "benefit_limit", "coordination_of_benefits", "other"}
PLANS = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid", "fehb",
         "chip", "governmental", "church", "tricare", "unknown"}
RULES = {"employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
         "governmental": (180, "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)")}


def norm(s):
    return " ".join(s.split())


# ------------------------------------------------------------------------------------------------ page rendering
def tabstops(case, ncells, scale=1.0):
    t = case.get("tabs")
    if isinstance(t, dict):
        t = t.get(ncells) or t[max(t)]
    t = t or [120]
    return [int(x * scale) for x in t]


def wrap(draw, text, font, width):
    words, out, cur = text.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w) if cur else w
        if draw.textlength(trial, font=font) <= width or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = "   " + w
    out.append(cur)
    return out


def render_page(case, W=1700, H=2200, size=28, serif=False, top=110):
    """Lines on a white page, grey 'L'. Returns the image and the y of each printed line."""
    scale = W / 1700
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(SERIF if serif else FONT, size)
    fb = ImageFont.truetype(SERIFB if serif else FONTB, size)
    n = len(case["lines"])
    lh = int(min(size * 1.85, (H - top - 100) / max(n, 1)))
    left, right = int(120 * scale), W - int(120 * scale)
    y, ys = top, []
    for line in case["lines"]:
        ys.append(y)
        if not line:
            y += int(lh * 0.6)
            continue
        cells = line.split("\t")
        if len(cells) == 1:
            bold = line.startswith("#")
            txt = line.lstrip("#")
            for part in wrap(d, txt, fb if bold else f, right - left):
                d.text((left, y), part, font=fb if bold else f, fill=0)
                y += lh
            continue
        stops = tabstops(case, len(cells), scale)
        for i, c in enumerate(cells):
            bold = c.startswith("#")
            d.text((stops[min(i, len(stops) - 1)], y), c.lstrip("#"), font=fb if bold else f, fill=0)
        y += lh
    if y > H - 40:
        raise SystemExit(f"{case['n']:02d}: text runs off the page ({y} > {H})")
    return img, ys


# ------------------------------------------------------------------------------------------------ image helpers
def arr(img):
    return np.asarray(img, dtype=np.float32) / 255.0


def toimg(a, mode=None):
    return Image.fromarray((np.clip(a, 0, 1) * 255 + 0.5).astype(np.uint8), mode)


def smooth_noise(rng, h, w, cell, amp=1.0):
    small = rng.standard_normal((max(2, h // cell), max(2, w // cell))).astype(np.float32)
    small = (small - small.min()) / (np.ptp(small) + 1e-6)
    big = np.asarray(Image.fromarray(small, "F").resize((w, h), Image.BICUBIC), dtype=np.float32)
    return np.clip(big, 0, 1) * amp


def persp_coeffs(src, dst):
    """Coefficients for PIL's PERSPECTIVE, mapping output points dst to input points src."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(np.array(m, dtype=np.float64), b).tolist()


def photo(page_rgb, bg_rgb, rng, jitter=60, out=(1500, 1980), margin=140, overlay=None):
    """Lay the page on a background and shoot it at a slight angle."""
    W, H = page_rgb.size
    cw, ch = W + 2 * margin, H + 2 * margin
    canvas = bg_rgb.resize((cw, ch))
    canvas.paste(page_rgb, (margin, margin))
    if overlay:
        canvas = overlay(canvas, margin)
    src = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    dst = [(x + rng.uniform(-jitter, jitter) * (1 if x == 0 else -1) * 0.5 + (jitter if x == 0 else -jitter),
            y + (jitter if y == 0 else -jitter) + rng.uniform(-jitter, jitter) * 0.5) for x, y in src]
    co = persp_coeffs(src, dst)
    warped = canvas.transform((cw, ch), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(40, 38, 36))
    return warped.resize(out, Image.LANCZOS)


def texture(rng, w, h, base, amp, cell):
    n = smooth_noise(rng, h, w, cell) - 0.5
    fine = rng.standard_normal((h, w)).astype(np.float32) * 0.02
    a = np.stack([np.full((h, w), c / 255.0, np.float32) for c in base], -1)
    a = a + (n[..., None] * amp) + fine[..., None]
    return toimg(a, "RGB")


def cam_noise(a, rng, sigma):
    return a + rng.standard_normal(a.shape).astype(np.float32) * sigma


def save_jpeg(img, path, q=88, sub=2):
    img.save(path, "JPEG", quality=q, subsampling=sub, optimize=True)


# ------------------------------------------------------------------------------------------------ devices
def dev_pill_bottle(case, rng, path):
    page, ys = render_page(case)
    p = arr(page)
    paper = np.stack([p * 0.97, p * 0.96, p * 0.93], -1)
    pimg = toimg(paper, "RGB")
    d = ImageDraw.Draw(pimg, "RGBA")
    # the bottle lies in the bottom margin, below the last line
    y0 = ys[-1] + 110
    x0, L, R = 260, 560, 95
    sh = Image.new("L", pimg.size, 0)
    ImageDraw.Draw(sh).rounded_rectangle([x0 + 30, y0 + 40, x0 + L + 150, y0 + 2 * R + 45], 60, fill=150)
    sh = arr(sh.filter(ImageFilter.GaussianBlur(28)))
    pa = arr(pimg) * (1 - 0.55 * sh[..., None])
    pimg = toimg(pa, "RGB")
    d = ImageDraw.Draw(pimg, "RGBA")
    d.rounded_rectangle([x0, y0, x0 + L, y0 + 2 * R], 40, fill=(214, 118, 24, 215), outline=(160, 80, 10, 255), width=3)
    d.rectangle([x0 + 20, y0 + 18, x0 + L - 40, y0 + 30], fill=(255, 210, 150, 120))  # highlight
    d.rectangle([x0 + 90, y0 + 40, x0 + L - 120, y0 + 2 * R - 20], fill=(250, 250, 246, 255))
    fl = ImageFont.truetype(FONT, 22)
    for i, t in enumerate(["Rx 0046731  (FICTIONAL)", "TAKE 1 TABLET DAILY", "Qty 30   Refills 2"]):
        d.text((x0 + 110, y0 + 55 + i * 34), t, font=fl, fill=(30, 30, 30, 255))
    d.rounded_rectangle([x0 + L - 10, y0 - 12, x0 + L + 120, y0 + 2 * R + 12], 18, fill=(246, 246, 242, 255),
                        outline=(170, 170, 170, 255), width=3)
    for k in range(9):
        xx = x0 + L + 4 + k * 13
        d.line([xx, y0 - 8, xx, y0 + 2 * R + 8], fill=(200, 200, 200, 255), width=3)
    bg = texture(rng, 400, 520, (178, 170, 160), 0.25, 20)  # speckled laminate counter
    shot = photo(pimg, bg, rng, jitter=55)
    a = arr(shot)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 1.03 - 0.18 * ((xx / w - 0.25) ** 2 + (yy / h - 0.2) ** 2)
    a = cam_noise(a * light[..., None] * np.array([1.02, 0.99, 0.93], np.float32), rng, 0.018)
    save_jpeg(toimg(a, "RGB"), path)


def dev_fax_autoreduce(case, rng, path):
    page, ys = render_page(case, W=1728, H=2744, size=29, top=150)
    a = arr(page)
    a = cam_noise(a, rng, 0.06)
    red = toimg(a).resize((1728, 2156), Image.BILINEAR)  # legal length squeezed to letter length: 79%
    b = arr(red)
    b = (b > 0.58).astype(np.float32)
    specks = rng.random(b.shape) < 0.0012
    b[specks] = 0
    hdr = Image.new("L", (1728, 44), 255)
    ImageDraw.Draw(hdr).text((40, 10), case["fax_header"], font=ImageFont.truetype(FONT, 22), fill=0)
    out = toimg(b)
    out.paste(hdr, (0, 0))
    out = out.convert("1", dither=Image.NONE)
    out.save(path, "TIFF", compression="group4", dpi=(204, 196))


def dev_cockled(case, rng, path):
    page, ys = render_page(case)
    a = arr(page)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    hm = np.zeros((h, w), np.float32)
    for _ in range(7):
        ang = rng.uniform(0, np.pi)
        lam = rng.uniform(260, 620)
        ph = rng.uniform(0, 2 * np.pi)
        hm += rng.uniform(0.5, 1.0) * np.sin((xx * np.cos(ang) + yy * np.sin(ang)) * 2 * np.pi / lam + ph)
    hm += (smooth_noise(rng, h, w, 220) - 0.5) * 2
    gy, gx = np.gradient(hm)
    sx, sy = xx + gx * 90, yy + gy * 90
    x0 = np.clip(np.floor(sx).astype(int), 0, w - 2)
    y0 = np.clip(np.floor(sy).astype(int), 0, h - 2)
    fx, fy = np.clip(sx - x0, 0, 1), np.clip(sy - y0, 0, 1)
    warped = (a[y0, x0] * (1 - fx) * (1 - fy) + a[y0, x0 + 1] * fx * (1 - fy) + a[y0 + 1, x0] * (1 - fx) * fy
              + a[y0 + 1, x0 + 1] * fx * fy)
    shade = 0.93 + 7.0 * (gx * 0.6 - gy * 0.8)
    tide = smooth_noise(rng, h, w, 300)
    out = warped * np.clip(shade, 0.76, 1.04) * (0.99 - 0.04 * tide)
    out = cam_noise(out, rng, 0.015)
    toimg(out).save(path, "PNG", optimize=True)


def dev_paperclip(case, rng, path):
    page, ys = render_page(case)
    W, H = page.size
    bed = np.full((H + 70, W + 70), 0.86, np.float32)
    back = np.full((H, W), 0.955, np.float32)
    bed[12:12 + H, 8:8 + W] = back
    bed[12:14 + H, 8:10] = 0.6  # the back sheet's edges
    bed[12:14, 8:8 + W] = 0.6
    front = arr(page) * 0.985
    fy, fx = 44, 38
    bed[fy - 3:fy, fx:fx + W] = np.minimum(bed[fy - 3:fy, fx:fx + W], 0.55)
    bed[fy:fy + H, fx - 3:fx] = np.minimum(bed[fy:fy + H, fx - 3:fx], 0.55)
    bed[fy:fy + H, fx:fx + W] = front
    img = toimg(bed)
    # the clip: two nested loops of wire over the top edge, with its shadow
    sh = Image.new("L", img.size, 0)
    clip = Image.new("L", img.size, 0)
    hi = Image.new("L", img.size, 0)
    cx, top = 1330, 0
    for dd, (w_, h_) in ((ImageDraw.Draw(sh), (0, 0)),):
        pass
    for lay, off, width in ((sh, (10, 12), 11), (clip, (0, 0), 8), (hi, (-2, -2), 2)):
        dr = ImageDraw.Draw(lay)
        ox, oy = off
        dr.rounded_rectangle([cx + ox, top + oy, cx + 66 + ox, top + 190 + oy], 33, outline=255, width=width)
        dr.rounded_rectangle([cx + 14 + ox, top + 28 + oy, cx + 52 + ox, top + 150 + oy], 19, outline=255, width=width)
    a = arr(img)
    s = arr(sh.filter(ImageFilter.GaussianBlur(6)))
    a = a * (1 - 0.35 * s)
    c = arr(clip.filter(ImageFilter.GaussianBlur(0.8)))
    a = a * (1 - c) + 0.42 * c
    hmask = arr(hi)
    a = np.where(hmask > 0.5, 0.9, a)
    a = cam_noise(a, rng, 0.012)
    toimg(a).save(path, "PNG", optimize=True)


def dev_stagger(case, rng, path):
    page, ys = render_page(case)
    a = arr(page)
    a = arr(toimg(a).filter(ImageFilter.GaussianBlur(0.7)))
    out = a.copy()
    out[:, 1::2] = np.roll(a[:, 1::2], 3, axis=0)  # odd columns read three rows late
    out = out * (0.97 + 0.02 * np.sin(np.arange(out.shape[0])[:, None] / 9.0))  # faint feed ripple
    out = cam_noise(out * 0.96 + 0.02, rng, 0.02)
    img = toimg(out)
    stamp = date(2026, 12, 2)
    img.save(path, "PDF", resolution=200.0, creationDate=__import__("datetime").datetime(2026, 12, 2, 18, 4, 0).timetuple(),
             modDate=__import__("datetime").datetime(2026, 12, 2, 18, 4, 0).timetuple(), title="scan", author="", producer="")


def dev_reflection(case, rng, path):
    page, ys = render_page(case, serif=True)
    p = arr(page)
    pimg = toimg(np.stack([p * 0.98, p * 0.975, p * 0.96], -1), "RGB")
    bg = texture(rng, 300, 400, (70, 52, 38), 0.3, 12)  # dark walnut under glass
    shot = photo(pimg, bg, rng, jitter=50)
    a = arr(shot)
    h, w = a.shape[:2]
    refl = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(refl)
    x0, y0, x1, y1 = int(w * 0.45), int(h * 0.08), int(w * 1.05), int(h * 0.62)
    d.polygon([(x0, y0 + 40), (x1, y0), (x1, y1), (x0 + 30, y1 - 60)], fill=255)
    mx, my = (x0 + x1) // 2, (y0 + y1) // 2
    d.line([(mx, y0), (mx + 15, y1)], fill=40, width=34)  # the window's bars
    d.line([(x0, my), (x1, my - 20)], fill=40, width=30)
    for _ in range(26):  # a tree outside
        cx, cy, r = rng.uniform(x0 + 40, x1 - 60), rng.uniform(y0 + 10, y0 + 260), rng.uniform(25, 70)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=int(rng.uniform(80, 140)))
    refl = arr(refl.filter(ImageFilter.GaussianBlur(22)))
    tint = np.array([0.95, 1.0, 1.05], np.float32)
    a = a + (1 - a) * (0.55 * refl)[..., None] * tint
    a = cam_noise(a * np.array([1.0, 0.98, 0.95], np.float32), rng, 0.015)
    save_jpeg(toimg(a, "RGB"), path)


def dev_overlap(case, rng, path):
    page, ys = render_page(case)
    p = arr(page)
    pimg = toimg(np.stack([p * 0.98, p * 0.97, p * 0.95], -1), "RGB")
    # page 2 lies across the lower right corner, from the phone line down
    k = next(i for i, l in enumerate(case["lines"]) if l.startswith("Preguntas"))
    p2case = dict(n=case["n"], tabs=[120], lines=[
        "#Información importante sobre sus derechos", "MUESTRA FICTICIA", "",
        "Puede nombrar a un representante para que actúe por usted.", "Puede pedir copias gratuitas de los",
        "documentos que usamos para decidir.", "", "Página 2 de 2"])
    p2, _ = render_page(p2case, W=1700, H=2200)
    p2 = toimg(np.stack([arr(p2) * 0.99, arr(p2) * 0.985, arr(p2) * 0.97], -1), "RGB")
    p2 = p2.rotate(-7, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new("L", (1700, 2200), 255).rotate(-7, expand=True, fillcolor=0)
    ox, oy = 760, ys[k] - 20

    def lay(canvas, margin):
        sh = Image.new("L", canvas.size, 0)
        sh.paste(mask, (margin + ox + 16, margin + oy + 20))
        s = arr(sh.filter(ImageFilter.GaussianBlur(16)))
        c = toimg(arr(canvas) * (1 - 0.45 * s[..., None]), "RGB")
        c.paste(p2, (margin + ox, margin + oy), mask)
        return c
    bg = texture(rng, 300, 400, (120, 128, 140), 0.2, 16)  # blue-grey tablecloth
    shot = photo(pimg, bg, rng, jitter=60, overlay=lay)
    a = cam_noise(arr(shot), rng, 0.02)
    save_jpeg(toimg(a, "RGB"), path)


def dev_seal(case, rng, path):
    page, ys = render_page(case)
    p = arr(page)
    rgb = np.stack([p * 0.985, p * 0.975, p * 0.95], -1)
    h, w = p.shape
    seal = Image.new("L", (460, 460), 0)
    d = ImageDraw.Draw(seal)
    d.ellipse([10, 10, 450, 450], outline=255, width=12)
    d.ellipse([70, 70, 390, 390], outline=255, width=5)
    fnt = ImageFont.truetype(FONTB, 30)
    text = "DEPARTAMENTO DE SERVICIOS SOCIALES * HARTFORD * "
    for i, ch in enumerate(text):
        ang = 360 * i / len(text)
        tile = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(tile).text((8, 2), ch, font=fnt, fill=255)
        tile = tile.rotate(-ang, resample=Image.BICUBIC)
        r = 180
        cx = 230 + r * np.sin(np.radians(ang)) - 20
        cy = 230 - r * np.cos(np.radians(ang)) - 20
        seal.paste(tile, (int(cx), int(cy)), tile)
    d.text((150, 190), "OFICINA", font=ImageFont.truetype(FONTB, 34), fill=255)
    d.text((140, 240), "REGIONAL", font=ImageFont.truetype(FONTB, 34), fill=255)
    seal = seal.rotate(14, resample=Image.BICUBIC)
    m = arr(seal)
    ink = np.clip(smooth_noise(rng, 460, 460, 14) * 1.6 - 0.2, 0.25, 1.0)
    m = m * ink
    k = next(i for i, l in enumerate(case["lines"]) if l.startswith("Tiene 60"))
    sx, sy = 1130, ys[k] - 160
    full = np.zeros((h, w), np.float32)
    full[sy:sy + 460, sx:sx + 460] = m[: h - sy, : w - sx]
    blue = np.array([0.25, 0.35, 0.85], np.float32)
    rgb = rgb * (1 - full[..., None] * (1 - blue))
    rgb = cam_noise(rgb, rng, 0.012)
    img = toimg(rgb, "RGB")
    dt = __import__("datetime").datetime(2026, 11, 30, 10, 21, 0)
    img.save(path, "PDF", resolution=200.0, quality=80, creationDate=dt.timetuple(), modDate=dt.timetuple(), title="scan", author="",
             producer="")


def dev_negative(case, rng, path):
    page, ys = render_page(case)
    a = arr(page.filter(ImageFilter.GaussianBlur(0.6)))
    a = a * 0.93 + 0.03 + (smooth_noise(rng, *a.shape, 240) - 0.5) * 0.05
    neg = 1 - a
    neg = cam_noise(neg, rng, 0.02)
    save_jpeg(toimg(neg, "L"), path, q=85)


def dev_cold_vignette(case, rng, path):
    page, ys = render_page(case)
    p = arr(page)
    pimg = toimg(np.stack([p, p, p], -1) * 0.97, "RGB")
    bg = texture(rng, 300, 400, (205, 205, 200), 0.12, 30)  # white laminate desk
    shot = photo(pimg, bg, rng, jitter=45)
    a = arr(shot)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    vig = np.clip(1 - 0.34 * r2, 0.25, 1)
    a = a * vig[..., None] * np.array([0.8, 0.9, 1.1], np.float32)
    chroma = np.stack([smooth_noise(rng, h, w, 3) - 0.5 for _ in range(3)], -1) * 0.16
    a = cam_noise(a + chroma, rng, 0.025)
    save_jpeg(toimg(a, "RGB"), path, q=86)


def dev_denoise_smear(case, rng, path):
    page, ys = render_page(case, size=30)
    p = arr(page)
    pimg = toimg(np.stack([p * 0.95, p * 0.92, p * 0.86], -1), "RGB")
    bg = texture(rng, 300, 400, (96, 72, 60), 0.3, 18)
    shot = photo(pimg, bg, rng, jitter=50)
    a = arr(shot) * 0.6
    h, w = a.shape[:2]
    blot = np.stack([smooth_noise(rng, h, w, 7) - 0.5 for _ in range(3)], -1) * 0.22
    a = cam_noise(a + blot, rng, 0.06)
    m = toimg(a, "RGB").filter(ImageFilter.MedianFilter(3)).filter(ImageFilter.MedianFilter(3))
    g = arr(m.filter(ImageFilter.GaussianBlur(4)))
    lum = m.convert("L").filter(ImageFilter.GaussianBlur(1.2))
    edge = arr(lum.filter(ImageFilter.FIND_EDGES).filter(ImageFilter.MaxFilter(5)))
    wgt = np.clip(edge * 9, 0, 1)[..., None]
    g = np.round(g * 22) / 22  # flat patches where the phone's noise reduction merged tones
    b = wgt * arr(m) + (1 - wgt) * g
    img = toimg(b * 1.45, "RGB").filter(ImageFilter.UnsharpMask(3, 110, 2))
    save_jpeg(img, path, q=84)


DEVICES = {k[4:]: v for k, v in globals().items() if k.startswith("dev_")}


# ------------------------------------------------------------------------------------------------ other writers
def write_text_pdf(case, path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("Notice (FICTIONAL)")
    c.setAuthor("")
    y, size, lead = 740, 9.6, 13.2
    for line in case["lines"]:
        if not line:
            y -= lead * 0.6
            continue
        cells = line.split("\t")
        stops = case["tabs"] if len(cells) > 1 else [54]
        if len(cells) > 1:
            c.setFillGray(0.93)
            c.rect(50, y - 3.5, 512, lead, stroke=0, fill=1)
            c.setFillGray(0)
            c.setLineWidth(0.4)
            c.line(stops[1] - 6, y - 3.5, stops[1] - 6, y + lead - 3.5)
        for i, cell in enumerate(cells):
            bold = cell.startswith("#")
            c.setFont("DVB" if bold else "DV", size)
            txt = cell.lstrip("#")
            if len(cells) == 1:
                words, cur, parts = txt.split(" "), "", []
                for wd in words:
                    t = (cur + " " + wd) if cur else wd
                    if pdfmetrics.stringWidth(t, "DVB" if bold else "DV", size) > 504 and cur:
                        parts.append(cur)
                        cur = wd
                    else:
                        cur = t
                parts.append(cur)
                for j, pt in enumerate(parts):
                    c.drawString(54, y, pt)
                    if j < len(parts) - 1:
                        y -= lead
            else:
                c.drawString(stops[i], y, txt)
        y -= lead
    if y < 36:
        raise SystemExit(f"{case['n']:02d}: PDF text runs off the page")
    c.showPage()
    c.save()


def fixed_zip(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 19, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    open(path, "wb").write(buf.getvalue())


def write_docx(case, path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    lines, i = case["lines"], 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append(lines[i].split("\t"))
                i += 1
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for cidx, cell in enumerate(row):
                    run = t.cell(r, cidx).paragraphs[0].add_run(cell.lstrip("#"))
                    run.bold = cell.startswith("#") or (r == 0 and ncol > 2)
            continue
        para = doc.add_paragraph()
        run = para.add_run(line.lstrip("#"))
        run.bold = line.startswith("#")
        i += 1
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "Keelson Mutual Life (FICTIONAL)", "", "Claim determination"
    cp.created = cp.modified = __import__("datetime").datetime(2026, 11, 19, 9, 0, 0)
    cp.revision = 1
    doc.save(path)
    fixed_zip(path)


def write_eml(case, path, html=False):
    h = case["headers"]
    m = EmailMessage(policy=policy.SMTP)
    m["From"], m["To"], m["Date"], m["Subject"] = h["From"], h["To"], h["Date"], h["Subject"]
    m["Message-ID"] = f"<set31-{case['n']:02d}@mail.example>"
    if html:
        body = ["<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>Aviso</title></head>",
                "<body style=\"font-family:Arial,sans-serif;font-size:14px\">",
                "<table role=\"presentation\" width=\"640\" style=\"border:1px solid #2a4d69\"><tr><td style=\"padding:16px\">"]
        for line in case["lines"]:
            if not line:
                body.append("<br>")
            elif line.startswith("#"):
                body.append(f"<h3 style=\"color:#2a4d69;margin:8px 0\">{esc(line[1:])}</h3>")
            elif ":" in line and len(line) < 70 and not line.endswith("a:"):
                k, v = line.split(":", 1)
                body.append(f"<div><b>{esc(k)}:</b>{esc(v)}</div>")
            else:
                body.append(f"<div>{esc(line)}</div>")
        body.append("</td></tr></table><p style=\"font-size:11px;color:#777\">No responda a este correo.</p>"
                    "</body></html>")
        m.set_content("\n".join(body), subtype="html", cte="quoted-printable")
    else:
        m.set_content("\n".join(case["lines"]) + "\n", cte="quoted-printable")
    open(path, "wb").write(m.as_bytes())


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(case, path):
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           "<title>Claim details - Sunfield Member Portal (FICTIONAL)</title>",
           "<style>body{font-family:Segoe UI,Arial,sans-serif;margin:0}nav{background:#0b4f6c;color:#fff;"
           "padding:8px 16px}main{padding:16px 24px}table{border-collapse:collapse}td,th{border:1px solid #bbb;"
           "padding:4px 10px}.stamp{color:#888;font-size:12px}.hidden-banner{display:none}</style>",
           "<script>window.dataLayer=window.dataLayer||[];function track(){return 0}</script></head><body>"]
    lines, i = case["lines"], 0
    out.append(f"<header><h1>{esc(lines[0][1:])}</h1></header>")
    out.append(f"<nav>{esc(lines[1])}</nav>")
    out.append(f"<p class=\"stamp\">{esc(lines[2])}</p>")
    out.append("<div class=\"hidden-banner\">Scheduled maintenance this weekend. Some claims may not show.</div>")
    out.append("<main>")
    i = 3
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append(lines[i].split("\t"))
                i += 1
            if len(rows) == 1 or len(rows[0]) == 2:
                out.append("<dl>" + "".join(
                    f"<dt>{esc(c.split(':', 1)[0])}</dt><dd>{esc(c.split(':', 1)[1].strip())}</dd>"
                    for r in rows for c in r) + "</dl>")
            else:
                out.append("<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead>"
                           "<tbody>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                                               for r in rows[1:]) + "</tbody></table>")
            continue
        if line.startswith("#"):
            out.append(f"<h2>{esc(line[1:])}</h2>")
        elif line:
            out.append(f"<p>{esc(line)}</p>")
        i += 1
    out.append("</main><footer><a href=\"https://portal.sunfield.example/privacy\">Privacy</a></footer>"
               "</body></html>")
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(out) + "\n")


def write_txt(case, path):
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(case["lines"]) + "\n")


# ------------------------------------------------------------------------------------------------ keys and check
def add_months(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    return date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def deadline(case):
    nd = case["nd"][2]
    w = case["window"]
    if w[0] == "days":
        return nd + timedelta(days=w[1]), norm(w[2])
    if w[0] == "months":
        return add_months(nd, w[1]), norm(w[2])
    if w[0] == "date":
        return w[2], norm(w[3])
    days, cite = RULES[w[1]]
    return nd + timedelta(days=days), cite


def service_dates(case):
    out = []
    for s in case["sd"]:
        out += s[2] if s[0] == "list" else [s[1]]
    return sorted(set(out))


def build_key(case, fname):
    k = case["key"]
    due, basis = deadline(case)
    key = {"file": fname, "_note": case["note"], "patient_name": k["patient_name"], "member_id": k["member_id"],
           "claim_number": k["claim_number"], "notice_date": case["nd"][2].isoformat()}
    sds = service_dates(case)
    if sds:
        key["service_dates"] = [d.isoformat() for d in sds]
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        if k.get(f):
            key[f] = k[f]
    key.update(denial_category=k["denial_category"], plan_type=k["plan_type"], urgent=k["urgent"],
               appeal_deadline=due.isoformat(), deadline_basis=basis, appeals_address=", ".join(case["addr"]))
    return key


def model_text(case):
    parts = ["  ".join(c.lstrip("#") for c in l.split("\t")) for l in case["lines"]]
    if case.get("headers"):
        parts += [f"{k}: {v}" for k, v in case["headers"].items()]
    if case.get("fax_header"):
        parts.append(case["fax_header"])
    return norm("\n".join(parts))


def word_in(w, text):
    return re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w])", text) is not None


def check(case, key):
    p = []
    t = model_text(case)
    n = case["n"]
    if not ("FICTIONAL" in t or "FICTICIA" in t):
        p.append("no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        if norm(key[f]) not in t:
            p.append(f"{f} {key[f]!r} not printed")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for c in key.get(f, []):
            if not word_in(c, t):
                p.append(f"{f} {c} not printed as a word")
    label, printed, nd = case["nd"]
    fmt = next((nm for nm, fn in C.FMT.items() if fn(nd) == printed), None)
    if fmt is None or norm(label + " " + printed) not in t:
        p.append(f"notice date label/print {label!r} {printed!r} not found or not a helper format")
    if not (date(2000, 1, 1) <= nd <= TODAY):
        p.append("notice date outside 2000..today")
    for s in case["sd"]:
        if s[0] == "list":
            if norm(s[1]) not in t:
                p.append(f"service date list {s[1]!r} not printed")
        elif s[0] not in t or not any(fn(s[1]) == s[0] for fn in C.FMT.values()):
            p.append(f"service date {s[0]!r} not printed or not its date")
    for d in service_dates(case):
        if not (date(2000, 1, 1) <= d < nd):
            p.append(f"service date {d} not before the notice date")
    if key["denial_category"] not in CATS:
        p.append("category not a domain.md name")
    if key["plan_type"] not in PLANS:
        p.append("plan type not a domain.md name")
    for e in case["cat_ev"] + case["plan_ev"]:
        if norm(e) not in t:
            p.append(f"evidence {e!r} not printed")
    urg = case.get("urg_ev")
    if bool(urg) != key["urgent"] or (urg and (norm(urg) not in t or not re.search(
            r"expedited|fast|acelerad|rápid", urg, re.I))):
        p.append("urgency evidence does not match the key")
    due, basis = deadline(case)
    if due.isoformat() != key["appeal_deadline"] or due <= case["nd"][2]:
        p.append("deadline does not recompute")
    w = case["window"]
    if w[0] == "rule":
        if basis != RULES[w[1]][1] or key["plan_type"] != w[1]:
            p.append("rule basis is not the plan type's citation")
    else:
        if basis not in t:
            p.append(f"basis {basis!r} not in the notice's words")
        num = str(w[1]) if w[0] in ("days", "months") else w[1]
        if num not in basis:
            p.append("basis lacks its number or date")
        if w[0] == "date" and not any(fn(w[2]) == w[1] for fn in C.FMT.values()):
            p.append("stated deadline date does not read back")
    def chain(start):  # every part in order, each within 160 characters of the one before
        pos = start + len(case["addr"][0])
        for part in case["addr"][1:]:
            j = t.find(part, pos)
            if j < 0 or j - pos > 160:
                return False
            pos = j + len(part)
        return True
    starts = [m.start() for m in re.finditer(re.escape(case["addr"][0]), t)]
    if not any(chain(s) for s in starts):
        p.append("appeals address parts missing, out of order or far apart")
    if key["appeals_address"] != ", ".join(case["addr"]):
        p.append("address key is not the parts joined")
    vals = {json.dumps(v) for kk, v in key.items() if kk not in ("file", "_note")}
    flat = set()
    for kk, v in key.items():
        if kk in ("file", "_note"):
            continue
        for x in (v if isinstance(v, list) else [v]):
            flat.add(norm(str(x)))
    for tr in case["traps"]:
        if norm(tr) not in t:
            p.append(f"trap {tr!r} not printed")
        if norm(tr) in flat:
            p.append(f"trap {tr!r} is a keyed value")
    raw = "\n".join(case["lines"]) + " ".join((case.get("headers") or {}).values()) + (case.get("fax_header") or "")
    for ph in re.findall(r"(?<!\d)(?:1-)?\d{3}-\d{3}-\d{4}(?!\d)", raw):
        if not re.search(r"555-01\d\d$", ph):
            p.append(f"phone {ph} not 555-01xx")
    for dom in re.findall(r"[\w.+-]+@([\w.-]+)", raw) + re.findall(r"https?://([\w.-]+)", raw):
        if not dom.endswith(".example"):
            p.append(f"domain {dom} not .example")
    if "CPT" in t and "descriptor" in t:
        p.append("descriptor text?")
    return [f"{n:02d}: {x}" for x in p]


# ------------------------------------------------------------------------------------------------ main
def main(argv):
    want = {int(a) for a in argv} if argv else None
    problems, fields, fen, fes, nes = [], 0, 0, 0, 0
    for fn in C.CASES:
        case = fn()
        n = case["n"]
        fname = f"{n:02d}-{case['slug']}.{EXT[case['kind']]}"
        path = os.path.join(HERE, fname)
        if want is None or n in want:
            for old in os.listdir(HERE):
                if old.startswith(f"{n:02d}-"):
                    os.remove(os.path.join(HERE, old))
            rng = np.random.default_rng(3100 + n)
            kind = case["kind"]
            if case.get("device"):
                DEVICES[case["device"]](case, rng, path)
            elif kind == "pdf":
                write_text_pdf(case, path)
            elif kind == "docx":
                write_docx(case, path)
            elif kind == "eml":
                write_eml(case, path)
            elif kind == "eml_html":
                write_eml(case, path, html=True)
            elif kind == "html":
                write_html(case, path)
            elif kind == "txt":
                write_txt(case, path)
            key = build_key(case, fname)
            with open(os.path.join(HERE, f"{n:02d}-{case['slug']}.expected.json"), "w", encoding="utf-8") as fh:
                json.dump(key, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
        key = build_key(case, fname)
        problems += check(case, key)
        if not os.path.exists(path):
            problems.append(f"{n:02d}: file missing")
        elif os.path.getsize(path) > 4 * 1024 * 1024:
            problems.append(f"{n:02d}: file over 4 MB")
        nf = len(key) - 2
        fields += nf
        if case["lang"] == "es":
            fes += nf
            nes += 1
        else:
            fen += nf
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(C.CASES)} notices ({nes} in Spanish), {fields} keyed fields (English {fen}, Spanish {fes}); "
          f"self-check: {'all keys found' if not problems else str(len(problems)) + ' problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
