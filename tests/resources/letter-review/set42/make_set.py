"""Rebuild letters set 42 (FICTIONAL, written blind for issue 18) deterministically and self-check it.

Usage: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
--check also runs `appeal-kit check` on every folder made and writes check-output.txt (check-output-partial.txt when
case numbers are named)."""
import importlib, sys
sys.dont_write_bytecode = True
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render  # noqa: E402

ALL = [f"{i:02d}" for i in range(1, 9)]


def main(argv):
    do_check = "--check" in argv
    nums = [a for a in argv if a != "--check"] or ALL
    problems, answers, made, check_lines, rc_all = [], 0, 0, [], 0
    for n in nums:
        try:
            mod = importlib.import_module(f"case{n}")
        except ModuleNotFoundError:
            problems.append(f"{n}: no module case{n}.py")
            continue
        probs = render.write_case(mod)
        problems += probs
        answers += len(mod.ANSWERS)
        made += 1
        if do_check:
            rc, out = render.run_check(mod.SLUG)
            rc_all |= rc
            check_lines.append(f"===== {mod.SLUG}: exit {rc}\n{out}")
            if rc:
                problems.append(f"{n}: appeal-kit check exit {rc}")
    if do_check:
        name = "check-output.txt" if nums == ALL else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(check_lines))
    for p in problems:
        print("PROBLEM", p)
    print(f"{made} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
