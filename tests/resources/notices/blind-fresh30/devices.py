"""Page rendering and the eleven image devices of set 30 (numpy and Pillow only; seeded per notice). FICTIONAL."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = {
    "sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "serif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
             "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
}
W, H = 1700, 2200          # letter at 200 dpi


def _wrap(draw, text, font, width):
    words, out, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


def render(case, scale=1.0):
    """Draw the case's lines on a white page. Returns (L image, boxes) where boxes are (text, x0, y0, x1, y1)."""
    w, h = int(W * scale), int(H * scale)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    size = int(case["size"] * scale)
    reg = ImageFont.truetype(FONTS[case["font"]][0], size)
    bold = ImageFont.truetype(FONTS[case["font"]][1], size)
    big = ImageFont.truetype(FONTS[case["font"]][1], int(size * 1.2))
    m = int(125 * scale)
    tw = w - 2 * m
    y = int(105 * scale)
    lh = int(size * 1.42)
    boxes = []
    first = True
    for raw in case["lines"]:
        line, tabset = raw, ""
        if line.startswith("h|"):
            line, tabset = line[2:], "h"
        if not line:
            y += lh // 2
            continue
        f = reg
        if line.startswith("#"):
            line = line[1:]
            f = big if first else bold
        first = False
        if "\t" in line:
            stops = case["tabs"][tabset]
            for i, cell in enumerate(line.split("\t")):
                if cell:
                    x = m + int(stops[i] * tw)
                    d.text((x, y), cell, font=f, fill=20)
                    boxes.append((cell, x, y, x + d.textlength(cell, font=f), y + size))
            y += lh
        else:
            for part in _wrap(d, line, f, tw):
                d.text((m, y), part, font=f, fill=20)
                boxes.append((part, m, y, m + d.textlength(part, font=f), y + size))
                y += lh
    if y > h - int(60 * scale):
        raise ValueError(f"notice {case['n']}: text runs off the page ({y} > {h})")
    return img, boxes


# ------------------------------------------------------------------------------------------------ helpers
def homography(src, dst):
    """3x3 matrix mapping src points to dst points (4 pairs)."""
    a = []
    for (x, y), (u, v) in zip(src, dst):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.array(a, float))
    m = vt[-1].reshape(3, 3)
    return m / m[2, 2]


def apply_h(m, x, y):
    p = m @ np.array([x, y, 1.0])
    return p[0] / p[2], p[1] / p[2]


