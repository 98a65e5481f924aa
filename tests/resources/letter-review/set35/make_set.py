#!/usr/bin/env python3
"""Letters review set 35 (issue 18): rebuild the eight FICTIONAL case folders and self-check them.

Run with appeal-kit's venv:  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
  NN ...   make only those cases (then --check writes check-output-partial.txt)
  --check  also run `appeal-kit check FOLDER` on each case folder and write check-output.txt
Data lives in caseNN.py (SLUG, CASE_YAML, DOCS, TRUTH, ANSWERS); edit those, not the folders.
Everything written is FICTIONAL.
"""
import importlib
import io
import pathlib
import re
import shutil
import subprocess
import sys

from ruamel.yaml import YAML

HERE = pathlib.Path(__file__).resolve().parent
APPEAL_KIT = pathlib.Path("/work/main/.venv/bin/appeal-kit")
ALL = [f"{n:02d}" for n in range(1, 9)]
DOC_HEADER = "FICTIONAL - invented for a blind test set (set 35); not a real person, plan, clinic or number.\n\n"
DOC_FOOTER = "\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
]
ANSWERS_PER_CASE = 16


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def npi_ok(npi):
    """Luhn check digit over the 80840 prefix (my own implementation)."""
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


def answers_block(answers):
    lines = [f"**Expected answers ({len(answers)})** - question: answer (where it is printed)"]
    for i, (q, a, f) in enumerate(answers, 1):
        lines.append(f"{i}. {q}: {a} ({f})")
    return "\n".join(lines)


def write_case(mod):
    folder = HERE / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"), encoding="utf-8")
    for rel, body in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(DOC_HEADER + body.strip("\n") + "\n" + DOC_FOOTER, encoding="utf-8")
    truth = mod.TRUTH.lstrip("\n").replace("{ANSWERS}", answers_block(mod.ANSWERS))
    (HERE / f"{mod.SLUG}.truth.md").write_text(truth, encoding="utf-8")


def self_check(mod):
    problems = []
    folder = HERE / mod.SLUG
    truth_path = HERE / f"{mod.SLUG}.truth.md"
    texts = {"case.yaml": (folder / "case.yaml").read_text(encoding="utf-8"),
             "truth": truth_path.read_text(encoding="utf-8")}
    for rel in mod.DOCS:
        texts[rel] = (folder / rel).read_text(encoding="utf-8")
    # case.yaml parses
    try:
        data = YAML(typ="safe").load(texts["case.yaml"])
    except Exception as exc:  # noqa: BLE001
        problems.append(f"case.yaml does not parse: {exc}")
        data = {}
    # answers
    if len(mod.ANSWERS) != ANSWERS_PER_CASE:
        problems.append(f"{len(mod.ANSWERS)} expected answers, not {ANSWERS_PER_CASE}")
    for q, a, f in mod.ANSWERS:
        if f not in texts:
            problems.append(f"answer '{q}' names unknown file {f}")
        elif norm(a) not in norm(texts[f]):
            problems.append(f"answer '{q}' = '{a}' not printed in {f}")
    # paths case.yaml names exist
    for rel in set(re.findall(r"\b((?:denial|clinical|other)/[A-Za-z0-9._-]+)", texts["case.yaml"])):
        if not (folder / rel).is_file():
            problems.append(f"case.yaml names missing file {rel}")
    # no stray file; documents only in denial/, clinical/, other/
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    expected = {"case.yaml", *mod.DOCS}
    for extra in sorted(on_disk - expected):
        problems.append(f"stray file {extra}")
    for rel in mod.DOCS:
        if rel.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"document outside denial/, clinical/, other/: {rel}")
    # FICTIONAL marks
    if "FICTIONAL" not in texts["case.yaml"].splitlines()[0]:
        problems.append("case.yaml first line not marked FICTIONAL")
    if "FICTIONAL" not in texts["truth"].splitlines()[0]:
        problems.append("truth file first line not marked FICTIONAL")
    for rel in mod.DOCS:
        t = texts[rel]
        if not (t.startswith(DOC_HEADER) and t.endswith(DOC_FOOTER)):
            problems.append(f"{rel}: FICTIONAL header/footer missing")
    # truth headings in order
    pos = -1
    for h in HEADINGS:
        found = [m.start() for m in re.finditer("^" + re.escape(h) + "$", texts["truth"], re.M)]
        if len(found) != 1 or found[0] < pos:
            problems.append(f"truth heading missing or out of order: {h}")
        else:
            pos = found[0]
    if len(re.findall(r"^## ", texts["truth"], re.M)) != len(HEADINGS):
        problems.append("truth file has headings other than the five")
    # phones, e-mail, NPIs
    for name, t in texts.items():
        for m in re.finditer(r"\(?\b(\d{3})\)?[ .-](\d{3})-(\d{4})\b", t):
            if m.group(2) != "555" or not m.group(3).startswith("01"):
                problems.append(f"{name}: phone not 555-01xx: {m.group(0)}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
            if not m.group(1).endswith(".example"):
                problems.append(f"{name}: e-mail not on .example: {m.group(0)}")
        for m in re.finditer(r"(?:NPI|npi)\W{0,4}(\d{10})", t):
            if not npi_ok(m.group(1)):
                problems.append(f"{name}: NPI fails its check digit: {m.group(1)}")
    if not isinstance(data, dict) or "patient" not in data:
        problems.append("case.yaml has no patient")
    return problems


def main(argv):
    check = "--check" in argv
    wanted = [a for a in argv if a != "--check"] or ALL
    total_answers = 0
    all_problems = []
    mods = []
    for n in wanted:
        mod = importlib.import_module(f"case{n}")
        mods.append((n, mod))
        write_case(mod)
        probs = self_check(mod)
        total_answers += len(mod.ANSWERS)
        for p in probs:
            all_problems.append(f"{n}: {p}")
        print(f"case {n}: {mod.SLUG}: {len(mod.ANSWERS)} answers, {len(probs)} problems")
        for p in probs:
            print(f"  PROBLEM {p}")
    if check:
        out = io.StringIO()
        for n, mod in mods:
            r = subprocess.run([str(APPEAL_KIT), "check", str(HERE / mod.SLUG)],
                               capture_output=True, text=True, cwd=HERE)
            out.write(f"===== case {n}: {mod.SLUG}: exit {r.returncode}\n{r.stdout}{r.stderr}\n")
            print(f"check case {n}: exit {r.returncode}")
            if r.returncode != 0:
                all_problems.append(f"{n}: appeal-kit check exit {r.returncode}")
        name = "check-output.txt" if wanted == ALL else "check-output-partial.txt"
        (HERE / name).write_text(out.getvalue(), encoding="utf-8")
    print(f"{len(mods)} cases, {total_answers} expected answers, {len(all_problems)} problems")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main(sys.argv[1:]))
