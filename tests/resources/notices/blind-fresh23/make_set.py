"""Build blind intake set 23 (FICTIONAL notices): delete every NN-* notice and NN-slug.expected.json here,
write them again, self-check each key against its notice's text model, and exit 1 on any miss.

    /work/main/.venv/bin/python make_set.py          # all 18
    /work/main/.venv/bin/python make_set.py 04 13    # only those
"""
import glob
import json
import os
import sys
import tempfile
import time

import numpy as np

import cases_en
import cases_es
import check
import photo
import render
from common import HERE, build_key, keyed_field_count

ALL = cases_en.CASES + cases_es.CASES


def build(case, tmp):
    name = f"{case['num']}-{case['slug']}.{case['ext']}"
    path = os.path.join(HERE, name)
    kind = case["kind"]
    src = None
    if kind == "pdf":
        render.pdf(case["blocks"], path, case.get("style"))
    elif kind == "docx":
        render.docx(case["blocks"], path, case.get("style"))
    elif kind in ("html", "eml", "txt"):
        case["build"](path)
    elif kind == "image":
        src = os.path.join(tmp, f"{case['num']}-source.pdf")
        render.pdf(case["blocks"], src, case.get("style"))
        want = photo.DEVICE_PAGES.get(case["device"], 1)
        got = render.pdf_pages(src)
        if got != want:
            raise SystemExit(f"{case['num']}: device {case['device']} draws {want} page(s), source has {got}")
        rng = np.random.default_rng(2300 + int(case["num"]))
        photo.DEVICES[case["device"]](src, path, rng)
    else:
        raise ValueError(kind)
    model = render.text_model(path, source_pdf=src)
    key = build_key(case, name)
    with open(os.path.join(HERE, f"{case['num']}-{case['slug']}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return name, key, model


def main(argv):
    nums = set(argv)
    cases = [c for c in ALL if not nums or c["num"] in nums]
    if nums - {c["num"] for c in cases}:
        raise SystemExit(f"no such notice: {sorted(nums - {c['num'] for c in cases})}")
    seen = set()
    for c in ALL:
        if c["num"] in seen:
            raise SystemExit(f"notice {c['num']} twice")
        seen.add(c["num"])
    for c in cases:
        for f in glob.glob(os.path.join(HERE, f"{c['num']}-*")):
            os.remove(f)
    if not nums:
        for f in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
            os.remove(f)
    misses = 0
    fields = {"en": 0, "es": 0}
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        for c in cases:
            t = time.time()
            name, key, model = build(c, tmp)
            probs = check.check(c, key, model)
            n = keyed_field_count(key)
            fields[c["lang"]] += n
            size = os.path.getsize(os.path.join(HERE, name)) / 1e6
            print(f"{name}: {n} fields, {size:.2f} MB, {time.time() - t:.1f} s"
                  + ("" if not probs else f", {len(probs)} PROBLEM(S)"))
            for p in probs:
                print(f"   - {p}")
            misses += len(probs)
    es = sum(1 for c in cases if c["lang"] == "es")
    total = fields["en"] + fields["es"]
    tail = "all keys found" if not misses else f"{misses} problem(s)"
    print(f"({time.time() - t0:.0f} s)")
    print(f"{len(cases)} notices ({es} in Spanish), {total} keyed fields (English {fields['en']}, "
          f"Spanish {fields['es']}); self-check: {tail}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
