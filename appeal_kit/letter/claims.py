"""The claims report: every factual statement a drafted letter makes about the case, and where it comes from.

`draft` writes it beside the letter (letter-claims.txt) for the advocate and the patient to check before sending;
`check` counts the statements without a source (the goal is none). The statements are structured records
(`Statement`: id, text, facts, sources, where) so that other code can reuse them (a patient summary in another
language, say) without parsing the text file.

The statements are the facts the letter asserted while it was rendered (appeal_kit.letter.facts: `requires:` in
arguments.yaml and `says(...)` in the templates), each once, in the order the letter first says it.

The report also walks the letter sentence by sentence (`trace`): each sentence of the drafted letter, read back from
the .docx, is classified by what it carries (`carriers`): a case value it prints (a name of a treatment tried, a
quoted text, a code) or the words of a fact the letter asserted (`Fact.anchor`, or an argument paragraph that says
facts); an exhibit pointer ("Exhibit C", "Exhibits A-G") or a document said to be enclosed in words ("fax
confirmation enclosed"); a date; a number or count; a citation; a quotation. Each must have a source: the case.yaml
field that holds the value (a count: the list, or the trials the adequate-trial rule counts), the exhibit the pointer
names with the field that put it in the packet, the rule of the registry that governs this case's route (rules.route:
a managed-care rule is no source in a fee-for-service case), the deadline rule that gives a time limit for that
route, the bundled text that states a fixed fact, or a reference the sentence cites. Whatever has none is reported
(`Sentence.missing`), with the field or exhibit that would give it one, and `check` warns about it. Only a sentence
carrying none of these is a request, or reasoning; the report says which, so a reviewer can see that no sentence
about the case goes untraced.
"""
from __future__ import annotations

import html
import re
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit import clock
from appeal_kit.case.folder import get_path
from appeal_kit.files import atomic_write
from appeal_kit.i18n import N_
from appeal_kit.letter.arguments import SUMMARY_WHERE
from appeal_kit.letter.facts import Facts
from appeal_kit.letter.wording import WORDS, Phrase, longdate, ndc11

REPORT_NAME = "letter-claims.txt"


@dataclass
class Statement:
    id: str  # the fact's id (facts.py), stable across letters and languages
    text: str  # the statement in plain words
    facts: list[str]  # the fact ids it rests on
    sources: list[str]  # case.yaml fields, exhibits and pages, rules
    where: list[str]  # the parts of the letter that say it

    def as_record(self) -> dict:
        return asdict(self)


def shortened_names(data: dict) -> list[tuple[str, str]]:
    """(full, said as), normalized, for each long name the letter says in another form after rendering: the insurer's
    and the policy's after their first mention (render.shorten_repeated_name), the insurer's head where it is made
    possessive (render.possessive_head), the other coverage's head after its first mention. Both forms read as one
    when a sentence is matched to the letter."""
    from appeal_kit.letter import derived

    insurer, other = get_path(data, "insurer.name"), get_path(data, "other_coverage.plan")
    pairs = ((insurer, derived.payer_short_name(data)),
             (get_path(data, "plan_policy.name"), derived.policy_short_name(data)),
             (insurer, derived.appositive_head(" ".join(str(insurer or "").split()))),
             (other, derived.appositive_head(" ".join(str(other or "").split()))))
    return [(_norm(full), _norm(short)) for full, short in pairs if full and short and _norm(full) != _norm(short)]


def canon_names(text: str, names: list[tuple[str, str]]) -> str:
    """A normalized text with each long name, in any of its forms, said as one token."""
    for i, (full, short) in enumerate(names):
        text = text.replace(full, f"\x00{i}").replace(short, f"\x00{i}")
    return text


def statements(facts: Facts, letter: Path | None = None, data: dict | None = None) -> list[Statement]:
    """The facts the letter asserted, each once. With the drafted `letter`, a fact asserted only by argument text the
    letter does not print (an opening summary a template leaves out) is not among them: the report lists what the
    letter says. With the case's `data`, a long name the letter shortened is matched in any of its forms."""
    names = shortened_names(data) if data is not None else []
    printed = canon_names(_norm(" ".join(letter_paragraphs(letter, whole=True))), names) if letter is not None else None
    # a template without an opening summary never prints one: no statement is said there (letters set 47, case 01);
    # a summary line is looked for whole, as one may begin as a paragraph of the body begins
    no_summary = printed is not None and not any(
        canon_names(_norm(s), names) in printed for s in facts.summaries if s)
    out: dict[str, Statement] = {}
    for fact_id, where in facts.asserted:
        if printed is not None and not _printed(facts, fact_id, printed, names):
            continue
        fact = facts.by_id[fact_id]
        st = out.setdefault(fact_id, Statement(fact_id, fact.says, [fact_id], list(fact.sources), []))
        if where and where not in st.where and not (no_summary and where == SUMMARY_WHERE):
            st.where.append(where)
    return list(out.values())


def _printed(facts: Facts, fact_id: str, printed: str, names: list[tuple[str, str]]) -> bool:
    """Whether the letter prints what asserted the fact: the template's own sentence, or an argument text that says
    it (Facts.paragraphs), found in the letter by its first words."""
    if any(i == fact_id and where == "letter" for i, where in facts.asserted):
        return True
    texts = [text for text, ids in facts.paragraphs if fact_id in ids]
    return not texts or any(canon_names(_norm(text), names)[:80] in printed for text in texts)


def unsourced(items: list[Statement]) -> list[Statement]:
    return [s for s in items if not s.sources]


def left_out(facts: Facts) -> list[tuple[str, str | Phrase]]:
    """[(field, what the letter would say)] for the facts the letter needed but the case leaves unknown."""
    return [(f.field, f.about) for f in facts.unknown_needed() if f.about]


def report_text(items: list[Statement], facts: Facts, *, letter: str, template: str,
                sentences: list[Sentence] | None = None) -> str:
    lines = [f"What {letter} says about the case, and where each statement comes from",
             f"(drafted from the template {template}; each line: the statement, then <- its sources)", "",
             "Read each statement against the records before you sign or send the letter. A statement marked",
             "NO SOURCE rests on nothing in the case: correct the letter or add the record.", ""]
    for n, st in enumerate(items, start=1):
        lines.append(f"{n:>2}. {st.text}")
        lines.append(f"    <- {', '.join(st.sources) if st.sources else 'NO SOURCE'}")
        if st.where and st.where != ["letter"]:
            lines.append(f"    said in: {'; '.join(w for w in st.where if w != 'letter') or 'the letter'}")
    missing = left_out(facts)
    if missing:
        lines += ["", "Not said, because the case does not say it (fill in the field and draft again):"]
        lines += [f" - {field}: {says}" for field, says in missing]
    if sentences:
        lines += sentence_lines(sentences)
    return "\n".join(lines) + "\n"


