"""Dates as clinical notes write them, kept as precise as written: "February 6, 2023" -> 2023-02-06,
"June 2023" or "06/2023" -> 2023-06, "2022" -> 2022; ranges ("2022-23", "March-June 2023") give both ends."""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, timedelta

from appeal_kit.intake import deadlines
from appeal_kit.intake.deadlines import MONTHS

# how the document being read writes numeric dates: "MDY" (US) unless it says or shows day first ("DD/MM/YYYY",
# "29/01/2025"), as records from abroad do
_ORDER: ContextVar[str] = ContextVar("numeric_date_order", default="MDY")
_SAYS_DAY_FIRST = re.compile(r"\bDD\s*/\s*MM\s*/\s*(?:YY)?YY\b|\bday[- ]first\b|\bd[ií]a\s*/\s*mes\s*/\s*a[nñ]o\b|"
                             r"\bday\s*/\s*month\s*/\s*year\b", re.IGNORECASE)  # (s81) "Dates are day/month/year."
_DAY_FIRST_DATE = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/])")
_MONTH_FIRST_DATE = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d(?![\d/])")


def writes_day_first(text: str) -> bool:
    """Whether a document writes its numeric dates day first: it says so, or a date only reads that way and none
    only the other way."""
    if _SAYS_DAY_FIRST.search(text):
        return True
    return bool(_DAY_FIRST_DATE.search(text)) and not _MONTH_FIRST_DATE.search(text)


def writes_month_first(text: str) -> bool:
    """Whether a document has a numeric date that only reads month first (12/31/2025)."""
    return bool(_MONTH_FIRST_DATE.search(text))


@contextmanager
def _bound(var: ContextVar, value: object) -> Iterator[None]:
    """`var` set to `value` inside this block, and back to what it was after it."""
    token = var.set(value)
    try:
        yield
    finally:
        var.reset(token)


def numeric_order(day_first: bool) -> AbstractContextManager[None]:
    """Read numeric dates day first inside this block (one document's)."""
    return _bound(_ORDER, "DMY" if day_first else "MDY")


# the date of the note being read: what "October of last year" and "two weeks ago" count from
_TODAY: ContextVar[date | None] = ContextVar("note_date", default=None)


def written_on(day: date | None) -> AbstractContextManager[None]:
    """Read dates relative to `day` ("last year", "three months ago") inside this block (one note's sentence)."""
    return _bound(_TODAY, day)


def note_day() -> date | None:
    """The day of the note being read (`written_on`), or None."""
    return _TODAY.get()


# the last date the sentences before this one in the same note gave: what "In Aug he stopped it" follows
_SAID_BEFORE: ContextVar[str | None] = ContextVar("said_before", default=None)


def said_before(value: str | None) -> AbstractContextManager[None]:
    """Read a month named without its year ("in Aug", "by May") after `value`, the date the sentences before gave
    ("early 2023 - started Lexapro. ... In Aug he stopped it": August 2023)."""
    return _bound(_SAID_BEFORE, value)


# the last day the sentence just before this one gave, whatever it dated: what "the same day" is
_DAY_BEFORE: ContextVar[str | None] = ContextVar("day_before", default=None)


def day_before(value: str | None) -> AbstractContextManager[None]:
    """Read "the same day" as `value`, the last day the sentence just before gave."""
    return _bound(_DAY_BEFORE, value)


def find_dates(text: str) -> list[deadlines.DateHit]:
    """intake's dates, with numeric ones read in the order of the document being read."""
    return deadlines.find_dates(text, _ORDER.get())

_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
        r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MONTH_RANGE = re.compile(rf"(?<![\w/])(?P<m1>{_MON})\.?\s*(?:[-–—]|to|through|thru|until|and)\s*(?P<m2>{_MON})\.?,?\s*"
                          rf"(?:(?<=\s)(?P<y>{_YEAR})|['’](?P<sy>\d\d))(?![\w/])", re.IGNORECASE)  # 2023, '23
_MONTH_YEAR = re.compile(rf"(?<![\w/])(?P<m>{_MON})\.?,?\s+(?:of\s+)?(?P<y>{_YEAR})(?![\w/])"
                         rf"|(?<![\w/])(?P<am>{_MON})\.?\s*['’](?P<ay>\d\d)(?![\w/])"
                         rf"|(?<![\w/.])(?P<nm>0?[1-9]|1[0-2])\s?[/.-]\s?(?P<ny>{_YEAR})(?![\w/])"
                         rf"|(?<![\w/.-])(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])(?![\w/]|-\d)"
                         rf"|(?<![\w/.-])(?P<sm>0?[1-9]|1[0-2])/(?P<sy>[0-3]\d)(?![\w/]|\.\d|-\d)"  # ("d/c'd 6/21.")
                         # (s68) an old chart's month of a year 1970-1999, no day nor score out of 60: "4/88 - 11/88"
                         rf"|(?<![\w/.-])(?P<om>0?[1-9]|1[0-2])/(?P<oy>[7-9]\d)(?![\w/%]|\.\d|-\d)"
                         # a month and a one-digit day ("starting 6/9"): a day near the note's, or nothing
                         rf"|(?<![\w/.-])(?P<dm>0?[1-9]|1[0-2])/(?P<dd>[1-9])(?![\w/%]|\.\d|-\d)", re.IGNORECASE)
