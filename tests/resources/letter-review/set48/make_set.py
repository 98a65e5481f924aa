#!/usr/bin/env python3
"""FICTIONAL test set 48 (issue 18): rebuild the eight case folders and their truth files, then self-check.

Run with appeal-kit's venv: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Deterministic: every case folder and truth file is deleted and rewritten from case01.py ... case08.py
(SLUG, CASE_YAML, DOCS, TRUTH, ANSWERS). --check also runs `appeal-kit check` on each folder and writes
check-output.txt (check-output-partial.txt when case numbers are named).
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
HEADER = "FICTIONAL - invented for a blind test set (set 48); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
ALL = [f"{n:02d}" for n in range(1, 9)]


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


def yaml_paths(node, out):
    if isinstance(node, dict):
        for v in node.values():
            yaml_paths(v, out)
    elif isinstance(node, list):
        for v in node:
            yaml_paths(v, out)
    elif isinstance(node, str) and re.fullmatch(r"(denial|clinical|other)/[\w.\-]+", node):
        out.add(node)
    return out


def build(num):
    mod = importlib.import_module(f"case{num}")
    folder = HERE / f"{num}-{mod.SLUG}"
    truth = HERE / f"{num}-{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"))
    for rel, text in sorted(mod.DOCS.items()):
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + text.strip("\n") + FOOTER)
    truth.write_text(mod.TRUTH.lstrip("\n"))
    return mod, folder, truth


def selfcheck(num, mod, folder, truth):
    probs = []
    texts = {"case.yaml": (folder / "case.yaml").read_text(), "truth": truth.read_text()}
    for rel in mod.DOCS:
        texts[rel] = (folder / rel).read_text()
    data = YAML(typ="safe").load(io.StringIO(texts["case.yaml"]))
    if len(mod.ANSWERS) != 16:
        probs.append(f"{num}: {len(mod.ANSWERS)} expected answers, not 16")
    for q, a, where in mod.ANSWERS:
        if where not in texts:
            probs.append(f"{num}: answer source {where} missing ({q})")
        elif norm(a) not in norm(texts[where]):
            probs.append(f"{num}: answer {a!r} not found in {where} ({q})")
    for rel in sorted(yaml_paths(data, set())):
        if not (folder / rel).exists():
            probs.append(f"{num}: case.yaml names {rel}, which does not exist")
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != "case.yaml" and rel not in mod.DOCS:
                probs.append(f"{num}: stray file {rel}")
            if rel != "case.yaml" and rel.split("/")[0] not in ("denial", "clinical", "other"):
                probs.append(f"{num}: {rel} outside denial/, clinical/, other/")
    if "FICTIONAL" not in texts["case.yaml"].splitlines()[0]:
        probs.append(f"{num}: case.yaml first line not marked FICTIONAL")
    if "FICTIONAL" not in texts["truth"].splitlines()[0]:
        probs.append(f"{num}: truth file first line not marked FICTIONAL")
    pos = [texts["truth"].find(h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        probs.append(f"{num}: truth headings missing or out of order")
    for name, t in texts.items():
        for ph in re.findall(r"\(?\d{3}\)?[ -]\d{3}-\d{4}", t):
            if not re.search(r"555-01\d\d$", ph):
                probs.append(f"{num}: {name}: phone {ph} not 555-01xx")
        for em in re.findall(r"[\w.+-]+@[\w.-]+", t):
            if not em.rstrip(".").endswith(".example"):
                probs.append(f"{num}: {name}: e-mail {em} not on .example")
        for npi in re.findall(r"NPI\D{0,3}(\d{10})", t) + re.findall(r'npi: "(\d{10})"', t):
            if not npi_ok(npi):
                probs.append(f"{num}: {name}: NPI {npi} fails its check digit")
    return probs


def main(argv):
    sys.path.insert(0, str(HERE))
    check = "--check" in argv
    nums = [a for a in argv if a in ALL] or ALL
    probs, answers, outs = [], 0, []
    for num in nums:
        mod, folder, truth = build(num)
        probs += selfcheck(num, mod, folder, truth)
        answers += len(mod.ANSWERS)
        if check:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            outs.append(f"=== {folder.name}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            if r.returncode != 0:
                probs.append(f"{num}: appeal-kit check exit {r.returncode}")
    if check:
        name = "check-output.txt" if nums == ALL else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(outs))
    for p in probs:
        print("PROBLEM", p)
    print(f"{len(nums)} cases, {answers} expected answers, {len(probs)} problems")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
