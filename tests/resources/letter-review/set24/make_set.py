"""Write and self-check set 24's FICTIONAL case folders and truth files.

Run: /work/main/.venv/bin/python make_set.py [--check]
Data: case01.py ... case08.py (SLUG, CASE_YAML, DOCS, TRUTH, ANSWERS); writing and checking: render.py.
With --check it also runs `appeal-kit check` on each folder and writes check-output.txt.
"""
import importlib
import subprocess
import sys
from pathlib import Path

import render

ROOT = Path(__file__).resolve().parent
CASES = [f"case{n:02d}" for n in range(1, 9)]
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"


def main(argv):
    mods = []
    for name in CASES:
        if (ROOT / f"{name}.py").exists():
            mods.append(importlib.import_module(name))
    total = problems_total = 0
    lines = []
    for mod in mods:
        render.write_case(ROOT, mod)
        problems = render.self_check(ROOT, mod)
        for p in problems:
            lines.append(f"  PROBLEM {mod.SLUG}: {p}")
        lines.append(f"{mod.SLUG}: {len(mod.ANSWERS)} expected answers, {len(problems)} problems")
        total += len(mod.ANSWERS)
        problems_total += len(problems)
    lines.append(f"{len(mods)} cases, {total} expected answers, {problems_total} problems")
    out = "\n".join(lines) + "\n"
    print(out, end="")
    (ROOT / "generator-output.txt").write_text(out, encoding="utf-8")
    if "--check" in argv:
        chunks = []
        for mod in mods:
            r = subprocess.run([APPEAL_KIT, "check", mod.SLUG], cwd=ROOT, capture_output=True, text=True)
            chunks.append(f"== {mod.SLUG}/\n{r.stdout}{r.stderr}exit {r.returncode}\n")
            print(f"check {mod.SLUG}: exit {r.returncode}")
        (ROOT / "check-output.txt").write_text("".join(chunks), encoding="utf-8")
    return 1 if problems_total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
