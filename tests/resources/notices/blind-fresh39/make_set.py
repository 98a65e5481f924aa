"""Build blind intake set 39 (FICTIONAL) and check every key against its notice.

    /work/main/.venv/bin/python make_set.py          # everything
    /work/main/.venv/bin/python make_set.py 03 11    # only those notices (the check still runs on them)

Deletes and rewrites every NN-* file of the notices built; exits 1 when a key fails its check.
"""
import datetime as dt
import email
import email.policy
import html as htmlmod
import io
import json
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from html.parser import HTMLParser

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases  # noqa: E402
import devices  # noqa: E402
from layout import d, fmt, layout, parse_printed, to_docx, to_html, to_text  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 12, 6)
EXT = dict(jpg="jpg", png="png", tif="tif", pdf_img="pdf", pdf="pdf", docx="docx", eml="eml", html="html", txt="txt")
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "coordination_of_benefits",
              "benefit_limit", "other"}
PLANS = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid", "fehb",
         "chip", "governmental", "church", "tricare", "unknown"}
# docs/domain.md, "Appeal windows": days and the source column, for notices that print no window
RULES = {
    "employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
    "individual_aca": (180, "45 CFR 147.136(b)(3), which applies the ERISA claims rule"),
    "governmental": (180, "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    "church": (180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    "medicare_advantage": (65, "42 CFR 422.582(b)"),
}
FIXED = (2026, 12, 6, 12, 0, 0)
# docs/domain.md, "Claim adjustment reason codes": the usual category of each CARC used here
CARC_CAT = {"50": "medical_necessity", "55": "experimental_investigational", "56": "experimental_investigational",
            "96": "not_covered", "204": "not_covered", "197": "prior_authorization", "198": "prior_authorization",
            "15": "prior_authorization", "242": "out_of_network", "243": "out_of_network", "16": "coding_billing",
            "11": "coding_billing", "4": "coding_billing", "97": "coding_billing", "29": "timely_filing",
            "22": "coordination_of_benefits", "119": "benefit_limit", "26": "other", "27": "other"}


# ------------------------------------------------------------------------------------------ writers
def write_images(c, path):
    kw = dict(family=c.get("family", "sans"), base=c.get("base", 10.5), dpi=c.get("dpi", 200))
    lay = layout(c["blocks"], **kw)
    rng = np.random.default_rng(3900 + c["n"])
    imgs, vis, words = devices.DEVICES[c["device"]](lay, c, rng)
    k = c["kind"]
    if k == "jpg":
        imgs[0].save(path, "JPEG", quality=86, optimize=True, subsampling=2)
    elif k == "png":
        imgs[0].save(path, "PNG", optimize=True)
    elif k == "tif":
        imgs[0].save(path, "TIFF", compression="tiff_adobe_deflate", dpi=(150, 150), save_all=True,
                     append_images=imgs[1:])
    elif k == "pdf_img":
        import img2pdf
        b = io.BytesIO()
        imgs[0].save(b, "JPEG2000", quality_mode="rates", quality_layers=[70], irreversible=True)
        pdf = img2pdf.convert(b.getvalue(), nodate=True, engine=img2pdf.Engine.internal,
                              layout_fun=img2pdf.get_fixed_dpi_layout_fun((200, 200)))
        with open(path, "wb") as f:
            f.write(pdf)
    return "\n".join(r["text"] for r in vis) + "\n" + "\n".join(words)


PORTAL_CSS = ("body{font-family:Arial,sans-serif;margin:0;color:#222}header{background:#0b3d5c;color:#fff;padding:10px 24px}"
              "nav a{color:#cfe6f5;margin-right:16px}main{display:flex;gap:24px;padding:16px 24px}"
              "section.detail{flex:3}aside{flex:1;background:#f3f5f7;padding:12px}table{border-collapse:collapse}"
              "td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}.stamp{font-size:11px;color:#666}")


def write_html(c, path):
    e = htmlmod.escape
    x = c["extra"]
    n = c["n"]
    if n == 14:
        head = ('<header><strong>Keystone Harbor Health</strong> &nbsp;|&nbsp; MyKeystone member site<nav>'
                '<a href="https://my.keystoneharbor.example/home">Home</a><a href="https://my.keystoneharbor.example/claims">Claims</a>'
                '<a href="https://my.keystoneharbor.example/benefits">Benefits</a><a href="https://my.keystoneharbor.example/messages">Messages (2)</a>'
                '</nav><span>Signed in as Siobhan O\'Rourke-Lindqvist</span></header>')
        side_title = "Your recent claims"
    else:
        head = ('<header><strong>Northbridge Student Benefits</strong> - Student Health Insurance Plan portal<nav>'
                '<a href="https://students.northbridge.example/">Overview</a><a href="https://students.northbridge.example/claims">Claims</a>'
                '<a href="https://students.northbridge.example/inbox">Inbox</a><a href="https://students.northbridge.example/idcard">ID card</a>'
                '</nav><span>Welcome, Mei-Lin</span></header>')
        side_title = "Claims on file"
    side = ("<aside><h4>" + side_title + "</h4><table><tr><th>Claim</th><th>Date(s)</th><th>Code(s)</th><th>Status</th></tr>"
            + "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in x["other_claims"])
            + "</table></aside>")
    stamp = f'<p class="stamp">{e(x["printed"])}</p>' if x.get("printed") else ""
    doc = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Claim "
           + e(c["claim_number"]) + "</title><style>" + PORTAL_CSS + "</style>"
           "<script>window.dataLayer=window.dataLayer||[];function keepAlive(){return 1}</script></head><body>\n"
           + stamp + head + '\n<main><section class="detail">\n<p class="stamp">' + e(cases.FX) + "</p>\n"
           + to_html(c["blocks"]) + "\n</section>\n" + side + "</main>\n<footer><p class=\"stamp\">Privacy | Terms | "
           "Nondiscrimination notice | 1-555-0199</p>" + stamp + "</footer></body></html>\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


def write_eml(c, path):
    x = c["extra"]
    msg = EmailMessage()
    msg["From"] = x["outer_from"]
    msg["To"] = x["outer_to"]
    msg["Subject"] = x["subject"]
    msg["Date"] = x["outer_date"]
    msg["Message-ID"] = f"<set39.{c['n']:02d}@mail.example>"
    body = to_text(c["blocks"], 76)
    es = c["lang"] == "es"
    if es:
        fwd = ["---------- Mensaje reenviado ---------"] + [f"{a}: {b}" for a, b in x["orig"]]
    else:
        fwd = ["-----Original Message-----"] + [f"{a}: {b}" for a, b in x["orig"]]
    plain = "\n".join(x["intro"] + ["", ""] + fwd + [""]) + "\n" + body + "\n"
    msg.set_content(plain, cte="quoted-printable")
    e = htmlmod.escape
    hfwd = "<br>\n".join(f"<b>{e(a)}:</b> {e(b)}" for a, b in x["orig"])
    html = ('<html><body><div dir="ltr">' + "".join(f"<p>{e(t)}</p>" for t in x["intro"] if t)
            + ('<div class="gmail_quote">---------- Mensaje reenviado ---------<br>' if es else
               '<hr><div class="OutlookMessageHeader">') + hfwd + "</div><br>\n" + to_html(c["blocks"])
            + "</div></body></html>\n")
    msg.add_alternative(html, subtype="html", cte="base64" if es else "quoted-printable")
    msg.set_boundary(f"=_set39_{c['n']:02d}_alt")
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))


