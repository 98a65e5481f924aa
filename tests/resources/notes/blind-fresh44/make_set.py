"""FICTIONAL blind set notes44: builds every case folder and truth file from cases.py, then self-checks.

Run: cd /work/notes/notes44 && /work/main/.venv/bin/python make_set.py
"""
import json
import math
import random
import re
import shutil
import sys
from pathlib import Path

from docx import Document
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from cases import CASES

HERE = Path(__file__).resolve().parent
MONO = "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def wrap(text, fits):
    words, out, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cur and not fits(t):
            out.append(cur)
            cur = w
        else:
            cur = t
    out.append(cur)
    return out


def write_pdf(path, pages):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL record")
    W, H = letter
    for lines in pages:
        y = H - 60
        for i, line in enumerate(lines):
            font, size = ("Helvetica-Bold", 11) if i == 0 else ("Helvetica", 10)
            for part in wrap(line, lambda t: stringWidth(t, font, size) < W - 120) if line else [""]:
                c.setFont(font, size)
                c.drawString(60, y, part)
                y -= 14
            if y < 60:
                raise SystemExit(f"{path}: page overflow")
        c.showPage()
    c.save()


def write_docx(path, lines):
    d = Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL RECORD - invented for software testing"
    for line in lines:
        d.add_paragraph(line)
    cp = d.core_properties
    cp.author = "FICTIONAL"
    cp.title = "FICTIONAL record"
    import datetime
    cp.created = cp.modified = datetime.datetime(2026, 12, 7)
    cp.last_modified_by = "FICTIONAL"
    d.save(str(path))
    # fixed zip timestamps so rebuilds are byte-identical
    import zipfile
    with zipfile.ZipFile(str(path)) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def render_page(lines, font_path, size, width, height, bg, ink, rnd, ruled=False, margin=110):
    img = Image.new("RGB", (width, height), bg)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(font_path, size)
    y = margin
    step = int(size * 1.55)
    if ruled:
        for yy in range(margin + step - 8, height - 60, step):
            dr.line([(60, yy), (width - 60, yy)], fill=(170, 190, 215), width=2)
    for line in lines:
        parts = wrap(line, lambda t: dr.textlength(t, font=font) < width - 2 * margin + 20) if line else [""]
        for part in parts:
            x = margin + rnd.randint(-3, 3)
            dr.text((x, y), part, font=font, fill=ink)
            y += step
    if y > height - 40:
        raise SystemExit("image page overflow")
    return img


def noise(img, rnd, amount=14):
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 60):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r, g, b = px[x, y]
        d = rnd.randint(-amount, amount)
        px[x, y] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    return img


def write_scan(path, pages, seed):
    rnd = random.Random(seed)
    imgs = []
    for lines in pages:
        img = render_page(lines, MONO, 30, 1700, 2200, (244, 240, 228), (45, 45, 60), rnd)
        img = noise(img, rnd)
        img = img.rotate(0.8, resample=Image.BICUBIC, fillcolor=(250, 250, 250))
        img = img.filter(ImageFilter.GaussianBlur(0.7)).convert("L")
        imgs.append(img)
    import datetime
    import time
    fixed = time.strptime("2026-12-07", "%Y-%m-%d")
    imgs[0].save(str(path), "PDF", resolution=200, save_all=True, append_images=imgs[1:], creationDate=fixed,
                 modDate=fixed, title="FICTIONAL scan")


def write_photo(path, lines, seed):
    rnd = random.Random(seed)
    ch = 200 + 56 * (len(lines) + 1)
    card = render_page(lines, HAND, 34, 1500, ch, (250, 249, 240), (20, 30, 90), rnd, ruled=True, margin=90)
    bg = Image.new("RGB", (1800, ch + 420), (120, 98, 74))
    bg.paste(card, (150, 200))
    bg = bg.rotate(2.5, resample=Image.BICUBIC, fillcolor=(110, 90, 70))
    # uneven light: darker toward the lower right
    w, h = bg.size
    shade = Image.new("L", (w, h))
    sp = shade.load()
    for y in range(0, h, 4):
        for x in range(0, w, 4):
            v = int(255 - 60 * ((x / w) * 0.5 + (y / h) * 0.5))
            for dy in range(4):
                for dx in range(4):
                    if y + dy < h and x + dx < w:
                        sp[x + dx, y + dy] = v
    dark = Image.new("RGB", (w, h), (0, 0, 0))
    bg = Image.composite(bg, dark, shade)
    bg = bg.filter(ImageFilter.GaussianBlur(1.0))
    bg.save(str(path), "JPEG", quality=86)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def date_forms(d):
    p = d.split("-")
    y = p[0]
    if len(p) == 1:
        return [y]
    m = int(p[1])
    mf = []
    for mm in (f"{m:02d}", str(m)):
        mf += [f"{mm}/{y}", f"{mm}-{y}"]
    mf += [f"{MONTHS[m-1]} {y}", f"{MONTHS[m-1][:3]} {y}", f"{MESES[m-1]} de {y}", f"{MESES[m-1]} {y}", f"{y}-{m:02d}"]
    mf += [f"{MESES[m-1]}-{x} de {y}" for x in MESES] + [f"{x}-{MESES[m-1]} de {y}" for x in MESES]
    if len(p) == 2:
        return mf
    dd = int(p[2])
    out = []
    for mm in (f"{m:02d}", str(m)):
        for da in (f"{dd:02d}", str(dd)):
            out += [f"{mm}/{da}/{y}", f"{mm}/{da}/{y[2:]}", f"{da}/{mm}/{y}", f"{mm}-{da}-{y[2:]}", f"{mm}-{da}-{y}"]
    out += [f"{MONTHS[m-1]} {dd}, {y}", f"{dd} {MONTHS[m-1]} {y}", f"{dd} de {MESES[m-1]} de {y}", d]
    return out


