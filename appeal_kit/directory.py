"""Where to send it and who can help: the directory of regulators, external-review routes and free help.

The facts are data (letter_templates/directory/: one file per state and DC, and federal.yaml), each field with the
official page it was read from and the day it was checked. A field has one of three forms:

- `value` with `source` (a URL) and `checked` (a date): the fact, as the page states it;
- `none` with `source` and `checked`: the page says the state has no such thing (e.g. no state-run external review);
- `value: null` with `source` saying it was not found: nobody could source it yet. Never a guess.

Any of them may carry a `note`: what else the page says about the field, for whoever keeps the directory. A note is
never printed, so a value that a letter puts on an envelope (a name, an address) holds the name or address alone.

docs/sending.md says how to update them. Nothing here goes to the network: the files ship with appeal-kit.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from appeal_kit.bundled import bundled_dir, read_yaml_mapping
from appeal_kit.case.names import person_key
from appeal_kit.errors import TemplateError
from appeal_kit.i18n import N_, _
from appeal_kit.rules import delivery

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming",
}

# Every state file holds every one of these fields (in one of the three forms above).
STATE_FIELDS = (
    "insurance_department.name", "insurance_department.address", "insurance_department.phone",
    "insurance_department.complaint_page",
    # route: "state" (the state runs external review for insured plans) or "federal" (the HHS-administered process)
    "external_review.route", "external_review.agency", "external_review.address", "external_review.form",
    "external_review.window", "external_review.expedited",
    "consumer_assistance.name", "consumer_assistance.phone",
    "ship.name", "ship.phone",
    "medicaid.fair_hearing_office", "medicaid.fair_hearing_address", "medicaid.ombudsman",
)
# The federal entries (federal.yaml): each has these fields.
# legal_aid: the Legal Services Corporation, funding a civil legal aid program in every state (free help on Medicaid)
FEDERAL_ENTRIES = ("ebsa", "opm_fehb", "federal_external_review", "medicare", "legal_aid")
FEDERAL_FIELDS = ("name", "address", "phone", "url")

STALE_AFTER = dt.timedelta(days=365)
NOT_FOUND = re.compile(r"^not found\b")


@dataclass(frozen=True)
class Fact:
    """One field of the directory: its value (None when not found or when there is none), where it came from and
    when that was checked."""
    value: Any
    source: str
    checked: dt.date | None
    none: str | None = None  # the source says there is none: in its words, shortly

    @property
    def found(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Entry:
    """A state's (or a federal body's) fields, by dotted name."""
    key: str
    name: str
    facts: dict[str, Fact] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        fact = self.facts.get(name)
        return fact.value if fact else None

    def oldest_check(self, names: tuple[str, ...] | None = None) -> dt.date | None:
        dates = [f.checked for n, f in self.facts.items() if f.found and f.checked and (names is None or n in names)]
        return min(dates) if dates else None


def directory_dir() -> Path:
    return bundled_dir() / "directory"


def _fact(where: str, raw: Any) -> Fact:
    if not isinstance(raw, dict):
        raise TemplateError(f"{where}: should be a mapping with value, source and checked")
    unknown = set(raw) - {"value", "source", "checked", "none", "note"}
    if unknown:
        raise TemplateError(f"{where}: unknown key {sorted(unknown)[0]} (value, source, checked, none, note)")
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        raise TemplateError(f"{where}: every field needs its source (a URL, or why it was not found)")
    checked = raw.get("checked")
    if checked is not None and not isinstance(checked, dt.date):
        raise TemplateError(f"{where}: checked should be a date (2026-12-02)")
    value, none = raw.get("value"), raw.get("none")
    if none is not None:
        if value is not None or not source.startswith("http") or checked is None:
            raise TemplateError(f"{where}: `none` needs no value, and the official page (URL) and date saying so")
        return Fact(None, source, checked, none=str(none))
    if value is None:
        if not NOT_FOUND.match(source):
            raise TemplateError(f"{where}: a field without a value says why: 'not found in the stored copies on DATE'")
        return Fact(None, source, checked)
    if not source.startswith("http") or checked is None:
        raise TemplateError(f"{where}: a value needs the official page it came from (a URL) and the date checked")
    return Fact(value, source, checked)


def _entry(path: Path, key: str, raw: Any, fields: tuple[str, ...]) -> Entry:
    if not isinstance(raw, dict) or not isinstance(raw.get("fields"), dict):
        raise TemplateError(f"{path}: {key} should have a name and its fields")
    given = raw["fields"]
    missing = [f for f in fields if f not in given]
    extra = [f for f in given if f not in fields]
    if missing or extra:
        raise TemplateError(f"{path}: {key}: " + ("missing " + ", ".join(missing) if missing else
                                                  "unknown field " + ", ".join(extra)))
    facts = {f: _fact(f"{path}: {key} {f}", given[f]) for f in fields}
    return Entry(key, str(raw.get("name") or key), facts)


@lru_cache(maxsize=64)
def state(code: str) -> Entry:
    """The directory entry of a state or DC by its postal code; TemplateError when the file is missing or broken."""
    code = code.upper()
    if code not in STATES:
        raise TemplateError(f"{code}: not a US state or DC postal code")
    path = directory_dir() / f"{code}.yaml"
    if not path.is_file():
        raise TemplateError(f"{path}: the directory has no entry for {STATES[code]}")
    raw = read_yaml_mapping(path, "a state's directory entry")
    if raw.get("state") != code:
        raise TemplateError(f"{path}: state should be {code}")
    return _entry(path, code, raw, STATE_FIELDS)


@lru_cache(maxsize=1)
def federal() -> dict[str, Entry]:
    path = directory_dir() / "federal.yaml"
    raw = read_yaml_mapping(path, "the federal directory entries")
    missing = [k for k in FEDERAL_ENTRIES if k not in raw]
    if missing:
        raise TemplateError(f"{path}: missing {', '.join(missing)}")
    return {k: _entry(path, k, raw[k], FEDERAL_FIELDS) for k in FEDERAL_ENTRIES}


# EBSA's field offices (federal.yaml `ebsa_offices`): each has these fields and the states it serves, a state listed
# only where its own regulator's page sends residents with a self-funded plan to that office.
OFFICE_FIELDS = ("name", "address", "phone")


@dataclass(frozen=True)
class Office:
    entry: Entry
    states: dict[str, Fact]  # postal code: the state's own page saying its residents go to this office


@lru_cache(maxsize=1)
def ebsa_offices() -> dict[str, Office]:
    path = directory_dir() / "federal.yaml"
    raw = read_yaml_mapping(path, "the federal directory entries").get("ebsa_offices") or {}
    if not isinstance(raw, dict):
        raise TemplateError(f"{path}: ebsa_offices should map each office to its name, fields and states")
    offices: dict[str, Office] = {}
    served_by: dict[str, str] = {}
    for key, office in raw.items():
        entry = _entry(path, f"ebsa_offices {key}", office, OFFICE_FIELDS)
        states = office.get("states")
        if not isinstance(states, dict) or not states:
            raise TemplateError(f"{path}: ebsa_offices {key}: list the states it serves, each with the page saying so")
        facts = {}
        for code, given in states.items():
            where = f"{path}: ebsa_offices {key} states {code}"
            if code not in STATES:
                raise TemplateError(f"{where}: not a US state or DC postal code")
            if code in served_by:
                raise TemplateError(f"{where}: {STATES[code]} is already served by {served_by[code]}")
            if not isinstance(given, dict) or "value" in given:
                raise TemplateError(f"{where}: give the page that sends the state's residents there (source, checked)")
            facts[code] = _fact(where, {**given, "value": code})
            served_by[code] = key
        offices[key] = Office(entry, facts)
    return offices


# The state in a US address: its two-letter code before the ZIP code ("Hartford, CT 06103"), the last one given.
_STATE_ZIP = re.compile(r"\b([A-Z]{2})\s*,?\s+\d{5}(?:-\d{4})?\b")


def state_of_address(address: Any) -> str | None:
    if not isinstance(address, str):
        return None
    codes = [m.group(1) for m in _STATE_ZIP.finditer(address) if m.group(1) in STATES]
    if codes:
        return codes[-1]
    names = [code for code, name in STATES.items() if re.search(rf"\b{re.escape(name)}\b", address)]
    return names[-1] if len(set(names)) == 1 else None


def case_state(data: dict) -> str | None:
    """The state whose rules and regulators apply: `claim.state` when set (a plan regulated where the patient does
    not live), else the state of the patient's address."""
    given = str(_group(data, "claim").get("state") or "").strip()
    if given:
        code = given.upper() if given.upper() in STATES else next(
            (c for c, n in STATES.items() if n.lower() == given.lower()), None)
        return code
    return state_of_address(_group(data, "patient").get("address"))


