"""FICTIONAL test set notes41: rebuilds every case folder and truth file, then self-checks."""
import json, os, re, shutil, sys, zipfile, io, random, hashlib
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.lib.utils import ImageReader
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import docx
from pypdf import PdfReader
from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

def wrap(s, n=95):
    out, cur = [], ""
    for w in s.split(" "):
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out

def write_pdf(path, pages):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL clinical record (notes41)")
    for lines in pages:
        y = 740
        for ln in lines:
            for part in wrap(ln):
                c.setFont("Helvetica", 9.5); c.drawString(50, y, part); y -= 15
        c.showPage()
    c.save()

def write_txt(path, pages):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(pages[0]) + "\n")

def write_docx(path, pages):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL - invented patient (notes41)"
    for ln in pages[0]:
        d.add_paragraph(ln)
    d.core_properties.author = "notes41 (fictional)"
    import datetime
    t = datetime.datetime(2026, 1, 1)
    d.core_properties.created = t; d.core_properties.modified = t
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))

def render(lines, w, h, font, size, ruled, seed):
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), (250, 248, 240))
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(font, size)
    y = 90
    for ln in lines:
        for part in wrap(ln, 70):
            if ruled:
                dr.line([(40, y + size + 8), (w - 40, y + size + 8)], fill=(170, 190, 220), width=2)
            dr.text((70 + rnd.randint(-4, 4), y), part, font=f, fill=(25, 30, 80) if ruled else (20, 20, 20))
            y += int(size * 1.9)
    return img

def write_scan(path, pages):
    imgs = []
    for i, lines in enumerate(pages):
        img = render(lines, 1700, 2200, HAND, 38, True, i)
        img = img.rotate(0.7, expand=False, fillcolor=(250, 248, 240)).convert("L")
        imgs.append(img)
    imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:],
                 title="FICTIONAL scan (notes41)", creationDate=None, modDate=None)

def write_photo(path, pages, seed):
    img = render(pages[0], 1600, 1500, FONT, 34, False, seed)
    bg = Image.new("RGB", (1900, 1900), (90, 75, 60))
    bg.paste(img, (150, 200))
    bg = bg.rotate(-3 if seed % 2 else 2.5, fillcolor=(90, 75, 60))
    # uneven light
    shade = Image.linear_gradient("L").resize(bg.size).rotate(45)
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(bg, Image.blend(bg, dark, 0.3), shade.point(lambda v: 140 + v // 3))
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    bg.save(path, "JPEG", quality=85)

def truth(case):
    def src(d):
        page = None
        for doc in case["docs"]:
            if doc["file"] == d["file"]:
                for i, p in enumerate(doc["pages"]):
                    if d["text"] in p:
                        page = i + 1; break
        assert page, (case["slug"], d["text"])
        return {"file": d["file"], "page": page, "text": d["text"]}
    t = {"_note": "FICTIONAL case (blind set notes41). " + case["note"]}
    t["history"] = [{"name": r["name"], "class": r["cls"], "kind": r["kind"], "dose": r["dose"], "start": r["start"],
                     "end": r["end"], "outcome": r["outcome"], "outcome_class": r["oc"], "source": src(r)} for r in case["rows"]]
    t["scales"] = [{"name": s["name"], "score": s["score"], "date": s["date"], "source": src(s)} for s in case["scales"]]
    t["diagnoses"] = [{"code": d["code"], "source": src(d)} for d in case["dx"]]
    if case["sui"]:
        lvl, f, txt = case["sui"]
        t["suicidality"] = {"level": lvl, "source": src({"file": f, "text": txt})}
    else:
        t["suicidality"] = None
    return t

def printed_forms(iso, spanish):
    """Ways a date of the truth may be printed."""
    parts = iso.split("-")
    if len(parts) == 1: return [parts[0]]
    if len(parts) == 2: return [f"{parts[1]}/{parts[0]}", f"{parts[0]}-{parts[1]}", parts[0]]
    y, m, d = parts
    return [f"{m}/{d}/{y}", f"{d}/{m}/{y}" if spanish else f"{m}/{d}/{y}", f"{y}-{m}-{d}"]

def main():
    fails = []
    counts = dict(rows=0, scales=0, dx=0, sui=0, null=0)
    for case in CASES:
        cdir = os.path.join(HERE, case["slug"])
        if os.path.exists(cdir): shutil.rmtree(cdir)
        os.makedirs(os.path.join(cdir, "clinical"))
        for k, doc in enumerate(case["docs"]):
            p = os.path.join(cdir, "clinical", doc["file"])
            {"pdf": write_pdf, "txt": write_txt, "docx": write_docx, "scan": write_scan}.get(doc["fmt"], None) and \
                {"pdf": write_pdf, "txt": write_txt, "docx": write_docx, "scan": write_scan}[doc["fmt"]](p, doc["pages"])
            if doc["fmt"] == "photo": write_photo(p, doc["pages"], k + 1)
        t = truth(case)
        with open(os.path.join(HERE, case["slug"] + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(t, fh, indent=2, ensure_ascii=False); fh.write("\n")
        # self-checks on the source lines (the documents are made from them)
        spanish = "espanol" in case["slug"]
        for doc in case["docs"]:
            if "FICTIONAL" not in doc["pages"][0][0]: fails.append((case["slug"], doc["file"], "no FICTIONAL first line"))
            if doc["fmt"] in ("pdf",):
                rd = PdfReader(os.path.join(cdir, "clinical", doc["file"]))
                for i, lines in enumerate(doc["pages"]):
                    txt = re.sub(r"\s+", " ", rd.pages[i].extract_text())
                    for ln in lines:
                        for part in wrap(ln):
                            if re.sub(r"\s+", " ", part) not in txt: fails.append((case["slug"], "pdf page", i + 1, part))
            if doc["fmt"] == "docx":
                got = [p.text for p in docx.Document(os.path.join(cdir, "clinical", doc["file"])).paragraphs]
                if got != doc["pages"][0]: fails.append((case["slug"], "docx text"))
        for r in t["history"]:
            line = r["source"]["text"]
            if r["outcome"] is not None and r["outcome"] not in line: fails.append((case["slug"], r["name"], "outcome not in source line"))
            alltxt = "\n".join(l for d in case["docs"] for p in d["pages"] for l in p)
            if r["dose"] and r["dose"] not in alltxt and r["dose"].upper() not in alltxt: fails.append((case["slug"], r["name"], "dose"))
            for key in ("start", "end"):
                if r[key] and not any(fm in alltxt for fm in printed_forms(r[key], spanish)):
                    fails.append((case["slug"], r["name"], key, r[key]))
            counts["rows"] += 1
        for s in t["scales"]:
            line = s["source"]["text"]
            if str(s["score"]) not in line or not any(fm in line for fm in printed_forms(s["date"], spanish)):
                fails.append((case["slug"], "scale", s))
            counts["scales"] += 1
        for d in t["diagnoses"]:
            if d["code"] not in d["source"]["text"]: fails.append((case["slug"], "code", d["code"]))
            counts["dx"] += 1
        if t["suicidality"]: counts["sui"] += 1
        else: counts["null"] += 1
    for f in fails: print("FAIL", f)
    print(f"{len(CASES)} cases, {counts['rows']} history rows, {counts['scales']} scale rows, {counts['dx']} diagnosis codes, "
          f"{counts['sui']} suicidality set, {counts['null']} null, {len(fails)} failures")
    sys.exit(1 if fails else 0)

if __name__ == "__main__":
    main()
