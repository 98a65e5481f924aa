# FICTIONAL test-set generator for appeal-kit issue 24, blind set 54. Run with /work/main/.venv/bin/python.
# Rebuilds every NN-slug/clinical/ folder and NN-slug.truth.json from cases.py, then self-checks.
import json, os, re, shutil, subprocess, sys, random, textwrap, zipfile, datetime
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
sys.path.insert(0, HERE)
import cases

FD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LSans", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSansB", FD + "LiberationSans-Bold.ttf"))
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def line_text(ln):
    if ln.startswith("# "):
        return ln[2:]
    if ln.startswith("|"):
        return " ".join(c.strip() for c in ln.strip("|").split("|") if c.strip())
    if ln.startswith("~ "):
        return ln[2:]
    return ln


def model_pages(doc):
    return [norm(" ".join(line_text(l) for l in page)) for page in doc["pages"]]


def blocks(page):
    """group consecutive table rows"""
    out = []
    for ln in page:
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        else:
            out.append(("line", ln))
    return out


# ---------------------------------------------------------------- PDF with text layer
def make_pdf(doc, path):
    W, H = letter
    L, R, T, B = 54, 54, 60, 60
    tw = W - L - R
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL clinical record")
    n = len(doc["pages"])
    for pi, page in enumerate(doc["pages"]):
        y = H - T
        for kind, b in blocks(page):
            if kind == "table":
                ncol = max(len(r) for r in b)
                widths = [max(pdfmetrics.stringWidth(r[i] if i < len(r) else "", "LSans", 8) for r in b) + 10
                          for i in range(ncol)]
                if sum(widths) > tw:
                    fail(f"{path}: table too wide ({sum(widths):.0f} > {tw:.0f})")
                for ri, r in enumerate(b):
                    x = L
                    for i, cell in enumerate(r):
                        c.setFont("LSansB" if ri == 0 else "LSans", 8)
                        c.drawString(x, y, cell)
                        x += widths[i]
                    y -= 11
                y -= 4
            else:
                ln = b
                if ln.startswith("# "):
                    c.setFont("LSansB", 11)
                    if pdfmetrics.stringWidth(ln[2:], "LSansB", 11) > tw:
                        fail(f"{path}: heading too wide")
                    y -= 4
                    c.drawString(L, y, ln[2:])
                    y -= 16
                elif ln == "":
                    y -= 6
                else:
                    c.setFont("LSans", 9.5)
                    for part in simpleSplit(ln, "LSans", 9.5, tw):
                        c.drawString(L, y, part)
                        y -= 12.5
            if y < B:
                fail(f"{path}: page {pi+1} overflows")
        c.setFont("LSans", 8)
        c.drawCentredString(W / 2, 30, f"FICTIONAL - Page {pi+1} of {n}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- TXT
def make_txt(doc, path):
    out = []
    for pi, page in enumerate(doc["pages"]):
        for kind, b in blocks(page):
            if kind == "table":
                ncol = max(len(r) for r in b)
                w = [max(len(r[i]) if i < len(r) else 0 for r in b) for i in range(ncol)]
                for r in b:
                    out.append("  ".join(cell.ljust(w[i]) for i, cell in enumerate(r)).rstrip())
                out.append("")
            elif b.startswith("# "):
                out += ["", b[2:], "-" * len(b[2:])]
            elif b == "":
                out.append("")
            else:
                out += textwrap.wrap(b, 112, subsequent_indent="  ") or [""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).strip("\n") + "\n")


# ---------------------------------------------------------------- DOCX
FIXED = datetime.datetime(2026, 12, 1, 9, 0, 0)