def _group(data: dict, name: str) -> dict:
    group = data.get(name)
    return group if isinstance(group, dict) else {}


def is_stale(fact: Fact, today: dt.date | None = None) -> bool:
    return bool(fact.found and fact.checked and (today or dt.date.today()) - fact.checked > STALE_AFTER)


FUNDING = ("insured", "self_funded")


def _plan_type(data: dict) -> str:
    return str(_group(data, "claim").get("plan_type") or "")


def funding(data: dict) -> str | None:
    """`claim.funding`: insured (an insurance company carries the risk; the state regulates it) or self_funded (the
    employer pays the claims; federal law only). None when the case does not say."""
    value = str(_group(data, "claim").get("funding") or "").strip().lower().replace("-", "_").replace(" ", "_")
    return value if value in FUNDING else None


@dataclass(frozen=True)
class Addressee:
    """Whom a letter goes to, with the directory facts it was read from (for `check`'s age and gap warnings)."""
    name: str
    address: str | None
    phone: str | None
    where: str  # the directory entry, for messages: "Connecticut", "federal (ebsa)"
    facts: tuple[tuple[str, Fact], ...] = ()


def _addressee(entry: Entry, where: str, name: str, address: str, phone: str | None) -> Addressee | None:
    if not entry.get(name):
        return None
    facts = tuple((f"{where} {n}", entry.facts[n]) for n in (name, address, phone) if n)
    return Addressee(entry.get(name), entry.get(address), entry.get(phone) if phone else None, where, facts)


