#!/usr/bin/env python3
"""Build letters review set 60 (FICTIONAL) from the data modules case01.py ... case08.py.

Usage (in this folder):
  /work/main/.venv/bin/python make_set.py            # rebuild every case and self-check
  /work/main/.venv/bin/python make_set.py 03 05      # rebuild only these cases
  /work/main/.venv/bin/python make_set.py --check    # also run `appeal-kit check` on each folder,
                                                     # writing check-output.txt (check-output-partial.txt for a subset)
Each data module holds SLUG, CASE_YAML (text), DOCS ({relative path: text}), TRUTH (markdown) and ANSWERS
(16 tuples: question, answer, where - a document path, "case.yaml" or "truth"). Edit the modules, not the folders.
"""
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
SET = 60
HEADER = f"FICTIONAL - invented for a blind test set (set {SET}); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
FOLDERS = ("denial", "clinical", "other")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def npi_ok(npi):
    digits = [int(c) for c in "80840" + npi[:-1]]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[-1])


def yaml_strings(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from yaml_strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from yaml_strings(v)
    elif isinstance(node, str):
        yield node


def build(num):
    mod = importlib.import_module(f"case{num}")
    folder = HERE / f"{num}-{mod.SLUG}"
    truth_path = HERE / f"{num}-{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"), encoding="utf-8")
    texts = {"case.yaml": mod.CASE_YAML, "truth": mod.TRUTH}
    for rel, body in sorted(mod.DOCS.items()):
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        full = HEADER + body.strip("\n") + FOOTER
        p.write_text(full, encoding="utf-8")
        texts[rel] = full
    truth_path.write_text(mod.TRUTH.lstrip("\n"), encoding="utf-8")
    return mod, folder, truth_path, texts


def self_check(num, mod, folder, truth_path, texts):
    problems = []
    say = lambda m: problems.append(f"case {num}: {m}")
    data = YAML(typ="safe").load(io.StringIO(mod.CASE_YAML))
    if not mod.CASE_YAML.lstrip().startswith("# FICTIONAL"):
        say("case.yaml does not open with '# FICTIONAL'")
    if not mod.TRUTH.lstrip().splitlines()[0].rstrip().endswith("(FICTIONAL)"):
        say("truth file's first line is not marked (FICTIONAL)")
    pos = -1
    for h in HEADINGS:
        i = mod.TRUTH.find("\n" + h + "\n")
        if i < 0 or i < pos:
            say(f"truth heading missing or out of order: {h}")
        pos = max(pos, i)
    if len(mod.ANSWERS) != 16:
        say(f"{len(mod.ANSWERS)} expected answers, not 16")
    for q, a, where in mod.ANSWERS:
        if where not in texts:
            say(f"answer to {q!r} names {where}, which is not a document of the case")
        elif norm(a) not in norm(texts[where]):
            say(f"answer {a!r} to {q!r} is not printed in {where}")
    for s in yaml_strings(data):
        for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.\-]+)", s):
            if not (folder / m.group(1)).exists():
                say(f"case.yaml names {m.group(1)}, which does not exist")
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != "case.yaml" and (rel.split("/")[0] not in FOLDERS or rel not in mod.DOCS):
                say(f"stray file {rel}")
    for name, t in texts.items():
        for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", t):
            if not re.search(r"555-01\d\d$", ph):
                say(f"{name}: phone {ph} is not 555-01xx")
        for em in re.findall(r"[\w.+-]+@[\w.-]+", t):
            if not em.rstrip(".").endswith(".example"):
                say(f"{name}: e-mail {em} is not on an .example domain")
        for npi in re.findall(r"NPI:? \"?(\d{10})", t) + re.findall(r"npi: \"(\d{10})\"", t):
            if not npi_ok(npi):
                say(f"{name}: NPI {npi} fails its check digit")
        if name not in ("case.yaml", "truth") and not (t.startswith(HEADER) and t.endswith(FOOTER)):
            say(f"{name}: FICTIONAL header or footer missing")
    return problems


def main(argv):
    run_check = "--check" in argv
    nums = [a for a in argv if re.fullmatch(r"\d\d", a)] or [f"{i:02d}" for i in range(1, 9)]
    sys.path.insert(0, str(HERE))
    problems, answers, out = [], 0, []
    for num in nums:
        mod, folder, truth_path, texts = build(num)
        probs = self_check(num, mod, folder, truth_path, texts)
        problems += probs
        answers += len(mod.ANSWERS)
        print(f"case {num}: {folder.name}: {len(mod.DOCS)} documents, {len(mod.ANSWERS)} answers, "
              f"{len(probs)} problems")
        for p in probs:
            print("  " + p)
        if run_check:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            out.append(f"===== {folder.name}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"  appeal-kit check: exit {r.returncode}")
            if r.returncode != 0:
                problems.append(f"case {num}: check exit {r.returncode}")
    if run_check:
        name = "check-output.txt" if len(nums) == 8 else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out), encoding="utf-8")
    print(f"{len(nums)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
