"""Rendering and self-checks for letters set 19 (FICTIONAL test material)."""
import re
import shutil
from pathlib import Path

HEAD = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number.\n\n"
TAIL = "\n\nFICTIONAL DOCUMENT.\n"


CONVENTIONS = """## Conventions applied (settled across writers)
- A drug still taken at the time of the appeal, after an adequate trial with only a partial response, counts toward
  the number of adequate trials as an "inadequate response"; a letter must NEVER call it "failed" or say it was
  stopped (a letter that says "failed" for it is a FALSE finding).
- "Added to X" is an augmentation trial when the added drug is an augmenting agent (antipsychotic, lithium, thyroid),
  and an antidepressant trial when the added drug is itself an antidepressant.
- "Maybe", "possibly" or an unclear outcome is recorded as unknown, never as partial, and never counted.
- A course of psychotherapy, TMS or ECT is judged by its sessions, never summed into a count of drug trials.
- Everything in this case is FICTIONAL.
"""


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(root: Path, case: dict) -> list:
    """Write one case folder and its truth file; return a list of problems."""
    problems = []
    folder = root / case["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    yaml_text = case["yaml"].strip("\n") + "\n"
    if "FICTIONAL" not in yaml_text:
        problems.append(f"{case['slug']}: case.yaml not marked FICTIONAL")
    (folder / "case.yaml").write_text(yaml_text, encoding="utf-8")
    for rel, text in case["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        body = HEAD + text.strip("\n") + TAIL
        p.write_text(body, encoding="utf-8")
    truth = case["truth"].strip("\n") + "\n\n" + CONVENTIONS
    if "FICTIONAL" not in truth:
        problems.append(f"{case['slug']}: truth file not marked FICTIONAL")
    (root / f"{case['slug']}.truth.md").write_text(truth, encoding="utf-8")
    # every file case.yaml names exists
    for m in re.finditer(r"(?:file|authorization|proof|eob_file):\s*\[?([A-Za-z0-9_./-]+\.txt)", yaml_text):
        if not (folder / m.group(1)).exists():
            problems.append(f"{case['slug']}: case.yaml names missing file {m.group(1)}")
    for m in re.finditer(r"^\s*-\s+((?:denial|clinical|other)/[A-Za-z0-9_./-]+\.txt)\s*$", yaml_text, re.M):
        if not (folder / m.group(1)).exists():
            problems.append(f"{case['slug']}: case.yaml lists missing file {m.group(1)}")
    # each expected answer is printed in the document it names
    for rel, want in case["expected"]:
        p = folder / rel if rel != "case.yaml" else folder / "case.yaml"
        if not p.exists():
            problems.append(f"{case['slug']}: expected answer names missing {rel}")
            continue
        if norm(want) not in norm(p.read_text(encoding="utf-8")):
            problems.append(f"{case['slug']}: expected {want!r} not found in {rel}")
    return problems