def _federal(key: str) -> Addressee | None:
    return _addressee(federal()[key], f"federal.yaml {key}", "name", "address", "phone")


def _ebsa(code: str | None) -> Addressee | None:
    """EBSA for a self-funded employer plan: the field office the state's own regulator names for its residents, else
    the national office."""
    for key, office in ebsa_offices().items():
        if code in office.states:
            where = f"federal.yaml ebsa_offices {key}"
            found = _addressee(office.entry, where, "name", "address", "phone")
            if found:
                return replace(found, facts=found.facts + ((f"{where} states {code}", office.states[code]),))
    return _federal("ebsa")


def _state_department(code: str | None) -> Addressee | None:
    if not code:
        return None
    return _addressee(state(code), f"{code}.yaml", "insurance_department.name", "insurance_department.address",
                      "insurance_department.phone")


def _goes_to_state(data: dict) -> bool:
    """An individual plan, or an employer, government or church plan whose insurer carries the risk: the state
    insurance department regulates it."""
    plan_type = _plan_type(data)
    return plan_type == "individual_aca" or (plan_type in ("employer_erisa", "governmental", "church")
                                             and funding(data) == "insured")


def _state_regulated(data: dict) -> bool:
    """The state insurance department takes complaints about the plan: a plan _goes_to_state, or a short-term
    limited-duration policy, which only state insurance law governs (its external review, if any, is the state law's
    own business, so it is not on the state's external-review route)."""
    return _goes_to_state(data) or _plan_type(data) == "short_term"


# Who takes a complaint, by plan type and funding. A self-funded employer plan answers to the Labor Department only;
# an insured plan's insurer answers to the state insurance department (docs/sending.md, "Where to send it").
def regulator(data: dict) -> Addressee | None:
    """The directory's regulator for this case, or None where the directory has no entry for it (the letter then
    names the plan type's regulator without an address, letter.derived.REGULATORS)."""
    plan_type = _plan_type(data)
    if plan_type == "fehb":
        return _federal("opm_fehb")
    if plan_type in ("medicare", "medicare_advantage", "medicare_part_d"):
        return _federal("medicare")
    if _state_regulated(data):
        return _state_department(case_state(data))
    if plan_type == "employer_erisa":
        return _ebsa(case_state(data))
    return None


