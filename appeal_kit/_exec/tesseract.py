"""tesseract OCR, for scanned notices and phone photos.

`preserve_interword_spaces` keeps runs of spaces between words, so the columns of an EOB table stay apart
the way `pdftotext -layout` keeps them for PDFs with a text layer. `rotation_needed` asks tesseract's
orientation detection (the tesseract-ocr-osd data) which way is up, so sideways or upside-down pages can be
turned before they are read.

tesseract runs on one thread (OMP_THREAD_LIMIT=1, unless the person set it): its OpenMP threads spin while they
wait for each other, which on one page image doubled its CPU time (1.5 s against 0.7 s for the sample photo, the
same text) and made it slower, not faster, on a busy machine.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from appeal_kit._exec import Program, run, stderr_tail
from appeal_kit._exec.boxes import Word
from appeal_kit.errors import ConversionError
from appeal_kit.files import scratch
from appeal_kit.i18n import N_, _

TESSERACT = Program(names=("tesseract",), what=N_("tesseract (OCR, needed to read scanned notices and photos)"),
                    debian="tesseract-ocr", macos="tesseract")

TIMEOUT = 180.0
# Below this, tesseract's orientation guess is close to chance (it reports ~0-2 on pages with little text).
MIN_OSD_CONFIDENCE = 2.0


def _env() -> dict[str, str]:
    return {"OMP_THREAD_LIMIT": "1", **os.environ}


def ocr_image(image: Path, *, lang: str = "eng", psm: int = 3) -> str:
    """Recognise the text in one image file (PNG, JPEG, TIFF); returns plain text."""
    proc = _recognise(image, "stdout", lang, psm)
    return proc.stdout.decode("utf-8", "replace")


@dataclass
class Reading:
    """One page as tesseract read it: its words in their boxes, its plain text and its mean word confidence (0-100;
    0 with no words)."""
    words: list[Word]
    text: str
    confidence: float


def read_page(image: Path, *, lang: str = "eng", psm: int = 3) -> Reading:
    """The words of one page image with their boxes and confidences (tesseract's word table, tsv), and its plain
    text, from one run."""
    with scratch("ocr") as tmp:
        base = Path(tmp) / "page"
        _recognise(image, str(base), lang, psm, "txt", "tsv")
        text = base.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
        rows = base.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    words = []
    for row in rows:  # level page_num block_num par_num line_num word_num left top width height conf text
        cells = row.split("\t")
        if len(cells) == 12 and cells[0] == "5" and cells[11].strip():
            try:
                left, top, width, height, confidence = (float(c) for c in cells[6:11])
            except ValueError:
                continue
            words.append(Word(top, top + height, left, left + width, cells[11].strip(), confidence,
                              tuple(int(c) for c in cells[1:5] if c.isdigit())))
    scores = [w.confidence for w in words]
    return Reading(words, text, sum(scores) / len(scores) if scores else 0.0)


def _recognise(image: Path, output: str, lang: str, psm: int, *configs: str):
    proc = run(TESSERACT, [str(image), output, "-l", lang, "--psm", str(psm), "-c", "preserve_interword_spaces=1",
                           *configs], timeout=TIMEOUT, env=_env(), what_for=_("OCR of {file}").format(file=image.name))
    if proc.returncode != 0:
        raise ConversionError(_("OCR of {file} failed (exit {code}; {detail}). Try a sharper scan or photo.").format(
            file=image.name, code=proc.returncode, detail=stderr_tail(proc) or _("no message")))
    return proc


def has_language(code: str) -> bool:
    """Whether tesseract has the language data `code` ("spa": Debian's tesseract-ocr-spa, set up by setup.sh)."""
    proc = run(TESSERACT, ["--list-langs"], timeout=30.0, env=_env(), what_for=_("the list of OCR languages"))
    return proc.returncode == 0 and code in proc.stdout.decode("utf-8", "replace").split()


def rotation_needed(image: Path) -> int:
    """Degrees (0, 90, 180, 270, clockwise) to turn `image` so its text stands upright, from tesseract's
    orientation and script detection (`--psm 0`, needs the osd language data). 0 when the page has too
    little text to tell, the detection is unsure, or the osd data is not installed."""
    proc = run(TESSERACT, [str(image), "stdout", "--psm", "0"], timeout=TIMEOUT, env=_env(),
               what_for=_("orientation detection of {file}").format(file=image.name))
    if proc.returncode != 0:
        return 0
    out = proc.stdout.decode("utf-8", "replace")
    rotate = re.search(r"^Rotate:\s*(\d+)", out, re.MULTILINE)
    confidence = re.search(r"^Orientation confidence:\s*([\d.]+)", out, re.MULTILINE)
    if not rotate or not confidence or float(confidence.group(1)) < MIN_OSD_CONFIDENCE:
        return 0
    return int(rotate.group(1)) % 360
