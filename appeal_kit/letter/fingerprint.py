"""What letter.docx was drafted from, so a letter older than its case is noticed.

`draft` writes a fingerprint beside the letter (FOLDER/.letter-fingerprint.json): one short hash per case.yaml
field (lists such as clinical.history count as one field), the exhibit list as the letter names it, a hash of
each evidence file's bytes, one hash per clinic profile key (the letterhead is read at render time, so a new
address changes the letter), and the hash of the letter.docx just written. `check` and `build` compare it with the
case as it is now and name what changed. A letter whose bytes still match is unedited: `build` redrafts it by
itself (pipeline.PacketJob); an edited one needs a person, told exactly what moved (exhibit_moves). Hashes, not
values, are kept, so the file repeats nothing of the patient's data.
"""
from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from appeal_kit.case.folder import Case
from appeal_kit.files import atomic_write
from appeal_kit.i18n import N_, Reason, _, said

FINGERPRINT_FILE = ".letter-fingerprint.json"


def fingerprint_file(case: Case) -> Path:
    """Where the fingerprint of the case's letter is kept: a request's letter has its own beside the appeal's."""
    return case.folder / (f".{Path(case.letter_path.name).stem}-fingerprint.json" if case.is_request
                          else FINGERPRINT_FILE)


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]


# The records `sent` and `decided` append: only a letter with a timeline (the regulator complaint) states them.
RECORD_KEYS = ("submissions", "decisions")


def _fields(data: dict, prefix: str = "", *, records: bool = True) -> dict[str, str]:
    out = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if not prefix and (key == "exhibits" or (key in RECORD_KEYS and not records)):
            continue  # exhibits: compared as the exhibit list below
        if isinstance(value, dict) and value:
            out.update(_fields(value, path + "."))
        elif value not in (None, "", [], {}):
            out[path] = _digest(value)
    return out


def _exhibit_list(case: Case) -> list[list[str]]:
    """(label, title, file) of each exhibit the letter lists, records from case.yaml included."""
    from appeal_kit.letter.records import record_titles
    from appeal_kit.numbering import exhibit_label

    folder = case.folder.resolve()
    rows = [[e.title, e.path.relative_to(folder).as_posix() if e.path.is_relative_to(folder) else str(e.path)]
            for e in case.exhibits]
    rows += [[title, ""] for title in record_titles(case)]
    return [[exhibit_label(i), *row] for i, row in enumerate(rows)]


def _file_digests(case: Case) -> dict[str, str]:
    """A hash of each evidence file's bytes: a replaced file can move the pages the letter points to."""
    out = {}
    for row, exhibit in zip(_exhibit_list(case), case.exhibits):
        try:
            out[row[2]] = hashlib.sha256(exhibit.path.read_bytes()).hexdigest()[:16]
        except OSError:
            out[row[2]] = "unreadable"
    return out


def _clinic_digests(case: Case) -> dict[str, str]:
    """One hash per clinic profile key, the logo's and signatures' bytes included; {} without a profile."""
    from appeal_kit.errors import AppealKitError
    from appeal_kit.letter.clinic import load_clinic

    try:
        profile = load_clinic(case.folder)
    except AppealKitError:
        return {"clinic.yaml": "unreadable"}
    if profile is None:
        return {}
    out = {f"clinic.yaml {k}": _digest(v) for k, v in profile.items()
           if k not in ("path", "unknown_keys", "logo", "templates") and v not in (None, "", [])}
    if profile.get("logo"):
        out["clinic.yaml logo"] = _file_digest(Path(profile["logo"]))
    for provider in profile.get("providers") or []:
        if provider.get("signature"):
            out[f"clinic.yaml signature of {provider['name']}"] = _file_digest(Path(provider["signature"]))
    return out


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return "unreadable"


def fingerprint(case: Case, *, records: bool = False) -> dict:
    """`records`: the letter states the submissions and decisions (a timeline), so they count as its inputs."""
    return {"fields": _fields(case.data, records=records), "exhibits": _exhibit_list(case),
            "files": _file_digests(case), "records": records, "clinic": _clinic_digests(case)}


def record(case: Case, letter_date: date, template=None) -> Path:
    """Remember what letter.docx was just drafted from (with `template`, a render.TemplateInfo), the date it carries
    and its own hash."""
    records = False
    if template is not None:
        from appeal_kit.letter.render import template_variables

        records = "timeline" in template_variables(template)
    target = fingerprint_file(case)
    text = json.dumps({**fingerprint(case, records=records), "letter_date": letter_date.isoformat(),
                       "letter_sha256": hashlib.sha256(case.letter_path.read_bytes()).hexdigest()}, indent=1,
                      sort_keys=True) + "\n"
    return atomic_write(target, lambda fh: fh.write(text.encode()), what=N_("letter fingerprint"))


