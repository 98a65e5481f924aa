"""Make set 33's case folders (FICTIONAL). Usage: make_set.py [--check] [NN ...]"""
import importlib
import subprocess
import sys
from pathlib import Path

import render

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"


def main(argv):
    check = "--check" in argv
    nums = [a for a in argv if a.isdigit()] or [f"{i:02d}" for i in range(1, 9)]
    nums = [n for n in nums if (HERE / f"case{int(n):02d}.py").exists()]
    total_answers = 0
    total_problems = 0
    check_lines = []
    for n in nums:
        mod = importlib.import_module(f"case{int(n):02d}")
        problems = render.write_case(mod)
        total_answers += len(mod.ANSWERS)
        total_problems += len(problems)
        print(f"case {n}: {mod.SLUG}: {len(mod.ANSWERS)} expected answers, {len(problems)} problems")
        for p in problems:
            print("  PROBLEM", p)
        if check:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / mod.SLUG)], capture_output=True, text=True)
            check_lines.append(f"== {mod.SLUG}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"  check exit {r.returncode}")
    if check:
        name = "check-output.txt" if len(nums) == 8 and not [a for a in argv if a.isdigit()] else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(check_lines))
    print(f"{len(nums)} cases, {total_answers} expected answers, {total_problems} problems")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
