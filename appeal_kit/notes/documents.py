"""Clinical documents as pages, and pages as the sentences and table rows that proposals are read from.

The text comes from intake's reader (appeal_kit/intake/textract.py: PDF text layer, OCR for scans and photos,
DOCX, TXT), never a second one. A PDF's pages are kept apart, so each proposal can name its page; a DOCX or a
text file is one page unless it holds form feeds.

Each sentence or table row (a "unit") carries the section it sits in (a plan, a family history, an allergy list)
and the date of the note it belongs to: the last visit date written as a heading above it.
"""
from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from appeal_kit.notes.context import section_of
from appeal_kit.notes.dates import MONTH_OPENS, entry_month, writes_day_first, writes_month_first

log = logging.getLogger(__name__)


@dataclass
class Unit:
    file: str  # relative to the case folder: clinical/progress-notes.pdf
    page: int  # 1-based
    text: str  # the sentence, or the table row's cells joined by " | "
    section: str | None = None  # plan | family | allergies | other | None
    note_date: date | None = None
    cells: dict[str, str] | None = None  # a table row: column role (name, dose, start, end, outcome...) -> text
    table: str | None = None  # a table row: "trials", "fills" (pharmacy) or "scales"
    headers: list[str] = field(default_factory=list)  # a table row: the header cells, for scale columns
    roles: list[str | None] = field(default_factory=list)  # a table row: what each column holds (name, start...)
    label: str | None = None  # the heading that opened the sentence ("Interpretation" of "Interpretation: ...")
    columns: list[str] = field(default_factory=list)  # a table row: its text in each column, in the headers' order
    entry: bool = False  # a sentence of a dated log's entry ("4/20 still flat", `log_day`): about the drug then taken
    # a sentence of a log whose lines open with their full day (`_FULL_DAY_OPENS`): what it tells done, it tells done
    # on that day ("05/05/2026 RN call: pain 8/10. Nortriptyline stopped; duloxetine 30 mg started.")
    day_entry: bool = False
    # (s81) a chronology's entry dated by its month or year alone ("09/1979  Dr. H.: ..."): that month ("1979-09") or
    # year, which `note_date` (its first day) stands for
    note_month: str | None = None


@dataclass
class Document:
    file: str
    pages: list[str]
    method: str
    warnings: list[str] = field(default_factory=list)
    day_first: bool | None = None  # numeric dates written day first (29/01/2025), as records from abroad are

    def __post_init__(self) -> None:
        if self.day_first is None:
            text = "\n".join(self.pages)
            self.day_first = writes_day_first(text) or named_day_first(self.file, text) or spanish_day_first(text)


# a record written in Spanish by a clinic abroad: its words ("Residente", "Antecedentes", "Juicio clínico") and a
# heading that names its date in Spanish ("Nota de evolución ... - 12/11/2026", "Fecha: 12/11/2026")
_SPANISH_WORD = re.compile(r"\b(?:de|del|la|las|los|el|y|que|por|con|para|sin|años|también|según|desde|hasta|"
                           r"tratamiento|antecedentes|evolución|juicio|fecha|médic[oa]|paciente|residente|ánimo)\b",
                           re.IGNORECASE)
_ENGLISH_WORD = re.compile(r"\b(?:the|and|of|to|with|for|was|is|she|he|her|his|on|in|at|patient|mood)\b",
                           re.IGNORECASE)
_SPANISH_DATE_HEAD = re.compile(r"\b(?:nota|fecha|evoluci[oó]n|revisi[oó]n|informe|consulta|visita)\b[^\n]{0,60}?"
                                r"\d{1,2}/\d{1,2}/(?:19|20)\d\d", re.IGNORECASE)


def spanish_day_first(text: str) -> bool:
    """Whether a record written in Spanish (its function words outnumber English ones three to one) heads its own
    date in Spanish and never shows a date that only reads month first: Spanish-language records, as records from
    abroad, write the day first ("Nota de evolución - 12/11/2026" is the 12th of November)."""
    spanish, english = len(_SPANISH_WORD.findall(text)), len(_ENGLISH_WORD.findall(text))
    return spanish >= 30 and spanish >= 3 * english and bool(_SPANISH_DATE_HEAD.search(text)) and \
        not _MONTH_FIRST_DATE_ONLY.search(text)


_MONTH_FIRST_DATE_ONLY = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d(?![\d/])")


def named_day_first(file: str, text: str) -> bool:
    """Whether the file's name dates it (ISO: "informe_2026-11-12.pdf") and the text writes that day only day first
    ("Fecha: 12/11/2026"), never month first: the document's numeric dates are day first."""
    m = re.search(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)", Path(file).name)
    if not m or m.group(2) == m.group(3):
        return False
    year, month, day = m.group(1), int(m.group(2)), int(m.group(3))

    def written(first: int, second: int) -> bool:
        return bool(re.search(rf"(?<![\d/.])0?{first}[/.]0?{second}[/.]{year}(?![\d/])", text))

    return written(day, month) and not written(month, day)


# OCR's "fo" for handwriting's "to" ("lithium aug (fo Remeron)"): no English word
_OCR_TO = re.compile(r"(?<![\w'-])fo(?![\w'-])")


def read_document(path: Path, shown_as: str) -> Document:
    """The pages of one clinical document, read as intake reads a notice."""
    from appeal_kit.intake.textract import extract_text

    got = extract_text(path)
    text = ocr_digits(ocr_codes(ocr_scale_names(ocr_names(_OCR_TO.sub("to", got.text))))) if got.method in _OCR \
        else got.text
    text = undictate(text)
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()  # the form feed after the last page
    log.debug("%s: %d page(s), read as %s", shown_as, len(pages), got.method)
    return Document(shown_as, pages, got.method, list(got.warnings))


_DIGITISH = re.compile(r"(?<![\w/])(?=[\dOoIl/.-]*\d[\dOoIl/.-]*\d)(?:[\dOoIl]{1,4}[/.-]){1,2}[\dOoIl]{2,4}(?![\w/])|"
                       r"(?<![\w/])(?:19|2[O0])[\dOoIl]{2}(?![\w/])")


def ocr_digits(text: str) -> str:
    """OCR's letters in a date put right ("O3/2O24" -> "03/2024", "2O2l" -> "2021", "202]" -> "2021"): O for 0 and
    l or I for 1 inside a run that is otherwise digits and date separators."""
    text = _DIGITISH.sub(lambda m: m.group(0).translate(str.maketrans("OoIl", "0011")), text)
    # a year's last 1, or the l of "late", read as a bar or a bracket: "2019 to 202]", "|ate 2021"
    text = re.sub(r"(?<![\w/])((?:19|20)\d)[\]|](?![\w/])", r"\g<1>1", text)
    return re.sub(r"(?<![\w|])\|(?=ate\s+(?:19|20)\d\d\b)", "l", text)


def ocr_codes(text: str) -> str:
    """A diagnosis code's dot read as a comma by OCR put right ("F33, 2" -> "F33.2"); the codes are checked against
    the ICD-10-CM index afterwards, as every code is."""
    text = re.sub(r"(?<!\w)([A-TV-Z]\d{2}),\s?(\d[0-9A-Z]{0,3})(?![\w/-])", r"\1.\2", text)
    # ... and a digit of its category read as the letter it looks like ("N9S.1" -> "N95.1", "F3S.1" -> "F35.1")
    text = _OCR_CODE_LETTER.sub(lambda m: m.group(1) + m.group(2).translate(_DIGIT_OF) + m.group(3), text)
    # ... and a code's capital I read as a one, in a line that lists other codes: "depression (F32.A); high blood
    # pressure (110)", "E11.9 type 2 diabetes; 110 hypertension; F33.1 depression" (I10)
    return "\n".join(_OCR_I_CODE.sub(r"I\1", line) if _DOTTED_CODE.search(line) else line
                     for line in text.split("\n"))


_DOTTED_CODE = re.compile(r"(?<![\w.])[A-TV-Z]\d{2}\.[0-9A-Z]{1,4}(?![\w/-])")
_OCR_I_CODE = re.compile(r"(?:(?<=\()|(?<=;\s)|(?<=,\s))[1l](\d{2}(?:\.\d[0-9A-Z]{0,3})?)(?=\)|\s+[A-Za-z])")


_OCR_CODE_LETTER = re.compile(r"(?<![\w.])([A-TV-Z])(\d[OSIlB]|[OSIlB]\d)(\.\d[0-9A-Z]{0,3})(?![\w/-])")
_DIGIT_OF = str.maketrans("OSIlB", "05118")


def ocr_scale_names(text: str) -> str:
    """The PHQ-9 read with an O or a zero for its Q ("PHO-9 = 17"), OCR's commonest confusion of that letter."""
    return re.sub(r"(?<![\w-])PH[O0](?=[\s=-]?9(?!\d))", "PHQ", text)


_WORD = re.compile(r"(?<![\w-])[^\W\d_]{6,}(?![\w-])")


def ocr_names(text: str) -> str:
    """OCR's misreadings of treatment names put right ("Fluoxétinie" -> "Fluoxetine"): a long word that is no name
    in the treatments table but within a letter or two of one (difflib's ratio >= 0.82) is read as that name."""
    import difflib

    from appeal_kit.notes.lexicon import lexicon

    names = [n for n in lexicon().by_name if " " not in n and len(n) >= 6]

    def fix(m: re.Match) -> str:
        word = m.group(0)
        if word.lower() in lexicon().by_name:
            return word
        close = difflib.get_close_matches(word.lower(), names, n=1, cutoff=0.82)
        return (close[0].capitalize() if word[0].isupper() else close[0]) if close else word

    return _WORD.sub(fix, text)



# a note dictated through voice software and not proofread says its punctuation ("... 2026 period", "Risk colon.",
# "comma still taking it comma"); one word of it, "period", is also ordinary English ("a period of")
_SPOKEN = re.compile(r"\s(?:comma|colon|semicolon)(?=[\s.])", re.IGNORECASE)
_SPOKEN_MARKS = [(re.compile(r"\s+(?:end quote|close quote|unquote)\b", re.IGNORECASE), '"'),
                 (re.compile(r"\bquote\s+", re.IGNORECASE), '"')] + [
    (re.compile(rf"\s+{word}\b\.?(?!\s+of\b)", re.IGNORECASE), mark)
    for word, mark in (("semicolon", ";"), ("colon", ":"), ("comma", ","), ("period", "."))]


def undictate(text: str) -> str:
    """A dictated note's spoken punctuation written as marks, and the drug names voice software split or misheard
    ("Lexa pro", "Well butrin", "Pro sack") followed by the name they stand for in parentheses ("Pro sack (Prozac)"), so
    the record's own words stay; a text that says no punctuation is returned as it is."""
    if len(_SPOKEN.findall(text)) < 2:
        return text
    for pattern, mark in _SPOKEN_MARKS:
        text = pattern.sub(mark, text)
    text = re.sub(r"(?<=\w\.) ([a-z])", lambda m: " " + m.group(1).upper(), text)  # "2026 period diagnoses"
    from appeal_kit.notes.lexicon import lexicon

    by_sound = {_sound(n): n for n in lexicon().by_name if re.fullmatch(r"[a-z]{6,}", n)}
    out, last = [], 0
    words = list(re.finditer(r"[A-Za-z]+", text))
    for one, two in zip(words, words[1:]):
        if text[one.end():two.start()] != " " or one.start() < last or \
                one.group(0).lower() in lexicon().by_name or two.group(0).lower() in lexicon().by_name:
            continue
        name = by_sound.get(_sound(one.group(0) + two.group(0)))
        if name:
            out += [text[last:two.end()], f" ({name.capitalize()})"]
            last = two.end()
    return "".join(out) + text[last:]


def _sound(word: str) -> str:
    """A name as it sounds, near enough for dictation's mishearings: Prozac and "Pro sack" alike."""
    w = re.sub(r"c(?=[eiy])", "s", word.lower())  # Cymbalta and "Sim balta"
    w = w.replace("ph", "f").replace("ck", "k").replace("c", "k").replace("z", "s").replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", w)

# ---------------------------------------------------------------------------------------------- dates of notes

_VISIT_LABEL = (r"(?:date of (?:visit|service|encounter|note|evaluation|consultation|admission|examination|exam|"
                r"assessment|interview)|(?:examination|exam|assessment) date|visit date|"
                r"encounter date|service date|note date|DOS|visit|seen|date|sent|"  # "sent": a message's header
                # a chart export's "===== Encounter 11/04/2025 (office visit)", a Spanish note's "Fecha:"
                r"encounter|appointment|office visit|"
                r"fecha(?: de (?:la )?(?:consulta|visita|nota|atenci[oó]n|evaluaci[oó]n))?)")
