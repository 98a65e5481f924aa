# FICTIONAL test set notes43: rebuilds every case folder and truth file from cases.py, then self-checks.
# Run: cd /work/notes/notes43 && /work/main/.venv/bin/python make_set.py
import io, json, os, random, re, shutil, sys, zipfile

from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL:", msg)


# ------------------------------------------------------------------ writers
def write_txt(path, pages):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\f\n".join("\n".join(p) + "\n" for p in pages))


def write_pdf(path, pages):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample record")
    w, h = letter
    font, size, left, maxw = "Helvetica", 9, 50, letter[0] - 100
    for page in pages:
        y = h - 50
        c.setFont(font, size)
        for line in page:
            # wrap long lines at a space; the continuation is indented
            rest, first = line, True
            while True:
                if stringWidth(rest, font, size) <= maxw:
                    c.drawString(left if first else left + 12, y, rest)
                    y -= 13
                    break
                cut = len(rest)
                while cut > 0 and (rest[cut - 1] != " " or stringWidth(rest[:cut - 1], font, size) > maxw):
                    cut -= 1
                c.drawString(left if first else left + 12, y, rest[:cut - 1])
                y -= 13
                rest, first = rest[cut:], False
        c.showPage()
    c.save()


def write_docx(path, pages):
    import docx
    from docx.shared import Pt
    import datetime
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL RECORD - sample for software testing only"
    for i, page in enumerate(pages):
        for line in page:
            p = d.add_paragraph(line)
            for r in p.runs:
                r.font.size = Pt(10)
        if i < len(pages) - 1:
            d.add_page_break()
    fixed = datetime.datetime(2026, 12, 7, 12, 0, 0)
    cp = d.core_properties
    cp.author = "FICTIONAL sample"
    cp.last_modified_by = "FICTIONAL sample"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry times so rebuilds are byte-identical
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 7, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def render_paper(lines, seed, hand):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    W, H = 1700, 2200
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    fname = "DejaVuSans-Oblique.ttf" if hand else "DejaVuSans.ttf"
    font = ImageFont.truetype(os.path.join(FONT_DIR, fname), 34 if hand else 33)
    y = 120
    if hand:
        for ry in range(160, H - 100, 70):
            dr.line([(60, ry), (W - 60, ry)], fill=205, width=2)
    for line in lines:
        x = 90 + rnd.randint(-6, 6)
        dr.text((x, y), line, fill=rnd.randint(20, 60), font=font)
        y += 70 if hand else 56
    # speckle
    for _ in range(1500):
        px, py = rnd.randrange(W), rnd.randrange(H)
        img.putpixel((px, py), rnd.randint(150, 220))
    return img


def write_scan(path, pages):
    from PIL import Image
    imgs = []
    for i, page in enumerate(pages):
        img = render_paper(page, 4300 + i, hand=True).rotate(0.7, resample=Image.BICUBIC, fillcolor=235)
        imgs.append(img.convert("RGB"))
    # Pillow's image-only PDF (no fonts, no text layer) with fixed dates, so rebuilds are byte-identical
    import time
    fixed = time.gmtime(1796644800)  # 2026-12-07 12:00 UTC
    imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:],
                 title="FICTIONAL sample scan", creationDate=fixed, modDate=fixed)


def write_photo(path, lines, seed):
    from PIL import Image, ImageFilter
    paper = render_paper(lines, seed, hand=False).convert("RGB")
    bg = Image.new("RGB", (2000, 2600), (96, 74, 58))  # a wooden table
    paper = paper.rotate(-1.2 if seed % 2 else 1.4, resample=Image.BICUBIC, expand=True, fillcolor=(96, 74, 58))
    bg.paste(paper, (60, 80))
    # uneven light
    shade = Image.radial_gradient("L").resize(bg.size)  # vignette: darker away from the centre
    dark = Image.new("RGB", bg.size, (30, 30, 30))
    bg = Image.composite(dark, bg, shade.point(lambda v: int(v * 0.35)))
    bg = bg.filter(ImageFilter.GaussianBlur(0.7))
    bg.save(path, "JPEG", quality=85)


# ------------------------------------------------------------------ checks
EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"]
ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def date_printed(iso, text):
    low = text.lower()
    parts = iso.split("-")
    if len(parts) == 1:
        return iso in text
    y, m = parts[0], parts[1]
    if len(parts) == 2:
        if f"{m}/{y}" in text:
            return True
        for names in (EN, ES):
            nm = names[int(m) - 1]
            for ln in low.splitlines():
                if nm in ln and y in ln:
                    return True
        return False
    d = parts[2]
    return f"{m}/{d}/{y}" in text or f"{d}/{m}/{y}" in text


def pdf_pages_text(path):
    from pypdf import PdfReader
    return [norm(p.extract_text() or "") for p in PdfReader(path).pages]


