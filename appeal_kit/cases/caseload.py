"""`appeal-kit cases`: every case under a folder at a glance, the one due first at the top.

Status follows the files and the record: new, drafted (letter.docx), built (packet.pdf newer than everything it is
made from), sent and decided (case.yaml `submissions:` and `decisions:`, see cases.record). A packet built after the
latest record starts the next round (a new level after a denial). A case that cannot be read is listed with status
`error` and its message; it never stops the listing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from appeal_kit import directory, rules
from appeal_kit.case import sent as sent_copies
from appeal_kit.case.folder import (
    CASE_FILE,
    EVIDENCE_FOLDERS,
    LETTER_FILE,
    PACKET_FILE,
    REQUEST_LETTER_FILE,
    REQUEST_PACKET_FILE,
    is_request,
    load_case_data,
)
from appeal_kit.cases import record
from appeal_kit.checks import DEADLINE_WARNING_DAYS
from appeal_kit.errors import AppealKitError
from appeal_kit.i18n import N_, _
from appeal_kit.intake import deadlines

JSON_KEYS = ("folder", "patient", "insurer", "claim_number", "stage", "status", "appeal_deadline", "days_left",
             "decision_due", "next_action", "sent_packets_kept")


@dataclass
class CaseRow:
    folder: Path
    status: str
    next_action: str
    patient: str = ""
    insurer: str = ""
    claim_number: str = ""
    stage: str = ""
    appeal_deadline: date | None = None
    days_left: int | None = None
    decision_due: date | None = None
    decision_ask: str = ""  # whom to ask when a request is out and no rule gives its decision date
    due: date | None = None  # the date the next action hangs on: what the listing is sorted and marked by
    flag: str = ""  # "overdue", "due soon" (within DEADLINE_WARNING_DAYS) or ""
    unkept: list[str] = field(default_factory=list)  # submissions whose packet is no longer as sent (case.sent)

    @property
    def sent_packets_kept(self) -> bool:
        return not self.unkept

    def as_dict(self) -> dict:
        values = {k: getattr(self, k) for k in JSON_KEYS}
        values["folder"] = str(self.folder)
        for k in ("appeal_deadline", "decision_due"):
            values[k] = values[k].isoformat() if values[k] else None
        return values


def spreadsheet_safe(value):
    """A CSV cell a spreadsheet shows as text: a value starting with = + - @ (or a tab or carriage return) would be
    run as a formula (a case.yaml from a client can hold one), so it gets a leading apostrophe (OWASP's advice on CSV
    injection). Numbers and empty cells are left as they are."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def caseload(folders: list[Path], today: date | None = None) -> list[CaseRow]:
    """One row per case folder, soonest date first; cases with nothing due (and errors) at the end."""
    today = today or date.today()
    rows = [case_row(f, today) for f in folders]
    return sorted(rows, key=lambda r: (r.due is None, r.due or date.max, str(r.folder)))


def case_row(folder: Path, today: date) -> CaseRow:
    try:
        data = load_case_data(folder)
        return _row(folder, data, today)
    except AppealKitError as exc:
        return CaseRow(folder, "error", exc.message)


def _row(folder: Path, data: dict, today: date) -> CaseRow:
    get = lambda section, key: str((data.get(section) or {}).get(key) or "")  # noqa: E731
    claim = data.get("claim") or {}
    has_deadline = claim.get("notice_date") or claim.get("appeal_deadline") or deadlines.at_next_level(data)
    dl = deadlines.deadline_for_case(data) if has_deadline else None
    row = CaseRow(folder, _status(folder, data), "", get("patient", "name"), get("insurer", "name"),
                  get("claim", "number"), record.stage_of(data))
    if dl is not None and dl.date:
        row.appeal_deadline, row.days_left = dl.date, dl.days_left(today)
    sent = record.submissions(data)
    if sent and row.status == "sent":  # a decision clears the date it was due by
        row.decision_due = deadlines.as_date(sent[-1].get("decision_due"))
        if row.decision_due is None and row.status == "sent":
            plan = rules.route(data)
            row.decision_ask = deadlines.decision_asker(plan, not record.is_internal(sent[-1].get("stage"), plan))
    if is_request(data):  # before care: the request's own steps, then the plan's clock once it was sent
        from appeal_kit.coverage import claims

        row.next_action, row.due = _request_action(row, data), None
        _reimbursement_action(row, data, today, appealing=True)
        row.decision_due = next((f.due for f in claims.follow_up(data, today) if f.pre_service and f.ruled),
                               None)
    else:
        row.next_action, row.due = _next_action(row, data, today)
        _reimbursement_action(row, data, today, appealing=bool(has_deadline) or row.status != "new")
    disagreeing = deadlines.disagreeing_deadlines(data) if has_deadline else None
    if disagreeing and row.status not in ("sent", "decided"):
        stored, notice, derived = disagreeing
        row.next_action = _("CHECK THE DEADLINE: case.yaml says {stored}, the notice date {notice} gives {derived}; "
                            "then {action}").format(stored=stored.isoformat(), notice=notice.isoformat(),
                                                    derived=derived.isoformat(), action=row.next_action)
        row.due = min(d for d in (row.due, derived) if d)  # the earlier date, so nothing is missed
    row.unkept = sent_copies.unkept(folder, data)
    if row.unkept:
        row.next_action = _("CHECK: {problem}; then {action}").format(problem=row.unkept[0], action=row.next_action)
    if row.due is not None:
        left = (row.due - today).days
        row.flag = "overdue" if left < 0 else "due soon" if left <= DEADLINE_WARNING_DAYS else ""
    return row


