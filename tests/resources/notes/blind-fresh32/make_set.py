#!/usr/bin/env python3
"""Build blind set notes32 (FICTIONAL clinical records + truth files) from cases.py, then check it.

Usage: /work/main/.venv/bin/python make_set.py [OUTDIR]     (default: this folder). Exit 1 on any failure.
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
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

FONTS = "/usr/share/fonts/truetype/liberation2/"
FIXED = datetime.datetime(2026, 12, 6, 12, 0, 0)
FAIL = []

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": (0, 27), "MADRS": (0, 60), "HAM-D": (0, 52), "GAD-7": (0, 21), "C-SSRS": (0, 25),
          "pain NRS": (0, 10)}
LEVELS = {"none", "passive", "active", "attempt"}
HIST_KEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]


def fail(case, msg):
    FAIL.append(f"{case}: {msg}")


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def cells(line):
    return [c.strip() for c in line[1:].split("|")]


def plain(line):
    """A line as the model's text: heading without '# ', table row as cells joined by spaces, scan marks gone."""
    if line.startswith("# "):
        return line[2:]
    if line.startswith("|"):
        return " ".join(c for c in cells(line) if c)
    return re.sub(r"\{\{!?(.*?)\}\}", r"\1", line)


def page_text(page):
    return "\n".join(plain(l) for l in page)


def blocks(page):
    """Group a page's lines: consecutive '|' lines become one table block."""
    out = []
    for line in page:
        if line.startswith("|"):
            if out and out[-1][0] == "table":
                out[-1][1].append(cells(line))
            else:
                out.append(("table", [cells(line)]))
        elif line.startswith("# "):
            out.append(("h", line[2:]))
        elif line == "":
            out.append(("blank", ""))
        else:
            out.append(("p", line))
    return out


