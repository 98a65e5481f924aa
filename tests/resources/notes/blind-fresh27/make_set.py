#!/usr/bin/env python3
"""Rebuild blind set 27 (FICTIONAL records) from cases.py, then check it. Exit 1 on any problem.

Run: cd /work/notes/notes27 && /work/main/.venv/bin/python make_set.py
"""
import datetime
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont

import cases

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = "/usr/share/fonts/truetype"
SANS = f"{FONTS}/liberation2/LiberationSans-Regular.ttf"
SANS_B = f"{FONTS}/liberation2/LiberationSans-Bold.ttf"
HAND = f"{FONTS}/liberation2/LiberationSerif-Italic.ttf"
MONO = f"{FONTS}/dejavu/DejaVuSansMono.ttf"
FIXED = datetime.datetime(2026, 12, 6, 8, 0, 0)
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {"none", "passive", "active", "attempt", None}
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def cells(line):
    return [c.strip().lstrip("~").strip() for c in line[1:].split("|")]


def model_line(line):
    if line.startswith("# "):
        return line[2:]
    if line.startswith("|"):
        return " ".join(c for c in cells(line) if c)
    return line.replace("~", "")


def model_page(lines):
    return "\n".join(model_line(l) for l in lines)


# ------------------------------------------------------------------ PDF (text layer)
def render_pdf(path, pages):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("LSans", SANS))
    pdfmetrics.registerFont(TTFont("LSansB", SANS_B))
    W, H = letter
    left, right, top, bottom, size, lead = 54, 54, 54, 60, 9.5, 12.5
    width = W - left - right
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL clinical record")
    c.setAuthor("FICTIONAL")
    n = len(pages)
    for pno, lines in enumerate(pages, 1):
        y = H - top
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("|"):
                block = []
                while i < len(lines) and lines[i].startswith("|"):
                    block.append(cells(lines[i]))
                    i += 1
                ncol = max(len(r) for r in block)
                widths = [0] * ncol
                for r in block:
                    for k, t in enumerate(r):
                        widths[k] = max(widths[k], pdfmetrics.stringWidth(t, "LSans", size))
                if sum(widths) + 14 * (ncol - 1) > width:
                    fail(f"{path}: table too wide on page {pno}")
                for ri, r in enumerate(block):
                    x = left
                    font = "LSansB" if ri == 0 else "LSans"
                    for k, t in enumerate(r):
                        c.setFont(font, size)
                        c.drawString(x, y, t)
                        x += widths[k] + 14
                    y -= lead
                continue
            if line.startswith("# "):
                c.setFont("LSansB", size + 1.5)
                y -= 3
                c.drawString(left, y, line[2:])
                if pdfmetrics.stringWidth(line[2:], "LSansB", size + 1.5) > width:
                    fail(f"{path}: heading too wide")
                y -= lead + 1
            elif line == "":
                y -= lead / 2
            else:
                c.setFont("LSans", size)
                for part in simpleSplit(line, "LSans", size, width):
                    c.drawString(left, y, part)
                    y -= lead
            i += 1
            if y < bottom:
                fail(f"{path}: page {pno} overflows")
        c.setFont("LSans", 8)
        c.drawCentredString(W / 2, 30, f"FICTIONAL - Page {pno} of {n}")
        c.showPage()
    c.save()


# ------------------------------------------------------------------ raster helpers
def wrap_px(draw, text, font, maxw):
    words, out, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= maxw:
            cur = t
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


def draw_lines(img, lines, rng, margin, fs, hand_rgb, print_rgb, grid):
    d = ImageDraw.Draw(img)
    fprint = ImageFont.truetype(SANS, fs)
    fbold = ImageFont.truetype(SANS_B, fs + 4)
    fhand = ImageFont.truetype(HAND, fs + 8)
    maxw = img.width - 2 * margin
    y = margin
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            block = []
            while i < len(lines) and lines[i].startswith("|"):
                block.append(lines[i][1:].split("|"))
                i += 1
            ncol = len(block[0])
            widths = [0] * ncol
            for r in block:
                for k, t in enumerate(r):
                    f = fhand if t.startswith("~") else fprint
                    widths[k] = max(widths[k], d.textlength(t.lstrip("~"), font=f))
            if sum(widths) + 30 * ncol > maxw:
                fail("raster table too wide")
            rowh = fs + 26
            for r in block:
                x = margin
                for k, t in enumerate(r):
                    hand = t.startswith("~")
                    f, col = (fhand, hand_rgb) if hand else (fprint, print_rgb)
                    d.text((x + 8 + rng.randint(-2, 2), y + 6 + rng.randint(-2, 2)), t.lstrip("~"), font=f, fill=col)
                    if grid:
                        d.rectangle([x, y, x + widths[k] + 24, y + rowh], outline=(90, 90, 90), width=2)
                    x += widths[k] + 24
                y += rowh
            y += 10
            continue
        if line.startswith("# "):
            d.text((margin, y), line[2:], font=fbold, fill=print_rgb)
            if d.textlength(line[2:], font=fbold) > maxw:
                fail("raster heading too wide")
            y += fs + 18
        elif line == "":
            y += fs // 2
        else:
            segs = line.split("~")
            if line.startswith("~"):
                for part in wrap_px(d, line[1:], fhand, maxw):
                    ink = tuple(max(0, v + rng.randint(-25, 10)) for v in hand_rgb)
                    d.text((margin + rng.randint(-4, 6), y + rng.randint(-2, 2)), part, font=fhand, fill=ink)
                    y += fs + 22
            elif len(segs) == 2:  # printed prompt, then handwriting
                d.text((margin, y), segs[0], font=fprint, fill=print_rgb)
                x = margin + d.textlength(segs[0], font=fprint)
                d.text((x + 6, y - 6), segs[1], font=fhand, fill=hand_rgb)
                y += fs + 16
            else:
                for part in wrap_px(d, line, fprint, maxw):
                    d.text((margin, y), part, font=fprint, fill=print_rgb)
                    y += fs + 12
        i += 1
    if y > img.height - margin:
        fail("raster page overflows")


def render_scan(path, pages, seed):
    rng = random.Random(seed)
    imgs = []
    for lines in pages:
        img = Image.new("RGB", (1700, 2200), (246, 245, 240))
        d = ImageDraw.Draw(img)
        for yy in range(330, 2100, 56):  # ruled paper
            d.line([(110, yy), (1600, yy)], fill=(200, 210, 228), width=2)
        draw_lines(img, lines, rng, 110, 30, (25, 30, 70), (20, 20, 20), False)
        for _ in range(900):
            x, y = rng.randrange(1700), rng.randrange(2200)
            g = rng.randint(90, 180)
            d.point((x, y), fill=(g, g, g))
        img = img.rotate(0.4, resample=Image.BICUBIC, fillcolor=(246, 245, 240))
        img = img.filter(ImageFilter.GaussianBlur(0.7)).convert("L")
        imgs.append(img)
    imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:], title="FICTIONAL scan",
                 author="FICTIONAL", creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())


def render_photo(path, lines, seed):
    rng = random.Random(seed)
    paper = Image.new("RGB", (1800, 2000), (250, 247, 238))
    draw_lines(paper, lines, rng, 80, 30, (30, 50, 160), (25, 25, 25), True)
    shade = Image.new("L", paper.size)
    sd = ImageDraw.Draw(shade)
    for yy in range(paper.height):
        sd.line([(0, yy), (paper.width, yy)], fill=int(255 - 55 * yy / paper.height))
    dark = Image.new("RGB", paper.size, (0, 0, 0))
    paper = Image.composite(paper, dark, shade)
    bg = Image.new("RGB", (2000, 2200), (52, 40, 33))
    paper = paper.rotate(1.0, resample=Image.BICUBIC, expand=True, fillcolor=(52, 40, 33))
    bg.paste(paper, (60, 60))
    bg = bg.filter(ImageFilter.GaussianBlur(0.9))
    bg.save(path, "JPEG", quality=88)


# ------------------------------------------------------------------ DOCX and TXT
def render_docx(path, lines):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "FICTIONAL RECORD - for software testing only"
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            block = []
            while i < len(lines) and lines[i].startswith("|"):
                block.append(cells(lines[i]))
                i += 1
            t = doc.add_table(rows=len(block), cols=len(block[0]))
            t.style = "Table Grid"
            for r, row in enumerate(block):
                for k, txt in enumerate(row):
                    t.cell(r, k).text = txt
            continue
        if line.startswith("# "):
            doc.add_heading(line[2:], level=2)
        elif line:
            doc.add_paragraph(line)
        i += 1
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "FICTIONAL"
    cp.title = "FICTIONAL clinical record"
    cp.created = cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 6, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def docx_text(path):
    import docx
    doc = docx.Document(path)
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.append(" ".join(c.text for c in row.cells if c.text))
    return "\n".join(parts)


def render_txt(path, lines):
    out = []
    for line in lines:
        if line.startswith("# "):
            out += ["", line[2:], "-" * len(line[2:])]
        elif len(line) > 115:
            out += textwrap.wrap(line, 115, subsequent_indent="    ")
        else:
            out.append(line)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).lstrip("\n") + "\n")
    return "\n".join(out)


# ------------------------------------------------------------------ checks
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def ok_date(s):
    if s is None:
        return True
    if not DATE.match(s):
        return False
    p = [int(x) for x in s.split("-")]
    if len(p) > 1 and not 1 <= p[1] <= 12:
        return False
    if len(p) > 2:
        try:
            datetime.date(*p)
        except ValueError:
            return False
    return True


def pdftext(path, page):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-"],
                          capture_output=True, text=True).stdout


def pdfpages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else -1