def write_report(path: Path, items: list[Statement], facts: Facts, *, letter: str, template: str,
                 sentences: list[Sentence] | None = None) -> Path:
    text = report_text(items, facts, letter=letter, template=template, sentences=sentences)
    atomic_write(path, lambda fh: fh.write(text.encode("utf-8")), what=N_("claims report"))
    return path


# ------------------------------------------------------------------------------------------ sentence by sentence

# Fields whose values say who writes to whom (names and addresses), not a fact the letter argues from
_NOT_FACTS = ("insurer.", "patient.name", "patient.salutation", "patient.address", "patient.phone", "patient.email",
              "author.", "exhibits", "template", "literature", "provider.address", "provider.phone", "bates_prefix",
              "footer_note", "copies", "clinic.", "submissions", "regulator.", "claim.plan_type",
              "claim.denial_category", "claim.funding", "claim.state", "expenses", "claims",
              "call_log", "planned_care")
# Values that are choices from a short list (history rows' response and kind, suicidality) or plain frequency words:
# they appear in any letter's wording, so they are never what traces a sentence
_CHOICES = frozenset({"none", "partial", "lost", "response", "remission", "passive", "active", "attempt",
                      "antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other", "weekly", "daily",
                      "denied", "approved", "patient", "physician", "parent", "representative", "provider"})
# a document's parts too ("EOC 2026, Ch. 7": letters set 27's writer, case 01, traced "7)." as a sentence)
_ABBREVIATIONS = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Jr|Sr|vs|et al|e\.g|i\.e|U\.S|p|pp|approx|"
                            r"Ch|Chap|Sec|Secs|Art|Para|Pt|Vol|Attach|Ex)|\b[A-Z])\.$")
# an item's number, opening a sentence or following a colon or semicolon ("2. Inadequate response ..." in a row of the
# plan's numbered criteria): the item begins there, no sentence ends (set 14, case 04: "2." was traced as a sentence
# whose number nothing in the case gives), with its letter too ("2(b). Need for a rapid response ...": set 77, case 07)
# and its label ("Exclusion 2. Implanted stimulators ...": set 79, cases 04 and 08)
_ENUMERATOR = re.compile(r"(?:^|[:;]\s+)(?:[A-Z][a-z]+ )?\d{1,2}(?:\([a-z]\))?\.$")
_REQUEST = re.compile(r"^(?:please|i (?:also )?(?:ask|request)|i therefore ask|if\b.*\bplease\b|thank you)", re.I)
_HEADING = re.compile(r"^(?!.*[.:;?!”)]$)(?:\S+\s+){0,11}\S+$")
_REFERENCE = re.compile(r"\[(\d+(?:[,–-]\s*\d+)*)\]")

# What a sentence carries that needs a source (Carrier.kind): an exhibit pointer, a citation, a quotation, a date,
# a number or a count. A sentence carrying none of them, and printing no case value, is a request or reasoning.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_LONG_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")((?: \d{1,2}(?:(?:, |,? and |–)\d{1,2})*,)?) (\d{4})\b")
# a month and day without a year, as a birthday is said ("March 9"): matched to a case date's month and day
_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2})\b(?!(?:,? and |, |–)?\d)")
_SHORT_DATE = re.compile(r"(?<![\w/.])(\d{1,2})/(?:(\d{1,2})/)?(\d{4})(?![\w/])")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_YEAR = re.compile(r"(?<![\w$.,/-])(?:19|20)\d\d(?![\w/-])")
_EXHIBIT = re.compile(r"\bExhibits? ([A-Z]{1,2})\b(?:(?:–| and | to )([A-Z]{1,2})\b)?"
                      r"(?:, (?:pp?\. [\d–-]+|[A-Z0-9_]+-\d{4,}(?:–[A-Z0-9_]+-\d{4,})?))?")
_CITATION = re.compile(r"\b\d+ (?:CFR|U\.S\.C\.) [\w.–-]*\w(?:\([\w.]+\))*")
# "(fax confirmation enclosed)": a document the sentence says is enclosed, named in words rather than by its label
# a name with its owner ("the prescriber’s supporting statement"), read whole, never from the "s" after the apostrophe
_ENCLOSED = re.compile(r"\b([A-Za-z][\w’'-]*(?: [\w’'-]+){0,3}) (?:is |are )?enclosed(?=[).,;:]|$)")
# what the letters call the document a case field holds, where the field's own name leaves a word out: a Part D
# exception rests on "the prescriber's supporting statement" (prescriber_statement.file; letters set 96, case 03,
# whose writer had to rename the file for `check` to find it)
_FIELD_DOCUMENT_NAMES = {"prescriber_statement.file": "prescriber supporting statement"}
_NOT_NAMES = frozenset({"the", "a", "an", "is", "are", "was", "were", "be", "been", "has", "have", "and", "of", "its",
                        "his", "her", "their", "my", "your", "this", "that", "these", "those", "all", "also", "each",
                        "copy", "copies", "records", "record", "documents", "document", "please", "accept", "which",
                        "here", "such", "two", "three", "four", "five", "both"})
_LIST_MARKER = re.compile(r"^\d{1,2}\.(?=[A-Z“])")
_QUOTE = re.compile(r"“([^”]*)”")
_NUMBER = re.compile(r"(?<![\w.,/-])\$?\d+(?:[.,]\d+)*%?(?![\w/])|\b(?:" + "|".join(WORDS[2:]) + r")\b", re.I)


@dataclass
class Carrier:
    kind: str  # "reference", "exhibit", "citation", "quote", "date", "enclosure", "number"
    text: str  # as the letter prints it
    start: int
    end: int


