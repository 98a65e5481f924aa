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
from collections.abc import Callable
from pathlib import Path

from appeal_kit.case.names import CREDENTIALS

# a label or column heading for the person the document is about, English and Spanish: the patient (a client, a
# resident, a participant) or a member, who may be the policy holder
_ABOUT_WORDS = r"patient|client|resident|participant|paciente|cliente|residente|participante"
_ABOUT = rf"(?:{_ABOUT_WORDS})"
_PERSON = rf"(?:{_ABOUT_WORDS}|member|enrollee|beneficiary|miembro|afiliad[oa]|beneficiari[oa])"
# a label after "by" or "from" names who wrote what follows, not the person ("Note entered by member: Itemized bill
# sent ...": letters set 88, case 04, the member's own portal note read as another person's name)
_LABEL = re.compile(rf"(?<!\bby )(?<!\bfrom )\b(?P<label>{_PERSON})(?:'s)?"
                    r"(?: (?:full )?name| nombre| \(initials\)| \(iniciales\))?\s*:\s*"
                    r"(?P<value>[^\s:].*?)(?=\s{2,}|$)", re.I | re.M)
_HEADING = re.compile(rf"^(?P<label>{_PERSON})(?:'s)?(?: (?:full )?name| nombre| \(initials\)| \(iniciales\))?$",
                      re.I)
_CELLS = re.compile(r"\S+(?: \S+)*")  # a layout line's cells: words apart by single spaces
_INITIALS = re.compile(r"(?:[A-Z]\.\s?-?){1,4}(?:-[A-Z]\.)?")
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")
_PARTICLES = {"de", "del", "la", "las", "los", "y", "van", "von", "der", "da", "di", "le", "du"}
_BARE_LABEL = re.compile(r"\b(?:patient|paciente)\s+(?P<name>(?:[A-Z]\.\s?){1,3}(?:-[A-Z]\.)?"
                         r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?|[A-Z][a-z]+(?:-[A-Z][a-z]+)?, (?:[A-Z][a-z]+|[A-Z]\.))"
                         r"(?![\w'-])")
# "Member 02 Corwin Arkwright   Claim ...": a family statement's numbered line for one person, each a claim of its own
# (letters set 62, cases 03 and 04); a numbered line is never the policy holder, who is the "Subscriber" or "Enrollee"
_NUMBERED = re.compile(rf"^\s*(?:{_PERSON})\s+#?\d{{1,3}}\s+(?P<value>[^\s:\d].*?)(?=\s{{2,}}|$)", re.I | re.M)


def people_in(text: str) -> list[str]:
    """The values a page gives as a patient's or member's name: after a label ("Patient: R. Tanaka") or in the rows
    under a column headed so ("Patient (initials)", "Client"), until a blank line."""
    return [value for value, _about in _labelled(text)]


def _labelled(text: str) -> list[tuple[str, bool]]:
    """people_in's names, each with whether its label is the patient's own ("Patient", "Client"), not "Member"."""
    found = [(_name_prefix(m.group("value")), bool(re.fullmatch(_ABOUT, m.group("label"), re.I)))
             for m in _LABEL.finditer(text)]
    # "new request - patient R. Delgado-Finch": a label without its colon, before initials or "Surname, Given" (a
    # capitalised pair after "patient" is more often a form's name: "Patient Health Questionnaire")
    found += [(m.group("name"), True) for m in _BARE_LABEL.finditer(text)]
    found += [(_name_prefix(m.group("value")), True) for m in _NUMBERED.finditer(text)]
    lines = text.splitlines()
    for i, line in enumerate(lines):
        cells = [(m.start(), m.group()) for m in _CELLS.finditer(line)]
        if len(cells) < 2:
            continue
        columns = [(start, bool(re.match(_ABOUT, cell, re.I))) for start, cell in cells if _HEADING.match(cell)]
        for row in lines[i + 1:]:
            if not row.strip():
                break
            for start, about in columns:
                value = next((cell for s, cell in ((m.start(), m.group()) for m in _CELLS.finditer(row))
                              if abs(s - start) <= 2), "")
                if value:
                    found.append((value, about))
    return [(v, about) for v, about in found if _looks_like_a_name(v)]


