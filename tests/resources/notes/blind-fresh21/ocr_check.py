"""FICTIONAL test-set helper, notes21 (not part of the build): OCR the image-only documents with tesseract and
report, for each truth span citing them, whether OCR's text of that page holds it exactly, else how close the
best window comes (difflib ratio). Run after make_set.py: /work/main/.venv/bin/python ocr_check.py"""
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
    if path.endswith(".png"):
        return [subprocess.run(["tesseract", path, "-", "--psm", "4"], capture_output=True, text=True).stdout]
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", path, os.path.join(td, "p")], check=True)
        outs = []
        for img in sorted(glob.glob(os.path.join(td, "p-*.png"))):
            outs.append(subprocess.run(["tesseract", img, "-"], capture_output=True, text=True).stdout)
        return outs


def best(span, text):
    n = len(span)
    if span in text:
        return 1.0
    r = 0.0
    for i in range(0, max(1, len(text) - n + 1), 3):
        r = max(r, difflib.SequenceMatcher(None, span, text[i:i + n]).ratio())
    return r


def main():
    for truth in sorted(glob.glob(os.path.join(HERE, "*.truth.json"))):
        slug = os.path.basename(truth)[:-len(".truth.json")]
        t = json.load(open(truth))
        srcs = [("history " + h["name"], h["source"]) for h in t["history"]]
        srcs += [(f"scale {s['name']} {s['score']}", s["source"]) for s in t["scales"]]
        srcs += [("code " + d["code"], d["source"]) for d in t["diagnoses"]]
        if t["suicidality"]["source"]:
            srcs.append(("suicidality", t["suicidality"]["source"]))
        cache = {}
        exact = total = 0
        lines = []
        for what, s in srcs:
            path = os.path.join(HERE, slug, "clinical", s["file"])
            is_image = path.endswith(".png")
            if path.endswith(".pdf"):
                layer = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                is_image = not layer.strip()
            if not is_image:
                continue
            if path not in cache:
                cache[path] = [norm(p) for p in ocr_pages(path)]
            r = best(norm(s["text"]), cache[path][s["page"] - 1])
            total += 1
            exact += r == 1.0
            if r < 1.0:
                lines.append(f"   {r:.2f} {what}: {s['text']!r}")
        if total:
            print(f"{slug}: {exact}/{total} spans exact in OCR")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
