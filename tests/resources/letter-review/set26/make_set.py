"""Make the set 26 case folders and truth files (FICTIONAL), then self-check them.

  /work/main/.venv/bin/python make_set.py            # every case
  /work/main/.venv/bin/python make_set.py 03 04      # only those cases
  /work/main/.venv/bin/python make_set.py --check    # also run `appeal-kit check` on each folder

Edit the data modules (caseNN.py), not the folders: every run deletes and rewrites them.
"""
import importlib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import render  # noqa: E402

APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"


def main(argv):
    run_check = "--check" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    numbers = sorted(
        name[4:6] for name in os.listdir(HERE) if name.startswith("case") and name.endswith(".py")
    )
    if wanted:
        numbers = [n for n in numbers if n in wanted]
    out = []
    problems = []
    answers = 0
    check_lines = []
    for n in numbers:
        mod = importlib.import_module(f"case{n}")
        render.write_case(mod, HERE)
        found = render.check_case(mod, HERE)
        problems += found
        answers += len(mod.ANSWERS)
        out.append(f"case {n} {mod.SLUG}: {len(mod.ANSWERS)} expected answers, {len(found)} problems")
        for p in found:
            out.append("  PROBLEM " + p)
        if run_check:
            r = subprocess.run([APPEAL_KIT, "check", mod.SLUG + "/"], cwd=HERE, capture_output=True, text=True)
            check_lines.append(f"== {mod.SLUG}/\n{r.stdout}{r.stderr}exit {r.returncode}\n")
            out.append(f"check {mod.SLUG}: exit {r.returncode}")
    out.append(f"{len(numbers)} cases, {answers} expected answers, {len(problems)} problems")
    text = "\n".join(out) + "\n"
    print(text, end="")
    if not wanted:
        with open(os.path.join(HERE, "generator-output.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        if run_check:
            with open(os.path.join(HERE, "check-output.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(check_lines))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