_DAY_RANGE_ONE_YEAR = re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\s?(?:[-–]|to|through|thru)\s?"
                                 r"(?P<end>[0-3]?\d/[0-3]?\d/(?P<y>(?:19|20)\d\d))(?![\w/])")
# (s83) ... written in words: "from February 7 to March 9, 1979" (the first day has the last one's year)
_WORD_DAY_RANGE = re.compile(rf"(?<![\w/])(?P<m1>{_MON})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*"
                             rf"(?:[-–—]|to|through|thru|until)\s*(?P<end>(?P<m2>{_MON})\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR}))(?![\w/])",
                             re.IGNORECASE)
_NUMERIC_MONTH_RANGE = re.compile(r"(?<![\w/.-])(?P<m1>0?[1-9]|1[0-2])/(?P<y1>[0-3]\d)\s?[-–]\s?"
                                  r"(?P<m2>0?[1-9]|1[0-2])/(?P<y2>[0-3]\d)(?![\w/.]|-\d)")
_YEAR_RANGE = re.compile(rf"(?<![\w/.-])(?P<a>{_YEAR})\s?(?:[-–—]|to|through)\s?(?P<b>{_YEAR}|\d\d)(?![\w/.]|-\d)")
# a year alone, or after "mid-", "early-" or "late-" ("mid-2020")
_YEAR_ONLY = re.compile(rf"(?:(?<![\w/.$-])|(?<=mid-)|(?<=early-)|(?<=late-))(?P<y>{_YEAR})"
                        r"(?![\w/]|\.\d|\s?(?:mg|mcg|units?|IU|mL|kcal|cal)\b)")
# (an amount is no year: "vitamin D 2000 units")


# a year written by its last two digits after an apostrophe, alone: "Zoloft '19", "in '08" (not "'19'", a quote)
_SHORT_YEAR = re.compile(r"(?<![\w'’])['’](?P<y>\d\d)(?![\w'’/.%]|\.\d)")


# Spanish month names, whole ("de marzo a octubre de 2022", "desde mayo de 2025"); abbreviations stay English only
_MESES = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
          "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12}
_MES = "(?:" + "|".join(_MESES) + ")"
_MES_RANGE = re.compile(rf"(?<!\w)(?P<m1>{_MES})(?:\s+(?:a|al|hasta|y)\s+|\s*[-–]\s*)(?P<m2>{_MES})(?:\s+del?)?\s+"
                        rf"(?P<y>{_YEAR})"
                        r"(?!\w)", re.IGNORECASE)
_MES_YEAR = re.compile(rf"(?<!\w)(?P<m>{_MES})(?:\s+del?)?\s+(?P<y>{_YEAR})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class When:
    start: int
    end: int
    value: str  # ISO, partial: 2023-02-06, 2023-02 or 2023

    def as_date(self, last: bool = False) -> date:
        """The first (or last) day the value can mean."""
        parts = [int(p) for p in self.value.split("-")]
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            if not last:
                return date(parts[0], parts[1], 1)
            nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return nxt - timedelta(days=1)
        return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)


def _month(text: str) -> int:
    return MONTHS[text[:3].lower()]


# (s81) a chronology's entry that opens with its month or year alone ("09/1979  Dr. H.: low ...", "March 2025   started
# ...", "1983     Dalmane ..."): a date, then a column's gap, then the entry's words (never a year's range, "1979-1980
# No entries", nor a score or a dose; a diary's "Feb 2022 - Paxil 20." tells its months in its words, read as before)
# (s82) ... or a month with a two-digit year before the one who wrote the entry, a single space apart: "11/85 Dr.
# Halloran: low mood ...", "3/87 Nurse Obi: ..." (the writer and the colon tell an entry; "7/10 pain" is a score)
MONTH_OPENS = re.compile(rf"^\W{{0,3}}(?:(?:(?P<nm>0?[1-9]|1[0-2])/(?P<ny>{_YEAR})|(?P<m>{_MON})\.?,?\s+(?P<y>{_YEAR})"
                          rf"|(?P<year>{_YEAR}))(?![\w/-])\s{{2,}}(?=[A-Za-z\"'‘’“(\[])|"
                          r"(?P<nm2>0?[1-9]|1[0-2])/(?P<yy>\d{2})(?![\w/-]) (?=(?-i:(?:Dr|Dra|Nurse|Sister|Mr|Mrs|Ms|"
                          r"RN|NP|PA|MO)\.?\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?:)))",
                          re.IGNORECASE)


def entry_month(line: str) -> str | None:
    """The month ("1979-09") or year ("1983") a chronology's line opens with (`MONTH_OPENS`), or None."""
    m = MONTH_OPENS.match(line)
    if not m:
        return None
    if m.group("year"):
        return m.group("year")
    if m.group("yy"):  # a two-digit year: this century's up to this year, else the last century's
        yy = int(m.group("yy"))
        return f"{2000 + yy if yy <= date.today().year % 100 else 1900 + yy}-{int(m.group('nm2')):02d}"
    month = int(m.group("nm")) if m.group("nm") else _month(m.group("m"))
    return f"{m.group('ny') or m.group('y')}-{month:02d}"


