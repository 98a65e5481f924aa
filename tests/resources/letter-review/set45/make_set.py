#!/usr/bin/env python3
"""Rebuild letters review set 45 (issue 18), written blind. FICTIONAL: every person, plan and number is invented.

Usage: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Deletes and rewrites each case folder and its truth file from caseNN.py, then self-checks. --check also runs
`appeal-kit check` on each folder and writes check-output.txt (check-output-partial.txt when cases are named).
"""
from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import npi
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 45); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
CASES = [f"{n:02d}" for n in range(1, 9)]


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def paths_in(data, out):
    if isinstance(data, dict):
        for k, v in data.items():
            if k in ("file", "proof", "sent_proof", "counted_file", "other_terms_file", "continued_proof",
                     "authorization", "entered") and isinstance(v, (str, list)):
                for p in ([v] if isinstance(v, str) else v):
                    if isinstance(p, str):
                        out.append(p)
            paths_in(v, out)
    elif isinstance(data, list):
        for v in data:
            paths_in(v, out)
    return out


def build(nn: str) -> list[str]:
    mod = importlib.import_module(f"case{nn}")
    problems: list[str] = []
    folder = HERE / mod.SLUG
    truth = HERE / f"{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"))
    texts = {"case.yaml": mod.CASE_YAML, "truth": mod.TRUTH}
    for rel, body in mod.DOCS.items():
        if rel.split("/")[0] not in ("denial", "clinical", "other") or rel.count("/") != 1:
            problems.append(f"{nn}: {rel} is not in denial/, clinical/ or other/")
        p = folder / rel
        p.parent.mkdir(exist_ok=True)
        text = HEADER + body.strip("\n") + FOOTER
        p.write_text(text)
        texts[rel] = text
        if not text.startswith("FICTIONAL") or not text.rstrip().endswith("FICTIONAL DOCUMENT - end."):
            problems.append(f"{nn}: {rel} lacks its FICTIONAL header or footer")
    truth.write_text(mod.TRUTH.lstrip("\n"))
    # case.yaml parses; every path it names exists; no stray file
    data = YAML(typ="safe").load(mod.CASE_YAML)
    named = set(paths_in(data, []))
    for p in sorted(named):
        if not (folder / p).is_file():
            problems.append(f"{nn}: case.yaml names {p}, which does not exist")
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    stray = on_disk - set(mod.DOCS) - {"case.yaml"}
    if stray:
        problems.append(f"{nn}: stray files {sorted(stray)}")
    # FICTIONAL marks
    if not mod.CASE_YAML.lstrip().startswith("# FICTIONAL"):
        problems.append(f"{nn}: case.yaml first line is not marked FICTIONAL")
    first = mod.TRUTH.lstrip().splitlines()[0]
    if "FICTIONAL" not in first:
        problems.append(f"{nn}: truth file first line is not marked FICTIONAL")
    # five headings in order
    pos = [mod.TRUTH.find("\n" + h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{nn}: truth headings missing or out of order: {pos}")
    # expected answers: 16, each printed in the document it names
    if len(mod.ANSWERS) != 16:
        problems.append(f"{nn}: {len(mod.ANSWERS)} expected answers, not 16")
    for question, answer, where in mod.ANSWERS:
        if where not in texts:
            problems.append(f"{nn}: answer to {question!r} names {where}, which is not a document of the case")
        elif norm(answer) not in norm(texts[where]):
            problems.append(f"{nn}: answer {answer!r} ({question}) not found in {where}")
    # phones, e-mail, NPIs
    alltext = "\n".join(texts.values())
    for m in re.finditer(r"\(?\b\d{3}\)?[ .-]\d{3}-(\d{4})\b", alltext):
        if not m.group(1).startswith("01") or "555" not in m.group(0):
            problems.append(f"{nn}: phone-like number {m.group(0)!r} is not 555-01xx")
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([a-z]+)", alltext):
        if m.group(2) != "example":
            problems.append(f"{nn}: e-mail {m.group(0)!r} is not on an .example domain")
    for m in re.finditer(r"\bNPI:? *\"?(\d{10})", alltext):
        if not npi.valid(m.group(1)):
            problems.append(f"{nn}: NPI {m.group(1)} fails its check digit")
    for v in re.findall(r'npi: "(\d+)"', mod.CASE_YAML):
        if not npi.valid(v):
            problems.append(f"{nn}: case.yaml NPI {v} fails its check digit")
    print(f"case {nn}: {mod.SLUG}: {len(mod.DOCS)} documents, {len(mod.ANSWERS)} expected answers, "
          f"{len(problems)} problems")
    for q, a, w in mod.ANSWERS:
        print(f"    - {q}: {a!r} [{w}]")
    return problems


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    check = "--check" in argv
    chosen = [a for a in argv if a != "--check"] or CASES
    problems: list[str] = []
    answers = 0
    for nn in chosen:
        problems += build(nn)
        answers += len(importlib.import_module(f"case{nn}").ANSWERS)
    for p in problems:
        print("PROBLEM:", p)
    rc = 0
    if check:
        out = []
        for nn in chosen:
            folder = HERE / importlib.import_module(f"case{nn}").SLUG
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            out.append(f"===== {folder.name}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {nn}: exit {r.returncode}")
            rc |= r.returncode != 0
        name = "check-output.txt" if chosen == CASES else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    print(f"{len(chosen)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems or rc else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
