"""Rebuild the FICTIONAL blind intake set fresh12 from scratch and self-check every key.

Run: /work/main/.venv/bin/python make_set.py   (in this folder)
"""
import datetime as dt, email.message, email.policy, glob, json, os, re, subprocess, sys
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import charset as _cs

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render
from cases import CASES

WRITTEN = dt.date(2026, 12, 4)
KEYS = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
        "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
        "appeal_deadline", "deadline_basis", "appeals_address"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def build(c):
    path = os.path.join(HERE, c["file"])
    ext = c["file"].rsplit(".", 1)[1]
    fmt = c["fmt"]
    doc = c["doc"]
    if fmt == "pdf":
        render.to_pdf(doc, path)
        text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    elif fmt == "scan":
        ims, lines = render.to_images(doc)
        pages = [render.scan(im, a, i) for i, (im, a) in enumerate(zip(ims, c.get("angles", [0.7] * 9)))]
        pages[0].save(path, save_all=True, append_images=pages[1:], resolution=200)
        t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        assert not t.strip(), "scan has a text layer"
        text = "\n".join(lines)
    elif fmt == "photo":
        ims, lines = render.to_images(doc)
        im = render.photo(ims[0], c["angle"], c["seed"], c.get("shadow", "br"))
        if ext == "jpg":
            im.save(path, quality=86)
        else:
            im.save(path)
        text = "\n".join(lines)
    elif fmt == "fax":
        ims, lines = render.to_images(doc)
        pages = render.fax_pages(ims, c["fax_header"])
        pages[0].save(path, save_all=True, append_images=pages[1:], compression="group4", dpi=(204, 98))
        text = "\n".join(lines)
    elif fmt == "docx":
        render.to_docx(doc, path)
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append("  ".join(cell.text for cell in r.cells))
        text = "\n".join(parts)
    elif fmt == "txt":
        text = render.to_text(doc)
        open(path, "w", encoding="utf-8").write(text)
    elif fmt == "eml":
        m = c["mail"]
        part = email.message.EmailMessage()
        if c.get("html"):
            body = render.to_html(doc)
            part.set_content(body, subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            body = m.get("preface", "") + render.to_text(doc)
            part.set_content(body, charset="utf-8", cte="base64")
        part["From"] = m["from"]; part["To"] = m["to"]; part["Subject"] = m["subject"]; part["Date"] = m["date"]
        part["Message-ID"] = m["id"]
        open(path, "wb").write(part.as_bytes(policy=email.policy.SMTP))
        text = body if not c.get("html") else re.sub(r"<[^>]+>", " ", body)
        import html as _h
        text = _h.unescape(text)
        raw = open(path, "rb").read()
        if not c.get("html"):
            assert b"base64" in raw
        else:
            assert b"quoted-printable" in raw and b"<html>" not in raw[:0] and b"=C3=" in raw
    else:
        raise ValueError(fmt)
    return norm(text)


def check(c, text):
    k = c["key"]
    t = text
    tl = t.replace(" ", "")
    def has(s, what):
        assert norm(s) in t or s.replace(" ", "") in tl, f"{c['file']}: {what} {s!r} not printed"
    has(k["patient_name"], "patient")
    has(k["member_id"], "member_id")
    if k.get("claim_number"):
        has(k["claim_number"], "claim")
    for code in k.get("procedure_codes", []) + k.get("diagnosis_codes", []) + k.get("carc_codes", []):
        has(code, "code")
    has(k["deadline_basis"], "basis")
    for part in k["appeals_address"].split(", "):
        has(part, "address part")
    for p in c["printed"]:
        has(p, "printed date")
    assert "FICTIONAL" in t.upper(), c["file"]
    nd = dt.date.fromisoformat(k["notice_date"])
    assert nd < WRITTEN, c["file"]
    for s in k.get("service_dates", []):
        assert dt.date.fromisoformat(s) <= nd, c["file"]
    dt.date.fromisoformat(k["appeal_deadline"])


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        os.remove(f)
    total = 0
    for c in CASES:
        text = build(c)
        check(c, text)
        k = dict(c["key"])
        k["file"] = c["file"]
        out = {x: k[x] for x in KEYS if x in k}
        total += len(out) - 2
        with open(os.path.join(HERE, c["file"].rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("ok", c["file"], len(out) - 2, "fields")
    print(len(CASES), "notices,", total, "scored fields,", sum(c["lang"] == "es" for c in CASES), "in Spanish")


if __name__ == "__main__":
    main()