def find_when(text: str) -> list[When]:
    """Every date in `text`, as precise as it is written, in order; a range gives two."""
    found: list[When] = []

    def free(a: int, b: int) -> bool:
        return not any(w.start < b and a < w.end for w in found)

    for hit in find_dates(text):
        found.append(When(hit.start, hit.end, hit.value.isoformat()))
    for m in _DAY_RANGE_ONE_YEAR.finditer(text):  # "06/08 - 06/19/2026": the first day has the last one's year
        first, second = int(m.group("a")), int(m.group("b"))
        month, day = (second, first) if _ORDER.get() == "DMY" else (first, second)
        end = next((w for w in found if w.start == m.start("end")), None)
        try:
            begun = date(int(m.group("y")), month, day)
        except ValueError:
            continue
        if end and free(m.start(), m.start("end")) and begun.isoformat() <= end.value:
            found.append(When(m.start(), m.start("end"), begun.isoformat()))
    for m in _WORD_DAY_RANGE.finditer(text):
        end = next((w for w in found if w.start == m.start("end")), None)
        m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
        try:
            begun = date(int(m.group("y")) - (m1 > m2), m1, int(m.group("d1")))
        except ValueError:
            continue
        if end and free(m.start(), m.start("end")):
            found.append(When(m.start(), m.start("end"), begun.isoformat()))
    for m in _MONTH_RANGE.finditer(text):
        if re.match(r"\.?\s*and\b", text[m.end("m1"):], re.IGNORECASE) and \
                not re.search(r"\bbetween\s+$", text[:m.start()], re.IGNORECASE):
            continue  # "April and September 2024" are two months; "between April and September 2024" a span
        if free(m.start(), m.end()):
            y = int(m.group("y")) if m.group("y") else 2000 + int(m.group("sy"))
            m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
            found += [When(m.start(), m.start("m2"), f"{y - (m1 > m2):04d}-{m1:02d}"),
                      When(m.start("m2"), m.end(), f"{y:04d}-{m2:02d}")]
    for m in _MES_RANGE.finditer(text):  # "de marzo a octubre de 2022"
        m1, m2, y = _MESES[m.group("m1").lower()], _MESES[m.group("m2").lower()], int(m.group("y"))
        if free(m.start(), m.end()):
            found += [When(m.start(), m.start("m2"), f"{y - (m1 > m2):04d}-{m1:02d}"),
                      When(m.start("m2"), m.end(), f"{y:04d}-{m2:02d}")]
    for m in _MES_YEAR.finditer(text):  # "mayo de 2025"
        if free(m.start(), m.end()):
            found.append(When(m.start(), m.end(), f"{int(m.group('y')):04d}-{_MESES[m.group('m').lower()]:02d}"))
    for m in _NUMERIC_MONTH_RANGE.finditer(text):  # "1/26-3/26": January to March 2026
        y1, y2 = 2000 + int(m.group("y1")), 2000 + int(m.group("y2"))
        days = [_month_or_day(int(m.group(f"m{k}")), int(m.group(f"y{k}"))) for k in (1, 2)]
        if free(m.start(), m.end()) and all(len(d) == 10 for d in days) and days[0] <= days[1]:
            # "6 sessions 03/04-06/10" in a note of 06/19/2026: two days of the months before the note, not 2004-2010
            found += [When(m.start(), m.start("m2"), days[0]), When(m.start("m2"), m.end(), days[1])]
        elif free(m.start(), m.end()) and (y1, int(m.group("m1"))) <= (y2, int(m.group("m2"))):
            found += [When(m.start(), m.start("m2"), f"{y1:04d}-{int(m.group('m1')):02d}"),
                      When(m.start("m2"), m.end(), f"{y2:04d}-{int(m.group('m2')):02d}")]
    falling = [(r.start(), r.end()) for r in _RATING_FALLS.finditer(text) if int(r.group("a")) > int(r.group("b"))]
    for m in _MONTH_YEAR.finditer(text):
        if not free(m.start(), m.end()) or any(a <= m.start() < b for a, b in falling):
            continue
        if m.group("m"):
            value = f"{int(m.group('y')):04d}-{_month(m.group('m')):02d}"
        elif m.group("am"):  # "Jan '23"
            value = f"{2000 + int(m.group('ay')):04d}-{_month(m.group('am')):02d}"
        elif m.group("nm"):
            value = f"{int(m.group('ny')):04d}-{int(m.group('nm')):02d}"
        elif m.group("iy"):
            value = f"{int(m.group('iy')):04d}-{int(m.group('im')):02d}"
        elif m.group("oy"):
            value = f"{1900 + int(m.group('oy')):04d}-{int(m.group('om')):02d}"
        elif (today := _TODAY.get()) is not None and \
                (int(m.group("sm") or m.group("dm")), int(m.group("sy") or m.group("dd"))) == (today.month, today.day):
            value = today.isoformat()  # the note's own day, written without its year: a log's "4/21 started X"
        elif m.group("dm"):
            before = text[max(0, m.start() - 30):m.start()]
            value = _month_or_day(int(m.group("dm")), int(m.group("dd")), alone=bool(_DAY_CUE.search(before)),
                                  ahead=bool(re.search(r"\bstarting\s*$", before, re.IGNORECASE)))
            if len(value) != 10:
                continue
        else:
            pairs = sum(1 for x in _MONTH_YEAR.finditer(text) if x.group("sy") == m.group("sy"))
            before = text[max(0, m.start() - 30):m.start()]
            # ("7/10" is a rating unless a word such as "on" or "started" makes it a day: "started X on 3/10")
            cued = bool(_DAY_CUE.search(before)) and (m.group("sy") != "10" or bool(_DAY_WORD.search(before))) or \
                bool(_CLOCK_AFTER.match(text, m.end()))  # "06/03 12:10 Dr. A: stop it today": a day and its time
            ahead = bool(re.search(r"\bstarting\s*$", text[:m.start()], re.IGNORECASE))  # "starting 6/9": days on
            # (a month it cannot be, after the note's date, needs no cue to be a day: "at her 10/27 visit" in a
            # summary of 10/27/2026 is no October 2027)
            later = (today := _TODAY.get()) is not None and (2000 + int(m.group("sy")), int(m.group("sm"))) > \
                (today.year, today.month) and not _RATED.search(text[max(0, m.start() - 25):m.start()])
            value = _month_or_day(int(m.group("sm")), int(m.group("sy")), alone=pairs == 1 and (cued or later),
                                  ahead=ahead)
            if today and re.search(r"\b(?:week|wk)\s+of\s*$", before, re.IGNORECASE):
                # a week is named by its first day: "Week of 11/23" on a taper calendar of 11/20/2026 is that day,
                # the nearest such day to the note's (a calendar's weeks run ahead of it)
                near = []
                for year in (today.year - 1, today.year, today.year + 1):
                    try:
                        near.append(date(year, int(m.group("sm")), int(m.group("sy"))))
                    except ValueError:
                        break
                if near:
                    ref: date = today
                    value = min(near, key=lambda d: abs((d - ref).days)).isoformat()
        found.append(When(m.start(), m.end(), value))
    for m in _YEAR_RANGE.finditer(text):
        if free(m.start(), m.end()):
            a, b = m.group("a"), m.group("b")
            b = a[:2] + b if len(b) == 2 else b
            if int(a) <= int(b):
                found += [When(m.start(), m.start("b"), a), When(m.start("b"), m.end(), b)]
    for m in _YEAR_ONLY.finditer(text):
        if free(m.start(), m.end()):
            found.append(When(m.start(), m.end(), m.group("y")))
    for m in _SHORT_YEAR.finditer(text):  # "Zoloft '19 -> GI upset": 2019
        if free(m.start(), m.end()):
            year = deadlines.full_year(int(m.group("y")), ahead=0, today=_TODAY.get())
            found.append(When(m.start(), m.end(), f"{year:04d}"))
    today = _TODAY.get()
    if today:
        found += [w for w in _relative(text, today, found) if free(w.start, w.end)]
    # ("Off X since 05/20/2026. Y 20 mg started the same day.")
    if (prior_day := _DAY_BEFORE.get()) and len(prior_day) == 10:
        found += [When(m.start(), m.end(), prior_day) for m in _SAME_DAY.finditer(text) if free(m.start(), m.end())]
    return sorted(found, key=lambda w: w.start)


