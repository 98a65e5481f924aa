"""Write the case folders and truth files of set 27 and check them. FICTIONAL data only."""
import re
import shutil
import subprocess
from pathlib import Path

from ruamel.yaml import YAML

import npi

HERE = Path(__file__).resolve().parent
HEADER = "FICTIONAL - invented for a blind test set (set 27); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes", "## What a letter must NOT say"]
FOLDERS = ("denial", "clinical", "other")


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def write_case(mod):
    folder = HERE / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.strip() + "\n")
    for rel, body in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + "\n\n" + body.strip("\n") + "\n\n" + FOOTER + "\n")
    (HERE / f"{mod.SLUG}.truth.md").write_text(mod.TRUTH.strip() + "\n")
    return folder


def files_named(data):
    """Every value under a key `file`/`authorization`/`proof`/... that looks like a case-folder path."""
    out = set()

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str) and re.fullmatch(r"(denial|clinical|other|literature)/[\w.\-]+", x.strip()):
            out.add(x.strip())
    walk(data)
    return out


def self_check(mod):
    problems = []
    folder = HERE / mod.SLUG
    data = YAML(typ="safe").load((folder / "case.yaml").read_text())
    if not mod.CASE_YAML.lstrip().startswith("# FICTIONAL"):
        problems.append("case.yaml first line is not FICTIONAL")
    truth = mod.TRUTH.strip()
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append("truth file first line is not FICTIONAL")
    pos = -1
    for h in HEADINGS:
        i = truth.find("\n" + h)
        if i <= pos:
            problems.append(f"truth heading missing or out of order: {h}")
        pos = max(pos, i)
    for rel in files_named(data):
        if not (folder / rel).exists():
            problems.append(f"case.yaml names a missing file: {rel}")
    present = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    stray = present - set(mod.DOCS) - {"case.yaml"}
    if stray:
        problems.append(f"stray files: {sorted(stray)}")
    for rel in mod.DOCS:
        if rel.split("/")[0] not in FOLDERS:
            problems.append(f"document outside denial/clinical/other: {rel}")
        text = (folder / rel).read_text()
        if not (text.startswith(HEADER) and text.rstrip().endswith(FOOTER)):
            problems.append(f"{rel}: FICTIONAL header/footer missing")
    every = mod.CASE_YAML + mod.TRUTH + "".join(mod.DOCS.values())
    for phone in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", every):
        if not re.search(r"555-01\d\d$", phone):
            problems.append(f"phone not 555-01xx: {phone}")
    for mail in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", every):
        if not mail.endswith(".example"):
            problems.append(f"e-mail not on .example: {mail}")
    for n in re.findall(r"npi[^\n]*?\b(\d{10})\b", every, flags=re.I):
        if not npi.valid(n):
            problems.append(f"NPI fails its check digit: {n}")
    for rel, answer in mod.ANSWERS:
        target = HERE / f"{mod.SLUG}.truth.md" if rel == "truth" else folder / rel
        if not target.exists():
            problems.append(f"answer names a missing document: {rel}")
        elif norm(answer) not in norm(target.read_text()):
            problems.append(f"answer not found in {rel}: {answer!r}")
    return problems


def run_check(folder):
    exe = "/work/main/.venv/bin/appeal-kit"
    r = subprocess.run([exe, "check", str(folder)], capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr
