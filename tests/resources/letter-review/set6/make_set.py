"""Generator for letter review set 6 (issue 18). Every case is FICTIONAL.
Run: /work/main/.venv/bin/python make_set.py   (writes the case folders and truth files, then checks that
every answer string is printed in the document the key names)."""
import pathlib, shutil, sys, textwrap

HERE = pathlib.Path(__file__).resolve().parent
BANNER = "FICTIONAL DOCUMENT - TEST CASE ONLY (appeal-kit letter review set 6). Every person, plan, number and address is invented.\n"

def d(s):
    return textwrap.dedent(s).lstrip("\n")

sys.path.insert(0, str(HERE))
import cases_part1, cases_part2  # noqa: E402
CASES = cases_part1.CASES + cases_part2.CASES

def main():
    bad = 0
    for c in CASES:
        root = HERE / c["slug"]
        if root.exists():
            shutil.rmtree(root)
        for rel, text in c["files"].items():
            p = root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(BANNER + "\n" + d(text))
        (root / "case.yaml").write_text("# FICTIONAL CASE (set 6) - every person, plan, number and address is invented.\n" + d(c["yaml"]))
        (HERE / (c["slug"] + ".truth.md")).write_text(d(c["truth"]))
        for rel, needle in c["checks"]:
            text = (root / rel).read_text() if rel != "case.yaml" else (root / "case.yaml").read_text()
            flat = " ".join(text.split())
            if " ".join(needle.split()) not in flat:
                print(f"MISSING in {c['slug']}/{rel}: {needle!r}")
                bad += 1
        tr = (HERE / (c["slug"] + ".truth.md")).read_text()
        if "FICTIONAL" not in tr:
            print("truth file lacks FICTIONAL:", c["slug"]); bad += 1
    print(f"{len(CASES)} cases written, {bad} answer(s) not found in their documents")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
