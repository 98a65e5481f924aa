"""Write and self-check the letters18 set (FICTIONAL). Used by make_set.py."""
import os, re, shutil
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "FICTIONAL"


def npi(base9):
    """Complete a 9-digit NPI base with its Luhn check digit (prefix 80840)."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(case):
    folder = os.path.join(HERE, case["slug"])
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    with open(os.path.join(folder, "case.yaml"), "w") as f:
        f.write(case["yaml"].lstrip("\n"))
    for rel, text in case["docs"].items():
        p = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        body = text.strip("\n") + "\n"
        if MARK not in body.splitlines()[0]:
            body = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number.\n\n" + body
        if not body.rstrip().endswith("FICTIONAL DOCUMENT."):
            body += "\nFICTIONAL DOCUMENT.\n"
        with open(p, "w") as f:
            f.write(body)
    with open(os.path.join(HERE, case["slug"] + ".truth.md"), "w") as f:
        f.write(case["truth"].strip("\n") + "\n")


def files_named(data):
    """Every value under a key 'file', 'authorization', 'proof' that looks like a case path."""
    out = []
    def walk(x, key=None):
        if isinstance(x, dict):
            for k, v in x.items():
                walk(v, k)
        elif isinstance(x, list):
            for v in x:
                walk(v, key)
        elif isinstance(x, str) and key in ("file", "authorization", "proof", "eob_file"):
            if re.match(r"^(denial|clinical|other|literature)/", x):
                out.append(x)
    walk(data)
    return out


def self_check(case):
    problems = []
    folder = os.path.join(HERE, case["slug"])
    text = open(os.path.join(folder, "case.yaml")).read()
    if MARK not in text.splitlines()[0]:
        problems.append("case.yaml not marked FICTIONAL on line 1")
    data = YAML(typ="safe").load(text)
    for rel in files_named(data):
        if not os.path.exists(os.path.join(folder, rel)):
            problems.append(f"case.yaml names missing file {rel}")
    for rel in case["docs"]:
        body = open(os.path.join(folder, rel)).read()
        if MARK not in body:
            problems.append(f"{rel} not marked FICTIONAL")
    truth = open(os.path.join(HERE, case["slug"] + ".truth.md")).read()
    if MARK not in truth.splitlines()[0]:
        problems.append("truth file title lacks FICTIONAL")
    for sec in ("## What is true", "## Deliberately unknown", "## Traps",
                "## Arguments a strong letter makes", "## What a letter must NOT say"):
        if sec not in truth:
            problems.append(f"truth file lacks section {sec}")
    for rel, want in case["expected"]:
        p = os.path.join(folder, rel)
        if not os.path.exists(p):
            problems.append(f"expected answer names missing document {rel}")
            continue
        if norm(want) not in norm(open(p).read()):
            problems.append(f"expected answer not printed in {rel}: {want!r}")
    return problems
