#!/usr/bin/env python3
# FICTIONAL test-set generator (letters set 38, issue 18). Every person, plan, provider, number and address in the
# case modules is invented. Run with appeal-kit's venv:
#   /work/main/.venv/bin/python make_set.py            # rewrite every case folder and truth file, then self-check
#   /work/main/.venv/bin/python make_set.py 03 05      # only those cases
#   /work/main/.venv/bin/python make_set.py --check    # also run `appeal-kit check` on each folder -> check-output.txt
"""Deterministic rebuild of letters set 38 (FICTIONAL) with a self-check."""
import importlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 38); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
]
DOC_DIRS = ("denial", "clinical", "other")
ALL_CASES = [f"{n:02d}" for n in range(1, 9)]


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def npi_ok(npi):
    digits = [int(c) for c in "80840" + npi[:-1]]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[-1])


def paths_in(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from paths_in(v)
    elif isinstance(node, list):
        for v in node:
            yield from paths_in(v)
    elif isinstance(node, str) and re.fullmatch(r"(denial|clinical|other)/[\w.\-]+", node.strip()):
        yield node.strip()


def build(num):
    mod = importlib.import_module(f"case{num}")
    folder = HERE / mod.SLUG
    truth = HERE / f"{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"), encoding="utf-8")
    for rel, body in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{HEADER}\n\n{body.strip()}\n\n{FOOTER}\n", encoding="utf-8")
    truth.write_text(mod.TRUTH.lstrip("\n"), encoding="utf-8")
    return mod, folder, truth


def self_check(mod, folder, truth):
    problems = []
    texts = {}
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != "case.yaml" and (rel.split("/")[0] not in DOC_DIRS or rel not in mod.DOCS):
                problems.append(f"stray file {rel}")
            texts[rel] = p.read_text(encoding="utf-8")
    texts["truth"] = truth.read_text(encoding="utf-8")
    data = YAML(typ="safe").load(io.StringIO(texts["case.yaml"]))
    for rel in set(paths_in(data)):
        if not (folder / rel).is_file():
            problems.append(f"case.yaml names {rel}, which does not exist")
    if not texts["case.yaml"].startswith("# FICTIONAL"):
        problems.append("case.yaml: first line is not marked FICTIONAL")
    if "FICTIONAL" not in texts["truth"].splitlines()[0]:
        problems.append("truth: first line is not marked FICTIONAL")
    pos = -1
    for h in HEADINGS:
        at = texts["truth"].find("\n" + h + "\n")
        if at <= pos:
            problems.append(f"truth: heading {h!r} missing or out of order")
        pos = max(pos, at)
    for rel in mod.DOCS:
        t = texts[rel]
        if not t.startswith(HEADER) or not t.rstrip().endswith(FOOTER):
            problems.append(f"{rel}: FICTIONAL header or footer missing")
    if len(mod.ANSWERS) != 16:
        problems.append(f"{len(mod.ANSWERS)} expected answers, not 16")
    for where, answer in mod.ANSWERS:
        if where not in texts:
            problems.append(f"answer {answer!r}: no document {where}")
        elif norm(answer) not in norm(texts[where]):
            problems.append(f"answer {answer!r} not printed in {where}")
    for rel, t in texts.items():
        for m in re.finditer(r"\(?\b(\d{3})\)?[ .-](\d{3})-(\d{4})\b", t):
            if m.group(2) != "555" or not m.group(3).startswith("01"):
                problems.append(f"{rel}: phone {m.group(0)} is not 555-01xx")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([A-Za-z]+)\b", t):
            if m.group(2).lower() != "example":
                problems.append(f"{rel}: e-mail {m.group(0)} is not on .example")
        for m in re.finditer(r"\bNPI:?\s*\"?(\d{10})\b", t):
            if not npi_ok(m.group(1)):
                problems.append(f"{rel}: NPI {m.group(1)} fails its check digit")
    for m in re.finditer(r"npi:\s*\"(\d{10})\"", texts["case.yaml"]):
        if not npi_ok(m.group(1)):
            problems.append(f"case.yaml: npi {m.group(1)} fails its check digit")
    return problems


def main(argv):
    check = "--check" in argv
    nums = [a for a in argv if a != "--check"] or ALL_CASES
    sys.path.insert(0, str(HERE))
    total_problems = 0
    total_answers = 0
    check_lines = []
    for num in nums:
        mod, folder, truth = build(num)
        problems = self_check(mod, folder, truth)
        total_answers += len(mod.ANSWERS)
        total_problems += len(problems)
        print(f"{num} {mod.SLUG}: {len(mod.ANSWERS)} answers, {len(problems)} problems")
        for p in problems:
            print(f"   - {p}")
        if check:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            check_lines.append(f"===== {mod.SLUG}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"   appeal-kit check: exit {r.returncode}")
            if r.returncode != 0:
                total_problems += 1
    if check:
        name = "check-output.txt" if nums == ALL_CASES else "check-output-partial.txt"
        (HERE / name).write_text("FICTIONAL test set 38 - appeal-kit check output\n\n" + "\n".join(check_lines),
                                 encoding="utf-8")
    print(f"{len(nums)} cases, {total_answers} expected answers, {total_problems} problems")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
