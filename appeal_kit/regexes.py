"""Large regular expressions compiled once per machine, not once per run.

Python compiles a pattern in two steps: parsing it and generating its matching code, both in pure Python, then
handing the code to the C matcher (`_sre.compile`). For the few very large patterns appeal-kit builds from its own
word tables (intake's label patterns: alternations of hundreds of OCR-tolerant labels) the first two steps took most
of a second of `intake`'s CPU on every run. kept() keeps the generated code in the user cache folder, as Python keeps
a module's bytecode and letter.render keeps compiled templates, and later runs hand it straight to the matcher.

Only for patterns made from appeal-kit's own code and bundled data, never from a case's or a notice's text: what is
kept is the pattern itself. An entry is named by a hash of the pattern, its flags and the Python build (its matcher's
MAGIC and code size), so another Python makes its own entries; an entry that cannot be read, written or accepted by
the matcher (which checks the code it is given) is compiled again, never an error. The same steps as
re._compiler.compile in Python 3.11-3.13 (tests/test_lazy.py compares the results with re.compile's).
"""
from __future__ import annotations

import hashlib
import marshal
import re
import sys
from functools import lru_cache
from pathlib import Path

from appeal_kit.files import kept_in_cache


def kept(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), with the matching code kept between runs (see the module's docstring)."""
    folder = _folder()
    flags = int(flags)
    if folder is None or flags & re.DEBUG or type(pattern) is not str:
        return re.compile(pattern, flags)
    digest = hashlib.sha256(_salt() + flags.to_bytes(4, "big") + pattern.encode("utf-8", "surrogatepass"))
    entry = folder / f"{digest.hexdigest()}.sre"

    def made() -> tuple[re.Pattern, tuple]:
        args = _generate(pattern, flags)
        return _sre().compile(pattern, *args), args

    def read(data: bytes) -> tuple[re.Pattern, tuple]:
        args = marshal.loads(data)
        return _sre().compile(pattern, *args), args  # the matcher checks the code: a damaged entry raises here

    try:
        return kept_in_cache(entry, made, dump=lambda kept: marshal.dumps(kept[1]), load=read)[0]
    except Exception:  # noqa: BLE001 - a Python whose compiler differs: its own re.compile says what is wrong
        return re.compile(pattern, flags)


def _generate(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile hands to _sre.compile after the pattern: (flags, code, groups, groupindex,
    indexgroup)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _sre():
    import _sre

    return _sre


@lru_cache(maxsize=1)
def _salt() -> bytes:
    sre = _sre()
    return hashlib.sha256(f"{sys.version}\0{sre.MAGIC}\0{sre.CODESIZE}\0".encode()).digest()


@lru_cache(maxsize=1)
def _folder() -> Path | None:
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("appeal-kit")) / "regex-compiled"
    except (OSError, RuntimeError):
        return None