# (s80) a rating out of ten that falls: "burning from 7/10 to 3/10", "dolor de 8/10 a 5/10" (as months of 2010 the span
# would run backwards)
_RATING_FALLS = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/10\s*(?:to|a|->|→|-|–)\s*(?P<b>\d{1,2})/10(?![\d/])")


_SAME_DAY = re.compile(r"\b(?:the|that)\s+same\s+day\b", re.IGNORECASE)


# the words before a day written without its year ("stopped around 9/20"); "7/10" is a rating, never a day
_DAY_CUE = re.compile(r"(?:\b(?:on|around|about|approx\.?|circa|since|until|till|by|from|through|thru|starting)|~|\(|"
                      # a weekday's name: "on Monday 03/23", "Tues 4/7"
                      r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?|"
                      # a stop or a start with the drug's name between: "stopped WBT 7/20", "started Zoloft 3/14"
                      # the second day of a span of days: "from 08/18 to 08/31"
                      r"(?<![\d/])\d{1,2}/\d{1,2}\s+(?:to|through|thru|until|[-–])|"
                      r"\b(?:stopped|started|restarted|began|d/c'?d|discontinued|finished|completed|ended)"
                      r"(?:\s+[A-Za-z][\w-]*){0,2}|"
                      r"^\s*[A-Za-z][A-Za-z-]+)\s*$",  # (a trial's words that open with its name: "WBT 7/20 d/t ...")
                      re.IGNORECASE)


# a rating's words before "x/y": "pain 7/10", "scored 8/10", "MoCA 26/30" (never a day)
_RATED = re.compile(r"\b(?:pain|score[ds]?|rat(?:ed|ing)|level|NRS|VAS|MoCA|MMSE|severity)\b[^.;]{0,15}$",
                    re.IGNORECASE)


# (a clock's time, "12:10", or a chart's four digits, "0900", "2100": not 2000-2059, which may be a year)
_CLOCK_AFTER = re.compile(r"\s+(?:(?:[01]?\d|2[0-3]):[0-5]\d|[01]\d[0-5]\d|2[1-3][0-5]\d)(?![\d/:])")
_DAY_WORD = re.compile(r"\b(?:on|since|until|till|from|through|thru|starting|(?:mon|tues|wednes|thurs|fri|satur|sun)"
                       r"day,?)\s*$", re.IGNORECASE)


