"""What was sent when, and what the plan decided: the `submissions:` and `decisions:` records of case.yaml.

`appeal-kit sent` files a copy of the packet as sent/DATE-METHOD.pdf (case.sent: packet.pdf may be rebuilt later,
the copy stays what went out) and appends a submission with the copy's path, the packet's page count and SHA-256
(proof of what went out) and the
date the plan must decide by (intake.deadlines.decision_due, by plan type, urgency and whether the care is still to
come); at a later level (external review, a fair hearing, ...) no time is counted and the record says whom to ask
(intake.deadlines.next_level_decision_due). `appeal-kit decided` appends a decision; a denial (or partial denial)
of the internal appeal records external_review.final_denial_date, which opens the next level with its own window
(intake.deadlines.at_next_level and next_level_deadline), unless the plan has a second internal level
(--second-level), whose deadline the plan's decision notice gives. Both edit case.yaml with
case.folder.update_case_file, so the user's comments stay.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit import rules
from appeal_kit.case import sent as sent_copies
from appeal_kit.case.folder import PACKET_FILE, REQUEST_PACKET_FILE, is_request, load_case_data, update_case_file
from appeal_kit.errors import CaseError
from appeal_kit.i18n import N_, _
from appeal_kit.intake import deadlines

METHODS = ("fax", "mail", "portal", "email")
OUTCOMES = ("approved", "denied", "partial")
FIRST_LEVEL = N_("internal appeal (first level)")
NEXT_LEVEL = N_("the next level of review")
SECOND_LEVEL = N_("internal appeal (second level)")  # stages are kept in English; said with _()
REQUEST_STAGE = N_("prior authorization request")  # before care, no denial yet (case.folder.is_request)


def submissions(data: dict) -> list[dict]:
    return [s for s in data.get("submissions") or [] if isinstance(s, dict)]


def decisions(data: dict) -> list[dict]:
    return [d for d in data.get("decisions") or [] if isinstance(d, dict)]


def stage_of(data: dict, today: date | None = None) -> str:
    """internal appeal (first or second level), or the next level the plan type leads to (external review, a fair
    hearing, ...), as on `today` (default: the clock's day)."""
    plan = rules.route(data)
    if is_request(data):
        return REQUEST_STAGE
    if deadlines.at_next_level(data, today=today):
        rule = deadlines.RULES.get(plan or "")
        return rule.next_level if rule else NEXT_LEVEL
    if deadlines.second_level_opened(data) is not None:
        return SECOND_LEVEL
    return FIRST_LEVEL


is_internal = deadlines.is_internal


def latest_event(data: dict) -> tuple[str, dict] | None:
    """("sent" | "decided", entry) for the most recent record; a decision wins a tie with a submission."""
    events = [(deadlines.as_date(s.get("date")), 0, "sent", s) for s in submissions(data)]
    events += [(deadlines.as_date(d.get("date")), 1, "decided", d) for d in decisions(data)]
    events = [e for e in events if e[0] is not None]
    if not events:
        return None
    _, _, kind, entry = max(events, key=lambda e: (e[0], e[1]))
    return kind, entry


@dataclass
class Recorded:
    case_file: Path
    entry: dict[str, Any]
    diff: str
    archived: list[Path] = field(default_factory=list)  # the closed level's letter and packet, under levels/
    template: str | None = None  # the template the next level's letter is drafted from
    template_note: str = ""  # why the template did not change
    said_basis: str = ""  # the decision clock's basis in the person's language (entry keeps the English)


def record_sent(folder: Path, *, sent: date, method: str, to: str | None = None, confirmation: str | None = None,
                packet: Path | None = None, service: str | None = None) -> Recorded:
    """Append a submission to case.yaml. `service` ("pre" or "post") overrides what the service dates say."""
    folder = Path(folder)
    data = load_case_data(folder)
    request = is_request(data)  # a prior-authorization request: its own packet and its own decision clock
    packet = Path(packet) if packet else folder / (REQUEST_PACKET_FILE if request else PACKET_FILE)
    if method not in METHODS:
        raise CaseError(_("--method: {method!r} is not one of {methods}").format(method=method,
                                                                                 methods=", ".join(METHODS)))
    try:
        from pypdf import PdfReader

        body = packet.read_bytes()
        pages = len(PdfReader(packet).pages)
    except FileNotFoundError:
        raise CaseError(_("{file}: not found. Build the packet first (`appeal-kit build {folder}`), or name the PDF "
                          "you sent with --packet.").format(file=packet, folder=folder)) from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds for an unreadable file
        raise CaseError(_("{file}: cannot be read as a PDF ({problem}); name the PDF you sent with --packet.").format(
            file=packet, problem=exc)) from None
    stage = stage_of(data, sent)  # a sending recorded late is judged on its own day
    entry: dict[str, Any] = {"date": sent.isoformat(), "method": method, "to": to, "confirmation": confirmation,
                             "stage": stage, "packet": _relative(packet, folder), "packet_pages": pages,
                             "packet_sha256": hashlib.sha256(body).hexdigest()}
    urgent = False if request else deadlines.deadline_for_case(data).urgent
    if request:
        due = deadlines.request_decision_due(data, sent)
    elif is_internal(stage):
        pre = deadlines.pre_service_on(data, sent) if service is None else service == "pre"
        due = deadlines.decision_due(rules.route(data), sent, urgent=urgent, pre_service=pre,
                                     part_b_drug=deadlines.is_part_b_drug(data), second_level=stage == SECOND_LEVEL)
    else:
        due = deadlines.next_level_decision_due(rules.route(data), sent, urgent=urgent)
    entry.update(decision_due=due.date.isoformat() if due.date else None, decision_basis=due.basis)
    entry = {k: v for k, v in entry.items() if v is not None}
    copy = sent_copies.file_copy(folder, packet, entry["date"], method)
    entry["copy"] = _relative(copy, folder)
    try:
        update = update_case_file(folder, {"submissions": [*submissions(data), entry]}, force=True)
        if request:  # the day the request went, for deadline and cases (a day written by hand is kept)
            update_case_file(folder, {"prior_auth.requested_on": sent.isoformat()})
    except BaseException:
        copy.unlink(missing_ok=True)  # no record, no copy: running `sent` again files it once
        raise
    return Recorded(update.case_file, entry, update.diff, said_basis=due.said or due.basis)


def record_decided(folder: Path, *, outcome: str, decided: date, second_level: bool = False,
                   next_deadline: date | None = None, template_dirs: tuple[Path, ...] = ()) -> Recorded:
    """Append a decision. A denial at the internal level opens the next one (see the module docstring) and sets it
    up: the closed level's letter and packet move under levels/ (archive_level), so `appeal-kit draft` writes the
    next level's letter, from the template for that route when there is one (next_template)."""
    folder = Path(folder)
    data = load_case_data(folder)
    if outcome not in OUTCOMES:
        raise CaseError(_("--outcome: {outcome!r} is not one of {outcomes}").format(outcome=outcome,
                                                                                    outcomes=", ".join(OUTCOMES)))
    if is_request(data) and outcome != "approved":
        raise CaseError(_("{folder}: a denied prior authorization request becomes its appeal: read the plan's "
                          "notice into the case with `appeal-kit intake NOTICE --case {folder}` (it records the "
                          "denial)").format(folder=folder))
    late = _late_decision(data, decided)
    stage = late or stage_of(data, decided)
    entry: dict[str, Any] = {"date": decided.isoformat(), "outcome": outcome, "stage": stage}
    values: dict[str, Any] = {}
    adverse = outcome in ("denied", "partial")
    internal = bool(late) or not deadlines.at_next_level(data, today=decided)
    if second_level and not (adverse and internal and stage != SECOND_LEVEL):
        raise CaseError(_("--second-level: only a denial of the first internal appeal opens a second internal level."))
    if adverse and internal and second_level:
        if next_deadline is None:
            raise CaseError(_("--second-level needs --deadline: the date the plan's decision notice gives for the "
                              "second-level appeal."))
        entry.update(opens=SECOND_LEVEL, next_deadline=next_deadline.isoformat())
        values = {"claim.appeal_deadline": next_deadline.isoformat(),
                  "claim.deadline_basis": deadlines.SECOND_LEVEL_BASIS.format(date=decided.isoformat())}
    elif adverse and internal:
        plan = rules.route(data)
        review = data.get("external_review") or {}
        dl = deadlines.next_level_deadline(plan, decided, agency=review.get("agency"))
        rule = deadlines.RULES.get(plan or "")
        entry.update(opens=rule.next_level if rule else NEXT_LEVEL,
                     next_deadline=dl.date.isoformat() if dl.date else None)
        values = {"external_review.final_denial_date": decided.isoformat()}
    entry = {k: v for k, v in entry.items() if v is not None}
    template, note = None, ""
    if "opens" in entry and not second_level:
        template, note = next_template(data, template_dirs)
        if template:
            values["template"] = template
    level = _level_folder(folder, stage) if "opens" in entry else None
    update = update_case_file(folder, {**values, "decisions": [*decisions(data), entry]}, force=True,
                              notes=deadlines.basis_notes(values))
    archived = archive_level(folder, level) if level else []
    return Recorded(update.case_file, entry, update.diff, archived, template, note)


def _late_decision(data: dict, decided: date) -> str | None:
    """The stage of the internal appeal a decision dated `decided` answers after the plan's time ran out (the latest
    submission is that appeal, deadlines.undecided_appeal): the plan's own late decision, not the next level's."""
    undecided = deadlines.undecided_appeal(data, decided)
    if undecided is None:
        return None
    # a request to the next level sent after it: the decision is that level's
    later = [s for s in submissions(data) if (day := deadlines.as_date_or_none(s.get("date"))) and day > undecided.sent]
    return None if later else undecided.stage


LEVELS_FOLDER = "levels"


def _level_folder(folder: Path, stage: str) -> Path:
    """levels/N-STAGE for the level just closed: N counts the levels closed so far."""
    root = folder / LEVELS_FOLDER
    n = 1 + (sum(1 for p in root.iterdir() if p.is_dir()) if root.is_dir() else 0)
    slug = "-".join(w for w in "".join(c if c.isalnum() else " " for c in stage.lower()).split())
    return root / f"{n}-{slug}"


def archive_level(folder: Path, level: Path) -> list[Path]:
    """Move the closed level's letter, its fingerprint and its packet (and packet parts) into `level`, so the next
    level starts from a clean folder and the first level's papers stay together. Nothing to move: nothing made."""
    from appeal_kit.case.folder import LETTER_FILE
    from appeal_kit.letter.fingerprint import FINGERPRINT_FILE

    names = [LETTER_FILE, FINGERPRINT_FILE, PACKET_FILE]
    paths = [folder / n for n in names if (folder / n).is_file()]
    paths += sorted(folder.glob(f"{Path(PACKET_FILE).stem}-part-*.pdf"))
    if not paths:
        return []
    level.mkdir(parents=True, exist_ok=False)
    moved = []
    for path in paths:
        moved.append(path.rename(level / path.name))
    return moved


def next_template(data: dict, template_dirs: tuple[Path, ...] = ()) -> tuple[str | None, str]:
    """(the template for the next level, or None with the reason): the template whose sidecar says
    `route: next level` when the member asks for the plan's next level (external review only for a denial that
    turns on medical judgment; a Medicare Advantage plan sends its case on itself); the case's own template
    otherwise."""
    from appeal_kit.letter.derived import medical_judgment
    from appeal_kit.letter.render import list_templates

    plan = rules.route(data)
    rule = deadlines.RULES.get(plan or "")
    next_level = deadlines.level_of_case(data)
    if rule and next_level.member_files and (medical_judgment(data) or not next_level.judgment_only):
        found = [t.name for t in list_templates(template_dirs) if t.route == "next level"]
        if found:
            return found[0], ""
    level = rule.next_level if rule else NEXT_LEVEL
    return None, _("no template is made for {level}; the case keeps template {template}: read the decision notice "
                   "for what that level needs and edit the drafted letter").format(
        level=_(level), template=data.get("template") or _("its own"))


def _relative(path: Path, folder: Path) -> str:
    try:
        return str(path.resolve().relative_to(folder.resolve()))
    except ValueError:
        return str(path)
