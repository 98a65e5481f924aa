"""Writing a user-visible file in one step: a temporary file beside the target, then one rename over it.

A crash or a full disk never leaves a half-written packet, letter or case.yaml; the previous version stays
until the new one is complete. The temporary file's name starts with a dot and is removed on failure.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, TypeVar

from appeal_kit import interrupts
from appeal_kit.errors import OutputError, WouldOverwriteError
from appeal_kit.i18n import N_, _

T = TypeVar("T")


def atomic_write(target: Path, write: Callable[[BinaryIO], object], *, what: str = N_("file")) -> Path:
    """Call `write(fh)` on a temporary file beside `target`, then rename it over `target`.

    An existing target keeps its permissions (case.yaml may be private to its owner); a new one gets the permissions
    of the folder it is written in (new_file_mode).
    """
    target = Path(target)
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            os.chmod(tmp_name, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp_name, new_file_mode(target.parent))
        interrupts.check()  # a run stopped by Ctrl-C or SIGTERM replaces nothing
        os.replace(tmp_name, target)
    except OSError as exc:
        raise OutputError(_("{target}: could not write the {what} ({reason}). Check that the folder is writable and "
                            "the disk has space.").format(target=target, what=_(what), reason=exc.strerror or exc)) \
            from None
    finally:
        if tmp_name and os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return target


def atomic_copy(src: Path, target: Path, *, what: str = N_("file")) -> Path:
    with open(src, "rb") as source:
        return atomic_write(target, lambda fh: shutil.copyfileobj(source, fh), what=what)


def kept_in_cache(entry: Path, make: Callable[[], T], *, dump: Callable[[T], bytes], load: Callable[[bytes], T]) -> T:
    """What `load` makes of the file `entry` (in the user cache folder), or else `make()`, then written to `entry` with
    `dump` for the next run, whole or not at all (a temporary file and one rename: another process may be reading it).
    An entry that cannot be read or loaded is made again and one that cannot be written is left out: a cache only
    ever costs the work it would have saved, never an error. Errors of `make()` itself are the caller's."""
    try:
        return load(entry.read_bytes())
    except Exception:  # noqa: BLE001 - missing, damaged, or from another version: made again below
        pass
    value = make()
    try:
        entry.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        part = entry.with_name(f"{entry.name}.{os.getpid()}.{threading.get_ident()}.part")
        part.write_bytes(dump(value))
        os.replace(part, entry)
    except Exception:  # noqa: BLE001 - unwritable folder, or a value the format cannot hold: not kept
        pass
    else:
        _trim_cache_folder(entry.parent)
    return value


MAX_KEPT_BYTES = 64 * 1024 * 1024  # each kept_in_cache folder; entries of older versions are never read again
_TRIMMED: set[Path] = set()


def _trim_cache_folder(folder: Path, limit: int = MAX_KEPT_BYTES) -> None:
    """Once a process, when it adds an entry: a folder past `limit` bytes loses its oldest entries (by the time
    each was written) until it is at three quarters of it. A removed entry that is still used is only made again."""
    if folder in _TRIMMED:
        return
    _TRIMMED.add(folder)
    try:
        entries = sorted((e.stat().st_mtime_ns, e.stat().st_size, e.path) for e in os.scandir(folder)
                         if e.is_file(follow_symlinks=False))
    except OSError:
        return
    total = sum(size for _written, size, _path in entries)
    if total <= limit:
        return
    for _written, size, path in entries:
        if total <= limit * 3 // 4:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        total -= size