_LABELLED_DATE = re.compile(rf"^\s*{_VISIT_LABEL}\s*[:#.]?\s*", re.IGNORECASE)
# a label no other date has ("DOS 08/19/2026" in a header line) needs no colon
# (s81: and a consult's or a screen's: "Date of consult: 09/28/2026", "Date of screen: 11/03/2026")
_SERVICE_LABEL = (r"(?:date of (?:visit|service|encounter|consultation|consult|evaluation|examination|exam|"
                  r"assessment|interview|screen(?:ing)?)|(?:examination|exam|assessment|screen(?:ing)?|consult) date|"
                  r"visit date|encounter date|"
                  r"service date|consultation date|evaluation date|DOS)")
_LABEL_IN_LINE = re.compile(rf"(?<![\w-]){_VISIT_LABEL}\s*[:#]\s*|(?<![\w-]){_SERVICE_LABEL}\s+(?=\d)|"
                            r"(?:visit|follow-up|evaluation|consultation|session|note|assessment|intake)\s+[-–—]\s+|"
                            # a numbered session's or visit's heading: "Session 6 of 16 - 08/12/2026", "Session 1
                            # (intake) - ...", "Visit 2 - 10/06/2026 - Medication management follow-up"
                            # (an advice line's "CALL 2 - 09/10/2026 09:05 - RN ...": a numbered call)
                            r"^(?:session|visit|encounter|appointment|contact|entry|call)\s+#?\d{1,3}"
                            r"(?:\s+of\s+\d{1,3})?"
                            r"\s*(?:\([^()]{1,20}\)\s*)?[-–—:]\s*|"
                            # (s82) ... with its day in brackets: "Session 14 (11/18/2026)", "Visit 3 (03/02/2026,
                            # telehealth)"
                            r"^(?:session|visit|encounter|appointment)\s+#?\d{1,3}(?:\s+of\s+\d{1,3})?\s*\((?=\d)",
                            re.IGNORECASE)
_VISIT_AFTER = re.compile(r"\s*[-–—:]\s*(?:f/u|follow[- ]?up|visit|progress note|med(?:ication)? check|OV)\b",
                          re.IGNORECASE)
_DECORATION = re.compile(r"^[\s=*#~_-]{2,}|[\s=*#~_-]{2,}$")  # "--- 2025-03-11 ---", "=== 03/03/2026 ==="
_NOT_VISIT = re.compile(r"birth|nacimiento|\bDOB\b|printed|signed|faxed|received|generated|prepared", re.IGNORECASE)
_BIRTH = re.compile(r"(?:\bDOB|birth|born|D\.O\.B\.?)\W{0,3}$", re.IGNORECASE)


# a log's entry opened by its day and who wrote it: "06/19/2026 (Dr. Ames): ...", "2026-06-19 - RN:", or by its day
# across a column gap, a call log's table read as lines: "01/20/2026    Mood     PHQ-9 17. ..."
# (s72) or by its day and the visit's kind, the rest of the visit on the same line: "02/10/2026 video visit. PHQ-9
# 19. Started ... today.", "2026-01-14 consulta telefónica: ..."
_VISIT_KIND = re.compile(r"\s*[-–—]?\s*(?:(?:video|phone|telephone|telehealth|virtual|office|clinic|home|in-person|"
                         r"follow[- ]?up|return|nurse|NP|MD|med(?:ication)?(?: check)?)\s+)?"
                         r"(?:visit|call|encounter|appointment|appt|consult(?:ation)?|check-in)\b|"
                         r"\s*[-–—]?\s*(?:consulta|visita|cita|llamada)\b", re.IGNORECASE)
_ENTRY_OPENS = re.compile(r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})(?:\s*(?:\([^()]{1,40}\)\s*)?"
                          r"(?:[:–—]\s|(?<=\S)\s{3,}\S)|" + _VISIT_KIND.pattern + r")", re.IGNORECASE)


def visit_date(line: str, *, wrapped: bool = False) -> date | None:
    """The date a line opens a note with ("March 3, 2026 · Follow-up", "Date of visit: 03/03/2026", "Follow-up
    visit - 08/05/2026 - ...", "PATIENT: ... DOB: ... VISIT: 11/03/2026"), or None."""
    from appeal_kit.notes.dates import find_dates

    stripped = _DECORATION.sub("", line).strip()
    if not stripped or len(stripped) > 160 and not _ENTRY_OPENS.match(stripped):
        return None  # (a long line is prose, unless a log's entry opens it: "06/19/2026 (Dr. Ames): ...")
    label = _LABELLED_DATE.match(stripped)
    rest = stripped[label.end():] if label else stripped
    hits = find_dates(rest[:40])
    kind = bool(hits) and bool(_VISIT_KIND.match(rest, hits[0].end))
    if wrapped and not label and not kind:
        hits = []  # a wrapped sentence may begin with a date (a visit's kind after it opens the visit all the same)
    if hits and hits[0].start <= 2 and not _NOT_VISIT.search(stripped[:hits[0].start + (label.end() if label else 0)]) \
            and (not re.match(r"\s*,?\s*[a-z]", rest[hits[0].end:]) or kind):
        # ("02/07/2023, when his PHQ-9 ..." is prose; "02/10/2026 video visit." opens the visit)
        return hits[0].value
    for m in _LABEL_IN_LINE.finditer(stripped):
        hits = find_dates(stripped[m.end():m.end() + 30])
        if hits and hits[0].start <= 1:
            return hits[0].value
    for hit in find_dates(stripped):  # a handwritten page's "01/20/2026 - f/u -": the visit the page is
        if _VISIT_AFTER.match(stripped, hit.end):
            return hit.value
    # a note's title that ends with its kind and day: "Interdisciplinary Team Note - follow-up 11/09/2026 (FICTIONAL
    # RECORD)", "Clinic note: visit 03/02/2026"
    if len(stripped) <= 100 and stripped[:1].isupper():
        for hit in find_dates(stripped):
            if _KIND_BEFORE.search(stripped[:hit.start]) and \
                    (re.fullmatch(r"\s*(?:\([^()]*\))?\s*", stripped[hit.end:]) or
                     _BY_AUTHOR.fullmatch(stripped, hit.end)) and \
                    not _NOT_VISIT.search(stripped[:hit.start]):
                return hit.value
    # a heading of its own line: "Termination summary - 08/26/2026", or an entry's kind across a column gap from its
    # day and time ("TELEPHONE ENCOUNTER          01/20/2026 10:42", an encounters report's entry)
    # a program's numbered entry: "WEEK 4 - 08/25/2026", "WEEK 12 - 10/20/2026 - PHASE II DISCHARGE", "Session 3: ..."
    if numbered := _NUMBERED_ENTRY.fullmatch(stripped):
        hits = find_dates(numbered.group(1))
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(numbered.group(1)):
            return hits[0].value
    titled = _TITLED_DATE.fullmatch(stripped) or _ENTRY_HEADING.fullmatch(stripped)
    if titled and not _NOT_VISIT.search(titled.group(1)):
        from appeal_kit.notes.lexicon import find_treatments

        hits = find_dates(titled.group(2))
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(titled.group(2)) and \
                not find_treatments(titled.group(1)):
            return hits[0].value
    return None


# the kind of note just before a title's day: "... - follow-up 11/09/2026", "... visit 03/02/2026", "Nota de
# seguimiento - 10/26/2026", a therapist's "Re-assessment 04/02/2026"
_KIND_BEFORE = re.compile(r"\b(?:follow[- ]?up|visit|encounter|progress note|team note|note|intake|"
                          r"(?:re-?)?(?:assessment|evaluation)|"
                          r"seguimiento|consulta|visita|nota|control|revisi[oó]n|evoluci[oó]n)\s*(?:visit\s*)?"
                          r"(?:on\s+|of\s+|del?\s+|[:#-]\s*)?$", re.IGNORECASE)
# (s68) or its writer after the day: "Follow-up 07/22/2026 - Dr. H. Bramley (fictional)", "Intake 05/04/2026 - K. Oduya,
# RN"
_BY_AUTHOR = re.compile(r"\s*[-–—]\s*(?:Dr\.?|Dra\.?|[A-Z]\.)\s*[A-Z][\w.' -]{0,40}?(?:,\s*[A-Z]{2,5})?\s*"
                        r"(?:\([^()]*\))?\s*")
# ("Evolución - revisión del 11/11/2026": a Spanish follow-up's heading)
# a line that is a few words of a heading and a day: "Termination summary - 08/26/2026", "Intake - 05/06/2026"
# (an infusion center's "Infusion 2 - 09/08/2026", a radiation clinic's "OTV week 2 - 10/07/2026 (fraction 8 of 35)")
_NUMBERED_ENTRY = re.compile(r"(?:[A-Z]{2,6}\s+)?(?i:week|wk|day|session|month|entry|visit|infusion|treatment|cycle)"
                             r"\s+\d{1,3}\s+[-–—:]\s+"
                             r"(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})"
                             r"(?:\s+[-–—:]\s+[A-Z][A-Z0-9 /-]{2,40})?(?:\s*\([^()]*\))?")
_TITLED_DATE = re.compile(r"([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3})\s+[-–—:]\s+(\S.{5,18})")
# the kind of note an entry is, across a column gap from its full day (and the time): a new note begins
_ENTRY_HEADING = re.compile(r"([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}\s(?i:encounter|visit|call|contact|message|note))"
                            r"\s{3,}(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?:\s?[AP]M)?)?",
                            re.IGNORECASE)


def header_row_date(line: str, next_line: str) -> date | None:
    """A header row naming a visit-date column ("Patient  DOB  MRN  Date of service") over its values: the date in
    that column of the next line."""
    from appeal_kit.notes.dates import find_dates

    cells = split_cells(line)
    cols = [pos for pos, cell in cells if re.fullmatch(_VISIT_LABEL, cell.strip(), re.IGNORECASE)]
    if not cols or len(cells) < 2:
        return None
    values = split_cells(next_line)
    for pos in cols:
        near = [text for vpos, text in values if abs(vpos - pos) <= 3]
        hits = find_dates(near[0]) if near else []
        if hits:
            return hits[0].value
    return None


# ---------------------------------------------------------------------------------------------- tables

_COLUMN_ROLES = [  # first match wins, so "fill date" is a start and "date" alone a scale table's date
    # ("Augmenting agent" is the drug added: its name column, below)
    ("added_to", r"added to|augmenting|adjunct to|augmented|base (?:drug|antidepressant|medication)"),
    # ("Day" when "Days" wraps its "s" onto the next line; "Days sup")
    # (s82: "Qty / days", a fill's quantity and its days of supply in one column: "30 / 30")
    ("days", r"days?(?: supply| sup(?:p|ply)?\.?)?|day supply|supply|d[ií]as(?: de tratamiento)?|"
             r"qty ?/ ?days?(?: supply)?|cantidad ?/ ?d[ií]as"),
    # a medication reconciliation's columns: the day of the last dose (no start or end of the trial), what the
    # admission or discharge did with the drug ("Discontinue - no benefit", "Continue"), what it is taken for
    ("last_dose", r"last (?:dose|taken|given)(?: date)?|date of last dose|last dose taken"),
    ("action", r"(?:admission|discharge|reconciliation|inpatient|transfer) (?:action|plan|decision|status|order)|"
               r"action|disposition|continue\??|continue ?/ ?(?:stop|discontinue)|status on (?:admission|discharge)"),
    ("indication", r"indications?|indicaci[oó]n(?:es)?|reason for use|used for|purpose|taken for|for|"
                   r"for ?/ ?(?:prescriber|who prescribes|prescribed by)"),
    # (a pharmacy claim's service date is the day it was filled: "Svc date")
    ("start", r"start(?:ed)?(?: date)?|date started|begin|began|from|initiated|fill(?:ed)?(?: date)?|date filled|"
              r"(?:svc|service) date|"
              r"dispensed|first fill|since|start/since|inicio|fecha de inicio|desde|"
              r"fecha de dispensaci[oó]n|dispensaci[oó]n|dispensad[oa]"),
    ("end", r"end(?:ed)?(?: date)?|stop(?:ped)?(?: date)?|date stopped|until|to|discontinued|last fill|fin|"
            r"suspensi[oó]n|fecha de (?:fin|suspensi[oó]n)|hasta"),
    # ("PHQ-9 date": the day a flowsheet's score was taken, its row's date)
    ("dates", r"(?:(?:phq-?9|madrs|ham-?d(?:-?17)?|gad-?7|score|scale|rating|assessment) )?dates?|period|when|"
              r"timeframe|time frame|year|years|visit(?: date)?|date of (?:visit|service)|DOS|"
              r"encounter(?: date)?|fechas?|periodo|per[ií]odo|a[nñ]os?"),
    ("weeks", r"weeks|duration(?: \(weeks\))?|length|how long"),
    ("name", r"(?:drug|medication|medicine)(?: name)? ?(?:/|&|and|,) ?(?:strength|dose|dosage)|"  # "Drug / strength"
             r"(?:current |prior |past |previous |home |discharge |active )?(?:medications?|drugs?|treatments?|agent|"
             r"medicine|trials?|therapy|intervention|medication or treatment|augment(?:ing|ation) agent|"
             r"medication/treatment|treatment/medication|"
             r"name|medication \(generic\)|modality|type|type of (?:therapy|treatment)|(?:therapy|treatment) type|"
             r"tratamientos?|medicamentos?|f[aá]rmacos?|medicaci[oó]n|meds? ?/ ?(?:dose|strength|dosage))"),
    ("dose", r"dose|dosage|strength|max(?:imum)? dose|target dose|sessions|dose/sessions|dose or sessions|amount|"
             r"dosis(?: m[aá]xima)?"),
    ("adverse", r"side effects?|adverse (?:effects?|events?|reactions?)|AEs?|SEs?"),
    ("outcome", r"outcome|response|result|results|reason(?: stopped)?|reason for (?:stopping|discontinuation)|"
                r"comments?|notes?|effect|why stopped|outcome/reason|response/outcome|tolerability|reason d/?c|"
                r"reason discontinued|result/reason|resultado|respuesta|motivo(?: de suspensi[oó]n)?"),
    ("qty", r"qty|quantity|refills|cantidad|unidades|envases"),
    ("prescriber", r"prescriber|provider|prescribed by|paid by|payer|pharmacy"),
]


