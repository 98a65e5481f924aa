#!/usr/bin/env python3
"""FICTIONAL blind letters review set 61 (issue 18): rebuild every case folder from case01.py ... case08.py.

Usage: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Deletes and rewrites each case folder and its truth file, then self-checks. --check also runs
`appeal-kit check` on each folder and writes check-output.txt (check-output-partial.txt when case numbers are given).
"""
import importlib, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
HEADER = "FICTIONAL - invented for a blind test set (set 61); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def build(mod):
    folder = HERE / mod.SLUG
    truth = HERE / (mod.SLUG + ".truth.md")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(mod.CASE_YAML.strip() + "\n")
    for rel, text in mod.DOCS.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + text.strip() + FOOTER)
    truth.write_text(mod.TRUTH.strip() + "\n")
    return folder, truth


def selfcheck(mod, folder, truth):
    probs = []
    yaml_text = (folder / "case.yaml").read_text()
    truth_text = truth.read_text()
    if not yaml_text.startswith("# FICTIONAL"):
        probs.append("case.yaml first line not FICTIONAL")
    if "FICTIONAL" not in truth_text.splitlines()[0]:
        probs.append("truth first line not FICTIONAL")
    pos = -1
    for h in HEADINGS:
        i = truth_text.find("\n" + h + "\n")
        if i <= pos:
            probs.append("truth heading missing or out of order: " + h)
        pos = i
    if len(mod.ANSWERS) != 16:
        probs.append("expected 16 answers, got %d" % len(mod.ANSWERS))
    for q, a, src in mod.ANSWERS:
        if src == "truth":
            text = truth_text
        elif src == "case.yaml":
            text = yaml_text
        else:
            p = folder / src
            if not p.exists():
                probs.append("answer source missing: " + src)
                continue
            text = p.read_text()
        if norm(a) not in norm(text):
            probs.append("answer not in %s: %r (%s)" % (src, a, q))
    for rel in re.findall(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)", yaml_text):
        if not (folder / rel).exists():
            probs.append("case.yaml names a missing file: " + rel)
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel == "case.yaml":
                continue
            if rel.split("/")[0] not in ("denial", "clinical", "other"):
                probs.append("stray file: " + rel)
            elif rel not in mod.DOCS:
                probs.append("file not in data: " + rel)
            t = p.read_text()
            if not (t.startswith(HEADER) and t.endswith(FOOTER)):
                probs.append("FICTIONAL header/footer missing: " + rel)
    every = yaml_text + truth_text + "".join(mod.DOCS.values())
    for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", every):
        if not re.search(r"555-01\d\d$", ph):
            probs.append("phone not 555-01xx: " + ph)
    for em in re.findall(r"[\w.+-]+@[\w.-]+", every):
        if not em.rstrip(".").endswith(".example"):
            probs.append("e-mail not on .example: " + em)
    return probs


def main(argv):
    check = "--check" in argv
    nums = [a for a in argv if a.isdigit()]
    allnums = ["%02d" % i for i in range(1, 9)]
    todo = [n.zfill(2) for n in nums] or allnums
    total, answers, out = 0, 0, []
    for n in todo:
        mod = importlib.import_module("case" + n)
        folder, truth = build(mod)
        probs = selfcheck(mod, folder, truth)
        answers += len(mod.ANSWERS)
        total += len(probs)
        print("%s %s: %d answers, %d problems" % (n, mod.SLUG, len(mod.ANSWERS), len(probs)))
        for p in probs:
            print("   PROBLEM", p)
        if check:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            out.append("=== %s (exit %d)\n%s%s" % (mod.SLUG, r.returncode, r.stdout, r.stderr))
            print("   check exit", r.returncode)
            if r.returncode != 0:
                total += 1
    if check:
        name = "check-output.txt" if todo == allnums else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    print("%d cases, %d expected answers, %d problems" % (len(todo), answers, total))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
