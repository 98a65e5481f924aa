"""Build blind intake set 29 (FICTIONAL). Run: /work/main/.venv/bin/python make_set.py
Deletes NN-* files here, writes each notice and its key, self-checks, exits 1 on a problem."""
import calendar, glob, io, json, os, re, sys, zipfile
from datetime import date, timedelta
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
TODAY = date(2026, 12, 6)
RULES = {"employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
         "governmental": (180, "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
         "church": (180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)")}
CATS = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy", "out_of_network",
        "not_covered", "benefit_limit", "coding_billing", "timely_filing", "coordination_of_benefits", "other"}
PLANS = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid", "fehb",
         "chip", "governmental", "church", "tricare"}
ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
         "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
         "appeal_deadline", "deadline_basis", "appeals_address"]


def norm(s):
    return " ".join(s.split())


def text_model(c):
    return "\n".join(l.lstrip("#").replace("\t", "    ") for l in c["lines"])


# ------------------------------------------------------------------ page rendering
def render_page(c, paper=(255, 255, 255), ink=(20, 20, 24), size=29, serif=False):
    W, H = 1700, 2200
    im = Image.new("RGB", (W, H), paper)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONTS if serif else FONT, size)
    fb = ImageFont.truetype(FONTB, size)
    tabs = c.get("tabs", [0, 600])
    y, x0 = 150, 120
    for line in c["lines"]:
        bold = line.startswith("#")
        for i, cell in enumerate(line.split("\t")):
            b = bold or cell.startswith("#")
            cell = cell.lstrip("#")
            x = x0 + (tabs[i] if i < len(tabs) else tabs[-1] + 200 * (i - len(tabs) + 1))
            # wrap long single-cell lines at the margin
            font = fb if b else f
            words, cur = cell.split(" "), ""
            for w in words:
                t = (cur + " " + w).strip() if cur else w
                if dr.textlength(t, font=font) > W - x - 110 and cur:
                    dr.text((x, y), cur, font=font, fill=ink)
                    y += int(size * 1.45)
                    cur = w
                else:
                    cur = t
            dr.text((x, y), cur, font=font, fill=ink)
        y += int(size * 1.45)
    assert y < H - 60, (c["n"], y)
    return im


def rng(c):
    return np.random.default_rng(2900 + c["n"])


def wood(W, H, r, base=(120, 84, 52)):
    y = np.arange(H)[:, None]
    x = np.arange(W)[None, :]
    g = 0.85 + 0.15 * np.sin(x / 9.0 + 3 * np.sin(y / 140.0)) + r.normal(0, 0.03, (H, W))
    return np.clip(np.stack([g * b for b in base], -1), 0, 255)


def place(page, bg, r, angle=0.0, scale=0.82, offset=(0, 0)):
    """Put a page on a background array with a slight rotation and a light perspective."""
    H, W = bg.shape[:2]
    pw, ph = int(page.width * scale), int(page.height * scale)
    p = page.resize((pw, ph), Image.LANCZOS).convert("RGBA").rotate(angle, expand=True, resample=Image.BICUBIC)
    out = Image.fromarray(bg.astype(np.uint8))
    sh = Image.new("RGBA", p.size, (0, 0, 0, 0))
    sh.putalpha(p.split()[3].point(lambda v: 90 if v else 0))
    sh = sh.filter(ImageFilter.GaussianBlur(14))
    ox, oy = (W - p.width) // 2 + offset[0], (H - p.height) // 2 + offset[1]
    out.paste(Image.new("RGB", p.size, (0, 0, 0)), (ox + 18, oy + 22), sh)
    out.paste(p, (ox, oy), p)
    return out


def light(arr, r, strength=0.25, cast=(1.0, 0.98, 0.94)):
    H, W = arr.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = W * r.uniform(0.3, 0.7), H * r.uniform(0.3, 0.7)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(W, H)
    g = 1.0 - strength * d * 1.6
    out = arr * g[..., None] * np.array(cast)[None, None, :]
    out += r.normal(0, 4.0, out.shape)
    return np.clip(out, 0, 255)


