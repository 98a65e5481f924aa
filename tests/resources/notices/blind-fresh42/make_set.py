"""Build blind intake set 42 (issue 19): every notice and its NN-slug.expected.json, then self-check.

Run with /work/main/.venv/bin/python make_set.py [NN ...]. Deterministic; exits 1 on any problem. FICTIONAL.
"""
import calendar
import email
import email.policy
import glob
import html
import io
import json
import os
import re
import sys
from datetime import date, timedelta
from email.message import EmailMessage
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases as C  # noqa: E402
import devices  # noqa: E402
import render as R  # noqa: E402

TODAY = date(2026, 12, 6)
EXT = {"pdf": "pdf", "imgpdf": "pdf", "jpeg": "jpg", "png": "png", "tiff": "tiff", "docx": "docx", "eml": "eml",
       "html": "html", "txt": "txt"}
PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "unknown"}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "benefit_limit", "coding_billing", "timely_filing",
              "coordination_of_benefits", "other"}
# docs/domain.md, "Appeal windows": days and the source column, for a notice that prints no window
RULES = {"employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
         "individual_aca": (180, "45 CFR 147.136(b)(3)"),
         "governmental": (180, "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
         "church": (180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
         "medicare_advantage": (65, "42 CFR 422.582(b)"), "medicare_part_d": (65, "42 CFR 423.582(b)"),
         "tricare": (90, "32 CFR 199.10")}
URGENCY = ["urgent concurrent review", "expedited (fast) basis", "on an expedited basis", "expedited review was",
           "de forma acelerada", "de manera urgente", "decisión rápida"]
FED_HOLIDAYS = {date(2026, 11, 11), date(2026, 11, 26), date(2026, 12, 25), date(2027, 1, 1), date(2027, 1, 18),
                date(2027, 2, 15), date(2026, 10, 12), date(2026, 9, 7)}
PRINT_STAMP = "Printed 12/03/2026 9:41 PM"


# ---------------------------------------------------------------- keys
def deadline(c):
    w, nd = c["window"], c["notice_date"]
    if w[0] == "days":
        return nd + timedelta(days=w[1]), w[2]
    if w[0] == "bdays":
        d, k = nd, 0
        while k < w[1]:
            d += timedelta(days=1)
            if d.weekday() < 5:
                assert d not in FED_HOLIDAYS, "a federal holiday inside a business-day window"
                k += 1
        return d, w[2]
    if w[0] == "months":
        m = nd.month - 1 + w[1]
        y, m = nd.year + m // 12, m % 12 + 1
        return date(y, m, min(nd.day, calendar.monthrange(y, m)[1])), w[2]
    if w[0] == "date":
        return w[1], w[2]
    days, cite = RULES[w[1]]
    return nd + timedelta(days=days), cite


def fname(c):
    return f"{c['n']:02d}-{c['slug']}.{EXT[c['kind']]}"


def key_of(c):
    dl, basis = deadline(c)
    k = {"file": fname(c), "_note": "FICTIONAL. " + c["note"], "patient_name": c["patient_name"],
         "member_id": c["member_id"], "claim_number": c["claim_number"], "notice_date": c["notice_date"].isoformat()}
    if c["service_dates"] is not None:
        k["service_dates"] = [d.isoformat() for d in c["service_dates"]]
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        if c[f] is not None:
            k[f] = list(c[f])
    k.update({"denial_category": c["denial_category"], "plan_type": c["plan_type"], "urgent": c["urgent"],
              "appeal_deadline": dl.isoformat(), "deadline_basis": basis,
              "appeals_address": ", ".join(c["addr"])})
    return k


# ---------------------------------------------------------------- writers
PORTAL_CSS = ("body{font-family:Arial,sans-serif;margin:0;color:#222}header{background:#2f5d50;color:#fff;"
              "padding:10px 20px}nav a{color:#fff;margin-right:14px}main{display:flex}section{flex:3;padding:16px}"
              "aside{flex:1;background:#f2f4f1;padding:16px}table{border-collapse:collapse;margin:6px 0}"
              "td,th{border:1px solid #aaa;padding:3px 7px;font-size:13px}.fine{font-size:11px;color:#555}")


def write_html(c, path):
    body = R.to_html_body(c["blocks"])
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Claims &amp; EOBs | Bluestem Member Portal (FICTIONAL)</title>
<style>{PORTAL_CSS}</style>
<script>window.dataLayer=window.dataLayer||[];function keepAlive(){{return 'session'}}</script></head>
<body>
<div class="fine">{PRINT_STAMP} - bluestem-members.example/claims/statement?print=1</div>
<header><strong>Bluestem Health Cooperative</strong> | Member Portal
<nav><a href="#">Home</a><a href="#">Claims &amp; EOBs</a><a href="#">Find a Doctor</a><a href="#">ID Card</a>
<a href="#">Messages (2)</a></nav><span>Signed in as Calloway Pruitt</span></header>
<main><section>
{body}
</section>
<aside><h3>Need help?</h3><p>Chat with us 8 a.m. to 6 p.m., or call 1-555-0129.</p>
<p>Your plan year: 01/01/2026 - 12/31/2026</p><p>Deductible met: $1,450.00 of $3,000.00</p></aside></main>
<footer class="fine">{PRINT_STAMP}. Bluestem Health Cooperative is a FICTIONAL sample plan.</footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def write_eml(c, path):
    x = c["extra"]
    plain = R.to_text(c["blocks"], hand=False)
    inner = R.to_html_body(c["blocks"])
    m = EmailMessage()
    m["From"] = x["from"]
    m["To"] = x["to"]
    m["Date"] = x["date"]
    m["Subject"] = x["subject"]
    m["Message-ID"] = f"<set42-{c['n']:02d}@mail.example>"
    if "fwd_from" in x:
        head = ("---------- Mensaje reenviado ---------\n"
                f"De: {x['fwd_from']}\nFecha: {x['fwd_date']}\nAsunto: Aviso sobre su reclamo\nPara: {x['fwd_to']}\n\n")
        plain = x["intro"] + "\n\n" + head + plain
        hhead = html.escape(head).replace("\n", "<br>")
        inner = (f"<div>{html.escape(x['intro'])}</div><br><div class=\"gmail_quote\">{hhead}"
                 f"<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">{inner}"
                 "</blockquote></div>")
    m.set_content(plain, charset="utf-8", cte="quoted-printable")
    m.add_alternative(f"<html><body style=\"font-family:Arial\">{inner}</body></html>", subtype="html",
                      charset="utf-8", cte="base64" if "fwd_from" in x else "quoted-printable")
    m.set_boundary(f"==set42-{c['n']:02d}-alt==")
    with open(path, "wb") as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))


