"""The eleven image devices of set 40 (numpy and Pillow only), each seeded 4000 + notice number. FICTIONAL set."""
import numpy as np
from PIL import Image, ImageFilter, ImageDraw


def _rng(seed):
    return np.random.default_rng(seed)


def _coeffs(out_pts, in_pts):
    """PERSPECTIVE coefficients: for each output point, where to read in the input."""
    A, B = [], []
    for (x, y), (u, v) in zip(out_pts, in_pts):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def warp(page, out_size, quad, bg):
    """Puts the page (RGB) onto bg (RGB, out_size) with its corners at quad (tl, tr, br, bl)."""
    w, h = page.size
    c = _coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    pw = page.transform(out_size, Image.PERSPECTIVE, c, Image.BICUBIC)
    mask = Image.new('L', page.size, 255).transform(out_size, Image.PERSPECTIVE, c, Image.BILINEAR)
    mask = mask.filter(ImageFilter.GaussianBlur(0.8))
    return Image.composite(pw, bg, mask), np.asarray(mask, float) / 255


def _texture(size, base, rng, grain=8, bands=None):
    W, H = size
    a = np.ones((H, W, 3)) * np.array(base, float)
    if bands:
        yy, xx = np.mgrid[0:H, 0:W]
        a *= (1 + bands[0] * np.sin((xx * bands[1] + yy * bands[2]) + 3 * np.sin(yy / 97.0)))[..., None]
    a += rng.normal(0, grain, (H, W, 1))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _noise(a, rng, sigma, chroma=0.0):
    a = a + rng.normal(0, sigma, a.shape[:2])[..., None]
    if chroma:
        a = a + rng.normal(0, chroma, a.shape)
    return a


def _out(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------- faxes and scans
def darkfax(pages, seed):
    """Fine-mode fax (204 x 196 dpi) sent on the darkest setting: grey turns black, strokes swell."""
    rng, out = _rng(seed), []
    for i, p in enumerate(pages):
        g = p.convert('L').rotate(0.35 * (1 if i % 2 else -1), resample=Image.BICUBIC, fillcolor=255)
        g = g.resize((1728, 2156), Image.LANCZOS)
        g = g.filter(ImageFilter.MinFilter(3))            # the dark setting: every stroke a pixel wider each side
        a = np.asarray(g, float)
        a = np.where(a < 205, 0, 255).astype(float)       # grey counts as black
        specks = rng.random(a.shape) < 0.0004
        a[specks] = 0
        out.append(Image.fromarray(a.astype(np.uint8)).convert('1', dither=Image.NONE))
    return out


def speckfax(pages, seed, landscape=()):
    """200 dpi fax from a dirty document feeder: clustered black speckle; landscape pages sent sideways."""
    rng, out = _rng(seed), []
    for i, p in enumerate(pages):
        g = p.convert('L')
        a = np.where(np.asarray(g, float) < 150, 0, 255).astype(np.uint8)
        h, w = a.shape
        dots = rng.random((h // 3, w // 3)) < 0.0025
        big = np.kron(dots, np.ones((3, 3), bool))[:h, :w]
        a2 = a.copy()
        a2[:big.shape[0], :big.shape[1]][big] = 0
        for _ in range(25):                                # a few smudges from the roller
            y, x = rng.integers(0, h - 12), rng.integers(0, w - 30)
            a2[y:y + rng.integers(2, 6), x:x + rng.integers(6, 28)] = 0
        img = Image.fromarray(a2)
        if i in landscape:
            img = img.rotate(90, expand=True)              # stored portrait, text running up the page
        out.append(img.convert('1', dither=Image.NONE))
    return out


def thumb(page, seed):
    """An e-fax site's reduced preview, saved and enlarged again: 45% then bilinear back up, JPEG-softened."""
    import io
    g = page.convert('L')
    a = np.where(np.asarray(g, float) < 160, 0, 255).astype(np.uint8)
    g = Image.fromarray(a)
    small = g.resize((int(g.width * 0.45), int(g.height * 0.45)), Image.BOX)
    buf = io.BytesIO()
    small.save(buf, 'JPEG', quality=55)
    small = Image.open(io.BytesIO(buf.getvalue())).convert('L')
    return small.resize((int(g.width * 0.9), int(g.height * 0.9)), Image.BILINEAR)


def copier(pages, seed):
    """Office copier scan at 150 dpi with background removal set too high: light greys vanish, greys fade."""
    out = []
    for p in pages:
        a = np.asarray(p.convert('L'), float)
        t = 165.0
        a = np.where(a >= t, 255, a * 255 / t)
        a = 255 * (a / 255) ** 0.8
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(-0.5, resample=Image.BICUBIC, fillcolor=255)
        out.append(img.resize((1275, 1650), Image.LANCZOS))
    return out


def warmup(pages, seed):
    """Flatbed colour scan before the lamp warmed up: the top of the page dim and yellow, easing off downwards."""
    rng, out = _rng(seed), []
    for i, p in enumerate(pages):
        a = np.asarray(p.convert('RGB'), float)
        H = a.shape[0]
        y = np.arange(H)[:, None, None] / H
        k = np.exp(-y / 0.16)                              # how far from warm the lamp still was
        dim = 1 - 0.42 * k
        tint = np.concatenate([np.ones_like(k), 1 - 0.10 * k, 1 - 0.45 * k], axis=2)
        a = a * dim * tint
        a = a + rng.normal(0, 3, a.shape[:2])[..., None]
        out.append(_out(a))
    return out


# ---------------------------------------------------------------- phone photos
def candle(page, seed):
    """Photo by candlelight in a power cut, at an angle: warm, dim, light falling off from the flame, noisy."""
    rng = _rng(seed)
    W, H = 1800, 2300
    bg = _texture((W, H), (70, 48, 32), rng, grain=6, bands=(0.12, 0.004, 0.021))
    quad = [(210, 170), (1640, 250), (1720, 2190), (90, 2120)]
    img, m = warp(page.convert('RGB'), (W, H), quad, bg)
    yy, xx = np.mgrid[0:H, 0:W]
    d2 = ((xx - (-250)) ** 2 + (yy - 1900) ** 2) / (1500.0 ** 2)
    light = 0.32 + 0.78 / (1 + 1.1 * d2)
    a = np.asarray(img, float) * light[..., None] * np.array([1.0, 0.74, 0.45])
    a = _noise(a, rng, 7, chroma=4)
    return _out(a).filter(ImageFilter.GaussianBlur(0.9))


def fan(page, seed):
    """Photo at an angle under a turning ceiling fan: five soft blade shadows sweeping across the page."""
    rng = _rng(seed)
    W, H = 1800, 2300
    bg = _texture((W, H), (168, 166, 160), rng, grain=5)
    quad = [(250, 200), (1560, 140), (1740, 2210), (120, 2150)]
    img, m = warp(page.convert('RGB'), (W, H), quad, bg)
    yy, xx = np.mgrid[0:H, 0:W]
    th = np.arctan2(yy - (-900), xx - 700)
    s = 0.5 + 0.5 * np.cos(5 * th + 0.7)
    shade = 1 - 0.30 * s ** 2.5
    shade = np.asarray(Image.fromarray((shade * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(25)), float) / 255
    a = np.asarray(img, float) * shade[..., None] * np.array([0.97, 0.96, 1.0])
    a = _noise(a, rng, 4)
    return _out(a).filter(ImageFilter.GaussianBlur(0.6))


def screen(page, seed):
    """Sun through an insect screen: a fine grid of shadow lines in a sunlit patch, shade elsewhere, at an angle."""
    rng = _rng(seed)
    P = page.convert('RGB')
    w, h = P.size
    yy, xx = np.mgrid[0:h, 0:w]
    c, s_ = np.cos(np.radians(7)), np.sin(np.radians(7))
    u, v = xx * c + yy * s_, -xx * s_ + yy * c
    grid = ((u % 7) < 1.6) | ((v % 7) < 1.6)
    gimg = Image.fromarray((np.where(grid, 120, 255)).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    g = np.asarray(gimg, float) / 255
    lit = (xx * 0.55 + yy * 0.9) > 520                     # the window frame's edge: upper left in shade
    limg = Image.fromarray((lit * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(18))
    lf = np.asarray(limg, float) / 255
    light = (0.62 + 0.38 * lf * (0.35 + 0.65 * g))[..., None] * (np.array([1.0, 0.97, 0.88]) * lf[..., None]
                                                                  + np.array([0.9, 0.93, 1.0]) * (1 - lf[..., None]))
    P = _out(np.asarray(P, float) * light)
    W, H = 1800, 2300
    bg = _texture((W, H), (150, 120, 90), rng, grain=7, bands=(0.08, 0.01, 0.002))
    quad = [(160, 230), (1620, 120), (1700, 2230), (230, 2180)]
    img, m = warp(P, (W, H), quad, bg)
    return _out(_noise(np.asarray(img, float), rng, 4)).filter(ImageFilter.GaussianBlur(0.5))


def ironing(page, seed):
    """Taken standing over an ironing board: the page steeply foreshortened on a striped cover."""
    rng = _rng(seed)
    W, H = 1800, 2200
    floor = _texture((W, H), (120, 110, 100), rng, grain=6)
    yy, xx = np.mgrid[0:H, 0:W]
    stripes = ((xx + yy * 0.6) // 40) % 2
    cover = np.where(stripes[..., None] == 1, np.array([70, 95, 160]), np.array([225, 225, 215])).astype(float)
    board = Image.new('L', (W, H), 0)
    ImageDraw.Draw(board).polygon([(330, 0), (1470, 0), (1640, H), (160, H)], fill=255)
    bm = np.asarray(board.filter(ImageFilter.GaussianBlur(3)), float)[..., None] / 255
    bg = _out(np.asarray(floor, float) * (1 - bm) + cover * bm)
    quad = [(470, 120), (1330, 150), (1630, 2150), (150, 2110)]
    img, m = warp(page.convert('RGB'), (W, H), quad, bg)
    a = np.asarray(img, float) * (0.88 + 0.12 * (yy / H))[..., None]
    far = _out(a).filter(ImageFilter.GaussianBlur(1.3))
    k = np.clip(1 - yy / (H * 0.45), 0, 1)[..., None]       # the far end a little soft
    a = np.asarray(far, float) * k + a * (1 - k)
    return _out(_noise(a, rng, 5))


def caustic(page, seed):
    """A glass of water on the page in sunlight: its shadow and a bright rippled caustic beside it."""
    rng = _rng(seed)
    W, H = 1800, 2300
    bg = _texture((W, H), (200, 190, 175), rng, grain=5)
    quad = [(150, 120), (1660, 160), (1680, 2200), (110, 2170)]
    img, m = warp(page.convert('RGB'), (W, H), quad, bg)
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = 1330, 980
    sh = (((xx - cx - 90) / 230.0) ** 2 + ((yy - cy - 40) / 170.0) ** 2) < 1
    shade = np.where(sh, 0.62, 1.0)
    r = np.sqrt(((xx - cx + 260) / 1.0) ** 2 + ((yy - cy + 120) / 0.8) ** 2)
    ang = np.arctan2(yy - cy + 120, xx - cx + 260)
    ring = (r > 120) & (r < 330) & (np.cos(ang - 2.6) > 0.2)
    f = np.sin(r / 9.0 + 2.5 * np.sin(ang * 7)) * np.sin(r / 13.0 - 1.7 * np.cos(ang * 5))
    bright = np.where(ring, np.exp(-(f - 0.9) ** 2 / 0.02) * 0.9, 0)
    sm = Image.fromarray((shade * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(14))
    shade = np.asarray(sm, float) / 255
    a = np.asarray(img, float) * shade[..., None] + (bright[..., None] * np.array([120, 110, 70]))
    a = a * 0.93
    # the glass itself: a pale rim ellipse
    im = _out(_noise(a, rng, 4))
    ImageDraw.Draw(im).ellipse([cx - 175, cy - 120, cx + 175, cy + 120], outline=(235, 240, 245), width=9)
    return im.filter(ImageFilter.GaussianBlur(0.6))


def tiltshift(page, seed):
    """Low angle with a shallow depth of field: near and far soft, a sharp band across the middle."""
    rng = _rng(seed)
    W, H = 2000, 2000
    bg = _texture((W, H), (95, 100, 110), rng, grain=5)
    quad = [(420, 150), (1580, 150), (1930, 1940), (70, 1940)]
    img, m = warp(page.convert('RGB'), (W, H), quad, bg)
    a0 = np.asarray(img, float)
    a1 = np.asarray(img.filter(ImageFilter.GaussianBlur(0.9)), float)
    a2 = np.asarray(img.filter(ImageFilter.GaussianBlur(1.7)), float)
    yy = np.mgrid[0:H, 0:W][0] / H
    d = np.clip(np.abs(yy - 0.45) / 0.5, 0, 1)[..., None]
    w1 = np.clip(d * 2, 0, 1) * (1 - np.clip(d * 2 - 1, 0, 1))
    w2 = np.clip(d * 2 - 1, 0, 1)
    a = a0 * (1 - w1 - w2) + a1 * w1 + a2 * w2
    return _out(_noise(a, rng, 4))
