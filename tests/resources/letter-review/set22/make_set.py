"""Write the FICTIONAL blind review set 22 (issue 18) and check it.

Run: /work/main/.venv/bin/python make_set.py   (from this folder, or with any working directory)
Deletes and rewrites every case folder and truth file named in cases_a.py and cases_b.py, then self-checks:
each expected answer is printed in the document it names, every file case.yaml names exists, case.yaml and the
truth file are marked FICTIONAL, each truth file has the five headings, each document has its FICTIONAL header and
footer. Edit the data modules, not the folders.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a  # noqa: E402
import cases_b  # noqa: E402
from render import check_case, write_case  # noqa: E402


def main() -> int:
    cases = cases_a.CASES + cases_b.CASES
    slugs = [c["slug"] for c in cases]
    if len(set(slugs)) != len(slugs):
        print("duplicate slugs", file=sys.stderr)
        return 2
    problems: list[str] = []
    answers = 0
    for case in cases:
        write_case(HERE, case)
        problems += check_case(HERE, case)
        answers += len(case["expect"])
    for problem in problems:
        print("PROBLEM:", problem)
    print(f"{len(cases)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
