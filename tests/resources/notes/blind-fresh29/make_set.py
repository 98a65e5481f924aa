#!/usr/bin/env python3
"""Build and check blind set 29 (FICTIONAL clinical records for appeal-kit `notes`).

Usage: python make_set.py [OUTDIR]   (default: this folder). Deterministic; exits 1 on any failure.
"""
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
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype/liberation2"
SANS = os.path.join(FONTDIR, "LiberationSans-Regular.ttf")
SANS_B = os.path.join(FONTDIR, "LiberationSans-Bold.ttf")
SERIF_I = os.path.join(FONTDIR, "LiberationSerif-Italic.ttf")
pdfmetrics.registerFont(TTFont("LS", SANS))
pdfmetrics.registerFont(TTFont("LSB", SANS_B))

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": 27, "MADRS": 60, "HAM-D": 52, "GAD-7": 21, "C-SSRS": 25, "pain NRS": 10}
LEVELS = {"none", "passive", "active", "attempt", None}
ROW_KEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
FAILS = []


def fail(case, msg):
    FAILS.append(f"{case}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def line_text(line):
    """What a reader gets from one model line (a table row: its non-empty cells joined by single spaces)."""
    if line.startswith("|"):
        return " ".join(c.strip() for c in line[1:].split("|") if c.strip())
    if line.startswith("# ") or line.startswith("! "):
        return line[2:]
    return line


def page_text(page):
    return norm(" ".join(line_text(x) for x in page if x))


# ------------------------------------------------------------------ PDF with a text layer
W, H = letter
MARGIN = 0.75 * inch
FRAME_W = W - 2 * MARGIN


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_pdf(path, pages, case):
    body = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12.5, spaceAfter=4)
    head = ParagraphStyle("h", fontName="LSB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
    story = []
    for pi, page in enumerate(pages):
        i = 0
        while i < len(page):
            line = page[i]
            if line.startswith("|"):
                rows = []
                while i < len(page) and page[i].startswith("|"):
                    rows.append([c.strip() for c in page[i][1:].split("|")])
                    i += 1
                story.append(make_table(rows, case))
                continue
            if line.startswith("# "):
                if pdfmetrics.stringWidth(line[2:], "LSB", 11) > FRAME_W:
                    fail(case, f"PDF heading too wide: {line[:40]}")
                story.append(Paragraph(esc(line[2:]), head))
            elif line:
                story.append(Paragraph(esc(line), body))
            i += 1
        if pi < len(pages) - 1:
            story.append(PageBreak())
    n = len(pages)

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("LS", 8)
        canv.drawCentredString(W / 2, 0.45 * inch, f"FICTIONAL - Page {doc.page} of {n}")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, invariant=1, title="FICTIONAL sample record", author="FICTIONAL")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def make_table(rows, case):
    fs, pad = 7.4, 3
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    widths = [max(pdfmetrics.stringWidth(r[c], "LSB" if k == 0 else "LS", fs) for k, r in enumerate(rows)) + 2 * pad
              + 1 for c in range(ncol)]
    if sum(widths) > FRAME_W:
        fail(case, f"PDF table too wide ({sum(widths):.0f} > {FRAME_W:.0f}): {rows[0]}")
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", fs), ("FONT", (0, 0), (-1, 0), "LSB", fs),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                           ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


# ------------------------------------------------------------------ DOCX
FIXED_ZIP_TIME = (2026, 11, 30, 12, 0, 0)


def build_docx(path, pages, case):
    import datetime
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "FICTIONAL SAMPLE RECORD - not a real person - FICTIONAL"
    for page in pages:
        i = 0
        while i < len(page):
            line = page[i]
            if line.startswith("|"):
                rows = []
                while i < len(page) and page[i].startswith("|"):
                    rows.append([c.strip() for c in page[i][1:].split("|")])
                    i += 1
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c, val in enumerate(row):
                        t.cell(r, c).text = val
                continue
            if line.startswith("# "):
                d.add_heading(line[2:], level=2)
            elif line:
                d.add_paragraph(line)
            i += 1
    cp = d.core_properties
    fixed = datetime.datetime(2026, 11, 30, 12, 0, 0)
    cp.author = "FICTIONAL"
    cp.last_modified_by = "FICTIONAL"
    cp.title = "FICTIONAL sample record"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))