def check_target(target: Path, *, inputs: Iterable[Path], ours: Callable[[Path], bool], force: bool | None,
                 what: str, option: str) -> None:
    """Refuse an output path that would destroy something: never one of the inputs (even with --force), and never
    an existing file appeal-kit did not write itself (`ours`) unless `force`. Unwritable places are named now,
    before any work is done. `force` None: the command has no --force."""
    resolved = Path(target).resolve()
    if any(resolved == Path(p).resolve() for p in inputs):
        raise OutputError(_("{target}: is one of the case's own files; appeal-kit never overwrites its inputs. "
                            "Choose another name with {option}.").format(target=target, option=option))
    if Path(target).exists() and not force and not ours(Path(target)):
        message = _("{target}: already exists and is not a {what} appeal-kit wrote, so appeal-kit will not replace "
                    "it. Choose another name with {option}, or add --force.") if force is not None else \
            _("{target}: already exists and is not a {what} appeal-kit wrote, so appeal-kit will not replace it. "
              "Choose another name with {option}.")
        raise WouldOverwriteError(message.format(target=target, what=_(what), option=option))
    parent = resolved.parent
    if not parent.is_dir():
        raise OutputError(_("{folder}: folder does not exist. Create it or choose another {option} path.").format(
            folder=Path(target).parent, option=option))
    try:  # a real try, because permissions alone do not tell (root, read-only mounts, /proc)
        fd, probe = tempfile.mkstemp(prefix=f".{resolved.name}.", suffix=".part", dir=parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(_("{folder}: appeal-kit cannot write in this folder ({reason}). Choose another {option} "
                            "path.").format(folder=Path(target).parent, reason=exc.strerror or exc, option=option)) \
            from None


def new_file_mode(folder: Path) -> int:
    """The permissions of a new packet, letter, fingerprint or calendar: read and write for whom the folder it goes in
    lets in (a 0700 case folder gives 0600 files, a 0770 one 0660), within the umask. These files are health
    information: never more readable than the folder the person keeps them in."""
    try:
        folder_bits = Path(folder).stat().st_mode & 0o777
    except OSError:
        folder_bits = 0o700
    return folder_bits & 0o666 & ~_umask()


def create_copy(src: Path, target: Path, *, what: str = N_("file"), private_as: Path | None = None) -> Path:
    """Copy `src` to a new file `target` that must not exist, not even as a link (a dangling link is never written
    through), with the new_file_mode of the folder `private_as` (default: the one it is written in)."""
    try:
        with open(src, "rb") as source, open(target, "xb") as out:
            shutil.copyfileobj(source, out)
        os.chmod(target, new_file_mode(private_as or Path(target).parent))
    except FileExistsError:
        raise OutputError(_("{target}: already exists (perhaps as a link); appeal-kit will not write through it. "
                            "Move it away and try again.").format(target=target)) from None
    except OSError as exc:
        raise OutputError(_("{target}: could not write the {what} ({reason}). Check that the folder is writable and "
                            "the disk has space.").format(target=target, what=_(what), reason=exc.strerror or exc)) \
            from None
    return Path(target)


# ---------------------------------------------------------------------------------------------- temporary folders

SCRATCH_RE = re.compile(r"appeal-kit-[a-z]+-(\d+)-[a-z0-9_]+")
BUILD_SCRATCH_BYTES = 64 * 1024 * 1024  # LibreOffice's profile and the packet's pieces for an ordinary case


def scratch(kind: str, *, needs: int = 0) -> tempfile.TemporaryDirectory:
    """A temporary folder for one run's work (`kind`: build, batch, lo, check, ocr, superbill). Its name carries this
    process's id, so a later run can tell a folder whose process was killed (kill -9, a crash, a power cut) and remove
    it with the copies of clinical notes it holds; that is done here, each time. `needs`: bytes the work needs there,
    checked first, so a full disk is named as such instead of failing halfway."""
    clean_stale_scratch()
    root = Path(tempfile.gettempdir())
    if needs:
        try:
            free = shutil.disk_usage(root).free
        except OSError:
            free = needs
        if free < needs:
            raise OutputError(_("{folder}: the temporary folder has {free} KB free, and appeal-kit needs about {needs} "
                                "MB there while it works. Free some space there, or point TMPDIR at a folder on a "
                                "disk with room, e.g. `TMPDIR=$HOME/tmp appeal-kit ...`.").format(
                folder=root, free=f"{free // 1024:,}", needs=needs // (1024 * 1024)))
    try:
        return tempfile.TemporaryDirectory(prefix=f"appeal-kit-{kind}-{os.getpid()}-")
    except OSError as exc:
        raise OutputError(_("{folder}: appeal-kit cannot make its temporary folder there ({reason}). Point TMPDIR at a "
                            "folder you can write, on a disk with room.").format(folder=root,
                                                                                 reason=exc.strerror or exc)) from None


def clean_stale_scratch(root: Path | None = None) -> list[Path]:
    """Remove the temporary folders of appeal-kit runs that no longer exist (this user's only); return them."""
    root = Path(root or tempfile.gettempdir())
    removed: list[Path] = []
    try:  # names first: a shared /tmp holds thousands of entries, and a Path for each costs more than the rest
        with os.scandir(root) as entries:
            candidates = [root / entry.name for entry in entries if entry.name.startswith("appeal-kit-")]
    except OSError:
        return removed
    for folder in candidates:
        match = SCRATCH_RE.fullmatch(folder.name)
        try:
            if not match or folder.is_symlink() or not folder.is_dir() or folder.stat().st_uid != os.getuid():
                continue
        except OSError:
            continue
        if not _running(int(match.group(1))):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process with that id: not ours to judge
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