@dataclass
class Sentence:
    text: str
    sources: list[str]  # case.yaml fields, exhibits, "rule <id>", "reference [n]"
    # "case" (rests on the case), "rule" (a rule only), "request" or "reasoning" (carries no fact: no case value,
    # exhibit, date, number, citation or quotation), or "unsourced" (carries one that nothing in the case gives)
    kind: str
    # what has no source, each (what, the field or exhibit that would answer it)
    missing: list[tuple[str, str]] = field(default_factory=list)


def carriers(text: str) -> list[Carrier]:
    """What `text` carries that needs a source, each once, outermost first (a date inside a quotation or a page number
    inside an exhibit pointer is part of that quotation or pointer)."""
    found: list[Carrier] = []
    for kind, pattern in (("reference", _REFERENCE), ("quote", _QUOTE), ("exhibit", _EXHIBIT),
                          ("citation", _CITATION), ("date", _LONG_DATE), ("date", _MONTH_DAY), ("date", _SHORT_DATE),
                          ("date", _ISO_DATE),
                          ("date", _YEAR), ("enclosure", _ENCLOSED), ("number", _NUMBER)):
        for m in pattern.finditer(text):
            if kind == "number" and text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")" \
                    and m.group(0).isdigit() and len(m.group(0)) == 1:
                continue  # a list's label ("(2) is met as well"), as the quoted policy numbers its parts: no figure
            if not any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in found):
                found.append(Carrier(kind, m.group(0), m.start(), m.end()))
    return sorted(found, key=lambda c: c.start)


def letter_paragraphs(path: Path, *, whole: bool = False) -> list[str]:
    """The letter's body as read back from the .docx: each paragraph, and each table row with its cells joined by
    " | ", from the salutation ("Dear ...") to the signature ("Sincerely"), the parts that argue; `whole`: all of
    it."""
    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return []

    def words(fragment: str) -> str:
        return html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", fragment)))

    out: list[str] = []
    for m in re.finditer(r"<w:tbl>.*?</w:tbl>|<w:p[ >].*?</w:p>", xml, re.S):
        block = m.group(0)
        if block.startswith("<w:tbl>"):
            for row in re.findall(r"<w:tr[ >].*?</w:tr>", block, re.S)[1:]:  # the first row holds the column names
                cells = [" ".join(words(c).split()) for c in re.findall(r"<w:tc>.*?</w:tc>", row, re.S)]
                out.append(" | ".join(cells))
        else:
            out.append(" ".join(words(block).split()))
    if whole:
        return [p for p in out if p]
    start = next((i for i, p in enumerate(out) if p.startswith("Dear ")), -1) + 1
    end = next((i for i, p in enumerate(out) if i >= start and p.startswith("Sincerely")), len(out))
    return [p for p in out[start:end] if p]


def split_sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences: split after . ! ? (or a closing quote after one) before a capital, never inside a
    quotation and never after an abbreviation or an initial ("Dr.", "U.S.", "J.")."""
    out, start, depth = [], 0, 0
    for i, ch in enumerate(paragraph):
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        if depth or ch not in ".!?”" or i + 2 > len(paragraph) or paragraph[i + 1:i + 2] != " ":
            continue
        if ch == "”" and paragraph[i - 1:i] not in ".!?":
            continue
        nxt = paragraph[i + 2:i + 3]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "“("):
            continue
        if ch == "." and (_ABBREVIATIONS.search(paragraph[start:i + 1])
                          or _ENUMERATOR.search(paragraph[start:i + 1].strip())):
            continue
        out.append(paragraph[start:i + 1].strip())
        start = i + 2
    tail = paragraph[start:].strip()
    return [*out, tail] if tail else out


def _dates(carrier: Carrier) -> list[str]:
    """The dates a date carrier names, as ISO text ("2026-09-08", or "2026-09" for a month, "--03-09" for a month
    and day)."""
    text = carrier.text
    if m := _LONG_DATE.fullmatch(text):
        month = _MONTHS.index(m.group(1)) + 1
        days = re.findall(r"\d{1,2}", m.group(2))
        return [f"{m.group(3)}-{month:02d}-{int(d):02d}" for d in days] or [f"{m.group(3)}-{month:02d}"]
    if m := _MONTH_DAY.fullmatch(text):
        return [f"--{_MONTHS.index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}"]
    if m := _SHORT_DATE.fullmatch(text):
        if m.group(2):
            return [f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"]
        return [f"{m.group(3)}-{int(m.group(1)):02d}"]
    if m := _ISO_DATE.fullmatch(text):
        return [text]
    return [text] if _YEAR.fullmatch(text) else []


def _number(text: str) -> float | None:
    word = text.lower()
    if word in WORDS:
        return float(WORDS.index(word))
    try:
        return float(text.strip("$%").replace(",", ""))
    except ValueError:
        return None


def _norm(text: Any) -> str:
    return " ".join(str(text).split()).lower()


def _loose(text: Any) -> str:
    """Text compared for a quotation: lower case, words only (punctuation and typographic quotes dropped)."""
    return " ".join(re.findall(r"\w+", str(text).lower()))


def _leaves(value: Any, path: str):
    """(field as the report names it, value) for every leaf of case.yaml: a list row is "clinical.history row 2"."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            for v in value:
                yield path, v
        else:
            for i, v in enumerate(value, start=1):
                for _, leaf in _leaves(v, ""):
                    yield f"{path} row {i}", leaf
    elif value is not None:
        yield path, value


def _rows_of(value: Any, path: str):
    """(field, row) for every mapping in a list of case.yaml: "prior_auth.approved.lines row 2"."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _rows_of(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value, start=1):
            if isinstance(v, dict):
                yield f"{path} row {i}", v


def _lists(value: Any, path: str):
    """(field, number of items) for every list in case.yaml: what a count the letter prints may rest on."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _lists(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list) and value:
        yield path, len(value)


def _forms(value: Any) -> list[str]:
    """The ways a letter prints a case value: the text itself (its start, for a long text, which the letter may
    print with a period or a capital added), and a date in words."""
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return []
    if isinstance(value, date):
        return [_norm(longdate(value))]
    text = _norm(value).strip(" .")
    if len(text) < 5 or text in _CHOICES or text in ("true", "false", "unknown"):
        return []
    def start(text: str) -> str:  # the first words of a long text, cut between words
        return text[:60].rsplit(" ", 1)[0] if len(text) > 60 else text

    forms = [start(text)]
    if len(text) > 60:  # a long text the letter may print in part, or sentence by sentence
        forms += [start(_norm(p).strip(" .")) for p in split_sentences(" ".join(str(value).split()))
                  if len(p.split()) >= 3]
    said = _norm(longdate(value))
    if said != _norm(value):
        forms.append(said)
    if ndc11(value) != str(value).strip():  # a National Drug Code as a claim prints it, 5-4-2
        forms.append(_norm(ndc11(value)))
    return forms


