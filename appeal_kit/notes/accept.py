"""Proposals meet case.yaml: which rows are new, where the notes disagree with what the person typed, and writing
the accepted rows.

What the person typed is never replaced: a proposed row for a treatment case.yaml already lists is compared with
it, and a difference is reported, not written. New rows are appended to `clinical.history` through the case
editor (appeal_kit/case/folder.py: update_case_file), which keeps the file's comments and layout and writes it
atomically. Empty `clinical.suicidality`, `claim.diagnosis_codes`, `clinical.severity` and
`clinical.severity_date` are filled; filled ones are replaced only with `force`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from appeal_kit.i18n import _, ngettext
from appeal_kit.notes import lexicon
from appeal_kit.notes.dates import When
from appeal_kit.notes.propose import HistoryRow, Proposals, dose_of, outcome_of, weeks_of

DISAGREE_DAYS = 31  # dates further apart than a month are a disagreement; closer ones are the same date written twice
_RESPONSE_CLASS = {"none": "no_response", "partial": "partial_response", "lost": "relapse", "remission": "remission"}


def case_row_treatment(row: dict) -> lexicon.Treatment | None:
    """The treatment a case.yaml row names ("Bupropion XL (augmenting sertraline)" -> bupropion): its first."""
    found = lexicon.find_treatments(str(row.get("drug") or ""))
    return found[0].treatment if found else None


def new_rows(proposals: Proposals, case_data: dict) -> list[HistoryRow]:
    """The proposed rows for treatments case.yaml's history does not list yet."""
    listed = {t.name for t in map(case_row_treatment, _history(case_data)) if t}
    listed |= {str(r.get("drug") or "").strip().lower() for r in _history(case_data)}
    return [r for r in proposals.history if r.name not in listed]


def _history(case_data: dict) -> list[dict]:
    rows = ((case_data.get("clinical") or {}).get("history")) or []
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


def _weeks(start: Any, end: Any) -> float | None:
    try:
        a, b = When(0, 0, _iso(start)).as_date(), When(0, 0, _iso(end)).as_date(last=True)
    except (ValueError, TypeError):
        return None
    return (b - a).days / 7 if b >= a else None


def _iso(value: Any) -> str:
    from datetime import date

    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", text):
        return text
    from appeal_kit.notes.dates import find_when

    whens = find_when(text)
    if not whens:
        raise ValueError(text)
    return whens[0].value


def _far(a: Any, b: str | None) -> bool:
    if a in (None, "") or b is None:
        return False
    try:
        x, y = _iso(a), b
    except ValueError:
        return False
    precision = min(len(x), len(y))
    if precision < 10:  # a month or a year: compare as written
        return x[:precision] != y[:precision]
    return abs((When(0, 0, x).as_date() - When(0, 0, y).as_date()).days) > DISAGREE_DAYS


def _mg(text: Any) -> float | None:
    d = dose_of(str(text or ""))
    m = re.match(r"[\d.]+", d) if d else None
    return float(m.group(0)) if m else None


def disagreements(proposals: Proposals, case_data: dict) -> list[str]:
    """Where the notes say otherwise than a row the person typed, in words naming both places."""
    out = []
    by_name = {r.name: r for r in proposals.history}
    for row in _history(case_data):
        t = case_row_treatment(row)
        note = by_name.get(t.name) if t else None
        if note is None:
            continue
        differs = []
        if _far(row.get("start"), note.start) or _far(row.get("end"), note.end):
            differs.append("dates")
        case_mg, note_mg = _mg(row.get("dose")), _mg(note.dose)
        if case_mg and note_mg and abs(case_mg - note_mg) > 0.01:
            differs.append("dose")
        case_class = _RESPONSE_CLASS.get(str(row.get("response") or "").lower()) or \
            outcome_of(str(row.get("outcome") or ""))[0]
        if case_class != "unknown" and note.outcome_class != "unknown" and case_class != note.outcome_class:
            differs.append("outcome")
        case_weeks = weeks_of(str(row.get("outcome") or "")) or _weeks(row.get("start"), row.get("end"))
        note_weeks = weeks_of(note.source.text) or (_weeks(note.start, note.end) if note.start and note.end else None)
        if case_weeks and note_weeks and abs(case_weeks - note_weeks) > 4 and "dates" not in differs:
            differs.append("length")
        if differs:
            out.append(_("case.yaml: {typed}; {file} p. {page}: {words}").format(
                typed=_describe_case(row, case_weeks), file=note.source.file, page=note.source.page,
                words=note.source.text))
    return out


