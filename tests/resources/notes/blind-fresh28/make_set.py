"""Rebuild blind set notes28 (ALL CONTENT FICTIONAL) and check it. Exit 1 on any problem.

    cd /work/notes/notes28 && /work/main/.venv/bin/python make_set.py
"""
import datetime
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import time
import zipfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import docx
from docx.shared import Pt

from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/liberation2"
SANS = os.path.join(FONTDIR, "LiberationSans-Regular.ttf")
SANSB = os.path.join(FONTDIR, "LiberationSans-Bold.ttf")
HAND = os.path.join(FONTDIR, "LiberationSerif-Italic.ttf")
pdfmetrics.registerFont(TTFont("LS", SANS))
pdfmetrics.registerFont(TTFont("LSB", SANSB))

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def line_text(ln):
    if ln.startswith("|"):
        return " ".join(c.strip() for c in ln[1:].split("|") if c.strip())
    if ln.startswith("# ") or ln.startswith("~ "):
        return ln[2:]
    return ln


def page_model(lines):
    return " ".join(line_text(ln) for ln in lines)


# ---------------------------------------------------------------- PDF with a text layer
def render_pdf(path, pages):
    W, H = letter
    M = 54
    TW = W - 2 * M
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample record")
    c.setAuthor("FICTIONAL")
    n = len(pages)
    for pi, lines in enumerate(pages):
        y = H - M
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("|"):
                rows = []
                while i < len(lines) and lines[i].startswith("|"):
                    rows.append([x.strip() for x in lines[i][1:].split("|")])
                    i += 1
                ncol = max(len(r) for r in rows)
                rows = [r + [""] * (ncol - len(r)) for r in rows]
                fs = 7.2
                widths = [max(pdfmetrics.stringWidth(r[k], "LSB" if ri == 0 else "LS", fs) for ri, r in enumerate(rows)) + 9
                          for k in range(ncol)]
                if sum(widths) > TW:
                    fail(f"{path}: table too wide ({sum(widths):.0f} > {TW:.0f})")
                y -= 2
                for ri, r in enumerate(rows):
                    x = M
                    for k, cell in enumerate(r):
                        c.setFont("LSB" if ri == 0 else "LS", fs)
                        c.drawString(x + 2, y - fs, cell)
                        x += widths[k]
                    y -= fs + 4
                    c.setLineWidth(0.6 if ri == 0 else 0.2)
                    c.line(M, y + 1, M + sum(widths), y + 1)
                y -= 6
                continue
            if ln.startswith("# "):
                fs, font, lead = 11, "LSB", 15
                text = ln[2:]
                y -= 4
            else:
                fs, font, lead = 9.5, "LS", 12.5
                text = ln
            words = text.split(" ")
            cur = ""
            out = []
            for w in words:
                t = (cur + " " + w) if cur else w
                if pdfmetrics.stringWidth(t, font, fs) <= TW:
                    cur = t
                else:
                    if font == "LSB":
                        fail(f"{path}: heading wider than the text: {text[:40]}")
                    out.append(cur)
                    cur = w
            out.append(cur)
            c.setFont(font, fs)
            for o in out:
                c.drawString(M, y - fs, o)
                y -= lead
            y -= 3
            i += 1
        if y < M + 20:
            fail(f"{path}: page {pi + 1} overflows")
        c.setFont("LS", 8)
        c.drawCentredString(W / 2, 30, f"FICTIONAL - Page {pi + 1} of {n}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- DOCX
FIXED = datetime.datetime(2026, 11, 30, 12, 0, 0)


def render_docx(path, pages, header):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = header
    lines = pages[0]
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([x.strip() for x in lines[i][1:].split("|")])
                i += 1
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for k in range(ncol):
                    t.cell(ri, k).text = r[k] if k < len(r) else ""
            continue
        if ln.startswith("# "):
            d.add_heading(ln[2:], level=2)
        else:
            d.add_paragraph(ln)
        i += 1
    cp = d.core_properties
    cp.author = "FICTIONAL"
    cp.last_modified_by = "FICTIONAL"
    cp.title = "FICTIONAL sample record"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def read_docx(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" ".join(c.text.strip() for c in r.cells if c.text.strip()))
    parts += [p.text for p in d.sections[0].header.paragraphs]
    return "\n".join(parts)


# ---------------------------------------------------------------- TXT
def render_txt(path, pages):
    out = []
    for ln in pages[0]:
        if ln.startswith("# "):
            out += ["", ln[2:], "-" * len(ln[2:])]
            continue
        words = ln.split(" ")
        cur = ""
        first = True
        for w in words:
            t = (cur + " " + w) if cur else w
            if len(t) <= 115:
                cur = t
            else:
                out.append(cur)
                cur = "    " + w
                first = False
        out.append(cur)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).lstrip("\n") + "\n")


