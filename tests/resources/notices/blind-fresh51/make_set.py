"""Rebuild FICTIONAL intake set 51: python make_set.py  (run with /work/main/.venv/bin/python).
Writes every notice and its NN-slug.expected.json next to this file, then self-checks the keys."""
import io, json, os, random, re, sys, datetime as dt
from email.message import EmailMessage
from email import policy
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import docx
from docx.shared import Pt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES, us, eu, lng, es, plus_days, plus_months

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))
EXT = {"pdf2col": "pdf", "pdfpages": "pdf", "imgpdf": "pdf", "jpg": "jpg", "png": "png", "tif": "tif",
       "docx": "docx", "eml_html": "eml", "eml_attached": "eml", "eml_plain": "eml", "txt": "txt"}
FIXED = dt.datetime(2026, 12, 7, 6, 0, 0)


def plain_lines(c):
    out = []
    for l in c.get("lines", []):
        if l in ("TABLE", "ENDTABLE"):
            continue
        out.append(l.replace("|", "   "))
    return out


# ---------- PDF ----------
def pdf_pages(path, pages, mono=True):
    cv = canvas.Canvas(path, pagesize=letter, invariant=1)
    cv.setTitle("FICTIONAL sample notice")
    for pg in pages:
        y = 750
        for l in pg:
            cv.setFont("DVM" if mono else "DV", 9)
            cv.drawString(50, y, l)
            y -= 13
        cv.showPage()
    cv.save()


def pdf_2col(path, c):
    cv = canvas.Canvas(path, pagesize=letter, invariant=1)
    cv.setTitle("FICTIONAL sample notice")
    y = 750
    for i, l in enumerate(c["header"]):
        cv.setFont("DV", 12 if i == 0 else 8)
        cv.drawString(50, y, l)
        y -= 14
    top = y - 6
    cv.line(372, top + 10, 372, 120)
    y = top
    for l in c["left"]:
        cv.setFont("DVM", 8.5)
        cv.drawString(50, y, l)
        y -= 12.5
    y = top
    for l in c["right"]:
        cv.setFont("DV", 8)
        cv.drawString(382, y, l)
        y -= 12
    cv.showPage()
    cv.save()


# ---------- images ----------
def render_page(lines, W=1275, H=1650, size=22, margin=90):
    img = Image.new("RGB", (W, H), (250, 249, 245))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FD + "DejaVuSans.ttf", size)
    fb = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", size + 4)
    y = margin
    for i, l in enumerate(lines):
        d.text((margin, y), l, fill=(25, 25, 28), font=fb if i == 0 else f)
        y += int(size * 1.55)
    return img


