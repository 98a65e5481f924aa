"""What intake tells the user, and what it writes into case.yaml.

- `summary_lines(facts, today=None) -> list[str]`: the readable summary.
- `merge_into_case(folder, facts, notice, *, force=False) -> MergeResult`: fill case.yaml (round-trip).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit.i18n import N_, _, language, long_date, said
from appeal_kit.intake import codes, deadlines
from appeal_kit.rules import route

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
    # a third-party administrator's letter: who processes the claims, and the self-funded plan it acts for
    "administrator": "insurer.administrator",
    "plan_name": "insurer.plan_name",
    "funding": "claim.funding",  # insured | self_funded, where the notice says (extract.find_funding)
    "integrated": "claim.integrated",  # an integrated D-SNP's one appeal (extract.find_integrated)
}

# ---------------------------------------------------------------------------------------------- summary

_LABELS = {"patient_name": N_("Patient"), "member_id": N_("Member ID"), "claim_number": N_("Claim / reference"),
           "insurer": N_("Insurer"), "notice_date": N_("Notice date"), "service_dates": N_("Service dates"),
           "procedure_codes": N_("Procedure codes"), "diagnosis_codes": N_("Diagnosis codes"),
           "carc_codes": N_("Reason codes"), "denial_category": N_("Denial category"), "plan_type": N_("Plan type"),
           "urgent": N_("Urgent"), "administrator": N_("Administrator"), "plan_name": N_("Plan"),
           "appeals_address": N_("Appeals address"), "appeals_fax": N_("Appeals fax")}


def summary_lines(facts: dict, today: date | None = None) -> list[str]:
    today = today or date.today()
    lines, missing = [], []
    uncertain = facts.get("uncertain") or {}
    width = 2 + max(len(_(label)) for label in _LABELS.values())  # Spanish labels are longer
    for key, label in _LABELS.items():
        v = facts.get(key)
        label = _(label)
        if key == "urgent":
            lines.append(f"  {label + ':':<{width}}{_('yes (expedited route)') if v else _('no')}")
            continue
        rejected = (facts.get("rejected") or {}).get(key)
        if rejected and v in (None, [], ""):
            lines.append(f"  {label + ':':<{width}}" + _("left empty, CHECK THIS: {reason}. Fill it in from the "
                                                    "notice.").format(reason=said(rejected["reason"])))
            continue
        if v in (None, [], "", "unknown"):
            missing.append(label.lower())
            continue
        if key in ("denial_category", "plan_type"):
            v = _said_value(key, v)
        if key in ("notice_date", "service_dates") and language() != "en":  # "2 de junio de 2026 (2026-06-02)"
            v = [_said_date(d) for d in v] if isinstance(v, list) else _said_date(v)
        if isinstance(v, list):
            if key in ("procedure_codes", "diagnosis_codes", "carc_codes"):
                v = ", ".join(f"{c} ({d})" if (d := _quick_description(c)) else c for c in v)
            else:
                v = ", ".join(v)
        check = "   " + _("CHECK THIS: {why}").format(why=said(uncertain[key])) if key in uncertain else ""
        lines.append(f"  {label + ':':<{width}}{v}{check}")
    if missing:
        lines.append("  " + _("Not found: {fields}. Check the notice and fill these in case.yaml.").format(
            fields=", ".join(missing)))
    lines.append("")
    dl = _facts_deadline(facts)
    if dl.rule and dl.rule.note and dl.source == "rule":
        dl.notes.append(dl.rule.text(_(dl.rule.note)))
    lines += [f"  {x}" for x in deadlines.describe(dl, today)]
    return lines


def _said_date(iso: str) -> str:
    """An ISO date in the person's words, the ISO date beside it (as case.yaml stores it)."""
    day = deadlines.as_date_or_none(iso)
    return f"{long_date(day)} ({iso})" if day else str(iso)


