"""Rebuild letters set 17 (FICTIONAL): deletes and rewrites every case folder and truth file, then self-checks.

Run: /work/main/.venv/bin/python make_set.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import cases_a  # noqa: E402
import cases_b  # noqa: E402
from render import write_case  # noqa: E402

ROOT = Path(__file__).parent


def main():
    problems, n_expect, n_cases = [], 0, 0
    for case in cases_a.CASES + cases_b.CASES:
        p, n = write_case(ROOT, case)
        problems += p
        n_expect += n
        n_cases += 1
    for p in problems:
        print("PROBLEM:", p)
    print(f"{n_cases} cases, {n_expect} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
