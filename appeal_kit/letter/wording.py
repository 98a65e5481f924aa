"""Small wording helpers the letters share: dates in words, lists in words, numbers in words, sentences."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def number_words(n: Any) -> str:
    """3 -> "three" (0-20), otherwise the digits."""
    try:
        n = int(n)
    except (TypeError, ValueError):
        return str(n)
    return WORDS[n] if 0 <= n < len(WORDS) else str(n)


def longdate(value: Any) -> str:
    """"2026-03-03" (or a date) -> "March 3, 2026"; "2025-09" -> "September 2025". Anything else is returned as written,
    so free text such as "spring 2024" in clinical.history passes through."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        d = value
    else:
        text = str(value).strip()
        if len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit() \
                and 1 <= int(text[5:]) <= 12:  # "2025-09": a month
            return f"{date(int(text[:4]), int(text[5:]), 1):%B} {text[:4]}"
        try:
            d = date.fromisoformat(text)
        except ValueError:
            return str(value)
    return f"{d:%B} {d.day}, {d.year}"


def join_and(values: Any, last: str = "and") -> str:
    """["a", "b", "c"] -> "a, b and c"; a single string is returned unchanged."""
    if values is None:
        return ""
    if isinstance(values, str):
        return values
    items = [str(v) for v in values if v is not None and str(v) != ""]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def pending_count(value: Any) -> int | None:
    """`claim.pending_services` as a count, when a count alone is written: it is a list field, so `pending_services:
    5` arrives as ["5"]; None when it lists dates or services."""
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    return int(str(items[0]).strip()) if len(items) == 1 and str(items[0]).strip().isdigit() else None


def pending(value: Any) -> str:
    """`claim.pending_services` in words: a count, "the five sessions still to come"; dates or services: "December
    8, 2026 and December 29, 2026"."""
    n = pending_count(value)
    if n is not None:
        return f"the {number_words(n)} session{'s' if n != 1 else ''} still to come"
    return join_and([longdate(v) for v in (list(value) if isinstance(value, (list, tuple)) else [value])])


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text


def capfirst(text: Any) -> str:
    """Capitalise the first letter only ("the patient" -> "The patient"; "iPhone" stays)."""
    text = "" if text is None else str(text)
    return text[:1].upper() + text[1:]


def aside(name: Any, words: Any) -> str:
    """A name with words said about it in parentheses: "Crestview IOP (intensive outpatient program)". A name that
    ends in a parenthesis of its own takes the words inside it, "Crestview IOP (in network; intensive outpatient
    program)", never a second parenthesis after the first (issue 18)."""
    name, words = " ".join(str(name or "").split()), " ".join(str(words or "").split())
    if not words:
        return name
    if re.search(r"\s\([^()]*\)$", name):
        return f"{name[:-1]}; {words})"
    return f"{name} ({words})" if name else words


def sentence(text: Any) -> str:
    """Free text a user typed, made fit to stand as a sentence: capitalised, ending in a full stop. A field typed as a
    list is said as one ("a, b and c"), never as the list's Python form (set 14, case 01)."""
    if isinstance(text, (list, tuple)):
        text = join_and([" ".join(str(t).split()) for t in text if t is not None and str(t).strip()])
    text = " ".join(str(text or "").split())
    if not text:
        return ""
    text = capfirst(text)
    return text if text[-1] in ".!?" or text.endswith((".”", '."', ".)")) else text + "."


# the label a user may type at the head of an impact line ("School: 14 days missed"), which the letter's own label
# would otherwise print a second time (letters set 63, case 01: "School: School:")
OWN_LABEL = re.compile(r"(?:school|work|job|employment|college|university|studies)\s*:", re.IGNORECASE)


def headed(text: Any, label: str) -> str:
    """A line headed by `label` ("School: ..."), unless the text already opens with a label of its own."""
    text = str(text or "")
    return text if OWN_LABEL.match(text) else f"{label}: {text}"


def datelist(values: Any) -> str:
    """Dates in words with each month and year said once: ["2026-09-08", "2026-09-10", "2026-10-01"] ->
    "September 8 and 10, 2026 and October 1, 2026"; anything that is not a date is written as it is."""
    days: list[date] = []
    for v in values or []:
        try:
            days.append(v if isinstance(v, date) else date.fromisoformat(str(v).strip()))
        except ValueError:
            return join_and([longdate(x) for x in values])
    groups: list[list[date]] = []
    for d in days:
        if groups and (groups[-1][-1].year, groups[-1][-1].month) == (d.year, d.month):
            groups[-1].append(d)
        else:
            groups.append([d])
    return join_and([f"{g[0]:%B} {join_and([str(d.day) for d in g])}, {g[0].year}" for g in groups])


