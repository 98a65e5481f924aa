"""Build blind intake set 41 (FICTIONAL) deterministically, then self-check every key against its notice.

Run with /work/main/.venv/bin/python make_set.py [NN ...]. Exits 1 when any check fails.
"""
import datetime as dt
import email
import email.policy
import html as htmllib
import io
import json
import os
import re
import sys
import zipfile
from email.message import EmailMessage

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import cases as C
import devices
from dates import D, WRITERS, add_months

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = D(2026, 12, 6)
FONT_DIR = "/usr/share/fonts/truetype/liberation2/"
CATEGORIES = {"medical_necessity", "experimental_investigational", "not_covered", "prior_authorization",
              "step_therapy", "out_of_network", "coding_billing", "timely_filing", "coordination_of_benefits",
              "benefit_limit", "other"}
PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "unknown"}
RULES = {"church": "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)",
         "employer_erisa": "29 CFR 2560.503-1(h)(3)(i)"}


# ---------------------------------------------------------------- image renderer (blocks -> page image + text)
def font(size, bold=False):
    return ImageFont.truetype(FONT_DIR + ("LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"),
                              int(round(size)))


def wrap(text, f, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if f.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


class Page:
    def __init__(self, width=1700, scale=1.0, margin=110):
        self.W, self.s, self.m = width, scale, margin
        self.img = Image.new("L", (width, 6000), 255)
        self.d = ImageDraw.Draw(self.img)
        self.text = []
        self.marks = {}

    def f(self, size, bold=False):
        return font(size * self.s, bold)

    def para(self, text, x0, x1, y, f, fill=0, gap=1.32):
        lh = int(f.size * gap)
        for line in wrap(text, f, x1 - x0):
            self.d.text((x0, y), line, font=f, fill=fill)
            y += lh
        return y

    def blocks(self, blocks, x0, x1, y):
        for b in blocks:
            y = self.block(b, x0, x1, y)
        return y

    def block(self, b, x0, x1, y):
        k, s = b[0], self.s
        if k == "title":
            self.text.append(b[1])
            return self.para(b[1], x0, x1, y + int(10 * s), self.f(40, True)) + int(14 * s)
        if k == "small":
            self.text.append(b[1])
            return self.para(b[1], x0, x1, y, self.f(23), fill=40) + int(10 * s)
        if k == "p":
            self.text.append(b[1])
            return self.para(b[1], x0, x1, y, self.f(29)) + int(14 * s)
        if k == "h":
            self.text.append(b[1])
            f = self.f(29, True)
            lines = wrap(b[1], f, x1 - x0 - 20)
            h = int(len(lines) * f.size * 1.3 + 16 * s)
            self.d.rectangle([x0, y, x1, y + h], fill=205)
            self.para(b[1], x0 + 12, x1 - 8, y + int(8 * s), f)
            return y + h + int(14 * s)
        if k == "lines":
            f = self.f(29)
            for line in b[1]:
                self.text.append(line)
                self.d.text((x0, y), line, font=f, fill=0)
                y += int(f.size * 1.3)
            return y + int(14 * s)
        if k == "sp":
            return y + int(24 * s)
        if k == "mark":
            self.marks[b[1]] = y
            return y
        if k == "kv":
            pairs, per = b[1], b[2]
            fl, fv = self.f(24, True), self.f(27)
            pw = (x1 - x0) / per
            lw = pw * (0.36 if per == 1 else 0.42)
            rows = [pairs[i:i + per] for i in range(0, len(pairs), per)]
            for row in rows:
                hs = []
                for (lab, val) in row:
                    self.text.append(lab + " " + val)
                    hs.append(max(len(wrap(lab, fl, lw - 20)) * fl.size * 1.3,
                                  len(wrap(val, fv, pw - lw - 20)) * fv.size * 1.3))
                h = int(max(hs) + 18 * s)
                for i, (lab, val) in enumerate(row):
                    cx = x0 + i * pw
                    self.d.rectangle([cx, y, cx + lw, y + h], fill=222, outline=90, width=2)
                    self.d.rectangle([cx + lw, y, cx + pw, y + h], fill=255, outline=90, width=2)
                    self.para(lab, int(cx + 10), int(cx + lw - 8), y + int(9 * s), fl, gap=1.3)
                    self.para(val, int(cx + lw + 10), int(cx + pw - 8), y + int(9 * s), fv, gap=1.3)
                y += h
            return y + int(18 * s)
        if k == "table":
            head, rows = b[1], b[2]
            fh, fc = self.f(23, True), self.f(25)
            n = len(head)
            nat = []
            for j in range(n):
                cells = [head[j]] + [r[j] for r in rows]
                longest = max(fc.getlength(w) for c in cells for w in (c.split() or [""]))
                full = max(fc.getlength(c) for c in cells)
                nat.append((longest + 24, min(full, 520) + 24))
            avail = x1 - x0
            mins = [a for a, _ in nat]
            extra = avail - sum(mins)
            want = [max(0, b_ - a) for a, b_ in nat]
            tw = sum(want) or 1
            widths = [mins[j] + extra * want[j] / tw for j in range(n)] if extra > 0 else \
                [avail * mins[j] / sum(mins) for j in range(n)]
            xs = [x0]
            for w in widths:
                xs.append(xs[-1] + w)
            for ri, r in enumerate([head] + rows):
                fnt = fh if ri == 0 else fc
                self.text.append(" ".join(r))
                h = int(max(len(wrap(c, fnt, widths[j] - 18)) for j, c in enumerate(r)) * fnt.size * 1.3 + 16 * s)
                for j, c in enumerate(r):
                    self.d.rectangle([xs[j], y, xs[j + 1], y + h], fill=(195 if ri == 0 else 255), outline=90,
                                     width=2)
                    self.para(c, int(xs[j] + 9), int(xs[j + 1] - 6), y + int(8 * s), fnt, gap=1.3)
                y += h
            return y + int(18 * s)
        if k == "cols":
            mid = (x0 + x1) // 2
            y1 = self.blocks(b[1], x0, mid - 25, y)
            y2 = self.blocks(b[2], mid + 25, x1, y)
            self.d.line([mid, y, mid, max(y1, y2)], fill=120, width=2)
            return max(y1, y2) + int(10 * s)
        raise ValueError(k)


def render_page(blocks, width=1700, scale=1.0):
    p = Page(width, scale)
    y = p.blocks(blocks, p.m, width - p.m, int(100 * scale))
    h = max(int(width * 22 / 17), y + 110)
    return p.img.crop((0, 0, width, h)), p.text, p.marks


# ---------------------------------------------------------------- text writers
def text_of_blocks(blocks, width=66):
    import textwrap
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * min(width, len(b[1])), ""]
        elif k == "small":
            out += textwrap.wrap(b[1], width) + [""]
        elif k == "p":
            out += textwrap.wrap(b[1], width) + [""]
        elif k == "h":
            out += [b[1].upper(), "-" * min(width, len(b[1]))]
        elif k == "lines":
            out += list(b[1]) + [""]
        elif k == "kv":
            lw = max(len(l) for l, _ in b[1]) + 1
            out += [f"{l:<{lw}} {v}" for l, v in b[1]] + [""]
        elif k == "table":
            out += ["  |  ".join(r) for r in [b[1]] + b[2]] + [""]
        elif k == "cols":
            out += text_of_blocks(b[1], width).splitlines() + text_of_blocks(b[2], width).splitlines()
    return "\n".join(out)


