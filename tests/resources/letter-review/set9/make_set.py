#!/usr/bin/env python3
"""Rebuild blind letter-review set 9 (issue 18) from scratch - ALL FICTIONAL.

Run: /work/main/.venv/bin/python make_set.py
Writes every case folder (case.yaml + .txt documents) and every NN-slug.truth.md next to this script,
after deleting the old ones, then self-checks:
  - every document, case.yaml and truth file carries the word FICTIONAL;
  - every expected answer (CHECKS of each case) is really printed in the document it names
    (whitespace-normalized, case-sensitive);
  - case.yaml parses as YAML.
"""
import re
import shutil
import sys
from pathlib import Path

from ruamel.yaml import YAML  # a dependency of appeal-kit, so the venv has it
from ruamel.yaml.error import YAMLError

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep the set folder free of __pycache__

import cases_a  # noqa: E402
import cases_b  # noqa: E402

CASES = cases_a.CASES + cases_b.CASES
HEADER = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number.\n\n"
FOOTER = "\nFICTIONAL DOCUMENT.\n"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    problems = []
    for case in CASES:
        slug = case["slug"]
        folder = HERE / slug
        if folder.exists():
            shutil.rmtree(folder)
        (HERE / f"{slug}.truth.md").unlink(missing_ok=True)
        folder.mkdir()
        for sub in ("denial", "clinical", "other"):
            (folder / sub).mkdir()
        (folder / "case.yaml").write_text(case["case_yaml"].lstrip("\n"), encoding="utf-8")
        for rel, text in case["docs"].items():
            p = folder / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(HEADER + text.strip("\n") + "\n" + FOOTER, encoding="utf-8")
        (HERE / f"{slug}.truth.md").write_text(case["truth"].lstrip("\n"), encoding="utf-8")

        # self-checks
        try:
            data = YAML(typ="safe").load((folder / "case.yaml").read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                problems.append(f"{slug}: case.yaml is not a mapping")
        except YAMLError as e:
            problems.append(f"{slug}: case.yaml does not parse: {e}")
        for p in [folder / "case.yaml", HERE / f"{slug}.truth.md", *folder.rglob("*.txt")]:
            if "FICTIONAL" not in p.read_text(encoding="utf-8"):
                problems.append(f"{p.relative_to(HERE)}: no FICTIONAL line")
        for rel, phrase in case["checks"]:
            p = folder / rel
            if not p.exists():
                problems.append(f"{slug}: check names missing file {rel}")
                continue
            if norm(phrase) not in norm(p.read_text(encoding="utf-8")):
                problems.append(f"{slug}: {rel} does not print: {phrase!r}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(CASES)} cases written; {sum(len(c['checks']) for c in CASES)} answer checks; "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
