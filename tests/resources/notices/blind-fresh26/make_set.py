"""Build blind intake set 26 (FICTIONAL): delete every NN-* notice and key here, write them again, then check
each key against its notice's own text model. Exit 1 on any miss.

    /work/main/.venv/bin/python make_set.py          # all 18
    /work/main/.venv/bin/python make_set.py 04 13    # only these
"""
import json
import sys
import tempfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import numpy as np

import cases_en
import cases_es
import common
import photo
import render

HERE = Path(__file__).resolve().parent


def build(case, tmp):
    num, slug, kind = case["num"], case["slug"], case["kind"]
    out = HERE / f"{num}-{slug}{case['ext']}"
    extra = ""
    if kind == "pdf":
        render.pdf(case["blocks"], out, case.get("style", {}))
        text = render.text_model(out)
    elif kind == "docx":
        render.docx(case["blocks"], out, case.get("style", {}), case.get("docx_header"), case.get("docx_footer"))
        text = render.text_model(out)
    elif kind == "txt":
        body = case.get("txt") or render.text(case["blocks"], case.get("width", 78))
        out.write_bytes(body.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf8"))
        text = render.text_model(out)
    elif kind == "html":
        out.write_text(case["html"](), encoding="utf8")
        text = render.text_model(out)
    elif kind == "eml":
        out.write_bytes(case["eml"]())
        text = render.text_model(out)
    elif kind.startswith("image:"):
        dev = kind.split(":", 1)[1]
        src = Path(tmp) / f"{num}-source.pdf"
        render.pdf(case["blocks"], src, case.get("style", {}))
        pages = render.pdf_pages(src)
        if pages != 1:
            raise SystemExit(f"{num}: the source runs to {pages} pages; a one-page device cannot draw it")
        rng = np.random.default_rng(2600 + int(num))
        extra = photo.DEVICES[dev](src, out, rng, **case.get("device_args", {}))
        text = render.text_model(src) + "\n" + (extra or "")
    else:
        raise ValueError(kind)
    return out, text


def make_key(case, out):
    k = dict(case["key"])
    nd = common.d(k["notice_date"])
    spec = case["deadline"]
    dl, basis = common.deadline_for(nd, spec)
    if spec[0] == "date":
        dl = common.read_date(spec[1], case.get("day_first", False))
    k["appeal_deadline"] = dl.isoformat()
    k["deadline_basis"] = basis
    k["appeals_address"] = ", ".join(case["address_parts"])
    k["file"] = out.name
    k["_note"] = case["note"]
    return {f: k[f] for f in common.FIELD_ORDER if f in k}


def main(argv):
    only = set(argv)
    cases = cases_en.CASES + cases_es.CASES
    nums = [c["num"] for c in cases]
    assert len(nums) == len(set(nums)) == 18, nums
    todo = [c for c in cases if not only or c["num"] in only]
    for c in todo:
        for p in HERE.glob(f"{c['num']}-*"):
            p.unlink()
    failed, fields, by_lang = 0, 0, {"en": 0, "es": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for c in todo:
            out, text = build(c, tmp)
            key = make_key(c, out)
            (HERE / f"{c['num']}-{c['slug']}.expected.json").write_text(
                json.dumps(key, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
            misses = common.check(c, key, text)
            n = len([f for f in key if f not in ("file", "_note")])
            fields += n
            by_lang[c["lang"]] += n
            status = "ok" if not misses else f"{len(misses)} MISS"
            print(f"{c['num']} {out.name}: {n} fields, {status}")
            for m in misses:
                print("   -", m)
            failed += bool(misses)
    es = sum(1 for c in todo if c["lang"] == "es")
    verdict = "all keys found" if not failed else f"{failed} notice(s) with misses"
    print(f"{len(todo)} notices ({es} in Spanish), {fields} keyed fields (English {by_lang['en']}, "
          f"Spanish {by_lang['es']}); self-check: {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
