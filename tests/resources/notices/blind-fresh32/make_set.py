#!/usr/bin/env python3
"""Build blind intake set 32 (FICTIONAL) and self-check every key against its notice; exit 1 on a problem.

Run with /work/main/.venv/bin/python make_set.py [NN ...]  (no arguments: the whole set).
"""
import email
import email.policy
import hashlib
import html
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from email.message import EmailMessage
from html.parser import HTMLParser

import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C  # noqa: E402
import devices as V  # noqa: E402
from dates import D, TODAY, plus_days, plus_months, iso  # noqa: E402
import dates as DT  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
EXT = dict(jpeg="jpg", png="png", tiff="tif", pdf_image="pdf", pdf_text="pdf", docx="docx", eml="eml",
           html="html", txt="txt")
CATEGORIES = {"medical_necessity", "experimental_investigational", "not_covered", "prior_authorization",
              "step_therapy", "out_of_network", "coding_billing", "timely_filing", "benefit_limit",
              "coordination_of_benefits", "other"}
PLAN_WORDS = {
    "employer_erisa": ["employer", "empleador", "erisa"],
    "individual_aca": ["marketplace", "mercado", "student", "individual"],
    "church": ["church", "iglesia"],
    "governmental": ["state employees", "government", "gubernamental", "empleados públicos"],
    "medicaid": ["medicaid"], "chip": ["chip"], "medicare": ["medicare"], "medicare_part_d": ["part d"],
}
RULES = {  # docs/domain.md, the appeal-window table's source column, and its days
    "employer_erisa": ("29 CFR 2560.503-1(h)(3)(i)", 180),
    "church": ("26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)", 180),
    "governmental": ("45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)", 180),
}
FIELDS = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
          "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
          "deadline_basis", "appeals_address"]


# ---------------------------------------------------------------- keys

def deadline(c):
    w, nd = c["a"]["window"], c["key"]["notice_date"]
    if w[0] == "days":
        return plus_days(nd, w[1]), c["a"]["basis"]
    if w[0] == "months":
        return plus_months(nd, w[1]), c["a"]["basis"]
    if w[0] == "date":
        return w[1], c["a"]["basis"]
    cite, days = RULES[w[1]]
    return plus_days(nd, days), cite


def build_key(c, fname):
    k = dict(c["key"])
    k["appeal_deadline"], k["deadline_basis"] = deadline(c)
    k["appeals_address"] = ", ".join(c["a"]["addr"])
    out = {"file": fname, "_note": "FICTIONAL. " + c["note"]}
    for f in FIELDS:
        if f in k:
            v = k[f]
            if isinstance(v, D):
                v = iso(v)
            elif isinstance(v, list) and v and isinstance(v[0], D):
                v = [iso(x) for x in v]
            out[f] = v
    return out


# ---------------------------------------------------------------- writers

def write_image(c, path):
    fam = c["font"]
    size = {"mono": 25, "serif": 29}.get(fam, 27)
    width = 1728 if c["device"] == "squashfax" else 1700
    page, tags, _ = V.render(c["blocks"], fam, size, width=width)
    rng = np.random.default_rng(3200 + c["n"])
    img, extra = V.DEVICES[c["device"]](page, tags, rng, c)
    kind = c["kind"]
    if kind == "jpeg":
        img.convert("RGB").save(path, "JPEG", quality=87, optimize=True, subsampling=0)
    elif kind == "png":
        img.save(path, "PNG", optimize=True)
    elif kind == "tiff":
        img.save(path, "TIFF", compression="group3", dpi=(204, 98))
    elif kind == "pdf_image":
        import img2pdf
        buf = io.BytesIO()
        img.save(buf, "PNG", optimize=True)
        lay = img2pdf.get_layout_fun((img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11)))
        with open(path, "wb") as fh:
            fh.write(img2pdf.convert(buf.getvalue(), layout_fun=lay, nodate=True, creator="set32",
                                     engine=img2pdf.Engine.internal,
                                     producer="set32"))
    return V.blocks_text(c["blocks"]) + "\n" + "\n".join(extra)


