#!/usr/bin/env python3
"""Rebuild letters review set 53 (issue 18) - FICTIONAL cases, written blind.

Run with appeal-kit's venv:  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Deletes and rewrites each case folder and its truth file from the data in cases.py, then self-checks.
--check also runs `appeal-kit check` on every folder made and writes check-output.txt
(check-output-partial.txt when case numbers are named).
"""
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

import cases

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 53); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
]
FOLDERS = ("denial", "clinical", "other")


def npi_ok(npi: str) -> bool:
    """NPI check digit: Luhn over '80840' + the first nine digits."""
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


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def yaml_strings(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from yaml_strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from yaml_strings(v)
    elif isinstance(node, str):
        yield node


def build(case) -> list:
    problems = []
    folder = HERE / case.SLUG
    truth = HERE / f"{case.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(case.CASE_YAML.lstrip("\n"), encoding="utf-8")
    for rel, body in case.DOCS.items():
        if rel.split("/")[0] not in FOLDERS:
            problems.append(f"{case.SLUG}: document outside denial/clinical/other: {rel}")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + body.strip("\n") + FOOTER, encoding="utf-8")
    truth.write_text(case.TRUTH.lstrip("\n"), encoding="utf-8")

    texts = {"truth": truth.read_text(encoding="utf-8"), "case.yaml": (folder / "case.yaml").read_text(encoding="utf-8")}
    for rel in case.DOCS:
        texts[rel] = (folder / rel).read_text(encoding="utf-8")

    # case.yaml parses, and every path it names exists
    try:
        data = YAML(typ="safe").load(io.StringIO(texts["case.yaml"]))
    except Exception as exc:  # noqa: BLE001
        problems.append(f"{case.SLUG}: case.yaml does not parse: {exc}")
        data = {}
    for s in yaml_strings(data):
        if re.fullmatch(r"(denial|clinical|other)/[\w.\-]+", s) and not (folder / s).is_file():
            problems.append(f"{case.SLUG}: case.yaml names a missing file: {s}")
    # no stray files
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != "case.yaml" and rel not in case.DOCS:
                problems.append(f"{case.SLUG}: stray file {rel}")
    # FICTIONAL marks
    if "FICTIONAL" not in texts["case.yaml"].splitlines()[0]:
        problems.append(f"{case.SLUG}: case.yaml first line not marked FICTIONAL")
    if "FICTIONAL" not in texts["truth"].splitlines()[0]:
        problems.append(f"{case.SLUG}: truth file first line not marked FICTIONAL")
    # the five headings, in order, and no others
    heads = [ln.strip() for ln in texts["truth"].splitlines() if ln.startswith("## ")]
    if heads != HEADINGS:
        problems.append(f"{case.SLUG}: truth headings {heads}")
    # expected answers
    if len(case.ANSWERS) != 16:
        problems.append(f"{case.SLUG}: {len(case.ANSWERS)} expected answers, not 16")
    for q, a, where in case.ANSWERS:
        if where not in texts:
            problems.append(f"{case.SLUG}: answer to '{q}' names unknown document {where}")
        elif norm(a) not in norm(texts[where]):
            problems.append(f"{case.SLUG}: answer '{a}' ('{q}') not found in {where}")
    # phones, e-mail, NPIs
    for where, text in texts.items():
        for m in re.finditer(r"\(?\b\d{3}\)?[ -]\d{3}-\d{4}\b", text):
            if not re.search(r"555-01\d\d$", m.group(0)):
                problems.append(f"{case.SLUG}: {where}: phone not 555-01xx: {m.group(0)}")
        for m in re.finditer(r"[\w.+-]+@[\w.-]+", text):
            if not m.group(0).rstrip(".").endswith(".example"):
                problems.append(f"{case.SLUG}: {where}: e-mail not on .example: {m.group(0)}")
        for m in re.finditer(r"NPI:?\s*\"?(\d{10})\b|npi:\s*\"(\d{10})\"", text):
            n = m.group(1) or m.group(2)
            if not npi_ok(n):
                problems.append(f"{case.SLUG}: {where}: NPI fails its check digit: {n}")
    return problems


def main(argv):
    run_check = "--check" in argv
    wanted = [a for a in argv if a.isdigit()]
    chosen = [c for c in cases.ALL if not wanted or c.NUM in wanted]
    problems, answers = [], 0
    for case in chosen:
        found = build(case)
        problems += found
        answers += len(case.ANSWERS)
        print(f"{case.NUM} {case.SLUG}: {len(case.ANSWERS)} answers, {len(found)} problems")
    for p in problems:
        print("PROBLEM:", p)
    if not wanted:
        lines = ["# Set 53 expected answers (FICTIONAL) - written by make_set.py from cases.py; each is checked to appear in",
                 "# the document named (whitespace- and case-normalized). `truth` = the truth file; paths are in the case folder.", ""]
        for case in chosen:
            lines.append(f"## {case.NUM} {case.SLUG}")
            for i, (q, a, where) in enumerate(case.ANSWERS, 1):
                lines.append(f"{i}. {q}: \"{' '.join(a.split())}\" ({where})")
            lines.append("")
        (HERE / "expected-answers.md").write_text("\n".join(lines), encoding="utf-8")
    if run_check:
        out = []
        for case in chosen:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / case.SLUG)], capture_output=True, text=True)
            out.append(f"===== {case.SLUG}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {case.NUM}: exit {r.returncode}")
            if r.returncode != 0:
                problems.append(f"{case.SLUG}: check exit {r.returncode}")
        name = "check-output-partial.txt" if wanted else "check-output.txt"
        (HERE / name).write_text("\n".join(out), encoding="utf-8")
    print(f"{len(chosen)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
