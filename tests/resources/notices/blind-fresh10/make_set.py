"""Rebuild the FICTIONAL blind-fresh10 intake set from scratch and self-check it.

Run from this folder:  /work/main/.venv/bin/python make_set.py
Every person, plan, number and address written here is fictional.
"""
import datetime as dt
import email
import email.policy
import glob
import html
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import render  # noqa: E402

WRITTEN = dt.date(2026, 12, 3)  # the day before the set was written: no notice date after it
ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
         "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
         "appeal_deadline", "deadline_basis", "appeals_address"]
FICT_NOTE = "FICTIONAL. All people, plans, administrators, providers, numbers and addresses in this notice are fictional. "


def plus_days(iso, n):
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=n)).isoformat()


def plus_months(iso, n):
    d = dt.date.fromisoformat(iso)
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1])).isoformat()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = []
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tr in child.iter():
                if tr.tag.endswith("}tr"):
                    cells = []
                    for tc in tr:
                        if tc.tag.endswith("}tc"):
                            cells.append(" ".join("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                                  for p in tc if p.tag.endswith("}p")))
                    parts.append("  ".join(cells))
    for s in d.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            parts.append(p.text)
    return "\n".join(parts)


def eml_text(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    out = [str(msg["Subject"] or ""), str(msg["From"] or ""), str(msg["Date"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            h = part.get_content()
            h = re.sub(r"<(br|/p|/tr|/div|/h\d|/li)[^>]*>", "\n", h, flags=re.I)
            h = re.sub(r"<(/td|/th)[^>]*>", "  ", h, flags=re.I)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", h)))
    return "\n".join(out)


def write_case(c):
    """c: dict with key (dict), fmt, and doc / docx builder / text / eml bytes."""
    path = os.path.join(HERE, c["key"]["file"])
    fmt = c["fmt"]
    if fmt == "pdf":
        render.to_pdf(c["doc"], path)
        text = pdf_text(path)
        assert len(text.strip()) > 200, "text PDF without a text layer"
    elif fmt == "scan":
        render.scan_pdf(render.to_images(c["doc"]), path, seed=c.get("seed", 1), angles=c.get("angles", [0.6]))
        assert not pdf_text(path).strip(), "scan has a text layer"
        text = render.doc_text(c["doc"])
    elif fmt == "photo":
        ims = render.to_images(c["doc"], dpi=c.get("dpi", 170))
        im = render.photo(ims[c.get("page", 0)], **c.get("photo", {}))
        if path.endswith(".png"):
            im.save(path, "PNG", optimize=True)
        else:
            im.save(path, "JPEG", quality=84)
        text = render.doc_text(c["doc"])
    elif fmt == "fax":
        render.fax_tiff(render.to_images(c["doc"]), path, c["fax_header"])
        text = render.doc_text(c["doc"])
    elif fmt == "docx":
        c["build"](path)
        text = docx_text(path)
    elif fmt == "txt":
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(c["text"])
        text = c["text"]
    elif fmt == "eml":
        with open(path, "wb") as f:
            f.write(c["eml"])
        text = eml_text(path)
    else:
        raise ValueError(fmt)
    return text


def check(c, text):
    k = c["key"]
    t = norm(text)
    tn = t.replace(" ", "")
    probs = []

    def has(s, nospace=False):
        if norm(s) in t:
            return True
        return nospace and s.replace(" ", "") in tn

    assert "FICTIONAL" in t.upper(), (k["file"], "no FICTIONAL line")
    for f in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        if k.get(f) and not has(k[f], nospace=f in ("member_id", "claim_number")):
            probs.append((f, k[f]))
    for f in ("procedure_codes", "diagnosis_codes"):
        for v in k.get(f, []):
            if not has(v):
                probs.append((f, v))
    for v in k.get("carc_codes", []):
        grp, code = v.split("-")
        if not (has(v) or re.search(rf"\b{grp}\s*[-\s]?\s*{code}\b", t)):
            probs.append(("carc", v))
    for part in k["appeals_address"].split(", "):
        if not has(part):
            probs.append(("address", part))
    for s in c["must"]:
        if not has(s):
            probs.append(("printed form", s))
    nd = dt.date.fromisoformat(k["notice_date"])
    assert nd <= WRITTEN, (k["file"], "notice date after the day written")
    for sd in k.get("service_dates", []):
        assert dt.date.fromisoformat(sd) <= nd, (k["file"], "service after notice", sd)
    assert set(k) <= set(ORDER), set(k) - set(ORDER)
    if probs:
        raise AssertionError(f"{k['file']}: not printed: {probs}")


def main():
    only = set(sys.argv[1:])
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        if not only or os.path.basename(old)[:2] in only:
            os.remove(old)
    import cases_a
    import cases_b
    cases = cases_a.CASES + cases_b.CASES
    seen = set()
    nfields = 0
    for make in cases:
        c = make()
        k = c["key"]
        nn = k["file"][:2]
        assert nn not in seen, nn
        seen.add(nn)
        if only and nn not in only:
            continue
        text = write_case(c) + "\n" + c.get("image_text", "")
        check(c, text)
        key = {f: k[f] for f in ORDER if f in k}
        key["_note"] = FICT_NOTE + key["_note"]
        nfields += len([f for f in key if f not in ("file", "_note")])
        stem = k["file"].rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"ok {k['file']}")
    print(f"{len(seen)} notices, {nfields} scored fields written")


if __name__ == "__main__":
    main()