def split_cells(line: str) -> list[tuple[int, str]]:
    """A table line's cells with their columns: split at tabs, at `|`, or at runs of 2+ spaces (pdftotext's layout
    and intake's DOCX tables keep cells apart that way)."""
    if line.count("|") >= 2:
        out, pos = [], 0
        for part in line.split("|"):
            if part.strip():
                out.append((pos + len(part) - len(part.lstrip()), part.strip()))
            pos += len(part) + 1
        return out
    return [(m.start(), m.group(0).strip()) for m in re.finditer(r"\S(?:[^\t]*?\S)??(?=\t|\s{2,}|$)", line)
            if m.group(0).strip()]


# a header cell no exact name fits is read by its words ("Drug Name", "Medication (strength)", "Response to trial")
_COLUMN_WORDS = [("adverse", r"side effect|adverse"),
                 # a patient's own list: "Why I use it" (what it is for), "Why I stopped" (the outcome)
                 ("indication", r"why (?:i|you|she|he|they|we) (?:use|take)s?\b|what (?:it'?s|it is) for"),
                 # ("How did it work / why stopped": a patient's form asks for the outcome in its own words)
                 ("outcome", r"outcome|response|reason|result|comment|effect|notes?|how did it (?:work|go)|helpful|"
                             r"did it help|"
                             r"why (?:was it |did you |(?:i|she|he|they|we) )?stop"),
                 ("dose", r"dose|dosage|strength|sessions"),
                 # "Approx. dates", "Treatment period", "Dates of treatment" (never "When started": a start)
                 ("dates", r"(?:dates|date range|period|when)\b(?!.*\b(?:start|stop|end|began|until|discontinu))"),
                 # (a day program's "Groups attended", "Sessions attended": what the patient had that day)
                 ("name", r"medication|drug|treatment|medicine|agent|therapy|intervention|"
                          r"(?:groups?|sessions?|classes|activities) attended"),
                 ("start", r"start|began|begin|initiated|from"),
                 ("end", r"stop|end|discontinu|until")]


_EXACT_ROLES = [(role, re.compile(rf"(?:{pattern})(?: ?\([^()]*\))?")) for role, pattern in _COLUMN_ROLES]


def _exact_role(cell: str) -> str | None:
    """The role a header cell names exactly ("Start", "End (mm/yy)": a bracket after the name is its unit)."""
    c = re.sub(r"\s+", " ", cell.strip().strip(":").strip()).lower()
    for role, pattern in _EXACT_ROLES:
        if pattern.fullmatch(c):
            return role
    return None


# a header word with the unit after it in brackets: "Start (mm/yy)"
_HEADER_WORD = re.compile(r"\S+(?: \([^()]*\))?")


def _run_together(pos: int, cell: str) -> list[tuple[int, str]] | None:
    """Headings a single space apart, which pdftotext and OCR join when the columns are narrow ("Start (mm/yy) End
    (mm/yy) Weeks Outcome", "Dates Amount", "Augmenting agent Added to"): the columns when the words fall into runs
    that each open with a capital and name a column, and the words together name none; the fewest runs."""
    from appeal_kit.notes.scales import scale_name

    words = [(pos + m.start(), m.group(0)) for m in _HEADER_WORD.finditer(cell)]
    if not 2 <= len(words) <= 12 or re.search(r"\d", _SCALE_IN_HEADER.sub("", cell)) or _exact_role(cell) or \
            scale_name(cell):  # (a sentence, or a row of values, is no row of headings)
        return None
    best: list[list[tuple[int, str]] | None] = [[]] + [None] * len(words)  # best[i]: the first i words as columns
    for i in range(1, len(words) + 1):
        for j in range(max(0, i - 3), i):
            run = " ".join(w for _, w in words[j:i])
            named = _exact_role(run) or scale_name(run) or \
                ("/" in run and any(_exact_role(p) for p in run.split("/"))) or \
                (j == 0 and _SESSION_NUMBER_HEAD.fullmatch(run)) or (i - j == 2 and _WRITERS_NOTE.fullmatch(run))
            before, now = best[j], best[i]
            if before is not None and words[j][1][0].isupper() and named and \
                    (now is None or len(before) + 1 < len(now)):
                best[i] = [*before, (words[j][0], run)]
    got = best[-1]
    return got if got and len(got) >= 2 else None


# (s80) a session grid's first heading, its sessions' numbers ("Session Date PHQ-9 Tech note"), and its last, what
# whoever gave the session wrote ("Tech note", "RN comments", "MD notes")
_WRITERS_NOTE = re.compile(r"[A-Z][\w.]{0,11} (?:notes?|comments?)", re.IGNORECASE)


def _capital_words(pos: int, cell: str) -> list[tuple[int, str]] | None:
    """Headings a single space apart that name no column as runs (a device's or a lab log's "Output (mA) Freq (Hz)
    Pulse (us) On/Off", "Level (mmol/L) Creatinine TSH PHQ-9 Note"): one column a word, each with the unit in
    brackets after it, when every word opens with a capital and the words together name no column; else None."""
    from appeal_kit.notes.scales import scale_name

    words = [(pos + m.start(), m.group(0)) for m in _HEADER_WORD.finditer(cell)]
    if not 3 <= len(words) <= 8 or _exact_role(cell) or scale_name(cell) or \
            re.search(r"\d", _SCALE_IN_HEADER.sub("", re.sub(r"\([^()]*\)", "", cell))) or \
            not all(w[0].isupper() for _, w in words) or any(len(w.split(" ")[0]) > 14 for _, w in words):
        return None
    return words


def _role(cell: str) -> str | None:
    if role := _exact_role(cell):
        return role
    c = re.sub(r"\s+", " ", cell.strip().strip(":").strip()).lower()
    if len(c) <= 40:
        for role, words in _COLUMN_WORDS:
            if re.search(rf"\b(?:{words})", c):
                return role
    return None


Header = list[tuple[int, str, "str | None"]]
_MEASURE = re.compile(r"(?:measures?|scales?|instruments?|assessments?|scores?|tests?|ratings?|rating scales?|"
                      r"questionnaires?|outcome measures?|screens?|screening)", re.IGNORECASE)


_SCALE_IN_HEADER = re.compile(r"\b(?:PHQ-?9|GAD-?7|HAM-?D(?:-?17)?)\b", re.IGNORECASE)  # "PHQ-9 date": no value


def table_header(line: str) -> Header | None:
    """The columns of a trials, pharmacy-fill or rating-scale table when `line` is its header row: [(column,
    cell, role)], role None for a column we do not read; else None."""
    from appeal_kit.notes.scales import scale_name

    cells = []
    for pos, cell in split_cells(line):
        # two headings a single space apart ("Sess Date"): the last word is a column of its own when only it is named
        first, _, last = cell.rpartition(" ")
        if first and _role(cell) is None and not scale_name(cell) and _role(last) == "dates":
            cells += [(pos, first), (pos + len(first) + 1, last)]
        elif apart := _run_together(pos, cell):
            cells += apart
        elif pos and "|" not in line and (apart := _capital_words(pos, cell)):
            cells += apart  # (not a line's first cell, a title's words; not a table drawn with bars: apart already)
        else:
            cells.append((pos, cell))
    if len(cells) < 2:
        return None
    roles = []
    for pos, cell in cells:
        role = _role(cell)
        if role is None and scale_name(cell):
            role = "scale"
        roles.append((pos, cell, role))
    dated = [(pos, cell) for pos, cell, _ in roles[1:] if _date_in(cell)]
    if len(dated) >= 2 and _MEASURE.fullmatch(roles[0][1].strip()):  # "Measure  Baseline 01/06/2025  End 02/28/2025"
        return [(pos, cell, f"date:{_date_in(cell)}" if _date_in(cell) else (None if i else "scale_name"))
                for i, (pos, cell, _) in enumerate(roles)]
    if _MEASURE.fullmatch(roles[0][1].strip()) and any(r == "score" or re.fullmatch(r"(?:total )?scores?|total|result",
                                                                                  c.strip(), re.IGNORECASE)
                                                       for _, c, r in roles[1:]):
        # one score a row: "Instrument  Date  Score" over "PHQ-9  03/01/2026  19"
        return [(pos, cell, "scale_name" if i == 0 else "score" if re.fullmatch(
            r"(?:total )?scores?|total|result", cell.strip(), re.IGNORECASE) else role if role == "dates" else None)
                for i, (pos, cell, role) in enumerate(roles)]
    if any(re.search(r"\d", _SCALE_IN_HEADER.sub("", cell)) for _, cell, role in roles if role and role != "scale"):
        return None  # a row of values ("CBT  14 sessions  09/2018 - 01/2019"), not the names of columns
    known = [r for _, _, r in roles if r]
    if "name" in known and len(set(known) - {"name"}) >= 1 and len(known) >= 2:
        return roles
    if len(roles) >= 4 and _SESSION_NUMBER_HEAD.fullmatch(roles[0][1].strip()) and roles[1][2] == "dates" and \
            "dose" in known:
        # a log of one treatment's sessions, numbered: "No.  Date  Dose  BP pre  BP peak  Sedation  Notes" (an
        # in-office esketamine log; the treatment is the one its title names)
        return roles
    if "scale" in known and ("dates" in known or "start" in known) and len(known) >= 2:
        return roles
    return None


# (an accelerated course numbers its days, several sessions a day: "Day  Date  Sessions  Note")
_SESSION_NUMBER_HEAD = re.compile(r"(?:no\.?|#|n[oº]\.?|session(?: no\.?| #)?|sess\.?|inf\.?|infusion(?: #)?|tx(?: #)?|"
                                  r"treatment(?: no\.?| #)?|day(?: no\.?| #)?)", re.IGNORECASE)


def _date_in(cell: str) -> str | None:
    from appeal_kit.notes.dates import find_dates

    hits = find_dates(cell)
    return hits[0].value.isoformat() if len(hits) == 1 else None


# a row's first cell that opens with a date and goes on in words: "03/2015 Celexa 20mg" under "Date  Med / dose"
_DATE_FIRST = re.compile(r"\d{1,4}[/.-]\d{1,4}(?:[/.-]\d{2,4})?(?![\d/])")
_DATE_THEN_WORDS = re.compile(r"(?P<date>\d{1,4}[/.-]\d{1,4}(?:[/.-]\d{2,4})?[_.,-]*)\s+(?P<rest>[A-Za-z].*)")


def _date_apart(cells: list[tuple[int, str]], roles: list[str | None]) -> list[tuple[int, str]]:
    """A table whose first column is a date: the date is its own cell. OCR and some layouts leave one space between
    a narrow date column and the next ("03/2015 Celexa 20mg       start"), which reads as one cell."""
    if not cells or not roles or roles[0] not in ("dates", "start") or len(cells) >= len(roles):
        return cells
    m = _DATE_THEN_WORDS.fullmatch(cells[0][1])
    if m is None:
        return cells
    return [(cells[0][0], m.group("date")), (cells[0][0] + m.start("rest"), m.group("rest")), *cells[1:]]


# (s80) what a cell of a narrow grid holds, by its column's role, when the cells stand a single space apart: a day, a
# number or a dash for none; a dose with its unit; a drug's name, the words up to the next column's value
_GRID_DAY = r"\d{1,4}(?:[/.-]\d{1,4}){1,2}|[-–—]"
_GRID_CELL = {"dates": _GRID_DAY, "start": _GRID_DAY, "end": _GRID_DAY, "scale": r"\d{1,2}|[-–—]|n/?a",
              "dose": r"\d+(?:\.\d+)?\s?(?:mg|mcg|g|mL)(?:/day)?|[-–—]", "name": r"[A-Za-z][^\d|]*?",
              None: r"\d{1,4}|[-–—]"}