def read_docx(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" ".join(c.text.strip() for c in row.cells if c.text.strip()))
    header = " ".join(p.text for p in d.sections[0].header.paragraphs)
    return norm(" ".join(parts)), header


# ------------------------------------------------------------------ TXT
def build_txt(path, pages):
    out = []
    for line in pages[0]:
        if line.startswith("# "):
            out += ["", line[2:], "-" * len(line[2:])]
        elif not line:
            out.append("")
        else:
            out += textwrap.wrap(line, 112, subsequent_indent="    ", break_long_words=False,
                                 break_on_hyphens=False)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).lstrip("\n") + "\n")


# ------------------------------------------------------------------ handwriting: scan and photos
def hand_lines(draw, lines, x0, y0, width, rng, printed_font, hand_font, ink, lead_p, lead_h):
    """Printed labels ('! ') and handwriting; a handwritten line too long for the page goes on to the next."""
    y = y0
    for line in lines:
        if line.startswith("! "):
            if draw.textlength(line[2:], font=printed_font) > width:
                raise ValueError(f"printed line too wide: {line[:40]}")
            draw.text((x0, y), line[2:], font=printed_font, fill=(25, 25, 25))
            y += lead_p
            continue
        x = x0 + 30 + rng.randint(-6, 6)
        for word in line.split(" "):
            wlen = draw.textlength(word, font=hand_font)
            if x + wlen > x0 + width:
                y += lead_h + rng.randint(-3, 3)
                x = x0 + 60 + rng.randint(-6, 6)
            dy = rng.randint(-2, 2)
            shade = tuple(max(0, min(255, c + rng.randint(-18, 18))) for c in ink)
            draw.text((x, y + dy), word, font=hand_font, fill=shade)
            x += wlen + draw.textlength(" ", font=hand_font) + rng.randint(-1, 3)
        y += lead_h + rng.randint(-3, 3)
    return y


def build_scan(path, pages, seed):
    rng = random.Random(seed)
    img = Image.new("RGB", (1700, 2200), (250, 249, 244))
    dr = ImageDraw.Draw(img)
    pf = ImageFont.truetype(SANS, 30)
    hf = ImageFont.truetype(SERIF_I, 44)
    for y in range(160, 2100, 86):
        dr.line([(120, y + 60), (1580, y + 60)], fill=(205, 210, 222), width=2)
    y = hand_lines(dr, pages[0], 130, 150, 1440, rng, pf, hf, (30, 40, 120), 54, 72)
    if y > 2120:
        raise ValueError(f"scan overflows its page ({y})")
    for _ in range(1800):
        x, y = rng.randint(0, 1699), rng.randint(0, 2199)
        g = rng.randint(120, 200)
        dr.point((x, y), fill=(g, g, g))
    img = img.rotate(0.4, resample=Image.BICUBIC, fillcolor=(250, 249, 244)).filter(ImageFilter.GaussianBlur(0.7))
    img = img.convert("L")
    import time
    fixed = time.strptime("2026-11-17 09:00:00", "%Y-%m-%d %H:%M:%S")
    img.save(path, "PDF", resolution=200.0, creationDate=fixed, modDate=fixed, title="FICTIONAL scan",
             author="FICTIONAL", producer="FICTIONAL", creator="FICTIONAL")


