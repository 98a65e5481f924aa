#!/usr/bin/env python3
"""Rebuild blind-fresh9 from scratch (ALL CONTENT FICTIONAL) and self-check every truth source.

    /work/main/.venv/bin/python make_set.py
"""
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render  # noqa: E402
from render import norm  # noqa: E402

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
LEVELS = {"none", "passive", "active", "attempt", None}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_cases():
    cases = []
    for mod in ("cases_a", "cases_b"):
        try:
            m = __import__(mod)
        except ModuleNotFoundError:
            continue
        cases.extend(m.CASES)
    return sorted(cases, key=lambda c: c["slug"])


def build_doc(folder, doc):
    p = folder / doc["file"]
    t = doc["type"]
    if t == "pdf":
        render.write_pdf(p, doc["pages"], font=doc.get("font", "sans"), size=doc.get("size", 10),
                         margin=doc.get("margin", 54), footer=doc.get("footer"))
        return [x for x in render.pdf_page_texts(p)]
    if t == "txt":
        p.write_text(doc["text"], encoding="utf-8")
        return [[norm(doc["text"])]]
    if t == "docx":
        render.write_docx(p, doc["blocks"], font=doc.get("font", "Calibri"), size=doc.get("size", 11))
        return [[render.docx_text(p)]]
    if t == "scanpdf":
        render.write_scan_pdf(p, doc["pages"], seed=doc.get("seed", 3))
        return [[norm(" ".join(pg))] for pg in doc["pages"]]
    if t == "jpg":
        render.write_photo(p, doc["lines"], seed=doc.get("seed", 7))
        return [[norm(" ".join(doc["lines"]))]]
    raise ValueError(t)


def main():
    cases = load_cases()
    fails = []
    nrows = nscales = ncodes = 0
    for case in cases:
        slug = case["slug"]
        folder = HERE / slug
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        pages = {}
        for doc in case["docs"]:
            pages[doc["file"]] = build_doc(folder, doc)
            first = pages[doc["file"]][0]
            if not any("FICTIONAL" in v.upper() for v in first):
                fails.append(f"{slug}/{doc['file']}: no FICTIONAL line on page 1")

        def chk(src, what):
            if src is None:
                return
            f, pg, text = src["file"], src["page"], src["text"]
            if f not in pages:
                fails.append(f"{slug}: {what}: no file {f}")
                return
            if pg < 1 or pg > len(pages[f]):
                fails.append(f"{slug}: {what}: no page {pg} in {f}")
                return
            if not any(norm(text) in v for v in pages[f][pg - 1]):
                fails.append(f"{slug}: {what}: text not on {f} p.{pg}: {text!r}")

        for r in case["history"]:
            nrows += 1
            if r["kind"] not in KINDS or r["outcome_class"] not in OCS:
                fails.append(f"{slug}: bad enum in {r['name']}")
            for k in ("start", "end"):
                if r[k] is not None and not DATE.match(r[k]):
                    fails.append(f"{slug}: bad date {r[k]} in {r['name']}")
            chk(r["source"], "history " + r["name"])
        for s in case["scales"]:
            nscales += 1
            if s["date"] is not None and not DATE.match(s["date"]):
                fails.append(f"{slug}: bad scale date {s['date']}")
            if not re.search(rf"(?<!\d){s['score']}(?!\d)", s["source"]["text"]):
                fails.append(f"{slug}: score {s['score']} not in its text {s['source']['text']!r}")
            chk(s["source"], f"scale {s['name']} {s['score']}")
        for d in case["diagnoses"]:
            ncodes += 1
            if d["code"] not in d["source"]["text"]:
                fails.append(f"{slug}: code {d['code']} not in its text")
            chk(d["source"], "code " + d["code"])
        su = case["suicidality"]
        if su["level"] not in LEVELS:
            fails.append(f"{slug}: bad suicidality level")
        chk(su["source"], "suicidality")
        truth = {"_note": "FICTIONAL: all people, clinics, plans, numbers and addresses in this case are "
                          "fictional. " + case["note"],
                 "history": case["history"], "scales": case["scales"], "diagnoses": case["diagnoses"],
                 "suicidality": su}
        (HERE / f"{slug}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")
    for f in fails:
        print("FAIL", f)
    print(f"{len(cases)} cases, {nrows} history rows, {nscales} scale rows, {ncodes} codes, "
          f"{len(fails)} source failures")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
