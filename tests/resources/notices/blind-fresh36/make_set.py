"""Build blind intake set 36 (FICTIONAL) and check every key against its notice.

Usage: python make_set.py [NN ...]   (no arguments: every notice; deletes and rewrites NN-* files)
Exits 1 when any check fails."""
import datetime as dt
import email
import email.policy
import glob
import io
import json
import os
import re
import sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import img2pdf  # noqa: E402
from PIL import Image  # noqa: E402

import devices  # noqa: E402
import render  # noqa: E402
from cases import CASES, STYLES, fmt  # noqa: E402

TODAY = dt.date(2026, 12, 6)
EXT = {'jpg': 'jpg', 'pdfimg': 'pdf', 'tif_fax': 'tif', 'png': 'png', 'tif_jpeg': 'tif', 'pdf': 'pdf', 'docx': 'docx',
       'eml': 'eml', 'html': 'html', 'txt': 'txt'}
# docs/domain.md's appeal-window table: (amount, unit, source column)
RULES = {
    'employer_erisa': (180, 'days', "29 CFR 2560.503-1(h)(3)(i)"),
    'individual_aca': (180, 'days', "45 CFR 147.136(b)(3), which applies the ERISA claims rule"),
    'medicare_advantage': (65, 'days', "42 CFR 422.582(b)"),
    'medicare': (120, 'days', "42 CFR 405.942"),
    'medicare_part_d': (65, 'days', "42 CFR 423.582(b)"),
    'medicaid': (60, 'days', "42 CFR 438.402(c)(2)(ii)"),
    'fehb': (6, 'months', "5 CFR 890.105(b)(1)"),
    'chip': (60, 'days', "42 CFR 457.1260, applying 42 CFR 438.402(c)(2)(ii)"),
    'governmental': (180, 'days', "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    'church': (180, 'days', "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    'tricare': (90, 'days', "32 CFR 199.10"),
}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "benefit_limit",
              "coordination_of_benefits", "other"}
PLAN_WORDS = {'medicare': "Medicare", 'medicare_advantage': "Medicare Advantage|Senior Advantage|Medicare Choice",
              'medicare_part_d': "Prescription Drug|Part D", 'tricare': "TRICARE", 'fehb': "Federal Employees",
              'chip': "CHIP", 'medicaid': "Medicaid", 'employer_erisa': "ERISA|Employee", 'individual_aca': "Mercado|Marketplace",
              'governmental': "governmental|state employees", 'church': "church"}
ORDER = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
         "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
         "deadline_basis", "appeals_address"]


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def deadline(c):
    k, w = c['key'], c['anchors']['window']
    nd = k['notice_date']
    if w[0] == 'days':
        return nd + dt.timedelta(days=w[1])
    if w[0] == 'months':
        return add_months(nd, w[1])
    if w[0] == 'date':
        return k['appeal_deadline']
    amt, unit, _ = RULES[k['plan_type']]
    return add_months(nd, amt) if unit == 'months' else nd + dt.timedelta(days=amt)


# ------------------------------------------------------------------ writers
def write_eml(c, path):
    x = c['extra']
    body_txt = render.plain_text(c['blocks'])
    text = "\n".join(x['intro']) + "\n\n" + "\n".join(x['fwd']) + "\n\n" + body_txt + "\n"
    e = render.htmlmod.escape
    if c['lang'] == 'es':
        fwd_html = ("<div style=\"border-top:solid #E1E1E1 1pt;padding-top:3pt\"><p>" +
                    "<br>".join(e(s) for s in x['fwd']) + "</p></div>")
    else:
        fwd_html = ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" +
                    "<br>".join(e(s) for s in x['fwd']) + "</div><br>")
    html = ("<html><body><div dir=\"ltr\">" + "".join(f"<p>{e(s)}</p>" for s in x['intro']) + "</div>" + fwd_html +
            "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" +
            render.html_blocks(c['blocks']) + "</blockquote>" + ("</div>" if c['lang'] != 'es' else "") +
            "</body></html>")
    m = EmailMessage()
    m['From'] = x['frm']
    m['To'] = x['to']
    m['Subject'] = x['subj']
    m['Date'] = x['date']
    m['Message-ID'] = f"<set36-{c['n']:02d}@mailbox.example>"
    m['MIME-Version'] = "1.0"
    m.set_content(text)
    m.add_alternative(html, subtype='html')
    m.set_boundary(f"----=_Part_36{c['n']:02d}_fictional")
    with open(path, "wb") as f:
        f.write(bytes(m))


