"""A word and the box it is printed in, as the programs that read pages report it: `pdftotext -bbox` for a PDF's
text layer, tesseract's word table (tsv) for a scan or a photo. intake/layout.py reads both the same way."""
from __future__ import annotations

from typing import NamedTuple


class Word(NamedTuple):
    top: float  # from the top of the page, in the page's own units (PDF points, image pixels)
    bottom: float
    left: float
    right: float
    text: str
    confidence: float = 100.0  # how sure the reader is of the word (tesseract's 0-100; a text layer's are 100)
    line: tuple[int, ...] | None = None  # the reader's own line the word was read in (tesseract), when it says
