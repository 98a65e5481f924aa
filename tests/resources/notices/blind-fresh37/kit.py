"""Set 37 (FICTIONAL): date writers, block renderer, image devices, file writers and text read-back.

Everything here is my own code for a fictional blind test set. numpy and Pillow only for images.
"""
import datetime as dt
import io
import math
import re
import zipfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

# ---------------------------------------------------------------- dates
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]


def D(s):
    return dt.date.fromisoformat(s)


def us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us_short(d):
    return f"{d.month}/{d.day}/{d.year}"


def longd(d):
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def abbr(d):
    return f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}"


def caps(d):
    return longd(d).upper()


def es(d):
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def iso(d):
    return d.isoformat()


def dash(d):
    return f"{d.month:02d}-{d.day:02d}-{d.year}"


WRITERS = [us, us_short, longd, abbr, caps, es, dmy, iso, dash]


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


# ---------------------------------------------------------------- blocks
# ("title", text) ("h", text) ("p", text) ("small", text) ("kv", rows, opts) rows: (label, value[, tag])
# ("table", header, rows, opts) ("addr", lines) ("sp",) ("rule",) ("perf", text)
# opts may hold tag="torn"/"redact" etc.  Blocks tagged "torn" are not part of the text model.

def blocks_text(blocks, skip_tags=("torn",)):
    out = []
    for b in blocks:
        kind = b[0]
        opts = b[-1] if isinstance(b[-1], dict) else {}
        if opts.get("tag") in skip_tags:
            continue
        if kind in ("title", "h", "p", "small", "perf"):
            out.append(b[1])
        elif kind == "kv":
            for r in b[1]:
                if len(r) > 2 and r[2] in skip_tags:
                    continue
                out.append(f"{r[0]} {r[1]}")
        elif kind == "table":
            out.append("  ".join(b[1]))
            for r in b[2]:
                out.append("  ".join(r))
        elif kind == "addr":
            out.extend(b[1])
    return "\n".join(out)


FONT_DIR = "/usr/share/fonts/truetype/liberation2/"
SANS = FONT_DIR + "LiberationSans-Regular.ttf"
SANS_B = FONT_DIR + "LiberationSans-Bold.ttf"
SERIF = FONT_DIR + "LiberationSerif-Regular.ttf"
SERIF_B = FONT_DIR + "LiberationSerif-Bold.ttf"
MONO = FONT_DIR + "LiberationMono-Regular.ttf"
MONO_B = FONT_DIR + "LiberationMono-Bold.ttf"
UI = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
UI_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

_fc = {}


def font(path, size):
    key = (path, int(size))
    if key not in _fc:
        _fc[key] = ImageFont.truetype(path, int(size))
    return _fc[key]