def external_review(data: dict) -> Addressee | None:
    """Where an insured plan's external review request goes when the state runs it: the state's agency from the
    directory. None for every other case: a self-funded plan's request goes through the plan to its reviewer, and
    where the federal process applies the final denial names which one (the HHS-administered process or a reviewer
    the insurer contracts with), so no address is guessed."""
    code = case_state(data)
    if not _goes_to_state(data) or not code or state(code).get("external_review.route") != "state":
        return None
    return _addressee(state(code), f"{code}.yaml", "external_review.agency", "external_review.address", None)


def state_review_route(data: dict) -> bool:
    """An insured (or individual) plan's external review is the state's process, 45 CFR 147.136(c) and 29 CFR
    2590.715-2719(c), not the federal one of paragraph (d): the directory says the state runs it, or, where the
    directory does not say, the insurer is state-regulated (most states run it; the final denial names the reviewer).
    Whether the directory has the agency's address does not matter here (external_review does)."""
    if not _goes_to_state(data):
        return False
    code = case_state(data)
    route = state(code).facts["external_review.route"] if code else None
    return not (route is not None and route.found and route.value != "state")


def route_note(data: dict) -> str | None:
    """One line saying which external-review route the case is on, from the directory; None when it cannot tell."""
    plan_type = _plan_type(data)
    fund = funding(data)
    if plan_type not in ("employer_erisa", "individual_aca", "governmental", "church"):
        return None
    # a self-funded state or local government plan may be under its state's process where the state extends it to
    # them, so only private employer and church plans are told "the federal process"
    if plan_type in ("employer_erisa", "church") and fund == "self_funded":
        return _("External review: a self-funded plan uses the federal process, not the state's: send the request "
                 "as the plan's final denial says (the plan passes it to an independent reviewer).")
    if plan_type != "individual_aca" and fund != "insured":
        return None
    code = case_state(data)
    if not code:
        return None
    route = state(code).facts["external_review.route"]
    if not route.found:
        return None
    if route.value == "state":
        return _("External review: {state} runs it for insured plans (source: {source}).").format(
            state=STATES[code], source=route.source)
    return _("External review: insured plans in {state} use the federal process; the final denial names the "
             "reviewer (source: {source}).").format(state=STATES[code], source=route.source)


@dataclass(frozen=True)
class Help:
    what: str  # "consumer assistance program", "SHIP (Medicare counseling)", "Medicaid managed care ombudsman"
    name: str
    phone: str | None


def free_help(data: dict) -> list[Help]:
    """The free help the directory lists for the case's state: the SHIP on Medicare, the Medicaid ombudsman on
    Medicaid, the consumer assistance program on other plans. Empty when the state or the entry is unknown."""
    code = case_state(data)
    plan_type = _plan_type(data)
    # TRICARE is no state's business: its own counselors help (the deadline note names them), not the state's program
    if not code or plan_type == "tricare":
        return []
    entry = state(code)
    wanted: list[tuple[str, str, str | None]]
    if plan_type.startswith("medicare"):
        wanted = [(N_("SHIP (free Medicare counseling)"), "ship.name", "ship.phone")]
    elif plan_type == "medicaid" and delivery(data) == "fee_for_service":
        # no plan, so no managed-care ombudsman: the state's fair hearing office takes the request itself
        wanted = [(N_("state fair hearing office"), "medicaid.fair_hearing_office", None)]
    elif plan_type in ("medicaid", "chip") and delivery(data) != "fee_for_service":
        wanted = [(N_("Medicaid managed care ombudsman"), "medicaid.ombudsman", None)]
    elif plan_type == "chip":
        return []
    else:
        wanted = [(N_("consumer assistance program"), "consumer_assistance.name", "consumer_assistance.phone")]
    return [Help(what, entry.get(name), entry.get(phone) if phone else None)
            for what, name, phone in wanted if entry.get(name)]


