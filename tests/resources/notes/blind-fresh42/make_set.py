"""Rebuild FICTIONAL blind set notes42 and self-check it. Run: /work/main/.venv/bin/python make_set.py"""
import json, os, random, re, shutil, sys, zipfile, datetime
from io import BytesIO
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from pypdf import PdfReader
import docx
from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 12, 7, 12, 0, 0)


def write_pdf(path, pages):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL record (notes42)")
    w, h = letter
    for lines in pages:
        y = h - 60
        c.setFont("Helvetica", 9.5)
        for line in lines:
            for part in simpleSplit(line, "Helvetica", 9.5, w - 110) or [""]:
                c.drawString(55, y, part)
                y -= 14
            y -= 3
        c.showPage()
    c.save()


def write_txt(path, pages):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(pages[0]) + "\n")


def write_docx(path, pages):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL DOCUMENT (blind set notes42) - invented people and numbers"
    for line in pages[0]:
        d.add_paragraph(line)
    cp = d.core_properties
    cp.author = "FICTIONAL"; cp.last_modified_by = "FICTIONAL"
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 1
    buf = BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 7, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def render_paper(lines, font_file, size, width=1700, ruled=False, seed=0):
    rnd = random.Random(seed)
    font = ImageFont.truetype(FONTS + font_file, size)
    lh = int(size * 1.9)
    height = 160 + lh * len(lines) + 120
    img = Image.new("L", (width, max(height, 2200 if ruled else 0)), 250)
    dr = ImageDraw.Draw(img)
    if ruled:
        for y in range(150, img.height - 60, lh):
            dr.line([(60, y + size + 8), (width - 60, y + size + 8)], fill=205, width=2)
    y = 150
    for line in lines:
        x = 100 + rnd.randint(-6, 6)
        dr.text((x, y + rnd.randint(-2, 2)), line, font=font, fill=rnd.randint(20, 55))
        y += lh
    return img


def write_scan(path, pages, seed):
    imgs = []
    for i, lines in enumerate(pages):
        img = render_paper(lines, "DejaVuSans-Oblique.ttf", 40, ruled=True, seed=seed + i)
        img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=250, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(img.convert("RGB"))
    imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:],
                 title="FICTIONAL scan", creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())


def write_photo(path, pages, seed):
    rnd = random.Random(seed)
    paper = render_paper(pages[0], "DejaVuSans.ttf", 34, width=1900, seed=seed).convert("RGB")
    bg = Image.new("RGB", (paper.width + 300, paper.height + 300), (92, 74, 58))
    bg.paste(paper, (150, 150))
    bg = bg.rotate(rnd.choice([-2.2, 1.8, 2.5]), resample=Image.BICUBIC, fillcolor=(92, 74, 58))
    # uneven light: darker toward one corner
    shade = Image.linear_gradient("L").resize(bg.size).rotate(35, fillcolor=128)
    shade = shade.point(lambda v: 175 + v * 80 // 255)
    r, g, b = bg.split()
    bg = Image.merge("RGB", [Image.composite(ch, Image.new("L", bg.size, 0), Image.new("L", bg.size, 255)) for ch in (r, g, b)])
    bg = Image.composite(bg, Image.new("RGB", bg.size, (0, 0, 0)), shade)
    bg = bg.filter(ImageFilter.GaussianBlur(1.0))
    bg.save(path, "JPEG", quality=85)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def date_forms(iso):
    p = iso.split("-")
    y = p[0]
    if len(p) == 1:
        return [y]
    m = int(p[1])
    if len(p) == 2:
        return [f"{m:02d}/{y}", f"{m}/{y}", f"{MONTHS[m-1]} {y}", f"{MESES[m-1]}", f"{y}-{m:02d}"]
    d = int(p[2])
    return [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m-1]} {y}",
            f"{MONTHS[m-1]} {d}, {y}", iso]


def page_of(case, file, text):
    for doc in case["docs"]:
        if doc["file"] == file:
            for i, lines in enumerate(doc["pages"]):
                if text in lines:
                    return i + 1
    raise KeyError(f"{case['slug']}: source line not found in {file}: {text!r}")


def src(case, file, text):
    return {"file": file, "page": page_of(case, file, text), "text": text}


def main():
    fails = []
    tot = dict(rows=0, scales=0, codes=0, si=0, nul=0)
    for ci, case in enumerate(CASES):
        cdir = os.path.join(HERE, case["slug"])
        if os.path.isdir(cdir):
            shutil.rmtree(cdir)
        os.makedirs(os.path.join(cdir, "clinical"))
        alltext = []
        for di, doc in enumerate(case["docs"]):
            path = os.path.join(cdir, "clinical", doc["file"])
            t = doc["type"]
            if not doc["pages"][0][0].startswith(("FICTIONAL", "MUESTRA FICTICIA")):
                fails.append(f"{case['slug']}/{doc['file']}: first line does not say FICTIONAL")
            if t == "pdf":
                write_pdf(path, doc["pages"])
                rd = PdfReader(path)
                for pi, lines in enumerate(doc["pages"]):
                    got = norm(rd.pages[pi].extract_text())
                    for line in lines:
                        if norm(line) not in got:
                            fails.append(f"{case['slug']}/{doc['file']} p{pi+1}: not extracted: {line!r}")
            elif t == "txt":
                write_txt(path, doc["pages"])
            elif t == "docx":
                write_docx(path, doc["pages"])
                paras = [p.text for p in docx.Document(path).paragraphs]
                if paras != doc["pages"][0]:
                    fails.append(f"{case['slug']}/{doc['file']}: docx paragraphs differ")
            elif t == "scan":
                write_scan(path, doc["pages"], seed=100 * ci + di)
                if any(p.extract_text().strip() for p in PdfReader(path).pages):
                    fails.append(f"{case['slug']}/{doc['file']}: scan has a text layer")
            elif t == "photo":
                write_photo(path, doc["pages"], seed=100 * ci + di)
            for lines in doc["pages"]:
                alltext.extend(lines)
        blob = "\n".join(alltext)
        squash = lambda s: re.sub(r"\s+", "", s).lower()
        hist = []
        for r in case["history"]:
            s = src(case, r["file"], r["text"])
            if r["outcome"] is not None and r["outcome"] not in r["text"]:
                fails.append(f"{case['slug']} {r['name']}: outcome not in its source line")
            es = lambda d: d.replace("/day", "/día").replace("sessions", "sesiones")  # the Spanish case's words
            if r["dose"] and squash(r["dose"]) not in squash(blob) and squash(es(r["dose"])) not in squash(blob):
                fails.append(f"{case['slug']} {r['name']}: dose {r['dose']!r} not printed")
            for k in ("start", "end"):
                if r[k] and not any(f in blob for f in date_forms(r[k])):
                    fails.append(f"{case['slug']} {r['name']}: {k} {r[k]} not printed")
            hist.append({"name": r["name"], "class": r["cls"], "kind": r["kind"], "dose": r["dose"],
                         "start": r["start"], "end": r["end"], "outcome": r["outcome"],
                         "outcome_class": r["outcome_class"], "source": s})
        scales = []
        for sc in case["scales"]:
            s = src(case, sc["file"], sc["text"])
            if str(sc["score"]) not in sc["text"] or not any(f in sc["text"] for f in date_forms(sc["date"])):
                fails.append(f"{case['slug']} {sc['name']} {sc['score']}: score/date not in source line")
            scales.append({"name": sc["name"], "score": sc["score"], "date": sc["date"], "source": s})
        dx = []
        for d in case["diagnoses"]:
            if d["code"] not in d["text"]:
                fails.append(f"{case['slug']} {d['code']}: code not in source line")
            dx.append({"code": d["code"], "source": src(case, d["file"], d["text"])})
        su = case["suicidality"]
        sui = {"level": None, "source": None} if su is None else {"level": su["level"], "source": src(case, su["file"], su["text"])}
        truth = {"_note": "FICTIONAL case (blind set notes42). " + case["note"], "history": hist, "scales": scales,
                 "diagnoses": dx, "suicidality": sui}
        with open(os.path.join(HERE, case["slug"] + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, indent=2, ensure_ascii=False); fh.write("\n")
        tot["rows"] += len(hist); tot["scales"] += len(scales); tot["codes"] += len(dx)
        tot["si" if su else "nul"] += 1
    print(f"{len(CASES)} cases, {tot['rows']} history rows, {tot['scales']} scale rows, {tot['codes']} diagnosis codes, "
          f"{tot['si']} suicidality set, {tot['nul']} null, {len(fails)} failures")
    for f in fails:
        print("FAIL:", f)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