def _facts_deadline(facts: dict) -> deadlines.Deadline:
    """The deadline intake counted from the notice's facts (their plan type's route: an integrated D-SNP's own)."""
    plan = route({"claim": facts}) or "unknown"
    return deadlines.Deadline(
        date.fromisoformat(facts["appeal_deadline"]) if facts.get("appeal_deadline") else None,
        facts.get("deadline_basis") or "", "notice" if facts.get("evidence", {}).get("appeal_deadline") else "rule",
        plan, rule=deadlines.RULES.get(plan),
        urgent=bool(facts.get("urgent")))


def _said_value(key: str, value: str) -> str:
    """A denial category or plan type in the person's words, with the value case.yaml keeps in brackets."""
    from appeal_kit.case.interview import CATEGORY_CHOICES, PLAN_NAMES

    words = (CATEGORY_CHOICES if key == "denial_category" else PLAN_NAMES).get(value)
    return f"{_(words)} ({value})" if words else value


def _quick_description(code: str) -> str | None:
    """Descriptions in the person's language that need no code-set import (the ICD-10-CM set takes ~2 s to load):
    adjustment reasons, procedures, and in Spanish the diagnoses care_codes.yaml words."""
    if re.fullmatch(r"[A-Z]{2}-\w+", code) or code in codes.PROCEDURE_DESCRIPTIONS or language() != "en":
        return codes.describe_code(code, language())
    return None


# ---------------------------------------------------------------------------------------------- case.yaml

@dataclass
class MergeResult:
    case_file: Path
    changed: list[tuple[str, Any, Any]] = field(default_factory=list)  # (path, old, new)
    kept: list[tuple[str, Any, Any]] = field(default_factory=list)  # differing values left alone (no --force)
    diff: str = ""
    held: list[tuple[str, Any, str]] = field(default_factory=list)  # (path, value, why it was not written)
    copied_to: Path | None = None
    exhibit_note: str = ""  # whether the notice was added to an `exhibits:` list
    name_note: str = ""  # the case's spelling of the patient's name kept over the notice's


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


def merge_into_case(folder: Path, facts: dict, notice: Path | None = None, *, force: bool = False,
                    accept_uncertain: bool = False, today: date | None = None) -> MergeResult:
    """Fill the empty fields of FOLDER/case.yaml with `facts` (all of them with force), keeping comments and
    layout; write it atomically; copy the notice into FOLDER/denial/ unless it is there already.

    Held back (listed in `held`, never written): fields found with low confidence unless `accept_uncertain`,
    and a notice date the case itself shows to be wrong (the patient's date of birth, before the service dates).
    `force` never replaces a date with a less plausible one."""
    from appeal_kit.case.folder import inside, update_case_file

    denial = Path(folder) / "denial"
    if notice is not None and (denial.is_symlink() or denial.exists()):
        inside(folder, "denial", what="denial/")  # refused before case.yaml changes: a link elsewhere is not written in
    values = _case_values(facts)
    held = _hold_back(folder, facts, values, force=force, accept_uncertain=accept_uncertain, today=today)
    name_note = _keep_typed_name(folder, values, held)
    update = update_case_file(folder, values, force=force, notes=deadlines.basis_notes(values, _facts_deadline(facts)))
    result = MergeResult(update.case_file, update.changed, update.kept, update.diff, held, name_note=name_note)
    if notice is not None:
        from appeal_kit.case.folder import list_exhibit, title_from_filename

        in_denial, copied = _place_notice(Path(folder), Path(notice))
        result.copied_to = in_denial if copied else None
        result.exhibit_note = list_exhibit(Path(folder), in_denial, title_from_filename(in_denial))
    return result


_DATE_PATHS = ("claim.appeal_deadline", "claim.deadline_basis")


