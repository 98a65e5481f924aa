"""What the drafted letter leaves out: case.yaml fields that bear on this denial and that no sentence of the letter
uses (after `draft`, and on `check` of a drafted or edited letter).

Which fields bear on which denial is kept as data, with the reason, in letter_templates/bearing.yaml. A field's value
is cut into parts (a list's rows, a long text's sentences, a short value whole), and each part into its marks: the
numbers, dates, time limits ("35 days"), terms in capitals (FDA, PHP, CDRS-R) and exhibits it names; of plan text
(`marks: time`), only its dates and time limits, the conditions a case meets or not. The letter's marks are those of
its own words: never inside its quotations (the plan's or the denial's words) or a file's name, and no number or time
limit of a sentence that cites the law (the law's clock, not the case's), with the time between two dates of one
paragraph (a time limit the letter measures the case's dates by is applied).

A part is used when the letter prints a mark that no other case.yaml field (nor another row of its list) also holds
(a row dated the day of the notice is not used because the letter prints the notice's date), or half of its marks,
or, for a row, its name (a treatment tried named in a sentence); each time limit or date of plan text must be
printed itself. A part with no mark of its own is never reported: the letter may say it in other words. A part the
letter prints only inside a quotation is reported as quoted and never applied (the plan's 35-day rule quoted in full
and never measured against the case's dates: set 14, case 01).

Other plan terms (`marks: terms`, plan_policy.other_terms) are judged one way in every letter: applied when a sentence
of the letter's own that does not quote them points to the document they come from (plan_policy.other_terms_file, or
the file of a definition, precedence clause or list the letter applies from them), or prints each of their dates and
time limits; otherwise a letter that quotes them is told it quotes them and never applies them, whether or not they
hold a date (set 19: the warning came in 07, for its list's effective date, and never in 01, 04 or 08).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field as dataclass_field
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit.bundled import bundled_dir, read_yaml_mapping
from appeal_kit.case.folder import Case, get_path
from appeal_kit.letter import claims
from appeal_kit.letter.wording import WORDS

BEARING_FILE = "bearing.yaml"
# the letters that answer a denial (a template's `route:`): an appeal and the request for the next level
ANSWERS_THE_DENIAL = ("internal appeal", "next level")
CARE_TO_COME = "care_to_come"
# a term in capitals, with digits or a hyphen: FDA, PHP, MADRS, PHQ-9, CDRS-R, MoCA
_TERM = re.compile(r"\b[A-Za-z]*[A-Z][A-Za-z]*[A-Z][\w-]*\b")
# a number, with its thousands separated or not ("1,140" and "1140" are one number)
_DIGITS = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.])\d+(?:\.\d+)?(?![\w])")
_PERIOD = re.compile(r"\b(\d+|" + "|".join(WORDS[1:]) + r")(?:-| (?:calendar |business )?)(days?|weeks?|months?|years?|"
                     r"hours?)\b", re.I)
# words a text writes in capitals for weight, not terms: "when ALL of the following are met"
_CAPITAL_WORDS = frozenset({"ALL", "AND", "ANY", "NOT", "THE", "ONLY", "MUST", "NOTE", "EACH", "BOTH", "NONE", "NO",
                            "OR", "FOR", "WITH", "WILL", "MAY", "SHALL", "ONE"})
ALL_MARKS, TIME_MARKS = "all", "time"
# other plan terms (plan_policy.other_terms): applied when a sentence of the letter's own that does not quote them
# points to the document they come from (PLAN_DOCUMENTS), or, for terms with dates or time limits, prints each of them;
# a letter that only quotes them is told so whatever they hold (set 19: warned in 07 for its date, never in 01, 04, 08)
TERMS_MARKS = "terms"
# the fields that name the document plan terms come from: other terms' own, and the structured terms the letter
# applies from them (a definition's tests, a clause on which document governs, a list naming the treatment, later terms
# that replaced an exclusion)
PLAN_DOCUMENTS = ("plan_policy.other_terms_file", "plan_policy.definition.file", "plan_policy.precedence.file",
                  "plan_policy.listed.file", "plan_policy.exclusion.superseded.file",
                  "plan_policy.required_criteria.file", "plan_policy.in_force.file")
# plan text whose conditions count as well as its dates and time limits: an exception provision's course in progress,
# attending clinician and necessity (derived.EXCEPTION_CONDITIONS), each printed as "condition course"
CONDITION_MARKS = "conditions"
# a month or a year alone ("since September 2026") is too common in a letter to show that it says this (in plan
# text it is a condition all the same: "Last reviewed: June 2023")
_MONTH = re.compile(r"\d{4}(?:-\d\d)?")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_QUOTED = re.compile(r"“([^”]*)”")
_FILE = re.compile(r"\S+/\S+\.\w{2,4}\b")  # "other/letter-2026-10-09.txt": a file's name, no date the letter states
_POINTER = re.compile(r"\bExhibits? ([A-Z]{1,2})\b(?: and ([A-Z]{1,2})\b)?")


@dataclass(frozen=True)
class Bearing:
    field: str
    holds: str  # N_ words: what the field holds
    fix: str  # N_ words: how to use it
    reasons: frozenset[str] | None  # None: all
    exclude: frozenset[str] = frozenset()
    when: str | None = None
    marks: str = ALL_MARKS  # TIME_MARKS: only the dates and time limits of its words count (plan text)
    # (a part of the field, {another field: its value}): the part bears on nothing when the case gives those values
    moot: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()

    def applies(self, reasons: list[str], to_come: bool) -> bool:
        if self.when == CARE_TO_COME and not to_come:
            return False
        if self.reasons is None:
            return any(r not in self.exclude for r in reasons)
        return bool(self.reasons & set(reasons))

    def covers(self, path: str) -> bool:
        return path == self.field or path.startswith(self.field + ".")

    def is_moot(self, path: str, data: dict) -> bool:
        """The part at `path` bears on nothing for this case: another field settles what it would answer (why no
        authorization was in place, where the plan's terms required none)."""
        from appeal_kit.letter.arguments import _flag

        return any((path == part or path.startswith(part + ".")) and all(
            (_flag(get_path(data, other)) is value) if isinstance(value, bool) else get_path(data, other) == value
            for other, value in when) for part, when in self.moot)


@dataclass
class Unused:
    field: str  # the field ("network")
    holds: str
    fix: str
    excerpts: list[str] = dataclass_field(default_factory=list)  # the parts not used, shortened
    quoted: bool = False  # the letter quotes them, and never prints their marks in its own words
    marks: set[str] = dataclass_field(default_factory=set)  # the marks of the parts not used
    rows: list[int] = dataclass_field(default_factory=list)  # the rows of a list not used, numbered from 1


def bearings() -> list[Bearing]:
    """bearing.yaml's table."""
    data = read_yaml_mapping(bundled_dir() / BEARING_FILE, "a map with `fields:`, a list of entries")
    out = []
    for entry in data.get("fields") or []:
        reasons = entry.get("reasons")
        out.append(Bearing(str(entry["field"]), " ".join(str(entry["holds"]).split()),
                           " ".join(str(entry["fix"]).split()),
                           None if reasons == "all" else frozenset(reasons or ()),
                           frozenset(entry.get("except") or ()), entry.get("when"), entry.get("marks") or ALL_MARKS,
                           tuple((str(m["field"]), tuple((m.get("when") or {}).items()))
                                 for m in entry.get("moot") or ())))
    return out


def _marks(value: Any, files: dict[str, str], kinds: str = ALL_MARKS) -> set[str]:
    """The marks of a case value: its numbers (as numbers), dates (ISO), time limits ("#35 day"), terms in capitals and
    the exhibits of the files it names ("exhibit C"); with kinds TIME_MARKS only its dates and time limits."""
    if isinstance(value, bool) or value is None:
        return set()
    if isinstance(value, date):
        return {value.isoformat()}
    if isinstance(value, (int, float)):
        return {_num(str(value))} if kinds == ALL_MARKS else set()
    text = str(value).strip()
    if text in files:
        return {f"exhibit {files[text]}"} if kinds == ALL_MARKS else set()
    if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", text):
        return {text}
    return _text_marks(text, kinds)


def _condition_marks(text: str) -> set[str]:
    """The conditions of an exception provision `text` names (derived.EXCEPTION_CONDITIONS), as marks."""
    from appeal_kit.letter import derived

    return {f"condition {key}" for key in derived.exception_conditions(text)}


def _text_marks(text: str, kinds: str = ALL_MARKS, *, words: bool = False) -> set[str]:
    """The dates, time limits and (ALL_MARKS) terms and other numbers `text` prints, each once: the digits of a date,
    a time limit or a term ("PHQ-9") are not a number of their own. `words`: numbers written as words count too
    (only in the letter: a case's "two" is too common to mark it)."""
    found: set[str] = set()
    rest = text

    def take(m: re.Match) -> None:
        nonlocal rest
        rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]

    for carrier in reversed(claims.carriers(text) if any(c.isdigit() for c in text) else []):  # a date has digits
        if carrier.kind == "date":
            found.update(claims._dates(carrier))
            rest = rest[:carrier.start] + " " * (carrier.end - carrier.start) + rest[carrier.end:]
    for m in list(_PERIOD.finditer(rest)):
        if words or m.group(1)[0].isdigit():
            found.add(f"{_num(m.group(1))} {_unit(m.group(2))}")
            take(m)
    if kinds == CONDITION_MARKS:
        return found | _condition_marks(text)
    if kinds != ALL_MARKS:
        return found
    for m in list(_TERM.finditer(rest)):
        if len(m.group(0)) > 2 and m.group(0).upper() not in _CAPITAL_WORDS:
            found.add(m.group(0).upper())
            take(m)
    found.update(_num(m.group(0)) for m in _DIGITS.finditer(rest))
    if words:
        found.update(_num(w) for w in re.findall(r"[a-z]+", rest.lower()) if w in WORDS[2:])
    return found


