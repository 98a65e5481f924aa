"""Build FICTIONAL blind set 37 for appeal-kit notes from cases.py, then self-check. Usage: make_set.py [outdir]"""
import glob, json, os, random, re, shutil, subprocess, sys, zipfile, datetime

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import docx
from docx.shared import Pt

from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
FD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def cells_of(ln):
    return [c.strip() for c in ln[2:].split("|")]


def line_text(ln):
    if ln.startswith("# "):
        return ln[2:]
    if ln.startswith("~ "):
        return ln[2:]
    if ln.startswith("| "):
        return " ".join(c for c in cells_of(ln) if c)
    return ln


def page_text(lines):
    return norm(" ".join(line_text(l) for l in lines))


# ---------------------------------------------------------------------------------------------- writers
def write_pdf(path, pages):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    W, H = letter
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = H - 60
        for ln in lines:
            if ln.startswith("# "):
                font, size, txt = "LSB", 11, ln[2:]
                y -= 6
            elif ln.startswith("| "):
                cells = cells_of(ln)
                font, size = "LS", 8
                ncol = len(cells)
                colw = (W - 100) / ncol
                rows = [simpleSplit(cl, font, size, colw - 6) or [""] for cl in cells]
                h = max(len(r) for r in rows)
                for k in range(h):
                    for j, r in enumerate(rows):
                        if k < len(r):
                            c.setFont(font, size)
                            c.drawString(50 + j * colw, y, r[k])
                    y -= 10
                y -= 2
                continue
            else:
                font, size, txt = "LS", 9.5, line_text(ln)
            for part in simpleSplit(txt, font, size, W - 100):
                c.setFont(font, size)
                c.drawString(50, y, part)
                y -= size + 4
            if y < 60:
                fail(f"{path}: page {i} overflows")
        c.setFont("LS", 8)
        c.drawString(50, 30, f"FICTIONAL - Page {i} of {n}")
        c.showPage()
    c.save()


def write_txt(path, pages):
    out = []
    for ln in pages[0]:
        if ln.startswith("# "):
            out += ["", ln[2:], "-" * len(ln[2:])]
        else:
            out.append(line_text(ln))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).lstrip("\n") + "\n")


def write_docx(path, pages, header):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = header
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    table = None
    for ln in pages[0]:
        if ln.startswith("| "):
            cells = cells_of(ln)
            if table is None:
                table = d.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            r = table.add_row().cells
            for j, cl in enumerate(cells):
                r[j].text = cl
            continue
        table = None
        if ln.startswith("# "):
            d.add_heading(ln[2:], level=2)
        else:
            d.add_paragraph(line_text(ln))
    cp = d.core_properties
    cp.author = "FICTIONAL"
    cp.created = cp.modified = datetime.datetime(2026, 12, 7)
    cp.last_modified_by = "FICTIONAL"
    d.save(path)
    # fixed zip entry times for reproducibility
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda x: x.filename):
            zi = zipfile.ZipInfo(it.filename, (2026, 12, 7, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))
    os.replace(tmp, path)


def docx_text(path):
    d = docx.Document(path)
    parts = []
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tr in el.iter():
                if tr.tag.endswith("}tr"):
                    cells = []
                    for tc in tr:
                        if tc.tag.endswith("}tc"):
                            cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")).strip())
                    parts.append(" ".join(c_ for c_ in cells if c_))
    return norm(" ".join(parts)), d.sections[0].header.paragraphs[0].text


def render_paper(lines, rnd, width, photo):
    """Render lines as a paper image: printed lines in sans, '~ ' lines as handwriting."""
    sans = ImageFont.truetype(FD + "LiberationSans-Regular.ttf", 30)
    bold = ImageFont.truetype(FD + "LiberationSans-Bold.ttf", 32)
    hand = ImageFont.truetype(FD + "LiberationSerif-Italic.ttf", 36)
    margin = 90
    # wrap
    items = []
    tmpd = ImageDraw.Draw(Image.new("L", (10, 10)))
    for ln in lines:
        font = bold if ln.startswith("# ") else hand if ln.startswith("~ ") else sans
        txt = line_text(ln)
        words, cur = txt.split(" "), ""
        for w in words:
            t = (cur + " " + w).strip()
            if tmpd.textlength(t, font=font) > width - 2 * margin and cur:
                items.append((cur, font, ln.startswith("~ ")))
                cur = w
            else:
                cur = t
        items.append((cur, font, ln.startswith("~ ")))
    height = margin * 2 + 58 * len(items)
    img = Image.new("RGB", (width, height), (250, 248, 240) if photo else (255, 255, 255))
    dr = ImageDraw.Draw(img)
    y = margin
    for txt, font, is_hand in items:
        if is_hand:
            x = margin + rnd.randint(-4, 6)
            ink = (20 + rnd.randint(0, 20), 30 + rnd.randint(0, 20), 110 + rnd.randint(0, 30))
            for w in txt.split(" "):
                dr.text((x, y + rnd.randint(-2, 2)), w, font=font, fill=ink)
                x += dr.textlength(w + " ", font=font)
            if photo:
                pass
        else:
            dr.text((margin, y), txt, font=font, fill=(25, 25, 25))
        if photo:
            dr.line((margin - 20, y + 50, width - margin + 20, y + 50), fill=(190, 205, 225), width=1)
        y += 58
    return img


