#!/usr/bin/env python3
"""Rebuild letter-review blind set 12 (issue 18) from scratch. Everything here is FICTIONAL.
Run: /work/main/.venv/bin/python make_set.py   (then appeal-kit check each folder)."""
import os, re, shutil, sys, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
FICT = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number."
CASES = []

def case(num, slug, yaml, docs, truth, checks):
    CASES.append(dict(num=num, slug=slug, yaml=textwrap.dedent(yaml).strip() + "\n", docs=docs,
                      truth=textwrap.dedent(truth).strip() + "\n", checks=checks))

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

from cases_data import define  # noqa: E402
define(case)

def main():
    errors = []
    for c in CASES:
        d = os.path.join(HERE, f"{c['num']:02d}-{c['slug']}")
        if os.path.exists(d):
            shutil.rmtree(d)
        os.makedirs(d)
        with open(os.path.join(d, "case.yaml"), "w") as f:
            f.write(c["yaml"])
        for rel, text in c["docs"].items():
            p = os.path.join(d, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            body = textwrap.dedent(text).strip()
            with open(p, "w") as f:
                f.write(FICT + "\n\n" + body + "\nFICTIONAL DOCUMENT.\n")
        with open(os.path.join(HERE, f"{c['num']:02d}-{c['slug']}.truth.md"), "w") as f:
            f.write(c["truth"])
        if "FICTIONAL" not in c["yaml"] or "FICTIONAL" not in c["truth"]:
            errors.append(f"{c['num']}: FICTIONAL marker missing")
        for rel, phrase in c["checks"]:
            p = os.path.join(d, rel)
            if not os.path.exists(p):
                errors.append(f"{c['num']}: {rel} missing"); continue
            if norm(phrase) not in norm(open(p).read()):
                errors.append(f"{c['num']}: {rel} lacks {phrase!r}")
    for e in errors:
        print("SELF-CHECK FAIL:", e)
    print(f"{len(CASES)} cases written; {sum(len(c['checks']) for c in CASES)} expected answers checked; "
          f"{len(errors)} failures")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
