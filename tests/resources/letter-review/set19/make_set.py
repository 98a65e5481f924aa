"""Delete and rewrite every case folder and truth file of letters set 19, then self-check.

Run: /work/main/.venv/bin/python make_set.py      (FICTIONAL test material)
"""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import cases_a  # noqa: E402
import cases_b  # noqa: E402
from render import write_case  # noqa: E402

ROOT = Path(__file__).parent


def main():
    cases = cases_a.CASES + cases_b.CASES
    for p in ROOT.iterdir():
        if p.is_dir() and p.name[:2].isdigit():
            shutil.rmtree(p)
        elif p.name.endswith(".truth.md"):
            p.unlink()
    problems, n_expected = [], 0
    for case in cases:
        problems += write_case(ROOT, case)
        n_expected += len(case["expected"])
    print(f"{len(cases)} cases, {n_expected} expected answers, {len(problems)} problems")
    for p in problems:
        print("  PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
