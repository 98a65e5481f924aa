#!/usr/bin/env python3
"""Writes blind letter-review set 13 (issue 18) from scratch and self-checks it. All content FICTIONAL.
Run: /work/main/.venv/bin/python make_set.py   (then appeal-kit check each folder)."""
import os, re, shutil, sys, importlib
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
FICT = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number."
CASES = []
for mod in ("cases_a", "cases_b", "cases_c", "cases_d"):
    try:
        CASES += importlib.import_module(mod).CASES
    except ModuleNotFoundError:
        pass

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def main():
    problems = []
    for c in CASES:
        d = os.path.join(HERE, c["slug"])
        if os.path.isdir(d):
            shutil.rmtree(d)
        yml = c["yaml"].strip() + "\n"
        if "FICTIONAL" not in yml.splitlines()[0]:
            problems.append(f"{c['slug']}: case.yaml first line lacks FICTIONAL")
        write(os.path.join(d, "case.yaml"), yml)
        for rel, body in c["docs"].items():
            text = FICT + "\n\n" + body.strip("\n") + "\nFICTIONAL DOCUMENT.\n"
            write(os.path.join(d, rel), text)
        truth = c["truth"].strip() + "\n"
        if "FICTIONAL" not in truth.splitlines()[0]:
            problems.append(f"{c['slug']}: truth title lacks FICTIONAL")
        write(os.path.join(HERE, c["slug"] + ".truth.md"), truth)
        # self-check: every expected answer is printed in the document it names
        for rel, snippet in c["checks"]:
            p = os.path.join(d, rel)
            if not os.path.exists(p):
                problems.append(f"{c['slug']}: {rel} missing"); continue
            if norm(snippet) not in norm(open(p, encoding="utf-8").read()):
                problems.append(f"{c['slug']}: {rel} does not print {snippet!r}")
        # every file referenced from case.yaml exists
        for ref in re.findall(r"((?:denial|clinical|other)/[\w.\-]+\.txt)", yml):
            if not os.path.exists(os.path.join(d, ref)):
                problems.append(f"{c['slug']}: case.yaml names {ref}, not written")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(CASES)} cases written, {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
