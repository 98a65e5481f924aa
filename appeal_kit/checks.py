"""`appeal-kit check`: everything that is missing or weak in a case, before a packet is built.

Errors stop `build` (and make `check` exit non-zero); warnings are printed and the build goes on.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field as dataclass_field
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit import clock
from appeal_kit.bundled import bundled_dir
from appeal_kit.case.folder import (
    DENIAL_CATEGORIES,
    Case,
    blank_fields,
    core_required,
    field_help,
    get_path,
    is_blank,
    is_request,
    load_case,
    strings_in,
)
from appeal_kit.case.names import CREDENTIALS
from appeal_kit.errors import CaseError
from appeal_kit.i18n import N_, _, days_ago, long_date, ngettext, said, said_list
from appeal_kit.intake.codes import (
    EFFECTIVE_FROM,
    ICD10_RE,
    MEDICARE_ONLY_CODES,
    MEDICARE_PLAN_TYPES,
    MODIFIER_RE,
    RETIRED_CODES,
    REVENUE_RE,
    as_list,
    icd_index,
    icd_info,
    normalize_icd,
    parse_dates,
    procedure_kind,
    split_procedure,
)
from appeal_kit.rules import Citations, integrated, route

DEADLINE_WARNING_DAYS = 14  # the same lead as the first calendar reminder `deadline --ics` sets


@dataclass(frozen=True)
class Finding:
    level: str  # "error" | "warning"
    field: str  # dotted case.yaml path, e.g. claim.diagnosis_codes
    message: str  # one plain sentence: what is wrong and what to do
    code: str | None = None  # the code concerned, when there is one
    exit_code: int | None = None  # what `build` exits with when this error stops it (None: a case.yaml problem)

    def __str__(self) -> str:
        return f"{self.level}: {self.field}: {self.message}"


@dataclass
class CheckReport:
    case: Case
    findings: list[Finding]
    # Checks left for later by check_case(defer=True): (where their findings go in `findings`, the check).
    pending: list[tuple[int, Callable[[], list[Finding]]]] = dataclass_field(default_factory=list)

    def complete(self) -> None:
        """Run the checks left for later, each one's findings in the place check_case would have put them."""
        for at, check in reversed(self.pending):
            self.findings[at:at] = check()
        self.pending = []

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "warning"]


# words of a plan's terms that set something for an age group ("members age 21 and older", "under age 21")
# the period a limit is counted in, as plans and denials name it: "6 per calendar year", "20 visits per Plan Year"
_LIMIT_PERIOD = re.compile(r"\b(?:per|each|every|in a|in any|within a|within any)\s+((?:calendar|plan|benefit|policy|"
                           r"contract|fiscal|school|rolling)\s+year|(?:rolling\s+)?12[- ]month\s+period|"
                           r"benefit\s+period)\b", re.I)
_AGE_GROUP = re.compile(r"\bage[ds]?\s+\d{1,2}\b|\bunder\s+age\b|\b\d{1,2}\s+(?:years? (?:old|of age)|(?:and|or) "
                        r"(?:older|over|younger))\b", re.I)


_EXCLUDES = re.compile(r"\bexclu\w*|\bnot\s+(?:a\s+)?cover\w*|\bdoes\s+not\s+cover\b|\bno\s+coverage\b", re.I)


def _exclusion_age_group(quote: str) -> bool:
    """The quoted terms set an age group for the exclusion: in a sentence of the quote that excludes, where one does
    (letters set 89, case 08: "1. Age 18 or older with major depressive disorder" is a criterion for coverage, and the
    exclusion's own sentence names no age), else anywhere in a quote that is the exclusion itself."""
    sentences = [t for t in re.split(r"(?<=[.;])\s+", quote) if _EXCLUDES.search(t)]
    return any(_AGE_GROUP.search(t) for t in (sentences or [quote]))


# words of a case that name a program below hospital inpatient care (claim.setting asks which)
# words of payment or coverage in a treatment's name ("at the preferred-tier cost sharing", "tier 2 copay")
_NAME_TERMS = re.compile(r"\b(?:at|with) (?:the )?[\w-]*\s*(?:cost[ -]shar\w*|copay\w*|coinsurance)\b.*"
                         r"|\b(?:cost[ -]sharing|copay(?:ment)?|coinsurance|formulary exception|tiering exception)\b.*",
                         re.I)
_PROGRAM_WORDS = re.compile(r"(?i:\bresidential\b|\bpartial hospitali[sz]ation\b|\bintensive outpatient\b)"
                            r"|\bPHP\b|\bIOP\b")


def check_case(folder: Path, *, template_dirs: tuple[Path, ...] = (), today: date | None = None,
               fax: bool = False, defer: bool = False, notes: bool = True) -> CheckReport:
    """Load the case (raises CaseError if it cannot be read at all) and list what needs attention; `fax` when the
    packet is to be faxed (build --fax). `defer`: the two checks that cost most and stop a build least often (what
    the letter's facts say, and the undated records) are left in the report's `pending`, for report.complete() to
    run: `build` runs them while LibreOffice converts its letter, not before the letter is drafted. A request's
    checks are never deferred (one of its notes depends on what the letter's facts leave out). `notes`: False for a
    caller that shows no notes (`build` and `batch` show errors and warnings only): the checks that can only add
    notes are not run (the records dated after the decision, which import the notes readers)."""
    case = load_case(folder)
    today = today or clock.today()  # the letter's day: every finding judges by this one (issue 18)
    findings = [Finding("warning", path, message) for path, message in case.unknown_keys]
    pending: list[tuple[int, Callable[[], list[Finding]]]] = []

    def now_or_later(check: Callable[[], list[Finding]]) -> list[Finding]:
        if defer and not case.is_request:
            pending.append((len(findings), check))
            return []
        return check()

    findings += _template_findings(case, template_dirs)
    findings += check_codes(case.data, today)
    findings += _site_findings(case)
    findings += _npi_findings(case)
    # a request before care has no denial: no appeal deadline, no denial reason to answer (_request_findings instead)
    findings += [] if case.is_request else _deadline_findings(case, today) + _undecided_findings(case.data, today)
    findings += _in_dispute_findings(case.data) + _grandfathered_findings(case.data)
    findings += _own_proof_findings(case.data) + _covered_days_findings(case.data)
    findings += _evidence_findings(case)
    findings += _history_evidence_findings(case)
    findings += _readiness_findings(case)
    findings += _stale_letter_findings(case)
    findings += [] if case.is_request else _argument_findings(case, template_dirs, today)
    findings += _criteria_findings(case, template_dirs, today)
    findings += [] if case.is_request else _finding_findings(case, today)
    findings += _replaced_criterion_findings(case)
    findings += _letter_findings(case, template_dirs, today)
    findings += _literature_findings(case)
    findings += now_or_later(lambda: _fact_findings(case, template_dirs, today))
    findings += _denial_fit_findings(case)
    findings += _voice_findings(case)
    findings += _fax_findings(case) if fax else []
    findings += _sent_findings(case)
    findings += _clinic_findings(case)
    findings += _language_findings(case)
    findings += _call_findings(case)
    findings += _unused_document_findings(case)
    # a build (notes=False) reads the same names from the converted exhibits itself, images' text layers too
    # (pipeline._other_people): said once there
    findings += _other_people_findings(case) if notes else []
    findings += _split_date_findings(case.data)
    findings += unused_field_findings(case, today, template_dirs)
    findings += [] if case.is_request or not notes else now_or_later(lambda: _undated_record_findings(case, today))
    if case.is_request:
        findings += _request_findings(case, today)
        if is_blank(case.get("payer_criteria")) and not any(f.field == "payer_criteria" for f in findings):
            findings.append(Finding("note", "payer_criteria", _(
                "the plan's own criteria are not in the case: ask the plan for its clinical policy for this "
                "treatment and answer each criterion in payer_criteria (criterion, how_met, evidence); until then the "
                "letter answers the published criteria")))
    return CheckReport(case, findings, pending)


def _authorization_needed(case: Case) -> list[Finding]:
    """The call log says the plan needs prior authorization, and the case is not the request yet: say how to make
    it (coverage.calls.authorization_needed)."""
    from appeal_kit.coverage import calls

    if not calls.authorization_needed(case.data):
        return []
    return [Finding("note", "request", _("the insurer said prior authorization is needed. To make the request packet "
                                         "(the letter of medical necessity, the plan's criteria and the records), "
                                         "run appeal-kit prepare {folder} --request, then appeal-kit check {folder} "
                                         "again (docs/coverage.md, section 5)").format(folder=case.folder))]


def _request_findings(case: Case, today: date) -> list[Finding]:
    """What a prior-authorization request still needs before its packet goes to the plan, beyond what every letter
    needs (the treatment history, the plan type, the criteria: the other checks): the codes to authorize, the
    diagnosis, the clinical records, a plan type whose clock appeal-kit knows, and, once it is sent, the day it went
    (prior_auth.requested_on) so `deadline` and `cases` can follow it."""
    from appeal_kit.letter import derived

    findings: list[Finding] = []
    warn = lambda field, message: findings.append(Finding("warning", field, message))  # noqa: E731
    request = derived.prior_auth_request(case.data, today)
    # a Part D drug is filled at a pharmacy: no procedure codes to authorize
    if not request["codes"] and case.get("claim.plan_type") != "medicare_part_d":
        warn("planned_care.codes", _("no codes to authorize: the plan approves codes, not words. Ask the clinic "
                                     "which codes it will bill (appeal-kit prepare {folder} lists the usual ones) "
                                     "and put them in planned_care.codes, e.g. [96365, J3490]").format(
                                         folder=case.folder))
    if is_blank(case.get("claim.diagnosis_codes")):
        warn("claim.diagnosis_codes", _("no diagnosis code: the request should name it (e.g. F33.2)"))
    if not any(e.path.parent.name == "clinical" for e in case.exhibits):
        warn("clinical/", _("no clinical records: put the notes that show the diagnosis, the severity and the "
                            "treatments tried in clinical/; the plan decides on what is enclosed"))
    plan = case.get("claim.plan_type")  # unknown: _letter_findings says so
    if not is_blank(plan) and plan != "unknown" and request["clock"] is None:
        warn("claim.plan_type", _("appeal-kit knows no rule for how fast a {plan} plan must decide a request for "
                                  "prior authorization: the plan's documents say; ask when you send it").format(
                                      plan=plan))
    if is_blank(case.get("prior_auth.fax")) and is_blank(case.get("prior_auth.address")):
        findings.append(Finding("note", "prior_auth.fax", _(
            "where does the request go? The plan's prior-authorization instructions (the call, its website) give a "
            "fax, an address or a portal: put the fax in prior_auth.fax or the address in prior_auth.address, and "
            "the letter is addressed there")))
    findings += _drug_request_findings(case, request)
    if is_blank(case.get("prior_auth.requested_on")):
        findings.append(Finding("note", "prior_auth.requested_on", _(
            "once the request is sent, record it: appeal-kit sent {folder} --date D --method fax|mail|portal|email (it "
            "writes the day in prior_auth.requested_on); appeal-kit deadline and cases then show when the plan must "
            "answer").format(folder=case.folder)))
    return findings


def _drug_request_findings(case: Case, request: dict) -> list[Finding]:
    """The facts a request for a drug turns on that the case does not give (letters set 84, case 08: a Part D drug
    off the formulary, taken since 2025 by a new member, asked "before the treatment begins" within 72 hours): whether
    it is on the formulary, when the coverage began (a transition supply), when the supply on hand runs out."""
    from appeal_kit.letter import derived

    findings: list[Finding] = []
    note = lambda field, message: findings.append(Finding("note", field, message))  # noqa: E731
    part_d = case.get("claim.plan_type") == "medicare_part_d"
    taken = derived.taken_now(case.data) is not None
    if part_d and not request["exception"]:
        note("prior_auth.exception", _(
            "is the drug on the plan's formulary? When the pharmacy or the plan said it is not, write "
            "prior_auth.exception: formulary, and the letter asks for a formulary exception on the prescriber's "
            "statement (42 CFR 423.578(b)) instead of a plain authorization"))
    if part_d and request["exception"] and taken and is_blank(case.get("prior_auth.enrolled")):
        note("prior_auth.enrolled", _(
            "when did the coverage with this plan begin? Put its first day in prior_auth.enrolled: in the first 90 "
            "days a new member already taking a drug off the formulary is owed a temporary supply (42 CFR "
            "423.120(b)(3)), and the letter asks for it"))
    if taken and is_blank(case.get("prior_auth.supply_ends")):
        note("prior_auth.supply_ends", _(
            "when does the supply on hand run out? Put the last day in prior_auth.supply_ends: when it comes before "
            "a standard decision could, the letter asks for an expedited one"))
    return findings


def _undated_record_findings(case: Case, today: date | None = None) -> list[Finding]:
    """A record in clinical/ that `record_dates` does not date, whose file name or first lines give a date
    after the decision appealed: check names it, so that record_dates can say it and the letter then names it as a
    record the reviewer never had (set 8, case 08: outpatient records summarized on November 19 for a denial of
    November 17 that had received none, and the letter never said so). Text and Word files only: nothing is read by
    OCR here."""
    from appeal_kit.errors import AppealKitError
    from appeal_kit.intake.textract import extract_text, sniff
    from appeal_kit.letter import derived
    from appeal_kit.letter.claims import letter_paragraphs
    from appeal_kit.notes.documents import file_date, header_date

    decided = derived.decision_appealed_on(case.data)
    if not decided:
        return []
    dated = {str(r.get("file") or "").strip() for r in case.get("record_dates") or [] if isinstance(r, dict)}
    findings = []
    for e in case.exhibits:
        rel = _rel(case, e.path)
        if e.path.parent.name != "clinical" or rel in dated:
            continue
        day = file_date(e.path.name)
        if day is None:
            try:
                kind = sniff(e.path)
                if kind not in ("txt", "docx", "html"):
                    continue
                # a Word file's first paragraphs read straight from its XML, as the claims report reads a letter:
                # python-docx stays unloaded, so `check` starts as fast as before this check (docs/speed.md)
                first = ("\n".join(letter_paragraphs(e.path, whole=True)[:12]) if kind == "docx"
                         else extract_text(e.path).text.split("\f")[0])
            except (AppealKitError, OSError):
                continue  # reported where the packet converts it
            day = header_date(first)
        # a date after the letter's own day is a date the record looks ahead to (a treatment schedule), never the day
        # it was written (letters set 57, case 03: an ECT schedule for 12/09 offered as a record "dated December 9")
        if day and day > decided and not (today and day > today):
            findings.append(Finding("note", "record_dates", _(
                "{file} is dated {day}, after the decision of {decided}, and record_dates does not list it: add "
                "`- {{file: {file}, date: {iso}}}` to record_dates if that is when it was written, and the letter "
                "will name it as a record the reviewer did not have").format(
                    file=rel, day=long_date(day), decided=long_date(decided), iso=day.isoformat())))
    return findings


# one item of a list ending in a month and day, the next opening with a year: a date the comma of a YAML `[a, b]` list
# cut in two ("[continued residential treatment from November 23, 2026 (about 21 more days planned)]": letters set
# 27, case 02's letter said "from November 23 and 2026")
_ENDS_MONTH_DAY = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                             r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}$", re.I)
_OPENS_YEAR = re.compile(r"^(?:19|20)\d\d\b")


def _split_date_findings(data: Any, path: str = "") -> list[Finding]:
    """A list field whose items split a date at its comma (_ENDS_MONTH_DAY then _OPENS_YEAR): a warning naming the
    field, so the item is quoted or written as a block list."""
    if isinstance(data, dict):
        return [f for key, value in data.items() for f in _split_date_findings(value, f"{path}.{key}" if path else key)]
    if not isinstance(data, list):
        return []
    items = [str(v).strip() for v in data]
    if any(_ENDS_MONTH_DAY.search(a) and _OPENS_YEAR.match(b) for a, b in zip(items, items[1:], strict=False)):
        return [Finding("warning", path, _(
            "{field}: a date is cut in two at its comma (an item ends with a month and day, the next starts with the "
            "year); in a list written [a, b], put the item in quotes or write the list one item a line (- ...)").format(
                field=path))]
    return [f for i, v in enumerate(data) for f in _split_date_findings(v, f"{path} item {i + 1}")]


# case documents whose text check reads for other patients' names: plain text as it is, a PDF by its text layer (a
# scan or photo needs OCR, which only the build's own scan of the converted exhibits would afford)
_TEXT_SUFFIXES = (".txt", ".md")


