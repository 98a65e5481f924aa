"""The claims report: every factual statement a drafted letter makes about the case, and where it comes from.

`draft` writes it beside the letter (letter-claims.txt) for the advocate and the patient to check before sending;
`check` counts the statements without a source (the goal is none). The statements are structured records
(`Statement`: id, text, facts, sources, where) so that other code can reuse them (a patient summary in another
language, say) without parsing the text file.

The statements are the facts the letter asserted while it was rendered (appeal_kit.letter.facts: `requires:` in
arguments.yaml and `says(...)` in the templates), each once, in the order the letter first says it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from appeal_kit.files import atomic_write
from appeal_kit.letter.facts import Facts
from appeal_kit.letter.wording import Phrase

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


def report_text(items: list[Statement], facts: Facts, *, letter: str, template: str) -> str:
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
    return "\n".join(lines) + "\n"


def write_report(path: Path, items: list[Statement], facts: Facts, *, letter: str, template: str) -> Path:
    text = report_text(items, facts, letter=letter, template=template)
    atomic_write(path, lambda fh: fh.write(text.encode("utf-8")), what="claims report")
    return path
