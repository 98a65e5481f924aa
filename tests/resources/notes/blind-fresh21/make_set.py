"""FICTIONAL test-set generator, notes21 (blind clinical-notes set 21 for issue 24, `appeal-kit notes`).

Deletes and rewrites every NN-slug/clinical/* and NN-slug.truth.json in this folder from the case data in
cases_a.py (01-06) and cases_b.py (07-12), then checks every truth source span against the document's own text
model (and, for PDFs with a text layer, DOCX and TXT, against the text read back from the file). Exits 1 on any
failure. Run: /work/main/.venv/bin/python make_set.py
"""
import collections
import datetime as dt
import glob
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import model as M  # noqa: E402
import render as R  # noqa: E402

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {None, "none", "passive", "active", "attempt"}
HKEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE_RE = re.compile(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def valid_date(s):
    if not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def load_cases():
    import cases_a
    import cases_b
    return cases_a.CASES + cases_b.CASES


def clean():
    for d in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        if os.path.isdir(d):
            shutil.rmtree(d)
        elif d.endswith(".truth.json"):
            os.remove(d)


def readback(doc, path):
    """Per page, the text read back from the file (None where there is no text layer to read)."""
    if doc.fmt == "pdf":
        n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True,
                                                               text=True).stdout).group(1))
        pages = []
        for p in range(1, n + 1):
            pages.append(subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), path, "-"],
                                        capture_output=True, text=True).stdout)
        return pages
    if doc.fmt == "scan":
        n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True,
                                                               text=True).stdout).group(1))
        layer = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        return {"n": n, "layer": layer}
    if doc.fmt == "docx":
        return [R.docx_text(path)]
    if doc.fmt == "txt":
        with open(path, encoding="utf-8") as f:
            return [f.read()]
    return None


def model_pages(doc):
    pages = ["\n".join(doc.page_lines(i)) for i in range(len(doc.pages))]
    if doc.fmt in ("docx", "txt", "png"):
        return ["\n".join(pages)]  # one page
    return pages