def _month_or_day(first: int, second: int, *, alone: bool = True, ahead: bool = False) -> str:
    """"9/20" is September 2020, or the 20th of September in a note written weeks after it ("stopped around 9/20" in
    a note of 10/15/2024): the day when it falls within four months before the note's date, the year it would
    otherwise be is more than a year before that date, and no other date of the sentence ends in the same two
    digits ("3/19 to 9/19" is a span of 2019), when a word such as "on", "around" or "until" comes before it; after
    "starting" the day may also be up to a month after the note ("will switch ... starting 6/9" in a note of 6/3)."""
    as_month = f"{2000 + second:04d}-{first:02d}"
    today = _TODAY.get()
    if today and second >= 1 and alone:
        for year in (today.year, today.year - 1):
            try:
                day = date(year, first, second)
            except ValueError:
                break
            # (a month that would come after the note cannot be: "since 04/28" in a note of 07/07/2026 is a day)
            # (a day in the month before the note, after a cue, is that day: "Saw Dr. B on 06/25; started X that
            # day" in a note of 06/29/2026, not June 2025)
            if timedelta(days=-31 if ahead else 0) <= today - day <= timedelta(days=122) and \
                    ((today - When(0, 0, as_month).as_date(last=True)).days > 366 or
                     When(0, 0, as_month).as_date() > today or today - day <= timedelta(days=31)):
                return day.isoformat()
    return as_month


_REL_YEAR = re.compile(rf"(?:(?P<m>{_MON})\.?\s+(?:of\s+)?|(?:(?:early|late|mid|in|during|over)\s+)?(?:the\s+)?"
                       r"(?:spring|summer|fall|autumn|winter|beginning|end|start|middle)\s+of\s+)?"
                       r"(?P<rel>last|this|the past|the previous|previous)\s+year\b", re.IGNORECASE)
_AGO = re.compile(r"(?<![\w-])(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                  r"(?P<unit>days?|weeks?|wks?|months?|mos?|years?|yrs?)\s+ago\b", re.IGNORECASE)
_LAST_MONTH = re.compile(r"\b(?P<rel>last|this|past) month\b", re.IGNORECASE)
_SEASON_ENDS = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 2}
_LAST_SEASON = re.compile(r"\b(?:last|this past|this) (?P<s>spring|summer|fall|autumn|winter)\b", re.IGNORECASE)
_BARE_RANGE = re.compile(rf"(?<![\w/])(?P<m1>{_MON})\.?\s?(?:[-–]|to|through)\s?(?P<m2>{_MON})"
                         rf"\.?(?![\w'’]|,?\s*\d|\s*['’]\d)")
# a month named without its year, after a word that makes it a date ("in March", "since June", "Aug-Nov"): the
# latest such month on or before the note's date
_BARE_MONTH = re.compile(rf"(?:\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]hrough|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?|[Oo]f|"
                         rf"[Tt]o|[Ii]n early|[Ii]n late)\s+|[-–]\s?)(?P<m>{_MON})\.?(?![\w'’]|\s*\d|\s*['’]\d)")
# a month and its day without a year: "on Jan 5", "Starting May 1" (never "Jan 2025", "May 1, 2026" or "Jan 5/6")
_MONTH_DAY = re.compile(rf"(?<![\w/])(?P<m>{_MON})\.?\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
                        r"(?!\s*[,/]?\s*(?:19|20)?\d\d\b|[/:.]\d|\s*(?:mg|%|am|pm|a\.m|p\.m))")
# a day of the month alone, after "on the": "started it on the 14th" (never "on the 2nd visit", "the 3rd dose")
_DAY_OF_MONTH = re.compile(r"\bon\s+the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:\w+\s+)?"
                           r"(?:visit|dose|day|week|session|treatment|infusion|time|attempt|floor|try|cycle|month|"
                           r"of\s+(?:the\s+)?(?:month|each|every)))", re.IGNORECASE)
