#!/usr/bin/env python3
"""FICTIONAL test set notes52: builds every case of cases.py and self-checks it.

Run: /work/main/.venv/bin/python make_set.py [OUTDIR]   (default: this folder)
"""
import datetime, glob, io, time, json, os, random, re, shutil, subprocess, sys, zipfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
import docx
from docx.shared import Pt

import cases

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
FONTDIR = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", FONTDIR + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FONTDIR + "LiberationSans-Bold.ttf"))

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": (0, 27), "MADRS": (0, 60), "HAM-D": (0, 52), "GAD-7": (0, 21), "C-SSRS": (0, 6),
          "pain NRS": (0, 10)}
SI_LEVELS = {"none", "passive", "active"}
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def line_text(line):
    """What a model line reads as: markup removed, a table row's cells joined by one space."""
    if line.startswith("# ") or line.startswith("~ "):
        return line[2:]
    if line.startswith("|"):
        return " ".join(c.strip() for c in line.strip("|").split("|") if c.strip())
    return line


def page_text(page):
    return norm(" \n ".join(line_text(l) for l in page))


# ---------------------------------------------------------------- writers
def write_pdf(path, doc):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle(doc["title"]); c.setAuthor("FICTIONAL"); c.setCreator("notes52 make_set.py")
    W, H = letter
    left, width = 54, W - 108
    n = len(doc["pages"])
    for pno, page in enumerate(doc["pages"], 1):
        y = H - 60
        for line in page:
            if line.startswith("# "):
                c.setFont("LSB", 11); y -= 4
                if pdfmetrics.stringWidth(line[2:], "LSB", 11) > width:
                    fail(f"{path}: heading too wide: {line}")
                c.drawString(left, y, line[2:]); y -= 16
            elif line.startswith("|"):
                cells = [x.strip() for x in line.strip("|").split("|")]
                cw = width / len(cells)
                c.setFont("LS", 8)
                for i, cell in enumerate(cells):
                    if pdfmetrics.stringWidth(cell, "LS", 8) > cw - 4:
                        fail(f"{path}: cell too wide: {cell}")
                    c.drawString(left + i * cw, y, cell)
                y -= 12
            elif line == "":
                y -= 6
            else:
                c.setFont("LS", 9.5)
                for part in simpleSplit(line, "LS", 9.5, width):
                    c.drawString(left, y, part); y -= 12.5
            if y < 60:
                fail(f"{path}: page {pno} overflows")
        c.setFont("LS", 8)
        c.drawCentredString(W / 2, 30, f"FICTIONAL - Page {pno} of {n}")
        c.showPage()
    c.save()


def write_txt(path, doc):
    out = []
    for page in doc["pages"]:
        for line in page:
            if line.startswith("# "):
                out += [line[2:], "-" * len(line[2:])]
            elif line.startswith("|"):
                cells = [x.strip() for x in line.strip("|").split("|")]
                out.append("  ".join(cell.ljust(w) for cell, w in zip(cells, doc.get("colw", [22] * 9))).rstrip())
            else:
                words, cur = line.split(" "), ""
                lines = []
                for w in words:
                    if cur and len(cur) + 1 + len(w) > 112:
                        lines.append(cur); cur = "    " + w
                    else:
                        cur = (cur + " " + w) if cur else w
                lines.append(cur)
                out += lines
        out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def write_docx(path, doc):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = doc.get("header", "FICTIONAL SAMPLE - not a real patient")
    table = None
    for page in doc["pages"]:
        for line in page:
            if line.startswith("|"):
                cells = [x.strip() for x in line.strip("|").split("|")]
                if table is None:
                    table = d.add_table(rows=0, cols=len(cells)); table.style = "Table Grid"
                row = table.add_row().cells
                for i, cell in enumerate(cells):
                    row[i].text = cell
                continue
            table = None
            if line.startswith("# "):
                d.add_heading(line[2:], level=2)
            elif line:
                d.add_paragraph(line)
    cp = d.core_properties
    import datetime
    cp.author = "FICTIONAL"; cp.title = doc["title"]; cp.last_modified_by = "FICTIONAL"
    cp.created = cp.modified = datetime.datetime(2026, 12, 7, 12, 0, 0)
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, (2026, 12, 7, 12, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" ".join(c.text for c in r.cells if c.text.strip()))
    return norm(" \n ".join(parts)), norm(d.sections[0].header.paragraphs[0].text)


