"""Build the intake14 blind set: deletes every NN-* file here and writes each notice and its expected.json,
then checks that every expected value is printed in the notice it names.

Run: /work/main/.venv/bin/python make_set.py   (in this folder)
"""
import datetime as dt
import glob
import html as htmlmod
import json
import zlib
import os
import re
import subprocess
import sys
from email import policy
from email.charset import BASE64, QP, Charset
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa: E402
from cases_a import CASES as CA  # noqa: E402
from cases_b import CASES as CB  # noqa: E402

CASES = CA + CB
TODAY_LIMIT = dt.date(2026, 12, 3)
KEY_ORDER = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
             "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
             "deadline_basis", "appeals_address"]
NOTE_HEAD = "All people, plans, administrators, numbers and addresses in this notice are fictional. "


def fname(c):
    ext = {"pdf": "pdf", "scan": "pdf", "fax": "tif", "docx": "docx", "txt": "txt", "eml": "eml"}.get(c["fmt"])
    if c["fmt"] == "photo":
        ext = c["photo"]["fmt"]
    return f"{c['n']:02d}-{c['slug']}.{ext}"


# ------------------------------------------------------------------ writers

def write_docx(blocks, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
            r.font.size = Pt(15)
        elif kind == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(13)
            p.alignment = 1
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "addr":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Pt(28)
            for i, line in enumerate(b[1]):
                r = p.add_run(line)
                if i < len(b[1]) - 1:
                    r.add_break()
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
        elif kind == "footer":
            d.sections[0].footer.paragraphs[0].text = b[1]
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = "FICTIONAL notice"
    d.save(path)


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append("   ".join(c.text for c in row.cells))
    for s in d.sections:
        out += [p.text for p in s.footer.paragraphs]
    return "\n".join(out)


def plain_to_html(text):
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>\n" for p in paras)
    return f"<html><body style=\"font-family:Verdana,sans-serif\">\n{body}</body></html>\n"


def write_eml(e, path):
    kind = e["kind"]
    if kind == "plain":
        msg = MIMEText(e["body"], "plain", "us-ascii")
    elif kind == "html":
        cs = Charset("utf-8")
        cs.body_encoding = QP
        msg = MIMEText(e["html"], "html", cs)
    elif kind == "alt64":
        msg = MIMEMultipart("alternative")
        cs = Charset("utf-8")
        cs.body_encoding = BASE64
        msg.attach(MIMEText(e["body"], "plain", cs))
        msg.attach(MIMEText(plain_to_html(e["body"]), "html", cs))
    else:
        raise ValueError(kind)
    from email.header import Header
    msg["Subject"] = e["subject"] if e["subject"].isascii() else Header(e["subject"], "utf-8")
    msg["From"] = e["sender"]
    msg["To"] = e["to"]
    msg["Date"] = e["date"]
    msg["Message-ID"] = f"<{zlib.crc32(e['subject'].encode())}.fict@mail.example>"
    msg["X-Fictional"] = "FICTIONAL SAMPLE"
    with open(path, "wb") as f:
        f.write(msg.as_bytes())


def eml_text(path):
    import email
    with open(path, "rb") as f:
        m = email.message_from_binary_file(f, policy=policy.default)
    parts = []
    for part in m.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = re.sub(r"<br\s*/?>|</p>|</tr>|</h\d>", "\n", t)
                t = re.sub(r"</t[dh]>", "   ", t)
                t = htmlmod.unescape(re.sub(r"<[^>]+>", "", t))
            parts.append(t)
    return f"Subject: {m['Subject']}\nDate: {m['Date']}\n" + "\n".join(parts)


def pdftotext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def add_pen(img, seed):
    from PIL import ImageDraw
    d = ImageDraw.Draw(img)
    W, H = img.size
    # a dark pen lying across the lower-left margin, off the text
    x0, y0 = int(W * 0.02), int(H * 0.80)
    d.line([(x0, y0), (x0 + int(W * 0.09), y0 + int(H * 0.17))], fill=(25, 25, 40), width=int(W * 0.012))
    d.line([(x0 + 4, y0 + 4), (x0 + int(W * 0.09) + 4, y0 + int(H * 0.17) + 4)], fill=(200, 200, 210), width=3)
    return img


# ------------------------------------------------------------------ build one case

def build(c):
    path = os.path.join(HERE, fname(c))
    fmt = c["fmt"]
    if fmt == "pdf":
        render.render_pdf(c["pages"], path, land=c.get("land", False))
        text = pdftotext(path) + "\n" + pdftotext(path, layout=False)
    elif fmt == "scan":
        imgs = render.render_images(c["pages"], dpi=200)
        s = c.get("scan", {})
        imgs = [render.scan(im, seed=c["n"] * 10 + i, angle=s.get("angles", [0.5] * 9)[i],
                            specks=s.get("specks", 400)) for i, im in enumerate(imgs)]
        render.save_image_pdf(imgs, path)
        assert pdftotext(path).strip() == "", f"{path} has a text layer"
        text = render.layout_text(c["pages"])
    elif fmt == "photo":
        p = dict(c["photo"])
        imgs = render.render_images(c["pages"], dpi=180)
        pen = p.pop("pen", False)
        ext = p.pop("fmt")
        im = render.photo(imgs[0], seed=c["n"], **p)
        if pen:
            im = add_pen(im, c["n"])
        if ext == "jpg":
            im.save(path, "JPEG", quality=84)
        else:
            im.save(path, "PNG")
        text = render.layout_text(c["pages"])
    elif fmt == "fax":
        imgs = render.render_images(c["pages"], dpi=200)
        imgs = render.fax(imgs, seed=c["n"], header=c["fax_header"])
        render.save_tiff(imgs, path)
        text = render.layout_text(c["pages"]) + "\n" + c["fax_header"]
    elif fmt == "docx":
        write_docx(c["docx"], path)
        text = docx_text(path)
    elif fmt == "txt":
        with open(path, "w", encoding="utf-8") as f:
            f.write(c["text"])
        text = c["text"]
    elif fmt == "eml":
        write_eml(c["eml"], path)
        text = eml_text(path)
    else:
        raise ValueError(fmt)
    key = {"file": fname(c), "_note": NOTE_HEAD + c["note"]}
    for k in KEY_ORDER:
        if k in c["key"]:
            key[k] = c["key"][k]
    unknown = set(c["key"]) - set(KEY_ORDER)
    assert not unknown, unknown
    with open(os.path.join(HERE, f"{c['n']:02d}-{c['slug']}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return key, text


# ------------------------------------------------------------------ self-check

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def date_forms(iso, lang):
    d = dt.date.fromisoformat(iso)
    forms = [f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}", f"{MONTHS_EN[d.month-1]} {d.day}",
             f"{d.day} de {MONTHS_ES[d.month-1]} de {d.year}", f"{d.day} de {MONTHS_ES[d.month-1]}",
             d.strftime("%m/%d/%y") if lang == "en" else d.strftime("%d/%m/%y")]
    forms.append(d.strftime("%m/%d/%Y") if lang == "en" else d.strftime("%d/%m/%Y"))
    return forms


def norm(s):
    return re.sub(r"\s+", " ", s)


def check(c, key, text):
    errs = []
    t = norm(text)
    tn = t.replace(" ", "")

    def has(v, nospace=False):
        return v in t or (nospace and v.replace(" ", "") in tn)

    fict = "MUESTRA FICTICIA" if c["lang"] == "es" else "FICTIONAL"
    if fict not in t:
        errs.append("no FICTIONAL line")
    for k in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        if k in key and not has(key[k], nospace=k in ("member_id", "claim_number")):
            errs.append(f"{k} {key[k]!r} not printed")
    for k in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in key.get(k, []):
            if not has(v):
                errs.append(f"{k} {v!r} not printed")
    for part in key["appeals_address"].split(", "):
        if not has(part):
            errs.append(f"address part {part!r} not printed")
    nd = key["notice_date"]
    if not any(f in t for f in date_forms(nd, c["lang"])):
        errs.append(f"notice date {nd} not printed")
    if dt.date.fromisoformat(nd) > TODAY_LIMIT:
        errs.append("notice date after 2026-12-03")
    for sd in key.get("service_dates", []):
        if not any(f in t for f in date_forms(sd, c["lang"])):
            errs.append(f"service date {sd} not printed")
        if sd > nd:
            errs.append(f"service date {sd} after notice")
    ad = key["appeal_deadline"]
    basis = key["deadline_basis"]
    m = re.search(r"(\d+) (?:calendar )?(?:days|días)", basis)
    mo = re.search(r"(\d+) months", basis)
    if any(f in basis for f in date_forms(ad, c["lang"])[:1] + date_forms(ad, c["lang"])[2:3]):
        pass  # a stated calendar date, printed in the basis itself
    elif m:
        want = dt.date.fromisoformat(nd) + dt.timedelta(int(m.group(1)))
        if want.isoformat() != ad:
            errs.append(f"deadline {ad} is not {m.group(1)} days from {nd} ({want})")
    elif mo:
        d0 = dt.date.fromisoformat(nd)
        mm = d0.month - 1 + int(mo.group(1))
        want = d0.replace(year=d0.year + mm // 12, month=mm % 12 + 1)
        if want.isoformat() != ad:
            errs.append(f"deadline {ad} is not {mo.group(1)} months from {nd}")
    else:
        errs.append("deadline basis states neither a date nor a window")
    if key["plan_type"] not in ("employer_erisa", "individual_aca", "medicare_advantage", "medicare",
                                "medicare_part_d", "medicaid", "fehb", "chip", "governmental", "church", "tricare"):
        errs.append("plan type")
    return errs


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        os.remove(f)
    total, bad = 0, 0
    for c in CASES:
        key, text = build(c)
        n = sum(1 for k in KEY_ORDER if k in key)
        total += n
        errs = check(c, key, text)
        print(f"{fname(c):55s} {c['lang']} {n:2d} fields  {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("    ", e)
        bad += bool(errs)
    es = sum(1 for c in CASES if c["lang"] == "es")
    print(f"{len(CASES)} notices ({es} in Spanish), {total} fields; {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
