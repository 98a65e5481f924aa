"""Build blind intake set 22 (FICTIONAL notices): delete and rewrite every notice and NN-slug.expected.json here,
then self-check each key against the notice's own text model; exit 1 on any miss.

    /work/main/.venv/bin/python make_set.py          # all 18
    /work/main/.venv/bin/python make_set.py 04 13    # only those
"""
import email.policy
import glob
import json
import os
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.utils import formataddr

from PIL import Image

import photo
import render
from cases_en import CASES as EN
from cases_es import CASES as ES
from check import check_case
from common import KEY_ORDER, deadline_for

ONE_PAGE = {"led_flicker", "carbonless", "backlit", "on_newspaper", "torn_taped", "smudged_lens", "in_envelope",
            "fax_sideways"}
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = EN + ES
EXIF_CAMERAS = {"01": ("FICTIONAL", "Phone model A (sample)"), "04": ("FICTIONAL", "Phone model B (sample)"),
                "06": ("FICTIONAL", "Phone model C (sample)"), "07": ("FICTIONAL", "Phone model D (sample)"),
                "14": ("FICTIONAL", "Phone model E (sample)"), "15": ("FICTIONAL", "Phone model F (sample)")}


def name_of(case):
    return f"{case['n']}-{case['slug']}"


def build(case, tmp):
    """Write the notice; return (path, text model)."""
    out = os.path.join(HERE, f"{name_of(case)}.{case['ext']}")
    dev = case["device"]
    seed = int(case["n"]) * 7919
    if dev == "txt":
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            f.write(case["text"])
        return out, render.text_model(out)
    if dev == "eml_attached":
        write_eml(case, out)
        return out, render.text_model(out)
    if dev == "docx":
        render.build_docx(out, case["docs"][0])
        return out, render.text_model(out)
    if dev == "pdf":
        render.build_pdf(out, case["docs"][0])
        return out, render.text_model(out)
    srcs = []
    for i, d in enumerate(case["docs"]):
        p = os.path.join(tmp, f"{case['n']}-src{i}.pdf")
        render.build_pdf(p, d)
        srcs.append(p)
    text = render.text_model(out, srcs)
    if dev in ONE_PAGE:
        for p in srcs:
            n = int([l for l in subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout.splitlines()
                     if l.startswith("Pages:")][0].split()[1])
            if n != 1:
                raise SystemExit(f"{case['n']}: the page drawn for {dev} runs to {n} pages; it must fit on one")
    dpi = case.get("dpi", 300)
    cam = EXIF_CAMERAS.get(case["n"])
    exif = photo.camera_exif(*cam) if cam else None
    if dev == "led_flicker":
        page = photo.raster(srcs[0], dpi)[0]
        photo.jpeg(photo.led_flicker(page, seed), out, 88, exif)
    elif dev == "fax_slip":
        pages = [pg for s in srcs for pg in photo.raster(s, 0, gray=True, xdpi=204, ydpi=196)]
        faxed = [photo.fax_slip(pg, seed + i, case["fax_header"][i]) for i, pg in enumerate(pages)]
        photo.save_fax(faxed, out, (204, 196))
    elif dev == "carbonless":
        page = photo.raster(srcs[0], dpi)[0]
        photo.carbonless(page, seed).save(out, "JPEG", quality=90, dpi=(dpi, dpi))  # the scanner's JPEG
    elif dev == "backlit":
        back_pdf = os.path.join(tmp, f"{case['n']}-back.pdf")
        render.build_pdf(back_pdf, case["back"])
        front = photo.raster(srcs[0], dpi)[0]
        back = photo.raster(back_pdf, dpi)[0]
        photo.jpeg(photo.backlit(front, back, seed), out, 86, exif)
    elif dev == "laser_ghost":
        pages = [pg for s in srcs for pg in photo.raster(s, dpi, gray=True)]
        scans = [photo.laser_ghost(pg, seed + i) for i, pg in enumerate(pages)]
        scans[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=scans[1:],
                      title="FICTIONAL scan", author="FICTIONAL")
    elif dev == "on_newspaper":
        page = photo.raster(srcs[0], dpi)[0]
        photo.jpeg(photo.on_newspaper(page, seed), out, 87, exif)
    elif dev == "torn_taped":
        page = photo.raster(srcs[0], dpi)[0]
        photo.jpeg(photo.torn_taped(page, seed, case.get("tear", 0.47)), out, 88, exif)
    elif dev == "sepia_screenshot":
        pages = photo.raster(srcs[0], dpi)
        photo.sepia_screenshot(pages, case["screen_title"], seed).save(out, "PNG")
    elif dev == "smudged_lens":
        page = photo.raster(srcs[0], dpi)[0]
        photo.jpeg(photo.smudged_lens(page, seed), out, 85, exif)
    elif dev == "in_envelope":
        page = photo.raster(srcs[0], dpi)[0]
        photo.jpeg(photo.in_envelope(page, seed, case.get("cover", 0.2), case.get("envelope", ())), out, 87, exif)
    elif dev == "fax_sideways":
        faxed = []
        for i, s in enumerate(srcs):
            pg = photo.raster(s, 204, gray=True)[0]
            if pg.size[0] > pg.size[1]:
                pg = pg.rotate(90, expand=True)  # a landscape page goes through the fax sideways
            w, h = pg.size
            pg = pg.resize((w, round(h * 98 / 204)), Image.LANCZOS)
            canvas = Image.new("L", (1728, pg.size[1]), 255)
            canvas.paste(pg, ((1728 - w) // 2, 0))
            faxed.append(photo.fax_page(canvas, seed + i, case["fax_header"][i]))
        photo.save_fax(faxed, out, (204, 98))
    else:
        raise ValueError(dev)
    return out, text


def write_eml(case, out):
    inner_d, outer_d = case["inner"], case["outer"]
    inner = EmailMessage(policy=email.policy.SMTP)
    inner["From"] = formataddr(inner_d["frm"])
    inner["To"] = formataddr(inner_d["to"])
    inner["Date"] = inner_d["date"]
    inner["Subject"] = inner_d["subject"]
    inner["Message-ID"] = "<notice-20261120-0483317@redwoodcollegiate.example>"
    inner.set_content(inner_d["body"], cte="quoted-printable")
    outer = EmailMessage(policy=email.policy.SMTP)
    outer["From"] = formataddr(outer_d["frm"])
    outer["To"] = formataddr(outer_d["to"])
    outer["Date"] = outer_d["date"]
    outer["Subject"] = outer_d["subject"]
    outer["Message-ID"] = "<fwd-20261203-2241@students.northbay.example>"
    outer.set_content(outer_d["body"])
    outer.add_attachment(inner, filename="Your claim determination notice.eml")
    outer.set_boundary("==intake22-outer-boundary-0001==")
    with open(out, "wb") as f:
        f.write(outer.as_bytes(policy=email.policy.SMTP))


def make_key(case, filename):
    k = dict(case["key"])
    deadline, basis = deadline_for(case)
    k["appeal_deadline"] = deadline.isoformat()
    k["deadline_basis"] = basis
    note = ("MUESTRA FICTICIA / FICTIONAL: invented member, plan, provider and numbers. " if case["lang"] == "es"
            else "FICTIONAL: invented member, plan, provider and numbers. ") + case["note"]
    k["file"] = filename
    k["_note"] = note
    return {f: k[f] for f in KEY_ORDER if f in k}


def main(argv):
    only = set(argv)
    chosen = [c for c in CASES if not only or c["n"] in only]
    for c in chosen:
        for old in glob.glob(os.path.join(HERE, f"{c['n']}-*")):
            if os.path.isfile(old):
                os.remove(old)
    misses = 0
    fields = {"en": 0, "es": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for c in chosen:
            path, text = build(c, tmp)
            key = make_key(c, os.path.basename(path))
            with open(os.path.join(HERE, f"{name_of(c)}.expected.json"), "w", encoding="utf-8") as f:
                json.dump(key, f, ensure_ascii=False, indent=2)
                f.write("\n")
            n = len([f for f in key if f not in ("file", "_note")])
            fields[c["lang"]] += n
            m = check_case(c, key, text)
            misses += len(m)
            print(f"{c['n']} {os.path.basename(path)}: {n} fields, " + ("ok" if not m else f"{len(m)} MISSES"))
            for x in m:
                print("    MISS", x)
    n_es = sum(1 for c in chosen if c["lang"] == "es")
    total = fields["en"] + fields["es"]
    verdict = "all keys found" if not misses else f"{misses} misses"
    print(f"{len(chosen)} notices ({n_es} in Spanish), {total} keyed fields (English {fields['en']}, Spanish "
          f"{fields['es']}); self-check: {verdict}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
