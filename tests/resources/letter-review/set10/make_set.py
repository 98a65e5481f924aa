#!/usr/bin/env python3
"""Writes blind letter-review set 10 (issue 18) from scratch and self-checks it. ALL FICTIONAL.

Run: /work/main/.venv/bin/python make_set.py   (from this folder or anywhere)
Edit the case modules (cases_*.py), never the generated folders.
"""
import importlib, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
HEAD = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number.\n\n"
TAIL = "\nFICTIONAL DOCUMENT."

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def load_cases():
    cases = []
    for modname in ("cases_a", "cases_a2", "cases_b", "cases_b2"):
        try:
            mod = importlib.import_module(modname)
        except ModuleNotFoundError:
            continue
        cases.extend(mod.CASES)
    return cases

def main():
    cases = load_cases()
    problems = []
    for old in HERE.iterdir():
        if old.is_dir() and re.match(r"\d\d-", old.name):
            shutil.rmtree(old)
        if old.is_file() and re.match(r"\d\d-.*\.truth\.md$", old.name):
            old.unlink()
    for c in cases:
        folder = HERE / c["slug"]
        for sub in ("denial", "clinical", "other"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        (folder / "case.yaml").write_text(c["yaml"].lstrip("\n"))
        for path, text in c["docs"].items():
            p = folder / path
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(HEAD + text.strip("\n") + "\n" + TAIL + "\n")
        (HERE / (c["slug"] + ".truth.md")).write_text(c["truth"].lstrip("\n"))
        # self-checks
        if "FICTIONAL" not in c["yaml"].lstrip().splitlines()[0]:
            problems.append(f"{c['slug']}: case.yaml first line not FICTIONAL")
        if "FICTIONAL" not in " ".join(c["truth"].lstrip().splitlines()[:2]):
            problems.append(f"{c['slug']}: truth title not FICTIONAL")
        for path, snippet in c["checks"]:
            target = folder / path if path != "case.yaml" else folder / "case.yaml"
            if not target.exists():
                problems.append(f"{c['slug']}: {path} missing")
            elif norm(snippet) not in norm(target.read_text()):
                problems.append(f"{c['slug']}: {path} lacks {snippet!r}")
        for ref in re.findall(r"(?:denial|clinical|other)/[\w.\-]+\.txt", c["yaml"]):
            if not (folder / ref).exists():
                problems.append(f"{c['slug']}: case.yaml names missing {ref}")
    import readme_text
    (HERE / "README.md").write_text(readme_text.README)
    if "--check" in sys.argv:
        ak = "/work/main/.venv/bin/appeal-kit"
        for c in cases:
            r = subprocess.run([ak, "check", str(HERE / c["slug"])], capture_output=True, text=True)
            print(f"== {c['slug']}: exit {r.returncode}")
            print((r.stdout + r.stderr).strip())
            if r.returncode != 0:
                problems.append(f"{c['slug']}: check exit {r.returncode}")
    print(f"{len(cases)} cases written")
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()
