#!/usr/bin/env python3
"""Rebuild letters set 58 (FICTIONAL, written blind for issue 18) and check it.

Run with appeal-kit's venv:  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Data: case01.py ... case08.py (SLUG, CASE_YAML, DOCS, TRUTH, ANSWERS). This file deletes and rewrites each
case folder and its truth file from them, then self-checks; --check also runs `appeal-kit check` on each
folder and writes check-output.txt (check-output-partial.txt when case numbers are named).
Deterministic: no clock, no randomness; the same data gives the same bytes.
"""
from __future__ import annotations

import importlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = Path("/work/main/.venv/bin/appeal-kit")
HEADER = "FICTIONAL - invented for a blind test set (letters set 58); not a real person, plan, clinic or number.\n\n"
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
    """Luhn check over the 80840 prefix (CMS's NPI check digit)."""
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


def write_case(mod) -> list[str]:
    problems: list[str] = []
    folder = HERE / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"), encoding="utf-8")
    texts = {"case.yaml": mod.CASE_YAML, "truth": mod.TRUTH}
    for rel, body in mod.DOCS.items():
        top = rel.split("/")[0]
        if top not in FOLDERS or rel.count("/") != 1:
            problems.append(f"{mod.SLUG}: document outside denial/, clinical/, other/: {rel}")
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        full = HEADER + body.strip("\n") + FOOTER
        path.write_text(full, encoding="utf-8")
        texts[rel] = full
    truth_path = HERE / f"{mod.SLUG}.truth.md"
    truth_path.write_text(mod.TRUTH.lstrip("\n"), encoding="utf-8")

    # case.yaml parses, is marked FICTIONAL, names only files that exist
    data = YAML(typ="safe").load(io.StringIO(mod.CASE_YAML))
    if not mod.CASE_YAML.lstrip().startswith("# FICTIONAL"):
        problems.append(f"{mod.SLUG}: case.yaml first line not marked FICTIONAL")
    for ref in re.findall(r"((?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt)", mod.CASE_YAML):
        if not (folder / ref).is_file():
            problems.append(f"{mod.SLUG}: case.yaml names missing file {ref}")
    # no stray file
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != "case.yaml" and rel not in mod.DOCS:
                problems.append(f"{mod.SLUG}: stray file {rel}")
    # truth file: FICTIONAL on line 1, five headings in order
    first = mod.TRUTH.lstrip("\n").splitlines()[0]
    if "FICTIONAL" not in first:
        problems.append(f"{mod.SLUG}: truth file first line not marked FICTIONAL")
    pos = -1
    for h in HEADINGS:
        i = mod.TRUTH.find("\n" + h + "\n")
        if i <= pos:
            problems.append(f"{mod.SLUG}: truth heading missing or out of order: {h}")
        pos = i
    # expected answers: 16, each printed in the document it names
    if len(mod.ANSWERS) != 16:
        problems.append(f"{mod.SLUG}: {len(mod.ANSWERS)} expected answers, not 16")
    for q, a, src in mod.ANSWERS:
        if src not in texts:
            problems.append(f"{mod.SLUG}: answer source {src} unknown ({q})")
        elif norm(a) not in norm(texts[src]):
            problems.append(f"{mod.SLUG}: answer {a!r} not in {src} ({q})")
    # phones, e-mail, NPIs
    for name, text in texts.items():
        for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}", text):
            if not re.fullmatch(r"\(\d{3}\) 555-01\d\d", ph):
                problems.append(f"{mod.SLUG}: {name}: phone not 555-01xx: {ph}")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not em.endswith(".example"):
                problems.append(f"{mod.SLUG}: {name}: e-mail not on .example: {em}")
        for npi in re.findall(r"NPI:? \"?(\d{10})", text) + re.findall(r"npi: \"(\d{10})\"", text):
            if not npi_ok(npi):
                problems.append(f"{mod.SLUG}: {name}: NPI fails its check digit: {npi}")
    if not isinstance(data, dict) or "patient" not in data:
        problems.append(f"{mod.SLUG}: case.yaml has no patient")
    return problems


def main(argv: list[str]) -> int:
    check = "--check" in argv
    wanted = [a for a in argv if a.isdigit()]
    numbers = wanted or [f"{n:02d}" for n in range(1, 9)]
    problems: list[str] = []
    mods = []
    for nn in numbers:
        mod = importlib.import_module(f"case{int(nn):02d}")
        mods.append(mod)
        found = write_case(mod)
        problems += found
        print(f"case {nn}: {mod.SLUG}: {len(mod.ANSWERS)} expected answers, {len(found)} problems")
    for p in problems:
        print("PROBLEM:", p)
    total = sum(len(m.ANSWERS) for m in mods)
    print(f"{len(mods)} cases, {total} expected answers, {len(problems)} problems")
    rc = 1 if problems else 0
    if check:
        out = []
        for mod in mods:
            res = subprocess.run([str(APPEAL_KIT), "check", str(HERE / mod.SLUG)], capture_output=True, text=True)
            out.append(f"===== {mod.SLUG}: exit {res.returncode}\n{res.stdout}{res.stderr}")
            print(f"check {mod.SLUG}: exit {res.returncode}")
            if res.returncode != 0:
                rc = 1
        name = "check-output-partial.txt" if wanted else "check-output.txt"
        (HERE / name).write_text("\n".join(out), encoding="utf-8")
    return rc


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main(sys.argv[1:]))
