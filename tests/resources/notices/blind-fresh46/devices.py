"""Rendering and image devices for set 46 (FICTIONAL notices). numpy and Pillow only, seeded per notice."""
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
F = "/usr/share/fonts/truetype/dejavu/"
def font(name, size): return ImageFont.truetype(F + name, size)

def wrap(draw, text, fnt, width):
    out = []
    for para in text.split("\n"):
        words, line = para.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if draw.textlength(t, font=fnt) > width and line:
                out.append(line); line = w
            else:
                line = t
        out.append(line)
    return out

def render(blocks, seed, W=1700, H=2200, serif=False):
    rng = np.random.default_rng(seed)
    img = Image.new("RGB", (W, H), "white"); dr = ImageDraw.Draw(img)
    body = font("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf", 27)
    bold = font("DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf", 33)
    kvb = font("DejaVuSans-Bold.ttf", 27); mono = font("DejaVuSansMono.ttf", 24)
    x0, y, width = 110, 100, W - 220
    overlays = []
    for b in blocks:
        k = b[0]
        if k == "h":
            dr.text((x0, y), b[1], font=bold, fill=(10, 10, 10)); y += 52
        elif k == "p":
            for ln in wrap(dr, b[1], body, width):
                dr.text((x0, y), ln, font=body, fill=(20, 20, 20)); y += 36
            y += 16
        elif k == "kv":
            lab = b[1] + ":"
            dr.text((x0, y), lab, font=kvb, fill=(20, 20, 20))
            dr.text((x0 + max(dr.textlength(lab, font=kvb) + 20, 560), y), b[2], font=body, fill=(20, 20, 20)); y += 38
        elif k == "t":
            rows = b[1]; n = len(rows[0])
            widths = [max(dr.textlength(r[i], font=mono) for r in rows) + 26 for i in range(n)]
            scale = min(1.0, width / sum(widths)); widths = [w * scale for w in widths]
            y += 8; dr.line((x0, y, x0 + sum(widths), y), fill=(60, 60, 60), width=2)
            for ri, r in enumerate(rows):
                xx = x0 + 6
                for i, cell in enumerate(r):
                    dr.text((xx, y + 8), cell, font=mono, fill=(15, 15, 15)); xx += widths[i]
                y += 42; dr.line((x0, y, x0 + sum(widths), y), fill=(120, 120, 120), width=2 if ri == 0 else 1)
            y += 24
        elif k in ("stamp", "hand"):
            overlays.append(b)
    for b in overlays:
        if b[0] == "stamp":
            f = font("DejaVuSans-Bold.ttf", 44)
            lay = Image.new("RGBA", (520, 200), (0, 0, 0, 0)); d2 = ImageDraw.Draw(lay)
            d2.rectangle((6, 6, 512, 192), outline=(200, 30, 40, 200), width=6)
            for i, ln in enumerate(b[1].split("\n")):
                d2.text((30, 24 + i * 70), ln, font=f, fill=(200, 30, 40, 190))
            a = np.array(lay); a[..., 3] = (a[..., 3] * (rng.random(a.shape[:2]) > 0.18)).astype(np.uint8)
            lay = Image.fromarray(a).rotate(float(rng.uniform(-14, -8)), expand=True)
            img.paste(lay, (W - lay.width - 60, 140), lay)
        else:
            f = font("DejaVuSans-Oblique.ttf", 38)
            lay = Image.new("RGBA", (900, 160), (0, 0, 0, 0)); d2 = ImageDraw.Draw(lay)
            xx = 10
            for i, ln in enumerate(b[1].split("\n")):
                xx = 10
                for ch in ln:
                    d2.text((xx, 10 + i * 62 + int(rng.integers(-4, 5))), ch, font=f, fill=(25, 45, 150, 235)); xx += d2.textlength(ch, font=f) + int(rng.integers(-2, 3))
            lay = lay.rotate(float(rng.uniform(3, 7)), expand=True)
            img.paste(lay, (W - lay.width - 80, min(y + 30, H - lay.height - 40)), lay)
    return img