def wrap(draw, text, f, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=f) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _render(blocks, size, width, height, margin, accent, fill, family):
    reg, bold = {"sans": (SANS, SANS_B), "serif": (SERIF, SERIF_B), "mono": (MONO, MONO_B)}[family]
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    tags = {}
    y = margin
    inner = width - 2 * margin
    lh = int(size * 1.32)

    def mark(tag, box):
        if tag:
            tags.setdefault(tag, []).append(box)

    for b in blocks:
        kind = b[0]
        opts = b[-1] if isinstance(b[-1], dict) else {}
        tag = opts.get("tag")
        y0 = y
        if kind == "title":
            f = font(bold, size * 1.45)
            for ln in wrap(d, b[1], f, inner):
                d.text((margin, y), ln, font=f, fill="black")
                y += int(size * 1.8)
        elif kind == "h":
            f = font(bold, size * 1.08)
            y += int(size * 0.35)
            if opts.get("bar"):
                d.rectangle([margin - 8, y - 6, width - margin + 8, y + lh], fill=fill)
            for ln in wrap(d, b[1], f, inner):
                d.text((margin, y), ln, font=f, fill="black")
                y += lh
            if not opts.get("bar"):
                d.line([margin, y + 2, width - margin, y + 2], fill=accent, width=3)
                y += 10
            else:
                y += 10
        elif kind in ("p", "small"):
            f = font(reg, size if kind == "p" else size * 0.84)
            l2 = lh if kind == "p" else int(size * 1.12)
            for ln in wrap(d, b[1], f, inner):
                d.text((margin, y), ln, font=f, fill="black")
                y += l2
            y += int(size * 0.45)
        elif kind == "kv":
            fl, fv = font(bold, size), font(reg, size)
            lw = opts.get("lw", 0.38) * inner
            top = y
            if opts.get("box"):
                y += 12
            for r in b[1]:
                ry = y
                lab_lines = wrap(d, r[0], fl, lw - 16)
                val_lines = wrap(d, r[1], fv, inner - lw - 10)
                for i, ln in enumerate(lab_lines):
                    d.text((margin + (12 if opts.get("box") else 0), y + i * lh), ln, font=fl, fill="black")
                for i, ln in enumerate(val_lines):
                    d.text((margin + lw, y + i * lh), ln, font=fv, fill="black")
                y += lh * max(len(lab_lines), len(val_lines)) + 4
                if len(r) > 2:
                    mark(r[2], (margin + lw, ry, margin + lw + d.textlength(val_lines[0], font=fv), ry + lh))
                if opts.get("grid"):
                    d.line([margin, y, width - margin, y], fill=accent, width=2)
                    y += 4
            if opts.get("box"):
                y += 8
                d.rectangle([margin - 6, top, width - margin + 6, y], outline=accent, width=3)
            y += int(size * 0.5)
        elif kind == "table":
            header, rows = b[1], b[2]
            fs = size * opts.get("scale", 0.86)
            fh, fr = font(bold, fs), font(reg, fs)
            lens = [max([len(header[i])] + [len(r[i]) for r in rows]) + 2 for i in range(len(header))]
            tot = sum(lens)
            ws = [inner * n / tot for n in lens]
            xs = [margin]
            for w_ in ws:
                xs.append(xs[-1] + w_)
            rl = int(fs * 1.35)
            d.rectangle([margin, y, width - margin, y + rl + 6], fill=fill)
            for i, hd in enumerate(header):
                d.text((xs[i] + 6, y + 4), hd, font=fh, fill="black")
            y += rl + 8
            for r in rows:
                cell_lines = [wrap(d, c, fr, ws[i] - 10) for i, c in enumerate(r)]
                n = max(len(c) for c in cell_lines)
                for i, cl in enumerate(cell_lines):
                    for k, ln in enumerate(cl):
                        d.text((xs[i] + 6, y + k * rl), ln, font=fr, fill="black")
                y += n * rl + 4
                d.line([margin, y, width - margin, y], fill=accent, width=1)
                y += 4
            if opts.get("grid"):
                for x in xs:
                    d.line([x, y0, x, y], fill=accent, width=2)
                d.rectangle([margin, y0, width - margin, y], outline=accent, width=2)
            y += int(size * 0.6)
        elif kind == "addr":
            f = font(bold if opts.get("bold") else reg, size)
            for ln in b[1]:
                d.text((margin + opts.get("indent", 0), y), ln, font=f, fill="black")
                y += lh
            y += int(size * 0.45)
        elif kind == "sp":
            y += int(size * 0.8)
        elif kind == "rule":
            d.line([margin, y + 6, width - margin, y + 6], fill=accent, width=3)
            y += 18
        elif kind == "perf":
            y += int(size * 0.6)
            for x in range(margin - 60, width - margin + 60, 18):
                d.line([x, y, x + 9, y], fill=(90, 90, 90), width=2)
            tags["perf_y"] = [(0, y, width, y)]
            f = font(reg, size * 0.8)
            d.text((width // 2 - d.textlength(b[1], font=f) / 2, y + 8), b[1], font=f, fill="black")
            y += int(size * 1.6)
        mark(tag, (margin - 10, y0, width - margin + 10, y))
    return img, tags, y


def render(blocks, width=1700, height=2200, margin=110, size=27, accent=(0, 0, 0), fill=(225, 225, 225),
           family="sans"):
    s = size
    while True:
        img, tags, y = _render(blocks, s, width, height * 2, margin, accent, fill, family)
        if y + margin <= height or s <= 19:
            break
        s -= 1
    h = max(height, y + margin)
    return img.crop((0, 0, width, h)), tags


# ---------------------------------------------------------------- image helpers
def find_coeffs(dst, src):
    """PIL PERSPECTIVE coefficients mapping output points dst to input points src."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, dtype=float)
    bb = np.array([c for p in src for c in p], dtype=float)
    return np.linalg.solve(a, bb).tolist()


def place(page, bg, quad, shadow=18):
    """Warp page onto bg (RGB) so its corners land on quad (tl, tr, br, bl)."""
    w, h = page.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    co = find_coeffs(quad, src)
    warped = page.transform(bg.size, Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(bg.size, Image.PERSPECTIVE, co, Image.BICUBIC)
    if shadow:
        sh = mask.filter(ImageFilter.GaussianBlur(shadow))
        sh = Image.eval(sh, lambda v: int(v * 0.55))
        dark = Image.new("RGB", bg.size, (15, 12, 10))
        off = Image.new("L", bg.size, 0)
        off.paste(sh, (shadow // 2, shadow // 2))
        bg = Image.composite(dark, bg, off)
    bg.paste(warped, (0, 0), mask)
    return bg


def light(img, field):
    a = np.asarray(img).astype(np.float32)
    if a.ndim == 3:
        a = a * field[..., None]
    else:
        a = a * field
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def grad(w, h, cx, cy, lo, hi, radius):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / radius
    return (hi - (hi - lo) * np.clip(r, 0, 1) ** 1.6).astype(np.float32)


def noise(img, rng, sigma):
    a = np.asarray(img).astype(np.float32)
    a = a + rng.normal(0, sigma, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def texture(w, h, rng, base, amp, blur, streak=None):
    n = rng.normal(0, 1, (h // 4 + 1, w // 4 + 1)).astype(np.float32)
    im = Image.fromarray(((n * 40) + 128).clip(0, 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    if streak:
        im = im.filter(ImageFilter.BoxBlur(1)).resize((w // streak[0] + 1, h // streak[1] + 1)).resize((w, h))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    t = (np.asarray(im).astype(np.float32) - 128) / 40.0
    out = np.stack([base[i] + amp * t for i in range(3)], axis=-1)
    return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def rounded_mask(size, r):
    m = Image.new("L", size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, size[0] - 1, size[1] - 1], r, fill=255)
    return m


# ---------------------------------------------------------------- devices (each returns image, words drawn)
def dev_date_imprint(page, rng, stamp_text):
    """Compact camera on a kraft-paper shipping box, orange date imprint burned into the corner."""
    W, H = 2200, 2750
    bg = texture(W, H, rng, (176, 132, 88), 14, 2, streak=(1, 14))
    # corrugation shadow stripes of the box
    a = np.asarray(bg).astype(np.float32)
    xs = np.arange(W)
    a *= (1 + 0.035 * np.sin(xs / 9.0))[None, :, None]
    bg = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    quad = [(170, 150), (2030, 215), (2075, 2600), (120, 2560)]
    img = place(page, bg, quad, shadow=22)
    img = light(img, grad(W, H, 700, 500, 0.78, 1.04, 2600))
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    img = noise(img, rng, 5)
    # warm compact-camera cast
    a = np.asarray(img).astype(np.float32)
    a[..., 0] *= 1.04
    a[..., 2] *= 0.90
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    glow = Image.new("RGB", (W, H), (0, 0, 0))
    gd = ImageDraw.Draw(glow)
    f = font(MONO_B, 70)
    tw = gd.textlength(stamp_text, font=f)
    gd.text((W - tw - 90, H - 150), stamp_text, font=f, fill=(255, 120, 20))
    halo = glow.filter(ImageFilter.GaussianBlur(6))
    sharp = glow.filter(ImageFilter.GaussianBlur(0.8))
    a = np.asarray(img).astype(np.float32) + np.asarray(halo).astype(np.float32) * 0.9 \
        + np.asarray(sharp).astype(np.float32) * 0.8
    return Image.fromarray(a.clip(0, 255).astype(np.uint8)), [stamp_text]


def dev_dropout(page, rng):
    """Office scanner in red-dropout mode: red rules and shading vanish to faint ghosts; grey PNG."""
    a = np.asarray(page).astype(np.float32)
    g = np.minimum(255, 1.07 * (0.96 * a[..., 0] + 0.03 * a[..., 1] + 0.01 * a[..., 2]))
    img = Image.fromarray(g.clip(0, 255).astype(np.uint8), "L")
    img = img.rotate(-0.45, resample=Image.BICUBIC, fillcolor=250, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(img).astype(np.float32)
    a = 8 + a * 0.955
    a += rng.normal(0, 3, a.shape)
    a = np.round(a / 4) * 4
    return Image.fromarray(a.clip(0, 255).astype(np.uint8), "L"), []


def dev_marker(page, rng, boxes):
    """Black permanent-marker redaction strokes over chosen lines, then a phone photo on a cutting mat."""
    page = page.copy()
    a = np.asarray(page).astype(np.float32)
    H, W = a.shape[:2]
    ink = np.zeros((H, W), np.float32)
    for (x0, y0, x1, y1) in boxes:
        x0, x1 = int(x0) - 12, int(x1) + 30
        hgt = y1 - y0
        for k in range(3):
            yc = y0 + hgt * (0.3 + 0.2 * k) + rng.normal(0, 1.5)
            for x in range(x0, x1, 3):
                yy = int(yc + 3 * math.sin(x / 57.0 + k) + rng.normal(0, 0.8))
                th = int(9 + rng.normal(0, 1))
                ink[max(0, yy - th):yy + th, x:x + 4] = np.maximum(ink[max(0, yy - th):yy + th, x:x + 4],
                                                                   0.82 + 0.15 * rng.random())
    inkim = Image.fromarray((ink * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.6))
    ink = np.asarray(inkim).astype(np.float32) / 255.0
    streaks = 0.9 + 0.1 * np.sin(np.arange(H) / 2.3)[:, None]
    ink = np.clip(ink * streaks, 0, 1)
    col = np.array([22, 20, 26], np.float32)
    a = a * (1 - ink[..., None]) + col * ink[..., None]
    page = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    Wb, Hb = 2150, 2700
    bg = texture(Wb, Hb, rng, (36, 82, 64), 6, 3)
    d = ImageDraw.Draw(bg)
    for x in range(0, Wb, 96):
        d.line([x, 0, x, Hb], fill=(70, 120, 100), width=2)
    for y in range(0, Hb, 96):
        d.line([0, y, Wb, y], fill=(70, 120, 100), width=2)
    quad = [(150, 190), (1990, 120), (2040, 2540), (190, 2600)]
    img = place(page, bg, quad, shadow=16)
    img = light(img, grad(Wb, Hb, 1500, 300, 0.83, 1.03, 2700))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    return noise(img, rng, 4), []


def dev_planner(page, rng, month_label):
    """The notice kept in a spiral planner: open spread, coil down the middle, a month grid on the left page."""
    W, H = 3300, 2500
    bg = texture(W, H, rng, (34, 40, 64), 8, 2)
    left = Image.new("RGB", (1500, 2050), (248, 246, 238))
    ld = ImageDraw.Draw(left)
    ld.text((90, 70), month_label, font=font(SANS_B, 64), fill=(40, 40, 60))
    for r in range(6):
        for c in range(7):
            x, y = 90 + c * 190, 220 + r * 290
            ld.rectangle([x, y, x + 190, y + 290], outline=(150, 150, 170), width=2)
            day = r * 7 + c - 1
            if 1 <= day <= 31:
                ld.text((x + 12, y + 8), str(day), font=font(SANS, 34), fill=(90, 90, 110))
    bg.paste(left.rotate(0.4, expand=False, fillcolor=(34, 40, 64)), (150, 230))
    pw, ph = 1480, int(1480 * page.size[1] / page.size[0])
    pg = page.resize((pw, ph), Image.LANCZOS)
    quad = [(1700, 140), (1700 + pw + 20, 175), (1700 + pw - 10, 140 + ph + 30), (1690, 140 + ph)]
    img = place(pg, bg, quad, shadow=14)
    d = ImageDraw.Draw(img)
    cx = 1660
    for y in range(190, 2300, 62):
        d.ellipse([cx - 46, y - 6, cx + 46, y + 34], outline=(30, 30, 30), width=9)
        d.arc([cx - 44, y - 4, cx + 44, y + 32], 200, 330, fill=(200, 200, 205), width=4)
        d.rectangle([cx - 60, y + 4, cx - 44, y + 22], fill=(10, 10, 10))
    # coil shadow onto the notice's left margin
    sh = np.ones((H, W), np.float32)
    xs = np.arange(W)
    sh *= 1 - 0.35 * np.exp(-((xs - 1745) / 45.0) ** 2)[None, :]
    img = light(img, sh * grad(W, H, 2400, 600, 0.8, 1.02, 3400))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return noise(img, rng, 4), [month_label]


def dev_vintage(page, rng):
    """Phone photo run through a photo editor's vintage filter: lifted blacks, teal shadows, orange highlights, grain."""
    W, H = 2100, 2650
    bg = texture(W, H, rng, (196, 190, 182), 6, 4)
    quad = [(140, 160), (1960, 190), (1990, 2520), (110, 2480)]
    img = place(page, bg, quad, shadow=14)
    img = light(img, grad(W, H, 1050, 1300, 0.86, 1.0, 2200))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    a = np.asarray(img).astype(np.float32) / 255.0
    lum = a.mean(axis=2, keepdims=True)
    a = 0.16 + 0.78 * a
    sh = np.array([-0.02, 0.05, 0.07])
    hi = np.array([0.06, 0.02, -0.06])
    a = a + (1 - lum) * sh + lum * hi
    a = a + rng.normal(0, 0.028, a.shape[:2])[..., None]
    return Image.fromarray((a * 255).clip(0, 255).astype(np.uint8)), []


def dev_toner_save(page, rng):
    """Printed in toner-save mode (solid edges, dotted interiors), then scanned grey; TIFF."""
    g = np.asarray(page.convert("L")).astype(np.float32)
    mask = g < 128
    m_im = Image.fromarray((mask * 255).astype(np.uint8))
    er = np.asarray(m_im.filter(ImageFilter.MinFilter(3))) > 0
    edge = mask & ~er
    yy, xx = np.mgrid[0:g.shape[0], 0:g.shape[1]]
    dots = ((xx % 2 == 0) & (yy % 2 == 0)) | ((xx + yy) % 4 == 1)
    keep = edge | (er & dots)
    out = np.full(g.shape, 244.0, np.float32)
    out[keep] = 70.0
    out[mask & ~keep] = 205.0
    img = Image.fromarray(out.astype(np.uint8), "L").rotate(0.3, resample=Image.BICUBIC, fillcolor=244)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    a = np.asarray(img).astype(np.float32) + rng.normal(0, 2.0, g.shape)
    a = np.round(a / 6) * 6
    return Image.fromarray(a.clip(0, 255).astype(np.uint8), "L"), []


def dev_scanner_app(page, rng, status_time, lang="es"):
    """Screenshot of a phone document-scanner app's live camera view: blue detection quad, hint pill, shutter."""
    W, H = 1290, 2796
    img = Image.new("RGB", (W, H), (0, 0, 0))
    cam = texture(W, 2200, rng, (120, 98, 80), 10, 3)
    pw = 1140
    ph = int(pw * page.size[1] / page.size[0])
    pg = page.resize((pw, ph), Image.LANCZOS)
    quad = [(95, 170), (1215, 205), (1235, 170 + ph + 10), (60, 150 + ph)]
    cam = place(pg, cam, quad, shadow=10)
    cam = light(cam, grad(W, 2200, 640, 900, 0.8, 1.02, 1800))
    cam = noise(cam.filter(ImageFilter.GaussianBlur(0.6)), rng, 2.5)
    cam = Image.fromarray((np.round(np.asarray(cam).astype(np.float32) / 5) * 5).clip(0, 255).astype(np.uint8))
    ov = Image.new("RGBA", cam.size, (0, 0, 0, 0))
    od = ImageDraw.Draw(ov)
    q = [(p[0] + rng.normal(0, 4), p[1] + rng.normal(0, 4)) for p in quad]
    od.polygon(q, fill=(40, 120, 255, 42), outline=(40, 120, 255, 255), width=7)
    for p in q:
        od.ellipse([p[0] - 18, p[1] - 18, p[0] + 18, p[1] + 18], fill=(255, 255, 255, 255),
                   outline=(40, 120, 255, 255), width=5)
    cam = Image.alpha_composite(cam.convert("RGBA"), ov).convert("RGB")
    img.paste(cam, (0, 250))
    d = ImageDraw.Draw(img)
    d.text((90, 70), status_time, font=font(UI_B, 46), fill="white")
    d.rounded_rectangle([1060, 78, 1160, 118], 10, outline="white", width=3)
    d.rectangle([1066, 84, 1130, 112], fill="white")
    hint = "Mantenga el teléfono quieto" if lang == "es" else "Hold still"
    f = font(UI_B, 44)
    tw = d.textlength(hint, font=f)
    d.rounded_rectangle([W / 2 - tw / 2 - 40, 2300, W / 2 + tw / 2 + 40, 2390], 45, fill=(20, 20, 20))
    d.text((W / 2 - tw / 2, 2320), hint, font=f, fill="white")
    d.text((80, 190), "Cancelar" if lang == "es" else "Cancel", font=font(UI, 44), fill="white")
    d.text((W - 300, 190), "Automático" if lang == "es" else "Auto", font=font(UI, 44), fill=(255, 214, 10))
    d.ellipse([W / 2 - 95, 2520, W / 2 + 95, 2710], outline="white", width=10)
    d.ellipse([W / 2 - 75, 2540, W / 2 + 75, 2690], fill="white")
    words = [status_time, hint]
    return img, words


def dev_chat(page, rng, header, bubbles_before, bubbles_after, day_label):
    """Screenshot of a messaging thread: the member sent a photo of the notice; date divider and times."""
    W, H = 1290, 2796
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 300], fill=(247, 247, 247))
    d.text((80, 60), "9:12", font=font(UI_B, 46), fill="black")
    d.text((60, 180), "<", font=font(UI, 70), fill=(0, 122, 255))
    f = font(UI_B, 46)
    d.text((W / 2 - d.textlength(header, font=f) / 2, 195), header, font=f, fill="black")
    d.line([0, 300, W, 300], fill=(210, 210, 210), width=2)
    y = 330
    fdl = font(UI, 34)
    d.text((W / 2 - d.textlength(day_label, font=fdl) / 2, y), day_label, font=fdl, fill=(140, 140, 140))
    y += 70
    fb = font(UI, 42)
    words = [header, day_label]

    def bubble(text, me, y):
        lines = wrap(d, text, fb, 800)
        bw = max(d.textlength(l, font=fb) for l in lines) + 60
        bh = len(lines) * 56 + 34
        x0 = W - 40 - bw if me else 40
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], 40, fill=(0, 122, 255) if me else (233, 233, 235))
        for i, l in enumerate(lines):
            d.text((x0 + 30, y + 16 + i * 56), l, font=fb, fill="white" if me else "black")
        words.append(text)
        return y + bh + 22

    for t, me in bubbles_before:
        y = bubble(t, me, y)
    pw = 1150
    ph = int(pw * page.size[1] / page.size[0])
    photo = texture(pw + 40, ph + 40, rng, (150, 140, 128), 8, 3)
    pg = page.resize((pw - 30, ph - 30), Image.LANCZOS)
    photo = place(pg, photo, [(28, 22), (pw + 5, 30), (pw + 12, ph + 8), (20, ph + 2)], shadow=8)
    photo = noise(photo.filter(ImageFilter.GaussianBlur(0.55)), rng, 4).resize((pw, ph), Image.LANCZOS)
    img.paste(photo, (W - 40 - pw, y), rounded_mask((pw, ph), 44))
    y += ph + 14
    for t, me in bubbles_after:
        y = bubble(t, me, y)
    d.rectangle([0, H - 200, W, H], fill=(247, 247, 247))
    d.rounded_rectangle([150, H - 170, W - 60, H - 90], 40, outline=(200, 200, 200), width=3)
    return img.crop((0, 0, W, max(H, y + 220))), words


