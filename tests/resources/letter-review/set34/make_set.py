"""Rebuild letters review set 34 (FICTIONAL) from case01.py ... case08.py, deterministically, and self-check it.

Usage (from this folder):
  /work/main/.venv/bin/python make_set.py            # write every case folder and truth file, self-check
  /work/main/.venv/bin/python make_set.py --check    # also run `appeal-kit check` on each folder -> check-output.txt
  /work/main/.venv/bin/python make_set.py 03 05      # only those cases (with --check: check-output-partial.txt)
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render  # noqa: E402

ALL = [f"{n:02d}" for n in range(1, 9)]


def main(argv: list[str]) -> int:
    do_check = "--check" in argv
    wanted = [a for a in argv if a != "--check"] or ALL
    problems: list[str] = []
    answers = 0
    check_lines: list[str] = []
    check_failed = False
    for num in wanted:
        mod = importlib.import_module(f"case{num}")
        render.write_case(mod)
        found = render.self_check(mod)
        problems += found
        answers += len(mod.ANSWERS)
        print(f"case {num}: {mod.SLUG}: {len(mod.ANSWERS)} answers, {len(found)} problems")
        for p in found:
            print("  PROBLEM", p)
        if do_check:
            rc, out = render.run_check(mod)
            check_failed |= rc != 0
            print(f"  appeal-kit check exit {rc}")
            check_lines.append(f"===== {mod.SLUG}: appeal-kit check exit {rc}\n{out.rstrip()}\n")
    if do_check:
        name = "check-output.txt" if wanted == ALL else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(check_lines), encoding="utf-8")
    print(f"{len(wanted)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems or check_failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
