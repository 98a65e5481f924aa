"""Rebuild the intake13 blind set (FICTIONAL notices) from scratch and self-check it.

Run in this folder:  /work/main/.venv/bin/python make_set.py
"""
import base64
import calendar
import datetime as dt
import glob
import json
import os
import random
import re
import subprocess
import sys
from email.message import EmailMessage
from email import policy
import email

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render as R  # noqa: E402
from cases_a import CASES as A  # noqa: E402
from cases_b import CASES as B  # noqa: E402

CASES = A + B
WRITTEN = dt.date(2026, 12, 3)
KEYS = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
        "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
        "appeal_deadline", "deadline_basis", "appeals_address"]


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def deadline(c):
    nd = dt.date.fromisoformat(c["key"]["notice_date"])
    kind, v = c["key"]["deadline"]
    if kind == "days":
        return (nd + dt.timedelta(days=v)).isoformat()
    if kind == "months":
        return add_months(nd, v).isoformat()
    return v


def build(c, rng):
    ext = {"pdf": "pdf", "scan": "pdf", "photo": c.get("ext", "jpg"), "fax": "tif", "docx": "docx", "txt": "txt",
           "eml": "eml"}[c["fmt"]]
    fn = f"{c['slug']}.{ext}"
    path = os.path.join(HERE, fn)
    fmt = c["fmt"]
    o = dict(c.get("opts", {}))
    if fmt in ("pdf", "scan", "photo", "fax"):
        size, pages = R.layout(c["items"], **o)
        text = R.page_text(pages)
        if fmt == "pdf":
            R.to_pdf(path, size, pages)
            text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        elif fmt == "scan":
            imgs = [R.scan(im, c.get("angle", 0.5), rng) for im in R.to_images(size, pages)]
            imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:])
            assert not subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip(), fn
        elif fmt == "photo":
            imgs = R.to_images(size, pages, dpi=180)
            ph = R.photo(imgs[0], c.get("angle", 3), rng, **c.get("photo", {}))
            if ext == "jpg":
                ph.save(path, "JPEG", quality=85)
            else:
                ph.save(path, "PNG")
        elif fmt == "fax":
            imgs = R.to_images(size, pages)
            n = len(imgs)
            fx = [R.fax(im, rng, c["faxhdr"].format(page=i + 1, pages=n)) for i, im in enumerate(imgs)]
            fx[0].save(path, "TIFF", compression="group4", dpi=(204, 98), save_all=True, append_images=fx[1:])
    elif fmt == "docx":
        R.to_docx(path, c["items"], footer=c.get("footer"))
        text = R.docx_text(path)
    elif fmt == "txt":
        text = R.to_plain(c["items"])
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    elif fmt == "eml":
        e = c["email"]
        msg = EmailMessage(policy=policy.SMTP)
        msg["From"], msg["To"], msg["Subject"], msg["Date"] = e["frm"], e["to"], e["subject"], e["date"]
        msg["Message-ID"] = f"<{c['slug']}@fictional.example>"
        if c.get("html"):
            msg.set_content(R.to_html(c["items"]), subtype="html", charset="utf-8", cte=c.get("cte", "quoted-printable"))
        else:
            msg.set_content(R.to_plain(c["items"]), charset="utf-8", cte=c.get("cte", "7bit"))
        with open(path, "wb") as f:
            f.write(msg.as_bytes())
        m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
        body = m.get_body(("html", "plain")).get_content()
        text = re.sub(r"<[^>]+>", " ", body)
        import html as H
        text = H.unescape(text)
        assert m["Content-Transfer-Encoding"] == c.get("cte"), (fn, m["Content-Transfer-Encoding"])
    return fn, text


def norm(s):
    return re.sub(r"\s+", " ", s)


def check(c, fn, text):
    k = c["key"]
    t = norm(text)
    tn = t.replace(" ", "")
    probs = []
    for f in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        if norm(k[f]) not in t and k[f].replace(" ", "") not in tn:
            probs.append(f"{f} {k[f]!r}")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in k.get(f, []):
            if v not in t:
                probs.append(f"{f} {v}")
    for part in k["appeals_address"].split(", "):
        if part not in t:
            probs.append(f"address part {part!r}")
    for p in c["printed"]:
        if norm(p) not in t:
            probs.append(f"printed date {p!r}")
    if "FICTIONAL" not in t and "FICTICIA" not in t:
        probs.append("no FICTIONAL line")
    nd = dt.date.fromisoformat(k["notice_date"])
    if nd > WRITTEN:
        probs.append("notice date after the writing day")
    for s in k.get("service_dates", []):
        if dt.date.fromisoformat(s) > nd:
            probs.append(f"service {s} after the notice")
    if probs:
        raise SystemExit(f"{fn}: " + "; ".join(probs))


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        os.remove(f)
    rng = random.Random(13)
    assert len(CASES) == 18 and sum(c["lang"] == "es" for c in CASES) == 6
    nfields = 0
    for c in CASES:
        fn, text = build(c, rng)
        check(c, fn, text)
        k = c["key"]
        out = {"file": fn, "_note": "All people, plans, administrators, numbers and addresses in this notice are "
                                    "fictional. " + c["note"]}
        for f in KEYS[2:]:
            if f == "appeal_deadline":
                out[f] = deadline(c)
            elif f in k:
                out[f] = k[f]
        nfields += len(out) - 2
        base = fn.rsplit(".", 1)[0]
        with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{fn:55s} {len(out) - 2:2d} fields  deadline {out['appeal_deadline']}")
    print(f"{len(CASES)} notices, {nfields} fields: self-check passed")


if __name__ == "__main__":
    main()
