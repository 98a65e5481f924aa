"""Legibility spot check of set 22's images (FICTIONAL notices) with plain tesseract: no light evening, no deskew.
Counts the keyed name, IDs, codes and address parts read word for word. Not part of the key; a note for the
README. Run: /work/main/.venv/bin/python ocr_spot.py [NN ...]"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s)


def ocr(img, lang):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "p.png")
        img.save(p)
        return subprocess.run(["tesseract", p, "-", "-l", lang, "--psm", "3"], capture_output=True, text=True).stdout


def pages(path):
    if path.endswith(".pdf"):
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", path, os.path.join(td, "p")], check=True)
            return [Image.open(f).copy() for f in sorted(glob.glob(os.path.join(td, "p*.png")))]
    im = Image.open(path)
    out = []
    for i in range(getattr(im, "n_frames", 1)):
        im.seek(i)
        fr = im.convert("L")
        dpi = im.info.get("dpi", (0, 0))
        if dpi and round(dpi[1]) == 98:  # a standard-mode fax: square its pixels as any viewer does
            fr = fr.resize((fr.size[0], fr.size[1] * 2))
        out.append(fr)
    return out


def main(only):
    for kf in sorted(glob.glob(os.path.join(HERE, "*.expected.json"))):
        key = json.load(open(kf, encoding="utf-8"))
        n = os.path.basename(kf)[:2]
        f = os.path.join(HERE, key["file"])
        if only and n not in only:
            continue
        if not (f.endswith((".jpg", ".png", ".tif")) or (n == "05" and f.endswith(".pdf"))):
            continue
        lang = "spa+eng" if "FICTICIA" in key["_note"] else "eng"
        text = norm("\n".join(ocr(p, lang) for p in pages(f)))
        want = [key["patient_name"], key["member_id"], key["claim_number"]]
        want += key.get("procedure_codes", []) + key.get("diagnosis_codes", [])
        want += key["appeals_address"].split(", ")
        got = [w for w in want if w in text]
        lost = [w for w in want if w not in text]
        print(f"{n} {len(got)}/{len(want)} read" + (f"; missed: {lost}" if lost else ""), flush=True)


if __name__ == "__main__":
    main(set(sys.argv[1:]))
