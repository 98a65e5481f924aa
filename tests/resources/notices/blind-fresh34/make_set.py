"""Rebuild blind intake set 34 (FICTIONAL) deterministically and self-check every key against its notice.

Usage: /work/main/.venv/bin/python make_set.py [NN ...]      exits 1 on any problem.
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
from html.parser import HTMLParser

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases as C          # noqa: E402
import dates               # noqa: E402
import devices             # noqa: E402

TODAY = dt.date(2026, 12, 6)
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "benefit_limit", "coding_billing", "timely_filing",
              "coordination_of_benefits", "other"}
PLAN_WORDS = {"employer_erisa": ["employer", "ERISA", "empleador"], "individual_aca": ["Marketplace", "Mercado",
              "student", "Estudiantes"], "church": ["church", "iglesia"], "governmental": ["state", "Estado",
              "Públicos"], "medicaid": ["Medicaid"], "medicare_advantage": ["Medicare Advantage"]}
RULES = {"employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)")}
CAT_WORDS = {"medical_necessity": ["medically necessary", "médicamente necesari"],
             "experimental_investigational": ["experimental"], "prior_authorization": ["authorization",
             "autorización previa"], "step_therapy": ["step therapy", "escalonada"], "out_of_network": ["network"],
             "not_covered": ["not a covered", "no es un beneficio cubierto"], "benefit_limit": ["maximum"],
             "coding_billing": ["inconsistent", "National Drug Code"], "timely_filing": ["time limit for filing"],
             "coordination_of_benefits": ["coordinación de beneficios", "coordination of benefits"],
             "other": ["terminó la cobertura", "coverage ended"]}
MAX_BYTES = 4 * 1024 * 1024


# ------------------------------------------------------------------ text model

def flatten(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            out.append(b[1])
        elif k == "kv":
            out += [f"{a}: {v}" for a, v in b[1]]
        elif k == "table":
            out += [" | ".join(r) for r in [b[1]] + b[2]]
        elif k == "addr":
            out += b[1]
        elif k == "box":
            out.append(flatten(b[1]))
        elif k == "cols":
            out += [flatten(b[1]), flatten(b[2])]
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


# ------------------------------------------------------------------ writers

def w_txt(case, path):
    lines = []
    for b in case["blocks"]:
        k = b[0]
        if k == "title":
            lines += [b[1], "=" * len(b[1])]
        elif k == "h":
            lines += ["", b[1], "-" * len(b[1])]
        elif k in ("p", "small"):
            import textwrap
            lines += textwrap.wrap(b[1], 76) + [""]
        elif k == "kv":
            lw = max(len(a) for a, _ in b[1]) + 2
            lines += [f"{(a + ':').ljust(lw)} {v}" for a, v in b[1]] + [""]
        elif k == "table":
            rows = [b[1]] + b[2]
            cw = [max(len(r[c]) for r in rows) + 2 for c in range(len(b[1]))]
            lines += ["  " + "".join(r[c].ljust(cw[c]) for c in range(len(r))).rstrip() for r in rows] + [""]
        elif k == "addr":
            lines += ["    " + a for a in b[1]] + [""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines).rstrip() + "\n")


def blocks_html(blocks):
    out = []
    for b in blocks:
        k = b[0]
        e = html.escape
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "small":
            out.append(f'<p class="small">{e(b[1])}</p>')
        elif k == "kv":
            out.append('<table class="kv">' + "".join(f"<tr><th>{e(a)}</th><td>{e(v)}</td></tr>" for a, v in b[1])
                       + "</table>")
        elif k == "table":
            out.append('<table class="lines"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in b[1]) +
                       "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                                                        for r in b[2]) + "</tbody></table>")
        elif k == "addr":
            out.append("<p class=addr>" + "<br>".join(e(a) for a in b[1]) + "</p>")
        elif k == "box":
            out.append('<div class="box">' + blocks_html(b[1]) + "</div>")
        elif k == "cols":
            out.append('<div class="cols"><div>' + blocks_html(b[1]) + "</div><div>" + blocks_html(b[2]) +
                       "</div></div>")
    return "\n".join(out)


def w_html(case, path):
    x, es = case["extra"], case["lang"] == "es"
    e = html.escape
    fict = C.FICTES if es else C.FICT
    host = "miembros.empleadospublicos.example" if es else "members.junipertrail.example"
    nav = (["Inicio", "Reclamos", "Beneficios", "Mensajes", "Mi cuenta"] if es else
           ["Home", "Claims", "Benefits", "Messages", "My account"])
    side_h = "Reclamos recientes" if es else "Recent claims"
    side = "".join(f"<li><b>{e(c)}</b><br>{e(d)} &middot; {e(code)} &middot; {e(st)}</li>" for c, d, code, st in
                   x["others"])
    doc = f"""<!DOCTYPE html>
