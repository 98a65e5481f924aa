#!/usr/bin/env python3
"""FICTIONAL blind set 26 for appeal-kit `notes`: rebuild every case folder and truth file, then self-check.
Run: cd /work/notes/notes26 && /work/main/.venv/bin/python make_set.py   (exit 1 on any problem)"""
import glob, io, json, os, random, re, shutil, subprocess, sys, zipfile
from collections import Counter
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
import docx
from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
SANS = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
HAND = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
pdfmetrics.registerFont(TTFont("LibSans", SANS))
FAIL = []

def fail(msg):
    FAIL.append(msg)

def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()

def line_text(line):
    if line.startswith("|"):
        return " ".join(c.strip() for c in line[1:].split("|") if c.strip())
    return line[1:] if line.startswith("~") else line

def page_text(page):
    return "\n".join(line_text(l) for l in page)

# ---------------------------------------------------------------- renderers
def render_pdf(path, pages):
    c = canvas.Canvas(path, pagesize=(612, 792), invariant=1)
    c.setTitle("FICTIONAL sample"); c.setAuthor("notes26 (fictional)")
    for i, page in enumerate(pages, 1):
        y = 740
        for line in page:
            t = line_text(line)
            if pdfmetrics.stringWidth(t, "LibSans", 9.5) > 540:
                fail(f"{path}: line too wide: {t[:50]}")
            c.setFont("LibSans", 9.5); c.drawString(36, y, t); y -= 13
            if y < 50:
                fail(f"{path}: page {i} overflows")
        c.setFont("LibSans", 8); c.drawString(36, 30, f"FICTIONAL - Page {i} of {len(pages)}")
        c.showPage()
    c.save()

def render_docx(path, pages):
    d = docx.Document()
    d.core_properties.author = "notes26 (fictional)"; d.core_properties.title = "FICTIONAL sample"
    import datetime
    fixed = datetime.datetime(2026, 12, 6, 0, 0, 0)
    d.core_properties.created = fixed; d.core_properties.modified = fixed; d.core_properties.last_modified_by = "notes26"
    d.sections[0].header.paragraphs[0].text = "FICTIONAL SAMPLE - not a real record"
    table = None
    for line in pages[0]:
        if line.startswith("|"):
            cells = [c.strip() for c in line[1:].split("|")]
            if table is None:
                table = d.add_table(rows=0, cols=len(cells)); table.style = "Table Grid"
            row = table.add_row()
            for cell, t in zip(row.cells, cells):
                cell.text = t
        else:
            table = None
            if len(line) < 60 and not line.endswith(".") and not line.startswith(("Patient", "FICTIONAL", "Procedure")):
                d.add_heading(line, level=2)
            else:
                d.add_paragraph(line)
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 6, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))

def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for s in d.sections for p in s.header.paragraphs] + [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" ".join(c.text for c in r.cells if c.text.strip()))
    return "\n".join(parts)

