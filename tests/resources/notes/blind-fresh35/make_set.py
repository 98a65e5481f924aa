"""Rebuild notes35 (FICTIONAL blind set 35 for issue 24) deterministically, then self-check; exit 1 on a problem.
Usage: /work/main/.venv/bin/python make_set.py [OUTDIR]"""
import json, os, random, re, shutil, subprocess, sys, zipfile, io, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
FONTS = "/usr/share/fonts/truetype/liberation2/"
FAIL = []
def fail(msg): FAIL.append(msg); print("FAIL:", msg)
def norm(s): return re.sub(r"\s+", " ", s).strip().casefold()

def page_model(lines):
    out = []
    for l in lines:
        if l.startswith("# "): out.append(l[2:])
        elif l.startswith("|"): out.append(" ".join(c.strip() for c in l[1:].split("|") if c.strip()))
        elif l.startswith("~"): out.append(l[1:])
        else: out.append(l)
    return "\n".join(out)

# ---------------------------------------------------------------- PDF (text layer)
def make_pdf(path, pages):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.utils import simpleSplit
    for n, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf")):
        try: pdfmetrics.getFont(n)
        except KeyError: pdfmetrics.registerFont(TTFont(n, FONTS + f))
    W, H = letter; M = 54; TW = W - 2 * M
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample record"); c.setAuthor("FICTIONAL"); c.setCreator("notes35 make_set.py")
    for pi, lines in enumerate(pages, 1):
        y = H - M
        tables = [l for l in lines if l.startswith("|")]
        colw = None
        if tables:
            rows = [[x.strip() for x in l[1:].split("|")] for l in tables]
            ncol = max(len(r) for r in rows)
            colw = [max(pdfmetrics.stringWidth(r[i] if i < len(r) else "", "LS", 8) for r in rows) + 10 for i in range(ncol)]
            if sum(colw) > TW: fail(f"{path}: table too wide on p.{pi}")
        first_table_row = True
        for l in lines:
            if l.startswith("# "):
                y -= 6
                if pdfmetrics.stringWidth(l[2:], "LSB", 11) > TW: fail(f"{path}: heading too wide: {l[:40]}")
                c.setFont("LSB", 11); c.drawString(M, y, l[2:]); y -= 15
            elif l.startswith("|"):
                cells = [x.strip() for x in l[1:].split("|")]
                c.setFont("LSB" if first_table_row else "LS", 8); x = M
                for i, t in enumerate(cells):
                    c.drawString(x + 2, y, t); x += colw[i]
                c.setLineWidth(0.3); c.line(M, y - 3, M + sum(colw), y - 3)
                first_table_row = False; y -= 12
            else:
                c.setFont("LS", 9.5)
                for part in simpleSplit(l, "LS", 9.5, TW):
                    c.drawString(M, y, part); y -= 12.5
                y -= 3
            if y < M + 20: fail(f"{path}: page {pi} overflows")
        c.setFont("LS", 8); c.drawCentredString(W / 2, M / 2, f"FICTIONAL - Page {pi} of {len(pages)}")
        c.showPage()
    c.save()

# ---------------------------------------------------------------- DOCX
def make_docx(path, pages):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL SAMPLE RECORD - invented patient and clinic"
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    for lines in pages:
        table = None
        for l in lines:
            if l.startswith("|"):
                cells = [x.strip() for x in l[1:].split("|")]
                if table is None:
                    table = d.add_table(rows=0, cols=len(cells)); table.style = "Table Grid"
                row = table.add_row()
                for i, t in enumerate(cells): row.cells[i].text = t
                continue
            table = None
            if l.startswith("# "): d.add_heading(l[2:], level=2)
            else: d.add_paragraph(l)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 12, 7, 0, 0, 0)
    cp.author = "FICTIONAL"; cp.last_modified_by = "FICTIONAL"; cp.title = "FICTIONAL sample record"
    cp.created = fixed; cp.modified = fixed; cp.revision = 1
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 7, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))

