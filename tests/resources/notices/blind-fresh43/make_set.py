"""Build blind intake set 43 (issue 19), FICTIONAL, deterministically, then self-check every key.

    /work/main/.venv/bin/python make_set.py            # everything
    /work/main/.venv/bin/python make_set.py 04 13      # only those notices

Exits 1 when a check fails. Written for this set alone; see README.md.
"""
import datetime as dt
import glob
import html
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage

import numpy as np

import devices
from cases import CASES, FICT, FICT_ES
from dates import D, add_months, parse
from layout import FONTS, lay_out

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 12, 6)
EXT = {"tiff_duplex": "tif", "tiff_reverse": "tif", "tiff_mixed": "tif", "docx": "docx", "jpg_fingers": "jpg",
       "pdf_adf_line": "pdf", "jpg_glare": "jpg", "pdf_text": "pdf", "eml_attached": "eml", "png_lifted": "png",
       "jpg_glass": "jpg", "html": "html", "txt_pages": "txt", "jpg_point": "jpg", "eml_html": "eml",
       "pdf_salt": "pdf", "jpg_playmat": "jpg"}
IMAGE_KINDS = {"tiff_duplex", "tiff_reverse", "tiff_mixed", "jpg_fingers", "pdf_adf_line", "jpg_glare", "png_lifted",
               "jpg_glass", "jpg_point", "pdf_salt", "jpg_playmat"}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "coordination_of_benefits",
              "benefit_limit", "other"}
PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "unknown"}
# docs/domain.md's appeal-window table: days (or months) and the source column, for rule-based keys
RULES = {"employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
         "individual_aca": (180, "45 CFR 147.136(b)(3), which applies the ERISA claims rule"),
         "governmental": (180, "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
         "church": (180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
         "medicare_advantage": (65, "42 CFR 422.582(b)"), "medicare_part_d": (65, "42 CFR 423.582(b)"),
         "medicare": (120, "42 CFR 405.942"), "tricare": (90, "32 CFR 199.10")}
PLAN_WORDS = {"employer_erisa": ["employer", "group", "erisa"], "individual_aca": ["marketplace", "mercado", "student"],
              "medicare_advantage": ["medicare advantage"], "medicare": ["medicare summary notice"],
              "medicare_part_d": ["medicare drug plan", "part d"], "medicaid": ["medicaid"],
              "fehb": ["federal employees health benefits"], "chip": ["chip"], "governmental": ["government"],
              "church": ["church"], "tricare": ["tricare"]}
FIELDS = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
          "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
          "deadline_basis", "appeals_address"]


def fname(c):
    return f"{c['n']:02d}-{c['slug']}"


# ---------------------------------------------------------------- plain text of a case (the model)

def block_text(b):
    k = b[0]
    if k in ("title", "h", "p", "small"):
        return [b[1]]
    if k == "kv":
        return [f"{a}: {v}" for a, v in b[1]]
    if k == "addr":
        return list(b[1])
    if k == "mono":
        return list(b[1])
    if k == "table":
        return ["  ".join(b[1])] + ["  ".join(r) for r in b[2]]
    if k == "two":
        return [t for x in b[1] + b[2] for t in block_text(x)]
    return []


def model_text(c):
    out = []
    n = len(c["pages"])
    for i, pg in enumerate(c["pages"]):
        if c["kind"] == "txt_pages":
            out += pg
            continue
        if c.get("header"):
            out.append(c["header"].format(page=i + 1, pages=n))
        for b in pg:
            out += block_text(b)
        if c.get("footer"):
            out.append(c["footer"].format(page=i + 1, pages=n))
    return "\n".join(out)


# ---------------------------------------------------------------- writers for text kinds

def write_pdf_text(c, path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    for k, v in FONTS.items():
        try:
            pdfmetrics.getFont("L" + k)
        except KeyError:
            pdfmetrics.registerFont(TTFont("L" + k, v))
    pages = lay_out(c)
    cv = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    cv.setTitle("Reconsideration decision (FICTIONAL SAMPLE)")
    cv.setAuthor("Cobblestone Review Partners (fictional)")
    for pg in pages:
        H = pg.h
        for x1, y1, x2, y2, col in pg.fills:
            cv.setFillColorRGB(*[v / 255 for v in col])
            cv.rect(x1, H - y2, x2 - x1, y2 - y1, stroke=0, fill=1)
        cv.setLineWidth(0.6)
        cv.setStrokeColorRGB(0.35, 0.35, 0.35)
        for x1, y1, x2, y2 in pg.rules:
            cv.line(x1, H - y1, x2, H - y2)
        for x, y, font, size, text, col in pg.runs:
            cv.setFillColorRGB(*[v / 255 for v in col])
            cv.setFont("L" + font, size)
            cv.drawString(x, H - y, text)
        cv.showPage()
    cv.save()


def _fix_zip(path):
    """Rewrite a .docx with fixed entry times, so two builds are identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def _field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = par.add_run()
    for kind in ("begin", None, "separate", "end"):
        if kind is None:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
        if kind == "separate":
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)


def _hf(par, text):
    parts = re.split(r"(\{page\}|\{pages\})", text)
    for p in parts:
        if p == "{page}":
            _field(par, "PAGE")
        elif p == "{pages}":
            _field(par, "NUMPAGES")
        elif p:
            par.add_run(p)


def write_docx(c, path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    _hf(hp, c["header"])
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    _hf(fp, c["footer"])
    for r in fp.runs:
        r.font.size = Pt(8)

    def add(b):
        k = b[0]
        if k == "title":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
            r.font.size = Pt(16)
            r.font.color.rgb = RGBColor(0x1C, 0x3A, 0x6E)
        elif k == "h":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            r = d.add_paragraph().add_run(b[1])
            r.font.size = Pt(8)
        elif k == "addr":
            p = d.add_paragraph()
            for i, ln in enumerate(b[1]):
                p.add_run(ln)
                if i < len(b[1]) - 1:
                    p.add_run().add_break()
        elif k == "kv":
            for a, v in b[1]:
                p = d.add_paragraph()
                p.add_run(a + ": ").bold = True
                p.add_run(v)
        elif k == "table":
            t = d.add_table(rows=1 + len(b[2]), cols=len(b[1]))
            t.style = "Table Grid"
            for j, h in enumerate(b[1]):
                t.cell(0, j).text = h
            for i, row in enumerate(b[2]):
                for j, v in enumerate(row):
                    t.cell(i + 1, j).text = v
        elif k == "gap":
            d.add_paragraph("")
    for i, pg in enumerate(c["pages"]):
        if i:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for b in pg:
            add(b)
    cp = d.core_properties
    cp.author = "Appeals Unit (fictional)"
    cp.title = "Appeal decision (FICTIONAL SAMPLE)"
    cp.created = cp.modified = dt.datetime(2026, 11, 20, 9, 0, 0)
    cp.last_modified_by = "Appeals Unit (fictional)"
    cp.revision = 1
    d.save(path)
    _fix_zip(path)


def html_letter(c):
    out = []
    for pg in c["pages"]:
        for b in pg:
            k = b[0]
            if k == "title":
                out.append(f"<h1 style=\"color:#1c3a6e;font-size:20px\">{html.escape(b[1])}</h1>")
            elif k == "h":
                out.append(f"<h2 style=\"font-size:16px\">{html.escape(b[1])}</h2>")
            elif k == "p":
                out.append(f"<p>{html.escape(b[1])}</p>")
            elif k == "small":
                out.append(f"<p style=\"font-size:11px;color:#555\">{html.escape(b[1])}</p>")
            elif k == "addr":
                out.append("<p style=\"margin-left:24px\">" + "<br>".join(html.escape(x) for x in b[1]) + "</p>")
            elif k == "kv":
                out.append("<table style=\"border-collapse:collapse\">" + "".join(
                    f"<tr><th style=\"text-align:left;padding:2px 12px 2px 0\">{html.escape(a)}</th>"
                    f"<td>{html.escape(v)}</td></tr>" for a, v in b[1]) + "</table>")
            elif k == "table":
                out.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr>" +
                           "".join(f"<th>{html.escape(h)}</th>" for h in b[1]) + "</tr>" +
                           "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in r) + "</tr>"
                                   for r in b[2]) + "</table>")
    return "\n".join(out)


def write_html_portal(c, path):
    body = html_letter(c)
    others = "".join(f"<li><a href=\"#\">{a}</a><br><span>{b} &middot; {p} &middot; {s}</span></li>"
                     for a, b, p, s in c["extra"]["other"])
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Claim details - Alder Ridge Member Portal</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; }}
.top {{ background: #23395d; color: #fff; padding: 8px 16px; display: flex; justify-content: space-between; }}
.wrap {{ display: flex; gap: 24px; padding: 16px; }}
main {{ flex: 3; }} aside {{ flex: 1; border-left: 1px solid #ccc; padding-left: 16px; }}
.stamp {{ font-size: 11px; color: #666; }}
@media (max-width: 700px) {{ .wrap {{ display: block; }} .promo {{ display: block; }} }}
.promo {{ display: none; }}
</style>
<script>window.portalTimer = setTimeout(function () {{ location.href = '/logout'; }}, 900000);</script>
</head><body>
<div class="stamp">Printed 12/05/2026 8:41 PM from members.alderridge.example</div>
<div class="top"><span>Alder Ridge Insurance Company &middot; Student Plans</span><span>Signed in: P. Adebayo-Lund &middot; <a href="#" style="color:#fff">Sign out</a></span></div>
<nav><a href="#">Home</a> | <a href="#">Claims</a> | <a href="#">ID card</a> | <a href="#">Messages</a> | <a href="#">Find care</a></nav>
<p style="font-size:11px">{html.escape(FICT)}</p>
<div class="wrap"><main>
{body}
</main>
<aside><h3>Other claims</h3><ul>{others}</ul></aside></div>
<div class="promo">Download our app for faster claims!</div>
<footer class="stamp">Questions: 1-555-0112 &middot; www.alderridge.example &middot; Printed 12/05/2026 8:41 PM</footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


def _html_mail(c, lang):
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"></head>"
            f"<body style=\"font-family:Georgia,serif;max-width:680px\">\n{html_letter(c)}\n"
            f"<p style=\"font-size:11px;color:#777\">{html.escape(FICT if lang == 'en' else FICT_ES)}</p>"
            "</body></html>\n")


def write_eml_attached(c, path):
    x = c["extra"]
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = x["inner_from"]
    inner["To"] = x["inner_to"]
    inner["Date"] = x["inner_date"]
    inner["Subject"] = x["inner_subject"]
    inner["Message-ID"] = "<recon-55210.20261203@laurelfebp.example>"
    inner.set_content("This message holds an HTML letter. If you cannot see it, sign in at "
                      "members.laurelfebp.example to read it under Letters.\n")
    inner.add_alternative(_html_mail(c, "en"), subtype="html")
    inner.set_boundary("==laurel-alt-0001==")
    outer = EmailMessage(policy=policy.SMTP)
    outer["From"] = x["outer_from"]
    outer["To"] = x["outer_to"]
    outer["Date"] = x["outer_date"]
    outer["Subject"] = x["outer_subject"]
    outer["Message-ID"] = "<fwd-0934.20261204@cascadepain.example>"
    outer.set_content(x["note"] + "\n" + FICT + "\n")
    outer.add_attachment(inner)
    outer.set_boundary("==cascade-mixed-0001==")
    with open(path, "wb") as f:
        f.write(outer.as_bytes())


def write_eml_html(c, path):
    x = c["extra"]
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = x["frm"]
    m["To"] = x["to"]
    m["Date"] = x["date"]
    m["Subject"] = x["subject"]
    m["Message-ID"] = "<apel-44718.20261201@praderaazul.example>"
    m.set_content("Este mensaje contiene una carta en HTML. Si no puede verla, entre a miembros.praderaazul.example "
                  "y abra Cartas.\n", cte="quoted-printable")
    m.add_alternative(_html_mail(c, "es"), subtype="html", cte="base64")
    m.set_boundary("==pradera-alt-0001==")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


def write_txt(c, path):
    text = "\n\f\n".join("\n".join(pg) for pg in c["pages"]) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- reading back

def read_back(c, path):
    k = c["kind"]
    if k == "pdf_text":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    if k == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.sections[0].header.paragraphs] + [p.text for p in d.sections[0].footer.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append("  ".join(cell.text for cell in r.cells))
        return "\n".join(parts)
    if k in ("eml_attached", "eml_html"):
        import email
        m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
        out = []
        for part in m.walk():
            for h in ("From", "To", "Date", "Subject"):
                if part.get(h):
                    out.append(f"{h}: {part[h]}")
            if part.get_content_type() in ("text/plain", "text/html"):
                out.append(_strip(part.get_content()) if part.get_content_type() == "text/html" else part.get_content())
        return "\n".join(out)
    if k == "html":
        return _strip(open(path, encoding="utf-8").read())
    if k == "txt_pages":
        return open(path, encoding="utf-8").read()
    return None


def _strip(h):
    h = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|tr|h\d|li|div|table)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "  ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


# ---------------------------------------------------------------- keys

def deadline(c):
    nd = c["key"]["notice_date"]
    w = c["window"]
    if w[0] == "days":
        return nd + dt.timedelta(days=w[1]), w[2]
    if w[0] == "date":
        return parse(w[1], dayfirst=c["dayfirst"]), w[2]
    days, src = RULES[c["key"]["plan_type"]]
    return nd + dt.timedelta(days=days), src


def make_key(c):
    k = dict(c["key"])
    k["notice_date"] = k["notice_date"].isoformat()
    k["appeal_deadline"], k["deadline_basis"] = deadline(c)
    k["appeal_deadline"] = k["appeal_deadline"].isoformat()
    k["appeals_address"] = ", ".join(c["addr"])
    out = {"file": fname(c) + "." + EXT[c["kind"]], "_note": "FICTIONAL. " + c["note"]}
    for f in FIELDS:
        if f in k:
            out[f] = k[f]
    return out


# ---------------------------------------------------------------- the self-check

def norm(s):
    return re.sub(r"\s+", " ", s)


def word_in(w, text):
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(w) + r"(?![A-Za-z0-9])", text) is not None


def check(c, path, key):
    errs = []
    model = model_text(c)
    back = read_back(c, path)
    text = norm(back if back is not None else model)
    low = text.lower()
    if c["kind"] in IMAGE_KINDS:
        assert back is None
    if "FICTIONAL" not in text and "FICTICIA" not in text:
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        if norm(key[f]) not in text:
            errs.append(f"{f} {key[f]!r} not printed")
    # notice date: label then the printed date, which reads as the keyed one
    nd = D(key["notice_date"])
    if not re.search(re.escape(c["nd_label"]) + r"\s*:?\s*" + re.escape(c["nd_printed"]), text):
        errs.append(f"notice date label {c['nd_label']!r} not followed by {c['nd_printed']!r}")
    if parse(c["nd_printed"], c["dayfirst"]) != nd:
        errs.append("printed notice date does not read as the key")
    if not (dt.date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date out of range")
    # service dates
    if "service_dates" in key:
        got = []
        for s in c["svc"]:
            if isinstance(s, tuple):
                if s[0] not in text:
                    errs.append(f"list of days {s[0]!r} not printed")
                got += s[1]
            else:
                if s not in text:
                    errs.append(f"service date {s!r} not printed")
                got.append(parse(s, c["dayfirst"]).isoformat())
        if sorted(got) != key["service_dates"] or key["service_dates"] != sorted(key["service_dates"]):
            errs.append(f"service dates {got} != key {key['service_dates']}")
        if any(D(s) >= nd for s in key["service_dates"]):
            errs.append("a service date is not before the notice date")
    elif c["svc"]:
        errs.append("svc given but no service_dates keyed")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in key.get(f, []):
            if not word_in(v, text):
                errs.append(f"{f} {v} not printed")
    if key["denial_category"] not in CATEGORIES:
        errs.append("bad category")
    if key["plan_type"] not in PLAN_TYPES:
        errs.append("bad plan type")
    for what in ("category", "plan"):
        if c["ev"][what].lower() not in low:
            errs.append(f"{what} evidence {c['ev'][what]!r} not printed")
    if not any(w in c["ev"]["plan"].lower() for w in PLAN_WORDS[key["plan_type"]]):
        errs.append("plan evidence has no word of the keyed type")
    if key["plan_type"] == "employer_erisa" and any(w in low for w in ("church plan", "medicaid", "medicare",
                                                                       "government plan")):
        errs.append("an ERISA notice names another kind of plan")
    u = c["ev"]["urgent"]
    if bool(u) != key["urgent"] or (u and u.lower() not in low):
        errs.append("urgency evidence and key disagree")
    # deadline
    dl, basis = deadline(c)
    if dl.isoformat() != key["appeal_deadline"] or basis != key["deadline_basis"]:
        errs.append("deadline does not recompute")
    if c["window"][0] == "rule" and basis != c["window"][2]:
        errs.append("rule basis is not the keyed plan type's citation")
    if c["window"][0] in ("days", "date"):
        if norm(basis) not in text:
            errs.append(f"deadline basis {basis!r} not the notice's words")
        if str(c["window"][1]) not in basis:
            errs.append("basis does not carry its number or date")
    if dl <= nd:
        errs.append("deadline not after the notice date")
    # address: parts in order, each near the one before
    parts = c["addr"]
    ok = False
    for m in re.finditer(re.escape(norm(parts[0])), text):
        pos, good = m.end(), True
        for p in parts[1:]:
            j = text.find(norm(p), pos)
            if j < 0 or j - pos > 200:
                good = False
                break
            pos = j + len(p)
        ok = ok or good
    if not ok:
        errs.append("appeals address parts not printed in order")
    if key["appeals_address"] != ", ".join(parts):
        errs.append("address key is not the parts joined")
    # traps: printed, and no keyed value
    keyed = [str(v) for f, v in key.items() if f not in ("file", "_note")]
    keyed += [x for f, v in key.items() if isinstance(v, list) for x in v]
    for t in c["traps"]:
        if norm(t) not in text:
            errs.append(f"trap {t!r} not printed")
        if t in keyed:
            errs.append(f"trap {t!r} is keyed")
    # phones and domains
    allt = text + " " + norm(model)
    for ph in re.findall(r"\b1-\d{3}-\d{4}\b", allt):
        if not re.fullmatch(r"1-555-01\d\d", ph):
            errs.append(f"phone {ph} not 555-01xx")
    for dom in re.findall(r"\b[\w.-]+\.(com|org|net|gov|edu)\b", allt):
        errs.append(f"non-.example domain ending {dom}")
    size = os.path.getsize(path)
    if size >= 4_000_000:
        errs.append(f"file is {size} bytes (4,000,000 or more)")
    return errs


# ---------------------------------------------------------------- build

def build(c):
    path = os.path.join(HERE, fname(c) + "." + EXT[c["kind"]])
    rng = np.random.default_rng(4300 + c["n"])
    k = c["kind"]
    if k in IMAGE_KINDS:
        pages = lay_out(c)
        if k == "jpg_point":
            i = next(j for j, b in enumerate(c["pages"][0]) if b[0] == "p" and b[1].startswith("Debe pedir"))
            devices.jpg_point(pages, rng, path, pages[0].marks[i])
        else:
            getattr(devices, k)(pages, rng, path)
    elif k == "pdf_text":
        write_pdf_text(c, path)
    elif k == "docx":
        write_docx(c, path)
    elif k == "html":
        write_html_portal(c, path)
    elif k == "eml_attached":
        write_eml_attached(c, path)
    elif k == "eml_html":
        write_eml_html(c, path)
    elif k == "txt_pages":
        write_txt(c, path)
    key = make_key(c)
    with open(os.path.join(HERE, fname(c) + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(key, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return path, key


def main(argv):
    want = {int(a) for a in argv}
    cases = [f() for f in CASES]
    if not want:
        for old in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
            os.remove(old)
    bad = 0
    fields = {"en": 0, "es": 0}
    for c in cases:
        if want and c["n"] not in want:
            continue
        if want:
            for old in glob.glob(os.path.join(HERE, f"{c['n']:02d}-*")):
                os.remove(old)
        path, key = build(c)
        errs = check(c, path, key)
        fields[c["lang"]] += len([f for f in key if f not in ("file", "_note")])
        for e in errs:
            print(f"{c['n']:02d}: {e}")
        bad += bool(errs)
    n = len([c for c in cases if not want or c["n"] in want])
    es = len([c for c in cases if (not want or c["n"] in want) and c["lang"] == "es"])
    print(f"{n} notices ({es} in Spanish), {fields['en'] + fields['es']} keyed fields (English {fields['en']}, "
          f"Spanish {fields['es']}); self-check: " + ("all keys found" if not bad else f"{bad} notices FAILED"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
