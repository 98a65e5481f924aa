"""Converted documents kept between builds, by content hash, so a rebuild converts only what changed.

The cache lives in the user cache folder (platformdirs: ~/.cache/appeal-kit/pdf on Linux), readable by its owner
only, because converted clinical notes are health information. An entry is the PDF LibreOffice made from a document
whose bytes hash to its name; the document's extension is part of the key (LibreOffice reads .txt and .rtf
differently). The oldest entries go once the cache passes MAX_BYTES. `--no-cache` builds without it.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

MAX_BYTES = 500_000_000
# Part of every key: bump it when conversion settings change, so old PDFs are not reused.
KEY_VERSION = "2"  # 2: LibreOffice fetches nothing, and reads each type with its own filter


def default_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("appeal-kit")) / "pdf"


class PdfCache:
    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else default_folder()
        self.hits = 0

    def _entry(self, document: Path) -> Path:
        digest = hashlib.sha256(f"{KEY_VERSION}{document.suffix.lower()}".encode())
        with open(document, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return self.folder / f"{digest.hexdigest()}.pdf"

    def get(self, document: Path, copy_to: Path) -> Path | None:
        """A copy at `copy_to` of the PDF made earlier from a document with the same bytes, or None."""
        entry = self._entry(document)
        try:
            shutil.copyfile(entry, copy_to)
        except OSError:
            return None
        os.utime(entry)  # recently used entries are the last to be trimmed
        self.hits += 1
        log.info("%s: converted before, taken from the cache", document.name)
        return copy_to

    def put(self, document: Path, pdf: Path) -> None:
        """Keep `pdf` as the conversion of `document`. A cache that cannot be written is skipped, not an error."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            entry = self._entry(document)
            part = entry.with_suffix(f".{os.getpid()}.part")
            shutil.copyfile(pdf, part)
            os.chmod(part, 0o600)
            os.replace(part, entry)  # whole entries only, even with two builds at once
        except OSError as exc:
            log.info("cache %s not written (%s)", self.folder, exc)

    def trim(self, max_bytes: int = MAX_BYTES) -> None:
        try:
            entries = sorted((p.stat().st_mtime, p.stat().st_size, p) for p in self.folder.glob("*.pdf"))
        except OSError:
            return
        total = sum(size for _, size, _ in entries)
        for _, size, path in entries:
            if total <= max_bytes:
                break
            path.unlink(missing_ok=True)
            total -= size
