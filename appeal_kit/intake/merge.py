"""What intake tells the user, and what it writes into case.yaml.

- `summary_lines(facts, today=None) -> list[str]`: the readable summary.
- `merge_into_case(folder, facts, notice, *, force=False) -> MergeResult`: fill case.yaml (round-trip).
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit.errors import OutputError
from appeal_kit.intake import codes, deadlines

# fact -> case.yaml path. appeal_deadline / deadline_basis are written only when the notice states a deadline.
CASE_PATHS = {
    "patient_name": "patient.name",
    "member_id": "patient.member_id",
    "claim_number": "claim.number",
    "insurer": "insurer.name",
    "notice_date": "claim.notice_date",
    "service_dates": "claim.service_dates",
    "procedure_codes": "claim.procedure_codes",
    "diagnosis_codes": "claim.diagnosis_codes",
    "carc_codes": "claim.carc_codes",
    "denial_category": "claim.denial_category",
    "plan_type": "claim.plan_type",
    "urgent": "claim.urgent",
    "appeal_deadline": "claim.appeal_deadline",
    "deadline_basis": "claim.deadline_basis",
    "appeals_address": "insurer.appeals_address",
    "appeals_fax": "insurer.fax",
}

# ---------------------------------------------------------------------------------------------- summary

_LABELS = {"patient_name": "Patient", "member_id": "Member ID", "claim_number": "Claim / reference",
           "insurer": "Insurer", "notice_date": "Notice date", "service_dates": "Service dates",
           "procedure_codes": "Procedure codes", "diagnosis_codes": "Diagnosis codes", "carc_codes": "Reason codes",
           "denial_category": "Denial category", "plan_type": "Plan type", "urgent": "Urgent",
           "appeals_address": "Appeals address", "appeals_fax": "Appeals fax"}


def summary_lines(facts: dict, today: date | None = None) -> list[str]:
    today = today or date.today()
    lines, missing = [], []
    for key, label in _LABELS.items():
        v = facts.get(key)
        if key == "urgent":
            lines.append(f"  {label + ':':<20}{'yes (expedited route)' if v else 'no'}")
            continue
        if v in (None, [], "", "unknown"):
            missing.append(label.lower())
            continue
        if isinstance(v, list):
            if key in ("procedure_codes", "diagnosis_codes", "carc_codes"):
                v = ", ".join(f"{c} ({d})" if (d := _quick_description(c)) else c for c in v)
            else:
                v = ", ".join(v)
        lines.append(f"  {label + ':':<20}{v}")
    if missing:
        lines.append(f"  Not found: {', '.join(missing)}. Check the notice and fill these in case.yaml.")
    lines.append("")
    dl = deadlines.Deadline(
        date.fromisoformat(facts["appeal_deadline"]) if facts.get("appeal_deadline") else None,
        facts.get("deadline_basis") or "", "notice" if facts.get("evidence", {}).get("appeal_deadline") else "rule",
        facts.get("plan_type") or "unknown", rule=deadlines.RULES.get(facts.get("plan_type") or ""),
        urgent=bool(facts.get("urgent")))
    if dl.rule and dl.rule.note and dl.source == "rule":
        dl.notes.append(dl.rule.note)
    lines += [f"  {x}" for x in deadlines.describe(dl, today)]
    return lines


def _quick_description(code: str) -> str | None:
    """Descriptions that need no code-set import (the ICD-10-CM set takes ~2 s to load)."""
    if re.fullmatch(r"[A-Z]{2}-\w+", code):
        return codes.describe_code(code)
    return codes.PROCEDURE_DESCRIPTIONS.get(code)


# ---------------------------------------------------------------------------------------------- case.yaml

@dataclass
class MergeResult:
    case_file: Path
    changed: list[tuple[str, Any, Any]] = field(default_factory=list)  # (path, old, new)
    kept: list[tuple[str, Any, Any]] = field(default_factory=list)  # differing values left alone (no --force)
    diff: str = ""
    copied_to: Path | None = None
    exhibit_note: str = ""  # whether the notice was added to an `exhibits:` list


def _case_values(facts: dict) -> dict[str, Any]:
    out = {}
    for key, path in CASE_PATHS.items():
        v = facts.get(key)
        if key == "plan_type" and v == "unknown":
            continue
        if key == "urgent" and not v:
            continue
        if key in ("appeal_deadline", "deadline_basis") and not facts.get("evidence", {}).get("appeal_deadline"):
            continue  # rule-based deadlines are recomputed by `appeal-kit deadline` from the notice date
        if v in (None, [], ""):
            continue
        out[path] = v
    return out


def merge_into_case(folder: Path, facts: dict, notice: Path | None = None, *, force: bool = False) -> MergeResult:
    """Fill the empty fields of FOLDER/case.yaml with `facts` (all of them with force), keeping comments and
    layout; write it atomically; copy the notice into FOLDER/denial/ unless it is there already."""
    from appeal_kit.case.folder import update_case_file

    update = update_case_file(folder, _case_values(facts), force=force)
    result = MergeResult(update.case_file, update.changed, update.kept, update.diff)
    if notice is not None:
        from appeal_kit.case.folder import list_exhibit, title_from_filename

        in_denial, copied = _place_notice(Path(folder), Path(notice))
        result.copied_to = in_denial if copied else None
        result.exhibit_note = list_exhibit(Path(folder), in_denial, title_from_filename(in_denial))
    return result


def _place_notice(folder: Path, notice: Path) -> tuple[Path, bool]:
    """Where the notice sits in FOLDER/denial/, and whether it was copied there just now."""
    denial = folder / "denial"
    src = notice.resolve()
    if denial.is_dir() and src.parent == denial.resolve():
        return src, False
    denial.mkdir(exist_ok=True)
    target = denial / notice.name
    n = 2
    while target.exists():
        if target.read_bytes() == src.read_bytes():
            return target, False  # already there
        target = denial / f"{notice.stem}-{n}{notice.suffix}"
        n += 1
    try:
        shutil.copy2(src, target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot copy the notice there ({exc.strerror}).") from None
    return target, True

