#!/usr/bin/env python3
"""FICTIONAL test set 59 (issue 18): rebuild every case folder and truth file, then self-check.

Run with appeal-kit's venv:  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Data lives in caseNN.py (SLUG, CASE_YAML, DOCS, TRUTH, ANSWERS); edit those, never the folders.
--check also runs `appeal-kit check` on each folder and writes check-output.txt (check-output-partial.txt
when case numbers are named).
"""
import importlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
SET = 59
HEADER = f"FICTIONAL - invented for a blind test set (set {SET}); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
ALL = [f"{n:02d}" for n in range(1, 9)]


def npi_ok(npi: str) -> bool:
    """Luhn check over the 80840 prefix (CMS's rule for NPIs)."""
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def truth_text(mod) -> str:
    lines = ["", "**Expected answers (16; each is printed in the document named):**", ""]
    for i, (q, a, where) in enumerate(mod.ANSWERS, 1):
        lines.append(f"{i}. {q} -> \"{a}\" [{where}]")
    return mod.TRUTH.replace("{ANSWERS}", "\n".join(lines))


def build(num: str) -> list:
    mod = importlib.import_module(f"case{num}")
    problems = []
    folder = HERE / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"))
    for rel, body in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + body.strip("\n") + FOOTER)
    truth = truth_text(mod)
    (HERE / f"{mod.SLUG}.truth.md").write_text(truth.lstrip("\n"))

    # --- self-checks ---
    yaml_text = (folder / "case.yaml").read_text()
    try:
        YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as e:  # noqa: BLE001
        problems.append(f"{num}: case.yaml does not parse: {e}")
    if not yaml_text.startswith("# FICTIONAL"):
        problems.append(f"{num}: case.yaml first line not FICTIONAL")
    if not truth.lstrip().startswith("# ") or "FICTIONAL" not in truth.lstrip().splitlines()[0]:
        problems.append(f"{num}: truth first line not FICTIONAL")
    pos = [truth.find(h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{num}: truth headings missing or out of order")
    if len(mod.ANSWERS) != 16:
        problems.append(f"{num}: {len(mod.ANSWERS)} expected answers, not 16")
    for q, a, where in mod.ANSWERS:
        if where == "truth":
            text = truth
        elif where == "case.yaml":
            text = yaml_text
        else:
            f = folder / where
            text = f.read_text() if f.exists() else ""
        if norm(a) not in norm(text):
            problems.append(f"{num}: answer {a!r} not found in {where}")
    named = set(re.findall(r"\b((?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt)", yaml_text))
    for rel in named:
        if not (folder / rel).exists():
            problems.append(f"{num}: case.yaml names missing {rel}")
    for f in folder.rglob("*"):
        if f.is_file():
            rel = f.relative_to(folder).as_posix()
            if rel == "case.yaml":
                continue
            if rel.split("/")[0] not in ("denial", "clinical", "other"):
                problems.append(f"{num}: stray file {rel}")
            elif rel not in mod.DOCS:
                problems.append(f"{num}: file not in DOCS {rel}")
            t = f.read_text()
            if not (t.startswith("FICTIONAL") and t.rstrip().endswith("FICTIONAL DOCUMENT - end.")):
                problems.append(f"{num}: {rel} lacks FICTIONAL header/footer")
    everything = yaml_text + truth + "".join(mod.DOCS.values())
    for m in re.finditer(r"\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b", everything):
        digits = re.sub(r"\D", "", m.group())
        if not (digits[3:6] == "555" and digits[6:8] == "01"):
            problems.append(f"{num}: phone not 555-01xx: {m.group()}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([A-Za-z]+)", everything):
        if m.group(2) != "example":
            problems.append(f"{num}: e-mail not .example: {m.group()}")
    for m in re.finditer(r"(?:NPI[: ]*|npi: \")(\d{10})", everything):
        if not npi_ok(m.group(1)):
            problems.append(f"{num}: NPI fails check digit: {m.group(1)}")
    return problems


def main(argv):
    sys.path.insert(0, str(HERE))
    check = "--check" in argv
    nums = [a for a in argv if a != "--check"] or ALL
    assert npi_ok("1234567893"), "Luhn self-test against CMS's example failed"
    problems, answers = [], 0
    for n in nums:
        p = build(n)
        answers += len(importlib.import_module(f"case{n}").ANSWERS)
        problems += p
        print(f"case {n}: {'ok' if not p else str(len(p)) + ' problem(s)'}")
    for p in problems:
        print("PROBLEM", p)
    if check:
        out = []
        for n in nums:
            mod = importlib.import_module(f"case{n}")
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / mod.SLUG)], capture_output=True, text=True,
                               env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LANGUAGE": "en"})
            out.append(f"=== {mod.SLUG} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            print(f"check {n}: exit {r.returncode}")
            if r.returncode != 0:
                problems.append(f"{n}: check exit {r.returncode}")
        name = "check-output.txt" if nums == ALL else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    print(f"{len(nums)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
