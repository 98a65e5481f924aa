"""FICTIONAL - letters review set 41 (issue 18): rebuilds every case folder and truth file from cases.py.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Deterministic: deletes and rewrites each case folder (case.yaml + .txt documents in denial/, clinical/, other/) and
its truth file, then self-checks. --check also runs `appeal-kit check` on each folder and writes check-output.txt.
"""
from __future__ import annotations

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
HEADER = "FICTIONAL - invented for a blind test set (set 41); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"


def npi_ok(npi: str) -> bool:
    """Luhn check digit over the 80840 prefix (CMS's published method)."""
    digits = "80840" + npi[:-1]
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[-1])


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


def write_case(case: dict) -> Path:
    folder = HERE / case["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(case["yaml"].strip() + "\n")
    for rel, body in sorted(case["docs"].items()):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HEADER + body.strip() + FOOTER)
    truth = case["truth"].strip() + "\n\n**Expected answers (16)** - the answer key for reviewers, not part of the list above; each is printed in the source named in brackets\n\n" + "\n".join(
        f"{i}. {q} -> {a} ({where})" for i, (q, a, where) in enumerate(case["answers"], 1)) + "\n"
    (HERE / f"{case['slug']}.truth.md").write_text(truth)
    return folder


def self_check(case: dict) -> list[str]:
    problems: list[str] = []
    folder = HERE / case["slug"]
    slug = case["slug"]
    truth_path = HERE / f"{slug}.truth.md"
    truth = truth_path.read_text()
    yaml_text = (folder / "case.yaml").read_text()
    if not yaml_text.startswith("# FICTIONAL"):
        problems.append(f"{slug}: case.yaml first line is not FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{slug}: truth file first line is not FICTIONAL")
    pos = [truth.find(h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{slug}: truth headings missing or out of order")
    if len(case["answers"]) != 16:
        problems.append(f"{slug}: {len(case['answers'])} expected answers, not 16")
    for q, a, where in case["answers"]:
        src = truth if where == "truth" else (folder / where).read_text() if (folder / where).is_file() else None
        if src is None:
            problems.append(f"{slug}: answer source {where} missing")
        elif norm(a) not in norm(src):
            problems.append(f"{slug}: answer {a!r} not in {where}")
    data = YAML(typ="safe").load(yaml_text)
    named = set(re.findall(r"\b((?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt)\b", yaml_text))
    for rel in named:
        if not (folder / rel).is_file():
            problems.append(f"{slug}: case.yaml names {rel}, which does not exist")
    for path in folder.rglob("*"):
        if path.is_file():
            rel = path.relative_to(folder).as_posix()
            if rel == "case.yaml":
                continue
            if rel.split("/")[0] not in ("denial", "clinical", "other"):
                problems.append(f"{slug}: stray file {rel}")
            elif rel not in case["docs"]:
                problems.append(f"{slug}: file {rel} not made by the generator")
            else:
                body = path.read_text()
                if not body.startswith("FICTIONAL") or not body.rstrip().endswith("FICTIONAL DOCUMENT - end."):
                    problems.append(f"{slug}: {rel} lacks its FICTIONAL header or footer")
    every = yaml_text + truth + "".join(case["docs"].values())
    for phone in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", every):
        if not re.search(r"555-01\d\d$", phone):
            problems.append(f"{slug}: phone {phone} is not 555-01xx")
    for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", every):
        if not email.endswith(".example"):
            problems.append(f"{slug}: e-mail {email} is not on an .example domain")
    for npi in re.findall(r"npi:\s*\"(\d{10})\"|NPI (\d{10})", every):
        n = npi[0] or npi[1]
        if not npi_ok(n):
            problems.append(f"{slug}: NPI {n} fails its check digit")
    if not isinstance(data, dict) or "patient" not in data:
        problems.append(f"{slug}: case.yaml did not load as a mapping with a patient")
    return problems


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    from cases import CASES

    want = [a for a in argv if a.isdigit()]
    run_check = "--check" in argv
    chosen = [c for c in CASES if not want or c["slug"][:2] in want]
    problems: list[str] = []
    answers = 0
    for case in chosen:
        write_case(case)
        problems += self_check(case)
        answers += len(case["answers"])
    # a folder or truth file no longer in cases.py is stale: remove it only on a full run
    if not want:
        slugs = {c["slug"] for c in CASES}
        for path in HERE.iterdir():
            if path.is_dir() and re.match(r"\d\d-", path.name) and path.name not in slugs:
                shutil.rmtree(path)
            if path.name.endswith(".truth.md") and path.name[: -len(".truth.md")] not in slugs:
                path.unlink()
    if run_check:
        out = []
        for case in chosen:
            res = subprocess.run([APPEAL_KIT, "check", str(HERE / case["slug"])], capture_output=True, text=True)
            out.append(f"===== {case['slug']} (exit {res.returncode})\n{res.stdout}{res.stderr}")
            if res.returncode != 0:
                problems.append(f"{case['slug']}: check exit {res.returncode}")
        name = "check-output.txt" if not want else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(chosen)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
