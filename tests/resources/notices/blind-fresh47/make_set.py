#!/usr/bin/env python3
"""Build blind intake set 47 (FICTIONAL) deterministically, then self-check every key. Exit 1 on a problem.
Usage: make_set.py [NN ...]   (no argument: every notice)."""
import calendar, email, email.policy, html as htmlmod, io, json, os, re, sys, textwrap, zipfile
from datetime import date
from email.message import EmailMessage
from html.parser import HTMLParser

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

TODAY = date(2026, 12, 7)
FONTDIR = "/usr/share/fonts/truetype/liberation2/"
MB4 = 4 * 1024 * 1024
MONTHS_EN = list(calendar.month_name)
MONTHS_ES = ["", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
RULE = {"employer_erisa": ("d", 180), "individual_aca": ("d", 180), "governmental": ("d", 180), "church": ("d", 180),
        "medicare_advantage": ("d", 65), "medicare_part_d": ("d", 65), "medicare": ("d", 120), "medicaid": ("d", 60),
        "chip": ("d", 60), "fehb": ("m", 6), "tricare": ("d", 90), "short_term": None}
DECISIONS = {"09": ("m", 4), "18": None}  # decisions after an appeal: the next level's rule (18: the time printed)


def font(size, bold=False, mono=False):
    name = ("LiberationMono" if mono else "LiberationSans") + ("-Bold" if bold else "-Regular") + ".ttf"
    return ImageFont.truetype(FONTDIR + name, size)


# ---------------------------------------------------------------- dates
def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def parse_dates(s, lang):
    """Every date a printed string stands for (a list of days of one month gives each day)."""
    s = s.strip()
    m = re.fullmatch(r"([A-Z][a-z]+) ([\d, and]+), (\d{4})", s)
    if m and m.group(1) in MONTHS_EN:
        days = [int(x) for x in re.findall(r"\d+", m.group(2))]
        return [date(int(m.group(3)), MONTHS_EN.index(m.group(1)), d) for d in days]
    m = re.fullmatch(r"([\d, y]+) de ([a-z]+) de (\d{4})", s)
    if m and m.group(2) in MONTHS_ES:
        days = [int(x) for x in re.findall(r"\d+", m.group(1))]
        return [date(int(m.group(3)), MONTHS_ES.index(m.group(2)), d) for d in days]
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return [date(y, b, a)] if lang == "es" else [date(y, a, b)]
    raise ValueError("unparsed date " + s)


def en_long(d):
    return f"{MONTHS_EN[d.month]} {d.day}, {d.year}"


def es_long(d):
    return f"{d.day} de {MONTHS_ES[d.month]} de {d.year}"


# ---------------------------------------------------------------- the text model
def blocks(lines):
    """Group lines into blocks: ('h', text), ('p', text), ('t', rows), ('page', None)."""
    out = []
    for ln in lines:
        if ln == "@page":
            out.append(("page", None))
        elif ln.startswith("|"):
            cells = ln[1:].split("|")
            if out and out[-1][0] == "t":
                out[-1][1].append(cells)
            else:
                out.append(("t", [cells]))
        elif ln.startswith("# "):
            out.append(("h", ln[2:]))
        else:
            out.append(("p", ln))
    return out


def model_text(c):
    parts = []
    for kind, v in blocks(c["lines"]):
        if kind == "t":
            parts += ["  ".join(r) for r in v]
        elif kind != "page":
            parts.append(v)
    return "\n".join(parts)


# ---------------------------------------------------------------- image rendering
def render_pages(lines, W=1700, H=2200, size=27, mono=False, caps=False):
    """Draw the blocks on letter pages at 200 dpi; returns grey images."""
    body, bold, head = font(size, mono=mono), font(size, True, mono), font(size + 7, True, mono)
    pages, img, y = [], None, 0
    M = 120

    def new():
        nonlocal img, y
        img = Image.new("L", (W, H), 255)
        pages.append(img)
        y = 110

    def wrap(text, f, width):
        words, out, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if f.getlength(t) <= width:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
        return out

    new()
    for kind, v in blocks(lines):
        d = ImageDraw.Draw(img)
        if kind == "page":
            new()
        elif kind == "h":
            y += 14
            for ln in wrap(v, head, W - 2 * M):
                d.text((M, y), ln, font=head, fill=0)
                y += size + 16
            y += 6
        elif kind == "p":
            for ln in wrap(v, body, W - 2 * M):
                d.text((M, y), ln, font=body, fill=15)
                y += size + 10
            y += 12
        else:
            ncol = max(len(r) for r in v)
            lens = [max(len(r[i]) if i < len(r) else 0 for r in v) + 3 for i in range(ncol)]
            tot = sum(lens)
            xs = [M]
            for L in lens:
                xs.append(xs[-1] + (W - 2 * M) * L / tot)
            for ri, r in enumerate(v):
                f = bold if ri == 0 else body
                cellw = [wrap(r[i], f, xs[i + 1] - xs[i] - 14) if i < len(r) else [""] for i in range(ncol)]
                h = max(len(x) for x in cellw) * (size + 8) + 12
                d.rectangle([M, y, W - M, y + h], outline=90, width=2)
                for i in range(ncol):
                    if i:
                        d.line([xs[i], y, xs[i], y + h], fill=90, width=2)
                    for k, ln in enumerate(cellw[i]):
                        d.text((xs[i] + 7, y + 6 + k * (size + 8)), ln, font=f, fill=10)
                y += h
            y += 18
        if y > H - 90:
            raise SystemExit("page overflow in a notice")
    return pages


def persp_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output point dst[i] samples input point src[i]."""
    A, b = [], []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); b.append(X)
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); b.append(Y)
    return np.linalg.solve(np.array(A, float), np.array(b, float)).tolist()


def place(page_rgb, bg, quad, shade=1.0):
    """Warp page_rgb onto bg (RGB) so its corners land on quad (tl, tr, br, bl)."""
    w, h = page_rgb.size
    co = persp_coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page_rgb.transform(bg.size, Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform(bg.size, Image.PERSPECTIVE, co, Image.BILINEAR)
    if shade != 1.0:
        warped = Image.fromarray(np.clip(np.asarray(warped, float) * shade, 0, 255).astype(np.uint8))
    out = bg.copy()
    out.paste(warped, (0, 0), mask)
    return out


def tint(grey, rgb):
    a = np.asarray(grey, float)[..., None] / 255.0
    return Image.fromarray((a * np.array(rgb, float)).clip(0, 255).astype(np.uint8))


def noise(img, rng, sigma):
    a = np.asarray(img, float)
    a = a + rng.normal(0, sigma, a.shape)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def texture(size, rng, base, spread, blur=1.5):
    w, h = size
    a = rng.normal(0, 1, (h // 4, w // 4, 1)) * spread + np.array(base, float)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8)).resize(size, Image.BICUBIC)
    return im.filter(ImageFilter.GaussianBlur(blur))


def soft_rect(shape, x0, y0, x1, y1, feather):
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w]
    dx = np.maximum(np.maximum(x0 - xx, xx - x1), 0)
    dy = np.maximum(np.maximum(y0 - yy, yy - y1), 0)
    return np.exp(-((dx ** 2 + dy ** 2) / (2 * feather ** 2)))


# ---------------------------------------------------------------- devices (numpy and Pillow only)
def dev_led_glare(c, rng):
    pg = render_pages(c["lines"])[0]
    page = tint(pg, (250, 250, 246))
    bg = texture((1800, 2350), rng, (62, 42, 30), 14, 3)
    img = place(page, bg, [(95, 70), (1705, 105), (1735, 2290), (60, 2250)])
    a = np.asarray(img, float)
    # the ceiling LED panel's reflection: a bright rectangle with a soft edge over the right part of the notes under the table
    m = soft_rect(a.shape[:2], 1000, 790, 1580, 950, 40) * 0.8
    a = a * (1 - m[..., None]) + 255 * m[..., None]
    a = a * np.linspace(1.0, 0.86, a.shape[0])[:, None, None]
    return [noise(Image.fromarray(a.clip(0, 255).astype(np.uint8)), rng, 4)]


def dev_adf_three(c, rng):
    out = []
    for i, pg in enumerate(render_pages(c["lines"])):
        ang = [-0.8, 0.55, 1.25][i]
        im = pg.convert("RGB").rotate(ang, Image.BICUBIC, expand=False, fillcolor=(70, 70, 70))
        a = np.asarray(im, float)
        if i == 2:  # a failing lamp: magenta cast, stronger toward the top
            cast = np.linspace(0.78, 0.92, a.shape[0])[:, None]
            a[..., 1] *= cast
            a[..., 0] = a[..., 0] * 0.99
        a += rng.normal(0, 3, a.shape)
        out.append(Image.fromarray(a.clip(0, 255).astype(np.uint8)))
    return out


def dev_hand_bedspread(c, rng):
    pg = render_pages(c["lines"])[0]
    page = tint(pg, (248, 247, 240))
    W, H = 1850, 2400
    yy, xx = np.mgrid[0:H, 0:W]
    flowers = (np.sin(xx / 37.0) * np.sin(yy / 41.0) > 0.55)
    base = np.zeros((H, W, 3)); base[:] = (120, 150, 190)
    base[flowers] = (210, 170, 120)
    bg = Image.fromarray(base.astype(np.uint8)).filter(ImageFilter.GaussianBlur(2))
    img = place(page, bg, [(150, 90), (1760, 140), (1730, 2330), (110, 2280)])
    d = ImageDraw.Draw(img, "RGBA")
    # the hand: palm and fingers behind the left edge, the thumb over the left margin (no text under it)
    d.ellipse([-140, 1050, 160, 1560], fill=(60, 40, 30, 70))  # shadow
    d.ellipse([-170, 1020, 120, 1520], fill=(214, 170, 140, 255))
    d.ellipse([70, 1180, 205, 1290], fill=(206, 160, 132, 255))  # thumb tip on the margin
    d.ellipse([150, 1200, 190, 1250], fill=(232, 200, 190, 255))  # nail
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    return [noise(img, rng, 5)]


def dev_half_fold(c, rng):
    pg = render_pages(c["lines"])[0]
    page = tint(pg, (249, 248, 244))
    W, H = 1700, 2200
    top, bot = page.crop((0, 0, W, H // 2)), page.crop((0, H // 2, W, H))
    bg = texture((1850, 2400), rng, (120, 128, 136), 10, 2)
    fl, fr = (90, 1200), (1760, 1180)  # the fold's ends, shared by both halves
    img = place(top, bg, [(140, 80), (1700, 60), fr, fl], shade=1.0)
    img = place(bot, img, [fl, fr, (1720, 2330), (120, 2300)], shade=0.84)
    a = np.asarray(img, float)
    yy = np.arange(a.shape[0])[:, None]
    xx = np.arange(a.shape[1])[None, :]
    fy = fl[1] + (fr[1] - fl[1]) * (xx - fl[0]) / (fr[0] - fl[0])
    crease = np.exp(-((yy - fy - 6) ** 2) / (2 * 9.0 ** 2)) * 0.35
    a = a * (1 - crease[..., None])
    return [noise(Image.fromarray(a.clip(0, 255).astype(np.uint8)), rng, 4)]


BACK_SIDE = ["# Important plan information", "Silverleaf Advantage HMO is a fictional plan used in a sample.",
             "Your rights and responsibilities as a member are listed in your Evidence of Coverage booklet. "
             "You can ask for it in large print, braille or another language at no cost.",
             "# Nondiscrimination notice",
             "The plan does not treat people differently because of race, colour, national origin, age, "
             "disability or sex. If you think it did, you can file a grievance with the plan.",
             "Language help is available. Llame al servicio para afiliados. Goi cho dich vu thanh vien."]


def dev_backlit(c, rng):
    W, H = 1700, 2200
    front = np.asarray(render_pages(c["lines"])[0], float)
    back = np.asarray(render_pages(BACK_SIDE, size=31)[0].transpose(Image.FLIP_LEFT_RIGHT), float)
    a = front * (1 - 0.22 * (255 - back) / 255 * (front > 128))
    yy, xx = np.mgrid[0:H, 0:W]
    r = np.hypot((xx - 1000) / W, (yy - 700) / H)
    light = np.clip(1.08 - 0.55 * r, 0.65, 1.0)
    rgb = np.stack([a * light * 1.0, a * light * 0.96, a * light * 0.86], -1)
    page = Image.fromarray(rgb.clip(0, 255).astype(np.uint8))
    bg = texture((1850, 2400), rng, (48, 46, 44), 6, 4)
    img = place(page, bg, [(90, 130), (1740, 70), (1780, 2300), (120, 2340)])
    d = ImageDraw.Draw(img)
    d.ellipse([1640, 2180, 1840, 2420], fill=(200, 150, 120))  # fingers at the bottom corner
    return [noise(img.filter(ImageFilter.GaussianBlur(0.7)), rng, 5)]


def dev_granite_warm(c, rng):
    pg = render_pages(c["lines"])[0]
    page = tint(pg, (246, 245, 240))
    W, H = 1900, 2450
    g = rng.normal(140, 18, (H, W, 1)).repeat(3, 2)
    for val, p in ((30, 0.03), (235, 0.02), (95, 0.05)):
        g[rng.random((H, W)) < p] = val
    bg = Image.fromarray(g.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
    img = place(page, bg, [(170, 140), (1770, 110), (1820, 2350), (120, 2380)])
    a = np.asarray(img, float) * np.array([1.0, 0.84, 0.62])
    a *= np.linspace(1.02, 0.9, a.shape[1])[None, :, None]
    return [noise(Image.fromarray(a.clip(0, 255).astype(np.uint8)), rng, 5)]


def dev_platen_speckle(c, rng):
    a = np.asarray(render_pages(c["lines"], mono=True, size=28)[0].filter(ImageFilter.GaussianBlur(0.9)), float)
    h, w = a.shape
    a = a - 18
    dots = rng.random((h, w)) < 0.0022
    a[dots] = 0
    for _ in range(140):  # clusters of toner dust
        x, y = rng.integers(0, w), rng.integers(0, h)
        r = rng.integers(2, 6)
        a[max(0, y - r):y + r, max(0, x - r):x + r] = np.minimum(a[max(0, y - r):y + r, max(0, x - r):x + r], 40)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    d = ImageDraw.Draw(im)
    pts = [(1500 + 60 * np.sin(t / 9.0) + t * 0.6, 300 + t * 2.2) for t in range(0, 240)]
    d.line(pts, fill=0, width=3)  # a hair on the glass, in the right margin
    d.rectangle([0, 0, w, 18], fill=0)  # the lid's dark edge
    return [im.point(lambda v: 255 if v > 150 else 0, "1")]


def dev_window_bloom(c, rng):
    pg = render_pages(c["lines"])[0]
    page = tint(pg, (250, 249, 243))
    bg = texture((1900, 2450), rng, (170, 130, 90), 12, 3)
    img = place(page, bg, [(120, 150), (1760, 100), (1800, 2360), (90, 2400)])
    a = np.asarray(img, float)
    H, W = a.shape[:2]
    xx = np.arange(W)[None, :]
    yy = np.arange(H)[:, None]
    bloom = np.clip((xx - 1100) / 800.0, 0, 1) ** 1.6 * (0.55 + 0.1 * np.sin(yy / 300.0))
    glow = np.asarray(Image.fromarray((bloom * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(40)), float) / 255
    a = a * (1 - glow[..., None]) + np.array([255, 250, 235]) * glow[..., None]
    return [noise(Image.fromarray(a.clip(0, 255).astype(np.uint8)), rng, 4)]


def dev_two_photos(c, rng):
    out = []
    quads = [[(150, 120), (1720, 180), (1690, 2330), (100, 2290)], [(110, 200), (1700, 130), (1760, 2360), (170, 2390)]]
    for i, pg in enumerate(render_pages(c["lines"])):
        page = tint(pg, (247, 246, 241) if i == 0 else (236, 240, 246))
        bg = texture((1850, 2500), rng, (95, 85, 75) if i == 0 else (60, 70, 80), 10, 3)
        img = place(page, bg, quads[i], shade=1.0 if i == 0 else 0.8)
        out.append(noise(img.filter(ImageFilter.GaussianBlur(0.6 + 0.4 * i)), rng, 5))
    return out


def dev_lavender_palette(c, rng):
    pg = render_pages(c["lines"])[0].resize((1275, 1650), Image.LANCZOS)
    pg = pg.point(lambda v: int(255 * (v / 255.0) ** 2.4))  # strokes darkened before the palette, as the scanner's text mode does
    page = tint(pg, (229, 219, 246))
    a = np.asarray(page, float) + rng.normal(0, 4, (1650, 1275, 3))
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    # 16 colours from ink to paper, as a scanner's small-file mode keeps them
    pal = Image.new("P", (1, 1))
    ramp = [tuple(int(a + (b - a) * t / 15) for a, b in zip((38, 30, 58), (232, 222, 248))) for t in range(16)]
    pal.putpalette([v for rgb in ramp for v in rgb] + [0] * (768 - 48))
    return [im.quantize(palette=pal, dither=Image.NONE)]


def dev_knee_bend(c, rng):
    pg = render_pages(c["lines"])[0]
    page = np.asarray(tint(pg, (248, 247, 242)), float)
    H, W = 2400, 1900
    yy, xx = np.mgrid[0:H, 0:W].astype(float)
    # denim: diagonal twill and blue
    tw = (np.sin((xx + yy) / 3.0) * 10)
    out = np.stack([40 + tw, 70 + tw, 120 + tw], -1) + rng.normal(0, 6, (H, W, 3))
    cx = W / 2
    u = (xx - cx) / 800.0
    sx = 850 + u * 850 * (1 + 0.10 * u ** 2)  # the sides bend away and compress
    sy = yy - 100 + 70 * u ** 2
    ok = (sx >= 0) & (sx < 1699) & (sy >= 0) & (sy < 2199)
    xi, yi = sx.clip(0, 1698).astype(int), sy.clip(0, 2198).astype(int)
    shade = (1 - 0.22 * u ** 2)[..., None]
    out[ok] = (page[yi, xi] * shade)[ok]
    return [noise(Image.fromarray(out.clip(0, 255).astype(np.uint8)), rng, 4)]


DEVICES = {k[4:]: v for k, v in globals().items() if k.startswith("dev_")}


# ---------------------------------------------------------------- writers
def to_html_body(c):
    out = []
    for kind, v in blocks(c["lines"]):
        if kind == "h":
            out.append(f"<h2>{htmlmod.escape(v)}</h2>")
        elif kind == "p":
            out.append(f"<p>{htmlmod.escape(v)}</p>")
        elif kind == "t":
            rows = []
            for i, r in enumerate(v):
                tag = "th" if i == 0 and len(v) > 1 and not re.search(r"\d", "".join(r)) else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{htmlmod.escape(x)}</{tag}>" for x in r) + "</tr>")
            out.append("<table border=\"1\" cellpadding=\"4\">" + "".join(rows) + "</table>")
    return "\n".join(out)


def write_html(c, path):
    nav = ("<nav><a href=\"/home\">Home</a> | <a href=\"/claims\">Claims</a> | <a href=\"/messages\">Messages</a> | "
           "<a href=\"/logout\">Sign out</a></nav>")
    doc = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>"
           "<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto} table{border-collapse:collapse}"
           "</style><script>window.portalSession='demo';</script></head><body>\n%s\n<main>\n%s\n</main>\n"
           "<footer>FICTIONAL SAMPLE portal page. &copy; 2026</footer></body></html>\n") % (
        c["lang"], htmlmod.escape(c["slug"]), nav, to_html_body(c))
    open(path, "w", encoding="utf-8", newline="\n").write(doc)


def write_txt(c, path):
    out = []
    for kind, v in blocks(c["lines"]):
        if kind == "h":
            out += ["", v, "-" * len(v)]
        elif kind == "p":
            out += textwrap.wrap(v, 72) or [""]
        elif kind == "t":
            out += ["   ".join(r) for r in v]
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(out) + "\n")


def write_eml(c, path):
    x = c["extra"]
    es = c["lang"] == "es"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Date"], msg["Subject"] = x["frm"], x["to"], x["date"], x["subject"]
    msg["Message-ID"] = f"<set47-{c['num']}@mail.example>"
    head_lbl = ("---------- Mensaje reenviado ----------\nDe: %s\nFecha: %s\n" if es else
                "---------- Forwarded message ---------\nFrom: %s\nDate: %s\n") % (x["fwd_from"], x["fwd_date"])
    plain = x["intro"] + "\n\n" + head_lbl + "\n" + model_text(c) + "\n"
    fwd_html = htmlmod.escape(head_lbl).replace("\n", "<br>")
    html = ("<html><body><p>%s</p><div class=\"fwd\">%s<blockquote>%s</blockquote></div></body></html>" %
            (htmlmod.escape(x["intro"]), fwd_html, to_html_body(c)))
    msg.set_content(plain, cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="base64" if es else "quoted-printable")
    msg.set_boundary(f"==set47-{c['num']}-alt==")
    open(path, "wb").write(msg.as_bytes(policy=email.policy.SMTP))


def write_docx(c, path):
    import docx
    from datetime import datetime
    doc = docx.Document()
    for kind, v in blocks(c["lines"]):
        if kind == "h":
            doc.add_heading(v, level=2)
        elif kind == "p":
            doc.add_paragraph(v)
        elif kind == "t":
            t = doc.add_table(rows=len(v), cols=max(len(r) for r in v))
            for i, r in enumerate(v):
                for j, s in enumerate(r):
                    t.cell(i, j).text = s
    cp = doc.core_properties
    cp.author, cp.title = "Capitol Mutual (FICTIONAL)", "FICTIONAL sample letter"
    cp.created = cp.modified = datetime(2026, 10, 22, 9, 0, 0)
    cp.last_modified_by = "FICTIONAL"
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(it.filename, (2026, 10, 22, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


def write_pdf(c, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("LS", FONTDIR + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", FONTDIR + "LiberationSans-Bold.ttf"))
    ps = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13, spaceAfter=6)
    hs = ParagraphStyle("h", fontName="LSB", fontSize=13, leading=16, spaceBefore=6, spaceAfter=6)
    ts = ParagraphStyle("t", fontName="LS", fontSize=9, leading=11)
    th = ParagraphStyle("th", fontName="LSB", fontSize=8, leading=10)
    story = []
    for kind, v in blocks(c["lines"]):
        if kind == "h":
            story.append(Paragraph(htmlmod.escape(v), hs))
        elif kind == "p":
            story.append(Paragraph(htmlmod.escape(v), ps))
        elif kind == "t":  # boxed header tables: a label row over a value row
            data = [[Paragraph(htmlmod.escape(s), th if i % 2 == 0 else ts) for s in r] for i, r in enumerate(v)]
            t = Table(data, colWidths=[468 / len(v[0])] * len(v[0]))
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                   ("BACKGROUND", (0, 2), (-1, 2), colors.whitesmoke),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
    SimpleDocTemplate(path, pagesize=letter, invariant=1, title="FICTIONAL sample notice",
                      author="FICTIONAL", leftMargin=72, rightMargin=72).build(story)


def write_images(c, path, imgs):
    import img2pdf
    k = c["kind"]
    if k == "jpg":
        imgs[0].save(path, "JPEG", quality=84, optimize=True, dpi=(200, 200))
    elif k == "png":
        imgs[0].save(path, "PNG", optimize=True, dpi=(150, 150))
    elif k == "tif":
        imgs[0].save(path, "TIFF", compression="group4", dpi=(200, 200))
    elif k == "pdfimg":
        bufs = []
        for im in imgs:
            b = io.BytesIO()
            im.save(b, "JPEG", quality=80, dpi=(200, 200))
            bufs.append(b.getvalue())
        open(path, "wb").write(img2pdf.convert(bufs, nodate=True, engine=img2pdf.Engine.internal))


EXT = {"jpg": "jpg", "png": "png", "tif": "tif", "pdfimg": "pdf", "pdf": "pdf", "docx": "docx", "html": "html",
       "eml": "eml", "txt": "txt"}


def fname(c):
    return f"{c['num']}-{c['slug']}.{EXT[c['kind']]}"


# ---------------------------------------------------------------- keys
def deadline(c):
    nd = c["key"]["notice_date"]
    w = c["window"]
    if w[0] == "days":
        return nd.fromordinal(nd.toordinal() + w[1]), w[2]
    if w[0] == "months":
        return add_months(nd, w[1]), w[2]
    if w[0] == "date":
        return w[1], w[2]
    if w[0] == "rule":
        return nd.fromordinal(nd.toordinal() + w[1]), w[2]
    raise ValueError(w)


ORDER = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
         "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
         "deadline_basis", "appeals_address"]


def key_of(c):
    k = dict(c["key"])
    dl, basis = deadline(c)
    k["appeal_deadline"], k["deadline_basis"] = dl, basis
    k["appeals_address"] = ", ".join(c["addr"])
    out = {"file": fname(c), "_note": "FICTIONAL. " + c["note"]}
    for f in ORDER:
        if f in k:
            v = k[f]
            if isinstance(v, date):
                v = v.isoformat()
            elif isinstance(v, list):
                v = [x.isoformat() if isinstance(x, date) else x for x in v]
            out[f] = v
    return out


# ---------------------------------------------------------------- reading back
class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def strip_html(s):
    p = _Strip()
    p.feed(s)
    return "".join(p.out)


def read_back(c, path):
    k = c["kind"]
    if k in ("jpg", "png", "tif", "pdfimg"):
        return model_text(c)  # images: the text model they were drawn from
    if k == "pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if k == "docx":
        import docx
        d = docx.Document(path)
        return "\n".join([p.text for p in d.paragraphs] +
                         [cell.text for t in d.tables for row in t.rows for cell in row.cells])
    if k == "html":
        return strip_html(open(path, encoding="utf-8").read())
    if k == "eml":
        m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        parts = [str(m[h]) for h in ("From", "To", "Date", "Subject")]
        for p in m.walk():
            if p.get_content_maintype() == "text":
                t = p.get_content()
                parts.append(strip_html(t) if p.get_content_subtype() == "html" else t)
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", htmlmod.unescape(s)).strip()


# ---------------------------------------------------------------- the self-check
def check(c, path, key):
    errs = []
    T = norm(read_back(c, path))
    M = norm(model_text(c))
    lang = c["lang"]

    def has(s, text=T):
        return norm(s) in text

    if "FICTIONAL" not in T and "FICTICIA" not in T:
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        if f in key and not has(key[f]):
            errs.append(f"{f} not printed: {key[f]}")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in key.get(f, []):
            if not re.search(r"(?<![\w.-])" + re.escape(v) + r"(?![\w-])", T):
                errs.append(f"{f} {v} not printed as a word")
    # notice date
    lbl, printed = c["nd"]
    if not has(printed):
        errs.append("notice date not printed")
    if lbl and not has(lbl):
        errs.append("notice-date label not printed")
    if lbl:
        adj = re.search(re.escape(lbl) + r"\s*:?\s*" + re.escape(printed), M)
        col = False
        for kind, v in blocks(c["lines"]):
            if kind == "t":
                for r0, r1 in zip(v, v[1:]):
                    if lbl in r0 and r0.index(lbl) < len(r1) and r1[r0.index(lbl)] == printed:
                        col = True
        if not (adj or col):
            errs.append("notice-date label not followed by (or above) the date")
    else:
        if printed not in "\n".join(c["lines"][:4]):
            errs.append("undated-label notice date not in the date line")
    if parse_dates(printed, lang) != [date.fromisoformat(key["notice_date"])]:
        errs.append("printed notice date is not the keyed one")
    nd = date.fromisoformat(key["notice_date"])
    if not (date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date out of range")
    # service dates
    if "service_dates" in key:
        got = []
        for s in c["sd"]:
            if not has(s):
                errs.append(f"service date {s} not printed")
            got += parse_dates(s, lang)
        got = sorted(set(got))
        if [d.isoformat() for d in got] != key["service_dates"]:
            errs.append("service dates differ from the printed ones")
        if any(d >= nd for d in got):
            errs.append("a service date is not before the notice date")
    elif c["sd"]:
        errs.append("service dates printed but not keyed")
    # category, plan type, urgency
    cats = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
            "out_of_network", "not_covered", "coding_billing", "timely_filing", "coordination_of_benefits",
            "benefit_limit", "other"}
    if key["denial_category"] not in cats:
        errs.append("unknown category")
    if key["plan_type"] not in RULE:
        errs.append("unknown plan type")
    ev = c["evidence"]
    for f in ("category", "plan"):
        if not has(ev[f]):
            errs.append(f"{f} evidence not printed: {ev[f]}")
    if bool(ev["urgent"]) != key["urgent"] or (ev["urgent"] and not has(ev["urgent"])):
        errs.append("urgency evidence does not match")
    if key["plan_type"] == "employer_erisa" and re.search(r"church|Medicaid|Medicare|governmental", T, re.I):
        errs.append("an ERISA notice names another kind of plan")
    # deadline
    dl = date.fromisoformat(key["appeal_deadline"])
    w = c["window"]
    if w[0] == "rule":
        pt = key["plan_type"]
        want = {"church": "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)",
                "employer_erisa": "29 CFR 2560.503-1(h)(3)(i)"}.get(pt)
        if key["deadline_basis"] != want or RULE[pt] != ("d", w[1]):
            errs.append("rule basis is not the plan type's")
        if re.search(r"\b\d+ (days|días)\b.{0,40}(appeal|apela)", T, re.I):
            errs.append("a rule deadline but the notice seems to print a window")
    else:
        if not has(key["deadline_basis"]):
            errs.append("stated basis is not the notice's words")
        token = str(w[1]) if w[0] != "date" else None
        if w[0] == "date":
            pr = en_long(dl) if lang == "en" else es_long(dl)
            if pr not in key["deadline_basis"]:
                errs.append("stated date not in its basis")
        elif token not in key["deadline_basis"]:
            errs.append("stated number not in its basis")
        # item 4 of the contract: keep stated deadlines no later than the rule's, so no rule note is owed
        rule = DECISIONS.get(c["num"], RULE[key["plan_type"]]) if c["num"] in DECISIONS else RULE[key["plan_type"]]
        if rule:
            rd = nd.fromordinal(nd.toordinal() + rule[1]) if rule[0] == "d" else add_months(nd, rule[1])
            if dl > rd:
                errs.append(f"stated deadline {dl} later than the rule's {rd}")
    # address
    parts, pos = c["addr"], None
    starts = [m.start() for m in re.finditer(re.escape(norm(parts[0])), T)]
    ok = False
    for st in starts:
        p, good = st + len(norm(parts[0])), True
        for part in parts[1:]:
            i = T.find(norm(part), p)
            if i < 0 or i - p > 200:
                good = False
                break
            p = i + len(norm(part))
        ok = ok or good
    if not ok:
        errs.append("appeals address parts not in order and near")
    # traps
    keyed = set()
    for f, v in key.items():
        if f.startswith("_") or f == "file":
            continue
        keyed |= set(v) if isinstance(v, list) else {str(v)}
    for t in c["traps"]:
        if not has(t):
            errs.append(f"trap not printed: {t}")
        if t in keyed or t in key.get("appeals_address", ""):
            errs.append(f"trap is a keyed value: {t}")
    # phones and domains
    for m in re.finditer(r"1-555-(\d{4})", T):
        if not m.group(1).startswith("01"):
            errs.append("phone outside 555-01xx")
    if re.search(r"\(\d{3}\) ?\d{3}-\d{4}", T):
        errs.append("a phone number in another form")
    for m in re.finditer(r"\b[\w-]+(\.[\w-]+)*\.(com|org|net|gov|edu|us|io)\b", T):
        errs.append("a non-.example domain: " + m.group(0))
    if os.path.getsize(path) >= MB4:
        errs.append("file is 4 MB or more")
    return errs


def build(c):
    path = os.path.join(HERE, fname(c))
    rng = np.random.default_rng(4700 + int(c["num"]))
    k = c["kind"]
    if c["device"]:
        write_images(c, path, DEVICES[c["device"]](c, rng))
    else:
        {"pdf": write_pdf, "docx": write_docx, "html": write_html, "eml": write_eml, "txt": write_txt}[k](c, path)
    key = key_of(c)
    with open(os.path.join(HERE, f"{c['num']}-{c['slug']}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return path, key


def main(argv):
    want = set(argv)
    todo = [c for c in CASES if not want or c["num"] in want]
    for c in todo:
        for fn in os.listdir(HERE):
            if fn.startswith(c["num"] + "-"):
                os.remove(os.path.join(HERE, fn))
    bad, n_fields, by_lang = 0, 0, {"en": 0, "es": 0}
    for c in todo:
        path, key = build(c)
        errs = check(c, path, key)
        nf = len([f for f in key if f not in ("file", "_note")])
        n_fields += nf
        by_lang[c["lang"]] += nf
        for e in errs:
            print(f"{c['num']}: {e}")
        bad += bool(errs)
    n_es = sum(c["lang"] == "es" for c in todo)
    print(f"{len(todo)} notices ({n_es} in Spanish), {n_fields} keyed fields (English {by_lang['en']}, Spanish "
          f"{by_lang['es']}); self-check: " + ("all keys found" if not bad else f"{bad} notices FAILED"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
