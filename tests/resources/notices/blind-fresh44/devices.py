"""Page drawing and the eleven image devices of set 44 (numpy and Pillow only, seeded). FICTIONAL set."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTDIR = "/usr/share/fonts/truetype/liberation2/"
_fc = {}


def font(size, bold=False, serif=False):
    name = ("LiberationSerif" if serif else "LiberationSans") + ("-Bold" if bold else "-Regular") + ".ttf"
    k = (name, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONTDIR + name, size)
    return _fc[k]


def wrap(text, f, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if f.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def render(blocks, width=1700, minheight=2200, margin=140, body=30, title_size=46, title_bold=True,
           heading_size=33, serif=False):
    """Draw the blocks on white paper. Returns (L image, {tag: y})."""
    ops, tags = [], {}
    y = margin
    avail = width - 2 * margin
    fb, fbb = font(body, serif=serif), font(body, True, serif=serif)
    lh = int(body * 1.38)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            f = font(title_size, title_bold, serif=serif)
            for ln in wrap(b[1], f, avail):
                ops.append(("text", margin, y, ln, f))
                y += int(title_size * 1.25)
            y += 8
        elif kind == "h":
            f = font(heading_size, True, serif=serif)
            y += 10
            for ln in wrap(b[1], f, avail):
                ops.append(("text", margin, y, ln, f))
                y += int(heading_size * 1.3)
            y += 6
        elif kind in ("p", "small"):
            f = fb if kind == "p" else font(int(body * 0.8), serif=serif)
            step = lh if kind == "p" else int(body * 1.1)
            for ln in wrap(b[1], f, avail):
                ops.append(("text", margin, y, ln, f))
                y += step
            y += 12
        elif kind == "gap":
            y += lh // 2
        elif kind == "tag":
            tags[b[1]] = y
        elif kind == "addr":
            for ln in b[1]:
                ops.append(("text", margin + 60, y, ln, fbb))
                y += lh
            y += 12
        elif kind == "kv":
            lw = max(fbb.getlength(k + ":") for k, _ in b[1]) + 30
            lw = min(lw, avail * 0.45)
            y0 = y
            for k, v in b[1]:
                klines = wrap(k + ":", fbb, lw - 20)
                vlines = wrap(v, fb, avail - lw - 20)
                for i, ln in enumerate(klines):
                    ops.append(("text", margin + 12, y + 6 + i * lh, ln, fbb))
                for i, ln in enumerate(vlines):
                    ops.append(("text", margin + lw, y + 6 + i * lh, ln, fb))
                y += max(len(klines), len(vlines)) * lh + 8
            ops.append(("rect", margin, y0 - 4, margin + avail, y + 2))
            y += 22
        elif kind == "table":
            heads, rows = b[1], b[2]
            size = body - 2
            while True:
                ft, ftb = font(size, serif=serif), font(size, True, serif=serif)
                need = [max([ftb.getlength(heads[i])] + [ft.getlength(r[i]) for r in rows]) + 24
                        for i in range(len(heads))]
                if sum(need) <= avail or size <= 20:
                    break
                size -= 1
            extra = (avail - sum(need)) / len(need) if sum(need) < avail else 0
            cw = [n + extra for n in need]
            tlh = int(size * 1.4)
            xs = [margin]
            for w in cw:
                xs.append(xs[-1] + w)
            ops.append(("rect", margin, y, xs[-1], y + tlh + 8))
            for i, h in enumerate(heads):
                hl = wrap(h, ftb, cw[i] - 16)
                ops.append(("text", xs[i] + 10, y + 5, hl[0] if len(hl) == 1 else h, ftb))
            y += tlh + 8
            for r in rows:
                for i, c in enumerate(r):
                    ops.append(("text", xs[i] + 10, y + 5, c, ft))
                ops.append(("hline", margin, y + tlh + 8, xs[-1]))
                y += tlh + 8
            for x in xs:
                ops.append(("vline", x, y - (tlh + 8) * (len(rows) + 1), y))
            ops.append(("hline", margin, y, xs[-1]))
            y += 22
    h = max(minheight, y + margin)
    img = Image.new("L", (width, h), 255)
    d = ImageDraw.Draw(img)
    for op in ops:
        if op[0] == "text":
            d.text((op[1], op[2]), op[3], font=op[4], fill=0)
        elif op[0] == "rect":
            d.rectangle(op[1:5], outline=0, width=2)
        elif op[0] == "hline":
            d.line([(op[1], op[2]), (op[3], op[2])], fill=0, width=2)
        elif op[0] == "vline":
            d.line([(op[1], op[2]), (op[1], op[3])], fill=0, width=2)
    return img, tags


# ---------------------------------------------------------------- helpers
def persp_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output point in dst quad -> input point in src quad."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def place(page_rgb, canvas_rgb, quad):
    """Warp the page onto the quad (tl, tr, br, bl) of the canvas."""
    w, h = page_rgb.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    W, H = canvas_rgb.size
    co = persp_coeffs(quad, src)
    warped = page_rgb.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    out = canvas_rgb.copy()
    out.paste(warped, (0, 0), mask)
    return out, mask


def arr(img):
    return np.asarray(img).astype(np.float32)


def toimg(a, mode=None):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode)


def blur_noise(rng, shape, radius):
    n = rng.normal(0, 1, shape).astype(np.float32)
    im = toimg((n * 40 + 128))
    im = im.filter(ImageFilter.GaussianBlur(radius))
    a = arr(im) - 128
    return a / (a.std() + 1e-6)


def add_noise(a, rng, sigma):
    return a + rng.normal(0, sigma, a.shape).astype(np.float32)


def grey_to_rgb(img):
    return img.convert("RGB")


# ---------------------------------------------------------------- devices
def steel(page, tags, rng):
    """Page lying on a brushed stainless-steel counter: streaked metal, reflections, a window's light."""
    W, H = 2100, 2650
    base = rng.normal(0, 1, (H, W)).astype(np.float32)
    streak = toimg(base * 30 + 128).filter(ImageFilter.BoxBlur(1)).resize((W // 40, H), Image.BILINEAR)
    streak = arr(streak.resize((W, H), Image.BICUBIC)) - 128
    grad = np.linspace(0, 1, W)[None, :] * 40 + np.linspace(0, 1, H)[:, None] * 25
    metal = 150 + streak * 2.2 + grad + 25 * np.exp(-((np.arange(W)[None, :] - 1500) / 260.0) ** 2)
    bg = np.stack([metal * 0.97, metal * 0.99, metal * 1.03], -1)
    canvas = toimg(bg, "RGB")
    pg = grey_to_rgb(page)
    quad = [(190, 150), (1930, 210), (1975, 2480), (150, 2430)]
    out, mask = place(pg, canvas, quad)
    a = arr(out)
    m = arr(mask)[..., None] / 255.0
    # the window's cool light falling across, and a soft reflection band of the steel's sheen onto the paper
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 0.88 + 0.12 * (xx / W) - 0.06 * (yy / H)
    band = 10 * np.exp(-((xx - 0.35 * yy - 900) / 120.0) ** 2)
    a = a * (light[..., None] * m + (1 - m)) + (band[..., None] * m)
    a[..., 2] += 4
    # the page's own shadow on the metal at its right edge
    sh = toimg(arr(mask)).filter(ImageFilter.GaussianBlur(18))
    sha = arr(sh)[..., None] / 255.0
    a = a * (1 - 0.35 * np.clip(sha - m, 0, 1))
    a = add_noise(a, rng, 3.5)
    return toimg(a, "RGB").filter(ImageFilter.GaussianBlur(0.7))


def spine(page, tags, rng):
    """Scanned inside a clear report cover: black slide-on spine bar at the left, the sheet's sheen and edge."""
    a = arr(page)
    H, W = a.shape
    a = 255 - (255 - a) * 0.82          # the plastic lowers the contrast
    a = a * 0.965 + 4
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a += 6 * np.sin((xx * 0.9 + yy) / 230.0) * np.exp(-((xx - yy * 0.5 - 500) / 500.0) ** 2)  # sheen
    a[:, 0:78] = 22 + 10 * np.exp(-((xx[:, 0:78] - 40) / 10.0) ** 2)                           # spine bar
    a[:, 78:96] *= np.linspace(0.6, 1.0, 18)[None, :]                                          # its shadow
    a[:, W - 36:W - 33] -= 30                                                                   # cover edge
    a[H - 30:H - 27, :] -= 30
    a = add_noise(a, rng, 2.5)
    img = toimg(a).rotate(0.35, resample=Image.BICUBIC, fillcolor=250)
    rgb = np.stack([arr(img) * 0.99, arr(img) * 0.995, arr(img)], -1)
    return toimg(rgb, "RGB")


def pleat(page, tags, rng):
    """A sheet-feeder pleat: a band folded under, a crease shadow, the rows below shifted and skewed."""
    y = tags["pleat"]
    a = arr(page)
    H, W = a.shape
    fold = 22
    top = a[:y]
    below = a[y + fold:]
    below_img = toimg(below).rotate(-0.25, resample=Image.BICUBIC, fillcolor=255, center=(0, 0))
    below = np.roll(arr(below_img), 9, axis=1)
    below[:, :9] = 255
    crease = np.full((14, W), 255, np.float32)
    crease[3:6] = 70
    crease[6:11] = np.linspace(120, 230, 5)[:, None]
    out = np.concatenate([top, crease, below, np.full((fold - 14 if fold > 14 else 0, W), 255, np.float32)])[:H]
    out[y - 8:y] *= np.linspace(1.0, 0.86, 8)[:, None]
    out = 255 - (255 - out) * 0.92
    out = add_noise(out, rng, 3)
    return toimg(out)


def fairy(page, tags, rng):
    """Night photo under a string of coloured holiday lights: bokeh discs, coloured glints, warm dim paper."""
    W, H = 2150, 2700
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    wood = 45 + 12 * np.sin(xx / 37.0 + 3 * blur_noise(rng, (H, W), 25)) + 6 * blur_noise(rng, (H, W), 4)
    bg = np.stack([wood * 1.25, wood * 0.9, wood * 0.65], -1)
    canvas = toimg(bg, "RGB")
    pg = grey_to_rgb(page)
    quad = [(215, 300), (1935, 260), (2010, 2600), (170, 2640)]
    out, mask = place(pg, canvas, quad)
    a = arr(out)
    m = arr(mask)[..., None] / 255.0
    a = a * (m * np.array([0.86, 0.74, 0.55]) + (1 - m))
    glow = np.zeros_like(a)
    cols = [(255, 60, 50), (60, 230, 90), (70, 120, 255), (255, 210, 60), (240, 90, 220)]
    # the wire across the top, lights along it (above the page's text), and more down the right edge
    pts = [(int(60 + i * 110), int(150 + 60 * np.sin(i / 2.3))) for i in range(19)]
    pts += [(int(2080 + 25 * np.sin(i)), int(420 + i * 170)) for i in range(13)]
    for i, (px, py) in enumerate(pts):
        c = np.array(cols[i % len(cols)], np.float32)
        r = 34 + 10 * rng.random()
        d2 = (xx - px) ** 2 + (yy - py) ** 2
        disc = np.clip((r - np.sqrt(d2)) / 4.0, 0, 1) * 0.85 + np.exp(-d2 / (2 * (r * 2.2) ** 2)) * 0.35
        glow += disc[..., None] * c[None, None, :]
        # a coloured glint of this light on the glossy paper
        gx, gy = px * 0.8 + 200, py * 0.6 + 700 + 60 * i
        if i % 3 == 0 and gy < H:
            g = np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * 160.0 ** 2)) * 0.10
            glow += (g[..., None] * c[None, None, :]) * m
    a = a + glow
    a = add_noise(a, rng, 7)
    img = toimg(a, "RGB").filter(ImageFilter.GaussianBlur(0.9))
    return img