def _reimbursement_action(row: CaseRow, data: dict, today: date, *, appealing: bool) -> None:
    """A claim for reimbursement sent and not answered by an EOB comes first (coverage.claims.follow_up); a case with
    no denial yet has no letter to draft: its next step is the claim, or the call to the insurer before care."""
    from appeal_kit.coverage import claims

    waiting = claims.follow_up(data, today)
    if waiting:
        first = waiting[0]
        row.next_action = first.text + (_("; then {action}").format(action=row.next_action) if appealing else "")
        row.due = min(d for d in (row.due, first.due) if d)
    elif not appealing and data.get("planned_care") and not data.get("claims"):
        row.next_action = _("before treatment: call the insurer (appeal-kit prepare {folder})").format(
            folder=row.folder)


def _status(folder: Path, data: dict) -> str:
    """From the files until something is recorded; then from the records (a rebuild never makes a sent or decided
    case `built` again), until a denial opens the next level and that level's letter is drafted."""
    request = is_request(data)
    packet, letter = folder / (REQUEST_PACKET_FILE if request else PACKET_FILE), \
        folder / (REQUEST_LETTER_FILE if request else LETTER_FILE)
    built = packet.is_file() and packet.stat().st_mtime >= _newest_input(folder, letter)
    from_files = "built" if built else "drafted" if letter.is_file() else "new"
    event = record.latest_event(data)
    if event is None:
        return from_files
    kind, entry = event
    if kind == "decided" and entry.get("opens") and _drafted_since(folder, entry):
        return from_files  # the next level's letter (decided files the first level's under levels/)
    return kind


def _drafted_since(folder: Path, decision: dict) -> bool:
    letter = folder / LETTER_FILE
    decided = deadlines.as_date(decision.get("date"))
    return letter.is_file() and (decided is None or date.fromtimestamp(letter.stat().st_mtime) >= decided)


def _newest_input(folder: Path, letter: Path | None = None) -> float:
    """The newest change to what a packet is made from: case.yaml, the letter, the evidence folders."""
    paths = [folder / CASE_FILE, letter or folder / LETTER_FILE]
    for sub in EVIDENCE_FOLDERS:
        d = folder / sub
        if d.is_dir():
            paths += [d, *d.iterdir()]  # the folder itself changes when a file is removed
    return max((p.stat().st_mtime for p in paths if p.exists()), default=0.0)


def _request_action(row: CaseRow, data: dict) -> str:
    """What to do next with a prior-authorization request: draft it, build it, send it and record the day; once
    sent, wait for the plan (its clock is coverage.claims.follow_up's), and a denial makes the case its appeal."""
    name = row.folder
    event = record.latest_event(data)
    if event and event[0] == "decided":  # approved: a denial is read in by intake and ends the request
        return _("none: approved on {date}").format(date=event[1].get("date"))
    if (data.get("prior_auth") or {}).get("requested_on"):
        return _("if the plan denies it: appeal-kit intake NOTICE --case {folder} makes this case the appeal").format(
            folder=name)
    if row.status == "built":
        return _("send {packet} to the plan, then appeal-kit sent {folder} --date D --method "
                 "fax|mail|portal|email").format(packet=name / REQUEST_PACKET_FILE, folder=name)
    if row.status == "drafted":
        return _("build the request: appeal-kit build {folder}").format(folder=name)
    return _("draft the request letter: appeal-kit check {folder}, then appeal-kit draft {folder}").format(
        folder=name)


