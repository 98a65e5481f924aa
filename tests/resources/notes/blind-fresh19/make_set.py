"""Build notes19 (a blind set of FICTIONAL clinical records for `appeal-kit notes`) and check every truth span.

    cd /work/notes/notes19 && /work/main/.venv/bin/python make_set.py

Deletes and rewrites every NN-slug/clinical/* and NN-slug.truth.json, then checks each truth source span against the
document's own text model (and the rendered text where a text layer exists). Exits 1 on any failure. Last line:
`N cases, N history rows, N scale rows, N diagnosis codes, N failures`.
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

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import model  # noqa: E402
import render  # noqa: E402
from helpers import CLASSES, KINDS, LEVELS, SCALES  # noqa: E402

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
CODE = re.compile(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$")
ROW_KEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def clean():
    for p in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        if os.path.isdir(p):
            for f in glob.glob(os.path.join(p, "clinical", "*")):
                os.remove(f)
            shutil.rmtree(p)
        elif p.endswith(".truth.json"):
            os.remove(p)


def build(slug, docs):
    """Write the documents; return {file name in clinical/: (doc, model page index, rendered text or None)}."""
    cdir = os.path.join(HERE, slug, "clinical")
    os.makedirs(cdir, exist_ok=True)
    files = {}
    for i, d in enumerate(docs):
        texts = d.page_texts()
        path = os.path.join(cdir, d.filename)
        if d.fmt == "pdf":
            render.write_pdf(d, path)
            for p in range(len(d.pages)):
                out = subprocess.run(["pdftotext", "-layout", "-f", str(p + 1), "-l", str(p + 1), path, "-"],
                                     capture_output=True, text=True).stdout
                files[(d.filename, p + 1)] = (d, texts[p], out)
        elif d.fmt == "scan":
            render.write_scan_pdf(d, path, seed=sum(map(ord, slug)) + i)
            for p in range(len(d.pages)):
                files[(d.filename, p + 1)] = (d, texts[p], None)
        elif d.fmt == "photo":
            paths = render.write_photo(d, os.path.join(cdir, d.filename), seed=sum(map(ord, slug)) + i)
            for p, ph in enumerate(paths):
                files[(os.path.basename(ph), 1)] = (d, texts[p], None)
        elif d.fmt == "docx":
            render.write_docx(d, path)
            files[(d.filename, 1)] = (d, texts[0], render.docx_text(path))
        elif d.fmt == "txt":
            out = render.write_txt(d, path)
            files[(d.filename, 1)] = (d, texts[0], out)
    return files


def check_case(slug, docs, truth, files, fails):
    def fail(msg):
        fails.append(f"{slug}: {msg}")

    cdir = os.path.join(HERE, slug, "clinical")
    # FICTIONAL on each document's first page; page counts; image-only PDFs without text
    for d in docs:
        first = d.page_texts()[0]
        if "FICTIONAL" not in first and "FICTICIA" not in first:
            fail(f"{d.filename}: first page does not say FICTIONAL")
        path = os.path.join(cdir, d.filename)
        if d.fmt in ("pdf", "scan"):
            info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
            m = re.search(r"Pages:\s+(\d+)", info)
            if not m or int(m.group(1)) != len(d.pages):
                fail(f"{d.filename}: pdfinfo pages {m and m.group(1)} != model {len(d.pages)}")
        if d.fmt == "scan":
            out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if out.strip():
                fail(f"{d.filename}: scan has a text layer")
    if not truth["_note"].startswith("FICTIONAL"):
        fail("_note does not start with FICTIONAL")
    if set(truth) != {"_note", "history", "scales", "diagnoses", "suicidality"}:
        fail(f"truth keys {sorted(truth)}")

    def check_src(what, s):
        key = (s["file"], s["page"])
        if key not in files:
            fail(f"{what}: no file/page {key}")
            return None
        d, mtext, rtext = files[key]
        span = norm(s["text"])
        if not span:
            fail(f"{what}: empty span")
        if span not in norm(mtext):
            fail(f"{what}: span not in model text of {key}: {s['text']!r}")
        if rtext is not None and span not in norm(rtext):
            fail(f"{what}: span not in rendered text of {key}: {s['text']!r}")
        return span

    for i, r in enumerate(truth["history"]):
        w = f"history[{i}] {r.get('name')}"
        if list(r) != ROW_KEYS:
            fail(f"{w}: keys {list(r)}")
        if r["kind"] not in KINDS:
            fail(f"{w}: kind {r['kind']}")
        if r["outcome_class"] not in CLASSES:
            fail(f"{w}: outcome_class {r['outcome_class']}")
        for k in ("start", "end"):
            if r[k] is not None and not DATE.match(r[k]):
                fail(f"{w}: {k} {r[k]!r}")
        if r["start"] and r["end"] and r["start"][: len(r["end"])] > r["end"][: len(r["start"])]:
            fail(f"{w}: start {r['start']} after end {r['end']}")
        if not r["name"] or r["name"] != r["name"].strip():
            fail(f"{w}: name")
        check_src(w, r["source"])
    for i, s in enumerate(truth["scales"]):
        w = f"scales[{i}] {s.get('name')} {s.get('score')}"
        if s["name"] not in SCALES:
            fail(f"{w}: scale name")
        if not isinstance(s["score"], int):
            fail(f"{w}: score not an int")
        if s["date"] is not None and not DATE.match(s["date"]):
            fail(f"{w}: date {s['date']!r}")
        if s["name"] == "C-SSRS" and not 0 <= s["score"] <= 5:
            fail(f"{w}: C-SSRS out of 0-5")
        span = check_src(w, s["source"])
        if span is not None and not re.search(rf"(?<![\d.]){s['score']}(?![\d])", span):
            fail(f"{w}: score not in its span")
    seen = set()
    for i, dg in enumerate(truth["diagnoses"]):
        w = f"diagnoses[{i}] {dg['code']}"
        if not CODE.match(dg["code"]):
            fail(f"{w}: code shape")
        if dg["code"] in seen:
            fail(f"{w}: code twice")
        seen.add(dg["code"])
        span = check_src(w, dg["source"])
        if span is not None and dg["code"].casefold() not in span:
            fail(f"{w}: code not in its span")
    si = truth["suicidality"]
    if si["level"] not in LEVELS:
        fail(f"suicidality level {si['level']}")
    else:
        check_src("suicidality", si["source"])


def main():
    clean()
    fails = []
    ncases = nrows = nscales = ncodes = 0
    for mod in (cases_a, cases_b):
        for fn in mod.CASES:
            try:
                slug, docs, truth = fn()
            except model.LayoutError as e:
                fails.append(f"{fn.__name__}: layout: {e}")
                continue
            try:
                files = build(slug, docs)
            except model.LayoutError as e:
                fails.append(f"{slug}: layout: {e}")
                continue
            check_case(slug, docs, truth, files, fails)
            with open(os.path.join(HERE, slug + ".truth.json"), "w", encoding="utf-8") as fh:
                json.dump(truth, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
            ncases += 1
            nrows += len(truth["history"])
            nscales += len(truth["scales"])
            ncodes += len(truth["diagnoses"])
    for f in fails:
        print("FAIL", f)
    print(f"{ncases} cases, {nrows} history rows, {nscales} scale rows, {ncodes} diagnosis codes, "
          f"{len(fails)} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
