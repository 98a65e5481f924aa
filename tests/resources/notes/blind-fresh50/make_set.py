"""FICTIONAL test set 50 for `appeal-kit notes`: rebuilds every case folder and truth file, then self-checks.
Run: /work/main/.venv/bin/python make_set.py [OUTDIR]"""
import json, os, random, re, shutil, subprocess, sys, textwrap, zipfile, datetime
from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
FONTS = "/usr/share/fonts/truetype/liberation2/"
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": 27, "MADRS": 60, "HAM-D": 52, "GAD-7": 21, "C-SSRS": 5, "pain NRS": 10}
LEVELS = {"none", "passive", "active", "attempt"}

def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()

def line_text(ln):
    if ln.startswith("# "):
        return ln[2:]
    if ln.startswith("~ "):
        return ln[2:]
    if ln.startswith("|"):
        return " ".join(c.strip() for c in ln.strip("|").split("|") if c.strip())
    return ln.replace(" ~ ", " ")

def page_model(page):
    return norm(" ".join(line_text(l) for l in page))

def blocks(page):
    """group consecutive table rows"""
    out = []
    for ln in page:
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(["table", [cells]])
        else:
            out.append(["line", ln])
    return out

# ---------------- renderers ----------------
def render_txt(doc, path):
    lines = []
    for page in doc["pages"]:
        for kind, b in blocks(page):
            if kind == "table":
                n = max(len(r) for r in b)
                w = [max(len(r[i]) if i < len(r) else 0 for r in b) for i in range(n)]
                for r in b:
                    lines.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
            elif b.startswith("# "):
                lines += ["", b[2:], "-" * len(b[2:])]
            elif b == "":
                lines.append("")
            else:
                lines += textwrap.wrap(b, 110, subsequent_indent="  ") or [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).strip("\n") + "\n")

