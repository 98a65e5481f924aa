"""`appeal-kit check`: everything that is missing or weak in a case, before a packet is built.

Errors stop `build` (and make `check` exit non-zero); warnings are printed and the build goes on.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from appeal_kit.case.folder import Case, blank_fields, field_help, load_case
from appeal_kit.intake.codes import Finding, check_codes

DEADLINE_WARNING_DAYS = 14  # the same lead as the first calendar reminder `deadline --ics` sets


@dataclass
class CheckReport:
    case: Case
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "warning"]


def check_case(folder: Path, *, template_dirs: tuple[Path, ...] = (), today: date | None = None) -> CheckReport:
    """Load the case (raises CaseError if it cannot be read at all) and list what needs attention."""
    case = load_case(folder)
    findings: list[Finding] = []
    findings += _template_findings(case, template_dirs)
    findings += check_codes(case.data)
    findings += _deadline_findings(case, today or date.today())
    findings += _evidence_findings(case)
    findings += _argument_findings(case, template_dirs)
    return CheckReport(case, findings)


def _template_findings(case: Case, template_dirs) -> list[Finding]:
    from appeal_kit.errors import TemplateError
    from appeal_kit.letter import render

    if case.letter_path.is_file():
        return []  # the user's own letter.docx is used as it is
    try:
        template = render.find_template(case.template, template_dirs)
    except TemplateError as exc:
        return [Finding("error", "template", exc.message)]
    return [Finding("error", path, f"template {template.name} needs it: {field_help(path)}")
            for path in blank_fields(case.data, template.required)]


def _deadline_findings(case: Case, today: date) -> list[Finding]:
    from appeal_kit.intake import deadlines

    if not case.get("claim.notice_date") and not case.get("claim.appeal_deadline"):
        return [Finding("warning", "claim.notice_date", "no notice date, so the appeal deadline is unknown; add "
                        "the date printed on the denial letter")]
    deadline = deadlines.deadline_for_case(case.data)
    left = deadline.days_left(today)
    if left is None:
        return []
    when = deadline.date.strftime("%B %-d, %Y")
    if left < 0:
        return [Finding("warning", "claim.appeal_deadline", f"the appeal deadline ({when}) passed {-left} days ago; "
                        "file anyway and explain the delay (see `appeal-kit deadline` for good-cause rules)")]
    if left <= DEADLINE_WARNING_DAYS:
        return [Finding("warning", "claim.appeal_deadline", f"only {left} days left until the appeal deadline "
                        f"({when}); send the appeal by fax or tracked mail and keep proof")]
    return []


def _evidence_findings(case: Case) -> list[Finding]:
    from appeal_kit.errors import CaseError
    from appeal_kit.letter import records

    findings = []
    for key, parse in (("call_log", records.parse_call_log), ("expenses", records.parse_expenses)):
        try:
            parse(case)
        except CaseError as exc:
            findings.append(Finding("error", key, exc.message))
    if not case.exhibits and not records.record_titles(case):
        findings.append(Finding("warning", "exhibits", "the packet has no exhibits; add the denial notice and "
                                "clinical records to the case folders"))
    elif not any(e.path.parent.name == "denial" for e in case.exhibits) and case.data.get("exhibits") is None:
        findings.append(Finding("warning", "exhibits", "nothing in denial/: reviewers expect the denial notice "
                                "as Exhibit A"))
    by_path = {e.path: i for i, e in enumerate(case.exhibits)}
    for n, item in enumerate(case.data.get("payer_criteria") or [], start=1):
        where = f"payer_criteria item {n}"
        if not isinstance(item, dict) or not item.get("criterion"):
            findings.append(Finding("error", where, "needs `criterion:` (the plan's requirement, in its words)"))
            continue
        evidence = item.get("evidence") or {}
        if not item.get("how_met"):
            findings.append(Finding("warning", where, f"criterion {item['criterion']!r} does not say how it is met"))
        if not isinstance(evidence, dict) or not evidence.get("file"):
            findings.append(Finding("warning", where, f"criterion {item['criterion']!r} points to no evidence; "
                                    "add `evidence: {file: ..., page: ...}`"))
            continue
        path = (case.folder / str(evidence["file"])).resolve()
        if path not in by_path:
            findings.append(Finding("error", where, f"evidence file {evidence['file']} is not one of the "
                                    "packet's exhibits"))
    return findings


def _argument_findings(case: Case, template_dirs) -> list[Finding]:
    """A denial reason the letter's arguments do not answer (appeals-domain.md section 5)."""
    from appeal_kit.letter import arguments

    return [Finding("warning", "claim.denial_category", problem)
            for problem in arguments.unanswered(case.data, extra_dirs=template_dirs)]