def write_txt(case, path):
    body = text_of_blocks(case["blocks"])
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(body + "\n")


def write_eml(case, path):
    msg = EmailMessage(policy=email.policy.SMTP)
    for k, v in case["headers"].items():
        msg[k] = v
    ascii_ok = all(ord(ch) < 128 for ch in case["body"])
    msg.set_content(case["body"], subtype="plain", charset=("us-ascii" if ascii_ok else "utf-8"),
                    cte=("7bit" if ascii_ok else "quoted-printable"))
    with open(path, "wb") as fh:
        fh.write(msg.as_bytes())


def write_pdf(case, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("LS", FONT_DIR + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", FONT_DIR + "LiberationSans-Bold.ttf"))
    st = {k: ParagraphStyle(k, fontName=fn, fontSize=sz, leading=sz * 1.25, spaceAfter=sa)
          for k, fn, sz, sa in [("p", "LS", 9.5, 5), ("title", "LSB", 15, 6), ("small", "LS", 7.5, 4),
                                ("h", "LSB", 10, 0), ("cell", "LS", 8.5, 0), ("lab", "LSB", 8, 0),
                                ("head", "LSB", 8, 0)]}
    e = htmllib.escape
    grid = [("GRID", (0, 0), (-1, -1), 0.6, colors.Color(0.35, 0.35, 0.35)), ("VALIGN", (0, 0), (-1, -1), "TOP")]

    def flow(blocks, width):
        out = []
        for b in blocks:
            k = b[0]
            if k in ("p", "title", "small"):
                out.append(Paragraph(e(b[1]), st[k]))
            elif k == "h":
                t = Table([[Paragraph(e(b[1]), st["h"])]], colWidths=[width])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.8, 0.84, 0.9))]))
                out += [Spacer(1, 4), t, Spacer(1, 4)]
            elif k == "lines":
                out.append(Paragraph("<br/>".join(e(l) for l in b[1]), st["p"]))
            elif k == "kv":
                per = b[2]
                rows, cur = [], []
                for lab, val in b[1]:
                    cur += [Paragraph(e(lab), st["lab"]), Paragraph(e(val), st["cell"])]
                    if len(cur) == 2 * per:
                        rows.append(cur)
                        cur = []
                if cur:
                    rows.append(cur + [""] * (2 * per - len(cur)))
                pw = width / per
                cw = [pw * 0.4, pw * 0.6] * per
                t = Table(rows, colWidths=cw)
                t.setStyle(TableStyle(grid + [("BACKGROUND", (2 * i, 0), (2 * i, -1), colors.Color(0.88, 0.88, 0.88))
                                              for i in range(per)]))
                out += [t, Spacer(1, 6)]
            elif k == "table":
                n = len(b[1])
                lens = [max(len(r[j]) for r in [b[1]] + b[2]) + 4 for j in range(n)]
                cw = [width * l / sum(lens) for l in lens]
                data = [[Paragraph(e(c), st["head"]) for c in b[1]]] + \
                       [[Paragraph(e(c), st["cell"]) for c in r] for r in b[2]]
                t = Table(data, colWidths=cw, repeatRows=1)
                t.setStyle(TableStyle(grid + [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.72, 0.76, 0.82))]))
                out += [t, Spacer(1, 6)]
            elif k == "cols":
                half = (width - 14) / 2
                t = Table([[flow(b[1], half - 8), flow(b[2], half - 8)]], colWidths=[half + 7, half + 7])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LINEAFTER", (0, 0), (0, 0), 0.8, colors.grey)]))
                out.append(t)
            elif k in ("sp", "mark"):
                out.append(Spacer(1, 8))
        return out

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.7 * inch, rightMargin=0.7 * inch,
                            topMargin=0.6 * inch, bottomMargin=0.6 * inch, invariant=1,
                            title="Notice (FICTIONAL SAMPLE)", author="FICTIONAL", creator="FICTIONAL")
    doc.build(flow(case["blocks"], letter[0] - 1.4 * inch))


