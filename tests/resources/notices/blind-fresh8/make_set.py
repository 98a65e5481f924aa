"""Rebuild the blind-fresh8 intake set from scratch and self-check it. Everything it writes is FICTIONAL.

Run from this folder:  /work/main/.venv/bin/python make_set.py
"""
import datetime as dt
import email
import email.policy
import glob
import html as htmlmod
import json
import os
import re
import subprocess
import sys
from email.message import EmailMessage

from dateutil.relativedelta import relativedelta
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa: E402
from cases_a import CASES as CA  # noqa: E402
from cases_b import CASES as CB  # noqa: E402

TODAY = dt.date(2026, 12, 3)
KEY_ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
             "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
             "appeal_deadline", "deadline_basis", "appeals_address"]
EXT = {"pdf": "pdf", "scan": "pdf", "fax": "tif", "docx": "docx", "txt": "txt", "eml": "eml"}


# ---------------------------------------------------------------- writers (each returns the text it printed)
def write_pdf(c, path):
    pages = c["layout"].finish()
    render.to_pdf(pages, path)
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def write_scan(c, path):
    pages = c["layout"].finish()
    imgs = [render.scan(render.to_image(p, 200), c["angle"], c["seed"] + i) for i, p in enumerate(pages)]
    imgs[0].save(path, save_all=True, append_images=imgs[1:], resolution=200.0)
    t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    assert not t.strip(), f"{path}: scan has a text layer"
    return "\n".join(render.page_text(p) for p in pages)


def write_photo(c, path):
    pages = c["layout"].finish()
    assert len(pages) == 1, f"{path}: a photo must be one page"
    img = render.photo(render.to_image(pages[0], 150), c["angle"], c["seed"], shadow_corner=c.get("shadow", "br"),
                       blur=c.get("blur", 1.0))
    if c["ext"] == "jpg":
        kw = dict(quality=84)
        if c.get("exif_rotate"):
            img = img.rotate(90, expand=True)  # stored sideways; Orientation 6 = rotate 90 CW to display
            ex = Image.Exif()
            ex[0x0112] = 6
            ex[0x010F] = "FICTIONAL"
            kw["exif"] = ex
        img.save(path, "JPEG", **kw)
    else:
        img.save(path, "PNG", optimize=True)
    return render.page_text(pages[0])


def write_fax(c, path):
    texts, imgs = [], []
    all_pages = []
    for L in c["layouts"]:
        all_pages += L.finish()
    for i, p in enumerate(all_pages):
        texts.append(render.page_text(p))
        im = render.to_image(p, dpi=204)  # fine mode first, then standard mode: 204 x 98 dpi
        d = ImageDraw.Draw(im)
        f = ImageFont.truetype(render.FONTS["mono"], 26)
        d.text((40, 10), c["fax_header"].format(page=i + 1), font=f, fill=0)
        imgs.append(im.resize((im.width, round(im.height * 98 / 204)), Image.LANCZOS))
    imgs = render.fax(imgs, 2020)
    imgs[0].save(path, save_all=True, append_images=imgs[1:], compression="group4", dpi=(204, 98))
    return "\n".join(texts)