_SMALL = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def _relative(text: str, today: date, written: list[When]) -> list[When]:
    """Dates written relative to the note's own ("since October of last year", "over the spring of this year",
    "stopped two weeks ago"), as precise as they are written; a month without its year after a date that has one
    follows that date ("from late November 2024, 20 mg from late December": December 2024)."""
    out = []
    for m in _REL_YEAR.finditer(text):
        year = today.year - (m.group("rel").lower() != "this")
        out.append(When(m.start(), m.end(), f"{year:04d}-{_month(m.group('m')):02d}" if m.group("m") else str(year)))
    for m in _AGO.finditer(text):
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else _SMALL.get(word, 1)
        unit = m.group("unit").lower()
        if unit.startswith("d") or unit.startswith("w"):
            out.append(When(m.start(), m.end(), (today - timedelta(days=n * (7 if unit.startswith("w") else 1)))
                            .isoformat()))
        elif unit.startswith("mo"):
            months = today.year * 12 + today.month - 1 - n
            out.append(When(m.start(), m.end(), f"{months // 12:04d}-{months % 12 + 1:02d}"))
        else:
            out.append(When(m.start(), m.end(), str(today.year - n)))
    for m in _LAST_MONTH.finditer(text):
        months = today.year * 12 + today.month - 1 - (m.group("rel").lower() != "this")
        out.append(When(m.start(), m.end(), f"{months // 12:04d}-{months % 12 + 1:02d}"))
    for m in _LAST_SEASON.finditer(text):  # the latest such season that has ended by the note's date
        ends = _SEASON_ENDS[m.group("s").lower()]
        out.append(When(m.start(), m.end(), str(today.year if today.month > ends else today.year - 1)))
    for m in _BARE_RANGE.finditer(text):  # "Aug-Nov": the latest such span that has ended by the note's date
        m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
        y2 = today.year if m2 <= today.month else today.year - 1
        # (or of the one year its sentence said before it: "In 2024 she had TMS ..., 36 sessions from June to August")
        years = {w.value[:4] for w in written if w.end <= m.start()}
        if len(years) == 1 and (int(next(iter(years))), m2) <= (today.year, today.month):
            y2 = int(next(iter(years))) + (m1 > m2)
        y1 = y2 - (m1 > m2)
        out += [When(m.start(), m.start("m2"), f"{y1:04d}-{m1:02d}"),
                When(m.start("m2"), m.end(), f"{y2:04d}-{m2:02d}")]
    for m in _MONTH_DAY.finditer(text):  # "since we started it on Jan 5": the latest such day by the note's date
        if any(w.start < m.end() and m.start() < w.end for w in written + out):
            continue
        month, day = _month(m.group("m")), int(m.group("d"))
        ahead = bool(re.search(r"\b(?:starting|beginning|from|as of|on or after)\s*$", text[:m.start()], re.IGNORECASE))
        if ahead:  # "Starting May 1": the next such day
            year = today.year if (month, day) >= (today.month, today.day) else today.year + 1
        else:
            year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
        try:
            out.append(When(m.start(), m.end(), date(year, month, day).isoformat()))
        except ValueError:  # "Feb 30"
            continue
    for m in _DAY_OF_MONTH.finditer(text):  # "my last dose was on the 13th": the latest such day by the note's date
        if any(w.start < m.end() and m.start() < w.end for w in written + out):
            continue
        day, month, year = int(m.group("d")), today.month, today.year
        if day > today.day:
            month, year = (month - 1, year) if month > 1 else (12, year - 1)
        try:
            out.append(When(m.start("d"), m.end(), date(year, month, day).isoformat()))
        except ValueError:  # "the 31st" of a shorter month
            continue
    for m in _BARE_MONTH.finditer(text):
        if any(w.start <= m.start("m") < w.end for w in out):
            continue
        month = _month(m.group("m"))
        year = today.year if month <= today.month else today.year - 1
        # a month joined to the next one's year: "in April and May 2024", "March or April 2023" (April 2024)
        joined = re.match(rf"\.?,?\s*(?:and|or|&|,)\s*(?:early\s+|late\s+|mid-?\s*)?(?P<m2>{_MON})\.?,?\s+"
                          rf"(?:of\s+)?(?P<y>{_YEAR})\b", text[m.end():], re.IGNORECASE)
        if joined:
            out.append(When(m.start("m"), m.end(),
                            f"{int(joined.group('y')) - (month > _month(joined.group('m2'))):04d}-{month:02d}"))
            continue
        said = [w.value for w in written if w.end <= m.start() and len(w.value) >= 7]
        before = _SAID_BEFORE.get()
        if said or before:  # the first such month after the date said before it, if that is not after the note
            value = said[-1] if said else str(before)
            y, mo = int(value[:4]), int(value[5:7]) if len(value) >= 7 else 1
            after = y + (month < mo)
            if (after, month) <= (today.year, today.month):
                year = after
        out.append(When(m.start("m"), m.end(), f"{year:04d}-{month:02d}"))
    return out


# a season or a part of the year between a cue and its year: "until the autumn of 2020", "since early 2019"
_PART_OF_YEAR = (r"(?:(?:the\s+)?(?:(?:early|late|mid|end|beginning|start|middle|spring|summer|fall|autumn|winter)"
                 r"(?:\s+|-))+(?:of\s+)?)?")
_START_CUE = re.compile(r"(?:since|start(?:ed|ing)?|from|began|begun|beginning|initiated|commenced|added|"
                        rf"introduced|tried|trial(?:ed)?)\s*:?\s*(?:on|in|around|about|approximately|~)?\s*"
                        rf"{_PART_OF_YEAR}$",
                        re.IGNORECASE)
_END_CUE = re.compile(r"(?:until|till|through|thru|to|(?:(?:stop(?:ped)?|discontinued|d/c'?d?)(?:\s+(?:it|them))?)|"
                      r"end(?:ed)?|tapered(?: off)?|"
                      r"off(?:\s+(?:it|them))?|completed|finished|last|ending|by|hasta)\s*:?\s*"
                      r"(?:on|in|around|about|approximately|~|since)?\s*"
                      rf"{_PART_OF_YEAR}$"
                      r"|[-–—]\s*$", re.IGNORECASE)
DOSE_CHANGE = re.compile(r"(?:increased|titrated|raised|uptitrated|decreased|reduced|lowered|(?<!back )up)\s+(?:up\s+)?"
                          r"(?:(?:(?:the|her|his|their)\s+)?[A-Za-z][\w-]+\s+(?:(?:XL|XR|SR|ER)\s+)?(?=to\s+[\d.]))?"
                          r"(?:(?:to\s+)?[\d.]+\s*(?:(?:mg|mcg)\b[^.;,(]{0,15}?(?:\s*\([^()]{0,40}\))?)?)?\s*(?:in|on|by|at)?"
                          r"\s*$", re.IGNORECASE)  # (a bracket after the dose: "200 mg (two 100 mg tablets) in July")
# a dose step after an earlier dose ("100 mg, then 200 mg from May 2020"): a change inside the trial, whatever word
# comes before its date
DOSE_STEP = re.compile(r"\bthen\s+(?:(?:up|increased|raised)\s+)?(?:to\s+)?[\d.]+\s*(?:mg|mcg)\b[^.;,(]{0,15}?\s*"
                       r"(?:in|on|by|at|from|since|starting)?\s*$|"
                       # ... or the next of a change's steps: "raised to 75 mg on 03/06 and 150 mg on 03/11"
                       r"\b(?:increased|titrated|raised|uptitrated|decreased|reduced|lowered)\b[^.;]{0,50}?\band\s+"
                       r"(?:to\s+)?[\d.]+\s*(?:mg|mcg)\b\s*(?:in|on|by|at)?\s*$", re.IGNORECASE)
