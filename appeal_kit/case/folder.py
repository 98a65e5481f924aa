"""The case folder: case.yaml plus the evidence folders. Loading, validating and scaffolding it.

A case folder looks like this (see `appeal-kit init`):

    my-appeal/
      case.yaml        who, which claim, why it was denied, who signs
      denial/          the denial notice or EOB            -> usually Exhibit A
      clinical/        clinical notes, treatment history
      literature/      studies and guidelines
      other/           anything else (superbill, letters)
      letter.docx      written by `appeal-kit draft`, edited by the user
      packet.pdf       written by `appeal-kit build`
"""
from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from appeal_kit.bundled import load_yaml
from appeal_kit.errors import CaseError, refused_special, shown, special_file
from appeal_kit.i18n import N_, _

CASE_FILE = "case.yaml"
LETTER_FILE = "letter.docx"
PACKET_FILE = "packet.pdf"
EVIDENCE_FOLDERS = ("denial", "clinical", "literature", "other")
# Reference-manager exports (CSL-JSON, BibTeX, RIS, PubMed MEDLINE) kept beside the papers: read by
# appeal_kit.letter.cite through `literature: [{import: FILE}]`, never enclosed as exhibits themselves.
REFERENCE_SUFFIXES = (".json", ".bib", ".ris", ".nbib")
DEFAULT_TEMPLATE = "medical-necessity"
# A case may start as a request to the plan before care is given, not an appeal (`request: prior_authorization`):
# its letter and packet have their own names, so the appeal that follows a denial writes beside them, never over them.
REQUEST_KINDS = ("prior_authorization",)
REQUEST_TEMPLATE = "prior-authorization-request"
REQUEST_LETTER_FILE = "request-letter.docx"
REQUEST_PACKET_FILE = "request-packet.pdf"
# What only a denial gives: a request needs neither, and the appeal needs both once the plan has denied it.
DENIAL_FIELDS = ("claim.number", "claim.denial_reason")
DENIAL_RECORDED = ("claim.denial_reason", "claim.notice_date", "claim.denial_category")  # any one: a denial came


@dataclass(frozen=True)
class Field:
    path: str  # dotted key in case.yaml
    help: str  # what it is for, in plain words
    required: bool = False
    kind: str = "text"  # text | date | dates | list


# The public contract of case.yaml. Keys not listed here are allowed and passed to templates as they are.
FIELDS: tuple[Field, ...] = (
    Field("patient.name", N_("the patient's full name, printed on every page of the packet"), True),
    Field("patient.date_of_birth", N_("the patient's date of birth, so the insurer can find the record"), kind="date"),
    Field("patient.member_id", N_("the member ID from the insurance card, printed on every page"), True),
    Field("patient.address", N_("the patient's mailing address")),
    Field("patient.phone", N_("a phone number the insurer can call")),
    Field("patient.email", N_("an email address")),
    Field("patient.salutation", N_("how the letter names the patient after the first mention, e.g. Ms. Whitfield "
                                "(default: the patient)")),
    Field("insurer.name", N_("the insurance company or plan that denied the claim"), True),
    Field("insurer.appeals_address", N_("where appeals are mailed (from the denial notice)")),
    Field("insurer.fax", N_("the appeals fax number (from the denial notice)")),
    Field("claim.number", N_("the claim, reference or authorization number on the denial, printed on every page"),
          True),
    Field("claim.notice_date", N_("the date printed on the denial notice (starts the appeal clock)"), kind="date"),
    Field("claim.service_dates", N_("the dates of the denied treatment"), kind="dates"),
    Field("claim.procedure_codes", N_("CPT/HCPCS codes of the denied service, e.g. 96365"), kind="list"),
    Field("claim.revenue_codes", N_("revenue codes of a hospital (facility) claim, four digits from the UB-04, e.g. "
                                    "0114 for a psychiatric room"), kind="list"),
    Field("claim.diagnosis_codes", N_("ICD-10 diagnosis codes, e.g. F33.2"), kind="list"),
    Field("claim.denial_reason", N_("the reason the insurer gave, in its own words if you can"), True),
    Field("claim.denial_category", N_("medical_necessity, experimental_investigational, prior_authorization, "
                                   "step_therapy, out_of_network, not_covered, coding_billing, timely_filing, "
                                   "coordination_of_benefits or other")),
    Field("claim.pending_services", N_("services still to come (sessions not yet given), e.g. [remaining 4 infusions]"),
          kind="list"),
    Field("claim.action", N_("what the decision does to care already authorized: reduce, suspend or end (none "
                          "for a new request); a Medicaid letter then asks that the care continue during the appeal")),
    Field("claim.action_date", N_("the day that reduction, suspension or end takes effect, as the notice gives it "
                               "(Medicaid requires notice at least 10 days before it)"), kind="date"),
    Field("claim.denial_reasons", N_("every reason the denial gives, when it gives several: medical_necessity, "
                                  "off_label, experimental_investigational, step_therapy, ... (default: read from "
                                  "claim.denial_category and claim.denial_reason)"), kind="list"),
    Field("claim.carc_codes", N_("claim adjustment reason codes on the notice or EOB, e.g. CO-50"), kind="list"),
    Field("claim.plan_type", N_("employer_erisa, individual_aca, medicare_advantage, medicare, medicare_part_d, "
                             "medicaid, fehb, chip (a separate CHIP), governmental (a state or local government "
                             "employer's plan), church (a church plan outside ERISA), tricare (the military's "
                             "health program), short_term (short-term limited-duration insurance) or unknown: it "
                             "decides the appeal deadline and which rules the letter cites")),
    Field("claim.appeal_deadline", N_("the appeal deadline, when the notice states one"), kind="date"),
    Field("claim.deadline_basis", N_("where the deadline comes from (the notice's sentence, or the rule)")),
    Field("treatment.name", N_("the treatment that was denied, e.g. IV ketamine infusions"), True),
    Field("treatment.summary", N_("one or two sentences on why this treatment is needed")),
    Field("treatment.plan", N_("the prescriber's plan: dose, number of sessions, monitoring, and when to stop")),
    Field("treatment.setting", N_("where it is given and by whom, e.g. an infusion suite staffed for airway care, or "
                               "a clinic certified in the Spravato REMS")),
    Field("treatment.monitoring", N_("how each session is monitored, e.g. blood pressure and pulse oximetry for two "
                                  "hours after each dose")),
    Field("treatment.alongside",
          N_("a drug taken alongside the treatment and continued with it, e.g. duloxetine 120 mg daily (the oral "
             "antidepressant with Spravato) or lamotrigine 200 mg daily")),
    Field("author.name", N_("who signs the letter: the patient, an advocate or a provider"), True),
    Field("author.role", N_("how the signer relates to the patient, e.g. Patient, Advocate, Treating psychiatrist")),
    Field("author.address", N_("the signer's address")),
    Field("author.phone", N_("the signer's phone number")),
    Field("author.email", N_("the signer's email")),
    Field("author.fax", N_("the signer's fax number, for the fax cover sheet (build --fax)")),
    Field("author.provider", N_("for a letter of medical necessity: which provider in clinic.yaml signs it (default: "
                             "the one named like author.name)")),
    Field("author.authorization", N_("when the author is not the patient: the file of the patient's signed "
                                  "authorization (form CMS-1696 for Medicare), e.g. other/authorization.pdf")),
)
FIELDS_BY_PATH = {f.path: f for f in FIELDS}
DENIAL_CATEGORIES = ("medical_necessity", "experimental_investigational", "prior_authorization",
                     "step_therapy", "out_of_network", "not_covered", "benefit_limit", "coding_billing",
                     "timely_filing", "coordination_of_benefits", "other")
