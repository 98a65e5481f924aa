# FICTIONAL test-set generator for appeal-kit letters set 49 (issue 18). Written blind; my own code.
# Usage: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
# Rebuilds each case folder (case.yaml + documents in denial/, clinical/, other/) and its truth file from the
# data modules case01.py ... case08.py, then self-checks. --check also runs `appeal-kit check` on every folder
# and writes check-output.txt (check-output-partial.txt when case numbers are named).
import importlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (letters set 49); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
]
SUBDIRS = ("denial", "clinical", "other")


def npi(nine: str) -> str:
    """An invented NPI: nine digits plus the Luhn check digit computed over the 80840 prefix."""
    digits = "80840" + nine
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return nine + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    if not re.fullmatch(r"\d{10}", n):
        return False
    return npi(n[:9]) == n


assert npi("123456789") == "1234567893"  # CMS's published example


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def subst(text: str) -> str:
    return re.sub(r"@NPI:(\d{9})@", lambda m: npi(m.group(1)), text)


def build(mod):
    slug = mod.SLUG
    folder = HERE / slug
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for sub in SUBDIRS:
        (folder / sub).mkdir()
    (folder / "case.yaml").write_text(subst(mod.CASE_YAML).lstrip("\n"))
    for rel, body in mod.DOCS.items():
        p = folder / rel
        p.write_text(HEADER + subst(body).strip("\n") + FOOTER)
    (HERE / f"{slug}.truth.md").write_text(subst(mod.TRUTH).lstrip("\n"))
    for sub in SUBDIRS:  # an empty folder is left out
        if not any((folder / sub).iterdir()):
            (folder / sub).rmdir()


def paths_in(node):
    out = []
    if isinstance(node, dict):
        for v in node.values():
            out += paths_in(v)
    elif isinstance(node, list):
        for v in node:
            out += paths_in(v)
    elif isinstance(node, str) and re.fullmatch(r"(denial|clinical|other)/[\w.\-]+", node):
        out.append(node)
    return out


def selfcheck(mod):
    problems = []
    slug = mod.SLUG
    folder = HERE / slug
    truth = (HERE / f"{slug}.truth.md").read_text()
    case_text = (folder / "case.yaml").read_text()
    yaml = YAML(typ="safe")
    data = yaml.load(io.StringIO(case_text))
    texts = {"truth": truth, "case.yaml": case_text}
    for rel in mod.DOCS:
        texts[rel] = (folder / rel).read_text()
    if len(mod.ANSWERS) != 16:
        problems.append(f"{slug}: {len(mod.ANSWERS)} expected answers, not 16")
    for q, a, where in mod.ANSWERS:
        if where not in texts:
            problems.append(f"{slug}: answer to {q!r} names unknown document {where}")
        elif norm(subst(a)) not in norm(texts[where]):
            problems.append(f"{slug}: answer {a!r} to {q!r} not found in {where}")
    for rel in paths_in(data):
        if not (folder / rel).is_file():
            problems.append(f"{slug}: case.yaml names {rel}, which does not exist")
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != "case.yaml" and rel not in mod.DOCS:
                problems.append(f"{slug}: stray file {rel}")
            if rel != "case.yaml" and rel.split("/")[0] not in SUBDIRS:
                problems.append(f"{slug}: {rel} is outside denial/, clinical/, other/")
    if "FICTIONAL" not in case_text.splitlines()[0]:
        problems.append(f"{slug}: case.yaml first line is not marked FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{slug}: truth file first line is not marked FICTIONAL")
    pos = [truth.find("\n" + h + "\n") for h in HEADINGS]
    if any(p < 0 for p in pos) or pos != sorted(pos):
        problems.append(f"{slug}: truth file headings missing or out of order")
    for rel in mod.DOCS:
        t = texts[rel]
        if not t.startswith(HEADER) or not t.endswith(FOOTER):
            problems.append(f"{slug}: {rel} lacks its FICTIONAL header or footer")
    for name, t in texts.items():
        for ph in re.findall(r"\(?\b\d{3}\)?[ -.]\d{3}-\d{4}\b", t):
            if not re.search(r"555-01\d\d$", ph):
                problems.append(f"{slug}: {name}: phone {ph} is not 555-01xx")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
            if not em.endswith(".example"):
                problems.append(f"{slug}: {name}: e-mail {em} not on an .example domain")
        for m in re.findall(r"NPI:?\s*\"?(\d{10})", t):
            if not npi_ok(m):
                problems.append(f"{slug}: {name}: NPI {m} fails its check digit")
        for m in re.findall(r"npi: \"(\d+)\"", t):
            if not npi_ok(m):
                problems.append(f"{slug}: {name}: NPI {m} fails its check digit")
    return problems


def main(argv):
    check = "--check" in argv
    nums = [a for a in argv if re.fullmatch(r"\d\d", a)]
    todo = nums or [f"{i:02d}" for i in range(1, 9)]
    mods = [importlib.import_module(f"case{n}") for n in todo]
    problems, answers = [], 0
    for mod in mods:
        build(mod)
        problems += selfcheck(mod)
        answers += len(mod.ANSWERS)
    ans_md = ["# Expected answers, letters set 49 (FICTIONAL)", "",
              "Each answer is printed, word for word, in the document named (self-checked by make_set.py).", "",
              "| case | question | expected answer | where |", "|---|---|---|---|"]
    if not nums:
        for mod in mods:
            for q, a, where in mod.ANSWERS:
                ans_md.append(f"| {mod.SLUG[:2]} | {q} | {subst(a)} | {where} |")
        (HERE / "expected-answers.md").write_text("\n".join(ans_md) + "\n")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(mods)} cases, {answers} expected answers, {len(problems)} problems")
    if check:
        out = []
        worst = 0
        for mod in mods:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / mod.SLUG)], capture_output=True, text=True)
            worst = max(worst, r.returncode)
            out.append(f"===== {mod.SLUG}: exit {r.returncode}\n{r.stdout}{r.stderr}")
        name = "check-output-partial.txt" if nums else "check-output.txt"
        (HERE / name).write_text("\n".join(out))
        print(f"check: worst exit {worst} (see {name})")
        if worst:
            return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main(sys.argv[1:]))
