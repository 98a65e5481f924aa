"""Small wording helpers the letters share: dates in words, lists in words, numbers in words, sentences."""
from __future__ import annotations

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


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text


def capfirst(text: Any) -> str:
    """Capitalise the first letter only ("the patient" -> "The patient"; "iPhone" stays)."""
    text = "" if text is None else str(text)
    return text[:1].upper() + text[1:]


def sentence(text: Any) -> str:
    """Free text a user typed, made fit to stand as a sentence: capitalised, ending in a full stop."""
    text = " ".join(str(text or "").split())
    if not text:
        return ""
    text = capfirst(text)
    return text if text[-1] in ".!?" or text.endswith((".”", '."', ".)")) else text + "."


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
