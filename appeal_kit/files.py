"""Writing a user-visible file in one step: a temporary file beside the target, then one rename over it.

A crash or a full disk never leaves a half-written packet, letter or case.yaml; the previous version stays
until the new one is complete. The temporary file's name starts with a dot and is removed on failure.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

from appeal_kit.errors import OutputError


def atomic_write(target: Path, write: Callable[[BinaryIO], object], *, what: str = "file") -> Path:
    """Call `write(fh)` on a temporary file beside `target`, then rename it over `target`.

    An existing target keeps its permissions (case.yaml may be private to its owner).
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            os.chmod(tmp_name, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, target)
    except OSError as exc:
        raise OutputError(f"{target}: could not write the {what} ({exc.strerror or exc}). Check that the folder "
                          "is writable and the disk has space.") from None
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return target


def atomic_copy(src: Path, target: Path, *, what: str = "file") -> Path:
    with open(src, "rb") as source:
        return atomic_write(target, lambda fh: shutil.copyfileobj(source, fh), what=what)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
