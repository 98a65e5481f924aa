#!/usr/bin/env python3
"""Rebuild letters review set 46 (FICTIONAL) deterministically and check it.

Run with appeal-kit's venv:  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Each case module caseNN.py holds SLUG, CASE_YAML, DOCS {path: body}, TRUTH (markdown with the five headings) and
ANSWERS [(question, answer, source)], source a document path in the case folder, "case.yaml" or "truth".
The folders are deleted and rewritten; edit the modules, not the folders.
"""
import importlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from npi import npi_ok

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 46); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
CASES = [f"{i:02d}" for i in range(1, 9)]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def render_truth(mod):
    lines = ["", "**Expected answers (16)** - question -> answer (where it is printed):", ""]
    for i, (q, a, src) in enumerate(mod.ANSWERS, 1):
        lines.append(f"{i}. {q} -> **{a}** ({src})")
    block = "\n".join(lines) + "\n\n"
    text = mod.TRUTH.strip() + "\n"
    return text.replace("\n## Deliberately unknown", "\n" + block + "## Deliberately unknown", 1)


def build(nn):
    mod = importlib.import_module(f"case{nn}")
    folder = HERE / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.strip() + "\n")
    for rel, body in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + "\n\n" + body.strip("\n") + "\n\n" + FOOTER + "\n")
    truth = HERE / f"{mod.SLUG}.truth.md"
    truth.write_text(render_truth(mod))
    return mod, folder, truth


def walk(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)
    else:
        yield node


def selfcheck(mod, folder, truth):
    probs = []
    text_case = (folder / "case.yaml").read_text()
    try:
        data = YAML(typ="safe").load(io.StringIO(text_case))
    except Exception as e:  # noqa: BLE001
        return [f"{mod.SLUG}: case.yaml does not parse: {e}"]
    for v in walk(data):
        if isinstance(v, str) and re.fullmatch(r"(denial|clinical|other)/[^\s]+", v):
            if not (folder / v).is_file():
                probs.append(f"{mod.SLUG}: case.yaml names missing file {v}")
    found = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    expected = set(mod.DOCS) | {"case.yaml"}
    for extra in sorted(found - expected):
        probs.append(f"{mod.SLUG}: stray file {extra}")
    for rel in mod.DOCS:
        if rel.split("/")[0] not in ("denial", "clinical", "other"):
            probs.append(f"{mod.SLUG}: {rel} is not in denial/, clinical/ or other/")
    if "FICTIONAL" not in text_case.splitlines()[0]:
        probs.append(f"{mod.SLUG}: case.yaml first line not marked FICTIONAL")
    ttext = truth.read_text()
    if "FICTIONAL" not in ttext.splitlines()[0]:
        probs.append(f"{mod.SLUG}: truth file first line not marked FICTIONAL")
    pos = [ttext.find("\n" + h + "\n") for h in HEADINGS]
    if any(p < 0 for p in pos) or pos != sorted(pos):
        probs.append(f"{mod.SLUG}: truth headings missing or out of order")
    if len(mod.ANSWERS) != 16:
        probs.append(f"{mod.SLUG}: {len(mod.ANSWERS)} expected answers, not 16")
    for q, a, src in mod.ANSWERS:
        if src == "case.yaml":
            hay = text_case
        elif src == "truth":
            hay = ttext
        else:
            p = folder / src
            hay = p.read_text() if p.is_file() else ""
            if not hay:
                probs.append(f"{mod.SLUG}: answer source {src} missing")
        if norm(a) not in norm(hay):
            probs.append(f"{mod.SLUG}: answer {a!r} not in {src}")
    alltext = [("case.yaml", text_case), ("truth", ttext)]
    alltext += [(rel, (folder / rel).read_text()) for rel in mod.DOCS]
    for name, t in alltext:
        for m in re.finditer(r"\(\d{3}\) (\d{3})-(\d{4})", t):
            if m.group(1) != "555" or not m.group(2).startswith("01"):
                probs.append(f"{mod.SLUG}: {name}: phone {m.group(0)} not 555-01xx")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
            if not m.group(1).endswith(".example"):
                probs.append(f"{mod.SLUG}: {name}: e-mail {m.group(0)} not .example")
        for m in re.finditer(r"NPI[:\s\"]*(\d{10})|npi: \"(\d{10})\"", t):
            n = m.group(1) or m.group(2)
            if not npi_ok(n):
                probs.append(f"{mod.SLUG}: {name}: NPI {n} fails its check digit")
        if name not in ("case.yaml", "truth"):
            if not t.startswith(HEADER) or not t.rstrip().endswith(FOOTER):
                probs.append(f"{mod.SLUG}: {name}: FICTIONAL header/footer missing")
    return probs


def main(argv):
    check = "--check" in argv
    nums = [a for a in argv if a.isdigit()] or CASES
    sys.path.insert(0, str(HERE))
    problems, answers, out = [], 0, []
    for nn in nums:
        mod, folder, truth = build(f"{int(nn):02d}")
        p = selfcheck(mod, folder, truth)
        problems += p
        answers += len(mod.ANSWERS)
        print(f"{nn}: {mod.SLUG}: {len(mod.ANSWERS)} answers, {len(p)} problems")
        for x in p:
            print("  PROBLEM", x)
        if check:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            out.append(f"=== {mod.SLUG}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"   check exit {r.returncode}")
            if r.returncode != 0:
                problems.append(f"{mod.SLUG}: check exit {r.returncode}")
    if check:
        name = "check-output.txt" if nums == CASES else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    print(f"{len(nums)} cases, {answers} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