_SINCE = re.compile(r"(?:(?<!off )(?<!stopped )since|ongoing|current(?:ly)?|to date|to present|present|now|desde)\s*"
                    r"(?:on|in|el|la)?\s*$",
                    re.IGNORECASE)
_ONGOING = re.compile(r"(?:through|to|until|till|[-–—]>?|→)\s*(?:the\s+)?(?:present|now|date|today|current|cur)\b|"
                      r"\bongoing\b|\bso far\b|\bto date\b|[-–—]\s*(?:actual|actualidad|presente)\b|"
                      r"^[\s|]*(?:current|present)\b|"  # a table's End column: "06/2024 | current"
                      r"\bcontinu(?:es|ing)\b|\bstill on\b|\bstill (?:taking|takes|using)\b|"
                      r"\b(?:la|lo) sigue tomando\b|\bsigue (?:tom[aá]ndol[ao]|con (?:ella|[ée]l))\b|\bcontin[uú]a\b|"
                      r"\bhasta (?:la actualidad|hoy|ahora)\b", re.IGNORECASE)


_STOPPED_BEFORE = re.compile(r"\b(?:stopped|discontinued|d/c'?d|came off|tapered off|quit)\b[^.;,]{0,30}$",
                             re.IGNORECASE)


# a lone month or day, then its stop: "In May she stopped it", "on 04/07 he came off it"
_STOPPED_AFTER = re.compile(r"\W{0,3}(?:she|he|they|we|I|pt|the patient|patient|the doctor|her doctor|his doctor)\s+"
                            r"(?:\w+\s+)?(?:stopped|discontinued|d/c'?d|came off|tapered off|quit)\b", re.IGNORECASE)


# the patient's own last day of a course or drug, told after its span: "the last on 10/15/2024", "her last session
# was on 03/02/2026"
_LAST_ON = re.compile(r"\b(?:the|her|his|their|my)\s+last(?:\s+(?:session|visit|dose|treatment|infusion|one|group))?\s+"
                      r"(?:was\s+|being\s+)?(?:on|in)\s*$", re.IGNORECASE)


# a feeling that lasted up to a date: "he felt 'like myself again' through 2025", "she was well until 2023"
_FELT_THROUGH = re.compile(r"\b(?:felt|feeling|feels|was well|were well|stayed well|did well|doing well)\b[^.;]{0,40}?"
                           r"\b(?:through|thru|until|till)\s*(?:the\s+)?(?:end\s+of\s+)?$", re.IGNORECASE)


_STEP_FROM = re.compile(r"^[\s,;]*(?:then\s+|and\s+)?\d+(?:\.\d+)?\s*(?:mg|mcg)"
                        r"(?:\s+(?:daily|a day|at bedtime|qhs|qd))?\s+"
                        r"(?:from|starting|as of)\s*$", re.IGNORECASE)  # ("20 mg since 05/2025" tells it goes on)


_STEP_SINCE = re.compile(r"^[\s,;]*(?:then\s+|and\s+|now\s+)?\d+(?:\.\d+)?\s*(?:mg|mcg)\s+since\s*$", re.IGNORECASE)


