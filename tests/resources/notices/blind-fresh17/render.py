"""Renderer of the intake17 blind set (FICTIONAL notices). One page model, drawn by reportlab (text PDFs) or
Pillow (images), then photo / scan / fax effects. Everything seeded, so the output is deterministic."""
import io, math, random, subprocess
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FD = "/usr/share/fonts/truetype/liberation2/"
FACES = {("sans", False): "LiberationSans-Regular", ("sans", True): "LiberationSans-Bold",
         ("serif", False): "LiberationSerif-Regular", ("serif", True): "LiberationSerif-Bold",
         ("mono", False): "LiberationMono-Regular", ("mono", True): "LiberationMono-Bold"}
for _n in FACES.values():
    pdfmetrics.registerFont(TTFont(_n, FD + _n + ".ttf"))

W, H = 612, 792  # letter, points


def sw(s, size, face="sans", bold=False):
    return pdfmetrics.stringWidth(s, FACES[(face, bold)], size)


class Page:
    """Items in points, origin top-left. `text_lines` keeps every string drawn, for the self-check."""

    def __init__(self, face="sans", w=W, h=H):
        self.items, self.face, self.w, self.h, self.y = [], face, w, h, 54

    def text(self, x, y, s, size=10, bold=False, face=None, color=(0, 0, 0), align="left"):
        face = face or self.face
        if align == "right":
            x -= sw(s, size, face, bold)
        elif align == "center":
            x -= sw(s, size, face, bold) / 2
        self.items.append(("text", x, y, s, size, bold, face, color))

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.8):
        self.items.append(("rect", x, y, w, h, fill, stroke, lw))

    def hline(self, x1, x2, y, lw=0.8, color=(0, 0, 0)):
        self.items.append(("line", x1, y, x2, y, lw, color))

    def wrap(self, s, width, size=10, bold=False, face=None):
        face = face or self.face
        out, cur = [], ""
        for word in s.split(" "):
            t = (cur + " " + word).strip()
            if sw(t, size, face, bold) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    # flowing helpers (use and move self.y)
    def line(self, s, size=10, bold=False, x=54, gap=None, **kw):
        self.text(x, self.y, s, size, bold, **kw)
        self.y += gap if gap is not None else size * 1.35

    def para(self, s, x=54, width=504, size=10, bold=False, after=6, lead=1.3, face=None):
        for ln in self.wrap(s, width, size, bold, face):
            self.text(x, self.y, ln, size, bold, face=face)
            self.y += size * lead
        self.y += after

    def kv(self, rows, x=54, lw=120, size=10, lead=1.4, bold_label=False):
        for k, v in rows:
            self.text(x, self.y, k, size, bold_label)
            self.text(x + lw, self.y, v, size)
            self.y += size * lead

    def table(self, x, widths, rows, size=9, header=True, grid=True, shade=(0.85, 0.85, 0.85), pad=3, lead=1.25):
        """rows: list of lists of cell strings ('\n' for several lines). Returns the bottom y."""
        y = self.y
        for ri, row in enumerate(rows):
            cells = [str(c).split("\n") for c in row]
            nl = max(len(c) for c in cells)
            hgt = nl * size * lead + 2 * pad
            if header and ri == 0 and shade:
                self.rect(x, y, sum(widths), hgt, fill=shade, stroke=None)
            cx = x
            for wdt, c in zip(widths, cells):
                for li, t in enumerate(c):
                    self.text(cx + pad, y + pad + size * 0.9 + li * size * lead, t, size, header and ri == 0)
                if grid:
                    self.rect(cx, y, wdt, hgt, stroke=(0, 0, 0), lw=0.6)
                cx += wdt
            if not grid:
                if header and ri == 0:
                    self.hline(x, x + sum(widths), y + hgt, 0.8)
            y += hgt
        if not grid:
            self.hline(x, x + sum(widths), y, 0.5)
        self.y = y + 6 + size * 1.1
        return y

    def strings(self):
        rows = {}
        for it in self.items:
            if it[0] == "text":
                rows.setdefault(round(it[2]), []).append((it[1], it[3]))
        by_row = "\n".join("  ".join(s for _, s in sorted(v)) for _, v in sorted(rows.items()))
        in_order = " ".join(it[3] for it in self.items if it[0] == "text")
        return by_row + "\n" + in_order


