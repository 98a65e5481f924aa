"""The eleven image devices of set 24: numpy and Pillow only, each seeded (2400 + notice number).

Every device gets the source PDF (one page unless it says otherwise), renders it with pdftoppm, draws what lies
on the page (stamps, crayon, glasses, a folded corner, hands) in page space away from the keyed words' boxes
(`protected`: boxes in PDF points from pdftotext -bbox), then makes the photo, screenshot or fax.
"""
from __future__ import annotations

import io
import math
import re
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf" if Path(
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf").exists() else "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"


# ------------------------------------------------------------------------------------------------ basics
def render(pdf: Path, dpi: int, tmp: Path, gray=False, rx=None, ry=None) -> list[Image.Image]:
    prefix = tmp / "pg"
    args = ["pdftoppm", "-png"]
    args += ["-rx", str(rx), "-ry", str(ry)] if rx else ["-r", str(dpi)]
    if gray:
        args.append("-gray")
    subprocess.run(args + [str(pdf), str(prefix)], check=True)
    return [Image.open(p).convert("L" if gray else "RGB") for p in sorted(tmp.glob("pg-*.png"))]


def word_boxes(pdf: Path, page: int = 1):
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True).stdout
    boxes = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        boxes.append((float(m[1]), float(m[2]), float(m[3]), float(m[4]), m[5]))
    return boxes


def protected_boxes(pdf: Path, tokens: set[str], page: int = 1, scale: float = 1.0):
    res = []
    for x0, y0, x1, y1, w in word_boxes(pdf, page):
        t = w.strip(".,;:()").lower()
        if t in tokens:
            res.append((x0 * scale, y0 * scale, x1 * scale, y1 * scale))
    return res


def hits(box, prot, pad=4):
    x0, y0, x1, y1 = box
    for a0, b0, a1, b1 in prot:
        if a0 - pad < x1 and a1 + pad > x0 and b0 - pad < y1 and b1 + pad > y0:
            return True
    return False


def mask_hits(mask: np.ndarray, prot, thresh=0.05):
    """True when the mask (H x W, 0-1) covers any protected box."""
    h, w = mask.shape
    for a0, b0, a1, b1 in prot:
        ys, ye = max(0, int(b0) - 2), min(h, int(b1) + 3)
        xs, xe = max(0, int(a0) - 2), min(w, int(a1) + 3)
        if ye > ys and xe > xs and mask[ys:ye, xs:xe].max() > thresh:
            return True
    return False


def arr(img: Image.Image) -> np.ndarray:
    return np.asarray(img, dtype=np.float32) / 255.0


