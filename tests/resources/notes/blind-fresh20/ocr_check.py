"""Spot check (not part of the build): OCR the FICTIONAL image-only documents of notes20 with tesseract and report,
for every truth span that cites them, whether OCR's text holds it exactly or how close the best window comes.

Usage: /work/main/.venv/bin/python ocr_check.py      (after make_set.py; about a minute)
"""
from __future__ import annotations

import difflib
import json
import re
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def ocr_image(path: Path) -> str:
    r = subprocess.run(["tesseract", str(path), "-", "-l", "eng"], capture_output=True, text=True)
    return r.stdout


def ocr_pdf_page(pdf: Path, page: int) -> str:
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-f", str(page), "-l", str(page), str(pdf),
                        f"{td}/p"], check=True)
        png = sorted(Path(td).glob("p*.png"))[0]
        return ocr_image(png)


def best(span: str, text: str) -> float:
    span, text = norm(span), norm(text)
    if span in text:
        return 1.0
    n = len(span)
    sm = difflib.SequenceMatcher(autojunk=False)
    sm.set_seq2(span)
    top = 0.0
    for i in range(0, max(1, len(text) - n + 1), 3):
        for w in (n - 4, n, n + 4):
            sm.set_seq1(text[i:i + w])
            top = max(top, sm.ratio())
    return top


def spans(truth: dict):
    for k in ("history", "scales", "diagnoses"):
        for r in truth[k]:
            yield k, r["source"]
    if truth["suicidality"]["source"]:
        yield "suicidality", truth["suicidality"]["source"]


def main():
    for slug, kind in (("06-kitchen-calendar-phone-photos", "photo"), ("11-county-jail-health-records-scan", "scan")):
        truth = json.loads((HERE / f"{slug}.truth.json").read_text())
        cache: dict = {}
        exact = total = 0
        worst = []
        for k, s in spans(truth):
            key = (s["file"], s["page"])
            if key not in cache:
                f = HERE / slug / "clinical" / s["file"]
                cache[key] = ocr_image(f) if kind == "photo" else ocr_pdf_page(f, s["page"])
            r = best(s["text"], cache[key])
            total += 1
            exact += r == 1.0
            if r < 1.0:
                worst.append((round(r, 2), k, s["text"]))
        print(f"{slug}: {exact}/{total} spans exact in OCR text")
        for r, k, t in sorted(worst):
            print(f"   {r:.2f} {k}: {t}")


if __name__ == "__main__":
    main()