def dev_torn_stub(page, rng, perf_y):
    """Flatbed scan of an EOB whose payment stub was torn off along the perforation, unevenly; grey, JPEG in PDF."""
    g = np.asarray(page.convert("L")).astype(np.float32)
    H, W = g.shape
    xs = np.arange(W)
    walk = np.cumsum(rng.normal(0, 2.2, W))
    walk = walk - np.linspace(walk[0], walk[-1], W)
    edge = perf_y + 4 + walk + 28 * np.exp(-((xs - W * 0.78) / 160.0) ** 2)
    yy = np.arange(H)[:, None]
    paper = yy < edge[None, :]
    out = np.where(paper, g, 231.0)
    near = (yy >= edge[None, :]) & (yy < edge[None, :] + 14)
    out = np.where(near, out - 40 * (1 - (yy - edge[None, :]) / 14.0), out)
    fuzz = (yy >= edge[None, :] - 3) & (yy < edge[None, :] + 2) & (rng.random((H, W)) < 0.5)
    out = np.where(fuzz, 252.0, out)
    img = Image.fromarray(out.clip(0, 255).astype(np.uint8), "L")
    img = img.rotate(0.8, resample=Image.BICUBIC, fillcolor=231).filter(ImageFilter.GaussianBlur(0.7))
    return noise(img, rng, 3), []