def render_txt(path, pages):
    for l in pages[0]:
        if len(l) > 115:
            fail(f"{path}: line longer than 115: {l[:40]}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page_text(pages[0]) + "\n")

def render_scan(path, pages, seed):
    rnd = random.Random(seed)
    W, H = 1700, 2200
    img = Image.new("L", (W, H), 248)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(MONO, 27)
    y = 140
    for line in pages[0]:
        t = line_text(line)
        if dr.textlength(t, font=font) > W - 200:
            fail(f"{path}: scan line too wide: {t[:40]}")
        dr.text((100 + rnd.randint(-2, 2), y + rnd.randint(-1, 1)), t, font=font, fill=rnd.randint(10, 60))
        y += 52
    for _ in range(2500):
        x, yy = rnd.randrange(W), rnd.randrange(H); dr.point((x, yy), fill=rnd.randint(120, 200))
    img = img.rotate(0.4, resample=Image.BICUBIC, fillcolor=248).filter(ImageFilter.GaussianBlur(0.6))
    img.save(path, "PDF", resolution=200, creationDate=None, modDate=None, producer="notes26 (fictional)")

def render_photo(path, pages, seed):
    rnd = random.Random(seed)
    W = 1300
    lines = pages[0]
    H = 120 + 70 * len(lines)
    page = Image.new("RGB", (W, H), (246, 239, 222))
    dr = ImageDraw.Draw(page)
    sans, hand = ImageFont.truetype(SANS, 30), ImageFont.truetype(HAND, 40)
    y = 60
    for line in lines:
        if line.startswith("~"):
            t = line[1:]; f, col = hand, (25, 40, 120)
        else:
            t = line; f, col = sans, (30, 30, 30)
        if dr.textlength(t, font=f) > W - 100:
            fail(f"{path}: photo line too wide: {t[:40]}")
        dr.text((50 + rnd.randint(-3, 3), y + rnd.randint(-2, 2)), t, font=f, fill=col)
        y += 70
    # light falling off toward the bottom
    shade = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - v // 5)
    page = Image.composite(page, Image.new("RGB", (W, H), (0, 0, 0)), shade)
    desk = Image.new("RGB", (W + 160, H + 160), (52, 40, 33))
    page = page.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True, fillcolor=(52, 40, 33))
    desk.paste(page, (60, 60))
    desk.filter(ImageFilter.GaussianBlur(0.8)).save(path, "JPEG", quality=88)

# ---------------------------------------------------------------- build
def build():
    for p in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    for n, case in enumerate(CASES, 1):
        folder = os.path.join(HERE, case["slug"]); os.makedirs(folder)
        for fname, fmt, pages in case["docs"]:
            path = os.path.join(folder, fname)
            {"pdf": lambda: render_pdf(path, pages), "docx": lambda: render_docx(path, pages),
             "txt": lambda: render_txt(path, pages), "scan": lambda: render_scan(path, pages, n),
             "jpg": lambda: render_photo(path, pages, n * 10 + len(fname))}[fmt]()
        truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
        with open(os.path.join(HERE, case["slug"] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False); f.write("\n")

# ---------------------------------------------------------------- check
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": 27, "MADRS": 60, "HAM-D": 52, "GAD-7": 21, "C-SSRS": 5, "pain NRS": 10}
LEVELS = {"none", "passive", "active", "attempt"}
HKEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]

def date_ok(d):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d or "")
    if not m or (m.group(3) and not m.group(2)):
        return False
    mo, dy = int(m.group(2) or 1), int(m.group(3) or 1)
    return 1 <= mo <= 12 and 1 <= dy <= 31

def extracted(case_dir, fname, fmt, page, model_pages):
    path = os.path.join(case_dir, fname)
    texts = [page_text(model_pages[page - 1])] if 1 <= page <= len(model_pages) else []
    if fmt == "pdf":
        texts.append(subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-"],
                                    capture_output=True, text=True).stdout)
    elif fmt == "docx":
        texts.append(docx_text(path))
    elif fmt == "txt":
        texts.append(open(path, encoding="utf-8").read())
    return texts

