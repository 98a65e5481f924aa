"""Page renderer and the eleven image devices of set 34 (numpy and Pillow only; seeded). FICTIONAL set."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = "/usr/share/fonts/truetype/"
FACES = {
    "sans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "serif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
    "mono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
}
_cache = {}


def font(face, bold, size):
    k = (face, bold, size)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FONTS + FACES[face][1 if bold else 0], size)
    return _cache[k]


def wrap(draw, text, f, w):
    words, lines, cur = text.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if draw.textlength(t, font=f) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, width=1700, base=26, face="sans"):
        self.W, self.base, self.face = width, base, face
        self.img = Image.new("L", (width, 4200), 255)
        self.d = ImageDraw.Draw(self.img)
        self.marks = {}
        self.count = {}

    def f(self, bold=False, scale=1.0):
        return font(self.face, bold, int(round(self.base * scale)))

    def lines(self, text, x, y, w, f, lh):
        for ln in wrap(self.d, text, f, w):
            self.d.text((x, y), ln, font=f, fill=0)
            y += lh
        return y

    def layout(self, blocks, x, y, w):
        b = self.base
        for blk in blocks:
            kind = blk[0]
            i = self.count[kind] = self.count.get(kind, 0) + 1
            y0 = y
            if kind == "title":
                y = self.lines(blk[1], x, y, w, self.f(True, 1.5), int(b * 1.9)) + 4
            elif kind == "h":
                y += int(b * 0.6)
                y = self.lines(blk[1], x, y, w, self.f(True, 1.12), int(b * 1.45)) + 4
            elif kind == "p":
                y = self.lines(blk[1], x, y, w, self.f(), int(b * 1.36)) + int(b * 0.55)
            elif kind == "small":
                y = self.lines(blk[1], x, y, w, self.f(False, 0.8), int(b * 1.08)) + int(b * 0.3)
            elif kind == "sp":
                y += int(b * 0.8)
            elif kind == "rule":
                self.d.line((x, y + 8, x + w, y + 8), fill=0, width=3)
                y += 22
            elif kind == "addr":
                for ln in blk[1]:
                    self.d.text((x + 30, y), ln, font=self.f(), fill=0)
                    y += int(b * 1.3)
                y += int(b * 0.5)
            elif kind == "kv":
                fb, fr = self.f(True), self.f()
                lw = max(self.d.textlength(k + ":", font=fb) for k, _ in blk[1]) + 24
                for k, v in blk[1]:
                    self.d.text((x, y), k + ":", font=fb, fill=0)
                    y = self.lines(v, x + lw, y, w - lw, fr, int(b * 1.32))
                y += int(b * 0.4)
            elif kind == "table":
                head, rows = blk[1], blk[2]
                scale = 0.92
                while True:
                    fb, fr = self.f(True, scale), self.f(False, scale)
                    cw = [max([self.d.textlength(head[c], font=fb)] + [self.d.textlength(r[c], font=fr) for r in rows])
                          + 22 for c in range(len(head))]
                    if sum(cw) <= w or scale < 0.6:
                        break
                    scale -= 0.04
                extra = (w - sum(cw)) / len(cw)
                cw = [c + extra for c in cw]
                rh = int(b * scale * 1.5)
                y += 6
                for ri, row in enumerate([head] + rows):
                    cx = x
                    for c, cell in enumerate(row):
                        self.d.text((cx + 10, y + 6), cell, font=fb if ri == 0 else fr, fill=0)
                        cx += cw[c]
                    self.d.line((x, y, x + w, y), fill=0, width=2 if ri else 3)
                    y += rh
                self.d.line((x, y, x + w, y), fill=0, width=3)
                cx = x
                for c in cw + [0]:
                    self.d.line((cx, y0 + 6, cx, y), fill=0, width=1)
                    cx += c
                y += int(b * 0.7)
            elif kind == "box":
                y2 = self.layout(blk[1], x + 20, y + 16, w - 40)
                self.d.rectangle((x, y, x + w, y2 + 6), outline=0, width=3)
                y = y2 + 28
            elif kind == "cols":
                half = (w - 40) // 2
                y1 = self.layout(blk[1], x, y, half)
                y2 = self.layout(blk[2], x + half + 40, y, half)
                self.d.line((x + half + 20, y, x + half + 20, max(y1, y2) - 10), fill=0, width=1)
                y = max(y1, y2)
            elif kind == "seal":
                self.marks["seal"] = (x + w - 200, y + 20)
                y += 40
            self.marks[f"{kind}{i}"] = (x, y0, x + w, y)
        return y

    def finish(self, blocks, margin=120, top=110, min_h=2200):
        y = self.layout(blocks, margin, top, self.W - 2 * margin)
        h = max(min_h, y + 120)
        self.marks["end"] = y
        return self.img.crop((0, 0, self.W, h)), self.marks


def render(blocks, base=26, face="sans", width=1700):
    return Page(width, base, face).finish(blocks)


# ---------------------------------------------------------------- helpers

def to_rgb(img, paper=(250, 248, 242), ink=(25, 25, 30)):
    a = np.asarray(img, dtype=np.float32)[..., None] / 255.0
    out = a * np.array(paper, np.float32) + (1 - a) * np.array(ink, np.float32)
    return out


def warp_quad(page_rgb, canvas_hw, quad, bg):
    """Place the page (float HxWx3) into a canvas by a perspective map; quad = 4 corners TL, TR, BR, BL."""
    H, W = canvas_hw
    src = Image.fromarray(np.clip(page_rgb, 0, 255).astype(np.uint8))
    mask = Image.new("L", src.size, 255)
    # Image.transform QUAD maps output -> input; we need the inverse, so solve a homography.
    h, w = page_rgb.shape[:2]
    coeffs = homography(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = src.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    m = mask.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    m = np.asarray(m, np.float32)[..., None] / 255.0
    return np.asarray(warped, np.float32) * m + bg * (1 - m), m[..., 0]


def homography(dst, src):
    """Coefficients for PIL PERSPECTIVE (output dst point -> input src point)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def smooth_noise(rng, h, w, scale, amp):
    small = rng.normal(0, 1, (max(2, h // scale), max(2, w // scale))).astype(np.float32)
    im = Image.fromarray(((small - small.min()) / (np.ptp(small) + 1e-6) * 255).astype(np.uint8))
    im = im.resize((w, h), Image.BICUBIC)
    return (np.asarray(im, np.float32) / 255.0 - 0.5) * 2 * amp


def shadow_under(m, blur, strength):
    s = Image.fromarray((m * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(blur))
    s = np.asarray(s, np.float32) / 255.0
    return 1 - strength * np.roll(np.roll(s, 14, 0), 10, 1) * (1 - m)


def u8(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------- devices
# Each returns (PIL image, words the device itself drew).

def fog(page, marks, rng, case):
    """A phone photo through a lens fogged after coming in from the cold: a milky veil, glow, a clearer rim."""
    p = to_rgb(page, paper=(244, 242, 236))
    H, W = 2500, 1900
    bg = np.zeros((H, W, 3), np.float32) + np.array([92, 84, 78], np.float32)
    bg += smooth_noise(rng, H, W, 60, 14)[..., None]
    quad = [(150, 120), (1770, 160), (1800, 2330), (110, 2360)]
    img, m = warp_quad(p, (H, W), quad, bg)
    img *= shadow_under(m, 30, 0.45)[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    r = np.sqrt(((xx - W * 0.52) / W) ** 2 + ((yy - H * 0.55) / H) ** 2)
    veil = np.clip(0.78 - r * 0.6, 0.3, 0.66)[..., None]             # thick in the middle, thinner at the rim
    veil = np.clip(veil * (1 + smooth_noise(rng, H, W, 120, 0.25)[..., None]), 0.2, 0.7)
    glow = np.asarray(u8(img).filter(ImageFilter.GaussianBlur(28)), np.float32)
    img = img * (1 - veil) + (0.6 * glow + 0.4 * 226) * veil
    img = np.asarray(u8(img).filter(ImageFilter.GaussianBlur(1.6)), np.float32)
    img += rng.normal(0, 3.5, img.shape)
    return u8(img), []


def banner(page, marks, rng, case):
    """A phone screenshot of a PDF viewer: status bar, toolbar, and a message notification over the letterhead."""
    W, H = 1179, 2556
    scr = Image.new("RGB", (W, H), (228, 228, 232))
    d = ImageDraw.Draw(scr)
    f = lambda s, b=False: font("sans", b, s)
    d.rectangle((0, 0, W, 150), fill=(248, 248, 250))
    d.text((70, 52), "9:41", font=f(44, True), fill=(0, 0, 0))
    d.rounded_rectangle((1010, 60, 1100, 100), 10, outline=(0, 0, 0), width=3)
    d.rectangle((1016, 66, 1080, 94), fill=(0, 0, 0))
    for i in range(4):
        d.rectangle((880 + i * 22, 95 - i * 12, 894 + i * 22, 100), fill=(0, 0, 0))
    pw = W - 16                                   # reading mode: the toolbar hidden, the page from the top
    pg = page.convert("RGB").resize((pw, int(page.height * pw / page.width)), Image.LANCZOS)
    scr.paste(pg, (8, 230))
    d.rectangle((0, H - 170, W, H), fill=(248, 248, 250))
    d.text((70, H - 120), "1 de 1", font=f(36), fill=(90, 90, 90))
    # the notification banner, translucent
    ov = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    od = ImageDraw.Draw(ov)
    od.rounded_rectangle((24, 110, W - 24, 330), 48, fill=(236, 236, 240, 238))
    od.rounded_rectangle((60, 150, 160, 250), 22, fill=(52, 199, 89, 255))
    od.text((190, 140), case["extra"]["banner"][0], font=f(34), fill=(90, 90, 90, 255))
    od.text((190, 190), case["extra"]["banner"][1], font=f(38, True), fill=(0, 0, 0, 255))
    od.text((190, 246), "Toca para responder", font=f(32), fill=(60, 60, 60, 255))
    scr = Image.alpha_composite(scr.convert("RGBA"), ov).convert("RGB")
    return scr, ["9:41", "1 de 1", "Toca para responder"] + case["extra"]["banner"]


def ruler(page, marks, rng, case):
    """A flatbed scan with a clear plastic ruler left on the glass, lying across the lower page."""
    a = np.asarray(page, np.float32)
    H, W = a.shape
    lamp = np.linspace(1.0, 0.94, W)[None, :]
    a = 255 - (255 - a) * 0.92
    a = a * lamp
    # the ruler: a band 300 px wide at -5 degrees across the last paragraph
    y_c = marks["end"] + 150                                       # its tick edge grazes the last line's right end
    ang = np.deg2rad(-5)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    v = (yy - y_c) * np.cos(ang) - (xx - W / 2) * np.sin(ang)      # distance across the ruler
    u = (xx - W / 2) * np.cos(ang) + (yy - y_c) * np.sin(ang)      # along it
    inside = (v > -150) & (v < 150)
    a = np.where(inside, a * 0.9 + 4, a)
    for edge in (-150, 150):
        a = np.where(np.abs(v - edge) < 3, a * 0.35, a)
        a = np.where((np.abs(v - edge) >= 3) & (np.abs(v - edge) < 10), a * 0.8, a)
    # tick marks along the top edge, every 1/16 inch at 200 dpi = 12.5 px
    tick = np.mod(u + 2000, 12.5) < 1.6
    n16 = np.floor((u + 2000) / 12.5).astype(int)
    length = np.where(n16 % 16 == 0, 70, np.where(n16 % 8 == 0, 48, np.where(n16 % 4 == 0, 34, 20)))
    a = np.where(tick & (v > -150) & (v < -150 + length), a * 0.25, a)
    img = u8(a).convert("L")
    lay = Image.new("L", (W, H), 0)
    ld = ImageDraw.Draw(lay)
    for k in range(1, 9):
        uu = k * 200 - W / 2
        cx = W / 2 + uu * np.cos(ang) - (-80) * np.sin(ang)
        cy = y_c + uu * np.sin(ang) + (-80) * np.cos(ang)
        ld.text((cx - 8, cy - 14), str(k), font=font("sans", True, 30), fill=200)
    a = np.asarray(img, np.float32) * (1 - np.asarray(lay, np.float32) / 255 * 0.8)
    a += rng.normal(0, 4, a.shape)
    img = u8(a).rotate(0.35, resample=Image.BICUBIC, fillcolor=250)
    return img, [str(k) for k in range(1, 9)]


def tiles(page, marks, rng, case):
    """A photo from standing height of the page on a terracotta tile floor, toes of a slipper at the bottom."""
    H, W = 2600, 2000
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # tiles in mild perspective: spacing grows toward the bottom
    t = yy / H
    sx = (xx - W / 2) / (0.85 + 0.3 * t) + W / 2
    sy = yy * (0.9 + 0.1 * t)
    ti, tj = np.floor(sx / 330), np.floor(sy / 330)
    rnd = np.random.default_rng(case["n"]).normal(0, 1, (60, 60)).astype(np.float32)
    shade = rnd[(ti.astype(int) + 20) % 60, (tj.astype(int) + 20) % 60]
    base = np.stack([178 + 12 * shade, 92 + 8 * shade, 58 + 6 * shade], -1)
    base += smooth_noise(rng, H, W, 25, 10)[..., None]
    grout = (np.mod(sx, 330) < 14) | (np.mod(sy, 330) < 14)
    base = np.where(grout[..., None], np.array([170, 160, 146], np.float32), base)
    p = to_rgb(page, paper=(247, 246, 240))
    quad = [(300, 200), (1720, 250), (1840, 2230), (190, 2180)]
    img, m = warp_quad(p, (H, W), quad, base)
    img *= shadow_under(m, 24, 0.4)[..., None]
    light = 1.08 - 0.25 * np.sqrt(((xx - 700) / W) ** 2 + ((yy - 600) / H) ** 2)
    img *= light[..., None]
    # a slipper's toe at the bottom edge
    sl = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sl).ellipse((1280, 2420, 1760, 2900), fill=255)
    sl = np.asarray(sl.filter(ImageFilter.GaussianBlur(6)), np.float32)[..., None] / 255
    img = img * (1 - sl) + np.array([60, 62, 96], np.float32) * sl
    img = np.asarray(u8(img).filter(ImageFilter.GaussianBlur(0.7)), np.float32) + rng.normal(0, 3, img.shape)
    return u8(img), []


def lineargamma(page, marks, rng, case):
    """A scanner driver that saved linear light (no gamma): dim paper, crushed greys, banded dark tones."""
    a = np.asarray(page.filter(ImageFilter.GaussianBlur(0.8)), np.float32) / 255.0
    a = a * 0.97 + 0.01 + rng.normal(0, 0.012, a.shape)
    lin = np.clip(a, 0, 1) ** 2.2 * 0.86                # paper ends near 0.86 of full scale
    q = np.round(lin * 63) / 63                          # 6-bit sensor steps
    rot = u8(q * 255).rotate(-0.6, resample=Image.BICUBIC, fillcolor=30)
    return rot, []


def cat(page, marks, rng, case):
    """A photo on a kitchen table with the family cat's front paw and tail on the page."""
    H, W = 2500, 1950
    p = to_rgb(page, paper=(248, 247, 243))
    bg = np.zeros((H, W, 3), np.float32) + np.array([196, 170, 132], np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    bg += (8 * np.sin(xx / 9 + 3 * np.sin(yy / 140)))[..., None] + smooth_noise(rng, H, W, 40, 10)[..., None]
    quad = [(140, 130), (1800, 110), (1830, 2330), (120, 2360)]
    img, m = warp_quad(p, (H, W), quad, bg)
    img *= shadow_under(m, 26, 0.35)[..., None]
    # paw and foreleg from the right edge, over the bottom margin; tail along the bottom
    fur = Image.new("L", (W, H), 0)
    fd = ImageDraw.Draw(fur)
    y_end = min(marks["end"] * 2230 / page.height + 130 + 60, 2260)
    fd.ellipse((1450, y_end - 20, 2150, y_end + 190), fill=255)
    fd.ellipse((1330, y_end + 10, 1560, y_end + 190), fill=255)
    tail = Image.new("L", (W, H), 0)
    td = ImageDraw.Draw(tail)
    pts = [(1950, 2470), (1500, 2430), (1000, 2455), (600, 2420), (330, 2360)]
    td.line(pts, fill=255, width=110, joint="curve")
    furm = np.asarray(fur.filter(ImageFilter.GaussianBlur(7)), np.float32) / 255
    tm = np.asarray(tail.filter(ImageFilter.GaussianBlur(10)), np.float32) / 255
    mm = np.maximum(furm, tm)[..., None]
    stripes = 0.5 + 0.5 * np.sin((xx * 0.9 + yy * 0.3) / 38 + smooth_noise(rng, H, W, 30, 1.5))
    hair = rng.normal(0, 1, (H, W)).astype(np.float32)
    hair = np.asarray(u8(hair * 40 + 128).filter(ImageFilter.BoxBlur(1)), np.float32) / 255 - 0.5
    tone = 120 + 60 * stripes + 60 * hair
    catc = np.stack([tone * 1.0, tone * 0.93, tone * 0.82], -1)
    sh = np.asarray(Image.fromarray((mm[..., 0] * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(22)),
                    np.float32)[..., None] / 255
    img = img * (1 - 0.35 * np.roll(sh, -18, 1)) * (1 - mm) + catc * mm
    img = np.asarray(u8(img).filter(ImageFilter.GaussianBlur(0.8)), np.float32) + rng.normal(0, 3, img.shape)
    return u8(img), []


def lap(page, marks, rng, case):
    """The page on the reader's lap: denim all round, the sheet sagging between the knees."""
    h0, w0 = page.height, page.width
    a = np.asarray(page, np.float32)
    yy, xx = np.mgrid[0:h0, 0:w0].astype(np.float32)
    xn = (xx - w0 / 2) / (w0 / 2)
    sag = 55 * np.exp(-(xn / 0.35) ** 2) * (0.4 + 0.6 * yy / h0)      # valley between the knees, deeper below
    src_y = np.clip(yy - sag, 0, h0 - 1).astype(int)
    bent = a[src_y, xx.astype(int)]
    slope = np.gradient(sag, axis=1)
    shade = 1 - 0.9 * np.clip(slope, -0.3, 0.3) - 0.06 * np.exp(-(xn / 0.2) ** 2)
    p = to_rgb(u8(bent), paper=(246, 245, 238)) * shade[..., None]
    H, W = 2450, 1950
    Y, X = np.mgrid[0:H, 0:W].astype(np.float32)
    twill = 0.5 + 0.5 * np.sin((X + Y) / 2.6) * np.sin((X - Y) / 31)
    den = np.stack([40 + 30 * twill, 66 + 40 * twill, 112 + 50 * twill], -1)
    den += smooth_noise(rng, H, W, 80, 22)[..., None] + rng.normal(0, 8, (H, W, 1))
    quad = [(170, 150), (1760, 190), (1850, 2290), (80, 2250)]
    img, m = warp_quad(p, (H, W), quad, den)
    img *= shadow_under(m, 20, 0.5)[..., None]
    img *= (1.05 - 0.2 * (Y / H))[..., None]
    img = np.asarray(u8(img).filter(ImageFilter.GaussianBlur(0.9)), np.float32) + rng.normal(0, 3, img.shape)
    return u8(img), []


def emboss(page, marks, rng, case):
    """A letter with a raised seal photographed under low light from the left: relief, paper tooth, falloff."""
    h0, w0 = page.height, page.width
    hm = Image.new("L", (w0, h0), 0)
    d = ImageDraw.Draw(hm)
    cx, cy = marks["seal"]
    cx, cy = cx + 40, cy + 150
    d.ellipse((cx - 150, cy - 150, cx + 150, cy + 150), outline=255, width=12)
    d.ellipse((cx - 112, cy - 112, cx + 112, cy + 112), outline=255, width=6)
    for k, ch in enumerate("MERIDIAN LAKE HEALTH COOPERATIVE * OFFICIAL RECORD * "):
        t = 2 * np.pi * k / 52 - np.pi / 2
        tx, ty = cx + 131 * np.cos(t), cy + 131 * np.sin(t)
        d.text((tx - 6, ty - 9), ch, font=font("sans", True, 18), fill=255)
    d.regular_polygon((cx, cy, 60), 5, fill=255)
    h = np.asarray(hm.filter(ImageFilter.GaussianBlur(2.2)), np.float32) / 255
    rel = np.gradient(h, axis=1) * 260 + np.gradient(h, axis=0) * 80
    tooth = smooth_noise(rng, h0, w0, 3, 1.0)
    a = np.asarray(page, np.float32)
    p = to_rgb(page, paper=(246, 243, 232)) + (rel * 1.0 + tooth * 5)[..., None]
    H, W = 2450, 1950
    bg = np.zeros((H, W, 3), np.float32) + np.array([70, 58, 52], np.float32) + smooth_noise(rng, H, W, 50, 10)[..., None]
    quad = [(150, 140), (1790, 120), (1820, 2330), (130, 2350)]
    img, m = warp_quad(p, (H, W), quad, bg)
    img *= shadow_under(m, 18, 0.6)[..., None]
    Y, X = np.mgrid[0:H, 0:W].astype(np.float32)
    img *= (1.08 - 0.36 * (X / W) ** 1.3)[..., None]                 # light from the left
    img = np.asarray(u8(img).filter(ImageFilter.GaussianBlur(0.7)), np.float32) + rng.normal(0, 3, img.shape)
    return u8(img), []


def thumb(page, marks, rng, case):
    """A messaging app's small preview saved instead of the photo, then enlarged: soft, blocky, ringing edges."""
    p = u8(to_rgb(page, paper=(247, 247, 244)))
    small = p.resize((int(p.width * 0.5), int(p.height * 0.5)), Image.BOX)
    import io
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=62, subsampling=2)
    small = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    big = small.resize((p.width, p.height), Image.BICUBIC)
    return big, []


def zipper(page, marks, rng, case):
    """A cheap camera's nearest-neighbour demosaicing: colour zippers on every edge, then its JPEG."""
    H, W = 2450, 1950
    p = to_rgb(page, paper=(240, 238, 228))
    Y, X = np.mgrid[0:H, 0:W].astype(np.float32)
    bg = np.zeros((H, W, 3), np.float32) + np.array([120, 128, 136], np.float32) + smooth_noise(rng, H, W, 70, 12)[..., None]
    quad = [(130, 170), (1810, 130), (1850, 2320), (100, 2330)]
    img, m = warp_quad(p, (H, W), quad, bg)
    img *= shadow_under(m, 22, 0.4)[..., None]
    img *= (1.02 - 0.18 * ((X - W * 0.3) / W) ** 2 - 0.12 * (Y / H))[..., None]
    img = np.asarray(u8(img).filter(ImageFilter.GaussianBlur(0.6)), np.float32)
    img += rng.normal(0, 4, img.shape)
    # RGGB mosaic, then each 2x2 cell takes its own R, the mean of its Gs and its B
    r = img[0::2, 0::2, 0]
    g = (img[0::2, 1::2, 1] + img[1::2, 0::2, 1]) / 2
    b = img[1::2, 1::2, 2]
    out = np.empty_like(img)
    out[:, :, 0] = np.repeat(np.repeat(r, 2, 0), 2, 1)[:H, :W]
    # G and B sampled at shifted sites: shift by a pixel, which makes the zippers
    out[:, :, 1] = np.roll(np.repeat(np.repeat(g, 2, 0), 2, 1)[:H, :W], 1, 1)
    out[:, :, 2] = np.roll(np.roll(np.repeat(np.repeat(b, 2, 0), 2, 1)[:H, :W], 1, 0), 1, 1)
    return u8(out), []


def mosaic(page, marks, rng, case):
    """A phone markup app: the student pixelated her home address, drew a red arrow, exported an image PDF."""
    p = to_rgb(page, paper=(249, 248, 245))
    x0, y0, x1, y1 = marks["addr1"]
    ys, ye = int(y0 + 26 * 1.3) - 4, int(y1 - 8)                   # every line but her name
    xs, xe = int(x0 + 20), int(x0 + 760)
    blk = 22
    for yy in range(ys, ye, blk):
        for xx in range(xs, xe, blk):
            cell = p[yy:min(yy + blk, ye), xx:min(xx + blk, xe)]
            cell[...] = cell.reshape(-1, 3).mean(0)
    img = u8(p)
    d = ImageDraw.Draw(img)
    kx0, ky0, kx1, ky1 = marks["kv1"]
    d.line((1560, ky0 + 40, 1250, ky0 + 16), fill=(225, 30, 40), width=7)
    d.line((1250, ky0 + 16, 1300, ky0 - 14), fill=(225, 30, 40), width=7)
    d.line((1250, ky0 + 16, 1296, ky0 + 50), fill=(225, 30, 40), width=7)
    d.text((1160, img.height - 70), "Exportado con Marcador", font=font("sans", False, 24), fill=(150, 150, 150))
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(0.5)), np.float32) + rng.normal(0, 2.5, (img.height, img.width, 3))
    return u8(a), ["Exportado con Marcador"]


DEVICES = dict(fog=fog, banner=banner, ruler=ruler, tiles=tiles, lineargamma=lineargamma, cat=cat, lap=lap,
               emboss=emboss, thumb=thumb, zipper=zipper, mosaic=mosaic)