def dev_finger(page, rng):
    """Phone photo with a fingertip over a corner of the lens: warm, blurred, translucent blob; JPEG in PDF."""
    W, H = 2150, 2700
    bg = texture(W, H, rng, (232, 230, 226), 4, 3)
    quad = [(160, 170), (2000, 140), (2020, 2560), (140, 2590)]
    img = place(page, bg, quad, shadow=12)
    img = light(img, grad(W, H, 1300, 1500, 0.84, 1.02, 2300))
    img = img.filter(ImageFilter.GaussianBlur(0.75))
    a = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    r = np.sqrt(((xx - (-80)) / 620.0) ** 2 + ((yy - (-60)) / 460.0) ** 2)
    alpha = np.clip(1.25 - r, 0, 1) ** 0.8
    skin = np.array([150, 70, 60], np.float32) * (0.55 + 0.45 * np.clip(1 - r, 0, 1))[..., None]
    a = a * (1 - alpha[..., None]) + skin * alpha[..., None]
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return noise(img, rng, 4), []


def dev_print_preview(page, rng, header_left, header_right, footer_left):
    """Desktop screenshot (3840 x 2160, 200% scaling) of a browser's Spanish print preview of a portal letter."""
    W, H = 3840, 2160
    img = Image.new("RGB", (W, H), (82, 86, 89))
    d = ImageDraw.Draw(img)
    ph = 2010
    pw = int(ph * page.size[0] / (page.size[1] + 120))
    sheet = Image.new("RGB", (page.size[0], page.size[1] + 120), "white")
    sd = ImageDraw.Draw(sheet)
    sheet.paste(page, (0, 60))
    fsm = font(SANS, 22)
    sd.text((40, 20), header_left, font=fsm, fill="black")
    sd.text((sheet.size[0] - 40 - sd.textlength(header_right, font=fsm), 20), header_right, font=fsm, fill="black")
    sd.text((40, sheet.size[1] - 45), footer_left, font=fsm, fill="black")
    sd.text((sheet.size[0] - 120, sheet.size[1] - 45), "1/2", font=fsm, fill="black")
    sh = sheet.resize((pw, ph), Image.LANCZOS)
    x0 = (W - 1100 - pw) // 2
    d.rectangle([x0 + 8, 78, x0 + pw + 8, 78 + ph], fill=(50, 50, 52))
    img.paste(sh, (x0, 70))
    d.rectangle([W - 1100, 0, W, H], fill=(255, 255, 255))
    fx, fb = font(UI, 40), font(UI_B, 52)
    d.text((W - 1040, 60), "Imprimir", font=fb, fill=(32, 33, 36))
    d.text((W - 380, 72), "2 hojas de papel", font=font(UI, 34), fill=(95, 99, 104))
    rows = [("Destino", "Guardar como PDF"), ("Páginas", "Todo"), ("Diseño", "Vertical"),
            ("Color", "Color"), ("Más ajustes", "")]
    y = 220
    for lab, val in rows:
        d.text((W - 1040, y), lab, font=fx, fill=(32, 33, 36))
        if val:
            d.rounded_rectangle([W - 600, y - 20, W - 70, y + 60], 8, outline=(218, 220, 224), width=3)
            d.text((W - 570, y), val, font=fx, fill=(32, 33, 36))
        y += 150
    d.rounded_rectangle([W - 560, H - 160, W - 330, H - 70], 12, fill=(26, 115, 232))
    d.text((W - 520, H - 140), "Guardar", font=fx, fill="white")
    d.rounded_rectangle([W - 300, H - 160, W - 70, H - 70], 12, outline=(218, 220, 224), width=3)
    d.text((W - 270, H - 140), "Cancelar", font=fx, fill=(26, 115, 232))
    words = [header_left, header_right, footer_left] + [r[0] + " " + r[1] for r in rows]
    return img, words