def check():
    counts = Counter()
    for case in CASES:
        slug = case["slug"]; cdir = os.path.join(HERE, slug)
        docs = {f: (fmt, pages) for f, fmt, pages in case["docs"]}
        truth = json.load(open(os.path.join(HERE, slug + ".truth.json"), encoding="utf-8"))
        if list(truth) != ["_note", "history", "scales", "diagnoses", "suicidality"]:
            fail(f"{slug}: truth keys {list(truth)}")
        if not truth["_note"].startswith("FICTIONAL"):
            fail(f"{slug}: _note must start with FICTIONAL")
        for f, (fmt, pages) in docs.items():
            path = os.path.join(cdir, f)
            if not os.path.exists(path):
                fail(f"{slug}: {f} missing"); continue
            if "FICTI" not in page_text(pages[0]).upper():
                fail(f"{slug}: {f} first page does not say FICTIONAL")
            if fmt in ("pdf", "scan"):
                info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
                n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
                if n != len(pages):
                    fail(f"{slug}: {f} has {n} pages, model {len(pages)}")
            if fmt == "scan":
                if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                    fail(f"{slug}: scan {f} has a text layer")
        def src_ok(what, src):
            f, p, t = src.get("file"), src.get("page"), src.get("text")
            if f not in docs:
                fail(f"{slug}: {what}: unknown file {f}"); return
            fmt, pages = docs[f]
            for txt in extracted(cdir, f, fmt, p, pages) or [""]:
                if norm(t) not in norm(txt):
                    fail(f"{slug}: {what}: span not on {f} p.{p} ({fmt}): {t[:60]}")
                    return
        for i, r in enumerate(truth["history"]):
            what = f"history[{i}] {r.get('name')}"
            if list(r) != HKEYS:
                fail(f"{slug}: {what}: keys {list(r)}")
            if r["kind"] not in KINDS: fail(f"{slug}: {what}: kind {r['kind']}")
            if r["outcome_class"] not in CLASSES: fail(f"{slug}: {what}: class {r['outcome_class']}")
            for k in ("start", "end"):
                if r[k] is not None and not date_ok(r[k]): fail(f"{slug}: {what}: bad {k} {r[k]}")
            if r["start"] is None: fail(f"{slug}: {what}: no start")
            if r["start"] and r["end"] and r["start"][:len(r["end"])] > r["end"][:len(r["start"])]:
                fail(f"{slug}: {what}: start after end")
            src_ok(what, r["source"])
            counts["kind:" + r["kind"]] += 1; counts["class:" + r["outcome_class"]] += 1
        for i, s in enumerate(truth["scales"]):
            what = f"scale[{i}] {s['name']}"
            if s["name"] not in SCALES: fail(f"{slug}: {what}: unknown scale")
            elif not (isinstance(s["score"], int) and 0 <= s["score"] <= SCALES[s["name"]]): fail(f"{slug}: {what}: score")
            if not date_ok(s["date"]): fail(f"{slug}: {what}: date {s['date']}")
            if not re.search(r"(?<!\d)%d(?!\d)" % s["score"], s["source"]["text"]): fail(f"{slug}: {what}: score not in span")
            src_ok(what, s["source"]); counts["scale:" + s["name"]] += 1
        codes = [d["code"] for d in truth["diagnoses"]]
        if len(codes) != len(set(codes)): fail(f"{slug}: a code twice")
        for d in truth["diagnoses"]:
            if not re.fullmatch(r"[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?", d["code"]): fail(f"{slug}: code shape {d['code']}")
            if d["code"] not in d["source"]["text"]: fail(f"{slug}: code {d['code']} not in its span")
            src_ok("diagnosis " + d["code"], d["source"])
        su = truth["suicidality"]
        if su["level"] not in LEVELS: fail(f"{slug}: suicidality level {su['level']}")
        src_ok("suicidality", su["source"]); counts["suicidality:" + su["level"]] += 1
        counts["history"] += len(truth["history"]); counts["scales"] += len(truth["scales"]); counts["codes"] += len(codes)
        print(f"{slug}: {len(truth['history'])} rows, {len(truth['scales'])} scales, {len(codes)} codes, "
              f"suicidality {su['level']}")
    for k in sorted(k for k in counts if ":" in k):
        print(f"  {k} {counts[k]}")
    return counts

if __name__ == "__main__":
    os.chdir(HERE)
    build()
    c = check()
    for m in FAIL:
        print("FAIL:", m)
    print(f"{len(CASES)} cases, {c['history']} history rows, {c['scales']} scale rows, {c['codes']} diagnosis codes, "
          f"{len(FAIL)} failures")
    sys.exit(1 if FAIL else 0)