def _values_apart(cell: tuple[int, str], header: Header) -> list[tuple[int, str]] | None:
    """(s80) A row of a grid whose headings stand a single space apart ("Session Date PHQ-9 Tech note", "Date Drug
    Dose PHQ-9 Note"), its cells a single space apart too ("6 01/19/2026 20 tolerated", "03/31/2026 levomilnacipran
    ER 80 mg 17 mild sweating, tolerated"): each column before the last its value as the column's role holds it
    (`_GRID_CELL`), the last column the rest of the line; None when the row does not open that way."""
    roles = [role for _, _, role in header]
    if any(role not in _GRID_CELL for role in roles[:-1]):
        return None
    pattern = r"\s+".join(f"({_GRID_CELL[role]})" for role in roles[:-1]) + r"(?:\s+(\S.*))?"
    pos, text = cell
    m = re.fullmatch(pattern, text)
    if m is None:
        return None
    return [(pos + m.start(k), m.group(k)) for k in range(1, len(roles) + 1) if m.group(k)]


def _bar_cells(line: str) -> list[str]:
    """A line's cells between its bars, the empty ones too (a line framed by bars, "| a | b |", has two)."""
    parts = [p.strip() for p in line.strip().split("|")]
    return parts[1:-1] if line.strip().startswith("|") and line.strip().endswith("|") else parts


def _row_cells(header: Header, cells: list[tuple[int, str]], by_index: bool,
               extents: list[tuple[int, int]] | None = None) -> list[str]:
    """A row's text in each column. A row with a cell in every column is read in order; one with empty cells by
    where its cells stand: under the column whose extent (`extents`: from its header and the full rows read so far,
    so a centred or right-aligned column is where its values are, not where its heading starts) the cell overlaps
    most, else the nearest; without extents, under the heading that starts at or before it."""
    texts = [""] * len(header)
    for i, (pos, text) in enumerate(cells):
        if by_index:
            col = i
        elif extents:
            end = pos + len(text)
            col = max(range(len(extents)), key=lambda k: (min(end, extents[k][1]) - max(pos, extents[k][0]),
                                                          -abs((pos + end) / 2 - sum(extents[k]) / 2)))
        else:
            col = max((k for k, (hpos, _, _) in enumerate(header) if hpos <= pos + 3), default=0)
        texts[col] = f"{texts[col]} {text}".strip()
    return texts


_DATE_COLUMNS = ("start", "end", "dates")


def _dates_run_in(texts: list[str], roles: list[str | None]) -> None:
    """A row's empty date column takes the dates written in the cell before it: pdftotext and OCR close a narrow gap
    between columns to one space, so "100 mg 03/25" stands under "Dose" and nothing under "Start", "CBT (individual)
    2019" under "Treatment" and nothing under "Dates". Never from an outcome's cell ("Good response, lost 2021")."""
    from appeal_kit.notes.dates import find_when

    for k, role in enumerate(roles):
        if role in _DATE_COLUMNS and texts[k] and k + 1 < len(texts) and not find_when(texts[k]) and \
                re.fullmatch(r"\d+(?:\.\d+)?\s*(?:sessions|treatments|infusions|visits|mg|mcg)\b.*", texts[k]) and \
                k and find_when(texts[k - 1]) and roles[k - 1] not in (*_DATE_COLUMNS, "outcome", "adverse"):
            # (the row's cells shifted one column left when a gap closed: "TMS, left DLPFC 10 Hz 2021 | 36 sessions |
            # no response" under "Treatment | Dates | Dose or course Result": the amount goes right, the dates in)
            texts[k + 1] = f"{texts[k]} {texts[k + 1]}".strip()
            texts[k] = ""
        if role not in _DATE_COLUMNS or texts[k] or (role == "end" and k and roles[k - 1] == "start"):
            continue
        left = next((j for j in range(k - 1, -1, -1) if texts[j]), None)
        if left is None or roles[left] in (*_DATE_COLUMNS, "outcome", "adverse", "weeks"):
            continue
        whens = find_when(texts[left])
        if not whens or len(whens) > 2 or (len(whens) == 2 and not re.fullmatch(
                r"\s*(?:(?:[-–—]|to|through|until)\s*)?", texts[left][whens[0].end:whens[1].start])):
            continue
        a, b = whens[0].start, whens[-1].end
        if not texts[left][:a].strip():
            continue  # the cell is its dates alone: it stands where it is
        cell = texts[left]
        texts[left] = f"{cell[:a].rstrip()} {cell[b:].lstrip()}".strip()
        if role == "start" and len(whens) == 2 and k + 1 < len(roles) and roles[k + 1] == "end" \
                and not texts[k + 1]:
            texts[k], texts[k + 1] = cell[a:whens[0].end], cell[whens[1].start:b]
        else:
            texts[k] = cell[a:b]
        return


def _widen(extents: list[tuple[int, int]], header: Header,
           cells: list[tuple[int, str]]) -> list[tuple[int, int]] | None:
    """Column extents widened by a full row's cells (one a column, in order), or None when the row does not fit its
    headings: a cell whose middle is nearer another heading's middle than its own (two cells run together and the
    rest shifted by one)."""
    middles = [pos + len(cell) / 2 for pos, cell, _ in header]
    for i, (pos, text) in enumerate(cells):
        mid = pos + len(text) / 2
        if min(range(len(middles)), key=lambda k: abs(middles[k] - mid)) != i:
            return None
    return [(min(a, pos), max(b, pos + len(text))) for (a, b), (pos, text) in zip(extents, cells)]


# ---------------------------------------------------------------------------------------------- prose

_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "approx", "no", "st", "jr", "sr", "etc", "p.o", "b.i.d",
                  "t.i.d", "q.d", "pt", "hx", "dx", "rx", "tx", "mo", "mos", "wk", "wks", "yr", "yrs", "min", "max",
                  "a.m", "p.m", "inc", "fig", "ca", "cf", "sept", "oct", "nov", "dec", "jan", "feb",
                  "mar", "apr", "jun", "jul", "aug"}
# a line that ends with a scale's label and its colon: the score is on the next line
_SCALE_LABEL_ENDS = re.compile(r"\b(?:PHQ-?9|GAD-?7|MADRS|HAM-?D(?:-?17)?|C-?SSRS|NRS)\b[^.:;]{0,20}:\s*$",
                               re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·◦▪‣]|\d{1,2}[.)]|\(?[a-z][.)])\s+")
# dot leaders of a fixed-width list: "sertraline ...... 200 mg", "lithium 300 mg . 2 tabs"
_LEADERS = re.compile(r"\s?\.{3,}\s?|(?<=\S) \. (?=\S)")
# a form's boxes, whatever the mark: ticked "[X]", "[x]", "(X)", "{X]" (OCR), "☒", "☑", "✔", a quoted "X"; empty "[ ]",
# "[]", "( )", "☐", "{ ]" (OCR). `form_boxes` writes each as "☒" or "☐" in the same number of characters, so every
# rule that reads a form's answers (a treatment's, an outcome's, the suicidality's) reads one mark of each kind
_BOX_TICKED = re.compile(r"[☒☑✓✔]|[\[{(]\s?[xX✓✔✗]\s?[\]})]|(?<![\w\"])\"[xX]\"(?![\w\"])")
_BOX_EMPTY = re.compile(r"[☐□]|[\[{]\s?[.\s]?\s?\]|\(\s?\)")
_ANY_BOX = re.compile(f"{_BOX_TICKED.pattern}|{_BOX_EMPTY.pattern}")


def form_boxes(text: str) -> str:
    """`text` with each of a form's boxes written "☒" (ticked) or "☐" (empty), padded before it to its own length."""
    if not any(c in text for c in "☒☑✓✔☐□[{(\"") or not _ANY_BOX.search(text):
        return text
    text = _BOX_TICKED.sub(lambda m: "☒".rjust(len(m.group(0))), text)
    text = _BOX_EMPTY.sub(lambda m: "☐".rjust(len(m.group(0))), text)
    # a question's row of short choices where only the chosen one is marked, set apart by wide gaps ("Current SI?
    # Passive   Active   "X" Denies"): each other choice is an empty box
    return _UNMARKED_CHOICES.sub(_unmarked_choices, text) if "?" in text and "☒" in text else text


_UNMARKED_CHOICES = re.compile(r"(?<=\?)(?: {2,}[^\s:?][^:?\n]{0,30}?(?= {2,}|$))+", re.MULTILINE)


def _unmarked_choices(m: re.Match) -> str:
    choices = m.group(0)
    if "☒" not in choices or "☐" in choices:
        return choices
    # the last space of each gap before a choice that has no mark becomes its empty box
    return re.sub(r"(?<= ) (?=[^\s☒])", "☐", choices)


_CHECKBOX = re.compile(r"^\s*[☐☒■]")  # a form's line that opens with its box (`form_boxes`): an item
_LABEL_LINE = re.compile(r"^[A-Z][\w /#&()-]{0,30}:\s")  # "Patient: ...", "S: ...", "Interval: ..."
# a form's line that the line before does not run into: its section's heading ("Section F. Other treatments", which
# the next line continues: "Section I. Request" | "Esketamine 56 mg ...") or a question its boxes answer ("Lithium
# trial? [ ] Yes [X] No", a line of its own): joined to the line before, it would run into that line's answer or
# bring a page's title ("Prior Authorization Request: ...") into its own
_FORM_SECTION = re.compile(r"^Section\s+[A-Z0-9]{1,3}[.:]\s")
_FORM_QUESTION = re.compile(r"^[A-Z][^?.;]{0,60}\?\s*[☐☒■]")  # (`form_boxes`)
# a transcript's turn: "[01:12] PT: Effexor, 225." (a time stamp and a speaker): each turn is a paragraph of its own
_TURN = re.compile(r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+[A-Z][\w.]{0,15}(?: [A-Z][\w.]{0,15})?:\s")
_RULE = re.compile(r"^\s*[=*#~_-]{5,}\s*$")  # a line drawn between a log's entries: "-------", "======="


def _is_title(text: str) -> bool:
    """A line that is a heading: a section's name alone, or a title in capitals."""
    letters = [c for c in re.sub(r"\([^()]*\)", "", text) if c.isalpha()]  # ("PAST HISTORY (per daughter)")
    if len(text) <= 80 and len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return True
    parts = [part for part in re.split(r"\s*/\s*", text) if part]
    return bool(section_of(text, alone=True)) or (len(parts) > 1 and all(section_of(part) for part in parts))


_HEADING = re.compile(r"^\s*(?P<head>[A-Za-z][A-Za-z /&-]{0,40}?)\s*(?:[:.]\s+|[:.]?\s*$|\s[-–—]\s)")


def sentences(paragraph: str) -> list[str]:
    """A paragraph cut into sentences, not after "Dr." or "vs." or inside "b.i.d."."""
    out, start = [], 0
    # a form's question keeps its answer: "Prior ECT?  No - declined" is one statement, and so is a question with its
    # answer across a form's column gap ("Current suicidal ideation?      Passive thoughts..."); a "?" before a number
    # is a scan's stray mark or a doubt ("sertraline ? 2019"), no sentence's end; nor is a question whose boxes answer
    # it on its line ("Current SI?  Passive   Active   "X" Denies")
    # (a sentence may end inside its closing quote: "he was 'back to himself.' His ...")
    # (a transcript's time stamp after a full stop opens the next sentence: "... escitalopram. [00:01:26] DR. A: ...")
    for m in re.finditer(r"(?:[.!](?:['’\"”](?=\s))?(?=\s+(?:[\"'(]?[A-Z0-9]|\[\d))|"
                         r"\?(?!\s+(?:Yes|No|None|N/?A|Y|N)\b|\s{3,}|[^\n]*☒)(?=\s+[\"'(]?[A-Z]))",
                         form_boxes(paragraph)):
        word = re.search(r"([\w.]+)$", paragraph[start:m.start()])
        # (an initial, "J. Smith", or a list's number, "1. Citalopram", ends no sentence; a score does: "was 7. Since")
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1 and (
                word.group(1).isalpha() or not paragraph[start:word.start()].strip())) and \
                not re.search(r"\d\s*(?:ms|min|mo|mos|wk|wks|yr|yrs)$", paragraph[start:m.start()]):
            continue  # (but "QTc 498 ms." and "for 6 wks." end their sentences)
        out.append(paragraph[start:m.end()].strip())
        start = m.end()
    out.append(paragraph[start:].strip())
    out = [s for s in out if s]
    # a sentence that only stops ("Quit.", "So she stopped it.") finishes the one before: "No better. Quit."
    for k in range(len(out) - 1, 0, -1):
        if _BARE_STOP.fullmatch(out[k]):
            out[k - 1:k + 1] = [f"{out[k - 1]} {out[k]}"]
    return out