def _describe_case(row: dict, weeks: float | None) -> str:
    parts = [str(row.get("drug"))]
    if weeks:
        parts.append(ngettext("{n} week", "{n} weeks", round(weeks)).format(n=round(weeks)))
    elif row.get("start") or row.get("end"):
        parts.append(_("{start} to {end}").format(start=row.get("start") or "?", end=row.get("end") or "?"))
    if row.get("dose"):
        parts.append(str(row["dose"]))
    if row.get("outcome"):
        parts.append(str(row["outcome"]))
    return ", ".join(parts)


def case_row(row: HistoryRow) -> dict:
    """A proposal as a clinical.history row of case.yaml (docs/case-yaml.md), with where the records show it."""
    out: dict[str, Any] = {"drug": row.name[:1].upper() + row.name[1:]}
    if row.kind != "other" or row.drug_class:
        out["kind"] = row.kind
    for key in ("dose", "start", "end", "outcome"):
        value = getattr(row, key)
        if value:
            out[key] = value
    if row.sessions:
        out["sessions"] = row.sessions
    out["evidence"] = {"file": row.source.file, "page": row.source.page}
    return out


@dataclass
class Accepted:
    case_file: Path
    added: list[HistoryRow] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)
    kept: list[tuple[str, Any, Any]] = field(default_factory=list)
    diff: str = ""


def severity_line(proposals: Proposals) -> tuple[str, str] | None:
    """("PHQ-9 16 and MADRS 24 on 2026-10-20", "2026-10-20") from the latest date with depression scores."""
    dated = [s for s in proposals.scales if s["date"] and isinstance(s["score"], int) and s["name"] != "pain NRS"]
    if not dated:
        return None
    latest = max(s["date"] for s in dated)
    scores = [f"{s['name']} {s['score']}" for s in dated if s["date"] == latest]
    return f"{' and '.join(scores)} on {latest} ({dated[0]['source']['file']})", latest


def accept(folder: Path, proposals: Proposals, rows: list[HistoryRow], *, force: bool = False) -> Accepted:
    """Append `rows` to FOLDER/case.yaml's clinical.history and fill the empty fields the notes answer."""
    from appeal_kit.case.folder import CASE_FILE, load_case_data, read_yaml, to_plain, update_case_file

    load_case_data(folder)  # a case.yaml with problems is named and fixed first
    values: dict[str, Any] = {}
    if rows:  # appended to the rows as written (not as read): the editor keeps them and their comments
        raw = to_plain(read_yaml(Path(folder) / CASE_FILE) or {})
        values["clinical.history"] = _history_as_written(raw) + [case_row(r) for r in rows]
    if proposals.suicidality.get("level"):
        values["clinical.suicidality"] = proposals.suicidality["level"]
    if proposals.diagnoses:
        values["claim.diagnosis_codes"] = [d["code"] for d in proposals.diagnoses]
    severity = severity_line(proposals)
    if severity:
        values["clinical.severity"], values["clinical.severity_date"] = severity
    done = Accepted(Path(folder) / CASE_FILE)
    if not values:
        return done
    history = values.pop("clinical.history", None)
    update = update_case_file(folder, values, force=force)
    if history is not None:
        appended = update_case_file(folder, {"clinical.history": history})
        update.changed += appended.changed
        update.diff = (update.diff + appended.diff) if update.diff else appended.diff
        done.added = rows if appended.changed else []
    done.filled = [path for path, _, _ in update.changed if path != "clinical.history"]
    done.kept = update.kept
    done.diff = update.diff
    return done


def _history_as_written(data: dict) -> list:
    rows = ((data.get("clinical") or {}).get("history")) or []
    return list(rows) if isinstance(rows, list) else []
