"""Build the intake15 blind set: deletes every NN-* file here and writes each notice and its NN-slug.expected.json
again, then checks that every expected value is printed in the notice it names. Everything is FICTIONAL.

    cd tests/resources/notices/blind-fresh15 && python make_set.py
"""
import calendar
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

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render as R  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402

TODAY = dt.date(2026, 12, 4)
ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
         "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
         "appeal_deadline", "deadline_basis", "appeals_address"]
NOTE_HEAD = "All people, plans, administrators, numbers and addresses in this notice are fictional. "
MES = ["", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


# ------------------------------------------------------------------------------------------- writers
def write_fax(pages, path, headers, fine, seed):
    imgs = []
    for i, p in enumerate(pages):
        img = R.raster(p, 200)
        hdr = headers[0].format(n=i + 1) if headers else None
        imgs.append(R.fax(img, 200, fine=fine, seed=seed + i, header=hdr))
    dpi = (204, 196 if fine else 98)
    imgs[0].save(path, compression="group4", save_all=True, append_images=imgs[1:], dpi=dpi)


def write_faxscan(pages, path, headers, seed):
    out = []
    for i, p in enumerate(pages):
        img = R.raster(p, 200)
        size = img.size
        f1 = R.fax(img, 200, fine=True, seed=seed + i, header=headers[0].format(n=i + 1), header_y=44)
        sq = R.fax_to_square(f1, fine=True).resize(size, Image.BILINEAR)
        f2 = R.fax(sq, 200, fine=False, seed=seed + 50 + i, header=headers[1].format(n=i + 1), threshold=140)
        sq2 = R.fax_to_square(f2, fine=False).resize(size, Image.BILINEAR)
        out.append(R.scan(sq2, seed + 90 + i, skew=[0.8, -0.6][i % 2], specks=60, shade=30, blur=0.7))
    R.save_image_pdf(out, path, 200)


def write_eml(spec, path):
    m = EmailMessage()
    for k, v in spec["headers"].items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    parts = spec["parts"]
    if len(parts) == 1:
        sub, body, cte, cs = parts[0]
        m.set_content(body, subtype=sub, charset=cs, cte=cte)
    else:
        sub, body, cte, cs = parts[0]
        m.set_content(body, subtype=sub, charset=cs, cte=cte)
        for sub, body, cte, cs in parts[1:]:
            m.add_alternative(body, subtype=sub, charset=cs, cte=cte)
        m.set_boundary("=_intake15_" + os.path.basename(path).split("-")[0] + "_alt")
    with open(path, "wb") as fh:
        fh.write(bytes(m))


def build(case):
    path = os.path.join(HERE, case["slug"] + "." + case["ext"])
    k = case["kind"]
    if k == "pdf":
        R.to_pdf(case["pages"], path)
    elif k == "scan":
        s = case["scan"]
        imgs = [R.scan(R.raster(p, 200), s["seed"] + i, skew=s["skew"], specks=s["specks"], shade=s["shade"],
                       blur=s["blur"], photocopy=s.get("photocopy", False), streak=s.get("streak", False))
                for i, p in enumerate(case["pages"])]
        R.save_image_pdf(imgs, path, 200)
    elif k == "photo":
        ph = dict(case["photo"])
        seed, dpi, (w, h) = ph.pop("seed"), ph.pop("dpi"), ph.pop("out")
        img = R.photo(R.raster(case["pages"][0], dpi), seed, out_w=w, out_h=h, **ph)
        if case["ext"] == "jpg":
            img.save(path, "JPEG", quality=84)
        else:
            img.save(path, "PNG", optimize=True)
    elif k == "fax":
        write_fax(case["pages"], path, case["headers"], case["fine"], case["seed"])
    elif k == "faxscan":
        write_faxscan(case["pages"], path, case["headers"], case["seed"])
    elif k == "docx":
        case["build"](path)
    elif k == "txt":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(case["text"])
    elif k == "eml":
        write_eml(case["eml"], path)
    return path


# ------------------------------------------------------------------------------------------- check
def html_text(s):
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def notice_text(case, path):
    k = case["kind"]
    if k == "pdf":
        a = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        assert a.strip(), "no text layer in " + path
        return [a, b]
    if k in ("scan", "faxscan"):
        a = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        assert not a.strip(), "image-only PDF has a text layer: " + path
    if k in ("scan", "photo", "fax", "faxscan"):
        t = R.doc_text(case["pages"])
        if case.get("headers"):
            t += "\n" + "\n".join(h for h in case["headers"])
        return [t]
    if k == "docx":
        from docx import Document
        d = Document(path)
        out = []

        def cells(tbl):
            for row in tbl.rows:
                for c in row.cells:
                    for p in c.paragraphs:
                        out.append(p.text)
                    for t in c.tables:
                        cells(t)
        body = d.element.body
        for el in body.iterchildren():
            if el.tag.endswith("}p"):
                out.append("".join(x.text or "" for x in el.iter() if x.tag.endswith("}t")))
            elif el.tag.endswith("}tbl"):
                from docx.table import Table
                cells(Table(el, d))
        for s in d.sections:
            out += [p.text for p in s.footer.paragraphs]
        return ["\n".join(out)]
    if k == "txt":
        return [open(path, encoding="utf-8").read()]
    if k == "eml":
        m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        texts = ["\n".join(f"{h}: {m[h]}" for h in ("Date", "From", "To", "Subject"))]
        for part in m.walk():
            if part.get_content_maintype() == "text":
                c = part.get_content()
                texts.append(html_text(c) if part.get_content_subtype() == "html" else c)
        return ["\n".join(texts)]
    raise ValueError(k)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def present(value, texts):
    v = norm(value)
    for t in texts:
        nt = norm(t)
        if v in nt or v.replace(" ", "") in nt.replace(" ", ""):
            return True
    return False


def date_present(iso, texts, lang):
    d = dt.date.fromisoformat(iso)
    mon = calendar.month_name[d.month]
    forms = [d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%d/%m/%Y"),
             f"{mon} {d.day}, {d.year}", f"{d.day} de {MES[d.month]} de {d.year}", iso]
    if any(present(f, texts) for f in forms):
        return True
    for t in texts:
        nt = norm(t)
        if re.search(rf"{mon} (\d+, )*(\d+ and )?{d.day}\b[^.]*{d.year}", nt):
            return True
        if re.search(rf"\b{d.day}\b[\d, y]*de {MES[d.month]} de {d.year}", nt):
            return True
    return False


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def check(case, path, key):
    errs = []
    texts = notice_text(case, path)
    lang = "es" if "MUESTRA FICTICIA" in "".join(texts) else "en"
    if not any(("FICTIONAL" in t or "MUESTRA FICTICIA" in t) for t in texts):
        errs.append("no FICTIONAL line")
    for f in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        if f in key and not present(key[f], texts):
            errs.append(f"{f} {key[f]!r} not printed")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for c in key.get(f, []):
            if not present(c, texts):
                errs.append(f"{f} {c!r} not printed")
    for part in key["appeals_address"].split(", "):
        if not present(part, texts):
            errs.append(f"appeals_address part {part!r} not printed")
    nd = dt.date.fromisoformat(key["notice_date"])
    if nd >= TODAY:
        errs.append("notice date not before today")
    if not date_present(key["notice_date"], texts, lang):
        errs.append("notice date not printed")
    for sd in key.get("service_dates", []):
        if dt.date.fromisoformat(sd) >= nd:
            errs.append(f"service date {sd} not before the notice")
        if not date_present(sd, texts, lang):
            errs.append(f"service date {sd} not printed")
    basis = key["deadline_basis"]
    dl = dt.date.fromisoformat(key["appeal_deadline"])
    m_days = re.search(r"(\d+) (?:calendar )?(?:days|días)", basis)
    m_mon = re.search(r"(\d+) (?:months|meses)", basis)
    if m_days:
        want = nd + dt.timedelta(days=int(m_days.group(1)))
    elif m_mon:
        want = add_months(nd, int(m_mon.group(1)))
    else:
        want = dl
        forms = [f"{calendar.month_name[dl.month]} {dl.day}, {dl.year}", f"{dl.day} de {MES[dl.month]} de {dl.year}"]
        if not any(f in basis for f in forms):
            errs.append("stated deadline date not in its basis")
    if want != dl:
        errs.append(f"deadline {dl} != computed {want}")
    if list(key.keys()) != [k for k in ORDER if k in key]:
        errs.append("key order")
    return errs


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        os.remove(f)
    total_fields, problems, rows = 0, [], []
    for fn in cases_a.CASES + cases_b.CASES:
        case = fn()
        path = build(case)
        k = dict(case["key"])
        k["file"] = os.path.basename(path)
        k["_note"] = NOTE_HEAD + case["note"]
        k = {f: k[f] for f in ORDER if f in k}
        with open(os.path.join(HERE, case["slug"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        n = len(k) - 2
        total_fields += n
        errs = check(case, path, k)
        rows.append((k["file"], n, os.path.getsize(path)))
        for e in errs:
            problems.append(f"{k['file']}: {e}")
    for r in rows:
        print(f"{r[0]:55s} {r[1]:3d} fields {r[2] // 1024:6d} KB")
    print("total fields:", total_fields)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