def _initials_spelled(line: str, name: str) -> str:
    """`line` with each of its capitalized abbreviations ("OPM", "HHS") that are the initials of words in a row of
    `name` ("Office of Personnel Management", the small words between them skipped) written as those words."""
    small = {"of", "and", "the", "for", "&"}
    big = [w for w in re.findall(r"[A-Za-z&]+", name) if w.lower() not in small]

    def spelled(m: re.Match) -> str:
        short = m.group(0)
        for at in range(len(big) - len(short) + 1):
            run = big[at:at + len(short)]
            if "".join(w[0] for w in run).upper() == short and all(w[0].isupper() for w in run):
                return " ".join(run)
        return short

    return re.sub(r"\b[A-Z]{2,5}\b", spelled, line)


def names_repeated(name: Any, address: Any) -> bool:
    """The first line of an address block already names the body `name` names: most of that line's words (two in
    three, plurals folded) are the name's. An address block printed under the name then says it twice (set 28, cases
    02 and 04: "Part D Independent Review Entity named in the redetermination notice" above "Part D Independent
    Review Entity - Reconsiderations"), so the name line is left out."""
    def words(text: str) -> list[str]:
        return [w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower())]

    if not str(name or "").strip() or not str(address or "").strip():
        return False
    # a marker of invented data names nothing, nor does a bracketed remark; and a unit line ("External Review Unit")
    # that shares none of the words of the body's own name, before any comma or note ("Kentucky Department of
    # Insurance, External Review (as named ...)"), does not name the body (letters set 46, cases 04 and 06: the
    # agency's name left out). The line's initials of the name's words are those words ("OPM FEHB Disputed Claims
    # Review" under "United States Office of Personnel Management, FEHB disputed claims review"; "Iowa HHS Appeals
    # Section" under "Iowa Department of Health and Human Services, Appeals Section": letters set 88, case 05; set
    # 86, case 05)
    line = _initials_spelled(re.sub(r"\([^)]*\)", " ", str(address).strip().splitlines()[0]), str(name))
    first = [w for w in words(line) if w != "fictional"]
    own = set(words(str(name)))
    head = set(words(re.split(r"[,(;]", str(name))[0])) - {"of", "the", "and", "for", "in"}
    return len(first) >= 3 and sum(w in own for w in first) * 3 >= len(first) * 2 and bool(head & set(first))


def _one_line(*parts: Any) -> str:
    """A name and an address on one line: a multi-line address from case.yaml is joined with commas; a name the
    address's first line already gives is said once (letters set 86, cases 01 and 05: "Northeast Reconsideration
    Contractor (FICTIONAL QIC), Northeast Reconsideration Contractor (FICTIONAL QIC), Part B Reconsiderations, ...")."""
    if len(parts) > 1 and parts[0] and parts[1] and names_repeated(parts[0], parts[1]):
        parts = parts[1:]
    words = [", ".join(x.strip() for x in str(p).splitlines() if x.strip()) for p in parts if p]
    return ", ".join(w for w in words if w)


def contact_lines(data: dict, *, reviewable: bool = True, external: bool = True) -> list[str]:
    """Whom the next steps go to, each with its address: the state's external-review agency where the state runs it
    and external review hears the denial (`reviewable`: it rests on medical judgment), and the regulator that takes
    a complaint. The case's own `external_review.agency` or `regulator.name` wins, as in
    the letters (fill_addressees); the directory's otherwise. A name without an address says where to find it.
    `external`: the case's next level is external review (intake.deadlines.level_of_case); where it is another (a
    QIC's reconsideration, a state fair hearing, OPM's review), the case's body is sent "the request", whatever the
    denial rests on, never "the external review request" (letters set 86, case 01; set 92, case 08: a QIC)."""
    lines = []
    review = _group(data, "external_review")
    name, address = review.get("agency"), review.get("address")
    if not name and external and (found := external_review(data)):
        name, address = found.name, found.address
    if name and (reviewable or not external):
        addressee = _one_line(name, address) if address else _one_line(name)
        if external and address:
            lines.append(_("Send the external review request to: {addressee}.").format(addressee=addressee))
        elif external:
            lines.append(_("Send the external review request to: {name} (no address in the directory: the plan's "
                           "final denial or the agency's own site gives it).").format(name=addressee))
        elif address:
            lines.append(_("Send the request to: {addressee}.").format(addressee=addressee))
        else:
            lines.append(_("Send the request to: {name} (no address in the directory: the decision you appeal "
                           "names where it goes).").format(name=addressee))
    reg = _group(data, "regulator")
    name, address, phone = reg.get("name"), reg.get("address"), reg.get("phone")
    if not name and (found_reg := regulator(data)):
        name, address, phone = found_reg.name, found_reg.address, found_reg.phone
    if name and address:
        lines.append(_("A complaint about the plan goes to: {addressee}.").format(
            addressee=_one_line(name, address, phone)))
    elif name:
        lines.append(_("A complaint about the plan goes to: {name} (no address in the directory: the agency's own "
                       "site gives it).").format(name=_one_line(name, phone)))
    if (hearing := fair_hearing_line(data)):
        lines.append(hearing)
    return lines


