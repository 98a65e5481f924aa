"""Build blind intake set 21 (FICTIONAL): delete and rewrite every notice and NN-slug.expected.json in this folder,
then self-check each key against the notice's own text model. Exit 1 on any miss.

Run: /work/main/.venv/bin/python make_set.py [NN ...]   (numbers build only those notices; the others are kept)
"""
import json
import os
import re
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from check import check  # noqa: E402
import cases_en  # noqa: E402
import cases_es  # noqa: E402

CASES = cases_en.CASES + cases_es.CASES
NOTICE = re.compile(r"^(\d\d)-[a-z0-9-]+\.(pdf|jpg|png|tif|tiff|docx|eml|txt|html|expected\.json)$")


def main(argv):
    only = {int(x) for x in argv if x.isdigit()}
    nums = [c["num"] for c in CASES]
    assert nums == sorted(nums) and len(set(nums)) == len(nums), nums
    for f in sorted(os.listdir(HERE)):
        m = NOTICE.match(f)
        if m and (not only or int(m.group(1)) in only):
            os.remove(os.path.join(HERE, f))
    total = {"en": 0, "es": 0}
    misses = 0
    built = 0
    for case in CASES:
        if only and case["num"] not in only:
            continue
        t0 = time.time()
        rng = np.random.default_rng(2100 + case["num"])
        name = f"{case['num']:02d}-{case['slug']}.{case['ext']}"
        with tempfile.TemporaryDirectory() as td:
            text = case["build"](os.path.join(HERE, name), td, rng)
        key = dict(case["key"])
        key["file"] = name
        key = {"file": name, **{k: v for k, v in key.items() if k != "file"}}
        case["key"] = key
        with open(os.path.join(HERE, f"{case['num']:02d}-{case['slug']}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        fields = len([k for k in key if k not in ("file", "_note")])
        total[case["lang"]] += fields
        problems = check(case, text)
        misses += len(problems)
        built += 1
        print(f"{name}: {fields} fields, {'ok' if not problems else 'MISSES'} ({time.time() - t0:.1f} s)")
        for p in problems:
            print(f"    MISS: {p}")
    n_es = sum(1 for c in CASES if c["lang"] == "es" and (not only or c["num"] in only))
    last = (f"{built} notices ({n_es} in Spanish), {total['en'] + total['es']} keyed fields (English {total['en']}, "
            f"Spanish {total['es']}); self-check: " + ("all keys found" if not misses else f"{misses} misses"))
    print(last)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
