"""After treatment: the claims for reimbursement, one per date of service, in case.yaml `claims`.

Each claim records when the superbill was sent and to whom, the claim number, when the explanation of benefits
(EOB) came, and a line per billed code with what was charged, allowed, paid and left to the patient, and the
adjustment code of a line the plan did not pay:

    claims:
      - date: 2026-04-06            # date of service
        submitted: 2026-04-10       # the superbill was sent
        to: Fictional Health Plan claims, PO Box 5
        number: FHP-26-0410-77
        eob_date: 2026-05-02        # the EOB came
        lines:
          - {code: "99205", charge: 400, allowed: 250, paid: 200, patient_responsibility: 50}
          - {code: J3490, charge: 150, allowed: 0, paid: 0, adjustment: CO-96}

A line is `paid` when the plan paid something; `denied` when the EOB came and the plan allowed and paid nothing;
`patient` when it allowed the line but the patient pays it all (the deductible); `pending` before the EOB. A
claim with paid and denied lines is partly paid: its appeal is about the denied lines only (`appeal_lines`).

A claim sent with no EOB yet, or a prior-authorization request (prior_auth.requested_on) with no decision, is
followed up (`follow_up`): for the plan types under the ERISA claims rule the plan must decide a claim for care
already given within 30 days of receiving it (intake.deadlines.CLAIM_DECISION_CLOCKS, the rule
claim_decision_post_service of letter_templates/rules.yaml), and a request before care within the time its plan
type's rule sets (intake.deadlines.PRIOR_AUTH_CLOCKS: 15 days under ERISA, 7 days for Medicare Advantage, Medicaid
and CHIP, 72 hours for Part D, shorter when urgent); where appeal-kit knows no such time it says only that the
request is unanswered after UNANSWERED_DAYS, and to call.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from appeal_kit import rules
from appeal_kit.case.folder import CASE_FILE, is_blank, parse_date
from appeal_kit.errors import CaseError
from appeal_kit.i18n import _, ngettext
from appeal_kit.intake import deadlines
from appeal_kit.intake.codes import procedure_kind, split_procedure
from appeal_kit.money import money, parse_money

LINE_KEYS = ("code", "units", "charge", "allowed", "paid", "patient_responsibility", "adjustment")
CLAIM_KEYS = ("date", "submitted", "to", "number", "eob_date", "eob_file", "lines")
ZERO = Decimal("0.00")
# No EOB this many days after a claim was sent: "unanswered" (a follow-up call), whatever the plan type.
UNANSWERED_DAYS = 30


@dataclass
class ClaimLine:
    code: str
    charge: Decimal = ZERO
    allowed: Decimal | None = None
    paid: Decimal | None = None
    patient: Decimal | None = None  # patient responsibility
    adjustment: str = ""
    units: str = ""

    def status(self, answered: bool) -> str:
        """paid | denied | patient | pending (no EOB yet, or the EOB did not give this line's payment)."""
        if self.paid is not None and self.paid > 0:
            return "paid"
        if not answered or self.paid is None:
            return "pending"
        return "patient" if self.allowed and self.allowed > 0 else "denied"


@dataclass
class ServiceClaim:
    index: int  # 1-based, as problems name it (claims item 2)
    date: str  # date of service, ISO
    submitted: str = ""
    to: str = ""
    number: str = ""
    eob_date: str = ""
    eob_file: str = ""
    lines: list[ClaimLine] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        return bool(self.eob_date)

    def with_status(self, status: str) -> list[ClaimLine]:
        return [line for line in self.lines if line.status(self.answered) == status]

    @property
    def status(self) -> str:
        """not sent | waiting | paid | partly paid | denied | patient pays (all applied to the deductible)."""
        if not self.submitted and not self.answered:
            return "not sent"
        if not self.answered:
            return "waiting"
        states = {line.status(True) for line in self.lines}
        if "denied" in states:
            return "partly paid" if "paid" in states else "denied"
        if "paid" in states:
            return "paid"
        return "patient pays" if states == {"patient"} else "waiting"

    def total(self, what: str) -> Decimal:
        return sum((getattr(line, what) or ZERO for line in self.lines), ZERO)


def parse_claims(data: dict, case_file: Path | str = CASE_FILE) -> list[ServiceClaim]:
    """case.yaml's `claims`, checked (every problem at once), in date-of-service order."""
    raw = data.get("claims")
    if raw in (None, "", []):
        return []
    if not isinstance(raw, list):
        raise CaseError(_("{file}: `claims` should be a list, one `- date: ...` entry per date of service").format(
            file=case_file))
    out, problems = [], []
    for i, item in enumerate(raw, 1):
        where = _("claims item {n}").format(n=i) + (f" ({item.get('date')})" if isinstance(item, dict)
                                                    and item.get("date") else "")
        if not isinstance(item, dict):
            problems.append(_("{where}: should be a group of fields ({keys})").format(where=where,
                                                                                     keys=", ".join(CLAIM_KEYS)))
            continue
        unknown = sorted(set(map(str, item)) - set(CLAIM_KEYS))
        if unknown:
            problems.append(_unknown_fields(where, unknown, CLAIM_KEYS, _("a claim has")))
        dates = {}
        for key in ("date", "submitted", "eob_date"):
            if not is_blank(item.get(key)):
                try:
                    dates[key] = parse_date(item[key], what=f"{where}: {key}")
                except CaseError as exc:
                    problems.append(exc.message)
        if "date" not in dates:
            if is_blank(item.get("date")):
                problems.append(_("{where}: needs date (the date of service)").format(where=where))
            continue
        claim = ServiceClaim(i, dates["date"], dates.get("submitted", ""), _text(item.get("to")),
                             _text(item.get("number")), dates.get("eob_date", ""), _text(item.get("eob_file")))
        lines = item.get("lines") or []
        if not isinstance(lines, list):
            problems.append(_("{where}: lines should be a list, one `- {{code: ..., charge: ...}}` per billed "
                              "code").format(where=where))
            lines = []
        for n, entry in enumerate(lines, 1):
            line, trouble = _line(entry, _("{where} line {n}").format(where=where, n=n))
            problems += trouble
            if line is not None:
                claim.lines.append(line)
        out.append(claim)
    if problems:
        raise CaseError(_("{file}: claims needs fixing:").format(file=case_file) + "\n  - " + "\n  - ".join(problems))
    return sorted(out, key=lambda c: (c.date, c.index))


def _text(value: Any) -> str:
    return "" if is_blank(value) else " ".join(str(value).split())


def _unknown_fields(where: str, unknown: list[str], known, has: str) -> str:
    return ngettext("{where}: unknown field {fields} ({has}: {known})", "{where}: unknown fields {fields} ({has}: "
                    "{known})", len(unknown)).format(where=where, fields=", ".join(unknown), has=has,
                                                     known=", ".join(known))


def _line(entry: Any, where: str) -> tuple[ClaimLine | None, list[str]]:
    if not isinstance(entry, dict):
        return None, [_("{where}: should be a group of fields ({keys})").format(where=where, keys=", ".join(LINE_KEYS))]
    problems = []
    unknown = sorted(set(map(str, entry)) - set(LINE_KEYS))
    if unknown:
        problems.append(_unknown_fields(where, unknown, LINE_KEYS, _("a line has")))
    code = _text(entry.get("code")).upper()
    if not code:
        problems.append(_("{where}: needs code").format(where=where))
    elif not procedure_kind(code):
        problems.append(_("{where}: code {code!r} is not a CPT or HCPCS code").format(where=where, code=code))
    amounts: dict[str, Decimal | None] = {}
    for key in ("charge", "allowed", "paid", "patient_responsibility"):
        if is_blank(entry.get(key)):
            amounts[key] = None
            continue
        try:
            amounts[key] = parse_money(entry[key], what=f"{where}: {key}")
        except CaseError as exc:
            problems.append(exc.message)
    if problems:
        return None, problems
    return ClaimLine(split_procedure(code)[0], amounts["charge"] or ZERO, amounts["allowed"], amounts["paid"],
                     amounts["patient_responsibility"], _text(entry.get("adjustment")).upper(),
                     _text(entry.get("units"))), []


# ---------------------------------------------------------------------------------------------- follow-up

@dataclass(frozen=True)
class FollowUp:
    what: str  # "claim for 2026-04-06", "prior authorization request"
    due: date  # the day the plan had to answer by (a rule says so: `late`) or the request counts as unanswered
    late: bool  # a rule says the plan had to decide by `due`, and it is past
    text: str
    pre_service: bool = False  # a prior-authorization request, not a claim for care given
    ruled: bool = False  # a rule sets `due` (else it is only when the request counts as unanswered)


def _follow(what: str, sent: date, plan: str, today: date, *, pre_service: bool, urgent: bool = False,
            part_b_drug: bool = False) -> FollowUp:
    """One request sent and not answered: when the plan must decide it (intake.deadlines.claim_decision_clock, with
    its rule) or, where appeal-kit knows no rule, when it counts as unanswered (UNANSWERED_DAYS)."""
    from appeal_kit.rules import Citations

    clock = deadlines.claim_decision_clock(plan, pre_service=pre_service, urgent=urgent, part_b_drug=part_b_drug,
                                           sent=sent)
    rule = Citations(plan).cite(clock.rule_id) if clock else ""
    day = deadlines.clock_due(clock, sent) if clock else sent + timedelta(days=UNANSWERED_DAYS)
    if day < today:
        text = (f"{what}: no answer {(today - sent).days} days after it was sent; call the plan and ask for its "
                "status" + (f" (it had to decide by {day.isoformat()}, {rule})" if clock else ""))
    elif clock:
        text = (f"{what}: sent {sent.isoformat()}; the plan must decide within {clock.length()} of receiving it "
                f"({rule}), so not before {day.isoformat()}")
    else:
        text = (f"{what}: sent {sent.isoformat()}, no answer yet; call the plan if none has come by {day.isoformat()} "
                "(appeal-kit knows no rule for how long this plan type has)")
    return FollowUp(what, day, bool(clock) and day < today, text, pre_service, bool(clock))


def follow_up(data: dict, today: date) -> list[FollowUp]:
    """The claims sent and not answered by an EOB, and a prior-authorization request not yet decided, each with the
    day it is late or unanswered, soonest first."""
    plan = str(rules.route(data) or "")
    out = [_follow(f"claim for {c.date}", date.fromisoformat(c.submitted), plan, today, pre_service=False)
           for c in parse_claims(data) if c.submitted and not c.answered]
    asked = deadlines.as_date_or_none((data.get("prior_auth") or {}).get("requested_on"))
    claim = data.get("claim") or {}
    if asked and not claim.get("notice_date") and not (data.get("prior_auth") or {}).get("never_decided") \
            and not data.get("decisions"):  # an approval recorded (`decided`) answers it
        out.append(_follow("prior authorization request", asked, plan, today, pre_service=True,
                           urgent=deadlines.prior_auth_urgent(data, asked), part_b_drug=deadlines.is_part_b_drug(data)))
    return sorted(out, key=lambda f: f.due)


# ---------------------------------------------------------------------------------------------- partial payment

@dataclass(frozen=True)
class AppealLines:
    """What an appeal of a partly paid claim is about, and what the plan already paid."""
    claim: ServiceClaim
    denied: list[ClaimLine]
    paid: list[ClaimLine]

    @property
    def paid_total(self) -> Decimal:
        return sum((line.paid or ZERO for line in self.paid), ZERO)

    def case_values(self) -> dict[str, Any]:
        """The claim fields of case.yaml the appeal letter reads, for the denied lines only."""
        adjustments = list(dict.fromkeys(line.adjustment for line in self.denied if line.adjustment))
        values: dict[str, Any] = {"claim.service_dates": [self.claim.date],
                                  "claim.procedure_codes": list(dict.fromkeys(line.code for line in self.denied))}
        if adjustments:
            values["claim.carc_codes"] = adjustments
        if self.claim.number:
            values["claim.number"] = self.claim.number
        if self.claim.eob_date:
            values["claim.notice_date"] = self.claim.eob_date  # the EOB is the denial notice: the appeal clock
        return values

    def describe(self) -> str:
        denied = ", ".join(f"{line.code} ({money(line.charge)}{', ' + line.adjustment if line.adjustment else ''})"
                           for line in self.denied)
        said = f"claim for {self.claim.date}: denied {denied}"
        if self.paid:
            said += f"; paid {', '.join(line.code for line in self.paid)} ({money(self.paid_total)})"
        return said


def appeal_lines(data: dict) -> list[AppealLines]:
    """Every answered claim with denied lines: what its appeal is about (the denied lines) and what was paid."""
    return [AppealLines(c, c.with_status("denied"), c.with_status("paid")) for c in parse_claims(data)
            if c.answered and c.with_status("denied")]