def day_runs(values: Any) -> list[list[date]]:
    """Days (dates or ISO strings) in order, grouped into runs of days in a row."""
    days = sorted({v if isinstance(v, date) else date.fromisoformat(str(v).strip()) for v in values or []})
    runs: list[list[date]] = []
    for d in days:
        if runs and (d - runs[-1][-1]).days == 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    return runs


def dayspan(values: Any) -> str:
    """Days in words with each run of three or more days in a row said by its first and last: the days of a stay from
    October 6 to 20, 2026 -> "October 6, 2026 through October 20, 2026"; shorter runs as datelist says them."""
    return join_and([f"{longdate(r[0])} through {longdate(r[-1])}" if len(r) >= 3 else datelist(r)
                     for r in day_runs(values)])


def ndc11(value: Any) -> str:
    """A National Drug Code in the 11-digit 5-4-2 form claims require: "0409-4276-01" (4-4-2) -> "00409-4276-01",
    "70069-301-01" (5-3-2) -> "70069-0301-01", "70069-0301-1" (5-4-1) -> "70069-0301-01"; eleven digits are
    hyphenated as 5-4-2. Anything else (a 10-digit code without hyphens is ambiguous) is returned as written."""
    text = str(value or "").strip()
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        a, b, c = parts
        if (len(a), len(b), len(c)) in ((4, 4, 2), (5, 3, 2), (5, 4, 1), (5, 4, 2)):
            return f"{a.zfill(5)}-{b.zfill(4)}-{c.zfill(2)}"
    if len(text) == 11 and text.isdigit():
        return f"{text[:5]}-{text[5:9]}-{text[9:]}"
    return text


# The units of measure a claim's NDC quantity is given in (the N4 segment): code -> words
NDC_UNITS = {"ML": "mL", "UN": "units", "GR": "g", "ME": "mg", "F2": "international units"}


def oneline(text: Any) -> str:
    """A multi-line address on one line: its lines joined with commas."""
    return ", ".join(line.strip().rstrip(",") for line in str(text or "").splitlines() if line.strip())


def shortdate(value: Any) -> str:
    """"2026-03-03" -> "3/3/2026" (as on US paperwork), "2025-09" -> "9/2025", for narrow table columns; anything
    else is written as it is."""
    if isinstance(value, date):
        return f"{value.month}/{value.day}/{value.year}"
    text = str(value or "").strip()
    if longdate(text) == text:  # not a date longdate reads: free text, written as it is
        return text
    if len(text) == 7:  # "2025-09": a month
        return f"{int(text[5:])}/{text[:4]}"
    d = date.fromisoformat(text)
    return f"{d.month}/{d.day}/{d.year}"


# -- statements said in English here and in the person's language elsewhere ---------------------------------------

@dataclass(frozen=True)
class Day:
    """A date (or "2025-09", or free text) in a Phrase, said in words the way the reader's language says dates."""
    value: Any


@dataclass(frozen=True)
class Days:
    """Several dates in a Phrase ("September 8 and 10, 2026")."""
    values: tuple


@dataclass(frozen=True)
class Count:
    """A number in a Phrase, said in words ("four", "cuatro")."""
    n: int


@dataclass(frozen=True)
class Words:
    """How a Phrase is said in one language: the catalog's gettext/ngettext and how dates, numbers and lists read."""
    gettext: Callable[[str], str]
    ngettext: Callable[[str, str, int], str]
    date: Callable[[Any], str]
    dates: Callable[[Any], str]
    number: Callable[[Any], str]
    join: Callable[[list[str]], str]


ENGLISH = Words(gettext=lambda s: s, ngettext=lambda one, many, n: one if n == 1 else many, date=longdate,
                dates=datelist, number=number_words, join=join_and)


@dataclass(frozen=True)
class Phrase:
    """A statement about the case as English words with named placeholders and their values, so that the claims
    report says it in English (`str`) and the patient's summary in the person's language (`say` with that
    language's Words: appeal_kit.explain). The English is the catalog's source text: `phrase(...)` and
    `plural_phrase(...)` calls are extracted by pybabel like `_` and `ngettext` (docs/development.md).

    A value is said by its type: a Phrase in the reader's language, Day/Days as dates, Count in words, a list
    joined with "and"; anything else (a drug's name, the plan's own words, a code) as it is."""
    template: str
    values: tuple[tuple[str, Any], ...] = ()
    plural: str = ""
    n: int = 0

    def say(self, words: Words = ENGLISH) -> str:
        if not self.template:
            return ""  # gettext("") is the catalog's header
        text = words.ngettext(self.template, self.plural, self.n) if self.plural else words.gettext(self.template)
        return text.format(**{k: _said(v, words) for k, v in self.values})

    def __str__(self) -> str:
        return self.say()

    def templates(self) -> list[str]:
        """Its own English template and those of the Phrases in its values (for the catalog test)."""
        found = [self.template] if self.template else []
        for _key, value in self.values:
            for v in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(v, Phrase):
                    found += v.templates()
        return found


