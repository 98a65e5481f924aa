"""Build blind intake set 49 (issue 19). Everything it writes is FICTIONAL.
Usage: python make_set.py [NN ...]   rebuilds all notices (or those numbers), writes the keys, self-checks,
exits 1 on any problem."""
import email
import email.policy
import json
import os
import re
import sys
from email.message import EmailMessage

import numpy as np
from PIL import Image

import dates as DT
from cases import CASES
from devices import DEVICES
from render import (docx_text, draw_pages, html_text, letter_html, model_text, plain, portal_html, text_pdf,
                    write_docx)

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = DT.D(2026, 12, 7)
EXT = dict(jpeg="jpg", png="png", tiff="tif", pdfimg="pdf", textpdf="pdf", docx="docx", eml="eml", html="html",
           txt="txt")
RULE_DAYS = dict(employer_erisa=180, individual_aca=180, governmental=180, church=180, medicare_part_d=65,
                 medicare_advantage=65, medicare=120, tricare=90, chip=60, fehb=183, medicaid=60)
NEXT_LEVEL = {6, 11, 16, 17}   # decisions after an appeal: the window keyed is the next level's
CATS = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy", "out_of_network",
        "not_covered", "coding_billing", "timely_filing", "benefit_limit", "coordination_of_benefits", "other"}
PLANS = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid", "fehb",
         "chip", "governmental", "church", "tricare", "short_term"}
ORDER = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
         "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
         "deadline_basis", "appeals_address"]


def fname(c):
    return f"{c['num']:02d}-{c['slug']}"


def parse_printed(s):
    m = re.search(r"(January|February|March|April|May|June|July|August|September|October|November|December) "
                  r"(\d{1,2}), (\d{4})", s)
    if m:
        return DT.D(int(m[3]), DT.MONTHS.index(m[1]) + 1, int(m[2]))
    m = re.search(r"(\d{1,2}) de (" + "|".join(DT.MESES) + r") de (\d{4})", s)
    if m:
        return DT.D(int(m[3]), DT.MESES.index(m[2]) + 1, int(m[1]))
    raise ValueError(s)


def deadline(c):
    w, nd = c["window"], c["key"]["notice_date"]
    if w is None:
        return None, None
    if w[0] in ("days", "rule"):
        return DT.add_days(nd, w[1]), w[2]
    if w[0] == "months":
        return DT.add_months(nd, w[1]), w[2]
    if w[0] == "date":
        return parse_printed(w[2]), w[2]
    raise ValueError(w)


def build_key(c):
    k = dict(c["key"])
    dl, basis = deadline(c)
    k["appeal_deadline"] = dl
    if basis is not None:
        k["deadline_basis"] = basis
    k["appeals_address"] = ", ".join(c["addr"])
    out = {"file": fname(c) + "." + EXT[c["kind"]], "_note": "FICTIONAL. " + c["note"]}
    for f in ORDER:
        if f in k:
            v = k[f]
            if hasattr(v, "isoformat"):
                v = v.isoformat()
            elif isinstance(v, list):
                v = [x.isoformat() if hasattr(x, "isoformat") else x for x in v]
            out[f] = v
    return out


# ------------------------------------------------------------------------------------------------ writers
def write_eml(c, path):
    x = c["extra"]
    if c["num"] == 2:
        inner = EmailMessage(policy=email.policy.SMTP)
        inner["From"], inner["To"] = x["inner_from"], x["inner_to"]
        inner["Date"], inner["Subject"] = x["inner_date"], x["inner_subject"]
        inner["Message-ID"] = "<eob-7730-2611-0458@pinnacleclaims.example>"
        inner.set_content("This message has an HTML letter. If you cannot see it, sign in at pinnacleclaims.example "
                          "to read your Explanation of Benefits.", cte="quoted-printable")
        inner.add_alternative(letter_html(c["blocks"], "en"), subtype="html", cte="quoted-printable")
        inner.set_boundary("==inner-alt-49-02==")
        outer = EmailMessage(policy=email.policy.SMTP)
        outer["From"], outer["To"] = x["outer_from"], x["outer_to"]
        outer["Date"], outer["Subject"] = x["outer_date"], x["outer_subject"]
        outer["Message-ID"] = "<fwd-49-02@lumenridge.example>"
        outer["X-Note"] = "FICTIONAL sample message"
        outer.set_content("\n\n".join(x["outer_note"]) + "\n", cte="quoted-printable")
        outer.add_attachment(inner, filename="Explanation of Benefits.eml")
        outer.set_boundary("==outer-mixed-49-02==")
        data = outer.as_bytes()
    else:
        m = EmailMessage(policy=email.policy.SMTP)
        m["From"], m["To"] = x["outer_from"], x["outer_to"]
        m["Date"], m["Subject"] = x["outer_date"], x["outer_subject"]
        m["Message-ID"] = f"<aviso-49-{c['num']:02d}@cieloclaro.example>"
        m.set_content("Este mensaje contiene una carta en HTML. Si no puede verla, entre a su cuenta en "
                      "cieloclaro.example para leer la decisión.", cte="quoted-printable")
        m.add_alternative(letter_html(c["blocks"], "es"), subtype="html", cte="base64")
        m.set_boundary("==alt-49-16==")
        data = m.as_bytes()
    with open(path, "wb") as f:
        f.write(data)