def _num(text: str) -> str:
    word = text.lower()
    return f"#{float(WORDS.index(word)) if word in WORDS else float(text.replace(',', '')):g}"


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _letter_marks(paragraphs: list[str]) -> set[str]:
    """The marks the letter prints in its own words: not in its quotations (the plan's or the denial's words) or a
    file's name, and no time limit or number of a sentence that cites the law (the law's clock, not the case's), with
    the time between two dates of one paragraph ("#35 day", "#12 month"): a time limit the letter measures the case's
    dates by is applied."""
    marks: set[str] = set()
    for paragraph in paragraphs:
        own = _FILE.sub(" ", _QUOTED.sub(" ", paragraph))
        found: set[str] = set()
        for sentence in claims.split_sentences(own):
            cites = claims._CITATION.search(sentence)
            found.update(m for m in _text_marks(sentence, words=True) if not cites or _DAY.fullmatch(m))
        days = sorted({date.fromisoformat(d) for d in found if _DAY.fullmatch(d)})
        for i, first in enumerate(days):
            for last in days[i + 1:]:
                found.add(f"#{(last - first).days} day")
                months = (last.year - first.year) * 12 + last.month - first.month
                if last.day == first.day:
                    found.update({f"#{months} month", *([f"#{months // 12} year"] if months % 12 == 0 else [])})
        marks |= found | _condition_marks(own)
        marks.update(f"exhibit {g}" for m in _POINTER.finditer(paragraph) for g in m.groups() if g)
    return marks


def _pointing_sentences(paragraphs: list[str]) -> list[tuple[set[str], list[str]]]:
    """Each sentence's marks in its own words (not in its quotations or a file's name): its exhibit pointers and terms
    in capitals, with the words it quotes (lower case, words only). A sentence that points to a document while quoting
    it introduces the quotation; one that points to it, or uses one of its terms, without quoting it applies it."""
    out = []
    for paragraph in paragraphs:
        for sentence in claims.split_sentences(paragraph):
            own = _FILE.sub(" ", _QUOTED.sub(" ", sentence))
            marks = {f"exhibit {g}" for m in _POINTER.finditer(own) for g in m.groups() if g}
            marks |= {m.group(0).upper() for m in _TERM.finditer(own)}
            out.append((marks, [claims._loose(q) for q in _QUOTED.findall(sentence)]))
    return out


# fields a letter prints everywhere: a term in capitals they hold says nothing about whether other terms are applied
_EVERYWHERE = ("treatment.name", "insurer.name", "plan_policy.name", "claim.procedure_codes", "claim.diagnosis_codes")


def _terms_applied(text: str, documents: set[str], sentences: list[tuple[set[str], list[str]]],
                   data: dict) -> bool:
    """Plan terms `text` are applied: a sentence that does not quote them points to one of `documents` (their
    exhibits) or uses a term in capitals of theirs that the letter does not print everywhere (EPSDT: set 12, case
    02's note that members under 21 are reviewed under EPSDT, argued in the EPSDT block)."""
    words = claims._loose(text)
    common = {t for f in _EVERYWHERE for t in _text_marks(" ".join(map(str, _as_list(get_path(data, f)))))}
    own = {t for t in _text_marks(text) if t[:1] not in "#" and not t[:1].isdigit()} - common
    for marks, quotes in sentences:
        if marks & (documents | own) and not any(len(q) > 20 and (q in words or words in q) for q in quotes):
            return True
    return False


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _quoted(paragraphs: list[str]) -> str:
    """The words the letter quotes, normalized."""
    return claims._norm(" ".join(q for p in paragraphs for q in _QUOTED.findall(p)))


