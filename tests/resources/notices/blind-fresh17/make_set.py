"""Rebuild the intake17 blind set (FICTIONAL notices): delete every NN-* file, write every notice and its
NN-slug.expected.json again, then check that each expected value is printed in the notice it names.
Run: /work/main/.venv/bin/python make_set.py"""
import glob, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import cases_a, cases_b


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check(k, text):
    errs = []
    t = norm(text)
    t_ns = t.replace(" ", "")
    if "fictional" not in t and "muestra ficticia" not in t:
        errs.append("no FICTIONAL line")
    for fld in ["patient_name", "member_id", "claim_number", "deadline_basis"]:
        v = k.get(fld)
        if v and norm(v) not in t and norm(v).replace(" ", "") not in t_ns:
            errs.append(f"{fld} {v!r} not printed")
    for fld in ["procedure_codes", "diagnosis_codes", "carc_codes"]:
        for v in k.get(fld, []):
            if norm(v) not in t:
                errs.append(f"{fld} {v!r} not printed")
    for part in k.get("appeals_address", "").split(", "):
        if part and norm(part) not in t:
            errs.append(f"address part {part!r} not printed")
    nd = D(k["notice_date"])
    if not any(norm(x) in t for x in date_forms(nd)):
        errs.append("notice date not printed")
    if not nd < TODAY:
        errs.append("notice date not before today")
    for s in k.get("service_dates", []):
        d = D(s)
        if not any(norm(x) in t for x in date_forms(d)):
            errs.append(f"service date {s} not printed")
        if not d < nd:
            errs.append(f"service date {s} not before notice")
    dl = D(k["appeal_deadline"])
    b = k["deadline_basis"]
    m = re.search(r"(\d+)\s*(days|días|months|meses)", b)
    if m:
        n = int(m.group(1))
        exp = add_months(nd, n) if m.group(2) in ("months", "meses") else add_days(nd, n)
        if exp != dl:
            errs.append(f"deadline {dl} != {exp}")
    elif not any(norm(x) in norm(b) for x in date_forms(dl)):
        errs.append("stated deadline date not in its basis")
    if list(k) != [x for x in ORDER if x in k] or not k["_note"].startswith("FICTIONAL"):
        errs.append("key order or note")
    return errs


def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9]-*")):
        os.remove(f)
    bad = 0
    n_fields = 0
    for fn in cases_a.CASES + cases_b.CASES:
        k, text = fn()
        assert os.path.exists(os.path.join(OUT, k["file"])), k["file"]
        stem = k["file"].rsplit(".", 1)[0]
        with open(os.path.join(OUT, stem + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        errs = check(k, text)
        n_fields += len(k) - 2
        print(("OK   " if not errs else "FAIL ") + k["file"] + (": " + "; ".join(errs) if errs else ""))
        bad += bool(errs)
    print(f"{len(cases_a.CASES + cases_b.CASES)} cases, {n_fields} fields")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
