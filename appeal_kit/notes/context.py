"""Whether a mention in a sentence is about the patient's own, real treatment: ConText-style rules.

The rules are data (context.yaml beside this file, with the method's references); this module only applies them.
A trigger phrase ("never tried", "consider", "mother") marks the mentions in its scope as negated, hypothetical
or about another person. Its scope runs forward or backward from it within the sentence, stops at a terminator
("but", "then", ";"), and reaches at most `window` words when the rule gives one. Words of other mentions and the
conjunctions of a list do not count toward the window, so "never tried lithium, phenelzine or ECT" negates all
three. A pseudo-trigger ("no response", "without remission") hides the trigger inside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CATEGORIES = ("negated", "hypothetical", "other_person", "other_condition")
RULES_FILE = Path(__file__).with_name("context.yaml")


@dataclass(frozen=True)
class Trigger:
    phrase: str
    category: str
    direction: str  # forward | backward | both
    window: int | None  # words; None: the whole scope
    applies: str | None  # treatment | suicidality | None (both)
    section: str | None  # only in this kind of section (plan)
    past_words: bool = False  # its scope reaches past a word terminator ("prescribed, but she never started it")
    pronoun: bool = False  # its "it" points back to the nearest mention before it, past any terminator ("X was
    # prescribed in 2024; the pharmacy wanted a prior authorization and she never got it")
    bare: bool = False  # it opens its clause, so its subject is the treatment before ("Ketamine weighed in 2025;
    # never started."), not a new one ("Sertraline, no response; a second drug never started.")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    target: str  # treatment | suicidality | diagnosis


@dataclass(frozen=True)
class Rules:
    any_trigger: re.Pattern  # every phrase at once, longest first: one pass over a sentence
    by_phrase: dict[str, tuple[Trigger, ...]]
    pseudo: re.Pattern
    terminators: re.Pattern
    sections: dict[str, tuple[str, ...]]


def phrase_pattern(phrases) -> re.Pattern:
    """One pattern for whole-word phrases, longest first, spaces matching any run of spaces."""
    alternatives = sorted({str(p).strip().lower() for p in phrases}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in alternatives)
    return re.compile(rf"(?<![\w/-])(?:{body})(?![\w/-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> Rules:
    from appeal_kit.bundled import read_yaml_mapping

    data = read_yaml_mapping(RULES_FILE, "the ConText trigger lists")
    triggers = []
    for item in data["triggers"]:
        t = Trigger(str(item["phrase"]).lower(), item["category"], item.get("direction", "forward"),
                    item.get("window"), item.get("applies"), item.get("section"), bool(item.get("past_words")),
                    bool(item.get("pronoun")), bool(item.get("bare")))
        if t.category not in CATEGORIES or t.direction not in ("forward", "backward", "both"):
            raise ValueError(f"{RULES_FILE}: trigger {t.phrase!r}: unknown category or direction")
        triggers.append(t)
    terminators = [t for t in data["terminators"] if re.fullmatch(r"\w[\w ]*", t)]
    punctuation = "".join(re.escape(t) for t in data["terminators"] if not re.fullmatch(r"\w[\w ]*", t))
    term = phrase_pattern(terminators).pattern + (f"|[{punctuation}]" if punctuation else "")
    sections = {k: tuple(str(v).lower() for v in vs) for k, vs in data["sections"].items()}
    by_phrase: dict[str, tuple[Trigger, ...]] = {}
    for t in triggers:
        by_phrase[_key(t.phrase)] = by_phrase.get(_key(t.phrase), ()) + (t,)
    return Rules(phrase_pattern(by_phrase), by_phrase, phrase_pattern(data["pseudo"]),
                 re.compile(term, re.IGNORECASE), sections)


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


# a person named as the source of what follows ("per daughter", "according to his mother", "as reported by the
# husband"), not its subject
# (s77: or as the one a history was gone over with, "Mood treatment history (reviewed with patient and his wife):",
# "history obtained from her daughter", "revisada con el paciente y su esposa")
_INFORMANT = re.compile(r"\b(?:(?:per|according to|as (?:reported|told|described) by|reported by|told by)\s+|"
                        r"(?:reviewed|gone over|went over|confirmed|obtained|taken|revisad[ao]s?|repasad[ao]s?|"
                        r"confirmad[ao]s?|obtenid[ao]s?)\s+(?:with|from|con|de)\s+(?:(?:the\s+)?(?:patient|pt|him|her|"
                        r"el\s+paciente|la\s+paciente)\s+(?:and|y)\s+)?)"
                        r"(?:(?:her|his|their|the|pt'?s|patient'?s|su)\s+)?$", re.IGNORECASE)
# ... or as the one the patient told it to ("told to her sister", "comunicada a su hermana"): what was told is hers
_TOLD_TO = re.compile(r"\b(?:told|said|disclosed|confided|reported|communicated|comunicad[ao]s?|comunic[oó]|"
                      r"contad[ao]s?|cont[oó]|dicho|dijo|confes[oó])\s+(?:it\s+|them\s+|lo\s+)?(?:to|a)\s*$",
                      re.IGNORECASE)


_POSSESSIVE = re.compile(r"['’]s\b")
_PLACE_AFTER = re.compile(r"\s+(?:clinic|hospital|practice|site|cent(?:er|re)|facility|program(?:me)?|office|company|"
                          r"unit|organi[sz]ation|location|campus|institution|agency|plan)s?\b", re.IGNORECASE)
# ... or as the subject of an event of the relative's own, followed by the patient's clause: "After his wife died he
# did interpersonal therapy", "when her father passed away she started sertraline"
_KIN_EVENT = re.compile(r"\s+(?:died|passed(?:\s+away)?|was\s+killed|left\s+(?:him|her|me)|moved\s+out)\b"
                        r"(?:\s+in\s+[\w/]+)?\s*,?\s+(?:(?:and|so|then)\s+)?(?:he|she|I|they|the patient)\b",
                        re.IGNORECASE)
# ... or as the one whose death or loss is told: "after the death of her mother", "tras la muerte de su madre"
_KIN_EVENT_BEFORE = re.compile(r"\b(?:death|loss|funeral|muerte|p[eé]rdida|fallecimiento)\s+(?:of|de|del)\s+"
                               r"(?:(?:her|his|their|my|su|sus|la|el)\s+)?$", re.IGNORECASE)
# ... or told in the possessive, as the time of the patient's trial: "IPT after her father's death in 2018", "CBT
# during his wife's illness" (not "her mother's illness was treated with ECT", the relative's own history)
_KIN_EVENT_OWN = re.compile(r"['’]s\s+(?:death|passing|funeral|illness|cancer|stroke|surgery|accident|suicide|"
                            r"diagnosis|divorce|move|deployment)\b", re.IGNORECASE)
# what may stand before a `bare` trigger in its clause: "...; but never started", "..., pero no se inició", and the
# patient as its subject: "...; la paciente la rechazó."
_CLAUSE_OPENING = re.compile(r"[\s,;:.(-]*(?:(?:but|and|pero|y)\s+)?(?:(?:la|el)\s+paciente\s+|ella\s+|él\s+)?",
                             re.IGNORECASE)
_KIN_EVENT_TIME = re.compile(r"\b(?:after|following|since|during|before|through|around)\s+(?:her|his|their|my)\s+$",
                             re.IGNORECASE)
# ... or as the subject of a verb of telling: "His mother says ...", "her husband reports ..."
_SAYS = re.compile(r"\s+(?:also\s+|still\s+)?(?:says|said|reports?|reported|feels|felt|thinks|thought|describes|"
                   r"described|sees|saw|notes|noted|recalls|recalled|tells|told|believes|dates|agrees)\b(?:\s+that)?",
                   re.IGNORECASE)
# (what the teller says of their own treatment: "his mother says she took sertraline", "My sister says Wellbutrin worked
# wonders for her")
# a stop and then why it came (a trigger told after it is the stop's reason): "was stopped in 04/2026 when", "was
# discontinued because"
_STOPPED_BECAUSE = re.compile(r"\b(?:stopped|discontinued|d/c'?d|tapered off|came off)\b[^.;]{0,30}?\b(?:when|because|"
                              r"as|since|after)\b", re.IGNORECASE)
# (s83) ... told by the teller's own taking, the verb's object: "Another group member described taking bupropion",
# "a peer recalled being on lithium" (not "says taking it helped him", which may be the patient's)
_TOLD_OWN_TAKING = re.compile(r"\s+(?:describe[ds]?|recall(?:s|ed)?|report(?:s|ed)?)\s+(?:taking|having taken|"
                              r"being on)\b", re.IGNORECASE)
_OWN_TAKING = re.compile(r"[^.;?!]{0,80}?(?:\b(?:she|he|they)\s+(?:\w+\s+)?(?:takes|took|is on|was on|has taken|had)\b|"
                         r"\bfor (?:her|him|them)(?:self|selves)?\b(?!\s+(?:son|daughter|child|mother|father))|"
                         r"\b(?:herself|himself|themselves)\b)", re.IGNORECASE)


# an aside about the relative, in brackets, that tells what they take: "my sister's visits (she has been through
# depression too and takes Wellbutrin)"
_ASIDE_TAKES = re.compile(r"[^()]{0,30}\((?:she|he|they)\b[^()]{0,80}?\b(?:takes|took|is on|was on|has taken|uses)\s+"
                          r"(?:[\w-]+\s+)?$", re.IGNORECASE)


# a form's question that gives examples of what it asks for, in brackets before its colon: "Other treatments
# (therapy, TMS, ECT, anything else):", "Otros tratamientos (TEC, EMT, etc.):"; the answer comes after the colon
_EXAMPLES_ASKED = re.compile(r"\((?=[^()]*,)[^()]*\b(?:anything else|etc\.?|and so on|or other\w*|otros?|otras?)"
                             r"\s*\)\s*[:?]", re.IGNORECASE)


# a list's or a form's item whose answer is "never" and nothing more: the line, the clause or the item ends there, or
# the next item begins ("ECT - never   TMS - ...", "Lithium: never."; not "Sertraline - never helped")
_ANSWERED_NEVER = re.compile(r"\s*[-–:]\s*never\b(?=\s*(?:$|[.;,)|]|\s{2,}|\s+[A-Z]))")
_LIST_WORDS = re.compile(r"\b(?:or|and|nor|of|a|an|the|any|either|neither)\b|[,/()]", re.IGNORECASE)


def _gap_words(text: str, a: int, b: int, mentions: list[Mention]) -> int:
    """Words between positions a and b, not counting other mentions or a list's conjunctions."""
    gap = list(text[a:b])
    for m in mentions:
        for i in range(max(m.start, a), min(m.end, b)):
            gap[i - a] = " "
    return len(re.findall(r"[\w'-]+", _LIST_WORDS.sub(" ", "".join(gap))))


