#!/usr/bin/env python3
"""Rebuild blind set 34 (FICTIONAL clinical records + truth files) deterministically, then self-check it.

Usage: /work/main/.venv/bin/python make_set.py [OUTDIR]     (default: this script's folder)
Exit 1 on any failure.
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

from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/liberation2"
FIXED = datetime.datetime(2026, 12, 7, 0, 0, 0)
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": 27, "MADRS": 60, "HAM-D": 52, "GAD-7": 21, "C-SSRS": 25, "pain NRS": 10}
LEVELS = {"none", "passive", "active", "attempt"}
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("  FAIL: " + msg)


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split()).casefold()


# ---------------------------------------------------------------------------------------------- model text
def line_text(line):
    if line.startswith("# "):
        return line[2:]
    if line.startswith("| "):
        return " ".join(c.strip() for c in line[2:].split(" | ") if c.strip())
    return line.replace("~", "")


def page_text(lines):
    return "\n".join(line_text(l) for l in lines)


# ---------------------------------------------------------------------------------------------- PDF (text layer)
def render_pdf(path, pages):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    for name, fn in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, fn)))
    body = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12, spaceAfter=4)
    head = ParagraphStyle("h", fontName="LSB", fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)
    width = letter[0] - 1.6 * inch
    total = len(pages)

    def footer(canv, doc):
        canv.setFont("LS", 8)
        canv.drawCentredString(letter[0] / 2, 0.45 * inch, "FICTIONAL - Page %d of %d" % (doc.page, total))

    story = []
    for pi, lines in enumerate(pages):
        rows = []

        def flush():
            if rows:
                t = Table([r for r in rows], hAlign="LEFT")
                t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 7.6), ("FONT", (0, 0), (-1, 0), "LSB", 7.6),
                                       ("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                w, _ = t.wrap(width, 1000)
                if w > width + 0.5:
                    fail("%s: table wider than the page (%.0f > %.0f)" % (path, w, width))
                story.extend([t, Spacer(1, 6)])
                rows.clear()

        for line in lines:
            if line.startswith("| "):
                rows.append([c.strip() for c in line[2:].split(" | ")])
                continue
            flush()
            if line.startswith("# "):
                p = Paragraph(escape(line[2:]), head)
                w = pdfmetrics.stringWidth(line[2:], "LSB", 11)
                if w > width:
                    fail("%s: heading wider than the page: %s" % (path, line[:40]))
                story.append(p)
            else:
                story.append(Paragraph(escape(line), body))
        flush()
        if pi < total - 1:
            story.append(PageBreak())
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.8 * inch, invariant=1,
                            title="FICTIONAL clinical record", author="FICTIONAL", creator="notes34 make_set.py")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------- DOCX
def render_docx(path, pages, header):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = header
    for lines in pages:
        rows = []

        def flush():
            if rows:
                t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                d.add_paragraph("")
                rows.clear()

        for line in lines:
            if line.startswith("| "):
                rows.append([c.strip() for c in line[2:].split(" | ")])
                continue
            flush()
            if line.startswith("# "):
                d.add_heading(line[2:], level=2)
            else:
                d.add_paragraph(line)
        flush()
    cp = d.core_properties
    cp.author = "FICTIONAL"
    cp.last_modified_by = "FICTIONAL"
    cp.title = "FICTIONAL clinical record"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry times and order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 7, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def read_docx(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.sections[0].header.paragraphs]
    parts += [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" ".join(c.text for c in r.cells if c.text.strip()))
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------- TXT
def render_txt(path, pages):
    out = []
    for lines in pages:
        for line in lines:
            if line.startswith("# "):
                out += ["", line[2:], "-" * len(line[2:])]
            elif line.startswith("    "):
                out.append(line)
            elif line.startswith("| "):
                out.append("   ".join(c.strip() for c in line[2:].split(" | ")))
            else:
                ind = "  " if line.startswith("- ") else "    "
                out += textwrap.wrap(line, 115, subsequent_indent=ind, break_on_hyphens=False) or [""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).lstrip("\n") + "\n")


# ---------------------------------------------------------------------------------------------- images
def font(name, size):
    return ImageFont.truetype(os.path.join(FONTDIR, name), size)


def draw_hand(draw, x, y, text, fnt, rng, ink=(25, 45, 125)):
    for word in text.split(" "):
        if not word:
            x += fnt.getlength(" ")
            continue
        c = tuple(max(0, min(255, v + rng.randint(-12, 12))) for v in ink)
        draw.text((x + rng.uniform(-1.5, 1.5), y + rng.uniform(-2.5, 2.5)), word, font=fnt, fill=c)
        x += fnt.getlength(word + " ") + rng.uniform(-1, 3)
    return x


def draw_mixed(draw, x, y, line, printed, hand, rng, ink=(25, 45, 125), pink=None):
    if "~" in line:
        pre, post = line.split("~", 1)
    else:
        pre, post = line, ""
    if pre:
        draw.text((x, y + 6), pre, font=printed, fill=(30, 30, 30))
        x += printed.getlength(pre + " ")
    if post:
        x = draw_hand(draw, x, y, post, hand, rng, ink)
    return x


def render_scan(path, lines, seed):
    rng = random.Random(seed)
    W, H = 1700, 2200
    im = Image.new("RGB", (W, H), (250, 250, 247))
    dr = ImageDraw.Draw(im)
    printed = font("LiberationSans-Regular.ttf", 28)
    bold = font("LiberationSans-Bold.ttf", 32)
    hand = font("LiberationSerif-Italic.ttf", 40)
    y = 70
    box_top = None
    slips = []
    for line in lines:
        if line.startswith("# WHILE"):
            if box_top is not None:
                slips.append((box_top, y))
                y += 40
            box_top = y
            y += 18
            dr.text((110, y), line[2:], font=bold, fill=(170, 30, 60))
            y += 50
        elif line.startswith("# "):
            dr.text((100, y), line[2:], font=bold, fill=(20, 20, 20))
            y += 70
        else:
            x_end = draw_mixed(dr, 110, y, line, printed, hand, rng)
            if x_end > W - 100:
                fail("%s: line runs off the slip: %s" % (path, line[:40]))
            y += 50
    slips.append((box_top, y + 10))
    for top, bot in slips:
        dr.rectangle((90, top, W - 90, bot), outline=(170, 30, 60), width=3)
    if y > H - 80:
        fail("%s: scan content overflows the page" % path)
    for _ in range(1800):
        px, py = rng.randrange(W), rng.randrange(H)
        g = rng.randint(120, 200)
        dr.point((px, py), fill=(g, g, g))
    im = im.rotate(0.4, resample=Image.BICUBIC, fillcolor=(250, 250, 247))
    im = im.filter(ImageFilter.GaussianBlur(0.6)).convert("L")
    im.save(path, "PDF", resolution=200.0, creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), title="FICTIONAL scan",
            author="FICTIONAL")


def render_photo(path, lines, seed):
    rng = random.Random(seed)
    W, H = 1500, 2000
    paper_w = 1220
    paper_h = 120 + 58 * len(lines)
    paper = Image.new("RGB", (paper_w, paper_h), (246, 244, 238))
    dr = ImageDraw.Draw(paper)
    mono = font("LiberationMono-Regular.ttf", 27)
    monob = font("LiberationMono-Bold.ttf", 29)
    hand = font("LiberationSerif-Italic.ttf", 38)
    y = 50
    for line in lines:
        if line.startswith("# "):
            dr.text((40, y), line[2:], font=monob, fill=(35, 35, 35))
        elif line.startswith("~"):
            x_end = draw_hand(dr, 60, y - 4, line[1:], hand, rng)
            if x_end > paper_w - 30:
                fail("%s: handwritten line runs off the receipt: %s" % (path, line[:40]))
        else:
            dr.text((40, y), line, font=mono, fill=(55, 55, 55))
            if line.startswith("RX "):
                dr.line((30, y - 10, paper_w - 30, y - 10), fill=(150, 150, 150), width=2)
        y += 58
    bg = Image.new("RGB", (W, H), (58, 46, 38))
    bdr = ImageDraw.Draw(bg)
    for i in range(0, H, 7):
        shade = 52 + (i * 37 % 17)
        bdr.line((0, i, W, i), fill=(shade + 6, shade - 4, shade - 12))
    paper = paper.rotate(1.0, resample=Image.BICUBIC, expand=True, fillcolor=(58, 46, 38))
    bg.paste(paper, ((W - paper.width) // 2, max(20, (H - paper.height) // 2)))
    # light falling off toward the bottom
    grad = Image.linear_gradient("L").resize((W, H))
    dark = Image.new("RGB", (W, H), (0, 0, 0))
    bg = Image.composite(dark, bg, grad.point(lambda v: int(v * 0.25)))
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    if paper.height > H - 40:
        fail("%s: receipt taller than the photo" % path)
    bg.save(path, "JPEG", quality=88, optimize=False, progressive=False)


# ---------------------------------------------------------------------------------------------- build
def build(out):
    for name in sorted(os.listdir(out)):
        if re.match(r"^\d\d-", name):
            p = os.path.join(out, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    for ci, case in enumerate(CASES):
        cdir = os.path.join(out, case["slug"], "clinical")
        os.makedirs(cdir)
        for di, doc in enumerate(case["docs"]):
            p = os.path.join(cdir, doc["file"])
            seed = 3400 + ci * 10 + di
            if doc["fmt"] == "pdf":
                render_pdf(p, doc["pages"])
            elif doc["fmt"] == "docx":
                render_docx(p, doc["pages"], doc["header"])
            elif doc["fmt"] == "txt":
                render_txt(p, doc["pages"])
            elif doc["fmt"] == "scan":
                render_scan(p, doc["pages"][0], seed)
            elif doc["fmt"] == "photo":
                render_photo(p, doc["pages"][0], seed)
        truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
        with open(os.path.join(out, case["slug"] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False)
            f.write("\n")


# ---------------------------------------------------------------------------------------------- check
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
CODE_RE = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")


def valid_date(s):
    m = DATE_RE.match(s)
    if not m:
        return False
    y, mo, d = m.groups()
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


def pdftotext(path, page):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-"],
                          capture_output=True, text=True).stdout


def pdfpages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else -1


def check(out):
    counts = [0, 0, 0]
    for case in CASES:
        slug = case["slug"]
        before = len(FAIL)
        cdir = os.path.join(out, slug, "clinical")
        docs = {d["file"]: d for d in case["docs"]}
        if sorted(os.listdir(os.path.join(out, slug))) != ["clinical"] or sorted(os.listdir(cdir)) != sorted(docs):
            fail("%s: folder does not hold exactly clinical/ with the case's documents" % slug)
        # rendered text per (file, page)
        model, real = {}, {}
        for fn, d in docs.items():
            p = os.path.join(cdir, fn)
            for i, lines in enumerate(d["pages"], 1):
                model[(fn, i)] = norm(page_text(lines))
            if d["fmt"] == "pdf":
                n = pdfpages(p)
                if n != len(d["pages"]):
                    fail("%s: %s has %d pages, expected %d" % (slug, fn, n, len(d["pages"])))
                for i in range(1, len(d["pages"]) + 1):
                    real[(fn, i)] = norm(pdftotext(p, i))
            elif d["fmt"] == "docx":
                real[(fn, 1)] = norm(read_docx(p))
                import docx
                if "fictional" not in norm(" ".join(x.text for x in docx.Document(p).sections[0].header.paragraphs)):
                    fail("%s: %s header lacks FICTIONAL" % (slug, fn))
            elif d["fmt"] == "txt":
                real[(fn, 1)] = norm(open(p, encoding="utf-8").read())
            elif d["fmt"] == "scan":
                if pdfpages(p) != 1:
                    fail("%s: scan page count" % slug)
                if pdftotext(p, 1).strip():
                    fail("%s: scan has a text layer" % slug)
            if "ficti" not in norm(line_text(d["pages"][0][0])) or ((fn, 1) in real and "ficti" not in real[(fn, 1)]):
                fail("%s: %s does not say FICTIONAL in its first line" % (slug, fn))

        def span_ok(what, src):
            key = (src["file"], src["page"])
            if key not in model:
                fail("%s: %s cites %s p. %s, which does not exist" % (slug, what, *key))
                return
            t = norm(src["text"])
            if t not in model[key]:
                fail("%s: %s span not on %s p. %d: %r" % (slug, what, key[0], key[1], src["text"][:60]))
            elif key in real and t not in real[key]:
                fail("%s: %s span not in the rendered %s p. %d: %r" % (slug, what, key[0], key[1], src["text"][:60]))

        tpath = os.path.join(out, slug + ".truth.json")
        truth = json.load(open(tpath, encoding="utf-8"))
        if list(truth) != ["_note", "history", "scales", "diagnoses", "suicidality"]:
            fail("%s: truth keys %s" % (slug, list(truth)))
        if not truth["_note"].startswith("FICTIONAL"):
            fail("%s: _note does not start with FICTIONAL" % slug)
        hkeys = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
        for i, r in enumerate(truth["history"], 1):
            w = "history %d (%s)" % (i, r.get("name"))
            if list(r) != hkeys or list(r["source"]) != ["file", "page", "text"]:
                fail("%s: %s keys" % (slug, w))
            if r["kind"] not in KINDS:
                fail("%s: %s kind %r" % (slug, w, r["kind"]))
            if r["outcome_class"] not in OCLASSES:
                fail("%s: %s outcome_class %r" % (slug, w, r["outcome_class"]))
            for k in ("start", "end"):
                if r[k] is not None and not valid_date(r[k]):
                    fail("%s: %s %s %r" % (slug, w, k, r[k]))
            if r["start"] and r["end"] and valid_date(r["start"]) and valid_date(r["end"]):
                n = min(len(r["start"]), len(r["end"]))
                if r["start"][:n] > r["end"][:n]:
                    fail("%s: %s starts after it ends" % (slug, w))
            span_ok(w, r["source"])
        for i, s in enumerate(truth["scales"], 1):
            w = "scale %d (%s %s)" % (i, s.get("name"), s.get("score"))
            if list(s) != ["name", "score", "date", "source"]:
                fail("%s: %s keys" % (slug, w))
            if s["name"] not in SCALES:
                fail("%s: %s name" % (slug, w))
            elif not isinstance(s["score"], int) or not 0 <= s["score"] <= SCALES[s["name"]]:
                fail("%s: %s score out of range" % (slug, w))
            elif not re.search(r"(?<!\d)%d(?!\d)" % s["score"], s["source"]["text"]):
                fail("%s: %s score not in its span" % (slug, w))
            if not valid_date(s["date"]):
                fail("%s: %s date %r" % (slug, w, s["date"]))
            span_ok(w, s["source"])
        seen = set()
        for d in truth["diagnoses"]:
            w = "diagnosis %s" % d["code"]
            if list(d) != ["code", "source"] or not CODE_RE.match(d["code"]):
                fail("%s: %s shape" % (slug, w))
            if d["code"] in seen:
                fail("%s: %s twice" % (slug, w))
            seen.add(d["code"])
            if d["code"].casefold() not in norm(d["source"]["text"]):
                fail("%s: %s not in its span" % (slug, w))
            span_ok(w, d["source"])
        su = truth["suicidality"]
        if list(su) != ["level", "source"]:
            fail("%s: suicidality keys" % slug)
        elif su["level"] is None:
            if su["source"] is not None:
                fail("%s: null suicidality with a source" % slug)
        elif su["level"] not in LEVELS:
            fail("%s: suicidality level %r" % (slug, su["level"]))
        else:
            span_ok("suicidality", su["source"])
        counts[0] += len(truth["history"])
        counts[1] += len(truth["scales"])
        counts[2] += len(truth["diagnoses"])
        print("%-62s %d rows, %d scales, %d codes, %s  %s" % (
            slug, len(truth["history"]), len(truth["scales"]), len(truth["diagnoses"]),
            su["level"], "ok" if len(FAIL) == before else "FAILED"))
    return counts


def main():
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    build(out)
    h, s, d = check(out)
    print("%d cases, %d history rows, %d scale rows, %d diagnosis codes, %d failures"
          % (len(CASES), h, s, d, len(FAIL)))
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