def write_txt(c, path):
    W = 72
    out = []
    for b in c["blocks"]:
        k = b[0]
        if k == "h1":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "h2":
            out += ["", b[1].upper(), "-" * len(b[1])]
        elif k in ("p", "small"):
            out += textwrap.wrap(b[1], W) + [""]
        elif k == "lines":
            out += ["    " + ln for ln in b[1]] + [""]
        elif k == "kv":
            lw = max(len(a) for a, _ in b[1]) + 2
            for a, v in b[1]:
                wr = textwrap.wrap(v, W - lw)
                out.append(a.ljust(lw) + wr[0])
                out += [" " * lw + x for x in wr[1:]]
            out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out).rstrip() + "\n")


def html_blocks(blocks):
    e = html.escape
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h2":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "small":
            out.append(f'<p class="small">{e(b[1])}</p>')
        elif k == "lines":
            out.append("<p>" + "<br>\n".join(e(x) for x in b[1]) + "</p>")
        elif k == "kv":
            out.append('<table class="kv">' + "".join(f"<tr><th>{e(a)}</th><td>{e(v)}</td></tr>" for a, v in b[1])
                       + "</table>")
        elif k == "table":
            out.append('<table class="lines"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in b[1])
                       + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in b[2])
                       + "</tbody></table>")
    return "\n".join(out)


def write_html(c, path):
    ex, e = c["extra"], html.escape
    lang = c["lang"]
    nav = "".join(f'<a href="#{i}">{e(x)}</a>' for i, x in enumerate(ex["nav"]))
    other = ('<section class="recent"><h2>' + e(ex["other_title"]) + '</h2><table><tr>'
             + "".join(f"<th>{e(h)}</th>" for h in ex["other_head"]) + "</tr>"
             + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in ex["other"])
             + "</table></section>")
    doc = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{e(ex['app'])} - {e(ex['brand'])}</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; color: #1d2733; }}