def _date_keys(text: str) -> list[str]:
    """Every date written in `text` (ISO, in words, or as on US paperwork), as ISO text."""
    return [d for c in carriers(text) if c.kind == "date" for d in _dates(c)]


# Where an unsourced date or number would come from, by the words of its sentence: (pattern, case.yaml field)
_ANSWERS = ((r"\bsessions?\b|infusions?|treatments? (?:were )?given|services? (?:were|was) given",
             "claim.service_dates"),
            (r"\bnotice\b|\bdenied\b|\bdenial\b|\bdecision\b", "claim.notice_date"),
            (r"\btrials?\b|\btried\b|antidepressant|augmentation|\bmg\b", "clinical.history"),
            (r"PHQ|MADRS|HAM-D|\bscore|severity", "clinical.severity"),
            (r"hospital", "impact.hospitalizations"),
            (r"authori[sz]ation|\brequested\b", "prior_auth.requested_on"),
            (r"corrected claim|\bunits?\b|\bNDC\b", "corrected_claim.lines"),
            (r"\$|\bamount\b|\bpaid\b|\bbilled\b|\bcharged?\b", "reimbursement.amount_billed"))


class _Lookup:
    """What `trace` looks a letter's sentences up in, made once per letter."""

    def __init__(self, facts: Facts, data: dict, exhibits, today: date | None):
        from appeal_kit.coverage import care
        from appeal_kit.letter import arguments, criteria, derived
        from appeal_kit.rules import FEE_FOR_SERVICE, registry, route

        leaves = list(_leaves(data, ""))
        # (field, a way the letter prints its value, the whole text that form starts)
        self.fields = [(path, form, _norm(value)) for path, value in leaves if not path.startswith(_NOT_FACTS)
                       for form in _forms(value)]
        # the treatment as a sentence names it, cut at its first comma ("Pimavanserin 34 mg capsules, one daily"
        # said "pimavanserin 34 mg capsules": its dose read as a number nothing gave, letters sets 69 and 71)
        noun = _norm(derived.treatment_noun(data, as_typed=True)).strip(" .")
        if len(noun) >= 5 and get_path(data, "treatment.name"):
            self.fields.append(("treatment.name", noun, noun))
        self.texts: dict[str, str] = {}  # every field's words, for quotations
        self.dates: dict[str, list[str]] = {}
        self.numbers: dict[float, list[str]] = {}  # numbers a field holds, and the lengths of lists
        self.words: dict[str, set[float]] = {}  # the numbers written in each field's text
        for path, value in leaves:
            self.texts[path] = f"{self.texts.get(path, '')} {_loose(value)}"
            text = str(value)
            keys = [text.strip()] if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", text.strip()) else _date_keys(text)
            for key in keys:
                self.dates.setdefault(key, []).append(path)
            written = {n for c in carriers(text) if c.kind == "number" if (n := _number(c.text)) is not None}
            self.words.setdefault(path, set()).update(written)
            if path.startswith(_NOT_FACTS):
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                self.numbers.setdefault(float(value), []).append(path)
            elif re.fullmatch(r"\d+(?:\.\d+)?", text.strip()):
                self.numbers.setdefault(float(text), []).append(path)
        self.rows = dict(_rows_of(data, ""))  # "prior_auth.approved.lines row 2" -> that row, for its keys
        self.counts: dict[float, list[str]] = {}  # the lengths of lists: what a count the letter prints rests on
        self.excess: dict[float, list[str]] = {}  # how far one number of a row is over another (41 given, 30 approved)
        for path, row in _rows_of(data, ""):
            values = [v for v in row.values() if isinstance(v, (int, float)) and not isinstance(v, bool)]
            for a in values:
                for b in values:
                    if a > b:
                        self.excess.setdefault(float(a - b), []).append(path)
        fix = data.get("corrected_claim") if isinstance(data, dict) else None
        for i, line in enumerate((fix or {}).get("lines") or [] if isinstance(fix, dict) else [], start=1):
            if isinstance(line, dict) and line.get("ndc"):  # the N4 segment the letter quotes: "N4" 11 digits, unit
                path = f"corrected_claim.lines row {i}"
                segment = "n4" + ndc11(line["ndc"]).replace("-", "")
                unit = f" {line.get('ndc_unit')}{line.get('ndc_quantity')}" if line.get("ndc_unit") else ""
                self.texts[path] = f"{self.texts.get(path, '')} {_loose(ndc11(line['ndc']))} {_loose(segment + unit)}"
        for path, n in _lists(data, ""):
            if not path.startswith(_NOT_FACTS):
                self.counts.setdefault(float(n), []).append(path)
        self.asserted = [facts.by_id[i] for i in dict.fromkeys(i for i, _ in facts.asserted)]
        self.by_id = facts.by_id
        # the letter says a long name in full once and then short (render.shorten_repeated_name: the insurer's, the
        # policy's by its number): both forms read as one, so a sentence matches the paragraph it was rendered in
        self.names = shortened_names(data)
        self.paragraphs = [(self.canon(_norm(text)), ids) for text, ids in facts.paragraphs]
        for fact in self.asserted:  # a date the letter works out (a deadline) is said by the fact that states it
            for key in _date_keys(fact.says):
                self.dates.setdefault(key, []).extend(s for s in fact.sources or (fact.field,) if s)
            # and a sum of money it works out (what the expense ledger shows paid: letters set 29, cases 05 and 07)
            for c in carriers(fact.says):
                if c.kind == "number" and c.text.startswith("$") and (n := _number(c.text)) is not None:
                    self.numbers.setdefault(n, []).extend(s for s in fact.sources or (fact.field,) if s)
        if today:
            self.dates.setdefault(today.isoformat(), []).append("the date of the letter")
        self.exhibits: dict[str, tuple[str, list[str]]] = {}
        for label, file in exhibits:
            naming = [path for path, value in leaves if str(value).strip() == file]
            naming += [_FIELD_DOCUMENT_NAMES[path] for path in naming if path in _FIELD_DOCUMENT_NAMES]
            self.exhibits[label] = (file, naming)
            # the exhibit's title is made from its file name: a number in it ("cms-1500") is the exhibit's own, and
            # so is a year, which the name alone reads as a date ("psychiatry-notes-2022-2026": letters set 69, case 06)
            self.words.setdefault(f"Exhibit {label}: {file}", set()).update(
                n for c in carriers(re.sub(r"[-_./]", " ", str(file)))
                if c.kind == "number" or (c.kind == "date" and c.text.isdigit())
                if (n := _number(c.text)) is not None)
        self.route = route(data)
        self.periods = _periods(self.route)
        self.periods.setdefault((float(arguments.ADEQUATE_WEEKS), "week"), []).append(ADEQUACY_RULE)
        standard = facts.access_standard
        if standard and standard["days"]:  # the wait the plan's own access standard allows, in its own words
            self.periods.setdefault((float(standard["days"]), "day"), []).append(standard["field"])
        self.nearby: list[tuple[date, list[str]]] = []
        # names, addresses and phone numbers say who writes to whom: a number in them is no fact to trace; the whole
        # line as well as its start, for a long name with a number past its first words ("Great Lakes Medicare
        # Services, Jurisdiction 8 MAC": letters set 26, case 06)
        self.contacts = [(path, form) for path, value in leaves if path.startswith(_NOT_FACTS)
                         for line in str(value).splitlines()
                         for form in dict.fromkeys([*_forms(line), _norm(line).strip(" .")]) if form]
        self.age = derived.age_at_service(data, today)
        # counted as the letter counted them: a row still taken up to the letter's date
        counted = dict(arguments.case_trials(data, today or clock.today())["groups"])
        rows = counted["rows"]
        self.trials: dict[float, list[str]] = {}
        if rows:
            # as arguments.trial_summary says it: a drug still taken with an inadequate response is named apart
            counted["not counted"] = [r for r in rows if r not in counted["all"]
                                      and r not in (counted.get("inadequate") or [])]
            for kind in ("rows", "all", "drugs", "medication", "augmentation", "courses", "other", "not counted"):
                numbers = [rows.index(r) + 1 for r in counted.get(kind) or [] if r in rows]
                # the rows left out are traced as such, never as counted (letters set 69, case 08: "two such trials"
                # traced to the Spravato and sleep-dose rows "counted by the adequate-trial rule")
                how = "not counted" if kind == "not counted" else "counted"
                if numbers:
                    self.trials.setdefault(float(len(numbers)), []).append(
                        f"clinical.history {_rows_words(numbers)} ({how} by the adequate-trial rule)")
        plan_weeks = arguments.plan_trial_weeks(data)  # the plan's own minimum, when the rule is stated with it
        self.rule_field = plan_weeks[1] if plan_weeks else ""
        # both ways the rule is said: beside the failed trials, or as what the trials of a whole count were
        self.rule_sentences = {_norm(x) for still in (False, True) for x in split_sentences(arguments.rule_text(
            rows, get_path(data, "clinical.episode_onset"), plan_weeks[0] if plan_weeks else None,
            get_path(data, "treatment.name"), counts_still=still))} if rows else set()
        self.fixed = [(f"arguments.yaml block {name}", _norm(" ".join(arguments.block_texts(block))))
                      for name, block in arguments.load_blocks().items()]
        self.fixed += [(f"published_criteria.yaml {name}", _norm(_words_of(entry)))
                       for name, entry in criteria._sets().items()]
        self.fixed.append(("care_codes.yaml", _norm(_words_of(care._table()))))
        plan = str((data.get("claim") or {}).get("plan_type") or "") if isinstance(data, dict) else ""
        self.plan_fields = "claim.plan_type, claim.delivery" if plan in FEE_FOR_SERVICE else "claim.plan_type"
        self.rules = list(registry().values())

    def canon(self, text: str) -> str:
        """A normalized text with each shortened name, long or short, said as one token."""
        return canon_names(text, self.names)

    def fact_sources(self, paths: list[str]) -> list[str]:
        """The exhibits and pages of the facts resting on `paths` (a quoted denial brings its notice's exhibit)."""
        return [s for f in self.asserted if f.sources and f.sources[0] in paths for s in f.sources if s]

    def citation(self, carrier: Carrier, covered: list[tuple[int, int, str]]) -> tuple[list[str], str, str]:
        """(sources, what has none, the field that would answer it) for a citation."""
        inside = [src for a, b, src in covered if a <= carrier.start and carrier.end <= b]
        if inside:
            return inside, "", ""
        others = sorted({f"{r.id} ({', '.join(p for p, c in r.cite.items() if carrier.text in c)})"
                         for r in self.rules if any(carrier.text in c for c in r.cite.values())})
        if others:
            return [], (f"the citation {carrier.text}, which the rules registry gives only for other plan types "
                        f"({'; '.join(others)}), not for this case's ({self.route or 'unknown'})"), self.plan_fields
        return [], f"the citation {carrier.text}, which no rule in the rules registry gives", "rules.yaml"

    def quote(self, carrier: Carrier) -> tuple[list[str], str, str]:
        parts = [p for p in (_loose(x) for x in re.split(r"\.\.\.|…", carrier.text.strip("“”"))) if p]
        if not parts:
            return ["(empty quotation)"], "", ""
        paths = [path for path, text in self.texts.items() if all(p in text for p in parts)]
        if paths:
            return paths + self.fact_sources(paths), "", ""
        words = set(" ".join(parts).split())
        near = max(self.texts, key=lambda p: len(words & set(self.texts[p].split())), default="claim.denial_reason")
        return [], f"the quotation {_short(carrier.text)}, whose words no field of the case holds", near

    def date(self, carrier: Carrier, sentence_paths: list[str]) -> list[str]:
        out: list[str] = []
        for key in _dates(carrier):
            found = self.dates.get(key) or [p for k, ps in self.dates.items() if len(key) < 10 and (
                k.startswith(key) or (key.startswith("--") and len(k) == 10 and k[4:] == key[1:])) for p in ps]
            if not found:
                return self.fixed_text(carrier.text)
            # a date two rows share (one trial's end, the next one's start) is the row's the sentence prints
            out += [p for p in found if p in sentence_paths] or found
        return out

    def enclosure(self, carrier: Carrier) -> tuple[list[str], str, str]:
        """(sources, what has none, the field that would answer it) for a document said to be enclosed: the exhibits
        whose file names carry every word that names it."""
        m = _ENCLOSED.match(carrier.text)
        # the document is named by the words after its owner ("supporting statement"): a file need not say whose it is
        named = re.split(r"[’']s\b", m.group(1) if m else "")[-1].lower()
        words = [w.rstrip("s") for w in re.findall(r"[a-z]+", named) if w not in _NOT_NAMES]
        if not words:
            return ["(no document named)"], "", ""
        found = [f"Exhibit {label}: {file}" for label, (file, naming) in self.exhibits.items()
                 if all(w in " ".join([file, *naming]).lower() for w in words)]
        return found, (f"“{carrier.text}”: no exhibit's file name says {' '.join(words)}"
                       if not found else ""), "exhibits"

    def fixed_text(self, words: str) -> list[str]:
        """The argument blocks whose own fixed words print `words` (a date the bundled text states, such as a drug's
        approval date): the source is that text, which docs/domain.md backs, not the case."""
        needle = _norm(words)
        return [name for name, text in self.fixed if needle in text][:1]

    def number(self, carrier: Carrier, sentence: str, sentence_paths: list[str], rule_ids: list[str]) -> list[str]:
        """The sources of a number or count in `sentence`."""
        after = sentence[carrier.end:].strip(" -")  # the words the sentence prints after it ("days of receipt")
        value = _number(carrier.text)
        if value is None:
            return []
        own = [p for p in sentence_paths if value in self.words.get(p, set())]
        named: dict[str, set[int]] = {}  # the rows of each list the sentence rests on
        for p in sentence_paths:
            if m := _ROWS.search(p):
                named.setdefault(p[:m.start()].strip(), set()).update(_row_numbers(m.group(1)))
        rows = [p for p in sentence_paths if (m := _ROWS.search(p)) and len(named[p[:m.start()].strip()]) == value]
        if own or rows:
            return own + rows
        nxt = after.split(" ", 1)[0].strip(",.;:")
        said = [s for f in self.asserted if nxt
                and re.search(rf"\b{re.escape(_norm(carrier.text))} {re.escape(nxt.lower())}\b", _norm(f.says))
                for s in f.sources or (f.field,) if s]
        if said:  # a count a statement of the case makes ("two augmentation trials" of the trials failed)
            return said
        references = [f"reference [{m}]" for m in _REFERENCE.findall(sentence)]
        if references:  # a figure the sentence takes from the literature it cites
            return references
        counted = self.trials.get(value) if _TRIALS.match(after) else None
        if counted:  # a count of the trials the adequate-trial rule counts, of one kind or all
            return counted
        unit = _UNIT.match(after)
        if unit and _unit(unit.group(1) or unit.group(2)) == "day":
            between = [p for a, pa in self.nearby for b, pb in self.nearby if (b - a).days == value for p in pa + pb]
            if between:
                return list(dict.fromkeys(between))
        setting = self.periods.get((value, _unit(unit.group(1) or unit.group(2))), []) if unit else []
        if setting:  # a time limit: the rule that sets it, the one the sentence cites when it cites one
            cited = [r for r in setting if r in rule_ids]
            if cited or not rule_ids:
                return cited or setting[:1]
        raw = re.match(r"\S*(?:\s+[\w-]+)?", sentence[carrier.start:])
        fixed = self.fixed_text(raw.group(0) if raw else carrier.text)
        if fixed:
            return fixed
        ruled = [f"rule {r.id}" for r in self.rules if f"rule {r.id}" in rule_ids
                 and (value in {_number(c.text) for c in carriers(r.provides) if c.kind == "number"})]
        before = sentence[:carrier.start].split()[-1:]
        phrase = _norm(" ".join([*before, carrier.text]))  # "under 21": a rule of this route that says so
        # (a sentence that cites its rule rests on that rule alone); a time asked for a decision rests only on a rule
        # about deciding, never on a window to file in that gives the same days (letters set 82, case 07: Part D's
        # 60 days to ask an ALJ for a hearing is no 60 days for the plan to decide)
        deciding = bool(unit) and bool(_DECIDING.search(sentence))
        ruled += [f"rule {r.id}" for r in self.rules if r.governs(self.route) and not rule_ids
                  and len(before[0] if before else "") > 2
                  and re.search(rf"\b{re.escape(phrase)}\b", _norm(r.provides))
                  and (not deciding or _DECIDING.search(r.provides))]
        # a field holding the number, or a list that many long, whose name the sentence speaks of ("12 sessions" and
        # claim.sessions): a number alone matches too many fields to say which
        low = sentence.lower()
        fields = [p for p in [*self.numbers.get(value, []), *self.counts.get(value, [])]
                  if _named_in(p, low) or self._row_key_named(p, value, low)]
        if value in self.excess and re.search(r"\b(?:beyond|more than|over|exceed\w*|extra)\b", low):
            fields += self.excess[value]
        if self.age is not None and value == self.age and re.search(r"\bage\b|\byears? old|\byear-old", low):
            fields.append("patient.date_of_birth")  # the age on the first date of service, else the letter's
        return ruled or fields


    def _row_key_named(self, path: str, value: float, sentence: str) -> bool:
        """A number of a list row is named by its own key as well as by the list's ("34 units" and
        prior_auth.approved.lines[].units; a `code` by "code" or "services")."""
        row = self.rows.get(path) or {}
        return any(_named_in(str(k), sentence) for k, v in row.items()
                   if not isinstance(v, bool) and _number(str(v)) == value)


