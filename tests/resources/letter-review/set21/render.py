"""Writing and self-checking for letters review set 21 (FICTIONAL test data).

A case is a dict with:
  slug      folder name, "NN-words"
  yaml      the case.yaml text (written as is; must say FICTIONAL)
  files     {relative path: body}; each body is written between a FICTIONAL header and footer
  truth     the truth file's markdown (must say FICTIONAL and have the five headings)
  expected  [(relative path, text)]: each text must be printed in that document
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

HEADER = "FICTIONAL - invented for a blind test set (set 21); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
TRUTH_HEADINGS = (
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
)
DOC_ROOTS = ("denial/", "clinical/", "other/", "literature/")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def write_case(root: Path, case: dict) -> None:
    folder = root / case["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "case.yaml").write_text(case["yaml"].lstrip("\n"), encoding="utf-8")
    for rel, body in case["files"].items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HEADER + body.strip("\n") + FOOTER, encoding="utf-8")
    (root / f"{case['slug']}.truth.md").write_text(case["truth"].lstrip("\n"), encoding="utf-8")


def _paths_named(node, found: list[str]) -> None:
    if isinstance(node, dict):
        for value in node.values():
            _paths_named(value, found)
    elif isinstance(node, list):
        for value in node:
            _paths_named(value, found)
    elif isinstance(node, str) and node.startswith(DOC_ROOTS) and "\n" not in node:
        found.append(node)


def check_case(root: Path, case: dict) -> list[str]:
    problems: list[str] = []
    slug = case["slug"]
    folder = root / slug
    if "FICTIONAL" not in case["yaml"]:
        problems.append(f"{slug}: case.yaml is not marked FICTIONAL")
    if "FICTIONAL" not in case["truth"]:
        problems.append(f"{slug}: truth file is not marked FICTIONAL")
    for heading in TRUTH_HEADINGS:
        if heading not in case["truth"]:
            problems.append(f"{slug}: truth file lacks the heading {heading!r}")
    try:
        data = YAML(typ="safe").load(case["yaml"])
    except YAMLError as exc:  # pragma: no cover - reported, not raised
        problems.append(f"{slug}: case.yaml does not parse: {exc}")
        data = {}
    named: list[str] = []
    _paths_named(data, named)
    for rel in named:
        if not (folder / rel).is_file():
            problems.append(f"{slug}: case.yaml names {rel}, which is not in the folder")
    for rel in case["files"]:
        text = (folder / rel).read_text(encoding="utf-8")
        if not (text.startswith("FICTIONAL") and text.rstrip().endswith("end.")):
            problems.append(f"{slug}: {rel} lacks its FICTIONAL header or footer")
    for rel, want in case["expected"]:
        path = folder / rel
        if not path.is_file():
            problems.append(f"{slug}: expected answer names {rel}, which does not exist")
            continue
        if norm(want) not in norm(path.read_text(encoding="utf-8")):
            problems.append(f"{slug}: {rel} does not print the expected answer {want!r}")
    return problems
