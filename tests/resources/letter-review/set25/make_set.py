"""Make letters review set 25 (FICTIONAL): writes every case folder and truth file from the data modules
case01.py ... case08.py, then self-checks them. `--check` also runs `appeal-kit check` on every folder and writes
check-output.txt. Run with /work/main/.venv/bin/python make_set.py [--check] [NN ...]."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render  # noqa: E402

ALL = ["01", "02", "03", "04", "05", "06", "07", "08"]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    wanted = [a for a in argv if a != "--check"] or ALL
    mods = []
    for n in wanted:
        try:
            mods.append(importlib.import_module(f"case{n}"))
        except ModuleNotFoundError:
            print(f"case{n}.py not written yet: skipped")
    total_answers = total_problems = 0
    lines = []
    for mod in mods:
        render.write_case(mod)
        problems = render.self_check(mod)
        for p in problems:
            print(f"  PROBLEM {mod.SLUG}: {p}")
        line = f"{mod.SLUG}: {len(mod.ANSWERS)} expected answers, {len(problems)} problems"
        print(line)
        total_answers += len(mod.ANSWERS)
        total_problems += len(problems)
    check_out = []
    if check:
        for mod in mods:
            code, out = render.run_check(mod)
            check_out.append(f"== {mod.SLUG}/\n{out.rstrip()}\nexit {code}\n")
            print(f"check {mod.SLUG}: exit {code}")
        (render.HERE / "check-output.txt").write_text("\n".join(check_out), encoding="utf-8")
    print(f"{len(mods)} cases, {total_answers} expected answers, {total_problems} problems")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
