"""Legibility spot check of set 21's images (FICTIONAL): plain tesseract on each image notice, turned upright the way
a person would hold it, and which keyed strings come out of it word for word. This measures the pictures, not
appeal-kit (which I never ran): a string tesseract misses here may still be plain to a reader, so each image was
also looked at by eye. Run: /work/main/.venv/bin/python ocr_spot.py [NN ...]"""
import json
import os
import re
import subprocess
import sys
import tempfile

from PIL import Image, ImageOps

HERE = os.path.dirname(os.path.abspath(__file__))


def pages(path):
    if path.endswith(".pdf"):
        td = tempfile.mkdtemp()
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", path, os.path.join(td, "p")], check=True)
        return [Image.open(os.path.join(td, f)) for f in sorted(os.listdir(td))]
    im = Image.open(path)
    out = []
    for i in range(getattr(im, "n_frames", 1)):
        im.seek(i)
        out.append(ImageOps.exif_transpose(im.copy()))
    return out


def ocr(im, lang, upside_down=False):
    if upside_down:
        im = im.rotate(180)
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "i.png")
        im.convert("RGB").save(p)
        return subprocess.run(["tesseract", p, "-", "-l", lang, "--psm", "3"], capture_output=True,
                              text=True).stdout


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def main(argv):
    only = {int(x) for x in argv if x.isdigit()}
    for f in sorted(os.listdir(HERE)):
        m = re.match(r"(\d\d)-.*\.(jpg|png|tif|pdf)$", f)
        if not m or (only and int(m.group(1)) not in only):
            continue
        n = int(m.group(1))
        if n in (8, 12):  # text PDFs
            continue
        key = json.load(open(os.path.join(HERE, f.rsplit(".", 1)[0] + ".expected.json"), encoding="utf-8"))
        lang = "spa" if n >= 13 else "eng"
        text = "\n".join(ocr(p, lang, upside_down=(n == 14)) for p in pages(os.path.join(HERE, f)))
        t = norm(text)
        wanted = [key[k] for k in ("patient_name", "member_id", "claim_number") if k in key]
        wanted += key.get("procedure_codes", []) + key.get("diagnosis_codes", [])
        wanted += [p for p in key["appeals_address"].split(", ")]
        found = [w for w in wanted if norm(w) in t]
        missed = [w for w in wanted if norm(w) not in t]
        print(f"{f}: {len(found)}/{len(wanted)} keyed strings read word for word" +
              (f"; not: {missed}" if missed else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
