"""Rebuild blind set notes45 (FICTIONAL data) and self-check it.

Run: cd /work/notes/notes45 && /work/main/.venv/bin/python make_set.py
"""
import io
import json
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

from docx import Document
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from cases import CASES

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
WRAP = 98
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def wrap(line, width=WRAP):
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def write_pdf(path, pages):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL record")
    for lines in pages:
        y = 740
        for line in lines:
            for part in wrap(line):
                c.setFont("Helvetica", 9.5)
                c.drawString(50, y, part)
                y -= 14
        c.showPage()
    c.save()


def write_txt(path, pages):
    path.write_text("\n\f\n".join("\n".join(p) for p in pages) + "\n", encoding="utf-8")


def fix_zip(path):
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(buf.getvalue())


def write_docx(path, pages):
    import datetime
    d = Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL record - invented data for software tests"
    for lines in pages:
        for line in lines:
            d.add_paragraph(line)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 1)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "FICTIONAL"
    cp.last_modified_by = "FICTIONAL"
    d.save(str(path))
    fix_zip(path)


def render_page(lines, rng, hand=False):
    W, H = 1700, 2200
    img = Image.new("RGB", (W, H), (250, 248, 240) if hand else (255, 255, 255))
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Oblique.ttf" if hand else "DejaVuSans.ttf")), 34 if hand else 38)
    y = 150
    if hand:
        for ly in range(140, H - 100, 70):
            dr.line([(80, ly + 52), (W - 80, ly + 52)], fill=(190, 205, 230), width=2)
    for line in lines:
        x = 120 + (rng.randint(-6, 6) if hand else 0)
        assert dr.textlength(line, font=font) < W - x - 40, line
        dr.text((x, y), line, font=font, fill=(30, 30, 80) if hand else (20, 20, 20))
        y += 70
    return img


def write_scan(path, pages, seed):
    rng = random.Random(seed)
    imgs = []
    for lines in pages:
        img = render_page(lines, rng, hand=True).rotate(0.8, expand=False, fillcolor=(250, 248, 240))
        img = img.convert("L").convert("RGB")
        imgs.append(img)
    import time
    fixed = time.gmtime(1767225600)
    imgs[0].save(str(path), "PDF", resolution=200, save_all=True, append_images=imgs[1:],
                 title="FICTIONAL scan", creationDate=fixed, modDate=fixed)


