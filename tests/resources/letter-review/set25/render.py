"""Writing and self-checking the FICTIONAL case folders of letters review set 25 (my own code)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from ruamel.yaml import YAML

import npi

HERE = Path(__file__).resolve().parent
SET = "set 25"
HEADER = f"FICTIONAL - invented for a blind test set ({SET}); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
]
DOC_DIRS = ("denial", "clinical", "other", "literature")
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def doc_text(body: str) -> str:
    return HEADER + "\n\n" + body.strip("\n") + "\n\n" + FOOTER + "\n"


def write_case(mod) -> Path:
    folder = HERE / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"), encoding="utf-8")
    for rel, body in mod.DOCS.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc_text(body), encoding="utf-8")
    (HERE / f"{mod.SLUG}.truth.md").write_text(mod.TRUTH.lstrip("\n"), encoding="utf-8")
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


PHONE = re.compile(r"\(?\b(\d{3})\)?[ .-](\d{3})-(\d{4})\b")
EMAIL = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")
NPI_RE = re.compile(r"\bNPI[:\s]*\"?(\d{10})\b|\bnpi:\s*\"(\d{10})\"")


def self_check(mod) -> list[str]:
    problems: list[str] = []
    folder = HERE / mod.SLUG
    truth_path = HERE / f"{mod.SLUG}.truth.md"
    case_text = (folder / "case.yaml").read_text(encoding="utf-8")
    truth = truth_path.read_text(encoding="utf-8")
    data = YAML(typ="safe", pure=True).load(case_text)

    # FICTIONAL marks
    if "FICTIONAL" not in case_text.splitlines()[0]:
        problems.append("case.yaml: first line does not say FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append("truth file: title does not say FICTIONAL")
    for h in HEADINGS:
        if sum(1 for line in truth.splitlines() if line.strip() == h) != 1:
            problems.append(f"truth file: heading {h!r} missing or repeated")

    # every file case.yaml names exists; no stray file
    named = set()
    for s in _strings(data):
        if re.fullmatch(r"(?:%s)/[\w.\-]+" % "|".join(DOC_DIRS), s.strip()):
            named.add(s.strip())
    for rel in sorted(named):
        if not (folder / rel).is_file():
            problems.append(f"case.yaml names {rel}, which is not in the folder")
    expected = {"case.yaml", *mod.DOCS.keys()}
    for p in folder.rglob("*"):
        if p.is_file() and str(p.relative_to(folder)) not in expected:
            problems.append(f"stray file {p.relative_to(folder)}")

    # documents: header and footer
    for rel in mod.DOCS:
        t = (folder / rel).read_text(encoding="utf-8")
        if not t.startswith(HEADER) or not t.rstrip().endswith(FOOTER):
            problems.append(f"{rel}: FICTIONAL header or footer missing")

    # expected answers are printed in the document they name
    for label, rel, text in mod.ANSWERS:
        if rel == "case.yaml":
            hay = case_text
        elif rel == "truth":
            hay = truth
        else:
            p = folder / rel
            if not p.is_file():
                problems.append(f"answer {label!r}: {rel} does not exist")
                continue
            hay = p.read_text(encoding="utf-8")
        if norm(text) not in norm(hay):
            problems.append(f"answer {label!r}: {text!r} not found in {rel}")

    # phones, e-mails, NPIs in everything written
    texts = {"case.yaml": case_text, "truth": truth}
    texts.update({rel: (folder / rel).read_text(encoding="utf-8") for rel in mod.DOCS})
    for name, t in texts.items():
        for m in PHONE.finditer(t):
            if m.group(2) != "555" or not m.group(3).startswith("01"):
                problems.append(f"{name}: phone number {m.group(0)} is not 555-01xx")
        for m in EMAIL.finditer(t):
            if not m.group(1).endswith(".example"):
                problems.append(f"{name}: e-mail domain {m.group(1)} is not .example")
        for m in NPI_RE.finditer(t):
            number = m.group(1) or m.group(2)
            if not npi.valid(number):
                problems.append(f"{name}: NPI {number} fails the check digit")
    return problems


def run_check(mod) -> tuple[int, str]:
    folder = HERE / mod.SLUG
    r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True, cwd=HERE)
    out = (r.stdout + r.stderr).replace(str(HERE) + "/", "")
    return r.returncode, out