<html lang="{case['lang']}"><head><meta charset="utf-8"><title>{e(x['title'])}</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .top{{background:#234;color:#fff;padding:8px 16px}}
nav a{{color:#fff;margin-right:14px}} main{{display:flex}} .claim{{flex:3;padding:16px}} aside{{flex:1;background:#eef;
padding:16px}} table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:4px 8px;text-align:left}}
.small{{font-size:80%}} .stamp{{font-size:70%;color:#555;display:flex;justify-content:space-between}}</style>
<script>window.dataLayer=window.dataLayer||[];function keepAlive(){{return 0}}</script></head>
<body>
<div class="stamp"><span>{e(x['stamp'])}</span><span>{e(x['title'])}</span></div>
<div class="top"><b>{'Portal de afiliados' if es else 'Member portal'}</b> &nbsp; <nav>{''.join(f'<a href="#">{e(n)}</a>' for n in nav)}</nav>
<span style="float:right">{e(x['user'])}</span></div>
<p class="small">{e(fict)}</p>
<main><section class="claim">
{blocks_html(case['blocks'])}
</section>
<aside><h3>{side_h}</h3><ul>{side}</ul></aside></main>
<div class="stamp"><span>https://{host}/claims/{e(case['facts']['claim_number'])}</span><span>1/1</span></div>
</body></html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


def w_eml(case, path):
    x, es = case["extra"], case["lang"] == "es"
    body_txt = flatten(case["blocks"])
    if es:
        fw_txt = ("-----Mensaje original-----\n"
                  f"De: {x['inner_from'][0]} <{x['inner_from'][1]}>\nEnviado el: {x['inner_sent']}\n"
                  f"Para: {x['inner_to']}\nAsunto: {x['inner_subject']}\n")
    else:
        fw_txt = ("________________________________\n"
                  f"From: {x['inner_from'][0]} <{x['inner_from'][1]}>\nSent: {x['inner_sent']}\n"
                  f"To: {x['inner_to']}\nSubject: {x['inner_subject']}\n")
    plain = f"{x['note_text']}\n\n{fw_txt}\n{body_txt}\n"
    e = html.escape
    fw_html = "<br>".join(e(line) for line in fw_txt.strip().split("\n"))
    htm = (f"<html><body><div>{e(x['note_text'])}</div><br><div style='border-top:solid #E1E1E1 1pt'>"
           f"<p>{fw_html}</p></div>{blocks_html(case['blocks'])}</body></html>")
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = f"{x['outer_from'][0]} <{x['outer_from'][1]}>"
    m["To"] = f"{x['outer_to'][0]} <{x['outer_to'][1]}>"
    m["Subject"] = x["subject"]
    m["Date"] = x["outer_date"]
    m["Message-ID"] = f"<set34-{case['n']:02d}@mail.example>"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m.set_content(plain, cte="quoted-printable")
    m.add_alternative(htm, subtype="html", cte="base64" if es else "quoted-printable")
    m.set_boundary(f"----=_NextPart_034_{case['n']:02d}_01DB4C2F")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


def w_docx(case, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Liberation Serif", Pt(11)
    for b in case["blocks"]:
        k = b[0]
        if k == "title":
            r = d.add_paragraph().add_run(b[1]); r.bold = True; r.font.size = Pt(16)
        elif k == "h":
            r = d.add_paragraph().add_run(b[1]); r.bold = True
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            r = d.add_paragraph().add_run(b[1]); r.font.size = Pt(8)
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = a + ":", v
        elif k == "addr":
            p = d.add_paragraph()
            for i, a in enumerate(b[1]):
                run = p.add_run(a)
                if i < len(b[1]) - 1:
                    run.add_break()
    cp = d.core_properties
    fixed = dt.datetime(2026, 11, 3, 9, 0, 0)
    cp.author, cp.title, cp.created, cp.modified, cp.last_modified_by = "Copperline", "Claim letter", fixed, fixed, ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


def w_pdf(case, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    F = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
    body = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12.5, spaceAfter=6)
    small = ParagraphStyle("s", fontName="LS", fontSize=7.5, leading=9.5, spaceAfter=4)
    head = ParagraphStyle("h", fontName="LSB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
    title = ParagraphStyle("t", fontName="LSB", fontSize=15, leading=19, spaceAfter=4)
    e = html.escape

    def flow(blocks):
        out = []
        for b in blocks:
            k = b[0]
            if k in ("title", "h", "p", "small"):
                out.append(Paragraph(e(b[1]), {"title": title, "h": head, "p": body, "small": small}[k]))
            elif k == "kv":
                data, row = [], []
                for a, v in b[1]:
                    row += [Paragraph(f"<b>{e(a)}</b>", small), Paragraph(e(v), body)]
                    if len(row) == 4:
                        data.append(row); row = []
                if row:
                    data.append(row + [""] * (4 - len(row)))
                t = Table(data, colWidths=[1.1 * inch, 2.3 * inch, 1.1 * inch, 2.3 * inch])
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8e8e8")),
                                       ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e8e8e8")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(t)
            elif k == "table":
                data = [[Paragraph(f"<b>{e(h)}</b>", small) for h in b[1]]] + [[Paragraph(e(c), body) for c in r]
                                                                              for r in b[2]]
                t = Table(data, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]))
                out += [Spacer(1, 4), t, Spacer(1, 6)]
            elif k == "box":
                inner = flow(b[1])
                t = Table([[inner]])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.black)]))
                out += [Spacer(1, 6), t, Spacer(1, 6)]
        return out

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch, title="Notice of claim denial",
                            author="Birchline Claims Services", invariant=1)
    doc.build(flow(case["blocks"]))


