"""Spot check (not part of the build): run tesseract on the image-only documents of notes17 and report, for
each truth span that cites them, whether OCR's text holds it exactly (after whitespace and case are
normalised), else the closest window's similarity. Run after make_set.py:
    /work/main/.venv/bin/python ocr_check.py
"""
import difflib
import glob
import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def ocr_pages(path, lang):
    pages = []
    with tempfile.TemporaryDirectory() as td:
        if path.endswith(".pdf"):
            subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", path, os.path.join(td, "p")], check=True)
            imgs = sorted(glob.glob(os.path.join(td, "p*.png")))
        else:
            imgs = [path]
        for im in imgs:
            r = subprocess.run(["tesseract", im, "-", "-l", lang], capture_output=True, text=True)
            pages.append(r.stdout)
    return pages


def best(span, text):
    if span in text:
        return 1.0
    n = len(span)
    top = 0.0
    for i in range(0, max(1, len(text) - n + 1), 3):
        top = max(top, difflib.SequenceMatcher(None, span, text[i:i + n]).ratio())
    return top


def main():
    for tf in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]-*.truth.json"))):
        slug = os.path.basename(tf)[:-len(".truth.json")]
        cdir = os.path.join(HERE, slug, "clinical")
        images = [f for f in os.listdir(cdir) if f.endswith(".jpg")]
        for f in os.listdir(cdir):
            if f.endswith(".pdf"):
                r = subprocess.run(["pdftotext", os.path.join(cdir, f), "-"], capture_output=True, text=True)
                if not r.stdout.strip():
                    images.append(f)
        if not images:
            continue
        truth = json.load(open(tf, encoding="utf-8"))
        ocr = {f: [norm(p) for p in ocr_pages(os.path.join(cdir, f), "eng")] for f in images}
        items = [("history " + r["name"], r["source"]) for r in truth["history"]]
        items += [("scale %s %s" % (s["name"], s["score"]), s["source"]) for s in truth["scales"]]
        items += [("code " + d["code"], d["source"]) for d in truth["diagnoses"]]
        if truth["suicidality"]["source"]:
            items.append(("suicidality", truth["suicidality"]["source"]))
        exact = 0
        for what, s in items:
            if s["file"] not in ocr:
                continue
            text = ocr[s["file"]][s["page"] - 1]
            sim = best(norm(s["text"]), text)
            exact += sim == 1.0
            if sim < 1.0:
                print(f"  {slug}: {what}: best window {sim:.2f}: {s['text']!r}")
        print(f"{slug}: {exact}/{sum(1 for _, s in items if s['file'] in ocr)} spans read exactly by tesseract")


if __name__ == "__main__":
    main()