def _next_action(row: CaseRow, data: dict, today: date) -> tuple[str, date | None]:
    """What to do next, and the date it hangs on."""
    name = row.folder
    plan = rules.route(data)
    rule = deadlines.RULES.get(plan or "")
    next_level = _(rule.next_level) if rule else _("the next level of review")
    if row.status == "decided":
        last = (record.latest_event(data) or ("", {}))[1]  # decided: there is a decision
        if last.get("outcome") == "approved":
            return _("none: approved on {date}").format(date=last.get("date")), None
        if not last.get("opens"):
            return _("decided at the last level; read the decision notice for any further step"), None
        due = deadlines.as_date(last.get("next_deadline")) or row.appeal_deadline
        when = _(" by {date}").format(date=due.isoformat()) if due else ""
        # where the next level goes, from the directory: the state's external-review agency where the state runs it,
        # the state's fair-hearing office on Medicaid; a second internal appeal goes to the plan, as the first did
        review = directory.external_review(data)
        hearing = directory.fair_hearing(data)
        who = ", ".join(filter(None, (review.name, review.address))) if review else \
            ", ".join(filter(None, hearing)) if hearing else ""
        second = deadlines.second_level_opened({"decisions": [last]}) is not None  # goes to the plan, as the first did
        to = _("; send it to {who}").format(who=who) if who and not second else ""
        return _("file {level}{when} (draft the letter: appeal-kit draft {folder})").format(
            level=_(last["opens"]), when=when, folder=name) + to, due
    if row.status == "sent":
        if row.decision_due and row.decision_due < today:
            regulator = directory.regulator(data)  # whom to complain to, from the directory
            also = _("; or complain to {who} (template regulator-complaint)").format(who=regulator.name) \
                if regulator else ""
            return _("decision overdue: call the plan / ask for {level}").format(level=next_level) + also, \
                row.decision_due
        when = _(" (due {date})").format(date=row.decision_due.isoformat()) if row.decision_due else \
            _(" (decision due: ask {who}; no rule appeal-kit knows gives the date)").format(who=row.decision_ask)
        return _("wait for the decision{when}; then appeal-kit decided {folder} --outcome "
                 "approved|denied|partial").format(when=when, folder=name), row.decision_due
    late = _("PAST DUE: file now and explain the delay; ") if row.days_left is not None and row.days_left < 0 else ""
    if row.status == "built":
        return late + _("send the packet, then appeal-kit sent {folder} --date D --method "
                        "fax|mail|portal|email").format(folder=name), row.appeal_deadline
    if row.status == "drafted":
        stale = (name / PACKET_FILE).is_file()
        what = _("rebuild (inputs changed since the packet)") if stale else _("build")
        return late + _("{what}: appeal-kit build {folder}").format(what=what, folder=name), row.appeal_deadline
    return late + _("draft the letter: appeal-kit draft {folder}").format(folder=name), row.appeal_deadline


# ---------------------------------------------------------------------------------------------- output

def calendar_entries(rows: list[CaseRow]) -> list[deadlines.CalendarEntry]:
    """Every deadline still open (the appeal's, or the next level's after a denial) and every decision-due date, for
    one calendar. Calendars are synced to phones and shared: an event names the patient by initials and the case
    by its folder, never by the full name."""
    out = []
    for r in rows:
        claim = _("claim {number}").format(number=r.claim_number) if r.claim_number else ""
        who = ", ".join(x for x in (deadlines.calendar_name(r.patient, r.folder.name), claim) if x)
        where = _("Case folder: {folder}. Next: {action}").format(folder=r.folder, action=r.next_action)
        if r.status not in ("sent", "error") and r.due and r.due == r.appeal_deadline:
            what = _("Appeal deadline") if record.is_internal(r.stage) else \
                _("Deadline for {stage}").format(stage=_(r.stage))
            out.append(deadlines.CalendarEntry(r.appeal_deadline, f"{what}: {who}", where))
        if r.decision_due and r.status == "sent":
            out.append(deadlines.CalendarEntry(r.decision_due, _("Plan decision due: {who}").format(who=who), where))
    return out


COLUMNS = (N_("patient"), N_("insurer"), N_("claim"), N_("stage"), N_("status"), N_("deadline"), N_("days"),
           N_("decision due"), N_("next action"))
FLAGS = {"overdue": N_("OVERDUE"), "due soon": N_("DUE SOON"), "": ""}
STATUSES = {"new": N_("new"), "drafted": N_("drafted"), "built": N_("built"), "sent": N_("sent"),
            "decided": N_("decided"), "error": N_("error")}


def plain_table(rows: list[CaseRow]) -> str:
    """A fixed-width table for pipes and logs; marks are words (OVERDUE, DUE SOON), not colours."""
    header = ["", *(_(h) for h in COLUMNS)]
    lines = [header] + [table_cells(r) for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(line, widths)) + "  " + line[-1]
                     for line in lines).rstrip() + "\n"


def table_cells(r: CaseRow) -> list[str]:
    return [_(FLAGS.get(r.flag, r.flag.upper())), r.patient or str(r.folder), r.insurer, r.claim_number, _(r.stage),
            _(STATUSES.get(r.status, r.status)), r.appeal_deadline.isoformat() if r.appeal_deadline else "",
            "" if r.days_left is None else str(r.days_left),
            r.decision_due.isoformat() if r.decision_due else _("ask {who}").format(who=r.decision_ask)
            if r.decision_ask else "",
            r.next_action]