def render_paper(page, seed, size, hand_color, bg, ruled=False):
    rnd = random.Random(seed)
    W, Hh = size
    img = Image.new("RGB", (W, Hh), bg)
    dr = ImageDraw.Draw(img)
    printed = ImageFont.truetype(FONTDIR + "LiberationSans-Bold.ttf", 34)
    printed_r = ImageFont.truetype(FONTDIR + "LiberationSans-Regular.ttf", 30)
    hand = ImageFont.truetype(FONTDIR + "LiberationSerif-Italic.ttf", 36)
    y = 70
    if ruled:
        for yy in range(122, Hh - 60, 52):
            dr.line([(40, yy + 48), (W - 40, yy + 48)], fill=(196, 210, 232), width=2)
    for line in page:
        if line.startswith("# "):
            dr.text((70, y), line[2:], font=printed, fill=(20, 20, 20)); y += 52
        elif line.startswith("~ "):
            x = 80 + rnd.randint(-6, 6)
            for w in line[2:].split(" "):
                col = tuple(max(0, min(255, c + rnd.randint(-25, 25))) for c in hand_color)
                dr.text((x, y + rnd.randint(-3, 3)), w, font=hand, fill=col)
                x += dr.textlength(w + " ", font=hand) + rnd.randint(0, 4)
            if x > W - 40:
                fail(f"handwritten line too wide: {line}")
            y += 52
        elif line == "":
            y += 20
        else:
            dr.text((70, y), line, font=printed_r, fill=(30, 30, 30))
            if dr.textlength(line, font=printed_r) > W - 110:
                fail(f"printed line too wide: {line}")
            y += 46
        if y > Hh - 60:
            fail("paper page overflows")
    for _ in range(900):
        px, py = rnd.randrange(W), rnd.randrange(Hh)
        g = rnd.randint(120, 200)
        dr.point((px, py), fill=(g, g, g))
    return img


def write_scan(path, doc):
    imgs = []
    for i, page in enumerate(doc["pages"]):
        img = render_paper(page, 52 + i, (1700, 2200), (25, 35, 110), (250, 249, 244))
        img = img.rotate(0.4, resample=Image.BICUBIC, fillcolor=(250, 249, 244)).filter(ImageFilter.GaussianBlur(0.8))
        imgs.append(img.convert("L"))
    imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:],
                 title=doc["title"], author="FICTIONAL",
                 creationDate=time.strptime("2026-11-02 09:00", "%Y-%m-%d %H:%M"),
                 modDate=time.strptime("2026-11-02 09:00", "%Y-%m-%d %H:%M"))


def write_photo(path, doc):
    page = doc["pages"][0]
    card = render_paper(page, 77 + len(os.path.basename(path)), (1600, 1150 if len(page) < 18 else 1500), (20, 40, 150),
                        (252, 250, 240), ruled=True)
    bg = Image.new("RGB", (card.width + 300, card.height + 300), (62, 52, 44))
    bg.paste(card, (150, 150))
    bg = bg.rotate(1.3, resample=Image.BICUBIC, fillcolor=(62, 52, 44))
    # light falling off to the bottom right
    vert = Image.linear_gradient("L").resize(bg.size)
    shade = Image.blend(vert, Image.linear_gradient("L").transpose(Image.ROTATE_90).transpose(
        Image.FLIP_LEFT_RIGHT).resize(bg.size), 0.5)
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, shade.point(lambda v: int(v * 0.25)))
    bg = bg.filter(ImageFilter.GaussianBlur(0.7))
    bg.save(path, "JPEG", quality=88)


WRITERS = {"pdf": write_pdf, "txt": write_txt, "docx": write_docx, "scan": write_scan, "photo": write_photo}


# ---------------------------------------------------------------- checks
def pdftotext_page(path, p):
    return norm(subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), path, "-"],
                               capture_output=True, text=True).stdout)


