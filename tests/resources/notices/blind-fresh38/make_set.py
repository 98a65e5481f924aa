"""Build blind intake set 38 (FICTIONAL set) and check every key against its notice.

    /work/main/.venv/bin/python make_set.py          # rebuild all 18, then check; exit 1 on any problem
    /work/main/.venv/bin/python make_set.py 04 13    # rebuild only those, then check them
    /work/main/.venv/bin/python make_set.py --check  # check the built set without rebuilding it
"""
import datetime as dt
import email
import email.policy
import glob
import html as _html
import io
import json
import os
import re
import sys
from email.message import EmailMessage

import numpy as np
from PIL import Image

import dates
import devices
import render
from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 12, 6)
MAXB = 4_000_000

CATS = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
        "out_of_network", "not_covered", "coding_billing", "timely_filing", "benefit_limit",
        "coordination_of_benefits", "other"}
PLANS = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid", "fehb",
         "chip", "governmental", "church", "tricare", "short_term", "unknown"}
# docs/domain.md, appeal-window table: days and the source column, for notices that print no time limit
RULES = {"employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
         "individual_aca": (180, "45 CFR 147.136(b)(3), which applies the ERISA claims rule"),
         "medicare_advantage": (65, "42 CFR 422.582(b)"), "medicare": (120, "42 CFR 405.942"),
         "medicare_part_d": (65, "42 CFR 423.582(b)"), "medicaid": (60, "42 CFR 438.402(c)(2)(ii)"),
         "chip": (60, "42 CFR 457.1260, applying 42 CFR 438.402(c)(2)(ii)"), "tricare": (90, "32 CFR 199.10"),
         "governmental": (180, "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
         "church": (180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)")}
PLAN_WORDS = {"employer_erisa": ["employer", "empleador"], "individual_aca": ["Marketplace", "Mercado", "Student"],
              "medicare_advantage": ["Medicare Advantage"], "medicare": ["Medicare"],
              "medicare_part_d": ["Prescription Drug", "Part D"], "medicaid": ["Medicaid"], "chip": ["CHIP"],
              "fehb": ["FEHB", "Federal Employees Health Benefits"], "governmental": ["state employees"],
              "church": ["church plan"], "tricare": ["TRICARE"]}
EXT = {"jpeg": "jpg", "png": "png", "tiff_g4": "tif", "tiff_lzw": "tif", "pdf_img": "pdf", "pdf": "pdf",
       "docx": "docx", "eml": "eml", "html": "html", "txt": "txt"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ writers
def write_image(c, path):
    st = render.Style(**c.get("style", {}))
    page = render.to_image(c["blocks"], st)
    c["marks"] = st.marks
    rng = np.random.default_rng(3800 + c["n"])
    img = devices.DEVICES[c["device"]](page, c, rng)
    k = c["kind"]
    if k == "jpeg":
        img.save(path, "JPEG", quality=88, dpi=(200, 200))
    elif k == "png":
        img.save(path, "PNG", optimize=True)
    elif k == "tiff_g4":
        img.save(path, "TIFF", compression="group4", dpi=(204, 196))
    elif k == "tiff_lzw":
        img.save(path, "TIFF", compression="tiff_lzw", dpi=(150, 150))
    elif k == "pdf_img":
        import img2pdf
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=84, dpi=(200, 200))
        with open(path, "wb") as f:
            f.write(img2pdf.convert(buf.getvalue(), engine=img2pdf.Engine.internal, nodate=True,
                                    title="FICTIONAL sample notice"))


HTML_CSS = ("body{font-family:Arial,sans-serif;margin:0;color:#222}header{background:#2b4c7e;color:#fff;padding:10px 20px}"
            "nav a{color:#fff;margin-right:14px}main{display:flex;gap:24px;padding:16px 20px}"
            ".claim{flex:3}aside{flex:1;border-left:1px solid #ccc;padding-left:12px}"
            "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}"
            ".kv th{background:#f2f2f2}.fine{font-size:80%;color:#555}.print{font-size:75%;color:#444}")


def write_html(c, path):
    h = c["html"]
    e = _html.escape
    side = "".join(f"<li><a href=\"/claims/{e(n)}\">{e(n)}</a> - {e(s)}</li>" for n, s in h["side"])
    doc = (f"<!DOCTYPE html>\n<html lang=\"{c['lang']}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{e(h['title'])}"
           f"</title>\n<style>{HTML_CSS}</style>\n<script>window.dataLayer=[];function keepAlive(){{return 1}}"
           f"</script>\n</head>\n<body>\n<div class=\"print\">{e(h['stamp'])}</div>\n<header>\n<strong>Covenant "
           f"Mission Benefits</strong> member portal (FICTIONAL)\n<nav><a href=\"/\">Home</a><a href=\"/claims\">"
           f"Claims</a><a href=\"/benefits\">Benefits</a><a href=\"/messages\">Messages</a><a href=\"/logout\">Sign "
           f"out</a></nav>\n<div>{e(h['signed'])}</div>\n</header>\n<main>\n<section class=\"claim\">\n"
           + render.to_html_body(c["blocks"])
           + f"\n</section>\n<aside>\n<h3>Recent claims</h3>\n<ul>{side}</ul>\n</aside>\n</main>\n"
           f"<div class=\"print\">{e(h['url'])} &nbsp; 1/1</div>\n</body>\n</html>\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


def write_eml(c, path):
    m = c["eml"]
    e = _html.escape
    notice_txt = render.to_text(c["blocks"], pad_tables=True)
    notice_html = render.to_html_body(c["blocks"])
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Date"], msg["Subject"] = m["frm"], m["to"], m["date"], m["subject"]
    msg["Message-ID"] = f"<set38-{c['n']:02d}@mail.example>"
    msg["MIME-Version"] = "1.0"
    if m["fwd"]:
        plain = "\n\n".join(m["intro"]) + "\n\n" + "\n".join(m["fwd"]) + "\n\n" + notice_txt + "\n"
        htm = ("<div dir=\"ltr\">" + "".join(f"<p>{e(x)}</p>" for x in m["intro"]) + "<br><div class=\"gmail_quote\">"
               + "<br>".join(e(x) for x in m["fwd"]) + "<br><br>" + notice_html + "</div></div>")
        msg.set_content(plain, cte="quoted-printable")
        msg.add_alternative("<html><body>" + htm + "</body></html>", subtype="html", cte="quoted-printable")
    else:
        plain = notice_txt + "\n\nEste mensaje se envió a " + m["to"] + ". No responda a este correo.\n"
        htm = ("<html><body><table width=\"600\"><tr><td style=\"background:#1d5fa8;color:#fff;padding:10px\">"
               "Plan Desierto Azul</td></tr><tr><td>" + notice_html + "</td></tr><tr><td style=\"font-size:11px\">"
               "Este mensaje se envió a " + e(m["to"]) + ". No responda a este correo.</td></tr></table></body></html>")
        msg.set_content(plain, cte="quoted-printable")
        msg.add_alternative(htm, subtype="html", cte="base64")
    msg.set_boundary(f"=_set38_{c['n']:02d}_alt")
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=email.policy.default))


def write_txt(c, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(render.to_text(c["blocks"], width=72, pad_tables=True) + "\n")


def build(c, path):
    k = c["kind"]
    if k in ("jpeg", "png", "tiff_g4", "tiff_lzw", "pdf_img"):
        write_image(c, path)
    elif k == "pdf":
        render.to_pdf(c["blocks"], path)
    elif k == "docx":
        render.to_docx(c["blocks"], path)
    elif k == "html":
        write_html(c, path)
    elif k == "eml":
        write_eml(c, path)
    elif k == "txt":
        write_txt(c, path)


# ------------------------------------------------------------------ keys
def deadline(c):
    w, nd = c["window"], c["notice"]
    if w[0] == "days":
        return nd + dt.timedelta(days=w[1]), w[2]
    if w[0] == "months":
        return dates.add_months(nd, w[1]), w[2]
    if w[0] == "date":
        return w[1], w[2]
    days, cite = RULES[c["plan"]]
    return nd + dt.timedelta(days=days), cite


def make_key(c, fname):
    dl, basis = deadline(c)
    k = {"file": fname, "_note": "FICTIONAL. " + c["note"], "patient_name": c["name"], "member_id": c["member"],
         "claim_number": c["claim"], "notice_date": c["notice"].isoformat()}
    if c["service"]:
        k["service_dates"] = [d.isoformat() for d in c["service"]]
    if c["proc"]:
        k["procedure_codes"] = c["proc"]
    if c["dx"]:
        k["diagnosis_codes"] = c["dx"]
    if c["carc"]:
        k["carc_codes"] = c["carc"]
    k.update({"denial_category": c["cat"], "plan_type": c["plan"], "urgent": c["urgent"],
              "appeal_deadline": dl.isoformat(), "deadline_basis": basis, "appeals_address": ", ".join(c["addr"])})
    return k


# ------------------------------------------------------------------ check
def read_back(c, path):
    k = c["kind"]
    if k in ("jpeg", "png", "tiff_g4", "tiff_lzw", "pdf_img"):
        return render.to_text(c["blocks"]) + "\n" + "\n".join(c["extra_text"])
    if k == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    if k == "docx":
        return render.docx_text(path)
    if k == "html":
        return render.html_text(open(path, encoding="utf-8").read())
    if k == "txt":
        return open(path, encoding="utf-8").read()
    if k == "eml":
        msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        out = [f"{h}: {msg[h]}" for h in ("From", "To", "Date", "Subject")]
        for part in msg.walk():
            if part.get_content_type() == "text/plain":
                out.append(part.get_content())
            elif part.get_content_type() == "text/html":
                out.append(render.html_text(part.get_content()))
        return "\n".join(out)


def word_in(code, text):
    return re.search(r"(?<![\w-])" + re.escape(code) + r"(?!\w)", text) is not None


def check(c, key, path):
    errs = []
    raw = read_back(c, path)
    t = norm(raw)

    def need(s, what):
        if norm(s) not in t:
            errs.append(f"{what} not printed: {s!r}")

    if "FICTIONAL" not in t and "FICTICI" not in t:
        errs.append("no FICTIONAL/FICTICIA on the face")
    need(key["patient_name"], "patient_name")
    need(key["member_id"], "member_id")
    need(key["claim_number"], "claim_number")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for code in key.get(f, []):
            if not word_in(code, t):
                errs.append(f"{f} {code} not printed as a word")
    # notice date
    nd = c["notice"]
    pr = c["notice_fmt"](nd)
    if pr not in dates.forms(nd):
        errs.append("notice date printed in no writer form")
    if c["notice_label"]:
        need(c["notice_label"] + " " + pr, "notice label + date")
    elif pr not in [ln.strip() for ln in raw.splitlines()]:
        errs.append(f"dateline {pr!r} not on a line of its own")
    if not (dt.date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date outside 2000..today")
    # service dates
    sd = c["service"]
    if sd != sorted(sd):
        errs.append("service dates not sorted")
    for d in sd:
        need(c["service_fmt"](d), "service date")
        if d >= nd:
            errs.append(f"service date {d} not before the notice date")
    if ("service_dates" in key) != bool(sd) or ("carc_codes" in key and not sd):
        errs.append("service_dates/carc_codes presence wrong")
    # category, plan, urgency
    if key["denial_category"] not in CATS:
        errs.append("unknown category")
    if key["plan_type"] not in PLANS:
        errs.append("unknown plan type")
    need(c["cat_ev"], "category evidence")
    need(c["plan_ev"], "plan evidence")
    if not any(w.lower() in c["plan_ev"].lower() for w in PLAN_WORDS[c["plan"]]):
        errs.append("plan evidence holds no word of the keyed plan type")
    if c["plan"] == "employer_erisa":
        for bad in ("church", "government", "state employees", "Medicaid", "Medicare", "iglesia", "gobierno"):
            if bad.lower() in t.lower():
                errs.append(f"ERISA notice names {bad}")
    if c["carc"] and "CO-119" in c["carc"] and c["cat"] != "benefit_limit":
        errs.append("CO-119 must be benefit_limit")
    uev = c.get("urgent_ev")
    if bool(uev) != bool(key["urgent"]):
        errs.append("urgent evidence and urgent disagree")
    if uev:
        need(uev, "urgent evidence")
    # deadline
    dl, basis = deadline(c)
    if key["appeal_deadline"] != dl.isoformat() or key["deadline_basis"] != basis:
        errs.append("deadline or basis not recomputed the same")
    w = c["window"]
    if w[0] in ("days", "months"):
        need(basis, "deadline basis")
        if str(w[1]) not in basis:
            errs.append("basis lacks its number")
    elif w[0] == "date":
        need(basis, "deadline basis")
        if not any(f in basis for f in dates.forms(w[1])):
            errs.append("basis lacks its date")
        if w[1] <= nd:
            errs.append("stated deadline not after the notice")
    else:
        if basis != RULES[c["plan"]][1]:
            errs.append("rule basis is not the plan type's citation")
    # appeals address: parts in order, each within 200 characters of the one before
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
        if good:
            ok = True
            break
    if not ok:
        errs.append("appeals address parts not found in order")
    if key["appeals_address"] != ", ".join(c["addr"]):
        errs.append("address key not the parts joined")
    # traps
    vals = set()
    for v in key.values():
        if isinstance(v, list):
            vals.update(v)
        elif isinstance(v, str):
            vals.add(v)
    for tr in c["traps"]:
        need(tr, "trap")
        if tr in vals:
            errs.append(f"trap {tr!r} is a keyed value")
        for f in ("patient_name", "member_id", "claim_number", "appeals_address", "deadline_basis"):
            if tr in key[f]:
                errs.append(f"trap {tr!r} inside {f}")
    # phones, e-mail and web addresses
    for m in re.finditer(r"(?<![\w-])(?:1-)?(?:\(?\d{3}\)?[-\s])?(\d{3})-(\d{4})(?![\w-])", raw):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            errs.append(f"phone not 555-01xx: {m.group(0)}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([A-Za-z]+)", raw):
        if not m.group(0).endswith(".example"):
            errs.append(f"e-mail not .example: {m.group(0)}")
    rawfile = open(path, "rb").read()
    for m in re.finditer(rb"https?://([^/\s\"'<>]+)", rawfile):
        if not m.group(1).endswith(b".example"):
            errs.append(f"web address not .example: {m.group(1)!r}")
    if os.path.getsize(path) >= MAXB:
        errs.append(f"file too large: {os.path.getsize(path)} bytes")
    return errs


def main(argv):
    check_only = "--check" in argv
    only = {int(a) for a in argv if a != "--check"}
    total, by_lang, problems, spanish = 0, {"en": 0, "es": 0}, 0, 0
    for fn in CASES:
        c = fn()
        n = c["n"]
        stem = f"{n:02d}-{c['slug']}"
        fname = f"{stem}.{EXT[c['kind']]}"
        path = os.path.join(HERE, fname)
        if (not only or n in only) and not check_only:
            for old in glob.glob(os.path.join(HERE, f"{n:02d}-*")):
                os.remove(old)
            build(c, path)
            key = make_key(c, fname)
            with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
                json.dump(key, f, ensure_ascii=False, indent=2)
                f.write("\n")
        else:
            key = json.load(open(os.path.join(HERE, stem + ".expected.json"), encoding="utf-8"))
        if only and n not in only:
            continue
        errs = check(c, key, path)
        nf = len([k for k in key if k not in ("file", "_note")])
        total += nf
        by_lang[c["lang"]] += nf
        spanish += c["lang"] == "es"
        for e in errs:
            print(f"{stem}: {e}")
        problems += len(errs)
    nnot = len(only) if only else len(CASES)
    status = "all keys found" if not problems else f"{problems} problems"
    print(f"{nnot} notices ({spanish} in Spanish), {total} keyed fields (English {by_lang['en']}, Spanish "
          f"{by_lang['es']}); self-check: {status}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