def start_and_end(text: str, whens: list[When]) -> tuple[str | None, str | None]:
    """A trial's start and end from the dates in its words: cue words decide ("since June 2023": a start; "stopped
    in March": an end); otherwise the first and the last; a lone month or year is both ends, a lone day the start.
    """
    # "increased to 20 mg in 03/2026": a dose change inside the trial, neither its start nor its end; but a year is
    # the trial's when no other date is written ("titrated to 1800 mg/day in 2023, stopped after two months")
    # ("titrated to 150 mg from 15/02/2022": "from" or "since" makes it the start after all)
    kept = [w for w in whens if not DOSE_STEP.search(text[max(0, w.start - 60):w.start]) and (
        not DOSE_CHANGE.search(text[max(0, w.start - 60):w.start])
        or re.search(r"\b(?:from|since|starting)\s*$", text[:w.start], re.IGNORECASE))]
    whens = kept if kept or any(len(w.value) > 4 for w in whens) else whens
    # how long a benefit lasted, not when the drug ended: "started in March 2024 and he felt 'like myself again'
    # through 2025"
    whens = [w for k, w in enumerate(whens) if not (k and _FELT_THROUGH.search(text[whens[k - 1].end:w.start]))]
    # a dose's step after the start: "20 mg started 06/04/2026, 40 mg from 06/18/2026, 80 mg from 07/08/2026" (no end)
    whens = [w for k, w in enumerate(whens) if not (k and _STEP_FROM.search(text[whens[k - 1].end:w.start]))]
    # (s68) "Fluoxetine started here 05/2025, 40 mg since 08/2025": the dose since then, the drug since its start
    stepped = [w for k, w in enumerate(whens) if k and _STEP_SINCE.search(text[whens[k - 1].end:w.start])]
    whens = [w for w in whens if w not in stepped]
    if not whens:
        return None, None
    start = end = None
    ended: When | None = None  # the date the end was read from
    prev = 0
    for w in whens:
        before = text[prev:w.start][-30:]
        if re.search(r"\S {3,}$", before):
            before = ""  # a column's gap: the words before it are another cell's ("added to    04/2023 - 06/2023")
        if _SINCE.search(before) and start is None:
            start = w.value
        elif _END_CUE.search(before) and start is not None and end is None:
            end, ended = w.value, w
        elif _END_CUE.search(before) and not re.search(r"[-–—]\s*$", before) and end is None:
            end, ended = w.value, w
        elif _START_CUE.search(before) and start is None:
            start = w.value
        prev = w.end
    ongoing = bool(stepped) or bool(_ONGOING.search(text[whens[-1].end:whens[-1].end + 40])) or bool(_SINCE.search(
        text[:whens[0].start][-30:])) or bool(len(whens) > 1 and _SINCE.search(text[:whens[-1].start][-30:]))
    # ("40 mg started 06/2025, 80 mg since 08/2025": taken since its last dose step)
    approximate = len(whens) == 1 and re.search(r"(?:around|about|approximately|approx\.?|circa|ca\.|~)\s*$",
                                                 text[:whens[0].start], re.IGNORECASE)
    began = len(whens) == 1 and bool(
        re.search(r"\b(?:(?:re-?)?started|began|begun|initiated|commenced|added|resumed)\b[^.;]{0,40}?\b(?:in|on)\s*$",
                  text[:whens[0].start], re.IGNORECASE)  # "Started Trintellix 10 mg in 01/2026", "added to X in May"
        # ... or "(added to sertraline 07/2026)": the day it was added to another drug
        or re.search(r"\badded\s+to\s+(?:the\s+|her\s+|his\s+)?[A-Za-z][\w-]*(?:\s+(?:XL|XR|SR|ER))?\s*(?:in|on)?\s*$",
                     text[:whens[0].start], re.IGNORECASE)
        or re.match(r"\W{0,3}(?:\w+\s+){0,2}(?:enrolled|started|began|initiated|joined|was started|commenced)\b",
                    text[whens[0].end:], re.IGNORECASE))
    year = len(whens) == 1 and len(whens[0].value) == 4
    if start is None and end is None:
        if ongoing or approximate or began:
            start = whens[0].value
        elif len(whens) >= 2:
            start, end = whens[0].value, whens[-1].value
        elif _STOPPED_AFTER.match(text[whens[0].end:]) and not year:
            end = whens[0].value  # "In May she stopped it": its end (a year's trial is within it: "in 2024; they
            # stopped when ...")
        elif len(whens[0].value) < 10:
            start = end = whens[0].value
        elif _STOPPED_BEFORE.search(text[:whens[0].start]):
            end = whens[0].value  # "she stopped bupropion on 04/07/2026", "stopped it two weeks ago": its end
        else:
            start = whens[0].value
    elif start is None and len(whens) >= 2 and (whens[0].value != end or ended is not whens[0]):
        start = whens[0].value  # ("early 2019 to fall 2019": a start and an end in one year)
    elif end is None and len(whens) >= 2 and whens[-1].value != start and not _SINCE.search(text[:whens[0].start]) \
            and not ongoing:  # ("50 mg started 10/2025, 100 mg since 01/2026 - current": a dose step, still taken)
        end = whens[-1].value
    if start and end and When(0, 0, start).as_date() > When(0, 0, end).as_date(last=True):
        start, end = end, start
    last = [w for w in whens if _LAST_ON.search(text[:w.start][-40:]) and len(w.value) > len(end or "")]
    if last and end and When(0, 0, start or end).as_date() <= When(0, 0, last[-1].value).as_date() <= \
            When(0, 0, end).as_date(last=True):
        end = last[-1].value  # "(09/2024 to 11/2024); she attended 5 of the 12 sessions, the last on 10/15/2024"
    finer = [w.value for w in whens if end and len(w.value) > len(end) and w.value.startswith(end) and w.value != start]
    if finer:
        end = max(finer)  # "01/1999 - 05/2003: well; tapered off in 2003": the stop's year holds the month told first
    if start and end and end == whens[-1].value and _GOES_ON_AFTER.match(text[whens[-1].end:]):
        end = None  # "induction 08/04/2026 - 08/28/2026, then weekly": a phase ended, the treatment went on
    if start and len(start) == 4 and whens[0].value == start:
        # a year, then the span itself within that year: "after her first child in 2022, treated with 12 sessions of
        # IPT (06/2022 to 09/2022)": the year is the story's, the month the course's start
        finer = [w.value for w in whens[1:] if len(w.value) > 4 and w.value.startswith(start) and w.value != end]
        if finer and (end is None or finer[0] <= end):
            start = finer[0]
    return start, end


# what follows a trial's last date when the trial went on after it: a phase that continues it
_GOES_ON_AFTER = re.compile(r",?\s*then\s+(?:weekly|monthly|biweekly|every\b|maintenance|continued|ongoing)",
                            re.IGNORECASE)


def shift(value: str, weeks: float, *, back: bool = False) -> str:
    """A partial date moved by some weeks, kept as precise as it was."""
    if len(value) == 4:  # "2019 ... for 2 years": whole years from a year, not from its first day
        return str(int(value) + (-1 if back else 1) * int(weeks / 52.18 + 0.05))  # "2021 x 10 months": 2021
    w = When(0, 0, value)
    moved = w.as_date() + timedelta(weeks=-weeks if back else weeks)
    return moved.isoformat()[:len(value)]