# the words that name a field's key in a sentence, where not the key itself: "the twelve sessions still to come"
# (wording.pending) is claim.pending_services
# (plan_policy.limit.course, a year's count toward a yearly limit: "the count toward that limit reached 25", letters
# set 52, case 04)
_KEY_WORDS = {"code": "services_codes", "pending_services": "pending_services_sessions", "course": "course_count"}
ADEQUACY_RULE = "the adequate-trial rule (arguments.py, treatment_kinds.yaml)"
_ROWS = re.compile(r"\brows? ([\d, –-]*\d(?: and \d+)?)$")
_DECIDING = re.compile(r"\bdecid|\bdecision", re.I)
_UNIT = re.compile(r"(?:calendar |business )?(days?|hours?|months?|weeks?)\b|-(day|hour|month|week)\b")


def _unit(word: str) -> str:
    return word.rstrip("s")


_TRIALS = re.compile(r"(?:[\w-]+ ){0,3}(?:trials?|antidepressants?|courses?|treatments?)\b", re.I)


def _rows_words(numbers: list[int]) -> str:
    from appeal_kit.letter.facts import _rows

    return _rows(numbers)


def _row_numbers(rows: str) -> set[int]:
    """"1-5" -> {1, ..., 5}, "1 and 3" -> {1, 3}: the rows a source names."""
    out: set[int] = set()
    for part in re.split(r",\s*|\s+and\s+", rows.strip()):
        if m := re.fullmatch(r"(\d+)\s*[–-]\s*(\d+)", part.strip()):
            out.update(range(int(m.group(1)), int(m.group(2)) + 1))
        elif part.strip().isdigit():
            out.add(int(part))
    return out