def sanitizer(page, tags, rng):
    """Hand sanitizer dried on the page: pale blotches where the toner lifted, brownish tide lines."""
    a = arr(page)
    H, W = a.shape
    field = blur_noise(rng, (H // 4, W // 4), 14)
    field = arr(toimg(field * 40 + 128).resize((W, H), Image.BICUBIC)) - 128
    field /= field.std() + 1e-6
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # three splashes: blotches are where the noise field is high inside a few round areas
    spots = np.zeros((H, W), np.float32)
    for cx, cy, r in [(1150, tags.get("mid", 1300) - 120, 300), (420, 700, 220), (1300, 1900, 260)]:
        spots = np.maximum(spots, np.clip(1.4 - np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / r, 0, 1))
    blot = ((field * 0.6 + spots * 2.2) > 1.35).astype(np.float32)
    soft = arr(toimg(blot * 255).filter(ImageFilter.GaussianBlur(3))) / 255.0
    edge = arr(toimg(blot * 255).filter(ImageFilter.FIND_EDGES).filter(ImageFilter.GaussianBlur(2.5))) / 255.0
    ink = 255 - a
    a = 255 - ink * (1 - 0.5 * soft)
    paper = np.stack([a * 0.985 + 2, a * 0.975 + 2, a * 0.95 + 3], -1)
    paper -= (edge * 70)[..., None] * np.array([0.6, 0.75, 1.0])
    paper = add_noise(paper, rng, 2.5)
    return toimg(paper, "RGB").rotate(-0.5, resample=Image.BICUBIC, fillcolor=(235, 235, 235))


def hollow(page, tags, rng):
    """A phone scanner app's black-and-white mode: an adaptive threshold with a small window hollows bold type."""
    a = arr(page)
    H, W = a.shape
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = a * (0.72 + 0.2 * (xx / W) + 0.06 * np.sin(yy / 400.0))  # uneven light before thresholding
    a = add_noise(a, rng, 4)
    mean = arr(toimg(a).filter(ImageFilter.BoxBlur(4)))
    bw = np.where(a < mean - 14, 0, 255).astype(np.uint8)
    specks = rng.random((H, W)) < 0.0004
    bw[specks] = 0
    return Image.fromarray(bw).convert("1")


def monitor(page, tags, rng):
    """Night in a hospital room: the page lit mostly by a bedside monitor's green glow from the left."""
    W, H = 2050, 2650
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    blanket = 70 + 10 * np.sin(xx / 6.0) * np.sin(yy / 6.0) + 8 * blur_noise(rng, (H, W), 30)
    bg = np.stack([blanket * 0.8, blanket * 0.9, blanket * 1.05], -1)
    canvas = toimg(bg, "RGB")
    quad = [(170, 190), (1890, 140), (1930, 2520), (120, 2560)]
    out, mask = place(grey_to_rgb(page), canvas, quad)
    a = arr(out)
    green = np.clip(1.0 - xx / (W * 1.1), 0, 1) ** 1.3
    gain = np.stack([0.34 + 0.10 * green, 0.40 + 0.42 * green, 0.36 + 0.18 * green], -1)
    a = a * gain
    # a soft reflection of the monitor's screen in the top-left margin
    r = np.exp(-(((xx - 150) / 130.0) ** 2 + ((yy - 330) / 90.0) ** 2))
    a += (r * 40)[..., None] * np.array([0.2, 1.0, 0.5])
    a = add_noise(a, rng, 6)
    return toimg(a, "RGB").filter(ImageFilter.GaussianBlur(0.8))


def magenta(page, tags, rng):
    """A flatbed whose lamp is failing: pink cast, falloff toward the right edge, faint bands. 150 dpi."""
    pg = page.resize((1275, int(page.size[1] * 1275 / 1700)), Image.LANCZOS)
    a = arr(pg)
    H, W = a.shape
    x = np.linspace(0, 1, W)[None, :]
    y = np.arange(H)[:, None]
    fall = 1 - 0.22 * x ** 2
    band = 1 + 0.025 * np.sin(y / 23.0)
    r = a * fall * band
    g = a * fall * band * (0.93 - 0.30 * x)
    b = a * fall * band * (0.97 - 0.10 * x)
    rgb = np.stack([r, g, b], -1)
    rgb = np.round(rgb / 3) * 3
    return toimg(rgb, "RGB")


def content_bottom(page):
    a = np.asarray(page)
    rows = np.where((a < 128).any(axis=1))[0]
    return int(rows[-1]) if len(rows) else a.shape[0]


def piano(page, tags, rng):
    """Page propped on a black lacquered piano lid: a dim mirror image of the page below it."""
    page = page.crop((0, 0, page.size[0], min(page.size[1], content_bottom(page) + 150)))
    pw = 1560
    pg = page.resize((pw, int(page.size[1] * pw / 1700)), Image.LANCZOS)
    ph = pg.size[1]
    W, H = 1900, ph + 160 + 650
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lac = 14 + 10 * np.exp(-((xx - 0.4 * yy - 900) / 90.0) ** 2) + 5 * (yy / H)
    canvas = np.stack([lac, lac, lac * 1.05], -1)
    top = 150
    left = (W - pw) // 2
    p = arr(pg)
    p = p * (0.93 - 0.10 * (np.arange(ph)[:, None] / ph)) + 0
    canvas[top:top + ph, left:left + pw] = np.stack([p * 1.0, p * 0.97, p * 0.90], -1)
    refl = np.flipud(p[-640:])
    refl = arr(toimg(refl).filter(ImageFilter.GaussianBlur(2.5)))
    fade = np.linspace(0.42, 0.05, 640)[:, None]
    y0 = top + ph + 8
    seg = canvas[y0:y0 + 640, left:left + pw]
    canvas[y0:y0 + 640, left:left + pw] = seg + (refl[:seg.shape[0]] * fade[:seg.shape[0]])[..., None] * \
        np.array([1.0, 0.97, 0.9])
    canvas = add_noise(canvas, rng, 3.5)
    img = toimg(canvas, "RGB")
    co = persp_coeffs([(0, 0), (W, 0), (W, H), (0, H)], [(40, 0), (W - 40, 0), (W, H), (0, H)])
    return img.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))