def _other_people_findings(case: Case) -> list[Finding]:
    """A case document that names other patients beside this one (packet.others: a value under a "Patient" or
    "Member" label or column that is not the patient's name), said at check, before the packet is built (letters
    sets 47 to 49: a fill history with the husband's prescription, another resident's medication list, enclosed with
    only the build's warning). Names no one: the file and the page."""
    from appeal_kit.packet import others

    patient, also = others.case_people(case.get)
    if not patient.strip():
        return []
    findings = []
    for e in case.exhibits:
        suffix = e.path.suffix.lower()
        if suffix in _TEXT_SUFFIXES:
            try:
                pages = e.path.read_text(encoding="utf-8", errors="replace").split("\f")
            except OSError:
                continue
        elif suffix == ".pdf":
            pages = others.exhibit_pages_text(e.path)
        else:
            continue
        found = [n for n, _count in others.other_people_pages(pages, patient, also)]
        if found:
            findings.append(Finding("warning", "exhibits", _(
                "{file} names other people beside the patient (page {pages}). Black out their lines, or move the "
                "document out of the case folder, before you build: the packet should carry only the patient's "
                "information").format(file=_rel(case, e.path), pages=", ".join(map(str, found)))))
    return findings


def _unused_document_findings(case: Case) -> list[Finding]:
    """A document in other/ that no case.yaml field names (author.authorization, filing.proof, a row's evidence,
    plan_policy.comparator.file...) is enclosed but unused by the letter: the letter uses a document only where a
    field says what it is, so check names it and the fields that could, and says it goes into the packet all the same
    (letters set 24: an old form saying "no other coverage", another family member's statement, enclosed without a
    word in seven of eight packets)."""
    named = {(case.folder / s).resolve() for s in strings_in({k: v for k, v in case.data.items() if k != "exhibits"})
             if "/" in s and len(s) < 300}
    unused = [_rel(case, e.path) for e in case.exhibits if e.path.parent.name == "other"
              and e.path.resolve() not in named
              # the physician's letter speaks for itself, as the enclosure reviewers read first
              and not _PHYSICIAN_LETTER.search(re.sub(r"[-_]", " ", f"{e.title} {e.path.name}"))]
    findings = []
    quoted = _quoted_document(case, unused)
    if quoted:
        unused.remove(quoted)
        findings.append(Finding("warning", "plan_policy.file", _(
            "{file} holds the words plan_policy.quote quotes, but plan_policy.file does not name it: set "
            "`plan_policy.file: {file}` so the letter's claims report traces the quoted words to that exhibit and page"
            ).format(file=quoted)))
    other = _quoted_document(case, unused, "plan_policy.other_terms", "plan_policy.other_terms_file")
    if other:  # set 19, cases 01, 07 and 08: the EOC, SPD or drug list the other terms quote, enclosed and unnamed
        unused.remove(other)
        findings.append(Finding("warning", "plan_policy.other_terms_file", _(
            "{file} holds the words plan_policy.other_terms quotes, but plan_policy.other_terms_file does not name it: "
            "set `plan_policy.other_terms_file: {file}` so the letter points to it as their exhibit").format(
                file=other)))
    from appeal_kit.intake.deadlines import as_date_or_none

    requested = as_date_or_none(get_path(case.data, "prior_auth.requested_on"))
    if unused and requested and is_blank(get_path(case.data, "prior_auth.proof")):
        # the request the letter argues was never decided, with its records enclosed and unnamed (letters set 97,
        # case 07: the fax report and the plan's portal printout, the plan's reference in neither field)
        findings.append(Finding("warning", "prior_auth.proof", _(
            "case.yaml records a request for authorization sent on {day} (prior_auth.requested_on) but no record of "
            "it: if a document in other/ shows it was sent or received (a fax report, the plan's portal page), set "
            "`prior_auth.proof` to it, and the plan's own number for the request in `prior_auth.reference`, so the "
            "letter names them by exhibit").format(day=long_date(requested))))
    if not unused:
        return findings
    return findings + [Finding("note", "other/", ngettext(
        "enclosed, but no case.yaml field says what it is, so the letter does not use it: {files}. If it holds an "
        "argument, record it where the letter can use it: the plan document the letter quotes (plan_policy.file), "
        "the document other plan terms come from (plan_policy.other_terms_file), the plan's definition of "
        "experimental, its clause on which document governs or its own list naming the treatment "
        "(plan_policy.definition, .precedence or .listed), "
        "a plan policy covering a medical or surgical use (plan_policy.comparator), the plan's exception provision "
        "(plan_policy.exception), an approval the plan gave (prior_auth.approved.file), the enrollment records of "
        "the member's plan option (plan_option.proof), Medicare's coverage rule (medicare_coverage.file), a corrected "
        "claim (corrected_claim.file), proof of filing (filing.proof), an appeal as sent and its proof of sending "
        "(submissions[].proof), the records of why an appeal is late (late_filing.proof), or a treatment row's "
        "evidence. It goes into the packet all the same: if it does not help the appeal (an old form, another person's "
        "record), move it out of the case folder",
        "enclosed, but no case.yaml field says what they are, so the letter does not use them: {files}. If one holds "
        "an argument, record it where the letter can use it: the plan document the letter quotes "
        "(plan_policy.file), the document other plan terms come from (plan_policy.other_terms_file), the plan's "
        "definition of experimental, its clause on which document governs or its own list naming the treatment "
        "(plan_policy.definition, .precedence or .listed), a plan policy covering a medical or surgical use "
        "(plan_policy.comparator), the plan's "
        "exception provision (plan_policy.exception), an approval the plan gave (prior_auth.approved.file), the "
        "enrollment records of the member's plan option (plan_option.proof), Medicare's coverage rule "
        "(medicare_coverage.file), a corrected claim (corrected_claim.file), proof of filing (filing.proof), an "
        "appeal as sent and its proof of sending (submissions[].proof), the records of why an appeal is late "
        "(late_filing.proof), or a treatment row's evidence. They go into the packet all the same: if one does not "
        "help the appeal (an old form, another person's record), move it out of the case folder",
        len(unused)).format(files=", ".join(unused)))]


def unused_field_findings(case: Case, today: date, template_dirs=()) -> list[Finding]:
    """What the drafted letter leaves out (appeal_kit.letter.unused): each case.yaml field that bears on this denial
    (letter_templates/bearing.yaml) and that no sentence of letter.docx uses, named with what it holds and how to use
    it. After `draft`, and on `check` of a drafted or edited letter; nothing before there is a letter to read, and
    nothing for a letter that answers no denial (a claim-file request, a physician's letter, a complaint)."""
    if case.is_request or not case.letter_path.is_file():
        return []
    from appeal_kit.errors import AppealKitError
    from appeal_kit.letter import render, unused

    try:
        template = render.template_for_case(case, template_dirs)[0]
    except AppealKitError:
        return []  # reported by _template_findings
    if template.route not in unused.ANSWERS_THE_DENIAL:
        return []

    findings = []
    for item in unused.unused(case, case.letter_path, today, unused.answered_reasons(case.data, template_dirs)):
        field = ngettext("{field} row {rows}", "{field} rows {rows}", len(item.rows)).format(
            field=item.field, rows=said_list([str(n) for n in item.rows])) if item.rows else item.field
        words = {"said": " … ".join(f"“{e}”" for e in item.excerpts[:2]), "field": field,
                 "holds": said(item.holds), "fix": said(item.fix), "letter": case.letter_path.name}
        if item.quoted:
            message = _("your case.yaml says {said} ({field}: {holds}), which {letter} quotes but never applies to "
                        "the case. To apply it: {fix}. If the letter already does in other words, leave "
                        "it").format(**words)
        else:
            message = _("your case.yaml says {said} ({field}: {holds}), but {letter} never uses it. To use it: "
                        "{fix}. If the letter already says it in other words, leave it").format(**words)
        findings.append(Finding("warning", field, message))
    return findings


def _quoted_document(case: Case, candidates: list[str], field: str = "plan_policy.quote",
                     file_field: str = "plan_policy.file") -> str | None:
    """The text document in other/ that holds the words `field` quotes (plan_policy.quote, plan_policy.other_terms)
    when `file_field` names none: the user quoted the plan's document but did not say which file it is (PDFs are not
    opened, so check stays quick). Text that quotes the document inside quotation marks of its own, after a heading
    ("EOC, Section 12: "Experimental means ...""), is compared by those quoted words."""
    raw = str(get_path(case.data, field) or "")
    pieces = [" ".join(p.split()).lower() for p in re.findall(r'"([^"]{40,})"', raw)] or \
        [" ".join(raw.split()).lower()]
    if max(len(p) for p in pieces) < 40 or not is_blank(get_path(case.data, file_field)):
        return None
    for rel in candidates:
        path = case.folder / rel
        if path.suffix.lower() not in (".txt", ".md", ".text"):
            continue
        try:
            text = " ".join(path.read_text(errors="replace").split()).lower()
        except OSError:
            continue
        if any(len(piece) >= 40 and piece[:80] in text for piece in pieces):
            return rel
    return None


def check_before_denial(folder: Path) -> CheckReport | None:
    """A case with no denial yet (no claim number, denial reason or notice date) but care planned, calls, claims or
    expenses recorded: what `check` can say before there is an appeal (the questions for the insurer, the codes,
    the records); None when the case has a denial, for check_case to check the appeal."""
    from appeal_kit.case.folder import is_blank, is_request, load_case_data, missing_fields
    from appeal_kit.coverage import claims
    from appeal_kit.letter import records

    data = load_case_data(folder)
    claim = data.get("claim") or {}
    if is_request(data):  # a prior-authorization request is checked like the packet it becomes (check_case)
        return None
    if any(not is_blank(claim.get(k)) for k in ("number", "denial_reason", "notice_date")) or not any(
            data.get(k) for k in ("planned_care", "call_log", "claims", "expenses", "prior_auth")):
        return None
    case = Case(folder=Path(folder), data=data)
    findings = check_codes(data)
    for key, parse in (("call_log", records.parse_call_log), ("expenses", records.parse_expenses),
                       ("claims", lambda c: claims.parse_claims(c.data, Path(folder) / "case.yaml"))):
        try:
            parse(case)
        except CaseError as exc:
            findings.append(Finding("error", key, exc.message))
    findings += _call_findings(case)
    findings += _authorization_needed(case)
    waiting = [f for f in missing_fields(data, core_required()) if f.split(":")[0] not in ("claim.number",
                                                                                          "claim.denial_reason")]
    findings += [Finding("warning", f.split(":")[0], _("empty; an appeal will need it") + f[f.index(":"):])
                 for f in waiting]
    return CheckReport(case, findings)


def _call_findings(case: Case) -> list[Finding]:
    """The questions for the insurer (appeal-kit prepare) that no call in call_log has answered yet, once the case
    plans care (planned_care) or records answers."""
    from appeal_kit.coverage import calls

    if not case.data.get("planned_care") and not calls.answers_by_question(case.data):
        return []
    try:
        left = calls.unanswered(case.data)
    except CaseError as exc:
        return [Finding("warning", "planned_care", exc.message)]
    if not left:
        return []
    return [Finding("warning", "call_log", ngettext(
        "{n} question for the insurer not answered yet: {ids}. The call script (appeal-kit prepare {folder}) asks "
        "it; record the answer with appeal-kit called {folder}",
        "{n} questions for the insurer not answered yet: {ids}. The call script (appeal-kit prepare {folder}) asks "
        "them; record the answers with appeal-kit called {folder}", len(left)).format(
        n=len(left), ids=", ".join(q.id for q in left), folder=case.folder))]


def _clinic_findings(case: Case) -> list[Finding]:
    """The clinic profile a case relies on: found (else the letters have no letterhead), readable, and with no keys
    appeal-kit does not read (a misspelt `adress` would silently print nothing)."""
    from appeal_kit.letter import clinic

    try:
        profile = clinic.load_clinic(case.folder)
    except CaseError as exc:
        return [Finding("error", "clinic.yaml", exc.message)]
    named = clinic.names_a_clinic(case.data)
    if profile is None:
        if not named:
            return []
        return [Finding("warning", named, "names a clinic, but no clinic profile was found (looked in "
                        f"{clinic.searched_places(case.folder)}), so the letters would have no letterhead and the "
                        "author no address; run with --clinic FILE or set APPEAL_KIT_CLINIC to the clinic's "
                        "clinic.yaml")]
    known = ", ".join(clinic.KNOWN_KEYS)
    return [Finding("warning", "clinic.yaml", f"{profile['path']}: unknown key {key!r}, ignored (known: {known})")
            for key in profile["unknown_keys"]]


# Fields whose words the letter prints as they are; the letter to the plan is English.
PRINTED_TEXT = ("treatment.name", "treatment.summary", "treatment.plan", "treatment.setting", "treatment.monitoring",
                "treatment.alongside", "author.role", "claim.pending_services", "clinical.severity",
                "clinical.response", "impact.work", "impact.hospitalizations", "impact.relapse", "impact.daily_life",
                "urgency.reason", "prior_auth.reason_missing")
HISTORY_TEXT = ("drug", "dose", "outcome", "reason_stopped")
# Letters and words that only Spanish text has: the language detector runs only on text that shows one, so an
# English case costs nothing (loading the detector's model takes seconds).
_SPANISH_HINT = re.compile(r"[áéíóúñ¿¡]|\b(?:el|la|los|las|que|al|del|día|días|por|con|para|mi|muy|sin|pero|"
                           r"porque|ayudó|hija|hijo|esposa|esposo|madre|padre|semanas|meses|años|efectos|respuesta|"
                           r"tratamiento|dolor|dosis|nada|funcionó|todos|todas)\b", re.I)


def not_english(text: str) -> str | None:
    """"es" when a maintained language identifier (py3langid, told to choose between English and Spanish)
    reads `text` as Spanish; None for English, or text without a Spanish letter or word."""
    if not _SPANISH_HINT.search(text):
        return None
    from py3langid import langid

    langid.set_languages(["en", "es"])
    code, _score = langid.classify(text)
    return code if code != "en" else None


def _language_findings(case: Case) -> list[Finding]:
    """Text the letter prints that is not in English: the plan's reviewers read English, so the family's words
    (a Spanish dose, a Spanish outcome, a treatment's Spanish name) are put in English before the letter goes."""
    from appeal_kit.case.interview import english_treatment

    texts = [(path, case.get(path)) for path in PRINTED_TEXT]
    history = case.get("clinical.history")
    for i, row in enumerate(history if isinstance(history, list) else [], start=1):
        if isinstance(row, dict):
            texts += [(f"clinical.history item {i} {key}", row.get(key)) for key in HISTORY_TEXT]
    findings = []
    for path, value in texts:
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and path.endswith(" drug") and (english := english_treatment(text)):
                findings.append(Finding("warning", path, _("{text!r} is the Spanish name, and the letter to the plan "
                                                           "is in English: write {english!r} in case.yaml").format(
                                                               text=text, english=english)))
            elif isinstance(text, str) and not_english(text):
                findings.append(Finding("warning", path, _("{text!r} looks like Spanish, and the letter to the "
                                                           "plan is in English: write it in English in case.yaml "
                                                           "(the summary from `appeal-kit explain --lang es` stays "
                                                           "in Spanish for you)").format(text=text)))
    return findings


def _sent_findings(case: Case) -> list[Finding]:
    """A packet a submission records that is no longer in the folder as it was sent (case.sent)."""
    from appeal_kit.case.sent import unkept
    from appeal_kit.intake import deadlines

    findings = [Finding("warning", "submissions", message) for message in unkept(case.folder, case.data)]
    # a stage typed in words appeal-kit does not read: the appeal is then never counted as sent to the plan, and a
    # plan appeal never decided is drafted as a first appeal again (letters set 68, case 04)
    for entry in case.data.get("submissions") or []:
        stage = entry.get("stage") if isinstance(entry, dict) else None
        if stage and deadlines.stage_kind(stage, route(case.data)) is None:
            findings.append(Finding("warning", "submissions", _(
                "the submission of {date} has stage {stage!r}, which appeal-kit does not read as the plan's own appeal "
                "or as a later level: write \"internal appeal (first level)\" (or second level) for an appeal to the "
                "plan, or name the level it went to (external review, state fair hearing, ...)").format(
                    date=entry.get("date"), stage=stage)))
    return findings


def _fax_findings(case: Case) -> list[Finding]:
    number = str(case.get("insurer.fax") or "")
    if not number.strip():
        return [Finding("error", "insurer.fax", _("--fax needs the insurer's appeals fax number for the cover "
                                                  "sheet; copy it from the denial notice (or run `appeal-kit intake "
                                                  "NOTICE --case DIR`)"))]
    if len(re.sub(r"\D", "", number)) < 10:
        return [Finding("warning", "insurer.fax", _("{number!r} has fewer than 10 digits; check it against the "
                                                    "notice").format(number=number))]
    return []


