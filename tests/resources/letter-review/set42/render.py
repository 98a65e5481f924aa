"""Writer and self-check for letters set 42 (FICTIONAL test data). Own code; written blind for issue 18."""
import re, shutil, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = "FICTIONAL - invented for a blind test set (set 42); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"


def npi_ok(npi: str) -> bool:
    """Luhn check over the 80840 prefix (the NPI check digit)."""
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


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(mod) -> list[str]:
    folder = HERE / mod.SLUG
    truth = HERE / f"{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.strip() + "\n")
    for rel, text in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + text.strip() + FOOTER)
    truth.write_text(mod.TRUTH.strip() + "\n")
    return check_case(mod, folder, truth)


def check_case(mod, folder: Path, truth: Path) -> list[str]:
    probs = []
    from ruamel.yaml import YAML
    name = mod.SLUG[:2]
    yaml_text = (folder / "case.yaml").read_text()
    try:
        data = YAML(typ='safe').load(yaml_text)
    except Exception as e:  # noqa: BLE001
        return [f"{name}: case.yaml does not parse: {e}"]
    if not yaml_text.startswith("# FICTIONAL"):
        probs.append(f"{name}: case.yaml first line not FICTIONAL")
    ttext = truth.read_text()
    if "FICTIONAL" not in ttext.splitlines()[0]:
        probs.append(f"{name}: truth first line not FICTIONAL")
    pos = [ttext.find(h + "\n") for h in HEADINGS]
    if any(p < 0 for p in pos) or pos != sorted(pos):
        probs.append(f"{name}: truth headings missing or out of order")
    # every file path case.yaml names exists
    for m in re.finditer(r"((?:denial|clinical|other)/[\w.\-]+)", yaml_text):
        if not (folder / m.group(1)).exists():
            probs.append(f"{name}: case.yaml names missing file {m.group(1)}")
    # no stray file, every document in denial/clinical/other with header and footer
    for p in folder.rglob("*"):
        if p.is_dir():
            if p.name not in ("denial", "clinical", "other"):
                probs.append(f"{name}: stray folder {p}")
            continue
        rel = p.relative_to(folder).as_posix()
        if rel == "case.yaml":
            continue
        if rel.split("/")[0] not in ("denial", "clinical", "other") or rel not in mod.DOCS:
            probs.append(f"{name}: stray file {rel}")
            continue
        t = p.read_text()
        if not t.startswith(HEADER) or not t.endswith(FOOTER):
            probs.append(f"{name}: {rel} lacks FICTIONAL header/footer")
    # phones, e-mail, NPIs across everything written
    alltext = yaml_text + ttext + "".join((folder / r).read_text() for r in mod.DOCS)
    for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", alltext):
        if not re.search(r"555-01\d\d$", ph):
            probs.append(f"{name}: phone not 555-01xx: {ph}")
    for em in re.findall(r"[\w.+-]+@[\w.-]+", alltext):
        if not em.rstrip(".").endswith(".example"):
            probs.append(f"{name}: e-mail not .example: {em}")
    for npi in re.findall(r"NPI:? \"?(\d{10})|npi: \"(\d{10})\"", alltext):
        n = npi[0] or npi[1]
        if not npi_ok(n):
            probs.append(f"{name}: NPI check digit fails: {n}")
    # expected answers
    if len(mod.ANSWERS) != 16:
        probs.append(f"{name}: {len(mod.ANSWERS)} expected answers, not 16")
    for q, a, where in mod.ANSWERS:
        src = ttext if where == "truth" else (folder / where).read_text() if (folder / where).exists() else None
        if src is None:
            probs.append(f"{name}: answer source missing: {where}")
        elif norm(a) not in norm(src):
            probs.append(f"{name}: answer to '{q}' ({a!r}) not printed in {where}")
    return probs


def run_check(slug: str) -> tuple[int, str]:
    r = subprocess.run([APPEAL_KIT, "check", str(HERE / slug)], capture_output=True, text=True, timeout=300)
    return r.returncode, r.stdout + r.stderr
