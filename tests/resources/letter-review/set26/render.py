"""Writing and self-checking of the set 26 case folders (FICTIONAL data only).

Each case module (case01.py ... case08.py) gives:
  SLUG       folder name
  CASE_YAML  the case.yaml text
  DOCS       {relative path: document text without header/footer}
  TRUTH      the truth file's markdown
  ANSWERS    [(relative path, words that must be printed in that document)]: the expected answers
"""
import os
import re
import shutil

from ruamel.yaml import YAML

import npi

HEADER = "FICTIONAL - invented for a blind test set (set 26); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes",
    "## What a letter must NOT say",
]
DOC_DIRS = ("denial/", "clinical/", "other/", "literature/")


def wrap(text: str) -> str:
    return HEADER + "\n\n" + text.strip("\n") + "\n\n" + FOOTER + "\n"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(mod, root: str) -> str:
    folder = os.path.join(root, mod.SLUG)
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    with open(os.path.join(folder, "case.yaml"), "w", encoding="utf-8") as f:
        f.write(mod.CASE_YAML.lstrip("\n"))
    for rel, text in mod.DOCS.items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(wrap(text))
    with open(os.path.join(root, mod.SLUG + ".truth.md"), "w", encoding="utf-8") as f:
        f.write(mod.TRUTH.lstrip("\n"))
    return folder


def _strings(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)
    elif isinstance(node, str):
        yield node


PHONE = re.compile(r"(?<!\d)(?:1-)?\(?(\d{3})\)?[ .-](\d{3})-(\d{4})(?!\d)")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")
NPI_RE = re.compile(r"NPI\W{0,4}(\d{10})|npi:\s*\"?(\d{10})")


def check_case(mod, root: str) -> list:
    problems = []
    folder = os.path.join(root, mod.SLUG)
    texts = {}
    for rel in mod.DOCS:
        if not rel.startswith(DOC_DIRS):
            problems.append(f"{mod.SLUG}: {rel} is not under denial/, clinical/, other/ or literature/")
        with open(os.path.join(folder, rel), encoding="utf-8") as f:
            texts[rel] = f.read()
        if not texts[rel].startswith(HEADER) or not texts[rel].rstrip().endswith(FOOTER):
            problems.append(f"{mod.SLUG}: {rel} lacks the FICTIONAL header or footer")
    with open(os.path.join(folder, "case.yaml"), encoding="utf-8") as f:
        case_text = f.read()
    truth_path = os.path.join(root, mod.SLUG + ".truth.md")
    with open(truth_path, encoding="utf-8") as f:
        truth = f.read()
    # expected answers printed in the document they name
    for rel, words in mod.ANSWERS:
        src = case_text if rel == "case.yaml" else texts.get(rel)
        if src is None:
            problems.append(f"{mod.SLUG}: answer names {rel}, which is not a document of the case")
        elif norm(words) not in norm(src):
            problems.append(f"{mod.SLUG}: answer not printed in {rel}: {words!r}")
    # every file case.yaml names exists
    data = YAML(typ="safe", pure=True).load(case_text)
    for s in _strings(data):
        s = s.strip()
        if s.startswith(DOC_DIRS) and "\n" not in s and " " not in s:
            if not os.path.exists(os.path.join(folder, s)):
                problems.append(f"{mod.SLUG}: case.yaml names {s}, which does not exist")
    # no stray file
    on_disk = set()
    for dirpath, _, files in os.walk(folder):
        for name in files:
            on_disk.add(os.path.relpath(os.path.join(dirpath, name), folder))
    stray = on_disk - set(mod.DOCS) - {"case.yaml"}
    if stray:
        problems.append(f"{mod.SLUG}: stray files {sorted(stray)}")
    # FICTIONAL marks and the truth file's headings
    if "FICTIONAL" not in case_text.splitlines()[0]:
        problems.append(f"{mod.SLUG}: case.yaml's first line is not marked FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{mod.SLUG}: the truth file's first line is not marked FICTIONAL")
    pos = -1
    for h in HEADINGS:
        at = truth.find("\n" + h)
        if at < 0:
            problems.append(f"{mod.SLUG}: the truth file lacks the heading {h!r}")
        elif at < pos:
            problems.append(f"{mod.SLUG}: the truth file's heading {h!r} is out of order")
        pos = max(pos, at)
    # phones, e-mails, NPIs
    everything = {"case.yaml": case_text, "truth": truth, **texts}
    for rel, t in everything.items():
        for m in PHONE.finditer(t):
            if m.group(2) != "555" or not ("0100" <= m.group(3) <= "0199"):
                problems.append(f"{mod.SLUG}: {rel}: phone number {m.group(0)!r} is not 555-01xx")
        for m in EMAIL.finditer(t):
            if not m.group(1).lower().endswith(".example"):
                problems.append(f"{mod.SLUG}: {rel}: e-mail {m.group(0)!r} is not on an .example domain")
        for m in NPI_RE.finditer(t):
            n = m.group(1) or m.group(2)
            if not npi.valid(n):
                problems.append(f"{mod.SLUG}: {rel}: NPI {n} fails its check digit")
    return problems