def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows: parts.append(" ".join(c.text for c in r.cells))
    parts += [p.text for p in d.sections[0].header.paragraphs]
    return "\n".join(parts)

# ---------------------------------------------------------------- TXT
def make_txt(path, pages):
    import textwrap
    out = []
    for lines in pages:
        for l in lines:
            if l.startswith("# "):
                out += ["", l[2:], "-" * len(l[2:])]
            else:
                w = textwrap.wrap(l, 110, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
                out += w or [""]
    with open(path, "w", encoding="utf-8", newline="\n") as f: f.write("\n".join(out) + "\n")

# ---------------------------------------------------------------- images (scan, photos)
def draw_sheet(lines, seed, size=(1700, 2200), ruled=True, fontsize=44):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    img = Image.new("RGB", size, (250, 248, 240) if ruled else (255, 246, 170))
    dr = ImageDraw.Draw(img)
    pf = ImageFont.truetype(FONTS + "LiberationSans-Bold.ttf", 36)
    hf = ImageFont.truetype(FONTS + "LiberationSerif-Italic.ttf", fontsize)
    y = 110; L = 100; R = size[0] - 90
    if ruled:
        for yy in range(260, size[1] - 80, 70): dr.line([(60, yy + 52), (size[0] - 60, yy + 52)], fill=(170, 190, 215), width=2)
    for l in lines:
        if l.startswith("~"):
            words = l[1:].split(" "); x = L + rnd.randint(-6, 6)
            for wd in words:
                wlen = dr.textlength(wd + " ", font=hf)
                if x + wlen > R: x = L + 30; y += 70
                ink = (rnd.randint(15, 40), rnd.randint(30, 55), rnd.randint(110, 150))
                dr.text((x, y + rnd.randint(-3, 3)), wd, font=hf, fill=ink); x += wlen + rnd.randint(-2, 3)
            y += 70
        else:
            t = l[2:] if l.startswith("# ") else l
            f = pf
            while dr.textlength(t, font=f) > R - L and f.size > 20:
                f = ImageFont.truetype(FONTS + "LiberationSans-Bold.ttf", f.size - 2)
            dr.text((L, y), t, font=f, fill=(20, 20, 20)); y += 70
    if y > size[1] - 60: fail(f"sheet overflow (seed {seed})")
    return img

def make_scan(path, pages, seed):
    from PIL import ImageFilter
    img = draw_sheet(pages[0], seed)
    rnd = random.Random(seed + 1); px = img.load()
    for _ in range(4000):
        x, y = rnd.randrange(img.width), rnd.randrange(img.height); g = rnd.randint(90, 180); px[x, y] = (g, g, g)
    img = img.rotate(0.4, resample=3, fillcolor=(255, 255, 255)).filter(ImageFilter.GaussianBlur(0.8)).convert("L")
    img.save(path, "PDF", resolution=200.0, creationDate=__import__("time").gmtime(1796601600), modDate=__import__("time").gmtime(1796601600),
             title="FICTIONAL scan", author="FICTIONAL", producer="notes35", creator="notes35")

def make_photo(path, lines, seed):
    from PIL import Image, ImageFilter, ImageDraw
    note = draw_sheet(lines, seed, size=(1300, 1150), ruled=False, fontsize=48)
    note = note.rotate(1.2 if seed % 2 else -1.0, resample=3, expand=True, fillcolor=(200, 200, 205))
    bg = Image.new("RGB", (note.width + 260, note.height + 260), (200, 200, 205))  # fridge door
    bg.paste(note, (130, 130))
    dr = ImageDraw.Draw(bg)
    dr.ellipse([bg.width // 2 - 30, 100, bg.width // 2 + 30, 160], fill=(200, 40, 40))  # magnet
    # light falloff toward the bottom
    shade = Image.linear_gradient("L").resize(bg.size)
    dark = Image.new("RGB", bg.size, (60, 60, 60))
    bg = Image.composite(dark, bg, shade.point(lambda v: v * 0.35))
    bg.filter(ImageFilter.GaussianBlur(1.0)).save(path, "JPEG", quality=88)

# ---------------------------------------------------------------- truth
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {"none", "passive", "active", "plan", "attempt", None}
RANGE = {"PHQ-9": 27, "MADRS": 60, "HAM-D": 52, "GAD-7": 21, "C-SSRS": 25, "pain NRS": 10}

def src(cs, r):
    return {"file": r["file"] or cs["file"], "page": r["page"], "text": r["text"]}

def truth(cs):
    return {
        "_note": "FICTIONAL case. " + cs["note"],
        "history": [{"name": r["name"], "class": r["cls"], "kind": r["kind"], "dose": r["dose"], "start": r["start"],
                     "end": r["end"], "outcome": r["outcome"], "outcome_class": r["oc"], "source": src(cs, r)} for r in cs["rows"]],
        "scales": [{"name": s["name"], "score": s["score"], "date": s["date"], "source": src(cs, s)} for s in cs["scales"]],
        "diagnoses": [{"code": d["code"], "source": src(cs, d)} for d in cs["dx"]],
        "suicidality": {"level": cs["su"]["level"], "source": src(cs, cs["su"]) if cs["su"]["level"] else None},
    }

def okdate(s):
    if s is None: return True
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m: return False
    if m.group(2) and not 1 <= int(m.group(2)) <= 12: return False
    if m.group(3):
        try: datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError: return False
    return True

def check(cs, folder, t):
    docs = cs.get("files") or [cs["file"]]
    have = sorted(os.listdir(os.path.join(folder, "clinical")))
    if have != sorted(docs): fail(f"{cs['slug']}: clinical/ holds {have}")
    # per-file, per-page model text and rendered text
    model, rendered = {}, {}
    if cs["fmt"] == "photo":
        for i, f in enumerate(docs): model[(f, 1)] = page_model(cs["pages"][i])
    else:
        for i, p in enumerate(cs["pages"], 1): model[(docs[0], i)] = page_model(p)
        if cs["fmt"] == "txt":  # one page
            model = {(docs[0], 1): "\n".join(model.values())}
    path0 = os.path.join(folder, "clinical", docs[0])
    if cs["fmt"] == "pdf":
        n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path0], capture_output=True, text=True).stdout).group(1))
        if n != len(cs["pages"]): fail(f"{cs['slug']}: {n} PDF pages")
        for i in range(1, n + 1):
            rendered[(docs[0], i)] = subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path0, "-"],
                                                    capture_output=True, text=True).stdout
    elif cs["fmt"] == "scan":
        txt = subprocess.run(["pdftotext", path0, "-"], capture_output=True, text=True).stdout
        if txt.strip(): fail(f"{cs['slug']}: scan has a text layer")
    elif cs["fmt"] == "docx":
        rendered[(docs[0], 1)] = docx_text(path0)
        model = {(docs[0], 1): "\n".join(model.values())}
    elif cs["fmt"] == "txt":
        rendered[(docs[0], 1)] = open(path0, encoding="utf-8").read()
    for key, txt in model.items():
        if key[1] == 1 and "ficti" not in txt[:400].casefold(): fail(f"{cs['slug']}: {key} lacks FICTIONAL on its first page")
    if cs["fmt"] == "docx" and "FICTIONAL" not in docx_text(path0).split("\n")[-1]: fail(f"{cs['slug']}: DOCX header")
    def span(s, what):
        if s is None: fail(f"{cs['slug']}: {what} no source"); return
        k = (s["file"], s["page"])
        if k not in model: fail(f"{cs['slug']}: {what} cites missing {k}"); return
        if norm(s["text"]) not in norm(model[k]): fail(f"{cs['slug']}: {what} span not on {k}: {s['text'][:50]}")
        if k in rendered and norm(s["text"]) not in norm(rendered[k]): fail(f"{cs['slug']}: {what} span not in rendered {k}: {s['text'][:50]}")
    if not t["_note"].startswith("FICTIONAL"): fail("note")
    if list(t) != ["_note", "history", "scales", "diagnoses", "suicidality"]: fail("keys")
    for r in t["history"]:
        if list(r) != ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]: fail("row keys")
        if r["kind"] not in KINDS or r["outcome_class"] not in OCS: fail(f"{cs['slug']}: {r['name']} kind/class")
        if not (okdate(r["start"]) and okdate(r["end"])): fail(f"{cs['slug']}: {r['name']} date shape")
        if r["start"] and r["end"] and r["end"] < r["start"][:len(r["end"])]: fail(f"{cs['slug']}: {r['name']} start after end")
        span(r["source"], "history " + r["name"])
    for s in t["scales"]:
        if s["name"] not in SCALES: fail(f"{cs['slug']}: scale {s['name']}")
        if not isinstance(s["score"], int) or not 0 <= s["score"] <= RANGE.get(s["name"], 0): fail(f"{cs['slug']}: score {s}")
        if not okdate(s["date"]): fail(f"{cs['slug']}: scale date")
        if not re.search(r"(?<!\d)%d(?!\d)" % s["score"], s["source"]["text"]): fail(f"{cs['slug']}: score not in span {s['source']['text']}")
        span(s["source"], "scale")
    codes = [d["code"] for d in t["diagnoses"]]
    if len(codes) != len(set(codes)): fail(f"{cs['slug']}: repeated code")
    for d in t["diagnoses"]:
        if not re.fullmatch(r"[A-Z]\d{2}(\.[0-9A-Z]{1,4})?", d["code"]) or d["code"] not in d["source"]["text"]: fail(f"{cs['slug']}: code {d['code']}")
        span(d["source"], "dx " + d["code"])
    su = t["suicidality"]
    if su["level"] not in LEVELS: fail(f"{cs['slug']}: level")
    if su["level"] is None and su["source"] is not None: fail("null level with source")
    if su["level"]: span(su["source"], "suicidality")

