#!/usr/bin/env python3
"""FICTIONAL review set 31 generator (issue 18). Writes each case folder + truth file from caseNN.py data modules,
then self-checks. Usage: make_set.py [--check] [NN ...]"""
import importlib, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
KIT = "/work/main/.venv/bin/appeal-kit"
HEAD = "FICTIONAL - invented for a blind test set (set 31); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps", "## Arguments a strong letter makes",
            "## What a letter must NOT say"]


def npi_ok(n):
    digits = [int(c) for c in "80840" + n[:-1]]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10 == int(n[-1])


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def build(mod):
    probs = []
    folder = HERE / mod.SLUG
    truth = HERE / (mod.SLUG + ".truth.md")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip())
    texts = {"case.yaml": mod.CASE_YAML, "truth": mod.TRUTH}
    for rel, body in mod.DOCS.items():
        if rel.split("/")[0] not in ("denial", "clinical", "other"):
            probs.append(f"{rel}: not in denial/, clinical/ or other/")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEAD + body.strip("\n") + FOOT)
        texts[rel] = p.read_text()
    truth.write_text(mod.TRUTH.lstrip())
    # self-checks
    data = YAML(typ="safe").load(mod.CASE_YAML)
    if not mod.CASE_YAML.lstrip().startswith("# FICTIONAL"):
        probs.append("case.yaml: first line not FICTIONAL")
    if "FICTIONAL" not in mod.TRUTH.lstrip().splitlines()[0]:
        probs.append("truth: first line not FICTIONAL")
    pos = [mod.TRUTH.find(h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        probs.append("truth: five headings missing or out of order")
    for f, ans in mod.ANSWERS:
        if f not in texts:
            probs.append(f"answer names unknown file {f}")
        elif norm(ans) not in norm(texts[f]):
            probs.append(f"answer not found in {f}: {ans!r}")
    for m in re.findall(r"\b((?:other|clinical|denial)/[\w.\-]+\.txt)\b", mod.CASE_YAML):
        if not (folder / m).exists():
            probs.append(f"case.yaml names missing file {m}")
    for rel in mod.DOCS:
        if rel not in mod.CASE_YAML and rel.split("/")[0] != "other":
            pass
    allt = "\n".join(texts.values())
    for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", allt):
        if not re.search(r"555-01\d\d$", ph):
            probs.append(f"phone not 555-01xx: {ph}")
    for em in re.findall(r"[\w.\-]+@([\w.\-]+)", allt):
        if not em.endswith(".example"):
            probs.append(f"e-mail not .example: {em}")
    for n in re.findall(r"NPI:? ?\"?(\d{10})|npi: \"(\d{10})\"", allt):
        n = n[0] or n[1]
        if not npi_ok(n):
            probs.append(f"NPI check digit: {n}")
    for f in folder.rglob("*"):
        if f.is_file() and str(f.relative_to(folder)) not in list(mod.DOCS) + ["case.yaml"]:
            probs.append(f"stray file {f}")
    return folder, len(mod.ANSWERS), probs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    nums = args or [f"{i:02d}" for i in range(1, 9) if (HERE / f"case{i:02d}.py").exists()]
    sys.path.insert(0, str(HERE))
    total, allprobs, outs = 0, 0, []
    for n in nums:
        mod = importlib.import_module(f"case{n}")
        folder, na, probs = build(mod)
        total += na
        allprobs += len(probs)
        print(f"{n} {mod.SLUG}: {na} expected answers, {len(probs)} problems")
        for p in probs:
            print("   PROBLEM", p)
        if check:
            r = subprocess.run([KIT, "check", str(folder)], capture_output=True, text=True)
            outs.append(f"== {n} {mod.SLUG}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"   check exit {r.returncode}")
    if check:
        name = "check-output.txt" if not args else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(outs))
    print(f"{len(nums)} cases, {total} expected answers, {allprobs} problems")
    return 1 if allprobs else 0


if __name__ == "__main__":
    sys.exit(main())