# ---------------------------------------------------------------- handwriting (scan and photos)
def hand_page(lines, size, seed, ink=(25, 40, 120), paper=(250, 249, 243), ruled=True, lh=64, fsz=40):
    rnd = random.Random(seed)
    W, H = size
    img = Image.new("RGB", (W, H), paper)
    dr = ImageDraw.Draw(img)
    pf = ImageFont.truetype(SANS, 28)
    pfb = ImageFont.truetype(SANSB, 30)
    hf = ImageFont.truetype(HAND, fsz)
    left = 110
    y = 90
    if ruled:
        for yy in range(260, H - 80, lh):
            dr.line([(60, yy), (W - 60, yy)], fill=(190, 205, 228), width=2)
    for ln in lines:
        if ln.startswith("# "):
            t = ln[2:]
            f = pfb if y < 100 else pf
            if dr.textlength(t, font=f) > W - 2 * left + 60:
                fail(f"seed {seed}: printed line too wide: {t[:40]}")
            dr.text((left - 30, y), t, font=f, fill=(30, 30, 30))
            y += 50 if y < 100 else 44
            if y < 260 and ruled:
                pass
            continue
        t = ln[2:] if ln.startswith("~ ") else ln
        if dr.textlength(t, font=hf) > W - 2 * left + 40:
            fail(f"seed {seed}: handwritten line too wide: {t[:40]}")
        x = left + rnd.randint(-6, 6)
        yy = y + rnd.randint(-3, 3)
        for word in t.split(" "):
            shade = rnd.randint(-15, 15)
            col = tuple(max(0, min(255, v + shade)) for v in ink)
            dr.text((x, yy + rnd.randint(-2, 2)), word, font=hf, fill=col)
            x += dr.textlength(word + " ", font=hf) + rnd.randint(-1, 2)
        y += lh
    if y > H - 60:
        fail(f"seed {seed}: handwritten page overflows")
    return img


def render_scan(path, pages, seed):
    W, H = 1700, 2200
    img = hand_page(pages[0], (W, H), seed, lh=66, fsz=40)
    rnd = random.Random(seed + 1)
    px = img.load()
    for _ in range(2500):
        x, y = rnd.randrange(W), rnd.randrange(H)
        v = rnd.randint(90, 190)
        px[x, y] = (v, v, v)
    img = img.rotate(0.4, resample=Image.BICUBIC, fillcolor=(245, 245, 245))
    img = img.filter(ImageFilter.GaussianBlur(0.7)).convert("L")
    t = time.strptime("2026-11-14 15:00:00", "%Y-%m-%d %H:%M:%S")
    img.save(path, "PDF", resolution=200.0, title="FICTIONAL scan", author="FICTIONAL", creationDate=t, modDate=t)