def _name_prefix(value: str) -> str:
    """The name a label's value begins with, without what follows it on the line ("Delbert Aames DOB 01/02/1990",
    "J. Whitlock (sent in error)"): its words up to the first that no name holds (a number, a bracket, a lower-case
    word other than a particle)."""
    kept = []
    for word in value.split():
        if re.search(r"\d", word) or word[0] in "([" or word[0].islower() and word not in _PARTICLES:
            break
        kept.append(word)
        if word[-1] in ";)" or word.endswith(".") and len(word.rstrip(".")) > 1:
            break  # "R. Ekwueme-Thorsdottir. Episode 2": the sentence ends with the name
    return " ".join(kept).rstrip(",;:") or value.strip()


def _looks_like_a_name(value: str) -> bool:
    """A person's name or initials: no digits (an ID, a date), at most five words, each capitalised or a particle
    ("de", "van"); not "Self" or "same as above"."""
    words = value.split()
    if not words or len(words) > 5 or re.search(r"\d", value):
        return False
    if _INITIALS.fullmatch(value.strip()):
        return True
    named = [w for w in words if w.lower() not in _PARTICLES]
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


# A person's name as a roster, log or household printout gives it: "Pruitt, J.", "Lindahl-Mbeki, Anders",
# "P. Lindgren", "R.M.", "J.P.-A.", "G. H.-P.", "Lena Whitlock" (a title before it is prose, not a row: skipped).
# Latin-1 letters too: "Tomás E." on a Spanish-speaking family's group sign-in (letters set 61, case 03)
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:['’-][{_UPPER}][{_LOWER}]+)*"
_CAPS = rf"[{_UPPER}]{{2,}}(?:['’-][{_UPPER}]{{2,}})*"  # a name printed in capitals: "IDOWU, OLUMIDE", "PELLETIER, R."
# a "Surname, Given" name may end in a middle initial ("Whitlow, Gerald T.", "QUINTANILLA BARRIOS, ROSA E")
_SHAPE = re.compile(rf"(?<![\w.'’-])(?:(?P<last_first>{_WORD}(?:[ ]{_WORD})?,[ ](?:{_WORD}(?:[ ][A-Z]\.)?|[A-Z]\.)"
                    rf"|{_CAPS}(?:[ ]{_CAPS})?,[ ](?:[A-Z]{{3,}}(?:[ ][A-Z]\b\.?)?|[A-Z]\.))"
                    # "J. R.-Ballantyne" (an initial for the first family name), "L. Ibarra Cruz" (two family names,
                    # the second only where the cell ends: "R. Okonjo Tuesday" is prose)
                    rf"|(?P<initial_last>[A-Z]\.[ ]?(?:[A-Z]\.-)?{_WORD}(?:[ ]{_WORD}(?=[ ]{{2}}|[ ]*$|\t))?)"
                    r"|(?P<initials>(?:[A-Z]\.[ ]?){1,3}(?:-[A-Z]\.)?)"
                    rf"|(?P<given_initial>{_WORD}[ ][A-Z]\.(?:-?[A-Z]\.)?)"
                    rf"|(?P<first_last>{_WORD}(?:[ ][A-Z]\.)?[ ]{_WORD}(?:[ ]{_WORD})?))(?![\w'’-])")
# dotted abbreviations that look like initials: a box, a time, a country, a credential
_DOTTED_WORDS = {"P.O.", "U.S.", "A.M.", "P.M.", "I.D.", "D.C.", "M.D.", "D.O.", "R.N.", "N.P.", "P.A.", "E.U.",
                 "EE.UU.", "N.A.", "S.A.", "L.P.", "P.C."}
_LETTERS = CREDENTIALS | {"npi"}  # "MD, NPI": a clinician's number label after the letters
_TITLES = {"dr", "mr", "mrs", "ms", "mx", "miss", "dear", "prof", "rev", "hi", "hello"}
# words after a comma that are no given name: a heading's or an address's second part, or a title
_NOT_GIVEN = _TITLES | {"part", "self", "plan", "option", "suite", "unit", "floor", "box", "inc", "llc"}
_CREDENTIAL = re.compile(r",?\s*([A-Z][A-Za-z]*(?:-[A-Z]+)?)\b")  # "K. Reyes, LCSW", "Dana Ruiz PsyD"
# labels for someone whose name on the patient's documents is expected: the policy holder, a parent, the signer
_HOLDER = re.compile(r"(?:subscriber|insured|policy ?holder|guarantor|account(?: holder)?|responsible party|parent|"
                     r"guardian|mother|father|employee|signed|signature|titular|asegurado|padre|madre)\W*$", re.I)
_TIME = re.compile(r"\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?$", re.I)
_DATE = re.compile(r"\d{1,4}[/-]\d{1,2}(?:[/-]\d{2,4})?$")
_SLOT = re.compile(r"(?:room|rm|bay|chair|bed|slot|station|seat|cama|sala|silla)\.?\s*#?\w{1,4}:?$", re.I)


def _letters(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())


def _signed(after: str) -> bool:
    """Whether a name is followed by a clinician's letters, so it is a signature rather than a roster row."""
    m = _CREDENTIAL.match(after)  # two capitals at least: "PhD", "LCSW", never the words "Do" or "Ms"
    return m is not None and sum(c.isupper() for c in m.group(1)) > 1 and _letters(m.group(1)) in CREDENTIALS


def _before_kind(before: str) -> str:
    """What a name follows on its line: the start, a separator, a time, a date, a room or chair, a label, a word."""
    stripped = before.rstrip()
    if not stripped or re.fullmatch(r"[-*•]|\d{1,3}[.)]", stripped):  # a list's bullet or number
        return "cell"
    # a cell's end: a bar, two spaces, a tab, or a spaced dash ("Precert ECT - B. Lindqvist-Mora" on a fax report)
    if stripped[-1] in "|;•" or before.endswith("  ") or before.endswith("\t") or re.search(r"\s[-–—]$", stripped):
        cell = re.split(r"\s{2,}|\t|[|;•]", stripped)[-1].strip()
        for kind, pattern in (("time", _TIME), ("date", _DATE), ("slot", _SLOT)):
            if cell and pattern.search(cell):
                return kind
        return "cell"
    for kind, pattern in (("time", _TIME), ("date", _DATE), ("slot", _SLOT)):
        if pattern.search(stripped):
            return kind
    if stripped.endswith(","):  # "Present: Theo A.-K., Jordan M., Kaylee S.": the next of a list of names
        return "list"
    if stripped.endswith(":"):  # "Chair 3, 8:30 am: R. Okonjo": a time or a chair before the colon
        label = stripped[:-1].rstrip()
        for kind, pattern in (("time", _TIME), ("date", _DATE), ("slot", _SLOT)):
            if label and pattern.search(label):
                return kind
        return "label:" + label.split()[-1].lower() if label.split() else "cell"
    return "word"


def _after_kind(after: str) -> str:
    """What follows a name: a number, a bracket, a lower-case word, a capitalised word, the line's end."""
    rest = after.lstrip()
    if not rest:
        return "end"
    if rest[0].isdigit():
        return "number"
    if rest[0] in "([":
        return "bracket"
    if rest[0].isalpha():
        return "lower" if rest[0].islower() else "capital"
    return rest[0]


def _names_on(text: str) -> list[tuple[int, str, str, str, str]]:
    """(line number, name, shape, before-kind, after-kind) for each name-shaped phrase that is not prose ("Dr. Sato",
    "Ms. Hale") or a clinician's signature ("K. Reyes, LCSW")."""
    found = []
    for number, line in enumerate(text.splitlines()):
        for m in _SHAPE.finditer(line):
            before, after = line[:m.start()], line[m.end():]
            words = before.split()
            if words and words[-1].rstrip(".").lower() in _TITLES or _signed(after):
                continue
            if m.lastgroup == "first_last" and (m.group().split()[0].lower() in _TITLES
                                                or re.search(r"\b[A-Z][\w&.'’-]* $", before)
                                                or re.match(r" [A-Z]", after)):
                continue  # a run of capitalised words is a place or a plan ("Saguaro Regional Hospital")
            name = m.group().strip()
            if m.lastgroup == "last_first" and {_letters(part) for part in name.split(",")} & _LETTERS:
                continue  # "MA, LPC", "RN, BSN", "MD, NPI": a clinician's letters, not a name
            if m.lastgroup == "last_first" and name.split(",")[1].split()[0].rstrip(".").lower() in _NOT_GIVEN:
                continue  # "Services, Part B Redeterminations", "Neuromodulation, Dr. Ansel Whitcombe"
            if m.lastgroup == "last_first" and " " in name.split(",")[0] and re.match(r" [A-Z]", after):
                continue  # "Standard Option, Self Only", "Administrative Services, Part B": a heading, not a name
            if m.lastgroup == "initials" and name.replace(" ", "").upper() in _DOTTED_WORDS:
                continue
            found.append((number, name, m.lastgroup or "", _before_kind(line[:m.start()]),
                          _after_kind(line[m.start() + len(name):])))
    return found


_ROW_START = {"cell", "time", "date", "slot"}
_ROW_MARK = {"time", "date", "slot"}  # what makes a line a row: two capitalised words at a line's start may be prose
_PERSON_LABEL = re.compile(_PERSON + r"(?:'s)?|name|nombre")
_STATES = {"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
           "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
           "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
           "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
           "virginia", "washington", "wisconsin", "wyoming", "columbia", "rico", "guam",
           # the first word of a two-word state after its city's comma: "Albany, New York"
           "new", "north", "south", "west", "rhode", "district", "puerto"}


def _table_row(line: str) -> bool:
    """A line of cells set apart by runs of spaces or tabs, as a table's row is; prose has single spaces."""
    return len(re.split(r"\s{2,}|\t", line.strip())) >= 2


def _place(name: str) -> bool:
    """ "Dayton, Ohio": a city and its state, not a surname and a given name."""
    return name.rsplit(",", 1)[-1].strip().lower() in _STATES


def roster_people(text: str, patient: str, also: tuple[str, ...] = ()) -> list[str]:
    """Other people a page lists the way it lists the patient: a schedule, a vitals or attendance log, a pharmacy
    printout, a shared sheet (letters sets 53 and 54: "Chair 2: Pruitt, J." under the patient's own chair, "08:40
    R.M." beside her "08:10 J.P.-A.", "L. Marsh 22 | B. Tran 11" beside her score). A name counts when it sits where
    the patient's does: after the same kind of thing (a time, a date, a room, the start of a cell) and before the
    same kind (a number, a bracket, a word); on the patient's own line any cell start will do; a row begun another
    way will do for a name of the patient's own shape. A "Surname, Given" name after a time or a chair is someone's
    whether or not the patient is listed ("09:00 Halvorsen, Bettina", a misfiled schedule). A relative with the
    patient's family name and another given name ("Lena Whitlock" on a household printout) is someone else; named
    alone, outside such rows (a sponsor, a parent on a coverage notice), a relative is expected and not counted. So
    is a name a label gives as the policy holder, a parent or the signer."""
    names = _names_on(text)
    family = _family_words(patient) | _printed_surnames(names, patient)
    own = [(n, shape, before, after) for n, name, shape, before, after in names
           if is_this_patient(name, patient, also) and not _relative(name, patient, family)]
    own_lines = {n for n, _s, _b, _a in own}
    own_shapes = {shape for _n, shape, _b, _a in own}
    signatures = {(before, after) for _n, _s, before, after in own}
    cell_after = {after for _n, _s, before, after in own if before in ("cell", "list") or before.startswith("label:")}
    # "Patient: Farrow-Nakamura, G.   84 mg" and "Chair 2: Pruitt, J.   56 mg": a row begun another way, a name of
    # the same shape before the same kind of thing
    row_shapes = {(shape, after) for _n, shape, before, after in own if shape != "first_last"
                  if before in _ROW_START or before.startswith("label:") and _PERSON_LABEL.fullmatch(before[6:])}
    lines = text.splitlines()
    # a table's row begins with the patient's name ("Daniela Ruiz Altamirano    eligible    renewal 06/30/2027"): a
    # relative at the start of another row is a household member listed as the patient is (letters set 61, case 02)
    own_row = any(before == "cell" and _table_row(lines[n]) for n, _s, before, _a in own)
    out = []
    for n, name, shape, before, after in names:
        if is_this_patient(name, patient, also) and not _relative(name, patient, family):
            continue
        if _HOLDER.search(lines[n][:lines[n].find(name)]):
            continue
        if shape == "first_last" and shape not in own_shapes and not _relative(name, patient, family):
            continue  # "Laurel Springs", "Anesthesia Center": two capitalised words are a name only beside one
        relative = _relative(name, patient, family)
        if ((before, after) in signatures and before in (_ROW_START if shape != "first_last" or relative
                                                         else _ROW_MARK)
                or n in own_lines and shape != "first_last" and (before == "list" or before == "cell"
                                                                 and after in cell_after)
                or before in _ROW_START and (shape, after) in row_shapes
                or shape == "last_first" and before in ("time", "slot", "label:re") and not _place(name)
                or relative and own_row and before == "cell" and _table_row(lines[n])):
            out.append(name)
    return out


# capitalised words a label's line holds beside a name that are no part of it
_NOT_NAMES = {"DOB", "MRN", "ID", "SSN", "DOS", "NPI", "EPISODE", "AGE", "SEX"}


def _same_words(name: str, known: str) -> bool:
    """Every word of `name` is one of `known`'s: the author's own name, never a relative who shares a family name with
    the salutation ("Karim Ammar" is not "Ms. Thibodeaux-Ammar")."""
    words = {w.lower() for w in _NAME_WORD.findall(name)}
    return bool(words) and words <= {w.lower() for w in _NAME_WORD.findall(known)}


def _family_words(patient: str) -> set[str]:
    """The patient's family name, its parts and whole ("Lindqvist-Amos", "lindqvist", "amos"), lower-case."""
    words = patient.split()
    last = words[-1] if len(words) > 1 else ""
    return {w.lower() for w in (last, *re.split(r"[-’']", last)) if len(w) > 1}


def _printed_surnames(names: list[tuple[int, str, str, str, str]], patient: str) -> set[str]:
    """The family names a page prints for the patient before a comma with the patient's first given name: a
    Spanish two-surname name ("QUINTANILLA BARRIOS, ROSA" for Rosa Elena Quintanilla Barrios) makes both words the
    family's, so "QUINTANILLA, TOMAS" on the same household printout is a relative, not the patient."""
    given = patient.split()[0].lower() if patient.split() else ""
    return {w.lower() for _n, name, shape, _b, _a in names if shape == "last_first" and "," in name
            and name.split(",")[1].split()[:1] == [given.upper() if name.isupper() else given.capitalize()]
            for w in _NAME_WORD.findall(name.split(",")[0])}


def _relative(name: str, patient: str, family: set[str]) -> bool:
    """A full name with the patient's family name and a given name that is none of the patient's."""
    if not family or "," not in name and " " not in name:
        return False
    words = [w for w in _NAME_WORD.findall(name) if w.upper() not in _NOT_NAMES]
    own = {w.lower() for w in _NAME_WORD.findall(patient)}
    # the patient's words after the first may all be family names: "Valeria Ruiz Altamirano" is a sister of Daniela
    # Ruiz Altamirano, not her (letters set 61, case 02)
    family = family | {w.lower() for w in _NAME_WORD.findall(patient)[1:]}
    given = [w for w in words if w.lower() not in family and not {p.lower() for p in re.split(r"[-’']", w)} & family]
    # a short form of one of the patient's names is the patient's ("THEO" for Theodore)
    nickname = any(w.lower().startswith(g.lower()) or g.lower().startswith(w) for g in given for w in own
                   if min(len(g), len(w)) >= 3)
    return (any(w.lower() in family or {p.lower() for p in re.split(r"[-’']", w)} & family for w in words)
            and bool(given) and not nickname and all(w.lower() not in own for w in given))


def case_people(get: Callable[[str], object]) -> tuple[str, tuple[str, ...]]:
    """The patient's name, and the other names the case itself gives them or uses (how the letter names the
    patient, the author: a parent or spouse who writes appears on the family's documents), from a case's `get`."""
    return str(get("patient.name") or ""), tuple(str(v) for v in (get("patient.salutation"), get("author.name")) if v)


def other_people_pages(pages: list[str], patient: str, also: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """(page number from 1, how many other people it names) for each page that names someone else."""
    out = []
    family = _family_words(patient)
    for number, text in enumerate(pages, start=1):
        # a relative under a "Patient" label or column is someone else's record ("Member" may be the policy holder)
        others = {v for v, about in _labelled(text) if not is_this_patient(v, patient, also)
                  or about and _relative(v, patient, family) and not any(_same_words(v, a) for a in also)}
        others |= set(roster_people(text, patient, also))
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