def _template_findings(case: Case, template_dirs) -> list[Finding]:
    from appeal_kit.errors import TemplateError
    from appeal_kit.letter import render

    if case.letter_path.is_file():
        return []  # the user's own letter.docx is used as it is
    try:
        template, note = render.template_for_case(case, template_dirs)
    except TemplateError as exc:
        return [Finding("error", "template", exc.message)]
    # the letter follows the stage: a case past its internal appeal is drafted as the next-level request
    followed = [Finding("warning", "template", note)] if note else []
    # a template that always argues a reason about the care (step therapy, experimental, a network gap) for a
    # denial about the claim or the coverage only (another payer first, coverage ended, filing, coding): the letter
    # would argue the care the plan never questioned
    from appeal_kit.letter import arguments

    reasons = set(arguments.denial_reasons(case.data))
    argued = [a for a in template.arguments if a not in (arguments.DENIAL, "evidence", arguments.APPROVED)]
    if reasons and reasons <= arguments.NOT_CLINICAL and argued:
        followed.append(Finding("warning", "template", _(
            "the template {name} argues {argument}, but the denial is about {reasons}, not the care: draft with "
            "medical-necessity, which answers the denial's own reason").format(
                name=template.name, argument=said(arguments.argument_words(argued[0])),
                reasons=said_list([arguments.argument_words(r) for r in sorted(reasons)]))))
    # a letter that asks for a retroactive authorization, for care the plan's own terms need none for
    if "prior_authorization" in template.arguments and arguments._flag(case.get("prior_auth.required")) is False:
        followed.append(Finding("warning", "template", _(
            "the template {name} asks for a retroactive authorization, but prior_auth.required says the plan's terms "
            "need none for this care: draft with medical-necessity, which argues the claim on those terms").format(
                name=template.name)))
    return followed + [Finding("error", path, _("template {name} needs it: {help}").format(
        name=template.name, help=field_help(path))) for path in blank_fields(case.data, template.required)]


def _grandfathered_findings(data: dict) -> list[Finding]:
    """A grandfathered church or government plan is outside the rules its letter cites (docs/domain.md)."""
    from appeal_kit.rules import grandfathered

    if not grandfathered(data):
        return []
    return [Finding("warning", "claim.grandfathered", _(
        "a grandfathered plan is outside the federal appeal rules (45 CFR 147.136, 26 CFR 54.9815-2719), so the "
        "letter cites none of them: follow the appeal procedures and time limits in the plan's booklet, and quote "
        "them in plan_policy.quote for the letter to rest on"))]


def _in_dispute_findings(data: dict) -> list[Finding]:
    """A TRICARE formal review needs $50 or more in dispute: the letter says the amount only when the decision's
    entry holds it (decisions[].in_dispute; letters set 68, case 06)."""
    from appeal_kit.letter.derived import appeal_stage

    stage = appeal_stage(data)
    if route(data) != "tricare" or "formal review" not in str(stage["latest_opens"] or "").lower() \
            or not is_blank(stage["latest_in_dispute"]):
        return []
    return [Finding("note", "decisions", _(
        "a formal review by the Defense Health Agency needs $50 or more in dispute: copy the amount the "
        "reconsideration decision states into that decision's in_dispute (\"$1,740.00\"), and the letter says it"))]


def _own_proof_findings(data: dict) -> list[Finding]:
    """A record_dates row whose sent_proof is its own file: a fax report proves that something else was sent, so the
    letter does not say the report was (letters set 94, case 07)."""
    from appeal_kit.letter.derived import own_sent_proof

    return [Finding("warning", f"record_dates[{n}]", _(
        "{file} is given as the proof of its own sending: a fax report or receipt shows that another record was "
        "sent, so the letter says nothing of it here; put the record that was sent in `file` and keep the report in "
        "`sent_proof`").format(file=str(row.get("file")).strip()))
        for n, row in enumerate(data.get("record_dates") or []) if isinstance(row, dict)
        and not is_blank(row.get("file")) and own_sent_proof(row)]


def _covered_days_findings(data: dict) -> list[Finding]:
    """A decision that ends or cuts care from a day (claim.action, claim.action_date) left the days before it covered:
    service dates that all fall before that day are days not in dispute, which the letter would ask for again
    (letters set 94, case 08: a residential stay covered through 12/06 listed as the dates of service of a denial
    that ends it on 12/07)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    claim = data.get("claim") or {}
    cut = as_date_or_none(claim.get("action_date"))
    days = [d for d in (as_date_or_none(v) for v in claim.get("service_dates") or []) if d]
    if str(claim.get("action") or "").strip().lower() not in ("reduce", "suspend", "end") or not cut or not days \
            or max(days) >= cut:
        return []
    return [Finding("warning", "claim.service_dates", _(
        "every date of service is before {day}, the day the decision's change takes effect (claim.action_date), so "
        "the plan covered those days and the letter would ask for them again: list only the dates the decision "
        "denies, and put the care still to come in claim.pending_services").format(day=long_date(cut)))]


def _undecided_findings(data: dict, today: date) -> list[Finding]:
    """external_review.final_denial_date and the submissions/decisions records saying different things about the
    internal appeal: a final denial date beside an appeal sent and never decided (set 66, case 08: the day the plan's
    time ran out typed there as a stand-in), or a denial of the appeal recorded with no final denial date."""
    from appeal_kit.intake import deadlines

    final = deadlines.as_date_or_none((data.get("external_review") or {}).get("final_denial_date"))
    undecided = deadlines.undecided_appeal(data, today)
    if final and undecided:
        return [Finding("warning", "external_review.final_denial_date", _(
            "final_denial_date says the plan decided the internal appeal on {final}, but the appeal sent on {sent} "
            "has no decision in decisions: if the plan decided it, record the decision (`appeal-kit decided "
            "--outcome denied --date DATE`); if it never did (its time ran out on {due}), remove final_denial_date, "
            "and the letter asks for the next level because the appeal was never decided").format(
                final=long_date(final), sent=long_date(undecided.sent), due=long_date(undecided.due)))]
    if final or deadlines.final_internal_denial(data) or deadlines.second_level_opened(data):
        return []
    if undecided and deadlines.overdue_for_ire(data, today):
        # Medicare Advantage and Part D: the plan had that time to decide, else send the case on, and the letter
        # asks it to send the case now (rules.yaml undecided_to_ire; set 70 brief, letters set 86 case 04)
        return [Finding("note", "submissions", _(
            "the appeal sent on {sent} has no decision in decisions, and the plan's time to decide it ran out "
            "on {due}: the letter tells the plan so and asks it to send the case file to the independent review "
            "entity now; if the plan did decide it, record the decision (`appeal-kit decided`)").format(
                sent=long_date(undecided.sent), due=long_date(undecided.due)))]
    if undecided and not deadlines.deemed_exhausted(data, today):
        # a plan type whose rules recorded here do not count it exhausted (an expedited or Part B drug Medicare
        # Advantage reconsideration, Part D, TRICARE):
        # the letter drafted is the plan's own appeal again, not the next level (set 68 review, what is left)
        return [Finding("warning", "submissions", _(
            "the appeal sent on {sent} has no decision in decisions, and the plan's time to decide it ran out on "
            "{due}; for this plan type appeal-kit does not count it as exhausted, so the letter drafted asks the plan "
            "to decide its own appeal again: ask the plan in writing when it will decide, and whether it has sent the "
            "case on to the next level, before sending that letter").format(
                sent=long_date(undecided.sent), due=long_date(undecided.due)))]
    latest = deadlines.latest_internal_submission(data)
    sent = latest[0] if latest else None
    denied = [d for e in data.get("decisions") or [] if isinstance(e, dict)
              and str(e.get("outcome") or "").strip().lower() in ("denied", "partial")
              and (d := deadlines.as_date_or_none(e.get("date"))) and sent and d >= sent]
    if sent and denied:
        return [Finding("warning", "external_review.final_denial_date", _(
            "decisions record a denial of the appeal sent on {sent}, dated {day}, but final_denial_date is not set, "
            "so the case is still treated as at its internal appeal: if that was the plan's final internal decision, "
            "set final_denial_date to {day} (`appeal-kit decided` records both)").format(
                sent=long_date(sent), day=long_date(max(denied))))]
    return []


def _deadline_findings(case: Case, today: date) -> list[Finding]:
    from appeal_kit.intake import deadlines

    deadline = deadlines.deadline_for_case(case.data)
    title = _("the appeal deadline") if deadline.stage == "internal" else _("the next-level deadline")
    if deadline.escalate_sent and deadline.counted_from:  # Original Medicare: the QIC never decided (deadline set 01,
        # case 09: the QIC's 180 days counted again from the redetermination)
        return [Finding("note", "submissions", _(
            "the QIC did not decide the reconsideration sent on {sent} by {due}: the letter asks the QIC in writing "
            "to escalate the appeal to an Administrative Law Judge, and no deadline closes that request; send it "
            "now, and if the QIC issues a decision, record it (`appeal-kit decided`)").format(
                sent=long_date(deadline.escalate_sent), due=long_date(deadline.counted_from)))]
    if deadline.date is None:
        if deadline.stage == "internal" and deadline.basis == deadlines.SECOND_LEVEL_UNKNOWN:
            return [Finding("warning", "decisions", _("{title} is unknown: {basis}").format(
                title=title, basis=deadlines.said_basis(deadline)))]
        if deadline.stage == "internal":
            from appeal_kit.letter.derived import no_decision_notice

            if no_decision_notice(case.data, today):
                # a request never decided has no notice and so no notice date to count from: nothing to add, and the
                # appeal goes now (letters set 58, case 08: "add the date printed on the denial letter" for a case
                # whose point is that none was sent)
                return [Finding("note", "claim.notice_date", _(
                    "no notice date: the plan never decided the request (prior_auth.never_decided), so no appeal "
                    "deadline has begun to run from a notice; send the appeal now, and add claim.notice_date only "
                    "if a decision arrives"))]
            if not is_blank(case.get("claim.notice_date")):
                # the date is there and the plan's rule sets no window (a short-term policy, a fee-for-service CHIP
                # review): the notice's or the policy's own window is what is missing (deadline set 01, case 04:
                # "no notice date" beside claim.notice_date: 2026-11-05)
                return [Finding("warning", "claim.appeal_deadline", _("{title} is unknown: {basis}").format(
                    title=title, basis=deadlines.said_basis(deadline)))]
            return [Finding("warning", "claim.notice_date", _("no notice date, so the appeal deadline is unknown; "
                                                              "add the date printed on the denial letter"))]
        # the decision's date known and no window a rule fixes: the day the notice or decision prints is what is
        # missing, not the date (deadline set 02, cases 11 and 19: warned of as external_review.final_denial_date)
        first = deadlines.rules_route(case.data) in deadlines.FIRST_LEVEL_IS_THE_STATE
        field = ("claim.appeal_deadline" if first else "decisions[].next_deadline") if (
            first or deadlines.final_internal_denial(case.data)) else "external_review.final_denial_date"
        return [Finding("warning", field, _("{title} is unknown: {basis}").format(title=title, basis=deadline.basis))]
    disagreement = deadlines.deadline_disagreement(case.data)
    findings = [Finding("warning", "claim.appeal_deadline", disagreement)] if disagreement else []
    left = (deadline.date - today).days
    field = "claim.appeal_deadline" if deadline.stage == "internal" else "external_review.final_denial_date"
    when = long_date(deadline.date)
    if left < 0 and deadline.stage == "internal" and deadlines.appealed_by(case.data, deadline.date):
        # an appeal sent by the deadline (one made by phone among them) was made in time: nothing to explain (set 78,
        # case 03: "file anyway and explain the delay" for an appeal made by phone eight days before it)
        findings.append(Finding("note", field, _("{title} ({when}) passed {ago}, but an appeal was sent by then "
                                                 "(submissions), so it was made in time and the letter asks for no "
                                                 "more time").format(title=title, when=when, ago=days_ago(-left))))
    elif left < 0:
        findings.append(Finding("warning", field, _("{title} ({when}) passed {ago}; file anyway and explain the "
                                                    "delay (see `appeal-kit deadline` for good-cause rules)").format(
                                                        title=title, when=when, ago=days_ago(-left))))
        # the letter asks for the extension for good cause with the reason the case gives (set 72, case 03)
        if deadline.stage == "internal" and Citations(route(case.data)).applies("good_cause") \
                and is_blank(get_path(case.data, "late_filing.reason")):
            findings.append(Finding("warning", "late_filing.reason", _(
                "this plan type's rule lets an appeal sent after its deadline be accepted for good cause, and the "
                "letter asks for that: write why it could not be sent in time in late_filing.reason, and name the "
                "records that show it in late_filing.proof, so the letter gives them")))
    elif left <= DEADLINE_WARNING_DAYS:
        findings.append(Finding("warning", field, _("only {n} days left until {title} ({when}); send it by fax or "
                                                    "tracked mail and keep proof").format(n=left, title=title,
                                                                                          when=when)))
    return findings


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
        findings.append(Finding("warning", "exhibits", _("the packet has no exhibits; add the denial notice and "
                                                         "clinical records to the case folders")))
    elif not any(e.path.parent.name == "denial" for e in case.exhibits) and case.data.get("exhibits") is None \
            and not case.is_request:
        findings.append(Finding("warning", "exhibits", _("nothing in denial/: reviewers expect the denial notice "
                                                         "as Exhibit A")))
    for path in case.unlisted:
        rel = path.relative_to(case.folder.resolve()).as_posix()
        findings.append(Finding("warning", "exhibits", _("{file} is in the case folder but not in the `exhibits:` "
                                                         "list of case.yaml, so the packet leaves it out; add it to "
                                                         "the list (or move the file out of the folder)").format(
                                                             file=rel)))
    by_path = {e.path: i for i, e in enumerate(case.exhibits)}
    for n, item in enumerate(case.data.get("payer_criteria") or [], start=1):
        where = f"payer_criteria item {n}"
        if not isinstance(item, dict) or not item.get("criterion"):
            findings.append(Finding("error", where, _("needs `criterion:` (the plan's requirement, in its words)")))
            continue
        evidence = item.get("evidence") or {}
        if not item.get("how_met"):
            findings.append(Finding("warning", where, _("criterion {criterion} does not say how it is met").format(
                criterion=repr(item["criterion"]))))
        # `evidence: {file, page}`, or a list of them (docs/case-yaml.md, payer_criteria)
        places = [e for e in (evidence if isinstance(evidence, list) else [evidence])
                  if isinstance(e, dict) and e.get("file")]
        if not places:
            findings.append(Finding("warning", where, _("criterion {criterion} points to no evidence; add "
                                                        "`evidence: {{file: ..., page: ...}}`").format(
                criterion=repr(item["criterion"]))))
            continue
        for place in places:
            findings += _outside_exhibits(case, where, place, by_path)
    for n, item in enumerate(case.data.get("network") or [], start=1):  # the record of a contact, when given
        evidence = item.get("evidence") if isinstance(item, dict) else None
        if isinstance(evidence, dict) and evidence.get("file"):
            findings += _outside_exhibits(case, f"network item {n}", evidence, by_path)
    from appeal_kit.letter.derived import files_named

    # the proof the coverage was in force; the records of the other coverage a coordination denial names
    for field in ("eligibility.proof", "other_coverage.proof", "other_coverage.other_says_second"):
        for file in files_named(get_path(case.data, field)):
            findings += _outside_exhibits(case, field, {"file": file}, by_path)
    # the records the letter points to as the source of a fact it states: the record of the date of birth an age
    # group is measured by, the record that corrects a notice or decision
    for field, file in _fact_records(case.data):
        findings += _outside_exhibits(case, field, {"file": file}, by_path)
    return findings


# words a record uses when it says how a treatment went (a response, a harm, a stop, a score)
_OUTCOME_WORDS = re.compile(r"\b(?:respon\w*|remission|improv\w*|relief|benefit|effect\w*|tolerat\w*|stopp\w*|"
                            r"discontinu\w*|worse\w*|better|helped|persist\w*|relaps\w*|outcome|partial\w*|"
                            r"unchanged|PHQ|MADRS|HAM-?D|GAD-?7|BPI|PANSS)\b", re.I)


def _history_evidence_findings(case: Case) -> list[Finding]:
    """A clinical.history row that says how a treatment went, whose `evidence` is a text record saying nothing of how
    anything went (a pharmacy printout of fills): the letter prints the outcome with that exhibit as its source
    (letters set 79, case 02: "No response after 8 weeks" traced to the prior plan's fill history, the response being
    in the psychiatric evaluation)."""
    from appeal_kit.letter.arguments import _NO_EFFECT, adverse_stop

    findings = []
    for n, row in enumerate(get_path(case.data, "clinical.history") or [], start=1):
        if not isinstance(row, dict) or not isinstance(row.get("evidence"), dict):
            continue
        outcome = str(row.get("outcome") or "")
        if is_blank(row.get("response")) and not _NO_EFFECT.search(outcome) and not adverse_stop(outcome):
            continue
        path = case.folder / str(row["evidence"].get("file") or "")
        if path.suffix.lower() not in _TEXT_SUFFIXES or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        pages = text.split("\f")
        page = row["evidence"].get("page")
        if isinstance(page, int) and 1 <= page <= len(pages):
            text = pages[page - 1]
        if not _OUTCOME_WORDS.search(text):
            findings.append(Finding("warning", f"clinical.history item {n}", _(
                "its outcome ({outcome}) is traced to {file}, which says nothing of how a treatment went (fills or "
                "dates only); point `evidence:` to the record that says it").format(
                    outcome=repr(outcome or row.get("response")), file=row["evidence"].get("file"))))
    return findings


def _fact_records(data: dict) -> list[tuple[str, str]]:
    """(field, file) for each file a field names as the record of a fact the letter states."""
    from appeal_kit.letter.derived import files_named

    found = [(f"{field}.file", f) for field in ("patient.birth_record", "eligibility.record",
                                                "plan_policy.required_criteria", "plan_policy.limit.source")
             for f in files_named(get_path(data, f"{field}.file"))]
    rows = [("claim.corrections", r) for r in get_path(data, "claim.corrections") or []] + [
        ("decisions[].corrections", r) for d in get_path(data, "decisions") or [] if isinstance(d, dict)
        for r in d.get("corrections") or [] if isinstance(d.get("corrections"), list)]
    found += [(where, f) for where, r in rows if isinstance(r, dict) for f in files_named(r.get("file"))]
    return found


def _outside_exhibits(case: Case, where: str, evidence: dict, exhibits: dict) -> list[Finding]:
    """An error when an `evidence: {file, page}` names a file that is not one of the packet's exhibits."""
    if (case.folder / str(evidence["file"])).resolve() in exhibits:
        return []
    return [Finding("error", where, _("evidence file {file} is not one of the packet's exhibits").format(
        file=evidence["file"]))]


