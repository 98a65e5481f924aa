"""Build letters review set 40 (issue 18), written blind. FICTIONAL.

Run with appeal-kit's venv python from this folder:
    /work/main/.venv/bin/python make_set.py            # rebuild every case folder and truth file, self-check
    /work/main/.venv/bin/python make_set.py --check    # also run `appeal-kit check` on each folder -> check-output.txt
    /work/main/.venv/bin/python make_set.py 03 05      # only those cases (check output -> check-output-partial.txt)

Each caseNN.py holds SLUG, CASE_YAML (text), DOCS ({relative path: text}), TRUTH (text) and ANSWERS (a list of
(question, expected answer, where: a document path, "case.yaml" or "truth")). This script deletes and rewrites each
case folder and its truth file, adds the FICTIONAL header and footer to every document, and checks:
every expected answer is printed in the document it names (whitespace- and case-normalized), 16 answers a case,
case.yaml parses and is marked FICTIONAL on its first line, every case-folder path case.yaml names exists, every
document sits in denial/, clinical/ or other/, no stray file, the truth file has the five headings in order, phone
numbers are 555-01xx, e-mail addresses end in .example, every NPI passes its Luhn check digit (80840 prefix).
"""
import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = Path("/work/main/.venv/bin/appeal-kit")
CASES = ["01", "02", "03", "04", "05", "06", "07", "08"]
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
]
HEADER = "FICTIONAL - invented for a blind test set (set 40); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
FOLDERS = ("denial/", "clinical/", "other/")


def npi_ok(npi: str) -> bool:
    """Luhn check over the 80840 prefix (CMS's NPI check digit)."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    digits = [int(c) for c in "80840" + npi[:9]]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[9])


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def paths_in(data, out):
    """Every string value that looks like a case-folder path (denial/, clinical/, other/)."""
    if isinstance(data, dict):
        for v in data.values():
            paths_in(v, out)
    elif isinstance(data, list):
        for v in data:
            paths_in(v, out)
    elif isinstance(data, str) and data.startswith(FOLDERS):
        out.append(data)
    return out


def build(num: str) -> tuple[int, list[str]]:
    mod = importlib.import_module(f"case{num}")
    problems = []
    folder = HERE / mod.SLUG
    truth = HERE / f"{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"))
    for rel, text in mod.DOCS.items():
        if not rel.startswith(FOLDERS):
            problems.append(f"{num}: document outside denial/, clinical/, other/: {rel}")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + text.strip("\n") + FOOTER)
    truth.write_text(mod.TRUTH.lstrip("\n"))

    # case.yaml parses, first line FICTIONAL, paths exist
    case_text = (folder / "case.yaml").read_text()
    if "FICTIONAL" not in case_text.splitlines()[0]:
        problems.append(f"{num}: case.yaml first line not marked FICTIONAL")
    try:
        data = YAML(typ="safe").load(case_text)
    except Exception as exc:  # noqa: BLE001
        problems.append(f"{num}: case.yaml does not parse: {exc}")
        data = {}
    for rel in paths_in(data, []):
        if not (folder / rel).exists():
            problems.append(f"{num}: case.yaml names a missing file: {rel}")
    # stray files
    expected = {"case.yaml"} | set(mod.DOCS)
    for p in folder.rglob("*"):
        if p.is_file() and str(p.relative_to(folder)) not in expected:
            problems.append(f"{num}: stray file {p.relative_to(folder)}")
    # truth file
    truth_text = truth.read_text()
    if "FICTIONAL" not in truth_text.splitlines()[0]:
        problems.append(f"{num}: truth file first line not marked FICTIONAL")
    pos = -1
    for h in HEADINGS:
        i = truth_text.find("\n" + h + "\n")
        if i <= pos:
            problems.append(f"{num}: truth heading missing or out of order: {h}")
        pos = max(pos, i)
    # answers
    if len(mod.ANSWERS) != 16:
        problems.append(f"{num}: {len(mod.ANSWERS)} expected answers, not 16")
    for q, a, where in mod.ANSWERS:
        if where == "truth":
            src = truth_text
        elif where == "case.yaml":
            src = case_text
        elif where in mod.DOCS:
            src = (folder / where).read_text()
        else:
            problems.append(f"{num}: answer source unknown: {where}")
            continue
        if norm(a) not in norm(src):
            problems.append(f"{num}: answer not in {where}: {q} -> {a}")
    # phones, e-mail, NPI, FICTIONAL on documents
    all_texts = {"case.yaml": case_text, "truth": truth_text}
    all_texts.update({rel: (folder / rel).read_text() for rel in mod.DOCS})
    for name, text in all_texts.items():
        for ph in re.findall(r"(?<![\d.])\(?\d{3}\)?[ .-]\d{3}-\d{4}", text):
            if not re.search(r"555-01\d\d$", ph):
                problems.append(f"{num}: phone not 555-01xx in {name}: {ph}")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not em.endswith(".example"):
                problems.append(f"{num}: e-mail not .example in {name}: {em}")
        for npi in re.findall(r"NPI[^0-9\n]{0,12}(\d{10})", text) + re.findall(r'npi: "(\d{10})"', text):
            if not npi_ok(npi):
                problems.append(f"{num}: NPI fails check digit in {name}: {npi}")
        if name not in ("case.yaml", "truth") and not (text.startswith("FICTIONAL") and "FICTIONAL DOCUMENT - end." in text):
            problems.append(f"{num}: document not marked FICTIONAL: {name}")
    return len(mod.ANSWERS), problems


def main(argv):
    sys.path.insert(0, str(HERE))
    run_check = "--check" in argv
    wanted = [a for a in argv if a in CASES] or CASES
    total, problems, checks = 0, [], []
    for num in wanted:
        n, probs = build(num)
        total += n
        problems += probs
        print(f"case {num}: {n} answers, {len(probs)} problems")
        for p in probs:
            print("  " + p)
        if run_check:
            slug = importlib.import_module(f"case{num}").SLUG
            res = subprocess.run([str(APPEAL_KIT), "check", str(HERE / slug)], capture_output=True, text=True)
            checks.append(f"=== {slug}\n$ appeal-kit check {slug}\nexit {res.returncode}\n{res.stdout}{res.stderr}")
            if res.returncode != 0:
                problems.append(f"{num}: check exit {res.returncode}")
            print(f"case {num}: check exit {res.returncode}")
    if run_check:
        out = HERE / ("check-output.txt" if wanted == CASES else "check-output-partial.txt")
        out.write_text("FICTIONAL test cases (set 40): output of appeal-kit check on each folder.\n\n" + "\n".join(checks))
    print(f"{len(wanted)} cases, {total} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
