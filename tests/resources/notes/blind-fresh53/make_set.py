#!/usr/bin/env python3
"""FICTIONAL test set notes53: builds every case from cases.py and self-checks it.
Run: /work/main/.venv/bin/python make_set.py [OUTDIR]"""
import sys, os, re, json, glob, shutil, subprocess, random, zipfile, datetime
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cases import CASES

FONT = "/usr/share/fonts/truetype/liberation2/"
OUT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE

def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()

def line_text(l):
    if l.startswith("# "): return l[2:]
    if l.startswith("~ "): return l[2:]
    if l.startswith("|"):
        return " ".join(c.strip() for c in l.strip().strip("|").split("|") if c.strip())
    return l.replace(" ~ ", " ")

def page_model(lines):
    return norm(" ".join(line_text(l) for l in lines))

# ---------------- renderers
def render_pdf(doc, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    pdfmetrics.registerFont(TTFont("LS", FONT + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", FONT + "LiberationSans-Bold.ttf"))
    body = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12.5, spaceAfter=4)
    head = ParagraphStyle("h", fontName="LSB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="LS", fontSize=8, leading=10)
    n = len(doc["pages"])
    def footer(c, d):
        c.setFont("LS", 8); c.drawString(54, 30, "FICTIONAL - Page %d of %d" % (d.page, n))
    flow = []
    for i, pg in enumerate(doc["pages"]):
        if i: flow.append(PageBreak())
        rows = []
        def flush():
            if rows:
                w = max(len(r) for r in rows)
                data = [[Paragraph(escape(c), cell) for c in r] + [""] * (w - len(r)) for r in rows]
                from reportlab.pdfbase.pdfmetrics import stringWidth
                nat = [max([stringWidth(r[j], "LS", 8) if j < len(r) else 0 for r in rows] + [20]) + 16 for j in range(w)]
                big = nat.index(max(nat)); extra = sum(nat) - 504.0
                nat[big] = max(80.0, nat[big] - extra) if extra > 0 else nat[big] - extra
                t = Table(data, repeatRows=0, hAlign="LEFT", colWidths=nat)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                flow.append(t); flow.append(Spacer(1, 6)); rows.clear()
        for l in pg:
            if l.startswith("|"):
                rows.append([c.strip() for c in l.strip().strip("|").split("|")]); continue
            flush()
            if l.startswith("# "): flow.append(Paragraph(escape(l[2:]), head))
            else: flow.append(Paragraph(escape(line_text(l)), body))
        flush()
    d = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=54, rightMargin=54, topMargin=54, bottomMargin=54,
                          invariant=1, title="FICTIONAL record", author="FICTIONAL")
    pages = []
    d.afterPage = lambda: None
    d.build(flow, onFirstPage=footer, onLaterPages=footer)

def render_txt(doc, path):
    out = []
    for pg in doc["pages"]:
        for l in pg:
            if l.startswith("# "):
                out += [l[2:], "-" * len(l[2:])]
            elif l.startswith("|"):
                out.append("  ".join(c.strip().ljust(18) for c in l.strip().strip("|").split("|")).rstrip())
            else:
                t = line_text(l); cur = ""
                for w in t.split(" "):
                    if cur and len(cur) + 1 + len(w) > 115:
                        out.append(cur); cur = "    " + w
                    else:
                        cur = (cur + " " + w) if cur else w
                out.append(cur)
        out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")

def render_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL RECORD - FICTIONAL SAMPLE / MUESTRA FICTICIA" if doc.get("es") else "FICTIONAL RECORD - sample for testing"
    for pg in doc["pages"]:
        rows = []
        def flush():
            if rows:
                w = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=w); t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r): t.cell(i, j).text = c
                rows.clear()
        for l in pg:
            if l.startswith("|"):
                rows.append([c.strip() for c in l.strip().strip("|").split("|")]); continue
            flush()
            if l.startswith("# "): d.add_heading(l[2:], level=2)
            else: d.add_paragraph(line_text(l))
        flush()
    cp = d.core_properties
    cp.author = "FICTIONAL"; cp.title = "FICTIONAL record"; cp.last_modified_by = "FICTIONAL"
    cp.created = cp.modified = datetime.datetime(2026, 12, 1, 12, 0, 0)
    d.save(str(path))
    # fixed zip times for byte-stable output
    tmp = str(path) + ".tmp"
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in sorted(zi.infolist(), key=lambda x: x.filename):
            ni = zipfile.ZipInfo(it.filename, (2026, 12, 1, 12, 0, 0)); ni.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(ni, zi.read(it.filename))
    os.replace(tmp, path)