def render_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = doc.get("header", "FICTIONAL SAMPLE RECORD - not a real patient")
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    for page in doc["pages"]:
        for kind, b in blocks(page):
            if kind == "table":
                n = max(len(r) for r in b)
                t = d.add_table(rows=len(b), cols=n); t.style = "Table Grid"
                for i, r in enumerate(b):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
            elif b.startswith("# "):
                d.add_heading(b[2:], level=2)
            elif b == "":
                continue
            else:
                d.add_paragraph(b)
    cp = d.core_properties
    cp.author = "FICTIONAL"; cp.title = "FICTIONAL sample"; cp.last_modified_by = "FICTIONAL"
    fixed = datetime.datetime(2026, 12, 1, 12, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.revision = 1
    tmp = path + ".tmp"
    d.save(tmp)
    with zipfile.ZipFile(tmp) as zi, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            data = zi.read(it.filename)
            ni = zipfile.ZipInfo(it.filename, (2026, 12, 1, 12, 0, 0)); ni.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(ni, data)
    os.remove(tmp)

def render_pdf(doc, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for nm, fn in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf")):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, FONTS + fn))
    W, H = letter; L = 54; R = W - 54; TW = R - L
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample record"); c.setAuthor("FICTIONAL")
    N = len(doc["pages"])
    for pn, page in enumerate(doc["pages"], 1):
        y = H - 60
        def need(h):
            if y - h < 60:
                raise SystemExit(f"page overflow in {path} p.{pn}")
        for kind, b in blocks(page):
            if kind == "table":
                n = max(len(r) for r in b)
                w = [max(pdfmetrics.stringWidth(r[i] if i < len(r) else "", "LS", 8) for r in b) + 10 for i in range(n)]
                if sum(w) > TW:
                    raise SystemExit(f"table too wide in {path} p.{pn}: {sum(w):.0f} > {TW:.0f}")
                for ri, r in enumerate(b):
                    need(12); x = L
                    c.setFont("LSB" if ri == 0 else "LS", 8)
                    for i, cell in enumerate(r):
                        c.drawString(x, y, cell); x += w[i]
                    y -= 11
                y -= 4
            elif b.startswith("# "):
                need(18); y -= 4; c.setFont("LSB", 11); c.drawString(L, y, b[2:])
                if pdfmetrics.stringWidth(b[2:], "LSB", 11) > TW:
                    raise SystemExit(f"heading too wide in {path}")
                y -= 15
            elif b == "":
                y -= 6
            else:
                c.setFont("LS", 9.5)
                words = b.split(" "); cur = ""
                for wd in words:
                    t = (cur + " " + wd).strip()
                    if pdfmetrics.stringWidth(t, "LS", 9.5) > TW and cur:
                        need(13); c.drawString(L, y, cur); y -= 12.5; cur = wd
                    else:
                        cur = t
                need(13); c.drawString(L, y, cur); y -= 12.5
        c.setFont("LS", 8); c.drawCentredString(W / 2, 36, f"FICTIONAL - Page {pn} of {N}")
        c.showPage()
    c.save()

def _img_page(page, size, seed, hand_color=(25, 35, 110), bg=(250, 249, 244), margin=110, fs=34, ruled=False):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    im = Image.new("RGB", size, bg); dr = ImageDraw.Draw(im)
    f_pr = ImageFont.truetype(FONTS + "LiberationSans-Regular.ttf", fs)
    f_b = ImageFont.truetype(FONTS + "LiberationSans-Bold.ttf", int(fs * 1.15))
    f_h = ImageFont.truetype(FONTS + "LiberationSerif-Italic.ttf", int(fs * 1.12))
    y = margin; lh = int(fs * 1.55); maxw = size[0] - 2 * margin
    if ruled:
        for yy in range(margin + lh, size[1] - 40, lh):
            dr.line([(40, yy + 6), (size[0] - 40, yy + 6)], fill=(170, 190, 220), width=2)
    for kind, b in blocks(page):
        rows = []
        if kind == "table":
            n = max(len(r) for r in b)
            w = [max(dr.textlength(r[i] if i < len(r) else "", font=f_h) for r in b) + 30 for i in range(n)]
            if sum(w) > maxw:
                raise SystemExit(f"image table too wide: {b[0]}")
            for r in b:
                rows.append(("trow", r, w))
        elif b.startswith("# "):
            rows.append(("head", b[2:], None))
        elif b == "":
            y += lh // 2; continue
        else:
            hand = b.startswith("~ "); txt = b[2:] if hand else b
            font = f_h if hand else f_pr
            cur = ""
            for wd in txt.split(" "):
                t = (cur + " " + wd).strip()
                if dr.textlength(t, font=font) > maxw and cur:
                    rows.append(("hand" if hand else "print", cur, None)); cur = wd
                else:
                    cur = t
            rows.append(("hand" if hand else "print", cur, None))
        for k, t, w in rows:
            if y + lh > size[1] - 60:
                raise SystemExit("image page overflow")
            if k == "head":
                dr.text((margin, y), t, font=f_b, fill=(20, 20, 20))
            elif k == "print":
                lab, _, ans = t.partition(" ~ ")
                dr.text((margin, y), lab, font=f_pr, fill=(30, 30, 30))
                if ans:
                    x = margin + dr.textlength(lab + "  ", font=f_pr)
                    for wd in ans.split(" "):
                        dr.text((x, y + rnd.randint(-3, 3)), wd, font=f_h, fill=hand_color)
                        x += dr.textlength(wd + " ", font=f_h)
            elif k == "trow":
                x = margin
                for i, cell in enumerate(t):
                    dr.text((x, y + rnd.randint(-2, 2)), cell, font=f_h, fill=hand_color); x += w[i]
            else:
                x = margin + rnd.randint(-3, 3)
                for wd in t.split(" "):
                    col = tuple(max(0, min(255, v + rnd.randint(-20, 20))) for v in hand_color)
                    dr.text((x, y + rnd.randint(-3, 3)), wd, font=f_h, fill=col)
                    x += dr.textlength(wd + " ", font=f_h)
            y += lh
    return im

def render_scan(doc, path):
    from PIL import Image, ImageFilter
    ims = []
    for pn, page in enumerate(doc["pages"]):
        im = _img_page(page, (1700, 2200), seed=hash(doc["file"]) % 1000 + pn if False else len(doc["file"]) * 7 + pn,
                       fs=30, margin=100)
        rnd = random.Random(pn + 11)
        px = im.load()
        for _ in range(2500):
            x, y = rnd.randrange(im.width), rnd.randrange(im.height)
            px[x, y] = (120, 120, 120)
        im = im.rotate(0.4, resample=Image.BICUBIC, fillcolor=(250, 249, 244)).filter(ImageFilter.GaussianBlur(0.6))
        ims.append(im.convert("L"))
    ims[0].save(path, "PDF", resolution=200, save_all=True, append_images=ims[1:],
                title="FICTIONAL scan", author="FICTIONAL",
                creationDate=__import__("time").gmtime(1796126400), modDate=__import__("time").gmtime(1796126400))

def render_photo(doc, path):
    from PIL import Image, ImageFilter, ImageDraw
    card = _img_page(doc["pages"][0], (2000, 1400), seed=len(doc["file"]), fs=29, margin=80, ruled=False,
                     bg=(247, 244, 232))
    bgim = Image.new("RGB", (2300, 1700), (58, 50, 44))
    bgim.paste(card, (150, 170))
    bgim = bgim.rotate(1.2, resample=Image.BICUBIC, fillcolor=(58, 50, 44))
    # light falloff toward bottom right
    shade = Image.new("L", bgim.size, 0); sd = ImageDraw.Draw(shade)
    for i in range(0, 60):
        sd.rectangle([bgim.width * i // 60, bgim.height * i // 60, bgim.width, bgim.height], fill=i)
    dark = Image.new("RGB", bgim.size, (0, 0, 0))
    bgim = Image.composite(dark, bgim, shade).filter(ImageFilter.GaussianBlur(0.8))
    bgim.save(path, "JPEG", quality=88)

RENDER = {"txt": render_txt, "docx": render_docx, "pdf": render_pdf, "scan": render_scan, "photo": render_photo}

# ---------------- reading back ----------------
def read_back(doc, path, pn):
    fmt = doc["fmt"]
    if fmt == "pdf":
        return norm(subprocess.run(["pdftotext", "-layout", "-f", str(pn), "-l", str(pn), path, "-"],
                                   capture_output=True, text=True).stdout)
    if fmt == "txt":
        return norm(open(path, encoding="utf-8").read())
    if fmt == "docx":
        import docx
        d = docx.Document(path); parts = []
        body = d.element.body
        for el in body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
            elif el.tag.endswith("}tbl"):
                for tr in el.iter():
                    if tr.tag.endswith("}tr"):
                        cells = []
                        for tc in tr:
                            if tc.tag.endswith("}tc"):
                                cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                        parts.append(" ".join(c for c in cells if c.strip()))
        return norm(" ".join(parts))
    return None

def main():
    for name in os.listdir(OUT):
        if re.match(r"^\d\d-", name):
            p = os.path.join(OUT, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    fails = []; tot = {"h": 0, "s": 0, "d": 0}
    def fail(slug, msg):
        fails.append(f"{slug}: {msg}")
    for case in CASES:
        slug = case["slug"]; cdir = os.path.join(OUT, slug, "clinical"); os.makedirs(cdir)
        docs = {d["file"]: d for d in case["docs"]}
        for d in case["docs"]:
            RENDER[d["fmt"]](d, os.path.join(cdir, d["file"]))
        first = case["docs"][0]["file"]
        truth = {"_note": case["note"], "history": [], "scales": [], "diagnoses": [], "suicidality": None}
        def src(s):
            f, p, t = s
            return {"file": f or first, "page": p, "text": t}
        def check_src(s, what):
            f, p, t = s["file"], s["page"], s["text"]
            if f not in docs:
                return fail(slug, f"{what}: no file {f}")
            d = docs[f]
            if p < 1 or p > len(d["pages"]):
                return fail(slug, f"{what}: no page {p} in {f}")
            if norm(t) not in page_model(d["pages"][p - 1]):
                fail(slug, f"{what}: span not on model page {f} p.{p}: {t!r}")
            rb = read_back(d, os.path.join(cdir, f), p)
            if rb is not None and norm(t) not in rb:
                fail(slug, f"{what}: span not in read-back {f} p.{p}: {t!r}")
        alltext = " ".join(page_model(pg) for d in case["docs"] for pg in d["pages"])
        datere = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
        for r in case["history"]:
            row = {"name": r[0], "class": r[1], "kind": r[2], "dose": r[3], "start": r[4], "end": r[5],
                   "outcome": r[6], "outcome_class": r[7], "source": src(r[8])}
            truth["history"].append(row); tot["h"] += 1
            if row["kind"] not in KINDS: fail(slug, f"bad kind {row}")
            if row["outcome_class"] not in CLASSES: fail(slug, f"bad class {row['outcome_class']}")
            for k in ("start", "end"):
                v = row[k]
                if v is not None and not datere.match(v): fail(slug, f"bad date {k} {v}")
                if v is not None and v[:4] not in alltext and v[2:4] not in alltext:
                    fail(slug, f"{row['name']} {k} year {v[:4]} not in records")
            if row["start"] and row["end"] and row["start"] > row["end"][:len(row["start"])]:
                fail(slug, f"{row['name']} start after end")
            if row["dose"] and norm(row["dose"]) not in alltext:
                fail(slug, f"{row['name']} dose {row['dose']!r} not printed")
            check_src(row["source"], f"history {row['name']}")
        for s in case["scales"]:
            row = {"name": s[0], "score": s[1], "date": s[2], "source": src(s[3])}
            truth["scales"].append(row); tot["s"] += 1
            if row["name"] not in SCALES: fail(slug, f"bad scale {row['name']}")
            elif not (0 <= row["score"] <= SCALES[row["name"]]): fail(slug, f"score out of range {row}")
            if not re.search(r"(?<!\d)%d(?!\d)" % row["score"], row["source"]["text"]):
                fail(slug, f"score {row['score']} not in its span")
            if not datere.match(row["date"]) or len(row["date"]) != 10: fail(slug, f"scale date {row['date']}")
            check_src(row["source"], f"scale {row['name']}")
        seen = set()
        for dg in case["diagnoses"]:
            row = {"code": dg[0], "source": src(dg[1])}
            truth["diagnoses"].append(row); tot["d"] += 1
            if not re.match(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$", row["code"]): fail(slug, f"bad code {row['code']}")
            if row["code"] in seen: fail(slug, f"code twice {row['code']}")
            seen.add(row["code"])
            if row["code"].casefold() not in norm(row["source"]["text"]): fail(slug, f"code not in span {row['code']}")
            check_src(row["source"], f"diagnosis {row['code']}")
        su = case["suicidality"]
        if su is None:
            truth["suicidality"] = None
        else:
            truth["suicidality"] = {"level": su[0], "source": src(su[1])}
            if su[0] not in LEVELS: fail(slug, f"bad level {su[0]}")
            check_src(truth["suicidality"]["source"], "suicidality")
        if not truth["_note"].startswith("FICTIONAL"): fail(slug, "_note not FICTIONAL")
        # documents: fictional marker, phones, email/web, clinical folder contents
        for d in case["docs"]:
            if "ficti" not in page_model(d["pages"][0]): fail(slug, f"{d['file']} first page lacks FICTI")
            txt = " ".join(" ".join(line_text(l) for l in pg) for pg in d["pages"])
            for m in re.finditer(r"\(?\d{3}\)?[ .-]?\d{3}-\d{4}", txt):
                if not re.search(r"555-01\d\d$", m.group(0)): fail(slug, f"phone {m.group(0)}")
            for m in re.finditer(r"\b555-01\d\d\b", txt):
                pre = txt[max(0, m.start() - 7):m.start()]
                if not re.search(r"\d{3}\)? ?[-.]?$|1-\d{3}-$", pre): fail(slug, f"bare {m.group(0)}")
            if re.search(r"@|www\.|https?:|\.(com|org|net)\b", txt): fail(slug, f"email/web in {d['file']}")
            p = os.path.join(cdir, d["file"])
            if d["fmt"] in ("pdf", "scan"):
                info = subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
                m = re.search(r"Pages:\s+(\d+)", info)
                if not m or int(m.group(1)) != len(d["pages"]): fail(slug, f"page count {d['file']}")
            if d["fmt"] == "scan":
                t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
                if t.strip(): fail(slug, "scan has a text layer")
        if sorted(os.listdir(cdir)) != sorted(docs): fail(slug, "clinical/ contents")
        with open(os.path.join(OUT, slug + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False); f.write("\n")
        print(f"{slug}: {len(truth['history'])} rows, {len(truth['scales'])} scales, {len(truth['diagnoses'])} codes, "
              f"suicidality {truth['suicidality']['level'] if truth['suicidality'] else None}")
    for x in fails:
        print("FAIL", x)
    print(f"{len(CASES)} cases, {tot['h']} history rows, {tot['s']} scale rows, {tot['d']} diagnosis codes, "
          f"{len(fails)} failures")
    sys.exit(1 if fails else 0)

if __name__ == "__main__":
    main()
