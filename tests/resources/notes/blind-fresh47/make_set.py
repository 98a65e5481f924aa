"""FICTIONAL test set notes47: builds every case folder and truth file from cases.py, then self-checks.

Run:  cd /work/notes/notes47 && /work/main/.venv/bin/python make_set.py
"""
import io
import json
import math
import os
import random
import re
import shutil
import sys
import time
import zipfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab import rl_config
import docx
from docx.shared import Pt
from pypdf import PdfReader

import cases as C

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
FIXED = (2026, 12, 7, 12, 0, 0)


# ---------------------------------------------------------------- writers
def wrap(line, width):
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def write_pdf(path, pages):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL record")
    c.setAuthor("FICTIONAL")
    for pno, lines in enumerate(pages, 1):
        y = 750
        for line in lines:
            bold = line.isupper() and len(line) < 80
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9.5)
            for part in wrap(line, 104):
                c.drawString(50, y, part)
                y -= 13
            if not line:
                y -= 2
        c.setFont("Helvetica", 8)
        c.drawString(50, 30, "FICTIONAL SAMPLE RECORD - page %d of %d" % (pno, len(pages)))
        c.showPage()
    c.save()


def write_txt(path, pages):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\f\n".join("\n".join(p) for p in pages) + "\n")


def write_docx(path, pages):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = "FICTIONAL SAMPLE RECORD - not a real patient"
    for lines in pages:
        for line in lines:
            d.add_paragraph(line)
    import datetime
    cp = d.core_properties
    cp.author = "FICTIONAL"
    cp.last_modified_by = "FICTIONAL"
    cp.created = datetime.datetime(2026, 12, 7, 12, 0, 0)
    cp.modified = datetime.datetime(2026, 12, 7, 12, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so rebuilds are byte-identical
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def render_paper(lines, font_file, size, seed, ruled=True, width=1700, line_h=None, margin=110):
    rnd = random.Random(seed)
    font = ImageFont.truetype(font_file, size)
    line_h = line_h or int(size * 1.75)
    height = max(2200, margin * 2 + line_h * (len(lines) + 2))
    img = Image.new("L", (width, height), 247)
    dr = ImageDraw.Draw(img)
    if ruled:
        for y in range(margin + line_h, height - 40, line_h):
            dr.line([(40, y + 6), (width - 40, y + 6)], fill=205, width=2)
        dr.line([(margin - 25, 0), (margin - 25, height)], fill=215, width=2)
    y = margin
    for line in lines:
        x = margin + rnd.randint(-4, 4)
        dr.text((x, y - size + 4 + rnd.randint(-2, 2)), line, font=font, fill=rnd.randint(25, 55))
        y += line_h
    return img


def write_scan(path, pages, seed):
    imgs = []
    for i, lines in enumerate(pages):
        img = render_paper(lines, FONT_DIR + "DejaVuSansCondensed-Oblique.ttf", 34, seed + i)
        img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=235)
        rnd = random.Random(seed * 7 + i)
        px = img.load()
        w, h = img.size
        for _ in range(9000):  # speckle
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((120, 170, 200))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(img.convert("L"))
    fixed = time.strptime("2026-12-07 12:00:00", "%Y-%m-%d %H:%M:%S")
    imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:], title="FICTIONAL scan",
                 creationDate=fixed, modDate=fixed)


def write_photo(path, lines, seed):
    img = render_paper(lines, FONT_DIR + "DejaVuSans.ttf", 32, seed, ruled=False, width=1600)
    img = img.convert("RGB")
    w, h = img.size
    # uneven light: darker towards the right and bottom
    small = Image.new("L", (32, 32))
    for y in range(32):
        for x in range(32):
            small.putpixel((x, y), int(255 - 42 * x / 31 - 36 * y / 31))
    shade = small.resize((w, h), Image.BILINEAR)
    dark = Image.new("RGB", (w, h), (40, 35, 30))
    img = Image.composite(img, dark, shade)
    bg = Image.new("RGB", (w + 260, h + 260), (92, 70, 52))  # a wooden table
    bg.paste(img, (130, 130))
    bg = bg.rotate(-2.2 if seed % 2 else 1.8, resample=Image.BICUBIC, fillcolor=(92, 70, 52))
    bg = bg.filter(ImageFilter.GaussianBlur(0.9))
    bg.save(path, "JPEG", quality=85)


