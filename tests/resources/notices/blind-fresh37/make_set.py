"""Rebuild blind intake set 37 (FICTIONAL) deterministically and self-check every key against its notice.

Usage: /work/main/.venv/bin/python make_set.py [NN ...]     exits 1 when any check fails.
"""
import datetime as dt
import glob
import html as H
import json
import os
import re
import sys

import numpy as np

import kit
from kit import D, blocks_text, render, read_back
import cases

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 12, 6)
PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "unknown"}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "coordination_of_benefits",
              "benefit_limit", "other"}
KEY_ORDER = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
             "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
             "deadline_basis", "appeals_address"]


# ------------------------------------------------------------------ non-image writers
def blocks_html(blocks):
    out = []
    for b in blocks:
        k = b[0]
        e = lambda s: H.escape(s, quote=False)
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k in ("p", "small"):
            out.append(f'<p class="{k}">{e(b[1])}</p>')
        elif k == "kv":
            out.append('<dl class="facts">' + "".join(f"<dt>{e(r[0])}</dt><dd>{e(r[1])}</dd>" for r in b[1]) + "</dl>")
        elif k == "table":
            out.append('<table class="lines"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in b[1]) +
                       "</tr></thead><tbody>" +
                       "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2]) +
                       "</tbody></table>")
        elif k == "addr":
            out.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
    return "\n".join(out)


def blocks_plain(blocks, width=76):
    import textwrap
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            out.extend(textwrap.wrap(b[1], width) or [""])
            out.append("")
        elif k == "kv":
            lw = max(len(r[0]) for r in b[1]) + 2
            for r in b[1]:
                out.append(r[0].ljust(lw) + r[1])
            out.append("")
        elif k == "table":
            ws = [max(len(b[1][i]), *(len(r[i]) for r in b[2])) for i in range(len(b[1]))]
            out.append("  ".join(h.ljust(w) for h, w in zip(b[1], ws)).rstrip())
            for r in b[2]:
                out.append("  ".join(c.ljust(w) for c, w in zip(r, ws)).rstrip())
            out.append("")
        elif k == "addr":
            out.extend("    " + x for x in b[1])
            out.append("")
    return "\n".join(out)


def write_eml(c, path):
    from email.message import EmailMessage
    from email import policy
    em = c["email"]
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = em["frm"]
    m["To"] = em["to"]
    m["Date"] = em["date"]
    m["Subject"] = em["subject"]
    m["Message-ID"] = f"<set37-{c['num']}@mail.example>"
    m["MIME-Version"] = "1.0"
    outlook = c["lang"] == "en"
    plain = "\n\n".join(em["note"]) + "\n\n"
    if outlook:
        plain += "________________________________\n" + "\n".join(em["fwd"]) + "\n\n"
    else:
        plain += "\n".join(em["fwd"]) + "\n\n"
    plain += blocks_plain(c["blocks"])
    m.set_content(plain)
    note_html = "".join(f"<div>{H.escape(x)}</div>" for x in em["note"])
    if outlook:
        fwd = ('<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><font face="Calibri">' +
               "<br>".join("<b>" + H.escape(x.split(":", 1)[0]) + ":</b>" + H.escape(x.split(":", 1)[1])
                           for x in em["fwd"]) + "</font></div>")
        body = (f'<html><head><meta charset="utf-8"></head><body><div style="font-family:Calibri">{note_html}</div>'
                f'{fwd}<div>{blocks_html(c["blocks"])}</div></body></html>')
    else:
        fwd = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
               "<br>".join(H.escape(x) for x in em["fwd"]) + "</div><br><blockquote class=\"gmail_quote\" "
               'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + blocks_html(c["blocks"]) +
               "</blockquote></div>")
        body = f'<html><head><meta charset="utf-8"></head><body><div dir="ltr">{note_html}<br>{fwd}</div></body></html>'
    m.add_alternative(body, subtype="html")
    m.set_boundary(f"----=_Part_set37_{c['num']}")
    with open(path, "wb") as fh:
        fh.write(m.as_bytes())


