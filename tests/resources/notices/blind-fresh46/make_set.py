"""Rebuild blind set 46 (FICTIONAL notices) deterministically, write the keys, self-check; exit 1 on a problem.
Usage: /work/main/.venv/bin/python make_set.py [NN ...]"""
import sys, os, io, re, json, glob, zipfile, html as htmlmod, email
from email.message import EmailMessage
from email import policy
import numpy as np
from PIL import Image
import dates, devices
from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-12-07"
EXT = {"pdf": "pdf", "imgpdf": "pdf", "docx": "docx", "eml": "eml", "html": "html", "txt": "txt", "jpg": "jpg", "png": "png", "tif": "tif"}
PLAN_TYPES = "employer_erisa individual_aca medicare_advantage medicare medicare_part_d medicaid fehb chip governmental church tricare short_term unknown".split()
CATS = "medical_necessity experimental_investigational prior_authorization step_therapy out_of_network not_covered coding_billing timely_filing coordination_of_benefits benefit_limit other".split()
RULES = {"church": "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)", "employer_erisa": "29 CFR 2560.503-1(h)(3)(i)"}

def text_of(c):
    out = []
    for b in c["blocks"]:
        if b[0] in ("h", "p", "stamp", "hand"): out.append(b[1])
        elif b[0] == "kv": out.append(f"{b[1]}: {b[2]}")
        elif b[0] == "t": out += ["  ".join(r) for r in b[1]]
    return "\n".join(out)

def fname(c): return f"{c['n']:02d}-{c['slug']}.{EXT[c['kind']]}"

# ------------------------------------------------------------------ writers
def w_pdf(c, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("Lib", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibB", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"))
    ss = getSampleStyleSheet(); st = ss["Normal"]; st.fontName = "Lib"; st.fontSize = 11; st.leading = 14
    hs = ss["Heading2"]; hs.fontName = "LibB"
    doc = SimpleDocTemplate(path, pagesize=letter, invariant=1, title="Fictional notice", author="FICTIONAL")
    fl = []
    for b in c["blocks"]:
        if b[0] == "h": fl.append(Paragraph(htmlmod.escape(b[1]), hs))
        elif b[0] == "p": fl += [Paragraph(htmlmod.escape(b[1]).replace("\n", "<br/>"), st), Spacer(1, 8)]
        elif b[0] == "kv": fl.append(Paragraph(f"<b>{htmlmod.escape(b[1])}:</b> {htmlmod.escape(b[2])}", st))
    doc.build(fl)

