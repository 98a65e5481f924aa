"""Other people's information in an exhibit: a clearinghouse report, a fax log or a billing ledger often lists other
patients beside this one (letters sets 20 and 21: "R.T." and "L.M." on a 277CA report). A packet carries only the
patient's information (docs/privacy.md), so the build names each exhibit page that does and asks for the other
lines to be blacked out, or the document left out. Only what a reader sees as a patient's name is weighed: a value
under a "Patient" or "Member" label or column; never an ID (the patient's own earlier plan has another) and never a
subscriber (a parent or spouse may hold the policy). Read from the text layer of the exhibits' PDFs: a scan or photo
without one is not read (OCR is the slow part of intake and would double a build's time).

The warning names the exhibit and the page, never the names found (logs and messages name files and fields only)."""
from __future__ import annotations

import re
from pathlib import Path

# a label or column heading for the person the document is about, English and Spanish
_PERSON = r"(?:patient|member|enrollee|beneficiary|paciente|miembro|afiliad[oa]|beneficiari[oa])"
_LABEL = re.compile(rf"\b{_PERSON}(?:'s)?(?: (?:full )?name| nombre| \(initials\)| \(iniciales\))?\s*:\s*"
                    r"(?P<value>[^\s:].*?)(?=\s{2,}|$)", re.I | re.M)
_HEADING = re.compile(rf"^{_PERSON}(?:'s)?(?: (?:full )?name| nombre| \(initials\)| \(iniciales\))?$", re.I)
_CELLS = re.compile(r"\S+(?: \S+)*")  # a layout line's cells: words apart by single spaces
_INITIALS = re.compile(r"(?:[A-Z]\.\s?-?){1,4}(?:-[A-Z]\.)?")
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")


def people_in(text: str) -> list[str]:
    """The values a page gives as a patient's or member's name: after a label ("Patient: R. Tanaka") or in the rows
    under a column headed so ("Patient (initials)"), until a blank line."""
    found = [m.group("value").strip() for m in _LABEL.finditer(text)]
    lines = text.splitlines()
    for i, line in enumerate(lines):
        cells = [(m.start(), m.group()) for m in _CELLS.finditer(line)]
        if len(cells) < 2:
            continue
        columns = [start for start, cell in cells if _HEADING.match(cell)]
        for row in lines[i + 1:]:
            if not row.strip():
                break
            for start in columns:
                value = next((cell for s, cell in ((m.start(), m.group()) for m in _CELLS.finditer(row))
                              if abs(s - start) <= 2), "")
                if value:
                    found.append(value)
    return [v for v in found if _looks_like_a_name(v)]


def _looks_like_a_name(value: str) -> bool:
    """A person's name or initials: no digits (an ID, a date), at most five words, each capitalised or a particle
    ("de", "van"); not "Self" or "same as above"."""
    words = value.split()
    if not words or len(words) > 5 or re.search(r"\d", value):
        return False
    if _INITIALS.fullmatch(value.strip()):
        return True
    particles = {"de", "del", "la", "las", "los", "y", "van", "von", "der", "da", "di", "le", "du"}
    named = [w for w in words if w.lower() not in particles]
    return bool(named) and all(w[0].isupper() for w in named) and value.lower() not in ("self", "same", "n/a")


def _initials(name: str) -> set[str]:
    return {w[0].upper() for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()}


def is_this_patient(value: str, patient: str, also: tuple[str, ...] = ()) -> bool:
    """Whether a name a document gives is the patient's (or one of `also`: the author, the patient's short name): a
    word of the name in common ("Lindqvist-Amos, Hannah"), or initials that are the patient's ("H.L.-A.")."""
    words = {w.lower() for w in _NAME_WORD.findall(value)}
    for known in (patient, *also):
        if words & {w.lower() for w in _NAME_WORD.findall(known)}:
            return True
    if _INITIALS.fullmatch(value.strip()):
        letters = [c for c in value if c.isalpha()]
        own = _initials(patient)
        return bool(letters) and letters[0] == patient.strip()[:1].upper() and set(letters) <= own
    return not words  # no name in it ("Self", a dash): nothing to weigh


def other_people_pages(pages: list[str], patient: str, also: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """(page number from 1, how many other people it names) for each page that names someone else."""
    out = []
    for number, text in enumerate(pages, start=1):
        others = {v for v in people_in(text) if not is_this_patient(v, patient, also)}
        if others:
            out.append((number, len(others)))
    return out


def exhibit_pages_text(pdf: Path) -> list[str]:
    """The text layer of each page of an exhibit's PDF; [] when pdftotext is missing or cannot read it."""
    from appeal_kit._exec import pdftotext
    from appeal_kit.errors import AppealKitError

    if not pdftotext.PDFTOTEXT.available():
        return []
    try:
        return pdftotext.page_texts(pdf)
    except (AppealKitError, OSError):
        return []