def _readiness_findings(case: Case) -> list[Finding]:
    """What `build` would refuse about the evidence files and the user's letter.docx, found without converting."""
    sources = [("exhibits", e.path) for e in case.exhibits]
    if case.letter_path.is_file():
        sources.append((case.letter_path.name, case.letter_path))
    if not sources:
        return []  # and the PDF and image libraries stay unloaded (tests/test_lazy.py)
    from appeal_kit.errors import InputFileError
    from appeal_kit.files import scratch
    from appeal_kit.packet import convert, tracked

    findings = []
    with scratch("check") as tmp:
        for key, path in sources:
            try:
                convert.check_ready(path, Path(tmp))
                office = convert.kind_of(path) == "office"
                changes = tracked.count_changes(path, convert.real_type(path)) if office else 0
            except InputFileError as exc:
                findings.append(Finding("error", key, exc.message, exit_code=int(exc.exit_code)))
                continue
            if changes:
                findings.append(Finding("warning", key, ngettext(
                    "{file} has {n} tracked change: the packet shows it with the change accepted (deleted text left "
                    "out, inserted text kept), as Word shows it with No Markup. If that is not what you mean, accept "
                    "or reject the change in Word or LibreOffice and save it.",
                    "{file} has {n} tracked changes: the packet shows it with every change accepted (deleted text "
                    "left out, inserted text kept), as Word shows it with No Markup. If that is not what you mean, "
                    "accept or reject the changes in Word or LibreOffice and save it.", changes).format(
                    file=_rel(case, path), n=changes)))
    return findings


def _rel(case: Case, path: Path) -> str:
    try:
        return Path(path).resolve().relative_to(case.folder.resolve()).as_posix()
    except ValueError:
        return str(path)


def _stale_letter_findings(case: Case) -> list[Finding]:
    from appeal_kit.letter import fingerprint

    changed = fingerprint.changes(case)
    if not changed:
        return []
    if fingerprint.unedited(case):
        return [Finding("note", case.letter_path.name, fingerprint.redraft_message(case, changed))]
    return [Finding("warning", case.letter_path.name, fingerprint.stale_message(case, changed))]


def _argument_findings(case: Case, template_dirs, today: date) -> list[Finding]:
    """A denial reason the letter's arguments do not answer (docs/domain.md, "Denial categories and what an appeal
    must show")."""
    from appeal_kit.letter import arguments

    return [Finding("warning", "claim.denial_category", said(problem))
            for problem in arguments.unanswered_phrases(case.data, extra_dirs=template_dirs, today=today)]


def _prescriber(case: Case) -> dict | None:
    from appeal_kit.letter import clinic, derived

    try:
        profile = clinic.load_clinic(case.folder)
    except CaseError:  # reported by _clinic_findings
        profile = None
    return derived.prescriber(case.data, clinic.with_signer(profile, case.get("author.name"),
                                                            case.get("author.provider")))


def _replaced_criterion_findings(case: Case) -> list[Finding]:
    """A payer_criteria row's `instead_of` names the plan's criterion it may replace: a number no other row carries
    ("2. ...") and the quoted policy never numbers would have the letter say it replaces a criterion the plan does not
    list (set 19's writer's tool gaps); one set on a criterion's own lettered alternative replaces nothing (set 65,
    case 05)."""
    from appeal_kit.letter import derived

    quote = " ".join(str(case.get("plan_policy.quote") or "").split())
    findings = [Finding("warning", "payer_criteria", _(
        "row {row}: instead_of is set on one of a criterion's own lettered alternatives (\"(a) ... or (b) ...\" in "
        "plan_policy.quote); that row meets its criterion and replaces no other. The letter already says any one "
        "alternative is enough; remove instead_of from the row").format(row=i))
        for i in derived.alternative_of_own_criterion(case.data)]
    for row in derived.criteria_instead(case.data):
        base = re.match(r"\d+(?:\.\d+)*", row["instead_of"])  # "3.2" of "3.2(a)"; a bare "(b)" is not judged
        if row["replaced"] or not base:
            continue
        number = re.escape(base.group())
        numbered = (rf"(?<![\w.]){number}(?![\w]|\.\d)" if "." in number else  # "3.2": a section, not a count
                    rf"(?<![\w.])\(?{number}(?:[.):]|\((?:[a-z]|[ivx]+)\))\s")  # "2." "2)" "(2)" "2(a)", not "2 days"
        if re.search(rf"{numbered}|\bcriteri(?:on|a)\s+(?:no\.\s*|number\s+)?{number}\b", quote, re.I) or \
                any(derived.criterion_number(r) == base.group() for r in case.get("payer_criteria") or []):
            continue
        findings.append(Finding("warning", "payer_criteria", _(
            "row {row}: instead_of: {number} names a criterion no other row is numbered with (\"{number}. ...\") and "
            "the quoted policy (plan_policy.quote) does not number; the letter would say this row replaces a "
            "criterion the plan does not list. Give instead_of the number the policy gives the criterion it "
            "replaces, or number that criterion's row as the policy does").format(row=row["row"],
                                                                                  number=row["instead_of"])))
    return findings


def _finding_findings(case: Case, today: date) -> list[Finding]:
    """The decision states a finding about the patient (a condition, a contraindication, a score) that nothing in the
    case answers: the letter cannot say the records contradict it until claim.corrections says what they show
    (letters set 83, case 08: "bipolar disorder with a recent manic episode", ruled out in the records)."""
    from appeal_kit.letter import arguments

    return [Finding("warning", "claim.corrections", _(
        "the denial states “{said}”, and nothing in the case answers it. If the records show otherwise, add it to "
        "claim.corrections (said: those words; record: what the records show; file and page: where) and the letter "
        "will correct it with its source").format(said=said.rstrip(".")))
        for said in arguments.findings_unanswered(case.data, today)]


def _criteria_findings(case: Case, template_dirs, today: date) -> list[Finding]:
    """Without the plan's own criteria, a letter answers the criteria published for the treatment
    (letter_templates/published_criteria.yaml), each only from what the case records: name the criteria the case
    cannot answer yet, and the field that would."""
    from appeal_kit.errors import TemplateError
    from appeal_kit.letter import arguments, criteria, derived, facts, render

    if case.letter_path.is_file():
        return []
    try:
        template = render.template_for_case(case, template_dirs)[0]
    except TemplateError:
        return []  # reported by _template_findings
    if not template.criteria:
        return []
    # The same prescriber the letter is drafted with (render.build_context), so check and letter agree on the rows.
    published = criteria.published_criteria(case.data, arguments.indication(case.data, template.indication),
                                            prescriber=_prescriber(case), today=today)
    # criteria are met only where the denial judges the care (medical necessity, its level, a step); an exclusion's
    # words (what "experimental" means, tests joined by "or") say what the plan leaves out, and the letter answers
    # them by showing the care falls outside, never by rows to meet (set 14's writer, case 03)
    judged = {"medical_necessity", "step_therapy", "level_of_care"} & set(arguments.denial_reasons(case.data))
    # a denial for an authorization the plan never decided or did not require is answered by its dates and terms,
    # never by criteria: nothing to ask for (letters set 55, case 07: "the criteria published for IV ketamine for
    # depression" asked of an extension request the plan never decided)
    if set(arguments.denial_reasons(case.data)) == {"prior_authorization"} and (
            case.get("prior_auth.never_decided") is True or case.get("prior_auth.required") is False):
        return []
    named = facts.criteria_named_in(case.data) if judged else []
    licensed = derived.licensed_criteria(case.data)
    if named and licensed and is_blank(case.get("payer_criteria")):
        # MCG or InterQual: licensed, not published, so "copy the plan's criteria" is advice a member cannot follow
        # (set 14, case 08); the member may ask the plan for them
        return [Finding("note", "payer_criteria", _(
            "the denial applies {names}, criteria the plan licenses and does not publish, so there is nothing to "
            "copy into payer_criteria yet: ask the plan to send the criteria it used, which the appeal rules let a "
            "member have free of charge. When they come, copy each into payer_criteria (criterion, how_met, met, "
            "evidence) so a later letter answers them one by one").format(names=said_list(licensed)))]
    if not published:
        # no criteria are published for this treatment (maintenance ECT): the plan's own criterion, quoted, is
        # answered only from payer_criteria; without it the letter quotes the criterion and never says it is met
        # (set 7's review, letter 04: BH-ECT-04 2(c) was met in the records and the letter did not say so)
        if named and is_blank(case.get("payer_criteria")):
            return [Finding("warning", "payer_criteria", _(
                "{fields} name criteria or a policy the decision applied, but payer_criteria is empty, so the letter "
                "quotes them without saying how each is met. Copy each of those criteria into payer_criteria "
                "(criterion, how_met, met, evidence) so the letter answers them one by one").format(
                    fields=f" {_('and')} ".join(named)))]
        return []
    if not published["missing"] and not named:
        return []
    # the criteria, their titles and the fields are bundled data in English, extracted for the catalog (babel.cfg)
    gaps = "; ".join(f"“{said(m['criterion'])}” ({said(m['field'])})" for m in published["missing"])
    if named:  # the plan stated its criteria: the letter must answer those, not the published ones
        return [Finding("warning", "payer_criteria", _(
            "{fields} name criteria or a policy the decision applied, but payer_criteria is empty, so the letter "
            "answers the criteria published for {title} instead{gaps}. Copy each of those criteria into payer_criteria "
            "(criterion, how_met, met, evidence) so the letter answers them one by one").format(
                fields=f" {_('and')} ".join(named), title=said(published["title"]),
                gaps=_("; of those it leaves out what the case does not show: {gaps}").format(gaps=gaps) if gaps
                else ""))]
    return [Finding("warning", "payer_criteria", _("the plan's own criteria are not in case.yaml, so the letter "
                                                   "answers those published for {title}; it leaves out what the case "
                                                   "does not show: {gaps}. Fill in those fields, or copy the plan's "
                                                   "criteria into payer_criteria").format(
        title=said(published["title"]), gaps=gaps))]


# how an enclosed physician's letter is usually titled or named
# a treating clinician's letter by its title or file name: "psychiatrist-letter-2026-12-03.txt", "Letter from the
# pediatrician" (letters set 57, cases 01 and 02), "carta de necesidad médica"
_PHYSICIAN_LETTER = re.compile(r"medical[ _-]necessity|necesidad m[eé]dica|\bLMN\b|letter[ _-](?:from|by)[ _-]"
                               r"(?:dr|the[ _-](?:treating[ _-])?(?:physician|psychiatrist|pediatrician|doctor))"
                               r"|(?:physician|psychiatrist|pediatrician|doctor|prescriber)'?s?[ _-]"
                               r"(?:letter|statement)|carta del? (?:m[eé]dic[oa]|psiquiatra)", re.I)


_CLINICIAN_ROLE = re.compile(r"\b(?:MD|DO|physician|psychiatrist|doctor|anesthesiologist|nurse practitioner|"
                            r"PMHNP|NP|treating (?:clinician|provider))\b|^\s*dr\.?\s", re.I)


# What the case's own words say about the plan, against claim.plan_type: a near plan type cites the wrong law (a
# separate CHIP set to medicaid cites Medicaid's rules; a church or government plan set to employer_erisa cites ERISA).
_PLAN_WORDS = (("chip", re.compile(r"\bCHIP\b|Children'?s Health Insurance Program"), ("medicaid",)),
               # TRICARE under a near plan type would send the family to a state insurance department, ERISA or FEHB
               ("tricare", re.compile(r"\bTRICARE\b|\bCHAMPUS\b", re.I),
                ("unknown", "fehb", "employer_erisa", "governmental", "individual_aca")),
               ("church", re.compile(r"\bchurch plan\b", re.I), ("employer_erisa", "unknown")),
               ("governmental", re.compile(r"\bgovernmental plan\b|\b(?:state|public|county|city|municipal) "
                                           r"employees?'?(?= )", re.I),
                ("employer_erisa", "unknown")),
               # a short-term policy under a near plan type would cite the ACA's or ERISA's appeal rules, which do not
               # reach it (45 CFR 144.103)
               ("short_term", re.compile(r"\bshort[- ]term (?:limited[- ]duration|medical|health|plan|policy|"
                                         r"insurance|coverage)\b|\bSTLDI\b|\blimited[- ]duration (?:insurance|"
                                         r"coverage|plan|policy)\b", re.I),
                ("unknown", "individual_aca", "employer_erisa")))


def _plan_type_hint(case: Case) -> str | None:
    """A warning when the insurer's name or the denial names a plan type that claim.plan_type is not. A denial for
    coordination of benefits names the other payer ("Our records show TRICARE coverage"), never this plan: its words
    are not read (letters set 47, case 04: an FEHB member told to set claim.plan_type: tricare)."""
    from appeal_kit.letter import arguments

    plan = str(case.get("claim.plan_type") or "unknown")
    other_payer = "coordination_of_benefits" in arguments.denial_reasons(case.data)
    said = " ".join(str(case.get(k) or "") for k in ("insurer.name", "claim.denial_reason", "plan_policy.name")
                    if not (other_payer and k == "claim.denial_reason"))
    for kind, words, near in _PLAN_WORDS:
        found = words.search(said) if plan in near else None
        if found:
            return _("the case names a {kind} plan ({words}) but claim.plan_type is {plan}; set claim.plan_type: "
                     "{kind} so the letter cites the rules that govern it, if that is what it is").format(
                kind=kind, words=repr(found.group(0)), plan=plan)
    if plan == "medicare_advantage" and not integrated(case.data):
        from appeal_kit.intake.extract import INTEGRATED_WORDS  # intake's 86 patterns: only for these cases

        said += " " + str(case.get("claim.deadline_basis") or "")
        found = INTEGRATED_WORDS.search(said)  # its notice's own words (intake.extract)
        if found:
            message = _("the case names an integrated dual-eligible plan ({words}) but claim.integrated is not set; "
                        "if the notice offers one integrated appeal for Medicare and Medicaid, set claim.integrated: "
                        "true so the letter and the deadline follow the integrated appeal rules")
            return message.format(words=repr(found.group(0)))
    return None


# Templates whose whole request is something only a plan has: a network gap exception, a peer-to-peer call with the
# plan's reviewer. Original Medicare has neither (its redetermination and reconsideration are decided on the record).
NO_ORIGINAL_MEDICARE = frozenset({"out-of-network-gap-exception", "peer-to-peer-request"})