def _listed_with(text: str, one: Mention, other: Mention) -> bool:
    """Two mentions in one list: only a list's words between them ("X and Y", "X, Y")."""
    a, b = (one.end, other.start) if one.end <= other.start else (other.end, one.start)
    return bool(re.fullmatch(r"[\s,/]*(?:and|or|&)?[\s,/]*", text[a:b], re.IGNORECASE))


def _relative_of(text: str, end: int, s: int, e: int) -> bool:
    """A "which" or "who" just after a mention opens a clause about it: a trigger in that clause, after the mention,
    reaches back to it ("lithium, which she has not tried"; "Wellbutrin, which she has not taken")."""
    return text[s:e].lower() in ("which", "who") and not text[end:s].strip(" ,")


_SUBJECT = re.compile(r"\s+(?:she|he|they|I|we|you|the patient|patient|pt)\s+", re.IGNORECASE)


def _in_clause(text: str, e: int, ts: int) -> bool:
    """The trigger at `ts` inside the relative clause opened at `e` (no comma closes the clause before it)."""
    return "," not in text[e:ts]


def assert_mentions(text: str, mentions: list[Mention], *, section: str | None = None) -> list[str | None]:
    """For each mention, its category (negated, hypothetical, other_person, other_condition) or None when it is
    asserted: a fact
    about the patient. `section` is the kind of note section the sentence is in (plan, family, allergies)."""
    r = rules()
    out: list[str | None] = [None] * len(mentions)
    hidden = [(m.start(), m.end()) for m in r.pseudo.finditer(text)]
    stops = [(m.start(), m.end(), m.group(0)[:1].isalpha()) for m in r.terminators.finditer(text)]
    for tm in r.any_trigger.finditer(text):
        ts, te = tm.start(), tm.end()
        if any(a <= ts < b or a < te <= b for a, b in hidden):
            continue
        for trigger in r.by_phrase[_key(tm.group(0))]:
            if trigger.section and trigger.section != section:
                continue
            if trigger.category == "other_person" and _PLACE_AFTER.match(text, te):
                continue  # a kin word naming a place: "at our sister clinic", "the parent company"
            if trigger.category == "other_person" and _KIN_EVENT_BEFORE.search(text, 0, ts):
                continue  # the relative's death as the time the patient's trial began: "En 2015, tras la muerte de su
                # madre, su médico de familia le pautó fluoxetina", "after the death of her father she began CBT"
            if trigger.category == "other_person" and (_KIN_EVENT.match(text, te) or (
                    _KIN_EVENT_OWN.match(text, te) and _KIN_EVENT_TIME.search(text, 0, ts))):
                continue  # the relative's own event, then the patient's clause: "After his wife died he did IPT"
            if trigger.category == "other_person" and (
                    _INFORMANT.search(text, 0, ts) or _TOLD_TO.search(text, 0, ts) or (
                    (said := _SAYS.match(text, te)) and not _OWN_TAKING.match(text, said.end()) and
                    not _TOLD_OWN_TAKING.match(text, said.start()))):
                continue  # the one who told or was told, not the one treated: "per daughter, citalopram ...", "His
                # mother says the escitalopram 'has done some good'" (not "his mother says she took sertraline herself")
            clause_start = max((e for _, e, _ in stops if e <= ts), default=0)
            if trigger.bare and not _CLAUSE_OPENING.fullmatch(text, clause_start, ts):
                continue
            reached: list[tuple[int, int]] = []  # (gap in words, mention) the trigger reaches
            for i, m in enumerate(mentions):
                if out[i] or (trigger.applies and trigger.applies != m.target):
                    continue
                if ts < m.end and m.start < te:
                    # a suicidality trigger that ends inside the words it negates ("no active" of "no active
                    # suicidal thoughts") negates them; any other overlap is no scope
                    if trigger.applies == "suicidality" and trigger.direction in ("forward", "both") and \
                            ts < m.start < te < m.end:
                        out[i] = trigger.category
                    continue
                if m.start >= te and trigger.direction in ("forward", "both"):
                    a, b = te, m.start
                elif m.end <= ts and (trigger.direction in ("backward", "both") or (
                        # a kin word's possessive a few words after the drug: "Lorazepam 0.5 mg | wife's bottle"
                        trigger.category == "other_person" and m.target == "treatment" and
                        _POSSESSIVE.match(text, te) and
                        _gap_words(text, m.end, ts, mentions) <= 4) or any(
                        _relative_of(text, m.end, s, e) and e <= ts and _in_clause(text, e, ts) and
                        _SUBJECT.fullmatch(text[e:ts]) for s, e, _ in stops)):
                    # (a forward trigger in a clause whose object is the mention: "X, which she has not [tried]";
                    # not "X, which has not made a difference", the mention its subject)
                    a, b = m.end, ts
                else:
                    continue
                if trigger.category == "negated" and b == ts and _STOPPED_BECAUSE.search(text, a, b):
                    continue  # (s80) a payer's refusal as why it stopped, not why it never began: "Duloxetine was
                    # stopped in 04/2026 when her new plan would not cover it" (it was taken)
                if trigger.pronoun and b == ts and any(m.end <= o.start and o.end <= ts and
                                                       (not trigger.applies or o.target == trigger.applies)
                                                       for o in mentions):
                    continue  # (the pronoun's referent is the nearest mention before it, no other)
                if any(a <= s and e <= b and not (word and trigger.past_words) and not trigger.pronoun and not (
                        b == ts and _relative_of(text, m.end, s, e) and _in_clause(text, e, ts))
                        for s, e, word in stops):
                    continue
                gap = _gap_words(text, a, b, mentions)
                if trigger.window is not None and gap > trigger.window and not (
                        trigger.category == "other_person" and m.start >= te and _ASIDE_TAKES.match(text[te:m.start])):
                    continue
                reached.append((gap, i))
            if trigger.category == "other_condition" and len(reached) > 1:
                # what a drug is given for is said of the drug it stands beside (and those listed with it: "X and Y
                # for migraine"), not of another the sentence names: "The propranolol from your migraine doctor is
                # fine to take with venlafaxine" says nothing of venlafaxine
                near = min(reached)[1]
                reached = [(g, i) for g, i in reached if i == near or _listed_with(text, mentions[i], mentions[near])]
            for _, i in reached:
                out[i] = trigger.category
    for examples in _EXAMPLES_ASKED.finditer(text):  # (s81) a form's question's examples are no answer
        for i, m in enumerate(mentions):
            if out[i] is None and m.target == "treatment" and examples.start() < m.start < examples.end():
                out[i] = "hypothetical"
    for i, m in enumerate(mentions):  # (s82) a form's item answered "never" alone: "ECT - never   TMS - denied"
        if out[i] is None and m.target == "treatment" and _ANSWERED_NEVER.match(text, m.end):
            out[i] = "negated"
    if section in ("family", "allergies"):
        out = [c or ("other_person" if section == "family" else "negated") for c in out]
    elif section == "plan":
        continuing = phrase_pattern(r.sections.get("continuing", ()))
        for i, m in enumerate(mentions):
            if out[i] is None and m.target == "treatment":
                before = text[max(0, m.start - 60):m.start]
                cue = list(continuing.finditer(before))
                if not cue or _gap_words(text, m.start - len(before) + cue[-1].end(), m.start, mentions) > 4:
                    out[i] = "hypothetical"
    return out


