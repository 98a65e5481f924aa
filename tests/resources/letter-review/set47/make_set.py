#!/usr/bin/env python3
"""Rebuild letters review set 47 (FICTIONAL) from the data modules case01.py ... case08.py.

Run from this folder with appeal-kit's venv:
    /work/main/.venv/bin/python make_set.py            # rebuild every case folder and self-check
    /work/main/.venv/bin/python make_set.py 03 05      # rebuild only those (writes check-output-partial.txt)
    /work/main/.venv/bin/python make_set.py --check    # also run `appeal-kit check` on each folder
Deterministic: each case folder and truth file is deleted and rewritten from the data; nothing else is touched
apart from expected-answers.json and check-output*.txt. Written blind for issue 18; my own generator.
"""
import importlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = Path("/work/main/.venv/bin/appeal-kit")
HEADER = "FICTIONAL - invented for a blind test set (set 47); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
]
FOLDERS = ("denial", "clinical", "other")


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def npi_ok(npi):
    digits = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def write_case(mod):
    folder = HERE / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"), encoding="utf-8")
    for rel, text in sorted(mod.DOCS.items()):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HEADER + text.strip("\n") + FOOTER, encoding="utf-8")
    (HERE / f"{mod.SLUG}.truth.md").write_text(mod.TRUTH.lstrip("\n"), encoding="utf-8")
    return folder


def paths_in(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from paths_in(v)
    elif isinstance(node, list):
        for v in node:
            yield from paths_in(v)
    elif isinstance(node, str) and re.fullmatch(r"(denial|clinical|other)/[\w.\-]+", node.strip()):
        yield node.strip()


def self_check(mod, folder):
    problems = []
    name = mod.SLUG[:2]
    case_text = (folder / "case.yaml").read_text(encoding="utf-8")
    truth_text = (HERE / f"{mod.SLUG}.truth.md").read_text(encoding="utf-8")
    if "FICTIONAL" not in case_text.splitlines()[0]:
        problems.append(f"{name}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth_text.splitlines()[0]:
        problems.append(f"{name}: truth first line lacks FICTIONAL")
    data = YAML(typ="safe").load(case_text)
    for rel in set(paths_in(data)):
        if not (folder / rel).is_file():
            problems.append(f"{name}: case.yaml names missing file {rel}")
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != "case.yaml" and rel not in mod.DOCS:
                problems.append(f"{name}: stray file {rel}")
    for rel in mod.DOCS:
        if rel.split("/")[0] not in FOLDERS:
            problems.append(f"{name}: document outside denial/clinical/other: {rel}")
        text = (folder / rel).read_text(encoding="utf-8")
        if not (text.startswith(HEADER) and text.endswith(FOOTER)):
            problems.append(f"{name}: {rel} lacks FICTIONAL header/footer")
    pos = -1
    for h in HEADINGS:
        at = truth_text.find("\n" + h + "\n")
        if at <= pos:
            problems.append(f"{name}: truth heading missing or out of order: {h}")
        pos = at
    everything = {"case.yaml": case_text, "truth": truth_text}
    for rel in mod.DOCS:
        everything[rel] = (folder / rel).read_text(encoding="utf-8")
    for where, text in everything.items():
        for m in re.finditer(r"\(?\b(\d{3})\)?[ .-](\d{3})-(\d{4})\b", text):
            if m.group(2) != "555" or not ("0100" <= m.group(3) <= "0199"):
                problems.append(f"{name}: {where}: phone {m.group(0)} is not 555-01xx")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([a-z]+)", text):
            if m.group(2) != "example":
                problems.append(f"{name}: {where}: e-mail {m.group(0)} not on .example")
        for m in re.finditer(r"NPI:?\s*\"?(\d{10})", text, re.I):
            if not npi_ok(m.group(1)):
                problems.append(f"{name}: {where}: NPI {m.group(1)} fails its check digit")
    if len(mod.ANSWERS) != 16:
        problems.append(f"{name}: {len(mod.ANSWERS)} expected answers, not 16")
    for question, answer, where in mod.ANSWERS:
        if where not in everything:
            problems.append(f"{name}: answer source {where} is not a file of the case")
        elif norm(answer) not in norm(everything[where]):
            problems.append(f"{name}: answer to '{question}' ({answer!r}) not printed in {where}")
    return problems


def main(argv):
    run_check = "--check" in argv
    wanted = [a for a in argv if a.isdigit()]
    numbers = wanted or [f"{i:02d}" for i in range(1, 9)]
    problems, answers, outputs = [], {}, []
    for num in numbers:
        mod = importlib.import_module(f"case{num}")
        folder = write_case(mod)
        problems += self_check(mod, folder)
        answers[mod.SLUG] = [{"question": q, "answer": a, "where": w} for q, a, w in mod.ANSWERS]
        if run_check:
            res = subprocess.run([str(APPEAL_KIT), "check", str(folder)], capture_output=True, text=True)
            outputs.append(f"===== {mod.SLUG}: exit {res.returncode}\n{res.stdout}{res.stderr}")
            if res.returncode != 0:
                problems.append(f"{num}: appeal-kit check exit {res.returncode}")
    if not wanted:
        (HERE / "expected-answers.json").write_text(json.dumps(answers, indent=1) + "\n", encoding="utf-8")
    if run_check:
        out = HERE / ("check-output-partial.txt" if wanted else "check-output.txt")
        out.write_text("\n".join(outputs), encoding="utf-8")
    for p in problems:
        print("PROBLEM:", p)
    total = sum(len(v) for v in answers.values())
    print(f"{len(numbers)} cases, {total} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main(sys.argv[1:]))
