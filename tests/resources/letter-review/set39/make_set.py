#!/usr/bin/env python3
"""Rebuild letters review set 39 (FICTIONAL cases for appeal-kit issue 18) and self-check it.

Run with appeal-kit's venv:  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Data lives in case01.py ... case08.py (SLUG, CASE_YAML, DOCS, TRUTH, ANSWERS); edit those, not the folders.
Deterministic: the same modules always give the same files. Everything written is FICTIONAL.
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
CASES = [f"{n:02d}" for n in range(1, 9)]
HEADINGS = [
    "## What is true",
    "## Deliberately unknown",
    "## Traps",
    "## Arguments a strong letter makes (strongest first)",
    "## What a letter must NOT say",
]
HEADER = "FICTIONAL - invented for a blind test set (set 39); not a real person, plan, clinic or number.\n\n"
FOOTER = "\nFICTIONAL DOCUMENT - end.\n"
FOLDERS = ("denial", "clinical", "other")


def npi_ok(npi: str) -> bool:
    """Luhn check over the 80840 prefix, as CMS defines the NPI check digit."""
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


assert npi_ok("1234567893"), "NPI check digit routine disagrees with CMS's published example"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def render_truth(mod) -> str:
    lines = []
    for i, (q, a, where) in enumerate(mod.ANSWERS, 1):
        shown = re.sub(r"\s+", " ", a)
        lines.append(f"{i}. {q} -> **{shown}** ({where})")
    return mod.TRUTH.replace("{ANSWERS}", "\n".join(lines))


def yaml_paths(node, out):
    if isinstance(node, dict):
        for v in node.values():
            yaml_paths(v, out)
    elif isinstance(node, list):
        for v in node:
            yaml_paths(v, out)
    elif isinstance(node, str) and re.fullmatch(r"(denial|clinical|other)/[^\s]+\.txt", node.strip()):
        out.add(node.strip())


def build(num: str) -> list[str]:
    mod = importlib.import_module(f"case{num}")
    folder = HERE / mod.SLUG
    truth_path = HERE / f"{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"), encoding="utf-8")
    for rel, body in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + body.strip("\n") + "\n" + FOOTER, encoding="utf-8")
    truth = render_truth(mod)
    truth_path.write_text(truth, encoding="utf-8")

    problems = []
    say = lambda m: problems.append(f"{num}: {m}")  # noqa: E731
    case_text = (folder / "case.yaml").read_text(encoding="utf-8")
    data = YAML(typ="safe").load(io.StringIO(case_text))
    if "FICTIONAL" not in case_text.splitlines()[0]:
        say("case.yaml first line not marked FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        say("truth file first line not marked FICTIONAL")
    pos = [truth.find("\n" + h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        say(f"truth headings missing or out of order: {pos}")
    if len([ln for ln in truth.splitlines() if ln.startswith("## ")]) != 5:
        say("truth file must have exactly the five ## headings")
    paths = set()
    yaml_paths(data, paths)
    for rel in sorted(paths):
        if not (folder / rel).is_file():
            say(f"case.yaml names {rel}, which does not exist")
    for p in folder.rglob("*"):
        if p.is_file() and p.name != "case.yaml":
            rel = p.relative_to(folder).as_posix()
            if rel.split("/")[0] not in FOLDERS:
                say(f"document outside denial/clinical/other: {rel}")
            if rel not in mod.DOCS:
                say(f"stray file {rel}")
            text = p.read_text(encoding="utf-8")
            if not text.startswith(HEADER) or not text.endswith(FOOTER):
                say(f"{rel}: FICTIONAL header/footer missing")
    if len(mod.ANSWERS) != 16:
        say(f"{len(mod.ANSWERS)} expected answers, not 16")
    for q, a, where in mod.ANSWERS:
        if where == "truth":
            hay = truth
        elif where == "case.yaml":
            hay = case_text
        else:
            f = folder / where
            hay = f.read_text(encoding="utf-8") if f.is_file() else ""
        if norm(a) not in norm(hay):
            say(f"answer {a!r} to {q!r} not found in {where}")
    every = [case_text, truth] + [(folder / r).read_text(encoding="utf-8") for r in mod.DOCS]
    for text in every:
        for m in re.finditer(r"\(?\b(\d{3})\)?[ .-](\d{3})-(\d{4})\b", text):
            if m.group(2) != "555" or not m.group(3).startswith("01"):
                say(f"phone number not 555-01xx: {m.group(0)}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([A-Za-z]+)", text):
            if m.group(2).lower() != "example":
                say(f"e-mail not on .example: {m.group(0)}")
        for m in re.finditer(r"\b(?:npi|NPI)\b[^0-9]{0,12}(\d{10})\b", text):
            if not npi_ok(m.group(1)):
                say(f"NPI fails its check digit: {m.group(1)}")
    if isinstance(data.get("provider"), dict) and "npi" in data["provider"]:
        if not npi_ok(str(data["provider"]["npi"])):
            say("provider.npi fails its check digit")
    return problems


def main(argv):
    run_check = "--check" in argv
    nums = [a for a in argv if re.fullmatch(r"\d\d", a)] or CASES
    sys.path.insert(0, str(HERE))
    problems, answers = [], 0
    for num in nums:
        problems += build(num)
        answers += len(importlib.import_module(f"case{num}").ANSWERS)
    for p in problems:
        print("PROBLEM", p)
    if run_check:
        out = []
        for num in nums:
            slug = importlib.import_module(f"case{num}").SLUG
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / slug)], capture_output=True, text=True)
            out.append(f"===== {slug}\nexit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {num}: exit {r.returncode}")
            if r.returncode != 0:
                problems.append(f"{num}: check exit {r.returncode}")
        name = "check-output.txt" if nums == CASES else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out), encoding="utf-8")
    print(f"{len(nums)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