def img(a: np.ndarray, mode=None) -> Image.Image:
    a = np.clip(a * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return Image.fromarray(a, mode) if mode else Image.fromarray(a)


def smooth_noise(rng, h, w, cells, amp=1.0):
    """Low-frequency noise in [-amp, amp]: a coarse random grid resized with bicubic."""
    small = rng.uniform(-1, 1, (max(2, int(h / cells)), max(2, int(w / cells)))).astype(np.float32)
    im = Image.fromarray(((small + 1) * 127.5).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return (np.asarray(im, dtype=np.float32) / 127.5 - 1.0) * amp


def persp_coeffs(dst, src):
    """PIL PERSPECTIVE coefficients mapping output points dst to input points src."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def warp(page: Image.Image, size, quad, resample=Image.BICUBIC):
    """Put the page's corners (tl, tr, br, bl) at quad on a canvas of size; returns (RGB, mask)."""
    w, h = page.size
    c = persp_coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    out = page.transform(size, Image.PERSPECTIVE, c, resample, fillcolor=(0, 0, 0) if page.mode == "RGB" else 0)
    m = Image.new("L", page.size, 255).transform(size, Image.PERSPECTIVE, c, Image.BILINEAR, fillcolor=0)
    return out, m


def jpeg(image: Image.Image, path: Path, quality: int, subsampling=2, exif=None):
    kw = dict(quality=quality, subsampling=subsampling, optimize=True)
    if exif is not None:
        kw["exif"] = exif
    image.save(path, "JPEG", **kw)


def shadow_of(mask: Image.Image, dx, dy, blur, strength):
    s = mask.filter(ImageFilter.GaussianBlur(blur))
    s = Image.new("L", mask.size, 0).copy() if strength == 0 else s
    a = np.roll(np.roll(arr(s), dy, axis=0), dx, axis=1)
    return 1.0 - strength * a


def compose(bg: np.ndarray, page_rgb: Image.Image, mask: Image.Image, shadow=None):
    m = arr(mask)[..., None]
    out = bg * (shadow[..., None] if shadow is not None else 1.0)
    return out * (1 - m) + arr(page_rgb) * m


# ------------------------------------------------------------------------------------------------ textures
def slate(rng, h, w):
    base = 0.22 + smooth_noise(rng, h, w, 180, 0.05) + smooth_noise(rng, h, w, 40, 0.02)
    speck = (rng.random((h, w)) > 0.997).astype(np.float32) * 0.25
    b = base + speck + rng.normal(0, 0.012, (h, w)).astype(np.float32)
    return np.stack([b * 0.97, b, b * 1.05], -1)


def wood(rng, h, w, tone=(0.58, 0.42, 0.27), grain_vertical=False):
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    warpn = smooth_noise(rng, h, w, 260, 30.0)
    coord = (xx if grain_vertical else yy) + warpn
    g = 0.5 + 0.5 * np.sin(coord / 9.0 + 2.0 * np.sin(coord / 57.0))
    g = 0.86 + 0.14 * g + smooth_noise(rng, h, w, 90, 0.04)
    return np.stack([g * tone[0], g * tone[1], g * tone[2]], -1)


def linen(rng, h, w):
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    weave = 0.035 * np.sin(xx * 1.9) * np.sin(yy * 1.7) + 0.02 * np.sin(yy * 0.9 + smooth_noise(rng, h, w, 50, 2))
    b = 0.80 + weave + smooth_noise(rng, h, w, 200, 0.04)
    return np.stack([b * 0.98, b * 0.95, b * 0.86], -1)


def fabric(rng, h, w):
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    pat = 0.5 + 0.5 * np.sign(np.sin(xx / 23.0) * np.sin(yy / 23.0))
    b = 0.16 + 0.07 * pat + smooth_noise(rng, h, w, 120, 0.03) + rng.normal(0, 0.02, (h, w)).astype(np.float32)
    return np.stack([b * 0.55, b * 0.75, b * 1.6], -1)


def laminate(rng, h, w):
    base = wood(rng, h, w, tone=(0.74, 0.66, 0.55), grain_vertical=True)
    seams = (np.arange(w) % 620 < 4).astype(np.float32)[None, :, None] * 0.18
    return base * (1 - seams)


# ------------------------------------------------------------------------------------------------ devices
def askew_counter(pdf, out, prot_tokens, seed, tmp):
    """01: a page lying 24 degrees askew on a dark slate counter, shot from above (landscape 12 MP)."""
    rng = np.random.default_rng(seed)
    page = render(pdf, 200, tmp)[0]
    W, H = 4032, 3024
    w, h = page.size
    ang = math.radians(24.0)
    cx, cy = W / 2 + 60, H / 2 + 10
    pts = []
    for px, py in [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]:
        # mild perspective: the far (top of frame) side a little shorter
        x = px * math.cos(ang) - py * math.sin(ang)
        y = px * math.sin(ang) + py * math.cos(ang)
        k = 1.0 - 0.035 * (-(y) / (H / 2))
        pts.append((cx + x * k, cy + y * 1.0))
    warped, mask = warp(page, (W, H), pts)
    bg = slate(rng, H, W)
    sh = shadow_of(mask, 14, 18, 14, 0.55)
    a = compose(bg, warped, mask, sh)
    # warm overhead light falling off to the lower right, slight vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 1.04 - 0.22 * (((xx - W * 0.35) / W) ** 2 + ((yy - H * 0.3) / H) ** 2) * 2.2
    a = a * light[..., None] * np.array([1.03, 1.0, 0.9], np.float32)
    a = a + rng.normal(0, 0.018, a.shape).astype(np.float32)
    im = img(a).filter(ImageFilter.GaussianBlur(0.6))
    jpeg(im, out, 87)


def stamped_scan(pdf, out, prot_tokens, seed, tmp):
    """02: colour flatbed scan at 200 dpi of cream paper with a red RECEIVED stamp and blue initials, as a PDF."""
    import img2pdf
    rng = np.random.default_rng(seed)
    pages = render(pdf, 200, tmp)
    sc = 200 / 72
    prot = protected_boxes(pdf, prot_tokens, 1, sc)
    outs = []
    for i, page in enumerate(pages):
        w, h = page.size
        a = arr(page) * np.array([0.985, 0.962, 0.895], np.float32)
        if i == 0:
            # the stamp, drawn on its own layer, turned -8 degrees, placed where no keyed word lies under it
            st = Image.new("L", (760, 330), 0)
            d = ImageDraw.Draw(st)
            d.rounded_rectangle([6, 6, 753, 323], radius=26, outline=255, width=9)
            d.rounded_rectangle([24, 24, 735, 305], radius=18, outline=255, width=4)
            f1, f2, f3 = ImageFont.truetype(FONT_B, 40), ImageFont.truetype(FONT_B, 84), ImageFont.truetype(FONT_B, 56)
            d.text((380, 60), "PRAIRIE SKY PAIN CENTER", font=f1, fill=255, anchor="mm")
            d.text((380, 150), "RECEIVED", font=f2, fill=255, anchor="mm")
            d.text((380, 238), "NOV 18 2026", font=f3, fill=255, anchor="mm")
            d.text((380, 292), "BILLING", font=f1, fill=255, anchor="mm")
            st = st.rotate(8, expand=True, resample=Image.BICUBIC)
            st = st.resize((int(st.size[0] * 0.8), int(st.size[1] * 0.8)), Image.LANCZOS)
            sa = arr(st)
            tex = np.clip(0.55 + smooth_noise(rng, *sa.shape, 12, 0.6) + rng.normal(0, 0.15, sa.shape), 0, 1)
            sa = sa * tex.astype(np.float32)
            best = None
            cands = [(y0, x0) for y0 in range(40, int(h * 0.9) - sa.shape[0], 24)
                     for x0 in range(int(w * 0.35), w - sa.shape[1] - 30, 24)]
            for y0, x0 in cands:  # the highest free place, as a clerk would stamp it
                lay = np.zeros((h, w), np.float32)
                lay[y0:y0 + sa.shape[0], x0:x0 + sa.shape[1]] = sa
                if not mask_hits(lay, prot, 0.05):
                    best = lay
                    break
            if best is None:
                raise RuntimeError("02: no place for the stamp")
            red = np.array([0.80, 0.10, 0.16], np.float32)
            a = a * (1 - 0.82 * best[..., None] * (1 - red))
            # blue ballpoint initials and a note in the left margin
            hand = Image.new("L", (w, h), 0)
            d = ImageDraw.Draw(hand)
            fh = ImageFont.truetype(FONT_HAND, 46)
            d.text((28, int(h * 0.62)), "jk", font=fh, fill=255)
            d.text((20, int(h * 0.66)), "scanned", font=ImageFont.truetype(FONT_HAND, 30), fill=255)
            d.text((20, int(h * 0.685)), "to chart", font=ImageFont.truetype(FONT_HAND, 30), fill=255)
            hm = arr(hand.rotate(-6, center=(60, int(h * 0.65)), resample=Image.BICUBIC))
            if mask_hits(hm, prot, 0.05):
                raise RuntimeError("02: initials over a keyed word")
            blue = np.array([0.15, 0.22, 0.62], np.float32)
            a = a * (1 - 0.9 * hm[..., None] * (1 - blue))
        # scanner: tiny skew, faint shading at the spine side, noise
        a = a * (1.0 - 0.05 * np.linspace(1, 0, w, dtype=np.float32)[None, :, None] ** 4)
        a = a + rng.normal(0, 0.012, a.shape).astype(np.float32)
        im = img(a).rotate(0.35 if i == 0 else -0.25, resample=Image.BICUBIC, fillcolor=(250, 247, 238))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=78, dpi=(200, 200))
        outs.append(buf.getvalue())
    import datetime as dt
    when = dt.datetime(2026, 11, 18, 15, 2, 0)
    data = img2pdf.convert(outs, layout_fun=img2pdf.get_fixed_dpi_layout_fun((200, 200)),
                           creationdate=when, moddate=when, producer="FICTIONAL scan")
    # the writer's random file ID, replaced by a fixed one of the same length so the file is the same each build
    data = re.sub(rb"/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\]", b"/ID [<" + b"24" * 16 + b"><" + b"24" * 16 + b">]", data)
    out.write_bytes(data)


def tablet_dark(pdf, out, prot_tokens, seed, tmp):
    """05: a tablet screenshot (2048 x 2732 PNG) of the PDF in a reader's dark mode, with the reader's chrome."""
    pages = render(pdf, 236, tmp)
    if len(pages) != 1:
        raise RuntimeError(f"05: the notice runs to {len(pages)} pages")
    W, H = 2048, 2732
    page = pages[0]
    pw = W - 56
    ph = int(page.size[1] * pw / page.size[0])
    page = page.resize((pw, ph), Image.LANCZOS)
    a = arr(page)
    lum = 1.0 - a  # dark mode: invert, then squeeze into the reader's dark range
    dark = 0.09 + 0.80 * lum
    tint = np.array([0.96, 0.98, 1.0], np.float32)
    dark = dark * tint
    canvas = np.zeros((H, W, 3), np.float32) + np.array([0.05, 0.05, 0.06], np.float32)
    top = 40 + 96
    if top + ph > H:
        raise RuntimeError("05: page taller than the screen")
    canvas[top:top + ph, 28:28 + pw] = dark
    im = img(canvas)
    d = ImageDraw.Draw(im)
    fs, fm = ImageFont.truetype(FONT, 26), ImageFont.truetype(FONT, 34)
    d.text((28, 8), "9:41  Thu Nov 26", font=fs, fill=(235, 235, 235))
    d.text((W - 190, 8), "62%  \u25ae", font=fs, fill=(235, 235, 235))
    d.rectangle([0, 40, W, 40 + 96], fill=(28, 28, 32))
    d.text((36, 64), "\u2039 Files", font=fm, fill=(120, 170, 255))
    d.text((W // 2, 88), "Evergrove letter (1).pdf", font=fm, fill=(235, 235, 235), anchor="mm")
    d.text((W - 300, 64), "Aa   Search   Share", font=fm, fill=(120, 170, 255))
    pill_y = H - 70
    d.rounded_rectangle([W // 2 - 70, pill_y, W // 2 + 70, pill_y + 44], radius=22, fill=(60, 60, 66))
    d.text((W // 2, pill_y + 22), "1 of 1", font=fs, fill=(230, 230, 230), anchor="mm")
    im.save(out, "PNG", optimize=True)


def webcam(pdf, out, prot_tokens, seed, tmp):
    """06: a 1920 x 1080 webcam frame: the page held up in two hands, a bright window behind, video compression."""
    rng = np.random.default_rng(seed)
    pages = render(pdf, 110, tmp)
    if len(pages) != 1:
        raise RuntimeError(f"06: the notice runs to {len(pages)} pages")
    page = pages[0]
    w, h = page.size
    sc = 110 / 72
    prot = protected_boxes(pdf, prot_tokens, 1, sc)
    # the bend: the page bows toward the camera in the middle (a gentle sideways sag of the rows)
    a = arr(page)
    yy = np.arange(h, dtype=np.float32)
    bow = (4.0 * np.sin(np.pi * yy / h)).astype(int)
    idx = np.clip(np.arange(w)[None, :] - bow[:, None], 0, w - 1)
    a = np.take_along_axis(a, np.repeat(idx[..., None], 3, axis=2), axis=1)
    a = a * (0.92 - 0.10 * (np.arange(w, dtype=np.float32)[None, :, None] / w))  # page side away from the window
    page = img(a)
    W, H = 1920, 1080
    cx = W * 0.53
    ph = 1050.0
    pw = ph * w / h
    tilt = math.radians(-2.5)
    corners = []
    for px, py, k in [(-pw / 2, -ph / 2, 0.955), (pw / 2, -ph / 2, 0.955), (pw / 2, ph / 2, 1.0), (-pw / 2, ph / 2, 1.0)]:
        x, y = px * k, py
        corners.append((cx + x * math.cos(tilt) - y * math.sin(tilt), H / 2 + 18 + x * math.sin(tilt) + y * math.cos(tilt)))
    warped, mask = warp(page, (W, H), corners)
    # room: dim wall, a blown-out window on the left, a shelf line
    yyy, xxx = np.mgrid[0:H, 0:W].astype(np.float32)
    wall = 0.30 + 0.05 * smooth_noise(rng, H, W, 200, 1.0)
    bg = np.stack([wall * 1.05, wall * 0.98, wall * 0.9], -1)
    win = ((xxx < 420) & (yyy > 60) & (yyy < 760)).astype(np.float32)
    win = arr(img(win).filter(ImageFilter.GaussianBlur(30)))
    bg = bg * (1 - win[..., None]) + np.array([1.0, 1.0, 0.98], np.float32) * win[..., None]
    a = compose(bg, warped, mask)
    # hands at the two lower corners (drawn over the frame; they must not cover keyed words)
    hands = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(hands)
    bl, br = corners[3], corners[2]
    d.ellipse([bl[0] - 150, bl[1] - 190, bl[0] + 95, bl[1] + 120], fill=255)
    d.ellipse([br[0] - 95, br[1] - 200, br[0] + 150, br[1] + 110], fill=255)
    d.rounded_rectangle([bl[0] + 40, bl[1] - 230, bl[0] + 95, bl[1] - 90], radius=26, fill=255)  # thumbs
    d.rounded_rectangle([br[0] - 95, br[1] - 240, br[0] - 40, br[1] - 100], radius=26, fill=255)
    hm = arr(hands.filter(ImageFilter.GaussianBlur(3)))
    # protected boxes mapped to the frame (approximate: the same perspective as the page)
    cinv = persp_coeffs([(0, 0), (w, 0), (w, h), (0, h)], corners)

    def fwd(x, y):
        c = cinv
        den = c[6] * x + c[7] * y + 1
        return (c[0] * x + c[1] * y + c[2]) / den, (c[3] * x + c[4] * y + c[5]) / den
    pf = []
    for x0, y0, x1, y1 in prot:
        p0, p1 = fwd(x0, y0), fwd(x1, y1)
        pf.append((min(p0[0], p1[0]), min(p0[1], p1[1]), max(p0[0], p1[0]), max(p0[1], p1[1])))
    if mask_hits(hm, pf, 0.1):
        raise RuntimeError("06: a hand covers a keyed word")
    skin = np.array([0.78, 0.58, 0.46], np.float32) * (0.9 + 0.1 * smooth_noise(rng, H, W, 60, 1.0))[..., None]
    a = a * (1 - hm[..., None]) + skin * hm[..., None]
    # backlit: exposure lifted, noise, soft focus
    a = np.clip(a * 1.08 + 0.02, 0, 1.2) * np.array([0.94, 1.0, 1.04], np.float32)
    a = a + rng.normal(0, 0.03, a.shape).astype(np.float32)
    im = img(a).filter(ImageFilter.GaussianBlur(0.75))
    # video compression: down and up once, then a low-quality JPEG
    im = im.resize((1600, 900), Image.BILINEAR).resize((W, H), Image.BILINEAR)
    jpeg(im, out, 50)


def photo_fax_app(pdf, out, prot_tokens, seed, tmp):
    """07: a phone fax app: the photo of the page on a table, one global threshold, standard-mode 1-bit TIFF."""
    rng = np.random.default_rng(seed)
    page = render(pdf, 200, tmp)[0]
    w, h = page.size
    sc = 200 / 72
    prot = protected_boxes(pdf, prot_tokens, 1, sc)
    # light on the page: even, but a shadow (the phone and arm) over the lower right corner
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dist = np.sqrt(((xx - w * 1.05) / w) ** 2 + ((yy - h * 1.08) / h) ** 2)
    shade = np.clip((0.42 - dist) / 0.16, 0, 1)
    light = 0.93 - 0.45 * shade
    gray = arr(page.convert("L")) * light
    if mask_hits((gray < 0.5) & (arr(page.convert("L")) > 0.6), prot, 0.5):
        raise RuntimeError("07: the shadow blacks out a keyed word")
    pg = img(gray, "L")
    W, H = 2400, 3200
    quad = [(250, 215), (2170, 260), (2230, 2760), (205, 2700)]
    warped, mask = warp(pg.convert("RGB"), (W, H), quad)
    bg = wood(rng, H, W, tone=(0.5, 0.4, 0.3))
    a = compose(bg, warped, mask, shadow_of(mask, 10, 12, 10, 0.4))
    g = a.mean(axis=2) + rng.normal(0, 0.02, (H, W)).astype(np.float32)
    # the app: crop a little, scale to a 1728-dot fax line, 98 lines per inch (half the width's density)
    g = g[100:3100, 80:2320]
    gw = 1728
    gh = int(g.shape[0] * gw / g.shape[1] * 98 / 204)
    gi = img(g, "L").resize((gw, gh), Image.BILINEAR)
    bw = (np.asarray(gi) > 128).astype(np.uint8) * 255
    fax = Image.fromarray(bw, "L")
    # the app's header line
    hdr = Image.new("L", (gw, 40), 255)
    d = ImageDraw.Draw(hdr)
    d.text((10, 8), "Sent with FaxPocket   Dec 1, 2026 10:42 AM   To: 1-555-0188   Page 1/1",
           font=ImageFont.truetype(FONT_MONO, 22), fill=0)
    hdr = hdr.resize((gw, 20), Image.NEAREST)
    full = Image.new("L", (gw, gh + 20), 255)
    full.paste(hdr, (0, 0))
    full.paste(fax, (0, 20))
    full = full.point(lambda v: 255 if v > 127 else 0).convert("1")
    full.save(out, "TIFF", compression="group3", dpi=(204, 98))


def legal_split_fax(pdf, out, prot_tokens, seed, tmp):
    """12: a legal-size page sent in fine mode and cut by the fax server into two letter-length pages."""
    rng = np.random.default_rng(seed)
    pages = render(pdf, 0, tmp, gray=True, rx=204, ry=196)
    if len(pages) != 1:
        raise RuntimeError(f"12: the EOB runs to {len(pages)} pages")
    pg = pages[0]
    a = arr(pg)
    a = a[:, :1728] if a.shape[1] >= 1728 else np.pad(a, ((0, 0), (0, 1728 - a.shape[1])), constant_values=1)
    # the sending scanner: a little noise and a faint streak
    a = a + rng.normal(0, 0.06, a.shape).astype(np.float32)
    a[:, 1210:1212] *= 0.93
    bw = (a > 0.55)
    bw &= rng.random(bw.shape) > 0.0004  # line noise: lone black specks
    bw |= rng.random(bw.shape) < 0.01 * (~bw)  # and dropouts inside strokes
    # a few dropped and doubled scan lines
    for y in rng.choice(a.shape[0], 6, replace=False):
        bw[y] = bw[y - 1]
    H = bw.shape[0]
    prot = protected_boxes(pdf, prot_tokens, 1, 1.0)
    protp = [(x0 * 204 / 72, y0 * 196 / 72, x1 * 204 / 72, y1 * 196 / 72) for x0, y0, x1, y1 in prot]
    # cut at letter length, but where the row cuts a line of print that holds no keyed word
    ink = (~bw).sum(axis=1)
    cut = None
    for y in sorted(range(2100, 2200), key=lambda v: abs(v - 2156)):
        if ink[y] > 40 and ink[y - 5] > 30 and ink[y + 5] > 30:
            if not any(b0 <= y <= b1 for _, b0, _, b1 in protp):
                cut = y
                break
    if cut is None:
        raise RuntimeError("12: no line to cut at letter length")
    parts = [bw[:cut], bw[cut:]]
    font = ImageFont.truetype(FONT_MONO, 26)
    imgs = []
    for i, part in enumerate(parts):
        head = Image.new("L", (1728, 44), 255)
        d = ImageDraw.Draw(head)
        d.text((12, 8), f"NOV-20-2026 14:06  FROM: HEADWATERS SPINE BILLING  1-555-0103  TO: 1-555-0104  P.00{i + 1}/002",
               font=font, fill=0)
        body = Image.fromarray((part * 255).astype(np.uint8), "L")
        pg = Image.new("L", (1728, 44 + body.size[1]), 255)
        pg.paste(head, (0, 0))
        pg.paste(body, (0, 44))
        imgs.append(pg.point(lambda v: 255 if v > 127 else 0).convert("1"))
    imgs[0].save(out, "TIFF", compression="group4", dpi=(204, 196), save_all=True, append_images=imgs[1:])
    return {"cut_row": int(cut)}


def shallow_focus(pdf, out, prot_tokens, seed, tmp):
    """11: a steep-angle photo with a shallow depth of field: the near foot sharp, the far top soft."""
    rng = np.random.default_rng(seed)
    page = render(pdf, 230, tmp)[0]
    W, H = 3024, 4032
    quad = [(520, 300), (2520, 330), (2930, 3900), (90, 3860)]
    warped, mask = warp(page, (W, H), quad)
    bg = linen(rng, H, W)
    a = compose(bg, warped, mask, shadow_of(mask, 8, 16, 12, 0.35))
    # light from a window at the top left, warm room tone
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = a * (1.02 - 0.16 * (xx / W) - 0.06 * (1 - yy / H))[..., None] * np.array([1.02, 1.0, 0.93], np.float32)
    base = img(a)
    layers = [arr(base)] + [arr(base.filter(ImageFilter.GaussianBlur(r))) for r in (0.9, 1.7, 2.5)]
    # focus plane near 62% of the height (the lower text); blur grows toward the top
    t = np.clip((0.62 - np.arange(H, dtype=np.float32) / H) / 0.52, 0, 1) * 3.0
    res = np.empty_like(layers[0])
    for y in range(H):
        i = int(t[y])
        f = t[y] - i
        res[y] = layers[i][y] * (1 - f) + layers[min(i + 1, 3)][y] * f
    res = res + rng.normal(0, 0.014, res.shape).astype(np.float32)
    jpeg(img(res), out, 90)


def dog_ear(pdf, out, prot_tokens, seed, tmp):
    """13: two stapled pages on a laminate floor, page 1's top right corner folded over."""
    rng = np.random.default_rng(seed)
    pages = render(pdf, 190, tmp)
    if len(pages) < 1:
        raise RuntimeError("13: no page")
    p1 = pages[0]
    p2 = pages[1] if len(pages) > 1 else Image.new("RGB", p1.size, (255, 255, 255))
    w, h = p1.size
    sc = 190 / 72
    prot = protected_boxes(pdf, prot_tokens, 1, sc)
    L = int(w * 0.2)
    # the corner triangle beyond the fold line x + (w - y)... : points (w-L,0), (w,0), (w,L)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    corner = ((xx - (w - L)) + (L - yy) > L).astype(np.float32) * (xx > w - L) * (yy < L)
    # flap: the corner reflected over the fold line (x - y = w - L) -> (y + w - L, x - w + L)
    flap = np.zeros((h, w), np.float32)
    ys, xs = np.nonzero(corner)
    fx = ys + (w - L)
    fy = xs - (w - L)
    ok = (fx >= 0) & (fx < w) & (fy >= 0) & (fy < h)
    flap[fy[ok], fx[ok]] = 1.0
    flap = arr(img(flap, "L").filter(ImageFilter.MaxFilter(3)))
    if mask_hits(np.maximum(corner, flap), prot, 0.05):
        raise RuntimeError("13: the folded corner covers a keyed word")
    a1 = arr(p1)
    # back of the paper: light grey with a faint mirrored show-through of the corner's print
    back = 0.9 + 0.05 * (1 - np.fliplr(arr(p1.convert("L")))) * 0.0
    backc = np.stack([back * 0.97, back * 0.96, back * 0.93], -1) * (0.93 + 0.05 * (xx / w))[..., None]
    a1 = a1 * (1 - flap[..., None]) + backc * flap[..., None]
    # a thin shadow under the flap's edge
    edge = arr(img(flap, "L").filter(ImageFilter.GaussianBlur(6))) - flap
    a1 = a1 * (1 - 0.25 * np.clip(edge, 0, 1))[..., None]
    m1 = Image.fromarray(((1 - corner) * 255).astype(np.uint8), "L")
    # the staple
    d = ImageDraw.Draw(p2)
    p1i = img(a1)
    d1 = ImageDraw.Draw(p1i)
    d1.line([(60, 58), (168, 30)], fill=(150, 150, 155), width=7)
    d1.line([(60, 58), (168, 30)], fill=(215, 215, 220), width=2)
    # stack: page 2 a little lower and turned, page 1 on top (with its corner folded away)
    S = (w + 160, h + 200)
    sheet = np.zeros((S[1], S[0], 3), np.float32)
    smask = np.zeros((S[1], S[0]), np.float32)
    p2r = p2.rotate(-1.3, expand=False, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    m2 = Image.new("L", p2.size, 255).rotate(-1.3, expand=False, fillcolor=0)
    ox2, oy2 = 70, 120
    sheet[oy2:oy2 + h, ox2:ox2 + w] = arr(p2r) * 0.97
    smask[oy2:oy2 + h, ox2:ox2 + w] = arr(m2)
    ox1, oy1 = 40, 30
    m1a = arr(m1)
    sub = sheet[oy1:oy1 + h, ox1:ox1 + w]
    sheet[oy1:oy1 + h, ox1:ox1 + w] = sub * (1 - m1a[..., None]) * 0.93 + arr(p1i) * m1a[..., None]
    smask[oy1:oy1 + h, ox1:ox1 + w] = np.maximum(smask[oy1:oy1 + h, ox1:ox1 + w], m1a)
    sheet_img = img(sheet)
    mask_img = img(smask, "L")
    W, H = 3024, 4032
    sc2 = 2750 / S[0]
    sw, sh = S[0] * sc2, S[1] * sc2
    x0, y0 = (W - sw) / 2, (H - sh) / 2 + 30
    quad = [(x0 + 60, y0), (x0 + sw - 20, y0 + 40), (x0 + sw + 25, y0 + sh), (x0 + 10, y0 + sh - 30)]
    warped, mask = warp(sheet_img, (W, H), quad)
    mwarp, _ = warp(mask_img.convert("RGB"), (W, H), quad)
    mask = mwarp.convert("L")
    bg = laminate(rng, H, W)
    a = compose(bg, warped, mask, shadow_of(mask, 16, 20, 18, 0.45))
    yy2, xx2 = np.mgrid[0:H, 0:W].astype(np.float32)
    a = a * (1.0 - 0.2 * (yy2 / H) ** 2 - 0.08 * (xx2 / W))[..., None] * np.array([1.0, 0.99, 0.95], np.float32)
    a = a + rng.normal(0, 0.016, a.shape).astype(np.float32)
    jpeg(img(a).filter(ImageFilter.GaussianBlur(0.55)), out, 88)


def crayon(pdf, out, prot_tokens, seed, tmp):
    """14: a page a small child drew on with wax crayons, photographed on a kitchen table."""
    rng = np.random.default_rng(seed)
    page = render(pdf, 200, tmp)[0]
    w, h = page.size
    sc = 200 / 72
    prot = protected_boxes(pdf, prot_tokens, 1, sc)
    a = arr(page)
    colours = [np.array(c, np.float32) for c in ([0.86, 0.16, 0.14], [0.14, 0.36, 0.82], [0.18, 0.62, 0.22],
                                                  [0.55, 0.2, 0.68], [0.95, 0.55, 0.05])]
    placed = 0
    tries = 0
    while placed < 7 and tries < 4000:
        tries += 1
        lay = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(lay)
        kind = placed % 3
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        pts = []
        if kind == 0:  # a dense back-and-forth scribble with momentum
            ang = rng.uniform(0, 2 * math.pi)
            x, y = cx, cy
            for k in range(90):
                ang += rng.normal(0, 0.5) + (math.pi * 0.9 if k % 9 == 8 else 0)
                x += 38 * math.cos(ang)
                y += 38 * math.sin(ang)
                pts.append((x, y))
        elif kind == 1:  # big overlapping loops drifting sideways
            r = rng.uniform(140, 300)
            for k in range(80):
                t = k / 79 * 6 * math.pi
                pts.append((cx + r * math.cos(t) * (1 + 0.25 * math.sin(2.3 * t)) + k * 6,
                            cy + r * 0.55 * math.sin(t)))
        else:  # a zigzag across
            n = int(rng.integers(7, 13))
            amp = rng.uniform(90, 160)
            for k in range(n):
                pts.append((cx + k * rng.uniform(50, 90), cy + (amp if k % 2 else -amp) + rng.uniform(-30, 30)))
        d.line(pts, fill=255, width=int(rng.integers(14, 24)), joint="curve")
        m = arr(lay)
        bb = lay.getbbox()
        if bb is None or bb[0] < 0 or bb[2] > w or bb[3] > h:
            continue
        if mask_hits(m, prot, 0.05):
            continue
        # the wax's grain: gaps where the paper's tooth stayed white
        grain = np.clip(rng.random((h, w)).astype(np.float32) * 1.6 + 0.1, 0, 1)
        grain = grain * (0.8 + 0.2 * smooth_noise(rng, h, w, 30, 1.0))
        mm = m * np.clip(grain, 0, 1) * 0.9
        col = colours[placed % len(colours)]
        a = a * (1 - mm[..., None]) + (a * col) * mm[..., None]
        placed += 1
    if placed < 7:
        raise RuntimeError("14: could not place the crayon marks")
    page = img(a)
    W, H = 3024, 4032
    quad = [(240, 330), (2800, 280), (2860, 3700), (170, 3760)]
    warped, mask = warp(page, (W, H), quad)
    bg = wood(rng, H, W, tone=(0.78, 0.62, 0.44))
    res = compose(bg, warped, mask, shadow_of(mask, 12, 14, 14, 0.4))
    # a crayon lying on the table beside the page
    im = img(res)
    d = ImageDraw.Draw(im)
    d.polygon([(2380, 3930), (2930, 3700), (2952, 3752), (2402, 3982)], fill=(205, 40, 35))
    d.polygon([(2930, 3700), (2995, 3700), (2952, 3752)], fill=(150, 25, 20))
    d.polygon([(2480, 3888), (2700, 3796), (2722, 3848), (2502, 3940)], fill=(235, 225, 200))
    res = arr(im)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    res = res * (1.03 - 0.12 * ((yy / H) - 0.3) ** 2 - 0.05 * (xx / W))[..., None] * np.array([1.02, 1.0, 0.94], np.float32)
    res = res + rng.normal(0, 0.015, res.shape).astype(np.float32)
    jpeg(img(res).filter(ImageFilter.GaussianBlur(0.5)), out, 89)


def _line_hits(seg, prot, half=10):
    """Does a thick line segment (x0, y0, x1, y1) cross a protected box?"""
    x0, y0, x1, y1 = seg
    for t in np.linspace(0, 1, 200):
        x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        if hits((x - half, y - half, x + half, y + half), prot, 0):
            return True
    return False


def reading_glasses(pdf, out, prot_tokens, seed, tmp):
    """15: reading glasses lying on the page: the lenses magnify and bend the lines under them."""
    rng = np.random.default_rng(seed)
    page = render(pdf, 200, tmp)[0]
    w, h = page.size
    sc = 200 / 72
    prot = protected_boxes(pdf, prot_tokens, 1, sc)
    a = arr(page)
    rx, ry = 215, 165
    span = 2 * rx + 110
    words = [(x0 * sc, y0 * sc, x1 * sc, y1 * sc) for x0, y0, x1, y1, _ in word_boxes(pdf, 1)]

    def lens_ok(lx, ly):
        # a keyed word must lie outside the lens and its rim, or well inside it (seen magnified, not in the ring
        # of the page the lens cannot show)
        if not (rx + 20 < lx < w - rx - 20 and ry + 20 < ly < h - ry - 20):
            return False
        for box in prot:
            rs = [math.hypot((x - lx) / rx, (y - ly) / ry) for x in (box[0], box[2]) for y in (box[1], box[3])]
            if not (max(rs) < 0.85 or min(rs) > 1.07):
                return False
        return True

    def covered(lx, ly):
        return sum(1 for b in words if math.hypot(((b[0] + b[2]) / 2 - lx) / rx, ((b[1] + b[3]) / 2 - ly) / ry) < 0.9)

    def arms_of(c1, c2, th):
        # the temples, folded back across the lenses' top edge
        ux, uy = math.cos(th), math.sin(th)
        nx, ny = uy, -ux
        return [(c1[0] - ux * rx + nx * 40, c1[1] - uy * rx + ny * 40, c2[0] + ux * 30 + nx * (ry + 30), c2[1] + uy * 30 + ny * (ry + 30)),
                (c2[0] + ux * rx + nx * 50, c2[1] + uy * rx + ny * 50, c1[0] + ux * 40 + nx * (ry + 45), c1[1] + uy * 40 + ny * (ry + 45))]
    best, placed = -1, None
    for _ in range(6000):
        c1 = (rng.uniform(rx, w - rx), rng.uniform(h * 0.2, h * 0.8))
        th = math.radians(rng.uniform(-35, 35))
        c2 = (c1[0] + span * math.cos(th), c1[1] + span * math.sin(th))
        if not (lens_ok(*c1) and lens_ok(*c2)):
            continue
        arms = arms_of(c1, c2, th)
        if any(_line_hits(a, prot, 12) for a in arms):
            continue
        n = covered(*c1) + covered(*c2)
        if n > best:
            best, placed = n, (c1, c2, th, arms)
    if placed is None:
        raise RuntimeError("15: no place for the glasses")
    info = {"words_under_lenses": best}
    c1, c2, th, arms = placed
    centres = [c1, c2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out_a = a.copy()
    for (lx, ly) in centres:
        dx, dy = (xx - lx) / rx, (yy - ly) / ry
        r2 = dx * dx + dy * dy
        inside = r2 < 1.0
        mag = 1.22 - 0.10 * r2  # stronger in the middle, a little barrel toward the rim
        sxi = np.clip(lx + (xx - lx) / mag, 0, w - 1).astype(int)
        syi = np.clip(ly + (yy - ly) / mag, 0, h - 1).astype(int)
        samp = a[syi, sxi]
        glare = np.exp(-(((xx - lx + rx * 0.35) / (rx * 0.25)) ** 2 + ((yy - ly + ry * 0.45) / (ry * 0.15)) ** 2))
        samp = samp * np.array([0.97, 0.98, 0.95], np.float32) + 0.16 * glare[..., None]
        out_a[inside] = samp[inside]
    frame = (92, 58, 30)
    shadow = Image.new("L", (w, h), 0)
    ds = ImageDraw.Draw(shadow)
    for (lx, ly) in centres:
        ds.ellipse([lx - rx + 14, ly - ry + 22, lx + rx + 14, ly + ry + 22], outline=255, width=16)
    for a0 in arms:
        ds.line([(a0[0] + 12, a0[1] + 18), (a0[2] + 12, a0[3] + 18)], fill=255, width=12)
    sh = arr(shadow.filter(ImageFilter.GaussianBlur(10)))
    im = img(out_a * (1 - 0.35 * sh[..., None]))
    d = ImageDraw.Draw(im)
    for (lx, ly) in centres:
        d.ellipse([lx - rx, ly - ry, lx + rx, ly + ry], outline=frame, width=15)
    ux, uy = math.cos(th), math.sin(th)
    b0 = (c1[0] + ux * rx, c1[1] + uy * rx)
    b1 = (c2[0] - ux * rx, c2[1] - uy * rx)
    d.line([b0, ((b0[0] + b1[0]) / 2 + uy * 18, (b0[1] + b1[1]) / 2 - ux * 18), b1], fill=frame, width=12)
    for a0 in arms:
        d.line([(a0[0], a0[1]), (a0[2], a0[3])], fill=frame, width=11)
    W, H = 3024, 4032
    quad = [(300, 360), (2740, 400), (2830, 3640), (210, 3610)]
    warped, mask = warp(im, (W, H), quad)
    bg = wood(rng, H, W, tone=(0.45, 0.3, 0.2))
    res = compose(bg, warped, mask, shadow_of(mask, 14, 16, 16, 0.45))
    yy2, xx2 = np.mgrid[0:H, 0:W].astype(np.float32)
    res = res * (1.02 - 0.1 * (xx2 / W) - 0.08 * (yy2 / H))[..., None] * np.array([1.02, 1.0, 0.95], np.float32)
    res = res + rng.normal(0, 0.015, res.shape).astype(np.float32)
    jpeg(img(res).filter(ImageFilter.GaussianBlur(0.5)), out, 88)
    return info


def rolling_shutter(pdf, out, prot_tokens, seed, tmp):
    """16: a photo taken on a moving bus: the rolling shutter bends the lines into a wave, a little motion blur."""
    rng = np.random.default_rng(seed)
    page = render(pdf, 220, tmp)[0]
    W, H = 3024, 4032
    quad = [(330, 300), (2730, 250), (2820, 3770), (260, 3820)]
    warped, mask = warp(page, (W, H), quad)
    bg = fabric(rng, H, W)
    a = compose(bg, warped, mask, shadow_of(mask, 10, 12, 14, 0.45))
    # a band of window light sliding across
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    band = np.exp(-(((xx * 0.6 + yy * 0.8) - 2600) / 700) ** 2)
    a = a * (0.86 + 0.22 * band)[..., None]
    # rolling shutter: each row read a little later, the phone shaking sideways
    rows = np.arange(H, dtype=np.float32)
    shift = (11 * np.sin(2 * np.pi * rows / 1350 + 0.7) + 5 * np.sin(2 * np.pi * rows / 430 + 2.1)
             + 0.012 * (rows - H / 2)).astype(int)
    idx = np.clip(np.arange(W)[None, :] - shift[:, None], 0, W - 1)
    a = np.take_along_axis(a, np.repeat(idx[..., None], 3, axis=2), axis=1)
    # vertical motion blur of about 4 px
    a = (a + np.roll(a, 1, 0) + np.roll(a, 2, 0) + np.roll(a, 3, 0)) / 4.0
    a = a + rng.normal(0, 0.02, a.shape).astype(np.float32)
    jpeg(img(a), out, 86)


DEVICES = {f.__name__: f for f in (askew_counter, stamped_scan, tablet_dark, webcam, photo_fax_app, legal_split_fax,
                                   shallow_focus, dog_ear, crayon, reading_glasses, rolling_shutter)}


MULTI_PAGE = {"stamped_scan", "dog_ear"}


def make(device: str, pdf: Path, out: Path, tokens: set[str], seed: int):
    from render import pdf_pages
    n = pdf_pages(pdf)
    if n != 1 and device not in MULTI_PAGE:
        raise RuntimeError(f"{device}: the source runs to {n} pages; this device draws one")
    with tempfile.TemporaryDirectory() as td:
        return DEVICES[device](pdf, out, tokens, seed, Path(td))
