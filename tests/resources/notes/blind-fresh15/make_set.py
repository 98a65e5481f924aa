"""Build the notes15 blind set: deletes and rewrites every case folder and truth file, then self-checks.

Run: cd /work/notes/notes15 && /work/main/.venv/bin/python make_set.py
Everything in it is FICTIONAL.
"""
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render  # noqa: E402
from cases_a import CASES as CA  # noqa: E402
from cases_b import CASES as CB  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LEVELS = {"none", "passive", "active", "attempt", None}


def pdftext(path, page):
    out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-"],
                         capture_output=True, text=True, check=True).stdout
    return render.norm(out)


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if re.match(r"^\d\d-", name):
            if os.path.isdir(p):
                shutil.rmtree(p)
            else:
                os.remove(p)
    fails = []
    n_hist = n_sc = n_dx = 0
    kinds, classes = {}, {}
    for ci, case in enumerate(CA + CB, 1):
        slug = case["slug"]
        cdir = os.path.join(HERE, slug, "clinical")
        os.makedirs(cdir)
        texts, pdfs = {}, {}
        for di, doc in enumerate(case["docs"]):
            path = os.path.join(cdir, doc["file"])
            render.render(doc, path, seed=ci * 10 + di)
            texts[doc["file"]] = [render.page_text(b) for b in doc["pages"]]
            if doc["fmt"] == "pdf":
                pdfs[doc["file"]] = path
            first = texts[doc["file"]][0]
            if "fictional" not in first and "ficticia" not in first:
                fails.append(f"{slug}/{doc['file']}: first page does not say FICTIONAL")

        def check_src(what, src, must=None):
            f, pg, t = src["file"], src["page"], src["text"]
            if f not in texts:
                fails.append(f"{slug}: {what}: no file {f}")
                return
            if pg < 1 or pg > len(texts[f]):
                fails.append(f"{slug}: {what}: no page {pg} in {f}")
                return
            if render.norm(t) not in texts[f][pg - 1]:
                fails.append(f"{slug}: {what}: text not on {f} p{pg}: {t!r}")
            if f in pdfs and render.norm(t) not in pdftext(pdfs[f], pg):
                fails.append(f"{slug}: {what}: text not in pdftotext {f} p{pg}: {t!r}")
            if must is not None and render.norm(str(must)) not in render.norm(t):
                fails.append(f"{slug}: {what}: {must!r} not inside its source text")

        for r in case["history"]:
            n_hist += 1
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
            classes[r["outcome_class"]] = classes.get(r["outcome_class"], 0) + 1
            if r["kind"] not in KINDS or r["outcome_class"] not in CLASSES:
                fails.append(f"{slug}: bad enum in {r['name']}")
            for k in ("start", "end"):
                if r[k] is not None and not DATE.match(r[k]):
                    fails.append(f"{slug}: bad date {r[k]} in {r['name']}")
            check_src("history " + r["name"], r["source"])
        for s in case["scales"]:
            n_sc += 1
            if not isinstance(s["score"], (int, float)) or not DATE.match(s["date"] or ""):
                fails.append(f"{slug}: bad scale {s}")
            check_src(f"scale {s['name']} {s['score']}", s["source"], s["score"])
        for d in case["diagnoses"]:
            n_dx += 1
            check_src("code " + d["code"], d["source"], d["code"])
        su = case["suicidality"]
        if su["level"] not in LEVELS:
            fails.append(f"{slug}: bad suicidality level")
        if su["source"]:
            check_src("suicidality", su["source"])
        if not case["note"].startswith("FICTIONAL"):
            fails.append(f"{slug}: note does not start with FICTIONAL")
        truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": su}
        with open(os.path.join(HERE, slug + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    ncase = len(CA + CB)
    for f in fails:
        print("FAIL", f)
    print(f"{ncase} cases, {n_hist} history rows, {n_sc} scale rows, {n_dx} diagnosis codes, {len(fails)} failures")
    print("kinds", kinds)
    print("classes", classes)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
