"""Which folders are cases: a folder holding case.yaml, the given folder itself or up to two levels below it."""
from __future__ import annotations

from pathlib import Path

from appeal_kit.case.folder import CASE_FILE, EVIDENCE_FOLDERS
from appeal_kit.errors import CaseError
from appeal_kit.i18n import _

MAX_DEPTH = 2


def find_case_folders(root: Path) -> list[Path]:
    """Case folders under `root` (itself included), sorted by path. Evidence and hidden folders are not searched."""
    root = Path(root)
    if not root.is_dir():
        raise CaseError(_("{folder}: no such folder.").format(folder=root))
    found, level = [], [root]
    for depth in range(MAX_DEPTH + 1):
        found += [d for d in level if (d / CASE_FILE).is_file()]
        if depth == MAX_DEPTH:
            break
        level = [sub for d in level for sub in _subfolders(d)
                 if not sub.name.startswith(".") and sub.name not in EVIDENCE_FOLDERS]
    return sorted(found)


def _subfolders(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:  # a folder someone else keeps private is not searched, as with `find`
        return []


def case_folders(args: list[Path]) -> list[Path]:
    """Each argument is a case folder, or a folder of case folders (a clinic's client folder)."""
    out: list[Path] = []
    for arg in args:
        arg = Path(arg)
        found = [arg] if (arg / CASE_FILE).is_file() else find_case_folders(arg)
        if not found:
            raise CaseError(_("{folder}: holds no {file}, and no folder up to {n} levels below it does.").format(
                folder=arg, file=CASE_FILE, n=MAX_DEPTH))
        out += [f for f in found if f not in out]
    return out
