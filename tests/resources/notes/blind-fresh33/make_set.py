#!/usr/bin/env python3
"""Rebuild notes33 (FICTIONAL clinical records + truth files) deterministically, then self-check.

Usage: /work/main/.venv/bin/python make_set.py [OUTDIR]     (default: this folder)
Exit 1 on any failure.  Needs reportlab, python-docx, Pillow, and poppler's pdftotext / pdfinfo.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cases import CASES  # noqa: E402

FONTS = Path("/usr/share/fonts/truetype/liberation2")
SANS, SANS_B = FONTS / "LiberationSans-Regular.ttf", FONTS / "LiberationSans-Bold.ttf"
SERIF_I, MONO = FONTS / "LiberationSerif-Italic.ttf", FONTS / "LiberationMono-Regular.ttf"
FIXED_DT = datetime.datetime(2026, 12, 6, 12, 0, 0)

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": 27, "GAD-7": 21, "MADRS": 60, "HAM-D": 52, "C-SSRS": 5, "pain NRS": 10}
LEVELS = {"none", "passive", "active", "attempt"}
ROW_KEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]


# ------------------------------------------------------------------ model text
def is_table(line):
    return line.startswith("|")


def cells(line):
    return [c.strip().replace("~", "") for c in line.strip().strip("|").split("|")]


def line_text(line):
    if line.startswith("# "):
        return line[2:]
    if is_table(line):
        return " ".join(c for c in cells(line) if c)
    return line.replace("~", "")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def model_page(lines):
    return norm(" ".join(line_text(l) for l in lines if l))


# ------------------------------------------------------------------ PDF (reportlab, text layer)
def build_pdf(path, pages):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    for name, f in (("LS", SANS), ("LSB", SANS_B)):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(f)))
    problems = []
    W, H = letter
    left, right, top, bottom = 54, W - 54, H - 54, 60
    width = right - left
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample record")
    c.setAuthor("notes33 (fictional)")
    n = len(pages)
    for pno, lines in enumerate(pages, 1):
        y = top
        i = 0
        while i < len(lines):
            line = lines[i]
            if line == "":
                y -= 6
            elif line.startswith("# "):
                y -= 4
                if pdfmetrics.stringWidth(line[2:], "LSB", 11) > width:
                    problems.append(f"{path.name} p{pno}: heading too wide: {line[:40]}")
                c.setFont("LSB", 11)
                c.drawString(left, y - 11, line[2:])
                y -= 17
            elif is_table(line):
                rows = []
                while i < len(lines) and is_table(lines[i]):
                    rows.append(cells(lines[i]))
                    i += 1
                i -= 1
                fs, pad = 7.8, 4
                ncol = max(len(r) for r in rows)
                colw = [0] * ncol
                for r in rows:
                    for k, t in enumerate(r):
                        colw[k] = max(colw[k], pdfmetrics.stringWidth(t, "LSB", fs) + 2 * pad)
                if sum(colw) > width:
                    problems.append(f"{path.name} p{pno}: table too wide ({sum(colw):.0f} > {width:.0f})")
                rh = fs + 6
                for ri, r in enumerate(rows):
                    x = left
                    font = "LSB" if ri == 0 else "LS"
                    c.setFont(font, fs)
                    for k in range(ncol):
                        c.rect(x, y - rh, colw[k], rh, stroke=1, fill=0)
                        if k < len(r):
                            c.drawString(x + pad, y - rh + 4, r[k])
                        x += colw[k]
                    y -= rh
                y -= 6
            else:
                c.setFont("LS", 9.5)
                words = line.split()
                cur = ""
                out = []
                for w in words:
                    t = (cur + " " + w).strip()
                    if pdfmetrics.stringWidth(t, "LS", 9.5) <= width:
                        cur = t
                    else:
                        out.append(cur)
                        cur = w
                out.append(cur)
                for o in out:
                    c.drawString(left, y - 9.5, o)
                    y -= 12.5
                y -= 3
            if y < bottom:
                problems.append(f"{path.name} p{pno}: page overflow")
            i += 1
        c.setFont("LS", 8)
        c.drawCentredString(W / 2, 30, f"FICTIONAL - Page {pno} of {n}")
        c.showPage()
    c.save()
    return problems


# ------------------------------------------------------------------ DOCX (python-docx)
def build_docx(path, pages, header):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = header
    lines = pages[0]
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "":
            pass
        elif line.startswith("# "):
            d.add_heading(line[2:], level=2)
        elif is_table(line):
            rows = []
            while i < len(lines) and is_table(lines[i]):
                rows.append(cells(lines[i]))
                i += 1
            i -= 1
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for k, txt in enumerate(r):
                    cell = t.cell(ri, k)
                    cell.text = txt
                    if ri == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        else:
            d.add_paragraph(line)
        i += 1
    cp = d.core_properties
    cp.author = "notes33 (fictional)"
    cp.last_modified_by = "notes33 (fictional)"
    cp.title = "FICTIONAL sample record"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry times and order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 6, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return []


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" ".join(c.text for c in r.cells if c.text))
    hdr = " ".join(p.text for p in d.sections[0].header.paragraphs)
    return norm(" ".join(parts)), hdr


# ------------------------------------------------------------------ TXT
def build_txt(path, pages):
    out = []
    for line in pages[0]:
        if line.startswith("# "):
            out += [line[2:], "-" * len(line[2:])]
        elif line == "":
            out.append("")
        else:
            out += textwrap.wrap(line, 110, break_long_words=False, break_on_hyphens=False) or [""]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return []


# ------------------------------------------------------------------ raster helpers (Pillow)
def _font(p, size):
    from PIL import ImageFont
    return ImageFont.truetype(str(p), size)


def build_scan(path, pages, seed):
    """A hand-filled form, printed labels + blue handwriting, scanned to an image-only PDF at 200 dpi."""
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    W, H = 1700, 2200
    img = Image.new("L", (W, H), 250)
    rgb = Image.new("RGB", (W, H), (252, 251, 247))
    dr = ImageDraw.Draw(rgb)
    f_lab, f_head = _font(SANS, 30), _font(SANS_B, 38)
    f_hand = _font(SERIF_I, 40)
    ink = (28, 40, 120)
    x0, y = 110, 120
    lines = pages[0]
    i = 0

    def hand(x, yy, text):
        for w in text.split(" "):
            jx, jy = rnd.uniform(-2, 2), rnd.uniform(-4, 4)
            shade = rnd.randint(-18, 18)
            col = tuple(max(0, min(255, v + shade)) for v in ink)
            dr.text((x + jx, yy + jy), w, font=f_hand, fill=col)
            x += dr.textlength(w + " ", font=f_hand) + rnd.uniform(-1, 3)
        return x

    while i < len(lines):
        line = lines[i]
        if line.startswith("# "):
            y += 14
            dr.text((x0, y), line[2:], font=f_head, fill=(20, 20, 20))
            y += 62
        elif is_table(line):
            rows = []
            while i < len(lines) and is_table(lines[i]):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i -= 1
            colw = [420, 420, 220, 420]
            for ri, r in enumerate(rows):
                x = x0
                for k, t in enumerate(r):
                    dr.rectangle([x, y, x + colw[k], y + 62], outline=(60, 60, 60), width=2)
                    if t.startswith("~"):
                        hand(x + 12, y + 8, t[1:])
                    else:
                        dr.text((x + 12, y + 14), t, font=f_lab, fill=(20, 20, 20))
                    x += colw[k]
                y += 62
            y += 24
        else:
            if "~" in line:
                lab, entry = line.split("~", 1)
                x = x0
                if lab:
                    dr.text((x, y + 8), lab, font=f_lab, fill=(20, 20, 20))
                    x += dr.textlength(lab, font=f_lab) + 8
                parts = entry.split("~")
                x = hand(x, y, parts[0])
                for extra in parts[1:]:
                    x = hand(x, y, extra)
                dr.line([x0, y + 56, W - x0, y + 56], fill=(170, 170, 170), width=1)
            else:
                dr.text((x0, y + 8), line, font=f_lab, fill=(20, 20, 20))
            y += 70
        i += 1
    if y > H - 80:
        return [f"{path.name}: scan overflow"]
    g = rgb.convert("L")
    g = g.rotate(0.4, resample=Image.BICUBIC, fillcolor=245)
    px = g.load()
    for _ in range(5000):
        a, b = rnd.randrange(W), rnd.randrange(H)
        px[a, b] = rnd.choice((90, 130, 200))
    g = g.filter(ImageFilter.GaussianBlur(0.7))
    img = g
    img.save(path, "PDF", resolution=200.0, title="FICTIONAL scanned form",
             creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())
    return []


def build_photo(path, pages, seed):
    """A phone photo of a clinic computer screen: EHR window, dark bezel, slight tilt, moire, vignette."""
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    SW, SH = 1900, 1100
    scr = Image.new("RGB", (SW, SH), (250, 250, 252))
    dr = ImageDraw.Draw(scr)
    dr.rectangle([0, 0, SW, 64], fill=(34, 78, 140))
    dr.text((24, 14), "SampleChart EHR  (FICTIONAL DEMO)", font=_font(SANS_B, 30), fill=(255, 255, 255))
    f, fb, fh = _font(SANS, 24), _font(SANS_B, 24), _font(SANS_B, 32)
    y = 90
    lines = pages[0]
    i = 0
    probs = []
    while i < len(lines):
        line = lines[i]
        if line.startswith("# "):
            dr.text((30, y), line[2:], font=fh, fill=(20, 40, 80))
            y += 52
        elif is_table(line):
            rows = []
            while i < len(lines) and is_table(lines[i]):
                rows.append(cells(lines[i]))
                i += 1
            i -= 1
            ncol = max(len(r) for r in rows)
            colw = [0] * ncol
            for r in rows:
                for k, t in enumerate(r):
                    colw[k] = max(colw[k], dr.textlength(t, font=fb) + 28)
            if sum(colw) > SW - 60:
                probs.append(f"{path.name}: screen table too wide")
            for ri, r in enumerate(rows):
                x = 30
                if ri == 0:
                    dr.rectangle([30, y, 30 + sum(colw), y + 38], fill=(222, 230, 242))
                elif ri % 2 == 0:
                    dr.rectangle([30, y, 30 + sum(colw), y + 38], fill=(243, 245, 248))
                for k, t in enumerate(r):
                    dr.text((x + 12, y + 6), t, font=fb if ri == 0 else f, fill=(25, 25, 25))
                    x += colw[k]
                y += 38
            y += 16
        else:
            for o in textwrap.wrap(line, 120):
                if dr.textlength(o, font=f) > SW - 60:
                    probs.append(f"{path.name}: screen line too wide")
                dr.text((30, y), o, font=f, fill=(25, 25, 25))
                y += 34
            y += 6
        i += 1
    if y > SH - 20:
        probs.append(f"{path.name}: screen overflow")
    # photo: desk + bezel, screen pasted with a slight keystone
    PW, PH = 2200, 1500
    photo = Image.new("RGB", (PW, PH), (38, 36, 34))
    pd = ImageDraw.Draw(photo)
    pd.rounded_rectangle([80, 90, PW - 70, PH - 110], radius=24, fill=(18, 18, 20))
    quad_w, quad_h = PW - 2 * 150, PH - 2 * 170
    src = scr.resize((quad_w, quad_h), Image.LANCZOS)
    photo.paste(src, (150, 160))
    photo = photo.rotate(-0.8 if seed % 2 else 0.6, resample=Image.BICUBIC, fillcolor=(38, 36, 34))
    # moire: faint diagonal bands
    mo = Image.new("L", (PW, PH), 0)
    mp = mo.load()
    for yy in range(0, PH, 2):
        for xx in range(0, PW, 2):
            v = int(10 * (1 + math.sin((xx * 0.9 + yy * 0.35) / 7.0)))
            mp[xx, yy] = v
    mo = mo.resize((PW, PH)).filter(ImageFilter.GaussianBlur(1.5))
    photo = Image.composite(Image.new("RGB", (PW, PH), (0, 0, 0)), photo, mo)
    # vignette
    vg = Image.new("L", (PW, PH), 0)
    vp = ImageDraw.Draw(vg)
    for r in range(30):
        vp.rectangle([r * 12, r * 10, PW - r * 12, PH - r * 10], outline=int(90 - r * 3))
    vg = vg.filter(ImageFilter.GaussianBlur(60))
    photo = Image.composite(Image.new("RGB", (PW, PH), (0, 0, 0)), photo, vg)
    photo = photo.filter(ImageFilter.GaussianBlur(0.9))
    photo.save(path, "JPEG", quality=86, optimize=False)
    return probs


# ------------------------------------------------------------------ checks
ICD = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")


def date_ok(s):
    if s is None:
        return True
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return False
    try:
        if m.group(3):
            datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        elif m.group(2):
            return 1 <= int(m.group(2)) <= 12
    except ValueError:
        return False
    return True


def pdftotext_page(path, p):
    r = subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(path), "-"],
                       capture_output=True, text=True)
    return norm(r.stdout)


def pdf_pages(path):
    r = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    m = re.search(r"^Pages:\s+(\d+)", r.stdout, re.M)
    return int(m.group(1)) if m else -1


def check_case(c, cdir, truth):
    fails = []
    docs = {d["file"]: d for d in c["docs"]}
    present = sorted(p.name for p in (cdir / "clinical").iterdir())
    if present != sorted(docs):
        fails.append(f"clinical/ holds {present}, expected {sorted(docs)}")
    # extracted text per (file, page)
    real = {}
    for d in c["docs"]:
        p = cdir / "clinical" / d["file"]
        n = len(d["pages"])
        first = model_page(d["pages"][0])
        if "ficti" not in first:
            fails.append(f"{d['file']}: no FICTI- on its first page")
        if d["fmt"] == "pdf":
            if pdf_pages(p) != n:
                fails.append(f"{d['file']}: pdfinfo pages {pdf_pages(p)} != {n}")
            for k in range(1, n + 1):
                real[(d["file"], k)] = pdftotext_page(p, k)
        elif d["fmt"] == "scan":
            if pdf_pages(p) != n:
                fails.append(f"{d['file']}: pdfinfo pages != {n}")
            if pdftotext_page(p, 1).strip():
                fails.append(f"{d['file']}: scan has a text layer")
        elif d["fmt"] == "docx":
            txt, hdr = docx_text(p)
            real[(d["file"], 1)] = txt
            if "FICTI" not in hdr:
                fails.append(f"{d['file']}: header lacks FICTI-")
        elif d["fmt"] == "txt":
            real[(d["file"], 1)] = norm(p.read_text(encoding="utf-8"))
        all_text = " ".join(line_text(l) for pg in d["pages"] for l in pg)
        for ph in re.findall(r"\b\d{3}-\d{4}\b", all_text):
            if not re.fullmatch(r"555-01\d\d", ph):
                fails.append(f"{d['file']}: phone-like number {ph} not 555-01xx")
        if re.search(r"@|https?:|www\.", all_text):
            fails.append(f"{d['file']}: an address or URL")

    def span(src, what):
        if not isinstance(src, dict) or list(src) != ["file", "page", "text"]:
            fails.append(f"{what}: bad source {src}")
            return False
        d = docs.get(src["file"])
        if d is None or not (1 <= src["page"] <= len(d["pages"])):
            fails.append(f"{what}: no such file/page {src['file']} p{src['page']}")
            return False
        t = norm(src["text"])
        if t not in model_page(d["pages"][src["page"] - 1]):
            fails.append(f"{what}: span not on its page in the model: {src['text'][:60]}")
            return False
        key = (src["file"], src["page"])
        if key in real and t not in real[key]:
            fails.append(f"{what}: span not in the rendered text of {key}: {src['text'][:60]}")
            return False
        return True

    if list(truth) != ["_note", "history", "scales", "diagnoses", "suicidality"]:
        fails.append(f"truth keys {list(truth)}")
    if not truth["_note"].startswith("FICTIONAL"):
        fails.append("_note does not start with FICTIONAL")
    for i, r in enumerate(truth["history"], 1):
        w = f"history {i} {r.get('name')}"
        if list(r) != ROW_KEYS:
            fails.append(f"{w}: keys {list(r)}")
        if r["kind"] not in KINDS:
            fails.append(f"{w}: kind {r['kind']}")
        if r["outcome_class"] not in CLASSES:
            fails.append(f"{w}: outcome_class {r['outcome_class']}")
        for k in ("start", "end"):
            if not date_ok(r[k]):
                fails.append(f"{w}: bad {k} {r[k]}")
        if r["start"] and r["end"]:
            n = min(len(r["start"]), len(r["end"]))
            if r["start"][:n] > r["end"][:n]:
                fails.append(f"{w}: start after end")
        if not r["name"] or r["name"] != r["name"].strip() or (r["name"] != r["name"].lower() and
                                                                 r["name"] not in ("CBT", "TMS", "IPT")):
            fails.append(f"{w}: name not lower-case generic")
        span(r["source"], w)
    for i, s in enumerate(truth["scales"], 1):
        w = f"scale {i} {s.get('name')}"
        if list(s) != ["name", "score", "date", "source"]:
            fails.append(f"{w}: keys")
        if s["name"] not in SCALES:
            fails.append(f"{w}: unknown scale")
        elif not (isinstance(s["score"], int) and 0 <= s["score"] <= SCALES[s["name"]]):
            fails.append(f"{w}: score {s['score']} out of range")
        if not date_ok(s["date"]) or s["date"] is None:
            fails.append(f"{w}: date {s['date']}")
        if span(s["source"], w) and not re.search(rf"(?<!\d){s['score']}(?!\d)", s["source"]["text"]):
            fails.append(f"{w}: score not written in its span")
    codes = [d["code"] for d in truth["diagnoses"]]
    if len(codes) != len(set(codes)):
        fails.append("a code listed twice")
    for i, d in enumerate(truth["diagnoses"], 1):
        w = f"diagnosis {i} {d.get('code')}"
        if not ICD.match(d["code"]):
            fails.append(f"{w}: not ICD-10-CM shaped")
        if span(d["source"], w) and d["code"].casefold() not in norm(d["source"]["text"]):
            fails.append(f"{w}: code not in its span")
    su = truth["suicidality"]
    if list(su) != ["level", "source"]:
        fails.append("suicidality keys")
    if su["level"] is None:
        if su["source"] is not None:
            fails.append("null level with a source")
    else:
        if su["level"] not in LEVELS:
            fails.append(f"suicidality level {su['level']}")
        span(su["source"], "suicidality")
    return fails


def main():
    out = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    for p in list(out.glob("[0-9][0-9]-*")):
        if p.is_dir():
            shutil.rmtree(p)
        else:
            p.unlink()
    total_fail = 0
    tot = [0, 0, 0]
    for n, c in enumerate(CASES, 1):
        cdir = out / c["slug"]
        (cdir / "clinical").mkdir(parents=True)
        probs = []
        for j, d in enumerate(c["docs"]):
            p = cdir / "clinical" / d["file"]
            fmt = d["fmt"]
            if fmt == "pdf":
                probs += build_pdf(p, d["pages"])
            elif fmt == "docx":
                probs += build_docx(p, d["pages"], d["header"])
            elif fmt == "txt":
                probs += build_txt(p, d["pages"])
            elif fmt == "scan":
                probs += build_scan(p, d["pages"], seed=1000 * n + j)
            elif fmt == "photo":
                probs += build_photo(p, d["pages"], seed=1000 * n + j)
        truth = {"_note": c["note"], "history": c["history"], "scales": c["scales"],
                 "diagnoses": c["diagnoses"], "suicidality": c["suicidality"]}
        (out / f"{c['slug']}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
        truth = json.loads((out / f"{c['slug']}.truth.json").read_text(encoding="utf-8"))
        fails = probs + check_case(c, cdir, truth)
        total_fail += len(fails)
        h, s, dg = len(truth["history"]), len(truth["scales"]), len(truth["diagnoses"])
        tot[0] += h
        tot[1] += s
        tot[2] += dg
        print(f"{c['slug']}: {h} rows, {s} scales, {dg} codes, suicidality {truth['suicidality']['level']}"
              f"{'' if not fails else ' - ' + str(len(fails)) + ' FAILURES'}")
        for f in fails:
            print(f"    FAIL {f}")
    print(f"{len(CASES)} cases, {tot[0]} history rows, {tot[1]} scale rows, {tot[2]} diagnosis codes, "
          f"{total_fail} failures")
    return 1 if total_fail else 0


if __name__ == "__main__":
    sys.exit(main())
