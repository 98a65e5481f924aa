"""Recording a claim for reimbursement and its EOB in case.yaml `claims` (coverage.claims reads them).

`appeal-kit claimed CASE --date D --submitted D --to ...` records that the superbill for one date of service was
sent; its lines start from the case's `service_lines` of that date (code, units, charge). `appeal-kit eob CASE
FILE` reads an EOB (coverage.eob) and files each line under its date of service: allowed, paid, patient
responsibility, adjustment code. When the EOB denies some lines, the EOB is filed under denial/ (it is the denial
notice of the appeal) and the appeal's claim fields are set to the denied lines only (coverage.claims.AppealLines):
the letter appeals those and says what was paid. Both edit case.yaml in place, keeping its comments.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit.case.folder import (
    CASE_FILE,
    edit_case_file,
    get_path,
    is_blank,
    load_case_data,
    parse_date,
    update_case_file,
)
from appeal_kit.coverage import claims as claim_model
from appeal_kit.coverage.eob import EobLine, read_eob_lines
from appeal_kit.errors import CaseError, InputFileError
from appeal_kit.files import create_copy
from appeal_kit.i18n import N_, _
from appeal_kit.intake.codes import carc_category


@dataclass
class Recorded:
    case_file: Path
    claim_date: str
    diff: str = ""
    lines: int = 0


def record_submission(folder: Path, service_date: date, submitted: date, *, to: str | None = None,
                      number: str | None = None) -> Recorded:
    """Record that the claim for `service_date` was sent on `submitted` (a new entry, or the existing one's)."""
    from ruamel.yaml.comments import CommentedMap

    data = load_case_data(folder)
    claim_model.parse_claims(data, Path(folder) / CASE_FILE)  # refuse to add to a list with problems
    day = service_date.isoformat()
    lines = [{k: line[k] for k in ("code", "units", "charge") if k in line}
             for line in data.get("service_lines") or [] if isinstance(line, dict)
             and _same_day(line.get("date"), day)]
    count = 0

    def edit(node: Any) -> None:
        nonlocal count
        entries = node.get("claims")
        if entries is None:
            node["claims"] = entries = []
        entry = next((e for e in entries if isinstance(e, dict) and _same_day(e.get("date"), day)), None)
        if entry is None:
            entry = CommentedMap([("date", day)])
            entries.append(entry)
        entry["submitted"] = submitted.isoformat()
        for key, value in (("to", to), ("number", number)):
            if value:
                entry[key] = value
        if not entry.get("lines") and lines:
            entry["lines"] = lines
        count = len(entry.get("lines") or [])

    diff = edit_case_file(folder, edit)
    return Recorded(Path(folder) / CASE_FILE, day, diff, count)


def _same_day(value: Any, iso: str) -> bool:
    if is_blank(value):
        return False
    try:
        return parse_date(value, what="date") == iso
    except CaseError:
        return False


@dataclass
class EobRecorded:
    case_file: Path
    lines: list[EobLine]
    dates: list[str]  # the dates of service the EOB answered
    filed_as: Path | None = None
    appeal: list[claim_model.AppealLines] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)  # claim.* fields set for the appeal of the denied lines
    kept: list[tuple[str, Any, Any]] = field(default_factory=list)  # claim.* fields left as they were (no force)
    diff: str = ""