def check_case(case, cdir, truth):
    docs = {d["file"]: d for d in case["docs"]}
    present = sorted(os.listdir(os.path.join(cdir, "clinical")))
    if present != sorted(docs):
        fail(f"{case['slug']}: clinical/ holds {present}")
    extracted = {}
    for name, d in docs.items():
        path = os.path.join(cdir, "clinical", name)
        first = page_text(d["pages"][0])
        if "ficti" not in first:
            fail(f"{name}: first page does not say FICTIONAL")
        if d["kind"] == "pdf":
            npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True,
                                                                       text=True).stdout).group(1))
            if npages != len(d["pages"]):
                fail(f"{name}: {npages} pages, model {len(d['pages'])}")
            extracted[name] = [pdftotext_page(path, p) for p in range(1, npages + 1)]
        elif d["kind"] == "scan":
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if t.strip():
                fail(f"{name}: scan has a text layer")
        elif d["kind"] == "docx":
            body, header = docx_text(path)
            if "ficti" not in header:
                fail(f"{name}: header lacks FICTIONAL")
            extracted[name] = [body]
        elif d["kind"] == "txt":
            extracted[name] = [norm(open(path, encoding="utf-8").read())]
        alltext = " ".join(page_text(p) for p in d["pages"])
        for m in re.finditer(r"\(?\d{3}\)?[ .-]?(\d{3})[ .-](\d{4})", alltext):
            if m.group(1) != "555" or not m.group(2).startswith("01"):
                fail(f"{name}: phone-like number {m.group(0)}")
        if re.search(r"\b555-01\d\d\b", alltext) and not re.search(r"\d{3}\)? ?555-01\d\d", alltext):
            fail(f"{name}: bare 555-01xx number")
        for m in re.finditer(r"[\w.-]+@[\w.-]+|www\.\S+|https?://\S+", alltext):
            if not m.group(0).rstrip(".,;)").endswith(".example"):
                fail(f"{name}: address {m.group(0)}")

    def check_src(src, what):
        if src is None:
            return
        d = docs.get(src["file"])
        if d is None:
            fail(f"{case['slug']}: {what}: no file {src['file']}"); return
        p, t = src["page"], norm(src["text"])
        if not (1 <= p <= len(d["pages"])):
            fail(f"{case['slug']}: {what}: page {p} out of range"); return
        if t not in page_text(d["pages"][p - 1]):
            fail(f"{case['slug']}: {what}: text not on {src['file']} p.{p} (model): {src['text']}")
        if src["file"] in extracted:
            ex = extracted[src["file"]]
            if t not in ex[p - 1 if len(ex) > 1 else 0]:
                fail(f"{case['slug']}: {what}: text not in extracted {src['file']} p.{p}: {src['text']}")
        return t

    if list(truth) != ["_note", "history", "scales", "diagnoses", "suicidality"]:
        fail(f"{case['slug']}: truth keys {list(truth)}")
    if not truth["_note"].startswith("FICTIONAL"):
        fail(f"{case['slug']}: _note")
    date_re = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
    for r in truth["history"]:
        if list(r) != ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]:
            fail(f"{case['slug']}: row keys {list(r)}")
        if r["kind"] not in KINDS or r["outcome_class"] not in CLASSES:
            fail(f"{case['slug']}: {r['name']}: kind/class {r['kind']} {r['outcome_class']}")
        for k in ("start", "end"):
            if r[k] is not None and not date_re.match(r[k]):
                fail(f"{case['slug']}: {r['name']}: date {r[k]}")
        if r["start"] and r["end"] and r["start"][:len(r["end"])] > r["end"][:len(r["start"])]:
            fail(f"{case['slug']}: {r['name']}: start after end")
        t = check_src(r["source"], r["name"])
        if t is not None:
            check_printed(case, r, t)
    for s in truth["scales"]:
        lo, hi = SCALES.get(s["name"], (None, None))
        if lo is None or not (lo <= s["score"] <= hi):
            fail(f"{case['slug']}: scale {s}")
        if not date_re.match(s["date"] or ""):
            fail(f"{case['slug']}: scale date {s['date']}")
        t = check_src(s["source"], s["name"])
        if t is not None and not re.search(r"(?<!\d)%d(?!\d)" % s["score"], t):
            fail(f"{case['slug']}: score {s['score']} not in its span")
    codes = [d["code"] for d in truth["diagnoses"]]
    if len(set(codes)) != len(codes):
        fail(f"{case['slug']}: duplicate code")
    for dg in truth["diagnoses"]:
        if not re.match(r"^[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$", dg["code"]):
            fail(f"{case['slug']}: code shape {dg['code']}")
        t = check_src(dg["source"], dg["code"])
        if t is not None and dg["code"].lower() not in t:
            fail(f"{case['slug']}: code {dg['code']} not in its span")
    su = truth["suicidality"]
    if list(su) != ["level", "source"] or (su["level"] is None) != (su["source"] is None):
        fail(f"{case['slug']}: suicidality {su}")
    if su["level"] is not None:
        if su["level"] not in SI_LEVELS:
            fail(f"{case['slug']}: suicidality level {su['level']}")
        check_src(su["source"], "suicidality")


