"""Legibility spot check of set 23's images with plain tesseract (no evening of light, no deskew, no turning):
how many of each image's keyed name, identifiers, codes and address parts it reads word for word.

    /work/main/.venv/bin/python ocr_spot.py [NN ...]

Not part of make_set.py: a measure of the images, not of the keys. Runs tesseract one page at a time on one
thread (the machine is shared).
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
IMAGE_EXT = ("jpg", "png", "tif", "pdf")


def pages(path, tmp):
    if path.endswith(".pdf"):
        subprocess.run(["pdftoppm", "-r", "300", "-png", path, os.path.join(tmp, "pg")], check=True)
        return sorted(glob.glob(os.path.join(tmp, "pg*.png")))
    im = Image.open(path)
    out = []
    for i in range(getattr(im, "n_frames", 1)):
        im.seek(i)
        fr = im.convert("L")
        if path.endswith(".tif") and im.info.get("dpi", (0, 0))[1] and im.info["dpi"][1] < 150:
            fr = fr.resize((fr.width, fr.height * 2))
        p = os.path.join(tmp, f"fr{i}.png")
        fr.save(p)
        out.append(p)
    return out


def ocr(path, lang):
    with tempfile.TemporaryDirectory() as tmp:
        text = []
        for p in pages(path, tmp):
            r = subprocess.run(["tesseract", p, "-", "-l", lang], capture_output=True, text=True,
                               env=dict(os.environ, OMP_THREAD_LIMIT="1"))
            text.append(r.stdout)
        return " ".join(" ".join(text).split())


def items(key):
    out = [key["patient_name"], key["member_id"], key["claim_number"]]
    out += key.get("procedure_codes", []) + key.get("diagnosis_codes", []) + key.get("carc_codes", [])
    out += key["appeals_address"].split(", ")
    return out


def main(argv):
    for kp in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]-*.expected.json"))):
        key = json.load(open(kp, encoding="utf-8"))
        num = os.path.basename(kp)[:2]
        if argv and num not in argv:
            continue
        f = os.path.join(HERE, key["file"])
        if not f.rsplit(".", 1)[-1] in IMAGE_EXT:
            continue
        if f.endswith(".pdf") and subprocess.run(["pdffonts", f], capture_output=True,
                                                 text=True).stdout.count("\n") > 2:
            continue                                     # a text PDF, not an image
        lang = "spa" if "FICTICIA" in key["_note"] else "eng"
        text = ocr(f, lang)
        its = items(key)
        missed = [i for i in its if i not in text]
        print(f"{num}: {len(its) - len(missed)}/{len(its)}" + (f"  missed: {missed}" if missed else ""),
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
