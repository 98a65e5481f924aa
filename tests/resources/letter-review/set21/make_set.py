"""Write letters review set 21 (FICTIONAL) and check it.

Run: /work/main/.venv/bin/python make_set.py
Deletes and rewrites every case folder and truth file from the data in cases_a.py (01-04) and cases_b.py
(05-08), then self-checks (render.check_case) and prints one line per problem and a last summary line.
Edit the data modules, not the folders.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cases_a  # noqa: E402
import cases_b  # noqa: E402
from render import check_case, write_case  # noqa: E402

ROOT = Path(__file__).resolve().parent


def main() -> int:
    cases = cases_a.CASES + cases_b.CASES
    slugs = [c["slug"] for c in cases]
    if len(set(slugs)) != len(slugs):
        print("duplicate slugs")
        return 1
    problems: list[str] = []
    for case in cases:
        write_case(ROOT, case)
    for case in cases:
        problems += check_case(ROOT, case)
    for line in problems:
        print(line)
    expected = sum(len(c["expected"]) for c in cases)
    print(f"{len(cases)} cases, {expected} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
