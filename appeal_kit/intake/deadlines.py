"""How long the patient has to appeal, and the rule behind the number.

Order of authority (docs/domain.md, "Appeal windows"):
1. a deadline stated in the notice itself ("within 60 calendar days from the date on this letter") wins;
   its sentence is quoted as the basis;
2. otherwise the filing window for the plan type, counted conservatively from the notice date: no mailing
   days are added, and where the rule counts from receipt and presumes receipt some days after the notice
   date, that later date is shown too but not used.

A case past its internal appeal (external_review.final_denial_date, or the external-review letter) is at the next
level, which has its own window counted from the final internal denial: external review 4 months (employer and
individual plans), a QIC reconsideration 180 days (Original Medicare), a state fair hearing 120 calendar days from
the plan's notice of resolution (Medicaid managed care, 42 CFR 438.408(f)(2)), OPM review 90 days (FEHB); a
Medicare Advantage plan forwards an upheld denial to the independent review entity itself.

Every citation comes from the rules registry (appeal_kit.rules, letter_templates/rules.yaml) by rule id, so the
deadline text and the letters cite the same rule for the same plan type.
"""
from __future__ import annotations

import calendar
import datetime as dt  # for annotations inside Deadline, whose field `date` hides the type
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any, overload

from appeal_kit import clock
from appeal_kit.case.folder import PLAUSIBLE_YEARS
from appeal_kit.i18n import N_, Reason, _, long_date, ngettext
from appeal_kit.rules import Citations, route as rules_route

# ---------------------------------------------------------------------------------------------- dates in text

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
          "nov": 11, "dec": 12}
_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# Spanish month names (read by dateparser's Spanish): "5 de abril de 2027", "5 abr. 2027"
_MES = (r"(?:enero|ene|febrero|feb|marzo|mar|abril|abr|mayo|may|junio|jun|julio|jul|agosto|ago|"
        r"septiembre|setiembre|sept?|octubre|oct|noviembre|nov|diciembre|dic)")
# A hyphen may join two numeric dates into a range ("2/15/26-2/16/26", EOB service-date columns).
DATE_RE = re.compile(
    rf"(?:(?<![\w/.-])|(?<=/\d\d-)|(?<=/\d{{4}}-))(?:"
    rf"(?P<m1>{_MON})[.:;]?\s{{0,2}}(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s{{0,2}}[,.]?\s{{0,2}}(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s{{0,2}}|-)(?P<m2>{_MON})\.?(?:,?\s{{0,2}}|-)(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<d5>[0-3]?\d)(?:(?:\s+de)?\s+(?P<m5>{_MES})\.?(?:\s+de(?:l)?|,)?\s+"
    rf"|(?P<sep5>[-/])(?P<m5b>{_MES})\.?(?P=sep5))(?P<y5>(?:19|20)\d\d)"  # "14-ago-2026", "03/ago/2026"
    rf"|(?P<y3>(?:19|20)\d\d)(?P<sep3>[-/.])(?P<m3>[01]?\d)(?P=sep3)(?P<d3>[0-3]?\d)"  # year first: 2026/11/24
    rf"|(?P<a4>[0-3]?\d)\s?(?P<sep>[/-])\s?(?P<b4>[0-3]?\d)\s?(?P=sep)\s?(?P<y4>(?:19|20)?\d\d)"
    rf"|(?P<a6>[0-3]?\d)\.(?P<b6>[0-3]?\d)\.(?P<y6>(?:19|20)\d\d)"
    rf")(?![\w/]|-(?![01]?\d/\d))",
    re.IGNORECASE,
)
# "dates are DD/MM/YYYY", "fechas en formato DD/MM/AAAA", "(MM/DD/YYYY)": the notice says how it writes dates
_ORDER_HINT = re.compile(r"\b(?P<first>DD|MM|day|month|d[ií]a|mes)\s?[/.-]\s?(?P<second>DD|MM|day|month|d[ií]a|mes)"
                         r"\s?[/.-]\s?(?:YYYY|YY|AAAA|AA|year|a[ñn]o)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateOrder:
    """How the numeric dates of one notice are written: "MDY" (US) or "DMY" (day first), and why."""
    order: str = "MDY"
    reason: str = Reason(N_("US month-first order"))
    certain: bool = True  # False: nothing in the notice tells, and a numeric date reads two ways


def date_order(text: str, language: str = "en") -> DateOrder:
    """The order of the notice's numeric dates, from (best first) what the notice says about it, the dates that
    can be read only one way (25/03/2026), and the notice's language (Spanish writes the day first)."""
    hint = _ORDER_HINT.search(text)
    if hint:
        day_first = hint.group("first").lower() in ("dd", "day", "dia", "día")
        return DateOrder("DMY" if day_first else "MDY", Reason(N_('the notice says dates are "{words}"'),
                                                               words=hint.group(0)))
    day_first = month_first = False
    ambiguous = False
    for m in DATE_RE.finditer(text):
        a, b = m.group("a4") or m.group("a6"), m.group("b4") or m.group("b6")
        if not a:
            continue
        a, b = int(a), int(b)
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
        ambiguous |= a <= 12 and b <= 12 and a != b
    if day_first != month_first:
        return DateOrder("DMY" if day_first else "MDY",
                         Reason(N_("other dates in the notice put the day first")) if day_first else
                         Reason(N_("other dates in the notice put the month first")))
    if language == "es":
        return DateOrder("DMY", Reason(N_("the notice is in Spanish, which writes the day first")),
                         certain=not ambiguous)
    return DateOrder("MDY", Reason(N_("US month-first order")), certain=not (ambiguous and day_first and month_first))


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    value: date
    text: str
    numeric: bool = False  # written in digits only (its order of day and month matters)


# Two days of one month written once: "March 3-5, 2026", "March 3 through 5, 2026", "del 3 al 5 de marzo de 2026"
_DAY_RANGE = re.compile(
    rf"(?<![\w/.-])(?:(?P<mon>{_MON})\.?\s+(?P<a>[0-3]?\d)\s*(?:-|to|through|thru|and|&)\s*(?P<b>[0-3]?\d),?\s+"
    rf"(?P<y>(?:19|20)\d\d)|(?:del?\s+)?(?P<a2>[0-3]?\d)\s+(?:al|a|y)\s+(?:el\s+)?(?P<b2>[0-3]?\d)\s+de\s+"
    rf"(?P<mes>{_MES})\.?\s+(?:del?\s+)?(?P<y2>(?:19|20)\d\d))(?![\w/])", re.IGNORECASE)


# Three days or more of one month, the month and year written once: "October 19, 20, 21 and 22, 2026", "los días
# 19, 20, 21, 22 y 23 de octubre de 2026"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_DAY_LIST = re.compile(
    rf"(?<![\w/.-])(?:(?P<mon>{_MON})\.?\s+(?P<days>{_DAY}(?:\s*,\s*{_DAY})+,?\s+(?:and|&)\s+{_DAY}),?\s+"
    rf"(?P<y>(?:19|20)\d\d)|(?P<days2>[0-3]?\d(?:\s*,\s*[0-3]?\d)+\s+y\s+[0-3]?\d)\s+de\s+(?P<mes>{_MES})\.?\s+"
    rf"(?:del?\s+)?(?P<y2>(?:19|20)\d\d))(?![\w/])", re.IGNORECASE)


# a date written without its year before another that has one, the year said once for all of a list: "November 2
# and November 4, 2026", "October 6, October 9 and October 13, 2026", "14 de octubre y 16 de octubre de 2026",
# "6 de octubre, 9 de octubre y 13 de octubre de 2026"
_MONTH_DAY = rf"{_MON}\.?\s+[0-3]?\d(?:st|nd|rd|th)?"
_DIA_MES = rf"(?:el\s+)?[0-3]?\d\s+de\s+{_MES}\.?"
_YEAR_AFTER = re.compile(
    rf"(?<![\w/.-])(?:(?P<mon>{_MON})\.?\s+(?P<a>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s+|,?\s+(?:and|&)\s+)"
    rf"(?=(?:{_MONTH_DAY}(?:,\s+|,?\s+(?:and|&)\s+)){{0,8}}"
    rf"(?P<mon2>{_MON})\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?![\w/]))|"
    rf"(?P<a2>[0-3]?\d)\s+de\s+(?P<mes>{_MES})\.?(?:,\s+|\s+y\s+)(?=(?:{_DIA_MES}(?:,\s+|\s+y\s+)){{0,8}}"
    rf"(?:el\s+)?[0-3]?\d\s+de\s+(?P<mes2>{_MES})\.?\s+(?:del?\s+)?(?P<y2>(?:19|20)\d\d)(?![\w/])))", re.IGNORECASE)


def find_dates(text: str, order: str = "MDY") -> list[DateHit]:
    """Every date written in `text`, in order of appearance. Numeric dates are read month first unless `order`
    is "DMY"; Spanish month names through dateparser's Spanish; a range of days in one month gives both ends."""
    out = []
    ranges: list[tuple[int, int]] = []
    for m in _DAY_LIST.finditer(text):
        days = m.group("days") or m.group("days2")
        at = m.start("days") if m.group("days") else m.start("days2")
        try:
            if m.group("mon"):
                month, year = MONTHS[m.group("mon")[:3].lower()], int(m.group("y"))
            else:
                first = _spanish_date(f"1 de {m.group('mes')} de {m.group('y2')}")
                if first is None:
                    continue
                month, year = first.month, first.year
            each = list(re.finditer(r"(\d+)(?:st|nd|rd|th)?", days))
            # (the first from where the list starts, the last to its year, as a range's ends)
            hits = [DateHit(m.start() if k == 0 else at + d.start(), m.end() if k == len(each) - 1 else at + d.end(),
                            date(year, month, int(d.group(1))), m.group(0)) for k, d in enumerate(each)]
        except ValueError:
            continue
        out += hits
        ranges.append((m.start(), m.end()))
    for m in _DAY_RANGE.finditer(text):
        if any(a <= m.start() < b for a, b in ranges):
            continue
        try:
            if m.group("mon"):
                month, year, a, b = MONTHS[m.group("mon")[:3].lower()], int(m.group("y")), "a", "b"
            else:
                first = _spanish_date(f"1 de {m.group('mes')} de {m.group('y2')}")
                if first is None:
                    continue
                month, year, a, b = first.month, first.year, "a2", "b2"
            start, end = date(year, month, int(m.group(a))), date(year, month, int(m.group(b)))
        except ValueError:
            continue
        if start < end:
            out += [DateHit(m.start(), m.end(a), start, m.group(0)), DateHit(m.start(b), m.end(), end, m.group(0))]
            ranges.append((m.start(), m.end()))
    for m in _YEAR_AFTER.finditer(text):
        try:
            if m.group("mon"):
                month, year = MONTHS[m.group("mon")[:3].lower()], int(m.group("y"))
                # "December 28 and January 3, 2027": the first date in the year before
                said: date | None = date(year - (month > MONTHS[m.group("mon2")[:3].lower()]), month,
                                         int(m.group("a")))
            else:
                said = _spanish_date(f"{m.group('a2')} de {m.group('mes')} de {m.group('y2')}")
                later = _spanish_date(f"1 de {m.group('mes2')} de {m.group('y2')}")
                if said and later and said.month > later.month:
                    said = said.replace(year=said.year - 1)
        except ValueError:
            continue
        if said:
            stop = m.end("a") if m.group("mon") else m.end("mes")
            out.append(DateHit(m.start(), stop, said, text[m.start():stop]))
    for m in DATE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in ranges):
            continue
        g = m.groupdict()
        numeric = False
        try:
            if g["m5"] or g["m5b"]:
                value = _spanish_date(m.group(0))
                if value is None:
                    continue
                y, mo, d = value.year, value.month, value.day
            elif g["m1"]:
                y, mo, d = int(g["y1"]), MONTHS[g["m1"][:3].lower()], int(g["d1"])
            elif g["m2"]:
                y, mo, d = int(g["y2"]), MONTHS[g["m2"][:3].lower()], int(g["d2"])
            elif g["y3"]:
                y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
            else:
                numeric = True
                n1, n2, y = (int(g["a4"]), int(g["b4"]), int(g["y4"])) if g["a4"] else \
                    (int(g["a6"]), int(g["b6"]), int(g["y6"]))
                mo, d = (n2, n1) if order == "DMY" else (n1, n2)
                if y < 100:
                    # a paper chart's "06-14-82" is 1982, never 2082 (notes set 44, case 08)
                    y = full_year(y)
            if y not in PLAUSIBLE_YEARS:  # "12/31/9999" on a form is a placeholder, not a date to count from
                continue
            out.append(DateHit(m.start(), m.end(), date(y, mo, d), m.group(0), numeric))
        except ValueError:
            continue
    return sorted(out, key=lambda h: h.start)


def full_year(yy: int, *, ahead: int = 20, today: date | None = None) -> int:
    """A year written by its last two digits: this century's, unless that puts it more than `ahead` years after
    `today`'s year, then the last century's."""
    return 2000 + yy if 2000 + yy <= (today or date.today()).year + ahead else 1900 + yy