# ---------------------------------------------------------------------------------------------- PDF (text layer)
def render_pdf(case, doc, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    for name, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, FONTS + f))
    body = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12.2, spaceAfter=4)
    head = ParagraphStyle("h", fontName="LSB", fontSize=10.5, leading=13, spaceBefore=5, spaceAfter=3)
    margin = 0.7 * inch
    width = letter[0] - 2 * margin
    n = len(doc["pages"])
    story = []
    for pi, page in enumerate(doc["pages"]):
        for kind, val in blocks(page):
            if kind == "h":
                if pdfmetrics.stringWidth(val, "LSB", 10.5) > width:
                    fail(case, f"{doc['file']} p{pi + 1}: heading too wide: {val[:40]}")
                story.append(Paragraph(escape(val), head))
            elif kind == "p":
                story.append(Paragraph(escape(val), body))
            elif kind == "blank":
                story.append(Spacer(1, 6))
            else:
                ncol = max(len(r) for r in val)
                rows = [r + [""] * (ncol - len(r)) for r in val]
                cw = [max(pdfmetrics.stringWidth(r[i], "LSB" if ri == 0 else "LS", 7.4) for ri, r in enumerate(rows))
                      + 8 for i in range(ncol)]
                if sum(cw) > width:
                    fail(case, f"{doc['file']} p{pi + 1}: table too wide ({sum(cw):.0f} > {width:.0f})")
                t = Table(rows, colWidths=cw, hAlign="LEFT")
                t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 7.4), ("FONT", (0, 0), (-1, 0), "LSB", 7.4),
                                       ("GRID", (0, 0), (-1, -1), 0.4, "#666666"),
                                       ("BACKGROUND", (0, 0), (-1, 0), "#e4e4e4"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
                story.append(t)
                story.append(Spacer(1, 5))
        if pi < n - 1:
            story.append(PageBreak())

    def footer(canvas, d):
        canvas.setFont("LS", 7.5)
        canvas.drawCentredString(letter[0] / 2, 0.4 * inch, f"FICTIONAL - Page {d.page} of {n}")

    dt = SimpleDocTemplate(path, pagesize=letter, leftMargin=margin, rightMargin=margin, topMargin=0.6 * inch,
                           bottomMargin=0.65 * inch, invariant=1, title="FICTIONAL sample record",
                           author="FICTIONAL", creator="notes32 make_set.py")
    dt.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------- DOCX
def render_docx(case, doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = doc["header"]
    for page in doc["pages"]:
        for kind, val in blocks(page):
            if kind == "h":
                d.add_heading(val, level=2)
            elif kind == "p":
                d.add_paragraph(val)
            elif kind == "blank":
                continue
            else:
                ncol = max(len(r) for r in val)
                t = d.add_table(rows=len(val), cols=ncol)
                t.style = "Table Grid"
                for ri, r in enumerate(val):
                    for ci in range(ncol):
                        t.cell(ri, ci).text = r[ci] if ci < len(r) else ""
                        if ri == 0:
                            for run in t.cell(ri, ci).paragraphs[0].runs:
                                run.bold = True
                d.add_paragraph("")
    cp = d.core_properties
    cp.author = cp.last_modified_by = "FICTIONAL"
    cp.title = "FICTIONAL sample record"
    cp.created = cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 6, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.sections[0].header.paragraphs]
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tr in child.iter():
                if tr.tag.endswith("}tr"):
                    cs = []
                    for tc in tr:
                        if tc.tag.endswith("}tc"):
                            cs.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                    parts.append(" ".join(c for c in cs if c))
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------- TXT
def render_txt(case, doc, path):
    out = []
    for page in doc["pages"]:
        for kind, val in blocks(page):
            if kind == "h":
                out += ["", val, ("=" if not out else "-") * len(val)]
            elif kind == "p":
                ind = "  " if val.startswith("- ") else "    "
                out.append(textwrap.fill(val, 112, subsequent_indent=ind, break_on_hyphens=False,
                                         break_long_words=False))
            elif kind == "blank":
                out.append("")
            else:
                ncol = max(len(r) for r in val)
                w = [max(len(r[i]) if i < len(r) else 0 for r in val) for i in range(ncol)]
                for r in val:
                    out.append("  ".join((r[i] if i < len(r) else "").ljust(w[i]) for i in range(ncol)).rstrip())
    text = "\n".join(out).lstrip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------- scan (image-only PDF)
def font(name, size):
    from PIL import ImageFont
    return ImageFont.truetype(FONTS + name, size)


def render_scan(case, doc, path, seed):
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    W, H = 1700, 2200
    imgs = []
    fp, fb, fh = font("LiberationSans-Regular.ttf", 31), font("LiberationSans-Bold.ttf", 36), \
        font("LiberationSerif-Italic.ttf", 40)
    for pi, page in enumerate(doc["pages"]):
        im = Image.new("RGB", (W, H), (250, 249, 244))
        dr = ImageDraw.Draw(im)
        y = 130
        for line in page:
            x = 120
            if line.startswith("# "):
                dr.text((x, y), line[2:], font=fb, fill=(20, 20, 20))
                if dr.textlength(line[2:], font=fb) > W - 240:
                    fail(case, f"{doc['file']}: scan heading too wide")
                y += 60
                dr.line((120, y - 10, W - 120, y - 10), fill=(60, 60, 60), width=2)
                y += 20
                continue
            for part in re.split(r"(\{\{.*?\}\})", line):
                if not part:
                    continue
                if part.startswith("{{"):
                    txt = part[2:-2]
                    struck = txt.startswith("!")
                    txt = txt.lstrip("!")
                    x0 = x
                    for word in txt.split(" "):
                        if not word:
                            x += 12
                            continue
                        ink = (rnd.randint(15, 40), rnd.randint(30, 60), rnd.randint(110, 150))
                        dr.text((x + rnd.randint(-1, 2), y - 4 + rnd.randint(-3, 3)), word, font=fh, fill=ink)
                        x += dr.textlength(word, font=fh) + 13 + rnd.randint(-2, 3)
                    dr.line((x0, y + 44, x, y + 44), fill=(170, 170, 170), width=1)
                    if struck:
                        dr.line((x0 - 4, y + 22, x - 6, y + 18 + rnd.randint(-3, 3)), fill=(25, 40, 130), width=4)
                else:
                    dr.text((x, y), part, font=fp, fill=(25, 25, 25))
                    x += dr.textlength(part, font=fp) + 6
                if x > W - 90:
                    fail(case, f"{doc['file']}: scan line too wide: {line[:40]}")
            y += 78
        if y > H - 120:
            fail(case, f"{doc['file']}: scan page overflow")
        im = im.rotate(0.4, resample=Image.BICUBIC, expand=False, fillcolor=(250, 249, 244))
        px = im.load()
        for _ in range(2500):
            a, b = rnd.randrange(W), rnd.randrange(H)
            g = rnd.randint(90, 200)
            px[a, b] = (g, g, g)
        im = im.filter(ImageFilter.GaussianBlur(0.7)).convert("L")
        imgs.append(im)
    imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:],
                 title="FICTIONAL scan", author="FICTIONAL", creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())


