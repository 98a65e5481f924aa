"""Build notes set 38 (FICTIONAL clinical records + truth files) and self-check it.

    /work/main/.venv/bin/python make_set.py [OUTDIR]      (default: this folder)
"""
import glob
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
FONTDIR = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LSans", FONTDIR + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSansB", FONTDIR + "LiberationSans-Bold.ttf"))
FIXED_DATE = "D:20261207000000Z"

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": (0, 27), "MADRS": (0, 60), "HAM-D": (0, 52), "GAD-7": (0, 21), "C-SSRS": (0, 6),
          "pain NRS": (0, 10)}
LEVELS = {"none", "passive", "active", "attempt"}


def cells(line):
    return [c.strip() for c in line[1:].split("|") if c.strip()]


def model_line(line):
    if line.startswith("# "):
        return line[2:]
    if line.startswith("~"):
        return line[1:]
    if line.startswith("|"):
        return " ".join(cells(line))
    return line


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ------------------------------------------------------------------------------------------------ writers
def write_pdf(path, pages):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample record")
    c.setAuthor("FICTIONAL")
    W, H = letter
    for n, page in enumerate(pages, 1):
        y = H - 60
        for line in page:
            if line.startswith("# "):
                font, size, text = "LSansB", 11, line[2:]
                y -= 6
            elif line.startswith("|"):
                font, size, text = "LSans", 9.5, "    ".join(cells(line))
            else:
                font, size, text = "LSans", 9.5, model_line(line)
            for part in wrap(text, font, size, W - 108):
                c.setFont(font, size)
                c.drawString(54, y, part)
                y -= size + 4
        c.setFont("LSans", 8)
        c.drawString(54, 30, "FICTIONAL - Page %d of %d" % (n, len(pages)))
        c.showPage()
    c.save()


def write_txt(path, pages):
    out = []
    for page in pages:
        for line in page:
            if line.startswith("# "):
                out += ["", line[2:], "-" * min(len(line) - 2, 100)]
            elif line.startswith("|"):
                out.append("  |  ".join(cells(line)))
            else:
                out.append(model_line(line))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).lstrip("\n") + "\n")


def write_docx(path, pages):
    d = Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL SAMPLE - not a real patient record"
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    table = None
    for line in pages[0]:
        if line.startswith("|"):
            cs = cells(line)
            if table is None:
                table = d.add_table(rows=0, cols=len(cs))
                table.style = "Table Grid"
            row = table.add_row().cells
            for i, c in enumerate(cs):
                row[i].text = c
            continue
        table = None
        if line.startswith("# "):
            d.add_heading(line[2:], level=2)
        else:
            d.add_paragraph(model_line(line))
    cp = d.core_properties
    import datetime
    fixed = datetime.datetime(2026, 12, 7)
    cp.author = "FICTIONAL"
    cp.last_modified_by = "FICTIONAL"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite with fixed zip times for reproducible bytes
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 7, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def render_sheet(page, seed, hand_font, print_font, width=1700, ruled=False):
    rnd = random.Random(seed)
    lines = []
    for line in page:
        if line.startswith("~"):
            lines.append(("hand", line[1:]))
        elif line.startswith("# "):
            lines.append(("head", line[2:]))
        elif line.startswith("|"):
            lines.append(("print", "   ".join(cells(line))))
        else:
            lines.append(("print", line))
    fh = ImageFont.truetype(FONTDIR + hand_font, 38)
    fp = ImageFont.truetype(FONTDIR + print_font, 28)
    fb = ImageFont.truetype(FONTDIR + "LiberationSans-Bold.ttf", 30)
    rows = []
    for kind, text in lines:
        f = fh if kind == "hand" else fb if kind == "head" else fp
        maxw = width - 160
        cur = ""
        for w in text.split(" "):
            t = (cur + " " + w).strip()
            if f.getlength(t) <= maxw or not cur:
                cur = t
            else:
                rows.append((kind, cur, f))
                cur = w
        rows.append((kind, cur, f))
    height = max(2200, 140 + sum(62 if k == "hand" else 46 for k, _, _ in rows) + 200)
    img = Image.new("RGB", (width, height), (250, 249, 244))
    dr = ImageDraw.Draw(img)
    if ruled:
        for yy in range(120, height - 60, 62):
            dr.line([(40, yy + 48), (width - 40, yy + 48)], fill=(205, 215, 235), width=2)
    y = 110
    for kind, text, f in rows:
        if kind == "hand":
            x = 90 + rnd.randint(-6, 6)
            for w in text.split(" "):
                dr.text((x, y + rnd.randint(-3, 3)), w, font=f, fill=(25, 45, 120))
                x += f.getlength(w + " ") + rnd.randint(-1, 3)
            y += 62
        else:
            dr.text((80, y), text, font=f, fill=(20, 20, 20))
            y += 46
    dr.text((80, height - 80), "FICTIONAL SAMPLE", font=fp, fill=(20, 20, 20))
    return img


