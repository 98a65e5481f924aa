"""Rebuild notes30 (blind set 30, FICTIONAL records) and check it.

    /work/main/.venv/bin/python make_set.py [OUTDIR]

Deletes every NN-* case folder and NN-*.truth.json in OUTDIR (default: this folder), writes them again from
cases.py, then checks the set; prints one line a case and a total, exits 1 on any failure.
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
import textwrap
import zipfile
from xml.sax.saxutils import escape

import reportlab.rl_config

reportlab.rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer,  # noqa: E402
                                Table, TableStyle)
from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

LIB = "/usr/share/fonts/truetype/liberation2/"
URW = "/usr/share/fonts/opentype/urw-base35/"
pdfmetrics.registerFont(TTFont("LS", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", LIB + "LiberationSans-Bold.ttf"))

FAIL = []
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": 27, "MADRS": 60, "HAM-D": 52, "GAD-7": 21, "C-SSRS": 25, "pain NRS": 10}
LEVELS = {"none", "passive", "active", "plan", "intent", "attempt"}
ROW_KEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
FIXED = datetime.datetime(2026, 12, 6, 12, 0, 0)


def fail(case, msg):
    FAIL.append(f"{case}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def line_text(ln):
    if ln.startswith("# "):
        return ln[2:]
    if ln.startswith("|"):
        return " ".join(c for c in cells(ln) if c)
    if ln.startswith("~"):
        return ln[1:].strip()
    return ln


def model_text(page):
    return norm(" ".join(line_text(ln) for ln in page))


# ---------------------------------------------------------------- PDF with a text layer
W, H = letter
MARGIN = 54
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12.2, spaceAfter=4)
HEAD = ParagraphStyle("h", fontName="LSB", fontSize=10.5, leading=13, spaceBefore=5, spaceAfter=4)
TFONT = 7.6


def make_pdf(slug, path, pages):
    width = W - 2 * MARGIN
    n = len(pages)
    story = []
    for pi, page in enumerate(pages):
        i = 0
        while i < len(page):
            ln = page[i]
            if ln.startswith("|"):
                rows = []
                while i < len(page) and page[i].startswith("|"):
                    rows.append(cells(page[i]))
                    i += 1
                ncol = max(len(r) for r in rows)
                rows = [r + [""] * (ncol - len(r)) for r in rows]
                colw = []
                for c in range(ncol):
                    colw.append(max(pdfmetrics.stringWidth(r[c], "LSB" if k == 0 else "LS", TFONT)
                                    for k, r in enumerate(rows)) + 8)
                if sum(colw) > width:
                    fail(slug, f"{os.path.basename(path)} p.{pi + 1}: table wider than the page ({sum(colw):.0f} > {width:.0f})")
                t = Table(rows, colWidths=colw, hAlign="LEFT")
                t.setStyle(TableStyle([
                    ("FONT", (0, 0), (-1, -1), "LS", TFONT), ("FONT", (0, 0), (-1, 0), "LSB", TFONT),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
                story += [t, Spacer(1, 5)]
                continue
            if ln.startswith("# "):
                txt = ln[2:]
                if pdfmetrics.stringWidth(txt, "LSB", HEAD.fontSize) > width:
                    fail(slug, f"{os.path.basename(path)} p.{pi + 1}: heading wider than the page: {txt[:40]}")
                story.append(Paragraph(escape(txt), HEAD))
            else:
                story.append(Paragraph(escape(ln), BODY))
            i += 1
        if pi < n - 1:
            story.append(PageBreak())

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("LS", 7.5)
        canv.drawCentredString(W / 2, 30, f"FICTIONAL - Page {doc.page} of {n}")
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title="FICTIONAL sample record", author="notes30 (fictional)",
                          creator="notes30 make_set.py", invariant=1)
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(MARGIN, MARGIN, width, H - 2 * MARGIN, id="f")],
                                       onPage=footer)])
    doc.build(story)


# ---------------------------------------------------------------- DOCX
def make_docx(path, pages, header):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = header
    for page in pages:
        i = 0
        while i < len(page):
            ln = page[i]
            if ln.startswith("|"):
                rows = []
                while i < len(page) and page[i].startswith("|"):
                    rows.append(cells(page[i]))
                    i += 1
                ncol = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c, val in enumerate(row):
                        t.cell(r, c).text = val
                        if r == 0:
                            for run in t.cell(r, c).paragraphs[0].runs:
                                run.bold = True
                d.add_paragraph("")
                continue
            if ln.startswith("# "):
                d.add_heading(ln[2:], level=2)
            else:
                d.add_paragraph(ln)
            i += 1
    cp = d.core_properties
    cp.author = "notes30 writer (FICTIONAL sample)"
    cp.title = "FICTIONAL sample record"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "notes30"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 6, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" ".join(c.text for c in row.cells if c.text))
    header = " ".join(p.text for p in d.sections[0].header.paragraphs)
    return norm(" ".join(parts)), header


# ---------------------------------------------------------------- TXT
def make_txt(slug, path, pages):
    out = []
    for page in pages:
        for ln in page:
            if ln.startswith("|"):
                fail(slug, "TXT has a table row (not supported)")
            if ln.startswith("# "):
                out += ["", ln[2:], "=" * len(ln[2:])]
            else:
                out += textwrap.wrap(ln, 112, subsequent_indent="    ", break_long_words=False,
                                     break_on_hyphens=False)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).lstrip("\n") + "\n")


# ---------------------------------------------------------------- handwriting on paper
def hand_words(draw, x, y, text, font, rng, ink, jit):
    for w in text.split(" "):
        if not w:
            x += font.getlength(" ")
            continue
        dy = rng.uniform(-jit, jit)
        c = tuple(max(0, min(255, v + rng.randint(-18, 18))) for v in ink)
        draw.text((x, y + dy), w, font=font, fill=c)
        x += font.getlength(w + " ") + rng.uniform(-1, 3)
    return x


def make_scan(slug, path, page, seed):
    rng = random.Random(seed)
    img = Image.new("RGB", (1700, 2200), (250, 249, 244))
    d = ImageDraw.Draw(img)
    pr = ImageFont.truetype(LIB + "LiberationSans-Regular.ttf", 30)
    prb = ImageFont.truetype(LIB + "LiberationSans-Bold.ttf", 36)
    hw = ImageFont.truetype(URW + "URWBookman-LightItalic.otf", 40)
    y = 110
    for ln in page:
        if ln.startswith("# "):
            d.text((130, y), ln[2:], font=prb, fill=(20, 20, 20))
            y += 62
        elif ln.startswith("~"):
            txt = ln[1:]
            indent = len(txt) - len(txt.lstrip(" "))
            x = 170 + indent * 12 + rng.uniform(-6, 6)
            end = hand_words(d, x, y, txt.strip(), hw, rng, (25, 35, 110), 2.5)
            if end > 1620:
                fail(slug, f"scan line too wide: {txt.strip()[:40]}")
            y += 62
        else:
            d.text((130, y), ln, font=pr, fill=(30, 30, 30))
            d.line((130, y + 44, 1580, y + 44), fill=(170, 170, 170), width=2)
            y += 54
    if y > 2120:
        fail(slug, "scan page overflow")
    for _ in range(900):
        px, py = rng.randrange(1700), rng.randrange(2200)
        g = rng.randint(90, 190)
        d.point((px, py), fill=(g, g, g))
    img = img.rotate(0.45, resample=Image.BICUBIC, expand=False, fillcolor=(250, 249, 244))
    img = img.filter(ImageFilter.GaussianBlur(0.7)).convert("L")
    img.save(path, "PDF", resolution=200.0, title="scan", author="scanner",
             creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())


def make_photo(slug, path, page, seed):
    rng = random.Random(seed)
    pw, ph = 1400, 1900
    paper = Image.new("RGB", (pw, ph), (246, 243, 232))
    d = ImageDraw.Draw(paper)
    for yy in range(170, ph - 40, 92):
        d.line((0, yy, pw, yy), fill=(170, 190, 220), width=2)
    d.line((150, 0, 150, ph), fill=(225, 150, 150), width=2)
    for k in range(12):
        d.ellipse((30, 90 + k * 150, 62, 122 + k * 150), fill=(60, 55, 50))
    hw = ImageFont.truetype(URW + "Z003-MediumItalic.otf", 58)
    y = 170 - 62
    for ln in page:
        txt = ln[1:] if ln.startswith("~") else ln
        indent = len(txt) - len(txt.lstrip(" "))
        end = hand_words(d, 175 + indent * 14 + rng.uniform(-4, 4), y, txt.strip(), hw, rng, (20, 40, 140), 3)
        if end > pw - 30:
            fail(slug, f"photo line too wide: {txt.strip()[:40]}")
        y += 92
    if y > ph - 40:
        fail(slug, "photo page overflow")
    paper = paper.rotate(1.0, resample=Image.BICUBIC, expand=True, fillcolor=(40, 34, 30))
    bg = Image.new("RGB", (1540, 2030), (45, 38, 33))
    bg.paste(paper, ((1540 - paper.width) // 2, (2030 - paper.height) // 2 + 15))
    shade = Image.linear_gradient("L").resize(bg.size)
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, shade.point(lambda v: int(v * 0.25)))
    bg = bg.filter(ImageFilter.GaussianBlur(1.0))
    bg.save(path, "JPEG", quality=88)


# ---------------------------------------------------------------- checks
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE_RE = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")


def good_date(slug, what, s):
    if s is None:
        return True
    if not isinstance(s, str) or not DATE_RE.match(s):
        fail(slug, f"{what}: bad date shape {s!r}")
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        fail(slug, f"{what}: impossible date {s}")
        return False
    return True


def check_source(slug, what, src, texts):
    if not isinstance(src, dict) or list(src) != ["file", "page", "text"]:
        fail(slug, f"{what}: source keys {src!r}")
        return
    key = (src["file"], src["page"])
    if key not in texts:
        fail(slug, f"{what}: no page {key}")
        return
    want = norm(src["text"])
    for label, t in texts[key]:
        if want not in t:
            fail(slug, f"{what}: text not on {src['file']} p.{src['page']} ({label}): {src['text'][:50]}")


def check_case(case, out):
    slug = case["slug"]
    cdir = os.path.join(out, slug, "clinical")
    names = sorted(doc["file"] for doc in case["docs"])
    if sorted(os.listdir(cdir)) != names:
        fail(slug, f"clinical/ holds {sorted(os.listdir(cdir))}, expected {names}")
    texts = {}
    for doc in case["docs"]:
        p = os.path.join(cdir, doc["file"])
        kind = doc["kind"]
        if not norm(" ".join(line_text(x) for x in doc["pages"][0])).count("ficti"):
            fail(slug, f"{doc['file']}: first page does not say FICTIONAL")
        if kind == "photo":
            texts[(doc["file"], 1)] = [("model", model_text(doc["pages"][0]))]
            with Image.open(p) as im:
                if im.getexif():
                    fail(slug, f"{doc['file']}: has EXIF")
            continue
        if kind in ("pdf", "scan"):
            info = subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
            npg = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            if npg != len(doc["pages"]):
                fail(slug, f"{doc['file']}: {npg} pages, model has {len(doc['pages'])}")
        for i, page in enumerate(doc["pages"], 1):
            t = [("model", model_text(page))]
            if kind == "pdf":
                pt = subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), p, "-"],
                                    capture_output=True, text=True).stdout
                t.append(("pdftotext", norm(pt)))
                if i == 1 and "ficti" not in norm(pt):
                    fail(slug, f"{doc['file']}: pdftotext p.1 lacks FICTIONAL")
            if kind == "scan":
                pt = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
                if pt.strip():
                    fail(slug, f"{doc['file']}: scan has a text layer")
            texts[(doc["file"], i)] = t
        if kind == "docx":
            if len(doc["pages"]) != 1:
                fail(slug, "DOCX must be one page in the model")
            rt, header = docx_text(p)
            texts[(doc["file"], 1)].append(("python-docx", rt))
            if "ficti" not in header.casefold():
                fail(slug, f"{doc['file']}: header lacks FICTIONAL")
        if kind == "txt":
            if len(doc["pages"]) != 1:
                fail(slug, "TXT must be one page in the model")
            with open(p, encoding="utf-8") as f:
                texts[(doc["file"], 1)].append(("file", norm(f.read())))

    tpath = os.path.join(out, slug + ".truth.json")
    with open(tpath, encoding="utf-8") as f:
        truth = json.load(f)
    if list(truth) != ["_note", "history", "scales", "diagnoses", "suicidality"]:
        fail(slug, f"truth keys {list(truth)}")
    if not truth["_note"].startswith("FICTIONAL"):
        fail(slug, "_note does not start with FICTIONAL")
    for k, r in enumerate(truth["history"], 1):
        w = f"history {k} ({r.get('name')})"
        if list(r) != ROW_KEYS:
            fail(slug, f"{w}: keys {list(r)}")
            continue
        if r["kind"] not in KINDS:
            fail(slug, f"{w}: kind {r['kind']}")
        if r["outcome_class"] not in OCS:
            fail(slug, f"{w}: outcome_class {r['outcome_class']}")
        if not r["name"] or r["name"] != r["name"].strip():
            fail(slug, f"{w}: name")
        if good_date(slug, w, r["start"]) and good_date(slug, w, r["end"]) and r["start"] and r["end"]:
            n = min(len(r["start"]), len(r["end"]))
            if r["start"][:n] > r["end"][:n]:
                fail(slug, f"{w}: start after end")
        check_source(slug, w, r["source"], texts)
    for k, s in enumerate(truth["scales"], 1):
        w = f"scale {k} ({s.get('name')})"
        if list(s) != ["name", "score", "date", "source"]:
            fail(slug, f"{w}: keys")
            continue
        if s["name"] not in SCALES:
            fail(slug, f"{w}: scale name")
        elif not isinstance(s["score"], int) or not 0 <= s["score"] <= SCALES[s["name"]]:
            fail(slug, f"{w}: score {s['score']} out of range")
        elif not re.search(rf"(?<![\d.]){s['score']}(?![\d])", s["source"]["text"]):
            fail(slug, f"{w}: score {s['score']} not in its span")
        good_date(slug, w, s["date"])
        check_source(slug, w, s["source"], texts)
    seen = set()
    for k, dg in enumerate(truth["diagnoses"], 1):
        w = f"diagnosis {k} ({dg.get('code')})"
        if list(dg) != ["code", "source"]:
            fail(slug, f"{w}: keys")
            continue
        if not CODE_RE.match(dg["code"]):
            fail(slug, f"{w}: not ICD-shaped")
        if dg["code"] in seen:
            fail(slug, f"{w}: listed twice")
        seen.add(dg["code"])
        if dg["code"].casefold() not in norm(dg["source"]["text"]):
            fail(slug, f"{w}: code not in its span")
        check_source(slug, w, dg["source"], texts)
    su = truth["suicidality"]
    if list(su) != ["level", "source"]:
        fail(slug, "suicidality keys")
    elif su["level"] is None:
        if su["source"] is not None:
            fail(slug, "null suicidality level with a source")
    else:
        if su["level"] not in LEVELS:
            fail(slug, f"suicidality level {su['level']}")
        check_source(slug, "suicidality", su["source"], texts)
    return truth


def build(out):
    for n in os.listdir(out):
        if re.match(r"^\d\d-", n):
            p = os.path.join(out, n)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    for ci, case in enumerate(CASES, 1):
        slug = case["slug"]
        if not slug.startswith(f"{ci:02d}-"):
            fail(slug, "slug number out of order")
        cdir = os.path.join(out, slug, "clinical")
        os.makedirs(cdir)
        for di, doc in enumerate(case["docs"]):
            p = os.path.join(cdir, doc["file"])
            k = doc["kind"]
            if k == "pdf":
                make_pdf(slug, p, doc["pages"])
            elif k == "docx":
                make_docx(p, doc["pages"], case["header"])
            elif k == "txt":
                make_txt(slug, p, doc["pages"])
            elif k == "scan":
                make_scan(slug, p, doc["pages"][0], 3000 + ci * 10 + di)
            elif k == "photo":
                make_photo(slug, p, doc["pages"][0], 3000 + ci * 10 + di)
            else:
                fail(slug, f"unknown kind {k}")
        truth = {"_note": "FICTIONAL case. " + case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
        with open(os.path.join(out, slug + ".truth.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")


def main():
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    build(out)
    tot = [0, 0, 0]
    for case in CASES:
        before = len(FAIL)
        t = check_case(case, out)
        tot[0] += len(t["history"])
        tot[1] += len(t["scales"])
        tot[2] += len(t["diagnoses"])
        print(f"{case['slug']}: {len(t['history'])} rows, {len(t['scales'])} scales, {len(t['diagnoses'])} codes, "
              f"suicidality {t['suicidality']['level']}, {len(FAIL) - before} failures")
    for f in FAIL:
        print("FAIL", f)
    print(f"{len(CASES)} cases, {tot[0]} history rows, {tot[1]} scale rows, {tot[2]} diagnosis codes, "
          f"{len(FAIL)} failures")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
