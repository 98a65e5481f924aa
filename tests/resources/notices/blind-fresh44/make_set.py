"""Build blind intake set 44 (issue 19): 18 FICTIONAL notices and their keys, then check every key against the
notice. `python make_set.py` rebuilds everything; `python make_set.py 04 13` only those. Exit 1 on a problem."""
import email.policy
import glob
import html
import io
import json
import os
import re
import sys
import zipfile
from datetime import date
from email.message import EmailMessage
from email import message_from_bytes
from html.parser import HTMLParser

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases  # noqa: E402
import devices  # noqa: E402
from dates import add_days, add_months, forms, EN_MONTHS, ES_MONTHS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = date(2026, 12, 7)
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "coordination_of_benefits",
              "benefit_limit", "other"}
PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "short_term", "unknown"}
PLAN_WORDS = dict(employer_erisa=["ERISA"], individual_aca=["Marketplace", "Mercado"],
                  medicare_advantage=["Medicare Advantage"], medicare=["Medicare Summary Notice", "Medicare"],
                  medicare_part_d=["Part D"], medicaid=["Medicaid"], fehb=["FEHB"], chip=["CHIP"],
                  governmental=["governmental"], church=["church plan"], tricare=["TRICARE"],
                  short_term=["short-term", "Short-Term"])
RULE_BASIS = {("church", "rule_months"): "26 CFR 54.9815-2719(c)-(d)"}
EXT = dict(pdf="pdf", docx="docx", eml="eml", html="html", txt="txt", jpg="jpg", jpgscan="jpg", png="png",
           tif="tif", imgpdf="pdf")
KEY_ORDER = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
             "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
             "deadline_basis", "appeals_address"]


# ------------------------------------------------------------------ text model
def text_model(c):
    out = []
    for line in c.get("header", []):
        out.append(line)
    for b in c["blocks"]:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            out.append(b[1])
        elif k == "kv":
            out += [f"{a}: {v}" for a, v in b[1]]
        elif k == "table":
            out.append("   ".join(b[1]))
            out += ["   ".join(r) for r in b[2]]
        elif k == "addr":
            out += b[1]
    for line in c.get("footer", []):
        out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------ writers
