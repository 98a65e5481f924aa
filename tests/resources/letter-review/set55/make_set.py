"""Rebuild letters review set 55 (FICTIONAL cases) and self-check it.

    /work/main/.venv/bin/python make_set.py            # all eight cases
    /work/main/.venv/bin/python make_set.py 03 05      # only those (check output goes to check-output-partial.txt)
    /work/main/.venv/bin/python make_set.py --check    # also run `appeal-kit check` on each folder -> check-output.txt

Data live in case01.py ... case08.py (SLUG, CASE_YAML, DOCS, TRUTH, ANSWERS); edit those, never the folders.
Deterministic: the same data always write the same bytes.
"""
import importlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

import npi

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 55); not a real person, plan, clinic or number.\n\n"
FOOTER = "\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
DIRS = ("denial", "clinical", "other")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def truth_text(mod) -> str:
    lines = [mod.TRUTH.rstrip("\n"), "", f"## Expected answers ({len(mod.ANSWERS)})",
             "Each answer is printed, word for word, in the document named after it.", ""]
    for i, (question, answer, where) in enumerate(mod.ANSWERS, 1):
        lines.append(f"{i}. {question} -> \"{answer}\" ({where})")
    return "\n".join(lines) + "\n"


def paths_in(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from paths_in(v)
    elif isinstance(node, list):
        for v in node:
            yield from paths_in(v)
    elif isinstance(node, str) and re.fullmatch(r"(denial|clinical|other)/[\w.\-]+", node.strip()):
        yield node.strip()


def build(mod) -> list[str]:
    problems = []
    folder = HERE / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"), encoding="utf-8")
    for rel, body in sorted(mod.DOCS.items()):
        if rel.split("/")[0] not in DIRS or rel.count("/") != 1:
            problems.append(f"{mod.SLUG}: document outside denial/, clinical/, other/: {rel}")
        path = folder / rel
        path.parent.mkdir(exist_ok=True)
        path.write_text(HEADER + body.strip("\n") + "\n" + FOOTER, encoding="utf-8")
    truth = truth_text(mod)
    (HERE / f"{mod.SLUG}.truth.md").write_text(truth, encoding="utf-8")

    # self-checks
    data = YAML(typ="safe").load(io.StringIO(mod.CASE_YAML))
    for p in sorted(set(paths_in(data))):
        if not (folder / p).is_file():
            problems.append(f"{mod.SLUG}: case.yaml names {p}, which does not exist")
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    stray = on_disk - set(mod.DOCS) - {"case.yaml"}
    if stray:
        problems.append(f"{mod.SLUG}: stray files {sorted(stray)}")
    if "FICTIONAL" not in mod.CASE_YAML.lstrip("\n").splitlines()[0]:
        problems.append(f"{mod.SLUG}: case.yaml's first line is not marked FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{mod.SLUG}: truth file's first line is not marked FICTIONAL")
    pos = [truth.find("\n" + h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{mod.SLUG}: truth headings missing or out of order: {pos}")
    if len(mod.ANSWERS) != 16:
        problems.append(f"{mod.SLUG}: {len(mod.ANSWERS)} expected answers, not 16")
    texts = {"case.yaml": mod.CASE_YAML, "truth": mod.TRUTH}
    texts.update(mod.DOCS)
    for question, answer, where in mod.ANSWERS:
        if where not in texts:
            problems.append(f"{mod.SLUG}: answer to {question!r} names {where}, not a document of the case")
        elif norm(answer) not in norm(texts[where]):
            problems.append(f"{mod.SLUG}: answer {answer!r} not found in {where}")
    everything = "\n".join(texts.values())
    for phone in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", everything):
        if not re.search(r"555-01\d\d$", phone):
            problems.append(f"{mod.SLUG}: phone number not 555-01xx: {phone}")
    for mail in re.findall(r"[\w.+-]+@[\w.-]+", everything):
        if not mail.rstrip(".").endswith(".example"):
            problems.append(f"{mod.SLUG}: e-mail address not on an .example domain: {mail}")
    for number in re.findall(r"NPI:? \"?(\d{10})|npi: \"(\d{10})\"", everything):
        n = number[0] or number[1]
        if not npi.valid(n):
            problems.append(f"{mod.SLUG}: NPI {n} fails its check digit")
    for rel, body in mod.DOCS.items():
        if "FICTIONAL" not in body:
            problems.append(f"{mod.SLUG}: {rel} does not say FICTIONAL in its own text")
    return problems


def main(argv):
    check = "--check" in argv
    wanted = [a for a in argv if a != "--check"]
    numbers = wanted or [f"{i:02d}" for i in range(1, 9)]
    problems, answers, outputs = [], 0, []
    for n in numbers:
        mod = importlib.import_module(f"case{n}")
        problems += build(mod)
        answers += len(mod.ANSWERS)
        print(f"case {n}: {mod.SLUG}")
        if check:
            run = subprocess.run([APPEAL_KIT, "check", str(HERE / mod.SLUG)], capture_output=True, text=True)
            outputs.append(f"===== {mod.SLUG}: exit {run.returncode}\n{run.stdout}{run.stderr}")
            print(f"  appeal-kit check: exit {run.returncode}")
            if run.returncode != 0:
                problems.append(f"{mod.SLUG}: appeal-kit check exit {run.returncode}")
    if check:
        name = "check-output.txt" if not wanted else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(outputs), encoding="utf-8")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(numbers)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main(sys.argv[1:]))
