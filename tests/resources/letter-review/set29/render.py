"""Writer and self-check for letters review set 29 (FICTIONAL cases). Own code, written blind."""
import re
import shutil
from pathlib import Path

from ruamel.yaml import YAML

HEADER = "FICTIONAL - invented for a blind test set (set 29); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]


def npi_ok(npi: str) -> bool:
    """Luhn check over '80840' + the first 9 digits (CMS's NPI check digit)."""
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


def make_npi(stem: str) -> str:
    """Complete a 9-digit stem with its check digit."""
    for c in "0123456789":
        if npi_ok(stem + c):
            return stem + c
    raise ValueError(stem)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(mod, out: Path):
    """Write one case folder and truth file; return a list of problems."""
    problems = []
    folder = out / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"))
    texts = {"case.yaml": mod.CASE_YAML, "truth": mod.TRUTH}
    for rel, body in mod.DOCS.items():
        if rel.split("/")[0] not in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            problems.append(f"document outside denial/clinical/other or not .txt: {rel}")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        text = HEADER + "\n\n" + body.strip("\n") + "\n\n" + FOOTER + "\n"
        p.write_text(text)
        texts[rel] = text
    (out / f"{mod.SLUG}.truth.md").write_text(mod.TRUTH.lstrip("\n"))
    # case.yaml parses and names only files that exist
    data = YAML(typ="safe").load(mod.CASE_YAML)
    if not isinstance(data, dict):
        problems.append("case.yaml does not parse to a mapping")
    for ref in set(re.findall(r"\b((?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt)", mod.CASE_YAML)):
        if not (folder / ref).exists():
            problems.append(f"case.yaml names a missing file: {ref}")
    # no stray file
    for p in folder.rglob("*"):
        if p.is_file():
            rel = str(p.relative_to(folder))
            if rel != "case.yaml" and rel not in mod.DOCS:
                problems.append(f"stray file: {rel}")
    # FICTIONAL marks and headings
    if "FICTIONAL" not in mod.CASE_YAML.lstrip("\n").splitlines()[0]:
        problems.append("case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in mod.TRUTH.lstrip("\n").splitlines()[0]:
        problems.append("truth file first line lacks FICTIONAL")
    pos = -1
    for h in HEADINGS:
        i = mod.TRUTH.find("\n" + h + "\n")
        if i < 0 or i < pos:
            problems.append(f"truth heading missing or out of order: {h}")
        pos = max(pos, i)
    # contact details and NPIs, everywhere
    for name, t in texts.items():
        for ph in re.findall(r"\(?\d{3}\)?[ -]\d{3}-\d{4}", t):
            if not re.search(r"555-01\d\d$", ph):
                problems.append(f"{name}: phone not 555-01xx: {ph}")
        for em in re.findall(r"[\w.+-]+@[\w.-]+", t):
            if not em.rstrip(".").endswith(".example"):
                problems.append(f"{name}: e-mail not on .example: {em}")
        for npi in re.findall(r"NPI\D{0,12}(\d{10})", t) + re.findall(r'npi: "(\d{10})"', t):
            if not npi_ok(npi):
                problems.append(f"{name}: NPI fails its check digit: {npi}")
    # expected answers are printed where they say
    for where, answer in mod.ANSWERS:
        if where not in texts:
            problems.append(f"answer names an unknown document: {where}")
        elif norm(answer) not in norm(texts[where]):
            problems.append(f"answer not found in {where}: {answer!r}")
    return problems