PLAN_TYPES = ("employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "short_term", "unknown")
# Unambiguous everyday spellings, months first as on US paperwork: "March 3, 2026", "Mar 3 2026", "03/03/2026",
# "3 March 2026". Anything else goes to dateparser.
COMMON_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%m/%d/%Y", "%d %B %Y", "%d %b %Y")
PLAUSIBLE_YEARS = range(1900, 2101)  # births, notices, services and deadlines all fall in it
BATES_PREFIX_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,19}$")


@dataclass(frozen=True)
class ExhibitSource:
    path: Path  # absolute path of the evidence file
    title: str


@dataclass
class Case:
    folder: Path
    data: dict[str, Any]  # case.yaml as plain Python values, dates as ISO strings
    exhibits: list[ExhibitSource] = field(default_factory=list)
    bates_prefix: str = "APPEAL"
    # (dotted key, message) for keys below the top level that the schema does not know; `check` warns
    unknown_keys: list[tuple[str, str]] = field(default_factory=list)
    # evidence files in the four folders that an `exhibits:` list leaves out
    unlisted: list[Path] = field(default_factory=list)

    @property
    def is_request(self) -> bool:
        return is_request(self.data)

    @property
    def template(self) -> str:
        return REQUEST_TEMPLATE if self.is_request else str(self.data.get("template") or DEFAULT_TEMPLATE)

    @property
    def letter_path(self) -> Path:
        return self.folder / (REQUEST_LETTER_FILE if self.is_request else LETTER_FILE)

    @property
    def about(self) -> str:
        """What the packet is, for its index, covers and title: "the appeal of claim X" or "the prior authorization
        request" (with the plan's reference number once it gave one)."""
        number = self.get("claim.number")
        if self.is_request:
            return "the prior authorization request" + (f" {number}" if not is_blank(number) else "")
        return f"the appeal of claim {number}"

    @property
    def about_title(self) -> str:
        """`about` as a heading: "Appeal of claim X", "Prior authorization request"."""
        words = self.about.removeprefix("the ")
        return words[:1].upper() + words[1:]

    def get(self, dotted: str, default: Any = None) -> Any:
        return get_path(self.data, dotted, default)

    @property
    def header_text(self) -> str:
        """The identification line printed on every packet page (payers ask for it on each page)."""
        number = self.get("claim.number")
        if self.is_request:
            return (f"Patient: {self.get('patient.name')}   Member ID: {self.get('patient.member_id')}   "
                    f"Prior authorization request{': ' + str(number) if not is_blank(number) else ''}")
        return (f"Patient: {self.get('patient.name')}   Member ID: {self.get('patient.member_id')}   "
                f"Claim: {number}")


def is_request(data: dict) -> bool:
    """The case is a request to the plan before care (case.yaml `request: prior_authorization`) that the plan has
    not denied: no denial reason, notice date or denial category recorded yet. Once `intake` reads the denial into
    the case (it writes the notice date and the category it finds), the same case is the appeal."""
    return str(data.get("request") or "").strip() in REQUEST_KINDS and all(
        is_blank(get_path(data, k)) for k in DENIAL_RECORDED)