# ---------------------------------------------------------------------------------------------- photo (JPEG)
def render_photo(case, doc, path, seed):
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    PW, PH = 1500, 1950
    fm = font("LiberationMono-Regular.ttf", 27)
    cw = ImageDraw.Draw(Image.new("L", (10, 10))).textlength("M", font=fm)
    ncols = int((PW - 220) // cw)
    paper = Image.new("RGB", (PW, PH), (236, 226, 196))
    dr = ImageDraw.Draw(paper)
    y = 110
    for line in doc["pages"][0]:
        txt = line[2:] if line.startswith("# ") else line
        wrapped = textwrap.wrap(txt, ncols, break_on_hyphens=False) or [""]
        for wl in wrapped:
            x = 110
            for ch in wl:
                k = rnd.randint(25, 70)
                dr.text((x + rnd.uniform(-0.6, 0.6), y + rnd.uniform(-1, 1)), ch, font=fm, fill=(k, k, k + 5))
                x += cw
            y += 40
        if line == "" or line.startswith("# "):
            y += 6
    if y > PH - 80:
        fail(case, f"{doc['file']}: photo page overflow ({y})")
    for _ in range(900):
        a, b = rnd.randrange(PW), rnd.randrange(PH)
        dr.point((a, b), fill=(200, 186, 150))
    paper = paper.rotate(1.0, resample=Image.BICUBIC, expand=True, fillcolor=(52, 40, 32))
    bg = Image.new("RGB", (paper.width + 160, paper.height + 180), (52, 40, 32))
    bg.paste(paper, (80, 70))
    # light falling off toward the lower right
    shade = Image.linear_gradient("L").resize(bg.size).point(lambda v: 255 - v // 4)
    bg = Image.composite(bg, Image.new("RGB", bg.size, (0, 0, 0)), shade)
    bg = bg.filter(ImageFilter.GaussianBlur(0.9)).resize((bg.width * 4 // 5, bg.height * 4 // 5), Image.LANCZOS)
    bg.save(path, "JPEG", quality=86)


# ---------------------------------------------------------------------------------------------- checks
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ICD = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")


def date_ok(s):
    if s is None:
        return True
    m = DATE.match(s)
    if not m:
        return False
    try:
        datetime.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return False
    return True


def pdftotext(path, p):
    return subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), path, "-"], capture_output=True,
                          text=True).stdout


def pdfpages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m[1]) if m else -1


