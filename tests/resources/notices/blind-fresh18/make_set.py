"""Build the intake18 blind set: delete every NN-* file, write every notice and key, self-check.

Usage: /work/main/.venv/bin/python make_set.py   (exit 1 on any self-check miss). FICTIONAL material only.
"""
import email
import glob
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases_a  # noqa: E402
import cases_b  # noqa: E402
from common import TODAY, D, date_forms, plus_days, plus_months, write_key, KEY_ORDER  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def doc_text(path, drawn):
    """The notice's own text as a reader gets it; for images, what was drawn on them."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        out += subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        if len(out.strip()) > 50:
            return out, "pdftotext"
        return "\n".join(drawn) + "\n" + " ".join(drawn), "drawn (image-only PDF)"
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        for s in d.sections:
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts), "python-docx"
    if ext == "eml":
        with open(path, "rb") as fh:
            m = email.message_from_binary_file(fh)
        parts = [str(m["Subject"])]
        for part in m.walk():
            if part.get_content_maintype() == "text":
                t = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
                if part.get_content_subtype() == "html":
                    t = re.sub(r"<[^>]+>", " ", t)
                    import html
                    t = html.unescape(t)
                parts.append(t)
        return "\n".join(parts), "email"
    if ext == "txt":
        with open(path, encoding="utf-8") as fh:
            return fh.read(), "file"
    return "\n".join(drawn) + "\n" + " ".join(drawn), "drawn (image)"


def check(key, path, drawn):
    text, how = doc_text(path, drawn)
    t = norm(text)
    t_nospace = t.replace(" ", "")
    miss = []

    def has(v):
        v = norm(v)
        return v in t or v.replace(" ", "") in t_nospace

    for fld in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        if fld in key and not has(key[fld]):
            miss.append(f"{fld}={key[fld]!r}")
    for fld in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in key.get(fld, []):
            if not has(v):
                miss.append(f"{fld}:{v}")
    for part in key["appeals_address"].split(", "):
        if not has(part):
            miss.append(f"appeals_address part {part!r}")
    dates = [key["notice_date"]] + key.get("service_dates", [])
    for iso in dates:
        d = D(*map(int, iso.split("-")))
        if not any(f in t for f in date_forms(d)):
            miss.append(f"date {iso} not printed")
    if "fictional" not in t and "muestra ficticia" not in t:
        miss.append("no FICTIONAL line")
    nd = D(*map(int, key["notice_date"].split("-")))
    if nd >= TODAY:
        miss.append("notice date not before today")
    for iso in key.get("service_dates", []):
        if D(*map(int, iso.split("-"))) >= nd:
            miss.append(f"service {iso} not before notice")
    dl = D(*map(int, key["appeal_deadline"].split("-")))
    m = re.search(r"(\d+)\s*(?:calendar\s+)?(days|días|dias|months|meses)", key["deadline_basis"])
    if m:
        n = int(m.group(1))
        want = plus_months(nd, n) if m.group(2) in ("months", "meses") else plus_days(nd, n)
        if want != dl:
            miss.append(f"deadline {dl} != notice + {n} {m.group(2)} ({want})")
    elif not any(f in norm(key["deadline_basis"]) for f in date_forms(dl)):
        miss.append("stated deadline date not in basis")
    if list(key) != [k for k in KEY_ORDER if k in key]:
        miss.append("key order")
    if not key["_note"].startswith("FICTIONAL"):
        miss.append("_note")
    if "FICT" not in key["member_id"]:
        miss.append("member_id without FICT")
    return miss, how


def main():
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        os.remove(old)
    bad = 0
    total = 0
    for fn in cases_a.CASES + cases_b.CASES:
        key, drawn = fn(HERE)
        path = os.path.join(HERE, key["file"])
        write_key(path.rsplit(".", 1)[0] + ".expected.json", key)
        miss, how = check(key, path, drawn)
        nfields = len(key) - 2
        total += nfields
        print(f"{key['file']:<70} {nfields:>2} fields  [{how}]  {'OK' if not miss else 'MISS: ' + '; '.join(miss)}")
        bad += bool(miss)
    print(f"total fields: {total}; cases with misses: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
