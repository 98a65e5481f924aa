"""Build blind intake set 24 (FICTIONAL): delete and rewrite every notice and NN-slug.expected.json, then
self-check each key against its notice's text model. Exit 1 on any miss.

    /work/main/.venv/bin/python make_set.py            # all 18
    /work/main/.venv/bin/python make_set.py 05 12      # only those
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_en  # noqa: E402
import cases_es  # noqa: E402
import photo  # noqa: E402
from check import check  # noqa: E402
from common import make_key  # noqa: E402
from render import build_pdf, text_model  # noqa: E402

STOP = {"health", "plan", "plans", "the", "and", "for", "with", "from", "this", "that", "your", "date", "days",
        "de", "del", "la", "el", "los", "las", "para", "por", "con", "una", "este", "esta", "fecha", "aviso",
        "notice", "letter", "carta"}


def tokens_of(key: dict, case: dict) -> set[str]:
    vals = [key["patient_name"], key["member_id"], key["claim_number"], key["appeals_address"], key["deadline_basis"],
            case["anchors"]["notice_date"], *case["anchors"].get("service_dates", []),
            *key.get("procedure_codes", []), *key.get("diagnosis_codes", []), *key.get("carc_codes", [])]
    toks = set()
    for v in vals:
        for w in re.split(r"[\s,]+", v):
            t = w.strip(".,;:()").lower()
            if not t or t in STOP:
                continue
            if any(ch.isdigit() for ch in t) or len(t) >= 4:
                toks.add(t)
    return toks


def main(argv):
    only = set(argv)
    cases = cases_en.CASES + cases_es.CASES
    if only:
        cases = [c for c in cases if c["num"] in only]
    misses, fields, by_lang = [], 0, {"en": 0, "es": 0}
    t0 = time.time()
    for c in cases:
        for old in HERE.glob(f"{c['num']}-*"):
            old.unlink()
        c["file"] = f"{c['num']}-{c['slug']}{c['ext']}"
        out = HERE / c["file"]
        key = make_key(c)
        info = None
        with tempfile.TemporaryDirectory() as td:
            src = None
            if c["kind"] == "pdf":
                build_pdf(out, c["blocks"], **c["pdf"])
            elif c["kind"] == "image":
                src = Path(td) / "source.pdf"
                build_pdf(src, c["blocks"], **c["pdf"])
                info = photo.make(c["device"], src, out, tokens_of(key, c), 2400 + int(c["num"]))
            else:
                c["build"](out)
            model = text_model(out, src)
        (HERE / f"{c['num']}-{c['slug']}.expected.json").write_text(
            json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        m = check(c, key, model)
        misses += m
        n = len([k for k in key if k not in ("file", "_note")])
        fields += n
        by_lang[c["lang"]] += n
        print(f"{c['file']}: {n} fields, {'ok' if not m else str(len(m)) + ' MISS'}"
              + (f" {info}" if info else "") + f" ({time.time() - t0:.0f} s)", flush=True)
    for m in misses:
        print("MISS", m)
    es = sum(1 for c in cases if c["lang"] == "es")
    result = "all keys found" if not misses else f"{len(misses)} misses"
    print(f"{len(cases)} notices ({es} in Spanish), {fields} keyed fields (English {by_lang['en']}, Spanish "
          f"{by_lang['es']}); self-check: {result}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