def on_background(page, bg, angle, W=1700, H=2150, rnd=None):
    p = page.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", page.size, 255).rotate(angle, expand=True)
    canvas_ = bg.resize((W, H))
    canvas_.paste(p, ((W - p.width) // 2, (H - p.height) // 2), mask)
    return canvas_


def d_red_led(page, rnd):
    bg = Image.new("RGB", (10, 10), (70, 40, 38))
    img = on_background(page, bg, 1.3)
    r, g, b = img.split()
    r = r.point(lambda v: min(255, int(v * 0.98 + 12)))
    g = g.point(lambda v: int(v * 0.38))
    b = b.point(lambda v: int(v * 0.30))
    img = Image.merge("RGB", (r, g, b))
    # fall-off of the strip light toward the bottom
    grad = Image.linear_gradient("L").resize(img.size)
    dark = Image.new("RGB", img.size, (0, 0, 0))
    img = Image.composite(dark, img, grad.point(lambda v: int(v * 0.35)))
    return img.filter(ImageFilter.GaussianBlur(0.7))


def d_ink_blot(page, rnd):
    img = on_background(page, Image.new("RGB", (10, 10), (120, 112, 100)), -0.8)
    d = ImageDraw.Draw(img)
    cx, cy = 1390, 820
    for _ in range(40):
        rr = rnd.randint(15, 60)
        ox, oy = rnd.randint(-70, 70), rnd.randint(-50, 50)
        d.ellipse((cx + ox - rr, cy + oy - rr, cx + ox + rr, cy + oy + rr), fill=(18, 22, 70))
    for _ in range(70):  # spatter
        rr = rnd.randint(2, 9)
        x, y = cx + rnd.randint(-260, 120), cy + rnd.randint(-90, 160)
        d.ellipse((x - rr, y - rr, x + rr, y + rr), fill=(25, 30, 85))
    return img.filter(ImageFilter.GaussianBlur(0.8))


def d_cutout(page, rnd):
    W, H = page.size
    img = page.rotate(2.1, expand=True, resample=Image.BICUBIC, fillcolor=(0, 0, 0)).convert("RGBA")
    mask = Image.new("L", page.size, 255).rotate(2.1, expand=True)
    # ragged cut edge: erode the mask unevenly along the right and bottom edges
    md = ImageDraw.Draw(mask)
    w2, h2 = mask.size
    x = w2 - 40
    for y in range(0, h2, 18):
        x = max(w2 - 120, min(w2, x + rnd.randint(-14, 14)))
        md.polygon([(x, y), (w2, y), (w2, y + 18), (x, y + 18)], fill=0)
    y0 = h2 - 40
    for xx in range(0, w2, 18):
        y0 = max(h2 - 110, min(h2, y0 + rnd.randint(-12, 12)))
        md.polygon([(xx, y0), (xx + 18, y0), (xx + 18, h2), (xx, h2)], fill=0)
    img.putalpha(mask)
    return img


def d_corner_fold(page, rnd):
    img = on_background(page, Image.new("RGB", (10, 10), (200, 196, 188)), 0.6)
    d = ImageDraw.Draw(img)
    # the page's top-right corner (after centring) folded toward the centre: a triangle of the grey back
    x1 = (1700 - 1275) // 2 + 1275
    y1 = (2150 - 1650) // 2
    s = 300
    d.polygon([(x1 - s, y1), (x1, y1), (x1, y1 + s)], fill=(200, 196, 188))  # the missing corner shows the desk
    d.polygon([(x1 - s, y1), (x1 - s, y1 + s), (x1, y1 + s)], fill=(176, 174, 170), outline=(120, 118, 115))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


def d_pencil(page, rnd):
    g = page.convert("L")
    d = ImageDraw.Draw(g)
    # the member-services paragraph: lines 17-18 of the page
    y0, y1 = 90 + 17 * 34 - 6, 90 + 19 * 34
    for k in range(-400, 1200, 14):
        d.line((90 + k, y1, 90 + k + (y1 - y0), y0), fill=rnd.randint(95, 130), width=2)
        d.line((90 + k, y0, 90 + k + (y1 - y0), y1), fill=rnd.randint(100, 140), width=2)
    g = g.crop((0, 0, 1275, 1650))
    return g.filter(ImageFilter.GaussianBlur(0.5))


def d_bates(page, rnd):
    g = page.convert("L")
    d = ImageDraw.Draw(g)
    f = ImageFont.truetype(FD + "DejaVuSansMono-Bold.ttf", 26)
    d.text((930, 1580), "HCL-PD 000417", fill=20, font=f)
    f2 = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 20)
    d.rectangle((900, 30, 1230, 110), outline=70, width=4)
    d.text((915, 40), "RECIBIDO", fill=70, font=f2)
    d.text((915, 72), "24 NOV 2026  Oficina legal", fill=70, font=f2)
    g = g.rotate(-0.4, resample=Image.BICUBIC, fillcolor=255)
    return g


DEFECTS = dict(red_led=d_red_led, ink_blot=d_ink_blot, cutout=d_cutout, corner_fold=d_corner_fold,
               pencil_crosshatch=d_pencil, bates_packbits=d_bates)


# ---------- docx ----------
def make_docx(path, c):
    doc = docx.Document()
    doc.core_properties.author = "FICTIONAL sample"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    lines = c["lines"]
    head_n = 4 if c.get("header_table") else 0
    for l in lines[:head_n]:
        doc.add_paragraph(l)
    if c.get("header_table"):
        t = doc.add_table(rows=2, cols=len(c["header_table"][0])); t.style = "Table Grid"
        for r, row in enumerate(c["header_table"]):
            for k, v in enumerate(row):
                t.cell(r, k).text = v
    i = head_n
    while i < len(lines):
        l = lines[i]
        if l == "TABLE":
            j = lines.index("ENDTABLE", i)
            rows = [x.split("|") for x in lines[i + 1:j]]
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for r, row in enumerate(rows):
                for k, v in enumerate(row):
                    t.cell(r, k).text = v
            i = j + 1
            continue
        doc.add_paragraph(l)
        i += 1
    doc.save(path)
    fix_zip_times(path)


def fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry times so that two builds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 6, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------- e-mail ----------
def html_body(lines):
    h = ["<!DOCTYPE html><html><body style='font-family:Arial'>"]
    i = 0
    while i < len(lines):
        l = lines[i]
        if l == "TABLE":
            j = lines.index("ENDTABLE", i)
            h.append("<table border='1' cellpadding='4'>")
            for k, row in enumerate(lines[i + 1:j]):
                tag = "th" if k == 0 else "td"
                h.append("<tr>" + "".join(f"<{tag}>{v}</{tag}>" for v in row.split("|")) + "</tr>")
            h.append("</table>")
            i = j + 1
            continue
        h.append(f"<p>{l}</p>" if not l.endswith(":") else f"<p><b>{l}</b></p>")
        i += 1
    h.append("</body></html>")
    return "\n".join(h)


def make_eml(path, c):
    e = c["email"]
    if c["fmt"] == "eml_plain":
        m = EmailMessage(policy=policy.SMTP)
        m.set_content("\n".join(c["lines"]) + "\n", charset="utf-8", cte="quoted-printable")
    elif c["fmt"] == "eml_html":
        m = EmailMessage(policy=policy.SMTP)
        m.set_content("This message has an HTML letter. If you cannot see it, sign in at bluewatervalley.example.\n")
        m.add_alternative(html_body(c["lines"]), subtype="html", charset="utf-8")
    else:
        inner = EmailMessage(policy=policy.SMTP)
        inner["From"], inner["To"], inner["Date"], inner["Subject"] = e["ifrm"], e["ito"], e["idate"], e["isubject"]
        inner["Message-ID"] = "<inner-12@keystoneharbor.example>"
        inner.set_content("\n".join(c["lines"]) + "\n", charset="utf-8")
        m = EmailMessage(policy=policy.SMTP)
        m.set_content(e["note"] + "\n" + FOOT + "\n")
        m.add_attachment(inner)
    m["From"], m["To"], m["Date"], m["Subject"] = e["frm"], e["to"], e["date"], e["subject"]
    m["Message-ID"] = f"<{c['stem'][:2]}-set51@mail.example>"
    if m.is_multipart():
        m.set_boundary(f"=_set51_{c['stem'][:2]}_boundary")
    with open(path, "wb") as fh:
        fh.write(m.as_bytes())


FOOT = "FICTIONAL SAMPLE - invented people, plan and numbers."


# ---------- keys and checks ----------
def key_json(c, fname):
    k = dict(c["key"])
    out = {"file": fname, "_note": "FICTIONAL. " + c["note"]}
    for f in ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
              "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
              "deadline_basis", "appeals_address"]:
        v = k[f]
        if isinstance(v, dt.date):
            v = v.isoformat()
        elif isinstance(v, list):
            v = [x.isoformat() if isinstance(x, dt.date) else x for x in v]
        out[f] = v
    return out


