# FICTIONAL test-set generator for appeal-kit notes (blind set notes49). Rebuild: /work/main/.venv/bin/python make_set.py
import json, os, re, shutil, sys, io, zipfile
from cases import CASES
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import docx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"

def write_pdf(path, pages):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    for lines in pages:
        y = 740
        c.setFont("Helvetica", 8.5)
        for ln in lines:
            c.drawString(40, y, ln); y -= 14
        c.showPage()
    c.save()

def write_txt(path, pages):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\f\n".join("\n".join(p) for p in pages) + "\n")

def fix_zip(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(it.filename)
            zi = zipfile.ZipInfo(it.filename, (2026, 12, 7, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    open(path, "wb").write(buf.getvalue())

def write_docx(path, pages):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL - appeal-kit test data (set notes49)"
    cp = d.core_properties
    import datetime
    cp.created = cp.modified = datetime.datetime(2026, 12, 7); cp.author = "notes49 (fictional)"; cp.last_modified_by = ""
    for lines in pages:
        for ln in lines: d.add_paragraph(ln)
    d.save(path); fix_zip(path)

def render(lines, font, size, w=1700, ruled=False):
    f = ImageFont.truetype(font, size)
    h = 160 + len(lines) * int(size * 1.9)
    im = Image.new("L", (w, h), 250); dr = ImageDraw.Draw(im)
    y = 80
    for i, ln in enumerate(lines):
        if ruled: dr.line((40, y + size + 8, w - 40, y + size + 8), fill=205, width=2)
        dr.text((70 + (i % 3) * 3, y), ln, font=f, fill=25)
        y += int(size * 1.9)
    return im

def write_scan(path, pages):
    ims = [render(p, HAND, 38, ruled=True).rotate(0.6, fillcolor=250, expand=True).filter(ImageFilter.GaussianBlur(0.5)).convert("RGB") for p in pages]
    import datetime
    import time; fixed = time.gmtime(1796601600)
    ims[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=ims[1:], creationDate=fixed, modDate=fixed, producer="notes49 (fictional)")

def write_photo(path, pages):
    im = render(pages[0], FONT, 34, w=2100).convert("RGB")
    # uneven light: darken toward the right edge
    grad = Image.linear_gradient("L").rotate(90).resize(im.size)
    im = Image.composite(im, Image.new("RGB", im.size, (120, 115, 105)), grad.point(lambda v: 255 - v // 3))
    im = im.rotate(-2.0, fillcolor=(90, 80, 70), expand=True).filter(ImageFilter.GaussianBlur(0.8))
    im.save(path, "JPEG", quality=88)

WRITERS = dict(pdf=write_pdf, txt=write_txt, docx=write_docx, scan=write_scan, photo=write_photo)

def page_of(case, line):
    for i, p in enumerate(case["pages"]):
        if line in p: return i + 1
    raise SystemExit(f"{case['slug']}: source line not in pages: {line}")

def printed_forms(iso):
    y, *rest = iso.split("-")
    if not rest: return [y, y.upper()]
    m = rest[0]
    es = ["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"][int(m)-1]
    en = ["january","february","march","april","may","june","july","august","september","october","november","december"][int(m)-1]
    if len(rest) == 1:
        return [f"{m}/{y}", f"{int(m)}/{y}", f"{y}-{m}", f"{es} de {y}", f"{es} a", f"{es}-", f"de {es}", f"{en} {y}"]
    d = rest[1]
    return [f"{m}/{d}/{y}", f"{d}/{m}/{y}", f"{y}-{m}-{d}"]

def main():
    fails = []; nrows = nscales = ncodes = nsui = nnull = 0
    for case in CASES:
        cdir = os.path.join(HERE, case["slug"]); shutil.rmtree(cdir, ignore_errors=True)
        os.makedirs(os.path.join(cdir, "clinical"))
        path = os.path.join(cdir, "clinical", case["file"])
        WRITERS[case["fmt"]](path, case["pages"])
        src = lambda line: {"file": case["file"], "page": page_of(case, line), "text": line}
        alltext = "\n".join("\n".join(p) for p in case["pages"]).lower()
        if "fictional" not in case["pages"][0][0].lower(): fails.append(f"{case['slug']}: first line not FICTIONAL")
        for p in case["pages"][1:]:
            if "fictional" not in p[0].lower(): fails.append(f"{case['slug']}: a page without FICTIONAL")
        if case["fmt"] == "pdf":
            rd = PdfReader(path)
            for i, p in enumerate(case["pages"]):
                t = re.sub(r"\s+", " ", rd.pages[i].extract_text())
                for ln in p:
                    if re.sub(r"\s+", " ", ln).strip() not in t: fails.append(f"{case['slug']} p{i+1}: not extracted: {ln}")
        if case["fmt"] == "docx":
            paras = [p.text for p in docx.Document(path).paragraphs]
            if paras != [l for p in case["pages"] for l in p]: fails.append(f"{case['slug']}: docx paragraphs differ")
        truth = {"_note": "FICTIONAL case (blind set notes49). " + case["note"], "history": [], "scales": [], "diagnoses": [], "suicidality": None}
        for r in case["rows"]:
            if r["outcome"] and r["outcome"] not in r["src"]: fails.append(f"{case['slug']}: outcome not in line: {r['name']}")
            if r["dose"].split()[0] not in alltext: fails.append(f"{case['slug']}: dose not printed: {r['name']}")
            for k in ("start", "end"):
                if r[k] and not any(f.lower() in alltext for f in printed_forms(r[k])): fails.append(f"{case['slug']}: {k} {r[k]} not printed: {r['name']}")
            truth["history"].append({"name": r["name"], "class": r["cls"], "kind": r["kind"], "dose": r["dose"], "start": r["start"], "end": r["end"],
                                     "outcome": r["outcome"], "outcome_class": r["outcome_class"], "source": src(r["src"])})
            nrows += 1
        for s in case["scales"]:
            if str(s["score"]) not in s["src"] or not any(f in s["src"] for f in printed_forms(s["date"])): fails.append(f"{case['slug']}: scale not in line: {s}")
            truth["scales"].append({"name": s["name"], "score": s["score"], "date": s["date"], "source": src(s["src"])}); nscales += 1
        for code, line in case["codes"]:
            if code not in line: fails.append(f"{case['slug']}: code {code} not in line")
            truth["diagnoses"].append({"code": code, "source": src(line)}); ncodes += 1
        if case["sui"]:
            truth["suicidality"] = {"level": case["sui"][0], "source": src(case["sui"][1])}; nsui += 1
        else: nnull += 1
        with open(os.path.join(HERE, case["slug"] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False); f.write("\n")
    print(f"{len(CASES)} cases, {nrows} history rows, {nscales} scale rows, {ncodes} diagnosis codes, {nsui} suicidality set, {nnull} null, {len(fails)} failures")
    for x in fails: print("FAIL", x)
    sys.exit(1 if fails else 0)

main()
