#!/usr/bin/env python3
# FICTIONAL test-set generator (letters set 43, issue 18). Written for this set alone; it reads no other set's code.
"""Rebuild the eight FICTIONAL case folders of letters set 43 and check them.

Run with appeal-kit's venv:  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
- deletes and rewrites each case folder (case.yaml + documents) and its NN-slug.truth.md, from caseNN.py;
- self-checks every case (see SELF-CHECKS below) and prints "N cases, M expected answers, P problems";
- --check also runs `appeal-kit check FOLDER` on each folder and writes check-output.txt
  (check-output-partial.txt when case numbers are named).
Deterministic: no clock, no randomness; the same data always gives the same files.
"""
import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML  # from appeal-kit's venv (only to parse case.yaml for the self-check)
from ruamel.yaml.error import YAMLError

HERE = Path(__file__).resolve().parent
APPEAL_KIT = Path("/work/main/.venv/bin/appeal-kit")
HEADER = "FICTIONAL - invented for a blind test set (set 43); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
]
ALL = [f"{n:02d}" for n in range(1, 9)]


def npi_ok(npi: str) -> bool:
    """Luhn check over the 80840 prefix, as CMS defines the NPI check digit."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    total = 0
    for i, ch in enumerate(reversed("80840" + npi[:-1])):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[-1])


assert npi_ok("1234567893"), "NPI check failed on CMS's published example"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def write_case(mod) -> Path:
    folder = HERE / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.strip() + "\n", encoding="utf-8")
    for rel, body in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{HEADER}\n\n{body.strip()}\n\n{FOOTER}\n", encoding="utf-8")
    (HERE / f"{mod.SLUG}.truth.md").write_text(mod.TRUTH.strip() + "\n", encoding="utf-8")
    return folder


def self_check(mod, folder: Path) -> list[str]:
    probs = []
    slug = mod.SLUG
    case_text = (folder / "case.yaml").read_text(encoding="utf-8")
    truth_text = (HERE / f"{slug}.truth.md").read_text(encoding="utf-8")
    if "FICTIONAL" not in case_text.splitlines()[0]:
        probs.append(f"{slug}: case.yaml first line not marked FICTIONAL")
    if "FICTIONAL" not in truth_text.splitlines()[0]:
        probs.append(f"{slug}: truth file first line not marked FICTIONAL")
    pos = [truth_text.find(h + "\n") for h in HEADINGS]
    if any(p < 0 for p in pos) or pos != sorted(pos):
        probs.append(f"{slug}: truth headings missing or out of order")
    try:
        data = YAML(typ="safe").load(case_text)
    except YAMLError as e:
        return probs + [f"{slug}: case.yaml does not parse: {e}"]
    # every case-folder path named in case.yaml exists
    for m in re.finditer(r"\b((?:denial|clinical|other)/[A-Za-z0-9._-]+)", case_text):
        if not (folder / m.group(1)).exists():
            probs.append(f"{slug}: case.yaml names missing file {m.group(1)}")
    # no stray file; documents only in denial/, clinical/, other/
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel == "case.yaml":
                continue
            if rel.split("/")[0] not in ("denial", "clinical", "other") or rel not in mod.DOCS:
                probs.append(f"{slug}: stray file {rel}")
            else:
                t = p.read_text(encoding="utf-8")
                if not t.startswith(HEADER) or not t.rstrip().endswith(FOOTER):
                    probs.append(f"{slug}: {rel} lacks its FICTIONAL header or footer")
    # phones, e-mail, NPIs across everything written
    everything = case_text + truth_text + "".join(
        (folder / rel).read_text(encoding="utf-8") for rel in mod.DOCS)
    for m in re.finditer(r"\(?\b\d{3}\)?[ -]\d{3}-\d{4}\b", everything):
        if not re.search(r"555-01\d\d$", m.group(0)):
            probs.append(f"{slug}: phone number not 555-01xx: {m.group(0)}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([A-Za-z]+)", everything):
        if m.group(2).lower() != "example":
            probs.append(f"{slug}: e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"\bweb(?:site)?:? *(\S+)", everything):
        if "." in m.group(1) and not m.group(1).rstrip(".,)").endswith(".example"):
            probs.append(f"{slug}: web address not on .example: {m.group(1)}")
    for m in re.finditer(r"NPI:? *\"?(\d{10})", everything):
        if not npi_ok(m.group(1)):
            probs.append(f"{slug}: NPI fails its check digit: {m.group(1)}")
    prov = (data or {}).get("provider") or {}
    if prov.get("npi") and not npi_ok(str(prov["npi"])):
        probs.append(f"{slug}: provider.npi fails its check digit")
    # expected answers: each printed in the document it names
    if len(mod.ANSWERS) != 16:
        probs.append(f"{slug}: {len(mod.ANSWERS)} expected answers, not 16")
    for question, answer, where in mod.ANSWERS:
        if where == "truth":
            text = truth_text
        elif where == "case.yaml":
            text = case_text
        else:
            if where not in mod.DOCS:
                probs.append(f"{slug}: answer to {question!r} names unknown file {where}")
                continue
            text = (folder / where).read_text(encoding="utf-8")
        if norm(answer) not in norm(text):
            probs.append(f"{slug}: answer {answer!r} ({question}) not found in {where}")
    return probs


def run_check(folder: Path) -> tuple[int, str]:
    r = subprocess.run([str(APPEAL_KIT), "check", str(folder)], capture_output=True, text=True, timeout=300)
    return r.returncode, (r.stdout + r.stderr)


def main(argv):
    do_check = "--check" in argv
    wanted = [a for a in argv if re.fullmatch(r"\d\d", a)] or ALL
    sys.path.insert(0, str(HERE))
    problems, answers, out = [], 0, []
    for nn in wanted:
        mod = importlib.import_module(f"case{nn}")
        folder = write_case(mod)
        problems += self_check(mod, folder)
        answers += len(mod.ANSWERS)
        if do_check:
            rc, text = run_check(folder)
            out.append(f"=== {mod.SLUG} (exit {rc})\n{text.rstrip()}\n")
            if rc != 0:
                problems.append(f"{mod.SLUG}: appeal-kit check exit {rc}")
    if do_check:
        name = "check-output.txt" if wanted == ALL else "check-output-partial.txt"
        (HERE / name).write_text("FICTIONAL test set 43: appeal-kit check output\n\n" + "\n".join(out), encoding="utf-8")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(wanted)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