def projector(page, tags, rng):
    """The page projected on a whiteboard and photographed: keystone, hot spot, low contrast, marker ghosts."""
    W, H = 2500, 2150
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    board = 205 + 8 * (xx / W) - 6 * (yy / H) + 2 * blur_noise(rng, (H, W), 3)
    bgr = np.stack([board * 0.98, board * 0.99, board * 1.0], -1)
    # old marker ghosts on the board
    ghost = np.zeros((H, W), np.float32)
    gi = Image.new("L", (W, H), 0)
    gd = ImageDraw.Draw(gi)
    for _ in range(9):
        x0, y0 = rng.integers(100, W - 400), rng.integers(100, H - 300)
        pts = [(x0 + k * 40 + rng.integers(-20, 20), y0 + int(60 * np.sin(k / 2.0))) for k in range(10)]
        gd.line(pts, fill=255, width=14)
    ghost = arr(gi.filter(ImageFilter.GaussianBlur(6))) / 255.0
    bgr -= ghost[..., None] * np.array([18, 12, 4])
    # frame of the board
    bgr[:40] = 150; bgr[-40:] = 150; bgr[:, :40] = 150; bgr[:, -40:] = 150
    canvas = toimg(bgr, "RGB")
    p = arr(page)
    proj = 255 - (255 - p) * 0.55          # black is grey in a lit room
    pim = toimg(np.stack([proj * 0.97, proj * 0.99, proj], -1), "RGB")
    quad = [(520, 110), (1980, 110), (1900, 2040), (600, 2040)]
    out, mask = place(pim, canvas, quad)
    a = arr(out)
    m = arr(mask)[..., None] / 255.0
    hot = 1.0 + 0.10 * np.exp(-(((xx - 1250) / 600.0) ** 2 + ((yy - 1000) / 700.0) ** 2)) - \
        0.10 * (((xx - 1250) / 900.0) ** 2 + ((yy - 1000) / 1100.0) ** 2)
    a = a * (m * hot[..., None] + (1 - m)) - m * ghost[..., None] * 10
    a = add_noise(a, rng, 4)
    img = toimg(a, "RGB").filter(ImageFilter.GaussianBlur(1.1))
    co = persp_coeffs([(0, 0), (W, 0), (W, H), (0, H)], [(60, 40), (W - 20, 0), (W, H), (30, H - 30)])
    return img.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(90, 90, 95))


