#!/usr/bin/env python3
"""Rebuild letters set 52 (FICTIONAL blind test cases) deterministically, self-check it, and with --check run
`appeal-kit check` on every case folder (output in check-output.txt). Name case numbers (`make_set.py 03`) to make
only those (check output then goes to check-output-partial.txt). Edit caseNN.py, not the folders."""
import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML  # from appeal-kit's venv, used only to parse case.yaml for the self-check

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import FOOT, HEAD, npi_ok  # noqa: E402

APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
ALL = [f"{i:02d}" for i in range(1, 9)]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def answers_block(answers):
    rows = [f"  {i}. {q}: `{' '.join(a.split())}` ({where})" for i, (q, a, where) in enumerate(answers, 1)]
    return "- Expected answers (each printed in the file named):\n" + "\n".join(rows)


def build(num: str, problems: list) -> Path:
    m = importlib.import_module(f"case{num}")
    folder = HERE / m.SLUG
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(m.CASE_YAML)
    for rel, body in m.DOCS.items():
        p = folder / rel
        if p.parts[len(folder.parts)] not in ("denial", "clinical", "other"):
            problems.append(f"{num}: {rel} not under denial/, clinical/ or other/")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEAD + body.rstrip("\n") + FOOT)
    truth_src = m.TRUTH
    if "- Expected answers:" not in truth_src:
        problems.append(f"{num}: truth has no '- Expected answers:' line")
    truth = truth_src.replace("- Expected answers:", answers_block(m.ANSWERS))
    (HERE / f"{m.SLUG}.truth.md").write_text(truth)

    # self-checks
    texts = {"case.yaml": m.CASE_YAML, "truth": truth_src}
    texts.update({rel: HEAD + body + FOOT for rel, body in m.DOCS.items()})
    if len(m.ANSWERS) != 16:
        problems.append(f"{num}: {len(m.ANSWERS)} expected answers, not 16")
    for q, a, where in m.ANSWERS:
        if where not in texts:
            problems.append(f"{num}: answer '{q}' names unknown file {where}")
        elif norm(a) not in norm(texts[where]):
            problems.append(f"{num}: answer '{q}' = '{a}' not found in {where}")
    pos = [truth.find(h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{num}: truth headings missing or out of order")
    if "FICTIONAL" not in m.CASE_YAML.splitlines()[0] or "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{num}: case.yaml or truth not marked FICTIONAL on its first line")
    data = YAML(typ="safe").load(m.CASE_YAML)
    paths = set()

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k in ("file", "authorization", "proof", "counted_file", "other_terms_file", "sent_proof") and v:
                    for f in (v if isinstance(v, list) else [v]):
                        paths.add(f)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(data)
    for f in sorted(paths):
        if not (folder / f).exists():
            problems.append(f"{num}: case.yaml names {f}, which does not exist")
    alltext = "\n".join(texts.values())
    for ph in re.findall(r"\(\d{3}\) (\d{3})-(\d{4})", alltext):
        if ph[0] != "555" or not ph[1].startswith("01"):
            problems.append(f"{num}: phone 555-01xx expected, found {ph}")
    for em in re.findall(r"[\w.+-]+@([\w.-]+)", alltext):
        if not em.endswith(".example"):
            problems.append(f"{num}: e-mail domain {em} is not .example")
    for n in re.findall(r"npi: \"(\d+)\"|NPI (\d{10})", alltext):
        v = n[0] or n[1]
        if not npi_ok(v):
            problems.append(f"{num}: NPI {v} fails its check digit")
    listed = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    if listed != set(m.DOCS) | {"case.yaml"}:
        problems.append(f"{num}: stray files {sorted(listed - set(m.DOCS) - {'case.yaml'})}")
    return folder


def main(argv):
    check = "--check" in argv
    nums = [a for a in argv if a in ALL] or ALL
    problems, folders, n_ans = [], [], 0
    for num in nums:
        folders.append(build(num, problems))
        n_ans += len(importlib.import_module(f"case{num}").ANSWERS)
    if check:
        out = []
        for f in folders:
            r = subprocess.run([APPEAL_KIT, "check", str(f)], capture_output=True, text=True)
            out.append(f"=== {f.name}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            if r.returncode != 0:
                problems.append(f"{f.name}: check exit {r.returncode}")
        name = "check-output.txt" if nums == ALL else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(nums)} cases, {n_ans} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
