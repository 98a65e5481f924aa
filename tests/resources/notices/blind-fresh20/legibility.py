"""Extra legibility pass (not part of the build, not the tool): plain tesseract on every image notice, looking for
the key's strings. Run: /work/main/.venv/bin/python legibility.py [NN ...]"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

from PIL import Image, ImageOps

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def squash(s):
    return re.sub(r"[\s\-]", "", s).lower()


def ocr_images(path, tmp):
    ext = path.rsplit(".", 1)[1].lower()
    out = []
    if ext == "pdf":
        subprocess.run(["pdftoppm", "-r", "300", "-png", path, os.path.join(tmp, "p")], check=True)
        out = sorted(glob.glob(os.path.join(tmp, "p-*.png")))
    else:
        im = Image.open(path)
        for i in range(getattr(im, "n_frames", 1)):
            im.seek(i)
            fr = ImageOps.exif_transpose(im.copy()).convert("L")
            p = os.path.join(tmp, f"f{i}.png")
            fr.save(p)
            out.append(p)
    return out


def main(only):
    for key_path in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]-*.expected.json"))):
        key = json.load(open(key_path, encoding="utf-8"))
        num = os.path.basename(key_path)[:2]
        if only and num not in only:
            continue
        f = os.path.join(HERE, key["file"])
        if f.rsplit(".", 1)[1] not in ("jpg", "png", "tif", "pdf"):
            continue
        if num in ("07", "08"):  # text PDFs
            continue
        lang = "spa" if int(num) >= 13 else "eng"
        with tempfile.TemporaryDirectory() as tmp:
            text = ""
            for p in ocr_images(f, tmp):
                text += subprocess.run(["tesseract", p, "-", "-l", lang], capture_output=True, text=True).stdout
        want = [key["patient_name"], key["member_id"], key["claim_number"], key.get("deadline_basis", "")]
        want += key.get("procedure_codes", []) + key.get("diagnosis_codes", []) + key.get("carc_codes", [])
        want += key["appeals_address"].split(", ")
        lost = [w for w in want if w and norm(w) not in norm(text) and squash(w) not in squash(text)]
        print(f"{os.path.basename(f)}: {len(want) - len(lost)}/{len(want)} found; lost: {lost}")
        sys.stdout.flush()


if __name__ == "__main__":
    main({a.zfill(2) for a in sys.argv[1:]})
