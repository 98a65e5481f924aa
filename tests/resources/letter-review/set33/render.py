"""Write and self-check the set 33 case folders (FICTIONAL). Data lives in caseNN.py modules."""
import re
import shutil
from io import StringIO
from pathlib import Path

from ruamel.yaml import YAML

import npi

HERE = Path(__file__).resolve().parent
HEADER = "FICTIONAL - invented for a blind test set (set 33); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
PATH_RE = re.compile(r"^(denial|clinical|other)/[\w.\-]+$")


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def walk(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)
    else:
        yield node


def write_case(mod):
    """Write one case folder and its truth file; return a list of problems."""
    problems = []
    folder = HERE / mod.SLUG
    truth_path = HERE / f"{mod.SLUG}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    texts = {}
    case_text = mod.CASE_YAML.strip("\n") + "\n"
    (folder / "case.yaml").write_text(case_text)
    texts["case.yaml"] = case_text
    for rel, body in mod.DOCS.items():
        if not PATH_RE.match(rel):
            problems.append(f"{rel}: not under denial/, clinical/ or other/")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        full = HEADER + "\n\n" + body.strip("\n") + "\n\n" + FOOTER + "\n"
        p.write_text(full)
        texts[rel] = full
    truth = mod.TRUTH.strip("\n") + "\n"
    truth_path.write_text(truth)
    texts["truth"] = truth

    # case.yaml parses, first line FICTIONAL, every named path exists
    if "FICTIONAL" not in case_text.splitlines()[0]:
        problems.append("case.yaml: first line not marked FICTIONAL")
    data = YAML(typ="safe").load(StringIO(case_text))
    for v in walk(data):
        if isinstance(v, str) and PATH_RE.match(v) and not (folder / v).exists():
            problems.append(f"case.yaml names {v}, which does not exist")
    # no stray files
    for p in folder.rglob("*"):
        if p.is_file():
            rel = str(p.relative_to(folder))
            if rel != "case.yaml" and rel not in mod.DOCS:
                problems.append(f"stray file {rel}")
    # truth file
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append("truth: first line not marked FICTIONAL")
    pos = [truth.find("\n" + h + "\n") for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append("truth: the five headings are missing or out of order")
    # phones, e-mails, NPIs across every text
    for name, t in texts.items():
        for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", t):
            if not re.search(r"555-01\d\d$", ph):
                problems.append(f"{name}: phone {ph} is not 555-01xx")
        for em in re.findall(r"[\w.+-]+@[\w.-]+", t):
            if not em.rstrip(".").endswith(".example"):
                problems.append(f"{name}: e-mail {em} not on an .example domain")
        for n in re.findall(r"NPI[^0-9]{0,12}(\d{10})", t):
            if not npi.valid(n):
                problems.append(f"{name}: NPI {n} fails its check digit")
    for v in walk(data):
        if isinstance(v, str) and re.fullmatch(r"\d{10}", v) and not npi.valid(v):
            problems.append(f"case.yaml: 10-digit value {v} fails the NPI check digit")
    # expected answers
    for where, answer in mod.ANSWERS:
        if where not in texts:
            problems.append(f"answer names unknown document {where}")
        elif norm(answer) not in norm(texts[where]):
            problems.append(f"answer not found in {where}: {answer!r}")
    return problems