def write_docx(c, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for kind, val, opt in c["docx"]:
        if kind == "p":
            lines = val.split("\n")
            p = d.add_paragraph()
            if opt.get("indent"):
                p.paragraph_format.left_indent = Pt(36)
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                r.bold = opt.get("bold", False)
                r.italic = opt.get("italic", False)
                if "size" in opt:
                    r.font.size = Pt(opt["size"])
                if i < len(lines) - 1:
                    r.add_break()
        else:
            rows = val
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    run = t.cell(i, j).paragraphs[0].runs[0]
                    run.font.size = Pt(9)
                    if opt.get("boxed"):
                        run.bold = i % 2 == 1
                        if i % 2 == 0:
                            run.font.size = Pt(7.5)
                    elif j % 2 == 0:
                        run.bold = True
            d.add_paragraph()
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = "FICTIONAL denial notice"
    d.save(path)
    d2 = docx.Document(path)
    out = [p.text for p in d2.paragraphs]
    for t in d2.tables:
        for r in t.rows:
            out.append("  ".join(cl.text for cl in r.cells))
    return "\n".join(out)


def write_txt(c, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(c["text"])
    return open(path, encoding="utf-8").read()


def write_eml(c, path):
    m = EmailMessage()
    for k, v in c["headers"].items():
        m[k] = v
    m["Message-ID"] = "<%s@fictional.example>" % c["slug"]
    m["X-Fictional"] = "FICTIONAL sample message"
    if "html" in c:
        m.set_content(c["html"], subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        m.set_content(c["plain"], charset="utf-8", cte="base64")
    with open(path, "wb") as f:
        f.write(bytes(m))
    m2 = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    body = m2.get_body(("html", "plain")).get_content()
    if "html" in c:
        body = htmlmod.unescape(re.sub(r"<[^>]+>", " ", body))
    hdr = "\n".join(f"{k}: {m2[k]}" for k in ("Date", "From", "To", "Subject"))
    return hdr + "\n" + body


WRITERS = dict(pdf=write_pdf, scan=write_scan, photo=write_photo, fax=write_fax, docx=write_docx, txt=write_txt,
               eml=write_eml)


# ---------------------------------------------------------------- keys and checks
def deadline(notice, rule):
    kind, n = rule
    d = dt.date.fromisoformat(notice)
    if kind == "days":
        return (d + dt.timedelta(days=n)).isoformat()
    if kind == "months":
        return (d + relativedelta(months=n)).isoformat()
    if kind == "date":
        return n
    raise ValueError(kind)


def norm(s):
    return re.sub(r"\s+", " ", s)


def check(c, key, text):
    t = norm(text)
    tn = re.sub(r"\s+", "", text)
    errs = []

    def has(v, nospace=False):
        return v in t or (nospace and re.sub(r"\s+", "", v) in tn)

    for f in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        if not has(key[f], nospace=f in ("member_id", "claim_number")):
            errs.append(f"{f} {key[f]!r} not printed")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in key.get(f, []):
            if not has(v):
                errs.append(f"{f} {v!r} not printed")
    for part in key["appeals_address"].split(", "):
        if not has(part):
            errs.append(f"address part {part!r} not printed")
    for p in c["printed"]:
        if not has(p):
            errs.append(f"printed form {p!r} missing")
    if "FICTI" not in text:
        errs.append("no FICTIONAL line")
    nd = dt.date.fromisoformat(key["notice_date"])
    if nd > TODAY:
        errs.append("notice date after today")
    for s in key.get("service_dates", []):
        if dt.date.fromisoformat(s) > nd:
            errs.append(f"service date {s} after the notice")
    if key["appeal_deadline"] <= key["notice_date"]:
        errs.append("deadline before notice")
    return errs


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        os.remove(f)
    cases = [fn() for fn in CA + CB]
    problems, rows = [], []
    for c in cases:
        ext = c.get("ext") or EXT[c["fmt"]]
        fname = f"{c['slug']}.{ext}"
        c["ext"] = ext
        text = WRITERS[c["fmt"]](c, os.path.join(HERE, fname))
        key = dict(c["key"])
        key["appeal_deadline"] = deadline(key["notice_date"], c["deadline"])
        key["file"] = fname
        key["_note"] = "All people, plans, administrators, numbers and addresses in this notice are fictional. " + c["note"]
        out = {k: key[k] for k in KEY_ORDER if k in key}
        assert set(out) == set(key), set(key) - set(out)
        with open(os.path.join(HERE, f"{c['slug']}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join("/tmp/intake8", f"{c['slug']}.printed.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        errs = check(c, key, text)
        problems += [f"{fname}: {e}" for e in errs]
        rows.append((fname, c["lang"], len(out) - 2))
    n = sum(r[2] for r in rows)
    print(f"{len(rows)} notices, {sum(1 for r in rows if r[1] == 'es')} in Spanish, {n} scored fields")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("self-check passed")


if __name__ == "__main__":
    os.makedirs("/tmp/intake8", exist_ok=True)
    main()