def _noise(a, rng, s): return np.clip(a + rng.normal(0, s, a.shape), 0, 255)

def chroma(img, rng):
    """Lateral chromatic aberration: red and blue planes scaled about the centre, fringes grow outward; a desk border."""
    a = np.asarray(img).astype(float); H, W, _ = a.shape
    out = np.empty_like(a)
    for c, s in ((0, 1.006), (1, 1.0), (2, 0.994)):
        ch = Image.fromarray(a[..., c].astype(np.uint8))
        nw, nh = int(W * s), int(H * s); ch = ch.resize((nw, nh), Image.BICUBIC)
        l, t = (nw - W) // 2, (nh - H) // 2
        if s >= 1: ch = ch.crop((l, t, l + W, t + H))
        else:
            pad = Image.new("L", (W, H), 255); pad.paste(ch, (-l, -t)); ch = pad
        out[..., c] = np.asarray(ch)
    out = out * np.array([0.96, 0.93, 0.86]) ; out = _noise(out, rng, 5)
    im = Image.fromarray(out.astype(np.uint8)).rotate(-1.2, fillcolor=(70, 55, 40), expand=False)
    return im.resize((1500, 1941), Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))

def platen(img, rng):
    """A photocopy from a dirty platen: vertical toner lines, dust specks, grey edge bands."""
    a = np.asarray(img.convert("L")).astype(float); H, W = a.shape
    a = 255 - (255 - a) * 1.15
    for x in rng.integers(40, W - 40, 5):
        w = int(rng.integers(1, 4)); a[:, x:x + w] *= rng.uniform(0.35, 0.7)
    ys, xs = rng.integers(0, H, 900), rng.integers(0, W, 900)
    for yy, xx in zip(ys, xs):
        r = int(rng.integers(1, 3)); a[yy:yy + r, xx:xx + r] = rng.uniform(0, 90)
    a[:, :28] = 70; a[:, -22:] = 90; a[:18, :] = 80
    return Image.fromarray(np.clip(_noise(a, rng, 6), 0, 255).astype(np.uint8))

def bleed(img, rng, back):
    """Thin paper scanned: the back page shows through, mirrored and faint."""
    a = np.asarray(img.convert("L")).astype(float)
    b = np.asarray(back.convert("L").transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(2.2))).astype(float)
    a = np.minimum(a, 255 - (255 - b) * 0.28) * 0.97 + 4
    return Image.fromarray(np.clip(_noise(a, rng, 3), 0, 255).astype(np.uint8))

def sodium(img, rng):
    """Under a sodium streetlight in a car: one orange hue, low contrast, heavy grain, slight tilt."""
    a = np.asarray(img.convert("L").rotate(2.3, fillcolor=20, expand=True).resize((1500, 1960), Image.BICUBIC)).astype(float) / 255
    a = 0.18 + a * 0.55
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    fall = 1 - 0.35 * ((xx / a.shape[1] - 0.3) ** 2 + (yy / a.shape[0] - 0.2) ** 2)
    a = a * fall
    rgb = np.stack([a * 255, a * 160, a * 40], -1)
    return Image.fromarray(np.clip(_noise(rgb, rng, 9), 0, 255).astype(np.uint8))

def speckle(img, rng):
    """Grey scan with salt-and-pepper noise and a few hot-pixel streaks along the scan direction."""
    a = np.asarray(img.convert("L")).astype(float)
    m = rng.random(a.shape); a[m < 0.004] = 0; a[m > 0.996] = 255
    for x in rng.integers(0, a.shape[1], 3): a[:, x] = np.minimum(a[:, x], 140)
    return Image.fromarray(a.astype(np.uint8))