# a time limit the directory's note on a fair-hearing office gives ("(... within 60 days of the Notice of Action
# ...)", ": request usually within 30 days of ..."): the state's own limit for a fee-for-service notice or an
# eligibility decision, not the 120 days a managed-care member has after the plan's appeal (42 CFR 438.408(f)(2))
_OFFICE_WINDOW = re.compile(r"\s*\([^()]*\bdays?\b[^()]*\)|[:;]\s.*\bwithin\b.*\bdays?\b.*$"
                            r"|,?\s+within \d+ (?:calendar )?days\b[^;()]*", re.I)


def fair_hearing(data: dict) -> tuple[str, str | None] | None:
    """On Medicaid, the state's fair-hearing office and its mailing address (None when the directory has none); None
    on other plans or where the office is not in the directory. For a managed-care member the office is named
    without the directory note's time limit, which is the state's for other notices: the deadline line gives the
    rule's (letters set 103's writer: "within 60 days of the Notice of Action" beside a hearing's 120 days)."""
    code = case_state(data)
    if _plan_type(data) != "medicaid" or not code:
        return None
    entry = state(code)
    office = entry.get("medicaid.fair_hearing_office")
    if office and delivery(data) != "fee_for_service":
        office = _OFFICE_WINDOW.sub("", office).strip() or office
    return (office, entry.get("medicaid.fair_hearing_address")) if office else None


def fair_hearing_line(data: dict) -> str | None:
    """On Medicaid, where the state fair hearing is asked for (after the plan's appeal, or at once on fee-for-service
    Medicaid): the state's fair-hearing office from the directory, with its mailing address where the directory has
    one. None on other plans or where the office is not in the directory."""
    found = fair_hearing(data)
    if not found:
        return None
    office, address = found
    if address:
        return _("State fair hearing: {office}; the request goes to {address}.").format(
            office=_one_line(office), address=_one_line(address))
    return _("State fair hearing: {office} (no mailing address in the directory: the notice says where the request "
             "goes).").format(office=_one_line(office))


def help_lines(data: dict, *, reviewable: bool = True, external: bool = True) -> list[str]:
    """What `deadline` and `explain` say: the external-review route where the directory knows it, whom the next steps
    go to with their addresses (`external`: contact_lines), and the free help in the state."""
    lines = [note] if (note := route_note(data)) else []
    lines += contact_lines(data, reviewable=reviewable, external=external)
    for h in free_help(data):
        if any(h.name in line for line in lines):  # fee-for-service Medicaid: the hearing office, already named
            continue
        lines.append(_("Free help in {state}: {name} ({what})").format(
            state=STATES[case_state(data) or ""], name=h.name, what=_(h.what)) + (f", {h.phone}." if h.phone else "."))
    if (line := legal_aid_line(data)):
        lines.append(line)
    return lines


def legal_aid_line(data: dict) -> str | None:
    """On Medicaid or CHIP, free legal aid: the Legal Services Corporation funds a civil legal aid program in every
    state and DC for people with low incomes (federal.yaml legal_aid); None on other plans or without the entry."""
    if _plan_type(data) not in ("medicaid", "chip"):
        return None
    entry = federal()["legal_aid"]
    if not entry.get("name") or not entry.get("url"):
        return None
    return _("Free legal help on Medicaid or CHIP: {name} funds a legal aid program in every state and DC for people "
             "with low incomes ({url}).").format(name=entry.get("name"), url=entry.get("url"))