def _said(value: Any, words: Words) -> str:
    if isinstance(value, Phrase):
        return value.say(words)
    if isinstance(value, Day):
        return words.date(value.value)
    if isinstance(value, Days):
        return words.dates(list(value.values))
    if isinstance(value, Count):
        return words.number(value.n)
    if isinstance(value, (list, tuple)):
        return words.join([s for s in (_said(v, words) for v in value) if s])
    return "" if value is None else str(value)


def phrase(template: str, **values: Any) -> Phrase:
    """`phrase("The claim was first submitted on {day}", day=Day(first))`: marks the English for the catalog."""
    return Phrase(template, tuple(values.items()))


def plural_phrase(singular: str, plural: str, n: int, **values: Any) -> Phrase:
    return Phrase(singular, tuple(values.items()), plural, n)


SPANISH_WORDS = ["cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
                 "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"]


def words_in(language: str, gettext: Callable[[str], str], ngettext: Callable[[str, str, int], str]) -> Words:
    """How Phrases are said in `language` ("en", "es"), with that language's catalog functions (appeal_kit.i18n)."""
    if language == "en":
        return ENGLISH
    from babel.dates import format_date
    from babel.lists import format_list

    def day(value: Any) -> str:
        d = _as_day(value)
        if isinstance(d, str):
            return d
        if len(d) == 2:  # a month: "septiembre de 2025"
            return format_date(date(d[0], d[1], 1), "MMMM 'de' y", locale=language)
        return format_date(date(*d), "d 'de' MMMM 'de' y", locale=language)

    def days(values: Any) -> str:
        found = [d for d in (_as_day(v) for v in values or []) if isinstance(d, tuple) and len(d) == 3]
        if len(found) != len(values or []):  # a month or free text among them: each said on its own
            return format_list([day(v) for v in values], locale=language)
        groups: dict[tuple, list[str]] = {}
        for d in found:
            groups.setdefault(d[:2], []).append(str(d[2]))
        # the sentence gives the first day its article ("se dieron el {past}"); Spanish repeats it before each
        # later day: "el 12 y el 15 de mayo de 2026"
        article = "el " if language == "es" else ""
        days_said = [[d if (y, m) == found[0][:2] and i == 0 else article + d for i, d in enumerate(ds)]
                     for (y, m), ds in groups.items()]
        return format_list([format_list(ds, locale=language) + " " + format_date(
            date(y, m, 1), "'de' MMMM 'de' y", locale=language) for ds, (y, m) in zip(days_said, groups)],
            locale=language)

    def number(n: Any) -> str:
        try:
            k = int(n)
        except (TypeError, ValueError):
            return str(n)
        return SPANISH_WORDS[k] if language == "es" and 0 <= k < len(SPANISH_WORDS) else str(k)

    return Words(gettext=gettext, ngettext=ngettext, date=day, dates=days, number=number,
                 join=lambda items: format_list(items, locale=language) if items else "")


def _as_day(value: Any) -> tuple | str:
    """(year, month, day), (year, month) for "2025-09", or the text as written when it is not a date."""
    if isinstance(value, date):
        return (value.year, value.month, value.day)
    text = str(value or "").strip()
    if longdate(text) == text:
        return text
    if len(text) == 7:
        return (int(text[:4]), int(text[5:]))
    d = date.fromisoformat(text)
    return (d.year, d.month, d.day)


def part_d_exception_rule(law: Callable[..., str], applies: Callable[..., bool], formulary: bool, step: bool) -> str:
    """The Part D exception rule (42 CFR 423.578(b)) as a letter says it, with its citation: a drug not on the formulary
    covered (`formulary`), an exception to step therapy granted (`step`), or both; "" where the rule does not govern
    the plan. The one owner of the sentence the appeal's exception_request block and the prior-authorization request
    both say."""
    rule_id = "formulary_exception" if formulary else "coverage_exception"
    if not (formulary or step) or not applies(rule_id):
        return ""
    must = " and ".join(filter(None, ["cover a drug that is not on its formulary" if formulary else "",
                                      "grant an exception to a utilization management requirement such as step therapy"
                                      if step else ""]))
    if formulary and step:
        must = must.replace(" and grant", ", and grant") + ","
    return (f"A Part D plan must {must} when the prescriber’s supporting statement shows that the "
            f"{'formulary' if formulary else 'required'} drugs for the condition would not be as effective for the "
            f"enrollee or would have adverse effects{law(rule_id)}.")