def eml_text(path):
    with open(path, "rb") as f:
        m = email.message_from_binary_file(f, policy=email.policy.default)
    out = []

    def walk(msg):
        for h in ("From", "To", "Date", "Subject"):
            out.append(f"{h}: {msg[h]}")
        for part in msg.walk():
            ct = part.get_content_type()
            if ct == "message/rfc822":
                continue
            if ct == "text/html":
                out.append(html_text(part.get_content()))
            elif ct == "text/plain":
                out.append(part.get_content())
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                for sub in part.iter_parts():
                    out.append("Attached message")
                    walk(sub)
                break
    walk(m)
    return "\n".join(out)


def save_images(c, imgs, path):
    kind = c["kind"]
    if kind == "jpeg":
        imgs[0].convert("RGB").save(path, "JPEG", quality=86, optimize=False, subsampling=2)
    elif kind == "png":
        imgs[0].save(path, "PNG", optimize=True, dpi=(200, 200))
    elif kind == "tiff":
        imgs[0].save(path, "TIFF", compression="tiff_lzw", dpi=(150, 150))
    elif kind == "pdfimg":
        import img2pdf
        import io
        jp = []
        for im in imgs:
            b = io.BytesIO()
            im.save(b, "JPEG", quality=80, dpi=(150, 150))
            jp.append(b.getvalue())
        lay = img2pdf.get_fixed_dpi_layout_fun((150, 150))
        with open(path, "wb") as f:
            f.write(img2pdf.convert(jp, layout_fun=lay, nodate=True, engine=img2pdf.Engine.internal))


