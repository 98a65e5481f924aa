"""Build blind intake set 19 (FICTIONAL notices) and self-check every key against its notice's text.

Deletes every NN-* file here, writes each notice and NN-slug.expected.json again, then checks each key against the
notice's own text model (what was drawn for images; pdftotext for text PDFs; python-docx for Word; decoded bodies for
e-mail; the file for text). Exits 1 on any miss.
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import docx  # noqa: E402

import cases_a  # noqa: E402
import cases_b  # noqa: E402
from common import HERE, KEY_ORDER, TODAY, D, date_forms, deadline_from, write_key  # noqa: E402


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        a = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        return a + "\n" + b
    if ext == ".docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == ".eml":
        with open(path, "rb") as f:
            m = email.message_from_binary_file(f, policy=email.policy.default)
        parts = [f"{k}: {m[k]}" for k in ("Date", "From", "To", "Subject")]
        for part in m.walk():
            if part.get_content_maintype() == "text":
                body = part.get_content()
                if part.get_content_subtype() == "html":
                    body = html.unescape(re.sub(r"<br\s*/?>", "\n", body))
                    body = re.sub(r"<[^>]+>", " ", body)
                parts.append(body)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def check(case):
    key, rule = case["key"], case["rule"]
    path = os.path.join(HERE, key["file"])
    misses = []
    if not os.path.exists(path):
        return [f"{key['file']}: file not written"]
    txt = case["text"] if case["text"] is not None else text_of(path)
    t = norm(txt)
    t_nospace = t.replace(" ", "")

    def has(s):
        s = norm(s)
        return s in t or s.replace(" ", "") in t_nospace

    if list(key) != [k for k in KEY_ORDER if k in key]:
        misses.append("keys out of order")
    if not key["_note"].startswith("FICTIONAL"):
        misses.append("_note does not start with FICTIONAL")
    if "FICT" not in key["member_id"]:
        misses.append("member_id lacks FICT")
    if "fictional" not in t and "muestra ficticia" not in t:
        misses.append("no FICTIONAL line")
    for f in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        if f in key and not has(key[f]):
            misses.append(f"{f} {key[f]!r} not in text")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for c in key.get(f, []):
            if not has(c):
                misses.append(f"{f} {c!r} not in text")
    for part in key["appeals_address"].split(", "):
        if not has(part):
            misses.append(f"address part {part!r} not in text")
    nd = D(key["notice_date"])
    if nd >= TODAY:
        misses.append("notice date not before 2026-12-04")
    if not any(f in t for f in date_forms(nd)):
        misses.append(f"notice date {nd} not printed")
    for s in key.get("service_dates", []):
        sd = D(s)
        if sd >= nd:
            misses.append(f"service date {s} not before the notice date")
        if not any(f in t for f in date_forms(sd)):
            misses.append(f"service date {s} not printed")
    if deadline_from(nd, rule).isoformat() != key["appeal_deadline"]:
        misses.append(f"deadline {key['appeal_deadline']} != notice + {rule}")
    if rule[0] == "date" and not any(f in t for f in date_forms(D(rule[1]))):
        misses.append("stated deadline date not printed")
    if not isinstance(key.get("urgent"), bool):
        misses.append("urgent missing")
    return [f"{key['file']}: {m}" for m in misses]


def main():
    for p in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        os.remove(p)
    cases = []
    for fn in cases_a.CASES + cases_b.CASES:
        c = fn()
        write_key(c["key"])
        cases.append(c)
    misses = []
    fields = 0
    by_lang = {"en": 0, "es": 0}
    for c in cases:
        misses += check(c)
        n = len([k for k in c["key"] if k not in ("file", "_note")])
        fields += n
        by_lang["es" if c.get("lang") == "es" else "en"] += n
    for m in misses:
        print("MISS", m)
    notices = len(cases)
    spanish = sum(1 for c in cases if c.get("lang") == "es")
    print(f"{notices} notices ({spanish} in Spanish), {fields} keyed fields (English {by_lang['en']}, Spanish "
          f"{by_lang['es']}); self-check: {'FAILED, ' + str(len(misses)) + ' misses' if misses else 'all keys found'}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