@lru_cache(maxsize=4096)
def section_of(heading: str, *, alone: bool = False) -> str | None:
    """The kind of section a heading opens (plan, family, allergies, other), or None when it is not a heading.
    `alone`: the heading is a line of its own (a form's "Section B. Requested medication"), not a sentence's label
    ("Re: ... Request: esketamine nasal spray." opens no plan)."""
    # (OCR's stray marks around a heading: "‘Addendum 09/14/2026", "| Outcome")
    h = re.sub(r"\s+", " ", heading.strip().strip(":.-'\"‘’“”|_~").strip()).lower()
    h = re.sub(r"\s*\([^()]*\)$", "", h)  # "Allergies / adverse reactions (not treatment trials)"
    h = re.sub(r"\s+(?:dated\s+)?(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})$", "", h)  # "Addendum 10/20/2026"
    for kind, names in rules().sections.items():
        if kind != "continuing" and h in names:
            return kind
    # a form's numbered section ("Section B. Requested medication", "7. Request", "Part 3 - Prior treatments"): its
    # words say what it holds, a request being a plan; any other numbered section ends the one before it
    numbered = _NUMBERED.match(h)
    words = h[numbered.end():] if numbered else h
    if len(words.split()) > 4 or re.search(r"\d", words):
        return None  # a list's item ("1. Citalopram 40 mg, 03/2019 - 01/2020"), no heading
    if numbered and (inner := section_of(words)):
        return inner
    if alone and _REQUEST_HEAD.search(words) and not _HISTORY_HEAD.search(words):
        return "plan"  # ("Requested medication", "Treatment requested"; not "Reason for request")
    return "other" if numbered and numbered.group(0).startswith(("section", "part")) and words else None


_NUMBERED = re.compile(r"^(?:(?:section|part)\s+[a-z0-9]{1,3}|[0-9]{1,2}|[a-h])[.):]?\s+(?:[-–—]\s+)?")
_REQUEST_HEAD = re.compile(r"\b(?:request(?:ed)?|requesting|proposed|solicitud)\b")
_HISTORY_HEAD = re.compile(r"\b(?:reason|reasons|history|tried|trials?|prior|previous|past|rationale|justification|"
                           r"criteria|support|information|details|member|prescriber|patient|type|status|date)\b")


def opening_trigger(text: str) -> str | None:
    """The category of a trigger that opens `text` ("Never tried", "Planned", "Declined - cost"): how a table cell
    beside a treatment's name says it was not taken."""
    t = text.strip().lower()
    m = rules().any_trigger.match(t)
    if not m or rules().pseudo.match(t):
        return None
    for trigger in rules().by_phrase[_key(m.group(0))]:
        if trigger.applies != "suicidality" and not trigger.section and trigger.category != "other_person":
            return trigger.category
    return None