# ---------------------------------------------------------------- helpers
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def find_line(case, key):
    hits = []
    for f in case["files"]:
        for pno, lines in enumerate(f["pages"], 1):
            for line in lines:
                if key in line:
                    hits.append((f["name"], pno, line))
    if len(hits) != 1:
        raise SystemExit("case %s: key %r matched %d lines" % (case["slug"], key, len(hits)))
    return hits[0]


def date_forms(d):
    p = d.split("-")
    y = p[0]
    if len(p) == 1:
        return [y]
    m = int(p[1])
    if len(p) == 2:
        return ["%02d/%s" % (m, y), "%d/%s" % (m, y), "%s %s" % (MONTHS[m - 1], y), "%s %s" % (MONTHS[m - 1][:3], y),
                "%s-%02d" % (y, m), "%s de %s" % (MESES[m - 1], y), "%s %s" % (MESES[m - 1], y),
                "%02d/%s" % (m, y[2:]), "%s %s" % (MONTHS[m - 1].upper(), y), "%s %s" % (MONTHS[m - 1][:3].upper(), y),
                "%02d.%s" % (m, y)] + ["%02d/%02d/%s" % (m, dd, y) for dd in range(1, 32)]
    dd = int(p[2])
    return ["%02d/%02d/%s" % (m, dd, y), "%d/%d/%s" % (m, dd, y), "%02d/%02d/%s" % (dd, m, y), d,
            "%s %d, %s" % (MONTHS[m - 1], dd, y), "%s %d, %s" % (MONTHS[m - 1][:3], dd, y),
            "%02d/%02d/%s" % (m, dd, y[2:]), "%d de %s de %s" % (dd, MESES[m - 1], y), "%02d-%02d-%s" % (m, dd, y),
            "%d %s %s" % (dd, MONTHS[m - 1].upper()[:3], y), "%s %d, %s" % (MONTHS[m - 1].upper(), dd, y),
            "%d/%d/%s" % (m, dd, y[2:])]


def src(f, p, t):
    return {"file": f, "page": p, "text": t}