def _stored(case: Case) -> dict | None:
    try:
        stored = json.loads((fingerprint_file(case)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stored if isinstance(stored, dict) else None


def unedited(case: Case) -> bool:
    """letter.docx is byte for byte the one `draft` (or a build's redraft) wrote: no hand edits to lose."""
    stored = _stored(case)
    if not stored or not stored.get("letter_sha256") or not case.letter_path.is_file():
        return False
    return hashlib.sha256(case.letter_path.read_bytes()).hexdigest() == stored["letter_sha256"]


def exhibit_moves(case: Case) -> list[str]:
    """What an edited letter now says wrongly about the exhibits, exhibit by exhibit ("letter says Exhibit D for
    Authorization; it is now Exhibit E")."""
    stored = _stored(case) or {}
    old = {tuple(row[1:]): row[0] for row in stored.get("exhibits") or [] if isinstance(row, list) and len(row) == 3}
    now = {tuple(row[1:]): row[0] for row in _exhibit_list(case)}
    name = case.letter_path.name
    out = [_("{file} says Exhibit {label} for {title}; it is now Exhibit {now}").format(
        file=name, label=label, title=title, now=now[(title, f)])
        for (title, f), label in old.items() if (title, f) in now and now[(title, f)] != label]
    out += [_("{file} says Exhibit {label} for {title}; it is no longer in the packet").format(
        file=name, label=label, title=title) for (title, f), label in old.items() if (title, f) not in now]
    out += [_("Exhibit {label} ({title}) is new; {file} does not mention it").format(
        label=label, title=title, file=name) for (title, f), label in now.items() if (title, f) not in old]
    return out


def changes(case: Case) -> list[str]:
    """What changed since letter.docx was drafted: dotted fields, then "the exhibit list". Empty when nothing
    did, or when there is no letter or no fingerprint (a letter of the user's own)."""
    stored_file = fingerprint_file(case)
    if not case.letter_path.is_file() or not stored_file.is_file():
        return []
    try:
        stored = json.loads(stored_file.read_text(encoding="utf-8"))
        old_fields, old_exhibits = dict(stored["fields"]), stored["exhibits"]
    except (ValueError, KeyError, TypeError, OSError):
        return [Reason(N_("the fingerprint file (unreadable)"))]
    now = fingerprint(case, records=stored.get("records") is True)
    if not now["records"]:  # an older fingerprint may hold them
        old_fields = {k: v for k, v in old_fields.items() if k.split(".")[0] not in RECORD_KEYS}
    changed = sorted(p for p in old_fields.keys() | now["fields"].keys()
                     if old_fields.get(p) != now["fields"].get(p))
    if old_exhibits != now["exhibits"]:
        changed.append(Reason(N_("the exhibit list")))
    old_files = stored.get("files") or {}
    changed += [Reason(N_("the content of {file}"), file=name) for name, digest in now["files"].items()
                if name in old_files and old_files[name] != digest]
    if "clinic" in stored:  # fingerprints from before the profile was in them say nothing about it
        old_clinic = stored["clinic"] or {}
        changed += sorted(k for k in old_clinic.keys() | now["clinic"].keys()
                          if old_clinic.get(k) != now["clinic"].get(k))
    return changed


def letter_date(case: Case) -> date:
    """The date of the drafted letter.docx: as recorded at draft time, else the day the file was last saved."""
    try:
        stored = json.loads((fingerprint_file(case)).read_text(encoding="utf-8"))
        return date.fromisoformat(stored["letter_date"])
    except (OSError, ValueError, KeyError, TypeError):
        return datetime.fromtimestamp(case.letter_path.stat().st_mtime, UTC).date()


def shown_changes(changed: list[str]) -> str:
    """What changed, in the person's language (a field stays its dotted path), the first six and how many more."""
    words = ", ".join(said(c) if isinstance(c, Reason) else c for c in changed[:6])
    more = len(changed) - 6
    return words + (_(" and {n} more").format(n=more) if more > 0 else "")


def stale_message(case: Case, changed: list[str]) -> str:
    """For a letter with hand edits: what changed, and exactly what the letter now says wrongly about exhibits."""
    moves = exhibit_moves(case) if "the exhibit list" in changed else []
    rest = [c for c in changed if c != "the exhibit list" or not moves]
    moved = "; ".join(moves) + (_(". Also changed since it was drafted: {changes}").format(
        changes=shown_changes(rest)) if moves and rest else "")
    head = f"{moved}." if moves else _("{file} was drafted before these changed: {changes}.").format(
        file=case.letter_path.name, changes=shown_changes(rest))
    return head + _(" It has hand edits, so appeal-kit leaves it to you: update it by hand, or run `appeal-kit draft "
                    "{folder} --force` to write it again (your edits in it are lost).").format(folder=case.folder)


def redraft_message(case: Case, changed: list[str]) -> str:
    """For a letter without hand edits, which `build` redrafts by itself."""
    return _("{file} has no hand edits since it was drafted, and these changed: {changes}; the next build drafts it "
             "again from its template.").format(file=case.letter_path.name, changes=shown_changes(changed))