def check_case(case, folder):
    slug = case["slug"]
    docs = {d["file"]: d for d in case["docs"]}
    got = sorted(os.listdir(os.path.join(folder, "clinical")))
    if got != sorted(docs):
        fail(f"{slug}: clinical/ holds {got}")
    readback = {}
    for name, d in docs.items():
        p = os.path.join(folder, "clinical", name)
        first = norm(model_page(d["pages"][0]))
        if "ficti" not in first:
            fail(f"{slug}/{name}: no FICTIONAL on page 1")
        if d["fmt"] in ("pdf", "scan"):
            if pdfpages(p) != len(d["pages"]):
                fail(f"{slug}/{name}: page count")
        if d["fmt"] == "scan" and pdftext(p, 1).strip():
            fail(f"{slug}/{name}: scan has a text layer")
        if d["fmt"] == "docx":
            readback[name] = norm(docx_text(p))
        if d["fmt"] == "txt":
            readback[name] = norm(open(p, encoding="utf-8").read())

    def span(src, what, must=None):
        if src is None:
            return
        f, pg, text = src.get("file"), src.get("page"), src.get("text")
        if f not in docs:
            fail(f"{slug}: {what} cites unknown file {f}")
            return
        d = docs[f]
        if not isinstance(pg, int) or not 1 <= pg <= len(d["pages"]):
            fail(f"{slug}: {what} bad page {pg}")
            return
        t = norm(text)
        if t not in norm(model_page(d["pages"][pg - 1])):
            fail(f"{slug}: {what} span not on {f} p.{pg}: {text!r}")
        if d["fmt"] == "pdf" and t not in norm(pdftext(os.path.join(folder, "clinical", f), pg)):
            fail(f"{slug}: {what} span not in pdftotext of {f} p.{pg}")
        if f in readback and t not in readback[f]:
            fail(f"{slug}: {what} span not in the written {f}")
        if must is not None and norm(must) not in t:
            fail(f"{slug}: {what}: {must!r} not in its span")

    for i, r in enumerate(case["history"], 1):
        w = f"history {i} {r['name']}"
        if list(r) != ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]:
            fail(f"{slug}: {w} keys")
        if r["kind"] not in KINDS or r["outcome_class"] not in CLASSES:
            fail(f"{slug}: {w} kind/class")
        if not (ok_date(r["start"]) and ok_date(r["end"])):
            fail(f"{slug}: {w} date shape")
        if r["start"] and r["end"] and r["start"] > r["end"][:len(r["start"])]:
            fail(f"{slug}: {w} start after end")
        span(r["source"], w)
    for i, s in enumerate(case["scales"], 1):
        w = f"scale {i} {s['name']}"
        if s["name"] not in SCALES or not isinstance(s["score"], int) or not ok_date(s["date"]):
            fail(f"{slug}: {w} name/score/date")
        hi = {"PHQ-9": 27, "GAD-7": 21, "C-SSRS": 5, "pain NRS": 10, "HAM-D": 52, "MADRS": 60}[s["name"]]
        if not 0 <= s["score"] <= hi:
            fail(f"{slug}: {w} score out of range")
        span(s["source"], w, str(s["score"]))
    seen = set()
    for dg in case["diagnoses"]:
        if not re.match(r"^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$", dg["code"]) or dg["code"] in seen:
            fail(f"{slug}: code {dg['code']}")
        seen.add(dg["code"])
        span(dg["source"], "code " + dg["code"], dg["code"])
    su = case["suicidality"]
    if su["level"] not in LEVELS or (su["level"] is None) != (su["source"] is None):
        fail(f"{slug}: suicidality")
    span(su["source"], "suicidality")
    if not case["note"].startswith("FICTIONAL"):
        fail(f"{slug}: _note")


def main():
    for n in os.listdir(HERE):
        if re.match(r"^\d\d-", n):
            p = os.path.join(HERE, n)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    slugs = [c["slug"] for c in cases.CASES]
    if len(set(slugs)) != len(slugs) or len(slugs) != 12:
        fail("case slugs")
    tot = [0, 0, 0]
    for ci, case in enumerate(cases.CASES, 1):
        folder = os.path.join(HERE, case["slug"])
        os.makedirs(os.path.join(folder, "clinical"))
        for di, d in enumerate(case["docs"]):
            p = os.path.join(folder, "clinical", d["file"])
            seed = 2700 + 10 * ci + di
            if d["fmt"] == "pdf":
                render_pdf(p, d["pages"])
            elif d["fmt"] == "scan":
                render_scan(p, d["pages"], seed)
            elif d["fmt"] == "jpg":
                render_photo(p, d["pages"][0], seed)
            elif d["fmt"] == "docx":
                render_docx(p, d["pages"][0])
            elif d["fmt"] == "txt":
                render_txt(p, d["pages"][0])
        truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
        with open(folder + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        before = len(FAIL)
        check_case(case, folder)
        print(f"{case['slug']}: {len(case['history'])} rows, {len(case['scales'])} scales, "
              f"{len(case['diagnoses'])} codes, level {case['suicidality']['level']}"
              + ("" if len(FAIL) == before else f"  [{len(FAIL) - before} failures]"))
        tot[0] += len(case["history"])
        tot[1] += len(case["scales"])
        tot[2] += len(case["diagnoses"])
    print(f"12 cases, {tot[0]} history rows, {tot[1]} scale rows, {tot[2]} diagnosis codes, {len(FAIL)} failures")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