def _letter_findings(case: Case, template_dirs, today: date) -> list[Finding]:
    """What the letter would otherwise get wrong or leave out: no plan type (so no law cited), no address or fax,
    a call asked for without a number, an author writing for the patient without an authorization, a signer the
    clinic profile does not know, a letter for a route the plan does not have, and trials that cannot be counted."""
    from appeal_kit import directory
    from appeal_kit.intake.deadlines import FIRST_LEVEL_IS_THE_STATE, RULES, at_next_level, later_level, level_of_case
    from appeal_kit.letter import arguments, clinic, derived
    from appeal_kit.rules import FEE_FOR_SERVICE, Citations, delivery, route

    findings: list[Finding] = []
    warn = lambda field, message: findings.append(Finding("warning", field, message))  # noqa: E731
    from appeal_kit.errors import TemplateError
    from appeal_kit.letter import render

    plan = case.get("claim.plan_type")
    template = case.template
    try:  # what the letter is comes from its sidecar (render.TemplateInfo), a clinic's own template's too
        info = render.template_for_case(case, template_dirs)[0]
        template = info.name
    except TemplateError:  # reported by _template_findings
        info = render.TemplateInfo(template, template, "", "", [], [], Path(template))
    clinician_signed = info.signed_by == "clinician"
    if plan in (None, "", "unknown"):
        warn("claim.plan_type", _("plan type unknown: the letter cites no law; set claim.plan_type if the card, "
                                  "the notice or the plan booklet says which it is (employer_erisa, individual_aca, "
                                  "medicare_advantage, medicare, medicare_part_d, medicaid, fehb, chip, governmental "
                                  "for a state or local government employer's plan, church for a church plan outside "
                                  "ERISA, tricare for TRICARE, short_term for short-term limited-duration "
                                  "insurance); if none fits, leave it unknown rather than choose a near one"))
    if case.get("claim.integrated") not in (None, "", False) and plan != "medicare_advantage":
        warn("claim.integrated", _("claim.integrated is only for a Medicare Advantage plan (a D-SNP) whose notice "
                                   "offers an integrated appeal; with claim.plan_type {plan} it changes nothing: "
                                   "remove it, or set claim.plan_type: medicare_advantage if that is what the plan "
                                   "is").format(plan=plan or "unknown"))
    hint = _plan_type_hint(case)
    if hint:
        warn("claim.plan_type", hint)
    fda_action = case.get("treatment.fda.action")
    if not is_blank(fda_action) and str(fda_action).strip().lower() not in derived.FDA_ACTIONS:
        warn("treatment.fda.action", _(
            "{value!r} is not an FDA action the letter can state: use approved (a drug), cleared (a device cleared "
            "through a 510(k)) or de_novo (a new kind of device granted marketing authorization through the De Novo "
            "classification); until then the letter leaves the FDA's action out").format(value=str(fda_action)))
    if plan in FEE_FOR_SERVICE and delivery(case.data) is None:
        warn("claim.delivery", _("say how this {plan} coverage is given: claim.delivery: managed_care (through a "
                                 "plan: the plan's own appeal comes first, then the state) or fee_for_service (the "
                                 "state pays the care itself: no plan appeal; the notice is answered by asking the "
                                 "state directly, within the time it gives). Until it says, the letter cites the "
                                 "managed-care rules").format(plan=_(RULES[plan].label)))
    plan = route(case.data)  # the rules, levels and clocks follow the route (a fee-for-service program's own)
    if plan in ("medicaid", "medicaid_fee_for_service") and str(case.get("claim.action") or "").lower() in (
            "end", "reduce", "suspend") and derived.service_status(case.data, today) != "post":
        # care already given is cut: keeping it depends on when the appeal goes in (care that is over, a stay already
        # ended, has nothing left to keep: letters set 18's writer, case 03)
        from appeal_kit.intake.deadlines import continuation_for_case

        # past the plan's own appeal, the window runs from the plan's decision on it
        findings.append(Finding("note", "claim.action", continuation_for_case(case.data, plan)))
    set_aside = arguments.category_set_aside(case.data)
    if set_aside and case.get("claim.denial_reasons"):
        warn("claim.denial_reasons", _(
            "claim.denial_reasons lists {reasons}, not {category}, so the letter answers only those; add {category} "
            "to the list if the denial rests on it too").format(
                reasons=said_list([_reason_words(r) for r in arguments.denial_reasons(case.data)]),
                category=_reason_words(set_aside)))
    elif set_aside:
        reasons = arguments.denial_reasons(case.data)
        if set(reasons) & set(DENIAL_CATEGORIES):
            advice = _("set claim.denial_category to the reason the denial really rests on (or list them in "
                       "claim.denial_reasons)")
        else:  # no category names a tiering or formulary exception: only the list can say it (set 20, case 04)
            advice = _("no denial category fits, so list the reasons in claim.denial_reasons: [{names}]").format(
                names=", ".join(reasons))
        warn("claim.denial_category", _(
            "the denial's own words give {reasons}, not {category}, so the letter answers those; {advice}").format(
                reasons=said_list([_reason_words(r) for r in reasons]), category=_reason_words(set_aside),
                advice=advice))
    if case.is_request:
        pass  # a request goes where the plan's prior-authorization instructions say, not to its appeals address
    elif not case.get("insurer.appeals_address"):
        warn("insurer.appeals_address", _("no appeals mailing address; copy it from the denial notice so the "
                                          "letter and the envelope show where the appeal goes"))
    if not case.get("insurer.fax"):
        warn("insurer.fax", _("no appeals fax number; the notice usually gives one, and a fax with its "
                              "confirmation sheet is the quickest proof of filing"))
    try:
        profile = clinic.load_clinic(case.folder)
    except CaseError:  # a broken clinic.yaml is reported when the letter is rendered
        profile = None
    clinic_phone = (profile or {}).get("phone") if clinician_signed else None
    if info.phone_call and not (clinic.sender_details(case.data, None)["phone"] or clinic_phone):
        warn("author.phone", (_("the {template} letter asks for a telephone call but has no number to call; add "
                                 "author.phone or a phone to clinic.yaml") if clinic_phone is not None else
                              _("the {template} letter asks for a telephone call but has no number to call; add "
                                "author.phone")).format(template=template))
    # someone writing for the patient is who the plan answers: the letter's sender block needs their address (letters
    # set 85, case 02: the wife's redetermination signed under her name alone, her address only on the CMS-1696)
    if derived.writes_for_someone_else(case.data) and case.get("author.name") \
            and not clinic.sender_details(case.data, profile)["address"]:
        warn("author.address", _("the letter gives no address for {author}, who writes for {patient}: the plan sends "
                                 "its decision and any request for more to the author, so add author.address (and "
                                 "author.phone), as the authorization form gives them").format(
                                     author=case.get("author.name"), patient=case.get("patient.name")))
    # a parent of a minor is the minor's representative without a signed authorization; a treating physician files
    # with the patient's written consent (letter.derived.author_standing)
    standing = derived.author_standing(case.data, today)
    if derived.writes_for_someone_else(case.data) and not clinician_signed and standing["needs_authorization"]:
        form = derived.authorization_form(plan)
        if not case.get("author.authorization") and standing["kind"] == "clinician" and standing["physician"]:
            warn("author.authorization", _("{author} files for {patient} as the treating physician: enclose the "
                                           "patient's written consent to this appeal as an exhibit and name its "
                                           "file in author.authorization").format(
                                               author=case.get("author.name"), patient=case.get("patient.name")))
        elif not case.get("author.authorization") and standing["kind"] == "clinician":
            warn("author.authorization", _("{author} files for {patient} as the patient's {role}: enclose the "
                                           "patient's written consent to this appeal ({form}) as an exhibit and name "
                                           "its file in author.authorization").format(
                                               author=case.get("author.name"), patient=case.get("patient.name"),
                                               role=standing["as"], form=_(form)))
        elif not case.get("author.authorization"):
            warn("author.authorization", _("{author} writes for {patient}: enclose the patient's signed "
                                           "authorization ({form}) as an exhibit and name its file in "
                                           "author.authorization, or the plan may refuse to deal with you").format(
                                               author=case.get("author.name"), patient=case.get("patient.name"),
                                               form=_(form)))
        elif (case.folder / str(case.get("author.authorization"))).resolve() not in {e.path for e in case.exhibits}:
            findings.append(Finding("error", "author.authorization", _("{file} is not one of the packet's "
                                                                       "exhibits").format(
                                                                           file=case.get("author.authorization"))))
    # a provider appealing its own payment under a Medicare Advantage plan is a party to the reconsideration, if not
    # contracted with the plan, only as the member's assignee: with its signed waiver of liability (42 CFR
    # 422.574(b); letters set 92, case 03: the remittance asked for it, the letter never named it)
    waiver = case.get("provider.waiver")
    if standing["kind"] == "provider" and plan == "medicare_advantage" and not waiver \
            and derived.service_status(case.data, today) != "pre":
        warn("provider.waiver", _("{party} appeals its own payment under a Medicare Advantage plan: a provider not "
                                  "contracted with the plan is a party to the reconsideration only with its signed "
                                  "waiver of liability, its promise to collect nothing from {patient} for these "
                                  "services whatever the outcome (42 CFR 422.574(b)), or the plan may dismiss the "
                                  "request; enclose it and name its file in provider.waiver").format(
                                      party=standing.get("party") or case.get("author.name"),
                                      patient=case.get("patient.name")))
    elif standing["kind"] == "provider" and waiver \
            and (case.folder / str(waiver)).resolve() not in {e.path for e in case.exhibits}:
        findings.append(Finding("error", "provider.waiver", _("{file} is not one of the packet's exhibits").format(
            file=waiver)))
    if clinician_signed and not (profile and profile.get("providers")) \
            and not derived.writes_for_someone_else(case.data):
        findings.append(Finding("error", "author.name", _(
            "the {template} letter is written and signed by the treating clinician, but author.name is the patient; "
            "set author.name (and author.role) to the clinician, or add the clinic's clinic.yaml with its "
            "providers").format(template=template)))
    if clinician_signed and profile and profile.get("providers"):
        who = case.get("author.provider") or case.get("author.name")
        if clinic.find_provider(profile, who) is None:
            names = ", ".join(p["name"] for p in profile["providers"])
            key = "author.provider" if case.get("author.provider") else "author.name"
            findings.append(Finding("error", key, _(
                "{who!r} is not one of the providers in {file} ({names}), so no one can sign the letter of medical "
                "necessity; set author.provider to one of them").format(who=who, file=profile["path"], names=names)))
    level = level_of_case(case.data)
    if info.route == "next level" and plan in RULES and not level.member_files:
        findings.append(Finding("error", "template", _(
            "for a {plan} the next level is {level}: {window}. There is nothing to request; send any new evidence to "
            "the plan while it still has the case").format(plan=_(RULES[plan].label), level=_(RULES[plan].next_level),
                                                          window=_(RULES[plan].next_window))))
    elif info.route == "next level" and level.judgment_only and not derived.medical_judgment(case.data):
        findings.append(Finding("error", "template", _(
            "{level} hears only denials that turn on medical judgment (medical necessity, appropriateness, "
            "effectiveness) or call a treatment experimental; this denial is not one (claim.denial_category), so ask "
            "the plan what further review it offers, or complain to the regulator (regulator-complaint)").format(
            level=_(RULES[plan].next_level) if plan in RULES else level.title)))
    if at_next_level(case.data, info.route) and Citations(plan).applies("external_review") \
            and not case.get("external_review.agency") and not directory.external_review(case.data):
        warn("external_review.agency", _("say who decides the external review (the state insurance department or "
                                         "the federal process, as the final denial names it) in "
                                         "external_review.agency and .address; the request does not go to the "
                                         "plan's internal appeals address"))
    if plan in FIRST_LEVEL_IS_THE_STATE and not case.get("external_review.agency"):
        warn("external_review.agency", _("fee-for-service has no plan appeal: the request goes to the state office the "
                                         "notice names (a fair hearing office, or the state's review); put its name in "
                                         "external_review.agency and its address in external_review.address"))
    if at_next_level(case.data, info.route) and level.addressee and plan != "medicare" \
            and plan not in FIRST_LEVEL_IS_THE_STATE and not case.get("external_review.agency"):
        # filed with whoever decides it, not through the plan (set 18, case 03: a fair hearing addressed to the plan
        # "to be forwarded" while the notice named the state agency)
        hint = directory.fair_hearing_line(case.data)
        warn("external_review.agency", _("{level} is asked of {decider}, not sent through the plan: put the name and "
                                         "address the plan's decision gives for it in external_review.agency and "
                                         "external_review.address; until then the letter is addressed to "
                                         "“{addressee}”").format(level=_(RULES[plan].next_level),
                                                                 decider=_(RULES[plan].next_decider),
                                                                 addressee=level.addressee)
             + (f". {hint.rstrip('.')}" if hint else ""))
    if at_next_level(case.data, info.route) and plan == "medicare" and not case.get("external_review.agency") \
            and not later_level(case.data):
        # filed with the QIC itself, not sent through the Medicare contractor (42 CFR 405.964(a); docs/domain.md);
        # after the QIC's own decision the request is the ALJ hearing's, never a reconsideration (letters set 33, 05)
        warn("external_review.agency", _("a reconsideration is filed with the Qualified Independent Contractor the "
                                         "redetermination notice names: put its name in external_review.agency and "
                                         "its address in external_review.address (insurer: stays the Medicare "
                                         "contractor that decided the redetermination)"))
    if info.expedited and plan in RULES and not Citations(plan).applies("urgent_decision") \
            and not case.get("plan_policy.urgent_review"):
        # the plan's own terms may promise what no rule of its type does (set 15, case 02: an FEHB carrier's notice)
        warn("plan_policy.urgent_review", _("no rule gives a {plan} a 72-hour appeal for this kind of claim, so the "
                                            "expedited letter asks for a prompt decision without promising one; if "
                                            "the plan's notice or brochure promises a decision time for an urgent "
                                            "claim, quote its words in plan_policy.urgent_review and the letter asks "
                                            "for it under them").format(plan=_(RULES[plan].label)))
    if plan == "medicare" and template in NO_ORIGINAL_MEDICARE:
        findings.append(Finding("error", "template", _(
            "Original Medicare has no plan: no network, no plan terms and no peer-to-peer review, so the {template} "
            "letter does not fit; appeal with medical-necessity (a redetermination), or external-review-request for a "
            "reconsideration by the Qualified Independent Contractor").format(template=template)))
    if info.route == "regulator" and not derived.regulator(case.data):
        findings.append(Finding("error", "regulator.name", _("the complaint has no addressee: set claim.plan_type "
                                                             "(each plan type has its regulator) or regulator.name "
                                                             "and regulator.address")))
    # the addressee the directory gives (letter_templates/directory/): no address there, or checked over a year ago
    for field, message in directory.warnings(case.data, route="next level" if at_next_level(case.data, info.route)
                                             else info.route):
        warn(field, message)
    # cc: the copies the case lists, each with a name and address; the ones that can help, when it lists none
    listed, problems = directory.copies(case.data)
    for field, message in problems:
        warn(field, message)
    # the letter tells the patient's health (diagnoses, treatments, scores): a copy to the benefits office hands it
    # to the patient's employer, so it goes only with the patient's agreement (letters set 55, case 07: the letter,
    # its diagnosis and MADRS scores, copied to the employer's HR office)
    for copy in listed:
        if copy.party == "employer":
            warn(copy.where, _("this copy gives the patient's employer the letter with the patient's diagnoses, "
                               "treatments and scores: keep it only if the patient agrees, or write that office a "
                               "short letter of your own without the clinical details"))
    suggested = directory.suggested_copies(case.data, info.route)
    if suggested:
        findings.append(Finding("note", "copies", _("copies of the letter can help here: add `copies: [{parties}]` "
                                                    "to case.yaml for a cc: line, and build --copies writes each copy "
                                                    "with its cover letter (docs/sending.md)").format(
            parties=", ".join(suggested))
            + (_("; a copy to the employer carries the patient's health information, so only with the patient's "
                 "agreement") if "employer" in suggested else "")))
    # a request with no date of service yet (a daily drug asked for) is all still to come (letters set 58, case 07)
    if info.expedited and derived.service_status(case.data, today) == "post":
        warn("claim.pending_services", _("every service was already given, so there is no care an expedited appeal "
                                         "could speed up; use the standard appeal (template medical-necessity), or "
                                         "list the sessions still to come in claim.pending_services"))
    notice = case.get("claim.notice_date")
    if notice and notice > today.isoformat():
        warn("claim.notice_date", _("the notice date ({date}) is after today, the letter's date; check the "
                                    "date").format(date=notice))
    # The letter of medical necessity is the treating clinician's word: not missing when they sign the appeal itself.
    clinician_signs = clinician_signed or clinic.find_provider(profile, case.get("author.provider")
                                                               or case.get("author.name")) is not None \
        or bool(_CLINICIAN_ROLE.search(f"{case.get('author.role') or ''} {case.get('author.name') or ''}"))
    if not clinician_signs and "medical_necessity" in arguments.denial_reasons(case.data) \
            and not any(_PHYSICIAN_LETTER.search(f"{e.title} {e.path.name}") for e in case.exhibits):
        warn("exhibits", _("no letter of medical necessity from the treating physician is enclosed; reviewers "
                           "weigh it heavily (the letter-of-medical-necessity template drafts one for the physician "
                           "to sign)"))
    rows = arguments.counted_history(case.data, today)
    for i, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            continue
        where = f"clinical.history item {i} ({row.get('drug') or _('no drug named')})"
        # words with no value in a row written {drug: ..., outcome: partial response, then relapse}: the comma ended
        # the outcome, and the letter prints it cut (letters set 74, case 07: "partial response", the relapse lost)
        for key in [k for k, v in row.items() if isinstance(k, str) and " " in k.strip() and v is None]:
            warn(where, _("has “{key}” with no value: in a row written {{...}} a comma ends the value before it, so "
                          "these words were cut from it; put that value in quotes").format(key=key))
        # a row never counted as a failed trial needs no fixing of its dates or sessions: a `kind: other` row that
        # says nothing of how it went (a sleep dose, a drug for another illness: letters set 56, case 06), a therapy
        # course under way or of some benefit, a treatment still taken that has not failed (set 55, case 04)
        never_counted = (arguments.marked_other_unjudged(row) or arguments.therapy_course_not_failed(row)
                         or arguments.still_taken(row) and not arguments.failed_while_taken(row))
        reason = None if never_counted else arguments.uncountable_phrase(row)
        if reason:
            warn(where, _("cannot be counted as an adequate trial: {reason}").format(reason=said(reason)))
        contradiction = _duration_contradiction(row)
        if contradiction:
            warn(where, contradiction)
    stated = _stated_trial_count(str(case.get("treatment.summary") or ""))
    summary = arguments.case_trials(case.data, today)
    # a rule that counts augmentation as a medication trial counts those rows too (set 11, case 02)
    counted = summary["medication"] + (summary["augmentation"] if derived.augmentation_rule(case.data) else 0)
    # a summary counting more trials by the plan's own, wider words is not at odds with the letter, which answers
    # those words as written (letters set 89, cases 01 and 06)
    wider = stated is not None and stated > counted and arguments.plan_counts_more_trials(case.data)
    # nor is one counting an antidepressant still taken on an inadequate response, which the letter too counts
    # among the trials "without an adequate response" (letters set 93, case 05: desvenlafaxine, a partial response)
    unresponsive = summary["unresponsive_medication"] + (counted - summary["medication"])
    if stated is not None and rows and stated not in (counted, unresponsive) and not wider:
        warn("treatment.summary", _("says {stated} adequate medication trials, but clinical.history gives "
                                    "{counted} by the letter's rule; make them agree, the reviewer will compare "
                                    "them").format(stated=stated, counted=counted))
    return findings


