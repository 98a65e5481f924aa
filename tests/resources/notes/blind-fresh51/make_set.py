"""FICTIONAL test set notes51: rebuilds every case folder and truth file from cases.py, then self-checks.

Run: /work/main/.venv/bin/python make_set.py      (from any directory; writes beside this file)
"""
import io
import json
import os
import random
import re
import shutil
import sys
import textwrap

from docx import Document
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype"
SANS = f"{FONT_DIR}/dejavu/DejaVuSans.ttf"
SERIF = f"{FONT_DIR}/liberation2/LiberationSerif-Regular.ttf"
MONO = f"{FONT_DIR}/dejavu/DejaVuSansMono.ttf"
OBLIQUE = f"{FONT_DIR}/dejavu/DejaVuSansCondensed-Oblique.ttf"
pdfmetrics.registerFont(TTFont("DV", SANS))
pdfmetrics.registerFont(TTFont("DVB", f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf"))


def norm(s):
    s = s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def wrap(line, width):
    if not line.strip():
        return [""]
    indent = len(line) - len(line.lstrip())
    return textwrap.wrap(line, width, subsequent_indent=" " * (indent + 2),
                         break_on_hyphens=False, break_long_words=False) or [""]


# ---------------------------------------------------------------- renderers
def render_txt(path, f):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n\f\n".join(p.rstrip("\n") for p in f["pages"]) + "\n")


def render_pdf(path, f):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL record")
    w, h = letter
    for page in f["pages"]:
        y = h - 54
        for raw in page.split("\n"):
            bold = raw.startswith("## ")
            line = raw[3:] if bold else raw
            fname = "DVB" if bold else "DV"
            width = 125
            while width > 60 and any(pdfmetrics.stringWidth(p, fname, 8.4) > w - 80 for p in wrap(line, width)):
                width -= 1
            for part in wrap(line, width):
                c.setFont(fname, 8.4)
                c.drawString(44, y, part)
                y -= 11.2
                if y < 40:
                    raise SystemExit(f"page overflow in {path}")
        c.showPage()
    c.save()


def render_docx(path, f):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f.get("header", "FICTIONAL RECORD - invented for software testing")
    table_rows = []

    def flush():
        if not table_rows:
            return
        ncol = max(len(r) for r in table_rows)
        t = doc.add_table(rows=len(table_rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(table_rows):
            for j, cell in enumerate(r):
                t.cell(i, j).text = cell
        table_rows.clear()

    for page in f["pages"]:
        for raw in page.split("\n"):
            if raw.startswith("|"):
                table_rows.append([x.strip() for x in raw.strip().strip("|").split("|")])
                continue
            flush()
            if raw.startswith("## "):
                doc.add_heading(raw[3:], level=2)
            else:
                doc.add_paragraph(raw)
        flush()
    doc.core_properties.author = "FICTIONAL"
    doc.core_properties.title = "FICTIONAL record"
    import datetime
    doc.core_properties.created = datetime.datetime(2026, 12, 1)
    doc.core_properties.modified = datetime.datetime(2026, 12, 1)
    buf = io.BytesIO()
    doc.save(buf)
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def page_image(text, seed, font_path, size, width_chars, paper=(250, 248, 240), ink=(25, 25, 60),
               jitter=0):
    rnd = random.Random(seed)
    W, H = 1700, 2200
    img = Image.new("RGB", (W, H), paper)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(font_path, size)
    y = 90
    for raw in text.split("\n"):
        line = raw[3:] if raw.startswith("## ") else raw
        for part in wrap(line, width_chars):
            x = 100 + (rnd.randint(-jitter, jitter) if jitter else 0)
            d.text((x, y), part, font=font, fill=ink)
            y += int(size * 1.45)
            if y > H - 80:
                raise SystemExit("image page overflow")
    return img


def render_scan(path, f, seed):
    imgs = []
    for i, page in enumerate(f["pages"]):
        img = page_image(page, seed + i, OBLIQUE, 34, 70, paper=(236, 236, 230), ink=(20, 20, 20), jitter=6)
        img = img.convert("L").rotate(0.8 if i % 2 == 0 else -0.6, fillcolor=236, resample=Image.BICUBIC)
        rnd = random.Random(seed)
        px = img.load()
        for _ in range(4000):
            x, y = rnd.randrange(img.width), rnd.randrange(img.height)
            px[x, y] = rnd.choice((90, 140, 200))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(img.convert("RGB"))
    import datetime
    import time
    when = time.gmtime(1796083200)
    imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:],
                 title="FICTIONAL scan", creationDate=when, modDate=when)


def render_photos(folder, f, seed):
    for i, page in enumerate(f["pages"]):
        img = page_image(page, seed + i, SERIF, 36, 80, paper=(247, 244, 232), ink=(30, 30, 35))
        bg = Image.new("RGB", (2000, 2600), (92, 70, 52))
        img = img.rotate(-2.2 if i == 0 else 1.7, expand=True, fillcolor=(92, 70, 52), resample=Image.BICUBIC)
        bg.paste(img, (120, 110))
        shade = Image.linear_gradient("L").resize(bg.size).rotate(90)
        bg = Image.composite(bg, Image.new("RGB", bg.size, (40, 36, 30)),
                             shade.point(lambda v: 255 - v // 5))
        bg = bg.filter(ImageFilter.GaussianBlur(0.9)).resize((1500, 1950))
        name = f["name"].replace("{n}", str(i + 1))
        bg.save(os.path.join(folder, name), "JPEG", quality=86)


# ---------------------------------------------------------------- extraction for the check
def extracted_pages(path, kind):
    if kind == "txt":
        return open(path, encoding="utf-8").read().split("\f")
    if kind == "pdf":
        return [p.extract_text() or "" for p in PdfReader(path).pages]
    if kind == "docx":
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return ["\n".join(parts)]
    return None  # scan / photo: checked against the drawn text


def main():
    failures = []
    totals = dict(h=0, s=0, d=0)
    for n, case in enumerate(CASES):
        cdir = os.path.join(HERE, case["slug"])
        if os.path.isdir(cdir):
            shutil.rmtree(cdir)
        cl = os.path.join(cdir, "clinical")
        os.makedirs(cl)
        logical = {}
        for f in case["files"]:
            kind = f["kind"]
            if kind == "photo":
                render_photos(cl, f, 5100 + n * 10)
                for i, p in enumerate(f["pages"]):
                    logical[(f["name"].replace("{n}", str(i + 1)), 1)] = (p, None)
                continue
            path = os.path.join(cl, f["name"])
            {"txt": render_txt, "pdf": render_pdf, "docx": render_docx}.get(kind, lambda p, ff: render_scan(p, ff, 5100 + n * 10))(path, f)
            ext = extracted_pages(path, kind)
            for i, p in enumerate(f["pages"]):
                logical[(f["name"], i + 1)] = (p, ext[i] if ext and kind != "docx" else (ext[0] if ext else None))
            if not f["pages"][0].upper().count("FICTI"):
                failures.append(f"{case['slug']}: {f['name']} first page does not say FICTIONAL")

        def check(what, file, page, text, values=()):
            key = (file, page)
            if key not in logical:
                failures.append(f"{case['slug']}: {what}: no such file/page {key}")
                return
            src, ext = logical[key]
            for hay, label in ((src, "record"), (ext, "extracted text")):
                if hay is None:
                    continue
                h = norm(hay)
                if label == "extracted text":
                    h = norm(hay.replace("|", " "))
                t = norm(text)
                if t not in h:
                    failures.append(f"{case['slug']}: {what}: source text not in {label} of {key}: {text!r}")
                for v in values:
                    if v and norm(str(v)) not in h:
                        failures.append(f"{case['slug']}: {what}: value {v!r} not in {label} of {key}")

        hist = []
        for r in case["history"]:
            check(f"history {r['name']}", r["file"], r["page"], r["text"],
                  [r.get("dose"), r.get("seen", r["name"])])
            whole = norm(" ".join(v[0] for k, v in logical.items() if k[0] == r["file"]))
            for q in list(r.get("shown", ())) + list(r.get("outcome_words", [r["outcome"]])):
                if norm(q) not in whole:
                    failures.append(f"{case['slug']}: history {r['name']}: {q!r} not printed in {r['file']}")
            if r["outcome_class"] not in ("no_response", "partial_response", "relapse", "side_effects",
                                          "remission", "unknown"):
                failures.append(f"{case['slug']}: bad outcome_class {r['outcome_class']}")
            if r["kind"] not in ("antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"):
                failures.append(f"{case['slug']}: bad kind {r['kind']}")
            for dk in ("start", "end"):
                if r[dk] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r[dk]):
                    failures.append(f"{case['slug']}: bad date {r[dk]}")
            hist.append({k: r[k] for k in ("name", "class", "kind", "dose", "start", "end", "outcome",
                                           "outcome_class")}
                        | {"source": {"file": r["file"], "page": r["page"], "text": r["text"]}})
        scales = []
        for s in case["scales"]:
            name, score, date, file, page, text = s[:6]
            shown = s[6] if len(s) > 6 else ()
            check(f"scale {name} {date}", file, page, text, [str(score)] + list(shown))
            scales.append({"name": name, "score": score, "date": date,
                           "source": {"file": file, "page": page, "text": text}})
        dx = []
        for code, file, page, text in case["diagnoses"]:
            if code not in text:
                failures.append(f"{case['slug']}: code {code} not in its source text")
            check(f"diagnosis {code}", file, page, text, [code])
            dx.append({"code": code, "source": {"file": file, "page": page, "text": text}})
        sui = None
        if case["suicidality"]:
            level, file, page, text = case["suicidality"]
            assert level in ("none", "passive", "active", "attempt")
            check("suicidality", file, page, text)
            sui = {"level": level, "source": {"file": file, "page": page, "text": text}}
        for neg in case.get("absent_rows", []):
            if any(h["name"] == neg for h in hist):
                failures.append(f"{case['slug']}: trap {neg} has a row")
        truth = {"_note": case["note"], "history": hist, "scales": scales, "diagnoses": dx, "suicidality": sui}
        assert case["note"].startswith("FICTIONAL")
        with open(os.path.join(HERE, case["slug"] + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        totals["h"] += len(hist)
        totals["s"] += len(scales)
        totals["d"] += len(dx)
    for fl in failures:
        print("FAIL", fl)
    print(f"{len(CASES)} cases, {totals['h']} history rows, {totals['s']} scale rows, "
          f"{totals['d']} diagnosis codes, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
