#!/usr/bin/env python3
"""Rebuild blind intake set 35 (FICTIONAL) deterministically, write each NN-slug.expected.json, self-check.

    /work/main/.venv/bin/python make_set.py          # everything
    /work/main/.venv/bin/python make_set.py 04 13    # only those notices

Exits 1 when any check fails.
"""
import datetime as dt
import email
import email.policy
import html as htmllib
import io
import json
import re
import sys
from email.message import EmailMessage
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

sys.path.insert(0, str(Path(__file__).parent))
import devices  # noqa: E402
import render  # noqa: E402
from cases import CASES  # noqa: E402
from dates import FORMATS, D, d, plus  # noqa: E402

HERE = Path(__file__).parent
TODAY = dt.date(2026, 12, 6)
PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "unknown"}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "benefit_limit",
              "coordination_of_benefits", "other"}
# docs/domain.md, appeal-window table: days and the source column, for notices that print no window
RULES = {"employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
         "governmental": (180, "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
         "church": (180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)")}
# a word of the keyed plan type that its plan evidence must hold
PLAN_WORDS = {"medicare_advantage": ["Medicare Advantage"], "medicare": ["Parte B", "Part B"],
              "medicare_part_d": ["prescription drug", "medicamentos recetados"], "medicaid": ["Medicaid"],
              "chip": ["CHIP", "separado de Medicaid"], "fehb": ["FEHB"], "tricare": ["TRICARE"],
              "employer_erisa": ["group health plan"], "governmental": ["State of"],
              "individual_aca": ["Student", "Marketplace"], "church": ["church"]}
ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
         "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
         "appeal_deadline", "deadline_basis", "appeals_address"]
EXT = {"jpg": "jpg", "png": "png", "tif": "tif", "pdf_img": "pdf", "pdf_text": "pdf", "docx": "docx",
       "eml": "eml", "html": "html", "txt": "txt"}
MAX_BYTES = 4 * 1024 * 1024


def fname(c):
    return f"{c['n']:02d}-{c['slug']}.{EXT[c['kind']]}"


# ---------------------------------------------------------------- writers
def build(c):
    path = HERE / fname(c)
    rng = np.random.default_rng(3500 + c["n"])
    words = []
    kind, dev = c["kind"], c["device"]
    if kind in ("jpg", "png", "pdf_img"):
        page, pos = render.page_image(c["blocks"], c["style"])
        if dev == "ballpoint_interlaced":
            pg, words = devices.ballpoint(page, pos, rng)
            devices.write_interlaced_png(devices.scan_grey(pg, rng), path)
        else:
            out, words = getattr(devices, {"tent_fold": "tent_fold", "suncatcher": "suncatcher", "emboss": "emboss",
                                           "fog": "fog", "body_shadow": "body_shadow", "chart_stamp": "chart_stamp",
                                           "felt_tip_exif8": "felt_tip", "blue_hour": "blue_hour",
                                           "gallery_banner": "gallery_banner"}[dev])(page, pos, rng)
            if dev == "felt_tip_exif8":
                stored = out.transpose(Image.Transpose.ROTATE_270)
                ex = Image.Exif()
                ex[0x0112] = 8
                stored.save(path, "JPEG", quality=87, exif=ex.tobytes())
            elif kind == "jpg":
                out.save(path, "JPEG", quality=87, progressive=(dev == "tent_fold"), optimize=(dev == "tent_fold"))
            elif kind == "png":
                out.save(path, "PNG", optimize=True)
            else:
                import img2pdf
                buf = io.BytesIO()
                out.save(buf, "JPEG", quality=80, dpi=(200, 200))
                pdf = img2pdf.convert(buf.getvalue(), nodate=True, engine=img2pdf.Engine.internal,
                                      layout_fun=img2pdf.get_fixed_dpi_layout_fun((200, 200)))
                path.write_bytes(pdf)
    elif kind == "tif":
        cover, _ = render.page_image(c["cover"], c["style"], width=1728)
        page, _ = render.page_image(c["blocks"], c["style"], width=1728)
        h1 = "DEC-01-2026 09:17   BAYSIDE BEHAVIORAL   1 555 0142   TO: 15550176   P.01/02"
        h2 = "DEC-01-2026 09:17   BAYSIDE BEHAVIORAL   1 555 0142   TO: 15550176   P.02/02"
        h0 = "NOV-09-2026 16:40   FROM: SIERRA FED CLAIMS   555 0170   PAGE 1 OF 1"
        pages = devices.fax_pages([cover, page], rng, [[h1], [h2, h0]])
        pages[0].save(path, "TIFF", compression="group4", save_all=True, append_images=pages[1:], dpi=(204, 196))
        words = [h1, h2, h0, render.flatten(c["cover"])]
    elif kind == "pdf_text":
        render.write_pdf(c["blocks"], str(path), c["style"], title="FICTIONAL sample notice")
    elif kind == "docx":
        render.write_docx(c["blocks"], str(path), c["style"])
    elif kind == "txt":
        body = render.text_blocks(c["blocks"], leaders=True)
        path.write_bytes((body.strip() + "\n").encode("utf-8"))
    elif kind == "html":
        path.write_bytes(portal_html(c).encode("utf-8"))
    elif kind == "eml":
        path.write_bytes(eml(c))
    return path, words


def portal_html(c):
    x, e = c["extra"], htmllib.escape
    claims = "".join(f"<li><a href=\"#\">{e(n)}</a><br><span>{e(dd)}</span> <em>{e(s)}</em></li>"
                     for n, dd, s in x["claims"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Claim {e(c['key']['claim_number'])} - {e(x['site'])} member portal (FICTIONAL)</title>
<style>
body{{font-family:Liberation Sans,Arial,sans-serif;margin:0;color:#1d1d1f}}
header{{background:#23395d;color:#fff;padding:10px 24px;display:flex;gap:28px;align-items:center}}
header a{{color:#fff}} .wrap{{display:flex;gap:28px;padding:18px 24px}} aside{{width:250px;font-size:13px}}
aside li{{margin-bottom:10px}} main{{flex:1}} table.kv th{{text-align:left;padding-right:18px}}
table.lines{{border-collapse:collapse}} table.lines td,table.lines th{{border:1px solid #999;padding:4px 8px}}
.printhdr{{font-size:11px;color:#555;padding:4px 24px}} .small{{font-size:11px;color:#555}}
@media print{{nav,aside .promo{{display:none}}}}
</style>
<script>window.portalConfig={{session:"demo",analytics:false}};/* FICTIONAL sample page */</script>
</head><body>
<div class="printhdr">{e(x['printed'])} &nbsp; https://portal.ridgeview-ship.example/claims/{e(c['key']['claim_number'])}</div>
<header><strong>{e(x['site'])}</strong><span>Administered by {e(x['admin'])}</span>
<nav><a href="#">Home</a> | <a href="#">Claims</a> | <a href="#">Benefits</a> | <a href="#">Messages</a> | <a href="#">ID card</a></nav>
<span>{e(x['signed'])}</span></header>
<div class="wrap"><aside><h3>Your recent claims</h3><ul>{claims}</ul>
<p class="promo">Flu shots are free at Student Health (FICTIONAL).</p></aside>
<main>
{render.html_blocks(c['blocks'])}
</main></div>
<footer class="printhdr">{e(x['printed'])} &nbsp; Page 1 of 1 &nbsp; Questions: 1-555-0117 &nbsp; help@ridgeview-ship.example</footer>
</body></html>
"""


def eml(c):
    x, e = c["extra"], htmllib.escape
    o, f = x["outer"], x["fwd"]
    body_txt = render.text_blocks(c["blocks"])
    body_html = render.html_blocks(c["blocks"])
    note_txt = "\n\n".join(o["note"])
    note_html = "".join(f"<p>{e(p)}</p>" for p in o["note"])
    if x["style"] == "gmail":
        fwd_txt = (f"---------- Forwarded message ---------\nFrom: {f['frm']}\nDate: {f['date']}\n"
                   f"Subject: {f['subject']}\nTo: {f['to']}\n")
        fwd_html = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message '
                    f'---------<br>From: <strong class="gmail_sendername">{e(f["frm"])}</strong><br>Date: '
                    f'{e(f["date"])}<br>Subject: {e(f["subject"])}<br>To: {e(f["to"])}<br></div><br>'
                    f'<div style="border:1px solid #ccc;padding:12px">{body_html}</div></div>')
        html_cte = "quoted-printable"
    else:
        fwd_txt = (f"________________________________\nDe: {f['frm']}\nEnviado: {f['date']}\nPara: {f['to']}\n"
                   f"Asunto: {f['subject']}\n")
        fwd_html = (f'<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><b>De:</b> '
                    f'{e(f["frm"])}<br><b>Enviado:</b> {e(f["date"])}<br><b>Para:</b> {e(f["to"])}<br>'
                    f'<b>Asunto:</b> {e(f["subject"])}</div><div>{body_html}</div>')
        html_cte = "base64"
    msg = EmailMessage()
    msg["From"] = o["frm"]
    msg["To"] = o["to"]
    msg["Subject"] = o["subject"]
    msg["Date"] = o["date"]
    msg["Message-ID"] = f"<set35-{c['n']:02d}.fwd@mail.example>"
    msg.set_content(note_txt + "\n\n" + fwd_txt + "\n" + body_txt + "\n", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(f'<html><head><meta charset="utf-8"></head><body><div dir="ltr">{note_html}<br>'
                        f"{fwd_html}</div></body></html>", subtype="html", charset="utf-8", cte=html_cte)
    msg.set_boundary(f"=_set35_{c['n']:02d}_alt")
    return msg.as_bytes(policy=email.policy.default)


# ---------------------------------------------------------------- key
def make_key(c):
    k = dict(c["key"])
    w = c["window"]
    if w[0] == "days":
        k["appeal_deadline"], k["deadline_basis"] = plus(k["notice_date"], w[1]), w[2]
    elif w[0] == "date":
        k["appeal_deadline"], k["deadline_basis"] = w[1], w[3]
    else:
        days, cite = RULES[k["plan_type"]]
        k["appeal_deadline"], k["deadline_basis"] = plus(k["notice_date"], days), cite
    k["appeals_address"] = ", ".join(c["addr"])
    k["file"] = fname(c)
    k["_note"] = "FICTIONAL. " + c["note"]
    return {f: k[f] for f in ORDER if f in k}


# ---------------------------------------------------------------- reading back
def strip_html(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return htmllib.unescape(s)


def read_back(c, path, words):
    kind = c["kind"]
    if kind in ("jpg", "png", "pdf_img", "tif"):
        return render.flatten(c["blocks"]) + "\n" + "\n".join(words)
    if kind == "pdf_text":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    if kind == "docx":
        import docx
        doc = docx.Document(str(path))
        out = []

        def walk(container):
            for p in container.paragraphs:
                out.append(p.text)
            for t in container.tables:
                for row in t.rows:
                    for cell in row.cells:
                        walk(cell)
        walk(doc)
        return "\n".join(out)
    if kind == "txt":
        return path.read_text("utf-8")
    if kind == "html":
        return strip_html(path.read_text("utf-8"))
    if kind == "eml":
        m = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        out = [f"{h}: {m[h]}" for h in ("From", "To", "Subject", "Date")]
        for part in m.walk():
            if part.get_content_type() == "text/plain":
                out.append(part.get_content())
            elif part.get_content_type() == "text/html":
                out.append(strip_html(part.get_content()))
        return "\n".join(out)
    raise ValueError(kind)


# ---------------------------------------------------------------- the check
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def word_in(text, s):
    return re.search(r"(?<![\w])" + re.escape(s) + r"(?![\w])", text) is not None


def check(c, k, raw, path):
    t = norm(raw)
    bad = []

    def need(cond, msg):
        if not cond:
            bad.append(msg)

    need(("FICTIONAL" in t) or ("FICTICIA" in t), "no FICTIONAL/FICTICIA on the face")
    for f in ("patient_name", "member_id", "claim_number"):
        need(norm(k[f]) in t, f"{f} {k[f]!r} not printed")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for code in k.get(f, []):
            need(word_in(t, code), f"{f} {code} not printed as a word")
        if f in k:
            need(len(k[f]) > 0, f"{f} keyed empty")
    label, fmt = c["nd"]
    printed = D(k["notice_date"], fmt)
    need(re.search(re.escape(label) + r"[\s.:]*" + re.escape(printed), t) is not None,
         f"notice-date label {label!r} not followed by {printed!r}")
    nd = d(k["notice_date"])
    need(dt.date(2000, 1, 1) <= nd <= TODAY, "notice date out of range")
    if "service_dates" in k:
        sd = [d(x) for x in k["service_dates"]]
        need(sd == sorted(sd), "service dates unsorted")
        need(all(dt.date(2000, 1, 1) <= x < nd for x in sd), "a service date not before the notice date")
        for p in c["svc_print"]:
            need(p in t, f"service date {p!r} not printed")
        need(len(sd) == len(c["svc_print"]) and all(any(D(x, f) in c["svc_print"] for f in FORMATS)
                                                     for x in k["service_dates"]),
             "keyed service dates are not the denied lines' printed dates")
    need(k["denial_category"] in CATEGORIES, "unknown category")
    need(k["plan_type"] in PLAN_TYPES, "unknown plan type")
    for ev in c["ev"]["category"] + c["ev"]["plan"]:
        need(norm(ev) in t, f"evidence {ev!r} not printed")
    need(any(w in ev for ev in c["ev"]["plan"] for w in PLAN_WORDS.get(k["plan_type"], ["-"])),
         f"plan evidence names no {k['plan_type']} word")
    urg = c["ev"].get("urgent", [])
    need(bool(urg) == k["urgent"], "urgent evidence does not match urgent")
    for ev in urg:
        need(norm(ev) in t, f"urgent evidence {ev!r} not printed")
    w = c["window"]
    if w[0] == "days":
        need(k["appeal_deadline"] == plus(k["notice_date"], w[1]), "deadline miscounted")
        need(norm(w[2]) in t and str(w[1]) in w[2], "stated basis not printed or lacks its number")
    elif w[0] == "date":
        need(k["appeal_deadline"] == w[1] and D(w[1], w[2]) in w[3] and norm(w[3]) in t,
             "stated-date basis not printed or not the keyed date")
        need(d(w[1]) > nd, "stated deadline not after the notice")
    else:
        days, cite = RULES[k["plan_type"]]
        need(k["appeal_deadline"] == plus(k["notice_date"], days) and k["deadline_basis"] == cite, "rule deadline")
        need(not re.search(r"\b\d+ (days|días)\b", t), "a rule-keyed notice prints a window in days")
    need(d(k["appeal_deadline"]) > nd, "deadline not after notice")
    # address: parts in order, each within 200 characters of the one before
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
        ok = ok or good
    need(ok, "appeals address parts not found in order")
    need(k["appeals_address"] == ", ".join(c["addr"]), "address key is not its parts joined")
    keyed = set()
    for f, v in k.items():
        if f in ("file", "_note"):
            continue
        for x in (v if isinstance(v, list) else [v]):
            keyed.add(str(x))
    keyed.add(printed)
    for x in [k["notice_date"], k["appeal_deadline"]] + k.get("service_dates", []):
        keyed.update(D(x, f) for f in FORMATS)
    for tr in c["traps"]:
        need(norm(tr) in t, f"trap {tr!r} not printed")
        need(tr not in keyed, f"trap {tr!r} is a keyed value")
    for ph in re.findall(r"\b1-\d{3}-\d{3}-\d{4}\b", t):
        need(ph.startswith("1-555-01"), f"phone {ph} not 1-555-01xx")
    for dom in re.findall(r"[@/]([A-Za-z0-9.-]+\.[A-Za-z]{2,})", t):
        need(dom.endswith(".example"), f"domain {dom} not .example")
    for dom in re.findall(r"\b[\w-]+\.(?:com|org|net|gov|edu)\b", t):
        need(False, f"real-looking domain {dom}")
    size = path.stat().st_size
    need(size < MAX_BYTES, f"file is {size} bytes (limit 4 MB)")
    # the file itself
    if c["kind"] in ("jpg", "png", "tif", "pdf_img"):
        if c["kind"] != "pdf_img":
            im = Image.open(path)
            if c["device"] == "felt_tip_exif8":
                need(im.getexif().get(0x0112) == 8, "no EXIF orientation 8")
                up = ImageOps.exif_transpose(im)
                need(up.size[1] > up.size[0] and im.size[0] > im.size[1], "EXIF 8 does not make it upright")
            if c["device"] == "ballpoint_interlaced":
                need(im.info.get("interlace") == 1 and im.mode == "L", "PNG not interlaced greyscale")
                im.load()
            if c["device"] == "tent_fold":
                need(bool(im.info.get("progressive") or im.info.get("progression")), "JPEG not progressive")
            if c["kind"] == "tif":
                need(getattr(im, "n_frames", 1) == 2 and im.info.get("compression") == "group4",
                     "TIFF not two Group 4 pages")
        else:
            from pypdf import PdfReader
            r = PdfReader(str(path))
            need(len(r.pages) == 1 and not (r.pages[0].extract_text() or "").strip(), "image PDF has text")
    return bad


# ---------------------------------------------------------------- main
def main(argv):
    want = {int(a) for a in argv} if argv else None
    problems, fields, en, es, n_es = [], 0, 0, 0, 0
    for mk in CASES:
        c = mk()
        if want and c["n"] not in want:
            continue
        for old in HERE.glob(f"{c['n']:02d}-*"):
            old.unlink()
        path, words = build(c)
        k = make_key(c)
        (HERE / f"{c['n']:02d}-{c['slug']}.expected.json").write_text(
            json.dumps(k, indent=2, ensure_ascii=False) + "\n", "utf-8")
        bad = check(c, k, read_back(c, path, words), path)
        nf = len([f for f in k if f not in ("file", "_note")])
        fields += nf
        if c["lang"] == "es":
            es += nf
            n_es += 1
        else:
            en += nf
        for b in bad:
            problems.append(f"{c['n']:02d}: {b}")
        print(f"{c['n']:02d} {path.name} {path.stat().st_size // 1024} KB {nf} fields "
              f"{'OK' if not bad else 'FAIL'}", flush=True)
    for p in problems:
        print("PROBLEM", p)
    total = sum(1 for mk in CASES if not want or mk()["n"] in want)
    print(f"{total} notices ({n_es} in Spanish), {fields} keyed fields (English {en}, Spanish {es}); "
          f"self-check: {'all keys found' if not problems else str(len(problems)) + ' problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
