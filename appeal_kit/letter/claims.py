"""The claims report: every factual statement a drafted letter makes about the case, and where it comes from.

`draft` writes it beside the letter (letter-claims.txt) for the advocate and the patient to check before sending;
`check` counts the statements without a source (the goal is none). The statements are structured records
(`Statement`: id, text, facts, sources, where) so that other code can reuse them (a patient summary in another
language, say) without parsing the text file.

The statements are the facts the letter asserted while it was rendered (appeal_kit.letter.facts: `requires:` in
arguments.yaml and `says(...)` in the templates), each once, in the order the letter first says it.

The report also walks the letter sentence by sentence (`trace`): each sentence of the drafted letter, read back from
the .docx, with the case.yaml fields, exhibits, rules and references it rests on. A sentence rests on a field when it
prints that field's value (a date in words, a quoted text, a code, a name of a treatment tried) or the words of a fact
the letter asserted (`Fact.anchor`), which bring that fact's sources with them; on a rule when it prints the rule's
citation; on a reference when it cites one. A sentence with none of these states nothing about this case: it is a
request, or reasoning that holds for any case; the report says which, so a reviewer can see that no sentence about
the case goes untraced.
"""
from __future__ import annotations

import html
import re
import zipfile
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit.files import atomic_write
from appeal_kit.i18n import N_
from appeal_kit.letter.facts import Facts
from appeal_kit.letter.wording import Phrase, longdate

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


def statements(facts: Facts) -> list[Statement]:
    out: dict[str, Statement] = {}
    for fact_id, where in facts.asserted:
        fact = facts.by_id[fact_id]
        st = out.setdefault(fact_id, Statement(fact_id, fact.says, [fact_id], list(fact.sources), []))
        if where and where not in st.where:
            st.where.append(where)
    return list(out.values())


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

@dataclass
class Sentence:
    text: str
    sources: list[str]  # case.yaml fields, exhibits, "rule <id>", "reference [n]"
    kind: str  # "case" (rests on the case), "rule" (a rule only), "request", or "reasoning" (no fact of this case)


# Fields whose values say who writes to whom (names and addresses), not a fact the letter argues from
_NOT_FACTS = ("insurer.", "patient.name", "patient.salutation", "patient.address", "patient.phone", "patient.email",
              "author.", "exhibits", "template", "literature", "provider.address", "provider.phone", "bates_prefix",
              "footer_note", "copies", "clinic.", "submissions", "regulator.", "claim.plan_type",
              "claim.denial_category", "claim.funding", "claim.state", "expenses", "claims", "service_lines",
              "call_log", "planned_care")
# Values that are choices from a short list (history rows' response and kind, suicidality) or plain frequency words:
# they appear in any letter's wording, so they are never what traces a sentence
_CHOICES = frozenset({"none", "partial", "lost", "response", "remission", "passive", "active", "attempt",
                      "antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other", "weekly", "daily",
                      "denied", "approved", "patient", "physician", "parent", "representative"})
_ABBREVIATIONS = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Jr|Sr|vs|et al|e\.g|i\.e|U\.S|p|pp|approx)|\b[A-Z])\.$")
_REQUEST = re.compile(r"^(?:please|i (?:also )?(?:ask|request)|i therefore ask|if\b.*\bplease\b|thank you)", re.I)
_HEADING = re.compile(r"^(?!.*[.:;?!”)]$)(?:\S+\s+){0,11}\S+$")
_REFERENCE = re.compile(r"\[(\d+(?:[,–-]\s*\d+)*)\]")


def letter_paragraphs(path: Path) -> list[str]:
    """The letter's body as read back from the .docx: each paragraph, and each table row with its cells joined by
    " | ", from the salutation ("Dear ...") to the signature ("Sincerely"), the parts that argue."""
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
        if ch == "." and _ABBREVIATIONS.search(paragraph[start:i + 1]):
            continue
        out.append(paragraph[start:i + 1].strip())
        start = i + 2
    tail = paragraph[start:].strip()
    return [*out, tail] if tail else out


def _norm(text: Any) -> str:
    return " ".join(str(text).split()).lower()


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
    forms = [text[:60].rsplit(" ", 1)[0] if len(text) > 60 else text]
    if len(text) > 60:  # a long text the letter may print in part, or sentence by sentence
        forms += [_norm(p)[:60].strip(" .") for p in split_sentences(" ".join(str(value).split()))
                  if len(p.split()) >= 3]
    said = _norm(longdate(value))
    if said != _norm(value):
        forms.append(said)
    return forms


def trace(paragraphs: list[str], facts: Facts, data: dict, plan_type: str | None = None) -> list[Sentence]:
    """Each sentence of the letter with what it rests on (see the module docstring)."""
    from appeal_kit.rules import registry

    fields = [(path, form) for path, value in _leaves(data, "") if not path.startswith(_NOT_FACTS)
              for form in _forms(value)]
    asserted = [facts.by_id[i] for i in dict.fromkeys(i for i, _ in facts.asserted)]
    rules = [(r.id, r.citation(plan_type)) for r in registry().values() if r.citation(plan_type)]
    out = []
    for paragraph in paragraphs:
        if _HEADING.match(paragraph):
            continue  # a heading ("Treatment already tried") says nothing of its own
        for text in split_sentences(paragraph):
            low = _norm(text)
            sources: list[str] = []
            for path, form in fields:
                if form in low:
                    sources.append(path)
            for fact in asserted:  # a fact the sentence says brings its exhibits and pages with it
                if (fact.anchor and _norm(fact.anchor) in low) or (fact.sources and fact.sources[0] in sources):
                    sources += [s for s in fact.sources if s]
            sources = list(dict.fromkeys(sources))
            case_sourced = bool(sources)
            sources += [f"rule {rule_id}" for rule_id, cite in rules if cite in text]
            sources += [f"reference [{m}]" for m in _REFERENCE.findall(text)]
            kind = ("case" if case_sourced else "rule" if sources else
                    "request" if _REQUEST.search(text) else "reasoning")
            out.append(Sentence(text, list(dict.fromkeys(sources)), kind))
    return out


_KIND_NOTE = {"request": "(a request: states no fact about the case)",
              "reasoning": "(reasoning that holds for any case: states no fact about this one)"}


def sentence_lines(sentences: list[Sentence], limit: int = 220) -> list[str]:
    lines = ["", "The letter, sentence by sentence, and what each rests on (case.yaml fields, exhibits, rules and "
             "references):", ""]
    for n, st in enumerate(sentences, start=1):
        text = st.text if len(st.text) <= limit else st.text[:limit].rsplit(" ", 1)[0] + " ..."
        lines.append(f"{n:>3}. {text}")
        lines.append(f"     <- {', '.join(st.sources) if st.sources else _KIND_NOTE[st.kind]}")
    return lines