def hand_image(lines, seed, w=1700, h=2200, photo=False):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), (250, 249, 244) if not photo else (246, 243, 232))
    dr = ImageDraw.Draw(img)
    fprint = ImageFont.truetype(FONT + "LiberationSans-Regular.ttf", 30)
    fbold = ImageFont.truetype(FONT + "LiberationSans-Bold.ttf", 36)
    fhand = ImageFont.truetype(FONT + "LiberationSerif-Italic.ttf", 38)
    y = 90
    for l in lines:
        if l.startswith("# "):
            dr.text((90, y), l[2:], font=fbold, fill=(20, 20, 20)); y += 62
            dr.line((90, y - 12, w - 90, y - 12), fill=(60, 60, 60), width=2); continue
        if l.startswith("~ "):
            x = 110 + rnd.randint(-6, 6)
            for word in l[2:].split(" "):
                ink = (20 + rnd.randint(0, 25), 30 + rnd.randint(0, 25), 110 + rnd.randint(0, 40))
                dr.text((x, y + rnd.randint(-2, 2)), word, font=fhand, fill=ink)
                x += dr.textlength(word + " ", font=fhand) + rnd.randint(0, 3)
            y += 58
            if photo: dr.line((90, y - 6, w - 90, y - 6), fill=(170, 190, 215), width=2)
            continue
        printed, _, hand = l.partition(" ~ ")
        dr.text((90, y), printed, font=fprint, fill=(30, 30, 30))
        if hand:
            x = 90 + dr.textlength(printed + "  ", font=fprint)
            for word in hand.split(" "):
                ink = (20 + rnd.randint(0, 25), 30 + rnd.randint(0, 25), 110 + rnd.randint(0, 40))
                dr.text((x, y - 6 + rnd.randint(-2, 2)), word, font=fhand, fill=ink)
                x += dr.textlength(word + " ", font=fhand) + rnd.randint(0, 3)
        y += 48 if not hand else 56
    if y > h - 80: raise SystemExit("image overflow")
    for _ in range(900):
        px, py = rnd.randint(0, w - 1), rnd.randint(0, h - 1)
        dr.point((px, py), fill=(120, 120, 120))
    img = img.rotate(0.5 if not photo else -1.2, resample=3, expand=False, fillcolor=(250, 249, 244) if not photo else (40, 38, 36))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img

def render_scan(doc, path):
    from PIL import Image
    ims = [hand_image(pg, "%s-%d" % (doc["file"], i)).convert("L") for i, pg in enumerate(doc["pages"])]
    ims[0].save(str(path), "PDF", resolution=200, save_all=True, append_images=ims[1:],
                 title="FICTIONAL scan", creationDate=__import__("time").gmtime(1796126400), modDate=__import__("time").gmtime(1796126400))

def render_photo(doc, path):
    from PIL import Image, ImageDraw
    assert len(doc["pages"]) == 1
    card = hand_image(doc["pages"][0], doc["file"], w=1500, h=1900, photo=True)
    bg = Image.new("RGB", (1700, 2150), (52, 44, 38))
    bg.paste(card, (100, 110))
    # light falling off toward the bottom right
    g = Image.linear_gradient("L"); shade = Image.blend(g, g.rotate(90), 0.5).resize(bg.size)
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, shade.point(lambda v: int(v * 0.22)))
    bg.save(str(path), "JPEG", quality=88)

RENDER = {"pdf": render_pdf, "txt": render_txt, "docx": render_docx, "scan": render_scan, "photo": render_photo}

# ---------------- truth + checks
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": (0, 27), "MADRS": (0, 60), "HAM-D": (0, 52), "GAD-7": (0, 21), "C-SSRS": (0, 6), "pain NRS": (0, 10)}
LEVELS = {"none", "passive", "active", "attempt"}
fails = []
def fail(case, msg): fails.append("%s: %s" % (case, msg))

def okdate(s):
    if s is None: return True
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m: return False
    try:
        if m.group(3): datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        elif m.group(2): assert 1 <= int(m.group(2)) <= 12
    except Exception: return False
    return True

def pdftotext_page(path, p):
    return norm(subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(path), "-"], capture_output=True, text=True).stdout)

def docx_text(path):
    import docx
    d = docx.Document(str(path)); parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            seen = []
            for c in r.cells:
                if c.text.strip() and (not seen or seen[-1] is not c._tc): parts.append(c.text)
                seen.append(c._tc)
    return norm(" ".join(parts)), norm(d.sections[0].header.paragraphs[0].text)

