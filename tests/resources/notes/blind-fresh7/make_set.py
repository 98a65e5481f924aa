#!/usr/bin/env python3
"""Rebuild blind-fresh7 from scratch and self-check it. ALL CONTENT IS FICTIONAL test data.

    /work/main/.venv/bin/python make_set.py

Writes NN-slug/clinical/<documents> and NN-slug.truth.json for every case in cases_a.py and cases_b.py, then
checks every truth source text against the page it names, the enum values, the date shapes, that each score's
number is in its source text, and that each row's outcome and dose words are printed in the case's documents.
Exits non-zero on any failure.
"""
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

sys.dont_write_bytecode = True
import render  # noqa: E402
from cases_a import CASES as A  # noqa: E402
from cases_b import CASES as B  # noqa: E402

CASES = A + B
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OUTCOMES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
LEVELS = {None, "none", "passive", "active", "attempt"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FICT_NOTE = "FICTIONAL test data: all people, clinics, plans, pharmacies, numbers and places are invented. "


def build():
    for old in HERE.iterdir():
        if old.is_dir() and re.match(r"^\d\d-", old.name):
            shutil.rmtree(old)
        elif re.match(r"^\d\d-.*\.truth\.json$", old.name):
            old.unlink()
    for n, case in enumerate(CASES):
        cdir = HERE / case["slug"] / "clinical"
        cdir.mkdir(parents=True)
        for d in case["docs"]:
            path = cdir / d["file"]
            fmt = d["fmt"]
            if fmt == "pdf":
                render.render_pdf(d, path)
            elif fmt == "docx":
                render.render_docx(d, path)
            elif fmt == "txt":
                render.render_txt(d, path)
            elif fmt == "scan":
                render.render_scan_pdf(d, path, seed=700 + n)
            elif fmt == "photo":
                render.render_photo(d, path, seed=900 + n)
            else:
                raise SystemExit(f"unknown format {fmt}")
        truth = {"_note": FICT_NOTE + case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
        (HERE / f"{case['slug']}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")


def pages_of(case):
    out = {}
    for d in case["docs"]:
        path = HERE / case["slug"] / "clinical" / d["file"]
        if d["fmt"] == "pdf":
            out[d["file"]] = render.read_pdf_pages(path)
        elif d["fmt"] == "docx":
            out[d["file"]] = render.read_docx(path)
        elif d["fmt"] == "txt":
            out[d["file"]] = render.read_txt(path)
        else:
            out[d["file"]] = render.read_drawn(d)
    return out


def check():
    fails = []
    counts = dict(rows=0, scales=0, codes=0, si=0)
    for case in CASES:
        slug = case["slug"]
        pages = pages_of(case)
        alltext = " ".join(t for pg in pages.values() for variants in pg for t in variants).lower()

        def on_page(src, what):
            if src is None:
                return
            f, p, text = src["file"], src["page"], render.norm(src["text"])
            if f not in pages:
                fails.append(f"{slug}: {what}: no file {f}")
                return
            if not 1 <= p <= len(pages[f]):
                fails.append(f"{slug}: {what}: {f} has no page {p}")
                return
            if not any(text in v for v in pages[f][p - 1]):
                fails.append(f"{slug}: {what}: text not on {f} p.{p}: {text!r}")

        for i, r in enumerate(case["history"], 1):
            counts["rows"] += 1
            what = f"history {i} {r['name']}"
            on_page(r["source"], what)
            if r["kind"] not in KINDS:
                fails.append(f"{slug}: {what}: kind {r['kind']}")
            if r["outcome_class"] not in OUTCOMES:
                fails.append(f"{slug}: {what}: outcome_class {r['outcome_class']}")
            for k in ("start", "end"):
                if r[k] is not None and not DATE.match(r[k]):
                    fails.append(f"{slug}: {what}: {k} {r[k]}")
            if r["start"] and r["end"] and r["end"][:len(r["start"])] < r["start"][:len(r["end"])]:
                fails.append(f"{slug}: {what}: ends before it starts")
            for k in ("outcome", "dose"):
                if r[k] is None:
                    continue
                m = re.match(r"^(\d+) (sessions|treatments|blocks|visits)$", r[k])
                if k == "dose" and m:  # a course size, normalised as the contract asks: its number is printed
                    if not re.search(rf"(?<![\d/]){m.group(1)}(?![\d/])", alltext):
                        fails.append(f"{slug}: {what}: course size {m.group(1)} not printed")
                    continue
                for piece in re.split(r"\s*(?:\.\.\.|;)\s*", r[k]):
                    if piece and render.norm(piece).lower() not in alltext:
                        fails.append(f"{slug}: {what}: {k} words not printed: {piece!r}")
        for i, s in enumerate(case["scales"], 1):
            counts["scales"] += 1
            what = f"scale {i} {s['name']} {s['score']}"
            on_page(s["source"], what)
            if not re.search(rf"(?<!\d){s['score']}(?!\d)", s["source"]["text"]):
                fails.append(f"{slug}: {what}: score not in its source text")
            if s["date"] is not None and not DATE.match(s["date"]):
                fails.append(f"{slug}: {what}: date {s['date']}")
        for i, dgn in enumerate(case["diagnoses"], 1):
            counts["codes"] += 1
            on_page(dgn["source"], f"diagnosis {dgn['code']}")
            if dgn["code"] not in dgn["source"]["text"]:
                fails.append(f"{slug}: diagnosis {dgn['code']} not in its source text")
        si = case["suicidality"]
        if si["level"] not in LEVELS:
            fails.append(f"{slug}: suicidality level {si['level']}")
        if si["level"] is not None:
            counts["si"] += 1
        on_page(si["source"], "suicidality")
        # every document says FICTIONAL on its face
        for f, pg in pages.items():
            for pno, variants in enumerate(pg, 1):
                if "FICTIONAL" not in variants[0] and "FICTIONAL" not in variants[-1]:
                    fails.append(f"{slug}: {f} p.{pno} does not say FICTIONAL")
    return counts, fails


if __name__ == "__main__":
    build()
    counts, fails = check()
    for f in fails:
        print("FAIL", f)
    print(f"{len(CASES)} cases, {counts['rows']} history rows, {counts['scales']} scales, {counts['codes']} codes, "
          f"{counts['si']} suicidality levels, {len(fails)} failures")
    sys.exit(1 if fails else 0)
