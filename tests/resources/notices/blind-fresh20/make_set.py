"""Build blind intake set 20 (18 FICTIONAL denial notices, 6 in Spanish) and self-check every key.

Deletes every NN-* file here, writes each notice and its NN-slug.expected.json again, checks each key against
the notice's own text model and exits 1 on any miss.
Run: /work/main/.venv/bin/python make_set.py [NN ...]   (numbers: build only those, for development)
"""
import glob
import re
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases_en  # noqa: E402
import cases_es  # noqa: E402
from common import write_key  # noqa: E402
from check import check  # noqa: E402


def main(argv):
    only = {a.zfill(2) for a in argv}
    cases = [getattr(mod, n) for mod in (cases_en, cases_es) for n in sorted(dir(mod))
             if re.fullmatch(r"case\d\d", n)]
    if not only:
        for f in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
            os.remove(f)
    else:
        for n in only:
            for f in glob.glob(os.path.join(HERE, n + "-*")):
                os.remove(f)
    fails = 0
    notices = 0
    fields = {"en": 0, "es": 0}
    with tempfile.TemporaryDirectory() as tmp:
        ctx = {"out": HERE, "tmp": tmp}
        for fn in cases:
            num = fn.__name__[-2:]
            if only and num not in only:
                continue
            r = fn(ctx)
            stem = os.path.splitext(r["file"])[0]
            key = write_key(os.path.join(HERE, stem + ".expected.json"), r["key"])
            miss = check(key, r["text"], r["rule"], r["lang"])
            notices += 1
            fields[r["lang"]] += len([k for k in key if k not in ("file", "_note")])
            status = "ok" if not miss else "MISS: " + "; ".join(miss)
            print(f"{r['file']}: {status}")
            if miss:
                fails += 1
    es = sum(1 for fn in cases if fn.__name__[-2:] >= "13" and (not only or fn.__name__[-2:] in only))
    total = fields["en"] + fields["es"]
    verdict = "all keys found" if not fails else f"{fails} notice(s) with misses"
    print(f"{notices} notices ({es} in Spanish), {total} keyed fields (English {fields['en']}, Spanish "
          f"{fields['es']}); self-check: {verdict}")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
