"""Writing and self-checking the case folders of letters set 15 (FICTIONAL)."""
import pathlib
import re
import shutil
import textwrap

BANNER = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number."


def _norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def _doc_text(body):
    body = textwrap.dedent(body).strip("\n")
    return f"{BANNER}\n\n{body}\n\nFICTIONAL DOCUMENT.\n"


def write_case(root, case):
    folder = root / case["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(textwrap.dedent(case["yaml"]).lstrip("\n"))
    for rel, body in case["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(_doc_text(body))
    truth = textwrap.dedent(case["truth"]).strip("\n") + "\n"
    (root / f"{case['slug']}.truth.md").write_text(truth)


def self_check(root, case):
    """Each expected answer is printed in the document it names; files named in case.yaml exist; FICTIONAL marks."""
    errs = []
    folder = root / case["slug"]
    yaml_text = (folder / "case.yaml").read_text()
    if "FICTIONAL" not in yaml_text:
        errs.append(f"{case['slug']}: case.yaml not marked FICTIONAL")
    truth = (root / f"{case['slug']}.truth.md").read_text()
    if "FICTIONAL" not in truth:
        errs.append(f"{case['slug']}: truth file not marked FICTIONAL")
    for rel in set(re.findall(r"\b((?:denial|clinical|other|literature)/[A-Za-z0-9_.\-]+\.txt)", yaml_text)):
        if not (folder / rel).exists():
            errs.append(f"{case['slug']}: case.yaml names missing file {rel}")
    for p in folder.rglob("*.txt"):
        if "FICTIONAL" not in p.read_text():
            errs.append(f"{case['slug']}: {p.name} not marked FICTIONAL")
    for rel, needle in case["expect"]:
        target = folder / rel if rel != "case.yaml" else folder / "case.yaml"
        if not target.exists():
            errs.append(f"{case['slug']}: expected file {rel} missing")
            continue
        if _norm(needle) not in _norm(target.read_text()):
            errs.append(f"{case['slug']}: {needle!r} not found in {rel}")
    return len(case["expect"]), errs
