#!/usr/bin/env python3
"""FICTIONAL letters review set 62 (issue 18): rebuild every case folder from data62.py, deterministically.

Run with appeal-kit's venv:  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
- deletes and rewrites each case folder (case.yaml + documents in denial/, clinical/, other/) and its truth file;
- self-checks: every expected answer is printed in the file it names (whitespace- and case-normalized), every
  case-folder path named in case.yaml exists, no stray files, FICTIONAL marks on case.yaml, truth file and every
  document, the five truth headings in order, 16 answers per case, phones 555-01xx, e-mail on .example, NPI check
  digits;
- with --check: runs `appeal-kit check FOLDER` on each and writes check-output.txt (check-output-partial.txt when
  case numbers are named).
Everything here is invented (FICTIONAL).
"""
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data62  # noqa: E402

HEAD = "FICTIONAL - invented for a blind test set (set 62); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
APPKIT = "/work/main/.venv/bin/appeal-kit"


def npi_ok(npi: str) -> bool:
    digits = "80840" + npi[:-1]
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[-1])


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def paths_in(node, out):
    if isinstance(node, dict):
        for v in node.values():
            paths_in(v, out)
    elif isinstance(node, list):
        for v in node:
            paths_in(v, out)
    elif isinstance(node, str) and re.fullmatch(r"(denial|clinical|other)/[\w.\-]+", node):
        out.add(node)


def build(case) -> list:
    problems = []
    slug = case["SLUG"]
    folder = HERE / slug
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(case["CASE_YAML"].lstrip("\n"))
    texts = {"case.yaml": case["CASE_YAML"]}
    for rel, body in case["DOCS"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        text = HEAD + body.strip("\n") + FOOT
        p.write_text(text)
        texts[rel] = text
        if rel.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"{slug}: {rel} outside denial/clinical/other")
    truth = case["TRUTH"].lstrip("\n")
    (HERE / f"{slug}.truth.md").write_text(truth)
    texts["truth"] = truth
    # YAML parses, first line FICTIONAL
    y = YAML(typ="safe")
    try:
        data = y.load(io.StringIO(case["CASE_YAML"]))
    except Exception as e:  # noqa: BLE001
        problems.append(f"{slug}: case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in case["CASE_YAML"].lstrip("\n").splitlines()[0]:
        problems.append(f"{slug}: case.yaml first line not FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{slug}: truth first line not FICTIONAL")
    pos = [truth.find(h + "\n") for h in HEADINGS]
    if any(p < 0 for p in pos) or pos != sorted(pos):
        problems.append(f"{slug}: truth headings missing or out of order")
    # paths named in case.yaml exist; no stray files
    named = set()
    paths_in(data, named)
    for rel in sorted(named):
        if not (folder / rel).exists():
            problems.append(f"{slug}: case.yaml names missing file {rel}")
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    stray = on_disk - set(case["DOCS"]) - {"case.yaml"}
    if stray:
        problems.append(f"{slug}: stray files {sorted(stray)}")
    # answers
    answers = case["ANSWERS"]
    if len(answers) != 16:
        problems.append(f"{slug}: {len(answers)} answers, not 16")
    for q, a, where in answers:
        if where not in texts:
            problems.append(f"{slug}: answer '{q}' names unknown source {where}")
        elif norm(a) not in norm(texts[where]):
            problems.append(f"{slug}: answer '{q}' = '{a}' not found in {where}")
    # phones, e-mail, NPIs
    for name, text in texts.items():
        for m in re.finditer(r"\(\d{3}\) (\d{3})-(\d{4})", text):
            if m.group(1) != "555" or not m.group(2).startswith("01"):
                problems.append(f"{slug}: {name}: phone {m.group(0)} not 555-01xx")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+(\w+)", text):
            if m.group(2) != "example":
                problems.append(f"{slug}: {name}: e-mail {m.group(0)} not .example")
        for m in re.finditer(r"NPI:? \"?(\d{10})", text):
            if not npi_ok(m.group(1)):
                problems.append(f"{slug}: {name}: NPI {m.group(1)} fails its check digit")
    for m in re.finditer(r'npi: "(\d{10})"', case["CASE_YAML"]):
        if not npi_ok(m.group(1)):
            problems.append(f"{slug}: case.yaml NPI {m.group(1)} fails its check digit")
    return problems


def main(argv):
    check = "--check" in argv
    wanted = [a for a in argv if a.isdigit()]
    cases = [c for c in data62.CASES if not wanted or c["SLUG"][:2] in wanted]
    problems, n_answers = [], 0
    for c in cases:
        p = build(c)
        problems += p
        n_answers += len(c["ANSWERS"])
        print(f"{c['SLUG']}: {len(c['DOCS'])} documents, {len(c['ANSWERS'])} answers, {len(p)} problems")
    for p in problems:
        print("PROBLEM:", p)
    if check:
        out = []
        for c in cases:
            r = subprocess.run([APPKIT, "check", str(HERE / c["SLUG"])], capture_output=True, text=True)
            out.append(f"=== {c['SLUG']} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            if r.returncode != 0:
                problems.append(f"{c['SLUG']}: check exit {r.returncode}")
                print(f"PROBLEM: {c['SLUG']}: check exit {r.returncode}")
        name = "check-output-partial.txt" if wanted else "check-output.txt"
        (HERE / name).write_text("\n".join(out))
    print(f"{len(cases)} cases, {n_answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
