"""Image devices for set 41 (FICTIONAL notices): numpy and Pillow only, seeded per notice.

Each device takes the rendered page (greyscale, white paper, black ink), writes the file and returns any words it
drew itself (for the self-check's text model).
"""
import io
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
FONTB = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"


def coeffs(dst, src):
    """Perspective coefficients mapping output points dst to input points src (PIL's transform)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def place(page_rgb, canvas, quad):
    """Warp page_rgb onto canvas (RGB Image) at quad (tl, tr, br, bl)."""
    w, h = page_rgb.size
    cw, ch = canvas.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    warped = page_rgb.transform((cw, ch), Image.PERSPECTIVE, coeffs(quad, src), Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((cw, ch), Image.PERSPECTIVE, coeffs(quad, src), Image.BICUBIC)
    canvas.paste(warped, (0, 0), mask)
    return canvas, np.asarray(mask, float) / 255.0


def to_rgb_ink(page, ink=(20, 20, 22), paper=(250, 248, 243)):
    a = 1.0 - np.asarray(page, float)[..., None] / 255.0
    out = np.array(paper, float) * (1 - a) + np.array(ink, float) * a
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


def finish(arr, rng, sigma, chroma=0.0):
    arr = arr + rng.normal(0, sigma, arr.shape[:2])[..., None]
    if chroma:
        arr = arr + rng.normal(0, chroma, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def save_jpeg(img, path, q=88):
    img.save(path, "JPEG", quality=q, optimize=True, subsampling=0)


# ------------------------------------------------------------------------------------------------ devices
def mixed_light(page, marks, path, rng):
    """03: a hospital overbed tray, warm lamp from the left and a cold window from the right."""
    w, h = page.size
    cw, ch = 2000, int(h * 1.16)
    bg = np.zeros((ch, cw, 3), float) + np.array([201, 186, 158])
    bg += rng.normal(0, 3, (ch, cw))[..., None]
    yy, xx = np.mgrid[0:ch, 0:cw]
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, cw, 40], fill=(120, 110, 95))          # tray's raised lip
    d.ellipse([1790, 60, 1990, 250], fill=(236, 236, 232), outline=(170, 170, 165), width=6)  # a paper cup
    d.ellipse([1830, 100, 1950, 210], fill=(150, 110, 80))
    quad = [(140, 150), (1840, 118), (1872, ch - 110), (110, ch - 80)]
    canvas, m = place(to_rgb_ink(page), canvas, quad)
    arr = np.asarray(canvas, float)
    t = xx / cw
    warm, cold = np.array([1.07, 0.93, 0.70]), np.array([0.80, 0.93, 1.10])
    gain = warm[None, None, :] * (1 - t)[..., None] + cold[None, None, :] * t[..., None]
    shade = 0.88 + 0.12 * np.exp(-((xx - 400) ** 2 + (yy - 500) ** 2) / (2 * 900.0 ** 2))
    arr = arr * gain * shade[..., None]
    img = finish(arr, rng, 4.0).filter(ImageFilter.GaussianBlur(0.7))
    save_jpeg(img, path, 87)
    return []


def mrc(page, marks, path, rng):
    """04: an office scanner's compact PDF: a 1-bit text mask over a low-resolution JPEG background."""
    import pikepdf
    w, h = page.size
    g = np.asarray(page, float)
    paper = np.array([247, 243, 233], float)
    rgb = paper * (g[..., None] / 255.0)
    tint = np.array([0.93, 0.96, 1.04])                     # the grid's shading scanned slightly blue
    rgb = np.where((g[..., None] < 235) & (g[..., None] > 150), rgb * tint, rgb)
    bgimg = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.MaxFilter(7))
    bgimg = bgimg.resize((w // 3, h // 3), Image.BILINEAR)
    bgarr = np.asarray(bgimg, float) + rng.normal(0, 2.5, (h // 3, w // 3))[..., None]
    bgimg = Image.fromarray(np.clip(bgarr, 0, 255).astype(np.uint8), "RGB")
    buf = io.BytesIO()
    bgimg.save(buf, "JPEG", quality=30)
    ink = g < 150
    bits = np.packbits(~ink, axis=1)                         # 0 = paint (ImageMask, default Decode)
    pdf = pikepdf.new()
    W, H = 612.0, 612.0 * h / w
    bg = pikepdf.Stream(pdf, buf.getvalue())
    bg.Type, bg.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    bg.Width, bg.Height, bg.ColorSpace = w // 3, h // 3, pikepdf.Name.DeviceRGB
    bg.BitsPerComponent, bg.Filter = 8, pikepdf.Name.DCTDecode
    fg = pikepdf.Stream(pdf, zlib.compress(bits.tobytes(), 9))
    fg.Type, fg.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    fg.Width, fg.Height, fg.ImageMask, fg.BitsPerComponent = w, h, True, 1
    fg.Filter = pikepdf.Name.FlateDecode
    content = f"q {W:.2f} 0 0 {H:.2f} 0 0 cm /Bg Do Q q 0.08 0.08 0.1 rg {W:.2f} 0 0 {H:.2f} 0 0 cm /Fg Do Q"
    page_obj = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, W, H],
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Bg=bg, Fg=fg)),
                                  Contents=pikepdf.Stream(pdf, content.encode()))
    pdf.pages.append(pikepdf.Page(page_obj))
    pdf.save(path, deterministic_id=True, compress_streams=True)
    return []


def feeder(page, marks, path, rng):
    """09: an old sheet-feeder scan: impulse noise, black feeder borders, a slight skew; image-only PDF."""
    import img2pdf
    w, h = page.size
    g = page.rotate(-0.35, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(g, float) * 0.94 + 6
    top = (38 + 8 * np.sin(np.arange(w) / 57.0) + rng.integers(0, 4, w)).astype(int)
    for x in range(w):
        a[:top[x], x] = 12
    right = (22 + 5 * np.sin(np.arange(h) / 90.0)).astype(int)
    for y in range(h):
        a[y, w - right[y]:] = 14
    n = int(w * h * 0.003)
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    vals = np.where(rng.random(n) < 0.5, 0, 255)
    a[ys, xs] = vals
    a[np.clip(ys + 1, 0, h - 1), xs] = np.where(rng.random(n) < 0.4, vals, a[np.clip(ys + 1, 0, h - 1), xs])
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(200, 200), optimize=True)
    with open(path, "wb") as fh:
        fh.write(img2pdf.convert(buf.getvalue(), nodate=True, engine=img2pdf.Engine.internal))
    return []


def cyan_out(page, marks, path, rng):
    """10: an inkjet out of cyan (the black prints reddish brown), photographed on a woven placemat."""
    w, h = page.size
    a = 1.0 - np.asarray(page, float)[..., None] / 255.0
    ink = np.array([112, 34, 44], float)
    paper = np.array([251, 249, 245], float)
    pg = paper * (1 - a) + ink * a
    band = 1.0 - 0.035 * ((np.arange(h) // 19) % 7 == 0)        # the print head's passes
    pg = pg * band[:, None, None] + (1 - band[:, None, None]) * 255
    page_rgb = Image.fromarray(np.clip(pg, 0, 255).astype(np.uint8), "RGB")
    cw, ch = 2050, int(h * 1.17)
    yy, xx = np.mgrid[0:ch, 0:cw]
    weave = ((xx // 44) % 2) ^ ((yy // 44) % 2)
    strip_x = 0.5 + 0.5 * np.sin((yy % 44) / 44.0 * np.pi)
    strip_y = 0.5 + 0.5 * np.sin((xx % 44) / 44.0 * np.pi)
    tex = np.where(weave == 1, strip_x, strip_y)
    bg = np.array([176, 146, 98], float) * (0.72 + 0.28 * tex)[..., None]
    bg += rng.normal(0, 5, (ch, cw))[..., None]
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    quad = [(190, 120), (1900, 175), (1860, ch - 90), (150, ch - 140)]
    canvas, m = place(page_rgb, canvas, quad)
    arr = np.asarray(canvas, float)
    light = 1.02 - 0.16 * (yy / ch) - 0.06 * (xx / cw)
    img = finish(arr * light[..., None], rng, 3.5).filter(ImageFilter.GaussianBlur(0.6))
    save_jpeg(img, path, 88)
    return []


def keyboard(page, marks, path, rng):
    """11: lying on a laptop keyboard in a dark room, lit only by the screen's cold glow from above."""
    w, h = page.size
    cw, ch = 1950, int(h * 1.2)
    canvas = Image.new("RGB", (cw, ch), (26, 27, 31))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, cw, 95], fill=(205, 218, 250))           # the bottom edge of the lit screen
    d.rectangle([0, 95, cw, 130], fill=(18, 18, 20))            # hinge
    kx0, ky0 = 40, ch - 330
    for r in range(4):
        for c in range(15):
            x = kx0 + c * 124 + (r % 2) * 30
            y = ky0 + r * 78
            d.rounded_rectangle([x, y, x + 108, y + 64], 10, fill=(48, 49, 55))
    d.rounded_rectangle([700, ch - 60, 1250, ch + 40], 20, fill=(40, 41, 46))   # trackpad's edge
    quad = [(175, 175), (1790, 160), (1815, ch - 250), (150, ch - 235)]
    canvas, m = place(to_rgb_ink(page), canvas, quad)
    arr = np.asarray(canvas, float)
    yy, xx = np.mgrid[0:ch, 0:cw]
    glow = 1.0 - 0.55 * np.clip((yy - 120) / (ch - 120), 0, 1) ** 0.9
    glow = np.where(yy < 130, 1.0, glow)
    tint = np.array([0.84, 0.92, 1.08])
    arr = arr * glow[..., None] * tint
    img = finish(arr, rng, 6.5, chroma=2.5).filter(ImageFilter.GaussianBlur(0.8))
    save_jpeg(img, path, 86)
    return []


def dark_fax(page, marks, path, rng):
    """15: a fine-mode fax sent with the darkness setting at its highest: strokes swell, counters close."""
    w, h = page.size
    header = "DIC-02-2026 07:18   DE: SENDERO SALUD UM   1-555-0163   P.001/001"
    canvas = Image.new("L", (w, h + 60), 255)
    ImageDraw.Draw(canvas).text((40, 14), header, font=ImageFont.truetype(FONT, 26), fill=0)
    canvas.paste(page, (0, 60))
    g = canvas.filter(ImageFilter.MinFilter(3))                  # dark setting: every stroke grows
    a = np.asarray(g, float) + rng.normal(0, 18, (h + 60, w))
    bw = a < 165
    speck = rng.random(bw.shape) < 0.0006
    bw = bw | speck
    img = Image.fromarray(np.where(bw, 0, 255).astype(np.uint8), "L").convert("1")
    img.save(path, "TIFF", compression="group4", dpi=(204, 196))
    return [header]


def thumbnail(page, marks, path, rng):
    """16: the portal's small preview saved, then enlarged by nearest neighbour (jagged strokes)."""
    w, h = page.size
    small = page.convert("RGB").resize((int(w * 0.4), int(h * 0.4)), Image.LANCZOS)
    small = small.quantize(colors=32, dither=Image.Dither.NONE).convert("RGB")
    big = small.resize((1700, int(1700 * h / w)), Image.NEAREST)
    big.save(path, "PNG", optimize=True)
    return []


def rubber_band(page, marks, path, rng):
    """17: a page kept rolled in a rubber band, flattened on a speckled stone counter, the band lying on it."""
    w, h = page.size
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    dy = 9 * np.sin(2 * np.pi * xx / 1300.0) * (0.4 + 0.6 * yy / h)
    src = np.asarray(page, float)
    ys = np.clip((yy + dy).round().astype(int), 0, h - 1)
    warped = src[ys, xx.astype(int)]
    ridge = 1.0 - 0.10 * (0.5 + 0.5 * np.cos(2 * np.pi * xx / 560.0)) ** 6   # the roll's memory
    rgb = to_rgb_ink(Image.fromarray(warped.astype(np.uint8), "L"), paper=(247, 245, 240))
    rgb = Image.fromarray(np.clip(np.asarray(rgb, float) * ridge[..., None], 0, 255).astype(np.uint8), "RGB")
    cw, ch = 2000, int(h * 1.16)
    base = rng.normal(118, 22, (ch, cw))
    flecks = rng.random((ch, cw))
    base = np.where(flecks < 0.02, 215, np.where(flecks > 0.985, 30, base))
    stone = np.stack([base, base * 0.97, base * 0.93], -1)
    canvas = Image.fromarray(np.clip(stone, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.2))
    quad = [(150, 140), (1835, 110), (1870, ch - 120), (120, ch - 95)]
    canvas, m = place(rgb, canvas, quad)
    d = ImageDraw.Draw(canvas)
    by = marks.get("band", int(h * 0.8)) / h * (ch - 230) + 140 + 230
    bx0, bx1 = 330, 1500
    d.ellipse([bx0 + 5, by - 28 + 7, bx1 + 5, by + 58 + 7], outline=(150, 145, 138), width=15)   # shadow
    d.ellipse([bx0, by - 28, bx1, by + 58], outline=(176, 82, 60), width=15)
    arr = np.asarray(canvas, float)
    Y, X = np.mgrid[0:ch, 0:cw]
    light = 1.03 - 0.12 * (X / cw) - 0.05 * (Y / ch)
    img = finish(arr * light[..., None], rng, 3.0).filter(ImageFilter.GaussianBlur(0.55))
    save_jpeg(img, path, 88)
    return []


def projector(page, marks, path, rng):
    """07: shown on a document camera, projected on a wall, photographed from the seats."""
    w, h = page.size
    cw, ch = 2300, int(h * 1.02)
    wall = np.zeros((ch, cw, 3), float) + np.array([96, 92, 84])
    Y, X = np.mgrid[0:ch, 0:cw]
    wall *= (0.8 + 0.2 * np.exp(-((X - cw / 2) ** 2) / (2 * 900.0 ** 2)))[..., None]
    canvas = Image.fromarray(np.clip(wall, 0, 255).astype(np.uint8), "RGB")
    ink = (70, 72, 80)
    proj = to_rgb_ink(page.filter(ImageFilter.GaussianBlur(1.3)), ink=ink, paper=(246, 248, 255))
    quad = [(330, 60), (1990, 45), (1905, ch - 70), (405, ch - 60)]
    mask = Image.new("L", (cw, ch), 0)
    canvas2 = canvas.copy()
    canvas2, m = place(proj, canvas2, quad)
    arr = np.asarray(canvas2, float)
    base = np.asarray(canvas, float)
    hot = 0.74 + 0.30 * np.exp(-((X - 1160) ** 2 + (Y - ch * 0.45) ** 2) / (2 * 800.0 ** 2))
    lit = base * 0.25 + arr * hot[..., None]
    arr = np.where(m[..., None] > 0.5, lit, base)
    d_arr = arr.copy()
    d_arr[ch - 45:, :] *= 0.35                                   # seat backs along the bottom
    img = finish(d_arr, rng, 5.0, chroma=1.5).filter(ImageFilter.GaussianBlur(1.0))
    save_jpeg(img, path, 88)
    return []


def preview(page, marks, path, rng):
    """18: a phone screenshot of the photo in a chat, still loading: the lower part is the progressive JPEG's
    blocky first pass."""
    w, h = page.size
    SW, SH = 1290, 2796
    scale = SW / w
    ph = int(h * scale)
    pg = to_rgb_ink(page).resize((SW, ph), Image.LANCZOS)
    cut = int(marks.get("preview", h * 0.8) * scale)
    low = pg.crop((0, cut, SW, ph))
    lw, lh = low.size
    blk = low.resize((max(1, lw // 24), max(1, lh // 24)), Image.BOX).resize((lw, lh), Image.BILINEAR)
    pg.paste(blk, (0, cut))
    screen = Image.new("RGB", (SW, SH), (0, 0, 0))
    top = max(250, (SH - ph) // 2)
    screen.paste(pg, (0, top))
    d = ImageDraw.Draw(screen)
    f, fb = ImageFont.truetype(FONT, 40), ImageFont.truetype(FONTB, 46)
    d.text((70, 40), "10:42", font=fb, fill=(255, 255, 255))
    d.rounded_rectangle([1110, 48, 1200, 88], 10, outline=(255, 255, 255), width=4)
    d.rectangle([1116, 54, 1170, 82], fill=(255, 255, 255))
    d.text((50, 140), "<", font=fb, fill=(255, 255, 255))
    d.text((110, 130), "Mamá", font=fb, fill=(255, 255, 255))
    d.text((110, 185), "Hoy, 10:41", font=f, fill=(200, 200, 200))
    cy = top + cut + (ph - cut) // 2
    d.ellipse([SW // 2 - 80, cy - 80, SW // 2 + 80, cy + 80], fill=(30, 30, 30))
    d.arc([SW // 2 - 60, cy - 60, SW // 2 + 60, cy + 60], -90, 190, fill=(255, 255, 255), width=10)
    d.text((SW // 2 - 150, cy + 100), "Descargando 1,2 MB", font=f, fill=(255, 255, 255))
    d.rectangle([0, SH - 170, SW, SH], fill=(18, 18, 18))
    d.text((70, SH - 115), "Responder", font=f, fill=(230, 230, 230))
    screen.save(path, "PNG", optimize=True)
    return ["10:42", "Mamá", "Hoy, 10:41", "Descargando 1,2 MB"]


DEVICES = dict(mixed_light=mixed_light, mrc=mrc, feeder=feeder, cyan_out=cyan_out, keyboard=keyboard,
               dark_fax=dark_fax, thumbnail=thumbnail, rubber_band=rubber_band, projector=projector,
               preview=preview)


def apply(name, page, marks, path, seed):
    rng = np.random.default_rng(seed)
    return DEVICES[name](page, marks, path, rng)