def write_docx(case, path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(11)

    def shade(cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), fill)
        tcpr.append(sh)

    for b in case["blocks"]:
        k = b[0]
        if k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            r = d.add_paragraph().add_run(b[1])
            r.font.size = Pt(8)
        elif k == "title":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif k == "h":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
        elif k == "lines":
            p = d.add_paragraph()
            for i, line in enumerate(b[1]):
                run = p.add_run(line)
                if i == 0 and case["n"] == 5 and line.startswith("Potomac"):
                    run.bold = True
                if i < len(b[1]) - 1:
                    run.add_break()
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in b[1]:
                row = t.add_row().cells
                row[0].text, row[1].text = lab, val
                shade(row[0], "DDDDDD")
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = "FICTIONAL SAMPLE notice"
    fixed = dt.datetime(2026, 11, 20, 9, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "FICTIONAL"
    d.core_properties.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))


def blocks_html(blocks):
    e = htmllib.escape
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "h":
            out.append(f'<h3 class="sec">{e(b[1])}</h3>')
        elif k == "lines":
            out.append('<p class="addr">' + "<br>\n".join(e(l) for l in b[1]) + "</p>")
        elif k == "kv":
            per = b[2]
            rows = [b[1][i:i + per] for i in range(0, len(b[1]), per)]
            out.append('<table class="kv">')
            for r in rows:
                out.append("<tr>" + "".join(f"<th>{e(l)}</th><td>{e(v)}</td>" for l, v in r) + "</tr>")
            out.append("</table>")
        elif k == "table":
            out.append('<table class="lines"><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in b[1]) +
                       "</tr></thead><tbody>")
            for r in b[2]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
    return "\n".join(out)


