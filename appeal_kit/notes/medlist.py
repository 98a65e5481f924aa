"""A medication list read a line at a time: one drug a line, with its dose, dates, status and what it is for.

Medication lists come as tables whose columns OCR and hand-filled forms do not keep straight ("Abilify  5 mg  No
06/2026 08/2026 added to Trintellix - gained 15 lb", its two dates run into the last column), and as lines that open
with the drug ("Gabapentin 300 mg at night for night sweats and sleep, started 05/2026"). Either way a line holds
one drug, and its parts are told by what they are, not where they stand: the amount (mg, or visits and sessions),
the status word (Yes, No, active, stopped), the dates (a range, two dates side by side, "since"), what it is for
("for ...", a bracketed indication) and what happened. `read_line` reads them; the list's other readers
(`propose.table_row`, `propose.prose_rows`) use its parts where their columns or sentences do not hold them.

What a line says it is for decides whether it is a trial for the appealed condition: medlist.yaml lists the
conditions that are not depression (hot flashes, spasticity, a headache...) with its sources; a line that gives its
drug for one of them, and names no word of the mood, is no trial.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).with_name("medlist.yaml")

# a date as lists write it: 06/2026, 6/15/2026, 2026-06, 2026, Jun 2026
_DATE = (r"(?:(?:\d{1,2}/){1,2}(?:19|20)?\d\d|(?:19|20)\d\d-\d\d(?:-\d\d)?|"
         r"(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d)")
# the dates that open a cell or the rest of a line: one, a range, two side by side ("06/2026 08/2026"), an open
# range ("04/2026 -")
_DATES_OPEN = re.compile(rf"^\s*(?:(?:since|from|started)\s+)?(?P<start>{_DATE})"
                         rf"(?:\s*(?:-|–|—|to|until)\s*(?P<end>{_DATE}|now|present|current)?|\s+(?P<end2>{_DATE}))?"
                         r"(?![\w/])\s*(?:[-–—:,;]\s*)?", re.IGNORECASE)
# an amount after the name: a dose, or the visits or sessions of a course
_AMOUNT = re.compile(r"\s*(?P<amount>\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?\s*"
                     r"(?:mg|mcg|g|ml|visits?|sessions?|treatments?)\b)", re.IGNORECASE)
# a status word a list writes on its own: whether the drug is taken now
_STATUS = re.compile(r"\s*(?P<status>yes|no|now|active|current|inactive|stopped|discontinued|completed|past)\b\.?",
                     re.IGNORECASE)
_CURRENT = {"yes", "now", "active", "current"}
# what it is for: "for night sweats and sleep", "(spasticity)", "para dormir"; up to a comma, a colon, a stop or a date
_FOR = re.compile(r"(?:\bfor|\bpara)\s+(?:the\s+|her\s+|his\s+|their\s+|my\s+|el\s+|la\s+)?(?P<what>[^,.;:()\d]{3,60}?)"
                  r"(?=\s*(?:[,.;:()]|$|\b(?:since|started|from|in|raised|increased|until|x)\b|\d))", re.IGNORECASE)
# a "for" after a stop tells what it was stopped for, a harm: "stopped for headaches", "d/c'd for nausea"
_STOPPED_FOR = re.compile(r"\b(?:stopp\w*|discontinu\w*|d/c'?d?|quit|held|switch\w*|chang\w*|taper\w*|came off|"
                          r"reduc\w*|lower\w*|cut)\b[^,.;:]*$", re.IGNORECASE)
_BRACKETED = re.compile(r"\((?P<what>[A-Za-z][^()\d]{2,40})\)")


@dataclass
class Line:
    """One drug's line of a medication list, its parts as written ("" where the line does not say)."""
    name: str  # the words that name it, as written
    amount: str = ""  # "5 mg", "12 visits"
    status: str = ""  # "current" or "past"
    start: str = ""
    end: str = ""  # "" with a start: still taken (an open range, "since")
    open_range: bool = False
    indication: str = ""  # what it is given for, in the line's words
    said: str = ""  # the rest: what happened


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(conditions that are not the mood's, sleep's words, the mood's own words) from medlist.yaml."""
    from appeal_kit.bundled import read_yaml_mapping

    data = read_yaml_mapping(DATA_FILE, "not_depression: and depression: lists")

    def words(key: str) -> re.Pattern:
        body = "|".join(sorted((re.escape(str(w)).replace(r"\ ", r"\s+") for w in data[key]), key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)

    return words("not_depression"), words("sleep"), words("depression")


def read_line(text: str, name: str) -> Line:
    """The parts of a medication list's line `text` that opens with the drug's name `name` (as written there)."""
    at = text.find(name)
    rest = text[at + len(name):] if at >= 0 else text
    line = Line(name)
    # a bracketed alias or short name right after the name stays the name's: "Counseling (CBT)", "Abilify
    # (aripiprazole)"
    alias = re.match(r"\s*\([^()]{1,30}\)", rest)
    if alias and not _vocabulary()[0].search(alias.group(0)):  # (not "(spasticity)")
        line.name += alias.group(0)
        rest = rest[alias.end():]
    rest = rest.lstrip(" |")
    if m := _AMOUNT.match(rest):
        line.amount, rest = m.group("amount"), rest[m.end():]
    rest = rest.lstrip(" |")
    if m := _STATUS.match(rest):
        line.status = "current" if m.group("status").lower() in _CURRENT else "past"
        rest = rest[m.end():].lstrip(" |")
    if m := _DATES_OPEN.match(rest):
        line.start = m.group("start")
        end = m.group("end") or m.group("end2") or ""
        line.open_range = bool(re.search(r"[-–—]|\bto\b", m.group(0))) and (
            not end or end.lower() in ("now", "present", "current"))
        line.end = "" if line.open_range else end
        rest = rest[m.end():]
    line.indication = indication(rest)
    line.said = rest.strip(" |-–—:;,")
    return line


def indication(words: str) -> str:
    """What `words` (a drug's own words, after its name) say it is given for: "for X", or a bracketed "(X)"."""
    for m in [*_FOR.finditer(words), *_BRACKETED.finditer(words)]:
        if not _STOPPED_FOR.search(words[max(0, m.start() - 40):m.start()]):
            return m.group("what").strip()
    return ""


# (s73) a second purpose beside the mood: "(also chosen for hot flashes)", "también para los sofocos"
_ALSO_FOR = re.compile(r"\b(?:also|as well)\b(?:\s+[\w-]+){0,2}?\s+(?:for|to help(?: with)?)\b|"
                       r"\btambién\b(?:\s+[\w-]+){0,2}?\s+(?:para|por)\b", re.IGNORECASE)


def for_another_condition(words: str) -> bool:
    """Whether a drug's own words give it for a condition that is not depression ("for night sweats and sleep",
    "(spasticity)", "continues for headache"), naming no word of the mood ("for his back and his mood" is a trial)
    nor giving it "also" for that condition (a second purpose beside the mood's: a trial)."""
    other, sleep, mood = _vocabulary()
    what = indication(words)
    if not what or mood.search(words) or _ALSO_FOR.search(words):
        return False
    # each thing it is for one of those conditions, or sleep beside one: "for night sweats and sleep", but not "(sleep,
    # irritability)", what a partial response improved, nor "(insomnia, BP up)", the harms it did
    parts = [re.sub(r"^(?:the|her|his|their|my|el|la)\s+", "", p.strip(), flags=re.IGNORECASE)
             for p in re.split(r",|/|\band\b|\bor\b|\by\b", what)]
    # (a part may say more of its condition: "pain after knee surgery")
    return all(other.search(p) or sleep.fullmatch(p) for p in parts if p) and any(other.search(p) for p in parts)


def cell_for_another_condition(cell: str) -> bool:
    """Whether a table's column of what each drug is for ("For", "Indication") gives it only for what is not the mood:
    "nausea (medical oncology)", "dolor y sueño" (a bracket there names who prescribes it, not what for)."""
    what = re.sub(r"\([^()]*\)", " ", cell).strip(" |-–—")
    return bool(what) and for_another_condition(f"for {what}")