def write_scan(path, pages, seed):
    ims = []
    for i, page in enumerate(pages):
        img = render_sheet(page, seed + i, "LiberationSerif-Italic.ttf", "LiberationSans-Regular.ttf")
        rnd = random.Random(seed * 7 + i)
        dr = ImageDraw.Draw(img)
        for _ in range(900):
            x, y = rnd.randrange(img.width), rnd.randrange(img.height)
            dr.point((x, y), fill=(120, 120, 120))
        img = img.rotate(0.5, resample=Image.BICUBIC, expand=False, fillcolor=(250, 249, 244))
        img = img.filter(ImageFilter.GaussianBlur(0.6)).convert("L")
        ims.append(img)
    ims[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=ims[1:],
                creationDate=None, title="FICTIONAL scan", author="FICTIONAL", producer="FICTIONAL")
    # pin the PIL-written dates for reproducibility
    data = open(path, "rb").read()
    data = re.sub(rb"/CreationDate \(D:[0-9]+[^)]*\)", b"/CreationDate (" + FIXED_DATE.encode() + b")", data)
    data = re.sub(rb"/ModDate \(D:[0-9]+[^)]*\)", b"/ModDate (" + FIXED_DATE.encode() + b")", data)
    open(path, "wb").write(data)


def write_photo(path, page, seed):
    sheet = render_sheet(page, seed, "LiberationSerif-Italic.ttf", "LiberationMono-Regular.ttf", width=1500)
    sheet = sheet.resize((sheet.width * 2 // 3, sheet.height * 2 // 3), Image.LANCZOS)
    bg = Image.new("RGB", (sheet.width + 260, sheet.height + 260), (62, 48, 38))
    rot = sheet.rotate(1.3, resample=Image.BICUBIC, expand=True, fillcolor=(62, 48, 38))
    bg.paste(rot, (120, 110))
    # uneven light
    shade = Image.linear_gradient("L").resize(bg.size).point(lambda v: 255 - v // 6)
    bg = Image.composite(bg, Image.new("RGB", bg.size, (0, 0, 0)), shade)
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    bg.save(path, "JPEG", quality=88)


# ------------------------------------------------------------------------------------------------ truth
def src(case, item):
    return {"file": item["file"] or case["docs"][0][0], "page": item["page"], "text": item["text"]}


def truth_of(case):
    t = {"_note": "FICTIONAL case. " + case["summary"] + " Not rows: " + case["traps"]}
    t["history"] = [{"name": r["name"], "class": r["cls"], "kind": r["kind"], "dose": r["dose"],
                     "start": r["start"], "end": r["end"], "outcome": r["outcome"],
                     "outcome_class": r["outcome_class"], "source": src(case, r)} for r in case["history"]]
    t["scales"] = [{"name": s["name"], "score": s["score"], "date": s["date"], "source": src(case, s)}
                   for s in case["scales"]]
    t["diagnoses"] = [{"code": d["code"], "source": src(case, d)} for d in case["diagnoses"]]
    su = case["suicidality"]
    t["suicidality"] = ({"level": su["level"], "source": src(case, su)} if su else {"level": None, "source": None})
    return t


# ------------------------------------------------------------------------------------------------ checks
def real_pages(path, kind, model):
    if kind == "pdf":
        n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True,
                                                                  text=True).stdout).group(1))
        return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"],
                               capture_output=True, text=True).stdout for i in range(1, n + 1)]
    if kind == "txt":
        return [open(path, encoding="utf-8").read()]
    if kind == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return ["\n".join(parts)]
    return None  # images: model text only


DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def date_ok(s):
    if s is None:
        return True
    if not DATE_RE.match(s):
        return False
    p = s.split("-")
    return (len(p) < 2 or 1 <= int(p[1]) <= 12) and (len(p) < 3 or 1 <= int(p[2]) <= 31)


def check_case(case, cdir, fails):
    slug = case["slug"]
    t = json.load(open(os.path.join(OUT, slug + ".truth.json"), encoding="utf-8"))
    if not t["_note"].startswith("FICTIONAL"):
        fails.append("%s: _note" % slug)
    files = sorted(os.listdir(os.path.join(cdir, "clinical")))
    if files != sorted(f for f, _, _ in case["docs"]):
        fails.append("%s: clinical/ holds %s" % (slug, files))
    model, real = {}, {}
    for f, kind, pages in case["docs"]:
        model[f] = [norm(" ".join(model_line(l) for l in p)) for p in pages]
        path = os.path.join(cdir, "clinical", f)
        rp = real_pages(path, kind, pages)
        real[f] = [norm(p) for p in rp] if rp is not None else None
        if rp is not None and len(rp) != len(pages):
            fails.append("%s: %s has %d pages, model %d" % (slug, f, len(rp), len(pages)))
        if kind == "docx" and "FICTIONAL" not in Document(path).sections[0].header.paragraphs[0].text:
            fails.append("%s: %s header lacks FICTIONAL" % (slug, f))
        if kind == "scan":
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                fails.append("%s: scan has a text layer" % slug)
        if "ficti" not in model[f][0]:
            fails.append("%s: %s first page lacks FICTIONAL" % (slug, f))
        alltext = " ".join(" ".join(model_line(l) for l in p) for p in pages)
        for m in re.finditer(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}", alltext):
            if not re.search(r"555[ .-]01\d\d$", m.group(0)):
                fails.append("%s: phone-like number %s" % (slug, m.group(0)))
        if re.search(r"@|www\.|https?:", alltext):
            fails.append("%s: e-mail/web address" % slug)

    def on_page(what, s):
        if s is None:
            return
        f, p, txt = s["file"], s["page"], norm(s["text"])
        if f not in model or not (1 <= p <= len(model[f])):
            fails.append("%s: %s source file/page %s p%s" % (slug, what, f, p))
            return
        if txt not in model[f][p - 1]:
            fails.append("%s: %s source text not on %s p%d (model)" % (slug, what, f, p))
        if real[f] is not None and txt not in real[f][p - 1]:
            fails.append("%s: %s source text not on %s p%d (real file)" % (slug, what, f, p))
        return model[f][p - 1]

    keys = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
    for r in t["history"]:
        what = "history %s" % r["name"]
        if list(r) != keys:
            fails.append("%s: %s key order" % (slug, what))
        if r["kind"] not in KINDS or r["outcome_class"] not in CLASSES:
            fails.append("%s: %s kind/class" % (slug, what))
        if not (date_ok(r["start"]) and date_ok(r["end"])):
            fails.append("%s: %s date shape" % (slug, what))
        if r["start"] and r["end"] and r["start"][:len(r["end"])] > r["end"][:len(r["start"])]:
            fails.append("%s: %s start after end" % (slug, what))
        on_page(what, r["source"])
        page = " ".join(" ".join(v) for v in model.values())
        # every expected value is printed in the records: outcome words, dose number, years of the dates
        if norm(r["outcome"]).replace('"', "") not in page.replace('"', ""):
            fails.append("%s: %s outcome words not in the records" % (slug, what))
        if r["dose"].split()[0] not in page:
            fails.append("%s: %s dose not in the records" % (slug, what))
        for d in (r["start"], r["end"]):
            if d and d[:4] not in page:
                fails.append("%s: %s year %s not in the records" % (slug, what, d[:4]))
    for s in t["scales"]:
        what = "scale %s %s" % (s["name"], s["score"])
        if s["name"] not in SCALES or not (SCALES[s["name"]][0] <= s["score"] <= SCALES[s["name"]][1]):
            fails.append("%s: %s name/range" % (slug, what))
        if not (date_ok(s["date"]) and len(s["date"]) == 10):
            fails.append("%s: %s date" % (slug, what))
        on_page(what, s["source"])
        if not re.search(r"(^|\D)%d(\D|$)" % s["score"], s["source"]["text"]):
            fails.append("%s: %s score not in its text" % (slug, what))
        y, m, d = s["date"].split("-")
        if not any(x in s["source"]["text"] for x in ("%s/%s/%s" % (m, d, y), "%d de" % int(d))) and \
                "%s/%s/%s" % (m, d, y) not in s["source"]["text"] and s["date"] not in s["source"]["text"]:
            fails.append("%s: %s date not in its text" % (slug, what))
    codes = [d["code"] for d in t["diagnoses"]]
    if len(codes) != len(set(codes)):
        fails.append("%s: duplicate code" % slug)
    for d in t["diagnoses"]:
        if not re.match(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$", d["code"]) or d["code"] not in d["source"]["text"]:
            fails.append("%s: code %s" % (slug, d["code"]))
        on_page("code " + d["code"], d["source"])
    su = t["suicidality"]
    if su["level"] is None:
        if su["source"] is not None:
            fails.append("%s: null suicidality with a source" % slug)
    else:
        if su["level"] not in LEVELS:
            fails.append("%s: suicidality level" % slug)
        on_page("suicidality", su["source"])
    return t


def main():
    os.makedirs(OUT, exist_ok=True)
    for p in glob.glob(os.path.join(OUT, "[0-9][0-9]-*")):
        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    for n, case in enumerate(CASES, 1):
        cdir = os.path.join(OUT, case["slug"])
        os.makedirs(os.path.join(cdir, "clinical"))
        for f, kind, pages in case["docs"]:
            path = os.path.join(cdir, "clinical", f)
            {"pdf": lambda: write_pdf(path, pages), "txt": lambda: write_txt(path, pages),
             "docx": lambda: write_docx(path, pages), "scan": lambda: write_scan(path, pages, 38 * 100 + n),
             "photos": lambda: write_photo(path, pages[0], 38 * 1000 + n + len(f))}[kind]()
        with open(os.path.join(OUT, case["slug"] + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth_of(case), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    fails, tot = [], dict(h=0, s=0, d=0, su=0)
    from collections import Counter
    oc, kinds = Counter(), Counter()
    for case in CASES:
        before = len(fails)
        t = check_case(case, os.path.join(OUT, case["slug"]), fails)
        tot["h"] += len(t["history"]); tot["s"] += len(t["scales"]); tot["d"] += len(t["diagnoses"])
        tot["su"] += t["suicidality"]["level"] is not None
        oc.update(r["outcome_class"] for r in t["history"]); kinds.update(r["kind"] for r in t["history"])
        print("%-62s %d rows, %d scales, %d codes, suicidality %s  %s" % (
            case["slug"], len(t["history"]), len(t["scales"]), len(t["diagnoses"]), t["suicidality"]["level"],
            "ok" if len(fails) == before else "FAIL"))
    for f in fails:
        print("FAIL", f)
    print("outcome classes:", dict(oc))
    print("kinds:", dict(kinds))
    print("%d cases, %d history rows, %d scale rows, %d diagnosis codes, %d suicidality set, %d failures" % (
        len(CASES), tot["h"], tot["s"], tot["d"], tot["su"], len(fails)))
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