PORTAL = {
    6: dict(lang="en", title="Claim details - Liberty Federal Benefit Plan member portal",
            brand="Liberty Federal Benefit Plan", tag="Federal Employees Health Benefits (FEHB) plan",
            signed="Signed in as Gregory Nnamdi", nav=["Home", "Claims", "Benefits", "ID cards", "Messages",
                                                       "Sign out"],
            stamp="Printed 12/05/2026 8:41 PM from member.libertyfederal.example",
            side_h="Recent claims", side=[("CLM 26-3302-10455", "Amara Nnamdi", "10/30/2026", "Paid"),
                                          ("CLM 26-3308-11972", "Amara Nnamdi", "11/02/2026 - 11/04/2026", "Denied"),
                                          ("CLM 26-3315-12210", "Gregory Nnamdi", "11/10/2026", "Processing")],
            h1="Claim CLM 26-3308-11972", fict=C.F_EN),
    13: dict(lang="es", title="Detalle de la reclamación - Plan Médico Solana",
             brand="Plan Médico Solana", tag="Portal para miembros",
             signed="Sesión iniciada: Graciela Ibarra Montes", nav=["Inicio", "Reclamaciones", "Beneficios",
                                                                    "Tarjeta de miembro", "Mensajes", "Salir"],
             stamp="Impreso: 05/12/2026 21:10 - miembros.plansolana.example",
             side_h="Sus reclamaciones", side=[("RCL-26-771905", "Graciela Ibarra Montes", "20/10/2026", "Pagada"),
                                                ("RCL-26-774120", "Graciela Ibarra Montes", "02/11/2026 - 06/11/2026",
                                                 "Denegada"),
                                                ("RCL-26-779388", "Graciela Ibarra Montes", "30/11/2026", "En proceso")],
             h1="Reclamación RCL-26-774120", fict=C.F_ES, hint="Las fechas se muestran como DD/MM/AAAA."),
}


