"""Write one case folder from a data module and self-check it. FICTIONAL test data only."""
import re
import shutil
import subprocess
from pathlib import Path

from ruamel.yaml import YAML

import npi

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes", "## What a letter must NOT say"]
DOC_HEAD = "FICTIONAL - invented for a blind test set (set 28); not a real person, plan, clinic or number."
DOC_FOOT = "FICTIONAL DOCUMENT - end."


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def doc_text(body):
    return DOC_HEAD + "\n\n" + body.strip("\n") + "\n\n" + DOC_FOOT + "\n"


def write_case(mod):
    problems = []
    folder = HERE / mod.SLUG
    truth = HERE / (mod.SLUG + ".truth.md")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"))
    for rel, body in mod.DOCS.items():
        if rel.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"{rel}: not in denial/, clinical/ or other/")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(doc_text(body))
    truth.write_text(mod.TRUTH.lstrip("\n"))

    texts = {rel: norm(doc_text(body)) for rel, body in mod.DOCS.items()}
    texts["truth"] = norm(mod.TRUTH)
    texts["case.yaml"] = norm(mod.CASE_YAML)
    for where, answer in mod.ANSWERS:
        if where not in texts:
            problems.append(f"answer names unknown document {where}")
        elif norm(answer) not in texts[where]:
            problems.append(f"answer not printed in {where}: {answer!r}")

    data = YAML(typ="safe").load(mod.CASE_YAML)
    for path in sorted(set(re.findall(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)\b", mod.CASE_YAML))):
        if not (folder / path).exists():
            problems.append(f"case.yaml names a missing file {path}")
    for p in folder.rglob("*"):
        if p.is_file():
            rel = str(p.relative_to(folder))
            if rel != "case.yaml" and rel not in mod.DOCS:
                problems.append(f"stray file {rel}")
    if "FICTIONAL" not in mod.CASE_YAML.lstrip("\n").splitlines()[0]:
        problems.append("case.yaml: first line lacks FICTIONAL")
    if "FICTIONAL" not in mod.TRUTH.lstrip("\n").splitlines()[0]:
        problems.append("truth: first line lacks FICTIONAL")
    pos = [mod.TRUTH.find(h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append("truth: the five headings are missing or out of order")
    every = mod.CASE_YAML + mod.TRUTH + "".join(mod.DOCS.values())
    for phone in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", every):
        if not re.search(r"555-01\d\d$", phone):
            problems.append(f"phone number not 555-01xx: {phone}")
    for mail in re.findall(r"[\w.+-]+@([\w.-]+)", every):
        if not mail.endswith(".example"):
            problems.append(f"e-mail not on an .example domain: {mail}")
    for n in re.findall(r"NPI:? ?\"?(\d{10})|npi: \"(\d{10})\"", every):
        num = n[0] or n[1]
        if not npi.valid(num):
            problems.append(f"NPI fails its check digit: {num}")
    if not isinstance(data, dict) or "patient" not in data:
        problems.append("case.yaml: no patient")
    return len(mod.ANSWERS), problems


def check(mod):
    r = subprocess.run([APPEAL_KIT, "check", str(HERE / mod.SLUG)], capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr
