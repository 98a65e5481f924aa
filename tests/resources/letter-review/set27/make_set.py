"""Make letters review set 27 (FICTIONAL): `python make_set.py [--check] [NN ...]`."""
import importlib
import sys

import render

CASES = [f"{i:02d}" for i in range(1, 9)]


def main(argv):
    check = "--check" in argv
    wanted = [a for a in argv if a.isdigit()] or CASES
    total_answers = total_problems = 0
    made = 0
    check_lines = []
    for nn in wanted:
        try:
            mod = importlib.import_module(f"case{nn}")
        except ModuleNotFoundError:
            continue
        folder = render.write_case(mod)
        problems = render.self_check(mod)
        made += 1
        total_answers += len(mod.ANSWERS)
        total_problems += len(problems)
        print(f"case {nn} {mod.SLUG}: {len(mod.ANSWERS)} expected answers, {len(problems)} problems")
        for p in problems:
            print("  PROBLEM:", p)
        if check:
            rc, out = render.run_check(folder)
            print(f"check {mod.SLUG}: exit {rc}")
            check_lines.append(f"== {mod.SLUG}/\n{out.rstrip()}\nexit {rc}\n")
    if check and check_lines:
        (render.HERE / "check-output.txt").write_text("\n".join(check_lines))
    print(f"{made} cases, {total_answers} expected answers, {total_problems} problems")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
