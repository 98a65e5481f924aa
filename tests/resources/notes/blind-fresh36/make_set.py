#!/usr/bin/env python3
"""Rebuild notes36 (FICTIONAL clinical records + truth files) deterministically and check it.

Usage: /work/main/.venv/bin/python make_set.py [OUTDIR]   (default: this script's folder). Exit 1 on any failure.
"""
import datetime
import io
import json
import math
import random
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cases import CASES  # noqa: E402

FONTS = Path("/usr/share/fonts/truetype/liberation2")
pdfmetrics.registerFont(TTFont("LibSans", str(FONTS / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LibSansB", str(FONTS / "LiberationSans-Bold.ttf")))
FIXED = datetime.datetime(2026, 12, 7, 4, 0, 0)

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": 27, "MADRS": 60, "HAM-D": 52, "GAD-7": 21, "C-SSRS": 25, "pain NRS": 10}
LEVELS = {"none", "passive", "active", "attempt"}
HKEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def line_text(line):
    if line.startswith("# "):
        return line[2:]
    if line.startswith("|"):
        return " ".join(c.strip() for c in line[1:].split("|") if c.strip())
    return line.replace("~ ", "")


def model_text(page):
    return norm(" ".join(line_text(l) for l in page))


def blocks(page):
    """Group consecutive table rows; yield ('h'|'p'|'t', payload)."""
    out = []
    for line in page:
        if line.startswith("|"):
            cells = [c.strip() for c in line[1:].split("|")]
            if out and out[-1][0] == "t":
                out[-1][1].append(cells)
            else:
                out.append(("t", [cells]))
        elif line.startswith("# "):
            out.append(("h", line[2:]))
        else:
            out.append(("p", line))
    return out


# ------------------------------------------------------------------ renderers
def render_pdf(doc, path):
    W, H = letter
    M = 54
    TW = W - 2 * M
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample record")
    c.setAuthor("notes36 (fictional)")
    n = len(doc["pages"])
    for pi, page in enumerate(doc["pages"], 1):
        y = H - M
        first_heading = True
        for kind, body in blocks(page):
            if kind == "h":
                size = 12 if first_heading else 10.5
                first_heading = False
                if pdfmetrics.stringWidth(body, "LibSansB", size) > TW:
                    fail(f"{path.name} p{pi}: heading too wide: {body[:40]}")
                y -= 4
                c.setFont("LibSansB", size)
                c.drawString(M, y - size, body)
                y -= size + 6
            elif kind == "p":
                from reportlab.lib.utils import simpleSplit
                lines = simpleSplit(body, "LibSans", 9.5, TW)
                c.setFont("LibSans", 9.5)
                for ln in lines:
                    c.drawString(M, y - 9.5, ln)
                    y -= 12.5
                y -= 3
            else:
                size = 8
                ncol = max(len(r) for r in body)
                widths = [0] * ncol
                for r in body:
                    for i, cell in enumerate(r):
                        widths[i] = max(widths[i], pdfmetrics.stringWidth(cell, "LibSans", size) + 10)
                if sum(widths) > TW:
                    fail(f"{path.name} p{pi}: table too wide ({sum(widths):.0f} > {TW:.0f})")
                for ri, r in enumerate(body):
                    c.setFont("LibSansB" if ri == 0 else "LibSans", size)
                    x = M
                    for i, cell in enumerate(r):
                        c.drawString(x + 2, y - size, cell)
                        x += widths[i]
                    y -= size + 4
                    if ri == 0:
                        c.setLineWidth(0.5)
                        c.line(M, y + 1.5, M + sum(widths), y + 1.5)
                y -= 4
            if y < M + 20:
                fail(f"{path.name} p{pi}: page overflow")
        c.setFont("LibSans", 8)
        c.drawCentredString(W / 2, M / 2, f"FICTIONAL - Page {pi} of {n}")
        c.showPage()
    c.save()


def render_txt(doc, path):
    out = []
    for kind, body in blocks(doc["pages"][0]):
        if kind == "h":
            out += ["", body, "=" * len(body)]
        elif kind == "p":
            out.append(textwrap.fill(body, 115, subsequent_indent="    ", break_long_words=False,
                                     break_on_hyphens=False))
        else:
            ncol = max(len(r) for r in body)
            widths = [max(len(r[i]) for r in body if i < len(r)) for i in range(ncol)]
            for r in body:
                out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip())
    path.write_text("\n".join(out).lstrip("\n") + "\n", encoding="utf-8")


def render_docx(doc, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = doc["header"]
    first = True
    for kind, body in blocks(doc["pages"][0]):
        if kind == "h":
            d.add_heading(body, level=1 if first else 2)
            first = False
        elif kind == "p":
            d.add_paragraph(body)
        else:
            t = d.add_table(rows=len(body), cols=max(len(r) for r in body))
            t.style = "Table Grid"
            for ri, r in enumerate(body):
                for ci, cell in enumerate(r):
                    t.cell(ri, ci).text = cell
    cp = d.core_properties
    cp.author = "notes36 (fictional)"
    cp.last_modified_by = "notes36 (fictional)"
    cp.title = "FICTIONAL sample record"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 7, 4, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def docx_text(path):
    d = docx.Document(str(path))
    parts = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tr in el.iter():
                if tr.tag.endswith("}tr"):
                    cells = []
                    for tc in tr.iter():
                        if tc.tag.endswith("}tc"):
                            cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                    parts.append(" ".join(x for x in cells if x.strip()))
    header = " ".join(p.text for p in d.sections[0].header.paragraphs)
    return norm(" ".join(parts)), header


def font(name, size):
    return ImageFont.truetype(str(FONTS / name), size)


def hand_line(draw, rng, x, y, text, fnt, ink, maxw):
    """Draw handwriting word by word with jitter; wrap at maxw; return the y after the last line."""
    cx = x
    for word in text.split(" "):
        w = draw.textlength(word + " ", font=fnt)
        if cx + w > x + maxw and cx > x:
            cx = x + 30
            y += fnt.size + 14
        col = tuple(max(0, min(255, v + rng.randint(-18, 18))) for v in ink)
        draw.text((cx + rng.uniform(-1.5, 1.5), y + rng.uniform(-3, 3)), word, font=fnt, fill=col)
        cx += w + rng.uniform(-2, 3)
    return y


def render_scan(doc, path, seed):
    rng = random.Random(seed)
    img = Image.new("RGB", (1700, 2200), "white")
    dr = ImageDraw.Draw(img)
    sans, sansb = font("LiberationSans-Regular.ttf", 30), font("LiberationSans-Bold.ttf", 34)
    hand = font("LiberationSerif-Italic.ttf", 40)
    ink = (30, 40, 120)
    y = 110
    dr.rectangle([90, 80, 1610, 2120], outline="black", width=3)
    for line in doc["pages"][0]:
        if line.startswith("# "):
            y += 14
            dr.text((120, y), line[2:], font=sansb, fill="black")
            y += 56
            dr.line([100, y - 10, 1600, y - 10], fill="black", width=2)
            continue
        printed, _, handw = line.partition("~ ")
        if line.startswith("~ "):
            printed, handw = "", line[2:]
        cx = 120
        if printed:
            for pl in textwrap.wrap(printed, 88):
                dr.text((120, y), pl, font=sans, fill="black")
                cx = 120 + dr.textlength(pl + " ", font=sans)
                if handw:
                    break
                y += 46
        if handw:
            y = hand_line(dr, rng, cx, y - 6, handw, hand, ink, 1580 - cx)
            y += 58
            dr.line([110, y - 8, 1590, y - 8], fill=(200, 200, 200), width=1)
    for _ in range(900):
        px, py = rng.randint(0, 1699), rng.randint(0, 2199)
        g = rng.randint(90, 190)
        dr.point((px, py), fill=(g, g, g))
    img = img.convert("L").rotate(0.4, resample=Image.BICUBIC, fillcolor=255, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img.save(path, "PDF", resolution=200, creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), producer="notes36 (fictional)",
             title="FICTIONAL scan")


def render_photo(doc, path, seed):
    rng = random.Random(seed)
    card = Image.new("RGB", (1500, 1000), (250, 246, 232))
    dr = ImageDraw.Draw(card)
    dr.line([0, 150, 1500, 150], fill=(215, 120, 120), width=3)
    for yy in range(215, 1000, 64):
        dr.line([0, yy, 1500, yy], fill=(150, 180, 215), width=2)
    stamp, hand = font("LiberationSans-Bold.ttf", 34), font("LiberationSerif-Italic.ttf", 42)
    y = 30
    printed = [l for l in doc["pages"][0] if not l.startswith("~")]
    for l in printed:
        dr.text((60, y), line_text(l), font=stamp, fill=(90, 30, 30))
        y += 50
    y = 215 - 50
    for l in doc["pages"][0]:
        if l.startswith("~ "):
            y = hand_line(dr, rng, 60, y, l[2:], hand, (25, 35, 110), 1380)
            y += 64
    if y > 1000:
        fail(f"{path.name}: card overflow")
    card = card.rotate(1.3 + rng.uniform(-0.3, 0.3), resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    bg = Image.new("RGB", (1800, 1350), (58, 44, 34))
    bd = ImageDraw.Draw(bg)
    for _ in range(2500):
        x0, y0 = rng.randint(0, 1799), rng.randint(0, 1349)
        bd.line([x0, y0, x0 + rng.randint(10, 60), y0], fill=(66 + rng.randint(-8, 8), 50, 38))
    mask = Image.new("L", card.size, 0)
    ImageDraw.Draw(mask).rectangle([4, 4, card.size[0] - 5, card.size[1] - 5], fill=255)
    mask = card.convert("L").point(lambda v: 255 if v > 0 else 0)
    bg.paste(card, ((1800 - card.size[0]) // 2, (1350 - card.size[1]) // 2), mask)
    # light falling off toward the bottom right
    shade = Image.new("L", bg.size)
    sd = shade.load()
    for yy in range(0, bg.size[1], 2):
        for xx in range(0, bg.size[0], 2):
            v = int(255 - 70 * math.hypot(xx / 1800, yy / 1350) / math.sqrt(2))
            sd[xx, yy] = v
            if xx + 1 < bg.size[0]:
                sd[xx + 1, yy] = v
            if yy + 1 < bg.size[1]:
                sd[xx, yy + 1] = v
                if xx + 1 < bg.size[0]:
                    sd[xx + 1, yy + 1] = v
    bg = Image.composite(bg, Image.new("RGB", bg.size, (0, 0, 0)), shade)
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    bg.save(path, "JPEG", quality=88, optimize=False)


# ------------------------------------------------------------------ checks
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE_RE = re.compile(r"^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$")


def valid_date(s):
    if s is None:
        return True
    if not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        if len(parts) == 3:
            datetime.date(*parts)
        elif len(parts) == 2 and not 1 <= parts[1] <= 12:
            return False
    except ValueError:
        return False
    return True


def pdftext(path, page=None):
    args = ["pdftotext", "-layout"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return norm(subprocess.run(args, capture_output=True, text=True).stdout)


def pdfpages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else -1


def check_case(cdir, c, truth):
    slug = c["slug"]
    docs = {d["file"]: d for d in c["docs"]}
    present = sorted(p.name for p in (cdir / "clinical").iterdir())
    if present != sorted(docs):
        fail(f"{slug}: clinical/ holds {present}, expected {sorted(docs)}")
    extracted = {}
    for name, d in docs.items():
        p = cdir / "clinical" / name
        if "ficti" not in model_text(d["pages"][0]):
            fail(f"{slug}/{name}: no FICTI- on its first page")
        if d["kind"] == "pdf":
            if pdfpages(p) != len(d["pages"]):
                fail(f"{slug}/{name}: page count {pdfpages(p)} != {len(d['pages'])}")
            extracted[name] = {i: pdftext(p, i) for i in range(1, len(d["pages"]) + 1)}
        elif d["kind"] == "docx":
            txt, header = docx_text(p)
            if "ficti" not in header.casefold():
                fail(f"{slug}/{name}: no FICTI- in the page header")
            extracted[name] = {1: txt}
        elif d["kind"] == "txt":
            extracted[name] = {1: norm(p.read_text(encoding="utf-8"))}
        elif d["kind"] == "scan":
            if pdftext(p).strip():
                fail(f"{slug}/{name}: the scan has a text layer")
            if pdfpages(p) != 1:
                fail(f"{slug}/{name}: scan page count")
        for pi, page in enumerate(d["pages"], 1):
            t = " ".join(line_text(l) for l in page)
            for ph in re.findall(r"\b\d{3}-\d{4}\b", t):
                if not re.match(r"555-01\d\d$", ph):
                    fail(f"{slug}/{name}: phone-like number {ph}")
            if "@" in t or "http" in t.casefold() or "www." in t.casefold():
                fail(f"{slug}/{name}: an e-mail or web address")

    def src_ok(where, src):
        if src is None:
            fail(f"{slug}: {where}: no source")
            return ""
        if list(src) != ["file", "page", "text"]:
            fail(f"{slug}: {where}: source keys {list(src)}")
        f, pg, text = src.get("file"), src.get("page"), src.get("text") or ""
        if f not in docs:
            fail(f"{slug}: {where}: file {f} not in clinical/")
            return text
        if not isinstance(pg, int) or not 1 <= pg <= len(docs[f]["pages"]):
            fail(f"{slug}: {where}: page {pg} out of range")
            return text
        if norm(text) not in model_text(docs[f]["pages"][pg - 1]):
            fail(f"{slug}: {where}: span not on {f} p{pg} (model): {text[:60]}")
        if f in extracted and norm(text) not in extracted[f][pg]:
            fail(f"{slug}: {where}: span not on {f} p{pg} (extracted): {text[:60]}")
        return text

    if list(truth) != ["_note", "history", "scales", "diagnoses", "suicidality"]:
        fail(f"{slug}: truth keys {list(truth)}")
    if not truth["_note"].startswith("FICTIONAL"):
        fail(f"{slug}: _note does not start with FICTIONAL")
    for i, r in enumerate(truth["history"], 1):
        w = f"history {i} {r.get('name')}"
        if list(r) != HKEYS:
            fail(f"{slug}: {w}: keys {list(r)}")
        if r["kind"] not in KINDS:
            fail(f"{slug}: {w}: kind {r['kind']}")
        if r["outcome_class"] not in CLASSES:
            fail(f"{slug}: {w}: outcome_class {r['outcome_class']}")
        for k in ("start", "end"):
            if not valid_date(r[k]):
                fail(f"{slug}: {w}: bad {k} {r[k]}")
        if r["start"] and r["end"] and r["end"][: len(r["start"])] < r["start"][: len(r["end"])]:
            fail(f"{slug}: {w}: start after end")
        if not r["name"] or r["name"] != r["name"].strip():
            fail(f"{slug}: {w}: name")
        src_ok(w, r["source"])
    for i, s in enumerate(truth["scales"], 1):
        w = f"scale {i} {s.get('name')}"
        if list(s) != ["name", "score", "date", "source"]:
            fail(f"{slug}: {w}: keys")
        if s["name"] not in SCALES:
            fail(f"{slug}: {w}: not a contract scale")
        elif not isinstance(s["score"], int) or not 0 <= s["score"] <= SCALES[s["name"]]:
            fail(f"{slug}: {w}: score {s['score']} out of range")
        if not valid_date(s["date"]):
            fail(f"{slug}: {w}: date {s['date']}")
        text = src_ok(w, s["source"])
        if not re.search(rf"(?<![\d.]){s['score']}(?![\d])", text):
            fail(f"{slug}: {w}: score {s['score']} not in its span")
    codes = [d["code"] for d in truth["diagnoses"]]
    if len(codes) != len(set(codes)):
        fail(f"{slug}: a code listed twice")
    for d in truth["diagnoses"]:
        if list(d) != ["code", "source"] or not CODE_RE.match(d["code"]):
            fail(f"{slug}: diagnosis {d.get('code')}: shape")
        text = src_ok(f"diagnosis {d['code']}", d["source"])
        if d["code"] not in text:
            fail(f"{slug}: diagnosis {d['code']} not in its span")
    su = truth["suicidality"]
    if list(su) != ["level", "source"]:
        fail(f"{slug}: suicidality keys")
    if su["level"] is None:
        if su["source"] is not None:
            fail(f"{slug}: null level with a source")
    else:
        if su["level"] not in LEVELS:
            fail(f"{slug}: suicidality level {su['level']}")
        src_ok("suicidality", su["source"])


def build(out):
    out.mkdir(parents=True, exist_ok=True)
    for p in out.glob("[0-9][0-9]-*"):
        if p.is_dir():
            shutil.rmtree(p)
        else:
            p.unlink()
    totals = [0, 0, 0]
    for n, c in enumerate(CASES, 1):
        if not c["slug"].startswith(f"{n:02d}-"):
            fail(f"case {n}: slug {c['slug']} out of order")
        cdir = out / c["slug"] / "clinical"
        cdir.mkdir(parents=True)
        for di, d in enumerate(c["docs"]):
            p = cdir / d["file"]
            {"pdf": lambda: render_pdf(d, p), "txt": lambda: render_txt(d, p), "docx": lambda: render_docx(d, p),
             "scan": lambda: render_scan(d, p, 3600 + n * 10 + di),
             "photo": lambda: render_photo(d, p, 3600 + n * 10 + di)}[d["kind"]]()
        first = c["docs"][0]["file"]

        def fill(src):
            if src is not None and src["file"] is None:
                src["file"] = first
            return src

        truth = {"_note": c["note"], "history": c["history"], "scales": c["scales"], "diagnoses": c["diagnoses"],
                 "suicidality": c["suicidality"]}
        for r in truth["history"] + truth["scales"] + truth["diagnoses"] + [truth["suicidality"]]:
            fill(r["source"])
        (out / f"{c['slug']}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")
        before = len(FAIL)
        check_case(out / c["slug"], c, json.loads((out / f"{c['slug']}.truth.json").read_text(encoding="utf-8")))
        print(f"{c['slug']}: {len(truth['history'])} rows, {len(truth['scales'])} scales, "
              f"{len(truth['diagnoses'])} codes, suicidality {truth['suicidality']['level']}, "
              f"{len(FAIL) - before} failures")
        totals[0] += len(truth["history"])
        totals[1] += len(truth["scales"])
        totals[2] += len(truth["diagnoses"])
    print(f"{len(CASES)} cases, {totals[0]} history rows, {totals[1]} scale rows, {totals[2]} diagnosis codes, "
          f"{len(FAIL)} failures")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(build(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE))