def to_pdf(pages, path, title="FICTIONAL notice", landscape=False):
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h))
    c.setTitle(title)
    c.setAuthor("FICTIONAL")
    for p in pages:
        for it in p.items:
            if it[0] == "text":
                _, x, y, s, size, bold, face, col = it
                c.setFillColorRGB(*col)
                c.setFont(FACES[(face, bold)], size)
                c.drawString(x, p.h - y, s)
            elif it[0] == "rect":
                _, x, y, w, h, fill, stroke, lw = it
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                c.rect(x, p.h - y - h, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            elif it[0] == "line":
                _, x1, y1, x2, y2, lw, col = it
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                c.line(x1, p.h - y1, x2, p.h - y2)
        c.showPage()
    c.save()


_fcache = {}


def _font(face, bold, px):
    k = (face, bold, px)
    if k not in _fcache:
        _fcache[k] = ImageFont.truetype(FD + FACES[(face, bold)] + ".ttf", px)
    return _fcache[k]


def to_image(p, dpi=200, ink=(22, 22, 28)):
    s = dpi / 72.0
    img = Image.new("RGB", (int(p.w * s), int(p.h * s)), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for it in p.items:
        if it[0] == "rect":
            _, x, y, w, h, fill, stroke, lw = it
            d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s],
                        fill=tuple(int(255 * v) for v in fill) if fill else None,
                        outline=tuple(int(255 * v) for v in stroke) if stroke else None,
                        width=max(1, int(lw * s)) if stroke else 0)
    for it in p.items:
        if it[0] == "line":
            _, x1, y1, x2, y2, lw, col = it
            d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=tuple(int(255 * v) for v in col), width=max(1, int(lw * s)))
        elif it[0] == "text":
            _, x, y, t, size, bold, face, col = it
            f = _font(face, bold, int(round(size * s)))
            c = tuple(int(255 * v) for v in col) if col != (0, 0, 0) else ink
            d.text((x * s, y * s), t, font=f, fill=c, anchor="ls")
    return img


# ---------------------------------------------------------------- effects

def _coeffs(dst, src):
    """PIL PERSPECTIVE coefficients mapping output (dst) points to input (src) points."""
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    return np.linalg.solve(np.array(A, float), np.array(b, float)).tolist()


