"""Rebuild letters set 20b (FICTIONAL): deletes and rewrites every case folder and truth file, then self-checks.
Run: /work/main/.venv/bin/python make_set.py"""
from pathlib import Path
import render
import cases_a
import cases_b

ROOT = Path(__file__).resolve().parent
CASES = cases_a.CASES + cases_b.CASES

problems = []
n_expect = 0
for case in CASES:
    problems += render.write_case(ROOT, case)
    n_expect += len(case["expect"])
print(f"{len(CASES)} cases, {n_expect} expected answers, {len(problems)} problems")
for p in problems:
    print("  " + p)
raise SystemExit(1 if problems else 0)