def draw_pages(c):
    if c["device"] == "large_print_feeder":
        p = R.Pager(scale=1.55, margin=110)
    elif c["device"] == "composite_black":
        p = R.Pager(sans=R.F_SERIF, bold=R.F_SERIF_B)
    elif c["device"] in ("salt_pepper",):
        p = R.Pager(mono=R.F_MONO, bold=R.F_MONO_B)
    else:
        p = R.Pager()
    pages = p.draw(c["blocks"])
    return pages, p.marks


def write_image(c, path):
    import img2pdf
    pages, marks = draw_pages(c)
    dev = devices.DEVICES[c["device"]]
    if c["device"] == "water_glass":
        out = dev(pages, c["n"], marks["glass"][1])
    else:
        out = dev(pages, c["n"])
    if c["kind"] == "jpeg":
        out[0].save(path, "JPEG", quality=86, optimize=True)
    elif c["kind"] == "png":
        out[0].save(path, "PNG", optimize=True)
    elif c["kind"] == "tiff":
        out[0].save(path, "TIFF", compression="tiff_adobe_deflate", dpi=(200, 200))
    elif c["kind"] == "imgpdf":
        blobs = []
        for im in out:
            b = io.BytesIO()
            im.save(b, "JPEG", quality=80, dpi=(150, 150) if im.width < 1500 else (200, 200))
            blobs.append(b.getvalue())
        with open(path, "wb") as f:
            f.write(img2pdf.convert(blobs, nodate=True, engine=img2pdf.Engine.internal))