ALIASES = {"sertraline": "sertralina", "venlafaxine": "venlafaxina", "mirtazapine": "mirtazapina",
           "CBT": "cognitivo-conductual", "IPT": "interpersonal psychotherapy", "ECT": "electroconvulsive",
           "TMS": "course"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def check_printed(case, r, span):
    """Every expected value of a row is printed: the name (or its record's word) in the span; the dose number in
    the span, else the dose (number and unit) in the same document; each date (year, and month and day when
    given) in the span or the same document."""
    what = f"{case['slug']}: {r['name']}"
    if norm(r["name"]) not in span and norm(ALIASES.get(r["name"], "\x00")) not in span:
        fail(f"{what}: name not in its span")
    num = re.match(r"\d+", r["dose"] or "")
    doc = " ".join(page_text(p) for p in next(d for d in case["docs"] if d["file"] == r["source"]["file"])["pages"])
    if num and not re.search(r"(?<!\d)%s(?!\d)" % num.group(0), span) and num.group(0) + " " + \
            norm(r["dose"])[len(num.group(0)):].strip().split(" ")[0] not in doc:
        fail(f"{what}: dose {r['dose']} not printed")
    page = doc  # dates: in the span, else anywhere in the same document
    for k in ("start", "end"):
        v = r[k]
        if not v:
            continue
        y, *rest = v.split("-")
        forms = []
        if not rest:
            forms = [y]
        elif len(rest) == 1:
            m = int(rest[0])
            forms = [f"{m:02d}/{y}", f"{m}/{y}", f"{MONTHS[m-1]} {y}", f"{MONTHS[m-1]} de {y}"]
            forms += [f"{m:02d}/{d:02d}/{y}" for d in range(1, 32)]
            if re.search(r"\b%s\b" % MESES[m - 1], span) and y in span:
                forms.append(y)
            if re.search(r"\b%s\b" % MONTHS[m - 1], page) and y in page:
                forms.append(y)
        else:
            m, d = int(rest[0]), int(rest[1])
            forms = [f"{m:02d}/{d:02d}/{y}"]
        if not any(f in span for f in forms) and not any(f in page for f in forms):
            fail(f"{what}: {k} {v} not printed")


def locate(case, span):
    """The (file, page) whose model text holds span: exactly one, else a failure."""
    hits = []
    for d in case["docs"]:
        for i, p in enumerate(d["pages"], 1):
            if norm(span) in page_text(p):
                hits.append((d["file"], i))
    if len(hits) != 1:
        fail(f"{case['slug']}: span found {len(hits)} times: {span}")
        return hits[0] if hits else ("?", 1)
    return hits[0]


def src(case, span):
    f, p = locate(case, span)
    return {"file": f, "page": p, "text": span}


def build_truth(case):
    t = {"_note": case["note"], "history": [], "scales": [], "diagnoses": [], "suicidality": None}
    for r in case["history"]:
        name, cls, kind, dose, start, end, outcome, oc, span = r
        t["history"].append({"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
                             "outcome": outcome, "outcome_class": oc, "source": src(case, span)})
    for name, score, date, span in case["scales"]:
        t["scales"].append({"name": name, "score": score, "date": date, "source": src(case, span)})
    for code, span in case["diagnoses"]:
        t["diagnoses"].append({"code": code, "source": src(case, span)})
    if case["suicidality"] is None:
        t["suicidality"] = {"level": None, "source": None}
    else:
        lvl, span = case["suicidality"]
        t["suicidality"] = {"level": lvl, "source": src(case, span)}
    return t


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, "52-*")):
        shutil.rmtree(old) if os.path.isdir(old) else os.remove(old)
    tot = [0, 0, 0, 0]
    for case in cases.CASES:
        slug = case["slug"]
        cdir = os.path.join(OUT, slug)
        os.makedirs(os.path.join(cdir, "clinical"))
        for d in case["docs"]:
            WRITERS[d["kind"]](os.path.join(cdir, "clinical", d["file"]), d)
        truth = build_truth(case)
        with open(os.path.join(OUT, slug + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False); f.write("\n")
        before = len(failures)
        check_case(case, cdir, truth)
        h, s, dg = len(truth["history"]), len(truth["scales"]), len(truth["diagnoses"])
        tot[0] += h; tot[1] += s; tot[2] += dg; tot[3] += truth["suicidality"]["level"] is not None
        print(f"{slug}: {h} history, {s} scales, {dg} codes, suicidality {truth['suicidality']['level']}"
              f"{'' if len(failures) == before else '  <- FAILURES'}")
    print(f"{len(cases.CASES)} cases, {tot[0]} history rows, {tot[1]} scale rows, {tot[2]} diagnosis codes, "
          f"{tot[3]} suicidality set, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
