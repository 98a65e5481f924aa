"""Re-creates the FICTIONAL blind-fresh11 intake set from scratch and self-checks it.
Run: /work/main/.venv/bin/python make_set.py   (in this folder)"""
import datetime as dt, email, glob, json, os, re, subprocess, sys
from email import policy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render as R

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 12, 4)
FICT = "FICTIONAL: every person, plan, number and address in this document is invented for software testing."
FICT_ES = "FICTICIO: todas las personas, planes, números y direcciones de este documento son inventados para pruebas de software."
KEYORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
            "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
            "appeal_deadline", "deadline_basis", "appeals_address"]


def days(d, n):
    return (dt.date.fromisoformat(d) + dt.timedelta(n)).isoformat()


def months(d, n):
    x = dt.date.fromisoformat(d)
    m = x.month - 1 + n
    return dt.date(x.year + m // 12, m % 12 + 1, x.day).isoformat()


def text_of(path, extra=""):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + m + [path, "-"], capture_output=True, text=True).stdout
                         for m in (["-layout"], [], ["-raw"])) + extra
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "eml":
        m = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
        out = [str(m["Date"]), str(m["Subject"])]
        for part in m.walk():
            if part.get_content_maintype() == "text":
                out.append(part.get_content())
        return "\n".join(out)
    return extra  # images: the rendered layout text


def norm(s):
    return re.sub(r"\s+", " ", s)


def check(case, text):
    k, pr = case["key"], case["printed"]
    t = norm(text)
    tn = re.sub(r"\s+", "", text)
    errs = []

    def need(v, what):
        if norm(v) not in t and re.sub(r"\s+", "", v) not in tn:
            errs.append("%s %r not printed" % (what, v))
    for f in ["patient_name", "member_id", "claim_number", "deadline_basis"]:
        if f in k:
            need(k[f], f)
    for f in ["procedure_codes", "diagnosis_codes"]:
        for c in k.get(f, []):
            need(c, f)
    for c in k.get("carc_codes", []):
        need(c.split("-")[1], "carc")
    for part in k["appeals_address"].split(", "):
        need(part, "address part")
    need(pr["notice_date"], "notice date")
    for s in pr.get("service_dates", []):
        need(s, "service date")
    if "appeal_deadline" in pr:
        need(pr["appeal_deadline"], "stated deadline")
    need("FICTI", "fictional line")
    nd = dt.date.fromisoformat(k["notice_date"])
    assert nd < TODAY, case["file"]
    for s in k.get("service_dates", []):
        assert dt.date.fromisoformat(s) <= nd, (case["file"], s)
    assert len(k.get("service_dates", [])) == len(pr.get("service_dates", [])), case["file"]
    assert "ictional" in k["_note"] or "FICTIONAL" in k["_note"]
    return errs


def main():
    import cases_a, cases_b, cases_c
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        os.remove(f)
    cases = cases_a.CASES + cases_b.CASES + cases_c.CASES
    bad = 0
    rows = []
    for make in cases:
        case = make()
        path = os.path.join(HERE, case["file"])
        extra = case["build"](path) or ""
        text = text_of(path, extra)
        errs = check(case, text)
        if case["file"].endswith(".pdf") and case.get("image_only"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                errs.append("scan has a text layer")
        for e in errs:
            print("CHECK FAILED", case["file"], e)
            bad += 1
        key = {"file": case["file"]}
        key.update(case["key"])
        key = {f: key[f] for f in KEYORDER if f in key}
        with open(path.rsplit(".", 1)[0] + ".expected.json", "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        rows.append(case)
        print("ok" if not errs else "BAD", case["file"], len(key) - 2, "fields")
    print("%d notices, %d fields, %d check failures" % (len(rows), sum(len([x for x in c["key"] if x != "_note"]) for c in rows), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
