#!/usr/bin/env python3
"""Rebuild blind intake set 28 (FICTIONAL notices) deterministically, then self-check every key.

Usage: /work/main/.venv/bin/python make_set.py [NN ...]    exits 1 on any problem.
"""
import base64
import datetime as dt
import html as htmlmod
import io
import json
import os
import quopri
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dates  # noqa: E402
import devices  # noqa: E402
from devices import tab_stops  # noqa: E402
from cases_en import CASES as EN  # noqa: E402
from cases_es import CASES as ES  # noqa: E402

TODAY = dt.date(2026, 12, 6)
EXT = {"jpeg": "jpg", "png": "png", "tiff": "tif", "imgpdf": "pdf", "pdf": "pdf", "docx": "docx", "eml": "eml",
       "html": "html", "txt": "txt"}
ORDER = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
         "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
         "deadline_basis", "appeals_address"]
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "benefit_limit", "coding_billing", "timely_filing",
              "coordination_of_benefits", "other"}
# appeal windows by plan type (docs/domain.md's table with appeals-domain.md 1c), counted from the notice date
RULES = {
    "employer_erisa": (("days", 180), "29 CFR 2560.503-1(h)(3)(i)"),
    "individual_aca": (("days", 180), "45 CFR 147.136(b)(3)"),
    "medicare_advantage": (("days", 65), "42 CFR 422.582(b)"),
    "medicare": (("days", 120), "42 CFR 405.942"),
    "medicare_part_d": (("days", 65), "42 CFR 423.582(b)"),
    "medicaid": (("days", 60), "42 CFR 438.402(c)(2)(ii)"),
    "chip": (("days", 60), "42 CFR 457.1260, applying 42 CFR 438.402(c)(2)(ii)"),
    "fehb": (("months", 6), "5 CFR 890.105(b)(1)"),
    "governmental": (("days", 180), "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    "church": (("days", 180), "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    "tricare": (("days", 90), "32 CFR 199.10"),
}
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


# ---------------------------------------------------------------- keys
def deadline_for(c):
    k, nd = c["key"], c["key"]["notice_date"]
    w = c["window"]
    if w[0] == "rule":
        (unit, n), basis = RULES[k["plan_type"]]
    else:
        unit, n, basis = w[0], w[1], w[2]
    if unit == "days":
        return nd + dt.timedelta(days=n), basis
    if unit == "months":
        return dates.add_months(nd, n), basis
    return dates.read(n), basis  # a stated date: w = ("date", printed, basis)


def key_json(c, fname):
    k = dict(c["key"])
    dl, basis = deadline_for(c)
    k["appeal_deadline"], k["deadline_basis"] = dl, basis
    k["appeals_address"] = ", ".join(c["addr"])
    out = {"file": fname, "_note": c["note"]}
    for f in ORDER:
        if f in k:
            v = k[f]
            if isinstance(v, dt.date):
                v = v.isoformat()
            elif isinstance(v, list):
                v = [x.isoformat() if isinstance(x, dt.date) else x for x in v]
            out[f] = v
    return out


# ---------------------------------------------------------------- text model
def plain_lines(c):
    out = []
    for ln in c["lines"]:
        ln = ln[1:] if ln.startswith("#") else ln
        out.append("  ".join(p for p in ln.split("\t")))
    return out


def text_model(c):
    lines = plain_lines(c)
    if c["kind"] == "eml":
        e = c["eml"]
        head = [f"Date: {e['date']}", f"From: {e['frm']}", f"To: {e['to']}", f"Subject: {e['subject']}", ""]
        lines = head + e.get("note", []) + lines
    return "\n".join(lines)


# ---------------------------------------------------------------- writers
def write_txt(c, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(plain_lines(c)) + "\n")


def html_body(c):
    """Lines to HTML: '#' headings, tab rows to tables (a two-cell row block to a definition list)."""
    out, rows = [], []

    def flush():
        if not rows:
            return
        if all(len(r) == 2 for r in rows) and c["n"] == 16:
            out.append('<dl style="display:grid;grid-template-columns:12em 1fr;margin:0">')
            for a, b in rows:
                out.append(f"<dt>{htmlmod.escape(a)}</dt><dd style=\"margin:0\">{htmlmod.escape(b)}</dd>")
            out.append("</dl>")
        else:
            out.append('<table border="1" cellspacing="0" cellpadding="4">')
            for r in rows:
                out.append("<tr>" + "".join(f"<td>{htmlmod.escape(x)}</td>" for x in r) + "</tr>")
            out.append("</table>")
        rows.clear()

    for ln in c["lines"]:
        if "\t" in ln:
            rows.append(ln.split("\t"))
            continue
        flush()
        if ln.startswith("#"):
            out.append(f"<h3>{htmlmod.escape(ln[1:])}</h3>")
        elif ln == "":
            out.append("")
        else:
            out.append(f"<p style=\"margin:0\">{htmlmod.escape(ln)}</p>")
    flush()
    return "\n".join(out)


def write_html(c, path):
    body = html_body(c)
    page = f"""<!DOCTYPE html>
<html lang="{c['lang']}"><head><meta charset="utf-8"><title>Claim detail - FICTIONAL</title>
<style>body{{font-family:Arial,sans-serif;max-width:960px;margin:auto}} nav a{{margin-right:1em}}
.draft{{display:none}}</style>
<script>/* portal analytics stub: nothing is fetched */ var pageId = "claim-detail";</script></head>
<body>
{body}
<div class="draft">Draft note (not shown): appeal window under review</div>
</body></html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)


def write_eml(c, path):
    e = c["eml"]
    boundary = "=_set28_boundary_%02d" % c["n"]
    import email.utils

    def enc(a):
        name, addr = email.utils.parseaddr(a)
        return email.utils.formataddr((name, addr), charset="utf-8")
    head = [f"Date: {e['date']}", f"From: {enc(e['frm'])}", f"To: {enc(e['to'])}", f"Subject: {e['subject']}",
            f"Message-ID: <set28-{c['n']:02d}@mail.example>", "MIME-Version: 1.0"]
    if e.get("html_only"):
        page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">\n"
                + html_body(c) + "\n</body></html>\n")
        b64 = base64.encodebytes(page.encode("utf-8")).decode("ascii")
        msg = "\r\n".join(head + ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64",
                                  "", b64.replace("\n", "\r\n")])
    else:
        quote = e.get("quote")
        body_lines = e.get("note", []) + [("> " + x if quote else x) for x in plain_lines(c)]
        plain = "\r\n".join(body_lines) + "\r\n"
        hbody = "<br>\n".join(htmlmod.escape(x) for x in e.get("note", []))
        hquote = "<br>\n".join(htmlmod.escape(x) for x in plain_lines(c))
        page = (f"<html><body><div>{hbody}</div><blockquote style=\"border-left:2px solid #999;padding-left:8px\">"
                f"{hquote}</blockquote></body></html>\r\n")

        def qp(s):
            return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        msg = "\r\n".join(head + [f'Content-Type: multipart/alternative; boundary="{boundary}"', "",
                                  f"--{boundary}", "Content-Type: text/plain; charset=utf-8",
                                  "Content-Transfer-Encoding: quoted-printable", "", qp(plain),
                                  f"--{boundary}", "Content-Type: text/html; charset=utf-8",
                                  "Content-Transfer-Encoding: quoted-printable", "", qp(page),
                                  f"--{boundary}--", ""])
    with open(path, "wb") as fh:
        fh.write(msg.encode("ascii"))


def write_docx(c, path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    rows = []

    def flush():
        if not rows:
            return
        t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v
        rows.clear()

    for ln in c["lines"]:
        if "\t" in ln:
            rows.append(ln.split("\t"))
            continue
        flush()
        if ln.startswith("#"):
            doc.add_paragraph().add_run(ln[1:]).bold = True
        elif ln:
            doc.add_paragraph(ln)
    flush()
    cp = doc.core_properties
    cp.author, cp.title = "FICTIONAL sample", "Aviso - MUESTRA FICTICIA"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 6, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def write_pdf(c, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("DV", devices.FONT))
    pdfmetrics.registerFont(TTFont("DVB", devices.FONT_B))
    cv = canvas.Canvas(path, pagesize=letter, invariant=1)
    cv.setTitle("FICTIONAL sample notice")
    W, H = letter
    x0, y, size, lead = 54, H - 54, 9.6, 12.6
    tabs = c.get("tabs") or [0.0, 0.5]
    for ln in c["lines"]:
        bold = ln.startswith("#")
        ln = ln[1:] if bold else ln
        font = "DVB" if bold else "DV"
        cv.setFont(font, size + (1.5 if bold else 0))
        if "\t" in ln:
            cells = ln.split("\t")
            ts = tab_stops(c, len(cells))
            for i, cell in enumerate(cells):
                cv.drawString(x0 + ts[i] * (W - 2 * x0), y, cell)
        else:
            words, cur = ln.split(" "), ""
            for w in words:  # wrap at the right margin
                t = (cur + " " + w) if cur else w
                if cur and cv.stringWidth(t, font, size) > W - 2 * x0:
                    cv.drawString(x0, y, cur)
                    y -= lead
                    cur = w
                else:
                    cur = t
            cv.drawString(x0, y, cur)
        y -= lead
        if y < 40:
            raise SystemExit(f"notice {c['n']:02d}: text PDF overflows one page")
    cv.showPage()
    cv.save()


# ---------------------------------------------------------------- self-check
def norm(s):
    return " ".join(s.split())


def read_or_none(p, day_first):
    try:
        return dates.read(p, day_first)
    except ValueError:
        return None


def check(c, key, text):
    errs = []
    t = norm(text)
    tl = t.lower()
    k = c["key"]
    if "FICTIONAL" not in t and "FICTICIA" not in t:
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        if norm(k[f]) not in t:
            errs.append(f"{f} {k[f]!r} not printed")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in k.get(f, []):
            if not re.search(r"(?<![\w.-])" + re.escape(v) + r"(?![\w-])", t):
                errs.append(f"{f} {v} not printed as a word")
    nd = k["notice_date"]
    if norm(c["nd_label"] + " " + c["nd_printed"]) not in t:
        errs.append("notice-date label not followed by the printed date")
    if read_or_none(c["nd_printed"], c.get("day_first", False)) != nd:
        errs.append("printed notice date does not read as the key")
    if not (dt.date(2000, 1, 1) <= nd < TODAY):
        errs.append("notice date out of range")
    sd = k.get("service_dates", [])
    if c.get("sd_list"):
        m = re.fullmatch(r"([\d, y]+) de ([a-z]+) de (\d{4})", c["sd_printed"][0])
        ds = [int(x) for x in re.findall(r"\d+", m.group(1))]
        read = [dt.date(int(m.group(3)), dates.ES_M.index(m.group(2)) + 1, x) for x in ds]
    else:
        read = [read_or_none(p, c.get("day_first", False)) for p in c["sd_printed"]]
    for p in c["sd_printed"]:
        if p not in t:
            errs.append(f"service date {p!r} not printed")
    if None in read or sorted(read) != list(sd) or sd != sorted(sd):
        errs.append("service dates printed do not read as the keyed ones")
    if any(x >= nd for x in sd):
        errs.append("a service date is not before the notice")
    if k["denial_category"] not in CATEGORIES:
        errs.append("unknown category")
    if k["plan_type"] not in RULES:
        errs.append("unknown plan type")
    for w in c["ev_cat"] + c["ev_plan"]:
        if w.lower() not in tl:
            errs.append(f"evidence {w!r} missing")
    if k["urgent"] != bool(c["ev_urgent"]):
        errs.append("urgent and its evidence disagree")
    for w in c["ev_urgent"] or []:
        if w.lower() not in tl or not re.search(r"expedited|fast|urgent|acelerada|rápida", w, re.I):
            errs.append(f"urgent evidence {w!r} missing or weak")
    dl, basis = deadline_for(c)
    if key["appeal_deadline"] != dl.isoformat() or key["deadline_basis"] != basis:
        errs.append("deadline or basis not as recomputed")
    w = c["window"]
    if w[0] == "rule":
        if basis != RULES[k["plan_type"]][1]:
            errs.append("rule basis is not the plan type's citation")
    else:
        if norm(basis) not in t:
            errs.append("stated basis is not the notice's own words")
        if w[0] in ("days", "months") and str(w[1]) not in basis:
            errs.append("stated basis lacks its number")
        if w[0] == "date" and w[1] not in basis:
            errs.append("stated date not in its basis")
    if dl <= nd:
        errs.append("deadline not after the notice")
    # appeals address: parts in order, each within 160 characters of the last, from some occurrence of the first
    parts, ok = [norm(p) for p in c["addr"]], False
    for m in re.finditer(re.escape(parts[0]), t):
        pos, good = m.end(), True
        for p in parts[1:]:
            j = t.find(p, pos)
            if j < 0 or j - pos > 160:
                good = False
                break
            pos = j + len(p)
        ok = ok or good
    if not ok:
        errs.append("appeals address parts not found in order")
    if key["appeals_address"] != ", ".join(c["addr"]):
        errs.append("keyed address is not its parts joined")
    keyed = set()
    for v in key.values():
        keyed.update(v if isinstance(v, list) else [v])
    for tr in c["traps"]:
        if tr in keyed:
            errs.append(f"trap {tr!r} is a keyed value")
        if norm(tr) not in t:
            errs.append(f"trap {tr!r} not in the text")
    for m in re.finditer(r"555-(\d{4})", t):
        if not m.group(1).startswith("01"):
            errs.append(f"phone 555-{m.group(1)} not 555-01xx")
    for m in re.finditer(r"[\w.-]+@([\w.-]+)|www\.([\w.-]+)", t):
        dom = (m.group(1) or m.group(2)).rstrip(".")
        if not dom.endswith(".example"):
            errs.append(f"domain {dom} not .example")
    return errs


# ---------------------------------------------------------------- main
def build(c):
    fname = f"{c['n']:02d}-{c['slug']}.{EXT[c['kind']]}"
    path = os.path.join(HERE, fname)
    kind = c["kind"]
    if kind == "txt":
        write_txt(c, path)
    elif kind == "html":
        write_html(c, path)
    elif kind == "eml":
        write_eml(c, path)
    elif kind == "docx":
        write_docx(c, path)
    elif kind == "pdf":
        write_pdf(c, path)
    else:
        devices.make_image(c, path)
    key = key_json(c, fname)
    with open(os.path.join(HERE, f"{c['n']:02d}-{c['slug']}.expected.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return fname, key


def main(argv):
    cases = [f() for f in EN + ES]
    want = {int(a) for a in argv}
    if want:
        cases = [c for c in cases if c["n"] in want]
    for c in cases:
        for f in os.listdir(HERE):
            if re.match(rf"{c['n']:02d}-", f):
                os.remove(os.path.join(HERE, f))
    problems, fields = 0, {"en": 0, "es": 0}
    for c in cases:
        fname, key = build(c)
        errs = check(c, key, text_model(c))
        fields[c["lang"]] += len([f for f in key if f not in ("file", "_note")])
        for e in errs:
            print(f"{fname}: {e}")
        problems += len(errs)
    ns = sum(1 for c in cases if c["lang"] == "es")
    status = "all keys found" if not problems else f"{problems} PROBLEMS"
    print(f"{len(cases)} notices ({ns} in Spanish), {fields['en'] + fields['es']} keyed fields "
          f"(English {fields['en']}, Spanish {fields['es']}); self-check: {status}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
