"""Generator of blind intake set fresh7: 18 FICTIONAL denial notices and their answer keys.

Run: /work/main/.venv/bin/python make_set.py   (from this folder)
Writes every notice NN-slug.<ext> and NN-slug.expected.json here, then checks that every answer is printed in
the notice it names (pdftotext for text PDFs; the rendered layout text for images, fax and scans; python-docx
for Word; the decoded body for e-mail).
"""
import html as htmlmod, json, os, re, subprocess, sys
from datetime import date
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render as R
from cases_a import C as CA
from cases_b import C as CB

CASES = CA + CB
EXT = {"pdf": "pdf", "scanpdf": "pdf", "docx": "docx", "txt": "txt", "eml": "eml", "fax": "tif",
       "photo_jpg": "jpg", "photo_png": "png"}
ORDER = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
         "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
         "deadline_basis", "appeals_address"]


def build(c):
    fn = c["slug"] + "." + EXT[c["fmt"]]
    path = os.path.join(HERE, fn)
    fmt = c["fmt"]
    seed = int(c["slug"][:2])
    if fmt == "pdf":
        R.to_pdf(R.layout(c["lines"], c.get("family", "sans")), path)
        src = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        src += "\n" + subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    elif fmt in ("scanpdf", "fax", "photo_jpg", "photo_png"):
        pages = R.layout(c["lines"], c.get("family", "sans"))
        src = R.layout_text(pages)
        ims = R.to_images(pages, dpi=200)
        if fmt == "scanpdf":
            ims = [R.scan(im, seed + i, angle=c.get("angle", 0.6)) for i, im in enumerate(ims)]
            ims[0].save(path, "PDF", resolution=200, save_all=True, append_images=ims[1:])
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            assert not txt.strip(), "scan has a text layer"
        elif fmt == "fax":
            fx = R.fax_pages(ims, c["fax_header"])
            src += "\n" + "\n".join(c["fax_header"](i, len(fx)) for i in range(len(fx)))
            fx[0].save(path, compression="group4", dpi=(204, 98), save_all=True, append_images=fx[1:])
        else:
            assert len(ims) == 1, f"{fn}: photo notice must fit one page, got {len(ims)}"
            ph = R.photo(ims[0], seed, angle=c.get("angle", 4.0))
            if fmt == "photo_jpg":
                ph.save(path, "JPEG", quality=80)
            else:
                ph.save(path, "PNG")
    elif fmt == "docx":
        R.to_docx(c["lines"], path)
        src = R.docx_text(path)
    elif fmt == "txt":
        with open(path, "w", encoding="utf-8") as f:
            f.write(R.to_txt(c["lines"]))
        src = open(path, encoding="utf-8").read()
    elif fmt == "eml":
        e = c["eml"]
        m = EmailMessage()
        m["From"], m["To"], m["Subject"], m["Date"] = e["frm"], e["to"], e["subject"], e["date"]
        m["Message-ID"] = f"<fresh7-{seed}@mail.example>"
        m["X-Test-Note"] = "FICTIONAL test message; every name, plan, number and address is invented"
        if e.get("html"):
            m.set_content(e["html"], subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            m.set_content(e["text"], charset="utf-8", cte="base64" if e.get("b64") else "quoted-printable")
        with open(path, "wb") as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        pm = BytesParser(policy=policy.default).parse(open(path, "rb"))
        body = pm.get_body(preferencelist=("plain", "html")).get_content()
        body = htmlmod.unescape(re.sub(r"<[^>]+>", " ", body))
        src = "\n".join([pm["Subject"], pm["Date"], body])
    else:
        raise ValueError(fmt)
    return fn, src


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check(c, fn, src):
    k = c["key"]
    ns = norm(src)
    need = [k["patient_name"], k["member_id"], k["claim_number"], k["deadline_basis"]]
    need += k.get("procedure_codes", []) + k.get("diagnosis_codes", []) + k.get("carc_codes", [])
    need += [p.strip() for p in k["appeals_address"].split(", ")]
    need += c.get("must", [])
    missing = [n for n in need if norm(n) not in ns]
    assert not missing, f"{fn}: not printed: {missing}"
    assert k["notice_date"] <= date(2026, 12, 3)
    for d in k.get("service_dates", []):
        assert d <= k["notice_date"], (fn, d)
    assert k["appeal_deadline"] > k["notice_date"]


def key_json(c, fn):
    k = c["key"]
    out = {"file": fn, "_note": "All people, plans, administrators, numbers and addresses in this notice are fictional. " + c["note"]}
    for f in ORDER:
        if f in k:
            v = k[f]
            if isinstance(v, date):
                v = v.isoformat()
            elif isinstance(v, list):
                v = [x.isoformat() if isinstance(x, date) else x for x in v]
            out[f] = v
    if "extra_key" in c:
        out["_note"] += " TPA letter: administrator %r, plan %r (not scored keys)." % (
            c["extra_key"]["administrator"], c["extra_key"]["plan_name"])
    return out


def main():
    rows = []
    for c in CASES:
        fn, src = build(c)
        check(c, fn, src)
        kj = key_json(c, fn)
        with open(os.path.join(HERE, c["slug"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(kj, f, ensure_ascii=False, indent=2)
            f.write("\n")
        rows.append((fn, c["lang"], c["kind"], c["fmt"], c["trap"]))
        print("ok", fn, len(kj) - 2, "keys")
    with open(os.path.join(HERE, "cases.tsv"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")
    assert len(CASES) == 18 and sum(c["lang"] == "es" for c in CASES) == 6


if __name__ == "__main__":
    main()
