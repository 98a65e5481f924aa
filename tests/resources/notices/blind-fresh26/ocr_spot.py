"""Legibility spot check of the image notices with plain tesseract (no deskew, no light evening); not part of the
build. Counts the keyed name, IDs, codes and address parts it reads word for word (whitespace normalised).

    /work/main/.venv/bin/python ocr_spot.py
"""
import json
import re
import subprocess
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
IMAGES = (".jpg", ".png", ".tif")


def ocr(path, lang):
    with tempfile.TemporaryDirectory() as td:
        src = path
        if path.suffix == ".pdf":
            subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(path), f"{td}/p"], check=True)
            src = Path(f"{td}/p.png")
        return subprocess.run(["tesseract", str(src), "-", "-l", lang], capture_output=True, text=True).stdout


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    t0 = time.time()
    for key_path in sorted(HERE.glob("[01]*.expected.json")):
        key = json.loads(key_path.read_text(encoding="utf8"))
        f = HERE / key["file"]
        if f.suffix not in IMAGES and not (f.suffix == ".pdf" and not subprocess.run(
                ["pdftotext", str(f), "-"], capture_output=True, text=True).stdout.strip()):
            continue
        lang = "spa" if "MUESTRA" in key["_note"] else "eng"
        text = norm(ocr(f, lang))
        want = [key["patient_name"], key["member_id"], key["claim_number"]] + key.get("procedure_codes", []) + \
            key.get("diagnosis_codes", []) + key["appeals_address"].split(", ")
        missed = [w for w in want if norm(w) not in text]
        print(f"{f.name[:2]} {len(want) - len(missed)}/{len(want)} missed: {missed}", flush=True)
    print(f"{time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