_BARE_STOP = re.compile(r"(?:(?:so|and|then)\s+)?(?:(?:she|he|I|we|they)\s+)?(?:stopped|quit|d/c'?d)(?:\s+it)?\s*[.!]",
                        re.IGNORECASE)


def heading(text: str) -> tuple[str | None, str]:
    """(the section a sentence opens, the sentence without its heading): "Plan: start X" -> ("plan", "start X")."""
    kind, rest, _ = labelled(text)
    return kind, rest


_INSURANCE = re.compile(r"\b(?:member|subscriber|HMO|PPO|EPO|Medicare|Medicaid|Advantage|insurance|health plan|"
                        r"group (?:no|number|#))\b", re.IGNORECASE)


# a label that opens its line, up to its colon: the form's next question ("Medicines for depression, with dates:")
_LIST_LABEL = re.compile(r"^[A-Z][^:.]{2,80}(?=:)")
# what such a question asks for: the medicines or treatments taken
_MEDICINES_ASKED = re.compile(r"\b(?:medicines?|medications?|meds|drugs|antidepressants|treatments|pills|"
                              r"prescriptions|medicamentos|medicinas|f[aá]rmacos|tratamientos)\b", re.IGNORECASE)
# an allergy label's whole answer when there is none: "NKDA", "NKA", "No known drug allergies", "None"
_NONE_KNOWN = re.compile(r"\W*(?:NKDA|NKA|none(?: known)?|no known (?:drug )?allergies|nil)\W*", re.IGNORECASE)


def labelled(text: str) -> tuple[str | None, str, str | None]:
    """heading() and the heading's own words."""
    m = _HEADING.match(text)
    if m and len(m.group("head")) == 1 and not text[m.end("head"):].lstrip().startswith(":"):
        m = None  # a SOAP note's "P:" opens its plan; "P. Nakamura, MD" is a name
    if m:
        kind = section_of(m.group("head"))
        if m.group("head").strip().lower() == "plan" and _INSURANCE.search(text[m.end():m.end() + 80]):
            kind = None  # "Plan: Brightwater Health Alliance HMO   Member ...": the patient's health plan
        if kind:
            return kind, text[m.end():].strip(), m.group("head")
    return None, text, None


# a file's first lines that say it goes on from another: "Medication profile, page 2", "(continued)"
_LATER_PAGE = re.compile(r"\bpage\s+(?:[2-9]|1\d)\b(?!\s*/)|\((?:cont(?:inued|'d)?)\)", re.IGNORECASE)


def carry_day_first(docs: list[Document]) -> None:
    """(s81) A letter's later page kept as a file of its own ("... LETTER - page 2 - Ms W. A.", a photo a page) writes
    its dates in the order the page before it does, when its own dates do not tell ("Today (02/09/2026)" on page 2
    of a letter whose page 1 says "Dates are day/month/year")."""
    for before, doc in zip(docs, docs[1:]):
        if before.day_first and not doc.day_first and doc.pages and _LATER_PAGE.search(doc.pages[0][:300]) and \
                not writes_month_first("\n".join(doc.pages)):
            doc.day_first = True


def units(doc: Document, carried: date | None = None) -> list[Unit]:
    """The sentences and table rows of a document, page by page, with their sections and note dates. `carried`: the
    date the case's previous document ended on, which a dated log's next page without a year of its own goes on
    from (a notebook photographed a page a file), as does a printout's next page that dates nothing itself."""
    out: list[Unit] = []
    # a letter's or an intake form's date, else the date its file is named by ("followup_2026-08-19.pdf")
    note_date = (document_date(doc.pages[0]) if doc.pages else None) or file_date(doc.file)
    logged = sum(1 for page in doc.pages for line in page.split("\n") if _LOG_DAY.match(line)) >= 3
    # (s72) a log whose entries open with their full day ("01/12/26 Citalopram 20 mg - started" | "02/23/26 ..."):
    # each such line opens an entry, whatever the line before ended on (a handwritten entry seldom ends on a stop)
    day_lines = sum(1 for page in doc.pages for line in page.split("\n") if _FULL_DAY_OPENS.match(line)) >= 3
    # (s81) a chronology whose entries open with their month or year alone ("09/1979  ...", "1983     ..."): each such
    # line opens an entry of that month, which tells what was done then, as a full day's entry does
    monthly = sum(1 for page in doc.pages for line in page.split("\n") if entry_month(line)) >= 3
    if (logged or doc.pages and _LATER_PAGE.search(doc.pages[0][:300])) and note_date is None:
        note_date = carried  # (a printout photographed a page a file: "... profile, page 2" is of page 1's day)
    for page_no, page in enumerate(doc.pages, 1):
        if page_no > 1 and (day := labelled_header_date(page)):
            note_date = day  # a page of its own visit: its header names the day
        note_date = _page_units(doc, page_no, page, note_date, out, logged=logged, day_lines=day_lines,
                                monthly=monthly)
    for u in out if logged else []:
        u.entry = u.note_date is not None and not u.table
    for u in out if day_lines or monthly else []:
        u.day_entry = u.note_date is not None and not u.table and (day_lines or u.note_month is not None)
    return out


# a dated log's entry written by its month and day alone, the year the log's own: "2/11 Dad says ...", "4/21 started
# duloxetine 30 mg" (a page with three or more such lines is a log; never a score out of ten: "7/10 pain")
_LOG_DAY = re.compile(r"^\W{0,3}(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/])\s+(?![-–]?\s*\d)(?!pain\b)"
                      r"(?:[A-Za-z\"'‘’“(])")


# a log's line opened by a full day and then its words: "01/12/26 Citalopram 20 mg - started", "2026-03-02 phone
# call: ..."
_FULL_DAY_OPENS = re.compile(r"^\W{0,3}(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*[-–—:]?\s*"
                             r"(?:\([^()]{1,40}\)\s*[-–—:]?\s*)?[A-Za-z\"'‘’“]")


def _full_day_opening(line: str) -> date | None:
    """(s83) The full day a log's line opens with (`_FULL_DAY_OPENS`) when its words name a treatment, whatever their
    case: a prescription pad's "3/12/09 fluoxetine 20 mg #30" opens an entry as "01/12/26 Citalopram 20 mg" does (an
    infusion log's "04/22/2026 infusion 1 NRS before 8" names none: its course is read as a log, `dated_line_logs`)."""
    from appeal_kit.notes.dates import find_dates
    from appeal_kit.notes.lexicon import find_treatments

    if not _FULL_DAY_OPENS.match(line) or not find_treatments(line):
        return None
    hits = find_dates(line[:12])
    return hits[0].value if hits and hits[0].start <= 3 else None


def log_day(line: str, last: date | None) -> date | None:
    """The day a dated log's line opens with (`_LOG_DAY`), in the year of the log's last day `last`, or the next year
    when the month has turned back past it (a log runs forward: "12/28 ..." then "1/4 ..."); None without a `last`."""
    m = _LOG_DAY.match(line)
    if not m or last is None:
        return None
    month, day = int(m.group("m")), int(m.group("d"))
    for year in (last.year, last.year + 1):
        try:
            got = date(year, month, day)
        except ValueError:
            return None
        if got >= last - timedelta(days=31):
            return got
    return None


_VISIT_CELL = re.compile(r"(?:visit(?: date)?|date of (?:visit|service)|encounter(?: date)?|fecha de (?:la )?visita)"
                         r"\s*[:#]?\s*(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})", re.IGNORECASE)


def document_date(page: str) -> date | None:
    """The date at the top of a document (a letter's date line, an intake form's header), read from its first five
    lines; never a date of birth."""
    from appeal_kit.notes.dates import find_dates

    lines = [line for line in page.split("\n") if line.strip()][:5]
    for line in lines:
        if re.search(r"\S\s{3,}\S", line.strip()) or len(line.strip()) > 100 or line.lstrip().startswith("|"):
            # a table or the text has begun, unless the line is a form's or a sheet's header that gives the day
            # across a column gap after the patient's name ("Wendy L. (FICTIONAL)     date 11/16/2026", "For: Carla
            # N.    11/20/2026"): a full day alone in the last cell, and no medicine or dose on the line
            cells = split_cells(line)
            last = cells[-1][1] if len(cells) >= 2 else ""
            day = re.fullmatch(r"(?:(?:date|fecha)\s*[:#]?\s*)?(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})", last,
                               re.IGNORECASE)
            hits = find_dates(day.group(1)) if day else []
            if hits and len(cells) <= 3 and not _BIRTH.search(cells[-2][1]) and not _NOT_VISIT.search(line) and \
                    not re.search(r"\d\s*(?:mg|mcg|ml)\b", line, re.IGNORECASE):
                from appeal_kit.notes.lexicon import find_treatments

                if not find_treatments(line):
                    return hits[0].value
            # (s83) ... or in a cell of its own with the visit's label, whatever cells stand beside it ("Member: ...
            # MRN ...   Visit 10/14/2026   Clinic ...")
            for _, cell in cells:
                visit = _VISIT_CELL.fullmatch(cell)
                if visit and (hits := find_dates(visit.group(1))):
                    return hits[0].value
            break
        hits = find_dates(line)
        dose = re.search(r"\d\s*(?:mg|mcg|ml)\b", line, re.IGNORECASE)
        if dose and hits and dose.start() < hits[0].start:
            break  # a dose before the dates: a list's row, its dates the drug's (a photo's table that lost its bars)
        for hit in hits:
            if not _BIRTH.search(line[:hit.start]) and not _NOT_VISIT.search(line):
                return hit.value
    return labelled_header_date(page, printed=True)


# a header line's label for the day of the note: the date of service ("... DOS 08/19/2026 ..."), the day a summary was
# prepared ("... Student ID: HC-1   Prepared 10/27/2026 at the student's request"), a bare "Date:" with its colon
# ("... Record FICT-1. Date: 11/21/2026, 21:40"), or a visit label opening a sentence of the patient line ("Patient:
# ... MRN FICT-1. Visit 09/15/2026. Clinician: ...", "Seen 10/14/2026 by Dr. ...", "Fecha de la consulta: 21/10/2026");
_HEADER_LABEL = re.compile(rf"(?<![\w-])(?:{_SERVICE_LABEL}|prepared(?: on)?|date prepared|report date|"
                           rf"date of report)\s*[:#]?\s*|(?<![\w-])date\s*:\s*|"
                           # (s81: "... Released 10/20/2026. Intake 10/27/2026 with R. K., PMHNP.": the intake's day)
                           rf"(?:^|(?<=[.;|]\s))(?:visit|seen|intake|fecha(?: de (?:la )?(?:consulta|visita))?)"
                           r"\s*[:#]?\s*",
                           re.IGNORECASE)


# a printout's day ("... Rx ID FICT-1  Printed 10/30/2026  Store phone ..."): the record's own day when nothing else
# dates its first page (a later page's print date is no visit's)
_PRINTED_LABEL = re.compile(r"(?<![\w-])printed(?: on)?\s*[:#]?\s*", re.IGNORECASE)


def labelled_header_date(page: str, *, printed: bool = False) -> date | None:
    """The day a page's header lines (its first five with words) label as the note's, however long the line, or
    None: what a page of a clinic's visits opens with, each page its own visit (`printed`: or the day it was
    printed)."""
    from appeal_kit.notes.dates import find_dates

    labels = (_HEADER_LABEL, _PRINTED_LABEL) if printed else (_HEADER_LABEL,)
    head = [line.strip() for line in page.split("\n") if line.strip()][:6]
    for n, line in enumerate(head[:5]):
        for m in (m for label in labels for m in label.finditer(line)):
            # (s82: a label that ends its line, the day wrapped onto the next: "... Ward 6 West  Consult date" |
            # "10/12/2026")
            after = line[m.end():]
            if not after and n + 1 < len(head):
                after = head[n + 1]
            hits = find_dates(after[:30])
            if hits and hits[0].start == 0:
                return hits[0].value
    return None


def header_date(page: str, lines: int = 6) -> date | None:
    """The first date in a document's first lines that is no date of birth: a letterhead's or a summary's title line
    ("SUMMARY FOR APPEAL ..., 11/19/2026"), read past a patient line laid out in columns, which document_date stops
    at. What `check` offers as the date a record was written, for the person to confirm."""
    from appeal_kit.notes.dates import find_dates

    for line in [line for line in page.split("\n") if line.strip()][:lines]:
        for hit in find_dates(line):
            if not _BIRTH.search(line[:hit.start]):
                return hit.value
    return None


_STAY = re.compile(r"(?<![\w-])(?P<what>admitted|admission date|date of admission|admission|discharged|"
                   r"discharge date|date of discharge|discharge)\s*(?:on\s+)?[:#]?\s*", re.IGNORECASE)