def w_image(case, path):
    base = case.get("base", 30 if case["device"] == "thumb" else 26)
    face = "mono" if case["device"] == "lineargamma" else ("serif" if case["device"] in ("emboss", "mosaic") else "sans")
    page, marks = devices.render(case["blocks"], base=base, face=face)
    rng = np.random.default_rng(3400 + case["n"])
    img, words = devices.DEVICES[case["device"]](page, marks, rng, case)
    kind = case["kind"]
    if kind == "jpg":
        img.convert("RGB").save(path, "JPEG", quality=88, optimize=False, subsampling=2)
    elif kind == "png":
        img.save(path, "PNG", compress_level=9)
    elif kind == "tif":
        img.save(path, "TIFF", compression="tiff_adobe_deflate", dpi=(200, 200))
    elif kind == "pdfimg":
        import img2pdf
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=85, dpi=(200, 200))
        with open(path, "wb") as f:
            f.write(img2pdf.convert(buf.getvalue(), nodate=True, engine=img2pdf.Engine.internal))
    return words


EXT = {"jpg": "jpg", "png": "png", "tif": "tif", "pdfimg": "pdf", "pdf": "pdf", "docx": "docx", "eml": "eml",
       "html": "html", "txt": "txt"}


def build(case):
    fname = f"{case['n']:02d}-{case['slug']}.{EXT[case['kind']]}"
    path = os.path.join(HERE, fname)
    words = []
    k = case["kind"]
    if k in ("jpg", "png", "tif", "pdfimg"):
        words = w_image(case, path)
    else:
        {"txt": w_txt, "html": w_html, "eml": w_eml, "docx": w_docx, "pdf": w_pdf}[k](case, path)
    return fname, words


# ------------------------------------------------------------------ keys

def deadline(case):
    f, (how, val, basis) = case["facts"], case["window"]
    if how == "days":
        return f["notice_date"] + dt.timedelta(days=val), basis
    if how == "date":
        return val, basis
    days, cite = RULES[f["plan_type"]]
    return f["notice_date"] + dt.timedelta(days=days), cite