def write_docx(c, path):
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "FICTIONAL sample"
    cp.title = "Aviso de denegación (MUESTRA FICTICIA)"
    cp.created = cp.modified = dt.datetime(*FIXED)
    cp.last_modified_by = "FICTIONAL sample"
    cp.revision = 1
    to_docx(c["blocks"], doc)
    b = io.BytesIO()
    doc.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def write_pdf(c, path):
    lay = layout(c["blocks"], family=c.get("family", "sans"), dpi=200)
    lay.to_pdf(path, "Notice of Denial of Medical Coverage (FICTIONAL)")


def write_txt(c, path):
    s = to_text(c["blocks"], 80).replace("\f", "")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(s.rstrip("\n") + "\n")


# ------------------------------------------------------------------------------------------ reading back
class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = _Text()
    p.feed(s)
    return " ".join(p.out)


def read_back(c, path):
    k = c["kind"]
    if k == "txt":
        return open(path, encoding="utf-8", newline="").read()
    if k == "html":
        return html_text(open(path, encoding="utf-8").read())
    if k == "eml":
        m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        parts = [f"{h}: {m[h]}" for h in ("From", "To", "Subject", "Date")]
        for p in m.walk():
            if p.get_content_type() == "text/plain":
                parts.append(p.get_content())
            elif p.get_content_type() == "text/html":
                parts.append(html_text(p.get_content()))
        return "\n".join(parts)
    if k == "docx":
        import docx
        doc = docx.Document(path)
        out = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                out.append(" ".join(cell.text for cell in row.cells))
        return "\n".join(out)
    if k == "pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    raise ValueError(k)