def fill_addressees(data: dict) -> None:
    """Fills the letter's regulator and external-review addressee from the directory where the case names none.
    An address is filled only together with its name, so a case's own addressee is never given another's address."""
    reg = data.get("regulator")
    if isinstance(reg, dict) and not reg.get("name"):
        found = regulator(data)
        if found:
            reg["name"], reg["address"] = found.name, found.address
    review = data.get("external_review")
    if isinstance(review, dict) and not review.get("agency"):
        found = external_review(data)
        if found:
            review["agency"], review["address"] = found.name, found.address


def warnings(data: dict, *, route: str | None, today: dt.date | None = None) -> list[tuple[str, str]]:
    """(field, message) for `check`: the letter's addressee from the directory has no address, or an entry it uses
    was checked more than a year ago."""
    out: list[tuple[str, str]] = []
    if route == "regulator" and not (data.get("regulator") or {}).get("name"):
        found = regulator(data)
        if found is None and _state_regulated(data):
            code = case_state(data)
            why = (_("the directory has no insurance department for {state} yet").format(state=STATES[code]) if code
                   else _("the patient's state is not known (patient.address or claim.state)"))
            out.append(("regulator.name", _("{why}: set regulator.name and regulator.address from the state's own "
                                            "site, or the letter names only \"the state insurance department\" with "
                                            "no address").format(why=why)))
        if found and not found.address:
            fact = dict(found.facts).get(f"{found.where} address")
            note = fact.source.split(":", 1)[1].strip() if fact and ":" in fact.source else ""
            out.append(("regulator.address", _("the directory has no address for {name} ({where}): find it on the "
                                               "regulator's own site and set regulator.address; appeal-kit prints no "
                                               "guessed one").format(name=found.name, where=found.where)
                        + (f" ({note})" if note else "")))
    elif route == "next level" and not (data.get("external_review") or {}).get("agency"):
        found = external_review(data)
        if found and not found.address:
            out.append(("external_review.address", _("the directory has no address for {name} ({where}): set "
                                                     "external_review.address from the final denial").format(
                                                         name=found.name, where=found.where)))
    else:
        found = None
    if route in ("regulator", "next level") and found:
        for label, old in found.facts:
            if is_stale(old, today) and old.checked:
                out.append(("directory", _("{entry} was checked on {date}, more than a year ago: check this address "
                                           "before you send ({source})").format(
                                               entry=label, date=old.checked.isoformat(), source=old.source)))
    if funding(data) is None and _plan_type(data) in ("employer_erisa", "governmental", "church") \
            and route in ("regulator", "next level"):
        out.append(("claim.funding", _("say whether the employer plan is insured or self_funded (the plan booklet or "
                                       "the denial says who pays the claims): it decides the regulator and the "
                                       "external-review route")))
    return out


# ---------------------------------------------------------------------------------------------- copies (cc:)
# `copies:` in case.yaml lists who gets a copy of the letter: a word for a party the case or the directory already
# knows (regulator, employer, prescriber) or a name and address of the person's own. Nothing is copied to anyone
# the person did not list: `check` only suggests the copies that can help (docs/sending.md, "Copies").
COPY_PARTIES = {
    # the word: why the copy goes there, said on the copy's cover letter (in English, like the letter)
    "regulator": "as the regulator of the plan, for your information",
    "employer": "as the benefits office of the employer that sponsors the plan",
    "prescriber": "as the treating provider who prescribed the care",
}
ENCLOSE = ("letter", "packet")  # what goes with a copy's cover letter: the letter alone (the default) or the packet


@dataclass(frozen=True)
class Copy:
    """One copy of the letter: to whom, at which address, why (for its cover letter), and what goes with it."""
    name: str
    address: str | None
    why: str | None
    enclose: str
    where: str  # case.yaml item, for messages: "copies item 2 (employer)"
    party: str = ""  # the party word the item names (regulator, employer, prescriber), "" for a name and address


