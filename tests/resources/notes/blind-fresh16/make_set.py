"""Rebuild notes16 (blind-fresh16): deletes and rewrites every case folder and truth file, then self-checks.
Run: cd /work/notes/notes16 && /work/main/.venv/bin/python make_set.py"""
import json, re, shutil, subprocess, sys
from pathlib import Path
import render
import cases_a, cases_b

HERE = Path(__file__).resolve().parent
TMP = Path("/tmp/notes16")
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def main():
    TMP.mkdir(parents=True, exist_ok=True)
    for p in HERE.iterdir():
        if re.match(r"^\d\d-", p.name):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    cases = cases_a.CASES + cases_b.CASES
    fails, nh, ns, nd = [], 0, 0, 0
    for ci, case in enumerate(cases):
        slug = case["slug"]
        cdir = HERE / slug / "clinical"
        cdir.mkdir(parents=True)
        pages = {}
        for doc in case["docs"]:
            path = cdir / doc["file"]
            render.render(doc, path, seed=ci * 10 + 1)
            model = [norm(render.page_text(b)) for b in doc["pages"]]
            if "FICTICIA" not in render.page_text(doc["pages"][0]) and "FICTIONAL" not in render.page_text(doc["pages"][0]):
                fails.append(f"{slug}/{doc['file']}: first page lacks FICTIONAL")
            pdft = None
            if doc["fmt"] == "pdf":
                pdft = []
                for i in range(len(doc["pages"])):
                    out = subprocess.run(["pdftotext", "-layout", "-f", str(i + 1), "-l", str(i + 1), str(path), "-"],
                                         capture_output=True, text=True).stdout
                    pdft.append(norm(out))
                n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                                       text=True).stdout).group(1))
                if n != len(doc["pages"]):
                    fails.append(f"{slug}/{doc['file']}: {n} pages, model {len(doc['pages'])}")
            pages[doc["file"]] = (model, pdft)

        def chk(what, src, value=None):
            if src is None:
                return
            f, p, t = src["file"], src["page"], norm(src["text"])
            if f not in pages:
                fails.append(f"{slug} {what}: no file {f}")
                return
            model, pdft = pages[f]
            if p < 1 or p > len(model) or t not in model[p - 1]:
                fails.append(f"{slug} {what}: text not on {f} p.{p} (model): {src['text']!r}")
            elif pdft is not None and t not in pdft[p - 1]:
                fails.append(f"{slug} {what}: text not on {f} p.{p} (pdftotext): {src['text']!r}")
            if value is not None and str(value).casefold() not in t:
                fails.append(f"{slug} {what}: value {value} not in its source text")
        for r in case["history"]:
            chk("history " + r["name"], r["source"])
            if r["kind"] not in KINDS or r["outcome_class"] not in OCS:
                fails.append(f"{slug}: bad enum in {r['name']}")
            for k in ("start", "end"):
                if r[k] is not None and not DATE.match(r[k]):
                    fails.append(f"{slug}: bad date {r[k]}")
        for s in case["scales"]:
            chk(f"scale {s['name']} {s['score']}", s["source"], s["score"])
            if not isinstance(s["score"], (int, float)) or (s["date"] and not DATE.match(s["date"])):
                fails.append(f"{slug}: bad scale {s}")
        for d in case["diagnoses"]:
            chk("code " + d["code"], d["source"], d["code"])
        chk("suicidality", case["suicidality"]["source"])
        if not case["note"].startswith("FICTIONAL"):
            fails.append(f"{slug}: _note must start with FICTIONAL")
        truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
        (HERE / f"{slug}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        nh += len(case["history"]); ns += len(case["scales"]); nd += len(case["diagnoses"])
    for f in fails:
        print("FAIL", f)
    print(f"{len(cases)} cases, {nh} history rows, {ns} scale rows, {nd} diagnosis codes, {len(fails)} failures")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