def write_pdf(c, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak
    fd = devices.FONTDIR
    pdfmetrics.registerFont(TTFont("LS", fd + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", fd + "LiberationSans-Bold.ttf"))
    st = dict(p=ParagraphStyle("p", fontName="LS", fontSize=10, leading=13.5, spaceAfter=6),
              small=ParagraphStyle("s", fontName="LS", fontSize=8, leading=10, spaceAfter=3),
              h=ParagraphStyle("h", fontName="LSB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=5),
              title=ParagraphStyle("t", fontName="LSB", fontSize=16, leading=20, spaceAfter=2),
              addr=ParagraphStyle("a", fontName="LSB", fontSize=10, leading=12.5, leftIndent=24))
    story = []
    for b in c["blocks"]:
        k = b[0]
        if k in st and k != "addr":
            story.append(Paragraph(html.escape(b[1]), st[k]))
        elif k == "gap":
            story.append(Spacer(1, 6))
        elif k == "addr":
            story.append(Paragraph("<br/>".join(html.escape(x) for x in b[1]), st["addr"]))
            story.append(Spacer(1, 6))
        elif k == "kv":
            t = Table([[Paragraph(html.escape(a), st["h"]), Paragraph(html.escape(v), st["p"])] for a, v in b[1]],
                      colWidths=[1.9 * inch, 4.6 * inch])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif k == "table":
            data = [b[1]] + b[2]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LSB", 8.5), ("FONT", (0, 1), (-1, -1), "LS", 8.5),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ee"))]))
            story += [t, Spacer(1, 8)]

    def foot(canv, doc):
        canv.setFont("LS", 7.5)
        canv.drawString(0.8 * inch, 0.5 * inch, f"FICTIONAL SAMPLE - page {doc.page} - claim CLM 26-0713-55082")

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.8 * inch, invariant=1,
                            title="Final internal adverse benefit determination", author="Tallgrass (fictional)")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def fixed_zip(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_docx(c, path):
    import docx
    from docx.shared import Pt
    from datetime import datetime
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = "Liberation Serif"
    stl.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = c["header"][0]
    for line in c["header"][1:]:
        p = sec.header.add_paragraph(line)
        p.runs[0].bold = True
    sec.footer.paragraphs[0].text = c["footer"][0]
    for line in c["footer"][1:]:
        sec.footer.add_paragraph(line)
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            r = d.add_paragraph().add_run(b[1]); r.bold = True; r.font.size = Pt(16)
        elif k == "h":
            r = d.add_paragraph().add_run(b[1]); r.bold = True
        elif k == "p":
            p = d.add_paragraph(b[1]); p.paragraph_format.space_after = Pt(4)
        elif k == "small":
            r = d.add_paragraph().add_run(b[1]); r.font.size = Pt(8)
        elif k == "gap":
            d.add_paragraph("")
        elif k == "addr":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Pt(28)
            for i, line in enumerate(b[1]):
                r = p.add_run(line); r.bold = True
                if i < len(b[1]) - 1:
                    r.add_break()
        elif k in ("kv", "table"):
            rows = [[a, v] for a, v in b[1]] if k == "kv" else [b[1]] + b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    cp = d.core_properties
    cp.author = "Fictional sample"
    cp.last_modified_by = "Fictional sample"
    cp.created = cp.modified = datetime(2026, 11, 30, 9, 0, 0)
    cp.revision = 1
    d.save(path)
    fixed_zip(path)


def blocks_html(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{html.escape(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{html.escape(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif k == "small":
            out.append(f"<p class=\"small\">{html.escape(b[1])}</p>")
        elif k == "addr":
            out.append("<p class=\"addr\">" + "<br>\n".join(html.escape(x) for x in b[1]) + "</p>")
        elif k == "kv":
            out.append("<table class=\"facts\">" + "".join(
                f"<tr><th>{html.escape(a)}</th><td>{html.escape(v)}</td></tr>" for a, v in b[1]) + "</table>")
        elif k == "table":
            out.append("<table class=\"lines\"><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in b[1]) + "</tr>"
                       + "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in r) + "</tr>" for r in b[2])
                       + "</table>")
    return "\n".join(out)


def write_eml(c, path):
    e = c["extra"]
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"], m["To"], m["Date"], m["Subject"] = e["From"], e["To"], e["Date"], e["Subject"]
    m["Message-ID"] = "<letter-ps26-1107-3318@prairieshield.example>"
    m.set_content(e["stub"] + "\n", cte="quoted-printable")
    body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:Arial}"
            "th{text-align:left;padding-right:14px} table.lines td,table.lines th{border:1px solid #999;padding:3px}"
            "</style></head><body>\n" + blocks_html(c["blocks"]) + "\n</body></html>\n")
    m.add_alternative(body, subtype="html", cte="quoted-printable")
    m.set_boundary("=_ps_boundary_44_03")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


def write_html(c, path):
    e = c["extra"]
    side = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{s}</td><td>{d}</td></tr>" for a, b, s, d in e["side"])
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Evergreen Harbor Rx - Appeals and coverage decisions</title>
<style>
body {{ font-family: Helvetica, Arial, sans-serif; margin: 0; color: #222 }}
.print {{ font-size: 11px; color: #555; display: flex; justify-content: space-between; padding: 2px 8px }}
nav {{ background: #0b4f4a; color: #fff; padding: 10px 16px }} nav a {{ color: #fff; margin-right: 18px }}
main {{ display: grid; grid-template-columns: 3fr 1fr; gap: 24px; padding: 18px }}
table.facts th {{ text-align: left; padding-right: 16px; vertical-align: top }}
.addr {{ font-weight: bold; margin-left: 24px }}
.small {{ font-size: 12px; color: #555 }}
@media (max-width: 600px) {{ main {{ display: block }} }}
</style>
<script>window.dataLayer = window.dataLayer || []; function keepAlive() {{ return 1; }}</script>
</head><body>
<div class="print"><span>{e['stamp']}</span><span>Evergreen Harbor Rx - Appeals and coverage decisions</span></div>
<nav><a href="https://member.evergreenharbor-rx.example/home">Home</a><a href="#">My drugs</a><a href="#">Claims</a>
<a href="#">Appeals &amp; coverage decisions</a><span>Signed in as {html.escape(e['signed_in'])}</span></nav>
<main>
<section>
{blocks_html(c['blocks'])}
<p class="small">{cases.FIC_EN}</p>
</section>
<aside>
<h3>Your requests</h3>
<table class="lines"><tr><th>Number</th><th>Drug</th><th>Status</th><th>Date</th></tr>{side}</table>
<p class="small">Need help? Call 1-555-0189 (TTY 711), 8 a.m. to 8 p.m.</p>
</aside>
</main>
<div class="print"><span>https://member.evergreenharbor-rx.example/appeals/RD-26-0093318</span><span>1/1</span></div>
</body></html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


def write_txt(c, path):
    W = 80
    lines = ["+" + "-" * (W - 2) + "+"]
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            lines.append("| " + b[1].center(W - 4) + " |")
        elif k == "small":
            for ln in textwrap_(b[1], W - 4):
                lines.append("| " + ln.ljust(W - 4) + " |")
            lines.append("+" + "-" * (W - 2) + "+")
        elif k == "h":
            lines += ["", b[1], "=" * len(b[1])]
        elif k == "p":
            lines += [""] + textwrap_(b[1], 76)
        elif k == "kv":
            lines.append("")
            lines += [f"  {a + ':':<28}{v}" for a, v in b[1]]
        elif k == "addr":
            lines.append("")
            lines += ["      " + x for x in b[1]]
        elif k == "table":
            ws = [max(len(b[1][i]), *(len(r[i]) for r in b[2])) + 2 for i in range(len(b[1]))]
            lines.append("")
            lines.append("  " + "".join(h.ljust(w) for h, w in zip(b[1], ws)).rstrip())
            lines.append("  " + "".join(("-" * (w - 2)).ljust(w) for w in ws).rstrip())
            lines += ["  " + "".join(x.ljust(w) for x, w in zip(r, ws)).rstrip() for r in b[2]]
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


def textwrap_(t, w):
    import textwrap
    return textwrap.wrap(t, w)


def write_image(c, path):
    rng = np.random.default_rng(4400 + c["n"])
    opts = {}
    if c["device"] == "hollow":
        opts = dict(title_size=76, heading_size=44)
    if c["device"] == "sanitizer":
        opts = dict(serif=True)
    page, tags = devices.render(c["blocks"], **opts)
    img = devices.DEVICES[c["device"]](page, tags, rng)
    kind = c["kind"]
    if kind in ("jpg", "jpgscan"):
        img.save(path, "JPEG", quality=88 if kind == "jpg" else 90, optimize=True, dpi=(200, 200) if kind == "jpgscan"
                 else (72, 72))
    elif kind == "png":
        img.save(path, "PNG", optimize=True, dpi=(150, 150))
    elif kind == "tif":
        img.save(path, "TIFF", compression="tiff_adobe_deflate", dpi=(200, 200))
    elif kind == "imgpdf":
        import img2pdf
        buf = io.BytesIO()
        if img.mode == "1":
            img.save(buf, "PNG", optimize=True, dpi=(200, 200))
        else:
            img.save(buf, "JPEG", quality=85, dpi=(200, 200))
        layout = img2pdf.get_fixed_dpi_layout_fun((200, 200))
        with open(path, "wb") as f:
            f.write(img2pdf.convert(buf.getvalue(), layout_fun=layout, nodate=True, engine=img2pdf.Engine.internal))


WRITERS = dict(pdf=write_pdf, docx=write_docx, eml=write_eml, html=write_html, txt=write_txt)


# ------------------------------------------------------------------ keys
def build_key(c, fname):
    k = dict(c["key"])
    nd = k["notice_date"]
    w = c["window"]
    if w is None:
        dl = None
    elif w[0] == "days":
        dl = add_days(nd, w[1])
    elif w[0] in ("months", "rule_months"):
        dl = add_months(nd, w[1])
    elif w[0] == "date":
        dl = w[1]
    if dl != c["expect_deadline"]:
        raise SystemExit(f"{c['n']:02d}: deadline {dl} != expected {c['expect_deadline']}")
    if dl is not None:
        k["appeal_deadline"] = dl
        k["deadline_basis"] = c["basis"]
        k["appeals_address"] = ", ".join(c["addr"])
    out = {"file": fname, "_note": "FICTIONAL. " + c["note"]}
    for name in KEY_ORDER:
        if name in k:
            v = k[name]
            if isinstance(v, date):
                v = v.isoformat()
            elif isinstance(v, list):
                v = [x.isoformat() if isinstance(x, date) else x for x in v]
            out[name] = v
    return out


# ------------------------------------------------------------------ read back
class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in ("br", "p", "tr", "h1", "h2", "h3", "div", "table", "li", "section"):
            self.parts.append("\n")
        if tag in ("td", "th"):
            self.parts.append("  ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(s):
    p = _Text()
    p.feed(s)
    return "".join(p.parts)


def read_back(c, path):
    kind = c["kind"]
    if kind == "pdf":
        import pypdf
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(path).pages)
    if kind == "docx":
        import docx
        d = docx.Document(path)
        parts = []
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append("   ".join(cell.text for cell in r.cells))
        return "\n".join(parts)
    if kind == "eml":
        m = message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        hdr = "\n".join(f"{h}: {m[h]}" for h in ("From", "To", "Date", "Subject"))
        body = m.get_body(("html",)).get_content()
        return hdr + "\n" + html_text(body)
    if kind == "html":
        return html_text(open(path, encoding="utf-8").read())
    if kind == "txt":
        return open(path, encoding="utf-8").read()
    return text_model(c)   # images: the text the picture was drawn from


# ------------------------------------------------------------------ check
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def parse_printed(s):
    out = set()
    for m in re.finditer(r"(\d{1,2})/(\d{1,2})/(\d{4})", s):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        for mo, d in ((a, b), (b, a)):
            try:
                out.add(date(y, mo, d))
            except ValueError:
                pass
    for i, mn in enumerate(EN_MONTHS):
        for m in re.finditer(mn + r" (\d{1,2}), (\d{4})", s):
            out.add(date(int(m.group(2)), i + 1, int(m.group(1))))
    for i, mn in enumerate(ES_MONTHS):
        for m in re.finditer(r"(\d{1,2}) de " + mn + r" de (\d{4})", s):
            out.add(date(int(m.group(2)), i + 1, int(m.group(1))))
    return out


def list_days(s):
    """'September 14, 15, 16 and 17, 2026' / 'los días 5, 12 y 19 de octubre de 2026' -> dates."""
    for i, mn in enumerate(EN_MONTHS):
        m = re.search(mn + r" ((?:\d{1,2}, )+\d{1,2},? and \d{1,2}), (\d{4})", s)
        if m:
            return sorted(date(int(m.group(2)), i + 1, int(x)) for x in re.findall(r"\d{1,2}", m.group(1)))
    mre = "|".join(EN_MONTHS)
    m = re.search(r"((?:(?:%s) \d{1,2}, )+(?:%s) \d{1,2},? and (?:%s) \d{1,2}), (\d{4})" % (mre, mre, mre), s)
    if m:
        return sorted(date(int(m.group(2)), EN_MONTHS.index(mn) + 1, int(d))
                      for mn, d in re.findall(r"(%s) (\d{1,2})" % mre, m.group(1)))
    for i, mn in enumerate(ES_MONTHS):
        m = re.search(r"días ((?:\d{1,2}, )*\d{1,2} y \d{1,2}) de " + mn + r" de (\d{4})", s)
        if m:
            return sorted(date(int(m.group(2)), i + 1, int(x)) for x in re.findall(r"\d{1,2}", m.group(1)))
    return None


def check(c, key, path):
    errs = []
    t = norm(read_back(c, path))
    k = c["key"]
    if "FICTIONAL" not in t and "FICTICIA" not in t:
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        if norm(k[f]) not in t:
            errs.append(f"{f} {k[f]!r} not printed")
    for code in k.get("procedure_codes", []) + k.get("diagnosis_codes", []) + k.get("carc_codes", []):
        if not re.search(r"(?<![\w.-])" + re.escape(code) + r"(?![\w-])", t):
            errs.append(f"code {code} not printed as a word")
    # notice date: label then the printed date; that printed date is the key's
    nd = k["notice_date"]
    lab = re.escape(c["notice_label"]) + r"\s*:?\s*" + re.escape(c["notice_printed"])
    if not re.search(lab, t):
        errs.append(f"notice label {c['notice_label']!r} not followed by {c['notice_printed']!r}")
    if c["notice_printed"] not in forms(nd):
        errs.append("printed notice date is not the keyed one")
    if not (date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date out of range")
    sd = k.get("service_dates", [])
    if sd:
        if sd != sorted(sd):
            errs.append("service dates not sorted")
        if max(sd) >= nd:
            errs.append("a service date is not before the notice date")
        if c.get("service_list"):
            if c["service_list"] not in t or list_days(c["service_list"]) != sd:
                errs.append("service list not printed or not the keyed days")
        else:
            for d in sd:
                if not any(f in t for f in forms(d)):
                    errs.append(f"service date {d} not printed")
    if k["denial_category"] not in CATEGORIES or k["plan_type"] not in PLAN_TYPES:
        errs.append("category or plan type not a docs/domain.md name")
    for w in c["ev"]["category"] + c["ev"]["plan"]:
        if w not in t:
            errs.append(f"evidence {w!r} not printed")
    if k["urgent"] != bool(c["ev"].get("urgent")):
        errs.append("urgency evidence disagrees with the key")
    for w in c["ev"].get("urgent", []):
        if w not in t:
            errs.append(f"urgency evidence {w!r} not printed")
    need = PLAN_WORDS[k["plan_type"]]
    if not any(w in t for w in need) or not any(w in x for w in need for x in c["ev"]["plan"]):
        errs.append(f"plan type {k['plan_type']} has none of its words in the notice or its evidence")
    if k["plan_type"] == "employer_erisa" and re.search(r"church plan|governmental plan|Medicaid|Medicare", t):
        errs.append("an ERISA notice names another plan type")
    # deadline and basis
    w = c["window"]
    if w:
        basis = c["basis"]
        if w[0] == "rule_months":
            if RULE_BASIS.get((k["plan_type"], "rule_months")) != basis:
                errs.append("rule basis is not the plan type's citation")
            if re.search(r"within \d+ (days|months)|\d+ months", t.split("External review")[-1]):
                errs.append("a rule-keyed notice prints a window for the next level")
        else:
            if basis not in t:
                errs.append("stated basis not printed verbatim")
            if w[0] == "date":
                if not any(f in basis for f in forms(w[1])):
                    errs.append("stated date not in the basis")
            elif str(w[1]) not in basis:
                errs.append("the window's number not in the basis")
        # appeals address: parts in order, each within 200 characters of the one before
        pos, ok = -1, True
        starts = [m.start() for m in re.finditer(re.escape(norm(c["addr"][0])), t)]
        found = False
        for s0 in starts:
            p = s0 + len(norm(c["addr"][0]))
            good = True
            for part in c["addr"][1:]:
                q = t.find(norm(part), p)
                if q < 0 or q - p > 200:
                    good = False
                    break
                p = q + len(norm(part))
            if good:
                found = True
                break
        if not found:
            errs.append("appeals address parts not printed in order")
    else:
        if any(x in key for x in ("appeal_deadline", "deadline_basis", "appeals_address")):
            errs.append("a deadline keyed where the notice leaves none")
    # traps: printed, and never a keyed value
    keyed = set()
    for v in key.values():
        keyed |= set(v) if isinstance(v, list) else {str(v)}
    keyed_dates = set(sd) | {nd}
    for tr in c["traps"]:
        if norm(tr) not in t:
            errs.append(f"trap {tr!r} not printed")
        if tr in keyed or any(tr == x for x in keyed):
            errs.append(f"trap {tr!r} is keyed")
        if parse_printed(tr) & keyed_dates and tr not in (c["notice_printed"],):
            # a trap date may share a form with a keyed date only when it is written another way
            if any(f == tr for d in keyed_dates for f in forms(d)):
                errs.append(f"trap date {tr!r} equals a keyed date")
    # phones and domains
    for ph in re.findall(r"\b1-\d{3}-\d{3}-\d{4}\b", t):
        if not re.fullmatch(r"1-555-01\d\d", ph[:12]):
            errs.append(f"phone {ph} not 1-555-01xx")
    for ph in re.findall(r"\b\d{3}-\d{4}\b", t):
        pass
    for dom in re.findall(r"(?:www\.|@|https?://)([A-Za-z0-9.-]+)", t):
        if not dom.rstrip(".").split("/")[0].endswith(".example"):
            errs.append(f"domain {dom} not .example")
    size = os.path.getsize(path)
    if size >= 4 * 1024 * 1024:
        errs.append(f"file {size} bytes, over 4 MB")
    return errs


def main(argv):
    want = {int(a) for a in argv} if argv else None
    allc = [f() for f in cases.ALL]
    problems, fields, fen, fes = [], 0, 0, 0
    for c in allc:
        fname = f"{c['n']:02d}-{c['slug']}.{EXT[c['kind']]}"
        path = os.path.join(HERE, fname)
        if want is None or c["n"] in want:
            for old in glob.glob(os.path.join(HERE, f"{c['n']:02d}-*")):
                os.remove(old)
            key = build_key(c, fname)
            if c["kind"] in WRITERS:
                WRITERS[c["kind"]](c, path)
            else:
                write_image(c, path)
            with open(os.path.join(HERE, f"{c['n']:02d}-{c['slug']}.expected.json"), "w", encoding="utf-8") as f:
                json.dump(key, f, ensure_ascii=False, indent=2)
                f.write("\n")
        key = build_key(c, fname)
        errs = check(c, key, path)
        n = len([x for x in key if not x.startswith("_") and x != "file"])
        fields += n
        if c["lang"] == "es":
            fes += n
        else:
            fen += n
        for e in errs:
            problems.append(f"{c['n']:02d}: {e}")
    for p in problems:
        print("PROBLEM", p)
    es_n = sum(1 for c in allc if c["lang"] == "es")
    print(f"{len(allc)} notices ({es_n} in Spanish), {fields} keyed fields (English {fen}, Spanish {fes}); "
          f"self-check: {'all keys found' if not problems else str(len(problems)) + ' problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