def render_photo(path, lines, seed):
    W, H = 1275, 1650
    page = hand_page(lines, (W, H), seed, ink=(20, 30, 95), paper=(246, 244, 236), ruled=False, lh=72, fsz=42)
    desk = Image.new("RGB", (W + 260, H + 220), (58, 46, 38))
    rot = page.rotate(1.0, resample=Image.BICUBIC, expand=True, fillcolor=(58, 46, 38))
    desk.paste(rot, (110, 90))
    # light falling off toward the bottom right
    shade = Image.new("L", desk.size, 0)
    sd = ImageDraw.Draw(shade)
    for k in range(0, desk.size[1], 8):
        sd.rectangle([0, k, desk.size[0], k + 8], fill=int(70 * (k / desk.size[1]) ** 1.5))
    dark = Image.new("RGB", desk.size, (0, 0, 0))
    desk = Image.composite(dark, desk, shade)
    desk = desk.filter(ImageFilter.GaussianBlur(0.9))
    desk.save(path, "JPEG", quality=86, optimize=False)


# ---------------------------------------------------------------- checks
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": 27, "MADRS": 60, "HAM-D": 52, "GAD-7": 21, "C-SSRS": 5, "pain NRS": 10}
LEVELS = {"none", "passive", "active", "attempt"}
ROWKEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]


def okdate(s):
    if s is None:
        return True
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    p = [int(x) for x in s.split("-")]
    try:
        datetime.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)
    except ValueError:
        return False
    return True


def pdftext(path, page):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-"],
                          capture_output=True, text=True).stdout


def pdfpages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m.group(1)) if m else -1


def check_case(cs, base):
    slug = cs["slug"]
    cdir = os.path.join(base, slug, "clinical")
    names = sorted(os.listdir(cdir))
    want = sorted(d[0] for d in cs["docs"])
    if names != want:
        fail(f"{slug}: clinical/ holds {names}, expected {want}")
    texts = {}  # (file, page) -> list of normalized texts that must all hold the span
    for fname, fmt, pages in cs["docs"]:
        path = os.path.join(cdir, fname)
        for pi, lines in enumerate(pages, 1):
            t = [norm(page_model(lines))]
            if fmt == "pdf":
                t.append(norm(pdftext(path, pi)))
            elif fmt == "docx":
                t.append(norm(read_docx(path)))
            elif fmt == "txt":
                t.append(norm(open(path, encoding="utf-8").read()))
            texts[(fname, pi)] = t
            if pi == 1 and not all("ficti" in x for x in t):
                fail(f"{slug}/{fname}: no FICTIONAL on its first page")
        if fmt in ("pdf", "scan") and pdfpages(path) != len(pages):
            fail(f"{slug}/{fname}: pdfinfo pages {pdfpages(path)} != {len(pages)}")
        if fmt == "scan" and pdftext(path, 1).strip():
            fail(f"{slug}/{fname}: scan has a text layer")
        if fmt == "docx" and "FICTIONAL" not in docx.Document(path).sections[0].header.paragraphs[0].text:
            fail(f"{slug}/{fname}: no FICTIONAL page header")

    def span_ok(what, s):
        if s is None:
            fail(f"{slug}: {what}: no source")
            return
        key = (s["file"], s["page"])
        if key not in texts:
            fail(f"{slug}: {what}: source {key} is not a page of the case")
            return
        sp = norm(s["text"])
        for k, t in enumerate(texts[key]):
            if sp not in t:
                fail(f"{slug}: {what}: span not on {key} (reader {k}): {s['text'][:70]}")

    truth = json.load(open(os.path.join(base, slug + ".truth.json"), encoding="utf-8"))
    if list(truth) != ["_note", "history", "scales", "diagnoses", "suicidality"]:
        fail(f"{slug}: truth keys {list(truth)}")
    if not truth["_note"].startswith("FICTIONAL"):
        fail(f"{slug}: _note does not start with FICTIONAL")
    for i, r in enumerate(truth["history"]):
        w = f"history {i + 1} {r.get('name')}"
        if list(r) != ROWKEYS:
            fail(f"{slug}: {w}: keys {list(r)}")
        if r["kind"] not in KINDS:
            fail(f"{slug}: {w}: kind {r['kind']}")
        if r["outcome_class"] not in OCS:
            fail(f"{slug}: {w}: outcome_class {r['outcome_class']}")
        if not (okdate(r["start"]) and okdate(r["end"])):
            fail(f"{slug}: {w}: bad date {r['start']} {r['end']}")
        elif r["start"] and r["end"]:
            n = min(len(r["start"]), len(r["end"]))
            if r["start"][:n] > r["end"][:n]:
                fail(f"{slug}: {w}: start after end")
        if not r["name"] or r["name"] != r["name"].strip():
            fail(f"{slug}: {w}: name")
        span_ok(w, r["source"])
    for i, s in enumerate(truth["scales"]):
        w = f"scale {i + 1} {s['name']}"
        if s["name"] not in SCALES:
            fail(f"{slug}: {w}: not a contract scale")
        elif not isinstance(s["score"], int) or not 0 <= s["score"] <= SCALES[s["name"]]:
            fail(f"{slug}: {w}: score {s['score']}")
        if not re.search(r"(?<![\d/.])%d(?![\d])" % s["score"], s["source"]["text"]):
            fail(f"{slug}: {w}: score not written in its span")
        if not okdate(s["date"]):
            fail(f"{slug}: {w}: bad date {s['date']}")
        span_ok(w, s["source"])
    codes = [d["code"] for d in truth["diagnoses"]]
    if len(codes) != len(set(codes)):
        fail(f"{slug}: a code twice")
    for d in truth["diagnoses"]:
        if not re.fullmatch(r"[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?", d["code"]):
            fail(f"{slug}: code {d['code']} not ICD-10-CM shaped")
        if d["code"].casefold() not in norm(d["source"]["text"]):
            fail(f"{slug}: code {d['code']} not in its span")
        span_ok("diagnosis " + d["code"], d["source"])
    su = truth["suicidality"]
    if su["level"] is None:
        if su["source"] is not None:
            fail(f"{slug}: null level with a source")
    else:
        if su["level"] not in LEVELS:
            fail(f"{slug}: level {su['level']}")
        span_ok("suicidality", su["source"])
    print(f"{slug}: {len(truth['history'])} rows, {len(truth['scales'])} scales, {len(codes)} codes, "
          f"suicidality {su['level']}")
    return len(truth["history"]), len(truth["scales"]), len(codes)


