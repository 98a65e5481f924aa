#!/usr/bin/env python3
"""Rebuild the blind-fresh10 clinical-notes set (ALL CONTENT FICTIONAL) from scratch and self-check it.

Run with a Python that has reportlab, python-docx and Pillow (e.g. /work/main/.venv/bin/python make_set.py).
"""
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render as R  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402

FICT = "FICTIONAL"


def build_doc(folder, doc):
    path = folder / doc["file"]
    kind = doc["type"]
    if kind == "pdf":
        R.write_pdf(path, doc["pages"], font=doc.get("font", "Helvetica"), size=doc.get("size", 10),
                    header=doc.get("header"))
        return R.pdf_page_texts(path)
    if kind == "scanpdf":
        R.write_scanned_pdf(path, doc["pages"])
        return ["\n".join(p) for p in doc["pages"]]
    if kind == "jpeg":
        R.write_photo_jpeg(path, doc["lines"])
        return ["\n".join(doc["lines"])]
    if kind == "docx":
        R.write_docx(path, doc["blocks"])
        return [R.docx_text(path)]
    if kind == "txt":
        path.write_text(doc["text"], encoding="utf-8")
        return [doc["text"]]
    raise ValueError(kind)


def check_span(texts, src, what, errors):
    f, p, t = src["file"], src["page"], src["text"]
    if f not in texts:
        errors.append(f"{what}: no document {f}")
        return
    pages = texts[f]
    if not (1 <= p <= len(pages)):
        errors.append(f"{what}: {f} has no page {p}")
        return
    if R.norm(t) not in R.norm(pages[p - 1]):
        errors.append(f"{what}: span not on {f} p.{p}: {t!r}")


def main():
    out = HERE
    cases = cases_a.CASES + cases_b.CASES
    errors = []
    totals = {"history": 0, "scales": 0, "diagnoses": 0, "suicidality": 0}
    for case in cases:
        slug = case["slug"]
        folder = out / slug
        if folder.exists():
            shutil.rmtree(folder)
        (folder / "clinical").mkdir(parents=True)
        texts = {}
        for doc in case["docs"]:
            texts[doc["file"]] = build_doc(folder / "clinical", doc)
            if not any(FICT in R.norm(pg).upper() for pg in texts[doc["file"]]):
                errors.append(f"{slug}: {doc['file']} prints no FICTIONAL line")
        truth = case["truth"]
        for i, row in enumerate(truth["history"]):
            check_span(texts, row["source"], f"{slug} history {i + 1} {row['name']}", errors)
        for s in truth["scales"]:
            check_span(texts, s["source"], f"{slug} scale {s['name']} {s['score']}", errors)
            if str(s["score"]) not in s["source"]["text"]:
                errors.append(f"{slug}: scale {s['name']} score {s['score']} not in its span")
        for d in truth["diagnoses"]:
            check_span(texts, d["source"], f"{slug} dx {d['code']}", errors)
            if d["code"] not in d["source"]["text"]:
                errors.append(f"{slug}: code {d['code']} not in its span")
        if truth["suicidality"]["source"]:
            check_span(texts, truth["suicidality"]["source"], f"{slug} suicidality", errors)
        assert FICT in truth["_note"].upper()
        (out / f"{slug}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
        totals["history"] += len(truth["history"])
        totals["scales"] += len(truth["scales"])
        totals["diagnoses"] += len(truth["diagnoses"])
        totals["suicidality"] += 1 if truth["suicidality"]["level"] else 0
    print(f"{len(cases)} cases; totals: {totals}")
    if errors:
        print("SELF-CHECK FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("self-check OK: every expected span is printed on the page it names")


if __name__ == "__main__":
    main()