PORTAL = {
    "03": dict(lang="en", brand="Riverbend Health", title="Claim details", signed="Last signed in: 12/05/2026 7:48 PM",
               fict="FICTIONAL SAMPLE PORTAL - not a real insurer or member",
               nav=["Home", "Coverage", "Claims & EOBs", "Find care", "Messages"],
               claims=[("R26-30918844", "09/15/2026", "90837 Psychotherapy, 60 min", "Paid"),
                       ("R26-31177025", "09/28/2026 - 10/01/2026", "S9480 Intensive outpatient", "Denied"),
                       ("R26-31402210", "10/20/2026", "90834 Psychotherapy, 45 min", "In process")],
               foot="Riverbend Health Insurance Co. - Member Services 1-555-0117 - help@riverbend.example"),
    "17": dict(lang="es", brand="Mi Cuenta - Beneficios para Empleados Estatales", title="Detalle de la reclamación",
               signed="Última sesión: 04/12/2026 22:10", fict="PORTAL DE MUESTRA FICTICIA - no es un plan real",
               nav=["Inicio", "Mis beneficios", "Reclamaciones", "Documentos", "Mensajes"],
               claims=[("EST-26-6604127", "17/09/2026", "90791 Evaluación psicológica", "Pagado"),
                       ("EST-26-7710338", "08/10/2026 y 22/10/2026", "90834 Psicoterapia", "Negado")],
               foot="Plan de Salud para Empleados del Estado de Colorado - 1-555-0177 - "
                    "ayuda@empleadosestatales.example"),
}


