"""Rebuild notes set 39 (FICTIONAL clinical records + truth files) and self-check it.

    cd /work/notes/notes39 && /work/main/.venv/bin/python make_set.py [OUTDIR]
"""
import io, json, time, random, re, shutil, subprocess, sys, zipfile, datetime
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
import docx
from docx.shared import Pt

from cases import CASES

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
FONTS = Path("/usr/share/fonts/truetype/liberation2")
pdfmetrics.registerFont(TTFont("LSans", str(FONTS / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LSansB", str(FONTS / "LiberationSans-Bold.ttf")))
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL:", msg)


def model_line(line):
    if line.startswith("# "):
        return line[2:]
    if line.startswith("| "):
        return " ".join(c.strip() for c in line[2:].split("|"))
    if line.startswith("~ "):
        line = line[2:]
    return " ".join(p.strip() for p in line.split("~~")).replace(" ~ ", " ").replace(": ~ ", ": ")


def model_page(page):
    return "\n".join(model_line(l).replace("~ ", "") for l in page)


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00a0", " ")).strip().casefold()


# ------------------------------------------------------------------ writers
def write_pdf(path, pages):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample record"); c.setAuthor("notes39 (fictional)")
    W, H = letter
    n = len(pages)
    for i, page in enumerate(pages, 1):
        y = H - 50
        j = 0
        while j < len(page):
            line = page[j]
            if line.startswith("| "):
                rows = []
                while j < len(page) and page[j].startswith("| "):
                    rows.append([x.strip() for x in page[j][2:].split("|")]); j += 1
                ncol = len(rows[0])
                widths = [max(pdfmetrics.stringWidth(r[k], "LSans", 8) for r in rows) + 10 for k in range(ncol)]
                x0 = 40
                for ri, r in enumerate(rows):
                    x = x0
                    for k, cell in enumerate(r):
                        c.setFont("LSansB" if ri == 0 else "LSans", 8)
                        c.drawString(x, y, cell); x += widths[k]
                    c.line(x0, y - 3, x, y - 3)
                    y -= 13
                y -= 4
                continue
            bold = line.startswith("# ")
            text = model_line(line)
            font, size = ("LSansB", 11) if bold else ("LSans", 9.5)
            for part in simpleSplit(text, font, size, W - 80):
                c.setFont(font, size); c.drawString(40, y, part); y -= size + 4
            y -= 3
            j += 1
        if y < 60:
            fail(f"{path.name} page {i} overflows")
        c.setFont("LSans", 8)
        c.drawCentredString(W / 2, 30, f"FICTIONAL - Page {i} of {n}")
        c.showPage()
    c.save()


def write_txt(path, pages):
    out = []
    for page in pages:
        for line in page:
            if line.startswith("# "):
                out += ["", line[2:], "-" * len(line[2:])]
            elif line.startswith("| "):
                out.append(" | ".join(x.strip() for x in line[2:].split("|")))
            else:
                out.append(model_line(line))
    path.write_text("\n".join(out).strip() + "\n", encoding="utf-8")


def write_docx(path, pages):
    d = docx.Document()
    d.styles["Normal"].font.name = "Liberation Sans"; d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "FICTIONAL SAMPLE - invented record for software testing"
    cp = d.core_properties
    cp.author = "notes39 (fictional)"; cp.title = "FICTIONAL sample record"
    cp.created = cp.modified = datetime.datetime(2026, 12, 7, 9, 0, 0); cp.last_modified_by = "notes39"; cp.revision = 1
    page = pages[0]
    j = 0
    while j < len(page):
        line = page[j]
        if line.startswith("| "):
            rows = []
            while j < len(page) and page[j].startswith("| "):
                rows.append([x.strip() for x in page[j][2:].split("|")]); j += 1
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for k, cell in enumerate(r):
                    t.cell(ri, k).text = cell
            continue
        if line.startswith("# "):
            d.add_heading(line[2:], level=2)
        else:
            d.add_paragraph(model_line(line))
        j += 1
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 7, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def render_paper(page, rng, width=1700, height=2200, mono=False):
    img = Image.new("RGB", (width, height), (250, 248, 242))
    dr = ImageDraw.Draw(img)
    pf = ImageFont.truetype(str(FONTS / ("LiberationMono-Regular.ttf" if mono else "LiberationSans-Regular.ttf")), 30)
    pb = ImageFont.truetype(str(FONTS / "LiberationSans-Bold.ttf"), 34)
    hf = ImageFont.truetype(str(FONTS / "LiberationSerif-Italic.ttf"), 40)
    ink = (30, 50, 140)
    y = 90
    for line in page:
        x = 90
        if line.startswith("# "):
            dr.text((x, y), line[2:], font=pb, fill=(20, 20, 20)); y += 62; continue
        hand_all = line.startswith("~ ")
        body = line[2:] if hand_all else line
        segs = []
        if hand_all:
            segs = [(True, s.strip()) for s in body.split("~~")]
        else:
            parts = re.split(r"(~~|~ )", body)
            hand = False
            for p in parts:
                if p in ("~~", "~ "):
                    hand = True; continue
                if p.strip():
                    segs.append((hand, p.strip()))
        for hand, s in segs:
            if hand:
                for w in s.split(" "):
                    dy = rng.randint(-3, 3)
                    dr.text((x, y - 4 + dy), w, font=hf, fill=ink)
                    x += dr.textlength(w + " ", font=hf) + rng.randint(0, 4)
            else:
                dr.text((x, y), s, font=pf, fill=(25, 25, 25))
                x += dr.textlength(s + "  ", font=pf)
            x += 12
        if x > width - 40:
            fail(f"line too wide for the paper: {line[:40]}")
        y += 58
    if y > height - 60:
        fail("paper page overflows")
    return img


def write_scan(path, pages, rng):
    imgs = []
    for page in pages:
        img = render_paper(page, rng).convert("L")
        px = img.load()
        for _ in range(5000):
            px[rng.randrange(img.width), rng.randrange(img.height)] = rng.randint(60, 160)
        img = img.rotate(0.5, resample=Image.BICUBIC, fillcolor=245, expand=False).filter(ImageFilter.GaussianBlur(0.8))
        imgs.append(img)
    imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:],
                 title="FICTIONAL scan", creationDate=time.gmtime(1796634000), modDate=time.gmtime(1796634000))


def write_photo(path, pages, rng):
    paper = render_paper(pages[0], rng, width=1700, height=1500)
    bg = Image.new("RGB", (2000, 1800), (58, 44, 36))
    paper = paper.rotate(1.3, resample=Image.BICUBIC, expand=True, fillcolor=(58, 44, 36))
    bg.paste(paper, (130, 120))
    shade = Image.linear_gradient("L").resize(bg.size).rotate(90)
    shade = shade.point(lambda v: 255 - v // 4)
    bg = Image.composite(bg, Image.new("RGB", bg.size, (0, 0, 0)), shade).filter(ImageFilter.GaussianBlur(1.0))
    bg.save(path, "JPEG", quality=88)


# ------------------------------------------------------------------ real-file text
def real_pages(path, kind, npages):
    if kind == "pdf":
        out = []
        for i in range(1, npages + 1):
            out.append(subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(path), "-"],
                                      capture_output=True, text=True, check=True).stdout)
        return out
    if kind == "txt":
        return [path.read_text(encoding="utf-8").replace(" | ", " ")]
    if kind == "docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        parts.append(d.sections[0].header.paragraphs[0].text)
        return ["\n".join(parts)]
    return None


KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": (0, 27), "MADRS": (0, 60), "HAM-D": (0, 52), "GAD-7": (0, 21), "C-SSRS": (0, 6), "pain NRS": (0, 10)}
LEVELS = {"none", "passive", "active", "attempt"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HKEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"{m}/{d}/{y}", f"{m}/{d}/{y[2:]}", iso, f"{int(d)} de {MES[int(m) - 1]} de {y}"]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for p in OUT.glob("[0-9][0-9]-*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    totals = dict(rows=0, scales=0, codes=0, si=0, sinull=0)
    occ, kc = {}, {}
    for case in CASES:
        slug = case["slug"]
        rng = random.Random(slug)
        clin = OUT / slug / "clinical"; clin.mkdir(parents=True)
        docs = {}
        for fname, kind, pages in case["docs"]:
            path = clin / fname
            {"pdf": write_pdf, "txt": write_txt, "docx": write_docx}.get(kind, lambda p, pg: None)(path, pages) \
                if kind in ("pdf", "txt", "docx") else (write_scan if kind == "scan" else write_photo)(path, pages, rng)
            model = [norm(model_page(pg)) for pg in pages]
            real = real_pages(path, kind, len(pages))
            docs[fname] = (kind, pages, model, [norm(r) for r in real] if real else None)
            if "ficti" not in model[0]:
                fail(f"{slug}/{fname}: no FICTIONAL on first page")
            if kind == "pdf":
                info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
                if not re.search(rf"^Pages:\s+{len(pages)}$", info, re.M):
                    fail(f"{fname}: page count")
            if kind == "scan" and subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.strip():
                fail(f"{fname}: scan has a text layer")
            if kind == "docx" and "fictional" not in docx.Document(str(path)).sections[0].header.paragraphs[0].text.lower():
                fail(f"{fname}: no FICTIONAL header")
            alltext = " ".join(model_page(pg) for pg in pages)
            for m in re.finditer(r"\(?\d{3}\)?[ .-]\d{3}-\d{4}", alltext):
                if not re.search(r"555-01\d\d$", m.group()):
                    fail(f"{fname}: phone-like {m.group()}")
            if re.search(r"@|www\.|https?:", alltext):
                fail(f"{fname}: e-mail/web address")
        if sorted(p.name for p in clin.iterdir()) != sorted(docs):
            fail(f"{slug}: clinical/ contents")
        first = case["docs"][0][0]
        truth = {"_note": case["note"], **case["truth"]}
        if not truth["_note"].startswith("FICTIONAL"):
            fail(f"{slug}: _note")
        casetext = norm(" ".join(model_page(pg) for _, _, pgs in case["docs"] for pg in pgs))

        def src(s, what):
            if s["file"] is None:
                s["file"] = first
            kind, pages, model, real = docs[s["file"]]
            t = norm(s["text"]); pg = s["page"]
            if not (1 <= pg <= len(pages)) or t not in model[pg - 1]:
                fail(f"{slug} {what}: source not on model page {pg}: {s['text'][:60]}")
            elif real is not None and t not in real[pg - 1 if len(real) > 1 else 0]:
                fail(f"{slug} {what}: source not in real file text page {pg}: {s['text'][:60]}")
            return t

        for h in truth["history"]:
            if list(h) != HKEYS:
                fail(f"{slug}: key order {list(h)}")
            t = src(h["source"], h["name"])
            if norm(h["outcome"]) not in t:
                fail(f"{slug} {h['name']}: outcome words not in source")
            num = re.match(r"[\d.]+", h["dose"]).group()
            if num not in casetext:
                fail(f"{slug} {h['name']}: dose {num} not printed")
            for k in ("start", "end"):
                v = h[k]
                if v is not None and (not DATE.match(v) or v[:4] not in casetext):
                    fail(f"{slug} {h['name']}: {k} {v}")
            if h["start"] and h["end"] and h["start"][:len(h['end'])] > h["end"][:len(h['start'])]:
                fail(f"{slug} {h['name']}: start after end")
            if h["kind"] not in KINDS or h["outcome_class"] not in OCS:
                fail(f"{slug} {h['name']}: kind/class")
            occ[h["outcome_class"]] = occ.get(h["outcome_class"], 0) + 1
            kc[h["kind"]] = kc.get(h["kind"], 0) + 1
        for s in truth["scales"]:
            t = src(s["source"], s["name"])
            lo, hi = SCALES[s["name"]]
            if not (lo <= s["score"] <= hi) or str(s["score"]) not in t:
                fail(f"{slug} scale {s['name']} score")
            if not DATE.match(s["date"]) or not any(norm(f) in t for f in date_forms(s["date"])):
                fail(f"{slug} scale {s['name']} date {s['date']} not in source")
        codes = [d["code"] for d in truth["diagnoses"]]
        if len(set(codes)) != len(codes):
            fail(f"{slug}: duplicate codes")
        for d in truth["diagnoses"]:
            t = src(d["source"], d["code"])
            if not re.match(r"^[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$", d["code"]) or d["code"].casefold() not in t:
                fail(f"{slug} code {d['code']}")
        su = truth["suicidality"]
        if su["level"] is None:
            if su["source"] is not None:
                fail(f"{slug}: null suicidality with a source")
            totals["sinull"] += 1
        else:
            if su["level"] not in LEVELS:
                fail(f"{slug}: suicidality level")
            src(su["source"], "suicidality"); totals["si"] += 1
        (OUT / f"{slug}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        totals["rows"] += len(truth["history"]); totals["scales"] += len(truth["scales"]); totals["codes"] += len(codes)
        print(f"{slug}: {len(truth['history'])} rows ({', '.join(h['name'] + ' ' + h['outcome_class'] for h in truth['history'])}); "
              f"{len(truth['scales'])} scales; codes {' '.join(codes)}; suicidality {su['level']}")
    print("outcome classes:", dict(sorted(occ.items(), key=lambda x: -x[1])))
    print("kinds:", dict(sorted(kc.items(), key=lambda x: -x[1])))
    print(f"{len(CASES)} cases, {totals['rows']} history rows, {totals['scales']} scale rows, {totals['codes']} diagnosis codes, "
          f"{totals['si']} suicidality set, {totals['sinull']} null, {len(FAILS)} failures")
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