def make_docx(doc, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = doc.get("header", "FICTIONAL SAMPLE - invented record")
    for page in doc["pages"]:
        for kind, b in blocks(page):
            if kind == "table":
                t = d.add_table(rows=len(b), cols=max(len(r) for r in b))
                t.style = "Table Grid"
                for ri, r in enumerate(b):
                    for ci, cell in enumerate(r):
                        t.cell(ri, ci).text = cell
            elif b.startswith("# "):
                d.add_heading(b[2:], level=2)
            elif b == "":
                continue
            else:
                d.add_paragraph(b)
    cp = d.core_properties
    cp.author = "FICTIONAL"
    cp.title = "FICTIONAL record"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "FICTIONAL"
    cp.revision = 1
    tmp = path + ".tmp"
    d.save(tmp)
    with zipfile.ZipFile(tmp) as zi, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            ni = zipfile.ZipInfo(it.filename, date_time=(2026, 12, 1, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(ni, zi.read(it.filename))
    os.remove(tmp)


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" ".join(c.text for c in r.cells if c.text.strip()))
    hdr = " ".join(p.text for p in d.sections[0].header.paragraphs)
    return norm(" ".join(parts)), hdr


# ---------------------------------------------------------------- images (scan, photos)
def render_image(page, seed, size, dpi_scale, photo):
    rnd = random.Random(seed)
    Wp, Hp = size
    bg = (236, 230, 214) if photo else (250, 250, 247)
    im = Image.new("RGB", (Wp, Hp), bg)
    dr = ImageDraw.Draw(im)
    s = dpi_scale
    fp = ImageFont.truetype(FD + "LiberationSans-Regular.ttf", int(22 * s))
    fb = ImageFont.truetype(FD + "LiberationSans-Bold.ttf", int(26 * s))
    fh = ImageFont.truetype(FD + "LiberationSerif-Italic.ttf", int(28 * s))
    x0, y = int(70 * s), int(70 * s)
    maxw = Wp - 2 * x0
    if photo:  # ruled lines like a carbon pad
        for yy in range(int(140 * s), Hp - int(40 * s), int(40 * s)):
            dr.line([(int(30 * s), yy), (Wp - int(30 * s), yy)], fill=(196, 205, 222), width=2)
    for ln in page:
        if ln == "":
            y += int(16 * s)
            continue
        hand = ln.startswith("~ ")
        txt = line_text(ln)
        font = fh if hand else (fb if ln.startswith("# ") else fp)
        words, cur, rows = txt.split(" "), "", []
        for w in words:
            t = (cur + " " + w).strip()
            if dr.textlength(t, font=font) > maxw and cur:
                rows.append(cur)
                cur = w
            else:
                cur = t
        rows.append(cur)
        for r in rows:
            if hand:
                x = x0 + rnd.randint(-4, 6)
                for w in r.split(" "):
                    ink = (rnd.randint(15, 40), rnd.randint(30, 55), rnd.randint(110, 150))
                    dr.text((x, y + rnd.randint(-2, 2)), w, font=fh, fill=ink)
                    x += dr.textlength(w + " ", font=fh) + rnd.randint(0, 3)
                y += int(40 * s)
            else:
                dr.text((x0, y), r, font=font, fill=(25, 25, 25))
                y += int(34 * s)
        if y > Hp - int(50 * s):
            fail(f"image page overflows (seed {seed})")
    for _ in range(400):
        px, py = rnd.randrange(Wp), rnd.randrange(Hp)
        dr.point((px, py), fill=(120, 120, 120))
    im = im.rotate(0.5 if not photo else 1.2, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    if photo:
        # light falling off to the bottom right, on a dark desk
        gv = Image.linear_gradient("L").resize((Wp, Hp))
        gh = Image.linear_gradient("L").rotate(90).transpose(Image.FLIP_LEFT_RIGHT).resize((Wp, Hp))
        grad = ImageChops.add(gv, gh, scale=2.0)
        shade = Image.new("RGB", (Wp, Hp), (40, 36, 30))
        im = Image.composite(shade, im, grad.point(lambda v: int(v * 0.35)))
        desk = Image.new("RGB", (Wp + 160, Hp + 160), (58, 44, 34))
        desk.paste(im, (80, 80))
        im = desk
    else:
        im = im.convert("L")
    return im


def make_scan(doc, path, seed):
    pages = [render_image(p, seed + i, (1700, 2200), 1.0, False) for i, p in enumerate(doc["pages"])]
    pages[0].save(path, "PDF", resolution=200, save_all=True, append_images=pages[1:],
                  creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), producer="FICTIONAL scanner")


def make_photo(doc, path, seed):
    im = render_image(doc["pages"][0], seed, (1500, 1900), 1.35, True)
    im.save(path, "JPEG", quality=88)


# ---------------------------------------------------------------- checks
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {"none", "passive", "active", "attempt"}
RANGES = {"PHQ-9": 27, "MADRS": 60, "HAM-D": 52, "GAD-7": 21, "C-SSRS": 6, "pain NRS": 10}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ROWKEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]


def check_date(cid, d, what):
    if d is None:
        return
    if not DATE.match(d):
        fail(f"{cid}: bad date {d} ({what})")
        return
    if len(d) == 10:
        try:
            datetime.date.fromisoformat(d)
        except ValueError:
            fail(f"{cid}: impossible date {d}")


def main():
    for name in os.listdir(OUT):
        if re.match(r"^\d\d-", name):
            p = os.path.join(OUT, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    tot = [0, 0, 0]
    for ci, case in enumerate(cases.CASES):
        cid = case["id"]
        cdir = os.path.join(OUT, cid, "clinical")
        os.makedirs(cdir)
        pagetexts = {}
        for di, doc in enumerate(case["docs"]):
            fn = doc["file"]
            path = os.path.join(cdir, fn)
            fmt = doc["fmt"]
            mp = model_pages(doc)
            if "ficti" not in mp[0]:
                fail(f"{cid}/{fn}: first page does not say FICTIONAL")
            if fmt == "pdf":
                make_pdf(doc, path)
                np_ = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
                if np_ != len(mp):
                    fail(f"{cid}/{fn}: {np_} pages, expected {len(mp)}")
                for p in range(1, np_ + 1):
                    t = subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), path, "-"],
                                       capture_output=True, text=True).stdout
                    pagetexts[(fn, p)] = [mp[p - 1], norm(t)]
            elif fmt == "txt":
                make_txt(doc, path)
                pagetexts[(fn, 1)] = [norm(" ".join(mp)), norm(open(path, encoding="utf-8").read())]
            elif fmt == "docx":
                make_docx(doc, path)
                body, hdr = docx_text(path)
                if "FICTI" not in hdr.upper():
                    fail(f"{cid}/{fn}: header lacks FICTIONAL")
                pagetexts[(fn, 1)] = [norm(" ".join(mp)), body]
            elif fmt == "scan":
                make_scan(doc, path, 5400 + ci * 10 + di)
                t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if t.strip():
                    fail(f"{cid}/{fn}: scan has a text layer")
                for p in range(1, len(mp) + 1):
                    pagetexts[(fn, p)] = [mp[p - 1]]
            elif fmt == "photo":
                make_photo(doc, path, 5400 + ci * 10 + di)
                pagetexts[(fn, 1)] = [mp[0]]
            else:
                fail(f"{cid}: unknown format {fmt}")
            alltext = " ".join(mp)
            for m in re.finditer(r"\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b", alltext):
                if not re.search(r"555-01\d\d$", m.group(0)):
                    fail(f"{cid}/{fn}: phone-like number {m.group(0)}")
            if re.search(r"@|www\.|https?:", alltext):
                fail(f"{cid}/{fn}: e-mail or web address")
        files = sorted(os.listdir(cdir))
        if files != sorted(d["file"] for d in case["docs"]):
            fail(f"{cid}: clinical/ holds {files}")
        first = case["docs"][0]["file"]

        def src(s):
            f = s["file"] or first
            out = {"file": f, "page": s["page"], "text": s["text"]}
            key = (f, s["page"])
            if key not in pagetexts:
                fail(f"{cid}: source page {key} does not exist")
            else:
                for i, t in enumerate(pagetexts[key]):
                    if norm(s["text"]) not in t:
                        fail(f"{cid}: span not on {key} ({['model', 'read-back'][i]}): {s['text'][:70]}")
            return out

        truth = {"_note": case["note"], "history": [], "scales": [], "diagnoses": [], "suicidality": None}
        if not case["note"].startswith("FICTIONAL"):
            fail(f"{cid}: _note must start with FICTIONAL")
        for r in case["history"]:
            row = {k: r[k] for k in ROWKEYS[:-1]}
            row["source"] = src(r["source"])
            if row["kind"] not in KINDS:
                fail(f"{cid}: kind {row['kind']}")
            if row["outcome_class"] not in CLASSES:
                fail(f"{cid}: outcome class {row['outcome_class']}")
            check_date(cid, row["start"], row["name"])
            check_date(cid, row["end"], row["name"])
            if row["start"] and row["end"] and row["end"] < row["start"][:len(row["end"])]:
                fail(f"{cid}: {row['name']} ends before it starts")
            truth["history"].append(row)
        for s in case["scales"]:
            if s["name"] not in SCALES:
                fail(f"{cid}: scale {s['name']}")
            if not (isinstance(s["score"], int) and 0 <= s["score"] <= RANGES.get(s["name"], 99)):
                fail(f"{cid}: score {s['score']}")
            if not re.search(r"(?<!\d)%d(?!\d)" % s["score"], s["source"]["text"]):
                fail(f"{cid}: score {s['score']} not in its span")
            check_date(cid, s["date"], s["name"])
            truth["scales"].append({"name": s["name"], "score": s["score"], "date": s["date"], "source": src(s["source"])})
        seen = set()
        for d in case["diagnoses"]:
            if not re.match(r"^[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$", d["code"]):
                fail(f"{cid}: code shape {d['code']}")
            if d["code"] in seen:
                fail(f"{cid}: code twice {d['code']}")
            seen.add(d["code"])
            if d["code"].casefold() not in norm(d["source"]["text"]):
                fail(f"{cid}: code {d['code']} not in its span")
            truth["diagnoses"].append({"code": d["code"], "source": src(d["source"])})
        su = case["suicidality"]
        if su is not None:
            if su["level"] not in LEVELS:
                fail(f"{cid}: suicidality level {su['level']}")
            truth["suicidality"] = {"level": su["level"], "source": src(su["source"])}
        with open(os.path.join(OUT, cid + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False)
            f.write("\n")
        tot[0] += len(truth["history"]); tot[1] += len(truth["scales"]); tot[2] += len(truth["diagnoses"])
        print(f"{cid}: {len(files)} file(s), {len(truth['history'])} rows, {len(truth['scales'])} scales, "
              f"{len(truth['diagnoses'])} codes, suicidality {su['level'] if su else None}")
    print(f"{len(cases.CASES)} cases, {tot[0]} history rows, {tot[1]} scale rows, {tot[2]} diagnosis codes, "
          f"{len(FAIL)} failures")
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
