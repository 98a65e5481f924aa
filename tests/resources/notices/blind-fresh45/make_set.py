#!/usr/bin/env python3
"""Build blind intake set 45 (FICTIONAL): every notice, its key, and a self-check.

Usage: make_set.py [NN ...]   (no argument: rebuild all 18). Exits 1 when a check fails.
"""
import datetime as dt
import email
import email.policy
import html
import io
import json
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from html.parser import HTMLParser

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dates as DT  # noqa: E402
from cases import CASES, FICT_EN  # noqa: E402

TODAY = dt.date(2026, 12, 7)
FONT_DIR = "/usr/share/fonts/truetype/liberation2/"
PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "short_term", "unknown"}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "coordination_of_benefits",
              "benefit_limit", "other"}


def font(size, bold=False, mono=False):
    name = ("LiberationMono" if mono else "LiberationSans") + ("-Bold" if bold else "-Regular") + ".ttf"
    return ImageFont.truetype(FONT_DIR + name, size)


# ---------------------------------------------------------------- text model
def cell_text(c):
    return c if isinstance(c, str) else " ".join(x for x in c if x)


def flatten(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            out.append(b[1])
        elif k == "kv":
            out += [f"{a} {v}" for a, v in b[1]]
        elif k == "table":
            out.append("  ".join(b[1]))
            out += ["  ".join(c for c in r if c) for r in b[2]]
        elif k == "lines":
            out += b[1]
        elif k == "cols":
            for a, v in b[1] + b[2]:
                out.append(f"{a} {v}".strip())
    return out


# ---------------------------------------------------------------- page image
def render_page(blocks, width=1700, body=30):
    W, M = width, 120
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f_body, f_bold = font(body), font(body, True)
    f_small, f_h, f_title = font(body - 6), font(body + 2, True), font(body + 12, True)
    y = M
    avail = W - 2 * M

    def wrap(text, f, maxw):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=f) <= maxw:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    for i, b in enumerate(blocks):
        k = b[0]
        if k == "title":
            y += 14
            d.text((M, y), b[1], font=f_title, fill=0)
            y += body + 34
        elif k == "h":
            y += 12
            for ln in wrap(b[1], f_h, avail):
                d.text((M, y), ln, font=f_h, fill=0)
                y += body + 12
            y += 4
        elif k in ("p", "small"):
            f = f_small if k == "small" else f_body
            for ln in wrap(b[1], f, avail):
                d.text((M, y), ln, font=f, fill=0)
                y += (body - 6 if k == "small" else body) + 10
            y += 14
        elif k == "kv":
            lw = max(d.textlength(a, font=f_bold) for a, _ in b[1]) + 30
            for a, v in b[1]:
                d.text((M, y), a, font=f_bold, fill=0)
                d.text((M + lw, y), v, font=f_body, fill=0)
                y += body + 12
            y += 12
        elif k == "lines":
            for j, ln in enumerate(b[1]):
                f = f_bold if (i == 0 and j == 0) else f_body
                d.text((M, y), ln, font=f, fill=0)
                y += body + 10
            y += 14
        elif k == "cols":
            y0 = y
            for col, x in ((b[1], M), (b[2], M + avail // 2 + 20)):
                yy = y0
                for a, v in col:
                    if a:
                        d.text((x, yy), a, font=f_small, fill=0)
                        yy += body - 2
                    d.text((x, yy), v, font=f_bold if not a else f_body, fill=0)
                    yy += body + 14
                y = max(y, yy)
            y += 16
        elif k == "rule":
            d.line((M, y, W - M, y), fill=0, width=2)
            y += 16
        elif k == "table":
            head, rows = b[1], b[2]
            for size in range(body, 15, -1):
                fb, fh = font(size), font(size, True)
                span = [r for r in rows if r[0] and not any(r[1:])]
                widths = [max([d.textlength(head[c], font=fh)] +
                              [d.textlength(r[c], font=fb) for r in rows if r not in span]) + 26
                          for c in range(len(head))]
                if sum(widths) <= avail:
                    break
            xs = [M]
            for w_ in widths[:-1]:
                xs.append(xs[-1] + w_)
            d.line((M, y - 4, W - M, y - 4), fill=0, width=2)
            hl = [wrap(h_, fh, widths[c] - 20) for c, h_ in enumerate(head)]
            for c, lines_ in enumerate(hl):
                for j, ln in enumerate(lines_):
                    d.text((xs[c], y + j * (size + 6)), ln, font=fh, fill=0)
            y += max(len(x) for x in hl) * (size + 6) + 8
            d.line((M, y, W - M, y), fill=0, width=1)
            y += 8
            for r in rows:
                if r in span:
                    d.text((M, y), r[0], font=fh, fill=0)
                else:
                    for c, v in enumerate(r):
                        d.text((xs[c], y), v, font=fb, fill=0)
                y += size + 14
            d.line((M, y, W - M, y), fill=0, width=1)
            y += 22
    h = max(2200, y + M)
    return img.crop((0, 0, W, h))


# ---------------------------------------------------------------- devices (seeded numpy / Pillow)
def coeffs(dst, src):
    """PERSPECTIVE coefficients mapping output points dst to input points src."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def place(page_rgb, scene, quad):
    """Warp page_rgb onto the RGB scene (uint8 array) at quad (tl, tr, br, bl)."""
    H, W = scene.shape[:2]
    w, h = page_rgb.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    c = coeffs(quad, src)
    warped = page_rgb.transform((W, H), Image.PERSPECTIVE, c, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, c, Image.BILINEAR)
    m = np.asarray(mask, float)[..., None] / 255
    return scene * (1 - m) + np.asarray(warped, float) * m, m[..., 0]


def smooth_noise(rng, shape, scale):
    small = rng.random((max(2, shape[0] // scale), max(2, shape[1] // scale)))
    return np.asarray(Image.fromarray((small * 255).astype(np.uint8)).resize(shape[::-1], Image.BICUBIC), float) / 255


def to_img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def grad_map(H, W, cx, cy, r):
    yy, xx = np.mgrid[0:H, 0:W]
    return np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)))


def dev_sodium_car(page, rng):
    w, h = page.size
    W, H = 1800, int(h * 1.05)
    scene = np.zeros((H, W, 3)) + np.array([22, 20, 24]) + smooth_noise(rng, (H, W), 40)[..., None] * 18
    quad = [(190, 120), (1640, 60), (1740, H - 110), (60, H - 40)]
    rgb = page.convert("RGB")
    a, m = place(rgb, scene, quad)
    d = ImageDraw.Draw(to_img(a))
    img = to_img(a)
    d = ImageDraw.Draw(img)
    d.ellipse((-700, H - 230, 900, H + 1100), outline=(14, 13, 15), width=70)  # steering wheel rim, bottom left
    a = np.asarray(img, float)
    lum = a.mean(axis=2)
    light = 0.38 + 0.62 * grad_map(H, W, W * 0.85, -200, W * 0.9)
    lum = lum * light
    sodium = np.stack([lum * 1.0, lum * 0.63, lum * 0.18], axis=2)
    sodium += rng.normal(0, 9, sodium.shape)
    out = to_img(sodium).filter(ImageFilter.GaussianBlur(1.1))
    return out, "JPEG", dict(quality=80)


def dev_tungsten_lamp(page, rng):
    w, h = page.size
    W, H = 1900, int(h * 1.08)
    n = smooth_noise(rng, (H, W), 90)
    scene = np.stack([150 + 40 * n, 165 + 40 * n, 190 + 40 * n], axis=2)  # pale blue bed sheet, folds
    quad = [(150, 140), (1700, 210), (1810, H - 90), (70, H - 160)]
    a, m = place(page.convert("RGB"), scene, quad)
    light = 0.22 + 0.80 * grad_map(H, W, -150, -100, W * 0.85)
    a = a * light[..., None] * np.array([1.0, 0.80, 0.52])
    a += rng.normal(0, 7, a.shape)
    a += rng.normal(0, 5, (H, W, 1))
    return to_img(a).filter(ImageFilter.GaussianBlur(0.8)), "JPEG", dict(quality=78)


def dev_fax_speckle_zfold(page, rng):
    w, h = page.size
    W = 1728
    img = Image.new("L", (W, h), 255)
    img.paste(page, (14, 0))
    a = np.asarray(img, float)
    for fy in (h // 3, 2 * h // 3):                       # a letter folded in thirds before faxing
        a[fy:] = np.roll(a[fy:], 2, axis=1)
        dash = rng.random(W) < 0.55
        a[fy, dash] = 0
        a[fy + 1, dash & (rng.random(W) < 0.5)] = 0
    bw = a < 150
    sp = rng.random(bw.shape) < 0.0018                   # speckle
    sp = sp | np.roll(sp, 1, axis=1) & (rng.random(bw.shape) < 0.5)
    bw = bw | sp
    bw = bw & ~(rng.random(bw.shape) < 0.025)            # dropouts in the strokes
    out = Image.fromarray(np.where(bw, 0, 255).astype(np.uint8)).convert("1")
    return out, "TIFF", dict(compression="group4", dpi=(204, 196))


def verso_page(rng, width, height):
    blocks = [("h", "Información importante / Important information"),
              ("p", "This side of the page explains your rights in general terms. It lists the offices that can "
                    "help you, what the words on the front mean, and how long each step usually takes. " * 6),
              ("p", "Keep this notice with your records. " * 20)]
    v = render_page(blocks, width)
    return v.crop((0, 0, width, height)).transpose(Image.FLIP_LEFT_RIGHT)


def dev_show_through(page, rng):
    w, h = page.size
    v = np.asarray(verso_page(rng, w, h).filter(ImageFilter.GaussianBlur(2.2)), float)
    a = np.asarray(page, float)
    paper = 236 + 6 * smooth_noise(rng, (h, w), 120)
    out = a / 255 * paper
    out = out * (1 - 0.17 * (1 - v / 255))
    out += rng.normal(0, 1.2, out.shape)
    img = to_img(out).rotate(-0.35, resample=Image.BICUBIC, fillcolor=236)
    return img, "PNG", dict(optimize=True)


def dev_photocopy_gen3(page, rng):
    img = page
    h, w = page.size[1], page.size[0]
    for gen in range(3):
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(img, float)
        a = np.where(a < 170, a * 0.55, np.minimum(255, a * 1.03))     # contrast creep
        a = a - 22 * smooth_noise(rng, (h, w), 200) * (gen + 1) / 3   # grey blotches
        dots = rng.random(a.shape) < 0.0006
        a[dots] = 40
        img = to_img(a).transform((w, h), Image.AFFINE, (0.997, 0.002, 1.5, -0.001, 0.997, 2.0),
                                  Image.BICUBIC, fillcolor=210)
    img = img.filter(ImageFilter.MinFilter(3)).filter(ImageFilter.GaussianBlur(0.5))
    a = np.asarray(img, float)
    lid = np.linspace(0, 1, w)[None, :] ** 8 * 120                      # lid shadow at the right edge
    a = a - lid
    return to_img(a), "JPEG-PDF", dict(quality=82, dpi=200)


def dev_messenger(page, rng):
    w, h = page.size
    W, H = 1800, int(h * 1.06)
    n = smooth_noise(rng, (H, W), 60)
    scene = np.stack([120 + 30 * n, 96 + 26 * n, 70 + 20 * n], axis=2)       # wooden table
    quad = [(110, 90), (1700, 130), (1720, H - 70), (80, H - 110)]
    a, m = place(page.convert("RGB"), scene, quad)
    a = a * np.array([1.0, 0.97, 0.92]) + rng.normal(0, 4, a.shape)
    img = to_img(a)
    img = img.resize((1080, int(H * 1080 / W)), Image.LANCZOS)
    for q in (42, 34):                                                        # sent on, then saved again
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=q, subsampling=2)
        img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return img, "JPEG", dict(quality=34)


def dev_chromatic_dof(page, rng):
    w, h = page.size
    W, H = 1900, int(h * 1.06)
    n = smooth_noise(rng, (H, W), 25)
    scene = np.stack([205 + 20 * n, 190 + 20 * n, 160 + 18 * n], axis=2)   # beige tray-table laminate
    quad = [(260, 110), (1640, 110), (1840, H - 60), (60, H - 60)]
    a, m = place(page.convert("RGB"), scene, quad)
    img = to_img(a * 0.93)
    r, g, b = img.split()
    def scale(ch, s):
        return ch.transform((W, H), Image.AFFINE, (1 / s, 0, W / 2 * (1 - 1 / s), 0, 1 / s, H / 2 * (1 - 1 / s)),
                            Image.BICUBIC)
    img = Image.merge("RGB", (scale(r, 1.0035), g, scale(b, 0.9965)))
    blur = np.asarray(img.filter(ImageFilter.GaussianBlur(1.9)), float)
    sharp = np.asarray(img, float)
    t = np.clip((np.arange(H) / H - 0.35) / 0.65, 0, 1)[:, None, None] * 0.8
    out = sharp * (1 - t) + blur * t + rng.normal(0, 3, sharp.shape)
    return to_img(out), "JPEG", dict(quality=84)


def dev_backlit(page, rng):
    w, h = page.size
    W, H = 1800, int(h * 1.05)
    scene = np.zeros((H, W, 3)) + np.array([246, 250, 255])
    scene[:, 880:930] = [70, 66, 60]          # window mullion
    scene[H // 2 - 20:H // 2 + 20] = [70, 66, 60]
    v = np.asarray(verso_page(rng, w, h).filter(ImageFilter.GaussianBlur(1.6)), float)
    a = np.asarray(page, float)
    paper = 205 + 15 * smooth_noise(rng, (h, w), 30)                   # fibres lit from behind
    p = a / 255 * (paper - 105) + 105
    p = p * (1 - 0.28 * (1 - v / 255))
    prgb = to_img(np.stack([p * 0.98, p * 0.99, p], axis=2))
    quad = [(140, 100), (1690, 150), (1670, H - 80), (110, H - 60)]
    out, m = place(prgb, scene, quad)
    out += rng.normal(0, 5, out.shape)
    return to_img(out).filter(ImageFilter.GaussianBlur(0.6)), "JPEG", dict(quality=82)


def dev_fax_dust_lines(page, rng):
    w, h = page.size
    W = 1728
    img = Image.new("L", (W, h), 255)
    img.paste(page, (14, 0))
    img = img.rotate(0.55, resample=Image.BICUBIC, fillcolor=255)
    bw = np.asarray(img) < 140
    for x, wid, brk in ((402, 2, 0.0), (1133, 1, 0.2), (1519, 3, 0.05)):   # dust on the scan bar
        col = rng.random(h) > brk
        for k in range(wid):
            bw[:, x + k] |= col
    out = Image.fromarray(np.where(bw, 0, 255).astype(np.uint8)).convert("1")
    return out, "TIFF", dict(compression="group4", dpi=(204, 196))


def dev_inkjet_lowink(page, rng):
    a = np.asarray(page, float)
    h, w = a.shape
    ink = 1 - a / 255
    rows = np.arange(h)
    band = 1 - 0.42 * ((rows // 9) % 7 == 3)            # banding where the head passes again
    nozzle = 1 - 0.95 * (rows % 18 == 5)                 # a clogged nozzle row
    ink = ink * (band * nozzle)[:, None]
    base = np.array([255, 255, 252.0])
    col = np.array([168, 205, 150.0])                    # composite "black": what ink is left
    rgb = base - ink[..., None] * col
    img = to_img(rgb).resize((int(w * 0.75), int(h * 0.75)), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.4))
    return img, "JPEG-PDF", dict(quality=85, dpi=150)


def dev_magenta_wrinkle(page, rng):
    w, h = page.size
    page = page.resize((1400, int(h * 1400 / w)), Image.LANCZOS)
    w, h = page.size
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    field = np.zeros((h, w))
    for _ in range(7):
        ang, fr, ph = rng.random() * np.pi, 0.004 + rng.random() * 0.01, rng.random() * 6.28
        field += np.sin((xx * np.cos(ang) + yy * np.sin(ang)) * fr + ph) / 7
    dx, dy = field * 3.0, np.roll(field, 40, axis=0) * 3.0
    a = np.asarray(page, float)
    xi = np.clip(xx + dx, 0, w - 1).astype(int)
    yi = np.clip(yy + dy, 0, h - 1).astype(int)
    a = a[yi, xi]
    shade = 1 + 0.6 * np.gradient(field, axis=1) * 40
    a = a * np.clip(shade, 0.82, 1.1)
    tilt = np.linspace(0.0, 1.0, w)[None, :]
    rgb = np.stack([a, a * (0.90 - 0.06 * tilt), a * (0.97 - 0.02 * tilt)], axis=2)
    return to_img(rgb), "TIFF", dict(compression="tiff_deflate", dpi=(165, 165))


DEVICES = {k[4:]: v for k, v in globals().items() if k.startswith("dev_")}


def save_image(img, fmt, opts, path):
    if fmt == "JPEG-PDF":
        import img2pdf
        buf = io.BytesIO()
        img.convert("RGB" if img.mode == "RGB" else "L").save(buf, "JPEG", quality=opts["quality"])
        dpi = opts["dpi"]
        layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
        with open(path, "wb") as f:
            f.write(img2pdf.convert(buf.getvalue(), layout_fun=layout, nodate=True, engine=img2pdf.Engine.internal))
    else:
        img.save(path, fmt, **opts)


# ---------------------------------------------------------------- text PDF, Word, HTML, e-mail, text
def write_pdf(blocks, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("LS", FONT_DIR + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", FONT_DIR + "LiberationSans-Bold.ttf"))
    st = {"p": ParagraphStyle("p", fontName="LS", fontSize=9.5, leading=12, spaceAfter=5),
          "small": ParagraphStyle("s", fontName="LS", fontSize=7.5, leading=9, spaceAfter=4),
          "h": ParagraphStyle("h", fontName="LSB", fontSize=10, leading=13, spaceBefore=7, spaceAfter=3),
          "title": ParagraphStyle("t", fontName="LSB", fontSize=14, leading=18, spaceBefore=4, spaceAfter=6)}
    flow = []
    for i, b in enumerate(blocks):
        k = b[0]
        if k in st:
            flow.append(Paragraph(html.escape(b[1]), st[k]))
        elif k == "lines":
            for j, ln in enumerate(b[1]):
                s = ParagraphStyle("l", parent=st["p"], spaceAfter=0,
                                   fontName="LSB" if i == 0 and j == 0 else "LS")
                flow.append(Paragraph(html.escape(ln), s))
            flow.append(Spacer(1, 6))
        elif k == "kv":
            t = Table([[a, v] for a, v in b[1]], colWidths=[90, 390], hAlign="LEFT")
            t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "LSB", 9), ("FONT", (1, 0), (1, -1), "LS", 9),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            flow += [t, Spacer(1, 6)]
        elif k == "table":
            t = Table([b[1]] + b[2], hAlign="LEFT", repeatRows=1)
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LSB", 8), ("FONT", (0, 1), (-1, -1), "LS", 8),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")),
                                   ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey)]))
            flow += [t, Spacer(1, 6)]
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=54, rightMargin=54, topMargin=48, bottomMargin=48,
                            title="Explanation of Benefits (FICTIONAL)", author="Harborline (fictional)",
                            invariant=1)
    doc.build(flow)


def write_docx(blocks, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(11)
    for i, b in enumerate(blocks):
        k = b[0]
        if k in ("p", "small", "h", "title"):
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = k in ("h", "title")
            if k == "small":
                r.font.size = Pt(8)
        elif k == "lines":
            p = d.add_paragraph()
            for j, ln in enumerate(b[1]):
                r = p.add_run(ln)
                r.bold = i == 0 and j == 0
                if j < len(b[1]) - 1:
                    r.add_break()
    cp = d.core_properties
    fixed = dt.datetime(2026, 11, 16, 9, 0, 0)
    cp.created = cp.modified = fixed
    cp.author = cp.last_modified_by = "Covenant Ministries Benefit Board (fictional)"
    cp.title = "Claim determination (FICTIONAL)"
    tmp = path + ".tmp"
    d.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda z: z.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))
    os.remove(tmp)


def blocks_html(blocks):
    e = html.escape
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "small":
            out.append(f'<p class="small">{e(b[1])}</p>')
        elif k == "kv":
            out.append('<dl class="facts">' + "".join(
                f"<div><dt>{e(a)}</dt><dd>{e(v)}</dd></div>" for a, v in b[1]) + "</dl>")
        elif k == "table":
            out.append("<table class=\"lines\"><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) +
                       "</tr></thead><tbody>" + "".join(
                           "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2]) +
                       "</tbody></table>")
        elif k == "lines":
            out.append("<p>" + "<br>\n".join(e(x) for x in b[1]) + "</p>")
    return "\n".join(out)


PORTAL_CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d2733}
.stamp{font-size:11px;color:#555;display:flex;justify-content:space-between;padding:4px 10px}
header{background:#14476b;color:#fff;padding:10px 20px}
nav a{color:#fff;margin-right:18px}
.wrap{display:flex;gap:24px;padding:16px 20px}
aside{width:34%} main{flex:1}
dl.facts div{display:grid;grid-template-columns:170px 1fr}
dt{font-weight:bold} dd{margin:0 0 4px 0}
table{border-collapse:collapse} th,td{border:1px solid #c9d3dd;padding:4px 8px;font-size:14px}
.small{font-size:11px;color:#444}
.promo{display:none}
@media (max-width:600px){.wrap{display:block} aside{width:auto}}
"""


def write_portal(case, path):
    x = case["extra"]
    es = case["lang"] == "es"
    e = html.escape
    rows = "".join(f"<tr><td><a href=\"#\">{e(c)}</a></td><td>{e(d_)}</td><td>{e(p)}</td><td>{e(s)}</td>"
                   f"<td>{e(a)}</td></tr>" for c, d_, p, s, a in x["claims"])
    head = (["Reclamación", "Fechas", "Proveedor", "Estado", "Pagado"] if es else
            ["Claim", "Dates", "Provider", "Status", "Plan paid"])
    nav = (["Inicio", "Reclamaciones", "Beneficios", "Formularios y documentos", "Mensajes"] if es else
           ["Home", "Claims", "Benefits", "Forms & Documents", "Messages"])
    doc = f"""<!DOCTYPE html>
<html lang="{case['lang']}"><head><meta charset="utf-8"><title>{e(x['title'])}</title>
<style>{PORTAL_CSS}</style>
<script>window.dataLayer=window.dataLayer||[];function track(){{return false}}</script>
</head><body>
<div class="stamp"><span>{e(x['stamp'])}</span><span>{e(x['title'])}</span></div>
<header><strong>{e(x['title'].split('|')[-1].strip())}</strong>
<nav>{''.join(f'<a href="#">{e(n)}</a>' for n in nav)}</nav>
<div>{e(x['signed'])}</div></header>
<div class="promo">{'Descargue nuestra aplicación' if es else 'Get our app'}</div>
<div class="wrap">
<aside><h3>{'Reclamaciones recientes' if es else 'Recent claims'}</h3>
<table><thead><tr>{''.join(f'<th>{e(h)}</th>' for h in head)}</tr></thead><tbody>{rows}</tbody></table></aside>
<main>
{blocks_html(case['blocks'])}
</main></div>
<div class="stamp"><span>{e(x['url'])}</span><span>1/1</span></div>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def blocks_text(blocks, width=78):
    import textwrap
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += ["", b[1], "=" * len(b[1]), ""]
        elif k == "h":
            out += ["", b[1], "-" * len(b[1])]
        elif k in ("p", "small"):
            out += textwrap.wrap(b[1], width) + [""]
        elif k == "kv":
            lw = max(len(a) for a, _ in b[1]) + 2
            out += [a.ljust(lw) + v for a, v in b[1]] + [""]
        elif k == "lines":
            out += b[1] + [""]
        elif k == "table":
            wd = [max(len(r[c]) for r in [b[1]] + b[2]) + 2 for c in range(len(b[1]))]
            out.append("".join(h.ljust(wd[c]) for c, h in enumerate(b[1])).rstrip())
            out.append("".join("-" * (wd[c] - 2) + "  " for c in range(len(wd))).rstrip())
            out += ["".join(v.ljust(wd[c]) for c, v in enumerate(r)).rstrip() for r in b[2]]
            out.append("")
    return "\n".join(out) + "\n"


def write_eml(case, path):
    x = case["extra"]
    n = case["n"]
    if n == 3:     # the plan's e-mail attached as a message (message/rfc822)
        inner = EmailMessage()
        inner["From"], inner["To"] = x["inner_from"], x["inner_to"]
        inner["Date"], inner["Subject"] = x["inner_date"], x["inner_subject"]
        inner["Message-ID"] = "<eob.shp2611-087731@northfield-shp.example>"
        inner.set_content("This message has an HTML version. If you cannot see it, sign in at "
                          "https://members.northfield-shp.example to read your Explanation of Benefits.\n")
        inner.add_alternative("<!DOCTYPE html><html><body style=\"font-family:Arial\">" + blocks_html(case["blocks"])
                              + "</body></html>", subtype="html")
        inner.set_boundary("==nfs-alt-0003==")
        outer = EmailMessage()
        outer["From"], outer["To"] = x["outer_from"], x["outer_to"]
        outer["Date"], outer["Subject"] = x["outer_date"], x["outer_subject"]
        outer["Message-ID"] = "<fwd-0003@mail.calloway-su.example>"
        outer.set_content(x["outer_note"] + "\n")
        outer.add_attachment(inner)
        outer.set_boundary("==outer-mixed-0003==")
    else:          # Spanish forward with the notice pasted in the body
        outer = EmailMessage()
        outer["From"], outer["To"] = x["outer_from"], x["outer_to"]
        outer["Date"], outer["Subject"] = x["outer_date"], x["outer_subject"]
        outer["Message-ID"] = "<rv-0014@correo.example>"
        plain = x["outer_note"] + "\n\n" + "\n".join(x["fwd_header"]) + "\n\n" + blocks_text(case["blocks"])
        outer.set_content(plain)
        h = ("<!DOCTYPE html><html><body><div dir=\"ltr\">" + html.escape(x["outer_note"]) + "</div><br>"
             "<div class=\"gmail_quote\">" + "<br>".join(html.escape(t) for t in x["fwd_header"]) +
             "<br><br>" + blocks_html(case["blocks"]) + "</div></body></html>")
        outer.add_alternative(h, subtype="html")
        outer.set_boundary("==rv-alt-0014==")
    with open(path, "wb") as f:
        f.write(bytes(outer))


# ---------------------------------------------------------------- reading back for the check
class Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "title"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def strip_html(s):
    p = Strip()
    p.feed(s)
    return "".join(p.out)


def read_back(case, path):
    k = case["kind"]
    if k == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    if k == "docx":
        import docx
        return "\n".join(p.text for p in docx.Document(path).paragraphs)
    if k == "html":
        return strip_html(open(path, encoding="utf-8").read())
    if k == "txt":
        return open(path, encoding="utf-8").read()
    if k == "eml":
        msg = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
        parts = []
        for part in msg.walk():
            for hname in ("From", "To", "Date", "Subject"):
                if part.get(hname):
                    parts.append(f"{hname}: {part[hname]}")
            if part.get_content_type() == "text/plain":
                parts.append(part.get_content())
            elif part.get_content_type() == "text/html":
                parts.append(strip_html(part.get_content()))
        return "\n".join(parts)
    return "\n".join(flatten(case["blocks"]))    # images: the text they were drawn from


# ---------------------------------------------------------------- keys and checks
RULE_CITES = {"employer_erisa": "29 CFR 2560.503-1(h)(3)(i)",
              "church": "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"}


def deadline(case):
    nd = case["key"]["notice_date"]
    w = case["window"]
    if w[0] in ("days", "rule"):
        return nd + dt.timedelta(days=w[1])
    if w[0] == "months":
        return DT.add_months(nd, w[1])
    return w[1]


def build_key(case, fname):
    k = dict(case["key"])
    out = {"file": fname, "_note": "FICTIONAL. " + case["note"]}
    for f in ("patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
              "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent"):
        if f in k:
            v = k[f]
            out[f] = v.isoformat() if isinstance(v, dt.date) else [x.isoformat() for x in v] \
                if f == "service_dates" else v
    out["appeal_deadline"] = deadline(case).isoformat()
    out["deadline_basis"] = case["basis"]
    out["appeals_address"] = ", ".join(case["addr"])
    return out


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check(case, path, key):
    errs = []
    text = norm(read_back(case, path))
    low = text.lower()
    df = case.get("dayfirst", False)
    if "FICTIONAL" not in text and "FICTICIA" not in text:
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        if norm(key[f]) not in text:
            errs.append(f"{f} {key[f]!r} not printed")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for c in key.get(f, []):
            if not re.search(r"(?<![\w.-])" + re.escape(c) + r"(?![\w-])", text):
                errs.append(f"{f} {c} not printed as a word")
    nd = DT.D(key["notice_date"])
    ns = case["notice_str"]
    if ns not in text:
        errs.append(f"notice date {ns!r} not printed")
    if DT.parse(ns, df) != nd:
        errs.append(f"printed notice date {ns!r} is not {nd}")
    if not (dt.date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date out of range")
    sd = key.get("service_dates", [])
    if sd != sorted(sd):
        errs.append("service dates not sorted")
    if len(sd) != len(case["service_strs"]):
        errs.append("service dates and printed forms differ in number")
    for s_iso, s_str in zip(sd, case["service_strs"]):
        if s_str not in text:
            errs.append(f"service date {s_str!r} not printed")
        if DT.parse(s_str, df) != DT.D(s_iso):
            errs.append(f"service date {s_str!r} is not {s_iso}")
        if DT.D(s_iso) >= nd:
            errs.append("service date not before the notice")
    if key["plan_type"] not in PLAN_TYPES or key["denial_category"] not in CATEGORIES:
        errs.append("plan type or category not a docs/domain.md name")
    for what, words in case["ev"].items():
        for w in words:
            if w.lower() not in low:
                errs.append(f"{what} evidence {w!r} not printed")
    if key["urgent"] != bool(case["ev"].get("urgent")):
        errs.append("urgency evidence and key disagree")
    if key["plan_type"] == "employer_erisa" and re.search(r"church plan|governmental|medicaid|medicare", low):
        errs.append("an ERISA notice names another plan kind")
    # deadline
    w = case["window"]
    b = key["deadline_basis"]
    if w[0] == "rule":
        if b != RULE_CITES.get(key["plan_type"]):
            errs.append("rule basis is not the plan type's citation")
    else:
        if norm(b) not in text:
            errs.append(f"basis {b!r} not printed")
        if w[0] == "date":
            m = re.search(r"(\d{2}/\d{2}/\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} de [a-z]+ de \d{4})", b)
            if not m or DT.parse(m[1], df) != DT.D(key["appeal_deadline"]):
                errs.append("stated deadline date does not match the key")
        elif str(w[1]) not in b:
            errs.append("basis does not carry the window's number")
    # the rule floor: a stated window must not run past the plan type's own rule (contract point 4 kept simple)
    floor = {"employer_erisa": 180, "individual_aca": 180, "governmental": 180, "church": 180, "medicaid": 60,
             "chip": 60, "medicare_advantage": 65, "medicare_part_d": 65, "tricare": 90, "medicare": 120}
    if key["plan_type"] in floor:
        if DT.D(key["appeal_deadline"]) > nd + dt.timedelta(days=floor[key["plan_type"]]):
            errs.append("stated deadline later than the rule's date")
    if key["plan_type"] == "fehb" and DT.D(key["appeal_deadline"]) != DT.add_months(nd, 6):
        errs.append("FEHB deadline is not 6 months")
    # appeals address parts in order
    pos = None
    for i, part in enumerate(case["addr"]):
        if i == 0:
            starts = [m.end() for m in re.finditer(re.escape(part), text)]
            if not starts:
                errs.append(f"address part {part!r} not printed")
                break
            cands = starts
            continue
        nxt = []
        for p in cands:
            j = text.find(part, p)
            if j != -1 and j - p <= 200:
                nxt.append(j + len(part))
        if not nxt:
            errs.append(f"address part {part!r} not in order")
            break
        cands = nxt
    # traps: printed, and not keyed
    keyed = set()
    for f, v in key.items():
        if f in ("file", "_note", "deadline_basis", "appeals_address"):
            continue
        keyed |= set(v) if isinstance(v, list) else {str(v)}
    for t in case["traps"]:
        if norm(t) not in text:
            errs.append(f"trap {t!r} not printed")
        if t in keyed:
            errs.append(f"trap {t!r} is a keyed value")
    # a date printed as a trap (a birth date, a fax header, a received date) is never a keyed date
    for t in case["traps"]:
        for dfirst in (False, True):
            td = DT.parse(t, dfirst)
            if td and (td == nd or td.isoformat() in sd):
                errs.append(f"trap date {t!r} is keyed as a date")
    # phones and domains
    for ph in re.findall(r"\b1-555-(\d{4})\b", text):
        if not ph.startswith("01"):
            errs.append(f"phone 555-{ph} outside 01xx")
    if re.search(r"\b\d{3}-\d{3}-\d{4}\b", text.replace("1-555-", "")):
        errs.append("a phone number outside 555")
    for dom in re.findall(r"[\w.-]+@([\w.-]+)|https?://([\w.-]+)", text):
        d_ = (dom[0] or dom[1]).rstrip(".")
        if not d_.endswith(".example"):
            errs.append(f"domain {d_} is not .example")
    size = os.path.getsize(path)
    if size > 4 * 1024 * 1024:
        errs.append(f"file is {size} bytes (over 4 MB)")
    return errs


def build(case):
    n = case["n"]
    fname = f"{n:02d}-{case['slug']}.{case['ext']}"
    path = os.path.join(HERE, fname)
    k = case["kind"]
    if k == "pdf":
        write_pdf(case["blocks"], path)
    elif k == "docx":
        write_docx(case["blocks"], path)
    elif k == "html":
        write_portal(case, path)
    elif k == "eml":
        write_eml(case, path)
    elif k == "txt":
        with open(path, "w", encoding="utf-8") as f:
            f.write(blocks_text(case["blocks"]))
    else:
        rng = np.random.default_rng(4500 + n)
        page = render_page(case["blocks"])
        img, fmt, opts = DEVICES[case["device"]](page, rng)
        save_image(img, fmt, opts, path)
    key = build_key(case, fname)
    with open(os.path.join(HERE, f"{n:02d}-{case['slug']}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return path, key


def main(argv):
    want = {int(a) for a in argv}
    cases = [c() for c in CASES]
    if not want:
        for f in os.listdir(HERE):
            if re.match(r"\d\d-", f):
                os.remove(os.path.join(HERE, f))
    bad, fields, by_lang = 0, 0, {"en": 0, "es": 0}
    for c in cases:
        if want and c["n"] not in want:
            continue
        path, key = build(c)
        errs = check(c, path, key)
        nf = len([f for f in key if f not in ("file", "_note")])
        fields += nf
        by_lang[c["lang"]] += nf
        for e in errs:
            print(f"{c['n']:02d}: {e}")
        bad += bool(errs)
    n = len([c for c in cases if not want or c["n"] in want])
    es = len([c for c in cases if c["lang"] == "es" and (not want or c["n"] in want)])
    print(f"{n} notices ({es} in Spanish), {fields} keyed fields (English {by_lang['en']}, Spanish {by_lang['es']}); "
          f"self-check: {'all keys found' if not bad else str(bad) + ' notice(s) FAILED'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