def build(base):
    for n in os.listdir(base):
        if re.match(r"\d\d-", n):
            p = os.path.join(base, n)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    slugs = [c["slug"] for c in CASES]
    if len(set(slugs)) != len(slugs) or slugs != sorted(slugs):
        fail("case slugs not unique or not in order")
    for ci, cs in enumerate(CASES, 1):
        cdir = os.path.join(base, cs["slug"], "clinical")
        os.makedirs(cdir)
        for di, (fname, fmt, pages) in enumerate(cs["docs"]):
            path = os.path.join(cdir, fname)
            if fmt == "pdf":
                render_pdf(path, pages)
            elif fmt == "docx":
                render_docx(path, pages, "FICTIONAL SAMPLE - fictional patient, fictional clinic - not a real record")
            elif fmt == "txt":
                render_txt(path, pages)
            elif fmt == "scan":
                render_scan(path, pages, 2800 + ci)
            elif fmt == "photo":
                render_photo(path, pages[0], 2800 + ci * 10 + di)
            else:
                fail(f"unknown format {fmt}")
        truth = {"_note": cs["note"], "history": cs["history"], "scales": cs["scales"],
                 "diagnoses": cs["diagnoses"], "suicidality": cs["suicidality"]}
        with open(os.path.join(base, cs["slug"] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else HERE
    build(base)
    th = ts = td = 0
    for cs in CASES:
        h, s, d = check_case(cs, base)
        th, ts, td = th + h, ts + s, td + d
    print(f"{len(CASES)} cases, {th} history rows, {ts} scale rows, {td} diagnosis codes, {len(FAIL)} failures")
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