def write_scan(path, pages, seed):
    rnd = random.Random(seed)
    imgs = []
    for lines in pages:
        img = render_paper(lines, rnd, 1700, False).convert("L")
        px = img.load()
        for _ in range(1500):
            px[rnd.randrange(img.width), rnd.randrange(img.height)] = rnd.randint(90, 180)
        img = img.rotate(0.4, expand=True, fillcolor=255, resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(img)
    imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:],
                 creationDate=__import__("time").gmtime(1796601600), modDate=__import__("time").gmtime(1796601600))


def write_photo(path, pages, seed):
    rnd = random.Random(seed)
    paper = render_paper(pages[0], rnd, 1400, True)
    bg = Image.new("RGB", (paper.width + 240, paper.height + 240), (58, 48, 40))
    bg.paste(paper.rotate(1.2, expand=True, fillcolor=(58, 48, 40), resample=Image.BICUBIC), (100, 90))
    # light falling off toward bottom right
    shade = Image.linear_gradient("L").rotate(-45, expand=False).resize(bg.size)
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, shade.point(lambda v: int(v * 0.25)))
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    bg.save(path, "JPEG", quality=88)


# ---------------------------------------------------------------------------------------------- build
def build():
    for p in glob.glob(os.path.join(OUT, "[0-9][0-9]-*")):
        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    totals = [0, 0, 0]
    for ci, case in enumerate(CASES):
        slug = case["slug"]
        cdir = os.path.join(OUT, slug, "clinical")
        os.makedirs(cdir)
        docs = {d["file"]: d for d in case["docs"]}
        first = case["docs"][0]["file"]
        for di, d in enumerate(case["docs"]):
            path = os.path.join(cdir, d["file"])
            k = d["kind"]
            if k == "pdf":
                write_pdf(path, d["pages"])
            elif k == "txt":
                write_txt(path, d["pages"])
            elif k == "docx":
                write_docx(path, d["pages"], d["header"])
            elif k == "scan":
                write_scan(path, d["pages"], 37000 + ci)
            elif k == "photo":
                write_photo(path, d["pages"], 37100 + ci * 10 + di)

        def src(r):
            return {"file": r["file"] or first, "page": r["page"], "text": r["text"]}

        truth = {
            "_note": "FICTIONAL case. " + case["note"],
            "history": [{"name": r["name"], "class": r["cls"], "kind": r["kind"], "dose": r["dose"],
                         "start": r["start"], "end": r["end"], "outcome": r["outcome"],
                         "outcome_class": r["outcome_class"], "source": src(r)} for r in case["history"]],
            "scales": [{"name": s["name"], "score": s["score"], "date": s["date"], "source": src(s)}
                       for s in case["scales"]],
            "diagnoses": [{"code": d_["code"], "source": src(d_)} for d_ in case["diagnoses"]],
            "suicidality": ({"level": case["suicidality"]["level"], "source": src(case["suicidality"])}
                            if case["suicidality"] else {"level": None, "source": None}),
        }
        with open(os.path.join(OUT, slug + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False)
            f.write("\n")
        nf = check(case, truth, cdir, docs)
        totals[0] += len(truth["history"]); totals[1] += len(truth["scales"]); totals[2] += len(truth["diagnoses"])
        print(f"{slug}: {len(truth['history'])} rows, {len(truth['scales'])} scales, "
              f"{len(truth['diagnoses'])} codes, suicidality {truth['suicidality']['level']}, {nf} failures")
    print(f"{len(CASES)} cases, {totals[0]} history rows, {totals[1]} scale rows, {totals[2]} diagnosis codes, "
          f"{len(FAIL)} failures")
    return 1 if FAIL else 0


KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": (0, 27), "MADRS": (0, 60), "HAM-D": (0, 52), "GAD-7": (0, 21), "C-SSRS": (0, 6), "pain NRS": (0, 10)}
LEVELS = {"none", "passive", "active", "attempt", None}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check(case, truth, cdir, docs):
    before = len(FAIL)
    slug = case["slug"]
    files = sorted(os.listdir(cdir))
    if files != sorted(docs):
        fail(f"{slug}: clinical/ holds {files}")
    if not truth["_note"].startswith("FICTIONAL"):
        fail(f"{slug}: _note")
    # real text per page, per document
    real = {}
    for name, d in docs.items():
        path = os.path.join(cdir, name)
        model = [page_text(p) for p in d["pages"]]
        if "ficti" not in model[0]:
            fail(f"{slug}/{name}: no FICTI- on first page")
        alltext = " ".join(model)
        bad = [m for m in re.findall(r"(?<![\d-])\d{3}[-.]\d{4}(?![\d])", alltext) if not re.match(r"555-01\d\d$", m)]
        if bad:
            fail(f"{slug}/{name}: phone-like number {bad}")
        if re.search(r"@|https?:|www\.", alltext):
            fail(f"{slug}/{name}: e-mail or web address")
        k = d["kind"]
        if k == "pdf":
            out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
            if not re.search(r"Pages:\s+%d\n" % len(d["pages"]), out):
                fail(f"{slug}/{name}: page count")
            real[name] = [norm(subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"],
                                              capture_output=True, text=True).stdout)
                          for i in range(1, len(d["pages"]) + 1)]
            real[name + "#raw"] = [norm(subprocess.run(["pdftotext", "-raw", "-f", str(i), "-l", str(i), path, "-"],
                                                       capture_output=True, text=True).stdout)
                                   for i in range(1, len(d["pages"]) + 1)]
        elif k == "docx":
            t, hdr = docx_text(path)
            if "FICTI" not in hdr:
                fail(f"{slug}/{name}: header")
            real[name] = [t]
        elif k == "txt":
            real[name] = [norm(open(path, encoding="utf-8").read())]
        elif k == "scan":
            out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if out.strip():
                fail(f"{slug}/{name}: scan has a text layer")
        d["_model"] = model

    def check_src(what, s):
        if s is None:
            return
        name, page, text = s["file"], s["page"], norm(s["text"])
        if name not in docs:
            fail(f"{slug}: {what}: file {name} not in case")
            return
        model = docs[name]["_model"]
        if not (1 <= page <= len(model)) or text not in model[page - 1]:
            fail(f"{slug}: {what}: '{s['text']}' not on {name} p.{page} (model)")
        if name in real:
            pages = real[name]
            ok = page <= len(pages) and text in pages[page - 1]
            if not ok and name + "#raw" in real:
                print(f"  note: {slug}: {what}: found only in pdftotext -raw / by words (table layout)")
                # table cells laid out in columns: accept when -raw (reading order) text has it
                ok = text in real[name + "#raw"][page - 1] or all(
                    w in real[name + "#raw"][page - 1] for w in text.split())
            if not ok:
                fail(f"{slug}: {what}: '{s['text']}' not on {name} p.{page} (real file)")
        return text

    keys = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
    for r in truth["history"]:
        if list(r) != keys:
            fail(f"{slug}: row keys")
        if r["kind"] not in KINDS or r["outcome_class"] not in OCS:
            fail(f"{slug}: {r['name']} kind/class")
        for dk in ("start", "end"):
            if r[dk] is not None and not DATE.match(r[dk]):
                fail(f"{slug}: {r['name']} {dk} {r[dk]}")
        if r["start"] and r["end"] and r["start"][:len(r["end"])] > r["end"][:len(r["start"])]:
            fail(f"{slug}: {r['name']} start after end")
        check_src("history " + r["name"], r["source"])
    for s in truth["scales"]:
        lo, hi = SCALES.get(s["name"], (None, None))
        if lo is None or not (lo <= s["score"] <= hi):
            fail(f"{slug}: scale {s['name']} {s['score']}")
        if str(s["score"]) not in s["source"]["text"] or not DATE.match(s["date"]):
            fail(f"{slug}: scale {s['name']} score/date")
        check_src("scale " + s["name"], s["source"])
    seen = set()
    for d_ in truth["diagnoses"]:
        if not re.match(r"^[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$", d_["code"]) or d_["code"] in seen:
            fail(f"{slug}: code {d_['code']}")
        seen.add(d_["code"])
        if d_["code"] not in d_["source"]["text"]:
            fail(f"{slug}: code {d_['code']} not in its span")
        check_src("code " + d_["code"], d_["source"])
    su = truth["suicidality"]
    if su["level"] not in LEVELS or (su["level"] is None) != (su["source"] is None):
        fail(f"{slug}: suicidality")
    check_src("suicidality", su["source"])
    return len(FAIL) - before


if __name__ == "__main__":
    sys.exit(build())
