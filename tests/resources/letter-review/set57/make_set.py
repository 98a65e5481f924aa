#!/usr/bin/env python3
"""FICTIONAL - builds letters review set 57 (issue 18), written blind.

Run with appeal-kit's venv: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Deletes and rewrites each case folder and its truth file from caseNN.py, then self-checks.
--check also runs `appeal-kit check` on every folder and writes check-output.txt.
"""
import importlib, io, os, re, shutil, subprocess, sys
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "FICTIONAL - invented for a blind test set (set 57); not a real person, plan, clinic or number.\n\n"
FOOTER = "\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"


def npi_ok(npi):
    s = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def build(mod):
    folder = os.path.join(HERE, mod.SLUG)
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    with open(os.path.join(folder, "case.yaml"), "w") as f:
        f.write(mod.CASE_YAML.lstrip("\n"))
    for rel, text in mod.DOCS.items():
        p = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(HEADER + text.strip("\n") + "\n" + FOOTER)
    with open(os.path.join(HERE, mod.SLUG + ".truth.md"), "w") as f:
        f.write(mod.TRUTH.lstrip("\n"))
    return folder


def selfcheck(mod, folder):
    problems = []
    yaml_text = open(os.path.join(folder, "case.yaml")).read()
    truth = open(os.path.join(HERE, mod.SLUG + ".truth.md")).read()
    try:
        YAML(typ="safe").load(yaml_text)
    except Exception as e:  # noqa: BLE001
        problems.append(f"case.yaml does not parse: {e}")
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        problems.append("case.yaml first line not marked FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append("truth first line not marked FICTIONAL")
    pos = -1
    for h in HEADINGS:
        i = truth.find("\n" + h + "\n")
        if i <= pos:
            problems.append(f"truth heading missing or out of order: {h}")
        pos = i
    # every path case.yaml names exists
    for m in re.finditer(r"\b((?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt)", yaml_text):
        if not os.path.exists(os.path.join(folder, m.group(1))):
            problems.append(f"case.yaml names a missing file: {m.group(1)}")
    # no stray files
    expected = {"case.yaml"} | set(mod.DOCS)
    for root, _, files in os.walk(folder):
        for fn in files:
            rel = os.path.relpath(os.path.join(root, fn), folder)
            if rel not in expected:
                problems.append(f"stray file: {rel}")
    for rel in mod.DOCS:
        if rel.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"document outside denial/clinical/other: {rel}")
    # answers
    if len(mod.ANSWERS) != 16:
        problems.append(f"{len(mod.ANSWERS)} expected answers, not 16")
    for where, text in mod.ANSWERS:
        if where == "truth":
            hay = truth
        elif where == "case.yaml":
            hay = yaml_text
        else:
            p = os.path.join(folder, where)
            hay = open(p).read() if os.path.exists(p) else ""
        if norm(text) not in norm(hay):
            problems.append(f"answer not found in {where}: {text!r}")
    # phones, e-mail, NPIs over everything written
    alltext = yaml_text + truth + "".join(open(os.path.join(folder, r)).read() for r in mod.DOCS)
    for m in re.finditer(r"\(\d{3}\) (\d{3})-(\d{4})", alltext):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            problems.append(f"phone not 555-01xx: {m.group(0)}")
    for m in re.finditer(r"[A-Za-z0-9._-]+@([A-Za-z0-9.-]+)", alltext):
        if not m.group(1).endswith(".example"):
            problems.append(f"e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"(?:NPI|npi)[: ]+\"?(\d{10})", alltext):
        if not npi_ok(m.group(1)):
            problems.append(f"NPI fails check digit: {m.group(1)}")
    return problems


def main(argv):
    check = "--check" in argv
    nums = [a for a in argv if a.isdigit()]
    if not npi_ok("1234567893"):
        print("NPI check digit routine is wrong")
        return 1
    mods = [importlib.import_module(f"case{n:02d}") for n in range(1, 9) if not nums or f"{n:02d}" in nums or str(n) in nums]
    total_answers = 0
    all_problems = 0
    out = io.StringIO()
    for mod in mods:
        folder = build(mod)
        probs = selfcheck(mod, folder)
        total_answers += len(mod.ANSWERS)
        all_problems += len(probs)
        print(f"{mod.SLUG}: {len(mod.ANSWERS)} answers, {len(probs)} problems")
        for p in probs:
            print("  PROBLEM:", p)
        if check:
            r = subprocess.run([APPEAL_KIT, "check", folder], capture_output=True, text=True)
            out.write(f"===== {mod.SLUG} (exit {r.returncode})\n{r.stdout}{r.stderr}\n")
            print(f"  check exit {r.returncode}")
            if r.returncode != 0:
                all_problems += 1
    if check:
        name = "check-output.txt" if not nums else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w") as f:
            f.write(out.getvalue())
    print(f"{len(mods)} cases, {total_answers} expected answers, {all_problems} problems")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    sys.exit(main(sys.argv[1:]))