# ------------------------------------------------------------------ build
def build_case(case):
    slug = case["slug"]
    cdir = os.path.join(HERE, slug)
    if os.path.exists(cdir):
        shutil.rmtree(cdir)
    os.makedirs(os.path.join(cdir, "clinical"))
    where = {}  # line -> (file, page)
    alltext = []
    for di, doc in enumerate(case["docs"]):
        path = os.path.join(cdir, "clinical", doc["file"])
        fmt, pages = doc["fmt"], doc["pages"]
        first = pages[0][0]
        if "FICTIONAL" not in first:
            fail(f"{slug}/{doc['file']}: first line does not say FICTIONAL")
        if fmt == "txt":
            write_txt(path, pages)
        elif fmt == "pdf":
            write_pdf(path, pages)
        elif fmt == "docx":
            write_docx(path, pages)
        elif fmt == "scan":
            write_scan(path, pages)
        elif fmt == "photo":
            write_photo(path, pages[0], 4310 + di + len(slug))
        else:
            raise ValueError(fmt)
        for pi, page in enumerate(pages):
            for line in page:
                if line.strip():
                    if line in where and where[line] != (doc["file"], pi + 1):
                        fail(f"{slug}: line appears twice: {line}")
                    where.setdefault(line, (doc["file"], pi + 1))
                    alltext.append(line)
        # format checks
        if fmt == "pdf":
            texts = pdf_pages_text(path)
            for pi, page in enumerate(pages):
                for line in page:
                    if line.strip() and norm(line) not in texts[pi]:
                        fail(f"{slug}/{doc['file']} p{pi + 1}: PDF text lacks: {line}")
        if fmt == "scan":
            from pypdf import PdfReader
            for p in PdfReader(path).pages:
                if (p.extract_text() or "").strip():
                    fail(f"{slug}: scan has a text layer")
        if fmt == "docx":
            import docx
            paras = [p.text for p in docx.Document(path).paragraphs if p.text.strip()]
            want = [l for pg in pages for l in pg if l.strip()]
            if paras != want:
                fail(f"{slug}/{doc['file']}: DOCX paragraphs differ from the lines")
    text = "\n".join(alltext)

    def src(line):
        if line not in where:
            fail(f"{slug}: source line not in any record: {line}")
            return {"file": None, "page": None, "text": line}
        f, p = where[line]
        return {"file": f, "page": p, "text": line}

    truth = {"_note": f"FICTIONAL case (blind set notes43). {case['note']}", "history": [], "scales": [],
             "diagnoses": [], "suicidality": None}
    for (name, cls, kind, dose, start, end, outcome, oc, line) in case["history"]:
        if kind not in ("antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"):
            fail(f"{slug}: bad kind {kind}")
        if oc not in ("no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"):
            fail(f"{slug}: bad outcome_class {oc}")
        if outcome is not None and outcome.lower() not in line.lower():
            fail(f"{slug}: outcome not in its line: {outcome}")
        if dose and dose.lower() not in text.lower():
            fail(f"{slug}: dose not printed: {name} {dose}")
        for dt in (start, end):
            if dt and not date_printed(dt, text):
                fail(f"{slug}: date not printed: {name} {dt}")
        truth["history"].append({"name": name, "class": cls, "kind": kind, "dose": dose, "start": start,
                                 "end": end, "outcome": outcome, "outcome_class": oc, "source": src(line)})
    for (name, score, date, line) in case["scales"]:
        if str(score) not in line or not date_printed(date, line) or name.lower().split()[0] not in line.lower():
            fail(f"{slug}: scale not in its line: {name} {score} {date}")
        truth["scales"].append({"name": name, "score": score, "date": date, "source": src(line)})
    for (code, line) in case["diagnoses"]:
        if code not in line:
            fail(f"{slug}: code not in its line: {code}")
        truth["diagnoses"].append({"code": code, "source": src(line)})
    if case["suicidality"]:
        level, line = case["suicidality"]
        truth["suicidality"] = {"level": level, "source": src(line)}
    with open(os.path.join(HERE, slug + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return truth


def main():
    slugs = [c["slug"] for c in CASES]
    if len(set(slugs)) != len(slugs):
        fail("duplicate slugs")
    n = {"h": 0, "s": 0, "d": 0, "set": 0, "null": 0}
    for case in CASES:
        t = build_case(case)
        n["h"] += len(t["history"]); n["s"] += len(t["scales"]); n["d"] += len(t["diagnoses"])
        n["set" if t["suicidality"] else "null"] += 1
    print(f"{len(CASES)} cases, {n['h']} history rows, {n['s']} scale rows, {n['d']} diagnosis codes, "
          f"{n['set']} suicidality set, {n['null']} null, {len(FAILS)} failures")
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