def _parts(value: Any, path: str):
    """(field, row number or None, the part's words, its values) for each part of a field: a list's rows (a row's words
    are its first text, the name of what it lists), a long text's sentences."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _parts(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, row in enumerate(value, start=1):
            if isinstance(row, dict):  # a row: its own values (a nested evidence file is where it came from)
                values = [v for v in row.values() if not isinstance(v, (dict, list))]
                yield path, i, next((str(v) for v in values if isinstance(v, str)), ""), values
            elif not isinstance(row, list):
                yield path, None, str(row), [row]
    elif value is not None:
        sentences = claims.split_sentences(" ".join(str(value).split())) if isinstance(value, str) else []
        if len(sentences) > 1:
            for sentence in sentences:
                yield path, None, sentence, [sentence]
        else:
            yield path, None, str(value), [value]


def unused(case: Case, letter: Path | list[str], today: date, reasons: list[str]) -> list[Unused]:
    """The fields bearing.yaml lists for `reasons` whose parts the letter never uses (module docstring): the .docx at
    `letter`, or its body's paragraphs."""
    from appeal_kit.letter import derived

    to_come = derived.care_still_to_come(case.data, today)
    table = [b for b in bearings() if b.applies(reasons, to_come)]
    if not table:
        return []
    paragraphs = letter if isinstance(letter, list) else claims.letter_paragraphs(letter)
    if not paragraphs:
        return []
    files = {name: label for label, name in claims.exhibit_files(case)}
    printed_marks = _letter_marks(paragraphs)
    quoted_words = _quoted(paragraphs)
    printed = claims._norm(" ".join(paragraphs))
    # the marks each field (a list's row on its own) holds: a mark another holds too says little about this one
    held: dict[str, set[str]] = {}
    for path, value in claims._leaves(case.data, ""):
        held.setdefault(path, set()).update(_marks(value, files))
    # a date of birth the letter says as a birthday, by month and day alone ("June 22": the birthday rule)
    printed_marks |= {m for path, marks in held.items() if path.endswith(".born") for m in marks
                      if len(m) == 10 and "--" + m[5:] in printed_marks}
    out: dict[str, Unused] = {}
    from appeal_kit.letter.derived import files_named

    documents = {f"exhibit {files[f]}" for key in PLAN_DOCUMENTS for f in files_named(get_path(case.data, key))
                 if f in files}
    sentences = _pointing_sentences(paragraphs)
    # the record_dates rows that bear are the records the decision's reviewer never had: a record dated before the
    # decision and sent to the plan has nothing new to say (letters set 79, case 01: a cardiology letter of 10/09 was
    # warned of as "records dated after the decision appealed" under a decision of 11/20)
    from appeal_kit.letter.derived import notice_copies, records_after_decision

    copies = notice_copies(case.data, case.folder)
    new_records = {r["file"] for r in records_after_decision({**case.data, "notice_copies": copies})["records"]}
    dated = get_path(case.data, "record_dates")
    dated_rows = dated if isinstance(dated, list) else []
    for base, row, text, values in (p for key, value in case.data.items() for p in _parts(value, str(key))):
        bearing = next((b for b in table if b.covers(base)), None)
        if bearing is None or base.startswith(claims._NOT_FACTS) or bearing.is_moot(base, case.data):
            continue
        if base == "record_dates" and row is not None and row <= len(dated_rows) and isinstance(
                dated_rows[row - 1], dict) and str(dated_rows[row - 1].get("file") or "").strip() not in new_records:
            continue
        if bearing.marks == TERMS_MARKS:  # other plan terms: judged the same way in every letter that quotes them
            timed = set().union(*(_marks(v, files, TIME_MARKS) for v in values))
            # the writer's own sentence applying them (plan_policy.other_terms_apply), printed after the quote that
            # gives their exhibit, applies them without pointing to it again (letters set 74, case 07)
            applied = " ".join(str(get_path(case.data, "plan_policy.other_terms_apply") or "").split()).rstrip(".")
            if _terms_applied(text, documents, sentences, case.data) or (timed and timed <= printed_marks) or (
                    base == "plan_policy.other_terms" and applied and claims._norm(applied) in printed):
                continue
            quoted = row is None and any(form in quoted_words for form in claims._forms(text))
            if not quoted and not timed - printed_marks:
                continue  # neither quoted nor holding a date the letter leaves out: it may say them in other words
            item = out.setdefault(base, Unused(base, bearing.holds, bearing.fix, quoted=True))
            item.excerpts.append(_excerpt(text, timed - printed_marks))
            item.marks |= timed - printed_marks
            item.quoted = item.quoted and quoted
            continue
        marks = {m for m in set().union(*(_marks(v, files, bearing.marks) for v in values))
                 if bearing.marks != ALL_MARKS or not _MONTH.fullmatch(m)}
        part = base if row is None else f"{base} row {row}"
        own = marks - set().union(*(m for f, m in held.items() if f != part))
        if bearing.marks != ALL_MARKS:  # each time limit, date or condition of plan text is one of its own
            own -= printed_marks
            if not own:
                continue
        # used: the letter prints a mark only this field holds, or half its marks or more, or names the row
        elif not own or own & printed_marks or 2 * len(marks & printed_marks) >= len(marks) or (
                row is not None and any(form in printed for form in claims._forms(text))):
            continue
        quoted = row is None and any(form in quoted_words for form in claims._forms(text))
        item = out.setdefault(base, Unused(base, bearing.holds, bearing.fix, quoted=True))
        item.excerpts.append(_excerpt(text, own - printed_marks))
        item.marks |= own - printed_marks
        item.quoted = item.quoted and quoted
        if row is not None:
            item.rows.append(row)
    return list(out.values())


def answered_reasons(case_data: dict, template_dirs=()) -> list[str]:
    """The denial's reasons the letter answers: not one whose block speaks of the plan's own terms in a letter to
    Original Medicare, which has no plan terms and no network (arguments.block_names)."""
    from appeal_kit.letter import arguments

    reasons = arguments.denial_reasons(case_data)
    carried = arguments.block_names(case_data, reasons, arguments.load_blocks(template_dirs))
    return [r for r in reasons if r in carried]


def _excerpt(text: str, marks: set[str], limit: int = 90) -> str:
    """The part's words, at most `limit` characters, around its first mark the letter never prints."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    spots = [text.find(m) for m in (m.lstrip("#").removesuffix(".0") for m in marks if not m.startswith("exhibit"))]
    at = min([s for s in spots if s >= 0], default=0)
    start = max(0, min(at - limit // 2, len(text) - limit))
    start = text.rfind(" ", 0, start) + 1 if start else 0
    piece = text[start:start + limit].rsplit(" ", 1)[0]
    return ("…" if start else "") + piece + ("…" if start + len(piece) < len(text) else "")
