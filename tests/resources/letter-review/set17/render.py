"""Writing and self-checking of the letters17 set (FICTIONAL test material)."""
import re
import shutil
from pathlib import Path

from ruamel.yaml import YAML

HEAD = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT.\n"


CONVENTIONS = """
## Conventions (settled across writers)
- A drug still taken at the time of the appeal after an adequate trial with only a partial response counts as a
  failed trial.
- "Added to X" is an augmentation trial when the added drug is an augmenting agent (antipsychotic, lithium,
  thyroid) and an antidepressant trial when the added drug is itself an antidepressant.
- "Maybe", "possibly" or an unclear outcome is recorded as unknown, never as partial.
- Everything in this file and its case folder is FICTIONAL.
"""


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(root: Path, case: dict) -> list:
    """Write one case folder and its truth file; return the problems found."""
    problems = []
    folder = root / case["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "case.yaml").write_text(case["yaml"].lstrip("\n"), encoding="utf-8")
    texts = {}
    for rel, body in case["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        text = HEAD + body.strip("\n") + FOOT
        p.write_text(text, encoding="utf-8")
        texts[rel] = text
    truth = root / (case["slug"] + ".truth.md")
    truth.write_text(case["truth"].lstrip("\n").rstrip("\n") + "\n" + CONVENTIONS, encoding="utf-8")
    # checks
    data = YAML(typ="safe").load(case["yaml"])
    if "FICTIONAL" not in case["yaml"]:
        problems.append(f"{case['slug']}: case.yaml not marked FICTIONAL")
    if "FICTIONAL" not in case["truth"]:
        problems.append(f"{case['slug']}: truth file not marked FICTIONAL")
    for rel, text in texts.items():
        if "FICTIONAL" not in text:
            problems.append(f"{case['slug']}/{rel}: not marked FICTIONAL")
    for rel, want in case["expect"]:
        if rel not in texts:
            problems.append(f"{case['slug']}: expected file {rel} missing")
        elif norm(want) not in norm(texts[rel]):
            problems.append(f"{case['slug']}/{rel}: expected answer not printed: {want!r}")
    # every file named in case.yaml exists
    for m in re.finditer(r"(?:file|authorization|proof):\s*\[?([A-Za-z0-9_./-]+\.txt)", case["yaml"]):
        if not (folder / m.group(1)).exists():
            problems.append(f"{case['slug']}: case.yaml names missing file {m.group(1)}")
    for m in re.finditer(r"- ((?:denial|clinical|other)/[A-Za-z0-9_.-]+\.txt)", case["yaml"]):
        if not (folder / m.group(1)).exists():
            problems.append(f"{case['slug']}: case.yaml names missing file {m.group(1)}")
    if not isinstance(data, dict):
        problems.append(f"{case['slug']}: case.yaml does not parse to a mapping")
    return problems, len(case["expect"])