def w_docx(c, path):
    import docx
    d = docx.Document()
    cp = d.core_properties; import datetime as dt
    cp.created = cp.modified = dt.datetime(2026, 11, 1); cp.author = "FICTIONAL"; cp.last_modified_by = "FICTIONAL"; cp.revision = 1
    kv = [b for b in c["blocks"] if b[0] == "kv"]
    placed = False
    for b in c["blocks"]:
        if b[0] == "h": d.add_heading(b[1], level=2)
        elif b[0] == "p": d.add_paragraph(b[1])
        elif b[0] == "kv" and not placed:
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for k in kv:
                r = t.add_row().cells; r[0].text = k[1]; r[1].text = k[2]
            placed = True
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for it in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(it.filename, (2026, 11, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(it.filename))

def body_html(c):
    h = []
    for b in c["blocks"]:
        if b[0] == "h": h.append(f"<h2>{htmlmod.escape(b[1])}</h2>")
        elif b[0] == "p": h.append("<p>" + htmlmod.escape(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "kv": h.append(f'<div class="row"><span class="lab">{htmlmod.escape(b[1])}</span><span class="val">{htmlmod.escape(b[2])}</span></div>')
        elif b[0] == "t":
            rows = b[1]
            h.append("<table><tr>" + "".join(f"<th>{htmlmod.escape(x)}</th>" for x in rows[0]) + "</tr>" +
                     "".join("<tr>" + "".join(f"<td>{htmlmod.escape(x)}</td>" for x in r) + "</tr>" for r in rows[1:]) + "</table>")
    return "\n".join(h)

def w_html(c, path):
    page = f"""<!DOCTYPE html>
<html lang="{c['lang']}"><head><meta charset="utf-8"><title>Claim details - FICTIONAL</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} nav{{background:#1d3557;color:#fff;padding:8px}} main{{display:grid;grid-template-columns:1fr;padding:16px}}
.row{{display:flex;gap:24px}} .lab{{font-weight:bold;min-width:180px}} table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:4px 8px}}
.promo{{display:none}}</style><script>window.dataLayer=[];</script></head>
<body><nav>Home | Claims | Benefits | Messages | Sign out</nav>
<div class="promo">Switch to paperless statements and save time! Offer code 2027-ABC.</div>
<main>
{body_html(c)}
</main><footer>Blue Heron Federal Health Plan (fictional) - heron-fehb.example - 1-555-0171</footer></body></html>
"""
    open(path, "w", encoding="utf-8").write(page)

def w_txt(c, path):
    out = []
    for b in c["blocks"]:
        if b[0] == "h": out += [b[1], "=" * len(b[1]), ""]
        elif b[0] == "p":
            for para in b[1].split("\n"):
                import textwrap
                out += textwrap.wrap(para, 72) or [""]
            out.append("")
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(out) + "\n")

def w_eml(c, path):
    e = c["extra"]
    m = EmailMessage(policy=policy.SMTP)
    m["From"], m["To"], m["Date"], m["Subject"] = e["from"], e["to"], e["date"], e["subject"]
    m["Message-ID"] = f"<set46-{c['n']:02d}@mail.example>"
    letter_html = body_html(c); letter_txt = text_of(c)
    if "fwd" in e:
        plain = e["intro"] + "\n\n" + e["fwd"] + "\n\n" + letter_txt
        html = f"<div>{htmlmod.escape(e['intro'])}</div><br><div class=\"gmail_quote\">" + htmlmod.escape(e["fwd"]).replace("\n", "<br>") + f"<br><br>{letter_html}</div>"
        m.set_content(plain, cte="quoted-printable")
        m.add_alternative(f"<html><body>{html}</body></html>", subtype="html", cte="quoted-printable")
        m.set_boundary("==set46-alt-%02d==" % c["n"])
    else:
        a = e["attached"]
        inner = EmailMessage(policy=policy.SMTP)
        inner["From"], inner["To"], inner["Date"], inner["Subject"] = a["from"], "Ernesto Valdivia Roybal <evaldivia@correo.example>", a["date"], a["subject"]
        inner["Message-ID"] = f"<set46-{c['n']:02d}-inner@mail.example>"
        inner.set_content("Este mensaje tiene una carta en HTML. Si no la ve, entre a su cuenta en mesaverde-sc.example.", cte="quoted-printable")
        inner.add_alternative(f"<html><body>{letter_html}</body></html>", subtype="html", cte="base64")
        inner.set_boundary("==set46-inner-%02d==" % c["n"])
        m.set_content(e["intro"], cte="quoted-printable")
        m.add_attachment(inner)
        m.set_boundary("==set46-mixed-%02d==" % c["n"])
    open(path, "wb").write(m.as_bytes())

BACK = [("h", "Your rights and protections (page 2)"), ("p", "FICTIONAL SAMPLE. You can get this statement in large print, Braille or another language at no cost. "
         "Call 1-555-0199. Nondiscrimination notice: the plan does not exclude people or treat them differently because of race, colour, "
         "national origin, age, disability or sex. " * 6)]

def w_image(c, path):
    seed = 4600 + c["n"]; rng = np.random.default_rng(seed)
    img = devices.render(c["blocks"], seed, serif=c["n"] in (3, 13))
    dev = c["device"]
    if dev == "bleed": out = devices.bleed(img, rng, devices.render(BACK, seed + 1))
    else: out = getattr(devices, dev)(img, rng)
    if c["kind"] == "jpg": out.convert("RGB").save(path, "JPEG", quality=82)
    elif c["kind"] == "png": out.save(path, "PNG", optimize=True)
    elif c["kind"] == "tif": out.convert("L").save(path, "TIFF", compression="tiff_lzw", dpi=(200, 200))
    elif c["kind"] == "imgpdf":
        import img2pdf
        buf = io.BytesIO(); out.convert("L").save(buf, "JPEG", quality=80)
        layout = img2pdf.get_fixed_dpi_layout_fun((180, 180))
        open(path, "wb").write(img2pdf.convert(buf.getvalue(), nodate=True, engine=img2pdf.Engine.internal, layout_fun=layout))

WRITERS = {"pdf": w_pdf, "docx": w_docx, "html": w_html, "txt": w_txt, "eml": w_eml}

# ------------------------------------------------------------------ reading back for the check
def read_back(c, path):
    k = c["kind"]
    if k == "pdf":
        import pypdf; return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if k == "docx":
        import docx; d = docx.Document(path)
        return "\n".join([p.text for p in d.paragraphs] + [f"{r.cells[0].text}: {r.cells[1].text}" for t in d.tables for r in t.rows])
    if k == "html":
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S); s = re.sub(r'<div class="promo">.*?</div>', " ", s, flags=re.S)
        s = re.sub(r"</span><span", "</span>: <span", s)
        return htmlmod.unescape(re.sub(r"<[^>]+>", "\n", s))
    if k == "txt": return open(path, encoding="utf-8").read()
    if k == "eml":
        m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
        parts = []
        for p in m.walk():
            if p.get_content_type() == "text/plain": parts.append(p.get_content())
            if p.get_content_type() == "text/html":
                s = p.get_content(); s = re.sub(r"</span><span", "</span>: <span", s)
                parts.append(htmlmod.unescape(re.sub(r"<br>", "\n", re.sub(r"<(?!br)[^>]+>", "\n", s))))
        return "\n".join(parts)
    return text_of(c)  # images: the text model drawn

def norm(s): return re.sub(r"\s+", " ", s)

def check(c, path):
    errs = []; k = c["key"]; t = norm(read_back(c, path)); tl = t.lower()
    def need(s, what):
        if norm(s) not in t: errs.append(f"{what} not printed: {s!r}")
    if "FICTIONAL" not in t and "FICTICIA" not in t: errs.append("no FICTIONAL mark")
    for f in ("patient_name", "member_id", "claim_number"): need(k[f], f)
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in k.get(f, []):
            if not re.search(r"(?<![\w.-])" + re.escape(v) + r"(?![\w-])", t): errs.append(f"{f} {v} not a whole word")
    need(c["nd_print"], "notice date")
    fmts = [dates.long_en, dates.long_es, dates.us, dates.dmy]
    if c["nd_print"] not in [f(k["notice_date"]) for f in fmts]: errs.append("printed notice date is not the keyed one")
    if not ("2000-01-01" <= k["notice_date"] <= TODAY): errs.append("notice date out of range")
    sd = k.get("service_dates", [])
    for p in c["sd_print"]: need(p, "service date")
    if sd:
        if sd != sorted(sd) or sd[-1] >= k["notice_date"]: errs.append("service dates unsorted or after notice")
        for s in sd:
            x = dates.d(s)
            if not (any(f(s) in t for f in fmts) or any(str(x.day) in p and (dates.EN[x.month-1] in p or dates.ES[x.month-1] in p) for p in c["sd_print"])):
                errs.append(f"service date {s} not printed")
    else:
        if c["sd_print"]: errs.append("service dates printed but not keyed")
    if k["plan_type"] not in PLAN_TYPES: errs.append("plan type name")
    if k["denial_category"] not in CATS: errs.append("category name")
    for e in c["ev"].values(): need(e, "evidence")
    if k["urgent"] != ("urgent_ev" in c): errs.append("urgency")
    if "urgent_ev" in c: need(c["urgent_ev"], "urgency evidence")
    b = k["deadline_basis"]; dl = k["appeal_deadline"]
    if b is None:
        if dl is not None or k["appeals_address"] is not None: errs.append("null basis but deadline or address keyed")
    elif b in RULES.values():
        if RULES.get(k["plan_type"]) != b or dl != dates.plus_days(k["notice_date"], 180): errs.append("rule basis/deadline")
    else:
        need(b, "basis")
        m = re.search(r"(\d+) (business days|días hábiles|days|días|months)", b)
        n, unit = int(m.group(1)), m.group(2)
        want = {"days": dates.plus_days, "días": dates.plus_days, "business days": dates.plus_business,
                "días hábiles": dates.plus_business, "months": dates.plus_months}[unit](k["notice_date"], n)
        if want != dl: errs.append(f"deadline {dl} != {want}")
    if k["appeals_address"]:
        parts = k["appeals_address"].split(", ")
        starts = [m.start() for m in re.finditer(re.escape(parts[0]), t)]
        def chain(pos):
            for p in parts[1:]:
                q = t.find(p, pos)
                if q < 0 or q - pos > 200: return False
                pos = q
            return True
        if not any(chain(s0) for s0 in starts): errs.append("address parts not in order within 200 characters")
    keyed = json.dumps(k, ensure_ascii=False)
    for tr in c["traps"]:
        if norm(tr) not in t: errs.append(f"trap not printed: {tr!r}")
        vals = [v for v in k.values() if isinstance(v, str)] + [x for v in k.values() if isinstance(v, list) for x in v]
        if tr in vals: errs.append(f"trap keyed: {tr!r}")
    for ph in re.findall(r"1-555-\d{4}", t):
        if not ph.startswith("1-555-01"): errs.append(f"phone {ph}")
    for dom in re.findall(r"[\w.-]+@([\w.-]+)", t) + re.findall(r"\b([\w-]+\.(?:com|org|net|gov))\b", t):
        if not dom.endswith(".example"): errs.append(f"non-example domain {dom}")
    if os.path.getsize(path) > 4 * 1024 * 1024: errs.append("file over 4 MB")
    return errs

def main(argv):
    want = {int(a) for a in argv} or {c["n"] for c in CASES}
    for c in CASES:
        if c["n"] not in want: continue
        for old in glob.glob(os.path.join(HERE, f"{c['n']:02d}-*")): os.remove(old)
        path = os.path.join(HERE, fname(c))
        (WRITERS.get(c["kind"]) or w_image)(c, path)
        key = {"file": fname(c), "_note": "FICTIONAL. " + c["note"]}
        key.update(c["key"])
        json.dump(key, open(path.rsplit(".", 1)[0] + ".expected.json", "w", encoding="utf-8"), indent=2, ensure_ascii=False)
        open(path.rsplit(".", 1)[0] + ".expected.json", "a").write("\n")
    bad = 0; fields = {"en": 0, "es": 0}
    for c in CASES:
        path = os.path.join(HERE, fname(c))
        errs = check(c, path)
        fields[c["lang"]] += sum(1 for v in c["key"].values() if v is not None)
        for e in errs: print(f"{c['n']:02d}: {e}"); bad += 1
    es = sum(1 for c in CASES if c["lang"] == "es")
    print(f"{len(CASES)} notices ({es} in Spanish), {fields['en'] + fields['es']} keyed fields (English {fields['en']}, Spanish {fields['es']}); "
          f"self-check: {'all keys found' if not bad else str(bad) + ' problems'}")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
