"""Writing and self-checking for letters review set 34 (FICTIONAL test data). Written for this set alone."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = Path("/work/main/.venv/bin/appeal-kit")
HEADER = "FICTIONAL - invented for a blind test set (set 34); not a real person, plan, provider or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes, strongest first",
    "## What a letter must NOT say",
]
FOLDERS = ("denial", "clinical", "other")
PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]?(\d{3})[ .-](\d{4})\b")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")
NPI_FIELD = re.compile(r"\bNPI[:\s]*\"?(\d{10})\b|npi:\s*\"(\d{10})\"")


def npi_ok(npi: str) -> bool:
    """Luhn check over the 80840 prefix, as the NPI standard sets it."""
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


def make_npi(stem: str) -> str:
    for last in range(10):
        cand = stem + str(last)
        if npi_ok(cand):
            return cand
    raise ValueError(stem)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def doc_text(body: str) -> str:
    return f"{HEADER}\n\n{body.strip()}\n\n{FOOTER}\n"


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


def _paths_in(node, out):
    if isinstance(node, dict):
        for v in node.values():
            _paths_in(v, out)
    elif isinstance(node, list):
        for v in node:
            _paths_in(v, out)
    elif isinstance(node, str) and re.fullmatch(r"(denial|clinical|other)/[\w.-]+", node.strip()):
        out.add(node.strip())


def self_check(mod) -> list[str]:
    problems: list[str] = []
    folder = HERE / mod.SLUG
    truth_path = HERE / f"{mod.SLUG}.truth.md"
    case_text = (folder / "case.yaml").read_text(encoding="utf-8")
    truth = truth_path.read_text(encoding="utf-8")
    tag = mod.SLUG[:2]
    # case.yaml parses and names only files that exist
    data = YAML(typ="safe").load(io.StringIO(case_text))
    named: set[str] = set()
    _paths_in(data, named)
    for rel in sorted(named):
        if not (folder / rel).is_file():
            problems.append(f"{tag}: case.yaml names {rel}, which does not exist")
    # first lines marked FICTIONAL
    if "FICTIONAL" not in case_text.splitlines()[0]:
        problems.append(f"{tag}: case.yaml first line not marked FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{tag}: truth file first line not marked FICTIONAL")
    # five headings, in order, each once
    pos = []
    for h in HEADINGS:
        hits = [m.start() for m in re.finditer("^" + re.escape(h) + r"\s*$", truth, re.M)]
        if len(hits) != 1:
            problems.append(f"{tag}: truth heading {h!r} found {len(hits)} times")
        else:
            pos.append(hits[0])
    if pos != sorted(pos):
        problems.append(f"{tag}: truth headings out of order")
    # no stray files; documents only in the three folders, each with header and footer
    expected = {"case.yaml", *mod.DOCS.keys()}
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel not in expected:
                problems.append(f"{tag}: stray file {rel}")
    for rel in mod.DOCS:
        if rel.split("/")[0] not in FOLDERS or rel.count("/") != 1:
            problems.append(f"{tag}: document outside denial/, clinical/, other/: {rel}")
        text = (folder / rel).read_text(encoding="utf-8")
        if not text.startswith(HEADER) or not text.rstrip().endswith(FOOTER):
            problems.append(f"{tag}: {rel} lacks the FICTIONAL header or footer")
    # phones, e-mail, NPIs across every file written
    texts = {"case.yaml": case_text, "truth": truth}
    texts.update({rel: (folder / rel).read_text(encoding="utf-8") for rel in mod.DOCS})
    for name, text in texts.items():
        for m in PHONE.finditer(text):
            if not (m.group(1) == "555" and m.group(2).startswith("01")):
                problems.append(f"{tag}: {name}: phone-like number not 555-01xx: {m.group(0)}")
        for m in EMAIL.finditer(text):
            if not m.group(1).lower().rstrip(".").endswith(".example"):
                problems.append(f"{tag}: {name}: e-mail not on .example: {m.group(0)}")
        for m in NPI_FIELD.finditer(text):
            npi = m.group(1) or m.group(2)
            if not npi_ok(npi):
                problems.append(f"{tag}: {name}: NPI {npi} fails its check digit")
    # expected answers: 16, each printed in the file it names
    if len(mod.ANSWERS) != 16:
        problems.append(f"{tag}: {len(mod.ANSWERS)} expected answers, not 16")
    for question, answer, where in mod.ANSWERS:
        text = texts.get(where)
        if text is None:
            problems.append(f"{tag}: answer source {where} is not a file of the case")
        elif norm(answer) not in norm(text):
            problems.append(f"{tag}: answer {answer!r} ({question}) not found in {where}")
    return problems


def run_check(mod) -> tuple[int, str]:
    folder = HERE / mod.SLUG
    proc = subprocess.run([str(APPEAL_KIT), "check", str(folder)], capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout + proc.stderr
