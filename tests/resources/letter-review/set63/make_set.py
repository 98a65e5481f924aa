#!/usr/bin/env python3
"""Rebuild letters review set 63 (FICTIONAL) from case01.py ... case08.py, then self-check.

Usage (from this folder):  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
--check also runs `appeal-kit check` on each folder and writes check-output.txt (check-output-partial.txt
when case numbers are named). Deterministic: same data in, same files out. Edit the data modules, not the folders.
"""
import importlib, json, re, shutil, subprocess, sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
CHECK = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 63); not a real person, plan, clinic or number.\n\n"
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
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10 == int(npi[-1])


def walk(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)
    elif isinstance(node, str):
        yield node


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
    # answers
    if len(mod.ANSWERS) != 16:
        probs.append(f"{num}: {len(mod.ANSWERS)} expected answers, not 16")
    for q, a, where in mod.ANSWERS:
        if where not in texts:
            probs.append(f"{num}: answer to {q!r} names unknown document {where}")
        elif norm(a) not in norm(texts[where]):
            probs.append(f"{num}: answer {a!r} ({q}) not printed in {where}")
    # case.yaml parses; paths exist
    data = YAML(typ="safe").load(texts["case.yaml"])
    for s in walk(data):
        if re.fullmatch(r"(denial|clinical|other)/[^\s]+", s) and not (folder / s).exists():
            probs.append(f"{num}: case.yaml names missing file {s}")
    # stray files / placement
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != "case.yaml" and rel not in mod.DOCS:
                probs.append(f"{num}: stray file {rel}")
            if rel != "case.yaml" and rel.split("/")[0] not in FOLDERS:
                probs.append(f"{num}: document outside denial/, clinical/, other/: {rel}")
    # FICTIONAL marks
    if "FICTIONAL" not in texts["case.yaml"].splitlines()[0]:
        probs.append(f"{num}: case.yaml first line not marked FICTIONAL")
    if "FICTIONAL" not in texts["truth"].splitlines()[0]:
        probs.append(f"{num}: truth first line not marked FICTIONAL")
    pos = [texts["truth"].find(h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        probs.append(f"{num}: truth headings missing or out of order")
    for rel in mod.DOCS:
        t = texts[rel]
        if not (t.startswith(HEADER) and t.endswith(FOOTER)):
            probs.append(f"{num}: {rel} lacks FICTIONAL header/footer")
    # phones, e-mail, NPI
    for name, t in texts.items():
        for m in re.finditer(r"\(?\b(\d{3})\)?[ .-](\d{3})-(\d{4})\b", t):
            if m.group(2) != "555" or not m.group(3).startswith("01"):
                probs.append(f"{num}: {name}: phone {m.group(0)} is not 555-01xx")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([a-z]+)\b", t):
            if m.group(2) != "example":
                probs.append(f"{num}: {name}: e-mail {m.group(0)} not on .example")
        for m in re.finditer(r"NPI[^0-9\n]{0,12}(\d{10})\b", t):
            if not npi_ok(m.group(1)):
                probs.append(f"{num}: {name}: NPI {m.group(1)} fails its check digit")
    for s in walk(data):
        if re.fullmatch(r"\d{10}", s) and not npi_ok(s):
            probs.append(f"{num}: case.yaml: NPI {s} fails its check digit")
    return probs


def main(argv):
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    run_check = "--check" in argv
    nums = [a for a in argv if re.fullmatch(r"\d\d", a)] or [f"{i:02d}" for i in range(1, 9)]
    problems, answers, built = [], {}, []
    for num in nums:
        mod, folder, truth = build(num)
        built.append(folder)
        problems += selfcheck(num, mod, folder, truth)
        answers[f"{num}-{mod.SLUG}"] = [{"question": q, "answer": a, "where": w} for q, a, w in mod.ANSWERS]
    if len(nums) == 8:
        (HERE / "expected-answers.json").write_text(json.dumps(answers, indent=1, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM", p)
    n_ans = sum(len(v) for v in answers.values())
    print(f"{len(nums)} cases, {n_ans} expected answers, {len(problems)} problems")
    rc = 1 if problems else 0
    if run_check:
        out = []
        for folder in built:
            r = subprocess.run([CHECK, "check", str(folder)], capture_output=True, text=True)
            out.append(f"===== {folder.name}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {folder.name}: exit {r.returncode}")
            rc = rc or r.returncode
        name = "check-output.txt" if len(nums) == 8 else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
