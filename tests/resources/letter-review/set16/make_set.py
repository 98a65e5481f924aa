"""Rebuild letters set 16 (FICTIONAL): deletes and rewrites every case folder and truth file, then self-checks."""
import pathlib, re, shutil, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import cases_a, cases_b
HERE = pathlib.Path(__file__).parent
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
errors = []
for c in cases_a.CASES + cases_b.CASES:
    d = HERE / c["slug"]
    if d.exists(): shutil.rmtree(d)
    d.mkdir()
    (d / "case.yaml").write_text(c["yaml"])
    for rel, text in c["docs"].items():
        p = d / rel; p.parent.mkdir(parents=True, exist_ok=True); p.write_text(text)
    (HERE / f"{c['slug']}.truth.md").write_text(c["truth"])
    if "FICTIONAL" not in c["yaml"] or "FICTIONAL" not in c["truth"]: errors.append(f"{c['slug']}: not marked FICTIONAL")
    for rel, text in c["docs"].items():
        if "FICTIONAL" not in text: errors.append(f"{c['slug']}/{rel}: not marked FICTIONAL")
    for rel, want in c["expect"]:
        if norm(want) not in norm(c["docs"][rel]): errors.append(f"{c['slug']}: {want!r} not in {rel}")
    named = set(re.findall(r"(?:file|authorization): (\S+\.txt)", c["yaml"]))
    for rel in named:
        if not (d / rel).exists(): errors.append(f"{c['slug']}: case.yaml names missing {rel}")
print("\n".join(errors) or f"OK: {len(cases_a.CASES + cases_b.CASES)} cases")
sys.exit(1 if errors else 0)