def _party(data: dict, word: str) -> tuple[str | None, str | None]:
    if word == "regulator":
        found = regulator(data)
        reg = _group(data, "regulator")
        if reg.get("name"):
            return str(reg["name"]), reg.get("address")
        return (found.name, found.address) if found else (None, None)
    group = _group(data, "employer" if word == "employer" else "provider")
    return group.get("name"), group.get("address")


_PARTY_FIELDS = {"regulator": N_("regulator.name and regulator.address"),
                 "employer": N_("employer.name and employer.address (the benefits office)"),
                 "prescriber": N_("provider.name and provider.address")}
_PARTY_ADDRESS = {"regulator": "regulator.address", "employer": N_("employer.address (the benefits office)"),
                  "prescriber": "provider.address"}


def copies(data: dict) -> tuple[list[Copy], list[tuple[str, str]]]:
    """The copies the case lists, resolved to names and addresses, and (field, message) for each entry that cannot
    be: an unknown word, a party the case does not name, an address missing."""
    raw = data.get("copies")
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], [("copies", _("copies must be a list: each item a word (regulator, employer, prescriber) or a "
                                 "name and an address"))]
    out: list[Copy] = []
    problems: list[tuple[str, str]] = []
    for i, item in enumerate(raw, 1):
        entry = {"to": item} if isinstance(item, str) else item if isinstance(item, dict) else {}
        word = str(entry.get("to") or "").strip().lower()
        where = _("copies item {n} ({word})").format(n=i, word=word) if word else _("copies item {n}").format(n=i)
        enclose = str(entry.get("enclose") or "letter").strip().lower()
        if enclose not in ENCLOSE:
            problems.append((where, _("enclose is {value}: say letter (the letter alone) or packet (the whole "
                                      "packet)").format(value=repr(enclose))))
            continue
        if word and word not in COPY_PARTIES:
            problems.append((where, _("{word} is not a party appeal-kit knows: use regulator, employer or "
                                      "prescriber, or give name and address").format(word=repr(word))))
            continue
        name, address = (entry.get("name"), entry.get("address"))
        if word:
            known_name, known_address = _party(data, word)
            name, address = name or known_name, address or known_address
        if not name:
            problems.append((where, _("no one to send it to: set {fields}").format(fields=_(_PARTY_FIELDS[word]))
                             if word else _("give the name (and the address) of whom the copy goes to")))
            continue
        # the letter's own signer gets no copy of it (set 42, case 04: the treating psychiatrist writes, and
        # `copies: [prescriber]` put him on his own cc: line)
        # one person however the name is written ("Dr. Ana Ruiz" and "Ana Ruiz, MD": person_key)
        author = person_key(_group(data, "author").get("name"))
        if author and person_key(name) == author:
            problems.append((where, _("{name} writes this letter and needs no copy of it: remove this item")
                             .format(name=name)))
            continue
        if not address:
            problems.append((where, _("{name} has no address: set {field}").format(name=name,
                                                                                  field=_(_PARTY_ADDRESS[word]))
                             if word else _("{name} has no address: add address to this item").format(name=name)))
        why = entry.get("why") or (COPY_PARTIES[word] if word else None)
        out.append(Copy(str(name), str(address) if address else None, str(why) if why else None, enclose, where, word))
    return out, problems


def suggested_copies(data: dict, route: str | None) -> list[str]:
    """The copies that can help this case, for `check` to name when the case lists none: the state insurance
    department when the person has a complaint about an insured plan and writes to the plan (the complaint letter
    itself goes to the department), the benefits office of a self-funded employer plan (the employer is the plan's
    sponsor and answers for it), and the prescriber when someone else writes (so the clinic knows what was argued
    in its name)."""
    if data.get("copies") is not None:
        return []
    found = []
    if route != "regulator" and _group(data, "complaint").get("summary") and _state_regulated(data) \
            and _state_department(case_state(data)):
        found.append("regulator")
    if _plan_type(data) in ("employer_erisa", "governmental", "church") and funding(data) == "self_funded":
        found.append("employer")
    relation = str(_group(data, "author").get("relation") or "")
    if _group(data, "provider").get("name") and relation not in ("physician", "prescriber", "clinician", "provider"):
        found.append("prescriber")
    return found
