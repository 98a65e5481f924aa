"""Make letters review set 30 (FICTIONAL cases for appeal-kit, issue 18).

Usage (from this folder, with appeal-kit's venv):
    /work/main/.venv/bin/python make_set.py            # write every case folder and truth file, self-check
    /work/main/.venv/bin/python make_set.py --check    # also run `appeal-kit check` on each folder -> check-output.txt
    /work/main/.venv/bin/python make_set.py 03 05      # only these cases (check output -> check-output-partial.txt)

Each case is one data module, caseNN.py, with SLUG, CASE_YAML (text), DOCS ({relative path: body}), TRUTH (text)
and ANSWERS ([(where, text)]: `where` is a document path, "truth" or "case.yaml"). Edit the modules, not the folders:
each run deletes and rewrites its case folders.
"""
import importlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from npi import valid_npi

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 30); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes", "## What a letter must NOT say"]
FOLDERS = ("denial", "clinical", "other")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def walk_strings(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from walk_strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk_strings(v)
    elif isinstance(node, str):
        yield node


def make_case(num: str, problems: list) -> tuple[Path, int]:
    mod = importlib.import_module(f"case{num}")
    name = f"{num}-{mod.SLUG}"
    folder = HERE / name
    truth_path = HERE / f"{name}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()

    def bad(msg):
        problems.append(f"{num}: {msg}")

    case_text = mod.CASE_YAML.lstrip("\n")
    (folder / "case.yaml").write_text(case_text)
    texts = {"case.yaml": case_text}
    for rel, body in mod.DOCS.items():
        parts = Path(rel).parts
        if len(parts) != 2 or parts[0] not in FOLDERS:
            bad(f"document {rel} is not in denial/, clinical/ or other/")
        if not rel.endswith(".txt"):
            bad(f"document {rel} is not a .txt file")
        full = f"{HEADER}\n\n{body.strip()}\n\n{FOOTER}\n"
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(full)
        texts[rel] = full
    truth = mod.TRUTH.lstrip("\n")
    truth_path.write_text(truth)
    texts["truth"] = truth

    # first lines marked FICTIONAL
    if "FICTIONAL" not in case_text.splitlines()[0]:
        bad("case.yaml first line is not marked FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        bad("truth file first line is not marked FICTIONAL")
    # the truth file's five headings, in order
    pos = -1
    for h in HEADINGS:
        found = [m.start() for m in re.finditer(re.escape(h), truth)]
        if not found:
            bad(f"truth file lacks heading {h!r}")
            continue
        if found[0] < pos:
            bad(f"truth file heading {h!r} out of order")
        pos = found[0]
    # case.yaml parses, and every case-folder path it names exists
    yaml = YAML(typ="safe")
    try:
        data = yaml.load(io.StringIO(case_text))
    except Exception as exc:  # noqa: BLE001
        bad(f"case.yaml does not parse: {exc}")
        data = {}
    for s in walk_strings(data):
        if re.fullmatch(r"(denial|clinical|other)/[\w.\-]+", s.strip()):
            if not (folder / s.strip()).is_file():
                bad(f"case.yaml names {s} which does not exist")
    # no stray file: everything in the folder was written by this run
    written = {"case.yaml", *mod.DOCS}
    for p in folder.rglob("*"):
        if p.is_file() and str(p.relative_to(folder)) not in written:
            bad(f"stray file {p.relative_to(folder)}")
    # every document headed and footed FICTIONAL
    for rel in mod.DOCS:
        t = texts[rel]
        if not t.startswith(HEADER) or not t.rstrip().endswith(FOOTER):
            bad(f"{rel}: FICTIONAL header or footer missing")
    # phones, e-mail addresses, NPIs
    for where, t in texts.items():
        for m in re.finditer(r"\(?\b(\d{3})\)?[ .-](\d{3})-(\d{4})\b", t):
            if m.group(2) != "555" or not m.group(3).startswith("01"):
                bad(f"{where}: phone number {m.group(0)} is not 555-01xx")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([a-z]+)\b", t):
            if m.group(2) != "example":
                bad(f"{where}: e-mail {m.group(0)} is not on an .example domain")
        for m in re.finditer(r"NPI[^0-9\n]{0,12}(\d{10})|npi:\s*\"?(\d{10})", t):
            n = m.group(1) or m.group(2)
            if not valid_npi(n):
                bad(f"{where}: NPI {n} fails its check digit")
    # expected answers present where they say
    for where, text in mod.ANSWERS:
        if where not in texts:
            bad(f"expected answer names {where}, which the case does not hold")
        elif norm(text) not in norm(texts[where]):
            bad(f"expected answer not found in {where}: {text!r}")
    return folder, len(mod.ANSWERS)


def main(argv):
    run_check = "--check" in argv
    nums = [a for a in argv if a.isdigit()]
    all_nums = sorted(p.stem[4:] for p in HERE.glob("case[0-9][0-9].py"))
    nums = nums or all_nums
    sys.path.insert(0, str(HERE))
    problems, total, folders = [], 0, []
    for num in nums:
        folder, n = make_case(num, problems)
        folders.append(folder)
        total += n
        print(f"case {num}: {folder.name} ({n} expected answers)")
    if run_check:
        out_name = "check-output.txt" if nums == all_nums else "check-output-partial.txt"
        lines = []
        for folder in folders:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            lines.append(f"===== {folder.name}: exit {r.returncode}")
            lines.append(r.stdout.rstrip())
            if r.stderr.strip():
                lines.append(r.stderr.rstrip())
            print(f"check {folder.name}: exit {r.returncode}")
            if r.returncode != 0:
                problems.append(f"{folder.name[:2]}: appeal-kit check exit {r.returncode}")
        (HERE / out_name).write_text("\n".join(lines) + "\n")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(nums)} cases, {total} expected answers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
