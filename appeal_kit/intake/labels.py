"""The label vocabulary of denial notices, as data: labels.yaml holds one table of labels per field, in English
and Spanish; this module turns them into OCR-tolerant regular expressions.

- `fuzzy(label)`: a regex for one label, tolerant of OCR swaps, spacing and missing accents.
- `LabelSet`: strong labels (value with or without a colon) and bare ones (a colon or a column needed).
- `label_set(field)`, `claim_label_sets()`, `phrase_regex(field)`: the tables of labels.yaml, both languages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from appeal_kit.regexes import kept

LABELS_FILE = Path(__file__).with_name("labels.yaml")
LANGUAGES = ("en", "es")

# Characters OCR confuses, per letter of a label. Labels only: IDs are taken as printed.
_CONFUSABLE = {
    "i": "il1|!{}[]/", "l": "li1|!", "o": "o0q", "d": "d", "e": "ec", "c": "ce", "s": "s5$", "b": "b8h",
    "g": "g9", "n": "nmh", "m": "mn", "u": "uv", "h": "hbn", "r": "r", "t": "tf", "f": "ft", "a": "ae@",
}


# Spanish letters a notice (or its OCR) may print without the accent: "numero", "autorizacion"
_ACCENTED = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "ñ": "n"}


_ACCENTS_OF = {"a": set("áÁ"), "e": set("éÉ"), "i": set("íÍ"), "o": set("óÓ"), "u": set("úÚüÜ")}


def fuzzy(label: str) -> str:
    """A regex for `label` tolerant of OCR swaps (O/0, l/1/I, {D for ID) and spacing. Case-insensitive use."""
    out = []
    for ch in label:
        if ch == " ":
            out.append(r"(?:'s)?[\s._-]{0,3}")
        elif ch == "#":
            # (OCR may read an abbreviation's full stop as a comma: "Núm, de miembro")
            out.append(r"(?:#|n\.?\s?[º°*']\.?|n[o0º°]\b[.,]?|n[uú]m\b[.,]?|nbr\b\.?|nu(?:m|rn)b[e3]r|n[uú](?:m|rn)ero)")
        elif ch == ".":
            out.append(r"\.?")
        elif ch == "(" or ch == ")":
            out.append(re.escape(ch) + "?")
        elif ch.lower() == "m":
            out.append("(?:[mMnN]|[rR][nN])")  # OCR reads an m as "rn" too ("Claim Nurnber")
        elif ch.isalnum():
            base = _ACCENTED.get(ch.lower(), ch.lower())
            chars = set(_CONFUSABLE.get(base, "") + base + base.upper() + ch.lower() + ch.upper())
            if ch.lower() in "o0":
                chars |= set("oO0Q")
            # and the other way: an accent OCR put on a letter that has none ("Reclámo:" for "Reclamo:")
            chars |= _ACCENTS_OF.get(base, set())
            out.append("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
        else:
            out.append(re.escape(ch) + "?")
    return "".join(out)


# a Spanish label's other gender, in brackets or after a slash: "Asegurado(a):", "Afiliado/a:"
_GENDER = r"(?:\([ao]s?\)|/[ao]s?(?![A-Za-z]))?"

# a gloss in brackets between a label and its colon: "Patient name (dependent):", "Member ID (on your card):"
_GLOSS = r"(?:[ \t]*\([^()\n:]{1,30}\)(?=[ \t]*[:;]))?"

# a printed form's dot leaders between a label and its value: "NOTICE DATE.............. 10/27/2026"
LEADER = r"(?:[ \t]?[.\u2026]){2,}[:]?"


@dataclass(frozen=True)
class LabelSet:
    strong: tuple[str, ...]  # may be followed by the value with or without a colon
    bare: tuple[str, ...] = ()  # generic words that count as a label only when a colon follows
    # words that lead a cell of a form's row, one space before the value ("Statement date 11/16/2026      Participant
    # Demetrius Farrow-Lindqvist", "ID TPX-55018-7734      Group GRP 4410"): labels.yaml's `cell`
    cell: tuple[str, ...] = ()

    # (built once a label set: its words are fixed, and building the pattern cost more than matching it; the few
    # label sets live for the whole run anyway, so the cache holding them leaks nothing)
    @cache  # noqa: B019
    def regex(self) -> re.Pattern:
        parts = []
        if self.strong:
            strong = "|".join(fuzzy(x) for x in sorted(self.strong, key=len, reverse=True))
            parts.append(rf"(?:{strong}){_GENDER}(?![A-Za-z])"
                         # what the number is of, in Spanish: "Número de identificación de Medicaid:"
                         # (OCR may leave one space before the number: "... de Medicaid SCR-FICT-3308172")
                         r"(?:(?:[ \t]+(?:de|del|de la)[ \t]+[^\W\d_]+){1,2}(?=[ \t]*:|[ \t]{2,}\S|"
                         r"[ \t][A-Z0-9][A-Z0-9-]*\d))?"
                         # another name for it after a slash, before the colon: "Student ID / member:"
                         r"(?:[ \t]?/[ \t]?[^\W\d_]+(?:[ \t][^\W\d_]+){0,2}(?=[ \t]*[:;]))?"
                         rf"\s{{0,3}}(?:{fuzzy('#')})?{_GLOSS}\s{{0,2}}(?:{LEADER}|[:;#.])?"
                         r"(?:[ \t]*\b(?:is|was)\b)?")  # "Your member ID is ..."
        if self.bare:
            bare = "|".join(fuzzy(x) for x in sorted(self.bare, key=len, reverse=True))
            # "Niño/a (miembro): ...": a bare label in brackets before its colon too
            parts.append(rf"(?:{bare}){_GENDER}(?:\s{{0,2}}{fuzzy('#')})?\)?{_GLOSS}\s{{0,2}}(?:{LEADER}|[:;])")
            # a label column with no colon, as web pages show fields: "Patient      Ana Núñez"
            # (a label that joins two roles too: "Student / insured      Priya Ramaswamy-Cole", and one glossed in
            # brackets: "Niño (paciente)    Mateo Ibarra")
            parts.append(rf"(?<![^\n])[ \t]*(?:[^\W\d_]+[ \t]?/[ \t]?)?(?:{bare}){_GENDER}"
                         rf"(?:[ \t]?\([^()\n]{{1,20}}\))?(?=[ \t]{{2,}}\S)")
            # a cell of a table's header row, its value in the row below ("Member ID    Claim    Received")
            # (a heading that joins two roles, "Student / patient", heads the column too)
            # (the row's last cell too: "Date of notice    Subscriber    Patient" over its row of values)
            # (and glossed in brackets: "Niño/a (paciente)")
            parts.append(rf"(?<=[ \t]{{2}})(?:[^\W\d_]+[ \t]?/[ \t]?)?(?:{bare}){_GENDER}(?:[ \t]?\([^()\n]{{1,20}}\))?"
                         # (a blank line may stand between the row of labels and the row of values)
                         r"(?=[ \t]{2,}[^\W\d_][^\n]*\n(?:[ \t]*\n)?[^\n]*\d|[ \t]*\n(?:[ \t]*\n)?[^\n]*\d)")
        if self.cell:
            cell = "|".join(fuzzy(x) for x in sorted(self.cell, key=len, reverse=True))
            # the row's first cell, another cell after its value; or a cell after another, its value to the row's end
            # or the next cell (the value opens with a capital or a digit: a name or a number, never running text)
            after_cell = "|".join(rf"(?<=\S[ \t]{{{n}}})" for n in range(3, 41))
            # the whole value: a name of two to five capitalised words, or one number (a word with a digit)
            value = (r"(?:(?-i:[A-Z])[^\s\d]*(?:[ \t](?-i:[A-Z])[^\s\d]*){1,4}|(?-i:[A-Z0-9])[A-Za-z0-9-]*\d"
                     r"[A-Za-z0-9-]*)")
            parts.append(rf"(?<![^\n])[ \t]*(?:{cell}){_GENDER}(?=[ \t]{value}[ \t]{{3,}}\S)")
            parts.append(rf"(?:{after_cell})(?:{cell}){_GENDER}(?=[ \t]{value}(?:[ \t]{{3,}}\S|[ \t]*(?:\n|$)))")
        # not the tail of a hyphenated identifier either ("TPA-CLM 8830" holds no label "CIN"), but a label joined
        # to another by a slash is one ("REFERENCE/CLAIM NO.")
        return kept(rf"(?<![A-Za-z0-9])(?<![A-Za-z0-9]-)(?<![0-9]/)(?<!\b[A-Za-z]/)(?<!\b[A-Za-z]{{2}}/)"
                    rf"(?:{'|'.join(parts)})[ \t]*", re.IGNORECASE)



@lru_cache(maxsize=1)
def _table() -> dict:
    from appeal_kit.bundled import read_yaml_mapping

    return read_yaml_mapping(LABELS_FILE, "a map of field: {en: ..., es: ...} label tables")


def _both(entry: dict, key: str | None = None) -> tuple[str, ...]:
    out: list[str] = []
    for lang in LANGUAGES:
        part = entry.get(lang) or ({} if key else [])
        out += list((part.get(key) or []) if key and isinstance(part, dict) else part)
    return tuple(dict.fromkeys(str(x) for x in out))


def _set(entry: dict) -> LabelSet:
    return LabelSet(_both(entry, "strong"), _both(entry, "bare"), _both(entry, "cell"))


@cache
def label_set(field: str) -> LabelSet:
    """The labels of `field` (member_id, patient_name, insurer, administrator) in every language."""
    return _set(_table()[field])


@cache
def not_this_number(field: str) -> re.Pattern:
    """A word right before a label of `field` that makes it another thing's number ("Claim ID #" is no member
    ID): labels.yaml `not_this_number`, both languages, matched at the end of the text before the label."""
    words = _both(_table()["not_this_number"].get(field) or {})
    alts = "|".join(fuzzy(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    # one space or a slash between them: the same cell (a wider gap is the cell before)
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?: ?[/-] ?| )$", re.IGNORECASE)


@lru_cache(maxsize=1)
def claim_label_sets() -> tuple[LabelSet, ...]:
    """Claim-number labels in order of preference: the claim itself, then the request or reference."""
    return tuple(_set(entry) for entry in _table()["claim_number"])


def phrases(field: str) -> tuple[str, ...]:
    """A plain list of phrases (notice_date, birth_date, ...) in every language."""
    return _both(_table()[field])


@cache
def phrase_regex(field: str, *, at_end: bool = False, words: bool = False) -> re.Pattern:
    """One regex for the phrases of `field`, longest first. `at_end` anchors it to the end of the text (a label
    right before its value); `words` makes each phrase a whole word, or a word's beginning when it ends in "*"."""
    alts = []
    for p in sorted(phrases(field), key=len, reverse=True):
        rx = fuzzy(p.rstrip("*"))
        if words:
            rx = r"(?<![^\W\d_])" + rx + ("" if p.endswith("*") else r"(?![^\W\d_])")
        alts.append(rx)
    rx = f"(?:{'|'.join(alts)})"
    if at_end:
        rx += rf"\s*(?:{LEADER}|[:;\-=])?\s*$"  # (OCR may read a colon as a semicolon: "Notice date; ...")
    return kept(rx, re.IGNORECASE)


_SPANISH_WORDS = re.compile(r"\b(?:de|la|el|los|las|del|que|su|sus|usted|para|por|con|una|es|está|esta|no|fecha|"
                            r"servicios?|apelación|apelacion|aviso|plan|días|dias)\b", re.IGNORECASE)
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|you|your|is|we|for|this|that|with|date|services?|appeal|notice|"
                            r"plan|days)\b", re.IGNORECASE)


def detect_language(text: str) -> str:
    """"es" when the notice is written in Spanish (its common words outnumber English ones), else "en". A
    bilingual notice counts as Spanish only when most of it is."""
    es = len(_SPANISH_WORDS.findall(text))
    en = len(_ENGLISH_WORDS.findall(text))
    return "es" if es > 1.2 * en and es >= 8 else "en"