def check_case(c, cdir):
    slug = c["slug"]; docs = {d["file"]: d for d in c["docs"]}
    files = sorted(os.listdir(cdir / "clinical"))
    if files != sorted(docs): fail(slug, "clinical/ holds %s" % files)
    extr = {}
    for f, d in docs.items():
        p = cdir / "clinical" / f
        if d["kind"] in ("pdf", "scan"):
            np_ = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True).stdout).group(1))
            if np_ != len(d["pages"]): fail(slug, "%s has %d pages" % (f, np_))
        if d["kind"] == "pdf": extr[f] = [pdftotext_page(p, i + 1) for i in range(len(d["pages"]))]
        if d["kind"] == "scan":
            if pdftotext_page(p, 1).strip(): fail(slug, "scan has a text layer")
        if d["kind"] == "docx":
            body, hdr = docx_text(p); extr[f] = [body]
            if "fictional" not in hdr: fail(slug, "docx header lacks FICTIONAL")
        if d["kind"] == "txt": extr[f] = [norm(p.read_text(encoding="utf-8"))]
        first = page_model(d["pages"][0])
        if "ficti" not in first: fail(slug, "%s first page lacks FICTI-" % f)
        alltext = " ".join(line_text(l) for pg in d["pages"] for l in pg)
        for m in re.finditer(r"\(?\b\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b", alltext):
            if not re.search(r"555[ .-]01\d\d$", m.group(0)): fail(slug, "phone-like %r" % m.group(0))
        if re.search(r"\b555-01\d\d\b", re.sub(r"\d{3}\)? ?555-01\d\d|1-800-555-01\d\d|\d{3}-555-01\d\d", "", alltext)):
            fail(slug, "bare 555-01xx")
        for m in re.finditer(r"[\w.]+@[\w.]+|www\.\S+|https?://\S+", alltext):
            if not m.group(0).rstrip(".").endswith(".example"): fail(slug, "address %r" % m.group(0))
    t = c["truth"]
    if list(t) != ["_note", "history", "scales", "diagnoses", "suicidality"]: fail(slug, "truth keys order")
    if not t["_note"].startswith("FICTIONAL"): fail(slug, "_note")
    def src(s, what):
        if s is None: return
        if list(s) != ["file", "page", "text"]: fail(slug, "%s source keys" % what)
        d = docs.get(s["file"])
        if not d: fail(slug, "%s file %s" % (what, s["file"])); return
        if not (1 <= s["page"] <= len(d["pages"])): fail(slug, "%s page" % what); return
        span = norm(s["text"])
        if span not in page_model(d["pages"][s["page"] - 1]): fail(slug, "%s span not in model p%d: %r" % (what, s["page"], s["text"]))
        if s["file"] in extr:
            pg = extr[s["file"]][s["page"] - 1 if d["kind"] == "pdf" else 0]
            if span not in pg: fail(slug, "%s span not in extracted text p%d: %r" % (what, s["page"], s["text"]))
        return span
    keys = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
    for r in t["history"]:
        w = "history %s" % r["name"]
        if list(r) != keys: fail(slug, w + " keys")
        if r["kind"] not in KINDS: fail(slug, w + " kind")
        if r["outcome_class"] not in CLASSES: fail(slug, w + " class")
        if not (okdate(r["start"]) and okdate(r["end"])): fail(slug, w + " date shape")
        if r["start"] and r["end"] and r["end"] < r["start"][:len(r["end"])]: fail(slug, w + " start after end")
        src(r["source"], w)
    for s in t["scales"]:
        w = "scale %s %s" % (s["name"], s["date"])
        if s["name"] not in SCALES: fail(slug, w + " name")
        lo, hi = SCALES.get(s["name"], (0, 99))
        if not (isinstance(s["score"], int) and lo <= s["score"] <= hi): fail(slug, w + " score")
        if not okdate(s["date"]): fail(slug, w + " date")
        sp = src(s["source"], w)
        if sp is not None and not re.search(r"(?<!\d)%d(?!\d)" % s["score"], sp): fail(slug, w + " score not in span")
    codes = [d["code"] for d in t["diagnoses"]]
    if len(set(codes)) != len(codes): fail(slug, "code twice")
    for d in t["diagnoses"]:
        if not re.fullmatch(r"[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?", d["code"]): fail(slug, "code shape " + d["code"])
        sp = src(d["source"], "code " + d["code"])
        if sp is not None and d["code"].casefold() not in sp: fail(slug, "code not in span " + d["code"])
    su = t["suicidality"]
    if su is not None:
        if su["level"] not in LEVELS: fail(slug, "suicidality level")
        if su["level"] is None and su["source"] is not None: fail(slug, "null level with source")
        src(su["source"], "suicidality")

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for p in glob.glob(str(OUT / "53-*")):
        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    nh = ns = nd = 0
    for c in CASES:
        cdir = OUT / c["slug"]; (cdir / "clinical").mkdir(parents=True)
        for d in c["docs"]: RENDER[d["kind"]](d, cdir / "clinical" / d["file"])
        (OUT / (c["slug"] + ".truth.json")).write_text(json.dumps(c["truth"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        before = len(fails); check_case(c, cdir)
        t = c["truth"]; nh += len(t["history"]); ns += len(t["scales"]); nd += len(t["diagnoses"])
        print("%-70s %d rows %d scales %d codes %s" % (c["slug"], len(t["history"]), len(t["scales"]), len(t["diagnoses"]),
              "ok" if len(fails) == before else "FAIL"))
    for f in fails: print("FAIL", f)
    print("%d cases, %d history rows, %d scale rows, %d diagnosis codes, %d failures" % (len(CASES), nh, ns, nd, len(fails)))
    sys.exit(1 if fails else 0)

if __name__ == "__main__":
    main()