# a number of weeks, whole or with a decimal ("about 2.5 weeks" is 2.5, never 5: letters set 22, case 04)
_WEEKS = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)\s*(?:-|\s)?weeks?\b", re.I)
# weeks counted from the trial's end ("relapsed 10 weeks after ECT ended", "within 10 weeks of stopping") measure
# what came after it, not the trial (letters set 89, case 04); "12 weeks after starting" is still the trial
_WEEKS_AFTER_END = re.compile(r"\s+(?:after|following|of)\s+(?!(?:starting|start|beginning|initiation|it started)\b)"
                              r"(?:\w+\s+){0,2}(?:ended|ending|stopping|stopped|finishing|finished|the last|"
                              r"discontinu\w*|completion|the course)\b|\s+later\b", re.I)
_COUNT = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:adequate |failed )*"
                    r"(?:medication|antidepressant|drug) trials\b", re.I)


def _duration_contradiction(row: dict) -> str | None:
    """A row whose outcome or dose mentions more weeks than its own dates allow ("no response after 12 weeks"
    over a 6-week trial)."""
    from appeal_kit.letter import arguments

    span = arguments.trial_weeks(row)
    if span is None:
        return None
    stated = arguments.stated_weeks(row)  # the row's own `weeks:` is held to its dates too
    for text in (row.get("outcome"), row.get("dose"), f"{stated:g} weeks" if stated else None):
        for m in _WEEKS.finditer(str(text or "")):
            if float(m.group(1)) > span[1] + 1 and not _WEEKS_AFTER_END.match(str(text), m.end()):
                return _("mentions {said} but its dates ({start} to {end}) span at most {weeks} weeks; correct the "
                         "dates or the text").format(said=m.group(0), start=row.get("start"), end=row.get("end"),
                                                     weeks=f"{span[1]:.0f}")
    return None


def _stated_trial_count(text: str) -> int | None:
    from appeal_kit.letter.wording import WORDS

    m = _COUNT.search(text)
    if not m:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else WORDS.index(word)


def _literature_findings(case: Case) -> list[Finding]:
    """literature: entries that cannot be used, and enclosed copies that are not among the packet's exhibits."""
    from appeal_kit.letter import cite

    try:
        refs = cite.case_references(case.data, case.folder)
    except CaseError as exc:
        return [Finding("error", "literature", exc.message)]
    exhibits = {e.path for e in case.exhibits}
    return [Finding("error", "literature", _("{key}: {file} is not one of the packet's exhibits; add it to "
                                             "exhibits: so the letter can point to it").format(
        key=ref.key, file=ref.file.name)) for ref in refs if ref.file and ref.file not in exhibits]


# ---------------------------------------------------------------------------------------------- billing codes

def _npi_findings(case: Case) -> list[Finding]:
    """provider.npi with a wrong length or check digit: the letter and the superbill print it, and a plan matches
    the provider by it."""
    from appeal_kit.letter.superbill import npi_problem

    npi = case.get("provider.npi")
    problem = npi_problem(str(npi)) if npi else None
    return [Finding("warning", "provider.npi", problem.split(": ", 1)[1])] if problem else []


def check_codes(case_data: dict, today: date | None = None) -> list[Finding]:
    """Validate claim.diagnosis_codes and claim.procedure_codes of a case (plain dict, as Case.data).

    Returns findings (errors first, then warnings); an empty list means the codes look right.
    Errors: not an ICD-10-CM code, ICD-10-CM code not billable (names the billable subcodes), CPT/HCPCS of
    the wrong shape, a retired code on a service date after its retirement.
    Warnings: codes that are valid but should be written differently, a code used before it took effect,
    a retired code with no service dates to compare against, J3490 reminders, Medicare-only codes on other
    plans. `today`: check's day, by which care is given or still to come (default the real date).
    """
    claim = case_data.get("claim") or {}
    if not isinstance(claim, dict):
        return []
    findings: list[Finding] = []
    findings += _check_diagnoses(as_list(claim.get("diagnosis_codes")))
    service_dates = parse_dates(as_list(claim.get("service_dates")))
    fix = case_data.get("corrected_claim")
    lines = fix.get("lines") if isinstance(fix, dict) else None
    # a coding denial answered with a corrected claim: the codes as billed were wrong, and the case says so
    corrected = {str(line.get("code") or "").strip().upper() for line in lines if isinstance(line, dict)} \
        if claim.get("coding_correct") is False and isinstance(lines, list) else None
    from appeal_kit.letter.derived import given_dates, modifier_25

    # before any care is given there is no claim to carry the NDC (a request, or every date of service still to
    # come): no J3490 reminder; with no dates at all the reminder stays
    before_care = is_request(case_data) or bool(service_dates) and not given_dates(case_data, today or clock.today())
    findings += [Finding("error", "claim.revenue_codes", _(
        "{code} is not a revenue code (four digits like 0114, from 0100 to 0999 or in 1000-1009, 2100-2109 or "
        "3100-3109, as the hospital's claim form gives them)").format(code=code), code)
        for code in as_list(claim.get("revenue_codes")) if not REVENUE_RE.match(str(code).strip())]
    findings += _check_procedures(as_list(claim.get("procedure_codes")), service_dates,
                                  str(claim.get("plan_type") or ""),
                                  ndc_recorded=ndc_recorded(case_data) or before_care,
                                  corrected=corrected)
    # a visit billed with modifier 25 is paid as separately identifiable: the letter argues it only from the record
    # (set 8, case 07: the 99214 visit's own documentation was never said)

    for i, line in enumerate(lines if isinstance(lines, list) else [], start=1):
        if isinstance(line, dict) and modifier_25(line) and is_blank(line.get("documented")):
            findings.append(Finding("note", f"corrected_claim.lines row {i}", _(
                "{code} bills modifier 25, a visit separately identifiable from the other service that day: add "
                "`documented:` (what the visit's record shows, in a phrase) and `evidence: {{file, page}}` (the "
                "record) to this line, so the letter can show it").format(code=line.get("code"))))
    return sorted(findings, key=lambda f: f.level != "error")


# the side and the limb a diagnosis code's description names, and the same words in the case's own text
_SIDES = re.compile(r"\b(left|right)\b", re.I)
_LIMBS = re.compile(r"\b(upper|lower) (?:limb|extremity|extremities)\b|\b(arm|hand|wrist|elbow|shoulder|leg|foot|"
                    r"ankle|knee|hip)s?\b", re.I)
_LIMB_OF = {"arm": "upper", "hand": "upper", "wrist": "upper", "elbow": "upper", "shoulder": "upper",
            "leg": "lower", "foot": "lower", "ankle": "lower", "knee": "lower", "hip": "lower"}


def _site(text: str) -> tuple[set[str], set[str]]:
    """The sides (left, right) and limbs (upper, lower) a text names."""
    sides = {m.group(1).lower() for m in _SIDES.finditer(text)}
    limbs = {(m.group(1) or _LIMB_OF[m.group(2).lower()]).lower() for m in _LIMBS.finditer(text)}
    return sides, limbs


def _site_words(sides: set[str], limbs: set[str]) -> str:
    """"left upper limb", "right side", "lower limb" in the person's language."""
    side = {"left": _("left"), "right": _("right")}
    limb = {"upper": _("upper limb"), "lower": _("lower limb")}
    said_side = " / ".join(side[s] for s in sorted(sides))
    said_limb = " / ".join(limb[x] for x in sorted(limbs))
    if said_side and said_limb:
        return _("{side} {limb}").format(side=said_side, limb=said_limb)
    return said_limb or _("{side} side").format(side=said_side)


def _site_findings(case: Case) -> list[Finding]:
    """A diagnosis code whose description names a side or limb that the case's own words beside the code contradict
    (set 16, case 07: G90.512, "left upper limb", typed for "CRPS I right lower limb (G90.512)"): a warning naming
    both, read from each line of case.yaml's text and of the case's text documents that writes the code, and from
    treatment.name and treatment.summary (PDFs are not opened, so check stays quick)."""
    from appeal_kit.intake.codes import describe_code

    codes = [str(c).strip().upper() for c in as_list(get_path(case.data, "claim.diagnosis_codes"))]
    described = {c: d for c in codes if (d := describe_code(c, kind="diagnosis")) and any(_site(d))}
    if not described:
        return []
    texts: list[tuple[str, str]] = [(f, str(v)) for f in ("treatment.name", "treatment.summary")
                                    if not is_blank(v := get_path(case.data, f))]
    texts += [("case.yaml", line) for value in strings_in({k: v for k, v in case.data.items() if k != "exhibits"})
              for line in str(value).splitlines()]
    for e in case.exhibits:
        if e.path.suffix.lower() in (".txt", ".md", ".text"):
            try:
                texts += [(_rel(case, e.path), line) for line in e.path.read_text(errors="replace").splitlines()]
            except OSError:
                continue
    findings: list[Finding] = []
    for code, description in described.items():
        sides, limbs = _site(description)
        for where, line in texts:
            if not where.startswith("treatment.") and code not in line.upper():
                continue
            words = line.replace(description, "")
            said_sides, said_limbs = _site(words)
            wrong_side = sides and said_sides and not sides & said_sides
            wrong_limb = limbs and said_limbs and not limbs & said_limbs
            if wrong_side or wrong_limb:
                # the site in words, never the diagnosis: `check` lists the descriptions apart, on stdout
                findings.append(Finding("warning", "claim.diagnosis_codes", _(
                    "{code} is the code for the {coded}, but {where} names the {written} beside it: check the code "
                    "against the diagnosis in the records and correct claim.diagnosis_codes or the record"
                    ).format(code=code, coded=_site_words(sides, limbs), where=where,
                             written=_site_words(said_sides, said_limbs)), code))
                break
    return findings


_NDC = re.compile(r"\bNDC\b|\b\d{4,5}-\d{3,4}-\d{1,2}\b", re.I)


def ndc_recorded(case_data: dict) -> bool:
    """The case records the NDC and the quantity of the drug billed under J3490: a corrected claim line with
    `ndc` and `ndc_quantity` (or units), or a service line whose description gives the NDC and which has units."""
    lines = [*((case_data.get("corrected_claim") or {}).get("lines") or []), *(case_data.get("service_lines") or [])]
    for line in lines:
        if not isinstance(line, dict) or not str(line.get("code") or "").upper().startswith("J3490"):
            continue
        has_ndc = bool(line.get("ndc")) or bool(_NDC.search(str(line.get("description") or "")))
        if has_ndc and (line.get("ndc_quantity") or line.get("units")):
            return True
    return False


def _check_diagnoses(codes: list[str]) -> list[Finding]:
    fld = "claim.diagnosis_codes"
    out: list[Finding] = []
    if not codes:
        return out
    try:
        icd_index()
    except ImportError:
        return [Finding("warning", fld, _("ICD-10-CM codes were not checked: the simple-icd-10-cm package is not "
                                          "installed (pip install simple-icd-10-cm)."))]
    for raw in codes:
        info = icd_info(raw)
        if not info.valid:
            out.append(Finding("error", fld, _("{code} is not an ICD-10-CM code. Check it against the diagnosis on "
                                               "the clinical notes or the claim (format like F33.2).").format(code=raw),
                               raw))
            continue
        if not info.billable:
            kids = ", ".join(info.billable_children[:8])
            more = _(" and {n} more").format(n=len(info.billable_children) - 8) if len(info.billable_children) > 8 \
                else ""
            # Findings are messages, and messages name codes and fields, never diagnoses in words:
            # `check` lists the descriptions separately, on stdout.
            out.append(Finding("error", fld, _("{code} is a heading, not a billable code: it needs more characters. "
                                               "Use one of: {codes}{more}.").format(code=info.code, codes=kids,
                                                                                   more=more), raw))
            continue
        if raw.strip().upper() != info.code:
            out.append(Finding("warning", fld, _("{code} is valid but is usually written {usual}.").format(
                code=raw, usual=info.code), raw))
    return out


def _check_procedures(codes: list[str], service_dates: list[date], plan_type: str, *,
                      ndc_recorded: bool = False, corrected: set[str] | None = None) -> list[Finding]:
    """`corrected`: the codes of the case's corrected claim when the case says the claim as billed was wrong
    (claim.coding_correct: false), so a retired code billed by mistake is the error being corrected, not one to fix."""
    fld = "claim.procedure_codes"
    out: list[Finding] = []
    for raw in codes:
        base, modifiers = split_procedure(raw)
        kind = procedure_kind(raw)
        if kind is None:
            hint = ""
            if ICD10_RE.match(normalize_icd(raw).replace(".", "")) and "." in raw:
                hint = _(" It looks like an ICD-10 diagnosis code: move it to claim.diagnosis_codes.")
            elif REVENUE_RE.match(base):  # set 14's writer (case 05): an inpatient claim's 0114 had no field
                hint = _(" It looks like a hospital revenue code: move it to claim.revenue_codes.")
            out.append(Finding("error", fld, _("{code} is not a CPT or HCPCS code (CPT: five digits like 96365; "
                                               "HCPCS: a letter and four digits like J3490).{hint}").format(
                code=raw, hint=hint), raw))
            continue
        bad_mods = [m for m in modifiers if not MODIFIER_RE.match(m)]
        if bad_mods:
            out.append(Finding("warning", fld, _("{code}: modifier {modifiers} should be two letters or digits "
                                                 "(like 25 or KX).").format(code=raw, modifiers=", ".join(bad_mods)),
                               raw))
        if base in RETIRED_CODES:
            ended, replacement = RETIRED_CODES[base]
            end = date.fromisoformat(ended)
            late = [d for d in service_dates if d >= end]
            if late and corrected is not None and replacement in corrected:
                out.append(Finding("note", fld, _("{code} was retired on {ended}: the claim as billed used it, and "
                                                  "the corrected claim (corrected_claim.lines) bills {replacement}, "
                                                  "as it should").format(code=base, ended=ended,
                                                                         replacement=replacement), raw))
            elif late and corrected is not None:
                out.append(Finding("error", fld, _("{code} was retired on {ended} and replaced by {replacement}: "
                                                   "corrected_claim.lines should bill {replacement} for services on "
                                                   "{dates}").format(code=base, ended=ended, replacement=replacement,
                                                                     dates=", ".join(d.isoformat() for d in late)),
                                   raw))
            elif late:
                out.append(Finding("error", fld, _("{code} was retired on {ended} and replaced by {replacement}; "
                                                   "services on {dates} must be billed as {replacement}. Ask the "
                                                   "provider for a corrected claim.").format(
                    code=base, ended=ended, replacement=replacement, dates=", ".join(d.isoformat() for d in late)),
                    raw))
            elif not service_dates:
                out.append(Finding("warning", fld, _("{code} was retired on {ended} (replaced by {replacement}). Add "
                                                     "claim.service_dates so it can be checked; services from "
                                                     "{ended} on need {replacement}.").format(
                    code=base, ended=ended, replacement=replacement), raw))
        if base in EFFECTIVE_FROM:
            start = date.fromisoformat(EFFECTIVE_FROM[base])
            early = [d for d in service_dates if d < start]
            if early:
                older = [k for k, (_, new) in RETIRED_CODES.items() if new == base]
                instead = _("; before that the code was {code}").format(code=older[0]) if older else ""
                out.append(Finding("warning", fld, _("{code} took effect on {start}{instead}. Check the code for "
                                                     "services on {dates}.").format(
                    code=base, start=start.isoformat(), instead=instead,
                    dates=", ".join(d.isoformat() for d in early)), raw))
        if base == "J3490" and not ndc_recorded:  # a reminder only while the case does not show them
            out.append(Finding("warning", fld, _("J3490 (unclassified drug) is only paid with the NDC, drug name "
                                                 "and dose on the claim; make sure the provider sent them (record "
                                                 "them in service_lines: units and an NDC in the description)."),
                               raw))
        if base in MEDICARE_ONLY_CODES and plan_type and plan_type not in MEDICARE_PLAN_TYPES \
                and plan_type != "unknown":
            out.append(Finding("warning", fld, _("{code} is a Medicare code; a {plan} plan may expect J0013 plus an "
                                                 "office-visit code instead.").format(code=base, plan=plan_type),
                               raw))
    return out