def cmp_dates(a, b):
    """a <= b for partial ISO dates, comparing to the shorter precision."""
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def main():
    clean()
    cases = load_cases()
    fails = []
    counts = collections.Counter()
    fmt_count = collections.Counter()
    tot_h = tot_s = tot_d = 0
    slugs = set()
    for case in cases:
        slug = case["slug"]
        assert slug not in slugs, slug
        slugs.add(slug)
        cdir = os.path.join(HERE, slug, "clinical")
        os.makedirs(cdir, exist_ok=True)
        docs = {}
        for doc in case["docs"]:
            path = os.path.join(cdir, doc.filename)
            try:
                R.render(doc, path)
            except M.Overflow as e:
                fails.append(f"{slug}: {e}")
                continue
            mp = model_pages(doc)
            rb = readback(doc, path)
            docs[doc.filename] = (doc, mp, rb)
            fmt_count[doc.fmt] += 1
            first = norm(mp[0])
            if "fictional" not in first and "ficticia" not in first:
                fails.append(f"{slug}/{doc.filename}: FICTIONAL missing on its first page")
            if doc.fmt == "pdf":
                if len(rb) != len(mp):
                    fails.append(f"{slug}/{doc.filename}: pdfinfo pages {len(rb)} != model {len(mp)}")
                elif "fictional" not in norm(rb[0]) and "ficticia" not in norm(rb[0]):
                    fails.append(f"{slug}/{doc.filename}: FICTIONAL missing in pdftotext p. 1")
            if doc.fmt == "scan":
                if rb["n"] != len(mp):
                    fails.append(f"{slug}/{doc.filename}: scan pages {rb['n']} != model {len(mp)}")
                if rb["layer"].strip():
                    fails.append(f"{slug}/{doc.filename}: scan has a text layer")

        def check_src(what, s, extra=None):
            if s is None:
                return
            if list(s.keys()) != ["file", "page", "text"]:
                fails.append(f"{slug} {what}: source keys {list(s.keys())}")
                return
            if s["file"] not in docs:
                fails.append(f"{slug} {what}: no document {s['file']}")
                return
            doc, mp, rb = docs[s["file"]]
            p = s["page"]
            if not isinstance(p, int) or p < 1 or p > len(mp):
                fails.append(f"{slug} {what}: page {p} does not exist in {s['file']}")
                return
            span = norm(s["text"])
            if not span or span not in norm(mp[p - 1]):
                fails.append(f"{slug} {what}: span not on {s['file']} p. {p} (model): {s['text']!r}")
            if doc.fmt in ("pdf", "docx", "txt"):
                if span not in norm(rb[p - 1]):
                    fails.append(f"{slug} {what}: span not on {s['file']} p. {p} (read back): {s['text']!r}")
            if extra and norm(extra) not in span:
                fails.append(f"{slug} {what}: {extra!r} not in its span {s['text']!r}")

        truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
        if not truth["_note"].startswith("FICTIONAL"):
            fails.append(f"{slug}: _note does not start with FICTIONAL")
        for k, h in enumerate(truth["history"]):
            what = f"history[{k}] {h.get('name')}"
            if list(h.keys()) != HKEYS:
                fails.append(f"{slug} {what}: keys {list(h.keys())}")
                continue
            if h["kind"] not in KINDS:
                fails.append(f"{slug} {what}: kind {h['kind']}")
            if h["outcome_class"] not in CLASSES:
                fails.append(f"{slug} {what}: outcome_class {h['outcome_class']}")
            for f in ("start", "end"):
                if h[f] is not None and not valid_date(h[f]):
                    fails.append(f"{slug} {what}: {f} {h[f]!r}")
            if h["start"] and h["end"] and not cmp_dates(h["start"], h["end"]):
                fails.append(f"{slug} {what}: start after end")
            if not h["name"] or h["name"] != h["name"].strip():
                fails.append(f"{slug} {what}: name")
            check_src(what, h["source"])
            counts["kind:" + h["kind"]] += 1
            counts["class:" + h["outcome_class"]] += 1
        for k, s in enumerate(truth["scales"]):
            what = f"scales[{k}] {s.get('name')} {s.get('score')}"
            if list(s.keys()) != ["name", "score", "date", "source"]:
                fails.append(f"{slug} {what}: keys")
                continue
            if s["name"] not in SCALES:
                fails.append(f"{slug} {what}: scale name")
            if not isinstance(s["score"], int):
                fails.append(f"{slug} {what}: score not a number")
            if s["name"] == "C-SSRS" and not 0 <= s["score"] <= 5:
                fails.append(f"{slug} {what}: C-SSRS out of 0-5")
            if s["date"] is None or not valid_date(s["date"]):
                fails.append(f"{slug} {what}: date {s['date']!r}")
            check_src(what, s["source"], extra=str(s["score"]))
            counts["scale:" + s["name"]] += 1
        seen = set()
        for k, d in enumerate(truth["diagnoses"]):
            what = f"diagnoses[{k}] {d.get('code')}"
            if not CODE_RE.match(d["code"]):
                fails.append(f"{slug} {what}: code shape")
            if d["code"] in seen:
                fails.append(f"{slug} {what}: code twice")
            seen.add(d["code"])
            check_src(what, d["source"], extra=d["code"])
        su = truth["suicidality"]
        if list(su.keys()) != ["level", "source"] or su["level"] not in LEVELS:
            fails.append(f"{slug} suicidality: {su}")
        else:
            if (su["level"] is None) != (su["source"] is None):
                fails.append(f"{slug} suicidality: level and source disagree")
            check_src("suicidality", su["source"])
        counts["si:" + str(su.get("level"))] += 1
        tot_h += len(truth["history"])
        tot_s += len(truth["scales"])
        tot_d += len(truth["diagnoses"])
        with open(os.path.join(HERE, slug + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(f"{slug}: {len(truth['history'])} rows, {len(truth['scales'])} scales, "
              f"{len(truth['diagnoses'])} codes, suicidality {su.get('level')}")
    for f in fails:
        print("FAIL", f)
    for prefix in ("kind:", "class:", "scale:", "si:"):
        print(prefix[:-1] + ": " + ", ".join(f"{k[len(prefix):]} {v}" for k, v in
                                             sorted(counts.items(), key=lambda kv: -kv[1]) if k.startswith(prefix)))
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt_count.items())))
    print(f"{len(cases)} cases, {tot_h} history rows, {tot_s} scale rows, {tot_d} diagnosis codes, "
          f"{len(fails)} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