def write_html(c, path):
    P = PORTAL[c["num"]]
    e = lambda s: H.escape(s, quote=False)
    claims = "".join(f'<li class="claim {"active" if st in ("Denied", "Negado") else ""}"><span class="no">{e(no)}'
                     f'</span><span class="dt">{e(dt_)}</span><span class="svc">{e(svc)}</span>'
                     f'<span class="st">{e(st)}</span></li>' for no, dt_, svc, st in P["claims"])
    nav = "".join(f'<a href="#">{e(x)}</a>' for x in P["nav"])
    page = f"""<!DOCTYPE html>
<html lang="{P['lang']}"><head><meta charset="utf-8"><title>{e(P['brand'])} - {e(P['title'])}</title>
<style>body{{font-family:Arial,sans-serif;margin:0;color:#222}} header{{background:#0b4f6c;color:#fff;padding:12px 24px}}
nav a{{color:#fff;margin-right:18px}} .wrap{{display:grid;grid-template-columns:300px 1fr;gap:24px;padding:24px}}
dl.facts{{display:grid;grid-template-columns:260px 1fr}} dt{{font-weight:bold}} .claim{{display:block;padding:8px;
border-bottom:1px solid #ddd}} .claim.active{{background:#eef6fa}} table.lines td,th{{border:1px solid #ccc;padding:4px}}
.fict{{background:#fff3cd;padding:4px 24px}}</style>
<script>window.portalSession={{keepAlive:true}};</script></head>
<body><header><div class="brand">{e(P['brand'])}</div><nav>{nav}</nav><div class="signed">{e(P['signed'])}</div>
</header><div class="fict">{e(P['fict'])}</div>
<div class="wrap"><aside><h3>{'Your claims' if P['lang'] == 'en' else 'Sus reclamaciones'}</h3><ul>{claims}</ul></aside>
<main><h1>{e(P['title'])}</h1>
{blocks_html(c['blocks'])}
</main></div><footer>{e(P['foot'])}</footer></body></html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)


def write_pdf_sections(c, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("LibSans", kit.SANS))
    pdfmetrics.registerFont(TTFont("LibSansB", kit.SANS_B))
    st = ParagraphStyle("b", fontName="LibSans", fontSize=9.5, leading=12)
    sb = ParagraphStyle("h", fontName="LibSansB", fontSize=10, leading=13)
    big = ParagraphStyle("t", fontName="LibSansB", fontSize=13, leading=16)
    e = lambda s: H.escape(s, quote=False)
    flow = [Paragraph(e(c["head"][0]), big), Paragraph(e(c["head"][1]), st), Spacer(1, 4),
            Paragraph(e(c["head"][2]), sb), Spacer(1, 8)]
    for title, rows in c["sections"]:
        data = [[Paragraph(e(title), sb), ""]] + [[Paragraph(e(a), sb), Paragraph(e(b), st)] for a, b in rows]
        t = Table(data, colWidths=[130, 370])
        t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#dde6ee")),
                               ("BOX", (0, 0), (-1, -1), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (1, 0), 0.5, colors.black)]))
        flow += [t, Spacer(1, 6)]
    doc = SimpleDocTemplate(path, pagesize=letter, invariant=1, title="Notice (FICTIONAL)", author="FICTIONAL",
                            leftMargin=54, rightMargin=54, topMargin=50, bottomMargin=50)
    doc.build(flow)


def write_docx(c, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    def build(doc):
        for i, t in enumerate(c["paras"]):
            p = doc.add_paragraph()
            r = p.add_run(t)
            if i < 3:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r.bold = i == 0
                r.font.size = Pt(14 if i == 0 else 9)
            elif i == 3:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    kit.save_docx(path, build)


def write_image(c, path, rng):
    page, tags = render(c["blocks"], size=c.get("size", 31), accent=c.get("accent", (0, 0, 0)),
                        fill=c.get("fill", (225, 225, 225)), family=c.get("family", "sans"))
    dev = c["device"]
    name, args = dev[0], dev[1:]
    if name == "marker":
        img, words = kit.dev_marker(page, rng, tags["redact"])
    elif name == "torn_stub":
        img, words = kit.dev_torn_stub(page, rng, tags["perf_y"][0][1])
    else:
        img, words = getattr(kit, "dev_" + name)(page, rng, *args)
    if path.endswith(".jpg"):
        img.save(path, "JPEG", quality=86, optimize=True)
    elif path.endswith(".png"):
        img.save(path, "PNG")
    elif path.endswith(".tif"):
        img.save(path, "TIFF", compression="tiff_lzw", dpi=(200, 200))
    elif path.endswith(".pdf"):
        kit.save_image_pdf(path, img, quality=80)
    return words


# ------------------------------------------------------------------ keys
def deadline(c):
    n = c["keys"]["notice_date"]
    w = c["window"]
    if w[0] == "days":
        return n + dt.timedelta(days=w[1]), w[2]
    if w[0] == "months":
        return kit.add_months(n, w[1]), w[2]
    if w[0] == "date":
        return w[1], w[2]
    return n + dt.timedelta(days=w[1]), w[2]


def key_of(c, fname):
    k = dict(c["keys"])
    dl, basis = deadline(c)
    k["appeal_deadline"] = dl
    k["deadline_basis"] = basis
    k["appeals_address"] = ", ".join(c["addr"])
    out = {"file": fname, "_note": c["note"]}
    for f in KEY_ORDER:
        if f in k:
            v = k[f]
            if isinstance(v, dt.date):
                v = v.isoformat()
            elif isinstance(v, list):
                v = [x.isoformat() if isinstance(x, dt.date) else x for x in v]
            out[f] = v
    return out


# ------------------------------------------------------------------ check
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def word_in(w, text):
    return re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text) is not None


def check(c, path, text, key):
    errs = []
    t = norm(text)
    tl = t.lower()
    n = c["keys"]["notice_date"]
    if "FICTIONAL" not in t.upper() and "FICTICIA" not in t.upper() and "FICTICIO" not in t.upper():
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        if norm(key[f]) not in t:
            errs.append(f"{f} not printed: {key[f]!r}")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in key.get(f, []):
            if not word_in(v, t):
                errs.append(f"{f} {v} not printed as a word")
    lab, printed = c["notice"]
    if norm(lab + " " + printed).lower() not in tl:
        errs.append(f"notice label+date not printed: {lab} {printed}")
    if printed.lower() not in [w(n).lower() for w in kit.WRITERS]:
        errs.append("printed notice date is not the keyed date")
    if not (dt.date(2000, 1, 1) <= n <= TODAY):
        errs.append("notice date out of range")
    sd = c["keys"].get("service_dates", [])
    if sd != sorted(sd):
        errs.append("service dates not sorted")
    for d_, p in zip(sd, c["services"]):
        if p not in t:
            errs.append(f"service date {p} not printed")
        if p.lower() not in [w(d_).lower() for w in kit.WRITERS]:
            errs.append(f"service date {p} is not {d_}")
        if d_ >= n:
            errs.append(f"service date {d_} not before notice")
    if len(sd) != len(c["services"]):
        errs.append("services and service_dates differ in length")
    if key["denial_category"] not in CATEGORIES:
        errs.append("bad category")
    if key["plan_type"] not in PLAN_TYPES:
        errs.append("bad plan type")
    for ev in c["ev"]:
        if norm(ev).lower() not in tl:
            errs.append(f"evidence not printed: {ev}")
    if key["plan_type"] == "employer_erisa":
        for bad in ("medicaid", "medicare", "church plan", "governmental", "gobierno estatal", "empleados del estado",
                    "iglesia", "state employees"):
            if bad in tl:
                errs.append(f"ERISA notice names {bad}")
    urg_words = ("expedited (fast) basis", "manera acelerada")
    if key["urgent"] != any(u in tl for u in urg_words):
        errs.append("urgent flag disagrees with the notice")
    dl, basis = deadline(c)
    if key["appeal_deadline"] != dl.isoformat():
        errs.append("deadline mismatch")
    w = c["window"]
    if w[0] == "rule":
        rules = {"church": cases.R_CHURCH, "employer_erisa": cases.R_ERISA}
        if basis != rules.get(key["plan_type"]) or w[1] != 180:
            errs.append("rule basis is not the plan type's")
    else:
        if norm(basis) not in t:
            errs.append(f"deadline basis not printed: {basis}")
        if w[0] == "date":
            if not any(wr(w[1]) in basis for wr in kit.WRITERS):
                errs.append("stated date not in basis")
        elif str(w[1]) not in basis:
            errs.append("window number not in basis")
        if w[0] == "days" and key["plan_type"] in ("employer_erisa", "individual_aca", "governmental", "church") \
                and w[1] < 180:
            errs.append("stated window shorter than the rule")
    # address parts in order
    parts = [norm(p) for p in c["addr"]]
    ok = False
    for m in re.finditer(re.escape(parts[0]), t):
        pos, good = m.end(), True
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
    if key["appeals_address"] != ", ".join(c["addr"]):
        errs.append("address key not joined parts")
    keyed = set()
    for f, v in key.items():
        if f in ("file", "_note"):
            continue
        for x in (v if isinstance(v, list) else [v]):
            keyed.add(str(x))
    for tr in c["traps"]:
        if norm(tr) not in t:
            errs.append(f"trap not printed: {tr}")
        if tr in keyed:
            errs.append(f"trap is keyed: {tr}")
    for m in re.finditer(r"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b", t):
        if not m.group(0).startswith("555-01"):
            errs.append(f"phone not 555-01xx: {m.group(0)}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
        if not m.group(1).endswith(".example"):
            errs.append(f"e-mail domain: {m.group(0)}")
    for m in re.finditer(r"https?://([^/\s\"'<>]+)", t):
        if not m.group(1).endswith(".example"):
            errs.append(f"web domain: {m.group(0)}")
    size = os.path.getsize(path)
    if size >= 4 * 1024 * 1024:
        errs.append(f"file too large: {size}")
    return errs


# ------------------------------------------------------------------ main
EXT = {"jpg": ".jpg", "png": ".png", "tif": ".tif", "pdf": ".pdf", "docx": ".docx", "eml": ".eml", "html": ".html",
       "txt": ".txt"}


def build(c):
    fname = f"{c['num']}-{c['slug']}{EXT[c['kind']]}"
    path = os.path.join(HERE, fname)
    rng = np.random.default_rng(3700 + int(c["num"]))
    words = []
    if "device" in c:
        words = write_image(c, path, rng)
        text = blocks_text(c["blocks"]) + "\n" + "\n".join(words)
    else:
        if c["kind"] == "eml":
            write_eml(c, path)
        elif c["kind"] == "html":
            write_html(c, path)
        elif c["kind"] == "pdf":
            write_pdf_sections(c, path)
        elif c["kind"] == "docx":
            write_docx(c, path)
        elif c["kind"] == "txt":
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(cases.c07_text(c))
        text = read_back(path)
    key = key_of(c, fname)
    with open(os.path.join(HERE, f"{c['num']}-{c['slug']}.expected.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return fname, path, text, key


def main(argv):
    want = set(argv)
    allc = [f() for f in cases.ALL]
    sel = [c for c in allc if not want or c["num"] in want]
    for c in sel:
        for old in glob.glob(os.path.join(HERE, c["num"] + "-*")):
            os.remove(old)
    bad = 0
    nfields = {"en": 0, "es": 0}
    for c in sel:
        fname, path, text, key = build(c)
        errs = check(c, path, text, key)
        nf = len([k for k in key if k not in ("file", "_note")])
        nfields[c["lang"]] += nf
        print(f"{c['num']} {fname} ({os.path.getsize(path) / 1e6:.2f} MB, {nf} fields): "
              + ("ok" if not errs else "FAIL"))
        for e in errs:
            print("    -", e)
        bad += bool(errs)
    nes = sum(c["lang"] == "es" for c in sel)
    print(f"{len(sel)} notices ({nes} in Spanish), {nfields['en'] + nfields['es']} keyed fields (English "
          f"{nfields['en']}, Spanish {nfields['es']}); self-check: "
          + ("all keys found" if not bad else f"{bad} notice(s) FAILED"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