def main():
    fails = []
    totals = dict(cases=0, rows=0, scales=0, codes=0, suic=0, null=0)
    for case in CASES:
        slug = case["slug"]
        cdir = HERE / slug
        if cdir.exists():
            shutil.rmtree(cdir)
        (cdir / "clinical").mkdir(parents=True)
        texts = {}  # file -> list of (page, line)
        for i, f in enumerate(case["files"]):
            path = cdir / "clinical" / f["name"]
            kind = f["kind"]
            pages = f["pages"]
            if kind == "pdf":
                write_pdf(path, pages)
            elif kind == "txt":
                path.write_text("\n".join(pages[0]) + "\n", encoding="utf-8")
            elif kind == "docx":
                write_docx(path, pages[0])
            elif kind == "scan":
                write_scan(path, pages, seed=slug)
            elif kind == "photo":
                write_photo(path, pages[0], seed=slug + f["name"])
            texts[f["name"]] = [(pn + 1, line) for pn, lines in enumerate(pages) for line in lines]
            first = pages[0][0]
            if "FICTI" not in first.upper():
                fails.append(f"{slug}/{f['name']}: first line lacks FICTIONAL")
            # the printed text holds every line
            if kind == "pdf":
                rd = PdfReader(str(path))
                for pn, lines in enumerate(pages):
                    pt = norm(rd.pages[pn].extract_text())
                    for line in lines:
                        if line and norm(line) not in pt:
                            fails.append(f"{slug}/{f['name']} p{pn+1}: not extracted: {line[:60]}")
            elif kind == "docx":
                got = [p.text for p in Document(str(path)).paragraphs]
                if got != pages[0]:
                    fails.append(f"{slug}/{f['name']}: docx paragraphs differ")
            for pn, line in texts[f["name"]]:
                if re.search(r"555-01\d\d", line) and not re.search(r"\(\d{3}\) 555-01\d\d|1-\d{3}-555-01\d\d", line):
                    fails.append(f"{slug}: bare 555 number: {line}")
        alltext = norm(" ".join(l for v in texts.values() for _, l in v))

        def src(ref):
            fname, frag = ref
            hits = [(pn, l) for pn, l in texts[fname] if frag in l]
            if len(hits) != 1:
                fails.append(f"{slug}: source fragment found {len(hits)}x in {fname}: {frag}")
                return {"file": fname, "page": None, "text": frag}
            return {"file": fname, "page": hits[0][0], "text": hits[0][1]}

        truth = {"_note": "FICTIONAL case (blind set notes44). " + case["note"], "history": [], "scales": [],
                 "diagnoses": [], "suicidality": None}
        for r in case["history"]:
            s = src(r["src"])
            row = {"name": r["name"], "class": r["cls"], "kind": r["kind"], "dose": r.get("dose"),
                   "start": r.get("start"), "end": r.get("end"), "outcome": r.get("outcome"),
                   "outcome_class": r["oc"], "source": s}
            truth["history"].append(row)
            if r.get("outcome") and norm(r["outcome"]) not in norm(s["text"]):
                fails.append(f"{slug}: outcome not in source line: {r['outcome']}")
            if r.get("dose") and norm(r["dose"]) not in alltext:
                fails.append(f"{slug}: dose not printed: {r['dose']}")
            for k in ("start", "end"):
                if r.get(k) and not any(norm(f) in alltext for f in date_forms(r[k])):
                    fails.append(f"{slug}: {r['name']} {k} {r[k]} not printed in any form")
            if r["oc"] not in ("no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"):
                fails.append(f"{slug}: bad class {r['oc']}")
            if r["kind"] not in ("antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"):
                fails.append(f"{slug}: bad kind {r['kind']}")
        for sc in case.get("scales", []):
            s = src(sc["src"])
            truth["scales"].append({"name": sc["name"], "score": sc["score"], "date": sc["date"], "source": s})
            if str(sc["score"]) not in s["text"]:
                fails.append(f"{slug}: score {sc['score']} not in its line")
            if not any(norm(f) in norm(s["text"]) for f in date_forms(sc["date"])):
                fails.append(f"{slug}: scale date {sc['date']} not in its line: {s['text']}")
        for code, ref in case.get("codes", []):
            s = src(ref)
            truth["diagnoses"].append({"code": code, "source": s})
            if code not in s["text"]:
                fails.append(f"{slug}: code {code} not in its line")
        if case.get("suic"):
            level, ref = case["suic"]
            truth["suicidality"] = {"level": level, "source": src(ref)}
            totals["suic"] += 1
        else:
            totals["null"] += 1
        (HERE / f"{slug}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")
        totals["cases"] += 1
        totals["rows"] += len(truth["history"])
        totals["scales"] += len(truth["scales"])
        totals["codes"] += len(truth["diagnoses"])
    for f in fails:
        print("FAIL", f)
    print(f"{totals['cases']} cases, {totals['rows']} history rows, {totals['scales']} scale rows, "
          f"{totals['codes']} diagnosis codes, {totals['suic']} suicidality set, {totals['null']} null, "
          f"{len(fails)} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
