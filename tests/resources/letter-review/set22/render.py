"""Writing and self-checking of the FICTIONAL blind review set 22 (issue 18).

Each case is a dict made in cases_a.py / cases_b.py:
  slug   : folder name (NN-short-description)
  yaml   : the whole text of case.yaml (starts with a FICTIONAL comment)
  docs   : {relative path: body text}; the header and footer below are added here
  truth  : the truth file's markdown (five headings)
  expect : [(relative path, phrase)]: each phrase must be printed in that document (the facts the truth file
           relies on), compared whitespace- and case-normalized
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

HEADER = ("FICTIONAL - invented for a blind test set (set 22); not a real person, plan, clinic or number.\n\n")
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
TRUTH_HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
]
PATH_RE = re.compile(r"^(denial|clinical|other|literature)/[^\s]+$")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def write_case(root: Path, case: dict) -> None:
    folder = root / case["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "case.yaml").write_text(case["yaml"].lstrip("\n"), encoding="utf-8")
    for rel, body in case["docs"].items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HEADER + body.strip("\n") + FOOTER, encoding="utf-8")
    (root / f"{case['slug']}.truth.md").write_text(case["truth"].lstrip("\n"), encoding="utf-8")


def _paths_in(node, out: list[str]) -> None:
    if isinstance(node, dict):
        for value in node.values():
            _paths_in(value, out)
    elif isinstance(node, list):
        for value in node:
            _paths_in(value, out)
    elif isinstance(node, str) and PATH_RE.match(node.strip()):
        out.append(node.strip())


def check_case(root: Path, case: dict) -> list[str]:
    problems: list[str] = []
    slug = case["slug"]
    folder = root / slug
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    if "FICTIONAL" not in text.splitlines()[0]:
        problems.append(f"{slug}: case.yaml does not start with a FICTIONAL line")
    try:
        data = YAML(typ="safe", pure=True).load(text)
    except YAMLError as exc:  # pragma: no cover - reported, not raised
        return problems + [f"{slug}: case.yaml does not parse: {exc}"]
    named: list[str] = []
    _paths_in(data, named)
    for rel in named:
        if not (folder / rel).is_file():
            problems.append(f"{slug}: case.yaml names {rel}, which does not exist")
    for rel in case["docs"]:
        body = (folder / rel).read_text(encoding="utf-8")
        if not body.startswith("FICTIONAL") or not body.rstrip().endswith("FICTIONAL DOCUMENT - end."):
            problems.append(f"{slug}: {rel} lacks its FICTIONAL header or footer")
    truth = (root / f"{slug}.truth.md").read_text(encoding="utf-8")
    if "FICTIONAL" not in truth:
        problems.append(f"{slug}: truth file not marked FICTIONAL")
    for heading in TRUTH_HEADINGS:
        if heading not in truth:
            problems.append(f"{slug}: truth file lacks the heading {heading!r}")
    for rel, phrase in case["expect"]:
        if rel == "case.yaml":
            body = text
        else:
            path = folder / rel
            if not path.is_file():
                problems.append(f"{slug}: expected answer names {rel}, which does not exist")
                continue
            body = path.read_text(encoding="utf-8")
        if norm(phrase) not in norm(body):
            problems.append(f"{slug}: {rel} does not print the expected answer {phrase!r}")
    return problems
