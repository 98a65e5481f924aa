"""Legibility spot check of the image notices with plain tesseract (no evening, deskew or turning). Not part of the
build. For each image: how many of the keyed name, IDs, codes and address parts tesseract reads word for word."""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
IMG = {".jpg", ".png", ".tif", ".pdf"}


def ocr(path: Path, lang: str) -> str:
    with tempfile.TemporaryDirectory() as td:
        pages = []
        if path.suffix == ".pdf":
            subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(path), f"{td}/p"], check=True)
            pages = sorted(Path(td).glob("p-*.png"))
        elif path.suffix == ".tif":
            from PIL import Image
            im = Image.open(path)
            i = 0
            while True:
                x = im.convert("L")
                dpi = im.info.get("dpi", (204, 196))
                if dpi[1] < 150:
                    x = x.resize((x.size[0], int(x.size[1] * dpi[0] / dpi[1])))
                x.save(f"{td}/t-{i}.png")
                pages.append(Path(f"{td}/t-{i}.png"))
                i += 1
                try:
                    im.seek(i)
                except EOFError:
                    break
        else:
            pages = [path]
        return "\n".join(subprocess.run(["tesseract", str(p), "-", "-l", lang], capture_output=True,
                                        text=True).stdout for p in pages)


def main(nums):
    rows = []
    for key in sorted(HERE.glob("*.expected.json")):
        if nums and key.name[:2] not in nums:
            continue
        k = json.loads(key.read_text(encoding="utf-8"))
        f = HERE / k["file"]
        if f.suffix not in IMG or f.name.startswith(("10-", "17-", "18-")):
            continue
        lang = "spa" if "MUESTRA" in k["_note"] else "eng"
        text = re.sub(r"\s+", " ", ocr(f, lang))
        items = [k["patient_name"], k["member_id"], k["claim_number"], *k.get("procedure_codes", []),
                 *k.get("diagnosis_codes", []), *k["appeals_address"].split(", ")]
        missed = [x for x in items if x not in text]
        rows.append((k["file"][:2], len(items) - len(missed), len(items), missed))
        print(f"{k['file'][:2]} {len(items) - len(missed)}/{len(items)} missed: {missed}", flush=True)
    return rows


if __name__ == "__main__":
    main(set(sys.argv[1:]))
