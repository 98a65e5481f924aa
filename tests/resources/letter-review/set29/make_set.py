"""Make letters review set 29 (FICTIONAL). Usage: make_set.py [--check] [NN ...]"""
import importlib
import subprocess
import sys
from pathlib import Path

import render

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"


def main(argv):
    check = "--check" in argv
    wanted = [a for a in argv if a != "--check"]
    numbers = wanted or [f"{i:02d}" for i in range(1, 9) if (HERE / f"case{i:02d}.py").exists()]
    sys.path.insert(0, str(HERE))
    total_answers = total_problems = 0
    check_lines = []
    for nn in numbers:
        mod = importlib.import_module(f"case{nn}")
        problems = render.write_case(mod, HERE)
        total_answers += len(mod.ANSWERS)
        total_problems += len(problems)
        print(f"case {nn} {mod.SLUG}: {len(mod.ANSWERS)} expected answers, {len(problems)} problems")
        for p in problems:
            print("  PROBLEM:", p)
        if check:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / mod.SLUG)], capture_output=True, text=True)
            check_lines.append(f"== {mod.SLUG}/\n{r.stdout}{r.stderr}exit {r.returncode}\n")
            print(f"check {mod.SLUG}: exit {r.returncode}")
    if check:
        name = "check-output.txt" if not wanted else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(check_lines))
    print(f"{len(numbers)} cases, {total_answers} expected answers, {total_problems} problems")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
