"""Rebuild letters set 15 (FICTIONAL): deletes and rewrites every case folder and truth file, then self-checks.

Run: /work/main/.venv/bin/python make_set.py   (from any directory)
Data: cases_a.py (cases 01-04), cases_b.py (cases 05-08). Rendering: render.py.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a  # noqa: E402
import cases_b  # noqa: E402
from render import write_case, self_check  # noqa: E402

CASES = cases_a.CASES + cases_b.CASES


def main():
    problems = []
    total_expect = 0
    for case in CASES:
        write_case(HERE, case)
    for case in CASES:
        n, errs = self_check(HERE, case)
        total_expect += n
        problems += errs
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(CASES)} cases, {total_expect} expected answers checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
