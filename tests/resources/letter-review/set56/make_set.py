"""FICTIONAL test-set generator for letters review set 56 (issue 18). Written blind; my own code.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Deletes and rewrites each case folder (case.yaml, documents in denial/, clinical/, other/) and its
NN-slug.truth.md from the data modules case01.py ... case08.py, then self-checks every case:
  - every expected answer (16 per case) is printed in the document it names (case- and
    whitespace-normalized; "truth" = the truth file, "case.yaml" = the case file);
  - every case-folder path named in case.yaml exists; no stray file; documents only in denial/, clinical/, other/;
  - case.yaml and truth file marked FICTIONAL on their first line; truth file has the five headings in order;
  - every document carries the FICTIONAL header and footer (added here);
  - phones are 555-01xx, e-mail addresses on .example domains, NPIs pass the Luhn check (80840 prefix).
--check also runs `appeal-kit check` on every folder and writes check-output.txt (check-output-partial.txt
when only some cases are named).
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
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes, strongest first",
    "## What a letter must NOT say",
]
HEADER = "FICTIONAL - invented for a blind test set (set 56); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"


def npi_ok(npi: str) -> bool:
    """Luhn check over the 80840 prefix (CMS's published method)."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    digits = "80840" + npi[:9]
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[9])


def make_npi(base9: str) -> str:
    for last in "0123456789":
        if npi_ok(base9 + last):
            return base9 + last
    raise ValueError(base9)


assert npi_ok("1234567893"), "NPI check digit method wrong"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def yaml_paths(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, str) and re.match(r"^(denial|clinical|other)/", v):
                out.append(v)
            else:
                yaml_paths(v, out)
    elif isinstance(node, list):
        for v in node:
            if isinstance(v, str) and re.match(r"^(denial|clinical|other)/", v):
                out.append(v)
            else:
                yaml_paths(v, out)


def build(mod):
    problems = []
    folder = HERE / mod.SLUG
    truth = HERE / f"{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"))
    for rel, text in mod.DOCS.items():
        if not re.match(r"^(denial|clinical|other)/[a-z0-9.\-]+\.txt$", rel):
            problems.append(f"{mod.SLUG}: bad document path {rel}")
        p = folder / rel
        p.parent.mkdir(exist_ok=True)
        p.write_text(HEADER + text.strip("\n") + FOOTER)
    truth.write_text(mod.TRUTH.lstrip("\n"))

    # case.yaml parses, names existing files
    data = YAML(typ="safe").load((folder / "case.yaml").read_text())
    paths = []
    yaml_paths(data, paths)
    for rel in paths:
        if not (folder / rel).exists():
            problems.append(f"{mod.SLUG}: case.yaml names missing {rel}")
    # stray files
    for p in folder.rglob("*"):
        if p.is_file():
            rel = str(p.relative_to(folder))
            if rel != "case.yaml" and rel not in mod.DOCS:
                problems.append(f"{mod.SLUG}: stray file {rel}")
    # FICTIONAL marks
    if "FICTIONAL" not in (folder / "case.yaml").read_text().splitlines()[0]:
        problems.append(f"{mod.SLUG}: case.yaml first line not FICTIONAL")
    ttext = truth.read_text()
    if "FICTIONAL" not in ttext.splitlines()[0]:
        problems.append(f"{mod.SLUG}: truth first line not FICTIONAL")
    pos = [ttext.find(h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{mod.SLUG}: truth headings missing or out of order {pos}")
    # answers
    if len(mod.ANSWERS) != 16:
        problems.append(f"{mod.SLUG}: {len(mod.ANSWERS)} answers, want 16")
    for q, a, where in mod.ANSWERS:
        if where == "truth":
            hay = ttext
        elif where == "case.yaml":
            hay = (folder / "case.yaml").read_text()
        else:
            hay = (folder / where).read_text() if (folder / where).exists() else ""
        if norm(a) not in norm(hay):
            problems.append(f"{mod.SLUG}: answer {a!r} ({q}) not in {where}")
    # phones, e-mail, NPIs across everything written
    alltext = (folder / "case.yaml").read_text() + ttext + "".join(
        (folder / r).read_text() for r in mod.DOCS)
    for m in re.finditer(r"\(\d{3}\) (\d{3})-(\d{4})|\b\d{3}-(\d{3})-(\d{4})\b", alltext):
        ex, num = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if ex != "555" or not num.startswith("01"):
            problems.append(f"{mod.SLUG}: phone not 555-01xx: {m.group(0)}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+(\w+)", alltext):
        if m.group(2) != "example":
            problems.append(f"{mod.SLUG}: e-mail not .example: {m.group(0)}")
    for m in re.finditer(r"NPI[:\s\"]*(\d{10})|npi: \"(\d{10})\"", alltext):
        n = m.group(1) or m.group(2)
        if not npi_ok(n):
            problems.append(f"{mod.SLUG}: NPI fails check digit: {n}")
    for rel, text in mod.DOCS.items():
        body = (folder / rel).read_text()
        if not body.startswith(HEADER) or not body.endswith(FOOTER):
            problems.append(f"{mod.SLUG}: {rel} lacks FICTIONAL header/footer")
    return folder, problems


def main(argv):
    check = "--check" in argv
    nums = [a for a in argv if re.fullmatch(r"\d\d", a)] or [f"{i:02d}" for i in range(1, 9)]
    sys.path.insert(0, str(HERE))
    all_problems, outputs, n_answers = [], [], 0
    for n in nums:
        mod = importlib.import_module(f"case{n}")
        folder, problems = build(mod)
        n_answers += len(mod.ANSWERS)
        all_problems += problems
        print(f"{n} {mod.SLUG}: {len(problems)} problems")
        for p in problems:
            print("   ", p)
        if check:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            outputs.append(f"===== {mod.SLUG}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"   appeal-kit check exit {r.returncode}")
            if r.returncode != 0:
                all_problems.append(f"{mod.SLUG}: check exit {r.returncode}")
    if check:
        name = "check-output.txt" if len(nums) == 8 else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(outputs))
    print(f"{len(nums)} cases, {n_answers} expected answers, {len(all_problems)} problems")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
