#!/usr/bin/env python3
"""Write letter-review blind set 8 (FICTIONAL) from scratch and check it.

Run:  /work/main/.venv/bin/python make_set.py [--check-tool]
Every case folder (case.yaml and .txt documents in denial/, clinical/, other/) and every NN-slug.truth.md is
rewritten from the data modules cases_a.py and cases_b.py. Self-checks: each expected phrase is printed in the
document it names (whitespace-normalized), every document, case.yaml and truth file says FICTIONAL, every case.yaml
parses as YAML. With --check-tool, also runs `/work/main/.venv/bin/appeal-kit check` on every folder and fails
unless each exits 0.
"""
import pathlib
import re
import shutil
import subprocess
import sys

from ruamel.yaml import YAML

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cases_a import CASES as CASES_A  # noqa: E402
from cases_b import CASES as CASES_B  # noqa: E402

CASES = CASES_A + CASES_B
BANNER = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number.\n\n"
TOOL = "/work/main/.venv/bin/appeal-kit"


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def write_case(case):
    folder = HERE / case["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    for sub in ("denial", "clinical", "other"):
        (folder / sub).mkdir(parents=True)
    (folder / "case.yaml").write_text(case["yaml"], encoding="utf-8")
    for rel, text in case["docs"].items():
        body = text if text.rstrip().endswith("FICTIONAL DOCUMENT.") else text.rstrip() + "\nFICTIONAL DOCUMENT.\n"
        (folder / rel).write_text(BANNER + body, encoding="utf-8")
    (HERE / f"{case['slug']}.truth.md").write_text(case["truth"], encoding="utf-8")


def self_check(case):
    problems = []
    folder = HERE / case["slug"]
    data = YAML(typ="safe").load((folder / "case.yaml").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        problems.append("case.yaml is not a mapping")
    if "FICTIONAL" not in (folder / "case.yaml").read_text(encoding="utf-8"):
        problems.append("case.yaml lacks FICTIONAL")
    if "FICTIONAL" not in case["truth"]:
        problems.append("truth file lacks FICTIONAL")
    for path in folder.rglob("*.txt"):
        if "FICTIONAL" not in path.read_text(encoding="utf-8"):
            problems.append(f"{path.name} lacks FICTIONAL")
    for rel, phrase in case["checks"]:
        path = folder / rel
        if not path.exists():
            problems.append(f"check names a missing file {rel}")
        elif norm(phrase) not in norm(path.read_text(encoding="utf-8")):
            problems.append(f"{rel}: expected phrase not printed: {phrase!r}")
    # every file a case.yaml field names must exist
    for ref in re.findall(r"(?:file|authorization|proof): (\S+\.txt)", case["yaml"]):
        if not (folder / ref).exists():
            problems.append(f"case.yaml names {ref}, which is not written")
    return problems


def main():
    for old in HERE.glob("[0-9][0-9]-*"):
        if old.is_dir():
            shutil.rmtree(old)
        elif old.name.endswith(".truth.md"):
            old.unlink()
    slugs = [c["slug"] for c in CASES]
    assert len(slugs) == len(set(slugs)) == len(CASES), slugs
    failed = False
    for case in CASES:
        write_case(case)
        problems = self_check(case)
        for p in problems:
            print(f"{case['slug']}: {p}")
        failed |= bool(problems)
    if "--check-tool" in sys.argv:
        for case in CASES:
            r = subprocess.run([TOOL, "check", str(HERE / case["slug"])], capture_output=True, text=True)
            print(f"{case['slug']}: appeal-kit check exit {r.returncode}")
            if r.returncode != 0:
                failed = True
                print(r.stdout[-3000:], r.stderr[-3000:])
    print("FAILED" if failed else f"OK: {len(CASES)} cases written and self-checked")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