def make_key(case, fname):
    f = case["facts"]
    dl, basis = deadline(case)
    k = {"file": fname, "_note": "FICTIONAL. " + case["note"], "patient_name": f["patient_name"],
         "member_id": f["member_id"], "claim_number": f["claim_number"], "notice_date": f["notice_date"].isoformat()}
    if f.get("service_dates"):
        k["service_dates"] = [d.isoformat() for d in f["service_dates"]]
    k["procedure_codes"] = f["procedure_codes"]
    k["diagnosis_codes"] = f["diagnosis_codes"]
    if f.get("carc_codes"):
        k["carc_codes"] = f["carc_codes"]
    k.update(denial_category=f["denial_category"], plan_type=f["plan_type"], urgent=f["urgent"],
             appeal_deadline=dl.isoformat(), deadline_basis=basis, appeals_address=", ".join(case["addr"]))
    return k


# ------------------------------------------------------------------ reading back

class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "title"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(s):
    p = _Text()
    p.feed(s)
    return "".join(p.out)


def read_back(case, path, words):
    k = case["kind"]
    if k == "txt":
        return open(path, encoding="utf-8").read()
    if k == "html":
        return html_text(open(path, encoding="utf-8").read())
    if k == "eml":
        m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        parts = [f"{h}: {m[h]}" for h in ("From", "To", "Subject", "Date")]
        for part in m.walk():
            if part.get_content_type() == "text/plain":
                parts.append(part.get_content())
            elif part.get_content_type() == "text/html":
                parts.append(html_text(part.get_content()))
        return "\n".join(parts)
    if k == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if k == "pdf":
        import pypdf
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(path).pages)
    return flatten(case["blocks"]) + "\n" + "\n".join(words)       # images: the model they were drawn from


# ------------------------------------------------------------------ the self-check

def word_in(w, text):
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(w) + r"(?![A-Za-z0-9])", text) is not None