def rolling(img, rng):
    """Rolling shutter while the hand moved: each row shifted by a smooth, wobbling amount; motion smear."""
    a = np.asarray(img.convert("RGB")).astype(float); H, W, _ = a.shape
    out = np.full_like(a, 235.0)
    ph = rng.uniform(0, 6.28)
    for y in range(H):
        s = int(0.05 * y + 14 * np.sin(y / 180 + ph))
        if s >= 0: out[y, s:] = a[y, :W - s]
        else: out[y, :W + s] = a[y, -s:]
    im = Image.fromarray(out.astype(np.uint8)).filter(ImageFilter.BoxBlur(1))
    bg = Image.new("RGB", (1800, 2300), (120, 110, 96)); bg.paste(im, (40, 50))
    return bg.resize((1600, 2044), Image.BICUBIC)

def bayer(img, rng):
    """A cheap camera's colour mosaic, demosaiced crudely (nearest neighbour per 2x2): zipper edges, colour noise."""
    a = np.asarray(img.convert("RGB").resize((1400, 1812), Image.BICUBIC)).astype(float)
    a = a * np.array([1.0, 0.97, 0.9]); a = _noise(a, rng, 7)
    H, W, _ = a.shape; H -= H % 2; W -= W % 2; a = a[:H, :W]
    R = a[0::2, 0::2, 0]; G = a[0::2, 1::2, 1]; B = a[1::2, 1::2, 2]
    out = np.empty_like(a)
    for c, p in ((0, R), (1, G), (2, B)):
        out[..., c] = np.repeat(np.repeat(p, 2, 0), 2, 1)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))

def focus(img, rng):
    """Shallow depth of field: a sharp band across the middle, soft towards top and bottom; warm light."""
    sharp = img.convert("RGB"); soft = sharp.filter(ImageFilter.GaussianBlur(2.6))
    H = sharp.height; yy = np.linspace(0, 1, H)
    w = np.clip(np.abs(yy - 0.5) * 2.2 - 0.35, 0, 1)[:, None, None]
    a = np.asarray(sharp).astype(float) * (1 - w) + np.asarray(soft).astype(float) * w
    a = a * np.array([1.0, 0.95, 0.86]); a = _noise(a, rng, 4)
    return Image.fromarray(a.astype(np.uint8)).rotate(-0.8, fillcolor=(90, 70, 50)).resize((1500, 1941), Image.BICUBIC)

def alias(img, rng):
    """A small screenshot enlarged with nearest-neighbour scaling: blocky, aliased letters."""
    g = img.convert("L").resize((850, 1100), Image.BILINEAR)
    return g.resize((1700, 2200), Image.NEAREST)

def interlace(img, rng):
    """A frame grabbed from interlaced video: odd rows from a moment later (shifted), soft, dim."""
    a = np.asarray(img.convert("L").resize((1440, 1863), Image.BICUBIC)).astype(float)
    b = np.roll(a, 5, axis=1); b[:, :5] = 255
    a[1::2] = b[1::2]
    a = 30 + a * 0.82
    return Image.fromarray(np.clip(_noise(a, rng, 4), 0, 255).astype(np.uint8))

def ring(img, rng):
    """A mug's tea ring and a drip stain on the page, then a phone photo with a slight tilt."""
    a = np.asarray(img.convert("RGB")).astype(float); H, W, _ = a.shape
    yy, xx = np.mgrid[0:H, 0:W]
    for cx, cy, r in ((W * 0.70, H * 0.30, 190), (W * 0.28, H * 0.43, 60)):
        d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
        band = np.exp(-((d - r) / 9) ** 2) * 0.45 + (d < r) * 0.07
        a = a * (1 - band[..., None] * np.array([0.25, 0.45, 0.75]))
    a = _noise(a * np.array([0.97, 0.95, 0.9]), rng, 4)
    return Image.fromarray(a.astype(np.uint8)).rotate(1.6, fillcolor=(60, 60, 66)).resize((1500, 1941), Image.BICUBIC)
