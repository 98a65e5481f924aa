#!/usr/bin/env python3
"""FICTIONAL test-set generator for letters set 51 (issue 18). Deterministic: deletes and rewrites each case folder
and truth file from the data in caseNN.py, then self-checks. `--check` also runs `appeal-kit check` on every folder
and writes check-output.txt. Name case numbers (`make_set.py 03`) to make only those."""
import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes, strongest first", "## What a letter must NOT say"]
HEADER = "FICTIONAL - invented for a blind test set (letters set 51); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"


def npi_ok(npi: str) -> bool:
    """NPI check digit: Luhn over '80840' + first 9 digits."""
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
    for c in "0123456789":
        if npi_ok(base9 + c):
            return base9 + c
    raise ValueError(base9)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def build(num: str, problems: list) -> tuple:
    mod = importlib.import_module(f"case{num}")
    slug = f"{num}-{mod.SLUG}"
    folder = HERE / slug
    truth = HERE / f"{slug}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"))
    for rel, text in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + text.strip("\n") + FOOTER)
    truth.write_text(mod.TRUTH.lstrip("\n"))
    # --- self-checks ---
    from ruamel.yaml import YAML  # in appeal-kit's venv
    data = YAML(typ="safe").load((folder / "case.yaml").read_text())
    texts = {"truth": truth.read_text(), "case.yaml": (folder / "case.yaml").read_text()}
    for rel in mod.DOCS:
        texts[rel] = (folder / rel).read_text()
        if rel.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"{slug}: {rel} not in denial/, clinical/ or other/")
    if len(mod.ANSWERS) != 16:
        problems.append(f"{slug}: {len(mod.ANSWERS)} expected answers, not 16")
    for q, a, where in mod.ANSWERS:
        if where not in texts:
            problems.append(f"{slug}: answer source {where} missing")
        elif norm(a) not in norm(texts[where]):
            problems.append(f"{slug}: answer {a!r} ({q}) not printed in {where}")
    yaml_text = texts["case.yaml"]
    for path in set(re.findall(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)\b", yaml_text)):
        if not (folder / path).exists():
            problems.append(f"{slug}: case.yaml names {path}, which does not exist")
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    stray = on_disk - set(mod.DOCS) - {"case.yaml"}
    if stray:
        problems.append(f"{slug}: stray files {sorted(stray)}")
    for name, text in [("case.yaml", yaml_text), ("truth", texts["truth"])]:
        if "FICTIONAL" not in text.splitlines()[0]:
            problems.append(f"{slug}: {name} first line not marked FICTIONAL")
    pos = [texts["truth"].find(h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{slug}: truth headings missing or out of order")
    for name, text in texts.items():
        for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", text):
            if not re.search(r"555-01\d\d$", ph):
                problems.append(f"{slug}: phone {ph} in {name} is not 555-01xx")
        for em in re.findall(r"[\w.+-]+@[\w.-]+\.\w+", text):
            if not em.endswith(".example"):
                problems.append(f"{slug}: e-mail {em} in {name} not on .example")
        for npi in re.findall(r"NPI:? \"?(\d{10})", text) + re.findall(r"npi: \"(\d{10})\"", text):
            if not npi_ok(npi):
                problems.append(f"{slug}: NPI {npi} in {name} fails its check digit")
    if not isinstance(data, dict) or "patient" not in data:
        problems.append(f"{slug}: case.yaml did not parse to a case")
    return slug, len(mod.ANSWERS)


def main(argv):
    sys.path.insert(0, str(HERE))
    check = "--check" in argv
    nums = [a for a in argv if re.fullmatch(r"\d\d", a)] or [f"{i:02d}" for i in range(1, 9)]
    problems, made, answers = [], [], 0
    for num in nums:
        slug, n = build(num, problems)
        made.append(slug)
        answers += n
        print(f"made {slug} ({n} expected answers)")
    if check:
        out = []
        for slug in made:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / slug)], capture_output=True, text=True)
            out.append(f"===== {slug}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            if r.returncode != 0:
                problems.append(f"{slug}: appeal-kit check exit {r.returncode}")
        name = "check-output.txt" if len(made) == 8 else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(made)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