# ---------------------------------------------------------------- file writers
def save_docx(path, build):
    import docx
    doc = docx.Document()
    build(doc)
    fixed = dt.datetime(2026, 11, 30, 9, 0, 0)
    cp = doc.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "FICTIONAL"
    cp.last_modified_by = "FICTIONAL"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def save_image_pdf(path, img, quality=80):
    import img2pdf
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, dpi=(200, 200))
    kw = {"nodate": True}
    try:
        data = img2pdf.convert(buf.getvalue(), engine=img2pdf.Engine.internal, **kw)
    except (AttributeError, TypeError):
        data = img2pdf.convert(buf.getvalue(), **kw)
    with open(path, "wb") as fh:
        fh.write(data)


# ---------------------------------------------------------------- read back
def html_to_text(h):
    import html as H
    h = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|dt|dd|table|section|header|footer)>", "\n", h)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    return H.unescape(h)


def read_back(path):
    p = str(path)
    if p.endswith(".pdf"):
        import pypdf
        return "\n".join((pg.extract_text() or "") for pg in pypdf.PdfReader(p).pages)
    if p.endswith(".docx"):
        import docx
        doc = docx.Document(p)
        parts = [para.text for para in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if p.endswith(".eml"):
        import email
        from email import policy
        with open(p, "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=policy.default)
        parts = [f"{k}: {v}" for k, v in msg.items()]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                c = part.get_content()
                parts.append(html_to_text(c) if part.get_content_subtype() == "html" else c)
        return "\n".join(parts)
    if p.endswith((".html", ".htm")):
        return html_to_text(open(p, encoding="utf-8").read())
    if p.endswith(".txt"):
        return open(p, encoding="utf-8").read()
    return None
