#!/usr/bin/env python3
"""FICTIONAL test set notes55: builds every case from cases.py and self-checks it.
Run: /work/main/.venv/bin/python make_set.py [OUTDIR]"""
import datetime, glob, io, json, os, random, re, shutil, subprocess, sys, zipfile
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES

FD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
FIXED = datetime.datetime(2026, 12, 8, 0, 0, 0)


def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def plain(line):
    """The model's text of one line."""
    if line.startswith("# "):
        return line[2:]
    if line.startswith("~ "):
        return line[2:]
    if line.startswith("|"):
        return " ".join(c for c in cells(line) if c)
    return line.replace("~ ", "")


def norm(s):
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().casefold()


# ---------------------------------------------------------------- renderers
def render_pdf(path, pages):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    W, H = letter
    left, width = 54, W - 108
    n = len(pages)
    for pi, page in enumerate(pages, 1):
        y = H - 60
        for line in page:
            if line.startswith("# "):
                font, size, text = "LSB", 11, line[2:]
            elif line.startswith("|"):
                font, size, text = "LS", 8.5, "   ".join(cells(line))
            else:
                font, size, text = "LS", 9.5, line
            if not text:
                y -= 6
                continue
            for part in simpleSplit(text, font, size, width):
                c.setFont(font, size)
                c.drawString(left, y, part)
                y -= size + 3.5
                if y < 60:
                    raise SystemExit(f"page overflow in {path} p{pi}")
            y -= 2
        c.setFont("LS", 8)
        c.drawString(left, 36, f"FICTIONAL - Page {pi} of {n}")
        c.showPage()
    c.save()


def _fonts():
    return (ImageFont.truetype(FD + "LiberationSans-Regular.ttf", 30),
            ImageFont.truetype(FD + "LiberationSans-Bold.ttf", 34),
            ImageFont.truetype(FD + "LiberationSerif-Italic.ttf", 36))


def draw_page_image(page, size, seed, paper=(250, 249, 244), ruled=False):
    rnd = random.Random(seed)
    reg, bold, hand = _fonts()
    im = Image.new("RGB", size, paper)
    d = ImageDraw.Draw(im)
    y = 90
    if ruled:
        for yy in range(150, size[1] - 60, 52):
            d.line([(60, yy + 40), (size[0] - 60, yy + 40)], fill=(170, 200, 225), width=2)
    for line in page:
        if not line:
            y += 20
            continue
        if line.startswith("# "):
            font, text, ink = bold, line[2:], (20, 20, 20)
        elif line.startswith("~ "):
            font, text, ink = hand, line[2:], (25, 40, 120)
        elif line.startswith("|"):
            font, text, ink = reg, "   ".join(cells(line)), (20, 20, 20)
        else:
            font, text, ink = reg, line, (20, 20, 20)
        if "~ " in text:  # printed label then handwriting
            lab, hw = text.split("~ ", 1)
            d.text((80, y), lab, font=reg, fill=(20, 20, 20))
            x = 80 + d.textlength(lab, font=reg) + 8
            for w in hw.split(" "):
                d.text((x, y + rnd.randint(-3, 3)), w, font=hand, fill=(25 + rnd.randint(0, 20), 40, 120))
                x += d.textlength(w + " ", font=hand) + rnd.randint(0, 4)
        else:
            x = 80 + (rnd.randint(-6, 6) if font is hand else 0)
            for w in text.split(" "):
                jit = rnd.randint(-3, 3) if font is hand else 0
                d.text((x, y + jit), w, font=font, fill=ink)
                x += d.textlength(w + " ", font=font) + (rnd.randint(0, 4) if font is hand else 0)
            if x > size[0] - 40:
                raise SystemExit(f"line too wide for image: {text[:60]}")
        y += 52
        if y > size[1] - 60:
            raise SystemExit("image page overflow")
    return im


def render_scan(path, pages, seed):
    ims = []
    for i, page in enumerate(pages):
        im = draw_page_image(page, (1700, 2200), seed + i)
        rnd = random.Random(seed * 7 + i)
        d = ImageDraw.Draw(im)
        for _ in range(900):
            x, y = rnd.randrange(1700), rnd.randrange(2200)
            d.point((x, y), fill=(120, 120, 120))
        im = im.rotate(0.45, resample=Image.BICUBIC, expand=False, fillcolor=(250, 249, 244))
        im = im.filter(ImageFilter.GaussianBlur(0.7)).convert("L")
        ims.append(im)
    ims[0].save(path, "PDF", resolution=200, save_all=True, append_images=ims[1:],
                creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())


def render_photo(path, page, seed):
    card = draw_page_image(page, (1500, 1900), seed, paper=(246, 243, 232), ruled=True)
    card = card.filter(ImageFilter.GaussianBlur(0.8))
    bg = Image.new("RGB", (1800, 2300), (58, 50, 44))
    card = card.rotate(1.2, resample=Image.BICUBIC, expand=True, fillcolor=(58, 50, 44))
    bg.paste(card, (100, 120))
    # light falling off to the bottom right
    shade = Image.linear_gradient("L").resize(bg.size).rotate(-35)
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, shade.point(lambda v: int(v * 0.28)))
    bg.save(path, "JPEG", quality=88)


def render_docx(path, pages, header):
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "FICTIONAL"
    d.core_properties.last_modified_by = "FICTIONAL"
    d.sections[0].header.paragraphs[0].text = header
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    for page in pages:
        table_rows = []

        def flush():
            if table_rows:
                t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
                t.style = "Table Grid"
                for r, row in enumerate(table_rows):
                    for ci, val in enumerate(row):
                        t.cell(r, ci).text = val
                table_rows.clear()
        for line in page:
            if line.startswith("|"):
                table_rows.append(cells(line))
                continue
            flush()
            if line.startswith("# "):
                d.add_heading(line[2:], level=2)
            elif line:
                d.add_paragraph(line)
        flush()
    buf = io.BytesIO()
    d.save(buf)
    # fixed zip times
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 8, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def docx_text(path):
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" ".join(c.text for c in r.cells if c.text))
    return "\n".join(out), d.sections[0].header.paragraphs[0].text


def render_txt(path, pages):
    out = []
    for page in pages:
        for line in page:
            if line.startswith("# "):
                out += [line[2:], "-" * len(line[2:])]
            elif line.startswith("|"):
                out.append("  ".join(f"{c:<14}" for c in cells(line)).rstrip())
            else:
                while len(line) > 115:
                    cut = line.rfind(" ", 0, 115)
                    out.append(line[:cut])
                    line = "    " + line[cut + 1:]
                out.append(line)
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------- checks
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": 27, "MADRS": 60, "HAM-D": 52, "GAD-7": 21, "C-SSRS": 6, "pain NRS": 10}
LEVELS = {"none", "passive", "active", "attempt"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def okdate(s):
    if s is None:
        return True
    if not DATE.match(s):
        return False
    p = s.split("-")
    try:
        datetime.date(int(p[0]), int(p[1]) if len(p) > 1 else 1, int(p[2]) if len(p) > 2 else 1)
        return True
    except ValueError:
        return False


def build(out):
    fails = []
    for old in glob.glob(os.path.join(out, "55-*")):
        shutil.rmtree(old) if os.path.isdir(old) else os.remove(old)
    totals = [0, 0, 0]
    for ci, case in enumerate(CASES):
        slug = case["slug"]
        cdir = os.path.join(out, slug, "clinical")
        os.makedirs(cdir)
        model = {}     # file -> [page texts]
        real = {}      # file -> [page texts from the written file] or None
        for di, doc in enumerate(case["docs"]):
            p = os.path.join(cdir, doc["file"])
            model[doc["file"]] = ["\n".join(plain(l) for l in pg) for pg in doc["pages"]]
            k = doc["kind"]
            if k == "pdf":
                render_pdf(p, doc["pages"])
                n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout).group(1))
                if n != len(doc["pages"]):
                    fails.append(f"{slug}: {doc['file']} has {n} pages")
                real[doc["file"]] = [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), p, "-"],
                                                    capture_output=True, text=True).stdout for i in range(1, n + 1)]
            elif k == "scan":
                render_scan(p, doc["pages"], 5500 + ci * 10 + di)
                t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
                if t.strip():
                    fails.append(f"{slug}: scan has a text layer")
                real[doc["file"]] = None
            elif k == "photo":
                render_photo(p, doc["pages"][0], 5600 + ci * 10 + di)
                real[doc["file"]] = None
            elif k == "docx":
                render_docx(p, doc["pages"], "FICTIONAL SAMPLE RECORD - " + case["header"])
                body, hdr = docx_text(p)
                if "FICTI" not in hdr:
                    fails.append(f"{slug}: docx header lacks FICTIONAL")
                real[doc["file"]] = [body]
                model[doc["file"]] = ["\n".join(model[doc["file"]])]
            elif k == "txt":
                render_txt(p, doc["pages"])
                real[doc["file"]] = [open(p, encoding="utf-8").read()]
                model[doc["file"]] = ["\n".join(model[doc["file"]])]
            first = model[doc["file"]][0]
            if "FICTI" not in first:
                fails.append(f"{slug}: {doc['file']} first page lacks FICTIONAL")
            alltext = "\n".join(model[doc["file"]])
            for m in re.finditer(r"(?<![\d/-])(?:\(\d{3}\) |1-\d{3}-|\d{3}-)?\d{3}-\d{4}\b", alltext):
                if not re.fullmatch(r"(\(\d{3}\) |1-800-|\d{3}-)555-01\d\d", m.group(0)):
                    fails.append(f"{slug}: phone-like {m.group(0)!r}")
            for m in re.finditer(r"\S+@\S+|www\.\S+|https?://\S+", alltext):
                if ".example" not in m.group(0):
                    fails.append(f"{slug}: address {m.group(0)!r}")
        if sorted(os.listdir(cdir)) != sorted(d["file"] for d in case["docs"]):
            fails.append(f"{slug}: clinical/ contents")
        first = case["docs"][0]["file"]

        def src_ok(src, what):
            f = src["file"] or first
            src["file"] = f
            pg = src["page"]
            if f not in model or not (1 <= pg <= len(model[f])):
                fails.append(f"{slug}: {what}: no file/page {f} p{pg}")
                return
            if norm(src["text"]) not in norm(model[f][pg - 1]):
                fails.append(f"{slug}: {what}: text not on {f} p{pg}: {src['text'][:60]!r}")
            if real[f] is not None and norm(src["text"]) not in norm(real[f][pg - 1]):
                fails.append(f"{slug}: {what}: text not in the written file {f} p{pg}: {src['text'][:60]!r}")
        for r in case["history"]:
            src_ok(r["source"], "history " + r["name"])
            if r["kind"] not in KINDS or r["outcome_class"] not in OCS:
                fails.append(f"{slug}: bad kind/class {r['name']}")
            if not (okdate(r["start"]) and okdate(r["end"])):
                fails.append(f"{slug}: bad date {r['name']}")
            if r["start"] and r["end"] and r["start"][:len(r["end"])] > r["end"][:len(r["start"])]:
                fails.append(f"{slug}: start after end {r['name']}")
        for s in case["scales"]:
            src_ok(s["source"], "scale " + s["name"])
            if s["name"] not in SCALES or not (0 <= s["score"] <= SCALES[s["name"]]):
                fails.append(f"{slug}: bad scale {s}")
            if not re.search(rf"(?<!\d){s['score']}(?!\d)", s["source"]["text"]):
                fails.append(f"{slug}: score {s['score']} not in its span")
            if not (s["date"] and okdate(s["date"])):
                fails.append(f"{slug}: scale date {s['date']}")
        codes = []
        for dg in case["diagnoses"]:
            src_ok(dg["source"], "code " + dg["code"])
            if not re.fullmatch(r"[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?", dg["code"]) or dg["code"] not in dg["source"]["text"]:
                fails.append(f"{slug}: bad code {dg['code']}")
            codes.append(dg["code"])
        if len(codes) != len(set(codes)):
            fails.append(f"{slug}: duplicate code")
        su = case["suicidality"]
        if su["level"] is None:
            if su["source"] is not None:
                fails.append(f"{slug}: null level with a source")
        else:
            if su["level"] not in LEVELS:
                fails.append(f"{slug}: bad level")
            src_ok(su["source"], "suicidality")
        if not case["note"].startswith("FICTIONAL"):
            fails.append(f"{slug}: _note")
        truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": su}
        with open(os.path.join(out, slug + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False)
            f.write("\n")
        totals[0] += len(case["history"]); totals[1] += len(case["scales"]); totals[2] += len(case["diagnoses"])
        print(f"{slug}: {len(case['history'])} rows, {len(case['scales'])} scales, {len(case['diagnoses'])} codes, "
              f"suicidality {su['level']}")
    for f in fails:
        print("FAIL", f)
    print(f"{len(CASES)} cases, {totals[0]} history rows, {totals[1]} scale rows, {totals[2]} diagnosis codes, "
          f"{len(fails)} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(build(sys.argv[1] if len(sys.argv) > 1 else HERE))
