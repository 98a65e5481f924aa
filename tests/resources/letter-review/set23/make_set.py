"""Rewrite every set 23 case folder and truth file from the data modules, then self-check them.

Run: /work/main/.venv/bin/python make_set.py   (exit 1 when a check fails). FICTIONAL test data.
"""
import importlib
import re
import shutil
import sys
from pathlib import Path

import render

BASE = Path(__file__).resolve().parent
MODULES = [f"case{n:02d}" for n in range(1, 9)]


def main():
    cases = []
    for name in MODULES:
        if (BASE / f"{name}.py").is_file():
            cases.append(importlib.import_module(name))
    slugs = {case.SLUG for case in cases}
    for path in BASE.iterdir():
        if re.match(r"^\d\d-", path.name):
            if path.is_dir():
                shutil.rmtree(path)
            elif path.name.endswith(".truth.md") and path.name[: -len(".truth.md")] not in slugs:
                path.unlink()
    total_answers = 0
    total_problems = 0
    for case in cases:
        render.write_case(case, BASE)
        problems = render.check_case(case, BASE)
        total_answers += len(case.ANSWERS)
        total_problems += len(problems)
        print(f"{case.SLUG}: {len(case.ANSWERS)} expected answers, {len(problems)} problems")
        for problem in problems:
            print(f"  PROBLEM: {problem}")
    print(f"{len(cases)} cases, {total_answers} expected answers, {total_problems} problems")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(BASE))
    sys.exit(main())
