"""Rebuild the blind-fresh9 set from scratch and self-check it. Everything it writes is FICTIONAL.

Run from this folder:  /work/main/.venv/bin/python make_set.py
"""
import email
import json
import os
import re
import subprocess
import sys
from email.message import EmailMessage
from email.policy import default

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

import cases_en  # noqa: E402
import cases_es  # noqa: E402
import render  # noqa: E402

KEEP = {"make_set.py", "render.py", "common.py", "cases_en.py", "cases_es.py", "README.md", "__pycache__"}
LAST_DAY = "2026-12-03"


def write_docx(spec, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    for i, h in enumerate(spec["header"]):
        para = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
        r = para.add_run(h)
        r.bold = i == 0
        r.font.size = Pt(9 if i else 11)
    for kind, val in spec["blocks"]:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            para = d.add_paragraph()
            for j, ln in enumerate(val.split("\n")):
                r = para.add_run(ln)
                if j < len(val.split("\n")) - 1:
                    r.add_break()
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r_i, row in enumerate(val):
                for c_i, cell in enumerate(row):
                    t.cell(r_i, c_i).text = cell
                    if r_i == 0 and len(val[0]) > 2:
                        for run in t.cell(r_i, c_i).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
    d.core_properties.author = "FICTIONAL test generator"
    d.core_properties.title = "FICTIONAL notice"
    d.save(path)


def docx_text(path):
    d = docx.Document(path)
    out = [p.text for s in d.sections for p in s.header.paragraphs]
    out += [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out += [c.text for c in row.cells]
    return "\n".join(out)


def write_eml(spec, path):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"], m["Date"] = spec["from"], spec["to"], spec["subject"], spec["date"]
    m["Message-ID"] = "<fictional-%s@notices.example>" % os.path.basename(path).split("-")[0]
    if spec["html"]:
        m.set_content(spec["html"], subtype="html", cte=spec["cte"])
    else:
        m.set_content(spec["plain"], cte=spec["cte"])
    with open(path, "wb") as fh:
        fh.write(bytes(m))


def eml_text(path):
    with open(path, "rb") as fh:
        m = email.message_from_binary_file(fh, policy=default)
    assert m.get_content_type() in ("text/html", "text/plain"), m.get_content_type()
    body = m.get_content()
    body = re.sub(r"<br\s*/?>", "\n", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return body


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def build(c):
    path = os.path.join(HERE, c["file"])
    fmt, content, o = c["fmt"], c["content"], c["opts"]
    if fmt == "pdf":
        render.to_pdf(content, path)
        text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    elif fmt == "scan":
        render.scan_pdf(content, path, o["angles"], seed=len(c["file"]))
        layer = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
        assert not layer.strip(), (c["file"], "scan has a text layer")
        text = "\n".join(p.text_content() for p in content)
    elif fmt == "photo":
        render.photo(content[0], path, o["angle"], seed=len(c["file"]), shadow_corner=o["shadow"], fmt=o["fmt_img"])
        text = content[0].text_content()
    elif fmt == "fax":
        render.fax_tiff(content, path)
        text = "\n".join(p.text_content() for p in content)
    elif fmt == "docx":
        write_docx(content, path)
        text = docx_text(path)
    elif fmt == "txt":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(content)
        text = content
    elif fmt == "eml":
        write_eml(content, path)
        text = eml_text(path)
    else:
        raise ValueError(fmt)
    return text


def check(c, text):
    k, t = c["key"], norm(text)
    tl = t.lower()
    problems = []

    def need(s, what):
        if norm(s) not in t:
            problems.append(f"{what}: {s!r} not printed")

    assert "FICTIONAL" in t, c["file"]
    assert "FICTIONAL" in k["_note"]
    for fld in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        need(k[fld], fld)
    for code in k.get("procedure_codes", []) + k.get("diagnosis_codes", []) + k.get("carc_codes", []):
        need(code, "code")
    for part in k["appeals_address"].split(", "):
        need(part, "address part")
    for s in c["printed"]:
        need(s, "printed date")
    assert k["notice_date"] <= LAST_DAY, c["file"]
    for sd in k.get("service_dates", []):
        assert sd <= k["notice_date"], (c["file"], sd)
    assert k["appeal_deadline"] > k["notice_date"]
    assert "fictional" in tl
    if problems:
        raise SystemExit(c["file"] + ":\n  " + "\n  ".join(problems))


def main():
    for name in os.listdir(HERE):
        if name not in KEEP:
            os.remove(os.path.join(HERE, name))
    all_cases = [f() for f in cases_en.CASES + cases_es.CASES]
    assert len(all_cases) == 18
    nfields = 0
    rows = []
    for c in all_cases:
        text = build(c)
        check(c, text)
        kp = os.path.join(HERE, c["file"].rsplit(".", 1)[0] + ".expected.json")
        with open(kp, "w", encoding="utf-8") as fh:
            json.dump(c["key"], fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        nf = len([x for x in c["key"] if x not in ("file", "_note")])
        nfields += nf
        lang = "es" if c in all_cases[12:] else "en"
        rows.append(f"| {c['file']} | {lang} | {c['kind']} | {c['fmt']} | {nf} | {c['traps']} |")
        print("ok", c["file"], nf)
    with open(os.path.join(HERE, "TABLE.md"), "w", encoding="utf-8") as fh:
        fh.write("| file | lang | payer / kind | format | fields | traps |\n|---|---|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")
    print("total fields", nfields)


if __name__ == "__main__":
    main()
