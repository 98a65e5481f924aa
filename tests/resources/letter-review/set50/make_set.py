#!/usr/bin/env python3
"""FICTIONAL blind letters test set 50 (appeal-kit issue 18): deterministic rebuild and self-check.

Run with appeal-kit's venv:  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Each caseNN.py holds SLUG, CASE_YAML (text), DOCS ({relative path: body}), TRUTH (markdown) and ANSWERS
([(question, answer, where)], `where` a document path, "case.yaml" or "truth"). This script deletes and rewrites
each case folder and its truth file, then checks: every answer is printed where it says (whitespace- and
case-normalized), every case-folder path named in case.yaml exists, no stray file, documents only in denial/,
clinical/ or other/, FICTIONAL on the first line of case.yaml and the truth file, the five truth headings in order,
16 answers, phones 555-01xx, e-mail on .example, NPIs pass the Luhn check over the 80840 prefix.
--check also runs `appeal-kit check` on every folder and writes check-output.txt (check-output-partial.txt when
case numbers are named).
"""
import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
HEADER = "FICTIONAL - invented for a blind test set (letters set 50); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
CASES = ["01", "02", "03", "04", "05", "06", "07", "08"]


def npi_ok(npi: str) -> bool:
    if not re.fullmatch(r"\d{10}", npi):
        return False
    digits = "80840" + npi[:9]
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[9])


assert npi_ok("1234567893"), "NPI check digit routine fails CMS's published example"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def paths_in(obj):
    """Every string in the parsed case.yaml that looks like a case-folder path."""
    if isinstance(obj, dict):
        for v in obj.values():
            yield from paths_in(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from paths_in(v)
    elif isinstance(obj, str) and re.fullmatch(r"(denial|clinical|other)/[\w.\-]+", obj.strip()):
        yield obj.strip()


def build(num: str) -> list[str]:
    mod = importlib.import_module(f"case{num}")
    problems = []
    folder = HERE / mod.SLUG
    truth_path = HERE / f"{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"), encoding="utf-8")
    for rel, body in mod.DOCS.items():
        top = rel.split("/")[0]
        if top not in ("denial", "clinical", "other"):
            problems.append(f"{num}: {rel} not in denial/, clinical/ or other/")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + body.strip("\n") + FOOTER, encoding="utf-8")
    truth_path.write_text(mod.TRUTH.lstrip("\n"), encoding="utf-8")

    # checks
    texts = {"case.yaml": (folder / "case.yaml").read_text(), "truth": truth_path.read_text()}
    for rel in mod.DOCS:
        texts[rel] = (folder / rel).read_text()
    data = YAML(typ="safe").load(texts["case.yaml"])
    for rel in sorted(set(paths_in(data))):
        if not (folder / rel).exists():
            problems.append(f"{num}: case.yaml names {rel}, which does not exist")
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    stray = on_disk - set(mod.DOCS) - {"case.yaml"}
    if stray:
        problems.append(f"{num}: stray files {sorted(stray)}")
    if "FICTIONAL" not in texts["case.yaml"].splitlines()[0]:
        problems.append(f"{num}: case.yaml first line not marked FICTIONAL")
    if "FICTIONAL" not in texts["truth"].splitlines()[0]:
        problems.append(f"{num}: truth first line not marked FICTIONAL")
    pos = [texts["truth"].find(h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{num}: truth headings missing or out of order: {pos}")
    if len(mod.ANSWERS) != 16:
        problems.append(f"{num}: {len(mod.ANSWERS)} expected answers, not 16")
    for q, a, where in mod.ANSWERS:
        if where not in texts:
            problems.append(f"{num}: answer source {where} unknown ({q})")
        elif norm(a) not in norm(texts[where]):
            problems.append(f"{num}: answer {a!r} not in {where} ({q})")
    for name, t in texts.items():
        for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", t):
            if not re.search(r"555-01\d\d$", ph):
                problems.append(f"{num}: {name}: phone {ph} not 555-01xx")
        for em in re.findall(r"[\w.+-]+@[\w.-]+", t):
            if not em.rstrip(".").endswith(".example"):
                problems.append(f"{num}: {name}: e-mail {em} not on .example")
        for npi in re.findall(r"NPI:? ?\"?(\d{10})|npi: \"(\d{10})\"", t):
            n = npi[0] or npi[1]
            if not npi_ok(n):
                problems.append(f"{num}: {name}: NPI {n} fails its check digit")
        if name not in ("case.yaml", "truth") and not (t.startswith("FICTIONAL") and t.rstrip().endswith("FICTIONAL DOCUMENT - end.")):
            problems.append(f"{num}: {name}: FICTIONAL header/footer missing")
    return problems


def main(argv):
    sys.path.insert(0, str(HERE))
    check = "--check" in argv
    nums = [a for a in argv if a != "--check"] or CASES
    problems, answers = [], 0
    for n in nums:
        problems += build(n)
        answers += len(importlib.import_module(f"case{n}").ANSWERS)
    for p in problems:
        print("PROBLEM", p)
    out = []
    if check:
        for n in nums:
            slug = importlib.import_module(f"case{n}").SLUG
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / slug)], capture_output=True, text=True)
            out.append(f"===== {slug}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            if r.returncode != 0:
                problems.append(f"{n}: appeal-kit check exit {r.returncode}")
        name = "check-output.txt" if nums == CASES else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out), encoding="utf-8")
    print(f"{len(nums)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