def write_photo(path, lines, seed):
    rng = random.Random(seed)
    img = render_page(lines, rng, hand=False)
    # uneven light: a darker gradient from the left
    grad = Image.linear_gradient("L").rotate(90).resize(img.size)
    shade = Image.new("RGB", img.size, (70, 60, 50))
    img = Image.composite(img, shade, grad.point(lambda v: 150 + v * 105 // 255))
    bg = Image.new("RGB", (img.width + 300, img.height + 300), (95, 80, 65))
    bg.paste(img, (150, 150))
    bg = bg.rotate(-2.5, expand=True, fillcolor=(95, 80, 65)).filter(ImageFilter.GaussianBlur(1.0))
    bg = bg.resize((bg.width * 3 // 4, bg.height * 3 // 4))
    bg.save(str(path), "JPEG", quality=85)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def date_forms(iso):
    if iso is None:
        return []
    parts = iso.split("-")
    y = parts[0]
    if len(parts) == 1:
        return [y]
    m = int(parts[1])
    if len(parts) == 2:
        return [f"{m:02d}/{y}", f"{MONTHS[m - 1]} {y}", f"{MESES[m - 1]} {y}", f"desde {m:02d}/{y}"]
    d = int(parts[2])
    return [f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}"]


def main():
    fails = []
    totals = dict(rows=0, scales=0, dx=0, sui=0, null=0)
    for case in CASES:
        slug = case["slug"]
        cdir = HERE / slug
        if cdir.exists():
            shutil.rmtree(cdir)
        (cdir / "clinical").mkdir(parents=True)
        lines_of = {}  # file -> list of (page, line)
        for i, doc in enumerate(case["docs"]):
            path = cdir / "clinical" / doc["file"]
            pages = doc["pages"]
            kind = doc["kind"]
            if kind == "pdf":
                write_pdf(path, pages)
            elif kind == "txt":
                write_txt(path, pages)
            elif kind == "docx":
                write_docx(path, pages)
            elif kind == "scan":
                write_scan(path, pages, seed=hash(slug) % 1000 if False else len(slug) * 7 + i)
            elif kind == "photo":
                write_photo(path, pages[0], seed=len(slug) * 11 + i)
            if "FICTI" not in pages[0][0]:
                fails.append(f"{slug}/{doc['file']}: first line does not say FICTIONAL")
            lines_of[doc["file"]] = [(pn + 1 if kind in ("pdf", "scan") else 1, ln)
                                     for pn, p in enumerate(pages) for ln in p]
            if kind == "pdf":
                rd = PdfReader(str(path))
                if len(rd.pages) != len(pages):
                    fails.append(f"{slug}/{doc['file']}: page count")
                for pn, p in enumerate(pages):
                    txt = norm(rd.pages[pn].extract_text())
                    for ln in p:
                        if norm(ln) not in txt:
                            fails.append(f"{slug}/{doc['file']} p{pn + 1}: line not extracted: {ln[:60]}")
            if kind == "scan":
                rd = PdfReader(str(path))
                if any((pg.extract_text() or "").strip() for pg in rd.pages):
                    fails.append(f"{slug}/{doc['file']}: scan has a text layer")
            if kind == "docx":
                got = [p.text for p in Document(str(path)).paragraphs]
                if got != [ln for p in pages for ln in p]:
                    fails.append(f"{slug}/{doc['file']}: docx paragraphs differ")
        case_text = norm(" ".join(ln for v in lines_of.values() for _, ln in v))

        def src(file, key, what):
            hits = [(pg, ln) for pg, ln in lines_of[file] if key in ln]
            if len(hits) != 1:
                fails.append(f"{slug}: {what}: key {key!r} matches {len(hits)} lines")
                return {"file": file, "page": None, "text": None}
            pg, ln = hits[0]
            return {"file": file, "page": pg, "text": ln}

        hist = []
        for r in case["history"]:
            s = src(r["file"], r["key"], r["name"])
            line = s["text"] or ""
            if r["outcome"] is not None and norm(r["outcome"]) not in norm(line):
                fails.append(f"{slug}: {r['name']}: outcome not in its source line")
            if r["dose"] and norm(r["dose"]) not in case_text:
                fails.append(f"{slug}: {r['name']}: dose {r['dose']} not printed")
            for dt in (r["start"], r["end"]):
                if dt and not any(norm(fm) in case_text for fm in date_forms(dt)):
                    fails.append(f"{slug}: {r['name']}: date {dt} not printed")
            hist.append({"name": r["name"], "class": r["cls"], "kind": r["kind"], "dose": r["dose"],
                         "start": r["start"], "end": r["end"], "outcome": r["outcome"],
                         "outcome_class": r["outcome_class"], "source": s})
        scales = []
        for sc in case["scales"]:
            s = src(sc["file"], sc["key"], sc["name"])
            line = s["text"] or ""
            if str(sc["score"]) not in line or not any(fm in line for fm in date_forms(sc["date"])):
                fails.append(f"{slug}: scale {sc['name']} {sc['score']}: score/date not in source line")
            if sc["name"].split()[0].lower().replace("-", "") not in line.lower().replace("-", "").replace("hamilton rating", "hamd"):
                fails.append(f"{slug}: scale {sc['name']}: name not in source line")
            scales.append({"name": sc["name"], "score": sc["score"], "date": sc["date"], "source": s})
        dxs = []
        for dx in case["dx"]:
            s = src(dx["file"], dx["key"], dx["code"])
            if dx["code"] not in (s["text"] or ""):
                fails.append(f"{slug}: code {dx['code']} not in its line")
            dxs.append({"code": dx["code"], "source": s})
        sui = None
        if case["sui"]:
            s = src(case["sui"]["file"], case["sui"]["key"], "suicidality")
            sui = {"level": case["sui"]["level"], "source": s}
            totals["sui"] += 1
        else:
            totals["null"] += 1
        truth = {"_note": f"FICTIONAL case (blind set notes45). Not rows: {case['not_rows']}.",
                 "history": hist, "scales": scales, "diagnoses": dxs, "suicidality": sui}
        (HERE / f"{slug}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        totals["rows"] += len(hist)
        totals["scales"] += len(scales)
        totals["dx"] += len(dxs)
    print(f"{len(CASES)} cases, {totals['rows']} history rows, {totals['scales']} scale rows, {totals['dx']} diagnosis codes, "
          f"{totals['sui']} suicidality set, {totals['null']} null, {len(fails)} failures")
    for f in fails:
        print("FAIL", f)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