def main():
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if re.match(r"\d\d-", n):
            p = os.path.join(OUT, n); shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    tot = [0, 0, 0]
    for i, cs in enumerate(CASES, 1):
        folder = os.path.join(OUT, cs["slug"]); cl = os.path.join(folder, "clinical"); os.makedirs(cl)
        if cs["fmt"] == "pdf": make_pdf(os.path.join(cl, cs["file"]), cs["pages"])
        elif cs["fmt"] == "docx": make_docx(os.path.join(cl, cs["file"]), cs["pages"])
        elif cs["fmt"] == "txt": make_txt(os.path.join(cl, cs["file"]), cs["pages"])
        elif cs["fmt"] == "scan": make_scan(os.path.join(cl, cs["file"]), cs["pages"], 3500 + i)
        elif cs["fmt"] == "photo":
            for j, f in enumerate(cs["files"]): make_photo(os.path.join(cl, f), cs["pages"][j], 3500 + 10 * i + j)
            cs["file"] = cs["files"][0]
        t = truth(cs)
        with open(os.path.join(OUT, cs["slug"] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=2); f.write("\n")
        before = len(FAIL); check(cs, folder, t)
        tot[0] += len(t["history"]); tot[1] += len(t["scales"]); tot[2] += len(t["diagnoses"])
        print(f"{cs['slug']}: {len(t['history'])} rows, {len(t['scales'])} scales, {len(t['diagnoses'])} codes, "
              f"suicidality {t['suicidality']['level']}, {len(FAIL) - before} failures")
    print(f"{len(CASES)} cases, {tot[0]} history rows, {tot[1]} scale rows, {tot[2]} diagnosis codes, {len(FAIL)} failures")
    sys.exit(1 if FAIL else 0)

if __name__ == "__main__":
    main()
