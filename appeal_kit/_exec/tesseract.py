"""tesseract OCR, for scanned notices and phone photos.

`preserve_interword_spaces` keeps runs of spaces between words, so the columns of an EOB table stay apart
the way `pdftotext -layout` keeps them for PDFs with a text layer.
"""
from __future__ import annotations

from pathlib import Path

from appeal_kit._exec import Program, run, stderr_tail
from appeal_kit.errors import ConversionError

TESSERACT = Program(names=("tesseract",), what="tesseract (OCR, needed to read scanned notices and photos)",
                    debian="tesseract-ocr", macos="tesseract")

TIMEOUT = 180.0


def ocr_image(image: Path, *, lang: str = "eng", psm: int = 3) -> str:
    """Recognise the text in one image file (PNG, JPEG, TIFF); returns plain text."""
    proc = run(TESSERACT, [str(image), "stdout", "-l", lang, "--psm", str(psm),
                           "-c", "preserve_interword_spaces=1"],
               timeout=TIMEOUT, what_for=f"OCR of {image.name}")
    if proc.returncode != 0:
        raise ConversionError(f"OCR of {image.name} failed (exit {proc.returncode}; "
                              f"{stderr_tail(proc) or 'no message'}). Try a sharper scan or photo.")
    return proc.stdout.decode("utf-8", "replace")