def set_path(data: dict, dotted: str, value: Any) -> None:
    """data["a"]["b"] = value for "a.b", making the groups on the way."""
    *parents, key = dotted.split(".")
    node = data
    for part in parents:
        node = node.setdefault(part, {})
    node[key] = value


def get_path(data: dict, dotted: str, default: Any = None) -> Any:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


def is_blank(value: Any) -> bool:
    """None, empty or whitespace-only text, an empty list or group: what "not filled in" means everywhere."""
    return value is None or (isinstance(value, str) and not value.strip()) or value == [] or value == {}


# ---------------------------------------------------------------------------------------------- loading

def read_yaml(path: Path):
    """Parse a YAML file with ruamel (round-trip, so line numbers are kept); errors name the line."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if kind := special_file(path):
        raise CaseError(refused_special(shown(path), kind, N_("the YAML file itself")))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseError(_("{file}: not found. Create a case folder with `appeal-kit init FOLDER`.").format(
            file=path)) from None
    except UnicodeDecodeError:
        raise CaseError(_("{file}: is not UTF-8 text. Save it again as UTF-8 (plain text).").format(
            file=path)) from None
    try:
        data = copy.deepcopy(_parsed_case_file(text, path))  # a copy: callers may change what they get
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _(" line {line}, column {column}").format(line=mark.line + 1, column=mark.column + 1) if mark else ""
        raise CaseError(_("{file}:{where}: {problem}. Check the indentation and that text containing a colon is in "
                          "quotes.").format(file=path, where=where, problem=exc.problem or exc.context)) from None
    except YAMLError as exc:
        raise CaseError(_("{file}: cannot be read as YAML ({problem}).").format(file=path, problem=exc)) from None
    return data


@lru_cache(maxsize=4)
def _parsed_case_file(text: str, path: Path):
    """The text parsed once per process: `check` reads case.yaml to see whether there is a denial yet, then again to
    check the appeal, and round-trip parsing takes 15-30 ms where a copy takes 2-3 ms."""
    return load_yaml(text, path, what=N_("a case file"), error=CaseError, round_trip=True)


def _line_of(node, key) -> str:
    try:
        return _(" (line {line})").format(line=node.lc.key(key)[0] + 1)
    except (AttributeError, KeyError, TypeError):
        return ""


def parse_date(value: Any, *, what: str) -> str:
    """Turn what people write ("March 3, 2026", "03/03/2026", "3 Mar 2026") into an ISO date string.

    US order (month first) is assumed for ambiguous numeric dates, as on US insurance paperwork. A year outside
    PLAUSIBLE_YEARS is refused: no appeal concerns it, and deadlines counted from it would leave the calendar.
    """
    return _plausible(_parse_date(value, what=what), value, what)


def _plausible(iso: str, value: Any, what: str) -> str:
    if int(iso[:4]) not in PLAUSIBLE_YEARS:
        raise CaseError(_("{field}: {text!r} is not a date an appeal can concern (the year should be between {first} "
                          "and {last}). Write it like March 3, 2026.").format(
            field=what, text=str(value), first=PLAUSIBLE_YEARS.start, last=PLAUSIBLE_YEARS.stop - 1))
    return iso


def _parse_date(value: Any, *, what: str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    # The usual spellings are read without dateparser, whose first call costs about 0.3 s.
    for pattern in COMMON_DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            pass
    # Spanish too: "3 de mayo de 1961" in a case.yaml a Spanish-speaking family filled in
    found = date_from_words(text)
    if found is None:
        raise CaseError(_("{field}: {text!r} is not a date I can read. Write it like March 3, 2026 or "
                          "2026-03-03.").format(field=what, text=text))
    return found


def date_from_words(text: str, *, day_first: bool = False) -> str | None:
    """A full date (day, month and year) written in English or Spanish words or numbers, read by dateparser, as
    YYYY-MM-DD; None when it is not one. `day_first`: 3/5 is May 3 (a Spanish answer), else March 5."""
    import dateparser

    parsed = dateparser.parse(text, languages=["es", "en"] if day_first else ["en", "es"],
                              settings={"DATE_ORDER": "DMY" if day_first else "MDY", "PREFER_DAY_OF_MONTH": "first",
                                        "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


def parse_date_list(items: list, *, what: str) -> tuple[list[str], list[str]]:
    """Parse a list of dates, mending lists YAML split at the comma inside a date.

    `[March 3, 2026, March 5, 2026]` reaches us as four items ("March 3", 2026, "March 5", 2026): an item
    that is not a whole date is joined with the next one before it counts as a mistake.
    """
    out, problems = [], []
    pending = ""
    for item in map(str, items):
        joined = _try_date(f"{pending}, {item}", what) if pending else None
        if joined:
            out.append(joined)
            pending = ""
            continue
        if pending:
            problems.append(_unreadable_date(what, pending))
        parsed = _try_date(item, what)
        if parsed:
            out.append(parsed)
        pending = "" if parsed else item
    if pending:
        problems.append(_unreadable_date(what, pending))
    return out, problems


def _unreadable_date(what: str, text: str) -> str:
    return _("{field}: {text!r} is not a date I can read. Write it like March 3, 2026.").format(field=what, text=text)


def _try_date(text: str, what: str) -> str | None:
    try:
        return parse_date(text, what=what)
    except CaseError:
        return None


def to_plain(node: Any) -> Any:
    """ruamel's commented containers -> plain dicts and lists; text in composed Unicode (NFC), so a name pasted
    with combining accents prints the same in the stamps, the index, the bookmarks and the letter."""
    if isinstance(node, dict):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, str):
        return unicodedata.normalize("NFC", str(node))
    return node


# a clinical.history row's `end` that says the drug is still taken, not when it ended
_STILL_TAKEN_END = re.compile(r"(?i)\s*(?:ongoing|continuing|current(?:ly taken)?|present|to date|still taken)\s*")


def _mark_still_taken(data: dict) -> None:
    """A history row written `end: ongoing` (or present, current) is a drug still taken: it becomes `ongoing: true`
    with no end, as docs/case-yaml.md writes it, so the letter knows it is taken now (letters set 84, case 08: a drug
    taken since 2025 asked for "before the treatment begins")."""
    for row in get_path(data, "clinical.history") or []:
        if isinstance(row, dict) and isinstance(row.get("end"), str) and _STILL_TAKEN_END.fullmatch(row["end"]) \
                and row.get("ongoing") in (None, True):
            row["ongoing"], row["end"] = True, None


def _normalize(raw, case_file: Path) -> tuple[dict, list[str]]:
    """Check types and dates; return plain data and a list of problems (all of them, not just the first)."""
    problems: list[str] = []
    data = to_plain(raw)
    for f in FIELDS:
        section, _dot, key = f.path.partition(".")
        parent = data.get(section)
        if parent is not None and not isinstance(parent, dict):
            problems.append(_("`{section}` should be a group of fields (like `{section}:` followed by indented "
                              "`{key}: ...`)").format(section=section, key=key) + _line_of(raw, section))
            data[section] = {}
            continue
        value = get_path(data, f.path)
        if is_blank(value):
            continue
        where = f"{f.path}{_line_of(raw.get(section), key)}"
        if f.kind == "date":
            try:
                data[section][key] = parse_date(value, what=where)
            except CaseError as exc:
                problems.append(exc.message)
        elif f.kind in ("dates", "list"):
            items = value if isinstance(value, list) else [value]
            if f.kind == "dates":
                items, bad = parse_date_list(items, what=where)
                problems += bad
            data[section][key] = [str(i).strip() for i in items]
        elif isinstance(value, (dict, list)):
            problems.append(_("{field}: should be a single value, not a list or group").format(field=where))
        else:
            data[section][key] = str(value).strip() if not isinstance(value, date) else value.isoformat()
    category = get_path(data, "claim.denial_category")
    if not is_blank(category) and category not in DENIAL_CATEGORIES:
        problems.append(_("{field}: {value!r} is not one of: {known}").format(
            field="claim.denial_category" + _line_of(raw.get("claim"), "denial_category"), value=category,
            known=", ".join(DENIAL_CATEGORIES)))
    request = data.get("request")
    if not is_blank(request) and str(request).strip() not in REQUEST_KINDS:
        problems.append(_("{field}: {value!r} is not one of: {known} (leave it out for an appeal)").format(
            field="request" + _line_of(raw, "request"), value=request, known=", ".join(REQUEST_KINDS)))
    _mark_still_taken(data)
    plan_type = get_path(data, "claim.plan_type")
    if not is_blank(plan_type) and plan_type not in PLAN_TYPES:
        problems.append(_("{field}: {value!r} is not one of: {known}").format(
            field="claim.plan_type" + _line_of(raw.get("claim"), "plan_type"), value=plan_type,
            known=", ".join(PLAN_TYPES)))
    return data, problems


def blank_fields(data: dict, required: list[str]) -> list[str]:
    return [path for path in required if is_blank(get_path(data, path))]


def field_help(path: str) -> str:
    f = FIELDS_BY_PATH.get(path)
    return _(f.help if f else N_("used by the letter template"))


def missing_fields(data: dict, required: list[str]) -> list[str]:
    """Explain each required field that is blank, with what it is for."""
    return [f"{path}: {field_help(path)}" for path in blank_fields(data, required)]


def core_required() -> list[str]:
    return [f.path for f in FIELDS if f.required]


def _read_case(folder: Path):
    """case.yaml parsed (ruamel node, for line numbers), normalized to plain values, its problems, and the
    unknown nested keys (warnings). An unknown top-level key is a problem."""
    from appeal_kit.case.schema import unknown_keys, wrong_shapes

    folder = Path(folder)
    if not folder.is_dir():
        raise CaseError(_("{folder}: no such case folder. Create one with `appeal-kit init {folder}`.").format(
            folder=folder))
    case_file = folder / CASE_FILE
    raw = read_yaml(case_file)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise CaseError(_("{file}: should be a list of `name: value` fields, like the file `appeal-kit init` "
                          "writes.").format(file=case_file))
    data, problems = _normalize(raw, case_file)
    problems += wrong_shapes(raw)
    unknown = unknown_keys(raw)
    problems += [f"{u.path}: {u.message}" for u in unknown if u.top_level]
    return raw, data, problems, [(u.path, u.message) for u in unknown if not u.top_level]


def _raise_problems(case_file: Path, problems: list[str]) -> None:
    if problems:
        raise CaseError(_("{file} needs fixing:").format(file=case_file) + "\n  - " + "\n  - ".join(problems))


def load_case_data(folder: Path) -> dict:
    """case.yaml as checked plain values, without requiring the appeal's fields or listing exhibits: for
    commands that work before the case is complete (deadline, superbill)."""
    _raw, data, problems, _unknown = _read_case(folder)
    _raise_problems(Path(folder) / CASE_FILE, problems)
    return data


def load_case(folder: Path, *, extra_required: tuple[str, ...] | list[str] = ()) -> Case:
    """Read and validate FOLDER/case.yaml and list its exhibits. Every problem is reported at once."""
    folder = Path(folder)
    raw, data, problems, unknown = _read_case(folder)
    required = list(dict.fromkeys([*core_required(), *extra_required]))
    if is_request(data):  # nothing is denied yet: no claim number or denial reason to ask for
        required = [f for f in required if f not in DENIAL_FIELDS]
    missing = missing_fields(data, required)
    if missing:
        problems.append(_("these fields are missing or empty:") + "\n    " + "\n    ".join(missing))
    exhibits: list[ExhibitSource] = []
    unlisted: list[Path] = []
    try:
        exhibits = _exhibit_sources(folder, raw.get("exhibits"), proper_names(data))
        if raw.get("exhibits") is not None:
            listed = {e.path for e in exhibits}
            unlisted = [p for p in folder_evidence(folder) if p not in listed]
    except CaseError as exc:
        problems.append(exc.message)
    named = [(key, get_path(data, key)) for key in ("author.authorization", "provider.waiver")]
    if (folder / LETTER_FILE).is_symlink() or special_file(folder / LETTER_FILE):
        named.append((LETTER_FILE, LETTER_FILE))
    for key, name in named:
        if not is_blank(name):
            try:
                inside(folder, name, what=key)
            except CaseError as exc:
                problems.append(exc.message)
    prefix = str(data.get("bates_prefix") or default_bates_prefix(get_path(data, "patient.name") or "",
                                                                 get_path(data, "patient.language") or "")
                 or "").strip().upper()
    if not prefix and not is_blank(get_path(data, "patient.name")):
        problems.append(_("bates_prefix: the patient's family name cannot be spelled in Latin letters from how the "
                          "name is written; add a line `bates_prefix: ` with it as on the insurance card (e.g. "
                          "bates_prefix: KHATIB)"))
    elif prefix and not BATES_PREFIX_RE.match(prefix):
        problems.append(_("{field}: {value!r} should be 1-20 letters or digits (dashes and underscores allowed), like "
                          "WHITFIELD").format(field="bates_prefix" + _line_of(raw, "bates_prefix"), value=prefix))
    _raise_problems(folder / CASE_FILE, problems)
    return Case(folder=folder, data=data, exhibits=exhibits, bates_prefix=prefix, unknown_keys=unknown,
                unlisted=unlisted)


def default_bates_prefix(name: str, language: str = "") -> str | None:
    """The patient's family name in capitals without accents, by the name's convention ("Nguyễn Thị Hằng" ->
    NGUYEN, "María Guadalupe Ibáñez Muñoz" -> IBANEZ, "王小明" -> WANG); None when it has to be asked for."""
    from appeal_kit.case.names import family_name

    return family_name(name, language).prefix


# Files that operating systems and office programs leave in folders: never evidence, never a template.
JUNK_NAMES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", ".ds_store", "__macosx"})


def is_junk(p: Path) -> bool:
    """Hidden files, OS leftovers (Thumbs.db, desktop.ini, .DS_Store, __MACOSX/), Word's `~$` owner files,
    LibreOffice's `.~lock.*#` and editors' `*~` backups."""
    name = p.name
    return (name.lower() in JUNK_NAMES or name.startswith((".", "~$")) or name.endswith("~")
            or "__MACOSX" in p.parts)


def _is_evidence_file(p: Path) -> bool:
    """A file of evidence, or a named pipe, socket or device where one would be (refused by `inside`, by name)."""
    return (p.is_file() or special_file(p) is not None) and not is_junk(p) and p.suffix.lower() not in \
        REFERENCE_SUFFIXES


def inside(base: Path, name: Path | str, *, what: str) -> Path:
    """`name` (relative to `base`, the case folder or the clinic profile's folder) as an absolute path, after
    following every link, when it lies inside `base`; else CaseError naming it. A packet carries only what the
    person put in the case folder: never another client's notes that a `../`, an absolute path or a link reaches.
    A named pipe, socket or device there is refused too (errors.special_file), before anything opens it."""
    root = Path(base).resolve()
    path = (Path(base) / str(name)).resolve()
    if path == root or root in path.parents:
        if kind := special_file(path):
            raise CaseError(refused_special(f"{what}: {shown(name)}", kind))
        return path
    raise CaseError(_("{what}: {name} leads to {path}, outside the folder {folder}. appeal-kit uses only files inside "
                      "that folder (links are followed to see where they go); copy the file into the folder and name "
                      "the copy.").format(what=what, name=shown(name), path=shown(path), folder=shown(root)))


def converts_early(folder: Path, cached: bool) -> bool:
    """Whether a build of `folder` should start LibreOffice before it knows what it converts: always, unless a
    cache of converted documents may hold all of them (the user's own letter.docx, converted before)."""
    return not cached or not (Path(folder) / LETTER_FILE).is_file()


def folder_evidence(folder: Path) -> list[Path]:
    """The evidence files in the four folders, in packet order: folder by folder, names sorted. A file or folder
    that is a link to somewhere outside the case folder is refused by name (CaseError), never silently used."""
    found = []
    for sub in EVIDENCE_FOLDERS:
        d = folder / sub
        if d.is_dir():
            inside(folder, sub, what=f"{sub}/")
            found += [inside(folder, f"{sub}/{p.name}", what=_("evidence file"))
                      for p in sorted(d.iterdir(), key=lambda p: p.name.lower()) if _is_evidence_file(p)]
    return found


# Abbreviations a file name writes in lower case that a title writes in capitals ("hr-letter" -> "HR letter"): only
# ones that are never an English or Spanish word of their own.
TITLE_ABBREVIATIONS = frozenset((
    "hr eob eoc spd sbc lmn tms ect iv er icd cpt hcpcs msn phq gad madrs npi pcp np md lcsw cms fehb opm tpa hmo "
    "ppo epo cob msp chip sca iop php aba ocd ptsd trd mdd crps adhd ekg ecg eeg mri dob ndc pdl lcd ncd qic alj "
    "iro ire erisa aca ssa ssdi rx pos ohi ma pdp mco aor").split())
# a form's or a code's letters before its number of two digits or more ("sf2810" -> "SF2810", "cms1696"; letters set 64,
# cases 03, 04 and 07: "Sf2810 notice", "Ohi questionnaire", "Ma plan disenrollment"); one digit may be a name's
# ("photo-exif6")
FORM_NUMBER = re.compile(r"[a-z]{1,4}\d{2,}[a-z]?")


def title_from_filename(path: Path, names: dict[str, str] | None = None) -> str:
    """"2026-02-10_progress-notes.pdf" -> "2026-02-10 progress notes", "hr-letter.txt" -> "HR letter" (composed
    Unicode, as macOS file names store accents apart). `names` (proper_names): the words and runs of words the case
    itself writes only as a name are written so ("st-aurelian-log" -> "St Aurelian log", "bluewater-child-psychiatry-
    notes" -> "Bluewater Child Psychiatry notes": set 20, case 08)."""
    names = names or {}
    # dashes stay only inside dates and numbers
    words = re.sub(r"_+|-(?!(?<=\d-)\d)", " ", unicodedata.normalize("NFC", path.stem)).strip().split()
    out: list[str] = []
    i = 0
    while i < len(words):
        # the longest run of lower-case words the case writes as a name, else the word alone
        run = next((n for n in range(min(6, len(words) - i), 0, -1)
                    if all(w.islower() for w in words[i:i + n]) and " ".join(words[i:i + n]) in names), 0)
        if run:
            out += names[" ".join(words[i:i + run])].split()
            i += run
            continue
        w = words[i]
        out.append(w.upper() if (w in TITLE_ABBREVIATIONS or FORM_NUMBER.fullmatch(w)) else w)
        i += 1
    stem = " ".join(out)
    return stem[:1].upper() + stem[1:] if stem else path.name


def strings_in(value: Any) -> list[str]:
    """Every string a case.yaml value holds, however deep in its groups and lists."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return [value] if isinstance(value, str) else []


# a value that is a path, an address or a link, not words: its lower case says nothing of how a name is written
_NOT_PROSE = re.compile(r"^\S*[/@\\]\S*$|^\S+\.[a-z0-9]{2,5}$", re.I)
# a name as prose writes it: capitalized words in a row ("St. Aurelian Regional Hospital", "Bluegate")
_NAME_RUN = re.compile(r"(?:\b[A-Z][^\W\d_]*\.?(?:\s+|$)){1,6}")


def proper_names(data: Any) -> dict[str, str]:
    """How case.yaml writes names, by their lower-case words: each run of two to six capitalized words it writes
    ("St. Aurelian" -> "st aurelian": "St Aurelian"), and each word that leads such a run and is written only that
    way, never in lower case ("Bluegate", or capitals of three letters or more: "TRICARE"). Paths, e-mail addresses
    and links are not read."""
    words: dict[str, set[str]] = {}
    runs: dict[str, str] = {}
    leading: set[str] = set()
    for value in strings_in(data):
        if _NOT_PROSE.match(value):
            continue
        letters = re.findall(r"[^\W\d_]", value)
        shouted = sum(c.isupper() for c in letters) > len(letters) / 2  # a heading in capitals names nothing
        for w in re.findall(r"[^\W\d_]{2,}", value):
            words.setdefault(w.lower(), set()).add(w.lower() if shouted and w.isupper() else w)
        for m in _NAME_RUN.finditer(value):
            parts = [p.rstrip(".") for p in m.group(0).split()]
            for n in range(len(parts), 1, -1):  # the run and its leading parts
                runs.setdefault(" ".join(parts[:n]).lower(), " ".join(parts[:n]))
            if len(parts) > 1:
                leading.add(parts[0])
    # a word alone only where it leads a name ("Bluegate Health Insurance Company"), never a common word inside one
    # ("Step Therapy Policy": "policy" stays lower case in "step-therapy-policy-excerpt" read alone), or where it is
    # only ever written in capitals ("OHI")
    single = {low: form for low, forms in words.items() if low not in forms and len(forms) == 1
              for form in forms if (form in leading and form[1:].islower()) or (form.isupper() and len(form) > 2)}
    return {**single, **runs}


def _exhibit_sources(folder: Path, listed, names: dict[str, str] | None = None) -> list[ExhibitSource]:
    if listed is None:
        return [ExhibitSource(p, title_from_filename(p, names)) for p in folder_evidence(folder)]
    if not isinstance(listed, list):
        raise CaseError(_("exhibits: should be a list of `- file: ...` entries, or left out to use every file in "
                          "denial/, clinical/, literature/ and other/"))
    out, problems = [], []
    for i, item in enumerate(listed):
        where = _("exhibits item {n}").format(n=i + 1) + (_line_of(listed, i) if hasattr(listed, 'lc') else '')
        if isinstance(item, str):
            item = {"file": item}
        if not isinstance(item, dict) or not item.get("file"):
            problems.append(_("{where}: needs `file:` (a path inside the case folder)").format(where=where))
            continue
        try:
            path = inside(folder, item["file"], what=where)
        except CaseError as exc:
            problems.append(exc.message)
            continue
        if not path.is_file():
            problems.append(_("{where}: file {file} was not found in {folder}").format(where=where, file=item["file"],
                                                                                      folder=folder))
            continue
        title = item.get("title")
        out.append(ExhibitSource(path, to_plain(str(title)) if title else title_from_filename(path, names)))
    if problems:
        raise CaseError("; ".join(problems))
    return out


# ---------------------------------------------------------------------------------------------- scaffolding

CASE_TEMPLATE = N_("""\
# appeal-kit case file. Fill in what you know; lines starting with # are notes and are ignored.
# Dates can be written the way you like: March 3, 2026 / 03/03/2026 / 2026-03-03.
# Text containing a colon (:) must be put in "quotes".
# Run `appeal-kit check {folder}` at any time to see what is still missing.

patient:
  name:              # required - printed on every page of the packet
  salutation:        # how the letter names you after the first time, e.g. Ms. Rivera
  date_of_birth:
  member_id:         # required - from your insurance card
  language:          # e.g. es: the letter asks the plan to send its decision and notices in Spanish
  address:
  phone:
  email:

insurer:
  name:              # required - the insurance company or plan
  appeals_address:   # where appeals go (see the denial letter)
  fax:

claim:
  number:            # required - claim, reference or authorization number on the denial
  notice_date:       # the date printed on the denial letter
  service_dates: []  # e.g. [March 3 2026, March 5 2026] or one per line: - March 3, 2026
  procedure_codes: []  # e.g. [96365, J3490]
  diagnosis_codes: []  # e.g. [F33.2]
  denial_reason:     # required - what the denial letter says, in its words
  denial_category:   # medical_necessity, experimental_investigational, prior_authorization,
                     # step_therapy, out_of_network, not_covered, coding_billing, timely_filing,
                     # coordination_of_benefits, other

treatment:
  name:              # required - e.g. IV ketamine infusions
  summary:           # why you need it, in a sentence or two

author:              # who signs the letter
  name:              # required
  role: Patient      # or Advocate, Treating psychiatrist, ...
  # authorization:   # if you write for someone else: their signed authorization, e.g. other/authorization.pdf
  address:
  phone:
  email:

template: {template}   # see `appeal-kit templates` for the choices

# bates_prefix: SMITH    # page numbers will read SMITH-000001; defaults to the patient's surname

# exhibits:              # leave out to use every file in denial/, clinical/, literature/, other/
#   - file: denial/notice.pdf
#     title: Denial notice
""")


def init_case(folder: Path, *, template: str = DEFAULT_TEMPLATE) -> list[Path]:
    """Create the case folder skeleton. Never touches an existing case.yaml; returns what it created."""
    from appeal_kit.errors import WouldOverwriteError

    folder = Path(folder)
    case_file = folder / CASE_FILE
    if case_file.exists():
        raise WouldOverwriteError(_("{file} already exists; appeal-kit will not overwrite it. Pick a new folder name, "
                                    "or edit that file.").format(file=case_file))
    created = []
    folder.mkdir(parents=True, exist_ok=True)
    for sub in EVIDENCE_FOLDERS:
        d = folder / sub
        if not d.exists():
            d.mkdir()
            created.append(d)
    write_text_atomically(case_file, _(CASE_TEMPLATE).format(folder=folder, template=template))
    created.insert(0, case_file)
    return created


# ---------------------------------------------------------------------------------------------- editing

@dataclass
class CaseUpdate:
    case_file: Path
    changed: list[tuple[str, Any, Any]] = field(default_factory=list)  # (path, old, new)
    kept: list[tuple[str, Any, Any]] = field(default_factory=list)  # differing values left alone (no force)
    diff: str = ""


def update_case_file(folder: Path, values: dict[str, Any], *, force: bool = False,
                     notes: dict[str, str] | None = None) -> CaseUpdate:
    """Set dotted-path values in FOLDER/case.yaml, keeping the user's comments and layout (ruamel round-trip).

    Only empty fields are filled unless `force`; the file is rewritten atomically, and a unified diff of the
    change is returned so the user can see what happened. `notes` (path -> text) are written as a comment after
    a value written now: a value kept in English for appeal-kit to read, said in the person's language beside it.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    case_file, old_text, data = _open_for_edit(folder)
    result = CaseUpdate(case_file)
    for path, value in values.items():
        value = to_plain(value)  # composed Unicode, like everything read from case.yaml
        *parents, key = path.split(".")
        node = data
        for part in parents:
            child = node.get(part)
            if child is None:
                child = node[part] = CommentedMap()
            elif not isinstance(child, dict):
                raise CaseError(_("{file}: `{part}` should be a group of fields; fix it first.").format(
                    file=case_file, part=part))
            node = child
        old = node.get(key)
        if to_plain(old) == value or (old is not None and not isinstance(value, (list, dict))
                                    and str(old) == str(value)):
            continue
        if old and isinstance(old, list) and isinstance(value, list) and value[:len(old)] == to_plain(old) \
                and all(isinstance(v, dict) for v in value):
            result.changed.append((path, to_plain(old), value))
            old.extend(value[len(old):])  # a record appended to (submissions): its earlier entries keep comments
            continue
        if not (is_blank(old) or force):
            result.kept.append((path, to_plain(old), value))
            continue
        new_value = value
        if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
            new_value = CommentedSeq(value)
            new_value.fa.set_flow_style()
        if key not in node and len(node) >= 2:
            # insert before the last key, so the last key keeps the comments and blank line that trail it
            node.insert(len(node) - 1, key, new_value)  # a CommentedMap
        else:
            node[key] = new_value
        if notes and notes.get(path):
            node.yaml_add_eol_comment("# " + " ".join(notes[path].split()), key)
        result.changed.append((path, None if is_blank(old) else to_plain(old), value))
    if result.changed:
        result.diff = _rewrite(case_file, old_text, data)
    return result


def _rewrite(case_file: Path, old_text: str, data) -> str:
    """Write the edited round-trip node back to case.yaml (atomically); return the unified diff."""
    import difflib
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    if re.search(r":[ \t]*(#.*)?\n(?:[ \t]*#.*\n)*( +)- ", old_text):
        yaml.indent(mapping=2, sequence=4, offset=2)  # the file indents its list dashes: keep that style
    buf = io.StringIO()
    yaml.dump(data, buf)
    new_text = buf.getvalue()
    write_text_atomically(case_file, new_text)
    return "".join(difflib.unified_diff(old_text.splitlines(keepends=True), new_text.splitlines(keepends=True),
                                        _("{file} (before)").format(file=case_file),
                                        _("{file} (after)").format(file=case_file)))


def edit_case_file(folder: Path, edit: Callable[[Any], None]) -> str:
    """Change case.yaml in place with `edit(data)` on its round-trip node (the comments of the file and of the
    entries it does not touch stay), write it atomically, and return the unified diff ("" when nothing changed)."""
    case_file, old_text, data = _open_for_edit(folder)
    edit(data)
    return _rewrite(case_file, old_text, data)


def _open_for_edit(folder: Path) -> tuple[Path, str, Any]:
    """(case.yaml's path, its text, its round-trip node: an empty file gives an empty mapping) for an edit that keeps
    the user's comments and layout."""
    from ruamel.yaml.comments import CommentedMap

    case_file = Path(folder) / CASE_FILE
    if not case_file.is_file():
        raise CaseError(_("{file}: not found. Create the case folder first with `appeal-kit init {folder}`.").format(
            file=case_file, folder=folder))
    old_text = case_file.read_text(encoding="utf-8")
    data = read_yaml(case_file)
    if data is None:
        data = CommentedMap()
    if not isinstance(data, dict):
        raise CaseError(_("{file}: should be a list of `name: value` fields, like the file `appeal-kit init` "
                          "writes.").format(file=case_file))
    return case_file, old_text, data


def list_exhibit(folder: Path, evidence: Path, title: str) -> str:
    """Add `evidence` to case.yaml's `exhibits:` list, after the files from the same folder, when the case lists
    its exhibits and this one is missing. Returns a sentence saying what happened."""
    from ruamel.yaml.comments import CommentedMap

    folder = Path(folder)
    case_file = folder / CASE_FILE
    old_text = case_file.read_text(encoding="utf-8")
    data = read_yaml(case_file)
    listed = data.get("exhibits") if isinstance(data, dict) else None
    rel = Path(evidence).resolve().relative_to(folder.resolve()).as_posix()
    if listed is None:
        return _("case.yaml lists no exhibits, so every file in the four folders goes in, {file} included.").format(
            file=rel)
    if not isinstance(listed, list):
        return _("Did not add {file} to `exhibits:` in {case_file}: it is not a list. Fix it and add the "
                 "file.").format(file=rel, case_file=case_file)
    files = [(str(i.get("file")) if isinstance(i, dict) else str(i)) for i in listed]
    if any((folder / f).resolve() == Path(evidence).resolve() for f in files):
        return _("{file} is already in the exhibits list of {case_file}.").format(file=rel, case_file=case_file)
    same_folder = [n for n, f in enumerate(files) if Path(f).parent == Path(rel).parent]
    at = same_folder[-1] + 1 if same_folder else 0
    listed.insert(at, CommentedMap([("file", rel), ("title", title)]))
    _rewrite(case_file, old_text, data)
    return _("Added {file} to the exhibits list of {case_file} (as exhibit {n}; move it if you like).").format(
        file=rel, case_file=case_file, n=at + 1)


def write_text_atomically(path: Path, text: str) -> None:
    """Never a half-written case.yaml; its permissions are kept."""
    from appeal_kit.files import atomic_write

    atomic_write(path, lambda fh: fh.write(text.encode("utf-8")), what=N_("case file"))