def fresnel(page, tags, rng):
    """A flat Fresnel page magnifier over the lower half: bulge toward its centre, rings, the sheet's edge."""
    a = arr(page)
    H, W = a.shape
    y0 = max(200, tags["lens"] - 520)
    x0, x1, y1 = 90, W - 90, min(H - 80, content_bottom(page) + 110)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rx, ry = (x1 - x0) / 2, (y1 - y0) / 2
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    u, v = (xx - cx) / rx, (yy - cy) / ry
    r = np.sqrt(u ** 2 + v ** 2)
    inside = (xx >= x0) & (xx < x1) & (yy >= y0) & (yy < y1)
    s = np.where(r < 1, 0.84 + 0.16 * r ** 2, 1.0)
    sx = np.where(inside, cx + (xx - cx) * s, xx)
    sy = np.where(inside, cy + (yy - cy) * s, yy)
    x0i = np.clip(np.floor(sx).astype(int), 0, W - 2)
    y0i = np.clip(np.floor(sy).astype(int), 0, H - 2)
    fx, fy = sx - x0i, sy - y0i
    out = (a[y0i, x0i] * (1 - fx) * (1 - fy) + a[y0i, x0i + 1] * fx * (1 - fy) +
           a[y0i + 1, x0i] * (1 - fx) * fy + a[y0i + 1, x0i + 1] * fx * fy)
    rings = np.sin(np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / 3.2)
    out = np.where(inside, out * 0.97 + 8 + 5 * rings, out)
    out[y0:y0 + 3, x0:x1] -= 60
    out[y0:y1, x0:x0 + 3] -= 60
    out[y0:y1, x1 - 3:x1] -= 60
    out[y0 + 3:y0 + 20, x0:x1] -= np.linspace(25, 0, 17)[:, None]
    glare = 30 * np.exp(-(((xx - cx - 300) / 260.0) ** 2 + ((yy - y0 - 250) / 60.0) ** 2)) * inside
    out = out + glare
    rgb = np.stack([out * 0.99, out * 0.97, out * 0.92], -1)
    # the photo: page on a light table, slight keystone
    Wc, Hc = W + 260, H + 300
    canvas = toimg(np.full((Hc, Wc, 3), (160, 140, 115), np.float32) + 6 * blur_noise(rng, (Hc, Wc), 6)[..., None],
                   "RGB")
    photo, _ = place(toimg(rgb, "RGB"), canvas, [(150, 120), (Wc - 110, 160), (Wc - 140, Hc - 110), (120, Hc - 150)])
    pa = add_noise(arr(photo), rng, 4)
    return toimg(pa, "RGB").filter(ImageFilter.GaussianBlur(0.7))


DEVICES = dict(steel=steel, spine=spine, pleat=pleat, fairy=fairy, sanitizer=sanitizer, hollow=hollow,
               monitor=monitor, magenta=magenta, piano=piano, projector=projector, fresnel=fresnel)
