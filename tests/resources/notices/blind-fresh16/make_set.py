"""Build the intake16 blind set: delete every NN-* file here, write every notice and its NN-slug.expected.json
again, then check that every expected value is printed in the notice it names. Exit 1 on any miss.

    /work/main/.venv/bin/python make_set.py
"""
import email
import email.policy
import glob
import html
import json
import os
import re
import subprocess
import sys

import render as R

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-12-04"
ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
         "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
         "appeal_deadline", "deadline_basis", "appeals_address"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(path, fallback):
    """The notice's text as a reader of its format gets it (for images: the text that was rendered)."""
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        layer = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        raw = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        if fallback is not None:  # image-only PDF: must have no text layer
            assert not layer.strip(), f"{path}: image-only PDF has a text layer"
            return fallback
        return layer + "\n" + raw
    if ext in ("jpg", "png", "tif"):
        return fallback
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []
        body = d.element.body
        for el in body.iterchildren():
            tag = el.tag.rsplit("}", 1)[1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in el.iter():
                    if tr.tag.endswith("}tr"):
                        cells = []
                        for tc in tr:
                            if tc.tag.endswith("}tc"):
                                cells.append(" ".join("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                                      for p in tc.iter() if p.tag.endswith("}p")))
                        parts.append("   ".join(cells))
        for s in d.sections:
            parts += [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "eml":
        msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        parts = [f"{h}: {msg[h]}" for h in ("From", "To", "Subject", "Date")]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                c = part.get_content()
                if part.get_content_subtype() == "html":
                    c = html.unescape(re.sub(r"<[^>]+>", " ", c))
                parts.append(c)
        return "\n".join(parts)
    raise ValueError(path)


def date_forms(iso):
    d = R.D(iso)
    return {R.us(iso), R.dmy(iso), f"{d.month}/{d.day}/{d.year}", R.en_long(iso), R.es_long(iso),
            f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}", f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"}


def check(k, text, rule, printed):
    miss = []
    t = norm(text)
    tns = re.sub(r"\s+", "", text)

    def has(v):
        return norm(v) in t or re.sub(r"\s+", "", v) in tns

    for f in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        if f in k and not has(k[f]):
            miss.append(f"{f}={k[f]!r}")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in k.get(f, []):
            if not has(v):
                miss.append(f"{f}:{v}")
    for part in k["appeals_address"].split(", "):
        if not has(part):
            miss.append(f"address part {part!r}")
    for iso in [k["notice_date"]] + k.get("service_dates", []):
        forms = date_forms(iso) | set(printed.get(iso, []))
        if not any(norm(x) in t for x in forms):
            miss.append(f"date {iso} not printed")
    if "FICTIONAL" not in text and "MUESTRA FICTICIA" not in text:
        miss.append("no FICTIONAL line")
    if not k["notice_date"] < TODAY:
        miss.append("notice date not before today")
    for s in k.get("service_dates", []):
        if not s < k["notice_date"]:
            miss.append(f"service {s} not before notice")
    kind, n = rule
    want = {"days": lambda: R.plus_days(k["notice_date"], n), "months": lambda: R.plus_months(k["notice_date"], n),
            "stated": lambda: n}[kind]()
    if want != k["appeal_deadline"]:
        miss.append(f"deadline {k['appeal_deadline']} != {want}")
    if kind == "stated" and not any(norm(x) in t for x in date_forms(n) | set(printed.get(n, []))):
        miss.append("stated deadline not printed")
    if list(k) != [x for x in ORDER if x in k]:
        miss.append("keys out of order")
    if not k["_note"].startswith("FICTIONAL"):
        miss.append("note does not say FICTIONAL")
    return miss


def main():
    import cases_a
    import cases_b
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        os.remove(old)
    total, bad = 0, 0
    rows = []
    for fn in cases_a.CASES + cases_b.CASES:
        res = fn(HERE)
        k, fallback, rule = res[:3]
        printed = res[3] if len(res) > 3 else {}
        path = os.path.join(HERE, k["file"])
        text = text_of(path, fallback)
        miss = check(k, text, rule, printed)
        stem = k["file"].rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        nf = len([x for x in k if x not in ("file", "_note")])
        total += nf
        rows.append((k["file"], nf))
        if miss:
            bad += 1
            print("MISS", k["file"], miss)
        else:
            print("ok  ", k["file"], nf, "fields")
    print(f"{len(rows)} notices, {total} fields, {bad} with misses")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