def write(c, path):
    k = c["kind"]
    if k == "pdf":
        R.to_pdf(c["blocks"], path, title=f"Set 42 notice {c['n']:02d} (FICTIONAL)")
    elif k == "docx":
        R.to_docx(c["blocks"], path, title=f"Set 42 notice {c['n']:02d} (FICTIONAL)")
    elif k == "txt":
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(R.to_text(c["blocks"], width=72, hand=False))
    elif k == "html":
        write_html(c, path)
    elif k == "eml":
        write_eml(c, path)
    else:
        write_image(c, path)


# ---------------------------------------------------------------- reading back
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


def read_back(c, path):
    k = c["kind"]
    if k == "pdf":
        import pypdf
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(path).pages)
    if k == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(cell.text for cell in r.cells))
        # tables come after paragraphs here; keep the body order too for the address and label checks
        body = []
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                body.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for r in Table(el, d).rows:
                    body.append(" ".join(cell.text for cell in r.cells))
        return "\n".join(body)
    if k == "txt":
        return open(path, encoding="utf-8").read()
    if k == "html":
        return html_text(open(path, encoding="utf-8").read())
    if k == "eml":
        m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        heads = "\n".join(f"{h}: {m[h]}" for h in ("From", "To", "Date", "Subject"))
        plain = m.get_body(("plain",)).get_content()
        h = html_text(m.get_body(("html",)).get_content())
        return heads + "\n" + plain + "\n\f\n" + h
    # images: the text model they were drawn from, handwriting included
    return R.to_text(c["blocks"], hand=True)


# ---------------------------------------------------------------- the self-check
def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def word_in(w, t):
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(w) + r"(?![A-Za-z0-9])", t) is not None