def build(c):
    path = os.path.join(HERE, fname(c) + "." + EXT[c["kind"]])
    kind = c["kind"]
    rng = np.random.default_rng(4900 + c["num"])
    if kind in ("jpeg", "png", "tiff", "pdfimg"):
        if c["device"] == "cyan_out":
            pages = draw_pages(c["blocks"], ink=(138, 30, 42), paper=(251, 249, 242))
        elif c["device"] == "indexed":
            pages = draw_pages(c["blocks"], ink=(28, 30, 52), paper=(214, 236, 214))
        else:
            pages = draw_pages(c["blocks"])
        save_images(c, DEVICES[c["device"]](pages, rng), path)
    elif kind == "textpdf":
        text_pdf(c["blocks"], path)
    elif kind == "docx":
        write_docx(c["blocks"], path)
    elif kind == "eml":
        write_eml(c, path)
    elif kind == "html":
        with open(path, "w", encoding="utf-8") as f:
            f.write(portal_html(c["blocks"], c["extra"], c["lang"]))
    elif kind == "txt":
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(plain(c["blocks"]))
    key = build_key(c)
    with open(os.path.join(HERE, fname(c) + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return path, key


# ------------------------------------------------------------------------------------------------ self-check
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def file_text(c, path):
    kind = c["kind"]
    if kind == "txt":
        return open(path, encoding="utf-8").read()
    if kind == "html":
        return html_text(open(path, encoding="utf-8").read())
    if kind == "eml":
        return eml_text(path)
    if kind == "docx":
        return docx_text(path)
    if kind == "textpdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    return model_text(c["blocks"])  # images: the text model they were drawn from


def word_in(w, text):
    return re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text) is not None


def check(c, path, key):
    errs = []
    model = norm(model_text(c["blocks"]))
    ft = norm(file_text(c, path))
    k = c["key"]
    for where, t in (("model", model), ("file", ft)):
        if ("FICTIONAL" if c["lang"] == "en" else "FICTICIA") not in t:
            errs.append(f"{where}: no FICTIONAL/FICTICIA")
        for f in ("patient_name", "member_id", "claim_number"):
            if k[f] not in t:
                errs.append(f"{where}: {f} {k[f]!r} not printed")
        for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
            for v in k[f]:
                if not word_in(v, t):
                    errs.append(f"{where}: {f} {v} not printed as a word")
        if key.get("deadline_basis") and c["window"][0] != "rule" and norm(key["deadline_basis"]) not in t:
            errs.append(f"{where}: basis not printed")
        for tr in c["traps"]:
            if where == "file" and tr not in t:
                errs.append(f"{where}: trap {tr!r} not printed")
        for ph in re.findall(r"\b1-\d{3}-\d{4}\b", t):
            if not re.fullmatch(r"1-555-01\d\d", ph):
                errs.append(f"{where}: phone {ph}")
        for dom in re.findall(r"\b[\w.-]+\.(?:com|org|net|gov|edu|mil|us)\b", t):
            errs.append(f"{where}: real-looking domain {dom}")
    # notice date: label directly followed by the printed date, which is the keyed one; plausible
    nd = k["notice_date"]
    printed = DT.WRITERS[c["nd_writer"]](nd)
    if not re.search(re.escape(c["nd_label"]) + r":? " + re.escape(printed), model):
        errs.append(f"notice date label {c['nd_label']!r} not followed by {printed!r}")
    if printed not in ft:
        errs.append("notice date not in file")
    if not (DT.D(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date implausible")
    # service dates
    sd = k["service_dates"]
    if sd != sorted(sd) or any(d >= nd for d in sd):
        errs.append("service dates unsorted or not before the notice")
    for d in sd:
        p = DT.WRITERS[c["svc_writer"]](d)
        if p not in model or p not in ft:
            errs.append(f"service date {p} not printed")
    if c["svc_writer"] is None and sd:
        errs.append("service dates without a writer")
    # category, plan, urgency
    if k["denial_category"] not in CATS or k["plan_type"] not in PLANS:
        errs.append("category or plan type not a docs/domain.md name")
    for f in ("category", "plan"):
        if c["ev"][f] not in model:
            errs.append(f"evidence for {f} not printed")
    if bool(c["ev"].get("urgent")) != k["urgent"] or (k["urgent"] and c["ev"]["urgent"] not in model):
        errs.append("urgent evidence mismatch")
    if k["plan_type"] == "employer_erisa" and re.search(r"church|governmental|Medicaid|Medicare", model):
        errs.append("ERISA notice names another plan kind")
    if "CO-119" in k["carc_codes"] and k["denial_category"] != "benefit_limit":
        errs.append("CO-119 must be benefit_limit")
    # deadline
    dl, basis = deadline(c)
    w = c["window"]
    if w is None:
        if k["plan_type"] != "short_term":
            errs.append("no window only for a short-term policy here")
        if key["appeal_deadline"] is not None or "deadline_basis" in key:
            errs.append("must-be-empty deadline keyed")
    else:
        if w[0] == "rule":
            if RULE_DAYS[k["plan_type"]] != w[1]:
                errs.append("rule days wrong for plan type")
            if k["plan_type"] == "church" and w[2] != "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)":
                errs.append("church citation")
        elif c["num"] not in NEXT_LEVEL and k["plan_type"] in RULE_DAYS:
            if dl > DT.add_days(nd, RULE_DAYS[k["plan_type"]]):
                errs.append("stated deadline later than the rule's: basis would change")
        if w[0] == "date" and DT.WRITERS[w[1]](dl) not in basis:
            errs.append("stated date not in basis")
        if w[0] in ("days",) and str(w[1]) not in basis:
            errs.append("window number not in basis")
        if key["appeal_deadline"] != dl.isoformat():
            errs.append("deadline mismatch")
    # address: parts in order, each within 200 characters of the one before
    pos = -1
    first = True
    for part in c["addr"]:
        if first:
            starts = [m.start() for m in re.finditer(re.escape(part), model)]
            ok = False
            for st in starts:
                p, good = st, True
                for nxt in c["addr"][1:]:
                    q = model.find(nxt, p + 1)
                    if q < 0 or q - p > 200:
                        good = False
                        break
                    p = q
                ok = ok or good
            if not ok:
                errs.append("address parts not in order within 200 characters")
            first = False
        if part not in ft:
            errs.append(f"address part {part!r} not in file")
    # traps never keyed
    vals = set()
    for f, v in key.items():
        if f in ("file", "_note"):
            continue
        for x in (v if isinstance(v, list) else [v]):
            vals.add(str(x))
    for tr in c["traps"]:
        if tr in vals:
            errs.append(f"trap {tr!r} is a keyed value")
    if os.path.getsize(path) >= 4 * 1024 * 1024:
        errs.append("file over 4 MB")
    return errs


def main(argv):
    want = {int(a) for a in argv} if argv else None
    if not want:
        for f in os.listdir(HERE):
            if re.match(r"\d\d-", f):
                os.remove(os.path.join(HERE, f))
    problems, fields, en, es_ = 0, 0, 0, 0
    for c in CASES:
        if want and c["num"] not in want:
            continue
        for f in os.listdir(HERE):
            if f.startswith(f"{c['num']:02d}-"):
                os.remove(os.path.join(HERE, f))
        path, key = build(c)
        errs = check(c, path, key)
        n = len([f for f in key if f not in ("file", "_note")])
        fields += n
        if c["lang"] == "en":
            en += n
        else:
            es_ += n
        for e in errs:
            print(f"{c['num']:02d}: {e}")
        problems += len(errs)
    nes = sum(1 for c in CASES if c["lang"] == "es" and (not want or c["num"] in want))
    nn = sum(1 for c in CASES if (not want or c["num"] in want))
    print(f"{nn} notices ({nes} in Spanish), {fields} keyed fields (English {en}, Spanish {es_}); self-check: "
          + ("all keys found" if not problems else f"{problems} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
