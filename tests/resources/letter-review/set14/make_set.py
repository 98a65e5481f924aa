#!/usr/bin/env python3
"""Write blind letter-review set 14 (issue 18) from scratch, then self-check it. ALL CONTENT IS FICTIONAL.

Run: /work/main/.venv/bin/python make_set.py   (from any directory)
Each case lives in cases_a.py / cases_b.py as a dict: slug, yaml (case.yaml text), docs ({relpath: text}),
truth (markdown), checks ([(relpath, substring)]: each expected answer must be printed in that document).
"""
import pathlib
import re
import shutil
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a  # noqa: E402
import cases_b  # noqa: E402

DOC_HEADER = "FICTIONAL - invented for a blind test set (set 14); not a real person, plan, clinic or number.\n\n"
DOC_FOOTER = "\nFICTIONAL DOCUMENT.\n"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    cases = cases_a.CASES + cases_b.CASES
    problems = []
    # remove old output (only what this script writes)
    for p in HERE.iterdir():
        if p.is_dir() and re.match(r"^\d\d-", p.name):
            shutil.rmtree(p)
        elif p.is_file() and p.name.endswith(".truth.md"):
            p.unlink()
    for i, c in enumerate(cases, 1):
        slug = f"{i:02d}-{c['slug']}"
        folder = HERE / slug
        folder.mkdir()
        yaml_text = c["yaml"].strip() + "\n"
        if "FICTIONAL" not in yaml_text:
            problems.append(f"{slug}: case.yaml not marked FICTIONAL")
        (folder / "case.yaml").write_text(yaml_text)
        written = {}
        for rel, text in c["docs"].items():
            p = folder / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            body = DOC_HEADER + text.strip("\n") + "\n" + DOC_FOOTER
            p.write_text(body)
            written[rel] = body
        truth = c["truth"].strip() + "\n"
        if "FICTIONAL" not in truth:
            problems.append(f"{slug}: truth not marked FICTIONAL")
        (HERE / f"{slug}.truth.md").write_text(truth)
        for rel, sub in c["checks"]:
            if rel == "case.yaml":
                hay = yaml_text
            elif rel in written:
                hay = written[rel]
            else:
                problems.append(f"{slug}: check names missing file {rel}")
                continue
            if norm(sub) not in norm(hay):
                problems.append(f"{slug}: {rel!r} does not print {sub!r}")
        # every file a yaml value names must exist
        for m in re.finditer(r"((?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt)", yaml_text):
            if m.group(1) not in written:
                problems.append(f"{slug}: case.yaml names {m.group(1)}, not written")
    if problems:
        print("SELF-CHECK FAILED:")
        for p in problems:
            print("  " + p)
        return 1
    print(f"wrote {len(cases)} cases; self-check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
