"""FICTIONAL test set notes46 for appeal-kit issue 24: builds every NN-slug/clinical/ file and NN-slug.truth.json
from cases.py, then self-checks. Run: cd /work/notes/notes46 && /work/main/.venv/bin/python make_set.py [--ocr]"""
import io
import json
import math
import random
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from cases import CASES

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FAIL = []


def fail(msg):
    FAIL.append(msg)


# ----------------------------------------------------------------------------------------------- writers
def write_pdf(path, pages):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample record (appeal-kit test set notes46)")
    c.setAuthor("FICTIONAL")
    w, h = letter
    for lines in pages:
        y = h - 54
        for i, line in enumerate(lines):
            font, size = ("Helvetica-Bold", 10) if i == 0 else ("Helvetica", 9.5)
            if not line:
                y -= 8
                continue
            for part in simpleSplit(line, font, size, w - 108):
                c.setFont(font, size)
                c.drawString(54, y, part)
                y -= 13
            if y < 60:
                raise SystemExit(f"{path}: page overflow")
        c.showPage()
    c.save()


def fixed_zip(path):
    """Rewrite a DOCX with fixed entry timestamps so rebuilds are byte-identical."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_docx(path, pages):
    import datetime
    d = Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL SAMPLE - appeal-kit test set notes46 - not a real patient"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for lines in pages:
        for line in lines:
            d.add_paragraph(line)
    cp = d.core_properties
    cp.author = "FICTIONAL"
    cp.last_modified_by = "FICTIONAL"
    cp.title = "FICTIONAL sample record"
    cp.created = cp.modified = datetime.datetime(2026, 12, 7)
    cp.revision = 1
    d.save(str(path))
    fixed_zip(path)


def render_paper(lines, seed, width, height, font_path, size, ruled, margin=110, gap=1.55):
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 246)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(font_path), size)
    step = int(size * gap)
    y = margin
    if ruled:
        for yy in range(margin + size + 4, height - 60, step):
            dr.line([(60, yy), (width - 60, yy)], fill=205, width=2)
        dr.line([(margin - 30, 0), (margin - 30, height)], fill=190, width=2)
    for line in lines:
        if line:
            x = margin + rnd.randint(-6, 6)
            dr.text((x, y + rnd.randint(-3, 3)), line, fill=rnd.randint(25, 60), font=font)
        y += step
        if y > height - 80:
            raise SystemExit("paper overflow")
    return img


def write_scan(path, pages, seed):
    imgs = []
    for n, lines in enumerate(pages):
        img = render_paper(lines, seed + n, 1700, 2200, FONTS / "DejaVuSansCondensed-Oblique.ttf", 34, True,
                           margin=150)
        img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=235)
        rnd = random.Random(seed * 7 + n)
        px = img.load()
        for _ in range(6000):  # speckle, as a fax/scan has
            x, y = rnd.randrange(1700), rnd.randrange(2200)
            px[x, y] = rnd.choice((90, 140, 255))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(img.convert("RGB"))
    buf = io.BytesIO()
    import datetime
    fixed = datetime.datetime(2026, 12, 7)
    imgs[0].save(buf, "PDF", resolution=200, save_all=True, append_images=imgs[1:], creationDate=fixed.strftime("D:%Y%m%d%H%M%S"),
                 modDate=fixed.strftime("D:%Y%m%d%H%M%S"), title="FICTIONAL sample scan", producer="FICTIONAL")
    path.write_bytes(buf.getvalue())


def write_photo(path, lines, seed):
    paper = render_paper(lines, seed, 1500, 1950, FONTS / "DejaVuSerif.ttf", 30, False, margin=90, gap=1.7)
    paper = paper.convert("RGB")
    bg = Image.new("RGB", (1800, 2400), (92, 70, 52))  # a wooden table
    rot = paper.rotate(-2.5, resample=Image.BICUBIC, expand=True, fillcolor=(92, 70, 52))
    bg.paste(rot, (120, 160))
    # uneven light: darker toward the lower right
    shade = Image.new("L", bg.size)
    sp = shade.load()
    for y in range(0, 2400, 4):
        for x in range(0, 1800, 4):
            v = int(255 - 70 * math.hypot(x / 1800, y / 2400) / 1.41)
            for dy in range(4):
                for dx in range(4):
                    sp[x + dx, y + dy] = v
    bg = Image.composite(bg, Image.new("RGB", bg.size, (0, 0, 0)), shade)
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    bg.save(path, "JPEG", quality=86)


# ----------------------------------------------------------------------------------------------- checks
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def date_printed(iso, text):
    parts = iso.split("-")
    y = parts[0]
    if len(parts) == 1:
        return y in text
    m = int(parts[1])
    if len(parts) == 2:
        forms = [f"{m:02d}/{y}", f"{m}/{y}", f"{MONTHS_EN[m-1]} {y}", f"{m:02d}/{y[2:]}"]
        if any(f in text for f in forms):
            return True
        return any(mn in text.lower() for mn in (MONTHS_EN[m-1].lower(), MONTHS_ES[m-1])) and y in text
    d = int(parts[2])
    forms = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y}", iso]
    return any(f in text for f in forms)


def norm(s):
    return re.sub(r"\s+", "", s)


def check_doc_text(case, doc, path):
    if doc["fmt"] == "pdf":
        r = PdfReader(str(path))
        if len(r.pages) != len(doc["pages"]):
            fail(f"{path.name}: {len(r.pages)} pages, expected {len(doc['pages'])}")
        for i, lines in enumerate(doc["pages"]):
            got = norm(r.pages[i].extract_text())
            for line in lines:
                if norm(line) not in got:
                    fail(f"{path.name} p{i+1}: line not in extracted text: {line[:60]}")
    elif doc["fmt"] == "docx":
        paras = [p.text for p in Document(str(path)).paragraphs]
        want = [l for pg in doc["pages"] for l in pg]
        if paras != want:
            fail(f"{path.name}: paragraphs differ from lines")
    elif doc["fmt"] == "txt":
        if path.read_text(encoding="utf-8").splitlines() != doc["pages"][0]:
            fail(f"{path.name}: text differs")
    elif doc["fmt"] == "scan":
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.strip().splitlines()
        if len(out) > 2:
            fail(f"{path.name}: scan has fonts")
        if PdfReader(str(path)).pages[0].extract_text().strip():
            fail(f"{path.name}: scan has a text layer")


def ocr_check(path, lines):
    """Share of words from the lines that tesseract finds (informative)."""
    if path.suffix == ".pdf":
        subprocess.run(["pdftoppm", "-r", "200", "-png", str(path), "/tmp/notes46_ocr"], check=True)
        imgs = sorted(Path("/tmp").glob("notes46_ocr*.png"))
    else:
        imgs = [path]
    text = ""
    for im in imgs:
        text += subprocess.run(["tesseract", str(im), "-", "--psm", "4"], capture_output=True, text=True).stdout
        if im.suffix == ".png":
            im.unlink()
    words = [w for l in lines for w in re.findall(r"[A-Za-z0-9./-]{3,}", l)]
    found = sum(1 for w in words if w.lower() in text.lower())
    return found, len(words), text


PHONE_OK = re.compile(r"(\(\d{3}\) |1-\d{3}-)555-01\d\d")


def build_case(case, ocr):
    slug = case["slug"]
    cdir = HERE / slug / "clinical"
    if (HERE / slug).exists():
        shutil.rmtree(HERE / slug)
    cdir.mkdir(parents=True)
    index = []  # (file, page, line)
    for k, doc in enumerate(case["docs"]):
        path = cdir / doc["file"]
        if not doc["pages"][0][0].upper().startswith(("FICTIONAL", "MUESTRA FICTICIA")):
            fail(f"{slug}/{doc['file']}: first line does not say FICTIONAL")
        if doc["fmt"] == "pdf":
            write_pdf(path, doc["pages"])
        elif doc["fmt"] == "txt":
            path.write_text("\n".join(doc["pages"][0]) + "\n", encoding="utf-8")
        elif doc["fmt"] == "docx":
            write_docx(path, doc["pages"])
        elif doc["fmt"] == "scan":
            write_scan(path, doc["pages"], seed=460 + k)
        elif doc["fmt"] == "photo":
            write_photo(path, doc["pages"][0], seed=4611 + k)
        check_doc_text(case, doc, path)
        if ocr and doc["fmt"] in ("scan", "photo"):
            f, n, _ = ocr_check(path, [l for pg in doc["pages"] for l in pg])
            print(f"  OCR {slug}/{doc['file']}: {f}/{n} words found")
            if f < 0.85 * n:
                fail(f"{doc['file']}: OCR found only {f}/{n} words")
        for p, lines in enumerate(doc["pages"], 1):
            for line in lines:
                index.append((doc["file"], p, line))
                for m in re.finditer(r"555-\d{4}", line):
                    s = line[max(0, m.start() - 6):m.end()]
                    if not PHONE_OK.search(s):
                        fail(f"{slug}: bad phone form {s!r}")
    alltext = "\n".join(l for _, _, l in index)
    if "FICT-46" not in alltext:
        fail(f"{slug}: no FICT-46 record number")

    def src(sub):
        hits = [(f, p, l) for f, p, l in index if sub in l]
        if len(hits) != 1:
            fail(f"{slug}: source {sub!r} matches {len(hits)} lines")
            return {"file": None, "page": None, "text": sub}
        f, p, l = hits[0]
        return {"file": f, "page": p, "text": l}

    history = []
    for name, cls, kind, dose, start, end, outcome, oc, sub in case["rows"]:
        s = src(sub)
        if outcome is not None and outcome not in s["text"]:
            fail(f"{slug}: outcome not in source line: {outcome!r}")
        if outcome is None and oc != "unknown":
            fail(f"{slug}: null outcome must be unknown")
        if dose and dose.lower() not in alltext.lower():
            fail(f"{slug}: dose {dose!r} not printed")
        for d in (start, end):
            if d and not date_printed(d, alltext):
                fail(f"{slug}: date {d} for {name} not printed")
        assert kind in ("antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other")
        assert oc in ("no_response", "partial_response", "relapse", "side_effects", "remission", "unknown")
        history.append({"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
                        "outcome": outcome, "outcome_class": oc, "source": s})
    scales = []
    for name, score, date, sub in case["scales"]:
        s = src(sub)
        if not re.search(rf"(?<!\d){score}(?!\d)", s["text"]) or not date_printed(date, s["text"]):
            fail(f"{slug}: scale {name} {score} {date} not in its line")
        if name.split()[0].upper() not in s["text"].upper().replace("-", "-"):
            fail(f"{slug}: scale name {name} not in its line")
        scales.append({"name": name, "score": score, "date": date, "source": s})
    dx = []
    for code, sub in case["dx"]:
        s = src(sub)
        if code not in s["text"]:
            fail(f"{slug}: code {code} not in its line")
        dx.append({"code": code, "source": s})
    si = None
    if case["si"]:
        level, sub = case["si"]
        si = {"level": level, "source": src(sub)}
    truth = {"_note": f"FICTIONAL case (blind set notes46). {case['note']}", "history": history, "scales": scales,
             "diagnoses": dx, "suicidality": si}
    (HERE / f"{slug}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
    return len(history), len(scales), len(dx), si is not None


def main():
    ocr = "--ocr" in sys.argv
    tot = [0, 0, 0, 0]
    for case in CASES:
        r = build_case(case, ocr)
        for i in range(3):
            tot[i] += r[i]
        tot[3] += r[3]
    for f in FAIL:
        print("FAIL:", f)
    print(f"{len(CASES)} cases, {tot[0]} history rows, {tot[1]} scale rows, {tot[2]} diagnosis codes, "
          f"{tot[3]} suicidality set, {len(CASES) - tot[3]} null, {len(FAIL)} failures")
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
