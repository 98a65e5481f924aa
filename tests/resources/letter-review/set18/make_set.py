"""Rebuild the letters18 set (FICTIONAL): delete and rewrite every case folder and truth file, then self-check.
Run: /work/main/.venv/bin/python make_set.py"""
import glob, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render, cases_a, cases_b

CASES = cases_a.CASES + cases_b.CASES

def main():
    for p in glob.glob(os.path.join(render.HERE, "[0-9][0-9]-*")):
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)
    problems, answers = [], 0
    for case in CASES:
        render.write_case(case)
        for pr in render.self_check(case):
            problems.append(f"{case['slug']}: {pr}")
        answers += len(case["expected"])
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(CASES)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
