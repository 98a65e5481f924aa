"""Rebuild FICTIONAL blind notes set 40 from cases.py and self-check it.
Run: /work/main/.venv/bin/python make_set.py   (writes NN-slug/clinical/* and NN-slug.truth.json beside it)"""
import io, json, random, re, shutil, sys
from pathlib import Path

from docx import Document
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from cases import CASES

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def table_rows(lines):
    """Lines between TABLE and ENDTABLE are '|' rows; others plain."""
    out, intable = [], False
    for ln in lines:
        if ln == "TABLE":
            intable = True; continue
        if ln == "ENDTABLE":
            intable = False; continue
        out.append(("row", [c.strip() for c in ln.split("|")]) if intable else ("line", ln))
    return out


def page_texts(pages):
    """Text of each page as a reader sees it: table rows' cells joined by single spaces."""
    res = []
    for lines in pages:
        t = []
        for kind, v in table_rows(lines):
            t.append(" ".join(v) if kind == "row" else v)
        res.append(t)
    return res


def write_pdf(path, pages):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle("FICTIONAL sample clinical record"); c.setAuthor("FICTIONAL")
    W, H = letter
    for lines in pages:
        y = H - 54
        for kind, v in table_rows(lines):
            if kind == "line":
                c.setFont("Helvetica-Bold" if v.startswith(("FICTIONAL", "MUESTRA")) else "Helvetica", 9)
                assert c.stringWidth(v, "Helvetica", 9) < W - 80, v
                c.drawString(40, y, v); y -= 13
            else:
                xs = [40, 160, 225, 295, 365, W - 40]
                c.setFont("Helvetica", 8)
                for i, cell in enumerate(v):
                    assert c.stringWidth(cell, "Helvetica", 8) < xs[i + 1] - xs[i] - 4 or i == 4, cell
                    c.drawString(xs[i] + 3, y, cell)
                c.rect(40, y - 4, W - 80, 14, stroke=1, fill=0)
                for x in xs[1:-1]:
                    c.line(x, y - 4, x, y + 10)
                y -= 14
        c.showPage()
    c.save()


def write_txt(path, pages):
    path.write_text("\f\n".join("\n".join(p) for p in pages) + "\n", encoding="utf-8")


def write_docx(path, pages):
    d = Document()
    d.sections[0].header.paragraphs[0].text = "FICTIONAL SAMPLE - invented patient, not a real record"
    for lines in pages:
        for ln in lines:
            if ln:
                d.add_paragraph(ln)
    d.core_properties.author = "FICTIONAL"; d.core_properties.title = "FICTIONAL sample"
    import datetime
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 12, 7)
    d.core_properties.last_modified_by = "FICTIONAL"
    buf = io.BytesIO(); d.save(buf)
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():  # fixed timestamps: byte-identical rebuilds
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 12, 7, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


def render_lines(lines, hand, seed):
    rnd = random.Random(seed)
    W, H = 1700, 2200
    img = Image.new("RGB", (W, H), (250, 248, 240) if hand else (255, 255, 255))
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(HAND if hand else FONT, 38 if hand else 40)
    y = 120
    for i, ln in enumerate(lines):
        if hand:
            dr.line((80, y + 52, W - 80, y + 52), fill=(170, 190, 220), width=2)
        w = dr.textlength(ln, font=f)
        assert w < W - 200, ln
        dr.text((110 + (rnd.randint(-4, 4) if hand else 0), y), ln, font=f, fill=(20, 30, 90) if hand else (15, 15, 15))
        y += 72 if hand else 64
    return img


def write_scan(path, pages, seed):
    imgs = []
    for i, lines in enumerate(pages):
        im = render_lines(lines, True, seed + i).convert("L").rotate(0.6, fillcolor=245, expand=False)
        imgs.append(im.filter(ImageFilter.GaussianBlur(0.6)).convert("RGB"))
    import datetime
    t = datetime.datetime(2026, 12, 7).timetuple()
    imgs[0].save(str(path), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:],
                 title="FICTIONAL sample scan", author="FICTIONAL", creationDate=t, modDate=t)


