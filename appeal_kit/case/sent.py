"""What was sent stays as it was sent: the copies `appeal-kit sent` files under FOLDER/sent/.

A submission (case.yaml `submissions:`, written by cases.record) records the SHA-256 of the PDF that went out.
`sent` also files a byte-for-byte copy of that PDF as sent/DATE-METHOD.pdf, so packet.pdf stays free to be
rebuilt (a corrected packet, the next level's) while the record keeps pointing at a file that matches it. We chose
a copy over refusing to rebuild: a clinic rebuilds often (a new exhibit, a new letterhead), and a copy keeps the
record true whatever later happens to packet.pdf. A build that is about to replace a packet a submission records
without such a copy (a record written before copies were filed, or `sent --packet` elsewhere) files one first
(file_before_replacing). `check` and `cases` name any submission whose packet is no longer in the folder
(unkept).

This module sits below the pipeline, so `build` can use it; cases.record writes the records themselves.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from appeal_kit.files import atomic_copy
from appeal_kit.i18n import N_, _

SENT_FOLDER = "sent"


def sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _submissions(data: dict) -> list[dict]:
    return [s for s in data.get("submissions") or [] if isinstance(s, dict) and s.get("packet_sha256")]


def _candidates(folder: Path, entry: dict) -> list[Path]:
    """Where the packet of one submission may be: its filed copy, the path it was sent from, any file in sent/."""
    paths = [folder / str(entry[k]) for k in ("copy", "packet") if entry.get(k)]
    sent = folder / SENT_FOLDER
    if sent.is_dir():
        paths += sorted(p for p in sent.iterdir() if p.is_file())
    return paths


def kept_copy(folder: Path, entry: dict) -> Path | None:
    """A file in the case folder whose bytes are exactly the packet this submission records, or None."""
    folder = Path(folder)
    want = entry.get("packet_sha256")
    return next((p for p in _candidates(folder, entry) if p.is_file() and sha256(p) == want), None)


def unkept(folder: Path, data: dict) -> list[str]:
    """One message per submission whose packet is no longer in the case folder exactly as it was sent."""
    out = []
    for entry in _submissions(data):
        if kept_copy(folder, entry) is None:
            where = entry.get("copy") or entry.get("packet") or _("the packet")
            out.append(_("the packet sent on {date} ({file}, SHA-256 {digest}...) is no longer in the case folder as "
                         "it was sent: the file was changed, rebuilt or removed. Find the copy you sent (fax "
                         "confirmation, portal upload) and put it back in sent/").format(
                date=entry.get("date"), file=where, digest=entry["packet_sha256"][:12]))
    return out


def copy_name(folder: Path, day: str, method: str) -> Path:
    """sent/DATE-METHOD.pdf, with -2, -3, ... when that name is taken."""
    base = Path(folder) / SENT_FOLDER / f"{day}-{method}"
    target, n = base.with_suffix(".pdf"), 1
    while target.exists():
        n += 1
        target = base.parent / f"{base.name}-{n}.pdf"
    return target


def file_copy(folder: Path, packet: Path, day: str, method: str) -> Path:
    """Copy the packet that went out to sent/DATE-METHOD.pdf (a new name, never over another copy)."""
    target = copy_name(folder, day, method)
    target.parent.mkdir(exist_ok=True)
    return atomic_copy(packet, target, what=N_("copy of the sent packet"))


def file_before_replacing(folder: Path, data: dict, output: Path) -> Path | None:
    """When `output` (about to be replaced by a build) is a packet a submission records and the folder keeps no
    other copy of it, file one in sent/ first. Returns the copy's path, or None when nothing needed filing."""
    output = Path(output)
    entries = _submissions(data)
    if not entries or not output.is_file():  # nothing sent yet: no need to hash the packet
        return None
    digest = sha256(output)
    for entry in entries:
        if entry["packet_sha256"] != digest:
            continue
        others = [p for p in _candidates(Path(folder), entry) if p.resolve() != output.resolve()]
        if any(p.is_file() and sha256(p) == digest for p in others):
            return None
        return file_copy(Path(folder), output, str(entry.get("date") or "undated"), str(entry.get("method") or "sent"))
    return None