def norm(s):
    return re.sub(r"\s+", " ", s)


def date_forms(d):
    return [us(d), eu(d), lng(d), es(d), d.isoformat(), d.strftime("%d %b %Y")]


def self_check(c, text):
    t = norm(text)
    tl = t.lower()
    k = c["key"]
    bad = []
    for f in ["patient_name", "member_id", "claim_number"]:
        if k[f] and k[f] not in t:
            bad.append(f)
    for f in ["procedure_codes", "diagnosis_codes", "carc_codes"]:
        for v in k[f]:
            if v not in t:
                bad.append(f + ":" + v)
    if not any(x in t for x in date_forms(k["notice_date"])):
        bad.append("notice_date")
    for d in k["service_dates"]:
        ok = any(x in t for x in date_forms(d))
        if not ok and c.get("list_dates"):
            ok = re.search(r"\b%d\b[^.]*de %s de %d" % (d.day, ["enero", "febrero", "marzo", "abril", "mayo",
                           "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][d.month - 1],
                           d.year), t) is not None
        if not ok:
            bad.append("service_date:" + d.isoformat())
    dl, basis = k["appeal_deadline"], k["deadline_basis"]
    if basis and norm(basis).lower() not in tl:
        bad.append("deadline_basis")
    if dl:
        if not any(x in t for x in date_forms(dl)):
            m = re.search(r"(\d+) (days|días|months|meses)", basis or "")
            n = int(m.group(1))
            exp = plus_months(k["notice_date"], n) if m.group(2) in ("months", "meses") else plus_days(k["notice_date"], n)
            if exp != dl:
                bad.append("appeal_deadline arithmetic")
    if k["appeals_address"]:
        for part in k["appeals_address"].split(", "):
            if part not in t:
                bad.append("address part:" + part)
    if ("FICTICIA" not in text) and ("FICTIONAL" not in text):
        bad.append("no fictional mark")
    return bad


def file_text(path, fmt):
    """The notice's words read back from the written file (a check that they landed)."""
    if fmt == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append("   ".join(cell.text for cell in r.cells))
        return "\n".join(parts)
    if fmt == "txt":
        return open(path, encoding="utf-8").read()
    import email
    m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    parts = []
    for part in m.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = re.sub(r"<[^>]+>", " ", t)
            parts.append(t)
    return "\n".join(parts)


def main():
    rnd = random.Random(51)
    problems = 0
    for c in CASES:
        ext = EXT[c["fmt"]]
        fname = f"{c['stem']}.{ext}"
        path = os.path.join(OUT, fname)
        fmt = c["fmt"]
        if fmt == "pdf2col":
            pdf_2col(path, c)
            text = "\n".join(c["header"] + c["left"] + c["right"])
        elif fmt == "pdfpages":
            pdf_pages(path, c["pages"])
            text = "\n".join(l for p in c["pages"] for l in p)
        elif fmt in ("jpg", "png", "tif", "imgpdf"):
            lines = plain_lines(c)
            page = render_page(lines)
            img = DEFECTS[c["defect"]](page, rnd)
            if fmt == "jpg":
                img.convert("RGB").save(path, "JPEG", quality=84)
            elif fmt == "png":
                img.save(path, "PNG")
            elif fmt == "tif":
                img.convert("L").save(path, "TIFF", compression="packbits", dpi=(150, 150))
            else:
                img.convert("L").save(path, "PDF", resolution=150.0, creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(),
                                      title="FICTIONAL sample notice (scan)")
            text = "\n".join(lines)
        elif fmt == "docx":
            make_docx(path, c)
            text = "\n".join(plain_lines(c) + ["   ".join(r) for r in (c.get("header_table") or [])])
        elif fmt.startswith("eml"):
            make_eml(path, c)
            text = "\n".join(plain_lines(c))
        elif fmt == "txt":
            with open(path, "w", encoding="utf-8") as fh:
                fh.write("\n".join(c["lines"]) + "\n")
            text = "\n".join(c["lines"])
        if fmt in ("pdf2col", "pdfpages"):
            from pypdf import PdfReader
            ext_text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
            b2 = self_check(c, ext_text)
            if b2:
                print("  (pdf text layer)", fname, b2)
                problems += 1
        if fmt in ("docx", "txt") or fmt.startswith("eml"):
            b3 = self_check(c, file_text(path, fmt))
            if b3:
                print("  (file as read back)", fname, b3)
                problems += 1
        with open(os.path.join(OUT, c["stem"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(key_json(c, fname), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        bad = self_check(c, text)
        print(("OK  " if not bad else "BAD ") + fname, bad if bad else "")
        problems += bool(bad)
    n_es = sum(c["lang"] == "es" for c in CASES)
    print(f"{len(CASES)} notices ({n_es} Spanish); problems: {problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