def _keep_typed_name(folder: Path, values: dict[str, Any], held: list) -> str:
    """A name typed into case.yaml is never replaced by the notice's (even with --force): OCR turns "Núñez-Peña"
    into "Nufiez-Pefia". A note when the two are one name spelled apart; a held value when they differ."""
    from appeal_kit.case.folder import CASE_FILE, read_yaml, to_plain
    from appeal_kit.case.names import keep_typed_name

    case_file = Path(folder) / CASE_FILE
    raw = to_plain(read_yaml(case_file)) if case_file.is_file() else None
    patient = raw.get("patient") if isinstance(raw, dict) else None
    typed = str(patient.get("name") or "").strip() if isinstance(patient, dict) else ""
    if not typed or "patient.name" not in values:
        return ""
    read = values.pop("patient.name")
    same, note = keep_typed_name(typed, read)
    if not same:
        held.append(("patient.name", read, _("the case names the patient {name!r}; a typed name is kept").format(
            name=typed)))
    return note


def _hold_back(folder: Path, facts: dict, values: dict[str, Any], *, force: bool, accept_uncertain: bool,
               today: date | None) -> list[tuple[str, Any, str]]:
    """Take out of `values` what must not be written, and say why."""
    from appeal_kit.case.folder import load_case_data
    from appeal_kit.errors import AppealKitError
    from appeal_kit.intake import plausible

    held: list[tuple[str, Any, str]] = []

    def hold(path: str, why: str) -> None:
        if path in values:
            held.append((path, values.pop(path), why))

    uncertain = facts.get("uncertain") or {}
    if not accept_uncertain:
        for key, why in uncertain.items():
            hold(CASE_PATHS.get(key, ""), _("check this: {why} (--accept-uncertain writes it)").format(why=said(why)))
    try:
        case = load_case_data(Path(folder))
    except AppealKitError:
        return held  # update_case_file reports what is wrong with the file
    claim = case.get("claim") or {}
    new = values.get("claim.notice_date")
    if new:
        births = [d for d in [deadlines.as_date_or_none((case.get("patient") or {}).get("date_of_birth"))] if d]
        services = [d for d in (deadlines.as_date_or_none(x) for x in _as_list(claim.get("service_dates"))) if d]
        pre_service = plausible.is_pre_service(str(claim.get("pending_services") or "")) or \
            plausible.is_pre_service(" ".join(str(v) for v in (facts.get("evidence") or {}).values()))
        problem = plausible.notice_date_problem(date.fromisoformat(new), birth_dates=births, service_dates=services,
                                                pre_service=pre_service, today=today)
        old = deadlines.as_date_or_none(claim.get("notice_date"))
        if problem:
            hold("claim.notice_date", _("{problem} (by the dates in case.yaml)").format(problem=said(problem)))
        elif force and old and old != date.fromisoformat(new) and "notice_date" in uncertain:
            hold("claim.notice_date", _("--force keeps a notice date already in case.yaml over one the notice does "
                                        "not state clearly"))
    if "claim.notice_date" in {h[0] for h in held}:
        basis = str(values.get("claim.deadline_basis") or "")
        if "notice date" in basis.lower():  # counted from the date held back
            for path in _DATE_PATHS:
                hold(path, _("counted from the notice date held back"))
    return held


def _as_list(v: Any) -> list:
    return v if isinstance(v, list) else [v] if v else []


def _place_notice(folder: Path, notice: Path) -> tuple[Path, bool]:
    """Where the notice sits in FOLDER/denial/, and whether it was copied there just now."""
    from appeal_kit.files import create_copy

    denial = folder / "denial"  # inside the case folder: merge_into_case checked
    src = notice.resolve()
    if denial.is_dir() and src.parent == denial.resolve():
        return src, False
    denial.mkdir(exist_ok=True)
    target = denial / notice.name
    n = 2
    while target.exists() or target.is_symlink():  # a dangling link is taken, never written through
        if not target.is_symlink() and target.read_bytes() == src.read_bytes():
            return target, False  # already there
        target = denial / f"{notice.stem}-{n}{notice.suffix}"
        n += 1
    create_copy(src, target, what=N_("copy of the notice"), private_as=folder)  # as private as the case folder
    return target, True