def record_eob(folder: Path, eob: Path, *, received: date | None = None, force: bool = False,
               today: date | None = None) -> EobRecorded:
    """Read the EOB at `eob` and file its lines in case.yaml `claims`, by date of service."""
    from ruamel.yaml.comments import CommentedMap

    from appeal_kit.intake.facts import extract_facts
    from appeal_kit.intake.textract import extract_text

    folder = Path(folder)
    data = load_case_data(folder)
    claim_model.parse_claims(data, folder / CASE_FILE)
    text = extract_text(Path(eob)).text
    lines = read_eob_lines(text)
    if not lines:
        raise InputFileError(_("{file}: no service lines with a code and amounts were found in it. Type the EOB's "
                               "lines into case.yaml `claims` (docs/coverage.md shows how).").format(file=eob))
    facts = extract_facts(text, today=today)
    undated = [line for line in lines if not line.date]
    if undated:
        dates = facts.get("service_dates") or []
        if len(dates) != 1:
            raise InputFileError(_("{file}: line {row} ({code}) gives no date of service and the EOB does not name "
                                   "one date; type its lines into case.yaml `claims` (docs/coverage.md).").format(
                file=eob, row=undated[0].row, code=undated[0].code))
        for line in undated:
            line.date = str(dates[0])
    # The date printed on the EOB starts the appeal clock; without one, the day it came.
    eob_day = (_as_date(facts.get("notice_date")) or received or today or date.today()).isoformat()
    number = str(facts.get("claim_number") or "")
    denied_any = any((line.paid or 0) == 0 and not (line.allowed or 0) for line in lines)
    filed = _file_eob(folder, Path(eob), "denial" if denied_any else "other", eob_day)
    by_date: dict[str, list[EobLine]] = {}
    for line in lines:
        by_date.setdefault(line.date, []).append(line)

    def edit(node: Any) -> None:
        entries = node.get("claims")
        if entries is None:
            node["claims"] = entries = []
        for day, found in sorted(by_date.items()):
            entry = next((e for e in entries if isinstance(e, dict) and _same_day(e.get("date"), day)), None)
            if entry is None:
                entry = CommentedMap([("date", day)])
                entries.append(entry)
            if number and not entry.get("number"):
                entry["number"] = number
            entry["eob_date"] = eob_day
            entry["eob_file"] = filed.relative_to(folder.resolve()).as_posix() if filed else str(eob)
            entry["lines"] = _merged_lines(entry.get("lines") or [], found)

    diff = edit_case_file(folder, edit)
    result = EobRecorded(folder / CASE_FILE, lines, sorted(by_date), filed, diff=diff)
    data = load_case_data(folder)
    result.appeal = [a for a in claim_model.appeal_lines(data) if a.claim.date in by_date]
    if len(result.appeal) == 1:
        values = result.appeal[0].case_values()
        if values.get("claim.carc_codes") and get_path(data, "claim.carc_codes"):
            values.pop("claim.carc_codes")  # the notice's codes are kept; the lines' are in claims
        category = next((carc_category(c) for c in values.get("claim.carc_codes", []) if carc_category(c)), None)
        if category:
            values["claim.denial_category"] = category
        reason = facts.get("denial_reason") or _remark(text, values.get("claim.carc_codes") or [])
        if reason:
            values["claim.denial_reason"] = reason
        update = update_case_file(folder, values, force=force)
        result.filled = [path for path, _old, _new in update.changed]
        result.kept = update.kept
        result.diff += update.diff
    return result


def _remark(text: str, adjustments: list[str]) -> str:
    """The EOB's own explanation of the denied lines' adjustment codes ("CO-96: Non-covered charge."), in its words."""
    said = []
    for code in adjustments:
        group, _, number = code.partition("-")
        m = re.search(rf"^\s*{group}\s*-?\s*{number}\s*[:=-]\s*(\S.*)$", text, re.M)
        if m:
            said.append(f"{code}: {m.group(1).strip()}")
    return " ".join(said)


def _merged_lines(existing: list, found: list[EobLine]) -> list:
    """The EOB's lines, each keeping the units (and a charge the EOB leaves out) of the line of the same code
    already in the claim; lines the EOB does not mention stay as they were."""
    from ruamel.yaml.comments import CommentedMap

    out, used = [], set()
    for line in found:
        new = line.as_case_line()
        old = next((i for i, e in enumerate(existing) if isinstance(e, dict) and i not in used
                    and str(e.get("code") or "").upper().split("-")[0] == line.code), None)
        if old is not None:
            used.add(old)
            for key in ("units", "charge"):
                if key in existing[old] and key not in new:
                    new[key] = existing[old][key]
        out.append(CommentedMap(new))
    out += [e for i, e in enumerate(existing) if i not in used]
    return out


def _as_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _file_eob(folder: Path, eob: Path, sub: str, day: str) -> Path | None:
    """A copy of the EOB in the case folder (`sub`/EOB-DAY.ext), unless it is there already."""
    resolved = eob.resolve()
    if resolved.is_relative_to(folder.resolve()):
        return resolved
    target = folder / sub / f"EOB-{day}{eob.suffix.lower()}"  # the exhibit is titled "EOB 2026-05-02"
    n = 2
    while target.exists() or target.is_symlink():
        target = folder / sub / f"EOB-{day}-{n}{eob.suffix.lower()}"
        n += 1
    target.parent.mkdir(exist_ok=True)
    return create_copy(eob, target, what=N_("EOB"), private_as=folder).resolve()
