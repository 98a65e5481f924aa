"""The treatments table (treatments.yaml beside this file): normalized names, classes, kinds, and finding them in
text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE_FILE = Path(__file__).with_name("treatments.yaml")
KINDS = ("antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other")
COURSE_KINDS = ("neuromodulation", "psychotherapy")  # given in sessions
# A release form written after a name belongs to the mention ("bupropion XL 300 mg").
_FORM = r"(?:[ \t]+(?:XL|XR|ER|SR|CR|ODT|IR|LA|extended[- ]release))?"


@dataclass(frozen=True)
class Treatment:
    name: str  # normalized: the RxNorm ingredient name, or the procedure's name
    drug_class: str
    kind: str
    add_on: bool = False  # its class is given as augmentation when the notes say it was added to an antidepressant
    only_with_details: bool = False  # a mention of the name alone is no row (ketamine: what appeals are about)
    sleep_below: float | None = None  # mg a day under which, taken at bedtime, it is a sleep aid and not a trial
    one_day: bool = False  # its class is a procedure done in one sitting: a lone day is its start and its end
    other_disorder: bool = False  # its class treats another disorder only (opioid or alcohol use): never a trial

    @property
    def is_course(self) -> bool:
        return self.kind in COURSE_KINDS


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    treatment: Treatment
    written: str  # as the notes write it


@dataclass(frozen=True)
class Lexicon:
    by_name: dict[str, Treatment]  # every name and alias, lower case
    anycase: re.Pattern  # names written in lower case in the table: matched without regard to case
    exact: re.Pattern  # abbreviations (ECT, TMS, ACT, T3): matched only as written


def _pattern(names, flags=0) -> re.Pattern:
    alternatives = sorted(set(names), key=len, reverse=True)
    body = "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", n)) for n in alternatives)
    return re.compile(rf"(?<![^\W_]|-)(?:{body}){_FORM}(?![^\W_])", flags)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from appeal_kit.bundled import read_yaml_mapping

    data = read_yaml_mapping(TABLE_FILE, "classes: and treatments:")
    classes = data["classes"]
    by_name: dict[str, Treatment] = {}
    anycase: list[str] = []
    exact: list[str] = []
    for row in data["treatments"]:
        kind = row.get("kind") or classes[row["class"]]["kind"]  # a row's own kind: esketamine's
        if kind not in KINDS:
            raise ValueError(f"{TABLE_FILE}: class {row['class']}: unknown kind {kind}")
        cls = classes[row["class"]]
        t = Treatment(str(row["name"]).lower(), str(row["class"]), kind, bool(cls.get("add_on")),
                      bool(cls.get("only_with_details") or row.get("only_with_details")), row.get("sleep_below"),
                      bool(cls.get("one_day")), bool(cls.get("other_disorder")))
        for written in [row["name"], *(row.get("also") or [])]:
            written = str(written)
            by_name[re.sub(r"[\s-]+", " ", written.lower())] = t
            (exact if written != written.lower() else anycase).append(written)
        if kind not in COURSE_KINDS:
            for spanish in spanish_names(t.name):
                if spanish not in by_name:
                    by_name[spanish] = t
                    anycase.append(spanish)
    return Lexicon(by_name, _pattern(anycase, re.IGNORECASE), _pattern(exact))


# A drug's name in Spanish follows its INN with a Spanish ending (sertraline: sertralina, trazodone: trazodona,
# aripiprazole: aripiprazol, lithium: litio, bupropion: bupropión, pregabalin: pregabalina; "y" is written "i":
# nortriptilina; s82: naproxen: naproxeno, diclofenac: diclofenaco, moclobemide: moclobemida)
_SPANISH_ENDINGS = [("ine", "ina"), ("one", "ona"), ("ole", "ol"), ("ium", "io"), ("ion", "ión"), ("ate", "ato"),
                    ("am", "am"), ("in", "ina"), ("en", "eno"), ("ac", "aco"), ("ide", "ida")]


def spanish_names(name: str) -> list[str]:
    """A one-word generic name as a Spanish note writes it, with and without its accent."""
    if not re.fullmatch(r"[a-z]{5,}", name):
        return []
    for english, spanish in _SPANISH_ENDINGS:
        if name.endswith(english) and english != spanish:
            written = name[:-len(english)].replace("y", "i").replace("ph", "f").replace("th", "t") + spanish
            plain = written.replace("ó", "o")
            return [w for w in dict.fromkeys([written, plain]) if w != name]
    return []


def lookup(written: str) -> Treatment | None:
    """The treatment a name stands for ("Zoloft" -> sertraline), or None."""
    key = re.sub(r"[\s-]+", " ", re.sub(_FORM + "$", "", written.strip(), flags=re.IGNORECASE)).lower()
    return lexicon().by_name.get(key)


# "CPT" before a five-digit code names the procedure coding system ("TMS (CPT 90867, 90868)"), not the therapy
_PROCEDURE_CODE = re.compile(r"\s*(?:code\s*)?[:#]?\s*\d{5}\b", re.IGNORECASE)
# ... and a billing code's description names what the code bills, not a trial: "HCPCS J0013 (esketamine, nasal spray,
# 1 mg)", "CPT 90837 - psychotherapy, 60 minutes"
_CODE_DESCRIBED = re.compile(r"\b(?:HCPCS|CPT|NDC)(?:\s+code)?\s*[:#]?\s*[A-Z]?\d{4,5}[\w-]*\s*(?:[(:,]|-|–)\s*$")


def _series_label(text: str, written: str) -> bool:
    """Whether an abbreviation of letters and a number is one label of a numbered series in the same text (s75: "T1
    03/06  T2 03/13  T3 03/20" are sessions, not liothyronine)."""
    m = re.fullmatch(r"([A-Z]+)(\d+)", written)
    if not m:
        return False
    letters, n = m.group(1), int(m.group(2))
    return bool(re.search(rf"\b{letters}(?:{n - 1}|{n + 1})\b", text))


# a treatment's name inside a place's name ("the Counseling Center", "Bright Meadow TMS Clinic") names no treatment
_PLACE = re.compile(r"\s+(?:&\s+\w+\s+)?(?:Center|Centre|Clinic|Services|Associates|Institute|Department|Collective)\b")

# ... and a therapy's word before a place's written in lower case: "the counseling center", "a counseling office"
_PLACE_LOWER = re.compile(r"\s+(?:center|centre|clinic|office|services)\b")


def find_treatments(text: str) -> list[Found]:
    """Every treatment named in `text`, in order, longest names first where two overlap."""
    return list(_found_in(text))


@lru_cache(maxsize=16384)
def _found_in(text: str) -> tuple[Found, ...]:
    """find_treatments, kept per text: a sentence is looked up by several readers (prose, logs, referents)."""
    lex = lexicon()
    hits = []
    for pattern in (lex.anycase, lex.exact):
        for m in pattern.finditer(text):
            t = lookup(m.group(0))
            if t is not None and not (m.group(0) == "CPT" and _PROCEDURE_CODE.match(text, m.end())) and \
                    not (m.group(0)[:1].isupper() and _PLACE.match(text, m.end())) and \
                    not (t.kind == "psychotherapy" and _PLACE_LOWER.match(text, m.end())) and \
                    not _series_label(text, m.group(0)) and \
                    not _CODE_DESCRIBED.search(text, max(0, m.start() - 40), m.start()):
                hits.append(Found(m.start(), m.end(), t, m.group(0)))
    hits.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Found] = []
    for f in hits:
        if not out or f.start >= out[-1].end:
            out.append(f)
    return tuple(out)
