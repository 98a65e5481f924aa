"""Build notes17 (blind clinical-notes set 17 for issue 24): FICTIONAL records and their truth files.

Deletes and rewrites every NN-slug/clinical/* and NN-slug.truth.json here, then checks every truth span against
the document's own text model (and, for PDFs with a text layer, against pdftotext -layout of that page). Exits 1
on any failure. Run: /work/main/.venv/bin/python make_set.py
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from render import render  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
LEVELS = {"none", "passive", "active", "attempt", None}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE = re.compile(r"^[A-TV-Z][0-9][0-9AB](\.[0-9A-Z]{1,4})?$")
SCALES = {"PHQ-9", "GAD-7", "MADRS", "HAM-D", "C-SSRS", "pain NRS"}


def norm(s):
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def pdftotext_page(path, page):
    r = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-"],
                       capture_output=True, text=True, check=True)
    return r.stdout


def pdf_pages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)


def build():
    cases = cases_a.CASES + cases_b.CASES
    for p in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif p.endswith(".truth.json"):
            os.remove(p)
    models = {}
    for c in cases:
        cdir = os.path.join(HERE, c.slug, "clinical")
        os.makedirs(cdir)
        for d in c.docs:
            path = os.path.join(cdir, d.file)
            models[(c.slug, d.file)] = (d, path, render(d, path))
        with open(os.path.join(HERE, c.slug + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(c.truth, f, indent=2, ensure_ascii=False)
            f.write("\n")
    return cases, models


def check(cases, models):
    fails = []
    text_cache = {}

    def where(slug, s, what):
        key = (slug, s["file"])
        if key not in models:
            fails.append(f"{slug}: {what}: no document {s['file']}")
            return
        d, path, pages = models[key]
        pg = s["page"]
        if not isinstance(pg, int) or not 1 <= pg <= len(pages):
            fails.append(f"{slug}: {what}: page {pg} out of range ({len(pages)})")
            return
        span = norm(s["text"])
        if not span:
            fails.append(f"{slug}: {what}: empty source text")
            return
        if span not in norm(pages[pg - 1]):
            fails.append(f"{slug}: {what}: not in the model of {s['file']} p{pg}: {s['text']!r}")
        if d.kind == "pdf":
            k = (path, pg)
            if k not in text_cache:
                text_cache[k] = norm(pdftotext_page(path, pg))
            if span not in text_cache[k]:
                fails.append(f"{slug}: {what}: not in pdftotext of {s['file']} p{pg}: {s['text']!r}")

    n_hist = n_sc = n_dx = 0
    for c in cases:
        t = c.truth
        slug = c.slug
        if not t["_note"].startswith("FICTIONAL"):
            fails.append(f"{slug}: _note must start with FICTIONAL")
        for d in c.docs:
            _, path, pages = models[(slug, d.file)]
            first = pages[0]
            if "FICTIONAL" not in first and "FICTICIA" not in first:
                fails.append(f"{slug}: {d.file}: first page does not say FICTIONAL")
            if d.kind in ("pdf", "scan"):
                n = pdf_pages(path)
                if n != len(pages):
                    fails.append(f"{slug}: {d.file}: {n} PDF pages, model {len(pages)}")
            if d.kind == "scan" and pdftotext_page(path, 1).strip():
                fails.append(f"{slug}: {d.file}: a scan must have no text layer")
        for i, r in enumerate(t["history"]):
            n_hist += 1
            what = f"history[{i}] {r['name']}"
            if set(r) != {"name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"}:
                fails.append(f"{slug}: {what}: keys {sorted(r)}")
            if r["kind"] not in KINDS:
                fails.append(f"{slug}: {what}: kind {r['kind']}")
            if r["outcome_class"] not in CLASSES:
                fails.append(f"{slug}: {what}: outcome_class {r['outcome_class']}")
            for k in ("start", "end"):
                if r[k] is not None and not DATE.match(r[k]):
                    fails.append(f"{slug}: {what}: {k} {r[k]!r}")
            if r["start"] and r["end"] and r["end"][:len(r["start"])] < r["start"][:len(r["end"])]:
                fails.append(f"{slug}: {what}: ends before it starts")
            if r["name"] != r["name"].lower() and r["name"] not in ("CBT", "TMS", "ECT", "IPT", "DBT"):
                fails.append(f"{slug}: {what}: name not lower case")
            where(slug, r["source"], what)
        for i, s in enumerate(t["scales"]):
            n_sc += 1
            what = f"scales[{i}] {s['name']} {s['score']}"
            if s["name"] not in SCALES:
                fails.append(f"{slug}: {what}: scale name")
            if not isinstance(s["score"], (int, float)):
                fails.append(f"{slug}: {what}: score not a number")
            if s["date"] is not None and not DATE.match(s["date"]):
                fails.append(f"{slug}: {what}: date {s['date']!r}")
            if not re.search(r"(?<![\d.])" + re.escape(str(s["score"])) + r"(?![\d])", s["source"]["text"]):
                fails.append(f"{slug}: {what}: score not in its source text")
            where(slug, s["source"], what)
        codes = [x["code"] for x in t["diagnoses"]]
        if len(codes) != len(set(codes)):
            fails.append(f"{slug}: a diagnosis code listed twice")
        for i, x in enumerate(t["diagnoses"]):
            n_dx += 1
            what = f"diagnoses[{i}] {x['code']}"
            if not CODE.match(x["code"]):
                fails.append(f"{slug}: {what}: code shape")
            if x["code"] not in x["source"]["text"]:
                fails.append(f"{slug}: {what}: code not in its source text")
            where(slug, x["source"], what)
        su = t["suicidality"]
        if su["level"] not in LEVELS:
            fails.append(f"{slug}: suicidality level {su['level']}")
        if su["source"]:
            where(slug, su["source"], "suicidality")
    return n_hist, n_sc, n_dx, fails


def main():
    os.makedirs("/tmp/notes17", exist_ok=True)
    cases, models = build()
    n_hist, n_sc, n_dx, fails = check(cases, models)
    for f in fails:
        print("FAIL", f)
    print(f"{len(cases)} cases, {n_hist} history rows, {n_sc} scale rows, {n_dx} diagnosis codes, "
          f"{len(fails)} failures")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