def check(case, key, text, path):
    errs = []
    t = norm(text)
    f = case["facts"]
    if "FICTIONAL" not in t and "FICTICIA" not in t:
        errs.append("no FICTIONAL/FICTICIA on the face")
    for fld in ("patient_name", "member_id", "claim_number"):
        if norm(key[fld]) not in t:
            errs.append(f"{fld} {key[fld]!r} not printed")
    nd = dt.date.fromisoformat(key["notice_date"])
    if not dates.parses_to(case["nd_printed"], nd):
        errs.append("nd_printed is not the keyed notice date")
    if not re.search(re.escape(case["nd_label"]) + r"\s*[:|]?\s*\|?\s*" + re.escape(case["nd_printed"]), t):
        errs.append(f"notice-date label {case['nd_label']!r} not followed by {case['nd_printed']!r}")
    if not (dt.date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date outside 2000..today")
    sds = [dt.date.fromisoformat(d) for d in key.get("service_dates", [])]
    if sds:
        if sds != sorted(sds) or any(d >= nd for d in sds):
            errs.append("service dates unsorted or not before the notice date")
        for d, p in zip(sds, case["sd_printed"]):
            if not dates.parses_to(p, d) or p not in t:
                errs.append(f"service date {d} not printed as {p!r}")
        if len(case["sd_printed"]) != len(sds):
            errs.append("printed service dates do not match")
    for c in key["procedure_codes"] + key["diagnosis_codes"] + key.get("carc_codes", []):
        if not word_in(c, t):
            errs.append(f"code {c} not printed as a word")
    if key["denial_category"] not in CATEGORIES:
        errs.append("unknown category")
    elif not any(w.lower() in case["ev"]["denial_category"].lower() for w in CAT_WORDS[key["denial_category"]]):
        errs.append("category evidence holds no word of the keyed category")
    for fld in ("denial_category", "plan_type"):
        if norm(case["ev"][fld]) not in t:
            errs.append(f"{fld} evidence not printed")
    if not any(w.lower() in case["ev"]["plan_type"].lower() for w in PLAN_WORDS[key["plan_type"]]):
        errs.append("plan-type evidence holds no word of the keyed type")
    if key["plan_type"] == "employer_erisa" and re.search(r"church plan|government|Medicaid|Medicare", t, re.I):
        errs.append("ERISA notice names another plan kind")
    if bool(case["ev"].get("urgent")) != key["urgent"] or (key["urgent"] and norm(case["ev"]["urgent"]) not in t):
        errs.append("urgency evidence mismatch")
    how, val, basis = case["window"]
    if how in ("days", "date"):
        if norm(basis) not in t:
            errs.append("deadline basis not printed")
        if how == "days" and str(val) not in basis:
            errs.append("basis lacks its number")
        if how == "date" and not any(w(val) in basis for w in dates.WRITERS):
            errs.append("basis lacks its date")
    elif key["deadline_basis"] != RULES.get(key["plan_type"], (0, None))[1]:
        errs.append("rule basis wrong")
    want = (nd + dt.timedelta(days=val) if how == "days" else val if how == "date"
            else nd + dt.timedelta(days=RULES.get(key["plan_type"], (0, None))[0]))
    if key["appeal_deadline"] != want.isoformat():
        errs.append(f"deadline {key['appeal_deadline']} is not {want} by the window")
    if how != "rule" and key["deadline_basis"] != basis:
        errs.append("deadline basis is not the notice's words")
    # appeals address: parts in order, each within 200 characters of the one before
    parts = [norm(p) for p in case["addr"]]
    ok = False
    for m0 in re.finditer(re.escape(parts[0]), t):
        pos, good = m0.end(), True
        for p in parts[1:]:
            i = t.find(p, pos)
            if i < 0 or i - pos > 200:
                good = False
                break
            pos = i + len(p)
        if good:
            ok = True
            break
    if not ok:
        errs.append("appeals address parts not found in order")
    if key["appeals_address"] != ", ".join(case["addr"]):
        errs.append("address key is not the parts joined")
    keyed = set()
    for v in key.values():
        keyed |= set(v) if isinstance(v, list) else {str(v)}
    for tr in case["traps"]:
        if norm(tr) not in t:
            errs.append(f"trap {tr!r} not printed")
        if tr in keyed:
            errs.append(f"trap {tr!r} is a keyed value")
    for ph in re.findall(r"\b1-555-(\d{4})\b", t):
        if not ph.startswith("01"):
            errs.append(f"phone 555-{ph} outside 01xx")
    if re.search(r"\b\d{3}[-.]\d{3}[-.]\d{4}\b", t.replace("1-555-", "")):
        errs.append("a phone-like number outside 555-01xx")
    for dom in re.findall(r"[A-Za-z0-9-]+\.(?:com|org|net|gov|edu|io|us)\b", t):
        errs.append(f"real-looking domain {dom}")
    if os.path.getsize(path) >= MAX_BYTES:
        errs.append("file over 4 MB")
    return errs


def main(argv):
    want = {int(a) for a in argv}
    allc = [c() for c in C.CASES]
    todo = [c for c in allc if not want or c["n"] in want]
    for c in todo:
        for fn in os.listdir(HERE):
            if fn.startswith(f"{c['n']:02d}-"):
                os.remove(os.path.join(HERE, fn))
    bad, fields, en, es_ = 0, 0, 0, 0
    for c in todo:
        fname, words = build(c)
        key = make_key(c, fname)
        kpath = os.path.join(HERE, f"{c['n']:02d}-{c['slug']}.expected.json")
        with open(kpath, "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        path = os.path.join(HERE, fname)
        errs = check(c, key, read_back(c, path, words), path)
        nf = len([k for k in key if k not in ("file", "_note")])
        fields += nf
        if c["lang"] == "es":
            es_ += nf
        else:
            en += nf
        size = os.path.getsize(path)
        print(f"{fname}: {nf} fields, {size / 1e6:.2f} MB" + ("" if not errs else "  PROBLEMS: " + "; ".join(errs)))
        bad += bool(errs)
    nes = sum(c["lang"] == "es" for c in todo)
    print(f"{len(todo)} notices ({nes} in Spanish), {fields} keyed fields (English {en}, Spanish {es_}); "
          f"self-check: {'all keys found' if not bad else f'{bad} notice(s) with problems'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
