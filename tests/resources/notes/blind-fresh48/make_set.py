"""FICTIONAL blind set notes48: writes every NN-slug/clinical/ file and NN-slug.truth.json from cases.py, then self-checks.

Run: cd /work/notes/notes48 && /work/main/.venv/bin/python make_set.py
"""
import datetime, io, json, os, re, shutil, subprocess, sys, zipfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
import docx
from pypdf import PdfReader

sys.dont_write_bytecode = True
from cases import CASES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = (2026, 12, 7, 0, 0, 0)
HAND = "/usr/share/fonts/opentype/urw-base35/URWBookman-LightItalic.otf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ writers
def write_pdf(path, pages):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample record")
    w, h = letter
    for lines in pages:
        y = h - 60
        for i, line in enumerate(lines):
            font = "Helvetica-Bold" if i == 0 else "Helvetica"
            c.setFont(font, 9.5)
            for part in (simpleSplit(line, font, 9.5, w - 120) or [""]):
                c.drawString(60, y, part)
                y -= 13.5
        c.showPage()
    c.save()


def write_txt(path, pages):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\f\n".join("\n".join(p) for p in pages) + "\n")


def write_docx(path, pages):
    d = docx.Document()
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = "FICTIONAL sample record"
    d.core_properties.created = datetime.datetime(2026, 12, 7)
    d.core_properties.modified = datetime.datetime(2026, 12, 7)
    d.core_properties.last_modified_by = "FICTIONAL"
    d.sections[0].header.paragraphs[0].text = "FICTIONAL SAMPLE - not a real record"
    for line in pages[0]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so rebuilds are byte-identical
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(item.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def render_page(lines, font_path, size, width, height, ruled):
    img = Image.new("L", (width, height), 250)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(font_path, size)
    y = 110
    step = int(size * 1.75)
    if ruled:
        for yy in range(110 + step - 8, height - 60, step):
            dr.line([(60, yy), (width - 60, yy)], fill=205, width=2)
        dr.line([(140, 40), (140, height - 40)], fill=215, width=2)
    for i, line in enumerate(lines):
        dr.text((160 if ruled else 90, y), line, font=font, fill=25 if i else 10)
        y += step
    return img


def write_scan(path, pages):
    imgs = []
    for lines in pages:
        img = render_page(lines, HAND, 33, 1700, 2200, True)
        img = img.rotate(0.8, resample=Image.BICUBIC, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(img.convert("RGB"))
    fixed = __import__("time").strptime("2026-12-07", "%Y-%m-%d")
    imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:], creationDate=fixed, modDate=fixed,
                 title="FICTIONAL sample scan", producer="notes48 make_set.py", creator="notes48 make_set.py")


def write_photo(path, pages):
    img = render_page(pages[0], SANS, 34, 1500, 1200, False).convert("RGB")
    big = Image.new("RGB", (1700, 1450), (92, 78, 64))  # table top
    big.paste(img, (100, 110))
    big = big.rotate(-2.5, resample=Image.BICUBIC, fillcolor=(92, 78, 64))
    # uneven light: darker toward the bottom right
    shade = Image.linear_gradient("L").resize(big.size)
    dark = Image.new("RGB", big.size, (0, 0, 0))
    big = Image.composite(dark, big, shade.point(lambda v: int(v * 0.35)))
    big = big.filter(ImageFilter.GaussianBlur(1.0))
    big.save(path, "JPEG", quality=82)


WRITERS = {"pdf": write_pdf, "txt": write_txt, "docx": write_docx, "scan": write_scan, "photo": write_photo}

# ------------------------------------------------------------------ dates as printed
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def date_printed(iso, text):
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0] in text
    y, m = parts[0], int(parts[1])
    if len(parts) == 2:
        forms = ["%02d/%s" % (m, y), "%d/%s" % (m, y), "%s %s" % (MONTHS_EN[m - 1], y)]
        if any(f in text for f in forms):
            return True
        return re.search(MONTHS_ES[m - 1] + r"[^\n]{0,25}" + y, text) is not None
    d = int(parts[2])
    forms = ["%02d/%02d/%s" % (m, d, y), "%d/%d/%s" % (m, d, y), "%d de %s de %s" % (d, MONTHS_ES[m - 1], y)]
    return any(f in text for f in forms)


# ------------------------------------------------------------------ build
def locate(case, sub):
    hits = []
    for f in case["files"]:
        for pi, lines in enumerate(f["pages"]):
            for line in lines:
                if sub in line:
                    hits.append((f["name"], pi + 1, line))
    if len(hits) != 1:
        fail("%s: source substring %r matched %d lines" % (case["slug"], sub, len(hits)))
        return hits[0] if hits else ("?", 0, "")
    return hits[0]


def src(case, sub):
    f, p, t = locate(case, sub)
    return {"file": f, "page": p, "text": t}


def build():
    totals = dict(cases=0, rows=0, scales=0, codes=0, suic=0, null=0)
    classes, kinds = {}, {}
    for case in CASES:
        slug = case["slug"]
        cdir = os.path.join(HERE, slug)
        if os.path.isdir(cdir):
            shutil.rmtree(cdir)
        os.makedirs(os.path.join(cdir, "clinical"))
        for f in case["files"]:
            WRITERS[f["kind"]](os.path.join(cdir, "clinical", f["name"]), f["pages"])
        truth = {"_note": "FICTIONAL case (blind set notes48). " + case["note"], "history": [], "scales": [],
                 "diagnoses": [], "suicidality": None}
        for r in case["history"]:
            truth["history"].append({"name": r["name"], "class": r["cls"], "kind": r["kind"], "dose": r["dose"],
                                     "start": r["start"], "end": r["end"], "outcome": r["outcome"],
                                     "outcome_class": r["oc"], "source": src(case, r["src"])})
            classes[r["oc"]] = classes.get(r["oc"], 0) + 1
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        for name, score, date, sub in case["scales"]:
            truth["scales"].append({"name": name, "score": score, "date": date, "source": src(case, sub)})
        for code, sub in case["codes"]:
            truth["diagnoses"].append({"code": code, "source": src(case, sub)})
        if case["suic"]:
            truth["suicidality"] = {"level": case["suic"][0], "source": src(case, case["suic"][1])}
            totals["suic"] += 1
        else:
            totals["null"] += 1
        with open(os.path.join(HERE, slug + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        totals["cases"] += 1
        totals["rows"] += len(truth["history"])
        totals["scales"] += len(truth["scales"])
        totals["codes"] += len(truth["diagnoses"])
        check(case, truth)
    return totals, classes, kinds


# ------------------------------------------------------------------ checks
PHONE_OK = re.compile(r"(\(\d{3}\) 555-01\d\d|1-800-555-01\d\d)")


def check(case, truth):
    slug = case["slug"]
    alltext = "\n".join(l for f in case["files"] for p in f["pages"] for l in p)
    # fictional on its face; phones
    for f in case["files"]:
        if "FICTI" not in f["pages"][0][0].upper():
            fail("%s/%s: first line does not say FICTIONAL" % (slug, f["name"]))
    for m in re.finditer(r"555-\d{4}", alltext):
        ctx = alltext[max(0, m.start() - 6):m.end()]
        if not PHONE_OK.search(ctx) or not re.match(r"555-01\d\d", m.group()):
            fail("%s: phone %r not in the allowed form" % (slug, ctx))
    if re.search(r"@|www\.|https?:", alltext):
        fail("%s: e-mail or web address present" % slug)
    if "FICT-48" not in alltext:
        fail("%s: no FICT-48 record number" % slug)
    # files as written hold their lines
    for f in case["files"]:
        path = os.path.join(HERE, slug, "clinical", f["name"])
        if f["kind"] == "pdf":
            rd = PdfReader(path)
            if len(rd.pages) != len(f["pages"]):
                fail("%s: %s has %d pages, expected %d" % (slug, f["name"], len(rd.pages), len(f["pages"])))
            for pi, lines in enumerate(f["pages"]):
                got = norm(rd.pages[pi].extract_text())
                for line in lines:
                    if norm(line) not in got:
                        fail("%s: %s p.%d lacks line %r" % (slug, f["name"], pi + 1, line))
        elif f["kind"] == "docx":
            paras = [p.text for p in docx.Document(path).paragraphs]
            if paras != f["pages"][0]:
                fail("%s: %s paragraphs differ" % (slug, f["name"]))
        elif f["kind"] == "txt":
            got = open(path, encoding="utf-8").read().split("\n\f\n")
            for pi, lines in enumerate(f["pages"]):
                if got[pi].rstrip("\n").split("\n") != lines:
                    fail("%s: %s page %d differs" % (slug, f["name"], pi + 1))
        elif f["kind"] == "scan":
            out = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(out) > 2:
                fail("%s: scan has fonts" % slug)
    # expected values printed in the records
    for r in truth["history"]:
        t = r["source"]["text"]
        if r["outcome"] and r["outcome"].lower() not in t.lower():
            fail("%s: outcome %r not in its source line" % (slug, r["outcome"]))
        if r["dose"] and norm(r["dose"]).lower() not in norm(alltext).lower():
            fail("%s: dose %r not printed" % (slug, r["dose"]))
        for k in ("start", "end"):
            if r[k] and not date_printed(r[k], alltext):
                fail("%s: %s %s %r not printed" % (slug, r["name"], k, r[k]))
        if r["outcome_class"] not in ("no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"):
            fail("%s: bad class %r" % (slug, r["outcome_class"]))
        if r["kind"] not in ("antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"):
            fail("%s: bad kind %r" % (slug, r["kind"]))
    for s in truth["scales"]:
        t = s["source"]["text"]
        if not re.search(r"(?<!\d)%d(?!\d)" % s["score"], t) or not date_printed(s["date"], t):
            fail("%s: scale %s %s %s not in its line %r" % (slug, s["name"], s["score"], s["date"], t))
        page = [l for f in case["files"] if f["name"] == s["source"]["file"] for l in f["pages"][s["source"]["page"] - 1]]
        if s["name"].split()[0].lower() not in t.lower() and not any(s["name"] in l for l in page):
            fail("%s: scale name %s not in its line" % (slug, s["name"]))
    for d in truth["diagnoses"]:
        if d["code"] not in d["source"]["text"]:
            fail("%s: code %s not in its line" % (slug, d["code"]))


def ocr_report():
    """Tesseract over the scan and the photos (a check of legibility, printed, not a failure)."""
    if not shutil.which("tesseract"):
        return
    for case in CASES:
        for f in case["files"]:
            if f["kind"] not in ("scan", "photo"):
                continue
            path = os.path.join(HERE, case["slug"], "clinical", f["name"])
            if f["kind"] == "scan":
                img = os.path.join("/tmp", "notes48_scan")
                subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", path, img], check=True)
                path = img + ".png"
            txt = subprocess.run(["tesseract", path, "-", "--psm", "4"], capture_output=True, text=True).stdout
            lines = [l for p in f["pages"] for l in p]
            seen = sum(1 for l in lines if norm(l).lower()[:18] in norm(txt).lower())
            print("OCR %s/%s: %d of %d lines' openings read back" % (case["slug"][:2], f["name"], seen, len(lines)))


if __name__ == "__main__":
    totals, classes, kinds = build()
    if "--ocr" in sys.argv:
        ocr_report()
    print("%(cases)d cases, %(rows)d history rows, %(scales)d scale rows, %(codes)d diagnosis codes, "
          "%(suic)d suicidality set, %(null)d null, " % totals + "%d failures" % len(failures))
    print("classes:", dict(sorted(classes.items())), "kinds:", dict(sorted(kinds.items())))
    sys.exit(1 if failures else 0)