def hospital_stay(doc: Document) -> dict[str, date]:
    """The admission and discharge dates a discharge summary gives ("Admitted 10/02/2026 Discharged 10/16/2026"):
    what "PHQ-9 26 on admission" is dated by."""
    from appeal_kit.notes.dates import find_dates

    out: dict[str, date] = {}
    for page in doc.pages:
        for m in _STAY.finditer(page):
            hits = find_dates(page[m.end():m.end() + 30])
            if hits and hits[0].start == 0:
                out.setdefault("discharge" if "discharg" in m.group("what").lower() else "admission", hits[0].value)
    return out


_FILE_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>0[1-9]|1[0-2])[-_.]?(?P<d>[0-2]\d|3[01])(?!\d)|"
                        r"(?<![\da-z])(?P<d2>[0-2]?\d|3[01])[-_]?(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                        r"[a-z]*[-_]?(?P<y2>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def file_date(name: str) -> date | None:
    """The date a document's file is named by ("progress_note_2026-11-20.txt", "note_12nov2026.pdf"), or None."""
    from appeal_kit.intake.deadlines import MONTHS

    m = _FILE_DATE.search(Path(name).stem)
    if not m:
        return None
    try:
        if m.group("y"):
            return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return date(int(m.group("y2")), MONTHS[m.group("mon").lower()], int(m.group("d2")))
    except ValueError:
        return None


_OCR = ("pdf-ocr", "pdf-mixed", "image-ocr")
# the end of a line whose sentence goes on to the next: a comma, a dash, a word that needs what follows
_GOES_ON = re.compile(r"(?:[,;:(/&+–—-]|\b(?:and|or|to|of|with|for|in|on|at|the|a|an|from|by|after|before|than|but|"
                      r"was|were|is|are|had|has|have|her|his|their|its|no|not|per|via|then|as|into|over|under|"
                      r"tried|taken|never|declined|refused|refuses|declines|denies|consider|considering|discussed|"
                      r"start|started|continue|continued|stop|stopped|plus|including|like|such as|"
                      r"Dr\.|Mr\.|Mrs\.|Ms\.))\s*$", re.IGNORECASE)
# ... unless that word is a verb the item has already finished with: "Bupropion 2024 - anxious, stopped", "was stopped"
_ENDS_ITEM = re.compile(r"(?:[,;–—-]|\b(?:was|were|been|got|then))\s*(?:tried|taken|declined|refused|stopped|started|"
                        r"continued|discontinued)\s*$|"
                        # ... or the idiom of a gain lost: "then back where I started"
                        r"\bwhere\s+(?:I|she|he|they|we)\s+(?:had\s+)?started\s*$", re.IGNORECASE)
_CONTINUES = re.compile(r"\s*[a-z0-9(]")  # a line that goes on with a sentence: lower case, a number


def next_text(lines: list[str], i: int) -> str:
    """The next line with words on it after lines[i]."""
    return next((line for line in lines[i + 1:] if line.strip()), "")


# a CSV export's header row: four or more column names between commas ("contact_date,contact_type,phq9_total,...")
_CSV_HEAD = re.compile(r"^\s*[A-Za-z][\w ./#-]*(?:,[A-Za-z][\w ./#-]*){3,}\s*$")


def csv_as_log(lines: list[str]) -> list[str]:
    """A CSV export's rows ("2025-10-08,intake,19,14,1,"none","PCP started sertraline 50 mg today."") as the entries
    of a log: the row's date as the entry's heading, each score named by its column ("phq9_total": PHQ-9; an item's
    column, "phq9_item9", is no total), and the row's other words as the entry's text."""
    from appeal_kit.notes.scales import scale_name

    out: list[str] = []
    i = 0
    while i < len(lines):
        head = next(csv.reader([lines[i]])) if _CSV_HEAD.match(lines[i]) else []
        rows: list[list[str]] = []
        j = i + 1
        while head and j < len(lines) and lines[j].strip():
            cells = next(csv.reader([lines[j]]), [])
            if len(cells) != len(head):
                break
            rows.append(cells)
            j += 1
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        names = [re.sub(r"[_.]+", " ", h).strip() for h in head]
        dated = next((k for k, h in enumerate(names) if re.search(r"\bdate\b|^(?:dos|when|day)$", h, re.I)), None)
        scales = {k: scale_name(h) for k, h in enumerate(names) if not re.search(r"item|\bq\d", h, re.I)}
        for cells in rows:
            if dated is not None:
                out.append(f"--- {cells[dated].strip()} ---")
            scores = [f"{scales[k]} {c.strip()}" for k, c in enumerate(cells) if scales.get(k) and
                      re.fullmatch(r"\s*\d{1,2}\s*", c)]
            words = [c.strip() for k, c in enumerate(cells) if k != dated and not scales.get(k) and
                     not re.fullmatch(r"[\s\d.]*|none|n/?a|-", c.strip(), re.IGNORECASE)]
            for said in ([f"{'; '.join(scores)}."] if scores else []) + words:  # each cell a paragraph of its own
                out += [f"{said}{'' if said.endswith(('.', '!', '?')) else '.'}", ""]
        i = j
    return out


# an event log's column that names what each row is about ("item", "medication", "drug", "treatment", "name"), not a
# state carried at every visit ("current_med": a flowsheet, read by csv_as_log)
_CSV_SUBJECT = re.compile(r"(?:item|subject|medication|medicine|med|drug|treatment|therapy|name|what)s?", re.IGNORECASE)
_CSV_CURRENT = re.compile(r"\bcurrent|\bactive\b", re.IGNORECASE)
# a cell that says what happened to a drug: "started", "stopped", "dose up"
_CSV_ACTION = re.compile(r"(?:re)?start(?:ed)?|stop(?:ped)?|discontinued|dose (?:up|down)|increased|decreased|"
                         r"tapered|missed|skipped|taken|took", re.IGNORECASE)


def csv_events(lines: list[str]) -> tuple[list[str], list[tuple[date, str, dict[str, str]]]]:
    """A CSV export kept as a log of events ("date,entry_type,item,value,note" over "2025-10-02,medication,sertraline,
    50 mg,started - Dr. Paulsen"): the rows whose subject column names a treatment, each as (its day, the row as
    written, its cells by role: name, dose (the value), outcome (the note)), for `propose.event_rows` to join into
    trials; the other rows stay lines, a row that names a rating scale and gives a number as "PHQ-9 19" under its
    day. A CSV whose drug column holds what is taken at every row (a registry's "current_med") is no event log: the
    lines are returned as they were, for `csv_as_log`."""
    from appeal_kit.notes.dates import find_dates
    from appeal_kit.notes.lexicon import find_treatments
    from appeal_kit.notes.scales import scale_name

    out: list[str] = []
    events: list[tuple[date, str, dict[str, str]]] = []
    i = 0
    while i < len(lines):
        head = next(csv.reader([lines[i]])) if _CSV_HEAD.match(lines[i]) else []
        rows: list[tuple[str, list[str]]] = []
        j = i + 1
        while head and j < len(lines) and lines[j].strip():
            cells = next(csv.reader([lines[j]]), [])
            if len(cells) != len(head):
                break
            rows.append((lines[j].strip(), [c.strip() for c in cells]))
            j += 1
        names = [re.sub(r"[_.]+", " ", h).strip() for h in head]
        dated = next((k for k, h in enumerate(names) if re.search(r"\bdate\b|^(?:dos|when|day)$", h, re.I)), None)
        subject = next((k for k, h in enumerate(names) if _CSV_SUBJECT.fullmatch(h) and not _CSV_CURRENT.search(h)),
                       None)
        if not rows or dated is None or subject is None:
            out.append(lines[i])
            i += 1
            continue
        treated = [cells for _, cells in rows if find_treatments(cells[subject])]
        others = [cells for _, cells in rows if not find_treatments(cells[subject]) and
                  not re.fullmatch(r"[\s\d.]*|none|n/?a|-", cells[subject], re.IGNORECASE)]
        acted = [cells for cells in treated
                 if any(_CSV_ACTION.match(c) for k, c in enumerate(cells) if k not in (dated, subject))]
        if len(treated) < 2 or not (len(others) >= 2 or acted):
            out.append(lines[i])  # (not an event log: csv_as_log reads it)
            i += 1
            continue
        value = next((k for k, h in enumerate(names) if re.fullmatch(r"value|dose|amount|score|result", h, re.I)),
                     None)
        note = next((k for k, h in enumerate(names) if re.fullmatch(r"notes?|comments?|details?|text|entry", h, re.I)),
                    None)
        action = next((k for k, h in enumerate(names) if re.fullmatch(r"action|event|status|change", h, re.I)), None)
        for line, cells in rows:
            day = find_dates(cells[dated])
            if not day:
                continue
            when = day[0].value
            what = cells[subject]
            if find_treatments(what):
                got = {"name": what}
                if value is not None and cells[value]:
                    got["dose"] = cells[value]
                if action is not None and cells[action]:
                    got["action"] = cells[action]
                if note is not None and cells[note]:
                    got["outcome"] = cells[note]
                events.append((when, line, got))
                continue
            said = []
            if scale_name(what) and value is not None and re.fullmatch(r"\d{1,2}", cells[value]):
                said.append(f"{scale_name(what)} {cells[value]}.")
            words = [c for k, c in enumerate(cells) if k not in (dated, value) and c and not (scale_name(what) and
                     k == subject) and not re.fullmatch(r"[\s\d.]*|none|n/?a|-", c, re.IGNORECASE)]
            if note is not None and cells[note]:
                said.append(cells[note] + ("" if cells[note].endswith((".", "!", "?")) else "."))
            elif words and not said:
                said.append(" ".join(words) + ".")
            out += [f"--- {cells[dated]} ---", *said, ""]
        i = j
    return out, events


# a record card's line "Label:   value" ("First filled: Mar 4, 2026", "Dates (weeks at max dose):   02/2024 to ...")
_CARD_LABEL = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z /()'.,-]{1,45}?)\s*:\s+(?P<value>\S.*?)\s*$")
# a card's status line after its labels: "Active - 3 refills left", "Not picked up - returned to stock Jun 29, 2026"
_CARD_STATUS = re.compile(r"^\s*(?:active|inactive|not picked up|discontinued|expired|completed|on hold|cancel+ed|"
                          r"never (?:filled|picked up)|returned to stock)\b", re.IGNORECASE)
# a card label's role where the table's column names do not say it: a pharmacy card's fills
_CARD_ROLES = [("name", re.compile(r"(?:medication|drug|medicine|treatment|agent)\b.*", re.IGNORECASE)),
               ("start", re.compile(r"first fill(?:ed)?|filled once|date filled|filled|start(?:ed)?(?: date)?|began",
                                    re.IGNORECASE)),
               ("end", re.compile(r"last fill(?:ed)?|stopped|ended|end date|date stopped", re.IGNORECASE)),
               ("prescribed", re.compile(r"prescribed|written|ordered", re.IGNORECASE)),
               ("outcome", re.compile(r"improvement.*|benefit|reason stopped.*|comments?|response|outcome|"
                                      r"why stopped.*", re.IGNORECASE))]


def _card_role(label: str) -> str | None:
    for role, pattern in _CARD_ROLES:
        if pattern.fullmatch(label.strip()):
            return role
    return _role(label)


def cards_as_table(lines: list[str]) -> list[str]:
    """Record cards, one a trial or a prescription: a title line ("Trial 2", "Duloxetine DR 60 mg capsule") and its
    "Label: value" lines ("Medication / max daily dose: duloxetine 60 mg", "Dates: 07/2024 to 12/2024", "Reason
    stopped / comments: no benefit", "First filled: Oct 4, 2025", "Last filled: Feb 6, 2026 - 30 days") with a status
    line after them ("Inactive - discontinued by prescriber"): a research form's treatment-history blocks, a pharmacy
    app's cards. Two or more cards in a row of a drug the treatments table knows become a table, a card a row
    ("Medication | Dose | Start | End | Dates | Outcome"), so each card is read as one trial: its dates, its outcome,
    its status (an active card is still taken; "Not picked up" was never dispensed). Other lines stay as they are."""
    from appeal_kit.notes.lexicon import find_treatments

    out: list[str] = []

    def card_at(i: int) -> tuple[dict[str, str], int] | None:
        """The card whose title is lines[i], and the index after it; None when lines[i] opens none."""
        title = lines[i].strip()
        if not title or _CARD_LABEL.match(lines[i]) or len(title) > 60:
            return None
        j, labels, status, got = i + 1, 0, [], {"title": title}
        if j < len(lines) and lines[j].strip() and not _CARD_LABEL.match(lines[j]):
            j += 1  # (one line between the title and its labels: "Rx FICT-4471822 - Dr. M. Ruiz")
        while j < len(lines) and (m := _CARD_LABEL.match(lines[j])) and "?" not in lines[j]:
            role = _card_role(m.group("label"))
            if role == "start" and re.match(r"filled once", m.group("label"), re.IGNORECASE):
                got.setdefault("end", m.group("value"))
            if role:
                got[role] = f"{got[role]}; {m.group('value')}" if role in got and role == "outcome" else \
                    got.get(role, m.group("value"))
            labels += 1
            j += 1
        while j < len(lines) and _CARD_STATUS.match(lines[j]):
            status.append(lines[j].strip())
            j += 1
        if labels < 2 and not (labels and status):
            return None
        name = got.get("name") or title
        found = find_treatments(name)
        if not found or found[0].treatment.kind in ("psychotherapy", "neuromodulation"):
            return None
        got["name"], got["status"] = name, "; ".join(status)
        return got, j

    i = 0
    while i < len(lines):
        at = card_at(i)
        run: list[dict[str, str]] = []
        k = i
        while at:
            run.append(at[0])
            k = at[1]
            while k < len(lines) and not lines[k].strip() and k + 1 < len(lines) and card_at(k + 1):
                k += 1  # (cards a blank line apart)
            at = card_at(k) if k < len(lines) else None
        if len(run) < 2:
            out.append(lines[i])
            i += 1
            continue
        out.append("Medication | Dose | Start | End | Dates | Outcome")
        for c in run:
            for key in ("name", "dose", "start", "end", "dates", "outcome", "status"):
                c[key] = re.sub(r"\s*\|\s*", " ", c.get(key, ""))
            # a card's fills: the last fill's supply is no stop while the card is active ("Active - 3 refills left")
            active = bool(re.match(r"\s*active\b", c["status"], re.IGNORECASE))
            end = "" if active else re.sub(r"\s*-\s*\d+\s*days?\b.*$", "", c["end"])
            start = re.sub(r"\s*-\s*\d+\s*days?\b.*$", "", c["start"])
            said = "; ".join(x for x in (c["outcome"], c["status"]) if x)
            out.append(" | ".join([c["name"], c["dose"] or "-", start or "-",
                                   end or ("present" if active else "-"), c["dates"] or "-", said or "-"]))
        out.append("")
        i = k
    return out


_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_GRID_MONTH = re.compile(rf"^\s*(?P<m>{'|'.join(_MONTHS)})\s+(?P<y>(?:19|20)\d\d)\s*$", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?(?=\s|$)", re.IGNORECASE)
# a grid's action before a drug's name, or after it: "start Lexapro 10mg", "1st Effexor 37.5", "last Lexapro",
# "Lexapro up to 20", "stopped Zoloft"
_GRID_BEFORE = re.compile(r"(?:\b(?:start(?:ed)?|begin|began|[1I]st|first|last|stop(?:ped)?|quit|off|d/c)\s+)$",
                          re.IGNORECASE)


def calendar_grid(lines: list[str]) -> tuple[list[str], list[tuple[date, str, dict[str, str]]]]:
    """A month's calendar page (a phone photo of a kitchen calendar: "SEPTEMBER 2026", a row of weekday names, rows of
    day numbers with what was written under each): each day's words belong to the day number above them in the same
    column. The words become notes of their day ("--- 2026-09-02 ---" | "Dr O 10am - PHQ 20 start Lexapro 10mg."), and
    each treatment they name an event of that day for `propose.event_rows` (its action the word before it: "start
    Lexapro", "1st Effexor", "last Lexapro"; a therapy's counted sessions: "CBT #3"). OCR's misread day numbers ("cn"
    for 11) are counted on from the others in their row. Lines of no grid stay as they are."""
    from calendar import monthrange

    from appeal_kit.notes.lexicon import find_treatments

    out: list[str] = []
    events: list[tuple[date, str, dict[str, str]]] = []
    i = 0
    while i < len(lines):
        month = _GRID_MONTH.match(lines[i])
        head = next((k for k in range(i + 1, min(i + 4, len(lines)))
                     if len(_WEEKDAY.findall(lines[k])) >= 5), None) if month else None
        if not month or head is None:
            out.append(lines[i])
            i += 1
            continue
        year, mon = int(month.group("y")), _MONTHS.index(month.group("m").lower()) + 1
        last_day = monthrange(year, mon)[1]
        starts = [m.start() for m in _WEEKDAY.finditer(lines[head])][:7]

        def column(pos: int, starts: list[int] = starts) -> int:
            return max((c for c, at in enumerate(starts) if at <= pos + 3), default=0)

        days: dict[int, list[str]] = {}
        current: dict[int, int] = {}
        j = head + 1
        while j < len(lines) and not re.match(r"\s*notes?\b", lines[j], re.IGNORECASE):
            cells = [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", lines[j])]
            numbers = [(column(pos), int(c)) for pos, c in cells if re.fullmatch(r"\d{1,2}", c)]
            # (a day's number stands in its weekday's column: a score written under a day, "20", is no day row)
            fits = [(c, n) for c, n in numbers if 1 <= n <= last_day and date(year, mon, n).isoweekday() % 7 == c]
            if cells and fits and len(fits) == len(numbers) and len(numbers) >= max(1, len(cells) - 2):
                # a row of day numbers: each column's day of that week (OCR's "cn" for 11 counted on from the others)
                week = fits[0][1] - fits[0][0]
                current = {c: week + c for c in range(len(starts)) if 1 <= week + c <= last_day}
            else:
                for pos, text in cells:
                    day = current.get(column(pos))
                    if day:
                        days.setdefault(day, []).append(text)
            j += 1
        for day in sorted(days):
            text = " ".join(days[day])
            when = date(year, mon, day)
            out += [f"--- {when.isoformat()} ---", text + ("" if text.endswith((".", "!", "?")) else "."), ""]
            found = find_treatments(text)
            for n, f in enumerate(found):
                nxt = found[n + 1].start if n + 1 < len(found) else len(text)
                before = _GRID_BEFORE.search(text[:f.start])
                after = text[f.end:nxt]
                # (its words: from the word before it to the next treatment's, "Effexor partly helping wants" of
                # "Dr O: Effexor partly helping wants Abilify 2 - said no (weight)")
                said = text[before.start() if before else f.start:nxt].strip(" ,;|-")
                got = {"name": text[f.start:f.end] + after[:12], "outcome": said,
                       "before": text[max(0, f.start - 30):f.start]}
                if before:
                    got["action"] = before.group(0).strip()
                elif re.match(r"\s*(?:stopped|off|d/c)\b", after, re.IGNORECASE):
                    got["action"] = "stopped"
                events.append((when, text, got))
        i = j
    return out, events


# a form's question put to the person filling it ("Have you ever ...?", "Do you ...?", "¿Ha tenido usted ...?"): what
# follows is about them, not the relatives a family-history answer before it named
_ASKS_YOU = re.compile(r"\s*(?:(?:have|do|did|are|were|would) you|¿\s*(?:ha|has|tiene|tienes|usted))\b[^?]{0,160}\?",
                       re.IGNORECASE)


def _next_question(sentence: str) -> bool:
    """Whether a sentence opens with a form's question of its own after an allergy's answer: a label of three words or
    more that asks for the medicines taken and names none ("Medicines for depression, with dates:"), not an allergy's
    item ("Codeine 30 mg: vomiting", "Sulfa drugs: rash")."""
    from appeal_kit.notes.lexicon import find_treatments

    label = m.group(0) if (m := _LIST_LABEL.match(sentence)) else ""
    return len(label.split()) >= 3 and bool(_MEDICINES_ASKED.search(label)) and not find_treatments(label)


def _opens_with_treatment(line: str) -> bool:
    """Whether a line begins as a medication list's item: a drug's name (one the treatments table knows, or one word)
    and its strength ("venlafaxine ER 150 mg capsule", "metoprolol 25 mg tablet")."""
    from appeal_kit.notes.lexicon import find_treatments

    stripped = line.lstrip()
    found = find_treatments(stripped[:60])
    name_end = found[0].end if found and found[0].start == 0 else \
        (m.end() if (m := re.match(r"[A-Za-z][a-z-]{3,}", stripped)) else 0)
    if name_end:  # (a combination's partner: "Hydrocodone-acetaminophen 5/325 mg")
        name_end += len(re.match(r"(?:[-/][A-Za-z]{3,})*", stripped[name_end:]).group(0))  # type: ignore[union-attr]
    return bool(name_end) and bool(_STRENGTH_NEXT.match(stripped[name_end:]))


# (a combination's strengths too: "Hydrocodone-acetaminophen 5/325 mg")
_STRENGTH_NEXT = re.compile(r"(?:\s+(?:ER|XR|XL|SR|CR|DR|LA|IR|ODT|HCl)\.?)?\s+\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?\s*"
                            r"(?:mg|mcg|g)\b",
                            re.IGNORECASE)


def _heading_alone(line: str, paragraph: list[str], next_line: str) -> bool:
    """Whether a line is a heading of its own: a few words without a number or an end mark, after a sentence's end
    and before a line that starts one (a Word paragraph or a PDF line "Treatment history before ECT" between two
    paragraphs that have no blank line between them)."""
    return bool(paragraph) and bool(re.search(r"[.!?]\s*$", paragraph[-1])) and \
        bool(re.match(r"[A-Z][A-Za-z /&()-]{2,45}$", line)) and len(line.split()) <= 6 and \
        not _GOES_ON.search(line) and bool(re.match(r"\s*[A-Z][a-z]", next_line))


# the end of a line whose sentence is over, a closing quote after its stop too ("... "I feel normal again."")
_SENTENCE_END = re.compile(r"[.:!?)][\"'”’]?\s*$")


def _page_units(doc: Document, page_no: int, page: str, note_date: date | None, out: list[Unit], *,
                logged: bool = False, day_lines: bool = False, monthly: bool = False) -> date | None:
    """Append one page's units to `out`; return the date of the note the page ends in. `logged`: the document is a
    dated log whose entries open with their month and day alone (`log_day`); `day_lines`: one whose entries open with
    their full day (`_FULL_DAY_OPENS`); `monthly`: a chronology whose entries open with their month or year alone
    (`dates.entry_month`)."""
    section: str | None = None
    note_month: str | None = None  # the month or year alone that `note_date` stands for (a chronology's entry)
    lines, events = csv_events(page.split("\n"))
    lines, on_days = calendar_grid(lines)
    events += on_days
    lines = cards_as_table(csv_as_log(lines))
    for day, row, cells in events:  # an event log's rows about treatments: joined into trials by propose.event_rows
        out.append(Unit(doc.file, page_no, row, None, day, cells, "events", ["date", "name", "dose", "outcome"],
                        ["dates", "name", "dose", "outcome"], columns=[day.isoformat(), cells.get("name", ""),
                                                                        cells.get("dose", ""),
                                                                        cells.get("outcome", "")]))
    paragraph: list[str] = []
    item_indent: int | None = None  # where the text of the list item being read starts

    titled: str | None = None  # a heading on a line of its own ("Outcome"): the label of the sentence under it

    def flush() -> None:
        nonlocal section, titled
        if not paragraph:
            return
        text = " ".join(s.strip() for s in paragraph)
        paragraph.clear()
        for sentence in sentences(text):
            opened, rest, label = labelled(sentence)
            if opened:
                section = opened
            elif section == "allergies" and _next_question(sentence):
                section = None  # (s74) "Allergies: sulfa" | "Medicines for mood, dates: ...": the answer is over
            elif section == "family" and _ASKS_YOU.match(sentence):
                section = None  # (s81) "Family history: mom, depression" | "Have you ever had thoughts of ...?"
            if rest:
                out.append(Unit(doc.file, page_no, rest, section, note_date, label=label or titled,
                                note_month=note_month))
                titled = None
            if opened == "allergies" and _NONE_KNOWN.fullmatch(rest):
                section = None  # "Allergies: NKDA" says all there is: the lines after it are no allergy list

    i = 0
    while i < len(lines):
        line = _LEADERS.sub("   ", lines[i])
        header = table_header(line)
        if header:
            flush()
            i = _read_table(doc, page_no, lines, i, header, out, section, note_date)
            continue
        wrapped = bool(paragraph) and not _SENTENCE_END.search(paragraph[-1]) and \
            not (day_lines and _FULL_DAY_OPENS.match(line))
        when = visit_date(line, wrapped=wrapped) or \
            (header_row_date(line, lines[i + 1]) if i + 1 < len(lines) else None) or \
            (log_day(line, note_date) if logged else None) or \
            (_full_day_opening(line) if day_lines else None)
        opens = MONTH_OPENS.match(line) if monthly and not when else None
        # (s82: an entry opened by its writer, "4/91 Dr. Vance: ...", is one even after a heading with no stop)
        month = entry_month(line) if opens and (not wrapped or opens.group("yy")) else None
        if month:
            when = date(int(month[:4]), int(month[5:] or 1), 1)
        stripped = line.strip()
        if _RULE.match(line):  # a rule between entries ends what was being read; the next line may be a visit's date
            flush()
        elif when:  # a note's heading line: a unit of its own, the start of a new note
            flush()
            note_date, section, note_month = when, None, month
            # (s81: a chronology's month is the entry's date, not a date its words tell: "01/1972  Amitriptyline
            # tapered off" stops it in that month, as a full day's entry does, rather than starting it then)
            paragraph.append(MONTH_OPENS.sub("", line) if month else line)
            # (unless it is a log's entry whose words wrap onto the next line, which goes on in lower case: "12/11/2026
            # - MF: ... Su marido toma" | "escitalopram y pregunta ...")
            # (or onto a line that opens with a number after a word that goes on: "... 10 sessions in" | "2025 ...")
            if not (i + 1 < len(lines) and (re.match(r"\s*[a-záéíóúñ]", lines[i + 1]) or
                                            _GOES_ON.search(line) and re.match(r"\s*\d", lines[i + 1])) and
                    not _SENTENCE_END.search(line) and (len(stripped) > 60 or day_lines)):
                flush()
        elif not stripped:
            if not (doc.method in _OCR and paragraph and _CONTINUES.match(next_text(lines, i))
                    and not _SENTENCE_END.search(paragraph[-1])):
                flush()  # OCR breaks a paragraph where a photo's line spacing widens: "... and 8 on" | "28/03/2025 ..."
        elif _is_title(stripped) or re.search(r"\S\s{3,}\S", stripped):
            # a heading, a title in capitals, or a line of columns: never joined to the lines around it
            flush()
            opened = section_of(stripped, alone=True) or next((k for part in re.split(r"\s*/\s*", stripped)
                                                  if (k := section_of(part)) and _is_title(stripped)), None)
            if opened:
                section, titled = opened, stripped.rstrip(":")
            else:
                paragraph.append(_BULLET.sub("", line))
                flush()
        elif _FORM_SECTION.match(stripped) or _FORM_QUESTION.match(form_boxes(stripped)):
            flush()
            if _FORM_SECTION.match(stripped) and (opened := section_of(stripped, alone=True)):
                section, titled = opened, stripped.rstrip(":")  # "Section B. Requested medication": what it holds
            else:
                paragraph.append(line)
                if _FORM_QUESTION.match(form_boxes(stripped)):
                    flush()
        elif paragraph and re.match(r"\s*\d{1,2}[.)]?(?:\s|$)", line) and _SCALE_LABEL_ENDS.search(paragraph[-1]):
            paragraph.append(line)  # a scale's score wrapped under its label, no list's number: "PHQ-9 de hoy:" | "15."
        elif _BULLET.match(line) or _LABEL_LINE.match(stripped) or _CHECKBOX.match(form_boxes(line)) or \
                _TURN.match(line) or (paragraph and heading(stripped)[0]):
            flush()
            bullet = _BULLET.match(line)
            item_indent = bullet.end() if bullet else None
            paragraph.append(_BULLET.sub("", line))
        elif _heading_alone(stripped, paragraph, lines[i + 1] if i + 1 < len(lines) else ""):
            flush()  # a heading on a line of its own between two paragraphs ("Treatment history before ECT"): not
            paragraph.append(line)  # the first words of the paragraph under it, which would then date its treatment
            flush()
        else:
            if item_indent is not None and len(line) - len(line.lstrip()) < item_indent and stripped[:1].isupper() \
                    and not (paragraph and re.search(r"\b(?:by|in|than|of|the|and|but|to|from|until|since)\s*$",
                                                     paragraph[-1]) and not _SENTENCE_END.search(paragraph[-1])):
                # (s65: unless the item's line ends on a word that needs the next, the text the extractor set back to
                # the margin: "... but by" | "February it had worn off.")
                flush()  # a list item ends where a line starts left of its text with a new sentence
            elif paragraph and _opens_with_treatment(line) and _opens_with_treatment(paragraph[0]) and \
                    len(line) - len(line.lstrip()) == len(paragraph[0]) - len(paragraph[0].lstrip()) and \
                    not _GOES_ON.search(paragraph[-1]):
                flush()  # a medication list, one a line without bullets: "venlafaxine ER 150 mg ..." | "topiramate ..."
            elif doc.method in _OCR and paragraph and stripped[:1].isupper() and \
                    (not _GOES_ON.search(paragraph[-1]) or
                     _ENDS_ITEM.search(" ".join(p.strip() for p in paragraph[-2:]))):
                flush()  # a scanned list, one item a line ("IPT 12 sessions 2025 - no change" | "Hx SA 2019 ...")
            paragraph.append(line)
        if not paragraph:
            item_indent = None
        i += 1
    flush()
    return note_date


def _fills_a_row(rows: list[list[str]], header: Header) -> bool:
    """Whether a table's rows are fills, one a row: each opens with its fill's day and some drug is filled on more than
    one of them (a list of bottles names each drug once)."""
    at = [r for _, _, r in header].index("name")
    names = [re.sub(r"\W.*", "", texts[at].lower()) for texts in rows if texts[at]]
    return len(rows) >= 3 and all(_DATE_FIRST.match(texts[0]) for texts in rows) and \
        len(set(names)) < len(names)


FILL_HEAD = re.compile(r"\b(?:last |first )?fill(?:ed)?(?: date)?\b|\bdate filled\b|\bdispensed\b", re.IGNORECASE)


def _read_table(doc: Document, page_no: int, lines: list[str], i: int, header: Header, out: list[Unit],
                section: str | None, note_date: date | None) -> int:
    """Read the table whose header is lines[i]; append its rows; return the index of the first line after it."""
    roles = [r for _, _, r in header]
    if "scale_name" in roles:
        kind, key = ("scale_rows" if "score" in roles else "scale_columns"), "scale_name"
    else:
        # (a claims history: "Svc date  Rx #  Drug (label name) ...": an Rx number is a pharmacy's; a table that
        # judges each drug, "Drug and dose | Claims dates | Days | Outcome per prescriber notes", lists trials)
        kind = "fills" if "outcome" not in roles and (
            "days" in roles or any(re.match(r"fill|(?:svc|service) date|rx ?#|rx (?:no|number)", c, re.I)
                                   for _, c, _ in header)) else \
            "trials" if "name" in roles else "scales"
        key = "name" if kind != "scales" else ("dates" if "dates" in roles else "start")
    if kind == "trials" and "indication" in roles and "action" not in roles:
        # a reconciliation's "Status" beside each drug's indication is what is done with it ("since 01/2023; continue
        # through surgery", "hold night before surgery")
        header = [(pos, cell, "action" if role is None and re.fullmatch(r"\s*status\s*", cell, re.IGNORECASE) else role)
                  for pos, cell, role in header]
        roles = [r for _, _, r in header]
    if kind == "trials" and roles.count("outcome") == 1 and "start" in roles and \
            not {"end", "dates", "weeks", "adverse", "indication"} & set(roles):
        # a current list's bare "Reason" beside each drug's "Since" ("Mirtazapine | 15 mg | mood, appetite | 08/2025"):
        # what it is taken for, not why it ended (nothing in the table has ended); the outcome stays unknown
        header = [(pos, cell, "indication" if role == "outcome" and re.fullmatch(r"\s*reasons?\s*", cell,
                                                                                 re.IGNORECASE) else role)
                  for pos, cell, role in header]
        roles = [r for _, _, r in header]
    fill_span = [role for _, cell, role in header if role in ("start", "end") and FILL_HEAD.search(cell)]
    as_filled = header  # the columns as a fill history reads them, should the rows show one (below)
    if kind == "trials" and "outcome" in roles and sorted(fill_span) != ["end", "start"]:
        # a bottle's or a pharmacy's fill date beside a column that tells each drug's story ("Medication | Label says
        # | Last fill | Taking? | Comment"): the day it was dispensed, neither the trial's start nor its end (but a
        # printout's "First fill | Last fill" pair spans the drug's dispensing: the trial)
        header = [(pos, cell, None if role in ("start", "end") and FILL_HEAD.search(cell) else role)
                  for pos, cell, role in header]
        roles = [r for _, _, r in header]
    rows: list[list[str]] = []
    raw: list[str] = []
    blank = 0
    # each column's extent on the line, from its heading, widened by every row with a cell in each column
    extents = [(pos, pos + len(cell)) for pos, cell, _ in header]
    geometry = "|" not in lines[i]  # (a table written with bars has its cells apart already)
    joined = geometry and len(split_cells(lines[i])) < len(header)  # headings a single space apart (`_run_together`)
    fitted = False  # a full row that fits the headings has widened the extents
    i += 1
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            blank += 1
            if blank >= 2 and rows:
                break
            i += 1
            continue
        if _RULE.match(line) and not rows:
            i += 1  # a rule drawn under the headings ("Medication  Last fill  Comment" | "-------"): not a row
            continue
        cells = split_cells(line)
        if table_header(line):
            break
        if joined and len(cells) == 1 and (apart := _values_apart(cells[0], header)):
            cells = apart
        if len(cells) == 1 and (len(cells[0][1]) > 45 or visit_date(line) or heading(cells[0][1])[0] or
                                _is_title(cells[0][1]) or cells[0][0] == 0 and not rows or
                                i + 1 < len(lines) and _RULE.match(lines[i + 1])):
            break  # (a line underlined by the next, "Psychiatric consultant - reviews" | "-------", is a heading)
        if len(cells) == 1 and blank and rows and re.search(r"\w[.!?]\s*$", cells[0][1]):
            break  # a sentence after a blank line below the table ("OSDI 31. Ocular pain NRS 3/10."): prose again
        if re.match(r"^[A-Z][\w /#&()-]{0,30}:(?:\s|$)", line.strip()) and len(cells) <= 2:
            break  # (a label, or one alone on its line over what follows: "Pharmacist comments:")
        if not geometry and rows and "|" not in line and re.match(r"\s*[A-Z].*[.!?]\s*$", line):
            break  # (s74) a table written with bars: a sentence without one after it is prose ("GAD-7 13 on 02/03.")
        if not geometry and rows and "|" not in line and re.match(r"\s*[a-z(]", line):
            # (s74) ... and a line without one that goes on in lower case goes on with the last cell of the row above
            # ("... but still" | "pretty low")
            last = max(n for n, text in enumerate(rows[-1]) if text)
            rows[-1][last] += " " + line.strip()
            raw[-1] += " " + line.strip()
            i += 1
            continue
        blank = 0
        cells = _date_apart(cells, roles)
        if len(cells) == len(header) and (wider := _widen(extents, header, cells)):
            extents, fitted = wider, True
        texts = _row_cells(header, cells, by_index=len(cells) == len(header),
                           extents=extents if geometry and fitted else None)
        if not geometry and len(cells) < len(header) and len(bars := _bar_cells(line)) == len(header):
            texts = bars  # (s74) a row written with bars and an empty cell ("... | 04/2025 - present |"): in bar order
        dated_row = roles[0] in ("dates", "start") and bool(_DATE_FIRST.match(texts[0]))
        if texts[roles.index(key)] or not rows or dated_row:  # (a log's line with its own date is a row of its own)
            rows.append(texts)
            raw.append(line.strip())
        else:  # a cell wrapped onto the next line: add its words to the row above
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], texts)]
            raw[-1] += " " + line.strip()
        i += 1
    if kind == "trials" and fill_span == ["start"] and as_filled[0][2] == "start" and _fills_a_row(rows, as_filled):
        # (s82) a fill a row, the fill's day first and a pharmacist's note beside it ("Fill date | Drug and strength |
        # Qty / days | Pharmacist note", a drug on several rows): a fill history whose notes judge the fills, not a
        # list of bottles each with its last fill
        kind, header, roles = "fills", as_filled, [r for _, _, r in as_filled]
    elif kind == "trials" and not fill_span and roles[0] in ("dates", "start") and "days" in roles and \
            _fills_a_row(rows, header):
        # (s83) ... or its day headed "Date" beside a supply's days ("Date | Drug | Strength | Qty | Days | Note"): the
        # day a fill's, so the trial's start
        header = [(pos, cell, "start" if n == 0 else role) for n, (pos, cell, role) in enumerate(header)]
        kind, roles = "fills", [r for _, _, r in header]
    for texts in rows:
        if kind == "trials":
            _dates_run_in(texts, roles)
        by_role: dict[str, str] = {}
        for (_, head, role), text in zip(header, texts):
            if role == "outcome" and text and "outcome" in by_role and re.search(r"reason|why|stop|discontinu", head,
                                                                                  re.IGNORECASE):
                by_role["reason"] = text  # "Response | Reason stopped": both, the reason apart
            elif role and text and role not in ("scale", "scale_name") and not role.startswith("date:"):
                by_role.setdefault(role, text)
            elif role == "scale" and text:
                by_role[f"scale:{head}"] = text
            elif role and text:  # a scale's row in a table with a column per date
                by_role[role] = text
        out.append(Unit(doc.file, page_no, " | ".join(t for t in texts if t), section, note_date, by_role, kind,
                        [h for _, h, _ in header], roles, columns=texts))
    return i