def place(page, bg, quad):
    """Warp an RGB page onto background bg so its corners land on quad (TL, TR, BR, BL). Returns image, H."""
    pw, ph = page.size
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    m = homography(src, quad)
    inv = np.linalg.inv(m)
    inv = inv / inv[2, 2]
    coeffs = tuple(inv.flatten()[:8])
    warped = page.transform(bg.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(bg.size, Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    return out, m


def lowfreq(rng, shape, cells=8):
    small = rng.random((cells, cells))
    return np.asarray(Image.fromarray((small * 255).astype(np.uint8)).resize(shape[::-1], Image.BICUBIC),
                      float) / 255.0


def bg_wood(rng, size, base=(120, 78, 45)):
    w, h = size
    y = np.arange(h)[:, None]
    x = np.arange(w)[None, :]
    grain = np.sin(x / 9.0 + 3 * np.sin(y / 140.0) + rng.random() * 6) * 0.5 + 0.5
    grain = 0.8 + 0.2 * grain + 0.1 * lowfreq(rng, (h, w), 6)
    arr = np.stack([np.clip(base[i] * grain, 0, 255) for i in range(3)], -1)
    return Image.fromarray(arr.astype(np.uint8))


def bg_flat(rng, size, base, amp=12):
    w, h = size
    lf = lowfreq(rng, (h, w), 5)
    n = rng.normal(0, 3, (h, w))
    arr = np.stack([np.clip(base[i] + amp * (lf - .5) + n, 0, 255) for i in range(3)], -1)
    return Image.fromarray(arr.astype(np.uint8))


def to_rgb(page, paper=(250, 248, 242)):
    a = np.asarray(page, float) / 255.0
    ink = np.array([28, 28, 34], float)
    arr = ink + (np.array(paper, float) - ink) * a[..., None]
    return Image.fromarray(arr.astype(np.uint8))


def light(img, rng, strength=0.25, direction=(1, 0)):
    w, h = img.size
    x = np.linspace(-1, 1, w)[None, :]
    y = np.linspace(-1, 1, h)[:, None]
    g = 1 - strength * (0.5 + 0.5 * (direction[0] * x + direction[1] * y) / max(1e-6, abs(direction[0]) +
                                                                             abs(direction[1])))
    arr = np.asarray(img, float) * g[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def noise(img, rng, sigma):
    arr = np.asarray(img, float)
    arr = arr + rng.normal(0, sigma, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def jitter_quad(rng, w, h, margin, j):
    q = [(margin[0], margin[1]), (w - margin[0], margin[1]), (w - margin[0], h - margin[1]),
         (margin[0], h - margin[1])]
    return [(x + rng.uniform(-j, j), y + rng.uniform(-j, j)) for x, y in q]


# ------------------------------------------------------------------------------------------------ devices
def droop(page, boxes, rng, case):
    """Phone photo: the page's lower part hangs over the table edge, foreshortened and shaded.
    The edge runs under the appeal rights, so the last lines of text lie on the bent part."""
    a = np.asarray(to_rgb(page), float)
    h, w = a.shape[:2]
    y0 = int(max(b[4] for b in boxes) - 330)
    rows = list(range(y0))
    shade = [1.0] * y0
    t, src = 0.0, float(y0)
    while src < h - 1:
        rows.append(int(src))
        k = (src - y0) / (h - y0)
        shade.append(1.0 - 0.45 * k)
        src += 1.0 + 2.2 * k        # the bent part shrinks as it turns away
    out = a[rows] * np.array(shade)[:, None, None]
    # the bent part also narrows (it is farther away)
    res = np.full((len(rows), w, 3), 0.0)
    for i in range(len(rows)):
        if i < y0:
            res[i] = out[i]
            continue
        k = (i - y0) / (len(rows) - y0)
        sw = int(w * (1 - 0.06 * k))
        rowimg = Image.fromarray(out[i:i + 1].astype(np.uint8)).resize((sw, 1), Image.BILINEAR)
        off = (w - sw) // 2
        res[i, off:off + sw] = np.asarray(rowimg, float)[0]
        res[i, :off] = res[i, off + sw:] = -1
    pg = Image.fromarray(np.clip(res, 0, 255).astype(np.uint8))
    mask = Image.fromarray(((res[..., 0] >= 0) * 255).astype(np.uint8))
    size = (1600, 2150)
    bg = bg_wood(rng, size, (132, 96, 62))
    # the floor below the table edge
    edge_y = int(60 + (y0 / h) * 1980)
    b = np.asarray(bg, float)
    b[edge_y + 8:] = b[edge_y + 8:] * 0.35
    b[edge_y:edge_y + 8] = b[edge_y:edge_y + 8] * 1.25
    bg = Image.fromarray(np.clip(b, 0, 255).astype(np.uint8))
    scale = 1980 / h
    pg = pg.resize((int(w * scale), int(pg.size[1] * scale)), Image.LANCZOS)
    mask = mask.resize(pg.size, Image.BILINEAR)
    x0 = (size[0] - pg.size[0]) // 2 + int(rng.uniform(-20, 20))
    bg.paste(pg, (x0, 60), mask)
    img = light(bg, rng, 0.22, (0.3, 1))
    img = img.rotate(rng.uniform(-1.2, 1.2), Image.BICUBIC, fillcolor=(40, 30, 22))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return noise(img, rng, 4), "JPEG", dict(quality=86)


def wand(page, rng, case):
    """Hand-held wand scanner pulled down the page: uneven speed stretches and squeezes rows; the hand drifts."""
    a = np.asarray(page, float)
    h, w = a.shape
    t = np.arange(int(h * 1.03))
    speed = 1 + 0.10 * np.sin(2 * np.pi * t / 640 + rng.uniform(0, 6)) + 0.05 * np.sin(2 * np.pi * t / 170 +
                                                                                       rng.uniform(0, 6))
    src = np.cumsum(speed)
    src = src * (h - 1) / src[-1]
    rows = a[src.astype(int)]
    out = np.full((len(t), w + 80), 120.0)
    drift = 22 * np.sin(2 * np.pi * t / 1900 + rng.uniform(0, 6)) + 14 * t / len(t)
    for i in range(len(t)):
        off = int(40 + drift[i])
        out[i, off:off + w] = rows[i]
        # brightness follows speed: fast strokes get less light
        out[i, off:off + w] = 255 - (255 - out[i, off:off + w]) * (1.08 - 0.5 * (speed[i] - 1))
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.BoxBlur(0.6))
    arr = np.asarray(img, float) + rng.normal(0, 3, (img.size[1], img.size[0]))
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.point(lambda v: min(255, int(v * 1.02)))
    return img, "PNG", dict(optimize=True)


def linen(page, rng, case):
    """Linen-finish stationery (a woven emboss) photographed under light raking from the left."""
    a = np.asarray(page, float) / 255.0
    h, w = a.shape
    y = np.arange(h)[:, None]
    x = np.arange(w)[None, :]
    weave = (np.sin(2 * np.pi * x / 5.0 + 0.6 * np.sin(y / 37.0)) * 0.5 +
             np.sin(2 * np.pi * y / 4.6 + 0.6 * np.sin(x / 41.0)) * 0.5)
    weave = weave * (0.7 + 0.6 * lowfreq(rng, (h, w), 30))
    grad = np.roll(weave, 1, axis=1) - weave       # shading from a light to the left
    paper = np.array([244, 238, 224], float)
    base = paper[None, None, :] * (1 + 0.07 * grad[..., None] + 0.03 * weave[..., None])
    ink_cov = (1 - a) * (0.82 + 0.18 * (weave > -0.3))   # ink sits less on the weave's hollows
    ink = np.array([30, 30, 60], float)
    arr = base * (1 - ink_cov[..., None]) + ink * ink_cov[..., None]
    pg = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    size = (1700, 2200)
    bg = bg_flat(rng, size, (58, 66, 74), 20)
    quad = jitter_quad(rng, size[0], size[1], (70, 55), 28)
    img, _ = place(pg, bg, quad)
    img = light(img, rng, 0.35, (1, 0.2))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return noise(img, rng, 3), "JPEG", dict(quality=87)


def frosted(page, rng, case):
    """Scanned through a frosted (matte) plastic pouch: milky, soft, low contrast, the welded seam at the edges."""
    img = page.filter(ImageFilter.GaussianBlur(1.25))
    a = np.asarray(img, float)
    h, w = a.shape
    milk = 228 + 14 * (lowfreq(rng, (h, w), 12) - .5) + rng.normal(0, 2.5, (h, w))
    a = 0.70 * a + 0.30 * milk
    # the pouch's welded seam along the top and left, and its edge
    for (s, e, v) in [(18, 30, 246), (30, 33, 150), (33, 36, 200)]:
        a[s:e, :] = 0.3 * a[s:e, :] + 0.7 * v
        a[:, s:e] = 0.3 * a[:, s:e] + 0.7 * v
    a = a + rng.normal(0, 2.0, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), "PDF", {}


def deadccd(page, rng, case):
    """A flatbed whose sensor has dead elements: thin bright vertical lines run the length of the page."""
    a = np.asarray(page, float)
    h, w = a.shape
    a = 236 - (236 - 30) * (1 - a / 255.0)
    a = a + rng.normal(0, 3, a.shape)
    cols = sorted(rng.choice(np.arange(200, w - 200), 8, replace=False))
    for i, c in enumerate(cols):
        width = 2 if i % 3 == 0 else 1
        a[:, c:c + width] = 252
    a[:, cols[2] + 37] = a[:, cols[2] + 37] * 0.9     # one weak element reads a shade darker
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(-0.35, Image.BICUBIC, fillcolor=236)
    return img, "TIFF", dict(compression="tiff_adobe_deflate")


def coldlamp(page, rng, case):
    """Colour scan started before the lamp warmed up: the top is dim and blue, reaching normal a third down."""
    rgb = np.asarray(to_rgb(page, (252, 251, 247)), float)
    h, w = rgb.shape[:2]
    t = np.clip(np.arange(h) / (0.42 * h), 0, 1)[:, None] ** 0.8
    g = 0.52 + 0.48 * t
    gains = np.stack([g * (0.78 + 0.22 * t), g * (0.9 + 0.1 * t), np.minimum(1.0, g * 1.18)], -1)
    arr = rgb * gains + rng.normal(0, 1, (h, w, 1)) * (6 * (1 - t) + 2)[..., None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).rotate(0.4, Image.BICUBIC, fillcolor=(250, 250, 250))
    return img, "JPEG", dict(quality=88)


def newton(page, rng, case):
    """Glossy print scanned flat on the glass: rainbow Newton's rings where the paper touched the glass."""
    rgb = np.asarray(to_rgb(page, (246, 246, 246)), float)
    h, w = rgb.shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(float)
    mod = np.ones((h, w, 3))
    for cx, cy, k in [(w * 0.72, h * 0.3, 2600.0), (w * 0.25, h * 0.66, 3400.0), (w * 0.6, h * 0.86, 2200.0)]:
        cx += rng.uniform(-60, 60)
        cy += rng.uniform(-60, 60)
        r2 = (x - cx) ** 2 + ((y - cy) * 1.3) ** 2
        amp = 0.16 * np.exp(-np.sqrt(r2) / 380.0)
        for c, lam in enumerate((650.0, 540.0, 460.0)):
            mod[..., c] *= 1 + amp * np.cos(r2 / k * (540.0 / lam))
    arr = rgb * mod + rng.normal(0, 2, (h, w, 1))
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).rotate(-0.6, Image.BICUBIC, fillcolor=(248, 248, 248))
    return img, "JPEG", dict(quality=88)


def videostill(page, rng, case):
    """A still pulled from a phone video of the page: block artefacts, a little motion smear."""
    size = (1080, 1920)
    bg = bg_flat(rng, size, (150, 140, 128), 18)
    pw = 1040
    ph = int(pw * H / W)
    pg = to_rgb(page).resize((pw, ph), Image.LANCZOS)
    quad = jitter_quad(rng, size[0], size[1], (20, (size[1] - ph) // 2), 14)
    img, _ = place(pg, bg, quad)
    img = light(img, rng, 0.18, (0.2, 1))
    k = ImageFilter.Kernel((5, 5), [0] * 10 + [1, 1, 2, 1, 1] + [0] * 10, 6)
    img = img.filter(k)
    import io
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=30, subsampling=2)
    img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return noise(img, rng, 2), "JPEG", dict(quality=90)


def cleartype(page_fn, rng, case):
    """Screenshot of a PDF viewer at 120 dpi with subpixel (ClearType) text: colour fringes on every stroke."""
    big, _ = page_fn(1.8)                          # 3060 x 3960
    big = big.resize((3060, 1320), Image.LANCZOS)  # three horizontal samples per screen pixel
    a = np.asarray(big, float)
    a = (a + np.roll(a, 1, 1) * 0.35 + np.roll(a, -1, 1) * 0.35) / 1.7
    sub = a.reshape(1320, 1020, 3)
    pg = Image.fromarray(np.clip(sub, 0, 255).astype(np.uint8))
    win = Image.new("RGB", (1200, 1480), (82, 86, 89))
    d = ImageDraw.Draw(win)
    d.rectangle([0, 0, 1200, 52], fill=(50, 54, 57))
    f = ImageFont.truetype(FONTS["sans"][0], 18)
    d.text((18, 15), "Aviso_RioClaro_20nov.pdf", font=f, fill=(235, 235, 235))
    d.text((560, 15), "1 / 1    -  120%  +", font=f, fill=(235, 235, 235))
    d.rectangle([1186, 52, 1200, 1480], fill=(66, 70, 72))
    d.rectangle([1189, 70, 1197, 1400], fill=(120, 124, 126))
    win.paste(pg, (80, 96))
    return win, "PNG", dict(optimize=True)


def markup(page, boxes, rng, case):
    """Phone photo the member marked up in a photo editor: a neon circle, an arrow and a note."""
    size = (1600, 2080)
    bg = bg_flat(rng, size, (196, 186, 170), 16)
    pg = to_rgb(page, (250, 250, 247))
    quad = jitter_quad(rng, size[0], size[1], (45, 35), 22)
    img, m = place(pg, bg, quad)
    img = light(img, rng, 0.2, (-0.5, 1))
    img = noise(img.filter(ImageFilter.GaussianBlur(0.6)), rng, 3)
    d = ImageDraw.Draw(img)
    mk = case["markup"]
    pink = (255, 40, 170)
    for text, x0, y0, x1, y1 in boxes:
        if mk["circle"] in text:
            p0 = apply_h(m, x0 - 30, y0 - 22)
            p1 = apply_h(m, x1 + 30, y1 + 26)
            d.ellipse([p0[0], p0[1], p1[0], p1[1]], outline=pink, width=7)
    for text, x0, y0, x1, y1 in boxes:
        if text == mk["arrow"]:          # a short heading: the note goes to its right, the arrow points at it
            f = ImageFont.truetype(FONTS["sans"][1], 40)
            a0 = apply_h(m, x1 + 200, (y0 + y1) / 2)
            tip = apply_h(m, x1 + 20, (y0 + y1) / 2)
            d.line([a0, tip], fill=pink, width=7)
            d.line([tip, (tip[0] + 26, tip[1] - 20)], fill=pink, width=7)
            d.line([tip, (tip[0] + 26, tip[1] + 20)], fill=pink, width=7)
            d.text((a0[0] + 16, a0[1] - 26), mk["note"], font=f, fill=pink)
    return img, "JPEG", dict(quality=88)


def fpn(page, rng, case):
    """A cheap phone in shade: gain pushed up, fixed-pattern column stripes, row noise and hot pixels."""
    size = (1500, 1960)
    bg = bg_flat(rng, size, (90, 96, 110), 14)
    pg = to_rgb(page, (246, 244, 238))
    quad = jitter_quad(rng, size[0], size[1], (40, 30), 20)
    img, _ = place(pg, bg, quad)
    img = light(img, rng, 0.18, (1, 1))
    a = np.asarray(img, float) * 0.78
    h, w = a.shape[:2]
    col = rng.normal(0, 6, (1, w, 1))
    row = rng.normal(0, 2, (h, 1, 1))
    chroma = rng.normal(0, 5, (h, w, 3))
    a = a + col + row + chroma + rng.normal(0, 4, (h, w, 1))
    hot = rng.random((h, w)) < 0.0004
    a[hot] = rng.uniform(180, 255, (hot.sum(), 3))
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return img, "JPEG", dict(quality=86)


DEVICES = dict(droop=droop, wand=wand, linen=linen, frosted=frosted, deadccd=deadccd, coldlamp=coldlamp,
               newton=newton, videostill=videostill, cleartype=cleartype, markup=markup, fpn=fpn)