def _fact_findings(case: Case, template_dirs, today: date) -> list[Finding]:
    """What the letter's facts say (appeal_kit.letter.facts), worked out without rendering the .docx: a sentence
    that contradicts the text the letter quotes is an error naming the quoted field (in the user's own letter.docx
    when there is one, else in the argument blocks the letter would carry); a statement without a source is a
    warning (the claims report's goal is none); a fact the letter would assert but the case leaves unknown is named
    with the field that would answer it."""
    from appeal_kit.errors import AppealKitError
    from appeal_kit.letter import arguments, claims, derived, facts, render

    try:
        template = render.template_for_case(case, template_dirs)[0]
    except AppealKitError:
        return []  # reported by _template_findings
    if blank_fields(case.data, template.required):
        return []  # named by _template_findings; the letter cannot be drafted without them
    try:  # what `draft` would do: a field an argument block needs and the case lacks stops it (set 12, case 07)
        context = render.build_context(case, template, today=today)
        if not case.letter_path.is_file() and template.path.parent != bundled_dir():
            render.fill(template, context)  # a clinic's own template; the bundled ones are tested on every plan type
    except AppealKitError as exc:
        return [Finding("error", "template", exc.message)]
    state = context["facts"]
    # the template's own sentences: note the unknown (the clinical picture's only where the letter argues the care)
    clinical = {"history_listed", "trials_failed", "severity_current", "severity_recorded", "response_recorded"}
    # the physician's certification is asked for only where the letter asks for an expedited decision: the expedited
    # letter, or an appeal whose case is urgent (claim.urgent), never in every appeal's request line
    certified = template.name == "expedited-appeal" or context["urgent_case"]
    state.state([i for i in template.says if i in state.by_id and (context["clinical_case"] or i not in clinical)
                 and (certified or i != "urgency_certified")])
    if case.letter_path.is_file():
        letter, text = case.letter_path.name, _docx_text(case.letter_path)
    else:
        letter = _("the {template} letter").format(template=template.name)
        text = "\n".join([*context["why_wrong"], *(p for a in context["arguments"] for p in [a["heading"],
                                                                                           *a["paragraphs"]])])
    findings = []
    for fact, sentence, problem in facts.contradictions(text, state, case.data):
        field = fact.sources[0] if fact.sources else fact.field
        findings.append(Finding("error", field, _(
            "{problem}: {letter} says “{sentence}”, while {field} says otherwise. Correct the letter (or the quoted "
            "text) so that it does not contradict what it quotes").format(problem=said(problem), letter=letter,
                                                                           sentence=sentence[:160], field=field)))
    if (not template.expedited and not case.is_request and case.get("urgency.certified_by")
            and case.get("urgency.reason") and derived.service_status(case.data, today) != "post"
            and not context["expedite"]):
        # a clinician has certified the urgency, yet the letter asks for a standard decision (issue 18); where the
        # plan type has an expedited clock, or the plan's own terms promise one, the standard letter asks for it
        # itself (set 13, case 03): the letter's own flag (derived.expedited_request) says whether it does
        findings.append(Finding("warning", "template", _(
            "urgency.certified_by says a clinician certifies that waiting would put the patient at risk, but the "
            "{template} letter asks for a standard decision and never for an expedited one; use template "
            "expedited-appeal, or remove urgency.certified_by if no clinician certifies it").format(
            template=template.name)))
    traced = _as_drafted(state, template.says)
    # every statement of the claims report's list that has no source, the template's own ones too (set 14, case 08:
    # "NO SOURCE" in letter-claims.txt and 0 warnings)
    for st in claims.unsourced(claims.statements(traced, case.letter_path if case.letter_path.is_file() else None,
                                                       case.data)):
        findings.append(Finding("warning", st.id, _("the letter states “{sentence}” with no source in the case; add "
                                                    "the record or correct the letter").format(sentence=st.text)))
    findings += _unsourced_sentences(case, traced, letter, text, today)
    # a field an argument needs is named once, by the argument that needs it (_argument_findings), not again as a
    # fact the letter leaves out (issue 18: an empty other_coverage.ended was warned of twice)
    needed = set() if case.is_request else set(arguments.missing_needs(case.data, arguments.load_blocks(template_dirs)))
    for field, about in claims.left_out(state):
        if field in needed:
            continue
        if not is_blank(case.get(field)):  # written, but in words the fact cannot be read from (set 19's writer:
            # other_coverage.member_is given in free words was reported "not in case.yaml")
            findings.append(Finding("warning", field, _(
                "is in case.yaml, but not in a form the letter can read, so the letter leaves out {about}; "
                "docs/case-yaml.md gives the values this field takes").format(about=said(about))))
            continue
        findings.append(Finding("warning", field, _("not in case.yaml, so the letter leaves out {about}").format(
            about=said(about))))
    beyond = state.by_id.get("care_beyond_approval")
    if beyond and beyond.value and beyond.phrase:  # 30 sessions approved, 41 given (set-5 case 07)
        findings.append(Finding("note", beyond.field, _(
            "{what}: the letter says so plainly and asks for that care on its merits; care still to come beyond the "
            "approval needs a new request before it is given").format(what=said(beyond.phrase))))
    if is_blank(case.get("clinical.suicidality")) and facts.severity_mentions_suicidality(case.data):
        findings.append(Finding("note", "clinical.suicidality", _(
            "clinical.severity speaks to suicidal ideation and the letter prints it as written; to have the letter "
            "also weigh the risk, set clinical.suicidality (none, passive, active or attempt)")))
    return findings


# the fields of the case's own words that a letter prints as typed, in the letter's voice (the author's)
_VOICE_FIELDS = ("claim.corrections[].record", "decisions[].corrections[].record", "treatment.summary",
                 "treatment.plan", "impact.*", "alternatives[].why_not", "payer_criteria[].how_met", "urgency.reason",
                 "network[].outcome", "prior_auth.reason_missing", "plan_policy.other_terms_apply",
                 # why the coverage was in force, why the exclusion does not reach the care (set 70, cases 05, 06)
                 "eligibility.why", "plan_policy.exclusion.why",
                 # the other coverage's name is printed wherever the letter names it (letters set 74, case 05)
                 "other_coverage.plan")
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|hers|him|his|herself|himself)\b", re.I)
# someone else of the patient's own ("my husband's employer's letter shows he retired"): the pronouns after it in
# the sentence may be theirs, and are not warned of (letters set 74, case 05)
_MY_OTHER_PERSON = re.compile(r"\bmy (?:husband|wife|spouse|partner|son|daughter|child|mother|father|parent|brother|"
                              r"sister|grandmother|grandfather|doctor|psychiatrist|therapist|physician|employer|"
                              r"boss|caregiver)\b", re.I)


def _voice_texts(data: dict) -> list[tuple[str, str]]:
    """(field, text) for each of _VOICE_FIELDS the case fills."""
    out: list[tuple[str, str]] = []

    def walk(value: Any, parts: list[str], path: str) -> None:
        if not parts:
            if isinstance(value, str) and value.strip():
                out.append((path, " ".join(value.split())))
            return
        head, rest = parts[0], parts[1:]
        if head == "*":
            for key, inner in (value.items() if isinstance(value, dict) else []):
                walk(inner, rest, f"{path}.{key}")
            return
        list_of = head.endswith("[]")
        inner = value.get(head.rstrip("[]")) if isinstance(value, dict) else None
        where = f"{path}.{head.rstrip('[]')}" if path else head.rstrip("[]")
        if list_of:
            for i, row in enumerate(inner if isinstance(inner, list) else [], start=1):
                walk(row, rest, f"{where}[{i}]")
        else:
            walk(inner, rest, where)

    for spec in _VOICE_FIELDS:
        walk(data, spec.split("."), "")
    return out


def _voice_findings(case: Case) -> list[Finding]:
    """A letter the patient signs speaks as "I"; the case's own words it prints as typed (corrections, the urgency,
    the treatment summary, the impact on daily life ...) that speak of the patient in the third person ("She attended
    20 of the 21 program days") make it read as written by two people (letters set 57, case 01). One warning per
    field, quoting the words."""
    from appeal_kit.letter.derived import writes_for_someone_else

    findings = []
    pronoun: re.Pattern | None
    named: re.Pattern | None
    if writes_for_someone_else(case.data):
        # a clinician or representative writes of the patient in the third person, but of themself as "I": their
        # own name with a title in the words printed as typed ("Dr. Marchetti-Ruiz's participation") is the third
        # person (letters set 58, case 02; set 61, case 08)
        # the surname: the name's last word before any ", PsyD" (and never a degree written without the comma)
        author = str(get_path(case.data, "author.name") or "").split(",")[0].split()
        author = [w for w in author if re.sub(r"[^a-z]", "", w.lower()) not in CREDENTIALS]
        # (a surname the patient shares, a parent's, could name the patient: nothing is warned of then)
        if len(author) < 2 or author[-1].lower() in str(get_path(case.data, "patient.name") or "").lower():
            return []
        pronoun = None
        named = re.compile(r"\b(?:Dr|Mr|Ms|Mrs|Mx)\.?\s+(?:[A-Z][\w'-]*\s+)?" + re.escape(author[-1]) + r"(?![\w-])")
    else:
        # the patient named with a title ("Mr. Feeney is 71.") is the third person too (letters set 61, case 01: a
        # criteria cell warned for no pronoun in it)
        surname = str(get_path(case.data, "patient.name") or "").split()[-1:]
        pronoun = _THIRD_PERSON
        named = re.compile(r"\b(?:Mr|Ms|Mrs|Mx|Miss)\.?\s+" + re.escape(surname[0]) + r"\b") if surname else None
    def about_the_patient(text: str) -> re.Match | None:
        for m in pronoun.finditer(text) if pronoun else ():
            sentence = re.split(r"[.;!?]\s", text[:m.start()])[-1]
            if not _MY_OTHER_PERSON.search(sentence):
                return m
        return named.search(text) if named else None

    for path, text in _voice_texts(case.data):
        if m := about_the_patient(text):
            start = max(0, text.rfind(" ", 0, max(0, m.start() - 30)) + 1)
            excerpt = text[start:m.end() + 30].rsplit(" ", 1)[0]
            findings.append(Finding("warning", path, _(
                "the letter is yours and speaks as “I”, but these words, printed as you typed them, speak of someone "
                "in the third person: “{excerpt}…”. If they mean you, write them as “I” (“I attended …”, “my "
                "job”)").format(excerpt=excerpt)))
    return findings


