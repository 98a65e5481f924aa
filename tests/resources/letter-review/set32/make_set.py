#!/usr/bin/env python3
"""FICTIONAL blind letters review set 32 (issue 18): writes the case folders and truth files from case01..case08.

Run with appeal-kit's venv: `/work/main/.venv/bin/python make_set.py [--check] [NN ...]`.
Every case folder is deleted and rewritten from its data module; then the self-check runs.
"""
import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
SET = 32
HEADER = f"FICTIONAL - invented for a blind test set (set {SET}); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
CHECK = "/work/main/.venv/bin/appeal-kit"


def npi_ok(npi: str) -> bool:
    """Luhn check digit over the 80840 prefix (CMS's NPI rule); 1234567893 is CMS's example."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    digits = "80840" + npi[:9]
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[9])


def make_npi(stem: str) -> str:
    """Complete a 9-digit stem with its check digit (used when writing the data modules)."""
    for d in range(10):
        if npi_ok(stem + str(d)):
            return stem + str(d)
    raise ValueError(stem)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def build(num: str) -> list:
    mod = importlib.import_module(f"case{num}")
    problems = []
    folder = HERE / f"{num}-{mod.SLUG}"
    truth = HERE / f"{num}-{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.strip() + "\n")
    texts = {"case.yaml": mod.CASE_YAML, "truth": mod.TRUTH}
    for rel, body in mod.DOCS.items():
        p = folder / rel
        if p.parent.name not in ("denial", "clinical", "other") or p.parent.parent != folder:
            problems.append(f"{num}: {rel} not in denial/, clinical/ or other/")
        p.parent.mkdir(parents=True, exist_ok=True)
        text = f"{HEADER}\n\n{body.strip()}\n\n{FOOTER}\n"
        p.write_text(text)
        texts[rel] = text
    truth.write_text(mod.TRUTH.strip() + "\n")
    # self-checks
    data = YAML(typ="safe").load(mod.CASE_YAML)
    if not mod.CASE_YAML.lstrip().startswith("# FICTIONAL"):
        problems.append(f"{num}: case.yaml first line not FICTIONAL")
    if "FICTIONAL" not in mod.TRUTH.strip().splitlines()[0]:
        problems.append(f"{num}: truth first line not FICTIONAL")
    pos = [mod.TRUTH.find(h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{num}: truth headings missing or out of order {pos}")
    for where, answer in mod.ANSWERS:
        if where not in texts:
            problems.append(f"{num}: answer names unknown document {where}")
        elif norm(answer) not in norm(texts[where]):
            problems.append(f"{num}: answer not in {where}: {answer!r}")
    named = set(re.findall(r"\b((?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt)\b", mod.CASE_YAML))
    for rel in named:
        if not (folder / rel).exists():
            problems.append(f"{num}: case.yaml names missing {rel}")
    written = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    stray = written - set(mod.DOCS) - {"case.yaml"}
    if stray:
        problems.append(f"{num}: stray files {sorted(stray)}")
    alltext = "\n".join(texts.values())
    for phone in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", alltext):
        if not re.search(r"555-01\d\d$", phone):
            problems.append(f"{num}: phone not 555-01xx: {phone}")
    for mail in re.findall(r"[\w.+-]+@([\w.-]+)", alltext):
        if not mail.endswith(".example"):
            problems.append(f"{num}: e-mail not on .example: {mail}")
    for npi in re.findall(r"NPI[\":\s]*(\d{10})|npi: \"(\d{10})\"", alltext):
        n = npi[0] or npi[1]
        if not npi_ok(n):
            problems.append(f"{num}: NPI check digit fails: {n}")
    for rel, text in texts.items():
        if rel in ("case.yaml", "truth"):
            continue
        if not text.startswith(HEADER) or not text.rstrip().endswith(FOOTER):
            problems.append(f"{num}: {rel} lacks FICTIONAL header/footer")
    if not isinstance(data, dict) or "patient" not in data:
        problems.append(f"{num}: case.yaml did not parse to a case")
    print(f"case {num}: {len(mod.ANSWERS)} expected answers, {len(problems)} problems")
    for p in problems:
        print("  PROBLEM", p)
    return [len(mod.ANSWERS), problems, folder]


def main(argv):
    assert npi_ok("1234567893")
    do_check = "--check" in argv
    nums = [a for a in argv if re.fullmatch(r"\d\d", a)] or [f"{i:02d}" for i in range(1, 9)
                                                            if (HERE / f"case{i:02d}.py").exists()]
    sys.path.insert(0, str(HERE))
    total, probs, folders = 0, [], []
    for num in nums:
        n, p, folder = build(num)
        total += n
        probs += p
        folders.append(folder)
    if do_check:
        out = HERE / ("check-output.txt" if len(nums) == 8 else "check-output-partial.txt")
        with out.open("w") as fh:
            for folder in folders:
                r = subprocess.run([CHECK, "check", str(folder)], capture_output=True, text=True)
                fh.write(f"=== {folder.name}: exit {r.returncode}\n{r.stdout}{r.stderr}\n")
                print(f"check {folder.name[:2]}: exit {r.returncode}")
    print(f"{len(nums)} cases, {total} expected answers, {len(probs)} problems")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