def write_html(c, path):
    x = c['extra']
    e = render.htmlmod.escape
    side = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(s)}</td><td>{e(d)}</td></tr>" for a, b, s, d in x['side'])
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>My Requests - Riverbend Community Health Plan (FICTIONAL)</title>
<style>body{{font-family:Arial,sans-serif}} .lbl{{font-weight:bold;display:inline-block;width:14em}} .side{{float:right;width:30%}}</style>
<script>window.dataLayer=window.dataLayer||[];function keepAlive(){{return 1;}}</script></head>
<body>
<div class="print-stamp">{e(x['stamp'])} - https://members.riverbend-chp.example/requests/PA-26-88410</div>
<nav><a href="#">Home</a> | <a href="#">My Benefits</a> | <a href="#">My Requests</a> | <a href="#">Messages (2)</a> | <a href="#">Find a Provider</a></nav>
<p class="signed-in">Signed in as D. Achterberg - <a href="#">Sign out</a></p>
<aside class="side"><h4>Your recent requests</h4>
<table><tr><th>Request</th><th>Service</th><th>Status</th><th>Decided</th></tr>
{side}</table></aside>
<main>
{render.html_blocks(c['blocks'])}
</main>
<footer><p>Riverbend Community Health Plan (FICTIONAL) - Member Services 1-555-0171 - TTY 711</p>
<div class="print-stamp">{e(x['stamp'])} - page 1 of 1</div></footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def write_image(c, path):
    st = c.get('style', {})
    width = c.get('width', 1700)
    paper = (255, 255, 255)
    img, marks = render.page_image(c['blocks'], width=width, style=st, paper=paper)
    dev = getattr(devices, c['device'])
    if c['device'] == 'fax_highlighter':
        out, words = dev(img, marks, c['n'], header=c['header'])
    elif c['device'] == 'white_out':
        out, words = dev(img, marks, c['n'], notes=c['notes'])
    else:
        out, words = dev(img, marks, c['n'])
    k = c['kind']
    if k == 'jpg':
        out.convert("RGB").save(path, "JPEG", quality=86, optimize=True)
    elif k == 'png':
        out.save(path, "PNG", optimize=True)
    elif k == 'tif_fax':
        out.save(path, "TIFF", compression="group4", dpi=(204, 196))
    elif k == 'tif_jpeg':
        out.convert("RGB").save(path, "TIFF", compression="jpeg", quality=80, dpi=(200, 200))
    elif k == 'pdfimg':
        buf = io.BytesIO()
        out.save(buf, "JPEG", quality=80, dpi=(200, 200))
        data = img2pdf.convert(buf.getvalue(), nodate=True, engine=img2pdf.Engine.internal)
        with open(path, "wb") as f:
            f.write(data)
    return words