def _spanish_date(written: str) -> date | None:
    import dateparser

    parsed = dateparser.parse(written, languages=["es"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                                                    "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def as_date_or_none(value: Any) -> date | None:
    """`as_date`, with None for a value that is not a date at all (a case file typed by hand)."""
    from appeal_kit.errors import AppealKitError

    try:
        return as_date(value)
    except (ValueError, TypeError, AppealKitError):
        return None


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th `weekday` (Monday 0) of the month; n = -1 for the last."""
    if n < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def federal_holidays(year: int) -> dict[date, str]:
    """The legal public holidays of `year` (5 U.S.C. 6103(a); Juneteenth from 2021), each on the day it is observed:
    one falling on a Saturday on the Friday before, on a Sunday on the Monday after (5 U.S.C. 6103(b), as OPM
    observes them for most federal employees)."""
    fixed = {(1, 1): "New Year's Day", (7, 4): "Independence Day", (11, 11): "Veterans Day", (12, 25): "Christmas Day"}
    if year >= 2021:
        fixed[(6, 19)] = "Juneteenth National Independence Day"
    days: dict[date, str] = {}
    for (month, day), name in fixed.items():
        d = date(year, month, day)
        days[d - timedelta(days=1) if d.weekday() == 5 else d + timedelta(days=1) if d.weekday() == 6 else d] = name
    for (month, weekday, n), name in {(1, 0, 3): "Birthday of Martin Luther King, Jr.",
                                      (2, 0, 3): "Washington's Birthday", (5, 0, -1): "Memorial Day",
                                      (9, 0, 1): "Labor Day", (10, 0, 2): "Columbus Day",
                                      (11, 3, 4): "Thanksgiving Day"}.items():
        days[_nth_weekday(year, month, weekday, n)] = name
    return days


def holiday(d: date) -> str | None:
    """The federal holiday observed on `d` (federal_holidays), or None."""
    return federal_holidays(d.year).get(d)


def add_business_days(d: date, days: int, *, holidays: bool = False) -> date:
    """`days` business days after `d`, Monday to Friday. For an appeal deadline no holiday is skipped: a holiday in
    the span only moves the true deadline later, and the notice's holidays are not known, so the date is the safe one.
    `holidays`: federal holidays are not business days either (a plan's own rule for when notice was due, counted
    in the member's favour: letter.derived.business_notice)."""
    while days > 0:
        d += timedelta(days=1)
        days -= d.weekday() < 5 and not (holidays and holiday(d))
    return d


def as_date(value: Any, what: str = "date") -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        from appeal_kit.case.folder import parse_date

        return date.fromisoformat(parse_date(value, what=what))


# ---------------------------------------------------------------------------------------------- rules

@dataclass(frozen=True)
class Rule:
    plan_type: str
    label: str  # the plan type in words
    days: int = 0
    months: int = 0
    from_receipt: bool = False  # the rule counts from receipt of the notice
    presumed_receipt_days: int = 0  # the rule presumes receipt this many days after the notice date
    window_text: str = ""  # the rule in words
    next_level: str = ""
    next_rule: str = ""  # rules-registry id of the next level's window
    next_days: int = 0  # the next level's window, counted from the final internal denial (0: none to count)
    next_months: int = 0
    next_window: str = ""
    # what a letter asks the plan to explain; {cite}: the citation of next_rule (a duty of the plan's own, said as one)
    next_ask: str = "how to request the next level of review"
    next_decider: str = ""  # who decides at the next level, to ask when its decision is due
    good_cause: str | None = None  # how to ask for more time; the registry's `good_cause` rule is cited after it
    note: str | None = None
    # What to do when waiting is dangerous. The 72-hour promise is made only where `urgent_decision` governs.
    urgent: str = ""

    @property
    def citation(self) -> str:
        return Citations(self.plan_type).cite("appeal_window")

    @overload
    def text(self, template: str) -> str: ...
    @overload
    def text(self, template: None) -> None: ...

    def text(self, template: str | None) -> str | None:
        """One of this rule's texts with its `{rule_id}` placeholders filled from the rules registry."""
        return template.format_map(_RegistryCitations(self.plan_type)) if template else template


class _RegistryCitations(dict):
    """`{rule_id}` in a text -> that rule's citation for the plan type."""

    def __init__(self, plan_type: str):
        super().__init__()
        self.plan_type = plan_type

    def __missing__(self, rule_id: str) -> str:
        return Citations(self.plan_type).cite(rule_id)


_EXTERNAL: dict[str, Any] = dict(next_level=N_("external review by an independent review organization"),
                 next_rule="external_review_window", next_months=4,
                 next_window=N_("4 months after you receive the final internal denial; send it to whoever that denial "
                 "names (your state insurance department or the federal external review process), not to the "
                 "plan's appeals address"), next_ask="how to request an independent external review",
                 next_decider="the external reviewer your final denial names")
_URGENT_72 = (N_("Urgent: ask for an expedited (fast) appeal, decided within 72 hours ({urgent_decision}). "
              "Call the plan and say that the treating doctor considers that waiting could seriously harm the "
              "patient's health."))
RULES: dict[str, Rule] = {
    "employer_erisa": Rule(
        "employer_erisa", N_("employer group plan (ERISA)"), days=180, from_receipt=True,
        window_text=N_("at least 180 days after you receive the notice"), **_EXTERNAL,
        urgent=_URGENT_72 + " An expedited external review can run at the same time ({expedited_external_review})."),
    "individual_aca": Rule(
        "individual_aca", N_("individual or Marketplace plan"), days=180, from_receipt=True,
        window_text=N_("180 days after you receive the notice"), **_EXTERNAL,
        urgent=_URGENT_72 + " An expedited external review can run at the same time ({expedited_external_review})."),
    "medicare_advantage": Rule(
        "medicare_advantage", N_("Medicare Advantage (Part C) plan"), days=65,
        window_text=N_("65 days from the date of the notice (CMS Parts C & D appeals guidance from 2025-01-01)"),
        next_level=N_("the Independent Review Entity (IRE)"), next_rule="independent_review_entity",
        next_window=N_("automatic: if the plan upholds its denial it must send your case to the IRE itself; you do "
                    "not file anything"),
        next_ask="when you will send the case to the independent review entity, as {cite} requires",
        next_decider="the Independent Review Entity",
        good_cause=N_("The plan can extend the time limit for good cause: ask in writing and explain why you could not "
                   "file in time (for example illness, or the notice reached you late)."),
        urgent=_URGENT_72),
    "medicare": Rule(
        "medicare", N_("Original Medicare (Part A/B)"), days=120, from_receipt=True, presumed_receipt_days=5,
        window_text=N_("120 days after you receive the notice; receipt is presumed 5 days after the notice date"),
        next_level=N_("reconsideration by a Qualified Independent Contractor (QIC)"), next_rule="qic_reconsideration",
        next_days=180, next_window=N_("180 days after you receive the redetermination decision"),
        next_ask="how to request reconsideration by a Qualified Independent Contractor",
        next_decider="the Qualified Independent Contractor",
        good_cause=N_("A late request can still be accepted for good cause: file anyway and explain the reason for "
                      "the delay."),
        # Original Medicare has no 72-hour appeal of a claim (docs/domain.md, "Appeal windows").
        urgent=N_("Urgent: Original Medicare has no 72-hour appeal for a claim. If a hospital discharge or the end "
               "of a covered service is at issue, ask the Quality Improvement Organization named on that notice "
               "for a fast appeal; otherwise file the redetermination as soon as you can.")),
    "medicare_part_d": Rule(
        "medicare_part_d", N_("Medicare Part D drug plan"), days=65,
        window_text=N_("65 days from the date of the coverage determination notice (from 2025-01-01)"),
        next_level=N_("reconsideration by the Independent Review Entity (IRE)"), next_rule="part_d_ire",
        next_window=N_("the time limit printed on the plan's redetermination notice"),
        next_ask="how to request review by the independent review entity",
        next_decider="the Independent Review Entity",
        good_cause=N_("The plan can extend the time limit for good cause: ask in writing and explain why you could "
                   "not file in time."),
        urgent=_URGENT_72),
    "medicaid": Rule(
        "medicaid", N_("Medicaid"), days=60,
        window_text=N_("60 days from the date of the notice to appeal to the plan (managed care)"),
        next_level=N_("a state fair hearing"), next_rule="fair_hearing", next_days=120,
        next_window=N_("no later than 120 calendar days from the date of the plan's notice of resolution (its appeal "
                    "decision)"),
        next_ask="how to request a state fair hearing",
        next_decider="the state fair hearing office",
        note=N_("If your Medicaid is fee-for-service (no managed-care plan), your state sets the time limit: at "
             "most 90 days from mailing ({medicaid_fee_for_service_window}), and some states allow only 30. Check "
             "the notice."),
        urgent=_URGENT_72),
    # Fee-for-service Medicaid (claim.delivery: fee_for_service; rules.route): no plan and no plan appeal. The
    # first step is the state fair hearing itself, asked for within the time the notice gives: a reasonable time the
    # state sets, at most 90 days from mailing (42 CFR 431.221(d)); some states allow 30, so 30 is the count used
    # when the notice's own limit is not in case.yaml (claim.appeal_deadline).
    "medicaid_fee_for_service": Rule(
        "medicaid_fee_for_service", N_("fee-for-service Medicaid (no managed-care plan)"), days=30,
        window_text=N_("the time the notice gives to ask the state for a fair hearing: at most 90 days from the date "
                       "it was mailed, and some states allow only 30 (counted here)"),
        next_level=N_("a state fair hearing"), next_rule="appeal_window", next_days=30,
        next_window=N_("the time the notice gives: at most 90 days from the date it was mailed, and some states "
                       "allow only 30, the count used here; send the request to the state agency the notice names"),
        next_ask="how to request a state fair hearing",
        next_decider="the state fair hearing office",
        urgent=N_("Urgent: ask the state agency for an expedited fair hearing, and say that the treating doctor "
                  "considers that waiting could seriously harm the patient's health; the notice says how.")),
    # A state or local government employer's plan and a church plan outside ERISA: the same 180 days and external
    # review, through 45 CFR 147.136 and 26 CFR 54.9815-2719 (letter_templates/rules.yaml says why).
    "governmental": Rule(
        "governmental", N_("state or local government employer plan (not ERISA)"), days=180, from_receipt=True,
        window_text=N_("at least 180 days after you receive the notice"), **_EXTERNAL,
        note=N_("A plan that is grandfathered (unchanged since March 23, 2010) may set its own appeal time: check "
                "the plan booklet."),
        urgent=_URGENT_72 + " An expedited external review can run at the same time ({expedited_external_review})."),
    "church": Rule(
        "church", N_("church plan (not ERISA unless it chose to be)"), days=180, from_receipt=True,
        window_text=N_("at least 180 days after you receive the notice"), **_EXTERNAL,
        note=N_("A church plan follows its plan document; an insured church plan's insurer also follows your "
                "state's insurance law, and a grandfathered plan may set its own appeal time: check the plan "
                "document and the notice."),
        urgent=_URGENT_72 + " An expedited external review can run at the same time ({expedited_external_review})."),
    # A separate CHIP (not Medicaid): the Medicaid managed care appeal rules through 42 CFR 457.1260, without
    # continued benefits and with the state's own review instead of a fair hearing.
    "chip": Rule(
        "chip", N_("separate CHIP (Children's Health Insurance Program) plan"), days=60,
        window_text=N_("60 days from the date of the notice to appeal to the plan (CHIP managed care)"),
        next_level=N_("the state's review of the plan's decision (in many states by an independent review "
                      "organization); a separate CHIP has no state fair hearing"), next_rule="chip_review",
        next_window=N_("the time limit printed on the plan's appeal decision"),
        next_ask="how to ask the state to review the decision",
        next_decider="the state review body the plan's appeal decision names",
        urgent=_URGENT_72),
    # A separate CHIP paid fee-for-service: no plan appeal; the state reviews the decision itself (42 CFR 457
    # subpart K), within the time the notice gives.
    "chip_fee_for_service": Rule(
        "chip_fee_for_service", N_("separate CHIP (Children's Health Insurance Program), fee-for-service"),
        window_text=N_("the time limit printed on the notice, to ask the state to review the decision"),
        next_level=N_("the state's review of the decision (in many states by an independent review organization); "
                      "a separate CHIP has no state fair hearing"), next_rule="chip_review",
        next_window=N_("the time limit printed on the notice"),
        next_ask="how to ask the state to review the decision",
        next_decider="the state review body the notice names",
        urgent=N_("Urgent: ask the state for an expedited review, and say that the treating doctor considers that "
                  "waiting could seriously harm the patient's health; the notice says how.")),
    "fehb": Rule(
        "fehb", N_("Federal Employees Health Benefits (FEHB) plan"), months=6,
        window_text=N_("6 months from the date of the denial to ask the carrier to reconsider"),
        next_level=N_("review by the U.S. Office of Personnel Management (OPM)"), next_rule="opm_review",
        next_days=90, next_window=N_("within 90 days of the carrier's reconsideration decision"),
        next_ask="how to ask the Office of Personnel Management to review the claim",
        next_decider="the Office of Personnel Management",
        urgent=N_("Urgent: call the carrier, say the treating doctor considers the care urgent and ask for an urgent "
               "review; the carrier's notice states how fast it must decide.")),
    # TRICARE (32 CFR 199.10): the regional contractor reconsiders a request postmarked or received within 90 days of
    # the date on the notice; the next level depends on the denial (docs/domain.md, "TRICARE"). No state insurance
    # department, state external review, ERISA, ACA appeal rule or parity law reaches it.
    "tricare": Rule(
        "tricare", N_("TRICARE (the military's health program)"), days=90,
        window_text=N_("90 days from the date on the notice, postmarked or received, to ask the regional contractor "
                       "to reconsider"),
        next_level=N_("a second reconsideration by the TRICARE Quality Monitoring Contractor for a medical-necessity "
                      "denial, or a formal review by the Defense Health Agency for other denials; a hearing may "
                      "follow where $300 or more is in dispute"), next_rule="tricare_next_level",
        next_window=N_("the time limit the reconsideration decision prints (90 days for a second reconsideration, 60 "
                       "days for a formal review)"),
        next_ask="how to request the next level of review and its time limit",
        next_decider="the reviewer the reconsideration decision names",
        note=N_("TRICARE is a federal program: no state insurance department, state external review, ERISA or "
                "parity law applies to it. For free help, ask a Beneficiary Counseling and Assistance Coordinator "
                "(BCAC) at a military hospital or clinic."),
        urgent=N_("Urgent: for a denied prior authorization, ask the regional contractor for an expedited "
                  "reconsideration within 3 calendar days of receiving the denial ({tricare_expedited}); the notice "
                  "says how. A later request is decided as a standard one.")),
    # Short-term limited-duration insurance: not individual health insurance coverage (45 CFR 144.103), so no federal
    # appeal rule sets its window, its next level or its decision times; the policy's own terms and the state's
    # insurance law do (docs/domain.md, "Short-term limited-duration insurance"). No date is counted: the notice or
    # the policy gives it (claim.appeal_deadline).
    "short_term": Rule(
        "short_term", N_("short-term limited-duration insurance (a short-term medical policy)"),
        window_text=N_("the time the policy and the notice give (the policy's own terms and your state's insurance "
                       "law set it; no federal appeal rule does)"),
        next_level=N_("whatever further review your state's insurance law gives this policy (ask the insurer and "
                      "the state insurance department); federal external review does not apply to it"),
        next_window=N_("the time limit the insurer's final decision or your state's insurance department gives"),
        next_ask="what further review the policy and state law give, and how to request it",
        next_decider="the reviewer the insurer's final decision names",
        note=N_("A short-term policy is not ACA coverage: the federal appeal and external review rules do not apply "
                "to it. The policy's own terms and your state's insurance law decide; your state insurance "
                "department takes complaints about it."),
        urgent=N_("Urgent: call the insurer, say the treating doctor considers that waiting could seriously harm "
                  "the patient's health, and ask for an expedited review; the policy and your state's law say how "
                  "fast it must decide.")),
    # A Medicare Advantage D-SNP that is an applicable integrated plan (claim.integrated: true, rules.route): one
    # integrated reconsideration for Medicare and Medicaid, asked for within 60 calendar days after receipt of the
    # notice, receipt presumed 5 days after its date (42 CFR 422.633(d)(1)); then the IRE (Medicare, sent by the
    # plan) or a state fair hearing (Medicaid, asked by the member) under 42 CFR 422.634.
    "medicare_advantage_integrated": Rule(
        "medicare_advantage_integrated", N_("integrated dual-eligible plan (Medicare and Medicaid, D-SNP)"), days=60,
        from_receipt=True, presumed_receipt_days=5,
        window_text=N_("60 days after you receive the notice, to ask the plan for one integrated appeal (integrated "
                       "reconsideration) of both the Medicare and the Medicaid side; receipt is presumed 5 days "
                       "after the notice date"),
        next_level=N_("the Independent Review Entity (IRE) for what Medicare covers, or a state fair hearing for "
                      "what only Medicaid covers"), next_rule="integrated_next_level",
        next_window=N_("automatic for the Medicare side: if the plan upholds its denial it sends your case to the "
                       "IRE itself; for the Medicaid side, ask for a state fair hearing within the time the plan's "
                       "decision gives"),
        next_ask="whether you will send the case to the independent review entity and how to request a state fair "
                 "hearing for any part only Medicaid covers ({cite})",
        next_decider="the Independent Review Entity, or the state fair hearing office for the Medicaid side",
        good_cause=N_("The plan can extend the time limit for good cause: ask in writing and explain why you could "
                      "not file in time."),
        urgent=_URGENT_72),
}
# ---------------------------------------------------------------------------------------------- decision clocks

@dataclass(frozen=True)
class DecisionClock:
    """How long the plan has to decide an appeal once it has it; the rules registry gives the citation."""
    rule_id: str
    what: str  # the kind of appeal, in words
    days: int = 0
    hours: int = 0
    since: date | None = None  # the rule sets this time for requests received from this day on

    def length(self) -> str:
        return f"{self.hours} hours" if self.hours else f"{self.days} days"


_URGENT_CLOCK = DecisionClock("urgent_decision", N_("an expedited (urgent) appeal"), hours=72)
_PRE, _POST = "appeal_decision_pre_service", "appeal_decision_post_service"
_PRE_WHAT, _POST_WHAT = N_("an appeal about care not yet given"), N_("an appeal about care already given")
# ERISA 29 CFR 2560.503-1(i): urgent 72 hours, pre-service 30 days, post-service 60 days (a plan with two internal
# levels has half of each per level); individual plans apply it through 45 CFR 147.136(b)(3); Medicare Advantage
# reconsiderations 42 CFR 422.590 (30 days, payment 60 days); Part D redeterminations 42 CFR 423.590 (7 days,
# payment 14 days); Medicaid managed care 42 CFR 438.408(b) (30 days either way); an Original Medicare
# redetermination 42 CFR 405.950(a) (60 days, no 72-hour route for a claim). FEHB: the carrier's notice says.
_GROUP_CLOCKS = {"urgent": _URGENT_CLOCK, "pre_service": DecisionClock(_PRE, _PRE_WHAT, days=30),
                 "post_service": DecisionClock(_POST, _POST_WHAT, days=60)}
# A group plan's second internal level (29 CFR 2560.503-1(i)(2)(ii) and (iii)(B), applied to governmental and church
# plans by the ACA's roads): each level has half a single level's time. Not for individual coverage, which may have
# only one internal level, nor for other plan types, whose next level is an outside body (NEXT_LEVELS).
_SECOND_LEVEL = {"pre_service": DecisionClock("appeal_decision_second_level_pre_service", _PRE_WHAT, days=15),
                 "post_service": DecisionClock("appeal_decision_second_level_post_service", _POST_WHAT, days=30)}
SECOND_LEVEL_CLOCKS = dict.fromkeys(("employer_erisa", "governmental", "church"), _SECOND_LEVEL)
DECISION_CLOCKS: dict[str, dict[str, DecisionClock]] = {
    "employer_erisa": _GROUP_CLOCKS,
    "individual_aca": _GROUP_CLOCKS,
    "governmental": _GROUP_CLOCKS,
    "church": _GROUP_CLOCKS,
    "medicare_advantage": _GROUP_CLOCKS,
    "medicare_part_d": {"urgent": _URGENT_CLOCK,
                        "pre_service": DecisionClock(_PRE, N_("an appeal for a drug not yet received"), days=7),
                        "post_service": DecisionClock(_POST, N_("an appeal for a drug already paid for"), days=14)},
    "medicaid": {"urgent": _URGENT_CLOCK, "pre_service": DecisionClock(_PRE, _PRE_WHAT, days=30),
                 "post_service": DecisionClock(_POST, _POST_WHAT, days=30)},
    # CHIP managed care: the Medicaid clocks, through 42 CFR 457.1260
    "chip": {"urgent": _URGENT_CLOCK, "pre_service": DecisionClock(_PRE, _PRE_WHAT, days=30),
             "post_service": DecisionClock(_POST, _POST_WHAT, days=30)},
    "medicare": {kind: DecisionClock("redetermination_decision", N_("a redetermination"), days=60)
                 for kind in ("pre_service", "post_service")},
    # An integrated reconsideration (42 CFR 422.633): expedited 72 hours, standard 30 days; a request for payment has
    # no time recorded here (not checked against the regulation's text), so none is counted for care already given.
    "medicare_advantage_integrated": {"urgent": _URGENT_CLOCK, "pre_service": DecisionClock(_PRE, _PRE_WHAT,
                                                                                           days=30)},
}


# The plan's first decision on a claim, before any appeal (appeal_kit.coverage): a claim for care already given within
# 30 days of receipt where the ERISA claims rule times it ((f)(2)(iii)(B), with one 15-day extension; the ACA's group
# and individual rules and the church-plan rule apply it: rules.yaml claim_decision_post_service). Other plan types
# time payment decisions by rules appeal-kit does not cite: none counted.
_POST_SERVICE_CLAIM = DecisionClock("claim_decision_post_service", "a claim for care already given", days=30)
CLAIM_DECISION_CLOCKS: dict[str, dict[str, DecisionClock]] = {
    plan: {"post_service": _POST_SERVICE_CLAIM} for plan in ("employer_erisa", "individual_aca", "governmental",
                                                            "church")}

# A request to approve care before it is given (prior authorization), by plan type: (standard, urgent), each with its
# rule in rules.yaml (prior_auth_decision, prior_auth_urgent, part_b_drug_request, part_b_drug_urgent).
#  * ERISA claims rule, 29 CFR 2560.503-1(f)(2)(iii)(A) and (f)(2)(i): 15 days (one 15-day extension the plan must
#    announce in the first period), 72 hours when urgent; the ACA's group and individual rules and the church-plan
#    rule apply it.
#  * Medicare Advantage organization determinations, 42 CFR 422.568(b)(1) and 422.572(a): 7 calendar days for a
#    standard request from 1 January 2026 (CMS's interoperability and prior authorization rule; 14 before, which
#    appeal-kit does not count), 72 hours expedited; a Part B drug (ketamine or esketamine given in the office)
#    72 hours, 24 hours expedited (422.568(b)(2), 422.572(a)(2)).
#  * Medicaid and CHIP, managed care (42 CFR 438.210(d), applied to CHIP by 457.1230(d)) and fee-for-service
#    (440.230(e), 457.495(d)): 7 calendar days from 1 January 2026, 72 hours expedited.
#  * Part D coverage determinations, 42 CFR 423.568(b) and 423.572(a): 72 hours, 24 hours expedited.
# Original Medicare asks no prior authorization for this care, and an FEHB carrier's brochure (its contract with OPM)
# states its own times: neither is counted.
CMS_2026 = date(2026, 1, 1)
_ERISA_PA = (DecisionClock("prior_auth_decision", N_("a request to approve care before it is given"), days=15),
             DecisionClock("prior_auth_urgent", N_("an urgent request to approve care"), hours=72))
_CMS_PA = (DecisionClock("prior_auth_decision", N_("a request to approve care before it is given"), days=7,
                         since=CMS_2026),
           DecisionClock("prior_auth_urgent", N_("an urgent request to approve care"), hours=72))
PRIOR_AUTH_CLOCKS: dict[str, tuple[DecisionClock, DecisionClock]] = {
    **dict.fromkeys(("employer_erisa", "individual_aca", "governmental", "church"), _ERISA_PA),
    **dict.fromkeys(("medicare_advantage", "medicaid", "chip", "medicaid_fee_for_service", "chip_fee_for_service"),
                    _CMS_PA),
    "medicare_part_d": (DecisionClock("prior_auth_decision", N_("a request for a coverage determination"), hours=72),
                        DecisionClock("prior_auth_urgent", N_("an expedited request for a coverage determination"),
                                      hours=24)),
}
PART_B_DRUG_REQUEST = (DecisionClock("part_b_drug_request", N_("a request to approve a Part B drug"), hours=72),
                       DecisionClock("part_b_drug_urgent", N_("an expedited request to approve a Part B drug"),
                                     hours=24))


def prior_auth_clock(plan_type: str | None, *, urgent: bool = False, part_b_drug: bool = False,
                     sent: date | None = None) -> DecisionClock | None:
    """How long the plan has to decide a request to approve care before it is given, and the rule; None where
    appeal-kit knows no rule for the plan type, or the rule did not yet set the time on the day it was `sent`."""
    clocks = PART_B_DRUG_REQUEST if part_b_drug and plan_type == "medicare_advantage" else \
        PRIOR_AUTH_CLOCKS.get(plan_type or "")
    if not clocks:
        return None
    clock = clocks[1 if urgent else 0]
    return None if clock.since and sent and sent < clock.since else clock


def claim_decision_clock(plan_type: str | None, *, pre_service: bool, urgent: bool = False,
                         part_b_drug: bool = False, sent: date | None = None) -> DecisionClock | None:
    """The clock of the plan's first decision on a claim or a prior-authorization request; None where appeal-kit
    knows no rule for the plan type."""
    if pre_service:
        return prior_auth_clock(plan_type, urgent=urgent, part_b_drug=part_b_drug, sent=sent)
    return CLAIM_DECISION_CLOCKS.get(plan_type or "", {}).get("post_service")


def request_decision_due(data: dict, sent: date) -> DecisionDue:
    """When the plan must decide a prior-authorization request sent on `sent`, and the rule (prior_auth_clock)."""
    plan = rules_route(data)
    clock = prior_auth_clock(plan, urgent=prior_auth_urgent(data, sent), part_b_drug=is_part_b_drug(data), sent=sent)
    if clock is None:
        basis = ("Decision due: ask the plan. appeal-kit knows no rule for how fast this plan type must decide a "
                 "request for prior authorization (its documents say), so it counts no date.")
        return DecisionDue(None, basis, _(basis))
    citation = Citations(plan).cite(clock.rule_id)
    basis = (f"{citation}: {clock.what} is decided within {clock.length()} of receipt; counted from the day it was "
             f"sent, {sent.isoformat()}.")
    said = _("{citation}: {what} is decided within {length} of receipt; counted from the day it was sent, {date}.")
    return DecisionDue(clock_due(clock, sent), basis, said.format(citation=citation, what=_(clock.what),
                                                                   length=_length(clock), date=long_date(sent)))


def request_is_urgent(data: dict) -> bool:
    """The case asks for an expedited decision: claim.urgent, or the clinician's urgency.reason (a case that writes
    only why waiting is dangerous is urgent too, and is told the 72-hour route)."""
    return _truthy((data.get("claim") or {}).get("urgent")) or bool((data.get("urgency") or {}).get("reason"))


def supply_runs_out(data: dict, sent: date) -> bool:
    """The drug on hand runs out (prior_auth.supply_ends) before a standard decision on a request sent on `sent` could
    be due (letters set 84, case 08: 7 days left, asked to be decided "within 72 hours")."""
    ends = as_date_or_none((data.get("prior_auth") or {}).get("supply_ends"))
    standard = prior_auth_clock(rules_route(data), part_b_drug=is_part_b_drug(data), sent=sent) if ends else None
    return bool(ends and standard and ends < clock_due(standard, sent))


def prior_auth_urgent(data: dict, sent: date) -> bool:
    """A prior-authorization request asks for an expedited decision: request_is_urgent, or supply_runs_out. The one
    owner of that question: the request letter (letter.derived.prior_auth_request), `deadline`, `sent` and the
    follow-ups `cases` lists read it here (before, `deadline` and `cases` counted a standard clock for a request made
    urgent by the supply alone)."""
    return request_is_urgent(data) or supply_runs_out(data, sent)


def describe_request(data: dict, today: date | None = None) -> list[str]:
    """What `deadline` says of a prior-authorization request (case.folder.is_request): how long the plan has to
    decide it and the rule, and, once it was sent (prior_auth.requested_on), the day the decision is due."""
    plan = rules_route(data)
    sent = as_date_or_none((data.get("prior_auth") or {}).get("requested_on"))
    # not sent yet: counted as the letter counts it, from today
    clock = prior_auth_clock(plan, urgent=prior_auth_urgent(data, sent or today or date.today()),
                             part_b_drug=is_part_b_drug(data), sent=sent)
    lines = [_("Prior authorization request, sent {date}.").format(date=long_date(sent)) if sent else
             _("Prior authorization request, not sent yet: write the day it goes in prior_auth.requested_on.")]
    if clock is None:
        lines.append(_("Decision due: ask the plan. The plan type is unknown: set claim.plan_type.")
                     if plan in (None, "", "unknown") else
                     _("Decision due: ask the plan. appeal-kit knows no rule for how fast this plan type must decide "
                       "a request for prior authorization (its documents say), so it counts no date."))
        return lines
    rule = Citations(plan).cite(clock.rule_id)
    lines.append(_("{citation}: {what} is decided within {length} of receipt.").format(
        citation=rule, what=_(clock.what), length=_length(clock)))
    if sent:
        due = clock_due(clock, sent)
        left = (due - (today or date.today())).days
        lines.append(ngettext("Decision due by {date}, counted from the day it was sent ({n} day left).",
                              "Decision due by {date}, counted from the day it was sent ({n} days left).",
                              left).format(date=long_date(due), n=left) if left >= 0 else
                     ngettext("Decision due by {date}, counted from the day it was sent: {n} day late; call the plan "
                              "and ask for its decision.",
                              "Decision due by {date}, counted from the day it was sent: {n} days late; call the plan "
                              "and ask for its decision.", -left).format(date=long_date(due), n=-left))
    return lines


def _length(clock: DecisionClock) -> str:
    return ngettext("{n} hour", "{n} hours", clock.hours).format(n=clock.hours) if clock.hours else \
        ngettext("{n} day", "{n} days", clock.days).format(n=clock.days)


def clock_due(clock: DecisionClock, sent: date) -> date:
    """The day a decision timed by `clock` is due, counted from the day the request was sent (the clock starts when
    the plan receives it, so this is the earliest day it can be late); hours count as whole days, rounded up."""
    return sent + timedelta(days=clock.days or -(-clock.hours // 24))


@dataclass(frozen=True)
class DecisionDue:
    date: date | None
    basis: str  # in English, as case.yaml keeps it
    said: str = ""  # the basis in the person's language, when it differs


# A Medicare Advantage standard reconsideration about a Part B drug not yet given: 7 days, 42 CFR 422.590(c).
PART_B_DRUG_CLOCK = DecisionClock("part_b_drug_decision", N_("a standard appeal about a Part B drug not yet given"),
                                  days=7)
# Drugs a physician's office gives and bills under Part B: a J code (ketamine under J3490, esketamine J0013), the
# retired esketamine code S0013, or Medicare's supervised-esketamine visits G2082/G2083 (drug bundled).
_PART_B_DRUG_CODES = re.compile(r"^(J\d{4}|S0013|G208[23])$", re.I)
# drugs a clinician gives in the office, named without a code: ketamine and esketamine, and the long-acting injections
# of psychiatry and addiction care (antipsychotic depots, extended-release naltrexone and buprenorphine), which Part B
# pays for as drugs not usually self-administered (letters set 71, case 02: a 3-month paliperidone injection asked
# "within 30 days"); the letter gives the standard clock beside the Part B one unless the plan's list names the drug
_PART_B_DRUG_NAMES = re.compile(
    r"ketamine|spravato|paliperidone palmitate|invega (?:sustenna|trinza|hafyera)|abilify (?:maintena|asimtufii)|"
    r"aristada|aripiprazole lauroxil|risperdal consta|perseris|uzedy|rykindo|risperidone (?:extended-release )?"
    r"(?:long-acting )?injectable|zyprexa relprevv|olanzapine pamoate|haloperidol decanoate|fluphenazine decanoate|"
    r"vivitrol|naltrexone (?:extended-release|er)\b[^,;]*inject|sublocade|brixadi|"
    r"buprenorphine (?:extended-release|er)\b[^,;]*inject", re.I)


def is_part_b_drug(data: dict) -> bool:
    """The appeal is about a drug given and billed in the office (Part B for Medicare): a drug code on the claim, or
    such a drug named as the treatment (_PART_B_DRUG_NAMES)."""
    claim, treatment = data.get("claim"), data.get("treatment")
    claim = claim if isinstance(claim, dict) else {}
    treatment = treatment if isinstance(treatment, dict) else {}
    codes = [str(c).strip() for c in claim.get("procedure_codes") or []]
    return any(_PART_B_DRUG_CODES.match(c) for c in codes) or bool(
        _PART_B_DRUG_NAMES.search(str(treatment.get("name") or "")))


def decision_clock(plan_type: str | None, *, urgent: bool, pre_service: bool,
                   part_b_drug: bool = False, second_level: bool = False) -> DecisionClock | None:
    """The clock the plan decides an internal appeal by (DECISION_CLOCKS; SECOND_LEVEL_CLOCKS for a group plan's
    second level, which has no urgent clock of its own here), or None where no rule gives one."""
    if second_level:
        return None if urgent else SECOND_LEVEL_CLOCKS.get(plan_type or "", {}).get(
            "pre_service" if pre_service else "post_service")
    clocks = DECISION_CLOCKS.get(plan_type or "")
    if not clocks:
        return None
    if part_b_drug and plan_type == "medicare_advantage":
        clocks = {**clocks, "pre_service": PART_B_DRUG_CLOCK}
    if part_b_drug and plan_type == "medicare_advantage_integrated" and pre_service and not urgent:
        # whether an integrated reconsideration about a Part B drug has 422.590(c)'s 7 days or 422.633's 30 is not
        # checked against stored rule text here: no number is said rather than the longer one (letters set 35, case
        # 03: "within 30 days (42 CFR 422.633)" for Spravato)
        return None
    kind = "urgent" if urgent and "urgent" in clocks else "pre_service" if pre_service else "post_service"
    return clocks.get(kind)


def decision_due(plan_type: str | None, sent: date, *, urgent: bool, pre_service: bool,
                 part_b_drug: bool = False, second_level: bool = False) -> DecisionDue:
    """When the plan must decide an internal appeal sent on `sent`, and the rule. Counted from the day it was sent:
    the plan's clock starts when it receives the appeal, so this is the earliest date it can be late. `part_b_drug`:
    the appeal is about a Part B drug (is_part_b_drug), which a Medicare Advantage plan decides within 7 days.
    `second_level`: the plan's second internal level, timed by SECOND_LEVEL_CLOCKS (a single level's clock would
    promise a date too late); where no rule times it, the person is told to ask."""
    if second_level:  # no urgent clock of its own: the rule's 72 hours cover the whole urgent review
        clocks = None if urgent else SECOND_LEVEL_CLOCKS.get(plan_type or "")
    else:
        clocks = DECISION_CLOCKS.get(plan_type or "")
    if second_level and not clocks:
        return DecisionDue(None, "Decision due: ask the plan. appeal-kit has no rule for how long this plan has to "
                                 "decide a second-level appeal (its notice or plan documents say), so it counts no "
                                 "date.", _("Decision due: ask the plan. appeal-kit has no rule for how long this "
                                            "plan has to decide a second-level appeal (its notice or plan documents "
                                            "say), so it counts no date."))
    if clocks and part_b_drug and plan_type == "medicare_advantage":
        clocks = {**clocks, "pre_service": PART_B_DRUG_CLOCK}
    if not clocks:
        return DecisionDue(None, "Decision due: ask the plan. appeal-kit has no rule for how long this plan type has "
                                 "to decide (its notice or plan documents say), so it counts no date."
                           if plan_type not in (None, "unknown") else "Decision due: ask the plan. The plan type is "
                           "unknown, so the time the plan has to decide cannot be told: set claim.plan_type.")
    kind = "urgent" if urgent and "urgent" in clocks else "pre_service" if pre_service else "post_service"
    clock = clocks.get(kind)
    if clock is None:
        return DecisionDue(None, "Decision due: ask the plan. appeal-kit has no rule for how long this plan type has "
                                 "to decide this kind of appeal (its notice says), so it counts no date.")
    due = sent + timedelta(days=clock.days or clock.hours // 24)
    citation = Citations(plan_type).cite(clock.rule_id)
    basis = (f"{citation}: {clock.what} is decided within {clock.length()} of receipt; counted from the day it was "
             f"sent, {sent.isoformat()}.")
    said = _("{citation}: {what} is decided within {length} of receipt; counted from the day it was sent, {date}.")
    said = said.format(citation=citation, what=_(clock.what), date=long_date(sent),
                       length=ngettext("%(n)d hour", "%(n)d hours", clock.hours) % {"n": clock.hours} if clock.hours
                       else ngettext("%(n)d day", "%(n)d days", clock.days) % {"n": clock.days})
    if urgent and kind != "urgent":
        basis += " This plan type has no 72-hour route for it, so the standard time applies."
        said += " " + _("This plan type has no 72-hour route for it, so the standard time applies.")
    return DecisionDue(due, basis, said)


# The level after the internal appeal, for each plan type, as data: the letter that asks for it (the next-level
# template, route `next level` in its sidecar) says what it requests, which decision it appeals, when it is in
# time and who decides, from here; the rules registry gives each citation. No decision time is counted at these
# levels unless docs/domain.md records one (`clock`): a remembered figure could have a patient wait past a real
# deadline. Give a level a clock (and its rule in rules.yaml) only once checked against the eCFR text.
@dataclass(frozen=True)
class NextLevel:
    rule: str  # rules-registry id of the rule that sets the level up
    request: str  # what the letter requests: "I request {request} of ..."
    title: str  # the letter's subject: "Request for {title}"
    decision: str  # the decision it appeals, as the letter names it
    window_rule: str = ""  # rules-registry id of the window the request is timely under
    window: str = ""  # the window in words: "This request is made {window}"
    judgment_only: bool = False  # the level hears only denials that turn on medical judgment (external review)
    member_files: bool = True  # False: the plan sends the case on itself (Medicare Advantage's IRE)
    clock: DecisionClock | None = None  # how long the level has to decide, where a checked rule says
    evidence_rule: str = ""  # rules-registry id: evidence is to be presented at this level
    # the member files the request with whoever decides it, not through the plan: where the case names no agency
    # (external_review.agency), the letter is addressed to this, never to the plan "to be forwarded" (set 18, case 03)
    addressee: str = ""


_EXTERNAL_LEVEL = NextLevel(
    "external_review", "an independent external review", "independent external review",
    "final adverse benefit determination", "external_review_window",
    "within four months after receipt of that final internal determination", judgment_only=True)
# The first level by its own name where the law gives it one (by rules.route): a redetermination for Original
# Medicare and Part D (42 CFR 405.940, 423.580), an integrated reconsideration for an integrated D-SNP (422.633), a
# reconsideration for Medicare Advantage (422.578), TRICARE (32 CFR 199.10) and an FEHB carrier (5 CFR 890.105(a):
# the member asks the carrier to reconsider; letters set 46, case 01); every other plan's is an appeal. Expedited,
# each is asked for by the same name (422.584, 423.584, 422.633, 199.10) except Original Medicare's, whose
# redetermination has no expedited form, so the letter asks only for a prompt decision (rules.yaml urgent_decision),
# and an FEHB carrier's, whose urgent claims the brochure reviews faster under the same request (an appeal).
FIRST_LEVEL_NAMES = {"medicare": "redetermination", "medicare_part_d": "redetermination",
                     "medicare_advantage_integrated": "integrated reconsideration",
                     "medicare_advantage": "reconsideration", "tricare": "reconsideration", "fehb": "reconsideration"}
NO_EXPEDITED_FIRST_LEVEL = frozenset({"medicare", "fehb"})


def first_level_name(route: str | None, expedited: bool = False) -> str | None:
    """The first level's own name for a route (FIRST_LEVEL_NAMES), None where it is simply an appeal."""
    return None if expedited and route in NO_EXPEDITED_FIRST_LEVEL else FIRST_LEVEL_NAMES.get(route or "")


NEXT_LEVELS: dict[str, NextLevel] = {
    "employer_erisa": _EXTERNAL_LEVEL, "individual_aca": _EXTERNAL_LEVEL, "governmental": _EXTERNAL_LEVEL,
    "church": _EXTERNAL_LEVEL,
    "medicare_advantage": NextLevel("independent_review_entity", "review by the independent review entity",
                                    "review by the independent review entity", "reconsideration decision",
                                    member_files=False),
    # Original Medicare: the redetermination is appealed to a Qualified Independent Contractor (42 CFR 405.960-
    # 405.978), which decides within 60 days (405.970(a)); evidence is to be presented at this level (405.966).
    "medicare": NextLevel("qic_reconsideration", "reconsideration by a Qualified Independent Contractor",
                          "reconsideration by a Qualified Independent Contractor (QIC)", "redetermination decision",
                          "qic_reconsideration", "within 180 days after receipt of the redetermination decision",
                          clock=DecisionClock("qic_decision", "a reconsideration", days=60),
                          evidence_rule="qic_evidence",
                          addressee="The Qualified Independent Contractor named in the redetermination notice"),
    "medicare_part_d": NextLevel("part_d_ire", "reconsideration by the independent review entity",
                                 "reconsideration by the independent review entity (IRE)", "redetermination",
                                 addressee="The independent review entity named in the redetermination notice"),
    "medicaid": NextLevel("fair_hearing", "a state fair hearing", "a state fair hearing",
                          "decision on the appeal (its notice of resolution)", "fair_hearing",
                          "no later than 120 calendar days from the date of the plan's notice of resolution",
                          addressee="The state fair hearing office named in the plan's notice of resolution"),
    "chip": NextLevel("chip_review", "a state review", "the state's review of the plan's decision",
                      "decision on the appeal", addressee="The state review body named in the plan's decision on the "
                                                          "appeal"),
    # Fee-for-service (rules.route): the hearing or the state's review is the first step after the state's own notice
    # (FIRST_LEVEL_IS_THE_STATE); no plan, no plan appeal, no notice of resolution.
    "medicaid_fee_for_service": NextLevel("fee_for_service_hearing", "a state fair hearing", "a state fair hearing",
                                          "decision", "appeal_window", "within the time the notice gives, which is at "
                                          "most 90 days from the date it was mailed",
                                          addressee="The state fair hearing office named in the notice"),
    "chip_fee_for_service": NextLevel("chip_review", "a state review", "the state's review of the decision",
                                      "decision", addressee="The state review body named in the notice"),
    "fehb": NextLevel("opm_review", "review by the U.S. Office of Personnel Management",
                      "review by the Office of Personnel Management (OPM)", "reconsideration decision", "opm_review",
                      "within 90 days of the carrier's reconsideration decision",
                      addressee="U.S. Office of Personnel Management, the group named in the plan brochure's disputed "
                                "claims section"),
    # An integrated D-SNP: the plan sends what Medicare covers to the IRE; the member asks for a state fair hearing for
    # what only Medicaid covers (42 CFR 422.634); the plan's decision says which
    "medicare_advantage_integrated": NextLevel(
        "integrated_next_level", "review by the independent review entity or, for what only Medicaid covers, a state "
        "fair hearing", "review by the independent review entity or a state fair hearing",
        "integrated reconsideration decision", member_files=False),
    # short-term limited-duration insurance: no federal next level; the state's insurance law says what follows
    "short_term": NextLevel("", "the further review the policy and state law give", "further review",
                            "final decision on the appeal"),
    # TRICARE: the level after the contractor's reconsideration depends on the denial; its decision names it
    "tricare": NextLevel("tricare_next_level", "review at the next TRICARE level (a second reconsideration or a "
                         "formal review, as the reconsideration decision names it)", "review at the next TRICARE level",
                         "reconsideration decision"),
}
UNKNOWN_LEVEL = NextLevel("", "review at the next level", "review at the next level", "final decision on the appeal")
# Original Medicare's level after the QIC: a hearing before an Administrative Law Judge of the Office of Medicare
# Hearings and Appeals, asked for within 60 days after receipt of the QIC's reconsideration, presumed 5 days after its
# date (42 CFR 405.1002(a)(1) and (3)), filed with the office the reconsideration names (405.1002(a)(4)); the ALJ
# decides within 90 days of receiving a timely request (405.1016(a)). Checked on 2026-12-05 against stored copies of
# 405.1002 and 405.1016 (letters set 26, case 06: a QIC reconsideration asked again after the QIC had decided).
ALJ_LEVEL = NextLevel("alj_hearing", "a hearing before an Administrative Law Judge",
                      "hearing before an Administrative Law Judge (ALJ)",
                      "denial, as the Qualified Independent Contractor upheld it on reconsideration",
                      "alj_hearing_window", "within 60 days after receipt of the QIC's reconsideration",
                      clock=DecisionClock("alj_decision", "a request for an ALJ hearing", days=90),
                      addressee="The office named in the QIC's reconsideration notice (the Office of Medicare "
                                "Hearings and Appeals)")
# Original Medicare's level after the ALJ: review by the Medicare Appeals Council, asked for within 60 days after
# receipt of the ALJ's decision, presumed 5 days after its date (42 CFR 405.1102(a)), filed with the entity the ALJ's
# notice names (405.1112(a)); the Council decides within 90 days of receiving the request (405.1100(c)). The QIC's
# window, evidence rule and clock (405.962, 405.966, 405.970) are not this level's (letters set 76, case 01).
COUNCIL_LEVEL = NextLevel("council_review", "review by the Medicare Appeals Council",
                          "review by the Medicare Appeals Council",
                          "denial, as the Administrative Law Judge upheld it in the decision", "council_review_window",
                          "within 60 days after receipt of the Administrative Law Judge's decision",
                          clock=DecisionClock("council_decision", "a request for review of an ALJ's decision", days=90),
                          addressee="The Medicare Appeals Council, at the address the ALJ's decision names")
# Medicare Advantage's level after the independent review entity: a hearing before an ALJ, asked for in writing within
# 60 days of the date of the IRE's reconsideration notice, filed with the entity that notice names (42 CFR 422.602(a)
# and (b), in the stored copy read; no presumed receipt in it, so none is added), when the amount in controversy
# reaches the threshold 422.600 sets (letters set 76, case 03: drafted as the plan's reconsideration, faxed to the
# plan, after the IRE had decided)
MA_ALJ_LEVEL = NextLevel("ma_alj_hearing", "a hearing before an Administrative Law Judge",
                         "hearing before an Administrative Law Judge (ALJ)",
                         "denial, as the independent review entity upheld it in the reconsideration",
                         "ma_alj_hearing_window",
                         "within 60 days of the date of the independent review entity's reconsideration notice",
                         addressee="The office named in the independent review entity's reconsideration notice (the "
                                   "Office of Medicare Hearings and Appeals)")
# Part D's level after the independent review entity: a hearing before an ALJ, asked for in writing within 60 days
# after receipt of the IRE's reconsideration notice, presumed 5 days after its date, filed with the office that notice
# names, when the amount remaining in controversy meets the threshold (42 CFR 423.2002(a), 423.2006; the 2009 text,
# 423.1972, counted from the notice's date: reserved since 2017; 423.2004, its twin for an IRE's dismissal, read in a
# copy verified against eCFR as of June 20, 2026) (letters set 82, case 07: drafted as one more IRE reconsideration)
PART_D_ALJ_LEVEL = NextLevel("part_d_alj_hearing", "a hearing before an Administrative Law Judge",
                             "hearing before an Administrative Law Judge (ALJ)",
                             "denial, as the independent review entity upheld it in the reconsideration",
                             "part_d_alj_hearing_window",
                             "within 60 days after receipt of the independent review entity's reconsideration notice",
                             addressee="The office named in the independent review entity's reconsideration notice "
                                       "(the Office of Medicare Hearings and Appeals)")


@dataclass(frozen=True)
class LaterLevel:
    """A level past the plan type's next level (NEXT_LEVELS): the case is there when its latest decision (decisions[])
    is the one before it, by that decision's stage, or names it in its opens."""
    level: NextLevel
    name: str  # the level, as the deadline's basis begins
    after: re.Pattern[str]  # decisions[].stage of the decision this level reviews
    opens: re.Pattern[str] | None  # decisions[].opens naming this level
    decision: str  # that decision, as the deadline's basis names it
    stage: str  # what `deadline` says the stage is
    decider: str  # who decides it, as the letter names it
    hearing: bool  # a judge hears it, not a reviewer (set 33, case 05)
    days: int = 60  # the window, after that decision
    receipt: bool = True  # counted by the rule from its receipt, presumed 5 days after its date; else from its date
    amount_rule: str = ""  # rules-registry id: the level needs an amount in controversy, which the letter states


_ALJ = re.compile(r"\bALJ\b|Administrative Law Judge|\bOMHA\b|Medicare Hearings", re.I)
_HEARING = N_("A hearing before an Administrative Law Judge")
_OMHA = "the Office of Medicare Hearings and Appeals"
# by route, the latest level first: a decision at one level opens the next
LATER_LEVELS: dict[str, tuple[LaterLevel, ...]] = {
    "medicare": (
        LaterLevel(COUNCIL_LEVEL, N_("Review by the Medicare Appeals Council"), _ALJ,
                   re.compile(r"Council|Departmental Appeals Board|\bDAB\b", re.I), N_("the ALJ's decision"),
                   N_("Stage: review by the Medicare Appeals Council, the level after the ALJ's decision."),
                   "the Medicare Appeals Council", hearing=False),
        LaterLevel(ALJ_LEVEL, _HEARING, re.compile(r"\bQIC\b|Qualified Independent Contractor", re.I), _ALJ,
                   N_("the QIC's reconsideration"),
                   N_("Stage: a hearing before an Administrative Law Judge, the level after the QIC's "
                      "reconsideration."), _OMHA, hearing=True)),
    # only by the IRE's own decision: the plan's reconsideration goes to the IRE by itself (422.592)
    "medicare_advantage": (
        LaterLevel(MA_ALJ_LEVEL, _HEARING, re.compile(r"\bIRE\b|independent review entity", re.I), None,
                   N_("the independent review entity's reconsideration"),
                   N_("Stage: a hearing before an Administrative Law Judge, the level after the independent review "
                      "entity's reconsideration."), _OMHA, hearing=True, receipt=False,
                   amount_rule="ma_amount_in_controversy"),),
    # only by the IRE's own decision, as for Medicare Advantage: the plan's redetermination is appealed to the IRE
    "medicare_part_d": (
        LaterLevel(PART_D_ALJ_LEVEL, _HEARING, re.compile(r"\bIRE\b|independent review entity", re.I), None,
                   N_("the independent review entity's reconsideration"),
                   N_("Stage: a hearing before an Administrative Law Judge, the level after the independent review "
                      "entity's reconsideration."), _OMHA, hearing=True,
                   amount_rule="part_d_amount_in_controversy"),),
}


def next_level_of(plan_type: str | None) -> NextLevel:
    return NEXT_LEVELS.get(plan_type or "", UNKNOWN_LEVEL)


def later_level(data: dict) -> tuple[dict, LaterLevel] | None:
    """A case past its plan type's next level (LATER_LEVELS): its latest recorded decision (decisions[]) and the
    level that decision opens, else None."""
    entries = [e for e in data.get("decisions") or [] if isinstance(e, dict)]
    last = entries[-1] if entries else {}
    for later in LATER_LEVELS.get(rules_route(data) or "", ()):
        if later.after.search(str(last.get("stage") or "")) or (
                later.opens and later.opens.search(str(last.get("opens") or ""))):
            return last, later
    return None


def level_of_case(data: dict) -> NextLevel:
    """The level a case past its internal appeal goes to: the plan type's next level (NEXT_LEVELS), or a later one
    its latest decision opens (LATER_LEVELS)."""
    later = later_level(data)
    return later[1].level if later else next_level_of(rules_route(data))


def decision_asker(plan_type: str | None, next_level: bool) -> str:
    """Who to ask when no rule gives the decision date: the plan, or whoever decides at the next level."""
    rule = RULES.get(plan_type or "")
    if not next_level:
        return "the plan"
    return rule.next_decider if rule else "the agency your final denial names"


def next_level_decision_due(plan_type: str | None, sent: date, *, urgent: bool) -> DecisionDue:
    """For a request sent on `sent` to the level after the internal appeal: no date (see NEXT_LEVELS), and a
    basis naming the level, its rule and who to ask."""
    rule = RULES.get(plan_type or "")
    who = decision_asker(plan_type, True)
    if rule is None:
        return DecisionDue(None, f"Decision due: ask {who}. The plan type is unknown, so the next level and how "
                                 "long it has to decide cannot be told: set claim.plan_type.")
    level = next_level_of(plan_type)
    if level.clock:
        clock = level.clock
        return DecisionDue(sent + timedelta(days=clock.days), f"{Citations(plan_type).cite(clock.rule_id)}: "
                           f"{clock.what} is decided within {clock.length()} of receipt; counted from the day it was "
                           f"sent, {sent.isoformat()}.")
    cite = Citations(plan_type).law(level.rule) if level.rule else ""
    basis = (f"Decision due: ask {who}. appeal-kit has no rule for how long {rule.next_level}{cite} has to decide, "
             f"so it counts no date from the day the request was sent ({sent.isoformat()}).")
    if urgent:
        fast = Citations(plan_type).law("expedited_external_review")
        basis += f" The case is urgent: ask {who} for an expedited review{fast}."
    return DecisionDue(None, basis)


# Medicare Advantage and Part D windows before 2025-01-01: 60 days (42 CFR 422.582(b) and 423.582(b) as they then
# read).
MA_OLD_DAYS, MA_CHANGE = 60, date(2025, 1, 1)
# No plan type known: assume the shortest common window. Fee-for-service Medicaid states may allow as little as 30
# days (42 CFR 431.221(d) sets only a 90-day ceiling), shorter than managed care's 60.
UNKNOWN_DAYS = 30
UNKNOWN_URGENT = N_("Urgent: ask the plan for an expedited (fast) appeal and how quickly it must decide; most "
                    "plan types must decide within 72 hours, but the time depends on the kind of plan (set "
                    "claim.plan_type to see yours).")
# Medicaid: benefits already authorized continue during the appeal only if it is filed within 10 days
MEDICAID_CONTINUATION_DAYS = 10


def urgent_route(plan_type: str | None) -> str:
    """What to do when waiting is dangerous, for this plan type (no 72-hour promise where none exists)."""
    rule = RULES.get(plan_type or "")
    return rule.text(_(rule.urgent)) if rule else _(UNKNOWN_URGENT)


def medicaid_continuation(notice_date: date | None, plan_type: str = "medicaid", *,
                          resolution: date | None = None, takes_effect: date | None = None) -> str:
    """The rule for keeping benefits during a Medicaid appeal, said plainly: managed care's 10 days, or, for
    fee-for-service, a fair hearing asked for before the change takes effect (42 CFR 431.230). With `resolution` (the
    date of the plan's decision on the appeal), the managed-care member is past the plan appeal: benefits continue
    through the state fair hearing when it is asked for within 10 days of that decision (42 CFR 438.420; letters
    set 23's writer: the window counted from the first notice instead). With `takes_effect` (claim.action_date), the
    managed-care member is told the one day: the later of the 10 days and that date, on or before which the rule
    counts an appeal as timely for this (deadline set 01, case 14: "or before the date the change takes effect if
    that is later" left a member whose cut began on day 13 to work it out, a day short)."""
    cite = Citations(plan_type).cite("medicaid_continued_benefits")
    n = MEDICAID_CONTINUATION_DAYS
    if resolution and plan_type == "medicaid":
        return _("To keep a service you already had while the fair hearing is decided, ask for the hearing by {date} "
                 "({n} days after the plan's decision on your appeal) and ask for your benefits to continue "
                 "({cite}).").format(date=long_date(resolution + timedelta(days=n)), n=n, cite=cite)
    if plan_type == "medicaid_fee_for_service":
        return _("To keep a service you already had while the hearing is decided, ask for the fair hearing before the "
                 "date the change takes effect (the notice gives it), and ask for your services to continue "
                 "({cite}). If the notice came fewer than 10 days before that date, asking within 10 days of "
                 "receiving it brings the service back until the hearing decision ({late}).").format(
                     cite=cite, late=Citations(plan_type).cite("medicaid_reinstatement"))
    if notice_date and takes_effect and plan_type == "medicaid":
        ten = notice_date + timedelta(days=n)
        return _("To keep a service you already had while the appeal is decided, file the appeal by {date} and ask "
                 "for your benefits to continue ({cite}): the later of {n} days after the notice date ({ten}) and the "
                 "day the change takes effect ({effect}).").format(
                     date=long_date(max(ten, takes_effect)), n=n, ten=long_date(ten), effect=long_date(takes_effect),
                     cite=cite)
    when = (_("by {date} ({n} days after the notice date)").format(
        date=long_date(notice_date + timedelta(days=n)), n=n) if notice_date
        else _("within {n} days of the notice").format(n=n))
    return _("To keep a service you already had while the appeal is decided, file the appeal {when}, or before the "
             "date the change takes effect if that is later, and ask for your benefits to continue ({cite}).").format(
                 when=when, cite=cite)


@dataclass
class Deadline:
    date: date | None
    basis: str
    source: str  # notice | rule | case | none
    plan_type: str = "unknown"
    quote: str | None = None  # the notice's sentence, when source == "notice"
    receipt_date: dt.date | None = None  # the later date when the rule presumes receipt
    rule: Rule | None = None
    urgent: bool = False
    notes: list[str] = field(default_factory=list)
    stage: str = "internal"  # internal | next level (external review, fair hearing, QIC, OPM)
    send_to: str | None = None  # where a next-level request goes
    counted_from: dt.date | None = None  # a next-level window's start: the final internal denial
    state_review: bool = False  # the state runs external review for this insured plan (the directory says so)
    later: LaterLevel | None = None  # a level past the next one, counted from its decision (later_deadline)
    # the day an appeal the plan never decided was sent: the window counts from the day its time ran out
    # (undecided_appeal), counted_from
    undecided_sent: dt.date | None = None
    information_asked: dt.date | None = None  # FEHB: counted from the carrier's request for more information
    first_wrote: dt.date | None = None  # FEHB: counted from the sending of a reconsideration never answered
    received_on: dt.date | None = None  # counted from the day the notice was received (claim.notice_received)
    # Original Medicare: the reconsideration sent to the QIC on this day was never decided in its time (qic_undecided):
    # the next request is to escalate it, which no window closes (date None; counted_from: the day the time ran out)
    escalate_sent: dt.date | None = None

    @property
    def undecided(self) -> bool:
        """Counted from the day the plan's time to decide an appeal it never decided ran out."""
        return self.undecided_sent is not None

    def days_left(self, today: dt.date | None = None) -> int | None:
        if self.date is None:
            return None
        return (self.date - (today or date.today())).days

    def to_json(self) -> dict:
        return {"appeal_deadline": self.date.isoformat() if self.date else None, "deadline_basis": self.basis}


# ---------------------------------------------------------------------------------------------- stated deadlines

@dataclass(frozen=True)
class StatedDeadline:
    sentence: str
    date: date | None  # None when it counts from a notice date we do not know
    days: int = 0
    months: int = 0
    from_receipt: bool = False
    business_days: bool = False


_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
              "forty-five": 45, "forty five": 45, "sixty": 60, "sixty-five": 65, "sixty five": 65,
              "ninety": 90, "one hundred twenty": 120, "one hundred and twenty": 120,
              "one hundred eighty": 180, "one hundred and eighty": 180,
              # Spanish: "dentro de sesenta (60) días"
              "diez": 10, "catorce": 14, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta y cinco": 45,
              "sesenta": 60, "sesenta y cinco": 65, "noventa": 90, "ciento veinte": 120, "ciento ochenta": 180,
              "seis": 6, "cuatro": 4, "doce": 12}
_WORDS_ALT = "|".join(sorted((re.escape(w) for w in _NUM_WORDS), key=len, reverse=True))
DURATION_RE = re.compile(
    # (OCR's comma between the number and its unit, "180,days", is no separator of the number's own)
    rf"(?:(?P<word>\b(?:{_WORDS_ALT}))\s*)?(?:\(\s*(?P<pnum>\d{{1,3}})\s*\)\s*|(?P<num>\b\d{{1,3}})"
    rf"(?:,(?=[ \t]?(?:days?|d[ií]as|months?|mes)))?[\s-]*)?"
    rf"(?P<kind>calendar\s+|business\s+|working\s+)?(?P<unit>days?|months?|years?|d[ií]as|mes(?:es)?|a[ñn]os?)"
    rf"(?P<kind_es>\s+(?:calendario|naturales|h[aá]biles|laborables))?\b",
    re.IGNORECASE)
_APPEAL_WORDS = re.compile(r"\b(appeal|reconsider|reconsideration|redetermination|grievance|review (?:of )?(?:this|"
                           r"our|the) (?:decision|determination)|ask (?:us|the plan) to review|request a review|"
                           # "to ask for a review" (of the decision: not an external or independent one)
                           r"ask (?:us )?for a review\b(?! by an? (?:independent|external))|"
                           # a plan's own further level, named by its number: "a second-level review", "a level 2
                           # review" (an internal appeal under another name)
                           r"(?:second|2nd|third|3rd)[- ]level (?:review|appeal)|level (?:2|two|3|three) "
                           r"(?:review|appeal)|"
                           r"apelaci[oó]n|apelar|apele|reconsideraci[oó]n|redeterminaci[oó]n|queja|"
                           # "una revisión (estatal) de esta decisión": a review of the decision, in Spanish too
                           r"revisi[oó]n (?:[^\W\d_]+ )?de (?:esta|nuestra|la) (?:decisi[oó]n|determinaci[oó]n))",
                           re.IGNORECASE)
_US_DECIDING = re.compile(r"\b(?:we|the plan|our reviewers?|it)\s+(?:will|must|'ll|shall|have to|has to)\s+"
                          r"(?:\w+\s+){0,3}?(?:make|give|send|decide|respond|notify|tell|review|complete|issue|"
                          r"answer|mail|get back)|\b(?:decision|decide|respond|response|answer)\s+(?:\w+\s+){0,2}"
                          r"within|\bwithin\b[^.]{0,40}\b(?:we|the plan)\s+(?:will|must)\b|"
                          # Spanish: "le daremos una decisión dentro de 30 días", "tomaremos una decisión"
                          r"\b(?:tomaremos|daremos|enviaremos|decidiremos|responderemos|revisaremos|le daremos|"
                          r"le enviaremos|le responderemos|el plan (?:debe|tomar[aá]|dar[aá]))\b", re.IGNORECASE)
_LATER_LEVEL = re.compile(r"external review|independent review|fair hearing|\bIRE\b|Office of Personnel|\bOPM\b|"
                          r"\bQIC\b|Qualified Independent|Administrative Law|\bALJ\b|Medicare Appeals Council|"
                          r"juez de derecho administrativo|"
                          r"review organization|\bIRO\b|audiencia (?:imparcial|justa|estatal|del estado)|"
                          r"revisi[oó]n (?:externa|"
                          r"independiente)", re.IGNORECASE)
# a state fair hearing, in both languages: the first appeal where the notice offers no appeal to the plan
# (a state hearing, as California calls it: "audiencia estatal", "state hearing")
FAIR_HEARING = re.compile(r"fair hearings?|state hearings?|audiencias? (?:imparcial|justa|estatal|del estado)",
                          re.IGNORECASE)
# an external review, in both languages: the next step after a final internal decision (OCR's m for rn too:
# "extemal")
EXTERNAL_REVIEW = re.compile(r"ex[tl]e(?:rn|m)al review|independent review|review organization|\bIRO\b|"
                             r"revisi[oó]n (?:externa|independiente)", re.IGNORECASE)
# the notice is the plan's final internal decision (the internal appeal decided and upheld), so its next step, an
# external review, is the step open to the member: said as a heading ("Decisión final de la apelación interna",
# "Final internal adverse benefit determination"), or in a sentence that says this decision is the final one or
# that no internal appeal is left ("No hay otra apelación interna", "Las apelaciones internas ya terminaron"); a
# notice that only says what happens after a final decision ("within 4 months after our final decision") is none
_FINAL_DECISION = re.compile(
    r"\b(?:this|esta|[ée]sta) (?:is|es) (?:the|our|la|nuestra) (?:plan's |del plan )?(?:final (?:internal )?"
    r"(?:appeal )?(?:decision|determination)|decisi[oó]n final|determinaci[oó]n final)|"
    r"^[ \t]*(?:notice of )?final (?:internal )?(?:adverse benefit )?(?:appeal )?(?:decision|determination)\b|"
    r"^[ \t]*(?:aviso de (?:la )?)?(?:decisi[oó]n|determinaci[oó]n) final\b|"
    # Original Medicare's redetermination notice: the first appeal decided, a QIC's reconsideration next
    r"^[ \t]*(?:medicare )?redetermination (?:notice|decision)\b|"
    # a managed-care plan's notice of appeal resolution: its appeal decided, the state fair hearing next
    r"^[ \t]*(?:notice of )?(?:appeal resolution|resolution of (?:your |the )?appeal)\b|"
    r"^[ \t]*(?:aviso de (?:la )?)?resoluci[oó]n de (?:la |su )?apelaci[oó]n\b|"
    r"\bno (?:hay|tiene|queda) (?:otra|m[aá]s|ninguna) apelaci[oó]n(?:es)? internas?|"
    r"\bno (?:further|other|more) internal appeals?\b|"
    r"\b(?:internal appeals?|apelaciones internas)\b[^.\n]{0,20}\b(?:are over|have ended|(?:have been|are) "
    r"exhausted|terminaron|se agotaron)", re.IGNORECASE | re.MULTILINE)


# the step open after a final internal decision: the external review; after a Medicaid managed-care plan's appeal
# the state fair hearing; after a Medicare redetermination the QIC's reconsideration; after an FEHB carrier's
# reconsideration OPM's review; after a TRICARE reconsideration the TQMC's second one or a formal review; after a QIC
# or the IRE a hearing before an Administrative Law Judge; after a separate CHIP's appeal the state's review
NEXT_AFTER_FINAL = re.compile(f"{EXTERNAL_REVIEW.pattern}|{FAIR_HEARING.pattern}|"
                              r"\bQIC\b|Qualified Independent Contractor|\breconsideration\b|"
                              r"Office of Personnel Management|\bOPM\b|Quality Monitoring Contractor|\bTQMC\b|"
                              r"formal review|independent review entity|\bIRE\b|Administrative Law Judge|\bALJ\b|"
                              r"juez de derecho administrativo|"
                              r"state(?:'s)? review|revisi[oó]n (?:del |de su )?estado|revisi[oó]n estatal",
                              re.IGNORECASE)

# the notice is the decision on an appeal the member already filed (an appeal, a second-level appeal, a Medicare
# redetermination or reconsideration, an FEHB or TRICARE reconsideration), upheld in whole or part: said as a heading
# ("Reconsideration decision", "RE: Level 2 appeal - final internal decision", "Medicare Redetermination Notice") or
# as the answer ("We have affirmed the denial", "Decision: the denial is UPHELD", "Our decision: UNFAVORABLE",
# "Mantenemos la denegación"). OCR's m for rn ("intemal") is read as the word.
_INTERNAL = r"in[tl]e(?:rn|m)al"
_APPEAL_DECIDED = re.compile(
    r"^[ \t]*(?:re:?[ \t]*)?(?:notice of )?(?:(?:medicare |your )?(?:appeal|reconsideration|redetermination)|"
    r"(?:second|2nd)[- ]level(?: appeal)?|level (?:2|two|ii)(?: appeal)?)[ \t]*(?:-[ \t]*)?"
    rf"(?:(?:final )?(?:{_INTERNAL} )?(?:decisi\w*|determination)|notice of decision)\b|"
    r"\b(?:we|the plan|the reviewer) (?:have |has )?(?:upheld|affirmed|maintained|confirmed) (?:the|our|its) "
    r"(?:original |earlier |first )?(?:denial|decision|determination)|"
    # the same answer in the present ("We uphold our decision", "we are upholding our denial", "The plan affirms
    # its denial"): what the plan does now with the decision the member appealed; never a condition a first denial
    # sets out ("If we uphold our denial, we will send your case to the IRE")
    r"(?<!\bif )(?<!\bwhen )(?<!\bunless )(?<!\bonce )(?<!\bafter )(?<!\bshould )"
    r"\b(?:we|the plan|the reviewer) (?:(?:are|is) (?:upholding|affirming|maintaining|keeping)|uphold|upholds|affirm|"
    r"affirms) (?:the|our|its) (?:original |earlier |first )?(?:denial|decision|determination)|"
    # a heading that names the appeal decided: "Decision on your first-level appeal", "Notice of Redetermination"
    r"^[ \t]*(?:our )?decision on (?:your|the) (?:(?:first|1st|second|2nd)[- ]level |level (?:1|one|2|two) )?"
    r"(?:appeal|reconsideration request|request for reconsideration)\b|"
    r"^[ \t]*notice of (?:redetermination|reconsideration)[ \t]*$|"
    r"\b(?:the )?(?:original )?denial (?:is|was|has been) (?:upheld|affirmed)|"
    r"\bdecision\b[^.\n]{0,12}\bto uphold\b|"
    r"\b(?:our )?decision:[ \t]*(?:the denial is )?(?:upheld|affirmed|unfavorable|partly favorable|denial upheld)\b|"
    # the same answer in Spanish: "Decisión de reconsideración: DESFAVORABLE", "Nuestra decisión: desfavorable"
    r"\bdecisi[oó]n(?: de (?:la |su )?(?:reconsideraci[oó]n|redeterminaci[oó]n|apelaci[oó]n))?:[ \t]*"
    r"(?:desfavorable|parcialmente favorable|se mantiene la denegaci[oó]n)\b|"
    # the decision kept after the member asked for it again: "We have reconsidered our denial ... Our decision
    # stands", "La denegación se mantiene"
    r"\bwe (?:have )?reconsidered (?:our|the) (?:original |earlier )?(?:denial|decision|determination)\b|"
    r"\b(?:our|the) (?:original )?(?:decision|denial|determination) (?:still )?stands\b|"
    r"\b(?:mantenemos|confirmamos|ratificamos) (?:la|nuestra) (?:denegaci[oó]n|decisi[oó]n)|"
    r"\bse (?:mantiene|confirma) la denegaci[oó]n|"
    rf"\bfinal {_INTERNAL} (?:appeal )?(?:decisi\w*|determination)",
    re.IGNORECASE | re.MULTILINE)

# a further internal appeal the decision offers ("You may ask for a second-level appeal within 60 days"): the plan's
# appeals are not over, so its own window is the one open
_FURTHER_INTERNAL = re.compile(
    r"\b(?:may|can|puede|podr[aá])\b[^.]{0,80}\b(?:(?:second|2nd)[- ]level (?:appeal|review)|level (?:2|two) appeal|"
    r"segund[oa] (?:nivel|apelaci[oó]n)|another internal appeal)", re.IGNORECASE)


def _said(rx: re.Pattern, text: str) -> bool:
    """`rx` matches `text` somewhere other than at the start of a sentence's wrapped line: a match that opens a line is
    a heading only when the line above ends a sentence (or is blank) or the line is short after it ("After the Plan's"
    / "final decision on appeal you may have the right to an external review" is no heading)."""
    for m in rx.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:m.start()].strip():
            return True  # inside a line: a sentence's own words
        above = text[:line_start].rstrip(" \t\n").rsplit("\n", 1)[-1].rstrip()
        text_above = not text[:line_start].rstrip(" \t").endswith("\n\n") and bool(above)
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else len(text)]
        if not text_above or above.endswith((".", ":", "!", "?")) or len(rest.strip()) <= 40:
            return True
    return False


def final_internal_decision(text: str) -> bool:
    """The notice is the plan's final internal decision (see _FINAL_DECISION), or any decision on an appeal that
    offers no further internal appeal (appeal_decision): the next level is the step open."""
    return _said(_FINAL_DECISION, text) or appeal_decision(text) and not _FURTHER_INTERNAL.search(text)


# the notice is the external reviewer's own decision (an IRO's, or a state's external review): it binds the plan, and
# no appeal level is left after it (only a lawsuit, or a state's own remedies, with no window to count). Said as its
# title ("External review decision", at a line's start or closing the letterhead's line) or as the decision's own
# force ("This decision is binding on you and on the insurer", "... is final and binding on you and on the plan",
# "Esta decisión es obligatoria para usted y el plan")
_EXTERNAL_DECIDED = re.compile(
    r"^[^\n]{0,80}?(?:^|[-–|:][ \t]*)(?:notice of |final )?(?:external review|independent external review) "
    r"decision[ \t]*$|"
    r"^[ \t]*(?:aviso de (?:la )?)?decisi[oó]n (?:de (?:la )?)?revisi[oó]n (?:externa|independiente)[ \t]*$|"
    r"\b(?:this|the reviewer'?s|our) decision is (?:final and |final, )?binding on (?:you|both)\b[^.]{0,40}"
    r"\b(?:plan|insurer|carrier|"
    r"insurance company)\b|"
    r"\besta decisi[oó]n es (?:vinculante|obligatoria|definitiva) para usted y (?:para )?(?:el plan|la aseguradora)",
    re.IGNORECASE | re.MULTILINE)


def external_review_decision(text: str) -> bool:
    """The notice is the external review's own decision (see _EXTERNAL_DECIDED): no appeal level is left."""
    return bool(_EXTERNAL_DECIDED.search(text))


def appeal_decision(text: str) -> bool:
    """The notice decides an appeal the member filed (see _APPEAL_DECIDED), whether or not it is the last level."""
    return _said(_APPEAL_DECIDED, text)
# a sentence that says the notice offers no appeal to a plan: "This program has no appeal to a plan first",
# "Este programa no tiene una apelación previa con un plan: la audiencia es el primer paso"
_NO_PLAN_APPEAL = re.compile(r"\b(?:(?:there is|has|have|with) no|(?:does|do) not (?:have|offer)|"
                             r"no (?:tiene|hay|ofrece|existe)) (?:an? |una |un )?(?:(?:internal|previa|first|prior|"
                             r"other|otra) )?"
                             # "there is no health plan appeal", "there is no managed care plan appeal"
                             r"(?:(?:health |managed[- ]care |insurance )?plan(?:'s)? |HMO |MCO )?"
                             r"(?:appeal|apelaci[oó]n)|"

                             r"(?:hearing|audiencia) (?:is|es) (?:the|el) (?:first|primer) (?:step|paso)|"
                             # "a fair hearing is how you appeal", "la audiencia es la manera de apelar"
                             r"(?:hearing|audiencia) (?:is|es) (?:how|the way|la (?:manera|forma)) (?:you |de )?"
                             r"(?:appeal|apelar)",
                             re.IGNORECASE)
# a request the notice says is no appeal ("Your provider may ask for a retrospective review within 30 days; that
# review is not an appeal", "a corrected claim is not an appeal", "esa revisión no es una apelación"): its limit is
# never the appeal's
_NOT_AN_APPEAL = re.compile(r"\b(?:is|are) not (?:an? |your )?(?:formal )?appeals?\b|\bdoes not count as an? appeal|"
                            r"\bis not (?:the same as|considered) an? appeal|"
                            r"\bno (?:es|son|cuenta como) (?:una |su )?apelaci[oó]n(?:es)?\b", re.IGNORECASE)
# the steps after a state fair hearing: asking it to reconsider its decision, or a court ("Si no está de acuerdo con
# la decisión de la audiencia, puede pedir que se reconsidere ... o apelar al tribunal ... a partir de esa
# decisión"): a later level, and no appeal to the plan
_AFTER_HEARING = re.compile(r"\b(?:hearing(?:'s)? decision|decision (?:of|from|after) the hearing|"
                            # ("If after the hearing you disagree ...", "Si después de la audiencia no está de
                            # acuerdo ...")
                            r"after (?:the |your )?(?:state )?(?:fair )?hearing|despu[eé]s de (?:la |su )?audiencia|"
                            r"decisi[oó]n de la audiencia|(?:to|in|with) (?:a |the )?(?:state |superior |circuit |"
                            r"district |county )?court\b|judicial review|civil action|al tribunal|"
                            r"(?:en|ante) (?:el |la )?(?:tribunal|corte)\b|revisi[oó]n judicial)", re.IGNORECASE)
_FIRST_LEVEL = re.compile(r"internal appeal|first[- ]level|level 1|level one|appeal (?:to|with) us|ask us|"
                          r"to this plan|to the plan|with the plan|request (?:an|a) (?:internal )?appeal|"
                          r"apelaci[oó]n (?:interna|ante el plan|con el plan|al plan)|pedirnos|a nosotros",
                          re.IGNORECASE)
_CONTINUATION = re.compile(r"keep (?:getting|receiving|your (?:services|benefits))|continue (?:to (?:get|receive)|"
                          r"receiving|getting)|(?:services|benefits) (?:to )?continue|continuation of (?:benefits|"
                          r"services)|aid (?:paid )?pending|continuaci[oó]n de (?:beneficios|servicios)|"
                          r"seguir recibi[eé]ndol?[oa]?s?|(?:mantener|conservar) sus (?:beneficios|servicios)|"
                          # "the service can continue while ...", "el servicio puede continuar mientras se decide"
                          r"(?:services?|benefits?|care|treatment) (?:can|may|will) (?:continue|go on)|"
                          r"(?:servicios?|beneficios?|tratamiento|atenci[oó]n) (?:(?:puede|pueden|podr[aá]n?) "
                          r"(?:continuar|seguir)|continuar[aá]n?\b|seguir[aá]n?\b)", re.IGNORECASE)
_DONE = re.compile(r"\b(?:we|I) (?:have |'ve |had )?(?:completed|finished|made|decided|processed|reviewed)\b|"
                   r"\b(?:you|your \w+) (?:have |had )?(?:asked|filed|sent|requested|submitted)\b(?! (?:it|them|this) "
                   r"(?:to|by)\b)|\b(?:completamos|terminamos|decidimos|"
                   r"hemos (?:completado|terminado|decidido|revisado)|"
                   r"usted (?:pidi[oó]|present[oó]|envi[oó]|solicit[oó]))\b", re.IGNORECASE)
_RECEIPT = re.compile(r"receiv|receipt|get this|got this|recib|recepci[oó]n", re.IGNORECASE)
_BY_DATE = re.compile(r"\b(?:by|no later than|on or before|before|until|postmarked by|received by|"
                      r"a m[aá]s tardar(?: el)?|antes del?|hasta el|no m[aá]s tarde del?|recibid[oa] (?:para|antes de)"
                      r"(?: el)?|"
                      # the date under a label of its own: "Appeal deadline: 05/01/2027", "Last day to appeal:"
                      r"(?:appeals?|filing) deadline|deadline (?:to|for) (?:appeal|fil|request)\w*(?: an? appeal)?|"
                      r"last day to (?:appeal|file|request)\w*(?: an? appeal)?|"
                      r"fecha l[ií]mite(?: para (?:apelar|presentar|pedir|solicitar)\w*(?: (?:su|una) apelaci[oó]n)?)?|"
                      r"[uú]ltimo d[ií]a para (?:apelar|presentar|pedir|solicitar)\w*(?: (?:su|una) apelaci[oó]n)?)"
                      r"\s*:?\s*$",
                      re.IGNORECASE)


# the words a time limit is written in, English and Spanish, and the letter shapes OCR takes for one another
# ("froin" for "from", "ticne" for "tiene", "techa" for "fecha"): a word of a deadline sentence that is not one
# of these but becomes exactly one of them by undoing one such confusion is read as that word, so the sentence
# is quoted as the notice printed it
_DEADLINE_WORDS = frozenset("""
    from date days day notice letter this that the your you receive received within after appeal appeals file
    request must have months calendar business mailed written decision determination redetermination
    reconsideration ask
    fecha días dias aviso carta tiene partir dentro esta este reciba recibe recibió apelación apelacion apelar
    pedir plazo calendario hábiles habiles meses desde después despues decisión decision usted que para
""".split())
# (a fax's thin t's read as i's: "You musi ask ... from the daie of ihis noiice")
_OCR_CONFUSIONS = (("in", "m"), ("rn", "m"), ("c", "e"), ("t", "f"), ("i", "l"), ("l", "i"), ("cl", "d"),
                   ("vv", "w"), ("0", "o"), ("1", "l"), ("ii", "u"), ("li", "h"), ("i", "t"))


def _mend_word(word: str) -> str:
    lower = word.lower()
    if len(word) < 4 or lower in _DEADLINE_WORDS or not word.isalnum():
        return word
    fixes = {lower[:i] + good + lower[i + len(bad):]
             for bad, good in _OCR_CONFUSIONS for i in range(len(lower)) if lower.startswith(bad, i)}
    fixes &= _DEADLINE_WORDS
    if len(fixes) != 1:
        return word
    fixed = fixes.pop()
    return fixed.capitalize() if word[0].isupper() else fixed


def mend_ocr_words(sentence: str) -> str:
    """A deadline sentence with its OCR-confused words read back (see `_DEADLINE_WORDS`), and OCR's comma between a
    number and its unit ("180,days") read as the space it was."""
    sentence = re.sub(r"(?<=\d),(?:[ \t]?)(?=(?:days?|d[ií]as|months?|mes(?:es)?)\b)", " ", sentence,
                      flags=re.IGNORECASE)
    return re.sub(r"\w+", lambda w: _mend_word(w.group(0)), sentence)


_CAPITALS_HEADING = re.compile(r"\n([ \t]*[A-ZÁÉÍÓÚÑÜ]{2,}(?:[ \t]+[A-ZÁÉÍÓÚÑÜ&/-]+){1,7}[ \t]*)\n"
                               r"(?=[ \t]*[¿¡]?[A-ZÁÉÍÓÚÑ][a-záéíóúñü])")


# two columns of prose side by side (a text PDF's "How to appeal" beside "Where to send your appeal", as the layout
# prints it): a paragraph of GUTTER_LINES lines or more with one gutter of GUTTER_WIDTH blank columns or more running
# down all of them, words on both sides of it on two lines or more and running text on its left
GUTTER_LINES = 3
GUTTER_WIDTH = 3


def _gutter(block: list[str]) -> int | None:
    """Where the right column starts in `block` (lines of one paragraph), or None when it is no two columns."""
    width = max(len(line) for line in block)
    clear = [all(c >= len(line) or line[c] == " " for line in block) for c in range(width)]
    c = 0
    while c < width:
        if not clear[c]:
            c += 1
            continue
        start = c
        while c < width and clear[c]:
            c += 1
        if c - start >= GUTTER_WIDTH and c < width and start > 0:
            both = [line for line in block if line[:start].strip() and line[c:].strip()]
            # (the left column running text: two of its lines beside the right's words of four words or more, and
            # none a label, "Plan:", over its value's cell)
            prose = [line for line in both
                     if re.search(r"[a-záéíóúñ]{2,}(?:[ \t]+[a-záéíóúñ,]{2,}){3}", line[:start])]
            # (or the right column running text beside a column of label rows: a letter's "Your right to appeal"
            # set beside its table of facts, "Parent or guardian:   Leah ..." on the row of "... of this notice.")
            prose_right = [line for line in both
                           if re.search(r"[a-záéíóúñ]{2,}(?:[ \t]+[a-záéíóúñ,]{2,}){3}", line[c:])]
            if (len(prose) >= 2 or len(prose_right) >= 2) and \
                    not any(line[:start].rstrip().endswith(":") for line in block):
                return c
    return None


def columns_apart(text: str) -> str:
    """`text` with each run of lines printed in two columns side by side read as its left column, then its right
    (the run is as long as its lines share the gutter; a line across the gutter, a blank line or a page ends it)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        at, j = None, i + GUTTER_LINES
        if lines[i].strip() and j <= len(lines) and _gutter(lines[i:j]) is not None:
            while j < len(lines) and lines[j].strip() and "\f" not in lines[j] and _gutter(lines[i:j + 1]) is not None:
                j += 1
            at = _gutter(lines[i:j])
        if at is None or any(not line.strip() or "\f" in line for line in lines[i:j]):
            out.append(lines[i])
            i += 1
            continue
        out.extend(line[:at].rstrip() for line in lines[i:j] if line[:at].strip())
        out.append("")
        out.extend(line[at:].strip() for line in lines[i:j] if line[at:].strip())
        out.append("")
        i = j
    return "\n".join(out)


def sentences(text: str) -> list[str]:
    """Split running text into sentences, joining the lines of a paragraph first (a paragraph in two columns side
    by side read column by column)."""
    text = columns_apart(text)
    # a scan's blank line inside a sentence ("within 6 months from the date of" / "" / "this letter.") is no
    # paragraph's end: a line ending in a word or comma before one opening in lower case
    text = re.sub(r"(?<=[^\W\d_,]|,)[ \t]*\n(?:[ \t]*\n)+[ \t]*(?=[a-záéíóúñ])", " ", text.replace("\f", "\n"))
    # an address block's last line (its state and ZIP) ends what it is in: a line after it opening in capitals
    # starts a sentence of its own, though no blank line stands between ("... apelación por escrito a: Plan ...
    # Fresno, CA 93747-8841" then "Después de la decisión final ... revisión externa")
    text = re.sub(r"(?<=\b[A-Z]{2}[ \t]\d{5})((?:-\d{4})?)[ \t]*\n(?=[ \t]*[A-ZÁÉÍÓÚÑ¿¡])", r"\1\n\n", text)
    # a heading in capitals on a line of its own, over a sentence in ordinary case, is no part of the sentence
    # before it, though that one lost its full stop ("... un reclamo corregido no es una apelación" / "SUS DERECHOS DE
    # APELACIÓN" / "Usted tiene 180 días ..."); it opens the one after it, as it always has (its words say what the
    # sentence is about: "YOUR RIGHT TO APPEAL You can ask us to change this decision.")
    text = _CAPITALS_HEADING.sub(r"\n\n\1\n", text)
    flat = re.sub(r"[ \t]*\n(?:[ \t]*\n)+", "\n\n", text)
    flat = re.sub(r"(?<!\n)[ \t]*\n[ \t]*(?!\n)", " ", flat)
    parts = re.split(r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bSr\.)(?<!\bSra\.)(?<=[.!?;])\s+"
                     r"(?=[A-ZÁÉÍÓÚÑ¿¡(\"'])|\n\n",
                     flat)
    return [" ".join(p.split()) for p in parts if p and p.strip()]


def find_stated_deadline(text: str, notice_date: date | None, *, order: str = "MDY") -> StatedDeadline | None:
    """The first sentence of the notice that gives the patient a time limit to file the (first-level) appeal.

    A sentence counts when it, or the sentence before it ("You may file an internal appeal. Your request
    must be made within 180 days ..."), is about appealing; sentences about what the plan will do ("we will
    decide within 30 days") and about later levels (external review, IRE) are skipped. A fair-hearing limit
    is used only when the notice offers no appeal to the plan (fee-for-service Medicaid notices). A calendar date
    the notice gives ("must be received by May 28, 2027") wins over a number of days it gives elsewhere ("at
    least 180 days after you receive this letter"): the date is what the plan will hold the appeal to."""
    sents = [mend_ocr_words(s) for s in sentences(text)]
    first: StatedDeadline | None = None
    # the step open to the member when the notice offers no appeal to the plan: the state fair hearing (fee-for-
    # service Medicaid), or after the plan's final internal decision the external review
    final = final_internal_decision(text)
    # (after a Medicaid managed-care plan's appeal, the state fair hearing is the step open)
    next_step = NEXT_AFTER_FINAL if final else FAIR_HEARING
    # (an office's name is no offer of an appeal: "Envíe su pedido a: Oficina de Apelaciones y Audiencias")
    offers_plan_appeal = not final and any(
        (said := next((m for m in _APPEAL_WORDS.finditer(s) if not _IN_A_NAME.search(s[:m.start() + 1])), None)) and
        not FAIR_HEARING.search(s) and not _NO_PLAN_APPEAL.search(s) and
        not _after_hearing(s, said.start()) and not _no_appeal(s, sents[i + 1] if i + 1 < len(sents) else "")
        for i, s in enumerate(sents))
    heading, heading_at = "", 0  # the heading over the sentences read ("Asking us to reconsider", "Cómo apelar")
    for i, s in enumerate(sents):
        prev = sents[i - 1] if i else ""
        if _HEADING.fullmatch(prev):
            heading, heading_at = prev, i
        if i - heading_at >= UNDER_HEADING:
            heading = ""
        if len(s) > 600 or _no_appeal(s, sents[i + 1] if i + 1 < len(sents) else ""):
            continue
        # where the notice offers no appeal to the plan, a sentence that asks for the fair hearing is the appeal's
        # own ("puede pedir una audiencia imparcial estatal dentro de 90 días"), with no appeal word in it
        first_step = next_step.search(s) and not offers_plan_appeal
        # (a sentence under a heading about the appeal, the sentence before it about something else: "Asking us to
        # reconsider" / "If you think we made a mistake, write to us." / "Your request must reach us by May 19")
        under_appeal = bool(heading and _APPEAL_WORDS.search(heading) and not _LATER_LEVEL.search(heading) and
                            not FAIR_HEARING.search(heading))
        if not _APPEAL_WORDS.search(s) and not first_step and not (
                (_APPEAL_WORDS.search(prev) or next_step.search(prev) or under_appeal)
                and re.search(r"\b(?:request|ask|file|submit|it|write|send|mail|pedir(?:l[ao]s?)?|pida|"
                              r"solicitar(?:l[ao]s?)?|solicite|"
                              r"presentar(?:l[ao]s?)?|presente|enviar(?:l[ao]s?)?|env[ií]e|escribir|escr[ií]banos|"
                              # what the member must do, the verb maybe garbled ("Debe pedía dentro de 65 días")
                              r"you must|debe|deber[aá]|tiene que|"
                              # the member given the time: "You have 180 days ...", "Tiene 180 días a partir de
                              # ..." (the subject left out, as Spanish does; "el plan tiene" names another)
                              r"you have|usted tiene|^tiene|"
                              # or what the office must receive from the member: "Debemos recibir su pedido dentro
                              # de 45 días", "We must receive your request within 60 days"
                              r"(?:we|the \w+) must (?:receive|get|have)|debemos recibir|"
                              r"(?:debe|deber[aá]) recibir|recibir su (?:pedido|solicitud|petici[oó]n))\b", s, re.I)):
            continue
        about = s if _APPEAL_WORDS.search(s) or _LATER_LEVEL.search(s) else f"{prev} {s}"
        if _LATER_LEVEL.search(about) and not _FIRST_LEVEL.search(about):
            if not (next_step.search(about) and not offers_plan_appeal):
                # a later level named only after a date the sentence gives for the appeal: OCR read a full stop
                # as a comma and ran the next sentence on ("you must file an appeal by March 20, 2027, Circle ...
                # A later reconsideration by a qualified independent contractor ...")
                later = _LATER_LEVEL.search(s)
                head = s[:later.start()] if later else ""
                found = _deadline_in(head, notice_date, order) if _APPEAL_WORDS.search(head) else None
                if found and found.date and not (found.days or found.months):
                    return StatedDeadline(s, found.date)
                continue
        if _US_DECIDING.search(s) and not re.search(r"\byou\b[^.]{0,60}\b(?:must|have|may|can|need)\b", s, re.I):
            continue
        found = _deadline_in(s, notice_date, order, hearing_first=not offers_plan_appeal, next_step=next_step)
        if found and not (found.days or found.months):
            return found
        first = first or found
    return first


# an appeal word capitalised inside a sentence, after a capitalised word and maybe "of"/"de" and "and"/"y": a name
# ("Office of Appeals", "Oficina de Apelaciones", "Appeals and Grievances Unit")
_IN_A_NAME = re.compile(r"(?<=\w)[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w&]*[ \t]+){0,3}(?:(?:of|de|del|de la|and|y|&)[ \t]+)?"
                        r"[A-ZÁÉÍÓÚÑ]$")


# the fast variant of an appeal named as what a limit is for ("a request for a faster (expedited) reconsideration",
# "una apelación acelerada"), and the standard one named beside it ("a standard or expedited appeal")
_FAST_ONLY = re.compile(r"\b(?:expedited|faster|fast|urgent|quick)\b[^.;]{0,40}\b(?:appeal|reconsideration|"
                        r"redetermination|review|request)|\b(?:request|appeal|reconsideration|redetermination|"
                        r"review)\s+(?:to\s+be\s+)?(?:expedited|fast-tracked)\b|"
                        r"\b(?:apelaci[oó]n|reconsideraci[oó]n|revisi[oó]n|solicitud|redeterminaci[oó]n)\s+"
                        r"(?:m[aá]s\s+)?(?:r[aá]pida|acelerada|urgente|expedita)\b|\bde forma (?:acelerada|urgente)\b",
                        re.IGNORECASE)
_STANDARD = re.compile(r"\b(?:standard|regular|normal|est[aá]ndar|ordinari[ao])\b", re.IGNORECASE)


# the sentences after a heading about the appeal that it governs (see find_stated_deadline)
UNDER_HEADING = 3


# a heading: a short line of words with no full stop, colon or figure ("Asking us to reconsider", "YOUR RIGHT TO
# APPEAL")
_HEADING = re.compile(r"[¿¡]?[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ \t]+[^\W\d_&/-]+){0,7}[?]?")


# a sentence that tells of a request already made, on its date, and offers nothing ("You asked on September 14, 2026
# for an external review ..., within the four months allowed", "Usted pidió la revisión el 2 de mayo, dentro del
# plazo"): the window it names is used, not open
_ALREADY_ASKED = re.compile(r"\b(?:you|your (?:doctor|provider|representative))\s+(?:asked|requested|filed|submitted|"
                            r"sent|appealed|made)\b[^.;]{0,60}?\bon\s+(?:[A-Z][a-z]+\.?\s+\d|\d)|"
                            r"\b(?:usted\s+)?(?:pidi[oó]|solicit[oó]|present[oó]|envi[oó]|apel[oó])\b[^.;]{0,60}?\bel\s+\d",
                            re.IGNORECASE)
_OFFERS = re.compile(r"\b(?:may|can|must|should|need to|have to|puede|pueden|debe|deben|tiene|tienen)\b", re.IGNORECASE)


def _no_appeal(s: str, following: str) -> bool:
    """The sentence `s` asks for something the notice says is no appeal: in `s` itself, or in the sentence after it
    that opens by pointing back ("... within 30 days of this notice;" then "that review is not an appeal"); or it
    only tells of a request already made (_ALREADY_ASKED), offering none."""
    if _NOT_AN_APPEAL.search(s) or _ALREADY_ASKED.search(s) and not _OFFERS.search(s):
        return True
    said = _NOT_AN_APPEAL.search(following)
    if not said:
        return False
    subject = following[:said.start()]
    if re.fullmatch(r"(?:that|this|such an?|these|those|it|esa|ese|esta|este|dicha|dicho)\b.{0,40}", subject,
                    re.IGNORECASE | re.DOTALL):
        return True
    # or that names what `s` asks for ("... pedir una reconsideración informal ... dentro de 10 días." then "La
    # reconsideración informal no es una apelación")
    named = re.fullmatch(r"\s*(?:the|an?|la|el|una?|los|las)\s+(\w+(?:\s+\w+){0,2})\s*", subject, re.IGNORECASE)
    return bool(named and len(named[1]) >= 6 and re.search(rf"\b{re.escape(named[1])}\b", s, re.IGNORECASE))


def _after_hearing(s: str, at: int) -> bool:
    """What `s` says from `at` on is a step after the fair hearing's decision (a court, a rehearing): named before
    it in the sentence, and not the first appeal."""
    return bool(_AFTER_HEARING.search(s[:at])) and not _FIRST_LEVEL.search(s[:at])


def _deadline_in(s: str, notice_date: date | None, order: str = "MDY", *,
                 hearing_first: bool = False, next_step: re.Pattern = FAIR_HEARING) -> StatedDeadline | None:
    """The limit sentence `s` gives for the first appeal; `hearing_first`: the notice offers no appeal to the plan,
    so a limit for `next_step` is that appeal's (the state fair hearing of fee-for-service Medicaid, the external
    review after a final internal decision)."""
    # an explicit date: "must be received by April 30, 2026"
    for hit in find_dates(s, order):
        before = s[max(0, hit.start - 60):hit.start]  # (a long label: "Fecha límite para presentar una apelación:")
        if _CONTINUATION.search(s[max(0, hit.start - 120):hit.end + 60]):
            continue  # the date for keeping benefits during the appeal, not the appeal's own
        if _BY_DATE.search(before):
            return StatedDeadline(s, hit.value)
    for m in DURATION_RE.finditer(s):
        n = None
        if m.group("pnum"):
            n = int(m.group("pnum"))
        elif m.group("num"):
            n = int(m.group("num"))
        elif m.group("word"):
            n = _NUM_WORDS[" ".join(m.group("word").lower().split())]
        if not n:
            continue
        context = s[max(0, m.start() - 40):m.start()].lower()
        after = s[m.end():m.end() + 80]
        # the clause this duration belongs to: skip the plan's own clocks ("we will decide ... within 60 days")
        # and later levels, even when OCR has merged them into the patient's sentence
        clause = re.split(r"[.;,:!?]\s|\bif\b|\bbut\b|\bsi\b|\bpero\b", s[max(0, m.start() - 90):m.start()],
                          flags=re.I)[-1]
        if _US_DECIDING.search(clause + " within") and not re.search(r"\byou\b|\busted\b", clause, re.I):
            continue
        # a step already taken, told of in the past ("the redetermination you asked for within the 120 days
        # allowed"): the limit it met, never the next one's
        done = _DONE.search(clause)
        if done and not re.search(r"\b(?:you|usted)\b[^,;]*\b(?:must|may|can|have|has|need|tiene|debe|puede)\b",
                                  clause[done.end():], re.I):
            continue
        if _LATER_LEVEL.search(clause) and not _FIRST_LEVEL.search(clause) and not (
                hearing_first and next_step.search(clause)) or _after_hearing(s, m.start()):
            continue
        # the shorter limit for keeping benefits during the appeal is not the limit for the appeal itself
        if _CONTINUATION.search(s[max(0, m.start() - 120):m.end() + 60]):
            continue
        # nor the limit for asking for the fast (expedited) variant, the clause naming it and not the standard
        # one ("A request for a faster (expedited) reconsideration must be made within 3 calendar days of
        # receiving this letter", "una apelación rápida debe pedirse dentro de 3 días")
        if _FAST_ONLY.search(clause) and not _STANDARD.search(clause):
            continue
        # a count of care, not a window: "your appeal of our denial of the five days of intravenous ketamine",
        # "los cinco días de infusiones" (a window runs "of the date", "of receiving", "of our decision")
        if re.match(r"\s*of\s+(?!(?:the|this|that|our|your|its|a|an|receiv\w*|receipt|getting|when|date|mailing)\b)"
                    r"[^\W\d_]|\s*de\s+(?!(?:la|el|los|las|este|esta|su|sus|nuestra|nuestro|recib\w*|haber|que|"
                    r"cuando|fecha)\b)[^\W\d_]", after, re.I):
            continue
        # a limit counted from the date of service is the one for filing a claim, never for appealing its denial
        if re.match(r"\s*(?:from|after|of)\s+(?:the\s+)?dates?\s+(?:of\s+)?service|"
                    r"\s*(?:a partir|despu[eé]s)\s+de\s+la\s+fecha\s+(?:de(?:l)?\s+)?servicio", after, re.I):
            continue
        if not re.search(r"within|have|has|up to|no later than|no more than|must|deadline|limit|\bin\b|dentro de|"
                         r"tiene|tienen|hasta|plazo|debe|m[aá]s tardar", context) \
                and not re.match(r"\s*(?:from|after|of|a partir de|despu[eé]s de|desde)\b", after, re.I):
            continue
        unit = m.group("unit").lower()
        business = bool(m.group("kind") and m.group("kind").strip().lower() in ("business", "working")) or \
            bool(m.group("kind_es") and re.search(r"h[aá]biles|laborables", m.group("kind_es"), re.I))
        days = n if unit.startswith(("day", "dí", "di")) else 0
        months = n if unit.startswith(("month", "mes")) else 12 * n if unit.startswith(("year", "añ", "an")) else 0
        from_receipt = bool(_RECEIPT.search(after[:60])) and not re.search(r"date (?:of|on) (?:this|the)|"
                                                                           r"fecha (?:de|en) (?:este|esta|la|el)",
                                                                           after[:40], re.I)
        when = None
        if notice_date:
            when = (add_business_days(notice_date, days) if business else notice_date + timedelta(days=days)) \
                if days else add_months(notice_date, months)
        return StatedDeadline(s, when, days, months, from_receipt, business)
    return None


def rule_deadline(plan_type: str | None, notice_date: date | None, *, urgent: bool = False,
                  care_cut: bool = True, received: date | None = None, takes_effect: date | None = None) -> Deadline:
    """The window for the plan type, counted from the notice date without mailing days; where the rule counts from
    receipt and the case records the day the notice was received (`received`, claim.notice_received.date), from that
    day. `care_cut`: False for a new request (claim.action: none), which has no care to keep going during the
    appeal; `takes_effect`: the day the cut takes effect (claim.action_date), for the note on keeping it."""
    plan_type = plan_type or "unknown"
    rule = RULES.get(plan_type)
    if notice_date is None:
        what = rule.window_text if rule else "the time limit in the notice"
        return Deadline(None, f"No notice date, so no deadline could be counted. The rule for this plan is {what}"
                        + (f" ({rule.citation})." if rule else "."), "none", plan_type, rule=rule, urgent=urgent)
    if rule is None:
        d = notice_date + timedelta(days=UNKNOWN_DAYS)
        return Deadline(d, f"Plan type unknown and the notice states no deadline: assuming the shortest common "
                           f"window, {UNKNOWN_DAYS} days from the notice date {notice_date.isoformat()} (some "
                           f"fee-for-service Medicaid programs allow 30 days, "
                           f"{Citations('medicaid').cite('medicaid_fee_for_service_window')} setting only a 90-day "
                           "ceiling; Medicaid managed care allows 60, Medicare plans 65 or more). Check the notice "
                           "and the plan documents for the real limit.", "rule", plan_type, urgent=urgent)
    if not (rule.days or rule.months):  # no fixed window (a fee-for-service CHIP's review): the notice gives it
        return Deadline(None, f"{rule.window_text}: the notice gives the date; type it in claim.appeal_deadline.",
                        "none", plan_type, rule=rule, urgent=urgent,
                        notes=_rule_notes(rule, notice_date, care_cut, takes_effect))
    days = rule.days
    citation = rule.citation
    window = rule.window_text
    if plan_type in ("medicare_advantage", "medicare_part_d") and notice_date < MA_CHANGE:
        days, window = MA_OLD_DAYS, "60 days from the date of the notice (notices dated before 2025-01-01)"
        citation += " as in force before 2025-01-01"
    d = notice_date + timedelta(days=days) if days else add_months(notice_date, rule.months)
    if received and counts_from_receipt(rule, notice_date, received):
        # a notice received late (forwarded mail, a wrong address): the rule's own count, from the day it arrived,
        # which the case holds with its proof (letters set 76, case 05; set 80, case 06)
        return Deadline(received + timedelta(days=rule.days),
                        f"{citation}: {window}. Counted from the day the notice was received, {received.isoformat()} "
                        "(claim.notice_received).", "rule", plan_type, rule=rule, urgent=urgent,
                        notes=_rule_notes(rule, notice_date, care_cut, takes_effect), received_on=received)
    basis = f"{citation}: {window}. Counted from the notice date {notice_date.isoformat()}"
    receipt_date = None
    if rule.presumed_receipt_days:
        receipt_date = d + timedelta(days=rule.presumed_receipt_days)
        basis += (f" without the {rule.presumed_receipt_days} days of presumed receipt (with them the rule gives "
                  f"{receipt_date.isoformat()})")
    elif rule.from_receipt:
        basis += " without adding mailing days (the rule counts from receipt, so this is the safe date)"
    basis += "."
    return Deadline(d, basis, "rule", plan_type, receipt_date=receipt_date, rule=rule, urgent=urgent,
                    notes=_rule_notes(rule, notice_date, care_cut, takes_effect))


def counts_from_receipt(rule: Rule | None, notice_date: date | None, received: date | None) -> bool:
    """The rule counts its days from receipt of the notice, and the case records a receipt after the notice's date."""
    return bool(rule and rule.from_receipt and rule.days and notice_date and received and received > notice_date)


def notice_received(data: dict) -> date | None:
    """The day the notice was received, as the case records it (claim.notice_received.date)."""
    return as_date_or_none(((data.get("claim") or {}).get("notice_received") or {}).get("date"))


def _rule_notes(rule: Rule, notice_date: date | None, care_cut: bool = True,
                takes_effect: date | None = None) -> list[str]:
    notes = [rule.text(_(rule.note))] if rule.note else []
    # 42 CFR 438.420 reaches only a reduction, suspension or end of authorized care: a new request has nothing to keep
    if care_cut and rule.plan_type in ("medicaid", "medicaid_fee_for_service"):
        notes.append(medicaid_continuation(notice_date, rule.plan_type, takes_effect=takes_effect))
    if care_cut and rule.plan_type == "medicare_advantage_integrated":
        notes.append(_("To keep a service you already had while the integrated appeal is decided, file it within the "
                       "time the notice gives for keeping your benefits, before the change takes effect, and ask for "
                       "your benefits to continue ({cite}).").format(
                           cite=Citations(rule.plan_type).cite("integrated_continuation")))
    return notes


# A state-run external review (45 CFR 147.136(c)) in place of the federal process's window: the state's own limit
# may be longer, and its agency, not the plan, takes the request.
STATE_REVIEW_WINDOW = N_("at least 4 months after you receive the final internal denial under your state's process "
                         "(the state may allow more: the final denial gives its limit); send it to the state's agency")


def next_level_window(rule: Rule, state_review: bool) -> tuple[str, str]:
    """(the next level's window in words, its rules-registry id) for the case: the state's process where it runs
    external review, else the plan type's own next level."""
    if state_review and rule.next_rule == "external_review_window":
        return STATE_REVIEW_WINDOW, "state_external_review_window"
    return rule.next_window, rule.next_rule


def state_runs_review(data: dict) -> bool:
    """The directory says the case's state runs external review for this (insured) plan."""
    from appeal_kit import directory

    return directory.state_review_route(data)


def next_level_deadline(plan_type: str | None, final_denial: date | None, *, agency: str | None = None,
                        urgent: bool = False, state_review: bool = False) -> Deadline:
    """The window for the level after the internal appeal, counted from the final internal denial; `state_review`:
    the state runs it (state_runs_review)."""
    plan_type = plan_type or "unknown"
    rule = RULES.get(plan_type)
    if rule is None:
        return Deadline(None, "Plan type unknown, so the next level and its time limit cannot be told: set "
                        "claim.plan_type. Employer and individual plans allow 4 months for external review; "
                        "other plans have their own routes, named in the final denial.", "none", plan_type,
                        urgent=urgent, stage="next level")
    window, window_rule = next_level_window(rule, state_review)
    cite = rule.text(f"{{{window_rule}}}") if window_rule else ""
    # (the level itself cited as docs/domain.md's "next level" column does, the contract's basis for a decision after
    # an appeal that prints no window: "external review ... (26 CFR 54.9815-2719(c)-(d)): 4 months ...")
    level_cite = rule.text("{external_review}").replace("\u2013", "-") \
        if window_rule == "external_review_window" else ""
    what = f"{rule.next_level}" + (f" ({level_cite})" if level_cite else "") + f": {window}" + \
        (f" ({cite})" if cite else "")
    send_to = agency  # without it, next_window says where the request goes
    if final_denial is None or not (rule.next_days or rule.next_months):
        missing = " Add external_review.final_denial_date (the date of the plan's final internal decision) to " \
                  "count it." if final_denial is None and (rule.next_days or rule.next_months) else ""
        return Deadline(None, what + "." + missing, "none", plan_type, rule=rule, urgent=urgent,
                        stage="next level", send_to=send_to, state_review=state_review)
    d = final_denial + timedelta(days=rule.next_days) if rule.next_days else add_months(final_denial,
                                                                                        rule.next_months)
    start = "the notice" if plan_type in FIRST_LEVEL_IS_THE_STATE else "the final internal denial"
    basis = f"{what}. Counted from {start} dated {final_denial.isoformat()} without adding mailing days (the safe " \
            "date)."
    return Deadline(d, basis, "rule", plan_type, rule=rule, urgent=urgent, stage="next level", send_to=send_to,
                    counted_from=final_denial, state_review=state_review)


def later_deadline(decided: date | None, later: LaterLevel, plan_type: str, *, agency: str | None = None,
                   urgent: bool = False) -> Deadline:
    """The window for a level past the next one (LATER_LEVELS) after its decision dated `decided`: its days after
    receipt, counted here from the date without the 5 days the rule presumes for mail (the safe date)."""
    cite = Citations(plan_type).cite(later.level.window_rule)
    what = (f"{later.name}: asked for within {later.days} days "
            + (f"after receipt of {later.decision}, presumed 5 days after its date" if later.receipt
               else f"of the date of {later.decision}") + f" ({cite})")
    if decided is None:
        return Deadline(None, what + ". Add that decision (decisions[], with its date) to count it.", "none",
                        plan_type, urgent=urgent, stage="next level", send_to=agency, later=later)
    return Deadline(decided + timedelta(days=later.days), f"{what}. Counted from that decision, dated "
                    f"{decided.isoformat()}" + (", without adding the 5 days (the safe date)." if later.receipt
                                                else "."), "rule", plan_type,
                    rule=RULES.get(plan_type), urgent=urgent, stage="next level", send_to=agency, counted_from=decided,
                    receipt_date=decided + timedelta(days=5) if later.receipt else None, later=later)


def case_next_level_deadline(data: dict, *, urgent: bool = False) -> Deadline:
    """next_level_deadline for a case.yaml (plain dict). Where the plan type's rule sets no fixed window (a separate
    CHIP: the time printed on the plan's decision), the date the plan's last decision gives for the next level
    (decisions[].next_deadline, from `decided --deadline` or typed from the decision notice)."""
    review = data.get("external_review")
    review = review if isinstance(review, dict) else {}
    claim = data.get("claim") or {}
    plan = str(rules_route(data) or "unknown")
    later = later_level(data)
    if later is not None:
        dl = later_deadline(as_date(later[0].get("date")) or final_internal_denial(data), later[1], plan,
                            agency=review.get("agency"), urgent=urgent)
        # the rule's own date, counted from the receipt it presumes, where the case records it (the decision's
        # next_deadline or claim.appeal_deadline): that date, never the safe date alone (letters set 88, case 01: the
        # Council's 60 days from receipt presumed on 10/25/2026, recorded as 12/24/2026, and `check` gave 12/19)
        full = dl.receipt_date + timedelta(days=later[1].days) if dl.date and dl.receipt_date else None
        recorded = [f for f, day in (("decisions[].next_deadline", later[0].get("next_deadline")),
                                     ("claim.appeal_deadline", claim.get("appeal_deadline"))) if as_date(day) == full]
        if full and recorded and dl.date and dl.receipt_date:
            return replace(dl, date=full, source="case", basis=dl.basis.split(". Counted from")[0]
                           + f". Counted from receipt presumed on {dl.receipt_date.isoformat()}, 5 days after that "
                           f"decision's date, as case.yaml records it ({recorded[0]}); {dl.date.isoformat()}, "
                           "without the 5 days, is the safe date.")
        return dl
    first = plan in FIRST_LEVEL_IS_THE_STATE
    # where the state's hearing or review is the first step, its clock runs from the state's own notice
    counted_from = final_internal_denial(data) or (as_date(claim.get("notice_date")) if first else None)
    undecided = None if counted_from or first else deemed_exhausted(data)
    if undecided:  # no decision starts the clock: counted from the day the plan's time ran out, the safe date
        counted_from = undecided.due
    dl = next_level_deadline(plan, counted_from, agency=review.get("agency"),
                             urgent=urgent, state_review=state_runs_review(data))
    received = notice_received(data)
    if dl.date and dl.rule and dl.rule.from_receipt and counted_from and received and received > counted_from \
            and not first:
        # a final decision received after its date, as the case records with its proof (mail forwarded from an old
        # address): a rule that counts the first level from receipt counts the next from receipt of that decision
        # too (Original Medicare's QIC, 42 CFR 405.962(a); external review, 4 months after receipt), from the day
        # it came (letters set 86, case 01: received 07/23/2026, so 01/19/2027, not 11/25/2026)
        later_day = received + timedelta(days=dl.rule.next_days) if dl.rule.next_days else add_months(
            received, dl.rule.next_months)
        dl = replace(dl, date=later_day, received_on=received, basis=dl.basis.split(". Counted from")[0]
                     + f". Counted from the day the decision was received, {received.isoformat()} "
                     "(claim.notice_received).")
    if undecided and dl.date:
        basis = dl.basis.split(". Counted from")[0] + ". " + UNDECIDED_BASIS.format(
            sent=undecided.sent.isoformat(), due=undecided.due.isoformat())
        dl = replace(dl, undecided_sent=undecided.sent, basis=basis)
    if undecided and undecided.asked and plan == "fehb":  # the brochure's count from the carrier's request for more
        asked = undecided.asked  # information, which ends before the one from the day its time ran out
        dl = replace(dl, date=asked + timedelta(days=OPM_AFTER_INFORMATION_DAYS), information_asked=asked,
                     basis=OPM_AFTER_INFORMATION_BASIS.format(asked=asked.isoformat(), sent=undecided.sent.isoformat()))
    elif undecided and plan == "fehb" and dl.date and undecided.sent + timedelta(days=OPM_AFTER_SENDING_DAYS) < dl.date:
        # the brochure's "120 days after you first wrote to us" ends before OPM's 90 days from the day the carrier's
        # 30 days ran out when those ran from its receipt (letters set 97, case 04: sent 08/24, delivered 08/27, so
        # 12/22, not 12/25)
        dl = replace(dl, date=undecided.sent + timedelta(days=OPM_AFTER_SENDING_DAYS), first_wrote=undecided.sent,
                     basis=OPM_AFTER_SENDING_BASIS.format(sent=undecided.sent.isoformat()))
    entries = [e for e in data.get("decisions") or [] if isinstance(e, dict)]
    given = as_date(entries[-1].get("next_deadline")) if entries else None
    if first and dl.rule:  # how to keep services going while the state decides
        dl = replace(dl, notes=_rule_notes(dl.rule, as_date(claim.get("notice_date")), _care_may_be_cut(claim)))
    stated = as_date(claim.get("appeal_deadline")) if first and not entries else None
    if stated:  # the limit the state's notice gives (intake, or typed from it) wins over the shortest count
        return replace(dl, date=stated, source="case", basis=str(claim.get("deadline_basis") or CASE_SET_BASIS))
    if dl.date is None and given:
        return replace(dl, date=given, source="case", basis=f"{dl.basis} The plan's decision gives "
                       f"{given.isoformat()} (decisions[].next_deadline).")
    return dl


def appeal_deadline(plan_type: str | None, notice_date: Any, *, text: str | None = None,
                    stated: StatedDeadline | None = None, urgent: bool = False,
                    next_level: bool | None = None) -> Deadline:
    """The deadline to use: one stated in the notice (`stated`, or found in `text`) wins over the plan rule.
    `next_level`: the notice is a decision on an appeal that leaves no internal appeal (final_internal_decision; found
    in `text` when not given), so the rule is the next level's window counted from its date (next_level_deadline).
    A stated date later than the rule's keeps the notice's date, and the basis gives the rule's earlier one."""
    nd = as_date(notice_date)
    if stated is None and text:
        stated = find_stated_deadline(text, nd)
    if next_level is None:
        next_level = bool(text) and final_internal_decision(text or "")
    if next_level and RULES.get(plan_type or "unknown") is not None and nd is not None:
        rule_dl = next_level_deadline(plan_type, nd, urgent=urgent)
    else:
        rule_dl = rule_deadline(plan_type, nd, urgent=urgent)
    if stated is None:
        return rule_dl
    basis = f'Stated in the notice: "{stated.sentence}"'
    if stated.date is None:
        basis += " The notice date was not found, so the date could not be counted."
    elif (stated.days or stated.months) and nd is not None:  # a date counted from the notice has one
        basis += f" Counted from the notice date {nd.isoformat()}"
        basis += " without mailing days (the notice counts from receipt; this is the safe date)." \
            if stated.from_receipt else "."
        if stated.business_days:
            basis = basis[:-1] + ("; business days counted Monday to Friday, with no holiday skipped, so this is "
                                  "the safe date.")
    if stated.date and rule_dl.date and stated.date > rule_dl.date:
        basis += (f" The rule ({rule_dl.basis.split(':')[0]}) counts to {rule_dl.date.isoformat()}, earlier: filing "
                  "by then is safe either way.")
    return Deadline(stated.date, basis, "notice", plan_type or "unknown", quote=stated.sentence,
                    rule=rule_dl.rule, urgent=urgent, notes=rule_dl.notes)


# The route a template's sidecar gives it (`route:`): "next level" for the letter that asks for the level after the
# internal appeal; "external review" is that route's older name.
NEXT_LEVEL_ROUTES = ("next level", "external review")


def template_route(name: Any) -> str | None:
    """The `route:` of the bundled template named `name` (its sidecar), or None. A clinic's own template tells its
    route to the callers that load it (letter.render.TemplateInfo.route)."""
    from appeal_kit.bundled import bundled_dir, read_yaml_mapping

    sidecar = bundled_dir() / f"{name}.yaml" if isinstance(name, str) and name.replace("-", "").isalnum() else None
    if sidecar is None or not sidecar.is_file():
        return None
    route = read_yaml_mapping(sidecar, "`key: value` lines").get("route")
    return str(route) if route else None


# Fee-for-service Medicaid and CHIP (rules.route) have no plan appeal: the state's hearing or review, which for a
# plan comes after its internal appeal, is the first step, so such a case is always at that level.
FIRST_LEVEL_IS_THE_STATE = ("medicaid_fee_for_service", "chip_fee_for_service")


# a decision's `opens` that is still the plan's own appeal: its second level
_INTERNAL_OPENS = re.compile(r"\binternal\b|\bsecond[\s_-]+level\b", re.I)


def final_internal_denial(data: dict) -> date | None:
    """The date of the plan's final internal denial: external_review.final_denial_date (`appeal-kit decided` writes
    it), else the latest adverse decision in `decisions` whose `opens` names a level past the plan's own appeal ("OPM
    review", "QIC reconsideration": letters set 31, cases 03 and 04, a case typed by hand with no final_denial_date,
    answered as a first internal appeal to the carrier that had already upheld the denial). None when neither."""
    found = as_date_or_none((data.get("external_review") or {}).get("final_denial_date"))
    if found:
        return found
    for entry in reversed([d for d in data.get("decisions") or [] if isinstance(d, dict)]):
        opens = str(entry.get("opens") or "").strip()
        if opens and str(entry.get("outcome") or "").strip().lower() in ("denied", "partial") \
                and not _INTERNAL_OPENS.search(opens):
            return as_date_or_none(entry.get("date"))
    return None


# submissions[].stage as people type it (letters set 68, case 04: "plan appeal (first level)", a plan appeal never
# decided drafted as a first appeal because only "internal appeal ..." was read). A level past the plan's own appeal is
# named by who decides it; the plan's own appeal by the words people use for it. Checked in this order: "QIC
# reconsideration" is a next level, "carrier reconsideration" the plan's own.
_NEXT_LEVEL_STAGE = re.compile(
    r"\bexternal\b|\bindependent\b|\b(?:IRO|IRE|QIC|ALJ|OPM|DHA|OMHA|TQMC)\b|administrative law judge|hearing|"
    r"personnel management|appeals council|formal review|second reconsideration|quality monitoring|defense health|"
    r"state(?:'s)? review|judicial|\bcourt\b|regulator|department of|further review|next level", re.IGNORECASE)
_PLAN_STAGE = re.compile(
    r"\binternal\b|\bplan(?:'s)? (?:own )?appeal|\b(?:first|second|final)[\s-]+level\b|\bfirst appeal\b|"
    r"\bappeal\b|\bredetermination\b|\breconsideration\b|\bgrievance\b", re.IGNORECASE)
# routes whose plan-level decision is a redetermination and whose reconsideration is the next level's (405.960,
# 423.600): a bare "reconsideration" there is not the plan's own appeal
_RECONSIDERATION_IS_NEXT = frozenset({"medicare", "medicare_part_d"})


INTERNAL, NEXT, REQUEST = "internal", "next level", "request"  # the kinds of stage_kind, words for code only


def stage_kind(stage: Any, route: str | None = None) -> str | None:
    """"internal" (the plan's own appeal, first or second level), "next level", "request" (a prior-authorization
    request), or None when the words are not understood (`check` says so). `route`: rules.route of the case."""
    text = " ".join(str(stage or "").split())
    if not text:
        return None
    if text.lower() == "prior authorization request":
        return REQUEST
    if _NEXT_LEVEL_STAGE.search(text):
        return NEXT
    if route in _RECONSIDERATION_IS_NEXT and re.search(r"\breconsideration\b", text, re.I) \
            and not re.search(r"\bredetermination\b", text, re.I):
        return NEXT
    return INTERNAL if _PLAN_STAGE.search(text) else None


def is_internal(stage: Any, route: str | None = None) -> bool:
    """A stage of the plan's own internal appeal (first or second level): the words `appeal-kit sent` writes, or
    those people type ("plan appeal (first level)", "carrier reconsideration"); stage_kind."""
    return stage_kind(stage, route) == INTERNAL


def latest_internal_submission(data: dict) -> tuple[date, dict] | None:
    """The latest dated submission (submissions[]) to the plan's own appeal, and its day: the one place it is found
    (undecided_appeal, `decided`, `check`)."""
    route = rules_route(data)
    dated = [(day, s) for s in data.get("submissions") or [] if isinstance(s, dict)
             and is_internal(s.get("stage"), route) and (day := as_date_or_none(s.get("date")))]
    return max(dated, key=lambda x: x[0]) if dated else None


def appealed_by(data: dict, day: date) -> bool:
    """An appeal to the plan's own level (submissions[], stage_kind internal) was sent on or before `day`: an appeal
    the deadline `day` closes was made in time, whatever came after (set 72, case 02: a reconsideration never
    decided is not late when the letter asking it on is written after the deadline)."""
    route = rules_route(data)
    return any(is_internal(s.get("stage"), route) and (sent := as_date_or_none(s.get("date"))) and sent <= day
               for s in data.get("submissions") or [] if isinstance(s, dict))


def pre_service_on(data: dict, sent: date) -> bool:
    """The care is still to come when no service date is on or before the day the appeal was sent."""
    dates = [as_date_or_none(d) for d in (data.get("claim") or {}).get("service_dates") or []]
    return not any(d and d <= sent for d in dates)


@dataclass(frozen=True)
class UndecidedAppeal:
    """The plan's internal appeal sent on `sent` and never decided: its time ran out on `due`."""
    sent: date
    due: date
    confirmation: str | None
    second_level: bool
    stage: str  # as submissions[] holds it
    proof: Any = None  # submissions[].proof: the appeal as sent and its proof of sending, one file or a list
    # the plan asked for more information on `asked`, and the sending of `answered` gave it (its stage says so): the
    # appeal itself is the sending before it (letters set 76, case 08)
    asked: date | None = None
    answered: date | None = None


# a sending that answers the plan's request for more information, as its stage says: "carrier reconsideration
# (additional information asked 08/19/2026)"
_INFORMATION_ASKED = re.compile(r"\binformation\b[^()]*?\b(?:asked|requested)\b(?: for)?(?: on)? "
                                r"(\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{4})", re.I)


def _information_asked(stage: Any) -> date | None:
    """The day the plan asked for the information a sending answers, from its stage; None when it says none."""
    found = _INFORMATION_ASKED.search(str(stage or ""))
    if not found:
        return None
    text = found.group(1)
    if "-" in text:
        return as_date_or_none(text)
    month, day, year = (int(part) for part in text.split("/"))
    return date(year, month, day)


def undecided_appeal(data: dict, today: date | None = None) -> UndecidedAppeal | None:
    """The latest internal-level submission (submissions[], `appeal-kit sent` or typed by hand) when no decision
    (decisions[]) is dated on or after it and the time the plan had to decide it (its decision_due, else the plan
    type's decision time counted from its date: decision_due) ran out before `today` (the letter's day): an appeal the
    plan never decided, which for most plan types counts as exhausted (rules.yaml appeal_deemed_exhausted). None when
    it was decided, its time has not run out, or no time is known. external_review.final_denial_date is not read:
    `check` says which of the two to keep when they disagree (set 66, case 08: the day the time ran out typed there as
    a stand-in for a decision)."""
    latest = latest_internal_submission(data)
    if latest is None:
        return None
    day, entry = latest
    decided = [as_date_or_none(d.get("date")) for d in data.get("decisions") or [] if isinstance(d, dict)]
    if any(d and d >= day for d in decided):
        return None
    second = "second" in str(entry.get("stage") or "").lower()
    asked = _information_asked(entry.get("stage"))
    answered, appeal = None, entry
    if asked:  # the sending answers the plan's request for information: the appeal is the sending before it
        earlier = [(d, s) for s in data.get("submissions") or [] if isinstance(s, dict)
                   and is_internal(s.get("stage"), rules_route(data)) and (d := as_date_or_none(s.get("date")))
                   and d <= asked]
        if earlier:
            answered = day
            appeal = max(earlier, key=lambda x: x[0])[1]
    # the time the answering sending records (a brochure's "30 days after the information is received": letters set
    # 76, case 08), else the one the appeal records: a request for the plan's own form restarts no clock the case
    # does not say it restarts (letters set 96, case 08: 60 days from the appeal's receipt, not from the form sent)
    due = as_date_or_none(entry.get("decision_due")) or as_date_or_none(appeal.get("decision_due")) or decision_due(
        rules_route(data), day, urgent=request_is_urgent(data), pre_service=pre_service_on(data, day),
        part_b_drug=is_part_b_drug(data), second_level=second).date
    if due is None or due >= (today or clock.today()):
        return None
    if answered:
        day, entry = as_date_or_none(appeal.get("date")) or day, appeal
    confirmation = " ".join(str(entry.get("confirmation") or "").split()) or None
    return UndecidedAppeal(day, due, confirmation, second, str(entry.get("stage")), entry.get("proof"),
                           asked if answered else None, answered)


def overdue_for_ire(data: dict, today: date | None = None) -> UndecidedAppeal | None:
    """undecided_appeal for a first level whose plan must send it on to the independent review entity when its time
    runs out (rules.yaml undecided_to_ire), so the case is not asked of the plan again: a Medicare Advantage standard
    reconsideration (neither expedited nor about a Part B drug, not an integrated plan's), 42 CFR 422.590(a)-(b) (set 70
    brief), and a Part D redetermination, 42 CFR 423.590 (letters set 86, case 04)."""
    plan = rules_route(data)
    if plan == "medicare_advantage" and (request_is_urgent(data) or is_part_b_drug(data)):
        return None
    if plan not in ("medicare_advantage", "medicare_part_d"):
        return None
    undecided = undecided_appeal(data, today)
    return undecided if undecided and not undecided.second_level else None


def qic_undecided(data: dict, today: date | None = None) -> UndecidedAppeal | None:
    """Original Medicare: the latest reconsideration request sent to the QIC (submissions[], its stage the next
    level's) that no decision dated on or after it answered, and whose time to decide (submissions[].decision_due, the
    60 days of 42 CFR 405.970(a) from the QIC's receipt, which the case states) ran out before `today`. The next request
    is then the written request to the QIC to escalate the appeal to an ALJ (405.970(d)-(e), 405.1002(b)), which no
    filing window closes, never a new reconsideration (letters set 78, case 01; deadline set 01, case 09). None
    otherwise: where the case gives no decision_due (the day of receipt the 60 days count from is not known), or is
    past the QIC (a QIC decision recorded: later_level)."""
    plan = rules_route(data)
    if not Citations(plan).applies("qic_escalation") or later_level(data) is not None:
        return None
    sent = [(day, s) for s in data.get("submissions") or [] if isinstance(s, dict)
            and stage_kind(s.get("stage"), plan) == NEXT and (day := as_date_or_none(s.get("date")))]
    if not sent:
        return None
    day, entry = max(sent, key=lambda x: x[0])
    due = as_date_or_none(entry.get("decision_due"))
    if due is None or due >= (today or clock.today()) or any(
            (on := as_date_or_none(d.get("date"))) and on >= day
            for d in data.get("decisions") or [] if isinstance(d, dict)):
        return None
    confirmation = " ".join(str(entry.get("confirmation") or "").split()) or None
    return UndecidedAppeal(day, due, confirmation, False, str(entry.get("stage")), entry.get("proof"))


# the basis where the QIC never decided the reconsideration in its time (qic_undecided): no window, what to send
QIC_ESCALATION_BASIS = N_(
    "The QIC did not decide the reconsideration sent on {sent} in its time, which ran out on {due} ({decision}). The "
    "next step is a written request to the QIC to escalate the appeal to an Administrative Law Judge ({escalation}), "
    "and no filing window closes it: send it while the QIC has still not decided. If the QIC decides or dismisses the "
    "appeal within 5 calendar days of receiving that request, record its decision: a hearing is then asked for within "
    "60 days after receipt of it ({hearing}).")


def escalation_deadline(data: dict, undecided: UndecidedAppeal) -> Deadline:
    """The Deadline of a reconsideration the QIC never decided in its time (qic_undecided): no date, the request to
    escalate, sent to the QIC (external_review.agency where the case names it)."""
    plan = str(rules_route(data))
    rule_of = Citations(plan).cite
    review = data.get("external_review")
    agency = review.get("agency") if isinstance(review, dict) else None
    basis = QIC_ESCALATION_BASIS.format(sent=undecided.sent.isoformat(), due=undecided.due.isoformat(),
                                        decision=rule_of("qic_decision"), escalation=rule_of("qic_escalation"),
                                        hearing=rule_of("alj_hearing_window"))
    return Deadline(None, basis, "none", plan, rule=RULES.get(plan), stage="next level",
                    send_to=str(agency) if agency else _("the Qualified Independent Contractor (QIC) that received the "
                                                         "reconsideration"),
                    counted_from=undecided.due, escalate_sent=undecided.sent)


def deemed_exhausted(data: dict, today: date | None = None) -> UndecidedAppeal | None:
    """undecided_appeal where the plan type's rules count an appeal left undecided as exhausted (rules.yaml
    appeal_deemed_exhausted), so the case is at the next level; None otherwise (the plan type's own route then
    applies: a Medicare Advantage plan must forward it, for one)."""
    if not Citations(rules_route(data)).applies("appeal_deemed_exhausted"):
        return None
    return undecided_appeal(data, today)


def at_next_level(data: dict, route: str | None = None, today: date | None = None) -> bool:
    """The case is past its internal appeal: a final internal denial is recorded (final_internal_denial), or the plan
    never decided the appeal sent to it and its rules count it exhausted (deemed_exhausted), or the letter is the
    next-level request (its template's route, `route` when the caller has loaded the template), or the case has no
    internal appeal to make (FIRST_LEVEL_IS_THE_STATE). `today`: the day judged (a sending or decision recorded
    for an earlier day is judged on that day)."""
    route = route or template_route(data.get("template"))
    return final_internal_denial(data) is not None or route in NEXT_LEVEL_ROUTES \
        or rules_route(data) in FIRST_LEVEL_IS_THE_STATE or deemed_exhausted(data, today) is not None


def continuation_for_case(data: dict, plan_type: str) -> str:
    """medicaid_continuation for a case.yaml: counted from the notice, or, past the plan's own appeal, from the plan's
    decision on it (the last of `decisions`, else external_review.final_denial_date)."""
    resolved: date | None = None
    if at_next_level(data):
        dated = [as_date_or_none(d.get("date")) for d in data.get("decisions") or [] if isinstance(d, dict)]
        resolved = next((d for d in reversed(dated) if d), None) or final_internal_denial(data)
    return medicaid_continuation(as_date_or_none((data.get("claim") or {}).get("notice_date")), plan_type,
                                 resolution=resolved)


def deadline_for_case(data: dict) -> Deadline:
    """The deadline for a case.yaml (plain dict). At the next level: that level's window from the final internal
    denial. Otherwise claim.appeal_deadline if the user or intake set one (usually a deadline stated in the
    notice), else the plan-type rule from claim.notice_date."""
    claim = data.get("claim") or {}
    plan = str(rules_route(data) or "unknown")
    urgent = request_is_urgent(data)
    state_review = state_runs_review(data)
    if at_next_level(data):
        escalation = qic_undecided(data)
        return escalation_deadline(data, escalation) if escalation else case_next_level_deadline(data, urgent=urgent)
    nd = as_date(claim.get("notice_date"))
    set_date = as_date(claim.get("appeal_deadline"))
    received = notice_received(data)
    rule_dl = rule_deadline(plan, nd, urgent=urgent, care_cut=_care_may_be_cut(claim), received=received,
                            takes_effect=as_date(claim.get("action_date")))
    opened = second_level_opened(data)
    if opened is not None:  # the first-level decision sets the second level's deadline; the first notice no longer does
        given, decided = as_date(opened.get("next_deadline")), as_date(opened.get("date"))
        if given is None:
            return Deadline(None, SECOND_LEVEL_UNKNOWN, "none", plan, rule=rule_dl.rule, urgent=urgent,
                            state_review=state_review)
        basis = SECOND_LEVEL_BASIS.format(date=decided.isoformat()) if decided else "decisions[].next_deadline"
        return Deadline(given, basis, "case", plan, rule=rule_dl.rule, urgent=urgent, state_review=state_review)
    if set_date:
        basis = str(claim.get("deadline_basis") or CASE_SET_BASIS)
        # the last day the rule allows is its own count, with any presumed receipt
        if plan in FIXED_WINDOWS and rule_dl.date and set_date > (rule_dl.receipt_date or rule_dl.date) \
                and not GRANTED_MORE_TIME.search(basis):
            return replace(rule_dl, state_review=state_review, notes=[*rule_dl.notes, _(NOTICE_LONGER_THAN_RULE).format(
                notice=long_date(set_date), date=long_date(rule_dl.date))])
        return Deadline(set_date, basis, "case", plan, rule=rule_dl.rule, urgent=urgent, notes=rule_dl.notes,
                        state_review=state_review,
                        # the date typed is the rule's own count from the recorded receipt: said so
                        received_on=received if rule_dl.received_on and set_date == rule_dl.date else None)
    return replace(rule_dl, state_review=state_review)


# Windows a regulation fixes, which a notice printing a longer one does not lengthen: the rule's day is the safe one
# and the notice's later day is said beside it (deadline set 01, case 05: a Medicare Advantage notice's 90 days, 25
# days past the rule's 65, 42 CFR 422.582(b)). Not the windows a rule sets as a floor ("at least 180 days": ERISA,
# the ACA), which a plan may lengthen, nor Medicaid's and CHIP's, where a provider's claim appeal follows the
# program's provider manual (letters sets 31 and 39). A date typed as an extension the plan granted is kept.
FIXED_WINDOWS = ("medicare_advantage", "medicare_advantage_integrated", "medicare_part_d", "medicare", "fehb",
                 "tricare")
GRANTED_MORE_TIME = re.compile(r"\bextend|\bextension\b|\bgood cause\b|\bgranted\b", re.I)
NOTICE_LONGER_THAN_RULE = N_("The notice (or case.yaml) gives {notice}, later than the rule allows: send the appeal by "
                             "{date}. After that day the plan may treat it as late unless it finds good cause, and "
                             "the notice's own words are a reason to give.")


def _care_may_be_cut(claim: dict) -> bool:
    """The decision may cut care already authorized, unless claim.action says `none` (a new request)."""
    return str(claim.get("action") or "").strip().lower() != "none"


# the basis of a next-level window where the plan never decided the appeal: the rule counts from a decision that never
# came, so the count starts on the day the plan's time ran out, the earliest day the appeal counts as exhausted
# FEHB: the brochure's disputed claims process (Step 3) lets the member ask OPM "120 days after we asked for additional
# information" where the carrier asked for it and did not decide (letters set 76, case 08: counted 90 days from the day
# the carrier's time ran out, nine days past the brochure's date)
OPM_AFTER_INFORMATION_DAYS = 120
OPM_AFTER_INFORMATION_BASIS = N_(
    "Review by OPM: within 120 days after the carrier asked for additional information, as the plan's brochure gives "
    "it (its disputed claims process). The carrier asked for it on {asked} about the reconsideration asked for on "
    "{sent}, and did not decide. Counted from {asked}, the day it asked.")
OPM_AFTER_SENDING_DAYS = 120
OPM_AFTER_SENDING_BASIS = N_(
    "Review by OPM: within 120 days after the reconsideration was first asked for in writing, when the carrier did not "
    "answer it within 30 days, as the plan's brochure gives it (its disputed claims process). Counted from {sent}, the "
    "day it was sent.")
UNDECIDED_BASIS = N_("The plan never decided the appeal sent on {sent}: its time to decide ran out on {due} and no "
                     "decision was sent, so no decision starts the rule's count. Counted from {due}, the day the "
                     "time ran out (the safe date).")
CASE_SET_BASIS = "claim.appeal_deadline in case.yaml"  # a deadline typed into case.yaml with no basis beside it
SECOND_LEVEL_BASIS = "The plan's first-level decision of {date} gives this date for a second-level appeal."
SECOND_LEVEL_UNKNOWN = N_("The plan's first-level decision sets the deadline for the second-level appeal, and the case "
                          "does not record it: type the date that decision gives into decisions[].next_deadline (or "
                          "record the decision with appeal-kit decided --second-level --deadline DATE).")


def second_level_opened(data: dict) -> dict | None:
    """The latest decision that opened the plan's second internal level, or None. `appeal-kit decided --second-level`
    writes opens: "internal appeal (second level)"; a record typed by hand says "second level", "second-level
    appeal" or "second_level", all read the same."""
    for entry in reversed(data.get("decisions") or []):
        if isinstance(entry, dict) and "second level" in " ".join(re.split(r"[\s_-]+", str(entry.get("opens") or "")
                                                                         .lower())):
            return entry
    return None


def rederived_deadline(data: dict) -> date | None:
    """The deadline claim.notice_date gives now, when the stored claim.appeal_deadline was counted from a notice
    date (its basis is a plan rule, or a notice sentence like "within 60 days of the date of this letter"), so a
    notice date corrected later is noticed. None when there is nothing to count again."""
    claim = data.get("claim") or {}
    nd = as_date(claim.get("notice_date"))
    basis = str(claim.get("deadline_basis") or "")
    if nd is None or not as_date(claim.get("appeal_deadline")) or "notice date" not in basis.lower():
        return None
    # "Stated in the notice: ...", "Stated on the explanation of benefits: ...": the plan's own words decide
    quoted = re.match(r'\s*Stated\b[^"“]{0,60}["“](.+?)["”]', basis, re.S)
    if quoted:
        stated = find_stated_deadline(quoted.group(1), nd)
        return stated.date if stated and (stated.days or stated.months) else None
    rule = RULES.get(str(rules_route(data) or "unknown"))
    # only a basis the plan type's rule wrote (it starts with the rule's citation) is that rule's to count again:
    # not words we cannot count, nor an unknown plan's default window, which is no plan's rule
    if rule is None or not rule.citation or basis.lstrip().lower().startswith("stated") \
            or not basis.startswith(rule.citation):
        return None
    # a rule that counts from receipt counts again from the recorded receipt, as deadline_for_case does (letters set
    # 97, case 02: an MSN forwarded and received 13 days after its date, warned of as 13 days off)
    return rule_deadline(rule.plan_type, nd, urgent=request_is_urgent(data), received=notice_received(data)).date


def deadline_disagreement(data: dict) -> str | None:
    """A warning when the stored deadline and the one its notice date gives differ (internal appeals only: at the
    next level the clock runs from the final internal denial)."""
    dates = disagreeing_deadlines(data)
    if dates is None:
        return None
    stored, notice, derived = dates
    return _("case.yaml says {stored}, but the notice date {notice} gives {derived} by the same basis. Check "
             "claim.notice_date, then correct claim.appeal_deadline (or empty it and claim.deadline_basis so the date "
             "is counted again).").format(stored=stored.isoformat(), notice=notice.isoformat(),
                                          derived=derived.isoformat())


def disagreeing_deadlines(data: dict) -> tuple[date, date, date] | None:
    """(stored deadline, notice date, deadline the notice date gives) when the stored one no longer agrees."""
    if at_next_level(data):
        return None
    derived = rederived_deadline(data)
    stored = as_date((data.get("claim") or {}).get("appeal_deadline"))
    if derived is None or stored is None or derived == stored:  # rederived only when both dates are there
        return None
    notice = as_date(data["claim"]["notice_date"])
    assert notice is not None  # rederived_deadline counted from it
    return stored, notice, derived


def _truthy(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    return str(v or "").strip().lower() in ("yes", "true", "y", "1", "urgent", "expedited")


# ---------------------------------------------------------------------------------------------- presenting

def basis_notes(values: dict[str, Any], dl: Deadline | None = None) -> dict[str, str]:
    """The comment written beside a claim.deadline_basis about to be written to case.yaml: the basis in the person's
    language (case.yaml keeps the English one, which appeal-kit reads again), said from `dl` when the deadline was
    just counted; none in English."""
    from appeal_kit.i18n import language

    basis = values.get("claim.deadline_basis")
    if language() == "en" or not basis:
        return {}
    if dl is None or dl.basis != basis:
        dl = Deadline(as_date(values.get("claim.appeal_deadline")), str(basis), "case")
    said = said_basis(dl)
    return {"claim.deadline_basis": said} if said != basis else {}


def said_basis(dl: Deadline) -> str:
    """The deadline's basis in the person's language: case.yaml keeps the English one (deadline_basis), which
    `rederived_deadline` reads again; a plan rule's basis is said anew from the rule."""
    from appeal_kit.i18n import language

    if language() == "en":
        return dl.basis
    if dl.basis == CASE_SET_BASIS:
        return _("claim.appeal_deadline in case.yaml")
    if dl.basis == SECOND_LEVEL_UNKNOWN:
        return _(SECOND_LEVEL_UNKNOWN)
    second = re.fullmatch(r"The plan's first-level decision of (\d{4}-\d\d-\d\d) gives this date for a second-level "
                          r"appeal\.", dl.basis)
    if second:
        return _("The plan's first-level decision of {date} gives this date for a second-level appeal.").format(
            date=long_date(date.fromisoformat(second.group(1))))
    stated = re.fullmatch(r'Stated in the notice: "(.+)"\s*Counted from the notice date (\d{4}-\d\d-\d\d)\.', dl.basis,
                          re.S)
    if stated:
        return _('Stated in the notice: "{quote}" Counted from the notice date, {date}.').format(
            quote=stated.group(1), date=long_date(date.fromisoformat(stated.group(2))))
    stated = re.fullmatch(r'Stated in the notice: "(.+)"( The notice date was not found, so the date could not be '
                          r'counted\.)?', dl.basis, re.S)
    if stated:  # the notice gives the date itself, or a count from a notice date that was not found
        return (_('Stated in the notice: "{quote}" The notice date was not found, so the date could not be counted.')
                if stated.group(2) else _('Stated in the notice: "{quote}"')).format(quote=stated.group(1))
    if dl.escalate_sent and dl.counted_from:
        rule_of = Citations(dl.plan_type).cite
        return _(QIC_ESCALATION_BASIS).format(sent=long_date(dl.escalate_sent), due=long_date(dl.counted_from),
                                              decision=rule_of("qic_decision"), escalation=rule_of("qic_escalation"),
                                              hearing=rule_of("alj_hearing_window"))
    if dl.later and dl.counted_from:  # the later level's window, never the one the plan type's next level has
        return (_("{level}: asked for within {days} days after receipt of {decision}, presumed 5 days after its date "
                  "({citation}). Counted from that decision, dated {date}, without adding the 5 days (the safe "
                  "date).") if dl.later.receipt else
                _("{level}: asked for within {days} days of the date of {decision} ({citation}). Counted from that "
                  "decision, dated {date}.")).format(level=_(dl.later.name),
                                  days=dl.later.days, decision=_(dl.later.decision),
                                  citation=Citations(dl.plan_type).cite(dl.later.level.window_rule),
                                  date=long_date(dl.counted_from))
    if dl.stage == "next level" and dl.source == "rule" and dl.rule and dl.counted_from:
        window, window_rule = next_level_window(dl.rule, dl.state_review)
        cite = dl.rule.text(f"{{{window_rule}}}") if window_rule else ""
        if dl.information_asked:
            return _(OPM_AFTER_INFORMATION_BASIS).format(asked=long_date(dl.information_asked),
                                                         sent=long_date(dl.undecided_sent or dl.information_asked))
        if dl.first_wrote:
            return _(OPM_AFTER_SENDING_BASIS).format(sent=long_date(dl.first_wrote))
        if dl.undecided_sent:
            return "{level}: {window}{citation}. ".format(
                level=_(dl.rule.next_level), window=_(window), citation=f" ({cite})" if cite else "") + _(
                UNDECIDED_BASIS).format(sent=long_date(dl.undecided_sent), due=long_date(dl.counted_from))
        said = _("{level}: {window}{citation}. Counted from the notice dated {date}, without adding mailing days "
                 "(the safe date).") if dl.plan_type in FIRST_LEVEL_IS_THE_STATE else \
            _("{level}: {window}{citation}. Counted from the final internal denial dated {date}, without adding "
              "mailing days (the safe date).")
        return said.format(
            level=_(dl.rule.next_level), window=_(window), citation=f" ({cite})" if cite else "",
            date=long_date(dl.counted_from))
    if dl.source != "rule" or dl.rule is None or dl.date is None or not dl.rule.days or dl.stage != "internal":
        return dl.basis
    counted = dl.date - timedelta(days=dl.rule.days)
    if counted < MA_CHANGE and dl.plan_type in ("medicare_advantage", "medicare_part_d"):
        return dl.basis
    return _("{citation}: {window}. Counted from the notice date {date}.").format(
        citation=dl.rule.citation, window=_(dl.rule.window_text), date=long_date(counted))


def describe(dl: Deadline, today: date | None = None, *, reviewable: bool = True) -> list[str]:
    """Lines for the user: deadline, days left (or past due), basis, next level, urgent route. `reviewable`: the
    denial is one the next level hears (external review hears only medical judgment: letter.derived)."""
    from appeal_kit.i18n import days_ago

    today = today or date.today()
    lines = []
    title = _("Appeal deadline") if dl.stage == "internal" or dl.plan_type in FIRST_LEVEL_IS_THE_STATE \
        else _("Next-level deadline")
    if dl.escalate_sent:
        lines.append(_("{title}: none: no filing window closes a request to escalate; send it now.").format(
            title=title))
    elif dl.date is None:
        lines.append(_("{title}: unknown").format(title=title))
    else:
        left = (dl.date - today).days
        when, iso = long_date(dl.date, weekday=True), dl.date.isoformat()
        if left > 1:
            lines.append(_("{title}: {when} ({iso}), {n} days left.").format(title=title, when=when, iso=iso, n=left))
        elif left == 1:
            lines.append(_("{title}: {when} ({iso}), tomorrow.").format(title=title, when=when, iso=iso))
        elif left == 0:
            lines.append(_("{title}: {when} ({iso}), TODAY. File today.").format(title=title, when=when, iso=iso))
        else:
            past = _("PAST DUE: the appeal deadline was {when} ({iso}), {ago}.") if dl.stage == "internal" \
                else _("PAST DUE: the next-level deadline was {when} ({iso}), {ago}.")
            lines.append(past.format(when=when, iso=iso, ago=days_ago(-left)))
            if dl.rule and dl.rule.good_cause and dl.stage == "internal":
                lines.append(f"{_(dl.rule.good_cause)} ({dl.rule.text('{good_cause}')})")
            else:
                lines.append(_("This plan's rule has no good-cause extension written into it; file anyway, explain "
                               "the delay, and ask the plan (or your state's consumer assistance program) whether "
                               "it will accept a late appeal."))
    lines.append(_("Basis: {basis}").format(basis=said_basis(dl)))
    first = dl.plan_type in FIRST_LEVEL_IS_THE_STATE
    if first:
        lines.append(_("Stage: the first step. Fee-for-service has no plan and no plan appeal: ask the state "
                       "directly."))
    elif dl.escalate_sent:
        lines.append(_("Stage: the QIC's reconsideration, not decided in its time: ask the QIC in writing to escalate "
                       "the appeal to an Administrative Law Judge."))
    elif dl.later:
        lines.append(_(dl.later.stage))
    elif dl.stage != "internal":
        lines.append(_("Stage: the next level after the internal appeal."))
    if dl.send_to:
        lines.append((_("Send it to: {where}.") if first else
                      _("Send it to: {where}, not to the plan's internal appeals address.")).format(where=dl.send_to))
    for note in dl.notes:
        lines.append(note)
    if dl.rule and dl.stage == "internal" and not reviewable and next_level_of(dl.plan_type).judgment_only:
        lines.append(_("Next level if the appeal is denied: external review hears denials that rest on medical "
                       "judgment (medical necessity, experimental treatment), and this one gives another reason, so "
                       "ask the plan what further review it offers, or complain to the regulator."))
    elif dl.rule and dl.stage == "internal":
        window, window_rule = next_level_window(dl.rule, dl.state_review)
        cite = dl.rule.text(f"{{{window_rule}}}") if window_rule else ""
        lines.append(_("Next level if the appeal is denied: {level}; {window}").format(
            level=_(dl.rule.next_level), window=_(window)) + (f" ({cite})." if cite else "."))
    if dl.urgent:
        lines.append(urgent_route(dl.plan_type))
    return lines


def write_ics(dl: Deadline, path: Path, *, title: str = "Insurance appeal deadline", details: str = "",
              now: Any = None) -> Path:
    """Write an all-day iCalendar event on the deadline, with reminders 14 and 3 days before."""
    from appeal_kit.errors import CaseError

    if dl.date is None:
        raise CaseError(_("There is no deadline to put in a calendar: add claim.notice_date (and claim.plan_type) to "
                          "case.yaml, or run `appeal-kit intake` on the notice."))
    description = "\n".join(x for x in (details, _("Basis: {basis}").format(basis=said_basis(dl))) if x)
    return write_calendar(path, [CalendarEntry(dl.date, title, description)], now=now)


def calendar_name(patient: str | None, case_id: str | None = None) -> str:
    """How a calendar names a case: the patient's initials and the case's folder ("N.T.H., case okafor-2026"),
    never the full name, since calendars are synced and shared."""
    initials = ".".join(w[0].upper() for w in str(patient or "").replace("-", " ").split() if w[:1].isalpha())
    parts = [f"{initials}." if initials else "", _("case {name}").format(name=case_id) if case_id else ""]
    return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    title: str
    description: str


def write_calendar(path: Path, entries: list[CalendarEntry], *, now: Any = None) -> Path:
    """One iCalendar file with an all-day event for each entry, each with reminders 14 and 3 days before."""
    import hashlib
    from datetime import datetime

    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//appeal-kit//deadline//EN")
    cal.add("version", "2.0")
    for entry in entries:
        ev = Event()
        uid = hashlib.sha1(f"{entry.title}|{entry.day.isoformat()}".encode()).hexdigest()[:20]
        ev.add("uid", f"{uid}@appeal-kit")
        ev.add("dtstamp", now or datetime.now(UTC))
        ev.add("summary", entry.title)
        ev.add("dtstart", entry.day)
        ev.add("dtend", entry.day + timedelta(days=1))
        ev.add("description", entry.description)
        ev.add("transp", "TRANSPARENT")
        for days in (14, 3):
            al = Alarm()
            al.add("action", "DISPLAY")
            al.add("description", ngettext("{title} in {n} day", "{title} in {n} days", days).format(
                title=entry.title, n=days))
            al.add("trigger", timedelta(days=-days))
            ev.add_component(al)
        cal.add_component(ev)
    path = Path(path)
    from appeal_kit.files import atomic_write

    atomic_write(path, lambda fh: fh.write(cal.to_ical()), what=N_("calendar file"))
    return path


def check_ics_target(folder: Path, path: Path) -> None:
    """`deadline --ics PATH` may not replace a case file, nor any file but a calendar appeal-kit wrote."""
    from appeal_kit.case.folder import CASE_FILE, LETTER_FILE, folder_evidence
    from appeal_kit.files import check_target

    def ours(p: Path) -> bool:
        with open(p, "rb") as fh:
            return b"PRODID:-//appeal-kit//" in fh.read(512)

    folder = Path(folder)
    check_target(path, inputs=[folder / CASE_FILE, folder / LETTER_FILE, *folder_evidence(folder)], ours=ours,
                 force=None, what=N_("calendar file"), option="--ics")


def case_data_for_deadline(folder: Path) -> dict:
    """case.yaml as plain values, checked for what `deadline` needs (not the appeal's other fields)."""
    from appeal_kit.case.folder import CASE_FILE, is_request, load_case_data
    from appeal_kit.errors import CaseError

    data = load_case_data(folder)
    claim = data.get("claim")
    if is_request(data):  # no denial yet: `deadline` says when the plan must decide the request (describe_request)
        return data
    if not isinstance(claim, dict) or not claim.get("notice_date") and not claim.get("appeal_deadline"):
        raise CaseError(_("{file}: claim.notice_date is empty, so no deadline can be counted. Add the date printed "
                          "on the denial notice (and claim.plan_type), or run `appeal-kit intake NOTICE --case "
                          "{folder}`.").format(file=Path(folder) / CASE_FILE, folder=folder))
    return data