def save_jpeg(arr_or_im, path, q=82, sub=2):
    im = arr_or_im if isinstance(arr_or_im, Image.Image) else Image.fromarray(arr_or_im.astype(np.uint8))
    im.convert("RGB").save(path, "JPEG", quality=q, subsampling=sub, optimize=True)


# ------------------------------------------------------------------ devices (each new to the sets)
def dev_rolling_shutter(c, page, path):
    r = rng(c)
    bg = wood(1800, 2300, r, (92, 70, 58))
    im = np.asarray(place(page, bg, r, angle=-2.0, scale=0.9)).astype(float)
    H, W = im.shape[:2]
    out = np.empty_like(im)
    for y in range(H):
        s = int(round(7 * np.sin(2 * np.pi * y / 340.0) + 4 * np.sin(2 * np.pi * y / 97.0 + 1) + y * 0.012))
        out[y] = np.roll(im[y], s, axis=0)
    out = light(out, r, 0.3, (1.0, 0.97, 0.9))
    save_jpeg(out, path, 80)


def dev_pen(c, page, path):
    r = rng(c)
    bg = wood(1800, 2300, r, (150, 118, 86))
    im = place(page, bg, r, angle=1.2, scale=0.9)
    # a ballpoint pen lying across the lower part of the page (over the closing lines, none keyed)
    pen = Image.new("RGBA", im.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(pen)
    x1, y1, x2, y2 = 260, 2140, 1500, 1960
    for off, col, wdt in [((22, 26), (0, 0, 0, 110), 40)]:
        d.line([(x1 + off[0], y1 + off[1]), (x2 + off[0], y2 + off[1])], fill=col, width=wdt)
    pen = pen.filter(ImageFilter.GaussianBlur(10))
    d = ImageDraw.Draw(pen)
    d.line([(x1, y1), (x2, y2)], fill=(24, 40, 110, 255), width=30)
    d.line([(x1, y1 - 8), (x2, y2 - 8)], fill=(90, 110, 190, 255), width=5)
    d.line([(x2 - 10, y2), (x2 + 70, y2 - 11)], fill=(200, 200, 205, 255), width=18)
    d.line([(x1 + 80, y1 - 20), (x1 + 330, y1 - 57)], fill=(210, 210, 215, 255), width=7)
    im.paste(pen, (0, 0), pen)
    out = light(np.asarray(im).astype(float), r, 0.22)
    save_jpeg(out, path, 84)


def dev_sun_bleached(c, page, path):
    r = rng(c)
    a = np.asarray(page).astype(float)
    H, W = a.shape[:2]
    x = np.linspace(0, 1, W)[None, :]
    fade = np.clip(0.45 + 0.55 * (x - 0.15) / 0.45, 0.45, 1.0)  # left part keeps 45% of the ink
    ink = 255 - a
    a = 255 - ink * fade[..., None]
    yellow = np.clip(1 - fade, 0, 1)[..., None] * np.array([0, 14, 58])[None, None, :]
    a = a - yellow
    a += r.normal(0, 1.2, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).resize((1275, 1650), Image.LANCZOS)
    im = im.quantize(64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).convert("RGB")
    im.save(path, "PNG", optimize=True)


def dev_droplets(c, page, path):
    r = rng(c)
    a = np.asarray(page).astype(float)
    H, W = a.shape[:2]
    out = a.copy()
    yy, xx = np.mgrid[0:H, 0:W]
    for _ in range(34):
        cx, cy, rad = r.uniform(100, W - 100), r.uniform(150, 1250), r.uniform(14, 40)
        y0, y1, x0, x1 = int(cy - rad - 2), int(cy + rad + 3), int(cx - rad - 2), int(cx + rad + 3)
        sy, sx = yy[y0:y1, x0:x1] - cy, xx[y0:y1, x0:x1] - cx
        d = np.sqrt(sx ** 2 + sy ** 2) / rad
        m = d < 1
        k = 0.78 + 0.12 * d  # magnify: sample nearer the centre
        srcy = np.clip((cy + sy * k).astype(int), 0, H - 1)
        srcx = np.clip((cx + sx * k).astype(int), 0, W - 1)
        patch = out[y0:y1, x0:x1]
        mag = a[srcy, srcx]
        rim = np.clip((d - 0.8) / 0.2, 0, 1)[..., None] * 55
        spec = np.exp(-(((sx + rad * 0.35) ** 2 + (sy + rad * 0.35) ** 2) / (rad * 0.18) ** 2))[..., None] * 180
        patch[m] = np.clip(mag - rim + spec + 8, 0, 255)[m]
    bg = np.full((2350, 1850, 3), (60, 64, 70), float) + r.normal(0, 6, (2350, 1850, 3))
    im = place(Image.fromarray(out.astype(np.uint8)), bg, r, angle=0.8, scale=0.95)
    save_jpeg(light(np.asarray(im).astype(float), r, 0.2, (0.97, 0.99, 1.02)), path, 85)


def dev_clipboard(c, page, path):
    r = rng(c)
    bg = np.full((2300, 1800, 3), (70, 72, 78), float) + r.normal(0, 5, (2300, 1800, 3))
    board = np.full((2220, 1650, 3), (132, 92, 56), float) + r.normal(0, 9, (2220, 1650, 3))
    bi = Image.fromarray(np.clip(board, 0, 255).astype(np.uint8))
    bi.paste(page.resize((1540, 1993), Image.LANCZOS), (55, 170))
    d = ImageDraw.Draw(bi)
    d.rounded_rectangle([470, 30, 1180, 235], 30, fill=(178, 180, 186), outline=(90, 92, 98), width=6)
    d.rounded_rectangle([560, 70, 1090, 150], 20, fill=(150, 152, 160))
    d.rectangle([470, 235, 1180, 252], fill=(60, 50, 40))
    im = place(bi, bg, r, angle=-1.5, scale=0.98)
    save_jpeg(light(np.asarray(im).astype(float), r, 0.28), path, 82)


def dev_sticky_note(c, page, path):
    r = rng(c)
    g = page.convert("L")
    note = Image.new("L", (420, 400), 232)
    d = ImageDraw.Draw(note)
    fh = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", 40)
    for i, t in enumerate(["call Ms Ortiz", "re: appeal", "ask for", "IOP notes!"]):
        d.text((30 + 6 * i, 40 + 80 * i), t, font=fh, fill=70)
    note = note.rotate(-4, expand=True, fillcolor=0)
    mask = note.point(lambda v: 255 if v else 0)
    sh = Image.new("L", g.size, 0)
    sh.paste(mask, (1270 + 10, 30 + 14))
    sh = sh.filter(ImageFilter.GaussianBlur(8))
    g = Image.fromarray(np.clip(np.asarray(g).astype(float) - np.asarray(sh) * 0.25, 0, 255).astype(np.uint8))
    g.paste(note, (1270, 30), mask)
    a = np.asarray(g).astype(float) + r.normal(0, 3, (g.height, g.width))
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(path, "PNG", optimize=True)


def dev_paper_clip(c, page):
    r = rng(c)
    g = page.convert("L")
    clip = Image.new("L", g.size, 0)
    d = ImageDraw.Draw(clip)
    pts = [(1480, 20), (1480, 330), (1560, 330), (1560, 60), (1515, 60), (1515, 280)]
    sh = Image.new("L", g.size, 0)
    ImageDraw.Draw(sh).line([(p[0] + 9, p[1] + 12) for p in pts], fill=255, width=12, joint="curve")
    sh = sh.filter(ImageFilter.GaussianBlur(6))
    a = np.asarray(g).astype(float) - np.asarray(sh) * 0.3
    d.line(pts, fill=255, width=11, joint="curve")
    cm = np.asarray(clip) > 0
    a[cm] = 150 + 40 * np.sin(np.arange(cm.sum()) / 5.0)
    a += r.normal(0, 3, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def dev_gingham(c, page, path):
    r = rng(c)
    H, W = 2300, 1800
    yy, xx = np.mgrid[0:H, 0:W]
    a = ((xx // 60) % 2).astype(float)
    b = ((yy // 60) % 2).astype(float)
    t = (a + b) / 2
    bg = np.stack([230 - 20 * t, 230 - 170 * t, 230 - 170 * t], -1) + r.normal(0, 6, (H, W, 3))
    im = place(page, bg, r, angle=3.5, scale=0.86)
    save_jpeg(light(np.asarray(im).astype(float), r, 0.2), path, 83)


def dev_cockled(c, page, path):
    r = rng(c)
    a = np.asarray(page.convert("L")).astype(float)
    H, W = a.shape
    yy, xx = np.mgrid[0:H, 0:W].astype(float)
    dx = 6 * np.sin(yy / 170.0 + 0.5) * np.sin(xx / 260.0)
    dy = 9 * np.sin(xx / 210.0 + 1.3) + 4 * np.sin(yy / 300.0)
    sy = np.clip(yy + dy, 0, H - 1).astype(int)
    sx = np.clip(xx + dx, 0, W - 1).astype(int)
    w = a[sy, sx]
    shade = 1 - 0.10 * (0.5 + 0.5 * np.sin(xx / 210.0 + 1.3 + np.pi / 2))
    w = w * shade + r.normal(0, 3, w.shape)
    Image.fromarray(np.clip(w, 0, 255).astype(np.uint8)).save(path, "TIFF", compression="tiff_lzw", dpi=(200, 200))


def dev_receipt(c, page, path):
    r = rng(c)
    bg = np.full((2300, 1800, 3), (196, 200, 204), float) + r.normal(0, 5, (2300, 1800, 3))
    im = place(page, bg, r, angle=-0.7, scale=0.9)
    rc = Image.new("RGB", (380, 820), (250, 250, 246))
    d = ImageDraw.Draw(rc)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 22)
    for i, t in enumerate(["FARMACIA LOMA (ficticia)", "555-0189", "--------------", "RX 8840221   $12.40",
                           "RX 8840377    $4.00", "TOTAL        $16.40", "11/28/2026 14:02", "GRACIAS"]):
        d.text((20, 30 + 40 * i), t, font=f, fill=(60, 60, 70))
    rc = rc.rotate(18, expand=True, fillcolor=(0, 0, 0)).convert("RGBA")
    alpha = rc.convert("L").point(lambda v: 255 if v > 10 else 0)
    rc.putalpha(alpha)
    sh = Image.new("RGBA", rc.size, (0, 0, 0, 0))
    sh.putalpha(alpha.point(lambda v: 80 if v else 0).filter(ImageFilter.GaussianBlur(8)))
    im = im.convert("RGBA")
    im.alpha_composite(sh, (1320, 1560))
    im.alpha_composite(rc, (1305, 1540))
    save_jpeg(light(np.asarray(im.convert("RGB")).astype(float), r, 0.22), path, 83)


def dev_pink_paper(c, page):
    r = rng(c)
    a = np.asarray(page).astype(float)
    paper = np.array([248, 206, 212], float)
    ink = (255 - a) / 255.0
    out = paper[None, None, :] * (1 - ink) + np.array([40, 30, 45])[None, None, :] * ink
    out += r.normal(0, 4, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).resize((1275, 1650), Image.LANCZOS)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=38, subsampling=2)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


# ------------------------------------------------------------------ writers
def write_image_pdf(im, path):
    import time
    fixed = time.gmtime(1796029200)  # 2026-11-30 09:00 UTC, fixed so the file is byte-stable
    im.save(path, "PDF", resolution=150 if im.width < 1500 else 200, title="FICTIONAL notice",
            creationDate=fixed, modDate=fixed)


def write_text_pdf(c, path, two_col=False):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    cv = canvas.Canvas(path, pagesize=letter, invariant=1)
    cv.setTitle("FICTIONAL notice")
    W, H = letter

    def draw(lines, x, y, width, fs=10):
        for line in lines:
            b = line.startswith("#")
            t = line.lstrip("#").replace("\t", "    ")
            font = "DVB" if b else "DV"
            words, cur = t.split(" "), ""
            for w in words:
                tt = (cur + " " + w).strip() if cur else w
                if pdfmetrics.stringWidth(tt, font, fs) > width and cur:
                    cv.setFont(font, fs); cv.drawString(x, y, cur); y -= fs * 1.4; cur = w
                else:
                    cur = tt
            cv.setFont(font, fs); cv.drawString(x, y, cur); y -= fs * 1.4
        return y

    if not two_col:
        draw(c["lines"], 54, H - 60, W - 108)
    else:
        L = c["lines"]
        head = L[:3]
        y = draw(head, 54, H - 60, W - 108, 11)
        cv.line(54, y + 4, W - 54, y + 4)
        mid = 9
        draw(L[3:mid + 1], 54, y - 14, (W - 140) / 2, 9.5)
        draw(L[mid + 1:], W / 2 + 16, y - 14, (W - 140) / 2, 9.5)
        cv.line(W / 2 + 4, y - 4, W / 2 + 4, 90)
    cv.showPage()
    cv.save()


def write_docx(c, path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    table_rows = [l for l in c["lines"] if "\t" in l]
    tdone = False
    for l in c["lines"]:
        if "\t" in l:
            if tdone:
                continue
            t = doc.add_table(rows=len(table_rows), cols=2)
            t.style = "Table Grid"
            for i, row in enumerate(table_rows):
                for j, cell in enumerate(row.split("\t")):
                    p = t.cell(i, j).paragraphs[0]
                    run = p.add_run(cell.lstrip("#")); run.bold = cell.startswith("#")
            tdone = True
            continue
        p = doc.add_paragraph()
        run = p.add_run(l.lstrip("#")); run.bold = l.startswith("#")
    cp = doc.core_properties
    from datetime import datetime
    cp.created = cp.modified = datetime(2026, 11, 5, 9, 0, 0); cp.author = "Front Range Kids Care (fictional)"
    cp.last_modified_by = "FICTIONAL"; cp.revision = 1
    buf = io.BytesIO(); doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(it.filename, (2026, 11, 5, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


def qp(s):
    import quopri
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def write_eml_forward(c, path):
    body = "\n".join("> " + l.lstrip("#").replace("\t", "    ") if l else ">" for l in c["lines"])
    text = ("Hi Dana,\n\nThis is the letter TRICARE sent about Marcus's knee injection. I typed it in from the paper "
            "copy since the scanner is broken. Can you help us with the reconsideration?\n\nThanks,\nRosa Delgado\n\n"
            "-------- Forwarded message --------\nFrom: Rosa Delgado <rosa.delgado@mail.example>\n"
            "Date: Fri, 20 Nov 2026 18:44:10 -0600\nSubject: tricare letter\nTo: Rosa Delgado <rosa.delgado@mail.example>\n\n"
            + body + "\n")
    msg = ("From: Rosa Delgado <rosa.delgado@mail.example>\r\nTo: Dana Whitcomb <dana@advocates.example>\r\n"
           "Subject: Fwd: tricare letter\r\nDate: Tue, 01 Dec 2026 08:12:55 -0600\r\n"
           "Message-ID: <fwd-2910@mail.example>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           + qp(text).replace("\n", "\r\n"))
    open(path, "w", newline="").write(msg)


def write_eml_html(c, path):
    import html as H
    rows = "".join(f"<p>{'<b>' if l.startswith('#') else ''}{H.escape(l.lstrip('#'))}"
                   f"{'</b>' if l.startswith('#') else ''}</p>\n" for l in c["lines"])
    doc = ("<html><head><meta charset='utf-8'><style>p{margin:2px 0;font-family:Arial}</style></head><body>\n"
           + rows + "<p style='color:#888'>No responda a este correo. soporte@solnaciente.example</p></body></html>\n")
    subj = "=?utf-8?q?Aviso_de_reclamo_denegado_-_Cobertura_Sol_Naciente?="
    msg = ("From: Cobertura Sol Naciente <avisos@solnaciente.example>\r\n"
           "To: =?utf-8?q?Beatriz_Ord=C3=B3=C3=B1ez?= <bea.ordonez@mail.example>\r\n"
           f"Subject: {subj}\r\nDate: Sat, 21 Nov 2026 07:30:00 -0700\r\nMessage-ID: <aviso-2915@solnaciente.example>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           + qp(doc).replace("\n", "\r\n"))
    open(path, "w", newline="").write(msg)


def write_html(c, path):
    import html as H
    L = c["lines"]
    out = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Claim detail - LFBP portal</title>",
           "<script>window.dataLayer=[];</script></head><body>",
           "<nav>Home | Claims | Benefits | Messages | Log out</nav>"]
    rows = []
    for l in L:
        if "\t" in l:
            cells = l.split("\t")
            tag = "th" if l.startswith("#") else "td"
            rows.append("<tr>" + "".join(f"<{tag}>{H.escape(x.lstrip('#'))}</{tag}>" for x in cells) + "</tr>")
            continue
        if rows:
            out.append("<table border='1'>" + "".join(rows) + "</table>"); rows = []
        if l.startswith("#"):
            out.append(f"<h1>{H.escape(l[1:])}</h1>")
        elif l.startswith("Page printed"):
            out.append(f"<footer>{H.escape(l)}</footer>")
        else:
            out.append(f"<p>{H.escape(l)}</p>")
    out.append("<div style='display:none'>draft template v3</div></body></html>")
    open(path, "w").write("\n".join(out) + "\n")


# ------------------------------------------------------------------ key and check
def add_months(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    return date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def deadline(c):
    k, w = c["key"], c["window"]
    if w[0] == "days":
        return k["notice_date"] + timedelta(days=w[1]), norm(w[2])
    if w[0] == "months":
        return add_months(k["notice_date"], w[1]), norm(w[2])
    if w[0] == "date":
        return w[1], norm(w[2])
    days, cite = RULES[k["plan_type"]]
    return k["notice_date"] + timedelta(days=days), cite


def build_key(c, fname):
    k = dict(c["key"])
    dl, basis = deadline(c)
    k.update(file=fname, _note="FICTIONAL. " + c["note"], appeal_deadline=dl, deadline_basis=basis,
             appeals_address=", ".join(norm(p) for p in c["addr"]))
    for f in ("notice_date", "appeal_deadline"):
        k[f] = k[f].isoformat()
    if "service_dates" in k:
        k["service_dates"] = sorted(x.isoformat() for x in k["service_dates"])
    return {f: k[f] for f in ORDER if f in k}


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def read_date(s, dayfirst):
    """Read a printed date back, independently of how cases.py wrote it."""
    from datetime import datetime
    m = re.fullmatch(r"(\d{1,2}) de (\w+) de (\d{4})", s)
    if m:
        return date(int(m[3]), MESES.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if m:
        a, b = int(m[1]), int(m[2])
        return date(int(m[3]), b, a) if dayfirst else date(int(m[3]), a, b)
    for f in ("%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(s, f).date()
        except ValueError:
            pass
    raise ValueError(s)


def check(c, key):
    P = []
    t = norm(text_model(c))
    dayfirst = "DD/MM/AAAA" in t
    if read_date(c["nd_print"], dayfirst).isoformat() != key["notice_date"]:
        P.append("printed notice date does not read back as the key")
    got = sorted({read_date(s, dayfirst).isoformat() for s in c["sd_print"]})
    want = key.get("service_dates", [])
    if c["n"] == 7:  # printed as a range from ... through ...: the ends must read back as the first and last
        want = [want[0], want[-1]]
    if got != want:
        P.append(f"printed service dates {got} do not read back as the key {want}")
    if "FICTICIA" not in t and "FICTIONAL" not in t:
        P.append("no FICTIONAL mark")
    for f in ("patient_name", "member_id", "claim_number"):
        if norm(key[f]) not in t:
            P.append(f"{f} not printed")
    if norm(c["nd_label"] + " " + c["nd_print"]) not in t and norm(c["nd_label"] + "    " + c["nd_print"]) not in t:
        P.append("notice date not after its label")
    nd = date.fromisoformat(key["notice_date"])
    if not (date(2000, 1, 1) <= nd <= TODAY):
        P.append("notice date implausible")
    for s in c["sd_print"]:
        if s not in t:
            P.append(f"service date {s} not printed")
    for s in key.get("service_dates", []):
        if date.fromisoformat(s) >= nd:
            P.append("service after notice")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in key.get(f, []):
            if not re.search(r"(?<![\w.-])" + re.escape(v) + r"(?![\w-])", t):
                P.append(f"{f} {v} not printed as a word")
    if key["denial_category"] not in CATS: P.append("category name")
    if key["plan_type"] not in PLANS: P.append("plan type name")
    for e in c["evidence"]:
        if e not in t: P.append(f"evidence {e!r} not printed")
    urg = any(w in t.lower() for w in ("expedited) decision", "fast (expedited) decision", "decisión acelerada"))
    if urg != key["urgent"]: P.append("urgency evidence mismatch")
    if c["window"][0] != "rule":
        if key["deadline_basis"] not in t: P.append("basis not in notice")
        if c["window"][0] == "date" and not any(x in key["deadline_basis"] for x in (c["window"][1].strftime("%B"), "de 20")):
            P.append("date basis lacks the date")
    else:
        if key["deadline_basis"] != RULES[key["plan_type"]][1]: P.append("rule basis")
        if re.search(r"\b(180|60|65|90) (days|días)\b", t): P.append("rule used where a window is printed")
    parts = [norm(p) for p in c["addr"]]
    ok = False
    for m in re.finditer(re.escape(parts[0]), t):
        pos = m.end()
        for p in parts[1:]:
            i = t.find(p, pos)
            if i < 0 or i - pos > 160:
                break
            pos = i + len(p)
        else:
            ok = True
            break
    if not ok:
        P.append("address parts missing or out of order")
    for tr in c["traps"]:
        if norm(tr) not in t: P.append(f"trap {tr!r} not printed")
        if tr in [key.get(f) for f in ("member_id", "claim_number", "patient_name")]: P.append("trap keyed")
    for ph in re.findall(r"555-\d{4}", t):
        if not ph.startswith("555-01"): P.append(f"phone {ph}")
    for dom in re.findall(r"[\w.-]+\.(com|org|net|gov)\b", t):
        P.append(f"domain .{dom}")
    return P


def main():
    only = sys.argv[1:]
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        if not only or os.path.basename(f)[:2] in only:
            os.remove(f)
    problems, nfields, by_lang = [], 0, {"en": 0, "es": 0}
    ext = {"jpg": "jpg", "png": "png", "tif": "tif", "ipdf": "pdf", "pdf": "pdf", "pdf2": "pdf", "docx": "docx",
           "eml": "eml", "eml_html": "eml", "html": "html", "txt": "txt"}
    for c in CASES:
        nn = f"{c['n']:02d}"
        if only and nn not in only:
            continue
        fname = f"{nn}-{c['slug']}.{ext[c['kind']]}"
        path = os.path.join(HERE, fname)
        k = c["kind"]
        if k in ("jpg", "png", "tif", "ipdf"):
            page = render_page(c, serif=c["device"] in ("paper_clip", "droplets"))
            dev = c["device"]
            if k == "ipdf":
                im = dev_paper_clip(c, page) if dev == "paper_clip" else dev_pink_paper(c, page)
                write_image_pdf(im, path)
            else:
                globals()["dev_" + dev](c, page, path)
        elif k in ("pdf", "pdf2"):
            write_text_pdf(c, path, two_col=(k == "pdf2"))
        elif k == "docx":
            write_docx(c, path)
        elif k == "eml":
            write_eml_forward(c, path)
        elif k == "eml_html":
            write_eml_html(c, path)
        elif k == "html":
            write_html(c, path)
        elif k == "txt":
            open(path, "w", encoding="utf-8", newline="\n").write(text_model(c) + "\n")
        key = build_key(c, fname)
        json.dump(key, open(os.path.join(HERE, f"{nn}-{c['slug']}.expected.json"), "w"), indent=2,
                  ensure_ascii=False)
        for p in check(c, key):
            problems.append(f"{nn}: {p}")
        sz = os.path.getsize(path)
        if sz > 4 * 1024 * 1024:
            problems.append(f"{nn}: file {sz} bytes over 4 MB")
        n = len([f for f in key if f not in ("file", "_note")])
        nfields += n; by_lang[c["lang"]] += n
    for p in problems:
        print("PROBLEM", p)
    ncase = len([c for c in CASES if not only or f"{c['n']:02d}" in only])
    nes = len([c for c in CASES if c["lang"] == "es" and (not only or f"{c['n']:02d}" in only)])
    print(f"{ncase} notices ({nes} in Spanish), {nfields} keyed fields (English {by_lang['en']}, Spanish "
          f"{by_lang['es']}); self-check: {'all keys found' if not problems else str(len(problems)) + ' problems'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
