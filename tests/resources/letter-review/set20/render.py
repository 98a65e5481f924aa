"""Writing and self-checking for letters set 20b (FICTIONAL). Edit cases_*.py, not the folders."""
import re
import shutil
from pathlib import Path

HEAD = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT.\n"
TRUTH_NOTE = "All people, plans, providers, numbers and addresses are invented (FICTIONAL).\n\n"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(root: Path, case: dict) -> list:
    problems = []
    folder = root / case["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    yaml_text = case["yaml"].strip() + "\n"
    if "FICTIONAL" not in yaml_text:
        problems.append(f"{case['slug']}: case.yaml not marked FICTIONAL")
    (folder / "case.yaml").write_text(yaml_text)
    for rel, text in case["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEAD + text.strip("\n") + FOOT)
    truth = case["truth"].strip() + "\n"
    title, _, rest = truth.partition("\n")
    truth = title + "\n\n" + TRUTH_NOTE + rest.lstrip("\n")
    if "FICTIONAL" not in title:
        problems.append(f"{case['slug']}: truth title not marked FICTIONAL")
    (root / f"{case['slug']}.truth.md").write_text(truth)
    # every file case.yaml names exists
    for ref in re.findall(r"(?:file|authorization|proof):\s*\[?([\w./-]+\.txt)", yaml_text):
        if not (folder / ref).exists():
            problems.append(f"{case['slug']}: case.yaml names missing file {ref}")
    for ref in re.findall(r"^\s*-\s*((?:clinical|denial|other)/[\w.-]+\.txt)", yaml_text, re.M):
        if not (folder / ref).exists():
            problems.append(f"{case['slug']}: case.yaml names missing file {ref}")
    # each expected answer is printed in the document it names
    for rel, needle in case["expect"]:
        p = folder / rel
        if not p.exists():
            problems.append(f"{case['slug']}: expected file {rel} missing")
            continue
        if norm(needle) not in norm(p.read_text()):
            problems.append(f"{case['slug']}: '{needle}' not found in {rel}")
    return problems