def build(c):
    fn = f"{c['n']:02d}-{c['slug']}.{EXT[c['kind']]}"
    path = os.path.join(HERE, fn)
    k = c['kind']
    words = []
    if k in ('jpg', 'png', 'tif_fax', 'tif_jpeg', 'pdfimg'):
        words = write_image(c, path)
    elif k == 'pdf':
        render.text_pdf(path, c['blocks'], "FICTIONAL SAMPLE notice")
    elif k == 'docx':
        render.docx_file(path, c['blocks'], "FICTIONAL SAMPLE notice")
    elif k == 'eml':
        write_eml(c, path)
    elif k == 'html':
        write_html(c, path)
    elif k == 'txt':
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(render.plain_text(c['blocks']) + "\n")
    key = {"file": fn, "_note": "FICTIONAL. " + c['note']}
    kk = dict(c['key'])
    kk['appeal_deadline'] = deadline(c)
    if c['anchors']['window'][0] == 'rule':
        kk['deadline_basis'] = RULES[kk['plan_type']][2]
    for f in ORDER:
        if f in kk:
            v = kk[f]
            if isinstance(v, dt.date):
                v = v.isoformat()
            elif isinstance(v, list):
                v = [x.isoformat() if isinstance(x, dt.date) else x for x in v]
            key[f] = v
    with open(os.path.join(HERE, f"{c['n']:02d}-{c['slug']}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path, key, words


# ------------------------------------------------------------------ the check
def notice_text(c, path, words):
    k = c['kind']
    if k == 'pdf':
        from pypdf import PdfReader
        t = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    elif k == 'docx':
        t = render.docx_text(path)
    elif k == 'eml':
        with open(path, "rb") as f:
            m = email.message_from_binary_file(f, policy=email.policy.default)
        parts = [f"{h}: {m[h]}" for h in ("From", "To", "Subject", "Date")]
        for p in m.walk():
            if p.get_content_maintype() == 'text':
                s = p.get_content()
                parts.append(render.strip_html(s) if p.get_content_subtype() == 'html' else s)
        t = "\n".join(parts)
    elif k == 'html':
        with open(path, encoding="utf-8") as f:
            t = render.strip_html(f.read())
    elif k == 'txt':
        with open(path, encoding="utf-8") as f:
            t = f.read()
    else:
        t = "\n".join(render.text_lines(c['blocks']) + list(words))
    return t


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check(c, path, key, words):
    errs = []
    raw = notice_text(c, path, words)
    t = norm(raw)
    a = c['anchors']
    if "FICTIONAL" not in t and "FICTICIA" not in t:
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        if norm(key[f]) not in t:
            errs.append(f"{f} {key[f]!r} not printed")
    for f in ("procedure_codes", "diagnosis_codes"):
        for v in key.get(f, []):
            if not re.search(r"(?<![\w.])" + re.escape(v) + r"(?![\w])", t):
                errs.append(f"{f} {v} not printed as a word")
    for v in key.get("carc_codes", []):
        if not re.search(r"\b" + re.escape(v) + r"\b", t):
            errs.append(f"carc {v} not printed")
    nd = dt.date.fromisoformat(key['notice_date'])
    if not re.search(re.escape(norm(a['nd_label'])) + r"\s*" + re.escape(a['nd_printed']), t):
        errs.append("notice-date label not followed by the printed date")
    if a['nd_printed'] not in [fmt(nd, s) for s in STYLES]:
        errs.append("printed notice date is not the keyed one")
    if not (dt.date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date out of range")
    sd = [dt.date.fromisoformat(x) for x in key.get('service_dates', [])]
    if sd != sorted(sd):
        errs.append("service dates not sorted")
    for d in sd:
        if d >= nd:
            errs.append(f"service date {d} not before the notice")
        if not any(fmt(d, s) in t for s in a['svc']):
            errs.append(f"service date {d} not printed in {a['svc']}")
    if ('service_dates' in key) != bool(a['svc']):
        errs.append("service-date styles and keys disagree")
    if key['denial_category'] not in CATEGORIES:
        errs.append("category not a docs/domain.md name")
    if key['plan_type'] not in RULES:
        errs.append("plan type not a docs/domain.md name")
    if a['cat_ev'] not in t:
        errs.append("category evidence not printed")
    if a['plan_ev'] not in t:
        errs.append("plan evidence not printed")
    if not re.search(PLAN_WORDS[key['plan_type']], a['plan_ev'] + " " + t[:0], re.I):
        errs.append("plan evidence names no word of the keyed type")
    if key['plan_type'] == 'employer_erisa' and re.search(r"church|Medicaid|Medicare|governmental", t, re.I):
        errs.append("ERISA notice names another program")
    ue = a.get('urgent_ev')
    if bool(ue) != key['urgent'] or (ue and ue not in t):
        errs.append("urgency evidence and key disagree")
    w = a['window']
    dl = dt.date.fromisoformat(key['appeal_deadline'])
    if dl <= nd:
        errs.append("deadline not after the notice")
    if w[0] in ('days', 'months', 'date'):
        if norm(key['deadline_basis']) not in t:
            errs.append("deadline basis not the notice's words")
        if w[0] in ('days', 'months') and str(w[1]) not in key['deadline_basis']:
            errs.append("basis lacks its number")
        if w[0] == 'date':
            if w[1] not in key['deadline_basis'] or w[1] not in [fmt(dl, s) for s in STYLES]:
                errs.append("stated date not the keyed deadline")
    else:
        if key['deadline_basis'] != RULES[key['plan_type']][2]:
            errs.append("rule basis not the plan type's citation")
        if re.search(r"\b(\d+)\s+(days|días|months|meses)\b", key['deadline_basis']):
            errs.append("rule case states a window")
    parts = a['addr']
    if key['appeals_address'] != ", ".join(parts):
        errs.append("appeals address is not its parts joined")
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
    if not ok:
        errs.append("appeals address parts not printed in order")
    keyed = set()
    for f, v in key.items():
        if f in ("file", "_note"):
            continue
        for x in (v if isinstance(v, list) else [v]):
            keyed.add(str(x))
    for tr in a['traps']:
        if norm(tr) not in t:
            errs.append(f"trap {tr!r} not printed")
        if tr in keyed:
            errs.append(f"trap {tr!r} is a keyed value")
    dob = re.search(r"(Date of birth|Fecha de nacimiento):\s*(\S+)", t)
    if dob and dob.group(2) == a['nd_printed']:
        errs.append("DOB printed the same as the notice date")
    for ph in re.findall(r"\b(?:1-)?(?:\d{3}-)?555-(\d{4})\b", raw):
        if not ph.startswith("01"):
            errs.append(f"phone 555-{ph} not 555-01xx")
    for dom in re.findall(r"[\w.-]+\.(com|org|net|gov|edu|mil)\b", raw):
        errs.append(f"non-.example domain .{dom}")
    for dom in re.findall(r"[@/]([\w-]+(?:\.[\w-]+)+)", raw):
        if not dom.endswith(".example"):
            errs.append(f"domain {dom} not .example")
    size = os.path.getsize(path)
    if size >= 4 * 1024 * 1024:
        errs.append(f"file is {size} bytes")
    return errs


def main(argv):
    want = {int(x) for x in argv} if argv else None
    cases = [f() for f in CASES]
    if want is None:
        for p in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
            os.remove(p)
    bad = 0
    fields = {'en': 0, 'es': 0}
    for c in cases:
        if want and c['n'] not in want:
            continue
        path, key, words = build(c)
        errs = check(c, path, key, words)
        n = len([f for f in key if f not in ("file", "_note")])
        fields[c['lang']] += n
        for e in errs:
            print(f"{c['n']:02d}: {e}")
        bad += len(errs)
    tot = fields['en'] + fields['es']
    done = len([c for c in cases if not want or c['n'] in want])
    es = len([c for c in cases if (not want or c['n'] in want) and c['lang'] == 'es'])
    print(f"{done} notices ({es} in Spanish), {tot} keyed fields (English {fields['en']}, Spanish {fields['es']}); "
          f"self-check: {'all keys found' if not bad else str(bad) + ' problems'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
