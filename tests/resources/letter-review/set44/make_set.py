#!/usr/bin/env python3
"""FICTIONAL blind letters test set 44 (issue 18): rebuilds every case folder and truth file from the data in
cases44.py, then self-checks. `--check` also runs `appeal-kit check` on each folder and writes check-output.txt.
Name case numbers (`make_set.py 03`) to make only those (check output then goes to check-output-partial.txt)."""
import re, shutil, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cases44  # noqa: E402

APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 44); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
SUBDIRS = ("denial", "clinical", "other")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def npi_ok(n):
    s = "80840" + n
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return tot % 10 == 0


def write_case(c):
    folder = HERE / c["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(c["yaml"].lstrip("\n"))
    for rel, text in c["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + text.strip("\n") + FOOTER)
    (HERE / (c["slug"] + ".truth.md")).write_text(c["truth"].lstrip("\n"))


def self_check(c):
    probs = []
    folder = HERE / c["slug"]
    yml = (folder / "case.yaml").read_text()
    truth = (HERE / (c["slug"] + ".truth.md")).read_text()
    texts = {"case.yaml": yml, "truth": truth}
    for rel in c["docs"]:
        texts[rel] = (folder / rel).read_text()
    # answers
    if len(c["answers"]) != 16:
        probs.append(f"{c['slug']}: {len(c['answers'])} answers, not 16")
    for q, a, where in c["answers"]:
        if where not in texts:
            probs.append(f"{c['slug']}: answer source {where} unknown")
        elif norm(a) not in norm(texts[where]):
            probs.append(f"{c['slug']}: answer {a!r} ({q}) not in {where}")
    # paths named in case.yaml exist
    for m in re.finditer(r"(?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt", yml):
        if not (folder / m.group(0)).exists():
            probs.append(f"{c['slug']}: case.yaml names missing {m.group(0)}")
    # no stray files; documents only in the three folders
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != "case.yaml" and rel not in c["docs"]:
                probs.append(f"{c['slug']}: stray file {rel}")
            if rel != "case.yaml" and rel.split("/")[0] not in SUBDIRS:
                probs.append(f"{c['slug']}: {rel} outside denial/clinical/other")
    if "FICTIONAL" not in yml.splitlines()[0]:
        probs.append(f"{c['slug']}: case.yaml first line not FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        probs.append(f"{c['slug']}: truth first line not FICTIONAL")
    pos = [truth.find(h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        probs.append(f"{c['slug']}: truth headings missing or out of order")
    for rel, t in texts.items():
        if rel.startswith(SUBDIRS) and not (t.startswith(HEADER) and t.endswith(FOOTER)):
            probs.append(f"{c['slug']}: {rel} lacks FICTIONAL header/footer")
        for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", t):
            if not re.search(r"555-01\d\d$", ph):
                probs.append(f"{c['slug']}: phone {ph} in {rel} not 555-01xx")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
            if not em.endswith(".example"):
                probs.append(f"{c['slug']}: e-mail {em} in {rel} not .example")
        for web in re.findall(r"\b(?:www\.)[\w.-]+", t):
            if not web.rstrip(".").endswith(".example"):
                probs.append(f"{c['slug']}: web address {web} in {rel} not .example")
        for n in re.findall(r"NPI:? \"?(\d{10})", t) + re.findall(r"npi: \"(\d{10})\"", t):
            if not npi_ok(n):
                probs.append(f"{c['slug']}: NPI {n} in {rel} fails its check digit")
    return probs


def main(argv):
    assert npi_ok("1234567893"), "NPI check digit routine is wrong (CMS example)"
    check = "--check" in argv
    wanted = [a for a in argv if a.isdigit()]
    chosen = [c for c in cases44.CASES if not wanted or c["slug"][:2] in {w.zfill(2) for w in wanted}]
    probs, n_ans = [], 0
    for c in chosen:
        write_case(c)
        probs += self_check(c)
        n_ans += len(c["answers"])
    out = []
    if check:
        worst = 0
        for c in chosen:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / c["slug"])], capture_output=True, text=True)
            worst = max(worst, r.returncode)
            out.append(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            if r.returncode != 0:
                probs.append(f"{c['slug']}: appeal-kit check exit {r.returncode}")
        name = "check-output.txt" if not wanted else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    for p in probs:
        print("PROBLEM:", p)
    print(f"{len(chosen)} cases, {n_ans} expected answers, {len(probs)} problems")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