# ------------------------------------------------------------------------------------------ key and check
def key_of(c, fname):
    nd = d(c["nd"])
    w = c["window"]
    if "days" in w:
        dl, basis = nd + dt.timedelta(days=w["days"]), w["basis"]
    elif "date" in w:
        dl, basis = d(w["date"]), w["basis"]
    else:
        days, basis = RULES[w["rule"]]
        dl = nd + dt.timedelta(days=days)
    k = {"file": fname, "_note": "FICTIONAL. " + c["note"], "patient_name": c["patient_name"],
         "member_id": c["member_id"], "claim_number": c["claim_number"], "notice_date": c["nd"]}
    if c["sd"]:
        k["service_dates"] = sorted(c["sd"])
    k["procedure_codes"] = c["proc"]
    k["diagnosis_codes"] = c["dx"]
    if c["carc"]:
        k["carc_codes"] = c["carc"]
    k.update(denial_category=c["category"], plan_type=c["plan"], urgent=c["urgent_ev"] is not None,
             appeal_deadline=dl.isoformat(), deadline_basis=basis, appeals_address=", ".join(c["addr"]))
    return k


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def word_in(w, text):
    return re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text) is not None


def check(c, k, text, path):
    t = norm(text)
    errs = []
    need = lambda s, what: (s and norm(s) in t) or errs.append(f"{what} not printed: {s!r}")
    if not re.search(r"FICTIONAL|FICTICIA", t):
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        need(k[f], f)
    printed = fmt(c["nd"], c["nd_fmt"])
    if k["notice_date"] not in parse_printed(printed):
        errs.append("printed notice date does not parse to the key")
    if not re.search(re.escape(norm(c["nd_label"])) + r"\s*:?\s*" + re.escape(printed), t):
        errs.append(f"notice-date label not followed by {printed!r}")
    if not (dt.date(2000, 1, 1) <= d(k["notice_date"]) <= TODAY):
        errs.append("notice date out of range")
    for s in k.get("service_dates", []):
        need(fmt(s, c["sd_fmt"]), "service date")
        if d(s) >= d(k["notice_date"]):
            errs.append(f"service date {s} not before the notice")
    if k.get("service_dates", []) != sorted(k.get("service_dates", [])):
        errs.append("service dates unsorted")
    for code in k["procedure_codes"] + k["diagnosis_codes"] + k.get("carc_codes", []):
        if not word_in(code, t):
            errs.append(f"code not printed as a word: {code}")
    if k["denial_category"] not in CATEGORIES or k["plan_type"] not in PLANS:
        errs.append("category or plan type not a docs/domain.md name")
    need(c["cat_ev"], "category evidence")
    need(c["plan_ev"], "plan evidence")
    if c["urgent_ev"]:
        need(c["urgent_ev"], "urgency evidence")
    if k["urgent"] != bool(c["urgent_ev"]):
        errs.append("urgent keyed without its evidence, or evidence without urgent")
    for cc in k.get("carc_codes", []):
        if CARC_CAT.get(cc.split("-")[1]) != k["denial_category"]:
            errs.append(f"{cc} usually means {CARC_CAT.get(cc.split('-')[1])}, keyed {k['denial_category']}")
    if k["plan_type"] == "employer_erisa" and re.search(r"church|iglesia|government|gobierno|Medicaid|Medicare", t, re.I):
        errs.append("an ERISA notice names another kind of plan")
    w = c["window"]
    if "rule" in w:
        if k["deadline_basis"] != RULES[w["rule"]][1] or w["rule"] != k["plan_type"]:
            errs.append("rule basis is not the plan type's citation")
    else:
        need(k["deadline_basis"], "deadline basis")
        mark = str(w["days"]) if "days" in w else fmt(w["date"], w["date_fmt"])
        if mark not in k["deadline_basis"]:
            errs.append("deadline basis lacks its number or date")
        if "date" in w and w["date"] != k["appeal_deadline"]:
            errs.append("stated date not keyed")
    if d(k["appeal_deadline"]) <= d(k["notice_date"]):
        errs.append("deadline not after the notice")
    # the appeals address: its parts in order, each close to the one before
    parts = [norm(p) for p in c["addr"]]
    ok = False
    for m in re.finditer(re.escape(parts[0]), t):
        pos, good = m.end(), True
        for p in parts[1:]:
            j = t.find(p, pos)
            if j < 0 or j - pos > 200:
                good = False
                break
            pos = j + len(p)
        ok = ok or good
    if not ok:
        errs.append("appeals address parts not printed in order")
    if k["appeals_address"] != ", ".join(c["addr"]):
        errs.append("address key is not its parts joined")
    keyed = {v for v in k.values() if isinstance(v, str)} | {v for v in k.values() if isinstance(v, list) for v in v}
    keyed |= {fmt(x, f) for x in [k["notice_date"]] + k.get("service_dates", []) for f in
              ("long", "LONG", "abbr", "us", "es", "dmy")}
    for tr in c["traps"]:
        need(tr, "trap")
        if tr in keyed:
            errs.append(f"trap is a keyed value: {tr}")
    for m in re.finditer(r"\b1-555-(\d{4})\b", t):
        if not m.group(1).startswith("01"):
            errs.append(f"phone not 555-01xx: {m.group(0)}")
    for m in re.finditer(r"\(?\b\d{3}\)?[-. ]\d{3}-\d{4}\b", t):
        if "555-01" not in m.group(0):
            errs.append(f"phone-like number: {m.group(0)}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
        if not m.group(1).endswith(".example"):
            errs.append(f"e-mail not .example: {m.group(0)}")
    for m in re.finditer(r"(?:https?://|www\.)([\w.-]+)", t):
        if not m.group(1).rstrip(".").endswith(".example"):
            errs.append(f"web address not .example: {m.group(0)}")
    size = os.path.getsize(path)
    if size >= 4 * 1024 * 1024:
        errs.append(f"file too large: {size}")
    return errs


# ------------------------------------------------------------------------------------------ main
def build_one(c):
    base = f"{c['n']:02d}-{c['slug']}"
    fname = f"{base}.{EXT[c['kind']]}"
    path = os.path.join(HERE, fname)
    if c["device"]:
        text = write_images(c, path)
    else:
        {"html": write_html, "eml": write_eml, "docx": write_docx, "pdf": write_pdf, "txt": write_txt}[c["kind"]](c, path)
        text = read_back(c, path)
    k = key_of(c, fname)
    with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return k, text, path


def main(argv):
    want = {int(a) for a in argv}
    fails, total, by_lang, n_es = 0, 0, {"en": 0, "es": 0}, 0
    for fn in cases.ALL:
        c = fn()
        if want and c["n"] not in want:
            continue
        for old in os.listdir(HERE):
            if old.startswith(f"{c['n']:02d}-"):
                os.remove(os.path.join(HERE, old))
        k, text, path = build_one(c)
        fname = k["file"]
        errs = check(c, k, text, path)
        nf = len([x for x in k if not x.startswith("_") and x != "file"])
        total += nf
        by_lang[c["lang"]] += nf
        n_es += c["lang"] == "es"
        print(f"{fname}: {nf} fields, {os.path.getsize(path) / 1e6:.2f} MB" + ("" if not errs else "  FAIL"))
        for e in errs:
            print("   -", e)
        fails += bool(errs)
    built = len(want) if want else len(cases.ALL)
    print(f"{built} notices ({n_es} in Spanish), {total} keyed fields (English {by_lang['en']}, Spanish "
          f"{by_lang['es']}); self-check: " + ("all keys found" if not fails else f"{fails} notices FAILED"))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