header {{ background: #0b4f6c; color: #fff; padding: 10px 24px; }}
nav a {{ color: #cfe8f3; margin-right: 18px; }}
main {{ display: flex; gap: 28px; padding: 18px 24px; }}
.detail {{ flex: 3; }} .recent {{ flex: 2; background: #f3f6f8; padding: 10px; }}
table.kv th {{ text-align: left; padding-right: 14px; font-weight: normal; color: #556; }}
table.lines td, table.lines th {{ border-bottom: 1px solid #ccd; padding: 4px 10px; }}
.small {{ font-size: 80%; color: #555; }} .stamp {{ font-size: 75%; color: #777; }}
</style>
<script>window.dataLayer = window.dataLayer || []; function track() {{ return false; }}</script>
</head>
<body>
<div class="stamp">{e(ex['stamp'])} &middot; {e(ex['url'])}</div>
<header><strong>{e(ex['brand'])}</strong> &middot; {e(ex['app'])}
<nav>{nav}</nav>
<div>{e(ex['signed'])}</div></header>
<main>
<section class="detail">
{html_blocks(c['blocks'])}
</section>
{other}
</main>
<footer class="stamp">{e(ex['stamp'])}</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(doc)


def plain_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "p", "small"):
            out += textwrap.wrap(b[1], 76) + [""]
        elif k == "lines":
            out += b[1] + [""]
        elif k == "kv":
            out += [f"{a} {v}" for a, v in b[1]] + [""]
        elif k == "table":
            out.append(" | ".join(b[1]))
            out += [" | ".join(r) for r in b[2]]
            out.append("")
    return out


def write_eml(c, path):
    ex = c["extra"]
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = email.headerregistry.Address(ex["outer_from"][0], addr_spec=ex["outer_from"][1])
    msg["To"] = email.headerregistry.Address(ex["outer_to"][0], addr_spec=ex["outer_to"][1])
    msg["Subject"] = ex["subject"]
    msg["Date"] = ex["outer_date"]
    msg["Message-ID"] = f"<set32-{c['n']:02d}@mailbox.example>"
    msg["MIME-Version"] = "1.0"
    if ex["style"] == "gmail":
        fwd_head = ["---------- Forwarded message ---------"] + [f"{a}: {b}" for a, b in ex["fwd"]]
    else:
        fwd_head = ["Inicio del mensaje reenviado:", ""] + [f"{a}: {b}" for a, b in ex["fwd"]]
    plain = "\n".join(ex["note"] + ["", ""] + fwd_head + [""] + plain_blocks(c["blocks"])).rstrip() + "\n"
    e = html.escape
    if ex["style"] == "gmail":
        hh = ('<div dir="ltr">' + "<br>".join(e(x) for x in ex["note"]) + '<br><br><div class="gmail_quote">'
              '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
              + "<br>".join(f"{e(a)}: <b>{e(b)}</b>" if a == "From" else f"{e(a)}: {e(b)}" for a, b in ex["fwd"])
              + "<br></div><br>" + html_blocks(c["blocks"]) + "</div></div>")
    else:
        hh = ('<div>' + "<br>".join(e(x) for x in ex["note"]) + '<br><br><blockquote type="cite">'
              '<div><b>Inicio del mensaje reenviado:</b></div><br>'
              + "".join(f"<div><b>{e(a)}:</b> {e(b)}</div>" for a, b in ex["fwd"])
              + "<br>" + html_blocks(c["blocks"]) + "</blockquote></div>")
    msg.set_content(plain, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(f"<html><body>{hh}</body></html>\n", subtype="html", charset="utf-8",
                        cte="quoted-printable" if ex["style"] == "gmail" else "base64")
    msg.set_boundary(f"==set32-{c['n']:02d}-alt==")
    with open(path, "wb") as fh:
        fh.write(msg.as_bytes())


def write_docx(c, path):
    import docx
    from docx.shared import Pt
    import datetime as dt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11.5)
    for b in c["blocks"]:
        k = b[0]
        if k in ("h1", "h2"):
            r = doc.add_paragraph().add_run(b[1])
            r.bold = True
            r.font.size = Pt(15 if k == "h1" else 12.5)
        elif k in ("p", "small"):
            r = doc.add_paragraph().add_run(b[1])
            if k == "small":
                r.font.size = Pt(9)
        elif k == "lines":
            p = doc.add_paragraph()
            for i, ln in enumerate(b[1]):
                run = p.add_run(ln)
                if i < len(b[1]) - 1:
                    run.add_break()
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            for a, v in b[1]:
                row = t.add_row().cells
                row[0].text, row[1].text = a, v
        elif k == "sp":
            doc.add_paragraph()
    cp = doc.core_properties
    cp.author = "Bellwether Claims Review (FICTIONAL)"
    cp.title = "Claim decision (FICTIONAL)"
    cp.created = cp.modified = dt.datetime(2026, 11, 17, 9, 0, 0)
    cp.last_modified_by = "set32"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 17, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


def write_pdf(c, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, HRFlowable
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("LSans", V.FAMILIES["sans"][0]))
    pdfmetrics.registerFont(TTFont("LSansB", V.FAMILIES["sans"][1]))
    S = dict(h1=ParagraphStyle("h1", fontName="LSansB", fontSize=15, leading=19, spaceAfter=4),
             h2=ParagraphStyle("h2", fontName="LSansB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=3),
             p=ParagraphStyle("p", fontName="LSans", fontSize=9.6, leading=12.6, spaceAfter=5),
             small=ParagraphStyle("s", fontName="LSans", fontSize=8, leading=10, textColor=colors.HexColor("#444")))
    e = html.escape

    def flow(blocks, width):
        out = []
        for b in blocks:
            k = b[0]
            if k in S:
                out.append(Paragraph(e(b[1]), S[k]))
            elif k == "lines":
                out.append(Paragraph("<br/>".join(e(x) for x in b[1]), S["p"]))
            elif k == "kv":
                t = Table([[Paragraph(e(a), S["p"]), Paragraph(e(v), S["p"])] for a, v in b[1]],
                          colWidths=[width * 0.38, width * 0.62])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1),
                                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6"))]))
                out.append(t)
                out.append(Spacer(1, 6))
            elif k == "rule":
                out.append(HRFlowable(width="100%", thickness=1, color=colors.HexColor("#556677")))
            elif k == "sp":
                out.append(Spacer(1, 8))
            elif k == "cols":
                cw = (width - 18) / 2
                t = Table([[flow(b[1], cw), flow(b[2], cw)]], colWidths=[cw + 9, cw + 9])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LINEAFTER", (0, 0), (0, 0), 0.6, colors.HexColor("#99aabb"))]))
                out.append(t)
        return out

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.7 * inch, rightMargin=0.7 * inch,
                            topMargin=0.6 * inch, bottomMargin=0.6 * inch, invariant=1,
                            title="Notice of denial (FICTIONAL)", author="Granite Shield (FICTIONAL)")
    doc.build(flow(c["blocks"], letter[0] - 1.4 * inch))


# ---------------------------------------------------------------- reading back

class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def html_text(s):
    p = _Text()
    p.feed(s)
    return " ".join(p.parts)


def read_back(c, path):
    k = c["kind"]
    if k == "txt":
        return open(path, encoding="utf-8").read()
    if k == "html":
        return html_text(open(path, encoding="utf-8").read())
    if k == "pdf_text":
        import pypdf
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(path).pages)
    if k == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(cl.text for cl in r.cells))
        return "\n".join(parts)
    if k == "eml":
        m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        parts = [f"{h}: {m[h]}" for h in ("From", "To", "Date", "Subject")]
        for part in m.walk():
            if part.get_content_type() == "text/plain":
                parts.append(part.get_content())
            elif part.get_content_type() == "text/html":
                parts.append(html_text(part.get_content()))
        return "\n".join(parts)
    raise ValueError(k)


# ---------------------------------------------------------------- self-check

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def word_in(w, t):
    return re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", t) is not None


def check(c, key, text, path):
    errs = []
    t = norm(text)
    tl = t.lower()
    a = c["a"]

    def need(cond, msg):
        if not cond:
            errs.append(msg)

    need("FICTIONAL" in t or "FICTICIA" in t, "no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        need(norm(key[f]) in t, f"{f} {key[f]!r} not printed")
    nd = c["key"]["notice_date"]
    need(f"{a['notice_label']} {a['notice_printed']}" in t, "notice label not followed by the printed date")
    need(D(2000, 1, 1) <= nd <= TODAY, "notice date out of range")
    need(a["notice_printed"] in {f(nd) for f in (DT.us, DT.long, DT.mon, DT.es, DT.dmy)},
         "the printed notice date is not the keyed one")
    sd = c["key"].get("service_dates", [])
    need(sd == sorted(sd), "service dates not sorted")
    need(all(D(2000, 1, 1) <= d < nd for d in sd), "a service date not before the notice date")
    if "service_list" in a:
        need(a["service_list"] in t, "the list of days is not printed")
    else:
        need(len(a["service_printed"]) == len(sd), "service dates and printed forms differ in number")
        for s in a["service_printed"]:
            need(s in t, f"service date {s} not printed")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for code in key.get(f, []):
            need(word_in(code, t), f"{f} {code} not printed as a word")
    need(key["denial_category"] in CATEGORIES, "unknown category")
    need(a["cat_ev"].lower() in tl, "category evidence not printed")
    need(a["plan_ev"].lower() in tl, "plan evidence not printed")
    need(any(w in a["plan_ev"].lower() for w in PLAN_WORDS[key["plan_type"]]),
         "plan evidence names no word of the keyed type")
    if key["plan_type"] == "employer_erisa":
        need(not any(w in tl for w in ("church", "iglesia", "governmental", "gubernamental", "medicaid",
                                       "medicare", "state employees")), "ERISA notice names another plan kind")
    need((a["urgent_ev"] is not None) == key["urgent"], "urgency evidence and key disagree")
    if a["urgent_ev"]:
        need(a["urgent_ev"].lower() in tl, "urgency evidence not printed")
    dl, basis = deadline(c)
    need(key["appeal_deadline"] == iso(dl), "deadline differs from the window")
    if a["window"][0] == "rule":
        need(basis == RULES[key["plan_type"]][0], "rule basis is not the plan type's")
    else:
        need(norm(basis) in t, "stated basis not printed")
        w = a["window"]
        need((str(w[1]) in basis) if w[0] != "date" else True, "basis lacks its number")
    need(dl > nd, "deadline before the notice")
    # appeals address: parts in order, close together
    parts = a["addr"]
    ok = False
    for m in re.finditer(re.escape(parts[0]), t):
        pos, good = m.end(), True
        for p in parts[1:]:
            j = t.find(p, pos)
            if j < 0 or j - pos > 200:
                good = False
                break
            pos = j + len(p)
        if good:
            ok = True
            break
    need(ok, "appeals address parts not found in order")
    need(key["appeals_address"] == ", ".join(parts), "address key is not the parts joined")
    keyed = {str(v) for f, v in key.items() if isinstance(v, str) and f not in ("file", "_note")}
    keyed |= {str(x) for f, v in key.items() if isinstance(v, list) for x in v}
    for tr in a["traps"]:
        need(norm(tr) in t, f"trap {tr!r} not printed")
        need(tr not in keyed, f"trap {tr!r} is a keyed value")
    for m in re.finditer(r"\b(?:1-)?(\d{3})-(\d{3})-(\d{4})\b", t):
        need(m.group(2) == "555" and m.group(3).startswith("01"), f"phone {m.group(0)} not 555-01xx")
    for m in re.finditer(r"[\w.-]+@([\w.-]+)|\b(?:https?://)?((?:[\w-]+\.)+(?:com|org|net|gov|edu|example))\b", t):
        dom = (m.group(1) or m.group(2) or "").rstrip(".")
        need(dom.endswith(".example") or dom == "", f"domain {dom} not .example")
    sz = os.path.getsize(path)
    need(sz < 4 * 1024 * 1024, f"file is {sz} bytes")
    return errs


# ---------------------------------------------------------------- main

def main(argv):
    want = {int(x) for x in argv} if argv else None
    if want is None:
        for f in os.listdir(HERE):
            if re.match(r"\d\d-", f):
                os.remove(os.path.join(HERE, f))
    problems, nfields, by_lang = [], 0, {"en": 0, "es": 0}
    for fn in C.CASES:
        c = fn()
        if want and c["n"] not in want:
            continue
        base = f"{c['n']:02d}-{c['slug']}"
        fname = f"{base}.{EXT[c['kind']]}"
        path = os.path.join(HERE, fname)
        if want:
            for f in os.listdir(HERE):
                if f.startswith(f"{c['n']:02d}-"):
                    os.remove(os.path.join(HERE, f))
        if c["device"]:
            text = write_image(c, path)
        else:
            {"txt": write_txt, "html": write_html, "eml": write_eml, "docx": write_docx,
             "pdf_text": write_pdf}[c["kind"]](c, path)
            text = read_back(c, path)
        key = build_key(c, fname)
        with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        errs = check(c, key, text, path)
        n = len([f for f in key if f not in ("file", "_note")])
        nfields += n
        by_lang[c["lang"]] += n
        md5 = hashlib.md5(open(path, "rb").read()).hexdigest()[:10]
        print(f"{c['n']:02d} {c['kind']:9s} {os.path.getsize(path) / 1e6:5.2f} MB {md5} {n} fields "
              + ("ok" if not errs else "PROBLEMS"))
        problems += [f"{c['n']:02d}: {e}" for e in errs]
    for p in problems:
        print("  " + p)
    done = 18 if want is None else len(want)
    ns = sum(1 for fn in C.CASES if fn()["lang"] == "es" and (want is None or fn()["n"] in want))
    print(f"{done} notices ({ns} in Spanish), {nfields} keyed fields (English {by_lang['en']}, Spanish "
          f"{by_lang['es']}); self-check: " + ("all keys found" if not problems else f"{len(problems)} PROBLEMS"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
