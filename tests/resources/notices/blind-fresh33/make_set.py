"""Build blind intake set 33 (FICTIONAL) deterministically, write the keys, and self-check them.

Run: /work/main/.venv/bin/python make_set.py [NN ...]   (exits 1 when any check fails)
"""
import datetime as dt
import email
import email.policy
import html
import io
import json
import os
import re
import sys
import zipfile
from email.message import EmailMessage

import numpy as np

import cases as C
import devices
from dates import add_months, f

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 12, 6)
EXT = dict(jpg="jpg", png="png", tif="tif", pdf_img="pdf", pdf="pdf", docx="docx", eml="eml", html="html",
           txt="txt")
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "benefit_limit",
              "coordination_of_benefits", "other"}
PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "unknown"}
# the rule a key uses when the notice prints no time limit (docs/domain.md, appeal-window table)
RULE = {"employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
        "governmental": (180, "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
        "church": (180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)")}
FIXED = dt.datetime(2026, 12, 6, 10, 0, 0)


# ------------------------------------------------------------------ text of a line model
def plain(line):
    for p in ("## ", "# ", "%", "|| "):
        if line.startswith(p):
            line = line[len(p):]
    return "" if line == "---" else line


def model_text(case, hidden=()):
    out = [plain(l).replace("\t", "  ") for i, l in enumerate(case["lines"]) if i not in hidden]
    out += [t for _, t in case.get("overlays", [])]
    return "\n".join(out)


# ------------------------------------------------------------------ writers
def write_image(case, path):
    rng = np.random.default_rng(3300 + case["n"])
    img, hidden = devices.DEVICES[case["device"]](case, rng)
    kind = case["kind"]
    if kind == "jpg":
        img.save(path, "JPEG", quality=88 if img.mode != "CMYK" else 90, optimize=True, dpi=(200, 200))
    elif kind == "png":
        img.save(path, "PNG", optimize=False, compress_level=9, dpi=(150, 150))
    elif kind == "tif":
        img.save(path, "TIFF", compression="group4", dpi=(204, 196))
    elif kind == "pdf_img":
        img.save(path, "PDF", resolution=200.0, title="Scan", author="Scanner app",
                 creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())
    return hidden


def write_pdf(case, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("DV", devices.FONTS["sans"][0]))
    pdfmetrics.registerFont(TTFont("DVB", devices.FONTS["sans"][1]))
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("Notice (FICTIONAL)")
    k = 612 / 1700
    y = 792 - 42
    for line in case["lines"]:
        fs, fn = 9.0, "DV"
        if line.startswith("## "):
            line, fs, fn = line[3:], 12.0, "DVB"
        elif line.startswith("# "):
            line, fn = line[2:], "DVB"
        if y < 40:
            c.showPage()
            y = 792 - 42
        if line == "---":
            c.setLineWidth(0.6)
            c.line(40, y + 3, 572, y + 3)
            y -= 8
            continue
        if line.startswith("%"):
            line = line[1:]
            c.setFillGray(0.88)
            c.rect(38, y - 3, 536, fs + 4, stroke=0, fill=1)
            c.setFillGray(0)
        c.setFont(fn, fs)
        for j, cell in enumerate(line.split("\t")):
            c.drawString(42 + case["tabs"][j] * k, y, cell)
        y -= fs + 4.5
    c.save()
    return set()


def _fix_zip(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 6, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_docx(case, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    table = None
    for line in case["lines"]:
        if line.startswith("|| "):
            cells = line[3:].split("\t")
            if table is None:
                table = d.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            row = table.add_row().cells
            for j, t in enumerate(cells):
                row[j].text = t
            continue
        table = None
        if line.startswith("## "):
            p = d.add_paragraph()
            r = p.add_run(line[3:])
            r.bold, r.font.size = True, Pt(15)
        elif line == "What you can do":
            p = d.add_paragraph()
            p.add_run(line).bold = True
        else:
            d.add_paragraph(line)
    cp = d.core_properties
    cp.author, cp.title = "Member Care Team", "Claim decision (FICTIONAL)"
    cp.created = cp.modified = FIXED
    cp.last_modified_by, cp.revision = "Member Care Team", 1
    d.save(path)
    _fix_zip(path)
    return set()


def html_of(lines, title, portal=False):
    out = ["<!DOCTYPE html>", "<html lang=\"es\"><head><meta charset=\"utf-8\">", f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:1em auto} td,th{padding:3px 10px;"
           "border-bottom:1px solid #ccc}</style></head><body>"]
    if portal:
        out.append("<nav><a href=\"https://alameda-rx.example/inicio\">Inicio</a> | <a href=\"https://alameda-rx."
                   "example/recetas\">Mis recetas</a> | <a href=\"https://alameda-rx.example/ayuda\">Ayuda</a></nav>")
    table = []

    def flush():
        if table:
            out.append("<table>")
            for k, row in enumerate(table):
                tag = "th" if k == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
            table.clear()
    for line in lines:
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        flush()
        if line.startswith("## "):
            out.append(f"<h2>{html.escape(line[3:])}</h2>")
        elif line.startswith("# "):
            out.append(f"<h3>{html.escape(line[2:])}</h3>")
        elif line == "---":
            out.append("<hr>")
        elif line:
            out.append(f"<p>{html.escape(line)}</p>")
    flush()
    if portal:
        out.append("<script>window.print && console.log('print');</script>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write_html(case, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(html_of(case["lines"], "Detalle de la decisión (MUESTRA FICTICIA)", portal=True))
    return set()


def write_eml(case, path):
    e = case["email"]
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"], msg["To"], msg["Date"], msg["Subject"] = e["frm"], e["to"], e["date"], e["subject"]
    msg["Message-ID"] = f"<set33-{case['n']:02d}@mail.example>"
    body = "\n".join(e["intro"] + [plain(l) for l in case["lines"]]) + "\n"
    cte_plain, cte_html = ("quoted-printable", "quoted-printable") if case["n"] == 14 else ("8bit", "base64")
    msg.set_content(body, subtype="plain", charset="utf-8", cte=cte_plain)
    lines_html = [html.escape(l) for l in e["intro"]]
    inner = html_of(case["lines"], e["subject"])
    inner = inner.split("<body>", 1)[1].rsplit("</body>", 1)[0]
    page = ("<html><head><meta charset=\"utf-8\"></head><body><div>" + "<br>\n".join(lines_html) +
            "</div><blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" + inner +
            "</blockquote></body></html>\n")
    msg.add_alternative(page, subtype="html", charset="utf-8", cte=cte_html)
    msg.set_boundary(f"==set33-{case['n']:02d}-boundary==")
    with open(path, "wb") as fh:
        fh.write(msg.as_bytes())
    return set()


def write_txt(case, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(plain(l) for l in case["lines"]) + "\n")
    return set()


WRITERS = dict(jpg=write_image, png=write_image, tif=write_image, pdf_img=write_image, pdf=write_pdf,
               docx=write_docx, eml=write_eml, html=write_html, txt=write_txt)


# ------------------------------------------------------------------ reading back
def read_back(case, path, hidden):
    kind = case["kind"]
    if kind in ("jpg", "png", "tif", "pdf_img"):
        return model_text(case, hidden)
    if kind == "pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if kind == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        # the table's two columns read top to bottom too, as a reader would
        for t in d.tables:
            for col in range(2):
                parts.append("\n".join(row.cells[col].text for row in t.rows))
        return "\n".join(parts)
    if kind == "eml":
        with open(path, "rb") as fh:
            m = email.message_from_binary_file(fh, policy=email.policy.default)
        parts = [f"{h}: {m[h]}" for h in ("From", "To", "Date", "Subject")]
        for part in m.walk():
            if part.get_content_maintype() == "text":
                c = part.get_content()
                if part.get_content_subtype() == "html":
                    c = html.unescape(re.sub(r"<[^>]+>", " ", c))
                parts.append(c)
        return "\n".join(parts)
    if kind == "html":
        with open(path, encoding="utf-8") as fh:
            return html.unescape(re.sub(r"<[^>]+>", " ", fh.read()))
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ keys and checks
def deadline(case):
    k, nd = case["key"], case["key"]["notice_date"]
    w = case["window"]
    if w[0] == "days":
        return nd + dt.timedelta(w[1])
    if w[0] == "months":
        return add_months(nd, w[1])
    if w[0] == "date":
        return w[1]
    return nd + dt.timedelta(RULE[k["plan_type"]][0])


def build_key(case, fname):
    k = case["key"]
    out = {"file": fname, "_note": "FICTIONAL. " + case["note"]}
    out["patient_name"] = k["patient_name"]
    out["member_id"] = k["member_id"]
    out["claim_number"] = k["claim_number"]
    out["notice_date"] = k["notice_date"].isoformat()
    if "service_dates" in k:
        out["service_dates"] = [d.isoformat() for d in sorted(k["service_dates"])]
    for fld in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        if fld in k:
            out[fld] = list(k[fld])
    out["denial_category"] = k["denial_category"]
    out["plan_type"] = k["plan_type"]
    out["urgent"] = k["urgent"]
    out["appeal_deadline"] = deadline(case).isoformat()
    out["deadline_basis"] = case["basis"]
    out["appeals_address"] = ", ".join(case["addr"])
    return out


def check(case, path, text, key):
    errs = []
    t = norm(text)
    k = case["key"]

    def has(s):
        return norm(s) in t

    def word(s):
        return re.search(r"(?<![\w-])" + re.escape(s) + r"(?![\w])", t) is not None
    if not (has("FICTIONAL") or has("FICTICIA")):
        errs.append("no FICTIONAL/FICTICIA on the face")
    for fld in ("patient_name", "member_id", "claim_number"):
        if not has(k[fld]):
            errs.append(f"{fld} {k[fld]!r} not printed")
    nd = k["notice_date"]
    if not has(case["nd_label"] + " " + case["nd_print"]):
        errs.append(f"notice date label+date {case['nd_label']} {case['nd_print']!r} not printed together")
    if case["nd_print"] not in {f(nd, s) for s in ("long", "us", "dmy", "abbr", "dmon", "iso", "es")}:
        errs.append("notice date printed is not the key's date")
    if not (dt.date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date out of range")
    sds = k.get("service_dates", [])
    for p in case["sd_prints"]:
        if not has(p):
            errs.append(f"service date {p!r} not printed")
    for d in sds:
        if not any(str(d.day) in p and (str(d.year) in p) for p in case["sd_prints"]):
            errs.append(f"service date {d} has no printed form")
        if d >= nd:
            errs.append(f"service date {d} not before the notice")
    if sds and sds != sorted(sds):
        errs.append("service dates not sorted")
    for fld in ("procedure_codes", "diagnosis_codes"):
        for c in k.get(fld, []):
            if not word(c):
                errs.append(f"{fld} {c} not printed as a word")
    for c in k.get("carc_codes", []):
        if not word(c):
            errs.append(f"CARC {c} not printed")
    if k["denial_category"] not in CATEGORIES or not has(case["cat_ev"]):
        errs.append("category or its evidence")
    if k["plan_type"] not in PLAN_TYPES or not has(case["plan_ev"]):
        errs.append("plan type or its evidence")
    if k["plan_type"] == "employer_erisa" and re.search(r"church|state employees|county", case["plan_ev"], re.I):
        errs.append("ERISA evidence names a church or government plan")
    if bool(case["urgent_ev"]) != k["urgent"] or (case["urgent_ev"] and not has(case["urgent_ev"])):
        errs.append("urgency evidence")
    w = case["window"]
    if w[0] == "rule":
        if case["basis"] != RULE[k["plan_type"]][1]:
            errs.append("rule basis is not the plan type's citation")
    else:
        if not has(case["basis"]) or not re.search(r"\d", case["basis"]):
            errs.append(f"stated basis {case['basis']!r} not printed or without its number")
        if w[0] in ("days", "months") and str(w[1]) not in case["basis"]:
            errs.append("basis does not carry the window's number")
        if w[0] == "date" and not any(f(w[1], s) in case["basis"] for s in ("long", "es", "us")):
            errs.append("basis does not carry the stated date")
    pos, prev = -1, None
    starts = [m.start() for m in re.finditer(re.escape(norm(case["addr"][0])), t)]
    ok = False
    for s0 in starts:
        pos, good = s0, True
        for part in case["addr"][1:]:
            q = t.find(norm(part), pos + 1)
            if q < 0 or q - pos > 200:
                good = False
                break
            pos = q
        if good:
            ok = True
            break
    if not ok:
        errs.append("appeals address parts not found in order")
    keyvals = {json.dumps(v, ensure_ascii=False) for v in key.values()} | {
        x for v in key.values() if isinstance(v, list) for x in v} | {v for v in key.values() if isinstance(v, str)}
    for tr in case["traps"]:
        if not has(tr):
            errs.append(f"trap {tr!r} not printed")
        if tr in keyvals or any(tr == p for p in case["addr"]):
            errs.append(f"trap {tr!r} is a keyed value")
    for m in re.finditer(r"(?<![\w-])(\d)-(\d{3})-(\d{3})-(\d{4})(?![\w-])", t):
        if m.group(2) != "555" or not m.group(4).startswith("01"):
            errs.append(f"phone {m.group(0)} is not 555-01xx")
    for m in re.finditer(r"[\w.-]+\.(com|org|net|gov|edu|io|us)\b", t):
        errs.append(f"domain {m.group(0)} is not .example")
    size = os.path.getsize(path)
    if size >= 4 * 1024 * 1024:
        errs.append(f"file is {size} bytes")
    return errs


def main(argv):
    only = {int(a) for a in argv}
    if not only:
        for name in os.listdir(HERE):
            if re.match(r"\d\d-", name):
                os.remove(os.path.join(HERE, name))
    total, fields, en, es, bad = 0, 0, 0, 0, 0
    for fn in C.CASES:
        case = fn()
        if only and case["n"] not in only:
            continue
        case.setdefault("overlays", [])
        base = f"{case['n']:02d}-{case['slug']}"
        fname = f"{base}.{EXT[case['kind']]}"
        path = os.path.join(HERE, fname)
        for name in os.listdir(HERE):
            if name.startswith(f"{case['n']:02d}-"):
                os.remove(os.path.join(HERE, name))
        hidden = WRITERS[case["kind"]](case, path)
        key = build_key(case, fname)
        text = read_back(case, path, hidden)
        errs = check(case, path, text, key)
        with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        n_fields = len(key) - 2
        total += 1
        fields += n_fields
        en += n_fields if case["lang"] == "en" else 0
        es += n_fields if case["lang"] == "es" else 0
        for e in errs:
            print(f"{base}: {e}")
        bad += bool(errs)
    n_es = sum(1 for fn in C.CASES if fn()["lang"] == "es" and (not only or fn()["n"] in only))
    print(f"{total} notices ({n_es} in Spanish), {fields} keyed fields (English {en}, Spanish {es}); "
          f"self-check: {'all keys found' if not bad else f'{bad} notices FAILED'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