def write_photo(path, pages, seed):
    im = render_lines(pages[0], False, seed)
    bg = Image.new("RGB", (1900, 2450), (96, 84, 70))
    bg.paste(im.rotate(-1.2, expand=True, fillcolor=(96, 84, 70)), (80, 90))
    # uneven light, gentle blur, JPEG; no EXIF written
    shade = Image.linear_gradient("L").resize(bg.size).point(lambda v: 255 - v // 6)
    bg = Image.composite(bg, Image.new("RGB", bg.size, (40, 35, 30)), shade)
    bg.filter(ImageFilter.GaussianBlur(0.8)).save(str(path), "JPEG", quality=88)


ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre"]


def date_printed(d, doc):
    """The date as the record prints it: YYYY, MM/YYYY, MM/DD/YYYY, MM/DD/YY, DD/MM/YYYY or a Spanish month."""
    p = d.split("-")
    if len(p) == 1:
        return p[0] in doc
    if len(p) == 2:
        return f"{p[1]}/{p[0]}" in doc or (ES[int(p[1]) - 1] in doc.lower() and p[0] in doc)
    return any(f in doc for f in (f"{p[1]}/{p[2]}/{p[0]}", f"{p[1]}/{p[2]}/{p[0][2:]}", f"{p[2]}/{p[1]}/{p[0]}"))


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    fails, counts = [], dict(rows=0, scales=0, dx=0, suic=0, null=0)
    classes, kinds = {}, {}
    for n, c in enumerate(CASES):
        cdir = HERE / c["slug"]
        if cdir.exists():
            shutil.rmtree(cdir)
        (cdir / "clinical").mkdir(parents=True)
        texts = {}
        for fname, pages in c["files"].items():
            p = cdir / "clinical" / fname
            {"pdf": lambda: write_pdf(p, pages), "txt": lambda: write_txt(p, pages), "docx": lambda: write_docx(p, pages),
             "scan": lambda: write_scan(p, pages, n * 10), "photos": lambda: write_photo(p, pages, n * 10)}[c["fmt"]]()
            texts[fname] = page_texts(pages)
            first = " ".join(texts[fname][0][:2]).upper()
            if "FICTI" not in first:
                fails.append(f"{c['slug']}/{fname}: no FICTIONAL on its face")

        def src(fname, line, what):
            pt = texts.get(fname)
            if pt is None:
                fails.append(f"{c['slug']}: {what}: no file {fname}"); return None
            for i, pg in enumerate(pt):
                if line in pg:
                    return {"file": fname, "page": i + 1, "text": norm(line)}
            fails.append(f"{c['slug']}: {what}: source line not printed: {line!r}"); return None

        whole = {f: norm(" ".join(" ".join(pg) for pg in pt)) for f, pt in texts.items()}
        hist = []
        for (name, cls, kind, dose, start, end, outcome, oc, fname, line) in c["rows"]:
            s = src(fname, line, name)
            doc = whole[fname]
            if norm(outcome) not in doc:
                fails.append(f"{c['slug']}: {name}: outcome words not printed: {outcome!r}")
            alias = {"CBT": "cognitive behavioral", "IPT": "interpersonal", "lithium": "lit", "ECT": "ECT"}.get(name, name)
            if s and alias.split()[0].lower()[:5] not in doc.lower():
                fails.append(f"{c['slug']}: {name}: drug not printed")
            if dose and dose.lower() not in doc.lower():
                fails.append(f"{c['slug']}: {name}: dose not printed {dose}")
            for d in (start, end):
                if d and not date_printed(d, doc):
                    fails.append(f"{c['slug']}: {name}: date {d} not printed")
            assert oc in ("no_response", "partial_response", "relapse", "side_effects", "remission", "unknown")
            assert kind in ("antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other")
            classes[oc] = classes.get(oc, 0) + 1; kinds[kind] = kinds.get(kind, 0) + 1
            hist.append(dict(name=name, **{"class": cls}, kind=kind, dose=dose, start=start, end=end,
                             outcome=outcome, outcome_class=oc, source=s))
        scales = []
        for (name, score, date, fname, line) in c["scales"]:
            s = src(fname, line, name)
            if str(score) not in line:
                fails.append(f"{c['slug']}: scale {name} score {score} not in its line")
            scales.append(dict(name=name, score=score, date=date, source=s))
        dx = []
        for (code, fname, line) in c["dx"]:
            if code not in line:
                fails.append(f"{c['slug']}: code {code} not in its line")
            dx.append(dict(code=code, source=src(fname, line, code)))
        su = None
        if c["suic"]:
            lvl, fname, line = c["suic"]
            su = dict(level=lvl, source=src(fname, line, "suicidality"))
            counts["suic"] += 1
        else:
            counts["null"] += 1
        counts["rows"] += len(hist); counts["scales"] += len(scales); counts["dx"] += len(dx)
        truth = {"_note": "FICTIONAL case (blind set notes40). " + c["notes"],
                 "history": hist, "scales": scales, "diagnoses": dx, "suicidality": su}
        (HERE / f"{c['slug']}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")
    print(f"{len(CASES)} cases, {counts['rows']} history rows, {counts['scales']} scale rows, {counts['dx']} diagnosis "
          f"codes, {counts['suic']} suicidality set, {counts['null']} null, {len(fails)} failures")
    print("outcome classes:", dict(sorted(classes.items())), "kinds:", dict(sorted(kinds.items())))
    for f in fails:
        print("FAIL", f)
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
