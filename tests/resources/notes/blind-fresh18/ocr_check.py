"""Spot check (not part of the build): OCR the image-only documents with tesseract and report, for every truth span
that cites them, whether the OCR text holds it exactly (whitespace and case normalised) or how close the best
window comes. Run: /work/main/.venv/bin/python ocr_check.py
"""
import difflib
import json
import re
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def ocr_pages(path):
    out = {}
    with tempfile.TemporaryDirectory() as td:
        if path.suffix == ".pdf":
            subprocess.run(["pdftoppm", "-r", "200", "-png", str(path), td + "/p"], check=True)
            imgs = sorted(Path(td).glob("p-*.png"))
        else:
            imgs = [path]
        for i, img in enumerate(imgs, 1):
            r = subprocess.run(["tesseract", str(img), "-"], capture_output=True, text=True)
            out[i] = norm(r.stdout)
    return out


def best(span, text):
    words, n = text.split(" "), len(span.split(" "))
    b = 0.0
    for i in range(max(1, len(words) - n + 1)):
        w = " ".join(words[i:i + n])
        b = max(b, difflib.SequenceMatcher(None, span, w).ratio())
    return b


for truth in sorted(HERE.glob("*.truth.json")):
    t = json.loads(truth.read_text())
    slug = truth.name[:-len(".truth.json")]
    cdir = HERE / slug / "clinical"
    files = [p for p in cdir.iterdir() if p.suffix in (".jpg", ".png") or (
        p.suffix == ".pdf" and not subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout.strip())]
    if not files:
        continue
    ocr = {p.name: ocr_pages(p) for p in files}
    spans = [x["source"] for x in t["history"] + t["scales"] + t["diagnoses"]] + [t["suicidality"]["source"]]
    exact, tot = 0, 0
    for s in spans:
        if not s or s["file"] not in ocr:
            continue
        tot += 1
        sp, tx = norm(s["text"]), ocr[s["file"]].get(s["page"], "")
        if sp in tx:
            exact += 1
        else:
            print("  %s p.%d %.2f  %s" % (s["file"], s["page"], best(sp, tx), s["text"][:80]))
    print("%s: %d/%d spans exact in OCR" % (slug, exact, tot))