def write_html(case, path):
    P = PORTAL[case["n"]]
    e = htmllib.escape
    side = "\n".join(f'<li><a href="#{e(c)}">{e(c)}</a><br>{e(who)}<br>{e(d)}<br><b>{e(st)}</b></li>'
                     for c, who, d, st in P["side"])
    page = f"""<!DOCTYPE html>
<html lang="{P['lang']}">
<head>
<meta charset="utf-8">
<title>{e(P['title'])}</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
header {{ background: #12355b; color: #fff; padding: 10px 18px; }}
nav a {{ color: #fff; margin-right: 14px; }}
.wrap {{ display: flex; }} aside {{ width: 240px; background: #eef2f6; padding: 12px; }}
main {{ flex: 1; padding: 14px 22px; }}
table {{ border-collapse: collapse; margin: 8px 0; }} th, td {{ border: 1px solid #999; padding: 4px 8px; }}
table.kv th, table.lines thead th {{ background: #d8dee6; text-align: left; }}
.stamp {{ font-size: 11px; color: #555; }} h3.sec {{ background: #d8dee6; padding: 4px; }}
</style>
<script>window.portalSession = {{"idle": 900}};</script>
</head>
<body>
<div class="stamp">{e(P['stamp'])}</div>
<header><b>{e(P['brand'])}</b> | {e(P['tag'])} <span style="float:right">{e(P['signed'])}</span>
<nav>{''.join(f'<a href="#">{e(x)}</a>' for x in P['nav'])}</nav></header>
<div class="wrap">
<aside><h4>{e(P['side_h'])}</h4><ul>
{side}
</ul></aside>
<main>
<p><b>{e(P['fict'])}</b></p>
<h2>{e(P['h1'])}</h2>
{('<p><i>' + e(P['hint']) + '</i></p>') if P.get('hint') else ''}
{blocks_html(case['blocks'])}
</main></div>
<footer><div class="stamp">{e(P['stamp'])}</div></footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)


def write_image(case, path):
    scale = 1.35 if case["device"] == "thumbnail" else 1.0
    width = 1728 if case["device"] == "dark_fax" else 1700
    img, text, marks = render_page(case["blocks"], width, scale)
    extra = devices.apply(case["device"], img, marks, path, seed=4100 + case["n"])
    return text + extra


# ---------------------------------------------------------------- reading back for the check
def read_back(case, path, model):
    kind = case["kind"]
    if kind == "img":
        return "\n".join(model)
    if kind == "pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if kind == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if kind == "html":
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        return htmllib.unescape(re.sub(r"<[^>]+>", " ", s))
    if kind == "eml":
        m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        return "\n".join(f"{k}: {v}" for k, v in m.items()) + "\n" + m.get_body(("plain",)).get_content()
    if kind == "txt":
        return open(path, encoding="utf-8").read()
    raise ValueError(kind)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def parse_printed(s):
    """All readings of a printed date; day-first for dd/mm only when the notice says so (the caller passes it)."""
    out = set()
    for w in WRITERS:
        for y in (2026, 2027):
            for m in range(1, 13):
                for d in range(1, 32):
                    try:
                        x = D(y, m, d)
                    except ValueError:
                        continue
                    if w(x) == s:
                        out.add((w.__name__, x))
    return out


def deadline(case):
    nd = case["key"]["notice_date"]
    w = case["window"]
    if w[0] in ("days", "rule"):
        return nd + dt.timedelta(days=w[1])
    if w[0] == "months":
        return add_months(nd, w[1])
    if w[0] == "date":
        return w[1]
    raise ValueError(w)


def build_key(case, fname):
    k = case["key"]
    out = {"file": fname, "_note": "FICTIONAL. " + case["note"]}
    for f in ["patient_name", "member_id", "claim_number"]:
        out[f] = k[f]
    out["notice_date"] = k["notice_date"].isoformat()
    if "service_dates" in k:
        out["service_dates"] = [d.isoformat() for d in k["service_dates"]]
    for f in ["procedure_codes", "diagnosis_codes", "carc_codes"]:
        if f in k:
            out[f] = k[f]
    for f in ["denial_category", "plan_type", "urgent"]:
        out[f] = k[f]
    out["appeal_deadline"] = deadline(case).isoformat()
    out["deadline_basis"] = case["window"][2]
    out["appeals_address"] = ", ".join(case["addr"])
    return out


def check(case, key, path, model):
    errs = []
    raw = read_back(case, path, model)
    t = norm(raw)
    tl = t.lower()
    k = case["key"]

    def has(s):
        return norm(s) in t

    def word(s):
        return re.search(r"(?<![\w-])" + re.escape(s) + r"(?![\w])", t) is not None

    if "FICTIONAL" not in t and "FICTICIA" not in t:
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ["patient_name", "member_id", "claim_number"]:
        if not has(key[f]):
            errs.append(f"{f} {key[f]!r} not printed")
    for f in ["procedure_codes", "diagnosis_codes", "carc_codes"]:
        for c in key.get(f, []):
            if not word(c):
                errs.append(f"{f} {c} not printed as a word")
    # identifiers: where a grid prints the keyed value, its label must be of the right kind
    def kv_pairs(blocks):
        for b in blocks or []:
            if b[0] == "kv":
                yield from b[1]
            elif b[0] == "cols":
                yield from kv_pairs(b[1])
                yield from kv_pairs(b[2])
    kinds = {"member_id": r"member|miembro|\bID\b|medicaid|dod benefits|participant|identificaci",
             "claim_number": r"claim|case|caso|reference|request|solicitud|autorizaci|reclamaci|determination|ref\."}
    for f, rx in kinds.items():
        for lab, val in kv_pairs(case["blocks"]):
            if val == key[f] and not re.search(rx, lab, re.I):
                errs.append(f"{f} {val!r} is printed under the label {lab!r}")
    if key["member_id"] == key["claim_number"]:
        errs.append("member_id equals claim_number")
    # notice date
    label, printed = case["nd"]
    readings = {x for _, x in parse_printed(printed)}
    if case["lang"] == "en" and re.fullmatch(r"\d\d/\d\d/\d{4}", printed):
        readings = {x for w_, x in parse_printed(printed) if w_ == "us"}
    if k["notice_date"] not in readings:
        errs.append(f"printed notice date {printed!r} does not read as {k['notice_date']}")
    if label:
        if norm(label + " " + printed) not in t:
            errs.append(f"notice-date label {label!r} not followed by {printed!r}")
    else:
        dates = re.findall(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December) \d{1,2}, \d{4}|\d\d/\d\d/\d{4}", t)
        if not dates or dates[0] != printed:
            errs.append(f"unlabelled notice date {printed!r} is not the first date printed ({dates[:2]})")
    if not (D(2000, 1, 1) <= k["notice_date"] <= TODAY):
        errs.append("notice date out of range")
    # service dates
    sds = k.get("service_dates", [])
    if sds:
        if sds != sorted(sds):
            errs.append("service dates not sorted")
        if any(d >= k["notice_date"] for d in sds):
            errs.append("a service date is not before the notice date")
        for p_, d in zip(case["sd"], sds):
            if not word(p_):
                errs.append(f"service date {p_} not printed")
            fmt = "dmy" if case["lang"] == "es" else "us"
            if getattr(__import__("dates"), fmt)(d) != p_:
                errs.append(f"service date {p_} != {d}")
    # category, plan type, urgency
    if key["denial_category"] not in CATEGORIES:
        errs.append("unknown category")
    if key["plan_type"] not in PLAN_TYPES:
        errs.append("unknown plan type")
    for what in ["category", "plan"]:
        if not has(case["ev"][what]):
            errs.append(f"{what} evidence {case['ev'][what]!r} not printed")
    if key["urgent"] != ("urgent" in case["ev"]):
        errs.append("urgent key and urgency evidence disagree")
    if "urgent" in case["ev"] and not has(case["ev"]["urgent"]):
        errs.append("urgency evidence not printed")
    if key["plan_type"] == "employer_erisa":
        for bad in ["church plan", "medicaid", "medicare", "state employees", "government"]:
            if bad in tl:
                errs.append(f"ERISA notice names {bad!r}")
    # deadline
    w = case["window"]
    if w[0] == "rule":
        if RULES.get(key["plan_type"]) != w[2] or w[1] != 180:
            errs.append("rule basis is not the plan type's rule")
        if re.search(r"\b\d+ (?:calendar )?(?:days|días|months|meses)\b", t):
            errs.append("a rule-keyed notice prints a window")
    else:
        if not has(w[2]):
            errs.append(f"basis {w[2]!r} not printed")
        for tr in case["traps"]:
            if tr in w[2]:
                errs.append(f"basis holds the trap {tr!r}")
        num = str(w[1]) if w[0] != "date" else None
        if num and num not in w[2]:
            errs.append("basis lacks its number")
    # appeals address
    parts = case["addr"]
    ok = False
    for m in re.finditer(re.escape(norm(parts[0])), t):
        pos, good = m.end(), True
        for p_ in parts[1:]:
            j = t.find(norm(p_), pos)
            if j < 0 or j - pos > 200:
                good = False
                break
            pos = j + len(norm(p_))
        if good:
            ok = True
            break
    if not ok:
        errs.append("appeals address parts not found in order")
    if key["appeals_address"] != ", ".join(parts):
        errs.append("address key not the parts joined")
    # traps
    keyed = set()
    for v in key.values():
        if isinstance(v, list):
            keyed |= set(map(str, v))
        else:
            keyed.add(str(v))
    for tr in case["traps"]:
        if not has(tr):
            errs.append(f"trap {tr!r} not printed")
        if tr in keyed:
            errs.append(f"trap {tr!r} is a keyed value")
    # phones, domains, size
    for m in re.finditer(r"\b555-(\d{4})\b", t):
        if not m.group(1).startswith("01"):
            errs.append(f"phone 555-{m.group(1)}")
    for m in re.finditer(r"\b(?:1-)?\(?(\d{3})\)?[ -](\d{3})-(\d{4})\b", t):
        if m.group(2) != "555":
            errs.append(f"non-555 phone {m.group(0)}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
        if not m.group(1).endswith(".example"):
            errs.append(f"e-mail domain {m.group(1)}")
    for m in re.finditer(r"\b(?:https?://)?((?:[\w-]+\.)+[a-z]{2,})(?:/|\b)", raw):
        dom = m.group(1)
        if re.search(r"\.(com|org|net|gov|mil|edu|us)$", dom):
            errs.append(f"web domain {dom}")
    size = os.path.getsize(path)
    if size >= 4 * 1024 * 1024:
        errs.append(f"file is {size} bytes")
    return errs


def main(argv):
    want = {int(a) for a in argv} if argv else None
    total, fails, en, es_ = 0, 0, 0, 0
    for fn in C.ALL:
        case = fn()
        n = case["n"]
        if want and n not in want:
            continue
        prefix = f"{n:02d}-"
        for f in os.listdir(HERE):
            if f.startswith(prefix):
                os.remove(os.path.join(HERE, f))
        ext = {"pdf": "pdf", "eml": "eml", "docx": "docx", "html": "html", "txt": "txt"}.get(case["kind"]) \
            or case["ext"]
        fname = f"{n:02d}-{case['slug']}.{ext}"
        path = os.path.join(HERE, fname)
        model = None
        if case["kind"] == "img":
            model = write_image(case, path)
        else:
            {"pdf": write_pdf, "eml": write_eml, "docx": write_docx, "html": write_html,
             "txt": write_txt}[case["kind"]](case, path)
        key = build_key(case, fname)
        with open(os.path.join(HERE, f"{n:02d}-{case['slug']}.expected.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        nf = len(key) - 2
        total += nf
        if case["lang"] == "es":
            es_ += nf
        else:
            en += nf
        errs = check(case, key, path, model)
        for e_ in errs:
            print(f"{n:02d}: {e_}")
        fails += len(errs)
    print(f"{'all' if not want else len(want)} notices, {total} keyed fields (English {en}, Spanish {es_}); "
          f"self-check: {'all keys found' if not fails else str(fails) + ' problems'}")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
