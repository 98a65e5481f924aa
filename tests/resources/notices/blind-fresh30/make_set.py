"""Build blind intake set 30 (FICTIONAL): every notice, its NN-slug.expected.json, and a self-check.

Usage: /work/main/.venv/bin/python make_set.py [NN ...]   (no arguments: rebuild all). Exits 1 on any problem.
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
import time
import zipfile
from html.parser import HTMLParser

import numpy as np

import devices
from cases import CASES
from dates import FORMATS, add_days, add_months, en, es

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 12, 6)
EXT = dict(jpg="jpg", png="png", tif="tif", pdfimg="pdf", pdf="pdf", docx="docx", eml="eml", html="html", txt="txt")
IMAGE_KINDS = {"jpg", "png", "tif", "pdfimg"}
RULES = {   # plan type: (count, unit, citation) from docs/domain.md's appeal-window table
    "employer_erisa": (180, "days", "29 CFR 2560.503-1(h)(3)(i)"),
    "individual_aca": (180, "days", "45 CFR 147.136(b)(3)"),
    "governmental": (180, "days", "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    "church": (180, "days", "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    "medicare_advantage": (65, "days", "42 CFR 422.582(b)"),
    "medicare_part_d": (65, "days", "42 CFR 423.582(b)"),
    "medicare": (120, "days", "42 CFR 405.942"),
    "medicaid": (60, "days", "42 CFR 438.402(c)(2)(ii)"),
    "chip": (60, "days", "42 CFR 457.1260, applying 42 CFR 438.402(c)(2)(ii)"),
    "fehb": (6, "months", "5 CFR 890.105(b)(1)"),
    "tricare": (90, "days", "32 CFR 199.10"),
}
PLAN_HINTS = {   # words the plan-type evidence must hold for the keyed type
    "employer_erisa": r"ERISA|employer", "individual_aca": r"Marketplace|Mercado|Student|Estudiantil|individual",
    "governmental": r"government|gobierno", "church": r"church|iglesia", "fehb": r"Federal Employees",
    "tricare": r"TRICARE", "medicaid": r"Medicaid", "chip": r"CHIP", "medicare_advantage": r"Medicare Advantage",
    "medicare": r"Original Medicare|Medicare Summary", "medicare_part_d": r"Part D|Parte D",
}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "benefit_limit",
              "coordination_of_benefits", "other"}
FIXED_TIME = time.struct_time((2026, 12, 6, 0, 0, 0, 6, 340, 0))


def fname(c):
    return f"{c['n']:02d}-{c['slug']}"


# ------------------------------------------------------------------------------------------------ writers
def plain_lines(c, width=None):
    """The lines as plain text: tab cells padded to their stops (character columns for txt)."""
    out = []
    for raw in c["lines"]:
        line, ts = (raw[2:], "h") if raw.startswith("h|") else (raw, "")
        line = line.lstrip("#")
        if "\t" in line and c["kind"] == "txt":
            stops = c["tabs"][ts]
            s = ""
            for i, cell in enumerate(line.split("\t")):
                if i:
                    s = s.ljust(stops[i]) if len(s) < stops[i] else s + " "
                s += cell
            out.append(s.rstrip())
        else:
            out.append(line.replace("\t", "  "))
    return out


def write_image(c, path):
    rng = np.random.default_rng(3000 + c["n"])
    dev = devices.DEVICES[c["device"]]
    if c["device"] == "cleartype":
        img, fmt, kw = dev(lambda s: devices.render(c, s), rng, c)
    else:
        page, boxes = devices.render(c)
        img, fmt, kw = dev(page, boxes, rng, c) if c["device"] in ("markup", "droop") else dev(page, rng, c)
    if fmt == "PDF":
        img.save(path, "PDF", resolution=200.0, creationDate=FIXED_TIME, modDate=FIXED_TIME,
                 title=f"Scan {c['n']:02d}", producer="set30")
    else:
        img.save(path, fmt, **kw)


def write_pdf(c, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("DV", devices.FONTS["sans"][0]))
    pdfmetrics.registerFont(TTFont("DVB", devices.FONTS["sans"][1]))
    cv = canvas.Canvas(path, pagesize=letter, invariant=1)
    cv.setTitle("Notice of Denial of Medical Coverage")
    m, tw = 54, letter[0] - 108
    y = letter[1] - 54
    size = c["size"]
    first = True
    for raw in c["lines"]:
        line, ts = (raw[2:], "h") if raw.startswith("h|") else (raw, "")
        if not line:
            y -= size * 0.7
            continue
        font = "DV"
        if line.startswith("#"):
            line, font = line[1:], "DVB"
            if first:
                size_here = size * 1.5
            else:
                size_here = size * 1.15
                y -= 4
        else:
            size_here = size
        first = False
        if "\t" in line:
            stops = c["tabs"][ts]
            for i, cell in enumerate(line.split("\t")):
                cv.setFont("DVB" if i % 2 == 0 and ts == "h" else font, size_here)
                cv.drawString(m + stops[i] * tw, y, cell)
            if ts == "h":
                cv.setLineWidth(0.5)
                cv.rect(m - 4, y - 4, tw + 8, size_here + 6)
            y -= size_here * 1.45
            continue
        words, cur = line.split(" "), ""
        cv.setFont(font, size_here)
        for w_ in words:
            t = (cur + " " + w_).strip()
            if pdfmetrics.stringWidth(t, font, size_here) <= tw or not cur:
                cur = t
            else:
                cv.drawString(m, y, cur)
                y -= size_here * 1.35
                cur = w_
        cv.drawString(m, y, cur)
        y -= size_here * 1.35
    if y < 40:
        raise ValueError(f"notice {c['n']}: the PDF text runs off the page")
    cv.showPage()
    cv.save()


def write_docx(c, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(c["size"])
    table = None
    for raw in c["lines"]:
        if raw.startswith("h|"):
            cells = raw[2:].split("\t")
            if table is None:
                table = d.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            row = table.add_row().cells
            row[0].text, row[1].text = cells[0], cells[1]
            row[0].paragraphs[0].runs[0].bold = True
            continue
        table = None
        if raw.startswith("#"):
            p = d.add_paragraph()
            r = p.add_run(raw[1:])
            r.bold = True
            r.font.size = Pt(c["size"] + 3)
        elif raw:
            d.add_paragraph(raw)
    cp = d.core_properties
    cp.author, cp.title = "Plan de Beneficios (ficticio)", "Carta ficticia"
    cp.created = cp.modified = dt.datetime(2026, 11, 19, 9, 0, 0)
    cp.last_modified_by = "set30"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(info.filename, (2026, 11, 19, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def lines_to_html(c, body_only=False):
    parts, table = [], []

    def flush():
        if table:
            parts.append('<table class="grid">' + "".join(table) + "</table>")
            table.clear()
    head_row = False
    for raw in c["lines"]:
        line, ts = (raw[2:], "h") if raw.startswith("h|") else (raw, "")
        if "\t" in line:
            cells = line.split("\t")
            if ts == "h":
                table.append(f"<tr><th>{html.escape(cells[0])}</th><td>{html.escape(cells[1])}</td></tr>")
            elif not table:
                table.append("<tr>" + "".join(f"<th>{html.escape(x)}</th>" for x in cells) + "</tr>")
            else:
                table.append("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in cells) + "</tr>")
            continue
        flush()
        if line.startswith("#"):
            parts.append(f"<h2>{html.escape(line[1:])}</h2>")
        elif line:
            parts.append(f"<p>{html.escape(line)}</p>")
    flush()
    return "\n".join(parts)


def write_html(c, path):
    p = c["portal"]
    lang = c["lang"]
    doc = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(p['title'])}</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
header {{ background: #23425f; color: #fff; padding: 10px 24px; }}
nav a {{ color: #dde; margin-right: 14px; }}
main {{ max-width: 900px; margin: 16px auto; }}
table.grid {{ border-collapse: collapse; margin: 8px 0; }}
table.grid th, table.grid td {{ border: 1px solid #aab; padding: 4px 8px; text-align: left; }}
.stamp {{ font-size: 11px; color: #666; }}
</style>
<script>window.portalSession = {{ keepAlive: 900 }};</script>
</head>
<body>
<header><nav>{''.join(f'<a href="#">{html.escape(x.strip())}</a>' for x in p['nav'].split('|'))}</nav>
<div>{html.escape(p['user'])}</div></header>
<main>
<p class="stamp">{html.escape(p['stamp'])}</p>
{lines_to_html(c)}
</main>
<footer><p class="stamp">{html.escape(p['stamp'])}</p></footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


def write_eml(c, path):
    mm = c["mail"]
    letter = plain_lines(c)
    text = "\n".join(mm["intro"] + mm["fwd"] + letter) + "\n"
    from email.message import EmailMessage
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = mm["frm"]
    msg["To"] = mm["to"]
    msg["Date"] = mm["date"]
    msg["Subject"] = mm["subject"]
    msg["Message-ID"] = mm["msgid"]
    msg.set_content(text, cte="quoted-printable")
    intro = "".join(f"<p>{html.escape(x)}</p>" for x in mm["intro"] if x)
    fwd = "<br>".join(html.escape(x) for x in mm["fwd"] if x)
    body = f"<html><body>{intro}<div style=\"border-top:1px solid #ccc\"><p>{fwd}</p>" \
           f"<blockquote>{lines_to_html(c)}</blockquote></div></body></html>"
    msg.add_alternative(body, subtype="html", cte="base64" if c["lang"] == "es" else "quoted-printable")
    msg.set_boundary(f"=_set30_{c['n']:02d}_boundary")
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))


def write_txt(c, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(plain_lines(c)) + "\n")


WRITERS = dict(pdf=write_pdf, docx=write_docx, html=write_html, eml=write_eml, txt=write_txt)


# ------------------------------------------------------------------------------------------------ text back
class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(s):
    p = _Text()
    p.feed(s)
    return "".join(p.out)


def file_text(c, path):
    k = c["kind"]
    if k in IMAGE_KINDS:
        return "\n".join(x[2:] if x.startswith("h|") else x for x in c["lines"]).replace("#", "")
    if k == "txt":
        return open(path, encoding="utf-8").read()
    if k == "html":
        return html_text(open(path, encoding="utf-8").read())
    if k == "eml":
        msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        parts = [f"{h}: {msg[h]}" for h in ("Date", "From", "To", "Subject")]
        parts += [msg.get_body(("plain",)).get_content(), html_text(msg.get_body(("html",)).get_content())]
        return "\n".join(parts)
    if k == "docx":
        import docx
        d = docx.Document(path)
        t = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for r in tb.rows:
                t.append(" ".join(cell.text for cell in r.cells))
        return "\n".join(t)
    if k == "pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    raise ValueError(k)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------------------------------------ keys
def deadline(c):
    k = c["key"]
    w = c["window"]
    if w[0] == "days":
        return add_days(k["notice_date"], w[1]), w[2]
    if w[0] == "months":
        return add_months(k["notice_date"], w[1]), w[2]
    if w[0] == "date":
        return w[1], w[2]
    n, unit, cite = RULES[k["plan_type"]]
    return (add_days(k["notice_date"], n) if unit == "days" else add_months(k["notice_date"], n)), cite


def build_key(c):
    k = c["key"]
    dl, basis = deadline(c)
    out = {"file": f"{fname(c)}.{EXT[c['kind']]}", "_note": "FICTIONAL. " + c["note"]}
    for f in ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
              "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent"]:
        if f not in k:
            continue
        v = k[f]
        if f == "notice_date":
            v = v.isoformat()
        elif f == "service_dates":
            v = [d.isoformat() for d in sorted(v)]
        out[f] = v
    out["appeal_deadline"] = dl.isoformat()
    out["deadline_basis"] = basis
    out["appeals_address"] = ", ".join(c["addr"])
    return out


# ------------------------------------------------------------------------------------------------ check
def check(c, path, key):
    errs = []
    raw = file_text(c, path)
    t = norm(raw)
    k = c["key"]

    def need(s, what):
        if norm(s) not in t:
            errs.append(f"{what} not printed: {s!r}")
    need("FICTICIA" if c["lang"] == "es" else "FICTIONAL", "fictional marker")
    for f in ("patient_name", "member_id", "claim_number"):
        need(k[f], f)
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for code in k.get(f, []):
            if not re.search(r"(?<![\w.-])" + re.escape(code) + r"(?![\w-])", t):
                errs.append(f"{f} {code} not printed as a word")
    nd = k["notice_date"]
    printed = FORMATS[c["fmt"]["notice"]](nd)
    if c["nd_label"]:
        if not re.search(re.escape(c["nd_label"]) + r"\s*:?\s*" + re.escape(printed), t):
            errs.append(f"notice date {printed!r} not right after {c['nd_label']!r}")
    else:
        if not re.search(r"(^|\n)\s*" + re.escape(printed) + r"\s*(\n|$)", raw):
            errs.append(f"bare notice date line {printed!r} missing")
    if not (dt.date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date out of range")
    sd = k.get("service_dates", [])
    if sd != sorted(sd):
        errs.append("service dates not sorted")
    if c.get("sd_list"):
        need(c["sd_list"], "service date list")
    else:
        for d in sd:
            need(FORMATS[c["fmt"]["service"]](d), "service date")
    for d in sd:
        if not (dt.date(2000, 1, 1) <= d < nd):
            errs.append(f"service date {d} not before the notice")
    if k["denial_category"] not in CATEGORIES:
        errs.append("unknown category")
    if k["plan_type"] not in RULES:
        errs.append("unknown plan type")
    hint = PLAN_HINTS[k["plan_type"]]
    pe = " ".join(c["ev"]["plan_type"])
    if not re.search(hint, pe, re.I) or (k["plan_type"] == "employer_erisa" and
                                          re.search(PLAN_HINTS["governmental"] + "|" + PLAN_HINTS["church"], pe, re.I)):
        errs.append(f"plan type {k['plan_type']} does not fit its evidence {pe!r}")
    for f, words in c["ev"].items():
        for w_ in words:
            need(w_, f"evidence for {f}")
    if k["urgent"] != bool(c["ev"].get("urgent")):
        errs.append("urgent without (or evidence without) urgent")
    dl, basis = deadline(c)
    w = c["window"]
    if w[0] in ("days", "months"):
        need(basis, "deadline basis")
        if str(w[1]) not in basis:
            errs.append("basis lacks its number")
    elif w[0] == "date":
        need(basis, "deadline basis")
        if FORMATS[c["lang"] if c["lang"] == "es" else "en"](dl) not in basis:
            errs.append("stated date not in basis")
    else:
        if basis != RULES[k["plan_type"]][2]:
            errs.append("rule basis is not the plan type's citation")
    if key["appeal_deadline"] != dl.isoformat() or key["deadline_basis"] != basis:
        errs.append("key deadline differs from the recomputed one")
    ok = False
    for m0 in re.finditer(re.escape(c["addr"][0]), t):
        pos = m0.end()
        for part in c["addr"][1:]:
            i = t.find(part, pos)
            if i < 0 or i - pos > 160:
                break
            pos = i + len(part)
        else:
            ok = True
            break
    if not ok:
        errs.append(f"appeals address parts not printed in order: {c['addr']}")
    values = set()
    for f, v in key.items():
        if f in ("file", "_note"):
            continue
        for x in (v if isinstance(v, list) else [v]):
            values.add(str(x))
    values |= {FORMATS[c["fmt"]["notice"]](nd)}
    for tr in c["traps"]:
        need(tr, "trap")
        if tr in values:
            errs.append(f"trap {tr!r} is a keyed value")
    for ph in re.findall(r"\b1-\d{3}-\d{4}\b", t):
        if not re.fullmatch(r"1-555-01\d\d", ph):
            errs.append(f"phone {ph} not 555-01xx")
    for dom in re.findall(r"@([\w.-]+)", t) + re.findall(r"\b(?:[\w-]+\.)+(?:com|org|net|gov|edu|us|mil)\b", t):
        if not dom.endswith(".example"):
            errs.append(f"domain {dom} not .example")
    if c["kind"] == "eml":
        msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        for h_ in ("From", "To"):
            for dom in re.findall(r"@([\w.-]+)", str(msg[h_])):
                if not dom.endswith(".example"):
                    errs.append(f"header domain {dom}")
    sz = os.path.getsize(path)
    if sz >= 4 * 1024 * 1024:
        errs.append(f"file is {sz} bytes (4 MB limit)")
    return errs


def main(argv):
    wanted = {int(a) for a in argv} if argv else None
    cases = [f() for f in CASES]
    nums = [c["n"] for c in cases]
    assert nums == list(range(1, 19)), nums
    if wanted is None:
        for fn in os.listdir(HERE):
            if re.match(r"\d\d-", fn):
                os.remove(os.path.join(HERE, fn))
    problems, fields, by_lang = 0, 0, {"en": 0, "es": 0}
    for c in cases:
        if wanted and c["n"] not in wanted:
            continue
        path = os.path.join(HERE, f"{fname(c)}.{EXT[c['kind']]}")
        if wanted:
            for fn in os.listdir(HERE):
                if fn.startswith(f"{c['n']:02d}-"):
                    os.remove(os.path.join(HERE, fn))
        if c["kind"] in IMAGE_KINDS:
            write_image(c, path)
        else:
            WRITERS[c["kind"]](c, path)
        key = build_key(c)
        with open(os.path.join(HERE, f"{fname(c)}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        errs = check(c, path, key)
        n = len([f for f in key if f not in ("file", "_note")])
        fields += n
        by_lang[c["lang"]] += n
        for e in errs:
            print(f"{c['n']:02d}: {e}")
        problems += len(errs)
    es_n = sum(1 for c in cases if c["lang"] == "es" and (not wanted or c["n"] in wanted))
    cnt = len(wanted) if wanted else 18
    print(f"{cnt} notices ({es_n} in Spanish), {fields} keyed fields (English {by_lang['en']}, Spanish "
          f"{by_lang['es']}); self-check: " + ("all keys found" if not problems else f"{problems} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