# ---------------------------------------------------------------- build
def build_case(case, failures):
    slug = case["slug"]
    cdir = os.path.join(HERE, slug)
    if os.path.isdir(cdir):
        shutil.rmtree(cdir)
    os.makedirs(os.path.join(cdir, "clinical"))
    alltext = []
    for f in case["files"]:
        path = os.path.join(cdir, "clinical", f["name"])
        fmt = f["fmt"]
        first = f["pages"][0][0]
        if "FICTIONAL" not in first and "FICTICIA" not in first:
            failures.append("%s/%s: first line does not say FICTIONAL" % (slug, f["name"]))
        for p in f["pages"]:
            alltext.extend(p)
        if fmt == "pdf":
            write_pdf(path, f["pages"])
            rd = PdfReader(path)
            if len(rd.pages) != len(f["pages"]):
                failures.append("%s/%s: page count" % (slug, f["name"]))
            for pno, lines in enumerate(f["pages"]):
                txt = norm(rd.pages[pno].extract_text())
                for line in lines:
                    if norm(line) and norm(line) not in txt:
                        failures.append("%s/%s p%d: line not extracted: %r" % (slug, f["name"], pno + 1, line))
        elif fmt == "txt":
            write_txt(path, f["pages"])
        elif fmt == "docx":
            write_docx(path, f["pages"])
            paras = [p.text for p in docx.Document(path).paragraphs]
            if paras != [l for p in f["pages"] for l in p]:
                failures.append("%s/%s: docx paragraphs differ" % (slug, f["name"]))
        elif fmt == "scan":
            write_scan(path, f["pages"], f.get("seed", 5))
            if PdfReader(path).pages[0].extract_text().strip():
                failures.append("%s/%s: scan has a text layer" % (slug, f["name"]))
        elif fmt == "photo":
            assert len(f["pages"]) == 1
            write_photo(path, f["pages"][0], f.get("seed", 3))
        else:
            raise SystemExit("unknown fmt " + fmt)
    corpus = "\n".join(alltext)

    truth = {"_note": "FICTIONAL case (blind set notes47). " + case["note"], "history": [], "scales": [],
             "diagnoses": [], "suicidality": None}
    for r in case["rows"]:
        fn, pg, line = find_line(case, r["src"])
        if r.get("outcome") is not None and r["outcome"] not in line:
            failures.append("%s: outcome %r not in its source line %r" % (slug, r["outcome"], line))
        if r.get("dose") and r["dose"].lower() not in corpus.lower():
            failures.append("%s: dose %r of %s not printed" % (slug, r["dose"], r["name"]))
        for k in ("start", "end"):
            if r.get(k) and not any(form.lower() in corpus.lower() for form in date_forms(r[k])):
                failures.append("%s: %s %s of %s not printed" % (slug, k, r[k], r["name"]))
        assert r["kind"] in ("antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other")
        assert r["oc"] in ("no_response", "partial_response", "relapse", "side_effects", "remission", "unknown")
        truth["history"].append({"name": r["name"], "class": r["class"], "kind": r["kind"], "dose": r.get("dose"),
                                 "start": r.get("start"), "end": r.get("end"), "outcome": r.get("outcome"),
                                 "outcome_class": r["oc"], "source": src(fn, pg, line)})
    for name, score, date, key in case["scales"]:
        fn, pg, line = find_line(case, key)
        if not re.search(r"(?<!\d)%s(?!\d)" % score, line):
            failures.append("%s: score %s not in %r" % (slug, score, line))
        if date and not any(form in line for form in date_forms(date)) and not case.get("date_in_header", {}).get(key):
            failures.append("%s: scale date %s not in %r" % (slug, date, line))
        truth["scales"].append({"name": name, "score": score, "date": date, "source": src(fn, pg, line)})
    for code, key in case["dx"]:
        fn, pg, line = find_line(case, key)
        if code not in line:
            failures.append("%s: code %s not in %r" % (slug, code, line))
        truth["diagnoses"].append({"code": code, "source": src(fn, pg, line)})
    if case["si"]:
        level, key = case["si"]
        assert level in ("none", "passive", "active", "attempt")
        fn, pg, line = find_line(case, key)
        truth["suicidality"] = {"level": level, "source": src(fn, pg, line)}
    for bad in re.findall(r"(?<!\d)(?:\(\d{3}\) |1-\d{3}-|\d{3}-)?555-\d{4}", corpus):
        if not re.match(r"(\(\d{3}\) |1-\d{3}-|\d{3}-)555-01\d\d", bad):
            failures.append("%s: bad phone %r" % (slug, bad))
    for m in re.findall(r"[\w.]+@[\w.]+", corpus):
        if not m.endswith(".example"):
            failures.append("%s: e-mail not .example: %s" % (slug, m))
    with open(os.path.join(HERE, slug + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return truth


def main():
    failures = []
    tot = {"rows": 0, "scales": 0, "dx": 0, "si": 0, "null": 0}
    classes, kinds = {}, {}
    slugs = [c["slug"] for c in C.CASES]
    assert len(set(slugs)) == len(slugs) == 12
    for case in C.CASES:
        t = build_case(case, failures)
        tot["rows"] += len(t["history"])
        tot["scales"] += len(t["scales"])
        tot["dx"] += len(t["diagnoses"])
        tot["si" if t["suicidality"] else "null"] += 1
        for r in t["history"]:
            classes[r["outcome_class"]] = classes.get(r["outcome_class"], 0) + 1
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    for f in failures:
        print("FAIL:", f)
    print("%d cases, %d history rows, %d scale rows, %d diagnosis codes, %d suicidality set, %d null, %d failures"
          % (len(C.CASES), tot["rows"], tot["scales"], tot["dx"], tot["si"], tot["null"], len(failures)))
    print("outcome classes:", dict(sorted(classes.items(), key=lambda kv: -kv[1])))
    print("kinds:", dict(sorted(kinds.items(), key=lambda kv: -kv[1])))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