def check_case(c, outdir):
    slug = c["slug"]
    cdir = os.path.join(outdir, slug, "clinical")
    files = sorted(os.listdir(cdir))
    want = sorted(d["file"] for d in c["docs"])
    if files != want:
        fail(slug, f"clinical/ holds {files}, expected {want}")
    model = {}  # (file, page) -> normalised model text
    real = {}   # (file, page) -> normalised text as a reader gets it from the file (text formats only)
    for d in c["docs"]:
        p = os.path.join(cdir, d["file"])
        pages = d["pages"]
        for i, pg in enumerate(pages):
            model[(d["file"], i + 1)] = norm(page_text(pg))
        if d["fmt"] == "pdf":
            if pdfpages(p) != len(pages):
                fail(slug, f"{d['file']}: {pdfpages(p)} pages, expected {len(pages)}")
            for i in range(len(pages)):
                real[(d["file"], i + 1)] = norm(pdftotext(p, i + 1))
        elif d["fmt"] == "scan":
            if pdfpages(p) != len(pages):
                fail(slug, f"{d['file']}: page count")
            if pdftotext(p, 1).strip():
                fail(slug, f"{d['file']}: scan has a text layer")
        elif d["fmt"] == "docx":
            real[(d["file"], 1)] = norm(docx_text(p))
            if "fictional" not in norm(docx_text(p))[:200]:
                fail(slug, f"{d['file']}: header lacks FICTIONAL")
        elif d["fmt"] == "txt":
            real[(d["file"], 1)] = norm(open(p, encoding="utf-8").read())
        first = model[(d["file"], 1)]
        if "ficti" not in first:
            fail(slug, f"{d['file']}: first page does not say FICTIONAL")
        if (d["file"], 1) in real and "ficti" not in real[(d["file"], 1)]:
            fail(slug, f"{d['file']}: rendered first page does not say FICTIONAL")

    def span(src, what):
        key = (src["file"], src["page"])
        t = norm(src["text"])
        if key not in model:
            fail(slug, f"{what}: no page {key}")
            return ""
        if t not in model[key]:
            fail(slug, f"{what}: span not on {key}: {src['text'][:60]}")
        if key in real and t not in real[key]:
            fail(slug, f"{what}: span not in rendered {key}: {src['text'][:60]}")
        return t

    truth = json.load(open(os.path.join(outdir, slug + ".truth.json"), encoding="utf-8"))
    if list(truth) != ["_note", "history", "scales", "diagnoses", "suicidality"]:
        fail(slug, f"truth keys {list(truth)}")
    if not truth["_note"].startswith("FICTIONAL"):
        fail(slug, "_note does not start with FICTIONAL")
    for i, r in enumerate(truth["history"]):
        w = f"history {i + 1} {r['name']}"
        if list(r) != HIST_KEYS:
            fail(slug, f"{w}: keys")
        if r["kind"] not in KINDS:
            fail(slug, f"{w}: kind {r['kind']}")
        if r["outcome_class"] not in OCS:
            fail(slug, f"{w}: outcome_class {r['outcome_class']}")
        if not (date_ok(r["start"]) and date_ok(r["end"])):
            fail(slug, f"{w}: date shape {r['start']} {r['end']}")
        elif r["start"] and r["end"] and r["start"] > r["end"][:len(r["start"])]:
            fail(slug, f"{w}: start after end")
        if r["name"] != r["name"].lower() and r["name"] not in ("CBT", "IPT", "ECT", "TMS", "DBT"):
            fail(slug, f"{w}: name not lower case")
        span(r["source"], w)
    for i, s in enumerate(truth["scales"]):
        w = f"scale {i + 1} {s['name']}"
        if list(s) != ["name", "score", "date", "source"]:
            fail(slug, f"{w}: keys")
        if s["name"] not in SCALES:
            fail(slug, f"{w}: name")
        lo, hi = SCALES.get(s["name"], (0, 99))
        if not isinstance(s["score"], int) or not lo <= s["score"] <= hi:
            fail(slug, f"{w}: score {s['score']}")
        if not date_ok(s["date"]) or s["date"] is None:
            fail(slug, f"{w}: date {s['date']}")
        t = span(s["source"], w)
        if not re.search(rf"(?<!\d){s['score']}(?!\d)", t):
            fail(slug, f"{w}: score not in its span")
    codes = [d["code"] for d in truth["diagnoses"]]
    if len(codes) != len(set(codes)):
        fail(slug, "a code twice")
    for d in truth["diagnoses"]:
        if not ICD.match(d["code"]):
            fail(slug, f"code shape {d['code']}")
        if d["code"].casefold() not in span(d["source"], f"code {d['code']}"):
            fail(slug, f"code {d['code']} not in its span")
    su = truth["suicidality"]
    if list(su) != ["level", "source"]:
        fail(slug, "suicidality keys")
    if su["level"] is None:
        if su["source"] is not None:
            fail(slug, "null level with a source")
    else:
        if su["level"] not in LEVELS:
            fail(slug, f"suicidality level {su['level']}")
        span(su["source"], "suicidality")
    return truth


def main():
    outdir = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    for name in os.listdir(outdir):
        if re.match(r"^\d\d-", name):
            p = os.path.join(outdir, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    tot = [0, 0, 0]
    for ci, c in enumerate(CASES):
        slug = c["slug"]
        if not slug.startswith(f"{ci + 1:02d}-"):
            fail(slug, "numbering")
        cdir = os.path.join(outdir, slug, "clinical")
        os.makedirs(cdir)
        for di, d in enumerate(c["docs"]):
            p = os.path.join(cdir, d["file"])
            seed = 3200 + ci * 10 + di
            {"pdf": lambda: render_pdf(slug, d, p), "docx": lambda: render_docx(slug, d, p),
             "txt": lambda: render_txt(slug, d, p), "scan": lambda: render_scan(slug, d, p, seed),
             "photo": lambda: render_photo(slug, d, p, seed)}[d["fmt"]]()
        truth = {"_note": c["note"], "history": c["history"], "scales": c["scales"], "diagnoses": c["diagnoses"],
                 "suicidality": c["suicidality"]}
        with open(os.path.join(outdir, slug + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False)
            f.write("\n")
        before = len(FAIL)
        t = check_case(c, outdir)
        tot[0] += len(t["history"])
        tot[1] += len(t["scales"])
        tot[2] += len(t["diagnoses"])
        print(f"{slug}: {len(t['history'])} rows, {len(t['scales'])} scales, {len(t['diagnoses'])} codes, "
              f"suicidality {t['suicidality']['level']}, {len(FAIL) - before} failures")
    for f in FAIL:
        print("FAIL", f)
    print(f"{len(CASES)} cases, {tot[0]} history rows, {tot[1]} scale rows, {tot[2]} diagnosis codes, "
          f"{len(FAIL)} failures")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