def _periods(route: str | None) -> dict[tuple[float, str], list[str]]:
    """(number, unit) -> ["rule <id>", ...] for every time limit the deadline rules give this plan type (appeal
    windows, decision times, the next level's window and clock): what a "60 days" or "72 hours" in the letter rests
    on."""
    from appeal_kit.intake import deadlines as dl

    out: dict[tuple[float, str], list[str]] = {}

    def add(n: int, unit: str, rule_id: str) -> None:
        if n and f"rule {rule_id}" not in out.setdefault((float(n), unit), []):
            out[(float(n), unit)].append(f"rule {rule_id}")

    plan = route or ""
    clocks = [*dl.DECISION_CLOCKS.get(plan, {}).values(), *dl.CLAIM_DECISION_CLOCKS.get(plan, {}).values(),
              *dl.PRIOR_AUTH_CLOCKS.get(plan, ())]
    if plan == "medicare_advantage":
        clocks += [*dl.PART_B_DRUG_REQUEST, dl.PART_B_DRUG_CLOCK]
    for level in (dl.NEXT_LEVELS.get(plan), *(later.level for later in dl.LATER_LEVELS.get(plan, ()))):
        if level and level.clock:
            clocks.append(level.clock)
    for decision_clock in clocks:
        add(decision_clock.days, "day", decision_clock.rule_id)
        add(decision_clock.hours, "hour", decision_clock.rule_id)
    window = dl.RULES.get(plan)
    if window:
        add(window.days, "day", "appeal_window")
        add(window.months, "month", "appeal_window")
        add(window.next_days, "day", window.next_rule or "appeal_window")
        add(window.next_months, "month", window.next_rule or "appeal_window")
    if plan in ("medicaid", "chip"):
        add(dl.MEDICAID_CONTINUATION_DAYS, "day", "medicaid_continued_benefits")
    return out


