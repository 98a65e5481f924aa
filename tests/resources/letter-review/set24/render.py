"""Writing and self-checking the FICTIONAL case folders of set 24 (my own code; no other set's generator was read)."""
import re
import shutil
from pathlib import Path

from ruamel.yaml import YAML

HEADER = "FICTIONAL - invented for a blind test set (set 24); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
TRUTH_HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes",
    "## What a letter must NOT say",
]
PATH_RE = re.compile(r"^(denial|clinical|other|literature)/\S+$")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def document(body: str) -> str:
    return f"{HEADER}\n\n{body.strip()}\n\n{FOOTER}\n"


def write_case(root: Path, mod) -> Path:
    folder = root / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"), encoding="utf-8")
    for rel, body in mod.DOCS.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(document(body), encoding="utf-8")
    (root / f"{mod.SLUG}.truth.md").write_text(mod.TRUTH.lstrip("\n"), encoding="utf-8")
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


def self_check(root: Path, mod) -> list[str]:
    problems = []
    folder = root / mod.SLUG
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    if "FICTIONAL" not in text:
        problems.append("case.yaml is not marked FICTIONAL")
    data = YAML(typ="safe", pure=True).load(text)
    for s in _strings(data):
        if PATH_RE.match(s.strip()) and not (folder / s.strip()).is_file():
            problems.append(f"case.yaml names {s} but it does not exist")
    truth = (root / f"{mod.SLUG}.truth.md").read_text(encoding="utf-8")
    if "FICTIONAL" not in truth:
        problems.append("truth file is not marked FICTIONAL")
    for h in TRUTH_HEADINGS:
        if h not in truth:
            problems.append(f"truth file lacks heading {h!r}")
    for rel in mod.DOCS:
        body = (folder / rel).read_text(encoding="utf-8")
        if not body.startswith(HEADER) or not body.rstrip().endswith(FOOTER):
            problems.append(f"{rel}: FICTIONAL header or footer missing")
    for rel, expected in mod.ANSWERS:
        if rel == "case.yaml":
            hay = text
        elif rel in mod.DOCS:
            hay = (folder / rel).read_text(encoding="utf-8")
        else:
            problems.append(f"expected answer names unknown document {rel}")
            continue
        if norm(expected) not in norm(hay):
            problems.append(f"expected answer not found in {rel}: {expected!r}")
    # Every document in the folder is one the module wrote (no stale files).
    for path in folder.rglob("*"):
        if path.is_file() and path.name != "case.yaml":
            rel = str(path.relative_to(folder))
            if rel not in mod.DOCS:
                problems.append(f"stray file {rel}")
    # No real-looking phone numbers: every (NNN) 555-01NN or NNN-555-01NN only.
    for rel, body in list(mod.DOCS.items()) + [("case.yaml", text)]:
        for m in re.finditer(r"\(?\d{3}\)?[ -]\d{3}-\d{4}", body):
            if "555-01" not in m.group(0):
                problems.append(f"{rel}: phone-like number {m.group(0)!r} is not 555-01xx")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+(\w+)", body):
            if not m.group(0).endswith(".example"):
                problems.append(f"{rel}: e-mail {m.group(0)!r} is not on an .example domain")
    return problems
