#!/usr/bin/env python3
"""FICTIONAL blind letters set 36 (issue 18): writes 8 case folders + truth files, self-checks, --check runs
appeal-kit check on each folder. Deterministic: same output every run. Data: cases36.py."""
import re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML
from cases36 import CASES

HERE = Path(__file__).resolve().parent
AK = "/work/main/.venv/bin/appeal-kit"
HEAD = "FICTIONAL - invented for a blind test set (set 36); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def npi_ok(n):
    digits = "80840" + n[:9]
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10 == int(n[9])


def write(case):
    folder = HERE / case["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(case["yaml"].strip() + "\n")
    for rel, body in case["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEAD + body.strip() + FOOT)
    (HERE / (case["slug"] + ".truth.md")).write_text(case["truth"].strip() + "\n")


def selfcheck(case):
    probs = []
    folder = HERE / case["slug"]
    truth = HERE / (case["slug"] + ".truth.md")
    ytext = (folder / "case.yaml").read_text()
    try:
        YAML(typ="safe").load(ytext)
    except Exception as e:  # noqa
        probs.append(f"case.yaml does not parse: {e}")
    if "FICTIONAL" not in ytext.splitlines()[0]:
        probs.append("case.yaml first line not FICTIONAL")
    ttext = truth.read_text()
    if "FICTIONAL" not in ttext.splitlines()[0]:
        probs.append("truth first line not FICTIONAL")
    pos = [ttext.find(h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        probs.append("truth headings missing or out of order")
    for ref in set(re.findall(r"\b((?:denial|clinical|other)/[A-Za-z0-9._-]+)", ytext)):
        if not (folder / ref).exists():
            probs.append(f"case.yaml names missing {ref}")
    allowed = {"case.yaml"} | set(case["docs"])
    for p in folder.rglob("*"):
        if p.is_file():
            rel = str(p.relative_to(folder))
            if rel not in allowed:
                probs.append(f"stray file {rel}")
            if rel != "case.yaml" and rel.split("/")[0] not in ("denial", "clinical", "other"):
                probs.append(f"document outside denial/clinical/other: {rel}")
            if rel != "case.yaml":
                t = p.read_text()
                if not t.startswith(HEAD) or not t.endswith(FOOT):
                    probs.append(f"{rel}: FICTIONAL header/footer missing")
    texts = {"case.yaml": ytext, "truth": ttext}
    for rel in case["docs"]:
        texts[rel] = (folder / rel).read_text()
    if len(case["answers"]) != 16:
        probs.append(f"{len(case['answers'])} expected answers, not 16")
    for q, a, src in case["answers"]:
        if src not in texts:
            probs.append(f"answer source {src} unknown")
        elif norm(a) not in norm(texts[src]):
            probs.append(f"answer {a!r} ({q}) not in {src}")
    blob = "\n".join(texts.values())
    for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", blob):
        if not re.search(r"555-01\d\d$", ph):
            probs.append(f"phone not 555-01xx: {ph}")
    for em in re.findall(r"[\w.+-]+@[\w.-]+", blob):
        if not em.rstrip(".").endswith(".example"):
            probs.append(f"e-mail not .example: {em}")
    for n in re.findall(r"NPI:? \"?(\d{10})|npi: \"(\d{10})\"", blob):
        n = n[0] or n[1]
        if not npi_ok(n):
            probs.append(f"NPI check digit fails: {n}")
    return probs


def main(argv):
    run_check = "--check" in argv
    only = [a for a in argv if a.isdigit()]
    cases = [c for c in CASES if not only or c["slug"][:2] in only]
    total_ans, problems = 0, 0
    for c in cases:
        write(c)
    for c in cases:
        pr = selfcheck(c)
        total_ans += len(c["answers"])
        problems += len(pr)
        for p in pr:
            print(f"{c['slug'][:2]}: PROBLEM {p}")
    if run_check:
        out = []
        for c in cases:
            r = subprocess.run([AK, "check", str(HERE / c["slug"])], capture_output=True, text=True)
            out.append(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            print(f"check {c['slug'][:2]}: exit {r.returncode}")
            if r.returncode != 0:
                problems += 1
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    print(f"{len(cases)} cases, {total_ans} expected answers, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
