"""Spot check (not part of the build): OCR the image-only documents of notes19 with tesseract and report, for each
truth span citing them, whether OCR's text holds it exactly (whitespace and case folded) or how close the best
window comes. FICTIONAL records only.

    cd /work/notes/notes19 && /work/main/.venv/bin/python ocr_check.py
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


def ocr_pages(path):
    if path.endswith(".jpg"):
        return [subprocess.run(["tesseract", path, "-", "-l", "eng"], capture_output=True, text=True).stdout]
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", path, os.path.join(td, "p")], check=True)
        outs = []
        for png in sorted(glob.glob(os.path.join(td, "p*.png"))):
            outs.append(subprocess.run(["tesseract", png, "-", "-l", "eng"], capture_output=True, text=True).stdout)
        return outs


def best(span, text):
    n = len(span)
    bestr = 0.0
    step = max(1, n // 8)
    for i in range(0, max(1, len(text) - n + 1), step):
        r = difflib.SequenceMatcher(None, span, text[i:i + n]).ratio()
        bestr = max(bestr, r)
    return bestr


def main():
    for tf in sorted(glob.glob(os.path.join(HERE, "*.truth.json"))):
        slug = os.path.basename(tf)[:-len(".truth.json")]
        t = json.load(open(tf))
        files = sorted(glob.glob(os.path.join(HERE, slug, "clinical", "*")))
        imgs = [f for f in files if f.endswith(".jpg") or (f.endswith(".pdf") and not subprocess.run(
            ["pdftotext", f, "-"], capture_output=True, text=True).stdout.strip())]
        if not imgs:
            continue
        ocr = {}
        for f in imgs:
            for i, txt in enumerate(ocr_pages(f)):
                ocr[(os.path.basename(f), i + 1)] = norm(txt)
        spans = [("history " + r["name"], r["source"]) for r in t["history"]]
        spans += [(f"scale {s['name']} {s['score']}", s["source"]) for s in t["scales"]]
        spans += [("code " + d["code"], d["source"]) for d in t["diagnoses"]]
        spans += [("suicidality", t["suicidality"]["source"])]
        exact = 0
        lines = []
        for what, s in spans:
            key = (s["file"], s["page"])
            if key not in ocr:
                continue
            sp = norm(s["text"])
            if sp in ocr[key]:
                exact += 1
            else:
                lines.append(f"   {what}: {best(sp, ocr[key]):.2f} alike  {s['text'][:70]!r}")
        total = sum(1 for _, s in spans if (s["file"], s["page"]) in ocr)
        print(f"{slug}: {exact}/{total} spans exact in OCR")
        for ln in lines:
            print(ln)


if __name__ == "__main__":
    main()