def _denial_fit_findings(case: Case) -> list[Finding]:
    """Where the letter would follow the denial's category but not the denial in front of it: a medical-judgment
    request on a denial whose own words say medical necessity was not reviewed; a limit whose numbers the case does
    not give, or that the course billed does not exceed; a network gap argued for a member whose option pays for
    out-of-network care, or where the quoted plan text pays for it."""
    from appeal_kit import directory
    from appeal_kit.letter import arguments, derived

    findings = []
    warn = lambda field, message: findings.append(Finding("warning", field, message))  # noqa: E731
    if derived.medical_judgment(case.data) and "medical_necessity" in arguments.reasons_set_aside(
            str(case.get("claim.denial_reason") or "")):
        warn("claim.denial_category", _(
            "the denial says medical necessity was not reviewed, but claim.denial_category makes the letter answer a "
            "medical judgment (a clinical reviewer, a peer-to-peer call); set claim.denial_category to the reason the "
            "denial rests on (not_covered for a benefit exclusion)"))
    reasons = arguments.denial_reasons(case.data)
    if "coordination_of_benefits" in reasons and derived.other_coverage(case.data)["told_elsewhere"]:
        warn("other_coverage.reported", _(
            "other_coverage.reported comes before this plan's coverage began (eligibility.start), so it cannot be the "
            "day this plan was told, and the letter leaves it out: give the day this plan was told about the other "
            "coverage (or that it had ended), not the day an application or the employer was"))
    limit = derived.benefit_limit(case.data)
    if "benefit_limit" in reasons and case.get("claim.plan_type") == "medicare":
        if derived.psychiatric_days(case.data)["in_unit"] is None:
            warn("psychiatric_days.unit", _(
                "Original Medicare has no plan terms: a limit it applies is one of Medicare's own rules. For the "
                "190-day lifetime limit on psychiatric hospital care (42 CFR 409.62), say in psychiatric_days.unit "
                "where the stay was (distinct_part: a psychiatric unit of a general hospital, which the limit does not "
                "reach; psychiatric_hospital), with the record in psychiatric_days.proof, and list in "
                "psychiatric_days.miscounted any days Medicare counted that do not belong in the count"))
    # (a Part D drug's quantity limit is set aside by a coverage exception on the prescriber's statement, not counted
    # in treatments: letters set 92, case 02)
    elif "benefit_limit" in reasons and limit["within"] is None and route(case.data) != "medicare_part_d":
        warn("plan_policy.limit", _(
            "a limit on the number of treatments: say in plan_policy.limit the limit the denial applied (applied), "
            "the limit the plan's current terms in plan_policy.quote set (current, or none when they set none) and "
            "how many treatments the course billed reaches (course), so the letter can tell a course within the "
            "plan's terms from one that needs an exception beyond the limit"))
    elif "benefit_limit" in reasons and limit["outside_ages"]:
        warn("plan_policy.limit", _(
            "the plan's terms set the limit only for members aged {ages}, and the patient was {age} at the care: the "
            "letter argues that the limit's own words do not reach the patient; check plan_policy.limit.from_age or "
            "under_age against plan_policy.quote and patient.date_of_birth").format(ages=limit["ages"],
                                                                                     age=limit["age"]))
    elif "benefit_limit" in reasons and limit["within"]:
        # a limit counted by the year: `course` is the year's count toward it (letters set 52, case 04)
        warn("plan_policy.limit", (_(
            "the count toward the limit ({course} {unit}) does not exceed the limit of the plan's current terms "
            "({current}): the letter argues that no limit of the plan's terms applies and asks for no exception beyond "
            "one; check plan_policy.limit against plan_policy.quote and the denial") if limit["yearly"] else _(
            "the course billed ({course} {unit}) does not exceed the limit of the plan's current terms ({current}): "
            "the letter argues that no limit of the plan's terms applies and asks for no exception beyond one; check "
            "plan_policy.limit against plan_policy.quote and the denial")).format(
                course=limit["course"], unit=limit["course_unit"],
                current=_("none on {kinds}").format(kinds=limit["unlimited"]) if limit["other_kinds"]
                else _("none") if limit["removed"] else limit["current"]))
    # the plan's printed count and the records' count by kind disagree: the letter states both, each as whose it is
    # (set 54, case 01: the EOB's 12, "10 facility, 2 professional", beside the records' 10 treatments and 10 lines)
    if "benefit_limit" in reasons and limit["counts_differ"]:
        warn("plan_policy.limit.printed", _(
            "the plan printed a count of {printed} toward the limit, and your count by kind in "
            "plan_policy.limit.counted comes to {total}: the letter states both, the plan's as the plan's and yours "
            "as counted from the records; check each against the documents it comes from").format(
                printed=limit["printed"]["count"], total=limit["counted_total"]))
    if ("benefit_limit" in reasons and not limit["ages"]
            and _AGE_GROUP.search(str(case.get("plan_policy.quote") or ""))):
        warn("plan_policy.limit", _(
            "plan_policy.quote speaks of an age group: when the limit is set for members of some ages only, say so in "
            "plan_policy.limit (from_age: 21 for members that age and older, under_age: 21 for younger ones), so the "
            "letter can say the limit does not reach a member outside that group rather than that the terms set none"))
    # a limit the denial took from an earlier year's terms ("Benefit Grid BH-OP-2025" for 2026 visits): where it comes
    # from lets the letter say the terms in force on the dates of service do not set it (set 21, case 07)
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", str(case.get("claim.denial_reason") or ""))]
    served = [d.year for d in limit["source"]["dates"]] if limit["source"].get("dates") else []
    if "benefit_limit" in reasons and limit["applied"] and not limit["source"]["name"] and years and served \
            and min(years) < min(served):
        warn("plan_policy.limit.source", _(
            "the denial's words name {year}, before the dates of service: when the limit it applied comes from an "
            "earlier year's terms, say where in plan_policy.limit.source ({{name, year, file}}), so the letter can say "
            "the terms in force on the dates of service do not set it").format(year=min(years)))
    # a limit counted over another period than the plan's ("6 per calendar year" for terms that say "per Plan Year"):
    # the period and the day it began let the letter count the course as the terms do (set 22, case 02)
    denial_period = _LIMIT_PERIOD.search(str(case.get("claim.denial_reason") or ""))
    terms_period = _LIMIT_PERIOD.search(str(case.get("plan_policy.quote") or ""))
    if ("benefit_limit" in reasons and denial_period and terms_period and not limit["period"]["name"]
            and denial_period.group(1).lower() != terms_period.group(1).lower()):
        warn("plan_policy.limit.period", _(
            "the denial counts the limit per {denial} and the plan's terms per {terms}: say in plan_policy.limit the "
            "period the terms count in (period), the day the period of the dates of service began (period_start) and "
            "the period the denial counted by (applied_period), so the letter can count the course as the terms "
            "do").format(denial=denial_period.group(1), terms=terms_period.group(1)))
    ages = derived.exclusion_ages(case.data)
    quote = str(case.get("plan_policy.quote") or "")
    if "not_covered" in reasons and not ages["given"] and _exclusion_age_group(quote):
        warn("plan_policy.exclusion.from_age", _(
            "plan_policy.quote speaks of an age group: when the exclusion is set for members of some ages only, say "
            "so in plan_policy.exclusion (from_age: 21 for members that age and older, under_age: 21 for younger "
            "ones), with patient.birth_record (the enclosed record that holds the date of birth), so the letter can "
            "say the exclusion's own words do not reach a patient outside that group"))
    elif "not_covered" in reasons and ages["outside"] and not ages["record"]:
        warn("patient.birth_record", _(
            "the exclusion is set for members aged {ages}, and the patient's age on the dates of service is outside "
            "it: name the enclosed record that holds the date of birth in patient.birth_record ({{file, page}}), so "
            "the letter can point to it").format(ages=ages["ages"]))
    setting = derived.care_setting(case.data)
    inpatient = case.get("claim.inpatient")
    if setting["kind"] and setting["kind"] != "inpatient" and inpatient is True:
        warn("claim.inpatient", _(
            "claim.setting says the care is {setting}, which is no inpatient hospital stay, and claim.inpatient says "
            "it is one: leave claim.inpatient out (the setting makes the two dates of a stay its first and last days)"
        ).format(setting=_(setting["words"])))
    elif not setting["kind"] and _PROGRAM_WORDS.search(" ".join(
            str(case.get(k) or "") for k in ("treatment.name", "claim.denial_reason"))):
        warn("claim.setting", _(
            "the case speaks of a residential or partial-hospitalization program: say which in claim.setting "
            "(residential, partial_hospitalization, intensive_outpatient, inpatient or outpatient), so the letter "
            "names the level of care truly and never calls a residential stay inpatient care"))
    if (found := _NAME_TERMS.search(str(case.get("treatment.name") or ""))):
        # the letter prints the name in sentences about the treatment itself ("has taken ... since April 2026"), so
        # terms of payment in it become claims about what was paid (letters set 102, case 02: "... at the
        # preferred-tier cost sharing since April 2026" of a drug paid at the Tier 4 rate)
        warn("treatment.name", _(
            "treatment.name says {words!r}, which is about payment, not the treatment: name the treatment only (drug, "
            "dose, course); the letter says what is asked, and the denial's words say what was applied").format(
            words=found.group(0)))
    started = derived.new_start(case.data)
    if "step_therapy" in reasons and started["doses"] and not started["lookback"]:
        warn("plan_policy.step_lookback_days", _(
            "treatment.earlier_doses lists doses already given: say in plan_policy.step_lookback_days how many days "
            "the plan's step-therapy rule looks back for them (its terms say), so the letter can say the patient is "
            "not a new start"))
    elif ("step_therapy" in reasons and not started["doses"]
          and re.search(r"\bnew (?:start|administration)s?\b", " ".join(
              str(case.get(k) or "") for k in ("plan_policy.quote", "plan_policy.other_terms")), re.I)):
        warn("treatment.earlier_doses", _(
            "the plan's terms apply step therapy to new starts only: when the patient was already given the drug "
            "requested, list those doses in treatment.earlier_doses (date, dose, paid_by_plan, claim, file) and the "
            "rule's lookback in plan_policy.step_lookback_days, so the letter can say the steps do not apply"))
    # a lookback the plan's words count from the request, with no request date: the letter would count it from the
    # notice's date (set 41, case 01: "within the 365 days before November 10, 2026", the rule counting from the
    # request of 10/28/2026)
    if ("step_therapy" in reasons and started["not_new"] and is_blank(case.get("plan_policy.step_lookback_from"))
            and is_blank(case.get("prior_auth.requested_on")) and re.search(r"\brequest", started["words"], re.I)):
        warn("prior_auth.requested_on", _(
            "the plan's step-therapy rule counts its {days} days back from the request: give the request's date in "
            "prior_auth.requested_on, so the letter counts from it and not from the notice's date"
        ).format(days=started["lookback"]))
    if derived.plan_option(case.data)["pays"] and case.template == "out-of-network-gap-exception":
        warn("template", _(
            "plan_option says the member's option pays for out-of-network care, but the out-of-network-gap-exception "
            "letter asks for a network gap exception; use medical-necessity, which asks for payment under the "
            "option's out-of-network benefits"))
    if "out_of_network" in reasons and not derived.plan_option(case.data)["pays"] \
            and is_blank(case.get("network")) and _pays_out_of_network(str(case.get("plan_policy.quote") or "")):
        warn("plan_option", _(
            "the plan text quoted in plan_policy.quote pays for out-of-network care, but the letter argues a network "
            "gap, which needs in-network providers tried (network). If the member's plan or option has those "
            "benefits, say so in plan_option (name, out_of_network: true, since, applied: the option the denial "
            "applied if another, proof: the enrollment records), and the letter asks for payment under them"))
    # care said to be still to come beside dates of service that have all passed: the letter speaks of it as given
    # (letters set 32, case 02: a planned start date of a prior-approval request, "provided on November 16, 2026")
    # Care still to come that names its own later day is apart from the dates listed (letters set 60, case 01: a
    # stay's days to date, "inpatient days from 12/08/2026"): nothing to warn of then.
    from appeal_kit.intake.deadlines import find_dates

    given = derived.given_dates(case.data, clock.today())
    pending = " ".join(str(v) for v in case.get("claim.pending_services") or [] if v) \
        if isinstance(case.get("claim.pending_services"), list) else str(case.get("claim.pending_services") or "")
    later = given and any(hit.value > max(given) for hit in find_dates(pending))
    if pending.strip() and given and not later and len(given) == len(case.get("claim.service_dates") or []):
        warn("claim.service_dates", _(
            "claim.pending_services says care is still to come, but every date in claim.service_dates has passed, so "
            "the letter speaks of that care as given on those dates; if a date is only a planned start, take it out "
            "of claim.service_dates"))
    # the parity argument rests on the employer's size, which a church or self-funded plan's notice seldom says: a
    # plan of 50 employees or fewer is outside the parity rules (rules.small_employer; letters set 28, case 08)
    from appeal_kit.letter.derived import care_for_mental_health

    plan_type = str(case.get("claim.plan_type") or "")
    if {"experimental_investigational", "step_therapy", "not_covered"} & set(reasons) \
            and (plan_type == "church" or (plan_type in ("employer_erisa", "governmental")
                                           and directory.funding(case.data) == "self_funded")) \
            and is_blank(case.get("claim.employees")) and arguments.indication(case.data) != "pain" \
            and care_for_mental_health(case.data):
        findings.append(Finding("note", "claim.employees", _(
            "the letter argues mental health parity, whose rules do not reach the plan of an employer with 50 or "
            "fewer employees; if you know the employer's size, say it in claim.employees, and the letter leaves "
            "parity out for a small employer")))
    findings += _emergency_findings(case, reasons)
    return findings


# the letters whose own request is the wrong one for emergency care
EMERGENCY_MISFITS = {"out-of-network-gap-exception": N_("a network gap exception"),
                     "retro-authorization": N_("a retroactive authorization")}
_EMERGENCY_WORDS = re.compile(r"\bemergenc(?:y|ies)\b", re.I)


def _emergency_findings(case: Case, reasons: list[str]) -> list[Finding]:
    """Emergency care denied as out of network or unauthorized (set 11, case 07): a denial or plan text that speaks
    of emergency services prompts for emergency.care, whose letter argues emergency coverage instead of a network
    gap or a retroactive authorization; an emergency case is asked about the stay after stabilization."""
    from appeal_kit.letter import arguments

    out = _urgently_needed_findings(case, reasons)
    if arguments.is_emergency(case.data):
        if case.template in EMERGENCY_MISFITS:
            out.append(Finding("warning", "template", _(
                "emergency.care says the care was emergency care, but the {template} letter asks for {what}; use "
                "medical-necessity, which answers the denial as emergency services").format(
                    template=case.template, what=_(EMERGENCY_MISFITS[case.template]))))
        if arguments.EMERGENCY in reasons and all(is_blank(case.get(f)) for f in (
                "emergency.transfer_safe", "emergency.consent_signed")):
            out.append(Finding("note", "emergency.transfer_safe", _(
                "if the care went on after the patient was stabilized (an admission from the emergency department), "
                "say in emergency.transfer_safe (false when a transfer by non-medical transport to a network facility "
                "was not safe, with emergency.transfer_why) and emergency.consent_signed (false when no written "
                "consent to out-of-network care was signed) why that care was emergency care too")))
        return out
    words = " ".join(str(case.get(f) or "") for f in ("claim.denial_reason", "plan_policy.quote",
                                                     "prior_auth.reason_missing"))
    if arguments.EMERGENCY_ANSWERS & set(reasons) and _EMERGENCY_WORDS.search(words):
        out.append(Finding("note", "emergency.care", _(
            "the denial or the plan's terms speak of emergency services: if the care began as an emergency (the "
            "patient came to an emergency department with acute symptoms), set emergency.care: true with "
            "emergency.presented and emergency.symptoms, and the letter argues emergency coverage instead of a network "
            "gap exception or a retroactive authorization (docs/case-yaml.md)")))
    return out


_URGENTLY_NEEDED_WORDS = re.compile(r"\burgent(?:ly)?[- ]needed\b|\burgent care\b", re.I)


def _urgently_needed_findings(case: Case, reasons: list[str]) -> list[Finding]:
    """Care urgently needed away from home, denied as out of network or unauthorized (set 25, case 03): a denial or
    plan text that speaks of urgently needed care prompts for urgently_needed.care, whose letter argues it instead of
    a network gap; a case that sets it is told when the wrong letter is chosen or a date of care falls outside the
    time away (the letter then does not say the care was given during it)."""
    from appeal_kit.letter import arguments, derived

    if arguments.is_urgently_needed(case.data):
        out = []
        # emergency care too: _emergency_findings says the template does not fit, once
        if case.template in EMERGENCY_MISFITS and not arguments.is_emergency(case.data):
            out.append(Finding("warning", "template", _(
                "urgently_needed.care says the care was urgently needed away from home, but the {template} letter "
                "asks for {what}; use medical-necessity, which answers the denial as urgently needed care").format(
                    template=case.template, what=_(EMERGENCY_MISFITS[case.template]))))
        if derived.time_away(case.data)["within"] is False:
            out.append(Finding("warning", "urgently_needed.away", _(
                "a date of service falls outside urgently_needed.away (from, to), so the letter does not say the care "
                "was given while the patient was away: check the dates of the trip and of the care")))
        return out
    words = " ".join(str(case.get(f) or "") for f in ("claim.denial_reason", "plan_policy.quote"))
    if arguments.is_emergency(case.data) or not (arguments.EMERGENCY_ANSWERS & set(reasons)
                                                 and _URGENTLY_NEEDED_WORDS.search(words)):
        return []
    return [Finding("note", "urgently_needed.care", _(
        "the denial or the plan's terms speak of urgently needed care: if the care was needed right away while the "
        "patient was away from the plan's service area (on a trip), set urgently_needed.care: true with "
        "urgently_needed.away (from, to, where, proof) and urgently_needed.why, and the letter argues urgently needed "
        "care instead of a network gap exception or a retroactive authorization (docs/case-yaml.md)"))]


# A sentence of plan text that pays for out-of-network care ("Covered services from out-of-network providers are paid
# at 60% of the Maximum Allowed Amount"), not one that refuses it ("no benefits for out-of-network providers")
_OUT_OF_NETWORK = re.compile(r"\b(?:out[- ]of[- ]network|non-?participating|non-?network)\b", re.I)
_PAID = re.compile(r"\b(?:paid|pays?|covered|covers?|reimburs\w*|benefits? (?:is|are) (?:paid|provided))\b|"
                   r"\d+ ?%", re.I)
_REFUSED = re.compile(r"\bno (?:benefits?|coverage)\b|\bnot (?:covered|paid|payable)\b|\bexcept\b", re.I)


def _pays_out_of_network(text: str) -> bool:
    # emergency services covered out of network are not out-of-network benefits (emergency.care answers them)
    return any(_OUT_OF_NETWORK.search(s) and _PAID.search(s) and not _REFUSED.search(s)
               and not _EMERGENCY_WORDS.search(s) for s in re.split(r"(?<=[.;:])\s+", text))


def _as_drafted(state, says):
    """The facts as the drafted letter asserts them: the template's own statements count as said where they are
    true, as they are when the letter is drafted, beside those its argument blocks said."""
    from appeal_kit.letter import facts

    said = [*state.asserted, *((i, "letter") for i in says if i in state.by_id and state.by_id[i].value is True)]
    return facts.Facts(state.by_id, said, paragraphs=state.paragraphs, summaries=state.summaries,
                       access_standard=state.access_standard)


def _unsourced_sentences(case: Case, traced, letter: str, text: str, today: date) -> list[Finding]:
    """The claims report's sentence-by-sentence trace (appeal_kit.letter.claims.trace) of letter.docx, or before it
    is drafted of the argument paragraphs the letter would carry: each date, number, exhibit, citation, quotation or
    enclosure nothing in the case gives, as a warning naming the field or exhibit that would give it."""
    from appeal_kit.letter import claims

    source = case.letter_path if case.letter_path.is_file() else [p for p in text.splitlines() if p.strip()]
    out = []
    for st in claims.unsourced_sentences(claims.trace_letter(case, traced, source, today)):
        for what, field in st.missing:
            out.append(Finding("warning", field, _(
                "{letter} says “{sentence}”, and nothing in the case gives {what}: add it to {field}, or correct the "
                "letter").format(letter=letter, sentence=st.text[:160], what=what, field=field)))
    return out


def _reason_words(reason: str) -> str:
    """A denial reason as check names it: its words ("coding or billing"), and in another language its words with the
    key claim.denial_category takes beside them ("la facturación y los códigos (coding_billing)")."""
    from appeal_kit.i18n import language
    from appeal_kit.letter.arguments import argument_words

    words = said(argument_words(reason))
    return words if language() == "en" else f"{words} ({reason})"


def _docx_text(path: Path) -> str:
    """The words of a .docx, a paragraph a line, read straight from its XML (python-docx stays unloaded, so check
    stays quick); "" when the file cannot be read (_readiness_findings reports it)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return ""
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    return "\n".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paragraphs)