def _named_in(path: str, sentence: str) -> bool:
    """Whether `sentence` speaks of the field `path`: a word of its last key, by its first five letters
    ("claim.service_dates" and "services", "impact.hospitalizations" and "hospitalized")."""
    key = re.sub(r" rows? .*$", "", path).rsplit(".", 1)[-1]
    key = _KEY_WORDS.get(key, key)
    return any(len(w) >= 4 and w[:5] in sentence for w in key.lower().split("_") if w not in ("date", "dates"))


def _words_of(value: Any) -> str:
    """Every text inside a bundled YAML entry, joined."""
    if isinstance(value, dict):
        return " ".join(_words_of(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_words_of(v) for v in value)
    return str(value)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " ...”"


def _answering(text: str, sentence_paths: list[str]) -> str:
    """The field that would give an unsourced date or number of `text` its source."""
    for pattern, fld in _ANSWERS:
        if re.search(pattern, text, re.I):
            return fld
    return next((p for p in sentence_paths if not p.startswith(("Exhibit", "rule ", "reference "))),
                "exhibits")


def trace(paragraphs: list[str], facts: Facts, data: dict, exhibits: list[tuple[str, str]] = (),  # type: ignore[assignment]
          today: date | None = None) -> list[Sentence]:
    """Each sentence of the letter with what it rests on (see the module docstring). `exhibits`: (label, file as
    case.yaml names it) of each exhibit, in order; `today`: the letter's date."""
    look = _Lookup(facts, data, exhibits, today)
    governing = [(r.id, r.citation(look.route)) for r in look.rules if r.citation(look.route)]
    out = []
    for paragraph in paragraphs:
        # the dates the paragraph prints: a number of days between two of them ("73 days before that date") is theirs
        look.nearby = [(date.fromisoformat(d), look.dates.get(d, [])) for c in carriers(paragraph) if c.kind == "date"
                       for d in _dates(c) if len(d) == 10]
        for text in split_sentences(paragraph):
            out.append(_trace_one(text, look, governing))
    return [st for st in out if not (_HEADING.match(st.text) and st.kind in ("request", "reasoning"))]


def _trace_one(text: str, look: _Lookup, governing: list[tuple[str, str]]) -> Sentence:
    text = _LIST_MARKER.sub("", text)  # "1.The corrected claim ...": a numbered summary point's number
    low = text.lower() if len(text.lower()) == len(text) else _norm(text)
    sources: list[str] = []
    covered: list[tuple[int, int, str]] = []  # spans of the sentence a case value or a rule citation accounts for
    for path, form, whole in look.fields:
        for m in re.finditer(re.escape(form), low):
            if low[m.start() - 1:m.start()].isalnum() or low[m.end():m.end() + 1].isalnum():
                continue  # inside a longer word or number ("5 mg daily" in "225 mg daily")
            # the case's text runs on past the form's first words as far as the sentence prints it
            at = whole.find(form)
            end = m.end()
            if at >= 0:
                while end < len(low) and at + end - m.start() < len(whole) and low[end] == whole[at + end - m.start()]:
                    end += 1
            covered.append((m.start(), end, path))
            sources.append(path)
    contacts = [(m.start(), m.end(), path) for path, form in look.contacts for m in re.finditer(re.escape(form), low)]
    if _norm(text) in look.rule_sentences:  # the adequate-trial rule, with its weeks and sessions
        covered.append((0, len(text), ADEQUACY_RULE))
        sources.append(ADEQUACY_RULE)
        if look.rule_field and "the plan's own minimum" in text:  # stated with the plan's weeks: its words say so
            sources.append(look.rule_field)
    for fact in look.asserted:  # a fact the sentence says brings its exhibits and pages with it
        anchor = _norm(fact.anchor) if fact.anchor else ""
        if anchor and anchor in low:
            start = low.index(anchor)
            covered += [(start, start + len(anchor), s) for s in fact.sources or (fact.field,) if s]
            sources += [s for s in fact.sources if s]
    for paragraph, ids in look.paragraphs:  # an argument paragraph that says facts: its sentences rest on them
        if look.canon(_norm(text)) in paragraph:
            sources += [s for i in ids for s in look.by_id[i].sources or (look.by_id[i].field,) if s]
    sources += look.fact_sources(sources)
    rule_ids: list[str] = []
    for rule_id, cite in governing:
        for m in re.finditer(re.escape(cite), text):
            if not re.match(r"[\w(]", text[m.end():m.end() + 1]):
                covered.append((m.start(), m.end(), f"rule {rule_id}"))
                rule_ids.append(f"rule {rule_id}")
    missing: list[tuple[str, str]] = []
    # dates and numbers last: a quotation, citation or exhibit the sentence also carries brings the field or record
    # that holds them ("within the 30 days the plan's own terms give: “We have 30 days ...”", set 20, case 01)
    for carrier in sorted(carriers(text), key=lambda c: c.kind in ("date", "number")):
        if carrier.kind == "citation":
            found, what, answer = look.citation(carrier, covered)
        elif carrier.kind == "reference":
            continue  # "[2]": a reference the letter lists, named in the sources below
        elif any(a <= carrier.start and carrier.end <= b for a, b, _ in covered):
            continue  # part of a case value the sentence prints: that value's field is its source
        elif inside := [path for a, b, path in contacts if a <= carrier.start and carrier.end <= b]:
            sources.append(inside[0])  # a phone number or an address: the field that holds it
            continue
        elif carrier.kind == "exhibit":
            pointer = _EXHIBIT.match(carrier.text)
            labels = [g for g in pointer.groups() if g] if pointer else []
            found = [] if any(label not in look.exhibits for label in labels) else [
                s for label in labels
                for s in (f"Exhibit {label}: {look.exhibits[label][0]}", *look.exhibits[label][1])]
            what = (f"{carrier.text}, which is not among the packet's exhibits "
                    f"({', '.join(look.exhibits) or 'none'})")
            answer = "exhibits"
        elif carrier.kind == "enclosure":
            found, what, answer = look.enclosure(carrier)
            pointers = [c for c in carriers(text) if c.kind == "exhibit"]
            if not found and pointers and all(_EXHIBIT.match(c.text).group(1) in look.exhibits  # type: ignore[union-attr]
                                              for c in pointers):
                found = ["(the exhibits the sentence names)"]  # "two articles are enclosed, ... (Exhibit E) and ..."
        elif carrier.kind == "quote":
            found, what, answer = look.quote(carrier)
        else:
            paths = list(dict.fromkeys(sources))
            found = (look.date(carrier, paths) if carrier.kind == "date"
                     else look.number(carrier, text, paths, rule_ids))
            what = f"the {carrier.kind} {carrier.text}"
            timed = carrier.kind == "number" and _UNIT.match(text[carrier.end:].strip(" -"))
            answer = look.plan_fields if timed else _answering(text, paths)
        if found:
            sources += [f for f in found if not f.startswith("(")]
        else:
            missing.append((what, answer))
    sources = list(dict.fromkeys(sources))
    case_sourced = any(not s.startswith("rule ") for s in sources)
    sources += [r for r in dict.fromkeys(rule_ids) if r not in sources]
    sources = list(dict.fromkeys([*sources, *(f"reference [{m}]" for m in _REFERENCE.findall(text))]))
    kind = ("unsourced" if missing else "case" if case_sourced else "rule" if sources else
            "request" if _REQUEST.search(text) else "reasoning")
    return Sentence(text, sources, kind, missing)


def trace_letter(case: Any, facts: Facts, letter: Path | list[str], today: date | None = None) -> list[Sentence]:
    """trace() for a case's letter: its sentences read back from the .docx (or the paragraphs given), its exhibits as
    the packet labels them."""
    paragraphs = letter if isinstance(letter, list) else letter_paragraphs(letter)
    return trace(paragraphs, facts, case.data, exhibit_files(case), today)


def exhibit_files(case: Any) -> list[tuple[str, str]]:
    """(label, file as case.yaml names it) of each exhibit of the case's packet, in order."""
    from appeal_kit.letter.records import RECORD_KINDS
    from appeal_kit.numbering import exhibit_label

    folder = Path(case.folder).resolve()
    files = [Path(e.path).resolve() for e in case.exhibits]
    names = [f.relative_to(folder).as_posix() if f.is_relative_to(folder) else str(f) for f in files]
    # then the records appeal-kit makes from case.yaml (the call log, the expenses), as the packet orders them
    names += [key for key, _, _ in RECORD_KINDS if case.data.get(key) not in (None, [])]
    return [(exhibit_label(i), name) for i, name in enumerate(names)]


def unsourced_sentences(sentences: list[Sentence]) -> list[Sentence]:
    return [st for st in sentences if st.missing]


_KIND_NOTE = {"request": "(a request: states no fact about the case)",
              # no value of the case to trace, which is not to say true of every case: a reviewer found false
              # sentences under the old label "reasoning that holds for any case" (set 41's review)
              "reasoning": "(the letter's own reasoning: it rests on no case value, exhibit, date, number, citation "
                           "or quotation; read it against the case)"}


def sentence_lines(sentences: list[Sentence], limit: int = 220) -> list[str]:
    lines = ["", "The letter, sentence by sentence, and what each rests on (case.yaml fields, exhibits, rules and "
             "references).", "NO SOURCE marks a date, number, exhibit, citation or quotation that nothing in the case "
             "gives, with the field or exhibit", "that would give it:", ""]
    for n, st in enumerate(sentences, start=1):
        text = st.text if len(st.text) <= limit else st.text[:limit].rsplit(" ", 1)[0] + " ..."
        lines.append(f"{n:>3}. {text}")
        if st.sources or st.kind not in _KIND_NOTE:
            lines.append(f"     <- {', '.join(st.sources) if st.sources else 'nothing in the case'}")
        else:
            lines.append(f"     <- {_KIND_NOTE[st.kind]}")
        lines += [f"     NO SOURCE: {what} (would come from: {answer})" for what, answer in st.missing]
    return lines
