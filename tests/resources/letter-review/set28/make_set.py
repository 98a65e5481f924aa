"""Make the set 28 case folders (FICTIONAL) from case01.py ... case08.py and self-check them.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
"""
import importlib
import sys

import render


def main(argv):
    do_check = "--check" in argv
    wanted = [a for a in argv if a.isdigit()]
    nums = wanted or [f"{i:02d}" for i in range(1, 9)]
    total = probs = 0
    made = 0
    out = []
    for nn in nums:
        try:
            mod = importlib.import_module(f"case{nn}")
        except ModuleNotFoundError:
            continue
        n, problems = render.write_case(mod)
        made += 1
        total += n
        probs += len(problems)
        print(f"case {nn} {mod.SLUG}: {n} expected answers, {len(problems)} problems")
        for p in problems:
            print("  PROBLEM:", p)
        if do_check:
            rc, text = render.check(mod)
            print(f"check {mod.SLUG}: exit {rc}")
            out.append(f"== {mod.SLUG}/\n{text}exit {rc}\n")
    if do_check and out:
        name = "check-output.txt" if not wanted else "check-output-partial.txt"
        (render.HERE / name).write_text("\n".join(out))
    print(f"{made} cases, {total} expected answers, {probs} problems")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
