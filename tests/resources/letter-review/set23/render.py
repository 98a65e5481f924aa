"""Write and self-check the set 23 case folders (FICTIONAL test data for appeal-kit, issue 18).

Each case module gives SLUG, CASE_YAML (text), DOCS ({relative path: text}), TRUTH (text) and
ANSWERS ([(relative path of a document, words that must be printed in it)]).
"""
import re
import shutil
from pathlib import Path

from ruamel.yaml import YAML

HEADER = "FICTIONAL - invented for a blind test set (set 23); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes",
    "## What a letter must NOT say",
]
FOLDERS = ("denial/", "clinical/", "other/", "literature/")


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def write_case(case, base):
    folder = base / case.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "case.yaml").write_text(case.CASE_YAML.strip() + "\n", encoding="utf-8")
    for rel, text in case.DOCS.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{HEADER}\n\n{text.strip()}\n\n{FOOTER}\n", encoding="utf-8")
    (base / f"{case.SLUG}.truth.md").write_text(case.TRUTH.strip() + "\n", encoding="utf-8")


def _paths(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _paths(value)
    elif isinstance(node, list):
        for value in node:
            yield from _paths(value)
    elif isinstance(node, str) and node.startswith(FOLDERS) and "\n" not in node:
        yield node


def check_case(case, base):
    problems = []
    folder = base / case.SLUG
    data = YAML(typ="safe").load((folder / "case.yaml").read_text(encoding="utf-8"))
    if "FICTIONAL" not in case.CASE_YAML:
        problems.append("case.yaml is not marked FICTIONAL")
    for rel in sorted(set(_paths(data))):
        if not (folder / rel).is_file():
            problems.append(f"case.yaml names {rel}, which does not exist")
    for rel in case.DOCS:
        text = (folder / rel).read_text(encoding="utf-8")
        if not text.startswith(HEADER) or not text.rstrip().endswith(FOOTER):
            problems.append(f"{rel}: FICTIONAL header or footer missing")
    for rel, words in case.ANSWERS:
        if rel not in case.DOCS:
            problems.append(f"answer names {rel}, which is not a document of the case")
            continue
        if norm(words) not in norm(case.DOCS[rel]):
            problems.append(f"{rel}: expected answer not printed: {words!r}")
    if "FICTIONAL" not in case.TRUTH:
        problems.append("truth file is not marked FICTIONAL")
    for heading in HEADINGS:
        if heading not in case.TRUTH:
            problems.append(f"truth file lacks the heading {heading!r}")
    return problems