def build_photo(path, page, seed):
    rng = random.Random(seed)
    paper = Image.new("RGB", (1500, 1900), (246, 244, 236))
    dr = ImageDraw.Draw(paper)
    pf = ImageFont.truetype(SANS_B, 28)
    hf = ImageFont.truetype(SERIF_I, 46)
    y = hand_lines(dr, page, 90, 90, 1330, rng, pf, hf, (20, 45, 150), 80, 100)
    if y > 1860:
        raise ValueError(f"photo overflows its page ({y})")
    desk = Image.new("RGB", (1700, 2150), (58, 44, 36))
    paper = paper.rotate(-1.0, resample=Image.BICUBIC, expand=True, fillcolor=(58, 44, 36))
    desk.paste(paper, (80, 90))
    # light falling off toward the bottom
    shade = Image.linear_gradient("L").resize(desk.size)
    dark = Image.new("RGB", desk.size, (0, 0, 0))
    desk = Image.composite(dark, desk, shade.point(lambda v: int(v * 0.28)))
    desk = desk.filter(ImageFilter.GaussianBlur(1.1))
    desk.save(path, "JPEG", quality=85, optimize=False)


# ------------------------------------------------------------------ checks
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
CODE_RE = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")


def ok_date(case, what, v):
    if v is None:
        return True
    m = DATE_RE.match(v)
    if not m:
        fail(case, f"{what}: bad date {v!r}")
        return False
    if m.group(2) and not 1 <= int(m.group(2)) <= 12:
        fail(case, f"{what}: bad month {v!r}")
        return False
    if m.group(3) and not 1 <= int(m.group(3)) <= 31:
        fail(case, f"{what}: bad day {v!r}")
        return False
    return True


def check_truth(c, truth, texts):
    slug = c["slug"]
    if list(truth) != ["_note", "history", "scales", "diagnoses", "suicidality"]:
        fail(slug, f"truth keys {list(truth)}")
    if not truth["_note"].startswith("FICTIONAL"):
        fail(slug, "_note does not start with FICTIONAL")

    def src_ok(what, src):
        if list(src) != ["file", "page", "text"]:
            fail(slug, f"{what}: source keys {list(src)}")
        key = (src["file"], src["page"])
        if key not in texts:
            fail(slug, f"{what}: no page {key}")
            return False
        for label, t in texts[key]:
            if norm(src["text"]) not in t:
                fail(slug, f"{what}: span not on {key} in {label}: {src['text'][:60]!r}")
                return False
        return True

    for i, r in enumerate(truth["history"]):
        w = f"history[{i}] {r['name']}"
        if list(r) != ROW_KEYS:
            fail(slug, f"{w}: keys {list(r)}")
        if r["kind"] not in KINDS:
            fail(slug, f"{w}: kind {r['kind']}")
        if r["outcome_class"] not in OCS:
            fail(slug, f"{w}: outcome_class {r['outcome_class']}")
        if ok_date(slug, w, r["start"]) and ok_date(slug, w, r["end"]) and r["start"] and r["end"]:
            n = min(len(r["start"]), len(r["end"]))
            if r["start"][:n] > r["end"][:n]:
                fail(slug, f"{w}: start after end")
        src_ok(w, r["source"])
    for i, s in enumerate(truth["scales"]):
        w = f"scales[{i}] {s['name']}"
        if list(s) != ["name", "score", "date", "source"]:
            fail(slug, f"{w}: keys {list(s)}")
        if s["name"] not in SCALES:
            fail(slug, f"{w}: not a contract scale")
        elif not isinstance(s["score"], int) or not 0 <= s["score"] <= SCALES[s["name"]]:
            fail(slug, f"{w}: score {s['score']} out of range")
        if not re.search(rf"(?<![\d.]){s['score']}(?![\d.])", s["source"]["text"]) and \
                not re.search(rf"(?<![\d.]){s['score']}(?=\.?$|\.\s|/)", s["source"]["text"]):
            fail(slug, f"{w}: score {s['score']} not in its span")
        ok_date(slug, w, s["date"])
        src_ok(w, s["source"])
    seen = set()
    for i, d in enumerate(truth["diagnoses"]):
        w = f"diagnoses[{i}] {d['code']}"
        if not CODE_RE.match(d["code"]):
            fail(slug, f"{w}: not ICD-10-CM shaped")
        if d["code"] in seen:
            fail(slug, f"{w}: twice")
        seen.add(d["code"])
        if d["code"] not in d["source"]["text"]:
            fail(slug, f"{w}: code not in its span")
        src_ok(w, d["source"])
    su = truth["suicidality"]
    if su["level"] not in LEVELS:
        fail(slug, f"suicidality level {su['level']}")
    if su["level"] is None:
        if su["source"] is not None:
            fail(slug, "null level with a source")
    else:
        src_ok("suicidality", su["source"])


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout


def build_case(c, out, seed):
    slug = c["slug"]
    cdir = os.path.join(out, slug, "clinical")
    os.makedirs(cdir)
    texts = {}
    for fname, fmt, pages in c["docs"]:
        path = os.path.join(cdir, fname)
        model = [page_text(p) for p in pages]
        if "ficti" not in model[0]:
            fail(slug, f"{fname}: no FICTIONAL on its first page")
        for pn, t in enumerate(model, 1):
            texts[(fname, pn)] = [("model", t)]
        if fmt == "pdf":
            build_pdf(path, pages, slug)
            info = run(["pdfinfo", path])
            m = re.search(r"Pages:\s+(\d+)", info)
            if not m or int(m.group(1)) != len(pages):
                fail(slug, f"{fname}: {m and m.group(1)} pages, expected {len(pages)}")
            for pn in range(1, len(pages) + 1):
                t = norm(run(["pdftotext", "-layout", "-f", str(pn), "-l", str(pn), path, "-"]))
                texts[(fname, pn)].append(("pdftotext", t))
                if pn == 1 and "ficti" not in t:
                    fail(slug, f"{fname}: pdftotext finds no FICTIONAL on page 1")
        elif fmt == "docx":
            build_docx(path, pages, slug)
            t, header = read_docx(path)
            texts[(fname, 1)].append(("python-docx", t))
            if "FICTIONAL" not in header:
                fail(slug, f"{fname}: header lacks FICTIONAL")
        elif fmt == "txt":
            build_txt(path, pages)
            with open(path, encoding="utf-8") as f:
                texts[(fname, 1)].append(("file", norm(f.read())))
        elif fmt == "scan":
            build_scan(path, pages, seed)
            if norm(run(["pdftotext", path, "-"])):
                fail(slug, f"{fname}: scan has a text layer")
            info = run(["pdfinfo", path])
            if not re.search(r"Pages:\s+1\b", info):
                fail(slug, f"{fname}: scan is not one page")
        elif fmt == "photo":
            build_photo(path, pages[0], seed + len(fname))
            with Image.open(path) as im:
                if im.getexif():
                    fail(slug, f"{fname}: has EXIF")
        else:
            fail(slug, f"{fname}: unknown format {fmt}")
    want = sorted(d[0] for d in c["docs"])
    if sorted(os.listdir(cdir)) != want:
        fail(slug, f"clinical/ holds {sorted(os.listdir(cdir))}")
    truth = {"_note": "FICTIONAL case. " + c["note"], "history": c["history"], "scales": c["scales"],
             "diagnoses": c["diagnoses"], "suicidality": c["suicidality"]}
    check_truth(c, truth, texts)
    with open(os.path.join(out, slug + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return truth


def main():
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(out)):
        if re.match(r"^\d\d-", name):
            p = os.path.join(out, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    nums = [c["slug"][:2] for c in CASES]
    if nums != [f"{i:02d}" for i in range(1, len(CASES) + 1)]:
        fail("set", f"case numbers {nums}")
    tot = [0, 0, 0]
    for k, c in enumerate(CASES):
        before = len(FAILS)
        t = build_case(c, out, 2900 + k)
        tot[0] += len(t["history"])
        tot[1] += len(t["scales"])
        tot[2] += len(t["diagnoses"])
        print(f"{c['slug']}: {len(t['history'])} rows, {len(t['scales'])} scales, {len(t['diagnoses'])} codes, "
              f"suicidality {t['suicidality']['level']}, {len(FAILS) - before} failures")
    for f in FAILS:
        print("FAIL", f)
    print(f"{len(CASES)} cases, {tot[0]} history rows, {tot[1]} scale rows, {tot[2]} diagnosis codes, "
          f"{len(FAILS)} failures")
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
