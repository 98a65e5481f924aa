"""Page rendering and the eleven image devices of set 28 (numpy and Pillow only, seeded 2800 + notice number)."""
import datetime as dt

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
PW, PH = 1700, 2200  # letter page at 200 dpi


# ---------------------------------------------------------------- page
def tab_stops(c, k):
    """Where a row's k cells start, as fractions of the text width."""
    tabs = c.get("tabs") or []
    if k == len(tabs):
        return tabs
    if k == 2:
        return c.get("tabs2", [0.0, 0.5])
    return [i / k for i in range(k)]


def wrap(draw, text, font, width):
    words, out, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip() if cur else w
        if draw.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


def render_page(c, serif=False):
    """The notice's lines on a white page; returns an 'L' image (ink dark on white)."""
    img = Image.new("L", (PW, PH), 255)
    dr = ImageDraw.Draw(img)
    n = len(c["lines"])
    size = 27 if n <= 44 else 25
    lead = int(size * 1.32)
    f = ImageFont.truetype(SERIF if serif else FONT, size)
    fb = ImageFont.truetype(SERIF_B if serif else FONT_B, size + 3)
    x0, y, width = 115, 110, PW - 230
    tabs = c.get("tabs") or [0.0, 0.52]
    for ln in c["lines"]:
        bold = ln.startswith("#")
        ln = ln[1:] if bold else ln
        font = fb if bold else f
        if ln.startswith("- - -"):
            dr.line([(x0, y + lead // 2), (x0 + width, y + lead // 2)], fill=90, width=2)
            y += lead
            continue
        if "\t" in ln:
            cells = ln.split("\t")
            ts = tab_stops(c, len(cells))
            for i, cell in enumerate(cells):
                dr.text((x0 + int(ts[i] * width), y), cell, font=font, fill=20)
            y += lead
        else:
            for part in wrap(dr, ln, font, width):
                dr.text((x0, y), part, font=font, fill=20)
                y += lead
        if y > PH - 90:
            raise SystemExit(f"notice {c['n']:02d}: page overflow")
    return img


# ---------------------------------------------------------------- helpers
def blur(a, r):
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return np.asarray(im.filter(ImageFilter.GaussianBlur(r)), dtype=np.float32)


def fblur(a, r):
    """Gaussian blur of a float field in 0..1."""
    return blur(a * 255.0, r) / 255.0


def persp_coeffs(dst, src):
    """Coefficients for PIL's PERSPECTIVE transform mapping output points dst to input points src."""
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    return np.linalg.solve(np.array(A, float), np.array(b, float)).tolist()


def place(page_rgb, bg, rng, size=(1600, 2100), margin=70, jitter=40, rot=0.0):
    """Put the page onto a background with a seeded perspective (a hand-held phone)."""
    W, H = size
    w, h = page_rgb.size
    cx, cy = W / 2, H / 2
    sw = (W - 2 * margin) / w
    sh = (H - 2 * margin) / h
    s = min(sw, sh)
    hw, hh = w * s / 2, h * s / 2
    corners = [(cx - hw, cy - hh), (cx + hw, cy - hh), (cx + hw, cy + hh), (cx - hw, cy + hh)]
    a = np.deg2rad(rot)
    dst = []
    for (x, y) in corners:
        dx, dy = x - cx, y - cy
        x2 = cx + dx * np.cos(a) - dy * np.sin(a) + rng.uniform(-jitter, jitter)
        y2 = cy + dx * np.sin(a) + dy * np.cos(a) + rng.uniform(-jitter, jitter)
        dst.append((x2, y2))
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    co = persp_coeffs(dst, src)
    warped = page_rgb.transform(size, Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page_rgb.size, 255).transform(size, Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    return out, np.asarray(mask, dtype=np.float32) / 255.0


def texture(rng, size, base, amp, scale):
    W, H = size
    small = rng.normal(0, 1, (H // scale + 2, W // scale + 2, 1))
    field = np.asarray(Image.fromarray(((small[..., 0] + 3) * 40).clip(0, 255).astype(np.uint8)).resize(
        (W, H), Image.BICUBIC), dtype=np.float32) / 40 - 3
    fine = rng.normal(0, 0.5, (H, W))
    v = field + fine
    return np.stack([base[i] + amp * v for i in range(3)], -1)


def to_img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def ink_mask(page_l):
    return 1.0 - np.asarray(page_l, dtype=np.float32) / 255.0


# ---------------------------------------------------------------- the devices
def dev_torch(c, rng):
    """Night, room lights off: the page lit by a second phone's flashlight, a bright pool off centre."""
    page = render_page(c).convert("RGB")
    bg = texture(rng, (1600, 2100), (70, 52, 38), 10, 60)  # dark walnut table
    scene, m = place(page, to_img(bg), rng, jitter=35, rot=-1.6)
    a = np.asarray(scene, dtype=np.float32)
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = W * 0.58, H * 0.40
    g = np.exp(-(((xx - cx) / (W * 0.55)) ** 2 + ((yy - cy) / (H * 0.52)) ** 2))
    ring = 0.06 * np.exp(-((np.hypot((xx - cx) / W, (yy - cy) / H) - 0.22) / 0.03) ** 2)
    illum = 0.34 + 0.74 * g + ring
    warm = np.array([1.0, 0.96, 0.86], np.float32)
    a = a * illum[..., None] * warm
    noise = rng.normal(0, 1, a.shape[:2]).astype(np.float32)[..., None] * (3 + 11 * (1 - g))[..., None]
    a = a + noise
    a = blur(a, 0.9)
    return to_img(a)


def dev_misreg(c, rng):
    """A colour laser print with its colour planes out of register (rich black), scanned in colour."""
    m = ink_mask(render_page(c))
    H, W = m.shape

    def sh(a, dx, dy):
        return np.roll(np.roll(a, dy, 0), dx, 1)
    C, M, Y = sh(m, 4, -2) * 0.75, sh(m, -3, 3) * 0.7, sh(m, 2, 5) * 0.65
    K = m * 0.72
    band = np.zeros_like(m)
    band[60:95, 115:PW - 115] = 1.0  # a coloured rule under the letterhead, teal
    C = np.maximum(C, sh(band, 4, -2) * 0.8)
    Y = np.maximum(Y, sh(band, 2, 5) * 0.45)
    rgb = np.stack([(1 - C), (1 - M), (1 - Y)], -1) * (1 - K)[..., None] * 252
    rgb = blur(rgb, 0.8) + rng.normal(0, 3.0, rgb.shape)
    img = to_img(rgb).rotate(0.35, resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    return img


def dev_oversharp(c, rng):
    """A phone app's 'document' mode: flattened, contrast pushed, heavy sharpening halos, harsh JPEG."""
    page = render_page(c).convert("RGB")
    a = np.asarray(page, dtype=np.float32)
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    shade = 0.86 + 0.14 * (xx / W) * (1 - 0.3 * yy / H)  # light from the right before correction
    a = blur(a * shade[..., None], 1.6)  # soft focus of a cheap lens
    a = a + rng.normal(0, 4, a.shape)
    img = to_img(a).resize((1275, 1650), Image.BILINEAR)  # the app's 150 dpi output
    img = img.filter(ImageFilter.UnsharpMask(radius=4, percent=320, threshold=0))
    arr = np.asarray(img, dtype=np.float32)
    arr = (arr - 40) * 1.25  # contrast pushed: paper clipped to white, ink to black
    return to_img(arr)


def dev_security(c, rng):
    """Check stock: a fine guilloche of wavy lines and a hidden VOID pantograph under the print; grey scan."""
    m = ink_mask(render_page(c, serif=True))
    H, W = m.shape
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    wave = np.sin(2 * np.pi * (xx * 0.6 + yy * 0.8) / 11 + 3.0 * np.sin(2 * np.pi * yy / 260)
                  + 2.0 * np.sin(2 * np.pi * xx / 410))
    wave2 = np.sin(2 * np.pi * (xx * 0.8 - yy * 0.6) / 17 + 2.5 * np.sin(2 * np.pi * xx / 330))
    pat = 0.5 + 0.25 * wave + 0.25 * wave2
    void = Image.new("L", (W, H), 0)
    dv = ImageDraw.Draw(void)
    fv = ImageFont.truetype(FONT_B, 260)
    for vy in (250, 1050, 1800):
        dv.text((360, vy), "VOID", font=fv, fill=255)
    vm = np.asarray(void, dtype=np.float32) / 255
    dots = (np.sin(xx * 1.9) * np.sin(yy * 1.9) > 0.3).astype(np.float32)
    paper = 236 - 22 * pat - 8 * vm * dots
    a = paper * (1 - m) + 25 * m
    a = blur(a, 0.7) + rng.normal(0, 3.5, a.shape)
    return to_img(a).rotate(-0.45, resample=Image.BICUBIC, fillcolor=240).convert("L")


def dev_fingerprints(c, rng):
    """Greasy fingerprints on the page (ridges darken and shine), photographed on a kitchen table."""
    page = np.asarray(render_page(c).convert("RGB"), dtype=np.float32)
    H, W = page.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    spots = [(150, 1950, 0.6), (1550, 1900, -0.4), (1500, 300, 0.3), (820, 1240, 0.9), (600, 520, -0.7),
             (1250, 930, 0.2), (330, 1640, 1.3)]
    warp = fblur(rng.random((H, W)).astype(np.float32), 14) * 60.0
    for (px, py, ang) in spots:
        rx, ry = rng.uniform(60, 80), rng.uniform(85, 110)
        ca, sa = np.cos(ang), np.sin(ang)
        u = ((xx - px) * ca + (yy - py) * sa) / rx
        v = (-(xx - px) * sa + (yy - py) * ca) / ry
        r = np.sqrt(u ** 2 + v ** 2)
        env = np.clip(1.15 - r, 0, 1) ** 0.8
        ridge = 0.5 + 0.5 * np.sin(r * 2 * np.pi * rx / 5.5 + 1.2 * np.sin(3 * np.arctan2(v, u)) + warp)
        smear = fblur(env * ridge, 1.2)  # grease spreads the ridges a little
        strength = rng.uniform(0.16, 0.24)
        page = page * (1 - strength * smear[..., None] * np.array([1, 1.02, 1.12], np.float32))
        page = page + 10 * (env * (1 - ridge))[..., None]  # oily shine between ridges
    bg = texture(rng, (1600, 2100), (178, 170, 158), 8, 40)  # laminate counter
    scene, mk = place(to_img(page), to_img(bg), rng, jitter=30, rot=1.2)
    a = np.asarray(scene, dtype=np.float32)
    a = a * (0.9 + 0.1 * np.linspace(1, 0.7, a.shape[1]))[None, :, None]
    a = blur(a, 0.8) + rng.normal(0, 4, a.shape)
    return to_img(a)


def dev_flare(c, rng):
    """Photographed beside a bright window: a lens flare, a line of coloured ghosts and veiling haze."""
    page = render_page(c).convert("RGB")
    bg = texture(rng, (1600, 2100), (150, 160, 170), 9, 50)  # grey-blue desk mat
    scene, mk = place(page, to_img(bg), rng, jitter=45, rot=0.8)
    a = np.asarray(scene, dtype=np.float32)
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    sx, sy = W * 0.93, H * 0.04
    d = np.hypot(xx - sx, yy - sy)
    veil = 150 * np.exp(-(d / (W * 0.6)) ** 2)
    a = a * (1 - veil[..., None] / 330) + veil[..., None]
    core = np.clip((70 - d) / 25, 0, 1) * 255
    ang = np.arctan2(yy - sy, xx - sx)
    rays = (np.abs(np.cos(ang * 6)) ** 40) * np.exp(-d / 260) * 140
    a = np.maximum(a, (core + rays)[..., None])
    for t, rad, col in [(0.55, 55, (70, 30, 110)), (0.85, 120, (30, 90, 70)), (1.25, 40, (110, 80, 20)),
                        (1.6, 170, (30, 50, 110))]:
        gx, gy = sx + (W / 2 - sx) * t, sy + (H / 2 - sy) * t
        disc = np.clip((rad - np.hypot(xx - gx, yy - gy)) / 10, 0, 1)[..., None] * 0.22
        tint = 255 - np.array(col, np.float32) * 1.3  # a ghost tints what lies under it
        a = a * (1 - disc) + np.minimum(a, tint) * disc
    a = a + rng.normal(0, 3.5, a.shape)
    return to_img(blur(a, 0.7))


def dev_feather(c, rng):
    """Inkjet on thin absorbent paper: every stroke feathers along the fibres; scanned grey."""
    m = ink_mask(render_page(c))
    H, W = m.shape
    fib = rng.random((H, W)).astype(np.float32)
    fib = np.asarray(Image.fromarray((fib * 255).astype(np.uint8)).resize((W // 6, H // 2)).resize(
        (W, H), Image.BILINEAR), dtype=np.float32) / 255  # fibres run along the page
    spread = fblur(m, 2.4)
    ink = 1 / (1 + np.exp(-(spread + 0.42 * (fib - 0.5) - 0.27) * 14))  # ragged edges along the fibres
    ink = np.maximum(ink, m * 0.95)
    wash = fblur(m, 5) * 0.18
    paper = 244 + 6 * (fib - 0.5) + rng.normal(0, 2, (H, W))
    a = paper * (1 - ink) * (1 - wash) + 35 * ink
    a = blur(a, 0.5)
    return to_img(a).rotate(0.25, resample=Image.BICUBIC, fillcolor=244).convert("L")


def dev_quarterfold(c, rng):
    """A letter folded in four for a wallet, opened and photographed: a cross of creases, panels askew."""
    page = np.asarray(render_page(c).convert("RGB"), dtype=np.float32)
    H, W = page.shape[:2]
    out = np.full_like(page, 255)
    hx, hy = W // 2, H // 2
    for (qx, qy), gain, (dx, dy) in zip([(0, 0), (1, 0), (0, 1), (1, 1)], [0.99, 0.92, 0.95, 1.0],
                                        [(0, 0), (3, -2), (-2, 4), (2, 3)]):
        q = page[qy * hy:(qy + 1) * hy, qx * hx:(qx + 1) * hx]
        q = np.roll(np.roll(q, dy, 0), dx, 1)
        out[qy * hy:(qy + 1) * hy, qx * hx:(qx + 1) * hx] = q * gain
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    for dist, side in ((xx - hx, 1), (yy - hy, -1)):
        prof = np.where(dist * side > 0, 1 - 0.20 * np.exp(-np.abs(dist) / 22), 1 + 0.04 * np.exp(-np.abs(dist) / 30))
        prof = prof - 0.28 * np.exp(-(dist / 2.2) ** 2)
        out = out * prof[..., None]
    bg = texture(rng, (1600, 2100), (40, 78, 60), 9, 45)  # green tablecloth
    scene, mk = place(to_img(out), to_img(bg), rng, jitter=50, rot=-2.2)
    a = np.asarray(scene, dtype=np.float32) * np.array([1.0, 0.98, 0.93], np.float32)
    a = blur(a, 0.8) + rng.normal(0, 4.5, a.shape)
    return to_img(a)


def dev_mildew(c, rng):
    """A letter kept in a damp box: grey-green mildew colonies and a tide mark; colour scan."""
    page = np.asarray(render_page(c).convert("RGB"), dtype=np.float32)
    H, W = page.shape[:2]
    field = np.zeros((H, W), np.float32)
    core = np.zeros((H, W), np.float32)
    for _ in range(9):
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        for _ in range(int(rng.integers(30, 70))):
            r = rng.uniform(4, 22)
            x, y = cx + rng.normal(0, 90), cy + rng.normal(0, 70)
            x0, x1 = int(max(0, x - r)), int(min(W, x + r + 1))
            y0, y1 = int(max(0, y - r)), int(min(H, y + r + 1))
            if x1 <= x0 or y1 <= y0:
                continue
            yy, xx = np.mgrid[y0:y1, x0:x1]
            disc = ((xx - x) ** 2 + (yy - y) ** 2 <= r * r).astype(np.float32)
            field[y0:y1, x0:x1] = np.maximum(field[y0:y1, x0:x1], disc)
            if r < 7:
                core[y0:y1, x0:x1] = np.maximum(core[y0:y1, x0:x1], disc)
    field = fblur(field, 6)
    core = fblur(core, 1.2)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    tide = np.exp(-((np.hypot((xx - 1350) / 1.0, (yy - 1650) / 0.8) - 420) / 6) ** 2) * 0.5
    col = np.array([118, 128, 100], np.float32)
    alpha = (0.42 * field + 0.25 * core)[..., None]
    a = page * (1 - alpha) + col * alpha
    a = a * (1 - 0.18 * tide[..., None] * np.array([0.6, 0.8, 1.2], np.float32))
    a = a * np.array([0.99, 0.97, 0.9], np.float32)  # paper yellowed by the damp
    a = blur(a, 0.6) + rng.normal(0, 2.5, a.shape)
    return to_img(a).rotate(-0.3, resample=Image.BICUBIC, fillcolor=(240, 236, 220))


def dev_stutter(c, rng):
    """A flatbed whose motor stuttered: bands where rows repeat (stretched) and the rest is pushed down."""
    a = np.asarray(render_page(c), dtype=np.float32)
    H = a.shape[0]
    rows = list(range(H))
    out_rows = []
    stalls = sorted(int(y) for y in rng.choice(np.arange(300, 2000), 4, replace=False))
    i = 0
    while i < H and len(out_rows) < H:
        if stalls and i == stalls[0]:
            stalls.pop(0)
            band = int(rng.integers(10, 18))
            for r in range(i, min(H, i + band)):
                out_rows += [r, r]  # each row read twice: a stretched band
            i += band
            continue
        out_rows.append(rows[i])
        i += 1
    out = a[out_rows[:H]]
    out = out * 0.97 + 6 + rng.normal(0, 3, out.shape)
    out = blur(out, 0.6)
    return to_img(out).rotate(0.6, resample=Image.BICUBIC, fillcolor=250).convert("L")


def dev_portrait(c, rng):
    """Portrait mode: the phone took parts of the page for background and blurred them, the table too."""
    page = render_page(c).convert("RGB")
    bg = texture(rng, (1600, 2100), (120, 88, 60), 14, 35)  # oak table, strongly blurred below
    bgi = to_img(bg).filter(ImageFilter.GaussianBlur(9))
    scene, mk = place(page, bgi, rng, jitter=38, rot=1.7)
    a = np.asarray(scene, dtype=np.float32)
    H, W = a.shape[:2]
    soft = blur(a, 2.4)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    edge = 1 - fblur(np.clip(mk * 1.0, 0, 1), 1)  # near the page border
    edge = np.clip(fblur((mk < 0.99).astype(np.float32), 40) * 2.2, 0, 1)
    blobs = np.zeros((H, W), np.float32)
    for (bx, by, rx, ry) in [(260, 1500, 230, 300), (1380, 520, 200, 160)]:
        blobs = np.maximum(blobs, np.clip(1.3 - np.hypot((xx - bx) / rx, (yy - by) / ry), 0, 1))
    msk = np.clip(np.maximum(edge, blobs), 0, 1)[..., None]
    a = a * (1 - msk) + soft * msk
    a = a * np.array([1.0, 0.97, 0.92], np.float32) + rng.normal(0, 3.5, a.shape)
    return to_img(a)


DEVICES = {"torch": dev_torch, "misreg": dev_misreg, "oversharp": dev_oversharp, "security": dev_security,
           "fingerprints": dev_fingerprints, "flare": dev_flare, "feather": dev_feather,
           "quarterfold": dev_quarterfold, "mildew": dev_mildew, "stutter": dev_stutter, "portrait": dev_portrait}
FIXED = __import__("time").gmtime(1796515200)  # 2026-12-06 00:00 UTC


def make_image(c, path):
    rng = np.random.default_rng(2800 + c["n"])
    img = DEVICES[c["device"]](c, rng)
    k = c["kind"]
    if k == "jpeg":
        q = 40 if c["device"] == "oversharp" else 84
        img.convert("RGB").save(path, "JPEG", quality=q, optimize=False)
    elif k == "png":
        img.save(path, "PNG", dpi=(200, 200))
    elif k == "tiff":
        img.convert("L").save(path, "TIFF", compression="tiff_lzw", dpi=(200, 200))
    elif k == "imgpdf":
        img.convert("L").save(path, "PDF", resolution=200.0, creationDate=FIXED, modDate=FIXED,
                              title="scan", author="FICTIONAL sample")
    else:
        raise ValueError(k)
