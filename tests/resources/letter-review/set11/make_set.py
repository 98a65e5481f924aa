#!/usr/bin/env python3
"""Blind letter-review test set 11 (issue 18) - ALL FICTIONAL.

Rewrites every case folder and truth file from scratch, then self-checks:
  * every document and truth file is marked FICTIONAL;
  * every expected answer (CHECKS) is printed in the document it names (whitespace-normalized);
  * case.yaml parses as YAML.
Run: /work/main/.venv/bin/python make_set.py
"""
import re
import shutil
import sys
from pathlib import Path

try:
    import yaml
    _load = yaml.safe_load
except ModuleNotFoundError:  # the appeal-kit venv has ruamel.yaml
    from ruamel.yaml import YAML
    _load = YAML(typ="safe").load

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cases_data import CASES  # noqa: E402

FICT = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number."


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(c):
    folder = HERE / c["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    for sub in ("denial", "clinical", "other"):
        (folder / sub).mkdir(parents=True)
    (folder / "case.yaml").write_text(c["yaml"].lstrip("\n"), encoding="utf-8")
    for rel, body in c["docs"].items():
        text = FICT + "\n\n" + body.strip("\n") + "\nFICTIONAL DOCUMENT.\n"
        (folder / rel).write_text(text, encoding="utf-8")
    (HERE / (c["slug"] + ".truth.md")).write_text(c["truth"].lstrip("\n"), encoding="utf-8")


def check_case(c):
    errs = []
    folder = HERE / c["slug"]
    data = _load((folder / "case.yaml").read_text(encoding="utf-8"))
    if "FICTIONAL" not in (folder / "case.yaml").read_text(encoding="utf-8"):
        errs.append("case.yaml not marked FICTIONAL")
    if not isinstance(data, dict):
        errs.append("case.yaml is not a mapping")
    for p in folder.rglob("*.txt"):
        if "FICTIONAL" not in p.read_text(encoding="utf-8"):
            errs.append(f"{p} not marked FICTIONAL")
    truth = (HERE / (c["slug"] + ".truth.md")).read_text(encoding="utf-8")
    if "FICTIONAL" not in truth:
        errs.append("truth file not marked FICTIONAL")
    for sec in ("## What is true", "## Deliberately unknown", "## Traps",
                "## Arguments a strong letter makes", "## What a letter must NOT say"):
        if sec not in truth:
            errs.append(f"truth file lacks {sec}")
    for rel, needle in c["checks"]:
        path = folder / rel
        if not path.exists():
            errs.append(f"check names missing file {rel}")
            continue
        if norm(needle) not in norm(path.read_text(encoding="utf-8")):
            errs.append(f"{rel}: expected text not found: {needle!r}")
    # every file the yaml names must exist
    for m in re.findall(r"(?:file|proof|authorization): *((?:denial|clinical|other)/[\w./-]+)", c["yaml"]):
        if not (folder / m).exists():
            errs.append(f"case.yaml names missing file {m}")
    return errs


def main():
    bad = 0
    for c in CASES:
        write_case(c)
        errs = check_case(c)
        status = "ok" if not errs else "FAIL"
        print(f"{c['slug']}: {status} ({len(c['checks'])} checks)")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