def printed_forms(d):
    return {C.us(d), C.lng(d), C.shrt(d), C.es(d), C.dm(d), f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"}


def check(c, path, key):
    errs = []
    raw = read_back(c, path)
    t = norm(raw)
    # the plain text part alone for an e-mail's order checks (the HTML part repeats it)
    if "FICTIONAL" not in t and "FICTICIA" not in t:
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        if norm(key[f]) not in t:
            errs.append(f"{f} {key[f]!r} not printed")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for code in key.get(f, []):
            if not word_in(code, t):
                errs.append(f"{f}: {code} not printed as a word")
    # notice date: label then the printed date, which is the keyed date
    nd = c["notice_date"]
    if not re.search(re.escape(c["nd_label"]) + r"\s*:?\s*" + re.escape(c["nd_printed"]), t):
        errs.append(f"notice date label {c['nd_label']!r} not followed by {c['nd_printed']!r}")
    if c["nd_printed"] not in printed_forms(nd):
        errs.append("printed notice date is not the keyed date")
    if not (date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date out of range")
    # service dates
    if c["service_dates"] is not None:
        sds = c["service_dates"]
        pr = c["sd_printed"] or [C.us(d) for d in sds]
        for d, p in zip(sds, pr):
            if p not in t:
                errs.append(f"service date {p} not printed")
            if p not in printed_forms(d):
                errs.append(f"service date {p} is not {d}")
        if sds != sorted(sds) or any(d >= nd for d in sds):
            errs.append("service dates unsorted or not before the notice date")
    # category, plan type, urgency
    if key["denial_category"] not in CATEGORIES or key["plan_type"] not in PLAN_TYPES:
        errs.append("category or plan type not a docs/domain.md name")
    for ev in (c["cat_ev"], c["plan_ev"]):
        if ev.lower() not in t.lower():
            errs.append(f"evidence {ev!r} not printed")
    has_urg = any(u.lower() in t.lower() for u in URGENCY)
    if key["urgent"] != has_urg or (key["urgent"] and c["urg_ev"].lower() not in t.lower()):
        errs.append("urgency evidence does not match the key")
    if key["plan_type"] == "employer_erisa":
        for bad in ("church plan", "Medicaid", "Medicare", "state employees", "government"):
            if bad.lower() in t.lower():
                errs.append(f"ERISA notice names {bad!r}")
    # deadline and basis
    dl, basis = deadline(c)
    if key["appeal_deadline"] != dl.isoformat() or key["deadline_basis"] != basis:
        errs.append("deadline or basis differs from the recomputation")
    w = c["window"]
    if w[0] == "rule":
        if RULES[w[1]][1] != basis or w[1] != key["plan_type"]:
            errs.append("rule basis is not the plan type's citation")
        if re.search(r"\b(within|dentro de) \d+ (calendar )?(days|días)", t):
            errs.append("a rule-window notice prints a window")
    else:
        if norm(basis) not in t:
            errs.append(f"basis {basis!r} not printed")
        if w[0] == "date":
            if not any(p in basis for p in printed_forms(w[1])):
                errs.append("stated-date basis does not carry the keyed date")
        elif str(w[1]) not in basis:
            errs.append("stated basis does not carry its number")
    # appeals address: parts in order, each within 200 characters of the one before
    parts = [norm(p) for p in c["addr"]]
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
        errs.append("appeals address parts not printed in order")
    if key["appeals_address"] != ", ".join(c["addr"]):
        errs.append("address key is not the parts joined")
    # traps: printed, and never a keyed value
    keyed = set()
    for v in key.values():
        if isinstance(v, list):
            keyed |= set(map(str, v))
        else:
            keyed.add(str(v))
    keyed |= {c["nd_printed"]} | set(c["sd_printed"] or [])
    if c["service_dates"]:
        keyed |= {C.us(d) for d in c["service_dates"]}
    for tr in c["traps"]:
        if norm(tr) not in t:
            errs.append(f"trap {tr!r} not printed")
        if tr in keyed:
            errs.append(f"trap {tr!r} is a keyed value")
    # phones, domains, size
    for m in re.finditer(r"(?<![\d-])(\d{3})-(\d{4})(?!\d)", t):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            errs.append(f"phone-like {m.group(0)} is not 555-01xx")
    for m in re.finditer(r"[A-Za-z0-9.-]+\.(com|org|net|gov|edu|mil|us|io)\b", t):
        errs.append(f"non-.example domain {m.group(0)}")
    size = os.path.getsize(path)
    if size >= 4 * 1024 * 1024:
        errs.append(f"file is {size} bytes (4 MB or more)")
    return errs


def main(argv):
    want = {int(a) for a in argv} if argv else None
    todo = [c for c in C.CASES if want is None or c["n"] in want]
    assert len(C.CASES) == 18 and sum(c["lang"] == "es" for c in C.CASES) == 6
    for c in todo:
        for old in glob.glob(os.path.join(HERE, f"{c['n']:02d}-*")):
            os.remove(old)
    problems, fields = 0, {"en": 0, "es": 0}
    for c in C.CASES:
        path = os.path.join(HERE, fname(c))
        key = key_of(c)
        if c in todo:
            write(c, path)
            with open(os.path.join(HERE, f"{c['n']:02d}-{c['slug']}.expected.json"), "w", encoding="utf-8") as f:
                json.dump(key, f, ensure_ascii=False, indent=2)
                f.write("\n")
        errs = check(c, path, key)
        fields[c["lang"]] += len([k for k in key if k not in ("file", "_note")])
        for e in errs:
            print(f"{c['n']:02d}: {e}")
        problems += len(errs)
    tot = fields["en"] + fields["es"]
    print(f"18 notices (6 in Spanish), {tot} keyed fields (English {fields['en']}, Spanish {fields['es']}); "
          f"self-check: {'all keys found' if not problems else str(problems) + ' problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