def _background(size, kind, rng):
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([118, 78, 46], np.float32)
        grain = 14 * np.sin(xx / 9.0 + 3 * np.sin(yy / 140.0)) + 8 * np.sin(xx / 2.7)
        arr = base[None, None, :] + grain[..., None] * np.array([1, 0.7, 0.45])[None, None, :]
    elif kind == "quilt":
        chk = ((xx // 90 + yy // 90) % 2)[..., None]
        arr = np.where(chk > 0, np.array([150, 60, 64], np.float32), np.array([210, 196, 170], np.float32))
    elif kind == "granite":
        arr = np.full((h, w, 3), 70, np.float32) + rng.normal(0, 18, (h, w, 1))
    elif kind == "couch":
        arr = np.full((h, w, 3), [64, 78, 96], np.float32) + 10 * np.sin(yy / 5.0)[..., None]
    else:  # desk
        arr = np.full((h, w, 3), [205, 200, 190], np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _sag(img, amount, rng):
    """Curl: shift each column down by a bowed amount (rows sag), and the right edge lifts."""
    a = np.asarray(img)
    h, w = a.shape[:2]
    out = np.empty_like(a)
    xs = np.arange(w)
    shift = (amount * np.sin(np.pi * xs / w) + amount * 0.6 * (xs / w) ** 3).astype(int)
    rows = np.arange(h)
    for x in range(w):
        src = np.clip(rows - shift[x], 0, h - 1)
        out[:, x] = a[src, x]
    return Image.fromarray(out)


def photo(page_img, out_size, corners, bg="wood", light=(1.0, 0.95, 0.85), dim=0.8, shadow=None, thumb=None,
          curl=0, seed=1, blur=0.8, noise=6, vignette=0.35, edge_strip=None):
    """Put the page onto a surface through a homography, then light it like a phone photo."""
    rng = np.random.default_rng(seed)
    page = page_img.convert("RGB")
    if curl:
        page = _sag(page, curl, rng)
    W0, H0 = out_size
    pw, ph = page.size
    co = _coeffs(corners, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform(out_size, Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform(out_size, Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    mask = mask.filter(ImageFilter.GaussianBlur(1.2))
    img = _background(out_size, bg, rng)
    img.paste(warped, (0, 0), mask)
    if edge_strip:  # a dark strip (table edge, floor) along one side
        d = ImageDraw.Draw(img)
        side, frac, col = edge_strip
        if side == "bottom":
            d.rectangle([0, int(H0 * (1 - frac)), W0, H0], fill=col)
        elif side == "left":
            d.rectangle([0, 0, int(W0 * frac), H0], fill=col)
        elif side == "right":
            d.rectangle([int(W0 * (1 - frac)), 0, W0, H0], fill=col)
    if thumb:
        cx, cy, rx, ry = thumb
        t = Image.new("L", out_size, 0)
        ImageDraw.Draw(t).ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=255)
        t = t.filter(ImageFilter.GaussianBlur(6))
        skin = Image.new("RGB", out_size, (196, 140, 112))
        shade = Image.new("L", out_size, 0)
        ImageDraw.Draw(shade).ellipse([cx - rx * 0.6, cy - ry * 0.85, cx + rx * 0.5, cy + ry * 0.2], fill=90)
        skin = Image.composite(Image.new("RGB", out_size, (226, 176, 150)), skin, shade.filter(ImageFilter.GaussianBlur(14)))
        img = Image.composite(skin, img, t)
    a = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:H0, 0:W0].astype(np.float32)
    grad = dim * (0.82 + 0.25 * (1 - yy / H0) * (xx / W0) + 0.1 * (xx / W0))
    r = np.sqrt(((xx - W0 / 2) / (W0 / 2)) ** 2 + ((yy - H0 / 2) / (H0 / 2)) ** 2)
    grad *= 1 - vignette * np.clip(r - 0.45, 0, 1)
    if shadow:
        m = Image.new("L", out_size, 0)
        ImageDraw.Draw(m).polygon(shadow[0], fill=255)
        m = np.asarray(m.filter(ImageFilter.GaussianBlur(shadow[2]))).astype(np.float32) / 255
        grad *= 1 - shadow[1] * m
    a = a * grad[..., None] * np.array(light, np.float32)[None, None, :]
    a += rng.normal(0, noise, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return img


def scan(page_img, angle=0.4, seed=2, specks=300, shade=0.06, gray=True, streak=None):
    rng = np.random.default_rng(seed)
    img = page_img.convert("L" if gray else "RGB").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    g = 1 - shade * (np.abs(xx - w / 2) / (w / 2)) ** 3 - shade * 0.5 * (yy / h)
    a = a * (g if a.ndim == 2 else g[..., None])
    a = a * 0.96 + 6 + rng.normal(0, 3, a.shape)
    for _ in range(specks):
        y, x = rng.integers(0, h - 3), rng.integers(0, w - 3)
        a[y:y + rng.integers(1, 3), x:x + rng.integers(1, 3)] = 40
    if streak:
        a[:, streak:streak + 3] *= 0.8
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))


def fax_page(page_img, header, standard=True, seed=3, dropouts=20, noise=22):
    """1-bit fax at 204 x 196 (fine) or 204 x 98 (standard) dpi, 1728 px wide, with the sender's header line."""
    rng = np.random.default_rng(seed)
    g = page_img.convert("L")
    wpx = 1728
    hpx_fine = int(g.height * wpx / g.width)
    g = g.resize((wpx, hpx_fine), Image.BILINEAR)
    hdr = Image.new("L", (wpx, 34), 255)
    ImageDraw.Draw(hdr).text((20, 6), header, font=_font("mono", False, 22), fill=0)
    full = Image.new("L", (wpx, hpx_fine + 34), 255)
    full.paste(hdr, (0, 0)); full.paste(g, (0, 34))
    if standard:
        full = full.resize((wpx, full.height // 2), Image.BILINEAR)
    a = np.asarray(full).astype(np.float32) + rng.normal(0, noise, (full.height, wpx))
    bw = (a > 150).astype(np.uint8) * 255
    for _ in range(dropouts):
        y = rng.integers(0, bw.shape[0]); bw[y, :] = np.where(rng.random(wpx) < 0.5, 255, bw[y, :])
    for _ in range(400):
        bw[rng.integers(0, bw.shape[0]), rng.integers(0, wpx)] = 0
    return Image.fromarray(bw).convert("1")


def save_tiff(pages, path, standard=True):
    dpi = (204, 98) if standard else (204, 196)
    pages[0].save(path, compression="group4", save_all=True, append_images=pages[1:], dpi=dpi)


def save_pdf_images(imgs, path, dpi=200):
    rgb = [i.convert("RGB") if i.mode not in ("L", "RGB") else i for i in imgs]
    rgb[0].save(path, save_all=True, append_images=rgb[1:], resolution=dpi, quality=80)


def pdftotext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout
