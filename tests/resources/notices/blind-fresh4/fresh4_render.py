"""Own page renderer for fresh set 4 (fictional notices only).

Items of a document (a flat list; pages break automatically, ("page",) forces a break):
  "text"                        a paragraph, wrapped
  ("h", "TEXT")                 bold line
  ("title", "TEXT")             large bold centred line
  ("center", "TEXT")            centred lines (\n separated)
  ("right", "TEXT")             right-aligned lines
  ("pre", "TEXT")               monospace lines, kept as is
  ("lines", "TEXT")             proportional lines, kept as is (address blocks)
  ("table", rows, grid)         monospace-aligned table; grid=True draws borders
  ("box", [[(label, value), ...], ...])   boxed header: each cell a small label above its value
  ("rule",)                     a horizontal line
  ("gap",)                      blank space
  ("small", "TEXT")             small print paragraph
"""
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

LIB = "/usr/share/fonts/truetype/liberation2/"
DJ = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": (LIB + "LiberationSerif-Regular.ttf", LIB + "LiberationSerif-Bold.ttf"),
    "sans": (LIB + "LiberationSans-Regular.ttf", LIB + "LiberationSans-Bold.ttf"),
    "dejavu": (DJ + "DejaVuSans.ttf", DJ + "DejaVuSans-Bold.ttf"),
    "mono": (LIB + "LiberationMono-Regular.ttf", LIB + "LiberationMono-Bold.ttf"),
}


def _wrap(text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if font.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def render(items, dpi=200, family="serif", pt=10.5, header=None, footer=None):
    """Return a list of greyscale page images."""
    W, H = int(8.5 * dpi), int(11 * dpi)
    px = int(pt * dpi / 72)
    reg, bold = FONTS[family]
    f = ImageFont.truetype(reg, px)
    fb = ImageFont.truetype(bold, px)
    fbig = ImageFont.truetype(bold, int(px * 1.35))
    fsmall = ImageFont.truetype(reg, int(px * 0.8))
    fsb = ImageFont.truetype(bold, int(px * 0.78))
    fm = ImageFont.truetype(FONTS["mono"][0], int(px * 0.9))
    fmb = ImageFont.truetype(FONTS["mono"][1], int(px * 0.9))
    left, right, top, bottom = int(0.8 * dpi), W - int(0.8 * dpi), int(0.75 * dpi), H - int(0.75 * dpi)
    lh = int(px * 1.38)
    pages = []
    state = {}

    def new_page():
        img = Image.new("L", (W, H), 255)
        state["img"], state["dr"], state["y"] = img, ImageDraw.Draw(img), top
        pages.append(img)
        if header:
            state["dr"].text((left, int(0.35 * dpi)), header, font=fsmall, fill=40)
        if footer:
            state["dr"].text((left, H - int(0.5 * dpi)), footer.replace("{n}", str(len(pages))), font=fsmall, fill=40)

    def need(h):
        if state["y"] + h > bottom:
            new_page()

    new_page()
    for it in items:
        dr = state["dr"]
        if isinstance(it, str):
            for ln in _wrap(it, f, right - left):
                need(lh)
                state["dr"].text((left, state["y"]), ln, font=f, fill=10)
                state["y"] += lh
            state["y"] += lh // 2
            continue
        kind = it[0]
        if kind == "page":
            new_page()
        elif kind == "gap":
            state["y"] += lh
        elif kind == "rule":
            need(lh // 2)
            dr.line((left, state["y"] + 4, right, state["y"] + 4), fill=0, width=3)
            state["y"] += lh // 2
        elif kind == "h":
            for ln in _wrap(it[1], fb, right - left):
                need(lh)
                state["dr"].text((left, state["y"]), ln, font=fb, fill=0)
                state["y"] += lh
            state["y"] += lh // 4
        elif kind == "title":
            for ln in it[1].split("\n"):
                need(int(lh * 1.4))
                w = fbig.getlength(ln)
                state["dr"].text(((W - w) / 2, state["y"]), ln, font=fbig, fill=0)
                state["y"] += int(lh * 1.4)
            state["y"] += lh // 3
        elif kind in ("center", "right", "lines"):
            for ln in it[1].split("\n"):
                need(lh)
                w = f.getlength(ln)
                assert w <= right - left, ("line too long", ln)
                x = (W - w) / 2 if kind == "center" else (right - w if kind == "right" else left)
                state["dr"].text((x, state["y"]), ln, font=f, fill=10)
                state["y"] += lh
            state["y"] += lh // 2
        elif kind == "small":
            mh = int(lh * 0.8)
            for ln in _wrap(it[1], fsmall, right - left):
                need(mh)
                state["dr"].text((left, state["y"]), ln, font=fsmall, fill=20)
                state["y"] += mh
            state["y"] += mh // 2
        elif kind == "pre":
            for ln in it[1].split("\n"):
                need(lh)
                assert fm.getlength(ln) <= right - left, ("pre too long", ln)
                state["dr"].text((left, state["y"]), ln, font=fm, fill=5)
                state["y"] += lh
            state["y"] += lh // 2
        elif kind == "table":
            rows, grid = it[1], (it[2] if len(it) > 2 else False)
            ncol = len(rows[0])
            cw = [max(fm.getlength(r[i]) for r in rows) + px for i in range(ncol)]
            rh = int(lh * 1.25) if grid else lh
            assert sum(cw) - px <= right - left, ("table too wide", rows[0])
            for k, r in enumerate(rows):
                need(rh)
                x, y = left, state["y"]
                for i, c in enumerate(r):
                    state["dr"].text((x + (px // 3 if grid else 0), y + (rh - lh) // 2 + 2), c,
                                     font=fmb if k == 0 else fm, fill=5)
                    if grid:
                        state["dr"].rectangle((x, y, x + cw[i], y + rh), outline=0, width=2)
                    x += cw[i]
                state["y"] += rh
            state["y"] += lh // 2
        elif kind == "box":
            for row in it[1]:
                n = len(row)
                bw = (right - left) / n
                bh = int(lh * 2.3)
                need(bh)
                y = state["y"]
                for i, (lab, val) in enumerate(row):
                    x = left + i * bw
                    assert f.getlength(val) < bw - px // 2 and fsb.getlength(lab) < bw - px // 2, ("box too narrow", val)
                    state["dr"].rectangle((x, y, x + bw, y + bh), outline=0, width=3)
                    state["dr"].text((x + px // 3, y + 5), lab, font=fsb, fill=30)
                    state["dr"].text((x + px // 3, y + int(lh * 1.05)), val, font=f, fill=0)
                state["y"] += bh
            state["y"] += lh // 2
        else:
            raise ValueError(kind)
    return pages


def scan(img, seed=0, angle=None):
    rnd = random.Random(seed)
    angle = angle if angle is not None else rnd.uniform(-1.2, 1.2)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    px = img.load()
    W, H = img.size
    for _ in range(W * H // 250):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = rnd.choice((40, 90, 150, 200))
    grad = Image.linear_gradient("L").rotate(90).resize((W, H)).point(lambda v: 255 - v // 12)
    return ImageChops.multiply(img, grad)


def fax(img, seed=0, angle=None, header=None):
    """1-bit fax page at about 200 x 200 dpi, with a transmission header line."""
    rnd = random.Random(seed)
    if header:
        d = ImageDraw.Draw(img)
        fnt = ImageFont.truetype(FONTS["mono"][0], 26)
        d.text((40, 18), header, font=fnt, fill=0)
    angle = angle if angle is not None else rnd.uniform(-0.8, 0.8)
    img = img.rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    W, H = img.size
    for _ in range(W * H // 400):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = 0
    # vertical streak from a dirty scanner bar
    sx = rnd.randrange(int(W * 0.91), int(W * 0.95))
    dr = ImageDraw.Draw(img)
    y = 0
    while y < H:
        seg = rnd.randrange(40, 400)
        dr.line((sx, y, sx, y + seg), fill=100, width=2)
        y += seg + rnd.randrange(20, 200)
    return img.point(lambda v: 255 if v > 150 else 0).convert("1")


def photo(img, seed=0, angle=2.5, border=(88, 74, 60)):
    rnd = random.Random(seed)
    W, H = img.size
    page = img.convert("RGB")
    canvas = Image.new("RGB", (int(W * 1.14), int(H * 1.09)), border)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=border)
    canvas.paste(page, ((canvas.width - page.width) // 2 + rnd.randint(-20, 20),
                        (canvas.height - page.height) // 2 + rnd.randint(-20, 20)))
    shade = Image.new("L", canvas.size, 0)
    sd = ImageDraw.Draw(shade)
    cw, ch = canvas.size
    sd.polygon([(int(cw * 0.62), 0), (cw, 0), (cw, ch), (int(cw * 0.85), ch)], fill=95)
    shade = shade.filter(ImageFilter.GaussianBlur(110))
    dark = Image.new("RGB", canvas.size, (35, 30, 26))
    canvas = Image.composite(dark, canvas, shade)
    r, g, b = canvas.split()
    b = b.point(lambda v: int(v * 0.88))
    canvas = Image.merge("RGB", (r, g, b)).filter(ImageFilter.GaussianBlur(0.8))
    return canvas.resize((int(cw * 0.78), int(ch * 0.78)), Image.LANCZOS)
