#!/usr/bin/env python3
"""Rebuild letters review set 54 (FICTIONAL) from case01.py ... case08.py and self-check it.

Run with appeal-kit's venv python: `make_set.py` (all), `make_set.py 03` (some), `--check` also runs
`appeal-kit check` on each folder and writes check-output.txt (check-output-partial.txt for a subset).
Every case module holds SLUG, CASE_YAML, DOCS ({path: body}), TRUTH, ANSWERS ([(question, answer, source)]).
`source` is a document path in the case folder, "truth" or "case.yaml"; the answer must be printed there.
"""
import importlib, io, re, shutil, subprocess, sys
sys.dont_write_bytecode = True
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 54); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]


def npi_ok(npi: str) -> bool:
    digits = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return len(npi) == 10 and total % 10 == 0


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def build(mod):
    folder = HERE / mod.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.lstrip("\n"))
    for rel, body in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + body.strip("\n") + FOOTER)
    (HERE / f"{mod.SLUG}.truth.md").write_text(mod.TRUTH.lstrip("\n"))
    return folder


def selfcheck(mod, folder):
    problems = []
    texts = {"truth": (HERE / f"{mod.SLUG}.truth.md").read_text(), "case.yaml": (folder / "case.yaml").read_text()}
    for rel in mod.DOCS:
        texts[rel] = (folder / rel).read_text()
    data = YAML(typ="safe").load(texts["case.yaml"])
    if not texts["case.yaml"].startswith("# FICTIONAL"):
        problems.append("case.yaml: first line not FICTIONAL")
    if not texts["truth"].splitlines()[0].rstrip().endswith("(FICTIONAL)"):
        problems.append("truth: first line not marked FICTIONAL")
    pos = [texts["truth"].find(h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"truth: headings missing or out of order {pos}")
    if len(mod.ANSWERS) != 16:
        problems.append(f"{len(mod.ANSWERS)} expected answers, not 16")
    for q, a, src in mod.ANSWERS:
        if src not in texts:
            problems.append(f"answer source {src} is not a file of the case")
        elif norm(a) not in norm(texts[src]):
            problems.append(f"answer {a!r} ({q}) not printed in {src}")
    # every path case.yaml names exists
    for m in re.finditer(r"(?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt", texts["case.yaml"]):
        if not (folder / m.group(0)).exists():
            problems.append(f"case.yaml names missing file {m.group(0)}")
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != "case.yaml" and rel not in mod.DOCS:
                problems.append(f"stray file {rel}")
            if rel != "case.yaml" and rel.split("/")[0] not in ("denial", "clinical", "other"):
                problems.append(f"document outside denial/clinical/other: {rel}")
    for name, t in texts.items():
        for ph in re.findall(r"\(?\d{3}\)?[ -]\d{3}-\d{4}", t):
            if not re.search(r"555-01\d\d$", ph):
                problems.append(f"{name}: phone {ph} not 555-01xx")
        for em in re.findall(r"[\w.+-]+@[\w.-]+", t):
            if not em.rstrip(".").endswith(".example"):
                problems.append(f"{name}: e-mail {em} not on .example")
        for url in re.findall(r"(?:https?://|www\.)[\w./-]+", t):
            if ".example" not in url:
                problems.append(f"{name}: web address {url} not on .example")
        for npi in re.findall(r"NPI:?\s*\"?(\d{10})", t) + re.findall(r"npi: \"(\d{10})\"", t):
            if not npi_ok(npi):
                problems.append(f"{name}: NPI {npi} fails its check digit")
    for rel in mod.DOCS:
        t = texts[rel]
        if not (t.startswith("FICTIONAL") and t.rstrip().endswith("FICTIONAL DOCUMENT - end.")):
            problems.append(f"{rel}: FICTIONAL header/footer missing")
    if "patient" not in data or "claim" not in data:
        problems.append("case.yaml lacks patient or claim")
    return problems


def main(argv):
    check = "--check" in argv
    nums = [a for a in argv if a.isdigit()]
    wanted = nums or [f"{i:02d}" for i in range(1, 9)]
    sys.path.insert(0, str(HERE))
    total_answers, all_problems, check_lines = 0, [], []
    for n in wanted:
        mod = importlib.import_module(f"case{n}")
        folder = build(mod)
        probs = selfcheck(mod, folder)
        total_answers += len(mod.ANSWERS)
        for p in probs:
            all_problems.append(f"{n}: {p}")
        print(f"case {n} {mod.SLUG}: {len(mod.ANSWERS)} answers, {len(probs)} problems")
        for p in probs:
            print("   ", p)
        if check:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            check_lines.append(f"===== {mod.SLUG}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"    check exit {r.returncode}")
    if check:
        out = "check-output.txt" if not nums else "check-output-partial.txt"
        (HERE / out).write_text("\n".join(check_lines))
    print(f"{len(wanted)} cases, {total_answers} expected answers, {len(all_problems)} problems")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
